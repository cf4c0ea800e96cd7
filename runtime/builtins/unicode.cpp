// String functions that count graphemes (extended grapheme clusters, Unicode
// segmentation by utf8proc): String.length/1, String.slice/3,
// String.graphemes/1. A byte that is not valid UTF-8 counts as a grapheme of
// its own, as Elixir's String.Unicode does.
#include <utf8proc.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "runtime/builtins/builtins.h"
#include "vm/binary.h"
#include "vm/utf8.h"

namespace vial {

namespace {

// The byte offsets at which each grapheme of `s` starts, and s.size() last.
std::vector<std::size_t> grapheme_starts(std::string_view s) {
  std::vector<std::size_t> starts;
  auto bytes = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  std::size_t i = 0;
  utf8proc_int32_t prev = -1, state = 0;
  while (i < s.size()) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {  // an invalid byte: a grapheme by itself
      starts.push_back(i);
      ++i;
      prev = -1;
      state = 0;
      continue;
    }
    if (prev < 0 || utf8proc_grapheme_break_stateful(prev, cp, &state)) starts.push_back(i);
    prev = cp;
    i += static_cast<std::size_t>(n);
  }
  starts.push_back(s.size());
  return starts;
}

Term string_length(NativeCall& c, const Term* a) {
  if (!a[0].is_binary() || a[0].bit_size() % 8 != 0) return c.error(atoms::function_clause);
  std::string_view s = a[0].binary_view();
  c.charge(static_cast<int>(s.size() / 64));
  return Term::small(static_cast<std::int64_t>(grapheme_starts(s).size() - 1));
}

// String.slice/3 with Elixir 1.14's clauses: a length of 0 gives "", a
// negative start counts from the end (clamped at the start), a negative
// length is a FunctionClauseError.
Term string_slice3(NativeCall& c, const Term* a) {
  if (!a[0].is_binary() || a[0].bit_size() % 8 != 0 || !a[1].is_integer() || !a[2].is_small() ||
      a[2].small_value() < 0)
    return c.error(atoms::function_clause);
  std::string_view s = a[0].binary_view();
  c.charge(static_cast<int>(s.size() / 64));
  std::int64_t len = a[2].small_value();
  if (len == 0) return make_binary(c.heap(), "");
  std::vector<std::size_t> starts = grapheme_starts(s);
  auto count = static_cast<std::int64_t>(starts.size() - 1);
  std::int64_t start = a[1].is_small() ? a[1].small_value() : (a[1].is_bignum() && bignum_negative(a[1]) ? -count - 1 : count);
  if (start < 0) start = std::max<std::int64_t>(count + start, 0);
  if (start >= count) return make_binary(c.heap(), "");
  std::int64_t end = std::min(count, start + len);
  return make_binary(c.heap(), s.substr(starts[start], starts[end] - starts[start]));
}

Term string_graphemes(NativeCall& c, const Term* a) {
  if (!a[0].is_binary() || a[0].bit_size() % 8 != 0) return c.error(atoms::function_clause);
  std::string_view s = a[0].binary_view();
  std::vector<std::size_t> starts = grapheme_starts(s);
  std::vector<Term> items;
  for (std::size_t i = 0; i + 1 < starts.size(); ++i)
    items.push_back(make_binary(c.heap(), s.substr(starts[i], starts[i + 1] - starts[i])));
  c.charge(static_cast<int>(s.size() / 16));
  return make_list(c.heap(), items);
}

// --- :unicode ---------------------------------------------------------------
// characters_to_binary/1,2,3 and characters_to_list/1,2 over Erlang's
// encodings, with its {:error, Converted, Rest} and {:incomplete, ...}
// answers (Rest: the unconverted part, the failing element first at each
// level of nesting), and the characters_to_nf*_binary/list normalisations.

enum class Enc { kUtf8, kUtf16Be, kUtf16Le, kUtf32Be, kUtf32Le, kLatin1 };

bool parse_encoding(Term t, Enc* out) {
  static const Term unicode = intern_atom("unicode"), utf8 = intern_atom("utf8"), utf16 = intern_atom("utf16"),
                    utf32 = intern_atom("utf32"), latin1 = intern_atom("latin1"), big = intern_atom("big"),
                    little = intern_atom("little");
  if (t == unicode || t == utf8) return *out = Enc::kUtf8, true;
  if (t == latin1) return *out = Enc::kLatin1, true;
  if (t == utf16) return *out = Enc::kUtf16Be, true;
  if (t == utf32) return *out = Enc::kUtf32Be, true;
  if (t.is_tuple() && t.tuple_arity() == 2 && (t.element(1) == big || t.element(1) == little)) {
    bool le = t.element(1) == little;
    if (t.element(0) == utf16) return *out = le ? Enc::kUtf16Le : Enc::kUtf16Be, true;
    if (t.element(0) == utf32) return *out = le ? Enc::kUtf32Le : Enc::kUtf32Be, true;
  }
  return false;
}

enum class Conv { kOk, kError, kIncomplete, kBadarg };

struct Converter {
  Heap& heap;
  Enc in, out;
  bool to_list;
  std::string bytes;               // binary output
  std::vector<std::uint32_t> cps;  // list output
  Term rest = Term::nil();

