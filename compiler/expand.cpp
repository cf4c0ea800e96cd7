#include "compiler/expand.h"

#include <algorithm>
#include <string>

#include "compiler/quoted.h"
#include "vm/atom.h"
#include "vm/messages.h"

namespace vial {

namespace q = quoted;

Term Expander::fresh_var(Term meta) {
  // Hygiene: the context `:vial_expand` keeps these apart from every user
  // variable (whose context is nil), whatever their names.
  static const Term context = intern_atom("vial_expand");
  std::string name = "x";
  name += std::to_string(++counter_);
  return q::var(heap_, intern_atom(name), meta, context);
}

Term Expander::clause(Term meta, Term pattern, Term body) {
  return q::call(heap_, atoms::arrow, meta, {q::list(heap_, {pattern}), body});
}

Term Expander::guarded_clause(Term meta, Term pattern, Term guard, Term body) {
  Term head = q::call(heap_, atoms::when, meta, {pattern, guard});
  return q::call(heap_, atoms::arrow, meta, {q::list(heap_, {head}), body});
}

Term Expander::make_case(Term meta, Term subject, const std::vector<Term>& clauses) {
  Term kw = q::list(heap_, {q::pair(heap_, atoms::do_, q::list(heap_, clauses))});
  return q::call(heap_, intern_atom("case"), meta, {subject, kw});
}

Term Expander::falsy_guard(Term meta, Term var) {
  Term exact = intern_atom("=:=");
  Term is_false = q::remote(heap_, atoms::erlang, exact, meta, {var, atoms::false_});
  Term is_nil = q::remote(heap_, atoms::erlang, exact, meta, {var, atoms::nil});
  return q::remote(heap_, atoms::erlang, atoms::orelse, meta, {is_false, is_nil});
}

// if c, do: a, else: b  =>  case c do x when x in [false, nil] -> b; _ -> a end
Term Expander::expand_if(Term meta, Term condition, Term kw, bool negate) {
  Term then_ = q::keyword_get(kw, atoms::do_);
  Term else_ = q::keyword_get(kw, atoms::else_);
  if (then_.is_none()) then_ = atoms::nil;
  if (else_.is_none()) else_ = atoms::nil;
  if (negate) std::swap(then_, else_);
  Term x = fresh_var(meta);
  Term underscore = q::var(heap_, intern_atom("_"), meta, atoms::nil);
  return make_case(meta, condition,
                   {guarded_clause(meta, x, falsy_guard(meta, x), else_), clause(meta, underscore, then_)});
}

// Macro.pipe/3: `left |> call(args)` => `call(left, args)`.
Term Expander::pipe(Term left, Term right) {
  if (!q::is_node(right)) return Term::none();
  Term args = q::node_args(right);
  if (args.is_atom()) {  // `x |> f` with f written like a variable
    return q::node(heap_, q::node_head(right), q::node_meta(right), make_cons(heap_, left, Term::nil()));
  }
  if (!args.is_list()) return Term::none();
  return q::node(heap_, q::node_head(right), q::node_meta(right), make_cons(heap_, left, args));
}

// The Kernel macros expand_once expands itself (name and arity).
bool Expander::is_expander_macro(std::string_view name, std::size_t arity) {
  if (arity == 2 && (name == "&&" || name == "||" || name == "and" || name == "or" || name == "<>" ||
                     name == "in" || name == "match?" || name == "then" || name == "tap" || name == "if" ||
                     name == "unless" || name == "put_in" || name == "update_in" || name == "get_and_update_in" ||
                     name == "destructure"))
    return true;
  if (arity == 1 && (name == "!" || name == "to_string" || name == "to_charlist" || name == "is_nil" ||
                     name == "pop_in"))
    return true;
  return arity == 2 && name.size() == 7 && name.substr(0, 6) == "sigil_";
}

Term Expander::expand_once(Term form) {
  error_.clear();
  error_kind_ = "CompileError";
  if (!q::is_node(form)) return Term::none();
  Term head = q::node_head(form);
  Term meta = q::node_meta(form);
  Term args_list = q::node_args(form);
  if (!args_list.is_list()) return Term::none();
  std::vector<Term> args = q::list_items(args_list);

  // Kernel.to_string(x) (what interpolation produces) => String.Chars.to_string(x)
  if (q::is_node(head) && q::node_head(head) == atoms::dot) {
    std::vector<Term> dot = q::list_items(q::node_args(head));
    if (dot.size() == 2 && dot[0] == atoms::Elixir_Kernel && dot[1] == intern_atom("to_string") && args.size() == 1) {
      // As Elixir's interpolation: a binary is itself, anything else goes
      // through the protocol (docs/protocols.md).
      Term x = fresh_var(meta), y = fresh_var(meta);
      Term guard = q::call(heap_, intern_atom("is_binary"), meta, {x});
      return make_case(meta, args[0],
                       {guarded_clause(meta, x, guard, x),
                        clause(meta, y, q::remote(heap_, atoms::Elixir_String_Chars, dot[1], meta, {y}))});
    }
    // Kernel.<>(a, b), Kernel.&&(a, b), Kernel.match?(p, x), ...: Kernel's
    // macros written as remote calls (`x |> Kernel.<>(".")`) expand as the
    // imported ones do.
    bool kernel = dot.size() == 2 && dot[1].is_atom() &&
                  (dot[0] == atoms::Elixir_Kernel ||
                   (q::is_call(dot[0], atoms::__aliases__) && q::node_args(dot[0]).is_list() &&
                    q::list_items(q::node_args(dot[0])).size() == 1 &&
                    q::list_items(q::node_args(dot[0]))[0] == intern_atom("Kernel")));
    if (kernel && is_expander_macro(atom_text(dot[1]), args.size()))
      return expand_once(q::node(heap_, dot[1], meta, args_list));
    return Term::none();
  }
  if (!head.is_atom()) return Term::none();
  std::string_view name = atom_text(head);

  if ((name == "if" || name == "unless") && args.size() == 2 && q::is_keyword(args[1]))
    return expand_if(meta, args[0], args[1], name == "unless");
  if (name == "|>" && args.size() == 2) return pipe(args[0], args[1]);
  if ((name == "&&" || name == "||") && args.size() == 2) {
    // &&: case l do x when x in [false, nil] -> x; _ -> r end
    // ||: case l do x when x in [false, nil] -> r; x -> x end
    Term x = fresh_var(meta);
    if (name == "&&") {
      Term underscore = q::var(heap_, intern_atom("_"), meta, atoms::nil);
      return make_case(meta, args[0],
                       {guarded_clause(meta, x, falsy_guard(meta, x), x), clause(meta, underscore, args[1])});
    }
    Term y = fresh_var(meta);
    return make_case(meta, args[0], {guarded_clause(meta, x, falsy_guard(meta, x), args[1]), clause(meta, y, y)});
  }
  if (name == "!" && args.size() == 1) {
    Term x = fresh_var(meta);
    Term underscore = q::var(heap_, intern_atom("_"), meta, atoms::nil);
    return make_case(meta, args[0],
                     {guarded_clause(meta, x, falsy_guard(meta, x), atoms::true_),
                      clause(meta, underscore, atoms::false_)});
  }
  if ((name == "and" || name == "or") && args.size() == 2) {
    // and: case l do false -> false; true -> r; other -> :erlang.error({:badbool, :and, other}) end
    Term other = fresh_var(meta);
    Term reason = q::node(heap_, atoms::tuple_op, meta, q::list(heap_, {atoms::badbool, head, other}));
    Term raise = q::remote(heap_, atoms::erlang, atoms::error, meta, {reason});
    bool is_and = name == "and";
    return make_case(meta, args[0],
                     {clause(meta, is_and ? atoms::false_ : atoms::true_, is_and ? atoms::false_ : atoms::true_),
                      clause(meta, is_and ? atoms::true_ : atoms::false_, args[1]), clause(meta, other, raise)});
  }
  if (name == "<>" && args.size() == 2) {
    Term binary = q::var(heap_, atoms::binary, meta, atoms::nil);
    return q::call(heap_, atoms::bin, meta,
                   {q::call(heap_, atoms::type_op, meta, {args[0], binary}),
                    q::call(heap_, atoms::type_op, meta, {args[1], binary})});
  }
  if (name == "in" && args.size() == 2) return expand_in(meta, args[0], args[1]);
  if (name == "for" && !args.empty() && q::is_keyword(args.back())) return expand_for(meta, args);
  if (name == "&" && args.size() == 1 && !args[0].is_small()) return expand_capture(meta, args[0]);
  if (name == "to_string" && args.size() == 1)
    return q::remote(heap_, atoms::Elixir_String_Chars, head, meta, args);
  if (name == "to_charlist" && args.size() == 1)
    return q::remote(heap_, intern_atom("Elixir.List.Chars"), head, meta, args);
  if (name == "match?" && args.size() == 2) {
    // match?(pattern, expr) => case expr do pattern -> true; _ -> false end
    Term underscore = q::var(heap_, intern_atom("_"), meta, atoms::nil);
    return make_case(meta, args[1], {clause(meta, args[0], atoms::true_), clause(meta, underscore, atoms::false_)});
  }
  if (name == "is_nil" && args.size() == 1) return q::call(heap_, intern_atom("=="), meta, {args[0], atoms::nil});
  if (name == "destructure" && args.size() == 2 && args[0].is_list()) {
    // destructure([a, b], expr) => [a, b] = Kernel.Utils.destructure(expr, 2)
    Term count = Term::small(static_cast<std::int64_t>(list_length(args[0])));
    return q::call(heap_, atoms::match_op, meta,
                   {args[0], q::remote(heap_, intern_atom("Elixir.Kernel.Utils"), head, meta, {args[1], count})});
  }
  if ((name == "then" || name == "tap") && args.size() == 2) {
    // then(v, f) => f.(v); tap(v, f) => (x = v; f.(x); x)
    auto apply = [&](Term fun, Term arg) {
      return q::node(heap_, q::node(heap_, atoms::dot, meta, q::list(heap_, {fun})), meta, q::list(heap_, {arg}));
    };
    if (name == "then") return apply(args[1], args[0]);
    Term x = fresh_var(meta);
    return q::call(heap_, atoms::__block__, meta,
                   {q::call(heap_, atoms::match_op, meta, {x, args[0]}), apply(args[1], x), x});
  }
  if (((name == "put_in" || name == "update_in" || name == "get_and_update_in") && args.size() == 2) ||
      (name == "pop_in" && args.size() == 1)) {
    Term r = expand_path_call(meta, name, args);
    if (!r.is_none()) return r;
  }
  if (name.size() == 7 && name.substr(0, 6) == "sigil_" && args.size() == 2 &&
      std::string_view("sScCwWrRDTNU").find(name[6]) != std::string_view::npos)
    return expand_sigil(meta, name[6], args[0], args[1]);
  return Term::none();
}

// Captures become anonymous functions (closure conversion does the rest):
//   &name/2, &Mod.name/2  =>  fn x1, x2 -> name(x1, x2) end
//   &(&1 + &2)            =>  fn x1, x2 -> x1 + x2 end
// Elixir keeps &Mod.name/2 as an external fun; Vial's is a closure that calls
// it, which behaves the same (docs/compat.md: only inspect differs).
Term Expander::expand_capture(Term meta, Term body) {
  auto param = [&](int i) {
    return q::var(heap_, intern_atom("capture" + std::to_string(i)), meta, intern_atom("vial_expand"));
  };
  auto make_fn = [&](const std::vector<Term>& params, Term call) {
    Term clause = q::call(heap_, atoms::arrow, meta, {q::list(heap_, params), call});
    return q::call(heap_, atoms::fn, meta, {clause});
  };
  if (q::is_call(body, intern_atom("/"), 2)) {
    std::vector<Term> parts = q::list_items(q::node_args(body));
    Term callee = parts[0];
    if (parts[1].is_small() && parts[1].small_value() >= 0 && parts[1].small_value() <= 255 && q::is_node(callee)) {
      std::vector<Term> params;
      for (int i = 1; i <= parts[1].small_value(); ++i) params.push_back(param(i));
      Term head = q::node_head(callee);
      // The clause's meta keeps the captured name (vial_capture: name), for
      // the lowering to make &Mod.name/N an external fun (fn_expr).
      auto named_fn = [&](Term name, Term call) {
        Term m = make_list(heap_, {make_tuple(heap_, {intern_atom("vial_capture"), name})}, meta);
        Term clause = q::call(heap_, atoms::arrow, m, {q::list(heap_, params), call});
        return q::call(heap_, atoms::fn, meta, {clause});
      };
      if (head.is_atom() && (q::node_args(callee).is_atom() || q::node_args(callee).is_nil()))
        return named_fn(head, q::call(heap_, head, meta, params));
      if (q::is_call(head, atoms::dot, 2) && q::node_args(callee).is_nil() &&
          q::list_items(q::node_args(head))[1].is_atom())
        return named_fn(q::list_items(q::node_args(head))[1], q::node(heap_, head, meta, q::list(heap_, params)));
    }
  }
  int max = 0;
  std::vector<bool> seen(256, false);
  Term replaced = replace_placeholders(body, &max, &seen);
  if (replaced.is_none() || max == 0) return Term::none();
  for (int i = 1; i < max; ++i)
    if (!seen[i]) {
      error_ = message(Msg::capture_gap, max, i);
      return Term::none();
    }
  std::vector<Term> params;
  for (int i = 1; i <= max; ++i) params.push_back(param(i));
  return make_fn(params, replaced);
}

// Replaces each &N in `t` by the capture's parameter N (counting the highest);
// none when `t` holds a nested capture, which Elixir rejects too.
Term Expander::replace_placeholders(Term t, int* max, std::vector<bool>* seen) {
  if (q::is_call(t, intern_atom("&"), 1)) {
    Term n = q::list_items(q::node_args(t))[0];
    if (!n.is_small() || n.small_value() < 1 || n.small_value() > 255) return Term::none();
    *max = std::max(*max, static_cast<int>(n.small_value()));
    (*seen)[static_cast<std::size_t>(n.small_value())] = true;
    return q::var(heap_, intern_atom("capture" + std::to_string(n.small_value())), q::node_meta(t),
                  intern_atom("vial_expand"));
  }
  if (t.is_cons()) {
    std::vector<Term> items;
    Term l = t;
    for (; l.is_cons(); l = l.tail()) {
      Term r = replace_placeholders(l.head(), max, seen);
      if (r.is_none()) return r;
      items.push_back(r);
    }
    return make_list(heap_, items, l);
  }
  if (t.is_tuple()) {
    Term copy = make_tuple_uninit(heap_, t.tuple_arity());
    for (std::size_t i = 0; i < t.tuple_arity(); ++i) {
      Term r = replace_placeholders(t.element(i), max, seen);
      if (r.is_none()) return r;
      tuple_set(copy, i, r);
    }
    return copy;
  }
  return t;
}

// The integer a quoted literal stands for (`5`, `-5`), or none.
Term Expander::integer_literal(Term t) {
  if (t.is_integer()) return t;
  if (q::is_call(t, intern_atom("-"), 1)) {
    Term v = q::list_items(q::node_args(t))[0];
    if (v.is_small()) return Term::small(-v.small_value());
  }
  return Term::none();
}

// Kernel.in/2 outside guards (guards lower it themselves, compiler/lower.cpp):
//   x in [a, b] (literals)  =>  case x do a -> true; b -> true; _ -> false end
//   x in a..b (integers)    =>  case x do v when is_integer(v) and v >= a and v <= b -> true; _ -> false end
//   x in list               =>  :lists.member(x, list)
// Matching a literal pattern is =:=, which is what `in` compares with.
Term Expander::expand_in(Term meta, Term left, Term right) {
  Term underscore = q::var(heap_, intern_atom("_"), meta, atoms::nil);
  if (q::is_node(right) && q::node_head(right).is_atom() && atom_text(q::node_head(right)).substr(0, 6) == "sigil_") {
    Term expanded = expand_once(right);  // `c in ~w(a b)`: the sigil's list
    if (!expanded.is_none()) right = expanded;
  }
  if (right.is_list() && list_length(right) != SIZE_MAX) {
    bool literal = true;
    for (Term e : q::list_items(right)) literal = literal && (e.is_number() || e.is_atom() || e.is_binary());
    if (literal) {
      std::vector<Term> clauses;
      for (Term e : q::list_items(right)) clauses.push_back(clause(meta, e, atoms::true_));
      clauses.push_back(clause(meta, underscore, atoms::false_));
      return make_case(meta, left, clauses);
    }
  }
  bool two = q::is_call(right, intern_atom(".."), 2), three = q::is_call(right, intern_atom("..//"), 3);
  if (two || three) {
    // case x do v when <range guard> -> true; _ -> false end, with
    // computed bounds bound to variables first.
    std::vector<Term> bounds = q::list_items(q::node_args(right));
    std::vector<Term> block;
    for (Term& b : bounds) {
      if (!integer_literal(b).is_none() || q::is_var(b)) continue;
      Term v = fresh_var(meta);
      block.push_back(q::call(heap_, atoms::match_op, meta, {v, b}));
      b = v;
    }
    Term v = fresh_var(meta);
    Term guard = range_guard(meta, v, bounds[0], bounds[1], three ? bounds[2] : Term::none());
    block.push_back(make_case(meta, left, {guarded_clause(meta, v, guard, atoms::true_), clause(meta, underscore, atoms::false_)}));
    return block.size() == 1 ? block[0] : q::call(heap_, atoms::__block__, meta, block);
  }
  // Anything else is Enumerable's member?.
  return q::remote(heap_, intern_atom("Elixir.Enum"), intern_atom("member?"), meta, {right, left});
}

Term Expander::range_guard(Term meta, Term x, Term first, Term last, Term step) {
  auto erl = [&](const char* op, std::vector<Term> a) { return q::remote(heap_, atoms::erlang, intern_atom(op), meta, a); };
  auto both = [&](Term a, Term b) { return erl("andalso", {a, b}); };
  Term f = integer_literal(first), l = integer_literal(last), s = step.is_none() ? Term::none() : integer_literal(step);
  Term increasing = both(erl(">=", {x, first}), erl("=<", {x, last}));
  Term decreasing = both(erl("=<", {x, first}), erl(">=", {x, last}));
  Term is_int = erl("is_integer", {x});
  if (f.is_small() && l.is_small() && (step.is_none() || s.is_small())) {
    std::int64_t st = step.is_none() ? (f.small_value() <= l.small_value() ? 1 : -1) : s.small_value();
    if (st == 0) return atoms::false_;
    Term g = both(is_int, st > 0 ? increasing : decreasing);
    if (st != 1 && st != -1)
      g = both(g, erl("=:=", {erl("rem", {erl("-", {x, first}), step}), Term::small(0)}));
    return g;
  }
  Term ints = both(is_int, both(erl("is_integer", {first}), erl("is_integer", {last})));
  if (step.is_none())
    return both(ints, erl("orelse", {both(erl("=<", {first, last}), increasing), both(erl("<", {last, first}), decreasing)}));
  Term dir = erl("orelse", {both(erl(">", {step, Term::small(0)}), increasing), both(erl("<", {step, Term::small(0)}), decreasing)});
  return both(both(ints, erl("is_integer", {step})),
              both(dir, erl("=:=", {erl("rem", {erl("-", {x, first}), step}), Term::small(0)})));
}

}  // namespace vial

