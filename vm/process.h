// A process: registers, one memory block holding its stack and young heap, a
// reduction budget and, after a raise, the exception being propagated
// (DESIGN.md §4, §5; docs/gc.md).
//
// The block: the young heap grows up from the bottom, the stack grows down
// from the top; when they would meet, the process gets a bigger block (the
// stack is copied, the heap part is kept until the next collection) and
// collects at its next safe point. Objects that survived a collection are
// promoted to a separate old heap at the next one.
//
//   block_                     heap_.top_         E                 block_end_
//   +---------------------------+------------------+-----------------+
//   | young heap (survivors     | free             | stack frames    |
//   |  below hwm_, new above)   |                  |                 |
//   +---------------------------+------------------+-----------------+
//
// A call pushes its continuation pointer (a code address; primary tag 00,
// never a term) and a frame is `allocate N` slots below it, y[0] lowest:
//
//        higher addresses
//     +------------------+
//     | caller's frame   |
//     | CP               |  <- pushed by the call
//     | y[N-1]           |
//     | ...              |
//     | y[0]             |  <- E
//     +------------------+
//        lower addresses (free space down to the heap top)
//
// Nothing points into the stack (frames are addressed from E), so moving it
// is a copy. Nothing the collector must see is kept on the C++ stack: at a
// safe point every live term is in x[0..live-1], a y slot, the heap, or a
// term field of the Process (for_each_term_field).
#pragma once

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "vm/code.h"
#include "vm/heap.h"
#include "vm/mailbox.h"

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
// runaway process is killed instead of the VM: 2^27 words (1 GiB) of block,
// old heap and heap fragments together. VIAL_MAX_HEAP_WORDS in the environment
// (read once) changes the default; 0 means no limit.
inline constexpr std::size_t kDefaultMaxHeapWords = std::size_t{1} << 27;
std::size_t default_max_heap_words();
// erlang:system_flag(:max_heap_size, N): the limit of processes spawned from
// now on. Returns the previous one.
std::size_t set_default_max_heap_words(std::size_t words);

class Process;
// Whether VIAL_GC_STRESS=1 was set when the program started.
bool gc_stress();

// A process's allocator: bumps through the free part of the block up to the
// stack top. When the block is full it allocates in a heap fragment instead
// (never collecting: the caller may hold terms in C++ variables) and asks
// for a collection at the next safe point.
class ProcessHeap final : public Heap {
 public:
  explicit ProcessHeap(Process& owner);

 private:
  friend class Process;
  friend class Collector;
  Word* alloc_slow(std::size_t words) override;
  // Every kOffHeapCollectBytes of new off-heap binaries asks for a collection.
  void off_heap_allocated(std::size_t bytes) override;
  static constexpr std::size_t kOffHeapCollectBytes = std::size_t{4} << 20;
  Process& owner_;
  std::size_t off_heap_made_ = 0;  // bytes since the last request
};

class Process {
 public:
  // A process with registers of its own (a process run directly by
  // execute(), such as one evaluating a macro at compile time).
  Process();
  // A process run by a scheduler: `x` is set to the scheduler thread's
  // registers before each execute(), and live registers are kept on the
  // process's stack while it is switched out.
  struct Scheduled {};
  explicit Process(Scheduled);
  ~Process();
  Process(const Process&) = delete;
  Process& operator=(const Process&) = delete;

  // Allocation: never collects (see ProcessHeap). The interpreter's own
  // allocations come here; builtins allocate through heap().
  Word* alloc(std::size_t words) {
    if (static_cast<std::size_t>(E - heap_.top_) >= words) {
      Word* r = heap_.top_;
      heap_.top_ += words;
      return r;
    }
    return alloc_fragment(words);
  }
  Heap& heap() { return heap_; }

  // The stack.
  Word* E = nullptr;  // y[0] of the current frame (the stack top)
  // Makes room for `words` more stack words, moving the stack to a bigger
  // block if needed (no term moves). Returns false when that would take the
  // process past max_heap_words: the caller then kills the process
  // (RunStatus::kKilled).
  [[nodiscard]] bool ensure_stack(std::size_t words) {
    if (static_cast<std::size_t>(E - heap_.top_) >= words) return true;
    return grow_block(words);
  }
  std::size_t stack_depth() const { return static_cast<std::size_t>(block_end_ - E); }
  Word* stack_end() const { return block_end_; }
  void reset_stack() { E = block_end_; }

