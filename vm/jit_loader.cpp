#include "vm/jit_loader.h"

#include <dlfcn.h>
#include <unistd.h>

#include <climits>
#include <cstdlib>
#include <mutex>

namespace vial {
namespace {

std::string executable_dir() {
  char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) return ".";
  std::string path(buf, static_cast<std::size_t>(n));
  auto slash = path.rfind('/');
  return slash == std::string::npos ? "." : path.substr(0, slash);
}

}  // namespace

const VialJitApi* load_jit(std::string* error) {
  static std::once_flag once;
  static const VialJitApi* api = nullptr;
  static std::string load_error;
  std::call_once(once, [] {
    // VIAL_JIT_MODULE overrides the location; else look next to the binary,
    // then in ../lib/vial for an installed tree.
    std::string candidates[3];
    if (const char* env = std::getenv("VIAL_JIT_MODULE")) candidates[0] = env;
    std::string dir = executable_dir();
    candidates[1] = dir + "/libvialjit.so";
    candidates[2] = dir + "/../lib/vial/libvialjit.so";
    for (const std::string& path : candidates) {
      if (path.empty()) continue;
      void* handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
      if (!handle) {
        load_error = dlerror();
        continue;
      }
      auto entry = reinterpret_cast<const VialJitApi* (*)()>(dlsym(handle, "vial_jit_api"));
      if (!entry || entry()->api_version != VIAL_JIT_API_VERSION) {
        load_error = path + ": not a compatible Vial JIT module";
        continue;
      }
      api = entry();
      return;
    }
  });
  if (!api && error) *error = load_error.empty() ? "JIT module not found" : load_error;
  return api;
}

}  // namespace vial
