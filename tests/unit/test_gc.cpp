// The process collector (vm/gc.cpp, docs/gc.md): copying keeps values and
// sharing, needs no recursion, promotes survivors, moves the stack, leaves
// foreign memory alone, releases off-heap objects precisely and enforces the
// maximum heap size.
#include <doctest/doctest.h>

#include "compiler/compile.h"
#include "compiler/reader.h"
#include "runtime/builtins/builtins.h"
#include "vm/atom.h"
#include "vm/compare.h"
#include "vm/module.h"
#include "vm/printer.h"
#include "vm/process.h"

using namespace vial;

namespace {

Term cons(Process& p, Term h, Term t) {
  Word* c = p.alloc(2);
  c[0] = h.raw();
  c[1] = t.raw();
  return Term::list(c);
}

Term pair(Process& p, Term a, Term b) {
  Word* t = p.alloc(3);
  t[0] = Term::make_header(Subtag::TUPLE, 2);
  t[1] = a.raw();
  t[2] = b.raw();
  return Term::boxed(t);
}

// [n-1, ..., 1, 0]
Term count_list(Process& p, std::int64_t n) {
  Term l = Term::nil();
  for (std::int64_t i = 0; i < n; ++i) l = cons(p, Term::small(i), l);
  return l;
}

bool is_count_list(Term l, std::int64_t n) {
  for (std::int64_t i = n; i-- > 0; l = l.tail())
    if (!l.is_cons() || l.head() != Term::small(i)) return false;
  return l.is_nil();
}

}  // namespace

TEST_CASE("gc: values survive a collection and sharing is preserved") {
  Process p;
  Term shared = pair(p, Term::small(1), make_float(p.heap(), 2.5));
  Term list = cons(p, shared, cons(p, shared, Term::nil()));
  Term garbage = count_list(p, 50);
  (void)garbage;
  p.x[0] = list;
  p.x[1] = make_binary(p.heap(), "hello, collector");
  p.x[2] = make_integer_from_digits(p.heap(), "123456789012345678901234567890", 10);
  std::string before = inspect(p.x[0]) + inspect(p.x[1]) + inspect(p.x[2]);
  REQUIRE(p.collect(3));
  CHECK(inspect(p.x[0]) + inspect(p.x[1]) + inspect(p.x[2]) == before);
  // Both list elements are still the same object.
  Term a = p.x[0].head(), b = p.x[0].tail().head();
  CHECK(a.boxed_ptr() == b.boxed_ptr());
  CHECK(a.boxed_ptr() != shared.boxed_ptr());  // it was moved
  CHECK(p.in_young_heap(a.boxed_ptr()));
  // A cons cell shared by two tuples.
  Term cell = cons(p, Term::small(7), Term::nil());
  p.x[0] = pair(p, cell, pair(p, cell, Term::nil()));
  REQUIRE(p.collect(1));
  CHECK(p.x[0].element(0).cons_ptr() == p.x[0].element(1).element(0).cons_ptr());
}

TEST_CASE("gc: deep lists and deeply nested terms are copied without recursion") {
  Process p;
  constexpr std::int64_t n = 1'000'000;
  p.x[0] = count_list(p, n);
  // A tuple nested a million deep: {{{...{nil}...}}}.
  Term nest = Term::nil();
  for (int i = 0; i < n; ++i) nest = pair(p, nest, Term::small(i));
  p.x[1] = nest;
  REQUIRE(p.collect(2));
  CHECK(is_count_list(p.x[0], n));
  Term t = p.x[1];
  int depth = 0;
  while (t.is_tuple()) {
    CHECK(t.element(1) == Term::small(n - 1 - depth));
    t = t.element(0);
    ++depth;
  }
  CHECK(depth == n);
  CHECK(t.is_nil());
}

TEST_CASE("gc: survivors of one collection are promoted at the next") {
  Process p;
  p.x[0] = count_list(p, 100);
  REQUIRE(p.collect(1));
  CHECK(p.in_young_heap(p.x[0].cons_ptr()));
  CHECK_FALSE(p.in_old_heap(p.x[0].cons_ptr()));
  // Young data allocated after the first collection stays young at the second.
  p.x[1] = count_list(p, 10);
  REQUIRE(p.collect(2));
  CHECK(p.in_old_heap(p.x[0].cons_ptr()));
  CHECK(p.in_young_heap(p.x[1].cons_ptr()));
  CHECK(is_count_list(p.x[0], 100));
  CHECK(is_count_list(p.x[1], 10));
  auto info = p.memory_info();
  CHECK(info.minor_collections == 2);
  CHECK(info.old_used >= 200);
  // A minor collection leaves the old heap alone; a major one empties it.
  Word* old_cell = p.x[0].cons_ptr();
  REQUIRE(p.collect(2));
  CHECK(p.x[0].cons_ptr() == old_cell);
  REQUIRE(p.collect(2, 0, true));
  CHECK(p.in_young_heap(p.x[0].cons_ptr()));
  CHECK(p.memory_info().old_words == 0);
  CHECK(p.memory_info().major_collections == 1);
  CHECK(is_count_list(p.x[0], 100));
  CHECK(is_count_list(p.x[1], 10));
}

