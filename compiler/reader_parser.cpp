// The reader's parser (see reader_parser.h).
#include "compiler/reader_parser.h"

#include <string>

#include "vm/atom.h"

namespace vial::reader {
namespace {

// Deepest nesting of expressions; beyond it the input is refused rather than
// overflowing the C++ stack.
constexpr int kMaxDepth = 400;

struct Ctx {
  // Inside a no-parens call's arguments a `do` block belongs to the
  // outermost call, so inner calls must not take it.
  bool no_do = false;
  // `k => v` is only an item of a map, never an expression of its own.
  bool map_item = false;
};

// One item of a body that may hold `->` clauses: a clause head or a plain
// expression.
struct BodyItem {
  bool head;
  std::vector<Term> terms;  // head arguments, or the single expression
  int line;
};

class Parser {
 public:
  Parser(Heap& h, const std::vector<Token>& toks) : h_(h), t_(toks), close_paren_(toks.size(), 0) {
    // Where each `(` closes, so that `fn (a, b) -> ...` heads are recognised
    // without backtracking. The lexer has already checked the balance.
    std::vector<std::size_t> open;
    for (std::size_t k = 0; k < toks.size(); ++k) {
      if (toks[k].kind == Tok::LParen) open.push_back(k);
      else if (toks[k].kind == Tok::RParen && !open.empty()) {
        close_paren_[open.back()] = k;
        open.pop_back();
      }
    }
  }

  Term file() {
    std::vector<Term> exprs = expr_list([](const Token& t) { return t.kind == Tok::Eof; });
    if (peek().kind != Tok::Eof) error_before(peek());
    // A file of nothing but newlines, comments or `;` is an empty block that
    // remembers where the first of them was (elixir_parser.yrl's `grammar -> eoe`).
    if (exprs.empty() && t_[0].kind == Tok::Eol) return node(atoms::__block__, meta(t_[0].line), Term::nil());
    return block(exprs);
  }

 private:
  Heap& h_;
  const std::vector<Token>& t_;
  std::size_t i_ = 0;
  int depth_ = 0;
  std::vector<std::size_t> close_paren_;

  struct DepthGuard {
    Parser& p;
    explicit DepthGuard(Parser& parser, const Token& at) : p(parser) {
      if (++p.depth_ > kMaxDepth) p.fail(at, "nesting is too deep for the reader");
    }
    ~DepthGuard() { --p.depth_; }
  };

  // --- tokens -------------------------------------------------------------

  const Token& peek(std::size_t k = 0) const {
    std::size_t j = i_ + k;
    return j < t_.size() ? t_[j] : t_.back();
  }
  const Token& next() {
    const Token& t = t_[i_];
    if (i_ + 1 < t_.size()) ++i_;
    return t;
  }
  bool at(Tok k) const { return peek().kind == k; }
  bool at_op(Op op) const { return peek().kind == Tok::Op && peek().op == op; }
  void skip_eol() {
    while (at(Tok::Eol) && !peek().semicolon) next();
  }
  void skip_eoe() {
    while (at(Tok::Eol)) next();
  }

  // --- errors -------------------------------------------------------------

  [[noreturn]] void fail(const Token& at, std::string msg, std::string kind = "SyntaxError") {
    throw ReadError{std::move(kind), at.line, at.column, std::move(msg)};
  }

  static std::string describe(const Token& t) {
    switch (t.kind) {
      case Tok::Int:
      case Tok::Float:
        return "\"" + t.text + "\"";
      case Tok::Char:
        return t.text;
      case Tok::Ident:
        return t.text;
      case Tok::Alias:
        return "'" + t.text + "'";
      case Tok::Kw:
        return t.text;
      case Tok::Charlist:
      case Tok::Sigil: {
        std::string s;
        for (const Part& p : t.parts)
          if (!p.code) s += p.text;
        if (t.kind == Tok::Sigil) return "sigil ~" + t.text + " starting with content '" + s + "'";
        return "\"" + s + "\"";
      }
      case Tok::MapOpen:
        return "'%{}'";
      case Tok::Do: return "do";
      case Tok::End: return "end";
      case Tok::Fn: return "fn";
      case Tok::BlockKw: return t.text;
      case Tok::True: return "true";
      case Tok::False: return "false";
      case Tok::Nil: return "nil";
      case Tok::Eol: return t.semicolon ? "';'" : "eol";
      case Tok::Str: {
        std::string s;
        for (const Part& p : t.parts)
          if (!p.code) s += p.text;
        return "\"" + s + "\"";
      }
      case Tok::Atom:
        return t.value.is_atom() ? std::string(atom_text(t.value)) : "':'";
      default:
        return "'" + t.text + "'";
    }
  }

