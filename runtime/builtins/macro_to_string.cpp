// Macro.to_string/1 after Elixir 1.14's Code.Formatter (quoted_to_algebra):
// the same algebra documents (vm/inspect_doc.h), built by the same rules --
// contexts that decide parentheses, operators with the parser's precedences,
// calls whose last fn/list/map argument may break first (next_break_fits),
// containers, do-blocks, fn and clauses -- laid out at 98 columns.
#include "runtime/builtins/macro_to_string.h"

#include <algorithm>
#include <set>
#include <string_view>
#include <vector>

#include "compiler/quoted.h"
#include "vm/atom.h"
#include "vm/inspect_doc.h"
#include "vm/printer.h"

namespace vial {

namespace {

namespace q = quoted;

enum class Assoc { kLeft, kRight, kNone };
struct OpInfo {
  std::string_view op;
  Assoc assoc;
  int prec;
};
// elixir_parser.yrl's binary operators.
constexpr OpInfo kBinaryOps[] = {
    {"<-", Assoc::kLeft, 40},     {"\\\\", Assoc::kLeft, 40},  {"when", Assoc::kRight, 50},
    {"::", Assoc::kRight, 60},    {"|", Assoc::kRight, 70},    {"=>", Assoc::kRight, 80},
    {"=", Assoc::kRight, 100},    {"||", Assoc::kLeft, 120},   {"|||", Assoc::kLeft, 120},
    {"or", Assoc::kLeft, 120},    {"&&", Assoc::kLeft, 130},   {"&&&", Assoc::kLeft, 130},
    {"and", Assoc::kLeft, 130},   {"==", Assoc::kLeft, 140},   {"!=", Assoc::kLeft, 140},
    {"=~", Assoc::kLeft, 140},    {"===", Assoc::kLeft, 140},  {"!==", Assoc::kLeft, 140},
    {"<", Assoc::kLeft, 150},     {">", Assoc::kLeft, 150},    {"<=", Assoc::kLeft, 150},
    {">=", Assoc::kLeft, 150},    {"|>", Assoc::kLeft, 160},   {"<<<", Assoc::kLeft, 160},
    {">>>", Assoc::kLeft, 160},   {"<<~", Assoc::kLeft, 160},  {"~>>", Assoc::kLeft, 160},
    {"<~", Assoc::kLeft, 160},    {"~>", Assoc::kLeft, 160},   {"<~>", Assoc::kLeft, 160},
    {"<|>", Assoc::kLeft, 160},   {"in", Assoc::kLeft, 170},   {"^^^", Assoc::kLeft, 180},
    {"//", Assoc::kRight, 190},   {"++", Assoc::kRight, 200},  {"--", Assoc::kRight, 200},
    {"+++", Assoc::kRight, 200},  {"---", Assoc::kRight, 200}, {"..", Assoc::kRight, 200},
    {"<>", Assoc::kRight, 200},   {"+", Assoc::kLeft, 210},    {"-", Assoc::kLeft, 210},
    {"*", Assoc::kLeft, 220},     {"/", Assoc::kLeft, 220},    {"**", Assoc::kLeft, 230},
};

const OpInfo* binary_op(Term name) {
  if (!name.is_atom()) return nullptr;
  std::string_view n = atom_text(name);
  for (const auto& o : kBinaryOps)
    if (o.op == n) return &o;
  return nullptr;
}

bool is_unary_op(std::string_view n) { return n == "+" || n == "-" || n == "!" || n == "^" || n == "not" || n == "~~~"; }

bool in_list(std::string_view op, std::initializer_list<std::string_view> list) {
  for (auto o : list)
    if (o == op) return true;
  return false;
}

// Code.Formatter's locals_without_parens: calls of these names (any arity
// for -1) are written without parentheses where the formatter would.
struct NoParens {
  std::string_view name;
  int arity;
};
constexpr NoParens kLocalsWithoutParens[] = {
    {"alias", 1}, {"alias", 2}, {"case", 2}, {"cond", 1}, {"for", -1}, {"import", 1}, {"import", 2},
    {"quote", 1}, {"quote", 2}, {"receive", 1}, {"require", 1}, {"require", 2}, {"try", 1}, {"with", -1},
    {"def", 1}, {"def", 2}, {"defp", 1}, {"defp", 2}, {"defguard", 1}, {"defguardp", 1}, {"defmacro", 1},
    {"defmacro", 2}, {"defmacrop", 1}, {"defmacrop", 2}, {"defmodule", 2}, {"defdelegate", 2},
    {"defexception", 1}, {"defoverridable", 1}, {"defstruct", 1}, {"destructure", 2}, {"raise", 1},
    {"raise", 2}, {"reraise", 2}, {"reraise", 3}, {"if", 2}, {"unless", 2}, {"use", 1}, {"use", 2},
    {"defrecord", 2}, {"defrecord", 3}, {"defrecordp", 2}, {"defrecordp", 3}, {"assert", 1}, {"assert", 2},
    {"assert_in_delta", 3}, {"assert_in_delta", 4}, {"assert_raise", 2}, {"assert_raise", 3},
    {"assert_receive", 1}, {"assert_receive", 2}, {"assert_receive", 3}, {"assert_received", 1},
    {"assert_received", 2}, {"doctest", 1}, {"doctest", 2}, {"refute", 1}, {"refute", 2},
    {"refute_in_delta", 3}, {"refute_in_delta", 4}, {"refute_receive", 1}, {"refute_receive", 2},
    {"refute_receive", 3}, {"refute_received", 1}, {"refute_received", 2}, {"setup", 1}, {"setup", 2},
    {"setup_all", 1}, {"setup_all", 2}, {"test", 1}, {"test", 2}, {"config", 2}, {"config", 3},
    {"import_config", 1},
};

bool local_without_parens(std::string_view name, std::size_t arity) {
  if (arity == 0) return false;
  for (const auto& l : kLocalsWithoutParens)
    if (l.name == name && (l.arity < 0 || static_cast<std::size_t>(l.arity) == arity)) return true;
  return false;
}

// The formatter's insert_underscores/1: digits in groups of three once
// there are six characters or more (a minus sign counts, as in Elixir).
std::string insert_underscores(const std::string& digits) {
  if (digits.size() < 6) return digits;
  std::string out;
  std::size_t n = digits.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out += '_';
    out += digits[i];
  }
  return out;
}

// A number as the formatter writes a literal: inspect's text with the
// integer part's digits grouped.
std::string number_text(Term t) {
  std::string s = inspect(t);
  if (t.is_integer()) return insert_underscores(s);
  std::size_t dot = s.find('.');
  if (dot == std::string::npos) return s;
  return insert_underscores(s.substr(0, dot)) + s.substr(dot);
}

using doc::DocId;
using doc::Docs;

// The formatter's contexts.
enum class Ctx { kBlock, kOperand, kParensOneArg, kParensArg, kNoParensOneArg, kNoParensArg };

Ctx force_many_args_or(Ctx c, Ctx choice) {
  switch (c) {
    case Ctx::kNoParensOneArg:
    case Ctx::kNoParensArg: return Ctx::kNoParensArg;
    case Ctx::kParensOneArg:
    case Ctx::kParensArg: return Ctx::kParensArg;
    default: return choice;
  }
}
Ctx left_op_ctx(Ctx c) { return force_many_args_or(c, Ctx::kParensArg); }
Ctx right_op_ctx(Ctx c) { return force_many_args_or(c, Ctx::kOperand); }

// How a call writes its parentheses (the formatter's skip_parens).
enum class Parens { kRequired, kSkipUnlessManyArgs, kSkipIfDoEnd };
enum class Join { kBreak, kFlex, kLine };
enum class LastArg { kNone, kComma, kNextBreakFits };

bool is_keyword_list(Term t) {
  if (!t.is_cons()) return false;
  for (; t.is_cons(); t = t.tail()) {
    Term e = t.head();
    if (!(e.is_tuple() && e.tuple_arity() == 2 && e.element(0).is_atom())) return false;
  }
  return t.is_nil();
}
bool is_pair(Term e) { return e.is_tuple() && e.tuple_arity() == 2 && e.element(0).is_atom(); }

// `a: 1`, `"foo bar": 1`: the atom as inspect writes it, moved before the colon.
std::string key_text(Term k) {
  std::string s = inspect(k);
  if (s.size() > 1 && s[0] == ':') s = s.substr(1);
  return s + ":";
}

bool is_do_block(Term kw) {
  if (!is_keyword_list(kw)) return false;
  if (q::keyword_get(kw, atoms::do_).is_none()) return false;
  for (Term e : q::list_items(kw)) {
    std::string_view k = atom_text(e.element(0));
    if (!(k == "do" || k == "else" || k == "after" || k == "rescue" || k == "catch")) return false;
  }
  return true;
}

// {op, meta, [a, b]} with op a binary operator; {op, meta, [a]} a unary one.
const OpInfo* binary_node(Term t) {
  if (!q::is_node(t) || !q::node_args(t).is_list() || list_length(q::node_args(t)) != 2) return nullptr;
  return binary_op(q::node_head(t));
}
bool unary_node(Term t) {
  if (!(q::is_node(t) && q::node_head(t).is_atom() && q::node_args(t).is_list() && list_length(q::node_args(t)) == 1))
    return false;
  std::string_view n = atom_text(q::node_head(t));
  return is_unary_op(n) || n == "@" || n == "&";
}
Term unblock(Term t) {
  if (q::is_call(t, atoms::__block__, 1)) return q::list_items(q::node_args(t))[0];
  return t;
}
// wrap_in_parens_if_operator's test: an operator that is not a module
// attribute read or an integer capture.
bool needs_operator_parens(Term t) {
  t = unblock(t);
  if (binary_node(t)) return true;
  if (!unary_node(t)) return false;
  Term arg = q::list_items(q::node_args(t))[0];
  if (q::node_head(t) == intern_atom("@")) return !q::is_var(arg);
  if (q::node_head(t) == intern_atom("&")) return !arg.is_small();
  return true;
}

constexpr int kCapturePrec = 90;

bool one_of(std::string_view op, std::initializer_list<std::string_view> l) {
  for (auto o : l)
    if (o == op) return true;
  return false;
}
bool pipeline_op(std::string_view op) { return one_of(op, {"|>", "~>>", "<<~", "~>", "<~", "<~>", "<|>"}); }

class Printer {
 public:
  explicit Printer(Docs& d) : d_(d) {}
  bool ok = true;

