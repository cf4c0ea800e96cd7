// The compiler's side of `receive` (docs/compiler.md, "receive"): the shape
// of the code it emits, and the rule the runtime relies on — no x register
// is live across waiting — checked by a data-flow walk over the bytecode.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "compiler/compile.h"
#include "compiler/reader.h"
#include "runtime/builtins/builtins.h"
#include "vm/atom.h"
#include "vm/code.h"

using namespace vial;

namespace {

ModuleImage compile_ok(const char* name, const std::string& body) {
  static Heap heap;  // quoted forms stay alive for the images' literals
  register_builtins();
  ReadResult r = read_string(heap, body, "test.ex");
  REQUIRE_MESSAGE(r.ok, r.error.format());
  ModuleImage image;
  CompileError error;
  bool ok = compile_module(intern_atom(name), r.form, "test.ex", &image, &error);
  REQUIRE_MESSAGE(ok, error.format());
  return image;
}

std::string compile_error(const std::string& body) {
  static Heap heap;
  ReadResult r = read_string(heap, body, "test.ex");
  REQUIRE_MESSAGE(r.ok, r.error.format());
  ModuleImage image;
  CompileError error;
  CHECK_FALSE(compile_module(intern_atom("Elixir.ReceiveBad"), r.form, "test.ex", &image, &error));
  return error.format();
}

// One decoded instruction: its operands by kind ('S' sources with the
// elements of V lists, 'D' destinations, 'L' labels, J tables' labels).
struct Insn {
  Op op;
  std::size_t at, next;
  std::vector<Word> sources, dests, labels, raw;
};

Insn decode(const ModuleImage& img, std::size_t pc) {
  Insn in;
  in.op = static_cast<Op>(img.code[pc]);
  in.at = pc;
  std::size_t at = pc + 1;
  for (const char* k = op_layout(in.op); *k; ++k) {
    Word v = img.code[at++];
    in.raw.push_back(v);
    switch (*k) {
      case 'S': in.sources.push_back(v); break;
      case 'D': in.dests.push_back(v); break;
      case 'L': in.labels.push_back(v); break;
      case 'V':
        for (Word i = 0; i < v; ++i) in.sources.push_back(img.code[at++]);
        break;
      case 'J':
        for (Word i = 0; i < v; ++i, at += 2) in.labels.push_back(img.code[at + 1]);
        break;
      default: break;
    }
  }
  in.next = at;
  return in;
}

bool is_x(Word w) { return is_reg_ref(w) && !is_y_ref(w); }

// Walks every path from each loop_rec (where a receive starts over after
// waiting, with no x register but the message written) and reports each x
// register read before it was written on that path. Calls clobber every x
// register but x0 (their result); a raise reaches a try handler with
// nothing but what try_case writes.
std::vector<std::string> x_reads_across_waits(const ModuleImage& img) {
  std::vector<std::string> problems;
  std::set<std::pair<std::size_t, std::set<Word>>> seen;
  std::vector<std::pair<std::size_t, std::set<Word>>> work;
  for (std::size_t pc = 0; pc < img.code.size(); pc = decode(img, pc).next)
    if (static_cast<Op>(img.code[pc]) == Op::loop_rec) work.push_back({pc, {}});
  auto read = [&](const Insn& in, Word reg, const std::set<Word>& defined) {
    if (is_x(reg) && !defined.count(reg))
      problems.push_back(std::string(op_name(in.op)) + " at " + std::to_string(in.at) + " reads x" +
                         std::to_string(reg_index(reg)));
  };
  auto read_args = [&](const Insn& in, std::uint32_t n, const std::set<Word>& defined) {
    for (std::uint32_t i = 0; i < n; ++i) read(in, x_reg(i), defined);
  };
  while (!work.empty()) {
    auto [pc, defined] = work.back();
    work.pop_back();
    if (!seen.insert({pc, defined}).second) continue;
    Insn in = decode(img, pc);
    for (Word s : in.sources) read(in, s, defined);
    auto n = [&](std::size_t i) { return static_cast<std::uint32_t>(in.raw[i]); };
    auto go = [&](std::size_t to, std::set<Word> d) { work.push_back({to, std::move(d)}); };
    switch (in.op) {
      // The position register of a bitstring match is read and written.
      case Op::bs_get_integer: case Op::bs_get_float: case Op::bs_get_binary: case Op::bs_get_utf:
      case Op::bs_skip_bits: case Op::bs_match_string: case Op::bs_test_tail:
        read(in, in.raw[2], defined);
        break;
      case Op::call: case Op::call_ext:
        read_args(in, n(0), defined);
        go(in.next, {x_reg(0)});
        continue;
      case Op::call_fun: case Op::apply: case Op::apply_list:
        read_args(in, n(0) + (in.op == Op::call_fun ? 1 : in.op == Op::apply ? 2 : 0), defined);
        go(in.next, {x_reg(0)});
        continue;
      case Op::call_last: case Op::call_only: case Op::call_ext_last: case Op::call_ext_only:
      case Op::apply_list_last:
        read_args(in, n(0), defined);
        continue;
      case Op::call_fun_last: case Op::apply_last:
        read_args(in, n(0) + (in.op == Op::call_fun_last ? 1 : 2), defined);
        continue;
      case Op::func_clause:
        read_args(in, n(2), defined);
        continue;
      case Op::return_: case Op::deallocate_return: case Op::halt:
        read(in, x_reg(0), defined);
        continue;
      case Op::badmatch: case Op::case_end: case Op::raise_again:
      case Op::loop_rec_end: case Op::wait:  // back to the loop_rec, walked from there
        continue;
      case Op::jump: case Op::select_val: case Op::select_tuple_arity: case Op::select_list:
        for (Word l : in.labels) go(l, defined);
        continue;
      case Op::try_:
        go(in.raw[1], {});
        go(in.next, defined);
        continue;
      case Op::try_case:
        go(in.next, {x_reg(0), x_reg(1), x_reg(2)});
        continue;
      case Op::wait_timeout:  // falls through after waiting: nothing survives
        go(in.next, {});
        continue;
      default:
        break;
    }
    for (Word l : in.labels)
      if (l != kNoLabel) go(l, defined);  // a failing test or builtin writes nothing
    for (Word d : in.dests) defined.insert(d);
    go(in.next, defined);
  }
  return problems;
}

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
  return n;
}

