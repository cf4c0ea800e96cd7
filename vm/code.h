// Bytecode: the opcode table's derived forms, the image the compiler emits,
// and the loaded (threaded) form the interpreter runs.
#pragma once

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "vm/heap.h"

namespace vial {

enum class Op : std::uint8_t {
#define OP(name, layout, rt) name,
#include "vm/opcodes.def"
#undef OP
  kCount
};

inline constexpr std::size_t kOpCount = static_cast<std::size_t>(Op::kCount);
const char* op_name(Op op);
// The operand layout string of `op` (see vm/opcodes.def).
const char* op_layout(Op op);

// Register references inside the code stream (see the diagram in opcodes.def).
inline constexpr Word x_reg(std::uint32_t i) { return static_cast<Word>(i) << 3; }
inline constexpr Word y_reg(std::uint32_t i) { return (static_cast<Word>(i) << 3) | 4; }
inline constexpr bool is_reg_ref(Word w) { return (w & 3) == 0; }
inline constexpr bool is_y_ref(Word w) { return (w & 7) == 4; }
inline constexpr std::uint32_t reg_index(Word w) { return static_cast<std::uint32_t>(w >> 3); }

// A fail label operand meaning "raise instead of jumping".
inline constexpr Word kNoLabel = ~Word{0};

// The number of x registers a process has; the compiler never uses more.
inline constexpr std::uint32_t kMaxXRegs = 1024;

// A native builtin (vm/native.h).
struct NativeCall;
using NativeFn = Term (*)(NativeCall& call, const Term* args);
enum class NativeKind : std::uint8_t;

// An export entry: the one place a fully qualified call to {M, F, A} looks.
// Entries are created on first mention and never freed, so code can point at
// them; loading a module version repoints `address` at the current version's
// code (DESIGN.md §7). A builtin's entry has `native` set instead.
struct Export {
  Term module;
  Term function;
  std::uint32_t arity = 0;
  // The current version's entry, or null. Loading on one scheduler thread
  // while others call: stored with release, read with acquire (a plain
  // load on x86).
  std::atomic<const Word*> address{nullptr};
  NativeFn native = nullptr;
  NativeKind native_kind{};
};

// What the compiler produces and the loader consumes (and, later, what a
// .vbc file holds). Opcode words hold Op numbers, label operands hold code
// offsets, import operands hold indices into `imports`.
struct ModuleImage {
  struct Function {
    Term name;
    std::uint32_t arity = 0;
    std::uint32_t entry = 0;  // code offset
    bool exported = true;
    int fun_arity = -1;  // for a lifted anonymous function: the fn's own arity
  };
  struct Import {
    Term module;
    Term function;
    std::uint32_t arity = 0;
  };
  // Source lines: from `offset` on, code comes from `line` (ascending).
  struct Line {
    std::uint32_t offset;
    std::uint32_t line;
  };
  Term name;
  std::string file;  // the source file, for stack traces
  std::vector<Word> code;
  std::vector<Function> functions;
  std::vector<Import> imports;
  std::vector<Line> lines;
  // Boxed literals that the code refers to; shared with the loaded module.
  std::shared_ptr<Heap> literals = std::make_shared<Heap>();
  // A struct module's {DefaultStruct, EnforcedKeys, Fields} (in `literals`), which
  // loading registers (vm/map.h register_struct); none for other modules.
  Term struct_info = Term::none();
};

// A loaded module version: threaded code ready to run.
struct LoadedModule {
  Term name;
  std::string file;
  std::vector<Word> code;  // opcode words replaced by handler addresses
  std::vector<ModuleImage::Function> functions;
  std::vector<ModuleImage::Line> lines;
  std::shared_ptr<Heap> literals;
  // A 128-bit digest of the bytecode (module_info(:md5)): the same for
  // the same code, whatever the literals' addresses (vm/module.cpp).
  unsigned char md5[16] = {};
  // Set when a fun of this version was copied off every process heap
  // (an ETS object, :persistent_term, a timer's message): a purge then
  // keeps the code, which such a fun may still run (docs/bytecode.md).
  mutable std::atomic<bool> funs_stored{false};

  const Word* entry(Term function, std::uint32_t arity) const;  // null if absent
  const ModuleImage::Function* find(Term function, std::uint32_t arity) const;
};

// Where a code address is: the module version, the function it belongs to
// and the source line, for stack traces.
struct CodeLocation {
  Term module;
  const ModuleImage::Function* function = nullptr;
  std::uint32_t function_index = 0;  // its place in the module's function table
  std::string file;
  std::uint32_t line = 0;
};

// A human-readable listing of an image (for tests and debugging).
std::string disassemble(const ModuleImage& image);

}  // namespace vial
