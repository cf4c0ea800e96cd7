// The module table (DESIGN.md §7) and the export table.
//
// Each module name maps to a current and an old version. Fully qualified
// calls go through export entries, which always point at the current
// version; local calls stay in the version that is running.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "vm/code.h"

#include <atomic>

namespace vial {

class Process;

// The number of purges running: copy_term calls purging_fun_copied for the
// local funs it copies while it is not zero.
extern std::atomic<int> g_purges_running;

// The export entry for {module, function, arity}, created if absent. The
// pointer stays valid for the life of the VM.
Export* export_entry(Term module, Term function, std::uint32_t arity);
// The entry if it exists, else null.
Export* find_export(Term module, Term function, std::uint32_t arity);

struct LoadError {
  std::string message;
};

// Threads `image` and installs it as the current version of its module; the
// previous current version becomes old, and a previous old version is purged.
// Returns the loaded version, or null with `error` filled in if the image is
// malformed (the loader verifies operands, so bad bytecode never runs).
std::shared_ptr<const LoadedModule> load_module(ModuleImage image, LoadError* error);

// Counts module loads: caches keyed on "is module M loaded" (the protocol
// dispatch cache, runtime/builtins/protocol.cpp) are valid while it is unchanged.
std::uint64_t module_load_generation();

// The current version of `module`, or null if it is not loaded.
std::shared_ptr<const LoadedModule> current_module(Term module);
// True when `module` is loaded (has a current version).
bool module_loaded(Term module);
// The functions `module` exports now: its current version's exported
// functions and its builtins (what `import` brings in).
std::vector<const Export*> module_exports(Term module);

// Called when a fully qualified call reaches a module that is not loaded:
// it may load the module (the runtime looks for a .vbc file on the code path)
// and returns true if it did. Null (the default): nothing is loaded on demand.
using Autoloader = bool (*)(Term module);
void set_autoloader(Autoloader loader);
// Tries the autoloader for a module that is not loaded; true if the module
// is loaded now (by this call, or by another thread meanwhile).
bool autoload(Term module);

// --- code versions and purging (docs/bytecode.md "Code versions") -----------

// The old version of `module`, or null.
std::shared_ptr<const LoadedModule> old_module(Term module);
// Whether `module` was ever loaded (it has an entry in the module table).
bool module_known(Term module);
// The current versions of all loaded modules, in the module table's order.
std::vector<std::shared_ptr<const LoadedModule>> loaded_modules();
// :code.delete/1: the current version becomes old and the exports are
// cleared. kHasOld: nothing done, the old version must be purged first.
enum class DeleteResult { kDeleted, kHasOld, kNothing, kUnknown };
DeleteResult delete_module(Term module);

// A purge takes the old version of a module out of the table and asks every
// process, by a system signal (SignalKind::kCodePurge, its ref the job's
// id), to check itself (answer_purge_check). Processes whose pc or stack
// points into the old code are killed; funs of it on their heaps become
// purged funs (vm/fun.h). The code is freed when the job finishes if
// nothing can reach it any more.
enum class PurgeMode : std::uint8_t {
  kPurge,  // :code.purge/1: kill the processes running the old code
  kSoft,   // :code.soft_purge/1: first only check; purge if none runs it
  kCheck,  // erlang:check_process_code/2: only check
};
// Starts a job for `module`'s old version (null if it has none): the
// version leaves the table's old slot at once for kPurge and kSoft.
// Returns the job's id, 0 if there is no old code.
std::uint64_t begin_purge(Term module, PurgeMode mode);
// Sets how many answers the current round waits for (the signals delivered).
void purge_round_sent(std::uint64_t id, int delivered);
// What a process does with a kCodePurge signal (on its own thread, while it
// is not running), and what a purger does for itself: returns true if the
// process must die (reason killed).
// `self`: the purger answering for itself from inside a builtin (its pc is
// not where it runs; its stack is).
bool answer_purge_check(Process& p, std::uint64_t id, bool self = false);
// A process that ended with the question still queued: one answer less to
// wait for.
void purge_answer_gone(std::uint64_t id);
// The job's state, for the purger's wait loop.
struct PurgeProgress {
  bool known = false;        // a job with this id exists
  PurgeMode mode = PurgeMode::kPurge;
  int round = 0;             // rounds started (each asks every process once)
  int purge_rounds = 0;      // of them, rounds in kPurge mode
  bool started_soft = false; // a soft purge (now past its check)
  bool answered = false;     // every answer of this round is in
  bool timed_out = false;    // this round waited too long for some answer
  bool found_on_stack = false;  // a process runs the code (kSoft, kCheck)
  int killed = 0;
};
PurgeProgress purge_progress(std::uint64_t id);
// Starts the next round (the caller sends the signals).
void purge_next_round(std::uint64_t id, PurgeMode mode);
// Ends the job: frees the version if nothing can reach it (else keeps it
// retired); `restore` (a soft purge that found the code running) puts it
// back as the old version instead.
void finish_purge(std::uint64_t id, bool restore);
// Called by copy_term for each local fun copied while a purge runs: a
// copy of a fun of the code being purged becomes a purged fun.
void purging_fun_copied(Word* fun);
// Called for a term copied off every process heap (a Stored term, a timer's
// message) that holds local funs: their versions' funs_stored is set.
void note_funs_stored(Term t);

// Finds the loaded code (current, old or retired version) that `pc` points
// into. `pc` is an instruction or a return address; the line is that of the
// instruction before it when `return_address` is set. False if no module's
// code holds it.
bool locate_code(const Word* pc, bool return_address, CodeLocation* out);

// The interpreter's handler for each opcode (vm/interp.cpp).
const void* const* opcode_handlers();
// The handlers of the specialised instructions, in vm/specialize.def's order.
const void* const* specialized_handlers();

// Threaded code for "stop": the continuation a top-level call returns to.
const Word* halt_code();

}  // namespace vial
