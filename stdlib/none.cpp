// The standard library as vial_boot sees it: nothing built in (it is the
// program that compiles stdlib/*.ex; stdlib/CMakeLists.txt).
#include "runtime/stdlib.h"

namespace vial {

std::span<const EmbeddedModule> embedded_stdlib() { return {}; }

}  // namespace vial
