// The reader's tokenizer: source text -> tokens, after elixir_tokenizer.erl.
//
// Lexemes (identifiers, numbers, whitespace) are PEGTL rules; strings,
// sigils and heredocs are scanned by hand because their interpolations nest
// whole token streams. Literal values (integers, floats, string pieces) are
// already built as terms on the heap.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/reader_ops.h"
#include "vm/heap.h"

namespace vial::reader {

// Raised inside the reader only; read_string turns it into a SyntaxError.
struct ReadError {
  std::string kind;  // "SyntaxError", "TokenMissingError", ...
  int line;
  int column;
  std::string message;
  bool snippet = true;  // show the source line and a caret, as Elixir does
};

enum class Tok : std::uint8_t {
  Eof,
  Eol,       // a newline (or several) or `;`
  Int,       // value: integer term
  Float,     // value: float term
  Char,      // ?a; value: integer term
  Atom,      // :foo, :"foo", :+ ; value: atom (parts set when interpolated)
  Str,       // "..." ; parts
  Charlist,  // '...' ; parts
  Sigil,     // ~x...; parts, sigil letter in text, modifiers in modifiers
  Ident,     // foo, foo?, __MODULE__ ; text
  Alias,     // Foo ; text
  Kw,        // foo: or "foo": ; text, or parts when quoted
  Op,        // op
  LParen, RParen, LBracket, RBracket, LBrace, RBrace, LBin, RBin,
  Comma,
  Dot,
  MapOpen,   // %{
  Percent,   // % (struct)
  Do, End, Fn,
  BlockKw,   // else, after, catch, rescue ; text
  True, False, Nil,
  Ellipsis,  // ...
};

struct Token;

// One piece of a string-like literal: text, or an interpolation's tokens.
struct Part {
  bool code = false;
  std::string text;          // the unescaped bytes when !code
  std::vector<Token>* toks;  // owned by the Lexer when code
  int line = 0;
  int column = 0;
};

struct Token {
  Tok kind = Tok::Eof;
  Op op = Op::Count;
  int line = 0;
  int column = 0;
  bool space_before = false;  // horizontal whitespace right before the token
  bool semicolon = false;     // an Eol that came from `;`
  bool quoted = false;        // Atom/Kw written with quotes
  bool heredoc = false;       // Str/Charlist/Sigil written as """ or '''
  bool eol_before = false;    // a Do that came after a newline (which it swallowed)
  int indentation = 0;        // heredoc sigils record their closing indentation
  std::string text;
  std::string modifiers;      // sigil modifiers
  std::string delimiter;      // sigil opening delimiter
  Term value = Term::none();
  std::vector<Part> parts;
};

// Tokenizes `source`; throws ReadError on malformed input.
class Lexer {
 public:
  Lexer(Heap& heap, std::string_view source) : heap_(heap), src_(source) {}
  std::vector<Token> run();

 private:
  friend struct LexerImpl;
  Heap& heap_;
  std::string_view src_;
  std::vector<std::unique_ptr<std::vector<Token>>> owned_;  // interpolations
  std::vector<std::unique_ptr<std::string>> owned_text_;   // dedented heredoc bodies
};

}  // namespace vial::reader
