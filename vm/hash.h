// Term hashes with OTP 25's algorithms (vm/hash.cpp, docs/terms.md "Hashing").
#pragma once

#include <cstddef>
#include <cstdint>

#include "vm/term.h"

namespace vial {

// OTP 25's make_internal_hash/2 (erts/emulator/beam/utils.c), on Vial's terms:
// what the HAMT indexes by. Immediates hash their BEAM word: small integers,
// [] and the like hash as on BEAM; atoms hash their Vial atom index, which
// differs from BEAM's.
std::uint32_t internal_hash(Term t, std::uint32_t salt);

// OTP 25's make_hash2 (erlang:phash2/1,2 before the range is applied): the
// portable hash, equal to BEAM's for numbers, atoms, bitstrings, lists,
// tuples and maps of those. Pids and references hash their numbers as BEAM
// does, but those numbers are Vial's; funs hash their module, name and
// arity and their free variables (BEAM hashes its compiler's fun index and
// checksum).
// `steps`, if given, receives a measure of the work done (terms visited
// plus 12-byte blocks of binaries), for the caller's reduction charge.
std::uint32_t phash2(Term t, std::size_t* steps = nullptr);

// BEAM's hash of an atom's text (atom.c: hashpjw, reading a two-byte UTF-8
// sequence for U+0080..U+00FF as its Latin-1 byte).
std::uint32_t atom_text_hash(Term atom);

// OTP 25's make_hash (erlang:phash/2 before the range is applied): the
// older portable hash that :sets and :dict version 1 place elements by. As
// phash2, BEAM's value except for funs, pids and references.
std::uint32_t make_hash(Term t);

}  // namespace vial
