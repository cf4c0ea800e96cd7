#include "vm/binary.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include "vm/utf8.h"

namespace vial {

// --- bits --------------------------------------------------------------------

void copy_bits(unsigned char* dst, std::size_t dst_off, const unsigned char* src, std::size_t src_off,
               std::size_t n) {
  if (n == 0) return;
  dst += dst_off / 8;
  dst_off %= 8;
  src += src_off / 8;
  src_off %= 8;
  if (dst_off == 0 && src_off == 0) {
    std::size_t whole = n / 8;
    if (whole) std::memcpy(dst, src, whole);
    std::size_t rest = n % 8;
    if (rest) {
      unsigned mask = (0xFFu << (8 - rest)) & 0xFF;
      dst[whole] = static_cast<unsigned char>((dst[whole] & ~mask) | (src[whole] & mask));
    }
    return;
  }
  // Unaligned: take up to 8 bits at a time from the source, put them where
  // they go in one or two destination bytes.
  while (n > 0) {
    std::size_t take = std::min<std::size_t>(n, 8);
    unsigned window = (static_cast<unsigned>(src[0]) << 8) | (src_off + take > 8 ? src[1] : 0u);
    unsigned chunk = (window >> (16 - src_off - take)) & ((1u << take) - 1);  // `take` bits, right-aligned
    // Place them at dst_off in a 16-bit window of dst[0..1].
    unsigned shift = 16 - static_cast<unsigned>(dst_off) - static_cast<unsigned>(take);
    unsigned mask = ((1u << take) - 1) << shift;
    unsigned bits = chunk << shift;
    dst[0] = static_cast<unsigned char>((dst[0] & ~(mask >> 8)) | (bits >> 8));
    if (dst_off + take > 8) dst[1] = static_cast<unsigned char>((dst[1] & ~(mask & 0xFF)) | (bits & 0xFF));
    n -= take;
    src_off += take;
    src += src_off / 8;
    src_off %= 8;
    dst_off += take;
    dst += dst_off / 8;
    dst_off %= 8;
  }
}

std::uint64_t read_bits(const BitSpan& s, std::size_t at, std::size_t n) {
  std::uint64_t r = 0;
  std::size_t pos = s.offset + at;
  while (n > 0) {
    std::size_t bit = pos % 8;
    std::size_t take = std::min(8 - bit, n);
    unsigned byte = s.base[pos / 8];
    unsigned chunk = (byte >> (8 - bit - take)) & ((1u << take) - 1);
    r = (r << take) | chunk;
    pos += take;
    n -= take;
  }
  return r;
}

Term make_bitstring_uninit(Heap& h, std::size_t bits, unsigned char** data) {
  std::size_t bytes = (bits + 7) / 8;
  char* d;
  Term bin = make_binary_uninit(h, bytes, &d);
  if (bytes) std::memset(d, 0, bytes);
  *data = reinterpret_cast<unsigned char*>(d);
  if (bits % 8 == 0) return bin;
  Word* p = h.alloc(4);
  p[0] = Term::make_header(Subtag::SUB_BIN, 3);
  p[1] = bits;
  p[2] = 0;
  p[3] = bin.raw();
  return Term::boxed(p);
}

Term make_bitstring(Heap& h, BitSpan bits) {
  unsigned char* d;
  Term t = make_bitstring_uninit(h, bits.size, &d);
  copy_bits(d, 0, bits.base, bits.offset, bits.size);
  return t;
}

Term make_sub_binary(Heap& h, Term t, std::size_t offset, std::size_t size) {
  if (offset == 0 && size == t.bit_size()) return t;
  const Word* tp = t.boxed_ptr();
  Term parent = t;
  std::size_t off = offset;
  if (Term::header_subtag(tp[0]) == Subtag::SUB_BIN) {
    parent = Term::from_raw(tp[3]);
    off += static_cast<std::size_t>(tp[2]);
  }
  if (size % 8 == 0 && off % 8 != 0) {
    BitSpan s = t.bits();
    return make_bitstring(h, {s.base, s.offset + offset, size});
  }
  if (off == 0 && size == parent.bit_size()) return parent;
  Word* p = h.alloc(4);
  p[0] = Term::make_header(Subtag::SUB_BIN, 3);
  p[1] = size;
  p[2] = off;
  p[3] = parent.raw();
  return Term::boxed(p);
}

Term try_append_in_place(Heap& h, Term first, std::size_t extra, char** data) {
  if (!first.is_boxed_of(Subtag::REFC_BIN)) return Term::none();
  OffHeapBinary* bin = first.off_heap_binary();
  std::size_t size = static_cast<std::size_t>(first.boxed_ptr()[1]);
  if (extra > bin->size - size) return Term::none();
  std::size_t expected = size;
  if (!bin->used.compare_exchange_strong(expected, size + extra, std::memory_order_acq_rel)) return Term::none();
  Word* p = h.alloc(3);
  p[0] = Term::make_header(Subtag::REFC_BIN, 2);
  p[1] = size + extra;
  p[2] = reinterpret_cast<Word>(bin);
  retain_off_heap(p);
  h.add_off_heap(p);
  h.off_heap_allocated(extra);
  *data = reinterpret_cast<char*>(bin->bytes()) + size;
  return Term::boxed(p);
}

int compare_bitstrings(Term a, Term b) {
  BitSpan x = a.bits(), y = b.bits();
  std::size_t n = std::min(x.size, y.size);
  std::size_t at = 0;
  if (x.offset % 8 == 0 && y.offset % 8 == 0 && n >= 8) {
    std::size_t bytes = n / 8;
    int c = std::memcmp(x.base + x.offset / 8, y.base + y.offset / 8, bytes);
    if (c != 0) return c < 0 ? -1 : 1;
    at = bytes * 8;
  }
  while (at < n) {
    std::size_t take = std::min<std::size_t>(n - at, 56);
    std::uint64_t vx = read_bits(x, at, take), vy = read_bits(y, at, take);
    if (vx != vy) return vx < vy ? -1 : 1;
    at += take;
  }
  return x.size < y.size ? -1 : x.size > y.size ? 1 : 0;
}

BitstringBytes::BitstringBytes(Term t) : bits_(t.bit_size()) {
  if (bits_ % 8 == 0) {
    view_ = t.binary_view();
    return;
  }
  BitSpan s = t.bits();
  copy_.assign((bits_ + 7) / 8, '\0');
  copy_bits(reinterpret_cast<unsigned char*>(copy_.data()), 0, s.base, s.offset, bits_);
  view_ = copy_;
}

// --- segments ----------------------------------------------------------------

const char* seg_type_name(SegType type) {
  switch (type) {
    case SegType::kInteger: return "integer";
    case SegType::kFloat: return "float";
    case SegType::kBinary:
    case SegType::kBits: return "binary";
    case SegType::kUtf8: return "utf8";
    case SegType::kUtf16: return "utf16";
    case SegType::kUtf32: return "utf32";
  }
  return "binary";
}

namespace {

// The two's complement of integer `v`, truncated to `nbytes` bytes, least
// significant byte first.
void integer_le_bytes(Term v, std::size_t nbytes, unsigned char* out) {
  if (v.is_small()) {
    std::int64_t x = v.small_value();
    for (std::size_t i = 0; i < nbytes; ++i)
      out[i] = static_cast<unsigned char>(i < 8 ? (static_cast<std::uint64_t>(x) >> (8 * i)) & 0xFF
                                                : (x < 0 ? 0xFF : 0));
    return;
  }
  std::size_t limbs = bignum_limb_count(v);
  const std::uint64_t* l = bignum_limbs(v);
  for (std::size_t i = 0; i < nbytes; ++i) out[i] = i / 8 < limbs ? (l[i / 8] >> (8 * (i % 8))) & 0xFF : 0;
  if (bignum_negative(v)) {
    unsigned carry = 1;
    for (std::size_t i = 0; i < nbytes; ++i) {
      unsigned b = (~out[i] & 0xFFu) + carry;
      out[i] = static_cast<unsigned char>(b & 0xFF);
      carry = b >> 8;
    }
  }
}

}  // namespace

void write_integer_bits(unsigned char* dst, std::size_t at, Term v, std::size_t bits, bool little) {
  if (bits == 0) return;
  std::size_t nbytes = (bits + 7) / 8;
  std::size_t rest = bits % 8;
  if (v.is_small() && bits <= 64 && !little) {
    // The common case: big-endian, at most 64 bits.
    std::uint64_t x = static_cast<std::uint64_t>(v.small_value());
    unsigned char buf[8];
    std::uint64_t left = bits == 64 ? x : x << (64 - bits);
    for (int i = 0; i < 8; ++i) buf[i] = static_cast<unsigned char>(left >> (56 - 8 * i));
    copy_bits(dst, at, buf, 0, bits);
    return;
  }
  std::vector<unsigned char> le(nbytes);
  integer_le_bytes(v, nbytes, le.data());
  std::vector<unsigned char> buf(nbytes);
  if (little) {
    // Whole bytes least significant first; the partial byte's bits last.
    std::copy(le.begin(), le.end(), buf.begin());
    if (rest) buf[nbytes - 1] = static_cast<unsigned char>(le[nbytes - 1] << (8 - rest));
  } else {
    // The number's bits most significant first: shift left by the padding,
    // then reverse the byte order.
    unsigned pad = static_cast<unsigned>((8 - rest) % 8);
    for (std::size_t i = 0; i < nbytes; ++i) {
      unsigned hi = static_cast<unsigned>(le[i]) << pad;
      unsigned lo = (i > 0 && pad) ? le[i - 1] >> (8 - pad) : 0;
      buf[nbytes - 1 - i] = static_cast<unsigned char>((hi | lo) & 0xFF);
    }
  }
  copy_bits(dst, at, buf.data(), 0, bits);
}

Term read_integer_bits(Heap& h, const BitSpan& s, std::size_t at, std::size_t bits, bool is_signed, bool little) {
  if (bits == 0) return Term::small(0);
  std::size_t rest = bits % 8;
  if (bits <= 64) {
    std::uint64_t x;
    if (!little) {
      x = read_bits(s, at, bits);
    } else {
      x = 0;
      std::size_t whole = bits / 8;
      for (std::size_t i = 0; i < whole; ++i) x |= read_bits(s, at + 8 * i, 8) << (8 * i);
      if (rest) x |= read_bits(s, at + 8 * whole, rest) << (8 * whole);
    }
    if (is_signed && bits < 64 && (x >> (bits - 1)) & 1) x |= ~std::uint64_t{0} << bits;
    if (is_signed) return make_integer(h, static_cast<std::int64_t>(x));
    if (x <= static_cast<std::uint64_t>(Term::kSmallMax)) return Term::small(static_cast<std::int64_t>(x));
    return make_integer_from_limbs(h, &x, 1, false);
  }
  // Wide: gather the value's bytes least significant first.
  std::size_t nbytes = (bits + 7) / 8;
  std::vector<unsigned char> buf(nbytes, 0), le(nbytes, 0);
  copy_bits(buf.data(), 0, s.base, s.offset + at, bits);
  if (little) {
    le = buf;
    if (rest) le[nbytes - 1] = static_cast<unsigned char>(buf[nbytes - 1] >> (8 - rest));
  } else {
    // buf holds the number left-aligned, most significant byte first.
    unsigned pad = static_cast<unsigned>((8 - rest) % 8);
    for (std::size_t i = 0; i < nbytes; ++i) {
      unsigned b = buf[nbytes - 1 - i] >> pad;
      if (pad && i + 1 < nbytes) b |= (static_cast<unsigned>(buf[nbytes - 2 - i]) << (8 - pad)) & 0xFF;
      le[i] = static_cast<unsigned char>(b);
    }
  }
  bool negative = is_signed && ((le[(bits - 1) / 8] >> ((bits - 1) % 8)) & 1);
  if (negative) {
    // Sign-extend the top byte, then negate (two's complement) to the magnitude.
    if (rest) le[nbytes - 1] = static_cast<unsigned char>(le[nbytes - 1] | (0xFF << rest));
    unsigned carry = 1;
    for (std::size_t i = 0; i < nbytes; ++i) {
      unsigned b = (~le[i] & 0xFFu) + carry;
      le[i] = static_cast<unsigned char>(b & 0xFF);
      carry = b >> 8;
    }
  }
  std::vector<std::uint64_t> limbs((nbytes + 7) / 8, 0);
  for (std::size_t i = 0; i < nbytes; ++i) limbs[i / 8] |= static_cast<std::uint64_t>(le[i]) << (8 * (i % 8));
  return make_integer_from_limbs(h, limbs.data(), limbs.size(), negative);
}

namespace {

// IEEE 754 binary16 <-> double, rounding to nearest even.
std::uint16_t double_to_half(double d) {
  std::uint64_t b;
  std::memcpy(&b, &d, sizeof b);
  auto sign = static_cast<std::uint16_t>((b >> 48) & 0x8000);
  int exp = static_cast<int>((b >> 52) & 0x7FF);
  std::uint64_t mant = b & ((std::uint64_t{1} << 52) - 1);
  if (exp == 0x7FF) return static_cast<std::uint16_t>(sign | 0x7C00 | (mant ? 0x200 : 0));
  int e = exp - 1023 + 15;
  if (e >= 31) return static_cast<std::uint16_t>(sign | 0x7C00);
  if (e <= 0) {
    if (e < -10) return sign;
    mant |= std::uint64_t{1} << 52;
    int shift = 43 - e;
    std::uint64_t m = mant >> shift;
    std::uint64_t rem = mant & ((std::uint64_t{1} << shift) - 1), half = std::uint64_t{1} << (shift - 1);
    if (rem > half || (rem == half && (m & 1))) ++m;
    return static_cast<std::uint16_t>(sign | m);
  }
  std::uint64_t m = mant >> 42;
  std::uint64_t rem = mant & ((std::uint64_t{1} << 42) - 1), half = std::uint64_t{1} << 41;
  auto r = static_cast<std::uint16_t>(sign | (e << 10) | m);
  if (rem > half || (rem == half && (r & 1))) ++r;
  return r;
}

double half_to_double(std::uint16_t hbits, bool* finite) {
  int exp = (hbits >> 10) & 0x1F;
  int mant = hbits & 0x3FF;
  double sign = (hbits & 0x8000) ? -1.0 : 1.0;
  *finite = exp != 31;
  if (exp == 0) return sign * std::ldexp(mant, -24);
  return sign * std::ldexp(mant | 0x400, exp - 25);
}

}  // namespace

void write_float_bits(unsigned char* dst, std::size_t at, double v, std::size_t bits, bool little) {
  std::uint64_t x;
  if (bits == 64) {
    std::memcpy(&x, &v, sizeof x);
  } else if (bits == 32) {
    float f = static_cast<float>(v);
    std::uint32_t u;
    std::memcpy(&u, &f, sizeof u);
    x = u;
  } else {
    x = double_to_half(v);
  }
  unsigned char buf[8];
  std::size_t n = bits / 8;
  for (std::size_t i = 0; i < n; ++i) {
    std::size_t shift = little ? 8 * i : 8 * (n - 1 - i);
    buf[i] = static_cast<unsigned char>((x >> shift) & 0xFF);
  }
  copy_bits(dst, at, buf, 0, bits);
}

bool read_float_bits(const BitSpan& s, std::size_t at, std::size_t bits, bool little, double* out) {
  std::size_t n = bits / 8;
  std::uint64_t x = 0;
  for (std::size_t i = 0; i < n; ++i) {
    std::uint64_t byte = read_bits(s, at + 8 * i, 8);
    x |= little ? byte << (8 * i) : byte << (8 * (n - 1 - i));
  }
  if (bits == 64) {
    std::memcpy(out, &x, sizeof x);
    return std::isfinite(*out);
  }
  if (bits == 32) {
    auto u = static_cast<std::uint32_t>(x);
    float f;
    std::memcpy(&f, &u, sizeof f);
    *out = f;
    return std::isfinite(f);
  }
  bool finite;
  *out = half_to_double(static_cast<std::uint16_t>(x), &finite);
  return finite;
}

std::size_t encode_utf16(std::uint32_t cp, bool little, unsigned char out[4]) {
  auto put = [&](std::size_t i, std::uint32_t unit) {
    out[i + (little ? 1 : 0)] = static_cast<unsigned char>(unit >> 8);
    out[i + (little ? 0 : 1)] = static_cast<unsigned char>(unit & 0xFF);
  };
  if (cp < 0x10000) {
    put(0, cp);
    return 2;
  }
  std::uint32_t v = cp - 0x10000;
  put(0, 0xD800 | (v >> 10));
  put(2, 0xDC00 | (v & 0x3FF));
  return 4;
}

void encode_utf32(std::uint32_t cp, bool little, unsigned char out[4]) {
  for (int i = 0; i < 4; ++i) {
    int shift = little ? 8 * i : 8 * (3 - i);
    out[i] = static_cast<unsigned char>((cp >> shift) & 0xFF);
  }
}

std::size_t decode_utf(const BitSpan& s, std::size_t at, SegType type, bool little, std::uint32_t* cp) {
  std::size_t avail = s.size - at;
  auto byte = [&](std::size_t i) { return static_cast<unsigned>(read_bits(s, at + 8 * i, 8)); };
  if (type == SegType::kUtf8) {
    if (avail < 8) return 0;
    char buf[4];
    std::size_t n = std::min<std::size_t>(4, avail / 8);
    for (std::size_t i = 0; i < n; ++i) buf[i] = static_cast<char>(byte(i));
    std::size_t i = 0;
    if (!decode_utf8(std::string_view(buf, n), i, *cp)) return 0;
    return 8 * i;
  }
  if (type == SegType::kUtf16) {
    auto unit = [&](std::size_t i) {
      unsigned a = byte(i), b = byte(i + 1);
      return little ? (b << 8) | a : (a << 8) | b;
    };
    if (avail < 16) return 0;
    unsigned u = unit(0);
    if (u < 0xD800 || u > 0xDFFF) {
      *cp = u;
      return 16;
    }
    if (u > 0xDBFF || avail < 32) return 0;
    unsigned v = unit(2);
    if (v < 0xDC00 || v > 0xDFFF) return 0;
    *cp = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
    return 32;
  }
  if (avail < 32) return 0;
  std::uint32_t v = 0;
  for (std::size_t i = 0; i < 4; ++i) v |= byte(i) << (little ? 8 * i : 8 * (3 - i));
  if (!is_unicode_scalar(v)) return 0;
  *cp = v;
  return 32;
}

}  // namespace vial
