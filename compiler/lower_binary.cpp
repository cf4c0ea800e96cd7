// Bitstrings in the lowering pass: <<...>> construction and <<...>> / <>
// patterns (docs/binaries.md). Each segment `value::spec` has its spec (type,
// signedness, endianness, size, unit) parsed and checked as Elixir's
// elixir_bitstring does, with its compile errors.
#include <string>

#include "compiler/lowerer.h"
#include "vm/binary.h"
#include "vm/number.h"
#include "vm/printer.h"
#include "vm/utf8.h"

namespace vial::lowering {

namespace {

// A segment's spec as written (what is unset keeps its default).
struct Spec {
  SegType type = SegType::kInteger;
  std::string type_name;  // as written: "bitstring", "bytes", ...
  std::string sign, endian;
  int unit = 0;             // 0: unset
  Term size = Term::none();  // the size's form
};

const struct {
  std::string_view name;
  SegType type;
} kTypes[] = {{"integer", SegType::kInteger}, {"float", SegType::kFloat},    {"binary", SegType::kBinary},
              {"bytes", SegType::kBinary},    {"bits", SegType::kBits},      {"bitstring", SegType::kBits},
              {"utf8", SegType::kUtf8},       {"utf16", SegType::kUtf16},    {"utf32", SegType::kUtf32}};

bool is_utf(SegType t) { return t == SegType::kUtf8 || t == SegType::kUtf16 || t == SegType::kUtf32; }

// How Macro.to_string shows a size in a conflict message (literals only;
// anything else as inspect shows its form).
std::string form_text(Term t) {
  if (q::is_var(t)) return std::string(atom_text(q::node_head(t)));
  return inspect(t);
}

}  // namespace

// Parses the spec `form` (the right side of ::) into `spec`.
static void parse_spec(Lowerer& l, Term form, Spec& spec, int line) {
  if (q::is_call(form, intern_atom("-"), 2)) {
    std::vector<Term> parts = q::list_items(q::node_args(form));
    parse_spec(l, parts[0], spec, line);
    parse_spec(l, parts[1], spec, line);
    return;
  }
  auto set_size = [&](Term size) {
    if (!spec.size.is_none())
      l.fail(line, message(Msg::bin_conflict, "size", form_text(size), form_text(spec.size)));
    spec.size = size;
  };
  if (form.is_small()) {
    set_size(form);
    return;
  }
  if (q::is_var(form)) {
    std::string_view name = atom_text(q::node_head(form));
    for (const auto& t : kTypes)
      if (t.name == name) {
        if (!spec.type_name.empty() && spec.type_name != name)
          l.fail(line, message(Msg::bin_conflict, "type", name, spec.type_name));
        spec.type = t.type;
        spec.type_name = name;
        return;
      }
    auto set = [&](std::string& field, const char* what) {
      if (!field.empty() && field != name) l.fail(line, message(Msg::bin_conflict, what, name, field));
      field = name;
    };
    if (name == "signed" || name == "unsigned") return set(spec.sign, "sign");
    if (name == "big" || name == "little" || name == "native") return set(spec.endian, "endianness");
    l.fail(line, message(Msg::bin_unknown_spec, std::string(name) + "()"));
  }
  if (q::is_call(form, intern_atom("size"), 1)) {
    set_size(q::list_items(q::node_args(form))[0]);
    return;
  }
  if (q::is_call(form, intern_atom("unit"), 1)) {
    Term u = q::list_items(q::node_args(form))[0];
    if (!u.is_small() || u.small_value() < 1 || u.small_value() > 256)
      l.fail(line, message(Msg::bin_unknown_spec, "unit(" + form_text(u) + ")"));
    if (spec.unit != 0 && spec.unit != u.small_value())
      l.fail(line, message(Msg::bin_conflict, "unit", u.small_value(), spec.unit));
    spec.unit = static_cast<int>(u.small_value());
    return;
  }
  if (q::is_node(form) && q::node_head(form).is_atom()) {
    std::string text(atom_text(q::node_head(form)));
    text += "(";
    bool first = true;
    for (Term a : q::list_items(q::node_args(form))) {
      if (!first) text += ", ";
      text += form_text(a);
      first = false;
    }
    l.fail(line, message(Msg::bin_unknown_spec, text + ")"));
  }
  l.fail(line, message(Msg::bin_unknown_spec, form_text(form)));
}

// Checks a parsed spec and fills in its defaults: the segment's flags; the
// size's form stays in spec.size (none: all of the value / all that is left).
static std::int64_t finish_spec(Lowerer& l, Spec& spec, int line) {
  SegType t = spec.type;
  if (is_utf(t) && (!spec.size.is_none() || spec.unit != 0)) l.fail(line, message(Msg::bin_utf_size));
  if ((t == SegType::kInteger || t == SegType::kFloat) && spec.unit != 0 && spec.size.is_none())
    l.fail(line, message(Msg::bin_unit_needs_size));
  if (t == SegType::kBits && spec.unit != 0 && spec.unit != 1)
    l.fail(line, message(Msg::bin_conflict, "unit", spec.unit, 1));
  int unit = spec.unit != 0 ? spec.unit : t == SegType::kBinary ? 8 : 1;
  if (t == SegType::kInteger && spec.size.is_none()) spec.size = Term::small(8);
  if (t == SegType::kFloat) {
    if (spec.size.is_none()) spec.size = Term::small(64);
    if (spec.size.is_small()) {
      std::int64_t bits = spec.size.small_value() * unit;
      if (bits != 16 && bits != 32 && bits != 64) l.fail(line, message(Msg::bin_float_size, bits));
    }
  }
  return seg_flags(t, unit, spec.sign == "signed", spec.endian == "little" || spec.endian == "native");
}

// A literal value has a type of its own (integers integer, floats float,
// strings binary) that an explicit type must not contradict; atoms and lists
// are no values for a segment.
static void literal_type(Lowerer& l, Term value, Spec& spec, int line) {
  if (value.is_atom() || value.is_list()) l.fail(line, message(Msg::bin_invalid_literal, inspect(value)));
  const char* own = value.is_integer() ? "integer" : value.is_float() ? "float" : value.is_binary() ? "binary" : nullptr;
  if (!own) return;
  SegType t = spec.type;
  bool set = !spec.type_name.empty();
  if (value.is_binary()) {
    if (set && (t == SegType::kInteger || t == SegType::kFloat)) l.fail(line, message(Msg::bin_conflict, "type", spec.type_name, own));
    if (!spec.size.is_none() || spec.unit != 0 || !spec.sign.empty()) l.fail(line, message(Msg::bin_string_spec));
    if (!set) spec.type = SegType::kBinary;
  } else if (value.is_float()) {
    if (set && t != SegType::kFloat) l.fail(line, message(Msg::bin_conflict, "type", spec.type_name, own));
    spec.type = SegType::kFloat;
  } else if (set && (t == SegType::kBinary || t == SegType::kBits)) {
    l.fail(line, message(Msg::bin_conflict, "type", spec.type_name, own));
  }
}

// The segments of a <<...>> form, with nested <<...>> segments that carry
// no spec of their own (or just binary/bits) spliced in.
static void flatten_segments(const std::vector<Term>& segments, std::vector<Term>& out) {
  for (Term seg : segments) {
    Term value = seg;
    if (q::is_call(seg, atoms::type_op, 2)) {
      std::vector<Term> st = q::list_items(q::node_args(seg));
      bool plain = q::is_var(st[1]) && (q::node_head(st[1]) == atoms::binary || q::node_head(st[1]) == intern_atom("bits") ||
                                        q::node_head(st[1]) == intern_atom("bitstring"));
      if (plain && q::is_call(st[0], atoms::bin)) value = st[0];
    }
    if (q::is_call(value, atoms::bin)) flatten_segments(q::list_items(q::node_args(value)), out);
    else out.push_back(seg);
  }
}

// Splits `value::spec` into its parts (spec none when there is none).
static void split_segment(Term seg, Term* value, Term* spec) {
  *value = seg;
  *spec = Term::none();
  if (q::is_call(seg, atoms::type_op, 2)) {
    std::vector<Term> st = q::list_items(q::node_args(seg));
    *value = st[0];
    *spec = st[1];
  }
}

ExprPtr Lowerer::concat_expr(Term form, int line) {
  auto e = make(Expr::kConcat, line);
  auto add = [&](ExprPtr value, ExprPtr size, std::int64_t flags) {
    e->args.push_back(std::move(value));
    e->args.push_back(std::move(size));
    e->segments.push_back(flags);
  };
  std::vector<Term> segs;
  flatten_segments(q::list_items(q::node_args(form)), segs);
  for (Term seg : segs) {
    Term value, spec_form;
    split_segment(seg, &value, &spec_form);
    Spec spec;
    if (!spec_form.is_none()) parse_spec(*this, spec_form, spec, line);
    literal_type(*this, value, spec, line);
    std::int64_t flags = finish_spec(*this, spec, line);
    if (value.is_binary() && is_utf(spec.type)) {
      // "text"::utf16: each code point of the text, encoded.
      std::string_view text = value.binary_view();
      for (std::size_t i = 0; i < text.size();) {
        std::uint32_t cp;
        if (!decode_utf8(text, i, cp)) fail(line, message(Msg::bin_invalid_literal, inspect(value)));
        add(lit(Term::small(cp), line), lit(Term::nil(), line), flags);
      }
      continue;
    }
    ExprPtr v = expr(value);
    ExprPtr size = spec.size.is_none() ? lit(Term::nil(), line) : expr(spec.size);
    add(std::move(v), std::move(size), flags);
  }
  return e;
}

// A size inside a pattern: a guard expression over the variables bound
// earlier in the same pattern (`bound`) and those bound before it.
ExprPtr Lowerer::pattern_size(Term form, const Scope& bound, int line) {
  if (q::is_var(form)) {
    VarKey key{q::node_head(form).raw(), q::node_args(form).raw()};
    auto it = bound.find(key);
    if (it != bound.end()) return var_ref(it->second, line);
    if (lookup(key, q::node_head(form)) < 0)
      fail(line, message(Msg::undefined_variable, atom_text(q::node_head(form))));
  }
  Scope saved = scope_;
  merge(bound);
  ExprPtr e = lower_guard(form);
  scope_ = std::move(saved);
  return e;
}

PatPtr Lowerer::bin_pattern(const std::vector<Term>& forms, Scope& bound, int line) {
  auto p = std::make_unique<Pat>();
  p->kind = Pat::kBin;
  std::vector<Term> segs;
  flatten_segments(forms, segs);
  // Sizes may use variables bound earlier in this bitstring pattern, or
  // before the whole pattern (not elsewhere in the enclosing pattern).
  Scope before = bound;
  auto literal_bits = [&](Term bits) {
    Pat::Segment s;
    s.flags = seg_flags(SegType::kBits, 1, false, false);
    s.value = std::make_unique<Pat>();
    s.value->kind = Pat::kLit;
    s.value->lit = bits;
    s.line = line;
    p->segs.push_back(std::move(s));
  };
  for (std::size_t i = 0; i < segs.size(); ++i) {
    Term value, spec_form;
    split_segment(segs[i], &value, &spec_form);
    if (q::is_call(value, atoms::bin) && spec_form.is_none()) {
      // <<"a", <<x>>::binary>> was spliced above; a nested <<...>> with
      // other options is not supported.
      fail(line, message(Msg::unsupported, "a <<>> segment with options in a pattern"));
    }
    Spec spec;
    if (!spec_form.is_none()) parse_spec(*this, spec_form, spec, line);
    literal_type(*this, value, spec, line);
    std::int64_t flags = finish_spec(*this, spec, line);
    SegType t = spec.type;
    if (value.is_binary() && (t == SegType::kBinary || t == SegType::kBits) && spec.size.is_none()) {
      literal_bits(value);  // "text": these very bytes
      continue;
    }
    if (value.is_binary() && is_utf(t)) {
      std::string_view text = value.binary_view();
      for (std::size_t k = 0; k < text.size();) {
        std::uint32_t cp;
        if (!decode_utf8(text, k, cp)) fail(line, message(Msg::bin_invalid_literal, inspect(value)));
        Pat::Segment s;
        s.flags = flags;
        s.value = std::make_unique<Pat>();
        s.value->kind = Pat::kLit;
        s.value->lit = Term::small(cp);
        s.line = line;
        p->segs.push_back(std::move(s));
      }
      continue;
    }
    bool rest = (t == SegType::kBinary || t == SegType::kBits) && spec.size.is_none();
    if (rest && i + 1 != segs.size()) fail(line, message(Msg::bin_rest_not_last));
    Pat::Segment s;
    s.flags = flags;
    s.line = line;
    if (!spec.size.is_none()) {
      Scope own;
      for (const auto& [k, v] : bound)
        if (!before.count(k)) own[k] = v;
      s.size = pattern_size(spec.size, own, line);
    }
    s.value = pattern(value, bound);
    if (t == SegType::kFloat && s.value->kind == Pat::kLit && s.value->lit.is_integer()) {
      // A literal integer in a float segment matches the float of its value.
      double d;
      if (!number_to_double(s.value->lit, &d)) fail(line, message(Msg::bin_invalid_literal, inspect(value)));
      s.value->lit = make_float(heap_, d);
    }
    p->segs.push_back(std::move(s));
  }
  return p;
}

}  // namespace vial::lowering
