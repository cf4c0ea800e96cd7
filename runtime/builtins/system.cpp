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

}  // namespace

void register_system_builtins() {
  register_native(atoms::Elixir_System, intern_atom("argv"), 0, system_argv);
}

}  // namespace vial
