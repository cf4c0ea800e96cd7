// The match compiler (docs/compiler.md, "Pattern matching"): the sequential
// matcher of `p = e` and <<...>> segments, and the decision trees that match
// every list of clauses.
#include <algorithm>

#include "compiler/codegen_impl.h"
#include "vm/binary.h"
#include "vm/compare.h"

namespace vial::codegen_impl {

// --- patterns ----------------------------------------------------------------------
void Codegen::match(const Pat& p, Word src, Label fail_label) {
  DepthGuard guard(this, 0);
  switch (p.kind) {
    case Pat::kWild:
      return;
    case Pat::kBind:
      bind_value(p.var, src, is_reg_ref(src) && !is_y_ref(src) ? reg_index(src) : xtop_);
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
        free_x(head_base);
        Word h = new_x();
        op(Op::get_list);  // reads src before writing h and t, so t may be src
        w(src);
        w(h);
        w(t);
        match(*cur->elems[0], h, fail_label);
        src = t;
      }
      free_x(head_base);
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
void Codegen::match_bitstring(const Pat& p, Word src, Label fail_label) {
  bitstring_segments(p, src, fail_label, /*free_temps=*/true,
                     [&](const Pat& value, Word d) { match(value, d, fail_label); });
}

// The instructions of a <<...>> pattern on `src`: literal strings and
// skipped segments are tested here; each other segment is read into a new
// x register and handed to `on_value(pattern, register)`. With
// `free_temps`, each segment's registers are free again after it (the
// sequential matcher); the decision tree keeps them, as its columns.
template <class OnValue>
void Codegen::bitstring_segments(const Pat& p, Word src, Label fail, bool free_temps, OnValue on_value) {
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
      if (free_temps) free_x(saved);
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
    if (free_temps) free_x(saved);
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
void Codegen::match_clauses(const std::vector<ir::Clause>& clauses, const std::vector<Word>& subjects, Label no_match,
                            const Leaf& leaf) {
  std::vector<Row> rows(clauses.size());
  for (std::size_t i = 0; i < clauses.size(); ++i) {
    rows[i].clause = i;
    for (std::size_t j = 0; j < clauses[i].pats.size() && j < subjects.size(); ++j)
      rows[i].cols.push_back({clauses[i].pats[j].get(), subjects[j]});
  }
  // The leaves are alternatives: none runs after another's calls, so each
  // starts with the tree's call count (the analysis pass then sees a
  // variable read in one clause as read after a call only when a call on
  // its own path came first); after the tree, the count covers them all.
  // Each leaf is a scope of its own for the x registers of its variables.
  int calls_at_tree = calls_emitted_, calls_after = calls_emitted_;
  compile(std::move(rows), no_match, [&](const Row& row, Label fail) {
    calls_emitted_ = calls_at_tree;
    Scope scope = open_scope();
    std::uint32_t top = xtop_;
    leaf(row, fail);
    close_scope(scope);
    free_x(top);
    calls_after = std::max(calls_after, calls_emitted_);
    calls_emitted_ = calls_at_tree;
  });
  calls_emitted_ = calls_after;
}

Codegen::Ctor Codegen::classify(const Pat& p) {
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

// The leaf's bindings go to their homes: an x occurrence stays where it is
// when the variable is never read after a call (real pass), a y occurrence
// (a case subject in a slot) is shared; anything else is moved to a slot.
void Codegen::commit(const Row& r) {
  for (auto [var, occ] : r.binds) {
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
void Codegen::normalize(Row& r) {
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

void Codegen::compile(std::vector<Row> rows, Label fail, const Leaf& leaf) {
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
    free_x(saved);
    if (rest.empty()) return;
    bind(rest_label);
    rows = std::move(rest);
  }
}

// The last row left: its tests in sequence, in a loop (a long list
// pattern neither recurses deeply nor takes a register per element: a
// list's tail is extracted into the register of the list when nothing
// else looks at it, and registers nothing refers to any more are freed
// from the top). Registers from `entry` up are this row's own: code at
// `fail` only reads ones below.
void Codegen::single(Row r, Label fail, const Leaf& leaf) {
  std::uint32_t entry = xtop_;
  for (;;) {
    normalize(r);
    while (xtop_ > entry && xtop_ > xfloor_ && references(r, x_reg(xtop_ - 1)) == 0) --xtop_;
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
void Codegen::group(std::vector<Row> rows, Word occ, Label fail, const Leaf& leaf) {
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
    free_x(saved);
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

void Codegen::cons_branch(std::vector<Row> rows, Word occ, Label fail, const Leaf& leaf) {
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
  free_x(saved);
}

void Codegen::tuple_branch(std::vector<Row> rows, Word occ, std::size_t arity, Label fail, const Leaf& leaf) {
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
  free_x(saved);
}

bool Codegen::same_keys(const Pat& a, const Pat& b) {
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
void Codegen::map_branches(std::vector<Row> rows, Word occ, Label fail, const Leaf& leaf) {
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
    free_x(saved);
    if (next != fail) bind(next);
    i = j;
  }
}

// One row's test that no switch shares: a pin or repeat, a compound
// literal, or a bitstring (whose segments become new columns).
void Codegen::opaque(Row& r, int c, Label fail) {
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

}  // namespace vial::codegen_impl
