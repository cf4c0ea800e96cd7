// Bitstrings: sub-binaries, bit-level copying, and the segment encodings that
// binary construction and matching use (docs/binaries.md).
//
// The three binary kinds are drawn in vm/term.h; heaps own the references to
// off-heap bytes (vm/heap.h). Everything here works on any bitstring,
// whatever its kind, its bit offset or its size.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "vm/heap.h"

namespace vial {

// Copies `n` bits from `src` (starting `src_off` bits in) to `dst` (starting
// `dst_off` bits in). Bits of `dst` outside the range keep their values.
void copy_bits(unsigned char* dst, std::size_t dst_off, const unsigned char* src, std::size_t src_off,
               std::size_t n);

// The bit at `i` of a span (0 or 1).
inline unsigned bit_at(const BitSpan& s, std::size_t i) {
  std::size_t b = s.offset + i;
  return (s.base[b / 8] >> (7 - b % 8)) & 1u;
}

// Up to 64 bits of `s` starting at bit `at`, as an unsigned big-endian number.
std::uint64_t read_bits(const BitSpan& s, std::size_t at, std::size_t n);

// A new bitstring holding a copy of `bits` (a binary when its size is a
// multiple of 8; otherwise a sub-binary of a fresh binary).
Term make_bitstring(Heap& h, BitSpan bits);

// A bitstring of `bits` bits whose bytes the caller writes through `data`
// (zeroed, (bits + 7) / 8 of them) before anything else sees the result.
Term make_bitstring_uninit(Heap& h, std::size_t bits, unsigned char** data);

// The part of bitstring `t` that is `size` bits long and starts `offset`
// bits in (the caller checks the bounds). Shares t's bytes (a SUB_BIN, or t
// itself when the part is all of it) unless the part is a whole number of
// bytes that starts off a byte boundary: then it is copied, which keeps
// vm/term.h's invariant that every binary's bytes are contiguous.
Term make_sub_binary(Heap& h, Term t, std::size_t offset, std::size_t size);

// Appending without copying: if `first` is a REFC_BIN whose bytes end where
// its OffHeapBinary's claimed bytes end and there is room for `extra` more,
// claims them (atomically, so two appends to one binary cannot both win) and
// returns a new REFC_BIN of size + extra sharing the bytes; `data` is where
// the extra bytes go. None otherwise. Binaries already made never change.
Term try_append_in_place(Heap& h, Term first, std::size_t extra, char** data);

// Erlang's term order among bitstrings: bit by bit, then the shorter first.
int compare_bitstrings(Term a, Term b);

// The bytes of any bitstring: direct for a binary, a copy (with the last
// byte's unused low bits zero) for one whose size is not a multiple of 8.
class BitstringBytes {
 public:
  explicit BitstringBytes(Term t);
  std::string_view bytes() const { return view_; }
  std::size_t bits() const { return bits_; }

 private:
  std::string copy_;
  std::string_view view_;
  std::size_t bits_;
};

// --- segments of construction and matching ---------------------------------
// One word describes a segment's type and options: the type in bits 0-3,
// the unit (1..256) in bits 4-12, signed in bit 13, little-endian in bit 14
// (native is little-endian on every machine Vial runs on).
enum class SegType : int { kInteger, kFloat, kBinary, kBits, kUtf8, kUtf16, kUtf32 };
inline constexpr std::int64_t kSegSigned = 1 << 13;
inline constexpr std::int64_t kSegLittle = 1 << 14;
inline constexpr std::int64_t seg_flags(SegType type, int unit, bool is_signed, bool little) {
  return static_cast<std::int64_t>(type) | (static_cast<std::int64_t>(unit) << 4) | (is_signed ? kSegSigned : 0) |
         (little ? kSegLittle : 0);
}
inline constexpr SegType seg_type(std::int64_t flags) { return static_cast<SegType>(flags & 0xF); }
inline constexpr int seg_unit(std::int64_t flags) { return static_cast<int>((flags >> 4) & 0x1FF); }
inline constexpr bool seg_signed(std::int64_t flags) { return (flags & kSegSigned) != 0; }
inline constexpr bool seg_little(std::int64_t flags) { return (flags & kSegLittle) != 0; }
// Erlang's name of a segment type in error messages ('binary' for bits too).
const char* seg_type_name(SegType type);

// Writes the low `bits` bits of integer `v` (two's complement) at bit `at` of
// `dst`, big- or little-endian (little-endian only changes the order of
// whole bytes, as in Erlang; a partial byte comes last).
void write_integer_bits(unsigned char* dst, std::size_t at, Term v, std::size_t bits, bool little);

// Reads a `bits`-bit integer at bit `at` of `s`.
Term read_integer_bits(Heap& h, const BitSpan& s, std::size_t at, std::size_t bits, bool is_signed, bool little);

// Writes a float of 16, 32 or 64 bits at bit `at` of `dst`.
void write_float_bits(unsigned char* dst, std::size_t at, double v, std::size_t bits, bool little);

// Reads a float of 16, 32 or 64 bits; false if the bits are not a finite
// number (Erlang never makes NaNs or infinities, so such a match fails).
bool read_float_bits(const BitSpan& s, std::size_t at, std::size_t bits, bool little, double* out);

// UTF-16 and UTF-32 of one code point (the caller has checked it is a
// Unicode scalar value); the byte count written (2 or 4 for UTF-16).
std::size_t encode_utf16(std::uint32_t cp, bool little, unsigned char out[4]);
void encode_utf32(std::uint32_t cp, bool little, unsigned char out[4]);

// Decodes one code point of `type` (kUtf8/16/32) at bit `at` of `s`; the bit
// count consumed, or 0 when the bits there are not a valid encoding.
std::size_t decode_utf(const BitSpan& s, std::size_t at, SegType type, bool little, std::uint32_t* cp);

}  // namespace vial
