// A document algebra with the fitting and breaking rules of Elixir 1.14's
// Inspect.Algebra (see docs/inspect.md).
//
// Documents are nodes in an arena (`Docs`) named by 32-bit ids; building
// never recurses, and `format` lays a document out with explicit work
// stacks, so documents for terms nested arbitrarily deep are safe.
#pragma once

#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "vm/term.h"

namespace vial {
class Heap;
}

namespace vial::doc {

using DocId = std::uint32_t;

// Width and limit meaning `:infinity`.
constexpr std::int64_t kInfinity = std::numeric_limits<std::int64_t>::max();

class Docs {
 public:
  Docs();

  // :doc_nil (the empty document); always id 0.
  static constexpr DocId nil() { return 0; }
  // :doc_line, a forced newline.
  DocId line();
  // A string whose width is its byte size (a plain binary in Elixir).
  DocId text(std::string_view s);
  // Inspect.Algebra.string/1: width counted in code points.
  DocId string(std::string_view s);
  DocId concat(DocId a, DocId b);
  DocId concat(std::initializer_list<DocId> docs);
  // nest(doc, level): level > 0; 0 returns doc itself. `only_in_break`
  // is the :break mode (nest only inside a broken group).
  DocId nest(DocId d, std::int64_t level, bool only_in_break = false);
  DocId nest_cursor(DocId d, bool only_in_break = false);
  DocId nest_reset(DocId d, bool only_in_break = false);
  DocId break_(std::string_view s = " ");
  DocId flex_break(std::string_view s = " ");
  DocId glue(DocId a, DocId b, std::string_view s = " ") { return concat(a, concat(break_(s), b)); }
  DocId flex_glue(DocId a, DocId b, std::string_view s = " ") { return concat(a, concat(flex_break(s), b)); }
  // group(doc) / group(doc, :inherit).
  DocId group(DocId d, bool inherit = false);
  // next_break_fits(doc, :enabled | :disabled).
  DocId next_break_fits(DocId d, bool enabled = true);
  DocId force_unfit(DocId d);
  // no_limit(doc): formatted with infinite width; limit(doc, w) sets the
  // width to `w` from there on ({:doc_limit, doc, w}).
  DocId no_limit(DocId d) { return limit(d, kInfinity); }
  DocId limit(DocId d, std::int64_t width);
  // {:doc_color, doc, color}: `escape` (the ANSI text) before doc.
  DocId color(DocId d, std::string_view escape);
  // collapse_lines(max).
  DocId collapse(std::int64_t max);

  // The code formatter's helpers (Macro.to_string): `c` concatenated inside
  // the last group on the right spine of `d` (concat_to_last_group/2), and
  // a group's contents (ungroup_if_group/1).
  DocId concat_to_last_group(DocId d, DocId c);
  DocId ungroup(DocId d) const { return nodes_[d].kind == Kind::Group ? nodes_[d].left : d; }

  // Inspect.Algebra's simple?/1: made only of strings and concatenations.
  bool simple(DocId d) const { return nodes_[d].simple; }

  enum class Break { Maybe, Flex, Strict };
  // container_doc(left, items, right, opts, fun, separator: sep, break: b),
  // with the items already converted (and "..." appended where the limit
  // cut the collection). `improper_tail`, when not nil, is the doc of an
  // improper list's tail, joined to the last item with " |".
  DocId container(DocId left, const std::vector<DocId>& items, DocId right, std::string_view separator,
                  Break mode, DocId improper_tail = nil(), bool has_tail = false);

  // Inspect.Algebra.format(doc, width) as one string; width kInfinity is
  // :infinity.
  std::string format(DocId d, std::int64_t width) const;
  // The same as the list Inspect.Algebra.format/2 returns: its binaries, and
  // its ANSI colour fragments (`ansi`: IO.ANSI.format_fragment's [[] | text]).
  struct Piece {
    std::string text;
    bool ansi;
  };
  std::vector<Piece> format_fragments(DocId d, std::int64_t width) const;

  // The document as the Elixir term Inspect.Algebra builds ({:doc_cons, l,
  // r}, "text", :doc_nil, ...). `root` and the nodes under it only.
  Term to_term(Heap& h, DocId root) const;
  // An Elixir document term as a node; false when `t` is not a document
  // (Inspect.Algebra.is_doc/1, at every level).
  bool from_term(Term t, DocId* out);

 private:
  enum class Kind : std::uint8_t {
    Nil, Line, Text, Cons, Nest, NestCursor, NestReset, Break, Group, Fits, Force, Limit, Color, Collapse
  };
  struct Node {
    Kind kind;
    bool flag;    // Nest: only in break mode; Break: flex; Group: inherit; Fits: enabled;
                  // Text: a doc_string (string/1)
    bool simple;  // simple?/1
    DocId left;   // Cons: left; Nest/Group/Fits/Force/Limit: the inner doc
    DocId right;  // Cons: right
    std::uint32_t length;   // Text/Break: width of the text
    std::uint32_t bytes;    // Text/Break/Color: byte size of the text
    std::uint64_t off;      // Text/Break/Color: offset into pool_; Nest: level; Limit: width;
                            // Collapse: max
  };
  enum class Mode : std::uint8_t { Flat, FlatNoBreak, Break, BreakNoFlat };
  // A work item: a document at an indentation in a mode. Two markers share
  // the type: kRestoreWidth (end of a no_limit: width becomes `indent`)
  // and kTail (fits?'s {:tail, b?, t}: b? becomes `indent != 0`).
  struct Entry {
    std::int64_t indent;
    Mode mode;
    DocId doc;
  };
  static constexpr DocId kRestoreWidth = 0xFFFFFFFFu;
  static constexpr DocId kTail = 0xFFFFFFFEu;

  DocId add(Node n);
  DocId add_text(Kind k, std::string_view s, std::uint32_t length, bool flex);
  std::string_view text_of(const Node& n) const { return std::string_view(pool_).substr(n.off, n.bytes); }
  std::int64_t apply_nesting(const Node& n, std::int64_t i, std::int64_t k) const;
  bool fits(std::int64_t w, std::int64_t k, bool b, const Entry* first, const std::vector<Entry>* rest) const;
  // A formatted piece: text [begin, end) of the output, or a collapse_lines
  // marker (max >= 0) resolved once the rest is formatted; kAnsi marks a
  // colour's text.
  struct Fragment {
    std::size_t begin, end;
    std::int64_t collapse_max, collapse_indent;
  };
  void format_into(DocId d, std::int64_t width, std::string* out, std::vector<Fragment>* frags) const;
  static constexpr std::int64_t kPlain = -1, kAnsi = -2;
  static void resolve_collapses(const std::string& text, std::vector<Fragment>& frags, std::vector<Piece>* out);

  std::vector<Node> nodes_;
  std::string pool_;
  bool has_collapse_ = false;
};

}  // namespace vial::doc
