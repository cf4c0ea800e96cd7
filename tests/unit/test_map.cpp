// Map terms (vm/map.h): flat maps, the HAMT, the boundary between them,
// iteration order and comparison.
#include <doctest/doctest.h>

#include "vm/atom.h"
#include "vm/compare.h"
#include "vm/heap.h"
#include "vm/map.h"

using namespace vial;

namespace {

Term build(Heap& h, int n) {
  Term m = map_empty(h);
  for (int i = 1; i <= n; ++i) m = map_put(h, m, Term::small(i), Term::small(i * 10));
  return m;
}

}  // namespace

TEST_CASE("a map is flat up to 32 keys and a HAMT above, in both directions") {
  Heap h;
  Term m = build(h, 32);
  CHECK(m.subtag() == Subtag::MAP_FLAT);
  CHECK(map_size(m) == 32);
  Term big = map_put(h, m, Term::small(33), Term::small(330));
  CHECK(big.subtag() == Subtag::MAP_HAMT);
  CHECK(map_size(big) == 33);
  Term back = map_remove(h, big, Term::small(33));
  CHECK(back.subtag() == Subtag::MAP_FLAT);
  CHECK(exact_equal(back, m));
  // Replacing a value keeps the size and the kind.
  Term replaced = map_put(h, big, Term::small(5), atoms::ok);
  CHECK(map_size(replaced) == 33);
  CHECK(map_get(replaced, Term::small(5)) == atoms::ok);
  CHECK(map_get(big, Term::small(5)) == Term::small(50));  // persistent
}

TEST_CASE("flat map keys are in exact term order, 1 and 1.0 are different keys") {
  Heap h;
  Term m = map_empty(h);
  m = map_put(h, m, make_float(h, 1.0), atoms::false_);
  m = map_put(h, m, atoms::ok, atoms::nil);
  m = map_put(h, m, Term::small(1), atoms::true_);
  CHECK(map_size(m) == 3);
  MapItems items = map_items(m);
  CHECK(items[0].first == Term::small(1));
  CHECK(items[1].first.is_float());
  CHECK(items[2].first == atoms::ok);
  CHECK(map_get(m, Term::small(1)) == atoms::true_);
  CHECK(map_get(m, make_float(h, 1.0)) == atoms::false_);
  CHECK(map_get(m, Term::small(2)).is_none());
}

TEST_CASE("a HAMT lists its pairs in OTP 25's order") {
  Heap h;
  // Recorded from Elixir 1.14 / OTP 25: Map.keys(Map.new(1..40, &{&1, &1})).
  const int expected[] = {33, 12, 23, 29, 30, 39, 26, 31, 11, 37, 9, 32, 34, 25, 28, 6, 38, 13, 40, 20,
                          15, 14, 2,  7,  1,  8,  3,  17, 22, 21, 4, 36, 24, 10, 35, 27, 19, 5, 18, 16};
  Term m = build(h, 40);
  MapItems items = map_items(m);
  REQUIRE(items.size() == 40);
  for (std::size_t i = 0; i < 40; ++i) CHECK(items[i].first == Term::small(expected[i]));
  // The order does not depend on the insertion order.
  Term r = map_empty(h);
  for (int i = 40; i >= 1; --i) r = map_put(h, r, Term::small(i), Term::small(i * 10));
  MapItems ritems = map_items(r);
  for (std::size_t i = 0; i < 40; ++i) CHECK(ritems[i].first == items[i].first);
  CHECK(exact_equal(m, r));
}

TEST_CASE("large maps keep every key through inserts and deletes") {
  Heap h;
  Term m = build(h, 5000);
  CHECK(map_size(m) == 5000);
  for (int i = 1; i <= 5000; ++i) REQUIRE(map_get(m, Term::small(i)) == Term::small(i * 10));
  for (int i = 1; i <= 5000; i += 2) m = map_remove(h, m, Term::small(i));
  CHECK(map_size(m) == 2500);
  for (int i = 1; i <= 5000; ++i) REQUIRE(map_get(m, Term::small(i)).is_none() == (i % 2 == 1));
  for (int i = 2; i <= 5000; i += 2) m = map_remove(h, m, Term::small(i));
  CHECK(map_size(m) == 0);
  CHECK(m.subtag() == Subtag::MAP_FLAT);
}

TEST_CASE("maps compare by size, then keys, then values, keys exactly") {
  Heap h;
  Term a = map_put(h, map_empty(h), atoms::ok, Term::small(1));
  Term b = map_put(h, map_empty(h), atoms::ok, make_float(h, 1.0));
  CHECK(compare_terms(a, b) == 0);  // values compare with ==
  CHECK_FALSE(exact_equal(a, b));
  Term c = map_put(h, map_empty(h), Term::small(1), atoms::ok);
  Term d = map_put(h, map_empty(h), make_float(h, 1.0), atoms::ok);
  CHECK(compare_terms(c, d) < 0);  // keys compare exactly: 1 < 1.0
  CHECK(compare_terms(build(h, 40), build(h, 41)) < 0);
  CHECK(compare_terms(build(h, 40), build(h, 40)) == 0);
  Term e = map_put(h, build(h, 40), Term::small(3), Term::small(0));
  CHECK(compare_terms(e, build(h, 40)) < 0);
}

TEST_CASE("map_from_items keeps the last of equal keys") {
  Heap h;
  MapItems items = {{atoms::ok, Term::small(1)}, {atoms::error, Term::small(2)}, {atoms::ok, Term::small(3)}};
  Term m = map_from_items(h, items);
  CHECK(map_size(m) == 2);
  CHECK(map_get(m, atoms::ok) == Term::small(3));
}

TEST_CASE("a map walked a few items at a time lists them in map_items order") {
  Heap h;
  for (int n : {0, 5, 40, 5000}) {
    Term m = map_empty(h);
    for (int i = 1; i <= n; ++i)
      m = map_put(h, m, make_tuple(h, {intern_atom("k"), Term::small(i)}), Term::small(i));
    MapItems items = map_items(m);
    for (std::size_t step : {std::size_t{1}, std::size_t{7}, std::size_t{100}}) {
      Term stack = make_cons(h, m, Term::nil()), acc = Term::nil();
      while (!stack.is_nil()) {
        std::size_t budget = step;
        stack = map_walk_step(h, stack, &acc, &budget, 0);
      }
      std::size_t i = 0;
      bool same = true;
      for (Term l = acc; l.is_cons(); l = l.tail(), ++i) same = same && i < items.size() && l.head() == items[i].first;
      CHECK(same);
      CHECK(i == items.size());
    }
  }
}
