// Macro.to_string/1 after Elixir 1.14's Code.Formatter (quoted_to_algebra):
// operators with the parser's precedences and the formatter's parenthesis
// rules, calls, remote calls, containers, strings with interpolation, fn,
// captures and do-blocks laid out over lines, calls of the formatter's
// locals_without_parens without parentheses, numbers with grouped digits.
// Lines are not broken at the formatter's 98 columns (docs/compat.md).
#include "runtime/builtins/macro_to_string.h"

#include <algorithm>
#include <set>
#include <string_view>
#include <vector>

#include "compiler/quoted.h"
#include "vm/atom.h"
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

std::string indent(const std::string& text, int n) {
  std::string pad(static_cast<std::size_t>(n), ' ');
  std::string out = pad;
  for (char c : text) {
    out += c;
    if (c == '\n') out += pad;
  }
  // No trailing spaces on blank lines.
  std::string cleaned;
  std::size_t start = 0;
  while (start <= out.size()) {
    std::size_t end = out.find('\n', start);
    std::string line = out.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (line.find_first_not_of(' ') == std::string::npos) line.clear();
    cleaned += line;
    if (end == std::string::npos) break;
    cleaned += '\n';
    start = end + 1;
  }
  return cleaned;
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

// Where an expression stands (the formatter's context): a local call of
// kLocalsWithoutParens drops its parentheses in all but argument lists of
// several arguments and containers.
enum class Ctx { kBlock, kOperand, kOneArg, kManyArgs };

class Printer {
 public:
  bool ok = true;

  std::string expr(Term t, Ctx ctx = Ctx::kBlock) {
    if (!ok) return "";
    ctx_ = ctx;
    if (t.is_number()) return number_text(t);
    if (t.is_atom()) return inspect(t);
    if (t.is_binary()) return inspect(t);
    if (t.is_list()) return list(t);
    if (t.is_tuple() && t.tuple_arity() == 2) return "{" + arg(t.element(0)) + ", " + arg(t.element(1)) + "}";
    if (!q::is_node(t)) {
      ok = false;
      return "";
    }
    Term head = q::node_head(t), meta = q::node_meta(t), args = q::node_args(t);
    if (head.is_atom() && args.is_atom()) return std::string(atom_text(head));  // a variable
    if (!args.is_list()) {
      ok = false;
      return "";
    }
    std::vector<Term> a = q::list_items(args);
    if (head.is_atom()) return local(t, head, a);
    if (q::is_call(head, atoms::dot, 2)) {
      std::vector<Term> dot = q::list_items(q::node_args(head));
      // foo[bar]
      if (dot[0] == intern_atom("Elixir.Access") && dot[1] == intern_atom("get") && !a.empty())
        return expr_in_call(a[0]) + "[" + list_items_text(std::vector<Term>(a.begin() + 1, a.end())) + "]";
      // Foo.{Bar, Baz}
      if (dot[1] == atoms::tuple_op) return expr_in_call(dot[0]) + ".{" + args_text(a) + "}";
      return remote(t, dot, a, meta);
    }
    if (q::is_call(head, atoms::dot, 1)) return expr_in_call(q::list_items(q::node_args(head))[0]) + ".(" + args_text(a) + ")";
    return expr_in_call(head) + "(" + args_text(a) + ")";
  }

 private:
  // A value in an argument or container position: a block needs parens.
  std::string arg(Term t, Ctx ctx = Ctx::kManyArgs) {
    if (q::is_call(t, atoms::__block__) && list_length(q::node_args(t)) != 1) return "(" + block_inline(t) + ")";
    return expr(t, ctx);
  }

  std::string block_inline(Term t) {
    std::string out;
    for (Term e : q::list_items(q::node_args(t))) {
      if (!out.empty()) out += "; ";
      out += expr(e);
    }
    return out;
  }

  // What stands before `.` or `(`: parenthesized unless it is simple.
  std::string expr_in_call(Term t) {
    std::string s = expr(t, Ctx::kManyArgs);
    if (q::is_call(t, intern_atom("fn"))) return "(" + s + ")";
    if (q::is_node(t) && q::node_head(t).is_atom() && q::node_args(t).is_list() &&
        (binary_op(q::node_head(t)) || is_unary_op(atom_text(q::node_head(t)))) && list_length(q::node_args(t)) <= 2 &&
        q::node_head(t) != atoms::__aliases__)
      return "(" + s + ")";
    return s;
  }

  static bool is_keyword_list(Term t) {
    if (!t.is_cons()) return false;
    for (; t.is_cons(); t = t.tail()) {
      Term e = t.head();
      if (!(e.is_tuple() && e.tuple_arity() == 2 && e.element(0).is_atom())) return false;
    }
    return t.is_nil();
  }

  static std::string key(Term k) {
    // `a: 1`, `"foo bar": 1`: the atom as inspect writes it, moved before
    // the colon.
    std::string s = inspect(k);
    if (s.size() > 1 && s[0] == ':') s = s.substr(1);
    return s + ":";
  }

  std::string keywords(Term kw) { return keywords(q::list_items(kw)); }
  std::string keywords(const std::vector<Term>& items) {
    std::string out;
    for (Term e : items) {
      if (!out.empty()) out += ", ";
      out += key(e.element(0)) + " " + arg(e.element(1));
    }
    return out;
  }

  std::string list(Term t) {
    if (t.is_nil()) return "[]";
    if (is_keyword_list(t)) return "[" + keywords(t) + "]";
    // A printable charlist prints as one.
    bool chars = true;
    Term rest = t;
    for (; rest.is_cons(); rest = rest.tail())
      if (!rest.head().is_small()) chars = false;
    if (chars && rest.is_nil()) {
      std::string s = inspect(t);
      if (!s.empty() && s[0] == '\'') return s;
    }
    std::vector<Term> items = q::list_items(t);
    if (!rest.is_nil()) {
      ok = false;
      return "";
    }
    return "[" + list_items_text(items) + "]";
  }

  static bool is_pair(Term e) { return e.is_tuple() && e.tuple_arity() == 2 && e.element(0).is_atom(); }

  // Items of a list: the trailing {atom, value} pairs are written as keywords.
  std::string list_items_text(const std::vector<Term>& items) {
    std::size_t kw = items.size();
    while (kw > 0 && is_pair(items[kw - 1])) --kw;
    std::string out;
    for (std::size_t i = 0; i < kw; ++i) {
      if (i) out += ", ";
      out += arg(items[i]);
    }
    if (kw < items.size()) {
      if (kw) out += ", ";
      out += keywords(std::vector<Term>(items.begin() + static_cast<std::ptrdiff_t>(kw), items.end()));
    }
    return out;
  }

  // Arguments, with a trailing keyword list written without brackets.
  std::string items_text(const std::vector<Term>& items) {
    std::string out;
    bool one = items.size() == 1 && !is_keyword_list(items[0]);
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (i) out += ", ";
      if (i + 1 == items.size() && is_keyword_list(items[i])) out += keywords(items[i]);
      else out += arg(items[i], one ? Ctx::kOneArg : Ctx::kManyArgs);
    }
    return out;
  }
  std::string args_text(const std::vector<Term>& items) { return items_text(items); }

  static bool is_do_block(Term kw) {
    if (!is_keyword_list(kw)) return false;
    if (q::keyword_get(kw, atoms::do_).is_none()) return false;
    for (Term e : q::list_items(kw)) {
      std::string_view k = atom_text(e.element(0));
      if (!(k == "do" || k == "else" || k == "after" || k == "rescue" || k == "catch")) return false;
    }
    return true;
  }

  // The body of a do/else section: clauses (->) or expressions, one a line.
  std::string section(Term body) {
    if (body.is_cons() && q::is_call(body.head(), atoms::arrow, 2)) return clauses(q::list_items(body));
    return lines(body);
  }

  std::string lines(Term body) {
    if (q::is_call(body, atoms::__block__)) {
      std::string out;
      for (Term e : q::list_items(q::node_args(body))) {
        if (!out.empty()) out += "\n";
        out += expr(e);
      }
      return out;
    }
    return expr(body);
  }

  std::string clause_head(Term pats) {
    std::vector<Term> p = q::list_items(pats);
    std::string out;
    for (std::size_t i = 0; i < p.size(); ++i) {
      if (i) out += ", ";
      out += arg(p[i]);
    }
    return out;
  }

  std::string clauses(const std::vector<Term>& arrows) {
    // One line each, unless a body spans lines: then every clause puts its
    // body under its head, with a blank line between clauses.
    std::vector<std::pair<std::string, std::string>> parts;
    bool multiline = false;
    for (Term a : arrows) {
      if (!q::is_call(a, atoms::arrow, 2)) {
        ok = false;
        return "";
      }
      std::vector<Term> p = q::list_items(q::node_args(a));
      parts.push_back({clause_head(p[0]), lines(p[1])});
      if (parts.back().second.find('\n') != std::string::npos) multiline = true;
    }
    std::string out;
    for (const auto& [head, body] : parts) {
      if (!out.empty()) out += multiline ? "\n\n" : "\n";
      if (!multiline) out += head + " -> " + body;
      else out += head + " ->\n" + indent(body, 2);
    }
    return out;
  }

  std::string do_block(const std::string& call, Term kw) {
    std::string out = call + " do\n";
    bool first = true;
    for (Term e : q::list_items(kw)) {
      if (!first) out += atom_text(e.element(0)), out += "\n";
      first = false;
      std::string s = section(e.element(1));
      if (!s.empty()) out += indent(s, 2) + "\n";
    }
    return out + "end";
  }

  // `block_parens`: a do-block call writes its other arguments in
  // parentheses (local calls not in kLocalsWithoutParens).
  std::string call_with(const std::string& callee, const std::vector<Term>& a, bool without_parens = false,
                        bool block_parens = false) {
    if (!a.empty() && is_do_block(a.back())) {
      std::vector<Term> rest(a.begin(), a.end() - 1);
      std::string head = callee;
      if (!rest.empty()) head += block_parens ? "(" + args_text(rest) + ")" : " " + args_text(rest);
      return do_block(head, a.back());
    }
    if (without_parens) return callee + " " + args_text(a);
    return callee + "(" + args_text(a) + ")";
  }

  std::string operand(Term operand, const OpInfo& parent, Assoc side) {
    std::string s = expr(operand, Ctx::kOperand);
    if (!q::is_node(operand) || !q::node_head(operand).is_atom() || !q::node_args(operand).is_list()) return s;
    std::vector<Term> a = q::list_items(q::node_args(operand));
    const OpInfo* op = binary_op(q::node_head(operand));
    if (op && a.size() == 2) {
      if (parent.prec == op->prec && parent.assoc == side && (side == Assoc::kLeft || op->op == parent.op)) return s;
      bool logical = in_list(op->op, {"||", "|||", "or", "&&", "&&&", "and"}) &&
                     in_list(parent.op, {"||", "|||", "or", "&&", "&&&", "and"});
      bool required = in_list(parent.op, {"|>", "<<<", ">>>", "<~", "~>", "<<~", "~>>", "<~>", "<|>", "^^^", "in",
                                          "++", "--", "...", "<>"}) &&
                      !in_list(op->op, {"..", "//"});
      if (required || logical || parent.prec > op->prec || (parent.prec == op->prec && parent.assoc != side))
        return "(" + s + ")";
      return s;
    }
    if (atom_text(q::node_head(operand)) == "&" && a.size() == 1 && !a[0].is_small() && side == Assoc::kLeft)
      return "(" + s + ")";
    return s;
  }

  std::string interpolation(const std::vector<Term>& parts, bool* is_string) {
    if (parts.empty()) return *is_string = false, "";
    std::string out = "\"";
    for (Term p : parts) {
      if (p.is_binary()) {
        std::string s = inspect(p);  // "..." escaped; drop the quotes
        if (s.size() < 2 || s[0] != '"') return *is_string = false, "";
        out += s.substr(1, s.size() - 2);
        continue;
      }
      if (!q::is_call(p, atoms::type_op, 2)) return *is_string = false, "";
      std::vector<Term> st = q::list_items(q::node_args(p));
      if (!(q::is_var(st[1]) && q::node_head(st[1]) == atoms::binary)) return *is_string = false, "";
      Term conv = st[0];
      if (!(q::is_node(conv) && q::is_call(q::node_head(conv), atoms::dot, 2))) return *is_string = false, "";
      std::vector<Term> dot = q::list_items(q::node_args(q::node_head(conv)));
      if (dot[0] != atoms::Elixir_Kernel || dot[1] != intern_atom("to_string")) return *is_string = false, "";
      out += "#{" + expr(q::list_items(q::node_args(conv))[0]) + "}";
    }
    *is_string = true;
    return out + "\"";
  }

  std::string local(Term t, Term head, const std::vector<Term>& a) {
    std::string_view name = atom_text(head);
    Ctx ctx = ctx_;
    if (head == atoms::__block__) {
      if (a.empty()) return "";
      if (a.size() == 1) return expr(a[0]);
      return lines(t);
    }
    if (head == atoms::__aliases__) {
      std::string out;
      for (Term p : a) {
        if (!out.empty()) out += ".";
        if (p.is_atom()) out += atom_text(p);
        else out += expr(p);
      }
      return out;
    }
    if (head == atoms::tuple_op) return "{" + args_text(a) + "}";
    if (name == "%{}" && a.size() == 1 && q::is_call(a[0], atoms::cons_op, 2)) {
      // %{map | a: 1}
      std::vector<Term> u = q::list_items(q::node_args(a[0]));
      std::string updates = u[1].is_list() ? list_items_text(q::list_items(u[1])) : expr(u[1]);
      return "%{" + expr(u[0]) + " | " + updates + "}";
    }
    if (name == "%{}") {
      std::size_t kw = a.size();
      while (kw > 0 && is_pair(a[kw - 1])) --kw;
      std::string out = "%{";
      for (std::size_t i = 0; i < kw; ++i) {
        if (i) out += ", ";
        if (a[i].is_tuple() && a[i].tuple_arity() == 2) out += arg(a[i].element(0)) + " => " + arg(a[i].element(1));
        else out += arg(a[i]);
      }
      if (kw < a.size()) {
        if (kw) out += ", ";
        out += keywords(std::vector<Term>(a.begin() + static_cast<std::ptrdiff_t>(kw), a.end()));
      }
      return out + "}";
    }
    if (name == "%" && a.size() == 2) {
      std::string inner = expr(a[1]);  // %{...}
      return "%" + expr(a[0]) + inner.substr(1);
    }
    if (head == atoms::bin) {
      bool is_string = false;
      std::string s = interpolation(a, &is_string);
      if (is_string) return s;
      std::string out = "<<";
      for (std::size_t i = 0; i < a.size(); ++i) {
        if (i) out += ", ";
        if (q::is_call(a[i], atoms::type_op, 2)) {
          std::vector<Term> st = q::list_items(q::node_args(a[i]));
          out += arg(st[0]) + "::" + bit_spec(st[1]);
        } else {
          out += arg(a[i]);
        }
      }
      return out + ">>";
    }
    if (name == "fn") {
      if (a.size() == 1 && q::is_call(a[0], atoms::arrow, 2) && q::list_items(q::node_args(a[0]))[0].is_nil()) {
        std::string body = lines(q::list_items(q::node_args(a[0]))[1]);
        if (body.find('\n') == std::string::npos) return "fn -> " + body + " end";
        return "fn ->\n" + indent(body, 2) + "\nend";
      }
      std::string body = clauses(a);
      if (a.size() == 1 && body.find('\n') == std::string::npos) return "fn " + body + " end";
      return "fn\n" + indent(body, 2) + "\nend";
    }
    if (name == "&" && a.size() == 1) {
      if (a[0].is_small()) return "&" + inspect(a[0]);
      Term captured = a[0];
      if (q::is_call(captured, atoms::__block__, 1)) captured = q::list_items(q::node_args(captured))[0];
      if (q::is_node(captured) && q::node_head(captured).is_atom() && is_unary_op(atom_text(q::node_head(captured))) &&
          list_length(q::node_args(captured)) == 1)
        return "&(" + expr(captured) + ")";
      const OpInfo* op = q::is_node(a[0]) ? binary_op(q::node_head(a[0])) : nullptr;
      if (op && op->op == "/") {
        std::vector<Term> na = q::list_items(q::node_args(a[0]));
        Term callee = na[0];
        std::string name_text;
        if (q::is_var(callee)) {
          name_text = atom_text(q::node_head(callee));
        } else if (q::is_node(callee) && q::is_call(q::node_head(callee), atoms::dot, 2) &&
                   list_length(q::node_args(callee)) == 0) {
          std::vector<Term> dot = q::list_items(q::node_args(q::node_head(callee)));
          std::string m = dot[0].is_atom() ? inspect(dot[0]) : expr_in_call(dot[0]);
          name_text = m + "." + (dot[1].is_atom() ? inspect(dot[1]).substr(1) : expr(dot[1]));
        } else if (q::is_node(callee) && q::node_head(callee).is_atom() && q::node_args(callee).is_list() &&
                   list_length(q::node_args(callee)) == 0) {
          name_text = atom_text(q::node_head(callee));
        }
        if (!name_text.empty()) return "&" + name_text + "/" + expr(na[1]);
        return "&(" + expr(a[0]) + ")";
      }
      if (op) return "&(" + expr(a[0]) + ")";
      std::string body = expr(a[0], Ctx::kOneArg);
      if (!body.empty() && body[0] == '&') return "& " + body;
      return "&" + body;
    }
    if (name == "@" && a.size() == 1) {
      // @name value: the attribute's call without parentheses.
      Term inner = a[0];
      if (q::is_node(inner) && q::node_head(inner).is_atom() && q::node_args(inner).is_list() &&
          list_length(q::node_args(inner)) == 1)
        return "@" + std::string(atom_text(q::node_head(inner))) + " " +
               arg(q::list_items(q::node_args(inner))[0], Ctx::kOneArg);
      return "@" + expr(inner);
    }
    if (name == "not" && a.size() == 1 && q::is_call(a[0], intern_atom("in"), 2)) {
      std::vector<Term> in = q::list_items(q::node_args(a[0]));
      return expr(in[0]) + " not in " + expr(in[1]);
    }
    if (name == "..//" && a.size() == 3) return expr(a[0]) + ".." + expr(a[1]) + "//" + expr(a[2]);
    if (name.size() > 6 && name.substr(0, 6) == "sigil_" && a.size() == 2 && q::is_call(a[0], atoms::bin) &&
        a[1].is_list()) {
      std::string delim = "/";
      Term d = q::keyword_get(q::node_meta(t), intern_atom("delimiter"));
      if (!d.is_none() && d.is_binary()) delim = std::string(d.binary_view());
      std::string close = delim;
      if (delim == "(") close = ")";
      else if (delim == "[") close = "]";
      else if (delim == "{") close = "}";
      else if (delim == "<") close = ">";
      bool heredoc = delim == "\"\"\"" || delim == "'''";
      if (delim.size() != 1 && !heredoc) {
        ok = false;
        return "";
      }
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
          out += "#{" + expr(inner) + "}";
        } else {
          ok = false;
          return "";
        }
      }
      out += close;
      for (Term ch : q::list_items(a[1]))
        if (ch.is_small()) out += static_cast<char>(ch.small_value());
      return out;
    }
    if (name == "->" ) {
      ok = false;
      return "";
    }
    if (a.size() == 2) {
      if (const OpInfo* op = binary_op(head)) {
        std::string l = operand(a[0], *op, Assoc::kLeft), r = operand(a[1], *op, Assoc::kRight);
        if (op->op == ".." || op->op == "//") return l + std::string(op->op) + r;
        return l + " " + std::string(op->op) + " " + r;
      }
    }
    if (a.size() == 1 && is_unary_op(name)) {
      std::string s = expr(a[0]);
      bool wrap = q::is_node(a[0]) && q::node_args(a[0]).is_list() && binary_op(q::node_head(a[0])) &&
                  list_length(q::node_args(a[0])) == 2;
      // -(-x), !(+x): a sign under a unary operator is parenthesized.
      if (q::is_node(a[0]) && q::node_args(a[0]).is_list() && list_length(q::node_args(a[0])) == 1 &&
          (q::node_head(a[0]) == intern_atom("-") || q::node_head(a[0]) == intern_atom("+")))
        wrap = true;
      if (wrap) s = "(" + s + ")";
      if (name == "not") return "not " + s;
      return std::string(name) + s;
    }
    bool without_parens = local_without_parens(name, a.size()) && ctx != Ctx::kManyArgs &&
                          q::keyword_get(q::node_meta(t), intern_atom("closing")).is_none();
    return call_with(std::string(name), a, without_parens, !local_without_parens(name, a.size()));
  }

  // A bitstring segment's type: `binary-size(4)`, `unit(8)*2` without spaces.
  std::string bit_spec(Term spec) {
    if (q::is_call(spec, intern_atom("-"), 2) || q::is_call(spec, intern_atom("*"), 2)) {
      std::vector<Term> p = q::list_items(q::node_args(spec));
      return bit_spec(p[0]) + std::string(atom_text(q::node_head(spec))) + expr_in_call(p[1]);
    }
    return expr_in_call(spec);
  }

  std::string remote(Term t, const std::vector<Term>& dot, const std::vector<Term>& a, Term meta) {
    (void)t;
    Term target = dot[0], fname = dot[1];
    if (!fname.is_atom()) {
      ok = false;
      return "";
    }
    std::string m = target.is_atom() ? inspect(target) : expr_in_call(target);
    std::string f(atom_text(fname));
    std::string fn_text = inspect(fname).substr(1);  // quoted where needed
    bool no_parens = q::keyword_get(meta, intern_atom("no_parens")) == atoms::true_;
    bool is_module = target.is_atom() || q::is_call(target, atoms::__aliases__) ||
                     (q::is_var(target) && q::node_head(target) == intern_atom("__MODULE__"));
    if (a.empty() && no_parens && !is_module) return m + "." + fn_text;
    return call_with(m + "." + fn_text, a);
  }

  Ctx ctx_ = Ctx::kBlock;
};

}  // namespace

bool quoted_to_string(Term form, std::string* out) {
  Printer p;
  *out = p.expr(form);
  return p.ok;
}

}  // namespace vial
