#include "compiler/codegen.h"
#include "compiler/peephole.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <string_view>
#include <tuple>

#include "vm/atom.h"
#include "vm/binary.h"
#include "vm/compare.h"
#include "vm/copy.h"
#include "vm/messages.h"

namespace vial {

using ir::Expr;
using ir::Pat;

namespace {

// :erlang functions compiled inline as bif1/bif2/bif3 (or add/sub/mul): they
// read their operands from any register and clobber none, so they are not
// calls.
bool is_inline_bif(const Expr& e) {
  if (e.kind != Expr::kRemoteCall || e.module != atoms::erlang) return false;
  if (e.args.size() == 3) return atom_text(e.function) == "binary_part";
  if (e.args.empty()) return atom_text(e.function) == "self" || atom_text(e.function) == "node";
  if (e.args.size() != 1 && e.args.size() != 2) return false;
  static const std::set<std::string_view> kOne = {
      "-", "+", "abs", "hd", "tl", "length", "tuple_size", "byte_size", "bit_size", "not",
      "is_integer", "is_float", "is_number", "is_atom", "is_binary", "is_bitstring", "is_list", "is_tuple",
      "is_boolean", "is_function", "is_pid", "is_reference", "is_port", "is_map", "map_size", "node", "bnot"};
  static const std::set<std::string_view> kTwo = {"+", "-", "*", "/", "div", "rem", "element", "<", ">",
                                                  "=<", ">=", "==", "/=", "=:=", "=/=", "max", "min",
                                                  "is_function", "is_map_key", "map_get",
                                                  "band", "bor", "bxor", "bsl", "bsr"};
  return (e.args.size() == 1 ? kOne : kTwo).count(atom_text(e.function)) > 0;
}

// The type tests guards compile to test instructions (other is_* BIFs, such
// as is_port, are computed as values).
const std::map<std::string_view, Op>& type_tests() {
  static const std::map<std::string_view, Op> kTypeTests = {
      {"is_integer", Op::is_integer}, {"is_float", Op::is_float},     {"is_number", Op::is_number},
      {"is_atom", Op::is_atom},       {"is_boolean", Op::is_boolean}, {"is_binary", Op::is_binary},
      {"is_bitstring", Op::is_bitstring},
      {"is_list", Op::is_list},       {"is_tuple", Op::is_tuple},     {"is_function", Op::is_function},
      {"is_pid", Op::is_pid},         {"is_map", Op::is_map},         {"is_reference", Op::is_reference}};
  return kTypeTests;
}

bool contains_call(const Expr& e) {
  // A list's spine is walked in a loop: long lists do not recurse deeply.
  if (e.kind == Expr::kCons) {
    const Expr* cur = &e;
    for (; cur->kind == Expr::kCons; cur = cur->args[1].get())
      if (contains_call(*cur->args[0])) return true;
    return contains_call(*cur);
  }
  switch (e.kind) {
    case Expr::kLocalCall:
    case Expr::kApply:
    case Expr::kCallFun:
    case Expr::kTry:
      return true;
    case Expr::kRemoteCall:
      if (!is_inline_bif(e)) return true;
      break;
    case Expr::kCase:
      for (const auto& c : e.clauses)
        if (contains_call(*c.body)) return true;
      break;
    default:
      break;
  }
  for (const auto& a : e.args)
    if (contains_call(*a)) return true;
  return false;
}

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

  // --- functions -----------------------------------------------------------------
  // A function is generated twice. The analysis pass keeps every variable in
  // a y slot and records which ones are read after a call. The real pass
  // keeps variables bound by a pattern that are never read after a call in
  // the x registers the decision tree found them in (an argument register,
  // or the register an element was extracted to). Each clause gets its own
  // frame, sized for that clause, or none when it needs no y slot (then its
  // tail calls are call_only); a clause is regenerated frameless when its
  // first version turned out to need no slot. Emission order is the same in
  // every pass, so the analysis is exact, and since code only jumps forward
  // within a function, execution order is a subsequence of emission order.
  void function(const ir::Function& f) {
    std::size_t n = f.var_names.size();
    Rollback start = checkpoint();
    bound_at_call_.assign(n, 0);
    read_after_call_.assign(n, false);
    tree_bound_.assign(n, false);
    keep_in_x_.assign(n, false);
    generate(f);
    std::vector<bool> keep(n, false);
    for (std::size_t v = 0; v < n; ++v) keep[v] = tree_bound_[v] && !read_after_call_[v];
    rollback(start);
    keep_in_x_ = std::move(keep);
    generate(f);
  }

  struct Rollback {
    std::size_t code, labels, refs, functions;
  };
  Rollback checkpoint() {
    return {img_.code.size(), label_pos_.size(), label_refs_.size(), img_.functions.size()};
  }
  void rollback(const Rollback& r) {
    img_.code.resize(r.code);
    while (!img_.lines.empty() && img_.lines.back().offset >= r.code) img_.lines.pop_back();
    label_pos_.resize(r.labels);
    label_refs_.resize(r.refs);
    img_.functions.resize(r.functions);
  }

  // The clauses' patterns are one decision tree on the argument registers
  // (frameless: it only tests and extracts into x registers above the
  // arguments, which stay intact for func_clause); each leaf runs its
  // clause's guard, then builds the clause's frame and runs its body.
  void generate(const ir::Function& f) {
    var_home_.assign(f.var_names.size(), kNoHome);
    calls_emitted_ = 0;
    bind(fun_labels_[{f.name.raw(), f.arity}]);
    img_.functions.push_back({f.name, f.arity, static_cast<std::uint32_t>(img_.code.size()), f.exported, f.fun_arity});
    nslots_ = 0;
    frameless_ = true;
    xtop_ = f.arity;
    std::vector<Word> args;
    for (std::uint32_t i = 0; i < f.arity; ++i) args.push_back(x_reg(i));
    Label no_match = new_label();
    match_clauses(f.clauses, args, no_match, [&](const Row& row, Label fail) {
      const ir::Clause& c = f.clauses[row.clause];
      std::uint32_t base = xtop_;
      if (c.guard) guard_test(*c.guard, fail, fail);
      xtop_ = base;
      Rollback before = checkpoint();
      int calls_before = calls_emitted_;
      std::vector<int> bound_before = bound_at_call_;
      std::vector<Word> homes_before = var_home_;
      if (!clause_body(c, row, false)) {
        rollback(before);
        calls_emitted_ = calls_before;
        bound_at_call_ = std::move(bound_before);
        var_home_ = std::move(homes_before);
        clause_body(c, row, true);
      }
      xtop_ = base;
      nslots_ = 0;
      frameless_ = true;
    });
    bind(no_match);
    note_line(f.line);
    op(Op::func_clause);
    w(mod_.name.raw());
    w(f.name.raw());
    // A fn's clause error shows only the fn's own arguments, not its captures.
    w(f.fun_arity >= 0 ? static_cast<Word>(f.fun_arity) : f.arity);
  }

