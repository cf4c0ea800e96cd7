// The Macro functions written natively: escape/1, to_string/1
// (macro_to_string.cpp), var/2, and expand/2 and expand_once/2 (which run
// macros through the compiler, compiler/compile.h). The walks are in
// stdlib/macro.ex.

#include "compiler/compile.h"
#include "compiler/quoted.h"
#include "runtime/builtins/builtins.h"
#include "runtime/builtins/macro_to_string.h"
#include "vm/binary.h"
#include "vm/map.h"
#include "vm/printer.h"

namespace vial {

namespace {

// Macro.escape/1,2: the quoted form that evaluates to `t`: lists and 2-tuples
// are themselves, other tuples {:{}, [], items}, maps {:%{}, [], pairs}, a
// bitstring that is not a binary <<bits::size(n), bytes::binary>>; numbers,
// atoms, binaries and pids escape as themselves. With `unquote`, a quoted
// {:unquote, _, [expr]} is put in as expr. Returns none for a term that has
// no quoted form (a fun, a reference), with it in *bad.
Term escape(Heap& h, Term t, Term* bad, bool unquote) {
  if (t.is_number() || t.is_atom() || t.is_binary() || t.is_nil() || t.is_pid()) return t;
  if (t.is_bitstring()) {
    BitSpan s = t.bits();
    std::size_t rest = s.size % 8;
    Term head = Term::small(static_cast<std::int64_t>(read_bits(s, 0, rest)));
    BitSpan tail{s.base, s.offset + rest, s.size - rest};
    Term bytes = make_bitstring(h, tail);
    Term size = quoted::call(h, intern_atom("size"), Term::nil(), {Term::small(static_cast<std::int64_t>(rest))});
    Term binary = quoted::call(h, intern_atom("binary"), Term::nil(), {});
    return quoted::call(h, intern_atom("<<>>"), Term::nil(),
                        {quoted::call(h, intern_atom("::"), Term::nil(), {head, size}),
                         quoted::call(h, intern_atom("::"), Term::nil(), {bytes, binary})});
  }
  if (t.is_cons()) {
    std::vector<Term> items;
    Term rest = t;
    for (; rest.is_cons(); rest = rest.tail()) {
      Term e = escape(h, rest.head(), bad, unquote);
      if (e.is_none()) return e;
      items.push_back(e);
    }
    if (!rest.is_nil()) {
      // [a | b] escapes as [{:|, [], [a, b]}]
      Term tail = escape(h, rest, bad, unquote);
      if (tail.is_none()) return tail;
      items.back() = quoted::call(h, atoms::cons_op, Term::nil(), {items.back(), tail});
    }
    return make_list(h, items);
  }
  if (t.is_tuple()) {
    if (unquote && t.tuple_arity() == 3 && t.element(0) == intern_atom("unquote") && t.element(2).is_cons() &&
        t.element(2).tail().is_nil())
      return t.element(2).head();
    std::vector<Term> items;
    for (std::size_t i = 0; i < t.tuple_arity(); ++i) {
      Term e = escape(h, t.element(i), bad, unquote);
      if (e.is_none()) return e;
      items.push_back(e);
    }
    if (items.size() == 2) return make_tuple(h, {items[0], items[1]});
    return quoted::call(h, atoms::tuple_op, Term::nil(), items);
  }
  if (t.is_map()) {
    std::vector<Term> pairs;
    for (const auto& [k, v] : map_items(t)) {
      Term ek = escape(h, k, bad, unquote);
      if (ek.is_none()) return ek;
      Term ev = escape(h, v, bad, unquote);
      if (ev.is_none()) return ev;
      pairs.push_back(make_tuple(h, {ek, ev}));
    }
    return quoted::call(h, intern_atom("%{}"), Term::nil(), pairs);
  }
  *bad = t;
  return Term::none();
}

Term escape_or_raise(NativeCall& c, Term t, bool unquote) {
  Term bad = Term::none();
  Term out = escape(c.heap(), t, &bad, unquote);
  if (out.is_none()) {
    return raise_exception(c, "Elixir.ArgumentError",
                           "cannot escape " + inspect(bad) +
                               ". The supported values are: lists, tuples, maps, atoms, numbers, bitstrings, PIDs "
                               "and remote functions in the format &Mod.fun/arity");
  }
  c.charge(10);
  return out;
}

Term macro_escape(NativeCall& c, const Term* a) { return escape_or_raise(c, a[0], false); }

// Macro.escape/2: the options are a keyword list; `unquote: true` puts
// quoted unquote calls in as their expressions.
Term macro_escape_opts(NativeCall& c, const Term* a) {
  if (!a[1].is_list()) return c.error(atoms::function_clause);
  bool unquote = false;
  for (Term rest = a[1]; rest.is_cons(); rest = rest.tail()) {
    Term kv = rest.head();
    if (kv.is_tuple() && kv.tuple_arity() == 2 && kv.element(0) == intern_atom("unquote"))
      unquote = kv.element(1) == atoms::true_;
  }
  return escape_or_raise(c, a[0], unquote);
}

Term expand(NativeCall& c, Term form, Term env, bool repeat) {
  if (!env.is_map()) return c.error(atoms::function_clause);
  for (int i = 0; i < 1000; ++i) {
    Term out;
    bool expanded = false;
    CompileError error;
    if (!expand_macro_once(c.heap(), form, env, &out, &expanded, &error))
      return c.error(make_tuple(c.heap(), {atoms::compile_error, intern_atom("Elixir." + error.kind),
                                           make_binary(c.heap(), error.text())}));
    c.charge(10);
    form = out;
    if (!expanded || !repeat) break;
  }
  return form;
}

// Macro.var/2: the quoted variable `name` of `context`.
Term macro_var(NativeCall& c, const Term* a) {
  if (!a[0].is_atom() || !a[1].is_atom()) return c.error(atoms::function_clause);
  return make_tuple(c.heap(), {a[0], Term::nil(), a[1]});
}

Term macro_expand_once(NativeCall& c, const Term* a) { return expand(c, a[0], a[1], false); }
Term macro_expand(NativeCall& c, const Term* a) { return expand(c, a[0], a[1], true); }

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
  register_native(macro, intern_atom("escape"), 2, macro_escape_opts);
  register_native(macro, intern_atom("to_string"), 1, macro_to_string);
  register_native(macro, intern_atom("expand_once"), 2, macro_expand_once);
  register_native(macro, intern_atom("expand"), 2, macro_expand);
  register_native(macro, intern_atom("var"), 2, macro_var);
}

}  // namespace vial
