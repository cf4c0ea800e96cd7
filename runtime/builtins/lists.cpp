// :lists functions that the compiler's expansions and the stdlib (List, Keyword, Enum) call.
#include "runtime/builtins/builtins.h"

#include <algorithm>

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
// 16 cells a reduction; past the slice's budget it traps to
// vial:reverse_continue(Rest, Acc, List, Tail).
Term reverse_step(NativeCall& c, Term rest, Term acc, Term list, Term tail, bool continued) {
  std::size_t budget = c.can_trap ? static_cast<std::size_t>(c.budget()) * 16 : SIZE_MAX;
  std::size_t steps = 0;
  while (rest.is_cons() && steps < budget) {
    acc = make_cons(c.heap(), rest.head(), acc);
    rest = rest.tail();
    ++steps;
  }
  c.charge(static_cast<int>(steps / 16));
  if (rest.is_cons()) {
    static const Word* resume = continuation_code(atoms::vial, intern_atom("reverse_continue"), 4);
    return c.trap(resume, {rest, acc, list, tail});
  }
  if (!rest.is_nil()) {
    // OTP's reverse/1 hands all but the first two cells to reverse/2,
    // whose error says what that argument was.
    Term bif_arg = list;
    bool one_arg = tail == intern_atom("$reverse1");
    if (one_arg && list.is_cons() && list.tail().is_cons()) bif_arg = list.tail().tail();
    c.badarg(1, bif_arg.is_cons() ? "not a proper list" : "not a list");
    if (!continued) return Term::none();  // the caller's frame: lists:reverse/1,2 with its arguments
    c.process.error.module = intern_atom("lists");
    c.process.error.function = intern_atom("reverse");
    c.process.error.arity = 2;
    c.process.error.args = make_list(c.heap(), {list, one_arg ? Term::nil() : tail});
    return Term::none();
  }
  return acc;
}
Term lists_reverse2(NativeCall& c, const Term* a) {
  if (!a[0].is_list()) return c.badarg(1, "not a list");
  return reverse_step(c, a[0], a[1], a[0], a[1], false);
}
Term vial_reverse_continue(NativeCall& c, const Term* a) { return reverse_step(c, a[0], a[1], a[2], a[3], true); }
Term lists_reverse1(NativeCall& c, const Term* a) {
  // OTP's clauses: [], [_], [A, B], [A, B | L] (the rest to reverse/2). No
  // clause takes a non-list or a single improper cell ([a | b]).
  if (!a[0].is_list() || (a[0].is_cons() && !a[0].tail().is_list())) return c.error(atoms::function_clause);
  // The atom '$reverse1' as `tail` marks reverse/1 (for the error's wording).
  return reverse_step(c, a[0], Term::nil(), a[0], intern_atom("$reverse1"), false);
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

// The elements of a proper list, or false.
bool to_vector(Term l, std::vector<Term>* out) {
  for (; l.is_cons(); l = l.tail()) out->push_back(l.head());
  return l.is_nil();
}

// The element `n` (1-based) of `t` if it is a tuple that has one.
bool key_of(Term t, std::int64_t n, Term* out) {
  if (!t.is_tuple() || n < 1 || static_cast<std::size_t>(n) > t.tuple_arity()) return false;
  *out = t.element(static_cast<std::size_t>(n - 1));
  return true;
}

// :lists.keyfind/3
Term lists_keyfind(NativeCall& c, const Term* a) {
  if (!a[1].is_small() || a[1].small_value() < 1) return c.badarg(2, "out of range");
  int n = 0;
  Term l = a[2];
  for (; l.is_cons(); l = l.tail(), ++n) {
    Term k;
    if (key_of(l.head(), a[1].small_value(), &k) && loose_equal(k, a[0])) {
      c.charge(n / 16);
      return l.head();
    }
  }
  c.charge(n / 16);
  if (!l.is_nil()) return c.badarg(3, "not a list");
  return atoms::false_;
}

// :lists.keymember/3
Term lists_keymember(NativeCall& c, const Term* a) {
  Term r = lists_keyfind(c, a);
  if (r.is_none()) return r;
  return r == atoms::false_ ? atoms::false_ : atoms::true_;
}

// :lists.keydelete/3: without the first tuple whose key matches.
Term lists_keydelete(NativeCall& c, const Term* a) {
  std::vector<Term> items;
  if (!a[1].is_small() || a[1].small_value() < 1 || !to_vector(a[2], &items)) return c.error(atoms::function_clause);
  c.charge(static_cast<int>(items.size() / 16));
  for (std::size_t i = 0; i < items.size(); ++i) {
    Term k;
    if (key_of(items[i], a[1].small_value(), &k) && loose_equal(k, a[0])) {
      items.erase(items.begin() + static_cast<std::ptrdiff_t>(i));
      return make_list(c.heap(), items);
    }
  }
  return a[2];
}

// :lists.keyreplace/4 and keystore/4 (store appends when nothing matches).
Term key_replace(NativeCall& c, const Term* a, bool store) {
  std::vector<Term> items;
  if (!a[1].is_small() || a[1].small_value() < 1 || !to_vector(a[2], &items) || !a[3].is_tuple())
    return c.error(atoms::function_clause);
  c.charge(static_cast<int>(items.size() / 16));
  for (auto& item : items) {
    Term k;
    if (key_of(item, a[1].small_value(), &k) && loose_equal(k, a[0])) {
      item = a[3];
      return make_list(c.heap(), items);
    }
  }
  if (!store) return a[2];
  items.push_back(a[3]);
  return make_list(c.heap(), items);
}
Term lists_keyreplace(NativeCall& c, const Term* a) { return key_replace(c, a, false); }
Term lists_keystore(NativeCall& c, const Term* a) { return key_replace(c, a, true); }

// :lists.keytake/3: {:value, tuple, rest} or false.
Term lists_keytake(NativeCall& c, const Term* a) {
  std::vector<Term> items;
  if (!a[1].is_small() || a[1].small_value() < 1 || !to_vector(a[2], &items)) return c.error(atoms::function_clause);
  for (std::size_t i = 0; i < items.size(); ++i) {
    Term k;
    if (key_of(items[i], a[1].small_value(), &k) && loose_equal(k, a[0])) {
      Term found = items[i];
      items.erase(items.begin() + static_cast<std::ptrdiff_t>(i));
      return make_tuple(c.heap(), {intern_atom("value"), found, make_list(c.heap(), items)});
    }
  }
  return atoms::false_;
}

// :lists.sort/1 and usort/1 (stable, term order; usort drops == duplicates).
Term sort_terms(NativeCall& c, Term list, bool unique) {
  std::vector<Term> items;
  if (!to_vector(list, &items)) return c.error(atoms::function_clause);
  c.charge(static_cast<int>(items.size() / 8));
  std::stable_sort(items.begin(), items.end(), [](Term x, Term y) { return compare_terms(x, y) < 0; });
  if (unique) {
    std::vector<Term> kept;
    for (Term t : items)
      if (kept.empty() || compare_terms(kept.back(), t) != 0) kept.push_back(t);
    items = kept;
  }
  return make_list(c.heap(), items);
}
Term lists_sort(NativeCall& c, const Term* a) { return sort_terms(c, a[0], false); }
Term lists_usort(NativeCall& c, const Term* a) { return sort_terms(c, a[0], true); }

// :lists.keysort/2 (stable by the key element).
Term lists_keysort(NativeCall& c, const Term* a) {
  std::vector<Term> items;
  if (!a[0].is_small() || a[0].small_value() < 1 || !to_vector(a[1], &items)) return c.error(atoms::function_clause);
  std::int64_t n = a[0].small_value();
  for (Term t : items) {
    Term k;
    if (!key_of(t, n, &k)) return c.error(atoms::function_clause);
  }
  c.charge(static_cast<int>(items.size() / 8));
  std::stable_sort(items.begin(), items.end(), [n](Term x, Term y) {
    return compare_terms(x.element(static_cast<std::size_t>(n - 1)), y.element(static_cast<std::size_t>(n - 1))) < 0;
  });
  return make_list(c.heap(), items);
}

// :lists.seq/2,3
Term lists_seq(NativeCall& c, Term from, Term to, Term step) {
  if (!from.is_small() || !to.is_small() || !step.is_small()) return c.error(atoms::function_clause);
  std::int64_t f = from.small_value(), t = to.small_value(), s = step.small_value();
  if ((s > 0 && f - s > t) || (s < 0 && f - s < t) || (s == 0 && f != t)) return c.error(atoms::function_clause);
  std::vector<Term> items;
  if (s == 0) {
    items.push_back(from);
  } else {
    for (std::int64_t i = f; s > 0 ? i <= t : i >= t; i += s) items.push_back(Term::small(i));
  }
  c.charge(static_cast<int>(items.size() / 16));
  return make_list(c.heap(), items);
}
Term lists_seq2(NativeCall& c, const Term* a) { return lists_seq(c, a[0], a[1], Term::small(1)); }
Term lists_seq3(NativeCall& c, const Term* a) { return lists_seq(c, a[0], a[1], a[2]); }

// :lists.nth/2 and nthtail/2
Term lists_nth(NativeCall& c, const Term* a) {
  if (!a[0].is_small() || a[0].small_value() < 1) return c.error(atoms::function_clause);
  Term l = a[1];
  for (std::int64_t i = 1; i < a[0].small_value() && l.is_cons(); ++i) l = l.tail();
  if (!l.is_cons()) return c.error(atoms::function_clause);
  return l.head();
}
Term lists_nthtail(NativeCall& c, const Term* a) {
  if (!a[0].is_small() || a[0].small_value() < 0) return c.error(atoms::function_clause);
  Term l = a[1];
  for (std::int64_t i = 0; i < a[0].small_value(); ++i) {
    if (!l.is_cons()) return c.error(atoms::function_clause);
    l = l.tail();
  }
  return l;
}

// :lists.last/1
Term lists_last(NativeCall& c, const Term* a) {
  Term l = a[0];
  if (!l.is_cons()) return c.error(atoms::function_clause);
  while (l.tail().is_cons()) l = l.tail();
  return l.head();
}

// :lists.append/1 (a list of lists concatenated) and append/2 (++).
Term lists_append1(NativeCall& c, const Term* a) {
  std::vector<Term> lists;
  if (!to_vector(a[0], &lists)) return c.error(atoms::function_clause);
  if (lists.empty()) return Term::nil();
  Term r = lists.back();
  for (std::size_t i = lists.size() - 1; i-- > 0;) {
    std::vector<Term> items;
    if (!to_vector(lists[i], &items)) return c.badarg(1, "not a list");
    r = make_list(c.heap(), items, r);
  }
  return r;
}
Term lists_append2(NativeCall& c, const Term* a) {
  std::vector<Term> items;
  if (!to_vector(a[0], &items)) return c.badarg(1, "not a list");
  return make_list(c.heap(), items, a[1]);
}

// :lists.duplicate/2
Term lists_duplicate(NativeCall& c, const Term* a) {
  if (!a[0].is_small() || a[0].small_value() < 0) return c.error(atoms::function_clause);
  Term r = Term::nil();
  for (std::int64_t i = 0; i < a[0].small_value(); ++i) r = make_cons(c.heap(), a[1], r);
  c.charge(static_cast<int>(a[0].small_value() / 16));
  return r;
}

// :lists.delete/2: without the first element that matches exactly.
Term lists_delete(NativeCall& c, const Term* a) {
  std::vector<Term> items;
  if (!to_vector(a[1], &items)) return c.error(atoms::function_clause);
  for (std::size_t i = 0; i < items.size(); ++i)
    if (exact_equal(items[i], a[0])) {
      items.erase(items.begin() + static_cast<std::ptrdiff_t>(i));
      return make_list(c.heap(), items);
    }
  return a[1];
}

}  // namespace