  // The body of a function clause whose patterns and guard matched; returns
  // false (to be regenerated frameless) when it was given a frame but used
  // no y slot.
  bool clause_body(const ir::Clause& c, const Row& row, bool frameless) {
    nslots_ = 0;
    catch_slots_ = 0;
    catch_patches_.clear();
    frameless_ = frameless;
    frame_patches_.clear();
    if (!frameless_) {
      op(Op::allocate);
      frame_size_operand();
    }
    commit(row);
    tail(*c.body);
    // Catch slots go above the other y slots, the outermost try highest, so
    // that unwinding (which scans up from y0) meets the innermost active
    // try of a frame first.
    for (auto [pos, j] : catch_patches_) img_.code[pos] = y_reg(nslots_ + catch_slots_ - 1 - static_cast<std::uint32_t>(j));
    nslots_ += catch_slots_;
    for (std::size_t pos : frame_patches_) img_.code[pos] = nslots_;
    if (frameless_) {
      if (nslots_ != 0) fail(c.line, "internal error: a frameless clause used a y slot");
      return true;
    }
    return nslots_ != 0;
  }

  void emit_return() {
    if (!frameless_) {
      op(Op::deallocate);
      frame_size_operand();
    }
    op(Op::return_);
  }

  // Moves call arguments into place: a parallel move, since a source may be
  // an argument register that is also a destination. A cycle is broken
  // through a fresh temporary above every destination.
  void parallel_move(std::vector<std::pair<Word, Word>> moves) {
    std::erase_if(moves, [](const auto& m) { return m.first == m.second; });
    while (!moves.empty()) {
      bool progressed = false;
      for (std::size_t i = 0; i < moves.size(); ++i) {
        Word dst = moves[i].second;
        bool needed = std::any_of(moves.begin(), moves.end(), [&](const auto& m) { return m.first == dst; });
        if (needed) continue;
        move(moves[i].first, dst);
        moves.erase(moves.begin() + static_cast<std::ptrdiff_t>(i));
        progressed = true;
        break;
      }
      if (progressed) continue;
      Word saved = moves[0].second;
      Word tmp = new_x();
      move(saved, tmp);
      for (auto& m : moves)
        if (m.first == saved) m.first = tmp;
    }
  }

  // --- patterns ----------------------------------------------------------------------
  void match(const Pat& p, Word src, Label fail_label) {
    DepthGuard guard(this, 0);
    switch (p.kind) {
      case Pat::kWild:
        return;
      case Pat::kBind:
        move(src, bind_slot(p.var));
        return;
      case Pat::kCheck:
        op(Op::is_eq_exact);
        label_ref(fail_label);
        w(src);
        w(slot(p.var));
        return;
      case Pat::kLit:
        op(Op::is_eq_exact);
        label_ref(fail_label);
        w(src);
        w(literal(p.lit));
        return;
      case Pat::kNil:
        op(Op::is_nil);
        label_ref(fail_label);
        w(src);
        return;
      case Pat::kTuple: {
        op(Op::is_tuple_arity);
        label_ref(fail_label);
        w(src);
        w(p.elems.size());
        for (std::size_t i = 0; i < p.elems.size(); ++i) {
          if (p.elems[i]->kind == Pat::kWild) continue;
          Word t = new_x();
          op(Op::get_tuple_element);
          w(src);
          w(i);
          w(t);
          match(*p.elems[i], t, fail_label);
        }
        return;
      }
      case Pat::kCons: {
        // The spine is matched in a loop with the same two registers, so
        // long list patterns need neither deep recursion nor many registers.
        Word t = new_x();
        std::uint32_t head_base = xtop_;
        const Pat* cur = &p;
        for (; cur->kind == Pat::kCons; cur = cur->elems[1].get()) {
          op(Op::is_nonempty_list);
          label_ref(fail_label);
          w(src);
          xtop_ = head_base;
          Word h = new_x();
          op(Op::get_list);  // reads src before writing h and t, so t may be src
          w(src);
          w(h);
          w(t);
          match(*cur->elems[0], h, fail_label);
          src = t;
        }
        xtop_ = head_base;
        match(*cur, t, fail_label);
        return;
      }
      case Pat::kAlias:
        match(*p.elems[0], src, fail_label);
        match(*p.elems[1], src, fail_label);
        return;
      case Pat::kMap: {
        op(Op::is_map);
        label_ref(fail_label);
        w(src);
        for (std::size_t i = 0; i + 1 < p.elems.size(); i += 2) {
          const Pat& key = *p.elems[i];
          Word t = new_x();
          op(Op::get_map_elem);
          label_ref(fail_label);
          w(src);
          w(key.kind == Pat::kCheck ? slot(key.var) : literal(key.lit));
          w(t);
          match(*p.elems[i + 1], t, fail_label);
        }
        return;
      }
      case Pat::kBin:
        match_bitstring(p, src, fail_label);
        return;
    }
  }

  // A <<...>> pattern: the position in the subject lives in a register that
  // each segment's instruction advances; parts are taken without copying.
  void match_bitstring(const Pat& p, Word src, Label fail_label) {
    bitstring_segments(p, src, fail_label, /*free_temps=*/true,
                       [&](const Pat& value, Word d) { match(value, d, fail_label); });
  }

  // The instructions of a <<...>> pattern on `src`: literal strings and
  // skipped segments are tested here; each other segment is read into a new
  // x register and handed to `on_value(pattern, register)`. With
  // `free_temps`, each segment's registers are free again after it (the
  // sequential matcher); the decision tree keeps them, as its columns.
  template <class OnValue>
  void bitstring_segments(const Pat& p, Word src, Label fail, bool free_temps, OnValue on_value) {
    Word pos = new_x();
    op(Op::bs_start_match);
    label_ref(fail);
    w(src);
    w(pos);
    for (const auto& s : p.segs) {
      std::uint32_t saved = xtop_;
      SegType type = seg_type(s.flags);
      const Pat& value = *s.value;
      if (type == SegType::kBits && value.kind == Pat::kLit && value.lit.is_bitstring() && !s.size) {
        op(Op::bs_match_string);
        label_ref(fail);
        w(src);
        w(pos);
        w(literal(value.lit));
        continue;
      }
      bool utf = type == SegType::kUtf8 || type == SegType::kUtf16 || type == SegType::kUtf32;
      Word size = s.size ? guard_value(*s.size, fail) : Term::nil().raw();
      if (value.kind == Pat::kWild && !utf) {
        op(Op::bs_skip_bits);
        label_ref(fail);
        w(src);
        w(pos);
        w(size);
        w(static_cast<Word>(s.flags));
        if (free_temps) xtop_ = saved;
        continue;
      }
      Word d = new_x();
      op(utf ? Op::bs_get_utf
             : type == SegType::kInteger ? Op::bs_get_integer
             : type == SegType::kFloat   ? Op::bs_get_float
                                         : Op::bs_get_binary);
      label_ref(fail);
      w(src);
      w(pos);
      if (!utf) w(size);
      w(static_cast<Word>(s.flags));
      w(d);
      on_value(value, d);
      if (free_temps) xtop_ = saved;
    }
    op(Op::bs_test_tail);
    label_ref(fail);
    w(src);
    w(pos);
  }

