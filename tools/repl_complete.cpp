#include "tools/repl_complete.h"

#include <algorithm>
#include <set>

#include "compiler/lowerer.h"
#include "runtime/stdlib.h"
#include "tools/version.h"
#include "vm/atom.h"
#include "vm/heap.h"
#include "vm/module.h"
#include "vm/native.h"

namespace vial {

namespace {

bool word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
         c == '?' || c == '!' || c == '@' || static_cast<unsigned char>(c) >= 0x80;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return (c >= 'a' && c <= 'z') || c == '_'; }

// Every module name known now: the built-in library (loaded or not) and
// the modules loaded (atoms that name a module with code or builtins).
// Elixir modules keep their "Elixir." prefix.
std::set<std::string> module_names(std::string_view erlang_prefix, bool want_erlang) {
  std::set<std::string> out;
  for (const EmbeddedModule& m : embedded_stdlib()) out.insert(m.name);
  std::size_t n = atom_count();
  for (std::size_t i = 0; i < n; ++i) {
    Term atom = Term::atom(static_cast<std::uint32_t>(i));
    std::string_view text = atom_text(atom);
    if (starts_with(text, "Elixir.")) {
      if (current_module(atom)) out.insert(std::string(text));
    } else if (want_erlang && !text.empty() && starts_with(text, erlang_prefix)) {
      // Erlang modules: loaded code, or builtins only (:erlang, :math, ...).
      if (module_loaded(atom) || !module_exports(atom).empty()) out.insert(std::string(text));
    }
  }
  return out;
}

// The functions and macros `module` exports whose names start with
// `prefix` (not the __info__-like ones, unless asked for).
std::set<std::string> function_names(Term module, std::string_view prefix) {
  std::set<std::string> out;
  // A module with builtins may have code to load as well (String).
  if (!current_module(module)) autoload(module);
  for (const Export* e : module_exports(module)) {
    std::string_view name = atom_text(e->function);
    if (starts_with(name, "MACRO-")) name.remove_prefix(6);
    if (!starts_with(name, prefix)) continue;
    if (starts_with(name, "_") && !starts_with(prefix, "_")) continue;
    if (name == "module_info" || name.find('-') != std::string_view::npos) continue;
    out.insert(std::string(name));
  }
  // Kernel's macros are the compiler's own (expanded natively), not exports.
  if (module == atoms::Elixir_Kernel)
    lowering::for_each_kernel_export([&](Term n, std::uint32_t, bool macro) {
      if (macro && starts_with(atom_text(n), prefix) && !starts_with(atom_text(n), "_")) out.insert(std::string(atom_text(n)));
    });
  return out;
}

// The next segment of Elixir module names under `base` ("" or "String")
// that starts with `prefix`.
std::set<std::string> submodules(std::string_view base, std::string_view prefix) {
  std::set<std::string> out;
  std::string full = "Elixir.";
  if (!base.empty()) full += std::string(base) + ".";
  full += prefix;
  std::size_t segment_start = 7 + (base.empty() ? 0 : base.size() + 1);
  for (const std::string& name : module_names("", false)) {
    if (!starts_with(name, full)) continue;
    std::size_t end = name.find('.', segment_start);
    out.insert(name.substr(segment_start, end == std::string::npos ? std::string::npos : end - segment_start));
  }
  return out;
}

std::string join_base(std::string_view base, const std::string& name) {
  return base.empty() ? name : std::string(base) + "." + name;
}

}  // namespace

std::size_t repl_completion_start(std::string_view text) {
  std::size_t i = text.size();
  while (i > 0 && word_char(text[i - 1])) --i;
  if (i > 0 && text[i - 1] == ':' && (i < 2 || text[i - 2] != ':')) --i;
  return i;
}

std::vector<std::string> repl_complete(std::string_view text, const std::vector<std::string>& var_names) {
  std::string_view word = text.substr(repl_completion_start(text));
  std::set<std::string> out;
  if (word.empty()) return {};
  if (word[0] == ':') {
    std::string_view rest = word.substr(1);
    std::size_t dot = rest.rfind('.');
    if (dot == std::string_view::npos) {
      for (const std::string& m : module_names(rest, true))
        if (!starts_with(m, "Elixir.") && starts_with(m, rest)) out.insert(":" + m);
    } else {
      std::string_view mod = rest.substr(0, dot);
      Term atom = existing_atom(mod);
      if (!atom.is_none())
        for (const std::string& f : function_names(atom, rest.substr(dot + 1)))
          out.insert(std::string(1, ':').append(mod).append(1, '.').append(f));  // (GCC 12 -Wrestrict on ":" + ...)
    }
  } else if (is_upper(word[0])) {
    std::size_t dot = word.rfind('.');
    std::string_view base = dot == std::string_view::npos ? std::string_view() : word.substr(0, dot);
    std::string_view tail = dot == std::string_view::npos ? word : word.substr(dot + 1);
    if (tail.empty() || is_upper(tail[0])) {
      for (const std::string& s : submodules(base, tail)) out.insert(join_base(base, s));
    }
    if (!base.empty() && (tail.empty() || is_lower(tail[0]))) {
      Term atom = existing_atom("Elixir." + std::string(base));
      if (atom.is_none() && std::any_of(embedded_stdlib().begin(), embedded_stdlib().end(), [&](const EmbeddedModule& m) {
            return std::string_view(m.name) == "Elixir." + std::string(base);
          }))
        atom = intern_atom("Elixir." + std::string(base));
      if (!atom.is_none())
        for (const std::string& f : function_names(atom, tail)) out.insert(std::string(base) + "." + f);
    }
  } else if (is_lower(word[0]) && word.find('.') == std::string_view::npos) {
    for (const std::string& v : var_names)
      if (starts_with(v, word)) out.insert(v);
    for (const char* m : {"Elixir.Kernel", "Elixir.Kernel.SpecialForms", "Elixir.IEx.Helpers"})
      for (const std::string& f : function_names(intern_atom(m), word)) out.insert(f);
  }
  return {out.begin(), out.end()};
}

