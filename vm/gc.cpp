// The process collector: generational, copying (Cheney), precise
// (docs/gc.md).
//
// A collection copies what is live out of the young generation — the heap
// part of the block plus any heap fragments — into a fresh block, whose top
// receives a copy of the stack. Objects that had already survived a
// collection (below the high-water mark) are promoted to the old heap
// instead. A major collection also empties the old heap into the new block.
// Everything reachable is found from the roots (x[0..live-1], the stack's
// term words, the Process's term fields) by a breadth-first scan of the
// copies: no recursion, so deep terms cost no C++ stack. Pointers to
// anything outside the areas being collected (module literals, compiler
// heaps, the old heap in a minor collection) are left as they are.
//
// Copied objects are forwarded: a boxed object's header becomes a boxed
// pointer to its copy (a header word never has that tag); a cons cell's head
// becomes kMovedCons (a header-tagged word, which no list head can be) and
// its tail the new list pointer. Sharing is therefore preserved.
//
// Which words of a boxed object are terms comes from the third column of
// VIAL_BOXED_SUBTAGS (vm/term.h): the leading raw words are copied, the rest
// scanned. A new kind of object needs no change here.
#include <algorithm>
#include <cstring>

#include "vm/process.h"

namespace vial {

namespace {
constexpr Word kMovedCons = ~Word{3};
// Raw payload words per subtag (the third column of VIAL_BOXED_SUBTAGS).
constexpr std::uint32_t kRawWords[64] = {
#define X(name, str, raw) raw,
    VIAL_BOXED_SUBTAGS(X)
#undef X
};
static_assert(Term::header_arity(Term::make_header(Subtag::TUPLE, 5)) == 5);
static_assert(Term::header_subtag(Term::make_header(Subtag::FUN, 5)) == Subtag::FUN);
}  // namespace

class Collector {
 public:
  enum class Mode { kMinor, kMajor, kResize };

  Collector(Process& p, Mode mode) : p_(p), mode_(mode) {}

  // The words that the collection could copy into the young to-space, in
  // the worst case (everything survives), and into the old heap.
  void plan() {
    auto add = [&](Word* lo, Word* hi, Word* promote_hi) {
      if (mode_ != Mode::kMinor) promote_hi = lo;
      ranges_.push_back({lo, hi, promote_hi});
      young_worst_ += static_cast<std::size_t>(hi - promote_hi);
      promote_worst_ += static_cast<std::size_t>(promote_hi - lo);
    };
    add(p_.block_, p_.heap_.top_, p_.hwm_);
    if (mode_ == Mode::kResize) return;
    for (const auto& f : p_.fragments_) add(f.mem, f.top, f.promote_hi);
    if (mode_ == Mode::kMajor && p_.old_) add(p_.old_, p_.old_top_, p_.old_);
  }
  std::size_t young_worst() const { return young_worst_; }
  std::size_t promote_worst() const { return promote_worst_; }

  // Copies into a new block of `block_words` (its top gets the stack);
  // promotions go to the old heap from p_.old_top_ on (it must have room).
  void run(std::size_t block_words, std::uint32_t live) {
    rb_ = ranges_.data();
    rn_ = ranges_.size();
    std::size_t stack = p_.stack_depth();
    Word* block = alloc_words(block_words);
    Word* block_end = block + block_words;
    Word* new_e = block_end - stack;
    std::memcpy(new_e, p_.E, stack * sizeof(Word));
    ytop_ = block;
    otop_ = p_.old_top_;
    Word* yscan = ytop_;
    Word* oscan = otop_;

    static_assert(sizeof(Term) == sizeof(Word));
    Word* x = reinterpret_cast<Word*>(p_.x);
    for (std::uint32_t i = 0; i < live; ++i) x[i] = evacuate(x[i]);
#ifndef NDEBUG
    // Registers past `live` are dead at a safe point; make a later read of
    // one see NONE instead of a stale pointer.
    std::uint32_t dead_end = std::min<std::uint32_t>(kMaxXRegs, live + 256);
    for (std::uint32_t i = live; i < dead_end; ++i) x[i] = Term::none().raw();
#endif
    for (Word* s = new_e; s < block_end; ++s)
      if ((*s & Term::kPrimaryMask) != Term::kHeaderTag) *s = evacuate(*s);  // CPs and catch words have tag 00
    p_.for_each_term_field([this](Term& t) { t = Term::from_raw(evacuate(t.raw())); });

    while (yscan < ytop_ || oscan < otop_) {
      while (yscan < ytop_) yscan = scan_object(yscan);
      while (oscan < otop_) oscan = scan_object(oscan);
    }

    sweep_off_heap();

    // Free from-space: the old block, the fragments, and in a major
    // collection the old heap.
    free_words(p_.block_, static_cast<std::size_t>(p_.block_end_ - p_.block_));
    if (mode_ != Mode::kResize) {
      for (const auto& f : p_.fragments_) free_words(f.mem, f.words);
      p_.fragments_.clear();
    }
    if (mode_ == Mode::kMajor && p_.old_) {
      free_words(p_.old_, static_cast<std::size_t>(p_.old_end_ - p_.old_));
      p_.old_ = p_.old_top_ = p_.old_end_ = nullptr;
    } else {
      p_.old_top_ = otop_;
    }
    p_.block_ = block;
    p_.block_end_ = block_end;
    p_.E = new_e;
    // Everything in the young heap has now survived one collection.
    p_.heap_.top_ = p_.hwm_ = p_.gc_top_ = ytop_;
  }

