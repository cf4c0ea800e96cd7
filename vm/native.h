// The interface every native builtin is written to (DESIGN.md §8).
//
// A builtin takes its arguments as terms and returns a term, or raises by
// returning `call.raise(...)` (Term::none()) after which the interpreter
// propagates the exception. It charges reductions in proportion to its work.
// Builtins are registered by {module, function, arity} with register_native()
// (vm/module.h); runtime/builtins/*.cpp hold them, one file per module area.
//
//   // Elixir: Kernel.hd/1 (erlang:hd/1)
//   Term erlang_hd(NativeCall& c, const Term* args) {
//     if (!args[0].is_cons()) return c.badarg(1, "not a nonempty list");
//     return args[0].head();
//   }
#pragma once

#include <string_view>

#include "vm/atom.h"
#include "vm/process.h"

namespace vial {

struct NativeCall {
  Process& process;

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
