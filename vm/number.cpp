// Numbers (vm/number.h): text forms of floats and integers, integer parsing,
// arithmetic with small-integer fast paths that promote to GMP bignums, and
// exact comparison across integers and floats.
//
// Bignums are boxed GMP limb arrays (vm/term.h) with the sign in the subtag,
// so every bignum operation below works on (magnitude, sign) pairs with the
// low-level mpn_* functions and lets make_integer_from_limbs normalise the
// result back to a small integer when it fits.
//
// Each operation computes into C++-side scratch space (LimbBuf) and allocates
// its result once, at the end, so nothing points into the process heap while
// it allocates, except where a result is a copy of an argument's limbs
// (num_neg of a bignum, 0 - bignum). When allocation can trigger a moving
// collection, callers must reserve the result's words first, as BEAM's
// instructions do with their heap tests.
#include "vm/number.h"

#include <gmp.h>

#include <array>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <vector>

namespace vial {

static_assert(sizeof(mp_limb_t) == sizeof(std::uint64_t), "Vial stores bignums as 64-bit GMP limbs");
static_assert(GMP_NUMB_BITS == 64, "Vial needs GMP built without nail bits");

namespace {

// ---------------------------------------------------------------------------
// Integer views and scratch space
// ---------------------------------------------------------------------------

// An integer seen as a magnitude (GMP limbs, least significant first, no
// leading zero limbs) and a sign. A small integer keeps its one-limb
// magnitude inside the view, so views of small and big integers are used the
// same way; `limbs()` recomputes the pointer, which keeps copies safe.
struct IntView {
  const mp_limb_t* big = nullptr;  // null for a small integer
  mp_limb_t small_mag = 0;
  mp_size_t n = 0;  // 0 means the value is zero
  bool neg = false;

  const mp_limb_t* limbs() const { return big ? big : &small_mag; }
};

IntView view_int(Term t) {
  IntView v;
  if (t.is_small()) {
    std::int64_t x = t.small_value();
    v.neg = x < 0;
    // The magnitude of any 60-bit integer fits a limb; going through the
    // unsigned type keeps the negation defined.
    v.small_mag = v.neg ? ~static_cast<std::uint64_t>(x) + 1 : static_cast<std::uint64_t>(x);
    v.n = x != 0 ? 1 : 0;
  } else {
    v.big = reinterpret_cast<const mp_limb_t*>(bignum_limbs(t));
    v.n = static_cast<mp_size_t>(bignum_limb_count(t));
    v.neg = bignum_negative(t);
  }
  return v;
}

// Limb storage for intermediate results: a few limbs inline (most bignums
// met in practice are small), the general heap beyond that. Results are
// copied onto the process heap by make_integer_from_limbs.
class LimbBuf {
 public:
  explicit LimbBuf(std::size_t n) {
    if (n > inline_.size()) {
      spill_.resize(n);
      p_ = spill_.data();
    } else {
      p_ = inline_.data();
    }
    for (std::size_t i = 0; i < n; ++i) p_[i] = 0;
  }
  mp_limb_t* data() { return p_; }

