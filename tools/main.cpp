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

#include <unistd.h>

#include "compiler/reader.h"
#include "runtime/run.h"
#include "runtime/node.h"
#include "runtime/scheduler.h"
#include "tools/node_client.h"
#include "tools/repl.h"
#include "tools/repl_complete.h"
#include "tools/version.h"
#include "vm/heap.h"
#include "vm/printer.h"
#include "vm/vbc.h"

namespace {

constexpr const char* kUsage =
    "Usage: vial [--schedulers N] <command> [options] [arguments]\n"
    "       vial               start the REPL (docs/repl.md); with standard\n"
    "                          input not a terminal, run it as a script\n"
    "\n"
    "Commands:\n"
    "  run [-pa DIR]... [--schedulers N] FILE.exs [ARGS...]\n"
    "                                run a script; ARGS reach System.argv/0;\n"
    "                                modules not loaded are looked for as\n"
    "                                DIR/Elixir.Mod.vbc (compiled modules)\n"
    "  --schedulers N                run processes on N scheduler threads\n"
    "                                (default: one per core; VIAL_SCHEDULERS)\n"
    "  -e EXPR [-e EXPR]... [ARGS...]\n"
    "                                evaluate the expressions (as elixir -e);\n"
    "                                ARGS reach System.argv/0\n"
    "  compile [-o DIR] FILE.ex...   run the files as elixirc does and save each\n"
    "                                module they define as DIR/Elixir.Mod.vbc\n"
    "                                (DIR defaults to the current directory)\n"
    "  test [OPTIONS] [PATH...]      run ExUnit tests: each PATH is a test file, or a\n"
    "                                folder whose *_test.exs files run (default:\n"
    "                                test); --require FILE loads FILE first\n"
    "                                (repeatable); --seed N, --only TAG[:VALUE],\n"
    "                                --include/--exclude TAG[:VALUE], --trace,\n"
    "                                --max-failures N, --timeout MS, --exclude-doctests\n"
    "                                (docs/exunit.md)\n"
    "  disasm FILE.vbc               print the bytecode of a compiled module\n"
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

// A scheduler count from the command line: 1..1024, or 0 if not one.
int parse_scheduler_count(const std::string& text) {
  if (text.empty() || text.size() > 4 || text.find_first_not_of("0123456789") != std::string::npos) return 0;
  int n = std::stoi(text);
  return n >= 1 && n <= 1024 ? n : 0;
}

int cmd_run(const std::vector<std::string>& args) {
  vial::RunOptions options;
  std::size_t i = 0;
  while (i < args.size() && args[i].size() > 1 && args[i][0] == '-') {
    if (args[i] == "-pa" || args[i] == "--path") {
      if (i + 1 >= args.size()) return fail("run: " + args[i] + " needs a folder");
      options.code_path.push_back(args[i + 1]);
      i += 2;
    } else if (args[i] == "--schedulers") {
      int n = i + 1 < args.size() ? parse_scheduler_count(args[i + 1]) : 0;
      if (n <= 0) return fail("run: --schedulers needs a number from 1 to 1024");
      vial::set_scheduler_count(n);
      i += 2;
    } else if (args[i] == "--name" || args[i] == "--sname") {
      if (i + 1 >= args.size() || !vial::valid_node_name(args[i + 1]))
        return fail("run: --name needs a node name (letters, digits, _ . -)");
      vial::set_node_name(args[i + 1]);
      i += 2;
    } else {
      return fail("run: unknown option " + args[i]);
    }
  }
  if (i >= args.size()) return fail("run: missing FILE (usage: vial run [-pa DIR]... FILE.exs [ARGS...])");
  const std::string& file = args[i];
  std::string source, error;
  if (!read_file(file, &source, &error)) return fail(error);
  options.file = display_path(file);
  options.argv.assign(args.begin() + static_cast<std::ptrdiff_t>(i) + 1, args.end());
  return vial::run_script(source, options);
}

// `vial -e EXPR [-e EXPR]... [ARGS...]`: as `elixir -e`, the expressions
// run in order as one script named nofile; ARGS reach System.argv/0.
int cmd_eval(const std::vector<std::string>& args) {
  vial::RunOptions options;
  options.file = "nofile";
  std::string source;
  std::size_t i = 0;
  while (i < args.size() && (args[i] == "-e" || args[i] == "--eval")) {
    if (i + 1 >= args.size()) return fail(args[i] + " needs an expression");
    if (!source.empty()) source += '\n';
    source += args[i + 1];
    i += 2;
  }
  options.argv.assign(args.begin() + static_cast<std::ptrdiff_t>(i), args.end());
  return vial::run_script(source, options);
}

// `vial compile [-o DIR] FILE...`: like elixirc, each file runs (its
// defmodules compile and load, so later files can use earlier modules), and
// each module defined is saved as a .vbc file.
int cmd_compile(const std::vector<std::string>& args) {
  std::string out_dir = ".";
  std::vector<std::string> files;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (args[i] == "-o") {
      if (i + 1 >= args.size()) return fail("compile: -o needs a folder");
      out_dir = args[++i];
    } else if (args[i].size() > 1 && args[i][0] == '-') {
      return fail("compile: unknown option " + args[i]);
    } else {
      files.push_back(args[i]);
    }
  }
  if (files.empty()) return fail("compile: missing FILE (usage: vial compile [-o DIR] FILE.ex...)");
  for (const std::string& file : files) {
    std::string source, error;
    if (!read_file(file, &source, &error)) return fail(error);
    vial::RunOptions options;
    options.file = display_path(file);
    options.output_dir = out_dir;
    options.code_path = {out_dir};
    int status = vial::run_script(source, options);
    if (status != 0) return status;
  }
  return 0;
}