  // The limit on this process's memory (block + old heap + fragments), in
  // words; 0: none.
  std::size_t max_heap_words = default_max_heap_words();
  // GC-stress mode (VIAL_GC_STRESS=1): every safe point after an allocation
  // collects.
  bool stress_gc = gc_stress();
  // The words of memory the process holds now.
  std::size_t memory_words() const;

  // A safe point (a call or return: the interpreter's CHARGE, after the
  // reduction counter reached zero): x[0..live-1] and the stack hold every
  // live term. Runs a collection if one was asked for (or always, in
  // GC-stress mode, when something was allocated since the last one) and
  // restores the reduction budget. Returns false when the process is over
  // max_heap_words: the interpreter kills it.
  [[nodiscard]] bool safe_point(std::uint32_t live);
  // Collects now (x[0..live-1] live), leaving at least `need` free words.
  // Returns false when the process is over its limit.
  [[nodiscard]] bool collect(std::uint32_t live, std::size_t need = 0, bool major = false);

  // Prepares a call of `entry` with `args` (at most kMaxXRegs) that returns
  // to halt code; run it with execute().
  void setup_call(const Word* entry, const Term* args, std::uint32_t arity);

  // This process's pid (self/0): a local pid whose number no other process
  // of this VM has had (numbers come from one counter, starting at 0).
  Term pid;

  Term* x;                   // the argument registers (see the constructors)
  bool owns_registers() const { return own_x_ != nullptr; }
  const Word* pc = nullptr;  // where execute() resumes
  // Set by execute() on a yield: how many registers were live (they are
  // saved on the stack of a scheduled process until it runs again).
  std::uint32_t yield_live = 0;
  std::uint32_t saved_live = 0;
  // Dirty builtins (NativeKind::kDirtyCpu/kDirtyIo): a scheduled process
  // that reaches one returns kDirty and runs it on a dirty thread, which
  // sets on_dirty; what execute() returned there waits in dirty_result
  // (a RunStatus) for the scheduler that takes the process back.
  std::atomic<bool> on_dirty{false};
  bool dirty_done = false;
  std::uint8_t dirty_result = 0;

  // --- messages and signals (vm/mailbox.h, docs/processes.md) ---
  Inbox inbox;
  // The state the schedulers share (runtime/scheduler.cpp): kActive while the
  // process runs or sits in a run queue, kPending when signals may have been
  // pushed since the owner last looked, kExiting once it is ending.
  static constexpr std::uint32_t kActive = 1, kPending = 2, kExiting = 4;
  std::atomic<std::uint32_t> state{kActive};
  // Takes in what was pushed, in order: messages join the message queue,
  // other signals the system queue (for the runtime); what was sent after a
  // system signal waits until the runtime has acted on it (the next call).
  // Returns true if the system queue is not empty.
  bool take_in();
  // The message at the save pointer, or null.
  Signal* message_at_save() const { return *save_; }
  // remove_message: the message at the save pointer leaves the queue and its
  // memory becomes a heap fragment; the save pointer goes back to the start.
  void remove_message();
  void advance_save() { save_ = &(*save_)->next; }
  void reset_save() { save_ = &messages_; }
  // Queued messages, those still held behind system signals included.
  std::size_t message_count() const { return message_count_ + held_messages_; }
  // Calls f(Term) for each queued message, oldest first.
  template <class F>
  void for_each_message(F&& f) const {
    for (Signal* s = messages_; s; s = s->next) f(s->payload);
    for (Signal* s = held_; s; s = s->next)
      if (s->kind == SignalKind::kMessage) f(s->payload);
  }
  // The next signal in the system queue, or null; the caller owns it.
  Signal* pop_system_signal() {
    Signal* s = system_;
    if (s) {
      system_ = s->next;
      if (!system_) system_tail_ = &system_;
    }
    return s;
  }
  // A signal that must be handled as a message (a :DOWN or :EXIT message
  // made by the runtime from a system signal): appended to the queue.
  void append_message(Signal* s);
  // A receive's wait: wait_ms is what wait/wait_timeout asked for (-1: no
  // timer); the runtime arms a timer when timer_id is 0 and sets timed_out
  // when the timer with this id fires.
  std::int64_t wait_ms = -1;
  // Read by the scheduler thread whose timer fires, to drop the timeout of
  // a receive that has already ended.
  std::atomic<std::uint64_t> timer_id{0};
  bool timed_out = false;

