// Maps: the :erlang map BIFs, :maps, Elixir's Map and Access.get on maps and
// keyword lists. Errors are the reasons BEAM raises ({badmap, T},
// {badkey, K}), which vm/exceptions.cpp shows as Elixir's BadMapError and
// KeyError; where Elixir's message names the map, the reason carries it
// ({badkey, K, Map}, as Exception.normalize builds it from the stack).
#include "runtime/builtins/builtins.h"
#include "vm/compare.h"
#include "vm/map.h"
#include "vm/printer.h"

namespace vial {

namespace {

Term badmap(NativeCall& c, Term t) { return c.error(make_tuple(c.heap(), {atoms::badmap, t})); }
Term badkey(NativeCall& c, Term k, Term m) { return c.error(make_tuple(c.heap(), {atoms::badkey, k, m})); }

// Charges for work proportional to a map's size.
void charge_size(NativeCall& c, std::size_t n) { c.charge(static_cast<int>(n / 16)); }

Term list_of_items(NativeCall& c, const MapItems& items, int what) {
  Term l = Term::nil();
  for (auto it = items.rbegin(); it != items.rend(); ++it) {
    Term e = what == 0 ? it->first : what == 1 ? it->second : make_tuple(c.heap(), {it->first, it->second});
    l = make_cons(c.heap(), e, l);
  }
  return l;
}

// A proper list of {K, V} tuples as items; false if it is not one.
bool pairs_of(Term l, MapItems* out) {
  for (; l.is_cons(); l = l.tail()) {
    Term e = l.head();
    if (!e.is_tuple() || e.tuple_arity() != 2) return false;
    out->emplace_back(e.element(0), e.element(1));
  }
  return l.is_nil();
}

// --- :erlang ----------------------------------------------------------------------------

// Elixir: Kernel.is_map/1 (erlang:is_map/1)
Term erlang_is_map(NativeCall&, const Term* a) { return make_bool(a[0].is_map()); }
// Elixir: Kernel.map_size/1 (erlang:map_size/1)
Term erlang_map_size(NativeCall& c, const Term* a) {
  if (!a[0].is_map()) return badmap(c, a[0]);
  return Term::small(static_cast<std::int64_t>(map_size(a[0])));
}
// Elixir: Kernel.is_map_key/2 (erlang:is_map_key/2)
Term erlang_is_map_key(NativeCall& c, const Term* a) {
  if (!a[1].is_map()) return badmap(c, a[1]);
  return make_bool(!map_get(a[1], a[0]).is_none());
}
// erlang:map_get/2 (and maps:get/2)
Term erlang_map_get(NativeCall& c, const Term* a) {
  if (!a[1].is_map()) return badmap(c, a[1]);
  Term v = map_get(a[1], a[0]);
  return v.is_none() ? badkey(c, a[0], a[1]) : v;
}

// --- :maps (argument order: key first, map last) -----------------------------------------

Term maps_get3(NativeCall& c, const Term* a) {
  if (!a[1].is_map()) return badmap(c, a[1]);
  Term v = map_get(a[1], a[0]);
  return v.is_none() ? a[2] : v;
}
Term maps_put(NativeCall& c, const Term* a) {
  if (!a[2].is_map()) return badmap(c, a[2]);
  return map_put(c.heap(), a[2], a[0], a[1]);
}
Term maps_update(NativeCall& c, const Term* a) {
  if (!a[2].is_map()) return badmap(c, a[2]);
  Term r = map_update(c.heap(), a[2], a[0], a[1]);
  return r.is_none() ? badkey(c, a[0], a[2]) : r;
}
Term maps_find(NativeCall& c, const Term* a) {
  if (!a[1].is_map()) return badmap(c, a[1]);
  Term v = map_get(a[1], a[0]);
  return v.is_none() ? atoms::error : make_tuple(c.heap(), {atoms::ok, v});
}
Term maps_remove(NativeCall& c, const Term* a) {
  if (!a[1].is_map()) return badmap(c, a[1]);
  return map_remove(c.heap(), a[1], a[0]);
}
Term maps_take(NativeCall& c, const Term* a) {
  if (!a[1].is_map()) return badmap(c, a[1]);
  Term v = map_get(a[1], a[0]);
  if (v.is_none()) return atoms::error;
  return make_tuple(c.heap(), {v, map_remove(c.heap(), a[1], a[0])});
}
// keys, values and to_list walk the map 16 items a reduction and, past the
// slice's budget, trap to vial:map_walk_continue(Stack, Acc, What).
Term map_walk(NativeCall& c, Term stack, Term acc, int what) {
  std::size_t budget = c.can_trap ? static_cast<std::size_t>(c.budget()) * 16 : SIZE_MAX;
  std::size_t start = budget;
  stack = map_walk_step(c.heap(), stack, &acc, &budget, what);
  charge_size(c, start - budget);
  if (!stack.is_nil()) {
    static const Word* resume = continuation_code(atoms::vial, intern_atom("map_walk_continue"), 3);
    return c.trap(resume, {stack, acc, Term::small(what)});
  }
  return acc;
}
Term vial_map_walk_continue(NativeCall& c, const Term* a) {
  return map_walk(c, a[0], a[1], static_cast<int>(a[2].small_value()));
}
Term map_walk_start(NativeCall& c, Term map, int what) {
  if (!map.is_map()) return badmap(c, map);
  return map_walk(c, make_cons(c.heap(), map, Term::nil()), Term::nil(), what);
}
Term maps_keys(NativeCall& c, const Term* a) { return map_walk_start(c, a[0], 0); }
Term maps_values(NativeCall& c, const Term* a) { return map_walk_start(c, a[0], 1); }
Term maps_to_list(NativeCall& c, const Term* a) { return map_walk_start(c, a[0], 2); }
// from_list's error at `bad`, the first cell that is not a pair (or the
// tail that is not []): OTP 25 explains only an improper list.
Term from_list_error(NativeCall& c, Term bad) {
  if (bad.is_cons()) return c.error(atoms::badarg);
  return c.badarg(1, "not a proper list");
}

// Puts the pairs of `rest` into `acc`, 4 a reduction (a put copies a path
// of the HAMT); past the slice's budget it traps to
// vial:put_all_continue(Rest, Acc, List), `List` being from_list's argument
// (for its error). Later pairs win, as in from_list.
Term put_all_step(NativeCall& c, Term rest, Term acc, Term list, bool continued, bool keep = false) {
  std::size_t budget = c.can_trap ? static_cast<std::size_t>(c.budget()) * 4 : SIZE_MAX;
  std::size_t steps = 0;
  for (; rest.is_cons() && steps < budget; rest = rest.tail(), ++steps) {
    Term e = rest.head();
    if (!e.is_tuple() || e.tuple_arity() != 2) break;
    // keep: a key `acc` has already keeps its value (merge into the second map).
    if (!keep || map_get(acc, e.element(0)).is_none()) acc = map_put(c.heap(), acc, e.element(0), e.element(1));
  }
  c.charge(static_cast<int>(steps / 4));
  if (rest.is_cons() && rest.head().is_tuple() && rest.head().tuple_arity() == 2) {
    static const Word* resume = continuation_code(atoms::vial, intern_atom("put_all_continue"), 4);
    return c.trap(resume, {rest, acc, list, make_bool(keep)});
  }
  if (!rest.is_nil()) {
    from_list_error(c, rest);
    if (continued) {
      c.process.error.module = atoms::maps;
      c.process.error.function = intern_atom("from_list");
      c.process.error.arity = 1;
      c.process.error.args = make_list(c.heap(), {list});
    }
    return Term::none();
  }
  return acc;
}
Term vial_put_all_continue(NativeCall& c, const Term* a) {
  return put_all_step(c, a[0], a[1], a[2], true, a[3] == atoms::true_);
}

Term maps_from_list(NativeCall& c, const Term* a) {
  // A list that fits in the slice's budget is built at once; a longer one
  // is put in pairs by pairs, yielding between slices.
  std::size_t limit = c.can_trap ? static_cast<std::size_t>(c.budget()) * 16 : SIZE_MAX;
  std::size_t n = 0;
  Term l = a[0];
  for (; l.is_cons() && n <= limit; l = l.tail()) ++n;
  if (l.is_cons()) return put_all_step(c, a[0], map_empty(c.heap()), a[0], false);
  MapItems items;
  if (!pairs_of(a[0], &items)) {
    Term bad = a[0];
    while (bad.is_cons() && bad.head().is_tuple() && bad.head().tuple_arity() == 2) bad = bad.tail();
    return from_list_error(c, bad);
  }
  charge_size(c, items.size());
  return map_from_items(c.heap(), std::move(items));
}
Term maps_new(NativeCall& c, const Term*) { return map_empty(c.heap()); }
// merge of big maps: the pairs of the smaller are listed by the map walk,
// then put into the larger (keeping the second map's values), each phase
// yielding between slices (vial:merge_continue(Stack, Pairs, Into, Keep)).
Term merge_step(NativeCall& c, Term stack, Term pairs, Term into, bool keep) {
  std::size_t budget = c.can_trap ? static_cast<std::size_t>(c.budget()) * 16 : SIZE_MAX;
  std::size_t start = budget;
  stack = map_walk_step(c.heap(), stack, &pairs, &budget, 2);
  charge_size(c, start - budget);
  if (!stack.is_nil()) {
    static const Word* resume = continuation_code(atoms::vial, intern_atom("merge_continue"), 4);
    return c.trap(resume, {stack, pairs, into, make_bool(keep)});
  }
  return put_all_step(c, pairs, into, pairs, true, keep);
}
Term vial_merge_continue(NativeCall& c, const Term* a) {
  return merge_step(c, a[0], a[1], a[2], a[3] == atoms::true_);
}

Term maps_merge(NativeCall& c, const Term* a) {
  if (!a[0].is_map()) return badmap(c, a[0]);
  if (!a[1].is_map()) return badmap(c, a[1]);
  if (c.can_trap && map_size(a[0]) + map_size(a[1]) > static_cast<std::size_t>(c.budget()) * 16) {
    bool second_smaller = map_size(a[1]) <= map_size(a[0]);
    Term walked = second_smaller ? a[1] : a[0], into = second_smaller ? a[0] : a[1];
    return merge_step(c, make_cons(c.heap(), walked, Term::nil()), Term::nil(), into, !second_smaller);
  }
  MapItems items = map_items(a[0]);
  MapItems more = map_items(a[1]);
  charge_size(c, items.size() + more.size());
  if (more.empty()) return a[0];
  if (items.empty()) return a[1];
  Term m = a[0];
  if (more.size() * 4 < items.size()) {
    for (auto& [k, v] : more) m = map_put(c.heap(), m, k, v);
    return m;
  }
  items.insert(items.end(), more.begin(), more.end());
  return map_from_items(c.heap(), std::move(items));
}

// --- Map (argument order: map first) ---------------------------------------------------------

Term map_get2(NativeCall& c, const Term* a) {
  Term b[3] = {a[1], a[0], atoms::nil};
  return maps_get3(c, b);
}
Term map_get3(NativeCall& c, const Term* a) {
  Term b[3] = {a[1], a[0], a[2]};
  return maps_get3(c, b);
}
Term map_put3(NativeCall& c, const Term* a) {
  Term b[3] = {a[1], a[2], a[0]};
  return maps_put(c, b);
}
Term map_fetch(NativeCall& c, const Term* a) {
  Term b[2] = {a[1], a[0]};
  return maps_find(c, b);
}
Term map_fetch_bang(NativeCall& c, const Term* a) {
  Term b[2] = {a[1], a[0]};
  return erlang_map_get(c, b);
}
Term map_delete(NativeCall& c, const Term* a) {
  Term b[2] = {a[1], a[0]};
  return maps_remove(c, b);
}
Term map_has_key(NativeCall& c, const Term* a) {
  Term b[2] = {a[1], a[0]};
  return erlang_is_map_key(c, b);
}
Term map_new1(NativeCall& c, const Term* a) {
  if (a[0].is_map()) return a[0];
  return maps_from_list(c, a);
}
Term map_put_new(NativeCall& c, const Term* a) {
  if (!a[0].is_map()) return badmap(c, a[0]);
  if (!map_get(a[0], a[1]).is_none()) return a[0];
  return map_put(c.heap(), a[0], a[1], a[2]);
}
// Elixir: Map.replace!/3 (KeyError when the key is absent)
Term map_replace_bang(NativeCall& c, const Term* a) {
  Term b[3] = {a[1], a[2], a[0]};
  return maps_update(c, b);
}
// Elixir: Map.replace/3 (the map unchanged when the key is absent)
Term map_replace(NativeCall& c, const Term* a) {
  if (!a[0].is_map()) return badmap(c, a[0]);
  Term r = map_update(c.heap(), a[0], a[1], a[2]);
  return r.is_none() ? a[0] : r;
}
Term map_pop3(NativeCall& c, const Term* a) {
  if (!a[0].is_map()) return badmap(c, a[0]);
  Term v = map_get(a[0], a[1]);
  if (v.is_none()) return make_tuple(c.heap(), {a[2], a[0]});
  return make_tuple(c.heap(), {v, map_remove(c.heap(), a[0], a[1])});
}
Term map_pop2(NativeCall& c, const Term* a) {
  Term b[3] = {a[0], a[1], atoms::nil};
  return map_pop3(c, b);
}
// Elixir: Map.pop!/2
Term map_pop_bang(NativeCall& c, const Term* a) {
  if (!a[0].is_map()) return badmap(c, a[0]);
  Term v = map_get(a[0], a[1]);
  if (v.is_none()) return badkey(c, a[1], a[0]);
  return make_tuple(c.heap(), {v, map_remove(c.heap(), a[0], a[1])});
}
// Elixir: Map.take/2 and Map.drop/2 (the keys must be a list)
Term map_take_drop(NativeCall& c, const Term* a, bool take) {
  if (!a[0].is_map()) return badmap(c, a[0]);
  if (!a[1].is_list() || list_length(a[1]) == SIZE_MAX) return c.badarg(2, "not a list");
  Term m = take ? map_empty(c.heap()) : a[0];
  std::size_t n = 0;
  for (Term l = a[1]; l.is_cons(); l = l.tail(), ++n) {
    Term k = l.head();
    if (take) {
      Term v = map_get(a[0], k);
      if (!v.is_none()) m = map_put(c.heap(), m, k, v);
    } else {
      m = map_remove(c.heap(), m, k);
    }
  }
  charge_size(c, n);
  return m;
}
Term map_take(NativeCall& c, const Term* a) { return map_take_drop(c, a, true); }
Term map_drop(NativeCall& c, const Term* a) { return map_take_drop(c, a, false); }
Term map_split(NativeCall& c, const Term* a) {
  Term taken = map_take_drop(c, a, true);
  if (taken.is_none()) return taken;
  Term dropped = map_take_drop(c, a, false);
  return make_tuple(c.heap(), {taken, dropped});
}
// Elixir: Map.equal?/2
Term map_equal(NativeCall& c, const Term* a) {
  if (!a[0].is_map()) return badmap(c, a[0]);
  if (!a[1].is_map()) return badmap(c, a[1]);
  return make_bool(exact_equal(a[0], a[1]));
}
Term map_keys(NativeCall& c, const Term* a) { return maps_keys(c, a); }
Term map_values(NativeCall& c, const Term* a) { return maps_values(c, a); }
Term map_to_list(NativeCall& c, const Term* a) { return maps_to_list(c, a); }
Term map_merge(NativeCall& c, const Term* a) { return maps_merge(c, a); }
// Elixir: Map.from_struct/1 (the struct's fields, without __struct__)
Term map_from_struct(NativeCall& c, const Term* a) {
  if (a[0].is_atom()) return c.badarg(1, "not a struct");
  if (!a[0].is_map()) return badmap(c, a[0]);
  return map_remove(c.heap(), a[0], atoms::__struct__);
}

// vial:map_update(Map, Pairs): %{map | k => v, ...}. Every key must be in
// the map already (KeyError naming the key), and `map` must be a map.
Term vial_map_update(NativeCall& c, const Term* a) {
  if (!a[0].is_map()) return badmap(c, a[0]);
  Term m = a[0];
  for (Term l = a[1]; l.is_cons(); l = l.tail()) {
    Term kv = l.head();
    Term r = map_update(c.heap(), m, kv.element(0), kv.element(1));
    if (r.is_none()) return c.error(make_tuple(c.heap(), {atoms::badkey, kv.element(0)}));
    m = r;
  }
  return m;
}

// --- Access -------------------------------------------------------------------------------

// Elixir: Access.get/3 for maps (not structs: stdlib/access.ex), keyword lists and
// nil (what `data[key]` calls).
Term access_get3(NativeCall& c, const Term* a) {
  Term data = a[0], key = a[1];
  if (data.is_map()) {
    Term v = map_get(data, key);
    return v.is_none() ? a[2] : v;
  }
  if (data == atoms::nil) return a[2];
  if (data.is_list()) {
    if (!key.is_atom()) {
      // Access.get(list, key) with a non-atom key: Elixir's ArgumentError.
      return raise_exception(c, "Elixir.ArgumentError",
                             "the Access calls for keywords expect the key to be an atom, got: " + inspect(key));
    }
    for (Term l = data; l.is_cons(); l = l.tail()) {
      Term e = l.head();
      if (e.is_tuple() && e.tuple_arity() == 2 && e.element(0) == key) return e.element(1);
    }
    return a[2];
  }
  return c.error(make_exception(c.heap(), "Elixir.UndefinedFunctionError",
                                {{intern_atom("module"), data},
                                 {intern_atom("function"), intern_atom("fetch")},
                                 {intern_atom("arity"), Term::small(2)}}));
}

}  // namespace

void register_map_builtins() {
  Term erlang = atoms::erlang, maps = atoms::maps, map = atoms::Elixir_Map;
  auto reg = [](Term m, const char* f, std::uint32_t n, NativeFn fn) { register_native(m, intern_atom(f), n, fn); };
  reg(erlang, "is_map", 1, erlang_is_map);
  reg(erlang, "map_size", 1, erlang_map_size);
  reg(erlang, "is_map_key", 2, erlang_is_map_key);
  reg(erlang, "map_get", 2, erlang_map_get);
  reg(maps, "get", 2, erlang_map_get);
  reg(maps, "get", 3, maps_get3);
  reg(maps, "put", 3, maps_put);
  reg(maps, "update", 3, maps_update);
  reg(maps, "find", 2, maps_find);
  reg(maps, "remove", 2, maps_remove);
  reg(maps, "take", 2, maps_take);
  reg(maps, "is_key", 2, erlang_is_map_key);
  reg(maps, "keys", 1, maps_keys);
  reg(atoms::vial, "map_walk_continue", 3, vial_map_walk_continue);
  reg(atoms::vial, "put_all_continue", 4, vial_put_all_continue);
  reg(atoms::vial, "merge_continue", 4, vial_merge_continue);
  reg(maps, "values", 1, maps_values);
  reg(maps, "to_list", 1, maps_to_list);
  reg(maps, "from_list", 1, maps_from_list);
  reg(maps, "new", 0, maps_new);
  reg(maps, "merge", 2, maps_merge);
  reg(maps, "size", 1, erlang_map_size);
  reg(map, "new", 0, maps_new);
  reg(map, "new", 1, map_new1);
  reg(map, "get", 2, map_get2);
  reg(map, "get", 3, map_get3);
  reg(map, "put", 3, map_put3);
  reg(map, "fetch", 2, map_fetch);
  reg(map, "fetch!", 2, map_fetch_bang);
  reg(map, "delete", 2, map_delete);
  reg(map, "has_key?", 2, map_has_key);
  reg(map, "keys", 1, map_keys);
  reg(map, "values", 1, map_values);
  reg(map, "to_list", 1, map_to_list);
  reg(map, "merge", 2, map_merge);
  reg(map, "put_new", 3, map_put_new);
  reg(map, "replace!", 3, map_replace_bang);
  reg(map, "replace", 3, map_replace);
  reg(map, "pop", 2, map_pop2);
  reg(map, "pop", 3, map_pop3);
  reg(map, "pop!", 2, map_pop_bang);
  reg(map, "take", 2, map_take);
  reg(map, "drop", 2, map_drop);
  reg(map, "split", 2, map_split);
  reg(map, "equal?", 2, map_equal);
  reg(map, "from_struct", 1, map_from_struct);
  reg(atoms::vial, "map_update", 2, vial_map_update);
  // Access.get/2,3 (stdlib/access.ex) dispatch a struct to its module and
  // the rest here.
  reg(atoms::vial, "access_get", 3, access_get3);
}

}  // namespace vial
