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

namespace vial {

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
