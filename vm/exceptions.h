// Turning a raised reason into what Elixir shows: the exception module and
// its message (Elixir's Exception.normalize/3 and message/1 for the reasons
// the VM raises). The texts come from the catalogue, vm/messages.def.
//
// The VM raises Erlang reasons (badarith, {badmatch, V}, function_clause,
// undef, ...), as BEAM does; Elixir's exception structs arrive with maps, and
// until then the reasons below stand for the Elixir-only exceptions:
//   cond_clause                          CondClauseError
//   {badbool, Op, Value}                 BadBooleanError (as in Elixir)
//   {protocol_undefined, Protocol, V}    Protocol.UndefinedError
//   {with_clause, Value}                 WithClauseError
//   {exception, Module, Message}         what `raise` raises (vial:raise/2)
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
std::string format_uncaught(const ErrorState& error);

// "Foo.bar/1", ":erlang.hd/1": Exception.format_mfa/3.
std::string format_mfa(Term module, Term function, std::uint32_t arity);

}  // namespace vial
