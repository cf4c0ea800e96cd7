// Builders for the shapes of Elixir's quoted form, shared by the reader's
// parser: `{name, [line: N], args}` nodes, blocks, remote calls, and the
// forms strings, charlists and sigils take (with their interpolations).
#pragma once

#include <functional>
#include <string_view>
#include <vector>

#include "compiler/reader_lexer.h"
#include "vm/heap.h"

namespace vial::reader {

// Parses one interpolation (`#{...}`) into its quoted expression.
using Interpolate = std::function<Term(const Part&)>;

class Quoted {
 public:
  explicit Quoted(Heap& h) : h_(h) {}

  Term meta(int line);                                          // [line: N]
  Term node(Term name, Term m, Term args);                      // {name, m, args}
  Term call(Term name, int line, const std::vector<Term>& args);
  Term atom(std::string_view s);
  Term pair(Term a, Term b);
  // {{:., m, [mod, :fun]}, m, args}
  Term remote(Term mod, std::string_view fun, int line, const std::vector<Term>& args);
  // A {name, _, args} node with `nargs` arguments.
  static bool is_node(Term t, Term name, std::size_t nargs);
  // Elixir's build_block: one expression reads as itself, except a unary
  // `!`/`not` or unquote_splicing, which stay wrapped; several (or none)
  // make {:__block__, [], exprs}.
  Term block(const std::vector<Term>& exprs);

  // Shapes that elixir_parser.yrl accepts in some places only (the parser
  // checks do-blocks itself). A map item without `=>` can only be a name,
  // `a.b`, or a call (assoc_expr's dot_identifier, no_parens_one_expr,
  // parens_call).
  bool is_bare_map_item(Term e);
  // A struct's name (struct_expr): also an alias, an atom where `atom_ok`
  // (an atom token, not true/false/nil), or one of these after prefix operators.
  bool is_struct_name(Term e, bool atom_ok);

  // "a #{x}" -> {:<<>>, m, ["a ", {:"::", m, [Kernel.to_string(x), {:binary, m, nil}]}]};
  // a string without interpolation is its binary (or {:<<>>, m, [bin]} when
  // `m` is given, as sigils want).
  Term string(const std::vector<Part>& parts, int line, const Interpolate& interp, Term m = Term::none());
  // 'abc' -> [97, 98, 99]; with interpolation List.to_charlist([...]).
  Term charlist(const std::vector<Part>& parts, int line, const Interpolate& interp);
  // The code points of UTF-8 text, as a list.
  Term code_points(std::string_view s);
  // ~r/a/i -> {:sigil_r, [delimiter: "/", line: 1], [{:<<>>, [line: 1], ["a"]}, 'i']}
  Term sigil(const Token& t, const Interpolate& interp);

 protected:
  Heap& h_;
};

}  // namespace vial::reader
