#include "tools/node_client.h"

#include <signal.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "runtime/node.h"
#include "tools/line_editor.h"

namespace {

int fail(const std::string& message, int status = 1) {
  std::fprintf(stderr, "vial: %s\n", message.c_str());
  return status;
}

// --cookie C (or VIAL_COOKIE): the cookie to present instead of the one in
// the node's cookie file. Removes the option from `args`.
bool take_cookie(std::vector<std::string>* args, std::string* cookie, std::string* error) {
  if (const char* e = std::getenv("VIAL_COOKIE")) *cookie = e;
  for (std::size_t i = 0; i < args->size();) {
    if ((*args)[i] == "--cookie") {
      if (i + 1 >= args->size()) {
        *error = "--cookie needs a value";
        return false;
      }
      *cookie = (*args)[i + 1];
      args->erase(args->begin() + static_cast<std::ptrdiff_t>(i), args->begin() + static_cast<std::ptrdiff_t>(i) + 2);
    } else {
      ++i;
    }
  }
  return true;
}

void write_out(std::FILE* f, const std::string& s) {
  std::fwrite(s.data(), 1, s.size(), f);
  std::fflush(f);
}

// Prints the node's O and R frames until X; returns its status.
int relay_until_done(int fd, const std::string& node) {
  char type;
  std::string payload;
  while (vial::read_frame(fd, &type, &payload)) {
    switch (type) {
      case vial::frame::kOut: write_out(stdout, payload); break;
      case vial::frame::kErr: write_out(stderr, payload); break;
      case vial::frame::kDone: return std::atoi(payload.c_str());
      default: break;
    }
  }
  return fail("node " + node + " closed the connection");
}

// The attached session, for the SIGINT handler: its socket, and its line
// editor while a line is being read.
volatile sig_atomic_t g_attach_fd = -1;
vial::LineEditor* volatile g_editor = nullptr;
volatile sig_atomic_t g_reading = 0;

void on_signal(int sig) {
  int saved = errno;
  vial::LineEditor* editor = g_editor;
  if (sig == SIGWINCH) {
    if (editor) editor->resized();
  } else if (g_reading && editor) {
    editor->interrupt();  // ends the line; read_line_for sends the C frame
  } else {
    // One whole frame in one send: a C frame (Ctrl-C) for the node.
    static const char frame[5] = {0, 0, 0, 1, vial::frame::kInterrupt};
    int fd = g_attach_fd;
    if (fd >= 0) (void)!::send(fd, frame, sizeof frame, MSG_NOSIGNAL);
  }
  errno = saved;
}

std::string history_path() {
  if (const char* p = std::getenv("VIAL_HISTORY"); p && *p) return p;
  if (const char* home = std::getenv("HOME"); home && *home) return std::string(home) + "/.vial_history";
  return "";
}

// Asks the node for the completions of the text before the cursor.
std::vector<std::string> remote_complete(int fd, const std::string& before) {
  std::vector<std::string> out;
  if (!vial::send_frame(fd, vial::frame::kComplete, before)) return out;
  char type;
  std::string payload;
  while (vial::read_frame(fd, &type, &payload)) {
    if (type == vial::frame::kOut) write_out(stdout, payload);
    if (type == vial::frame::kErr) write_out(stderr, payload);
    if (type != vial::frame::kMatches) continue;
    std::size_t start = 0;
    while (start < payload.size()) {
      std::size_t nl = payload.find('\n', start);
      if (nl == std::string::npos) nl = payload.size();
      if (nl > start) out.push_back(payload.substr(start, nl - start));
      start = nl + 1;
    }
    break;
  }
  return out;
}

// Answers the node's G frame: the line read (I), the end of input (D) or a
// Ctrl-C (C).
void read_line_for(int fd, vial::LineEditor* editor, const std::string& prompt) {
  std::string line;
  if (editor) {
    g_reading = 1;
    vial::LineEditor::Result r = editor->read(prompt, &line);
    g_reading = 0;
    if (r == vial::LineEditor::Result::kLine) {
      vial::send_frame(fd, vial::frame::kLine, line);
    } else if (r == vial::LineEditor::Result::kEof) {
      vial::send_frame(fd, vial::frame::kEof, "");
    } else {
      vial::send_frame(fd, vial::frame::kInterrupt, "");
    }
    return;
  }
  write_out(stdout, prompt);
  std::clearerr(stdin);
  if (std::getline(std::cin, line)) {
    vial::send_frame(fd, vial::frame::kLine, line);
  } else if (std::cin.eof()) {
    vial::send_frame(fd, vial::frame::kEof, "");
  } else {
    std::cin.clear();  // interrupted: the handler sent the C frame
    write_out(stdout, "\n");
  }
}

}  // namespace

