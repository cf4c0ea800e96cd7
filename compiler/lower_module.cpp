// Lowering of module bodies: collecting def/defp clauses, default
// arguments, module attributes, aliases and nested modules.
#include "compiler/lower.h"

#include "compiler/lowerer.h"
#include "compiler/reader.h"
#include "vm/map.h"
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
// (reading the default struct from @__struct__); a function the module
// defines itself is kept instead (defoverridable).
constexpr std::string_view kStructFunctions = R"(
def __struct__(), do: @__struct__
def __struct__(kv), do: Kernel.Utils.struct_new(@__struct__, @enforce_keys, kv)
)";
constexpr std::string_view kExceptionMessageFunctions = R"(
def message(exception), do: exception.message
def exception(msg) when is_binary(msg), do: exception(message: msg)
)";
constexpr std::string_view kExceptionFunctions = R"(
def exception(args) when is_list(args), do: Kernel.Utils.exception_new(@__struct__, args)
)";

}  // namespace
}  // namespace lowering

using namespace lowering;

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
  std::size_t user_items = items.size();
  std::set<std::pair<Word, std::uint32_t>> user_defined;  // when the generated functions are added
  for (std::size_t index = 0; index < items.size(); ++index) {
    Term item = items[index];
    int line = q::line_of(item);
    if (index == user_items) {
      for (const auto& [key, d] : defs) user_defined.insert(key);
    }
    bool is_defstruct = q::is_call(item, intern_atom("defstruct"), 1);
    bool is_defexception = q::is_call(item, intern_atom("defexception"), 1);
    if (is_defstruct || is_defexception) {
      if (!struct_defaults_value.is_none())
        return raise("ArgumentError", line, message(Msg::struct_twice, inspect(name)));
      Term fields = q::list_items(q::node_args(item))[0];
      if (!fields.is_list()) return fail(line, message(Msg::unsupported, "these struct fields"));
      MapItems pairs;
      pairs.emplace_back(atoms::__struct__, name);
      if (is_defexception) pairs.emplace_back(atoms::__exception__, atoms::true_);
      for (Term f : q::list_items(fields)) {
        Term key = f, value = atoms::nil;
        if (f.is_tuple() && f.tuple_arity() == 2) {
          key = f.element(0);
          value = literal_value(heap, f.element(1), *aliases, name);
          if (value.is_none()) return fail(line, message(Msg::unsupported, "a struct field default that is computed"));
        }
        if (!key.is_atom()) return raise("ArgumentError", line, message(Msg::struct_field_not_atom, inspect(key)));
        pairs.emplace_back(key, value);
      }
      Term defaults = map_from_items(heap, pairs);
      auto it = attributes->find(intern_atom("enforce_keys").raw());
      enforced = it == attributes->end() ? Term::nil() : it->second;
      if (!enforced.is_list()) enforced = make_list(heap, {enforced});
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
      for (Term t : q::is_call(read.form, atoms::__block__) ? q::list_items(q::node_args(read.form)) : std::vector<Term>{read.form})
        items.push_back(t);
      continue;
    }
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
    if (index >= user_items && user_defined.count(key)) continue;  // the module's own version wins
    if (!defs.count(key)) order.push_back({key, is_def});
    if (has_default) {
      if (default_values.count(key)) return fail(line, message(Msg::defaults_twice, atom_text(q::node_head(head)), key.second));
      default_values[key] = defaults;
    }
    if (is_head) {  // a bodiless head only declares defaults
      head_lines.emplace(key, line);
      continue;
    }
    Term fbody = q::keyword_get(parts[1], atoms::do_);
    if (fbody.is_none() || list_length(parts[1]) != 1)
      return fail(line, message(Msg::unsupported, "this form of def"));
    defs[key].push_back(Def{make_list(heap, patterns), guard, fbody, line, attributes, aliases});
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
    if (!struct_defaults_value.is_none()) {
      l.own_struct = struct_defaults_value;
      l.own_enforced = enforced;
      out->struct_info = make_tuple(heap, {struct_defaults_value, enforced, field_order});
    }
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