  // The whole expression, as a block at the top level.
  DocId top(Term t) { return block(t); }

 private:
  Docs& d_;
  // Forms nested more than kMaxDepth levels (docs/compat.md) are not
  // printed, rather than overflowing the C++ stack: every recursive step
  // (expr, and binary for operator chains) holds a Deeper.
  static constexpr int kMaxDepth = 500;
  int depth_ = 0;
  struct Deeper {
    Printer* p;
    explicit Deeper(Printer* printer) : p(printer) {
      if (++p->depth_ > kMaxDepth) p->ok = false;
    }
    ~Deeper() { --p->depth_; }
  };
  Heap scratch_;  // quoted forms built while printing (..// as // of ..)

  DocId s(std::string_view text) { return d_.string(text); }
  DocId nil() { return Docs::nil(); }
  DocId cat(DocId a, DocId b) { return d_.concat(a, b); }
  DocId cat(std::initializer_list<DocId> l) { return d_.concat(l); }
  DocId glue(DocId a, DocId b, std::string_view sep = " ") { return d_.glue(a, b, sep); }
  DocId line(DocId a, DocId b) { return d_.concat(a, d_.concat(d_.line(), b)); }
  DocId group(DocId x) { return d_.group(x); }
  DocId fail() {
    ok = false;
    return nil();
  }
  std::string flat(DocId x) { return d_.format(x, doc::kInfinity); }

