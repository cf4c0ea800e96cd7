// Map terms: flat maps and the HAMT (vm/map.h, docs/terms.md).
#include "vm/map.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <mutex>
#include <unordered_map>

#include "vm/compare.h"
#include "vm/copy.h"

namespace vial {

int compare_keys(Term a, Term b) { return compare_exact(a, b); }

// --- flat maps ------------------------------------------------------------------------

namespace {

constexpr Word kCollisionFlag = Word{1} << 16;
constexpr int kSizeShift = 17;
// Levels of 4 bits; after kMaxLevels a node holds colliding keys in a list.
constexpr int kMaxLevels = 16;

std::size_t flat_size(Term m) { return static_cast<std::size_t>(m.boxed_ptr()[1]); }
const Word* flat_keys(Term m) { return m.boxed_ptr() + 2; }
const Word* flat_values(Term m) { return m.boxed_ptr() + 2 + flat_size(m); }

Term make_flat(Heap& h, const MapItems& sorted) {
  std::size_t n = sorted.size();
  Word* p = h.alloc(2 + 2 * n);
  p[0] = Term::make_header(Subtag::MAP_FLAT, 1 + 2 * n);
  p[1] = n;
  for (std::size_t i = 0; i < n; ++i) {
    p[2 + i] = sorted[i].first.raw();
    p[2 + n + i] = sorted[i].second.raw();
  }
  return Term::boxed(p);
}

// Index of `key` in the flat map, or -1.
long flat_find(Term m, Term key) {
  std::size_t n = flat_size(m);
  const Word* ks = flat_keys(m);
  for (std::size_t i = 0; i < n; ++i)
    if (ks[i] == key.raw()) return static_cast<long>(i);
  if (key.is_immediate()) return -1;
  for (std::size_t i = 0; i < n; ++i)
    if (exact_equal(Term::from_raw(ks[i]), key)) return static_cast<long>(i);
  return -1;
}

// --- the HAMT ----------------------------------------------------------------------

struct Node {
  Term t;
  Word info() const { return t.boxed_ptr()[1]; }
  std::uint32_t bitmap() const { return static_cast<std::uint32_t>(info() & 0xFFFF); }
  bool collision() const { return (info() & kCollisionFlag) != 0; }
  std::size_t size() const { return static_cast<std::size_t>(info() >> kSizeShift); }
  std::size_t count() const { return Term::header_arity(t.boxed_ptr()[0]) - 1; }
  Term child(std::size_t i) const { return Term::from_raw(t.boxed_ptr()[2 + i]); }
};

Term make_node(Heap& h, Word bitmap_and_flags, std::size_t size, const std::vector<Term>& children) {
  Word* p = h.alloc(2 + children.size());
  p[0] = Term::make_header(Subtag::MAP_HAMT, 1 + children.size());
  p[1] = bitmap_and_flags | (static_cast<Word>(size) << kSizeShift);
  for (std::size_t i = 0; i < children.size(); ++i) p[2 + i] = children[i].raw();
  return Term::boxed(p);
}

// The key's hash, computed a 32-bit word at a time as levels need it.
class KeyHash {
 public:
  explicit KeyHash(Term key) : key_(key) {}
  unsigned slot(int level) {
    int word = level / 8;
    if (word != word_) {
      hash_ = internal_hash(key_, static_cast<std::uint32_t>(word));
      word_ = word;
    }
    return (hash_ >> (4 * (level % 8))) & 0xF;
  }

