// Loads the JIT module (libvialjit.so) on first use. Nothing that merely runs a
// script calls this, so start-up never pays for libLLVM.
#pragma once

#include <string>

#include "vm/jit/jit_api.h"

namespace vial {

// Returns the JIT's interface, or nullptr with a reason in `error` if the
// module cannot be found or loaded. Loads at most once; thread-safe.
const VialJitApi* load_jit(std::string* error);

}  // namespace vial
