// The interpreter: direct-threaded dispatch over loaded code (DESIGN.md §5).
//
// Each instruction's opcode word holds the address of its handler (the loader
// put it there), so dispatch is one indirect jump: `goto *pc[0]`. Handlers
// read operands at pc[1..]; see vm/opcodes.def for what each one does.
//
// Exceptions: a raise records the reason in Process::error and jumps to
// `raise_error`, which records a stack trace and unwinds to the nearest catch
// word on the process stack (an active try), or returns RunStatus::kError
// when there is none (docs/bytecode.md).
//
// Yields: every call and return charges a reduction; at zero the process
// saves its pc and returns RunStatus::kYield, and execute() resumes there.
#include <cmath>
#include <cstring>
#include <string>

#include "vm/atom.h"
#include "vm/binary.h"
#include "vm/interp_binary.h"
#include "vm/compare.h"
#include "vm/fun.h"
#include "vm/map.h"
#include "vm/messages.h"
#include "vm/module.h"
#include "vm/native.h"
#include "vm/number.h"
#include "vm/printer.h"
#include "vm/process.h"
#include "vm/utf8.h"

namespace vial {

namespace {

// A list of `n` terms, for the stack frame of a failed builtin or clause.
Term make_args_list(Process& p, const Term* args, std::uint32_t n) {
  Term list = Term::nil();
  for (std::uint32_t i = n; i-- > 0;) {
    Word* c = p.alloc(2);
    c[0] = args[i].raw();
    c[1] = list.raw();
    list = Term::list(c);
  }
  return list;
}

// Fills in the top stack frame of an exception raised by a builtin.
void set_native_frame(Process& p, const Export* e, const Term* args) {
  if (!p.error.module.is_none()) return;
  // erlang:error/1, throw/1 and exit/1 raise on behalf of their caller and
  // leave no frame of their own, as in BEAM.
  if (e->module == atoms::erlang &&
      (e->function == atoms::error || e->function == atoms::throw_ || e->function == atoms::exit ||
       e->function == atoms::raise))
    return;
  if (e->module == atoms::vial) return;  // vial's helpers stand for the Kernel code that calls them
  p.error.module = e->module;
  p.error.function = e->function;
  p.error.arity = e->arity;
  p.error.args = make_args_list(p, args, e->arity);
}

Term make_pair(Process& p, Term a, Term b) {
  Word* t = p.alloc(3);
  t[0] = Term::make_header(Subtag::TUPLE, 2);
  t[1] = a.raw();
  t[2] = b.raw();
  return Term::boxed(t);
}

// The erlang:'+'/2 style export that names an arithmetic failure.
// Records where an exception was raised: the function at `pc`, then the
// functions the continuation pointers on the stack return into.
void collect_trace(Process& p, const Word* pc, bool include_current = true) {
  auto add = [&](const Word* at, bool return_address) {
    CodeLocation loc;
    if (!locate_code(at, return_address, &loc)) return;
    p.error.trace.push_back(
        {loc.module, loc.function->name, loc.function->arity, loc.function->fun_arity, loc.file, loc.line});
  };
  if (include_current) add(pc, false);
  for (Word* s = p.E; s < p.stack_end() && p.error.trace.size() < kTraceDepth; ++s)
    if (*s != 0 && (*s & 7) == 0) add(reinterpret_cast<const Word*>(*s), true);
}

// `mode`: 0 add, 1 sub, 2 mul.
const Export* arith_export(int mode) {
  static const Export* add = export_entry(atoms::erlang, intern_atom("+"), 2);
  static const Export* sub = export_entry(atoms::erlang, intern_atom("-"), 2);
  static const Export* mul = export_entry(atoms::erlang, intern_atom("*"), 2);
  return mode == 0 ? add : mode == 1 ? sub : mul;
}

// Bit 2 of a catch word (see opcodes.def).
constexpr Word kCatchBit = 4;

// The specialised handlers (vm/specialize.def), set with the opcode table.
const void* const* g_spec_handlers = nullptr;

RunStatus run(Process* proc, const void* const** table_out) {
  static const void* const kHandlers[] = {
#define OP(name, layout, rt) &&op_##name,
#include "vm/opcodes.def"
#undef OP
  };
  // In the order vm/module.cpp indexes them: the SPECs, the FUSEs, the SEQs.
  static const void* const kSpecHandlers[] = {
#define SPEC(generic, kinds, name) &&op_##name,
#define FUSE(first, kinds1, second, kinds2, name)
#define SEQ(name)
#include "vm/specialize.def"
#undef SPEC
#undef FUSE
#define SPEC(generic, kinds, name)
#define FUSE(first, kinds1, second, kinds2, name) &&op_##name,
#include "vm/specialize.def"
#undef SEQ
#undef FUSE
#define FUSE(first, kinds1, second, kinds2, name)
#define SEQ(name) &&op_##name,
#include "vm/specialize.def"
#undef SEQ
#undef FUSE
#undef SPEC
  };
  if (table_out) {
    *table_out = kHandlers;
    g_spec_handlers = kSpecHandlers;
    return RunStatus::kDone;
  }
  Process& p = *proc;
  Term* const x = p.x;
  const Word* pc = p.pc;
  // The stack top lives in a register: p.E (which allocation, builtins,
  // stack traces and the collector read) is brought up to date only before
  // those run (SYNC_E), and E is reloaded after whatever may move the stack
  // (growing it, a collection).
  Word* E = p.E;
#define SET_E(v) (E = (v))
#define SYNC_E() (p.E = E)
  // Each opcode needs its own handler address (the loader threads code with
  // them), so bodies shared by several opcodes are entered through a small
  // entry per opcode that sets `mode`.
  int mode = 0;
  // Set when a tail call reaches an undefined function: as in BEAM, the
  // caller's frame is already gone, so the stack trace starts at its caller.
  bool tail_undefined = false;
  // The operands of an arithmetic instruction that left its fast path, for
  // arith_general (so that they are decoded once).
  Term arith_a, arith_b;
  // The module, function and arity of an apply, for apply_mfa.
  Term apply_m, apply_f;
  std::uint32_t apply_arity = 0;

#define NEXT() goto* reinterpret_cast<const void*>(*pc)
  // Register operands address their register by byte offset: an x ref is
  // 8i (tag 0), a y ref 8i + 4 (code.h), so no shift is needed.
#define XREG(w) (*reinterpret_cast<Term*>(reinterpret_cast<char*>(x) + (w)))
#define YREG(w) (*reinterpret_cast<Word*>(reinterpret_cast<char*>(E) + (w) - 4))
#define SRC(w) \
  (is_reg_ref(w) ? (is_y_ref(w) ? Term::from_raw(YREG(w)) : XREG(w)) : Term::from_raw(w))
#define SET(w, v)                          \
  do {                                     \
    Word dst_ = (w);                       \
    Term val_ = (v);                       \
    if (is_y_ref(dst_)) YREG(dst_) = val_.raw(); \
    else XREG(dst_) = val_;                \
  } while (0)
#define alloc_(n) (SYNC_E(), p.alloc(n))
#define LABEL(w) reinterpret_cast<const Word*>(w)
#define EXPORT(w) reinterpret_cast<const Export*>(w)
  // Charges one reduction. At zero the process is at a safe point with
  // x[0..live-1] live: it collects if a collection was asked for (see
  // Process::safe_point), and yields, resuming at `resume`, if its budget
  // is spent.
#define SAFE_POINT(resume, live)             \
  {                                          \
    SYNC_E();                                \
    if (!p.safe_point(live)) goto killed;    \
    E = p.E;                                 \
    if (p.reductions <= 0) {                 \
      p.pc = (resume);                       \
      p.yield_live = (live);                 \
      return RunStatus::kYield;              \
    }                                        \
  }
  // CHARGE takes one reduction (a call); CHECK, at a return, charges
  // nothing (as in BEAM, a reduction is a call) and acts only on a spent or
  // zeroed budget. Both are safe points.
#if defined(__GNUC__) && defined(__x86_64__)
  // One instruction on the budget in memory and a branch on its flags
  // (compilers otherwise load, subtract, store and test).
#define ON_SPENT(insn, resume, live)                                                \
  do {                                                                              \
    __label__ spent_, fine_;                                                        \
    asm goto(insn "\n\tjle %l[spent_]" : "+m"(p.reductions) : : "cc" : spent_);    \
    goto fine_;                                                                     \
  spent_:                                                                           \
    SAFE_POINT(resume, live)                                                        \
  fine_:;                                                                           \
  } while (0)
#define CHARGE(resume, live) ON_SPENT("subl $1, %0", resume, live)
#define CHECK(resume, live) ON_SPENT("cmpl $0, %0", resume, live)
#else
#define CHARGE(resume, live)                                   \
  do {                                                         \
    if (--p.reductions <= 0) SAFE_POINT(resume, live)          \
  } while (0)
#define CHECK(resume, live)                                    \
  do {                                                         \
    if (p.reductions <= 0) SAFE_POINT(resume, live)            \
  } while (0)
#endif
#define PUSH_CP(cp)                                \
  do {                                             \
    if (E == p.heap().top()) {                      \
      SYNC_E();                            \
      if (!p.ensure_stack(1)) goto killed;       \
      E = p.E;                                     \
    }                                              \
    SET_E(E - 1);                                  \
    *E = reinterpret_cast<Word>(cp);               \
  } while (0)
#define TEST(cond, width)                    \
  do {                                       \
    if (cond) pc += (width);                 \
    else pc = LABEL(pc[1]);                  \
    NEXT();                                  \
  } while (0)

  NEXT();

op_move:
  SET(pc[2], SRC(pc[1]));
  pc += 3;
  NEXT();

op_allocate: {
  std::size_t n = pc[1];
  if (static_cast<std::size_t>(E - p.heap().top()) < n) {
    SYNC_E();
    if (!p.ensure_stack(n)) goto killed;
    E = p.E;
  }
  // The slots start as [] so that a collection before they are written
  // scans valid terms.
  Word* e = E - n;
  SET_E(e);
  constexpr Word kNil = Term::nil().raw();
  switch (n) {
    case 4: e[3] = kNil; [[fallthrough]];
    case 3: e[2] = kNil; [[fallthrough]];
    case 2: e[1] = kNil; [[fallthrough]];
    case 1: e[0] = kNil; [[fallthrough]];
    case 0: break;
    default:
      for (std::size_t i = 0; i < n; ++i) e[i] = kNil;
  }
  pc += 2;
  NEXT();
}

op_deallocate:
  SET_E(E + pc[1]);
  pc += 2;
  NEXT();

op_return_:
  pc = reinterpret_cast<const Word*>(*E);
  SET_E(E + 1);
  CHECK(pc, 1);
  NEXT();

op_deallocate_return: {
  Word n = pc[1];
  pc = reinterpret_cast<const Word*>(E[n]);
  SET_E(E + n + 1);
  CHECK(pc, 1);
  NEXT();
}

  // A call's live registers are its arguments. The charge comes before pc
  // moves on (the arity and the resume point are read from the call itself
  // only on the slow path), so nothing but pc and E stays live across it.
op_call:
  PUSH_CP(pc + 3);
  CHARGE(LABEL(pc[2]), static_cast<std::uint32_t>(pc[1]));
  pc = LABEL(pc[2]);
  NEXT();

op_call_last:
  SET_E(E + pc[3]);
  CHARGE(LABEL(pc[2]), static_cast<std::uint32_t>(pc[1]));
  pc = LABEL(pc[2]);
  NEXT();

op_call_only:
  CHARGE(LABEL(pc[2]), static_cast<std::uint32_t>(pc[1]));
  pc = LABEL(pc[2]);
  NEXT();

  // A tail call D words back (a loop): the target is pc - D, computed, not
  // loaded from the code, so the next iteration's operand reads need not
  // wait for a load (threaded code's critical path: loop.exs runs 20%
  // faster with the same instructions). Calls that push a frame gain
  // nothing from this, so only call_only has it.
#define SEQ_CALL_ONLY_BACK(d)                                        \
  op_call_only_back_##d:                                             \
  CHARGE(pc - (d), static_cast<std::uint32_t>(pc[1]));               \
  pc -= (d);                                                         \
  NEXT();
  SEQ_CALL_ONLY_BACK(2) SEQ_CALL_ONLY_BACK(3) SEQ_CALL_ONLY_BACK(4) SEQ_CALL_ONLY_BACK(5) SEQ_CALL_ONLY_BACK(6) SEQ_CALL_ONLY_BACK(7) SEQ_CALL_ONLY_BACK(8) SEQ_CALL_ONLY_BACK(9)
  SEQ_CALL_ONLY_BACK(10) SEQ_CALL_ONLY_BACK(11) SEQ_CALL_ONLY_BACK(12) SEQ_CALL_ONLY_BACK(13) SEQ_CALL_ONLY_BACK(14) SEQ_CALL_ONLY_BACK(15) SEQ_CALL_ONLY_BACK(16) SEQ_CALL_ONLY_BACK(17)
  SEQ_CALL_ONLY_BACK(18) SEQ_CALL_ONLY_BACK(19) SEQ_CALL_ONLY_BACK(20) SEQ_CALL_ONLY_BACK(21) SEQ_CALL_ONLY_BACK(22) SEQ_CALL_ONLY_BACK(23) SEQ_CALL_ONLY_BACK(24) SEQ_CALL_ONLY_BACK(25)
  SEQ_CALL_ONLY_BACK(26) SEQ_CALL_ONLY_BACK(27) SEQ_CALL_ONLY_BACK(28) SEQ_CALL_ONLY_BACK(29) SEQ_CALL_ONLY_BACK(30) SEQ_CALL_ONLY_BACK(31) SEQ_CALL_ONLY_BACK(32) SEQ_CALL_ONLY_BACK(33)
  SEQ_CALL_ONLY_BACK(34) SEQ_CALL_ONLY_BACK(35) SEQ_CALL_ONLY_BACK(36) SEQ_CALL_ONLY_BACK(37) SEQ_CALL_ONLY_BACK(38) SEQ_CALL_ONLY_BACK(39) SEQ_CALL_ONLY_BACK(40) SEQ_CALL_ONLY_BACK(41)
  SEQ_CALL_ONLY_BACK(42) SEQ_CALL_ONLY_BACK(43) SEQ_CALL_ONLY_BACK(44) SEQ_CALL_ONLY_BACK(45) SEQ_CALL_ONLY_BACK(46) SEQ_CALL_ONLY_BACK(47) SEQ_CALL_ONLY_BACK(48) SEQ_CALL_ONLY_BACK(49)
  SEQ_CALL_ONLY_BACK(50) SEQ_CALL_ONLY_BACK(51) SEQ_CALL_ONLY_BACK(52) SEQ_CALL_ONLY_BACK(53) SEQ_CALL_ONLY_BACK(54) SEQ_CALL_ONLY_BACK(55) SEQ_CALL_ONLY_BACK(56) SEQ_CALL_ONLY_BACK(57)
  SEQ_CALL_ONLY_BACK(58) SEQ_CALL_ONLY_BACK(59) SEQ_CALL_ONLY_BACK(60) SEQ_CALL_ONLY_BACK(61) SEQ_CALL_ONLY_BACK(62) SEQ_CALL_ONLY_BACK(63) SEQ_CALL_ONLY_BACK(64) SEQ_CALL_ONLY_BACK(65)
  SEQ_CALL_ONLY_BACK(66) SEQ_CALL_ONLY_BACK(67) SEQ_CALL_ONLY_BACK(68) SEQ_CALL_ONLY_BACK(69) SEQ_CALL_ONLY_BACK(70) SEQ_CALL_ONLY_BACK(71) SEQ_CALL_ONLY_BACK(72) SEQ_CALL_ONLY_BACK(73)
  SEQ_CALL_ONLY_BACK(74) SEQ_CALL_ONLY_BACK(75) SEQ_CALL_ONLY_BACK(76) SEQ_CALL_ONLY_BACK(77) SEQ_CALL_ONLY_BACK(78) SEQ_CALL_ONLY_BACK(79) SEQ_CALL_ONLY_BACK(80) SEQ_CALL_ONLY_BACK(81)
  SEQ_CALL_ONLY_BACK(82) SEQ_CALL_ONLY_BACK(83) SEQ_CALL_ONLY_BACK(84) SEQ_CALL_ONLY_BACK(85) SEQ_CALL_ONLY_BACK(86) SEQ_CALL_ONLY_BACK(87) SEQ_CALL_ONLY_BACK(88) SEQ_CALL_ONLY_BACK(89)
  SEQ_CALL_ONLY_BACK(90) SEQ_CALL_ONLY_BACK(91) SEQ_CALL_ONLY_BACK(92) SEQ_CALL_ONLY_BACK(93) SEQ_CALL_ONLY_BACK(94) SEQ_CALL_ONLY_BACK(95) SEQ_CALL_ONLY_BACK(96)
#undef SEQ_CALL_ONLY_BACK

  // Remote calls. `mode` 0: push a CP; 1: deallocate pc[3] slots (tail call);
  // 2: tail call without a frame. A native's result returns at once.
op_call_ext:
  mode = 0;
  goto call_ext;
op_call_ext_last:
  mode = 1;
  goto call_ext;
op_call_ext_only:
  mode = 2;
call_ext: {
  const Export* e = EXPORT(pc[2]);
  const Word* next = pc + (mode == 1 ? 4 : 3);
  if (e->native) {
    SYNC_E();
    if (__builtin_expect(e->native_kind != NativeKind::kNormal, 0) && !p.on_dirty && !p.owns_registers()) {
      // A blocking builtin: this instruction runs again on a dirty thread.
      p.pc = pc;
      p.yield_live = e->arity;
      return RunStatus::kDirty;
    }
    p.pc = pc;  // where the process is, for process_info(self(), :current_function)
    NativeCall c{p};
    c.can_trap = true;
    Term r = e->native(c, x);
    if (r.is_none()) {
      if (c.trap_to) {
        // A trap: continue at its code as if the builtin had called it.
        if (mode == 0) PUSH_CP(next);
        if (mode == 1) SET_E(E + pc[3]);
        pc = c.trap_to;
        CHARGE(pc, c.trap_live);
        NEXT();
      }
      set_native_frame(p, e, x);
      goto raise_error;
    }
    x[0] = r;
    if (mode == 0) {
      pc = next;
      CHARGE(pc, 1);
      NEXT();
    }
    if (mode == 1) SET_E(E + pc[3]);
    pc = reinterpret_cast<const Word*>(*E);
  SET_E(E + 1);
    CHARGE(pc, 1);
    NEXT();
  }
  if (!e->address.load(std::memory_order_acquire) && !(autoload(e->module) && e->address.load(std::memory_order_acquire))) {
    SYNC_E();
    p.raise(atoms::error, atoms::undef);
    p.error.module = e->module;
    p.error.function = e->function;
    p.error.arity = e->arity;
    p.error.args = make_args_list(p, x, e->arity);
    tail_undefined = mode != 0;
    goto raise_error;
  }
  if (mode == 0) PUSH_CP(next);
  if (mode == 1) SET_E(E + pc[3]);
  pc = e->address.load(std::memory_order_acquire);
  CHARGE(pc, e->arity);
  NEXT();
}

op_apply:
  mode = 0;
  goto apply;
op_apply_last:
  mode = 1;
apply: {
  std::uint32_t arity = static_cast<std::uint32_t>(pc[1]);
  Term m = x[arity], f = x[arity + 1];
  if (!m.is_atom() || !f.is_atom()) {
    p.raise(atoms::error, atoms::badarg);
    goto raise_error;
  }
  apply_m = m;
  apply_f = f;
  apply_arity = arity;
  goto apply_mfa;
}
  // apply and apply_list of {M, F, args}: a call of M:F/apply_arity with
  // the arguments in x (the two share the operand layout "U" / "UU").
apply_mfa: {
  SYNC_E();
  bool last = mode == 1;
  Term m = apply_m, f = apply_f;
  std::uint32_t arity = apply_arity;
  const Export* e = find_export(m, f, arity);
  if ((!e || (!e->native && !e->address.load(std::memory_order_acquire))) && autoload(m)) e = find_export(m, f, arity);
  if (!e || (!e->native && !e->address.load(std::memory_order_acquire))) {
    p.raise(atoms::error, atoms::undef);
    p.error.module = m;
    p.error.function = f;
    p.error.arity = arity;
    p.error.args = make_args_list(p, x, arity);
    tail_undefined = last;
    goto raise_error;
  }
  const Word* next = pc + (last ? 3 : 2);
  if (e->native) {
    SYNC_E();
    NativeCall c{p};
    c.can_trap = true;
    Term r = e->native(c, x);
    if (r.is_none()) {
      if (c.trap_to) {
        if (last) SET_E(E + pc[2]);
        else PUSH_CP(next);
        pc = c.trap_to;
        CHARGE(pc, c.trap_live);
        NEXT();
      }
      set_native_frame(p, e, x);
      goto raise_error;
    }
    x[0] = r;
    if (!last) {
      pc = next;
      CHARGE(pc, 1);
      NEXT();
    }
    SET_E(E + pc[2]);
    pc = reinterpret_cast<const Word*>(*E);
  SET_E(E + 1);
    CHARGE(pc, 1);
    NEXT();
  }
  if (last) SET_E(E + pc[2]);
  else PUSH_CP(next);
  pc = e->address.load(std::memory_order_acquire);
  CHARGE(pc, arity);
  NEXT();
}

op_call_fun:
  mode = 0;
  goto call_fun;
op_call_fun_last:
  mode = 1;
call_fun: {
  SYNC_E();
  std::uint32_t arity = static_cast<std::uint32_t>(pc[1]);
  Term f = x[arity];
  if (!f.is_fun()) {
    p.raise(atoms::error, make_pair(p, atoms::badfun, f));
    goto raise_error;
  }
  const Word* fp = f.boxed_ptr();
  if ((fp[2] & kFunCallMask) != arity) {
    if ((fp[2] & kFunExternal) && (fp[2] & kFunArityMask) == arity) {
      // An external fun calls its {M, F, A} as apply/3 would.
      const Export* ext = reinterpret_cast<const Export*>(fp[1]);
      // &:erlang.apply/2,3 (apply is an instruction, not an export): the
      // call runs as apply_list, whose operands this call_fun's are.
      if (ext->module == atoms::erlang && ext->function == atoms::apply && (arity == 2 || arity == 3)) {
        apply_arity = arity;
        goto apply_list;
      }
      apply_m = ext->module;
      apply_f = ext->function;
      apply_arity = arity;
      goto apply_mfa;
    }
    if (fp[2] & kFunPurged) {  // its code was purged (vm/module.cpp), as BEAM's
      p.raise(atoms::error, make_pair(p, atoms::badfun, f));
      goto raise_error;
    }
    p.raise(atoms::error, make_pair(p, atoms::badarity, make_pair(p, f, make_args_list(p, x, arity))));
    goto raise_error;
  }
  // The captured variables follow the arguments (they replace the fun in x[arity]).
  std::size_t captured = Term::header_arity(fp[0]) - 2;
  for (std::size_t i = 0; i < captured; ++i) x[arity + i] = Term::from_raw(fp[3 + i]);
  if (mode == 0) {
    PUSH_CP(pc + 2);
  } else {
    SET_E(E + pc[2]);
  }
  pc = reinterpret_cast<const Word*>(fp[1]);
  CHARGE(pc, arity + static_cast<std::uint32_t>(captured));
  NEXT();
}

  // Guard-capable builtins of 0 to 3 operands (`mode`): self/0, node/0;
  // the one- and two-operand BIFs; binary_part/3.
op_bif0:
  mode = 0;
  goto bif;
op_bif1:
  mode = 1;
  goto bif;
op_bif2:
  mode = 2;
  goto bif;
op_bif3:
  mode = 3;
bif: {
  const std::size_t n = static_cast<std::size_t>(mode);
  const Export* e = EXPORT(pc[2]);
  Term args[3];
  for (std::size_t i = 0; i < n; ++i) args[i] = SRC(pc[3 + i]);
  Term r;
  if (e->native) {
    SYNC_E();
    NativeCall c{p};
    r = e->native(c, args);
  } else {
    r = p.raise(atoms::error, atoms::undef);
  }
  if (r.is_none()) {
    if (pc[1]) {
      pc = LABEL(pc[1]);
      NEXT();
    }
    set_native_frame(p, e, args);
    goto raise_error;
  }
  SET(pc[3 + n], r);
  pc += 4 + n;
  NEXT();
}

  // Arithmetic: a handler per operator, each with its small-integer fast
  // path inline; the general case (bignums, floats, errors) is shared.
#define ARITH(kind, fast)                                                  \
  {                                                                        \
    Term a = SRC(pc[2]), b = SRC(pc[3]);                                   \
    std::int64_t v;                                                        \
    if (a.is_small() && b.is_small() && (fast) && Term::small_fits(v)) {   \
      SET(pc[4], Term::small(v));                                          \
      pc += 5;                                                             \
      NEXT();                                                              \
    }                                                                      \
    arith_a = a;                                                           \
    arith_b = b;                                                           \
    mode = kind;                                                           \
    goto arith_general;                                                    \
  }
op_add:
  ARITH(0, (v = a.small_value() + b.small_value(), true))
op_sub:
  ARITH(1, (v = a.small_value() - b.small_value(), true))
op_mul:
  ARITH(2, !__builtin_mul_overflow(a.small_value(), b.small_value(), &v))
#undef ARITH
arith_general: {
  SYNC_E();
  Term a = arith_a, b = arith_b;
  // Floats (with a float or a small integer) inline: the result is boxed
  // on the process heap; an infinite result is badarith, below.
  bool a_float = a.is_float(), b_float = b.is_float();
  if ((a_float || b_float) && (a_float || a.is_small()) && (b_float || b.is_small())) {
    double fa = a_float ? a.float_value() : static_cast<double>(a.small_value());
    double fb = b_float ? b.float_value() : static_cast<double>(b.small_value());
    double d = mode == 0 ? fa + fb : mode == 1 ? fa - fb : fa * fb;
    if (std::isfinite(d)) {
      Word* f = alloc_(2);
      f[0] = Term::make_header(Subtag::FLOAT, 1);
      std::memcpy(f + 1, &d, sizeof d);
      SET(pc[4], Term::boxed(f));
      pc += 5;
      NEXT();
    }
  }
  Term r = mode == 0 ? num_add(p.heap(), a, b) : mode == 1 ? num_sub(p.heap(), a, b) : num_mul(p.heap(), a, b);
  if (r.is_none()) {
    if (pc[1]) {
      pc = LABEL(pc[1]);
      NEXT();
    }
    p.raise(atoms::error, atoms::badarith);
    Term args[2] = {a, b};
    set_native_frame(p, arith_export(mode), args);
    goto raise_error;
  }
  SET(pc[4], r);
  pc += 5;
  NEXT();
}

  // --- specialised forms (vm/specialize.def) ---------------------------------
  // Operands are known to be x registers (KX), y slots (KY) or literal small
  // integers (KC); anything the fast path does not cover goes to the
  // generic handler, whose operand words are the same.
#define KX(w) XREG(w)
#define KY(w) Term::from_raw(YREG(w))
#define KC(w) Term::from_raw(w)
#define SET_KX(w, v) (XREG(w) = (v))
#define SET_KY(w, v) (YREG(w) = (v).raw())
  // x0 (kind Z), the register of arguments and results: no operand to read.
#define KZ(w) x[0]
#define SET_KZ(w, v) (x[0] = (v))
#define TAGRES_KZ(t) ((t).raw() - Term::kSmallTag)
  // Two operands are small integers when both words minus the small tag
  // (3) have zero low four bits, tested at once: ((a - 3) | (b - 3)) & 15.
  // A KC is known to be small and adds nothing to the test.
#define TAGRES_KX(t) ((t).raw() - Term::kSmallTag)
#define TAGRES_KY(t) ((t).raw() - Term::kSmallTag)
#define TAGRES_KC(t) Word{0}
  // An untagged literal (kind U): 16n for the small integer n.
#define KU(w) Term::from_raw(w)
#define TAGRES_KU(t) Word{0}
  // The second operand of tagged + - *: its word minus the tag, and the
  // term itself again for the general case.
#define UNTAG_KX(t) (static_cast<std::int64_t>((t).raw()) - 3)
#define UNTAG_KY(t) (static_cast<std::int64_t>((t).raw()) - 3)
#define UNTAG_KZ(t) (static_cast<std::int64_t>((t).raw()) - 3)
#define UNTAG_KC(t) (static_cast<std::int64_t>((t).raw()) - 3)
#define UNTAG_KU(t) static_cast<std::int64_t>((t).raw())
#define TERM_KX(t) (t)
#define TERM_KY(t) (t)
#define TERM_KZ(t) (t)
#define TERM_KC(t) (t)
#define TERM_KU(t) Term::from_raw((t).raw() + Term::kSmallTag)
#define BOTH_SMALL(A, a, B, b) (((TAGRES_##A(a) | TAGRES_##B(b)) & Term::kImmedMask) == 0)
  // allocate N for small N: the slots are cleared with N stores.
#define SPEC_ALLOCATE(n)                                                   \
  op_allocate_##n: {                                                       \
    if (static_cast<std::size_t>(E - p.heap().top()) < (n)) goto op_allocate; \
    Word* e = E - (n);                                                     \
    SET_E(e);                                                              \
    for (int i = 0; i < (n); ++i) e[i] = Term::nil().raw();                \
    pc += 2;                                                               \
    NEXT();                                                                \
  }
  SPEC_ALLOCATE(1)
  SPEC_ALLOCATE(2)
  SPEC_ALLOCATE(3)
  SPEC_ALLOCATE(4)
  SPEC_ALLOCATE(5)
#undef SPEC_ALLOCATE
  // Fused: allocate N, then the move of an argument into the new frame.
#define FUSE_ALLOCATE_MOVE(n, src)                                         \
  op_allocate_##n##_move_##src##y: {                                       \
    if (static_cast<std::size_t>(E - p.heap().top()) < (n)) goto op_allocate; \
    Word* e = E - (n);                                                     \
    SET_E(e);                                                              \
    for (int i = 0; i < (n); ++i) e[i] = Term::nil().raw();                \
    pc += 2;                                                               \
    goto op_move_##src##y;                                                 \
  }
  FUSE_ALLOCATE_MOVE(1, x)
  FUSE_ALLOCATE_MOVE(2, x)
  FUSE_ALLOCATE_MOVE(3, x)
  FUSE_ALLOCATE_MOVE(4, x)
  FUSE_ALLOCATE_MOVE(5, x)
  FUSE_ALLOCATE_MOVE(1, z)
  FUSE_ALLOCATE_MOVE(2, z)
  FUSE_ALLOCATE_MOVE(3, z)
  FUSE_ALLOCATE_MOVE(4, z)
  FUSE_ALLOCATE_MOVE(5, z)
#undef FUSE_ALLOCATE_MOVE
  // allocate N, then `move xi yi` for i < K: the arguments saved into the
  // new frame at once (the moves' operand words are skipped, not read).
#define SEQ_ALLOCATE_SAVE(n, k)                                             \
  op_allocate_save_##n##_##k: {                                            \
    if (static_cast<std::size_t>(E - p.heap().top()) < (n)) goto op_allocate; \
    Word* e = E - (n);                                                     \
    SET_E(e);                                                              \
    for (int i = 0; i < (k); ++i) e[i] = x[i].raw();                       \
    for (int i = (k); i < (n); ++i) e[i] = Term::nil().raw();              \
    pc += 2 + 3 * (k);                                                     \
    NEXT();                                                                \
  }
  SEQ_ALLOCATE_SAVE(2, 2)
  SEQ_ALLOCATE_SAVE(3, 2)
  SEQ_ALLOCATE_SAVE(3, 3)
  SEQ_ALLOCATE_SAVE(4, 2)
  SEQ_ALLOCATE_SAVE(4, 3)
  SEQ_ALLOCATE_SAVE(4, 4)
  SEQ_ALLOCATE_SAVE(5, 2)
  SEQ_ALLOCATE_SAVE(5, 3)
  SEQ_ALLOCATE_SAVE(5, 4)
  SEQ_ALLOCATE_SAVE(5, 5)
