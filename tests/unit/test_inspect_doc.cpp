// The document algebra (vm/inspect_doc.h), against Inspect.Algebra.format/2
// results recorded from Elixir 1.14 (many are its own doctests).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "vm/inspect_doc.h"

using vial::doc::DocId;
using vial::doc::Docs;
using vial::doc::kInfinity;

namespace {

std::vector<DocId> numbers(Docs& d, int n) {
  std::vector<DocId> v;
  for (int i = 1; i <= n; ++i) v.push_back(d.text(std::to_string(i)));
  return v;
}

}  // namespace

TEST_CASE("inspect_doc: groups break as a whole") {
  Docs d;
  DocId inner = d.group(d.concat(d.text("Hello,"), d.concat(d.break_(), d.text("A"))));
  DocId doc = d.group(d.concat(inner, d.concat(d.break_(), d.text("B"))));
  CHECK(d.format(doc, 80) == "Hello, A B");
  CHECK(d.format(doc, 6) == "Hello,\nA\nB");
  CHECK(d.format(doc, kInfinity) == "Hello, A B");
}

TEST_CASE("inspect_doc: nest, glue and break strings") {
  Docs d;
  CHECK(d.format(d.group(d.nest(d.glue(d.text("hello"), d.text("world")), 5)), 5) == "hello\n     world");
  CHECK(d.format(d.group(d.concat({d.text("aaaaaaaaaaaaaaaaaaaa"), d.break_("\t"), d.text("b")})), 10) ==
        "aaaaaaaaaaaaaaaaaaaa\nb");
  CHECK(d.format(d.glue(d.text("hello"), d.text("world"), "\t"), 80) == "hello\tworld");
  CHECK(d.format(d.group(d.glue(d.text("hello"), d.text("world"))), 30) == "hello world");
  CHECK(d.format(d.group(d.glue(d.text("hello"), d.text("world"))), 10) == "hello\nworld");
  CHECK(d.format(d.group(d.glue(d.text("a"), d.text("b"))), kInfinity) == "a b");
}

TEST_CASE("inspect_doc: container_doc with limits, flex and strict breaks") {
  Docs d;
  std::vector<DocId> three = numbers(d, 3);
  three.push_back(d.text("..."));
  CHECK(d.format(d.container(d.text("["), three, d.text("]"), "!", Docs::Break::Maybe), 20) == "[1! 2! 3! ...]");
  CHECK(d.format(d.container(d.text("["), numbers(d, 5), d.text("]"), ",", Docs::Break::Maybe), 5) ==
        "[1,\n 2,\n 3,\n 4,\n 5]");
  CHECK(d.format(d.container(d.text("["), numbers(d, 5), d.text("]"), ",", Docs::Break::Strict), 5) ==
        "[\n  1,\n  2,\n  3,\n  4,\n  5\n]");
  CHECK(d.format(d.container(d.text("["), {}, d.text("]"), ",", Docs::Break::Strict), 0) == "[]");
  CHECK(d.format(d.container(d.text("["), numbers(d, 2), d.text("]"), ",", Docs::Break::Maybe, d.text("3"), true),
                 80) == "[1, 2 | 3]");
}

TEST_CASE("inspect_doc: flex breaks are decided one by one") {
  Docs d;
  DocId doc = d.group(d.concat({d.text("a"), d.flex_break(), d.text("b"), d.flex_break(), d.text("c")}));
  CHECK(d.format(doc, 3) == "a b\nc");
}

TEST_CASE("inspect_doc: cursor, reset and break-only nesting") {
  Docs d;
  CHECK(d.format(d.group(d.concat(d.text("aa"), d.nest_cursor(d.concat(d.line(), d.text("b"))))), 80) == "aa\n  b");
  DocId body = d.concat({d.text("aa"), d.break_(), d.text("b")});
  CHECK(d.format(d.group(d.concat(d.text("x"), d.nest_reset(body))), 2) == "xaa\nb");
  CHECK(d.format(d.group(d.concat(d.text("x"), d.nest(body, 4, true))), 80) == "xaa b");
  CHECK(d.format(d.group(d.concat(d.text("x"), d.nest(body, 4, true))), 2) == "xaa\n    b");
}

