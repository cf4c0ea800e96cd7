#include "tools/line_editor.h"

#include <histedit.h>
#include <poll.h>
#include <unistd.h>

#include <cerrno>
#include <clocale>
#include <cstdio>
#include <cstdlib>
#include <cwchar>

#include "tools/repl_complete.h"

namespace vial {

struct LineEditor::State {
  EditLine* el = nullptr;
  History* hist = nullptr;
  std::string history_path;
  std::string prompt;
  Completer completer;
  int pipe[2] = {-1, -1};  // written by interrupt()/resized(): 'i' or 'w'
  bool interrupted = false;
};

namespace {

LineEditor::State* state_of(EditLine* el) {
  void* data = nullptr;
  el_get(el, EL_CLIENTDATA, &data);
  return static_cast<LineEditor::State*>(data);
}

const char* prompt_fn(EditLine* el) { return state_of(el)->prompt.c_str(); }

// The terminal's next character (UTF-8 to one wide character), or the end
// of the line when a Ctrl-C came.
int getc_fn(EditLine* el, wchar_t* out) {
  LineEditor::State* s = state_of(el);
  for (;;) {
    pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {s->pipe[0], POLLIN, 0}};
    if (::poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    if (fds[1].revents & POLLIN) {
      char buf[64];
      ssize_t n = ::read(s->pipe[0], buf, sizeof buf);
      bool interrupt = false, resize = false;
      for (ssize_t i = 0; i < n; ++i) {
        interrupt |= buf[i] == 'i';
        resize |= buf[i] == 'w';
      }
      if (resize) {
        el_resize(el);
        el_set(el, EL_REFRESH);
      }
      if (interrupt) {
        s->interrupted = true;
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

// Tab: inserts what all completions share, or lists them.
unsigned char complete_fn(EditLine* el, int) {
  LineEditor::State* s = state_of(el);
  const LineInfo* li = el_line(el);
  std::string before(li->buffer, static_cast<std::size_t>(li->cursor - li->buffer));
  std::vector<std::string> found = s->completer ? s->completer(before) : std::vector<std::string>{};
  if (found.empty()) return CC_REFRESH_BEEP;
  std::string_view word = std::string_view(before).substr(repl_completion_start(before));
  CompletionEdit edit = repl_completion_edit(word, found);
  if (!edit.insert.empty()) return el_insertstr(el, edit.insert.c_str()) == -1 ? CC_ERROR : CC_REFRESH;
  if (edit.listing.empty()) return CC_REFRESH;
  std::string text(1, '\n');  // (not "\n" + ...: GCC 12 warns -Wrestrict there)
  text += repl_format_listing(edit.listing);
  std::fwrite(text.data(), 1, text.size(), stdout);
  std::fflush(stdout);
  return CC_REDISPLAY;
}

}  // namespace

LineEditor::LineEditor(const char* argv0, std::string history_path, Completer completer)
    : state_(std::make_unique<State>()) {
  State& s = *state_;
  s.history_path = std::move(history_path);
  s.completer = std::move(completer);
  if (::pipe(s.pipe) != 0) s.pipe[0] = s.pipe[1] = -1;
  // libedit works in wide characters: the terminal's bytes are UTF-8.
  if (!std::setlocale(LC_CTYPE, "") || MB_CUR_MAX == 1) std::setlocale(LC_CTYPE, "C.UTF-8");
  s.hist = history_init();
  HistEvent ev;
  history(s.hist, &ev, H_SETSIZE, 1000);
  history(s.hist, &ev, H_SETUNIQUE, 1);
  if (!s.history_path.empty()) history(s.hist, &ev, H_LOAD, s.history_path.c_str());
  s.el = el_init(argv0, stdin, stdout, stderr);
  el_set(s.el, EL_CLIENTDATA, &s);
  el_set(s.el, EL_EDITOR, "emacs");
  el_set(s.el, EL_PROMPT, prompt_fn);
  el_set(s.el, EL_HIST, history, s.hist);
  el_set(s.el, EL_GETCFN, getc_fn);
  el_set(s.el, EL_ADDFN, "vial-complete", "Complete the word before the cursor", complete_fn);
  el_set(s.el, EL_BIND, "^I", "vial-complete", nullptr);
}

LineEditor::~LineEditor() {
  el_end(state_->el);
  history_end(state_->hist);
  for (int fd : state_->pipe)
    if (fd >= 0) ::close(fd);
}

LineEditor::Result LineEditor::read(const std::string& prompt, std::string* line) {
  State& s = *state_;
  s.prompt = prompt;
  s.interrupted = false;
  std::fflush(stdout);
  int count = 0;
  const char* got = el_gets(s.el, &count);
  if (s.interrupted) return Result::kInterrupted;
  if (!got || count <= 0) {
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return Result::kEof;
  }
  line->assign(got, static_cast<std::size_t>(count));
  if (!line->empty() && line->back() == '\n') line->pop_back();
  return Result::kLine;
}

void LineEditor::add_history(const std::string& entry) {
  State& s = *state_;
  if (entry.find_first_not_of(" \t\n") == std::string::npos) return;
  HistEvent ev;
  if (history(s.hist, &ev, H_FIRST) == 0 && entry == ev.str) return;  // a repeat is kept once
  history(s.hist, &ev, H_ENTER, entry.c_str());
  if (s.history_path.empty()) return;
  // The file as it is now (other sessions may have added to it since this
  // one started) plus this entry: concurrent sessions keep each other's.
  History* file = history_init();
  history(file, &ev, H_SETSIZE, 1000);
  history(file, &ev, H_LOAD, s.history_path.c_str());
  if (!(history(file, &ev, H_FIRST) == 0 && entry == ev.str)) history(file, &ev, H_ENTER, entry.c_str());
  history(file, &ev, H_SAVE, s.history_path.c_str());
  history_end(file);
}

void LineEditor::interrupt() {
  char b = 'i';
  if (state_->pipe[1] >= 0) (void)!::write(state_->pipe[1], &b, 1);
}

void LineEditor::resized() {
  char b = 'w';
  if (state_->pipe[1] >= 0) (void)!::write(state_->pipe[1], &b, 1);
}

}  // namespace vial
