// User macros (docs/macros.md): finding the macro a call names, running it on
// a VM process at compile time, and the lexical directives (import, require)
// that decide what a call names.
#pragma once

#include <string>
#include <vector>

#include "compiler/lowerer.h"

namespace vial::lowering {

// The name of the function a macro compiles to: `defmacro m(a)` is
// `MACRO-m/2`, whose first argument is the caller's environment, as Elixir.
Term macro_function_name(Term name);

// True when `module` is loaded and exports the macro name/arity.
bool exports_macro(Term module, Term name, std::uint32_t arity);

// The import that provides name/arity (a user import first, then Kernel's
// functions); false if none does. Kernel is reported only for its macros
// and functions the table lists (kernel_exports.def).
bool find_import(const Lexical* lexical, Term name, std::uint32_t arity, Term* module, bool* macro);

// Runs the macro module.name/arity with the quoted `args` on a fresh process
// and returns its result copied onto `heap`, with the caller's line in every
// node that has none and a hygiene counter in the macro's own variables.
// A raise inside the macro unwinds as a Failure naming the exception.
// `receiver` is the module whose quotes made the variables (the macro's
// module; differs from `module` for a module's own macros, which run from a
// helper module while it is compiled).
// `env` is the caller's environment (make_env), what __CALLER__ is.
Term run_macro(Heap& heap, const std::string& file, int line, Term module, Term name,
               const std::vector<Term>& args, Term env, Term receiver = Term::none());

// `import Module[, opts]`: adds to lexical->imports (replacing an earlier
// import of the same module). Throws Failure with Elixir's CompileError.
void apply_import(Lexical& lexical, Term module, Term opts, const std::string& file, int line);
// `require Module`.
void apply_require(Lexical& lexical, Term module, const std::string& file, int line);

// The variables a module body has bound so far, in order.
using Binding = std::vector<std::pair<Term, Term>>;

// The value of `form` evaluated now, while `module` is compiled (a module
// attribute's value `@x compute()`, or an expression of the body), copied
// onto `heap`. With `binding`, the body's variables are visible and the
// binding is updated with what `form` binds.
Term eval_in_module(Heap& heap, Term form, Term module, const std::map<Word, Term>* attributes, AliasMap* aliases,
                    Lexical* lexical, const std::string& file, int line, Binding* binding = nullptr);

// Macro.escape/1 at compile time: the quoted form of a value.
Term escape_value(Heap& heap, Term value, const std::string& file, int line);

// A %Macro.Env{} (a map with __struct__: Macro.Env until structs exist) for
// code in `module` (none in a script), in `function` ({name, arity} or
// nil), at `line`, with the aliases and imports in effect: __ENV__, and the
// __CALLER__ a macro receives.
Term make_env(Heap& heap, Term module, Term function, const std::string& file, int line, const AliasMap* aliases,
              const Lexical* lexical, Term context = atoms::nil);

// A fresh counter for the variables of one macro expansion.
int next_macro_counter();

}  // namespace vial::lowering
