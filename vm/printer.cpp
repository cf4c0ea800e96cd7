// The VM's term printer (see printer.h).
//
// Both printers walk terms with an explicit work stack instead of C++
// recursion, so a deeply nested term cannot overflow the stack.
#include "vm/printer.h"
#include "vm/fun.h"

#include <cstdio>
#include <deque>
#include <string_view>
#include <vector>

#include "vm/atom.h"
#include "vm/binary.h"
#include "vm/map.h"
#include "vm/number.h"
#include "vm/utf8.h"

#include <algorithm>

namespace vial {
namespace {

std::vector<std::uint32_t> code_points(std::string_view s) {
  std::vector<std::uint32_t> cps;
  for (std::size_t i = 0; i < s.size();) {
    std::uint32_t cp;
    if (!decode_utf8(s, i, cp)) cp = static_cast<unsigned char>(s[i++]);
    cps.push_back(cp);
  }
  return cps;
}

// --- Erlang's ~w -----------------------------------------------------------

// Erlang quotes an atom unless it is a lowercase-initial name of Latin-1
// letters, digits, `_` and `@` that is not a reserved word (io_lib:write_atom).
bool erlang_atom_needs_quotes(const std::vector<std::uint32_t>& cps, std::string_view text) {
  static const std::string_view reserved[] = {
      "after", "and", "andalso", "band", "begin", "bnot", "bor", "bsl", "bsr", "bxor", "case", "catch",
      "cond", "div", "end", "fun", "if", "let", "not", "of", "or", "orelse", "receive", "rem", "try",
      "when", "xor"};
  if (cps.empty()) return true;
  auto lower = [](std::uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7); };
  auto upper = [](std::uint32_t c) { return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7); };
  if (!lower(cps[0])) return true;
  for (std::uint32_t c : cps)
    if (!(lower(c) || upper(c) || (c >= '0' && c <= '9') || c == '_' || c == '@')) return true;
  for (std::string_view r : reserved)
    if (text == r) return true;
  return false;
}

void erlang_atom(std::string& out, Term a) {
  std::string_view text = atom_text(a);
  std::vector<std::uint32_t> cps = code_points(text);
  if (!erlang_atom_needs_quotes(cps, text)) {
    out += text;
    return;
  }
  out += '\'';
  for (std::uint32_t c : cps) {
    switch (c) {
      case '\'': out += "\\'"; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\v': out += "\\v"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case 27: out += "\\e"; break;
      case 127: out += "\\d"; break;
      default:
        if (c < 32) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\%03o", c);
          out += buf;
        } else if (c > 255) {
          char buf[16];
          std::snprintf(buf, sizeof buf, "\\x{%X}", c);
          out += buf;
        } else {
          append_utf8(out, c);
        }
    }
  }
  out += '\'';
}

void erlang_number(std::string& out, Term t) {
  if (t.is_small()) out += std::to_string(t.small_value());
  else if (t.is_float()) out += format_float(t.float_value());
  else out += integer_to_string(t);
}

// A unit of pending work: a term to print, or literal text.
struct Work {
  Term term;
  const char* text;  // when non-null, emit this instead
};

}  // namespace

namespace {

bool printable_char(std::int64_t c, bool unicode) {
  if (c == '\n' || c == '\r' || c == '\t' || c == '\v' || c == '\b' || c == '\f' || c == 27) return true;
  if (c >= 32 && c <= 126) return true;
  if (c >= 160 && c <= 255) return true;
  return unicode && c > 255 && c <= 0x10FFFF && !(c >= 0xD800 && c <= 0xDFFF);
}

// A proper, non-empty list of printable characters.
bool printable_list(Term t, bool unicode) {
  if (!t.is_cons()) return false;
  for (; t.is_cons(); t = t.tail())
    if (!t.head().is_small() || !printable_char(t.head().small_value(), unicode)) return false;
  return t.is_nil();
}

void erlang_string(std::string& out, const std::vector<std::uint32_t>& chars, bool unicode) {
  out += '"';
  for (std::uint32_t c : chars) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '\v': out += "\\v"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case 27: out += "\\e"; break;
      default:
        if (c > 255 && !unicode) {
          char buf[16];
          std::snprintf(buf, sizeof buf, "\\x{%X}", c);
          out += buf;
        } else {
          append_utf8(out, c);
        }
    }
  }
  out += '"';
}

bool printable_binary(std::string_view b, bool unicode) {
  if (b.empty()) return false;
  if (!unicode) {
    for (unsigned char c : b)
      if (!printable_char(c, false)) return false;
    return true;
  }
  for (std::size_t i = 0; i < b.size();) {
    std::uint32_t cp;
    if (!decode_utf8(b, i, cp) || !printable_char(cp, true)) return false;
  }
  return true;
}

