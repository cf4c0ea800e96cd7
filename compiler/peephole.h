// The peephole pass the code generator runs on every image it finishes
// (compiler/peephole.cpp).
#pragma once

#include "vm/code.h"

namespace vial {

// Rewrites `image`'s code in place: fewer moves, fused frame-and-return.
// Labels, function entries and the line table follow the instructions.
void peephole(ModuleImage& image);

}  // namespace vial