  bool emit(std::uint32_t cp) {
    if (to_list) {
      cps.push_back(cp);
      return true;
    }
    switch (out) {
      case Enc::kUtf8: append_utf8(bytes, cp); break;
      case Enc::kLatin1:
        if (cp > 255) return false;
        bytes.push_back(static_cast<char>(cp));
        break;
      case Enc::kUtf16Be:
      case Enc::kUtf16Le: {
        auto unit = [&](std::uint32_t u) {
          char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
          if (out == Enc::kUtf16Be) bytes += hi, bytes += lo;
          else bytes += lo, bytes += hi;
        };
        if (cp >= 0x10000) {
          unit(0xD800 + ((cp - 0x10000) >> 10));
          unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
        } else {
          unit(cp);
        }
        break;
      }
      case Enc::kUtf32Be:
      case Enc::kUtf32Le:
        for (int k = 0; k < 4; ++k) {
          int shift = out == Enc::kUtf32Be ? 24 - 8 * k : 8 * k;
          bytes.push_back(static_cast<char>((cp >> shift) & 0xFF));
        }
        break;
    }
    return true;
  }

  // One binary in the input encoding.
  Conv binary(Term b) {
    std::string_view s = b.binary_view();
    auto sub = [&](std::size_t at) { return make_sub_binary(heap, b, at * 8, (s.size() - at) * 8); };
    std::size_t i = 0;
    while (i < s.size()) {
      std::size_t at = i;
      std::uint32_t cp = 0;
      switch (in) {
        case Enc::kLatin1: cp = static_cast<unsigned char>(s[i++]); break;
        case Enc::kUtf8: {
          if (!decode_utf8(s, i, cp)) {
            // A valid but truncated sequence at the end is incomplete.
            unsigned char lead = static_cast<unsigned char>(s[i]);
            std::size_t need = lead >= 0xF0 && lead < 0xF5 ? 4 : lead >= 0xE0 && lead < 0xF0 ? 3 : lead >= 0xC2 && lead < 0xE0 ? 2 : 0;
            bool truncated = need > 0 && i + need > s.size();
            for (std::size_t k = i + 1; truncated && k < s.size(); ++k)
              if ((static_cast<unsigned char>(s[k]) & 0xC0) != 0x80) truncated = false;
            rest = sub(i);
            return truncated ? Conv::kIncomplete : Conv::kError;
          }
          break;
        }
        case Enc::kUtf16Be:
        case Enc::kUtf16Le: {
          auto unit = [&](std::size_t k) {
            auto a = static_cast<unsigned char>(s[k]), b2 = static_cast<unsigned char>(s[k + 1]);
            return in == Enc::kUtf16Be ? (a << 8 | b2) : (b2 << 8 | a);
          };
          if (i + 2 > s.size()) return rest = sub(i), Conv::kIncomplete;
          std::uint32_t u = unit(i);
          if (u >= 0xD800 && u < 0xDC00) {
            if (i + 4 > s.size()) return rest = sub(i), Conv::kIncomplete;
            std::uint32_t l = unit(i + 2);
            if (l < 0xDC00 || l > 0xDFFF) return rest = sub(i), Conv::kError;
            cp = 0x10000 + ((u - 0xD800) << 10) + (l - 0xDC00);
            i += 4;
          } else if (u >= 0xDC00 && u <= 0xDFFF) {
            return rest = sub(i), Conv::kError;
          } else {
            cp = u;
            i += 2;
          }
          break;
        }
        case Enc::kUtf32Be:
        case Enc::kUtf32Le: {
          if (i + 4 > s.size()) return rest = sub(i), Conv::kIncomplete;
          for (int k = 0; k < 4; ++k) {
            int idx = in == Enc::kUtf32Be ? k : 3 - k;
            cp = cp << 8 | static_cast<unsigned char>(s[i + idx]);
          }
          if (!is_unicode_scalar(cp)) return rest = sub(i), Conv::kError;
          i += 4;
          break;
        }
      }
      if (!emit(cp)) return rest = sub(at), Conv::kError;
    }
    return Conv::kOk;
  }

