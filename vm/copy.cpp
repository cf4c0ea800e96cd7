#include "vm/copy.h"

#include <algorithm>
#include <cstring>

#include "vm/binary.h"
#include "vm/module.h"

namespace vial {

Term copy_term(Heap& to, Term t) {
  if (t.is_immediate()) return t;
  if (t.is_cons()) {
    // Lists are copied along their spine in a loop, so long lists do not
    // recurse deeply; only the heads recurse.
    Term result = Term::nil();
    Word* last = nullptr;
    while (t.is_cons()) {
      Word* c = to.alloc(2);
      c[0] = copy_term(to, t.head()).raw();
      c[1] = Term::nil().raw();
      if (last) last[1] = Term::list(c).raw();
      else result = Term::list(c);
      last = c;
      t = t.tail();
    }
    last[1] = copy_term(to, t).raw();
    return result;
  }
  // Boxed: the leading raw words are copied as they are, the rest are terms
  // (the subtag table, vm/term.h).
  Word header = t.boxed_ptr()[0];
  if (Term::header_subtag(header) == Subtag::SUB_BIN) {
    // A part of a binary: a part of an off-heap binary shares it (the copy
    // below of the parent takes a reference); a part of a heap binary is
    // copied on its own, so the copy does not drag the whole parent along.
    Term parent = Term::from_raw(t.boxed_ptr()[3]);
    if (parent.subtag() != Subtag::REFC_BIN) return make_bitstring(to, t.bits());
    Term parent_copy = copy_term(to, parent);
    Word* p = to.alloc(4);
    std::memcpy(p, t.boxed_ptr(), 3 * sizeof(Word));
    p[3] = parent_copy.raw();
    return Term::boxed(p);
  }
  std::size_t arity = Term::header_arity(header);
  Word* p = to.alloc(1 + arity);
  p[0] = header;
  std::uint32_t raw = subtag_raw_words(Term::header_subtag(header));
  std::size_t first_term = raw == kAllRaw ? arity : std::min<std::size_t>(raw, arity);
  std::memcpy(p + 1, t.boxed_ptr() + 1, first_term * sizeof(Word));
  for (std::size_t i = first_term; i < arity; ++i)
    p[1 + i] = copy_term(to, Term::from_raw(t.boxed_ptr()[1 + i])).raw();
  if (Term::header_subtag(header) == Subtag::FUN && g_purges_running.load(std::memory_order_relaxed) != 0)
    purging_fun_copied(p);  // a copy of a fun being purged is purged too
  if (Term::header_subtag(header) == Subtag::REFC_BIN) {
    // The copy owns a reference of its own, registered with its heap.
    retain_off_heap(p);
    to.add_off_heap(p);
  }
  return Term::boxed(p);
}

}  // namespace vial
