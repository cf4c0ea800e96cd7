// The reader (compiler/reader.h): quoted forms and syntax errors, with the
// expected values recorded from Elixir 1.14 (Code.string_to_quoted!/1 printed
// with :io_lib.format('~w', ...), and `elixir file.exs` for errors).
#include <doctest/doctest.h>

#include <string>

#include "compiler/reader.h"
#include "vm/atom.h"
#include "vm/printer.h"

using namespace vial;

namespace {

std::string quoted(const std::string& source) {
  Heap heap;
  ReadResult r = read_string(heap, source, "t.exs");
  if (!r.ok) return "ERROR " + r.error.format();
  return print_erlang(r.form);
}

SyntaxError error_of(const std::string& source) {
  Heap heap;
  ReadResult r = read_string(heap, source, "t.exs");
  REQUIRE_FALSE(r.ok);
  return r.error;
}

}  // namespace

TEST_CASE("reader: literals") {
  CHECK(quoted("42") == "42");
  CHECK(quoted("1_000_000") == "1000000");
  CHECK(quoted("0x1F") == "31");
  CHECK(quoted("0b101") == "5");
  CHECK(quoted("0o17") == "15");
  CHECK(quoted("123456789012345678901234567890") == "123456789012345678901234567890");
  CHECK(quoted("1.5e3") == "1.5e3");
  CHECK(quoted("0.1") == "0.1");
  CHECK(quoted(":foo") == "foo");
  CHECK(quoted(":\"foo bar\"") == "'foo bar'");
  CHECK(quoted(":+") == "'+'");
  CHECK(quoted("Foo") == "{'__aliases__',[{line,1}],['Foo']}");
  CHECK(quoted("true") == "true");
  CHECK(quoted("nil") == "nil");
  CHECK(quoted("?a") == "97");
  CHECK(quoted("?\\n") == "10");
  CHECK(quoted("\"abc\"") == "<<97,98,99>>");
  CHECK(quoted("'ab'") == "[97,98]");
  CHECK(quoted("\"\\x41\\u0042\\u{43}\"") == "<<65,66,67>>");
}

TEST_CASE("reader: interpolation") {
  CHECK(quoted("\"a #{x} b\"") ==
        "{'<<>>',[{line,1}],[<<97,32>>,{'::',[{line,1}],[{{'.',[{line,1}],['Elixir.Kernel',to_string]},"
        "[{line,1}],[{x,[{line,1}],nil}]},{binary,[{line,1}],nil}]},<<32,98>>]}");
  CHECK(quoted("'a#{x}'") ==
        "{{'.',[{line,1}],['Elixir.List',to_charlist]},[{line,1}],[[<<97>>,{{'.',[{line,1}],"
        "['Elixir.Kernel',to_string]},[{line,1}],[{x,[{line,1}],nil}]}]]}");
  CHECK(quoted("\"#{}\"") ==
        "{'<<>>',[{line,1}],[{'::',[{line,1}],[{{'.',[{line,1}],['Elixir.Kernel',to_string]},[{line,1}],"
        "[{'__block__',[],[]}]},{binary,[{line,1}],nil}]}]}");
}

TEST_CASE("reader: containers") {
  CHECK(quoted("[1, 2 | t]") == "[1,{'|',[{line,1}],[2,{t,[{line,1}],nil}]}]");
  CHECK(quoted("{1, 2}") == "{1,2}");
  CHECK(quoted("{1}") == "{'{}',[{line,1}],[1]}");
  CHECK(quoted("[a: 1]") == "[{a,1}]");
  CHECK(quoted("%{a => 1}") == "{'%{}',[{line,1}],[{{a,[{line,1}],nil},1}]}");
  CHECK(quoted("%{m | a: 1}") == "{'%{}',[{line,1}],[{'|',[{line,1}],[{m,[{line,1}],nil},[{a,1}]]}]}");
  CHECK(quoted("<<a::8>>") == "{'<<>>',[{line,1}],[{'::',[{line,1}],[{a,[{line,1}],nil},8]}]}");
}

