// Text conversions and searches that the String, Atom, Float and List
// modules (stdlib/*.ex) are built on, with Erlang 25's behaviour and
// error_info texts:
//   :erlang atom_to_binary/1,2, binary_to_atom/1,2, binary_to_existing_atom/1,2,
//           atom_to_list/1, list_to_atom/1, list_to_existing_atom/1,
//           integer_to_list/1,2, list_to_integer/1,2, float_to_binary/1,2,
//           binary_to_float/1, list_to_float/1, float_to_list/1
//   :binary match/2, matches/2, split/2,3, replace/4
//   :vial   string_upcase/2, string_downcase/2, string_titlecase_once/2
//           (Elixir's full case mapping, below), float_round/3 (Float.round,
//           floor and ceil with a number of decimal digits)
#include <utf8proc.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "runtime/builtins/builtins.h"
#include "vm/binary.h"
#include "vm/number.h"
#include "vm/utf8.h"

namespace vial {

namespace {

Term erlang_atom_to_binary(NativeCall& c, const Term* a) {
  if (!a[0].is_atom()) return c.badarg(1, "not an atom");
  return make_binary(c.heap(), atom_text(a[0]));
}

Term erlang_atom_to_list(NativeCall& c, const Term* a) {
  if (!a[0].is_atom()) return c.badarg(1, "not an atom");
  std::string_view s = atom_text(a[0]);
  std::vector<Term> cps;
  for (std::size_t i = 0; i < s.size();) {
    utf8proc_int32_t cp;
    auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()) + i,
                              static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {
      cps.push_back(Term::small(static_cast<unsigned char>(s[i])));
      ++i;
      continue;
    }
    cps.push_back(Term::small(cp));
    i += static_cast<std::size_t>(n);
  }
  return make_list(c.heap(), cps);
}

// The number of code points in `s` (each invalid byte counting one).
std::size_t codepoint_count(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char ch : s)
    if ((ch & 0xC0) != 0x80) ++n;
  return n;
}

Term to_atom(NativeCall& c, std::string_view text, bool existing) {
  if (codepoint_count(text) > 255) return c.error(intern_atom("system_limit"));
  if (existing) {
    Term t = existing_atom(text);
    if (t.is_none()) return c.badarg(1, "not an already existing atom");
    return t;
  }
  return intern_atom(text);
}

// binary_to_atom/1,2 and binary_to_existing_atom/1,2: the text is UTF-8
// (utf8, unicode, the default: invalid UTF-8 is a badarg) or latin1 (each
// byte a code point).
Term binary_to_atom_as(NativeCall& c, Term bin, Term encoding, bool existing) {
  if (!bin.is_binary()) return c.badarg(1, "not a binary");
  std::string_view text = bin.binary_view();
  if (encoding == intern_atom("latin1")) {
    std::string utf8;
    for (unsigned char ch : text) append_utf8(utf8, ch);
    return to_atom(c, utf8, existing);
  }
  if (encoding != intern_atom("utf8") && encoding != intern_atom("unicode"))
    return c.badarg(2, "not one of the atoms: latin1, utf8, or unicode");
  for (std::size_t i = 0; i < text.size();) {
    std::uint32_t cp;
    if (!decode_utf8(text, i, cp)) return c.badarg(1, "invalid UTF8 encoding");
  }
  return to_atom(c, text, existing);
}

Term erlang_binary_to_atom(NativeCall& c, const Term* a) {
  return binary_to_atom_as(c, a[0], intern_atom("utf8"), false);
}
Term erlang_binary_to_atom2(NativeCall& c, const Term* a) { return binary_to_atom_as(c, a[0], a[1], false); }

Term erlang_binary_to_existing_atom(NativeCall& c, const Term* a) {
  return binary_to_atom_as(c, a[0], intern_atom("utf8"), true);
}
Term erlang_binary_to_existing_atom2(NativeCall& c, const Term* a) { return binary_to_atom_as(c, a[0], a[1], true); }

Term erlang_list_to_atom(NativeCall& c, const Term* a) {
  std::string text;
  if (!a[0].is_list() || !chardata_to_string(a[0], &text)) return c.badarg(1, "not a list of characters");
  return to_atom(c, text, false);
}

Term erlang_list_to_existing_atom(NativeCall& c, const Term* a) {
  std::string text;
  if (!a[0].is_list() || !chardata_to_string(a[0], &text)) return c.badarg(1, "not a list of characters");
  return to_atom(c, text, true);
}

Term bytes_list(Heap& h, std::string_view s) {
  Term list = Term::nil();
  for (std::size_t i = s.size(); i-- > 0;) list = make_cons(h, Term::small(static_cast<unsigned char>(s[i])), list);
  return list;
}