  // --- what the runtime keeps about the process (runtime/scheduler.cpp) ---
  bool trap_exit = false;
  Term registered_name = Term::nil();  // an atom, or nil
  // process_info's initial_call ({erlang, apply, 2} for a fun) and
  // reductions (those of the slices before the current one).
  Term initial_module = Term::nil(), initial_function = Term::nil();  // nil: {erlang, apply, 2}
  std::uint32_t initial_arity = 2;
  std::uint64_t reductions_done = 0;
  std::vector<Term> links;             // pids
  struct Monitor {
    std::uint64_t ref;  // the reference's number (vm/heap.h make_ref)
    Term pid;
    Term name = Term::nil();  // monitored by registered name: the name (DOWN names {name, node})
  };
  std::vector<Monitor> monitors;      // the processes this one monitors
  std::vector<Monitor> monitored_by;  // the processes monitoring this one
  // Removes every queued message for which f(Term) is true.
  template <class F>
  void remove_messages_if(F&& f) {
    for (Signal** link = &messages_; *link;) {
      Signal* m = *link;
      if (!f(m->payload)) {
        link = &m->next;
        continue;
      }
      *link = m->next;
      if (messages_tail_ == &m->next) messages_tail_ = link;
      --message_count_;
      free_signal(m);
    }
    for (Signal** link = &held_; *link;) {
      Signal* m = *link;
      if (m->kind != SignalKind::kMessage || !f(m->payload)) {
        link = &m->next;
        continue;
      }
      *link = m->next;
      if (held_tail_ == &m->next) held_tail_ = link;
      --held_messages_;
      free_signal(m);
    }
    save_ = &messages_;
  }
  // Set by a builtin that stops the whole program (System.halt/1): the next
  // raise it returns is not an exception but the end (RunStatus::kHalt).
  bool halt_requested = false;
  int halt_status = 0;
  // Set by a builtin that ends this process at once (exit/2 to itself): the
  // next raise it returns ends the process with this reason, past any try
  // (RunStatus::kExit).
  Term exit_reason = Term::none();
  // The group leader (Process.group_leader/0,2): the raw word of a local pid
  // (an immediate, so the collector need not see it), or 0 for the standard
  // one, whose output IO writes directly (runtime/builtins/io.cpp). Set by
  // the process itself, or by another (group_leader/2): atomic.
  std::atomic<Word> group_leader{0};
  // The reduction budget; charged by every call and return (and builtins).
  // When it reaches zero the interpreter calls safe_point(). A collection
  // is asked for by moving the budget into reductions_held_, so the fast
  // path needs no extra test.
  int reductions = kReductionsPerSlice;
  ErrorState error;
  // The process dictionary (:erlang.put/get, Process.put/get): a list of
  // {key, value} tuples, newest first (runtime/builtins/text.cpp).
  Term dictionary = Term::nil();

  // Records a raise. Returns Term::none() so builtins can `return raise(...)`.
  Term raise(Term kind, Term reason);

  // Every term held in a field of the Process (besides x and the stack): the
  // collector's extra roots. A new Term field must be added here.
  template <class F>
  void for_each_term_field(F&& f) {
    f(error.kind);
    f(error.reason);
    f(error.module);
    f(error.function);
    f(error.args);
    f(dictionary);
    f(exit_reason);
  }

  // For purging (vm/module.cpp), on the process's own thread while it is
  // not running: whether pc, a continuation pointer or a catch on the
  // stack points into [lo, hi); and a walk of every heap object (boxed or
  // cons cell) reachable from the stack, the term fields and the queued
  // messages and signals, each visited once, descending into it when
  // visit(object, is_cons) returns true.
  bool runs_code(const Word* lo, const Word* hi, bool check_pc = true) const;
  void walk_reachable(const std::function<bool(Word*, bool)>& visit);

