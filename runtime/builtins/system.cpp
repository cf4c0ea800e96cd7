// System: the script's view of its invocation.
#include <cstdlib>

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

// :os.getenv/1: the variable's value as a charlist, or false.
Term os_getenv(NativeCall& c, const Term* a) {
  std::string name;
  if (!a[0].is_list() || !chardata_to_string(a[0], &name)) return c.badarg(1, "not a list of characters");
  const char* v = std::getenv(name.c_str());
  if (!v) return atoms::false_;
  std::vector<Term> chars;
  for (const char* p = v; *p; ++p) chars.push_back(Term::small(static_cast<unsigned char>(*p)));
  return make_list(c.heap(), chars);
}

// :os.putenv/2 and :os.unsetenv/1
Term os_putenv(NativeCall& c, const Term* a) {
  std::string name, value;
  if (!a[0].is_list() || !chardata_to_string(a[0], &name) || name.empty() || name.find('=') != std::string::npos)
    return c.badarg(1, "invalid environment variable name");
  if (!a[1].is_list() || !chardata_to_string(a[1], &value)) return c.badarg(2, "not a list of characters");
  ::setenv(name.c_str(), value.c_str(), 1);
  return atoms::true_;
}

Term os_unsetenv(NativeCall& c, const Term* a) {
  std::string name;
  if (!a[0].is_list() || !chardata_to_string(a[0], &name)) return c.badarg(1, "not a list of characters");
  ::unsetenv(name.c_str());
  return atoms::true_;
}

void register_system_builtins() {
  register_natives({
      {"os", "getenv", 1, os_getenv},
      {"os", "putenv", 2, os_putenv},
      {"os", "unsetenv", 1, os_unsetenv},
  });
  register_native(atoms::Elixir_System, intern_atom("argv"), 0, system_argv);
  register_native(atoms::Elixir_System, intern_atom("halt"), 1, system_halt);
  register_native(atoms::Elixir_System, intern_atom("halt"), 0, system_halt0);
}

}  // namespace vial