CompletionEdit repl_completion_edit(std::string_view word, const std::vector<std::string>& candidates) {
  CompletionEdit edit;
  if (candidates.empty()) return edit;
  std::string common = candidates[0];
  for (const std::string& c : candidates) {
    std::size_t n = 0;
    while (n < common.size() && n < c.size() && common[n] == c[n]) ++n;
    common.resize(n);
  }
  if (common.size() > word.size() && starts_with(common, word)) edit.insert = common.substr(word.size());
  if (candidates.size() > 1 && edit.insert.empty()) {
    for (const std::string& c : candidates) {
      std::size_t dot = c.rfind('.');
      std::string name = dot == std::string::npos ? c : c.substr(dot + 1);
      if (!name.empty() && name[0] == ':') name.erase(0, 1);
      edit.listing.push_back(name);
    }
  }
  return edit;
}

std::string repl_format_listing(const std::vector<std::string>& names, std::size_t width) {
  // iex's table (IEx.Helpers.exports/1): every name padded to the longest
  // (at most 30) plus 4, and a space; a line ends once it reaches `width`.
  std::size_t longest = 0;
  for (const std::string& n : names) longest = std::max(longest, n.size());
  std::size_t column = std::min<std::size_t>(longest, 30) + 4;
  std::string out;
  std::size_t length = 0;
  for (const std::string& n : names) {
    if (length >= width) {
      out += '\n';
      length = 0;
    }
    std::size_t cell = std::max(n.size(), column);
    out += n;
    out.append(cell - n.size() + 1, ' ');
    length += cell + 1;
  }
  if (!names.empty()) out += '\n';
  return out;
}

namespace {

// :vial_repl.complete(TextBeforeCursor, VarNames) -> [Completion]
Term vial_repl_complete(NativeCall& c, const Term* a) {
  if (!a[0].is_binary()) return c.badarg(1, "not a binary");
  std::vector<std::string> vars;
  Term l = a[1];
  for (; l.is_cons(); l = l.tail()) {
    if (!l.head().is_binary()) return c.badarg(2, "not a list of binaries");
    vars.emplace_back(l.head().binary_view());
  }
  if (!l.is_nil()) return c.badarg(2, "not a list of binaries");
  std::vector<std::string> found = repl_complete(a[0].binary_view(), vars);
  c.charge(static_cast<int>(found.size()) + 10);
  std::vector<Term> items;
  for (const std::string& s : found) items.push_back(make_binary(c.heap(), s));
  return make_list(c.heap(), items);
}

// :vial_repl.exports(Module): {Functions, Macros}, each the sorted
// {Name, Arity} pairs of what it exports (macros without their MACRO-
// prefix and extra argument); {[], []} if no such module.
Term vial_repl_exports(NativeCall& c, const Term* a) {
  if (!a[0].is_atom()) return c.badarg(1, "not an atom");
  if (!current_module(a[0])) autoload(a[0]);
  std::set<std::pair<std::string, std::uint32_t>> found[2];
  for (const Export* e : module_exports(a[0])) {
    std::string name(atom_text(e->function));
    std::uint32_t arity = e->arity;
    bool macro = starts_with(name, "MACRO-") && arity > 0;
    if (macro) name.erase(0, 6), --arity;
    found[macro].emplace(name, arity);
  }
  // Kernel's macros are the compiler's own (Kernel.__info__(:macros) lists
  // them the same way); the library's few functions among them move over.
  if (a[0] == atoms::Elixir_Kernel)
    lowering::for_each_kernel_export([&](Term n, std::uint32_t arity, bool macro) {
      if (!macro) return;
      found[0].erase({std::string(atom_text(n)), arity});
      found[1].emplace(std::string(atom_text(n)), arity);
    });
  c.charge(static_cast<int>(found[0].size() + found[1].size()) + 10);
  Term lists[2];
  for (int k = 0; k < 2; ++k) {
    std::vector<Term> items;
    for (const auto& [name, arity] : found[k])
      items.push_back(make_tuple(c.heap(), {intern_atom(name), Term::small(arity)}));
    lists[k] = make_list(c.heap(), items);
  }
  return make_tuple(c.heap(), {lists[0], lists[1]});
}

Term vial_repl_version(NativeCall& c, const Term*) { return make_binary(c.heap(), VIAL_VERSION); }

}  // namespace

void register_repl_server_natives() {
  Term m = intern_atom("vial_repl");
  register_native(m, intern_atom("complete"), 2, vial_repl_complete, NativeKind::kDirtyCpu);
  register_native(m, intern_atom("version"), 0, vial_repl_version);
  register_native(m, intern_atom("exports"), 1, vial_repl_exports, NativeKind::kDirtyCpu);
}

}  // namespace vial
