// The Macro functions written natively: escape/1 and to_string/1
// (macro_to_string.cpp).

#include "compiler/quoted.h"
#include "runtime/builtins/builtins.h"
#include "runtime/builtins/macro_to_string.h"
#include "vm/printer.h"

namespace vial {

namespace {

// Macro.escape/1: the quoted form that evaluates to `t`. Returns none for a
// term that has no quoted form (a fun, a pid, a reference).
Term escape(Heap& h, Term t, Term* bad) {
  if (t.is_number() || t.is_atom() || t.is_binary() || t.is_nil()) return t;
  if (t.is_cons()) {
    std::vector<Term> items;
    Term rest = t;
    for (; rest.is_cons(); rest = rest.tail()) {
      Term e = escape(h, rest.head(), bad);
      if (e.is_none()) return e;
      items.push_back(e);
    }
    if (!rest.is_nil()) {
      // [a | b] escapes as [{:|, [], [a, b]}]
      Term tail = escape(h, rest, bad);
      if (tail.is_none()) return tail;
      items.back() = quoted::call(h, atoms::cons_op, Term::nil(), {items.back(), tail});
    }
    return make_list(h, items);
  }
  if (t.is_tuple()) {
    std::vector<Term> items;
    for (std::size_t i = 0; i < t.tuple_arity(); ++i) {
      Term e = escape(h, t.element(i), bad);
      if (e.is_none()) return e;
      items.push_back(e);
    }
    if (items.size() == 2) return make_tuple(h, {items[0], items[1]});
    return quoted::call(h, atoms::tuple_op, Term::nil(), items);
  }
  *bad = t;
  return Term::none();
}

Term macro_escape(NativeCall& c, const Term* a) {
  Term bad = Term::none();
  Term out = escape(c.heap(), a[0], &bad);
  if (out.is_none()) {
    return c.error(make_tuple(c.heap(), {atoms::exception, intern_atom("Elixir.ArgumentError"),
                                         make_binary(c.heap(), "cannot escape " + inspect(bad) +
                                                                   ". The supported values are: lists, tuples, "
                                                                   "maps, atoms, numbers, bitstrings, PIDs and "
                                                                   "remote functions in the format &Mod.fun/arity")}));
  }
  c.charge(10);
  return out;
}

Term macro_to_string(NativeCall& c, const Term* a) {
  std::string out;
  if (!quoted_to_string(a[0], &out)) return c.badarg(1, "not a quoted expression Vial can print yet");
  c.charge(static_cast<int>(out.size() / 16) + 1);
  return make_binary(c.heap(), out);
}

}  // namespace

void register_macro_builtins() {
  Term macro = intern_atom("Elixir.Macro");
  register_native(macro, intern_atom("escape"), 1, macro_escape);
  register_native(macro, intern_atom("to_string"), 1, macro_to_string);
}

}  // namespace vial