  // --- decision trees (docs/compiler.md, "Pattern matching") ----------------------
  // A list of clauses is matched as a backtracking automaton, as BEAM's
  // match compiler does: the clauses are rows of (pattern, occurrence)
  // columns, an occurrence being where the matched value is (an argument
  // register, the case subject, or an x register a constructor's part was
  // extracted to). Each step takes the first column of the first row and
  // the longest run of rows that test the same occurrence with a
  // constructor (literal, [], [h|t], tuple, map); one switch on that
  // occurrence sends each row to the branch of its constructor, where the
  // constructor's parts become new columns. The rows after the run are the
  // failure continuation of every branch, so clause order is kept and each
  // clause's body is generated once. Variables are not moved while
  // matching: a binding remembers its occurrence, and the clause's leaf
  // commits it to the variable's home once the guard has passed.

  // Matches `subjects` against the clauses' patterns; a clause that matches
  // runs `leaf(row, fail)`, which may still jump to `fail` (a guard) to try
  // the later clauses. No clause: jump to `no_match`.
  void match_clauses(const std::vector<ir::Clause>& clauses, const std::vector<Word>& subjects, Label no_match,
                     const Leaf& leaf) {
    std::vector<Row> rows(clauses.size());
    for (std::size_t i = 0; i < clauses.size(); ++i) {
      rows[i].clause = i;
      for (std::size_t j = 0; j < clauses[i].pats.size() && j < subjects.size(); ++j)
        rows[i].cols.push_back({clauses[i].pats[j].get(), subjects[j]});
    }
    compile(std::move(rows), no_match, leaf);
  }

  static Ctor classify(const Pat& p) {
    switch (p.kind) {
      case Pat::kNil:
        return Ctor::kImm;
      case Pat::kLit:
        if (p.lit.is_immediate()) return Ctor::kImm;
        if (p.lit.is_bitstring() || p.lit.is_float() || p.lit.is_bignum()) return Ctor::kBoxed;
        return Ctor::kOpaque;
      case Pat::kCons:
        return Ctor::kCons;
      case Pat::kTuple:
        return Ctor::kTuple;
      case Pat::kMap:
        return Ctor::kMap;
      default:
        return Ctor::kOpaque;  // a pin or repeat, a bitstring, a compound literal
    }
  }
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
  // The leaf's bindings go to their homes: an x occurrence stays where it is
  // when the variable is never read after a call (real pass), a y occurrence
  // (a case subject in a slot) is shared; anything else is moved to a slot.
  void commit(const Row& r) {
    for (auto [var, occ] : r.binds) {
      tree_bound_[var] = true;
      if (is_reg_ref(occ) && (is_y_ref(occ) || keep_in_x_[var])) {
        var_home_[var] = occ;
        bind_slot(var);
      } else {
        var_home_[var] = kNoHome;
        move(occ, bind_slot(var));
      }
    }
  }

  // Drops columns that cannot fail (binding their variables) and splits
  // `p1 = p2` into two columns on one occurrence, in order.
  void normalize(Row& r) {
    for (std::size_t i = 0; i < r.cols.size();) {
      const Pat& p = *r.cols[i].pat;
      Word occ = r.cols[i].occ;
      if (p.kind == Pat::kWild) {
        r.cols.erase(r.cols.begin() + static_cast<std::ptrdiff_t>(i));
      } else if (p.kind == Pat::kBind) {
        install(r, p.var, occ);
        r.cols.erase(r.cols.begin() + static_cast<std::ptrdiff_t>(i));
      } else if (p.kind == Pat::kAlias) {
        r.cols[i] = {p.elems[0].get(), occ};
        r.cols.insert(r.cols.begin() + static_cast<std::ptrdiff_t>(i) + 1, Col{p.elems[1].get(), occ});
      } else {
        ++i;
      }
    }
  }

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

  void compile(std::vector<Row> rows, Label fail, const Leaf& leaf) {
    DepthGuard guard(this, 0);
    for (;;) {
      for (auto& r : rows) normalize(r);
      if (rows.empty()) {
        op(Op::jump);
        label_ref(fail);
        return;
      }
      if (rows.size() == 1) {
        single(std::move(rows[0]), fail, leaf);
        return;
      }
      if (rows[0].cols.empty()) {  // the first row matches: its leaf
        Label next = rows.size() == 1 ? fail : new_label();
        activate(rows[0]);
        leaf(rows[0], next);
        if (rows.size() == 1) return;
        bind(next);
        rows.erase(rows.begin());
        continue;
      }
      Word occ = rows[0].cols[0].occ;
      std::size_t g = 1;
      if (classify(*rows[0].cols[0].pat) != Ctor::kOpaque)
        for (; g < rows.size(); ++g) {
          int c = find_col(rows[g], occ);
          if (c < 0 || classify(*rows[g].cols[static_cast<std::size_t>(c)].pat) == Ctor::kOpaque) break;
        }
      std::vector<Row> rest(std::make_move_iterator(rows.begin() + static_cast<std::ptrdiff_t>(g)),
                            std::make_move_iterator(rows.end()));
      rows.resize(g);
      Label rest_label = rest.empty() ? fail : new_label();
      std::uint32_t saved = xtop_;
      group(std::move(rows), occ, rest_label, leaf);
      xtop_ = saved;
      if (rest.empty()) return;
      bind(rest_label);
      rows = std::move(rest);
    }
  }

  static int references(const Row& r, Word reg) {
    int n = 0;
    for (const auto& c : r.cols) n += c.occ == reg;
    for (const auto& b : r.binds) n += b.second == reg;
    return n;
  }

