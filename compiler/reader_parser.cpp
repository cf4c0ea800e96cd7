// The reader's parser (see reader_parser.h).
#include "compiler/reader_parser.h"

#include <string>

#include "compiler/reader_quoted.h"
#include "vm/atom.h"

namespace vial::reader {
namespace {

// Deepest nesting of expressions; beyond it the input is refused rather than
// overflowing the C++ stack.
constexpr int kMaxDepth = 600;

struct Ctx {
  // Inside a no-parens call's arguments a `do` block belongs to the
  // outermost call, so inner calls must not take it.
  bool no_do = false;
  // `k => v` is only an item of a map, never an expression of its own: a
  // map item's key stops at `=>`, which is an error elsewhere.
  bool map_item = false;
  // Where a no-parens call may not take several arguments, because a comma
  // would be ambiguous: inside containers (`[f a, b]`) and as a later
  // argument of a call (`f(a, g b, c)`) unless a do-block follows, and as a
  // later argument of another no-parens call (`f a, g b, c`) in any case.
  bool container = false;
  bool paren_arg = false;
  bool nested_arg = false;
  // A struct's name takes no no-parens arguments: `%a {}` is the struct a.
  bool no_args = false;
  // An expression after keywords, read only for the errors inside it: a
  // no-parens call there stops at a comma, where Elixir reports the keywords.
  bool one_arg = false;

  static Ctx in_container() {
    Ctx c;
    c.container = true;
    return c;
  }
  static Ctx in_map() {
    Ctx c = in_container();
    c.map_item = true;
    return c;
  }
};

// One item of a body that may hold `->` clauses: a clause head or a plain
// expression.
struct BodyItem {
  bool head;
  std::vector<Term> terms;  // head arguments, or the single expression
  int line;
  bool closed = false;      // a head whose empty body a `;` ended
};

// The parser builds its output with Quoted's shape builders.
class Parser : Quoted {
 public:
  Parser(Heap& h, const std::vector<Token>& toks) : Quoted(h), t_(toks), close_paren_(toks.size(), 0) {
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
    return file_block(exprs);
  }

  // A file (or an interpolation) of nothing but newlines, comments or `;` is
  // an empty block that remembers where the first of them was
  // (elixir_parser.yrl's `grammar -> eoe`).
  Term file_block(const std::vector<Term>& exprs) {
    if (exprs.empty() && t_[0].kind == Tok::Eol) return node(atoms::__block__, meta(t_[0].line), Term::nil());
    return block(exprs);
  }

 private:
  const std::vector<Token>& t_;
  std::size_t i_ = 0;
  int depth_ = 0;
  std::vector<std::size_t> close_paren_;
  std::size_t do_block_end_ = 0;  // token index just past the latest do-block's `end`
  bool pending_closed_ = false;   // the latest `->` was followed by `;`
  const Token* pending_comma_ = nullptr;  // an ambiguous comma awaiting a do-block
  bool pending_container_ = false;

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
  // After an item of a container or of call arguments: newlines may come
  // before the closing delimiter but not before a comma (Elixir's tokenizer
  // folds newlines into the comma only after it).
  void skip_eol_to_close() {
    if (!at(Tok::Eol)) return;
    skip_eol();
    if (at(Tok::Comma)) error_before(peek());
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
      case Tok::Op:
        if (is_word_op(t.op) && t.op != Op::Not && t.op != Op::NotIn) return std::string(op_info(t.op).text);
        return "'" + std::string(op_info(t.op).text) + "'";
      default:
        return "'" + t.text + "'";
    }
  }

