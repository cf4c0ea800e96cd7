// Compiled modules on disk: saving images as .vbc files (`vial compile`) and
// loading them on demand from the code path (`vial run -pa DIR`).
#pragma once

#include <string>
#include <vector>

#include "vm/code.h"

namespace vial {

// Writes `image` to DIR/Elixir.Mod.vbc (creating DIR). False with `error`
// set ("cannot write ...: reason") on failure.
[[nodiscard]] bool save_module(const ModuleImage& image, const std::string& dir, std::string* error);

// Reads, verifies and loads one .vbc file; when `expected` is a module name,
// the file must hold that module. False with `error` set.
[[nodiscard]] bool load_module_file(const std::string& path, std::string* error, Term expected = Term::none());

// Sets the folders searched, in order, when a call reaches a module that is
// not loaded, and installs the VM's autoloader for them. A .vbc file that is
// found but cannot be loaded is reported on stderr; the call then fails as a
// call to a missing module does (UndefinedFunctionError).
void set_code_path(const std::vector<std::string>& dirs);

// Installs the VM's autoloader: the standard library built into this binary
// (runtime/stdlib.h), then the code path. register_builtins() calls it.
void install_autoloader();

// True when `module`'s current version is the one the built-in library
// provides (false when it is not loaded, or the program redefined it).
bool builtin_version_current(Term module);

}  // namespace vial