 private:
  std::array<mp_limb_t, 8> inline_{};
  std::vector<mp_limb_t> spill_;
  mp_limb_t* p_;
};

Term make_int(Heap& h, const mp_limb_t* limbs, mp_size_t n, bool neg) {
  return make_integer_from_limbs(h, reinterpret_cast<const std::uint64_t*>(limbs),
                                 static_cast<std::size_t>(n), neg);
}

// Compares magnitudes: -1, 0 or 1.
int cmp_mag(const IntView& a, const IntView& b) {
  if (a.n != b.n) return a.n < b.n ? -1 : 1;
  if (a.n == 0) return 0;
  int c = mpn_cmp(a.limbs(), b.limbs(), a.n);
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

// a + b on signed magnitudes. Subtraction is addition of the negated view.
Term add_views(Heap& h, const IntView& a, const IntView& b) {
  if (b.n == 0) return make_int(h, a.limbs(), a.n, a.neg);
  if (a.n == 0) return make_int(h, b.limbs(), b.n, b.neg);
  if (a.neg == b.neg) {
    // mpn_add wants the longer operand first.
    const IntView& x = a.n >= b.n ? a : b;
    const IntView& y = a.n >= b.n ? b : a;
    LimbBuf r(static_cast<std::size_t>(x.n) + 1);
    r.data()[x.n] = mpn_add(r.data(), x.limbs(), x.n, y.limbs(), y.n);
    return make_int(h, r.data(), x.n + 1, a.neg);
  }
  // Opposite signs: subtract the smaller magnitude from the larger; the
  // result takes the sign of the larger.
  int c = cmp_mag(a, b);
  if (c == 0) return Term::small(0);
  const IntView& x = c > 0 ? a : b;
  const IntView& y = c > 0 ? b : a;
  LimbBuf r(static_cast<std::size_t>(x.n));
  mpn_sub(r.data(), x.limbs(), x.n, y.limbs(), y.n);
  return make_int(h, r.data(), x.n, x.neg);
}

Term mul_views(Heap& h, const IntView& a, const IntView& b) {
  if (a.n == 0 || b.n == 0) return Term::small(0);
  const IntView& x = a.n >= b.n ? a : b;  // mpn_mul wants the longer first
  const IntView& y = a.n >= b.n ? b : a;
  LimbBuf r(static_cast<std::size_t>(x.n + y.n));
  mpn_mul(r.data(), x.limbs(), x.n, y.limbs(), y.n);
  return make_int(h, r.data(), x.n + y.n, a.neg != b.neg);
}

// Truncating division of the integers ta and tb; the caller has excluded
// tb == 0. Fills whichever of quotient/remainder it is asked for.
void divmod_ints(Heap& h, Term ta, Term tb, Term* quot, Term* rem) {
  IntView a = view_int(ta), b = view_int(tb);
  if (cmp_mag(a, b) < 0) {
    // |a| < |b|: the quotient is 0 and the remainder is a itself.
    if (quot) *quot = Term::small(0);
    if (rem) *rem = ta;
    return;
  }
  LimbBuf q(static_cast<std::size_t>(a.n - b.n + 1));
  LimbBuf r(static_cast<std::size_t>(b.n));
  mpn_tdiv_qr(q.data(), r.data(), 0, a.limbs(), a.n, b.limbs(), b.n);
  // Truncation toward zero: the quotient is negative when the signs differ
  // and the remainder has the sign of the dividend.
  if (quot) *quot = make_int(h, q.data(), a.n - b.n + 1, a.neg != b.neg);
  if (rem) *rem = make_int(h, r.data(), b.n, a.neg);
}

// ---------------------------------------------------------------------------
// Integer to double
// ---------------------------------------------------------------------------

// Converts an integer to a double the way ERTS does (erts big_to_double):
// limb by limb from the most significant, `d = d * 2^64 + limb`. That is not
// always correctly rounded (each step rounds), and Erlang programs observe
// the difference, e.g. float((1 bsl 64) + (1 bsl 63) + 6143) prints
// 2.7670116110564336e19 rather than the nearest double 2.767011611056433e19,
// so it is reproduced exactly here. Returns false when the value is too large
// for a double, where Erlang raises badarith (or badarg in float/1).
bool int_to_double(Term t, double* out) {
  if (t.is_small()) {
    *out = static_cast<double>(t.small_value());
    return true;
  }
  IntView v = view_int(t);
  const double base = 18446744073709551616.0;  // 2^64
  double d = 0.0;
  for (mp_size_t i = v.n; i-- > 0;) {
    d = d * base + static_cast<double>(v.limbs()[i]);
    if (!std::isfinite(d)) return false;
  }
  *out = v.neg ? -d : d;
  return true;
}

// Converts a number to a double for mixed arithmetic; false if it is not a
// number or is an integer too large to be a double.
bool to_double(Term t, double* out) {
  if (t.is_float()) {
    *out = t.float_value();
    return true;
  }
  if (t.is_integer()) return int_to_double(t, out);
  return false;
}

// A float result, or badarith (none) if it is not finite: ERTS checks every
// float operation and raises instead of producing an infinity or a NaN.
Term float_result(Heap& h, double d) {
  if (!std::isfinite(d)) return Term::none();
  return make_float(h, d);
}

// Compares an integer with a (finite) double exactly: -1, 0 or 1. Erlang
// compares mixed numbers by exact value, so 9007199254740993 > 9007199254740992.0
// even though converting the integer to a double would make them equal.
int cmp_int_double(Term i, double d) {
  IntView v = view_int(i);
  int si = v.n == 0 ? 0 : v.neg ? -1 : 1;
  int sd = d > 0.0 ? 1 : d < 0.0 ? -1 : 0;
  if (si != sd) return si < sd ? -1 : 1;
  if (si == 0) return 0;
  // Same nonzero sign: compare magnitudes, then flip for negatives.
  double ad = std::fabs(d);
  int e;
  double frac = std::frexp(ad, &e);  // ad = frac * 2^e, frac in [0.5, 1)
  // |i| lies in [2^(bits-1), 2^bits) and ad in [2^(e-1), 2^e).
  long bits = 64L * (v.n - 1) + (64 - std::countl_zero(v.limbs()[v.n - 1]));
  int mag;
  if (bits != e) {
    mag = bits > e ? 1 : -1;
  } else {
    // Same binary length (so e >= 1). The double is m * 2^(e-53) with m a
    // 53-bit integer.
    auto m = static_cast<std::uint64_t>(std::ldexp(frac, 53));
    int shift = e - 53;
    if (shift >= 0) {
      // The double is an integer as long as |i|; build its limbs and compare.
      LimbBuf w(static_cast<std::size_t>(v.n));
      std::size_t limb = static_cast<std::size_t>(shift) / 64;
      int bit = shift % 64;
      w.data()[limb] = m << bit;
      if (bit != 0 && limb + 1 < static_cast<std::size_t>(v.n)) w.data()[limb + 1] = m >> (64 - bit);
      int c = mpn_cmp(v.limbs(), w.data(), v.n);
      mag = c < 0 ? -1 : c > 0 ? 1 : 0;
    } else {
      // Here bits = e < 53, so |i| is a single limb; split the double into
      // integer and fractional parts and compare those.
      std::uint64_t ipart = m >> -shift;
      std::uint64_t fpart = m & ((std::uint64_t{1} << -shift) - 1);
      std::uint64_t u = v.limbs()[0];
      mag = u != ipart ? (u < ipart ? -1 : 1) : fpart != 0 ? -1 : 0;
    }
  }
  return si < 0 ? -mag : mag;
}

// ---------------------------------------------------------------------------
// Digits
// ---------------------------------------------------------------------------

constexpr char kDigits[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

}  // namespace

// ---------------------------------------------------------------------------
// Arithmetic
// ---------------------------------------------------------------------------

// Erlang: erlang:'+'/2
Term num_add(Heap& h, Term a, Term b) {
  if (a.is_small() && b.is_small()) {
    // Two 60-bit values cannot overflow 64 bits.
    return make_integer(h, a.small_value() + b.small_value());
  }
  if (a.is_integer() && b.is_integer()) {
    // x + 0 is x: no need to copy a bignum.
    if (b == Term::small(0)) return a;
    if (a == Term::small(0)) return b;
    return add_views(h, view_int(a), view_int(b));
  }
  double x, y;
  if (!to_double(a, &x) || !to_double(b, &y)) return Term::none();
  return float_result(h, x + y);
}

// Erlang: erlang:'-'/2
Term num_sub(Heap& h, Term a, Term b) {
  if (a.is_small() && b.is_small()) return make_integer(h, a.small_value() - b.small_value());
  if (a.is_integer() && b.is_integer()) {
    if (b == Term::small(0)) return a;
    IntView nb = view_int(b);
    nb.neg = !nb.neg;
    return add_views(h, view_int(a), nb);
  }
  double x, y;
  if (!to_double(a, &x) || !to_double(b, &y)) return Term::none();
  return float_result(h, x - y);
}

// Erlang: erlang:'*'/2
Term num_mul(Heap& h, Term a, Term b) {
  if (a.is_small() && b.is_small()) {
    std::int64_t r;
    if (!__builtin_mul_overflow(a.small_value(), b.small_value(), &r)) return make_integer(h, r);
    // Fall through to GMP: the product needs more than 64 bits.
  }
  if (a.is_integer() && b.is_integer()) return mul_views(h, view_int(a), view_int(b));
  double x, y;
  if (!to_double(a, &x) || !to_double(b, &y)) return Term::none();
  return float_result(h, x * y);
}

// Erlang: erlang:'-'/1. Negating a float flips its sign, so -(0.0) is -0.0.
Term num_neg(Heap& h, Term a) {
  if (a.is_small()) return make_integer(h, -a.small_value());  // -kSmallMin is 2^59: a bignum
  if (a.is_bignum()) {
    IntView v = view_int(a);
    return make_int(h, v.limbs(), v.n, !v.neg);
  }
  if (a.is_float()) return make_float(h, -a.float_value());
  return Term::none();
}

// Erlang: erlang:'/'/2. Both operands become doubles; dividing by zero (0,
// 0.0 or -0.0) is badarith, as is a result that overflows.
Term num_fdiv(Heap& h, Term a, Term b) {
  double x, y;
  if (!to_double(a, &x) || !to_double(b, &y)) return Term::none();
  if (y == 0.0) return Term::none();
  return float_result(h, x / y);
}

// Erlang: erlang:'div'/2. Integers only (4.0 div 2 is badarith); the quotient
// truncates toward zero, so -7 div 2 is -3.
Term int_div(Heap& h, Term a, Term b) {
  if (!a.is_integer() || !b.is_integer()) return Term::none();
  if (b.is_small()) {
    std::int64_t y = b.small_value();
    if (y == 0) return Term::none();
    // kSmallMin div -1 is 2^59, which make_integer turns into a bignum.
    if (a.is_small()) return make_integer(h, a.small_value() / y);
  }
  Term q;
  divmod_ints(h, a, b, &q, nullptr);
  return q;
}

// Erlang: erlang:'rem'/2. Integers only; the remainder has the sign of the
// dividend (-7 rem 2 is -1, 7 rem -2 is 1).
Term int_rem(Heap& h, Term a, Term b) {
  if (!a.is_integer() || !b.is_integer()) return Term::none();
  if (b.is_small()) {
    std::int64_t y = b.small_value();
    if (y == 0) return Term::none();
    if (a.is_small()) return Term::small(a.small_value() % y);
  }
  Term r;
  divmod_ints(h, a, b, nullptr, &r);
  return r;
}

// ---------------------------------------------------------------------------
// Bitwise operations: small integers directly, bignums through GMP's mpz
// functions, which treat negative numbers as infinite two's complement, as
// Erlang does. The mpz operands are read-only views of the terms' limbs.
// ---------------------------------------------------------------------------

namespace {

// The largest shift accepted (bits); beyond it the result could not be held.
constexpr std::int64_t kMaxShift = std::int64_t{1} << 32;

void mpz_view(mpz_t out, const IntView& v, LimbBuf& scratch) {
  // mpz_roinit_n wants a non-null pointer even for zero.
  scratch.data()[0] = v.n ? v.limbs()[0] : 0;
  const mp_limb_t* limbs = v.n ? (v.big ? v.big : scratch.data()) : scratch.data();
  mpz_roinit_n(out, limbs, v.neg ? -v.n : v.n);
}

Term from_mpz(Heap& h, const mpz_t z) {
  mp_size_t size = z->_mp_size;
  return make_int(h, z->_mp_d, size < 0 ? -size : size, size < 0);
}

enum class BitOp { kAnd, kOr, kXor };

Term bitwise(Heap& h, Term a, Term b, BitOp op) {
  if (!a.is_integer() || !b.is_integer()) return Term::none();
  if (a.is_small() && b.is_small()) {
    std::int64_t x = a.small_value(), y = b.small_value();
    return Term::small(op == BitOp::kAnd ? (x & y) : op == BitOp::kOr ? (x | y) : (x ^ y));
  }
  LimbBuf sa(1), sb(1);
  IntView va = view_int(a), vb = view_int(b);
  mpz_t za, zb, r;
  mpz_view(za, va, sa);
  mpz_view(zb, vb, sb);
  mpz_init(r);
  if (op == BitOp::kAnd) mpz_and(r, za, zb);
  else if (op == BitOp::kOr) mpz_ior(r, za, zb);
  else mpz_xor(r, za, zb);
  Term t = from_mpz(h, r);
  mpz_clear(r);
  return t;
}

// a shifted left by `shift` bits (right when negative, rounding down).
Term shift_left(Heap& h, Term a, Term b, bool negate) {
  if (!a.is_integer() || !b.is_integer()) return Term::none();
  if (!b.is_small()) {
    // A shift by a bignum: everything shifts out, or nothing can hold it.
    bool left = bignum_negative(b) == negate;
    if (left) return compare_numbers(a, Term::small(0)) == 0 ? Term::small(0) : Term::none();
    return compare_numbers(a, Term::small(0)) < 0 ? Term::small(-1) : Term::small(0);
  }
  std::int64_t s = b.small_value();
  if (negate) s = -s;
  if (a.is_small() && s <= 0) {
    std::int64_t x = a.small_value();
    return Term::small(s <= -63 ? (x < 0 ? -1 : 0) : (x >> -s));
  }
  if (a.is_small() && a.small_value() == 0) return a;
  if (s > kMaxShift) return Term::none();
  if (s < -kMaxShift) return compare_numbers(a, Term::small(0)) < 0 ? Term::small(-1) : Term::small(0);
  LimbBuf sa(1);
  IntView va = view_int(a);
  mpz_t za, r;
  mpz_view(za, va, sa);
  mpz_init(r);
  if (s >= 0) mpz_mul_2exp(r, za, static_cast<mp_bitcnt_t>(s));
  else mpz_fdiv_q_2exp(r, za, static_cast<mp_bitcnt_t>(-s));
  Term t = from_mpz(h, r);
  mpz_clear(r);
  return t;
}

}  // namespace

Term int_band(Heap& h, Term a, Term b) { return bitwise(h, a, b, BitOp::kAnd); }
Term int_bor(Heap& h, Term a, Term b) { return bitwise(h, a, b, BitOp::kOr); }
Term int_bxor(Heap& h, Term a, Term b) { return bitwise(h, a, b, BitOp::kXor); }
Term int_bnot(Heap& h, Term a) {
  if (a.is_small()) return Term::small(~a.small_value());
  if (!a.is_integer()) return Term::none();
  return num_sub(h, Term::small(-1), a);  // ~a == -1 - a
}
Term int_bsl(Heap& h, Term a, Term b) { return shift_left(h, a, b, false); }
Term int_bsr(Heap& h, Term a, Term b) { return shift_left(h, a, b, true); }

bool number_to_double(Term t, double* out) { return to_double(t, out); }

// ---------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------

// Erlang compares numbers by exact value whatever their types (erts
// erts_cmp: small/big/float cases). -0.0 and 0.0 are equal in OTP 25.
int compare_numbers(Term a, Term b) {
  if (a.is_small() && b.is_small()) {
    std::int64_t x = a.small_value(), y = b.small_value();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (a.is_float() && b.is_float()) {
    double x = a.float_value(), y = b.float_value();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (a.is_integer() && b.is_integer()) {
    IntView x = view_int(a), y = view_int(b);
    if (x.neg != y.neg && (x.n != 0 || y.n != 0)) return x.neg ? -1 : 1;
    int c = cmp_mag(x, y);
    return x.neg ? -c : c;
  }
  if (a.is_integer()) return cmp_int_double(a, b.float_value());
  return -cmp_int_double(b, a.float_value());
}

// ---------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------

// Erlang: io_lib_format:fwrite_g/1, which is float_to_list(F, [short]) (also
// ~w, and Elixir's Float.to_string/1), as ERTS implements it in OTP 25:
// Ryu's shortest digits laid out by ERTS's adaptation of the MS STL to_chars
// (erts/emulator/ryu/to_chars.h), whose rule differs from C's %g.
//
// The digits are the shortest that read back as the same double, which is
// what std::to_chars produces (closest to the exact value when several are
// equally short, as Ryu does). With those L digits as an integer D and the
// value D x 10^R (so the scientific exponent is R + L - 1), the fixed form
// (1729.0, 17.29, 0.001729, 17290.0) is used when R lies in [lower, upper]:
//   L == 1                   [-4, 2]     0.0001 and 100.0, but 1.0e-5, 1.0e3
//   L > 1, exponent >= 10    [-L-2, 2]   123456789100.0
//   L > 1, exponent < 10     [-L-2, 1]   12340.0 but 1.2345e5; 0.0015 but
//                                        1.25e-4
// except that values of 2^53 and above always take the exponent form, since
// past 2^53 not every integer is a double (so 123456789.0, but
// 1.487815484836192e17). The exponent form is D.DDDeX, or D.0eX for one digit.
std::string format_float(double d) {
  // Erlang floats are always finite; these two lines only keep the function
  // total for callers that pass a C++ double through unchecked.
  if (std::isnan(d)) return "nan";
  if (std::isinf(d)) return d < 0 ? "-inf" : "inf";

  std::string out;
  if (std::signbit(d)) out += '-';
  double a = std::fabs(d);
  if (a == 0.0) return out + "0.0";

  char buf[40];
  auto res = std::to_chars(buf, buf + sizeof buf, a, std::chars_format::scientific);
  // buf holds D[.DDD]e(+|-)XX, without trailing zeros in the digits.
  std::string digits;
  const char* p = buf;
  for (; p < res.ptr && *p != 'e'; ++p)
    if (*p != '.') digits += *p;
  // The exponent always has a sign, which std::from_chars does not accept.
  int sci = 0;
  std::from_chars(p + 2, res.ptr, sci);
  if (p[1] == '-') sci = -sci;

  int len = static_cast<int>(digits.size());
  int r = sci - len + 1;
  int lower = len == 1 ? -4 : -(len + 2);
  int upper = len == 1 || sci >= 10 ? 2 : 1;
  if (lower <= r && r <= upper && !(r >= 0 && a >= 9007199254740992.0)) {
    if (r >= 0) return out + digits + std::string(static_cast<std::size_t>(r), '0') + ".0";
    int whole = len + r;  // digits before the point
    if (whole > 0) return out + digits.substr(0, whole) + "." + digits.substr(whole);
    return out + "0." + std::string(static_cast<std::size_t>(-whole), '0') + digits;
  }
  out += digits[0];
  out += '.';
  out += len == 1 ? std::string("0") : digits.substr(1);
  out += 'e';
  out += std::to_string(sci);
  return out;
}

// Elixir: Inspect.Float (Elixir 1.14). inspect/1 differs from to_string/1 for
// floats with an integral value in [1.0, 1.0e16): those print as the integer
// followed by ".0" (inspect(1000.0) is "1000.0", to_string gives "1.0e3").
std::string inspect_float(double d) {
  double a = std::fabs(d);
  if (a >= 1.0 && a < 1.0e16 && std::trunc(a) == a) {
    return std::to_string(static_cast<std::int64_t>(d)) + ".0";
  }
  return format_float(d);
}

// Erlang: erlang:integer_to_list/2 (Elixir's Integer.to_string/2): uppercase
// digits and a leading '-'.
std::string integer_to_string(Term integer, int base) {
  if (base < 2 || base > 36 || !integer.is_integer()) return {};
  if (integer.is_small()) {
    std::int64_t v = integer.small_value();
    std::uint64_t mag = v < 0 ? ~static_cast<std::uint64_t>(v) + 1 : static_cast<std::uint64_t>(v);
    char buf[72];
    char* end = buf + sizeof buf;
    char* p = end;
    do {
      *--p = kDigits[mag % static_cast<unsigned>(base)];
      mag /= static_cast<unsigned>(base);
    } while (mag != 0);
    if (v < 0) *--p = '-';
    return std::string(p, end);
  }
  IntView v = view_int(integer);
  // mpn_get_str clobbers its input (except in power-of-two bases), so it
  // works on a copy, with one spare limb as GMP's documentation asks.
  std::vector<mp_limb_t> copy(v.limbs(), v.limbs() + v.n);
  copy.push_back(0);
  std::size_t size = mpn_sizeinbase(v.limbs(), v.n, base) + 1;
  std::string raw(size, '\0');
  std::size_t len = mpn_get_str(reinterpret_cast<unsigned char*>(raw.data()), base, copy.data(), v.n);
  // The digits are values, possibly with leading zeros.
  std::size_t start = 0;
  while (start + 1 < len && raw[start] == 0) ++start;
  std::string out;
  out.reserve(len - start + 1);
  if (v.neg) out += '-';
  for (std::size_t i = start; i < len; ++i) out += kDigits[static_cast<unsigned char>(raw[i])];
  return out;
}

// Erlang: erlang:binary_to_integer/2 (Elixir's String.to_integer/2): an
// optional '+' or '-' and at least one digit of `base`; nothing else (no
// whitespace, no underscores, no prefix such as 0x). "-0" and "00012" are
// fine; "", "+", "1_000" and " 1" are not.
Term parse_integer(Heap& h, std::string_view text, int base) {
  if (base < 2 || base > 36) return Term::none();
  bool neg = false;
  if (!text.empty() && (text[0] == '+' || text[0] == '-')) {
    neg = text[0] == '-';
    text.remove_prefix(1);
  }
  if (text.empty()) return Term::none();

  // Fast path: accumulate in 64 bits while it cannot overflow.
  std::uint64_t acc = 0;
  bool fits = true;
  for (char c : text) {
    int v = digit_value(c);
    if (v >= base) return Term::none();
    if (fits && (__builtin_mul_overflow(acc, static_cast<std::uint64_t>(base), &acc) ||
                 __builtin_add_overflow(acc, static_cast<std::uint64_t>(v), &acc)))
      fits = false;
  }
  if (fits) return make_integer_from_limbs(h, &acc, acc != 0 ? 1 : 0, neg);

  Term t = make_integer_from_digits(h, text, base);
  if (t.is_none() || !neg) return t;
  // A magnitude this long is a bignum; negate it by rebuilding it with the
  // sign (make_integer_from_limbs also turns -2^59 back into a small).
  IntView v = view_int(t);
  return make_int(h, v.limbs(), v.n, true);
}

}  // namespace vial

namespace vial {

Term integer_from_double(Heap& h, double d) {
  if (d > -9.0e15 && d < 9.0e15) return make_integer(h, static_cast<std::int64_t>(d));
  // |d| >= 2^53: an integer m * 2^e with a 53-bit mantissa m.
  int exponent = 0;
  double mantissa = std::frexp(std::fabs(d), &exponent);  // in [0.5, 1)
  auto m = static_cast<std::uint64_t>(std::ldexp(mantissa, 53));
  int shift = exponent - 53;  // >= 0 here
  std::vector<std::uint64_t> limbs(static_cast<std::size_t>(shift / 64) + 2, 0);
  limbs[shift / 64] = m << (shift % 64);
  if (shift % 64) limbs[shift / 64 + 1] = m >> (64 - shift % 64);
  return make_integer_from_limbs(h, limbs.data(), limbs.size(), d < 0);
}

}  // namespace vial
