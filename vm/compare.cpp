// Term order and equality (vm/compare.h): Erlang's total order over all
// terms, with `==` (numbers by value) and `=:=` (numbers by type and value).
//
// The comparison never recurses on the C++ stack. Compound terms are compared
// as sequences of words (a tuple's elements, a cons cell's head then tail, a
// fun's free variables), kept on an explicit stack of pending sequences, so
// neither a long list nor a deeply nested term can overflow it; a list costs
// one stack entry however long it is, because the entry for a cons cell is
// dropped as its tail is taken.
#include "vm/compare.h"
#include "vm/fun.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstring>
#include <vector>

#include "vm/atom.h"
#include "vm/binary.h"
#include "vm/map.h"
#include "vm/number.h"

namespace vial {

namespace {

// Erlang's order of term classes:
//   number < atom < reference < fun < port < pid < tuple < map < [] < list < bitstring
enum class Order : int {
  kNumber,
  kAtom,
  kReference,
  kFun,
  kPort,
  kPid,
  kTuple,
  kMap,
  kNil,
  kList,
  kBitstring,
};

Order order_of(Term t) {
  if (t.is_small()) return Order::kNumber;
  if (t.is_atom()) return Order::kAtom;
  if (t.is_pid()) return Order::kPid;
  if (t.is_nil()) return Order::kNil;
  if (t.is_cons()) return Order::kList;
  // Only NONE is neither of the above nor boxed, and it is never a program
  // value; it gets a class only so that a caller's bug cannot read through a
  // non-pointer below.
  if (!t.is_boxed()) return Order::kNil;
  // Everything else a program can hold is boxed.
  switch (t.subtag()) {
    case Subtag::TUPLE: return Order::kTuple;
    case Subtag::FLOAT:
    case Subtag::BIGNUM_POS:
    case Subtag::BIGNUM_NEG: return Order::kNumber;
    case Subtag::HEAP_BIN:
    case Subtag::REFC_BIN:
    case Subtag::SUB_BIN: return Order::kBitstring;
    case Subtag::FUN: return Order::kFun;
    case Subtag::REF: return Order::kReference;
    case Subtag::MAP_FLAT:
    case Subtag::MAP_HAMT: return Order::kMap;
  }
  return Order::kTuple;  // unreachable: every subtag is listed above
}

int sign_of(int c) { return c < 0 ? -1 : c > 0 ? 1 : 0; }

template <typename T>
int three_way(T x, T y) {
  return x < y ? -1 : x > y ? 1 : 0;
}

// Compares boxed payload words as unsigned numbers, for the objects whose
// layout is not settled yet (see compare_one).
int compare_raw_payload(Term x, Term y) {
  std::size_t nx = Term::header_arity(x.boxed_ptr()[0]);
  std::size_t ny = Term::header_arity(y.boxed_ptr()[0]);
  if (nx != ny) return three_way(nx, ny);
  for (std::size_t i = 1; i <= nx; ++i) {
    int c = three_way(x.boxed_ptr()[i], y.boxed_ptr()[i]);
    if (c != 0) return c;
  }
  return 0;
}

// A run of words still to be compared pairwise as terms.
struct Pending {
  const Word* a;
  const Word* b;
  std::size_t n;
};

// The explicit stack: a few entries inline (most terms are shallow), the
// general heap beyond that.
class PendingStack {
 public:
  bool empty() const { return size_ == 0; }
  void push(const Word* a, const Word* b, std::size_t n) {
    if (n == 0) return;
    if (size_ < inline_.size()) {
      inline_[size_] = {a, b, n};
    } else {
      spill_.push_back({a, b, n});
    }
    ++size_;
  }
  // Takes the next pair from the top run, dropping the run once it is used up.
  void take(Term* x, Term* y) {
    Pending& p = size_ <= inline_.size() ? inline_[size_ - 1] : spill_.back();
    *x = Term::from_raw(*p.a++);
    *y = Term::from_raw(*p.b++);
    if (--p.n == 0) {
      if (size_ > inline_.size()) spill_.pop_back();
      --size_;
    }
  }