 private:
  struct Range {
    Word* lo;
    Word* hi;
    Word* promote_hi;  // objects in [lo, promote_hi) go to the old heap
  };

  // (Plain loops over raw pointers here and below: debug builds do not
  // inline, and stress mode collects very often.)
  const Range* find(const Word* ptr) const {
    for (const Range *r = rb_, *e = rb_ + rn_; r != e; ++r)
      if (ptr >= r->lo && ptr < r->hi) return r;
    return nullptr;
  }

  Word* destination(const Range* r, const Word* obj, std::size_t words) {
    Word*& top = obj < r->promote_hi ? otop_ : ytop_;
    Word* d = top;
    top += words;
    return d;
  }

  // The new value of the term word `w`: its copy's address if it points
  // into the areas being collected (copying it there first if needed).
  Word evacuate(Word w) {
    Word tag = w & Term::kPrimaryMask;
    if (tag == Term::kListTag) {
      Word* c = reinterpret_cast<Word*>(w - Term::kListTag);
      const Range* r = find(c);
      if (!r) return w;
      if (c[0] == kMovedCons) return c[1];
      Word* d = destination(r, c, 2);
      d[0] = c[0];
      d[1] = c[1];
      Word moved = reinterpret_cast<Word>(d) | Term::kListTag;
      c[0] = kMovedCons;
      c[1] = moved;
      return moved;
    }
    if (tag == Term::kBoxedTag) {
      Word* b = reinterpret_cast<Word*>(w - Term::kBoxedTag);
      const Range* r = find(b);
      if (!r) return w;
      if ((b[0] & Term::kPrimaryMask) == Term::kBoxedTag) return b[0];  // forwarded
      std::size_t words = 1 + Term::header_arity(b[0]);
      Word* d = destination(r, b, words);
      std::memcpy(d, b, words * sizeof(Word));
      b[0] = reinterpret_cast<Word>(d) | Term::kBoxedTag;
      return b[0];
    }
    return w;
  }

  // Scans one copied object (updating its term words); returns the next.
  Word* scan_object(Word* s) {
    Word h = s[0];
    if ((h & Term::kPrimaryMask) == Term::kHeaderTag) {
      std::size_t arity = h >> 8;  // Term::header_arity
      std::uint32_t raw = kRawWords[(h >> 2) & 0x3F];
      if (raw != kAllRaw)
        for (std::size_t i = 1 + raw; i <= arity; ++i) s[i] = evacuate(s[i]);
      return s + 1 + arity;
    }
    s[0] = evacuate(s[0]);  // a cons cell
    s[1] = evacuate(s[1]);
    return s + 2;
  }

  // Off-heap objects: keep the entries of those copied (at their new
  // address) and of those not in the collected areas; release the rest.
  void sweep_off_heap() {
    std::vector<Word*>& list = p_.heap_.off_heap_;
    std::size_t kept = 0;
    for (Word* o : list) {
      if (!find(o)) {
        list[kept++] = o;
      } else if ((o[0] & Term::kPrimaryMask) == Term::kBoxedTag) {
        list[kept++] = reinterpret_cast<Word*>(o[0] - Term::kBoxedTag);
      } else {
        release_off_heap(o);
      }
    }
    list.resize(kept);
  }

