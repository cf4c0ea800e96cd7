// Lowering: expanded quoted forms -> core IR (compiler/ir.h).
//
// Resolves variables (versioning every rebinding), aliases, local calls and
// Kernel imports; makes patterns and guards explicit; expands the Kernel
// macros of compiler/expand.h on the way. Errors are Elixir's CompileError
// messages from the catalogue (vm/messages.def).
#pragma once

#include <set>
#include <string>
#include <utility>

#include "compiler/compile.h"
#include "compiler/ir.h"

namespace vial {

// Lowers a script's top-level form into the function `__FILE__/1` (its
// argument unused, as in Elixir), whose body runs the script top to bottom,
// plus the functions lifted from its anonymous functions. `defmodule`
// becomes a call of elixir_module:compile/2, which compiles and loads the
// module body when it is reached, as in Elixir.
[[nodiscard]] bool lower_script(Heap& heap, Term form, const std::string& file, ir::Module* out,
                                CompileError* error);

// Lowers a module body (the `do:` of defmodule) into its functions. Modules
// defined inside it are defined through `define_nested` as the body reaches
// them, or else returned in `nested` (with their full names), to be compiled
// first.
[[nodiscard]] bool lower_module(Heap& heap, Term name, Term body, const std::string& file, ir::Module* out,
                                CompileError* error, std::vector<NestedModule>* nested, const DefineNested* define_nested = nullptr);

// Lowers `form` for Code.eval_string/eval_quoted into the function
// `__eval__/1`, whose argument is the list of the binding's values (named
// `names`, in that order) and which returns {value, binding}: every variable
// of the caller's context bound at the form's top level, by name descending,
// as Elixir 1.14 returns them. `env` is the caller's Macro.Env or a keyword
// list of Code.eval options (none for neither): its module (for __MODULE__),
// aliases, requires and imports are in effect in the form.
[[nodiscard]] bool lower_eval(Heap& heap, Term form, const std::vector<Term>& names, const std::string& file,
                              ir::Module* out, CompileError* error, Term env = Term::none());

}  // namespace vial
