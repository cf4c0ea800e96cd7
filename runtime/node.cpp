#include "runtime/node.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

#include "runtime/builtins/builtins.h"
#include "runtime/scheduler.h"
#include "vm/heap.h"
#include "vm/mailbox.h"

namespace vial {

namespace {

// --- frames ------------------------------------------------------------------

constexpr std::size_t kMaxFrame = 64u << 20;  // a loaded file may be large, not larger

bool write_all(int fd, const char* p, std::size_t n) {
  while (n > 0) {
    ssize_t w = ::send(fd, p, n, MSG_NOSIGNAL);
    if (w < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    p += w;
    n -= static_cast<std::size_t>(w);
  }
  return true;
}

bool read_all(int fd, char* p, std::size_t n) {
  while (n > 0) {
    ssize_t r = ::recv(fd, p, n, 0);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return false;
    p += r;
    n -= static_cast<std::size_t>(r);
  }
  return true;
}

std::string socket_path(const std::string& dir, const std::string& name) { return dir + "/" + name + ".sock"; }
std::string cookie_path(const std::string& dir, const std::string& name) { return dir + "/" + name + ".cookie"; }

bool fill_address(const std::string& path, sockaddr_un* a) {
  std::memset(a, 0, sizeof *a);
  a->sun_family = AF_UNIX;
  if (path.size() >= sizeof a->sun_path) return false;
  std::memcpy(a->sun_path, path.data(), path.size());
  return true;
}

// A connected socket to `path`, or -1 (errno set).
int connect_to(const std::string& path) {
  sockaddr_un a;
  if (!fill_address(path, &a)) {
    errno = ENAMETOOLONG;
    return -1;
  }
  int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return -1;
  if (::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
    int e = errno;
    ::close(fd);
    errno = e;
    return -1;
  }
  return fd;
}

bool read_text_file(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  out->assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  return true;
}

// Compares without leaking where the first difference is.
bool same_secret(std::string_view a, std::string_view b) {
  if (a.size() != b.size() || b.empty()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

// --- the server ----------------------------------------------------------------

struct Connection {
  int fd;
  std::atomic<Word> owner;  // raw pid term
  std::mutex write_mutex;
};

struct Node {
  std::string name;
  std::string dir;
  std::string cookie;
  int listen_fd = -1;
  int stop_pipe[2] = {-1, -1};
  std::atomic<bool> listening{false};
  std::atomic<Word> server{0};
  std::mutex m;
  std::map<std::int64_t, std::shared_ptr<Connection>> conns;
  std::int64_t next_id = 1;
  bool files_made = false;
};

Node& node() {
  static Node* n = new Node;  // outlives the threads that use it
  return *n;
}

void deliver_frame(Word owner, std::int64_t id, Term type, std::string_view payload) {
  Heap h;
  Term msg = make_tuple(h, {intern_atom("vial_node"), make_integer(h, id), type, make_binary(h, payload)});
  deliver_from_outside(Term::from_raw(owner), make_signal(SignalKind::kMessage, Term::nil(), msg));
}

std::shared_ptr<Connection> find_conn(std::int64_t id) {
  Node& n = node();
  std::lock_guard lock(n.m);
  auto it = n.conns.find(id);
  return it == n.conns.end() ? nullptr : it->second;
}

// Authenticates a new connection, then hands its frames to their owner
// until the client goes away.
void serve_connection(int fd) {
  Node& n = node();
  auto refuse = [&](const std::string& why) {
    send_frame(fd, frame::kRefused, why);
    ::close(fd);
  };
  // The greeting is read first, so that a refused client still reads why.
  timeval tv{5, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  char type;
  std::string payload;
  if (!read_frame(fd, &type, &payload) || type != frame::kHello) return refuse("refused: no greeting");
  ucred cred{};
  socklen_t len = sizeof cred;
  if (::getsockopt(fd, SOL_SOCKET, SO_PEERCRED, &cred, &len) != 0 || cred.uid != ::geteuid())
    return refuse("refused: the node belongs to another user");
  if (!same_secret(payload, n.cookie)) return refuse("refused: wrong cookie");
  tv = {0, 0};
  ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);

  auto conn = std::make_shared<Connection>();
  conn->fd = fd;
  conn->owner.store(n.server.load());
  std::int64_t id;
  {
    std::lock_guard lock(n.m);
    id = n.next_id++;
    n.conns[id] = conn;
  }
  std::string welcome = std::to_string(::getpid()) + " " + script_context().file;
  if (!send_frame(fd, frame::kWelcome, welcome)) {
    std::lock_guard lock(n.m);
    n.conns.erase(id);
    ::close(fd);
    return;
  }
  deliver_frame(conn->owner.load(), id, intern_atom("open"), "");
  while (read_frame(fd, &type, &payload))
    deliver_frame(conn->owner.load(), id, Term::small(static_cast<unsigned char>(type)), payload);
  deliver_frame(conn->owner.load(), id, intern_atom("closed"), "");
  {
    std::lock_guard lock(n.m);
    n.conns.erase(id);
  }
  std::lock_guard wl(conn->write_mutex);
  ::close(fd);
  conn->fd = -1;
}

void accept_loop() {
  Node& n = node();
  for (;;) {
    pollfd fds[2] = {{n.listen_fd, POLLIN, 0}, {n.stop_pipe[0], POLLIN, 0}};
    if (::poll(fds, 2, -1) < 0) {
      if (errno == EINTR) continue;
      return;
    }
    if (fds[1].revents) return;
    int fd = ::accept4(n.listen_fd, nullptr, nullptr, SOCK_CLOEXEC);
    if (fd < 0) continue;
    std::thread(serve_connection, fd).detach();
  }
}

std::string random_cookie() {
  unsigned char bytes[24];
  std::ifstream in("/dev/urandom", std::ios::binary);
  in.read(reinterpret_cast<char*>(bytes), sizeof bytes);
  static const char* hex = "0123456789abcdef";
  std::string s;
  for (unsigned char b : bytes) {
    s += hex[b >> 4];
    s += hex[b & 15];
  }
  return s;
}

// The files to remove when a signal ends the program (kept as C strings: a
// signal handler may only unlink).
char g_sock_file[256];
char g_cookie_file[256];

void on_fatal_signal(int sig) {
  ::unlink(g_sock_file);
  ::unlink(g_cookie_file);
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}

void remove_files_on_signal() {
  Node& n = node();
  std::snprintf(g_sock_file, sizeof g_sock_file, "%s", socket_path(n.dir, n.name).c_str());
  std::snprintf(g_cookie_file, sizeof g_cookie_file, "%s", cookie_path(n.dir, n.name).c_str());
  for (int sig : {SIGTERM, SIGHUP, SIGINT, SIGQUIT}) {
    struct sigaction old {};
    ::sigaction(sig, nullptr, &old);
    if (old.sa_handler != SIG_DFL) continue;  // someone handles it already
    struct sigaction sa {};
    sa.sa_handler = on_fatal_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESETHAND;
    ::sigaction(sig, &sa, nullptr);
  }
}

// Opens NODE.sock and writes NODE.cookie; false with `error` set.
bool open_control_socket(std::string* error) {
  Node& n = node();
  if (!node_dir(&n.dir, error)) return false;
  std::string path = socket_path(n.dir, n.name);
  sockaddr_un a;
  if (!fill_address(path, &a)) {
    *error = "the socket path " + path + " is too long";
    return false;
  }
  int probe = connect_to(path);
  if (probe >= 0) {
    ::close(probe);
    *error = "a node named " + n.name + " is already running";
    return false;
  }
  ::unlink(path.c_str());  // a stale socket of a node that did not end cleanly
  int fd = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) {
    *error = std::string("cannot make a socket: ") + std::strerror(errno);
    return false;
  }
  mode_t old = ::umask(0177);
  int rc = ::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a);
  ::umask(old);
  if (rc != 0 || ::chmod(path.c_str(), 0600) != 0 || ::listen(fd, 16) != 0) {
    *error = "cannot listen on " + path + ": " + std::strerror(errno);
    ::close(fd);
    return false;
  }
  n.cookie = random_cookie();
  std::string cpath = cookie_path(n.dir, n.name), tmp = cpath + ".tmp";
  int cfd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (cfd < 0 || ::write(cfd, n.cookie.data(), n.cookie.size()) != static_cast<ssize_t>(n.cookie.size()) ||
      ::close(cfd) != 0 || ::rename(tmp.c_str(), cpath.c_str()) != 0) {
    *error = "cannot write " + cpath + ": " + std::strerror(errno);
    ::close(fd);
    ::unlink(path.c_str());
    return false;
  }
  n.listen_fd = fd;
  n.files_made = true;
  if (::pipe2(n.stop_pipe, O_CLOEXEC) != 0) {
    *error = std::string("cannot make a pipe: ") + std::strerror(errno);
    return false;
  }
  std::atexit(stop_node);
  remove_files_on_signal();
  return true;
}

// --- builtins ------------------------------------------------------------------

// :vial_node.name(): the node's name as a binary, or nil.
Term node_name_builtin(NativeCall& c, const Term*) {
  if (node().name.empty()) return Term::nil();
  return make_binary(c.heap(), node().name);
}

// :vial_node.controlling_process(Conn, Pid): later frames of Conn go to Pid.
Term node_controlling_process(NativeCall& c, const Term* a) {
  if (!a[0].is_small()) return c.badarg(1, "not a connection");
  if (!a[1].is_pid()) return c.badarg(2, "not a pid");
  auto conn = find_conn(a[0].small_value());
  if (!conn) return make_tuple(c.heap(), {atoms::error, intern_atom("closed")});
  conn->owner.store(a[1].raw());
  return atoms::ok;
}

// :vial_node.send(Conn, Type, Iodata): :ok or {:error, :closed}.
Term node_send(NativeCall& c, const Term* a) {
  if (!a[0].is_small()) return c.badarg(1, "not a connection");
  if (!a[1].is_small() || a[1].small_value() < 0 || a[1].small_value() > 255) return c.badarg(2, "not a frame type");
  std::string bytes;
  if (!iodata_to_bytes(a[2], &bytes)) return c.badarg(3, "not iodata");
  auto conn = find_conn(a[0].small_value());
  bool ok = false;
  if (conn) {
    std::lock_guard lock(conn->write_mutex);
    ok = conn->fd >= 0 && send_frame(conn->fd, static_cast<char>(a[1].small_value()), bytes);
  }
  c.charge(static_cast<int>(bytes.size() / 64) + 1);
  return ok ? atoms::ok : make_tuple(c.heap(), {atoms::error, intern_atom("closed")});
}

// :vial_node.close(Conn): ends the connection (its owner then gets :closed).
Term node_close(NativeCall& c, const Term* a) {
  if (!a[0].is_small()) return c.badarg(1, "not a connection");
  if (auto conn = find_conn(a[0].small_value())) {
    std::lock_guard lock(conn->write_mutex);
    if (conn->fd >= 0) ::shutdown(conn->fd, SHUT_RDWR);
  }
  return atoms::ok;
}

}  // namespace

bool valid_node_name(std::string_view name) {
  if (name.empty() || name.size() > 64 || name[0] == '.') return false;
  for (char ch : name)
    if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '_' || ch == '-' || ch == '.')) return false;
  return true;
}

