// The document algebra (see inspect_doc.h and docs/inspect.md).
//
// `format` and `fits` follow Elixir 1.14's Inspect.Algebra.format/3 and
// fits?/4 clause by clause; their Elixir work lists ([{indent, mode, doc}
// | rest]) are vectors used as stacks, top at the back.
#include "vm/inspect_doc.h"

#include <algorithm>

#include "vm/atom.h"
#include "vm/heap.h"
#include "vm/utf8.h"

namespace vial::doc {

Docs::Docs() {
  nodes_.push_back(Node{Kind::Nil, false, true, 0, 0, 0, 0, 0});
}

DocId Docs::add(Node n) {
  nodes_.push_back(n);
  return static_cast<DocId>(nodes_.size() - 1);
}

DocId Docs::add_text(Kind k, std::string_view s, std::uint32_t length, bool flex) {
  std::uint64_t off = pool_.size();
  pool_ += s;
  return add(Node{k, flex, k == Kind::Text, 0, 0, length, static_cast<std::uint32_t>(s.size()), off});
}

DocId Docs::line() { return add(Node{Kind::Line, false, false, 0, 0, 0, 0, 0}); }

DocId Docs::text(std::string_view s) { return add_text(Kind::Text, s, static_cast<std::uint32_t>(s.size()), false); }

DocId Docs::string(std::string_view s) {
  std::uint32_t n = 0;
  for (std::size_t i = 0; i < s.size();) {
    std::uint32_t cp;
    if (!decode_utf8(s, i, cp)) ++i;
    ++n;
  }
  return add_text(Kind::Text, s, n, true);
}

DocId Docs::concat(DocId a, DocId b) {
  return add(Node{Kind::Cons, false, nodes_[a].simple && nodes_[b].simple, a, b, 0, 0, 0});
}

DocId Docs::concat(std::initializer_list<DocId> docs) {
  // fold_doc(docs, &concat/2): right-nested.
  if (docs.size() == 0) return nil();
  const DocId* begin = docs.begin();
  const DocId* it = docs.end() - 1;
  DocId acc = *it;
  while (it != begin) acc = concat(*--it, acc);
  return acc;
}

DocId Docs::nest(DocId d, std::int64_t level, bool only_in_break) {
  if (level == 0) return d;
  return add(Node{Kind::Nest, only_in_break, false, d, 0, 0, 0, static_cast<std::uint64_t>(level)});
}
DocId Docs::nest_cursor(DocId d, bool only_in_break) {
  return add(Node{Kind::NestCursor, only_in_break, false, d, 0, 0, 0, 0});
}
DocId Docs::nest_reset(DocId d, bool only_in_break) {
  return add(Node{Kind::NestReset, only_in_break, false, d, 0, 0, 0, 0});
}
DocId Docs::break_(std::string_view s) { return add_text(Kind::Break, s, static_cast<std::uint32_t>(s.size()), false); }
DocId Docs::flex_break(std::string_view s) {
  return add_text(Kind::Break, s, static_cast<std::uint32_t>(s.size()), true);
}
DocId Docs::concat_to_last_group(DocId d, DocId c) {
  // Iterative over the right spine: rebuild the conses on the way back.
  std::vector<DocId> lefts;
  while (nodes_[d].kind == Kind::Cons) {
    lefts.push_back(nodes_[d].left);
    d = nodes_[d].right;
  }
  DocId r = nodes_[d].kind == Kind::Group ? group(concat(nodes_[d].left, c), nodes_[d].flag) : concat(d, c);
  for (auto it = lefts.rbegin(); it != lefts.rend(); ++it) r = concat(*it, r);
  return r;
}

DocId Docs::group(DocId d, bool inherit) { return add(Node{Kind::Group, inherit, false, d, 0, 0, 0, 0}); }
DocId Docs::next_break_fits(DocId d, bool enabled) { return add(Node{Kind::Fits, enabled, false, d, 0, 0, 0, 0}); }
DocId Docs::force_unfit(DocId d) { return add(Node{Kind::Force, false, false, d, 0, 0, 0, 0}); }
DocId Docs::limit(DocId d, std::int64_t width) {
  return add(Node{Kind::Limit, false, false, d, 0, 0, 0, static_cast<std::uint64_t>(width)});
}
DocId Docs::color(DocId d, std::string_view escape) {
  std::uint64_t off = pool_.size();
  pool_ += escape;
  // simple?/1 looks through colours.
  return add(Node{Kind::Color, false, nodes_[d].simple, d, 0, 0, static_cast<std::uint32_t>(escape.size()), off});
}
DocId Docs::collapse(std::int64_t max) {
  has_collapse_ = true;
  return add(Node{Kind::Collapse, false, false, 0, 0, 0, 0, static_cast<std::uint64_t>(max)});
}

DocId Docs::container(DocId left, const std::vector<DocId>& items, DocId right, std::string_view separator,
                      Break mode, DocId improper_tail, bool has_tail) {
  if (items.empty()) return concat(left, right);
  bool simple_all = mode == Break::Maybe;
  for (DocId d : items) simple_all = simple_all && simple(d);
  if (has_tail) simple_all = simple_all && simple(improper_tail);
  bool flex = simple_all || mode == Break::Flex;
  // join/4 from container_doc: empty documents vanish, others are glued
  // after the separator.
  auto join = [this](DocId l, DocId r, bool flexible, std::string_view sep) -> DocId {
    if (l == nil() && r == nil()) return nil();
    if (r == nil()) return l;
    if (l == nil()) return r;
    DocId head = concat(l, text(sep));
    return flexible ? flex_glue(head, r) : glue(head, r);
  };
  DocId acc = items.back();
  if (has_tail) acc = join(acc, improper_tail, simple_all, " |");
  for (std::size_t j = items.size() - 1; j-- > 0;) acc = join(items[j], acc, flex, separator);
  if (flex) return group(concat(concat(left, nest(acc, 1)), right));
  return group(glue(nest(glue(left, acc, ""), 2), right, ""));
}

std::int64_t Docs::apply_nesting(const Node& n, std::int64_t i, std::int64_t k) const {
  switch (n.kind) {
    case Kind::NestCursor: return k;
    case Kind::NestReset: return 0;
    default: return i + static_cast<std::int64_t>(n.off);
  }
}

bool Docs::fits(std::int64_t w, std::int64_t k, bool b, const Entry* first, const std::vector<Entry>* rest) const {
  std::vector<Entry> stack;
  if (first) stack.push_back(*first);
  std::size_t next_rest = rest ? rest->size() : 0;
  for (;;) {
    if (k > w && b) return false;
    Entry e;
    if (!stack.empty()) {
      e = stack.back();
      stack.pop_back();
    } else if (next_rest > 0) {
      e = (*rest)[--next_rest];
    } else {
      return true;
    }
    if (e.doc == kTail) {
      b = e.indent != 0;
      continue;
    }
    if (e.doc == kRestoreWidth) {
      w = e.indent;
      continue;
    }
    const Node& n = nodes_[e.doc];
    std::int64_t i = e.indent;
    Mode m = e.mode;
    // "Flat no break" and "break no flat" (next_break_fits, force_unfit).
    if (n.kind == Kind::Fits && (!n.flag || m == Mode::FlatNoBreak)) {
      stack.push_back({i, Mode::FlatNoBreak, n.left});
      continue;
    }
    if (n.kind == Kind::Fits) {
      stack.push_back({i, Mode::BreakNoFlat, n.left});
      continue;
    }
    if (m == Mode::BreakNoFlat && n.kind == Kind::Force) {
      stack.push_back({i, Mode::BreakNoFlat, n.left});
      continue;
    }
    if ((m == Mode::BreakNoFlat || m == Mode::Break) && (n.kind == Kind::Break || n.kind == Kind::Line)) return true;
    if (m == Mode::Break && n.kind == Kind::Group) {
      stack.push_back({b ? 1 : 0, Mode::Flat, kTail});
      stack.push_back({i, Mode::Flat, n.left});
      continue;
    }
    switch (n.kind) {
      case Kind::Line:
        k = i;
        b = false;
        break;
      case Kind::Nil: break;
      case Kind::Text: k += n.length; break;
      case Kind::Force: return false;
      case Kind::Break:
        k += n.length;
        b = true;
        break;
      case Kind::Nest:
      case Kind::NestCursor:
      case Kind::NestReset:
        stack.push_back({n.flag ? i : apply_nesting(n, i, k), m, n.left});
        break;
      case Kind::Cons:
        stack.push_back({i, m, n.right});
        stack.push_back({i, m, n.left});
        break;
      case Kind::Group:
        stack.push_back({b ? 1 : 0, Mode::Flat, kTail});
        stack.push_back({i, m, n.left});
        break;
      case Kind::Limit:
        if (static_cast<std::int64_t>(n.off) == kInfinity && w != kInfinity) {
          stack.push_back({w, m, kRestoreWidth});
          stack.push_back({i, Mode::Flat, n.left});
          w = kInfinity;
        } else {
          w = static_cast<std::int64_t>(n.off);
          stack.push_back({i, m, n.left});
        }
        break;
      case Kind::Color: stack.push_back({i, m, n.left}); break;
      case Kind::Collapse: k = i; break;
      case Kind::Fits: break;  // handled above
    }
  }
}

std::string Docs::format(DocId root, std::int64_t width) const {
  std::string out;
  if (!has_collapse_) {
    format_into(root, width, &out, nullptr);
    return out;
  }
  for (const Piece& f : format_fragments(root, width)) out += f.text;
  return out;
}

std::vector<Docs::Piece> Docs::format_fragments(DocId root, std::int64_t width) const {
  std::string text;
  std::vector<Fragment> frags;
  format_into(root, width, &text, &frags);
  std::vector<Piece> out;
  resolve_collapses(text, frags, &out);
  return out;
}

// collapse(rest, max, 0, i) for each collapse_lines marker, the last first
// (each one reads the output after it, already collapsed): the newline
// pieces after the marker ("\n..." and "") become min(max, count)
// newlines and the indentation.
void Docs::resolve_collapses(const std::string& text, std::vector<Fragment>& frags, std::vector<Piece>* out) {
  struct Item {
    std::string s;
    std::int64_t max, indent;
  };
  std::vector<Item> items;
  items.reserve(frags.size());
  for (const Fragment& f : frags)
    items.push_back({text.substr(f.begin, f.end - f.begin), f.collapse_max, f.collapse_indent});
  for (std::size_t j = items.size(); j-- > 0;) {
    if (items[j].max < 0) continue;  // text or a colour
    std::int64_t count = 0;
    std::size_t k = j + 1;
    for (; k < items.size(); ++k) {
      if (items[k].max != kAnsi && !items[k].s.empty() && items[k].s[0] == '\n') ++count;
      else if (items[k].max == kAnsi || !items[k].s.empty()) break;
    }
    items[j].s = std::string(static_cast<std::size_t>(std::min(items[j].max, count)), '\n') +
                 std::string(static_cast<std::size_t>(items[j].indent), ' ');
    items[j].max = kPlain;
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(j + 1), items.begin() + static_cast<std::ptrdiff_t>(k));
  }
  out->reserve(items.size());
  for (Item& it : items) out->push_back({std::move(it.s), it.max == kAnsi});
}

