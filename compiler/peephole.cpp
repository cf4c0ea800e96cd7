// The peephole pass over a finished image (docs/compiler.md): rewrites that
// save instructions the simple code generator leaves, without changing what
// the code does.
//
//   I(..., xT); move xT R     =>  I(..., R)        when xT is dead after the move
//   move xA xB; I(... xB ...) =>  I(... xA ...)    when xB is dead after I
//   move R R                  =>  (nothing)
//   move S xD                 =>  (nothing)        when xD is dead after the move
//   deallocate N; return_     =>  deallocate_return N
//   move xA yB; I(... yB ...) =>  move xA yB; I(... xA ...)   (xA still holds it)
//
// "Dead" is proved by scanning forward (following branches a few levels):
// the register is overwritten, or a call or return happens that does not
// read it, before anything reads it; at a receive's loop_rec or wait every
// x register is dead (docs/compiler.md, "receive": the receive counts as a
// call, and no x register is live across waiting). Instructions this pass does not know
// stop the scan and count as a read, so an opcode added later can only make
// the pass do less, never break code.
#include "compiler/peephole.h"

#include <map>
#include <set>

namespace vial {

namespace {

struct Insn {
  std::uint32_t offset;  // in the old code
  Op op;
  std::vector<Word> operands;
  bool removed = false;
};

// Operand positions by kind, from the layout string ('V' lists flattened).
struct Shape {
  std::vector<std::size_t> sources;  // S operands, V elements included
  std::vector<std::size_t> dests;    // D operands
  std::vector<std::size_t> labels;   // L operands
};

Shape shape(const Insn& in) {
  Shape s;
  std::size_t at = 0;
  for (const char* k = op_layout(in.op); *k; ++k) {
    switch (*k) {
      case 'S': s.sources.push_back(at++); break;
      case 'D': s.dests.push_back(at++); break;
      case 'L': s.labels.push_back(at++); break;
      case 'V': {
        Word n = in.operands[at++];
        for (Word i = 0; i < n; ++i) s.sources.push_back(at++);
        break;
      }
      case 'J': {  // (value, label) pairs: the values are literals
        Word n = in.operands[at++];
        for (Word i = 0; i < n; ++i, at += 2) s.labels.push_back(at + 1);
        break;
      }
      default: ++at;
    }
  }
  return s;
}

bool is_x(Word w) { return is_reg_ref(w) && !is_y_ref(w); }

// Instructions whose only register effects are their S/V reads and D writes
// (reads happen before writes), which may also branch to their L operands.
bool plain(Op op) {
  switch (op) {
    case Op::move: case Op::add: case Op::sub: case Op::mul: case Op::bif0: case Op::bif1: case Op::bif2: case Op::bif3:
    case Op::is_lt: case Op::is_ge: case Op::is_eq: case Op::is_ne: case Op::is_eq_exact:
    case Op::is_ne_exact: case Op::is_integer: case Op::is_float: case Op::is_number:
    case Op::is_atom: case Op::is_boolean: case Op::is_binary: case Op::is_list:
    case Op::is_nonempty_list: case Op::is_nil: case Op::is_tuple: case Op::is_tuple_arity:
    case Op::is_function: case Op::is_pid: case Op::is_reference: case Op::jump: case Op::get_list:
    case Op::get_tuple_element: case Op::put_list: case Op::put_tuple: case Op::make_fun: case Op::make_ext_fun:
    case Op::bs_concat: case Op::bs_build: case Op::allocate: case Op::deallocate:
    case Op::try_end: case Op::select_val: case Op::select_tuple_arity: case Op::select_list:
    case Op::loop_rec: case Op::remove_message: case Op::loop_rec_end: case Op::timeout:
      return true;
    default:
      return false;
  }
}

// Instructions that compute one value into their single D operand after
// reading all their sources: the first rule may retarget that D.
bool retargetable(Op op) {
  switch (op) {
    case Op::move: case Op::add: case Op::sub: case Op::mul: case Op::bif0: case Op::bif1: case Op::bif2: case Op::bif3:
    case Op::get_tuple_element: case Op::put_list: case Op::put_tuple: case Op::make_fun: case Op::make_ext_fun:
    case Op::bs_concat: case Op::bs_build:
      return true;
    default:
      return false;
  }
}

class Peephole {
 public:
  explicit Peephole(ModuleImage& image) : image_(image) {}

