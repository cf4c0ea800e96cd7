// The code generator's class, shared by compiler/codegen.cpp (functions,
// guards, expressions, calls) and compiler/codegen_match.cpp (the
// sequential matcher and the decision trees). Private to those two files.
#pragma once

#include <algorithm>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "compiler/codegen.h"
#include "vm/atom.h"
#include "vm/copy.h"
#include "vm/messages.h"

namespace vial::codegen_impl {

using ir::Expr;
using ir::Pat;

struct Failure {
  CompileError error;
};

class Codegen {
 public:
  Codegen(const ir::Module& m, const std::string& file, ModuleImage& img) : mod_(m), file_(file), img_(img) {}

  void run() {
    img_.name = mod_.name;
    img_.file = file_;
    for (const auto& f : mod_.functions) fun_labels_[{f.name.raw(), f.arity}] = new_label();
    for (const auto& f : mod_.functions) function(f);
    for (auto [pos, label] : label_refs_) img_.code[pos] = static_cast<Word>(label_pos_[label]);
    if (!mod_.struct_info.is_none()) img_.struct_info = copy_term(*img_.literals, mod_.struct_info);
  }

 private:
  using Label = int;
  // Decision trees (see match_clauses): a clause's patterns as columns.
  struct Col {
    const Pat* pat;
    Word occ;
  };
  struct Row {
    std::vector<Col> cols;
    std::size_t clause = 0;
    std::vector<std::pair<int, Word>> binds;  // variable, occurrence
  };
  using Leaf = std::function<void(const Row&, Label)>;
  enum class Ctor { kImm, kBoxed, kCons, kTuple, kMap, kOpaque };

  // --- emission ---------------------------------------------------------------
  void op(Op o) { img_.code.push_back(static_cast<Word>(o)); }
  void w(Word v) { img_.code.push_back(v); }
  void label_ref(Label l) {
    label_refs_.push_back({img_.code.size(), l});
    w(0);
  }
  void fail_ref(Label l) {
    if (l < 0) w(kNoLabel);
    else label_ref(l);
  }
  Label new_label() {
    label_pos_.push_back(-1);
    return static_cast<Label>(label_pos_.size()) - 1;
  }
  void bind(Label l) { label_pos_[l] = static_cast<std::int64_t>(img_.code.size()); }
  int new_catch_slot() { return static_cast<int>(catch_slots_++); }
  void catch_slot_operand(int j) {
    catch_patches_.push_back({img_.code.size(), j});
    w(0);
  }
  void frame_size_operand() {
    frame_patches_.push_back(img_.code.size());
    w(0);
  }
  Word import(Term m, Term f, std::uint32_t a) {
    auto key = std::make_tuple(m.raw(), f.raw(), a);
    auto it = imports_.find(key);
    if (it != imports_.end()) return it->second;
    img_.imports.push_back({m, f, a});
    Word i = img_.imports.size() - 1;
    imports_[key] = i;
    return i;
  }
  Word literal(Term t) { return t.is_immediate() ? t.raw() : copy_term(*img_.literals, t).raw(); }
  void move(Word src, Word dst) {
    if (src == dst) return;
    op(Op::move);
    w(src);
    w(dst);
  }

  // Code emitted from here on comes from source line `line`.
  void note_line(int line) {
    if (line <= 0) return;
    auto offset = static_cast<std::uint32_t>(img_.code.size());
    auto& lines = img_.lines;
    if (!lines.empty() && lines.back().offset == offset) {
      lines.back().line = static_cast<std::uint32_t>(line);
      return;
    }
    if (!lines.empty() && lines.back().line == static_cast<std::uint32_t>(line)) return;
    lines.push_back({offset, static_cast<std::uint32_t>(line)});
  }

