// The REPL's terminal front end (docs/repl.md): libedit for line editing,
// history and completion, and Ctrl-C. The REPL itself is Elixir code
// (stdlib/iex.ex): this file registers the natives it reads lines with and
// runs IEx.CLI.local/0 as the main process.
//
// Ctrl-C: a SIGINT handler writes a byte to one of two pipes. While a line
// is being read, the read function (libedit's EL_GETCFN, polling the
// terminal and that pipe) ends the line as interrupted; otherwise a watcher
// thread sends {IEx.Server, :interrupt} to the REPL server, which kills the
// evaluation (the same message `vial attach` sends).
#include "tools/repl.h"

#include <histedit.h>
#include <poll.h>
#include <unistd.h>

#include <atomic>
#include <clocale>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cwchar>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "runtime/run.h"
#include "runtime/scheduler.h"
#include "tools/repl_complete.h"
#include "vm/atom.h"
#include "vm/heap.h"
#include "vm/mailbox.h"
#include "vm/native.h"

namespace vial {

namespace {

EditLine* g_el = nullptr;
History* g_hist = nullptr;
std::string g_history_path;
std::string g_prompt;
std::mutex g_vars_m;
std::vector<std::string> g_vars;

// Pipes written by the signal handler: [0] read end, [1] write end.
int g_line_pipe[2] = {-1, -1};       // while a line is read: 'i' (SIGINT), 'w' (SIGWINCH)
int g_interrupt_pipe[2] = {-1, -1};  // while code runs: 'i'
std::atomic<bool> g_reading{false};
std::atomic<Word> g_server{0};
bool g_line_interrupted = false;
bool g_resized = false;

void on_signal(int sig) {
  int saved = errno;
  char b = sig == SIGINT ? 'i' : 'w';
  if (g_reading.load()) {
    (void)!::write(g_line_pipe[1], &b, 1);
  } else if (sig == SIGINT) {
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

const char* prompt_fn(EditLine*) { return g_prompt.c_str(); }

// libedit's character reader: the terminal, or the signal pipe. A Ctrl-C
// ends the line (marked interrupted, then discarded).
int getc_fn(EditLine* el, wchar_t* out) {
  for (;;) {
    pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {g_line_pipe[0], POLLIN, 0}};
    int r = ::poll(fds, 2, -1);
    if (r < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    if (fds[1].revents & POLLIN) {
      char buf[64];
      ssize_t n = ::read(g_line_pipe[0], buf, sizeof buf);
      bool interrupt = false;
      for (ssize_t i = 0; i < n; ++i) {
        if (buf[i] == 'i') interrupt = true;
        if (buf[i] == 'w') g_resized = true;
      }
      if (g_resized) {
        g_resized = false;
        el_resize(el);
        el_set(el, EL_REFRESH);
      }
      if (interrupt) {
        g_line_interrupted = true;
        *out = L'\n';
        return 1;
      }
      continue;
    }
    if (!(fds[0].revents & (POLLIN | POLLHUP | POLLERR))) continue;
    unsigned char bytes[4];
    ssize_t n = ::read(STDIN_FILENO, bytes, 1);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return n == 0 ? 0 : -1;
    // UTF-8 to one wide character.
    int extra = (bytes[0] & 0xE0) == 0xC0 ? 1 : (bytes[0] & 0xF0) == 0xE0 ? 2 : (bytes[0] & 0xF8) == 0xF0 ? 3 : 0;
    std::uint32_t cp = extra == 0 ? bytes[0] : extra == 1 ? bytes[0] & 0x1F : extra == 2 ? bytes[0] & 0x0F : bytes[0] & 0x07;
    for (int i = 1; i <= extra; ++i) {
      if (::read(STDIN_FILENO, bytes + i, 1) != 1 || (bytes[i] & 0xC0) != 0x80) {
        cp = 0xFFFD;
        break;
      }
      cp = (cp << 6) | (bytes[i] & 0x3F);
    }
    *out = static_cast<wchar_t>(cp);
    return 1;
  }
}

// Tab: complete the word before the cursor; list the choices when the
// completions share nothing more.
unsigned char complete_fn(EditLine* el, int) {
  const LineInfo* li = el_line(el);
  std::string before(li->buffer, static_cast<std::size_t>(li->cursor - li->buffer));
  std::vector<std::string> vars;
  {
    std::lock_guard<std::mutex> lock(g_vars_m);
    vars = g_vars;
  }
  std::vector<std::string> found = repl_complete(before, vars);
  if (found.empty()) return CC_REFRESH_BEEP;
  std::string_view word = std::string_view(before).substr(repl_completion_start(before));
  CompletionEdit edit = repl_completion_edit(word, found);
  if (!edit.insert.empty()) {
    if (el_insertstr(el, edit.insert.c_str()) == -1) return CC_ERROR;
    return CC_REFRESH;
  }
  if (edit.listing.empty()) return CC_REFRESH;
  std::string text(1, '\n');  // (not "\n" + ...: GCC 12 warns -Wrestrict there)
  text += repl_format_listing(edit.listing);
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fflush(stdout);
  return CC_REDISPLAY;
}

void save_history() {
  HistEvent ev;
  if (!g_history_path.empty()) history(g_hist, &ev, H_SAVE, g_history_path.c_str());
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
  g_prompt = std::string(a[0].binary_view());
  std::fflush(stdout);
  g_line_interrupted = false;
  g_reading.store(true);
  int count = 0;
  const char* line = el_gets(g_el, &count);
  g_reading.store(false);
  if (g_line_interrupted) return intern_atom("interrupt");
  if (!line || count <= 0) {
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return intern_atom("eof");
  }
  std::string text(line, static_cast<std::size_t>(count));
  if (!text.empty() && text.back() == '\n') text.pop_back();
  return make_tuple(c.heap(), {intern_atom("ok"), make_binary(c.heap(), text)});
}

// :vial_repl.add_history(Entry): one history item (a multi-line entry
// whole), saved at once so that the next session sees it.
Term repl_add_history(NativeCall& c, const Term* a) {
  if (!a[0].is_binary()) return c.badarg(1, "not a binary");
  std::string entry(a[0].binary_view());
  if (entry.find_first_not_of(" \t\n") == std::string::npos) return atoms::ok;
  HistEvent ev;
  // A repeat of the last entry is kept once.
  if (history(g_hist, &ev, H_FIRST) == 0 && entry == ev.str) return atoms::ok;
  history(g_hist, &ev, H_ENTER, entry.c_str());
  save_history();
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

void setup_editline(const char* argv0) {
  // libedit works in wide characters: the terminal's bytes are UTF-8.
  if (!std::setlocale(LC_CTYPE, "") || MB_CUR_MAX == 1) std::setlocale(LC_CTYPE, "C.UTF-8");
  g_hist = history_init();
  HistEvent ev;
  history(g_hist, &ev, H_SETSIZE, 1000);
  history(g_hist, &ev, H_SETUNIQUE, 1);
  g_history_path = history_path();
  if (!g_history_path.empty()) history(g_hist, &ev, H_LOAD, g_history_path.c_str());

  g_el = el_init(argv0, stdin, stdout, stderr);
  el_set(g_el, EL_EDITOR, "emacs");
  el_set(g_el, EL_PROMPT, prompt_fn);
  el_set(g_el, EL_HIST, history, g_hist);
  el_set(g_el, EL_GETCFN, getc_fn);
  el_set(g_el, EL_ADDFN, "vial-complete", "Complete the word before the cursor", complete_fn);
  el_set(g_el, EL_BIND, "^I", "vial-complete", nullptr);
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
  setup_editline(argv0);
  if (::pipe(g_line_pipe) != 0 || ::pipe(g_interrupt_pipe) != 0) {
    std::perror("vial: pipe");
    return 1;
  }
  struct sigaction sa {};
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESTART;
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGWINCH, &sa, nullptr);
  std::thread(interrupt_watcher).detach();

  RunOptions options;
  options.file = "iex";
  int status = run_script("IEx.CLI.local()", options);
  el_end(g_el);
  history_end(g_hist);
  return status;
}

}  // namespace vial
