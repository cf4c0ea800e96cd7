// The LLVM ORC JIT tier (DESIGN.md §5). For now it provides the module
// boundary and a self-test; lowering bytecode to native code comes with the
// JIT issue, behind the same dlopen'ed interface.
#include "vm/jit/jit_api.h"

#include <llvm/ExecutionEngine/Orc/LLJIT.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Module.h>
#include <llvm/Support/TargetSelect.h>

#include <cstdio>
#include <memory>

namespace {

void write_error(char* error, std::uint32_t size, const std::string& msg) {
  if (error && size) std::snprintf(error, size, "%s", msg.c_str());
}

int selftest_add(std::int64_t a, std::int64_t b, std::int64_t* sum, char* error,
                 std::uint32_t error_size) {
  llvm::InitializeNativeTarget();
  llvm::InitializeNativeTargetAsmPrinter();

  auto jit = llvm::orc::LLJITBuilder().create();
  if (!jit) {
    write_error(error, error_size, llvm::toString(jit.takeError()));
    return -1;
  }

  auto context = std::make_unique<llvm::LLVMContext>();
  auto module = std::make_unique<llvm::Module>("vial_selftest", *context);
  auto* i64 = llvm::Type::getInt64Ty(*context);
  auto* type = llvm::FunctionType::get(i64, {i64, i64}, false);
  auto* fn = llvm::Function::Create(type, llvm::Function::ExternalLinkage, "add", module.get());
  llvm::IRBuilder<> builder(llvm::BasicBlock::Create(*context, "entry", fn));
  builder.CreateRet(builder.CreateAdd(fn->getArg(0), fn->getArg(1)));

  if (auto err = (*jit)->addIRModule(
          llvm::orc::ThreadSafeModule(std::move(module), std::move(context)))) {
    write_error(error, error_size, llvm::toString(std::move(err)));
    return -1;
  }
  auto symbol = (*jit)->lookup("add");
  if (!symbol) {
    write_error(error, error_size, llvm::toString(symbol.takeError()));
    return -1;
  }
  auto* add = symbol->toPtr<std::int64_t (*)(std::int64_t, std::int64_t)>();
  *sum = add(a, b);
  return 0;
}

const char* llvm_version() { return VIAL_LLVM_VERSION; }

constexpr VialJitApi kApi{VIAL_JIT_API_VERSION, llvm_version, selftest_add};

}  // namespace

extern "C" __attribute__((visibility("default"))) const VialJitApi* vial_jit_api() { return &kApi; }
