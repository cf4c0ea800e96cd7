// The reader's parser: tokens -> quoted form, after elixir_parser.yrl.
//
// Precedence climbing over the operator table (reader_ops.h), with Elixir's
// special shapes built directly as terms: no-parens calls, `do` blocks that
// attach to the outermost no-parens call, `->` clauses, containers, strings
// with interpolation, sigils.
#pragma once

#include <vector>

#include "compiler/reader_lexer.h"
#include "vm/heap.h"

namespace vial::reader {

// Parses a whole token stream (ending in Eof) as a file: one expression reads
// as itself, several as {:__block__, [], [...]}. Throws ReadError.
Term parse_tokens(Heap& heap, const std::vector<Token>& tokens);

}  // namespace vial::reader
