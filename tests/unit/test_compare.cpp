// Term order and equality (vm/compare.h). Expected orders were printed by
// Erlang/OTP 25 (`A < B`, `A > B`, `=:=` in erl).
#include <doctest/doctest.h>

#include "vm/atom.h"
#include "vm/compare.h"
#include "vm/heap.h"
#include "vm/number.h"

using namespace vial;

namespace {

Term A(std::string_view text) { return intern_atom(text); }

// A fun object with no free variables, as the loader will lay it out
// (vm/term.h): entry address, packed arity/index.
Term make_test_fun(Heap& h, Word entry, Word packed) {
  Word* p = h.alloc(3);
  p[0] = Term::make_header(Subtag::FUN, 2);
  p[1] = entry;
  p[2] = packed;
  return Term::boxed(p);
}

}  // namespace

TEST_CASE("term classes order as number < atom < reference < fun < pid < tuple < [] < list < bitstring") {
  Heap h;
  Term fun = make_test_fun(h, 0x1000, 0);
  Term ordered[] = {
      make_float(h, 1.0e300),
      A("a"),
      make_ref(h),
      fun,
      Term::pid(1),
      make_tuple(h, {}),
      Term::nil(),
      make_list(h, {Term::small(1)}),
      make_binary(h, ""),
  };
  constexpr std::size_t n = sizeof ordered / sizeof ordered[0];
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      CAPTURE(i);
      CAPTURE(j);
      int expected = i < j ? -1 : i > j ? 1 : 0;
      CHECK(compare_terms(ordered[i], ordered[j]) == expected);
    }
  }
  CHECK(compare_terms(Term::small(1), A("a")) == -1);
}

TEST_CASE("atoms order by their text") {
  CHECK(compare_terms(A("zebra"), A("apple")) == 1);
  CHECK(compare_terms(A("ab"), A("abc")) == -1);
  CHECK(compare_terms(A("b"), A("abc")) == 1);
  CHECK(compare_terms(A("\xc3\xa9"), A("z")) == 1);  // 'é' > z: UTF-8 bytes, code point order
  CHECK(compare_terms(A("same"), A("same")) == 0);
}

TEST_CASE("tuples order by size, then element by element") {
  Heap h;
  auto S = Term::small;
  CHECK(compare_terms(make_tuple(h, {S(1), S(2)}), make_tuple(h, {S(0), S(0), S(0)})) == -1);
  CHECK(compare_terms(make_tuple(h, {S(1), S(2)}), make_tuple(h, {S(1), S(3)})) == -1);
  CHECK(compare_terms(make_tuple(h, {}), make_tuple(h, {A("a")})) == -1);
  // == compares numbers by value inside compound terms; =:= does not.
  Term t1 = make_tuple(h, {S(1), make_float(h, 2.0)});
  Term t2 = make_tuple(h, {S(1), S(2)});
  CHECK(compare_terms(t1, t2) == 0);
  CHECK(loose_equal(t1, t2));
  CHECK_FALSE(exact_equal(t1, t2));
  CHECK_FALSE(exact_equal(make_tuple(h, {S(1)}), make_tuple(h, {make_float(h, 1.0)})));
  CHECK(exact_equal(make_tuple(h, {S(1), A("x")}), make_tuple(h, {S(1), A("x")})));
}

TEST_CASE("lists order element-wise, [] first, improper tails as terms") {
  Heap h;
  auto S = Term::small;
  auto L = [&](std::vector<Term> v, Term tail = Term::nil()) { return make_list(h, v, tail); };
  CHECK(compare_terms(Term::nil(), L({S(1)})) == -1);
  CHECK(compare_terms(L({S(1), S(2)}), L({S(1), S(2), S(3)})) == -1);
  CHECK(compare_terms(L({S(1), S(2), S(3)}), L({S(1), S(2), make_float(h, 2.5)})) == 1);
  CHECK(compare_terms(L({S(1)}, S(2)), L({S(1), S(2)})) == -1);        // [1|2] < [1,2]
  CHECK(compare_terms(L({S(1)}, S(2)), L({S(1)}, A("a"))) == -1);      // [1|2] < [1|a]
  CHECK(compare_terms(L({A("a"), A("b")}), L({A("a")}, A("c"))) == 1);  // [a,b] > [a|c]
  Term deep1 = L({L({L({S(1)})})});
  Term deep2 = L({L({L({make_float(h, 1.0)})})});
  CHECK(compare_terms(deep1, deep2) == 0);
  CHECK_FALSE(exact_equal(deep1, deep2));
  CHECK(exact_equal(L({S(1), S(2)}), L({S(1), S(2)})));

  Term nested_a = make_tuple(h, {A("a"), L({S(1), make_tuple(h, {make_float(h, 2.0)})})});
  Term nested_b = make_tuple(h, {A("a"), L({S(1), make_tuple(h, {S(2)})})});
  CHECK(compare_terms(nested_a, nested_b) == 0);
  CHECK_FALSE(exact_equal(nested_a, nested_b));
}

