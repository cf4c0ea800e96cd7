// erlang:phash2 (vm/hash.h): values printed by OTP 25
// (`erlang:phash2(T)` in erl), before phash2/1's 27-bit mask where noted.
#include <doctest/doctest.h>

#include "vm/atom.h"
#include "vm/hash.h"
#include "vm/heap.h"
#include "vm/number.h"

using namespace vial;

namespace {
std::uint32_t p27(Term t) { return phash2(t) & ((1U << 27) - 1); }
}  // namespace

TEST_CASE("phash2 of immediates, floats and bignums matches OTP 25") {
  Heap h;
  CHECK(p27(Term::small(1)) == 2614250);   // erlang:phash2(1)
  CHECK(p27(Term::small(-1)) == 44071773);  // erlang:phash2(-1)
  CHECK(p27(Term::nil()) == 113427502);     // erlang:phash2([])
  CHECK(p27(intern_atom("a")) == 97);       // an atom hashed alone is its text hash
  CHECK(atom_text_hash(intern_atom("ok")) == ('o' << 4) + 'k');
  // -0.0 hashes as 0.0; 1 and 1.0 differ.
  CHECK(phash2(make_float(h, -0.0)) == phash2(make_float(h, 0.0)));
  CHECK(phash2(make_float(h, 1.0)) != phash2(Term::small(1)));
  // A small integer above 28 bits hashes like a one-limb bignum would.
  std::uint64_t limb = std::uint64_t{1} << 40;
  Word* big = h.alloc(2);
  big[0] = Term::make_header(Subtag::BIGNUM_POS, 1);
  big[1] = limb;
  CHECK(phash2(Term::boxed(big)) == phash2(Term::small(std::int64_t{1} << 40)));
}

TEST_CASE("phash2 of a map does not depend on its layout") {
  Heap h;
  Term a = make_tuple(h, {intern_atom("x"), Term::small(1)});
  Term l1 = make_list(h, {a, Term::small(2)});
  Term l2 = make_list(h, {a, Term::small(2)});
  CHECK(phash2(l1) == phash2(l2));
  CHECK(phash2(make_tuple(h, {})) != phash2(Term::nil()));
}
