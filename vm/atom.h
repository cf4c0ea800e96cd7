// The global atom table (DESIGN.md §4): an atom is an index into it.
// Lookups and inserts are thread-safe; the text of an atom never moves once
// interned, so views returned by `text()` stay valid for the life of the VM.
#pragma once

#include <cstdint>
#include <string_view>

#include "vm/term.h"

namespace vial {

namespace atoms {
enum Index : std::uint32_t {
#define X(id, text) id##_index,
#include "vm/atoms.def"
#undef X
  kPredefinedCount
};
#define X(id, text) inline constexpr Term id = Term::atom(id##_index);
#include "vm/atoms.def"
#undef X
}  // namespace atoms

// Erlang's limit on atom text length, in characters.
inline constexpr std::size_t kMaxAtomLength = 255;

// Interns `text` and returns its atom. Callers check the length limit.
Term intern_atom(std::string_view text);
// The atom for `text` if it already exists, else Term::none().
Term existing_atom(std::string_view text);
std::string_view atom_text(Term atom);
std::size_t atom_count();

inline Term make_bool(bool b) { return b ? atoms::true_ : atoms::false_; }

}  // namespace vial
