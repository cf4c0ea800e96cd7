// Heaps that terms are allocated on.
//
// A Heap hands out word-aligned memory by bumping a pointer. The base class
// bumps through chunks that never move, so terms built on it stay valid until
// the Heap dies: the compiler builds quoted forms and literals on one. A
// process allocates on its own kind of Heap (vm/process.h), whose memory is
// the young area of the process's block, bounded by the stack, and which the
// collector (vm/gc.cpp, docs/gc.md) moves. Code that allocates takes a Heap&
// and cannot tell which kind it has.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vm/term.h"

namespace vial {

class Heap {
 public:
  explicit Heap(std::size_t first_chunk_words = 1024) : next_chunk_words_(first_chunk_words) {}
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;
  // Releases the off-heap objects still registered (see add_off_heap).
  virtual ~Heap();

  // Never collects: terms the caller holds stay where they are.
  Word* alloc(std::size_t words) {
    if (static_cast<std::size_t>(*limit_ - top_) < words) return alloc_slow(words);
    Word* p = top_;
    top_ += words;
    return p;
  }

  // The next free word.
  Word* top() const { return top_; }

  // Whether `p` lies in one of this heap's chunks (a module's literal area,
  // for purging: vm/module.cpp).
  bool contains(const Word* p) const;

  // Total words handed out so far (chunked heaps).
  std::size_t used_words() const { return used_before_ + static_cast<std::size_t>(top_ - start_); }

  // Off-heap objects: a boxed object whose payload lives outside the heap (a
  // REFC_BIN's reference-counted bytes) is registered, once allocated, with
  // the heap it is on. The heap releases it (release_off_heap) when it dies;
  // a process's collector keeps the entries of objects it copies (at their new
  // address) and releases the others, so the payload is freed exactly when
  // the last copy becomes garbage.
  void add_off_heap(Word* object) { off_heap_.push_back(object); }
  std::vector<Word*>& off_heap() { return off_heap_; }
  // Called when a new off-heap binary of `bytes` bytes was made on this heap
  // (not for copies). A process's heap asks for a collection when much
  // off-heap memory was made since the last one (BEAM's binary virtual
  // heap): the heap words of REFC_BIN objects are few, so without this a
  // process could hold gigabytes of dead binaries before its heap fills.
  virtual void off_heap_allocated(std::size_t bytes) {}

 protected:
  // Called when the current area has fewer than `words` free.
  virtual Word* alloc_slow(std::size_t words);

  Word* top_ = nullptr;
  Word* chunk_limit_ = nullptr;
  // Where the free area ends: the chunk's end, or a process's stack top.
  Word* const* limit_ = &chunk_limit_;
  std::vector<Word*> off_heap_;

 private:
  std::vector<std::unique_ptr<Word[]>> chunks_;
  std::vector<std::size_t> chunk_words_;  // each chunk's size
  Word* start_ = nullptr;
  std::size_t used_before_ = 0;
  std::size_t next_chunk_words_;
};

// What releasing an off-heap object of subtag `s` does (e.g. drop a
// reference to a REFC_BIN's bytes). Kinds that register objects with
// Heap::add_off_heap install theirs once at start-up.
using OffHeapRelease = void (*)(Word* object);
void set_off_heap_release(Subtag s, OffHeapRelease fn);
// Releases one registered object (dispatching on its header's subtag).
void release_off_heap(Word* object);
// Off-heap binaries (docs/binaries.md): each REFC_BIN object owns one
// reference to its OffHeapBinary; make_binary*/make_bitstring* register the
// objects they make with add_off_heap, and whoever copies a REFC_BIN onto
// another heap (copy_term: messages, literals) takes a reference for the
// copy with retain_off_heap and registers it there. The REFC_BIN release
// (installed in heap.cpp) drops the reference; the last one frees the bytes.
void retain_off_heap(const Word* object);

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
// An off-heap binary of `size` bytes with room for `capacity` (>= size), so
// appends can extend it in place (try_append_in_place, vm/binary.h).
Term make_binary_with_capacity(Heap& h, std::size_t size, std::size_t capacity, char** data);
// (Bitstrings, sub-binaries and bit-level access: vm/binary.h.)
// An integer: small when it fits, a bignum otherwise.
Term make_integer(Heap& h, std::int64_t v);
// Builds an integer from GMP limbs (magnitude, least significant first) and a
// sign, normalising to a small integer when it fits.
Term make_integer_from_limbs(Heap& h, const std::uint64_t* limbs, std::size_t n, bool negative);
// Parses a decimal/hex/octal/binary digit string (no sign, no underscores)
// into an integer term. Returns Term::none() if `digits` has a bad digit.
Term make_integer_from_digits(Heap& h, std::string_view digits, int base);

// References (docs/terms.md "References"): a REF object holding a number
// unique in this VM, taken from one atomic counter (make_ref/0 may run on any
// scheduler). ref_number reads it back; ref_text is what BEAM prints between
// `#Reference<` and `>`: "0.A.B.C", the number split as BEAM splits a ref's
// words (C: the low 18 bits, B: the next 32, A: the rest).
Term make_ref(Heap& h);
// A fresh reference number, and the reference with a given number.
std::uint64_t new_ref_number();
Term make_ref(Heap& h, std::uint64_t number);
inline std::uint64_t ref_number(Term ref) { return ref.boxed_ptr()[1]; }
std::string ref_text(Term ref);

// Bignum accessors.
inline std::size_t bignum_limb_count(Term t) { return Term::header_arity(t.boxed_ptr()[0]); }
inline const std::uint64_t* bignum_limbs(Term t) {
  return reinterpret_cast<const std::uint64_t*>(t.boxed_ptr() + 1);
}
inline bool bignum_negative(Term t) { return t.subtag() == Subtag::BIGNUM_NEG; }

// A charlist or string from a term list; helpers for building common shapes.
std::size_t list_length(Term list);  // length of a proper list, or SIZE_MAX if improper

}  // namespace vial
