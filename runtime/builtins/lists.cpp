// :lists functions that the compiler's expansions call.
#include "runtime/builtins/builtins.h"
#include "vm/compare.h"

namespace vial {

namespace {

// :lists.member/2 (what Kernel.in/2 becomes for a list that is not literal)
Term lists_member(NativeCall& c, const Term* a) {
  Term l = a[1];
  int n = 0;
  for (; l.is_cons(); l = l.tail(), ++n)
    if (exact_equal(l.head(), a[0])) {
      c.charge(n / 16);
      return atoms::true_;
    }
  c.charge(n / 16);
  if (!l.is_nil()) return c.badarg(2, "not a list");
  return atoms::false_;
}

}  // namespace

void register_lists_builtins() {
  register_native(intern_atom("lists"), intern_atom("member"), 2, lists_member);
}

}  // namespace vial