TEST_CASE("reader: operators follow Elixir's precedence and associativity") {
  CHECK(quoted("1 + 2 * 3") == "{'+',[{line,1}],[1,{'*',[{line,1}],[2,3]}]}");
  CHECK(quoted("a = b = c") ==
        "{'=',[{line,1}],[{a,[{line,1}],nil},{'=',[{line,1}],[{b,[{line,1}],nil},{c,[{line,1}],nil}]}]}");
  CHECK(quoted("2 ** 3 ** 4") == "{'**',[{line,1}],[{'**',[{line,1}],[2,3]},4]}");
  CHECK(quoted("a..b//c") ==
        "{'..//',[{line,1}],[{a,[{line,1}],nil},{b,[{line,1}],nil},{c,[{line,1}],nil}]}");
  CHECK(quoted("a not in b") ==
        "{'__block__',[],[{'not',[{line,1}],[{in,[{line,1}],[{a,[{line,1}],nil},{b,[{line,1}],nil}]}]}]}");
  CHECK(quoted("-1") == "{'-',[{line,1}],[1]}");
  CHECK(quoted("a\n|> b") == "{'|>',[{line,2}],[{a,[{line,1}],nil},{b,[{line,2}],nil}]}");
  CHECK(quoted("a -1") == "{a,[{ambiguous_op,nil},{line,1}],[{'-',[{line,1}],[1]}]}");
  CHECK(quoted("a - 1") == "{'-',[{line,1}],[{a,[{line,1}],nil},1]}");
  CHECK(quoted("&foo/1") == "{'&',[{line,1}],[{'/',[{line,1}],[{foo,[{line,1}],nil},1]}]}");
  CHECK(quoted("&(&1 + 1)") == "{'&',[{line,1}],[{'+',[{line,1}],[{'&',[{line,1}],[1]},1]}]}");
}

TEST_CASE("reader: calls and blocks") {
  CHECK(quoted("IO.puts \"x\"") ==
        "{{'.',[{line,1}],[{'__aliases__',[{line,1}],['IO']},puts]},[{line,1}],[<<120>>]}");
  CHECK(quoted("a.b") == "{{'.',[{line,1}],[{a,[{line,1}],nil},b]},[{no_parens,true},{line,1}],[]}");
  CHECK(quoted("f.(x)") == "{{'.',[{line,1}],[{f,[{line,1}],nil}]},[{line,1}],[{x,[{line,1}],nil}]}");
  CHECK(quoted("a[b]") ==
        "{{'.',[{line,1}],['Elixir.Access',get]},[{line,1}],[{a,[{line,1}],nil},{b,[{line,1}],nil}]}");
  CHECK(quoted("foo bar do 1 end") == "{foo,[{line,1}],[{bar,[{line,1}],nil},[{do,1}]]}");
  CHECK(quoted("if a do 1 else 2 end") == "{'if',[{line,1}],[{a,[{line,1}],nil},[{do,1},{else,2}]]}");
  CHECK(quoted("def f(n) when n < 2, do: n") ==
        "{def,[{line,1}],[{'when',[{line,1}],[{f,[{line,1}],[{n,[{line,1}],nil}]},{'<',[{line,1}],"
        "[{n,[{line,1}],nil},2]}]},[{do,{n,[{line,1}],nil}}]]}");
  CHECK(quoted("fn x, y -> 1; z -> 2 end") ==
        "{fn,[{line,1}],[{'->',[{line,1}],[[{x,[{line,1}],nil},{y,[{line,1}],nil}],1]},{'->',[{line,1}],"
        "[[{z,[{line,1}],nil}],2]}]}");
  CHECK(quoted("a; b") == "{'__block__',[],[{a,[{line,1}],nil},{b,[{line,1}],nil}]}");
  CHECK(quoted("") == "{'__block__',[],[]}");
  CHECK(quoted("# only a comment\n") == "{'__block__',[{line,1}],[]}");
  CHECK(quoted("(1; 2)") == "{'__block__',[{line,1}],[1,2]}");
  CHECK(quoted("~r/a/i") ==
        "{sigil_r,[{delimiter,<<47>>},{line,1}],[{'<<>>',[{line,1}],[<<97>>]},[105]]}");
}

