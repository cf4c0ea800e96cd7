// Exceptions as the compiler's rescue clauses see them.
#include "runtime/builtins/builtins.h"
#include "vm/exceptions.h"

namespace vial {

namespace {

// vial:exception_module(Kind, Reason): the Elixir exception module an error
// normalises to (Exception.normalize/3), e.g. :badarith -> ArithmeticError;
// nil for throws and exits. `rescue ArgumentError ->` compares with it.
Term vial_exception_module(NativeCall& c, const Term* a) {
  if (a[0] != atoms::error) return atoms::nil;
  ErrorState e;
  e.kind = a[0];
  e.reason = a[1];
  return intern_atom("Elixir." + describe_exception(e).module);
}

}  // namespace

void register_exception_builtins() {
  register_native(atoms::vial, intern_atom("exception_module"), 2, vial_exception_module);
}

}  // namespace vial