  Conv walk(Term t, int depth) {
    if (t.is_binary()) return binary(t);
    if (!t.is_list() || depth > 100000) return Conv::kBadarg;
    Term cell = t;
    for (; cell.is_cons(); cell = cell.tail()) {
      Term h = cell.head();
      if (h.is_small()) {
        std::int64_t v = h.small_value();
        bool ok = in == Enc::kLatin1 ? (v >= 0 && v <= 255) : is_unicode_scalar(v);
        if (!ok || !emit(static_cast<std::uint32_t>(v))) return rest = cell, Conv::kError;
      } else if (h.is_binary() || h.is_list()) {
        Conv r = walk(h, depth + 1);
        if (r == Conv::kError) return rest = make_cons(heap, rest, cell.tail()), Conv::kError;
        if (r != Conv::kOk) return r;
      } else if (h.is_integer()) {
        return rest = cell, Conv::kError;
      } else {
        return Conv::kBadarg;
      }
    }
    if (cell.is_binary()) return binary(cell);
    return cell.is_nil() ? Conv::kOk : Conv::kBadarg;
  }

  Term converted() {
    if (!to_list) return make_binary(heap, bytes);
    Term list = Term::nil();
    for (std::size_t i = cps.size(); i-- > 0;) list = make_cons(heap, Term::small(cps[i]), list);
    return list;
  }
};

Term characters_to(NativeCall& c, Term data, Term in_enc, Term out_enc, bool to_list) {
  Enc in, out = Enc::kUtf8;
  if (!parse_encoding(in_enc, &in)) return c.badarg(2, "invalid encoding");
  if (!to_list && !parse_encoding(out_enc, &out)) return c.badarg(3, "invalid encoding");
  if (!to_list && in == Enc::kUtf8 && out == Enc::kUtf8 && data.is_binary() && data.bit_size() % 8 == 0) {
    bool ascii = true;
    for (unsigned char ch : data.binary_view())
      if (ch >= 0x80) {
        ascii = false;
        break;
      }
    if (ascii) return data;
  }
  Converter cv{c.heap(), in, out, to_list, {}, {}, Term::nil()};
  Conv r = cv.walk(data, 0);
  if (data.is_binary()) c.charge(static_cast<int>(data.binary_size() / 64));
  if (r == Conv::kBadarg) return c.badarg(1, "not valid character data (an iodata term)");
  if (r == Conv::kOk) return cv.converted();
  Term conv = cv.converted();
  return make_tuple(c.heap(), {intern_atom(r == Conv::kError ? "error" : "incomplete"), conv, cv.rest});
}

Term unicode_to_binary1(NativeCall& c, const Term* a) { return characters_to(c, a[0], intern_atom("unicode"), intern_atom("unicode"), false); }
Term unicode_to_binary2(NativeCall& c, const Term* a) { return characters_to(c, a[0], a[1], intern_atom("unicode"), false); }
Term unicode_to_binary3(NativeCall& c, const Term* a) { return characters_to(c, a[0], a[1], a[2], false); }
Term unicode_to_list1(NativeCall& c, const Term* a) { return characters_to(c, a[0], intern_atom("unicode"), Term::nil(), true); }
Term unicode_to_list2(NativeCall& c, const Term* a) { return characters_to(c, a[0], a[1], Term::nil(), true); }

}  // namespace

// utf8proc's normalisation of valid UTF-8 `s` (NFC, NFD, NFKC, NFKD).
std::string normalize_utf8(std::string_view s, NormalForm form) {
  int opts = UTF8PROC_STABLE;
  switch (form) {
    case NormalForm::kNfc: opts |= UTF8PROC_COMPOSE; break;
    case NormalForm::kNfd: opts |= UTF8PROC_DECOMPOSE; break;
    case NormalForm::kNfkc: opts |= UTF8PROC_COMPOSE | UTF8PROC_COMPAT; break;
    case NormalForm::kNfkd: opts |= UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT; break;
  }
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                    static_cast<utf8proc_ssize_t>(s.size()), &out,
                                    static_cast<utf8proc_option_t>(opts));
  if (n < 0) return std::string(s);
  std::string result(reinterpret_cast<char*>(out), static_cast<std::size_t>(n));
  std::free(out);
  return result;
}