  Word new_x() {
    if (xtop_ >= kMaxXRegs) fail(0, message(Msg::unsupported, "an expression this large"));
    return x_reg(xtop_++);
  }
  Word new_y() { return y_reg(nslots_++); }
  // Frees the x registers from `top` up, except those below the floor: the
  // registers of variables that a match expression bound in x (see
  // bind_in_x) stay reserved until their scope ends.
  void free_x(std::uint32_t top) { xtop_ = std::max(top, xfloor_); }
  // A clause body's scope: the variables it binds in x registers are dead
  // once it ends, and a call in one clause's body does not happen on the
  // path into another's (see match_clauses).
  struct Scope {
    std::uint32_t floor;
  };
  Scope open_scope() { return {xfloor_}; }
  void close_scope(const Scope& s) { xfloor_ = s.floor; }
  // Where variable `var` lives, for a read. The analysis pass records reads
  // that come after a call was emitted since the variable was bound.
  Word slot(int var) {
    if (calls_emitted_ > bound_at_call_[var]) read_after_call_[var] = true;
    return home(var);
  }
  // Where `var` lives, for its binding.
  Word bind_slot(int var) {
    bound_at_call_[var] = calls_emitted_;
    return home(var);
  }
  Word home(int var) {
    if (var_home_[var] == kNoHome) var_home_[var] = y_reg(nslots_++);
    return var_home_[var];
  }
  static constexpr Word kNoHome = ~Word{0};

  [[noreturn]] void fail(int line, std::string msg) {
    throw Failure{CompileError{"CompileError", file_, line, std::move(msg)}};
  }

  // Code generation recurses over the IR; nesting deeper than this is a
  // CompileError rather than a risk to the C++ stack.
  static constexpr int kMaxDepth = 1500;
  struct DepthGuard {
    Codegen* g;
    DepthGuard(Codegen* g, int line) : g(g) {
      if (++g->depth_ > kMaxDepth) g->fail(line, message(Msg::nested_too_deeply));
    }
    ~DepthGuard() { --g->depth_; }
  };
  int depth_ = 0;


  void function(const ir::Function& f);

  struct Rollback {
    std::size_t code, labels, refs, functions;
  };
  Rollback checkpoint();
  void rollback(const Rollback& r);
  void generate(const ir::Function& f);
  bool clause_body(const ir::Clause& c, const Row& row, bool frameless);
  void emit_return();
  void place_arguments(const std::vector<const Expr*>& es, const std::vector<Word>& dests,
                       std::vector<std::pair<Word, Word>> moves);
  std::vector<Word> x_reads(const Expr& e, bool& binds);
  void parallel_move(std::vector<std::pair<Word, Word>> moves);

  // --- patterns (codegen_match.cpp) ----------------------------------------------
  void match(const Pat& p, Word src, Label fail_label);
  void match_bitstring(const Pat& p, Word src, Label fail_label);
  template <class OnValue>
  void bitstring_segments(const Pat& p, Word src, Label fail, bool free_temps, OnValue on_value);

  // Decision trees (codegen_match.cpp).
  // Matches `subjects` against the clauses' patterns; a clause that matches
  // runs `leaf(row, fail)`, which may still jump to `fail` (a guard) to try
  // the later clauses. No clause: jump to `no_match`.
  void match_clauses(const std::vector<ir::Clause>& clauses, const std::vector<Word>& subjects, Label no_match,
                     const Leaf& leaf);
  static Ctor classify(const Pat& p);
  static Word imm_value(const Pat& p) { return p.kind == Pat::kNil ? Term::nil().raw() : p.lit.raw(); }

  void install(Row& r, int var, Word occ) {
    r.binds.push_back({var, occ});
    var_home_[var] = occ;
    bound_at_call_[var] = calls_emitted_;
  }
  // Makes the row's variables readable at their occurrences (a fn's
  // captures are bound by every clause, and an earlier leaf may have
  // committed them to its own frame).
  void activate(const Row& r) {
    for (auto [var, occ] : r.binds) var_home_[var] = occ;
  }
  void commit(const Row& r);
  // A clause of a value-producing case, try or try-else: its guard (to
  // `fail`), its bindings, its body's value into `dest`, then a jump to
  // `end`; x registers above `base` are free again afterwards.
  void clause_value(const ir::Clause& c, const Row& row, Label fail, Word dest, Label end, std::uint32_t base);
  void normalize(Row& r);

