// The interface every native builtin is written to (DESIGN.md §8).
//
// A builtin takes its arguments as terms and returns a term, or raises by
// returning `call.raise(...)` (Term::none()) after which the interpreter
// propagates the exception. It charges reductions in proportion to its work.
// A builtin allocates with call.heap() (or the make_* helpers on it). Nothing
// moves while it runs — the collector runs only at calls and returns
// (docs/gc.md) — so it may keep terms in C++ variables; it must not run
// process code on its own process.
// Builtins are registered by {module, function, arity} with register_native()
// below; runtime/builtins/*.cpp hold them, one file per module area. The
// registry is the export table (vm/module.h): a builtin's export entry holds
// its function, so calls reach it exactly as they reach compiled code.
//
//   // Elixir: Kernel.hd/1 (erlang:hd/1)
//   Term erlang_hd(NativeCall& c, const Term* args) {
//     if (!args[0].is_cons()) return c.badarg(1, "not a nonempty list");
//     return args[0].head();
//   }
#pragma once

#include <initializer_list>
#include <string_view>

#include "vm/atom.h"
#include "vm/process.h"

namespace vial {

// Where a builtin may run. Builtins that can block or run long will run on
// the dirty thread pools once the scheduler exists (DESIGN.md §6); until then
// the kind is recorded and every builtin runs on the calling process.
enum class NativeKind : std::uint8_t { kNormal, kDirtyCpu, kDirtyIo };

// The code that calls the builtin {module, function, arity} (registered
// already) with its arguments in x: a trap's continuation (NativeCall::trap).
const Word* continuation_code(Term module, Term function, std::uint32_t arity);

// Registers `fn` as the implementation of {module, function, arity}.
void register_native(Term module, Term function, std::uint32_t arity, NativeFn fn,
                     NativeKind kind = NativeKind::kNormal);

struct NativeCall {
  Process& process;
  // Whether this call may end in a trap (see trap()): not in a guard, where
  // a builtin runs to the end.
  bool can_trap = false;
  // Set by trap(): where the interpreter continues, and how many x
  // registers are live there.
  const Word* trap_to = nullptr;
  std::uint32_t trap_live = 0;

  // A long builtin that has done its share of work for now returns
  // `trap(code, {state...})`: the interpreter places the state in x[0..n-1]
  // and continues at `code` (continuation_code: a call of another builtin, the
  // continuation, with those arguments) as if this builtin had tail-called
  // it; a spent budget makes the process yield first. BEAM's BIF traps.
  Term trap(const Word* code, std::initializer_list<Term> state) {
    std::uint32_t i = 0;
    for (Term t : state) process.x[i++] = t;
    trap_to = code;
    trap_live = i;
    return Term::none();
  }
  // Reductions left in this slice (at least 1).
  int budget() const { return process.reductions > 1 ? process.reductions : 1; }

  Heap& heap() { return process.heap(); }
  // Charges `n` reductions for work done (one is charged for every call).
  void charge(int n) { process.reductions -= n; }

  // Raises an error with `reason`.
  Term error(Term reason) { return process.raise(atoms::error, reason); }
  Term badarith() { return error(atoms::badarith); }
  // Raises badarg, naming the offending argument (1-based) and the reason in
  // the words of Erlang's error_info, which Elixir's ArgumentError prints.
  Term badarg(int arg_index, std::string_view detail) {
    process.raise(atoms::error, atoms::badarg);
    process.error.arg_index = arg_index;
    process.error.arg_detail = detail;
    return Term::none();
  }
};

}  // namespace vial