bool node_dir(std::string* dir, std::string* error) {
  const char* xdg = std::getenv("XDG_RUNTIME_DIR");
  std::string d = xdg && *xdg ? std::string(xdg) + "/vial" : "/tmp/vial-" + std::to_string(::geteuid());
  if (::mkdir(d.c_str(), 0700) != 0 && errno != EEXIST) {
    *error = "cannot make " + d + ": " + std::strerror(errno);
    return false;
  }
  struct stat st;
  if (::lstat(d.c_str(), &st) != 0 || !S_ISDIR(st.st_mode)) {
    *error = d + " is not a folder";
    return false;
  }
  if (st.st_uid != ::geteuid() || (st.st_mode & 077) != 0) {
    *error = d + " must belong to this user and be private (mode 0700)";
    return false;
  }
  *dir = d;
  return true;
}

void set_node_name(const std::string& name) { node().name = name; }

bool start_node(Process& main, std::string* error) {
  Node& n = node();
  if (n.name.empty() || n.listening.exchange(true)) return true;
  if (!open_control_socket(error)) return false;
  // A node is a service whose log is read while it runs: a line at a time.
  std::setvbuf(stdout, nullptr, _IOLBF, 0);
  Term server = spawn_process(main, intern_atom("Elixir.Vial.Node"), intern_atom("serve"), Term::nil(), SpawnOptions{},
                              nullptr);
  n.server.store(server.raw());
  std::thread(accept_loop).detach();
  return true;
}
const std::string& node_name() { return node().name; }

