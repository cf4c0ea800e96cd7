// Deep copy of a term onto another heap: literals into a module's literal
// area, and (later) messages into a receiver's heap fragment.
#pragma once

#include "vm/heap.h"

namespace vial {

// Copies `t` and everything it refers to onto `to`. Immediates return as is.
Term copy_term(Heap& to, Term t);

}  // namespace vial
