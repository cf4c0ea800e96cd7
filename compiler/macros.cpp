#include "compiler/macros.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <thread>

#include "compiler/codegen.h"
#include "vm/map.h"
#include "vm/copy.h"
#include "vm/exceptions.h"
#include "vm/module.h"
#include "vm/printer.h"
#include "vm/process.h"

namespace vial::lowering {

namespace {

constexpr std::string_view kMacroPrefix = "MACRO-";

bool is_macro_function(Term name) { return atom_text(name).substr(0, kMacroPrefix.size()) == kMacroPrefix; }

Term keynew(Heap& h, Term meta, Term key, Term value) {
  if (!q::keyword_get(meta, key).is_none()) return meta;
  return make_cons(h, q::pair(h, key, value), meta);
}

bool is_lexical(Term name) {
  std::string_view n = atom_text(name);
  return n == "alias" || n == "import" || n == "require" || n == "__aliases__";
}

// elixir_quote:linify_with_context_counter/3: every node without a line gets
// the caller's, and the macro's own variables (context = the macro's module)
// and lexical forms get the expansion's counter, which makes them distinct
// from the caller's and from other expansions' (hygiene).
Term linify(Heap& h, Term t, int line, Term receiver, int counter) {
  if (t.is_cons()) {
    std::vector<Term> items;
    Term rest = t;
    for (; rest.is_cons(); rest = rest.tail()) items.push_back(linify(h, rest.head(), line, receiver, counter));
    Term out = rest;
    for (auto it = items.rbegin(); it != items.rend(); ++it) out = make_cons(h, *it, out);
    return out;
  }
  if (!t.is_tuple()) return t;
  if (t.tuple_arity() == 2) return q::pair(h, linify(h, t.element(0), line, receiver, counter),
                                           linify(h, t.element(1), line, receiver, counter));
  if (!q::is_node(t) || !q::node_meta(t).is_list()) return t;
  Term head = q::node_head(t), meta = q::node_meta(t), args = q::node_args(t);
  if (head == intern_atom("quote")) return t;  // a quote in the expansion is data
  Term counter_key = intern_atom("counter");
  if (head.is_atom() && args == receiver && head != intern_atom("_")) {
    meta = keynew(h, meta, counter_key, Term::small(counter));
  } else if (head.is_atom() && is_lexical(head) && args.is_cons()) {
    meta = keynew(h, meta, counter_key, Term::small(counter));
  }
  if (line > 0) meta = keynew(h, meta, atoms::line, Term::small(line));
  return q::node(h, linify(h, head, line, receiver, counter), meta, linify(h, args, line, receiver, counter));
}

// Loaded now, or by the autoloader (.vbc files on the code path).
// A module that has builtins may also have compiled code (Integer, :lists):
// the autoloader is tried before the builtins alone count as the module.
bool ensure_loaded(Term module) { return current_module(module) || autoload(module) || module_loaded(module); }

[[noreturn]] void fail_at(const std::string& file, int line, std::string msg) {
  throw Failure{CompileError{"CompileError", file, line, std::move(msg)}};
}

// Runs `entry` with `args` (copied onto the process) on a fresh process, to
// its end; returns its value copied onto `heap`. A raise unwinds as a
// Failure naming the exception (and the macro `mfa`, if any).
Term run_on_process(Heap& heap, const Word* entry, const std::vector<Term>& args, const std::string& file, int line,
                    const std::string& mfa) {
  if (args.size() > kMaxXRegs) fail_at(file, line, message(Msg::unsupported, "a macro of this many arguments"));
  auto process = std::make_unique<Process>();
  std::vector<Term> call_args;
  for (Term a : args) call_args.push_back(copy_term(process->heap(), a));
  process->setup_call(entry, call_args.data(), static_cast<std::uint32_t>(call_args.size()));
  for (;;) {
    RunStatus status = execute(*process);
    if (status == RunStatus::kYield) {
      process->reductions = kReductionsPerSlice;
      continue;
    }
    if (status == RunStatus::kWait && process->wait_ms >= 0) {
      // A receive with `after`: nothing can send to this process (it is
      // not scheduled), so its timer runs out (docs/compat.md).
      std::this_thread::sleep_for(std::chrono::milliseconds(process->wait_ms));
      process->timed_out = true;
      continue;
    }
    if (status == RunStatus::kDone) return copy_term(heap, process->x[0]);
    if (status == RunStatus::kError) {
      ExceptionText t = describe_exception(process->error);
      std::string kind = t.module;
      if (kind == "throw" || kind == "exit") kind = "ErlangError";
      std::string msg = t.message;
      if (kind != "CompileError" && !mfa.empty())
        msg += "\n    " + message(Msg::expanding_macro, mfa) + "\n    " + file + ":" + std::to_string(line);
      throw Failure{CompileError{kind, file, line, msg}};
    }
    fail_at(file, line, mfa.empty() ? "the program stopped while compiling" : "the macro " + mfa + " stopped the program while expanding");
  }
}

}  // namespace

Term macro_function_name(Term name) {
  std::string n(kMacroPrefix);
  n += atom_text(name);
  return intern_atom(n);
}

int next_macro_counter() {
  static std::atomic<int> counter{0};
  return ++counter;
}

bool exports_macro(Term module, Term name, std::uint32_t arity) {
  auto m = current_module(module);
  if (!m && autoload(module)) m = current_module(module);
  if (!m) return false;
  const ModuleImage::Function* f = m->find(macro_function_name(name), arity + 1);
  return f && f->exported;
}

bool find_import(const Lexical* lexical, Term name, std::uint32_t arity, Term* module, bool* macro) {
  if (lexical)
    for (auto it = lexical->imports.rbegin(); it != lexical->imports.rend(); ++it)
      for (const ImportedName& n : it->names)
        if (n.name == name && n.arity == arity) {
          *module = it->module;
          *macro = n.macro;
          return true;
        }
  return false;
}

Term run_macro(Heap& heap, const std::string& file, int line, Term module, Term name,
               const std::vector<Term>& args, Term env, Term receiver) {
  if (receiver.is_none()) receiver = module;
  auto loaded = current_module(module);
  const Word* entry = loaded ? loaded->entry(macro_function_name(name), static_cast<std::uint32_t>(args.size() + 1)) : nullptr;
  std::string mfa = format_mfa(receiver, name, static_cast<std::uint32_t>(args.size()));
  if (!entry) fail_at(file, line, message(Msg::unsupported, "the macro " + mfa + " here"));
  if (args.size() + 1 > kMaxXRegs) fail_at(file, line, message(Msg::unsupported, "a macro of this many arguments"));
  std::vector<Term> call_args;
  call_args.push_back(env);  // __CALLER__
  for (Term a : args) call_args.push_back(a);
  Term result = run_on_process(heap, entry, call_args, file, line, mfa);
  return linify(heap, result, line, receiver, next_macro_counter());
}

Term make_env(Heap& h, Term module, Term function, const std::string& file, int line, const AliasMap* aliases,
              const Lexical* lexical, Term context) {
  auto key = [](const char* k) { return intern_atom(k); };
  std::string path = file;
  if (file != "nofile") {
    std::error_code ec;
    auto abs = std::filesystem::absolute(file, ec);
    if (!ec) path = abs.lexically_normal().string();
  }
  std::vector<Term> alias_list;
  if (aliases)
    for (const auto& [short_name, full] : *aliases)
      alias_list.push_back(q::pair(h, intern_atom("Elixir." + std::string(atom_text(Term::from_raw(short_name)))), full));
  // Imports: the user's (latest first), then Kernel's, as Elixir lists them.
  std::vector<Term> functions, macros;
  if (lexical)
    for (auto it = lexical->imports.rbegin(); it != lexical->imports.rend(); ++it) {
      std::vector<Term> fs, ms;
      for (const ImportedName& n : it->names)
        (n.macro ? ms : fs).push_back(q::pair(h, n.name, Term::small(n.arity)));
      if (!fs.empty()) functions.push_back(q::pair(h, it->module, make_list(h, fs)));
      if (!ms.empty()) macros.push_back(q::pair(h, it->module, make_list(h, ms)));
    }
  std::vector<Term> kernel_fs, kernel_ms;
  for_each_kernel_export([&](Term name, std::uint32_t arity, bool macro) {
    (macro ? kernel_ms : kernel_fs).push_back(q::pair(h, name, Term::small(arity)));
  });
  functions.push_back(q::pair(h, atoms::Elixir_Kernel, make_list(h, kernel_fs)));
  macros.push_back(q::pair(h, atoms::Elixir_Kernel, make_list(h, kernel_ms)));
  std::vector<Term> required = {intern_atom("Elixir.Application"), atoms::Elixir_Kernel,
                                intern_atom("Elixir.Kernel.Typespec")};
  if (lexical) {
    for (Word r : lexical->required) required.push_back(Term::from_raw(r));
    for (const Import& i : lexical->imports) required.push_back(i.module);
  }
  std::sort(required.begin(), required.end(),
            [](Term a, Term b) { return atom_text(a) < atom_text(b); });
  required.erase(std::unique(required.begin(), required.end()), required.end());
  MapItems items = {
      {atoms::__struct__, intern_atom("Elixir.Macro.Env")},
      {key("aliases"), make_list(h, alias_list)},
      {key("context"), context},
      {key("context_modules"), module.is_none() ? Term::nil() : make_list(h, {module})},
      {key("file"), make_binary(h, path)},
      {key("function"), function},
      {key("functions"), make_list(h, functions)},
      {key("lexical_tracker"), atoms::nil},
      {key("line"), Term::small(line)},
      {key("macro_aliases"), Term::nil()},
      {key("macros"), make_list(h, macros)},
      {key("module"), module.is_none() ? atoms::nil : module},
      {key("requires"), make_list(h, required)},
      {key("tracers"), Term::nil()},
      {key("versioned_vars"), map_empty(h)},
  };
  return map_from_items(h, std::move(items));
}

Term eval_in_module(Heap& heap, Term form, Term module, const std::map<Word, Term>* attributes, AliasMap* aliases,
                    Lexical* lexical, const std::string& file, int line, Binding* binding) {
  static std::atomic<int> counter{0};
  ir::Module m;
  m.name = intern_atom(std::string(atom_text(module)) + " (body " + std::to_string(++counter) + ")");
  Lexical own = *lexical;
  std::vector<Term> names, values;
  if (binding)
    for (const auto& [n, v] : *binding) names.push_back(n), values.push_back(v);
  lower_eval_in(heap, form, names, module, attributes, aliases, &own, file, &m);
  ModuleImage image;
  CompileError e;
  if (!generate_module(m, file, &image, &e)) throw Failure{e};
  LoadError load_error;
  auto loaded = load_module(std::move(image), &load_error);
  if (!loaded) throw Failure{CompileError{"CompileError", file, line, load_error.message}};
  Term result = run_on_process(heap, loaded->entry(intern_atom("__eval__"), 1), {make_list(heap, values)}, file,
                               line, "");
  if (binding) {
    binding->clear();
    for (Term e : q::list_items(result.element(1))) binding->push_back({e.element(0), e.element(1)});
  }
  return result.element(0);
}

Term escape_value(Heap& h, Term t, const std::string& file, int line) {
  if (t.is_number() || t.is_atom() || t.is_binary() || t.is_nil()) return t;
  if (t.is_cons()) {
    std::vector<Term> items;
    Term rest = t;
    for (; rest.is_cons(); rest = rest.tail()) items.push_back(escape_value(h, rest.head(), file, line));
    if (!rest.is_nil())
      items.back() = q::call(h, atoms::cons_op, Term::nil(), {items.back(), escape_value(h, rest, file, line)});
    return make_list(h, items);
  }
  if (t.is_tuple()) {
    std::vector<Term> items;
    for (std::size_t i = 0; i < t.tuple_arity(); ++i) items.push_back(escape_value(h, t.element(i), file, line));
    if (items.size() == 2) return q::pair(h, items[0], items[1]);
    return q::call(h, atoms::tuple_op, Term::nil(), items);
  }
  if (t.is_map()) {
    std::vector<Term> pairs;
    for (const auto& [k, v] : map_items(t))
      pairs.push_back(q::pair(h, escape_value(h, k, file, line), escape_value(h, v, file, line)));
    return q::call(h, intern_atom("%{}"), Term::nil(), pairs);
  }
  throw Failure{CompileError{"ArgumentError", file, line, "cannot escape " + inspect(t)}};
}


void apply_require(Lexical& lexical, Term module, const std::string& file, int line) {
  if (!module.is_atom()) fail_at(file, line, message(Msg::unsupported, "a dynamic require"));
  if (!ensure_loaded(module)) fail_at(file, line, message(Msg::module_not_loaded, inspect(module)));
  lexical.required.insert(module.raw());
}

void apply_import(Lexical& lexical, Term module, Term opts, const std::string& file, int line) {
  if (!module.is_atom()) fail_at(file, line, message(Msg::unsupported, "a dynamic import"));
  if (!ensure_loaded(module)) fail_at(file, line, message(Msg::module_not_loaded, inspect(module)));
  // Everything the module exports, functions then macros.
  std::vector<ImportedName> all;
  for (const Export* e : module_exports(module)) {
    if (is_macro_function(e->function)) {
      if (e->arity == 0) continue;
      all.push_back({intern_atom(atom_text(e->function).substr(kMacroPrefix.size())), e->arity - 1, true});
    } else {
      all.push_back({e->function, e->arity, false});
    }
  }
  std::sort(all.begin(), all.end(), [](const ImportedName& a, const ImportedName& b) {
    if (a.macro != b.macro) return !a.macro;
    if (a.name != b.name) return atom_text(a.name) < atom_text(b.name);
    return a.arity < b.arity;
  });
  Term only = opts.is_none() ? Term::none() : q::keyword_get(opts, intern_atom("only"));
  Term except = opts.is_none() ? Term::none() : q::keyword_get(opts, intern_atom("except"));
  // A name/arity list literal: [f: 1, g: 2].
  auto pairs = [&](Term list, bool is_only) {
    std::vector<std::pair<Term, std::uint32_t>> out;
    bool ok = list.is_list() && list_length(list) != SIZE_MAX;
    if (ok)
      for (Term e : q::list_items(list)) {
        if (!(e.is_tuple() && e.tuple_arity() == 2 && e.element(0).is_atom() && e.element(1).is_small())) {
          ok = false;
          break;
        }
        out.push_back({e.element(0), static_cast<std::uint32_t>(e.element(1).small_value())});
      }
    if (!ok)
      fail_at(file, line, is_only ? message(Msg::import_only_invalid, inspect(list))
                                  : message(Msg::import_except_invalid, inspect(list)));
    return out;
  };
  std::vector<ImportedName> chosen;
  if (!only.is_none()) {
    if (only == intern_atom("functions") || only == intern_atom("macros")) {
      bool want_macro = only == intern_atom("macros");
      for (const ImportedName& n : all)
        if (n.macro == want_macro && atom_text(n.name).substr(0, 1) != "_") chosen.push_back(n);
    } else if (only == intern_atom("sigils")) {
      for (const ImportedName& n : all)
        if (atom_text(n.name).substr(0, 6) == "sigil_") chosen.push_back(n);
    } else {
      for (const auto& [name, arity] : pairs(only, true)) {
        bool found = false;
        for (const ImportedName& n : all)
          if (n.name == name && n.arity == arity) {
            chosen.push_back(n);
            found = true;
          }
        if (!found)
          fail_at(file, line, message(Msg::cannot_import, inspect(module), atom_text(name), arity));
      }
    }
  } else {
    std::vector<std::pair<Term, std::uint32_t>> excluded;
    if (!except.is_none()) excluded = pairs(except, false);
    for (const ImportedName& n : all) {
      if (atom_text(n.name).substr(0, 1) == "_") continue;  // __info__, __using__, ...
      if (atom_text(n.name) == "module_info") continue;
      bool skip = false;
      for (const auto& [name, arity] : excluded)
        if (n.name == name && n.arity == arity) skip = true;
      if (!skip) chosen.push_back(n);
    }
  }
  auto& imports = lexical.imports;
  imports.erase(std::remove_if(imports.begin(), imports.end(), [&](const Import& i) { return i.module == module; }),
                imports.end());
  if (!chosen.empty()) imports.push_back(Import{module, std::move(chosen)});
}

}  // namespace vial::lowering

