// The core IR: what expansion lowers the quoted form to, and what codegen
// turns into bytecode (DESIGN.md §3, docs/compiler.md).
//
// It is small on purpose: every macro is gone, every variable is resolved to
// a numbered version (rebinding `x` makes a new variable, so each one is
// bound exactly once), and patterns are their own explicit tree. Kernel
// operators are plain remote calls to :erlang; codegen picks instructions
// for the ones it knows.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "vm/term.h"

namespace vial::ir {

struct Pat;
struct Expr;
using PatPtr = std::unique_ptr<Pat>;
using ExprPtr = std::unique_ptr<Expr>;

struct Pat {
  enum Kind {
    kWild,   // _ : matches anything
    kBind,   // binds a new variable `var`
    kCheck,  // must equal the already bound variable `var` (a pin, or a repeat)
    kLit,    // must be exactly `lit` (===)
    kTuple,  // a tuple of elems.size() elements
    kCons,   // [elems[0] | elems[1]]
    kNil,    // []
    kAlias,  // both elems[0] and elems[1] (`p1 = p2` inside a pattern)
    kBin,    // a bitstring made of `segs`, in order, with nothing left over
    kMap,    // a map with at least the keys elems[0], elems[2], ... (each a
             // kLit or a pinned kCheck) whose values match elems[1], elems[3], ...
  };
  // One segment of a kBin pattern: `value::type-options-size(size)`.
  struct Segment {
    std::int64_t flags = 0;  // type, unit, sign, endianness (seg_flags, vm/binary.h)
    ExprPtr size;            // null: the default (all that is left for binary/bits)
    PatPtr value;            // a kLit bitstring with type kBits is matched as is
    int line = 0;
  };
  Kind kind = kWild;
  int var = -1;
  Term lit;
  std::vector<PatPtr> elems;
  std::vector<Segment> segs;
};

struct Clause {
  std::vector<PatPtr> pats;  // one per argument (a case clause has one; a
                             // try handler two: kind and reason)
  ExprPtr guard;             // null when there is no `when`
  ExprPtr body;
  int line = 0;
  // A `rescue` handler of a try: matches errors whose Elixir exception
  // module is one of these (any error when empty).
  bool rescue = false;
  std::vector<Term> rescue_modules;
};

struct Expr {
  enum Kind {
    kLit,         // lit
    kVar,         // var
    kBlock,       // args evaluated in order; the value is the last one's
    kMatch,       // pat = args[0]; raises MatchError when it does not match
    kCase,        // case args[0] do clauses end; raises CaseClauseError
    kLocalCall,   // function/arity in this module, args
    kRemoteCall,  // module.function(args), module and function known
    kApply,       // args[0].function(args[1..]): the module is a value
    kTuple,       // {args...}
    kCons,        // [args[0] | args[1]]
    kConcat,      // <<seg, ...>>: segment i's value is args[2i], its size
                  // args[2i+1] (a [] literal for the default) and its type
                  // and options segments[i]
    kFun,         // a closure of the lifted local function `function` taking
                  // lit (a small integer) arguments; args are the captured
                  // variables, passed after the arguments
    kExtFun,      // &module.function/lit: an external fun (no args)
    kCallFun,     // args[0].(args[1..])
    kTry,         // try args[0] with handler `clauses` (catch/rescue),
                  // `else_clauses` on success and `after`
    kReceive,     // receive do clauses (one pattern each) end; with `after`
                  // set, `after args[0] -> after`: args[0] is the timeout
  };
  Kind kind = kLit;
  int line = 0;
  Term lit;
  int var = -1;
  Term module;
  Term function;
  std::vector<ExprPtr> args;
  PatPtr pat;
  std::vector<Clause> clauses;
  std::vector<Clause> else_clauses;
  ExprPtr after;
  // kConcat: each segment's flags (seg_flags, vm/binary.h).
  std::vector<std::int64_t> segments;
};

struct Function {
  Term name;
  std::uint32_t arity = 0;
  bool exported = true;
  int line = 0;
  // For the body of an anonymous function (lifted to a local function whose
  // arguments are the fn's followed by its captured variables): the fn's own
  // arity. -1 for named functions.
  int fun_arity = -1;
  std::vector<Clause> clauses;
  std::vector<std::string> var_names;  // by variable number, for listings
};

struct Module {
  Term name;
  std::vector<Function> functions;
  // defstruct's {DefaultStruct, EnforcedKeys, Fields in order}, or none.
  Term struct_info = Term::none();
};

}  // namespace vial::ir
