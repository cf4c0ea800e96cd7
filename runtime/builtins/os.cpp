// :os (the environment, the OS process, running commands) and the
// system_info/statistics items of :erlang that scripts ask for.
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "runtime/builtins/builtins.h"
#include "runtime/scheduler.h"
#include "vm/atom.h"

extern char** environ;

namespace vial {

namespace {

Term charlist(Heap& h, std::string_view s) {
  std::vector<Term> chars;
  chars.reserve(s.size());
  for (unsigned char ch : s) chars.push_back(Term::small(ch));
  return make_list(h, chars);
}

// :os.getenv/0: every "NAME=VALUE" as a charlist.
Term os_getenv0(NativeCall& c, const Term*) {
  std::vector<Term> items;
  for (char** e = environ; e && *e; ++e) items.push_back(charlist(c.heap(), *e));
  return make_list(c.heap(), items);
}

// :os.getpid/0: the OS process id as a charlist.
Term os_getpid(NativeCall& c, const Term*) { return charlist(c.heap(), std::to_string(::getpid())); }

// :os.type/0
Term os_type(NativeCall& c, const Term*) {
#if defined(__APPLE__)
  const char* name = "darwin";
#else
  const char* name = "linux";
#endif
  return make_tuple(c.heap(), {intern_atom("unix"), intern_atom(name)});
}

bool executable_file(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(path.c_str(), X_OK) == 0;
}

// :os.find_executable/1,2: the first NAME in the path list that is an
// executable file, or false.
Term find_executable(NativeCall& c, Term name_term, std::string path) {
  std::string name;
  if (!name_term.is_list() || !chardata_to_string(name_term, &name)) return c.badarg(1, "not a list of characters");
  if (name.find('/') != std::string::npos) return executable_file(name) ? charlist(c.heap(), name) : atoms::false_;
  std::size_t start = 0;
  for (;;) {
    std::size_t end = path.find(':', start);
    std::string dir = path.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (dir.empty()) dir = ".";
    std::string candidate = dir + "/" + name;
    if (executable_file(candidate)) return charlist(c.heap(), candidate);
    if (end == std::string::npos) return atoms::false_;
    start = end + 1;
  }
}
Term os_find_executable(NativeCall& c, const Term* a) {
  const char* path = std::getenv("PATH");
  return find_executable(c, a[0], path ? path : "");
}
Term os_find_executable2(NativeCall& c, const Term* a) {
  std::string path;
  if (!a[1].is_list() || !chardata_to_string(a[1], &path)) return c.badarg(2, "not a list of characters");
  return find_executable(c, a[0], path);
}

// :os.cmd/1: runs the command with /bin/sh, its standard output as a
// charlist (on a dirty thread: it blocks).
Term os_cmd(NativeCall& c, const Term* a) {
  std::string command;
  if (!(a[0].is_list() || a[0].is_atom()) ||
      (a[0].is_list() && !chardata_to_string(a[0], &command)))
    return c.badarg(1, "not a list of characters");
  if (a[0].is_atom()) command = atom_text(a[0]);
  std::string out;
  if (FILE* f = ::popen(command.c_str(), "r")) {
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    ::pclose(f);
  }
  return charlist(c.heap(), out);
}

// :vial.run_executable(Path, Args, Cd, Env, StderrToStdout, Arg0): runs the
// program (no shell) as System.cmd's port does, its standard input /dev/null;
// {:ok, Output, ExitStatus} (128 + N when a signal N ended it) or
// {:error, Posix} when it cannot be started. On a dirty thread: it blocks.
Term vial_run_executable(NativeCall& c, const Term* a) {
  Heap& h = c.heap();
  std::string path, cd, arg0;
  if (!a[0].is_binary()) return c.badarg(1, "not a binary");
  path = std::string(a[0].binary_view());
  std::vector<std::string> args;
  for (Term l = a[1]; !l.is_nil(); l = l.tail()) {
    if (!l.is_cons() || !l.head().is_binary()) return c.badarg(2, "not a list of binaries");
    args.emplace_back(l.head().binary_view());
  }
  if (a[2].is_binary()) cd = std::string(a[2].binary_view());
  std::vector<std::pair<std::string, std::string>> set;
  std::vector<std::string> unset;
  for (Term l = a[3]; l.is_cons(); l = l.tail()) {
    Term kv = l.head();
    if (!kv.is_tuple() || kv.tuple_arity() != 2 || !kv.element(0).is_binary()) return c.badarg(4, "not an environment");
    if (kv.element(1).is_binary()) set.emplace_back(kv.element(0).binary_view(), kv.element(1).binary_view());
    else unset.emplace_back(kv.element(0).binary_view());
  }
  bool merge_stderr = a[4] == atoms::true_;
  arg0 = a[5].is_binary() ? std::string(a[5].binary_view()) : path;
  // The child's environment is built here: between fork and exec only
  // async-signal-safe calls are allowed (other threads may hold locks).
  std::vector<std::string> env_strings;
  for (char** e = environ; e && *e; ++e) {
    std::string_view entry(*e);
    std::string_view key = entry.substr(0, entry.find('='));
    bool replaced = false;
    for (auto& [k, v] : set) replaced |= key == k;
    for (auto& k : unset) replaced |= key == k;
    if (!replaced) env_strings.emplace_back(entry);
  }
  for (auto& [k, v] : set) env_strings.push_back(k + "=" + v);
  std::vector<char*> envp;
  for (std::string& e : env_strings) envp.push_back(e.data());
  envp.push_back(nullptr);
  std::vector<char*> argv;
  argv.push_back(arg0.data());
  for (std::string& s : args) argv.push_back(s.data());
  argv.push_back(nullptr);
  int out[2], err[2];
  if (::pipe2(out, O_CLOEXEC) != 0) return make_tuple(h, {atoms::error, intern_atom("emfile")});
  if (::pipe2(err, O_CLOEXEC) != 0) {  // reports a failed exec (errno) to the parent
    ::close(out[0]), ::close(out[1]);
    return make_tuple(h, {atoms::error, intern_atom("emfile")});
  }
  pid_t pid = ::fork();
  if (pid == 0) {
    int devnull = ::open("/dev/null", O_RDONLY);
    if (devnull >= 0) ::dup2(devnull, 0);
    ::dup2(out[1], 1);
    if (merge_stderr) ::dup2(out[1], 2);
    if (!cd.empty() && ::chdir(cd.c_str()) != 0) {
      int e = errno;
      (void)!::write(err[1], &e, sizeof e);
      ::_exit(127);
    }
    ::execve(path.c_str(), argv.data(), envp.data());
    int e = errno;
    (void)!::write(err[1], &e, sizeof e);
    ::_exit(127);
  }
  ::close(out[1]);
  ::close(err[1]);
  if (pid < 0) {
    ::close(out[0]), ::close(err[0]);
    return make_tuple(h, {atoms::error, intern_atom("eagain")});
  }
  std::string output;
  char buf[8192];
  for (;;) {
    ssize_t n = ::read(out[0], buf, sizeof buf);
    if (n > 0) output.append(buf, static_cast<std::size_t>(n));
    else if (n == 0 || errno != EINTR) break;
  }
  ::close(out[0]);
  int child_errno = 0;
  bool exec_failed = ::read(err[0], &child_errno, sizeof child_errno) == sizeof child_errno;
  ::close(err[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (exec_failed) return make_tuple(h, {atoms::error, intern_atom(child_errno == ENOENT ? "enoent" : "eacces")});
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return make_tuple(h, {atoms::ok, make_binary(h, output), Term::small(code)});
}

std::int64_t process_cpu_ms() {
  struct rusage ru;
  ::getrusage(RUSAGE_SELF, &ru);
  return static_cast<std::int64_t>(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000 +
         (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1000;
}

// erlang:system_info/1 for the items scripts use.
Term erlang_system_info(NativeCall& c, const Term* a) {
  std::string_view item = a[0].is_atom() ? atom_text(a[0]) : std::string_view{};
  Heap& h = c.heap();
  if (item == "schedulers" || item == "schedulers_online" || item == "dirty_cpu_schedulers" ||
      item == "dirty_cpu_schedulers_online")
    return Term::small(scheduler_count());
  if (item == "dirty_io_schedulers") return Term::small(8);
  if (item == "logical_processors" || item == "logical_processors_available" || item == "logical_processors_online")
    return Term::small(static_cast<std::int64_t>(::sysconf(_SC_NPROCESSORS_ONLN)));
  if (item == "otp_release") return charlist(h, "25");
  if (item == "version") return charlist(h, "13.1");
  if (item == "system_version") return charlist(h, "Vial (Elixir 1.14 compatible) [64-bit]\n");
  if (item == "machine") return charlist(h, "BEAM");
  if (item == "wordsize") return Term::small(8);
  if (item == "process_count") return Term::small(static_cast<std::int64_t>(process_count()));
  if (item == "process_limit") return Term::small(1 << 27);
  if (item == "atom_count") return Term::small(static_cast<std::int64_t>(atom_count()));
  if (item == "atom_limit") return Term::small(1048576);
  if (item == "port_count") return Term::small(0);
  if (item == "port_limit") return Term::small(65536);
  if (item == "thread_pool_size") return Term::small(1);
  if (item == "smp_support" || item == "threads") return atoms::true_;
  if (item == "debug_compiled") return atoms::false_;
  if (item == "schedulers_state") {
    Term n = Term::small(scheduler_count());
    return make_tuple(h, {n, n, n});
  }
  return c.badarg(1, "invalid item");
}

// erlang:statistics/1 for the items scripts use.
Term erlang_statistics(NativeCall& c, const Term* a) {
  static const auto start = std::chrono::steady_clock::now();
  static thread_local std::int64_t last_wall = 0, last_cpu = 0;
  std::string_view item = a[0].is_atom() ? atom_text(a[0]) : std::string_view{};
  Heap& h = c.heap();
  if (item == "wall_clock") {
    auto now = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
    Term r = make_tuple(h, {Term::small(now), Term::small(now - last_wall)});
    last_wall = now;
    return r;
  }
  if (item == "runtime") {
    std::int64_t cpu = process_cpu_ms();
    Term r = make_tuple(h, {Term::small(cpu), Term::small(cpu - last_cpu)});
    last_cpu = cpu;
    return r;
  }
  if (item == "reductions" || item == "exact_reductions") {
    auto r = static_cast<std::int64_t>(c.process.reductions_done);
    return make_tuple(h, {Term::small(r), Term::small(0)});
  }
  if (item == "run_queue" || item == "total_run_queue_lengths" || item == "total_active_tasks") return Term::small(0);
  if (item == "context_switches") return make_tuple(h, {Term::small(0), Term::small(0)});
  if (item == "garbage_collection") return make_tuple(h, {Term::small(0), Term::small(0), Term::small(0)});
  if (item == "io") {
    return make_tuple(h, {make_tuple(h, {intern_atom("input"), Term::small(0)}),
                          make_tuple(h, {intern_atom("output"), Term::small(0)})});
  }
  return c.badarg(1, "invalid item");
}

}  // namespace

void register_os_builtins() {
  register_natives({
      {"os", "getenv", 0, os_getenv0},
      {"os", "getpid", 0, os_getpid},
      {"os", "type", 0, os_type},
      {"os", "find_executable", 1, os_find_executable},
      {"os", "find_executable", 2, os_find_executable2},
      {"erlang", "system_info", 1, erlang_system_info},
      {"erlang", "statistics", 1, erlang_statistics},
  });
  register_natives({{"os", "cmd", 1, os_cmd}, {"vial", "run_executable", 6, vial_run_executable}},
                   NativeKind::kDirtyIo);
}

}  // namespace vial
