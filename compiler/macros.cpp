#include "compiler/macros.h"

#include <algorithm>
#include <atomic>

#include "compiler/codegen.h"
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
bool ensure_loaded(Term module) { return module_loaded(module) || autoload(module); }

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
  if (!m && !module_loaded(module) && autoload(module)) m = current_module(module);
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
               const std::vector<Term>& args, Term receiver) {
  if (receiver.is_none()) receiver = module;
  auto loaded = current_module(module);
  const Word* entry = loaded ? loaded->entry(macro_function_name(name), static_cast<std::uint32_t>(args.size() + 1)) : nullptr;
  std::string mfa = format_mfa(receiver, name, static_cast<std::uint32_t>(args.size()));
  if (!entry) fail_at(file, line, message(Msg::unsupported, "the macro " + mfa + " here"));
  if (args.size() + 1 > kMaxXRegs) fail_at(file, line, message(Msg::unsupported, "a macro of this many arguments"));
  std::vector<Term> call_args;
  // The caller's environment (__CALLER__): a %Macro.Env{} once maps exist;
  // until then nil, and __CALLER__ is a CompileError (docs/compat.md).
  call_args.push_back(atoms::nil);
  for (Term a : args) call_args.push_back(a);
  Term result = run_on_process(heap, entry, call_args, file, line, mfa);
  return linify(heap, result, line, receiver, next_macro_counter());
}

Term eval_in_module(Heap& heap, Term form, Term module, const std::map<Word, Term>* attributes, AliasMap* aliases,
                    Lexical* lexical, const std::string& file, int line) {
  static std::atomic<int> counter{0};
  ir::Module m;
  m.name = intern_atom(std::string(atom_text(module)) + " (attribute " + std::to_string(++counter) + ")");
  Lexical own = *lexical;
  lower_eval_in(heap, form, {}, module, attributes, aliases, &own, file, &m);
  ModuleImage image;
  CompileError e;
  if (!generate_module(m, file, &image, &e)) throw Failure{e};
  LoadError load_error;
  auto loaded = load_module(std::move(image), &load_error);
  if (!loaded) throw Failure{CompileError{"CompileError", file, line, load_error.message}};
  Term result = run_on_process(heap, loaded->entry(intern_atom("__eval__"), 1), {Term::nil()}, file, line, "");
  return result.element(0);
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
