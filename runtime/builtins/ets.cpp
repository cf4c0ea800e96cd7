// :ets, as OTP 25 behaves (docs/ets.md): tables of tuples shared between
// processes, owned by the process that made them and deleted when it ends
// (or handed to its heir). Objects live off every process heap, each copied
// into a Heap of its own when inserted and copied out onto the caller's heap
// when read, as messages are (vm/copy.h). Every table has a mutex; the
// registry of tables (by reference number and by name) has one too.
//
// All four types keep their keys in a std::map: ordered_set compares keys
// with == (term order, 1 == 1.0), the others exactly (1 and 1.0 are two
// keys). set and bag tables thus iterate in exact term order of their keys,
// one of the orders BEAM's hash tables may have (theirs is unspecified).
// The functions that take funs (foldl/foldr) are Elixir (stdlib/erlang_ets.ex).
#include <algorithm>
#include <map>
#include <memory>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "runtime/builtins/builtins.h"
#include "runtime/builtins/stored_term.h"
#include "runtime/scheduler.h"
#include "vm/compare.h"
#include "vm/copy.h"
#include "vm/mailbox.h"
#include "vm/map.h"
#include "vm/number.h"

namespace vial {

namespace {

Term none_atom() { return intern_atom("none"); }

constexpr const char* kNoTable = "the table identifier does not refer to an existing ETS table";
constexpr const char* kNoAccess = "the table identifier refers to an ETS table with insufficient access rights";
constexpr const char* kNoKey = "not a key that exists in the table";
constexpr const char* kWrongType = "the table identifier refers to an ETS table of a type not supported by this operation";
constexpr const char* kNotTableId = "not an atom or a table identifier";
constexpr const char* kBadMatchSpec = "not a valid match specification";

// The objects under one key (one for set and ordered_set), in insertion
// order, and the key, stored apart so that it outlives any one object.
struct Bucket {
  Stored key;
  std::vector<Stored> objects;
};

enum class Type : std::uint8_t { kSet, kOrderedSet, kBag, kDuplicateBag };
enum class Access : std::uint8_t { kPublic, kProtected, kPrivate };

struct Table {
  std::mutex m;
  std::uint64_t ref = 0;
  Term name = Term::nil();  // an atom
  bool named = false;
  Type type = Type::kSet;
  Access access = Access::kProtected;
  std::size_t keypos = 1;
  Term owner = Term::nil();
  Term heir = none_atom();  // a pid, or none
  Stored heir_data;
  bool read_concurrency = false;
  bool write_concurrency = false;
  bool decentralized_counters = false;
  bool compressed = false;
  bool deleted = false;
  std::map<Term, std::unique_ptr<Bucket>, KeyLess> items;
  std::size_t size = 0;

