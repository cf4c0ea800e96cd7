// Map terms (DESIGN.md §4; docs/terms.md draws the layouts).
//
// Like BEAM, a map of up to 32 keys is a *flat map*: its keys sorted in
// Erlang's exact term order (integers before equal floats), then its values.
// A larger map is a hash array mapped trie (HAMT) over OTP 25's internal hash
// of the key, 4 bits a level, whose leaves are cons cells [Key | Value].
// Iteration order is exactly OTP 25's: key order for a flat map, and for a
// HAMT the order of its hash (see docs/terms.md). Keys are compared exactly
// (1 and 1.0 are different keys). Every map with at most 32 keys is flat
// and every larger one a HAMT, whatever operations built it, as on BEAM.
//
//   MAP_FLAT   arity = 1 + 2n; word 1 = n (raw), keys, then values
//   MAP_HAMT   arity = 1 + children; word 1 (raw) = bitmap (bits 0..15) |
//              collision flag (bit 16) | leaves below this node << 17;
//              children in slot order, each a leaf (a cons [K | V]) or a
//              nested MAP_HAMT node. The root is the map; nested nodes are
//              never visible to programs.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "vm/hash.h"
#include "vm/heap.h"

namespace vial {

inline constexpr std::size_t kMapFlatMax = 32;

using MapItems = std::vector<std::pair<Term, Term>>;

inline bool is_map(Term t) { return t.is_map(); }

std::size_t map_size(Term map);
// The value under `key` (compared exactly), or Term::none().
Term map_get(Term map, Term key);
// A map with `key` set to `value`.
Term map_put(Heap& h, Term map, Term key, Term value);
// `map` with `key` replaced by `value`, or Term::none() if `key` is absent.
Term map_update(Heap& h, Term map, Term key, Term value);
// `map` without `key` (the same map if it is absent).
Term map_remove(Heap& h, Term map, Term key);
Term map_empty(Heap& h);
// A map of the pairs; a later pair wins over an earlier one with its key.
Term map_from_items(Heap& h, MapItems items);
// The map's pairs in iteration order (what :maps.to_list/1 returns).
MapItems map_items(Term map);
// One step of a walk over a map's items in map_items order, for builtins
// that yield part-way (maps:to_list, keys, values): `stack` is the list of
// parts still to walk ([Map] at first), `acc` the result so far (built from
// its end); about *budget items are taken (*budget goes down by as many).
// `what`: 0 keys, 1 values, 2 {key, value} pairs. Returns the new stack, []
// when the walk is done.
Term map_walk_step(Heap& h, Term stack, Term* acc, std::size_t* budget, int what);
// The pairs sorted by key in exact term order (what comparison walks).
MapItems map_items_sorted(Term map);

// Erlang's exact term order (map key order): -1, 0, 1.
int compare_keys(Term a, Term b);

}  // namespace vial

namespace vial {

// Struct modules known to the VM: `defstruct` registers the module's default
// struct (what Mod.__struct__/0 returns; copied to a heap of its own), which
// `inspect` uses to print %Mod{...} as Elixir's Inspect.Any does.
// `enforced` is the list of @enforce_keys (what construction must be given).
// `fields` lists the keys in the order defstruct gave them (how inspect
// prints them).
void register_struct(Term module, Term defaults, Term enforced = Term::nil(), Term fields = Term::none());
// The module's default struct, or Term::none() when it defines none.
Term struct_defaults(Term module);
// The module's @enforce_keys (a list; [] when none or not a struct).
Term struct_enforced_keys(Term module);
// The struct's keys in defstruct's order, or none.
Term struct_field_order(Term module);

}  // namespace vial
