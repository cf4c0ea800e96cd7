// The schedulers: threads that run processes in slices, their run queues and
// timers, the process table, registered names, and what happens when a
// process ends (links, monitors, crash reports). docs/processes.md.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "vm/process.h"

namespace vial {

// How many scheduler threads `run_processes` starts (`vial --schedulers N`,
// or VIAL_SCHEDULERS); 0: one per core.
void set_scheduler_count(int n);
int scheduler_count();

// What the program does when its main process ends: returns the exit status.
// `status` says how it ended; `reason` is the exit reason for kError when it
// came from an exit signal (none otherwise).
using MainExitFn = int (*)(Process& main, RunStatus status, Term from, Term reason);

// Runs `main` (a Process(Process::Scheduled{}) prepared with setup_call) and
// every process it starts, until main ends; then stops the others and
// returns what `on_exit` returned (or System.halt's status).
int run_processes(Process* main, MainExitFn on_exit);

// Crash reports: formats "** (Module) message\n    trace..." for a process
// whose execute() returned kError (set by runtime/run.cpp).
using ErrorFormatter = std::string (*)(Process& p);
void set_error_formatter(ErrorFormatter f);

struct SpawnOptions {
  bool link = false;
  bool monitor = false;
  std::size_t max_heap_words = default_max_heap_words();
};

// Starts a process running fun() (`function` none, `args` nil) or
// apply(module, function, args), with the terms copied onto its heap.
// Returns its pid; with `monitor`, *monitor_ref gets the monitor's number.
Term spawn_process(Process& parent, Term fun_or_module, Term function, Term args, const SpawnOptions& options,
                   std::uint64_t* monitor_ref);

// Pushes a signal to the process `pid`. Returns false (and frees the signal)
// if no such process is alive.
// With `only_for_timer`, only if the process still waits in the receive
// whose timer has that id.
bool deliver(Term pid, Signal* s, std::uint64_t only_for_timer = 0);
// deliver() for threads that are not schedulers (a named node's socket
// threads, the REPL's Ctrl-C watcher): the same, but safe while the program
// ends — once the schedulers have stopped, the signal is freed instead.
bool deliver_from_outside(Term pid, Signal* s);
// send/2 to a pid: copies `msg`. Sending to a dead pid does nothing.
// Returns the words copied.
std::size_t send_message(Process& from, Term pid, Term msg);

bool process_alive(Term pid);
// group_leader/2: sets the group leader of `pid` (a raw pid word, 0 for the
// standard one); false if no such process is alive.
bool set_group_leader(Term pid, Word leader);
// Functions called with the pid of every process that ends, before its
// links and monitors hear of it (ETS gives its tables away or deletes them).
// Registered at start-up, before any process runs.
using ProcessEndHook = void (*)(Term pid);
void add_process_end_hook(ProcessEndHook hook);
std::vector<Term> all_pids();
std::size_t process_count();

// Registered names.
enum class RegisterResult { kOk, kNameTaken, kNoProcess, kHasName };
RegisterResult register_name(Term name, Term pid);
bool unregister_name(Term name);
Term whereis_name(Term name);  // the pid, or nil
std::vector<Term> registered_names();

// Links and monitors of the calling process `self`.
// link: false if `pid` is not alive (the caller decides what that means).
bool link_process(Process& self, Term pid);
void unlink_process(Process& self, Term pid);
// monitor: a DOWN with :noproc is queued at once if `pid` is dead.
// `name`: the registered name it was monitored by, or nil.
std::uint64_t monitor_process(Process& self, Term pid, Term name = Term::nil());
// demonitor: false if `ref` was not an active monitor of self.
bool demonitor_process(Process& self, std::uint64_t ref);
// exit/2: an exit signal from `self` to `pid`.
void send_exit(Process& self, Term pid, Term reason);

// Timers: Process.send_after / :erlang.start_timer (message already made)
// and cancel_timer / read_timer (milliseconds left, or -1 if none).
void start_timer(std::int64_t ms, Term dest, Signal* message, std::uint64_t ref);
std::int64_t cancel_timer(std::uint64_t ref);
std::int64_t read_timer(std::uint64_t ref);

}  // namespace vial
