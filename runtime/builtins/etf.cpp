// The External Term Format (docs/etf.md): :erlang.term_to_binary/1,2,
// binary_to_term/1,2 and external_size/1,2, encoding as OTP 25 does.
#include <zlib.h>

#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "runtime/builtins/builtins.h"
#include "vm/atom.h"
#include "vm/binary.h"
#include "vm/fun.h"
#include "vm/map.h"
#include "vm/module.h"
#include "vm/number.h"
#include "vm/utf8.h"

namespace vial {

namespace {

enum Tag : unsigned char {
  kVersion = 131,
  kCompressed = 80,
  kNewFloat = 70,
  kBitBinary = 77,
  kNewPid = 88,
  kNewerReference = 90,
  kSmallInteger = 97,
  kInteger = 98,
  kFloat = 99,
  kAtom = 100,
  kSmallTuple = 104,
  kLargeTuple = 105,
  kNil = 106,
  kString = 107,
  kList = 108,
  kBinary = 109,
  kSmallBig = 110,
  kLargeBig = 111,
  kNewFun = 112,
  kExport = 113,
  kSmallAtom = 115,
  kMap = 116,
  kAtomUtf8 = 118,
  kSmallAtomUtf8 = 119,
};

constexpr std::string_view kNode = "nonode@nohost";

class Encoder {
 public:
  explicit Encoder(int minor) : minor_(minor) {}
  std::string out;

  void encode(Term root) {
    struct Item {
      Term t;
      std::size_t patch = std::string::npos;  // a NEW_FUN_EXT's size field
    };
    std::vector<Item> stack{{root}};
    while (!stack.empty()) {
      Item item = stack.back();
      stack.pop_back();
      if (item.patch != std::string::npos) {
        put32_at(item.patch, static_cast<std::uint32_t>(out.size() - item.patch));
        continue;
      }
      Term t = item.t;
      if (t.is_small()) {
        integer(t);
      } else if (t.is_atom()) {
        atom(t);
      } else if (t.is_nil()) {
        byte(kNil);
      } else if (t.is_cons()) {
        std::vector<Term> elems;
        Term l = t;
        bool bytes = true;
        for (; l.is_cons(); l = l.tail()) {
          Term h = l.head();
          bytes = bytes && h.is_small() && h.small_value() >= 0 && h.small_value() <= 255;
          elems.push_back(h);
        }
        if (bytes && l.is_nil() && elems.size() < 65536) {
          byte(kString);
          put16(static_cast<std::uint16_t>(elems.size()));
          for (Term e : elems) byte(static_cast<unsigned char>(e.small_value()));
          continue;
        }
        byte(kList);
        put32(static_cast<std::uint32_t>(elems.size()));
        stack.push_back({l});
        for (std::size_t i = elems.size(); i-- > 0;) stack.push_back({elems[i]});
      } else if (t.is_pid()) {
        byte(kNewPid);
        node();
        put32(static_cast<std::uint32_t>(t.pid_number()));
        put32(static_cast<std::uint32_t>(t.pid_number() >> 32));
        put32(0);
      } else if (t.is_tuple()) {
        std::size_t n = t.tuple_arity();
        if (n < 256) {
          byte(kSmallTuple);
          byte(static_cast<unsigned char>(n));
        } else {
          byte(kLargeTuple);
          put32(static_cast<std::uint32_t>(n));
        }
        for (std::size_t i = n; i-- > 0;) stack.push_back({t.element(i)});
      } else if (t.is_float()) {
        double d = t.float_value();
        if (minor_ == 0) {
          char buf[32] = {};
          std::snprintf(buf, sizeof buf, "%.20e", d);
          byte(kFloat);
          out.append(buf, 31);
        } else {
          byte(kNewFloat);
          std::uint64_t bits;
          std::memcpy(&bits, &d, 8);
          for (int i = 7; i >= 0; --i) byte(static_cast<unsigned char>(bits >> (8 * i)));
        }
      } else if (t.is_bignum()) {
        bignum(t);
      } else if (t.is_binary()) {
        std::string_view b = t.binary_view();
        byte(kBinary);
        put32(static_cast<std::uint32_t>(b.size()));
        out.append(b);
      } else if (t.is_bitstring()) {
        BitSpan s = t.bits();
        std::size_t bytes = (s.size + 7) / 8;
        byte(kBitBinary);
        put32(static_cast<std::uint32_t>(bytes));
        byte(static_cast<unsigned char>(s.size % 8 == 0 ? 8 : s.size % 8));
        for (std::size_t i = 0; i < bytes; ++i) {
          unsigned v = 0;
          for (std::size_t k = 0; k < 8; ++k) {
            std::size_t bit = i * 8 + k;
            v <<= 1;
            if (bit < s.size) {
              std::size_t at = s.offset + bit;
              v |= (s.base[at / 8] >> (7 - at % 8)) & 1;
            }
          }
          byte(static_cast<unsigned char>(v));
        }
      } else if (t.is_map()) {
        MapItems items = map_items(t);
        byte(kMap);
        put32(static_cast<std::uint32_t>(items.size()));
        for (std::size_t i = items.size(); i-- > 0;) {
          stack.push_back({items[i].second});
          stack.push_back({items[i].first});
        }
      } else if (t.is_ref()) {
        std::uint64_t n = ref_number(t);
        byte(kNewerReference);
        put16(3);
        node();
        put32(0);
        put32(static_cast<std::uint32_t>(n));
        put32(static_cast<std::uint32_t>(n >> 32));
        put32(0);
      } else if (t.is_fun()) {
        FunInfo info;
        fun_info(t, &info);
        if (fun_is_external(t)) {
          byte(kExport);
          atom(info.module);
          atom(info.name);
          integer(Term::small(info.arity));
          continue;
        }
        // NEW_FUN_EXT: Vial's module and function index, which
        // binary_to_term finds again in the loaded module.
        CodeLocation where;
        if (fun_is_purged(t)) {
          where.module = info.module;
          where.function_index = info.index;
        } else {
          locate_code(reinterpret_cast<const Word*>(t.boxed_ptr()[1]), false, &where);
        }
        byte(kNewFun);
        std::size_t at = out.size();
        put32(0);
        byte(static_cast<unsigned char>(info.arity));
        out.append(reinterpret_cast<const char*>(info.new_uniq), 16);
        put32(where.function_index);
        std::size_t free = fun_free_count(t);
        put32(static_cast<std::uint32_t>(free));
        atom(where.module);
        integer(Term::small(where.function_index));
        integer(Term::small(info.uniq));
        Term pid = fun_creator(t);
        stack.push_back({Term::none(), at});
        for (std::size_t i = free; i-- > 0;) stack.push_back({Term::from_raw(t.boxed_ptr()[3 + i])});
        stack.push_back({pid.is_none() ? Term::pid(0) : pid});
      }
    }
  }

