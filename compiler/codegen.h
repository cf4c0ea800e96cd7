// Code generation: core IR -> bytecode image (vm/opcodes.def).
//
// Register use (docs/compiler.md): calls clobber every x register, so a
// variable gets a y slot of its clause's frame only when it is read after a
// call; the others stay in x registers, as do arguments and temporaries.
// Clauses are matched by a decision tree (a backtracking automaton with
// switch instructions; codegen_match.cpp).
#pragma once

#include "compiler/compile.h"
#include "compiler/ir.h"

namespace vial {

[[nodiscard]] bool generate_module(const ir::Module& module, const std::string& file, ModuleImage* out,
                                   CompileError* error);

}  // namespace vial
