// Defining modules at run time: what `defmodule` does when it is reached.
#include <cstdio>
#include <mutex>

#include "compiler/compile.h"
#include "compiler/quoted.h"
#include "runtime/builtins/builtins.h"
#include "runtime/code_path.h"
#include "vm/copy.h"
#include "vm/module.h"
#include "vm/printer.h"

namespace vial {

namespace {

// The value of a module body, as Elixir's: the last expression's; for a
// def/defp that is {name, arity}.
Term body_value(Heap& h, Term body) {
  Term last = body;
  if (quoted::is_call(body, atoms::__block__)) {
    std::vector<Term> items = quoted::list_items(quoted::node_args(body));
    last = items.empty() ? atoms::nil : items.back();
  }
  if (quoted::is_call(last, intern_atom("def"), 2) || quoted::is_call(last, intern_atom("defp"), 2)) {
    Term head = quoted::list_items(quoted::node_args(last))[0];
    if (quoted::is_call(head, atoms::when, 2)) head = quoted::list_items(quoted::node_args(head))[0];
    Term args = quoted::node_args(head);
    std::size_t arity = args.is_list() ? list_length(args) : 0;
    return make_tuple(h, {quoted::node_head(head), Term::small(static_cast<std::int64_t>(arity))});
  }
  return atoms::nil;
}

Term compile_error(NativeCall& c, const std::string& kind, const std::string& text) {
  return c.error(make_tuple(c.heap(), {atoms::compile_error, intern_atom("Elixir." + kind), make_binary(c.heap(), text)}));
}

// Every module defmodule has defined, with its file, in order: what
// Code.require_file/1 returns and where ExUnit finds the test modules a file
// defined (:vial.defined_modules/1), and what doctests read the docs from.
std::mutex g_defined_m;
std::vector<std::pair<Term, std::string>> g_defined;

void note_defined(Term name, const std::string& file) {
  std::lock_guard<std::mutex> lock(g_defined_m);
  g_defined.emplace_back(name, file);
}

// :vial.defined_modules(N): {Count, [{Module, File}, ...]} of the modules
// defined since the first N, oldest first.
Term vial_defined_modules(NativeCall& c, const Term* a) {
  if (!a[0].is_small() || a[0].small_value() < 0) return c.badarg(1, "not a non-negative integer");
  std::vector<std::pair<Term, std::string>> items;
  {
    std::lock_guard<std::mutex> lock(g_defined_m);
    for (std::size_t i = static_cast<std::size_t>(a[0].small_value()); i < g_defined.size(); ++i)
      items.push_back(g_defined[i]);
    items.emplace_back(Term::small(static_cast<std::int64_t>(g_defined.size())), "");
  }
  Term count = items.back().first;
  items.pop_back();
  std::vector<Term> list;
  for (auto& [m, f] : items) list.push_back(make_tuple(c.heap(), {m, make_binary(c.heap(), f)}));
  return make_tuple(c.heap(), {count, make_list(c.heap(), list)});
}

// Compiles and loads one module and, first, the modules nested in it.
// Returns none after raising.
Term define(NativeCall& c, Term name, Term body, const std::string& file, int depth) {
  if (depth > 100) return compile_error(c, "CompileError", "modules nested too deeply");
  ModuleImage image;
  CompileError error;
  // A nested module is defined when the outer body reaches it; if that
  // raises, the error stands.
  bool nested_raised = false;
  DefineNested define_now = [&](const NestedModule& n, CompileError*) {
    if (!define(c, n.name, n.body, file, depth + 1).is_none()) return true;
    nested_raised = true;
    return false;
  };
  if (!compile_module(name, body, file, &image, &error, nullptr, &define_now)) {
    if (nested_raised) return Term::none();
    return compile_error(c, error.kind, error.text());
  }
  if (!script_context().output_dir.empty()) {
    std::string why;
    if (!save_module(image, script_context().output_dir, &why)) return compile_error(c, "CompileError", why);
  }
  // Elixir's warning (on standard error) when a module defined at run time
  // is defined again.
  if (current_module(name) && !builtin_version_current(name)) {
    std::string where = file;
    if (int line = quoted::line_of(body); line > 0) where += ":" + std::to_string(line);
    std::string text = "warning: redefining module " + inspect(name) + " (current version defined in memory)\n  " + where + "\n\n";
    std::fflush(stdout);
    std::fputs(text.c_str(), stderr);
  }
  LoadError load_error;
  if (!load_module(std::move(image), &load_error)) return compile_error(c, "CompileError", load_error.message);
  note_defined(name, file);
  c.charge(100);
  return atoms::ok;
}

// elixir_module:compile(Name, QuotedBody): compiles and loads the module and
// returns {:module, Name, Binary, Value}. Vial has no BEAM file to return,
// so Binary is an empty binary (docs/compat.md).
Term elixir_module_compile(NativeCall& c, const Term* a) {
  // A module with old code: that is purged first (killing the processes
  // that run it, as BEAM's code server does), then the module is compiled.
  if (a[0].is_atom()) {
    Term file = make_binary(c.heap(), script_context().file);
    if (purge_then_compile(c, a[0], a[1], file).is_none()) return Term::none();
  }
  if (define(c, a[0], a[1], script_context().file, 0).is_none()) return Term::none();
  return make_tuple(c.heap(), {atoms::module, a[0], make_binary(c.heap(), ""), body_value(c.heap(), a[1])});
}

// elixir_module:compile(Name, QuotedBody, File): the same, for a module
// defined in File (what defmodule compiles to).
Term elixir_module_compile3(NativeCall& c, const Term* a) {
  if (a[0].is_atom()) {
    if (purge_then_compile(c, a[0], a[1], a[2]).is_none()) return Term::none();
  }
  std::string file = a[2].is_binary() ? std::string(a[2].binary_view()) : script_context().file;
  if (define(c, a[0], a[1], file, 0).is_none()) return Term::none();
  return make_tuple(c.heap(), {atoms::module, a[0], make_binary(c.heap(), ""), body_value(c.heap(), a[1])});
}

// Module.put_attribute/3, get_attribute/2,3, register_attribute/3: on the
// module whose body is being compiled (compiler/compile.h).
CompilingModule* compiling_or_raise(NativeCall& c, Term module, const char* fun) {
  CompilingModule* m = module.is_atom() ? compiling_module(module) : nullptr;
  if (!m)
    raise_exception(c, "Elixir.ArgumentError",
                    "could not call Module." + std::string(fun) + " because the module " + inspect(module) +
                        " is already compiled");
  return m;
}

Term module_put_attribute(NativeCall& c, const Term* a) {
  CompilingModule* m = compiling_or_raise(c, a[0], "put_attribute/3");
  if (!m) return Term::none();
  if (!a[1].is_atom()) return c.badarg(2, "not an atom");
  m->put_attribute(a[1], a[2]);
  return atoms::ok;
}

Term module_get_attribute3(NativeCall& c, const Term* a) {
  CompilingModule* m = compiling_or_raise(c, a[0], "get_attribute/3");
  if (!m) return Term::none();
  if (!a[1].is_atom()) return c.badarg(2, "not an atom");
  Term v = m->get_attribute(a[1]);
  return v.is_none() ? a[2] : copy_term(c.heap(), v);
}

Term module_get_attribute2(NativeCall& c, const Term* a) {
  Term args[3] = {a[0], a[1], atoms::nil};
  CompilingModule* m = compiling_or_raise(c, a[0], "get_attribute/2");
  if (!m) return Term::none();
  return module_get_attribute3(c, args);
}

Term module_register_attribute(NativeCall& c, const Term* a) {
  CompilingModule* m = compiling_or_raise(c, a[0], "register_attribute/3");
  if (!m) return Term::none();
  if (!a[1].is_atom()) return c.badarg(2, "not an atom");
  m->register_attribute(a[1], quoted::keyword_get(a[2], intern_atom("accumulate")) == atoms::true_);
  return atoms::ok;
}

// Module.delete_attribute/2: the value it had (nil if unset), and unsets it.
Term module_delete_attribute(NativeCall& c, const Term* a) {
  CompilingModule* m = compiling_or_raise(c, a[0], "delete_attribute/2");
  if (!m) return Term::none();
  if (!a[1].is_atom()) return c.badarg(2, "not an atom");
  Term v = m->get_attribute(a[1]);
  Term out = v.is_none() ? atoms::nil : copy_term(c.heap(), v);
  m->delete_attribute(a[1]);
  return out;
}

// Module.has_attribute?/2: whether the attribute is set or registered.
Term module_has_attribute(NativeCall& c, const Term* a) {
  CompilingModule* m = compiling_or_raise(c, a[0], "has_attribute?/2");
  if (!m) return Term::none();
  if (!a[1].is_atom()) return c.badarg(2, "not an atom");
  return make_bool(!m->get_attribute(a[1]).is_none());
}

// Module.defines?(module, {name, arity}) and defines?/3 with a kind.
Term module_defines(NativeCall& c, Term module, Term fa, Term kind, const char* what) {
  CompilingModule* m = compiling_or_raise(c, module, what);
  if (!m) return Term::none();
  if (!fa.is_tuple() || fa.tuple_arity() != 2 || !fa.element(0).is_atom() || !fa.element(1).is_small() ||
      fa.element(1).small_value() < 0)
    return c.error(atoms::function_clause);
  if (!m->defines) return atoms::false_;
  return make_bool(m->defines(fa.element(0), static_cast<std::uint32_t>(fa.element(1).small_value()), kind));
}

Term module_defines2(NativeCall& c, const Term* a) { return module_defines(c, a[0], a[1], atoms::nil, "defines?/2"); }

Term module_defines3(NativeCall& c, const Term* a) {
  static const char* kinds[] = {"def", "defp", "defmacro", "defmacrop"};
  bool ok = false;
  for (const char* k : kinds)
    if (a[2] == intern_atom(k)) ok = true;
  if (!ok) return c.error(atoms::function_clause);
  return module_defines(c, a[0], a[1], a[2], "defines?/3");
}

}  // namespace

namespace {

// Loaded now, or by the autoloader (the built-in library, the code path).
bool ensure_module(Term module) { return current_module(module) || autoload(module) || module_loaded(module); }

// :code.ensure_loaded/1 and Code.ensure_compiled/1 (Code.ensure_loaded/1
// is runtime/builtins/code.cpp)
Term code_ensure_loaded(NativeCall& c, const Term* a) {
  if (!a[0].is_atom()) return c.error(atoms::function_clause);
  if (ensure_module(a[0])) return make_tuple(c.heap(), {intern_atom("module"), a[0]});
  return make_tuple(c.heap(), {atoms::error, intern_atom("nofile")});
}

}  // namespace

void register_module_builtins() {
  register_natives({
      {"code", "ensure_loaded", 1, code_ensure_loaded},
      {"Elixir.Code", "ensure_compiled", 1, code_ensure_loaded},
  });
  Term mod = intern_atom("Elixir.Module");
  register_native(mod, intern_atom("put_attribute"), 3, module_put_attribute);
  register_native(mod, intern_atom("get_attribute"), 2, module_get_attribute2);
  register_native(mod, intern_atom("get_attribute"), 3, module_get_attribute3);
  register_native(mod, intern_atom("register_attribute"), 3, module_register_attribute);
  register_native(mod, intern_atom("delete_attribute"), 2, module_delete_attribute);
  register_native(mod, intern_atom("has_attribute?"), 2, module_has_attribute);
  register_native(mod, intern_atom("defines?"), 2, module_defines2);
  register_native(mod, intern_atom("defines?"), 3, module_defines3);
  register_native(atoms::elixir_module, intern_atom("compile"), 2, elixir_module_compile);
  register_native(atoms::elixir_module, intern_atom("compile"), 3, elixir_module_compile3);
  register_native(intern_atom("vial"), intern_atom("defined_modules"), 1, vial_defined_modules);
}

}  // namespace vial
