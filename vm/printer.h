// The VM's term printer: Erlang's ~w format and Elixir's inspect.
#pragma once

#include <cstdint>
#include <limits>
#include <string>

#include "vm/term.h"

namespace vial {

// Exactly what Erlang's io_lib:format("~w", [T]) produces (floats in shortest
// round-trip form, atoms quoted where Erlang quotes them, binaries as <<...>>).
std::string print_erlang(Term t);

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
};

// Elixir's Kernel.inspect/1: inspect(t, default options), on one line.
std::string inspect(Term t);

// Inspect.Algebra.format(group(to_doc(t, opts)), width): Kernel.inspect/2
// passes `opts.pretty ? opts.width : kInfinity`, IO.inspect `opts.width`.
std::string inspect(Term t, const InspectOpts& opts, std::int64_t width);

// Inspect.Opts.new/1 from a keyword list: false when it is not a list of
// {atom, value} pairs or a known option has a value of the wrong kind.
// Unknown keys are ignored, as Inspect.Opts.new/1 (struct/2) does.
bool inspect_opts_from_list(Term list, InspectOpts* opts);

}  // namespace vial
