// The compiler's entry points: quoted form -> expansion -> core IR ->
// bytecode image (DESIGN.md §3; docs/compiler.md).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "vm/code.h"

namespace vial {

struct CompileError {
  std::string kind = "CompileError";  // Elixir's exception module
  std::string file;
  int line = 0;
  std::string message;

  // The exception's message: "file:line: message" for a CompileError.
  std::string text() const;
  // "** (CompileError) file:line: message", as Elixir reports it.
  std::string format() const;
};

// The module a script's top level is compiled into.
Term script_module_name();

// Compiles a script's top level (the whole file as read) into an image whose
// function __FILE__/1 runs it (and the functions lifted from its fns).
// `name`: the script module's name (default: script_module_name()).
[[nodiscard]] bool compile_script(Term form, const std::string& file, ModuleImage* out, CompileError* error,
                                  Term name = Term::none());

// A defmodule inside a module body: `defmodule Inner` in Outer defines
// Outer.Inner. Its body stays a quoted form until it is compiled.
struct NestedModule {
  Term name;
  Term body;
};

// Defines a nested module at once (compiles and loads it); false on failure.
using DefineNested = std::function<bool(const NestedModule&, CompileError*)>;

// Compiles the body of `defmodule name do body end` into an image. Modules
// nested in the body are defined through `define_nested` when the body
// reaches them, as Elixir defines them while running the outer body (so the
// outer module's functions may use an inner struct); without it they are
// appended to `nested` (which may be null if there must be none), for the
// caller to compile and load before this one.
[[nodiscard]] bool compile_module(Term name, Term body, const std::string& file, ModuleImage* out,
                                  CompileError* error, std::vector<NestedModule>* nested = nullptr,
                                  const DefineNested* define_nested = nullptr);

// Compiles `form` for Code.eval_string/eval_quoted into a module `name`
// whose `__eval__/1` takes the list of the binding's values (docs/macros.md).
[[nodiscard]] bool compile_eval(Term name, Term form, const std::vector<Term>& names, const std::string& file,
                                ModuleImage* out, CompileError* error, Term env = Term::none());

// The module whose body this thread is compiling (the innermost), for the
// Module functions that read and write its attributes while it is compiled
// (Module.register_attribute/3, put_attribute/3, get_attribute/2); null when
// none is.
struct CompilingModule {
  Term name;
  std::function<Term(Term key)> get_attribute;  // none if unset; on the compiler's heap
  std::function<void(Term key, Term value)> put_attribute;  // copies `value`
  std::function<void(Term key, bool accumulate)> register_attribute;
  // Unsets `key` (an accumulating one goes back to []).
  std::function<void(Term key)> delete_attribute;
  // Module.defines?/2,3: whether name/arity has been defined so far, as
  // kind (def, defp, defmacro, defmacrop; nil for any).
  std::function<bool(Term name, std::uint32_t arity, Term kind)> defines;
};
CompilingModule* compiling_module(Term name);

// Macro.expand_once/2: expands `form` one step in `env` (a Macro.Env map):
// an alias to its module, a call of an imported or required macro to the
// macro's result. Sets *expanded when something was expanded. False with
// `error` filled in when the macro raised.
[[nodiscard]] bool expand_macro_once(Heap& heap, Term form, Term env, Term* out, bool* expanded, CompileError* error);

}  // namespace vial
