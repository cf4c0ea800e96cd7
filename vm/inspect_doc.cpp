// The document algebra (see inspect_doc.h and docs/inspect.md).
//
// `format` and `fits` follow Elixir 1.14's Inspect.Algebra.format/3 and
// fits?/4 clause by clause; their Elixir work lists ([{indent, mode, doc}
// | rest]) are vectors used as stacks, top at the back.
#include "vm/inspect_doc.h"

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
  return add_text(Kind::Text, s, n, false);
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
DocId Docs::group(DocId d, bool inherit) { return add(Node{Kind::Group, inherit, false, d, 0, 0, 0, 0}); }
DocId Docs::next_break_fits(DocId d, bool enabled) { return add(Node{Kind::Fits, enabled, false, d, 0, 0, 0, 0}); }
DocId Docs::force_unfit(DocId d) { return add(Node{Kind::Force, false, false, d, 0, 0, 0, 0}); }
DocId Docs::no_limit(DocId d) { return add(Node{Kind::Limit, false, false, d, 0, 0, 0, 0}); }

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
        if (w != kInfinity) {
          stack.push_back({w, m, kRestoreWidth});
          stack.push_back({i, Mode::Flat, n.left});
          w = kInfinity;
        } else {
          stack.push_back({i, m, n.left});
        }
        break;
      case Kind::Fits: break;  // handled above
    }
  }
}

std::string Docs::format(DocId root, std::int64_t width) const {
  std::string out;
  std::int64_t w = width;
  std::int64_t k = 0;
  std::vector<Entry> stack{{0, Mode::Flat, root}};
  auto newline = [&](std::int64_t i) {
    out += '\n';
    out.append(static_cast<std::size_t>(i), ' ');
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
        out += text_of(n);
        k += n.length;
        break;
      case Kind::Force:
      case Kind::Fits: stack.push_back({i, m, n.left}); break;
      case Kind::Break:
        if (n.flag) {  // flex: decided here, whatever the mode
          k += n.length;
          if (w == kInfinity || m == Mode::Flat || fits(w, k, true, nullptr, &stack)) out += text_of(n);
          else newline(i);
        } else if (m == Mode::Break) {
          newline(i);
        } else {
          out += text_of(n);
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
        if (w != kInfinity) {
          stack.push_back({w, m, kRestoreWidth});
          stack.push_back({i, Mode::Flat, n.left});
          w = kInfinity;
        } else {
          stack.push_back({i, m, n.left});
        }
        break;
    }
  }
  return out;
}

}  // namespace vial::doc