#undef SEQ_ALLOCATE_SAVE
#define SPEC_MOVE(name, A, SET_D) \
  op_##name:                      \
  SET_D(pc[2], A(pc[1]));         \
  pc += 3;                        \
  NEXT();
  SPEC_MOVE(move_xx, KX, SET_KX)
  SPEC_MOVE(move_xy, KX, SET_KY)
  SPEC_MOVE(move_yx, KY, SET_KX)
  SPEC_MOVE(move_yy, KY, SET_KY)
  SPEC_MOVE(move_zx, KZ, SET_KX)
  SPEC_MOVE(move_zy, KZ, SET_KY)
  SPEC_MOVE(move_xz, KX, SET_KZ)
  SPEC_MOVE(move_yz, KY, SET_KZ)
#undef SPEC_MOVE
  // Fused pairs: two moves, or a move and the call or return after it.
#define FUSE_MOVES(A1, S1, A2, S2) \
  S1(pc[2], A1(pc[1]));            \
  S2(pc[5], A2(pc[4]));            \
  pc += 6;                         \
  NEXT();
  op_move_xx_move_xx: FUSE_MOVES(KX, SET_KX, KX, SET_KX)
  op_move_xx_move_xy: FUSE_MOVES(KX, SET_KX, KX, SET_KY)
  op_move_xx_move_yx: FUSE_MOVES(KX, SET_KX, KY, SET_KX)
  op_move_xx_move_yy: FUSE_MOVES(KX, SET_KX, KY, SET_KY)
  op_move_xy_move_xx: FUSE_MOVES(KX, SET_KY, KX, SET_KX)
  op_move_xy_move_xy: FUSE_MOVES(KX, SET_KY, KX, SET_KY)
  op_move_xy_move_yx: FUSE_MOVES(KX, SET_KY, KY, SET_KX)
  op_move_xy_move_yy: FUSE_MOVES(KX, SET_KY, KY, SET_KY)
  op_move_yx_move_xx: FUSE_MOVES(KY, SET_KX, KX, SET_KX)
  op_move_yx_move_xy: FUSE_MOVES(KY, SET_KX, KX, SET_KY)
  op_move_yx_move_yx: FUSE_MOVES(KY, SET_KX, KY, SET_KX)
  op_move_yx_move_yy: FUSE_MOVES(KY, SET_KX, KY, SET_KY)
  op_move_yy_move_xx: FUSE_MOVES(KY, SET_KY, KX, SET_KX)
  op_move_yy_move_xy: FUSE_MOVES(KY, SET_KY, KX, SET_KY)
  op_move_yy_move_yx: FUSE_MOVES(KY, SET_KY, KY, SET_KX)
  op_move_yy_move_yy: FUSE_MOVES(KY, SET_KY, KY, SET_KY)
