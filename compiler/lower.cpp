#include "compiler/lower.h"

#include <map>
#include <memory>
#include <string_view>

#include "compiler/expand.h"
#include "compiler/quoted.h"
#include "vm/atom.h"
#include "vm/messages.h"
#include "vm/printer.h"

namespace vial {

namespace q = quoted;
using ir::Expr;
using ir::ExprPtr;
using ir::Pat;
using ir::PatPtr;

namespace {

// A compile error unwinds out of the recursive lowering to the entry point,
// which turns it back into a value; it never leaves this file.
struct Failure {
  CompileError error;
};

// Kernel functions that are imported into every module and inlined as calls
// of :erlang, as Elixir's compiler does (elixir_rewrite.erl).
struct KernelImport {
  std::string_view name;
  int arity;
  std::string_view module;    // "erlang" or an Elixir module
  std::string_view function;
};
constexpr KernelImport kKernelImports[] = {
    {"+", 2, "erlang", "+"},           {"-", 2, "erlang", "-"},
    {"*", 2, "erlang", "*"},           {"/", 2, "erlang", "/"},
    {"+", 1, "erlang", "+"},           {"-", 1, "erlang", "-"},
    {"==", 2, "erlang", "=="},         {"!=", 2, "erlang", "/="},
    {"===", 2, "erlang", "=:="},       {"!==", 2, "erlang", "=/="},
    {"<", 2, "erlang", "<"},           {">", 2, "erlang", ">"},
    {"<=", 2, "erlang", "=<"},         {">=", 2, "erlang", ">="},
    {"not", 1, "erlang", "not"},       {"div", 2, "erlang", "div"},
    {"rem", 2, "erlang", "rem"},       {"abs", 1, "erlang", "abs"},
    {"hd", 1, "erlang", "hd"},         {"tl", 1, "erlang", "tl"},
    {"length", 1, "erlang", "length"}, {"tuple_size", 1, "erlang", "tuple_size"},
    {"byte_size", 1, "erlang", "byte_size"},
    {"is_integer", 1, "erlang", "is_integer"}, {"is_float", 1, "erlang", "is_float"},
    {"is_number", 1, "erlang", "is_number"},   {"is_atom", 1, "erlang", "is_atom"},
    {"is_binary", 1, "erlang", "is_binary"},   {"is_list", 1, "erlang", "is_list"},
    {"is_tuple", 1, "erlang", "is_tuple"},     {"is_boolean", 1, "erlang", "is_boolean"},
    {"is_function", 1, "erlang", "is_function"}, {"is_pid", 1, "erlang", "is_pid"},
    {"max", 2, "erlang", "max"},       {"min", 2, "erlang", "min"},
    {"++", 2, "erlang", "++"},         {"throw", 1, "erlang", "throw"},
    {"exit", 1, "erlang", "exit"},     {"inspect", 1, "Elixir.Kernel", "inspect"},
    {"is_function", 2, "erlang", "is_function"},
};

const KernelImport* find_kernel_import(std::string_view name, int arity) {
  for (const auto& k : kKernelImports)
    if (k.name == name && k.arity == arity) return &k;
  return nullptr;
}

using VarKey = std::pair<Word, Word>;  // {name, context}
using Scope = std::map<VarKey, int>;

bool is_literal(Term t) { return t.is_number() || t.is_atom() || t.is_binary(); }

using AliasMap = std::map<Word, Term>;  // first segment -> full module atom

// The module an __aliases__ form names: `Foo.Bar` is Elixir.Foo.Bar unless
// Foo is an alias; `__MODULE__.Bar` extends the current module. None when a
// segment is not static.
Term expand_alias(Term form, const AliasMap* aliases, Term module) {
  std::vector<Term> parts = q::list_items(q::node_args(form));
  if (parts.empty()) return Term::none();
  std::string name;
  std::size_t from = 1;
  Term first = parts[0];
  if (q::is_var(first) && q::node_head(first) == intern_atom("__MODULE__") && module.is_atom()) {
    name = atom_text(module);
  } else if (first.is_atom()) {
    auto it = aliases ? aliases->find(first.raw()) : AliasMap::const_iterator{};
    if (aliases && it != aliases->end()) name = atom_text(it->second);
    else from = 0, name = "Elixir";
  } else {
    return Term::none();
  }
  for (std::size_t i = from; i < parts.size(); ++i) {
    if (!parts[i].is_atom()) return Term::none();
    name += ".";
    name += atom_text(parts[i]);
  }
  return intern_atom(name);
}

// Applies an `alias` directive's arguments to `aliases`; returns the last
// module aliased, or none if the form is not supported.
Term add_aliases(AliasMap& aliases, const std::vector<Term>& args, Term module) {
  Term target = args[0];
  std::vector<Term> targets;
  if (q::is_node(target) && q::is_call(q::node_head(target), atoms::dot, 2)) {
    // alias Foo.{A, B}
    std::vector<Term> dot = q::list_items(q::node_args(q::node_head(target)));
    if (!q::is_call(dot[0], atoms::__aliases__) || dot[1] != atoms::tuple_op) return Term::none();
    Term base = expand_alias(dot[0], &aliases, module);
    if (base.is_none()) return base;
    for (Term sub : q::list_items(q::node_args(target))) {
      if (!q::is_call(sub, atoms::__aliases__)) return Term::none();
      std::string name(atom_text(base));
      for (Term part : q::list_items(q::node_args(sub))) {
        if (!part.is_atom()) return Term::none();
        name += ".";
        name += atom_text(part);
      }
      targets.push_back(intern_atom(name));
    }
  } else if (q::is_call(target, atoms::__aliases__)) {
    Term full = expand_alias(target, &aliases, module);
    if (full.is_none()) return full;
    targets.push_back(full);
  } else {
    return Term::none();
  }
  Term as = args.size() == 2 ? q::keyword_get(args[1], intern_atom("as")) : Term::none();
  if (!as.is_none() && (targets.size() != 1 || !q::is_call(as, atoms::__aliases__))) return Term::none();
  for (Term full : targets) {
    Term short_name;
    if (!as.is_none()) {
      std::vector<Term> parts = q::list_items(q::node_args(as));
      if (parts.size() != 1 || !parts[0].is_atom()) return Term::none();
      short_name = parts[0];
    } else {
      std::string_view text = atom_text(full);
      short_name = intern_atom(text.substr(text.rfind('.') + 1));
    }
    aliases[short_name.raw()] = full;
  }
  return targets.back();
}

class Lowerer {
 public:
  Lowerer(Heap& heap, std::string file, Term module, const std::set<std::pair<Word, std::uint32_t>>* locals)
      : heap_(heap), expander_(heap), file_(std::move(file)), module_(module), locals_(locals) {}

