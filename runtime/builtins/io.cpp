// IO: writing to standard output. IO.puts/IO.write/IO.inspect are Elixir
// (stdlib/io.ex), as in Elixir: they turn their argument into chardata
// (String.Chars for anything but a binary or a list) and call
// :vial.put_chars/2, Vial's :io.put_chars/2. Output is written through
// stdio, which the runner flushes before it reports an error on stderr.
#include <unistd.h>

#include <atomic>
#include <cstdio>

#include "runtime/builtins/builtins.h"
#include "runtime/scheduler.h"

namespace vial {

namespace {

// The stream for an IO device: :stdio (the default) or :stderr. Other
// devices (pids, files) arrive with processes.
std::FILE* device_stream(Term device) {
  if (device == intern_atom("stdio") || device == intern_atom("standard_io")) return stdout;
  if (device == intern_atom("stderr") || device == intern_atom("standard_error")) return stderr;
  return nullptr;
}

// The standard group leader: a process running IO.__standard_io__/0,
// started the first time someone asks for it (group_leader/0). Output of a
// process whose group leader is this one is written directly.
std::atomic<Word> g_standard_leader{0};

Term standard_leader(NativeCall& c) {
  Word w = g_standard_leader.load(std::memory_order_acquire);
  if (w && process_alive(Term::from_raw(w))) return Term::from_raw(w);
  Term pid = spawn_process(c.process, intern_atom("Elixir.IO"), intern_atom("__standard_io__"), Term::nil(), {},
                           nullptr);
  g_standard_leader.store(pid.raw(), std::memory_order_release);
  return pid;
}

// Where output to `device` goes: a stream written here, or (in *pid) an
// IO server that gets an io request (the group leader for :stdio when it is
// not the standard one, a pid, or a process registered as :standard_error).
std::FILE* resolve_device(NativeCall& c, Term device, Term* pid) {
  *pid = Term::none();
  if (device == intern_atom("stdio") || device == intern_atom("standard_io")) {
    Word gl = c.process.group_leader.load(std::memory_order_relaxed);
    if (gl == 0 || gl == g_standard_leader.load(std::memory_order_relaxed)) return stdout;
    *pid = Term::from_raw(gl);
    return nullptr;
  }
  if (device == intern_atom("stderr") || device == intern_atom("standard_error")) {
    Term p = whereis_name(intern_atom("standard_error"));
    if (p.is_pid()) {
      *pid = p;
      return nullptr;
    }
    return stderr;
  }
  if (device.is_pid()) {
    if (device.raw() == g_standard_leader.load(std::memory_order_relaxed)) return stdout;
    *pid = device;
  }
  return nullptr;
}

// :vial.put_chars(Device, Chardata): :io.put_chars/2 for the standard
// streams; {:io, Pid} when the output is for an IO server, which the caller
// (stdlib/io.ex) then sends an io request.
Term vial_put_chars(NativeCall& c, const Term* a) {
  Term server;
  std::FILE* stream = resolve_device(c, a[0], &server);
  if (!stream) {
    if (server.is_pid()) return make_tuple(c.heap(), {intern_atom("io"), server});
    return c.error(atoms::badarg);
  }
  std::string text;
  if (!chardata_to_string(a[1], &text)) return c.badarg(2, "not valid character data (an iodata term)");
  if (stream == stderr) std::fflush(stdout);  // keep the two streams in program order
  std::fwrite(text.data(), 1, text.size(), stream);
  c.charge(static_cast<int>(text.size() / 64));
  return atoms::ok;
}

// :vial.read_line(): a line of standard input with its newline, or :eof
// (IO.gets/1, IO.read(:line)). Output is flushed first, so a prompt shows.
Term vial_read_line(NativeCall& c, const Term*) {
  std::fflush(stdout);
  std::string line;
  int ch;
  while ((ch = std::fgetc(stdin)) != EOF) {
    line.push_back(static_cast<char>(ch));
    if (ch == '\n') break;
  }
  if (line.empty()) return intern_atom("eof");
  return make_binary(c.heap(), line);
}

// :vial.read_all(): the rest of standard input ("" at its end).
Term vial_read_all(NativeCall& c, const Term*) {
  std::fflush(stdout);
  std::string data;
  char buf[65536];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, stdin)) > 0) data.append(buf, n);
  return make_binary(c.heap(), data);
}

