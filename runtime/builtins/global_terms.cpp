// Terms every process shares, kept off the process heaps (stored_term.h):
// :persistent_term and the application environment that stdlib/application.ex
// reads and writes (`:vial.app_env_*`, keys {App, Key}). Each store is one
// std::map under a mutex; a read copies the term onto the caller's heap.
#include <map>
#include <mutex>
#include <vector>

#include "runtime/builtins/builtins.h"
#include "runtime/builtins/stored_term.h"
#include "vm/atom.h"
#include "vm/map.h"

namespace vial {

namespace {

class TermStore {
 public:
  // The value stored under `key` copied onto `h`, or none.
  Term get(Heap& h, Term key) {
    std::lock_guard<std::mutex> lock(m_);
    auto it = items_.find(key);
    return it == items_.end() ? Term::none() : copy_term(h, it->second.value.term);
  }
  void put(Term key, Term value) {
    Stored v(value);
    std::lock_guard<std::mutex> lock(m_);
    auto it = items_.find(key);
    if (it != items_.end()) {
      it->second.value = std::move(v);
      return;
    }
    Entry e;
    e.key.set(key);
    e.value = std::move(v);
    Term k = e.key.term;
    items_.emplace(k, std::move(e));
  }
  bool erase(Term key) {
    std::lock_guard<std::mutex> lock(m_);
    return items_.erase(key) > 0;
  }
  // {Key, Value} pairs for the keys `want` accepts, copied onto `h`, in key order.
  template <class Want>
  Term pairs(Heap& h, Want&& want) {
    std::vector<Term> out;
    std::lock_guard<std::mutex> lock(m_);
    for (auto& [k, e] : items_)
      if (want(k)) out.push_back(make_tuple(h, {copy_term(h, k), copy_term(h, e.value.term)}));
    return make_list(h, out);
  }
  std::size_t size() {
    std::lock_guard<std::mutex> lock(m_);
    return items_.size();
  }

 private:
  struct Entry {
    Stored key, value;
  };
  std::mutex m_;
  std::map<Term, Entry, KeyLess> items_;  // keys compare exactly (1 and 1.0 are two keys)
};

TermStore& persistent_terms() {
  static TermStore* s = new TermStore;  // never destroyed: schedulers may outlive static destructors
  return *s;
}
TermStore& app_env() {
  static TermStore* s = new TermStore;
  return *s;
}

// persistent_term:get/1
Term pt_get1(NativeCall& c, const Term* a) {
  Term v = persistent_terms().get(c.heap(), a[0]);
  return v.is_none() ? c.badarg(1, "no persistent term stored with this key") : v;
}
// persistent_term:get/2
Term pt_get2(NativeCall& c, const Term* a) {
  Term v = persistent_terms().get(c.heap(), a[0]);
  return v.is_none() ? a[1] : v;
}
// persistent_term:get/0: every {Key, Value}.
Term pt_get0(NativeCall& c, const Term*) {
  return persistent_terms().pairs(c.heap(), [](Term) { return true; });
}
// persistent_term:put/2
Term pt_put(NativeCall&, const Term* a) {
  persistent_terms().put(a[0], a[1]);
  return atoms::ok;
}
// persistent_term:erase/1
Term pt_erase(NativeCall&, const Term* a) { return persistent_terms().erase(a[0]) ? atoms::true_ : atoms::false_; }
// persistent_term:info/0: %{count: N, memory: Bytes} (memory an estimate).
Term pt_info(NativeCall& c, const Term*) {
  std::size_t n = persistent_terms().size();
  Term count = Term::small(static_cast<std::int64_t>(n));
  Term info = map_put(c.heap(), map_empty(c.heap()), intern_atom("count"), count);
  return map_put(c.heap(), info, intern_atom("memory"), Term::small(static_cast<std::int64_t>(n * 64)));
}

// :vial.app_env_get(App, Key): {:ok, Value} or :error.
Term app_env_get(NativeCall& c, const Term* a) {
  Term key = make_tuple(c.heap(), {a[0], a[1]});
  Term v = app_env().get(c.heap(), key);
  return v.is_none() ? atoms::error : make_tuple(c.heap(), {atoms::ok, v});
}
// :vial.app_env_put(App, Key, Value)
Term app_env_put(NativeCall& c, const Term* a) {
  app_env().put(make_tuple(c.heap(), {a[0], a[1]}), a[2]);
  return atoms::ok;
}
// :vial.app_env_delete(App, Key)
Term app_env_delete(NativeCall& c, const Term* a) {
  app_env().erase(make_tuple(c.heap(), {a[0], a[1]}));
  return atoms::ok;
}
// :vial.app_env_all(App): [{Key, Value}] of one application, in key order.
Term app_env_all(NativeCall& c, const Term* a) {
  Term app = a[0];
  Term pairs = app_env().pairs(c.heap(), [&](Term k) { return k.element(0) == app; });
  std::vector<Term> out;
  for (Term l = pairs; l.is_cons(); l = l.tail()) {
    Term p = l.head();
    out.push_back(make_tuple(c.heap(), {p.element(0).element(1), p.element(1)}));
  }
  return make_list(c.heap(), out);
}

}  // namespace

void register_global_terms_builtins() {
  register_natives({
      {"persistent_term", "get", 0, pt_get0},
      {"persistent_term", "get", 1, pt_get1},
      {"persistent_term", "get", 2, pt_get2},
      {"persistent_term", "put", 2, pt_put},
      {"persistent_term", "erase", 1, pt_erase},
      {"persistent_term", "info", 0, pt_info},
      {"vial", "app_env_get", 2, app_env_get},
      {"vial", "app_env_put", 3, app_env_put},
      {"vial", "app_env_delete", 2, app_env_delete},
      {"vial", "app_env_all", 1, app_env_all},
  });
}

}  // namespace vial
