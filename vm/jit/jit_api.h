// The C interface between the VM and the lazily loaded JIT module.
// This header has no LLVM in it: the VM includes it, the module implements it.
#pragma once

#include <cstdint>

extern "C" {

// Bumped whenever the table below changes shape.
#define VIAL_JIT_API_VERSION 1

struct VialJitApi {
  std::uint32_t api_version;
  // The LLVM version the module was built against, e.g. "19.1.7".
  const char* (*llvm_version)();
  // Builds `i64 add(i64, i64)` as IR, compiles it with ORC LLJIT and calls it.
  // Proves the toolchain end to end; returns 0 and stores the sum on success,
  // or returns -1 and writes a message into `error` (size `error_size`).
  int (*selftest_add)(std::int64_t a, std::int64_t b, std::int64_t* sum, char* error,
                      std::uint32_t error_size);
};

// Exported by the module.
const VialJitApi* vial_jit_api();
}
