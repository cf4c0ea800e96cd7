// for comprehensions (docs/compiler.md): generators over lists (and maps),
// ranges and bitstrings, filters, and the options into:, uniq: and reduce:.
//
// A comprehension threads an accumulator through one loop per generator.
// Each loop is an anonymous function that receives itself (so it can call
// itself: a tail call, so loops run in constant stack), the rest of its
// source and the accumulator:
//
//   for x <- list, filter, y <- other, do: body
//   =>
//   loop1 = fn
//     loop1, [item | rest], acc -> loop1.(loop1, rest, case item do
//                                     x -> if filter, do: <loop2 over other from acc>, else: acc
//                                     _ -> acc
//                                   end)
//     _, [], acc -> acc
//     loop1, other, acc -> loop1.(loop1, Enum.to_list(other), acc)
//   end
//   loop1.(loop1, list, init)
//
// The innermost step is [body | acc] (the list is reversed at the end and
// handed to vial:for_collect/3 for into: and uniq:), or, with reduce:, the
// do block's `acc -> ...` clauses applied to the accumulator. A bitstring
// generator's loop matches <<pattern..., rest::bits>>; an element that does
// not match is skipped when its size is known, and the loop ends when the
// rest is too short.
#include "compiler/expand.h"
#include "compiler/quoted.h"
#include "vm/atom.h"
#include "vm/messages.h"

