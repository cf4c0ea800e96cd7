#include "compiler/quoted.h"

namespace vial::quoted {

bool is_call(Term t, Term name, int arity) {
  if (!is_node(t) || node_head(t) != name) return false;
  Term args = node_args(t);
  if (!args.is_list()) return false;
  std::size_t n = list_length(args);
  return n != SIZE_MAX && (arity < 0 || n == static_cast<std::size_t>(arity));
}

int meta_line(Term meta) {
  Term line = keyword_get(meta, atoms::line);
  return line.is_small() ? static_cast<int>(line.small_value()) : 0;
}

int line_of(Term t) { return is_node(t) ? meta_line(node_meta(t)) : 0; }

std::vector<Term> list_items(Term list) {
  std::vector<Term> out;
  for (; list.is_cons(); list = list.tail()) out.push_back(list.head());
  return out;
}

Term keyword_get(Term kw, Term key) {
  for (; kw.is_cons(); kw = kw.tail()) {
    Term e = kw.head();
    if (e.is_tuple() && e.tuple_arity() == 2 && e.element(0) == key) return e.element(1);
  }
  return Term::none();
}

bool is_keyword(Term t) {
  if (!t.is_list()) return false;
  for (; t.is_cons(); t = t.tail()) {
    Term e = t.head();
    if (!(e.is_tuple() && e.tuple_arity() == 2 && e.element(0).is_atom())) return false;
  }
  return t.is_nil();
}

Term node(Heap& h, Term name, Term meta, Term args) { return make_tuple(h, {name, meta, args}); }

Term call(Heap& h, Term name, Term meta, const std::vector<Term>& args) {
  return node(h, name, meta, make_list(h, args));
}

Term remote(Heap& h, Term module, Term function, Term meta, const std::vector<Term>& args) {
  Term dot = node(h, atoms::dot, meta, make_list(h, {module, function}));
  return node(h, dot, meta, make_list(h, args));
}

Term var(Heap& h, Term name, Term meta, Term context) { return node(h, name, meta, context); }

Term pair(Heap& h, Term a, Term b) { return make_tuple(h, {a, b}); }

Term list(Heap& h, const std::vector<Term>& items) { return make_list(h, items); }

Term meta_with_line(Heap& h, int line) {
  return make_list(h, {pair(h, atoms::line, Term::small(line))});
}

}  // namespace vial::quoted