 private:
  Term key_;
  int word_ = -1;
  std::uint32_t hash_ = 0;
};

std::vector<Term> children_of(Node n) {
  std::vector<Term> c(n.count());
  for (std::size_t i = 0; i < c.size(); ++i) c[i] = n.child(i);
  return c;
}

// A node holding two leaves whose keys first differ at `level` or deeper.
Term join_leaves(Heap& h, Term a, KeyHash& ha, Term b, KeyHash& hb, int level) {
  if (level >= kMaxLevels) return make_node(h, kCollisionFlag, 2, {a, b});
  unsigned sa = ha.slot(level), sb = hb.slot(level);
  if (sa == sb) {
    Term inner = join_leaves(h, a, ha, b, hb, level + 1);
    return make_node(h, Word{1} << sa, 2, {inner});
  }
  if (sa < sb) return make_node(h, (Word{1} << sa) | (Word{1} << sb), 2, {a, b});
  return make_node(h, (Word{1} << sa) | (Word{1} << sb), 2, {b, a});
}

// Inserts (or, with `update_only`, replaces) key => value below `node`.
// Sets *added when the key is new. Returns none when `update_only` and the
// key is absent.
Term hamt_put(Heap& h, Term node_t, Term key, KeyHash& kh, Term value, int level, bool update_only,
              bool* added) {
  Node node{node_t};
  if (node.collision()) {
    std::vector<Term> c = children_of(node);
    for (auto& leaf : c) {
      if (exact_equal(leaf.head(), key)) {
        if (leaf.tail().raw() == value.raw()) return node_t;
        leaf = make_cons(h, key, value);
        return make_node(h, kCollisionFlag, node.size(), c);
      }
    }
    if (update_only) return Term::none();
    c.push_back(make_cons(h, key, value));
    *added = true;
    return make_node(h, kCollisionFlag, node.size() + 1, c);
  }
  unsigned s = kh.slot(level);
  std::uint32_t bit = 1u << s;
  std::uint32_t bm = node.bitmap();
  auto pos = static_cast<std::size_t>(std::popcount(bm & (bit - 1)));
  std::vector<Term> c = children_of(node);
  if (!(bm & bit)) {
    if (update_only) return Term::none();
    c.insert(c.begin() + static_cast<long>(pos), make_cons(h, key, value));
    *added = true;
    return make_node(h, bm | bit, node.size() + 1, c);
  }
  Term child = c[pos];
  if (child.is_cons()) {
    if (child.head().raw() == key.raw() || exact_equal(child.head(), key)) {
      if (child.tail().raw() == value.raw()) return node_t;
      c[pos] = make_cons(h, key, value);
      return make_node(h, bm, node.size(), c);
    }
    if (update_only) return Term::none();
    KeyHash other(child.head());
    c[pos] = join_leaves(h, child, other, make_cons(h, key, value), kh, level + 1);
    *added = true;
    return make_node(h, bm, node.size() + 1, c);
  }
  Term sub = hamt_put(h, child, key, kh, value, level + 1, update_only, added);
  if (sub.is_none()) return sub;
  if (sub.raw() == child.raw()) return node_t;
  c[pos] = sub;
  return make_node(h, bm, node.size() + (*added ? 1 : 0), c);
}

// Removes `key` below `node`. Returns the node unchanged when absent, none
// when the node becomes empty, or a lone leaf when only one is left below a
// nested node (which the parent then holds directly).
Term hamt_remove(Heap& h, Term node_t, Term key, KeyHash& kh, int level, bool* removed) {
  Node node{node_t};
  std::vector<Term> c = children_of(node);
  if (node.collision()) {
    for (std::size_t i = 0; i < c.size(); ++i) {
      if (exact_equal(c[i].head(), key)) {
        *removed = true;
        c.erase(c.begin() + static_cast<long>(i));
        if (c.size() == 1) return c[0];
        return make_node(h, kCollisionFlag, node.size() - 1, c);
      }
    }
    return node_t;
  }
  unsigned s = kh.slot(level);
  std::uint32_t bit = 1u << s;
  std::uint32_t bm = node.bitmap();
  if (!(bm & bit)) return node_t;
  auto pos = static_cast<std::size_t>(std::popcount(bm & (bit - 1)));
  Term child = c[pos];
  Term replacement;
  if (child.is_cons()) {
    if (!exact_equal(child.head(), key)) return node_t;
    replacement = Term::none();
  } else {
    replacement = hamt_remove(h, child, key, kh, level + 1, removed);
    if (replacement.raw() == child.raw()) return node_t;
  }
  *removed = true;
  if (replacement.is_none()) {
    c.erase(c.begin() + static_cast<long>(pos));
    bm &= ~bit;
    if (c.empty()) return Term::none();
  } else {
    c[pos] = replacement;
  }
  // A nested node left with a single leaf collapses into it.
  if (level > 0 && c.size() == 1 && c[0].is_cons()) return c[0];
  return make_node(h, bm, node.size() - 1, c);
}

Term hamt_get(Term node_t, Term key) {
  KeyHash kh(key);
  for (int level = 0;; ++level) {
    Node node{node_t};
    if (node.collision()) {
      for (std::size_t i = 0; i < node.count(); ++i)
        if (exact_equal(node.child(i).head(), key)) return node.child(i).tail();
      return Term::none();
    }
    std::uint32_t bit = 1u << kh.slot(level);
    std::uint32_t bm = node.bitmap();
    if (!(bm & bit)) return Term::none();
    Term child = node.child(static_cast<std::size_t>(std::popcount(bm & (bit - 1))));
    if (child.is_cons()) {
      Term k = child.head();
      return k.raw() == key.raw() || exact_equal(k, key) ? child.tail() : Term::none();
    }
    node_t = child;
  }
}

// Iteration order: OTP 25 lists a HAMT's pairs from the highest slot to the
// lowest at every level.
void hamt_collect(Term root, MapItems& out) {
  std::vector<Term> stack{root};
  while (!stack.empty()) {
    Term t = stack.back();
    stack.pop_back();
    if (t.is_cons()) {
      out.emplace_back(t.head(), t.tail());
      continue;
    }
    Node node{t};
    if (node.collision()) {
      for (std::size_t i = node.count(); i-- > 0;) stack.push_back(node.child(i));
    } else {
      for (std::size_t i = 0; i < node.count(); ++i) stack.push_back(node.child(i));
    }
  }
}

Term hamt_from_items(Heap& h, const MapItems& items) {
  Term root = make_node(h, 0, 0, {});
  for (const auto& [k, v] : items) {
    KeyHash kh(k);
    bool added = false;
    root = hamt_put(h, root, k, kh, v, 0, false, &added);
  }
  return root;
}

void sort_items(MapItems& items) {
  std::sort(items.begin(), items.end(), [](const auto& a, const auto& b) { return compare_keys(a.first, b.first) < 0; });
}

}  // namespace

std::size_t map_size(Term m) {
  if (m.subtag() == Subtag::MAP_FLAT) return flat_size(m);
  return Node{m}.size();
}

Term map_get(Term m, Term key) {
  if (m.subtag() == Subtag::MAP_FLAT) {
    long i = flat_find(m, key);
    return i < 0 ? Term::none() : Term::from_raw(flat_values(m)[i]);
  }
  return hamt_get(m, key);
}

Term map_empty(Heap& h) { return make_flat(h, {}); }

Term map_put(Heap& h, Term m, Term key, Term value) {
  if (m.subtag() == Subtag::MAP_FLAT) {
    std::size_t n = flat_size(m);
    long i = flat_find(m, key);
    if (i >= 0) {
      if (flat_values(m)[i] == value.raw()) return m;
      Word* p = h.alloc(2 + 2 * n);
      std::memcpy(p, m.boxed_ptr(), (2 + 2 * n) * sizeof(Word));
      p[2 + n + static_cast<std::size_t>(i)] = value.raw();
      return Term::boxed(p);
    }
    if (n < kMapFlatMax) {
      const Word* ks = flat_keys(m);
      const Word* vs = flat_values(m);
      std::size_t at = 0;
      while (at < n && compare_keys(Term::from_raw(ks[at]), key) < 0) ++at;
      Word* p = h.alloc(2 + 2 * (n + 1));
      p[0] = Term::make_header(Subtag::MAP_FLAT, 1 + 2 * (n + 1));
      p[1] = n + 1;
      Word* nk = p + 2;
      Word* nv = p + 2 + n + 1;
      for (std::size_t j = 0, o = 0; j <= n; ++j) {
        if (j == at) {
          nk[j] = key.raw();
          nv[j] = value.raw();
        } else {
          nk[j] = ks[o];
          nv[j] = vs[o];
          ++o;
        }
      }
      return Term::boxed(p);
    }
    MapItems items = map_items(m);
    items.emplace_back(key, value);
    return hamt_from_items(h, items);
  }
  KeyHash kh(key);
  bool added = false;
  return hamt_put(h, m, key, kh, value, 0, false, &added);
}

Term map_update(Heap& h, Term m, Term key, Term value) {
  if (m.subtag() == Subtag::MAP_FLAT) {
    if (flat_find(m, key) < 0) return Term::none();
    return map_put(h, m, key, value);
  }
  KeyHash kh(key);
  bool added = false;
  return hamt_put(h, m, key, kh, value, 0, true, &added);
}

Term map_remove(Heap& h, Term m, Term key) {
  if (m.subtag() == Subtag::MAP_FLAT) {
    long i = flat_find(m, key);
    if (i < 0) return m;
    std::size_t n = flat_size(m);
    Word* p = h.alloc(2 + 2 * (n - 1));
    p[0] = Term::make_header(Subtag::MAP_FLAT, 1 + 2 * (n - 1));
    p[1] = n - 1;
    const Word* ks = flat_keys(m);
    const Word* vs = flat_values(m);
    for (std::size_t j = 0, o = 0; j < n; ++j) {
      if (static_cast<long>(j) == i) continue;
      p[2 + o] = ks[j];
      p[2 + (n - 1) + o] = vs[j];
      ++o;
    }
    return Term::boxed(p);
  }
  KeyHash kh(key);
  bool removed = false;
  Term r = hamt_remove(h, m, key, kh, 0, &removed);
  if (!removed) return m;
  if (r.is_none()) return map_empty(h);
  if (r.is_cons()) r = make_node(h, Word{1} << kh.slot(0), 1, {r});  // cannot happen at the root; kept total
  if (Node{r}.size() <= kMapFlatMax) {
    MapItems items = map_items(r);
    sort_items(items);
    return make_flat(h, items);
  }
  return r;
}

Term map_from_items(Heap& h, MapItems items) {
  // Later pairs win: keep the last of each key (stable sort, then dedupe
  // keeping the last of each run).
  std::stable_sort(items.begin(), items.end(),
                   [](const auto& a, const auto& b) { return compare_keys(a.first, b.first) < 0; });
  MapItems unique;
  unique.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i + 1 < items.size() && compare_keys(items[i].first, items[i + 1].first) == 0) continue;
    unique.push_back(items[i]);
  }
  if (unique.size() <= kMapFlatMax) return make_flat(h, unique);
  return hamt_from_items(h, unique);
}

