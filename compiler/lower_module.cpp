// Lowering of module bodies: collecting def/defp clauses, default
// arguments, module attributes, aliases and nested modules.
#include "compiler/lower.h"

#include <algorithm>
#include <deque>
#include <functional>

#include "compiler/codegen.h"
#include "compiler/lower_protocol.h"
#include "compiler/lowerer.h"
#include "compiler/macros.h"
#include "compiler/reader.h"
#include "vm/copy.h"
#include "vm/exceptions.h"
#include "vm/map.h"
#include "vm/module.h"
#include "vm/printer.h"

namespace vial {
namespace lowering {
namespace {

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
  if (q::is_call(form, atoms::map_op)) {  // %{k => v} of literals
    MapItems items;
    for (Term kv : q::list_items(q::node_args(form))) {
      if (!kv.is_tuple() || kv.tuple_arity() != 2) return Term::none();
      Term k = literal_value(heap, kv.element(0), aliases, module), v = literal_value(heap, kv.element(1), aliases, module);
      if (k.is_none() || v.is_none()) return Term::none();
      items.emplace_back(k, v);
    }
    return map_from_items(heap, std::move(items));
  }
  if (q::is_var(form) && q::node_head(form) == intern_atom("__MODULE__")) return module;
  return Term::none();
}

// The functions defstruct and defexception define, as Elixir's Kernel does
// (reading the default struct from @__struct__); message/1 and exception/1
// are overridable.
constexpr std::string_view kStructFunctions = R"(
def __struct__(), do: @__struct__
def __struct__(kv), do: Kernel.Utils.struct_new(@__struct__, @enforce_keys, kv)
)";
constexpr std::string_view kExceptionMessageFunctions = R"(
def message(exception), do: exception.message
defoverridable message: 1
def exception(msg) when is_binary(msg), do: exception(message: msg)
)";
constexpr std::string_view kExceptionFunctions = R"(
def exception(args) when is_list(args), do: Kernel.Utils.exception_new(@__struct__, args)
defoverridable exception: 1
)";

}  // namespace
}  // namespace lowering

using namespace lowering;

