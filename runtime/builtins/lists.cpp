// :lists functions that the compiler's expansions call.
#include "runtime/builtins/builtins.h"
#include "vm/compare.h"

#include <algorithm>

namespace vial {

namespace {

// :lists.member/2 (what Kernel.in/2 becomes for a list that is not literal)
Term lists_member(NativeCall& c, const Term* a) {
  Term l = a[1];
  int n = 0;
  for (; l.is_cons(); l = l.tail(), ++n)
    if (exact_equal(l.head(), a[0])) {
      c.charge(n / 16);
      return atoms::true_;
    }
  c.charge(n / 16);
  if (!l.is_nil()) return c.badarg(2, "not a list");
  return atoms::false_;
}

// :lists.reverse/2 (Enum.reverse/1 and friends): the elements of a proper
// list in reverse order, in front of `tail`. A non-list is a
// FunctionClauseError, as lists:reverse/2's clauses give.
Term lists_reverse2(NativeCall& c, const Term* a) {
  std::size_t n = list_length(a[0]);
  if (n == SIZE_MAX) return c.error(atoms::function_clause);
  Term r = a[1];
  for (Term l = a[0]; l.is_cons(); l = l.tail()) r = make_cons(c.heap(), l.head(), r);
  c.charge(static_cast<int>(n / 16));
  return r;
}
Term lists_reverse1(NativeCall& c, const Term* a) {
  Term args[2] = {a[0], Term::nil()};
  return lists_reverse2(c, args);
}

// :lists.flatten/1 (List.flatten/1): nested lists spliced in order, without
// recursion on the C++ stack.
Term lists_flatten(NativeCall& c, const Term* a) {
  if (list_length(a[0]) == SIZE_MAX) return c.error(atoms::function_clause);
  std::vector<Term> out, stack{a[0]};
  while (!stack.empty()) {
    Term l = stack.back();
    stack.pop_back();
    if (l.is_nil()) continue;
    if (!l.is_cons()) return c.error(atoms::function_clause);  // an improper nested list
    stack.push_back(l.tail());
    Term h = l.head();
    if (h.is_list()) stack.push_back(h);
    else out.push_back(h);
  }
  c.charge(static_cast<int>(out.size() / 16));
  return make_list(c.heap(), out);
}

// :erlang.--/2 (Kernel.--/2, :lists.subtract/2): `left` without the first
// occurrence (exact match) of each element of `right`. Either argument not
// a proper list is a plain badarg, as BEAM's.
Term erlang_subtract(NativeCall& c, const Term* a) {
  std::size_t n = list_length(a[0]), m = list_length(a[1]);
  if (n == SIZE_MAX || m == SIZE_MAX) return c.error(atoms::badarg);
  if (m == 0 || n == 0) return a[0];
  std::vector<Term> left;
  left.reserve(n);
  for (Term l = a[0]; l.is_cons(); l = l.tail()) left.push_back(l.head());
  std::vector<bool> removed(n, false);
  // Each element of `right` removes the first remaining exact match; sorted
  // positions by term order make the lookup a binary search.
  std::vector<std::size_t> order(n);
  for (std::size_t i = 0; i < n; ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t x, std::size_t y) { return compare_exact(left[x], left[y]) < 0; });
  for (Term r = a[1]; r.is_cons(); r = r.tail()) {
    Term x = r.head();
    auto it = std::lower_bound(order.begin(), order.end(), x,
                               [&](std::size_t i, Term v) { return compare_exact(left[i], v) < 0; });
    for (; it != order.end() && compare_exact(left[*it], x) == 0; ++it)
      if (!removed[*it]) {
        removed[*it] = true;
        break;
      }
  }
  c.charge(static_cast<int>((n + m) / 8));
  Term out = Term::nil();
  for (std::size_t i = n; i-- > 0;)
    if (!removed[i]) out = make_cons(c.heap(), left[i], out);
  return out;
}

}  // namespace

void register_lists_builtins() {
  register_native(atoms::erlang, intern_atom("--"), 2, erlang_subtract);
  register_native(intern_atom("lists"), intern_atom("subtract"), 2, erlang_subtract);
  register_native(intern_atom("lists"), intern_atom("member"), 2, lists_member);
  register_native(intern_atom("lists"), intern_atom("reverse"), 1, lists_reverse1);
  register_native(intern_atom("lists"), intern_atom("reverse"), 2, lists_reverse2);
  register_native(intern_atom("lists"), intern_atom("flatten"), 1, lists_flatten);
}

}  // namespace vial
