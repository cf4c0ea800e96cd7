// The natives under Inspect (docs/inspect.md): the printer's fast path,
// documents as Elixir terms, and formatting of Elixir documents.
//
// Kernel.inspect/2 and IO.inspect/3 (stdlib/kernel.ex, stdlib/io.ex) call
// :vial.inspect/3 first: the native printer does all the work unless a
// struct in the term has an Inspect implementation written in Elixir (a
// user's defimpl or @derive), which it learns from the protocol dispatch
// cache (runtime/builtins/protocol.cpp). Then it answers :elixir and the
// caller runs the protocol in Elixir (stdlib/inspect.ex), whose built-in
// implementations call :vial.inspect_doc/3 for their part of the term.
#include "runtime/builtins/builtins.h"
#include "vm/fun.h"
#include "vm/atom.h"
#include "vm/code.h"
#include "vm/inspect_doc.h"
#include "vm/map.h"
#include "vm/module.h"
#include "vm/printer.h"

namespace vial {

namespace {

Term atom_elixir() { return intern_atom("elixir"); }

// True when `fun` is Inspect.Opts.default_inspect_fun/0's &Inspect.inspect/2
// (a fun whose code is in Inspect.Opts, which has no other) or nil.
bool default_inspect_fun(Term fun) {
  if (fun == atoms::nil) return true;  // the struct's default (stdlib/inspect.ex)
  if (!fun.is_fun()) return false;
  if (fun_is_external(fun))
    return fun_export(fun)->module == intern_atom("Elixir.Inspect") && fun_export(fun)->function == intern_atom("inspect") &&
           fun_arity(fun) == 2;
  CodeLocation where;
  auto entry = reinterpret_cast<const Word*>(fun.boxed_ptr()[1]);
  return locate_code(entry, false, &where) && where.module == intern_atom("Elixir.Inspect.Opts");
}

// :vial.inspect(Term, Opts, IO): Kernel.inspect/2 (IO false: one line
// unless pretty:) or IO.inspect/3 (IO true: at width:) with the keyword
// list Opts; the text, or :elixir when the Inspect protocol must run in
// Elixir (a struct with an Elixir implementation, syntax_colors:,
// inspect_fun:).
Term vial_inspect(NativeCall& c, const Term* a) {
  InspectOpts o;
  if (!inspect_opts_from_list(a[1], &o)) return c.error(atoms::badarg);
  for (Term l = a[1]; l.is_cons(); l = l.tail())
    if (l.head().element(0) == intern_atom("inspect_fun")) return atom_elixir();
  std::int64_t width = a[2] == atoms::true_ ? o.width : o.pretty ? o.width : InspectOpts::kInfinity;
  std::string text;
  if (!inspect_native(a[0], o, width, &text)) return atom_elixir();
  c.charge(static_cast<int>(text.size() / 64));
  return make_binary(c.heap(), text);
}

// :vial.inspect_doc(Term, %Inspect.Opts{}, Root): the document the
// built-in Inspect implementations build for Term, or :elixir when a part
// of it needs Elixir (then the container is built in Elixir). Root is
// :protocol, :any (Inspect.Any.inspect/2) or :map (Inspect.Map.inspect/2).
Term vial_inspect_doc(NativeCall& c, const Term* a) {
  InspectOpts o;
  if (!inspect_opts_from_struct(a[1], &o)) return c.badarg(2, "not an %Inspect.Opts{} struct");
  if (!default_inspect_fun(map_get(a[1], intern_atom("inspect_fun")))) o.colors = true;
  InspectRoot root = a[2] == intern_atom("any")   ? InspectRoot::Any
                     : a[2] == intern_atom("map") ? InspectRoot::Map
                                                  : InspectRoot::Protocol;
  Term d = inspect_doc_term(c.heap(), a[0], o, root);
  if (d.is_none()) return atom_elixir();
  return d;
}

bool width_value(Term w, std::int64_t* out) {
  if (w == intern_atom("infinity")) {
    *out = doc::kInfinity;
    return true;
  }
  if (!w.is_small() || w.small_value() < 0) return false;
  *out = w.small_value();
  return true;
}

// :vial.format_doc(Doc, Width, Binary): Inspect.Algebra.format/2 (the list
// of binaries), or its text as one binary when Binary is true.
Term vial_format_doc(NativeCall& c, const Term* a) {
  std::int64_t width;
  if (!width_value(a[1], &width)) return c.badarg(2, "not a width");
  doc::Docs docs;
  doc::DocId d;
  if (!docs.from_term(a[0], &d)) return c.badarg(1, "not an Inspect.Algebra document");
  if (a[2] == atoms::true_) {
    std::string text = docs.format(d, width);
    c.charge(static_cast<int>(text.size() / 64));
    return make_binary(c.heap(), text);
  }
  std::vector<doc::Docs::Piece> frags = docs.format_fragments(d, width);
  std::vector<Term> items;
  items.reserve(frags.size());
  for (const doc::Docs::Piece& f : frags) {
    Term b = make_binary(c.heap(), f.text);
    items.push_back(f.ansi ? make_cons(c.heap(), Term::nil(), b) : b);
  }
  c.charge(static_cast<int>(frags.size() / 16));
  return make_list(c.heap(), items);
}

// :vial.inspect_trap(:get | true | false): the flag Inspect.Algebra.to_doc/2
// keeps while it formats an Inspect.Error (Elixir keeps it in the process
// dictionary, which Vial does not have yet; the one scheduler thread runs
// one process at a time through it).
thread_local bool t_inspect_trap = false;
Term vial_inspect_trap(NativeCall&, const Term* a) {
  bool old = t_inspect_trap;
  if (a[0] == atoms::true_ || a[0] == atoms::false_) t_inspect_trap = a[0] == atoms::true_;
  return old ? atoms::true_ : atoms::false_;
}

// :vial.struct_infos(Struct | Module): what Inspect.Any needs of
// module.__info__(:struct): [%{field: f, required: false}, ...] in defstruct
// order without __struct__/__exception__. For a struct, nil unless its
// module defines a struct with exactly its keys (then Inspect.Any prints it
// as a map); for a module, nil unless it defines a struct.
Term vial_struct_infos(NativeCall& c, const Term* a) {
  Term s = a[0];
  Term mod = s;
  if (s.is_map()) {
    mod = map_get(s, atoms::__struct__);
    if (mod.is_none() || !mod.is_atom()) return atoms::nil;
  } else if (!s.is_atom()) {
    return atoms::nil;
  }
  Term defaults = struct_defaults(mod);
  if (defaults.is_none()) return atoms::nil;
  if (s.is_map()) {
    if (map_size(defaults) != map_size(s)) return atoms::nil;
    for (auto& kv : map_items(s))
      if (map_get(defaults, kv.first).is_none()) return atoms::nil;
  }
  std::vector<Term> fields;
  Term order = struct_field_order(mod);
  if (order.is_list()) {
    for (Term l = order; l.is_cons(); l = l.tail()) fields.push_back(l.head());
  } else {
    for (auto& kv : map_items(defaults)) fields.push_back(kv.first);
  }
  std::vector<Term> infos;
  Term field = intern_atom("field"), required = intern_atom("required");
  for (Term f : fields) {
    if (f == atoms::__struct__ || f == atoms::__exception__) continue;
    infos.push_back(map_from_items(c.heap(), MapItems{{field, f}, {required, atoms::false_}}));
  }
  return make_list(c.heap(), infos);
}

// :vial.keyword_list(Term): Inspect.List.keyword?/1.
Term vial_keyword_list(NativeCall&, const Term* a) { return inspect_keyword_list(a[0]) ? atoms::true_ : atoms::false_; }

// :vial.inspect_atom(Kind, Atom), Macro.inspect_atom/2: Kind is :literal,
// :key or :remote_call.
Term vial_inspect_atom(NativeCall& c, const Term* a) {
  if (!a[1].is_atom()) return c.badarg(2, "not an atom");
  std::string text = inspect(a[1]);
  if (a[0] == intern_atom("key")) {
    text = inspect_atom_key(a[1]);
  } else if (a[0] == intern_atom("remote_call")) {
    text = inspect_atom_remote_call(a[1]);
  } else if (a[0] != intern_atom("literal")) {
    return c.badarg(1, "not :literal, :key or :remote_call");
  }
  return make_binary(c.heap(), text);
}

// List.ascii_printable?/2 and String.printable?/2 for Inspect.List and
// Inspect.BitString (the printer's own tests).
Term vial_printable(NativeCall& c, const Term* a) {
  std::int64_t limit;
  if (!width_value(a[1], &limit)) return c.badarg(2, "not a limit");
  return inspect_printable(a[0], limit) ? atoms::true_ : atoms::false_;
}

// :vial.print_erlang(Term, Mode): io_lib's ~w (:w), ~p (:p) or ~tp (:tp)
// text of Term, as a UTF-8 binary (stdlib/erlang_io_lib.ex).
Term vial_print_erlang(NativeCall& c, const Term* a) {
  std::string text;
  if (a[1] == intern_atom("w")) text = print_erlang(a[0]);
  else if (a[1] == intern_atom("p")) text = print_erlang_pretty(a[0], false);
  else if (a[1] == intern_atom("tp")) text = print_erlang_pretty(a[0], true);
  else return c.badarg(2, "not a mode");
  return make_binary(c.heap(), text);
}

// Rounds a digit string (an optional '-', digits, at most one '.') half up
// at its last `drop` digits, which are removed.
std::string round_half_up(std::string s, std::size_t drop) {
  bool up = false;
  std::size_t cut = s.size();
  for (std::size_t dropped = 0; dropped < drop && cut > 0;) {
    --cut;
    if (s[cut] == '.') continue;
    ++dropped;
    if (dropped == drop) up = s[cut] >= '5';
  }
  s.resize(cut);
  if (!s.empty() && s.back() == '.') s.pop_back();
  if (!up) return s;
  std::size_t i = s.size();
  while (i > 0) {
    --i;
    if (s[i] == '.') continue;
    if (s[i] == '-') break;
    if (s[i] < '9') {
      ++s[i];
      return s;
    }
    s[i] = '0';
  }
  s.insert(s[0] == '-' ? 1 : 0, "1");
  return s;
}

// :vial.format_fixed(Float, Decimals): io_lib's ~.Pf, the exact decimal
// value rounded half up.
Term vial_format_fixed(NativeCall& c, const Term* a) {
  if (!a[0].is_float() || !a[1].is_small() || a[1].small_value() < 0 || a[1].small_value() > 300)
    return c.error(atoms::badarg);
  int p = static_cast<int>(a[1].small_value());
  char buf[2048];
  std::snprintf(buf, sizeof buf, "%.*f", p + 40, a[0].float_value());
  std::string s = round_half_up(buf, 40);
  if (p == 0 && s.find('.') == std::string::npos) s += ".";
  return make_binary(c.heap(), s);
}

// :vial.format_scientific(Float, Digits): io_lib's ~.Pe, P significant
// digits and an unpadded exponent (3.14000e+0).
Term vial_format_scientific(NativeCall& c, const Term* a) {
  if (!a[0].is_float() || !a[1].is_small() || a[1].small_value() < 1 || a[1].small_value() > 300)
    return c.error(atoms::badarg);
  int p = static_cast<int>(a[1].small_value());
  char buf[512];
  std::snprintf(buf, sizeof buf, "%.*e", p - 1 + 40, a[0].float_value());
  std::string m = buf;
  std::size_t e = m.find('e');
  int exp = std::atoi(m.c_str() + e + 1);
  std::string mant = round_half_up(m.substr(0, e), 40);
  // Rounding 9.99.. up gives 10.0..: renormalise.
  std::size_t digits_before = mant.find('.') == std::string::npos ? mant.size() : mant.find('.');
  if (mant[0] == '-') --digits_before;
  if (digits_before > 1) {
    std::string d;
    for (char ch : mant)
      if (ch >= '0' && ch <= '9') d += ch;
    d.resize(static_cast<std::size_t>(p));
    mant = (a[0].float_value() < 0 ? "-" : "") + d.substr(0, 1) + (p > 1 ? "." + d.substr(1) : "");
    ++exp;
  }
  std::string out = mant + "e" + (exp < 0 ? "-" : "+") + std::to_string(exp < 0 ? -exp : exp);
  return make_binary(c.heap(), out);
}

}  // namespace

void register_inspect_builtins() {
  register_natives({
      {"vial", "inspect", 3, vial_inspect},
      {"vial", "inspect_doc", 3, vial_inspect_doc},
      {"vial", "format_doc", 3, vial_format_doc},
      {"vial", "inspect_trap", 1, vial_inspect_trap},
      {"vial", "struct_infos", 1, vial_struct_infos},
      {"vial", "keyword_list", 1, vial_keyword_list},
      {"vial", "inspect_atom", 2, vial_inspect_atom},
      {"Elixir.Macro", "inspect_atom", 2, vial_inspect_atom},
      {"vial", "printable", 2, vial_printable},
      {"vial", "print_erlang", 2, vial_print_erlang},
      {"vial", "format_fixed", 2, vial_format_fixed},
      {"vial", "format_scientific", 2, vial_format_scientific},
  });
}

}  // namespace vial
