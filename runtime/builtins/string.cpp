// Strings and conversions to text: String, String.Chars, Integer,
// Kernel.inspect/1.
#include "runtime/builtins/builtins.h"
#include "vm/number.h"
#include "vm/printer.h"
#include "vm/utf8.h"

namespace vial {

namespace {


bool chardata_append(Term t, std::string* out, int depth) {
  if (t.is_binary()) {
    out->append(t.binary_view());
    return true;
  }
  if (depth > 10000) return false;
  while (t.is_cons()) {
    Term h = t.head();
    if (h.is_small()) {
      std::int64_t cp = h.small_value();
      if (!is_unicode_scalar(cp)) return false;
      append_utf8(*out, static_cast<std::uint32_t>(cp));
    } else if (h.is_binary() || h.is_list()) {
      if (!chardata_append(h, out, depth + 1)) return false;
    } else {
      return false;
    }
    t = t.tail();
  }
  if (t.is_binary()) {
    out->append(t.binary_view());
    return true;
  }
  return t.is_nil();
}

// Elixir: String.Chars.to_string/1 for the builtin implementations
// (vial:builtin_to_string/1, which stdlib/string_chars.ex's impls call)
// (BitString, Atom, Integer, Float, List).
Term string_chars_to_string(NativeCall& c, const Term* a) {
  if (a[0].is_binary()) return a[0];
  std::string text;
  if (a[0].is_list()) {
    if (!chardata_to_string(a[0], &text)) return c.error(atoms::badarg);
    return make_binary(c.heap(), text);
  }
  if (!term_to_string(a[0], &text)) return string_chars_undefined(c, a[0]);
  return make_binary(c.heap(), text);
}

// Elixir: Integer.to_string/1
Term integer_to_string_1(NativeCall& c, const Term* a) {
  if (!a[0].is_integer()) return c.badarg(1, "not an integer");
  return make_binary(c.heap(), integer_to_string(a[0]));
}

// Elixir: String.to_integer/1
Term string_to_integer(NativeCall& c, const Term* a) {
  if (!a[0].is_binary()) return c.badarg(1, "not a binary");
  Term r = parse_integer(c.heap(), a[0].binary_view());
  if (r.is_none()) return c.badarg(1, "not a textual representation of an integer");
  return r;
}

bool valid_base(Term base) { return base.is_small() && base.small_value() >= 2 && base.small_value() <= 36; }

// Elixir: String.to_integer/2
Term string_to_integer2(NativeCall& c, const Term* a) {
  if (!a[0].is_binary()) return c.badarg(1, "not a binary");
  if (!valid_base(a[1])) return c.badarg(2, "not an integer in the range 2 through 36");
  Term r = parse_integer(c.heap(), a[0].binary_view(), static_cast<int>(a[1].small_value()));
  if (r.is_none()) return c.badarg(1, "not a textual representation of an integer");
  return r;
}

// Elixir: Integer.to_string/2
Term integer_to_string_2(NativeCall& c, const Term* a) {
  if (!a[0].is_integer()) return c.badarg(1, "not an integer");
  if (!valid_base(a[1])) return c.badarg(2, "not an integer in the range 2 through 36");
  return make_binary(c.heap(), integer_to_string(a[0], static_cast<int>(a[1].small_value())));
}

}  // namespace

Term string_chars_undefined(NativeCall& c, Term t) {
  if (t.is_bitstring())
    return c.error(make_tuple(c.heap(), {atoms::protocol_undefined, atoms::Elixir_String_Chars, t,
                                         make_binary(c.heap(), "cannot convert a bitstring to a string")}));
  return c.error(make_tuple(c.heap(), {atoms::protocol_undefined, atoms::Elixir_String_Chars, t}));
}

bool chardata_to_string(Term t, std::string* out) { return chardata_append(t, out, 0); }

bool term_to_string(Term t, std::string* out) {
  if (t.is_binary()) {
    out->append(t.binary_view());
    return true;
  }
  if (t.is_atom()) {
    if (t != atoms::nil) out->append(atom_text(t));
    return true;
  }
  if (t.is_integer()) {
    out->append(integer_to_string(t));
    return true;
  }
  if (t.is_float()) {
    out->append(format_float(t.float_value()));
    return true;
  }
  if (t.is_list()) return chardata_to_string(t, out);
  return false;
}

void register_string_builtins() {
  register_native(atoms::vial, intern_atom("builtin_to_string"), 1, string_chars_to_string);
  register_native(atoms::Elixir_Integer, intern_atom("to_string"), 1, integer_to_string_1);
  register_native(atoms::Elixir_String, intern_atom("to_integer"), 1, string_to_integer);
  register_native(atoms::Elixir_String, intern_atom("to_integer"), 2, string_to_integer2);
  register_native(atoms::Elixir_Integer, intern_atom("to_string"), 2, integer_to_string_2);
}

}  // namespace vial
