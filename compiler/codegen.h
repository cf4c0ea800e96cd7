// Code generation: core IR -> bytecode image (vm/opcodes.def).
//
// Register use (docs/compiler.md): every variable lives in a y slot of its
// function's frame; x registers hold arguments and short-lived temporaries.
// A value computed before a sibling expression that makes a call is kept in
// a y slot, since calls clobber every x register. Clauses are matched by a
// decision tree (a backtracking automaton with switch instructions).
#pragma once

#include "compiler/compile.h"
#include "compiler/ir.h"

namespace vial {

[[nodiscard]] bool generate_module(const ir::Module& module, const std::string& file, ModuleImage* out,
                                   CompileError* error);

}  // namespace vial