 private:
  int minor_;
  void byte(unsigned char b) { out.push_back(static_cast<char>(b)); }
  void put16(std::uint16_t v) {
    byte(static_cast<unsigned char>(v >> 8));
    byte(static_cast<unsigned char>(v));
  }
  void put32(std::uint32_t v) {
    for (int i = 3; i >= 0; --i) byte(static_cast<unsigned char>(v >> (8 * i)));
  }
  void put32_at(std::size_t at, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) out[at + i] = static_cast<char>(v >> (8 * (3 - i)));
  }
  void node() { atom(intern_atom(kNode)); }

  void integer(Term t) {
    std::int64_t v = t.small_value();
    if (v >= 0 && v <= 255) {
      byte(kSmallInteger);
      byte(static_cast<unsigned char>(v));
    } else if (v >= INT32_MIN && v <= INT32_MAX) {
      byte(kInteger);
      put32(static_cast<std::uint32_t>(static_cast<std::int32_t>(v)));
    } else {
      std::uint64_t m = v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
      std::string digits;
      for (; m; m >>= 8) digits.push_back(static_cast<char>(m & 0xFF));
      big(v < 0, digits);
    }
  }
  void bignum(Term t) {
    const Word* p = t.boxed_ptr();
    std::size_t n = Term::header_arity(p[0]);
    std::string digits;
    for (std::size_t i = 0; i < n; ++i)
      for (int k = 0; k < 8; ++k) digits.push_back(static_cast<char>(p[1 + i] >> (8 * k)));
    while (!digits.empty() && digits.back() == 0) digits.pop_back();
    bool negative = Term::header_subtag(p[0]) == Subtag::BIGNUM_NEG;
    // A bignum within 32 bits (none is, but be safe) still encodes as one.
    big(negative, digits);
  }
  void big(bool negative, const std::string& digits) {
    if (digits.size() < 256) {
      byte(kSmallBig);
      byte(static_cast<unsigned char>(digits.size()));
    } else {
      byte(kLargeBig);
      put32(static_cast<std::uint32_t>(digits.size()));
    }
    byte(negative ? 1 : 0);
    out.append(digits);
  }
  void atom(Term a) {
    std::string_view text = atom_text(a);
    // OTP 25 (minor version 1): Latin-1 atoms as ATOM_EXT, others as UTF-8.
    std::string latin1;
    bool is_latin1 = minor_ < 2;
    for (std::size_t i = 0; i < text.size() && is_latin1;) {
      auto c = static_cast<unsigned char>(text[i]);
      if (c < 0x80) {
        latin1.push_back(static_cast<char>(c));
        ++i;
      } else if ((c == 0xC2 || c == 0xC3) && i + 1 < text.size()) {
        latin1.push_back(static_cast<char>(((c & 0x03) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3F)));
        i += 2;
      } else {
        is_latin1 = false;
      }
    }
    if (is_latin1) {
      byte(kAtom);
      put16(static_cast<std::uint16_t>(latin1.size()));
      out.append(latin1);
    } else if (text.size() < 256) {
      byte(kSmallAtomUtf8);
      byte(static_cast<unsigned char>(text.size()));
      out.append(text);
    } else {
      byte(kAtomUtf8);
      put16(static_cast<std::uint16_t>(text.size()));
      out.append(text);
    }
  }
};

struct Invalid {};

class Decoder {
 public:
  Decoder(Heap& h, const unsigned char* data, std::size_t size, bool safe)
      : h_(h), p_(data), end_(data + size), safe_(safe) {}
  std::size_t used(const unsigned char* start) const { return static_cast<std::size_t>(p_ - start); }
  bool unsafe = false;