  [[noreturn]] void error_before(const Token& t) {
    if (t.kind == Tok::Eof) fail(previous(), "syntax error: expression is incomplete", "TokenMissingError");
    std::string msg = "syntax error before: " + describe(t);
    if (t.kind == Tok::End || t.kind == Tok::Do || t.kind == Tok::Fn || t.kind == Tok::BlockKw ||
        t.kind == Tok::True || t.kind == Tok::False || t.kind == Tok::Nil)
      msg += ". \"" + describe(t) +
             "\" is a reserved word in Elixir and therefore its usage is limited. For instance, it "
             "can't be used as a variable or be defined nor invoked as a regular function";
    fail(t, msg);
  }

  const Token& previous() const { return i_ > 0 ? t_[i_ - 1] : t_[0]; }

  // `what` closes the construct opened by `open`.
  void expect_close(Tok what, const char* text, const Token& open) {
    if (at(what)) {
      next();
      return;
    }
    if (at(Tok::Eof))
      fail(peek(),
           std::string("missing terminator: ") + text + " (for \"" + open.text + "\" starting at line " +
               std::to_string(open.line) + ")",
           "TokenMissingError");
    error_before(peek());
  }

  // --- term shapes --------------------------------------------------------

  Term meta(int line) { return make_cons(h_, make_tuple(h_, {atoms::line, Term::small(line)}), Term::nil()); }
  Term node(Term name, Term m, Term args) { return make_tuple(h_, {name, m, args}); }
  Term call(Term name, int line, const std::vector<Term>& args) { return node(name, meta(line), make_list(h_, args)); }
  Term atom(std::string_view s) { return intern_atom(s); }
  Term pair(Term a, Term b) { return make_tuple(h_, {a, b}); }
  // {{:., m, [Mod, :fun]}, m, args}
  Term remote(Term mod, std::string_view fun, int line, const std::vector<Term>& args) {
    return call(call(atoms::dot, line, {mod, atom(fun)}), line, args);
  }

  static bool is_node(Term t, Term name, std::size_t nargs) {
    if (!t.is_tuple() || t.tuple_arity() != 3 || !(t.element(0) == name)) return false;
    return list_length(t.element(2)) == nargs;
  }

  // Elixir's build_block: one expression reads as itself, except a unary
  // `!`/`not` or unquote_splicing, which stay wrapped.
  Term block(const std::vector<Term>& exprs) {
    if (exprs.size() == 1) {
      Term e = exprs[0];
      if (!(is_node(e, atom("!"), 1) || is_node(e, atom("not"), 1) ||
            is_node(e, atom("unquote_splicing"), 1)))
        return e;
    }
    return node(atoms::__block__, Term::nil(), make_list(h_, exprs));
  }

  // --- expression lists ---------------------------------------------------

  template <typename Stop>
  std::vector<Term> expr_list(Stop stop) {
    std::vector<Term> exprs;
    skip_eoe();
    while (!stop(peek())) {
      exprs.push_back(expr(0, Ctx{}));
      if (at(Tok::Eol)) {
        skip_eoe();
      } else if (!stop(peek())) {
        error_before(peek());
      }
    }
    return exprs;
  }

  // --- precedence climbing ------------------------------------------------

  Term expr(int min_prec, Ctx ctx) {
    DepthGuard guard(*this, peek());
    Term lhs = unary(ctx);
    for (;;) {
      const Token& t = peek();
      if (t.kind != Tok::Op) break;
      const OpInfo& info = op_info(t.op);
      if (info.binary_prec == 0 || t.op == Op::Stab || info.binary_prec < min_prec) break;
      if (t.op == Op::Assoc && !ctx.map_item) error_before(t);
      const Token& op = next();
      skip_eol();
      int rhs_min = info.assoc == Assoc::Right ? info.binary_prec : info.binary_prec + 1;
      // A guard may be a keyword list (`@spec f(a) :: a when a: integer`).
      Term rhs = op.op == Op::When && at(Tok::Kw) ? make_list(h_, kw_pairs(ctx)) : expr(rhs_min, ctx);
      lhs = binary(op, lhs, rhs);
    }
    return lhs;
  }

