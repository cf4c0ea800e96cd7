// Funs: :erlang.fun_info/1,2 and :erlang.make_fun/3 (Function.info/1,2 and
// Function.capture/3 call them; vm/fun.h).
#include <string_view>

#include "runtime/builtins/builtins.h"
#include "vm/atom.h"
#include "vm/fun.h"
#include "vm/module.h"

namespace vial {

namespace {

// The items of erlang:fun_info/1, in its order; an external fun has only
// the last five.
constexpr std::string_view kLocalItems[] = {"pid", "module", "new_index", "new_uniq", "index",
                                            "uniq", "name", "arity", "env", "type"};

Term fun_item(Heap& h, Term f, const FunInfo& info, std::string_view item) {
  if (item == "module") return info.module;
  if (item == "name") return info.name;
  if (item == "arity") return Term::small(info.arity);
  if (item == "type") return intern_atom(info.external ? "external" : "local");
  if (item == "env") {
    std::vector<Term> env;
    for (std::size_t i = 0; i < fun_free_count(f); ++i) env.push_back(Term::from_raw(f.boxed_ptr()[3 + i]));
    return make_list(h, env);
  }
  if (info.external) return atoms::undefined;
  if (item == "pid") {
    Term pid = fun_creator(f);
    return pid.is_none() ? atoms::undefined : pid;
  }
  if (item == "index" || item == "new_index") return Term::small(info.index);
  if (item == "uniq") return Term::small(info.uniq);
  // new_uniq
  return make_binary(h, std::string_view(reinterpret_cast<const char*>(info.new_uniq), 16));
}

bool known_item(Term item) {
  if (!item.is_atom()) return false;
  std::string_view s = atom_text(item);
  for (auto k : kLocalItems)
    if (k == s) return true;
  return false;
}

// erlang:fun_info(Fun)
Term erlang_fun_info1(NativeCall& c, const Term* a) {
  if (!a[0].is_fun()) return c.badarg(1, "not a fun");
  FunInfo info;
  if (!fun_info(a[0], &info)) return c.badarg(1, "not a fun");
  std::vector<Term> items;
  for (auto k : kLocalItems) {
    if (info.external && (k == "pid" || k == "new_index" || k == "new_uniq" || k == "index" || k == "uniq"))
      continue;
    Term key = intern_atom(k);
    items.push_back(make_tuple(c.heap(), {key, fun_item(c.heap(), a[0], info, k)}));
  }
  return make_list(c.heap(), items);
}

// erlang:fun_info(Fun, Item)
Term erlang_fun_info2(NativeCall& c, const Term* a) {
  if (!a[0].is_fun()) return c.badarg(1, "not a fun");
  if (!known_item(a[1])) return c.badarg(2, "invalid item");
  FunInfo info;
  if (!fun_info(a[0], &info)) return c.badarg(1, "not a fun");
  return make_tuple(c.heap(), {a[1], fun_item(c.heap(), a[0], info, atom_text(a[1]))});
}

// erlang:make_fun(Module, Function, Arity): the external fun fun M:F/A.
Term erlang_make_fun(NativeCall& c, const Term* a) {
  if (!a[0].is_atom()) return c.badarg(1, "not an atom");
  if (!a[1].is_atom()) return c.badarg(2, "not an atom");
  if (!a[2].is_integer()) return c.badarg(3, "not an integer");
  if (!a[2].is_small() || a[2].small_value() < 0 || a[2].small_value() > 255) return c.badarg(3, "out of range");
  const Export* e = export_entry(a[0], a[1], static_cast<std::uint32_t>(a[2].small_value()));
  return make_external_fun(c.heap(), e);
}

}  // namespace

void register_fun_builtins() {
  register_natives({
      {"erlang", "fun_info", 1, erlang_fun_info1},
      {"erlang", "fun_info", 2, erlang_fun_info2},
      {"erlang", "make_fun", 3, erlang_make_fun},
  });
}

}  // namespace vial
