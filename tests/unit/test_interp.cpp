// The interpreter, loader and module table (vm/interp.cpp, vm/module.cpp),
// driven with hand-assembled images.
#include <doctest/doctest.h>

#include <map>
#include <set>

#include "runtime/builtins/builtins.h"
#include "vm/atom.h"
#include "vm/exceptions.h"
#include "vm/module.h"
#include "vm/printer.h"
#include "vm/process.h"

using namespace vial;

namespace {

// A tiny assembler: opcodes, operands and labels by name.
struct Asm {
  ModuleImage img;
  std::vector<std::pair<std::size_t, std::string>> refs;
  std::map<std::string, std::size_t> labels;

  explicit Asm(const char* name) { img.name = intern_atom(name); }
  Asm& op(Op o) {
    img.code.push_back(static_cast<Word>(o));
    return *this;
  }
  Asm& w(Word v) {
    img.code.push_back(v);
    return *this;
  }
  Asm& t(Term v) { return w(v.raw()); }
  Asm& ref(const std::string& l) {
    refs.push_back({img.code.size(), l});
    return w(0);
  }
  Asm& label(const std::string& l) {
    labels[l] = img.code.size();
    return *this;
  }
  Asm& function(const char* name, std::uint32_t arity) {
    label(name);
    img.functions.push_back({intern_atom(name), arity, static_cast<std::uint32_t>(img.code.size()), true});
    return *this;
  }
  Word import(const char* m, const char* f, std::uint32_t a) {
    img.imports.push_back({intern_atom(m), intern_atom(f), a});
    return img.imports.size() - 1;
  }
  std::shared_ptr<const LoadedModule> load() {
    for (auto [pos, l] : refs) img.code[pos] = labels.at(l);
    LoadError error;
    auto m = load_module(std::move(img), &error);
    INFO(error.message);
    REQUIRE(m);
    return m;
  }
};

// Runs `fun` of `mod` to completion, counting the slices it took.
RunStatus call(Process& p, const LoadedModule& mod, const char* fun, std::vector<Term> args, int* slices = nullptr) {
  p.setup_call(mod.entry(intern_atom(fun), static_cast<std::uint32_t>(args.size())), args.data(),
               static_cast<std::uint32_t>(args.size()));
  int n = 0;
  for (;;) {
    ++n;
    RunStatus s = execute(p);
    if (s != RunStatus::kYield) {
      if (slices) *slices = n;
      return s;
    }
    p.reductions = kReductionsPerSlice;
  }
}

}  // namespace

TEST_CASE("every opcode has its own handler address") {
  std::set<const void*> seen;
  for (std::size_t i = 0; i < kOpCount; ++i) seen.insert(opcode_handlers()[i]);
  CHECK(seen.size() == kOpCount);
}

TEST_CASE("a leaf function adds its arguments") {
  Asm a("interp_add");
  a.function("add", 2).op(Op::add).w(kNoLabel).w(x_reg(0)).w(x_reg(1)).w(x_reg(0)).op(Op::return_);
  auto m = a.load();
  Process p;
  REQUIRE(call(p, *m, "add", {Term::small(40), Term::small(2)}) == RunStatus::kDone);
  CHECK(p.x[0] == Term::small(42));
  CHECK(p.stack_depth() == 0);
}

TEST_CASE("small-integer overflow promotes to a bignum") {
  Asm a("interp_mul");
  a.function("mul", 2).op(Op::mul).w(kNoLabel).w(x_reg(0)).w(x_reg(1)).w(x_reg(0)).op(Op::return_);
  auto m = a.load();
  Process p;
  REQUIRE(call(p, *m, "mul", {Term::small(Term::kSmallMax), Term::small(1000)}) == RunStatus::kDone);
  CHECK(p.x[0].is_bignum());
  CHECK(inspect(p.x[0]) == "576460752303423487000");
}

