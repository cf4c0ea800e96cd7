#include "vm/copy.h"

#include <algorithm>
#include <cstring>

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
  std::size_t arity = Term::header_arity(header);
  Word* p = to.alloc(1 + arity);
  p[0] = header;
  std::uint32_t raw = subtag_raw_words(Term::header_subtag(header));
  std::size_t first_term = raw == kAllRaw ? arity : std::min<std::size_t>(raw, arity);
  std::memcpy(p + 1, t.boxed_ptr() + 1, first_term * sizeof(Word));
  for (std::size_t i = first_term; i < arity; ++i)
    p[1 + i] = copy_term(to, Term::from_raw(t.boxed_ptr()[1 + i])).raw();
  return Term::boxed(p);
}

}  // namespace vial