#undef FUSE_MOVES
#define FUSE_MOVE_THEN(name, A, next) \
  op_##name:                          \
  SET_KX(pc[2], A(pc[1]));            \
  pc += 3;                            \
  goto op_##next;
  FUSE_MOVE_THEN(move_xx_call, KX, call)
  FUSE_MOVE_THEN(move_xx_call_last, KX, call_last)
  FUSE_MOVE_THEN(move_xx_call_only, KX, call_only)
  FUSE_MOVE_THEN(move_xx_return_, KX, return_)
  FUSE_MOVE_THEN(move_xx_deallocate_return, KX, deallocate_return)
  FUSE_MOVE_THEN(move_yx_call, KY, call)
  FUSE_MOVE_THEN(move_yx_call_last, KY, call_last)
  FUSE_MOVE_THEN(move_yx_call_only, KY, call_only)
  FUSE_MOVE_THEN(move_yx_return_, KY, return_)
  FUSE_MOVE_THEN(move_yx_deallocate_return, KY, deallocate_return)
#undef FUSE_MOVE_THEN
  // Small integers keep their order in their tagged words.
  // A test fused with the instruction it falls through to.
#define SPEC_CMP_THEN(name, A, B, rel, generic, width, next)                                         \
  op_##name: {                                                                             \
    Term a = A(pc[2]), b = B(pc[3]);                                                       \
    if (BOTH_SMALL(A, a, B, b)) {                                                          \
      if (static_cast<std::int64_t>(a.raw()) rel static_cast<std::int64_t>(b.raw())) {    \
        pc += (width);                                                                     \
        goto op_##next;                                                                    \
      }                                                                                    \
      pc = LABEL(pc[1]);                                                                   \
      NEXT();                                                                              \
    }                                                                                      \
    goto op_##generic;                                                                     \
  }
  SPEC_CMP_THEN(is_lt_zc_return_, KZ, KC, <, is_lt, 4, return_)