std::vector<std::uint32_t> binary_chars(std::string_view b, bool unicode) {
  std::vector<std::uint32_t> chars;
  if (!unicode) {
    for (unsigned char c : b) chars.push_back(c);
    return chars;
  }
  for (std::size_t i = 0; i < b.size();) {
    std::uint32_t cp;
    decode_utf8(b, i, cp);
    chars.push_back(cp);
  }
  return chars;
}

}  // namespace

std::string print_erlang(Term root) { return print_erlang_pretty(root, false, false); }
std::string print_erlang_pretty(Term root, bool unicode) { return print_erlang_pretty(root, unicode, true); }

std::string print_erlang_pretty(Term root, bool unicode, bool pretty) {
  std::string out;
  std::vector<Work> stack{{root, nullptr}};
  while (!stack.empty()) {
    Work w = stack.back();
    stack.pop_back();
    if (w.text) {
      out += w.text;
      continue;
    }
    Term t = w.term;
    if (t.is_number()) {
      erlang_number(out, t);
    } else if (t.is_atom()) {
      erlang_atom(out, t);
    } else if (t.is_nil()) {
      out += "[]";
    } else if (pretty && printable_list(t, unicode)) {
      std::vector<std::uint32_t> chars;
      for (Term l = t; l.is_cons(); l = l.tail()) chars.push_back(static_cast<std::uint32_t>(l.head().small_value()));
      erlang_string(out, chars, unicode);
    } else if (t.is_cons()) {
      // Push in reverse: "[", e1, ",", e2, ..., "|", tail, "]".
      std::vector<Work> items;
      items.push_back({Term::none(), "["});
      Term l = t;
      bool first = true;
      for (; l.is_cons(); l = l.tail()) {
        if (!first) items.push_back({Term::none(), ","});
        items.push_back({l.head(), nullptr});
        first = false;
      }
      if (!l.is_nil()) {
        items.push_back({Term::none(), "|"});
        items.push_back({l, nullptr});
      }
      items.push_back({Term::none(), "]"});
      stack.insert(stack.end(), items.rbegin(), items.rend());
    } else if (t.is_tuple()) {
      std::size_t n = t.tuple_arity();
      stack.push_back({Term::none(), "}"});
      for (std::size_t i = n; i-- > 0;) {
        stack.push_back({t.element(i), nullptr});
        if (i > 0) stack.push_back({Term::none(), ","});
      }
      stack.push_back({Term::none(), "{"});
    } else if (pretty && t.is_binary() && printable_binary(t.binary_view(), unicode)) {
      out += "<<";
      std::string_view b = t.binary_view();
      erlang_string(out, binary_chars(b, unicode), unicode);
      if (unicode && std::any_of(b.begin(), b.end(), [](char c) { return static_cast<unsigned char>(c) >= 128; }))
        out += "/utf8";
      out += ">>";
    } else if (t.is_bitstring()) {
      // <<1,2>>, and a trailing partial byte as Value:Bits (<<1,2:3>>).
      BitSpan s = t.bits();
      out += "<<";
      std::size_t whole = s.size / 8, rest = s.size % 8;
      for (std::size_t i = 0; i < whole; ++i) {
        if (i) out += ',';
        out += std::to_string(read_bits(s, 8 * i, 8));
      }
      if (rest) {
        if (whole) out += ',';
        out += std::to_string(read_bits(s, 8 * whole, rest)) + ":" + std::to_string(rest);
      }
      out += ">>";
    } else if (t.is_map()) {
      // io_lib:write: #{K => V,K => V}, in iteration order.
      MapItems items = map_items(t);
      stack.push_back({Term::none(), "}"});
      for (std::size_t i = items.size(); i-- > 0;) {
        stack.push_back({items[i].second, nullptr});
        stack.push_back({Term::none(), " => "});
        stack.push_back({items[i].first, nullptr});
        if (i > 0) stack.push_back({Term::none(), ","});
      }
      stack.push_back({Term::none(), "#{"});
    } else if (t.is_pid()) {
      out += "<0." + std::to_string(t.pid_number()) + ".0>";
    } else if (t.is_ref()) {
      out += "#Ref<" + ref_text(t) + ">";
    } else if (t.is_fun()) {
      // Erlang's ~p/~w: fun 'Elixir.M':f/1, or #Fun<m.Index.Uniq>.
      FunInfo info;
      if (!fun_info(t, &info)) {
        out += "#Fun<>";
      } else if (info.external) {
        out += "fun ";
        erlang_atom(out, info.module);
        out += ":";
        erlang_atom(out, info.name);
        out += "/" + std::to_string(info.arity);
      } else {
        out += "#Fun<";
        erlang_atom(out, info.module);
        out += "." + std::to_string(info.index) + "." + std::to_string(info.uniq) + ">";
      }
    } else if (t.is_none()) {
      out += "<none>";
    } else {
      out += "#";
      out += subtag_name(t.subtag());
      out += "<>";
    }
  }
  return out;
}

}  // namespace vial