  Term term(int depth = 0) {
    if (depth > kMaxDepth) throw Invalid{};
    unsigned char tag = u8();
    switch (tag) {
      case kSmallInteger: return Term::small(u8());
      case kInteger: return Term::small(static_cast<std::int32_t>(u32()));
      case kSmallBig: {
        std::size_t n = u8();
        return big(n);
      }
      case kLargeBig: return big(u32());
      case kNewFloat: {
        std::uint64_t bits = 0;
        for (int i = 0; i < 8; ++i) bits = bits << 8 | u8();
        double d;
        std::memcpy(&d, &bits, 8);
        if (!std::isfinite(d)) throw Invalid{};
        return make_float(h_, d);
      }
      case kFloat: {
        std::string text(reinterpret_cast<const char*>(take(31)), 31);
        double d;
        if (std::sscanf(text.c_str(), "%lf", &d) != 1 || !std::isfinite(d)) throw Invalid{};
        return make_float(h_, d);
      }
      case kAtom: return atom(u16(), true);
      case kSmallAtom: return atom(u8(), true);
      case kAtomUtf8: return atom(u16(), false);
      case kSmallAtomUtf8: return atom(u8(), false);
      case kSmallTuple: return tuple(u8(), depth);
      case kLargeTuple: return tuple(u32(), depth);
      case kNil: return Term::nil();
      case kString: {
        std::size_t n = u16();
        const unsigned char* s = take(n);
        std::vector<Term> elems;
        for (std::size_t i = 0; i < n; ++i) elems.push_back(Term::small(s[i]));
        return make_list(h_, elems);
      }
      case kList: {
        std::size_t n = u32();
        if (n > static_cast<std::size_t>(end_ - p_)) throw Invalid{};
        std::vector<Term> elems;
        elems.reserve(n);
        for (std::size_t i = 0; i < n; ++i) elems.push_back(term(depth + 1));
        Term tail = term(depth + 1);
        return make_list(h_, elems, tail);
      }
      case kBinary: {
        std::size_t n = u32();
        const unsigned char* s = take(n);
        return make_binary(h_, std::string_view(reinterpret_cast<const char*>(s), n));
      }
      case kBitBinary: {
        std::size_t n = u32();
        unsigned bits = u8();
        if (bits < 1 || bits > 8 || (n == 0 && bits != 8)) throw Invalid{};
        const unsigned char* s = take(n);
        std::size_t size = n == 0 ? 0 : (n - 1) * 8 + bits;
        return make_bitstring(h_, BitSpan{s, 0, size});
      }
      case kMap: {
        std::size_t n = u32();
        if (n > static_cast<std::size_t>(end_ - p_)) throw Invalid{};
        MapItems items;
        for (std::size_t i = 0; i < n; ++i) {
          Term k = term(depth + 1);
          Term v = term(depth + 1);
          for (const auto& kv : items)
            if (compare_keys(kv.first, k) == 0) throw Invalid{};
          items.emplace_back(k, v);
        }
        return map_from_items(h_, std::move(items));
      }
      case kNewPid: {
        Term node = term(depth + 1);
        std::uint64_t id = u32(), serial = u32();
        u32();
        if (!node.is_atom() || atom_text(node) != kNode) throw Invalid{};
        return Term::pid(id | serial << 32);
      }
      case kNewerReference: {
        std::size_t n = u16();
        Term node = term(depth + 1);
        u32();
        std::vector<std::uint32_t> words;
        for (std::size_t i = 0; i < n; ++i) words.push_back(u32());
        if (!node.is_atom() || atom_text(node) != kNode || n == 0 || n > 5) throw Invalid{};
        std::uint64_t number = words[0] | (n > 1 ? std::uint64_t{words[1]} << 32 : 0);
        return make_ref(h_, number);
      }
      case kExport: {
        Term m = term(depth + 1), f = term(depth + 1), a = term(depth + 1);
        if (!m.is_atom() || !f.is_atom() || !a.is_small() || a.small_value() < 0 || a.small_value() > 255)
          throw Invalid{};
        return make_external_fun(h_, export_entry(m, f, static_cast<std::uint32_t>(a.small_value())));
      }
      case kNewFun: return local_fun(depth);
      default: throw Invalid{};
    }
  }

