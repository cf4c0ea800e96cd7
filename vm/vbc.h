// .vbc files: a compiled module image, saved so it loads without the
// compiler (DESIGN.md §3; the format is described in docs/bytecode.md).
//
// A file is a fixed header (magic, format version, the fingerprint of this
// build's opcode table, the payload's length and checksum) followed by the
// payload: the atoms the module mentions, its name and source file, its
// literal terms, its code (where every literal operand is an index into the
// literal table, never a raw word), its functions, imports and line table.
//
// Decoding checks every length, index and tag against the bytes that are
// really there, so a truncated, corrupted or foreign file is rejected with a
// message; the decoded image then goes through the loader's verifier like
// freshly compiled code.
#pragma once

#include <string>
#include <string_view>

#include "vm/code.h"

namespace vial {

// The bytes of a .vbc file holding `image`. False (with `error` set) if the
// image holds a literal that cannot be saved (a pid, say).
[[nodiscard]] bool encode_module(const ModuleImage& image, std::string* out, std::string* error);

// Rebuilds an image from the bytes of a .vbc file. On failure returns false
// and sets `error` to what is wrong ("checksum mismatch", "truncated", ...).
[[nodiscard]] bool decode_module(std::string_view bytes, ModuleImage* out, std::string* error);

// The file name a module's image is saved under: "Elixir.Foo.Bar.vbc" for
// Foo.Bar, as Elixir names .beam files.
std::string vbc_file_name(Term module);

}  // namespace vial
