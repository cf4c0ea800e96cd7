// The compiler (compiler/): source -> quoted form -> IR -> bytecode, checked
// by running the result and by reading its listing.
#include <doctest/doctest.h>

#include "compiler/compile.h"
#include "compiler/reader.h"
#include "runtime/builtins/builtins.h"
#include "vm/atom.h"
#include "vm/exceptions.h"
#include "vm/module.h"
#include "vm/printer.h"
#include "vm/process.h"

using namespace vial;

namespace {

// Compiles `body` (the inside of a defmodule) as module `name`.
bool compile_body(const char* name, const std::string& body, ModuleImage* image, CompileError* error) {
  static Heap heap;  // quoted forms stay alive for the images' literals
  ReadResult r = read_string(heap, body, "test.ex");
  REQUIRE_MESSAGE(r.ok, r.error.format());
  return compile_module(intern_atom(name), r.form, "test.ex", image, error);
}

std::shared_ptr<const LoadedModule> load(const char* name, const std::string& body) {
  register_builtins();
  ModuleImage image;
  CompileError error;
  bool ok = compile_body(name, body, &image, &error);
  REQUIRE_MESSAGE(ok, error.format());
  LoadError load_error;
  auto m = load_module(std::move(image), &load_error);
  REQUIRE_MESSAGE(m, load_error.message);
  return m;
}

// Runs name.fun(args) and returns inspect of the result, or "** (...) ..."
// (the report without its stack trace) on an exception.
std::string run(const LoadedModule& m, const char* fun, std::vector<Term> args = {}) {
  Process p;
  const Word* entry = m.entry(intern_atom(fun), static_cast<std::uint32_t>(args.size()));
  REQUIRE(entry);
  p.setup_call(entry, args.data(), static_cast<std::uint32_t>(args.size()));
  for (;;) {
    RunStatus s = execute(p);
    if (s == RunStatus::kDone) return inspect(p.x[0]);
    if (s == RunStatus::kError) {
      ExceptionText t = describe_exception(p.error);
      return "** (" + t.module + ") " + t.message + "\n";
    }
    p.reductions = kReductionsPerSlice;
  }
}

std::string compile_error(const char* name, const std::string& body) {
  ModuleImage image;
  CompileError error;
  CHECK_FALSE(compile_body(name, body, &image, &error));
  return error.format();
}

}  // namespace

TEST_CASE("clauses with literal, tuple and list patterns and guards") {
  auto m = load("Elixir.CompilerClauses", R"(
    def kind(n) when is_integer(n) and n < 0, do: :negative
    def kind(0), do: :zero
    def kind(n) when is_integer(n) and rem(n, 2) == 0, do: :even
    def kind(n) when is_integer(n), do: :odd
    def kind({a, b}) when a > b or b == :x, do: {:pair, a}
    def kind([h | _]), do: {:head, h}
    def kind(_), do: :other
    def t1, do: kind(-3)
    def t2, do: kind(0)
    def t3, do: kind(10)
    def t4, do: kind(7)
    def t5, do: kind({5, 1})
    def t6, do: kind({1, :x})
    def t7, do: kind({1, 2})
    def t8, do: kind([9, 8])
  )");
  CHECK(run(*m, "t1") == ":negative");
  CHECK(run(*m, "t2") == ":zero");
  CHECK(run(*m, "t3") == ":even");
  CHECK(run(*m, "t4") == ":odd");
  CHECK(run(*m, "t5") == "{:pair, 5}");
  CHECK(run(*m, "t6") == "{:pair, 1}");
  CHECK(run(*m, "t7") == ":other");
  CHECK(run(*m, "t8") == "{:head, 9}");
}

TEST_CASE("a guard that raises fails its clause, even under not") {
  auto m = load("Elixir.CompilerGuardError", R"(
    def f(x) when not (hd(x) == 1), do: :not_one
    def f(_), do: :fallback
    def t1, do: f([2])
    def t2, do: f(:atom)
  )");
  CHECK(run(*m, "t1") == ":not_one");
  CHECK(run(*m, "t2") == ":fallback");
}