 private:
  static constexpr int kMaxDepth = 10000;
  Heap& h_;
  const unsigned char* p_;
  const unsigned char* end_;
  bool safe_;

  const unsigned char* take(std::size_t n) {
    if (n > static_cast<std::size_t>(end_ - p_)) throw Invalid{};
    const unsigned char* s = p_;
    p_ += n;
    return s;
  }
  unsigned u8() { return *take(1); }
  unsigned u16() {
    const unsigned char* s = take(2);
    return unsigned{s[0]} << 8 | s[1];
  }
  std::uint32_t u32() {
    const unsigned char* s = take(4);
    return std::uint32_t{s[0]} << 24 | std::uint32_t{s[1]} << 16 | std::uint32_t{s[2]} << 8 | s[3];
  }

  Term big(std::size_t n) {
    bool negative = u8() != 0;
    const unsigned char* s = take(n);
    static const char kHex[] = "0123456789abcdef";
    std::string hex = negative ? "-" : "";
    for (std::size_t i = n; i-- > 0;) {
      hex.push_back(kHex[s[i] >> 4]);
      hex.push_back(kHex[s[i] & 15]);
    }
    if (n == 0) hex += "0";
    return parse_integer(h_, hex, 16);
  }

  Term atom(std::size_t n, bool latin1) {
    const unsigned char* s = take(n);
    std::string text;
    if (latin1) {
      for (std::size_t i = 0; i < n; ++i) {
        if (s[i] < 0x80) {
          text.push_back(static_cast<char>(s[i]));
        } else {
          text.push_back(static_cast<char>(0xC0 | s[i] >> 6));
          text.push_back(static_cast<char>(0x80 | (s[i] & 0x3F)));
        }
      }
    } else {
      text.assign(reinterpret_cast<const char*>(s), n);
    }
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++chars) {
      std::uint32_t cp;
      if (!decode_utf8(text, i, cp)) throw Invalid{};
    }
    if (chars > 255) throw Invalid{};
    if (safe_) {
      Term a = existing_atom(text);
      if (a.is_none()) {
        unsafe = true;
        throw Invalid{};
      }
      return a;
    }
    return intern_atom(text);
  }