#undef SPEC_CMP_THEN
#define SPEC_CMP(name, A, B, rel, generic)                                                 \
  op_##name: {                                                                             \
    Term a = A(pc[2]), b = B(pc[3]);                                                       \
    if (BOTH_SMALL(A, a, B, b))                                                            \
      TEST(static_cast<std::int64_t>(a.raw()) rel static_cast<std::int64_t>(b.raw()), 4); \
    goto op_##generic;                                                                     \
  }
  SPEC_CMP(is_lt_xx, KX, KX, <, is_lt)
  SPEC_CMP(is_lt_xc, KX, KC, <, is_lt)
  SPEC_CMP(is_lt_cx, KC, KX, <, is_lt)
  SPEC_CMP(is_lt_xy, KX, KY, <, is_lt)
  SPEC_CMP(is_lt_yx, KY, KX, <, is_lt)
  SPEC_CMP(is_lt_yy, KY, KY, <, is_lt)
  SPEC_CMP(is_lt_yc, KY, KC, <, is_lt)
  SPEC_CMP(is_lt_cy, KC, KY, <, is_lt)
  SPEC_CMP(is_ge_xx, KX, KX, >=, is_ge)
  SPEC_CMP(is_lt_zc, KZ, KC, <, is_lt)
  SPEC_CMP(is_lt_zx, KZ, KX, <, is_lt)
  SPEC_CMP(is_lt_xz, KX, KZ, <, is_lt)
  SPEC_CMP(is_ge_zc, KZ, KC, >=, is_ge)
  SPEC_CMP(is_ge_zx, KZ, KX, >=, is_ge)
  SPEC_CMP(is_ge_xz, KX, KZ, >=, is_ge)
  SPEC_CMP(is_ge_xc, KX, KC, >=, is_ge)
  SPEC_CMP(is_ge_cx, KC, KX, >=, is_ge)
  SPEC_CMP(is_ge_xy, KX, KY, >=, is_ge)
  SPEC_CMP(is_ge_yx, KY, KX, >=, is_ge)
  SPEC_CMP(is_ge_yy, KY, KY, >=, is_ge)
  SPEC_CMP(is_ge_yc, KY, KC, >=, is_ge)
  SPEC_CMP(is_ge_cy, KC, KY, >=, is_ge)
