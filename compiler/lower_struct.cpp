// Lowering of structs: %S{k: v} construction, %S{s | k: v} updates and
// %S{...} / %name{...} / %_{} patterns (docs/compiler.md "Structs").
//
// A struct's fields are known at compile time, as in Elixir: the module
// being compiled (its own defstruct), or a struct module already loaded
// (vm/map.h struct_defaults; the built-in library is loaded on demand).
#include "compiler/lowerer.h"
#include "vm/map.h"
#include "vm/module.h"
#include "vm/printer.h"

namespace vial::lowering {

namespace {

std::string keys_text(const std::vector<Term>& keys) {
  std::string out = "[";
  for (std::size_t i = 0; i < keys.size(); ++i) out += (i ? ", " : "") + inspect(keys[i]);
  return out + "]";
}

}  // namespace

Term Lowerer::struct_name(Term form, int line) {
  if (q::is_call(form, atoms::__aliases__)) return alias_atom(form);
  if (form.is_atom()) return form;
  if (q::is_var(form) && q::node_head(form) == intern_atom("__MODULE__") && !module_.is_none()) return module_;
  std::string text = q::is_var(form) ? std::string(atom_text(q::node_head(form))) : inspect(form);
  fail(line, message(Msg::struct_name_not_atom, text));
}

// The default struct of `module` (a map with __struct__), and its enforced
// keys; a CompileError when `module` defines no struct.
Term Lowerer::struct_fields(Term module, Term* enforced, int line) {
  if (module == module_ && !own_struct.is_none()) {
    if (enforced) *enforced = own_enforced;
    return own_struct;
  }
  Term defaults = struct_defaults(module);
  if (defaults.is_none() && !current_module(module)) {
    autoload(module);
    defaults = struct_defaults(module);
  }
  if (defaults.is_none()) {
    // An enclosing module whose body is being compiled and has passed its
    // defstruct (a defimpl or defmodule nested after it), as in Elixir.
    if (CompilingModule* outer = compiling_module(module)) {
      Term own = outer->get_attribute(atoms::__struct__);
      if (!own.is_none() && own.is_map()) {
        if (enforced) {
          Term e = outer->get_attribute(intern_atom("enforce_keys"));
          *enforced = e.is_none() ? Term::nil() : e;
        }
        return own;
      }
    }
  }
  if (defaults.is_none()) {
    std::string name = inspect(module);
    // A module whose defmodule came earlier in the same top-level code: the
    // code is compiled before any of it runs (Elixir's context_modules).
    if (context_modules_.count(module.raw())) fail(line, message(Msg::struct_inaccessible, name));
    fail(line, message(Msg::struct_undefined, name, name));
  }
  if (enforced) *enforced = struct_enforced_keys(module);
  return defaults;
}

// %S{k: v, ...}: the default struct with the given keys replaced, checked
// at compile time (an unknown key is Elixir's KeyError from S.__struct__/1;
// a missing enforced key its ArgumentError). %S{s | k: v}: the keys are
// checked, and `s` must be an S at run time (BadStructError).
ExprPtr Lowerer::struct_expr(const std::vector<Term>& args, int line) {
  Term module = struct_name(args[0], line);
  if (!q::is_call(args[1], atoms::map_op)) fail(line, message(Msg::unsupported, "this struct"));
  std::vector<Term> items = q::list_items(q::node_args(args[1]));
  Term enforced = Term::nil();
  Term defaults = struct_fields(module, &enforced, line);
  if (items.size() == 1 && q::is_call(items[0], atoms::cons_op, 2)) {
    std::vector<Term> bar = q::list_items(q::node_args(items[0]));
    if (!bar[1].is_list()) fail(line, message(Msg::unsupported, "this struct update"));
    for (Term kv : q::list_items(bar[1])) {
      if (!kv.is_tuple() || kv.tuple_arity() != 2) fail(line, message(Msg::unsupported, "this struct update"));
      if (kv.element(0) == atoms::__struct__ || map_get(defaults, kv.element(0)).is_none())
        fail(line, message(Msg::struct_unknown_key, inspect(kv.element(0)), inspect(module)));
    }
    // case s do %{__struct__: S} = x -> %{x | k: v}; x -> :erlang.error({:badstruct, S, x}) end
    Term meta = q::meta_with_line(heap_, line);
    Term ctx = intern_atom("vial_struct");
    Term x = q::var(heap_, intern_atom("struct" + std::to_string(++struct_counter_)), meta, ctx);
    Term pat = q::call(heap_, atoms::match_op, meta,
                       {q::call(heap_, atoms::map_op, meta, {q::pair(heap_, atoms::__struct__, module)}), x});
    Term update = q::call(heap_, atoms::map_op, meta, {q::call(heap_, atoms::cons_op, meta, {x, bar[1]})});
    Term reason = q::call(heap_, atoms::tuple_op, meta, {intern_atom("badstruct"), module, x});
    Term raise = q::remote(heap_, atoms::erlang, atoms::error, meta, {reason});
    auto arrow = [&](Term p, Term body) { return q::call(heap_, atoms::arrow, meta, {q::list(heap_, {p}), body}); };
    Term kw = q::list(heap_, {q::pair(heap_, atoms::do_, q::list(heap_, {arrow(pat, update), arrow(x, raise)}))});
    return expr(q::call(heap_, intern_atom("case"), meta, {bar[0], kw}));
  }
  std::vector<Term> missing;
  for (Term k : q::list_items(enforced)) {
    bool given = false;
    for (Term kv : items)
      if (kv.is_tuple() && kv.tuple_arity() == 2 && kv.element(0) == k) given = true;
    if (!given) missing.push_back(k);
  }
  for (Term kv : items) {
    if (!kv.is_tuple() || kv.tuple_arity() != 2) fail(line, message(Msg::unsupported, "this struct"));
    if (kv.element(0) == atoms::__struct__ || map_get(defaults, kv.element(0)).is_none())
      throw Failure{CompileError{"KeyError", file_, line, message(Msg::badkey, inspect(kv.element(0)))}};
  }
  if (!missing.empty())
    throw Failure{CompileError{"ArgumentError", file_, line,
                               message(Msg::struct_missing_keys, inspect(module), keys_text(missing))}};
  // The given values, in the order written, over the defaults.
  std::vector<ExprPtr> given;
  bool all_literal = true;
  for (Term kv : items) {
    given.push_back(expr(kv.element(1)));
    all_literal = all_literal && given.back()->kind == Expr::kLit;
  }
  if (all_literal) {
    MapItems merged = map_items(defaults);
    for (std::size_t i = 0; i < items.size(); ++i) merged.emplace_back(items[i].element(0), given[i]->lit);
    return lit(map_from_items(heap_, std::move(merged)), line);
  }
  MapItems base = map_items(defaults);
  ExprPtr list = lit(Term::nil(), line);
  auto push = [&](ExprPtr key, ExprPtr value) {
    auto pair = make(Expr::kTuple, line);
    pair->args.push_back(std::move(key));
    pair->args.push_back(std::move(value));
    auto c = make(Expr::kCons, line);
    c->args.push_back(std::move(pair));
    c->args.push_back(std::move(list));
    list = std::move(c);
  };
  // Built back to front: the given pairs last, so they win.
  for (std::size_t i = items.size(); i-- > 0;) push(lit(items[i].element(0), line), std::move(given[i]));
  for (std::size_t i = base.size(); i-- > 0;) push(lit(base[i].first, line), lit(base[i].second, line));
  std::vector<ExprPtr> a;
  a.push_back(std::move(list));
  return remote(atoms::maps, intern_atom("from_list"), std::move(a), line);
}

// %S{k: p} matches an S with those keys; %name{} binds the struct's module,
// %^name{} checks it, %_{} matches any struct.
PatPtr Lowerer::struct_pattern(const std::vector<Term>& args, Scope& bound, int line) {
  if (!q::is_call(args[1], atoms::map_op)) fail(line, message(Msg::unsupported, "this struct pattern"));
  std::vector<Term> items = q::list_items(q::node_args(args[1]));
  Term name = args[0];
  Term meta = q::meta_with_line(heap_, line);
  bool dynamic = (q::is_var(name) && q::node_head(name) != intern_atom("__MODULE__")) || q::is_call(name, intern_atom("^"), 1);
  Term name_pattern = name;
  if (!dynamic) {
    Term module = struct_name(name, line);
    Term defaults = struct_fields(module, nullptr, line);
    for (Term kv : items)
      if (kv.is_tuple() && kv.tuple_arity() == 2 && (kv.element(0) == atoms::__struct__ || map_get(defaults, kv.element(0)).is_none()))
        fail(line, message(Msg::struct_unknown_key, inspect(kv.element(0)), inspect(module)));
    name_pattern = module;
  }
  std::vector<Term> all{q::pair(heap_, atoms::__struct__, name_pattern)};
  for (Term kv : items) all.push_back(kv);
  (void)meta;
  return map_pattern(all, bound, line);
}

}  // namespace vial::lowering