namespace vial {

using namespace lowering;

bool expand_macro_once(Heap& heap, Term form, Term env, Term* out, bool* expanded, CompileError* error) {
  *out = form;
  *expanded = false;
  if (!env.is_map() || !q::is_node(form)) return true;
  auto field = [&](const char* k) {
    Term v = map_get(env, intern_atom(k));
    return v.is_none() ? Term::nil() : v;
  };
  std::string file = field("file").is_binary() ? std::string(field("file").binary_view()) : "nofile";
  int line = q::line_of(form);
  if (line == 0 && field("line").is_small()) line = static_cast<int>(field("line").small_value());
  // An alias: Foo.Bar, with the env's aliases.
  auto expand_alias_in_env = [&](Term alias) -> Term {
    std::vector<Term> parts = q::list_items(q::node_args(alias));
    if (parts.empty() || !parts[0].is_atom()) return Term::none();
    std::string name;
    Term meta_alias = q::keyword_get(q::node_meta(alias), intern_atom("alias"));
    std::string first = "Elixir." + std::string(atom_text(parts[0]));
    if (parts[0] == atoms::Elixir) first = "Elixir";
    name = first;
    if (meta_alias != atoms::false_)
      for (Term e : q::list_items(field("aliases")))
        if (e.is_tuple() && e.tuple_arity() == 2 && atom_text(e.element(0)) == first) name = atom_text(e.element(1));
    for (std::size_t i = 1; i < parts.size(); ++i) {
      if (!parts[i].is_atom()) return Term::none();
      name += ".";
      name += atom_text(parts[i]);
    }
    return intern_atom(name);
  };
  Term head = q::node_head(form), args = q::node_args(form);
  try {
    if (head == atoms::__aliases__) {
      Term m = expand_alias_in_env(form);
      if (!m.is_none()) *out = m, *expanded = true;
      return true;
    }
    if (!args.is_list()) return true;
    std::vector<Term> a = q::list_items(args);
    auto arity = static_cast<std::uint32_t>(a.size());
    if (head.is_atom()) {
      for (Term entry : q::list_items(field("macros"))) {
        if (!(entry.is_tuple() && entry.tuple_arity() == 2) || entry.element(0) == atoms::Elixir_Kernel) continue;
        for (Term na : q::list_items(entry.element(1)))
          if (na.is_tuple() && na.element(0) == head && na.element(1) == Term::small(arity)) {
            *out = run_macro(heap, file, line, entry.element(0), head, a, env);
            *expanded = true;
            return true;
          }
      }
      return true;
    }
    if (q::is_call(head, atoms::dot, 2)) {
      std::vector<Term> dot = q::list_items(q::node_args(head));
      Term m = q::is_call(dot[0], atoms::__aliases__) ? expand_alias_in_env(dot[0]) : dot[0];
      if (!m.is_atom() || !dot[1].is_atom()) return true;
      bool required = false;
      for (Term r : q::list_items(field("requires"))) required = required || r == m;
      if (required && exports_macro(m, dot[1], arity)) {
        *out = run_macro(heap, file, line, m, dot[1], a, env);
        *expanded = true;
      }
    }
    return true;
  } catch (Failure& f) {
    *error = std::move(f.error);
    return false;
  }
}

}  // namespace vial