  void run() {
    if (!decode()) return;
    for (std::size_t i = 0; i + 1 < code_.size(); ++i) retarget(i);
    for (std::size_t i = 0; i + 1 < code_.size(); ++i) forward_copy(i);
    for (auto& in : code_)  // move R R (left by retargeting `move x0 xT; move xT x0`)
      if (in.op == Op::move && in.operands[0] == in.operands[1]) in.removed = true;
    for (std::size_t i = 0; i + 1 < code_.size(); ++i) drop_dead_move(i);
    for (std::size_t i = 0; i + 1 < code_.size(); ++i) fuse_return(i);
    for (std::size_t i = 0; i + 1 < code_.size(); ++i) hoist_test(i);
    for (std::size_t i = 0; i + 1 < code_.size(); ++i) read_saved_copy(i);
    drop_moves_back();
    encode();
  }

 private:
  bool decode() {
    const auto& code = image_.code;
    for (std::size_t pc = 0; pc < code.size();) {
      if (code[pc] >= kOpCount) return false;
      Insn in{static_cast<std::uint32_t>(pc), static_cast<Op>(code[pc]), {}};
      std::size_t at = pc + 1;
      for (const char* k = op_layout(in.op); *k; ++k) {
        if (at >= code.size()) return false;
        if (*k == 'V' || *k == 'J') {
          Word n = code[at];
          Word words = *k == 'J' ? 2 * n : n;
          if (n > code.size() - at - 1 || words > code.size() - at - 1) return false;
          for (Word i = 0; i <= words; ++i) in.operands.push_back(code[at++]);
        } else {
          in.operands.push_back(code[at++]);
        }
      }
      index_[in.offset] = code_.size();
      code_.push_back(std::move(in));
      pc = at;
    }
    for (const auto& in : code_)
      for (std::size_t l : shape(in).labels)
        if (in.operands[l] != kNoLabel) targets_.insert(static_cast<std::uint32_t>(in.operands[l]));
    for (const auto& f : image_.functions) targets_.insert(f.entry);
    return true;
  }

  bool is_target(std::size_t i) const { return targets_.count(code_[i].offset) > 0; }

  // The next instruction still in the code after i, or code_.size().
  std::size_t next(std::size_t i) const {
    do ++i;
    while (i < code_.size() && code_[i].removed);
    return i;
  }

  // True when x register `reg` is certainly not read before being written,
  // from instruction i on.
  bool dead_from(std::size_t i, Word reg, int depth) const {
    if (depth > 6) return false;
    std::uint32_t r = reg_index(reg);
    while (i < code_.size()) {
      if (code_[i].removed) {
        i = next(i);
        continue;
      }
      const Insn& in = code_[i];
      auto arity = [&](std::size_t k) { return static_cast<std::uint32_t>(in.operands[k]); };
      switch (in.op) {
        case Op::return_:
          return r != 0;
        case Op::call: case Op::call_last: case Op::call_only: case Op::call_ext:
        case Op::call_ext_last: case Op::call_ext_only:
          return r >= arity(0);  // every x register is clobbered by a call
        case Op::try_:
          i = next(i);  // a raise reaches the handler with x0..x2 set, nothing else live
          continue;
        case Op::loop_rec:  // a receive starts: its code reads only what it writes
        case Op::wait:      // no x register is live across waiting (vm/opcodes.def)
          return true;
        case Op::wait_timeout:
          return in.operands[1] != reg;  // nor across wait_timeout, but its timeout operand
        default:
          break;
      }
      if (!plain(in.op)) return false;
      Shape s = shape(in);
      for (std::size_t k : s.sources)
        if (in.operands[k] == reg) return false;
      for (std::size_t k : s.labels) {
        Word l = in.operands[k];
        if (l == kNoLabel) continue;
        auto it = index_.find(static_cast<std::uint32_t>(l));
        if (it == index_.end() || !dead_from(it->second, reg, depth + 1)) return false;
      }
      if (in.op == Op::jump || in.op == Op::select_val || in.op == Op::select_tuple_arity ||
          in.op == Op::select_list || in.op == Op::loop_rec_end)
        return true;  // no fall-through, and its labels were checked above
      for (std::size_t k : s.dests)
        if (in.operands[k] == reg) return true;
      i = next(i);
    }
    return false;
  }