void stop_node() {
  Node& n = node();
  if (!n.files_made) return;
  n.files_made = false;
  if (n.stop_pipe[1] >= 0) (void)!::write(n.stop_pipe[1], "x", 1);
  ::unlink(socket_path(n.dir, n.name).c_str());
  ::unlink(cookie_path(n.dir, n.name).c_str());
}

void register_node_builtins() {
  register_natives({
      {"vial_node", "name", 0, node_name_builtin},
      {"vial_node", "controlling_process", 2, node_controlling_process},
      {"vial_node", "close", 1, node_close},
  });
  register_natives({{"vial_node", "send", 3, node_send}}, NativeKind::kDirtyIo);
}

// --- the client side -----------------------------------------------------------

NodeClient::~NodeClient() {
  if (fd >= 0) ::close(fd);
}

bool send_frame(int fd, char type, std::string_view payload) {
  std::size_t len = payload.size() + 1;
  if (len > kMaxFrame) return false;
  char header[5] = {static_cast<char>(len >> 24), static_cast<char>(len >> 16), static_cast<char>(len >> 8),
                    static_cast<char>(len), type};
  std::string buf(header, 5);
  buf.append(payload);
  return write_all(fd, buf.data(), buf.size());
}

bool read_frame(int fd, char* type, std::string* payload) {
  unsigned char header[4];
  if (!read_all(fd, reinterpret_cast<char*>(header), 4)) return false;
  std::size_t len = (std::size_t{header[0]} << 24) | (std::size_t{header[1]} << 16) | (std::size_t{header[2]} << 8) |
                    header[3];
  if (len == 0 || len > kMaxFrame) return false;
  if (!read_all(fd, type, 1)) return false;
  payload->resize(len - 1);
  return len == 1 || read_all(fd, payload->data(), len - 1);
}