  Term binary(const Token& op, Term lhs, Term rhs) {
    int line = op.line;
    switch (op.op) {
      case Op::NotIn:
        return call(atom("not"), line, {call(atom("in"), line, {lhs, rhs})});
      case Op::In:
        // `!a in b` and `not a in b` mean `!(a in b)` (Elixir rearranges them).
        if (is_node(lhs, atom("!"), 1) || is_node(lhs, atom("not"), 1)) {
          Term inner = call(atom("in"), line, {lhs.element(2).head(), rhs});
          return node(lhs.element(0), lhs.element(1), make_list(h_, {inner}));
        }
        break;
      case Op::Step:
        if (is_node(lhs, atom(".."), 2)) {
          Term args = lhs.element(2);
          return node(atom("..//"), lhs.element(1), make_list(h_, {args.head(), args.tail().head(), rhs}));
        }
        fail(op, "the range step operator (//) must immediately follow the range definition operator (..), "
                 "for example: 1..9//2. If you wanted to define a default argument, use (\\\\) instead. "
                 "Syntax error before: '//'");
      default:
        break;
    }
    return call(atom(op_info(op.op).text), line, {lhs, rhs});
  }

  Term unary(Ctx ctx) {
    const Token& t = peek();
    if (t.kind != Tok::Op) return postfix(primary(ctx), ctx);
    const OpInfo& info = op_info(t.op);
    if (t.op == Op::Capture && peek(1).kind == Tok::Int && !peek(1).space_before) {
      next();
      Term n = next().value;
      return postfix(call(atom("&"), t.line, {n}), ctx);
    }
    if (t.op == Op::At) {
      next();
      skip_eol();
      // `@` binds tighter than `.`: `@a.b` is `(@a).b`, but `@doc "x"` is `@(doc("x"))`.
      Term operand = primary(ctx);
      return postfix(call(atom("@"), t.line, {operand}), ctx);
    }
    if (t.op == Op::Range && !starts_operand(peek(1))) {
      next();
      return call(atom(".."), t.line, {});
    }
    if (info.unary_prec == 0) error_before(t);
    next();
    skip_eol();
    Term operand = expr(info.unary_prec == 90 ? 91 : info.unary_prec, ctx);
    return call(atom(info.text), t.line, {operand});
  }

  // Whether `t` can begin an expression (used for `..` and no-parens calls).
  static bool starts_operand(const Token& t) {
    switch (t.kind) {
      case Tok::Int: case Tok::Float: case Tok::Char: case Tok::Atom: case Tok::Str:
      case Tok::Charlist: case Tok::Sigil: case Tok::Ident: case Tok::Alias: case Tok::LParen:
      case Tok::LBracket: case Tok::LBrace: case Tok::LBin: case Tok::MapOpen: case Tok::Percent:
      case Tok::Fn: case Tok::True: case Tok::False: case Tok::Nil: case Tok::Ellipsis:
        return true;
      case Tok::Op:
        return op_info(t.op).unary_prec > 0;
      default:
        return false;
    }
  }

  // After an identifier, does the next token start its no-parens arguments?
  // Elixir decides this from whitespace: `f a` and `f -1` are calls, `f - 1`
  // and `f -  1`... are not (elixir_tokenizer's identifier classes).
  bool starts_no_parens_args(std::size_t k) const {
    const Token& t = peek(k);
    if (!t.space_before) return false;
    if (t.kind == Tok::Kw) return true;
    if (t.kind == Tok::Op) {
      if (t.op == Op::Plus || t.op == Op::Minus) {
        const Token& after = peek(k + 1);
        return !after.space_before && after.kind != Tok::Eol && after.kind != Tok::Eof;
      }
      if (t.op == Op::Range) return false;
      return op_info(t.op).binary_prec == 0 && op_info(t.op).unary_prec > 0;
    }
    return starts_operand(t);
  }

  // --- primaries ----------------------------------------------------------

  Term primary(Ctx ctx) {
    const Token& t = peek();
    DepthGuard guard(*this, t);
    switch (t.kind) {
      case Tok::Int:
      case Tok::Float:
      case Tok::Char:
        next();
        return t.value;
      case Tok::True: next(); return atoms::true_;
      case Tok::False: next(); return atoms::false_;
      case Tok::Nil: next(); return atoms::nil;
      case Tok::Atom:
        next();
        if (t.parts.empty()) return t.value;
        return remote(atoms::erlang, "binary_to_atom", t.line, {string_node(t.parts, t.line), atom("utf8")});
      case Tok::Str:
        next();
        return string_node(t.parts, t.line);
      case Tok::Charlist:
        next();
        return charlist_node(t.parts, t.line);
      case Tok::Sigil:
        next();
        return sigil_node(t);
      case Tok::Ident:
      case Tok::Ellipsis:
        return identifier(ctx);
      case Tok::Alias:
        next();
        return call(atoms::__aliases__, t.line, {atom(t.text)});
      case Tok::LParen:
        return parens();
      case Tok::LBracket:
        return list();
      case Tok::LBrace:
        return tuple();
      case Tok::LBin:
        return bitstring();
      case Tok::MapOpen:
        return map();
      case Tok::Percent:
        return struct_();
      case Tok::Fn:
        return fn();
      case Tok::End:
        fail(t, "unexpected reserved word: " + describe(t));
      case Tok::Eof:
        error_before(t);
      default:
        error_before(t);
    }
  }