  // For tests and docs/gc.md: sizes in words, and collection counts.
  struct MemoryInfo {
    std::size_t block_words, heap_used, stack_used, old_words, old_used, fragment_words;
    std::size_t minor_collections, major_collections;
  };
  MemoryInfo memory_info() const;
  // Whether `p` lies in this process's young heap (the block's heap part or a
  // fragment) or its old heap.
  bool in_young_heap(const Word* p) const;
  bool in_old_heap(const Word* p) const { return p >= old_ && p < old_top_; }
  // Arms the reduction counter so that the next call or return is a safe point.
  void request_safe_point() {
    reductions_held_ += reductions;
    reductions = 0;
  }
  // Gives the process a new budget of `n` reductions, keeping a collection
  // that was asked for: the budget stays zeroed until the next safe point
  // runs it (a process that waits in receive after each few allocations
  // would otherwise start every slice with a full budget and never collect,
  // piling up heap fragments).
  void new_slice(int n) {
    reductions = n;
    if (gc_requested_) request_safe_point();
  }

 private:
  friend class ProcessHeap;
  friend class Collector;

  // Memory that belongs to the young generation but is outside the block: a
  // heap fragment, or a former block whose stack was moved away.
  struct Fragment {
    Word* mem;          // owned (free_words)
    std::size_t words;  // capacity
    Word* top;          // allocated up to here
    Word* promote_hi;   // objects below survived a collection already
  };

  Word* alloc_fragment(std::size_t words);
  bool grow_block(std::size_t words);
  void ask_for_collection() {
    gc_requested_ = true;
    request_safe_point();
  }

  ProcessHeap heap_;
  Word* block_ = nullptr;
  Word* block_end_ = nullptr;
  Word* hwm_ = nullptr;      // young objects below survived a collection
  Word* gc_top_ = nullptr;   // heap top after the last collection (stress mode)
  Word* old_ = nullptr;      // the old heap, null until the first promotion
  Word* old_top_ = nullptr;
  Word* old_end_ = nullptr;
  std::vector<Fragment> fragments_;
  int reductions_held_ = 0;
  bool gc_requested_ = false;
  bool grow_next_ = false;
  std::size_t last_old_words_ = 0;
  std::uint32_t minor_collections_ = 0, major_collections_ = 0;
  std::size_t minors_since_major_ = 0, stress_points_ = 0;
  std::unique_ptr<Term[]> own_x_;
  Signal* messages_ = nullptr;
  Signal** messages_tail_ = &messages_;
  Signal** save_ = &messages_;
  std::size_t message_count_ = 0;
  Signal* system_ = nullptr;
  Signal** system_tail_ = &system_;
  // Taken from the inbox but sent after a system signal not yet acted on.
  Signal* held_ = nullptr;
  Signal** held_tail_ = &held_;
  std::size_t held_messages_ = 0;
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
// Block and old-heap sizes grow along this Fibonacci-like series (in words,
// starting at kMinHeapWords); returns the smallest size >= `words`.
inline constexpr std::size_t kMinHeapWords = 233;
std::size_t next_heap_size(std::size_t words);
// Memory for blocks, old heaps and fragments; freed memory is poisoned in
// debug builds so stale pointers show.
Word* alloc_words(std::size_t words);
// The bytes that processes hold now (their structures, blocks, old heaps,
// fragments and signals in flight): :erlang.memory(:processes).
std::int64_t process_memory_bytes();
void free_words(Word* p, std::size_t words);

enum class RunStatus {
  kDone,    // the top call returned; its value is in x[0]
  kYield,   // the reduction budget ran out; execute() again to resume
  kError,   // an exception reached the top; see Process::error
  kHalt,    // the program asked to stop (System.halt/1); see halt_status
  kKilled,  // the process passed its memory limit and was killed (not catchable)
  kWait,    // receive found no message: wait (wait_ms), then execute() again
  kDirty,   // a dirty builtin is next: run execute() on a dirty thread
  kExit,    // the process ends at once with exit_reason (exit/2 to itself)
};

// Runs `p` from p.pc until it finishes, yields or fails (vm/interp.cpp).
RunStatus execute(Process& p);

}  // namespace vial