TEST_CASE("gc: the stack moves with the block, its terms are updated, code words kept") {
  Process p;
  const Word cp = reinterpret_cast<Word>(halt_code());
  // Frames as calls leave them: a CP, then y slots holding terms.
  for (int i = 0; i < 2000; ++i) {
    REQUIRE(p.ensure_stack(3));
    *--p.E = cp;
    p.E -= 2;
    p.E[0] = cons(p, Term::small(i), Term::nil()).raw();
    p.E[1] = Term::small(i).raw();
  }
  Word* e_before = p.E;
  REQUIRE(p.collect(0));
  CHECK(p.E != e_before);
  CHECK(p.stack_depth() == 6000);
  for (int i = 0; i < 2000; ++i) {
    Word* frame = p.E + 3 * (1999 - i);
    Term y0 = Term::from_raw(frame[0]);
    REQUIRE(y0.is_cons());
    CHECK(y0.head() == Term::small(i));
    CHECK(p.in_young_heap(y0.cons_ptr()));
    CHECK(frame[1] == Term::small(i).raw());
    CHECK(frame[2] == cp);
  }
}

TEST_CASE("gc: literals and other heaps are never copied") {
  Heap literals;
  Term lit = make_tuple(literals, {Term::small(1), make_binary(literals, "literal")});
  Word* lit_ptr = lit.boxed_ptr();
  Word header = lit_ptr[0];
  Process p;
  p.x[0] = cons(p, lit, cons(p, lit, Term::nil()));
  REQUIRE(p.collect(1));
  REQUIRE(p.collect(1, 0, true));
  CHECK(p.x[0].head().boxed_ptr() == lit_ptr);
  CHECK(p.x[0].tail().head().boxed_ptr() == lit_ptr);
  CHECK(lit_ptr[0] == header);  // not forwarded
  CHECK(inspect(p.x[0]) == "[{1, \"literal\"}, {1, \"literal\"}]");
}

TEST_CASE("gc: error fields are roots, dead registers are not") {
  Process p;
  p.raise(atoms::error, pair(p, atoms::badmatch, count_list(p, 3)));
  p.error.args = count_list(p, 2);
  REQUIRE(p.collect(0));
  CHECK(inspect(p.error.reason) == "{:badmatch, [2, 1, 0]}");
  CHECK(inspect(p.error.args) == "[1, 0]");
  CHECK(p.in_young_heap(p.error.reason.boxed_ptr()));
}

namespace {
int released = 0;
void count_release(Word*) { ++released; }
}  // namespace

TEST_CASE("gc: off-heap objects are kept while reachable and released once dead") {
  // REF objects stand in for any off-heap kind (all of their words are raw).
  set_off_heap_release(Subtag::REF, count_release);
  released = 0;
  {
    Process p;
    auto make = [&](Word tag) {
      Word* o = p.alloc(3);
      o[0] = Term::make_header(Subtag::REF, 2);
      o[1] = tag;
      o[2] = 0;
      p.heap().add_off_heap(o);
      return Term::boxed(o);
    };
    p.x[0] = cons(p, make(1), Term::nil());
    (void)make(2);  // garbage at once
    p.x[1] = make(3);
    REQUIRE(p.collect(2));
    CHECK(released == 1);
    REQUIRE(p.heap().off_heap().size() == 2);
    for (Word* o : p.heap().off_heap()) CHECK(p.in_young_heap(o));
    // Promoted, then dropped: the major collection releases it.
    REQUIRE(p.collect(2));
    p.x[1] = Term::nil();
    REQUIRE(p.collect(2));
    CHECK(released == 1);  // a minor collection does not look at the old heap
    REQUIRE(p.collect(2, 0, true));
    CHECK(released == 2);
    REQUIRE(p.heap().off_heap().size() == 1);
    CHECK(p.heap().off_heap()[0] == p.x[0].head().boxed_ptr());
    CHECK(p.x[0].head().boxed_ptr()[1] == 1);
  }
  CHECK(released == 3);  // the process's death releases the rest
  set_off_heap_release(Subtag::REF, nullptr);
}

