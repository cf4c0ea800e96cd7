#include "compiler/codegen.h"

#include <algorithm>
#include <set>
#include <string_view>

#include "compiler/codegen_impl.h"
#include "compiler/peephole.h"
#include "vm/binary.h"

namespace vial {

namespace codegen_impl {

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

// The numeric builtins of runtime/builtins/data.cpp (:math, and :erlang's
// rounding functions), pure functions of their arguments, are no calls
// either: outside guards (where Elixir does not allow them) they compile to
// bif0..bif2 too, which run the native with the same errors and stack
// trace as a call_ext, but clobber no register, so values around them can
// stay in x registers (nbody's `pairs` needs no frame). (`setelement` as a
// bif3 was measured slower than the call in fannkuch, so calls stay calls
// where no frame is saved by it.)
bool is_value_bif(const Expr& e) {
  if (is_inline_bif(e)) return true;
  if (e.kind != Expr::kRemoteCall || e.args.size() > 3) return false;
  std::string_view f = atom_text(e.function);
  std::size_t n = e.args.size();
  if (e.module == atoms::erlang) {
    static const std::set<std::string_view> kOne = {"round", "trunc", "floor", "ceil", "float"};
    return n == 1 && kOne.count(f);
  }
  static const Term kMath = intern_atom("math");
  if (e.module == kMath) {
    static const std::set<std::string_view> kOne = {"sqrt", "log", "log2", "log10", "exp", "sin",
                                                    "cos", "tan", "atan", "floor", "ceil"};
    return (n == 0 && f == "pi") || (n == 1 && kOne.count(f)) ||
           (n == 2 && (f == "pow" || f == "atan2" || f == "fmod"));
  }
  return false;
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
    case Expr::kReceive:  // waiting clobbers the x registers, as a call does
      return true;
    case Expr::kRemoteCall:
      if (!is_value_bif(e)) return true;
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

struct Cmp {
  std::string_view name;
  Op op;
  bool swap;
};
constexpr Cmp kCmps[] = {{"<", Op::is_lt, false},  {">", Op::is_lt, true},
                         {">=", Op::is_ge, false}, {"=<", Op::is_ge, true},
                         {"==", Op::is_eq, false}, {"/=", Op::is_ne, false},
                         {"=:=", Op::is_eq_exact, false}, {"=/=", Op::is_ne_exact, false}};

// A comparison or a type test of :erlang: a test instruction, which never
// raises; its value is true or false.
bool is_test_bif(const Expr& e) {
  if (e.kind != Expr::kRemoteCall || e.module != atoms::erlang) return false;
  std::string_view f = atom_text(e.function);
  if (e.args.size() == 1) return type_tests().count(f) > 0;
  if (e.args.size() != 2) return false;
  return std::any_of(std::begin(kCmps), std::end(kCmps), [&](const Cmp& c) { return c.name == f; });
}

bool is_erlang_call(const Expr& e, std::string_view name, std::size_t n) {
  return e.kind == Expr::kRemoteCall && e.module == atoms::erlang && e.args.size() == n && atom_text(e.function) == name;
}

}  // namespace

// The test instruction of `f` (is_test_bif) on computed operands: falls
// through when it holds, else jumps to `if_false`.
void Codegen::emit_test(std::string_view f, const std::vector<Word>& ops, Label if_false) {
  if (ops.size() == 2)
    for (const Cmp& c : kCmps)
      if (c.name == f) {
        op(c.op);
        label_ref(if_false);
        w(c.swap ? ops[1] : ops[0]);
        w(c.swap ? ops[0] : ops[1]);
        return;
      }
  op(type_tests().at(f));
  label_ref(if_false);
  w(ops[0]);
}

// `if`, `unless`, `cond`, `&&`, `||` and `!` expand to
//   case c do x when :erlang.orelse(x =:= false, x =:= nil) -> B0; y -> B1 end
// When `c` is a comparison or a type test (is_test_bif), whose value is
// true or false and which never raises, that case is the test instruction
// itself: B1 follows it, where y is true, and a failing test jumps to B0,
// where x is false. Returns `c` when `e` has that shape.
const Expr* Codegen::test_case_condition(const Expr& e) {
  if (e.clauses.size() != 2 || !is_test_bif(*e.args[0])) return nullptr;
  const ir::Clause& falsy = e.clauses[0];
  const ir::Clause& truthy = e.clauses[1];
  if (falsy.pats.size() != 1 || truthy.pats.size() != 1 || !falsy.guard || truthy.guard || falsy.rescue ||
      truthy.rescue)
    return nullptr;
  if (falsy.pats[0]->kind != Pat::kBind) return nullptr;
  if (truthy.pats[0]->kind != Pat::kBind && truthy.pats[0]->kind != Pat::kWild) return nullptr;
  const Expr& g = *falsy.guard;
  if (!is_erlang_call(g, "orelse", 2)) return nullptr;
  bool seen_false = false, seen_nil = false;
  for (const auto& a : g.args) {
    if (!is_erlang_call(*a, "=:=", 2)) return nullptr;
    const Expr& v = *a->args[0];
    const Expr& l = *a->args[1];
    if (v.kind != Expr::kVar || v.var != falsy.pats[0]->var || l.kind != Expr::kLit) return nullptr;
    seen_false |= l.lit == atoms::false_;
    seen_nil |= l.lit == atoms::nil;
  }
  return seen_false && seen_nil ? e.args[0].get() : nullptr;
}

// The two branches of such a case (test_case_condition): the test, then
// `branch(body)` for B1 and, at the test's failure label, for B0. The
// branches are alternatives, as the leaves of a decision tree are.
void Codegen::test_case(const Expr& e, const Expr& c, const std::function<void(const Expr&)>& branch) {
  std::uint32_t saved = xtop_;
  std::vector<Word> ops = operands(ptrs(c.args));
  free_x(saved);
  note_line(c.line);
  Label if_false = new_label();
  emit_test(atom_text(c.function), ops, if_false);
  int calls_at = calls_emitted_, calls_after = calls_at;
  auto arm = [&](const ir::Clause& clause, Term known) {
    calls_emitted_ = calls_at;
    Scope scope = open_scope();
    std::uint32_t top = xtop_;
    if (clause.pats[0]->kind == Pat::kBind) {
      int var = clause.pats[0]->var;
      var_home_[var] = known.raw();  // an immediate: reads of the variable use it
      bind_slot(var);
    }
    branch(*clause.body);
    close_scope(scope);
    free_x(top);
    calls_after = std::max(calls_after, calls_emitted_);
  };
  arm(e.clauses[1], atoms::true_);
  bind(if_false);
  arm(e.clauses[0], atoms::false_);
  calls_emitted_ = calls_after;
}

// --- functions -----------------------------------------------------------------
// A function is generated twice. The analysis pass keeps every variable in
// a y slot and records which ones are read after a call. The real pass
// keeps the variables that are never read after a call in x registers:
// one bound by a pattern stays in the register the decision tree found it
// in (an argument register, or the register an element was extracted to),
// one bound by a match expression in the register its value was computed
// in (bind_in_x). Each clause gets its own frame, sized for that clause,
// or none when it needs no y slot (then its tail calls are call_only); a
// clause is regenerated frameless when its first version turned out to
// need no slot. Emission order is the same in every pass, so the analysis
// is exact, and since code only jumps forward within a function, execution
// order is a subsequence of emission order (except that the leaves of one
// decision tree are alternatives: match_clauses starts each one with the
// call count the tree started with).
void Codegen::function(const ir::Function& f) {
  std::size_t n = f.var_names.size();
  Rollback start = checkpoint();
  bound_at_call_.assign(n, 0);
  read_after_call_.assign(n, false);
  keep_in_x_.assign(n, false);
  generate(f);
  std::vector<bool> keep(n, false);
  for (std::size_t v = 0; v < n; ++v) keep[v] = !read_after_call_[v];
  rollback(start);
  keep_in_x_ = std::move(keep);
  generate(f);
}

Codegen::Rollback Codegen::checkpoint() {
  return {img_.code.size(), label_pos_.size(), label_refs_.size(), img_.functions.size()};
}

void Codegen::rollback(const Rollback& r) {
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
void Codegen::generate(const ir::Function& f) {
  var_home_.assign(f.var_names.size(), kNoHome);
  calls_emitted_ = 0;
  bind(fun_labels_[{f.name.raw(), f.arity}]);
  img_.functions.push_back({f.name, f.arity, static_cast<std::uint32_t>(img_.code.size()), f.exported, f.fun_arity});
  nslots_ = 0;
  frameless_ = true;
  xtop_ = f.arity;
  xfloor_ = 0;
  beam_line_ = f.line;
  std::vector<Word> args;
  for (std::uint32_t i = 0; i < f.arity; ++i) args.push_back(x_reg(i));
  Label no_match = new_label();
  match_clauses(f.clauses, args, no_match, [&](const Row& row, Label fail) {
    const ir::Clause& c = f.clauses[row.clause];
    std::uint32_t base = xtop_;
    if (c.guard) guard_test(*c.guard, fail, fail);
    free_x(base);
    Rollback before = checkpoint();
    int calls_before = calls_emitted_;
    std::vector<int> bound_before = bound_at_call_;
    std::vector<Word> homes_before = var_home_;
    std::uint32_t floor_before = xfloor_;
    int beam_line_before = beam_line_;
    if (!clause_body(c, row, false)) {
      rollback(before);
      calls_emitted_ = calls_before;
      bound_at_call_ = std::move(bound_before);
      var_home_ = std::move(homes_before);
      xfloor_ = floor_before;
      beam_line_ = beam_line_before;
      free_x(base);
      clause_body(c, row, true);
    }
    free_x(base);
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
bool Codegen::clause_body(const ir::Clause& c, const Row& row, bool frameless) {
  nslots_ = 0;
  catch_slots_ = 0;
  catch_patches_.clear();
  frameless_ = frameless;
  frame_patches_.clear();
  needs_frame_ = false;
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
    if (nslots_ != 0 || needs_frame_) fail(c.line, "internal error: a frameless clause used a y slot");
    return true;
  }
  return nslots_ != 0 || needs_frame_;
}

void Codegen::emit_return() {
  if (!frameless_) {
    op(Op::deallocate);
    frame_size_operand();
  }
  op(Op::return_);
}

// Evaluates a call's arguments `es` left to right and puts each in its
// register `dests[i]` (x0..xn+1, all below the temporaries), with the
// `extra` moves. Arguments up to the last one that makes a call are
// values (those before a call kept in y slots), moved at the end. The
// call-free ones after it are scheduled: a variable or literal is a plain
// move; a computed argument is computed in order (it may raise), and goes
// to its register at once when nothing still pending reads that register
// (the peephole then computes it there directly). Before each computed
// argument, the plain moves whose destination nothing pending reads are
// made when that frees the register of a computed argument: in
// `f(x + 1, a)` with `a` in x0, `a` moves to x1 first and `x + 1` is
// computed straight into x0. What is left is one parallel move before the
// call (where the interpreter fuses the last move with the call).
void Codegen::place_arguments(const std::vector<const Expr*>& es, const std::vector<Word>& dests,
                              std::vector<std::pair<Word, Word>> moves) {
  std::size_t calls_to = 0;  // arguments [0, calls_to) end with the last that makes a call
  for (std::size_t i = es.size(); i-- > 0;)
    if (contains_call(*es[i])) {
      calls_to = i + 1;
      break;
    }
  std::vector<const Expr*> head(es.begin(), es.begin() + static_cast<std::ptrdiff_t>(calls_to));
  std::vector<Word> ops = operands(head);
  for (std::size_t i = 0; i < calls_to; ++i) moves.push_back({ops[i], dests[i]});
  // The x registers each later argument reads (its variables'). Unless an
  // argument binds a variable (`f(x = g, ...)`), the plain ones are known
  // before any code: their moves are pending from the start.
  std::vector<std::vector<Word>> reads(es.size());
  bool binds = false;
  for (std::size_t i = calls_to; i < es.size(); ++i) reads[i] = x_reads(*es[i], binds);
  std::vector<bool> placed(es.size(), false);
  for (std::size_t i = calls_to; i < es.size() && !binds; ++i)
    if (es[i]->kind == Expr::kVar || es[i]->kind == Expr::kLit) {
      moves.push_back({value(*es[i], false), dests[i]});
      reads[i].clear();
      placed[i] = true;
    }
  // Whether something still to be done reads `reg`: an argument not yet
  // computed (but `except`, which reads before it writes), or a move.
  std::vector<bool> done(placed);
  auto pending_read = [&](Word reg, std::size_t except) {
    for (std::size_t j = calls_to; j < es.size(); ++j)
      if (j != except && !done[j] && std::find(reads[j].begin(), reads[j].end(), reg) != reads[j].end()) return true;
    for (const auto& m : moves)
      if (m.first == reg) return true;
    return false;
  };
  auto computed = [&](std::size_t j) { return es[j]->kind != Expr::kVar && es[j]->kind != Expr::kLit; };
  // Computed arguments may also run out of order when each is arithmetic
  // (+, -, *) on variables and literals, all from one line: whichever
  // raises, it raises badarith from that line, as the first would.
  // `f(i + 1, acc + i)` with i in x0 and acc in x1 is then
  // `add x1 x0 x1; add x0 1 x0` (no temporary).
  bool any_order = !binds;
  int line = -1;
  std::function<bool(const Expr&)> arith = [&](const Expr& a) {
    if (a.kind == Expr::kVar || a.kind == Expr::kLit) return true;
    if (a.kind != Expr::kRemoteCall || a.module != atoms::erlang || a.args.empty() || a.args.size() > 2) return false;
    std::string_view f = atom_text(a.function);
    if (!(f == "-" || (a.args.size() == 2 && (f == "+" || f == "*")))) return false;
    if (line >= 0 && a.line != line) return false;
    line = a.line;
    return std::all_of(a.args.begin(), a.args.end(), [&](const ir::ExprPtr& o) { return arith(*o); });
  };
  for (std::size_t j = calls_to; j < es.size() && any_order; ++j)
    if (computed(j)) any_order = arith(*es[j]);
  for (std::size_t i = calls_to; i < es.size(); ++i) {
    if (done[i]) continue;
    const Expr& a = *es[i];
    if (!computed(i)) {
      moves.push_back({value(a, false), dests[i]});
      reads[i].clear();
      done[i] = true;
      continue;
    }
    // The plain moves that can be made now, before this argument's code,
    // and free the register of a computed argument still to come (the
    // others wait, so that the last move fuses with the call).
    auto blocks = [&](Word src) {
      for (std::size_t j = i; j < es.size(); ++j)
        if (!done[j] && computed(j) && dests[j] == src) return true;
      return false;
    };
    for (bool progressed = true; progressed;) {
      progressed = false;
      for (std::size_t m = 0; m < moves.size(); ++m) {
        auto [src, dst] = moves[m];
        if (src == dst || !blocks(src)) continue;
        moves.erase(moves.begin() + static_cast<std::ptrdiff_t>(m));
        if (pending_read(dst, es.size())) {
          moves.insert(moves.begin() + static_cast<std::ptrdiff_t>(m), {src, dst});
          continue;
        }
        move(src, dst);
        progressed = true;
        break;
      }
    }
    // This argument, straight into its register when nothing pending
    // reads that; else (in any order) the first that can; else this one
    // through a temporary, moved at the end.
    std::size_t pick = i;
    bool direct = !pending_read(dests[i], i);
    for (std::size_t j = i + 1; j < es.size() && !direct && any_order; ++j)
      if (!done[j] && computed(j) && !pending_read(dests[j], j)) pick = j, direct = true;
    Word v = value(*es[pick], false);
    done[pick] = true;
    reads[pick].clear();
    if (direct) move(v, dests[pick]);
    else moves.push_back({v, dests[pick]});
    if (pick != i) --i;  // i is still to be done
  }
  parallel_move(std::move(moves));
}

// The x registers that evaluating `e` reads: those of the variables it
// refers to (in expressions, guards and patterns' pins and sizes); sets
// `binds` when it has a match expression.
std::vector<Word> Codegen::x_reads(const Expr& e, bool& binds) {
  std::vector<Word> regs;
  auto var = [&](int v) {
    Word h = var_home_[v];
    if (h != kNoHome && is_reg_ref(h) && !is_y_ref(h)) regs.push_back(h);
  };
  std::function<void(const Expr&)> walk;
  std::function<void(const Pat&)> pat = [&](const Pat& p) {
    if (p.kind == Pat::kCheck) var(p.var);
    for (const auto& q : p.elems) pat(*q);
    for (const auto& s : p.segs) {
      if (s.size) walk(*s.size);
      if (s.value) pat(*s.value);
    }
  };
  walk = [&](const Expr& x) {
    const Expr* cur = &x;
    for (; cur->kind == Expr::kCons; cur = cur->args[1].get()) walk(*cur->args[0]);
    const Expr& y = *cur;
    if (y.kind == Expr::kVar) var(y.var);
    if (y.kind == Expr::kMatch) binds = true;
    for (const auto& a : y.args) walk(*a);
    if (y.pat) pat(*y.pat);
    for (const auto* cs : {&y.clauses, &y.else_clauses})
      for (const auto& c : *cs) {
        for (const auto& p : c.pats) pat(*p);
        if (c.guard) walk(*c.guard);
        if (c.body) walk(*c.body);
      }
    if (y.after) walk(*y.after);
  };
  walk(e);
  return regs;
}

// Moves call arguments into place: a parallel move, since a source may be
// an argument register that is also a destination. A cycle is broken
// through a fresh temporary above every destination.
void Codegen::parallel_move(std::vector<std::pair<Word, Word>> moves) {
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

// --- guards ------------------------------------------------------------------------
// Falls through when `e` is true; jumps to `if_false` when it is false and
// to `on_error` (the clause's fail label) when evaluating it raises.
void Codegen::guard_test(const Expr& e, Label if_false, Label on_error) {
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
    if (is_test_bif(e)) {
      std::vector<Word> ops;
      for (const auto& a : e.args) ops.push_back(guard_value(*a, on_error));
      emit_test(f, ops, if_false);
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
Word Codegen::guard_value(const Expr& e, Label on_error) {
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
      free_x(saved);  // the operands' temporaries die in the instruction
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
          free_x(saved);
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
Word Codegen::bif(const Expr& e, const std::vector<Word>& ops, Label on_error) {
  note_line(e.line);
  if (on_error < 0) beam_line_ = e.line;
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
Word Codegen::build_freeing(const Expr& e) {
  std::uint32_t saved = xtop_;
  std::vector<Word> ops = operands(ptrs(e.args));
  free_x(saved);
  return build(e, ops);
}

Word Codegen::build(const Expr& e, const std::vector<Word>& ops) {
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
std::vector<Word> Codegen::operands(const std::vector<const Expr*>& es) {
  // call_after[i]: some sibling after i makes a call.
  std::vector<bool> call_after(es.size() + 1, false);
  for (std::size_t i = es.size(); i-- > 0;) call_after[i] = call_after[i + 1] || contains_call(*es[i]);
  std::vector<Word> ops;
  for (std::size_t i = 0; i < es.size(); ++i) ops.push_back(value(*es[i], call_after[i + 1]));
  return ops;
}

std::vector<const Expr*> Codegen::ptrs(const std::vector<ir::ExprPtr>& es, std::size_t from) {
  std::vector<const Expr*> out;
  for (std::size_t i = from; i < es.size(); ++i) out.push_back(es[i].get());
  return out;
}

// Binds `var` to the value at `v`, computed by the match expression that
// binds it (temporaries from `entry` up are that expression's own), and
// returns the variable's home. A variable never read after a call (real
// pass) stays in x: in v itself when v is one of those temporaries, else
// in a fresh register. Its register is reserved (the floor) to the end of
// its scope, since the statements of a block free their temporaries. A
// value kept in a y slot (a match among call arguments) is shared, as
// slots are never reused within a clause; anything else moves to a slot.
Word Codegen::bind_value(int var, Word v, std::uint32_t entry) {
  if (is_reg_ref(v) && is_y_ref(v)) {
    var_home_[var] = v;
    bind_slot(var);
    return v;
  }
  if (keep_in_x_[var] && xtop_ < kMaxXInVars) {
    bool own = is_reg_ref(v) && reg_index(v) >= entry && reg_index(v) < xtop_;
    Word home = own ? v : new_x();
    move(v, home);
    var_home_[var] = home;
    bind_slot(var);
    xfloor_ = std::max(xfloor_, reg_index(home) + 1);
    return home;
  }
  Word y = bind_slot(var);
  move(v, y);
  return y;
}

// The value of a case's subject, or of the right side of a match: a
// call's result stays in x0, where the call leaves it (x0 is then taken:
// temporaries start above it), since the decision tree and the failure
// instruction read it before anything else writes x0 (only calls do).
Word Codegen::subject_value(const Expr& s) {
  bool is_call = s.kind == Expr::kLocalCall || s.kind == Expr::kApply || s.kind == Expr::kCallFun ||
                 (s.kind == Expr::kRemoteCall && !is_value_bif(s));
  if (!is_call) return value(s, false);
  DepthGuard guard(this, s.line);
  note_line(s.line);
  call(s, false);
  xtop_ = std::max<std::uint32_t>(xtop_, 1);
  return x_reg(0);
}

// Computes `e` and returns where its value is. With `keep`, the value
// survives calls (it is a literal or in a y slot).
Word Codegen::value(const Expr& e, bool keep) {
  DepthGuard guard(this, e.line);
  Word v = value_anywhere(e, keep);
  if (keep && is_reg_ref(v) && !is_y_ref(v)) {
    Word y = new_y();
    move(v, y);
    return y;
  }
  return v;
}

Word Codegen::value_anywhere(const Expr& e, bool keep) {
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
        free_x(saved);
      }
      return value(*e.args.back(), keep);
    }
    case Expr::kMatch: {
      std::uint32_t entry = xtop_;
      if (e.pat->kind == Pat::kBind) return bind_value(e.pat->var, value(*e.args[0], keep), entry);
      Word v = keep ? value(*e.args[0], true) : subject_value(*e.args[0]);
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
    case Expr::kReceive: {
      Word dest = keep ? new_y() : new_x();
      Label end = new_label();
      receive(e, [&](const Expr& body) {
        move(value(body, false), dest);
        op(Op::jump);
        label_ref(end);
      });
      bind(end);
      return dest;
    }
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
    case Expr::kExtFun: {
      Word d = new_x();
      op(Op::make_ext_fun);
      w(d);
      w(import(e.module, e.function, static_cast<std::uint32_t>(e.lit.small_value())));
      return d;
    }
    case Expr::kRemoteCall:
      if (is_value_bif(e)) {
        std::uint32_t saved = xtop_;
        std::vector<Word> ops = operands(ptrs(e.args));
        free_x(saved);
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

Word Codegen::case_value(const Expr& e, bool keep) {
  if (const Expr* c = test_case_condition(e)) {
    Word dest = keep ? new_y() : new_x();
    Label end = new_label();
    bool first = true;
    test_case(e, *c, [&](const Expr& body) {
      move(value(body, false), dest);
      if (first) {
        op(Op::jump);
        label_ref(end);
      }
      first = false;
    });
    bind(end);
    return dest;
  }
  Word subject = subject_value(*e.args[0]);
  Word dest = keep ? new_y() : new_x();
  Label end = new_label(), no_match = new_label();
  std::uint32_t saved = xtop_;
  match_clauses(e.clauses, {subject}, no_match, [&](const Row& row, Label fail) {
    clause_value(e.clauses[row.clause], row, fail, dest, end, xtop_);
  });
  free_x(saved);
  bind(no_match);
  op(Op::case_end);
  w(subject);
  bind(end);
  return dest;
}

// try with `after`: the rest of the try runs protected by a catch that
// runs the after block and re-raises; on success the after block runs too.
Word Codegen::try_after(const Expr& e) {
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
  free_x(saved);
  op(Op::jump);
  label_ref(end);
  bind(handler);
  Word kind = new_y(), reason = new_y(), trace = new_y();
  caught(slot, kind, reason, trace);
  value(*e.after, false);
  free_x(saved);
  op(Op::raise_again);
  w(kind);
  w(reason);
  w(trace);
  bind(end);
  return dest;
}

void Codegen::caught(int slot, Word kind, Word reason, Word trace) {
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
Word Codegen::try_handlers(const Expr& e) {
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
    clause_value(c, row, next, dest, end, base);
  });
  free_x(saved);
  bind(unhandled);
  op(Op::raise_again);
  w(kind);
  w(reason);
  w(trace);
  bind(end);
  return dest;
}

void Codegen::clause_value(const ir::Clause& c, const Row& row, Label fail, Word dest, Label end,
                           std::uint32_t base) {
  if (c.guard) guard_test(*c.guard, fail, fail);
  free_x(base);
  commit(row);
  move(value(*c.body, false), dest);
  op(Op::jump);
  label_ref(end);
  free_x(base);
}

// Applies a try's else clauses to its body's value `v`; TryClauseError when
// none matches.
Word Codegen::try_else(const Expr& e, Word v) {
  if (e.else_clauses.empty()) return v;
  Word subject = new_y();
  move(v, subject);
  Word dest = new_y();
  Label end = new_label(), no_match = new_label();
  std::uint32_t saved = xtop_;
  match_clauses(e.else_clauses, {subject}, no_match, [&](const Row& row, Label next) {
    clause_value(e.else_clauses[row.clause], row, next, dest, end, xtop_);
  });
  free_x(saved);
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
void Codegen::call(const Expr& e, bool last) {
  std::uint32_t saved = xtop_;
  bool first_is_callee = e.kind == Expr::kApply || e.kind == Expr::kCallFun;
  auto n = static_cast<std::uint32_t>(first_is_callee ? e.args.size() - 1 : e.args.size());
  xtop_ = std::max(xtop_, n + 2);
  // Where each argument goes: x0..xn-1, and a called fun or module in xn.
  std::vector<Word> dests;
  std::vector<std::pair<Word, Word>> extra;
  if (first_is_callee) dests.push_back(x_reg(n));
  for (std::uint32_t i = 0; i < n; ++i) dests.push_back(x_reg(i));
  if (e.kind == Expr::kApply) extra.push_back({e.function.raw(), x_reg(n + 1)});
  place_arguments(ptrs(e.args), dests, std::move(extra));
  ++calls_emitted_;
  note_line(e.line);
  beam_line_ = e.line;
  if (e.kind == Expr::kCallFun) {
    op(last ? Op::call_fun_last : Op::call_fun);
    w(n);
    if (last) frame_size_operand();  // 0 when frameless
  } else if (e.kind == Expr::kApply) {
    op(last ? Op::apply_last : Op::apply);
    w(n);
    if (last) frame_size_operand();  // 0 when frameless
  } else if (e.kind == Expr::kRemoteCall && e.module == atoms::erlang && (n == 2 || n == 3) &&
             e.function == intern_atom("apply")) {
    // apply(fun, args), apply(module, name, args): a call with as many
    // arguments as the list has (vm/opcodes.def).
    op(last ? Op::apply_list_last : Op::apply_list);
    w(n);
    if (last) frame_size_operand();  // 0 when frameless
  } else {
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
  free_x(saved);
}

// Code for `e` in tail position: its value is returned.
void Codegen::tail(const Expr& e) {
  DepthGuard guard(this, e.line);
  note_line(e.line);
  switch (e.kind) {
    case Expr::kBlock:
      for (std::size_t i = 0; i + 1 < e.args.size(); ++i) {
        std::uint32_t saved = xtop_;
        value(*e.args[i], false);
        free_x(saved);
      }
      tail(*e.args.back());
      return;
    case Expr::kCase: {
      if (const Expr* c = test_case_condition(e)) {
        test_case(e, *c, [&](const Expr& body) { tail(body); });
        return;
      }
      Word subject = subject_value(*e.args[0]);
      Label no_match = new_label();
      std::uint32_t saved = xtop_;
      match_clauses(e.clauses, {subject}, no_match, [&](const Row& row, Label next) {
        const ir::Clause& c = e.clauses[row.clause];
        std::uint32_t base = xtop_;
        if (c.guard) guard_test(*c.guard, next, next);
        free_x(base);
        commit(row);
        tail(*c.body);
        free_x(base);
      });
      free_x(saved);
      bind(no_match);
      op(Op::case_end);
      w(subject);
      return;
    }
    case Expr::kReceive:
      receive(e, [&](const Expr& body) { tail(body); });
      return;
    case Expr::kRemoteCall:
      if (is_value_bif(e)) break;
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

// receive (BEAM's instructions, vm/opcodes.def):
//
//         <the timeout, once: a literal, or into a y slot>
//   top:  loop_rec none x0            the message at the save pointer
//         <decision tree on x0>       a clause that matches (guard
//                                     included): remove_message; its body
//         loop_rec_end top            no clause: the next message
//   none: wait top                    (no after)
//   none: wait_timeout top T          (after T -> B)
//         timeout
//         B
//
// `body(b)` generates a clause's (or the after block's) body: its value
// into a destination and a jump past the receive, or a tail. Waiting
// clobbers every x register, as a call does (the process resumes at `top`
// with only x0 written), so the receive counts as a call from its start:
// the analysis pass then keeps in y slots every variable the clauses, the
// guards, the bodies and the code after the receive read, and the clause
// builds a frame even when it has no slot (needs_frame_).
void Codegen::receive(const Expr& e, const std::function<void(const Expr&)>& body) {
  needs_frame_ = true;
  Word timeout = 0;
  if (e.after) {
    std::uint32_t saved = xtop_;
    timeout = value(*e.args[0], true);
    free_x(saved);
  }
  ++calls_emitted_;
  note_line(e.line);
  Label top = new_label(), none = new_label(), no_match = new_label();
  bind(top);
  op(Op::loop_rec);
  label_ref(none);
  w(x_reg(0));
  std::uint32_t saved = xtop_;
  xtop_ = std::max<std::uint32_t>(xtop_, 1);  // the tree's registers go above x0
  if (!e.clauses.empty())
    match_clauses(e.clauses, {x_reg(0)}, no_match, [&](const Row& row, Label fail) {
      const ir::Clause& c = e.clauses[row.clause];
      std::uint32_t base = xtop_;
      if (c.guard) guard_test(*c.guard, fail, fail);
      free_x(base);
      op(Op::remove_message);
      commit(row);
      body(*c.body);
      free_x(base);
    });
  free_x(saved);
  bind(no_match);
  op(Op::loop_rec_end);
  label_ref(top);
  bind(none);
  if (!e.after) {
    op(Op::wait);
    label_ref(top);
    return;
  }
  // A bad timeout raises from the line BEAM would name: that of the last
  // call or raising builtin before it in the code, or the function's.
  note_line(beam_line_);
  op(Op::wait_timeout);
  label_ref(top);
  w(timeout);
  op(Op::timeout);
  Scope scope = open_scope();
  std::uint32_t top_x = xtop_;
  body(*e.after);
  close_scope(scope);
  free_x(top_x);
}

}  // namespace codegen_impl

bool generate_module(const ir::Module& module, const std::string& file, ModuleImage* out, CompileError* error) {
  try {
    codegen_impl::Codegen g(module, file, *out);
    g.run();
    peephole(*out);
    return true;
  } catch (codegen_impl::Failure& f) {
    *error = std::move(f.error);
    return false;
  }
}

}  // namespace vial
