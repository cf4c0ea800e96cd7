// Numbers (vm/number.h). Every expected value below was printed by real
// Erlang/OTP 25 (`erl`, io:format("~w")) or Elixir 1.14 (`inspect`,
// `to_string`, `String.to_integer`).
#include <doctest/doctest.h>

#include <string>

#include "vm/heap.h"
#include "vm/number.h"

using namespace vial;

namespace {

// An integer from decimal text; the tests build bignums this way.
Term I(Heap& h, std::string_view decimal) {
  Term t = parse_integer(h, decimal, 10);
  REQUIRE_FALSE(t.is_none());
  return t;
}

// A number as Erlang's ~w prints it, or "badarith" for Term::none().
std::string show(Term t) {
  if (t.is_none()) return "badarith";
  if (t.is_float()) return format_float(t.float_value());
  return integer_to_string(t, 10);
}

constexpr const char* kTwo59 = "576460752303423488";       // 2^59 = kSmallMax + 1
constexpr const char* kTwo64 = "18446744073709551616";     // 2^64
constexpr const char* kTwo128 = "340282366920938463463374607431768211456";

}  // namespace

TEST_CASE("format_float prints Erlang's shortest round-trip form") {
  struct Case {
    double d;
    const char* text;
  };
  // io:format("~w", [X]) and Elixir's to_string/1 agree on all of these.
  const Case cases[] = {
      {1.0, "1.0"},
      {0.1, "0.1"},
      {100.0, "100.0"},
      {1000.0, "1.0e3"},
      {12345.0, "12345.0"},
      {1.0e4, "1.0e4"},
      {1.0e15, "1.0e15"},
      {1.0e16, "1.0e16"},
      {1.0e20, "1.0e20"},
      {123456789.0, "123456789.0"},
      {1.23e7, "1.23e7"},
      {1.2345678901234567e19, "1.2345678901234567e19"},
      {1.487815484836192e17, "1.487815484836192e17"},
      {0.0001, "0.0001"},
      {0.0002, "0.0002"},
      {1.0e-5, "1.0e-5"},
      {0.001, "0.001"},
      {0.0015, "0.0015"},
      {1.25e-4, "1.25e-4"},
      {2.0e-7, "2.0e-7"},
      {5.0e-324, "5.0e-324"},
      {2.2250738585072014e-308, "2.2250738585072014e-308"},
      {1.7976931348623157e308, "1.7976931348623157e308"},
      {0.3, "0.3"},
      {1.0 / 3.0, "0.3333333333333333"},
      {2.0 / 3.0, "0.6666666666666666"},
      {9007199254740992.0, "9.007199254740992e15"},  // 2^53: the exponent form starts here
      {9007199254740991.0, "9007199254740991.0"},
      {0.0, "0.0"},
      {-0.0, "-0.0"},
      {-1.5, "-1.5"},
      {-1000.0, "-1.0e3"},
  };
  for (const Case& c : cases) {
    CAPTURE(c.text);
    CHECK(format_float(c.d) == c.text);
  }
}

TEST_CASE("inspect_float prints integral floats below 1.0e16 in full, as Elixir's inspect does") {
  CHECK(inspect_float(1000.0) == "1000.0");
  CHECK(inspect_float(-1000.0) == "-1000.0");
  CHECK(inspect_float(1.5e3) == "1500.0");
  CHECK(inspect_float(1.23e7) == "12300000.0");
  CHECK(inspect_float(1.0e15) == "1000000000000000.0");
  CHECK(inspect_float(9.999999999999998e15) == "9999999999999998.0");
  CHECK(inspect_float(1.0e16) == "1.0e16");
  CHECK(inspect_float(1.0e-5) == "1.0e-5");
  CHECK(inspect_float(0.5) == "0.5");
  CHECK(inspect_float(-0.0) == "-0.0");
  CHECK(inspect_float(1.0e100) == "1.0e100");
}