namespace {

// The quoted `defmacro name(args) do quote do: guard end end` that
// `defguard name(args) when guard` defines: the arguments are unquoted into
// the guard, so the macro works inside guards (and, evaluating each argument
// where it appears, outside them).
Term defguard_macro(Heap& heap, Term item, bool is_private, const std::string& file) {
  int line = q::line_of(item);
  std::vector<Term> parts = q::list_items(q::node_args(item));
  if (parts.size() != 1 || !q::is_call(parts[0], atoms::when, 2))
    throw Failure{CompileError{"ArgumentError", file, line,
                               "invalid syntax in defguard " + inspect(parts.empty() ? Term::nil() : parts[0]) +
                                   ", defguard must receive exactly one when clause"}};
  std::vector<Term> w = q::list_items(q::node_args(parts[0]));
  Term head = w[0], guard = w[1];
  std::set<Word> params;
  if (q::node_args(head).is_list())
    for (Term a : q::list_items(q::node_args(head)))
      if (q::is_var(a)) params.insert(q::node_head(a).raw());
  Term meta = q::meta_with_line(heap, line);
  std::function<Term(Term)> unquote_params = [&](Term t) -> Term {
    if (q::is_var(t) && params.count(q::node_head(t).raw()) && q::node_args(t) == atoms::nil)
      return q::call(heap, intern_atom("unquote"), meta, {t});
    if (t.is_cons()) {
      std::vector<Term> items;
      for (Term e : q::list_items(t)) items.push_back(unquote_params(e));
      return q::list(heap, items);
    }
    if (t.is_tuple() && t.tuple_arity() == 2) return q::pair(heap, unquote_params(t.element(0)), unquote_params(t.element(1)));
    if (q::is_node(t)) return q::node(heap, unquote_params(q::node_head(t)), q::node_meta(t), unquote_params(q::node_args(t)));
    return t;
  };
  Term quoted = q::call(heap, intern_atom("quote"), meta, {q::list(heap, {q::pair(heap, atoms::do_, unquote_params(guard))})});
  Term body = q::list(heap, {q::pair(heap, atoms::do_, quoted)});
  return q::call(heap, intern_atom(is_private ? "defmacrop" : "defmacro"), meta, {head, body});
}

// Whether a form (a for's body) defines functions or macros.
// `Enum.each(enum, fn pattern -> body end)` or `enum |> Enum.each(fn ...)`
// as `for pattern <- enum, do: body`; none for any other form.
Term each_as_for(Heap& heap, Term item) {
  if (!q::is_node(item)) return Term::none();
  std::vector<Term> args;
  Term call = item;
  Term piped = Term::none();
  if (q::is_call(item, intern_atom("|>"), 2)) {
    std::vector<Term> sides = q::list_items(q::node_args(item));
    piped = sides[0];
    call = sides[1];
  }
  if (!q::is_node(call) || !q::is_node(q::node_head(call)) || q::node_head(q::node_head(call)) != atoms::dot)
    return Term::none();
  std::vector<Term> dot = q::list_items(q::node_args(q::node_head(call)));
  if (dot.size() != 2 || dot[1] != intern_atom("each") || !q::is_call(dot[0], atoms::__aliases__)) return Term::none();
  std::vector<Term> segs = q::list_items(q::node_args(dot[0]));
  if (segs.size() != 1 || segs[0] != intern_atom("Enum") || !q::node_args(call).is_list()) return Term::none();
  args = q::list_items(q::node_args(call));
  if (!piped.is_none()) args.insert(args.begin(), piped);
  if (args.size() != 2 || !q::is_call(args[1], intern_atom("fn"), 1)) return Term::none();
  Term clause = q::list_items(q::node_args(args[1]))[0];
  if (!q::is_call(clause, intern_atom("->"), 2)) return Term::none();
  std::vector<Term> arrow = q::list_items(q::node_args(clause));
  if (!arrow[0].is_list() || list_length(arrow[0]) != 1) return Term::none();
  Term pattern = q::list_items(arrow[0])[0];
  if (q::is_call(pattern, intern_atom("when"))) return Term::none();
  Term meta = q::node_meta(call);
  Term gen = q::node(heap, intern_atom("<-"), meta, q::list(heap, {pattern, args[0]}));
  Term body = q::list(heap, {q::pair(heap, atoms::do_, arrow[1])});
  return q::node(heap, intern_atom("for"), meta, q::list(heap, {gen, body}));
}

bool contains_definition(Term t) {
  if (t.is_cons()) {
    for (; t.is_cons(); t = t.tail())
      if (contains_definition(t.head())) return true;
    return false;
  }
  if (t.is_tuple() && t.tuple_arity() == 2) return contains_definition(t.element(0)) || contains_definition(t.element(1));
  if (!q::is_node(t)) return false;
  Term h = q::node_head(t);
  if (h.is_atom()) {
    std::string_view n = atom_text(h);
    if ((n == "def" || n == "defp" || n == "defmacro" || n == "defmacrop") && q::node_args(t).is_list()) return true;
    if (n == "quote") return false;
    // An attribute set (`@n n`), and ExUnit's test-defining macros, are
    // module-body forms too: `for {n, v} <- cases do @n n; test ... end`.
    if (n == "@" && q::node_args(t).is_cons() && q::is_node(q::node_args(t).head()) &&
        q::node_args(q::node_args(t).head()).is_cons())
      return true;
    if ((n == "test" || n == "describe") && q::node_args(t).is_cons()) return true;
  }
  return contains_definition(q::node_args(t));
}

// The caller-context variables a pattern binds, in order of appearance.
void collect_vars(Term t, std::vector<Term>* out) {
  if (t.is_cons()) {
    for (; t.is_cons(); t = t.tail()) collect_vars(t.head(), out);
    return;
  }
  if (t.is_tuple() && t.tuple_arity() == 2) {
    collect_vars(t.element(0), out);
    collect_vars(t.element(1), out);
    return;
  }
  if (!q::is_node(t)) return;
  if (q::is_var(t)) {
    if (q::node_args(t) != atoms::nil || atom_text(q::node_head(t)).substr(0, 1) == "_") return;
    for (Term v : *out)
      if (q::node_head(v) == q::node_head(t)) return;
    out->push_back(t);
    return;
  }
  if (q::node_head(t) == intern_atom("^")) return;
  collect_vars(q::node_args(t), out);
}

// defdelegate f(a, b), to: Mod[, as: g]  =>  def f(a, b), do: Mod.g(a, b)
Term defdelegate_def(Heap& heap, Term item, const std::string& file) {
  int line = q::line_of(item);
  std::vector<Term> parts = q::list_items(q::node_args(item));
  Term to = q::keyword_get(parts[1], intern_atom("to"));
  if (to.is_none())
    throw Failure{CompileError{"ArgumentError", file, line, "expected to: to be given as argument"}};
  Term head = parts[0];
  if (!q::is_node(head) || !q::node_head(head).is_atom())
    throw Failure{CompileError{"CompileError", file, line, message(Msg::unsupported, "this defdelegate")}};
  Term as = q::keyword_get(parts[1], intern_atom("as"));
  if (as.is_none()) as = q::node_head(head);
  Term meta = q::meta_with_line(heap, line);
  std::vector<Term> params, args;
  int i = 0;
  for (Term a : q::list_items(q::node_args(head).is_list() ? q::node_args(head) : Term::nil())) {
    Term v = a;
    if (q::is_call(a, intern_atom("\\\\"), 2)) v = q::list_items(q::node_args(a))[0];
    if (!q::is_var(v)) v = q::var(heap, intern_atom("arg" + std::to_string(++i)), meta, intern_atom("vial_delegate"));
    params.push_back(q::is_call(a, intern_atom("\\\\"), 2) ? q::call(heap, intern_atom("\\\\"), meta, {v, q::list_items(q::node_args(a))[1]}) : v);
    args.push_back(v);
  }
  Term call = q::remote(heap, to, as, meta, args);
  Term def_head = q::node(heap, q::node_head(head), q::node_meta(head), q::list(heap, params));
  return q::call(heap, intern_atom("def"), meta, {def_head, q::list(heap, {q::pair(heap, atoms::do_, call)})});
}

}  // namespace

static bool lower_module_body(Heap& heap, Term name, Term body, const std::string& file, ir::Module* out,
                              CompileError* error, std::vector<NestedModule>* nested,
                              const DefineNested* define_nested);

namespace {

// The modules being compiled on this thread, innermost last.
thread_local std::vector<CompilingModule*> compiling_stack;

struct CompilingScope {
  explicit CompilingScope(CompilingModule* m) { compiling_stack.push_back(m); }
  ~CompilingScope() { compiling_stack.pop_back(); }
  CompilingScope(const CompilingScope&) = delete;
  CompilingScope& operator=(const CompilingScope&) = delete;
};

}  // namespace

CompilingModule* compiling_module(Term name) {
  for (auto it = compiling_stack.rbegin(); it != compiling_stack.rend(); ++it)
    if ((*it)->name == name) return *it;
  return nullptr;
}

bool lower_module(Heap& heap, Term name, Term body, const std::string& file, ir::Module* out,
                  CompileError* error, std::vector<NestedModule>* nested, const DefineNested* define_nested) {
  try {
    return lower_module_body(heap, name, body, file, out, error, nested, define_nested);
  } catch (Failure& f) {
    *error = std::move(f.error);
    return false;
  }
}

// Whether t is a valid quoted expression (Macro.validate/1's rule).
static bool is_quoted_expression(Term t) {
  if (t.is_atom() || t.is_number() || t.is_binary() || t.is_nil()) return true;
  if (t.is_cons()) {
    Term rest = t;
    for (; rest.is_cons(); rest = rest.tail())
      if (!is_quoted_expression(rest.head())) return false;
    return rest.is_nil();
  }
  if (t.is_tuple() && t.tuple_arity() == 2) return is_quoted_expression(t.element(0)) && is_quoted_expression(t.element(1));
  if (t.is_tuple() && t.tuple_arity() == 3 && t.element(1).is_list())
    return (t.element(0).is_atom() || is_quoted_expression(t.element(0))) &&
           (t.element(2).is_atom() || is_quoted_expression(t.element(2)));
  return false;
}