TEST_CASE("variables rebind as new versions, case and if scopes do not leak") {
  auto m = load("Elixir.CompilerVars", R"(
    def f do
      x = 1
      x = x + 1
      y = if x > 1 do
        x = 100
        x
      else
        0
      end
      {x, y}
    end
    def pin(v) do
      x = 5
      case v do
        ^x -> :same
        x -> {:other, x}
      end
    end
    def repeat({a, a}), do: :same
    def repeat(_), do: :different
  )");
  CHECK(run(*m, "f") == "{2, 100}");
  CHECK(run(*m, "pin", {Term::small(5)}) == ":same");
  CHECK(run(*m, "pin", {Term::small(6)}) == "{:other, 6}");
  Heap h;
  CHECK(run(*m, "repeat", {make_tuple(h, {Term::small(1), Term::small(1)})}) == ":same");
  CHECK(run(*m, "repeat", {make_tuple(h, {Term::small(1), Term::small(2)})}) == ":different");
}

TEST_CASE("values computed before a call survive it") {
  auto m = load("Elixir.CompilerSpill", R"(
    def id(x), do: x
    def f(n), do: {n + 1, id(n * 2), [id(3) | id([4])], id(n) + id(n + 1)}
  )");
  CHECK(run(*m, "f", {Term::small(10)}) == "{11, 20, [3, 4], 21}");
}

TEST_CASE("arguments kept in x registers are permuted safely for a call") {
  auto m = load("Elixir.CompilerPermute", R"(
    def rot(a, b, c, 0), do: {a, b, c}
    def rot(a, b, c, n), do: rot(c, a, b, n - 1)
    def swap(a, b, 0), do: [a, b]
    def swap(a, b, n), do: swap(b, a, n - 1)
    def t1, do: rot(1, 2, 3, 1)
    def t2, do: rot(1, 2, 3, 2)
    def t3, do: swap(:x, :y, 3)
  )");
  CHECK(run(*m, "t1") == "{3, 1, 2}");
  CHECK(run(*m, "t2") == "{2, 3, 1}");
  CHECK(run(*m, "t3") == "[:y, :x]");
}

TEST_CASE("anonymous functions capture variables and can be passed around") {
  auto m = load("Elixir.CompilerFns", R"(
    def map([], _f), do: []
    def map([h | t], f), do: [f.(h) | map(t, f)]
    def adder(n), do: fn x -> x + n end
    def t1, do: map([1, 2, 3], adder(1000))
    def t2 do
      z = 5
      m = fn ^z -> :five; _ -> :other end
      {m.(5), m.(6)}
    end
    def t3, do: (fn a -> fn b -> {a, b} end end).(1).(2)
    def t4, do: map([1, 2], &(&1 * 3))
    def t5, do: map([-1], &abs/1)
    def t6, do: adder(1).(1, 2)
    def t7, do: (fn 0 -> :zero end).(1)
    def t8(x), do: x.(1)
  )");
  CHECK(run(*m, "t1") == "[1001, 1002, 1003]");
  CHECK(run(*m, "t2") == "{:five, :other}");
  CHECK(run(*m, "t3") == "{1, 2}");
  CHECK(run(*m, "t4") == "[3, 6]");
  CHECK(run(*m, "t5") == "[1]");
  CHECK(run(*m, "t6").rfind("** (BadArityError) ", 0) == 0);
  CHECK(run(*m, "t6").find("with arity 1 called with 2 arguments (1, 2)") != std::string::npos);
  CHECK(run(*m, "t7").rfind(
            "** (FunctionClauseError) no function clause matching in anonymous fn/1 in CompilerFns.t7/0", 0) == 0);
  CHECK(run(*m, "t8", {Term::small(3)}) == "** (BadFunctionError) expected a function, got: 3\n");
}

TEST_CASE("try: catch, rescue by module, else, after, nesting and re-raise") {
  auto m = load("Elixir.CompilerTry", R"(
    def deep(0), do: throw(:bottom)
    def deep(n), do: 1 + deep(n - 1)
    def run(f) do
      try do
        f.()
      catch
        :throw, v -> {:thrown, v}
      rescue
        ArithmeticError -> :arith
      else
        v -> {:ok, v}
      end
    end
    def t1, do: run(fn -> deep(500) end)
    def t2, do: run(fn -> 1 + :a end)
    def t3, do: run(fn -> 7 end)
    def t4, do: run(fn -> hd([]) end)
    def t5 do
      try do
        try do
          throw(1)
        after
          throw(2)
        end
      catch
        n -> n
      end
    end
  )");
  CHECK(run(*m, "t1") == "{:thrown, :bottom}");
  CHECK(run(*m, "t2") == ":arith");
  CHECK(run(*m, "t3") == "{:ok, 7}");
  // No handler matches: the original error goes on, with its message.
  CHECK(run(*m, "t4") ==
        "** (ArgumentError) errors were found at the given arguments:\n\n  * 1st argument: not a nonempty list\n\n");
  CHECK(run(*m, "t5") == "2");
}

