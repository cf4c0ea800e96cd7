// defprotocol and defimpl (docs/protocols.md): rewritten into the defmodule
// forms Elixir's Protocol module would define.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "vm/heap.h"

namespace vial {

struct ProtocolModule {
  Term name;  // an __aliases__ form (defprotocol, which nests like defmodule) or an atom (defimpl)
  Term body;
};

// True for `defprotocol Name do ... end` and `defimpl P, for: T do ... end`.
bool is_protocol_form(Term form);

// The modules `form` defines. `resolve` expands an alias form to its module
// atom (none when dynamic); `enclosing` is the module the form is in (none at
// the top level), which a defimpl without `for:` implements the protocol
// for. Throws Failure (compiler/lowerer.h) for a malformed form.
std::vector<ProtocolModule> protocol_modules(Heap& heap, Term form, Term enclosing,
                                             const std::function<Term(Term)>& resolve, const std::string& file);

// The body of the module P.For that `@derive [P]` defines for struct For
// when P.Any has no __deriving__ macro: it dispatches to P.Any, as Elixir's
// derived impls do (__impl__(:target) is P.Any).
Term derived_impl_body(Heap& heap, Term protocol, Term for_module, const std::string& file);

}  // namespace vial