void Docs::format_into(DocId root, std::int64_t width, std::string* text, std::vector<Fragment>* frags) const {
  std::string& out = *text;
  std::int64_t w = width;
  std::int64_t k = 0;
  std::vector<Entry> stack{{0, Mode::Flat, root}};
  auto piece = [&](std::string_view s, std::int64_t kind = kPlain) {
    std::size_t begin = out.size();
    out += s;
    if (frags) frags->push_back({begin, out.size(), kind, 0});
  };
  auto newline = [&](std::int64_t i) {
    std::size_t begin = out.size();
    out += '\n';
    out.append(static_cast<std::size_t>(i), ' ');
    if (frags) frags->push_back({begin, out.size(), kPlain, 0});
    k = i;
  };
  while (!stack.empty()) {
    Entry e = stack.back();
    stack.pop_back();
    if (e.doc == kRestoreWidth) {
      w = e.indent;
      continue;
    }
    const Node& n = nodes_[e.doc];
    std::int64_t i = e.indent;
    Mode m = e.mode;
    switch (n.kind) {
      case Kind::Nil: break;
      case Kind::Line: newline(i); break;
      case Kind::Cons:
        stack.push_back({i, m, n.right});
        stack.push_back({i, m, n.left});
        break;
      case Kind::Text:
        piece(text_of(n));
        k += n.length;
        break;
      case Kind::Force:
      case Kind::Fits: stack.push_back({i, m, n.left}); break;
      case Kind::Color:
        piece(text_of(n), kAnsi);
        stack.push_back({i, m, n.left});
        break;
      case Kind::Collapse:
        if (frags) frags->push_back({out.size(), out.size(), static_cast<std::int64_t>(n.off), i});
        k = i;
        break;
      case Kind::Break:
        if (n.flag) {  // flex: decided here, whatever the mode
          k += n.length;
          if (w == kInfinity || m == Mode::Flat || fits(w, k, true, nullptr, &stack)) piece(text_of(n));
          else newline(i);
        } else if (m == Mode::Break) {
          newline(i);
        } else {
          piece(text_of(n));
          k += n.length;
        }
        break;
      case Kind::Nest:
      case Kind::NestCursor:
      case Kind::NestReset:
        if (!n.flag || m == Mode::Break) stack.push_back({apply_nesting(n, i, k), m, n.left});
        else stack.push_back({i, m, n.left});
        break;
      case Kind::Group:
        if (m == Mode::Break && n.flag) {
          stack.push_back({i, Mode::Break, n.left});
        } else {
          Entry flat{i, Mode::Flat, n.left};
          bool fit = w == kInfinity || fits(w, k, false, &flat, nullptr);
          stack.push_back({i, fit ? Mode::Flat : Mode::Break, n.left});
        }
        break;
      case Kind::Limit:
        if (static_cast<std::int64_t>(n.off) == kInfinity && w != kInfinity) {
          stack.push_back({w, m, kRestoreWidth});
          stack.push_back({i, Mode::Flat, n.left});
          w = kInfinity;
        } else {
          w = static_cast<std::int64_t>(n.off);
          stack.push_back({i, m, n.left});
        }
        break;
    }
  }
}

}  // namespace vial::doc