  void begin_function(ir::Function* fn) {
    fn_ = fn;
    scope_.clear();
  }

  ir::Clause function_clause(Term head_args, Term guard, Term body, int line) {
    ir::Clause c;
    c.line = line;
    Scope bound;
    for (Term a : q::list_items(head_args)) c.pats.push_back(pattern(a, bound));
    merge(bound);
    if (!guard.is_none()) c.guard = lower_guard(guard);
    c.body = expr(body);
    scope_.clear();
    return c;
  }

  ExprPtr expr(Term form);

  [[noreturn]] void fail(int line, std::string message) {
    throw Failure{CompileError{"CompileError", file_, line, std::move(message)}};
  }

 private:
  int new_var(Term name) {
    fn_->var_names.emplace_back(atom_text(name));
    return static_cast<int>(fn_->var_names.size()) - 1;
  }
  void merge(const Scope& bound) {
    for (const auto& [k, v] : bound) scope_[k] = v;
  }

  ExprPtr lit(Term t, int line) {
    auto e = std::make_unique<Expr>();
    e->kind = Expr::kLit;
    e->lit = t;
    e->line = line;
    return e;
  }
  ExprPtr make(Expr::Kind kind, int line) {
    auto e = std::make_unique<Expr>();
    e->kind = kind;
    e->line = line;
    return e;
  }
  ExprPtr var_ref(int var, int line) {
    auto e = make(Expr::kVar, line);
    e->var = var;
    return e;
  }
  ExprPtr remote(Term m, Term f, std::vector<ExprPtr> args, int line) {
    auto e = make(Expr::kRemoteCall, line);
    e->module = m;
    e->function = f;
    e->args = std::move(args);
    return e;
  }

  // A tuple or list whose parts are all literals is itself one literal, built
  // once at compile time (and long literal lists need no deep codegen).
  ExprPtr fold(ExprPtr e) {
    if (e->kind != Expr::kTuple && e->kind != Expr::kCons) return e;
    for (const auto& a : e->args)
      if (a->kind != Expr::kLit) return e;
    Term t;
    if (e->kind == Expr::kCons) {
      t = make_cons(heap_, e->args[0]->lit, e->args[1]->lit);
    } else {
      t = make_tuple_uninit(heap_, e->args.size());
      for (std::size_t i = 0; i < e->args.size(); ++i) tuple_set(t, i, e->args[i]->lit);
    }
    return lit(t, e->line);
  }

 public:
  // Module attributes visible to the function being lowered.
  const std::map<Word, Term>* attributes = nullptr;

 private:
  Term alias_atom(Term form) {
    Term a = expand_alias(form, aliases, module_);
    if (a.is_none()) fail(q::line_of(form), message(Msg::unsupported, "a dynamic alias"));
    return a;
  }

 public:
  // Aliases in effect (`alias Foo.Bar` makes Bar mean Foo.Bar).
  AliasMap* aliases = nullptr;

 private:
  // alias Foo.Bar / alias Foo.Bar, as: Baz / alias Foo.{A, B}: recorded for
  // the rest of the enclosing module or script; the value is the alias.
  ExprPtr alias_directive(const std::vector<Term>& args, int line) {
    if (!aliases) fail(line, message(Msg::unsupported, "alias here"));
    Term last = add_aliases(*aliases, args, module_);
    if (last.is_none()) fail(line, message(Msg::unsupported, "this alias"));
    return lit(last, line);
  }

  ExprPtr list_expr(Term form, int line);
  ExprPtr call_expr(Term form, Term name, std::vector<Term> args, int line, bool imports_only = false);
  ExprPtr case_expr(Term subject, Term kw, int line);
  ExprPtr cond_expr(const std::vector<Term>& clauses, std::size_t i, int line);
  ExprPtr concat_expr(Term form, int line);
  ExprPtr defmodule_expr(Term form, int line);
  ir::Clause case_clause(Term arrow);

  PatPtr pattern(Term form, Scope& bound);
  ExprPtr lower_guard(Term form);
  ExprPtr guard_in(Term left, Term right, int line);

  Heap& heap_;
  Expander expander_;
  std::string file_;
  Term module_;  // none for a script's top level
  const std::set<std::pair<Word, std::uint32_t>>* locals_;
  ir::Function* fn_ = nullptr;
  Scope scope_;

  // Anonymous functions are lowered in their own context; a name not bound
  // inside is looked up in the enclosing contexts and, if found there,
  // captured: it becomes a hidden argument of the lifted function.
  struct Capture {
    VarKey key;
    int outer;  // the variable in the enclosing function
    int inner;  // the variable in the lifted function
  };
  struct Context {
    ir::Function* fn;
    Scope scope;
    std::vector<Capture> captures;
  };
  std::vector<Capture> captures_;
  std::vector<Context> outer_;  // enclosing contexts, innermost last
  std::vector<ir::Function>* lifted_ = nullptr;
  int fun_counter_ = 0;

 public:
  void set_lifted(std::vector<ir::Function>* out) { lifted_ = out; }

