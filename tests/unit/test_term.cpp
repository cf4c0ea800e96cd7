// Tagged words and the heap's constructors (vm/term.h, vm/heap.h).
#include <doctest/doctest.h>

#include "vm/atom.h"
#include "vm/heap.h"

using namespace vial;

TEST_CASE("small integers keep 60 bits and their sign") {
  for (std::int64_t v : {std::int64_t{0}, std::int64_t{1}, std::int64_t{-1}, Term::kSmallMax, Term::kSmallMin}) {
    Term t = Term::small(v);
    CHECK(t.is_small());
    CHECK(t.is_integer());
    CHECK_FALSE(t.is_atom());
    CHECK(t.small_value() == v);
  }
  CHECK(Term::small_fits(Term::kSmallMax));
  CHECK_FALSE(Term::small_fits(Term::kSmallMax + 1));
  CHECK_FALSE(Term::small_fits(Term::kSmallMin - 1));
}

TEST_CASE("predefined atoms are interned in table order") {
  CHECK(intern_atom("ok") == atoms::ok);
  CHECK(intern_atom("nil") == atoms::nil);
  CHECK(atom_text(atoms::true_) == "true");
  CHECK(atom_text(atoms::Elixir_IO) == "Elixir.IO");
  Term a = intern_atom("some_new_atom");
  CHECK(a.is_atom());
  CHECK(intern_atom("some_new_atom") == a);
  CHECK(existing_atom("never_made_atom_xyz").is_none());
}

TEST_CASE("nil, none and lists are distinct") {
  CHECK(Term::nil().is_nil());
  CHECK(Term::nil().is_list());
  CHECK_FALSE(Term::nil().is_cons());
  CHECK(Term::none().is_none());
  CHECK_FALSE(Term::none().is_nil());
  CHECK(Term().is_none());
}

TEST_CASE("tuples, conses, floats and binaries round-trip through the heap") {
  Heap h(4);  // tiny first chunk: forces growth across chunks
  Term list = make_list(h, {Term::small(1), Term::small(2), Term::small(3)});
  CHECK(list.is_cons());
  CHECK(list_length(list) == 3);
  CHECK(list.head().small_value() == 1);
  CHECK(list_length(make_cons(h, Term::small(1), Term::small(2))) == SIZE_MAX);

  Term t = make_tuple(h, {atoms::ok, list});
  CHECK(t.is_tuple());
  CHECK(t.tuple_arity() == 2);
  CHECK(t.element(0) == atoms::ok);
  CHECK(t.element(1) == list);

  Term f = make_float(h, 2.5);
  CHECK(f.is_float());
  CHECK(f.is_number());
  CHECK(f.float_value() == 2.5);

  Term b = make_binary(h, "hello, world");
  CHECK(b.is_binary());
  CHECK(b.binary_view() == "hello, world");
  CHECK(make_binary(h, "").binary_size() == 0);
}

TEST_CASE("integers promote to bignums and normalise back") {
  Heap h;
  CHECK(make_integer(h, 42).is_small());
  Term big = make_integer(h, Term::kSmallMax + 1);
  CHECK(big.is_bignum());
  CHECK_FALSE(bignum_negative(big));
  CHECK(bignum_limbs(big)[0] == static_cast<std::uint64_t>(Term::kSmallMax) + 1);
  CHECK(make_integer(h, Term::kSmallMin).is_small());
  Term neg = make_integer(h, Term::kSmallMin - 1);
  CHECK(neg.is_bignum());
  CHECK(bignum_negative(neg));

  Term d = make_integer_from_digits(h, "123456789012345678901234567890", 10);
  CHECK(d.is_bignum());
  CHECK(bignum_limb_count(d) == 2);
  CHECK(make_integer_from_digits(h, "ff", 16).small_value() == 255);
  CHECK(make_integer_from_digits(h, "0017", 8).small_value() == 15);
  CHECK(make_integer_from_digits(h, "12a", 10).is_none());
}