TEST_CASE("raise with a message, rescue by module") {
  auto m = load("Elixir.CompilerRaise", R"(
    def f(x) do
      try do
        case x do
          1 -> raise "boom"
          2 -> raise ArgumentError, "bad"
          3 -> raise ArgumentError, message: "kw"
          _ -> raise RuntimeError
        end
      rescue
        RuntimeError -> :runtime
      end
    end
  )");
  CHECK(run(*m, "f", {Term::small(1)}) == ":runtime");
  CHECK(run(*m, "f", {Term::small(2)}) == "** (ArgumentError) bad\n");
  CHECK(run(*m, "f", {Term::small(3)}) == "** (ArgumentError) kw\n");
  CHECK(run(*m, "f", {Term::small(4)}) == ":runtime");
}

TEST_CASE("with: matches in sequence, else on the first mismatch") {
  auto m = load("Elixir.CompilerWith", R"(
    def f(x) do
      with {:ok, a} <- x,
           b = a * 2,
           true <- b > 2 do
        b
      else
        false -> :small
        {:error, e} -> e
      end
    end
    def t1, do: f({:ok, 5})
    def t2, do: f({:ok, 1})
    def t3, do: f({:error, :bad})
    def t4, do: f(:weird)
    def t5, do: (with {:ok, v} <- :nope, do: v)
  )");
  CHECK(run(*m, "t1") == "10");
  CHECK(run(*m, "t2") == ":small");
  CHECK(run(*m, "t3") == ":bad");
  CHECK(run(*m, "t4") == "** (WithClauseError) no with clause matching: :weird\n");
  CHECK(run(*m, "t5") == ":nope");
}

TEST_CASE("binary construction with integer, utf8 and binary segments") {
  auto m = load("Elixir.CompilerBins", R"(
    def b(x, s), do: <<x, x::16, -1::8, x::utf8, s::binary, 233::utf8>>
    def bad(x), do: <<x::utf8>>
  )");
  Heap h;
  CHECK(run(*m, "b", {Term::small(65), make_binary(h, "z")}) == "<<65, 0, 65, 255, 65, 122, 195, 169>>");
  CHECK(run(*m, "bad", {Term::small(-1)}) ==
        "** (ArgumentError) construction of binary failed: segment 1 of type 'utf8': expected a non-negative "
        "integer encodable as utf8 but got: -1\n");
}

TEST_CASE("string prefix patterns") {
  auto m = load("Elixir.CompilerPrefix", R"(
    def cmd("get " <> key), do: {:get, key}
    def cmd(other), do: {:other, other}
    def t1, do: cmd("get x")
    def t2, do: cmd("got")
    def t3, do: cmd(:atom)
  )");
  CHECK(run(*m, "t1") == "{:get, \"x\"}");
  CHECK(run(*m, "t2") == "{:other, \"got\"}");
  CHECK(run(*m, "t3") == "{:other, :atom}");
}

TEST_CASE("nested modules are returned for the caller to define first, aliases expand") {
  Heap heap;
  ReadResult r = read_string(heap, R"(
    defmodule Inner do
      def x, do: 1
    end
    alias Foo.Bar, as: B
    def f, do: {Inner, B, __MODULE__.Sub}
  )", "test.ex");
  REQUIRE(r.ok);
  ModuleImage image;
  CompileError error;
  std::vector<NestedModule> nested;
  REQUIRE(compile_module(intern_atom("Elixir.CompilerOuter"), r.form, "test.ex", &image, &error, &nested));
  REQUIRE(nested.size() == 1);
  CHECK(atom_text(nested[0].name) == "Elixir.CompilerOuter.Inner");
  LoadError load_error;
  auto m = load_module(std::move(image), &load_error);
  REQUIRE(m);
  CHECK(run(*m, "f") == "{CompilerOuter.Inner, Foo.Bar, CompilerOuter.Sub}");
}