// The operand of every wait_timeout.
std::vector<Word> timeouts(const ModuleImage& img) {
  std::vector<Word> out;
  for (std::size_t pc = 0; pc < img.code.size();) {
    Insn in = decode(img, pc);
    if (in.op == Op::wait_timeout) out.push_back(in.sources[0]);
    pc = in.next;
  }
  return out;
}

}  // namespace

TEST_CASE("receive compiles to loop_rec, remove_message, loop_rec_end and wait") {
  ModuleImage img = compile_ok("Elixir.ReceiveShape", R"(
    def a do
      receive do
        {:ok, x} -> x
        :stop -> :stopped
      end
    end
  )");
  std::string listing = disassemble(img);
  CAPTURE(listing);
  // A frame (receive counts as a call), the loop on x0, one remove_message
  // per clause, and the wait back to the top.
  CHECK(listing.find("allocate 0") != std::string::npos);
  CHECK(listing.find("2: loop_rec @") != std::string::npos);
  CHECK(listing.find(" x0\n") != std::string::npos);
  CHECK(count(listing, "remove_message") == 2);
  CHECK(listing.find("loop_rec_end @2") != std::string::npos);
  CHECK(listing.find("wait @2") != std::string::npos);
  CHECK(listing.find("wait_timeout") == std::string::npos);
  CHECK(x_reads_across_waits(img).empty());
}

TEST_CASE("after: wait_timeout on a literal or a y slot, then timeout and the after body") {
  ModuleImage img = compile_ok("Elixir.ReceiveAfter", R"(
    def literal, do: receive(do: (x -> x), after: (100 -> :late))
    def none do
      receive do
      after 0 -> :none
      end
    end
    def variable(t, y) do
      z = y + 1
      r = receive do
        {^y, v} when v > z -> v + z
        other -> {other, y}
      after t -> :timeout
      end
      {r, z}
    end
    def computed(t) do
      receive do
        m -> m
      after t * 2 -> t
      end
    end
  )");
  std::string listing = disassemble(img);
  CAPTURE(listing);
  std::vector<Word> ts = timeouts(img);
  REQUIRE(ts.size() == 4);
  CHECK(ts[0] == Term::small(100).raw());
  CHECK(ts[1] == Term::small(0).raw());
  CHECK(is_reg_ref(ts[2]));
  CHECK(is_y_ref(ts[2]));
  CHECK(is_reg_ref(ts[3]));
  CHECK(is_y_ref(ts[3]));
  CHECK(count(listing, ": timeout\n") == 4);
  // The clause-less receive has no clause, so no remove_message of its own.
  CHECK(count(listing, "remove_message") == 4);
  CHECK(x_reads_across_waits(img).empty());
}