namespace vial {

// Kernel's path macros: `put_in(data.a[:b], v)` is put_in(data,
// [Access.key!(:a), :b], v), and likewise for the others (Elixir's unnest/4:
// `expr.field` is a field, `expr[key]` a key; the innermost expression that
// is neither is the data). None when the argument is not such a path.
Term Expander::expand_path_call(Term meta, std::string_view name, const std::vector<Term>& args) {
  std::vector<Term> keys;
  Term t = args[0];
  for (;;) {
    if (!q::is_node(t) || !q::is_node(q::node_head(t)) || q::node_head(q::node_head(t)) != atoms::dot) break;
    std::vector<Term> dot = q::list_items(q::node_args(q::node_head(t)));
    std::vector<Term> call_args = q::node_args(t).is_list() ? q::list_items(q::node_args(t)) : std::vector<Term>{};
    if (dot.size() == 2 && dot[0] == intern_atom("Elixir.Access") && dot[1] == intern_atom("get") && call_args.size() == 2) {
      keys.push_back(call_args[1]);
      t = call_args[0];
      continue;
    }
    if (dot.size() == 2 && dot[1].is_atom() && call_args.empty() && q::is_node(dot[0]) &&
        q::node_head(dot[0]) != atoms::__aliases__ && q::node_head(dot[0]) != intern_atom("__MODULE__")) {
      keys.push_back(q::remote(heap_, intern_atom("Elixir.Access"), intern_atom("key!"), meta, {dot[1]}));
      t = dot[0];
      continue;
    }
    break;
  }
  if (keys.empty()) return Term::none();
  std::reverse(keys.begin(), keys.end());
  std::vector<Term> call{t, q::list(heap_, keys)};
  if (args.size() == 2) call.push_back(args[1]);
  return q::remote(heap_, atoms::Elixir_Kernel, intern_atom(name), meta, call);
}

}  // namespace vial