  // The last row left: its tests in sequence, in a loop (a long list
  // pattern neither recurses deeply nor takes a register per element: a
  // list's tail is extracted into the register of the list when nothing
  // else looks at it, and registers nothing refers to any more are freed
  // from the top). Registers from `entry` up are this row's own: code at
  // `fail` only reads ones below.
  void single(Row r, Label fail, const Leaf& leaf) {
    std::uint32_t entry = xtop_;
    for (;;) {
      normalize(r);
      while (xtop_ > entry && references(r, x_reg(xtop_ - 1)) == 0) --xtop_;
      if (r.cols.empty()) {
        activate(r);
        leaf(r, fail);
        return;
      }
      const Pat& p = *r.cols[0].pat;
      Word occ = r.cols[0].occ;
      switch (classify(p)) {
        case Ctor::kImm:
        case Ctor::kBoxed:
          op(Op::is_eq_exact);
          label_ref(fail);
          w(occ);
          w(classify(p) == Ctor::kImm ? imm_value(p) : literal(p.lit));
          replace_col(r, 0, {});
          break;
        case Ctor::kCons: {
          op(Op::is_nonempty_list);
          label_ref(fail);
          w(occ);
          bool reuse = is_reg_ref(occ) && !is_y_ref(occ) && reg_index(occ) >= entry && references(r, occ) == 1;
          Word h = new_x();
          Word t = reuse ? occ : new_x();
          op(Op::get_list);  // reads occ before writing h and t
          w(occ);
          w(h);
          w(t);
          replace_col(r, 0, {{p.elems[0].get(), h}, {p.elems[1].get(), t}});
          break;
        }
        case Ctor::kTuple: {
          op(Op::is_tuple_arity);
          label_ref(fail);
          w(occ);
          w(p.elems.size());
          std::vector<Col> parts;
          for (std::size_t i = 0; i < p.elems.size(); ++i) {
            if (p.elems[i]->kind == Pat::kWild) continue;
            Word t = new_x();
            op(Op::get_tuple_element);
            w(occ);
            w(i);
            w(t);
            parts.push_back({p.elems[i].get(), t});
          }
          replace_col(r, 0, parts);
          break;
        }
        case Ctor::kMap: {
          op(Op::is_map);
          label_ref(fail);
          w(occ);
          activate(r);
          std::vector<Col> parts;
          for (std::size_t k = 0; k + 1 < p.elems.size(); k += 2) {
            const Pat& key = *p.elems[k];
            Word t = new_x();
            op(Op::get_map_elem);
            label_ref(fail);
            w(occ);
            w(key.kind == Pat::kCheck ? slot(key.var) : literal(key.lit));
            w(t);
            parts.push_back({p.elems[k + 1].get(), t});
          }
          replace_col(r, 0, parts);
          break;
        }
        case Ctor::kOpaque:
          opaque(r, 0, fail);
          break;
      }
    }
  }

