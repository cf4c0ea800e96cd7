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
  return c.error(make_tuple(c.heap(), {atoms::protocol_undefined, atoms::Elixir_String_Chars, t}));
}

// Elixir: IO.puts/1
Term io_puts(NativeCall& c, const Term* a) {
  std::string text;
  if (device_text(c, a[0], &text).is_none()) return Term::none();
  text += '\n';
  std::fwrite(text.data(), 1, text.size(), stdout);
  c.charge(static_cast<int>(text.size() / 64));
  return atoms::ok;
}

// Elixir: IO.write/1
Term io_write(NativeCall& c, const Term* a) {
  std::string text;
  if (device_text(c, a[0], &text).is_none()) return Term::none();
  std::fwrite(text.data(), 1, text.size(), stdout);
  c.charge(static_cast<int>(text.size() / 64));
  return atoms::ok;
}

// Elixir: IO.inspect/1 (default options): prints inspect(term) and a newline,
// returns the term.
Term io_inspect(NativeCall& c, const Term* a) {
  std::string text = inspect(a[0]);
  text += '\n';
  std::fwrite(text.data(), 1, text.size(), stdout);
  c.charge(static_cast<int>(text.size() / 64));
  return a[0];
}

}  // namespace

void register_io_builtins() {
  register_native(atom_elixir_io(), intern_atom("puts"), 1, io_puts);
  register_native(atom_elixir_io(), intern_atom("write"), 1, io_write);
  register_native(atom_elixir_io(), intern_atom("inspect"), 1, io_inspect);
}

}  // namespace vial
