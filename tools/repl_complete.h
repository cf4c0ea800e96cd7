// Tab completion for the REPL (docs/repl.md): module names (`En` → Enum,
// Enumerable), a module's functions and macros (`Enum.ma` → Enum.map, ...),
// Erlang modules (`:lis` → :lists) and their functions, and the session's
// variables and imported functions (Kernel, IEx.Helpers).
//
// Shared by the local front end (tools/repl.cpp, libedit) and remote
// sessions (`vial attach`), which call the native :vial_repl.complete/2 in
// the node. No libedit here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vial {

// Where the word being completed starts in `text_before_cursor` (the
// trailing run of identifier characters, dots and a leading colon).
std::size_t repl_completion_start(std::string_view text_before_cursor);

// The completions of that word: each one is a whole word that would
// replace it (`Enum.ma` → "Enum.map", "Enum.map_every", ...), sorted, with
// no duplicates. Empty when nothing matches.
std::vector<std::string> repl_complete(std::string_view text_before_cursor, const std::vector<std::string>& var_names);

// What to do with the completions of `word`: the text to insert after it
// (the candidates' common extension, "" if none) and, when several remain
// and nothing is inserted, the names to list (the part after the last dot).
struct CompletionEdit {
  std::string insert;
  std::vector<std::string> listing;
};
CompletionEdit repl_completion_edit(std::string_view word, const std::vector<std::string>& candidates);

// The listing as iex prints it: names in columns that fit `width`.
std::string repl_format_listing(const std::vector<std::string>& names, std::size_t width = 80);

// Registers the natives a REPL server needs in any node, terminal or not:
// :vial_repl.complete/2 ((binary, [binary]) -> [binary]) and
// :vial_repl.version/0 (the banner's version) and :vial_repl.exports/1
// ({functions, macros}: a module's sorted {name, arity} pairs, for
// exports/1 and h/1).
void register_repl_server_natives();

}  // namespace vial
