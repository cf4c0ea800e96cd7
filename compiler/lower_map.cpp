// Lowering of maps: literals %{k => v, a: 1}, updates %{m | k => v}, map
// patterns and map.key (docs/compiler.md).
#include "compiler/lowerer.h"
#include "vm/map.h"

namespace vial {
namespace lowering {

// %{k => v, ...} builds the map from its pairs, evaluated in order
// (:maps.from_list/1; the last of equal keys wins); a map of literals is one
// literal. %{m | k => v} replaces existing keys (vial:map_update/2: KeyError
// for a missing key, BadMapError for a non-map).
ExprPtr Lowerer::map_expr(Term items_t, int line) {
  std::vector<Term> items = q::list_items(items_t);
  if (items.size() == 1 && q::is_call(items[0], atoms::cons_op, 2)) {
    std::vector<Term> bar = q::list_items(q::node_args(items[0]));
    if (!bar[1].is_list()) fail(line, message(Msg::unsupported, "this map update"));
    for (Term kv : q::list_items(bar[1]))
      if (!kv.is_tuple() || kv.tuple_arity() != 2) fail(line, message(Msg::unsupported, "this map update"));
    std::vector<ExprPtr> args;
    args.push_back(expr(bar[0]));
    args.push_back(expr(bar[1]));
    return remote(atoms::vial, intern_atom("map_update"), std::move(args), line);
  }
  for (Term kv : items)
    if (!kv.is_tuple() || kv.tuple_arity() != 2) fail(line, message(Msg::unsupported, "this map"));
  ExprPtr pairs = expr(items_t);
  if (pairs->kind == Expr::kLit) {
    MapItems literal;
    for (Term kv : q::list_items(pairs->lit)) literal.emplace_back(kv.element(0), kv.element(1));
    return lit(map_from_items(heap_, std::move(literal)), line);
  }
  std::vector<ExprPtr> args;
  args.push_back(std::move(pairs));
  return remote(atoms::maps, intern_atom("from_list"), std::move(args), line);
}

// %{k => p, ...} in a pattern: a map with at least these keys. A key is a
// literal or a pinned variable.
PatPtr Lowerer::map_pattern(const std::vector<Term>& items, Scope& bound, int line) {
  auto p = std::make_unique<Pat>();
  p->kind = Pat::kMap;
  for (Term kv : items) {
    if (!kv.is_tuple() || kv.tuple_arity() != 2) fail(line, message(Msg::unsupported, "this map pattern"));
    Term k = kv.element(0);
    auto key = std::make_unique<Pat>();
    if (q::is_call(k, intern_atom("^"), 1) && q::is_var(q::list_items(q::node_args(k))[0])) {
      Term v = q::list_items(q::node_args(k))[0];
      int found = lookup({q::node_head(v).raw(), q::node_args(v).raw()}, q::node_head(v));
      if (found < 0) fail(line, message(Msg::undefined_pinned, atom_text(q::node_head(v))));
      key->kind = Pat::kCheck;
      key->var = found;
    } else {
      ExprPtr ke = expr(k);
      if (ke->kind != Expr::kLit) fail(line, message(Msg::illegal_map_key));
      key->kind = Pat::kLit;
      key->lit = ke->lit;
    }
    p->elems.push_back(std::move(key));
    p->elems.push_back(pattern(kv.element(1), bound));
  }
  return p;
}

// subject.key, as Elixir compiles it:
//   case subject do
//     %{key: v} -> v
//     s when is_atom(s) -> s.key()
//     s -> :erlang.error({:badkey, :key, s})
//   end
ExprPtr Lowerer::dot_key_expr(Term subject, Term key, int line) {
  auto e = make(Expr::kCase, line);
  e->args.push_back(expr(subject));

  ir::Clause found;
  found.line = line;
  int v = new_var(key);
  auto mp = std::make_unique<Pat>();
  mp->kind = Pat::kMap;
  auto kp = std::make_unique<Pat>();
  kp->kind = Pat::kLit;
  kp->lit = key;
  auto vp = std::make_unique<Pat>();
  vp->kind = Pat::kBind;
  vp->var = v;
  mp->elems.push_back(std::move(kp));
  mp->elems.push_back(std::move(vp));
  found.pats.push_back(std::move(mp));
  found.body = var_ref(v, line);
  e->clauses.push_back(std::move(found));

  ir::Clause module_call;
  module_call.line = line;
  int s = new_var(intern_atom("subject"));
  auto sp = std::make_unique<Pat>();
  sp->kind = Pat::kBind;
  sp->var = s;
  module_call.pats.push_back(std::move(sp));
  std::vector<ExprPtr> test;
  test.push_back(var_ref(s, line));
  module_call.guard = remote(atoms::erlang, intern_atom("is_atom"), std::move(test), line);
  auto call = make(Expr::kApply, line);
  call->function = key;
  call->args.push_back(var_ref(s, line));
  module_call.body = std::move(call);
  e->clauses.push_back(std::move(module_call));

  ir::Clause missing;
  missing.line = line;
  int o = new_var(intern_atom("subject"));
  auto op = std::make_unique<Pat>();
  op->kind = Pat::kBind;
  op->var = o;
  missing.pats.push_back(std::move(op));
  auto reason = make(Expr::kTuple, line);
  reason->args.push_back(lit(atoms::badkey, line));
  reason->args.push_back(lit(key, line));
  reason->args.push_back(var_ref(o, line));
  std::vector<ExprPtr> err;
  err.push_back(std::move(reason));
  missing.body = remote(atoms::erlang, atoms::error, std::move(err), line);
  e->clauses.push_back(std::move(missing));
  return e;
}

}  // namespace lowering
}  // namespace vial
