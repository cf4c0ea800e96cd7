// The VM's term printer: Erlang's ~w format and Elixir's inspect.
#pragma once

#include <string>

#include "vm/term.h"

namespace vial {

// Exactly what Erlang's io_lib:format("~w", [T]) produces (floats in shortest
// round-trip form, atoms quoted where Erlang quotes them, binaries as <<...>>).
std::string print_erlang(Term t);

// Elixir's Kernel.inspect/1 with default options, as far as it is implemented.
std::string inspect(Term t);

}  // namespace vial