  Term identifier(Ctx ctx) {
    const Token& id = next();
    Term name = atom(id.kind == Tok::Ellipsis ? "..." : id.text);
    const Token& n = peek();
    if (n.kind == Tok::LParen && !n.space_before) {
      std::vector<Term> args = paren_args();
      Term c = call(name, id.line, args);
      return call_tail(c, id.line, ctx);
    }
    if (n.kind == Tok::Do) {
      if (ctx.no_do) return node(name, meta(id.line), atoms::nil);
      return call(name, id.line, {do_block()});
    }
    if (n.kind != Tok::LBracket || n.space_before) {
      if (starts_no_parens_args(0)) {
        bool ambiguous = n.kind == Tok::Op && (n.op == Op::Plus || n.op == Op::Minus);  // `f -1`
        std::vector<Term> args = no_parens_args();
        if (!ctx.no_do && at(Tok::Do)) args.push_back(do_block());
        Term m = meta(id.line);
        if (ambiguous && args.size() == 1) m = make_cons(h_, pair(atom("ambiguous_op"), atoms::nil), m);
        return node(name, m, make_list(h_, args));
      }
    }
    return node(name, meta(id.line), atoms::nil);
  }

  // After a call with parentheses: more parenthesised calls (`f(a)(b)`) and
  // a `do` block.
  Term call_tail(Term c, int line, Ctx ctx) {
    while (at(Tok::LParen) && !peek().space_before) c = node(c, meta(line), make_list(h_, paren_args()));
    if (!ctx.no_do && at(Tok::Do)) c = append_arg(c, do_block());
    return c;
  }

  Term append_arg(Term c, Term arg) {
    std::vector<Term> args;
    for (Term a = c.element(2); a.is_cons(); a = a.tail()) args.push_back(a.head());
    args.push_back(arg);
    return node(c.element(0), c.element(1), make_list(h_, args));
  }

  std::vector<Term> paren_args() {
    const Token& open = next();
    skip_eol();
    std::vector<Term> args;
    while (!at(Tok::RParen)) {
      if (at(Tok::Kw)) {
        args.push_back(make_list(h_, kw_pairs(Ctx{}, true)));
        skip_eol();
        // Elixir accepts (and warns about) a comma after trailing keywords.
        if (at(Tok::Comma)) {
          next();
          skip_eol();
        }
        break;
      }
      args.push_back(expr(0, Ctx{}));
      skip_eol();
      if (!at(Tok::Comma)) break;
      next();
      skip_eol();
      if (at(Tok::RParen)) error_before(peek());
    }
    expect_close(Tok::RParen, ")", open);
    return args;
  }

  std::vector<Term> no_parens_args() {
    Ctx inner{true};
    std::vector<Term> args;
    for (;;) {
      if (at(Tok::Kw)) {
        args.push_back(make_list(h_, kw_pairs(inner, true)));
        break;
      }
      args.push_back(expr(0, inner));
      if (!at(Tok::Comma)) break;
      next();
      skip_eol();
    }
    return args;
  }

  // `a: 1, b: 2` as {key, value} pairs; stops before a comma that is not
  // followed by another key.
  // `in_call` picks the message for an expression after the keywords.
  std::vector<Term> kw_pairs(Ctx ctx, bool in_call = false) {
    std::vector<Term> pairs;
    for (;;) {
      const Token& k = next();
      Term key = k.quoted ? quoted_key(k) : atom(k.text);
      skip_eol();
      Term value = expr(0, ctx);
      pairs.push_back(pair(key, value));
      std::size_t save = i_;
      if (!at(Tok::Comma)) break;
      const Token& comma = next();
      skip_eol();
      if (!at(Tok::Kw)) {
        if (starts_operand(peek()) && !at(Tok::Eof))
          fail(comma, in_call ? "unexpected expression after keyword list. Keyword lists must always come as the "
                                "last argument. Therefore, this is not allowed:\n\n    function_call(1, some: "
                                ":option, 2)\n\nInstead, wrap the keyword in brackets:\n\n    function_call(1, "
                                "[some: :option], 2)\n\nSyntax error after: ','"
                              : "unexpected expression after keyword list. Keyword lists must always come last in "
                                "lists and maps. Therefore, this is not allowed:\n\n    [some: :value, :another]\n    "
                                "%{some: :value, another => value}\n\nInstead, reorder it to be the last entry:\n\n    "
                                "[:another, some: :value]\n    %{another => value, some: :value}\n\nSyntax error "
                                "after: ','");
        i_ = save;
        break;
      }
    }
    return pairs;
  }

