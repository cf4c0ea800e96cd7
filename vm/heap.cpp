#include "vm/heap.h"

#include <gmp.h>

#include <algorithm>
#include <cstdlib>
#include <new>
#include <cstdint>
#include <string>

namespace vial {

const char* subtag_name(Subtag s) {
  static constexpr const char* names[] = {
#define X(name, str, raw) str,
      VIAL_BOXED_SUBTAGS(X)
#undef X
  };
  return names[static_cast<int>(s)];
}

std::uint32_t subtag_raw_words(Subtag s) {
  static constexpr std::uint32_t raw_words[] = {
#define X(name, str, raw) raw,
      VIAL_BOXED_SUBTAGS(X)
#undef X
  };
  return raw_words[static_cast<int>(s)];
}

void retain_off_heap(const Word* object) {
  reinterpret_cast<OffHeapBinary*>(object[2])->refs.fetch_add(1, std::memory_order_relaxed);
}

namespace {

// A REFC_BIN's release: drop its reference; the last one frees the bytes.
void release_refc_binary(Word* object) {
  auto* bin = reinterpret_cast<OffHeapBinary*>(object[2]);
  if (bin->refs.fetch_sub(1, std::memory_order_acq_rel) == 1) std::free(bin);
}

OffHeapRelease off_heap_release[64] = {};
// Binaries are part of every heap's vocabulary: their release is installed
// before anything can allocate one.
const bool refc_release_installed = (off_heap_release[static_cast<int>(Subtag::REFC_BIN)] = release_refc_binary, true);

}  // namespace

void set_off_heap_release(Subtag s, OffHeapRelease fn) { off_heap_release[static_cast<int>(s)] = fn; }

void release_off_heap(Word* object) {
  OffHeapRelease fn = off_heap_release[static_cast<int>(Term::header_subtag(object[0]))];
  if (fn) fn(object);
}

Heap::~Heap() {
  for (Word* o : off_heap_) release_off_heap(o);
}

Word* Heap::alloc_slow(std::size_t words) {
  if (start_) used_before_ += static_cast<std::size_t>(top_ - start_);
  std::size_t size = std::max(words, next_chunk_words_);
  // Chunks grow along a Fibonacci-like series so big heaps need few chunks.
  next_chunk_words_ = next_chunk_words_ + next_chunk_words_ / 2;
  chunks_.emplace_back(new Word[size]);
  chunk_words_.push_back(size);
  start_ = top_ = chunks_.back().get();
  chunk_limit_ = start_ + size;
  Word* p = top_;
  top_ += words;
  return p;
}

bool Heap::contains(const Word* p) const {
  for (std::size_t i = 0; i < chunks_.size(); ++i)
    if (p >= chunks_[i].get() && p < chunks_[i].get() + chunk_words_[i]) return true;
  return false;
}

Term make_cons(Heap& h, Term head, Term tail) {
  Word* p = h.alloc(2);
  p[0] = head.raw();
  p[1] = tail.raw();
  return Term::list(p);
}

Term make_tuple_uninit(Heap& h, std::size_t arity) {
  Word* p = h.alloc(1 + arity);
  p[0] = Term::make_header(Subtag::TUPLE, arity);
  for (std::size_t i = 0; i < arity; ++i) p[1 + i] = Term::nil().raw();
  return Term::boxed(p);
}

Term make_tuple(Heap& h, std::initializer_list<Term> elements) {
  Term t = make_tuple_uninit(h, elements.size());
  std::size_t i = 0;
  for (Term e : elements) tuple_set(t, i++, e);
  return t;
}

Term make_list(Heap& h, const std::vector<Term>& elements, Term tail) {
  Term list = tail;
  for (auto it = elements.rbegin(); it != elements.rend(); ++it) list = make_cons(h, *it, list);
  return list;
}

Term make_float(Heap& h, double d) {
  Word* p = h.alloc(2);
  p[0] = Term::make_header(Subtag::FLOAT, 1);
  std::memcpy(p + 1, &d, sizeof d);
  return Term::boxed(p);
}

std::uint64_t new_ref_number() {
  static std::atomic<std::uint64_t> next{0};
  return next.fetch_add(1, std::memory_order_relaxed) + 1;
}

Term make_ref(Heap& h, std::uint64_t number) {
  Word* p = h.alloc(2);
  p[0] = Term::make_header(Subtag::REF, 1);
  p[1] = number;
  return Term::boxed(p);
}

Term make_ref(Heap& h) { return make_ref(h, new_ref_number()); }

std::string ref_text(Term ref) {
  std::uint64_t n = ref_number(ref);
  return "0." + std::to_string(n >> 50) + "." + std::to_string((n >> 18) & 0xFFFFFFFF) + "." +
         std::to_string(n & 0x3FFFF);
}

Term make_binary_with_capacity(Heap& h, std::size_t size, std::size_t capacity, char** data) {
  auto* bin = static_cast<OffHeapBinary*>(std::malloc(sizeof(OffHeapBinary) + capacity));
  if (!bin) throw std::bad_alloc();
  new (&bin->refs) std::atomic<std::size_t>(1);
  new (&bin->used) std::atomic<std::size_t>(size);
  bin->size = capacity;
  Word* p = h.alloc(3);
  p[0] = Term::make_header(Subtag::REFC_BIN, 2);
  p[1] = size;
  p[2] = reinterpret_cast<Word>(bin);
  h.add_off_heap(p);
  h.off_heap_allocated(capacity);
  *data = reinterpret_cast<char*>(bin->bytes());
  return Term::boxed(p);
}

Term make_binary_uninit(Heap& h, std::size_t size, char** data) {
  if (size > kHeapBinaryMax) return make_binary_with_capacity(h, size, size, data);
  std::size_t payload = 1 + (size + 7) / 8;
  Word* p = h.alloc(1 + payload);
  p[0] = Term::make_header(Subtag::HEAP_BIN, payload);
  p[1] = size;
  p[payload] = 0;  // zero the tail padding so whole-word compares are defined
  *data = reinterpret_cast<char*>(p + 2);
  return Term::boxed(p);
}

Term make_binary(Heap& h, std::string_view bytes) {
  char* data;
  Term t = make_binary_uninit(h, bytes.size(), &data);
  if (!bytes.empty()) std::memcpy(data, bytes.data(), bytes.size());
  return t;
}

Term make_integer_from_limbs(Heap& h, const std::uint64_t* limbs, std::size_t n, bool negative) {
  while (n > 0 && limbs[n - 1] == 0) --n;
  if (n == 0) return Term::small(0);
  if (n == 1) {
    std::uint64_t mag = limbs[0];
    if (!negative && mag <= static_cast<std::uint64_t>(Term::kSmallMax))
      return Term::small(static_cast<std::int64_t>(mag));
    if (negative && mag <= static_cast<std::uint64_t>(Term::kSmallMax) + 1)
      return Term::small(-static_cast<std::int64_t>(mag));
  }
  Word* p = h.alloc(1 + n);
  p[0] = Term::make_header(negative ? Subtag::BIGNUM_NEG : Subtag::BIGNUM_POS, n);
  std::memcpy(p + 1, limbs, n * sizeof(std::uint64_t));
  return Term::boxed(p);
}

Term make_integer(Heap& h, std::int64_t v) {
  if (Term::small_fits(v)) return Term::small(v);
  bool neg = v < 0;
  std::uint64_t mag = neg ? (~static_cast<std::uint64_t>(v) + 1) : static_cast<std::uint64_t>(v);
  return make_integer_from_limbs(h, &mag, 1, neg);
}

Term make_integer_from_digits(Heap& h, std::string_view digits, int base) {
  if (digits.empty()) return Term::none();
  // GMP's mpn_set_str wants digit values, not characters.
  std::string values(digits.size(), '\0');
  for (std::size_t i = 0; i < digits.size(); ++i) {
    char c = digits[i];
    int v = c >= '0' && c <= '9' ? c - '0'
            : c >= 'a' && c <= 'z' ? c - 'a' + 10
            : c >= 'A' && c <= 'Z' ? c - 'A' + 10
                                   : 99;
    if (v >= base) return Term::none();
    values[i] = static_cast<char>(v);
  }
  std::size_t max_limbs = digits.size() / 2 + 2;
  std::vector<mp_limb_t> limbs(max_limbs);
  mp_size_t n = mpn_set_str(limbs.data(), reinterpret_cast<const unsigned char*>(values.data()),
                            values.size(), base);
  static_assert(sizeof(mp_limb_t) == sizeof(std::uint64_t));
  return make_integer_from_limbs(h, reinterpret_cast<const std::uint64_t*>(limbs.data()),
                                 static_cast<std::size_t>(n), false);
}

std::size_t list_length(Term list) {
  std::size_t n = 0;
  while (list.is_cons()) {
    ++n;
    list = list.tail();
  }
  return list.is_nil() ? n : SIZE_MAX;
}

}  // namespace vial
