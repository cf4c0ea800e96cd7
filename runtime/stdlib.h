// The standard library modules built into this binary (stdlib/*.ex compiled
// to .vbc at build time and embedded; stdlib/CMakeLists.txt). The autoloader
// (runtime/code_path.cpp) loads one the first time a call reaches it.
#pragma once

#include <cstddef>
#include <span>

namespace vial {

struct EmbeddedModule {
  const char* name;  // "Elixir.Enum"
  const unsigned char* data;
  std::size_t size;
};

// Defined by the generated stdlib_blob.cpp (library vial_stdlib), or empty
// in vial_boot (vial_stdlib_none). Every executable links one of the two.
std::span<const EmbeddedModule> embedded_stdlib();

}  // namespace vial
