#include "runtime/code_path.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <sstream>

#include "runtime/stdlib.h"
#include "vm/atom.h"
#include "vm/module.h"
#include "vm/printer.h"
#include "vm/vbc.h"

namespace vial {

namespace {

std::mutex g_mutex;
std::vector<std::string> g_dirs;

bool report_unloadable(const std::string& what, const std::string& error) {
  std::fflush(stdout);
  std::fprintf(stderr, "vial: cannot load %s: %s\n", what.c_str(), error.c_str());
  return false;
}

// The versions loaded from the built-in library (never purged: versions
// are kept, docs/compat.md, so the pointers stay unique).
std::set<const LoadedModule*> g_builtin_versions;

// The VM's autoloader: the built-in standard library first, then the code
// path's folders in order.
bool autoload_module(Term module) {
  std::string_view name = atom_text(module);
  for (const EmbeddedModule& m : embedded_stdlib()) {
    if (name != m.name) continue;
    ModuleImage image;
    std::string error;
    std::string_view bytes(reinterpret_cast<const char*>(m.data), m.size);
    if (!decode_module(bytes, &image, &error)) return report_unloadable("built-in module " + inspect(module), error);
    LoadError load_error;
    auto loaded = load_module(std::move(image), &load_error);
    if (!loaded) return report_unloadable("built-in module " + inspect(module), load_error.message);
    std::lock_guard lock(g_mutex);
    g_builtin_versions.insert(loaded.get());
    return true;
  }
  std::vector<std::string> dirs;
  {
    std::lock_guard lock(g_mutex);
    dirs = g_dirs;
  }
  for (const std::string& dir : dirs) {
    std::string path = (std::filesystem::path(dir) / vbc_file_name(module)).string();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) continue;
    std::string error;
    if (load_module_file(path, &error, module)) return current_module(module) != nullptr;
    return report_unloadable(path, error);
  }
  return false;
}

}  // namespace

bool save_module(const ModuleImage& image, const std::string& dir, std::string* error) {
  std::string bytes;
  if (!encode_module(image, &bytes, error)) return false;
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  std::string path = (std::filesystem::path(dir) / vbc_file_name(image.name)).string();
  if (ec) {
    *error = "cannot write " + path + ": " + ec.message();
    return false;
  }
  // Written beside the target and renamed over it, so a reader never sees
  // half a file.
  std::string tmp = path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    if (!out) {
      *error = "cannot write " + path + ": " + std::strerror(errno);
      std::filesystem::remove(tmp, ec);
      return false;
    }
  }
  std::filesystem::rename(tmp, path, ec);
  if (ec) {
    *error = "cannot write " + path + ": " + ec.message();
    return false;
  }
  return true;
}

bool load_module_file(const std::string& path, std::string* error, Term expected) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = std::strerror(errno);
    return false;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  std::string bytes = buf.str();
  ModuleImage image;
  if (!decode_module(bytes, &image, error)) return false;
  if (!expected.is_none() && image.name != expected) {
    *error = "the file holds module " + inspect(image.name) + ", not " + inspect(expected);
    return false;
  }
  LoadError load_error;
  if (!load_module(std::move(image), &load_error)) {
    *error = load_error.message;
    return false;
  }
  return true;
}

void set_code_path(const std::vector<std::string>& dirs) {
  {
    std::lock_guard lock(g_mutex);
    g_dirs = dirs;
  }
  install_autoloader();
}

void install_autoloader() { set_autoloader(autoload_module); }

bool builtin_version_current(Term module) {
  auto current = current_module(module);
  std::lock_guard lock(g_mutex);
  return current && g_builtin_versions.count(current.get()) > 0;
}

}  // namespace vial