TEST_CASE("inspect_doc: inherited groups, next_break_fits, force_unfit, no_limit") {
  Docs d;
  DocId bc = d.concat({d.text("b"), d.break_(), d.text("c")});
  CHECK(d.format(d.group(d.concat(d.text("aaaa"), d.group(bc, true))), 3) == "aaaab\nc");
  CHECK(d.format(d.group(d.concat({d.text("aaaa"), d.break_(), d.group(bc, true)})), 3) == "aaaa\nb\nc");
  DocId paren = d.group(d.concat({d.text("("), d.break_(""), d.text("bbbbbbb"), d.break_(""), d.text(")")}));
  CHECK(d.format(d.group(d.concat(d.text("aa"), d.next_break_fits(paren))), 6) == "aa(\nbbbbbbb\n)");
  CHECK(d.format(d.group(d.concat(d.text("aa"), d.next_break_fits(paren, false))), 6) == "aa(\nbbbbbbb\n)");
  CHECK(d.format(d.group(d.force_unfit(d.concat({d.text("a"), d.break_(), d.text("b")}))), 80) == "a\nb");
  DocId wide = d.no_limit(d.group(d.concat({d.text("bbbbbbbbbb"), d.break_(), d.text("c")})));
  CHECK(d.format(d.group(d.concat({d.text("a"), d.break_(), wide})), 5) == "a\nbbbbbbbbbb c");
}

TEST_CASE("inspect_doc: string/1 counts code points, text counts bytes") {
  Docs d;
  CHECK(d.format(d.group(d.concat({d.string("olá"), d.break_(), d.text("mundo")})), 9) == "olá mundo");
  CHECK(d.format(d.group(d.concat({d.text("olá"), d.break_(), d.text("mundo")})), 9) == "olá\nmundo");
}

TEST_CASE("inspect_doc: documents 100,000 deep format without recursion") {
  Docs d;
  DocId doc = d.text("x");
  for (int i = 0; i < 100000; ++i) doc = d.group(d.concat({d.text("["), d.nest(doc, 1), d.break_(""), d.text("]")}));
  std::string flat = d.format(doc, kInfinity);
  CHECK(flat.size() == 200001);
  // At width 80 every level breaks: line j holds j spaces of nesting, so
  // only check a 2,000 deep one there.
  DocId small = d.text("x");
  for (int i = 0; i < 2000; ++i) small = d.group(d.concat({d.text("["), d.nest(small, 1), d.break_(""), d.text("]")}));
  std::string broken = d.format(small, 80);
  CHECK(broken.substr(0, 3) == "[[[");
  CHECK(broken.substr(broken.size() - 2) == "\n]");
}

namespace {

std::vector<std::string> pieces(const Docs& d, DocId doc, std::int64_t width) {
  std::vector<std::string> out;
  for (const Docs::Piece& p : d.format_fragments(doc, width)) out.push_back(p.text);
  return out;
}

}  // namespace

TEST_CASE("inspect_doc: collapse_lines and limits, as Elixir's format/2 lists them") {
  using V = std::vector<std::string>;
  Docs d;
  DocId three = d.concat({d.text("a"), d.collapse(2), d.line(), d.line(), d.line(), d.text("b")});
  CHECK(pieces(d, three, 80) == V{"a", "\n\n", "b"});
  CHECK(d.format(three, 80) == "a\n\nb");
  DocId empty_text = d.concat({d.text("a"), d.collapse(1), d.line(), d.text(""), d.line(), d.text("b")});
  CHECK(pieces(d, empty_text, 80) == V{"a", "\n", "b"});
  DocId nested = d.nest(d.concat({d.text("a"), d.collapse(3), d.line(), d.line(), d.text("b")}), 2);
  CHECK(pieces(d, nested, 80) == V{"a", "\n\n  ", "b"});
  DocId limited = d.group(d.concat(d.limit(d.glue(d.text("aaaa"), d.text("bbbb")), 3),
                                   d.glue(d.text("c"), d.text("d"))));
  CHECK(pieces(d, limited, 80) == V{"aaaa", "\n", "bbbb", "c", "\n", "d"});
  DocId unlimited = d.group(d.concat(d.no_limit(d.glue(d.text("aaaa"), d.text("bbbb"))),
                                     d.glue(d.text("cccccc"), d.text("d"))));
  CHECK(pieces(d, unlimited, 8) == V{"aaaa", " ", "bbbb", "cccccc", "\n", "d"});
}