// count(n, acc): a tail-recursive loop of n calls, which must yield (4000
// reductions per slice) and finish with the right value.
TEST_CASE("a long loop yields at the reduction budget and resumes") {
  Asm a("interp_loop");
  a.function("count", 2)
      .op(Op::is_eq_exact).ref("body").w(x_reg(0)).t(Term::small(0))
      .op(Op::move).w(x_reg(1)).w(x_reg(0))
      .op(Op::return_)
      .label("body")
      .op(Op::sub).w(kNoLabel).w(x_reg(0)).t(Term::small(1)).w(x_reg(0))
      .op(Op::add).w(kNoLabel).w(x_reg(1)).t(Term::small(1)).w(x_reg(1))
      .op(Op::call_only).w(2).ref("count");
  auto m = a.load();
  Process p;
  int slices = 0;
  REQUIRE(call(p, *m, "count", {Term::small(100000), Term::small(0)}, &slices) == RunStatus::kDone);
  CHECK(p.x[0] == Term::small(100000));
  CHECK(slices >= 100000 / kReductionsPerSlice);
}

// build(n) = [n | build(n - 1)]: body recursion deep enough to grow the stack.
TEST_CASE("deep body recursion grows the process stack") {
  Asm a("interp_build");
  a.function("build", 1)
      .op(Op::allocate).w(1)
      .op(Op::is_eq_exact).ref("rec").w(x_reg(0)).t(Term::small(0))
      .op(Op::move).t(Term::nil()).w(x_reg(0))
      .op(Op::deallocate).w(1)
      .op(Op::return_)
      .label("rec")
      .op(Op::move).w(x_reg(0)).w(y_reg(0))
      .op(Op::sub).w(kNoLabel).w(x_reg(0)).t(Term::small(1)).w(x_reg(0))
      .op(Op::call).w(1).ref("build")
      .op(Op::put_list).w(y_reg(0)).w(x_reg(0)).w(x_reg(0))
      .op(Op::deallocate).w(1)
      .op(Op::return_);
  auto m = a.load();
  Process p;
  REQUIRE(call(p, *m, "build", {Term::small(50000)}) == RunStatus::kDone);
  CHECK(list_length(p.x[0]) == 50000);
  CHECK(p.x[0].head() == Term::small(50000));
  CHECK(p.stack_depth() == 0);
}

TEST_CASE("a process past its stack limit is killed, and the VM runs on") {
  // f(n) = [n | f(n - 1)] with no base case: unbounded non-tail recursion.
  Asm a("interp_runaway");
  a.function("f", 1)
      .op(Op::allocate).w(1)
      .op(Op::move).w(x_reg(0)).w(y_reg(0))
      .op(Op::sub).w(kNoLabel).w(x_reg(0)).t(Term::small(1)).w(x_reg(0))
      .op(Op::call).w(1).ref("f")
      .op(Op::put_list).w(y_reg(0)).w(x_reg(0)).w(x_reg(0))
      .op(Op::deallocate).w(1)
      .op(Op::return_);
  auto m = a.load();
  Process p;
  p.max_heap_words = 100000;
  REQUIRE(call(p, *m, "f", {Term::small(0)}) == RunStatus::kKilled);
  CHECK(p.memory_words() <= p.max_heap_words);
  // Killed near the limit: the next block would have passed it.
  CHECK(p.stack_depth() > p.max_heap_words / 3);

  // Another process is unaffected.
  Process q;
  Asm b("interp_after_kill");
  b.function("one", 0).op(Op::move).t(Term::small(1)).w(x_reg(0)).op(Op::return_);
  auto m2 = b.load();
  REQUIRE(call(q, *m2, "one", {}) == RunStatus::kDone);
  CHECK(q.x[0] == Term::small(1));
}

TEST_CASE("tuples are built and taken apart") {
  Asm a("interp_tuple");
  a.function("swap", 1)
      .op(Op::is_tuple_arity).ref("bad").w(x_reg(0)).w(2)
      .op(Op::get_tuple_element).w(x_reg(0)).w(0).w(x_reg(1))
      .op(Op::get_tuple_element).w(x_reg(0)).w(1).w(x_reg(2))
      .op(Op::put_tuple).w(x_reg(0)).w(2).w(x_reg(2)).w(x_reg(1))
      .op(Op::return_)
      .label("bad")
      .op(Op::func_clause).t(intern_atom("interp_tuple")).t(intern_atom("swap")).w(1);
  auto m = a.load();
  Process p;
  Heap h;
  REQUIRE(call(p, *m, "swap", {make_tuple(h, {Term::small(1), atoms::ok})}) == RunStatus::kDone);
  CHECK(inspect(p.x[0]) == "{:ok, 1}");
  REQUIRE(call(p, *m, "swap", {atoms::ok}) == RunStatus::kError);
  CHECK(p.error.reason == atoms::function_clause);
  CHECK(describe_exception(p.error).message.rfind("no function clause matching in :interp_tuple.swap/1", 0) == 0);
}