int cmd_nodes(const std::vector<std::string>& args_in) {
  std::vector<std::string> args = args_in;
  std::string cookie, error;
  if (!take_cookie(&args, &cookie, &error)) return fail("nodes: " + error);
  if (!args.empty()) return fail("nodes: usage: vial nodes");
  for (const vial::NodeListing& n : vial::list_nodes(cookie)) {
    if (n.alive) {
      std::size_t space = n.info.find(' ');
      std::string pid = n.info.substr(0, space);
      std::string script = space == std::string::npos ? "" : n.info.substr(space + 1);
      std::printf("%s\tpid %s\t%s\n", n.name.c_str(), pid.c_str(), script.c_str());
    } else {
      std::printf("%s\t(%s)\n", n.name.c_str(), n.info.c_str());
    }
  }
  return 0;
}

int cmd_load(const std::vector<std::string>& args_in) {
  std::vector<std::string> args = args_in;
  std::string cookie, error;
  if (!take_cookie(&args, &cookie, &error)) return fail("load: " + error);
  if (args.size() < 2) return fail("load: usage: vial load [--cookie C] NODE FILE.ex...");
  // Read every file first: nothing is sent unless all of them can be read.
  std::vector<std::pair<std::string, std::string>> files;
  for (std::size_t i = 1; i < args.size(); ++i) {
    std::ifstream in(args[i], std::ios::binary);
    if (!in) return fail("cannot read " + args[i] + ": " + std::strerror(errno));
    std::ostringstream buf;
    buf << in.rdbuf();
    std::error_code ec;
    std::filesystem::path full = std::filesystem::absolute(args[i], ec);
    files.emplace_back(ec ? args[i] : full.lexically_normal().string(), buf.str());
  }
  vial::NodeClient client;
  if (!vial::node_connect(args[0], cookie, &client, &error)) return fail(error);
  for (const auto& [path, source] : files) {
    std::string payload = path;
    payload += '\0';
    payload += source;
    if (!vial::send_frame(client.fd, vial::frame::kLoadFile, payload)) return fail("node " + args[0] + " closed the connection");
  }
  if (!vial::send_frame(client.fd, vial::frame::kLoad, "")) return fail("node " + args[0] + " closed the connection");
  return relay_until_done(client.fd, args[0]);
}

int cmd_attach(const std::vector<std::string>& args_in) {
  std::vector<std::string> args = args_in;
  std::string cookie, error;
  if (!take_cookie(&args, &cookie, &error)) return fail("attach: " + error);
  if (args.size() != 1) return fail("attach: usage: vial attach [--cookie C] NODE");
  vial::NodeClient client;
  if (!vial::node_connect(args[0], cookie, &client, &error)) return fail(error);
  bool tty = ::isatty(STDOUT_FILENO) && ::isatty(STDIN_FILENO);
  if (!vial::send_frame(client.fd, vial::frame::kAttach, tty ? "tty" : "")) return fail("node " + args[0] + " closed the connection");
  g_attach_fd = client.fd;
  std::unique_ptr<vial::LineEditor> editor;
  if (tty) {
    int fd = client.fd;
    editor = std::make_unique<vial::LineEditor>(
        "vial", history_path(), [fd](const std::string& before) { return remote_complete(fd, before); });
    g_editor = editor.get();
  }
  struct sigaction sa {};
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = 0;  // no SA_RESTART: a plain read of stdin ends at Ctrl-C
  sigaction(SIGINT, &sa, nullptr);
  sigaction(SIGWINCH, &sa, nullptr);
  char type;
  std::string payload;
  int status = -1;
  while (status < 0 && vial::read_frame(client.fd, &type, &payload)) {
    switch (type) {
      case vial::frame::kOut: write_out(stdout, payload); break;
      case vial::frame::kErr: write_out(stderr, payload); break;
      case vial::frame::kDone: status = std::atoi(payload.c_str()); break;
      case vial::frame::kRead: read_line_for(client.fd, editor.get(), payload); break;
      case vial::frame::kHistory:
        if (editor) editor->add_history(payload);
        break;
      default: break;
    }
  }
  g_editor = nullptr;
  g_attach_fd = -1;
  if (status >= 0) return status;
  return fail("node " + args[0] + " closed the connection");
}