TEST_CASE("a capture bound in every clause of a fn never writes a frame the clause lacks") {
  // Regression: the second clause needs no frame, but its captured variable
  // once kept the y slot the first clause gave it, and wrote the caller's.
  auto m = load("Elixir.CompilerCaptureHomes", R"(
    def run(i) do
      keep = {:kept, i}
      j = i * 2
      g = fn
        [x | _] -> {inspect(x), j}
        [] -> j
      end
      {g.([]), g.([1]), keep}
    end
  )");
  CHECK(run(*m, "run", {Term::small(7)}) == "{14, {\"1\", 14}, {:kept, 7}}");
}

TEST_CASE("for comprehensions over lists and ranges, with filters and nesting") {
  auto m = load("Elixir.CompilerFor", R"(
    def a, do: for x <- [1, 2, 3, 4], rem(x, 2) == 0, do: x * 10
    def b(n), do: for i <- 1..n, j <- i..n, i + j > 3, do: {i, j}
    def c, do: for {:ok, v} <- [{:ok, 1}, :error, {:ok, 2}], do: v
    def d, do: for i <- 3..1, do: i
  )");
  CHECK(run(*m, "a") == "[20, 40]");
  CHECK(run(*m, "b", {Term::small(3)}) == "[{1, 3}, {2, 2}, {2, 3}, {3, 3}]");
  CHECK(run(*m, "c") == "[1, 2]");
  CHECK(run(*m, "d") == "[3, 2, 1]");
}

TEST_CASE("case, cond, &&, ||, ! and the boolean operators") {
  auto m = load("Elixir.CompilerControl", R"(
    def c(x) do
      cond do
        x > 10 -> :big
        x > 0 -> :small
      end
    end
    def ops(x), do: {x && 1, x || 2, !x, x == nil and true}
    def cs(x) do
      case x do
        {:ok, v} -> v
      end
    end
  )");
  CHECK(run(*m, "c", {Term::small(20)}) == ":big");
  CHECK(run(*m, "c", {Term::small(5)}) == ":small");
  CHECK(run(*m, "c", {Term::small(-1)}) == "** (CondClauseError) no cond clause evaluated to a truthy value\n");
  CHECK(run(*m, "ops", {atoms::nil}) == "{nil, 2, true, true}");
  CHECK(run(*m, "ops", {Term::small(7)}) == "{1, 7, false, false}");
  CHECK(run(*m, "cs", {Term::small(3)}) == "** (CaseClauseError) no case clause matching: 3\n");
}

TEST_CASE("match errors and arithmetic errors are Elixir's") {
  auto m = load("Elixir.CompilerErrors", R"(
    def m(x) do
      {a, _} = x
      a
    end
    def bad_and(x), do: x and true
    def arith(x), do: x + 1
  )");
  CHECK(run(*m, "m", {Term::small(3)}) == "** (MatchError) no match of right hand side value: 3\n");
  CHECK(run(*m, "bad_and", {Term::small(1)}) ==
        "** (BadBooleanError) expected a boolean on left-side of \"and\", got: 1\n");
  CHECK(run(*m, "arith", {atoms::ok}) == "** (ArithmeticError) bad argument in arithmetic expression: :ok + 1\n");
}

TEST_CASE("default arguments define the shorter arities") {
  auto m = load("Elixir.CompilerDefaults", R"(
    def f(a \\ 1, b, c \\ 2), do: {a, b, c}
    def g(x, y \\ 10)
    def g(x, y) when x > 0, do: x + y
    def g(_x, y), do: y
    def t1, do: f(:x)
    def t2, do: f(:x, :y)
    def t3, do: {g(1), g(-1), g(1, 2)}
  )");
  CHECK(run(*m, "t1") == "{1, :x, 2}");
  CHECK(run(*m, "t2") == "{:x, :y, 2}");
  CHECK(run(*m, "t3") == "{11, 10, 3}");
}

TEST_CASE("module attributes inline the value they had at each definition") {
  auto m = load("Elixir.CompilerAttrs", R"(
    @moduledoc "ignored"
    @limit 10
    def a, do: @limit
    @limit {:changed, [1, -2]}
    @doc "ignored too"
    def b, do: @limit
    def c, do: @unset
  )");
  CHECK(run(*m, "a") == "10");
  CHECK(run(*m, "b") == "{:changed, [1, -2]}");
  CHECK(run(*m, "c") == "nil");
}