// `vial test [options] [paths]`: the ExUnit command line, written in the
// language (stdlib/ex_unit_cli.ex); the arguments reach it as System.argv().
int cmd_test(const std::vector<std::string>& args) {
  vial::RunOptions options;
  options.file = "vial test";
  options.argv = args;
  return vial::run_script("ExUnit.CLI.main(System.argv())", options);
}

// `vial disasm FILE.vbc`: the listing of a compiled module (vm/module.cpp's
// disassembler), for reading what the compiler emitted.
int cmd_disasm(const std::vector<std::string>& args) {
  if (args.size() != 1) return fail("disasm: usage: vial disasm FILE.vbc");
  std::string bytes, error;
  if (!read_file(args[0], &bytes, &error)) return fail(error);
  vial::ModuleImage image;
  if (!vial::decode_module(bytes, &image, &error)) return fail("cannot load " + args[0] + ": " + error);
  std::string text = vial::disassemble(image);
  std::fwrite(text.data(), 1, text.size(), stdout);
  return 0;
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

// `vial` alone: the REPL when standard input is a terminal (docs/repl.md);
// otherwise standard input is read to its end and runs as a script named
// nofile, as `vial -e "$(cat)"` would (`echo 'IO.puts 1' | vial`).
int cmd_repl(const char* argv0) {
  if (::isatty(STDIN_FILENO)) return vial::run_repl(argv0);
  std::ostringstream buf;
  buf << std::cin.rdbuf();
  vial::RunOptions options;
  options.file = "nofile";
  return vial::run_script(buf.str(), options);
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  // IEx.Server's natives (completion, exports, version) serve every
  // program, so that any of them can run a REPL (docs/repl.md).
  vial::register_repl_server_natives();
  if (args.empty()) return cmd_repl(argv[0]);
  // Options for the whole VM come before the command.
  std::size_t first = 0;
  while (first < args.size() && args[first] == "--schedulers") {
    int n = first + 1 < args.size() ? parse_scheduler_count(args[first + 1]) : 0;
    if (n <= 0) return fail("--schedulers needs a number from 1 to 1024", 2);
    vial::set_scheduler_count(n);
    first += 2;
  }
  if (first >= args.size()) {
    std::fputs(kUsage, stderr);
    return 1;
  }
  std::string command = args[first];
  std::vector<std::string> rest(args.begin() + static_cast<std::ptrdiff_t>(first) + 1, args.end());
  if (command == "--version" || command == "-v" || command == "version") {
    std::printf("vial %s (JIT: LLVM %s, loaded on demand)\n", VIAL_VERSION, VIAL_LLVM_VERSION);
    return 0;
  }
  if (command == "help" || command == "--help" || command == "-h") {
    std::fputs(kUsage, stdout);
    return 0;
  }
  if (command == "run") return cmd_run(rest);
  if (command == "-e" || command == "--eval") {
    return cmd_eval(std::vector<std::string>(args.begin() + static_cast<std::ptrdiff_t>(first), args.end()));
  }
  if (command == "parse") return cmd_parse(rest);
  if (command == "compile") return cmd_compile(rest);
  if (command == "disasm") return cmd_disasm(rest);
  if (command == "test") return cmd_test(rest);
  if (command == "nodes") return cmd_nodes(rest);
  if (command == "load") return cmd_load(rest);
  if (command == "attach") return cmd_attach(rest);
  if (command.size() > 1 && command[0] == '-') return fail("unknown option " + command + " (see 'vial help')", 2);
  return fail("unknown command '" + command + "' (see 'vial help')", 2);
}
