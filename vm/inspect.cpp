// Elixir's inspect (see printer.h and docs/inspect.md).
//
// A term becomes an Inspect.Algebra document exactly as Elixir 1.14's
// Inspect implementations build it (Inspect.List, Inspect.Tuple,
// Inspect.Map, Inspect.BitString, Inspect.Any, Inspect.Range, ...), and the
// document is laid out by vm/inspect_doc. The conversion walks the term
// with an explicit stack of frames: a Visit frame turns one term into a
// document, or, for a container, schedules a Build frame under Visit frames
// for its elements; the Build frame then assembles the elements' documents
// from the result stack. Deep terms therefore never recurse in C++.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <utf8proc.h>

#include "vm/fun.h"
#include "vm/atom.h"
#include "vm/binary.h"
#include "vm/inspect_doc.h"
#include "vm/map.h"
#include "vm/number.h"
#include "vm/printer.h"
#include "vm/utf8.h"

namespace vial {
namespace {

using doc::DocId;
using doc::Docs;

constexpr std::int64_t kInf = InspectOpts::kInfinity;

std::int64_t decrement(std::int64_t n) { return n == kInf ? n : n - 1; }

// --- Atoms (Macro.inspect_atom/2) ---------------------------------------------

std::vector<std::uint32_t> code_points(std::string_view s) {
  std::vector<std::uint32_t> cps;
  for (std::size_t i = 0; i < s.size();) {
    std::uint32_t cp;
    if (!decode_utf8(s, i, cp)) cp = static_cast<unsigned char>(s[i++]);
    cps.push_back(cp);
  }
  return cps;
}

// A code point NFKC leaves alone (UTS 39 keeps compatibility characters
// such as "ǅ", "ʰ" and "Ⅻ" out of identifiers).
bool nfkc_stable(std::uint32_t c) {
  utf8proc_uint8_t buf[8] = {};
  utf8proc_ssize_t n = utf8proc_encode_char(static_cast<utf8proc_int32_t>(c), buf);
  if (n <= 0) return false;
  utf8proc_uint8_t* out = utf8proc_NFKC(buf);
  bool same = false;
  if (out) {
    same = std::string_view(reinterpret_cast<char*>(out)) == std::string_view(reinterpret_cast<char*>(buf), n);
    std::free(out);
  }
  return same;
}

// Identifier characters as Elixir's tokenizer takes them, approximately:
// Unicode letters (and letter numbers) to start, plus marks, digits and the
// middle dot to continue; ASCII as the Elixir grammar has it. (Elixir also
// refuses scripts mixed in one name; that check is not made.)
bool unicode_ident(std::uint32_t c, bool start) {
  if (!nfkc_stable(c)) return false;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_NL:
      return true;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND:
      return !start;
    default:
      return !start && c == 0xB7;
  }
}

bool ident_start(std::uint32_t c) { return (c >= 'a' && c <= 'z') || c == '_' || (c >= 0x80 && unicode_ident(c, true)); }
bool ident_char(std::uint32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '@' ||
         (c >= 0x80 && unicode_ident(c, false));
}

// Whether `text` is in Normalization Form C (a name that is not is quoted).
bool is_nfc(std::string_view text) {
  bool ascii = true;
  for (unsigned char ch : text) ascii &= ch < 0x80;
  if (ascii) return true;
  std::string copy(text);
  utf8proc_uint8_t* out = utf8proc_NFC(reinterpret_cast<const utf8proc_uint8_t*>(copy.c_str()));
  bool same = out && std::string_view(reinterpret_cast<char*>(out)) == text;
  std::free(out);
  return same;
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
  if (cps.empty() || !is_nfc(text)) return false;
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

// --- Code.Identifier.escape/3 -------------------------------------------------

char hex_digit(unsigned v) { return static_cast<char>(v < 10 ? '0' + v : 'A' + v - 10); }

void escape_code_point(std::string& out, std::uint32_t c) {
  switch (c) {
    case 7: out += "\\a"; return;
    case '\b': out += "\\b"; return;
    case 127: out += "\\d"; return;
    case 27: out += "\\e"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\v': out += "\\v"; return;
    case '\\': out += "\\\\"; return;
    case 0: out += "\\0"; return;
    case 0xFEFF: out += "\\uFEFF"; return;
    default: break;
  }
  if ((c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
      (c >= 0x10000 && c <= 0x10FFFF)) {
    append_utf8(out, c);
    return;
  }
  int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 6;
  out += digits == 2 ? "\\x" : "\\x{";
  for (int d = digits - 1; d >= 0; --d) out += hex_digit((c >> (4 * d)) & 0xF);
  if (digits != 2) out += '}';
}

// Escapes at most `limit` characters of `s` for a literal delimited by
// `quote`; `*complete` says whether all of `s` was escaped.
std::string escape(std::string_view s, char quote, std::int64_t limit, bool* complete) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    if (limit == 0) break;
    limit = decrement(limit);
    if (s[i] == quote) {
      out += '\\';
      out += quote;
      ++i;
    } else if (s[i] == '#' && i + 1 < s.size() && s[i + 1] == '{') {
      out += "\\#{";
      i += 2;
    } else {
      std::uint32_t cp;
      std::size_t at = i;
      if (decode_utf8(s, i, cp)) {
        escape_code_point(out, cp);
      } else {
        auto byte = static_cast<unsigned char>(s[at]);
        i = at + 1;
        out += "\\x";
        out += hex_digit(byte >> 4);
        out += hex_digit(byte & 0xF);
      }
    }
  }
  *complete = i >= s.size();
  return out;
}

std::string quoted(std::string_view s, char quote) {
  bool complete;
  return quote + escape(s, quote, kInf, &complete) + quote;
}

std::string inspect_atom_text(Term a) {
  std::string_view text = atom_text(a);
  if (text == "nil" || text == "true" || text == "false") return std::string(text);
  if (elixir_alias(text)) return std::string(text == "Elixir" ? text : text.substr(7));
  if (elixir_plain_atom(text)) return ":" + std::string(text);
  return ":" + quoted(text, '"');
}

// Macro.inspect_atom(:key, atom) (the keys of keyword lists never are
// "Elixir." aliases: Inspect.List.keyword?/1 excludes them).
std::string inspect_key_text(Term a) {
  std::string_view text = atom_text(a);
  if (elixir_plain_atom(text)) return std::string(text) + ":";
  return quoted(text, '"') + ":";
}

// --- Predicates -----------------------------------------------------------------

// String.printable?(s, limit).
bool printable_string(std::string_view s, std::int64_t limit) {
  for (std::size_t i = 0; i < s.size();) {
    if (limit == 0) return true;
    limit = decrement(limit);
    std::uint32_t cp;
    if (!decode_utf8(s, i, cp)) return false;
    bool ok = (cp >= 0x20 && cp <= 0x7E) || (cp >= 7 && cp <= 13) || cp == 27 || cp == 127 ||
              (cp >= 0xA0 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
    if (!ok) return false;
  }
  return true;
}

// List.ascii_printable?(l, limit).
bool printable_charlist(Term l, std::int64_t limit) {
  for (;; l = l.tail()) {
    if (limit == 0) return true;
    if (l.is_nil()) return true;
    if (!l.is_cons()) return false;
    Term c = l.head();
    if (!c.is_small()) return false;
    std::int64_t v = c.small_value();
    if (!((v >= 32 && v <= 126) || (v >= 7 && v <= 13) || v == 27)) return false;
    limit = decrement(limit);
  }
}

// The list as a string when it is a proper list of Unicode code points
// (what IO.chardata_to_string/1 accepts for a flat charlist).
bool charlist_text(Term l, std::string* out) {
  for (; l.is_cons(); l = l.tail()) {
    Term c = l.head();
    if (!c.is_small() || c.small_value() < 0 || c.small_value() > 0x10FFFF ||
        (c.small_value() >= 0xD800 && c.small_value() <= 0xDFFF))
      return false;
    append_utf8(*out, static_cast<std::uint32_t>(c.small_value()));
  }
  return l.is_nil();
}

// Inspect.List.keyword?/1.
bool keyword_list(Term l) {
  for (; l.is_cons(); l = l.tail()) {
    Term e = l.head();
    if (!e.is_tuple() || e.tuple_arity() != 2 || !e.element(0).is_atom()) return false;
    if (atom_text(e.element(0)).substr(0, 7) == "Elixir.") return false;
  }
  return l.is_nil();
}

bool keyword_items(const MapItems& items) {
  for (auto& kv : items)
    if (!kv.first.is_atom() || atom_text(kv.first).substr(0, 7) == "Elixir.") return false;
  return true;
}

// --- The document builder --------------------------------------------------------

InspectStructHook g_struct_hook = nullptr;
InspectTypesHook g_types_hook = nullptr;

class Builder {
 public:
  // `hook`, when set, says which structs have an Inspect implementation
  // written in Elixir: meeting one stops the build (elixir_needed()).
  // `root` says how the root is inspected when it is a struct.
  // `overridden` (InspectTypeBit) names the built-in types whose values
  // stop the build too; the root only when `check_root` is set.
  Builder(const InspectOpts& opts, InspectStructHook hook = nullptr, InspectRoot root = InspectRoot::Protocol,
          unsigned overridden = 0, bool check_root = false)
      : o_(opts), hook_(hook), root_(root), overridden_(overridden), check_root_(check_root) {}

  DocId to_doc(Term root) {
    frames_.push_back({Frame::Visit, root, o_.limit, 0, false, false, 0});
    bool first = true;
    while (!frames_.empty() && !abort_) {
      Frame f = frames_.back();
      frames_.pop_back();
      switch (f.kind) {
        case Frame::Visit: visit(f.term, f.limit, first); break;
        case Frame::Emit: results_.push_back(f.open); break;
        default: build(f); break;
      }
      first = false;
    }
    return abort_ ? Docs::nil() : results_.back();
  }

  // A struct with an Elixir implementation (or colours) was met.
  bool elixir_needed() const { return abort_; }

  Docs& docs() { return d_; }

 private:
  struct Frame {
    enum Kind : std::uint8_t { Visit, Emit, List, Tuple, Pairs, Keywords, Range } kind;
    Term term;            // Visit: the term; Range: whether it has a step (atom true)
    std::int64_t limit;   // Visit: the limit it is inspected with
    std::uint32_t count;  // Build frames: how many element documents
    bool dots;            // Build frames: the limit cut the collection
    bool tail;            // List: one more document, an improper tail
    DocId open;           // Emit: the document; Pairs/Keywords: the opening text
  };

  void visit_child(std::vector<Frame>& kids, Term t, std::int64_t limit) {
    kids.push_back({Frame::Visit, t, limit, 0, false, false, 0});
  }
  void emit(std::vector<Frame>& kids, DocId d) { kids.push_back({Frame::Emit, Term::nil(), 0, 0, false, false, d}); }
  void schedule(Frame build, std::vector<Frame>& kids) {
    frames_.push_back(build);
    frames_.insert(frames_.end(), kids.rbegin(), kids.rend());
  }

  DocId integer_doc(Term t) {
    std::string s = t.is_small() && o_.base == 10 ? std::to_string(t.small_value()) : integer_to_string(t, o_.base);
    if (o_.base == 10) return d_.text(s);
    const char* prefix = o_.base == 16 ? "0x" : o_.base == 8 ? "0o" : "0b";
    if (!s.empty() && s[0] == '-') return d_.text("-" + std::string(prefix) + s.substr(1));
    return d_.text(prefix + s);
  }

  // Inspect.BitString's inspect_bitstring/2: <<1, 2, ...>>, a trailing
  // partial byte as Value::size(Bits).
  DocId bits_doc(BitSpan bits, std::int64_t limit) {
    if (bits.size == 0) return d_.text("<<>>");
    std::size_t whole = bits.size / 8, rest = bits.size % 8;
    std::size_t units = whole + (rest ? 1 : 0);
    auto unit_doc = [&](std::size_t j) {
      if (j < whole) return integer_doc(Term::small(static_cast<std::int64_t>(read_bits(bits, 8 * j, 8))));
      DocId v = integer_doc(Term::small(static_cast<std::int64_t>(read_bits(bits, 8 * whole, rest))));
      return d_.concat(v, d_.text("::size(" + std::to_string(rest) + ")"));
    };
    // each_bit/3: find where the chain ends ("..." or the last unit), then
    // build it from there back to the front.
    std::size_t j = 0;
    std::int64_t counter = limit;
    DocId acc;
    for (;; ++j, counter = decrement(counter)) {
      if (counter == 0) {
        acc = d_.text("...");
        break;
      }
      if (j + 1 == units) {
        acc = unit_doc(j);
        break;
      }
    }
    while (j-- > 0) acc = d_.flex_glue(d_.concat(unit_doc(j), d_.text(",")), acc);
    return d_.group(d_.concat(d_.concat(d_.text("<<"), d_.nest(acc, 2)), d_.text(">>")));
  }

  DocId binary_doc(Term t, std::int64_t limit) {
    std::string_view b = t.binary_view();
    bool as_string = o_.base == 10 && (o_.binaries == InspectOpts::Binaries::AsStrings ||
                                       (o_.binaries == InspectOpts::Binaries::Infer &&
                                        printable_string(b, o_.printable_limit)));
    if (!as_string) return bits_doc(t.bits(), limit);
    bool complete;
    std::string s = "\"" + escape(b, '"', o_.printable_limit, &complete) + "\"";
    if (!complete) s += " <> ...";
    return d_.text(s);
  }

  // The InspectTypeBit of a term's built-in Inspect implementation (0 for
  // a struct, which dispatches on its name).
  static unsigned type_bit(Term t) {
    if (t.is_integer()) return kInspectInteger;
    if (t.is_float()) return kInspectFloat;
    if (t.is_atom()) return kInspectAtom;
    if (t.is_list()) return kInspectList;
    if (t.is_tuple()) return kInspectTuple;
    if (t.is_bitstring()) return kInspectBitString;
    if (t.is_map()) {
      Term mod = map_get(t, atoms::__struct__);
      return !mod.is_none() && mod.is_atom() ? 0u : static_cast<unsigned>(kInspectMap);
    }
    if (t.is_pid()) return kInspectPid;
    if (t.is_ref()) return kInspectReference;
    if (t.is_fun()) return kInspectFunction;
    return kInspectPort;
  }

  void visit(Term t, std::int64_t limit, bool root) {
    if (overridden_ && (!root || check_root_) && (overridden_ & type_bit(t))) {
      abort_ = true;  // the program's own implementation prints it
      return;
    }
    if (o_.colors && (t.is_cons() || t.is_tuple() || t.is_map())) {
      abort_ = true;  // colours are added by the Elixir implementations
      return;
    }
    if (t.is_integer()) {
      results_.push_back(integer_doc(t));
    } else if (t.is_float()) {
      results_.push_back(d_.text(inspect_float(t.float_value())));
    } else if (t.is_atom()) {
      results_.push_back(d_.text(inspect_atom_text(t)));
    } else if (t.is_nil()) {
      results_.push_back(d_.text("[]"));
    } else if (t.is_cons()) {
      visit_list(t, limit);
    } else if (t.is_tuple()) {
      std::vector<Frame> kids;
      Frame b{Frame::Tuple, t, 0, 0, false, false, 0};
      std::int64_t l = limit;
      for (std::size_t i = 0; i < t.tuple_arity(); ++i) {
        if (l == 0) {
          b.dots = true;
          break;
        }
        l = decrement(l);
        visit_child(kids, t.element(i), l);
        ++b.count;
      }
      schedule(b, kids);
    } else if (t.is_binary()) {
      results_.push_back(binary_doc(t, limit));
    } else if (t.is_bitstring()) {
      results_.push_back(bits_doc(t.bits(), limit));
    } else if (t.is_map()) {
      visit_map(t, limit, root);
    } else if (t.is_pid()) {
      results_.push_back(d_.text("#PID<0." + std::to_string(t.pid_number()) + ".0>"));
    } else if (t.is_ref()) {
      results_.push_back(d_.text("#Reference<" + ref_text(t) + ">"));
    } else if (t.is_fun()) {
      results_.push_back(d_.text(inspect_fun(t)));
    } else if (t.is_none()) {
      results_.push_back(d_.text("<none>"));
    } else {
      results_.push_back(d_.text(std::string("#") + subtag_name(t.subtag()) + "<>"));
    }
  }

  void visit_list(Term t, std::int64_t limit) {
    using CL = InspectOpts::Charlists;
    if (o_.charlists == CL::AsCharlists || (o_.charlists == CL::Infer && printable_charlist(t, o_.printable_limit))) {
      std::string text;
      if (charlist_text(t, &text)) {
        bool complete;
        std::string s = "'" + escape(text, '\'', o_.printable_limit, &complete) + "'";
        if (!complete) s += " ++ ...";
        results_.push_back(d_.text(s));
        return;
      }
    }
    std::vector<Frame> kids;
    if (keyword_list(t)) {
      Frame b{Frame::Keywords, t, 0, 0, false, false, d_.text("[")};
      std::int64_t l = limit;
      for (Term c = t; c.is_cons(); c = c.tail()) {
        if (l == 0) {
          b.dots = true;
          break;
        }
        l = decrement(l);
        emit(kids, d_.text(inspect_key_text(c.head().element(0))));
        visit_child(kids, c.head().element(1), l);
        ++b.count;
      }
      schedule(b, kids);
      return;
    }
    Frame b{Frame::List, t, 0, 0, false, false, 0};
    std::int64_t l = limit;
    for (Term c = t; c.is_cons(); c = c.tail()) {
      if (l == 0) {
        b.dots = true;
        break;
      }
      l = decrement(l);
      visit_child(kids, c.head(), l);
      ++b.count;
      if (!c.tail().is_list()) {
        visit_child(kids, c.tail(), l);
        b.tail = true;
      }
    }
    schedule(b, kids);
  }

  void visit_map(Term t, std::int64_t limit, bool root) {
    MapItems items = map_items(t);
    std::string open = "%{";
    Term mod = map_get(t, atoms::__struct__);
    bool as_struct = o_.structs && !(root && root_ == InspectRoot::Map);
    if (as_struct && !mod.is_none() && mod.is_atom()) {
      if (hook_ && !(root && root_ == InspectRoot::Any) && hook_(mod)) {
        abort_ = true;
        return;
      }
      if (atom_text(mod) == "Elixir.Range" && !(root && root_ == InspectRoot::Any)) {
        Term first = map_get(t, intern_atom("first"));
        Term last = map_get(t, intern_atom("last"));
        Term step = map_get(t, intern_atom("step"));
        if (!first.is_none() && !last.is_none() && !step.is_none()) {
          // Inspect.Range: first..last, or first..last//step unless the
          // step is 1 and last >= first.
          bool plain = step.is_small() && step.small_value() == 1 && compare_keys(last, first) >= 0;
          std::vector<Frame> kids;
          visit_child(kids, first, limit);
          visit_child(kids, last, limit);
          if (!plain) visit_child(kids, step, limit);
          schedule({Frame::Range, plain ? atoms::false_ : atoms::true_, 0, 0, false, false, 0}, kids);
          return;
        }
      }
      // Inspect.Any: %Name{...} when the keys are the struct's keys, where
      // Name is Macro.inspect_atom(:literal, module).
      Term defaults = struct_defaults(mod);
      bool same_keys = !defaults.is_none() && map_size(defaults) == items.size();
      for (std::size_t i = 0; same_keys && i < items.size(); ++i)
        if (map_get(defaults, items[i].first).is_none()) same_keys = false;
      if (same_keys) {
        open = "%" + inspect_atom_text(mod) + "{";
        // The fields in defstruct's order (module.__info__(:struct)).
        MapItems fields;
        Term order = struct_field_order(mod);
        if (order.is_list()) {
          for (Term l = order; l.is_cons(); l = l.tail())
            if (l.head() != atoms::__struct__ && l.head() != atoms::__exception__)
              fields.emplace_back(l.head(), map_get(t, l.head()));
        } else {
          for (auto& kv : items)
            if (kv.first != atoms::__struct__ && kv.first != atoms::__exception__) fields.push_back(kv);
        }
        items = std::move(fields);
      }
    }
    bool kw = keyword_items(items);
    std::vector<Frame> kids;
    Frame b{kw ? Frame::Keywords : Frame::Pairs, t, 0, 0, false, false, d_.text(open)};
    std::int64_t l = limit;
    for (auto& kv : items) {
      if (l == 0) {
        b.dots = true;
        break;
      }
      l = decrement(l);
      if (kw) emit(kids, d_.text(inspect_key_text(kv.first)));
      else visit_child(kids, kv.first, l);
      visit_child(kids, kv.second, l);
      ++b.count;
    }
    schedule(b, kids);
  }

  void build(const Frame& f) {
    std::size_t n = f.count * (f.kind == Frame::Pairs || f.kind == Frame::Keywords ? 2 : 1);
    if (f.kind == Frame::Range) n = f.term == atoms::true_ ? 3 : 2;
    if (f.tail) ++n;
    std::vector<DocId> parts(results_.end() - static_cast<std::ptrdiff_t>(n), results_.end());
    results_.resize(results_.size() - n);
    std::vector<DocId> items;
    DocId tail = Docs::nil();
    if (f.tail) {
      tail = parts.back();
      parts.pop_back();
    }
    switch (f.kind) {
      case Frame::Range: {
        // concat([first, "..", last]) or concat([first, "..", last, "//", step])
        if (parts.size() == 3) results_.push_back(d_.concat({parts[0], d_.text(".."), parts[1], d_.text("//"), parts[2]}));
        else results_.push_back(d_.concat({parts[0], d_.text(".."), parts[1]}));
        return;
      }
      case Frame::Pairs:
        for (std::size_t i = 0; i < parts.size(); i += 2)
          items.push_back(d_.concat(d_.concat(parts[i], d_.text(" => ")), parts[i + 1]));
        break;
      case Frame::Keywords:
        for (std::size_t i = 0; i < parts.size(); i += 2)
          items.push_back(d_.concat(parts[i], d_.concat(d_.text(" "), parts[i + 1])));
        break;
      default: items = std::move(parts); break;
    }
    if (f.dots) items.push_back(d_.text("..."));
    DocId r;
    switch (f.kind) {
      case Frame::List:
        r = d_.container(d_.text("["), items, d_.text("]"), ",", Docs::Break::Maybe, tail, f.tail);
        break;
      case Frame::Tuple:
        r = d_.container(d_.text("{"), items, d_.text("}"), ",", Docs::Break::Flex);
        break;
      default: {
        bool list = f.term.is_cons();
        r = d_.container(f.open, items, d_.text(list ? "]" : "}"), ",", Docs::Break::Strict);
        break;
      }
    }
    results_.push_back(r);
  }

  const InspectOpts& o_;
  InspectStructHook hook_;
  InspectRoot root_;
  unsigned overridden_;
  bool check_root_;
  bool abort_ = false;
  Docs d_;
  std::vector<Frame> frames_;
  std::vector<DocId> results_;
};

bool atom_is(Term t, const char* name) { return t.is_atom() && atom_text(t) == name; }

bool limit_value(Term v, std::int64_t* out) {
  if (atom_is(v, "infinity")) {
    *out = kInf;
    return true;
  }
  if (!v.is_small() || v.small_value() < 0) return false;
  *out = v.small_value();
  return true;
}

}  // namespace

void set_inspect_struct_hook(InspectStructHook hook) { g_struct_hook = hook; }
void set_inspect_types_hook(InspectTypesHook hook) { g_types_hook = hook; }

std::string inspect_atom_key(Term a) { return inspect_key_text(a); }

std::string inspect_atom_remote_call(Term a) {
  std::string_view text = atom_text(a);
  if (text == "nil" || text == "true" || text == "false") return std::string(text);
  if (text.substr(0, 7) == "Elixir." || (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') ||
      !elixir_plain_atom(text))
    return quoted(text, '"');
  return std::string(text);
}

bool inspect_keyword_list(Term t) { return keyword_list(t); }

bool inspect_printable(Term t, std::int64_t limit) {
  if (t.is_binary()) return printable_string(t.binary_view(), limit);
  if (t.is_list()) return printable_charlist(t, limit);
  return false;
}

bool inspect_native(Term t, const InspectOpts& opts, std::int64_t width, std::string* out) {
  Builder b(opts, g_struct_hook, InspectRoot::Protocol, g_types_hook ? g_types_hook() : 0, true);
  DocId d = b.to_doc(t);
  if (b.elixir_needed()) return false;
  Docs& docs = b.docs();
  *out = docs.format(docs.group(d), width);
  return true;
}

Term inspect_doc_term(Heap& h, Term t, const InspectOpts& opts, InspectRoot root) {
  Builder b(opts, g_struct_hook, root, g_types_hook ? g_types_hook() : 0);
  DocId d = b.to_doc(t);
  if (b.elixir_needed()) return Term::none();
  return b.docs().to_term(h, d);
}

std::string inspect(Term t, const InspectOpts& opts, std::int64_t width) {
  Builder b(opts);
  DocId d = b.to_doc(t);
  Docs& docs = b.docs();
  return docs.format(docs.group(d), width);
}

namespace {
InspectFallback g_fallback = nullptr;
}  // namespace

void set_inspect_fallback(InspectFallback fallback) { g_fallback = fallback; }

std::string inspect(Term t) {
  std::string out;
  if (g_fallback && !inspect_native(t, InspectOpts{}, InspectOpts::kInfinity, &out) && g_fallback(t, &out))
    return out;
  return inspect(t, InspectOpts{}, InspectOpts::kInfinity);
}

namespace {

bool option(InspectOpts* o, std::string_view key, Term v) {
  if (key == "limit") return limit_value(v, &o->limit);
  if (key == "printable_limit") return limit_value(v, &o->printable_limit);
  if (key == "width") return limit_value(v, &o->width);
  if (key == "pretty" || key == "structs") {
    if (!atom_is(v, "true") && !atom_is(v, "false")) return false;
    (key == "pretty" ? o->pretty : o->structs) = atom_is(v, "true");
    return true;
  }
  if (key == "charlists" || key == "char_lists") {
    if (atom_is(v, "as_lists") || atom_is(v, "as_list")) o->charlists = InspectOpts::Charlists::AsLists;
    else if (atom_is(v, "as_charlists") || atom_is(v, "as_char_lists")) o->charlists = InspectOpts::Charlists::AsCharlists;
    else if (!atom_is(v, "infer")) return false;  // :infer is the default
    return true;
  }
  if (key == "binaries") {
    if (atom_is(v, "as_binaries")) o->binaries = InspectOpts::Binaries::AsBinaries;
    else if (atom_is(v, "as_strings")) o->binaries = InspectOpts::Binaries::AsStrings;
    else if (atom_is(v, "infer")) o->binaries = InspectOpts::Binaries::Infer;
    else return false;
    return true;
  }
  if (key == "base") {
    if (atom_is(v, "decimal")) o->base = 10;
    else if (atom_is(v, "hex")) o->base = 16;
    else if (atom_is(v, "octal")) o->base = 8;
    else if (atom_is(v, "binary")) o->base = 2;
    else return false;
    return true;
  }
  if (key == "syntax_colors") o->colors = !v.is_nil();
  return true;
}

}  // namespace

bool inspect_opts_from_struct(Term opts, InspectOpts* o) {
  if (!opts.is_map() || map_get(opts, atoms::__struct__) != intern_atom("Elixir.Inspect.Opts")) return false;
  // char_lists (deprecated) first, so that charlists: wins unless :infer.
  static const char* const kKeys[] = {"char_lists", "charlists", "limit", "printable_limit", "width",
                                      "pretty",     "structs",   "binaries", "base",        "syntax_colors"};
  for (const char* key : kKeys) {
    Term v = map_get(opts, intern_atom(key));
    if (v.is_none()) continue;
    if (!option(o, key, v)) return false;
  }
  return true;
}

bool inspect_opts_from_list(Term list, InspectOpts* o) {
  for (Term l = list; l.is_cons(); l = l.tail()) {
    Term e = l.head();
    if (!(e.is_tuple() && e.tuple_arity() == 2 && e.element(0).is_atom())) return false;
    // Unknown keys (label:, safe:, custom_options:, ...) are accepted and
    // have no effect here, as Inspect.Opts.new/1 ignores unknown keys.
    if (!option(o, atom_text(e.element(0)), e.element(1))) return false;
  }
  return list.is_list();
}

}  // namespace vial