  // I(..., xT); ...; move xT R  =>  I(..., R); ...
  // The instructions between (a few) must neither touch xT or R nor branch,
  // and none of them may be a label target.
  void retarget(std::size_t i) {
    Insn& a = code_[i];
    if (a.removed || !retargetable(a.op)) return;
    Shape sa = shape(a);
    if (sa.dests.size() != 1) return;
    Word t = a.operands[sa.dests[0]];
    if (!is_x(t)) return;
    std::size_t j = next(i);
    for (int window = 0; window < 6 && j < code_.size(); ++window, j = next(j)) {
      if (is_target(j)) return;
      Insn& b = code_[j];
      if (b.op == Op::move && b.operands[0] == t) {
        Word r = b.operands[1];
        if (r == t) return;
        // R must not be touched between I and the move either.
        for (std::size_t k = next(i); k != j; k = next(k))
          if (touches(code_[k], r)) return;
        std::size_t after = next(j);
        if (after >= code_.size() || !dead_from(after, t, 0)) return;
        a.operands[sa.dests[0]] = r;
        b.removed = true;
        return;
      }
      if (!plain(b.op) || b.op == Op::jump || touches(b, t)) return;
      // A frame built or dropped between changes what a y slot R means.
      if (b.op == Op::allocate || b.op == Op::deallocate) return;
      for (std::size_t k : shape(b).labels)
        if (b.operands[k] != kNoLabel) return;
    }
  }

  // Whether `in` reads or writes register `reg` (x or y) as an operand.
  static bool touches(const Insn& in, Word reg) {
    Shape s = shape(in);
    for (std::size_t k : s.sources)
      if (in.operands[k] == reg) return true;
    for (std::size_t k : s.dests)
      if (in.operands[k] == reg) return true;
    return false;
  }

  // move xA xB; I(... xB ...)  =>  I(... xA ...)
  void forward_copy(std::size_t i) {
    Insn& a = code_[i];
    if (a.removed || a.op != Op::move) return;
    Word from = a.operands[0], to = a.operands[1];
    if (!is_x(to) || !is_reg_ref(from)) return;
    std::size_t j = next(i);
    if (j >= code_.size() || is_target(j)) return;
    Insn& b = code_[j];
    if (!plain(b.op) || b.op == Op::jump) return;
    Shape sb = shape(b);
    bool reads = false;
    for (std::size_t k : sb.sources) reads |= b.operands[k] == to;
    if (!reads) return;
    // B must not branch anywhere xB is still needed; after B, xB must be dead
    // (or B itself overwrites it).
    for (std::size_t k : sb.labels) {
      Word l = b.operands[k];
      if (l == kNoLabel) continue;
      auto it = index_.find(static_cast<std::uint32_t>(l));
      if (it == index_.end() || !dead_from(it->second, to, 1)) return;
    }
    bool overwrites = false;
    for (std::size_t k : sb.dests) overwrites |= b.operands[k] == to;
    if (!overwrites) {
      std::size_t after = next(j);
      if (after >= code_.size() || !dead_from(after, to, 0)) return;
    }
    for (std::size_t k : sb.sources)
      if (b.operands[k] == to) b.operands[k] = from;
    a.removed = true;
  }

