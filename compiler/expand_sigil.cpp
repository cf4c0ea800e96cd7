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
#include "vm/printer.h"
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

// ~D ~T ~N ~U: Calendar.ISO's parsers (stdlib/calendar_iso.ex), run here so
// that the sigil is the struct itself, usable in patterns, and a bad one fails
// at compile time, as Elixir's Kernel.sigil_D/T/N/U do.
struct IsoParse {
  std::string_view s;
  std::size_t i = 0;

  bool digits(std::size_t n, std::int64_t* out) {
    if (i + n > s.size()) return false;
    std::int64_t v = 0;
    for (std::size_t k = 0; k < n; ++k) {
      char c = s[i + k];
      if (c < '0' || c > '9') return false;
      v = v * 10 + (c - '0');
    }
    *out = v;
    i += n;
    return true;
  }
  bool lit(char c) {
    if (i < s.size() && s[i] == c) return ++i, true;
    return false;
  }
  std::int64_t sign() {
    if (lit('-')) return -1;
    lit('+');
    return 1;
  }
  bool date(std::int64_t* y, std::int64_t* m, std::int64_t* d) {
    return digits(4, y) && lit('-') && digits(2, m) && lit('-') && digits(2, d);
  }
  bool time(std::int64_t* h, std::int64_t* mi, std::int64_t* sec) {
    return digits(2, h) && lit(':') && digits(2, mi) && lit(':') && digits(2, sec);
  }
  // {microsecond, precision}: none is {0, 0}; false when "." has no digits.
  bool fraction(std::int64_t* us, std::int64_t* precision) {
    *us = 0;
    *precision = 0;
    if (!lit('.') && !lit(',')) return true;
    std::size_t n = 0;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
      if (n < 6) *us = *us * 10 + (s[i] - '0');
      ++n, ++i;
    }
    if (n == 0) return false;
    *precision = n < 6 ? static_cast<std::int64_t>(n) : 6;
    for (std::size_t k = n; k < 6; ++k) *us *= 10;
    return true;
  }
  // Integer.parse/1 of exactly these characters (an optional sign, digits).
  static bool whole_int(std::string_view t, std::int64_t* out) {
    std::size_t k = 0;
    bool neg = false;
    if (k < t.size() && (t[k] == '+' || t[k] == '-')) neg = t[k++] == '-';
    if (k == t.size()) return false;
    std::int64_t v = 0;
    for (; k < t.size(); ++k) {
      if (t[k] < '0' || t[k] > '9') return false;
      v = v * 10 + (t[k] - '0');
    }
    *out = neg ? -v : v;
    return true;
  }
  // The offset in seconds; *present false when there is none. False when the
  // rest is not one offset.
  bool offset(bool* present, std::int64_t* secs) {
    std::string_view r = s.substr(i);
    *present = false;
    if (r.empty()) return true;
    *present = true;
    *secs = 0;
    if (r == "Z") return true;
    if (r == "-00:00" || (r[0] != '+' && r[0] != '-')) return false;
    std::string_view h, m = "00", rest;
    if (r.size() >= 6 && r[3] == ':') {
      h = r.substr(1, 2), m = r.substr(4, 2), rest = r.substr(6);
    } else if (r.size() >= 5) {
      h = r.substr(1, 2), m = r.substr(3, 2), rest = r.substr(5);
    } else if (r.size() >= 3) {
      h = r.substr(1, 2), rest = r.substr(3);
    } else {
      return false;
    }
    std::int64_t hv = 0, mv = 0;
    if (!whole_int(h, &hv) || hv >= 24 || !whole_int(m, &mv) || mv >= 60 || !rest.empty()) return false;
    *secs = (hv * 60 + mv) * 60 * (r[0] == '-' ? -1 : 1);
    return true;
  }
};

bool leap_year(std::int64_t y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }

bool valid_date(std::int64_t y, std::int64_t m, std::int64_t d) {
  if (y < -9999 || y > 9999 || m < 1 || m > 12) return false;
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  std::int64_t last = m == 2 && leap_year(y) ? 29 : days[m - 1];
  return d >= 1 && d <= last;
}

bool valid_time(std::int64_t h, std::int64_t m, std::int64_t s) { return h <= 23 && m <= 59 && s <= 59; }

}  // namespace

