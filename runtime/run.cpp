#include "runtime/run.h"

#include <cstdio>
#include <cstdlib>

#include "compiler/compile.h"
#include "compiler/reader.h"
#include "runtime/builtins/builtins.h"
#include "runtime/code_path.h"
#include "runtime/node.h"
#include "runtime/scheduler.h"
#include "vm/atom.h"
#include "vm/copy.h"
#include "vm/exceptions.h"
#include "vm/map.h"
#include "vm/messages.h"
#include "vm/module.h"
#include "vm/process.h"
#include "vm/printer.h"

namespace vial {

namespace {

// Exception.message/1 of an exception struct, run in `p` after its error
// reached the top; false (and the message field is used) if that fails.
// Running code may collect garbage: the caller must not read terms of
// p.error afterwards.
bool exception_message(Process& p, Term exception, std::string* out) {
  Term module = intern_atom("Elixir.Exception");
  if (!current_module(module)) autoload(module);
  auto loaded = current_module(module);
  const Word* entry = loaded ? loaded->entry(atoms::message, 1) : nullptr;
  if (!entry) return false;
  p.setup_call(entry, &exception, 1);
  RunStatus status;
  while ((status = execute(p)) == RunStatus::kYield) p.new_slice(kReductionsPerSlice);
  bool ok = status == RunStatus::kDone && p.x[0].is_binary();
  if (ok) *out = std::string(p.x[0].binary_view());
  return ok;
}

// Kernel.inspect/1 of `t`, run in a fresh process on a copy of `t`, so that
// the failed process's terms stay where the report reads them
// (vm/printer.h set_inspect_fallback).
bool inspect_in_elixir(Term t, std::string* out) {
  if (!current_module(atoms::Elixir_Kernel)) autoload(atoms::Elixir_Kernel);
  auto kernel = current_module(atoms::Elixir_Kernel);
  const Word* entry = kernel ? kernel->entry(intern_atom("inspect"), 1) : nullptr;
  if (!entry) return false;
  auto p = std::make_unique<Process>();
  Term copy = copy_term(p->heap(), t);
  p->setup_call(entry, &copy, 1);
  RunStatus status;
  while ((status = execute(*p)) == RunStatus::kYield) p->new_slice(kReductionsPerSlice);
  bool ok = status == RunStatus::kDone && p->x[0].is_binary();
  if (ok) *out = std::string(p->x[0].binary_view());
  return ok;
}

// Formats the report with inspect_in_elixir for structs with Elixir
// Inspect implementations.
struct ElixirInspectScope {
  ElixirInspectScope() { set_inspect_fallback(inspect_in_elixir); }
  ~ElixirInspectScope() { set_inspect_fallback(nullptr); }
};

int report(const std::string& text) {
  // What the program printed comes first, as it would with Elixir.
  std::fflush(stdout);
  std::fputs(text.c_str(), stderr);
  return 1;
}

}  // namespace

namespace {

// The report of `p`'s uncaught exception: "** (Module) message\n" and the
// stack trace (crash reports and the main process's end share it).
std::string error_report(Process& p) {
  Term r = p.error.reason;
  ElixirInspectScope scope;
  if (p.error.kind == atoms::error && r.is_map() && map_get(r, atoms::__exception__) == atoms::true_) {
    // The report is formatted first (the trace's terms may move once
    // Exception.message/1 runs), then its header takes the message.
    ExceptionText text = describe_exception(p.error);
    std::string full = format_uncaught(p.error, &text);
    std::size_t header = ("** (" + text.module + ") " + text.message + "\n").size();
    std::string message;
    if (exception_message(p, r, &message)) full = "** (" + text.module + ") " + message + "\n" + full.substr(header);
    return full;
  }
  return format_uncaught(p.error);
}

// Exception.format_exit/1 of `reason`, run in a fresh process.
std::string format_exit(Term reason) {
  Term module = intern_atom("Elixir.Exception");
  if (!current_module(module)) autoload(module);
  auto loaded = current_module(module);
  const Word* entry = loaded ? loaded->entry(intern_atom("format_exit"), 1) : nullptr;
  if (entry) {
    auto p = std::make_unique<Process>();
    Term copy = copy_term(p->heap(), reason);
    p->setup_call(entry, &copy, 1);
    RunStatus status;
    while ((status = execute(*p)) == RunStatus::kYield) p->new_slice(kReductionsPerSlice);
    if (status == RunStatus::kDone && p->x[0].is_binary()) return std::string(p->x[0].binary_view());
  }
  return "exit";
}

int quiet(int status) {
  std::fflush(stdout);
  return status;
}

int main_exit(Process& p, RunStatus status, Term from, Term reason) {
  (void)from;
  // VIAL_GC_STATS=1: the collector's counts on stderr at the end (docs/gc.md).
  if (const char* e = std::getenv("VIAL_GC_STATS"); e && *e == '1') {
    Process::MemoryInfo m = p.memory_info();
    std::fprintf(stderr, "vial: gc: %zu minor, %zu major collections; block %zu words, old heap %zu words\n",
                 m.minor_collections, m.major_collections, m.block_words, m.old_words);
  }
  switch (status) {
    case RunStatus::kError:
      if (!reason.is_none()) {
        // Ended by an exit signal (a linked process's end, or exit/2).
        return report("** (EXIT from #PID<0." + std::to_string(p.pid.pid_number()) + ".0>) " + format_exit(reason) +
                      "\n\n");
      }
      if (p.error.kind == atoms::exit) {
        // Elixir's CLI ends quietly on these exits ({shutdown, N}: status N).
        Term r = p.error.reason;
        if (r == atoms::normal || r == atoms::shutdown) return quiet(0);
        if (r.is_tuple() && r.tuple_arity() == 2 && r.element(0) == atoms::shutdown)
          return quiet(r.element(1).is_small() ? static_cast<int>(r.element(1).small_value()) : 0);
      }
      return report(error_report(p));
    case RunStatus::kKilled:
      return report(message(Msg::killed_max_heap, p.memory_words(), p.max_heap_words));
    default:
      std::fflush(stdout);
      return 0;
  }
}

}  // namespace

int run_script(const std::string& source, const RunOptions& options) {
  register_builtins();
  script_context().file = options.file;
  script_context().argv = options.argv;
  script_context().output_dir = options.output_dir;
  set_code_path(options.code_path);

  Heap reader_heap;
  ReadResult read = read_string(reader_heap, source, options.file);
  if (!read.ok) return report(read.error.format());

  ModuleImage image;
  CompileError compile_error;
  if (!compile_script(read.form, options.file, &image, &compile_error)) return report(compile_error.format());
  LoadError load_error;
  auto script = load_module(std::move(image), &load_error);
  if (!script) return report("vial: " + load_error.message + "\n");

  // The script runs as the main process; when it ends, the program ends
  // (other processes with it), as with `elixir script.exs`.
  auto* main = new Process(Process::Scheduled{});
  Term binding = Term::nil();
  main->setup_call(script->entry(intern_atom("__FILE__"), 1), &binding, 1);
  std::string node_error;
  if (!start_node(*main, &node_error)) return report("vial: " + node_error + "\n");
  set_error_formatter(error_report);
  int status = run_processes(main, main_exit);
  stop_node();
  std::fflush(stdout);
  return status;
}

}  // namespace vial