// --- Documents as Elixir terms ---------------------------------------------------

namespace vial::doc {

namespace {

struct DocAtoms {
  Term doc_nil = intern_atom("doc_nil"), doc_line = intern_atom("doc_line"), doc_cons = intern_atom("doc_cons"),
       doc_string = intern_atom("doc_string"), doc_nest = intern_atom("doc_nest"),
       doc_break = intern_atom("doc_break"), doc_group = intern_atom("doc_group"),
       doc_fits = intern_atom("doc_fits"), doc_force = intern_atom("doc_force"),
       doc_limit = intern_atom("doc_limit"), doc_color = intern_atom("doc_color"),
       doc_collapse = intern_atom("doc_collapse"), cursor = intern_atom("cursor"), reset = intern_atom("reset"),
       always = intern_atom("always"), break_ = intern_atom("break"), flex = intern_atom("flex"),
       strict = intern_atom("strict"), self = intern_atom("self"), inherit = intern_atom("inherit"),
       enabled = intern_atom("enabled"), disabled = intern_atom("disabled"), infinity = intern_atom("infinity");
};

const DocAtoms& doc_atoms() {
  static const DocAtoms a;
  return a;
}

Term int_term(Heap& h, std::int64_t v) { return make_integer(h, v); }

bool non_neg(Term t, std::int64_t* out) {
  if (!t.is_small() || t.small_value() < 0) return false;
  *out = t.small_value();
  return true;
}

bool tuple_of(Term t, Term tag, std::size_t arity) {
  return t.is_tuple() && t.tuple_arity() == arity && t.element(0) == tag;
}

}  // namespace

Term Docs::to_term(Heap& h, DocId root) const {
  const DocAtoms& a = doc_atoms();
  // Children always have smaller ids than their parents, so one pass in id
  // order converts every node after its children.
  std::vector<Term> t(static_cast<std::size_t>(root) + 1, a.doc_nil);
  for (DocId id = 1; id <= root; ++id) {
    const Node& n = nodes_[id];
    Term r;
    switch (n.kind) {
      case Kind::Nil: r = a.doc_nil; break;
      case Kind::Line: r = a.doc_line; break;
      case Kind::Text:
        r = make_binary(h, text_of(n));
        if (n.flag) r = make_tuple(h, {a.doc_string, r, int_term(h, n.length)});
        break;
      case Kind::Cons: r = make_tuple(h, {a.doc_cons, t[n.left], t[n.right]}); break;
      case Kind::Nest:
      case Kind::NestCursor:
      case Kind::NestReset: {
        Term level = n.kind == Kind::NestCursor ? a.cursor
                     : n.kind == Kind::NestReset ? a.reset
                                                 : int_term(h, static_cast<std::int64_t>(n.off));
        r = make_tuple(h, {a.doc_nest, t[n.left], level, n.flag ? a.break_ : a.always});
        break;
      }
      case Kind::Break: r = make_tuple(h, {a.doc_break, make_binary(h, text_of(n)), n.flag ? a.flex : a.strict}); break;
      case Kind::Group: r = make_tuple(h, {a.doc_group, t[n.left], n.flag ? a.inherit : a.self}); break;
      case Kind::Fits: r = make_tuple(h, {a.doc_fits, t[n.left], n.flag ? a.enabled : a.disabled}); break;
      case Kind::Force: r = make_tuple(h, {a.doc_force, t[n.left]}); break;
      case Kind::Limit: {
        auto w = static_cast<std::int64_t>(n.off);
        r = make_tuple(h, {a.doc_limit, t[n.left], w == kInfinity ? a.infinity : int_term(h, w)});
        break;
      }
      case Kind::Color: r = make_tuple(h, {a.doc_color, t[n.left], make_binary(h, text_of(n))}); break;
      case Kind::Collapse: r = make_tuple(h, {a.doc_collapse, int_term(h, static_cast<std::int64_t>(n.off))}); break;
    }
    t[id] = r;
  }
  return t[root];
}

// The ANSI text of IO.ANSI.format_fragment(color, true) for a colour name
// (or a list of names and binaries); false for anything else.
static bool ansi_text(Term c, std::string* out, int depth = 0) {
  static const std::pair<std::string_view, int> kCodes[] = {
      {"reset", 0},        {"bright", 1},       {"faint", 2},          {"italic", 3},
      {"underline", 4},    {"blink_slow", 5},   {"blink_rapid", 6},    {"inverse", 7},
      {"reverse", 7},      {"conceal", 8},      {"crossed_out", 9},    {"normal", 22},
      {"no_underline", 24}, {"blink_off", 25},  {"inverse_off", 27},   {"reverse_off", 27},
      {"black", 30},       {"red", 31},         {"green", 32},         {"yellow", 33},
      {"blue", 34},        {"magenta", 35},     {"cyan", 36},          {"white", 37},
      {"default_color", 39}, {"black_background", 40}, {"red_background", 41}, {"green_background", 42},
      {"yellow_background", 43}, {"blue_background", 44}, {"magenta_background", 45},
      {"cyan_background", 46}, {"white_background", 47}, {"default_background", 49},
      {"light_black", 90}, {"light_red", 91},   {"light_green", 92},   {"light_yellow", 93},
      {"light_blue", 94},  {"light_magenta", 95}, {"light_cyan", 96},  {"light_white", 97},
      {"light_black_background", 100}, {"light_red_background", 101}, {"light_green_background", 102},
      {"light_yellow_background", 103}, {"light_blue_background", 104}, {"light_magenta_background", 105},
      {"light_cyan_background", 106}, {"light_white_background", 107}};
  if (c.is_binary()) {
    out->append(c.binary_view());
    return true;
  }
  if (c.is_atom()) {
    std::string_view name = atom_text(c);
    for (const auto& [n, code] : kCodes)
      if (n == name) {
        *out += "\x1b[" + std::to_string(code) + "m";
        return true;
      }
    return false;
  }
  if (depth > 100) return false;
  for (; c.is_cons(); c = c.tail())
    if (!ansi_text(c.head(), out, depth + 1)) return false;
  return c.is_nil();
}

bool Docs::from_term(Term root, DocId* out) {
  const DocAtoms& a = doc_atoms();
  struct Work {
    Term t;
    bool built;
  };
  std::vector<Work> work{{root, false}};
  std::vector<DocId> results;
  while (!work.empty()) {
    Work w = work.back();
    work.pop_back();
    Term t = w.t;
    if (!w.built) {
      if (t.is_binary()) {
        results.push_back(text(t.binary_view()));
      } else if (t == a.doc_nil) {
        results.push_back(nil());
      } else if (t == a.doc_line) {
        results.push_back(line());
      } else if (tuple_of(t, a.doc_string, 3)) {
        std::int64_t len;
        if (!t.element(1).is_binary() || !non_neg(t.element(2), &len)) return false;
        results.push_back(add_text(Kind::Text, t.element(1).binary_view(), static_cast<std::uint32_t>(len), true));
      } else if (tuple_of(t, a.doc_break, 3)) {
        Term mode = t.element(2);
        if (!t.element(1).is_binary() || (mode != a.flex && mode != a.strict)) return false;
        results.push_back(mode == a.flex ? flex_break(t.element(1).binary_view()) : break_(t.element(1).binary_view()));
      } else if (tuple_of(t, a.doc_collapse, 2)) {
        std::int64_t max;
        if (!non_neg(t.element(1), &max)) return false;
        results.push_back(collapse(max));
      } else if (tuple_of(t, a.doc_cons, 3)) {
        work.push_back({t, true});
        work.push_back({t.element(2), false});
        work.push_back({t.element(1), false});
      } else if (tuple_of(t, a.doc_nest, 4) || tuple_of(t, a.doc_group, 3) || tuple_of(t, a.doc_fits, 3) ||
                 tuple_of(t, a.doc_force, 2) || tuple_of(t, a.doc_limit, 3) || tuple_of(t, a.doc_color, 3)) {
        work.push_back({t, true});
        work.push_back({t.element(1), false});
      } else {
        return false;
      }
      continue;
    }
    Term tag = t.element(0);
    DocId inner = results.back();
    if (tag == a.doc_cons) {
      results.pop_back();
      DocId left = results.back();
      results.back() = concat(left, inner);
      continue;
    }
    DocId r;
    if (tag == a.doc_nest) {
      Term level = t.element(2), mode = t.element(3);
      if (mode != a.always && mode != a.break_) return false;
      bool only_in_break = mode == a.break_;
      std::int64_t l;
      if (level == a.cursor) r = nest_cursor(inner, only_in_break);
      else if (level == a.reset) r = nest_reset(inner, only_in_break);
      else if (non_neg(level, &l)) r = add(Node{Kind::Nest, only_in_break, false, inner, 0, 0, 0, static_cast<std::uint64_t>(l)});
      else return false;
    } else if (tag == a.doc_group) {
      if (t.element(2) != a.self && t.element(2) != a.inherit) return false;
      r = group(inner, t.element(2) == a.inherit);
    } else if (tag == a.doc_fits) {
      if (t.element(2) != a.enabled && t.element(2) != a.disabled) return false;
      r = next_break_fits(inner, t.element(2) == a.enabled);
    } else if (tag == a.doc_force) {
      r = force_unfit(inner);
    } else if (tag == a.doc_limit) {
      std::int64_t l;
      if (t.element(2) == a.infinity) l = kInfinity;
      else if (!non_neg(t.element(2), &l)) return false;
      r = limit(inner, l);
    } else {
      std::string escape;
      if (!ansi_text(t.element(2), &escape)) return false;
      r = color(inner, escape);
    }
    results.back() = r;
  }
  *out = results.back();
  return true;
}

}  // namespace vial::doc