#undef SPEC_CMP
  // Type tests and the data-structure moves, on x registers and y slots.
  op_is_tuple_arity_x: {
    Term t = KX(pc[2]);
    TEST(t.is_tuple() && t.tuple_arity() == pc[3], 4);
  }
  op_is_tuple_arity_y: {
    Term t = KY(pc[2]);
    TEST(t.is_tuple() && t.tuple_arity() == pc[3], 4);
  }
  op_is_nonempty_list_x:
  TEST(KX(pc[2]).is_cons(), 3);
  op_is_nil_x:
  TEST(KX(pc[2]).is_nil(), 3);
#define SPEC_GET_TUPLE_ELEMENT(name, A, SET_D) \
  op_##name:                                   \
  SET_D(pc[3], A(pc[1]).element(pc[2]));       \
  pc += 4;                                     \
  NEXT();
  SPEC_GET_TUPLE_ELEMENT(get_tuple_element_xx, KX, SET_KX)
  SPEC_GET_TUPLE_ELEMENT(get_tuple_element_xy, KX, SET_KY)
  SPEC_GET_TUPLE_ELEMENT(get_tuple_element_yx, KY, SET_KX)
#undef SPEC_GET_TUPLE_ELEMENT
#define SPEC_GET_LIST(name, A, SET_H, SET_T) \
  op_##name: {                               \
    Term l = A(pc[1]);                       \
    SET_H(pc[2], l.head());                  \
    SET_T(pc[3], l.tail());                  \
    pc += 4;                                 \
    NEXT();                                  \
  }
  SPEC_GET_LIST(get_list_xxx, KX, SET_KX, SET_KX)
  SPEC_GET_LIST(get_list_xxy, KX, SET_KX, SET_KY)
  SPEC_GET_LIST(get_list_xyx, KX, SET_KY, SET_KX)
  SPEC_GET_LIST(get_list_xyy, KX, SET_KY, SET_KY)
  SPEC_GET_LIST(get_list_yxx, KY, SET_KX, SET_KX)
#undef SPEC_GET_LIST
#define SPEC_PUT_LIST(name, A, B)    \
  op_##name: {                       \
    Word* c = alloc_(2);            \
    c[0] = A(pc[1]).raw();           \
    c[1] = B(pc[2]).raw();           \
    SET_KX(pc[3], Term::list(c));    \
    pc += 4;                         \
    NEXT();                          \
  }
  SPEC_PUT_LIST(put_list_xxx, KX, KX)
  SPEC_PUT_LIST(put_list_xyx, KX, KY)
  SPEC_PUT_LIST(put_list_yxx, KY, KX)
  SPEC_PUT_LIST(put_list_yyx, KY, KY)
  SPEC_PUT_LIST(put_list_xkx, KX, KC)
  SPEC_PUT_LIST(put_list_ykx, KY, KC)
  SPEC_PUT_LIST(put_list_kxx, KC, KX)
#undef SPEC_PUT_LIST
  // =:= against an immediate literal: the words are equal or the terms differ.
  op_is_eq_exact_xk:
  TEST(KX(pc[2]).raw() == pc[3], 4);
  op_is_eq_exact_yk:
  TEST(YREG(pc[2]) == pc[3], 4);
  op_is_ne_exact_xk:
  TEST(KX(pc[2]).raw() != pc[3], 4);
  op_is_ne_exact_yk:
  TEST(YREG(pc[2]) != pc[3], 4);
  // Tagged arithmetic: with t = 16v + 3, ta + (tb - 3) = 16(va + vb) + 3, and
  // the 64-bit operation overflows exactly when va + vb leaves the small
  // integer range (likewise for -).
#define ARITH_MODE_add 0
#define ARITH_MODE_sub 1
#define SPEC_ARITH(name, A, B, SET_D, overflow, generic) \
  SPEC_ARITH_THEN(name, A, B, SET_D, overflow, generic, NEXT())
  // An arithmetic instruction fused with the one after it (`then` goes
  // there); the general case dispatches to that one's own handler.