TEST_CASE("binaries order bytewise, then by length") {
  Heap h;
  auto B = [&](std::string_view s) { return make_binary(h, s); };
  CHECK(compare_terms(B("\x01\x02"), B("\x01\x02\x03")) == -1);
  CHECK(compare_terms(B("\x02"), B("\x01\x02\x03")) == 1);
  CHECK(compare_terms(B(""), B(std::string_view("\0", 1))) == -1);
  CHECK(compare_terms(B("\xff"), B("\x01\x02")) == 1);  // bytes are unsigned
  CHECK(exact_equal(B("ab"), B("ab")));
  CHECK_FALSE(exact_equal(B("ab"), B("abc")));
}

TEST_CASE("numbers: == by value, =:= by type and value") {
  Heap h;
  CHECK(compare_terms(Term::small(1), make_float(h, 1.0)) == 0);
  CHECK_FALSE(exact_equal(Term::small(1), make_float(h, 1.0)));
  CHECK(exact_equal(make_float(h, 0.0), make_float(h, -0.0)));  // true in OTP 25
  CHECK(exact_equal(make_float(h, 2.5), make_float(h, 2.5)));
  Term two70 = parse_integer(h, "1180591620717411303424");
  CHECK(compare_terms(two70, make_float(h, 1.0e21)) == 1);
  CHECK(exact_equal(two70, parse_integer(h, "1180591620717411303424")));
  CHECK_FALSE(exact_equal(two70, make_float(h, 1180591620717411303424.0)));
  CHECK(compare_terms(two70, make_float(h, 1180591620717411303424.0)) == 0);
}

TEST_CASE("funs compare by code, then by free variables") {
  Heap h;
  Term f1 = make_test_fun(h, 0x1000, 1);
  Term f2 = make_test_fun(h, 0x1000, 1);
  Term f3 = make_test_fun(h, 0x2000, 2);
  CHECK(compare_terms(f1, f2) == 0);
  CHECK(exact_equal(f1, f2));
  CHECK(compare_terms(f1, f3) == -1);
  CHECK(compare_terms(A("a"), f1) == -1);
  CHECK(compare_terms(f1, Term::pid(0)) == -1);
}

TEST_CASE("long and deeply nested terms compare without deep C++ recursion") {
  Heap h;
  constexpr int kLength = 200000;
  std::vector<Term> elems(kLength, Term::small(7));
  Term l1 = make_list(h, elems);
  Term l2 = make_list(h, elems);
  CHECK(compare_terms(l1, l2) == 0);
  CHECK(exact_equal(l1, l2));
  elems.back() = Term::small(8);
  CHECK(compare_terms(l1, make_list(h, elems)) == -1);

  // Nesting in head position and inside tuples: [[[...]]] and {{{...}}}.
  Term n1 = Term::nil(), n2 = Term::nil(), t1 = A("x"), t2 = A("x");
  for (int i = 0; i < kLength; ++i) {
    n1 = make_cons(h, n1, Term::nil());
    n2 = make_cons(h, n2, Term::nil());
    t1 = make_tuple(h, {t1, Term::small(i)});
    t2 = make_tuple(h, {t2, Term::small(i)});
  }
  CHECK(compare_terms(n1, n2) == 0);
  CHECK(exact_equal(t1, t2));
  Term t3 = make_tuple(h, {t1, Term::small(-1)});
  Term t4 = make_tuple(h, {t2, Term::small(1)});
  CHECK(compare_terms(t3, t4) == -1);
}

TEST_CASE("references: each new one differs, and they order by their numbers") {
  Heap h;
  Term a = make_ref(h), b = make_ref(h);
  CHECK(a.is_ref());
  CHECK(!exact_equal(a, b));
  CHECK(exact_equal(a, a));
  CHECK(ref_number(b) > ref_number(a));
  CHECK(compare_terms(a, b) == -1);
  CHECK(compare_terms(b, a) == 1);
  // The same number on another object is the same reference.
  Word* p = h.alloc(2);
  p[0] = Term::make_header(Subtag::REF, 1);
  p[1] = ref_number(a);
  CHECK(exact_equal(Term::boxed(p), a));
  CHECK(compare_terms(make_tuple(h, {a}), make_tuple(h, {Term::boxed(p)})) == 0);
}

TEST_CASE("a reference prints its number split as BEAM splits a ref's words") {
  Heap h;
  Word* p = h.alloc(2);
  p[0] = Term::make_header(Subtag::REF, 1);
  p[1] = (std::uint64_t{5} << 50) | (std::uint64_t{7} << 18) | 9;
  CHECK(ref_text(Term::boxed(p)) == "0.5.7.9");
}