bool valid_base(Term base) { return base.is_small() && base.small_value() >= 2 && base.small_value() <= 36; }

Term erlang_integer_to_list(NativeCall& c, const Term* a) {
  if (!a[0].is_integer()) return c.badarg(1, "not an integer");
  return bytes_list(c.heap(), integer_to_string(a[0]));
}

Term erlang_integer_to_list2(NativeCall& c, const Term* a) {
  if (!a[0].is_integer()) return c.badarg(1, "not an integer");
  if (!valid_base(a[1])) return c.badarg(2, "not an integer in the range 2 through 36");
  return bytes_list(c.heap(), integer_to_string(a[0], static_cast<int>(a[1].small_value())));
}

// A list of bytes (code points below 256) as a string; false otherwise.
bool byte_list(Term t, std::string* out) {
  while (t.is_cons()) {
    Term h = t.head();
    if (!h.is_small() || h.small_value() < 0 || h.small_value() > 0x10FFFF) return false;
    if (h.small_value() > 255) {
      out->push_back('\xff');  // never part of a number
    } else {
      out->push_back(static_cast<char>(h.small_value()));
    }
    t = t.tail();
  }
  return t.is_nil();
}

Term erlang_list_to_integer(NativeCall& c, const Term* a) {
  std::string text;
  if (!byte_list(a[0], &text)) return c.badarg(1, "not a list");
  Term r = parse_integer(c.heap(), text);
  if (r.is_none()) return c.badarg(1, "not a textual representation of an integer");
  return r;
}

Term erlang_list_to_integer2(NativeCall& c, const Term* a) {
  std::string text;
  if (!byte_list(a[0], &text)) return c.badarg(1, "not a list");
  if (!valid_base(a[1])) return c.badarg(2, "not an integer in the range 2 through 36");
  Term r = parse_integer(c.heap(), text, static_cast<int>(a[1].small_value()));
  if (r.is_none()) return c.badarg(1, "not a textual representation of an integer");
  return r;
}

// Erlang's float syntax: [+-]digits.digits([eE][+-]digits)?
bool parse_erlang_float(std::string_view s, double* out) {
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  auto digits = [&] {
    std::size_t start = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    return i > start;
  };
  if (!digits()) return false;
  if (i >= s.size() || s[i] != '.') return false;
  ++i;
  if (!digits()) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (!digits()) return false;
  }
  if (i != s.size()) return false;
  std::string text(s);
  double d = std::strtod(text.c_str(), nullptr);
  if (!std::isfinite(d)) return false;
  *out = d;
  return true;
}

Term erlang_binary_to_float(NativeCall& c, const Term* a) {
  if (!a[0].is_binary()) return c.badarg(1, "not a binary");
  double d;
  if (!parse_erlang_float(a[0].binary_view(), &d)) return c.badarg(1, "not a textual representation of a float");
  return make_float(c.heap(), d);
}

Term erlang_list_to_float(NativeCall& c, const Term* a) {
  std::string text;
  if (!byte_list(a[0], &text)) return c.badarg(1, "not a list");
  double d;
  if (!parse_erlang_float(text, &d)) return c.badarg(1, "not a textual representation of a float");
  return make_float(c.heap(), d);
}

// float_to_binary(F) without options: scientific with 20 decimals.
std::string scientific(double d, int decimals) {
  char buf[512];
  std::snprintf(buf, sizeof buf, "%.*e", decimals, d);
  return buf;
}

Term erlang_float_to_binary(NativeCall& c, const Term* a) {
  if (!a[0].is_float()) return c.badarg(1, "not a float");
  return make_binary(c.heap(), scientific(a[0].float_value(), 20));
}

Term erlang_float_to_list(NativeCall& c, const Term* a) {
  if (!a[0].is_float()) return c.badarg(1, "not a float");
  return bytes_list(c.heap(), scientific(a[0].float_value(), 20));
}