  Term quoted_key(const Token& k) {
    if (k.parts.empty()) return atom("");
    if (k.parts.size() == 1 && !k.parts[0].code) {
      if (k.parts[0].text.size() > kMaxAtomLength) fail(k, "atom length must be less than system limit");
      return atom(k.parts[0].text);
    }
    return remote(atoms::erlang, "binary_to_atom", k.line, {string_node(k.parts, k.line), atom("utf8")});
  }

  // --- postfix: dots, remote calls, access --------------------------------

  Term postfix(Term e, Ctx ctx) {
    for (;;) {
      const Token& t = peek();
      if (t.kind == Tok::Dot) {
        next();
        skip_eol();
        e = dot(e, t, ctx);
      } else if (t.kind == Tok::LBracket && !t.space_before) {
        const Token& open = next();
        skip_eol();
        Term index = expr(0, Ctx{});
        skip_eol();
        expect_close(Tok::RBracket, "]", open);
        e = remote(intern_atom("Elixir.Access"), "get", t.line, {e, index});
      } else {
        return e;
      }
    }
  }

  Term dot(Term lhs, const Token& dot_tok, Ctx ctx) {
    const Token& n = peek();
    int line = dot_tok.line;
    switch (n.kind) {
      case Tok::Alias: {
        // Elixir's build_dot_alias: an atom (including true/false/nil) cannot be
        // followed by an alias; the column is the alias's.
        if (lhs.is_atom())
          fail(n, "atom cannot be followed by an alias. If the '.' was meant to be part of the "
                  "atom's name, the atom name must be quoted. Syntax error before: '.'");
        next();
        if (lhs.is_tuple() && lhs.tuple_arity() == 3 &&
            is_node(lhs, atoms::__aliases__, list_length(lhs.element(2)))) {
          return append_arg(lhs, atom(n.text));
        }
        return call(atoms::__aliases__, line, {lhs, atom(n.text)});
      }
      case Tok::LParen: {
        std::vector<Term> args = paren_args();
        Term c = call(call(atoms::dot, line, {lhs}), line, args);
        return call_tail(c, line, ctx);
      }
      case Tok::LBrace: {
        const Token& open = next();
        std::vector<Term> elems = container_items(Tok::RBrace, false);
        expect_close(Tok::RBrace, "}", open);
        return call(call(atoms::dot, line, {lhs, atoms::tuple_op}), line, elems);
      }
      case Tok::Ident: case Tok::Do: case Tok::End: case Tok::Fn: case Tok::BlockKw:
      case Tok::True: case Tok::False: case Tok::Nil: case Tok::Op:
        break;
      case Tok::Str: {
        // Foo."bar"(...)
        next();
        std::string s;
        for (const Part& p : n.parts) s += p.text;
        return remote_name(lhs, atom(s), line, n, ctx);
      }
      default:
        error_before(n);
    }
    next();
    std::string name = n.kind == Tok::Op ? std::string(op_info(n.op).text) : n.text;
    return remote_name(lhs, atom(name), line, n, ctx);
  }

  Term remote_name(Term lhs, Term name, int dot_line, const Token& id, Ctx ctx) {
    Term callee = call(atoms::dot, dot_line, {lhs, name});
    const Token& n = peek();
    if (n.kind == Tok::LParen && !n.space_before) {
      Term c = call(callee, id.line, paren_args());
      return call_tail(c, id.line, ctx);
    }
    if (n.kind == Tok::Do && !ctx.no_do) return call(callee, id.line, {do_block()});
    if (!(n.kind == Tok::LBracket && !n.space_before) && starts_no_parens_args(0)) {
      std::vector<Term> args = no_parens_args();
      if (!ctx.no_do && at(Tok::Do)) args.push_back(do_block());
      return call(callee, id.line, args);
    }
    Term m = make_cons(h_, pair(atom("no_parens"), atoms::true_), meta(id.line));
    return node(callee, m, Term::nil());
  }

  // --- containers ---------------------------------------------------------