TEST_CASE("switches: select_val (scanned and searched), select_tuple_arity, select_list") {
  // which(x): the index of x among 12 atoms and integers (a table long
  // enough to be searched by halves), or :none; arity(t) and list(l) too.
  Asm a("interp_switch");
  std::vector<Term> keys;
  for (int i = 0; i < 6; ++i) keys.push_back(intern_atom("k" + std::to_string(i)));
  for (int i = 0; i < 6; ++i) keys.push_back(Term::small(i * 7 - 10));
  a.function("which", 1).op(Op::select_val).w(x_reg(0)).ref("none").w(keys.size());
  for (std::size_t i = keys.size(); i-- > 0;) a.t(keys[i]).ref("k" + std::to_string(i));  // unsorted on purpose
  for (std::size_t i = 0; i < keys.size(); ++i)
    a.label("k" + std::to_string(i)).op(Op::move).t(Term::small(static_cast<std::int64_t>(i))).w(x_reg(0)).op(Op::return_);
  a.label("none").op(Op::move).t(intern_atom("none")).w(x_reg(0)).op(Op::return_);
  a.function("arity", 1)
      .op(Op::select_tuple_arity).w(x_reg(0)).ref("other").w(2)
      .t(Term::small(3)).ref("three").t(Term::small(0)).ref("zero")
      .label("three").op(Op::move).t(Term::small(3)).w(x_reg(0)).op(Op::return_)
      .label("zero").op(Op::move).t(Term::small(0)).w(x_reg(0)).op(Op::return_)
      .label("other").op(Op::move).t(intern_atom("other")).w(x_reg(0)).op(Op::return_);
  a.function("list", 1)
      .op(Op::select_list).w(x_reg(0)).ref("lother").ref("lnil").ref("lcons")
      .label("lnil").op(Op::move).t(intern_atom("nil")).w(x_reg(0)).op(Op::return_)
      .label("lcons").op(Op::move).t(intern_atom("cons")).w(x_reg(0)).op(Op::return_)
      .label("lother").op(Op::move).t(intern_atom("other")).w(x_reg(0)).op(Op::return_);
  auto m = a.load();
  Process p;
  Heap h;
  for (std::size_t i = 0; i < keys.size(); ++i) {
    REQUIRE(call(p, *m, "which", {keys[i]}) == RunStatus::kDone);
    CHECK(p.x[0] == Term::small(static_cast<std::int64_t>(i)));
  }
  for (Term other : {intern_atom("k6"), Term::small(1), Term::nil(), make_tuple(h, {})}) {
    REQUIRE(call(p, *m, "which", {other}) == RunStatus::kDone);
    CHECK(p.x[0] == intern_atom("none"));
  }
  REQUIRE(call(p, *m, "arity", {make_tuple(h, {atoms::ok, atoms::ok, atoms::ok})}) == RunStatus::kDone);
  CHECK(p.x[0] == Term::small(3));
  REQUIRE(call(p, *m, "arity", {make_tuple(h, {})}) == RunStatus::kDone);
  CHECK(p.x[0] == Term::small(0));
  for (Term other : {make_tuple(h, {atoms::ok}), Term::small(3), Term::nil()}) {
    REQUIRE(call(p, *m, "arity", {other}) == RunStatus::kDone);
    CHECK(p.x[0] == intern_atom("other"));
  }
  REQUIRE(call(p, *m, "list", {Term::nil()}) == RunStatus::kDone);
  CHECK(p.x[0] == intern_atom("nil"));
  Word* cell = h.alloc(2);
  cell[0] = Term::small(1).raw();
  cell[1] = Term::nil().raw();
  REQUIRE(call(p, *m, "list", {Term::list(cell)}) == RunStatus::kDone);
  CHECK(p.x[0] == intern_atom("cons"));
  REQUIRE(call(p, *m, "list", {atoms::ok}) == RunStatus::kDone);
  CHECK(p.x[0] == intern_atom("other"));
}

