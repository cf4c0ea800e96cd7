#include "vm/process.h"

#include <algorithm>
#include <cstring>

#include "vm/module.h"

namespace vial {

namespace {
constexpr std::size_t kInitialStackWords = 256;
}

Process::Process() : stack_(new Word[kInitialStackWords]) {
  stack_base_ = stack_.get();
  stack_end_ = stack_base_ + kInitialStackWords;
  E = stack_end_;
  for (Term& r : x) r = Term::nil();
}

bool Process::grow_stack(std::size_t words) {
  std::size_t used = stack_depth();
  if (used + words > max_stack_words) return false;
  std::size_t old_size = static_cast<std::size_t>(stack_end_ - stack_base_);
  std::size_t size = std::min(std::max(old_size * 2, used + words + kInitialStackWords), max_stack_words);
  std::unique_ptr<Word[]> bigger(new Word[size]);
  // The stack holds terms and code addresses only, never addresses of stack
  // slots, so moving it is a copy plus rebasing E.
  Word* end = bigger.get() + size;
  std::memcpy(end - used, E, used * sizeof(Word));
  stack_ = std::move(bigger);
  stack_base_ = stack_.get();
  stack_end_ = end;
  E = end - used;
  return true;
}

void Process::setup_call(const Word* entry, const Term* args, std::uint32_t arity) {
  for (std::uint32_t i = 0; i < arity; ++i) x[i] = args[i];
  // A fresh or reset stack always has room for the halt address.
  (void)ensure_stack(1);
  *--E = reinterpret_cast<Word>(halt_code());
  pc = entry;
  error = ErrorState{};
}

Term Process::raise(Term kind, Term reason) {
  error = ErrorState{};
  error.kind = kind;
  error.reason = reason;
  return Term::none();
}

}  // namespace vial