  DocId wrap_parens(DocId x) { return cat(cat(s("("), d_.nest_cursor(x)), s(")")); }

  DocId surround(DocId left, DocId x, DocId right) {
    if (x == nil()) return cat(left, right);
    return group(glue(d_.nest(glue(left, x, ""), 2, true), right, ""));
  }

  // args_to_algebra_with_comments: each argument grouped, the comma inside
  // its last group, joined by breaks.
  DocId join_args(std::vector<DocId> docs, LastArg last, Join join) {
    if (docs.empty()) return nil();
    for (std::size_t i = 0; i < docs.size(); ++i) {
      bool is_last = i + 1 == docs.size();
      if (!is_last || last == LastArg::kComma) docs[i] = d_.concat_to_last_group(docs[i], s(","));
      else if (last == LastArg::kNextBreakFits) docs[i] = d_.next_break_fits(docs[i], true);
      docs[i] = group(docs[i]);
    }
    DocId acc = docs[0];
    for (std::size_t i = 1; i < docs.size(); ++i) {
      if (join == Join::kLine) acc = line(acc, docs[i]);
      else if (join == Join::kFlex) acc = d_.flex_glue(acc, docs[i]);
      else acc = glue(acc, docs[i]);
    }
    return join == Join::kLine ? d_.force_unfit(acc) : acc;
  }

  template <typename F>
  DocId with_next_break_fits(bool condition, DocId x, F fun) {
    if (!condition) return fun(x);
    return d_.next_break_fits(fun(d_.next_break_fits(x, true)), false);
  }

  // next_break_fits?/2 for the forms a quote holds: a list, fn, a map or
  // struct, Mod.{...} and heredoc sigils.
  static bool next_break_fits(Term t) {
    if (t.is_list()) return true;
    if (!q::is_node(t)) return false;
    Term head = q::node_head(t), args = q::node_args(t);
    if (!args.is_list()) return false;
    if ((head == intern_atom("fn") || head == atoms::map_op || head == intern_atom("%")) && !args.is_nil()) return true;
    if (q::is_call(head, atoms::dot, 2) && q::list_items(q::node_args(head))[1] == atoms::tuple_op) return true;
    if (head.is_atom() && atom_text(head).substr(0, 6) == "sigil_") {
      Term d = q::keyword_get(q::node_meta(t), intern_atom("delimiter"));
      return d.is_binary() && (d.binary_view() == "\"\"\"" || d.binary_view() == "'''");
    }
    return false;
  }

  // block_to_algebra: the expressions one a line.
  DocId block(Term t) {
    if (q::is_call(t, atoms::__block__)) {
      std::vector<Term> items = q::list_items(q::node_args(t));
      if (items.empty()) return nil();
      if (items.size() == 1) return group(expr(items[0], Ctx::kBlock));
      // An expression that spans lines gets an empty line before and after
      // it (break("") in its group), except after a module attribute;
      // collapse_lines(2) keeps it to one.
      DocId acc = nil(), left = nil();
      for (std::size_t i = 0; i < items.size(); ++i) {
        DocId x = expr(items[i], Ctx::kBlock);
        bool attribute = q::is_node(items[i]) && q::node_head(items[i]) == intern_atom("@");
        DocId right = attribute ? nil() : d_.break_("");
        if (left != nil()) x = cat(left, x);
        if (i + 1 < items.size() && right != nil()) x = cat(x, cat(d_.collapse(2), right));
        x = group(x);
        acc = i == 0 ? x : line(acc, x);
        left = right;
      }
      return d_.force_unfit(acc);
    }
    return group(expr(t, Ctx::kBlock));
  }

  DocId expr(Term t, Ctx ctx) {
    if (!ok) return nil();
    Deeper deeper(this);
    if (!ok) return nil();
    if (t.is_number()) return s(number_text(t));
    if (t.is_atom() || t.is_binary()) return s(inspect(t));
    if (t.is_list()) return list(t);
    if (t.is_tuple() && t.tuple_arity() == 2) return tuple({t.element(0), t.element(1)}, Join::kFlex);
    if (!q::is_node(t)) return fail();
    Term head = q::node_head(t), meta = q::node_meta(t), args = q::node_args(t);
    if (head.is_atom() && args.is_atom()) return s(atom_text(head));  // a variable
    if (!args.is_list()) return fail();
    std::vector<Term> a = q::list_items(args);
    if (head.is_atom()) return local(t, head, a, ctx);
    if (q::is_call(head, atoms::dot, 2)) {
      std::vector<Term> dot = q::list_items(q::node_args(head));
      // foo[bar]
      if (dot[0] == intern_atom("Elixir.Access") && dot[1] == intern_atom("get") && !a.empty()) {
        std::vector<DocId> items;
        for (std::size_t i = 1; i < a.size(); ++i) items.push_back(arg(a[i], Ctx::kParensArg));
        return cat(remote_target(a[0]), surround(s("["), join_args(items, LastArg::kNone, Join::kBreak), s("]")));
      }
      // Foo.{Bar, Baz}
      if (dot[1] == atoms::tuple_op) return cat({remote_target(dot[0]), s("."), tuple(a, Join::kBreak)});
      return remote(dot, a, meta, ctx);
    }
    if (q::is_call(head, atoms::dot, 1)) {
      // fun.(args)
      DocId target = remote_target(q::list_items(q::node_args(head))[0]);
      auto [call, wrap] = call_args(a, ctx, Parens::kSkipIfDoEnd, false);
      DocId x = cat({target, s("."), call});
      return wrap ? wrap_parens(x) : x;
    }
    DocId target = expr(head, Ctx::kNoParensArg);
    auto [call, wrap] = call_args(a, ctx, Parens::kRequired, false);
    DocId x = cat(target, call);
    return wrap ? wrap_parens(x) : x;
  }

