// :lists functions that the compiler's expansions call.
#include "runtime/builtins/builtins.h"
#include "vm/compare.h"

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

}  // namespace

void register_lists_builtins() {
  register_native(intern_atom("lists"), intern_atom("member"), 2, lists_member);
  register_native(intern_atom("lists"), intern_atom("reverse"), 1, lists_reverse1);
  register_native(intern_atom("lists"), intern_atom("reverse"), 2, lists_reverse2);
  register_native(intern_atom("lists"), intern_atom("flatten"), 1, lists_flatten);
}

}  // namespace vial