namespace vial {

namespace q = quoted;

namespace {

Term arrow_op() { return intern_atom("<-"); }

// The bits one element of a bitstring generator takes when every segment's
// size is a literal (`c`, `c::16`, `x::size(4)-unit(8)`, `f::float`,
// `b::binary-size(2)`, "lit"); -1 otherwise.
std::int64_t static_bits(const std::vector<Term>& segments) {
  std::int64_t total = 0;
  for (Term seg : segments) {
    Term value = seg, spec = Term::none();
    if (q::is_call(seg, atoms::type_op, 2)) {
      std::vector<Term> st = q::list_items(q::node_args(seg));
      value = st[0];
      spec = st[1];
    }
    if (value.is_binary() && spec.is_none()) {
      total += 8 * static_cast<std::int64_t>(value.binary_size());
      continue;
    }
    std::string type = value.is_float() ? "float" : "integer";
    std::int64_t size = -1, unit = -1;
    std::vector<Term> pending{};
    if (!spec.is_none()) pending.push_back(spec);
    while (!pending.empty()) {
      Term t = pending.back();
      pending.pop_back();
      if (q::is_call(t, intern_atom("-"), 2)) {
        for (Term part : q::list_items(q::node_args(t))) pending.push_back(part);
      } else if (t.is_small()) {
        size = t.small_value();
      } else if (q::is_call(t, intern_atom("size"), 1)) {
        Term n = q::list_items(q::node_args(t))[0];
        if (!n.is_small()) return -1;
        size = n.small_value();
      } else if (q::is_call(t, intern_atom("unit"), 1)) {
        Term n = q::list_items(q::node_args(t))[0];
        if (!n.is_small()) return -1;
        unit = n.small_value();
      } else if (q::is_var(t)) {
        std::string_view name = atom_text(q::node_head(t));
        if (name == "integer" || name == "float" || name == "binary" || name == "bytes" || name == "bits" ||
            name == "bitstring" || name == "utf8" || name == "utf16" || name == "utf32")
          type = name;
      } else {
        return -1;
      }
    }
    if (type == "utf8" || type == "utf16" || type == "utf32") return -1;
    if (size < 0) {
      if (type == "integer") size = 8;
      else if (type == "float") size = 64;
      else return -1;
    }
    if (unit < 0) unit = (type == "binary" || type == "bytes") ? 8 : 1;
    total += size * unit;
  }
  return total;
}

}  // namespace

Term Expander::expand_for(Term meta, const std::vector<Term>& args) {
  ForPlan plan;
  plan.meta = meta;
  Term into = Term::none(), uniq = Term::none(), reduce = Term::none();
  bool has_body = false;
  for (Term a : args) {
    if (!(q::is_keyword(a) && !a.is_nil())) {
      plan.parts.push_back(a);
      continue;
    }
    for (Term pair : q::list_items(a)) {
      std::string_view key = atom_text(pair.element(0));
      Term value = pair.element(1);
      if (key == "do") {
        plan.body = value;
        has_body = true;
      } else if (key == "into") {
        into = value;
      } else if (key == "uniq") {
        uniq = value;
      } else if (key == "reduce") {
        reduce = value;
        plan.reduce = true;
      } else {
        error_ = message(Msg::for_unknown_option, key);
        return Term::none();
      }
    }
  }
  if (plan.reduce && (!into.is_none() || !uniq.is_none())) {
    error_ = message(Msg::for_reduce_into);
    return Term::none();
  }
  if (!has_body) {
    error_ = message(Msg::for_missing_do);
    return Term::none();
  }
  auto is_generator = [&](Term p) {
    if (q::is_call(p, arrow_op(), 2)) return true;
    if (!q::is_call(p, atoms::bin)) return false;
    std::vector<Term> segs = q::list_items(q::node_args(p));
    return !segs.empty() && q::is_call(segs.back(), arrow_op(), 2);
  };
  if (plan.parts.empty() || !is_generator(plan.parts[0])) {
    error_ = message(Msg::for_no_generator);
    return Term::none();
  }
  if (plan.reduce) {
    // The do block must be `acc -> ...` clauses of one argument each.
    bool clauses = plan.body.is_list() && !plan.body.is_nil();
    for (Term c : q::list_items(plan.body.is_list() ? plan.body : Term::nil())) {
      if (!q::is_call(c, atoms::arrow, 2)) clauses = false;
      else if (list_length(q::list_items(q::node_args(c))[0]) != 1) clauses = false;
    }
    if (!clauses) {
      error_ = message(Msg::for_reduce_clauses);
      return Term::none();
    }
  }
  plan.into_bits = into.is_bitstring();

  // Options are evaluated before the generators, into: first.
  std::vector<Term> block;
  Term into_var = fresh_var(meta), uniq_var = fresh_var(meta);
  bool collect = !plan.reduce && (!into.is_none() || !uniq.is_none());
  if (collect) {
    block.push_back(q::call(heap_, atoms::match_op, meta, {into_var, into.is_none() ? Term::nil() : into}));
    block.push_back(q::call(heap_, atoms::match_op, meta, {uniq_var, uniq.is_none() ? atoms::false_ : uniq}));
  }
  Term init = plan.reduce ? reduce : Term::nil();
  Term acc = fresh_var(meta);
  block.push_back(q::call(heap_, atoms::match_op, meta, {acc, init}));
  Term result = for_level(plan, 0, acc);
  if (result.is_none()) return result;
  if (plan.reduce) {
    block.push_back(result);
  } else if (collect) {
    // Enum.__for_collect__/3: vial:for_collect/3 for lists, bitstrings and
    // maps, the Collectable protocol for anything else (stdlib/enum.ex).
    block.push_back(q::remote(heap_, intern_atom("Elixir.Enum"), intern_atom("__for_collect__"), meta,
                              {into_var, result, uniq_var}));
  } else {
    block.push_back(q::remote(heap_, intern_atom("lists"), intern_atom("reverse"), meta, {result}));
  }
  return q::call(heap_, atoms::__block__, meta, block);
}

// The expression that runs parts[i..] (and the body) from accumulator `acc`
// and gives the new accumulator.
Term Expander::for_level(const ForPlan& plan, std::size_t i, Term acc) {
  if (i == plan.parts.size()) return for_step(plan, acc);
  Term part = plan.parts[i];
  if (q::is_call(part, arrow_op(), 2)) return for_list_generator(plan, i, acc);
  if (q::is_call(part, atoms::bin)) {
    std::vector<Term> segs = q::list_items(q::node_args(part));
    if (!segs.empty() && q::is_call(segs.back(), arrow_op(), 2)) return for_bits_generator(plan, i, acc);
  }
  // A filter: the rest runs only when it is truthy.
  Term rest = for_level(plan, i + 1, acc);
  if (rest.is_none()) return rest;
  Term kw = q::list(heap_, {q::pair(heap_, atoms::do_, rest), q::pair(heap_, atoms::else_, acc)});
  return q::call(heap_, intern_atom("if"), plan.meta, {part, kw});
}

// The innermost step: the body's value joins the accumulator.
Term Expander::for_step(const ForPlan& plan, Term acc) {
  Term meta = plan.meta;
  if (plan.reduce) return make_case(meta, acc, q::list_items(plan.body));
  if (plan.into_bits) {
    // into: "..." takes bitstrings only, each checked as it is made.
    Term x = fresh_var(meta), y = fresh_var(meta);
    Term ok = q::list(heap_, {q::call(heap_, atoms::cons_op, meta, {x, acc})});
    Term is_bits = q::remote(heap_, atoms::erlang, intern_atom("is_bitstring"), meta, {x});
    Term reason = q::node(heap_, atoms::tuple_op, meta, q::list(heap_, {atoms::badarg, y}));
    Term bad = q::remote(heap_, atoms::erlang, atoms::error, meta, {reason});
    return make_case(meta, plan.body, {guarded_clause(meta, x, is_bits, ok), clause(meta, y, bad)});
  }
  return q::list(heap_, {q::call(heap_, atoms::cons_op, meta, {plan.body, acc})});
}

Term Expander::for_list_generator(const ForPlan& plan, std::size_t i, Term acc) {
  Term meta = plan.meta;
  std::vector<Term> gen = q::list_items(q::node_args(plan.parts[i]));
  Term pattern = gen[0], source = gen[1], guard = Term::none();
  if (q::is_call(pattern, atoms::when, 2)) {
    std::vector<Term> w = q::list_items(q::node_args(pattern));
    pattern = w[0];
    guard = w[1];
  }
  Term loop = fresh_var(meta), acc_in = fresh_var(meta);
  Term inner = for_level(plan, i + 1, acc_in);
  if (inner.is_none()) return inner;
  Term underscore = q::var(heap_, intern_atom("_"), meta, atoms::nil);
  auto call_loop = [&](std::vector<Term> args) { return loop_call(meta, loop, std::move(args)); };
  auto fn_clause = [&](std::vector<Term> params, Term when, Term result) {
    return fn_arrow(meta, std::move(params), when, result);
  };
  Term item = fresh_var(meta);
  Term matched = make_case(meta, item,
                           {guard.is_none() ? clause(meta, pattern, inner) : guarded_clause(meta, pattern, guard, inner),
                            clause(meta, underscore, acc_in)});
  auto erl = [&](const char* f, std::vector<Term> args) {
    return q::remote(heap_, atoms::erlang, intern_atom(f), meta, args);
  };
  if (q::is_call(source, intern_atom(".."), 2)) {
    // first..last counts by 1 from first toward last.
    std::vector<Term> bounds = q::list_items(q::node_args(source));
    Term last = fresh_var(meta), step = fresh_var(meta);
    Term zero = Term::small(0);
    Term done = erl("orelse", {erl("andalso", {erl(">", {step, zero}), erl(">", {item, last})}),
                               erl("andalso", {erl("<", {step, zero}), erl("<", {item, last})})});
    Term fn = q::call(heap_, atoms::fn, meta,
                      {fn_clause({underscore, item, last, step, acc_in}, done, acc_in),
                       fn_clause({loop, item, last, step, acc_in}, Term::none(),
                                 call_loop({erl("+", {item, step}), last, step, matched}))});
    Term first = fresh_var(meta), stop = fresh_var(meta);
    Term direction = q::call(heap_, intern_atom("if"), meta,
                             {erl("=<", {first, stop}), q::list(heap_, {q::pair(heap_, atoms::do_, Term::small(1)),
                                                                        q::pair(heap_, atoms::else_, Term::small(-1))})});
    return q::call(heap_, atoms::__block__, meta,
                   {q::call(heap_, atoms::match_op, meta, {loop, fn}),
                    q::call(heap_, atoms::match_op, meta, {first, bounds[0]}),
                    q::call(heap_, atoms::match_op, meta, {stop, bounds[1]}), call_loop({first, stop, direction, acc})});
  }
  Term rest = fresh_var(meta), other = fresh_var(meta);
  Term cons = q::list(heap_, {q::call(heap_, atoms::cons_op, meta, {item, rest})});
  // Anything else (a range in a variable, a struct, a map) is turned into a
  // list by Enum.to_list/1, which raises Protocol.UndefinedError for what is
  // not enumerable.
  Term fn = q::call(heap_, atoms::fn, meta,
                    {fn_clause({loop, cons, acc_in}, Term::none(), call_loop({rest, matched})),
                     fn_clause({underscore, Term::nil(), acc_in}, Term::none(), acc_in),
                     fn_clause({loop, other, acc_in}, Term::none(),
                               call_loop({q::remote(heap_, intern_atom("Elixir.Enum"), intern_atom("to_list"), meta, {other}), acc_in}))});
  return q::call(heap_, atoms::__block__, meta, {q::call(heap_, atoms::match_op, meta, {loop, fn}), call_loop({source, acc})});
}

Term Expander::for_bits_generator(const ForPlan& plan, std::size_t i, Term acc) {
  Term meta = plan.meta;
  std::vector<Term> segs = q::list_items(q::node_args(plan.parts[i]));
  std::vector<Term> gen = q::list_items(q::node_args(segs.back()));
  segs.back() = gen[0];
  Term source = gen[1];
  Term loop = fresh_var(meta), acc_in = fresh_var(meta), rest = fresh_var(meta), other = fresh_var(meta);
  Term inner = for_level(plan, i + 1, acc_in);
  if (inner.is_none()) return inner;
  Term underscore = q::var(heap_, intern_atom("_"), meta, atoms::nil);
  Term bits = q::var(heap_, intern_atom("bits"), meta, atoms::nil);
  auto call_loop = [&](std::vector<Term> args) { return loop_call(meta, loop, std::move(args)); };
  auto fn_clause = [&](std::vector<Term> params, Term when, Term result) {
    return fn_arrow(meta, std::move(params), when, result);
  };
  auto erl = [&](const char* f, std::vector<Term> args) {
    return q::remote(heap_, atoms::erlang, intern_atom(f), meta, args);
  };
  std::vector<Term> with_rest = segs;
  with_rest.push_back(q::call(heap_, atoms::type_op, meta, {rest, bits}));
  std::vector<Term> clauses;
  clauses.push_back(fn_clause({loop, q::call(heap_, atoms::bin, meta, with_rest), acc_in}, Term::none(),
                              call_loop({rest, inner})));
  std::int64_t n = static_bits(segs);
  if (n > 0) {
    // An element of known size that does not match is skipped.
    Term skip = q::call(heap_, atoms::bin, meta,
                        {q::call(heap_, atoms::type_op, meta, {underscore, q::call(heap_, intern_atom("size"), meta, {Term::small(n)})}),
                         q::call(heap_, atoms::type_op, meta, {rest, bits})});
    clauses.push_back(fn_clause({loop, skip, acc_in}, Term::none(), call_loop({rest, acc_in})));
  }
  clauses.push_back(fn_clause({underscore, other, acc_in}, erl("is_bitstring", {other}), acc_in));
  clauses.push_back(fn_clause({underscore, other, underscore}, Term::none(),
                              erl("error", {q::node(heap_, atoms::tuple_op, meta,
                                                    q::list(heap_, {intern_atom("bad_generator"), other}))})));
  Term fn = q::call(heap_, atoms::fn, meta, clauses);
  return q::call(heap_, atoms::__block__, meta, {q::call(heap_, atoms::match_op, meta, {loop, fn}), call_loop({source, acc})});
}

// loop.(loop, args...): a comprehension loop calls itself through the fn it
// is bound to.
Term Expander::loop_call(Term meta, Term loop, std::vector<Term> args) {
  args.insert(args.begin(), loop);
  return q::node(heap_, q::call(heap_, atoms::dot, meta, {loop}), meta, q::list(heap_, args));
}

// One clause of a multi-argument fn: `params -> result`, or
// `params when guard -> result` when `when` is not none.
Term Expander::fn_arrow(Term meta, std::vector<Term> params, Term when, Term result) {
  Term head = q::list(heap_, params);
  if (!when.is_none()) {
    params.push_back(when);
    head = q::list(heap_, {q::call(heap_, atoms::when, meta, params)});
  }
  return q::call(heap_, atoms::arrow, meta, {head, result});
}

}  // namespace vial
