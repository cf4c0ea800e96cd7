// The reader's tokenizer (see reader_lexer.h), after elixir_tokenizer.erl.
#include "compiler/reader_lexer.h"

#include <tao/pegtl.hpp>
#include <utf8proc.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdlib>

#include "vm/atom.h"
#include "vm/utf8.h"

namespace vial::reader {
namespace {

namespace pegtl = tao::pegtl;

// --- lexemes as PEGTL rules -------------------------------------------------

namespace g {
using namespace tao::pegtl;

// Non-ASCII identifier characters, after Elixir's unicode-syntax rules
// (UAX #31, String.Tokenizer): a name may start with a lowercase, modifier or
// other letter or a letter number; one that starts with an uppercase or
// titlecase letter can only be an atom or a keyword key (`:Ólá`, `Ólá: 1`),
// since aliases are ASCII. Any letter, combining mark, digit or connector
// continues a name. Only the category test is done; Elixir's NFC
// normalisation is not.
enum class UClass { Start, Upper, Continue };
inline UClass unicode_class(utf8proc_int32_t cp, bool* ok) {
  *ok = true;
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_NL:
      return UClass::Start;
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT:
      return UClass::Upper;
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_PC:
      return UClass::Continue;
    default:
      *ok = false;
      return UClass::Continue;
  }
}

// One non-ASCII code point of the given classes.
template <bool Start, bool Upper, bool Continue>
struct unicode_ident {
  using rule_t = unicode_ident;
  using subs_t = empty_list;
  template <typename ParseInput>
  static bool match(ParseInput& in) {
    utf8proc_int32_t cp;
    if (in.empty() || static_cast<unsigned char>(in.peek_char()) < 0x80) return false;
    auto len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(in.current()),
                                static_cast<utf8proc_ssize_t>(in.size(4)), &cp);
    if (len <= 0) return false;
    bool ok;
    UClass c = unicode_class(cp, &ok);
    if (!ok || (c == UClass::Start && !Start) || (c == UClass::Upper && !Upper) ||
        (c == UClass::Continue && !Continue))
      return false;
    in.bump(static_cast<std::size_t>(len));
    return true;
  }
};
using high_byte = unicode_ident<true, true, true>;
using unicode_start = unicode_ident<true, false, false>;
using unicode_upper = unicode_ident<false, true, false>;

template <typename D>
struct digits_with_underscores : seq<D, star<opt<one<'_'>>, D>> {};
struct dec : digits_with_underscores<digit> {};
struct hex : seq<one<'0'>, one<'x'>, digits_with_underscores<xdigit>> {};
struct oct : seq<one<'0'>, one<'o'>, digits_with_underscores<range<'0', '7'>>> {};
struct bin : seq<one<'0'>, one<'b'>, digits_with_underscores<one<'0', '1'>>> {};
struct exponent : seq<one<'e', 'E'>, opt<one<'+', '-'>>, dec> {};
struct fraction : seq<one<'.'>, dec, opt<exponent>> {};
struct floating : seq<dec, fraction> {};
struct ident_char : sor<ranges<'a', 'z', 'A', 'Z', '0', '9', '_'>, high_byte> {};
// Any name as String.Tokenizer reads it: identifiers, aliases, atoms and
// keyword keys alike. `@` may appear after the first character (:node@host,
// `a@b: 1`); only atoms and keyword keys accept it, and only identifiers and
// atoms accept a non-ASCII or `?`/`!` ending (the lexer checks which).
struct name : seq<sor<ranges<'a', 'z', 'A', 'Z'>, one<'_'>, unicode_start, unicode_upper>,
                  star<sor<ident_char, one<'@'>>>, opt<one<'?', '!'>>> {};
}  // namespace g

// Length of the match of Rule at the start of `s`, or 0.
template <typename Rule>
std::size_t match(std::string_view s) {
  pegtl::memory_input<pegtl::tracking_mode::lazy> in(s.data(), s.data() + s.size(), "");
  if (pegtl::parse<Rule>(in)) return static_cast<std::size_t>(in.current() - s.data());
  return 0;
}

bool is_ident_byte(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         u >= 0x80;
}
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// A `do` right after a separator, as elixir_tokenizer's invalid_do_error.
constexpr const char* kStrayDo =
    "unexpected reserved word: do. In case you wanted to write a \"do\" expression, you must either use "
    "do-blocks or separate the keyword argument with comma. For example, you should either write:\n\n"
    "    if some_condition? do\n      :this\n    else\n      :that\n    end\n\n"
    "or the equivalent construct:\n\n"
    "    if(some_condition?, do: :this, else: :that)\n\n"
    "where \"some_condition?\" is the first argument and the second argument is a keyword list.\n\n"
    "You may see this error if you forget a trailing comma before the \"do\" in a \"do\" block";

// Deepest nesting of interpolations inside interpolations.
constexpr int kMaxInterpolationDepth = 100;

// Symbolic operators, longest first, so the scanner takes the longest match.
struct SymOp {
  std::string_view text;
  Op op;
};
std::vector<SymOp> symbolic_ops() {
  std::vector<SymOp> ops;
  for (int i = 0; i < static_cast<int>(Op::Count); ++i) {
    Op op = static_cast<Op>(i);
    if (!is_word_op(op)) ops.push_back({op_info(op).text, op});
  }
  std::stable_sort(ops.begin(), ops.end(),
                   [](const SymOp& a, const SymOp& b) { return a.text.size() > b.text.size(); });
  return ops;
}

}  // namespace

