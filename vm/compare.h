// Term order and equality, exactly as Erlang defines them:
//   number < atom < reference < fun < port < pid < tuple < map < [] < list < bitstring
#pragma once

#include "vm/term.h"

namespace vial {

// -1, 0 or 1 in Erlang's term order; numbers compare by value, so
// compare_terms(1, 1.0) == 0 (that is `==`).
int compare_terms(Term a, Term b);

// `===` (=:=): same type and value; 1 and 1.0 differ.
bool exact_equal(Term a, Term b);

// Erlang's exact order (=:= as equality): integers order before floats of
// the same value. Map keys are sorted and compared in this order.
int compare_exact(Term a, Term b);

// `==`: like exact_equal but integers and floats compare by value.
inline bool loose_equal(Term a, Term b) { return compare_terms(a, b) == 0; }

}  // namespace vial
