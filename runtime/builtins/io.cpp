// IO: writing to standard output. Output is written through stdio, which the
// runner flushes before it reports an error on stderr.
#include <cstdio>

#include "runtime/builtins/builtins.h"
#include "vm/printer.h"

namespace vial {

namespace {

Term atom_elixir_io() { return atoms::Elixir_IO; }

// The text IO.puts/IO.write print for `t`: chardata as is, anything else
// through String.Chars.
Term device_text(NativeCall& c, Term t, std::string* out) {
  if (t.is_binary() || t.is_list()) {
    if (chardata_to_string(t, out)) return atoms::ok;
    return c.error(atoms::badarg);
  }
  if (term_to_string(t, out)) return atoms::ok;
  return string_chars_undefined(c, t);
}

// The stream for an IO device: :stdio (the default) or :stderr. Other
// devices (pids, files) arrive with processes.
std::FILE* device_stream(Term device) {
  if (device == intern_atom("stdio")) return stdout;
  if (device == intern_atom("stderr")) return stderr;
  return nullptr;
}

Term write_text(NativeCall& c, std::FILE* stream, const std::string& text) {
  if (stream == stderr) std::fflush(stdout);  // keep the two streams in program order
  std::fwrite(text.data(), 1, text.size(), stream);
  c.charge(static_cast<int>(text.size() / 64));
  return atoms::ok;
}

Term puts_to(NativeCall& c, Term device, Term data, bool newline) {
  std::FILE* stream = device_stream(device);
  if (!stream) return c.error(atoms::badarg);
  std::string text;
  if (device_text(c, data, &text).is_none()) return Term::none();
  if (newline) text += '\n';
  return write_text(c, stream, text);
}

// Elixir: IO.puts/1, IO.puts/2
Term io_puts(NativeCall& c, const Term* a) { return puts_to(c, intern_atom("stdio"), a[0], true); }
Term io_puts2(NativeCall& c, const Term* a) { return puts_to(c, a[0], a[1], true); }
// Elixir: IO.write/1, IO.write/2
Term io_write(NativeCall& c, const Term* a) { return puts_to(c, intern_atom("stdio"), a[0], false); }
Term io_write2(NativeCall& c, const Term* a) { return puts_to(c, a[0], a[1], false); }

// IO.inspect's options: `label:` and Inspect.Opts; the document is laid out
// at opts.width (80 unless given), whatever `pretty:` says.
Term inspect_to(NativeCall& c, Term device, Term item, Term opts) {
  std::FILE* stream = device_stream(device);
  InspectOpts o;
  if (!stream || !inspect_opts_from_list(opts, &o)) return c.error(atoms::badarg);
  std::string text;
  for (Term l = opts; l.is_cons(); l = l.tail()) {
    Term kv = l.head();
    if (kv.element(0) != intern_atom("label")) continue;
    std::string label;
    if (!term_to_string(kv.element(1), &label))
      return c.error(make_tuple(c.heap(), {atoms::protocol_undefined, atoms::Elixir_String_Chars, kv.element(1)}));
    text = label + ": ";
    break;
  }
  std::string body = inspect(item, o, o.width);
  c.charge(static_cast<int>(body.size() / 64));
  text += body;
  text += '\n';
  if (write_text(c, stream, text).is_none()) return Term::none();
  return item;
}

// Elixir: IO.inspect/1, IO.inspect/2, IO.inspect/3: prints inspect(term)
// (after "label: ") and a newline, returns the term.
Term io_inspect(NativeCall& c, const Term* a) { return inspect_to(c, intern_atom("stdio"), a[0], Term::nil()); }
Term io_inspect2(NativeCall& c, const Term* a) { return inspect_to(c, intern_atom("stdio"), a[0], a[1]); }
Term io_inspect3(NativeCall& c, const Term* a) { return inspect_to(c, a[0], a[1], a[2]); }

}  // namespace

void register_io_builtins() {
  register_native(atom_elixir_io(), intern_atom("puts"), 1, io_puts);
  register_native(atom_elixir_io(), intern_atom("puts"), 2, io_puts2);
  register_native(atom_elixir_io(), intern_atom("write"), 1, io_write);
  register_native(atom_elixir_io(), intern_atom("write"), 2, io_write2);
  register_native(atom_elixir_io(), intern_atom("inspect"), 1, io_inspect);
  register_native(atom_elixir_io(), intern_atom("inspect"), 2, io_inspect2);
  register_native(atom_elixir_io(), intern_atom("inspect"), 3, io_inspect3);
}

}  // namespace vial