  // An argument or element: a block of several expressions in parentheses.
  DocId arg(Term t, Ctx ctx) {
    if (q::is_call(t, atoms::__block__) && list_length(q::node_args(t)) > 1) return surround(s("("), block(t), s(")"));
    if (q::is_call(t, atoms::__block__, 1)) return arg(q::list_items(q::node_args(t))[0], ctx);
    return expr(t, ctx);
  }

  DocId remote_target(Term t) {
    if (q::is_call(t, intern_atom("fn"))) return wrap_parens(expr(t, Ctx::kNoParensArg));
    DocId x = arg(t, Ctx::kNoParensArg);
    return needs_operator_parens(t) ? wrap_parens(x) : x;
  }

  // `keyword: value` or `key => value`.
  DocId pair(Term key, Term value, Ctx ctx, bool keyword) {
    DocId left, op;
    if (keyword) {
      left = s(key_text(key));
      op = s("");
    } else {
      left = arg(key, Ctx::kParensArg);
      if (binary_node(unblock(key))) left = wrap_parens(left);
      op = s(" =>");
    }
    DocId right = arg(value, ctx);
    return with_next_break_fits(next_break_fits(value), right, [&](DocId r) {
      return cat(group(left), group(d_.nest(glue(op, group(r)), 2, true)));
    });
  }

  // Elements of a list or map: the trailing {atom, value} pairs as keywords.
  std::vector<DocId> elements(const std::vector<Term>& items, bool arrows) {
    std::size_t kw = items.size();
    while (kw > 0 && is_pair(items[kw - 1])) --kw;
    std::vector<DocId> docs;
    for (std::size_t i = 0; i < items.size(); ++i) {
      Term e = items[i];
      if (i >= kw) docs.push_back(pair(e.element(0), e.element(1), Ctx::kParensArg, true));
      else if (arrows && e.is_tuple() && e.tuple_arity() == 2) docs.push_back(pair(e.element(0), e.element(1), Ctx::kParensArg, false));
      else docs.push_back(arg(e, Ctx::kParensArg));
    }
    return docs;
  }

  DocId list(Term t) {
    if (t.is_nil()) return s("[]");
    // A printable charlist prints as one.
    bool chars = true;
    Term rest = t;
    for (; rest.is_cons(); rest = rest.tail())
      if (!rest.head().is_small()) chars = false;
    if (!rest.is_nil()) return fail();
    if (chars) {
      std::string text = inspect(t);
      if (!text.empty() && text[0] == '\'') return s(text);
    }
    return surround(s("["), join_args(elements(q::list_items(t), false), LastArg::kNone, Join::kBreak), s("]"));
  }

  DocId tuple(const std::vector<Term>& items, Join join) {
    std::vector<DocId> docs;
    for (Term e : items) docs.push_back(arg(e, Ctx::kParensArg));
    DocId args = join_args(docs, LastArg::kNone, join);
    if (join == Join::kFlex) return group(cat(d_.nest(cat(s("{"), args), 1), s("}")));
    return surround(s("{"), args, s("}"));
  }

  DocId map(DocId name, const std::vector<Term>& a) {
    DocId open = cat({s("%"), name, s("{")});
    if (a.size() == 1 && q::is_call(a[0], atoms::cons_op, 2)) {
      // %{map | a: 1}
      std::vector<Term> u = q::list_items(q::node_args(a[0]));
      DocId left = arg(u[0], Ctx::kParensArg);
      if (binary_node(unblock(u[0]))) left = wrap_parens(left);
      DocId right = u[1].is_list() ? join_args(elements(q::list_items(u[1]), true), LastArg::kNone, Join::kBreak)
                                   : arg(u[1], Ctx::kParensArg);
      return surround(open, glue(left, cat(s("| "), d_.nest(right, 2))), s("}"));
    }
    return surround(open, join_args(elements(a, true), LastArg::kNone, Join::kBreak), s("}"));
  }

  // ---- calls --------------------------------------------------------------

  // call_args_to_algebra: the arguments' document and whether the whole
  // call needs parentheses. `block_parens`: a do-block call writes its
  // other arguments in parentheses (locals not in kLocalsWithoutParens).
  std::pair<DocId, bool> call_args(const std::vector<Term>& a, Ctx ctx, Parens parens, bool block_parens) {
    if (a.empty()) return {s("()"), false};
    if (is_do_block(a.back())) {
      std::vector<Term> rest(a.begin(), a.end() - 1);
      DocId call = rest.empty() ? s(" do") : call_args_no_blocks(rest, !block_parens, s(" do"));
      DocId blocks = nil();
      bool first = true;
      for (Term e : q::list_items(a.back())) {
        DocId key = first ? nil() : s(atom_text(e.element(0)));
        DocId value = clauses(e.element(1));
        DocId b = value == nil() ? key : d_.nest(line(key, value), 2);
        blocks = first ? b : line(blocks, b);
        first = false;
      }
      DocId x = d_.force_unfit(line(cat(call, blocks), s("end")));
      return {x, ctx == Ctx::kNoParensArg || ctx == Ctx::kNoParensOneArg};
    }
    bool skip = parens == Parens::kSkipUnlessManyArgs &&
                (ctx == Ctx::kBlock || ctx == Ctx::kOperand || ctx == Ctx::kNoParensOneArg || ctx == Ctx::kParensOneArg);
    return {call_args_no_blocks(a, skip, nil()), false};
  }

