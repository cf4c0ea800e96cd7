// IO: writing to standard output. IO.puts/IO.write/IO.inspect are Elixir
// (stdlib/io.ex), as in Elixir: they turn their argument into chardata
// (String.Chars for anything but a binary or a list) and call
// :vial.put_chars/2, Vial's :io.put_chars/2. Output is written through
// stdio, which the runner flushes before it reports an error on stderr.
#include <cstdio>

#include "runtime/builtins/builtins.h"

namespace vial {

namespace {

// The stream for an IO device: :stdio (the default) or :stderr. Other
// devices (pids, files) arrive with processes.
std::FILE* device_stream(Term device) {
  if (device == intern_atom("stdio") || device == intern_atom("standard_io")) return stdout;
  if (device == intern_atom("stderr") || device == intern_atom("standard_error")) return stderr;
  return nullptr;
}

// :vial.put_chars(Device, Chardata): :io.put_chars/2.
Term vial_put_chars(NativeCall& c, const Term* a) {
  std::FILE* stream = device_stream(a[0]);
  if (!stream) return c.error(atoms::badarg);
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

}  // namespace

void register_io_builtins() {
  register_natives({
      {"vial", "put_chars", 2, vial_put_chars},
  });
  register_natives({
      {"vial", "read_line", 0, vial_read_line},
      {"vial", "read_all", 0, vial_read_all},
  }, NativeKind::kDirtyIo);
}

}  // namespace vial