  [[noreturn]] void error_before(const Token& t) {
    if (t.kind == Tok::Eof) fail(previous(), "syntax error: expression is incomplete", "TokenMissingError");
    std::string msg = "syntax error before: " + describe(t);
    // A keyword key right after a complete expression is shown as written.
    if (t.kind == Tok::Kw && !t.quoted && ends_expression_before(t)) msg = "syntax error before: '" + t.text + ":'";
    // A stray `do` is a plain syntax error (the lexer explains one right
    // after a separator).
    if (t.kind == Tok::Do) fail(t, msg);
    // The binary operators spelt as words are reserved words too.
    bool word_op = t.kind == Tok::Op && is_word_op(t.op) && t.op != Op::Not && t.op != Op::NotIn;
    if (t.kind == Tok::End || t.kind == Tok::Fn || t.kind == Tok::BlockKw || t.kind == Tok::True ||
        t.kind == Tok::False || t.kind == Tok::Nil || word_op) {
      // Elixir raises this one without a snippet.
      msg += ". \"" + describe(t) +
             "\" is a reserved word in Elixir and therefore its usage is limited. For instance, it "
             "can't be used as a variable or be defined nor invoked as a regular function";
      ReadError e{"SyntaxError", t.line, t.column, msg};
      e.snippet = false;
      throw e;
    }
    fail(t, msg);
  }

  const Token& previous() const { return i_ > 0 ? t_[i_ - 1] : t_[0]; }

  // Whether the token before `t` ends an expression.
  bool ends_expression_before(const Token& t) const {
    std::size_t k = static_cast<std::size_t>(&t - t_.data());
    if (k == 0 || k >= t_.size()) return false;
    switch (t_[k - 1].kind) {
      case Tok::Int: case Tok::Float: case Tok::Char: case Tok::Atom: case Tok::Str: case Tok::Charlist:
      case Tok::Sigil: case Tok::Ident: case Tok::Alias: case Tok::RParen: case Tok::RBracket: case Tok::RBrace:
      case Tok::RBin: case Tok::End: case Tok::True: case Tok::False: case Tok::Nil: case Tok::Ellipsis:
        return true;
      default:
        return false;
    }
  }



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

  // Operator precedence parsing with explicit operand and operator stacks
  // rather than a recursive call per operator, so that long right-associative
  // chains (`a <> b <> ...`, `a = b = ...`) cannot exhaust the C++ stack.
  Term expr(int min_prec, Ctx ctx) {
    DepthGuard guard(*this, peek());
    return expr_from(unary(ctx), min_prec, ctx);
  }

