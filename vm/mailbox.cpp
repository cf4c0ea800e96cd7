#include "vm/mailbox.h"

#include <cstdlib>
#include <cstring>
#include <new>

#include "vm/copy.h"
#include "vm/heap.h"
#include "vm/process.h"

namespace vial {

namespace {

// A heap over one block sized exactly by copy_size.
class BufferHeap final : public Heap {
 public:
  BufferHeap(Word* begin, std::size_t words) : Heap(0) {
    top_ = begin;
    chunk_limit_ = begin + words;
  }
  std::vector<Word*> take_off_heap() { return std::move(off_heap_); }

 private:
  Word* alloc_slow(std::size_t) override {
    // copy_size and copy_term disagree: a bug, never bad input.
    std::abort();
  }
};

std::size_t size_of(Term t, std::uint32_t* off_heap, std::uint32_t* funs) {
  std::size_t n = 0;
  while (true) {
    if (t.is_immediate()) return n;
    if (t.is_cons()) {
      while (t.is_cons()) {
        n += 2 + size_of(t.head(), off_heap, funs);
        t = t.tail();
      }
      continue;  // the tail
    }
    const Word* p = t.boxed_ptr();
    Word header = p[0];
    Subtag st = Term::header_subtag(header);
    if (st == Subtag::SUB_BIN) {
      Term parent = Term::from_raw(p[3]);
      if (parent.subtag() != Subtag::REFC_BIN) {
        // copy_term makes a fresh bitstring of the part (vm/binary.cpp
        // make_bitstring_uninit: a heap binary, and a SUB_BIN for a partial
        // last byte).
        std::size_t bits = static_cast<std::size_t>(p[1]);
        std::size_t bytes = (bits + 7) / 8;
        return n + 2 + (bytes + 7) / 8 + (bits % 8 ? 4 : 0);
      }
      n += 4;
      t = parent;
      continue;
    }
    std::size_t arity = Term::header_arity(header);
    n += 1 + arity;
    if (st == Subtag::FUN && funs && !(p[2] >> 63)) ++*funs;  // a local fun
    if (st == Subtag::REFC_BIN) {
      ++*off_heap;
      return n;
    }
    std::uint32_t raw = subtag_raw_words(st);
    std::size_t first_term = raw == kAllRaw ? arity : std::min<std::size_t>(raw, arity);
    if (first_term >= arity) return n;
    for (std::size_t i = first_term; i + 1 < arity; ++i) n += size_of(Term::from_raw(p[1 + i]), off_heap, funs);
    t = Term::from_raw(p[arity]);  // the last element by iteration (long chains of tuples)
  }
}

}  // namespace

std::size_t copy_size(Term t, std::uint32_t* off_heap, std::uint32_t* funs) { return size_of(t, off_heap, funs); }

namespace {
// A tuple of immediates (most messages: {:token, 5}, {:ping, pid, 3}) is
// copied without the size pass.
bool flat_tuple(Term t) {
  if (!t.is_tuple()) return false;
  const Word* p = t.boxed_ptr();
  std::size_t n = Term::header_arity(p[0]);
  for (std::size_t i = 1; i <= n; ++i)
    if (!Term::from_raw(p[i]).is_immediate()) return false;
  return true;
}
}  // namespace

Signal* make_signal(SignalKind kind, Term from, Term payload, Term ref) {
  if (ref.is_immediate() && flat_tuple(payload)) {
    std::size_t n = 1 + payload.tuple_arity();
    Word* mem = alloc_words(kSignalHeaderWords + n);
    Signal* s = new (mem) Signal{nullptr, kSignalHeaderWords + n, 0, kind};
    s->from = from;
    s->ref = ref;
    std::memcpy(mem + kSignalHeaderWords, payload.boxed_ptr(), n * sizeof(Word));
    s->payload = Term::boxed(mem + kSignalHeaderWords);
    return s;
  }
  std::uint32_t off = 0;
  std::size_t body = copy_size(payload, &off) + copy_size(ref, &off);
  std::size_t words = kSignalHeaderWords + body + off;
  Word* mem = alloc_words(words);
  Signal* s = new (mem) Signal{nullptr, words, off, kind};
  s->from = from;
  if (body == 0) {
    s->payload = payload;
    s->ref = ref;
    return s;
  }
  BufferHeap h(mem + kSignalHeaderWords, body);
  s->payload = copy_term(h, payload);
  s->ref = copy_term(h, ref);
  std::vector<Word*> objects = h.take_off_heap();
  Word** tail = signal_off_heap(s);
  for (std::uint32_t i = 0; i < off; ++i) tail[i] = objects[i];
  return s;
}

void free_signal(Signal* s) {
  Word** objects = signal_off_heap(s);
  for (std::uint32_t i = 0; i < s->off_heap; ++i) release_off_heap(objects[i]);
  free_words(s->words_begin(), s->words);
}

}  // namespace vial