MapItems map_items(Term m) {
  MapItems out;
  if (m.subtag() == Subtag::MAP_FLAT) {
    std::size_t n = flat_size(m);
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i)
      out.emplace_back(Term::from_raw(flat_keys(m)[i]), Term::from_raw(flat_values(m)[i]));
    return out;
  }
  out.reserve(Node{m}.size());
  hamt_collect(m, out);
  return out;
}

namespace {
Term walk_emit(Heap& h, Term key, Term value, int what) {
  return what == 0 ? key : what == 1 ? value : make_tuple(h, {key, value});
}
}  // namespace

// The walk visits the items in the reverse of map_items order and prepends
// each, so the list comes out in map_items order: a node's children are
// taken first to last (hamt_collect takes them last to first), a collision
// node's last to first, and a subtree small enough is collected at once and
// prepended from its end.
Term map_walk_step(Heap& h, Term stack, Term* acc, std::size_t* budget, int what) {
  while (stack.is_cons() && *budget > 0) {
    Term t = stack.head();
    stack = stack.tail();
    if (t.is_cons()) {  // a leaf of the HAMT: (key . value)
      *acc = make_cons(h, walk_emit(h, t.head(), t.tail(), what), *acc);
      --*budget;
      continue;
    }
    if (t.subtag() == Subtag::MAP_FLAT || Node{t}.size() <= *budget) {
      MapItems items = map_items(t);
      for (auto it = items.rbegin(); it != items.rend(); ++it)
        *acc = make_cons(h, walk_emit(h, it->first, it->second, what), *acc);
      *budget -= std::min(*budget, items.size());
      continue;
    }
    Node node{t};
    if (node.collision()) {
      for (std::size_t i = 0; i < node.count(); ++i) stack = make_cons(h, node.child(i), stack);
    } else {
      for (std::size_t i = node.count(); i-- > 0;) stack = make_cons(h, node.child(i), stack);
    }
  }
  return stack;
}