  Process& p_;
  Mode mode_;
  std::vector<Range> ranges_;
  const Range* rb_ = nullptr;
  std::size_t rn_ = 0;
  std::size_t young_worst_ = 0, promote_worst_ = 0;
  Word* ytop_ = nullptr;
  Word* otop_ = nullptr;
};

// The block size below which a process that collects keeps growing its
// block a step at each collection (a Fibonacci number, 32 KiB).
constexpr std::size_t kBusyBlockWords = 4181;

bool Process::collect(std::uint32_t live, std::size_t need, bool major) {
  gc_requested_ = false;
  std::size_t stack = stack_depth();
  std::size_t block_words = static_cast<std::size_t>(block_end_ - block_);
  // The last collection left the block mostly full: this one grows it a step.
  if (grow_next_) block_words = next_heap_size(block_words + 1);
  grow_next_ = false;
  const std::size_t block_before = block_words;  // the size this collection means to keep

  if (!major) {
    Collector minor(*this, Collector::Mode::kMinor);
    minor.plan();
    std::size_t promote = minor.promote_worst();
    // No room to promote in the old heap: collect it too.
    major = old_ ? static_cast<std::size_t>(old_end_ - old_top_) < promote : false;
    if (!major) {
      std::size_t size = next_heap_size(std::max(block_words, minor.young_worst() + stack + need));
      std::size_t old_words = static_cast<std::size_t>(old_end_ - old_);
      std::size_t new_old = 0;
      if (!old_ && promote > 0) new_old = next_heap_size(std::max(2 * promote, last_old_words_));
      if (max_heap_words && size + old_words + new_old > max_heap_words) {
        // Perhaps the old heap is mostly garbage.
        major = old_ != nullptr;
        if (!major) return false;
      } else {
        if (new_old) {
          old_ = old_top_ = alloc_words(new_old);
          old_end_ = old_ + new_old;
          last_old_words_ = new_old;
        }
        minor.run(size, live);
        ++minor_collections_;
        ++minors_since_major_;
      }
    }
  }
  if (major) {
    Collector full(*this, Collector::Mode::kMajor);
    full.plan();
    std::size_t size = next_heap_size(std::max(block_words, full.young_worst() + stack + need));
    if (max_heap_words && size > max_heap_words) return false;
    full.run(size, live);
    ++major_collections_;
    minors_since_major_ = 0;
  }

  // Sizing for the next collections. A block left more than 3/4 full grows
  // a step at the next one. After a major collection (when the block holds
  // everything live), a block filled less than a quarter is shrunk to twice
  // what it holds, by copying the young heap and stack once more (promoting
  // nothing). Minor collections never shrink it: the young heap stays as big
  // as the live data, which keeps the collections per word allocated few.
  // In stress mode, where collections are not driven by a full block, every
  // collection may shrink it, so that each costs what is live, not the block.
  std::size_t used = static_cast<std::size_t>(heap_.top_ - block_) + stack_depth() + need;
  block_words = static_cast<std::size_t>(block_end_ - block_);
  // A block left more than 3/4 full grows a step at the next collection; so
  // does a small block of a process that keeps filling it (a loop that
  // allocates floats or short lists): up to kBusyBlockWords, collections
  // get rarer at a small cost in memory.
  grow_next_ = used * 4 > block_words * 3 || (!stress_gc && block_words < kBusyBlockWords);
  // A minor collection had to make room for the worst case (everything in
  // the block and its fragments surviving); when little did, the block goes
  // back to its size before, or else it would grow a step at every
  // collection of a process whose live data stays small.
  bool grown_for_worst_case = !major && block_words > block_before && used * 4 < block_words;
  if ((major || stress_gc || grown_for_worst_case) && block_words > kMinHeapWords && used * 4 < block_words) {
    std::size_t size = next_heap_size(std::max(kMinHeapWords, 2 * used));
    if (grown_for_worst_case) size = std::max(size, block_before);
    if (size < block_words) {
      Collector resize(*this, Collector::Mode::kResize);
      resize.plan();
      resize.run(size, live);
    }
  }
  return !(max_heap_words && memory_words() > max_heap_words);
}

bool Process::safe_point(std::uint32_t live) {
  reductions += reductions_held_;
  reductions_held_ = 0;
  bool collect_now = gc_requested_;
  bool major = false;
  if (stress_gc && !collect_now && (heap_.top_ != gc_top_ || !fragments_.empty())) {
    // Stress mode collects at every safe point after an allocation, except
    // that a deep stack (copied by every collection) spaces them out to one
    // per stack_depth/256 safe points, and major collections come once the
    // minor ones since the last have copied about as much as the old heap
    // holds: both keep a stress run within a constant factor of a normal one.
    ++stress_points_;
    collect_now = stress_points_ * 256 >= stack_depth();
    major = minors_since_major_ >= 16 && minors_since_major_ * 256 >= static_cast<std::size_t>(old_top_ - old_);
  }
  if (collect_now) {
    stress_points_ = 0;
    if (!collect(live, 0, major)) return false;
  }
  if (stress_gc && reductions > 1) {
    // The next call or return comes back here (the budget is kept).
    reductions_held_ = reductions - 1;
    reductions = 1;
  }
  return true;
}

}  // namespace vial