// float_to_binary(F, Options): [{:decimals, N}, :compact], [{:scientific, N}], [:short].
Term erlang_float_to_binary2(NativeCall& c, const Term* a) {
  if (!a[0].is_float()) return c.badarg(1, "not a float");
  double d = a[0].float_value();
  int decimals = -1, sci = -1;
  bool compact = false, shortest = false;
  Term opts = a[1];
  for (; opts.is_cons(); opts = opts.tail()) {
    Term o = opts.head();
    if (o == intern_atom("compact")) {
      compact = true;
    } else if (o == intern_atom("short")) {
      shortest = true;
    } else if (o.is_tuple() && o.tuple_arity() == 2 && o.element(1).is_small() && o.element(1).small_value() >= 0 &&
               o.element(0) == intern_atom("decimals") && o.element(1).small_value() <= 253) {
      decimals = static_cast<int>(o.element(1).small_value());
      sci = -1;
    } else if (o.is_tuple() && o.tuple_arity() == 2 && o.element(1).is_small() && o.element(1).small_value() >= 0 &&
               o.element(0) == intern_atom("scientific") && o.element(1).small_value() <= 249) {
      sci = static_cast<int>(o.element(1).small_value());
      decimals = -1;
    } else {
      return c.badarg(2, "invalid option in list");
    }
  }
  if (!opts.is_nil()) return c.badarg(2, "not a list");
  if (shortest) return make_binary(c.heap(), format_float(d));
  if (sci >= 0) return make_binary(c.heap(), scientific(d, sci));
  if (decimals < 0) return make_binary(c.heap(), scientific(d, 20));
  char buf[512];
  // As ERTS's sys_double_to_chars_fast: the integer part, then the fraction
  // times 10^decimals plus 0.5, truncated (so 0.15 gives "0.2" and 2.675
  // "2.67"); beyond 2^53 or 15 decimals it prints exactly.
  double mag = std::fabs(d);
  if (decimals <= 15 && mag < 9007199254740992.0) {
    auto int_part = static_cast<std::uint64_t>(mag);
    auto pow10 = static_cast<std::uint64_t>(std::pow(10.0, decimals));
    auto frac = static_cast<std::uint64_t>((mag - static_cast<double>(int_part)) * static_cast<double>(pow10) + 0.5);
    if (frac >= pow10) {
      ++int_part;
      frac -= pow10;
    }
    std::string body = std::to_string(int_part);
    if (decimals > 0) {
      std::string f = std::to_string(frac);
      body += "." + std::string(static_cast<std::size_t>(decimals) - f.size(), '0') + f;
    }
    std::snprintf(buf, sizeof buf, "%s%s", d < 0 ? "-" : "", body.c_str());
  } else {
    std::snprintf(buf, sizeof buf, "%.*f", decimals, d);
  }
  std::string s = buf;
  if (compact && decimals > 0) {
    while (s.size() > 1 && s.back() == '0' && s[s.size() - 2] != '.') s.pop_back();
  }
  return make_binary(c.heap(), s);
}

// --- :binary searches ------------------------------------------------------

// The patterns of a :binary call: one nonempty binary or a nonempty list of
// them, or what :binary.compile_pattern/1 made of those ({:bm | :ac, ...}).
bool patterns(Term p, std::vector<std::string_view>* out) {
  if (p.is_tuple() && p.tuple_arity() == 2 && (p.element(0) == intern_atom("bm") || p.element(0) == intern_atom("ac")))
    p = p.element(1);
  if (p.is_binary()) {
    if (p.binary_view().empty()) return false;
    out->push_back(p.binary_view());
    return true;
  }
  for (; p.is_cons(); p = p.tail()) {
    if (!p.head().is_binary() || p.head().binary_view().empty()) return false;
    out->push_back(p.head().binary_view());
  }
  return p.is_nil() && !out->empty();
}

// The first match at or after `from`: {position, length}, the longest
// pattern among those starting at the earliest position; {npos, 0} if none.
std::pair<std::size_t, std::size_t> find_first(std::string_view s, const std::vector<std::string_view>& ps,
                                               std::size_t from) {
  if (ps.size() == 1) {
    std::size_t at = s.find(ps[0], from);
    return at == std::string_view::npos ? std::pair<std::size_t, std::size_t>{at, 0} : std::pair{at, ps[0].size()};
  }
  // Several patterns: only positions whose byte starts one of them are tried.
  bool first[256] = {};
  for (auto p : ps) first[static_cast<unsigned char>(p[0])] = true;
  for (std::size_t i = from; i < s.size(); ++i) {
    if (!first[static_cast<unsigned char>(s[i])]) continue;
    std::size_t best = 0;
    for (auto p : ps)
      if (p.size() > best && s.compare(i, p.size(), p) == 0) best = p.size();
    if (best > 0) return {i, best};
  }
  return {std::string_view::npos, 0};
}

// :vial.badarg(ArgIndex, Text): raises badarg with an error_info detail, as
// an Erlang BIF does (for the :binary and :string functions written in Elixir).
Term vial_badarg(NativeCall& c, const Term* a) {
  if (!a[0].is_small() || !a[1].is_binary()) return c.error(atoms::badarg);
  return c.badarg(static_cast<int>(a[0].small_value()), std::string(a[1].binary_view()));
}