MapItems map_items_sorted(Term m) {
  MapItems items = map_items(m);
  if (m.subtag() != Subtag::MAP_FLAT) sort_items(items);
  return items;
}

}  // namespace vial

// --- struct modules ---------------------------------------------------------------------

namespace vial {
namespace {

struct StructTable {
  std::mutex lock;
  Heap heap;
  std::unordered_map<Word, Term> defaults;
  std::unordered_map<Word, Term> enforced;
  std::unordered_map<Word, Term> order;
};

StructTable& struct_table() {
  static StructTable* table = new StructTable();  // lives as long as the VM
  return *table;
}

}  // namespace

void register_struct(Term module, Term defaults, Term enforced, Term fields) {
  StructTable& t = struct_table();
  std::lock_guard<std::mutex> guard(t.lock);
  t.defaults[module.raw()] = copy_term(t.heap, defaults);
  t.enforced[module.raw()] = copy_term(t.heap, enforced);
  t.order[module.raw()] = fields.is_none() ? fields : copy_term(t.heap, fields);
}

Term struct_field_order(Term module) {
  StructTable& t = struct_table();
  std::lock_guard<std::mutex> guard(t.lock);
  auto it = t.order.find(module.raw());
  return it == t.order.end() ? Term::none() : it->second;
}

Term struct_enforced_keys(Term module) {
  StructTable& t = struct_table();
  std::lock_guard<std::mutex> guard(t.lock);
  auto it = t.enforced.find(module.raw());
  return it == t.enforced.end() ? Term::nil() : it->second;
}

Term struct_defaults(Term module) {
  StructTable& t = struct_table();
  std::lock_guard<std::mutex> guard(t.lock);
  auto it = t.defaults.find(module.raw());
  return it == t.defaults.end() ? Term::none() : it->second;
}

}  // namespace vial