TEST_CASE("integer_to_string handles small integers and bignums in any base") {
  Heap h;
  CHECK(integer_to_string(Term::small(0)) == "0");
  CHECK(integer_to_string(Term::small(-255), 16) == "-FF");
  CHECK(integer_to_string(Term::small(-255), 2) == "-11111111");
  CHECK(integer_to_string(Term::small(Term::kSmallMax), 36) == "4DO2A5OXWE0V");
  CHECK(integer_to_string(Term::small(Term::kSmallMin)) == "-576460752303423488");
  CHECK(integer_to_string(I(h, kTwo64), 16) == "10000000000000000");
  CHECK(integer_to_string(I(h, "-1267650600228229401496703205376"), 36) == "-3EWFDNCA0N6LD1GGVFGG");  // -(2^100)
  CHECK(integer_to_string(I(h, kTwo128)) == kTwo128);

  // 100!, computed by repeated multiplication.
  Term f = Term::small(1);
  for (int i = 2; i <= 100; ++i) f = num_mul(h, f, Term::small(i));
  CHECK(integer_to_string(f) ==
        "93326215443944152681699238856266700490715968264381621468592963895217599993229915608941463976156518286253697920827223758251185210916864000000000000000000000000");
}

TEST_CASE("parse_integer accepts what String.to_integer/2 accepts") {
  Heap h;
  CHECK(parse_integer(h, "+5") == Term::small(5));
  CHECK(parse_integer(h, "-0") == Term::small(0));
  CHECK(parse_integer(h, "-00") == Term::small(0));
  CHECK(parse_integer(h, "00012") == Term::small(12));
  CHECK(parse_integer(h, "ff", 16) == Term::small(255));
  CHECK(parse_integer(h, "FF", 16) == Term::small(255));
  CHECK(parse_integer(h, "-Zz", 36) == Term::small(-1295));
  for (const char* bad : {"", "+", "-", "1_000", " 1", "1 ", "+-1", "--1", "0x10", "1.0", "\xd9\xa1"}) {
    CAPTURE(bad);
    CHECK(parse_integer(h, bad).is_none());
  }
  CHECK(parse_integer(h, "12", 2).is_none());
  CHECK(parse_integer(h, "1", 37).is_none());

  // Bignums, and the boundaries where parsing must choose small or big.
  CHECK(parse_integer(h, "576460752303423487") == Term::small(Term::kSmallMax));
  CHECK(parse_integer(h, "-576460752303423488") == Term::small(Term::kSmallMin));
  Term big = parse_integer(h, kTwo59);
  CHECK(big.is_bignum());
  CHECK(show(big) == kTwo59);
  Term neg = parse_integer(h, "-576460752303423489");
  CHECK(neg.is_bignum());
  CHECK(show(neg) == "-576460752303423489");
  CHECK(show(parse_integer(h, "-340282366920938463463374607431768211456")) == "-340282366920938463463374607431768211456");
  CHECK(show(parse_integer(h, "000000000000000000000000000000000000042")) == "42");
  CHECK(show(parse_integer(h, "-10000000000000000000000000000000000000000000000000000000000000000", 2)) ==
        "-18446744073709551616");
}

TEST_CASE("addition and subtraction promote to bignums and back") {
  Heap h;
  Term max = Term::small(Term::kSmallMax);
  Term min = Term::small(Term::kSmallMin);
  Term up = num_add(h, max, Term::small(1));  // 2^59 - 1 + 1
  CHECK(up.is_bignum());
  CHECK(show(up) == kTwo59);
  CHECK(num_sub(h, up, Term::small(1)) == max);  // back to a small integer

  Term down = num_sub(h, min, Term::small(1));  // -2^59 - 1
  CHECK(down.is_bignum());
  CHECK(show(down) == "-576460752303423489");
  CHECK(num_add(h, down, Term::small(1)) == min);

  Term two64 = I(h, kTwo64);
  CHECK(show(num_sub(h, two64, two64)) == "0");
  CHECK(num_sub(h, two64, two64) == Term::small(0));
  CHECK(num_sub(h, num_sub(h, two64, Term::small(1)), num_sub(h, two64, Term::small(1))) == Term::small(0));
  // -(2^64) + 2^64 - 2^59 is exactly kSmallMin.
  CHECK(num_sub(h, num_add(h, num_neg(h, two64), two64), up) == min);
  CHECK(show(num_add(h, I(h, "-1606938044258990275541962092341162602522202993782792835301376"),
                     I(h, "1606938044258990275541962092341162602522202993782792835301377"))) == "1");
}