// :binary.compile_pattern/1: the patterns checked, kept as {:bm, binary}
// for one and {:ac, list} for several (Erlang keeps a reference to its
// search tables there; the searches here take the patterns directly).
Term binary_compile_pattern(NativeCall& c, const Term* a) {
  std::vector<std::string_view> ps;
  if (!patterns(a[0], &ps)) return c.badarg(1, "not a valid pattern");
  if (a[0].is_tuple()) return a[0];
  return make_tuple(c.heap(), {intern_atom(a[0].is_binary() ? "bm" : "ac"), a[0]});
}

Term binary_match(NativeCall& c, const Term* a) {
  std::vector<std::string_view> ps;
  if (!a[0].is_binary()) return c.badarg(1, "not a binary");
  if (!patterns(a[1], &ps)) return c.badarg(2, "not a valid pattern");
  std::string_view s = a[0].binary_view();
  c.charge(static_cast<int>(s.size() / 64));
  auto [pos, len] = find_first(s, ps, 0);
  if (pos == std::string_view::npos) return intern_atom("nomatch");
  return make_tuple(c.heap(), {Term::small(static_cast<std::int64_t>(pos)), Term::small(static_cast<std::int64_t>(len))});
}

Term binary_matches(NativeCall& c, const Term* a) {
  std::vector<std::string_view> ps;
  if (!a[0].is_binary()) return c.badarg(1, "not a binary");
  if (!patterns(a[1], &ps)) return c.badarg(2, "not a valid pattern");
  std::string_view s = a[0].binary_view();
  c.charge(static_cast<int>(s.size() / 64));
  std::vector<Term> found;
  for (std::size_t from = 0;;) {
    auto [pos, len] = find_first(s, ps, from);
    if (pos == std::string_view::npos) break;
    found.push_back(make_tuple(c.heap(), {Term::small(static_cast<std::int64_t>(pos)), Term::small(static_cast<std::int64_t>(len))}));
    from = pos + len;
  }
  return make_list(c.heap(), found);
}

struct SplitOptions {
  bool global = false, trim = false, trim_all = false;
};

bool split_options(Term o, SplitOptions* out) {
  for (; o.is_cons(); o = o.tail()) {
    Term h = o.head();
    if (h == intern_atom("global")) {
      out->global = true;
    } else if (h == intern_atom("trim")) {
      out->trim = true;
    } else if (h == intern_atom("trim_all")) {
      out->trim_all = true;
    } else {
      return false;
    }
  }
  return o.is_nil();
}

Term split(NativeCall& c, Term subject, Term pattern, Term options) {
  std::vector<std::string_view> ps;
  SplitOptions opts;
  if (!subject.is_binary()) return c.badarg(1, "not a binary");
  if (!patterns(pattern, &ps)) return c.badarg(2, "not a valid pattern");
  if (!split_options(options, &opts)) return c.badarg(3, "invalid options");
  std::string_view s = subject.binary_view();
  c.charge(static_cast<int>(s.size() / 64));
  std::vector<std::string_view> parts;
  std::size_t from = 0;
  for (;;) {
    auto [pos, len] = find_first(s, ps, from);
    if (pos == std::string_view::npos) break;
    parts.push_back(s.substr(from, pos - from));
    from = pos + len;
    if (!opts.global) break;
  }
  parts.push_back(s.substr(from));
  if (opts.trim_all) {
    std::vector<std::string_view> kept;
    for (auto p : parts)
      if (!p.empty()) kept.push_back(p);
    parts = kept;
  } else if (opts.trim) {
    while (!parts.empty() && parts.back().empty()) parts.pop_back();
  }
  std::vector<Term> items;
  items.reserve(parts.size());
  for (auto p : parts) items.push_back(make_binary(c.heap(), p));
  return make_list(c.heap(), items);
}

Term binary_split2(NativeCall& c, const Term* a) { return split(c, a[0], a[1], Term::nil()); }
Term binary_split3(NativeCall& c, const Term* a) { return split(c, a[0], a[1], a[2]); }

