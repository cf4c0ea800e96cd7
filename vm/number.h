// Numbers: integer arithmetic that never overflows (small integers promote to
// GMP-backed bignums and back), floats, and their text forms.
//
// Each operation returns Term::none() when Erlang would raise `badarith`
// (a non-number argument, division by zero, a float result that is not finite);
// the caller raises the exception, so these stay free of exception machinery.
#pragma once

#include <string>
#include <string_view>

#include "vm/heap.h"

namespace vial {

Term num_add(Heap& h, Term a, Term b);   // erlang:'+'/2
Term num_sub(Heap& h, Term a, Term b);   // erlang:'-'/2
Term num_mul(Heap& h, Term a, Term b);   // erlang:'*'/2
Term num_neg(Heap& h, Term a);           // erlang:'-'/1
Term num_fdiv(Heap& h, Term a, Term b);  // erlang:'/'/2, always a float
Term int_div(Heap& h, Term a, Term b);   // erlang:'div'/2, truncates toward zero
Term int_rem(Heap& h, Term a, Term b);   // erlang:'rem'/2, sign of the dividend
// Bitwise operations on integers as two's complement of unbounded width
// (erlang:band/2 ... bsr/2, bnot/1); none when an operand is not an integer
// (badarith) or a shift would make an integer too large to represent
// (system_limit: more than 2^32 bits).
Term int_band(Heap& h, Term a, Term b);
Term int_bor(Heap& h, Term a, Term b);
Term int_bxor(Heap& h, Term a, Term b);
Term int_bnot(Heap& h, Term a);
Term int_bsl(Heap& h, Term a, Term b);   // a * 2^b; b < 0 shifts right
Term int_bsr(Heap& h, Term a, Term b);   // floor(a / 2^b); b < 0 shifts left

// Compares two numbers (both must be numbers) by exact value, so 1 == 1.0
// and 9007199254740993 > 9007199254740992.0: -1, 0 or 1.
int compare_numbers(Term a, Term b);

// A number as a double, converted as ERTS converts (integers limb by limb,
// see number.cpp); false if `t` is not a number or is an integer too large
// for a double (erlang:float/1 raises badarg there).
bool number_to_double(Term t, double* out);

// The integer equal to an integral, finite double (erlang:trunc/1 and
// friends, after rounding).
Term integer_from_double(Heap& h, double d);

// Erlang/Elixir's shortest round-trip float text ("1.0", "0.1", "1.0e3",
// "1.2345e-7"), as float_to_list(F, [short]), io_lib:format("~w") and
// Elixir's to_string/1 print it. Elixir's inspect/1 differs: inspect_float.
std::string format_float(double d);

// Elixir's inspect/1 of a float: like format_float, except that integral
// values in [1.0, 1.0e16) print in full ("1000.0" where format_float gives
// "1.0e3").
std::string inspect_float(double d);

// An integer (small or bignum) in base 2..36, uppercase digits, '-' if negative.
std::string integer_to_string(Term integer, int base = 10);

// Parses an optionally signed integer in `base` as String.to_integer/2 does
// (no underscores, no whitespace). Term::none() if the text is not one.
Term parse_integer(Heap& h, std::string_view text, int base = 10);

}  // namespace vial
