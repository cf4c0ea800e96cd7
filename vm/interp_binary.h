// The interpreter's binary instructions (vm/opcodes.def: bs_build and the
// bs_* matching instructions), kept out of run()'s dispatch loop: they hold
// C++ objects that the loop's computed gotos must not jump over.
#pragma once

#include "vm/process.h"

namespace vial {

// bs_build at `pc`: the new bitstring, or none after recording the error
// (ArgumentError "construction of binary failed: ...").
Term bs_build(Process& p, const Word* pc);

// The matching instructions at `pc`: the next instruction when the bits
// match, null when they do not (the caller jumps to the fail label).
const Word* bs_start_match(Process& p, const Word* pc);
const Word* bs_get_integer(Process& p, const Word* pc);
const Word* bs_get_float(Process& p, const Word* pc);
const Word* bs_get_binary(Process& p, const Word* pc);
const Word* bs_get_utf(Process& p, const Word* pc);
const Word* bs_skip_bits(Process& p, const Word* pc);
const Word* bs_match_string(Process& p, const Word* pc);
const Word* bs_test_tail(Process& p, const Word* pc);

}  // namespace vial
