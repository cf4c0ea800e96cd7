// What a for comprehension with into: or uniq: does with the values it made
// (compiler/expand_for.cpp): vial:for_collect(Into, ReversedValues, Uniq).
#include <algorithm>
#include <numeric>
#include <vector>

#include "runtime/builtins/builtins.h"
#include "vm/binary.h"
#include "vm/compare.h"
#include "vm/map.h"

namespace vial {

namespace {

bool truthy(Term t) { return !(t == atoms::false_ || t == atoms::nil); }

// Keeps the first of every run of exactly equal values, in order (uniq: true).
std::vector<Term> unique(const std::vector<Term>& items) {
  std::vector<std::size_t> order(items.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return compare_exact(items[a], items[b]) < 0; });
  std::vector<bool> keep(items.size(), false);
  for (std::size_t i = 0; i < order.size(); ++i)
    keep[order[i]] = i == 0 || compare_exact(items[order[i - 1]], items[order[i]]) != 0;
  std::vector<Term> out;
  for (std::size_t i = 0; i < items.size(); ++i)
    if (keep[i]) out.push_back(items[i]);
  return out;
}

// vial:for_collect/3. Into: a list (the values are appended), a bitstring
// (the values, all bitstrings, are appended to it) or a map (the values, all
// {key, value} tuples, are put into it in order).
Term vial_for_collect(NativeCall& c, const Term* a) {
  Term into = a[0];
  std::vector<Term> items;
  for (Term l = a[1]; l.is_cons(); l = l.tail()) items.push_back(l.head());
  std::reverse(items.begin(), items.end());
  c.charge(static_cast<int>(items.size() / 16));
  if (truthy(a[2])) items = unique(items);
  if (into.is_list()) {
    std::vector<Term> all;
    for (Term l = into; l.is_cons(); l = l.tail()) all.push_back(l.head());
    all.insert(all.end(), items.begin(), items.end());
    return make_list(c.heap(), all);
  }
  if (into.is_bitstring()) {
    std::size_t bits = into.bit_size();
    for (Term t : items) {
      if (!t.is_bitstring()) return c.error(make_tuple(c.heap(), {atoms::badarg, t}));
      bits += t.bit_size();
    }
    unsigned char* data;
    Term out = make_bitstring_uninit(c.heap(), bits, &data);
    BitSpan s = into.bits();
    copy_bits(data, 0, s.base, s.offset, s.size);
    std::size_t at = s.size;
    for (Term t : items) {
      BitSpan b = t.bits();
      copy_bits(data, at, b.base, b.offset, b.size);
      at += b.size;
    }
    return out;
  }
  if (into.is_map()) {
    Term map = into;
    for (Term t : items) {
      if (!t.is_tuple() || t.tuple_arity() != 2) return c.error(atoms::badarg);
      map = map_put(c.heap(), map, t.element(0), t.element(1));
    }
    return map;
  }
  return c.error(make_tuple(c.heap(), {atoms::protocol_undefined, intern_atom("Elixir.Collectable"), into}));
}

}  // namespace

void register_comprehension_builtins() {
  register_native(atoms::vial, intern_atom("for_collect"), 3, vial_for_collect);
}

}  // namespace vial
