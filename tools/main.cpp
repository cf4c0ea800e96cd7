// `vial`: the command-line front end (DESIGN.md §9).
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/reader.h"
#include "runtime/run.h"
#include "tools/version.h"
#include "vm/heap.h"
#include "vm/printer.h"

namespace {

constexpr const char* kUsage =
    "Usage: vial <command> [options] [arguments]\n"
    "\n"
    "Commands:\n"
    "  run FILE.exs [ARGS...]        run a script; ARGS reach System.argv/0\n"
    "  parse [--format=FMT] FILE     print the quoted form of FILE\n"
    "                                FMT: inspect (default), erlang (like ~w),\n"
    "                                or none (only check that FILE parses)\n"
    "  help                          show this help\n"
    "\n"
    "Options:\n"
    "  --version, -v                 print the version\n"
    "  --help, -h                    show this help\n";

// Every user-facing failure of the CLI itself is one line on stderr.
int fail(const std::string& message, int status = 1) {
  std::fprintf(stderr, "vial: %s\n", message.c_str());
  return status;
}

// The name messages and stack traces use for a file, as Elixir's
// Path.relative_to_cwd(Path.expand(file)): relative to the current directory
// when the file is below it, else absolute, with `.` and `..` resolved.
std::string display_path(const std::string& file) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path cwd = fs::current_path(ec);
  if (ec) return file;
  fs::path full = (cwd / file).lexically_normal();
  std::string c = cwd.lexically_normal().string(), f = full.string();
  if (!c.empty() && c.back() != '/') c += '/';
  if (f.size() > c.size() && f.compare(0, c.size(), c) == 0) return f.substr(c.size());
  return f;
}

bool read_file(const std::string& path, std::string* out, std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = "cannot read " + path + ": " + std::strerror(errno);
    return false;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) {
    *error = "cannot read " + path + ": " + std::strerror(errno);
    return false;
  }
  *out = buf.str();
  return true;
}

int cmd_run(const std::vector<std::string>& args) {
  if (args.empty()) return fail("run: missing FILE (usage: vial run FILE.exs [ARGS...])");
  const std::string& file = args[0];
  if (file.size() > 1 && file[0] == '-') return fail("run: unknown option " + file);
  std::string source, error;
  if (!read_file(file, &source, &error)) return fail(error);
  vial::RunOptions options;
  options.file = display_path(file);
  options.argv.assign(args.begin() + 1, args.end());
  return vial::run_script(source, options);
}

int cmd_parse(const std::vector<std::string>& args) {
  std::string format = "inspect";
  std::string file;
  for (const std::string& a : args) {
    if (a.rfind("--format=", 0) == 0) {
      format = a.substr(9);
      if (format != "inspect" && format != "erlang" && format != "none")
        return fail("parse: unknown format '" + format + "' (expected inspect, erlang or none)");
    } else if (a.size() > 1 && a[0] == '-') {
      return fail("parse: unknown option " + a);
    } else if (file.empty()) {
      file = a;
    } else {
      return fail("parse: too many arguments (usage: vial parse [--format=FMT] FILE)");
    }
  }
  if (file.empty()) return fail("parse: missing FILE (usage: vial parse [--format=FMT] FILE)");
  std::string source, error;
  if (!read_file(file, &source, &error)) return fail(error);
  vial::Heap heap;
  vial::ReadResult r = vial::read_string(heap, source, display_path(file));
  if (!r.ok) {
    std::fputs(r.error.format().c_str(), stderr);
    return 1;
  }
  if (format == "none") return 0;
  std::string out = format == "erlang" ? vial::print_erlang(r.form) : vial::inspect(r.form);
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fputc('\n', stdout);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty()) {
    // The REPL arrives with its own issue; until then say how to use vial.
    std::fputs(kUsage, stderr);
    return 1;
  }
  std::string command = args[0];
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (command == "--version" || command == "-v" || command == "version") {
    std::printf("vial %s (JIT: LLVM %s, loaded on demand)\n", VIAL_VERSION, VIAL_LLVM_VERSION);
    return 0;
  }
  if (command == "help" || command == "--help" || command == "-h") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (command == "run") return cmd_run(rest);
  if (command == "parse") return cmd_parse(rest);
  if (command.size() > 1 && command[0] == '-') return fail("unknown option " + command + " (see 'vial help')", 2);
  return fail("unknown command '" + command + "' (see 'vial help')", 2);
}
