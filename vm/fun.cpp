// Funs: external funs, Function.info/1's facts and inspect (vm/fun.h).
#include "vm/fun.h"

#include <unistd.h>

#include <climits>
#include <cstring>
#include <string_view>

#include "vm/atom.h"
#include "vm/hash.h"
#include "vm/module.h"
#include "vm/printer.h"

namespace vial {

Term make_external_fun(Heap& heap, const Export* e) {
  Word* f = heap.alloc(3);
  f[0] = Term::make_header(Subtag::FUN, 2);
  f[1] = reinterpret_cast<Word>(e);
  f[2] = kFunExternal | e->arity;
  return Term::boxed(f);
}

namespace {

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// FNV-1a, 64 bits: Vial's stand-in for the MD5 of a module's code that BEAM
// derives a fun's uniq and new_uniq from.
std::uint64_t fnv(std::string_view s, std::uint64_t h) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string relative_to_cwd(const std::string& file) {
  char buf[PATH_MAX];
  if (!file.empty() && file[0] == '/' && ::getcwd(buf, sizeof buf)) {
    std::string cwd = buf;
    if (cwd != "/" && starts_with(file, cwd + "/")) return file.substr(cwd.size() + 1);
  }
  return file;
}

}  // namespace

void fun_identity(Term module_name, const std::string& file, std::uint32_t index, FunInfo* out) {
  std::string_view module = atom_text(module_name);
  out->module = module_name;
  std::uint64_t h1 = fnv(module, 14695981039346656037ull), h2 = fnv(file, h1);
  out->uniq = static_cast<std::uint32_t>(h1 & 0x7FFFFFF);
  for (int i = 0; i < 8; ++i) {
    out->new_uniq[i] = static_cast<unsigned char>(h1 >> (8 * i));
    out->new_uniq[8 + i] = static_cast<unsigned char>(h2 >> (8 * i));
  }
  // The function's place in its module (BEAM's fun table index differs).
  out->index = index;
  if (starts_with(module, "elixir_compiler_")) out->script_file = relative_to_cwd(file);
}

bool fun_info(Term f, FunInfo* out) {
  out->arity = fun_arity(f);
  if (fun_is_external(f)) {
    const Export* e = fun_export(f);
    out->external = true;
    out->module = e->module;
    out->name = e->function;
    return true;
  }
  if (fun_is_purged(f)) {
    const auto* dead = reinterpret_cast<const PurgedFun*>(f.boxed_ptr()[1]);
    out->module = dead->module;
    out->name = Term::nil();
    out->index = dead->index;
    out->uniq = dead->uniq;
    std::memcpy(out->new_uniq, dead->new_uniq, 16);
    return true;
  }
  CodeLocation where;
  if (!locate_code(reinterpret_cast<const Word*>(f.boxed_ptr()[1]), false, &where) || !where.function) return false;
  std::string_view module = atom_text(where.module);
  if (starts_with(module, "elixir_eval_")) {
    // Code.eval_*: Elixir's evaluator is erl_eval, whose funs (one per
    // arity, 0..20) are these in OTP 25.
    out->module = intern_atom("erl_eval");
    out->name = intern_atom("-expr/6-fun-" + std::to_string(out->arity + 2) + "-");
    out->index = 43 - out->arity;
    out->uniq = 3316493;
    static constexpr unsigned char kNewUniq[16] = {6, 83, 97, 170, 70, 21, 144, 209,
                                                   189, 241, 235, 98, 209, 166, 235, 8};
    std::memcpy(out->new_uniq, kNewUniq, 16);
    return true;
  }
  fun_identity(where.module, where.file, where.function_index, out);
  out->name = where.function->name;
  return true;
}

bool anonymous_fun_parent(std::string_view name, std::string* parent, std::string* arity) {
  if (!starts_with(name, "-")) return false;
  std::string_view rest = name.substr(1);
  std::size_t slash = rest.rfind('/');
  if (slash == std::string_view::npos) return false;
  std::string_view trailing = rest.substr(slash + 1);
  // trailing must split on "-" into exactly [arity, inner, counter, ""].
  std::size_t dashes = 0;
  for (char c : trailing) dashes += c == '-';
  if (dashes != 3 || trailing.back() != '-') return false;
  *parent = std::string(rest.substr(0, slash));
  *arity = std::string(trailing.substr(0, trailing.find('-')));
  return true;
}

std::string inspect_fun(Term f) {
  FunInfo info;
  if (!fun_info(f, &info)) return "#Function<>";
  std::string out;
  if (info.external) {
    out = "&";
    out += inspect(info.module) + "." + inspect_atom_remote_call(info.name) + "/" + std::to_string(info.arity);
    return out;
  }
  out = "#Function<";
  out += std::to_string(info.index) + "." + std::to_string(info.uniq);
  if (!info.script_file.empty()) return out + " in file:" + info.script_file + ">";
  out += "/" + std::to_string(info.arity) + " in " + inspect(info.module);
  if (info.name.is_nil()) return out + ">";  // purged: BEAM no longer knows its name
  std::string name(atom_text(info.name)), parent, arity;
  if (anonymous_fun_parent(name, &parent, &arity))
    out += "." + inspect_atom_remote_call(intern_atom(parent)) + "/" + arity;
  else
    out += "." + inspect_atom_remote_call(info.name);
  return out + ">";
}

}  // namespace vial