TEST_CASE("reader: syntax errors carry Elixir's kind, position and message") {
  SyntaxError e = error_of("IO.puts(1 +)\n");
  CHECK(e.kind == "SyntaxError");
  CHECK(e.line == 1);
  CHECK(e.column == 12);
  CHECK(e.message == "syntax error before: ')'");
  CHECK(e.format() ==
        "** (SyntaxError) t.exs:1:12: syntax error before: ')'\n"
        "    |\n"
        "  1 | IO.puts(1 +)\n"
        "    |            ^\n");

  e = error_of("IO.puts \"abc\n");
  CHECK(e.kind == "TokenMissingError");
  CHECK(e.format() == "** (TokenMissingError) t.exs:2:1: missing terminator: \" (for string starting at line 1)\n");

  e = error_of("x = 1\n  end\n");
  CHECK(e.format() == "** (SyntaxError) t.exs:2:3: unexpected reserved word: end\n");

  e = error_of("if a do\n  1\n");
  CHECK(e.message == "missing terminator: end (for \"do\" starting at line 1)");

  e = error_of("x = [\n    1 +)\n");
  CHECK(e.message == "unexpected token: ). The \"[\" at line 1 is missing terminator \"]\"");

  e = error_of("1 2");
  CHECK(e.message == "syntax error before: \"2\"");
  CHECK(e.column == 3);
}

TEST_CASE("reader: Elixir's whitespace and do-block rules") {
  CHECK(quoted("foo -[1]") == "{'-',[{line,1}],[{foo,[{line,1}],nil},[1]]}");
  CHECK(quoted("f -1, 2") == "{f,[{line,1}],[{'-',[{line,1}],[1]},2]}");
  CHECK(quoted("-if a do b end + 1") ==
        "{'-',[{line,1}],[{'+',[{line,1}],[{'if',[{line,1}],[{a,[{line,1}],nil},[{do,{b,[{line,1}],nil}}]]},1]}]}");
  CHECK(quoted("[g b, c do end]") ==
        "[{g,[{line,1}],[{b,[{line,1}],nil},{c,[{line,1}],nil},[{do,{'__block__',[],[]}}]]}]");
  CHECK(quoted("((a; b))") == "{'__block__',[{line,1},{line,1}],[{a,[{line,1}],nil},{b,[{line,1}],nil}]}");
  CHECK(quoted("fn x -> ; y -> 1 end") ==
        "{fn,[{line,1}],[{'->',[{line,1}],[[{x,[{line,1}],nil}],nil]},{'->',[{line,1}],[[{y,[{line,1}],nil}],1]}]}");
}

TEST_CASE("reader: ambiguous commas are reported with a line and no column") {
  SyntaxError e = error_of("[\n  foo a,\n  b]\n");
  CHECK(e.line == 2);
  CHECK(e.column == 0);
  CHECK(e.format().rfind(
            "** (SyntaxError) t.exs:2: unexpected comma. Parentheses are required to solve ambiguity inside "
            "containers.\n",
            0) == 0);
  e = error_of("f a, g b, c do end");
  CHECK(e.message.rfind("unexpected comma. Parentheses are required to solve ambiguity in nested calls.", 0) == 0);
}

TEST_CASE("reader: hostile input is refused, never crashes") {
  std::string deep(100000, '[');
  SyntaxError e = error_of(deep);
  CHECK(e.line == 1);
  std::string deep_closed = std::string(5000, '(') + "1" + std::string(5000, ')');
  e = error_of(deep_closed);
  CHECK(e.message.find("nesting") != std::string::npos);
  std::string interp;
  for (int i = 0; i < 1000; ++i) interp += "\"#{";
  error_of(interp);
  error_of(std::string("\xff\xfe\x00x", 4));
  // Long but flat input reads in linear time.
  std::string flat = "[";
  for (int i = 0; i < 100000; ++i) flat += "1, ";
  flat += "2]";
  Heap heap;
  CHECK(read_string(heap, flat, "t.exs").ok);
  // So do long operator chains of either associativity, and alias chains.
  std::string chain = "x";
  for (int i = 0; i < 20000; ++i) chain += " <> x = x |> x";
  CHECK(read_string(heap, chain, "t.exs").ok);
  std::string aliases = "A";
  for (int i = 0; i < 20000; ++i) aliases += ".B";
  CHECK(read_string(heap, aliases, "t.exs").ok);
}
