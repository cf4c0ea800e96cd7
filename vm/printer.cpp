// The VM's term printer (see printer.h).
//
// Both printers walk terms with an explicit work stack instead of C++
// recursion, so a deeply nested term cannot overflow the stack.
#include "vm/printer.h"

#include <cstdio>
#include <deque>
#include <string_view>
#include <vector>

#include "vm/atom.h"
#include "vm/binary.h"
#include "vm/map.h"
#include "vm/number.h"
#include "vm/utf8.h"

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

std::string print_erlang(Term root) {
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
    } else if (t.is_fun()) {
      out += "#Fun<>";
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

// --- Elixir's inspect --------------------------------------------------------

namespace {

// Elixir's default :limit for lists, tuples and maps.
constexpr int kInspectLimit = 50;

bool ident_start(std::uint32_t c) { return (c >= 'a' && c <= 'z') || c == '_' || c >= 0x80; }
bool ident_char(std::uint32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '@' ||
         c >= 0x80;
}

// Names that Elixir 1.14 prints without quotes: identifiers (optionally ending
// in ? or !), alias-like names and the operators it knows as atoms.
bool elixir_plain_atom(std::string_view text) {
  static const std::string_view ops[] = {
      "+", "-", "*", "/", "**", "++", "--", "+++", "---", "<>", "..", "...", "..//", "=", "==", "!=", "===",
      "!==", "=~", "<", ">", "<=", ">=", "&&", "&&&", "||", "|||", "!", "^", "@", "&", "|>", "<<<", ">>>",
      "<<~", "~>>", "<~", "~>", "<~>", "<-", "\\\\", "->", "|", ".", "%{}", "{}", "<<>>", "%"};
  for (std::string_view op : ops)
    if (text == op) return true;
  std::vector<std::uint32_t> cps = code_points(text);
  if (cps.empty()) return false;
  bool upper = cps[0] >= 'A' && cps[0] <= 'Z';
  if (!ident_start(cps[0]) && !upper) return false;
  for (std::size_t i = 1; i < cps.size(); ++i) {
    bool last = i + 1 == cps.size();
    if (ident_char(cps[i])) continue;
    if (last && (cps[i] == '?' || cps[i] == '!')) continue;
    return false;
  }
  return true;
}

// "Elixir.Foo.Bar" prints as Foo.Bar when every segment is an alias.
bool elixir_alias(std::string_view text) {
  if (text == "Elixir") return true;
  if (text.substr(0, 7) != "Elixir.") return false;
  std::string_view rest = text.substr(7);
  std::size_t start = 0;
  for (;;) {
    std::size_t dot = rest.find('.', start);
    std::string_view seg = rest.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
    if (seg.empty() || !(seg[0] >= 'A' && seg[0] <= 'Z')) return false;
    for (char c : seg)
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) return false;
    if (dot == std::string_view::npos) return true;
    start = dot + 1;
  }
}

// Escapes for string-like literals; `quote` is the delimiter.
void escape_char(std::string& out, std::uint32_t c, char quote) {
  switch (c) {
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\v': out += "\\v"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case 27: out += "\\e"; return;
    case 7: out += "\\a"; return;
    case 127: out += "\\d"; return;
    case '\\': out += "\\\\"; return;
    default:
      if (c == static_cast<std::uint32_t>(quote)) {
        out += '\\';
        out += quote;
        return;
      }
      append_utf8(out, c);
  }
}

void quoted_text(std::string& out, std::string_view text, char quote) {
  out += quote;
  std::vector<std::uint32_t> cps = code_points(text);
  for (std::size_t i = 0; i < cps.size(); ++i) {
    if (cps[i] == '#' && i + 1 < cps.size() && cps[i + 1] == '{') {
      out += "\\#";
      continue;
    }
    escape_char(out, cps[i], quote);
  }
  out += quote;
}

void inspect_atom(std::string& out, Term a) {
  std::string_view text = atom_text(a);
  if (text == "nil" || text == "true" || text == "false") {
    out += text;
  } else if (elixir_alias(text)) {
    out += text == "Elixir" ? text : text.substr(7);
  } else if (elixir_plain_atom(text)) {
    out += ':';
    out += text;
  } else {
    out += ':';
    quoted_text(out, text, '"');
  }
}

void inspect_key(std::string& out, Term a) {
  std::string_view text = atom_text(a);
  if (elixir_plain_atom(text)) out += text;
  else quoted_text(out, text, '"');
  out += ": ";
}

// String.printable?/1: valid UTF-8 with no control characters other than
// the usual whitespace escapes.
// Elixir's default :printable_limit: strings and charlists longer than this
// print their first part followed by `<> ...` / `++ ...`.
constexpr std::size_t kPrintableLimit = 4096;

// String.printable?(s, 4096): only the first 4096 code points are checked.
// `*cut` is set to the byte offset where a longer string is cut, else npos.
bool printable_string(std::string_view s, std::size_t* cut) {
  *cut = std::string_view::npos;
  std::size_t count = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (count == kPrintableLimit) {
      *cut = i;
      return true;
    }
    std::uint32_t cp;
    if (!decode_utf8(s, i, cp)) return false;
    if (cp < 32 && !(cp == '\n' || cp == '\r' || cp == '\t' || cp == '\v' || cp == '\b' || cp == '\f' ||
                     cp == 27 || cp == 7))
      return false;
    if ((cp >= 0x80 && cp < 0xA0) || cp == 0xFFFE || cp == 0xFFFF) return false;
    ++count;
  }
  return true;
}

