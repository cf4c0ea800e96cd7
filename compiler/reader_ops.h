// The reader's operator table: the one place that says which operators
// Elixir 1.14 has, how tightly each binds and which way it associates
// (elixir_parser.yrl's precedence declarations and elixir_tokenizer.erl's
// operator classes). The lexer's longest-match scanner, the parser's
// precedence climbing and the atom each operator quotes to all derive from it.
#pragma once

#include <cstdint>
#include <string_view>

namespace vial::reader {

enum class Assoc : std::uint8_t { Left, Right, Non };

// X(id, text, binary_prec, assoc, unary_prec, eol_drop)
//   binary_prec: precedence as an infix operator, 0 if it is not one.
//   unary_prec:  precedence as a prefix operator, 0 if it is not one.
//   eol_drop:    a newline before this operator continues the previous
//                expression (Elixir's add_token_with_eol): true for operators
//                that cannot start an expression.
// Higher binds tighter. `->` (stab, 10) and `,` (20) are structural and never
// climbed over as ordinary infix operators.
#define VIAL_READER_OPERATORS(X)                                   \
  X(Stab, "->", 10, Right, 0, true)                                \
  X(LeftArrow, "<-", 40, Left, 0, true)                            \
  X(Default, "\\\\", 40, Left, 0, true)                            \
  X(When, "when", 50, Right, 0, true)                              \
  X(Type, "::", 60, Right, 0, true)                                \
  X(Bar, "|", 70, Right, 0, true)                                  \
  X(Assoc, "=>", 80, Right, 0, true)                               \
  X(Capture, "&", 0, Non, 90, false)                               \
  X(Match, "=", 100, Right, 0, true)                               \
  X(OrOr, "||", 120, Left, 0, true)                                \
  X(OrOrOr, "|||", 120, Left, 0, true)                             \
  X(Or, "or", 120, Left, 0, true)                                  \
  X(AndAnd, "&&", 130, Left, 0, true)                              \
  X(AndAndAnd, "&&&", 130, Left, 0, true)                          \
  X(And, "and", 130, Left, 0, true)                                \
  X(Eq, "==", 140, Left, 0, true)                                  \
  X(Neq, "!=", 140, Left, 0, true)                                 \
  X(Regex, "=~", 140, Left, 0, true)                               \
  X(StrictEq, "===", 140, Left, 0, true)                           \
  X(StrictNeq, "!==", 140, Left, 0, true)                          \
  X(Lt, "<", 150, Left, 0, true)                                   \
  X(Gt, ">", 150, Left, 0, true)                                   \
  X(Le, "<=", 150, Left, 0, true)                                  \
  X(Ge, ">=", 150, Left, 0, true)                                  \
  X(Pipe, "|>", 160, Left, 0, true)                                \
  X(ShiftL, "<<<", 160, Left, 0, true)                             \
  X(ShiftR, ">>>", 160, Left, 0, true)                             \
  X(PipeL2, "<<~", 160, Left, 0, true)                             \
  X(PipeR2, "~>>", 160, Left, 0, true)                             \
  X(ArrowL, "<~", 160, Left, 0, true)                              \
  X(ArrowR, "~>", 160, Left, 0, true)                              \
  X(ArrowLR, "<~>", 160, Left, 0, true)                            \
  X(PipeLR, "<|>", 160, Left, 0, true)                             \
  X(In, "in", 170, Left, 0, true)                                  \
  X(NotIn, "not in", 170, Left, 0, true)                           \
  X(Xor, "^^^", 180, Left, 0, true)                                \
  X(Step, "//", 190, Right, 0, true)                               \
  X(Concat, "++", 200, Right, 0, true)                             \
  X(Subtract, "--", 200, Right, 0, true)                           \
  X(Concat3, "+++", 200, Right, 0, true)                           \
  X(Subtract3, "---", 200, Right, 0, true)                         \
  X(StrConcat, "<>", 200, Right, 0, true)                          \
  X(Range, "..", 200, Right, 0, true)                              \
  X(Plus, "+", 210, Left, 300, false)                              \
  X(Minus, "-", 210, Left, 300, false)                             \
  X(Mul, "*", 220, Left, 0, true)                                  \
  X(Div, "/", 220, Left, 0, true)                                  \
  X(Pow, "**", 230, Left, 0, true)                                 \
  X(Bang, "!", 0, Non, 300, false)                                 \
  X(Pin, "^", 0, Non, 300, false)                                  \
  X(Not, "not", 0, Non, 300, false)                                \
  X(BNot, "~~~", 0, Non, 300, false)                               \
  X(At, "@", 0, Non, 320, false)

enum class Op : std::uint8_t {
#define X(id, text, bp, assoc, up, drop) id,
  VIAL_READER_OPERATORS(X)
#undef X
      Count
};

struct OpInfo {
  std::string_view text;
  int binary_prec;
  Assoc assoc;
  int unary_prec;
  bool eol_drop;
};

inline constexpr OpInfo kOps[] = {
#define X(id, text, bp, assoc, up, drop) {text, bp, Assoc::assoc, up, drop},
    VIAL_READER_OPERATORS(X)
#undef X
};

inline const OpInfo& op_info(Op op) { return kOps[static_cast<int>(op)]; }

// Operators spelt as words; the lexer turns these identifiers into operators.
inline bool is_word_op(Op op) {
  return op == Op::When || op == Op::Or || op == Op::And || op == Op::In || op == Op::Not ||
         op == Op::NotIn;
}

// Precedence of Elixir's no-parens call arguments relative to the table: an
// argument is any expression above the comma.
inline constexpr int kCommaPrec = 20;
inline constexpr int kUnaryPrec = 300;

}  // namespace vial::reader
