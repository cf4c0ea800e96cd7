// Funs (docs/terms.md "Funs"): the layout of a FUN object's second word and
// what Function.info/1 and inspect need to know about a fun.
//
//   word 1: a local fun's code entry, or an external fun's Export*
//   word 2: 63      62 ........................ 8   7 ..... 0
//          +-------+-----------------------------+----------+
//          | ext   | creator pid number + 1 (0: none) | arity |
//          +-------+-----------------------------+----------+
//   words 3..: a local fun's free variables (an external fun has none)
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "vm/code.h"

namespace vial {

inline constexpr Word kFunExternal = Word{1} << 63;
// A local fun whose module version was purged: word 1 points at a
// PurgedFun (below) instead of code, and calling it raises {badfun, Fun}.
inline constexpr Word kFunPurged = Word{1} << 62;
inline constexpr Word kFunArityMask = 0xFF;
// What call_fun compares with the call's arity: an external or purged fun
// never matches, so the interpreter's fast path is the live local fun's.
inline constexpr Word kFunCallMask = kFunExternal | kFunPurged | kFunArityMask;

// What a purged fun still knows about itself (vm/module.cpp makes one per
// anonymous function of a purged version and keeps it for the life of the
// VM, as BEAM keeps fun entries): inspect prints #Function<I.U/A in M>.
struct PurgedFun {
  Term module;
  std::uint32_t index = 0;
  std::uint32_t uniq = 0;
  unsigned char new_uniq[16] = {};
};
inline bool fun_is_purged(Term f) { return (f.boxed_ptr()[2] & kFunPurged) != 0; }

inline Word fun_word2(std::uint32_t arity, Term creator) {
  return static_cast<Word>(arity) | ((creator.is_pid() ? creator.pid_number() + 1 : 0) << 8);
}
inline std::uint32_t fun_arity(Term f) { return static_cast<std::uint32_t>(f.boxed_ptr()[2] & kFunArityMask); }
inline bool fun_is_external(Term f) { return (f.boxed_ptr()[2] & kFunExternal) != 0; }
inline const Export* fun_export(Term f) { return reinterpret_cast<const Export*>(f.boxed_ptr()[1]); }
inline std::size_t fun_free_count(Term f) { return Term::header_arity(f.boxed_ptr()[0]) - 2; }
// The creator's pid, or none (external funs).
inline Term fun_creator(Term f) {
  Word n = (f.boxed_ptr()[2] & ~(kFunExternal | kFunPurged)) >> 8;
  return n ? Term::pid(n - 1) : Term::none();
}

// &M.f/A: an external fun of the export entry.
Term make_external_fun(Heap& heap, const Export* e);

// Function.info/1's facts about a fun.
struct FunInfo {
  bool external = false;
  Term module;   // atom
  Term name;     // atom
  std::uint32_t arity = 0;
  // Local funs only: BEAM's index (the fun's place among its module's
  // functions in Vial), uniq (a 27-bit hash of the module) and new_uniq
  // (16 bytes).
  std::uint32_t index = 0;
  std::uint32_t uniq = 0;
  unsigned char new_uniq[16] = {};
  // A script's top level (elixir_compiler_N): the script file, relative to
  // the working directory; empty otherwise.
  std::string script_file;
};
// False when the fun's code is in no loaded module (cannot happen for a
// fun made by running code). A purged fun has no name (nil).
bool fun_info(Term f, FunInfo* out);
// The identity of the anonymous function at `index` of module `module`
// (source `file`): uniq, new_uniq and the script file.
void fun_identity(Term module, const std::string& file, std::uint32_t index, FunInfo* out);

// Elixir's Code.Identifier.extract_anonymous_fun_parent/1: "-outer/2-fun-0-"
// is {"outer", "2"}; false for other names.
bool anonymous_fun_parent(std::string_view name, std::string* parent, std::string* arity);

// inspect/1 of a fun, as Elixir's Inspect.Function prints it.
std::string inspect_fun(Term f);

}  // namespace vial