 private:
  std::array<Pending, 16> inline_{};
  std::vector<Pending> spill_;
  std::size_t size_ = 0;
};

// Compares two terms at the top level: -1, 0 or 1. For compound terms of the
// same class and shape it compares what decides without looking inside (size,
// arity) and pushes their elements for the caller's loop instead of
// recursing. `exact` selects =:= for numbers: an integer then never equals a
// float, and integers order before floats (the order Erlang uses for map keys).
int compare_impl(Term a, Term b, bool exact);

int compare_one(Term x, Term y, bool exact, PendingStack& pending) {
  if (x.raw() == y.raw()) return 0;
  Order ox = order_of(x), oy = order_of(y);
  if (ox != oy) return three_way(static_cast<int>(ox), static_cast<int>(oy));

  switch (ox) {
    case Order::kNumber:
      if (exact && x.is_float() != y.is_float()) return x.is_float() ? 1 : -1;
      return compare_numbers(x, y);

    case Order::kAtom:
      // Atoms order by their text (UTF-8 bytes, which is code point order).
      return sign_of(atom_text(x).compare(atom_text(y)));

    case Order::kPid:
      // Only local pids exist so far; remote pids (ordered by node first)
      // arrive with distribution.
      return three_way(x.pid_number(), y.pid_number());

    case Order::kNil:
      return 0;  // [] is one value; unreachable after the identity test

    case Order::kList:
      // Element by element: the head, then the tail (which may be any term
      // in an improper list).
      pending.push(x.cons_ptr(), y.cons_ptr(), 2);
      return 0;

    case Order::kTuple: {
      // Erlang: tuples order by size first, then element by element.
      std::size_t nx = x.tuple_arity(), ny = y.tuple_arity();
      if (nx != ny) return three_way(nx, ny);
      pending.push(x.boxed_ptr() + 1, y.boxed_ptr() + 1, nx);
      return 0;
    }

    case Order::kBitstring:
      // Bit by bit, then the shorter first: <<1,2>> < <<1,2,3>>, <<2>> > <<1,2,3>>
      // (vm/binary.cpp; any kind of binary, any bit size).
      return compare_bitstrings(x, y);

    case Order::kFun: {
      // BEAM orders funs by module, function index and uniq, then by their
      // free variables. A Vial fun names its function by its entry address
      // (word 1) and packed arity/index (word 2); comparing those gives a
      // consistent order for funs of the same code, and then the free
      // variables compare as terms, as on BEAM. Funs of different modules
      // will order by module once funs carry it.
      const Word* px = x.boxed_ptr();
      const Word* py = y.boxed_ptr();
      if (int c = three_way(px[2] & kFunCallMask, py[2] & kFunCallMask)) return c;
      if (int c = three_way(px[1], py[1])) return c;
      std::size_t fx = Term::header_arity(px[0]) - 2, fy = Term::header_arity(py[0]) - 2;
      if (fx != fy) return three_way(fx, fy);
      pending.push(px + 3, py + 3, fx);
      return 0;
    }

    case Order::kMap: {
      // Erlang: maps order by size, then by their keys in exact term order
      // (integers before floats), then by their values in key order. Keys
      // compare exactly whatever the mode, so %{1 => a} != %{1.0 => a}.
      std::size_t nx = map_size(x), ny = map_size(y);
      if (nx != ny) return three_way(nx, ny);
      if (x.subtag() == Subtag::MAP_FLAT && y.subtag() == Subtag::MAP_FLAT) {
        const Word* px = x.boxed_ptr() + 2;
        const Word* py = y.boxed_ptr() + 2;
        for (std::size_t i = 0; i < nx; ++i)
          if (int c = compare_impl(Term::from_raw(px[i]), Term::from_raw(py[i]), true)) return c;
        pending.push(px + nx, py + nx, nx);
        return 0;
      }
      MapItems ix = map_items_sorted(x), iy = map_items_sorted(y);
      for (std::size_t i = 0; i < nx; ++i)
        if (int c = compare_impl(ix[i].first, iy[i].first, true)) return c;
      for (std::size_t i = 0; i < nx; ++i)
        if (int c = compare_impl(ix[i].second, iy[i].second, exact)) return c;
      return 0;
    }

    case Order::kReference:
      // Local references order by their numbers, as on BEAM (which compares
      // a ref's words from the most significant; ref_text splits the number
      // into those words in the same order). Remote references (ordered by
      // node first) arrive with distribution.
      return three_way(ref_number(x), ref_number(y));

    case Order::kPort:
      // Ports do not exist; the case is here for the order's completeness.
      return compare_raw_payload(x, y);
  }
  return 0;
}

int compare_impl(Term a, Term b, bool exact) {
  PendingStack pending;
  Term x = a, y = b;
  for (;;) {
    if (int c = compare_one(x, y, exact, pending)) return c;
    if (pending.empty()) return 0;
    pending.take(&x, &y);
  }
}

}  // namespace

// Erlang: erlang:'<'/2 and friends (the standard term order); 0 means `==`.
// Two floats compare as doubles (Erlang floats are finite; -0.0 == 0.0 on
// OTP 25, as three_way gives).
int compare_terms(Term a, Term b) {
  if (a.raw() == b.raw()) return 0;
  if (a.is_small() && b.is_small()) return three_way(a.small_value(), b.small_value());
  if (a.is_float() && b.is_float()) return three_way(a.float_value(), b.float_value());
  return compare_impl(a, b, false);
}

int compare_exact(Term a, Term b) {
  if (a.raw() == b.raw()) return 0;
  if (a.is_small() && b.is_small()) return three_way(a.small_value(), b.small_value());
  if (a.is_float() && b.is_float()) return three_way(a.float_value(), b.float_value());
  return compare_impl(a, b, true);
}

// Erlang: erlang:'=:='/2.
bool exact_equal(Term a, Term b) {
  if (a.raw() == b.raw()) return true;
  // An immediate is exactly equal only to itself (bignums are never small
  // and =:= does not equate integers with floats).
  if (a.is_immediate() || b.is_immediate()) return false;
  return compare_impl(a, b, true) == 0;
}

}  // namespace vial
