// The term printer (vm/printer.h): Erlang's ~w and Elixir's inspect, with
// expected text recorded from erl (OTP 25) and elixir (1.14).
#include <doctest/doctest.h>

#include <string>

#include "vm/atom.h"
#include "vm/heap.h"
#include "vm/printer.h"

using namespace vial;

namespace {

Term a(const char* s) { return intern_atom(s); }

}  // namespace

TEST_CASE("print_erlang: atoms are quoted where Erlang quotes them") {
  CHECK(print_erlang(a("foo")) == "foo");
  CHECK(print_erlang(a("Elixir.Foo")) == "'Elixir.Foo'");
  CHECK(print_erlang(a("+")) == "'+'");
  CHECK(print_erlang(a("foo bar")) == "'foo bar'");
  CHECK(print_erlang(a("a\nb")) == "'a\\nb'");
  CHECK(print_erlang(a("it's")) == "'it\\'s'");
  CHECK(print_erlang(a("a@b")) == "a@b");
  CHECK(print_erlang(a("aB9_@")) == "aB9_@");
  CHECK(print_erlang(a("")) == "''");
  CHECK(print_erlang(a("\\")) == "'\\\\'");
  CHECK(print_erlang(a("end")) == "'end'");
  CHECK(print_erlang(a("when")) == "'when'");
  CHECK(print_erlang(a("maybe")) == "maybe");
  CHECK(print_erlang(a("else")) == "else");
  CHECK(print_erlang(a("do")) == "do");
  CHECK(print_erlang(a("a?")) == "'a?'");
}

TEST_CASE("print_erlang: numbers, lists, tuples, binaries") {
  Heap h;
  CHECK(print_erlang(Term::small(-5)) == "-5");
  CHECK(print_erlang(make_float(h, 1.0)) == "1.0");
  CHECK(print_erlang(make_float(h, 1.0e20)) == "1.0e20");
  CHECK(print_erlang(make_integer_from_digits(h, "123456789012345678901234567890", 10)) ==
        "123456789012345678901234567890");
  CHECK(print_erlang(Term::nil()) == "[]");
  CHECK(print_erlang(make_list(h, {Term::small(1), Term::small(2)})) == "[1,2]");
  CHECK(print_erlang(make_cons(h, Term::small(1), Term::small(2))) == "[1|2]");
  CHECK(print_erlang(make_tuple(h, {})) == "{}");
  CHECK(print_erlang(make_tuple(h, {a("ok"), Term::small(1)})) == "{ok,1}");
  CHECK(print_erlang(make_binary(h, "")) == "<<>>");
  CHECK(print_erlang(make_binary(h, "\xc3\xa9")) == "<<195,169>>");
}

TEST_CASE("print_erlang: deep nesting does not use the C++ stack") {
  Heap h;
  Term t = Term::nil();
  for (int i = 0; i < 200000; ++i) t = make_cons(h, t, Term::nil());
  std::string s = print_erlang(t);
  CHECK(s.size() == 200000 * 2 + 2);
}

TEST_CASE("inspect: atoms") {
  CHECK(inspect(a("foo")) == ":foo");
  CHECK(inspect(a("nil")) == "nil");
  CHECK(inspect(a("true")) == "true");
  CHECK(inspect(a("Elixir.Foo.Bar")) == "Foo.Bar");
  CHECK(inspect(a("Elixir")) == "Elixir");
  CHECK(inspect(a("Elixir.foo")) == ":\"Elixir.foo\"");
  CHECK(inspect(a("Foo")) == ":Foo");
  CHECK(inspect(a("foo bar")) == ":\"foo bar\"");
  CHECK(inspect(a("::")) == ":\"::\"");
  CHECK(inspect(a("+")) == ":+");
  CHECK(inspect(a("..//")) == ":..//");
  CHECK(inspect(a("\\\\")) == ":\\\\");
  CHECK(inspect(a("//")) == ":\"//\"");
  CHECK(inspect(a("foo?")) == ":foo?");
  CHECK(inspect(a("a@b")) == ":a@b");
  CHECK(inspect(a("a\"b")) == ":\"a\\\"b\"");
}

TEST_CASE("inspect: strings, charlists, lists, keywords, tuples") {
  Heap h;
  CHECK(inspect(make_binary(h, "abc")) == "\"abc\"");
  CHECK(inspect(make_binary(h, "a\nb\"#{")) == "\"a\\nb\\\"\\#{\"");
  CHECK(inspect(make_binary(h, "\xc3\xa9")) == "\"\xc3\xa9\"");
  CHECK(inspect(make_binary(h, std::string("a\tb\0", 4))) == "<<97, 9, 98, 0>>");
  CHECK(inspect(make_binary(h, "\xff")) == "<<255>>");
  CHECK(inspect(make_list(h, {Term::small('a'), Term::small('\n')})) == "'a\\n'");
  CHECK(inspect(make_list(h, {Term::small(233)})) == "[233]");
  CHECK(inspect(make_list(h, {Term::small(1), Term::small(2)})) == "[1, 2]");
  CHECK(inspect(make_cons(h, Term::small(1), Term::small(2))) == "[1 | 2]");
  Term kw = make_list(h, {make_tuple(h, {a("a"), Term::small(1)}), make_tuple(h, {a("foo bar"), Term::small(2)})});
  CHECK(inspect(kw) == "[a: 1, \"foo bar\": 2]");
  CHECK(inspect(make_list(h, {make_tuple(h, {a("Elixir.Foo"), Term::small(1)})})) == "[{Foo, 1}]");
  CHECK(inspect(make_tuple(h, {Term::small(1), make_binary(h, "a")})) == "{1, \"a\"}");
  CHECK(inspect(make_float(h, 100.0)) == "100.0");
  CHECK(inspect(make_float(h, 1.0e20)) == "1.0e20");
}

TEST_CASE("inspect: lists longer than the default limit of 50 are cut") {
  Heap h;
  std::vector<Term> items;
  for (int i = 1; i <= 60; ++i) items.push_back(Term::small(i));
  std::string s = inspect(make_list(h, items));
  CHECK(s.size() > 12);
  CHECK(s.substr(s.size() - 12) == "49, 50, ...]");
}

TEST_CASE("inspect: the limit shrinks with position and depth, as Inspect.Algebra's") {
  Heap h;
  std::vector<Term> items;
  for (int i = 0; i < 51; ++i) items.push_back(make_tuple(h, {Term::small(1), Term::small(2)}));
  std::string s = inspect(make_list(h, items));
  CHECK(s.size() > 40);
  CHECK(s.substr(s.size() - 40) == "}, {1, 2}, {1, 2}, {1, ...}, {...}, ...]");
}

TEST_CASE("inspect: printable_limit and the limit on bytes") {
  Heap h;
  std::string s = inspect(make_binary(h, std::string(5000, 'a')));
  CHECK(s.size() == 4105);
  CHECK(s.substr(s.size() - 12) == "aaaa\" <> ...");
  std::vector<Term> chars(5000, Term::small('a'));
  std::string c = inspect(make_list(h, chars));
  CHECK(c.size() == 4105);
  CHECK(c.substr(c.size() - 12) == "aaaa' ++ ...");
  std::string bytes(60, '\0');
  std::string b = inspect(make_binary(h, bytes));
  CHECK(b.substr(b.size() - 11) == "0, 0, ...>>");
  std::string nested = inspect(make_tuple(h, {a("a"), make_binary(h, std::string(60, '\x01'))}));
  CHECK(nested.find("1, ...>>}") != std::string::npos);
}