TEST_CASE("multiplication grows bignums with the right sign") {
  Heap h;
  Term two64 = I(h, kTwo64);
  CHECK(show(num_mul(h, two64, two64)) == kTwo128);
  CHECK(show(num_mul(h, num_neg(h, two64), two64)) == "-340282366920938463463374607431768211456");
  CHECK(show(num_mul(h, Term::small(-3), I(h, "1180591620717411303424"))) == "-3541774862152233910272");  // -3 * 2^70
  CHECK(show(num_mul(h, I(h, kTwo59), I(h, kTwo59))) == "332306998946228968225951765070086144");
  CHECK(show(num_mul(h, Term::small(Term::kSmallMax), Term::small(-Term::kSmallMax))) ==
        "-332306998946228967073030260463239169");
  CHECK(show(num_mul(h, Term::small(std::int64_t{1} << 58), Term::small(2))) == kTwo59);
  CHECK(num_mul(h, two64, Term::small(0)) == Term::small(0));
}

TEST_CASE("negation") {
  Heap h;
  Term n = num_neg(h, Term::small(Term::kSmallMin));
  CHECK(n.is_bignum());
  CHECK(show(n) == kTwo59);
  CHECK(num_neg(h, n) == Term::small(Term::kSmallMin));
  CHECK(show(num_neg(h, make_float(h, 0.0))) == "-0.0");
  CHECK(num_neg(h, Term::nil()).is_none());
}

TEST_CASE("div truncates toward zero and rem takes the dividend's sign") {
  Heap h;
  CHECK(int_div(h, Term::small(7), Term::small(-2)) == Term::small(-3));
  CHECK(int_div(h, Term::small(-7), Term::small(2)) == Term::small(-3));
  CHECK(int_rem(h, Term::small(7), Term::small(-2)) == Term::small(1));
  CHECK(int_rem(h, Term::small(-7), Term::small(2)) == Term::small(-1));
  CHECK(show(int_div(h, Term::small(Term::kSmallMin), Term::small(-1))) == kTwo59);

  Term two128 = I(h, kTwo128);
  Term two64 = I(h, kTwo64);
  CHECK(show(int_div(h, two128, num_neg(h, two64))) == "-18446744073709551616");
  CHECK(int_rem(h, two128, Term::small(7)) == Term::small(4));
  CHECK(int_rem(h, num_neg(h, two128), Term::small(7)) == Term::small(-4));
  CHECK(show(int_div(h, two128, Term::small(3))) == "113427455640312821154458202477256070485");
  CHECK(int_rem(h, num_neg(h, two128), num_neg(h, num_add(h, two64, Term::small(5)))) == Term::small(-25));
  CHECK(int_div(h, Term::small(5), two64) == Term::small(0));
  CHECK(int_rem(h, Term::small(-5), two64) == Term::small(-5));

  // badarith: division by zero and floats.
  CHECK(int_div(h, Term::small(1), Term::small(0)).is_none());
  CHECK(int_rem(h, two64, Term::small(0)).is_none());
  CHECK(int_div(h, make_float(h, 4.0), Term::small(2)).is_none());
  CHECK(int_rem(h, Term::small(4), make_float(h, 2.0)).is_none());
}

TEST_CASE("'/' always gives a float and refuses zero divisors") {
  Heap h;
  CHECK(show(num_fdiv(h, Term::small(1), Term::small(3))) == "0.3333333333333333");
  CHECK(show(num_fdiv(h, Term::small(4), Term::small(2))) == "2.0");
  CHECK(show(num_fdiv(h, I(h, kTwo64), Term::small(3))) == "6.148914691236517e18");
  CHECK(num_fdiv(h, Term::small(1), Term::small(0)).is_none());
  CHECK(num_fdiv(h, Term::small(1), make_float(h, 0.0)).is_none());
  CHECK(num_fdiv(h, Term::small(1), make_float(h, -0.0)).is_none());
  CHECK(num_fdiv(h, make_float(h, 1.0e300), make_float(h, 1.0e-300)).is_none());  // overflow
  Term huge = num_mul(h, I(h, kTwo128), num_mul(h, I(h, kTwo128), I(h, kTwo128)));
  for (int i = 0; i < 3; ++i) huge = num_mul(h, huge, huge);  // 2^3072: no double holds it
  CHECK(num_fdiv(h, huge, Term::small(1)).is_none());
}

