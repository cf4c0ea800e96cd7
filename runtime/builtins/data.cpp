// :erlang BIFs on tuples, lists and number conversions (what Kernel's
// elem/put_elem/round/trunc and List/Tuple conversions call), and :math.
// Messages are Erlang 25's error_info texts, which Elixir's ArgumentError
// prints.
#include <algorithm>
#include <cmath>

#include "runtime/builtins/builtins.h"
#include "vm/compare.h"
#include "vm/hash.h"
#include "vm/number.h"

namespace vial {

namespace {

// erlang:setelement/3 (Kernel.put_elem/3 with the index plus one)
Term erlang_setelement(NativeCall& c, const Term* a) {
  if (!a[1].is_tuple()) return c.badarg(2, "not a tuple");
  if (!a[0].is_small() || a[0].small_value() < 1 ||
      static_cast<std::size_t>(a[0].small_value()) > a[1].tuple_arity())
    return c.badarg(1, "out of range");
  std::size_t n = a[1].tuple_arity();
  Term t = make_tuple_uninit(c.heap(), n);
  for (std::size_t i = 0; i < n; ++i) tuple_set(t, i, a[1].element(i));
  tuple_set(t, static_cast<std::size_t>(a[0].small_value() - 1), a[2]);
  c.charge(static_cast<int>(n / 16));
  return t;
}

// erlang:list_to_tuple/1 (List.to_tuple/1)
Term erlang_list_to_tuple(NativeCall& c, const Term* a) {
  std::size_t n = list_length(a[0]);
  if (n == SIZE_MAX) return c.badarg(1, "not a list");
  Term t = make_tuple_uninit(c.heap(), n);
  std::size_t i = 0;
  for (Term l = a[0]; l.is_cons(); l = l.tail()) tuple_set(t, i++, l.head());
  c.charge(static_cast<int>(n / 16));
  return t;
}

// erlang:tuple_to_list/1 (Tuple.to_list/1)
Term erlang_tuple_to_list(NativeCall& c, const Term* a) {
  if (!a[0].is_tuple()) return c.badarg(1, "not a tuple");
  std::vector<Term> items;
  for (std::size_t i = 0; i < a[0].tuple_arity(); ++i) items.push_back(a[0].element(i));
  c.charge(static_cast<int>(items.size() / 16));
  return make_list(c.heap(), items);
}

// erlang:make_tuple/2 (Tuple.duplicate/2 with the arguments swapped)
Term erlang_make_tuple(NativeCall& c, const Term* a) {
  if (!a[0].is_small() || a[0].small_value() < 0 || a[0].small_value() > (1 << 24))
    return c.badarg(1, "not a non-negative integer");
  auto n = static_cast<std::size_t>(a[0].small_value());
  Term t = make_tuple_uninit(c.heap(), n);
  for (std::size_t i = 0; i < n; ++i) tuple_set(t, i, a[1]);
  c.charge(static_cast<int>(n / 16));
  return t;
}

// erlang:append_element/2 (Tuple.append/2)
Term erlang_append_element(NativeCall& c, const Term* a) {
  if (!a[0].is_tuple()) return c.badarg(1, "not a tuple");
  std::size_t n = a[0].tuple_arity();
  Term t = make_tuple_uninit(c.heap(), n + 1);
  for (std::size_t i = 0; i < n; ++i) tuple_set(t, i, a[0].element(i));
  tuple_set(t, n, a[1]);
  return t;
}

// erlang:insert_element/3: Term inserted at 1-based Index (1..arity+1).
Term erlang_insert_element(NativeCall& c, const Term* a) {
  if (!a[1].is_tuple()) return c.badarg(2, "not a tuple");
  std::size_t n = a[1].tuple_arity();
  if (!a[0].is_small() || a[0].small_value() < 1 || static_cast<std::size_t>(a[0].small_value()) > n + 1)
    return c.badarg(1, "out of range");
  auto at = static_cast<std::size_t>(a[0].small_value() - 1);
  Term t = make_tuple_uninit(c.heap(), n + 1);
  for (std::size_t i = 0, j = 0; i <= n; ++i) tuple_set(t, i, i == at ? a[2] : a[1].element(j++));
  return t;
}

// erlang:delete_element/2: the tuple without its Index-th element.
Term erlang_delete_element(NativeCall& c, const Term* a) {
  if (!a[1].is_tuple()) return c.badarg(2, "not a tuple");
  std::size_t n = a[1].tuple_arity();
  if (!a[0].is_small() || a[0].small_value() < 1 || static_cast<std::size_t>(a[0].small_value()) > n)
    return c.badarg(1, "out of range");
  auto at = static_cast<std::size_t>(a[0].small_value() - 1);
  Term t = make_tuple_uninit(c.heap(), n - 1);
  for (std::size_t i = 0, j = 0; i < n; ++i)
    if (i != at) tuple_set(t, j++, a[1].element(i));
  return t;
}

// erlang:make_tuple/3: Arity copies of Default, then {Position, Term} pairs.
Term erlang_make_tuple3(NativeCall& c, const Term* a) {
  if (!a[0].is_small() || a[0].small_value() < 0 || a[0].small_value() > (1 << 24))
    return c.badarg(1, "not a non-negative integer");
  auto n = static_cast<std::size_t>(a[0].small_value());
  Term l = a[2];
  for (; l.is_cons(); l = l.tail()) {
    Term p = l.head();
    if (!p.is_tuple() || p.tuple_arity() != 2 || !p.element(0).is_small() || p.element(0).small_value() < 1 ||
        static_cast<std::size_t>(p.element(0).small_value()) > n)
      return c.badarg(3, "not a list of pairs with valid positions");
  }
  if (!l.is_nil()) return c.badarg(3, "not a list");
  Term t = make_tuple_uninit(c.heap(), n);
  for (std::size_t i = 0; i < n; ++i) tuple_set(t, i, a[1]);
  for (l = a[2]; l.is_cons(); l = l.tail())
    tuple_set(t, static_cast<std::size_t>(l.head().element(0).small_value() - 1), l.head().element(1));
  return t;
}

// Float-to-integer conversions: erlang:round/1, trunc/1, floor/1, ceil/1
// (Kernel.round/1 etc.). Integers pass through.
template <double (*F)(double)>
Term float_to_integer(NativeCall& c, const Term* a) {
  if (a[0].is_integer()) return a[0];
  if (!a[0].is_float()) return c.badarg(1, "not a number");
  return integer_from_double(c.heap(), F(a[0].float_value()));
}
double round_half_away(double d) { return std::round(d); }
double trunc_toward_zero(double d) { return std::trunc(d); }
double floor_down(double d) { return std::floor(d); }
double ceil_up(double d) { return std::ceil(d); }

// erlang:float/1
Term erlang_float(NativeCall& c, const Term* a) {
  if (a[0].is_float()) return a[0];
  double d;
  if (!a[0].is_integer()) return c.badarg(1, "not a number");
  if (!number_to_double(a[0], &d)) return c.badarg(1, "out of range");  // as erlang:float/1 on a huge integer
  return make_float(c.heap(), d);
}

// :math functions take numbers and return floats. A non-number is badarg; a
// result that is not a finite number is badarith, as ERTS raises.
Term math_result(NativeCall& c, double r) {
  if (!std::isfinite(r)) return c.badarith();
  return make_float(c.heap(), r);
}
template <double (*F)(double)>
Term math1(NativeCall& c, const Term* a) {
  double x;
  if (!a[0].is_number() || !number_to_double(a[0], &x)) return c.badarg(1, "not a number");
  return math_result(c, F(x));
}
template <double (*F)(double, double)>
Term math2(NativeCall& c, const Term* a) {
  double x, y;
  if (!a[0].is_number() || !number_to_double(a[0], &x)) return c.badarg(1, "not a number");
  if (!a[1].is_number() || !number_to_double(a[1], &y)) return c.badarg(2, "not a number");
  return math_result(c, F(x, y));
}
double m_sqrt(double x) { return x < 0 ? NAN : std::sqrt(x); }
double m_log(double x) { return x <= 0 ? NAN : std::log(x); }
double m_log2(double x) { return x <= 0 ? NAN : std::log2(x); }
double m_log10(double x) { return x <= 0 ? NAN : std::log10(x); }
double m_exp(double x) { return std::exp(x); }
double m_sin(double x) { return std::sin(x); }
double m_cos(double x) { return std::cos(x); }
double m_tan(double x) { return std::tan(x); }
double m_atan(double x) { return std::atan(x); }
double m_asin(double x) { return std::asin(x); }
double m_acos(double x) { return std::acos(x); }
double m_sinh(double x) { return std::sinh(x); }
double m_cosh(double x) { return std::cosh(x); }
double m_tanh(double x) { return std::tanh(x); }
double m_asinh(double x) { return std::asinh(x); }
double m_acosh(double x) { return std::acosh(x); }
double m_atanh(double x) { return std::atanh(x); }
double m_erf(double x) { return std::erf(x); }
double m_erfc(double x) { return std::erfc(x); }
double m_floor(double x) { return std::floor(x); }
double m_ceil(double x) { return std::ceil(x); }
double m_pow(double x, double y) { return std::pow(x, y); }
double m_atan2(double y, double x) { return std::atan2(y, x); }
double m_fmod(double x, double y) { return y == 0 ? NAN : std::fmod(x, y); }
Term math_pi(NativeCall& c, const Term*) { return make_float(c.heap(), M_PI); }

// erlang:phash2/1: OTP 25's portable hash (vm/hash.h) in 0..2^27-1.
Term erlang_phash2(NativeCall& c, const Term* a) {
  std::size_t steps = 0;
  std::uint32_t h = phash2(a[0], &steps);
  c.charge(static_cast<int>(std::min<std::size_t>(steps / 16, 1 << 20)));
  return Term::small(h & ((1U << 27) - 1));
}

// erlang:phash2/2: the hash modulo Range (1..2^32).
Term erlang_phash2_range(NativeCall& c, const Term* a) {
  Term range = a[1];
  if (!range.is_integer()) return c.badarg(1, "not an integer");
  if (compare_numbers(range, Term::small(1)) < 0) return c.badarg(1, "out of range");
  if (!range.is_small() || range.small_value() > (std::int64_t{1} << 32)) return c.error(atoms::badarg);
  std::size_t steps = 0;
  std::uint64_t h = phash2(a[0], &steps);
  c.charge(static_cast<int>(std::min<std::size_t>(steps / 16, 1 << 20)));
  return Term::small(static_cast<std::int64_t>(h % static_cast<std::uint64_t>(range.small_value())));
}

// erlang:phash/2: OTP 25's older portable hash (make_hash) in 1..Range.
Term erlang_phash_range(NativeCall& c, const Term* a) {
  // BEAM's error_info names the 1st argument for the range (as for phash2/2).
  Term range = a[1];
  if (!range.is_integer()) return c.badarg(1, "not an integer");
  if (compare_numbers(range, Term::small(1)) < 0) return c.badarg(1, "out of range");
  if (!range.is_small() || range.small_value() > (std::int64_t{1} << 32)) return c.error(atoms::badarg);
  std::uint64_t h = make_hash(a[0]);
  return Term::small(static_cast<std::int64_t>(h % static_cast<std::uint64_t>(range.small_value()) + 1));
}

}  // namespace

void register_data_builtins() {
  register_natives({
      {"erlang", "setelement", 3, erlang_setelement},
      {"erlang", "phash2", 1, erlang_phash2},
      {"erlang", "phash2", 2, erlang_phash2_range},
      {"erlang", "phash", 2, erlang_phash_range},
      {"erlang", "list_to_tuple", 1, erlang_list_to_tuple},
      {"erlang", "tuple_to_list", 1, erlang_tuple_to_list},
      {"erlang", "make_tuple", 2, erlang_make_tuple},
      {"erlang", "append_element", 2, erlang_append_element},
      {"erlang", "round", 1, float_to_integer<round_half_away>},
      {"erlang", "trunc", 1, float_to_integer<trunc_toward_zero>},
      {"erlang", "floor", 1, float_to_integer<floor_down>},
      {"erlang", "ceil", 1, float_to_integer<ceil_up>},
      {"erlang", "float", 1, erlang_float},
      {"math", "sqrt", 1, math1<m_sqrt>},
      {"math", "log", 1, math1<m_log>},
      {"math", "log2", 1, math1<m_log2>},
      {"math", "log10", 1, math1<m_log10>},
      {"math", "exp", 1, math1<m_exp>},
      {"math", "sin", 1, math1<m_sin>},
      {"math", "cos", 1, math1<m_cos>},
      {"math", "tan", 1, math1<m_tan>},
      {"math", "atan", 1, math1<m_atan>},
      {"math", "floor", 1, math1<m_floor>},
      {"math", "asin", 1, math1<m_asin>},
      {"math", "acos", 1, math1<m_acos>},
      {"math", "sinh", 1, math1<m_sinh>},
      {"math", "cosh", 1, math1<m_cosh>},
      {"math", "tanh", 1, math1<m_tanh>},
      {"math", "asinh", 1, math1<m_asinh>},
      {"math", "acosh", 1, math1<m_acosh>},
      {"math", "atanh", 1, math1<m_atanh>},
      {"math", "erf", 1, math1<m_erf>},
      {"math", "erfc", 1, math1<m_erfc>},
      {"erlang", "insert_element", 3, erlang_insert_element},
      {"erlang", "delete_element", 2, erlang_delete_element},
      {"erlang", "make_tuple", 3, erlang_make_tuple3},
      {"math", "ceil", 1, math1<m_ceil>},
      {"math", "pow", 2, math2<m_pow>},
      {"math", "atan2", 2, math2<m_atan2>},
      {"math", "fmod", 2, math2<m_fmod>},
      {"math", "pi", 0, math_pi},
  });
}

}  // namespace vial