  // Continues an expression whose first operand has been read.
  // `*saw_block` (when given) is set if an operand ended in a do-block.
  Term expr_from(Term first, int min_prec, Ctx ctx, bool* saw_block = nullptr) {
    std::vector<Term> operands{first};
    std::vector<const Token*> ops;
    auto reduce = [&] {
      Term rhs = operands.back();
      operands.pop_back();
      Term lhs = operands.back();
      operands.pop_back();
      operands.push_back(binary(*ops.back(), lhs, rhs));
      ops.pop_back();
    };
    for (;;) {
      const Token& t = peek();
      if (t.kind != Tok::Op) break;
      const OpInfo& info = op_info(t.op);
      if (info.binary_prec == 0 || t.op == Op::Stab || info.binary_prec < min_prec) break;
      if (t.op == Op::Assoc) {
        if (ctx.map_item) break;  // a map item's key ends here
        error_before(t);
      }
      while (!ops.empty()) {
        const OpInfo& top = op_info(ops.back()->op);
        bool tighter = top.binary_prec > info.binary_prec ||
                       (top.binary_prec == info.binary_prec && info.assoc != Assoc::Right);
        if (!tighter) break;
        reduce();
      }
      const Token& op = next();
      skip_eol();
      ops.push_back(&op);
      // A guard may be a keyword list (`@spec f(a) :: a when a: integer`).
      operands.push_back(op.op == Op::When && at(Tok::Kw) ? make_list(h_, kw_pairs(ctx)) : unary(ctx));
      if (saw_block && i_ == do_block_end_) *saw_block = true;
    }
    while (!ops.empty()) reduce();
    return operands.back();
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
      // `@` before another prefix operator applies to that whole operand.
      if (peek().kind == Tok::Op && op_info(peek().op).unary_prec > 0)
        return call(atom("@"), t.line, {unary(ctx)});
      // `@` binds tighter than `.`: `@a.b` is `(@a).b`, but `@doc "x"` is `@(doc("x"))`.
      Term operand = primary(ctx);
      // As for other prefix operators, an operand ending in a do-block takes
      // the operators after it (`@if a do b end + 1` is `@(if ... + 1)`).
      if (i_ == do_block_end_) return call(atom("@"), t.line, {expr_from(operand, 0, ctx)});
      return postfix(call(atom("@"), t.line, {operand}), ctx);
    }
    if (t.op == Op::Range) {
      // A leading `..` is always the nullary range (`..-1` is `(..) - 1`).
      next();
      return postfix(call(atom(".."), t.line, {}), ctx);
    }
    if (info.unary_prec == 0) error_before(t);
    next();
    skip_eol();
    // An operand that begins with a do-block takes all the operators after
    // it: `-if a do b end + 1` is `-(if ... + 1)` (elixir_parser.yrl's
    // `unmatched_expr -> unary_op_eol expr`).
    // So does an operand in which a do-block appears at the top
    // (`&a / if b do c end when d` captures the `when` too): from there on
    // the expression is "unmatched" and the prefix operator's precedence no
    // longer bounds it.
    Term first = unary(ctx);
    int prec = info.unary_prec == 90 ? 91 : info.unary_prec;
    bool saw_block = i_ == do_block_end_;
    Term operand = expr_from(first, saw_block ? 0 : prec, ctx, &saw_block);
    if (saw_block) operand = expr_from(operand, 0, ctx);
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
    if (!t.space_before) {
      // Without a space, a token that cannot continue the expression still
      // starts arguments (`foo"a"`, `foo?x`, `foo^x`, `x.+y`, `x.foo%{}`):
      // Elixir's grammar takes any identifier followed by an expression.
      // A sign or `..` is binary then (`f-1`); `(` and `[` are the caller's.
      switch (t.kind) {
        case Tok::Int: case Tok::Float: case Tok::Char: case Tok::Atom: case Tok::Str:
        case Tok::Charlist: case Tok::Sigil: case Tok::Ident: case Tok::Alias: case Tok::LBrace:
        case Tok::LBin: case Tok::MapOpen: case Tok::Percent: case Tok::Fn: case Tok::True:
        case Tok::False: case Tok::Nil: case Tok::Ellipsis: case Tok::Kw:
          return true;
        case Tok::Op:
          return op_info(t.op).binary_prec == 0 && op_info(t.op).unary_prec > 0;
        default:
          return false;
      }
    }
    if (t.kind == Tok::Kw) return true;
    if (t.kind == Tok::Op) {
      if (t.op == Op::Plus || t.op == Op::Minus) {
        // `f -x` is a call but `f -[1]`, `f -(1)`, `f -:a` subtract: the
        // tokenizer's op_identifier excludes signs followed by an opening
        // delimiter, another operator or a colon.
        const Token& after = peek(k + 1);
        if (after.space_before || after.kind == Tok::Eol || after.kind == Tok::Eof) return false;
        switch (after.kind) {
          case Tok::LParen: case Tok::LBracket: case Tok::LBrace: case Tok::LBin: case Tok::MapOpen:
          case Tok::Percent: case Tok::Atom: case Tok::Kw:
            return false;
          case Tok::Op: {
            char c = op_info(after.op).text[0];
            return !(c == '+' || c == '-' || c == '/' || c == '>' || c == '<' || c == ':');
          }
          default:
            return true;
        }
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
        return remote(atoms::erlang, "binary_to_atom", t.line, {string(t.parts, t.line, interpolator()), atom("utf8")});
      case Tok::Str:
        next();
        return string(t.parts, t.line, interpolator());
      case Tok::Charlist:
        next();
        return charlist(t.parts, t.line, interpolator());
      case Tok::Sigil:
        next();
        return sigil(t, interpolator());
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
    // `foo do` takes a block only on the same line (the tokenizer's
    // do_identifier); after a newline the `do` is an error.
    if (n.kind == Tok::Do && !n.eol_before) {
      if (ctx.no_do) return node(name, meta(id.line), atoms::nil);
      return call(name, id.line, {do_block()});
    }
    if (n.kind != Tok::LBracket || n.space_before) {
      if (!ctx.no_args && starts_no_parens_args(0)) {
        bool ambiguous = n.kind == Tok::Op && (n.op == Op::Plus || n.op == Op::Minus);  // `f -1`
        std::size_t start = i_;
        std::vector<Term> args = no_parens_args(ctx);
        take_do_block(args, ctx, start);
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
        // Keyword values in parentheses count as inside a container.
        args.push_back(make_list(h_, kw_pairs(Ctx::in_container(), true)));
        skip_eol_to_close();
        // Elixir accepts (and warns about) a comma after trailing keywords.
        if (at(Tok::Comma)) {
          next();
          skip_eol();
        }
        break;
      }
      // A later argument may not be a no-parens call of several arguments.
      Ctx arg;
      arg.paren_arg = !args.empty();
      args.push_back(expr(0, arg));
      skip_eol_to_close();
      if (!at(Tok::Comma)) break;
      next();
      skip_eol();
      if (at(Tok::RParen)) error_before(peek());
    }
    expect_close(Tok::RParen, ")", open);
    return args;
  }

  // `outer` is the context of the call itself.
  std::vector<Term> no_parens_args(Ctx outer) {
    // The first argument inherits the call's own restrictions: in
    // `f a, g h b, c` the `h` is as ambiguous as a `g` would be.
    Ctx inner;
    inner.no_do = true;
    inner.container = outer.container;
    inner.paren_arg = outer.paren_arg;
    inner.nested_arg = outer.nested_arg;
    inner.map_item = outer.map_item;  // `%{f a => b}` has the key f(a)
    std::vector<Term> args;
    for (;;) {
      if (at(Tok::Kw)) {
        // Keyword values may hold a no-parens call of several arguments.
        inner.nested_arg = false;
        args.push_back(make_list(h_, kw_pairs(inner, true)));
        break;
      }
      args.push_back(expr(0, inner));
      if (!at(Tok::Comma) || outer.one_arg) break;
      if (outer.nested_arg && !outer.container && !outer.paren_arg) ambiguous_comma(peek(), false);
      if ((outer.container || outer.paren_arg) && !pending_comma_) {
        pending_comma_ = &peek();
        pending_container_ = outer.container;
      }
      next();
      skip_eol();
      inner.container = false;
      inner.paren_arg = false;
      inner.nested_arg = true;
    }
    return args;
  }

  // After a no-parens call's arguments: the call that may take a do-block
  // takes it. An ambiguous comma in a container or in a later argument of a
  // call (in this call's arguments or those of calls nested in them) is an
  // error only if no do-block follows: `[f a, b do ... end]` is unambiguous.
  // Only a comma after `start` (where this call's arguments begin) is this
  // call's to settle; an earlier one belongs to an enclosing call.
  void take_do_block(std::vector<Term>& args, Ctx ctx, std::size_t start) {
    if (ctx.no_do) return;  // an outer call decides
    bool mine = pending_comma_ && pending_comma_ >= &t_[start];
    if (at(Tok::Do)) {
      if (mine) pending_comma_ = nullptr;
      args.push_back(do_block());
    } else if (mine) {
      ambiguous_comma(*pending_comma_, pending_container_);
    }
  }

  [[noreturn]] void ambiguous_comma(const Token& comma, bool container) {
    std::string msg =
        container
            ? "unexpected comma. Parentheses are required to solve ambiguity inside containers.\n\n"
              "This error may happen when you forget a comma in a list or other container:\n\n"
              "    [a, b c, d]\n\n"
              "Or when you have ambiguous calls:\n\n"
              "    [one, two three, four, five]\n\n"
              "In the example above, we don't know if the parameters \"four\" and \"five\" belongs to the list "
              "or the function \"two\". You can solve this by explicitly adding parentheses:\n\n"
              "    [one, two(three, four), five]\n\n"
              "Elixir cannot compile otherwise. Syntax error before: ','"
            : "unexpected comma. Parentheses are required to solve ambiguity in nested calls.\n\n"
              "This error happens when you have nested function calls without parentheses. For example:\n\n"
              "    one a, two b, c, d\n\n"
              "In the example above, we don't know if the parameters \"c\" and \"d\" apply to the function "
              "\"one\" or \"two\". You can solve this by explicitly adding parentheses:\n\n"
              "    one a, two(b, c, d)\n\n"
              "Or by adding commas (in case a nested call is not intended):\n\n"
              "    one, a, two, b, c, d\n\n"
              "Elixir cannot compile otherwise. Syntax error before: ','";
    // Elixir reports this one with a line but no column.
    ReadError e{"SyntaxError", comma.line, 0, msg};
    e.snippet = false;
    throw e;
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
        // Elixir reports this once the expression has been read, so errors
        // inside it come first.
        Ctx after = ctx;
        after.one_arg = true;
        if (starts_operand(peek()) && !at(Tok::Eof) && (expr(0, after), true))
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
    return remote(atoms::erlang, "binary_to_atom", k.line, {string(k.parts, k.line, interpolator()), atom("utf8")});
  }

  // --- postfix: dots, remote calls, access --------------------------------

  Term postfix(Term e, Ctx ctx) {
    for (;;) {
      const Token& t = peek();
      // A do-block call cannot be followed by `.` or `[` (`if a do b end.c`).
      if ((t.kind == Tok::Dot || t.kind == Tok::LBracket) && i_ == do_block_end_)
        error_before(t);
      if (t.kind == Tok::Dot) {
        next();
        skip_eol();
        e = dot(e, t, ctx);
      } else if (t.kind == Tok::LBracket) {
        // Only after a name does a space make `[` an argument (`x [1]` is
        // x([1]), taken by the call itself); elsewhere it is access
        // (`:a [k]`, `f(x) [k]`), as Elixir's tokenizer marks brackets only
        // after identifiers.
        const Token& open = next();
        skip_eol();
        // One expression or a keyword list (`x[a: 1]`), and a trailing comma
        // (elixir_parser.yrl's bracket_arg).
        Term index = at(Tok::Kw) ? make_list(h_, kw_pairs(Ctx::in_container())) : expr(0, Ctx::in_container());
        skip_eol_to_close();
        if (at(Tok::Comma)) {
          next();
          skip_eol();
        }
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
      case Tok::Alias:
        // Elixir's build_dot_alias: an atom (including true/false/nil) cannot be
        // followed by an alias; the column is the alias's.
        if (lhs.is_atom())
          fail(n, "atom cannot be followed by an alias. If the '.' was meant to be part of the "
                  "atom's name, the atom name must be quoted. Syntax error before: '.'");
        return alias_chain(lhs, line);
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
      case Tok::Str:
      case Tok::Charlist: {
        // Foo."bar"(...) and Foo.'bar'(...) (the lexer refuses interpolations).
        std::string s;
        for (const Part& p : n.parts) s += p.text;
        next();
        return remote_name(lhs, atom(s), line, n, ctx);
      }
      default:
        error_before(n);
    }
    next();
    std::string name = n.kind == Tok::Op ? std::string(op_info(n.op).text) : n.text;
    return remote_name(lhs, atom(name), line, n, ctx);
  }

  // `lhs.Alias.Alias...` at the first alias after a dot: one __aliases__
  // node, built once so that long chains stay linear.
  Term alias_chain(Term lhs, int dot_line) {
    std::vector<Term> segments;
    Term m;
    if (lhs.is_tuple() && lhs.tuple_arity() == 3 && lhs.element(0) == atoms::__aliases__) {
      for (Term a = lhs.element(2); a.is_cons(); a = a.tail()) segments.push_back(a.head());
      m = lhs.element(1);
    } else {
      segments.push_back(lhs);  // `a.B`, `__MODULE__.B`
      m = meta(dot_line);
    }
    segments.push_back(atom(next().text));
    while (at(Tok::Dot) && peek(1).kind == Tok::Alias) {
      next();
      segments.push_back(atom(next().text));
    }
    return node(atoms::__aliases__, m, make_list(h_, segments));
  }

  Term remote_name(Term lhs, Term name, int dot_line, const Token& id, Ctx ctx) {
    Term callee = call(atoms::dot, dot_line, {lhs, name});
    const Token& n = peek();
    if (n.kind == Tok::LParen && !n.space_before) {
      Term c = call(callee, id.line, paren_args());
      return call_tail(c, id.line, ctx);
    }
    if (n.kind == Tok::Do && !n.eol_before && !ctx.no_do) return call(callee, id.line, {do_block()});
    if (!ctx.no_args && !(n.kind == Tok::LBracket && !n.space_before) && starts_no_parens_args(0)) {
      std::size_t start = i_;
      std::vector<Term> args = no_parens_args(ctx);
      take_do_block(args, ctx, start);
      return call(callee, id.line, args);
    }
    Term m = make_cons(h_, pair(atom("no_parens"), atoms::true_), meta(id.line));
    return node(callee, m, Term::nil());
  }

  // --- containers ---------------------------------------------------------

  // Comma-separated items up to `close`; a trailing keyword list becomes one
  // item (tuples, calls) or is spliced as pairs (lists, maps).
  std::vector<Term> container_items(Tok close, bool splice_keywords, Ctx ctx = Ctx::in_container()) {
    std::vector<Term> items;
    skip_eol();
    while (!at(close)) {
      if (at(Tok::Kw)) {
        std::vector<Term> kw = kw_pairs(ctx);
        if (splice_keywords) items.insert(items.end(), kw.begin(), kw.end());
        else items.push_back(make_list(h_, kw));
        skip_eol_to_close();
        if (at(Tok::Comma)) {
          next();
          skip_eol();
        }
        break;
      }
      items.push_back(ctx.map_item ? assoc_value(expr(0, ctx)) : expr(0, ctx));
      skip_eol_to_close();
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
      const int bar_prec = op_info(Op::Bar).binary_prec;
      // (No newline can come before an operator: the lexer drops it.)
      Term first = expr(bar_prec + 1, Ctx::in_map());
      if (at_op(Op::Bar)) {
        const Token& bar = next();
        skip_eol();
        std::vector<Term> rest;
        bool update = true;
        if (!at(Tok::Kw)) {
          // The pipe is an update unless an operator looser than it follows
          // its right operand: `%{a | b :: c => d}` has the key `(a | b) :: c`
          // (Elixir's parser reduces the pipe before it shifts `::`).
          Term rhs = expr(bar_prec, Ctx::in_map());
          update = !at(Tok::Op) || at_op(Op::Assoc);
          if (update) {
            rest.push_back(assoc_value(rhs));
            skip_eol_to_close();
            if (at(Tok::Comma)) {
              next();
              std::vector<Term> more = container_items(Tok::RBrace, true, Ctx::in_map());
              rest.insert(rest.end(), more.begin(), more.end());
            }
          } else {
            first = call(atoms::cons_op, bar.line, {first, rhs});
          }
        } else {
          rest = container_items(Tok::RBrace, true, Ctx::in_map());
        }
        if (update) {
          expect_close(Tok::RBrace, "}", open);
          items.push_back(call(atoms::cons_op, bar.line, {first, make_list(h_, rest)}));
          return items;
        }
      }
      // The first item goes on with looser operators (`%{k :: t => v}`).
      items.push_back(assoc_value(expr_from(first, 0, Ctx::in_map())));
      skip_eol_to_close();
      if (at(Tok::Comma)) {
        next();
        std::vector<Term> rest = container_items(Tok::RBrace, true, Ctx::in_map());
        items.insert(items.end(), rest.begin(), rest.end());
      }
    } else {
      items = container_items(Tok::RBrace, true, Ctx::in_map());
    }
    expect_close(Tok::RBrace, "}", open);
    return items;
  }

  // After a map item's key: `key => value` is the pair {key, value}. Either
  // side is any expression (elixir_parser.yrl's assoc_expr: the climb of the
  // key stops at `=>`), but the value may not hold another `=>`.
  Term assoc_value(Term key) {
    if (!at_op(Op::Assoc)) {
      if (i_ == do_block_end_ || !is_bare_map_item(key)) error_before(peek());
      return key;
    }
    next();
    skip_eol();
    return pair(key, expr(0, Ctx::in_container()));
  }

  Term map() {
    const Token& open = next();
    std::vector<Term> items = map_items(open);
    return call(atoms::map_op, open.line, items);
  }

  Term struct_() {
    const Token& pct = next();
    // The name is elixir_parser.yrl's struct_expr: an atom, an alias, a
    // name, `a.b`, or a call with parentheses, possibly after `@`, `^` or
    // another prefix operator; read as a prefix expression that takes no
    // binary operators, no-parens arguments (`%a {}`) or do-blocks.
    std::size_t k = i_;
    while (t_[k].kind == Tok::Op && t_[k].op != Op::Capture && op_info(t_[k].op).unary_prec > 0) ++k;
    bool atom_ok = t_[k].kind == Tok::Atom && t_[k].parts.empty();  // not true/false/nil, nor :"#{}"
    Ctx ctx;
    ctx.no_do = true;
    ctx.no_args = true;
    Term name = unary(ctx);
    bool interpolated_atom = t_[k].kind == Tok::Atom && !t_[k].parts.empty() && i_ == k + 1;
    if (interpolated_atom || i_ == do_block_end_ || !is_struct_name(name, atom_ok)) error_before(peek());
    skip_eol();  // `%Struct\n{}`
    if (!at(Tok::LBrace)) error_before(peek());
    const Token& open = next();
    std::vector<Term> items = map_items(open);
    return call(atoms::struct_op, pct.line, {name, call(atoms::map_op, open.line, items)});  // the map has the `{` line
  }

  Term parens() {
    const Token& open = next();
    std::size_t start = i_;
    skip_eoe();
    if (at(Tok::RParen)) {
      // `()` is an empty block, and so is `(;)`, but with the `(` line.
      bool semicolon = false;
      for (std::size_t k = start; k < i_; ++k) semicolon |= t_[k].semicolon;
      next();
      return node(atoms::__block__, semicolon ? meta(open.line) : Term::nil(), Term::nil());
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
    do_block_end_ = i_;
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
        stab_arrow(items, arrow);
        items.push_back({true, {}, arrow.line});
        items.back().closed = pending_closed_;
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
        stab_arrow(items, arrow);
        items.push_back({true, args, arrow.line});
        items.back().closed = pending_closed_;
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
        // A clause head cannot end in a do-block (`if a do b end -> ...`).
        if (i_ == do_block_end_) error_before(peek());
        const Token& arrow = next();
        stab_arrow(items, arrow);
        items.push_back({true, head_args(terms), arrow.line});
        items.back().closed = pending_closed_;
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
        if (items.empty()) error_before(peek());  // `fn end`
        fail(*fn_open, "expected anonymous functions to be defined with -> inside: 'fn'");
      }
      std::vector<Term> exprs;
      for (BodyItem& it : items) exprs.push_back(it.terms[0]);
      // Blocks in parentheses gain the line of the `(`: `(a; b)`, `(!a)`,
      // and again for each further pair (`((a; b))` has it twice).
      Term b = block(exprs);
      if (parens && b.is_tuple() && b.tuple_arity() == 3 && b.element(0) == atoms::__block__) {
        Term m = make_cons(h_, make_tuple(h_, {atoms::line, Term::small(open_line)}), b.element(1));
        return node(atoms::__block__, m, b.element(2));
      }
      return b;
    }
    if (!items[0].head) {
      // Elixir names the first `->` (with a line but no column).
      int arrow_line = 0;
      for (const BodyItem& it : items)
        if (it.head && !arrow_line) arrow_line = it.line;
      ReadError e{"SyntaxError", arrow_line, 0,
                  "unexpected operator ->. If you want to define multiple clauses, the first expression must use "
                  "->. Syntax error before: '->'"};
      e.snippet = false;
      throw e;
    }
    std::vector<Term> clauses;
    for (std::size_t k = 0; k < items.size();) {
      BodyItem& head = items[k++];
      std::vector<Term> body;
      while (k < items.size() && !items[k].head) body.push_back(items[k++].terms[0]);
      // A body that a `;` starts begins with nil (`fn a -> ; b end`).
      if (head.closed && !body.empty()) body.insert(body.begin(), atoms::nil);
      Term b = body.empty() ? atoms::nil : block(body);
      clauses.push_back(call(atoms::arrow, head.line, {make_list(h_, head.terms), b}));
    }
    return make_list(h_, clauses);
  }

  // After a clause's `->`. The newlines after it belong to the arrow, so a
  // clause whose body is empty must be the last one, or be ended by `;`
  // (`fn x -> ; y -> 1 end`).
  void stab_arrow(std::vector<BodyItem>& items, const Token& arrow) {
    if (!items.empty() && items.back().head && !items.back().closed) error_before(arrow);
    skip_eol();
    if (at(Tok::Eol)) {
      skip_eoe();
      pending_closed_ = true;
    } else {
      pending_closed_ = false;
    }
  }

  // `(args) ->` or `(args) when guard ->` at the current `(`.
  // A `(` whose contents are separated by `;` or a newline is a block, not
  // a head's arguments: `(a; b) -> x` has one argument, the block.
  bool paren_head_ahead() const {
    std::size_t close = close_paren_[i_];
    if (close == 0 || close + 1 >= t_.size()) return false;
    const Token& after = t_[close + 1];
    if (!(after.kind == Tok::Op && (after.op == Op::Stab || after.op == Op::When))) return false;
    int depth = 0;
    for (std::size_t k = i_ + 1; k < close; ++k) {
      Tok kind = t_[k].kind;
      if (kind == Tok::LParen || kind == Tok::LBracket || kind == Tok::LBrace || kind == Tok::LBin ||
          kind == Tok::MapOpen || kind == Tok::Do || kind == Tok::Fn)
        ++depth;
      else if (kind == Tok::RParen || kind == Tok::RBracket || kind == Tok::RBrace || kind == Tok::RBin ||
               kind == Tok::End)
        --depth;
      if (depth != 0 || kind != Tok::Eol) continue;
      if (t_[k].semicolon) return false;
      Tok before = t_[k - 1].kind;
      std::size_t n = k + 1;
      while (n < close && t_[n].kind == Tok::Eol) ++n;
      if (n < close && before != Tok::LParen && before != Tok::Comma && t_[n].kind != Tok::Comma) return false;
    }
    return true;
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

  // One interpolation's tokens, parsed as a block by a nested parser.
  Term interpolation(const Part& p) {
    Parser sub(h_, *p.toks);
    sub.depth_ = depth_;
    std::vector<Term> exprs = sub.expr_list([](const Token& t) { return t.kind == Tok::Eof; });
    return sub.file_block(exprs);
  }

  Interpolate interpolator() {
    return [this](const Part& p) { return interpolation(p); };
  }
};

}  // namespace

Term parse_tokens(Heap& heap, const std::vector<Token>& tokens) {
  Parser p(heap, tokens);
  return p.file();
}

}  // namespace vial::reader