  DocId call_args_no_blocks(const std::vector<Term>& a, bool skip, DocId extra) {
    std::vector<Term> left(a.begin(), a.end() - 1);
    Term right = a.back();
    bool keyword = is_keyword_list(right);
    Ctx ctx = left.empty() && !keyword ? (skip ? Ctx::kNoParensOneArg : Ctx::kParensOneArg)
                                      : (skip ? Ctx::kNoParensArg : Ctx::kParensArg);
    std::vector<Term> all = left;
    if (keyword) {
      for (Term e : q::list_items(right)) all.push_back(e);
    } else {
      all.push_back(right);
    }
    bool no_generators = true;
    for (Term e : all)
      if (q::is_call(e, intern_atom("<-"), 2)) no_generators = false;
    DocId args;
    bool nbf;
    if (!left.empty() && keyword && no_generators) {
      std::vector<DocId> ld, rd;
      for (Term e : left) ld.push_back(arg(e, ctx));
      for (Term e : q::list_items(right)) rd.push_back(pair(e.element(0), e.element(1), ctx, true));
      DocId left_doc = join_args(ld, LastArg::kComma, Join::kBreak);
      DocId right_doc = cat(d_.break_(" "), join_args(rd, LastArg::kNone, Join::kBreak));
      if (skip) {
        args = d_.nest_cursor(cat(left_doc, d_.next_break_fits(d_.group(right_doc, true), true)), true);
      } else {
        right_doc = d_.next_break_fits(d_.group(cat(d_.nest(right_doc, 2, true), d_.break_("")), true), true);
        args = cat(d_.nest(left_doc, 2, true), right_doc);
      }
      nbf = true;
    } else {
      nbf = !keyword && next_break_fits(right);
      std::vector<DocId> docs;
      for (Term e : left) docs.push_back(arg(e, ctx));
      if (keyword) {
        for (Term e : q::list_items(right)) docs.push_back(pair(e.element(0), e.element(1), ctx, true));
      } else {
        docs.push_back(arg(right, ctx));
      }
      args = d_.ungroup(join_args(docs, nbf ? LastArg::kNextBreakFits : LastArg::kNone, Join::kBreak));
      args = skip ? d_.nest_cursor(args, true) : cat(d_.nest(args, 2, true), d_.break_(""));
    }
    DocId x;
    if (!left.empty() && keyword && skip && no_generators) {
      x = group(cat(d_.nest(cat(s(" "), args), 2), extra));
    } else if (skip) {
      x = group(cat({s(" "), args, extra}));
    } else {
      x = group(cat({d_.nest(cat(s("("), d_.break_("")), 2, true), args, s(")"), extra}));
    }
    return nbf ? d_.next_break_fits(x, false) : x;
  }

  // The body of a do/else section: clauses (->) or a block.
  DocId clauses(Term body) {
    if (body.is_cons() && q::is_call(body.head(), atoms::arrow, 2)) {
      std::vector<Term> arrows = q::list_items(body);
      DocId acc = nil();
      for (std::size_t i = 0; i < arrows.size(); ++i) {
        DocId c = clause(arrows[i]);
        acc = i == 0 ? c : line(cat(acc, d_.nest_reset(d_.break_(""))), c);
      }
      return group(acc);
    }
    DocId b = block(body);
    return b == nil() ? nil() : group(b);
  }

  DocId clause(Term arrow) {
    if (!q::is_call(arrow, atoms::arrow, 2)) return fail();
    std::vector<Term> p = q::list_items(q::node_args(arrow));
    DocId body = block(p[1]);
    if (p[0].is_nil()) return d_.nest(glue(s("() ->"), body), 2);
    DocId head = clause_args(p[0]);
    return cat(group(cat(d_.ungroup(head), s(" ->"))), d_.nest(cat(d_.break_(" "), body), 2));
  }

  // A clause's arguments; a `when` guard written as the operator.
  DocId clause_args(Term pats) {
    std::vector<Term> p = q::list_items(pats);
    if (p.size() == 1 && q::is_call(p[0], atoms::when)) {
      std::vector<Term> w = q::list_items(q::node_args(p[0]));
      Term guard = w.back();
      w.pop_back();
      DocId left = group(many_args(w));
      DocId right = operand(guard, Ctx::kNoParensArg, *binary_op(atoms::when), Assoc::kRight, 0);
      return glue(group(left), group(cat(s("when "), d_.nest(right, 5))));
    }
    return many_args(p);
  }

  DocId many_args(const std::vector<Term>& items) {
    if (items.empty()) return s("()");
    DocId acc = arg(items[0], Ctx::kNoParensArg);
    for (std::size_t i = 1; i < items.size(); ++i) acc = glue(cat(acc, s(",")), arg(items[i], Ctx::kNoParensArg));
    return acc;
  }

  // ---- operators ----------------------------------------------------------

