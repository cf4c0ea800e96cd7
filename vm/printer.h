// The VM's term printer: Erlang's ~w format and Elixir's inspect.
#pragma once

#include <cstdint>
#include <limits>
#include <string>

#include "vm/term.h"

namespace vial {

class Heap;

// Exactly what Erlang's io_lib:format("~w", [T]) produces (floats in shortest
// round-trip form, atoms quoted where Erlang quotes them, binaries as <<...>>).
std::string print_erlang(Term t);
// io_lib:format("~p") on one line (no line breaks): as ~w, but a list of
// printable characters prints as "..." and a printable binary as <<"...">>;
// `unicode` (~tp) counts every code point as printable, else only Latin-1.
std::string print_erlang_pretty(Term t, bool unicode);
std::string print_erlang_pretty(Term t, bool unicode, bool pretty);

// Elixir's Inspect.Opts (the options this printer honours).
struct InspectOpts {
  static constexpr std::int64_t kInfinity = std::numeric_limits<std::int64_t>::max();
  enum class Charlists : std::uint8_t { Infer, AsLists, AsCharlists };
  enum class Binaries : std::uint8_t { Infer, AsBinaries, AsStrings };
  std::int64_t limit = 50;
  std::int64_t printable_limit = 4096;
  std::int64_t width = 80;
  bool pretty = false;
  bool structs = true;
  Charlists charlists = Charlists::Infer;
  Binaries binaries = Binaries::Infer;
  int base = 10;  // 2, 8, 10 or 16
  // syntax_colors: is not empty: the document needs the Elixir
  // implementations (which add the colours), except for leaves.
  bool colors = false;
};

// Elixir's Kernel.inspect/1: inspect(t, default options), on one line.
std::string inspect(Term t);

// Inspect.Algebra.format(group(to_doc(t, opts)), width): Kernel.inspect/2
// passes `opts.pretty ? opts.width : kInfinity`, IO.inspect `opts.width`.
std::string inspect(Term t, const InspectOpts& opts, std::int64_t width);

// The Inspect protocol (docs/inspect.md). The runtime tells the printer
// which structs have an implementation written in Elixir (a user's defimpl,
// @derive): `hook(module)` is true for those. The functions below give up
// when they meet one, and the caller (Elixir code) takes over.
using InspectStructHook = bool (*)(Term module);
void set_inspect_struct_hook(InspectStructHook hook);

// Built-in types whose Inspect implementation the program redefined
// (`defimpl Inspect, for: Integer`): the hook answers a set of these bits,
// and the printer gives up on a value of such a type as it does on a struct
// with an Elixir implementation (except at the root of inspect_doc_term,
// which that type's own implementation is printing).
enum InspectTypeBit : unsigned {
  kInspectAtom = 1u << 0,
  kInspectBitString = 1u << 1,
  kInspectInteger = 1u << 2,
  kInspectFloat = 1u << 3,
  kInspectFunction = 1u << 4,
  kInspectPid = 1u << 5,
  kInspectPort = 1u << 6,
  kInspectReference = 1u << 7,
  kInspectList = 1u << 8,
  kInspectTuple = 1u << 9,
  kInspectMap = 1u << 10,
};
using InspectTypesHook = unsigned (*)();
void set_inspect_types_hook(InspectTypesHook hook);

// How the root of inspect_doc_term is inspected when it is a struct: as
// the protocol would (Protocol: stop if it has an Elixir implementation), as
// Inspect.Any.inspect/2 does (Any), or as a plain map (Map:
// Inspect.Map.inspect/2).
enum class InspectRoot : std::uint8_t { Protocol, Any, Map };

// Who finishes inspect(t) (below) when `t` holds a struct whose Inspect
// implementation is written in Elixir: the runtime sets one while it
// formats an uncaught error's report (runtime/run.cpp runs Kernel.inspect/1
// in a fresh process). Without one, such structs print as Inspect.Any would.
using InspectFallback = bool (*)(Term t, std::string* out);
void set_inspect_fallback(InspectFallback fallback);

// Kernel.inspect/2's work when no struct in `t` needs Elixir: the text in
// `out` and true; false when one does.
bool inspect_native(Term t, const InspectOpts& opts, std::int64_t width, std::string* out);

// Inspect.Algebra.to_doc(t, opts) as the Elixir document term, allocated on
// `h`; Term::none() when a struct in `t` needs Elixir.
Term inspect_doc_term(Heap& h, Term t, const InspectOpts& opts, InspectRoot root);

// An %Inspect.Opts{} struct's options; false when it is not one or a field
// has a value of the wrong kind.
bool inspect_opts_from_struct(Term opts, InspectOpts* out);

// Inspect.List.keyword?/1.
bool inspect_keyword_list(Term t);
// Macro.inspect_atom(:key, a): "a:", "\"a b\":".
std::string inspect_atom_key(Term a);
// Macro.inspect_atom(:remote_call, a): "foo", "+", "\"Foo\"".
std::string inspect_atom_remote_call(Term a);
// String.printable?(t, limit) for a binary, List.ascii_printable?(t, limit)
// for a list; false for anything else.
bool inspect_printable(Term t, std::int64_t limit);

// Inspect.Opts.new/1 from a keyword list: false when it is not a list of
// {atom, value} pairs or a known option has a value of the wrong kind.
// Unknown keys are ignored, as Inspect.Opts.new/1 (struct/2) does.
bool inspect_opts_from_list(Term list, InspectOpts* opts);

}  // namespace vial