TEST_CASE("integers and floats mix as Erlang mixes them") {
  Heap h;
  CHECK(show(num_add(h, I(h, kTwo64), make_float(h, 0.5))) == "1.8446744073709552e19");
  CHECK(show(num_sub(h, Term::small(5), make_float(h, 7.25))) == "-2.25");
  CHECK(show(num_mul(h, make_float(h, 2.5), I(h, "1180591620717411303424"))) == "2.951479051793528e21");
  CHECK(num_mul(h, make_float(h, 1.0e308), Term::small(10)).is_none());  // inf is badarith
  CHECK(num_add(h, Term::small(1), Term::nil()).is_none());
  CHECK(num_sub(h, make_binary(h, "1"), Term::small(1)).is_none());
}

TEST_CASE("bignums become doubles limb by limb, as ERTS converts them") {
  Heap h;
  double d = 0;
  // 2^64 + 2^63 + 6143: correctly rounded this is 2.767011611056433e19, but
  // float/1 in OTP 25 gives 2.7670116110564336e19.
  REQUIRE(number_to_double(I(h, "27670116110564333567"), &d));
  CHECK(format_float(d) == "2.7670116110564336e19");
  REQUIRE(number_to_double(I(h, kTwo128), &d));
  CHECK(format_float(d) == "3.402823669209385e38");
  // 2^1024 - 1 is too large: float/1 raises badarg, arithmetic badarith.
  Term two1024 = Term::small(1);
  for (int i = 0; i < 1024; ++i) two1024 = num_add(h, two1024, two1024);
  Term almost = num_sub(h, two1024, Term::small(1));
  CHECK_FALSE(number_to_double(almost, &d));
  CHECK(num_add(h, almost, make_float(h, 1.0)).is_none());
  CHECK_FALSE(number_to_double(Term::nil(), &d));
}

TEST_CASE("compare_numbers compares exactly across integers and floats") {
  Heap h;
  auto F = [&](double d) { return make_float(h, d); };
  CHECK(compare_numbers(Term::small(1), F(1.0)) == 0);
  CHECK(compare_numbers(F(0.0), F(-0.0)) == 0);
  CHECK(compare_numbers(Term::small(2), F(1.5)) == 1);
  CHECK(compare_numbers(Term::small(-2), F(-1.5)) == -1);
  // Beyond 2^53 converting the integer to a double would lose the answer.
  CHECK(compare_numbers(I(h, "9007199254740993"), F(9007199254740992.0)) == 1);
  CHECK(compare_numbers(F(9007199254740992.0), I(h, "9007199254740993")) == -1);
  CHECK(compare_numbers(I(h, "1180591620717411303424"), F(1.0e30)) == -1);  // 2^70 < 1.0e30
  CHECK(compare_numbers(I(h, "1180591620717411303424"), F(1180591620717411303424.0)) == 0);
  CHECK(compare_numbers(I(h, "1180591620717411303425"), F(1180591620717411303424.0)) == 1);
  CHECK(compare_numbers(I(h, "-1180591620717411303425"), F(-1180591620717411303424.0)) == -1);
  CHECK(compare_numbers(I(h, kTwo128), F(1.0e300)) == -1);
  CHECK(compare_numbers(I(h, kTwo128), F(-1.0e300)) == 1);
  CHECK(compare_numbers(I(h, kTwo64), I(h, kTwo128)) == -1);
  CHECK(compare_numbers(num_neg(h, I(h, kTwo64)), num_neg(h, I(h, kTwo128))) == 1);
  CHECK(compare_numbers(num_neg(h, I(h, kTwo64)), Term::small(0)) == -1);
  CHECK(compare_numbers(Term::small(Term::kSmallMax), I(h, kTwo59)) == -1);
  CHECK(compare_numbers(Term::small(3), F(3.0000000000000004)) == -1);
}
