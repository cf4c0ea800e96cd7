#include "vm/atom.h"

#include <deque>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>

namespace vial {
namespace {

// Texts live in a deque so that views into them stay valid as the table grows.
struct AtomTable {
  std::shared_mutex mutex;
  std::deque<std::string> texts;
  std::unordered_map<std::string_view, std::uint32_t> index;

  AtomTable() {
#define X(id, text) add(text);
#include "vm/atoms.def"
#undef X
  }

  std::uint32_t add(std::string_view text) {
    auto i = static_cast<std::uint32_t>(texts.size());
    texts.emplace_back(text);
    index.emplace(texts.back(), i);
    return i;
  }
};

AtomTable& table() {
  static AtomTable t;
  return t;
}

}  // namespace

Term intern_atom(std::string_view text) {
  AtomTable& t = table();
  {
    std::shared_lock lock(t.mutex);
    auto it = t.index.find(text);
    if (it != t.index.end()) return Term::atom(it->second);
  }
  std::unique_lock lock(t.mutex);
  auto it = t.index.find(text);
  if (it != t.index.end()) return Term::atom(it->second);
  return Term::atom(t.add(text));
}

Term existing_atom(std::string_view text) {
  AtomTable& t = table();
  std::shared_lock lock(t.mutex);
  auto it = t.index.find(text);
  return it == t.index.end() ? Term::none() : Term::atom(it->second);
}

std::string_view atom_text(Term atom) {
  AtomTable& t = table();
  std::shared_lock lock(t.mutex);
  return t.texts[atom.atom_index()];
}

std::size_t atom_count() {
  AtomTable& t = table();
  std::shared_lock lock(t.mutex);
  return t.texts.size();
}

}  // namespace vial
