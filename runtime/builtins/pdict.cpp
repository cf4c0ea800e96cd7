// The process dictionary: :erlang.put/2, get/0,1, get_keys/0,1, erase/0,1
// (Process.put/get/delete/get_keys in stdlib/process.ex). It is a list of
// {key, value} tuples held in the Process (a collector root), newest first;
// keys compare exactly, as BEAM's do.
#include "runtime/builtins/builtins.h"
#include "vm/compare.h"

namespace vial {

namespace {

Term undefined() { return intern_atom("undefined"); }

// :erlang.put(key, value): the previous value, or :undefined.
Term erlang_put(NativeCall& c, const Term* a) {
  std::vector<Term> kept;
  Term previous = undefined();
  for (Term l = c.process.dictionary; l.is_cons(); l = l.tail()) {
    Term pair = l.head();
    if (exact_equal(pair.element(0), a[0])) {
      previous = pair.element(1);
    } else {
      kept.push_back(pair);
    }
  }
  c.charge(static_cast<int>(kept.size() / 16));
  Term pair = make_tuple(c.heap(), {a[0], a[1]});
  c.process.dictionary = make_cons(c.heap(), pair, make_list(c.heap(), kept));
  return previous;
}

Term erlang_get1(NativeCall& c, const Term* a) {
  for (Term l = c.process.dictionary; l.is_cons(); l = l.tail())
    if (exact_equal(l.head().element(0), a[0])) return l.head().element(1);
  return undefined();
}

Term erlang_get0(NativeCall& c, const Term*) { return c.process.dictionary; }

Term erlang_get_keys0(NativeCall& c, const Term*) {
  std::vector<Term> keys;
  for (Term l = c.process.dictionary; l.is_cons(); l = l.tail()) keys.push_back(l.head().element(0));
  return make_list(c.heap(), keys);
}

Term erlang_get_keys1(NativeCall& c, const Term* a) {
  std::vector<Term> keys;
  for (Term l = c.process.dictionary; l.is_cons(); l = l.tail())
    if (exact_equal(l.head().element(1), a[0])) keys.push_back(l.head().element(0));
  return make_list(c.heap(), keys);
}

Term erlang_erase1(NativeCall& c, const Term* a) {
  std::vector<Term> kept;
  Term previous = undefined();
  for (Term l = c.process.dictionary; l.is_cons(); l = l.tail()) {
    if (exact_equal(l.head().element(0), a[0])) {
      previous = l.head().element(1);
    } else {
      kept.push_back(l.head());
    }
  }
  c.process.dictionary = make_list(c.heap(), kept);
  return previous;
}

Term erlang_erase0(NativeCall& c, const Term*) {
  Term all = c.process.dictionary;
  c.process.dictionary = Term::nil();
  return all;
}

}  // namespace

void register_pdict_builtins() {
  register_natives({
      {"erlang", "put", 2, erlang_put},
      {"erlang", "get", 1, erlang_get1},
      {"erlang", "get", 0, erlang_get0},
      {"erlang", "get_keys", 0, erlang_get_keys0},
      {"erlang", "get_keys", 1, erlang_get_keys1},
      {"erlang", "erase", 1, erlang_erase1},
      {"erlang", "erase", 0, erlang_erase0},
  });
}

}  // namespace vial