// List.ascii_printable?(l, 4096), which Elixir 1.14's inspect uses for
// charlists: only the first 4096 elements are checked.
bool printable_charlist(Term l) {
  for (std::size_t n = 0; l.is_cons(); l = l.tail(), ++n) {
    if (n == kPrintableLimit) return true;
    Term c = l.head();
    if (!c.is_small()) return false;
    std::int64_t v = c.small_value();
    if (!((v >= 32 && v <= 126) || (v >= 7 && v <= 13) || v == 27)) return false;
  }
  return l.is_nil();
}

bool keyword_list(Term l) {
  for (; l.is_cons(); l = l.tail()) {
    Term e = l.head();
    if (!e.is_tuple() || e.tuple_arity() != 2 || !e.element(0).is_atom()) return false;
    if (atom_text(e.element(0)).substr(0, 7) == "Elixir.") return false;
  }
  return l.is_nil();
}

struct IWork {
  Term term;
  const char* text;  // literal text when non-null
  int limit;         // remaining element budget for containers below
  bool key;          // print an atom as a keyword key
};


// Inspect.Map (and Inspect.Any for structs): "%{k => v, ...}", or
// "%{a: 1, ...}" when every key is an atom that is not an alias; a struct
// whose keys are its module's struct keys prints as "%Mod{...}" without
// __struct__ and __exception__.
void inspect_map(Term t, int limit, std::vector<IWork>& stack, std::deque<std::string>& names) {
  MapItems items = map_items(t);
  std::string open = "%{";
  Term mod = map_get(t, atoms::__struct__);
  if (mod == intern_atom("Elixir.Range") && items.size() == 4) {
    // Inspect.Range: first..last, or first..last//step unless the step is 1.
    Term first = map_get(t, intern_atom("first")), last = map_get(t, intern_atom("last")),
         step = map_get(t, intern_atom("step"));
    if (!first.is_none() && !last.is_none() && !step.is_none() && first.is_integer() && last.is_integer() &&
        step.is_integer()) {
      std::string text = inspect(first) + ".." + inspect(last);
      if (!(step.is_small() && step.small_value() == 1)) text += "//" + inspect(step);
      names.push_back(text);
      stack.push_back({Term::none(), names.back().c_str(), 0, false});
      return;
    }
  }
  if (!mod.is_none() && mod.is_atom()) {
    Term defaults = struct_defaults(mod);
    bool same_keys = !defaults.is_none() && map_size(defaults) == items.size();
    for (std::size_t i = 0; same_keys && i < items.size(); ++i)
      if (map_get(defaults, items[i].first).is_none()) same_keys = false;
    if (same_keys) {
      std::string name;
      inspect_atom(name, mod);
      open = "%" + name + "{";
      MapItems pruned;
      Term order = struct_field_order(mod);
      if (order.is_list()) {  // defstruct's order
        for (Term l = order; l.is_cons(); l = l.tail())
          if (l.head() != atoms::__struct__ && l.head() != atoms::__exception__)
            pruned.emplace_back(l.head(), map_get(t, l.head()));
      } else {
        for (auto& kv : items)
          if (kv.first != atoms::__struct__ && kv.first != atoms::__exception__) pruned.push_back(kv);
      }
      items = std::move(pruned);
    }
  }
  names.push_back(open);  // a deque: earlier names stay where they are
  const char* open_text = names.back().c_str();
  bool kw = true;
  for (auto& kv : items)
    if (!kv.first.is_atom() || atom_text(kv.first).substr(0, 7) == "Elixir.") kw = false;
  std::vector<IWork> out;
  out.push_back({Term::none(), open_text, 0, false});
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out.push_back({Term::none(), ", ", 0, false});
    if (limit <= 0) {
      out.push_back({Term::none(), "...", 0, false});
      break;
    }
    --limit;
    if (kw) {
      out.push_back({items[i].first, nullptr, limit, true});
    } else {
      out.push_back({items[i].first, nullptr, limit, false});
      out.push_back({Term::none(), " => ", 0, false});
    }
    out.push_back({items[i].second, nullptr, limit, false});
  }
  out.push_back({Term::none(), "}", 0, false});
  stack.insert(stack.end(), out.rbegin(), out.rend());
}

}  // namespace

