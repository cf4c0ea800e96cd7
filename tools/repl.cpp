// The REPL's terminal front end (docs/repl.md): the line editor
// (tools/line_editor.h, libedit: editing, history, completion) and Ctrl-C.
// The REPL itself is Elixir code (stdlib/iex.ex): this file registers the
// natives it reads lines with and runs IEx.CLI.local/0 as the main process.
//
// Ctrl-C: the SIGINT handler ends the line being read (LineEditor::
// interrupt) or, while code runs, writes to a pipe whose watcher thread
// sends {IEx.Server, :interrupt} to the REPL server, which kills the
// evaluation (the same message `vial attach` sends).
#include "tools/repl.h"

#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "runtime/run.h"
#include "runtime/scheduler.h"
#include "tools/line_editor.h"
#include "tools/repl_complete.h"
#include "vm/atom.h"
#include "vm/heap.h"
#include "vm/mailbox.h"
#include "vm/native.h"

namespace vial {

namespace {

LineEditor* g_editor = nullptr;
std::mutex g_vars_m;
std::vector<std::string> g_vars;  // the session's variables, for completion

int g_interrupt_pipe[2] = {-1, -1};  // while code runs: 'i' per Ctrl-C
std::atomic<bool> g_reading{false};
std::atomic<Word> g_server{0};

void on_signal(int sig) {
  int saved = errno;
  if (g_reading.load()) {
    if (sig == SIGINT) g_editor->interrupt();
    else g_editor->resized();
  } else if (sig == SIGINT) {
    char b = 'i';
    (void)!::write(g_interrupt_pipe[1], &b, 1);
  }
  errno = saved;
}

// Sends {IEx.Server, :interrupt} to the server for each Ctrl-C that comes
// while code runs.
void interrupt_watcher() {
  Heap heap;
  Term msg = make_tuple(heap, {intern_atom("Elixir.IEx.Server"), intern_atom("interrupt")});
  for (;;) {
    char b;
    ssize_t n = ::read(g_interrupt_pipe[0], &b, 1);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    Word server = g_server.load();
    if (server) deliver_from_outside(Term::from_raw(server), make_signal(SignalKind::kMessage, Term::nil(), msg));
  }
}

std::vector<std::string> complete(const std::string& before_cursor) {
  std::vector<std::string> vars;
  {
    std::lock_guard<std::mutex> lock(g_vars_m);
    vars = g_vars;
  }
  return repl_complete(before_cursor, vars);
}

// :vial_repl.read_line(Prompt, VarNames): {:ok, Line} | :eof | :interrupt
Term repl_read_line(NativeCall& c, const Term* a) {
  if (!a[0].is_binary()) return c.badarg(1, "not a binary");
  {
    std::lock_guard<std::mutex> lock(g_vars_m);
    g_vars.clear();
    for (Term l = a[1]; l.is_cons(); l = l.tail())
      if (l.head().is_binary()) g_vars.emplace_back(l.head().binary_view());
  }
  std::string prompt(a[0].binary_view()), line;
  g_reading.store(true);
  LineEditor::Result r = g_editor->read(prompt, &line);
  g_reading.store(false);
  if (r == LineEditor::Result::kInterrupted) return intern_atom("interrupt");
  if (r == LineEditor::Result::kEof) return intern_atom("eof");
  return make_tuple(c.heap(), {intern_atom("ok"), make_binary(c.heap(), line)});
}

// :vial_repl.add_history(Entry): one history item (a multi-line entry
// whole), saved at once so that the next session sees it.
Term repl_add_history(NativeCall& c, const Term* a) {
  if (!a[0].is_binary()) return c.badarg(1, "not a binary");
  g_editor->add_history(std::string(a[0].binary_view()));
  return atoms::ok;
}

Term repl_set_server(NativeCall& c, const Term* a) {
  if (!a[0].is_pid()) return c.badarg(1, "not a pid");
  g_server.store(a[0].raw());
  return atoms::ok;
}

std::string history_path() {
  if (const char* p = std::getenv("VIAL_HISTORY"); p && *p) return p;
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.vial_history";
  return "";
}

void register_repl_natives() {
  Term m = intern_atom("vial_repl");
  register_native(m, intern_atom("read_line"), 2, repl_read_line, NativeKind::kDirtyIo);
  register_native(m, intern_atom("add_history"), 1, repl_add_history, NativeKind::kDirtyIo);
  register_native(m, intern_atom("set_server"), 1, repl_set_server);
  register_repl_server_natives();
}

}  // namespace

int run_repl(const char* argv0) {
  register_repl_natives();
  if (::pipe(g_interrupt_pipe) != 0) {
    std::perror("vial: pipe");
    return 1;
  }
  // Lives until the process ends: the signal handler and the dirty thread
  // that reads lines may use it to the last moment.
  g_editor = new LineEditor(argv0, history_path(), complete);
  struct sigaction sa {};
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGWINCH, &sa, nullptr);
  std::thread(interrupt_watcher).detach();

  RunOptions options;
  options.file = "iex";
  return run_script("IEx.CLI.local()", options);
}

}  // namespace vial