TEST_CASE("gc: a full block spills into fragments, collected at the next safe point") {
  Process p;
  // Allocating through Heap& (as builtins do) never collects.
  Term l = Term::nil();
  for (int i = 0; i < 10000; ++i) l = make_cons(p.heap(), Term::small(i), l);
  auto info = p.memory_info();
  CHECK(info.fragment_words > 0);
  p.x[0] = l;
  REQUIRE(p.safe_point(1));
  info = p.memory_info();
  CHECK(info.fragment_words == 0);
  CHECK(info.minor_collections == 1);
  CHECK(is_count_list(p.x[0], 10000));
}

TEST_CASE("gc: the maximum heap size covers heap and stack") {
  Process p;
  p.max_heap_words = 50'000;
  Term l = Term::nil();
  bool ok = true;
  for (int i = 0; i < 100'000 && ok; ++i) {
    l = cons(p, Term::small(i), l);
    if (i % 100 == 0) {
      p.x[0] = l;
      ok = p.safe_point(1);
      l = p.x[0];
    }
  }
  CHECK_FALSE(ok);
  // Killed near the limit: what it had allocated since its last collection
  // comes on top.
  CHECK(p.memory_words() < 2 * p.max_heap_words);
  // The stack counts too.
  Process q;
  q.max_heap_words = 10'000;
  int pushed = 0;
  while (q.ensure_stack(1) && pushed < 1'000'000) {
    *--q.E = Term::nil().raw();
    ++pushed;
  }
  CHECK(pushed < 10'000);
  CHECK(pushed > 3'000);
}

TEST_CASE("gc: next_heap_size follows a Fibonacci-like series") {
  CHECK(next_heap_size(0) == 233);
  CHECK(next_heap_size(233) == 233);
  CHECK(next_heap_size(234) == 377);
  CHECK(next_heap_size(378) == 610);
  CHECK(next_heap_size(611) == 987);
  std::size_t big = next_heap_size(std::size_t{1} << 24);
  CHECK(big >= (std::size_t{1} << 24));
  CHECK(big < (std::size_t{1} << 24) / 5 * 6 + 1);
}

namespace {

std::shared_ptr<const LoadedModule> load_gc_module(const char* name, const char* body) {
  register_builtins();
  static Heap heap;
  ReadResult r = read_string(heap, body, "gc.ex");
  REQUIRE(r.ok);
  ModuleImage image;
  CompileError error;
  REQUIRE_MESSAGE(compile_module(intern_atom(name), r.form, "gc.ex", &image, &error), error.format());
  LoadError load_error;
  auto m = load_module(std::move(image), &load_error);
  REQUIRE(m);
  return m;
}

std::string run_gc(const LoadedModule& m, bool stress, Process::MemoryInfo* info = nullptr) {
  Process p;
  p.stress_gc = stress;
  p.setup_call(m.entry(intern_atom("main"), 0), nullptr, 0);
  RunStatus s;
  while ((s = execute(p)) == RunStatus::kYield) p.reductions = kReductionsPerSlice;
  REQUIRE(s == RunStatus::kDone);
  if (info) *info = p.memory_info();
  return inspect(p.x[0]);
}

}  // namespace

TEST_CASE("gc: compiled code gives the same results with a collection at every safe point") {
  auto m = load_gc_module("GcProgram", R"(
    def build(0, acc), do: acc
    def build(n, acc), do: build(n - 1, [{n, n * 1_000_000_000_000_000_000} | acc])
    def sum([], s), do: s
    def sum([{a, _} | t], s), do: sum(t, s + a)
    def tree(0), do: nil
    def tree(d), do: {tree(d - 1), d, tree(d - 1)}
    def check(nil), do: 0
    def check({l, _, r}), do: 1 + check(l) + check(r)
    def main do
      l = build(2_000, [])
      f = fn x -> {x, l} end
      {sum(l, 0), check(tree(10)), elem(f.(1), 0), length(elem(f.(2), 1)), hd(tl(l))}
    end
  )");
  Process::MemoryInfo normal{}, stressed{};
  std::string expected = "{2001000, 1023, 1, 2000, {2, 2000000000000000000}}";
  CHECK(run_gc(*m, false, &normal) == expected);
  CHECK(run_gc(*m, true, &stressed) == expected);
  CHECK(normal.minor_collections > 0);
  CHECK(stressed.minor_collections + stressed.major_collections > 1000);
  CHECK(normal.minor_collections + normal.major_collections < 100);
  CHECK(stressed.major_collections > 0);
}