// The scanning state, kept apart from the public class so that heredoc bodies
// can be scanned by a nested instance over their dedented text.
struct LexerImpl {
  Lexer& lx;
  std::string_view src;
  std::size_t pos = 0;
  int line = 1;
  std::size_t line_start = 0;
  int depth = 0;
  bool last_was_capture = false;
  bool last_was_dot = false;  // after `.` only operators name calls: `x.=>` is `x.=` `>`

  LexerImpl(Lexer& l, std::string_view s) : lx(l), src(s) {}

  // Open delimiters awaiting their terminators, checked while tokenizing as
  // Elixir's tokenizer does, so unbalanced input gets its messages.
  struct Opener {
    Tok kind;
    const char* text;
    const char* close;
    int line;
  };
  std::vector<Opener>* openers = nullptr;

  static bool opener_of(Tok k, const char** text, const char** close) {
    switch (k) {
      case Tok::LParen: *text = "("; *close = ")"; return true;
      case Tok::LBracket: *text = "["; *close = "]"; return true;
      case Tok::LBrace: *text = "{"; *close = "}"; return true;
      case Tok::MapOpen: *text = "{"; *close = "}"; return true;
      case Tok::LBin: *text = "<<"; *close = ">>"; return true;
      case Tok::Do: *text = "do"; *close = "end"; return true;
      case Tok::Fn: *text = "fn"; *close = "end"; return true;
      default: return false;
    }
  }

  static const char* closer_text(Tok k) {
    switch (k) {
      case Tok::RParen: return ")";
      case Tok::RBracket: return "]";
      case Tok::RBrace: return "}";
      case Tok::RBin: return ">>";
      case Tok::End: return "end";
      default: return nullptr;
    }
  }

  void track(const Token& t) {
    if (!openers) return;
    const char *text, *close;
    if (opener_of(t.kind, &text, &close)) {
      openers->push_back({t.kind, text, close, t.line});
      return;
    }
    const char* c = closer_text(t.kind);
    if (!c) return;
    std::string what = t.kind == Tok::End ? std::string("unexpected reserved word: end")
                                           : std::string("unexpected token: ") + c;
    if (openers->empty()) {
      ReadError e{"SyntaxError", t.line, t.column, what};
      e.snippet = t.kind != Tok::End;
      throw e;
    }
    const Opener& top = openers->back();
    if (std::string_view(top.close) != c) {
      ReadError e{"SyntaxError", t.line, t.column,
                  what + ". The \"" + top.text + "\" at line " + std::to_string(top.line) +
                      " is missing terminator \"" + top.close + "\""};
      e.snippet = false;
      throw e;
    }
    openers->pop_back();
  }

  // Columns count characters, not bytes, as Elixir's do. The count is cached
  // per line so that a long line costs linear time.
  mutable std::size_t col_pos = 0;
  mutable int col_chars = 0;
  int col() const {
    if (col_pos < line_start || col_pos > pos) {
      col_pos = line_start;
      col_chars = 0;
    }
    for (; col_pos < pos; ++col_pos)
      if ((static_cast<unsigned char>(src[col_pos]) & 0xC0) != 0x80) ++col_chars;
    return col_chars + 1;
  }
  char peek(std::size_t k = 0) const { return pos + k < src.size() ? src[pos + k] : '\0'; }
  bool at_end(std::size_t k = 0) const { return pos + k >= src.size(); }
  bool starts_with(std::string_view s) const { return src.substr(pos, s.size()) == s; }

  [[noreturn]] void fail(int l, int c, std::string msg, std::string kind = "SyntaxError") {
    throw ReadError{std::move(kind), l, c, std::move(msg)};
  }

  void newline() {
    ++line;
    line_start = pos;  // pos is just past the '\n'
  }

  Token make(Tok kind, int l, int c, bool space) {
    Token t;
    t.kind = kind;
    t.line = l;
    t.column = c;
    t.space_before = space;
    return t;
  }

  // Appends a token; a binary-only operator swallows the newline before it,
  // so that `a\n|> b` continues the expression (Elixir's add_token_with_eol).
  void push(std::vector<Token>& out, Token t) {
    // `do` swallows the newline before it too (`if a\ndo ... end`), but
    // remembers it: a bare `foo\ndo` is not a call with a block.
    bool drop = (t.kind == Tok::Op && op_info(t.op).eol_drop) || t.kind == Tok::Dot || t.kind == Tok::Do;
    if (drop && !out.empty() && out.back().kind == Tok::Eol && !out.back().semicolon) {
      out.pop_back();
      if (t.kind == Tok::Do) t.eol_before = true;
    }
    // Elixir's tokenizer refuses a `do` after a separator or after `fn`
    // (tokenize_keyword_terminator), without a snippet.
    if (t.kind == Tok::Do && !out.empty()) {
      const Token& b = out.back();
      const char* msg = b.kind == Tok::Fn ? "unexpected reserved word: do. Anonymous functions are written as:\n\n"
                                            "    fn pattern -> expression end"
                        : b.kind == Tok::Comma || b.semicolon ? kStrayDo
                                                              : nullptr;
      if (msg) {
        ReadError e{"SyntaxError", t.line, t.column, msg};
        e.snippet = false;
        throw e;
      }
    }
    track(t);
    out.push_back(std::move(t));
  }