  // Comma-separated items up to `close`; a trailing keyword list becomes one
  // item (tuples, calls) or is spliced as pairs (lists, maps).
  std::vector<Term> container_items(Tok close, bool splice_keywords, Ctx ctx = Ctx{}) {
    std::vector<Term> items;
    skip_eol();
    while (!at(close)) {
      if (at(Tok::Kw)) {
        std::vector<Term> kw = kw_pairs(Ctx{});
        if (splice_keywords) items.insert(items.end(), kw.begin(), kw.end());
        else items.push_back(make_list(h_, kw));
        skip_eol();
        if (at(Tok::Comma)) {
          next();
          skip_eol();
        }
        break;
      }
      items.push_back(expr(0, ctx));
      skip_eol();
      if (!at(Tok::Comma)) break;
      next();
      skip_eol();
    }
    return items;
  }

  Term list() {
    const Token& open = next();
    std::vector<Term> items = container_items(Tok::RBracket, true);
    expect_close(Tok::RBracket, "]", open);
    return make_list(h_, items);
  }

  Term tuple() {
    const Token& open = next();
    skip_eol();
    if (at(Tok::Kw)) error_before(peek());  // `{a: 1}` is not a tuple
    std::vector<Term> items = container_items(Tok::RBrace, false);
    expect_close(Tok::RBrace, "}", open);
    if (items.size() == 2) return pair(items[0], items[1]);
    return call(atoms::tuple_op, open.line, items);
  }

  Term bitstring() {
    const Token& open = next();
    std::vector<Term> items = container_items(Tok::RBin, false);
    expect_close(Tok::RBin, ">>", open);
    return call(atoms::bin, open.line, items);
  }

  // The inside of %{...} and %Struct{...}: `k => v` pairs and keywords, or an
  // update `base | pairs`.
  std::vector<Term> map_items(const Token& open) {
    skip_eol();
    std::vector<Term> items;
    if (at(Tok::RBrace)) {
      next();
      return items;
    }
    if (!at(Tok::Kw)) {
      Term first = expr(op_info(Op::Bar).binary_prec + 1, Ctx{false, true});
      skip_eol();
      if (at_op(Op::Bar)) {
        const Token& bar = next();
        skip_eol();
        std::vector<Term> rest = assoc_items(container_items(Tok::RBrace, true, Ctx{false, true}));
        expect_close(Tok::RBrace, "}", open);
        items.push_back(call(atoms::cons_op, bar.line, {first, make_list(h_, rest)}));
        return items;
      }
      // Re-read the rest as ordinary items after the first.
      items.push_back(first);
      if (at(Tok::Comma)) {
        next();
        std::vector<Term> rest = container_items(Tok::RBrace, true, Ctx{false, true});
        items.insert(items.end(), rest.begin(), rest.end());
      }
    } else {
      items = container_items(Tok::RBrace, true, Ctx{false, true});
    }
    expect_close(Tok::RBrace, "}", open);
    return assoc_items(items);
  }

  // `k => v` parses as an operator node; in maps it is the pair {k, v}.
  std::vector<Term> assoc_items(std::vector<Term> items) {
    Term arrow = atom("=>");
    for (Term& it : items)
      if (is_node(it, arrow, 2)) it = pair(it.element(2).head(), it.element(2).tail().head());
    return items;
  }

  Term map() {
    const Token& open = next();
    std::vector<Term> items = map_items(open);
    return call(atoms::map_op, open.line, items);
  }

  Term struct_() {
    const Token& pct = next();
    Term name;
    const Token& n = peek();
    if (n.kind == Tok::Alias) {
      next();
      name = call(atoms::__aliases__, n.line, {atom(n.text)});
      while (at(Tok::Dot) && peek(1).kind == Tok::Alias) {
        next();
        name = append_arg(name, atom(next().text));
      }
    } else if (n.kind == Tok::Ident) {
      next();
      name = node(atom(n.text), meta(n.line), atoms::nil);
      while (at(Tok::Dot) && peek(1).kind == Tok::Alias) {
        const Token& d = next();
        Term a = atom(next().text);
        if (is_node(name, atoms::__aliases__, list_length(name.element(2)))) name = append_arg(name, a);
        else name = call(atoms::__aliases__, d.line, {name, a});
      }
    } else if (n.kind == Tok::Op && (n.op == Op::At || n.op == Op::Pin)) {
      next();
      const Token& v = next();
      if (v.kind != Tok::Ident) error_before(v);
      name = call(atom(op_info(n.op).text), n.line, {node(atom(v.text), meta(v.line), atoms::nil)});
    } else {
      error_before(n);
    }
    if (!at(Tok::LBrace)) error_before(peek());
    const Token& open = next();
    std::vector<Term> items = map_items(open);
    return call(atoms::struct_op, pct.line, {name, call(atoms::map_op, pct.line, items)});
  }