static bool lower_module_body(Heap& heap, Term name, Term body, const std::string& file, ir::Module* out,
                              CompileError* error, std::vector<NestedModule>* nested,
                              const DefineNested* define_nested) {
  // The body's forms, in order; a macro call's expansion takes its place.
  std::deque<Term> work;
  auto push_front_block = [&](Term form) {
    std::vector<Term> items =
        q::is_call(form, atoms::__block__) ? q::list_items(q::node_args(form)) : std::vector<Term>{form};
    for (auto it = items.rbegin(); it != items.rend(); ++it) work.push_front(*it);
  };
  int module_line = q::line_of(body);  // the defmodule's (lower.cpp defmodule_expr)
  push_front_block(body);
  struct Def {
    Term head_args;
    Term guard;
    Term body;
    int line;
    std::shared_ptr<const std::map<Word, Term>> attributes;  // as they were at this def
    std::shared_ptr<AliasMap> aliases;                       // likewise
    std::shared_ptr<const Lexical> lexical;                  // likewise
    bool macro;
    Term super = Term::none();  // what super(...) calls in this clause
  };
  auto attributes = std::make_shared<std::map<Word, Term>>();
  auto aliases = std::make_shared<AliasMap>();
  auto lexical = std::make_shared<Lexical>();
  // Attributes declared with accumulate: true collect every value set.
  std::set<Word> accumulate;
  auto set_attribute = [&](Term key, Term value) {
    auto next = std::make_shared<std::map<Word, Term>>(*attributes);
    if (accumulate.count(key.raw())) {
      auto it = next->find(key.raw());
      value = make_cons(heap, value, it == next->end() ? Term::nil() : it->second);
    }
    (*next)[key.raw()] = value;
    attributes = next;
  };
  CompilingModule self{name,
                       [&](Term key) {
                         auto it = attributes->find(key.raw());
                         return it == attributes->end() ? Term::none() : it->second;
                       },
                       [&](Term key, Term value) { set_attribute(key, copy_term(heap, value)); },
                       [&](Term key, bool acc) {
                         if (!acc) return;
                         accumulate.insert(key.raw());
                         if (!attributes->count(key.raw())) {
                           auto next = std::make_shared<std::map<Word, Term>>(*attributes);
                           (*next)[key.raw()] = Term::nil();
                           attributes = next;
                         }
                       },
                       [&](Term key) {
                         if (!attributes->count(key.raw())) return;
                         auto next = std::make_shared<std::map<Word, Term>>(*attributes);
                         if (accumulate.count(key.raw()))
                           (*next)[key.raw()] = Term::nil();
                         else
                           next->erase(key.raw());
                         attributes = next;
                       },
                       {}};  // defines: set below, once the definitions exist
  CompilingScope compiling(&self);
  std::set<std::pair<Word, std::uint32_t>> macros;  // defmacro/defmacrop name/arity
  std::vector<std::pair<Term, int>> before_compile;  // @before_compile modules
  bool before_compile_done = false;
  // defoverridable: functions a later def replaces; the replaced clauses
  // stay as the private function "f (overridable N)" that super calls.
  // The body's own variables (`x = 1` in a module body), which unquote
  // fragments in definitions read; for-loops of definitions set them per
  // iteration, through markers in the work list.
  Binding binding;
  std::vector<Binding> saved_bindings;
  const Term binding_marker = intern_atom("__vial_binding__");
  // A module nested in this one (defmodule, defprotocol, defimpl) sees this
  // body's lexical scope where it is nested, as in Elixir: its body is
  // prefixed with a scope marker carrying the aliases, then the import and
  // require directives met so far, replayed.
  const Term scope_marker = intern_atom("__vial_scope__");
  std::vector<Term> directive_forms;
  auto scoped_body = [&](Term inner) {
    std::vector<Term> pairs;
    for (const auto& [short_name, full] : *aliases) pairs.push_back(q::pair(heap, Term::from_raw(short_name), full));
    std::vector<Term> forms{q::node(heap, scope_marker, Term::nil(), q::list(heap, pairs))};
    forms.insert(forms.end(), directive_forms.begin(), directive_forms.end());
    if (q::is_call(inner, atoms::__block__)) {
      for (Term f : q::list_items(q::node_args(inner))) forms.push_back(f);
    } else {
      forms.push_back(inner);
    }
    return q::call(heap, atoms::__block__, Term::nil(), forms);
  };
  auto eval_body = [&](Term form, int at) {
    return eval_in_module(heap, form, name, attributes.get(), aliases.get(), lexical.get(), file, at, &binding);
  };
  // def unquote(name)(), do: unquote(value): each unquote outside a quote is
  // evaluated with the body's variables and its value escaped in place.
  std::function<Term(Term)> unquote_fragments = [&](Term t) -> Term {
    if (t.is_cons()) {
      std::vector<Term> items;
      Term rest = t;
      for (; rest.is_cons(); rest = rest.tail()) items.push_back(unquote_fragments(rest.head()));
      Term out = unquote_fragments(rest);
      for (auto it = items.rbegin(); it != items.rend(); ++it) out = make_cons(heap, *it, out);
      return out;
    }
    if (t.is_tuple() && t.tuple_arity() == 2) return q::pair(heap, unquote_fragments(t.element(0)), unquote_fragments(t.element(1)));
    if (!q::is_node(t)) return t;
    if (q::node_head(t) == intern_atom("quote")) return t;
    if (q::is_call(t, intern_atom("unquote"), 1)) {
      // The value is code, as in Elixir (unquote(fields) with a field
      // {:%{}, [], [k: 1]} puts in a map); a value that is no quoted
      // expression is put in escaped.
      Term v = eval_body(q::list_items(q::node_args(t))[0], q::line_of(t));
      return is_quoted_expression(v) ? v : escape_value(heap, v, file, q::line_of(t));
    }
    return q::node(heap, unquote_fragments(q::node_head(t)), q::node_meta(t), unquote_fragments(q::node_args(t)));
  };
  std::set<std::pair<Word, std::uint32_t>> overridable;
  std::map<std::pair<Word, std::uint32_t>, Term> super_of;
  std::map<std::pair<Word, std::uint32_t>, int> override_count;
  std::vector<std::pair<std::pair<Word, std::uint32_t>, bool>> order;  // first appearance, exported
  std::map<std::pair<Word, std::uint32_t>, std::vector<Def>> defs;
  self.defines = [&](Term fname, std::uint32_t arity, Term kind) {
    bool macro = macros.count({fname.raw(), arity}) > 0;
    std::pair<Word, std::uint32_t> key{macro ? macro_function_name(fname).raw() : fname.raw(), macro ? arity + 1 : arity};
    if (!defs.count(key)) return false;
    if (kind == atoms::nil) return true;
    bool exported = false;
    for (const auto& [k, e] : order)
      if (k == key) exported = e;
    std::string_view want = atom_text(kind);
    return want == (macro ? (exported ? "defmacro" : "defmacrop") : (exported ? "def" : "defp"));
  };
  std::map<std::pair<Word, std::uint32_t>, std::vector<Term>> default_values;
  std::map<std::pair<Word, std::uint32_t>, int> head_lines;  // bodiless heads
  auto fail = [&](int line, std::string msg) {
    *error = CompileError{"CompileError", file, line, std::move(msg)};
    return false;
  };
  auto raise = [&](const char* kind, int line, std::string msg) {
    *error = CompileError{kind, file, line, std::move(msg)};
    return false;
  };
  Term struct_defaults_value = Term::none();
  Term enforced = Term::nil();
  Term field_order = Term::nil();
  for (;;) {
    if (work.empty()) {
      // @before_compile Mod: Mod.__before_compile__(env)'s expansion is
      // compiled into the module, after the rest of its body.
      if (before_compile_done || before_compile.empty()) break;
      before_compile_done = true;
      for (auto it = before_compile.rbegin(); it != before_compile.rend(); ++it) {
        apply_require(*lexical, it->first, file, it->second);
        Term env = make_env(heap, name, atoms::nil, file, module_line, aliases.get(), lexical.get());
        push_front_block(run_macro(heap, file, it->second, it->first, intern_atom("__before_compile__"), {env}, env));
      }
      continue;
    }
    Term item = work.front();
    work.pop_front();
    int line = q::line_of(item);
    if (q::is_node(item) && q::node_head(item) == binding_marker && q::node_args(item).is_small()) {
      binding = saved_bindings[static_cast<std::size_t>(q::node_args(item).small_value())];
      continue;
    }
    if (q::is_node(item) && q::node_head(item) == scope_marker && q::node_args(item).is_list()) {
      // The enclosing module's aliases, as they were where this module was nested.
      auto next = std::make_shared<AliasMap>(*aliases);
      for (Term pair : q::list_items(q::node_args(item))) next->insert_or_assign(pair.element(0).raw(), pair.element(1));
      aliases = next;
      continue;
    }
    if (q::is_call(item, atoms::__block__)) {
      // A block (a macro's expansion nested in another's): its forms in turn.
      push_front_block(item);
      continue;
    }
    if (Term as_for = each_as_for(heap, item); !as_for.is_none() && contains_definition(item)) {
      // Enum.each(list, fn x -> def ... end) (or piped): the same as
      // `for x <- list do def ... end`, handled below.
      work.push_front(as_for);
      continue;
    }
    if (q::is_call(item, intern_atom("for")) && contains_definition(item)) {
      // for x <- list do def ... end: the generators run now; the body's
      // forms are processed once per iteration with its variables bound.
      std::vector<Term> parts = q::list_items(q::node_args(item));
      Term body = parts.empty() ? Term::none() : q::keyword_get(parts.back(), atoms::do_);
      if (body.is_none() || list_length(parts.back()) != 1)
        return fail(line, message(Msg::unsupported, "this for in a module body"));
      std::vector<Term> vars;
      for (std::size_t i = 0; i + 1 < parts.size(); ++i)
        if (q::is_call(parts[i], intern_atom("<-"), 2)) collect_vars(q::list_items(q::node_args(parts[i]))[0], &vars);
      std::vector<Term> gens(parts.begin(), parts.end() - 1);
      gens.push_back(q::list(heap, {q::pair(heap, atoms::do_, q::list(heap, vars))}));
      Term values = eval_body(q::node(heap, q::node_head(item), q::node_meta(item), q::list(heap, gens)), line);
      std::vector<Term> expansion;
      saved_bindings.push_back(binding);
      Term restore = q::node(heap, binding_marker, Term::nil(), Term::small(static_cast<std::int64_t>(saved_bindings.size() - 1)));
      for (Term iteration : q::list_items(values)) {
        Binding b = binding;
        std::vector<Term> vs = q::list_items(iteration);
        for (std::size_t i = 0; i < vars.size() && i < vs.size(); ++i) {
          Term n = q::node_head(vars[i]);
          bool found = false;
          for (auto& [bn, bv] : b)
            if (bn == n) bv = vs[i], found = true;
          if (!found) b.push_back({n, vs[i]});
        }
        saved_bindings.push_back(std::move(b));
        expansion.push_back(q::node(heap, binding_marker, Term::nil(), Term::small(static_cast<std::int64_t>(saved_bindings.size() - 1))));
        std::vector<Term> forms = q::is_call(body, atoms::__block__) ? q::list_items(q::node_args(body)) : std::vector<Term>{body};
        expansion.insert(expansion.end(), forms.begin(), forms.end());
      }
      expansion.push_back(restore);
      for (auto it = expansion.rbegin(); it != expansion.rend(); ++it) work.push_front(*it);
      continue;
    }
    // Directives and the definitions Kernel's macros make.
    if ((q::is_call(item, intern_atom("import")) || q::is_call(item, intern_atom("require")) ||
         q::is_call(item, intern_atom("use"))) &&
        (list_length(q::node_args(item)) == 1 || list_length(q::node_args(item)) == 2)) {
      std::vector<Term> args = q::list_items(q::node_args(item));
      Term module = q::is_call(args[0], atoms::__aliases__) ? expand_alias(args[0], aliases.get(), name) : args[0];
      if (!module.is_atom()) return fail(line, message(Msg::unsupported, "a dynamic module here"));
      Term opts = args.size() == 2 ? args[1] : Term::none();
      auto next = std::make_shared<Lexical>(*lexical);
      std::string_view which = atom_text(q::node_head(item));
      if (which != "use") directive_forms.push_back(item);
      if (which == "import") {
        apply_import(*next, module, opts, file, line);
      } else {
        apply_require(*next, module, file, line);
        if (which == "require" && !opts.is_none() && !q::keyword_get(opts, intern_atom("as")).is_none()) {
          auto next_aliases = std::make_shared<AliasMap>(*aliases);
          add_aliases(*next_aliases, args, name);
          aliases = next_aliases;
        }
      }
      lexical = next;
      if (which == "use") {
        // use Mod, opts  =>  require Mod; Mod.__using__(opts)
        if (!exports_macro(module, intern_atom("__using__"), 1))
          throw Failure{CompileError{"UndefinedFunctionError", file, line,
                                     message(Msg::undef_or_private, format_mfa(module, intern_atom("__using__"), 1))}};
        push_front_block(run_macro(heap, file, line, module, intern_atom("__using__"),
                                   {opts.is_none() ? Term::nil() : opts},
                                   make_env(heap, name, atoms::nil, file, line, aliases.get(), lexical.get())));
      }
      continue;
    }
    bool is_defstruct = q::is_call(item, intern_atom("defstruct"), 1);
    bool is_defexception = q::is_call(item, intern_atom("defexception"), 1);
    if (is_defstruct || is_defexception) {
      if (!struct_defaults_value.is_none())
        return raise("ArgumentError", line, message(Msg::struct_twice, inspect(name)));
      Term fields = q::list_items(q::node_args(item))[0];
      // defstruct ~w[a b]a, defstruct @fields, ...: Elixir evaluates the
      // argument in the module body; a literal list is read field by field.
      bool evaluated = false;
      if (!fields.is_list()) {
        fields = eval_in_module(heap, fields, name, attributes.get(), aliases.get(), lexical.get(), file, line);
        evaluated = true;
        if (!fields.is_list())
          return raise("ArgumentError", line, message(Msg::struct_fields_not_list, inspect(fields)));
      }
      MapItems pairs;
      pairs.emplace_back(atoms::__struct__, name);
      if (is_defexception) pairs.emplace_back(atoms::__exception__, atoms::true_);
      for (Term f : q::list_items(fields)) {
        Term key = f, value = atoms::nil;
        if (f.is_tuple() && f.tuple_arity() == 2) {
          key = f.element(0);
          value = evaluated ? f.element(1) : literal_value(heap, f.element(1), *aliases, name);
          // A computed default is evaluated now, as Elixir does.
          if (value.is_none())
            value = eval_in_module(heap, f.element(1), name, attributes.get(), aliases.get(), lexical.get(), file, line);
        }
        if (!key.is_atom()) return raise("ArgumentError", line, message(Msg::struct_field_not_atom, inspect(key)));
        pairs.emplace_back(key, value);
      }
      Term defaults = map_from_items(heap, pairs);
      auto it = attributes->find(intern_atom("enforce_keys").raw());
      enforced = it == attributes->end() ? Term::nil() : it->second;
      if (!enforced.is_list()) enforced = make_list(heap, {enforced});
      for (Term k : q::list_items(enforced))
        if (!k.is_atom()) return raise("ArgumentError", line, message(Msg::enforce_keys_not_atom, inspect(k)));
      std::vector<Term> undefined;
      for (Term k : q::list_items(enforced))
        if (map_get(defaults, k).is_none() || k == atoms::__struct__) undefined.push_back(k);
      if (!undefined.empty()) {
        std::vector<Term> kw;
        for (std::size_t i = is_defexception ? 2 : 1; i < pairs.size(); ++i)
          kw.push_back(make_tuple(heap, {pairs[i].first, pairs[i].second}));
        return raise("ArgumentError", line,
                     message(Msg::struct_enforce_undefined, inspect(make_list(heap, undefined)), inspect(make_list(heap, kw))));
      }
      struct_defaults_value = defaults;
      std::vector<Term> order_keys;
      for (const auto& kv : pairs) order_keys.push_back(kv.first);
      field_order = make_list(heap, order_keys);
      auto next = std::make_shared<std::map<Word, Term>>(*attributes);
      (*next)[atoms::__struct__.raw()] = defaults;
      (*next)[intern_atom("enforce_keys").raw()] = enforced;
      attributes = next;
      std::string templates(kStructFunctions);
      if (is_defexception) {
        if (!map_get(defaults, atoms::message).is_none()) templates += kExceptionMessageFunctions;
        templates += kExceptionFunctions;
      }
      ReadResult read = read_string(heap, templates, file);
      if (!read.ok) return fail(line, "cannot read the struct functions: " + read.error.message);
      push_front_block(read.form);
      // @derive [P, {Q, opts}]: through Q.Any's __deriving__ macro when it
      // has one, else a P.Name that dispatches to P.Any (docs/protocols.md).
      auto derive_it = attributes->find(intern_atom("derive").raw());
      if (derive_it != attributes->end() && derive_it->second != atoms::nil) {
        Term derive = derive_it->second;
        std::vector<Term> entries = derive.is_list() ? q::list_items(derive) : std::vector<Term>{derive};
        for (Term e : entries) {
          Term protocol = e, opts = Term::nil();
          if (e.is_tuple() && e.tuple_arity() == 2) protocol = e.element(0), opts = e.element(1);
          if (!protocol.is_atom()) return raise("ArgumentError", line, "unsupported @derive entry: " + inspect(e));
          Term any = intern_atom(std::string(atom_text(protocol)) + ".Any");
          if (!module_loaded(protocol) && !autoload(protocol))
            return raise("ArgumentError", line, inspect(protocol) + " is not available, cannot derive " +
                                                    inspect(protocol) + " for " + inspect(name));
          if (!module_loaded(any) && !autoload(any))
            return raise("ArgumentError", line, inspect(any) + " is not available, cannot derive " +
                                                    inspect(protocol) + " for " + inspect(name));
          if (exports_macro(any, intern_atom("__deriving__"), 3)) {
            push_front_block(run_macro(heap, file, line, any, intern_atom("__deriving__"), {name, defaults, opts},
                                       make_env(heap, name, atoms::nil, file, line, aliases.get(), lexical.get())));
            continue;
          }
          std::string suffix(atom_text(name));
          if (suffix.substr(0, 7) == "Elixir.") suffix = suffix.substr(7);
          Term impl = intern_atom(std::string(atom_text(protocol)) + "." + suffix);
          Term impl_body = derived_impl_body(heap, protocol, name, file);
          if (define_nested) {
            if (!(*define_nested)(NestedModule{impl, impl_body}, error)) return false;
          } else if (nested) {
            nested->push_back({impl, impl_body});
          }
        }
      }
      continue;
    }
    if (q::is_call(item, intern_atom("defguard"), 1) || q::is_call(item, intern_atom("defguardp"), 1)) {
      work.push_front(defguard_macro(heap, item, q::is_call(item, intern_atom("defguardp"), 1), file));
      continue;
    }
    if (q::is_call(item, intern_atom("defoverridable"), 1)) {
      Term list = q::list_items(q::node_args(item))[0];
      if (!q::is_keyword(list)) return fail(line, message(Msg::unsupported, "this defoverridable"));
      for (Term e : q::list_items(list)) {
        if (!e.element(1).is_small()) return fail(line, message(Msg::unsupported, "this defoverridable"));
        std::pair<Word, std::uint32_t> key{e.element(0).raw(), static_cast<std::uint32_t>(e.element(1).small_value())};
        if (!defs.count(key))
          throw Failure{CompileError{"ArgumentError", file, line,
                                     message(Msg::overridable_undefined, atom_text(e.element(0)), key.second)}};
        overridable.insert(key);
      }
      continue;
    }
    if (q::is_call(item, intern_atom("defdelegate"), 2)) {
      work.push_front(defdelegate_def(heap, item, file));
      continue;
    }
    if (q::is_call(item, intern_atom("@"), 1) && q::is_call(q::list_items(q::node_args(item))[0], intern_atom("before_compile"), 1)) {
      Term target = q::list_items(q::node_args(q::list_items(q::node_args(item))[0]))[0];
      if (q::is_call(target, atoms::__aliases__)) target = expand_alias(target, aliases.get(), name);
      if (!target.is_atom()) return fail(line, message(Msg::unsupported, "this @before_compile"));
      before_compile.push_back({target, line});
      continue;
    }
    bool is_macro_def = q::is_call(item, intern_atom("defmacro"), 2) || q::is_call(item, intern_atom("defmacrop"), 2);
    bool is_def = q::is_call(item, intern_atom("def"), 2) || q::is_call(item, intern_atom("defmacro"), 2);
    bool is_defp = q::is_call(item, intern_atom("defp"), 2) || q::is_call(item, intern_atom("defmacrop"), 2);
    if (!is_def && !is_defp && q::is_node(item) && q::node_args(item).is_list()) {
      // A macro call: a required module's macro, or an imported one.
      Term head = q::node_head(item);
      std::vector<Term> args = q::list_items(q::node_args(item));
      Term module = Term::none(), fname = Term::none();
      bool is_macro = false;
      if (head.is_atom() && find_import(lexical.get(), head, static_cast<std::uint32_t>(args.size()), &module, &is_macro) &&
          is_macro) {
        fname = head;
      } else if (q::is_call(head, atoms::dot, 2)) {
        std::vector<Term> dot = q::list_items(q::node_args(head));
        Term m = q::is_call(dot[0], atoms::__aliases__) ? expand_alias(dot[0], aliases.get(), name) : dot[0];
        if (m.is_atom() && dot[1].is_atom() && is_required(lexical.get(), m) &&
            exports_macro(m, dot[1], static_cast<std::uint32_t>(args.size()))) {
          module = m;
          fname = dot[1];
        }
      }
      if (!fname.is_none()) {
        push_front_block(run_macro(heap, file, line, module, fname, args,
                                   make_env(heap, name, atoms::nil, file, line, aliases.get(), lexical.get())));
        continue;
      }
    }
    if (q::is_call(item, intern_atom("@"), 1) && q::is_node(q::list_items(q::node_args(item))[0])) {
      Term attr = q::list_items(q::node_args(item))[0];
      Term value_list = q::node_args(attr);
      if (value_list.is_atom()) continue;  // reading @name here has no effect
      if (!value_list.is_list() || list_length(value_list) != 1)
        return fail(line, message(Msg::unsupported, "this module attribute form"));
      if (is_documentation_attribute(q::node_head(attr))) continue;
      Term value = literal_value(heap, q::list_items(value_list)[0], *aliases, name);
      // A computed value (`@x compute()`) is evaluated now, as Elixir does.
      // It sees the body's variables (`for {n, v} <- cases do @n n ... end`).
      if (value.is_none()) value = eval_body(q::list_items(value_list)[0], line);
      set_attribute(q::node_head(attr), value);
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
    if (is_protocol_form(item)) {
      std::vector<ProtocolModule> mods = protocol_modules(
          heap, item, name, [&](Term f) { return expand_alias(f, aliases.get(), name); }, file);
      for (const ProtocolModule& m : mods) {
        if (!m.name.is_atom()) {  // defprotocol nests like defmodule
          work.push_front(q::call(heap, intern_atom("defmodule"), q::node_meta(item),
                                  {m.name, q::list(heap, {q::pair(heap, atoms::do_, m.body)})}));
          continue;
        }
        Term scoped = scoped_body(m.body);
        if (define_nested) {
          if (!(*define_nested)(NestedModule{m.name, scoped}, error)) return false;
        } else if (nested) {
          nested->push_back({m.name, scoped});
        }
      }
      continue;
    }
    if (q::is_call(item, intern_atom("defmodule"), 2)) {
      // defmodule Inner inside Outer defines Outer.Inner, and Inner means
      // Outer.Inner for the rest of Outer.
      std::vector<Term> dm = q::list_items(q::node_args(item));
      Term inner_body = q::keyword_get(dm[1], atoms::do_);
      auto block_at_line = [&](Term b) {  // carries the nested defmodule's line
        std::vector<Term> forms =
            q::is_call(b, atoms::__block__) ? q::list_items(q::node_args(b)) : std::vector<Term>{b};
        return q::call(heap, atoms::__block__, q::meta_with_line(heap, line), forms);
      };
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
      inner_body = scoped_body(inner_body);
      if (define_nested) {
        if (!(*define_nested)(NestedModule{intern_atom(full), block_at_line(inner_body)}, error)) return false;
      } else if (nested) {
        nested->push_back({intern_atom(full), block_at_line(inner_body)});
      }
      continue;
    }
    bool is_head = q::is_call(item, intern_atom("def"), 1) || q::is_call(item, intern_atom("defp"), 1) ||
                   q::is_call(item, intern_atom("defmacro"), 1) || q::is_call(item, intern_atom("defmacrop"), 1);
    if (!is_def && !is_defp && !is_head) {
      if (item == atoms::nil) continue;  // an empty body
      // Any other expression runs now, as the module body runs in Elixir.
      eval_body(item, line);
      continue;
    }
    item = unquote_fragments(item);
    is_def = is_def || q::is_call(item, intern_atom("def"), 1) || q::is_call(item, intern_atom("defmacro"), 1);
    is_macro_def = is_macro_def || q::is_call(item, intern_atom("defmacro"), 1) || q::is_call(item, intern_atom("defmacrop"), 1);
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
    Term fname = q::node_head(head);
    if (is_macro_def) {
      // defmacro m(a) is the function MACRO-m/2, whose first argument is
      // the caller's environment.
      // Every arity defaults make callable is a macro too.
      std::uint32_t total = static_cast<std::uint32_t>(list_length(head_args)), optional = 0;
      for (Term a : q::list_items(head_args))
        if (q::is_call(a, intern_atom("\\\\"), 2)) ++optional;
      for (std::uint32_t k = total - optional; k <= total; ++k) macros.insert({fname.raw(), k});
      fname = macro_function_name(fname);
      patterns.push_back(q::var(heap, intern_atom("__CALLER__"), q::meta_with_line(heap, line), intern_atom("vial_macro")));
      defaults.push_back(Term::none());
    }
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
    std::pair<Word, std::uint32_t> key{fname.raw(), static_cast<std::uint32_t>(patterns.size())};
    if (overridable.count(key) && defs.count(key)) {
      int n = ++override_count[key];
      Term renamed = intern_atom(std::string(atom_text(fname)) + " (overridable " + std::to_string(n) + ")");
      std::pair<Word, std::uint32_t> old_key{renamed.raw(), key.second};
      defs[old_key] = std::move(defs[key]);
      defs.erase(key);
      for (auto& [k, exported] : order)
        if (k == key) k = old_key, exported = false;
      super_of[key] = renamed;
      overridable.erase(key);
    }
    // (A bodiless head declares the function first; its clauses follow.)
    if (!defs.count(key) && !head_lines.count(key)) order.push_back({key, is_def});
    if (has_default) {
      if (default_values.count(key)) return fail(line, message(Msg::defaults_twice, atom_text(fname), key.second));
      default_values[key] = defaults;
    }
    if (is_head) {  // a bodiless head only declares defaults
      head_lines.emplace(key, line);
      continue;
    }
    Term fbody = q::keyword_get(parts[1], atoms::do_);
    if (fbody.is_none() || !q::is_keyword(parts[1])) return fail(line, message(Msg::unsupported, "this form of def"));
    if (list_length(parts[1]) != 1) {
      // def f do ... rescue ... catch ... else ... after ... end: the body
      // is a try with those clauses, as in Elixir.
      for (Term kv : q::list_items(parts[1])) {
        std::string_view k = atom_text(kv.element(0));
        if (k != "do" && k != "rescue" && k != "catch" && k != "else" && k != "after")
          return fail(line, message(Msg::unsupported, "this form of def"));
      }
      fbody = q::call(heap, intern_atom("try"), q::meta_with_line(heap, line), {parts[1]});
    }
    // A clause of an arity that earlier defaults of the same name already
    // define (f/2 after f(a, b, c \\ 1)) conflicts with them; one given
    // before them gets the default clause after its own, as in Elixir.
    for (const auto& [dkey, dvals] : default_values) {
      if (dkey.first != key.first || dkey.second <= key.second) continue;
      std::uint32_t count = 0;
      for (Term d : dvals) count += d.is_none() ? 0 : 1;
      if (key.second >= dkey.second - count) {
        std::string_view n = atom_text(fname);
        return fail(line, message(Msg::defaults_conflict, n, key.second, n, dkey.second));
      }
    }
    defs[key].push_back(Def{make_list(heap, patterns), guard, fbody, line, attributes, aliases, lexical, is_macro_def,
                            super_of.count(key) ? super_of[key] : Term::none()});
  }
  // f(a \\ 1, b, c \\ 2) also defines f/1 and f/2, which call f/3 with the
  // defaults filled in. With k arguments given, the last (total - k) defaults
  // are used, as Elixir does.
  for (const auto& [key, head_line] : head_lines)
    if (!defs.count(key))
      return fail(head_line, message(Msg::no_implementation, atom_text(Term::from_raw(key.first)), key.second));
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
      bool macro = defs.count(key) && !defs[key].empty() && defs[key][0].macro;
      if (!defs.count(short_key)) order.push_back({short_key, exported});
      Term call = q::call(heap, Term::from_raw(key.first), meta, args);
      defs[short_key].push_back(Def{make_list(heap, params), Term::none(), call, line, attributes, aliases, lexical, macro});
    }
  }
  // __info__/1, as every Elixir module has: :module, :functions, :macros
  // (exported, in term order) and :struct.
  std::pair<Word, std::uint32_t> info_key{intern_atom("__info__").raw(), 1};
  if (!defs.count(info_key)) {
    std::vector<std::pair<std::string_view, std::uint32_t>> functions, macro_list;
    for (const auto& [key, exported] : order) {
      if (!exported) continue;
      std::string_view n = atom_text(Term::from_raw(key.first));
      if (defs[key].front().macro) {
        macro_list.emplace_back(n.substr(std::string_view("MACRO-").size()), key.second - 1);
      } else {
        functions.emplace_back(n, key.second);
      }
    }
    // Kernel's macros are the compiler's own (expanded natively); the few
    // that the library defines as functions (is_struct/1, ...) are listed
    // as the macros they are in Elixir.
    if (name == atoms::Elixir_Kernel) {
      std::set<std::pair<std::string_view, std::uint32_t>> kernel_macros;
      for_each_kernel_export([&](Term n, std::uint32_t arity, bool macro) {
        if (macro) kernel_macros.emplace(atom_text(n), arity);
      });
      std::erase_if(functions, [&](const auto& f) { return kernel_macros.count(f) > 0; });
      macro_list.assign(kernel_macros.begin(), kernel_macros.end());
    }
    auto as_list = [&](std::vector<std::pair<std::string_view, std::uint32_t>>& fs) {
      std::sort(fs.begin(), fs.end());
      std::vector<Term> items;
      for (const auto& [n, a] : fs) items.push_back(q::pair(heap, intern_atom(n), Term::small(a)));
      return make_list(heap, items);
    };
    Term meta = q::meta_with_line(heap, 0);
    auto info_clause = [&](Term key, Term value) {
      defs[info_key].push_back(Def{make_list(heap, {key}), Term::none(), value, 0, attributes, aliases, lexical, false});
    };
    order.push_back({info_key, true});
    info_clause(intern_atom("module"), name);
    info_clause(intern_atom("functions"), as_list(functions));
    info_clause(intern_atom("macros"), as_list(macro_list));
    // :md5, :attributes and :compile are module_info's (vm/module.cpp).
    for (const char* item : {"attributes", "compile", "md5"})
      info_clause(intern_atom(item), q::remote(heap, atoms::erlang, intern_atom("get_module_info"), meta,
                                               {name, intern_atom(item)}));
    if (!struct_defaults_value.is_none()) {
      std::vector<Term> fields;
      std::set<Word> required;
      for (Term k : q::list_items(enforced)) required.insert(k.raw());
      for (Term k : q::list_items(field_order)) {
        if (k == atoms::__struct__) continue;
        fields.push_back(q::call(heap, atoms::map_op, meta,
                                 {q::pair(heap, intern_atom("field"), k),
                                  q::pair(heap, intern_atom("required"), required.count(k.raw()) ? atoms::true_ : atoms::false_)}));
      }
      info_clause(intern_atom("struct"), make_list(heap, fields));
    } else {
      info_clause(intern_atom("struct"), atoms::nil);
    }
  }
  std::set<std::pair<Word, std::uint32_t>> locals;
  for (const auto& [key, exported] : order) locals.insert(key);
  // Lowers the functions `order` lists for which `keep` holds into `into`.
  auto lower_functions = [&](Lowerer& l, ir::Module* into, const std::function<bool(const Def&)>& keep) {
    std::vector<ir::Function> lifted;
    l.set_lifted(&lifted);
    for (const auto& [key, exported] : order) {
      if (!keep(defs[key].front())) continue;
      ir::Function fn;
      fn.name = Term::from_raw(key.first);
      fn.arity = key.second;
      fn.exported = exported;
      l.begin_function(&fn);
      for (const Def& d : defs[key]) {
        if (fn.line == 0) fn.line = d.line;
        l.attributes = d.attributes.get();
        l.aliases = d.aliases.get();
        Lexical own = *d.lexical;  // a directive in the body lasts to its end
        l.lexical = &own;
        l.in_macro = d.macro;
        l.super_function = d.super;
        fn.clauses.push_back(l.function_clause(d.head_args, d.guard, d.body, d.line));
        l.lexical = nullptr;
      }
      into->functions.push_back(std::move(fn));
    }
    for (auto& f : lifted) into->functions.push_back(std::move(f));
  };
  // The module's own macros run, while it is compiled, from a helper module
  // holding just them, compiled and loaded when a function first calls one.
  Term holder = Term::none();
  auto macro_holder = [&]() -> Term {
    if (!holder.is_none()) return holder;
    ir::Module m;
    m.name = intern_atom(std::string(atom_text(name)) + " (macros)");
    std::set<std::pair<Word, std::uint32_t>> macro_locals;
    for (const auto& [key, exported] : order)
      if (defs[key].front().macro) macro_locals.insert(key);
    Lowerer l(heap, file, name, &macro_locals);
    lower_functions(l, &m, [](const Def& d) { return d.macro; });
    ModuleImage image;
    CompileError e;
    if (!generate_module(m, file, &image, &e)) throw Failure{e};
    LoadError load_error;
    if (!load_module(std::move(image), &load_error))
      throw Failure{CompileError{"CompileError", file, 0, load_error.message}};
    holder = m.name;
    return holder;
  };
  Lowerer l(heap, file, name, &locals);
  l.local_macros = &macros;
  l.local_macro_module = macro_holder;
  out->name = name;
  if (!struct_defaults_value.is_none()) {
    l.own_struct = struct_defaults_value;
    l.own_enforced = enforced;
    out->struct_info = make_tuple(heap, {struct_defaults_value, enforced, field_order});
  }
  lower_functions(l, out, [](const Def&) { return true; });
  return true;
}

}  // namespace vial
