// Kernel's string sigils, as Elixir 1.14's Kernel.sigil_s/c/w (and their
// uppercase forms) expand: ~s"..." is a string, ~c"..." a charlist, ~w(...)
// a list of words (modifier a: atoms, c: charlists, s: strings). The reader
// keeps a lowercase sigil's escapes for the sigil, so they are interpreted
// here (:elixir_interpolation.unescape_string/1); the uppercase forms
// neither unescape nor interpolate.
#include <string>

#include "compiler/expand.h"
#include "compiler/quoted.h"
#include "vm/atom.h"
#include "vm/utf8.h"

namespace vial {

namespace q = quoted;

namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Elixir's escapes in a string: \n, \t, ..., \xHH, \uHHHH, \u{H...};
// a backslash before a newline joins the lines; any other escaped
// character is itself.
std::string unescape(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c != '\\' || i + 1 == s.size()) {
      out += c;
      continue;
    }
    char e = s[++i];
    switch (e) {
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'd': out += '\x7f'; break;
      case 'e': out += '\x1b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 's': out += ' '; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case '0': out += '\0'; break;
      case '\n': break;
      case 'x': {
        int v = 0, n = 0;
        while (n < 2 && i + 1 < s.size() && hex_value(s[i + 1]) >= 0) v = v * 16 + hex_value(s[++i]), ++n;
        if (n == 0) {
          out += 'x';
        } else {
          out += static_cast<char>(v);
        }
        break;
      }
      case 'u': {
        std::uint32_t v = 0;
        if (i + 1 < s.size() && s[i + 1] == '{') {
          ++i;
          while (i + 1 < s.size() && hex_value(s[i + 1]) >= 0) v = v * 16 + static_cast<std::uint32_t>(hex_value(s[++i]));
          if (i + 1 < s.size() && s[i + 1] == '}') ++i;
        } else {
          for (int n = 0; n < 4 && i + 1 < s.size() && hex_value(s[i + 1]) >= 0; ++n)
            v = v * 16 + static_cast<std::uint32_t>(hex_value(s[++i]));
        }
        append_utf8(out, v);
        break;
      }
      default: out += e;
    }
  }
  return out;
}

// A regex sigil interprets only the escapes of control characters
// (Regex.unescape_map/1); the others stay for the regex.
std::string unescape_regex(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] != '\\' || i + 1 == s.size()) {
      out += s[i];
      continue;
    }
    char e = s[i + 1];
    const char* mapped = e == 'f' ? "\f" : e == 'n' ? "\n" : e == 'r' ? "\r" : e == 't' ? "\t" : e == 'v' ? "\v" : e == 'a' ? "\a" : nullptr;
    if (mapped) {
      out += mapped;
    } else {
      out += '\\';
      out += e;
    }
    ++i;
  }
  return out;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

}  // namespace

Term Expander::expand_sigil(Term meta, char letter, Term content, Term modifiers) {
  if (!q::is_call(content, atoms::bin) || !modifiers.is_list()) return Term::none();
  bool lower = letter >= 'a' && letter <= 'z';
  std::vector<Term> pieces = q::list_items(q::node_args(content));
  bool literal = true;
  std::string text;
  for (Term& p : pieces) {
    if (p.is_binary()) {
      if (lower) p = make_binary(heap_, letter == 'r' ? unescape_regex(p.binary_view()) : unescape(p.binary_view()));
      text.append(p.binary_view());
    } else {
      literal = false;
    }
  }
  auto charlist = [&](std::string_view s) {
    std::vector<Term> cps;
    for (std::size_t i = 0; i < s.size();) {
      auto c = static_cast<unsigned char>(s[i]);
      std::uint32_t cp = c;
      std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      if (n > 1) {
        cp = c & (0xFF >> (n + 1));
        for (std::size_t k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
      }
      cps.push_back(Term::small(cp));
      i += n;
    }
    return q::list(heap_, cps);
  };
  Term bin = literal ? make_binary(heap_, text) : q::node(heap_, atoms::bin, q::node_meta(content), q::list(heap_, pieces));
  char kind = static_cast<char>(letter | 0x20);
  if (kind == 's') return bin;
  if (kind == 'r') {  // Regex.compile!(source, "modifiers")
    std::string mods;
    for (Term m : q::list_items(modifiers))
      if (m.is_small()) mods += static_cast<char>(m.small_value());
    return q::remote(heap_, intern_atom("Elixir.Regex"), intern_atom("compile!"), meta, {bin, make_binary(heap_, mods)});
  }
  if (kind == 'c') {
    if (literal) return charlist(text);
    return q::remote(heap_, atoms::Elixir_String, intern_atom("to_charlist"), meta, {bin});
  }
  // ~w: words, then the modifier's conversion.
  char mod = 's';
  for (Term m : q::list_items(modifiers))
    if (m.is_small()) mod = static_cast<char>(m.small_value());
  if (literal) {
    std::vector<Term> words;
    std::size_t i = 0;
    while (i < text.size()) {
      while (i < text.size() && is_space(text[i])) ++i;
      std::size_t start = i;
      while (i < text.size() && !is_space(text[i])) ++i;
      if (i == start) break;
      std::string_view w = std::string_view(text).substr(start, i - start);
      words.push_back(mod == 'a' ? intern_atom(w) : mod == 'c' ? charlist(w) : make_binary(heap_, w));
    }
    return q::list(heap_, words);
  }
  Term split = q::remote(heap_, atoms::Elixir_String, intern_atom("split"), meta, {bin});
  if (mod != 'a' && mod != 'c') return split;
  Term x = fresh_var(meta);
  Term body = q::remote(heap_, atoms::Elixir_String, intern_atom(mod == 'a' ? "to_atom" : "to_charlist"), meta, {x});
  Term fn = q::call(heap_, atoms::fn, meta, {q::call(heap_, atoms::arrow, meta, {q::list(heap_, {x}), body})});
  return q::remote(heap_, intern_atom("Elixir.Enum"), intern_atom("map"), meta, {split, fn});
}

}  // namespace vial