Term Expander::expand_calendar_sigil(Term meta, char letter, std::string_view string) {
  std::string_view text = string;
  // A last word that starts with a capital names the calendar.
  std::size_t space = text.rfind(' ');
  Term iso = intern_atom("Elixir.Calendar.ISO");
  const char* type = letter == 'D' ? "Date" : letter == 'T' ? "Time" : letter == 'N' ? "NaiveDateTime" : "UTC DateTime";
  if (space != std::string_view::npos && space + 1 < text.size() && text[space + 1] >= 'A' && text[space + 1] <= 'Z') {
    if (text.substr(space + 1) != "Calendar.ISO") {  // only Calendar.ISO exists (docs/compat.md)
      const char* parse = letter == 'D' ? "parse_date" : letter == 'T' ? "parse_time" : letter == 'N' ? "parse_naive_datetime" : "parse_utc_datetime";
      std::string module(text.substr(space + 1));
      error_kind_ = "UndefinedFunctionError";
      error_ = "function " + module + "." + parse + "/1 is undefined (module " + module + " is not available)";
      return Term::none();
    }
    text = text.substr(0, space);
  }
  IsoParse p{text};
  std::int64_t y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0, us = 0, prec = 0, off = 0;
  bool has_offset = false;
  const char* reason = nullptr;
  if (letter == 'D') {
    std::int64_t sg = p.sign();
    if (!p.date(&y, &mo, &d) || p.i != text.size()) reason = "invalid_format";
    else if (!valid_date(sg * y, mo, d)) reason = "invalid_date";
    y *= sg;
  } else if (letter == 'T') {
    p.lit('T');
    if (!p.time(&h, &mi, &s) || !p.fraction(&us, &prec) || !p.offset(&has_offset, &off)) reason = "invalid_format";
    else if (!valid_time(h, mi, s)) reason = "invalid_time";
  } else {
    std::int64_t sg = p.sign();
    bool ok = p.date(&y, &mo, &d) && (p.lit(' ') || p.lit('T')) && p.time(&h, &mi, &s) && p.fraction(&us, &prec) &&
              p.offset(&has_offset, &off);
    y *= sg;
    if (!ok) reason = "invalid_format";
    else if (!valid_date(y, mo, d)) reason = "invalid_date";
    else if (!valid_time(h, mi, s)) reason = "invalid_time";
    else if (letter == 'U' && !has_offset) reason = "missing_offset";
    else if (letter == 'U' && off != 0) reason = "non_utc_offset";
  }
  if (reason) {
    error_kind_ = "ArgumentError";
    error_ = "cannot parse " + inspect(make_binary(heap_, text)) + " as " + type + " for Calendar.ISO, reason: :" + reason;
    return Term::none();
  }
  std::vector<Term> fields;
  auto field = [&](const char* key, Term value) { fields.push_back(q::pair(heap_, intern_atom(key), value)); };
  const char* module = letter == 'D' ? "Elixir.Date" : letter == 'T' ? "Elixir.Time" : letter == 'N' ? "Elixir.NaiveDateTime" : "Elixir.DateTime";
  field("__struct__", intern_atom(module));
  field("calendar", iso);
  if (letter != 'T') {
    field("year", Term::small(y));
    field("month", Term::small(mo));
    field("day", Term::small(d));
  }
  if (letter != 'D') {
    field("hour", Term::small(h));
    field("minute", Term::small(mi));
    field("second", Term::small(s));
    field("microsecond", q::pair(heap_, Term::small(us), Term::small(prec)));
  }
  if (letter == 'U') {
    field("time_zone", make_binary(heap_, "Etc/UTC"));
    field("zone_abbr", make_binary(heap_, "UTC"));
    field("utc_offset", Term::small(0));
    field("std_offset", Term::small(0));
  }
  return q::call(heap_, atoms::map_op, meta, fields);
}

Term Expander::expand_sigil(Term meta, char letter, Term content, Term modifiers) {
  if (!q::is_call(content, atoms::bin) || !modifiers.is_list()) return Term::none();
  if (letter == 'D' || letter == 'T' || letter == 'N' || letter == 'U') {
    std::vector<Term> parts = q::list_items(q::node_args(content));
    if (parts.size() != 1 || !parts[0].is_binary() || !modifiers.is_nil()) {
      error_kind_ = "FunctionClauseError";
      error_ = std::string("no function clause matching in Kernel.sigil_") + letter + "/2";
      return Term::none();
    }
    return expand_calendar_sigil(meta, letter, parts[0].binary_view());
  }
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
    // A literal regex is compiled once, when the code is compiled (the
    // lowering evaluates the call it marks; docs/text.md).
    Term m = literal ? make_list(heap_, {make_tuple(heap_, {intern_atom("vial_regex"), atoms::true_})}, meta) : meta;
    return q::remote(heap_, intern_atom("Elixir.Regex"), intern_atom("compile!"), m, {bin, make_binary(heap_, mods)});
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