TEST_CASE("remote calls go through exports, builtins are natives") {
  register_builtins();
  Asm a("interp_remote");
  Word len = a.import("erlang", "length", 1);
  Word missing = a.import("interp_nowhere", "f", 0);
  a.function("len", 1).op(Op::call_ext_only).w(1).w(len);
  a.function("missing", 0).op(Op::call_ext_only).w(0).w(missing);
  a.function("bad_len", 0).op(Op::move).t(atoms::ok).w(x_reg(0)).op(Op::call_ext_only).w(1).w(len);
  auto m = a.load();
  Process p;
  Heap h;
  REQUIRE(call(p, *m, "len", {make_list(h, {Term::small(1), Term::small(2)})}) == RunStatus::kDone);
  CHECK(p.x[0] == Term::small(2));
  REQUIRE(call(p, *m, "missing", {}) == RunStatus::kError);
  // A tail call leaves no frame of missing/0, as in BEAM.
  CHECK(format_uncaught(p.error) ==
        "** (UndefinedFunctionError) function :interp_nowhere.f/0 is undefined (module :interp_nowhere is not "
        "available)\n"
        "    :interp_nowhere.f()\n");
  REQUIRE(call(p, *m, "bad_len", {}) == RunStatus::kError);
  CHECK(describe_exception(p.error).module == "ArgumentError");
  CHECK(describe_exception(p.error).message ==
        "errors were found at the given arguments:\n\n  * 1st argument: not a list\n");
}

TEST_CASE("loading a new version repoints exports, dropped functions become undefined") {
  Asm v1("interp_swap");
  v1.function("v", 0).op(Op::move).t(Term::small(1)).w(x_reg(0)).op(Op::return_);
  v1.function("gone", 0).op(Op::move).t(Term::small(1)).w(x_reg(0)).op(Op::return_);
  v1.load();
  Export* e = export_entry(intern_atom("interp_swap"), intern_atom("v"), 0);
  Export* gone = export_entry(intern_atom("interp_swap"), intern_atom("gone"), 0);
  const Word* first = e->address;
  CHECK(first != nullptr);
  Asm v2("interp_swap");
  v2.function("v", 0).op(Op::move).t(Term::small(2)).w(x_reg(0)).op(Op::return_);
  auto m2 = v2.load();
  CHECK(e->address != first);
  CHECK(gone->address == nullptr);
  Process p;
  REQUIRE(call(p, *m2, "v", {}) == RunStatus::kDone);
  CHECK(p.x[0] == Term::small(2));
}

TEST_CASE("the loader rejects malformed bytecode") {
  auto reject = [](std::vector<Word> code, std::uint32_t entry = 0) {
    ModuleImage img;
    img.name = intern_atom("interp_bad");
    img.code = std::move(code);
    img.functions.push_back({intern_atom("f"), 0, entry, true});
    LoadError error;
    CHECK(load_module(std::move(img), &error) == nullptr);
    CHECK_FALSE(error.message.empty());
  };
  reject({999});                                                         // unknown opcode
  reject({static_cast<Word>(Op::move), x_reg(0)});                       // truncated
  reject({static_cast<Word>(Op::move), x_reg(0), Term::small(1).raw()}); // literal destination
  reject({static_cast<Word>(Op::jump), 1});                              // label inside an instruction
  reject({static_cast<Word>(Op::call_ext), 0, 5});                       // import out of range
  reject({static_cast<Word>(Op::move), x_reg(kMaxXRegs), x_reg(0)});     // register out of range
  reject({static_cast<Word>(Op::return_)}, 7);                           // entry out of range
  const Word sv = static_cast<Word>(Op::select_val), ret = static_cast<Word>(Op::return_);
  const Word one = Term::small(1).raw(), two = Term::small(2).raw();
  reject({sv, x_reg(0), 6, 5, one, 6, ret});                               // table longer than the code
  reject({sv, x_reg(0), 8, 2, one, 8, one, 8, ret});                       // a value twice
  reject({sv, x_reg(0), 6, 1, x_reg(1), 6, ret});                          // a register as a value
  reject({sv, x_reg(0), 6, 1, one, kNoLabel, ret});                        // no label in the table
  reject({sv, x_reg(0), kNoLabel, 1, two, 6, ret});                        // no fail label
  reject({sv, x_reg(0), 6, 1, two, 3, ret});                               // label inside an instruction
  reject({static_cast<Word>(Op::select_list), x_reg(0), 5, 5, kNoLabel, ret});
  reject({static_cast<Word>(Op::apply_list), 4, ret});                     // apply/4 does not exist
  reject({static_cast<Word>(Op::apply_list_last), 1, 0});                  // nor apply/1
}
