#include "compiler/expand.h"

#include <string>

#include "compiler/quoted.h"
#include "vm/atom.h"

namespace vial {

namespace q = quoted;

Term Expander::fresh_var(Term meta) {
  // Hygiene: the context `:vial_expand` keeps these apart from every user
  // variable (whose context is nil), whatever their names.
  static const Term context = intern_atom("vial_expand");
  return q::var(heap_, intern_atom("x" + std::to_string(++counter_)), meta, context);
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

Term Expander::expand_once(Term form) {
  if (!q::is_node(form)) return Term::none();
  Term head = q::node_head(form);
  Term meta = q::node_meta(form);
  Term args_list = q::node_args(form);
  if (!args_list.is_list()) return Term::none();
  std::vector<Term> args = q::list_items(args_list);

  // Kernel.to_string(x) (what interpolation produces) => String.Chars.to_string(x)
  if (q::is_node(head) && q::node_head(head) == atoms::dot) {
    std::vector<Term> dot = q::list_items(q::node_args(head));
    if (dot.size() == 2 && dot[0] == atoms::Elixir_Kernel && dot[1] == intern_atom("to_string") && args.size() == 1)
      return q::remote(heap_, atoms::Elixir_String_Chars, dot[1], meta, args);
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
  if (name == "to_string" && args.size() == 1)
    return q::remote(heap_, atoms::Elixir_String_Chars, head, meta, args);
  if (name == "is_nil" && args.size() == 1) return q::call(heap_, intern_atom("=="), meta, {args[0], atoms::nil});
  return Term::none();
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
  if (q::is_call(right, intern_atom(".."), 2)) {
    std::vector<Term> bounds = q::list_items(q::node_args(right));
    Term first = integer_literal(bounds[0]), last = integer_literal(bounds[1]);
    if (!first.is_none() && !last.is_none()) {
      Term v = fresh_var(meta);
      Term guard = q::remote(
          heap_, atoms::erlang, atoms::andalso, meta,
          {q::remote(heap_, atoms::erlang, intern_atom("is_integer"), meta, {v}),
           q::remote(heap_, atoms::erlang, atoms::andalso, meta,
                     {q::remote(heap_, atoms::erlang, intern_atom(">="), meta, {v, first}),
                      q::remote(heap_, atoms::erlang, intern_atom("=<"), meta, {v, last})})});
      return make_case(meta, left, {guarded_clause(meta, v, guard, atoms::true_), clause(meta, underscore, atoms::false_)});
    }
    return Term::none();  // ranges as values arrive with structs
  }
  return q::remote(heap_, intern_atom("lists"), intern_atom("member"), meta, {left, right});
}

}  // namespace vial