  // move xA yB; I(... yB ...)  =>  move xA yB; I(... xA ...)
  // for the instructions after the move (a few) up to one that writes xA or
  // yB, builds or drops a frame, calls, or is a label target: the value is
  // read from the register, not loaded back from the frame just written.
  void read_saved_copy(std::size_t i) {
    const Insn& a = code_[i];
    if (a.removed || a.op != Op::move) return;
    Word from = a.operands[0], to = a.operands[1];
    if (!is_x(from) || !is_reg_ref(to) || !is_y_ref(to)) return;
    std::size_t j = next(i);
    for (int window = 0; window < 6 && j < code_.size(); ++window, j = next(j)) {
      if (is_target(j)) return;
      Insn& b = code_[j];
      if (!plain(b.op) || b.op == Op::allocate || b.op == Op::deallocate) return;
      Shape sb = shape(b);
      for (std::size_t k : sb.sources)
        if (b.operands[k] == to) b.operands[k] = from;
      if (b.op == Op::move && b.operands[0] == b.operands[1]) {
        b.removed = true;  // it became `move xA xA`
        continue;
      }
      for (std::size_t k : sb.dests)
        if (b.operands[k] == from || b.operands[k] == to) return;
      if (b.op == Op::jump || b.op == Op::select_val || b.op == Op::select_tuple_arity ||
          b.op == Op::select_list || b.op == Op::loop_rec_end)
        return;
    }
  }

  // move S xD  =>  (nothing), when nothing reads xD before it is written
  // again or a call or return makes it dead: the value of a statement that
  // nobody reads (a call's result moved out of x0 in a block).
  void drop_dead_move(std::size_t i) {
    Insn& a = code_[i];
    if (a.removed || a.op != Op::move || !is_x(a.operands[1])) return;
    std::size_t j = next(i);
    if (j >= code_.size() || !dead_from(j, a.operands[1], 0)) return;
    a.removed = true;
  }

  // deallocate N; return_  =>  deallocate_return N
  void fuse_return(std::size_t i) {
    Insn& a = code_[i];
    if (a.removed || a.op != Op::deallocate) return;
    std::size_t j = next(i);
    if (j >= code_.size() || is_target(j) || code_[j].op != Op::return_) return;
    a.op = Op::deallocate_return;
    code_[j].removed = true;
  }

  // allocate N; move xa ya; ...; test L (y or x operands); ...
  //   =>  test L' (the x registers); allocate N; move xa ya; ...
  // when L starts `deallocate N`, and L' is the instruction after it: a
  // clause whose guard fails no longer builds a frame only to drop it.
  bool is_test(Op op) {
    switch (op) {
      case Op::is_lt: case Op::is_ge: case Op::is_eq: case Op::is_ne: case Op::is_eq_exact:
      case Op::is_ne_exact: case Op::is_integer: case Op::is_float: case Op::is_number:
      case Op::is_atom: case Op::is_boolean: case Op::is_binary: case Op::is_list:
      case Op::is_nonempty_list: case Op::is_nil: case Op::is_tuple: case Op::is_tuple_arity:
      case Op::is_function: case Op::is_pid: case Op::is_reference:
        return true;
      default:
        return false;
    }
  }