  Term tuple(std::size_t n, int depth) {
    if (n > static_cast<std::size_t>(end_ - p_)) throw Invalid{};
    std::vector<Term> elems;
    for (std::size_t i = 0; i < n; ++i) elems.push_back(term(depth + 1));
    Term t = make_tuple_uninit(h_, n);
    for (std::size_t i = 0; i < n; ++i) tuple_set(t, i, elems[i]);
    return t;
  }

  Term local_fun(int depth) {
    const unsigned char* start = p_;
    std::uint32_t size = u32();
    unsigned arity = u8();
    take(16);
    std::uint32_t index = u32();
    std::uint32_t free = u32();
    Term module = term(depth + 1);
    term(depth + 1);  // old index
    term(depth + 1);  // old uniq
    Term pid = term(depth + 1);
    if (!module.is_atom() || !pid.is_pid() || free > static_cast<std::size_t>(end_ - p_)) throw Invalid{};
    std::vector<Term> env;
    for (std::uint32_t i = 0; i < free; ++i) env.push_back(term(depth + 1));
    if (static_cast<std::size_t>(p_ - start) != size) throw Invalid{};
    auto loaded = current_module(module);
    if (!loaded || index >= loaded->functions.size()) throw Invalid{};
    const auto& f = loaded->functions[index];
    int fun_arity = f.fun_arity >= 0 ? f.fun_arity : static_cast<int>(f.arity);
    if (fun_arity != static_cast<int>(arity) || f.arity != arity + free) throw Invalid{};
    Word* w = h_.alloc(3 + free);
    w[0] = Term::make_header(Subtag::FUN, 2 + free);
    w[1] = reinterpret_cast<Word>(loaded->code.data() + f.entry);
    w[2] = fun_word2(arity, pid);
    for (std::uint32_t i = 0; i < free; ++i) w[3 + i] = env[i].raw();
    return Term::boxed(w);
  }
};

// Reads term_to_binary's options; false on a bad one.
bool encode_options(Term opts, int* level, int* minor) {
  Term l = opts;
  for (; l.is_cons(); l = l.tail()) {
    Term o = l.head();
    if (o == intern_atom("compressed")) {
      *level = 6;
    } else if (o == intern_atom("deterministic")) {
    } else if (o.is_tuple() && o.tuple_arity() == 2 && o.element(0) == intern_atom("compressed") &&
               o.element(1).is_small() && o.element(1).small_value() >= 0 && o.element(1).small_value() <= 9) {
      *level = static_cast<int>(o.element(1).small_value());
    } else if (o.is_tuple() && o.tuple_arity() == 2 && o.element(0) == intern_atom("minor_version") &&
               o.element(1).is_small() && o.element(1).small_value() >= 0 && o.element(1).small_value() <= 2) {
      *minor = static_cast<int>(o.element(1).small_value());
    } else {
      return false;
    }
  }
  return l.is_nil();
}

Term encode(NativeCall& c, Term t, int level, int minor) {
  Encoder e(minor);
  e.encode(t);
  c.charge(static_cast<int>(e.out.size() / 64));
  if (level > 0) {
    uLongf clen = compressBound(e.out.size());
    std::string z(clen, '\0');
    if (compress2(reinterpret_cast<Bytef*>(z.data()), &clen, reinterpret_cast<const Bytef*>(e.out.data()),
                  e.out.size(), level) == Z_OK &&
        clen + 5 < e.out.size() + 1) {
      std::string out;
      out.push_back(static_cast<char>(kVersion));
      out.push_back(static_cast<char>(kCompressed));
      auto n = static_cast<std::uint32_t>(e.out.size());
      for (int i = 3; i >= 0; --i) out.push_back(static_cast<char>(n >> (8 * i)));
      out.append(z.data(), clen);
      return make_binary(c.heap(), out);
    }
  }
  std::string out(1, static_cast<char>(kVersion));
  out += e.out;
  return make_binary(c.heap(), out);
}

Term erlang_term_to_binary1(NativeCall& c, const Term* a) { return encode(c, a[0], 0, 1); }

Term erlang_term_to_binary2(NativeCall& c, const Term* a) {
  if (!a[1].is_list()) return c.badarg(2, "not a list");
  int level = 0, minor = 1;
  if (!encode_options(a[1], &level, &minor)) return c.badarg(2, "invalid option in list");
  return encode(c, a[0], level, minor);
}

Term external_size(NativeCall&, Term t, int minor) {
  Encoder e(minor);
  e.encode(t);
  return Term::small(static_cast<std::int64_t>(e.out.size() + 1));
}