  // Tokenizes until the end of input, or (inside an interpolation) until the
  // `}` that closes it.
  void tokens(std::vector<Token>& out, bool interpolation, int open_line, const std::string& what, int open_col = 0) {
    std::vector<Opener> mine;
    std::vector<Opener>* saved = openers;
    openers = &mine;
    struct Restore {
      LexerImpl& l;
      std::vector<Opener>* s;
      ~Restore() { l.openers = s; }
    } restore{*this, saved};
    for (;;) {
      bool space = false;
      while (!at_end() && is_space(peek())) {
        ++pos;
        space = true;
      }
      if (at_end()) {
        if (interpolation)
          fail(open_line, open_col, std::string("missing interpolation terminator: \"}\" (for ") + what +
                                 " starting at line " + std::to_string(open_line) + ")",
               "TokenMissingError");
        if (!mine.empty())
          fail(line, col(),
               std::string("missing terminator: ") + mine.back().close + " (for \"" + mine.back().text +
                   "\" starting at line " + std::to_string(mine.back().line) + ")",
               "TokenMissingError");
        return;
      }
      char c = peek();
      int l = line, cl = col();
      if (c == '#') {
        while (!at_end() && peek() != '\n') ++pos;
        continue;
      }
      if (c == '\n') {
        ++pos;
        if (out.empty() || out.back().kind != Tok::Eol) push(out, make(Tok::Eol, l, cl, space));
        newline();
        continue;
      }
      // A backslash that ends the file, before its last newline or not.
      if (c == '\\' && (at_end(1) || (peek(1) == '\n' && at_end(2)) || (peek(1) == '\r' && peek(2) == '\n' && at_end(3))))
        fail(l, cl, "invalid escape \\ at end of file", "TokenMissingError");
      if (c == '\\' && peek(1) == '\n') {  // line continuation
        pos += 2;
        newline();
        continue;
      }
      if (c == '\\' && peek(1) == '\r' && peek(2) == '\n') {
        pos += 3;
        newline();
        continue;
      }
      if (c == ';') {
        // Two separators in a row (newlines aside) are an error in Elixir.
        if (!out.empty() && out.back().kind == Tok::Eol && out.back().semicolon) fail(l, cl, unexpected_char(';', cl));
        ++pos;
        Token t = make(Tok::Eol, l, cl, space);
        t.semicolon = true;
        push(out, std::move(t));
        continue;
      }
      if (interpolation && c == '}' && mine.empty()) {
        ++pos;
        return;
      }
      if (c >= '0' && c <= '9') {
        push(out, number(l, cl, space));
        continue;
      }
      if ((c >= 'a' && c <= 'z') || c == '_' || (c >= 'A' && c <= 'Z') ||
          static_cast<unsigned char>(c) >= 0x80) {
        identifier(out, l, cl, space);
        continue;
      }
      if (c == '"' || c == '\'') {
        quoted(out, l, cl, space);
        continue;
      }
      // `:::` is the atom :"::", not the operator `::` before a colon.
      if (c == ':' && (peek(1) != ':' || peek(2) == ':')) {
        push(out, atom(l, cl, space));
        continue;
      }
      if (c == '?') {
        push(out, character(l, cl, space));
        continue;
      }
      if (c == '~' && ((peek(1) >= 'a' && peek(1) <= 'z') || (peek(1) >= 'A' && peek(1) <= 'Z'))) {
        push(out, sigil(l, cl, space));
        continue;
      }
      last_was_capture = !out.empty() && out.back().kind == Tok::Op && out.back().op == Op::Capture;
      last_was_dot = !out.empty() && out.back().kind == Tok::Dot;
      if (c == '(' && !out.empty() && out.back().kind == Tok::Alias)
        fail(l, cl + 1,  // Elixir's column is past the `(`
             "unexpected ( after alias " + out.back().text +
                 ". Function names and identifiers in Elixir start with lowercase characters or underscore. For "
                 "example:\n\n    hello_world()\n    _starting_with_underscore()\n    numb3rs_are_allowed()\n"
                 "    may_finish_with_question_mark?()\n    may_finish_with_exclamation_mark!()\n\nUnexpected token: (");
      push(out, punctuation(l, cl, space));
    }
  }

  // --- numbers ------------------------------------------------------------

