#include "runtime/code_path.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>

#include "vm/atom.h"
#include "vm/module.h"
#include "vm/printer.h"
#include "vm/vbc.h"

namespace vial {

namespace {

std::mutex g_mutex;
std::vector<std::string> g_dirs;

bool autoload_from_path(Term module) {
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
    std::fflush(stdout);
    std::fprintf(stderr, "vial: cannot load %s: %s\n", path.c_str(), error.c_str());
    return false;
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
  set_autoloader(dirs.empty() ? nullptr : autoload_from_path);
}

}  // namespace vial