// :binary.replace(Subject, Pattern, Replacement, Options): options :global,
// {:insert_replaced, N | [N]} (the match inserted into the replacement at
// those byte offsets) and {:scope, {Start, Length}} (where to search).
Term binary_replace(NativeCall& c, const Term* a) {
  std::vector<std::string_view> ps;
  if (!a[0].is_binary()) return c.badarg(1, "not a binary");
  if (!patterns(a[1], &ps)) return c.badarg(2, "not a valid pattern");
  if (!a[2].is_binary()) return c.badarg(3, "not a binary");
  std::string_view s = a[0].binary_view(), r = a[2].binary_view();
  bool global = false;
  std::vector<std::size_t> inserts;
  std::size_t scope_from = 0, scope_to = s.size();
  static const Term insert_replaced = intern_atom("insert_replaced"), scope = intern_atom("scope");
  Term o = a[3];
  for (; o.is_cons(); o = o.tail()) {
    Term h = o.head();
    if (h == intern_atom("global")) {
      global = true;
    } else if (h.is_tuple() && h.tuple_arity() == 2 && h.element(0) == insert_replaced) {
      Term v = h.element(1);
      auto add = [&](Term n) {
        if (!n.is_small() || n.small_value() < 0 || static_cast<std::size_t>(n.small_value()) > r.size()) return false;
        inserts.push_back(static_cast<std::size_t>(n.small_value()));
        return true;
      };
      if (v.is_small()) {
        if (!add(v)) return c.badarg(4, "invalid options");
      } else {
        for (; v.is_cons(); v = v.tail())
          if (!add(v.head())) return c.badarg(4, "invalid options");
        if (!v.is_nil()) return c.badarg(4, "invalid options");
      }
    } else if (h.is_tuple() && h.tuple_arity() == 2 && h.element(0) == scope && h.element(1).is_tuple() &&
               h.element(1).tuple_arity() == 2 && h.element(1).element(0).is_small() && h.element(1).element(1).is_small()) {
      std::int64_t start = h.element(1).element(0).small_value(), len = h.element(1).element(1).small_value();
      if (len < 0) start += len, len = -len;
      if (start < 0 || start + len > static_cast<std::int64_t>(s.size())) return c.badarg(4, "invalid options");
      scope_from = static_cast<std::size_t>(start);
      scope_to = static_cast<std::size_t>(start + len);
    } else {
      return c.badarg(4, "invalid options");
    }
  }
  if (!o.is_nil()) return c.badarg(4, "invalid options");
  std::sort(inserts.begin(), inserts.end());
  c.charge(static_cast<int>(s.size() / 64));
  std::string out;
  std::size_t from = 0;
  std::string_view scoped = s.substr(0, scope_to);
  for (std::size_t at = scope_from;;) {
    auto [pos, len] = find_first(scoped, ps, at);
    if (pos == std::string_view::npos) break;
    out.append(s.substr(from, pos - from));
    std::size_t rfrom = 0;
    for (std::size_t k : inserts) {
      out.append(r.substr(rfrom, k - rfrom));
      out.append(s.substr(pos, len));
      rfrom = k;
    }
    out.append(r.substr(rfrom));
    from = at = pos + len;
    if (!global) break;
  }
  out.append(s.substr(from));
  return make_binary(c.heap(), out);
}

// :vial.string_split_ws(String): String.split/1, the parts between runs of
// Unicode White_Space other than the non-breaking spaces (U+00A0, U+2007,
// U+202F), as sub-binaries.
bool breaking_space(std::uint32_t cp) {
  switch (cp) {
    case '\t': case '\n': case '\v': case '\f': case '\r': case ' ': case 0x85: case 0x1680:
    case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004: case 0x2005: case 0x2006:
    case 0x2008: case 0x2009: case 0x200A: case 0x2028: case 0x2029: case 0x205F: case 0x3000:
      return true;
    default:
      return false;
  }
}

Term vial_string_split_ws(NativeCall& c, const Term* a) {
  if (!a[0].is_binary()) return c.badarg(1, "not a binary");
  std::string_view s = a[0].binary_view();
  c.charge(static_cast<int>(s.size() / 64));
  std::vector<Term> items;
  std::size_t start = 0, i = 0;
  auto cut = [&](std::size_t end) {
    if (end > start) items.push_back(make_binary(c.heap(), s.substr(start, end - start)));
  };
  while (i < s.size()) {
    auto ch = static_cast<unsigned char>(s[i]);
    std::size_t at = i;
    std::uint32_t cp = ch;
    if (ch < 0x80) {
      ++i;
    } else if (!decode_utf8(s, i, cp)) {
      ++i;
      continue;
    }
    if (breaking_space(cp)) {
      cut(at);
      start = i;
    }
  }
  cut(s.size());
  return make_list(c.heap(), items);
}

// :vial.string_trim_suffix(String, Match) / string_trim_prefix: String
// without every repetition of the nonempty Match at its end (start).
Term vial_string_trim_suffix(NativeCall& c, const Term* a) {
  if (!a[0].is_binary() || !a[1].is_binary() || a[1].binary_size() == 0) return c.error(atoms::badarg);
  std::string_view s = a[0].binary_view(), m = a[1].binary_view();
  std::size_t end = s.size();
  while (end >= m.size() && s.compare(end - m.size(), m.size(), m) == 0) end -= m.size();
  if (end == s.size()) return a[0];
  return make_sub_binary(c.heap(), a[0], 0, end * 8);
}