// :vial.read_chars(N): up to N characters (UTF-8 code points) of standard
// input as a binary, or :eof (IO.read/2 with a count on :stdio).
Term vial_read_chars(NativeCall& c, const Term* a) {
  if (!a[0].is_small() || a[0].small_value() < 0) return c.error(atoms::badarg);
  std::fflush(stdout);
  std::int64_t want = a[0].small_value();
  std::string data;
  std::int64_t chars = 0;
  int ch;
  while (chars < want && (ch = std::fgetc(stdin)) != EOF) {
    data.push_back(static_cast<char>(ch));
    int extra = (ch & 0xE0) == 0xC0 ? 1 : (ch & 0xF0) == 0xE0 ? 2 : (ch & 0xF8) == 0xF0 ? 3 : 0;
    for (int i = 0; i < extra; ++i) {
      int next = std::fgetc(stdin);
      if (next == EOF) break;
      if ((next & 0xC0) != 0x80) {
        std::ungetc(next, stdin);
        break;
      }
      data.push_back(static_cast<char>(next));
    }
    ++chars;
  }
  if (data.empty() && want > 0) return intern_atom("eof");
  return make_binary(c.heap(), data);
}

// :vial.io_target(Device): :native for the standard streams, or the pid of
// the IO server that reads and writes for `device` (IO.gets and IO.read).
Term vial_io_target(NativeCall& c, const Term* a) {
  Term server;
  if (resolve_device(c, a[0], &server)) return intern_atom("native");
  if (server.is_pid()) return server;
  return c.error(atoms::badarg);
}

// :erlang.group_leader/0: the calling process's group leader.
Term erlang_group_leader0(NativeCall& c, const Term*) {
  Word gl = c.process.group_leader.load(std::memory_order_relaxed);
  return gl ? Term::from_raw(gl) : standard_leader(c);
}

// :erlang.group_leader(Leader, Pid): true, or badarg if either is not a
// live process.
Term erlang_group_leader2(NativeCall& c, const Term* a) {
  if (!a[0].is_pid()) return c.error(atoms::badarg);
  if (!a[1].is_pid()) return c.error(atoms::badarg);
  Word leader = a[0].raw() == g_standard_leader.load(std::memory_order_relaxed) ? 0 : a[0].raw();
  if (a[1] == c.process.pid) {
    c.process.group_leader.store(leader, std::memory_order_relaxed);
    return atoms::true_;
  }
  if (!set_group_leader(a[1], leader)) return c.error(atoms::badarg);
  return atoms::true_;
}

// :vial.isatty(:stdio | :stderr): whether the stream is a terminal
// (IO.ANSI.enabled?/0).
Term vial_isatty(NativeCall& c, const Term* a) {
  std::FILE* stream = device_stream(a[0]);
  if (!stream) return c.error(atoms::badarg);
  return ::isatty(::fileno(stream)) ? atoms::true_ : atoms::false_;
}

}  // namespace

void register_io_builtins() {
  register_natives({
      {"vial", "put_chars", 2, vial_put_chars},
      {"vial", "io_target", 1, vial_io_target},
      {"vial", "isatty", 1, vial_isatty},
      {"erlang", "group_leader", 0, erlang_group_leader0},
      {"erlang", "group_leader", 2, erlang_group_leader2},
  });
  register_natives({
      {"vial", "read_line", 0, vial_read_line},
      {"vial", "read_all", 0, vial_read_all},
      {"vial", "read_chars", 1, vial_read_chars},
  }, NativeKind::kDirtyIo);
}

}  // namespace vial
