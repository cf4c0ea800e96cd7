// Macro.to_string/1: a quoted expression as Elixir 1.14's code formatter
// prints it (docs/macros.md lists what is covered).
#pragma once

#include <string>

#include "vm/term.h"

namespace vial {

// False when `form` is not a quoted expression (or holds a term that has no
// source form, such as a pid).
bool quoted_to_string(Term form, std::string* out);

}  // namespace vial