#define SPEC_ARITH_THEN(name, A, B, SET_D, overflow, generic, then)                              \
  op_##name: {                                                                                  \
    Term a = A(pc[2]), b = B(pc[3]);                                                            \
    std::int64_t r;                                                                             \
    if (BOTH_SMALL(A, a, B, b) &&                                                               \
        !overflow(static_cast<std::int64_t>(a.raw()), UNTAG_##B(b), &r)) {                     \
      SET_D(pc[4], Term::from_raw(static_cast<Word>(r)));                                      \
      pc += 5;                                                                                  \
      then;                                                                                     \
    }                                                                                           \
    arith_a = a;                                                                                \
    arith_b = TERM_##B(b);                                                                          \
    mode = ARITH_MODE_##generic;                                                                \
    goto arith_general;                                                                          \
  }
  SPEC_ARITH(add_xxx, KX, KX, SET_KX, __builtin_add_overflow, add)
  SPEC_ARITH(add_xzx, KX, KZ, SET_KX, __builtin_add_overflow, add)
  SPEC_ARITH(add_zxx, KZ, KX, SET_KX, __builtin_add_overflow, add)
  SPEC_ARITH_THEN(sub_ycz_call, KY, KU, SET_KZ, __builtin_sub_overflow, sub, goto op_call)
  SPEC_ARITH_THEN(sub_zcz_call, KZ, KU, SET_KZ, __builtin_sub_overflow, sub, goto op_call)
  SPEC_ARITH_THEN(add_zcz_call_only, KZ, KU, SET_KZ, __builtin_add_overflow, add, goto op_call_only)
  SPEC_ARITH_THEN(add_yzz_deallocate_return, KY, KZ, SET_KZ, __builtin_add_overflow, add, goto op_deallocate_return)
  SPEC_ARITH(add_zcz, KZ, KU, SET_KZ, __builtin_add_overflow, add)
  SPEC_ARITH(add_ycz, KY, KU, SET_KZ, __builtin_add_overflow, add)
  SPEC_ARITH(add_xcz, KX, KU, SET_KZ, __builtin_add_overflow, add)
  SPEC_ARITH(add_yzz, KY, KZ, SET_KZ, __builtin_add_overflow, add)
  SPEC_ARITH(add_zyz, KZ, KY, SET_KZ, __builtin_add_overflow, add)
  SPEC_ARITH(add_zxz, KZ, KX, SET_KZ, __builtin_add_overflow, add)
  SPEC_ARITH(add_xzz, KX, KZ, SET_KZ, __builtin_add_overflow, add)
  SPEC_ARITH(sub_zcz, KZ, KU, SET_KZ, __builtin_sub_overflow, sub)
  SPEC_ARITH(sub_ycz, KY, KU, SET_KZ, __builtin_sub_overflow, sub)
  SPEC_ARITH(sub_xcz, KX, KU, SET_KZ, __builtin_sub_overflow, sub)
  SPEC_ARITH(sub_yzz, KY, KZ, SET_KZ, __builtin_sub_overflow, sub)
  SPEC_ARITH(sub_zyz, KZ, KY, SET_KZ, __builtin_sub_overflow, sub)
  SPEC_ARITH(add_xcx, KX, KU, SET_KX, __builtin_add_overflow, add)
  SPEC_ARITH(add_xyx, KX, KY, SET_KX, __builtin_add_overflow, add)
  SPEC_ARITH(add_yxx, KY, KX, SET_KX, __builtin_add_overflow, add)
  SPEC_ARITH(add_ycx, KY, KU, SET_KX, __builtin_add_overflow, add)
  SPEC_ARITH(add_yyx, KY, KY, SET_KX, __builtin_add_overflow, add)
  SPEC_ARITH(add_xxy, KX, KX, SET_KY, __builtin_add_overflow, add)
  SPEC_ARITH(add_xcy, KX, KU, SET_KY, __builtin_add_overflow, add)
  SPEC_ARITH(add_ycy, KY, KU, SET_KY, __builtin_add_overflow, add)
  SPEC_ARITH(add_cxx, KC, KX, SET_KX, __builtin_add_overflow, add)
  SPEC_ARITH(add_cxy, KC, KX, SET_KY, __builtin_add_overflow, add)
  SPEC_ARITH(add_cyx, KC, KY, SET_KX, __builtin_add_overflow, add)
  SPEC_ARITH(add_xyy, KX, KY, SET_KY, __builtin_add_overflow, add)
  SPEC_ARITH(add_yxy, KY, KX, SET_KY, __builtin_add_overflow, add)
  SPEC_ARITH(add_yyy, KY, KY, SET_KY, __builtin_add_overflow, add)
  SPEC_ARITH(sub_xxx, KX, KX, SET_KX, __builtin_sub_overflow, sub)
  SPEC_ARITH(sub_xcx, KX, KU, SET_KX, __builtin_sub_overflow, sub)
  SPEC_ARITH(sub_xyx, KX, KY, SET_KX, __builtin_sub_overflow, sub)
  SPEC_ARITH(sub_yxx, KY, KX, SET_KX, __builtin_sub_overflow, sub)
  SPEC_ARITH(sub_ycx, KY, KU, SET_KX, __builtin_sub_overflow, sub)
  SPEC_ARITH(sub_yyx, KY, KY, SET_KX, __builtin_sub_overflow, sub)
  SPEC_ARITH(sub_xxy, KX, KX, SET_KY, __builtin_sub_overflow, sub)
  SPEC_ARITH(sub_xcy, KX, KU, SET_KY, __builtin_sub_overflow, sub)
  SPEC_ARITH(sub_ycy, KY, KU, SET_KY, __builtin_sub_overflow, sub)
  // Tagged multiplication: (16a + 3) -> a, times (16b + 3) - 3 = 16b, gives
  // 16ab without overflow exactly when ab is a small integer; + 3 tags it.
#define SPEC_MUL(name, A, B, SET_D)                                                        \
  op_##name: {                                                                             \
    Term a = A(pc[2]), b = B(pc[3]);                                                       \
    std::int64_t r;                                                                        \
    if (BOTH_SMALL(A, a, B, b) &&                                                          \
        !__builtin_mul_overflow(a.small_value(), UNTAG_##B(b), &r)) {                      \
      SET_D(pc[4], Term::from_raw(static_cast<Word>(r) + Term::kSmallTag));               \
      pc += 5;                                                                             \
      NEXT();                                                                              \
    }                                                                                      \
    arith_a = a;                                                                           \
    arith_b = TERM_##B(b);                                                                     \
    mode = 2;                                                                              \
    goto arith_general;                                                                    \
  }
  SPEC_MUL(mul_xxx, KX, KX, SET_KX)
  SPEC_MUL(mul_xyx, KX, KY, SET_KX)
  SPEC_MUL(mul_yxx, KY, KX, SET_KX)
  SPEC_MUL(mul_yyx, KY, KY, SET_KX)
  SPEC_MUL(mul_xcx, KX, KU, SET_KX)
  SPEC_MUL(mul_ycx, KY, KU, SET_KX)
  SPEC_MUL(mul_xxy, KX, KX, SET_KY)
  SPEC_MUL(mul_xyy, KX, KY, SET_KY)
  SPEC_MUL(mul_yxy, KY, KX, SET_KY)
  SPEC_MUL(mul_yyy, KY, KY, SET_KY)
#undef SPEC_MUL
#undef SPEC_ARITH
#undef ARITH_MODE_add
#undef ARITH_MODE_sub
#undef KX
#undef KY
#undef KC
#undef SET_KX
#undef SET_KY
#undef KZ
#undef SET_KZ
#undef TAGRES_KZ
#undef TAGRES_KX
#undef TAGRES_KY
#undef TAGRES_KC
#undef KU
#undef TAGRES_KU
#undef UNTAG_KX
#undef UNTAG_KY
#undef UNTAG_KZ
#undef UNTAG_KC
#undef UNTAG_KU
#undef TERM_KX
#undef TERM_KY
#undef TERM_KZ
#undef TERM_KC
#undef TERM_KU
#undef BOTH_SMALL

op_is_lt: {
  Term a = SRC(pc[2]), b = SRC(pc[3]);
  TEST(a.is_small() && b.is_small() ? a.small_value() < b.small_value() : compare_terms(a, b) < 0, 4);
}
op_is_ge: {
  Term a = SRC(pc[2]), b = SRC(pc[3]);
  TEST(a.is_small() && b.is_small() ? a.small_value() >= b.small_value() : compare_terms(a, b) >= 0, 4);
}
op_is_eq:
  TEST(compare_terms(SRC(pc[2]), SRC(pc[3])) == 0, 4);
op_is_ne:
  TEST(compare_terms(SRC(pc[2]), SRC(pc[3])) != 0, 4);
op_is_eq_exact: {
  Term a = SRC(pc[2]), b = SRC(pc[3]);
  TEST(a == b || exact_equal(a, b), 4);
}
op_is_ne_exact: {
  Term a = SRC(pc[2]), b = SRC(pc[3]);
  TEST(!(a == b || exact_equal(a, b)), 4);
}
op_is_integer:
  TEST(SRC(pc[2]).is_integer(), 3);
op_is_float:
  TEST(SRC(pc[2]).is_float(), 3);
