// A hashed timer wheel (one per scheduler; docs/processes.md): 1 ms ticks,
// kSlots slots, a timer in the slot of its deadline's tick. Adding is O(1);
// advancing visits the slots of the ticks that passed (at most one round)
// and fires what is due, leaving timers of later rounds in place.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

namespace vial {

template <class T>
class TimerWheel {
 public:
  static constexpr std::int64_t kSlots = 1024;

  explicit TimerWheel(std::int64_t now) : now_(now), slots_(kSlots) {}

  // A timer due at tick `when` (ms); one already due fires at the next advance.
  void add(std::int64_t when, T item) {
    if (when <= now_) when = now_ + 1;
    slots_[static_cast<std::size_t>(when & (kSlots - 1))].push_back({when, item});
    ++size_;
    if (earliest_valid_ && when < earliest_) earliest_ = when;
  }

  // Moves to tick `now`, passing each due item to `fire` (in deadline order
  // within a slot, slots in tick order).
  template <class F>
  void advance(std::int64_t now, F&& fire) {
    if (now <= now_) return;
    std::int64_t from = now_ + 1;
    std::int64_t to = std::min(now, now_ + kSlots);  // one round visits every slot
    now_ = now;
    if (size_ == 0) return;
    for (std::int64_t t = from; t <= to; ++t) {
      auto& slot = slots_[static_cast<std::size_t>(t & (kSlots - 1))];
      if (slot.empty()) continue;
      due_.clear();
      auto keep = std::stable_partition(slot.begin(), slot.end(), [&](const Entry& e) { return e.when > now; });
      due_.assign(keep, slot.end());
      slot.erase(keep, slot.end());
      size_ -= due_.size();
      if (!due_.empty()) earliest_valid_ = false;
      std::stable_sort(due_.begin(), due_.end(), [](const Entry& a, const Entry& b) { return a.when < b.when; });
      for (const Entry& e : due_) fire(e.item);
    }
  }

  // The earliest deadline within the next round, or now + kSlots when there
  // is none that close (-1 when the wheel is empty). The earliest deadline of
  // all is kept between calls and found again (one pass over the timers)
  // only after an advance fired something: a scheduler asks at every turn
  // of its loop, and timers of later rounds (receive timeouts that already
  // ended wait in the wheel until their deadline) would otherwise be passed
  // over each time.
  std::int64_t next_deadline() const {
    if (size_ == 0) return -1;
    if (!earliest_valid_) {
      earliest_ = INT64_MAX;
      for (const auto& slot : slots_)
        for (const Entry& e : slot) earliest_ = std::min(earliest_, e.when);
      earliest_valid_ = true;
    }
    return std::max(std::min(earliest_, now_ + kSlots), now_ + 1);
  }

  std::size_t size() const { return size_; }

  // Takes every item out: f(deadline, item).
  template <class F>
  void drain(F&& f) {
    for (auto& slot : slots_) {
      for (const Entry& e : slot) f(e.when, e.item);
      slot.clear();
    }
    size_ = 0;
    earliest_valid_ = false;
  }

 private:
  struct Entry {
    std::int64_t when;
    T item;
  };
  std::int64_t now_;
  std::size_t size_ = 0;
  std::vector<std::vector<Entry>> slots_;
  std::vector<Entry> due_;
  mutable std::int64_t earliest_ = 0;
  mutable bool earliest_valid_ = false;
};

}  // namespace vial