  explicit Table(Type t) : type(t), items(KeyLess{t != Type::kOrderedSet}) {}
  bool is_set() const { return type == Type::kSet || type == Type::kOrderedSet; }
};

using TablePtr = std::shared_ptr<Table>;

// The registry. Never destroyed: tables still alive when the program ends
// stay reachable (no static destruction order to worry about).
struct Registry {
  std::mutex m;
  std::unordered_map<std::uint64_t, TablePtr> by_ref;
  std::unordered_map<Word, TablePtr> by_name;  // atom's raw word
  std::unordered_multimap<Word, std::uint64_t> owned;  // owner pid's raw word -> ref
};
Registry& registry() {
  static Registry* r = new Registry;
  return *r;
}

TablePtr find_table(Term id) {
  Registry& r = registry();
  std::lock_guard<std::mutex> lock(r.m);
  if (id.is_ref()) {
    auto it = r.by_ref.find(ref_number(id));
    return it == r.by_ref.end() ? nullptr : it->second;
  }
  if (id.is_atom()) {
    auto it = r.by_name.find(id.raw());
    return it == r.by_name.end() ? nullptr : it->second;
  }
  return nullptr;
}

// Removes a table from the registry (the caller holds the table's lock).
void unregister_table(Table& t) {
  Registry& r = registry();
  std::lock_guard<std::mutex> lock(r.m);
  r.by_ref.erase(t.ref);
  if (t.named) {
    auto it = r.by_name.find(t.name.raw());
    if (it != r.by_name.end() && it->second.get() == &t) r.by_name.erase(it);
  }
  auto range = r.owned.equal_range(t.owner.raw());
  for (auto it = range.first; it != range.second; ++it) {
    if (it->second == t.ref) {
      r.owned.erase(it);
      break;
    }
  }
}

void set_owner(Table& t, Term pid) {
  Registry& r = registry();
  std::lock_guard<std::mutex> lock(r.m);
  auto range = r.owned.equal_range(t.owner.raw());
  for (auto it = range.first; it != range.second; ++it) {
    if (it->second == t.ref) {
      r.owned.erase(it);
      break;
    }
  }
  t.owner = pid;
  r.owned.emplace(pid.raw(), t.ref);
}

enum class Need { kRead, kWrite, kInfo };

// The table `id` names, locked, if the caller may use it so; otherwise
// raises badarg (argument 1) and returns an empty lock.
struct Locked {
  TablePtr table;
  std::unique_lock<std::mutex> lock;
  Table* operator->() const { return table.get(); }
  Table& operator*() const { return *table; }
  explicit operator bool() const { return table != nullptr; }
};

Locked open(NativeCall& c, Term id, Need need) {
  Locked l;
  if (!id.is_atom() && !id.is_ref()) {
    c.badarg(1, kNotTableId);
    return l;
  }
  TablePtr t = find_table(id);
  if (!t) {
    c.badarg(1, kNoTable);
    return l;
  }
  std::unique_lock<std::mutex> lock(t->m);
  if (t->deleted) {
    c.badarg(1, kNoTable);
    return l;
  }
  bool owner = t->owner == c.process.pid;
  if (!owner && need != Need::kInfo &&
      (t->access == Access::kPrivate || (t->access == Access::kProtected && need == Need::kWrite))) {
    c.badarg(1, kNoAccess);
    return l;
  }
  l.table = std::move(t);
  l.lock = std::move(lock);
  return l;
}

// The table's id as the program sees it: its name if named, else its reference.
Term table_id(Heap& h, const Table& t) { return t.named ? t.name : make_ref(h, t.ref); }

Term key_of(const Table& t, Term object) { return object.element(t.keypos - 1); }

// Why `object` cannot go into `t` (nullptr if it can).
const char* bad_object(const Table& t, Term object) {
  if (!object.is_tuple()) return "not a tuple";
  if (object.tuple_arity() == 0) return "is an empty tuple";
  if (object.tuple_arity() < t.keypos) return "";  // BEAM gives no reason
  return nullptr;
}

void put_object(Table& t, Term object) {
  Term key = key_of(t, object);
  auto it = t.items.find(key);
  if (it == t.items.end()) {
    auto b = std::make_unique<Bucket>();
    b->key.set(key);
    b->objects.emplace_back(object);
    Term k = b->key.term;
    t.items.emplace(k, std::move(b));
    ++t.size;
    return;
  }
  Bucket& b = *it->second;
  if (t.is_set()) {
    if (!exact_equal(b.key.term, key)) {  // ordered_set: 1.0 replaces 1, key and all
      t.items.erase(it);
      --t.size;
      put_object(t, object);
      return;
    }
    b.objects.front().set(object);
    return;
  }
  if (t.type == Type::kBag) {
    for (const Stored& s : b.objects)
      if (exact_equal(s.term, object)) return;
  }
  b.objects.emplace_back(object);
  ++t.size;
}

void erase_key(Table& t, std::map<Term, std::unique_ptr<Bucket>, KeyLess>::iterator it) {
  t.size -= it->second->objects.size();
  t.items.erase(it);
}

// The items of a list (or the one object), or false for an improper list.
bool object_list(Term arg, std::vector<Term>* out) {
  if (arg.is_tuple()) {
    out->push_back(arg);
    return true;
  }
  Term l = arg;
  for (; l.is_cons(); l = l.tail()) out->push_back(l.head());
  return l.is_nil();
}

// --- new, delete, info ----------------------------------------------------

// ets:new/2
Term ets_new(NativeCall& c, const Term* a) {
  if (!a[0].is_atom()) return c.badarg(1, "not an atom");
  Type type = Type::kSet;
  Access access = Access::kProtected;
  bool named = false, rc = false, wc = false, dc = false, compressed = false;
  std::size_t keypos = 1;
  Term heir = none_atom(), heir_data = Term::nil();
  Term l = a[1];
  auto is = [](Term t, const char* name) { return t.is_atom() && atom_text(t) == name; };
  auto is_bool = [](Term t) { return t == atoms::true_ || t == atoms::false_; };
  for (; l.is_cons(); l = l.tail()) {
    Term o = l.head();
    if (is(o, "set")) type = Type::kSet;
    else if (is(o, "ordered_set")) type = Type::kOrderedSet;
    else if (is(o, "bag")) type = Type::kBag;
    else if (is(o, "duplicate_bag")) type = Type::kDuplicateBag;
    else if (is(o, "public")) access = Access::kPublic;
    else if (is(o, "protected")) access = Access::kProtected;
    else if (is(o, "private")) access = Access::kPrivate;
    else if (is(o, "named_table")) named = true;
    else if (is(o, "compressed")) compressed = true;
    else if (o.is_tuple() && o.tuple_arity() == 2 && is(o.element(0), "keypos") && o.element(1).is_small() &&
             o.element(1).small_value() >= 1)
      keypos = static_cast<std::size_t>(o.element(1).small_value());
    else if (o.is_tuple() && o.tuple_arity() == 2 && is(o.element(0), "read_concurrency") && is_bool(o.element(1)))
      rc = o.element(1) == atoms::true_;
    else if (o.is_tuple() && o.tuple_arity() == 2 && is(o.element(0), "write_concurrency") &&
             (is_bool(o.element(1)) || is(o.element(1), "auto")))
      wc = o.element(1) != atoms::false_;
    else if (o.is_tuple() && o.tuple_arity() == 2 && is(o.element(0), "decentralized_counters") &&
             is_bool(o.element(1)))
      dc = o.element(1) == atoms::true_;
    else if (o.is_tuple() && o.tuple_arity() == 2 && is(o.element(0), "heir") && o.element(1) == none_atom())
      heir = none_atom();
    else if (o.is_tuple() && o.tuple_arity() == 3 && is(o.element(0), "heir") && o.element(1).is_pid())
      heir = o.element(1), heir_data = o.element(2);
    else
      return c.badarg(2, "invalid options");
  }
  if (!l.is_nil()) return c.badarg(2, "invalid options");
  auto t = std::make_shared<Table>(type);
  t->ref = new_ref_number();
  t->name = a[0];
  t->named = named;
  t->access = access;
  t->keypos = keypos;
  t->owner = c.process.pid;
  t->heir = heir;
  t->heir_data.set(heir_data);
  t->read_concurrency = rc;
  t->write_concurrency = wc;
  t->decentralized_counters = dc;
  t->compressed = compressed;
  {
    Registry& r = registry();
    std::lock_guard<std::mutex> lock(r.m);
    if (named) {
      if (r.by_name.count(a[0].raw())) return c.badarg(1, "table name already exists");
      r.by_name.emplace(a[0].raw(), t);
    }
    r.by_ref.emplace(t->ref, t);
    r.owned.emplace(c.process.pid.raw(), t->ref);
  }
  return table_id(c.heap(), *t);
}

void drop_table(Table& t) {
  t.deleted = true;
  unregister_table(t);
  t.items.clear();
  t.size = 0;
}

// ets:delete/1
Term ets_delete1(NativeCall& c, const Term* a) {
  Locked t = open(c, a[0], Need::kWrite);
  if (!t) return Term::none();
  drop_table(*t.table);
  return atoms::true_;
}

Term type_atom(Type t) {
  switch (t) {
    case Type::kSet: return intern_atom("set");
    case Type::kOrderedSet: return intern_atom("ordered_set");
    case Type::kBag: return intern_atom("bag");
    case Type::kDuplicateBag: return intern_atom("duplicate_bag");
  }
  return atoms::undefined;
}

Term access_atom(Access a) {
  return intern_atom(a == Access::kPublic ? "public" : a == Access::kProtected ? "protected" : "private");
}

// Words the table takes, as BEAM counts ets:info(T, memory) roughly: a
// header and each object's words.
std::size_t memory_words(const Table& t) {
  std::size_t words = 300;
  for (const auto& [k, b] : t.items) {
    for (const Stored& s : b->objects) {
      std::uint32_t off = 0;
      words += 4 + copy_size(s.term, &off);
    }
  }
  return words;
}

const char* const kInfoItems[] = {"id", "decentralized_counters", "read_concurrency", "write_concurrency",
                                  "compressed", "memory", "owner", "heir", "name", "size", "node",
                                  "named_table", "type", "keypos", "protection"};

Term info_item(Heap& h, const Table& t, std::string_view item) {
  if (item == "id") return make_ref(h, t.ref);
  if (item == "decentralized_counters") return make_bool(t.decentralized_counters);
  if (item == "read_concurrency") return make_bool(t.read_concurrency);
  if (item == "write_concurrency") return make_bool(t.write_concurrency);
  if (item == "compressed") return make_bool(t.compressed);
  if (item == "memory") return make_integer(h, static_cast<std::int64_t>(memory_words(t)));
  if (item == "owner") return t.owner;
  if (item == "heir") return t.heir;
  if (item == "name") return t.name;
  if (item == "size") return make_integer(h, static_cast<std::int64_t>(t.size));
  if (item == "node") return intern_atom("nonode@nohost");
  if (item == "named_table") return make_bool(t.named);
  if (item == "type") return type_atom(t.type);
  if (item == "keypos") return Term::small(static_cast<std::int64_t>(t.keypos));
  if (item == "protection") return access_atom(t.access);
  if (item == "fixed" || item == "safe_fixed" || item == "safe_fixed_monotonic_time") return atoms::false_;
  return Term::none();
}

// ets:info/1
Term ets_info1(NativeCall& c, const Term* a) {
  if (!a[0].is_ref() && !a[0].is_atom()) return c.badarg(1, kNotTableId);
  TablePtr t = find_table(a[0]);
  if (!t) return atoms::undefined;
  std::lock_guard<std::mutex> lock(t->m);
  if (t->deleted) return atoms::undefined;
  std::vector<Term> items;
  for (const char* name : kInfoItems)
    items.push_back(make_tuple(c.heap(), {intern_atom(name), info_item(c.heap(), *t, name)}));
  return make_list(c.heap(), items);
}

// ets:info/2
Term ets_info2(NativeCall& c, const Term* a) {
  if (!a[0].is_ref() && !a[0].is_atom()) return c.badarg(1, kNotTableId);
  if (!a[1].is_atom()) return c.badarg(2, "not a valid info item");
  TablePtr t = find_table(a[0]);
  if (!t) return atoms::undefined;
  std::lock_guard<std::mutex> lock(t->m);
  if (t->deleted) return atoms::undefined;
  Term v = info_item(c.heap(), *t, atom_text(a[1]));
  if (v.is_none()) return c.badarg(2, "not a valid info item");
  return v;
}

// ets:whereis/1
Term ets_whereis(NativeCall& c, const Term* a) {
  if (!a[0].is_atom()) return c.badarg(1, "not an atom");
  Registry& r = registry();
  std::lock_guard<std::mutex> lock(r.m);
  auto it = r.by_name.find(a[0].raw());
  if (it == r.by_name.end()) return atoms::undefined;
  return make_ref(c.heap(), it->second->ref);
}

// ets:all/0
Term ets_all(NativeCall& c, const Term*) {
  std::vector<TablePtr> tables;
  {
    Registry& r = registry();
    std::lock_guard<std::mutex> lock(r.m);
    for (const auto& [ref, t] : r.by_ref) tables.push_back(t);
  }
  std::sort(tables.begin(), tables.end(), [](const TablePtr& x, const TablePtr& y) { return x->ref < y->ref; });
  std::vector<Term> ids;
  for (const TablePtr& t : tables) ids.push_back(table_id(c.heap(), *t));
  return make_list(c.heap(), ids);
}

// ets:rename/2
Term ets_rename(NativeCall& c, const Term* a) {
  if (!a[1].is_atom()) return c.badarg(2, "not an atom");
  Locked t = open(c, a[0], Need::kWrite);
  if (!t) return Term::none();
  if (!t->named) {
    t->name = a[1];
    return a[1];
  }
  Registry& r = registry();
  std::lock_guard<std::mutex> lock(r.m);
  if (r.by_name.count(a[1].raw())) return c.badarg(2, "table name already exists");
  r.by_name.erase(t->name.raw());
  r.by_name.emplace(a[1].raw(), t.table);
  t->name = a[1];
  return a[1];
}

// ets:give_away/3
Term ets_give_away(NativeCall& c, const Term* a) {
  if (!a[1].is_pid()) return c.badarg(2, "not a pid");
  Locked t = open(c, a[0], Need::kInfo);
  if (!t) return Term::none();
  if (t->owner != c.process.pid) return c.badarg(1, "the current process is not the owner");
  if (a[1] == c.process.pid) return c.badarg(2, "the process is already the owner of the table");
  if (!process_alive(a[1])) return c.badarg(2, "not a living local process");
  Term id = table_id(c.heap(), *t);
  set_owner(*t.table, a[1]);
  Term msg = make_tuple(c.heap(), {intern_atom("ETS-TRANSFER"), id, c.process.pid, a[2]});
  t.lock.unlock();
  send_message(c.process, a[1], msg);
  return atoms::true_;
}

// ets:setopts/2: only {heir, ...}.
Term ets_setopts(NativeCall& c, const Term* a) {
  Locked t = open(c, a[0], Need::kInfo);
  if (!t) return Term::none();
  if (t->owner != c.process.pid) return c.badarg(1, "the current process is not the owner");
  std::vector<Term> opts;
  if (!object_list(a[1], &opts)) return c.badarg(2, "invalid options");
  for (Term o : opts) {
    if (o.is_tuple() && o.tuple_arity() == 2 && o.element(0) == intern_atom("heir") && o.element(1) == none_atom()) {
      t->heir = none_atom();
    } else if (o.is_tuple() && o.tuple_arity() == 3 && o.element(0) == intern_atom("heir") && o.element(1).is_pid()) {
      t->heir = o.element(1);
      t->heir_data.set(o.element(2));
    } else {
      return c.badarg(2, "invalid options");
    }
  }
  return atoms::true_;
}

// When a process ends: its tables go to their heirs, or are deleted.
void on_process_end(Term pid) {
  std::vector<TablePtr> tables;
  {
    Registry& r = registry();
    std::lock_guard<std::mutex> lock(r.m);
    auto range = r.owned.equal_range(pid.raw());
    for (auto it = range.first; it != range.second; ++it) {
      auto t = r.by_ref.find(it->second);
      if (t != r.by_ref.end()) tables.push_back(t->second);
    }
  }
  for (const TablePtr& t : tables) {
    std::lock_guard<std::mutex> lock(t->m);
    if (t->deleted || t->owner != pid) continue;
    if (t->heir.is_pid() && t->heir != pid && process_alive(t->heir)) {
      Term heir = t->heir;
      set_owner(*t, heir);
      Heap scratch(16);
      Term msg = make_tuple(scratch, {intern_atom("ETS-TRANSFER"), table_id(scratch, *t), pid, t->heir_data.term});
      deliver(heir, make_signal(SignalKind::kMessage, pid, msg));
      continue;
    }
    drop_table(*t);
  }
}

// --- insert, lookup, delete -----------------------------------------------

Term insert(NativeCall& c, const Term* a, bool only_new) {
  Locked t = open(c, a[0], Need::kWrite);
  if (!t) return Term::none();
  std::vector<Term> objects;
  if (a[1].is_tuple()) {
    if (const char* why = bad_object(*t, a[1])) return *why ? c.badarg(2, why) : c.error(atoms::badarg);
    objects.push_back(a[1]);
  } else if (a[1].is_list()) {
    if (!object_list(a[1], &objects)) return c.badarg(2, "not a non-empty tuple or a list of non-empty tuples");
    for (Term o : objects)
      if (bad_object(*t, o)) return c.badarg(2, "not a non-empty tuple or a list of non-empty tuples");
  } else {
    return c.badarg(2, "not a tuple");
  }
  if (only_new) {
    for (Term o : objects)
      if (t->items.count(key_of(*t, o))) return atoms::false_;
  }
  for (Term o : objects) put_object(*t.table, o);
  c.charge(static_cast<int>(objects.size() / 8));
  return atoms::true_;
}

// ets:insert/2, insert_new/2
Term ets_insert(NativeCall& c, const Term* a) { return insert(c, a, false); }
Term ets_insert_new(NativeCall& c, const Term* a) { return insert(c, a, true); }

// ets:lookup/2
Term ets_lookup(NativeCall& c, const Term* a) {
  Locked t = open(c, a[0], Need::kRead);
  if (!t) return Term::none();
  auto it = t->items.find(a[1]);
  if (it == t->items.end()) return Term::nil();
  std::vector<Term> out;
  for (const Stored& s : it->second->objects) out.push_back(copy_term(c.heap(), s.term));
  return make_list(c.heap(), out);
}

// ets:member/2
Term ets_member(NativeCall& c, const Term* a) {
  Locked t = open(c, a[0], Need::kRead);
  if (!t) return Term::none();
  return make_bool(t->items.count(a[1]) > 0);
}

// ets:lookup_element/3
Term ets_lookup_element(NativeCall& c, const Term* a) {
  if (!a[2].is_small() || a[2].small_value() < 1) return c.badarg(3, "not a valid position");
  Locked t = open(c, a[0], Need::kRead);
  if (!t) return Term::none();
  auto it = t->items.find(a[1]);
  if (it == t->items.end()) return c.badarg(2, kNoKey);
  auto pos = static_cast<std::size_t>(a[2].small_value());
  std::vector<Term> out;
  for (const Stored& s : it->second->objects) {
    if (s.term.tuple_arity() < pos) return c.badarg(3, "position is greater than the size of the object");
    out.push_back(copy_term(c.heap(), s.term.element(pos - 1)));
  }
  if (t->is_set()) return out.front();
  return make_list(c.heap(), out);
}

// ets:take/2
Term ets_take(NativeCall& c, const Term* a) {
  Locked t = open(c, a[0], Need::kWrite);
  if (!t) return Term::none();
  auto it = t->items.find(a[1]);
  if (it == t->items.end()) return Term::nil();
  std::vector<Term> out;
  for (const Stored& s : it->second->objects) out.push_back(copy_term(c.heap(), s.term));
  erase_key(*t.table, it);
  return make_list(c.heap(), out);
}

// ets:delete/2
Term ets_delete2(NativeCall& c, const Term* a) {
  Locked t = open(c, a[0], Need::kWrite);
  if (!t) return Term::none();
  auto it = t->items.find(a[1]);
  if (it != t->items.end()) erase_key(*t.table, it);
  return atoms::true_;
}

// ets:delete_object/2
Term ets_delete_object(NativeCall& c, const Term* a) {
  Locked t = open(c, a[0], Need::kWrite);
  if (!t) return Term::none();
  if (const char* why = bad_object(*t, a[1])) return *why ? c.badarg(2, why) : c.error(atoms::badarg);
  auto it = t->items.find(key_of(*t, a[1]));
  if (it == t->items.end()) return atoms::true_;
  auto& objs = it->second->objects;
  std::size_t before = objs.size();
  objs.erase(std::remove_if(objs.begin(), objs.end(), [&](const Stored& s) { return exact_equal(s.term, a[1]); }),
             objs.end());
  t->size -= before - objs.size();
  if (objs.empty()) t->items.erase(it);
  return atoms::true_;
}

// ets:delete_all_objects/1
Term ets_delete_all_objects(NativeCall& c, const Term* a) {
  Locked t = open(c, a[0], Need::kWrite);
  if (!t) return Term::none();
  t->items.clear();
  t->size = 0;
  return atoms::true_;
}

// ets:tab2list/1
Term ets_tab2list(NativeCall& c, const Term* a) {
  Locked t = open(c, a[0], Need::kRead);
  if (!t) return Term::none();
  std::vector<Term> out;
  for (const auto& [k, b] : t->items)
    for (const Stored& s : b->objects) out.push_back(copy_term(c.heap(), s.term));
  c.charge(static_cast<int>(out.size() / 8));
  return make_list(c.heap(), out);
}

// --- counters and elements ------------------------------------------------

// One update_counter operation {Pos, Incr} or {Pos, Incr, Threshold, SetValue}
// on `object` (a tuple being rebuilt on `h`): the new value, or none with
// *why set.
Term counter_step(Heap& h, const Table& t, Term object, Term op, const char** why) {
  Term pos_t, incr, threshold = Term::none(), setvalue = Term::none();
  if (op.is_integer()) {
    pos_t = Term::small(static_cast<std::int64_t>(t.keypos) + 1);
    incr = op;
  } else if (op.is_tuple() && (op.tuple_arity() == 2 || op.tuple_arity() == 4)) {
    pos_t = op.element(0);
    incr = op.element(1);
    if (op.tuple_arity() == 4) threshold = op.element(2), setvalue = op.element(3);
  } else {
    *why = "not a valid update operation";
    return Term::none();
  }
  if (!pos_t.is_small() || !incr.is_integer() || (!threshold.is_none() && (!threshold.is_integer() || !setvalue.is_integer()))) {
    *why = "not a valid update operation";
    return Term::none();
  }
  std::int64_t pos = pos_t.small_value();
  if (static_cast<std::size_t>(pos) == t.keypos) {
    *why = "the position is the same as the key position";
    return Term::none();
  }
  if (pos < 1 || static_cast<std::size_t>(pos) > object.tuple_arity()) {
    *why = "the position in the update operation is out of range";
    return Term::none();
  }
  Term old = object.element(static_cast<std::size_t>(pos - 1));
  if (!old.is_integer()) {
    *why = "the value in the given position, in the object, is not an integer";
    return Term::none();
  }
  Term v = num_add(h, old, incr);
  if (!threshold.is_none()) {
    bool up = compare_numbers(incr, Term::small(0)) >= 0;
    if ((up && compare_numbers(v, threshold) > 0) || (!up && compare_numbers(v, threshold) < 0)) v = setvalue;
  }
  tuple_set(object, static_cast<std::size_t>(pos - 1), v);
  return v;
}

Term update_counter(NativeCall& c, const Term* a, Term deflt) {
  Locked t = open(c, a[0], Need::kWrite);
  if (!t) return Term::none();
  if (!t->is_set()) return c.badarg(1, kWrongType);
  auto it = t->items.find(a[1]);
  Heap scratch(64);
  Term object;
  if (it == t->items.end()) {
    if (deflt.is_none()) return c.badarg(2, kNoKey);
    if (const char* why = bad_object(*t, deflt)) return *why ? c.badarg(4, why) : c.error(atoms::badarg);
    object = copy_term(scratch, deflt);
    // The default's key is replaced by the key given.
    tuple_set(object, t->keypos - 1, copy_term(scratch, a[1]));
  } else {
    object = copy_term(scratch, it->second->objects.front().term);
  }
  bool many = a[2].is_list();
  std::vector<Term> ops;
  if (many) {
    if (!object_list(a[2], &ops)) return c.badarg(3, "not a valid update operation");
  } else {
    ops.push_back(a[2]);
  }
  std::vector<Term> results;
  for (Term op : ops) {
    const char* why = nullptr;
    Term v = counter_step(scratch, *t, object, op, &why);
    if (v.is_none()) return c.badarg(3, why);
    results.push_back(v);
  }
  put_object(*t.table, object);
  if (!many) return copy_term(c.heap(), results.front());
  std::vector<Term> out;
  for (Term v : results) out.push_back(copy_term(c.heap(), v));
  return make_list(c.heap(), out);
}

// ets:update_counter/3,4
Term ets_update_counter3(NativeCall& c, const Term* a) { return update_counter(c, a, Term::none()); }
Term ets_update_counter4(NativeCall& c, const Term* a) { return update_counter(c, a, a[3]); }

// ets:update_element/3
Term ets_update_element(NativeCall& c, const Term* a) {
  std::vector<Term> ops;
  if (a[2].is_tuple()) ops.push_back(a[2]);
  else if (!object_list(a[2], &ops)) return c.badarg(3, "not a valid update operation");
  Locked t = open(c, a[0], Need::kWrite);
  if (!t) return Term::none();
  if (!t->is_set()) return c.badarg(1, kWrongType);
  auto it = t->items.find(a[1]);
  if (it == t->items.end()) return atoms::false_;
  Heap scratch(64);
  Term object = copy_term(scratch, it->second->objects.front().term);
  for (Term op : ops) {
    if (!op.is_tuple() || op.tuple_arity() != 2 || !op.element(0).is_small())
      return c.badarg(3, "not a valid update operation");
    std::int64_t pos = op.element(0).small_value();
    if (static_cast<std::size_t>(pos) == t->keypos) return c.badarg(3, "the position is the same as the key position");
    if (pos < 1 || static_cast<std::size_t>(pos) > object.tuple_arity()) return c.badarg(3, "out of range");
    tuple_set(object, static_cast<std::size_t>(pos - 1), op.element(1));
  }
  it->second->objects.front().set(object);
  return atoms::true_;
}

// --- traversal ------------------------------------------------------------

Term end_of_table() { return intern_atom("$end_of_table"); }

// ets:first/1, last/1
template <bool Last>
Term ets_first(NativeCall& c, const Term* a) {
  Locked t = open(c, a[0], Need::kRead);
  if (!t) return Term::none();
  if (t->items.empty()) return end_of_table();
  Term k = Last ? t->items.rbegin()->first : t->items.begin()->first;
  return copy_term(c.heap(), k);
}

// ets:next/2, prev/2
template <bool Prev>
Term ets_next(NativeCall& c, const Term* a) {
  Locked t = open(c, a[0], Need::kRead);
  if (!t) return Term::none();
  auto& items = t->items;
  if (t->type != Type::kOrderedSet && !items.count(a[1])) return c.badarg(2, kNoKey);
  if (!Prev) {
    auto it = items.upper_bound(a[1]);
    if (it == items.end()) return end_of_table();
    return copy_term(c.heap(), it->first);
  }
  auto it = items.lower_bound(a[1]);
  if (it == items.begin()) return end_of_table();
  --it;
  return copy_term(c.heap(), it->first);
}

// --- match specifications -------------------------------------------------

// The number of a match variable '$N', or -1.
int match_var(Term t) {
  if (!t.is_atom()) return -1;
  std::string_view s = atom_text(t);
  if (s.size() < 2 || s[0] != '$' || s.size() > 10) return -1;
  int n = 0;
  for (std::size_t i = 1; i < s.size(); ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    n = n * 10 + (s[i] - '0');
  }
  return n;
}

struct Bindings {
  std::vector<Term> vars;  // by number; none when unbound
  Term object = Term::nil();

