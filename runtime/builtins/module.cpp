// Defining modules at run time: what `defmodule` does when it is reached.
#include <algorithm>

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

// Compiles and loads one module and, first, the modules nested in it.
// Returns none after raising.
Term define(NativeCall& c, Term name, Term body, int depth) {
  if (depth > 100) return compile_error(c, "CompileError", "modules nested too deeply");
  ModuleImage image;
  CompileError error;
  // A nested module is defined when the outer body reaches it; if that
  // raises, the error stands.
  bool nested_raised = false;
  DefineNested define_now = [&](const NestedModule& n, CompileError*) {
    if (!define(c, n.name, n.body, depth + 1).is_none()) return true;
    nested_raised = true;
    return false;
  };
  if (!compile_module(name, body, script_context().file, &image, &error, nullptr, &define_now)) {
    if (nested_raised) return Term::none();
    return compile_error(c, error.kind, error.text());
  }
  if (!script_context().output_dir.empty()) {
    std::string why;
    if (!save_module(image, script_context().output_dir, &why)) return compile_error(c, "CompileError", why);
  }
  LoadError load_error;
  if (!load_module(std::move(image), &load_error)) return compile_error(c, "CompileError", load_error.message);
  c.charge(100);
  return atoms::ok;
}

// elixir_module:compile(Name, QuotedBody): compiles and loads the module and
// returns {:module, Name, Binary, Value}. Vial has no BEAM file to return,
// so Binary is an empty binary (docs/compat.md).
Term elixir_module_compile(NativeCall& c, const Term* a) {
  if (define(c, a[0], a[1], 0).is_none()) return Term::none();
  return make_tuple(c.heap(), {atoms::module, a[0], make_binary(c.heap(), ""), body_value(c.heap(), a[1])});
}

// Module.put_attribute/3, get_attribute/2,3, register_attribute/3: on the
// module whose body is being compiled (compiler/compile.h).
CompilingModule* compiling_or_raise(NativeCall& c, Term module, const char* fun) {
  CompilingModule* m = module.is_atom() ? compiling_module(module) : nullptr;
  if (!m)
    c.error(make_tuple(c.heap(), {atoms::exception, intern_atom("Elixir.ArgumentError"),
                                  make_binary(c.heap(), "could not call Module." + std::string(fun) +
                                                            " because the module " + inspect(module) +
                                                            " is already compiled")}));
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

}  // namespace

namespace {

// Loaded now, or by the autoloader (the built-in library, the code path).
bool ensure_module(Term module) { return current_module(module) || autoload(module) || module_loaded(module); }

// :erlang.function_exported/3 (Kernel.function_exported?/3): a public
// function (not a macro) of a loaded module; the built-in library's modules
// count as loaded, as they are in Elixir's boot.
Term erlang_function_exported(NativeCall& c, const Term* a) {
  if (!a[0].is_atom()) return c.badarg(1, "not an atom");
  if (!a[1].is_atom()) return c.badarg(2, "not an atom");
  if (!a[2].is_small() || a[2].small_value() < 0) return c.badarg(3, "not a small integer");
  if (!ensure_module(a[0])) return atoms::false_;
  auto arity = static_cast<std::uint32_t>(a[2].small_value());
  if (auto m = current_module(a[0])) {
    const ModuleImage::Function* f = m->find(a[1], arity);
    if (f && f->exported) return atoms::true_;
  }
  for (const Export* e : module_exports(a[0]))
    if (e->function == a[1] && e->arity == arity && (e->native || e->address)) return atoms::true_;
  return atoms::false_;
}

// :vial.module_info(Module, Kind): Module.__info__/1 for :functions and
// :macros (sorted {name, arity} of the public ones), :module, :attributes,
// :compile, :deprecated (empty lists) and :md5 (not kept: nil).
Term vial_module_info(NativeCall& c, const Term* a) {
  Term kind = a[1];
  if (kind == intern_atom("module")) return a[0];
  bool functions = kind == intern_atom("functions"), macros = kind == intern_atom("macros");
  if (!functions && !macros) {
    if (kind == intern_atom("attributes") || kind == intern_atom("compile") || kind == intern_atom("deprecated"))
      return Term::nil();
    if (kind == intern_atom("md5")) return atoms::nil;
    return c.error(atoms::function_clause);
  }
  auto m = current_module(a[0]);
  if (!m) return Term::nil();
  std::vector<std::pair<std::string, std::uint32_t>> found;
  for (const auto& f : m->functions) {
    if (!f.exported) continue;
    std::string name(atom_text(f.name));
    bool is_macro = name.rfind("MACRO-", 0) == 0;
    if (is_macro != macros || name == "__info__") continue;
    if (is_macro) found.emplace_back(name.substr(6), f.arity - 1);
    else found.emplace_back(name, f.arity);
  }
  std::sort(found.begin(), found.end());
  std::vector<Term> items;
  for (auto& [name, arity] : found)
    items.push_back(make_tuple(c.heap(), {intern_atom(name), Term::small(arity)}));
  return make_list(c.heap(), items);
}

// Code.ensure_loaded/1 and :code.ensure_loaded/1
Term code_ensure_loaded(NativeCall& c, const Term* a) {
  if (!a[0].is_atom()) return c.error(atoms::function_clause);
  if (ensure_module(a[0])) return make_tuple(c.heap(), {intern_atom("module"), a[0]});
  return make_tuple(c.heap(), {atoms::error, intern_atom("nofile")});
}

// Code.ensure_loaded?/1
Term code_ensure_loaded_p(NativeCall& c, const Term* a) {
  if (!a[0].is_atom()) return c.error(atoms::function_clause);
  return ensure_module(a[0]) ? atoms::true_ : atoms::false_;
}

}  // namespace

void register_module_builtins() {
  register_natives({
      {"erlang", "function_exported", 3, erlang_function_exported},
      {"vial", "module_info", 2, vial_module_info},
      {"code", "ensure_loaded", 1, code_ensure_loaded},
      {"Elixir.Code", "ensure_loaded", 1, code_ensure_loaded},
      {"Elixir.Code", "ensure_loaded?", 1, code_ensure_loaded_p},
      {"Elixir.Code", "ensure_compiled", 1, code_ensure_loaded},
  });
  Term mod = intern_atom("Elixir.Module");
  register_native(mod, intern_atom("put_attribute"), 3, module_put_attribute);
  register_native(mod, intern_atom("get_attribute"), 2, module_get_attribute2);
  register_native(mod, intern_atom("get_attribute"), 3, module_get_attribute3);
  register_native(mod, intern_atom("register_attribute"), 3, module_register_attribute);
  register_native(atoms::elixir_module, intern_atom("compile"), 2, elixir_module_compile);
}

}  // namespace vial
