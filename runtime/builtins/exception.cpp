// Exceptions as the compiler's rescue clauses see them.
#include "runtime/builtins/builtins.h"
#include "vm/exceptions.h"
#include "vm/messages.h"
#include "vm/printer.h"

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

// Default messages of the exceptions `raise Module` may name without one
// (Exception.message/1 of Module.exception([])).
std::string default_message(std::string_view module) {
  if (module == "Elixir.RuntimeError") return "runtime error";
  if (module == "Elixir.ArgumentError") return "argument error";
  if (module == "Elixir.ArithmeticError") return "bad argument in arithmetic expression";
  return {};
}

// vial:raise(Module, Message): Kernel.raise/1,2 for exceptions that carry
// just a message (RuntimeError for a bare string). Message nil: the
// module's default.
Term vial_raise(NativeCall& c, const Term* a) {
  Term module = a[0], msg = a[1];
  if (msg == atoms::nil) {
    std::string text = default_message(atom_text(module));
    if (text.empty()) return c.error(make_tuple(c.heap(), {atoms::exception, intern_atom("Elixir.ArgumentError"),
                                                           make_binary(c.heap(), message(Msg::raise_needs_message, inspect(module)))}));
    msg = make_binary(c.heap(), text);
  }
  if (!msg.is_binary()) return c.badarg(2, "not a binary");
  return c.error(make_tuple(c.heap(), {atoms::exception, module, msg}));
}

}  // namespace

void register_exception_builtins() {
  register_native(atoms::vial, intern_atom("raise"), 2, vial_raise);
  register_native(atoms::vial, intern_atom("exception_module"), 2, vial_exception_module);
}

}  // namespace vial