std::string inspect(Term root) {
  std::string out;
  std::deque<std::string> names;  // struct names the stack's text points into
  std::vector<IWork> stack{{root, nullptr, kInspectLimit, false}};
  while (!stack.empty()) {
    IWork w = stack.back();
    stack.pop_back();
    if (w.text) {
      out += w.text;
      continue;
    }
    Term t = w.term;
    if (w.key) {
      inspect_key(out, t);
    } else if (t.is_small() || t.is_bignum()) {
      out += t.is_small() ? std::to_string(t.small_value()) : integer_to_string(t);
    } else if (t.is_float()) {
      out += inspect_float(t.float_value());
    } else if (t.is_atom()) {
      inspect_atom(out, t);
    } else if (t.is_nil()) {
      out += "[]";
    } else if (t.is_cons()) {
      if (printable_charlist(t)) {
        std::string s;
        Term l = t;
        for (std::size_t n = 0; l.is_cons() && n < kPrintableLimit; l = l.tail(), ++n)
          s += static_cast<char>(l.head().small_value());
        quoted_text(out, s, '\'');
        if (!l.is_nil()) out += " ++ ...";
        continue;
      }
      bool kw = keyword_list(t);
      std::vector<IWork> items;
      items.push_back({Term::none(), "[", 0, false});
      // Inspect.Algebra.container_doc: each element takes one from the
      // limit and is printed with what remains, so the limit also shrinks
      // with depth; at zero the rest is "...". An improper tail gets the
      // same limit as the element before it.
      int limit = w.limit;
      Term l = t;
      bool first = true;
      for (; l.is_cons(); l = l.tail()) {
        if (!first) items.push_back({Term::none(), ", ", 0, false});
        first = false;
        if (limit <= 0) {
          items.push_back({Term::none(), "...", 0, false});
          l = Term::nil();
          break;
        }
        --limit;
        if (kw) {
          items.push_back({l.head().element(0), nullptr, limit, true});
          items.push_back({l.head().element(1), nullptr, limit, false});
        } else {
          items.push_back({l.head(), nullptr, limit, false});
        }
      }
      if (!l.is_nil()) {
        items.push_back({Term::none(), " | ", 0, false});
        items.push_back({l, nullptr, limit, false});
      }
      items.push_back({Term::none(), "]", 0, false});
      stack.insert(stack.end(), items.rbegin(), items.rend());
    } else if (t.is_tuple()) {
      std::vector<IWork> items;
      items.push_back({Term::none(), "{", 0, false});
      int limit = w.limit;
      for (std::size_t i = 0; i < t.tuple_arity(); ++i) {
        if (i) items.push_back({Term::none(), ", ", 0, false});
        if (limit <= 0) {
          items.push_back({Term::none(), "...", 0, false});
          break;
        }
        --limit;
        items.push_back({t.element(i), nullptr, limit, false});
      }
      items.push_back({Term::none(), "}", 0, false});
      stack.insert(stack.end(), items.rbegin(), items.rend());
    } else if (t.is_bitstring()) {
      std::size_t cut;
      if (t.is_binary() && printable_string(t.binary_view(), &cut)) {
        std::string_view b = t.binary_view();
        quoted_text(out, b.substr(0, cut), '"');
        if (cut != std::string_view::npos) out += " <> ...";
      } else {
        // Bytes are container elements: the limit applies to them too; a
        // trailing partial byte prints as Value::size(Bits).
        BitSpan s = t.bits();
        std::size_t whole = s.size / 8, rest = s.size % 8;
        out += "<<";
        int limit = w.limit;
        for (std::size_t i = 0; i < whole + (rest ? 1 : 0); ++i) {
          if (i) out += ", ";
          if (limit <= 0) {
            out += "...";
            break;
          }
          --limit;
          if (i < whole) out += std::to_string(read_bits(s, 8 * i, 8));
          else out += std::to_string(read_bits(s, 8 * whole, rest)) + "::size(" + std::to_string(rest) + ")";
        }
        out += ">>";
      }
    } else if (t.is_map()) {
      inspect_map(t, w.limit, stack, names);
    } else if (t.is_pid()) {
      out += "#PID<0." + std::to_string(t.pid_number()) + ".0>";
    } else if (t.is_fun()) {
      out += "#Function<>";
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