 private:
  // The variable `key` names here, capturing it from an enclosing
  // anonymous-function context if needed; -1 if it is not bound anywhere.
  int lookup(VarKey key, Term name) {
    auto it = scope_.find(key);
    if (it != scope_.end()) return it->second;
    for (const Capture& c : captures_)
      if (c.key == key) return c.inner;
    if (outer_.empty()) return -1;
    Context here{fn_, std::move(scope_), std::move(captures_)};
    Context up = std::move(outer_.back());
    outer_.pop_back();
    fn_ = up.fn;
    scope_ = std::move(up.scope);
    captures_ = std::move(up.captures);
    int outer = lookup(key, name);
    outer_.push_back(Context{fn_, std::move(scope_), std::move(captures_)});
    fn_ = here.fn;
    scope_ = std::move(here.scope);
    captures_ = std::move(here.captures);
    if (outer < 0) return -1;
    int inner = new_var(name);
    captures_.push_back({key, outer, inner});
    return inner;
  }

  ExprPtr fn_expr(Term form, int line);
  ExprPtr try_expr(Term kw, int line);
  ExprPtr with_expr(const std::vector<Term>& args, int line);
  ExprPtr with_rest(const std::vector<Term>& clauses, std::size_t i, Term body, Term else_clauses,
                    const Scope& outer, int line);
  ir::Clause handler_clause(Term arrow, bool rescue);
  ExprPtr call_fun_expr(Term fun, Term args, int line);
};

// --- expressions ----------------------------------------------------------

ExprPtr Lowerer::expr(Term form) {
  int line = q::line_of(form);
  if (is_literal(form)) return lit(form, line);
  if (form.is_list()) return list_expr(form, line);
  if (form.is_tuple() && form.tuple_arity() == 2) {
    auto e = make(Expr::kTuple, line);
    e->args.push_back(expr(form.element(0)));
    e->args.push_back(expr(form.element(1)));
    return fold(std::move(e));
  }
  if (!q::is_node(form)) fail(line, message(Msg::unsupported, "the literal " + inspect(form)));

  Term expanded = expander_.expand_once(form);
  if (!expanded.is_none()) return expr(expanded);

  Term head = q::node_head(form);
  Term args_t = q::node_args(form);

  // Variables (and `name` without parentheses, which Elixir 1.14 reads as a
  // call of name/0 when no such variable exists).
  if (head.is_atom() && args_t.is_atom()) {
    if (head == intern_atom("__MODULE__")) return lit(module_.is_none() ? atoms::nil : module_, line);
    int found = lookup({head.raw(), args_t.raw()}, head);
    if (found >= 0) return var_ref(found, line);
    if (head == intern_atom("_")) fail(line, message(Msg::unbound_underscore));
    return call_expr(form, head, {}, line);
  }

  if (q::is_node(head) && q::node_head(head) == atoms::dot) {
    std::vector<Term> dot = q::list_items(q::node_args(head));
    if (dot.size() == 1) return call_fun_expr(dot[0], args_t, line);
    if (dot.size() != 2 || !dot[1].is_atom()) fail(line, message(Msg::unsupported, "this call"));
    Term m = dot[0];
    if (q::is_call(m, atoms::__aliases__)) m = alias_atom(m);
    if (m == atoms::Elixir_Kernel) {
      // Kernel.f(...) is inlined like an imported f(...).
      std::vector<Term> raw = q::list_items(args_t);
      std::string_view fname = atom_text(dot[1]);
      if ((fname == "elem" && raw.size() == 2) || find_kernel_import(fname, static_cast<int>(raw.size())))
        return call_expr(form, dot[1], raw, line, /*imports_only=*/true);
    }
    std::vector<ExprPtr> args;
    for (Term a : q::list_items(args_t)) args.push_back(expr(a));
    if (m.is_atom()) return remote(m, dot[1], std::move(args), line);
    auto e = make(Expr::kApply, line);
    e->function = dot[1];
    e->args.push_back(expr(m));
    for (auto& a : args) e->args.push_back(std::move(a));
    return e;
  }
  if (!head.is_atom() || !args_t.is_list()) fail(line, message(Msg::unsupported, "this expression"));
  std::vector<Term> args = q::list_items(args_t);
  std::string_view name = atom_text(head);

  if (head == atoms::__block__) {
    if (args.empty()) return lit(atoms::nil, line);
    auto e = make(Expr::kBlock, line);
    for (Term a : args) e->args.push_back(expr(a));
    return e;
  }
  if (head == atoms::__aliases__) return lit(alias_atom(form), line);
  if (head == atoms::match_op && args.size() == 2) {
    auto e = make(Expr::kMatch, line);
    e->args.push_back(expr(args[1]));
    Scope bound;
    e->pat = pattern(args[0], bound);
    merge(bound);
    return e;
  }
  if (name == "case" && args.size() == 2) return case_expr(args[0], args[1], line);
  if (name == "cond" && args.size() == 1) {
    Term clauses = q::keyword_get(args[0], atoms::do_);
    if (!clauses.is_list()) fail(line, message(Msg::unsupported, "this form of cond"));
    return cond_expr(q::list_items(clauses), 0, line);
  }
  if (head == atoms::tuple_op) {
    auto e = make(Expr::kTuple, line);
    for (Term a : args) e->args.push_back(expr(a));
    return fold(std::move(e));
  }
  if (head == atoms::bin) return concat_expr(form, line);
  if (name == "@" && args.size() == 1 && q::is_var(args[0])) {
    // Reading a module attribute inlines the value it had where the
    // function was defined; an unset attribute reads as nil (Elixir warns).
    if (module_.is_none()) fail(line, message(Msg::unsupported, "a module attribute outside a module"));
    Term value = atoms::nil;
    if (attributes) {
      auto it = attributes->find(q::node_head(args[0]).raw());
      if (it != attributes->end()) value = it->second;
    }
    return lit(value, line);
  }
  if (name == "defmodule" && args.size() == 2) return defmodule_expr(form, line);
  if ((name == "def" || name == "defp") && module_.is_none())
    throw Failure{CompileError{"ArgumentError", file_, line, message(Msg::def_outside_module, name)}};
  if (name == "^") fail(line, message(Msg::unsupported, "^ outside of a pattern"));
  if (name == "fn") return fn_expr(form, line);
  if (name == "alias" && (args.size() == 1 || args.size() == 2)) return alias_directive(args, line);
  if (name == "try" && args.size() == 1 && q::is_keyword(args[0])) return try_expr(args[0], line);
  if (name == "with" && !args.empty() && q::is_keyword(args.back())) return with_expr(args, line);
  static const std::set<std::string_view> kSpecial = {"receive", "with", "for", "with", "quote",
                                                      "unquote", "import", "require", "&"};
  if (kSpecial.count(name)) fail(line, message(Msg::unsupported, std::string(name)));
  return call_expr(form, head, args, line);
}

ExprPtr Lowerer::call_expr(Term form, Term name, std::vector<Term> args, int line, bool imports_only) {
  auto arity = static_cast<std::uint32_t>(args.size());
  if (!imports_only && locals_ && locals_->count({name.raw(), arity})) {
    auto e = make(Expr::kLocalCall, line);
    e->function = name;
    for (Term a : args) e->args.push_back(expr(a));
    return e;
  }
  std::string_view text = atom_text(name);
  if (text == "elem" && arity == 2) {
    // elem(tuple, i) => :erlang.element(i + 1, tuple)
    ExprPtr index = args[1].is_small() ? lit(Term::small(args[1].small_value() + 1), line) : nullptr;
    if (!index) {
      std::vector<ExprPtr> plus;
      plus.push_back(expr(args[1]));
      plus.push_back(lit(Term::small(1), line));
      index = remote(atoms::erlang, intern_atom("+"), std::move(plus), line);
    }
    std::vector<ExprPtr> a;
    a.push_back(std::move(index));
    a.push_back(expr(args[0]));
    return remote(atoms::erlang, intern_atom("element"), std::move(a), line);
  }
  if (const KernelImport* k = find_kernel_import(text, static_cast<int>(arity))) {
    std::vector<ExprPtr> a;
    for (Term t : args) a.push_back(expr(t));
    return remote(intern_atom(k->module), intern_atom(k->function), std::move(a), line);
  }
  if (module_.is_none()) fail(line, message(Msg::undefined_function_script, text, arity));
  fail(line, message(Msg::undefined_function_module, text, arity, inspect(module_)));
}

ExprPtr Lowerer::list_expr(Term form, int line) {
  std::vector<Term> items = q::list_items(form);
  ExprPtr tail = lit(Term::nil(), line);
  if (!items.empty() && q::is_call(items.back(), atoms::cons_op, 2)) {
    std::vector<Term> bar = q::list_items(q::node_args(items.back()));
    items.back() = bar[0];
    tail = nullptr;
    // Evaluation is left to right, so the tail is lowered after the heads.
    std::vector<ExprPtr> heads;
    for (Term t : items) heads.push_back(expr(t));
    tail = expr(bar[1]);
    for (auto it = heads.rbegin(); it != heads.rend(); ++it) {
      auto c = make(Expr::kCons, line);
      c->args.push_back(std::move(*it));
      c->args.push_back(std::move(tail));
      tail = fold(std::move(c));
    }
    return tail;
  }
  std::vector<ExprPtr> heads;
  for (Term t : items) heads.push_back(expr(t));
  for (auto it = heads.rbegin(); it != heads.rend(); ++it) {
    auto c = make(Expr::kCons, line);
    c->args.push_back(std::move(*it));
    c->args.push_back(std::move(tail));
    tail = fold(std::move(c));
  }
  return tail;
}

ir::Clause Lowerer::case_clause(Term arrow) {
  int line = q::line_of(arrow);
  if (!q::is_call(arrow, atoms::arrow, 2)) fail(line, message(Msg::unsupported, "this clause"));
  std::vector<Term> parts = q::list_items(q::node_args(arrow));
  std::vector<Term> heads = q::list_items(parts[0]);
  if (heads.size() != 1) fail(line, message(Msg::unsupported, "a clause with several patterns here"));
  Term head = heads[0];
  Term guard = Term::none();
  if (q::is_call(head, atoms::when, 2)) {
    std::vector<Term> w = q::list_items(q::node_args(head));
    head = w[0];
    guard = w[1];
  }
  Scope saved = scope_;
  ir::Clause c;
  c.line = line;
  Scope bound;
  c.pats.push_back(pattern(head, bound));
  merge(bound);
  if (!guard.is_none()) c.guard = lower_guard(guard);
  c.body = expr(parts[1]);
  scope_ = std::move(saved);
  return c;
}

ExprPtr Lowerer::case_expr(Term subject, Term kw, int line) {
  Term clauses = q::keyword_get(kw, atoms::do_);
  if (!clauses.is_list()) fail(line, message(Msg::unsupported, "this form of case"));
  auto e = make(Expr::kCase, line);
  e->args.push_back(expr(subject));
  for (Term c : q::list_items(clauses)) e->clauses.push_back(case_clause(c));
  return e;
}

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
  ExprPtr condition = expr(conds[0]);
  ExprPtr body = expr(parts[1]);
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
  lifted.name = intern_atom("-" + std::string(atom_text(fn_->name)) + "/" +
                            std::to_string(fn_->fun_arity >= 0 ? fn_->fun_arity : fn_->arity) + "-fun-" +
                            std::to_string(fun_counter_++) + "-");
  lifted.exported = false;
  lifted.line = line;
  outer_.push_back(Context{fn_, scope_, std::move(captures_)});
  fn_ = &lifted;
  captures_.clear();
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
    scope_.clear();
    lifted.clauses.push_back(function_clause(make_list(heap_, params), guard, parts[1], cline));
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
  lifted.fun_arity = arity;
  lifted.arity = static_cast<std::uint32_t>(arity + static_cast<int>(captures.size()));
  auto e = make(Expr::kFun, line);
  e->function = lifted.name;
  e->lit = Term::small(arity);
  for (const Capture& cap : captures) e->args.push_back(var_ref(cap.outer, line));
  lifted_->push_back(std::move(lifted));
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
  e->args.push_back(expr(body));
  scope_ = saved;
  for (Term item : q::list_items(kw)) {
    Term key = item.element(0), value = item.element(1);
    std::string_view k = atom_text(key);
    if (k == "do") continue;
    if (k == "after") {
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
  if (rescue) {
    if (heads.size() != 1) fail(line, message(Msg::unsupported, "this rescue clause"));
    c.rescue = true;
    Term h = heads[0];
    Term mods = Term::none();
    if (q::is_call(h, intern_atom("in"), 2)) {
      std::vector<Term> in = q::list_items(q::node_args(h));
      if (!(q::is_var(in[0]) && atom_text(q::node_head(in[0]))[0] == '_'))
        fail(line, message(Msg::unsupported, "binding the exception in rescue (exceptions as structs)"));
      mods = in[1];
    } else if (q::is_var(h) && atom_text(q::node_head(h))[0] == '_') {
      mods = Term::nil();
    } else if (q::is_call(h, atoms::__aliases__)) {
      mods = h;
    } else {
      fail(line, message(Msg::unsupported, "binding the exception in rescue (exceptions as structs)"));
    }
    std::vector<Term> list = mods.is_list() ? q::list_items(mods) : std::vector<Term>{mods};
    for (Term m : list) {
      if (!q::is_call(m, atoms::__aliases__)) fail(line, message(Msg::unsupported, "this rescue clause"));
      c.rescue_modules.push_back(alias_atom(m));
    }
    auto kind = std::make_unique<Pat>();
    kind->kind = Pat::kLit;
    kind->lit = atoms::error;
    c.pats.push_back(std::move(kind));
    c.pats.push_back(std::make_unique<Pat>());
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
  merge(bound);
  if (!guard.is_none()) c.guard = lower_guard(guard);
  c.body = expr(parts[1]);
  scope_ = std::move(saved);
  return c;
}

ExprPtr Lowerer::call_fun_expr(Term fun, Term args, int line) {
  auto e = make(Expr::kCallFun, line);
  e->args.push_back(expr(fun));
  for (Term a : q::list_items(args)) e->args.push_back(expr(a));
  return e;
}

// <<a::binary, "lit", b::binary>>: the binaries that interpolation and <>
// build. Other segment types arrive with the binaries issue.
ExprPtr Lowerer::concat_expr(Term form, int line) {
  auto e = make(Expr::kConcat, line);
  for (Term seg : q::list_items(q::node_args(form))) {
    if (seg.is_binary()) {
      e->args.push_back(lit(seg, line));
      continue;
    }
    if (q::is_call(seg, atoms::type_op, 2)) {
      std::vector<Term> st = q::list_items(q::node_args(seg));
      if (q::is_var(st[1]) && q::node_head(st[1]) == atoms::binary) {
        e->args.push_back(expr(st[0]));
        continue;
      }
    }
    fail(line, message(Msg::unsupported, "this binary segment"));
  }
  return e;
}

ExprPtr Lowerer::defmodule_expr(Term form, int line) {
  std::vector<Term> args = q::list_items(q::node_args(form));
  Term name = args[0];
  if (q::is_call(name, atoms::__aliases__)) name = alias_atom(name);
  if (!name.is_atom()) fail(line, message(Msg::unsupported, "a dynamic module name"));
  Term body = q::keyword_get(args[1], atoms::do_);
  if (body.is_none()) fail(line, message(Msg::unsupported, "this form of defmodule"));
  if (!module_.is_none()) fail(line, message(Msg::unsupported, "nested defmodule"));
  std::vector<ExprPtr> a;
  a.push_back(lit(name, line));
  a.push_back(lit(body, line));  // the quoted body, compiled when reached
  return remote(atoms::elixir_module, intern_atom("compile"), std::move(a), line);
}

// --- patterns ----------------------------------------------------------------

PatPtr Lowerer::pattern(Term form, Scope& bound) {
  int line = q::line_of(form);
  auto p = std::make_unique<Pat>();
  if (is_literal(form)) {
    p->kind = Pat::kLit;
    p->lit = form;
    return p;
  }
  if (form.is_list()) {
    std::vector<Term> items = q::list_items(form);
    PatPtr tail;
    if (!items.empty() && q::is_call(items.back(), atoms::cons_op, 2)) {
      std::vector<Term> bar = q::list_items(q::node_args(items.back()));
      items.back() = bar[0];
      std::vector<PatPtr> heads;
      for (Term t : items) heads.push_back(pattern(t, bound));
      tail = pattern(bar[1], bound);
      for (auto it = heads.rbegin(); it != heads.rend(); ++it) {
        auto c = std::make_unique<Pat>();
        c->kind = Pat::kCons;
        c->elems.push_back(std::move(*it));
        c->elems.push_back(std::move(tail));
        tail = std::move(c);
      }
      return tail;
    }
    std::vector<PatPtr> heads;
    for (Term t : items) heads.push_back(pattern(t, bound));
    tail = std::make_unique<Pat>();
    tail->kind = Pat::kNil;
    for (auto it = heads.rbegin(); it != heads.rend(); ++it) {
      auto c = std::make_unique<Pat>();
      c->kind = Pat::kCons;
      c->elems.push_back(std::move(*it));
      c->elems.push_back(std::move(tail));
      tail = std::move(c);
    }
    return tail;
  }
  if (form.is_tuple() && form.tuple_arity() == 2) {
    p->kind = Pat::kTuple;
    p->elems.push_back(pattern(form.element(0), bound));
    p->elems.push_back(pattern(form.element(1), bound));
    return p;
  }
  if (!q::is_node(form)) fail(line, message(Msg::unsupported, "this pattern"));
  Term head = q::node_head(form);
  Term args_t = q::node_args(form);
  if (q::is_var(form)) {
    std::string_view name = atom_text(head);
    if (name == "_") return p;  // kWild
    if (head == intern_atom("__MODULE__")) {
      p->kind = Pat::kLit;
      p->lit = module_.is_none() ? atoms::nil : module_;
      return p;
    }
    VarKey key{head.raw(), args_t.raw()};
    auto it = bound.find(key);
    if (it != bound.end()) {
      p->kind = Pat::kCheck;
      p->var = it->second;
      return p;
    }
    p->kind = Pat::kBind;
    p->var = new_var(head);
    bound[key] = p->var;
    return p;
  }
  std::vector<Term> args = args_t.is_list() ? q::list_items(args_t) : std::vector<Term>{};
  if (head == atoms::tuple_op) {
    p->kind = Pat::kTuple;
    for (Term a : args) p->elems.push_back(pattern(a, bound));
    return p;
  }
  if (head == atoms::__aliases__) {
    p->kind = Pat::kLit;
    p->lit = alias_atom(form);
    return p;
  }
  if (head == atoms::match_op && args.size() == 2) {
    p->kind = Pat::kAlias;
    p->elems.push_back(pattern(args[0], bound));
    p->elems.push_back(pattern(args[1], bound));
    return p;
  }
  if (atom_text(head) == "^" && args.size() == 1 && q::is_var(args[0])) {
    Term v = args[0];
    int found = lookup({q::node_head(v).raw(), q::node_args(v).raw()}, q::node_head(v));
    if (found < 0) fail(line, message(Msg::undefined_pinned, atom_text(q::node_head(v))));
    p->kind = Pat::kCheck;
    p->var = found;
    return p;
  }
  // "prefix" <> rest: a binary that starts with a literal prefix.
  if (atom_text(head) == "<>" && args.size() == 2) {
    Term prefix = args[0];
    if (!prefix.is_binary()) fail(line, message(Msg::unsupported, "a <> pattern whose left side is not a literal string"));
    p->kind = Pat::kPrefix;
    p->lit = prefix;
    p->elems.push_back(pattern(args[1], bound));
    return p;
  }
  // Negative number literals are quoted as calls of unary minus.
  if ((atom_text(head) == "-" || atom_text(head) == "+") && args.size() == 1 && args[0].is_number()) {
    p->kind = Pat::kLit;
    p->lit = args[0];
    if (atom_text(head) == "-") {
      if (args[0].is_small()) p->lit = make_integer(heap_, -args[0].small_value());
      else if (args[0].is_float()) p->lit = make_float(heap_, -args[0].float_value());
      else fail(line, message(Msg::unsupported, "this pattern"));
    }
    return p;
  }
  fail(line, message(Msg::invalid_pattern, std::string(atom_text(head)) + "/" + std::to_string(args.size())));
}

// --- guards --------------------------------------------------------------------

// Kernel.in/2 in a guard: `x in [a, b]` is `x === a or x === b`, and
// `x in first..last` is `is_integer(x) and x >= first and x <= last`.
ExprPtr Lowerer::guard_in(Term left, Term right, int line) {
  auto cmp = [&](const char* op, Term a, Term b) {
    std::vector<ExprPtr> v;
    v.push_back(lower_guard(a));
    v.push_back(lower_guard(b));
    return remote(atoms::erlang, intern_atom(op), std::move(v), line);
  };
  auto both = [&](Term op, ExprPtr a, ExprPtr b) {
    std::vector<ExprPtr> v;
    v.push_back(std::move(a));
    v.push_back(std::move(b));
    return remote(atoms::erlang, op, std::move(v), line);
  };
  if (right.is_list() && list_length(right) != SIZE_MAX) {
    std::vector<Term> items = q::list_items(right);
    if (items.empty()) return lit(atoms::false_, line);
    ExprPtr chain = cmp("=:=", left, items.back());
    for (std::size_t i = items.size() - 1; i-- > 0;) chain = both(atoms::orelse, cmp("=:=", left, items[i]), std::move(chain));
    return chain;
  }
  if (q::is_call(right, intern_atom(".."), 2)) {
    std::vector<Term> bounds = q::list_items(q::node_args(right));
    std::vector<ExprPtr> v;
    v.push_back(lower_guard(left));
    ExprPtr is_int = remote(atoms::erlang, intern_atom("is_integer"), std::move(v), line);
    return both(atoms::andalso, std::move(is_int),
                both(atoms::andalso, cmp(">=", left, bounds[0]), cmp("=<", left, bounds[1])));
  }
  fail(line, message(Msg::unsupported, "this right-hand side of `in` in a guard"));
}

ExprPtr Lowerer::lower_guard(Term form) {
  int line = q::line_of(form);
  if (is_literal(form) || form.is_list() || (form.is_tuple() && form.tuple_arity() == 2)) return expr(form);
  if (!q::is_node(form)) fail(line, message(Msg::unsupported, "this guard"));
  Term head = q::node_head(form);
  Term args_t = q::node_args(form);
  if (q::is_var(form)) return expr(form);
  std::vector<Term> args = args_t.is_list() ? q::list_items(args_t) : std::vector<Term>{};
  std::vector<ExprPtr> lowered;
  if (head.is_atom()) {
    std::string_view name = atom_text(head);
    if ((name == "and" || name == "or" || name == "when") && args.size() == 2) {
      lowered.push_back(lower_guard(args[0]));
      lowered.push_back(lower_guard(args[1]));
      return remote(atoms::erlang, name == "and" ? atoms::andalso : atoms::orelse, std::move(lowered), line);
    }
    if (name == "in" && args.size() == 2) return guard_in(args[0], args[1], line);
    if (name == "is_nil" && args.size() == 1) {
      lowered.push_back(lower_guard(args[0]));
      lowered.push_back(lit(atoms::nil, line));
      return remote(atoms::erlang, intern_atom("=="), std::move(lowered), line);
    }
    if (name == "elem" && args.size() == 2) {
      ExprPtr e = expr(form);  // :erlang.element(i + 1, t), lowered as in bodies
      return e;
    }
    if (head == atoms::tuple_op) return expr(form);
    if (const KernelImport* k = find_kernel_import(name, static_cast<int>(args.size()))) {
      if (k->module == "erlang") {
        for (Term a : args) lowered.push_back(lower_guard(a));
        return remote(atoms::erlang, intern_atom(k->function), std::move(lowered), line);
      }
    }
    fail(line, message(Msg::invalid_guard, std::string(name) + "/" + std::to_string(args.size())));
  }
  if (q::is_node(head) && q::node_head(head) == atoms::dot) {
    std::vector<Term> dot = q::list_items(q::node_args(head));
    if (dot.size() == 2 && dot[0] == atoms::erlang) {
      for (Term a : args) lowered.push_back(lower_guard(a));
      return remote(atoms::erlang, dot[1], std::move(lowered), line);
    }
  }
  fail(line, message(Msg::invalid_guard, "this call"));
}

// Attributes that document or annotate (read by tools, not by code); Vial
// accepts and ignores them.
bool is_documentation_attribute(Term name) {
  static const std::set<std::string_view> kNames = {
      "moduledoc", "doc", "typedoc", "spec", "type", "typep", "opaque", "callback", "macrocallback",
      "impl", "behaviour", "dialyzer", "compile", "vsn", "optional_callbacks", "deprecated"};
  return kNames.count(atom_text(name)) > 0;
}

// The value of a quoted literal (numbers, atoms, strings, and lists and
// tuples of them), or none if computing it would need evaluation.
Term literal_value(Heap& heap, Term form, const AliasMap& aliases, Term module) {
  if (is_literal(form)) return form;
  if (form.is_list()) {
    std::vector<Term> items;
    for (Term t : q::list_items(form)) {
      Term v = literal_value(heap, t, aliases, module);
      if (v.is_none()) return v;
      items.push_back(v);
    }
    return make_list(heap, items);
  }
  if (form.is_tuple() && form.tuple_arity() == 2) {
    Term a = literal_value(heap, form.element(0), aliases, module),
         b = literal_value(heap, form.element(1), aliases, module);
    if (a.is_none() || b.is_none()) return Term::none();
    return make_tuple(heap, {a, b});
  }
  if (q::is_call(form, atoms::tuple_op)) {
    std::vector<Term> items = q::list_items(q::node_args(form));
    Term t = make_tuple_uninit(heap, items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
      Term v = literal_value(heap, items[i], aliases, module);
      if (v.is_none()) return v;
      tuple_set(t, i, v);
    }
    return t;
  }
  if (q::is_call(form, intern_atom("-"), 1)) {
    Term v = q::list_items(q::node_args(form))[0];
    if (v.is_small()) return make_integer(heap, -v.small_value());
    if (v.is_float()) return make_float(heap, -v.float_value());
  }
  if (q::is_call(form, atoms::__aliases__)) return expand_alias(form, &aliases, module);
  return Term::none();
}

}  // namespace

// --- entry points ------------------------------------------------------------------

bool lower_script(Heap& heap, Term form, const std::string& file, ir::Module* out, CompileError* error) {
  try {
    Lowerer l(heap, file, Term::none(), nullptr);
    std::vector<ir::Function> lifted;
    l.set_lifted(&lifted);
    AliasMap aliases;
    l.aliases = &aliases;
    ir::Function fn;
    // Elixir compiles a script into :elixir_compiler_0.__FILE__/1, whose
    // argument it does not use; messages name that function.
    fn.name = intern_atom("__FILE__");
    fn.arity = 1;
    fn.exported = true;
    l.begin_function(&fn);
    ir::Clause c;
    c.pats.push_back(std::make_unique<Pat>());
    c.body = l.expr(form);
    fn.clauses.push_back(std::move(c));
    out->functions.push_back(std::move(fn));
    for (auto& f : lifted) out->functions.push_back(std::move(f));
    return true;
  } catch (Failure& f) {
    *error = std::move(f.error);
    return false;
  }
}

bool lower_module(Heap& heap, Term name, Term body, const std::string& file, ir::Module* out,
                  CompileError* error, std::vector<NestedModule>* nested) {
  std::vector<Term> items =
      q::is_call(body, atoms::__block__) ? q::list_items(q::node_args(body)) : std::vector<Term>{body};
  struct Def {
    Term head_args;
    Term guard;
    Term body;
    int line;
    std::shared_ptr<const std::map<Word, Term>> attributes;  // as they were at this def
    std::shared_ptr<AliasMap> aliases;                       // likewise
  };
  auto attributes = std::make_shared<std::map<Word, Term>>();
  auto aliases = std::make_shared<AliasMap>();
  std::vector<std::pair<std::pair<Word, std::uint32_t>, bool>> order;  // first appearance, exported
  std::map<std::pair<Word, std::uint32_t>, std::vector<Def>> defs;
  std::map<std::pair<Word, std::uint32_t>, std::vector<Term>> default_values;
  auto fail = [&](int line, std::string msg) {
    *error = CompileError{"CompileError", file, line, std::move(msg)};
    return false;
  };
  for (Term item : items) {
    int line = q::line_of(item);
    bool is_def = q::is_call(item, intern_atom("def"), 2);
    bool is_defp = q::is_call(item, intern_atom("defp"), 2);
    if (q::is_call(item, intern_atom("@"), 1) && q::is_node(q::list_items(q::node_args(item))[0])) {
      Term attr = q::list_items(q::node_args(item))[0];
      Term value_list = q::node_args(attr);
      if (!value_list.is_list() || list_length(value_list) != 1)
        return fail(line, message(Msg::unsupported, "reading a module attribute in a module body"));
      if (is_documentation_attribute(q::node_head(attr))) continue;
      Term value = literal_value(heap, q::list_items(value_list)[0], *aliases, name);
      if (value.is_none())
        return fail(line, message(Msg::unsupported, "a module attribute whose value is computed"));
      auto next = std::make_shared<std::map<Word, Term>>(*attributes);
      (*next)[q::node_head(attr).raw()] = value;
      attributes = next;
      continue;
    }
    if (q::is_call(item, intern_atom("alias")) && (list_length(q::node_args(item)) == 1 ||
                                                   list_length(q::node_args(item)) == 2)) {
      auto next = std::make_shared<AliasMap>(*aliases);
      if (add_aliases(*next, q::list_items(q::node_args(item)), name).is_none())
        return fail(line, message(Msg::unsupported, "this alias"));
      aliases = next;
      continue;
    }
    if (q::is_call(item, intern_atom("defmodule"), 2)) {
      // defmodule Inner inside Outer defines Outer.Inner, and Inner means
      // Outer.Inner for the rest of Outer.
      std::vector<Term> dm = q::list_items(q::node_args(item));
      Term inner_body = q::keyword_get(dm[1], atoms::do_);
      if (!q::is_call(dm[0], atoms::__aliases__) || inner_body.is_none())
        return fail(line, message(Msg::unsupported, "this nested defmodule"));
      std::vector<Term> parts = q::list_items(q::node_args(dm[0]));
      std::string full(atom_text(name));
      for (Term part : parts) {
        if (!part.is_atom()) return fail(line, message(Msg::unsupported, "this nested defmodule"));
        full += ".";
        full += atom_text(part);
      }
      std::string first(atom_text(name));
      first += ".";
      first += atom_text(parts[0]);
      auto next = std::make_shared<AliasMap>(*aliases);
      (*next)[parts[0].raw()] = intern_atom(first);
      aliases = next;
      if (nested) nested->push_back({intern_atom(full), inner_body});
      continue;
    }
    bool is_head = q::is_call(item, intern_atom("def"), 1) || q::is_call(item, intern_atom("defp"), 1);
    if (!is_def && !is_defp && !is_head) {
      if (item == atoms::nil) continue;  // an empty body
      return fail(line, message(Msg::unsupported, "this expression in a module body"));
    }
    is_def = is_def || q::is_call(item, intern_atom("def"), 1);
    std::vector<Term> parts = q::list_items(q::node_args(item));
    Term head = parts[0], guard = Term::none();
    if (q::is_call(head, atoms::when, 2)) {
      std::vector<Term> w = q::list_items(q::node_args(head));
      head = w[0];
      guard = w[1];
    }
    if (!q::is_node(head) || !q::node_head(head).is_atom())
      return fail(line, message(Msg::unsupported, "this function head"));
    Term head_args = q::node_args(head).is_list() ? q::node_args(head) : Term::nil();
    // Default arguments (`x \\ value`): the pattern stays, the default is
    // remembered for the shorter arities generated below.
    std::vector<Term> patterns;
    std::vector<Term> defaults;
    bool has_default = false;
    for (Term a : q::list_items(head_args)) {
      if (q::is_call(a, intern_atom("\\\\"), 2)) {
        std::vector<Term> d = q::list_items(q::node_args(a));
        patterns.push_back(d[0]);
        defaults.push_back(d[1]);
        has_default = true;
      } else {
        patterns.push_back(a);
        defaults.push_back(Term::none());
      }
    }
    std::pair<Word, std::uint32_t> key{q::node_head(head).raw(), static_cast<std::uint32_t>(patterns.size())};
    if (!defs.count(key)) order.push_back({key, is_def});
    if (has_default) {
      if (default_values.count(key)) return fail(line, message(Msg::defaults_twice, atom_text(q::node_head(head)), key.second));
      default_values[key] = defaults;
    }
    if (is_head) continue;  // a bodiless head only declares defaults
    Term fbody = q::keyword_get(parts[1], atoms::do_);
    if (fbody.is_none() || list_length(parts[1]) != 1)
      return fail(line, message(Msg::unsupported, "this form of def"));
    defs[key].push_back(Def{make_list(heap, patterns), guard, fbody, line, attributes, aliases});
  }
  // f(a \\ 1, b, c \\ 2) also defines f/1 and f/2, which call f/3 with the
  // defaults filled in. With k arguments given, the last (total - k) defaults
  // are used, as Elixir does.
  for (const auto& [key, defaults] : default_values) {
    std::uint32_t total = key.second;
    std::uint32_t count = 0;
    for (Term d : defaults) count += d.is_none() ? 0 : 1;
    bool exported = true;
    for (const auto& [k, e] : order)
      if (k == key) exported = e;
    int line = defs.count(key) && !defs[key].empty() ? defs[key][0].line : 0;
    Term meta = q::meta_with_line(heap, line);
    Term context = intern_atom("vial_default");
    for (std::uint32_t k = total - count; k < total; ++k) {
      std::uint32_t use = total - k;  // the last `use` defaults are filled in
      std::vector<Term> params, args;
      std::uint32_t seen_defaults = 0;
      for (std::uint32_t i = 0; i < total; ++i) {
        bool is_default = !defaults[i].is_none();
        if (is_default) ++seen_defaults;
        if (is_default && seen_defaults > count - use) {
          args.push_back(defaults[i]);
        } else {
          Term v = q::var(heap, intern_atom("arg" + std::to_string(i)), meta, context);
          params.push_back(v);
          args.push_back(v);
        }
      }
      std::pair<Word, std::uint32_t> short_key{key.first, k};
      if (defs.count(short_key)) {
        std::string_view fname = atom_text(Term::from_raw(key.first));
        return fail(defs[short_key][0].line, message(Msg::defaults_conflict, fname, k, fname, total));
      }
      order.push_back({short_key, exported});
      Term call = q::call(heap, Term::from_raw(key.first), meta, args);
      defs[short_key].push_back(Def{make_list(heap, params), Term::none(), call, line, attributes, aliases});
    }
  }
  std::set<std::pair<Word, std::uint32_t>> locals;
  for (const auto& [key, exported] : order) locals.insert(key);
  try {
    Lowerer l(heap, file, name, &locals);
    std::vector<ir::Function> lifted;
    l.set_lifted(&lifted);
    out->name = name;
    for (const auto& [key, exported] : order) {
      ir::Function fn;
      fn.name = Term::from_raw(key.first);
      fn.arity = key.second;
      fn.exported = exported;
      l.begin_function(&fn);
      for (const Def& d : defs[key]) {
        if (fn.line == 0) fn.line = d.line;
        l.attributes = d.attributes.get();
        l.aliases = d.aliases.get();
        fn.clauses.push_back(l.function_clause(d.head_args, d.guard, d.body, d.line));
      }
      out->functions.push_back(std::move(fn));
    }
    for (auto& f : lifted) out->functions.push_back(std::move(f));
    return true;
  } catch (Failure& f) {
    *error = std::move(f.error);
    return false;
  }
}

}  // namespace vial