  void hoist_test(std::size_t a) {
    if (code_[a].removed || code_[a].op != Op::allocate) return;
    std::map<Word, Word> copied;  // y slot -> the x register copied into it
    std::size_t t = next(a);
    for (; t < code_.size(); t = next(t)) {
      if (is_target(t)) return;
      const Insn& in = code_[t];
      if (in.op != Op::move) break;
      if (!is_x(in.operands[0]) || !is_y_ref(in.operands[1])) return;
      copied[in.operands[1]] = in.operands[0];
    }
    if (t >= code_.size() || !is_test(code_[t].op)) return;
    Insn test = code_[t];
    Shape st = shape(test);
    if (st.labels.size() != 1 || test.operands[st.labels[0]] == kNoLabel) return;
    for (std::size_t k : st.sources) {
      Word w = test.operands[k];
      if (!is_reg_ref(w) || !is_y_ref(w)) continue;
      auto it = copied.find(w);
      if (it == copied.end()) return;
      test.operands[k] = it->second;
    }
    auto target = index_.find(static_cast<std::uint32_t>(test.operands[st.labels[0]]));
    if (target == index_.end()) return;
    const Insn& dealloc = code_[target->second];
    if (dealloc.removed || dealloc.op != Op::deallocate || dealloc.operands[0] != code_[a].operands[0]) return;
    std::size_t after = next(target->second);
    if (after >= code_.size()) return;
    test.operands[st.labels[0]] = code_[after].offset;
    targets_.insert(code_[after].offset);
    // The test takes the allocate's place (and its offset, the label that
    // reaches this code); the allocate and the moves shift down one.
    for (std::size_t k = t; k != a;) {
      std::size_t prev = k;
      do --prev;
      while (code_[prev].removed);
      code_[k].op = code_[prev].op;
      code_[k].operands = code_[prev].operands;
      k = prev;
    }
    code_[a].op = test.op;
    code_[a].operands = test.operands;
  }

  // move xa yb; ...; move yb xa  =>  the second move goes, while neither
  // register has been written since (straight-line code, no label between).
  void drop_moves_back() {
    std::set<std::pair<Word, Word>> same;  // {x register, y slot} holding one value
    for (std::size_t i = 0; i < code_.size(); ++i) {
      Insn& in = code_[i];
      if (in.removed) continue;
      if (is_target(i)) same.clear();
      if (in.op == Op::move && is_x(in.operands[1]) && is_y_ref(in.operands[0]) &&
          same.count({in.operands[1], in.operands[0]})) {
        in.removed = true;
        continue;
      }
      if (!plain(in.op) || in.op == Op::jump) {
        same.clear();
        continue;
      }
      Shape sh = shape(in);
      for (std::size_t k : sh.labels)
        if (in.operands[k] != kNoLabel) same.clear();  // the other path is not tracked; start afresh
      for (std::size_t k : sh.dests)
        for (auto it = same.begin(); it != same.end();)
          it = (it->first == in.operands[k] || it->second == in.operands[k]) ? same.erase(it) : std::next(it);
      if (in.op == Op::move && is_x(in.operands[0]) && is_y_ref(in.operands[1]))
        same.insert({in.operands[0], in.operands[1]});
    }
  }

  void encode() {
    std::vector<Word> out;
    std::map<std::uint32_t, std::uint32_t> moved;  // old offset -> new offset
    for (const Insn& in : code_) {
      moved[in.offset] = static_cast<std::uint32_t>(out.size());
      if (in.removed) continue;
      out.push_back(static_cast<Word>(in.op));
      out.insert(out.end(), in.operands.begin(), in.operands.end());
    }
    auto old_end = static_cast<std::uint32_t>(image_.code.size());
    moved[old_end] = static_cast<std::uint32_t>(out.size());
    // Label operands follow their instructions.
    std::size_t pc = 0;
    for (const Insn& in : code_) {
      if (in.removed) continue;
      Shape s = shape(in);
      for (std::size_t k : s.labels) {
        Word& l = out[pc + 1 + k];
        if (l != kNoLabel) l = moved.at(static_cast<std::uint32_t>(l));
      }
      pc += 1 + in.operands.size();
    }
    for (auto& f : image_.functions) f.entry = moved.at(f.entry);
    for (auto& l : image_.lines) l.offset = moved.lower_bound(l.offset)->second;
    image_.code = std::move(out);
  }

  ModuleImage& image_;
  std::vector<Insn> code_;
  std::map<std::uint32_t, std::size_t> index_;  // old offset -> index in code_
  std::set<std::uint32_t> targets_;
};

}  // namespace

void peephole(ModuleImage& image) { Peephole(image).run(); }

}  // namespace vial
