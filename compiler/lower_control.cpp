// Lowering of the control-flow special forms: cond, fn (closure
// conversion), try, receive, with.
#include "compiler/lowerer.h"
#include "vm/printer.h"

namespace vial::lowering {

// cond do c1 -> b1; rest end  =>
//   case c1 do x when x === false or x === nil -> (cond of rest); _ -> b1 end
// and no clause left raises CondClauseError. Variables bound in a condition
// are visible in its body only.
ExprPtr Lowerer::cond_expr(const std::vector<Term>& clauses, std::size_t i, int line) {
  if (i == clauses.size()) {
    std::vector<ExprPtr> a;
    a.push_back(lit(atoms::cond_clause, line));
    return remote(atoms::erlang, atoms::error, std::move(a), line);
  }
  Term arrow = clauses[i];
  int cline = q::line_of(arrow);
  if (!q::is_call(arrow, atoms::arrow, 2)) fail(cline, message(Msg::unsupported, "this cond clause"));
  std::vector<Term> parts = q::list_items(q::node_args(arrow));
  std::vector<Term> conds = q::list_items(parts[0]);
  if (conds.size() != 1) fail(cline, message(Msg::unsupported, "this cond clause"));
  Scope saved = scope_;
  ExprPtr condition, body;
  {
    Block block(*this);
    condition = expr(conds[0]);
    body = expr(parts[1]);
  }
  scope_ = saved;
  if (condition->kind == Expr::kLit && condition->lit != atoms::false_ && condition->lit != atoms::nil)
    return body;  // `true -> ...` and other truthy literals always match
  ExprPtr rest = cond_expr(clauses, i + 1, line);
  auto e = make(Expr::kCase, cline);
  e->args.push_back(std::move(condition));
  ir::Clause falsy;
  falsy.line = cline;
  auto p = std::make_unique<Pat>();
  p->kind = Pat::kBind;
  p->var = new_var(intern_atom("cond"));
  int v = p->var;
  falsy.pats.push_back(std::move(p));
  std::vector<ExprPtr> is_false, is_nil, either;
  is_false.push_back(var_ref(v, cline));
  is_false.push_back(lit(atoms::false_, cline));
  is_nil.push_back(var_ref(v, cline));
  is_nil.push_back(lit(atoms::nil, cline));
  either.push_back(remote(atoms::erlang, intern_atom("=:="), std::move(is_false), cline));
  either.push_back(remote(atoms::erlang, intern_atom("=:="), std::move(is_nil), cline));
  falsy.guard = remote(atoms::erlang, atoms::orelse, std::move(either), cline);
  falsy.body = std::move(rest);
  ir::Clause truthy;
  truthy.line = cline;
  truthy.pats.push_back(std::make_unique<Pat>());  // _
  truthy.body = std::move(body);
  e->clauses.push_back(std::move(falsy));
  e->clauses.push_back(std::move(truthy));
  return e;
}

// fn p1, p2 when g -> body; ... end: the clauses become a local function
// "-outer/arity-fun-N-" of the fn's arguments followed by the variables it
// captures (closure conversion); the expression makes a closure of it.
ExprPtr Lowerer::fn_expr(Term form, int line) {
  if (!lifted_) fail(line, message(Msg::unsupported, "fn here"));
  std::vector<Term> arrows = q::list_items(q::node_args(form));
  int arity = -1;
  ir::Function lifted;
  lifted.exported = false;
  lifted.line = line;
  outer_.push_back(Context{fn_, scope_, std::move(captures_)});
  fn_ = &lifted;
  captures_.clear();
  bool capture = false;
  for (Term arrow : arrows) {
    int cline = q::line_of(arrow);
    if (!q::is_call(arrow, atoms::arrow, 2)) fail(cline, message(Msg::unsupported, "this fn clause"));
    std::vector<Term> parts = q::list_items(q::node_args(arrow));
    std::vector<Term> params = q::list_items(parts[0]);
    Term guard = Term::none();
    if (params.size() == 1 && q::is_call(params[0], atoms::when)) {
      // fn a, b when g -> ...: the `when` holds the parameters and the guard.
      std::vector<Term> w = q::list_items(q::node_args(params[0]));
      guard = w.back();
      w.pop_back();
      params = w;
    }
    if (arity >= 0 && static_cast<int>(params.size()) != arity)
      fail(cline, message(Msg::fn_arity_mismatch));
    arity = static_cast<int>(params.size());
    // expand_capture's parameters: capture1, capture2, ... of its own context.
    capture = arrows.size() == 1 && guard.is_none();
    for (std::size_t i = 0; i < params.size() && capture; ++i)
      capture = q::is_var(params[i]) && q::node_args(params[i]) == intern_atom("vial_expand") &&
                q::node_head(params[i]) == intern_atom("capture" + std::to_string(i + 1));
    scope_.clear();
    lifted.clauses.push_back(function_clause(make_list(heap_, params), guard, parts[1], cline));
  }
  ExprPtr direct;
  if (capture && captures_.empty()) {
    // The name the capture names (&name/N, &Mod.name/N): a macro that
    // expanded into a call of another name (&to_string/1) stays a closure.
    Term name = Term::none();
    for (Term m = q::node_meta(arrows[0]); m.is_cons(); m = m.tail())
      if (m.head().is_tuple() && m.head().tuple_arity() == 2 && m.head().element(0) == intern_atom("vial_capture"))
        name = m.head().element(1);
    if (name.is_atom()) direct = capture_as_fun(lifted.clauses[0], name, line);
  }
  // The captured variables are the lifted function's last arguments, bound
  // in every clause.
  for (auto& c : lifted.clauses)
    for (const Capture& cap : captures_) {
      auto p = std::make_unique<Pat>();
      p->kind = Pat::kBind;
      p->var = cap.inner;
      c.pats.push_back(std::move(p));
    }
  std::vector<Capture> captures = std::move(captures_);
  Context up = std::move(outer_.back());
  outer_.pop_back();
  fn_ = up.fn;
  scope_ = std::move(up.scope);
  captures_ = std::move(up.captures);
  if (direct) return direct;
  // Named after the enclosing named function, as Elixir names them, however
  // deeply the fn is nested; numbered once its own fns are.
  ir::Function* named = outer_.empty() ? fn_ : outer_.front().fn;
  int& counter = fun_counters_[{named->name.raw(), named->arity}];
  std::string name = "-";
  name += atom_text(named->name);
  name += '/';
  name += std::to_string(named->arity);
  name += "-fun-";
  name += std::to_string(counter++);
  name += '-';
  lifted.name = intern_atom(name);
  lifted.fun_arity = arity;
  lifted.arity = static_cast<std::uint32_t>(arity + static_cast<int>(captures.size()));
  auto e = make(Expr::kFun, line);
  e->function = lifted.name;
  e->lit = Term::small(arity);
  for (const Capture& cap : captures) e->args.push_back(var_ref(cap.outer, line));
  lifted_->push_back(std::move(lifted));
  return e;
}

// Elixir keeps &Mod.name/N as an external fun and &name/N of a function of
// the module as a fun of that function: when the capture's body is a call
// of exactly its parameters in order, the fun is made of the callee.
ExprPtr Lowerer::capture_as_fun(const ir::Clause& c, Term name, int line) {
  const Expr* body = c.body.get();
  while (body->kind == Expr::kBlock && body->args.size() == 1) body = body->args[0].get();
  // __MODULE__.name(...) is an apply of a literal module.
  std::size_t first = 0;
  Term module = body->module;
  if (body->kind == Expr::kApply) {
    if (body->args.empty() || body->args[0]->kind != Expr::kLit || !body->args[0]->lit.is_atom()) return nullptr;
    module = body->args[0]->lit;
    first = 1;
  } else if (body->kind != Expr::kRemoteCall && body->kind != Expr::kLocalCall) {
    return nullptr;
  }
  if (body->function != name || body->args.size() - first != c.pats.size()) return nullptr;
  for (std::size_t i = 0; i < c.pats.size(); ++i) {
    const Expr& a = *body->args[first + i];
    if (c.pats[i]->kind != Pat::kBind || a.kind != Expr::kVar || a.var != c.pats[i]->var) return nullptr;
  }
  auto n = static_cast<std::int64_t>(c.pats.size());
  if (body->kind != Expr::kLocalCall) {
    if (!module.is_atom() || !body->function.is_atom()) return nullptr;
    // Kernel's to_string/1 and to_charlist/1 are macros (calling the
    // protocols): Elixir captures them as closures.
    if (module == atoms::Elixir_String_Chars || module == intern_atom("Elixir.List.Chars")) return nullptr;
    auto e = make(Expr::kExtFun, line);
    e->module = module;
    e->function = body->function;
    e->lit = Term::small(n);
    return e;
  }
  auto e = make(Expr::kFun, line);
  e->function = body->function;
  e->lit = Term::small(n);
  return e;
}

// try do body catch ... rescue ... else ... after ... end. Handlers match
// {kind, reason}: `catch pattern` is a throw, `catch kind, pattern` any kind,
// `rescue` an error by its Elixir exception module.
ExprPtr Lowerer::try_expr(Term kw, int line) {
  auto e = make(Expr::kTry, line);
  Term body = q::keyword_get(kw, atoms::do_);
  if (body.is_none()) fail(line, message(Msg::unsupported, "try without do"));
  Scope saved = scope_;
  {
    Block block(*this);
    e->args.push_back(expr(body));
  }
  scope_ = saved;
  for (Term item : q::list_items(kw)) {
    Term key = item.element(0), value = item.element(1);
    std::string_view k = atom_text(key);
    if (k == "do") continue;
    if (k == "after") {
      Block block(*this);
      e->after = expr(value);
      scope_ = saved;
      continue;
    }
    if (!value.is_list()) fail(line, message(Msg::unsupported, "this try block"));
    for (Term arrow : q::list_items(value)) {
      if (k == "catch" || k == "rescue") e->clauses.push_back(handler_clause(arrow, k == "rescue"));
      else if (k == "else") e->else_clauses.push_back(case_clause(arrow));
      else fail(line, message(Msg::unsupported, "try's " + std::string(k)));
    }
  }
  if (e->clauses.empty() && !e->after) fail(line, message(Msg::try_without_handlers));
  return e;
}

// receive do clauses after timeout -> body end (docs/compiler.md, "receive"):
// the clauses are case clauses matched against each message in turn; the
// timeout is evaluated once, in the after clause's scope (its variables are
// visible in the after body only). The checks and messages are
// elixir_clauses.erl's.
ExprPtr Lowerer::receive_expr(const std::vector<Term>& args, int line) {
  if (args.size() != 1 || !args[0].is_list() || !q::is_keyword(args[0]))
    fail(line, message(Msg::receive_invalid_args));
  std::vector<Term> opts = q::list_items(args[0]);
  if (opts.empty()) fail(line, message(Msg::receive_missing_option));
  bool seen_do = false, seen_after = false;
  for (Term item : opts) {
    Term key = item.element(0);
    bool& seen = key == atoms::do_ ? seen_do : seen_after;
    if ((key != atoms::do_ && key != intern_atom("after")) || seen)
      fail(line, message(Msg::receive_unexpected_option, inspect(key)));
    seen = true;
  }
  auto e = make(Expr::kReceive, line);
  for (Term item : opts) {
    Term key = item.element(0), value = item.element(1);
    if (key == atoms::do_) {
      if (q::is_call(value, atoms::__block__) && q::node_args(value).is_nil()) continue;  // do end
      if (!value.is_list()) fail(line, message(Msg::receive_bad_clauses, "do"));
      for (Term arrow : q::list_items(value))
        if (!q::is_call(arrow, atoms::arrow, 2)) fail(line, message(Msg::receive_bad_clauses, "do"));
      for (Term arrow : q::list_items(value)) e->clauses.push_back(receive_clause(arrow, line));
      continue;
    }
    if (!value.is_list() || q::list_items(value).size() != 1) fail(line, message(Msg::receive_single_after));
    Term arrow = q::list_items(value)[0];
    if (!q::is_call(arrow, atoms::arrow, 2)) fail(line, message(Msg::receive_bad_clauses, "after"));
    std::vector<Term> parts = q::list_items(q::node_args(arrow));
    std::vector<Term> heads = parts[0].is_list() ? q::list_items(parts[0]) : std::vector<Term>{};
    if (heads.size() != 1) fail(line, message(Msg::receive_clause_arity, "after"));
    Scope saved = scope_;
    {
      Block block(*this);
      e->args.push_back(expr(heads[0]));
      e->after = expr(parts[1]);
    }
    scope_ = std::move(saved);
  }
  return e;
}

// One clause of a receive's do block: one pattern (with a guard or not).
ir::Clause Lowerer::receive_clause(Term arrow, int line) {
  std::vector<Term> parts = q::list_items(q::node_args(arrow));
  std::vector<Term> heads = parts[0].is_list() ? q::list_items(parts[0]) : std::vector<Term>{};
  std::size_t n = heads.size();
  if (n == 1 && q::is_call(heads[0], atoms::when)) n = q::list_items(q::node_args(heads[0])).size() - 1;
  if (n != 1) fail(line, message(Msg::receive_clause_arity, "do"));
  return case_clause(arrow);
}

// with p1 <- e1, x = e2, p3 when g <- e3 do body else clauses end lowers to
// nested cases: each `<-` that does not match hands its value to the else
// clauses (lowered in the scope outside the with; WithClauseError when none
// matches), or returns it when there are none.
ExprPtr Lowerer::with_expr(const std::vector<Term>& args, int line) {
  Term kw = args.back();
  Term body = q::keyword_get(kw, atoms::do_);
  if (body.is_none()) fail(line, message(Msg::unsupported, "with without do"));
  Term else_clauses = q::keyword_get(kw, atoms::else_);
  std::vector<Term> clauses(args.begin(), args.end() - 1);
  Scope outer = scope_;
  Block block(*this);
  ExprPtr e = with_rest(clauses, 0, body, else_clauses, outer, line);
  scope_ = std::move(outer);
  return e;
}

ExprPtr Lowerer::with_rest(const std::vector<Term>& clauses, std::size_t i, Term body, Term else_clauses,
                           const Scope& outer, int line) {
  if (i == clauses.size()) return expr(body);
  Term c = clauses[i];
  int cline = q::line_of(c);
  if (!q::is_call(c, intern_atom("<-"), 2)) {
    // A bare expression (including `x = e`, which raises MatchError) runs
    // in sequence with the rest.
    auto block = make(Expr::kBlock, cline);
    block->args.push_back(expr(c));
    block->args.push_back(with_rest(clauses, i + 1, body, else_clauses, outer, line));
    return block;
  }
  std::vector<Term> parts = q::list_items(q::node_args(c));
  Term head = parts[0], guard = Term::none();
  if (q::is_call(head, atoms::when, 2)) {
    std::vector<Term> w = q::list_items(q::node_args(head));
    head = w[0];
    guard = w[1];
  }
  auto e = make(Expr::kCase, cline);
  e->args.push_back(expr(parts[1]));
  Scope saved = scope_;
  ir::Clause matched;
  matched.line = cline;
  Scope bound;
  matched.pats.push_back(pattern(head, bound));
  merge(bound);
  if (!guard.is_none()) matched.guard = lower_guard(guard);
  matched.body = with_rest(clauses, i + 1, body, else_clauses, outer, line);
  e->clauses.push_back(std::move(matched));
  // Anything else: the else clauses, in the scope outside the with.
  scope_ = outer;
  ir::Clause other;
  other.line = cline;
  auto p = std::make_unique<Pat>();
  p->kind = Pat::kBind;
  p->var = new_var(intern_atom("with"));
  int v = p->var;
  other.pats.push_back(std::move(p));
  if (else_clauses.is_none()) {
    other.body = var_ref(v, cline);
  } else {
    if (!else_clauses.is_list()) fail(line, message(Msg::unsupported, "this with else"));
    auto handler = make(Expr::kCase, cline);
    handler->args.push_back(var_ref(v, cline));
    for (Term arrow : q::list_items(else_clauses)) handler->clauses.push_back(case_clause(arrow));
    ir::Clause none;
    none.line = cline;
    auto w = std::make_unique<Pat>();
    w->kind = Pat::kBind;
    w->var = new_var(intern_atom("with"));
    int u = w->var;
    none.pats.push_back(std::move(w));
    auto reason = make(Expr::kTuple, cline);
    reason->args.push_back(lit(atoms::with_clause, cline));
    reason->args.push_back(var_ref(u, cline));
    std::vector<ExprPtr> a;
    a.push_back(std::move(reason));
    none.body = remote(atoms::erlang, atoms::error, std::move(a), cline);
    handler->clauses.push_back(std::move(none));
    other.body = std::move(handler);
  }
  e->clauses.push_back(std::move(other));
  scope_ = std::move(saved);
  return e;
}

ir::Clause Lowerer::handler_clause(Term arrow, bool rescue) {
  int line = q::line_of(arrow);
  if (!q::is_call(arrow, atoms::arrow, 2)) fail(line, message(Msg::unsupported, "this clause"));
  std::vector<Term> parts = q::list_items(q::node_args(arrow));
  std::vector<Term> heads = q::list_items(parts[0]);
  Term guard = Term::none();
  if (heads.size() == 1 && q::is_call(heads[0], atoms::when)) {
    std::vector<Term> w = q::list_items(q::node_args(heads[0]));
    guard = w.back();
    w.pop_back();
    heads = w;
  }
  Scope saved = scope_;
  ir::Clause c;
  c.line = line;
  Scope bound;
  Term bind = Term::none();  // `e` of `rescue e ->` / `rescue e in [...] ->`
  int reason = -1;
  if (rescue) {
    // rescue Mod -> / rescue [A, B] -> / rescue e -> / rescue e in A -> /
    // rescue e in [A, B] ->: an error whose exception module (the struct's,
    // or the one its Erlang term normalises to) is listed; `e` is bound to
    // the exception struct (vial:normalize/1, Exception.normalize/3).
    if (heads.size() != 1) fail(line, message(Msg::unsupported, "this rescue clause"));
    c.rescue = true;
    Term h = heads[0];
    Term mods = Term::none();
    if (q::is_call(h, intern_atom("in"), 2)) {
      std::vector<Term> in = q::list_items(q::node_args(h));
      if (!q::is_var(in[0])) fail(line, message(Msg::unsupported, "this rescue clause"));
      bind = in[0];
      mods = in[1];
    } else if (q::is_var(h)) {
      bind = h;
      mods = Term::nil();
    } else if (q::is_call(h, atoms::__aliases__) || h.is_list()) {
      mods = h;
    } else {
      fail(line, message(Msg::unsupported, "this rescue clause"));
    }
    if (!bind.is_none() && atom_text(q::node_head(bind))[0] == '_') bind = Term::none();
    std::vector<Term> list = mods.is_list() ? q::list_items(mods) : std::vector<Term>{mods};
    for (Term m : list) {
      if (!q::is_call(m, atoms::__aliases__)) fail(line, message(Msg::unsupported, "this rescue clause"));
      c.rescue_modules.push_back(alias_atom(m));
    }
    auto kind = std::make_unique<Pat>();
    kind->kind = Pat::kLit;
    kind->lit = atoms::error;
    c.pats.push_back(std::move(kind));
    auto r = std::make_unique<Pat>();
    if (!bind.is_none()) {
      r->kind = Pat::kBind;
      r->var = reason = new_var(intern_atom("reason"));
    }
    c.pats.push_back(std::move(r));
  } else {
    if (heads.size() == 1) {
      auto kind = std::make_unique<Pat>();
      kind->kind = Pat::kLit;
      kind->lit = atoms::throw_;
      c.pats.push_back(std::move(kind));
      c.pats.push_back(pattern(heads[0], bound));
    } else if (heads.size() == 2) {
      c.pats.push_back(pattern(heads[0], bound));
      c.pats.push_back(pattern(heads[1], bound));
    } else {
      fail(line, message(Msg::unsupported, "this catch clause"));
    }
  }
  ExprPtr normalized;
  if (!bind.is_none()) {
    auto m = make(Expr::kMatch, line);
    std::vector<ExprPtr> a;
    a.push_back(var_ref(reason, line));
    m->args.push_back(remote(atoms::vial, intern_atom("normalize"), std::move(a), line));
    m->pat = pattern(bind, bound);
    normalized = std::move(m);
  }
  merge(bound);
  if (!guard.is_none()) c.guard = lower_guard(guard);
  {
    Block block(*this);
    c.body = expr(parts[1]);
  }
  if (normalized) {
    auto block = make(Expr::kBlock, line);
    block->args.push_back(std::move(normalized));
    block->args.push_back(std::move(c.body));
    c.body = std::move(block);
  }
  scope_ = std::move(saved);
  return c;
}

ExprPtr Lowerer::call_fun_expr(Term fun, Term args, int line) {
  auto e = make(Expr::kCallFun, line);
  e->args.push_back(expr(fun));
  for (Term a : q::list_items(args)) e->args.push_back(expr(a));
  return e;
}

}  // namespace vial::lowering
