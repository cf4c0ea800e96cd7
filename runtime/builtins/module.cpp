// Defining modules at run time: what `defmodule` does when it is reached.
#include "compiler/compile.h"
#include "compiler/quoted.h"
#include "runtime/builtins/builtins.h"
#include "runtime/code_path.h"
#include "vm/module.h"

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

}  // namespace

void register_module_builtins() {
  register_native(atoms::elixir_module, intern_atom("compile"), 2, elixir_module_compile);
}

}  // namespace vial
