// A process: registers, a stack of frames, a heap, a reduction budget and,
// after a raise, the exception being propagated (DESIGN.md §5).
//
// The stack grows down from the top of its block. A call pushes its
// continuation pointer (a code address; primary tag 00, never a term) and a
// frame is `allocate N` slots below it, y[0] lowest:
//
//        higher addresses
//     +------------------+
//     | caller's frame   |
//     | CP               |  <- pushed by the call
//     | y[N-1]           |
//     | ...              |
//     | y[0]             |  <- E
//     +------------------+
//        lower addresses (free space down to the stack's base)
//
// Nothing the collector must see is kept on the C++ stack: between
// instructions every live term is in x registers, y slots or the heap.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "vm/code.h"
#include "vm/heap.h"

namespace vial {

inline constexpr int kReductionsPerSlice = 4000;

// One entry of a stack trace: a function, and where in its source.
struct TraceEntry {
  Term module;
  Term function;
  std::uint32_t arity = 0;
  int fun_arity = -1;  // an anonymous function's own arity (its name says where it is)
  std::string file;
  std::uint32_t line = 0;
};

// The exception a process is propagating, with the first frame of its stack
// trace as BEAM records it: the function that raised and, when a builtin or a
// function clause failed, the arguments it was given.
struct ErrorState {
  Term kind = Term::none();    // error, throw or exit
  Term reason = Term::none();
  Term module = Term::none();  // the frame that raised, if known
  Term function = Term::none();
  std::uint32_t arity = 0;
  Term args = Term::none();    // a list of the arguments, or none
  // For badarg raised by a builtin: which argument (1-based) and why, the
  // text Erlang's error_info gives ("not a nonempty list").
  int arg_index = 0;
  std::string arg_detail;
  // The code that raised and its callers (from the continuation pointers on
  // the stack; tail calls leave none, as in BEAM), innermost first, at most
  // kTraceDepth entries.
  std::vector<TraceEntry> trace;
};

inline constexpr std::size_t kTraceDepth = 8;

// DESIGN.md §4 puts a maximum heap size on every process by default, so that a
// runaway process is killed instead of the VM. Until the collected per-process
// block arrives, the limit applies to the stack, which is what unbounded
// non-tail recursion grows: 2^27 words (1 GiB).
inline constexpr std::size_t kDefaultMaxStackWords = std::size_t{1} << 27;

class Process {
 public:
  Process();
  Process(const Process&) = delete;
  Process& operator=(const Process&) = delete;

  // Every allocation a process makes goes through here, so that replacing
  // the never-moving Heap with the collected block (DESIGN.md §4) is local.
  Word* alloc(std::size_t words) { return heap_.alloc(words); }
  Heap& heap() { return heap_; }

  // The stack.
  Word* E = nullptr;  // y[0] of the current frame (the stack top)
  // Makes room for `words` more stack words, moving the stack if needed.
  // Returns false, leaving the stack as it was, when that would take it past
  // max_stack_words: the caller then kills the process (RunStatus::kKilled).
  [[nodiscard]] bool ensure_stack(std::size_t words) {
    if (static_cast<std::size_t>(E - stack_base_) >= words) return true;
    return grow_stack(words);
  }
  std::size_t max_stack_words = kDefaultMaxStackWords;
  std::size_t stack_depth() const { return static_cast<std::size_t>(stack_end_ - E); }
  Word* stack_end() const { return stack_end_; }
  void reset_stack() { E = stack_end_; }

  // Prepares a call of `entry` with `args` (at most kMaxXRegs) that returns
  // to halt code; run it with execute().
  void setup_call(const Word* entry, const Term* args, std::uint32_t arity);

  Term x[kMaxXRegs];
  const Word* pc = nullptr;  // where execute() resumes
  // Set by a builtin that stops the whole program (System.halt/1): the next
  // raise it returns is not an exception but the end (RunStatus::kHalt).
  bool halt_requested = false;
  int halt_status = 0;
  int reductions = kReductionsPerSlice;
  ErrorState error;

  // Records a raise. Returns Term::none() so builtins can `return raise(...)`.
  Term raise(Term kind, Term reason);

 private:
  bool grow_stack(std::size_t words);

  Heap heap_;
  std::unique_ptr<Word[]> stack_;
  Word* stack_base_ = nullptr;
  Word* stack_end_ = nullptr;
};

// Operands of an instruction (vm/opcodes.def): a source is a register or a
// literal term; a destination a register.
inline Term read_src(const Process& p, Word w) {
  return is_reg_ref(w) ? (is_y_ref(w) ? Term::from_raw(p.E[reg_index(w)]) : p.x[reg_index(w)]) : Term::from_raw(w);
}
inline void write_dst(Process& p, Word w, Term v) {
  if (is_y_ref(w)) p.E[reg_index(w)] = v.raw();
  else p.x[reg_index(w)] = v;
}

enum class RunStatus {
  kDone,    // the top call returned; its value is in x[0]
  kYield,   // the reduction budget ran out; execute() again to resume
  kError,   // an exception reached the top; see Process::error
  kHalt,    // the program asked to stop (System.halt/1); see halt_status
  kKilled,  // the process passed its memory limit and was killed (not catchable)
};

// Runs `p` from p.pc until it finishes, yields or fails (vm/interp.cpp).
RunStatus execute(Process& p);

}  // namespace vial
