// The JIT module loads on demand and compiles through LLVM ORC.
#include <doctest/doctest.h>

#include <string>

#include "vm/jit_loader.h"

TEST_CASE("the JIT module loads lazily and compiles a function") {
  std::string error;
  const VialJitApi* jit = vial::load_jit(&error);
  REQUIRE_MESSAGE(jit != nullptr, error);
  CHECK(std::string(jit->llvm_version()).rfind("19.", 0) == 0);
  std::int64_t sum = 0;
  char message[256] = {};
  REQUIRE_MESSAGE(jit->selftest_add(40, 2, &sum, message, sizeof message) == 0, message);
  CHECK(sum == 42);
}