void register_lists_builtins() {
  register_native(atoms::erlang, intern_atom("--"), 2, erlang_subtract);
  register_native(intern_atom("lists"), intern_atom("subtract"), 2, erlang_subtract);
  register_native(intern_atom("lists"), intern_atom("member"), 2, lists_member);
  register_native(intern_atom("lists"), intern_atom("reverse"), 1, lists_reverse1);
  register_native(intern_atom("lists"), intern_atom("reverse"), 2, lists_reverse2);
  register_native(atoms::vial, intern_atom("reverse_continue"), 4, vial_reverse_continue);
  register_native(intern_atom("lists"), intern_atom("flatten"), 1, lists_flatten);
  register_natives({
      {"lists", "keyfind", 3, lists_keyfind},
      {"lists", "keymember", 3, lists_keymember},
      {"lists", "keydelete", 3, lists_keydelete},
      {"lists", "keyreplace", 4, lists_keyreplace},
      {"lists", "keystore", 4, lists_keystore},
      {"lists", "keytake", 3, lists_keytake},
      {"lists", "keysort", 2, lists_keysort},
      {"lists", "sort", 1, lists_sort},
      {"lists", "usort", 1, lists_usort},
      {"lists", "seq", 2, lists_seq2},
      {"lists", "seq", 3, lists_seq3},
      {"lists", "nth", 2, lists_nth},
      {"lists", "nthtail", 2, lists_nthtail},
      {"lists", "last", 1, lists_last},
      {"lists", "append", 1, lists_append1},
      {"lists", "append", 2, lists_append2},
      {"lists", "duplicate", 2, lists_duplicate},
      {"lists", "delete", 2, lists_delete},
  });
}

}  // namespace vial