op_is_number:
  TEST(SRC(pc[2]).is_number(), 3);
op_is_atom:
  TEST(SRC(pc[2]).is_atom(), 3);
op_is_boolean: {
  Term t = SRC(pc[2]);
  TEST(t == atoms::true_ || t == atoms::false_, 3);
}
op_is_binary:
  TEST(SRC(pc[2]).is_binary(), 3);
op_is_bitstring:
  TEST(SRC(pc[2]).is_bitstring(), 3);
op_is_list:
  TEST(SRC(pc[2]).is_list(), 3);
op_is_nonempty_list:
  TEST(SRC(pc[2]).is_cons(), 3);
op_is_nil:
  TEST(SRC(pc[2]).is_nil(), 3);
op_is_tuple:
  TEST(SRC(pc[2]).is_tuple(), 3);
op_is_tuple_arity: {
  Term t = SRC(pc[2]);
  TEST(t.is_tuple() && t.tuple_arity() == pc[3], 4);
}
op_is_function:
  TEST(SRC(pc[2]).is_fun(), 3);
op_is_pid:
  TEST(SRC(pc[2]).is_pid(), 3);
op_is_map:
  TEST(SRC(pc[2]).is_map(), 3);
op_is_reference:
  TEST(SRC(pc[2]).is_ref(), 3);
op_get_map_elem: {
  SYNC_E();
  Term v = map_get(SRC(pc[2]), SRC(pc[3]));
  if (v.is_none()) {
    pc = LABEL(pc[1]);
    NEXT();
  }
  SET(pc[4], v);
  pc += 5;
  NEXT();
}
op_jump:
  pc = LABEL(pc[1]);
  NEXT();

op_get_list: {
  Term l = SRC(pc[1]);
  SET(pc[2], l.head());
  SET(pc[3], l.tail());
  pc += 4;
  NEXT();
}

op_get_tuple_element:
  SET(pc[3], SRC(pc[1]).element(pc[2]));
  pc += 4;
  NEXT();

op_put_list: {
  Word* c = alloc_(2);
  c[0] = SRC(pc[1]).raw();
  c[1] = SRC(pc[2]).raw();
  SET(pc[3], Term::list(c));
  pc += 4;
  NEXT();
}

op_put_tuple: {
  std::size_t n = pc[2];
  Word* t = alloc_(1 + n);
  t[0] = Term::make_header(Subtag::TUPLE, n);
  for (std::size_t i = 0; i < n; ++i) t[1 + i] = SRC(pc[3 + i]).raw();
  SET(pc[1], Term::boxed(t));
  pc += 3 + n;
  NEXT();
}

op_make_fun: {
  // A closure: word 1 the code it runs, word 2 its arity, then the captures.
  std::size_t n = pc[4];
  Word* f = alloc_(3 + n);
  f[0] = Term::make_header(Subtag::FUN, 2 + n);
  f[1] = pc[2];
  f[2] = fun_word2(static_cast<std::uint32_t>(pc[3]), p.pid);
  for (std::size_t i = 0; i < n; ++i) f[3 + i] = SRC(pc[5 + i]).raw();
  SET(pc[1], Term::boxed(f));
  pc += 5 + n;
  NEXT();
}

op_make_ext_fun: {
  // &M.f/A: an external fun of the export entry.
  Word* f = alloc_(3);
  f[0] = Term::make_header(Subtag::FUN, 2);
  f[1] = pc[2];
  f[2] = kFunExternal | reinterpret_cast<const Export*>(pc[2])->arity;
  SET(pc[1], Term::boxed(f));
  pc += 3;
  NEXT();
}

op_bs_concat: {
  SYNC_E();
  std::size_t n = pc[2];
  std::size_t size = 0;
  for (std::size_t i = 0; i < n; ++i) {
    Term s = SRC(pc[3 + i]);
    if (!s.is_binary()) {
      p.raise(atoms::error, atoms::badarg);
      p.error.arg_detail = message(s.is_bitstring() ? Msg::binary_segment_unit : Msg::binary_segment, i + 1, inspect(s));
      goto raise_error;
    }
    size += s.binary_size();
  }
  // acc <> x: a large first binary is extended in place when nothing was
  // appended to it yet; otherwise the result gets room to grow, so a loop
  // of appends copies its bytes O(log n) times, not n (as BEAM does).
  char* data;
  Term first = n >= 2 ? SRC(pc[3]) : Term::nil();
  std::size_t skip = 0;
  Term bin = n >= 2 ? try_append_in_place(p.heap(), first, size - first.binary_size(), &data) : Term::none();
  if (!bin.is_none()) {
    skip = 1;
  } else if (n >= 2 && size > kHeapBinaryMax && first.binary_size() > 0) {
    bin = make_binary_with_capacity(p.heap(), size, 2 * size, &data);
  } else {
    bin = make_binary_uninit(p.heap(), size, &data);
  }
  for (std::size_t i = skip; i < n; ++i) {
    Term s = SRC(pc[3 + i]);
    if (s.binary_size()) std::memcpy(data, s.binary_data(), s.binary_size());
    data += s.binary_size();
  }
  SET(pc[1], bin);
  pc += 3 + n;
  NEXT();
}

op_bs_build: {
  SYNC_E();
  Term bin = bs_build(p, pc);
  if (bin.is_none()) goto raise_error;
  SET(pc[1], bin);
  pc += 3 + pc[2];
  NEXT();
}

  // Binary matching (vm/interp_binary.cpp): each returns the next pc, or
  // null for no match.
#define BS_MATCH(name)                      \
  op_##name: {                              \
    SYNC_E();                               \
    const Word* next = name(p, pc);         \
    pc = next ? next : LABEL(pc[1]);        \
    NEXT();                                 \
  }
BS_MATCH(bs_start_match)
BS_MATCH(bs_get_integer)
BS_MATCH(bs_get_float)
BS_MATCH(bs_get_binary)
BS_MATCH(bs_get_utf)
BS_MATCH(bs_skip_bits)
BS_MATCH(bs_match_string)
BS_MATCH(bs_test_tail)
#undef BS_MATCH

op_badmatch:
  SYNC_E();
  p.raise(atoms::error, make_pair(p, atoms::badmatch, SRC(pc[1])));
  goto raise_error;

op_case_end:
  SYNC_E();
  p.raise(atoms::error, make_pair(p, atoms::case_clause, SRC(pc[1])));
  goto raise_error;

op_func_clause: {
  SYNC_E();
  std::uint32_t arity = static_cast<std::uint32_t>(pc[3]);
  p.raise(atoms::error, atoms::function_clause);
  p.error.module = Term::from_raw(pc[1]);
  p.error.function = Term::from_raw(pc[2]);
  p.error.arity = arity;
  p.error.args = make_args_list(p, x, arity);
  goto raise_error;
}

op_halt:
  SYNC_E();
  p.pc = pc;
  return RunStatus::kDone;

op_try_: {
  Word slot = pc[1];
  YREG(slot) = reinterpret_cast<Word>(pc) | kCatchBit;
  pc += 3;
  NEXT();
}

op_try_end:
  YREG(pc[1]) = Term::nil().raw();
  pc += 2;
  NEXT();

op_try_case:
  SYNC_E();
  YREG(pc[1]) = Term::nil().raw();
  x[0] = p.error.kind;
  x[1] = p.error.reason;
  x[2] = Term::nil();  // stack traces as terms arrive later
  pc += 2;
  NEXT();

op_raise_again: {
  SYNC_E();
  Term kind = SRC(pc[1]), reason = SRC(pc[2]);
  // Keep the recorded frame when re-raising what is still the current error.
  if (!(p.error.kind == kind && p.error.reason == reason)) p.raise(kind, reason);
  goto raise_error;
}

// --- switches (decision trees): J tables are (value, label) pairs sorted
// by raw word; short tables are scanned, long ones searched by halves.
op_select_val:
  mode = 0;
  goto select_common;
op_select_tuple_arity:
  mode = 1;
  goto select_common;
select_common: {
  Term s = SRC(pc[1]);
  Word key;
  if (mode == 0) {
    key = s.raw();
  } else {
    if (!s.is_tuple()) {
      pc = LABEL(pc[2]);
      NEXT();
    }
    key = Term::small(static_cast<std::int64_t>(s.tuple_arity())).raw();
  }
  Word n = pc[3];
  const Word* table = pc + 4;
  if (n <= 8) {
    for (Word i = 0; i < n; ++i)
      if (table[2 * i] == key) {
        pc = LABEL(table[2 * i + 1]);
        NEXT();
      }
  } else {
    Word lo = 0, hi = n;
    while (lo < hi) {
      Word mid = lo + (hi - lo) / 2;
      Word v = table[2 * mid];
      if (v == key) {
        pc = LABEL(table[2 * mid + 1]);
        NEXT();
      }
      if (v < key) lo = mid + 1;
      else hi = mid;
    }
  }
  pc = LABEL(pc[2]);
  NEXT();
}
op_select_list: {
  Term s = SRC(pc[1]);
  pc = LABEL(s.is_cons() ? pc[4] : s.is_nil() ? pc[3] : pc[2]);
  NEXT();
}

  // apply/2 and apply/3 (Kernel, :erlang): the argument list x[U-1] is
  // unpacked into x[0..n-1], then the call goes on as call_fun (U = 2, the
  // fun in x[0]) or apply (U = 3, module and function in x[0], x[1]) would.
