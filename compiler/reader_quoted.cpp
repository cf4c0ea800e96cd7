// Builders for the shapes of Elixir's quoted form (see reader_quoted.h).
#include "compiler/reader_quoted.h"

#include <string>

#include "vm/atom.h"

namespace vial::reader {

Term Quoted::meta(int line) {
  return make_cons(h_, make_tuple(h_, {atoms::line, Term::small(line)}), Term::nil());
}

Term Quoted::node(Term name, Term m, Term args) { return make_tuple(h_, {name, m, args}); }

Term Quoted::call(Term name, int line, const std::vector<Term>& args) {
  return node(name, meta(line), make_list(h_, args));
}

Term Quoted::atom(std::string_view s) { return intern_atom(s); }

Term Quoted::pair(Term a, Term b) { return make_tuple(h_, {a, b}); }

Term Quoted::remote(Term mod, std::string_view fun, int line, const std::vector<Term>& args) {
  return call(call(atoms::dot, line, {mod, atom(fun)}), line, args);
}

bool Quoted::is_node(Term t, Term name, std::size_t nargs) {
  if (!t.is_tuple() || t.tuple_arity() != 3 || !(t.element(0) == name)) return false;
  return list_length(t.element(2)) == nargs;
}

Term Quoted::block(const std::vector<Term>& exprs) {
  if (exprs.size() == 1) {
    Term e = exprs[0];
    if (!(is_node(e, atom("!"), 1) || is_node(e, atom("not"), 1) || is_node(e, atom("unquote_splicing"), 1)))
      return e;
  }
  return node(atoms::__block__, Term::nil(), make_list(h_, exprs));
}

bool Quoted::is_bare_map_item(Term e) {
  if (!e.is_tuple() || e.tuple_arity() != 3) return false;  // literals
  Term name = e.element(0);
  if (name.is_tuple()) {
    // `a[k]` is Access.get on the atom itself (Access.get(a, k) has an alias).
    return !(is_node(name, atoms::dot, 2) && name.element(2).head() == intern_atom("Elixir.Access"));
  }
  if (!name.is_atom()) return false;
  if (e.element(2) == atoms::nil) return true;  // a variable
  std::string_view n = atom_text(name);
  for (const OpInfo& op : kOps)
    if (op.text == n) return false;
  static const std::string_view special[] = {"__aliases__", "__block__", "%{}", "%", "{}", "<<>>", "fn", "..//"};
  for (std::string_view sp : special)
    if (sp == n) return false;
  // Sigils record their delimiter.
  for (Term m = e.element(1); m.is_cons(); m = m.tail())
    if (m.head().is_tuple() && m.head().element(0) == atom("delimiter")) return false;
  return true;
}

bool Quoted::is_struct_name(Term e, bool atom_ok) {
  if (e.is_atom()) return atom_ok;
  if (!e.is_tuple() || e.tuple_arity() != 3) return false;
  Term name = e.element(0);
  if (name == atoms::__aliases__) return true;
  if (name.is_atom() && list_length(e.element(2)) == 1) {
    std::string_view n = atom_text(name);
    for (const OpInfo& op : kOps)
      if (op.text == n && op.unary_prec > 0 && n != "&") return is_struct_name(e.element(2).head(), atom_ok);
  }
  return is_bare_map_item(e);
}

Term Quoted::string(const std::vector<Part>& parts, int line, const Interpolate& interp, Term m) {
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
    Term conv = remote(atoms::Elixir_Kernel, "to_string", p.line, {interp(p)});
    items.push_back(call(atoms::type_op, p.line, {conv, node(atoms::binary, meta(p.line), atoms::nil)}));
  }
  return node(atoms::bin, m.is_none() ? meta(line) : m, make_list(h_, items));
}

Term Quoted::charlist(const std::vector<Part>& parts, int line, const Interpolate& interp) {
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
    else items.push_back(remote(atoms::Elixir_Kernel, "to_string", p.line, {interp(p)}));
  }
  return remote(intern_atom("Elixir.List"), "to_charlist", line, {make_list(h_, items)});
}

Term Quoted::code_points(std::string_view s) {
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

Term Quoted::sigil(const Token& t, const Interpolate& interp) {
  Term m = make_cons(h_, pair(atom("delimiter"), make_binary(h_, t.delimiter)), meta(t.line));
  Term bin_meta = meta(t.line);
  // Heredoc sigils also record the closing delimiter's indentation.
  if (t.heredoc) bin_meta = make_cons(h_, pair(atom("indentation"), Term::small(t.indentation)), bin_meta);
  Term content = string(t.parts, t.line, interp, bin_meta);
  return node(atom("sigil_" + t.text), m, make_list(h_, {content, code_points(t.modifiers)}));
}

}  // namespace vial::reader
