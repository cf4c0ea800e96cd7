// Heaps that terms are allocated on.
//
// A Heap hands out word-aligned memory by bumping a pointer through chunks;
// memory is never moved, so terms built on it stay valid until the Heap dies.
// The compiler builds quoted forms and literals on one; for now each process
// also allocates on one. The sequential-core issue replaces the process side
// with DESIGN.md §4's single block (stack and heap growing toward each other)
// and a copying collector; the allocation interface below stays.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <memory>
#include <string_view>
#include <vector>

#include "vm/term.h"

namespace vial {

// Off-heap binaries (DESIGN.md §4, docs/binaries.md). A REFC_BIN object
// on a heap holds one reference to its OffHeapBinary, and every REFC_BIN a
// heap holds is in that heap's off-heap list:
//   - whoever writes a REFC_BIN onto a heap (make_binary*, copy_term, ...)
//     calls track_off_heap(object) with the object's header address; the
//     reference it holds is the one the object owns (make_* create it,
//     copies take one with retain_off_heap);
//   - a collector that copies a REFC_BIN keeps its entry (updated to the new
//     address) and calls release_off_heap(object) for every entry whose
//     object did not survive;
//   - a Heap releases every object it still tracks when it is destroyed.
// release_off_heap drops the object's reference; the last one frees the
// bytes. Nothing else may free or drop them.
void release_off_heap(Word* object);
// Takes one more reference to the bytes of a REFC_BIN (for a copy of it).
void retain_off_heap(const Word* object);

class Heap {
 public:
  explicit Heap(std::size_t first_chunk_words = 1024) : next_chunk_words_(first_chunk_words) {}
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;
  ~Heap();

  // Registers a REFC_BIN allocated on this heap (see above).
  void track_off_heap(Word* object) { off_heap_.push_back(object); }
  // The REFC_BIN objects this heap holds, for the collector to update.
  std::vector<Word*>& off_heap() { return off_heap_; }
  // Total bytes of the off-heap binaries this heap refers to (what BEAM
  // calls binary virtual heap; a collector may use it to decide when to run).
  std::size_t off_heap_bytes() const;

  Word* alloc(std::size_t words) {
    if (static_cast<std::size_t>(limit_ - top_) < words) grow(words);
    Word* p = top_;
    top_ += words;
    return p;
  }

  // Total words handed out so far.
  std::size_t used_words() const { return used_before_ + static_cast<std::size_t>(top_ - start_); }

 private:
  void grow(std::size_t at_least);

  std::vector<std::unique_ptr<Word[]>> chunks_;
  std::vector<Word*> off_heap_;
  Word* start_ = nullptr;
  Word* top_ = nullptr;
  Word* limit_ = nullptr;
  std::size_t used_before_ = 0;
  std::size_t next_chunk_words_;
};

// --- constructors -------------------------------------------------------

Term make_cons(Heap& h, Term head, Term tail);
Term make_tuple(Heap& h, std::initializer_list<Term> elements);
// A tuple whose elements the caller fills in with `tuple_set`.
Term make_tuple_uninit(Heap& h, std::size_t arity);
inline void tuple_set(Term tuple, std::size_t i, Term v) { tuple.boxed_ptr()[1 + i] = v.raw(); }
Term make_list(Heap& h, const std::vector<Term>& elements, Term tail = Term::nil());
Term make_float(Heap& h, double d);
// A binary: on the heap up to kHeapBinaryMax bytes, off-heap above.
Term make_binary(Heap& h, std::string_view bytes);
// A binary of `size` bytes whose contents the caller writes through the
// pointer before anything else can see the binary.
Term make_binary_uninit(Heap& h, std::size_t size, char** data);
// (Bitstrings, sub-binaries and bit-level access: vm/binary.h.)
// An integer: small when it fits, a bignum otherwise.
Term make_integer(Heap& h, std::int64_t v);
// Builds an integer from GMP limbs (magnitude, least significant first) and a
// sign, normalising to a small integer when it fits.
Term make_integer_from_limbs(Heap& h, const std::uint64_t* limbs, std::size_t n, bool negative);
// Parses a decimal/hex/octal/binary digit string (no sign, no underscores)
// into an integer term. Returns Term::none() if `digits` has a bad digit.
Term make_integer_from_digits(Heap& h, std::string_view digits, int base);

// Bignum accessors.
inline std::size_t bignum_limb_count(Term t) { return Term::header_arity(t.boxed_ptr()[0]); }
inline const std::uint64_t* bignum_limbs(Term t) {
  return reinterpret_cast<const std::uint64_t*>(t.boxed_ptr() + 1);
}
inline bool bignum_negative(Term t) { return t.subtag() == Subtag::BIGNUM_NEG; }

// A charlist or string from a term list; helpers for building common shapes.
std::size_t list_length(Term list);  // length of a proper list, or SIZE_MAX if improper

}  // namespace vial