  Term get(int n) const { return n < static_cast<int>(vars.size()) ? vars[static_cast<std::size_t>(n)] : Term::none(); }
  void set(int n, Term v) {
    if (n >= static_cast<int>(vars.size())) vars.resize(static_cast<std::size_t>(n) + 1, Term::none());
    vars[static_cast<std::size_t>(n)] = v;
  }
};

bool match(Term pat, Term t, Bindings& b) {
  if (pat.is_atom()) {
    if (atom_text(pat) == "_") return true;
    int n = match_var(pat);
    if (n >= 0) {
      Term bound = b.get(n);
      if (bound.is_none()) {
        b.set(n, t);
        return true;
      }
      return exact_equal(bound, t);
    }
    return pat == t;
  }
  if (pat.is_tuple()) {
    if (!t.is_tuple() || t.tuple_arity() != pat.tuple_arity()) return false;
    for (std::size_t i = 0; i < pat.tuple_arity(); ++i)
      if (!match(pat.element(i), t.element(i), b)) return false;
    return true;
  }
  if (pat.is_cons()) {
    while (pat.is_cons()) {
      if (!t.is_cons() || !match(pat.head(), t.head(), b)) return false;
      pat = pat.tail();
      t = t.tail();
    }
    return match(pat, t, b);
  }
  if (pat.is_map()) {
    if (!t.is_map()) return false;
    for (const auto& [k, v] : map_items(pat)) {
      Term tv = map_get(t, k);
      if (tv.is_none() || !match(v, tv, b)) return false;
    }
    return true;
  }
  return exact_equal(pat, t);
}

bool is_true(Term t) { return t == atoms::true_; }

// Evaluates a match-spec expression; none when it fails (a guard is then
// false, a body's result skipped).
Term eval(NativeCall& c, Heap& h, Term e, const Bindings& b) {
  if (e.is_atom()) {
    std::string_view s = atom_text(e);
    if (s == "$_") return b.object;
    if (s == "$$") {
      std::vector<Term> vs;
      for (Term v : b.vars)
        if (!v.is_none()) vs.push_back(v);
      return make_list(h, vs);
    }
    int n = match_var(e);
    if (n >= 0) return b.get(n);
    return e;
  }
  if (e.is_cons()) {
    std::vector<Term> items;
    Term l = e;
    for (; l.is_cons(); l = l.tail()) {
      Term v = eval(c, h, l.head(), b);
      if (v.is_none()) return v;
      items.push_back(v);
    }
    Term tail = l.is_nil() ? Term::nil() : eval(c, h, l, b);
    if (tail.is_none()) return tail;
    return make_list(h, items, tail);
  }
  if (!e.is_tuple() || e.tuple_arity() == 0) return e;
  Term op = e.element(0);
  std::size_t argc = e.tuple_arity() - 1;
  // {{...}}: a tuple built of the evaluated elements.
  if (argc == 0 && op.is_tuple()) {
    Term out = make_tuple_uninit(h, op.tuple_arity());
    for (std::size_t i = 0; i < op.tuple_arity(); ++i) {
      Term v = eval(c, h, op.element(i), b);
      if (v.is_none()) return v;
      tuple_set(out, i, v);
    }
    return out;
  }
  if (!op.is_atom()) return Term::none();
  std::string_view f = atom_text(op);
  if (f == "const" && argc == 1) return e.element(1);
  // The short-circuit operators evaluate their operands in turn.
  if ((f == "andalso" || f == "orelse") && argc == 2) {
    Term x = eval(c, h, e.element(1), b);
    if (x != atoms::true_ && x != atoms::false_) return Term::none();
    if ((f == "andalso") != is_true(x)) return x;
    Term y = eval(c, h, e.element(2), b);
    if (y != atoms::true_ && y != atoms::false_) return Term::none();
    return y;
  }
  std::vector<Term> args;
  for (std::size_t i = 1; i <= argc; ++i) {
    Term v = eval(c, h, e.element(i), b);
    if (v.is_none()) return v;
    args.push_back(v);
  }
  if (argc == 0) {
    if (f == "self") return c.process.pid;
    if (f == "node") return intern_atom("nonode@nohost");
    return Term::none();
  }
  Term x = args[0];
  if (argc == 1) {
    if (f == "is_atom") return make_bool(x.is_atom());
    if (f == "is_integer") return make_bool(x.is_integer());
    if (f == "is_float") return make_bool(x.is_float());
    if (f == "is_number") return make_bool(x.is_number());
    if (f == "is_binary") return make_bool(x.is_binary());
    if (f == "is_bitstring") return make_bool(x.is_bitstring());
    if (f == "is_list") return make_bool(x.is_list());
    if (f == "is_tuple") return make_bool(x.is_tuple());
    if (f == "is_map") return make_bool(x.is_map());
    if (f == "is_pid") return make_bool(x.is_pid());
    if (f == "is_reference") return make_bool(x.is_ref());
    if (f == "is_function") return make_bool(x.is_fun());
    if (f == "is_boolean") return make_bool(x == atoms::true_ || x == atoms::false_);
    if (f == "not") return x == atoms::true_ ? atoms::false_ : x == atoms::false_ ? atoms::true_ : Term::none();
    if (f == "-" && x.is_number()) return num_neg(h, x);
    if (f == "+" && x.is_number()) return x;
    if (f == "abs" && x.is_number()) return compare_numbers(x, Term::small(0)) < 0 ? num_neg(h, x) : x;
    if (f == "hd" && x.is_cons()) return x.head();
    if (f == "tl" && x.is_cons()) return x.tail();
    if (f == "length" && x.is_list()) {
      std::int64_t n = 0;
      Term l = x;
      for (; l.is_cons(); l = l.tail()) ++n;
      return l.is_nil() ? Term::small(n) : Term::none();
    }
    if ((f == "size" || f == "tuple_size") && x.is_tuple()) return Term::small(static_cast<std::int64_t>(x.tuple_arity()));
    if ((f == "size" || f == "byte_size") && x.is_binary())
      return Term::small(static_cast<std::int64_t>(x.binary_view().size()));
    if (f == "map_size" && x.is_map()) return Term::small(static_cast<std::int64_t>(map_size(x)));
    if (f == "bnot" && x.is_integer()) return int_bnot(h, x);
    return Term::none();
  }
  if (argc != 2) return Term::none();
  Term y = args[1];
  if (f == "and" || f == "or" || f == "xor") {
    bool bx = is_true(x), by = is_true(y);
    if ((!bx && x != atoms::false_) || (!by && y != atoms::false_)) return Term::none();
    return make_bool(f == "and" ? (bx && by) : f == "or" ? (bx || by) : (bx != by));
  }
  if (f == "==") return make_bool(compare_terms(x, y) == 0);
  if (f == "/=") return make_bool(compare_terms(x, y) != 0);
  if (f == "=:=") return make_bool(exact_equal(x, y));
  if (f == "=/=") return make_bool(!exact_equal(x, y));
  if (f == "<") return make_bool(compare_terms(x, y) < 0);
  if (f == ">") return make_bool(compare_terms(x, y) > 0);
  if (f == "=<") return make_bool(compare_terms(x, y) <= 0);
  if (f == ">=") return make_bool(compare_terms(x, y) >= 0);
  if (f == "element") {
    if (!x.is_small() || !y.is_tuple() || x.small_value() < 1 ||
        static_cast<std::size_t>(x.small_value()) > y.tuple_arity())
      return Term::none();
    return y.element(static_cast<std::size_t>(x.small_value() - 1));
  }
  if (f == "map_get") return y.is_map() ? map_get(y, x) : Term::none();
  if (f == "is_map_key") return y.is_map() ? make_bool(!map_get(y, x).is_none()) : Term::none();
  if (!x.is_number() || !y.is_number()) return Term::none();
  if (f == "+") return num_add(h, x, y);
  if (f == "-") return num_sub(h, x, y);
  if (f == "*") return num_mul(h, x, y);
  if (f == "/") return compare_numbers(y, Term::small(0)) == 0 ? Term::none() : num_fdiv(h, x, y);
  if (!x.is_integer() || !y.is_integer()) return Term::none();
  if ((f == "div" || f == "rem") && compare_numbers(y, Term::small(0)) == 0) return Term::none();
  if (f == "div") return int_div(h, x, y);
  if (f == "rem") return int_rem(h, x, y);
  if (f == "band") return int_band(h, x, y);
  if (f == "bor") return int_bor(h, x, y);
  if (f == "bxor") return int_bxor(h, x, y);
  if (f == "bsl") return int_bsl(h, x, y);
  if (f == "bsr") return int_bsr(h, x, y);
  return Term::none();
}

struct Clause {
  Term head, guards, body;
};

// A match specification's clauses, or false when it is not one.
bool read_match_spec(Term ms, std::vector<Clause>* out) {
  Term l = ms;
  for (; l.is_cons(); l = l.tail()) {
    Term c = l.head();
    if (!c.is_tuple() || c.tuple_arity() != 3 || !c.element(1).is_list() || !c.element(2).is_list()) return false;
    out->push_back({c.element(0), c.element(1), c.element(2)});
  }
  return l.is_nil();
}

// Runs the clauses on one object: the body's value (on h), or none when no
// clause matches.
Term run_match_spec(NativeCall& c, Heap& h, const std::vector<Clause>& clauses, Term object) {
  for (const Clause& cl : clauses) {
    Bindings b;
    b.object = object;
    if (!match(cl.head, object, b)) continue;
    bool pass = true;
    for (Term g = cl.guards; g.is_cons() && pass; g = g.tail()) pass = is_true(eval(c, h, g.head(), b));
    if (!pass) continue;
    Term result = atoms::true_;
    for (Term e = cl.body; e.is_cons(); e = e.tail()) {
      result = eval(c, h, e.head(), b);
      if (result.is_none()) break;
    }
    if (result.is_none()) continue;
    return result;
  }
  return Term::none();
}

enum class SelectKind { kSelect, kReverse, kCount, kDelete, kMatch, kMatchObject, kMatchDelete };

Term select(NativeCall& c, Term id, Term spec, SelectKind kind) {
  std::vector<Clause> clauses;
  if (kind == SelectKind::kMatch || kind == SelectKind::kMatchObject || kind == SelectKind::kMatchDelete) {
    Heap* h = &c.heap();
    Term body = kind == SelectKind::kMatch ? make_list(*h, {intern_atom("$$")})
                : kind == SelectKind::kMatchObject ? make_list(*h, {intern_atom("$_")})
                                                   : make_list(*h, {atoms::true_});
    clauses.push_back({spec, Term::nil(), body});
  } else if (!read_match_spec(spec, &clauses)) {
    return c.badarg(2, kBadMatchSpec);
  }
  bool writes = kind == SelectKind::kDelete || kind == SelectKind::kMatchDelete;
  Locked t = open(c, id, writes ? Need::kWrite : Need::kRead);
  if (!t) return Term::none();
  Heap scratch(256);
  std::vector<Term> out;
  std::int64_t count = 0;
  std::size_t scanned = 0;
  for (auto it = t->items.begin(); it != t->items.end();) {
    auto& objs = it->second->objects;
    for (std::size_t i = 0; i < objs.size();) {
      ++scanned;
      Term r = run_match_spec(c, scratch, clauses, objs[i].term);
      bool hit = !r.is_none() && (!writes && kind != SelectKind::kCount ? true : is_true(r));
      if (hit && writes) {
        objs.erase(objs.begin() + static_cast<std::ptrdiff_t>(i));
        --t->size;
        ++count;
        continue;
      }
      if (hit && kind == SelectKind::kCount) ++count;
      else if (hit) out.push_back(copy_term(c.heap(), r));
      ++i;
    }
    if (objs.empty()) it = t->items.erase(it);
    else ++it;
  }
  c.charge(static_cast<int>(scanned / 16));
  if (kind == SelectKind::kMatchDelete) return atoms::true_;
  if (kind == SelectKind::kCount || kind == SelectKind::kDelete) return make_integer(c.heap(), count);
  if (kind == SelectKind::kReverse) std::reverse(out.begin(), out.end());
  return make_list(c.heap(), out);
}

Term ets_select(NativeCall& c, const Term* a) { return select(c, a[0], a[1], SelectKind::kSelect); }
Term ets_select_reverse(NativeCall& c, const Term* a) { return select(c, a[0], a[1], SelectKind::kReverse); }
Term ets_select_count(NativeCall& c, const Term* a) { return select(c, a[0], a[1], SelectKind::kCount); }
Term ets_select_delete(NativeCall& c, const Term* a) { return select(c, a[0], a[1], SelectKind::kDelete); }
Term ets_match(NativeCall& c, const Term* a) { return select(c, a[0], a[1], SelectKind::kMatch); }
Term ets_match_object(NativeCall& c, const Term* a) { return select(c, a[0], a[1], SelectKind::kMatchObject); }
Term ets_match_delete(NativeCall& c, const Term* a) { return select(c, a[0], a[1], SelectKind::kMatchDelete); }

// ets:test_ms/2: {ok, Result} of running the spec on a term.
Term ets_test_ms(NativeCall& c, const Term* a) {
  std::vector<Clause> clauses;
  if (!read_match_spec(a[1], &clauses)) return c.badarg(2, kBadMatchSpec);
  Heap scratch(64);
  Term r = run_match_spec(c, scratch, clauses, a[0]);
  return make_tuple(c.heap(), {atoms::ok, r.is_none() ? atoms::false_ : copy_term(c.heap(), r)});
}

}  // namespace

void register_ets_builtins() {
  add_process_end_hook(on_process_end);
  register_natives({
      {"ets", "new", 2, ets_new},
      {"ets", "delete", 1, ets_delete1},
      {"ets", "delete", 2, ets_delete2},
      {"ets", "delete_object", 2, ets_delete_object},
      {"ets", "delete_all_objects", 1, ets_delete_all_objects},
      {"ets", "insert", 2, ets_insert},
      {"ets", "insert_new", 2, ets_insert_new},
      {"ets", "lookup", 2, ets_lookup},
      {"ets", "lookup_element", 3, ets_lookup_element},
      {"ets", "member", 2, ets_member},
      {"ets", "take", 2, ets_take},
      {"ets", "update_counter", 3, ets_update_counter3},
      {"ets", "update_counter", 4, ets_update_counter4},
      {"ets", "update_element", 3, ets_update_element},
      {"ets", "tab2list", 1, ets_tab2list},
      {"ets", "first", 1, ets_first<false>},
      {"ets", "last", 1, ets_first<true>},
      {"ets", "next", 2, ets_next<false>},
      {"ets", "prev", 2, ets_next<true>},
      {"ets", "info", 1, ets_info1},
      {"ets", "info", 2, ets_info2},
      {"ets", "whereis", 1, ets_whereis},
      {"ets", "all", 0, ets_all},
      {"ets", "rename", 2, ets_rename},
      {"ets", "give_away", 3, ets_give_away},
      {"ets", "setopts", 2, ets_setopts},
      {"ets", "match", 2, ets_match},
      {"ets", "match_object", 2, ets_match_object},
      {"ets", "match_delete", 2, ets_match_delete},
      {"ets", "select", 2, ets_select},
      {"ets", "select_reverse", 2, ets_select_reverse},
      {"ets", "select_count", 2, ets_select_count},
      {"ets", "select_delete", 2, ets_select_delete},
      {"ets", "test_ms", 2, ets_test_ms},
  });
}

}  // namespace vial