Term vial_string_trim_prefix(NativeCall& c, const Term* a) {
  if (!a[0].is_binary() || !a[1].is_binary() || a[1].binary_size() == 0) return c.error(atoms::badarg);
  std::string_view s = a[0].binary_view(), m = a[1].binary_view();
  std::size_t start = 0;
  while (s.size() - start >= m.size() && s.compare(start, m.size(), m) == 0) start += m.size();
  if (start == 0) return a[0];
  return make_sub_binary(c.heap(), a[0], start * 8, (s.size() - start) * 8);
}

// --- case mapping ----------------------------------------------------------
// Elixir 1.14's String.Unicode: UnicodeData's simple mappings (utf8proc)
// under SpecialCasing's unconditional ones (special_casing.def), with the
// conditional mappings Elixir implements: the Turkic dotted and dotless i
// (mode :turkic) and the final sigma (mode :greek). Bytes that are not
// UTF-8 are kept as they are.

struct SpecialCase {
  std::uint32_t cp;
  const char* lower;
  const char* title;
  const char* upper;
};

constexpr SpecialCase kSpecialCases[] = {
#define X(cp, lower, title, upper) {cp, lower, title, upper},
#include "runtime/builtins/special_casing.def"
#undef X
};

const SpecialCase* special_case(std::uint32_t cp) {
  auto it = std::lower_bound(std::begin(kSpecialCases), std::end(kSpecialCases), cp,
                             [](const SpecialCase& e, std::uint32_t v) { return e.cp < v; });
  return it != std::end(kSpecialCases) && it->cp == cp ? it : nullptr;
}

enum class CaseMode { kDefault, kGreek, kTurkic };

bool case_mode(Term t, CaseMode* out) {
  static const Term greek = intern_atom("greek"), turkic = intern_atom("turkic"), def = intern_atom("default");
  if (t == def) return *out = CaseMode::kDefault, true;
  if (t == greek) return *out = CaseMode::kGreek, true;
  if (t == turkic) return *out = CaseMode::kTurkic, true;
  return false;
}

bool cased_letter(std::int32_t cp) {
  auto cat = utf8proc_category(cp);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LL || cat == UTF8PROC_CATEGORY_LT;
}

bool case_ignorable(std::int32_t cp) {
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_CF:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_SK:
      return true;
    default:
      return cp == '\'' || cp == '.' || cp == ':' || cp == '^' || cp == '`' || cp == 0xB7 || cp == 0x2019 ||
             cp == 0x2018 || cp == 0x2024 || cp == 0xFE52 || cp == 0xFF07 || cp == 0xFF0E || cp == 0x387 ||
             cp == 0x5F4 || cp == 0x2027 || cp == 0xFE13 || cp == 0xFE55 || cp == 0xFF1A;
  }
}

// Whether the text from `i` on starts (past case-ignorable characters) with
// a cased letter.
bool cased_follows(std::string_view s, std::size_t i) {
  while (i < s.size()) {
    std::uint32_t cp;
    if (!decode_utf8(s, i, cp)) return false;
    if (!case_ignorable(static_cast<std::int32_t>(cp))) return cased_letter(static_cast<std::int32_t>(cp));
  }
  return false;
}

void append_cp(std::string& out, std::int32_t cp) { append_utf8(out, static_cast<std::uint32_t>(cp)); }