op_apply_list:
  mode = 0;
  apply_arity = static_cast<std::uint32_t>(pc[1]);
  goto apply_list;
op_apply_list_last:
  mode = 1;
  apply_arity = static_cast<std::uint32_t>(pc[1]);
apply_list: {
  // apply_arity: 2 (a fun and its arguments) or 3 (module, function and
  // arguments).
  SYNC_E();
  bool last = mode == 1;
  bool mfa = apply_arity == 3;
  Term callee = x[0], fname = mfa ? x[1] : Term::nil();
  Term list = x[mfa ? 2 : 1];
  std::uint32_t n = 0;
  Term l = list;
  for (; l.is_cons() && n < kMaxXRegs - 2; l = l.tail()) ++n;
  if (!l.is_nil()) {
    Term apply_atom = intern_atom("apply");
    p.raise(atoms::error, l.is_cons() ? atoms::system_limit : atoms::badarg);
    p.error.module = atoms::erlang;
    p.error.function = apply_atom;
    p.error.arity = mfa ? 3 : 2;
    p.error.args = make_args_list(p, x, mfa ? 3 : 2);
    if (mfa && !l.is_cons()) {
      p.error.arg_index = 3;
      p.error.arg_detail = list.is_list() ? "not a proper list" : "not a list";
    }
    goto raise_error;
  }
  if (mfa && (!callee.is_atom() || !fname.is_atom())) {
    p.raise(atoms::error, atoms::badarg);
    p.error.module = atoms::erlang;
    p.error.function = intern_atom("apply");
    p.error.arity = 3;
    p.error.args = make_args_list(p, x, 3);
    p.error.arg_index = callee.is_atom() ? 2 : 1;
    p.error.arg_detail = "not an atom";
    goto raise_error;
  }
  if (!mfa) {
    if (!callee.is_fun()) {
      p.raise(atoms::error, make_pair(p, atoms::badfun, callee));
      goto raise_error;
    }
    const Word* fp = callee.boxed_ptr();
    if ((fp[2] & kFunCallMask) != n) {
      if ((fp[2] & kFunExternal) && (fp[2] & kFunArityMask) == n) {
        const Export* ext = reinterpret_cast<const Export*>(fp[1]);
        l = list;
        for (std::uint32_t i = 0; i < n; ++i, l = l.tail()) x[i] = l.head();
        if (ext->module == atoms::erlang && ext->function == atoms::apply && (n == 2 || n == 3)) {
          apply_arity = n;
          goto apply_list;
        }
        apply_m = ext->module;
        apply_f = ext->function;
        apply_arity = n;
        goto apply_mfa;
      }
      if (fp[2] & kFunPurged) {
        p.raise(atoms::error, make_pair(p, atoms::badfun, callee));
        goto raise_error;
      }
      p.raise(atoms::error, make_pair(p, atoms::badarity, make_pair(p, callee, list)));
      goto raise_error;
    }
    l = list;
    for (std::uint32_t i = 0; i < n; ++i, l = l.tail()) x[i] = l.head();
    std::size_t captured = Term::header_arity(fp[0]) - 2;
    for (std::size_t i = 0; i < captured; ++i) x[n + i] = Term::from_raw(fp[3 + i]);
    if (last) SET_E(E + pc[2]);
    else PUSH_CP(pc + 2);
    pc = reinterpret_cast<const Word*>(fp[1]);
    CHARGE(pc, n + static_cast<std::uint32_t>(captured));
    NEXT();
  }
  l = list;
  for (std::uint32_t i = 0; i < n; ++i, l = l.tail()) x[i] = l.head();
  apply_m = callee;
  apply_f = fname;
  apply_arity = n;
  goto apply_mfa;
}

  // --- receive (docs/processes.md) ---
op_loop_rec: {
  Signal* m = p.message_at_save();
  if (!m) {
    if (p.take_in()) {
      // Exit, link and monitor signals arrived: the scheduler acts on them
      // first, then this instruction runs again.
      SYNC_E();
      p.pc = pc;
      p.yield_live = 0;
      return RunStatus::kYield;
    }
    m = p.message_at_save();
    if (!m) {
      pc = LABEL(pc[1]);
      NEXT();
    }
  }
  SET(pc[2], m->payload);
  pc += 3;
  NEXT();
}

op_remove_message:
  p.remove_message();
  pc += 1;
  NEXT();

op_loop_rec_end:
  p.advance_save();
  pc = LABEL(pc[1]);
  NEXT();

op_wait:
  SYNC_E();
  p.wait_ms = -1;
  p.pc = LABEL(pc[1]);
  return RunStatus::kWait;

op_wait_timeout: {
  if (p.timed_out) {
    pc += 3;
    NEXT();
  }
  Term t = SRC(pc[2]);
  std::int64_t ms;
  if (t == atoms::infinity) {
    ms = -1;
  } else if (t.is_small() && t.small_value() >= 0 && t.small_value() <= 0xFFFFFFFFll) {
    ms = t.small_value();
  } else {
    SYNC_E();
    p.raise(atoms::error, atoms::timeout_value);
    goto raise_error;
  }
  if (ms == 0) {
    pc += 3;
    NEXT();
  }
  SYNC_E();
  p.wait_ms = ms;
  p.pc = LABEL(pc[1]);
  return RunStatus::kWait;
}

op_timeout:
  p.reset_save();
  p.timed_out = false;
  p.timer_id.store(0, std::memory_order_relaxed);
  pc += 1;
  NEXT();

killed:
  SYNC_E();
  // Over its memory limit: the process ends at once; no try can catch this,
  // as no try catches BEAM's kill for max_heap_size.
  p.pc = pc;
  return RunStatus::kKilled;

raise_error:
  SYNC_E();
  if (p.halt_requested || !p.exit_reason.is_none()) {
    p.pc = pc;
    return p.halt_requested ? RunStatus::kHalt : RunStatus::kExit;
  }
  if (p.error.trace.empty()) collect_trace(p, pc, !tail_undefined);
  tail_undefined = false;
  // Unwind to the nearest catch word, if any: its frame becomes current.
  for (Word* s = E; s < p.stack_end(); ++s) {
    if ((*s & 7) != kCatchBit) continue;
    const Word* try_pc = reinterpret_cast<const Word*>(*s & ~Word{7});
    SET_E(s - reg_index(try_pc[1]));
    pc = LABEL(try_pc[2]);
    NEXT();
  }
  p.pc = pc;
  return RunStatus::kError;

#undef NEXT
#undef SRC
#undef SET
#undef SET_E
#undef SYNC_E
#undef alloc_
#undef XREG
#undef YREG
#undef LABEL
#undef EXPORT
#undef CHARGE
#undef CHECK
#undef ON_SPENT
#undef SAFE_POINT
#undef PUSH_CP
#undef TEST
}

}  // namespace

const void* const* specialized_handlers() {
  opcode_handlers();
  return g_spec_handlers;
}

const void* const* opcode_handlers() {
  static const void* const* table = [] {
    const void* const* t = nullptr;
    run(nullptr, &t);
    return t;
  }();
  return table;
}

const Word* halt_code() {
  static const Word code[] = {reinterpret_cast<Word>(opcode_handlers()[static_cast<int>(Op::halt)])};
  return code;
}

RunStatus execute(Process& p) {
  // A scheduled process keeps its live registers on its stack while it is
  // switched out (the registers belong to the scheduler thread).
  if (p.saved_live) {
    for (std::uint32_t i = 0; i < p.saved_live; ++i) p.x[i] = Term::from_raw(p.E[i]);
    p.E += p.saved_live;
    p.saved_live = 0;
  }
  // GC-stress mode: the first call or return is a safe point too.
  if (p.stress_gc) p.request_safe_point();
  RunStatus status = run(&p, nullptr);
  if ((status == RunStatus::kYield || status == RunStatus::kDirty) && !p.owns_registers() && p.yield_live) {
    std::uint32_t n = p.yield_live;
    if (!p.ensure_stack(n)) return RunStatus::kKilled;
    p.E -= n;
    for (std::uint32_t i = 0; i < n; ++i) p.E[i] = p.x[i].raw();
    p.saved_live = n;
  }
  return status;
}

}  // namespace vial
