#include "vm/process.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <new>
#include <unordered_set>
#include <vector>

#include "vm/module.h"

namespace vial {

namespace {
std::size_t initial_max_heap_words() {
  const char* e = std::getenv("VIAL_MAX_HEAP_WORDS");
  if (!e || !*e) return kDefaultMaxHeapWords;
  char* end;
  unsigned long long v = std::strtoull(e, &end, 10);
  return *end ? kDefaultMaxHeapWords : static_cast<std::size_t>(v);
}
std::atomic<std::size_t>& max_heap_default() {
  static std::atomic<std::size_t> words{initial_max_heap_words()};
  return words;
}
}  // namespace

std::size_t default_max_heap_words() { return max_heap_default().load(std::memory_order_relaxed); }

std::size_t set_default_max_heap_words(std::size_t words) { return max_heap_default().exchange(words); }

bool gc_stress() {
  static const bool on = [] {
    const char* e = std::getenv("VIAL_GC_STRESS");
    return e && std::strcmp(e, "1") == 0;
  }();
  return on;
}

std::size_t next_heap_size(std::size_t words) {
  // 233, 377, 610, 987, ... (each the sum of the two before) up to about a
  // million words, then 20% steps, as BEAM's heap sizes.
  std::size_t a = kMinHeapWords, b = 377;
  while (a < words) {
    if (a < (std::size_t{1} << 20)) {
      std::size_t c = a + b;
      a = b;
      b = c;
    } else {
      a += a / 5;
    }
  }
  return a;
}

namespace {
// Bytes held by processes (:erlang.memory(:processes)): a counter per
// thread, written only by it, summed by readers. Memory freed on another
// thread than the one that allocated it makes single counters negative;
// the sum is right. Counters outlive their threads.
struct MemoryCounter {
  std::atomic<std::int64_t> bytes{0};
};
std::mutex g_counters_m;
std::vector<MemoryCounter*>& counters() {
  static auto* all = new std::vector<MemoryCounter*>;
  return *all;
}
MemoryCounter& my_counter() {
  thread_local MemoryCounter* c = [] {
    auto* counter = new MemoryCounter;
    std::lock_guard<std::mutex> lock(g_counters_m);
    counters().push_back(counter);
    return counter;
  }();
  return *c;
}
void count_bytes(std::int64_t delta) {
  MemoryCounter& c = my_counter();
  c.bytes.store(c.bytes.load(std::memory_order_relaxed) + delta, std::memory_order_relaxed);
}
}  // namespace

std::int64_t process_memory_bytes() {
  std::lock_guard<std::mutex> lock(g_counters_m);
  std::int64_t sum = 0;
  for (MemoryCounter* c : counters()) sum += c->bytes.load(std::memory_order_relaxed);
  return sum;
}

Word* alloc_words(std::size_t words) {
  void* p = std::malloc(words * sizeof(Word));
  if (!p) throw std::bad_alloc();
  count_bytes(static_cast<std::int64_t>(words * sizeof(Word)));
  return static_cast<Word*>(p);
}

#if defined(__SANITIZE_ADDRESS__)
#define VIAL_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define VIAL_ASAN 1
#endif
#endif

void free_words(Word* p, std::size_t words) {
  if (!p) return;
  count_bytes(-static_cast<std::int64_t>(words * sizeof(Word)));
#if !defined(NDEBUG) && !defined(VIAL_ASAN)
  // Poison: every word becomes 0xD8D8...D8, a header word (tag 00) that no
  // term or list head can be, so a stale pointer into freed memory reads
  // garbage that fails loudly. (ASan builds quarantine freed memory and
  // report any access to it instead.)
  std::memset(p, 0xD8, words * sizeof(Word));
#else
  (void)words;
#endif
  std::free(p);
}

ProcessHeap::ProcessHeap(Process& owner) : owner_(owner) { limit_ = &owner.E; }

Word* ProcessHeap::alloc_slow(std::size_t words) { return owner_.alloc_fragment(words); }

void ProcessHeap::off_heap_allocated(std::size_t bytes) {
  off_heap_made_ += bytes;
  if (off_heap_made_ < kOffHeapCollectBytes) return;
  off_heap_made_ = 0;
  owner_.ask_for_collection();
}

namespace {
std::atomic<std::uint64_t> g_next_pid{0};
}

Process::Process(Scheduled) : heap_(*this), x(nullptr) {
  count_bytes(static_cast<std::int64_t>(sizeof(Process)));
  pid = Term::pid(g_next_pid.fetch_add(1, std::memory_order_relaxed));
  block_ = alloc_words(kMinHeapWords);
  block_end_ = block_ + kMinHeapWords;
  heap_.top_ = hwm_ = gc_top_ = block_;
  E = block_end_;
}

Process::Process() : Process(Scheduled{}) {
  own_x_ = std::make_unique<Term[]>(kMaxXRegs);
  x = own_x_.get();
  for (std::uint32_t i = 0; i < kMaxXRegs; ++i) x[i] = Term::nil();
}

Process::~Process() {
  count_bytes(-static_cast<std::int64_t>(sizeof(Process)));
  for (Signal* s = inbox.take_all(); s;) {
    Signal* next = s->next;
    free_signal(s);
    s = next;
  }
  for (Signal* lists : {messages_, system_, held_})
    for (Signal* s = lists; s;) {
      Signal* next = s->next;
      free_signal(s);
      s = next;
    }
  // Off-heap objects are released while the objects are still readable.
  for (Word* o : heap_.off_heap_) release_off_heap(o);
  heap_.off_heap_.clear();
  free_words(block_, static_cast<std::size_t>(block_end_ - block_));
  free_words(old_, static_cast<std::size_t>(old_end_ - old_));
  for (const Fragment& f : fragments_) free_words(f.mem, f.words);
}

std::size_t Process::memory_words() const {
  std::size_t n = static_cast<std::size_t>(block_end_ - block_) + static_cast<std::size_t>(old_end_ - old_);
  for (const Fragment& f : fragments_) n += f.words;
  return n;
}

Process::MemoryInfo Process::memory_info() const {
  std::size_t frag = 0;
  for (const Fragment& f : fragments_) frag += f.words;
  return {static_cast<std::size_t>(block_end_ - block_),
          static_cast<std::size_t>(heap_.top_ - block_),
          stack_depth(),
          static_cast<std::size_t>(old_end_ - old_),
          static_cast<std::size_t>(old_top_ - old_),
          frag,
          minor_collections_,
          major_collections_};
}

bool Process::in_young_heap(const Word* p) const {
  if (p >= block_ && p < heap_.top_) return true;
  for (const Fragment& f : fragments_)
    if (p >= f.mem && p < f.top) return true;
  return false;
}

Word* Process::alloc_fragment(std::size_t words) {
  if (!fragments_.empty()) {
    Fragment& f = fragments_.back();
    if (f.promote_hi == f.mem && static_cast<std::size_t>(f.mem + f.words - f.top) >= words) {
      Word* r = f.top;
      f.top += words;
      return r;
    }
  }
  // Fragments grow with what the process has allocated in them, so a builtin
  // building a large term needs few.
  std::size_t have = 0;
  for (const Fragment& f : fragments_) have += f.words;
  std::size_t size = next_heap_size(std::max({words, have, static_cast<std::size_t>(block_end_ - block_) / 2}));
  Word* mem = alloc_words(size);
  fragments_.push_back({mem, size, mem + words, mem});
  if (!gc_requested_) ask_for_collection();
  return mem;
}

bool Process::grow_block(std::size_t words) {
  std::size_t stack = stack_depth();
  std::size_t old_size = static_cast<std::size_t>(block_end_ - block_);
  // When the stack itself fills the block (deep recursion), the block grows a
  // step. When the young heap is what filled it, a block of the same size
  // will do: the heap part becomes a fragment that the collection asked for
  // below empties, so the block does not grow a step at every meeting.
  bool stack_bound = stack * 2 > old_size;
  std::size_t size = stack_bound ? next_heap_size(std::max(old_size + 1, stack + words + kMinHeapWords))
                                 : std::max(old_size, next_heap_size(stack + words + kMinHeapWords));
  std::size_t others = static_cast<std::size_t>(old_end_ - old_);
  for (const Fragment& f : fragments_) others += f.words;
  if (max_heap_words && size + others > max_heap_words) return false;
  Word* mem = alloc_words(size);
  Word* end = mem + size;
  std::memcpy(end - stack, E, stack * sizeof(Word));
  if (heap_.top_ != block_) {
    // The heap part stays where it is, as a fragment, until the next
    // collection copies what is live out of it.
    fragments_.push_back({block_, old_size, heap_.top_, hwm_});
    if (!gc_requested_) ask_for_collection();
  } else {
    free_words(block_, old_size);
  }
  block_ = mem;
  block_end_ = end;
  E = end - stack;
  heap_.top_ = hwm_ = gc_top_ = block_;
  return true;
}

void Process::setup_call(const Word* entry, const Term* args, std::uint32_t arity) {
  // A fresh or reset stack always has room for the halt address and a few
  // arguments.
  (void)ensure_stack(1 + arity);
  *--E = reinterpret_cast<Word>(halt_code());
  if (own_x_) {
    for (std::uint32_t i = 0; i < arity; ++i) x[i] = args[i];
  } else {
    // A scheduled process has registers only while it runs: the arguments
    // wait on its stack as saved registers (execute() restores them).
    E -= arity;
    for (std::uint32_t i = 0; i < arity; ++i) E[i] = args[i].raw();
    saved_live = arity;
  }
  pc = entry;
  error = ErrorState{};
}

bool Process::take_in() {
  // Signals act in the order they were sent, whatever their kind (an exit
  // signal turned into an {:EXIT, ...} message by trap_exit comes before the
  // messages its sender sent after it). So taking in stops after a run of
  // system signals: what came after them waits in held_ until the runtime
  // has acted on them and calls take_in again.
  if (Signal* in = inbox.take_all()) {
    *held_tail_ = in;
    for (Signal* s = in; s; s = s->next) {
      if (s->kind == SignalKind::kMessage) ++held_messages_;
      held_tail_ = &s->next;
    }
  }
  if (system_) return true;  // act on those first
  while (Signal* s = held_) {
    if (s->kind == SignalKind::kMessage && system_) break;
    held_ = s->next;
    if (!held_) held_tail_ = &held_;
    s->next = nullptr;
    if (s->kind == SignalKind::kMessage) {
      --held_messages_;
      *messages_tail_ = s;
      messages_tail_ = &s->next;
      ++message_count_;
    } else {
      *system_tail_ = s;
      system_tail_ = &s->next;
    }
  }
  return system_ != nullptr;
}

void Process::append_message(Signal* s) {
  s->next = nullptr;
  *messages_tail_ = s;
  messages_tail_ = &s->next;
  ++message_count_;
}

void Process::remove_message() {
  Signal* m = *save_;
  *save_ = m->next;
  if (messages_tail_ == &m->next) messages_tail_ = save_;
  --message_count_;
  save_ = &messages_;
  timer_id.store(0, std::memory_order_relaxed);
  timed_out = false;
  // The message's block becomes young memory of this process as it is.
  Word** objects = signal_off_heap(m);
  for (std::uint32_t i = 0; i < m->off_heap; ++i) heap_.add_off_heap(objects[i]);
  Word* mem = m->words_begin();
  std::size_t words = m->words;
  if (words == kSignalHeaderWords) {
    free_words(mem, words);  // only immediates: nothing to keep
    return;
  }
  fragments_.push_back({mem, words, mem + words, mem});
  // Many small fragments are merged by a collection before they pile up.
  if (!gc_requested_ && (fragments_.size() >= 64 || words > static_cast<std::size_t>(block_end_ - block_)))
    ask_for_collection();
}

Term Process::raise(Term kind, Term reason) {
  error = ErrorState{};
  error.kind = kind;
  error.reason = reason;
  return Term::none();
}

}  // namespace vial

