// Signals between processes: messages, exit signals, links, monitors and
// timeouts (docs/processes.md).
//
// A signal is one malloc'd block: this header, then the words of the terms
// it carries (copied from the sender's heap; they point only into the block
// itself, into module literals, or at shared off-heap binaries), then the
// off-heap objects among them (each holding its own reference). Senders push
// signals onto the receiver's inbox, a lock-free stack; only the receiver
// takes them off, all at once, and keeps them in order. A message that a
// `receive` takes becomes a heap fragment of the receiver as it is (no second
// copy): its young generation until the next collection.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>

#include "vm/term.h"

namespace vial {

enum class SignalKind : std::uint8_t {
  kMessage,    // payload: the message
  kExit,       // payload: the reason; from: the sender (or the linked process that died)
  kLinkExit,   // an exit signal because a linked process ended (payload: its reason)
  kLink,       // from wants a link
  kUnlink,     // from removes its link
  kMonitor,    // from monitors us; ref: the monitor's reference
  kDemonitor,  // from drops the monitor `ref`
  kTimeout,    // a receive's timer fired; ref: small integer timer id
  kDown,       // a monitored process ended: payload the {DOWN, ...} message (becomes a message)
  kInfo,       // process_info request: payload the item (or list), ref the reply's reference
  kCodePurge,  // a purge asks the process to check itself: ref the job's id (vm/module.h)
};

struct Signal {
  Signal* next;
  std::size_t words;          // the whole block, this header included
  std::uint32_t off_heap;     // off-heap objects listed at the block's end
  SignalKind kind;
  Term from = Term::nil();    // the sender's pid
  Term payload = Term::nil(); // the message or reason
  Term ref = Term::nil();     // monitor reference or timer id

  Word* words_begin() { return reinterpret_cast<Word*>(this); }
};

inline constexpr std::size_t kSignalHeaderWords = (sizeof(Signal) + sizeof(Word) - 1) / sizeof(Word);

// Makes a signal, copying `payload` and `ref` into it (immediates cost
// nothing).
Signal* make_signal(SignalKind kind, Term from, Term payload, Term ref = Term::nil());
// Frees a signal nobody took (releasing its off-heap references).
void free_signal(Signal* s);
// The off-heap objects of a signal (to register with a heap that adopts it).
inline Word** signal_off_heap(Signal* s) {
  return reinterpret_cast<Word**>(s->words_begin() + s->words - s->off_heap);
}

// Words a copy of `t` takes (copy_term's allocation), and how many off-heap
// objects it holds (and, if `funs` is given, local funs).
std::size_t copy_size(Term t, std::uint32_t* off_heap, std::uint32_t* funs = nullptr);

// The inbox: pushed by any thread, emptied by the owner.
class Inbox {
 public:
  // Any thread.
  void push(Signal* s) {
    Signal* head = head_.load(std::memory_order_relaxed);
    do {
      s->next = head;
    } while (!head_.compare_exchange_weak(head, s, std::memory_order_release, std::memory_order_relaxed));
  }
  // The owner: everything pushed so far, oldest first.
  Signal* take_all() {
    Signal* s = head_.exchange(nullptr, std::memory_order_acquire);
    Signal* fifo = nullptr;
    while (s) {
      Signal* next = s->next;
      s->next = fifo;
      fifo = s;
      s = next;
    }
    return fifo;
  }
  bool empty() const { return head_.load(std::memory_order_acquire) == nullptr; }

 private:
  std::atomic<Signal*> head_{nullptr};
};

}  // namespace vial
