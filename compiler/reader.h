// The reader: Elixir source text -> quoted form (DESIGN.md §3).
//
// Its output is exactly what Elixir 1.14's Code.string_to_quoted!/1 returns:
// {name, meta, args} triples with `[line: N]` metadata, literals as themselves,
// built as VM terms on the given heap.
#pragma once

#include <string>
#include <string_view>

#include "vm/heap.h"

namespace vial {

struct SyntaxError {
  // Elixir's exception module name: "SyntaxError", "TokenMissingError",
  // "MismatchedDelimiterError".
  std::string kind;
  std::string file;
  int line = 0;    // 1-based
  int column = 0;  // 1-based
  std::string message;      // e.g. "syntax error before: ')'"
  std::string source_line;  // the offending line, without its newline

  // "** (Kind) file:line:col: message" followed by the source line and a caret,
  // laid out as Elixir prints it.
  std::string format() const;
};

struct ReadResult {
  Term form = Term::none();  // valid when ok
  bool ok = false;
  SyntaxError error;         // valid when !ok
};

// Reads a whole file's text. A file of several expressions reads as
// {:__block__, [], [...]}; an empty file as {:__block__, [], []}; a single
// expression as itself (as Code.string_to_quoted!/1 does).
ReadResult read_string(Heap& heap, std::string_view source, std::string_view file);

}  // namespace vial
