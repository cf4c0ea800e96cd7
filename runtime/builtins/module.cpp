// Defining modules at run time: what `defmodule` does when it is reached.
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
  register_native(atoms::elixir_module, intern_atom("compile"), 2, elixir_module_compile);
}

}  // namespace vial
