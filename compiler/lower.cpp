#include "compiler/lower.h"

#include <algorithm>

#include "compiler/lower_protocol.h"
#include "compiler/macros.h"
#include "compiler/lowerer.h"
#include "vm/map.h"
#include "vm/module.h"
#include "vm/printer.h"

namespace vial {
namespace lowering {

namespace {

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
    {"byte_size", 1, "erlang", "byte_size"}, {"bit_size", 1, "erlang", "bit_size"},
    {"is_bitstring", 1, "erlang", "is_bitstring"}, {"binary_part", 3, "erlang", "binary_part"},
    {"is_integer", 1, "erlang", "is_integer"}, {"is_float", 1, "erlang", "is_float"},
    {"is_number", 1, "erlang", "is_number"},   {"is_atom", 1, "erlang", "is_atom"},
    {"is_binary", 1, "erlang", "is_binary"},   {"is_list", 1, "erlang", "is_list"},
    {"is_tuple", 1, "erlang", "is_tuple"},     {"is_boolean", 1, "erlang", "is_boolean"},
    {"is_function", 1, "erlang", "is_function"}, {"is_pid", 1, "erlang", "is_pid"},
    {"max", 2, "erlang", "max"},       {"min", 2, "erlang", "min"},
    {"++", 2, "erlang", "++"},         {"--", 2, "erlang", "--"},
    {"throw", 1, "erlang", "throw"},
    {"exit", 1, "erlang", "exit"},     {"inspect", 1, "Elixir.Kernel", "inspect"},
    {"inspect", 2, "Elixir.Kernel", "inspect"},
    {"is_function", 2, "erlang", "is_function"},
    {"round", 1, "erlang", "round"},   {"trunc", 1, "erlang", "trunc"},
    {"floor", 1, "erlang", "floor"},   {"ceil", 1, "erlang", "ceil"},
    {"is_map", 1, "erlang", "is_map"}, {"map_size", 1, "erlang", "map_size"},
    {"is_reference", 1, "erlang", "is_reference"}, {"make_ref", 0, "erlang", "make_ref"},
    {"self", 0, "erlang", "self"},     {"node", 0, "erlang", "node"},
    {"node", 1, "erlang", "node"},     {"is_port", 1, "erlang", "is_port"},
    {"apply", 2, "erlang", "apply"},   {"apply", 3, "erlang", "apply"},
    {"send", 2, "erlang", "send"},     {"spawn", 1, "erlang", "spawn"},
    {"spawn", 3, "erlang", "spawn"},   {"spawn_link", 1, "erlang", "spawn_link"},
    {"spawn_link", 3, "erlang", "spawn_link"}, {"spawn_monitor", 1, "erlang", "spawn_monitor"},
    {"spawn_monitor", 3, "erlang", "spawn_monitor"},
};

// Calls that Elixir's compiler (elixir_rewrite) replaces by the :erlang
// builtin, which makes them guard-safe: Bitwise's functions and operators.
struct InlinedCall {
  std::string_view name;
  std::uint32_t arity;
  std::string_view erlang_name;
};
constexpr InlinedCall kBitwiseInlined[] = {
    {"bnot", 1, "bnot"}, {"~~~", 1, "bnot"}, {"band", 2, "band"}, {"&&&", 2, "band"},
    {"bor", 2, "bor"},   {"|||", 2, "bor"},  {"bxor", 2, "bxor"}, {"^^^", 2, "bxor"},
    {"bsl", 2, "bsl"},   {"<<<", 2, "bsl"},  {"bsr", 2, "bsr"},   {">>>", 2, "bsr"},
};

// How a form shows in a compile error: a variable by its name, anything
// else as inspect shows its quoted form.
std::string expr_text(Term form) {
  if (q::is_var(form)) return std::string(atom_text(q::node_head(form)));
  return inspect(form);
}

const KernelImport* find_kernel_import(std::string_view name, int arity) {
  for (const auto& k : kKernelImports)
    if (k.name == name && k.arity == arity) return &k;
  return nullptr;
}

}  // namespace

// Module.function/arity as the compiler emits it: Bitwise.band(a, b) is
// :erlang.band(a, b) (kBitwiseInlined).
void rewrite_remote(Term* module, Term* function, std::size_t arity) {
  static const Term bitwise = intern_atom("Elixir.Bitwise");
  if (*module != bitwise) return;
  std::string_view name = atom_text(*function);
  for (const auto& c : kBitwiseInlined)
    if (c.name == name && c.arity == arity) {
      *module = atoms::erlang;
      *function = intern_atom(c.erlang_name);
      return;
    }
}

namespace {

// A function the standard library's Kernel (stdlib/kernel.ex) exports: like
// Elixir's Kernel, it is imported into every module. Kernel is loaded (from
// the built-in library) the first time the compiler asks.
bool kernel_exports(Term name, std::uint32_t arity) {
  if (!current_module(atoms::Elixir_Kernel)) autoload(atoms::Elixir_Kernel);
  auto kernel = current_module(atoms::Elixir_Kernel);
  const auto* f = kernel ? kernel->find(name, arity) : nullptr;
  return f && f->exported;
}

}  // namespace

// The module an __aliases__ form names: `Foo.Bar` is Elixir.Foo.Bar unless
// Foo is an alias; `__MODULE__.Bar` extends the current module. None when a
// segment is not static.
Term expand_alias(Term form, const AliasMap* aliases, Term module) {
  std::vector<Term> parts = q::list_items(q::node_args(form));
  if (parts.empty()) return Term::none();
  // A quote recorded what the alias meant where it was written.
  Term recorded = q::keyword_get(q::node_meta(form), intern_atom("alias"));
  if (recorded.is_atom() && recorded != atoms::false_ && !recorded.is_none()) return recorded;
  if (recorded == atoms::false_) aliases = nullptr;
  std::string name;
  std::size_t from = 1;
  Term first = parts[0];
  if (q::is_var(first) && q::node_head(first) == intern_atom("__MODULE__") && module.is_atom()) {
    name = atom_text(module);
  } else if (first == intern_atom("Elixir")) {
    name = "Elixir";  // Elixir.Foo is Foo, whatever Foo is aliased to
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

// --- expressions ----------------------------------------------------------

ExprPtr Lowerer::expr(Term form) {
  if (depth_ >= kMaxDepth) fail(q::line_of(form), message(Msg::nested_too_deeply));
  ++depth_;
  struct Leave {
    int& depth;
    ~Leave() { --depth; }
  } leave{depth_};
  return expr_at_depth(form);
}

ExprPtr Lowerer::expr_at_depth(Term form) {
  int line = q::line_of(form);
  if (is_literal(form)) return lit(form, line);
  if (form.is_map()) return lit(form, line);  // a value the compiler put in a generated form
  if (form.is_pid()) return lit(form, line);  // unquote(self()) in quoted code (an immediate)
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
  if (!expander_.error().empty()) throw Failure{CompileError{expander_.error_kind(), file_, line, expander_.error()}};

  Term head = q::node_head(form);
  Term args_t = q::node_args(form);

  // Variables (and `name` without parentheses, which Elixir 1.14 reads as a
  // call of name/0 when no such variable exists).
  if (head.is_atom() && args_t.is_atom()) {
    if (head == intern_atom("__MODULE__")) return lit(module_.is_none() ? atoms::nil : module_, line);
    if (head == intern_atom("__STACKTRACE__")) return remote(atoms::vial, intern_atom("stacktrace"), {}, line);
    int found = lookup(var_key(form), head);
    if (found >= 0) return var_ref(found, line);
    if (head == intern_atom("_")) fail(line, message(Msg::unbound_underscore));
    if (head == intern_atom("__CALLER__")) {
      int caller = in_macro ? lookup({head.raw(), intern_atom("vial_macro").raw()}, head) : -1;
      if (caller < 0) fail(line, message(Msg::caller_outside_macro));
      return var_ref(caller, line);
    }
    // `__ENV__` from a quote carries its context (Elixir) as the third element.
    if (head == intern_atom("__ENV__")) return lit(env_term(line), line);
    if (head == intern_atom("__DIR__")) return lit(make_binary(heap_, source_dir()), line);
    return call_expr(form, head, {}, line);
  }

  if (q::is_node(head) && q::node_head(head) == atoms::dot) {
    std::vector<Term> dot = q::list_items(q::node_args(head));
    if (dot.size() == 1) return call_fun_expr(dot[0], args_t, line);
    if (dot.size() != 2 || !dot[1].is_atom()) fail(line, message(Msg::unsupported, "this call"));
    Term m = dot[0];
    // map.key (no parentheses, no arguments, the left side not an alias).
    if (!q::is_call(m, atoms::__aliases__) && !m.is_atom() && args_t.is_nil() &&
        q::keyword_get(q::node_meta(form), intern_atom("no_parens")) == atoms::true_)
      return dot_key_expr(m, dot[1], line);
    if (q::is_call(m, atoms::__aliases__)) m = alias_atom(m);
    if (m.is_atom() && args_t.is_list()) {
      Term expansion = expand_remote_macro(m, dot[1], q::list_items(args_t), line);
      if (!expansion.is_none()) return expr(expansion);
    }
    if (m == atoms::Elixir_Kernel) {
      // Kernel.f(...) is inlined like an imported f(...).
      std::vector<Term> raw = q::list_items(args_t);
      std::string_view fname = atom_text(dot[1]);
      if ((fname == "elem" && raw.size() == 2) || find_kernel_import(fname, static_cast<int>(raw.size())))
        return call_expr(form, dot[1], raw, line, /*imports_only=*/true);
    }
    if (m == intern_atom("Elixir.Regex") && q::keyword_get(q::node_meta(form), intern_atom("vial_regex")) == atoms::true_) {
      Term regex = compile_time_regex(args_t, line);
      if (!regex.is_none()) return lit(regex, line);
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
  if (head == atoms::map_op) return map_expr(args_t, line);
  if (name == "%" && args.size() == 2) return struct_expr(args, line);
  if (name == ".." && args.empty()) {
    // `..` alone (Elixir 1.14): the full-slice range 0..-1//1.
    return lit(map_from_items(heap_, {{atoms::__struct__, intern_atom("Elixir.Range")},
                                      {intern_atom("first"), Term::small(0)},
                                      {intern_atom("last"), Term::small(-1)},
                                      {intern_atom("step"), Term::small(1)}}),
               line);
  }
  if ((name == ".." && args.size() == 2) || (name == "..//" && args.size() == 3)) {
    // first..last and first..last//step: %Range{} (a literal when the
    // bounds are integer literals), else Range.new/2,3.
    std::vector<ExprPtr> a;
    bool literal = true;
    for (Term t : args) {
      a.push_back(expr(t));
      literal = literal && a.back()->kind == Expr::kLit && a.back()->lit.is_small();
    }
    if (literal) {
      std::int64_t first = a[0]->lit.small_value(), last = a[1]->lit.small_value();
      std::int64_t step = args.size() == 3 ? a[2]->lit.small_value() : (first <= last ? 1 : -1);
      if (step != 0)
        return lit(map_from_items(heap_, {{atoms::__struct__, intern_atom("Elixir.Range")},
                                          {intern_atom("first"), a[0]->lit},
                                          {intern_atom("last"), a[1]->lit},
                                          {intern_atom("step"), Term::small(step)}}),
                   line);
    }
    return remote(intern_atom("Elixir.Range"), intern_atom("new"), std::move(a), line);
  }
  if (name == "@" && args.size() == 1 && q::is_var(args[0])) {
    // Reading a module attribute inlines the value it had where the
    // function was defined; an unset attribute reads as nil (Elixir warns).
    if (module_.is_none()) fail(line, message(Msg::unsupported, "a module attribute outside a module"));
    return lit(attribute_value(args[0], line), line);
  }
  if (name == "defmodule" && args.size() == 2) return defmodule_expr(form, line);
  if (is_protocol_form(form) && module_.is_none()) {
    std::vector<ProtocolModule> mods =
        protocol_modules(heap_, form, Term::none(), [&](Term f) { return expand_alias(f, aliases, module_); }, file_);
    std::vector<Term> defs;
    for (const ProtocolModule& m : mods)
      defs.push_back(q::call(heap_, intern_atom("defmodule"), q::node_meta(form),
                             {m.name, q::list(heap_, {q::pair(heap_, atoms::do_, m.body)})}));
    if (defs.size() == 1) return expr(defs[0]);
    return expr(q::call(heap_, atoms::__block__, q::node_meta(form), defs));
  }
  if ((name == "def" || name == "defp" || name == "defmacro" || name == "defmacrop") && module_.is_none())
    throw Failure{CompileError{"ArgumentError", file_, line, message(Msg::def_outside_module, name)}};
  if (name == "^") fail(line, message(Msg::unsupported, "^ outside of a pattern"));
  if (name == "fn") return fn_expr(form, line);
  if (name == "binding" && args.size() <= 1 && !(locals_ && locals_->count({head.raw(), static_cast<std::uint32_t>(args.size())})))
    return binding_expr(args, line);
  if (name == "alias" && (args.size() == 1 || args.size() == 2)) return alias_directive(args, line);
  if (name == "try" && args.size() == 1 && q::is_keyword(args[0])) return try_expr(args[0], line);
  if (name == "receive") return receive_expr(args, line);
  if (name == "with" && !args.empty() && q::is_keyword(args.back())) return with_expr(args, line);
  if (name == "unquote" || name == "unquote_splicing") fail(line, message(Msg::unquote_outside_quote));
  if (name == "super") {
    if (super_function.is_none() || !fn_) {
      ir::Function* named = outer_.empty() ? fn_ : outer_.front().fn;
      fail(line, message(Msg::no_super, named ? atom_text(named->name) : "nil", named ? named->arity : 0,
                         module_.is_none() ? "nil" : inspect(module_)));
    }
    auto e = make(Expr::kLocalCall, line);
    e->function = super_function;
    for (Term a : args) e->args.push_back(expr(a));
    return e;
  }
  if (name == "var!" && (args.size() == 1 || args.size() == 2)) {
    Term v = var_bang(args, line);
    int found = lookup(var_key(v), q::node_head(v));
    if (found < 0) fail(line, message(Msg::var_bang_undefined, atom_text(q::node_head(v))));
    return var_ref(found, line);
  }
  if ((name == "import" || name == "require") && (args.size() == 1 || args.size() == 2))
    return directive_expr(head, args, line);
  if (name == "quote") {
    if (args.empty() || args.size() > 2) fail(line, message(Msg::quote_invalid_args));
    return quote_expr(args, line);
  }
  static const std::set<std::string_view> kSpecial = {"with", "for", "&"};
  if (kSpecial.count(name)) fail(line, message(Msg::unsupported, std::string(name)));
  return call_expr(form, head, args, line);
}

// ~r with literal contents: Regex.compile!(source, modifiers) evaluated
// now, so the code holds the %Regex{} (its re_pattern names the compiled
// code in the :re cache, which compiles it again from that name if needed).
// None when it cannot run now (Regex not loaded while the library itself is
// compiled) or raises: then it runs, and raises, where the code runs.
Term Lowerer::compile_time_regex(Term args, int line) {
  Term call = q::remote(heap_, intern_atom("Elixir.Regex"), intern_atom("compile!"), Term::nil(), q::list_items(args));
  if (!module_loaded(intern_atom("Elixir.Regex")) && !autoload(intern_atom("Elixir.Regex"))) return Term::none();
  try {
    AliasMap no_aliases;
    Lexical own = lexical ? *lexical : Lexical{};
    Term module = module_.is_none() ? intern_atom("elixir_compiler_regex") : module_;
    Term r = eval_in_module(heap_, call, module, attributes, &no_aliases, &own, file_, line, nullptr);
    return r.is_map() ? r : Term::none();
  } catch (Failure&) {
    return Term::none();
  }
}

// Kernel.binding/0,1: the variables of `context` (nil: the program's own)
// bound here, in this fn and the ones around it, as a keyword list sorted by
// name (Elixir sorts the macro's {name, var} pairs).
ExprPtr Lowerer::binding_expr(const std::vector<Term>& args, int line) {
  Term context = args.empty() ? atoms::nil : args[0];
  if (q::is_call(context, atoms::__aliases__)) {
    ExprPtr e = expr(context);
    if (e->kind == Expr::kLit) context = e->lit;
  }
  if (!context.is_atom()) fail(line, message(Msg::unsupported, "binding/1 with a context that is not an atom"));
  std::map<std::string, Term> names;  // sorted by name
  auto add = [&](const VarKey& key) {
    if (key.second != context.raw()) return;
    Term name = Term::from_raw(key.first);
    names.emplace(std::string(atom_text(name)), name);
  };
  for (const auto& [key, var] : scope_) add(key);
  for (const Capture& c : captures_) add(c.key);
  for (const Context& c : outer_) {
    for (const auto& [key, var] : c.scope) add(key);
    for (const Capture& cap : c.captures) add(cap.key);
  }
  std::vector<Term> pairs;
  for (const auto& [text, name] : names)
    pairs.push_back(make_tuple(heap_, {name, make_tuple(heap_, {name, Term::nil(), context})}));
  return expr(make_list(heap_, pairs));
}

ExprPtr Lowerer::call_expr(Term form, Term name, std::vector<Term> args, int line, bool imports_only) {
  auto arity = static_cast<std::uint32_t>(args.size());
  if (!imports_only && locals_ && locals_->count({name.raw(), arity})) {
    auto e = make(Expr::kLocalCall, line);
    e->function = name;
    for (Term a : args) e->args.push_back(expr(a));
    return e;
  }
  if (!imports_only) {
    Term expansion = expand_local_macro(form, name, args, line);
    if (!expansion.is_none()) return expr(expansion);
    Term module;
    bool is_macro = false;
    if (find_import_for(form, name, arity, &module, &is_macro) && module != atoms::Elixir_Kernel) {
      std::vector<ExprPtr> a;
      for (Term t : args) a.push_back(expr(t));
      return remote(module, name, std::move(a), line);
    }
  }
  std::string_view text = atom_text(name);
  if ((text == "raise" && (arity == 1 || arity == 2)) || (text == "reraise" && (arity == 2 || arity == 3))) {
    // Kernel.raise/1,2 and reraise/2,3, as Elixir expands them:
    //   raise "msg"        => :erlang.error(RuntimeError.exception("msg"))
    //   raise Mod, attrs   => :erlang.error(Mod.exception(attrs))
    //   raise value        => :erlang.error(Kernel.Utils.raise(value))
    //   reraise e, st      => :erlang.raise(:error, Kernel.Utils.raise(e), st)
    Term meta = q::meta_with_line(heap_, line);
    bool reraise = text == "reraise";
    std::size_t n = reraise ? arity - 1 : arity;
    Term exception;
    Term utils = intern_atom("Elixir.Kernel.Utils");
    if (!reraise && n == 1 && args[0].is_binary()) {
      exception = q::remote(heap_, atoms::Elixir_RuntimeError, intern_atom("exception"), meta, {args[0]});
    } else if (!reraise && q::is_call(args[0], atoms::__aliases__)) {
      Term attrs = n == 2 ? args[1] : Term::nil();
      exception = q::remote(heap_, alias_atom(args[0]), intern_atom("exception"), meta, {attrs});
    } else if (n == 1) {
      exception = q::remote(heap_, utils, atoms::raise, meta, {args[0]});
    } else {
      exception = q::remote(heap_, utils, atoms::raise, meta, {args[0], args[1]});
    }
    if (reraise)
      return expr(q::remote(heap_, atoms::erlang, atoms::raise, meta, {atoms::error, exception, args[arity - 1]}));
    return expr(q::remote(heap_, atoms::erlang, atoms::error, meta, {exception}));
  }
  if (text == "is_map_key" && arity == 2) {
    // is_map_key(map, key) => :erlang.is_map_key(key, map)
    std::vector<ExprPtr> a;
    a.push_back(expr(args[1]));
    a.push_back(expr(args[0]));
    return remote(atoms::erlang, intern_atom("is_map_key"), std::move(a), line);
  }
  if ((text == "elem" && arity == 2) || (text == "put_elem" && arity == 3)) {
    // elem(tuple, i) => :erlang.element(i + 1, tuple)
    // put_elem(tuple, i, v) => :erlang.setelement(i + 1, tuple, v)
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
    if (arity == 3) {
      a.push_back(expr(args[2]));
      return remote(atoms::erlang, intern_atom("setelement"), std::move(a), line);
    }
    return remote(atoms::erlang, intern_atom("element"), std::move(a), line);
  }
  if (const KernelImport* k = find_kernel_import(text, static_cast<int>(arity))) {
    std::vector<ExprPtr> a;
    for (Term t : args) a.push_back(expr(t));
    return remote(intern_atom(k->module), intern_atom(k->function), std::move(a), line);
  }
  if (kernel_exports(name, static_cast<std::uint32_t>(arity))) {
    std::vector<ExprPtr> a;
    for (Term t : args) a.push_back(expr(t));
    return remote(atoms::Elixir_Kernel, name, std::move(a), line);
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

// The value of the attribute `var` names where the function is defined (nil
// when unset). As in Elixir, a value holding a reference cannot be put into
// code (references are runtime values; docs/terms.md).
Term Lowerer::attribute_value(Term var, int line) {
  Term value = atoms::nil;
  if (attributes) {
    auto it = attributes->find(q::node_head(var).raw());
    if (it != attributes->end()) value = it->second;
  }
  std::vector<Term> pending{value};
  while (!pending.empty()) {
    Term t = pending.back();
    pending.pop_back();
    if (t.is_ref())
      throw Failure{CompileError{"ArgumentError", file_, line,
                                 message(Msg::attribute_not_escapable, atom_text(q::node_head(var)), inspect(t))}};
    if (t.is_cons()) {
      pending.push_back(t.head());
      pending.push_back(t.tail());
    } else if (t.is_tuple()) {
      for (std::size_t i = 0; i < t.tuple_arity(); ++i) pending.push_back(t.element(i));
    } else if (t.is_map()) {
      for (const auto& [k, v] : map_items(t)) {
        pending.push_back(k);
        pending.push_back(v);
      }
    }
  }
  return value;
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
  {
    Block block(*this);
    c.body = expr(parts[1]);
  }
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

ExprPtr Lowerer::defmodule_expr(Term form, int line) {
  std::vector<Term> args = q::list_items(q::node_args(form));
  Term name = args[0];
  if (q::is_call(name, atoms::__aliases__)) name = alias_atom(name);
  if (!name.is_atom()) fail(line, message(Msg::unsupported, "a dynamic module name"));
  Term body = q::keyword_get(args[1], atoms::do_);
  if (body.is_none()) fail(line, message(Msg::unsupported, "this form of defmodule"));
  if (!module_.is_none()) fail(line, message(Msg::unsupported, "nested defmodule"));
  context_modules_.insert(name.raw());
  {
    // The body as a block that carries the defmodule's line (the line of
    // the env __before_compile__ receives), after the script's directives.
    std::vector<Term> forms = script_directives_;
    if (q::is_call(body, atoms::__block__)) {
      for (Term f : q::list_items(q::node_args(body))) forms.push_back(f);
    } else {
      forms.push_back(body);
    }
    body = q::call(heap_, atoms::__block__, q::meta_with_line(heap_, line), forms);
  }
  std::vector<ExprPtr> a;
  a.push_back(lit(name, line));
  a.push_back(lit(body, line));  // the quoted body, compiled when reached
  a.push_back(lit(make_binary(heap_, file_), line));  // the file, for the module's compile errors and docs
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
    // [a, b | t] and [a, b] differ only in the tail the heads are consed onto.
    std::vector<Term> items = q::list_items(form);
    Term tail_form = Term::none();
    if (!items.empty() && q::is_call(items.back(), atoms::cons_op, 2)) {
      std::vector<Term> bar = q::list_items(q::node_args(items.back()));
      items.back() = bar[0];
      tail_form = bar[1];
    }
    std::vector<PatPtr> heads;
    for (Term t : items) heads.push_back(pattern(t, bound));
    PatPtr tail;
    if (tail_form.is_none()) {
      tail = std::make_unique<Pat>();
      tail->kind = Pat::kNil;
    } else {
      tail = pattern(tail_form, bound);
    }
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
    VarKey key = var_key(form);
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
  if (head == intern_atom("var!") && (args.size() == 1 || args.size() == 2)) return pattern(var_bang(args, line), bound);
  if (!head.is_atom()) {
    // A macro of another module expands in the pattern (Record's do).
    if (q::is_node(head) && q::node_head(head) == atoms::dot && q::node_args(head).is_list()) {
      std::vector<Term> dot = q::list_items(q::node_args(head));
      Term m = dot.size() == 2 && q::is_call(dot[0], atoms::__aliases__) ? alias_atom(dot[0]) : Term::none();
      if (dot.size() == 2 && dot[1].is_atom() && m.is_atom()) {
        Term expansion = in_context(intern_atom("match"), [&] { return expand_remote_macro(m, dot[1], args, line); });
        if (!expansion.is_none()) return pattern(expansion, bound);
      }
    }
    call_in_pattern(head, args.size(), line);
  }
  if (head == atoms::tuple_op) {
    p->kind = Pat::kTuple;
    for (Term a : args) p->elems.push_back(pattern(a, bound));
    return p;
  }
  if (head == atoms::map_op) return map_pattern(args, bound, line);
  if ((atom_text(head) == ".." && args.size() == 2) || (atom_text(head) == "..//" && args.size() == 3)) {
    // first..last (any step) and first..last//step match a %Range{}, as
    // Kernel's `..` expands in a match.
    std::vector<Term> pairs = {q::pair(heap_, atoms::__struct__, intern_atom("Elixir.Range")),
                               q::pair(heap_, intern_atom("first"), args[0]),
                               q::pair(heap_, intern_atom("last"), args[1])};
    if (args.size() == 3) pairs.push_back(q::pair(heap_, intern_atom("step"), args[2]));
    return map_pattern(pairs, bound, line);
  }
  if (atom_text(head) == "%" && args.size() == 2) return struct_pattern(args, bound, line);
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
    int found = lookup(var_key(v), q::node_head(v));
    if (found < 0) fail(line, message(Msg::undefined_pinned, atom_text(q::node_head(v))));
    p->kind = Pat::kCheck;
    p->var = found;
    return p;
  }
  // @name in a pattern matches the attribute's value (as Elixir expands it).
  if (atom_text(head) == "@" && args.size() == 1 && q::is_var(args[0]) && !module_.is_none()) {
    p->kind = Pat::kLit;
    p->lit = attribute_value(args[0], line);
    return p;
  }
  if (head == atoms::bin) return bin_pattern({form}, bound, line);
  // Kernel's sigils expand to their value (~c"ab", ~w(a b), ~s"x": literals;
  // ~D ~T ~N ~U: a calendar struct), which Elixir allows in patterns.
  if (atom_text(head).substr(0, 6) == "sigil_") {
    Term expanded = expander_.expand_once(form);
    if (!expanded.is_none()) return pattern(expanded, bound);
    if (!expander_.error().empty()) throw Failure{CompileError{expander_.error_kind(), file_, line, expander_.error()}};
  }
  // "prefix" <> rest is <<"prefix", rest::binary>>; the left side's size
  // must be known (a literal, or a <<>> of sized segments).
  if (atom_text(head) == "<>" && args.size() == 2) {
    if (q::is_node(args[0]) && q::node_head(args[0]).is_atom() &&
        atom_text(q::node_head(args[0])).substr(0, 6) == "sigil_") {  // ~s"id:" <> rest
      Term expanded = expander_.expand_once(args[0]);
      if (!expanded.is_none()) args[0] = expanded;
    }
    if (!args[0].is_binary() && !q::is_call(args[0], atoms::bin))
      throw Failure{CompileError{"ArgumentError", file_, line, message(Msg::concat_left_not_literal, expr_text(args[0]))}};
    Term binary = q::var(heap_, atoms::binary, q::node_meta(form), atoms::nil);
    auto typed = [&](Term v) { return q::call(heap_, atoms::type_op, q::node_meta(form), {v, binary}); };
    return bin_pattern({typed(args[0]), typed(args[1])}, bound, line);
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
  // A macro of this module or an imported one.
  Term expansion = in_context(intern_atom("match"), [&] { return expand_local_macro(form, head, args, line); });
  if (!expansion.is_none()) return pattern(expansion, bound);
  fail(line, message(Msg::invalid_pattern, std::string(atom_text(head)) + "/" + std::to_string(args.size())));
}

// A call whose callee is not a name (`Mod.fun()`, `x.y`, `f.()`) in a pattern:
// Elixir's CompileError, naming the callee as Macro.to_string does.
void Lowerer::call_in_pattern(Term callee, std::size_t arity, int line) {
  if (q::is_node(callee) && q::node_head(callee) == atoms::dot && q::node_args(callee).is_list()) {
    std::vector<Term> dot = q::list_items(q::node_args(callee));
    if (dot.size() == 1) fail(line, message(Msg::anonymous_call_in_match));
    if (dot.size() == 2 && dot[1].is_atom()) {
      Term mod = dot[0];
      std::string text;
      if (q::is_node(mod) && q::node_head(mod) == atoms::__aliases__) text = inspect(alias_atom(mod));
      else if (q::is_var(mod)) text = std::string(atom_text(q::node_head(mod)));
      else text = inspect(mod);
      fail(line, message(Msg::remote_in_match, text, atom_text(dot[1]), arity));
    }
  }
  fail(line, message(Msg::invalid_pattern, "this expression"));
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
  if (q::is_node(right) && q::node_head(right).is_atom() && atom_text(q::node_head(right)).substr(0, 6) == "sigil_") {
    Term expanded = expander_.expand_once(right);  // `c in ~c"+-"`: the sigil's list
    if (!expanded.is_none()) right = expanded;
  }
  if (q::is_call(right, intern_atom("@"), 1) && q::is_var(q::list_items(q::node_args(right))[0]) && !module_.is_none()) {
    // `x in @list` / `x in @range`: the attribute's value, a list or a range.
    Term value = attribute_value(q::list_items(q::node_args(right))[0], line);
    if (value.is_map() && map_get(value, atoms::__struct__) == intern_atom("Elixir.Range")) {
      Term first = map_get(value, intern_atom("first")), last = map_get(value, intern_atom("last"));
      Term step = map_get(value, intern_atom("step"));
      if (first.is_integer() && last.is_integer() && step.is_integer())
        return lower_guard(expander_.range_guard(q::node_meta(right), left, first, last, step));
    }
    right = value;
  }
  if (right.is_list() && list_length(right) != SIZE_MAX) {
    std::vector<Term> items = q::list_items(right);
    if (items.empty()) return lit(atoms::false_, line);
    ExprPtr chain = cmp("=:=", left, items.back());
    for (std::size_t i = items.size() - 1; i-- > 0;) chain = both(atoms::orelse, cmp("=:=", left, items[i]), std::move(chain));
    return chain;
  }
  bool two = q::is_call(right, intern_atom(".."), 2), three = q::is_call(right, intern_atom("..//"), 3);
  if (two || three) {
    std::vector<Term> b = q::list_items(q::node_args(right));
    return lower_guard(expander_.range_guard(q::node_meta(right), left, b[0], b[1], three ? b[2] : Term::none()));
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
      // Alternative guards (`when a when b`) stay `when`: codegen tries the
      // second when the first fails or raises.
      Term op = name == "and" ? atoms::andalso : name == "or" ? atoms::orelse : atoms::when;
      return remote(atoms::erlang, op, std::move(lowered), line);
    }
    if (name == "in" && args.size() == 2) return guard_in(args[0], args[1], line);
    if (name == "is_nil" && args.size() == 1) {
      lowered.push_back(lower_guard(args[0]));
      lowered.push_back(lit(atoms::nil, line));
      return remote(atoms::erlang, intern_atom("=="), std::move(lowered), line);
    }
    if (name == "is_struct" && (args.size() == 1 || args.size() == 2)) {
      // Kernel's guard: is_map(x) and :erlang.is_map_key(:__struct__, x) and
      // is_atom(:erlang.map_get(:__struct__, x)) (or =:= name).
      Term meta = q::node_meta(form);
      auto erl = [&](const char* f, std::vector<Term> a) { return q::remote(heap_, atoms::erlang, intern_atom(f), meta, a); };
      Term x = args[0];
      Term get = erl("map_get", {atoms::__struct__, x});
      Term last = args.size() == 1 ? erl("is_atom", {get}) : erl("=:=", {get, args[1]});
      Term g = erl("andalso", {erl("is_map_key", {atoms::__struct__, x}), last});
      if (args.size() == 2) g = erl("andalso", {erl("is_atom", {args[1]}), g});
      return lower_guard(erl("andalso", {erl("is_map", {x}), g}));
    }
    if (name == "is_exception" && (args.size() == 1 || args.size() == 2)) {
      // is_map(x) and :erlang.is_map_key(:__exception__, x) and
      // :erlang.map_get(:__exception__, x) == true and is_struct(x[, name]).
      Term meta = q::node_meta(form);
      auto erl = [&](const char* f, std::vector<Term> a) { return q::remote(heap_, atoms::erlang, intern_atom(f), meta, a); };
      Term x = args[0];
      Term g = erl("andalso", {erl("is_map", {x}), erl("andalso", {erl("is_map_key", {atoms::__exception__, x}),
                                                                  erl("=:=", {erl("map_get", {atoms::__exception__, x}), atoms::true_})})});
      g = erl("andalso", {g, q::call(heap_, intern_atom("is_struct"), meta, args.size() == 2 ? std::vector<Term>{x, args[1]} : std::vector<Term>{x})});
      return lower_guard(g);
    }
    if (name == "is_map_key" && args.size() == 2) {
      lowered.push_back(lower_guard(args[1]));
      lowered.push_back(lower_guard(args[0]));
      return remote(atoms::erlang, intern_atom("is_map_key"), std::move(lowered), line);
    }
    if (name == "elem" && args.size() == 2) {
      ExprPtr e = expr(form);  // :erlang.element(i + 1, t), lowered as in bodies
      return e;
    }
    if (head == atoms::tuple_op || head == atoms::__aliases__) return expr(form);
    if (name == "@" && args.size() == 1 && q::is_var(args[0])) return expr(form);  // the attribute's value
    if (const KernelImport* k = find_kernel_import(name, static_cast<int>(args.size()))) {
      if (k->module == "erlang") {
        for (Term a : args) lowered.push_back(lower_guard(a));
        return remote(atoms::erlang, intern_atom(k->function), std::move(lowered), line);
      }
    }
    Term expansion = in_context(intern_atom("guard"), [&] { return expand_local_macro(form, head, args, line); });
    if (!expansion.is_none()) return lower_guard(expansion);
    {
      // An imported function that compiles to an :erlang guard builtin
      // (Bitwise's).
      Term module = Term::none(), function = head;
      bool is_macro = false;
      if (find_import_for(form, head, static_cast<std::uint32_t>(args.size()), &module, &is_macro) && !is_macro) {
        rewrite_remote(&module, &function, args.size());
        if (module == atoms::erlang) {
          for (Term a : args) lowered.push_back(lower_guard(a));
          return remote(atoms::erlang, function, std::move(lowered), line);
        }
      }
    }
    fail(line, message(Msg::invalid_guard, std::string(name) + "/" + std::to_string(args.size())));
  }
  if (q::is_node(head) && q::node_head(head) == atoms::dot) {
    std::vector<Term> dot = q::list_items(q::node_args(head));
    if (dot.size() == 2 && dot[1].is_atom()) {
      Term m = dot[0];
      if (q::is_call(m, atoms::__aliases__)) m = alias_atom(m);
      if (m.is_atom()) {
        Term expansion = in_context(intern_atom("guard"), [&] { return expand_remote_macro(m, dot[1], args, line); });
        if (!expansion.is_none()) return lower_guard(expansion);
      }
    }
    if (dot.size() == 2 && dot[1].is_atom()) {
      Term m = q::is_call(dot[0], atoms::__aliases__) ? alias_atom(dot[0]) : dot[0];
      Term f = dot[1];
      rewrite_remote(&m, &f, args.size());
      if (m == atoms::erlang) {
        for (Term a : args) lowered.push_back(lower_guard(a));
        return remote(atoms::erlang, f, std::move(lowered), line);
      }
    }
  }
  fail(line, message(Msg::invalid_guard, "this call"));
}

ir::Clause Lowerer::eval_clause(Term form, const std::vector<Term>& names) {
  ir::Clause c;
  // [v1, v2, ...] binds the binding's values.
  Scope bound;
  PatPtr tail = std::make_unique<Pat>();
  tail->kind = Pat::kNil;
  std::vector<PatPtr> heads;
  // A name is an atom (a variable of context nil) or, in a module body, a
  // {name, context} pair for a variable a macro's quote introduced (the
  // assignments `quote bind_quoted:` makes), so unquote fragments see it.
  for (Term n : names) {
    auto p = std::make_unique<Pat>();
    p->kind = Pat::kBind;
    bool hygienic = n.is_tuple() && n.tuple_arity() == 2;
    Term name = hygienic ? n.element(0) : n;
    p->var = new_var(name);
    bound[{name.raw(), hygienic ? n.element(1).raw() : atoms::nil.raw()}] = p->var;
    heads.push_back(std::move(p));
  }
  for (auto it = heads.rbegin(); it != heads.rend(); ++it) {
    auto cons = std::make_unique<Pat>();
    cons->kind = Pat::kCons;
    cons->elems.push_back(std::move(*it));
    cons->elems.push_back(std::move(tail));
    tail = std::move(cons);
  }
  c.pats.push_back(std::move(tail));
  merge(bound);
  auto block = make(Expr::kBlock, 0);
  auto m = make(Expr::kMatch, 0);
  m->args.push_back(expr(form));
  auto result = std::make_unique<Pat>();
  result->kind = Pat::kBind;
  result->var = new_var(intern_atom("eval_result"));
  int result_var = result->var;
  m->pat = std::move(result);
  block->args.push_back(std::move(m));
  // The binding: the caller's variables (context nil) as they are now.
  // In a module body, also the variables of other contexts, named {name, context}.
  std::vector<std::pair<std::string_view, int>> vars;
  std::vector<std::pair<Term, int>> hygienic;
  for (const auto& [key, var] : scope_) {
    if (key.second == atoms::nil.raw())
      vars.push_back({atom_text(Term::from_raw(key.first)), var});
    else if (!module_.is_none())
      hygienic.push_back({make_tuple(heap_, {Term::from_raw(key.first), Term::from_raw(key.second)}), var});
  }
  std::sort(vars.begin(), vars.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
  ExprPtr list = lit(Term::nil(), 0);
  for (const auto& [name, var] : hygienic) {
    auto pair = make(Expr::kTuple, 0);
    pair->args.push_back(lit(name, 0));
    pair->args.push_back(var_ref(var, 0));
    auto cons = make(Expr::kCons, 0);
    cons->args.push_back(std::move(pair));
    cons->args.push_back(std::move(list));
    list = std::move(cons);
  }
  for (auto it = vars.rbegin(); it != vars.rend(); ++it) {
    auto pair = make(Expr::kTuple, 0);
    pair->args.push_back(lit(intern_atom(it->first), 0));
    pair->args.push_back(var_ref(it->second, 0));
    auto cons = make(Expr::kCons, 0);
    cons->args.push_back(std::move(pair));
    cons->args.push_back(std::move(list));
    list = std::move(cons);
  }
  auto tuple = make(Expr::kTuple, 0);
  tuple->args.push_back(var_ref(result_var, 0));
  tuple->args.push_back(std::move(list));
  block->args.push_back(std::move(tuple));
  c.body = std::move(block);
  scope_.clear();
  return c;
}

}  // namespace lowering

using namespace lowering;

namespace {

// The value of `key` in a Macro.Env map or a keyword list; none if absent.
Term env_field(Term env, const char* key) {
  Term k = intern_atom(key);
  if (env.is_map()) return map_get(env, k);
  for (Term t = env; t.is_cons(); t = t.tail()) {
    Term e = t.head();
    if (e.is_tuple() && e.tuple_arity() == 2 && e.element(0) == k) return e.element(1);
  }
  return Term::none();
}

// Aliases, requires and imports of a Macro.Env (or of Code.eval's options,
// which name them alike) into the lowering's tables; the module it names.
Term read_eval_env(Term env, AliasMap* aliases, Lexical* lexical) {
  if (env.is_none() || !(env.is_map() || env.is_list())) return Term::none();
  Term list = env_field(env, "aliases");
  for (; list.is_cons(); list = list.tail()) {
    Term e = list.head();
    if (!(e.is_tuple() && e.tuple_arity() == 2 && e.element(0).is_atom() && e.element(1).is_atom())) continue;
    std::string_view short_name = atom_text(e.element(0));
    if (short_name.rfind("Elixir.", 0) == 0) short_name.remove_prefix(7);
    (*aliases)[intern_atom(std::string(short_name)).raw()] = e.element(1);
  }
  for (list = env_field(env, "requires"); list.is_cons(); list = list.tail())
    if (list.head().is_atom()) lexical->required.insert(list.head().raw());
  // functions: [{Mod, [{name, arity}]}] and macros: likewise; Kernel is
  // imported anyway.
  std::map<Word, std::size_t> index;
  for (const char* kind : {"functions", "macros"}) {
    for (list = env_field(env, kind); list.is_cons(); list = list.tail()) {
      Term e = list.head();
      if (!(e.is_tuple() && e.tuple_arity() == 2 && e.element(0).is_atom())) continue;
      Term module = e.element(0);
      if (module == atoms::Elixir_Kernel) continue;
      auto it = index.find(module.raw());
      if (it == index.end()) {
        it = index.emplace(module.raw(), lexical->imports.size()).first;
        lexical->imports.push_back(Import{module, {}});
      }
      for (Term n = e.element(1); n.is_cons(); n = n.tail()) {
        Term na = n.head();
        if (na.is_tuple() && na.tuple_arity() == 2 && na.element(0).is_atom() && na.element(1).is_small())
          lexical->imports[it->second].names.push_back(
              ImportedName{na.element(0), static_cast<std::uint32_t>(na.element(1).small_value()), kind[0] == 'm'});
      }
    }
  }
  Term module = env_field(env, "module");
  return module.is_atom() && module != atoms::nil ? module : Term::none();
}

}  // namespace

bool lower_eval(Heap& heap, Term form, const std::vector<Term>& names, const std::string& file, ir::Module* out,
                CompileError* error, Term env) {
  AliasMap aliases;
  Lexical lexical;
  try {
    Term module = read_eval_env(env, &aliases, &lexical);
    lower_eval_in(heap, form, names, module, nullptr, &aliases, &lexical, file, out);
    return true;
  } catch (Failure& f) {
    *error = std::move(f.error);
    return false;
  }
}

namespace lowering {

void lower_eval_in(Heap& heap, Term form, const std::vector<Term>& names, Term module,
                   const std::map<Word, Term>* attributes, AliasMap* aliases, Lexical* lexical,
                   const std::string& file, ir::Module* out) {
  Lowerer l(heap, file, module, nullptr);
  std::vector<ir::Function> lifted;
  l.set_lifted(&lifted);
  l.aliases = aliases;
  l.lexical = lexical;
  l.attributes = attributes;
  ir::Function fn;
  fn.name = intern_atom("__eval__");
  fn.arity = 1;
  fn.exported = true;
  l.begin_function(&fn);
  fn.clauses.push_back(l.eval_clause(form, names));
  out->functions.push_back(std::move(fn));
  for (auto& f : lifted) out->functions.push_back(std::move(f));
}

}  // namespace lowering

// --- entry points ------------------------------------------------------------------

bool lower_script(Heap& heap, Term form, const std::string& file, ir::Module* out, CompileError* error) {
  try {
    Lowerer l(heap, file, Term::none(), nullptr);
    std::vector<ir::Function> lifted;
    l.set_lifted(&lifted);
    AliasMap aliases;
    l.aliases = &aliases;
    Lexical lexical;
    l.lexical = &lexical;
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

}  // namespace vial