  Term parens() {
    const Token& open = next();
    skip_eoe();
    if (at(Tok::RParen)) {
      next();
      return node(atoms::__block__, Term::nil(), Term::nil());
    }
    Term body = stab_body([](const Token& t) { return t.kind == Tok::RParen; }, true);
    expect_close(Tok::RParen, ")", open);
    return body;
  }

  // --- fn, do blocks and `->` clauses -------------------------------------

  Term fn() {
    const Token& open = next();
    skip_eoe();
    Term body = stab_body([](const Token& t) { return t.kind == Tok::End; }, false, &open);
    if (!at(Tok::End) && at(Tok::Eof))
      fail(peek(), "missing terminator: end (for \"fn\" starting at line " + std::to_string(open.line) + ")",
           "TokenMissingError");
    expect_close(Tok::End, "end", open);
    return node(atoms::fn, meta(open.line), body);
  }

  Term do_block() {
    const Token& open = next();
    auto stop = [](const Token& t) { return t.kind == Tok::End || t.kind == Tok::BlockKw; };
    std::vector<Term> sections;
    Term body = stab_body(stop, false);
    sections.push_back(pair(atoms::do_, body));
    while (at(Tok::BlockKw)) {
      const Token& kw = next();
      Term b = stab_body(stop, false);
      sections.push_back(pair(atom(kw.text), b));
    }
    if (at(Tok::Eof))
      fail(peek(), "missing terminator: end (for \"do\" starting at line " + std::to_string(open.line) + ")",
           "TokenMissingError");
    expect_close(Tok::End, "end", open);
    return make_list(h_, sections);
  }

  // A body that is either expressions (a block) or `->` clauses (a list).
  // `parens` bodies give a multi-expression block `[line: N]` metadata, as
  // Elixir's parser does for `(a; b)`. `fn_open` marks fn bodies, which must
  // be clauses.
  template <typename Stop>
  Term stab_body(Stop stop, bool parens, const Token* fn_open = nullptr) {
    int open_line = previous().line;
    std::vector<BodyItem> items;
    bool any_head = false;
    skip_eoe();
    while (!stop(peek()) && !at(Tok::Eof)) {
      if (at_op(Op::Stab)) {
        const Token& arrow = next();
        skip_eol();
        items.push_back({true, {}, arrow.line});
        any_head = true;
        continue;
      }
      if (at(Tok::LParen) && paren_head_ahead()) {
        std::vector<Term> args = paren_args();
        if (at_op(Op::When)) {
          const Token& w = next();
          skip_eol();
          args.push_back(expr(0, Ctx{}));
          args = {call(atoms::when, w.line, args)};
        }
        const Token& arrow = next();
        skip_eol();
        items.push_back({true, args, arrow.line});
        any_head = true;
        continue;
      }
      std::vector<Term> terms;
      bool keywords = false;
      for (;;) {
        if (at(Tok::Kw)) {
          terms.push_back(make_list(h_, kw_pairs(Ctx{})));
          keywords = true;
        } else {
          terms.push_back(expr(0, Ctx{}));
        }
        if (!at(Tok::Comma)) break;
        next();
        skip_eol();
      }
      if (at_op(Op::Stab)) {
        const Token& arrow = next();
        skip_eol();
        items.push_back({true, head_args(terms), arrow.line});
        any_head = true;
        continue;
      }
      if (terms.size() > 1) error_before(previous());
      if (keywords) error_before(peek());  // keywords only as clause arguments
      items.push_back({false, terms, 0});
      if (at(Tok::Eol)) skip_eoe();
      else if (!stop(peek()) && !at(Tok::Eof)) error_before(peek());
    }
    if (!any_head) {
      if (fn_open) {
        if (at(Tok::Eof)) return Term::nil();  // the caller reports the missing `end`
        error_before(peek());
      }
      std::vector<Term> exprs;
      for (BodyItem& it : items) exprs.push_back(it.terms[0]);
      if (parens && exprs.size() > 1) return node(atoms::__block__, meta(open_line), make_list(h_, exprs));
      return block(exprs);
    }
    if (!items[0].head) error_before(peek());
    std::vector<Term> clauses;
    for (std::size_t k = 0; k < items.size();) {
      BodyItem& head = items[k++];
      std::vector<Term> body;
      while (k < items.size() && !items[k].head) body.push_back(items[k++].terms[0]);
      Term b = body.empty() ? atoms::nil : block(body);
      clauses.push_back(call(atoms::arrow, head.line, {make_list(h_, head.terms), b}));
    }
    return make_list(h_, clauses);
  }