  // Rows that all test `occ` with a constructor (or one row with any other
  // test): one test or switch per kind of constructor, each failing to the
  // next kind, the last to `fail`.
  void group(std::vector<Row> rows, Word occ, Label fail, const Leaf& leaf) {
    if (rows.size() == 1 && classify(*rows[0].cols[static_cast<std::size_t>(find_col(rows[0], occ))].pat) == Ctor::kOpaque) {
      opaque(rows[0], find_col(rows[0], occ), fail);
      compile(std::move(rows), fail, leaf);
      return;
    }
    std::vector<std::pair<Word, std::vector<Row>>> imms;  // by value, in order of appearance
    std::vector<std::pair<Term, std::vector<Row>>> boxed;
    std::vector<Row> conses, maps;
    std::vector<std::pair<std::size_t, std::vector<Row>>> tuples;  // by arity
    for (auto& r : rows) {
      int c = find_col(r, occ);
      const Pat& p = *r.cols[static_cast<std::size_t>(c)].pat;
      switch (classify(p)) {
        case Ctor::kImm: {
          Word v = imm_value(p);
          replace_col(r, c, {});
          auto it = std::find_if(imms.begin(), imms.end(), [&](const auto& e) { return e.first == v; });
          if (it == imms.end()) imms.push_back({v, {}}), it = imms.end() - 1;
          it->second.push_back(std::move(r));
          break;
        }
        case Ctor::kBoxed: {
          Term v = p.lit;
          replace_col(r, c, {});
          auto it = std::find_if(boxed.begin(), boxed.end(), [&](const auto& e) { return exact_equal(e.first, v); });
          if (it == boxed.end()) boxed.push_back({v, {}}), it = boxed.end() - 1;
          it->second.push_back(std::move(r));
          break;
        }
        case Ctor::kCons:
          conses.push_back(std::move(r));
          break;
        case Ctor::kTuple: {
          std::size_t n = p.elems.size();
          auto it = std::find_if(tuples.begin(), tuples.end(), [&](const auto& e) { return e.first == n; });
          if (it == tuples.end()) tuples.push_back({n, {}}), it = tuples.end() - 1;
          it->second.push_back(std::move(r));
          break;
        }
        case Ctor::kMap:
          maps.push_back(std::move(r));
          break;
        case Ctor::kOpaque:
          fail_internal();
      }
    }
    int kinds = !imms.empty() + !boxed.empty() + !conses.empty() + !tuples.empty() + !maps.empty();
    auto next_kind = [&]() { return --kinds == 0 ? fail : new_label(); };
    auto branch = [&](std::vector<Row> branch_rows) {
      std::uint32_t saved = xtop_;
      compile(std::move(branch_rows), fail, leaf);
      xtop_ = saved;
    };
    // [] and [h|t] alone (with anything else after): one three-way switch.
    if (!conses.empty() && imms.size() == 1 && imms[0].first == Term::nil().raw()) {
      --kinds;
      Label other = next_kind(), nil = new_label(), cons = new_label();
      op(Op::select_list);
      w(occ);
      label_ref(other);
      label_ref(nil);
      label_ref(cons);
      bind(nil);
      branch(std::move(imms[0].second));
      bind(cons);
      cons_branch(std::move(conses), occ, fail, leaf);
      imms.clear();
      conses.clear();
      if (other != fail) bind(other);
    }
    if (!imms.empty()) {
      Label next = next_kind();
      if (imms.size() == 1) {
        op(Op::is_eq_exact);
        label_ref(next);
        w(occ);
        w(imms[0].first);
        branch(std::move(imms[0].second));
      } else {
        std::vector<std::size_t> order(imms.size());
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
        std::sort(order.begin(), order.end(), [&](auto a, auto b) { return imms[a].first < imms[b].first; });
        std::vector<Label> labels(imms.size());
        op(Op::select_val);
        w(occ);
        label_ref(next);
        w(imms.size());
        for (std::size_t i : order) {
          labels[i] = new_label();
          w(imms[i].first);
          label_ref(labels[i]);
        }
        for (std::size_t i = 0; i < imms.size(); ++i) {
          bind(labels[i]);
          branch(std::move(imms[i].second));
        }
      }
      if (next != fail) bind(next);
    }
    if (!boxed.empty()) {
      Label next = next_kind();
      for (std::size_t i = 0; i < boxed.size(); ++i) {
        Label other = i + 1 == boxed.size() ? next : new_label();
        op(Op::is_eq_exact);
        label_ref(other);
        w(occ);
        w(literal(boxed[i].first));
        branch(std::move(boxed[i].second));
        if (other != fail) bind(other);
      }
    }
    if (!conses.empty()) {
      Label next = next_kind();
      op(Op::is_nonempty_list);
      label_ref(next);
      w(occ);
      cons_branch(std::move(conses), occ, fail, leaf);
      if (next != fail) bind(next);
    }
    if (!tuples.empty()) {
      Label next = next_kind();
      if (tuples.size() == 1) {
        op(Op::is_tuple_arity);
        label_ref(next);
        w(occ);
        w(tuples[0].first);
        tuple_branch(std::move(tuples[0].second), occ, tuples[0].first, fail, leaf);
      } else {
        std::sort(tuples.begin(), tuples.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        std::vector<Label> labels(tuples.size());
        op(Op::select_tuple_arity);
        w(occ);
        label_ref(next);
        w(tuples.size());
        for (std::size_t i = 0; i < tuples.size(); ++i) {
          labels[i] = new_label();
          w(Term::small(static_cast<std::int64_t>(tuples[i].first)).raw());
          label_ref(labels[i]);
        }
        for (std::size_t i = 0; i < tuples.size(); ++i) {
          bind(labels[i]);
          tuple_branch(std::move(tuples[i].second), occ, tuples[i].first, fail, leaf);
        }
      }
      if (next != fail) bind(next);
    }
    if (!maps.empty()) {
      Label next = next_kind();
      op(Op::is_map);
      label_ref(next);
      w(occ);
      map_branches(std::move(maps), occ, fail, leaf);
      if (next != fail) bind(next);
    }
  }

  void cons_branch(std::vector<Row> rows, Word occ, Label fail, const Leaf& leaf) {
    std::uint32_t saved = xtop_;
    Word h = new_x(), t = new_x();
    op(Op::get_list);
    w(occ);
    w(h);
    w(t);
    for (auto& r : rows) {
      int c = find_col(r, occ);
      const Pat& p = *r.cols[static_cast<std::size_t>(c)].pat;
      replace_col(r, c, {{p.elems[0].get(), h}, {p.elems[1].get(), t}});
    }
    compile(std::move(rows), fail, leaf);
    xtop_ = saved;
  }

  void tuple_branch(std::vector<Row> rows, Word occ, std::size_t arity, Label fail, const Leaf& leaf) {
    std::uint32_t saved = xtop_;
    // Only the elements some row looks at are extracted.
    std::vector<Word> regs(arity, kNoHome);
    for (std::size_t i = 0; i < arity; ++i) {
      bool used = std::any_of(rows.begin(), rows.end(), [&](const Row& r) {
        return r.cols[static_cast<std::size_t>(find_col(r, occ))].pat->elems[i]->kind != Pat::kWild;
      });
      if (!used) continue;
      regs[i] = new_x();
      op(Op::get_tuple_element);
      w(occ);
      w(i);
      w(regs[i]);
    }
    for (auto& r : rows) {
      int c = find_col(r, occ);
      const Pat& p = *r.cols[static_cast<std::size_t>(c)].pat;
      std::vector<Col> parts;
      for (std::size_t i = 0; i < arity; ++i)
        if (p.elems[i]->kind != Pat::kWild) parts.push_back({p.elems[i].get(), regs[i]});
      replace_col(r, c, parts);
    }
    compile(std::move(rows), fail, leaf);
    xtop_ = saved;
  }

  static bool same_keys(const Pat& a, const Pat& b) {
    if (a.elems.size() != b.elems.size()) return false;
    for (std::size_t i = 0; i < a.elems.size(); i += 2) {
      const Pat& x = *a.elems[i];
      const Pat& y = *b.elems[i];
      if (x.kind != y.kind) return false;
      if (x.kind == Pat::kCheck ? x.var != y.var : !exact_equal(x.lit, y.lit)) return false;
    }
    return true;
  }

  // Map rows (the value is known to be a map): runs of rows with the same
  // keys look them up once; a missing key fails to the next run.
  void map_branches(std::vector<Row> rows, Word occ, Label fail, const Leaf& leaf) {
    for (std::size_t i = 0; i < rows.size();) {
      const Pat& first = *rows[i].cols[static_cast<std::size_t>(find_col(rows[i], occ))].pat;
      std::size_t j = i + 1;
      while (j < rows.size() && same_keys(first, *rows[j].cols[static_cast<std::size_t>(find_col(rows[j], occ))].pat))
        ++j;
      Label next = j == rows.size() ? fail : new_label();
      std::uint32_t saved = xtop_;
      activate(rows[i]);
      std::vector<Word> regs;
      for (std::size_t k = 0; k + 1 < first.elems.size(); k += 2) {
        const Pat& key = *first.elems[k];
        Word t = new_x();
        op(Op::get_map_elem);
        label_ref(next);
        w(occ);
        w(key.kind == Pat::kCheck ? slot(key.var) : literal(key.lit));
        w(t);
        regs.push_back(t);
      }
      std::vector<Row> run;
      for (std::size_t r = i; r < j; ++r) {
        int c = find_col(rows[r], occ);
        const Pat& p = *rows[r].cols[static_cast<std::size_t>(c)].pat;
        std::vector<Col> parts;
        for (std::size_t k = 0; k + 1 < p.elems.size(); k += 2) parts.push_back({p.elems[k + 1].get(), regs[k / 2]});
        replace_col(rows[r], c, parts);
        run.push_back(std::move(rows[r]));
      }
      compile(std::move(run), next, leaf);
      xtop_ = saved;
      if (next != fail) bind(next);
      i = j;
    }
  }

  // One row's test that no switch shares: a pin or repeat, a compound
  // literal, or a bitstring (whose segments become new columns).
  void opaque(Row& r, int c, Label fail) {
    activate(r);
    const Pat& p = *r.cols[static_cast<std::size_t>(c)].pat;
    Word occ = r.cols[static_cast<std::size_t>(c)].occ;
    if (p.kind == Pat::kCheck || p.kind == Pat::kLit) {
      op(Op::is_eq_exact);
      label_ref(fail);
      w(occ);
      w(p.kind == Pat::kCheck ? slot(p.var) : literal(p.lit));
      replace_col(r, c, {});
      return;
    }
    if (p.kind != Pat::kBin) fail_internal();
    // <<...>>: variables are bound as soon as their segment is read (a later
    // size may use them), other segment patterns become columns.
    std::vector<Col> parts;
    bitstring_segments(p, occ, fail, /*free_temps=*/false, [&](const Pat& value, Word d) {
      if (value.kind == Pat::kBind) install(r, value.var, d);
      else if (value.kind != Pat::kWild) parts.push_back({&value, d});
    });
    replace_col(r, c, parts);
  }
  [[noreturn]] void fail_internal() { fail(0, "internal error: an unexpected pattern in a decision tree"); }

  // --- guards ------------------------------------------------------------------------
  // Falls through when `e` is true; jumps to `if_false` when it is false and
  // to `on_error` (the clause's fail label) when evaluating it raises.
  void guard_test(const Expr& e, Label if_false, Label on_error) {
    if (e.kind == Expr::kLit) {
      if (e.lit == atoms::true_) return;
      op(Op::jump);
      label_ref(if_false);
      return;
    }
    if (e.kind == Expr::kRemoteCall && e.module == atoms::erlang) {
      std::string_view f = atom_text(e.function);
      std::size_t n = e.args.size();
      if (f == "andalso" && n == 2) {
        guard_test(*e.args[0], if_false, on_error);
        guard_test(*e.args[1], if_false, on_error);
        return;
      }
      if ((f == "orelse" || f == "when") && n == 2) {
        // `g1 when g2` (alternative guards, lowered as erlang:'when') differs
        // from `or` only in that an error in g1 tries g2.
        Label second = new_label(), done = new_label();
        guard_test(*e.args[0], second, f == "when" ? second : on_error);
        op(Op::jump);
        label_ref(done);
        bind(second);
        guard_test(*e.args[1], if_false, on_error);
        bind(done);
        return;
      }
      if (f == "not" && n == 1) {
        Label was_false = new_label();
        guard_test(*e.args[0], was_false, on_error);
        op(Op::jump);
        label_ref(if_false);
        bind(was_false);
        return;
      }
      struct Cmp {
        std::string_view name;
        Op op;
        bool swap;
      };
      static constexpr Cmp kCmps[] = {{"<", Op::is_lt, false},  {">", Op::is_lt, true},
                                      {">=", Op::is_ge, false}, {"=<", Op::is_ge, true},
                                      {"==", Op::is_eq, false}, {"/=", Op::is_ne, false},
                                      {"=:=", Op::is_eq_exact, false}, {"=/=", Op::is_ne_exact, false}};
      if (n == 2)
        for (const Cmp& c : kCmps)
          if (c.name == f) {
            Word a = guard_value(*e.args[0], on_error), b = guard_value(*e.args[1], on_error);
            op(c.op);
            label_ref(if_false);
            w(c.swap ? b : a);
            w(c.swap ? a : b);
            return;
          }
      auto it = type_tests().find(f);
      if (n == 1 && it != type_tests().end()) {
        Word a = guard_value(*e.args[0], on_error);
        op(it->second);
        label_ref(if_false);
        w(a);
        return;
      }
    }
    Word v = guard_value(e, on_error);
    op(Op::is_eq_exact);
    label_ref(if_false);
    w(v);
    w(atoms::true_.raw());
  }

  // The value of a guard expression; builtin failures jump to `on_error`.
  Word guard_value(const Expr& e, Label on_error) {
    switch (e.kind) {
      case Expr::kLit:
        return literal(e.lit);
      case Expr::kVar:
        return slot(e.var);
      case Expr::kTuple:
      case Expr::kCons: {
        std::uint32_t saved = xtop_;
        std::vector<Word> ops;
        for (const auto& a : e.args) ops.push_back(guard_value(*a, on_error));
        xtop_ = saved;  // the operands' temporaries die in the instruction
        return build(e, ops);
      }
      case Expr::kRemoteCall:
        if (e.module == atoms::erlang) {
          std::string_view f = atom_text(e.function);
          // Exactly the calls guard_test turns into tests (anything else
          // would send guard_test back here).
          bool boolean = f == "andalso" || f == "orelse" || f == "not" || f == "<" || f == ">" || f == "=<" ||
                         f == ">=" || f == "==" || f == "/=" || f == "=:=" || f == "=/=" ||
                         (type_tests().count(f) && e.args.size() == 1);
          if ((f == "andalso" || f == "orelse") && e.args.size() != 2) boolean = false;
          if (f == "not" && e.args.size() != 1) boolean = false;
          if (boolean) {
            // Materialise a test as true/false.
            Word d = new_x();
            Label is_false = new_label(), done = new_label();
            guard_test(e, is_false, on_error);
            move(atoms::true_.raw(), d);
            op(Op::jump);
            label_ref(done);
            bind(is_false);
            move(atoms::false_.raw(), d);
            bind(done);
            return d;
          }
          if (is_inline_bif(e)) {
            std::uint32_t saved = xtop_;
            std::vector<Word> ops;
            for (const auto& a : e.args) ops.push_back(guard_value(*a, on_error));
            xtop_ = saved;
            return bif(e, ops, on_error);
          }
        }
        [[fallthrough]];
      default:
        fail(e.line, message(Msg::invalid_guard, "this expression"));
    }
  }

  // --- expressions ---------------------------------------------------------------------
  // Emits a builtin or arithmetic instruction on already computed operands.
  Word bif(const Expr& e, const std::vector<Word>& ops, Label on_error) {
    note_line(e.line);
    Word d = new_x();
    std::string_view f = atom_text(e.function);
    if (ops.size() == 2 && (f == "+" || f == "-" || f == "*")) {
      op(f == "+" ? Op::add : f == "-" ? Op::sub : Op::mul);
      fail_ref(on_error);
      w(ops[0]);
      w(ops[1]);
      w(d);
      return d;
    }
    static constexpr Op kBifs[] = {Op::bif0, Op::bif1, Op::bif2, Op::bif3};
    op(kBifs[ops.size()]);
    fail_ref(on_error);
    w(import(e.module, e.function, static_cast<std::uint32_t>(ops.size())));
    for (Word o : ops) w(o);
    w(d);
    return d;
  }

  // Builds a tuple, cons or binary from its operands. Their temporaries die
  // in the instruction, which reads every operand before it writes its
  // destination, so the destination may reuse the lowest of them; that keeps
  // long chains (a + b + c + ..., [a, b, c, ...]) within the x registers.
  Word build_freeing(const Expr& e) {
    std::uint32_t saved = xtop_;
    std::vector<Word> ops = operands(ptrs(e.args));
    xtop_ = saved;
    return build(e, ops);
  }

  Word build(const Expr& e, const std::vector<Word>& ops) {
    Word d = new_x();
    if (e.kind == Expr::kCons) {
      op(Op::put_list);
      w(ops[0]);
      w(ops[1]);
      w(d);
      return d;
    }
    if (e.kind == Expr::kConcat) {
      // Whole binaries only (a <> b, interpolation): bs_concat; anything
      // else: bs_build with every segment's flags, size and value.
      bool plain = true;
      for (std::size_t i = 0; i < e.segments.size(); ++i)
        plain = plain && e.segments[i] == seg_flags(SegType::kBinary, 8, false, false) &&
                e.args[2 * i + 1]->kind == Expr::kLit && e.args[2 * i + 1]->lit.is_nil();
      op(plain ? Op::bs_concat : Op::bs_build);
      w(d);
      w(plain ? ops.size() / 2 : ops.size() / 2 * 3);
      for (std::size_t i = 0; i < e.segments.size(); ++i) {
        if (!plain) {
          w(Term::small(e.segments[i]).raw());
          w(ops[2 * i + 1]);
        }
        w(ops[2 * i]);
      }
      return d;
    }
    op(e.kind == Expr::kTuple ? Op::put_tuple : Op::bs_concat);
    w(d);
    w(ops.size());
    for (Word o : ops) w(o);
    return d;
  }

  // Evaluates `es` left to right; a value computed before a later sibling
  // that makes a call is kept in a y slot.
  std::vector<Word> operands(const std::vector<const Expr*>& es) {
    // call_after[i]: some sibling after i makes a call.
    std::vector<bool> call_after(es.size() + 1, false);
    for (std::size_t i = es.size(); i-- > 0;) call_after[i] = call_after[i + 1] || contains_call(*es[i]);
    std::vector<Word> ops;
    for (std::size_t i = 0; i < es.size(); ++i) ops.push_back(value(*es[i], call_after[i + 1]));
    return ops;
  }
  static std::vector<const Expr*> ptrs(const std::vector<ir::ExprPtr>& es, std::size_t from = 0) {
    std::vector<const Expr*> out;
    for (std::size_t i = from; i < es.size(); ++i) out.push_back(es[i].get());
    return out;
  }

  // Computes `e` and returns where its value is. With `keep`, the value
  // survives calls (it is a literal or in a y slot).
  Word value(const Expr& e, bool keep) {
    DepthGuard guard(this, e.line);
    Word v = value_anywhere(e, keep);
    if (keep && is_reg_ref(v) && !is_y_ref(v)) {
      Word y = new_y();
      move(v, y);
      return y;
    }
    return v;
  }

  Word value_anywhere(const Expr& e, bool keep) {
    note_line(e.line);
    switch (e.kind) {
      case Expr::kLit:
        return literal(e.lit);
      case Expr::kVar:
        return slot(e.var);
      case Expr::kBlock: {
        for (std::size_t i = 0; i + 1 < e.args.size(); ++i) {
          std::uint32_t saved = xtop_;
          value(*e.args[i], false);
          xtop_ = saved;
        }
        return value(*e.args.back(), keep);
      }
      case Expr::kMatch: {
        Word v = value(*e.args[0], keep);
        if (e.pat->kind == Pat::kBind) {
          Word y = bind_slot(e.pat->var);
          move(v, y);
          return y;
        }
        Label bad = new_label(), ok = new_label();
        match(*e.pat, v, bad);
        op(Op::jump);
        label_ref(ok);
        bind(bad);
        op(Op::badmatch);
        w(v);
        bind(ok);
        return v;
      }
      case Expr::kCase:
        return case_value(e, keep);
      case Expr::kTry:
        return e.after ? try_after(e) : try_handlers(e);
      case Expr::kCons: {
        // [e1, ..., en | tail]: the elements are evaluated in order, then
        // the list is built from its end, all in one loop.
        std::vector<const Expr*> items;
        const Expr* cur = &e;
        for (; cur->kind == Expr::kCons; cur = cur->args[1].get()) items.push_back(cur->args[0].get());
        items.push_back(cur);
        std::vector<Word> ops = operands(items);
        Word d = new_x();  // above every operand, so building never clobbers one
        Word acc = ops.back();
        for (std::size_t i = ops.size() - 1; i-- > 0;) {
          op(Op::put_list);
          w(ops[i]);
          w(acc);
          w(d);
          acc = d;
        }
        return d;
      }
      case Expr::kTuple:
      case Expr::kConcat:
        return build_freeing(e);
      case Expr::kFun: {
        std::vector<Word> captured = operands(ptrs(e.args));
        Word d = new_x();
        op(Op::make_fun);
        w(d);
        label_ref(fun_labels_.at({e.function.raw(), static_cast<std::uint32_t>(e.lit.small_value() + e.args.size())}));
        w(static_cast<Word>(e.lit.small_value()));
        w(captured.size());
        for (Word c : captured) w(c);
        return d;
      }
      case Expr::kRemoteCall:
        if (is_inline_bif(e)) {
          std::uint32_t saved = xtop_;
          std::vector<Word> ops = operands(ptrs(e.args));
          xtop_ = saved;
          return bif(e, ops, -1);
        }
        [[fallthrough]];
      case Expr::kLocalCall:
      case Expr::kApply:
      case Expr::kCallFun: {
        call(e, false);
        Word d = keep ? new_y() : new_x();
        move(x_reg(0), d);
        return d;
      }
    }
    return atoms::nil.raw();
  }

  Word case_value(const Expr& e, bool keep) {
    Word subject = value(*e.args[0], false);
    Word dest = keep ? new_y() : new_x();
    Label end = new_label(), no_match = new_label();
    std::uint32_t saved = xtop_;
    match_clauses(e.clauses, {subject}, no_match, [&](const Row& row, Label fail) {
      const ir::Clause& c = e.clauses[row.clause];
      std::uint32_t base = xtop_;
      if (c.guard) guard_test(*c.guard, fail, fail);
      xtop_ = base;
      commit(row);
      Word v = value(*c.body, false);
      move(v, dest);
      op(Op::jump);
      label_ref(end);
      xtop_ = base;
    });
    xtop_ = saved;
    bind(no_match);
    op(Op::case_end);
    w(subject);
    bind(end);
    return dest;
  }

  // try with `after`: the rest of the try runs protected by a catch that
  // runs the after block and re-raises; on success the after block runs too.
  Word try_after(const Expr& e) {
    int slot = new_catch_slot();
    Word dest = new_y();
    Label handler = new_label(), end = new_label();
    op(Op::try_);
    catch_slot_operand(slot);
    label_ref(handler);
    move(try_handlers(e), dest);
    op(Op::try_end);
    catch_slot_operand(slot);
    std::uint32_t saved = xtop_;
    value(*e.after, false);
    xtop_ = saved;
    op(Op::jump);
    label_ref(end);
    bind(handler);
    Word kind = new_y(), reason = new_y(), trace = new_y();
    caught(slot, kind, reason, trace);
    value(*e.after, false);
    xtop_ = saved;
    op(Op::raise_again);
    w(kind);
    w(reason);
    w(trace);
    bind(end);
    return dest;
  }

  void caught(int slot, Word kind, Word reason, Word trace) {
    // The handler is entered by a raise, which may come from any call or
    // builtin of the body: like a call, it clobbers the x registers, so a
    // variable read from here on is not kept in one.
    ++calls_emitted_;
    op(Op::try_case);
    catch_slot_operand(slot);
    move(x_reg(0), kind);
    move(x_reg(1), reason);
    move(x_reg(2), trace);
  }

  // The try body with its else clauses and catch/rescue handlers; an
  // exception no handler matches is raised again.
  Word try_handlers(const Expr& e) {
    if (e.clauses.empty()) return try_else(e, value(*e.args[0], false));
    int slot = new_catch_slot();
    Word dest = new_y();
    Label handler = new_label(), end = new_label();
    op(Op::try_);
    catch_slot_operand(slot);
    label_ref(handler);
    Word v = value(*e.args[0], false);
    op(Op::try_end);
    catch_slot_operand(slot);
    move(try_else(e, v), dest);  // else clauses are not protected by the try
    op(Op::jump);
    label_ref(end);
    bind(handler);
    Word kind = new_y(), reason = new_y(), trace = new_y();
    caught(slot, kind, reason, trace);
    Word module = Term::nil().raw();
    bool rescues = std::any_of(e.clauses.begin(), e.clauses.end(), [](const auto& c) { return c.rescue; });
    if (rescues) {
      // The Elixir exception module an error normalises to (ArgumentError, ...).
      module = new_x();
      op(Op::bif2);
      w(kNoLabel);
      w(import(atoms::vial, intern_atom("exception_module"), 2));
      w(kind);
      w(reason);
      w(module);
    }
    std::uint32_t saved = xtop_;
    Label unhandled = new_label();
    match_clauses(e.clauses, {kind, reason}, unhandled, [&](const Row& row, Label next) {
      const ir::Clause& c = e.clauses[row.clause];
      std::uint32_t base = xtop_;
      if (c.rescue && !c.rescue_modules.empty()) {
        Label ok = new_label();
        for (std::size_t i = 0; i < c.rescue_modules.size(); ++i) {
          bool last = i + 1 == c.rescue_modules.size();
          Label other = last ? next : new_label();
          op(Op::is_eq_exact);
          label_ref(other);
          w(module);
          w(c.rescue_modules[i].raw());
          if (!last) {
            op(Op::jump);
            label_ref(ok);
            bind(other);
          }
        }
        bind(ok);
      }
      if (c.guard) guard_test(*c.guard, next, next);
      xtop_ = base;
      commit(row);
      move(value(*c.body, false), dest);
      op(Op::jump);
      label_ref(end);
      xtop_ = base;
    });
    xtop_ = saved;
    bind(unhandled);
    op(Op::raise_again);
    w(kind);
    w(reason);
    w(trace);
    bind(end);
    return dest;
  }

  // Applies a try's else clauses to its body's value `v`; TryClauseError when
  // none matches.
  Word try_else(const Expr& e, Word v) {
    if (e.else_clauses.empty()) return v;
    Word subject = new_y();
    move(v, subject);
    Word dest = new_y();
    Label end = new_label(), no_match = new_label();
    std::uint32_t saved = xtop_;
    match_clauses(e.else_clauses, {subject}, no_match, [&](const Row& row, Label next) {
      const ir::Clause& c = e.else_clauses[row.clause];
      std::uint32_t base = xtop_;
      if (c.guard) guard_test(*c.guard, next, next);
      xtop_ = base;
      commit(row);
      move(value(*c.body, false), dest);
      op(Op::jump);
      label_ref(end);
      xtop_ = base;
    });
    xtop_ = saved;
    bind(no_match);
    Word reason = new_x();
    op(Op::put_tuple);
    w(reason);
    w(2);
    w(atoms::try_clause.raw());
    w(subject);
    move(reason, x_reg(0));
    op(Op::call_ext);
    w(1);
    w(import(atoms::erlang, atoms::error, 1));
    bind(end);
    return dest;
  }

  // A call; with `last`, a tail call that leaves the function.
  void call(const Expr& e, bool last) {
    std::uint32_t saved = xtop_;
    bool first_is_callee = e.kind == Expr::kApply || e.kind == Expr::kCallFun;
    auto n = static_cast<std::uint32_t>(first_is_callee ? e.args.size() - 1 : e.args.size());
    xtop_ = std::max(xtop_, n + 2);
    std::vector<Word> ops = operands(ptrs(e.args));
    std::vector<std::pair<Word, Word>> moves;
    ++calls_emitted_;
    note_line(e.line);
    if (e.kind == Expr::kCallFun) {
      for (std::uint32_t i = 0; i < n; ++i) moves.push_back({ops[i + 1], x_reg(i)});
      moves.push_back({ops[0], x_reg(n)});
      parallel_move(std::move(moves));
      op(last ? Op::call_fun_last : Op::call_fun);
      w(n);
      if (last) frame_size_operand();  // 0 when frameless
    } else if (e.kind == Expr::kApply) {
      for (std::uint32_t i = 0; i < n; ++i) moves.push_back({ops[i + 1], x_reg(i)});
      moves.push_back({ops[0], x_reg(n)});
      moves.push_back({e.function.raw(), x_reg(n + 1)});
      parallel_move(std::move(moves));
      op(last ? Op::apply_last : Op::apply);
      w(n);
      if (last) frame_size_operand();  // 0 when frameless
    } else if (e.kind == Expr::kRemoteCall && e.module == atoms::erlang && (n == 2 || n == 3) &&
               e.function == intern_atom("apply")) {
      // apply(fun, args), apply(module, name, args): a call with as many
      // arguments as the list has (vm/opcodes.def).
      for (std::uint32_t i = 0; i < n; ++i) moves.push_back({ops[i], x_reg(i)});
      parallel_move(std::move(moves));
      op(last ? Op::apply_list_last : Op::apply_list);
      w(n);
      if (last) frame_size_operand();  // 0 when frameless
    } else {
      for (std::uint32_t i = 0; i < n; ++i) moves.push_back({ops[i], x_reg(i)});
      parallel_move(std::move(moves));
      bool only = last && frameless_;
      if (e.kind == Expr::kLocalCall) {
        auto it = fun_labels_.find({e.function.raw(), n});
        op(only ? Op::call_only : last ? Op::call_last : Op::call);
        w(n);
        label_ref(it->second);
      } else {
        op(only ? Op::call_ext_only : last ? Op::call_ext_last : Op::call_ext);
        w(n);
        w(import(e.module, e.function, n));
      }
      if (last && !only) frame_size_operand();
    }
    xtop_ = saved;
  }

  // Code for `e` in tail position: its value is returned.
  void tail(const Expr& e) {
    DepthGuard guard(this, e.line);
    note_line(e.line);
    switch (e.kind) {
      case Expr::kBlock:
        for (std::size_t i = 0; i + 1 < e.args.size(); ++i) {
          std::uint32_t saved = xtop_;
          value(*e.args[i], false);
          xtop_ = saved;
        }
        tail(*e.args.back());
        return;
      case Expr::kCase: {
        Word subject = value(*e.args[0], false);
        Label no_match = new_label();
        std::uint32_t saved = xtop_;
        match_clauses(e.clauses, {subject}, no_match, [&](const Row& row, Label next) {
          const ir::Clause& c = e.clauses[row.clause];
          std::uint32_t base = xtop_;
          if (c.guard) guard_test(*c.guard, next, next);
          xtop_ = base;
          commit(row);
          tail(*c.body);
          xtop_ = base;
        });
        xtop_ = saved;
        bind(no_match);
        op(Op::case_end);
        w(subject);
        return;
      }
      case Expr::kRemoteCall:
        if (is_inline_bif(e)) break;
        [[fallthrough]];
      case Expr::kLocalCall:
      case Expr::kApply:
      case Expr::kCallFun:
        call(e, true);
        return;
      default:
        break;
    }
    move(value(e, false), x_reg(0));
    emit_return();
  }

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
  std::vector<bool> tree_bound_;        // bound by a decision tree (analysis pass)
  std::vector<bool> keep_in_x_;         // kept in its x occurrence (real pass)
  int calls_emitted_ = 0;
  bool frameless_ = false;
  std::vector<std::size_t> frame_patches_;
  std::vector<std::pair<std::size_t, int>> catch_patches_;  // operand position, catch number
  std::uint32_t catch_slots_ = 0;
  std::uint32_t nslots_ = 0;
  std::uint32_t xtop_ = 0;
};

}  // namespace

bool generate_module(const ir::Module& module, const std::string& file, ModuleImage* out, CompileError* error) {
  try {
    Codegen g(module, file, *out);
    g.run();
    peephole(*out);
    return true;
  } catch (Failure& f) {
    *error = std::move(f.error);
    return false;
  }
}

}  // namespace vial