  Token number(int l, int cl, bool space) {
    std::string_view rest = src.substr(pos);
    std::size_t n;
    int base = 10;
    bool is_float = false;
    if ((n = match<g::hex>(rest))) base = 16;
    else if ((n = match<g::oct>(rest))) base = 8;
    else if ((n = match<g::bin>(rest))) base = 2;
    else if ((n = match<g::floating>(rest))) is_float = true;
    else n = match<g::dec>(rest);
    std::string_view text = rest.substr(0, n);
    pos += n;
    if (!at_end() && is_ident_byte(peek())) {
      std::string_view shown = base == 10 ? text : text.substr(0, 1);
      std::size_t after = base == 10 ? n : 1;
      std::string bad(1, rest[after]);
      fail(l, cl,
           "invalid character \"" + bad + "\" after number " + std::string(shown) +
               ". If you intended to write a number, make sure to separate the number from the "
               "character (using comma, space, etc). If you meant to write a function name or a "
               "variable, note that identifiers in Elixir cannot start with numbers. Unexpected "
               "token: " +
               bad);
    }
    std::string digits;
    for (char ch : text.substr(base == 10 ? 0 : 2))
      if (ch != '_') digits += ch;
    Token t = make(is_float ? Tok::Float : Tok::Int, l, cl, space);
    t.text = std::string(text);
    if (is_float) {
      errno = 0;
      double d = std::strtod(digits.c_str(), nullptr);
      if (errno == ERANGE && std::isinf(d)) fail(l, cl, "invalid float number " + std::string(text));
      t.value = make_float(lx.heap_, d);
    } else {
      t.value = make_integer_from_digits(lx.heap_, digits, base);
    }
    return t;
  }

  // --- identifiers, keywords, word operators ------------------------------

  // `foo:` followed by whitespace is a keyword key.
  bool keyword_colon() {
    if (peek() != ':' || peek(1) == ':') return false;
    char next = peek(1);
    return at_end(1) || is_space(next) || next == '\n';
  }