  // `(args) ->` or `(args) when guard ->` at the current `(`.
  bool paren_head_ahead() const {
    std::size_t close = close_paren_[i_];
    if (close == 0 || close + 1 >= t_.size()) return false;
    const Token& after = t_[close + 1];
    return after.kind == Tok::Op && (after.op == Op::Stab || after.op == Op::When);
  }

  // `a, b when g ->` has one head argument: {:when, m, [a, b, g]}.
  std::vector<Term> head_args(std::vector<Term> terms) {
    if (terms.size() > 1 && is_node(terms.back(), atoms::when, 2)) {
      Term w = terms.back();
      std::vector<Term> args(terms.begin(), terms.end() - 1);
      args.push_back(w.element(2).head());
      args.push_back(w.element(2).tail().head());
      return {node(atoms::when, w.element(1), make_list(h_, args))};
    }
    return terms;
  }

  // --- strings ------------------------------------------------------------

  Term interpolation(const Part& p) {
    Parser sub(h_, *p.toks);
    sub.depth_ = depth_;
    std::vector<Term> exprs = sub.expr_list([](const Token& t) { return t.kind == Tok::Eof; });
    return sub.block(exprs);
  }

  // "a #{x}" -> {:<<>>, m, ["a ", {:"::", m, [Kernel.to_string(x), {:binary, m, nil}]}]}
  Term string_node(const std::vector<Part>& parts, int line, Term m = Term::none()) {
    bool has_code = false;
    for (const Part& p : parts) has_code |= p.code;
    if (!has_code) {
      std::string s;
      for (const Part& p : parts) s += p.text;
      if (m.is_none()) return make_binary(h_, s);
      return node(atoms::bin, m, make_list(h_, {make_binary(h_, s)}));
    }
    std::vector<Term> items;
    for (const Part& p : parts) {
      if (!p.code) {
        items.push_back(make_binary(h_, p.text));
        continue;
      }
      Term conv = remote(atoms::Elixir_Kernel, "to_string", p.line, {interpolation(p)});
      items.push_back(call(atoms::type_op, p.line, {conv, node(atoms::binary, meta(p.line), atoms::nil)}));
    }
    return node(atoms::bin, m.is_none() ? meta(line) : m, make_list(h_, items));
  }

  Term charlist_node(const std::vector<Part>& parts, int line) {
    bool has_code = false;
    for (const Part& p : parts) has_code |= p.code;
    if (!has_code) {
      std::string s;
      for (const Part& p : parts) s += p.text;
      return code_points(s);
    }
    std::vector<Term> items;
    for (const Part& p : parts) {
      if (!p.code) items.push_back(make_binary(h_, p.text));
      else items.push_back(remote(atoms::Elixir_Kernel, "to_string", p.line, {interpolation(p)}));
    }
    return remote(intern_atom("Elixir.List"), "to_charlist", line, {make_list(h_, items)});
  }

  Term code_points(std::string_view s) {
    std::vector<Term> cps;
    for (std::size_t k = 0; k < s.size();) {
      unsigned char c = static_cast<unsigned char>(s[k]);
      int len = c < 0x80 ? 1 : c < 0xC0 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
      std::uint32_t cp = len == 1 ? c : c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
      for (int j = 1; j < len && k + j < s.size(); ++j) cp = (cp << 6) | (static_cast<unsigned char>(s[k + j]) & 0x3F);
      cps.push_back(Term::small(cp));
      k += len;
    }
    return make_list(h_, cps);
  }

  // ~r/a/i -> {:sigil_r, [delimiter: "/", line: 1], [{:<<>>, [line: 1], ["a"]}, 'i']}
  Term sigil_node(const Token& t) {
    Term m = make_cons(h_, pair(atom("delimiter"), make_binary(h_, t.delimiter)), meta(t.line));
    Term bin_meta = meta(t.line);
    if (t.heredoc) bin_meta = make_cons(h_, pair(atom("indentation"), Term::small(t.indentation)), bin_meta);
    Term content = string_node(t.parts, t.line, bin_meta);
    if (!content.is_tuple()) content = node(atoms::bin, bin_meta, make_list(h_, {content}));
    return node(atom("sigil_" + t.text), m, make_list(h_, {content, code_points(t.modifiers)}));
  }
};

}  // namespace

Term parse_tokens(Heap& heap, const std::vector<Token>& tokens) {
  Parser p(heap, tokens);
  return p.file();
}

}  // namespace vial::reader