TEST_CASE("string interpolation and <> build binaries") {
  auto m = load("Elixir.CompilerStrings", R"(
    def s(n), do: "n=#{n}, f=#{1.5}, a=#{:ok}, nil=[#{nil}]" <> "!"
  )");
  CHECK(run(*m, "s", {Term::small(42)}) == "\"n=42, f=1.5, a=ok, nil=[]!\"");
}

TEST_CASE("tail calls leave the frame, clauses without y slots have none") {
  register_builtins();
  ModuleImage image;
  CompileError error;
  REQUIRE(compile_body("Elixir.CompilerTail", R"(
    def loop(0), do: :done
    def loop(n), do: loop(n - 1)
    def remote(x), do: IO.inspect(x)
    def body(n), do: 1 + loop(n)
    def framed(n) do
      x = loop(n)
      IO.inspect(x)
      loop(x)
    end
  )", &image, &error));
  std::string listing = disassemble(image);
  CAPTURE(listing);
  // loop/1 and remote/1 keep n and x in x0 and need no frame.
  CHECK(listing.find("call_only 1 @0") != std::string::npos);
  CHECK(listing.find("call_ext_only 1 IO.inspect/1") != std::string::npos);
  // body/1 calls, then adds: a body call that returns.
  CHECK(listing.find(": call 1 @0") != std::string::npos);
  // framed/1 keeps x in a y slot across IO.inspect, and its tail call drops the frame.
  CHECK(listing.find("allocate 1") != std::string::npos);
  CHECK(listing.find("call_last 1 @0 1") != std::string::npos);
}

TEST_CASE("uncaught exceptions report a stack trace of file:line entries") {
  auto m = load("Elixir.CompilerTrace", R"(
    def a(x), do: 1 + b(x)
    def b(x) do
      y = c(x)
      y * 2
    end
    def c(x), do: hd(x)
    def f(g), do: {g.(1)}
    def t, do: f(fn x -> a(x) end)
  )");
  Process p;
  p.setup_call(m->entry(intern_atom("t"), 0), nullptr, 0);
  RunStatus s;
  while ((s = execute(p)) == RunStatus::kYield) p.reductions = kReductionsPerSlice;
  REQUIRE(s == RunStatus::kError);
  CHECK(format_uncaught(p.error) ==
        "** (ArgumentError) errors were found at the given arguments:\n\n"
        "  * 1st argument: not a nonempty list\n\n"
        "    :erlang.hd(1)\n"
        "    test.ex:7: CompilerTrace.c/1\n"
        "    test.ex:4: CompilerTrace.b/1\n"
        "    test.ex:2: CompilerTrace.a/1\n"
        "    test.ex:8: CompilerTrace.f/1\n");
}

TEST_CASE("compile errors carry Elixir's messages") {
  CHECK(compile_error("Elixir.CompilerBad", "def f, do: y") ==
        "** (CompileError) test.ex:1: undefined function y/0 (expected CompilerBad to define such a function or "
        "for it to be imported, but none are available)\n");
  CHECK(compile_error("Elixir.CompilerBad", "def f(x), do: ^x") ==
        "** (CompileError) test.ex:1: ^ outside of a pattern is not supported by Vial yet\n");
  CHECK(compile_error("Elixir.CompilerBad", "def f(^y), do: 1") ==
        "** (CompileError) test.ex:1: undefined variable ^y\n");
}

TEST_CASE("a script's undefined names are reported as missing imports") {
  Heap heap;
  ReadResult r = read_string(heap, "IO.puts(1)\nx", "s.exs");
  REQUIRE(r.ok);
  ModuleImage image;
  CompileError error;
  CHECK_FALSE(compile_script(r.form, "s.exs", &image, &error));
  CHECK(error.format() == "** (CompileError) s.exs:2: undefined function x/0 (there is no such import)\n");
}

TEST_CASE("a statement's unused value is not moved out of x0") {
  register_builtins();
  ModuleImage image;
  CompileError error;
  REQUIRE(compile_body("Elixir.CompilerDeadMove", R"(
    def stmt(x) do
      IO.inspect(x)
      IO.inspect(x)
    end
  )", &image, &error));
  std::string listing = disassemble(image);
  CAPTURE(listing);
  CHECK(listing.find("call_ext 1 IO.inspect/1") != std::string::npos);
  CHECK(listing.find("move x0 x") == std::string::npos);
}