std::string map_case(std::string_view s, bool upper, CaseMode mode) {
  std::string out;
  out.reserve(s.size() + 8);
  // For the final sigma: whether the last character before (past
  // case-ignorable ones) was a cased letter that Elixir remembers as one
  // (an ASCII letter is not: it is kept as a byte there).
  bool after_cased = false;
  for (std::size_t i = 0; i < s.size();) {
    auto ch = static_cast<unsigned char>(s[i]);
    if (ch < 0x80) {
      ++i;
      after_cased = false;
      if (upper) {
        if (ch == 'i' && mode == CaseMode::kTurkic) out.append("\xC4\xB0");
        else out.push_back(ch >= 'a' && ch <= 'z' ? static_cast<char>(ch - 32) : static_cast<char>(ch));
      } else if (ch == 'I' && mode == CaseMode::kTurkic) {
        if (s.substr(i, 2) == "\xCC\x87") {  // I + combining dot above
          out.push_back('i');
          i += 2;
        } else {
          out.append("\xC4\xB1");
        }
      } else {
        out.push_back(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch + 32) : static_cast<char>(ch));
      }
      continue;
    }
    std::size_t at = i;
    std::uint32_t ucp;
    if (!decode_utf8(s, i, ucp)) {
      out.push_back(s[i++]);
      after_cased = false;
      continue;
    }
    auto cp = static_cast<std::int32_t>(ucp);
    if (!upper && cp == 0x130) {  // İ
      out.append(mode == CaseMode::kTurkic ? "i" : "i\xCC\x87");
      after_cased = false;
      continue;
    }
    if (!upper && cp == 0x3A3) {  // Σ
      bool final = mode == CaseMode::kGreek && after_cased && !cased_follows(s, i);
      append_cp(out, final ? 0x3C2 : 0x3C3);
      after_cased = true;
      continue;
    }
    if (const SpecialCase* sc = special_case(ucp)) {
      const char* m = upper ? sc->upper : sc->lower;
      out.append(m);
      std::size_t k = 0;
      std::uint32_t first = 0;
      std::string_view mv(m);
      bool single = decode_utf8(mv, k, first) && k == mv.size();
      if (!case_ignorable(cp)) after_cased = single && cased_letter(static_cast<std::int32_t>(first));
      continue;
    }
    std::int32_t mapped = upper ? utf8proc_toupper(cp) : utf8proc_tolower(cp);
    if (mapped == cp) out.append(s.substr(at, i - at));
    else append_cp(out, mapped);
    if (!case_ignorable(cp)) after_cased = cased_letter(mapped);
  }
  return out;
}

bool ascii_only(std::string_view s) {
  for (unsigned char ch : s)
    if (ch >= 0x80) return false;
  return true;
}

// :vial.string_upcase(string, mode) / string_downcase(string, mode)
Term change_case(NativeCall& c, Term str, Term mode_term, bool upper) {
  CaseMode mode;
  if (!str.is_binary() || !case_mode(mode_term, &mode)) return c.error(atoms::function_clause);
  std::string_view s = str.binary_view();
  c.charge(static_cast<int>(s.size() / 32));
  if (mode != CaseMode::kTurkic && ascii_only(s)) {
    bool change = false;
    for (unsigned char ch : s)
      if (upper ? (ch >= 'a' && ch <= 'z') : (ch >= 'A' && ch <= 'Z')) {
        change = true;
        break;
      }
    if (!change) return str;
    char* data;
    Term result = make_binary_uninit(c.heap(), s.size(), &data);
    for (std::size_t i = 0; i < s.size(); ++i) {
      auto ch = static_cast<unsigned char>(s[i]);
      if (upper && ch >= 'a' && ch <= 'z') ch -= 32;
      else if (!upper && ch >= 'A' && ch <= 'Z') ch += 32;
      data[i] = static_cast<char>(ch);
    }
    return result;
  }
  return make_binary(c.heap(), map_case(s, upper, mode));
}

Term vial_string_upcase(NativeCall& c, const Term* a) { return change_case(c, a[0], a[1], true); }
Term vial_string_downcase(NativeCall& c, const Term* a) { return change_case(c, a[0], a[1], false); }

// :vial.string_titlecase_once(string, mode): {first character titlecased, rest}
Term vial_string_titlecase_once(NativeCall& c, const Term* a) {
  CaseMode mode = CaseMode::kDefault;
  if (!a[0].is_binary()) return c.error(atoms::function_clause);
  case_mode(a[1], &mode);  // another mode fails in downcase/2 after, as in Elixir
  std::string_view s = a[0].binary_view();
  if (s.empty()) return make_tuple(c.heap(), {a[0], a[0]});
  std::size_t i = 0;
  std::uint32_t cp;
  std::string first;
  if (!decode_utf8(s, i, cp)) {
    i = 1;
    first = s.substr(0, 1);
  } else if (cp == 'i') {
    first = mode == CaseMode::kTurkic ? "\xC4\xB0" : "I";
  } else if (const SpecialCase* sc = special_case(cp)) {
    first = sc->title;
  } else {
    append_cp(first, utf8proc_totitle(static_cast<std::int32_t>(cp)));
  }
  Term rest = make_sub_binary(c.heap(), a[0], i * 8, (s.size() - i) * 8);
  return make_tuple(c.heap(), {make_binary(c.heap(), first), rest});
}

