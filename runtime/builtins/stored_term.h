// A term kept off every process heap (ETS objects, :persistent_term and
// the application environment): copied onto a Heap of its own when stored,
// copied onto the caller's heap when read (vm/copy.h), as messages are.
#pragma once

#include <memory>

#include "vm/compare.h"
#include "vm/copy.h"
#include "vm/heap.h"
#include "vm/module.h"

namespace vial {

// A term copied off every process heap, onto a heap of its own.
struct Stored {
  std::unique_ptr<Heap> heap;
  Term term = Term::nil();

  Stored() = default;
  explicit Stored(Term t) { set(t); }
  void set(Term t) {
    if (t.is_immediate()) {
      heap.reset();
      term = t;
      return;
    }
    std::uint32_t off = 0, funs = 0;
    std::size_t words = copy_size(t, &off, &funs);
    auto h = std::make_unique<Heap>(words + 1);
    term = copy_term(*h, t);
    heap = std::move(h);
    // A fun kept here is out of reach of a purge's checks (vm/module.cpp).
    if (funs) note_funs_stored(term);
  }
};

struct KeyLess {
  bool exact = true;
  bool operator()(Term a, Term b) const { return exact ? compare_exact(a, b) < 0 : compare_terms(a, b) < 0; }
};

}  // namespace vial