namespace vial {

bool Process::runs_code(const Word* lo, const Word* hi, bool check_pc) const {
  if (check_pc && pc >= lo && pc < hi) return true;
  for (const Word* s = E; s < block_end_; ++s)
    if ((*s & Term::kPrimaryMask) == Term::kHeaderTag) {
      // A continuation pointer or a catch: a code address.
      auto at = reinterpret_cast<const Word*>(*s);
      if (at >= lo && at < hi) return true;
    }
  return false;
}

void Process::walk_reachable(const std::function<bool(Word*, bool)>& visit) {
  std::vector<Word> worklist;
  std::unordered_set<const Word*> seen;
  auto push = [&](Word w) {
    Word tag = w & Term::kPrimaryMask;
    if (tag == Term::kListTag || tag == Term::kBoxedTag) worklist.push_back(w);
  };
  for (const Word* s = E; s < block_end_; ++s)
    if ((*s & Term::kPrimaryMask) != Term::kHeaderTag) push(*s);
  for_each_term_field([&](Term& t) { push(t.raw()); });
  for (Signal* s = messages_; s; s = s->next) push(s->payload.raw());
  for (Signal* s = held_; s; s = s->next) push(s->payload.raw());
  for (Signal* s = system_; s; s = s->next) push(s->payload.raw());
  while (!worklist.empty()) {
    Word w = worklist.back();
    worklist.pop_back();
    bool cons = (w & Term::kPrimaryMask) == Term::kListTag;
    Word* obj = reinterpret_cast<Word*>(w & ~Term::kPrimaryMask);
    if (!seen.insert(obj).second || !visit(obj, cons)) continue;
    if (cons) {
      push(obj[0]);
      push(obj[1]);
      continue;
    }
    Word h = obj[0];
    std::size_t arity = Term::header_arity(h);
    std::uint32_t raw = subtag_raw_words(Term::header_subtag(h));
    if (raw == kAllRaw) continue;
    for (std::size_t i = 1 + raw; i <= arity; ++i) push(obj[i]);
  }
}

}  // namespace vial
