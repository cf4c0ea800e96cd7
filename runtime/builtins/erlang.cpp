// :erlang BIFs that Kernel inlines (operators, type tests, list and tuple
// access), and erlang:error/throw/exit. Messages for badarg are Erlang 25's
// error_info texts, which Elixir's ArgumentError prints.
#include <cmath>

#include "runtime/builtins/builtins.h"
#include "vm/fun.h"
#include "vm/compare.h"
#include "vm/number.h"

namespace vial {

namespace {

Term arith(NativeCall& c, Term r) { return r.is_none() ? c.badarith() : r; }

// Elixir: Kernel.+/2 (erlang:'+'/2), and the other arithmetic operators.
Term erlang_add(NativeCall& c, const Term* a) { return arith(c, num_add(c.heap(), a[0], a[1])); }
Term erlang_sub(NativeCall& c, const Term* a) { return arith(c, num_sub(c.heap(), a[0], a[1])); }
Term erlang_mul(NativeCall& c, const Term* a) { return arith(c, num_mul(c.heap(), a[0], a[1])); }
Term erlang_fdiv(NativeCall& c, const Term* a) { return arith(c, num_fdiv(c.heap(), a[0], a[1])); }
Term erlang_div(NativeCall& c, const Term* a) { return arith(c, int_div(c.heap(), a[0], a[1])); }
Term erlang_rem(NativeCall& c, const Term* a) { return arith(c, int_rem(c.heap(), a[0], a[1])); }
// Elixir: Bitwise.band/2 ... bsr/2, bnot/1 (erlang:band/2 ...)
Term erlang_band(NativeCall& c, const Term* a) { return arith(c, int_band(c.heap(), a[0], a[1])); }
Term erlang_bor(NativeCall& c, const Term* a) { return arith(c, int_bor(c.heap(), a[0], a[1])); }
Term erlang_bxor(NativeCall& c, const Term* a) { return arith(c, int_bxor(c.heap(), a[0], a[1])); }
Term erlang_bnot(NativeCall& c, const Term* a) { return arith(c, int_bnot(c.heap(), a[0])); }
// A shift of integers that fails made a number too large: system_limit.
Term shift(NativeCall& c, const Term* a, Term r) {
  if (!r.is_none()) return r;
  return a[0].is_integer() && a[1].is_integer() ? c.error(atoms::system_limit) : c.badarith();
}
Term erlang_bsl(NativeCall& c, const Term* a) { return shift(c, a, int_bsl(c.heap(), a[0], a[1])); }
Term erlang_bsr(NativeCall& c, const Term* a) { return shift(c, a, int_bsr(c.heap(), a[0], a[1])); }
// Elixir: Kernel.-/1 (erlang:'-'/1)
Term erlang_neg(NativeCall& c, const Term* a) { return arith(c, num_neg(c.heap(), a[0])); }
// Elixir: Kernel.+/1 (erlang:'+'/1)
Term erlang_plus(NativeCall& c, const Term* a) { return a[0].is_number() ? a[0] : c.badarith(); }

// Elixir: Kernel.abs/1 (erlang:abs/1)
Term erlang_abs(NativeCall& c, const Term* a) {
  Term t = a[0];
  if (t.is_float()) {
    // As BEAM: only negative values flip, so abs(-0.0) stays -0.0.
    double d = t.float_value();
    return d < 0 ? make_float(c.heap(), -d) : t;
  }
  if (!t.is_integer()) return c.badarg(1, "not a number");
  if (compare_numbers(t, Term::small(0)) >= 0) return t;
  return num_neg(c.heap(), t);
}

// Comparisons: Kernel.</2 etc. (erlang:'<'/2, '=<'/2, '=='/2, '=:='/2 ...)
Term erlang_lt(NativeCall&, const Term* a) { return make_bool(compare_terms(a[0], a[1]) < 0); }
Term erlang_gt(NativeCall&, const Term* a) { return make_bool(compare_terms(a[0], a[1]) > 0); }
Term erlang_le(NativeCall&, const Term* a) { return make_bool(compare_terms(a[0], a[1]) <= 0); }
Term erlang_ge(NativeCall&, const Term* a) { return make_bool(compare_terms(a[0], a[1]) >= 0); }
Term erlang_eq(NativeCall&, const Term* a) { return make_bool(compare_terms(a[0], a[1]) == 0); }
Term erlang_ne(NativeCall&, const Term* a) { return make_bool(compare_terms(a[0], a[1]) != 0); }
Term erlang_eqx(NativeCall&, const Term* a) { return make_bool(exact_equal(a[0], a[1])); }
Term erlang_nex(NativeCall&, const Term* a) { return make_bool(!exact_equal(a[0], a[1])); }
// Elixir: Kernel.max/2, Kernel.min/2 (erlang:max/2, min/2): the first when equal.
Term erlang_max(NativeCall&, const Term* a) { return compare_terms(a[0], a[1]) < 0 ? a[1] : a[0]; }
Term erlang_min(NativeCall&, const Term* a) { return compare_terms(a[0], a[1]) > 0 ? a[1] : a[0]; }

// Elixir: Kernel.not/1 (erlang:'not'/1)
Term erlang_not(NativeCall& c, const Term* a) {
  if (a[0] == atoms::true_) return atoms::false_;
  if (a[0] == atoms::false_) return atoms::true_;
  return c.error(atoms::badarg);
}

// Type tests: Kernel.is_integer/1 etc.
Term erlang_is_integer(NativeCall&, const Term* a) { return make_bool(a[0].is_integer()); }
Term erlang_is_float(NativeCall&, const Term* a) { return make_bool(a[0].is_float()); }
Term erlang_is_number(NativeCall&, const Term* a) { return make_bool(a[0].is_number()); }
Term erlang_is_atom(NativeCall&, const Term* a) { return make_bool(a[0].is_atom()); }
Term erlang_is_binary(NativeCall&, const Term* a) { return make_bool(a[0].is_binary()); }
Term erlang_is_bitstring(NativeCall&, const Term* a) { return make_bool(a[0].is_bitstring()); }
Term erlang_is_list(NativeCall&, const Term* a) { return make_bool(a[0].is_list()); }
Term erlang_is_tuple(NativeCall&, const Term* a) { return make_bool(a[0].is_tuple()); }
Term erlang_is_function(NativeCall&, const Term* a) { return make_bool(a[0].is_fun()); }
Term erlang_is_pid(NativeCall&, const Term* a) { return make_bool(a[0].is_pid()); }
// Elixir: Kernel.is_function/2 (erlang:is_function/2)
Term erlang_is_function2(NativeCall& c, const Term* a) {
  if (!a[1].is_integer()) return c.badarg(2, "not an integer");
  if (compare_numbers(a[1], Term::small(0)) < 0) return c.badarg(2, "out of range");
  if (!a[1].is_small()) return atoms::false_;
  return make_bool(a[0].is_fun() && fun_arity(a[0]) == static_cast<std::uint64_t>(a[1].small_value()));
}
Term erlang_is_boolean(NativeCall&, const Term* a) {
  return make_bool(a[0] == atoms::true_ || a[0] == atoms::false_);
}

// Elixir: Kernel.hd/1 (erlang:hd/1)
Term erlang_hd(NativeCall& c, const Term* a) {
  return a[0].is_cons() ? a[0].head() : c.badarg(1, "not a nonempty list");
}
// Elixir: Kernel.tl/1 (erlang:tl/1)
Term erlang_tl(NativeCall& c, const Term* a) {
  return a[0].is_cons() ? a[0].tail() : c.badarg(1, "not a nonempty list");
}
// Elixir: Kernel.length/1 (erlang:length/1)
// Counts 16 cells a reduction; past the slice's budget it traps to
// vial:length_continue(Rest, CountSoFar, List) and goes on in the next slice.
Term length_step(NativeCall& c, Term rest, std::int64_t count, Term list) {
  std::size_t budget = c.can_trap ? static_cast<std::size_t>(c.budget()) * 16 : SIZE_MAX;
  std::size_t steps = 0;
  while (rest.is_cons() && steps < budget) {
    rest = rest.tail();
    ++steps;
  }
  count += static_cast<std::int64_t>(steps);
  c.charge(static_cast<int>(steps / 16));
  if (rest.is_cons()) {
    static const Word* resume = continuation_code(atoms::vial, intern_atom("length_continue"), 3);
    return c.trap(resume, {rest, Term::small(count), list});
  }
  if (!rest.is_nil()) {
    c.badarg(1, "not a list");
    c.process.error.module = atoms::erlang;
    c.process.error.function = intern_atom("length");
    c.process.error.arity = 1;
    c.process.error.args = make_list(c.heap(), {list});
    return Term::none();
  }
  return Term::small(count);
}
Term erlang_length(NativeCall& c, const Term* a) {
  if (!a[0].is_list()) return c.badarg(1, "not a list");
  return length_step(c, a[0], 0, a[0]);
}
Term vial_length_continue(NativeCall& c, const Term* a) { return length_step(c, a[0], a[1].small_value(), a[2]); }
// Elixir: Kernel.tuple_size/1 (erlang:tuple_size/1)
Term erlang_tuple_size(NativeCall& c, const Term* a) {
  if (!a[0].is_tuple()) return c.badarg(1, "not a tuple");
  return Term::small(static_cast<std::int64_t>(a[0].tuple_arity()));
}
// Elixir: Kernel.byte_size/1 (erlang:byte_size/1)
Term erlang_byte_size(NativeCall& c, const Term* a) {
  if (!a[0].is_bitstring()) return c.badarg(1, "not a bitstring");
  return make_integer(c.heap(), static_cast<std::int64_t>((a[0].bit_size() + 7) / 8));
}
// Elixir: Kernel.bit_size/1 (erlang:bit_size/1)
Term erlang_bit_size(NativeCall& c, const Term* a) {
  if (!a[0].is_bitstring()) return c.badarg(1, "not a bitstring");
  return make_integer(c.heap(), static_cast<std::int64_t>(a[0].bit_size()));
}
// Elixir: Kernel.elem/2 (erlang:element/2, 1-based)
Term erlang_element(NativeCall& c, const Term* a) {
  if (!a[1].is_tuple()) return c.badarg(2, "not a tuple");
  if (!a[0].is_small() || a[0].small_value() < 1 ||
      static_cast<std::size_t>(a[0].small_value()) > a[1].tuple_arity())
    return c.badarg(1, "out of range");
  return a[1].element(static_cast<std::size_t>(a[0].small_value() - 1));
}

// Elixir: Kernel.++/2 (erlang:'++'/2)
// Copies `left` in front of `right`: reversed onto [] (phase 0), then that
// reversed onto `right` (phase 1), 16 cells a reduction, trapping to
// vial:append_continue(Rest, Acc, Phase, Left, Right) when the slice's
// budget is spent.
Term append_step(NativeCall& c, Term rest, Term acc, int phase, Term left, Term right) {
  std::size_t budget = c.can_trap ? static_cast<std::size_t>(c.budget()) * 16 : SIZE_MAX;
  std::size_t steps = 0;
  for (;;) {
    while (rest.is_cons() && steps < budget) {
      acc = make_cons(c.heap(), rest.head(), acc);
      rest = rest.tail();
      ++steps;
    }
    if (rest.is_cons()) break;
    if (phase == 0) {
      if (!rest.is_nil()) {
        c.error(atoms::badarg);
        c.process.error.module = atoms::erlang;
        c.process.error.function = intern_atom("++");
        c.process.error.arity = 2;
        c.process.error.args = make_list(c.heap(), {left, right});
        return Term::none();
      }
      phase = 1;
      rest = acc;
      acc = right;
      continue;
    }
    c.charge(static_cast<int>(steps / 16));
    return acc;
  }
  c.charge(static_cast<int>(steps / 16));
  static const Word* resume = continuation_code(atoms::vial, intern_atom("append_continue"), 5);
  return c.trap(resume, {rest, acc, Term::small(phase), left, right});
}
Term erlang_append(NativeCall& c, const Term* a) {
  if (a[0].is_nil()) return a[1];
  return append_step(c, a[0], Term::nil(), 0, a[0], a[1]);
}
Term vial_append_continue(NativeCall& c, const Term* a) {
  return append_step(c, a[0], a[1], static_cast<int>(a[2].small_value()), a[3], a[4]);
}

// erlang:error/1, Kernel.throw/1 (erlang:throw/1), Kernel.exit/1 (erlang:exit/1)
Term erlang_error(NativeCall& c, const Term* a) { return c.error(a[0]); }
Term erlang_throw(NativeCall& c, const Term* a) { return c.process.raise(atoms::throw_, a[0]); }
Term erlang_exit(NativeCall& c, const Term* a) { return c.process.raise(atoms::exit, a[0]); }

// erlang:integer_to_binary/1
Term erlang_integer_to_binary(NativeCall& c, const Term* a) {
  if (!a[0].is_integer()) return c.badarg(1, "not an integer");
  return make_binary(c.heap(), integer_to_string(a[0]));
}
// erlang:binary_to_integer/1
Term erlang_binary_to_integer(NativeCall& c, const Term* a) {
  if (!a[0].is_binary()) return c.badarg(1, "not a binary");
  Term r = parse_integer(c.heap(), a[0].binary_view());
  if (r.is_none()) return c.badarg(1, "not a textual representation of an integer");
  return r;
}

// erlang:integer_to_binary/2: in base 2..36, upper-case digits.
Term erlang_integer_to_binary2(NativeCall& c, const Term* a) {
  if (!a[0].is_integer()) return c.badarg(1, "not an integer");
  if (!a[1].is_small() || a[1].small_value() < 2 || a[1].small_value() > 36)
    return c.badarg(2, "not an integer in the range 2 through 36");
  return make_binary(c.heap(), integer_to_string(a[0], static_cast<int>(a[1].small_value())));
}
// erlang:binary_to_integer/2
Term erlang_binary_to_integer2(NativeCall& c, const Term* a) {
  if (!a[0].is_binary()) return c.badarg(1, "not a binary");
  if (!a[1].is_small() || a[1].small_value() < 2 || a[1].small_value() > 36)
    return c.badarg(2, "not an integer in the range 2 through 36");
  Term r = parse_integer(c.heap(), a[0].binary_view(), static_cast<int>(a[1].small_value()));
  if (r.is_none()) return c.badarg(1, "not a textual representation of an integer");
  return r;
}
// erlang:size/1: a tuple's arity or a binary's byte size.
Term erlang_size(NativeCall& c, const Term* a) {
  if (a[0].is_tuple()) return Term::small(static_cast<std::int64_t>(a[0].tuple_arity()));
  if (a[0].is_binary()) return Term::small(static_cast<std::int64_t>(a[0].binary_view().size()));
  return c.badarg(1, "not tuple or binary");
}
// erlang:error/2,3: the arguments only change the stack trace's last frame.
Term erlang_error2(NativeCall& c, const Term* a) { return c.error(a[0]); }
// erlang:and/2, or/2, xor/2 as functions (the operators are inlined).
template <int Op>
Term erlang_bool_op(NativeCall& c, const Term* a) {
  auto is_bool = [](Term t) { return t == atoms::true_ || t == atoms::false_; };
  if (!is_bool(a[0]) || !is_bool(a[1])) return c.error(atoms::badarg);
  bool x = a[0] == atoms::true_, y = a[1] == atoms::true_;
  return make_bool(Op == 0 ? (x && y) : Op == 1 ? (x || y) : (x != y));
}

}  // namespace

void register_erlang_builtins() {
  struct Entry {
    const char* name;
    std::uint32_t arity;
    NativeFn fn;
  };
  static const Entry kEntries[] = {
      {"+", 2, erlang_add},          {"-", 2, erlang_sub},          {"*", 2, erlang_mul},
      {"/", 2, erlang_fdiv},         {"div", 2, erlang_div},        {"rem", 2, erlang_rem},
      {"-", 1, erlang_neg},          {"+", 1, erlang_plus},         {"abs", 1, erlang_abs},
      {"band", 2, erlang_band},      {"bor", 2, erlang_bor},        {"bxor", 2, erlang_bxor},
      {"bnot", 1, erlang_bnot},      {"bsl", 2, erlang_bsl},        {"bsr", 2, erlang_bsr},
      {"<", 2, erlang_lt},           {">", 2, erlang_gt},           {"=<", 2, erlang_le},
      {">=", 2, erlang_ge},          {"==", 2, erlang_eq},          {"/=", 2, erlang_ne},
      {"=:=", 2, erlang_eqx},        {"=/=", 2, erlang_nex},        {"max", 2, erlang_max},
      {"min", 2, erlang_min},        {"not", 1, erlang_not},        {"is_integer", 1, erlang_is_integer},
      {"is_float", 1, erlang_is_float},   {"is_number", 1, erlang_is_number},
      {"is_atom", 1, erlang_is_atom},     {"is_binary", 1, erlang_is_binary},
      {"is_list", 1, erlang_is_list},     {"is_tuple", 1, erlang_is_tuple},
      {"is_function", 1, erlang_is_function}, {"is_pid", 1, erlang_is_pid},
      {"is_function", 2, erlang_is_function2},
      {"is_boolean", 1, erlang_is_boolean},   {"hd", 1, erlang_hd},
      {"tl", 1, erlang_tl},          {"length", 1, erlang_length},  {"tuple_size", 1, erlang_tuple_size},
      {"byte_size", 1, erlang_byte_size}, {"bit_size", 1, erlang_bit_size},
      {"is_bitstring", 1, erlang_is_bitstring}, {"element", 2, erlang_element},
      {"++", 2, erlang_append},      {"error", 1, erlang_error},    {"throw", 1, erlang_throw},
      {"exit", 1, erlang_exit},      {"integer_to_binary", 1, erlang_integer_to_binary},
      {"binary_to_integer", 1, erlang_binary_to_integer},
      {"integer_to_binary", 2, erlang_integer_to_binary2},
      {"binary_to_integer", 2, erlang_binary_to_integer2},
      {"size", 1, erlang_size},      {"error", 2, erlang_error2},   {"error", 3, erlang_error2},
      {"and", 2, erlang_bool_op<0>}, {"or", 2, erlang_bool_op<1>},  {"xor", 2, erlang_bool_op<2>},
  };
  for (const Entry& e : kEntries) register_native(atoms::erlang, intern_atom(e.name), e.arity, e.fn);
  register_native(atoms::vial, intern_atom("length_continue"), 3, vial_length_continue);
  register_native(atoms::vial, intern_atom("append_continue"), 5, vial_append_continue);
}

}  // namespace vial