namespace {

// Greets the node on `fd` (connected) with `cookie` (empty: read NODE.cookie).
bool greet(const std::string& dir, const std::string& name, const std::string& cookie_given, int fd,
           NodeClient* client, std::string* error) {
  client->fd = fd;
  std::string cookie = cookie_given;
  if (cookie.empty() && !read_text_file(cookie_path(dir, name), &cookie)) {
    *error = "cannot read the cookie of node " + name + ": " + std::strerror(errno);
    return false;
  }
  char type;
  std::string payload;
  if (!send_frame(fd, frame::kHello, cookie) || !read_frame(fd, &type, &payload)) {
    *error = "node " + name + " closed the connection";
    return false;
  }
  if (type != frame::kWelcome) {
    *error = "node " + name + " " + payload;
    return false;
  }
  client->info = payload;
  return true;
}

}  // namespace

bool node_connect(const std::string& name, const std::string& cookie, NodeClient* client, std::string* error) {
  if (!valid_node_name(name)) {
    *error = "invalid node name: " + name;
    return false;
  }
  std::string dir;
  if (!node_dir(&dir, error)) return false;
  int fd = connect_to(socket_path(dir, name));
  if (fd < 0) {
    *error = errno == ENOENT || errno == ECONNREFUSED ? "no node named " + name + " is running"
                                                        : "cannot reach node " + name + ": " + std::strerror(errno);
    return false;
  }
  return greet(dir, name, cookie, fd, client, error);
}

std::vector<NodeListing> list_nodes(const std::string& cookie) {
  std::vector<NodeListing> out;
  std::string dir, error;
  if (!node_dir(&dir, &error)) return out;
  std::error_code ec;
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    std::string file = entry.path().filename().string();
    if (file.size() > 5 && file.compare(file.size() - 5, 5, ".sock") == 0) names.push_back(file.substr(0, file.size() - 5));
  }
  std::sort(names.begin(), names.end());
  for (const std::string& name : names) {
    if (!valid_node_name(name)) continue;
    int fd = connect_to(socket_path(dir, name));
    if (fd < 0) {
      if (errno == ECONNREFUSED) {  // nobody listens: a node that did not end cleanly
        ::unlink(socket_path(dir, name).c_str());
        ::unlink(cookie_path(dir, name).c_str());
      }
      continue;
    }
    NodeListing l;
    l.name = name;
    NodeClient client;
    if (greet(dir, name, cookie, fd, &client, &error)) {
      l.alive = true;
      l.info = client.info;
    } else {
      l.info = error;
    }
    out.push_back(std::move(l));
  }
  return out;
}

}  // namespace vial