  DocId operand(Term t, Ctx ctx, const OpInfo& parent, Assoc side, int nesting) {
    if (const OpInfo* op = binary_node(t)) {
      std::vector<Term> a = q::list_items(q::node_args(t));
      if (parent.prec == op->prec && parent.assoc == side && (side == Assoc::kLeft || op->op == parent.op))
        return binary(*op, op->op, a[0], a[1], ctx, nesting);
      bool required = one_of(parent.op, {"|>", "<<<", ">>>", "<~", "~>", "<<~", "~>>", "<~>", "<|>", "^^^", "in", "++",
                                         "--", "..", "<>"}) &&
                      !one_of(op->op, {"..", "//"});
      bool logical = one_of(op->op, {"||", "|||", "or", "&&", "&&&", "and"}) &&
                     one_of(parent.op, {"||", "|||", "or", "&&", "&&&", "and"});
      DocId x = binary(*op, op->op, a[0], a[1], ctx, 2);
      if (required || logical || parent.prec > op->prec || (parent.prec == op->prec && parent.assoc != side))
        return wrap_parens(x);
      return x;
    }
    if (q::is_node(t) && q::node_head(t) == intern_atom("&") && q::node_args(t).is_list() &&
        list_length(q::node_args(t)) == 1 && !q::list_items(q::node_args(t))[0].is_small() &&
        (side == Assoc::kLeft || (parent.assoc == Assoc::kLeft && parent.prec > kCapturePrec)))
      return wrap_parens(expr(t, ctx));
    return arg(t, ctx);
  }

  DocId binary(const OpInfo& info, std::string_view op_text, Term left, Term right, Ctx ctx, int nesting) {
    Deeper deeper(this);
    if (!ok) return nil();
    std::string_view op = info.op;
    Ctx lc = left_op_ctx(ctx), rc = right_op_ctx(ctx);
    if (op == "|" || op == "when") {
      // a | b | c, a when b when c: one operand a line when broken.
      std::vector<std::pair<Term, Ctx>> rest;
      Term r = right;
      Ctx c = rc;
      while (const OpInfo* o = binary_node(r)) {
        if (o->op != op) break;
        std::vector<Term> ra = q::list_items(q::node_args(r));
        rest.push_back({ra[0], left_op_ctx(c)});
        c = right_op_ctx(c);
        r = ra[1];
      }
      rest.push_back({r, c});
      std::string prefix = std::string(op_text) + " ";
      DocId acc = group(operand(left, lc, info, Assoc::kLeft, 2));
      for (std::size_t i = 0; i < rest.size(); ++i) {
        Assoc kind = i + 1 == rest.size() ? Assoc::kRight : Assoc::kLeft;
        DocId x = d_.nest(operand(rest[i].first, rest[i].second, info, kind, 0), static_cast<std::int64_t>(prefix.size()));
        acc = glue(acc, group(cat(s(prefix), x)));
      }
      if (is_keyword_list(right) && (ctx == Ctx::kParensArg || ctx == Ctx::kNoParensArg)) return wrap_parens(acc);
      return acc;
    }
    if (pipeline_op(op)) {
      // a |> b |> c: one pipe a line when broken.
      std::vector<std::pair<std::string_view, Term>> pipes{{op, right}};
      Term l = left;
      while (const OpInfo* o = binary_node(l)) {
        if (!pipeline_op(o->op)) break;
        std::vector<Term> la = q::list_items(q::node_args(l));
        pipes.insert(pipes.begin(), {o->op, la[1]});
        l = la[0];
      }
      DocId acc = group(operand(l, lc, info, Assoc::kLeft, 2));
      for (const auto& [pop, parg] : pipes) {
        const OpInfo* pinfo = binary_op(intern_atom(pop));
        acc = glue(acc, group(cat(s(std::string(pop) + " "), operand(parg, rc, *pinfo, Assoc::kRight, 0))));
      }
      return acc;
    }
    DocId l = operand(left, lc, info, Assoc::kLeft, 2);
    DocId r = operand(right, rc, info, Assoc::kRight, 0);
    if (op == ".." || op == "//") return cat({group(l), s(op_text), group(r)});
    if (op == "\\\\" || op == "in") return cat({group(l), s(" " + std::string(op_text) + " "), group(r)});
    bool nbf = one_of(op, {"<-", "==", "!=", "=~", "===", "!==", "<", ">", "<=", ">=", "=", "::"}) && next_break_fits(right);
    return with_next_break_fits(nbf, r, [&](DocId rr) {
      return cat(group(l), group(d_.nest(glue(s(" " + std::string(op_text)), group(rr)), nesting, true)));
    });
  }

  DocId unary(std::string_view op, Term a, Ctx ctx) {
    DocId x = arg(a, force_many_args_or(ctx, Ctx::kOperand));
    Term u = unblock(a);
    bool nested_same = (op == "!" || op == "not") && q::is_node(u) && q::node_head(u) == intern_atom(op) &&
                       q::node_args(u).is_list() && list_length(q::node_args(u)) == 1;
    if (!nested_same && needs_operator_parens(a)) x = wrap_parens(x);
    return cat(s(op == "not" ? std::string("not ") : std::string(op)), x);
  }

  // ---- local forms --------------------------------------------------------