Term erlang_external_size1(NativeCall& c, const Term* a) { return external_size(c, a[0], 1); }

Term erlang_external_size2(NativeCall& c, const Term* a) {
  if (!a[1].is_list()) return c.badarg(2, "not a list");
  int minor = 1;
  for (Term l = a[1]; l.is_cons(); l = l.tail()) {
    Term o = l.head();
    if (o.is_tuple() && o.tuple_arity() == 2 && o.element(0) == intern_atom("minor_version") &&
        o.element(1).is_small() && o.element(1).small_value() >= 0 && o.element(1).small_value() <= 2)
      minor = static_cast<int>(o.element(1).small_value());
    else
      return c.badarg(2, "invalid option in list");
  }
  return external_size(c, a[0], minor);
}

Term decode(NativeCall& c, Term bin, bool safe, bool used) {
  if (!bin.is_binary()) return c.badarg(1, "not a binary");
  std::string_view b = bin.binary_view();
  const auto* data = reinterpret_cast<const unsigned char*>(b.data());
  if (b.size() < 2 || data[0] != kVersion) return c.badarg(1, "invalid external representation of a term");
  std::string inflated;
  const unsigned char* body = data + 1;
  std::size_t size = b.size() - 1, consumed_prefix = 1, compressed_used = 0;
  if (data[1] == kCompressed) {
    if (b.size() < 6) return c.badarg(1, "invalid external representation of a term");
    std::size_t n = std::size_t{data[2]} << 24 | std::size_t{data[3]} << 16 | std::size_t{data[4]} << 8 | data[5];
    if (n > (std::size_t{1} << 31)) return c.badarg(1, "invalid external representation of a term");
    inflated.resize(n);
    z_stream z{};
    z.next_in = const_cast<Bytef*>(data + 6);
    z.avail_in = static_cast<uInt>(b.size() - 6);
    z.next_out = reinterpret_cast<Bytef*>(inflated.data());
    z.avail_out = static_cast<uInt>(n);
    bool ok = inflateInit(&z) == Z_OK;
    int r = ok ? inflate(&z, Z_FINISH) : Z_DATA_ERROR;
    if (ok) inflateEnd(&z);
    if (r != Z_STREAM_END || z.total_out != n) return c.badarg(1, "invalid external representation of a term");
    compressed_used = 6 + z.total_in;
    body = reinterpret_cast<const unsigned char*>(inflated.data());
    size = n;
    consumed_prefix = 0;
  }
  Decoder d(c.heap(), body, size, safe);
  Term t;
  try {
    t = d.term();
  } catch (Invalid&) {
    return c.badarg(1, d.unsafe ? "invalid or unsafe external representation of a term"
                                : "invalid external representation of a term");
  }
  c.charge(static_cast<int>(size / 64));
  if (!used) return t;
  std::size_t n = compressed_used ? compressed_used : consumed_prefix + d.used(body);
  return make_tuple(c.heap(), {t, Term::small(static_cast<std::int64_t>(n))});
}

Term erlang_binary_to_term1(NativeCall& c, const Term* a) { return decode(c, a[0], false, false); }

Term erlang_binary_to_term2(NativeCall& c, const Term* a) {
  if (!a[1].is_list()) return c.badarg(2, "not a list");
  bool safe = false, used = false;
  Term l = a[1];
  for (; l.is_cons(); l = l.tail()) {
    if (l.head() == intern_atom("safe")) safe = true;
    else if (l.head() == intern_atom("used")) used = true;
    else return c.badarg(2, "invalid option in list");
  }
  if (!l.is_nil()) return c.badarg(2, "invalid option in list");
  return decode(c, a[0], safe, used);
}

}  // namespace

void register_etf_builtins() {
  register_natives({
      {"erlang", "term_to_binary", 1, erlang_term_to_binary1},
      {"erlang", "term_to_binary", 2, erlang_term_to_binary2},
      {"erlang", "binary_to_term", 1, erlang_binary_to_term1},
      {"erlang", "binary_to_term", 2, erlang_binary_to_term2},
      {"erlang", "external_size", 1, erlang_external_size1},
      {"erlang", "external_size", 2, erlang_external_size2},
  });
}

}  // namespace vial