namespace {

// characters_to_nf*_binary/list: the normalised text; an error answer as
// characters_to_binary gives it (the converted part normalised).
Term characters_to_nf(NativeCall& c, Term data, NormalForm form, bool to_list) {
  Converter cv{c.heap(), Enc::kUtf8, Enc::kUtf8, false, {}, {}, Term::nil()};
  Conv r = cv.walk(data, 0);
  if (r == Conv::kBadarg) return c.badarg(1, "not valid character data (an iodata term)");
  std::string norm = normalize_utf8(cv.bytes, form);
  Term conv;
  if (to_list) {
    std::vector<Term> cps;
    for (std::size_t i = 0; i < norm.size();) {
      std::uint32_t cp = 0;
      if (!decode_utf8(norm, i, cp)) cp = static_cast<unsigned char>(norm[i++]);
      cps.push_back(Term::small(cp));
    }
    conv = make_list(c.heap(), cps);
  } else {
    conv = make_binary(c.heap(), norm);
  }
  if (r == Conv::kOk) return conv;
  return make_tuple(c.heap(), {intern_atom(r == Conv::kError ? "error" : "incomplete"), conv, cv.rest});
}

// :vial.string_casefold/1: Unicode case folding of valid UTF-8 (invalid
// text is returned as it is).
Term string_casefold(NativeCall& c, const Term* a) {
  if (!a[0].is_binary()) return c.error(atoms::badarg);
  std::string_view s = a[0].binary_view();
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                    static_cast<utf8proc_ssize_t>(s.size()), &out,
                                    static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_CASEFOLD));
  if (n < 0) return a[0];
  Term result = make_binary(c.heap(), std::string_view(reinterpret_cast<char*>(out), static_cast<std::size_t>(n)));
  std::free(out);
  return result;
}

Term nfc_binary(NativeCall& c, const Term* a) { return characters_to_nf(c, a[0], NormalForm::kNfc, false); }
Term nfd_binary(NativeCall& c, const Term* a) { return characters_to_nf(c, a[0], NormalForm::kNfd, false); }
Term nfkc_binary(NativeCall& c, const Term* a) { return characters_to_nf(c, a[0], NormalForm::kNfkc, false); }
Term nfkd_binary(NativeCall& c, const Term* a) { return characters_to_nf(c, a[0], NormalForm::kNfkd, false); }
Term nfc_list(NativeCall& c, const Term* a) { return characters_to_nf(c, a[0], NormalForm::kNfc, true); }
Term nfd_list(NativeCall& c, const Term* a) { return characters_to_nf(c, a[0], NormalForm::kNfd, true); }
Term nfkc_list(NativeCall& c, const Term* a) { return characters_to_nf(c, a[0], NormalForm::kNfkc, true); }
Term nfkd_list(NativeCall& c, const Term* a) { return characters_to_nf(c, a[0], NormalForm::kNfkd, true); }

}  // namespace

void register_unicode_builtins() {
  Term string = intern_atom("Elixir.String");
  register_native(string, intern_atom("length"), 1, string_length);
  register_native(string, intern_atom("slice"), 3, string_slice3);
  register_native(string, intern_atom("graphemes"), 1, string_graphemes);
  register_natives({
      {"vial", "string_casefold", 1, string_casefold},
      {"unicode", "characters_to_binary", 1, unicode_to_binary1},
      {"unicode", "characters_to_binary", 2, unicode_to_binary2},
      {"unicode", "characters_to_binary", 3, unicode_to_binary3},
      {"unicode", "characters_to_list", 1, unicode_to_list1},
      {"unicode", "characters_to_list", 2, unicode_to_list2},
      {"unicode", "characters_to_nfc_binary", 1, nfc_binary},
      {"unicode", "characters_to_nfd_binary", 1, nfd_binary},
      {"unicode", "characters_to_nfkc_binary", 1, nfkc_binary},
      {"unicode", "characters_to_nfkd_binary", 1, nfkd_binary},
      {"unicode", "characters_to_nfc_list", 1, nfc_list},
      {"unicode", "characters_to_nfd_list", 1, nfd_list},
      {"unicode", "characters_to_nfkc_list", 1, nfkc_list},
      {"unicode", "characters_to_nfkd_list", 1, nfkd_list},
  });
}

}  // namespace vial
