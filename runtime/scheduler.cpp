#include "runtime/scheduler.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <mutex>
#include <shared_mutex>
#include <queue>
#include <thread>
#include <unordered_map>

#include "vm/atom.h"
#include "vm/copy.h"
#include "vm/messages.h"
#include "vm/module.h"
#include "vm/code.h"
#include "vm/printer.h"
#include "runtime/builtins/builtins.h"
#include "runtime/timer_wheel.h"

namespace vial {

namespace {

using Clock = std::chrono::steady_clock;

// --- the process table ---------------------------------------------------
// Sharded by pid number. A signal is pushed while the shard's lock is held,
// and a process leaves the table under that lock before it is freed, so a
// sender never touches a freed process.
constexpr std::size_t kShards = 64;
struct Shard {
  std::mutex m;
  std::unordered_map<std::uint64_t, Process*> map;
};
Shard g_table[kShards];
std::atomic<std::size_t> g_process_count{0};
Shard& shard_of(Term pid) { return g_table[pid.pid_number() % kShards]; }

void table_add(Process* p) {
  Shard& s = shard_of(p->pid);
  std::lock_guard<std::mutex> lock(s.m);
  s.map.emplace(p->pid.pid_number(), p);
  g_process_count.fetch_add(1, std::memory_order_relaxed);
}

void table_remove(Process* p) {
  Shard& s = shard_of(p->pid);
  std::lock_guard<std::mutex> lock(s.m);
  s.map.erase(p->pid.pid_number());
  g_process_count.fetch_sub(1, std::memory_order_relaxed);
}

}  // namespace

bool set_group_leader(Term pid, Word leader) {
  Shard& s = shard_of(pid);
  std::lock_guard<std::mutex> lock(s.m);
  auto it = s.map.find(pid.pid_number());
  if (it == s.map.end()) return false;
  it->second->group_leader.store(leader, std::memory_order_relaxed);
  return true;
}

namespace {

// --- registered names ----------------------------------------------------
std::mutex g_names_m;
std::unordered_map<Word, Term> g_names;  // atom -> pid

// --- schedulers ----------------------------------------------------------
struct Timer {
  Term pid;              // receive timeouts: the waiting process
  std::uint64_t id;      // receive timer id, or the timer reference's number
  Signal* message;       // send_after/start_timer: the message; else null
  Term dest;             // send_after's destination (a pid or a name)
};

// Milliseconds on the steady clock since the runtime started: the timer
// wheels' ticks.
Clock::time_point g_epoch = Clock::now();
std::int64_t tick_of(Clock::time_point t) {
  return std::chrono::duration_cast<std::chrono::milliseconds>(t - g_epoch).count();
}
std::int64_t now_tick() { return tick_of(Clock::now()); }

struct Sched {
  int index = 0;
  std::mutex m;
  std::condition_variable cv;
  bool sleeping = false;
  // Two run queues: processes that a message or signal woke (`woken`),
  // and processes that used up their slice or were spawned (`queue`).
  // Woken ones run first, so a ping is answered without waiting behind
  // every busy process; but once woken ones have used a slice's worth of
  // reductions since a busy one last ran, a busy one runs: neither kind
  // starves.
  std::deque<Process*> queue;
  std::deque<Process*> woken;
  int woken_credit = kReductionsPerSlice;
  int last_used = 0;  // reductions the last slice used (this thread only)
  TimerWheel<Timer> timers{now_tick()};
  std::size_t runnable() const { return queue.size() + woken.size(); }
  std::unique_ptr<Term[]> regs;
  std::thread thread;
};

int g_scheduler_count = 0;
std::vector<std::unique_ptr<Sched>> g_scheds;
std::atomic<bool> g_stop{false};
std::atomic<int> g_sleepers{0};
std::atomic<int> g_exit_status{0};
MainExitFn g_on_main_exit = nullptr;
ErrorFormatter g_error_formatter = nullptr;
std::atomic<Process*> g_main{nullptr};
thread_local Sched* t_sched = nullptr;

// Timers with references (send_after, start_timer) that are still pending:
// reference number -> deadline. cancel/read look here; a fired or cancelled
// timer is no longer in it.
std::mutex g_timer_refs_m;
struct PendingTimer {
  Clock::time_point when;
  Term dest;
};
std::unordered_map<std::uint64_t, PendingTimer> g_timer_refs;
// The pending timers addressed to each pid: a process's end cancels them
// (as BEAM's timers to a pid go with the process).
std::unordered_map<std::uint64_t, std::vector<std::uint64_t>> g_timers_of;

void forget_timer_of(Term dest, std::uint64_t ref) {  // g_timer_refs_m held
  if (!dest.is_pid()) return;
  auto it = g_timers_of.find(dest.pid_number());
  if (it == g_timers_of.end()) return;
  auto& v = it->second;
  v.erase(std::remove(v.begin(), v.end(), ref), v.end());
  if (v.empty()) g_timers_of.erase(it);
}

void cancel_timers_of(Term pid) {
  std::lock_guard<std::mutex> lock(g_timer_refs_m);
  auto it = g_timers_of.find(pid.pid_number());
  if (it == g_timers_of.end()) return;
  for (std::uint64_t ref : it->second) g_timer_refs.erase(ref);
  g_timers_of.erase(it);
}

// Threads outside the schedulers deliver through this gate, closed while
// the program's processes are torn down (run_processes' end).
std::shared_mutex g_outside_m;
bool g_outside_closed = false;

// --- the dirty pool -----------------------------------------------------------
// Threads that run blocking builtins (files, standard input): a process
// that reaches one leaves its scheduler (RunStatus::kDirty), runs up to the
// builtin's return here, and goes back to a scheduler's run queue.
struct DirtyPool {
  std::mutex m;
  std::condition_variable cv;
  std::deque<Process*> queue;
  int threads = 0;
  int idle = 0;
};
DirtyPool g_dirty;
constexpr int kMaxDirtyThreads = 8;

// Processes spawned and timers started while no scheduler runs (code run
// at compile time, before run_processes) wait here for the first one.
Sched g_standby;

Sched& home_sched() {
  if (t_sched) return *t_sched;
  return g_scheds.empty() ? g_standby : *g_scheds[0];
}

void wake(Sched& s) {
  std::lock_guard<std::mutex> lock(s.m);
  if (s.sleeping) s.cv.notify_one();
}

// Puts a process that became runnable on this thread's run queue (`woken`:
// by a message or signal).
void enqueue(Process* p, bool woken) {
  Sched& s = home_sched();
  std::size_t depth;
  {
    std::lock_guard<std::mutex> lock(s.m);
    (woken ? s.woken : s.queue).push_back(p);
    depth = s.runnable();
    if (s.sleeping) s.cv.notify_one();
  }
  // Work for an idle scheduler to steal.
  if (depth > 1 && g_sleepers.load(std::memory_order_relaxed) > 0)
    for (auto& other : g_scheds)
      if (other.get() != &s) {
        std::lock_guard<std::mutex> lock(other->m);
        if (other->sleeping) {
          other->cv.notify_one();
          break;
        }
      }
}

void add_timer_to(Sched& s, std::int64_t when, Timer t) {
  std::lock_guard<std::mutex> lock(s.m);
  s.timers.add(when, t);
  if (s.sleeping) s.cv.notify_one();
}

void add_timer(std::int64_t when, Timer t) { add_timer_to(home_sched(), when, t); }

}  // namespace

// --- delivering signals ----------------------------------------------------

bool deliver_from_outside(Term pid, Signal* s) {
  std::shared_lock<std::shared_mutex> lock(g_outside_m);
  if (g_outside_closed) {
    free_signal(s);
    return false;
  }
  return deliver(pid, s);
}

bool deliver(Term pid, Signal* s, std::uint64_t only_for_timer) {
  if (!pid.is_pid()) {
    free_signal(s);
    return false;
  }
  Process* p = nullptr;
  bool runnable = false;
  {
    Shard& sh = shard_of(pid);
    std::lock_guard<std::mutex> lock(sh.m);
    auto it = sh.map.find(pid.pid_number());
    if (it != sh.map.end() &&
        (only_for_timer == 0 || it->second->timer_id.load(std::memory_order_relaxed) == only_for_timer)) {
      p = it->second;
      p->inbox.push(s);
      std::uint32_t st = p->state.load(std::memory_order_relaxed);
      while (!p->state.compare_exchange_weak(st, st | Process::kPending | Process::kActive,
                                             std::memory_order_acq_rel, std::memory_order_relaxed)) {
      }
      runnable = !(st & Process::kActive);
    }
  }
  if (!p) {
    free_signal(s);
    return false;
  }
  // Nobody else can run or free it until it is dequeued (it was not active).
  if (runnable) enqueue(p, true);
  return true;
}

std::size_t send_message(Process& from, Term pid, Term msg) {
  Signal* s = make_signal(SignalKind::kMessage, from.pid, msg);
  std::size_t words = s->words;
  deliver(pid, s);
  return words;
}

std::vector<ProcessEndHook>& end_hooks() {
  static std::vector<ProcessEndHook> hooks;
  return hooks;
}

void add_process_end_hook(ProcessEndHook hook) { end_hooks().push_back(hook); }

bool process_alive(Term pid) {
  if (!pid.is_pid()) return false;
  Shard& sh = shard_of(pid);
  std::lock_guard<std::mutex> lock(sh.m);
  auto it = sh.map.find(pid.pid_number());
  return it != sh.map.end() && !(it->second->state.load(std::memory_order_relaxed) & Process::kExiting);
}

std::vector<Term> all_pids() {
  std::vector<Term> pids;
  for (Shard& sh : g_table) {
    std::lock_guard<std::mutex> lock(sh.m);
    for (auto& [n, p] : sh.map) pids.push_back(Term::pid(n));
  }
  std::sort(pids.begin(), pids.end(), [](Term a, Term b) { return a.pid_number() < b.pid_number(); });
  return pids;
}

std::size_t process_count() { return g_process_count.load(std::memory_order_relaxed); }

// --- names ---------------------------------------------------------------

RegisterResult register_name(Term name, Term pid) {
  std::lock_guard<std::mutex> names(g_names_m);
  Shard& sh = shard_of(pid);
  std::lock_guard<std::mutex> lock(sh.m);
  auto it = sh.map.find(pid.pid_number());
  if (it == sh.map.end() || (it->second->state.load(std::memory_order_relaxed) & Process::kExiting))
    return RegisterResult::kNoProcess;
  if (g_names.count(name.raw())) return RegisterResult::kNameTaken;
  // The name field is read and written only under g_names_m.
  if (!it->second->registered_name.is_nil()) return RegisterResult::kHasName;
  it->second->registered_name = name;
  g_names.emplace(name.raw(), pid);
  return RegisterResult::kOk;
}

bool unregister_name(Term name) {
  std::lock_guard<std::mutex> names(g_names_m);
  auto it = g_names.find(name.raw());
  if (it == g_names.end()) return false;
  Term pid = it->second;
  g_names.erase(it);
  Shard& sh = shard_of(pid);
  std::lock_guard<std::mutex> lock(sh.m);
  auto p = sh.map.find(pid.pid_number());
  if (p != sh.map.end()) p->second->registered_name = Term::nil();
  return true;
}

Term whereis_name(Term name) {
  std::lock_guard<std::mutex> names(g_names_m);
  auto it = g_names.find(name.raw());
  return it == g_names.end() ? Term::nil() : it->second;
}

std::vector<Term> registered_names() {
  std::lock_guard<std::mutex> names(g_names_m);
  std::vector<Term> out;
  for (auto& [n, pid] : g_names) out.push_back(Term::from_raw(n));
  return out;
}

// --- links and monitors ----------------------------------------------------

bool link_process(Process& self, Term pid) {
  if (pid == self.pid) return true;
  if (std::find(self.links.begin(), self.links.end(), pid) != self.links.end()) return true;
  if (!deliver(pid, make_signal(SignalKind::kLink, self.pid, Term::nil()))) return false;
  self.links.push_back(pid);
  return true;
}

void unlink_process(Process& self, Term pid) {
  auto it = std::find(self.links.begin(), self.links.end(), pid);
  if (it == self.links.end()) return;
  self.links.erase(it);
  deliver(pid, make_signal(SignalKind::kUnlink, self.pid, Term::nil()));
}

namespace {

// A message built from a few terms on a scratch heap and copied into a
// signal: {tag, a, b} and {DOWN, ref, process, pid, reason}.
Signal* make_tuple_message(Term from, std::initializer_list<Term> elements) {
  Heap scratch(64);
  return make_signal(SignalKind::kMessage, from, make_tuple(scratch, elements));
}

// What a DOWN names: the pid, or {name, node} for a monitor by name.
Term down_object(Term pid, Term name, Heap& h) {
  return name.is_nil() ? pid : make_tuple(h, {name, intern_atom("nonode@nohost")});
}

Signal* down_message(std::uint64_t ref, Term pid, Term reason) {
  Heap scratch(64);
  Term r = make_ref(scratch, ref);
  return make_signal(SignalKind::kDown, pid, make_tuple(scratch, {atoms::DOWN, r, atoms::process, pid, reason}));
}

}  // namespace

std::uint64_t monitor_process(Process& self, Term pid, Term name) {
  std::uint64_t ref = new_ref_number();
  Heap scratch(16);
  if (deliver(pid, make_signal(SignalKind::kMonitor, self.pid, name, make_ref(scratch, ref)))) {
    self.monitors.push_back({ref, pid, name});
  } else {
    // The :DOWN of a dead process comes at once.
    Signal* down = down_message(ref, down_object(pid, name, scratch), atoms::noproc);
    down->kind = SignalKind::kMessage;
    self.append_message(down);
  }
  return ref;
}

bool demonitor_process(Process& self, std::uint64_t ref) {
  auto it = std::find_if(self.monitors.begin(), self.monitors.end(),
                         [&](const Process::Monitor& m) { return m.ref == ref; });
  if (it == self.monitors.end()) return false;
  Term pid = it->pid;
  self.monitors.erase(it);
  Heap scratch(16);
  deliver(pid, make_signal(SignalKind::kDemonitor, self.pid, make_ref(scratch, ref)));
  return true;
}

void send_exit(Process& self, Term pid, Term reason) {
  deliver(pid, make_signal(SignalKind::kExit, self.pid, reason));
}

// --- timers ----------------------------------------------------------------

void start_timer(std::int64_t ms, Term dest, Signal* message, std::uint64_t ref) {
  // A fun in a timer's message is out of reach of a purge's checks.
  if (!message->payload.is_immediate()) note_funs_stored(message->payload);
  Clock::time_point when = Clock::now() + std::chrono::milliseconds(ms);
  {
    std::lock_guard<std::mutex> lock(g_timer_refs_m);
    g_timer_refs.emplace(ref, PendingTimer{when, dest});
    if (dest.is_pid()) g_timers_of[dest.pid_number()].push_back(ref);
  }
  add_timer(tick_of(when) + 1, {Term::nil(), ref, message, dest});
}

namespace {
std::int64_t ms_left(Clock::time_point when) {
  auto left = std::chrono::duration_cast<std::chrono::milliseconds>(when - Clock::now()).count();
  return left < 0 ? 0 : left;
}
}  // namespace

std::int64_t cancel_timer(std::uint64_t ref) {
  std::lock_guard<std::mutex> lock(g_timer_refs_m);
  auto it = g_timer_refs.find(ref);
  if (it == g_timer_refs.end()) return -1;
  std::int64_t left = ms_left(it->second.when);
  forget_timer_of(it->second.dest, ref);
  g_timer_refs.erase(it);
  return left;
}

std::int64_t read_timer(std::uint64_t ref) {
  std::lock_guard<std::mutex> lock(g_timer_refs_m);
  auto it = g_timer_refs.find(ref);
  return it == g_timer_refs.end() ? -1 : ms_left(it->second.when);
}

namespace {

void fire(const Timer& t) {
  if (!t.message) {
    // A receive's timeout: only if that receive is still waiting.
    Signal* s = make_signal(SignalKind::kTimeout, t.pid, Term::nil());
    s->ref = Term::small(static_cast<std::int64_t>(t.id));
    deliver(t.pid, s, t.id);
    return;
  }
  {
    std::lock_guard<std::mutex> lock(g_timer_refs_m);
    auto it = g_timer_refs.find(t.id);
    if (it == g_timer_refs.end()) {  // cancelled
      free_signal(t.message);
      return;
    }
    forget_timer_of(it->second.dest, t.id);
    g_timer_refs.erase(it);
  }
  Term dest = t.dest.is_atom() ? whereis_name(t.dest) : t.dest;
  deliver(dest, t.message);
}

// Fires the timers of `s` that are due; returns the next deadline.
Clock::time_point fire_due(Sched& s) {
  std::vector<Timer> due;
  std::int64_t next;
  {
    std::lock_guard<std::mutex> lock(s.m);
    if (s.timers.size() == 0) return Clock::time_point::max();
    s.timers.advance(now_tick(), [&](const Timer& t) { due.push_back(t); });
    next = s.timers.next_deadline();
  }
  for (const Timer& t : due) fire(t);
  return next < 0 ? Clock::time_point::max() : g_epoch + std::chrono::milliseconds(next);
}

// --- a process's end ---------------------------------------------------------

std::atomic<std::uint64_t> g_next_timer_id{1};  // receive timers

// Whether an exception report is printed for a process that ended with an
// error of this kind (Elixir's logger reports raised errors and throws, not
// exits).
bool reported(Term kind) { return kind == atoms::error || kind == atoms::throw_; }

std::string pid_text(Term pid) { return "#PID<0." + std::to_string(pid.pid_number()) + ".0>"; }

void print_crash_report(Process& p) {
  std::string body = g_error_formatter ? g_error_formatter(p) : std::string("** (exit) crashed\n");
  auto now = std::chrono::system_clock::now();
  std::time_t tt = std::chrono::system_clock::to_time_t(now);
  int ms = static_cast<int>(
      std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000);
  std::tm tm{};
  localtime_r(&tt, &tm);
  char stamp[32];
  std::snprintf(stamp, sizeof stamp, "%02d:%02d:%02d.%03d", tm.tm_hour, tm.tm_min, tm.tm_sec, ms);
  std::string text = std::string("\n") + stamp + " [error] Process " + pid_text(p.pid) + " raised an exception\n" + body;
  std::fflush(stdout);
  std::fputs(text.c_str(), stderr);
  std::fflush(stderr);
}

void stop_all() {
  g_stop.store(true);
  for (auto& s : g_scheds) {
    std::lock_guard<std::mutex> lock(s->m);
    s->cv.notify_all();
  }
  std::lock_guard<std::mutex> lock(g_dirty.m);
  g_dirty.cv.notify_all();
}

// Ends `p` with `reason` (a term readable until this returns): tells its
// links and monitors, leaves the table, frees it.
void end_process(Process* p, Term reason) {
  p->state.fetch_or(Process::kExiting);
  for (ProcessEndHook hook : end_hooks()) hook(p->pid);
  {
    std::lock_guard<std::mutex> names(g_names_m);
    if (!p->registered_name.is_nil()) g_names.erase(p->registered_name.raw());
    p->registered_name = Term::nil();
  }
  table_remove(p);
  cancel_timers_of(p->pid);
  // Signals that arrived meanwhile: a link or a monitor made before we left
  // the table is answered as if it came a moment later.
  while (p->take_in()) {
    while (Signal* s = p->pop_system_signal()) {
      if (s->kind == SignalKind::kLink) {
        deliver(s->from, make_signal(SignalKind::kLinkExit, p->pid, reason));
        p->links.erase(std::remove(p->links.begin(), p->links.end(), s->from), p->links.end());
      } else if (s->kind == SignalKind::kUnlink) {
        p->links.erase(std::remove(p->links.begin(), p->links.end(), s->from), p->links.end());
      } else if (s->kind == SignalKind::kMonitor) {
        Heap scratch(16);
        deliver(s->from, down_message(ref_number(s->ref), down_object(p->pid, s->payload, scratch), reason));
      } else if (s->kind == SignalKind::kDemonitor) {
        std::uint64_t ref = ref_number(s->payload);
        auto& mb = p->monitored_by;
        mb.erase(std::remove_if(mb.begin(), mb.end(), [&](const Process::Monitor& m) { return m.ref == ref; }),
                 mb.end());
      } else if (s->kind == SignalKind::kInfo) {
        Heap scratch(16);
        deliver(s->from, make_signal(SignalKind::kMessage, p->pid,
                                     make_tuple(scratch, {intern_atom("$vial_info"), s->ref, atoms::undefined})));
      } else if (s->kind == SignalKind::kLinkExit) {
        p->links.erase(std::remove(p->links.begin(), p->links.end(), s->from), p->links.end());
      } else if (s->kind == SignalKind::kCodePurge) {
        purge_answer_gone(static_cast<std::uint64_t>(s->ref.small_value()));  // it runs nothing any more
      }
      free_signal(s);
    }
  }
  for (Term l : p->links) deliver(l, make_signal(SignalKind::kLinkExit, p->pid, reason));
  for (const auto& m : p->monitored_by) {
    Heap scratch(16);
    deliver(m.pid, down_message(m.ref, down_object(p->pid, m.name, scratch), reason));
  }
  for (const auto& m : p->monitors) {
    Heap scratch(16);
    deliver(m.pid, make_signal(SignalKind::kDemonitor, p->pid, make_ref(scratch, m.ref)));
  }
  delete p;
}

// {Reason, Stacktrace} for a process that ended with an uncaught error or
// throw (as BEAM's exit reasons: a throw's reason is {nocatch, Value}),
// built on `h`.
Term error_exit_reason(Process& p, Heap& h) {
  Term reason = p.error.reason;
  if (p.error.kind == atoms::throw_) reason = make_tuple(h, {intern_atom("nocatch"), reason});
  return make_tuple(h, {reason, stacktrace_term(h, p.error)});
}

// The main process ended: the program ends.
void main_ended(Process* p, RunStatus status, Term from, Term reason) {
  g_exit_status = g_on_main_exit ? g_on_main_exit(*p, status, from, reason) : 0;
  stop_all();
}

// Acts on the system signals taken in. Returns true if the process must end;
// *reason and *from then say why (terms valid while *hold lives).
bool handle_system_signals(Process* p, Term* reason, Term* from, Signal** hold) {
  while (Signal* s = p->pop_system_signal()) {
    switch (s->kind) {
      case SignalKind::kMessage:
        p->append_message(s);
        continue;
      case SignalKind::kDown: {
        // The monitor is gone; its DOWN becomes a message.
        std::uint64_t ref = ref_number(s->payload.element(1));
        auto& ms = p->monitors;
        ms.erase(std::remove_if(ms.begin(), ms.end(), [&](const Process::Monitor& m) { return m.ref == ref; }),
                 ms.end());
        s->kind = SignalKind::kMessage;
        p->append_message(s);
        continue;
      }
      case SignalKind::kExit:
      case SignalKind::kLinkExit: {
        bool link = s->kind == SignalKind::kLinkExit;
        if (link) {
          auto it = std::find(p->links.begin(), p->links.end(), s->from);
          if (it == p->links.end()) break;  // unlinked since
          p->links.erase(it);
        }
        Term r = s->payload;
        if (!link && r == atoms::kill) {
          *reason = atoms::killed;
          *from = s->from;
          *hold = s;
          return true;
        }
        if (p->trap_exit) {
          Signal* m = make_tuple_message(s->from, {atoms::EXIT, s->from, r});
          p->append_message(m);
          break;
        }
        if (r == atoms::normal && !(!link && s->from == p->pid)) break;
        *reason = r;
        *from = s->from;
        *hold = s;
        return true;
      }
      case SignalKind::kLink:
        if (std::find(p->links.begin(), p->links.end(), s->from) == p->links.end()) p->links.push_back(s->from);
        break;
      case SignalKind::kUnlink:
        p->links.erase(std::remove(p->links.begin(), p->links.end(), s->from), p->links.end());
        break;
      case SignalKind::kMonitor:
        p->monitored_by.push_back({ref_number(s->ref), s->from, s->payload});
        break;
      case SignalKind::kDemonitor: {
        std::uint64_t ref = ref_number(s->payload);
        auto& mb = p->monitored_by;
        mb.erase(std::remove_if(mb.begin(), mb.end(), [&](const Process::Monitor& m) { return m.ref == ref; }),
                 mb.end());
        break;
      }
      case SignalKind::kInfo: {
        Heap scratch(256);
        Term r = process_info_reply(*p, scratch, s->payload, false);
        if (r.is_none()) r = intern_atom("$badarg");
        deliver(s->from, make_signal(SignalKind::kMessage, p->pid,
                                     make_tuple(scratch, {intern_atom("$vial_info"), s->ref, r})));
        break;
      }
      case SignalKind::kCodePurge:
        // A purge's question (vm/module.h): the process checks itself, and
        // dies if it runs the code being purged, as BEAM kills it.
        if (answer_purge_check(*p, static_cast<std::uint64_t>(s->ref.small_value()))) {
          *reason = atoms::killed;
          *from = s->from;
          *hold = s;
          return true;
        }
        break;
      case SignalKind::kTimeout:
        if (std::uint64_t id = p->timer_id.load(std::memory_order_relaxed);
            id != 0 && s->ref == Term::small(static_cast<std::int64_t>(id)))
          p->timed_out = true;
        break;
    }
    free_signal(s);
  }
  return false;
}

// Ends `p` because of a signal or an error; the main process ends the program.
void finish(Process* p, RunStatus status, Term from, Term reason) {
  if (p == g_main.load()) {
    main_ended(p, status, from, reason);
    g_main.store(nullptr);
    // The main process is freed with the others at the end (its report may
    // still be printing terms of its heap).
    p->state.fetch_or(Process::kExiting);
    table_remove(p);
    delete p;
    return;
  }
  end_process(p, reason);
}

void run_dirty(Process* p);

// Runs `p` for one slice (or until it waits or ends).
void run_slice(Sched& s, Process* p) {
  p->x = s.regs.get();
  p->new_slice(kReductionsPerSlice);
  // The reductions this slice used: into the process's count (once) and the
  // scheduler's credit. Called while the process is still ours.
  int counted = 0;
  auto account = [&] {
    int used = kReductionsPerSlice - p->reductions;
    if (used > counted) {
      p->reductions_done += static_cast<std::uint64_t>(used - counted);
      counted = used;
    }
    s.last_used = used;
  };
  for (;;) {
    p->take_in();
    Term reason = Term::none(), from = Term::nil();
    Signal* hold = nullptr;
    if (handle_system_signals(p, &reason, &from, &hold)) {
      account();
      finish(p, RunStatus::kError, from, reason);
      if (hold) free_signal(hold);
      return;
    }
    RunStatus status;
    if (p->dirty_done) {
      // What the process's run on a dirty thread ended with.
      p->dirty_done = false;
      status = static_cast<RunStatus>(p->dirty_result);
    } else {
      status = execute(*p);
    }
    switch (status) {
      case RunStatus::kDirty:
        account();
        run_dirty(p);
        return;
      case RunStatus::kYield:
        if (p->reductions > 0 && !g_stop.load(std::memory_order_relaxed)) continue;  // signals to act on
        account();  // before another scheduler may steal the process from the queue
        {
          std::lock_guard<std::mutex> lock(s.m);
          s.queue.push_back(p);
        }
        return;
      case RunStatus::kWait: {
        if (p->wait_ms >= 0 && p->timer_id.load(std::memory_order_relaxed) == 0) {
          std::uint64_t id = g_next_timer_id.fetch_add(1, std::memory_order_relaxed);
          p->timer_id.store(id, std::memory_order_relaxed);
          std::lock_guard<std::mutex> lock(s.m);
          // A tick is a whole millisecond: the next one after now + wait_ms,
          // so that the wait is never shorter than asked.
          s.timers.add(now_tick() + p->wait_ms + 1, {p->pid, id, nullptr, Term::nil()});
        }
        account();  // before the process may be woken on another thread
        std::uint32_t st = p->state.load(std::memory_order_acquire);
        for (;;) {
          if (st & Process::kPending) {
            if (p->state.compare_exchange_weak(st, st & ~Process::kPending, std::memory_order_acq_rel)) break;
          } else if (p->state.compare_exchange_weak(st, st & ~Process::kActive, std::memory_order_acq_rel)) {
            return;  // waiting: a signal makes it runnable again
          }
        }
        if (p->reductions <= 0) {
          std::lock_guard<std::mutex> lock(s.m);
          s.queue.push_back(p);
          account();
          return;
        }
        continue;  // something arrived meanwhile: look again
      }
      case RunStatus::kDone:
        account();
        finish(p, status, Term::nil(), atoms::normal);
        return;
      case RunStatus::kError: {
        if (p == g_main.load()) {
          account();
          finish(p, status, Term::nil(), Term::none());
          return;
        }
        // The exit reason is copied off the process first: the report runs
        // Exception.message/1 on it, which resets its error and may collect.
        Heap h(256);
        Term r = copy_term(h, p->error.kind == atoms::exit ? p->error.reason : error_exit_reason(*p, h));
        if (reported(p->error.kind)) {
          // A throw nobody caught is reported as the error it became.
          if (p->error.kind == atoms::throw_) {
            p->error.kind = atoms::error;
            p->error.reason = make_tuple(p->heap(), {intern_atom("nocatch"), p->error.reason});
          }
          print_crash_report(*p);
        }
        account();
        finish(p, status, Term::nil(), r);
        return;
      }
      case RunStatus::kKilled: {
        std::string text = message(Msg::killed_max_heap, p->memory_words(), p->max_heap_words);
        if (p == g_main.load()) {
          account();
          finish(p, status, Term::nil(), atoms::killed);
          return;
        }
        std::fflush(stdout);
        std::fputs(text.c_str(), stderr);
        account();
        finish(p, status, Term::nil(), atoms::killed);
        return;
      }
      case RunStatus::kExit: {
        Heap h(64);
        Term r = copy_term(h, p->exit_reason);
        account();
        finish(p, RunStatus::kError, p->pid, r);
        return;
      }
      case RunStatus::kHalt:
        g_exit_status = p->halt_status;
        stop_all();
        account();
        return;
    }
  }
}

void dirty_loop() {
  auto regs = std::make_unique<Term[]>(kMaxXRegs);
  std::size_t next_sched = 0;
  for (;;) {
    Process* p;
    {
      std::unique_lock<std::mutex> lock(g_dirty.m);
      ++g_dirty.idle;
      g_dirty.cv.wait(lock, [] { return g_stop.load() || !g_dirty.queue.empty(); });
      --g_dirty.idle;
      if (g_stop.load()) return;
      p = g_dirty.queue.front();
      g_dirty.queue.pop_front();
      p->on_dirty.store(true);  // under the lock: the final cleanup leaves it alone
    }
    p->x = regs.get();
    p->reductions = 1;  // back to a scheduler right after the builtin
    RunStatus status = execute(*p);
    p->dirty_done = status != RunStatus::kYield;
    p->dirty_result = static_cast<std::uint8_t>(status);
    p->on_dirty.store(false);  // not touched here after this
    if (g_stop.load()) return;
    Sched& s = *g_scheds[next_sched++ % g_scheds.size()];
    std::lock_guard<std::mutex> lock(s.m);
    s.queue.push_back(p);
    if (s.sleeping) s.cv.notify_one();
  }
}

void run_dirty(Process* p) {
  std::lock_guard<std::mutex> lock(g_dirty.m);
  g_dirty.queue.push_back(p);
  if (g_dirty.idle == 0 && g_dirty.threads < kMaxDirtyThreads) {
    ++g_dirty.threads;
    // Detached: one blocked in a read when the program ends is left there.
    std::thread(dirty_loop).detach();
  } else {
    g_dirty.cv.notify_one();
  }
}

// The next process to run, and whether it came from the woken queue.
Process* pop_local(Sched& s, bool* woken) {
  std::lock_guard<std::mutex> lock(s.m);
  *woken = !s.woken.empty() && (s.woken_credit > 0 || s.queue.empty());
  std::deque<Process*>& q = *woken ? s.woken : s.queue;
  if (q.empty()) return nullptr;
  Process* p = q.front();
  q.pop_front();
  if (!*woken) s.woken_credit = kReductionsPerSlice;
  return p;
}

// Takes half of another scheduler's queue.
Process* steal(Sched& s) {
  for (std::size_t i = 1; i < g_scheds.size(); ++i) {
    Sched& v = *g_scheds[(s.index + i) % g_scheds.size()];
    std::vector<Process*> taken;
    {
      std::lock_guard<std::mutex> lock(v.m);
      std::deque<Process*>& q = v.queue.empty() ? v.woken : v.queue;
      std::size_t n = q.size() / 2 + (q.size() % 2);
      for (std::size_t k = 0; k < n; ++k) {
        taken.push_back(q.back());
        q.pop_back();
      }
    }
    if (taken.empty()) continue;
    Process* first = taken.back();
    taken.pop_back();
    if (!taken.empty()) {
      std::lock_guard<std::mutex> lock(s.m);
      for (auto it = taken.rbegin(); it != taken.rend(); ++it) s.queue.push_back(*it);
    }
    return first;
  }
  return nullptr;
}

void scheduler_loop(Sched& s) {
  t_sched = &s;
  while (!g_stop.load(std::memory_order_acquire)) {
    Clock::time_point next = fire_due(s);
    bool woken = false;
    Process* p = pop_local(s, &woken);
    if (!p && g_scheds.size() > 1) p = steal(s);
    if (p) {
      run_slice(s, p);
      if (woken) {
        // What the woken process used (a slice at most) comes off the credit.
        std::lock_guard<std::mutex> lock(s.m);
        s.woken_credit -= s.last_used;
      }
      continue;
    }
    std::unique_lock<std::mutex> lock(s.m);
    if (s.runnable() > 0 || g_stop.load()) continue;
    if (s.timers.size() > 0) {
      std::int64_t n = s.timers.next_deadline();
      if (n >= 0 && g_epoch + std::chrono::milliseconds(n) < next) next = g_epoch + std::chrono::milliseconds(n);
    }
    s.sleeping = true;
    g_sleepers.fetch_add(1);
    if (next == Clock::time_point::max()) s.cv.wait(lock);
    else s.cv.wait_until(lock, next);
    g_sleepers.fetch_sub(1);
    s.sleeping = false;
  }
  t_sched = nullptr;
}

}  // namespace

// --- spawning --------------------------------------------------------------

namespace {
// The code a new process starts in: apply_list 2 (x0 a fun, x1 its
// arguments) or apply_list 3 (module, function, arguments), then halt.
const Word* start_code(bool mfa) {
  static const Word fun_code[] = {reinterpret_cast<Word>(opcode_handlers()[static_cast<int>(Op::apply_list)]), 2,
                                  reinterpret_cast<Word>(opcode_handlers()[static_cast<int>(Op::halt)])};
  static const Word mfa_code[] = {reinterpret_cast<Word>(opcode_handlers()[static_cast<int>(Op::apply_list)]), 3,
                                  reinterpret_cast<Word>(opcode_handlers()[static_cast<int>(Op::halt)])};
  return mfa ? mfa_code : fun_code;
}
}  // namespace

Term spawn_process(Process& parent, Term fun_or_module, Term function, Term args, const SpawnOptions& options,
                   std::uint64_t* monitor_ref) {
  auto* child = new Process(Process::Scheduled{});
  child->max_heap_words = options.max_heap_words;
  child->group_leader.store(parent.group_leader.load(std::memory_order_relaxed), std::memory_order_relaxed);
  Term a[3];
  std::uint32_t n;
  if (function.is_none()) {
    a[0] = copy_term(child->heap(), fun_or_module);
    a[1] = Term::nil();
    n = 2;
  } else {
    a[0] = fun_or_module;
    a[1] = function;
    a[2] = copy_term(child->heap(), args);
    n = 3;
    child->initial_module = fun_or_module;
    child->initial_function = function;
    child->initial_arity = static_cast<std::uint32_t>(list_length(args));
  }
  child->setup_call(start_code(n == 3), a, n);
  Term pid = child->pid;
  if (options.link) {
    child->links.push_back(parent.pid);
    parent.links.push_back(pid);
  }
  if (options.monitor) {
    std::uint64_t ref = new_ref_number();
    child->monitored_by.push_back({ref, parent.pid});
    parent.monitors.push_back({ref, pid});
    if (monitor_ref) *monitor_ref = ref;
  }
  table_add(child);
  enqueue(child, false);
  return pid;
}

// --- configuration and the whole run ---------------------------------------

void set_scheduler_count(int n) { g_scheduler_count = n; }

int scheduler_count() {
  if (g_scheduler_count > 0) return g_scheduler_count;
  if (const char* e = std::getenv("VIAL_SCHEDULERS"); e && std::atoi(e) > 0) return std::atoi(e);
  unsigned hw = std::thread::hardware_concurrency();
  return hw ? static_cast<int>(hw) : 1;
}

void set_error_formatter(ErrorFormatter f) { g_error_formatter = f; }

int run_processes(Process* main, MainExitFn on_exit) {
  g_on_main_exit = on_exit;
  g_stop.store(false);
  g_exit_status = 0;
  int n = scheduler_count();
  g_scheds.clear();
  for (int i = 0; i < n; ++i) {
    auto s = std::make_unique<Sched>();
    s->index = i;
    s->regs = std::make_unique<Term[]>(kMaxXRegs);
    g_scheds.push_back(std::move(s));
  }
  g_main.store(main);
  table_add(main);
  g_scheds[0]->queue.push_back(main);
  {
    std::lock_guard<std::mutex> lock(g_standby.m);
    for (Process* p : g_standby.queue) g_scheds[0]->queue.push_back(p);
    for (Process* p : g_standby.woken) g_scheds[0]->woken.push_back(p);
    g_standby.queue.clear();
    g_standby.woken.clear();
    g_standby.timers.drain([](std::int64_t when, const Timer& t) { add_timer_to(*g_scheds[0], when, t); });
  }
  for (int i = 1; i < n; ++i) g_scheds[i]->thread = std::thread(scheduler_loop, std::ref(*g_scheds[i]));
  scheduler_loop(*g_scheds[0]);
  for (int i = 1; i < n; ++i) g_scheds[i]->thread.join();
  std::unique_lock<std::shared_mutex> outside(g_outside_m);
  g_outside_closed = true;
  // Everything still alive ends with the program (but for a process still
  // in a dirty builtin, such as a read of standard input: it stays as it is).
  {
    std::lock_guard<std::mutex> dirty(g_dirty.m);
    g_dirty.queue.clear();
    for (Shard& sh : g_table) {
      std::lock_guard<std::mutex> shard(sh.m);
      for (auto& [num, p] : sh.map)
        if (!p->on_dirty.load()) delete p;
      sh.map.clear();
    }
  }
  g_process_count.store(0);
  for (auto& s : g_scheds)
    s->timers.drain([](std::int64_t, const Timer& t) {
      if (t.message) free_signal(t.message);
    });
  g_scheds.clear();
  {
    std::lock_guard<std::mutex> lock(g_names_m);
    g_names.clear();
  }
  {
    std::lock_guard<std::mutex> lock(g_timer_refs_m);
    g_timer_refs.clear();
    g_timers_of.clear();
  }
  g_outside_closed = false;  // for the next run (`vial compile` runs one per file)
  return g_exit_status;
}

}  // namespace vial