// Float.round/floor/ceil with `digits` decimal digits, decided on the exact
// decimal value of the float (as Elixir 1.14 does): mode 0 half up (away
// from zero), 1 floor, 2 ceil.
Term vial_float_round(NativeCall& c, const Term* a) {
  if (!a[0].is_float() || !a[1].is_small() || !a[2].is_small()) return c.error(atoms::badarg);
  double d = a[0].float_value();
  auto digits = static_cast<int>(a[1].small_value());
  auto mode = a[2].small_value();
  if (!std::isfinite(d)) return a[0];
  if (digits == 0 && mode == 1) return make_float(c.heap(), std::floor(d));  // :math.floor keeps -0.0
  if (digits == 0 && mode == 2) return make_float(c.heap(), std::ceil(d));
  if (d == 0.0) return make_float(c.heap(), 0.0);
  bool negative = d < 0;
  // The exact decimal expansion of |d| (at most 1074 fraction digits).
  char buf[1500];
  std::snprintf(buf, sizeof buf, "%.1100f", std::fabs(d));
  std::string text = buf;
  std::size_t dot = text.find('.');
  std::string intpart = text.substr(0, dot), frac = text.substr(dot + 1);
  std::string kept = intpart + frac.substr(0, static_cast<std::size_t>(digits));
  std::string rest = frac.substr(static_cast<std::size_t>(digits));
  bool rest_nonzero = rest.find_first_not_of('0') != std::string::npos;
  bool up = false;
  if (mode == 0) {
    up = !rest.empty() && rest[0] >= '5';
  } else if (mode == 1) {
    up = negative && rest_nonzero;
  } else {
    up = !negative && rest_nonzero;
  }
  if (up) {  // add one to the last kept digit
    int i = static_cast<int>(kept.size()) - 1;
    while (i >= 0 && kept[static_cast<std::size_t>(i)] == '9') kept[static_cast<std::size_t>(i--)] = '0';
    if (i < 0) {
      kept.insert(kept.begin(), '1');
    } else {
      ++kept[static_cast<std::size_t>(i)];
    }
  }
  std::string number = kept.substr(0, kept.size() - static_cast<std::size_t>(digits)) + "." +
                       kept.substr(kept.size() - static_cast<std::size_t>(digits)) + "0";
  double r = std::strtod(number.c_str(), nullptr);
  return make_float(c.heap(), negative && r != 0.0 ? -r : r);  // a zero result is 0.0, as Elixir's
}

}  // namespace

void register_text_builtins() {
  register_natives({
      {"erlang", "atom_to_binary", 1, erlang_atom_to_binary},
      {"erlang", "atom_to_binary", 2, erlang_atom_to_binary},
      {"erlang", "binary_to_atom", 1, erlang_binary_to_atom},
      {"erlang", "binary_to_atom", 2, erlang_binary_to_atom2},
      {"erlang", "binary_to_existing_atom", 1, erlang_binary_to_existing_atom},
      {"erlang", "binary_to_existing_atom", 2, erlang_binary_to_existing_atom2},
      {"erlang", "atom_to_list", 1, erlang_atom_to_list},
      {"erlang", "list_to_atom", 1, erlang_list_to_atom},
      {"erlang", "list_to_existing_atom", 1, erlang_list_to_existing_atom},
      {"erlang", "integer_to_list", 1, erlang_integer_to_list},
      {"erlang", "integer_to_list", 2, erlang_integer_to_list2},
      {"erlang", "list_to_integer", 1, erlang_list_to_integer},
      {"erlang", "list_to_integer", 2, erlang_list_to_integer2},
      {"erlang", "binary_to_float", 1, erlang_binary_to_float},
      {"erlang", "list_to_float", 1, erlang_list_to_float},
      {"erlang", "float_to_binary", 1, erlang_float_to_binary},
      {"erlang", "float_to_binary", 2, erlang_float_to_binary2},
      {"erlang", "float_to_list", 1, erlang_float_to_list},
      {"binary", "compile_pattern", 1, binary_compile_pattern},
      {"vial", "badarg", 2, vial_badarg},
      {"vial", "string_split_ws", 1, vial_string_split_ws},
      {"vial", "string_trim_suffix", 2, vial_string_trim_suffix},
      {"vial", "string_trim_prefix", 2, vial_string_trim_prefix},
      {"binary", "match", 2, binary_match},
      {"binary", "matches", 2, binary_matches},
      {"binary", "split", 2, binary_split2},
      {"binary", "split", 3, binary_split3},
      {"binary", "replace", 4, binary_replace},
      {"vial", "string_upcase", 2, vial_string_upcase},
      {"vial", "string_downcase", 2, vial_string_downcase},
      {"vial", "string_titlecase_once", 2, vial_string_titlecase_once},
      {"vial", "float_round", 3, vial_float_round},
  });
}

}  // namespace vial