  static int find_col(const Row& r, Word occ) {
    for (std::size_t i = 0; i < r.cols.size(); ++i)
      if (r.cols[i].occ == occ) return static_cast<int>(i);
    return -1;
  }
  // Replaces column `c` of `r` by `parts` (kept in place, in order).
  static void replace_col(Row& r, int c, const std::vector<Col>& parts) {
    r.cols.erase(r.cols.begin() + c);
    r.cols.insert(r.cols.begin() + c, parts.begin(), parts.end());
  }
  void compile(std::vector<Row> rows, Label fail, const Leaf& leaf);

  static int references(const Row& r, Word reg) {
    int n = 0;
    for (const auto& c : r.cols) n += c.occ == reg;
    for (const auto& b : r.binds) n += b.second == reg;
    return n;
  }
  void single(Row r, Label fail, const Leaf& leaf);
  void group(std::vector<Row> rows, Word occ, Label fail, const Leaf& leaf);
  void cons_branch(std::vector<Row> rows, Word occ, Label fail, const Leaf& leaf);
  void tuple_branch(std::vector<Row> rows, Word occ, std::size_t arity, Label fail, const Leaf& leaf);
  static bool same_keys(const Pat& a, const Pat& b);
  void map_branches(std::vector<Row> rows, Word occ, Label fail, const Leaf& leaf);
  void opaque(Row& r, int c, Label fail);
  [[noreturn]] void fail_internal() { fail(0, "internal error: an unexpected pattern in a decision tree"); }

  // --- guards and expressions (codegen.cpp) -----------------------------------------
  void guard_test(const Expr& e, Label if_false, Label on_error);
  Word guard_value(const Expr& e, Label on_error);
  Word bif(const Expr& e, const std::vector<Word>& ops, Label on_error);
  Word build_freeing(const Expr& e);
  Word build(const Expr& e, const std::vector<Word>& ops);
  std::vector<Word> operands(const std::vector<const Expr*>& es);
  static std::vector<const Expr*> ptrs(const std::vector<ir::ExprPtr>& es, std::size_t from = 0);
  Word bind_value(int var, Word v, std::uint32_t entry);
  Word subject_value(const Expr& s);
  // Variables are not kept in x registers above this (a long block of
  // bindings that are never read after a call would run out of them).
  static constexpr std::uint32_t kMaxXInVars = 256;
  Word value(const Expr& e, bool keep);
  Word value_anywhere(const Expr& e, bool keep);
  Word case_value(const Expr& e, bool keep);
  void emit_test(std::string_view f, const std::vector<Word>& ops, Label if_false);
  static const Expr* test_case_condition(const Expr& e);
  void test_case(const Expr& e, const Expr& c, const std::function<void(const Expr&)>& branch);
  Word try_after(const Expr& e);
  void caught(int slot, Word kind, Word reason, Word trace);
  Word try_handlers(const Expr& e);
  Word try_else(const Expr& e, Word v);
  void call(const Expr& e, bool last);
  void tail(const Expr& e);
  void receive(const Expr& e, const std::function<void(const Expr&)>& body);


  const ir::Module& mod_;
  const std::string& file_;
  ModuleImage& img_;
  std::map<std::pair<Word, std::uint32_t>, Label> fun_labels_;
  std::vector<std::int64_t> label_pos_;
  std::vector<std::pair<std::size_t, Label>> label_refs_;
  std::map<std::tuple<Word, Word, std::uint32_t>, Word> imports_;
  std::vector<Word> var_home_;          // register reference per variable, or kNoHome
  std::vector<int> bound_at_call_;      // calls emitted when each variable was bound
  std::vector<bool> read_after_call_;   // read after a later call (analysis pass)
  std::vector<bool> keep_in_x_;         // kept in an x register (real pass)
  int calls_emitted_ = 0;
  bool frameless_ = false;
  bool needs_frame_ = false;  // the clause has a receive: it builds a frame
  // The line of the last call or raising builtin emitted (or the
  // function's): where BEAM's last `line` instruction would be.
  int beam_line_ = 0;
  std::vector<std::size_t> frame_patches_;
  std::vector<std::pair<std::size_t, int>> catch_patches_;  // operand position, catch number
  std::uint32_t catch_slots_ = 0;
  std::uint32_t nslots_ = 0;
  std::uint32_t xtop_ = 0;
  std::uint32_t xfloor_ = 0;  // x registers below this hold live variables
};

}  // namespace vial::codegen_impl
