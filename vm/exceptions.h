// Turning a raised reason into what Elixir shows: the exception module and
// its message (Elixir's Exception.normalize/3 and message/1 for the reasons
// the VM raises). The texts come from the catalogue, vm/messages.def.
//
// The VM raises Erlang reasons (badarith, {badmatch, V}, function_clause,
// undef, ...), as BEAM does, and `raise` raises exception structs (maps with
// __exception__: true). Besides Erlang's, the VM raises these terms, which
// runtime/builtins/exception.cpp normalises as Elixir does:
//   cond_clause                          CondClauseError (as in Elixir)
//   {badbool, Op, Value}                 BadBooleanError (as in Elixir)
//   {badstruct, Struct, Value}           BadStructError (Elixir raises the struct)
//   {protocol_undefined, Protocol, V}    Protocol.UndefinedError (until protocols)
//   {with_clause, Value}                 WithClauseError (as in Elixir)
//   {compile_error, Module, Message}     CompileError and others raised by
//                                        compiling a module body
#pragma once

#include <string>

#include "vm/process.h"

namespace vial {

struct ExceptionText {
  std::string module;   // "ArithmeticError", or "throw" / "exit" for those kinds
  std::string message;  // the full message (may span lines)
};

ExceptionText describe_exception(const ErrorState& error);

// Elixir's report of an uncaught exception: "** (Module) message\n" and the
// stack trace, one indented entry a line.
// `text`, when given, is the exception's module and message as computed by
// running Exception.message/1 (an exception struct's message needs the VM).
std::string format_uncaught(const ErrorState& error, const ExceptionText* text = nullptr);

// "Foo.bar/1", ":erlang.hd/1": Exception.format_mfa/3.
std::string format_mfa(Term module, Term function, std::uint32_t arity);
// Exception.format_mfa/3 with the arity already written ("/1", or "(1, 2)"
// for arguments): Mod."test x"/1, anonymous fn/1 in Mod.fun/0.
std::string format_mfa_text(Term module, Term function, const std::string& arity);

}  // namespace vial