  void identifier(std::vector<Token>& out, int l, int cl, bool space) {
    std::string_view rest = src.substr(pos);
    bool is_alias = rest[0] >= 'A' && rest[0] <= 'Z';
    std::size_t n = match<g::name>(rest);
    // A non-ASCII uppercase letter starts only atoms and keyword keys (`Ólá: 1`).
    bool upper = !is_alias && match<g::unicode_upper>(rest) > 0;
    if (n == 0 || (upper && !(peek(n) == ':' && peek(n + 1) != ':'))) fail(l, cl, unexpected_here(cl));
    std::string text(rest.substr(0, n));
    pos += n;
    if (keyword_colon()) {
      ++pos;
      Token t = make(Tok::Kw, l, cl, space);
      t.text = std::move(text);
      push(out, std::move(t));
      return;
    }
    if (peek() == ':' && peek(1) != ':' && !at_end(1))
      fail(l, cl, "keyword argument must be followed by space after: " + text + ":");
    // Elixir's messages for what only atoms and keyword keys may hold.
    if (text.find('@') != std::string::npos)
      fail(l, cl, invalid_character("@", '@', is_alias ? "alias" : "identifier") + text);
    // An alias with non-ASCII letters or a `?`/`!` is refused; Elixir names
    // its first character that is not a letter, `_`, or ASCII.
    bool plain = std::all_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; }) &&
                 text.back() != '?' && text.back() != '!';
    if (is_alias && !plain) {
      for (std::size_t k = 0; k < text.size(); ++k) {
        unsigned char c = static_cast<unsigned char>(text[k]);
        if (c >= 'A' && c < 0x80) continue;
        std::string bad = text.substr(k, c < 0x80 ? 1 : utf8_length(c));
        fail(l, cl,
             invalid_character(bad, decode_one(bad),
                               "alias (only ASCII characters, without punctuation, are allowed)") +
                 text);
      }
    }
    if (is_alias) {
      Token t = make(Tok::Alias, l, cl, space);
      t.text = std::move(text);
      push(out, std::move(t));
      return;
    }
    // A word directly after a dot is always a name (`a.and`, `Kernel.in`).
    bool after_dot = !out.empty() && out.back().kind == Tok::Dot;
    Tok kind = Tok::Ident;
    Op op = Op::Count;
    if (!after_dot) {
      if (text == "do") kind = Tok::Do;
      else if (text == "end") kind = Tok::End;
      else if (text == "fn") kind = Tok::Fn;
      else if (text == "true") kind = Tok::True;
      else if (text == "false") kind = Tok::False;
      else if (text == "nil") kind = Tok::Nil;
      else if (text == "else" || text == "after" || text == "catch" || text == "rescue") kind = Tok::BlockKw;
      else if (text == "when") op = Op::When;
      else if (text == "and") op = Op::And;
      else if (text == "or") op = Op::Or;
      else if (text == "in") op = Op::In;
      else if (text == "not") {
        op = Op::Not;
        // `not in` is one operator.
        std::size_t p = pos;
        while (p < src.size() && is_space(src[p])) ++p;
        if (p > pos && src.substr(p, 2) == "in" && (p + 2 >= src.size() || !is_ident_byte(src[p + 2]))) {
          op = Op::NotIn;
          pos = p + 2;
        }
      }
    }
    if (op != Op::Count && op != Op::NotIn && names_function()) op = Op::Count;  // `&and/2`
    Token t = make(op == Op::Count ? kind : Tok::Op, l, cl, space);
    t.op = op;
    t.text = std::move(text);
    push(out, std::move(t));
  }

  // The character at `pos` (a whole UTF-8 sequence) as Elixir names it.
  std::string unexpected_here(int column) const {
    utf8proc_int32_t cp = -1;
    utf8proc_ssize_t len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(src.data() + pos),
                                            static_cast<utf8proc_ssize_t>(src.size() - pos), &cp);
    if (len <= 0) {
      len = 1;
      cp = static_cast<unsigned char>(src[pos]);
    }
    char buf[48];
    std::snprintf(buf, sizeof buf, "\" (column %d, code point U+%04X)", column, static_cast<unsigned>(cp));
    return "unexpected token: \"" + std::string(src.substr(pos, static_cast<std::size_t>(len))) + buf;
  }

  // The start of Elixir's "invalid character" messages; the name follows.
  static std::string invalid_character(std::string_view ch, std::uint32_t cp, const char* where) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "\" (code point U+%04X) in ", static_cast<unsigned>(cp));
    return "invalid character \"" + std::string(ch) + buf + where + ": ";
  }

  static std::size_t utf8_length(unsigned char lead) { return lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4; }

  static std::string unexpected_char(char c, int column) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "unexpected token: \"%c\" (column %d, code point U+%04X)", c, column,
                  static_cast<unsigned>(static_cast<unsigned char>(c)));
    return buf;
  }

  // --- atoms and characters -----------------------------------------------

  Token atom(int l, int cl, bool space) {
    ++pos;  // ':'
    Token t = make(Tok::Atom, l, cl, space);
    char c = peek();
    if (c == '"' || c == '\'') {
      ++pos;
      t.quoted = true;
      t.parts = scan(c, Mode::Escapes, l, "atom");
      if (t.parts.size() == 1 && !t.parts[0].code) {
        t.value = intern_checked(t.parts[0].text, l, cl);
        t.parts.clear();
      } else if (t.parts.empty()) {
        t.value = intern_atom("");
      }
      return t;
    }
    std::string_view rest = src.substr(pos);
    std::size_t n = 0;
    n = match<g::name>(rest);
    if (n == 0) {
      // Operator atoms, and the special forms' names.
      // The longest of them wins (`:..` is not `:.` followed by `.`).
      static const std::string_view specials[] = {"<<>>", "%{}", "...", "..//", "{}", "%", ".", "\\\\"};
      for (std::string_view s : specials)
        if (rest.substr(0, s.size()) == s && s.size() > n) n = s.size();
      static const std::vector<SymOp> ops = symbolic_ops();
      // `=>` and `//` are no atoms: `:=>` is `:=` and `>`.
      for (const SymOp& o : ops)
        if (o.op != Op::Assoc && o.op != Op::Step && rest.substr(0, o.text.size()) == o.text && o.text.size() > n)
          n = o.text.size();
      // `:` before a word operator (`:and`, `:when`) is caught by identifier above.
    }
    if (n == 0) fail(l, cl, unexpected_char(':', cl));
    t.value = intern_checked(rest.substr(0, n), l, cl);
    pos += n;
    return t;
  }

  Term intern_checked(std::string_view text, int l, int cl) {
    if (text.size() > kMaxAtomLength) fail(l, cl, "atom length must be less than system limit: " + std::string(text));
    return intern_atom(text);
  }

  Token character(int l, int cl, bool space) {
    ++pos;  // '?'
    if (at_end()) fail(l, cl, unexpected_char('?', cl));
    Token t = make(Tok::Char, l, cl, space);
    std::size_t start = pos - 1;
    std::uint32_t cp;
    if (peek() == '\\') {
      ++pos;
      std::string s;
      // Character literals know only the one-letter escapes: `?\x` is `?x`.
      if (at_end()) {
        cp = '\\';  // `?\` at the very end is the backslash itself
      } else if (peek() == 'x' || peek() == 'u' || peek() == '\n') {
        cp = static_cast<unsigned char>(src[pos++]);
      } else if (static_cast<unsigned char>(peek()) >= 0x80) {
        cp = next_code_point();  // `?\ä` is ?ä
      } else {
        escape(s, l, cl);
        cp = decode_one(s);
      }
    } else {
      // A newline taken as a character does not count as a line break:
      // Elixir's tokenizer only moves the column on (`?\n` then `x` on
      // the next line is still line 1).
      cp = next_code_point();
    }
    t.value = Term::small(cp);
    t.text = std::string(src.substr(start, pos - start));
    return t;
  }

  std::uint32_t next_code_point() {
    unsigned char c = static_cast<unsigned char>(peek());
    int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    std::string s(src.substr(pos, len));
    pos += s.size();
    return decode_one(s);
  }

  static std::uint32_t decode_one(const std::string& s) {
    if (s.empty()) return 0;
    unsigned char c = static_cast<unsigned char>(s[0]);
    if (c < 0x80 || s.size() == 1) return c;
    int len = c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    std::uint32_t cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
    for (int i = 1; i < len && i < static_cast<int>(s.size()); ++i)
      cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
    return cp;
  }

  // --- strings, charlists, sigils, heredocs -------------------------------

  enum class Mode {
    Escapes,    // "..." and '...': escapes and interpolation
    SigilLower, // ~s(...): interpolation; escapes kept for the sigil
    SigilUpper, // ~S(...): neither
  };

  // Scans up to (and past) `close`.
  std::vector<Part> scan(char close, Mode mode, int open_line, const std::string& what) {
    // Elixir reports bad escapes at the start of the literal's contents.
    int content_line = line, content_col = col();
    std::vector<Part> parts;
    std::string buf;
    int buf_line = line, buf_col = col();
    auto flush = [&] {
      if (!buf.empty()) parts.push_back(Part{false, std::move(buf), nullptr, buf_line, buf_col});
      buf.clear();
    };
    for (;;) {
      if (at_end()) {
        fail(line, col(),
             std::string("missing terminator: ") + close + " (for " + what + " starting at line " +
                 std::to_string(open_line) + ")",
             "TokenMissingError");
      }
      char c = peek();
      if (c == close) {
        ++pos;
        break;
      }
      if (c == '\\') {
        ++pos;
        if (mode == Mode::Escapes) {
          escape(buf, content_line, content_col);
        } else if (peek() == close) {
          buf += close;
          ++pos;
        } else {
          // Sigils keep escapes for the sigil to interpret, but an escaped
          // character never ends the sigil or starts an interpolation.
          buf += '\\';
          if (!at_end()) {
            char e = src[pos++];
            buf += e;
            if (e == '\n') newline();
          }
        }
        continue;
      }
      if (c == '#' && peek(1) == '{' && mode != Mode::SigilUpper) {
        flush();
        parts.push_back(interpolation_part(what));
        buf_line = line;
        buf_col = col();
        continue;
      }
      buf += c;
      ++pos;
      if (c == '\n') newline();
    }
    flush();
    return parts;
  }

  // At `#{`: the interpolation's tokens, up to and past its `}`.
  Part interpolation_part(const std::string& what) {
    int il = line, ic = col();
    pos += 2;
    if (++depth > kMaxInterpolationDepth) fail(il, ic, "interpolations are nested too deeply");
    auto toks = std::make_unique<std::vector<Token>>();
    tokens(*toks, true, il, what, ic);
    --depth;
    toks->push_back(make(Tok::Eof, line, col() - 1, false));
    Part part{true, {}, toks.get(), il, ic};
    lx.owned_.push_back(std::move(toks));
    return part;
  }

  // After a backslash: appends what the escape sequence stands for.
  void escape(std::string& buf, int err_line, int err_col) {
    if (at_end()) return;
    char c = peek();
    ++pos;
    switch (c) {
      case 'n': buf += '\n'; return;
      case 't': buf += '\t'; return;
      case 'r': buf += '\r'; return;
      case 'e': buf += '\x1b'; return;
      case 's': buf += ' '; return;
      case '0': buf += '\0'; return;
      case 'a': buf += '\a'; return;
      case 'b': buf += '\b'; return;
      case 'd': buf += '\x7f'; return;
      case 'f': buf += '\f'; return;
      case 'v': buf += '\v'; return;
      case '\n': newline(); return;  // an escaped newline joins the lines
      case '\r':
        if (peek() != '\n') {
          buf += c;
          return;
        }
        ++pos;
        newline();
        return;
      case 'x': {
        // The deprecated `\x{H*}` (1 to 6 digits) is a code point, as `\u{H*}`.
        std::size_t d = pos + 1;
        while (d < src.size() && d - pos <= 6 && hex_value(src[d]) >= 0) ++d;
        if (peek() == '{' && d > pos + 1 && d - pos <= 7 && d < src.size() && src[d] == '}') {
          std::uint32_t cp = 0;
          for (std::size_t k = pos + 1; k < d; ++k) cp = cp * 16 + static_cast<std::uint32_t>(hex_value(src[k]));
          std::string digits(src.substr(pos + 1, d - pos - 1));
          pos = d + 1;
          if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            fail(err_line, err_col, "invalid or reserved Unicode code point \\u{" + digits + "}. Syntax error after: \\u");
          append_utf8(buf, cp);
          return;
        }
        int v = 0, n = 0;
        while (n < 2 && hex_value(peek()) >= 0) v = v * 16 + hex_value(src[pos++]), ++n;
        if (n == 0)
          fail(err_line, err_col,
               "invalid hex escape character, expected \\xHH where H is a hexadecimal digit. Syntax error after: \\x");
        buf += static_cast<char>(v);
        return;
      }
      case 'u': {
        std::uint32_t v = 0;
        int n = 0;
        const char* bad =
            "invalid Unicode escape character, expected \\uHHHH or \\u{H*} where H is a hexadecimal digit. "
            "Syntax error after: \\u";
        std::size_t digits_at = pos;
        if (peek() == '{') {
          ++pos;
          digits_at = pos;
          while (n < 6 && hex_value(peek()) >= 0) v = v * 16 + hex_value(src[pos++]), ++n;
          if (n == 0 || peek() != '}') fail(err_line, err_col, bad);
          ++pos;
        } else {
          while (n < 4 && hex_value(peek()) >= 0) v = v * 16 + hex_value(src[pos++]), ++n;
          if (n != 4) fail(err_line, err_col, bad);
        }
        if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
          fail(err_line, err_col,
               "invalid or reserved Unicode code point \\u{" + std::string(src.substr(digits_at, n)) +
                   "}. Syntax error after: \\u");
        append_utf8(buf, v);
        return;
      }
      default: buf += c; return;
    }
  }

  // Heredoc bodies, after elixir_interpolation:extract/6 and the tokenizer's
  // extract_heredoc_with_interpolation: the body is read raw, interpolations
  // tokenized where they stand (so they may hold heredocs of their own), up
  // to the first line whose first non-blank characters are the delimiter.
  // Then the closing line's indentation is removed after every newline of
  // the text pieces, and only then are escapes interpreted.
  std::vector<Part> heredoc(char q, Mode mode, int open_line, int open_col, int* indentation) {
    std::string delim(3, q);
    // The opening delimiter must end its line.
    while (!at_end() && is_blank(peek())) ++pos;
    if (peek() == '\r' && peek(1) == '\n') ++pos;
    if (at_end() || peek() != '\n')
      fail(open_line, open_col, "heredoc allows only zero or more whitespace characters followed by a new line after " + delim);
    std::vector<Part> parts;
    // The body is read from the newline just seen, which makes the first
    // line's indentation removable like any other's and lets an empty body
    // close at once; that newline is dropped again below.
    std::string buf;
    int indent = -1;
    while (indent < 0) {
      if (at_end())
        fail(line, col(), "missing terminator: " + delim + " (for heredoc starting at line " + std::to_string(open_line) + ")",
             "TokenMissingError");
      char c = peek();
      if (c == '\n') {
        buf += c;
        ++pos;
        newline();
        // A closing delimiter ends the heredoc only at the start of a line.
        std::size_t p = pos;
        while (p < src.size() && is_blank(src[p])) ++p;
        if (src.substr(p, 3) == delim) {
          indent = static_cast<int>(p - pos);
          pos = p + 3;
        }
        continue;
      }
      if (c == '\\') {
        ++pos;
        if (starts_with(delim)) {
          // `\"""` is the delimiter's text, in every kind of heredoc.
          buf += delim;
          pos += 3;
        } else if (!at_end() && peek() != '\n') {
          // An escaped character never starts an interpolation; escapes are
          // interpreted after dedenting. An escaped newline is still a newline
          // that the closing delimiter may follow.
          buf += '\\';
          buf += src[pos++];
        } else {
          buf += '\\';
        }
        continue;
      }
      if (c == '#' && peek(1) == '{' && mode != Mode::SigilUpper) {
        if (!buf.empty()) parts.push_back(Part{false, std::move(buf), nullptr, line, col()});
        buf.clear();
        parts.push_back(interpolation_part("heredoc"));
        continue;
      }
      buf += c;
      ++pos;
    }
    if (!buf.empty()) parts.push_back(Part{false, std::move(buf), nullptr, line, col()});
    for (Part& part : parts) {
      if (part.code) continue;
      part.text = dedent(part.text, indent);
      if (mode == Mode::Escapes) part.text = unescape(part.text, open_line, open_col);
    }
    // The newline the body was read with (Elixir's extract_heredoc_head).
    // Its piece stays even when empty: `<<"", to_string(a)::binary, ...>>`.
    parts[0].text.erase(0, 1);
    *indentation = indent;
    return parts;
  }

  static bool is_blank(char c) { return c == ' ' || c == '\t'; }

  // Removes up to `indent` blanks after each newline (Elixir's trim_space:
  // blank lines stay as they are).
  static std::string dedent(const std::string& text, int indent) {
    std::string out;
    for (std::size_t k = 0; k < text.size();) {
      char c = text[k++];
      out += c;
      if (c != '\n') continue;
      for (int n = 0; n < indent && k < text.size() && is_blank(text[k]); ++n) ++k;
    }
    return out;
  }

  // Interprets the escapes of an already extracted piece of text; bad ones
  // are reported at (err_line, err_col).
  std::string unescape(const std::string& raw, int err_line, int err_col) {
    LexerImpl sub(lx, raw);
    std::string out;
    while (!sub.at_end()) {
      char c = sub.src[sub.pos++];
      if (c == '\\') sub.escape(out, err_line, err_col);
      else out += c;
    }
    return out;
  }

  void quoted(std::vector<Token>& out, int l, int cl, bool space) {
    char q = peek();
    bool is_heredoc = peek(1) == q && peek(2) == q;
    Token t = make(q == '"' ? Tok::Str : Tok::Charlist, l, cl, space);
    if (is_heredoc) {
      pos += 3;
      t.heredoc = true;
      t.parts = heredoc(q, Mode::Escapes, l, cl, &t.indentation);
      push(out, std::move(t));
      return;
    }
    ++pos;
    t.parts = scan(q, Mode::Escapes, l, "string");  // Elixir says "string" for charlists too
    // A quoted call (`Mod."fun"()`) cannot interpolate; Elixir's tokenizer says so at once.
    if (!out.empty() && out.back().kind == Tok::Dot)
      for (const Part& p : t.parts)
        if (p.code)
          fail(l, cl, std::string("interpolation is not allowed when calling function/macro. Found interpolation in "
                                  "a call starting with: ") + q);
    if (keyword_colon()) {
      ++pos;
      t.kind = Tok::Kw;
      t.quoted = true;
    }
    push(out, std::move(t));
  }

  Token sigil(int l, int cl, bool space) {
    ++pos;  // '~'
    char letter = peek();
    ++pos;
    Token t = make(Tok::Sigil, l, cl, space);
    t.text = std::string(1, letter);
    Mode mode = letter >= 'a' && letter <= 'z' ? Mode::SigilLower : Mode::SigilUpper;
    char open = peek();
    if ((open == '"' || open == '\'') && peek(1) == open && peek(2) == open) {
      pos += 3;
      t.heredoc = true;
      t.delimiter = std::string(3, open);
      t.parts = heredoc(open, mode, l, cl, &t.indentation);
    } else {
      char close;
      switch (open) {
        case '(': close = ')'; break;
        case '[': close = ']'; break;
        case '{': close = '}'; break;
        case '<': close = '>'; break;
        case '/': case '|': case '"': case '\'': close = open; break;
        default:
          fail(l, cl,
               std::string("invalid sigil delimiter: \"") + open +
                   "\" (column " + std::to_string(cl + 2) +
                   ", code point U+" + hex4(static_cast<unsigned char>(open)) +
                   "). The available delimiters are: //, ||, \"\", '', (), [], {}, <>");
      }
      ++pos;
      t.delimiter = std::string(1, open);
      t.parts = scan(close, mode, l, "sigil ~" + t.text + t.delimiter);
    }
    while (!at_end() && ((peek() >= 'a' && peek() <= 'z') || (peek() >= 'A' && peek() <= 'Z') ||
                         (peek() >= '0' && peek() <= '9')))
      t.modifiers += src[pos++];
    return t;
  }

  static std::string hex4(unsigned v) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "%04X", v);
    return buf;
  }

  // --- operators and punctuation ------------------------------------------

  // An operator right before `/` names a function (`&+/2`, `&and/2`).
  bool names_function() const {
    std::size_t p = pos;
    while (p < src.size() && is_space(src[p])) ++p;
    return p < src.size() && src[p] == '/' && (p + 1 >= src.size() || src[p + 1] != '/');
  }

  Token punctuation(int l, int cl, bool space) {
    std::string_view rest = src.substr(pos);
    struct Fixed {
      std::string_view text;
      Tok kind;
    };
    // Multi-character punctuation that competes with operators, checked by
    // length together with them.
    static const Fixed fixed[] = {
        {"...", Tok::Ellipsis}, {"<<", Tok::LBin}, {">>", Tok::RBin}, {"%{", Tok::MapOpen},
        {"(", Tok::LParen},     {")", Tok::RParen}, {"[", Tok::LBracket}, {"]", Tok::RBracket},
        {"{", Tok::LBrace},     {"}", Tok::RBrace}, {",", Tok::Comma},    {".", Tok::Dot},
        {"%", Tok::Percent},
    };
    static const std::vector<SymOp> ops = symbolic_ops();
    // `&//2` captures `/` itself.
    if (rest.substr(0, 2) == "//" && last_was_capture) {
      ++pos;
      Token t = make(Tok::Ident, l, cl, space);
      t.text = "/";
      return t;
    }
    // Keyword keys named after special forms and punctuation (`%{}: 1`,
    // `.: 1`), as the tokenizer's "operator atoms" clauses; longest first.
    static const std::string_view special_keys[] = {"..//", "<<>>", "...", "%{}", "{}", "%", "."};
    for (std::string_view k : special_keys) {
      if (rest.substr(0, k.size()) != k) continue;
      pos += k.size();
      if (keyword_colon()) {
        ++pos;
        Token t = make(Tok::Kw, l, cl, space);
        t.text = std::string(k);
        return t;
      }
      pos -= k.size();
      break;
    }
    for (std::size_t len = 3; len >= 1; --len) {
      if (rest.size() < len) continue;
      std::string_view s = rest.substr(0, len);
      for (const SymOp& o : ops)
        if (o.text == s && !(last_was_dot && (o.op == Op::Assoc || o.op == Op::Step))) {
          pos += len;
          if (o.op != Op::Div && o.op != Op::Step && o.op != Op::Assoc && names_function()) {
            Token t = make(Tok::Ident, l, cl, space);
            t.text = std::string(s);
            return t;
          }
          // `+: 2` is a keyword whose key is an operator (but not `=>` or
          // `//`, which the tokenizer reads apart from the others).
          if (o.op != Op::Assoc && o.op != Op::Step && keyword_colon()) {
            ++pos;
            Token t = make(Tok::Kw, l, cl, space);
            t.text = std::string(s);
            return t;
          }
          Token t = make(Tok::Op, l, cl, space);
          t.op = o.op;
          t.text = std::string(s);
          return t;
        }
      for (const Fixed& f : fixed)
        if (f.text == s && !(last_was_dot && (f.kind == Tok::LBin || f.kind == Tok::RBin))) {
          pos += len;
          Token t = make(f.kind, l, cl, space);
          t.text = std::string(s);
          return t;
        }
    }
    fail(l, cl, unexpected_here(cl));
  }
};

std::vector<Token> Lexer::run() {
  LexerImpl impl(*this, src_);
  std::vector<Token> out;
  impl.tokens(out, false, 0, "");
  Token eof;
  eof.kind = Tok::Eof;
  eof.line = impl.line;
  eof.column = impl.col();
  out.push_back(std::move(eof));
  return out;
}

}  // namespace vial::reader
