// Lowering of module bodies: collecting def/defp clauses, default
// arguments, module attributes, aliases and nested modules.
#include "compiler/lower.h"

#include "compiler/lowerer.h"

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
  return Term::none();
}

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
