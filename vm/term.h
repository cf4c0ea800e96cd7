// Vial terms: 64-bit tagged words (DESIGN.md §4).
//
// Every value the language can see is one 64-bit word. The low bits say what
// the word is; what the remaining bits mean depends on that tag.
//
//   63                                            4 3 2 1 0
//  +-----------------------------------------------+---+---+
//  | pointer to a cons cell (2 words: head, tail)  |   0 1 |  LIST
//  | pointer to a boxed object's header word       |   1 0 |  BOXED
//  | header: arity (words after it) | subtag(6)    |   0 0 |  HEADER (heap only)
//  | signed 60-bit integer                         | 0 0 1 1 |  SMALL
//  | atom index                                    | 0 1 1 1 |  ATOM
//  | local pid number                              | 1 0 1 1 |  PID
//  | 0 = [] (nil), 1 = NONE (no value)             | 1 1 1 1 |  SPECIAL
//  +-----------------------------------------------+---------+
//
// Header words never appear as values. On the process stack a word with
// primary tag 00 is a continuation pointer (a code address, 8-aligned), which
// is how the collector tells return addresses from terms.
//
// Boxed objects are a header word followed by `arity` payload words:
//   TUPLE      arity = element count, elements follow
//   FLOAT      arity = 1, an IEEE double follows
//   BIGNUM     arity = limb count, GMP limbs (least significant first) follow;
//              the sign is in the subtag (BIGNUM_POS / BIGNUM_NEG)
//   HEAP_BIN   arity = payload words; word 1 = byte size, bytes follow
//              (binaries of at most kHeapBinaryMax bytes)
//   REFC_BIN   arity = 2; word 1 = byte size, word 2 = pointer to an
//              OffHeapBinary (larger binaries: immutable, shared, atomically
//              reference-counted; every REFC_BIN is in its heap's off-heap
//              list, vm/heap.h)
//   SUB_BIN    arity = 3; word 1 = size in bits, word 2 = offset in bits
//              into the parent's bytes, word 3 = the parent (a HEAP_BIN or
//              REFC_BIN term, never another SUB_BIN). Bitstrings whose size
//              is not a multiple of 8 are always sub-binaries. Invariant: a
//              sub-binary whose size is a whole number of bytes starts on a
//              byte boundary, so every binary has contiguous bytes
//              (binary_view). docs/binaries.md draws all three.
//   FUN        arity = 2 + free variables; word 1 = function entry, word 2 =
//              packed arity/index, free variables follow
//   MAP_FLAT   arity = 1 + 2n; word 1 = n (raw), then n keys in exact term
//              order, then their n values (vm/map.h)
//   MAP_HAMT   a HAMT node: word 1 raw (bitmap, flags, leaf count), then
//              children: cons cells [K | V] or nested MAP_HAMT nodes
//   REF        arity = 1; word 1 (raw) = the reference's number, unique in
//              this VM (make_ref/0; vm/heap.h: make_ref, docs/terms.md)
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace vial {

using Word = std::uint64_t;

// Boxed object subtags: one table, from which the enum, the names and the
// collector's view of each object derive. The third column says how many
// payload words (after the header) are raw data the collector must copy but
// not scan; every payload word after those is a term. kAllRaw: no term words.
inline constexpr std::uint32_t kAllRaw = 0xFFFFFFFF;
#define VIAL_BOXED_SUBTAGS(X)        \
  X(TUPLE, "tuple", 0)               \
  X(FLOAT, "float", kAllRaw)         \
  X(BIGNUM_POS, "bignum", kAllRaw)   \
  X(BIGNUM_NEG, "bignum", kAllRaw)   \
  X(HEAP_BIN, "binary", kAllRaw)     \
  X(REFC_BIN, "binary", kAllRaw)     \
  X(SUB_BIN, "binary", 2)            \
  X(FUN, "fun", 2)                   \
  X(REF, "reference", kAllRaw)       \
  X(MAP_FLAT, "map", 1)              \
  X(MAP_HAMT, "map", 1)

enum class Subtag : std::uint8_t {
#define X(name, str, raw) name,
  VIAL_BOXED_SUBTAGS(X)
#undef X
};

const char* subtag_name(Subtag s);

// Binaries of at most this many bytes live on the process heap (HEAP_BIN);
// larger ones off it (REFC_BIN).
inline constexpr std::size_t kHeapBinaryMax = 64;

// The shared, immutable bytes of an off-heap binary. `refs` counts the
// REFC_BIN objects (on any heap) that point here; the last release frees it
// (vm/binary.h: retain_off_heap / release_off_heap).
struct OffHeapBinary {
  std::atomic<std::size_t> refs;
  std::size_t size;  // capacity: the bytes allocated
  // The bytes some REFC_BIN covers: [0, used). An append claims more by
  // moving `used` from the end of the binary it extends (compare-exchange),
  // so bytes any binary covers are never written again (vm/binary.h).
  std::atomic<std::size_t> used;
  unsigned char* bytes() { return reinterpret_cast<unsigned char*>(this + 1); }
  const unsigned char* bytes() const { return reinterpret_cast<const unsigned char*>(this + 1); }
};

// A run of bits: `size` bits starting `offset` bits into `base` (most
// significant bit of a byte first, as Erlang orders bits).
struct BitSpan {
  const unsigned char* base;
  std::size_t offset;
  std::size_t size;
};
// How many leading payload words of an object with this subtag are raw data
// (kAllRaw: all of them); the rest are terms.
std::uint32_t subtag_raw_words(Subtag s);

class Term {
 public:
  // Tag constants.
  static constexpr Word kPrimaryMask = 0x3;
  static constexpr Word kHeaderTag = 0x0;
  static constexpr Word kListTag = 0x1;
  static constexpr Word kBoxedTag = 0x2;
  static constexpr Word kImmedTag = 0x3;
  static constexpr Word kImmedMask = 0xF;
  static constexpr Word kSmallTag = 0x3;
  static constexpr Word kAtomTag = 0x7;
  static constexpr Word kPidTag = 0xB;
  static constexpr Word kSpecialTag = 0xF;
  static constexpr int kImmedShift = 4;

  static constexpr std::int64_t kSmallMax = (std::int64_t{1} << 59) - 1;
  static constexpr std::int64_t kSmallMin = -(std::int64_t{1} << 59);

  constexpr Term() : w_(kNoneWord) {}
  static constexpr Term from_raw(Word w) { Term t; t.w_ = w; return t; }
  constexpr Word raw() const { return w_; }

  // --- immediates -------------------------------------------------------
  static constexpr Term nil() { return from_raw((0 << kImmedShift) | kSpecialTag); }
  // NONE marks "no value" (an empty register, a failed lookup); it is never
  // visible to programs.
  static constexpr Term none() { return from_raw(kNoneWord); }
  static constexpr bool small_fits(std::int64_t v) { return v >= kSmallMin && v <= kSmallMax; }
  static constexpr Term small(std::int64_t v) {
    return from_raw((static_cast<Word>(v) << kImmedShift) | kSmallTag);
  }
  static constexpr Term atom(std::uint32_t index) {
    return from_raw((static_cast<Word>(index) << kImmedShift) | kAtomTag);
  }
  static constexpr Term pid(std::uint64_t number) {
    return from_raw((number << kImmedShift) | kPidTag);
  }
  static Term list(const Word* cons) { return from_raw(reinterpret_cast<Word>(cons) | kListTag); }
  static Term boxed(const Word* header) { return from_raw(reinterpret_cast<Word>(header) | kBoxedTag); }

  constexpr bool is_nil() const { return w_ == nil().w_; }
  constexpr bool is_none() const { return w_ == kNoneWord; }
  constexpr bool is_small() const { return (w_ & kImmedMask) == kSmallTag; }
  constexpr bool is_atom() const { return (w_ & kImmedMask) == kAtomTag; }
  constexpr bool is_pid() const { return (w_ & kImmedMask) == kPidTag; }
  constexpr bool is_immediate() const { return (w_ & kPrimaryMask) == kImmedTag; }
  constexpr bool is_cons() const { return (w_ & kPrimaryMask) == kListTag; }
  constexpr bool is_list() const { return is_cons() || is_nil(); }
  constexpr bool is_boxed() const { return (w_ & kPrimaryMask) == kBoxedTag; }

  constexpr std::int64_t small_value() const { return static_cast<std::int64_t>(w_) >> kImmedShift; }
  constexpr std::uint32_t atom_index() const { return static_cast<std::uint32_t>(w_ >> kImmedShift); }
  constexpr std::uint64_t pid_number() const { return w_ >> kImmedShift; }

  // --- pointers ---------------------------------------------------------
  Word* cons_ptr() const { return reinterpret_cast<Word*>(w_ - kListTag); }
  Word* boxed_ptr() const { return reinterpret_cast<Word*>(w_ - kBoxedTag); }
  Term head() const { return from_raw(cons_ptr()[0]); }
  Term tail() const { return from_raw(cons_ptr()[1]); }

  // --- headers ----------------------------------------------------------
  static constexpr Word make_header(Subtag s, std::size_t arity) {
    return (static_cast<Word>(arity) << 8) | (static_cast<Word>(s) << 2) | kHeaderTag;
  }
  static constexpr Subtag header_subtag(Word h) { return static_cast<Subtag>((h >> 2) & 0x3F); }
  static constexpr std::size_t header_arity(Word h) { return static_cast<std::size_t>(h >> 8); }

  Subtag subtag() const { return header_subtag(boxed_ptr()[0]); }
  bool is_boxed_of(Subtag s) const { return is_boxed() && subtag() == s; }
  bool is_tuple() const { return is_boxed_of(Subtag::TUPLE); }
  bool is_float() const { return is_boxed_of(Subtag::FLOAT); }
  bool is_bignum() const {
    return is_boxed() && (subtag() == Subtag::BIGNUM_POS || subtag() == Subtag::BIGNUM_NEG);
  }
  bool is_integer() const { return is_small() || is_bignum(); }
  bool is_number() const { return is_integer() || is_float(); }
  // Any bitstring (a binary is a bitstring of whole bytes).
  bool is_bitstring() const {
    if (!is_boxed()) return false;
    Subtag s = subtag();
    return s == Subtag::HEAP_BIN || s == Subtag::REFC_BIN || s == Subtag::SUB_BIN;
  }
  // Erlang's is_binary: a bitstring whose size is a multiple of 8.
  bool is_binary() const {
    if (!is_boxed()) return false;
    Subtag s = subtag();
    return s == Subtag::HEAP_BIN || s == Subtag::REFC_BIN ||
           (s == Subtag::SUB_BIN && boxed_ptr()[1] % 8 == 0);
  }
  bool is_fun() const { return is_boxed_of(Subtag::FUN); }
  bool is_ref() const { return is_boxed_of(Subtag::REF); }
  bool is_map() const {
    return is_boxed() && (subtag() == Subtag::MAP_FLAT || subtag() == Subtag::MAP_HAMT);
  }

  // Tuples.
  std::size_t tuple_arity() const { return header_arity(boxed_ptr()[0]); }
  Term element(std::size_t i) const { return from_raw(boxed_ptr()[1 + i]); }  // 0-based

  // Floats.
  double float_value() const {
    double d;
    std::memcpy(&d, boxed_ptr() + 1, sizeof d);
    return d;
  }

  // Bitstrings (any of the three kinds). Sizes in bits, and in whole bytes.
  std::size_t bit_size() const {
    const Word* p = boxed_ptr();
    return header_subtag(p[0]) == Subtag::SUB_BIN ? static_cast<std::size_t>(p[1])
                                                  : static_cast<std::size_t>(p[1]) * 8;
  }
  std::size_t binary_size() const { return bit_size() / 8; }  // whole bytes
  // The bits of a bitstring.
  BitSpan bits() const {
    const Word* p = boxed_ptr();
    Subtag s = header_subtag(p[0]);
    if (s == Subtag::SUB_BIN) {
      return {byte_base(from_raw(p[3]).boxed_ptr()), static_cast<std::size_t>(p[2]),
              static_cast<std::size_t>(p[1])};
    }
    return {byte_base(p), 0, static_cast<std::size_t>(p[1]) * 8};
  }
  // The bytes of a binary (is_binary(); by the invariant above they are
  // contiguous). For a bitstring, the bytes it begins with.
  const char* binary_data() const {
    const Word* p = boxed_ptr();
    if (header_subtag(p[0]) == Subtag::SUB_BIN)
      return reinterpret_cast<const char*>(byte_base(from_raw(p[3]).boxed_ptr())) + p[2] / 8;
    return reinterpret_cast<const char*>(byte_base(p));
  }
  std::string_view binary_view() const { return {binary_data(), binary_size()}; }
  // A REFC_BIN's shared bytes.
  OffHeapBinary* off_heap_binary() const { return reinterpret_cast<OffHeapBinary*>(boxed_ptr()[2]); }

  constexpr bool operator==(const Term& o) const = default;  // identity (===) only for immediates

 private:
  // The first byte of a HEAP_BIN's or REFC_BIN's contents.
  static const unsigned char* byte_base(const Word* p) {
    if (header_subtag(p[0]) == Subtag::HEAP_BIN) return reinterpret_cast<const unsigned char*>(p + 2);
    return reinterpret_cast<const OffHeapBinary*>(p[2])->bytes();
  }
  static constexpr Word kNoneWord = (1 << kImmedShift) | kSpecialTag;
  Word w_;
};

static_assert(sizeof(Term) == sizeof(Word));

}  // namespace vial