  std::string interpolation(const std::vector<Term>& parts, bool* is_string) {
    if (parts.empty()) return *is_string = false, "";
    std::string out = "\"";
    for (Term p : parts) {
      if (p.is_binary()) {
        std::string text = inspect(p);  // "..." escaped; drop the quotes
        if (text.size() < 2 || text[0] != '"') return *is_string = false, "";
        out += text.substr(1, text.size() - 2);
        continue;
      }
      if (!q::is_call(p, atoms::type_op, 2)) return *is_string = false, "";
      std::vector<Term> st = q::list_items(q::node_args(p));
      if (!(q::is_var(st[1]) && q::node_head(st[1]) == atoms::binary)) return *is_string = false, "";
      Term conv = st[0];
      if (!(q::is_node(conv) && q::is_call(q::node_head(conv), atoms::dot, 2))) return *is_string = false, "";
      std::vector<Term> dot = q::list_items(q::node_args(q::node_head(conv)));
      if (dot[0] != atoms::Elixir_Kernel || dot[1] != intern_atom("to_string")) return *is_string = false, "";
      out += "#{" + flat(block(q::list_items(q::node_args(conv))[0])) + "}";
    }
    *is_string = true;
    return out + "\"";
  }

  // A bitstring segment's type: `binary-size(4)`, `unit(8)*2` without spaces.
  DocId bit_spec(Term spec) {
    if (q::is_call(spec, intern_atom("-"), 2) || q::is_call(spec, intern_atom("*"), 2)) {
      std::vector<Term> p = q::list_items(q::node_args(spec));
      DocId r = arg(p[1], Ctx::kParensArg);
      if (needs_operator_parens(p[1])) r = wrap_parens(r);
      return cat({bit_spec(p[0]), s(atom_text(q::node_head(spec))), r});
    }
    DocId x = arg(spec, Ctx::kParensArg);
    return needs_operator_parens(spec) ? wrap_parens(x) : x;
  }

  DocId sigil(Term t, std::string_view name, const std::vector<Term>& a) {
    std::string delim = "/";
    Term d = q::keyword_get(q::node_meta(t), intern_atom("delimiter"));
    if (!d.is_none() && d.is_binary()) delim = std::string(d.binary_view());
    std::string close = delim;
    if (delim == "(") close = ")";
    else if (delim == "[") close = "]";
    else if (delim == "{") close = "}";
    else if (delim == "<") close = ">";
    bool heredoc = delim == "\"\"\"" || delim == "'''";
    if (delim.size() != 1 && !heredoc) return fail();
    // A heredoc sigil: its text starts on the line after the delimiter.
    std::string out = "~" + std::string(name.substr(6)) + delim + (heredoc ? "\n" : "");
    for (Term part : q::list_items(q::node_args(a[0]))) {
      if (part.is_binary()) {
        // The closing delimiter inside the text is escaped.
        for (char ch : part.binary_view()) {
          if (!heredoc && close.size() == 1 && ch == close[0]) out += '\\';
          out += ch;
        }
      } else if (q::is_call(part, atoms::type_op, 2)) {
        Term conv = q::list_items(q::node_args(part))[0];
        Term inner = q::is_node(conv) && q::node_args(conv).is_list() ? q::list_items(q::node_args(conv))[0] : conv;
        out += "#{" + flat(block(inner)) + "}";
      } else {
        return fail();
      }
    }
    out += close;
    for (Term ch : q::list_items(a[1]))
      if (ch.is_small()) out += static_cast<char>(ch.small_value());
    if (!heredoc) return s(out);
    // Its lines as lines of the document (indented where it is nested).
    DocId x = nil();
    std::size_t start = 0;
    bool first = true;
    while (start <= out.size()) {
      std::size_t end = out.find('\n', start);
      std::string_view piece = std::string_view(out).substr(start, end == std::string::npos ? std::string::npos : end - start);
      DocId p = s(piece);
      x = first ? p : cat(x, cat(piece.empty() ? d_.nest_reset(d_.line()) : d_.line(), p));
      first = false;
      if (end == std::string::npos) break;
      start = end + 1;
    }
    return d_.force_unfit(x);
  }

  DocId capture(const std::vector<Term>& a, Ctx ctx) {
    if (a[0].is_small()) return s("&" + inspect(a[0]));
    Term target = a[0];
    // &Mod.fun/arity, &fun/arity
    if (const OpInfo* op = binary_node(target); op && op->op == "/") {
      std::vector<Term> na = q::list_items(q::node_args(target));
      Term callee = na[0];
      if (na[1].is_small()) {
        if (q::is_var(callee)) return s("&" + std::string(atom_text(q::node_head(callee))) + "/" + inspect(na[1]));
        if (q::is_node(callee) && q::is_call(q::node_head(callee), atoms::dot, 2) && list_length(q::node_args(callee)) == 0) {
          std::vector<Term> dot = q::list_items(q::node_args(q::node_head(callee)));
          if (dot[1].is_atom()) {
            DocId m = dot[0].is_atom() ? s(inspect(dot[0])) : remote_target(dot[0]);
            return cat({s("&"), d_.nest(m, 1), s("." + inspect(dot[1]).substr(1) + "/" + inspect(na[1]))});
          }
        }
        if (q::is_node(callee) && q::node_head(callee).is_atom() && q::node_args(callee).is_list() &&
            list_length(q::node_args(callee)) == 0)
          return s("&" + std::string(atom_text(q::node_head(callee))) + "/" + inspect(na[1]));
      }
    }
    DocId x = arg(target, ctx);
    if (needs_operator_parens(target)) x = wrap_parens(x);
    std::string text = flat(x);
    return cat(s(!text.empty() && text[0] == '&' ? "& " : "&"), x);
  }