TEST_CASE("nothing but the message is read from an x register after waiting") {
  // Variables from before the receive, pins, guards, nested receives,
  // receives in case/if/fn/try, as call arguments and tuple elements, in
  // tail position in a loop, and code after the receive.
  ModuleImage img = compile_ok("Elixir.ReceiveLive", R"(
    def pins(a, b) do
      receive do
        {^a, x} when x > b -> {a, b, x}
        {:other, ^b} -> a
      end
    end
    def after_use(a, b) do
      c = a * b
      d = receive do
        {:n, n} -> n + a
      after 0 -> b
      end
      {a, b, c, d}
    end
    def nested(a) do
      receive do
        {:outer, x} ->
          y = x + a
          receive do
            {:inner, ^x} -> {x, y, a}
          after a -> {:late, x, y}
          end
      end
    end
    def in_case(m, a) do
      case m do
        :wait -> receive do x -> {x, a} end
        {:t, t} -> receive do after t -> {a, t} end
        _ -> a
      end
    end
    def in_if(flag, a) do
      r = if flag, do: receive(do: (x -> x + a)), else: a
      {r, a}
    end
    def in_fn(a) do
      f = fn b -> receive do {^a, ^b} = m -> m end end
      f.(a)
    end
    def in_try(a) do
      try do
        receive do x -> a / x end
      rescue
        e -> {e, a}
      end
    end
    def args(a, b) do
      IO.inspect({a + 1, receive(do: (x -> x)), b}, label: receive(do: (y -> y)))
    end
    def loop(acc, n) do
      receive do
        {:add, k} -> loop(acc + k, n + 1)
        {:get, pid} -> sendit(pid, {acc, n}); loop(acc, n)
        :stop -> {acc, n}
      end
    end
    def flush do
      receive do
        _ -> flush()
      after 0 -> :ok
      end
    end
    def binaries(p) do
      receive do
        <<^p, size, rest::binary-size(size)>> -> rest
        <<c::utf8, _::binary>> when c > p -> c
        %{key: ^p, v: v} -> v
        [h | t] when is_list(t) -> h
      end
    end
    def sendit(pid, m), do: {pid, m}
  )");
  std::vector<std::string> problems = x_reads_across_waits(img);
  std::string all;
  for (const auto& p : problems) all += p + "\n";
  CAPTURE(all);
  CAPTURE(disassemble(img));
  CHECK(problems.empty());
}

TEST_CASE("the checker itself sees an x register read across a wait") {
  // A hand-made image: loop_rec then a read of x1, which waiting clobbered.
  ModuleImage img;
  img.code = {static_cast<Word>(Op::loop_rec), 6, x_reg(0),  static_cast<Word>(Op::move), x_reg(1),
              x_reg(0),                        static_cast<Word>(Op::wait), 0};
  std::vector<std::string> problems = x_reads_across_waits(img);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0] == "move at 3 reads x1");
}

TEST_CASE("receive's compile errors are Elixir's") {
  CHECK(compile_error("def f, do: receive(5)") == "** (CompileError) test.ex:1: invalid arguments for \"receive\"\n");
  CHECK(compile_error("def f, do: receive([])") ==
        "** (CompileError) test.ex:1: missing :do/:after option in \"receive\"\n");
  CHECK(compile_error("def f do\n receive do\n 1\n end\n end") ==
        "** (CompileError) test.ex:2: expected -> clauses for :do in \"receive\"\n");
  CHECK(compile_error("def f do\n receive do\n a, b -> 1\n end\n end") ==
        "** (CompileError) test.ex:2: expected one argument for :do clauses (->) in \"receive\"\n");
  CHECK(compile_error("def f do\n receive do\n a, b when a > b -> 1\n end\n end") ==
        "** (CompileError) test.ex:2: expected one argument for :do clauses (->) in \"receive\"\n");
  CHECK(compile_error("def f do\n receive do\n after 1 -> 2\n 3 -> 4\n end\n end") ==
        "** (CompileError) test.ex:2: expected a single -> clause for :after in \"receive\"\n");
  CHECK(compile_error("def f do\n receive do\n after 1, 2 -> 2\n end\n end") ==
        "** (CompileError) test.ex:2: expected one argument for :after clauses (->) in \"receive\"\n");
  CHECK(compile_error("def f do\n receive do\n x -> x\n else\n y -> y\n end\n end") ==
        "** (CompileError) test.ex:2: unexpected option :else in \"receive\"\n");
}
