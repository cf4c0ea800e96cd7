// Protocol dispatch (docs/protocols.md): :vial.protocol_impl/3, which every
// protocol's impl_for/1 calls.
//
// A protocol P dispatches a struct %S{} to the module P.S, any other term to
// P.<Type> for its built-in type, in Elixir's order (Tuple, Atom, List, Map,
// BitString, Integer, Float, Function, PID, Port, Reference), and to P.Any
// when nothing else exists and P has @fallback_to_any true. This is what
// Elixir's non-consolidated impl_for/1 computes; Vial's "consolidation" is a
// dispatch cache: {protocol, type key} -> impl module (or nil), so a call
// never builds a module name or looks up a module by name twice. Entries are
// kept while no module has loaded since they were made
// (vm/module.h module_load_generation), so an impl defined later is seen;
// so are fallbacks to P.Any.
#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>

#include "runtime/builtins/builtins.h"
#include "runtime/code_path.h"
#include "vm/map.h"
#include "vm/module.h"
#include "vm/code.h"
#include "vm/native.h"
#include "vm/printer.h"

namespace vial {
namespace {

struct KeyHash {
  std::size_t operator()(const std::pair<Word, Word>& k) const {
    return std::hash<Word>()(k.first) * 31 + std::hash<Word>()(k.second);
  }
};

struct Entry {
  Term impl;
  std::uint64_t generation;
  // nil or the P.Any fallback: valid only while no module has loaded since
  // (an impl defined later must be found).
  bool provisional;
};

std::mutex g_mutex;
std::unordered_map<std::pair<Word, Word>, Entry, KeyHash> g_cache;

// The alias suffix a built-in type's impl module has ("Tuple" for P.Tuple).
const char* builtin_type(Term t) {
  if (t.is_tuple()) return "Tuple";
  if (t.is_atom()) return "Atom";
  if (t.is_list()) return "List";
  if (t.is_map()) return "Map";
  if (t.is_bitstring()) return "BitString";
  if (t.is_integer()) return "Integer";
  if (t.is_float()) return "Float";
  if (t.is_fun()) return "Function";
  if (t.is_pid()) return "PID";
  return "Reference";
}

// Module.concat(protocol, suffix): "Elixir.P" + "." + the suffix without
// its "Elixir." prefix.
Term concat(Term protocol, std::string_view suffix) {
  std::string name(atom_text(protocol));
  if (suffix.substr(0, 7) == "Elixir.") suffix.remove_prefix(7);
  name += ".";
  name += suffix;
  return intern_atom(name);
}

bool available(Term module) { return module_loaded(module) || autoload(module); }

Term resolve(Term protocol, Term key_atom, bool is_struct, bool fallback, bool* provisional) {
  *provisional = false;
  Term target = concat(protocol, atom_text(key_atom));
  if (available(target)) {
    // @derive without __deriving__ defines P.S dispatching to P.Any
    // (compiler/lower_protocol.h derived_impl_body).
    if (is_struct) {
      const Export* e = find_export(target, intern_atom("__vial_derived_any__"), 0);
      if (e && e->address.load(std::memory_order_acquire)) return concat(protocol, "Any");
    }
    return target;
  }
  *provisional = true;
  if (fallback) {
    Term any = concat(protocol, "Any");
    if (available(any)) return any;
  }
  return atoms::nil;
}

// The implementation of `protocol` for the type key `key` (a struct's
// module, or a built-in type's name), through the cache. A protocol's
// fallback flag never changes, so it is not part of the key.
Term cached_impl(Term protocol, Term key, bool is_struct, bool fallback, bool* resolved) {
  // Struct keys are module atoms ("Elixir.Foo"), built-in ones bare names
  // ("Tuple"), so they never collide.
  std::pair<Word, Word> k{protocol.raw(), key.raw()};
  std::uint64_t gen = module_load_generation();
  {
    std::lock_guard<std::mutex> lock(g_mutex);
    auto it = g_cache.find(k);
    if (it != g_cache.end() && (!it->second.provisional || it->second.generation == gen))
      return it->second.impl;
  }
  *resolved = true;
  bool provisional;
  Term impl = resolve(protocol, key, is_struct, fallback, &provisional);
  std::lock_guard<std::mutex> lock(g_mutex);
  g_cache[k] = Entry{impl, module_load_generation(), provisional};
  return impl;
}

// Elixir: Proto.impl_for/1 (vial:protocol_impl(Protocol, Data, FallbackToAny))
Term protocol_impl(NativeCall& c, const Term* a) {
  Term protocol = a[0], data = a[1];
  if (!protocol.is_atom()) return c.badarg(1, "not an atom");
  bool fallback = a[2] == atoms::true_;
  Term key = Term::none();
  bool is_struct = false;
  if (data.is_map()) {
    Term s = map_get(data, atoms::__struct__);
    if (!s.is_none() && s.is_atom()) key = s, is_struct = true;
  }
  if (key.is_none()) key = intern_atom(builtin_type(data));
  bool resolved = false;
  Term impl = cached_impl(protocol, key, is_struct, fallback, &resolved);
  if (resolved) c.charge(10);
  return impl;
}

// The printer's question (vm/printer.h set_inspect_struct_hook): does the
// struct `module` have an Inspect implementation written in Elixir, i.e.
// anything but Inspect.Any (and Inspect.Range, which the printer
// implements)? Inspect has @fallback_to_any true (stdlib/inspect.ex).
bool inspect_struct_has_elixir_impl(Term module) {
  static const Term inspect = intern_atom("Elixir.Inspect");
  static const Term any = intern_atom("Elixir.Inspect.Any");
  static const Term range = intern_atom("Elixir.Inspect.Range");
  bool resolved = false;
  Term impl = cached_impl(inspect, module, true, true, &resolved);
  // Inspect.Range and Inspect.Any are the printer's own unless the program
  // redefined them.
  if (impl == range || impl == any) return !builtin_version_current(impl);
  return impl != atoms::nil;
}

// The printer's other question (vm/printer.h set_inspect_types_hook): which
// built-in types' Inspect implementations did the program redefine? A
// `defimpl Inspect, for: Integer` replaces the module Inspect.Integer, which
// the protocol then dispatches to, as in Elixir.
unsigned inspect_overridden_types() {
  struct Type {
    const char* module;
    unsigned bit;
  };
  static const Type kTypes[] = {
      {"Elixir.Inspect.Atom", kInspectAtom},         {"Elixir.Inspect.BitString", kInspectBitString},
      {"Elixir.Inspect.Integer", kInspectInteger},   {"Elixir.Inspect.Float", kInspectFloat},
      {"Elixir.Inspect.Function", kInspectFunction}, {"Elixir.Inspect.PID", kInspectPid},
      {"Elixir.Inspect.Port", kInspectPort},         {"Elixir.Inspect.Reference", kInspectReference},
      {"Elixir.Inspect.List", kInspectList},         {"Elixir.Inspect.Tuple", kInspectTuple},
      {"Elixir.Inspect.Map", kInspectMap},
  };
  static std::mutex mutex;
  static std::uint64_t generation = ~std::uint64_t{0};
  static unsigned mask = 0;
  std::uint64_t now = module_load_generation();
  std::lock_guard<std::mutex> lock(mutex);
  if (now == generation) return mask;
  unsigned m = 0;
  for (const Type& t : kTypes) {
    Term module = intern_atom(t.module);
    if (module_loaded(module) && !builtin_version_current(module)) m |= t.bit;
  }
  generation = now;
  mask = m;
  return mask;
}

}  // namespace

void register_protocol_builtins() {
  register_native(atoms::vial, intern_atom("protocol_impl"), 3, protocol_impl);
  set_inspect_struct_hook(inspect_struct_has_elixir_impl);
  set_inspect_types_hook(inspect_overridden_types);
}

}  // namespace vial