  DocId fn(const std::vector<Term>& a) {
    for (Term c : a)
      if (!q::is_call(c, atoms::arrow, 2)) return fail();
    if (a.size() == 1) {
      std::vector<Term> p = q::list_items(q::node_args(a[0]));
      DocId body = block(p[1]);
      if (p[0].is_nil()) return group(glue(d_.nest(glue(s("fn ->"), body), 2), s("end")));
      DocId head = group(d_.nest_cursor(cat(d_.ungroup(clause_args(p[0])), s(" ->"))));
      return group(glue(d_.nest(glue(cat(s("fn "), head), body), 2), s("end")));
    }
    DocId acc = nil();
    for (std::size_t i = 0; i < a.size(); ++i) {
      DocId c = clause(a[i]);
      acc = i == 0 ? c : line(cat(acc, d_.nest_reset(d_.break_(""))), c);
    }
    return d_.force_unfit(line(d_.nest(line(s("fn"), group(acc)), 2), s("end")));
  }

  DocId local(Term t, Term head, const std::vector<Term>& a, Ctx ctx) {
    std::string_view name = atom_text(head);
    if (head == atoms::__block__) {
      if (a.empty()) return nil();
      if (a.size() == 1) return expr(a[0], ctx);
      return surround(s("("), block(t), s(")"));
    }
    if (head == atoms::__aliases__) {
      std::string out;
      for (Term p : a) {
        if (!out.empty()) out += ".";
        if (p.is_atom()) out += atom_text(p);
        else out += flat(remote_target(p));
      }
      return s(out);
    }
    if (head == atoms::tuple_op) return tuple(a, Join::kFlex);
    if (name == "%{}") return map(nil(), a);
    if (name == "%" && a.size() == 2 && q::is_call(a[1], atoms::map_op))
      return map(arg(a[0], Ctx::kParensArg), q::list_items(q::node_args(a[1])));
    if (head == atoms::bin) {
      if (a.empty()) return s("<<>>");
      bool is_string = false;
      std::string text = interpolation(a, &is_string);
      if (is_string) return s(text);
      std::vector<DocId> segs;
      for (Term e : a) {
        if (q::is_call(e, atoms::type_op, 2)) {
          std::vector<Term> st = q::list_items(q::node_args(e));
          segs.push_back(cat({arg(st[0], Ctx::kParensArg), s("::"), bit_spec(st[1])}));
        } else {
          segs.push_back(arg(e, Ctx::kParensArg));
        }
      }
      return group(cat(d_.nest(cat(s("<<"), join_args(segs, LastArg::kNone, Join::kFlex)), 2), s(">>")));
    }
    if (name == "fn" && !a.empty()) return fn(a);
    if (name == "&" && a.size() == 1) return capture(a, ctx);
    if (name == "@" && a.size() == 1) {
      Term inner = a[0];
      if (q::is_node(inner) && q::node_head(inner).is_atom() && q::node_args(inner).is_list() &&
          list_length(q::node_args(inner)) == 1 && q::node_head(inner) != atoms::__block__ &&
          q::node_head(inner) != atoms::__aliases__) {
        auto [call, wrap] = call_args(q::list_items(q::node_args(inner)), ctx, Parens::kSkipUnlessManyArgs, false);
        DocId x = cat(s("@" + std::string(atom_text(q::node_head(inner)))), call);
        return wrap ? wrap_parens(x) : x;
      }
      return unary("@", inner, ctx);
    }
    if (name == "not" && a.size() == 1 && q::is_call(a[0], intern_atom("in"), 2)) {
      std::vector<Term> in_args = q::list_items(q::node_args(a[0]));
      return binary(*binary_op(intern_atom("in")), "not in", in_args[0], in_args[1], ctx, 2);
    }
    if (name == "..//" && a.size() == 3) {
      Term range = q::call(scratch_, intern_atom(".."), q::node_meta(t), {a[0], a[1]});
      return binary(*binary_op(intern_atom("//")), "//", range, a[2], ctx, 2);
    }
    if (name.size() > 6 && name.substr(0, 6) == "sigil_" && a.size() == 2 && q::is_call(a[0], atoms::bin) &&
        a[1].is_list())
      return sigil(t, name, a);
    if (name == "->") return fail();
    if (a.size() == 2)
      if (const OpInfo* op = binary_op(head)) return binary(*op, op->op, a[0], a[1], ctx, 2);
    if (a.size() == 1 && is_unary_op(name)) return unary(name, a[0], ctx);
    bool closing = !q::keyword_get(q::node_meta(t), intern_atom("closing")).is_none();
    bool without = local_without_parens(name, a.size());
    Parens parens = closing ? Parens::kRequired : without ? Parens::kSkipUnlessManyArgs : Parens::kSkipIfDoEnd;
    auto [call, wrap] = call_args(a, ctx, parens, !without);
    DocId x = cat(s(name), call);
    return wrap ? wrap_parens(x) : x;
  }

  DocId remote(const std::vector<Term>& dot, const std::vector<Term>& a, Term meta, Ctx ctx) {
    Term target = dot[0], fname = dot[1];
    if (!fname.is_atom()) return fail();
    DocId m = target.is_atom() ? s(inspect(target)) : remote_target(target);
    DocId callee = cat(m, s("." + inspect(fname).substr(1)));  // the name quoted where needed
    bool no_parens = q::keyword_get(meta, intern_atom("no_parens")) == atoms::true_;
    bool is_module = target.is_atom() || q::is_call(target, atoms::__aliases__) ||
                     (q::is_var(target) && q::node_head(target) == intern_atom("__MODULE__"));
    if (a.empty() && no_parens && !is_module) return callee;
    auto [call, wrap] = call_args(a, ctx, Parens::kSkipIfDoEnd, false);
    DocId x = cat(callee, call);
    return wrap ? wrap_parens(x) : x;
  }
};

}  // namespace

bool quoted_to_string(Term form, std::string* out) {
  Docs d;
  Printer p(d);
  DocId x = p.top(form);
  if (!p.ok) return false;
  *out = d.format(x, 98);
  return true;
}

}  // namespace vial
