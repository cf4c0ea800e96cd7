// System: the script's view of its invocation.
#include "runtime/builtins/builtins.h"

namespace vial {

namespace {

// Elixir: System.argv/0
Term system_argv(NativeCall& c, const Term*) {
  std::vector<Term> items;
  for (const std::string& arg : script_context().argv) items.push_back(make_binary(c.heap(), arg));
  return make_list(c.heap(), items);
}

// Elixir: System.halt/1 (integer statuses; :abort and strings are not
// supported yet). Stops the program at once; output written so far is
// flushed by the runner.
Term system_halt(NativeCall& c, const Term* a) {
  Term status = a[0];
  if (!status.is_integer()) {
    // Elixir's System.halt/1 has clauses for integers, binaries and :abort.
    c.error(atoms::function_clause);
    c.process.error.module = atoms::Elixir_System;
    c.process.error.function = intern_atom("halt");
    c.process.error.arity = 1;
    c.process.error.args = make_list(c.heap(), {status});
    return Term::none();
  }
  if (!status.is_small() || status.small_value() < 0) return c.badarg(1, "invalid status");
  c.process.halt_requested = true;
  c.process.halt_status = static_cast<int>(status.small_value() & 0xFF);
  return Term::none();
}

// Elixir: System.halt/0
Term system_halt0(NativeCall& c, const Term*) {
  Term zero = Term::small(0);
  return system_halt(c, &zero);
}

}  // namespace

void register_system_builtins() {
  register_native(atoms::Elixir_System, intern_atom("argv"), 0, system_argv);
  register_native(atoms::Elixir_System, intern_atom("halt"), 1, system_halt);
  register_native(atoms::Elixir_System, intern_atom("halt"), 0, system_halt0);
}

}  // namespace vial
