// Time and unique integers: erlang:monotonic_time/0,1, system_time/0,1,
// time_offset/0,1, convert_time_unit/3, unique_integer/0,1, os:system_time/0,1
// and Elixir's System functions over them (docs/terms.md "Time").
//
// As on BEAM (Linux), the native unit is the nanosecond and the monotonic
// clock starts near -2^59 (ERTS_MONOTONIC_BEGIN) when the VM starts, so
// monotonic times are large negative integers; system time is the OS's
// realtime clock, and the time offset is their difference.
#include <atomic>
#include <chrono>
#include <ctime>

#include "runtime/builtins/builtins.h"
#include "vm/compare.h"
#include "vm/number.h"
#include "vm/printer.h"

namespace vial {

namespace {

constexpr std::int64_t kNative = 1'000'000'000;  // native units per second
constexpr std::int64_t kMonotonicBegin = -(std::int64_t{1} << 59);

std::int64_t monotonic_native() {
  using Clock = std::chrono::steady_clock;
  static const Clock::time_point start = Clock::now();
  auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - start).count();
  return kMonotonicBegin + ns;
}

std::int64_t system_native() {
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

// A time unit as erlang's BIFs take it: its parts per second (a positive
// integer), or none when it is not one.
Term erlang_unit(Term u) {
  if (u.is_integer()) return compare_numbers(u, Term::small(0)) > 0 ? u : Term::none();
  if (!u.is_atom()) return Term::none();
  std::string_view s = atom_text(u);
  if (s == "second" || s == "seconds") return Term::small(1);
  if (s == "millisecond" || s == "milli_seconds") return Term::small(1'000);
  if (s == "microsecond" || s == "micro_seconds") return Term::small(1'000'000);
  if (s == "nanosecond" || s == "nano_seconds" || s == "native" || s == "perf_counter") return Term::small(kNative);
  return Term::none();
}

// A time unit as Elixir's System functions take it (System.normalize_time_unit):
// no :perf_counter, but the plural forms. None when it is not one.
Term elixir_unit(Term u) {
  if (u.is_atom()) {
    std::string_view s = atom_text(u);
    if (s == "perf_counter") return Term::none();
    if (s == "milliseconds") return Term::small(1'000);
    if (s == "microseconds") return Term::small(1'000'000);
    if (s == "nanoseconds") return Term::small(kNative);
  }
  return erlang_unit(u);
}

Term bad_elixir_unit(NativeCall& c, Term u) {
  return raise_exception(c, "Elixir.ArgumentError",
                         "unsupported time unit. Expected :second, :millisecond, :microsecond, :nanosecond, or a "
                         "positive integer, got " +
                             inspect(u));
}

// floor(time * to / from), in integers of any size.
Term convert(Heap& h, Term time, Term from, Term to) {
  if (compare_numbers(from, to) == 0) return time;
  Term scaled = num_mul(h, time, to);
  Term q = int_div(h, scaled, from);
  Term r = int_rem(h, scaled, from);
  if (compare_numbers(r, Term::small(0)) < 0) q = num_sub(h, q, Term::small(1));
  return q;
}

Term native_in(NativeCall& c, std::int64_t native, Term unit) {
  return convert(c.heap(), make_integer(c.heap(), native), Term::small(kNative), unit);
}

// erlang:monotonic_time/0, system_time/0, time_offset/0, os:system_time/0
Term erlang_monotonic_time(NativeCall& c, const Term*) { return make_integer(c.heap(), monotonic_native()); }
Term erlang_system_time(NativeCall& c, const Term*) { return make_integer(c.heap(), system_native()); }
Term erlang_time_offset(NativeCall& c, const Term*) {
  return make_integer(c.heap(), system_native() - monotonic_native());
}

// erlang:monotonic_time/1, system_time/1, time_offset/1, os:system_time/1
template <std::int64_t (*Now)()>
Term erlang_time_in(NativeCall& c, const Term* a) {
  Term unit = erlang_unit(a[0]);
  if (unit.is_none()) return c.badarg(1, "invalid time unit");
  return native_in(c, Now(), unit);
}
std::int64_t offset_native() { return system_native() - monotonic_native(); }

// Elixir: System.monotonic_time/1, System.system_time/1, System.os_time/1,
// System.time_offset/1
template <std::int64_t (*Now)()>
Term system_time_in(NativeCall& c, const Term* a) {
  Term unit = elixir_unit(a[0]);
  if (unit.is_none()) return bad_elixir_unit(c, a[0]);
  return native_in(c, Now(), unit);
}

// erlang:convert_time_unit/3
Term erlang_convert_time_unit(NativeCall& c, const Term* a) {
  if (!a[0].is_integer()) return c.badarg(1, "not an integer");
  Term from = erlang_unit(a[1]);
  if (from.is_none()) return c.badarg(2, "invalid time unit");
  Term to = erlang_unit(a[2]);
  if (to.is_none()) return c.badarg(3, "invalid time unit");
  return convert(c.heap(), a[0], from, to);
}

// Elixir: System.convert_time_unit/3
Term system_convert_time_unit(NativeCall& c, const Term* a) {
  Term from = elixir_unit(a[1]);
  if (from.is_none()) return bad_elixir_unit(c, a[1]);
  Term to = elixir_unit(a[2]);
  if (to.is_none()) return bad_elixir_unit(c, a[2]);
  if (!a[0].is_integer()) return c.badarg(1, "not an integer");
  return convert(c.heap(), a[0], from, to);
}

// One counter serves every kind of unique integer, so all of them are
// monotonic (BEAM's non-monotonic ones need not be, but may be). As on BEAM,
// [:positive, :monotonic] counts 1, 2, ... and [:monotonic] counts up from
// -2^59 on the same counter.
std::atomic<std::int64_t> unique_counter{0};

// erlang:unique_integer/0,1 (Elixir: System.unique_integer/0,1)
Term erlang_unique_integer1(NativeCall& c, const Term* a) {
  bool positive = false;
  Term l = a[0];
  if (!l.is_list()) return c.badarg(1, "not a list");
  for (; l.is_cons(); l = l.tail()) {
    Term m = l.head();
    if (m.is_atom() && atom_text(m) == "positive") positive = true;
    else if (!(m.is_atom() && atom_text(m) == "monotonic")) return c.badarg(1, "invalid modifier");
  }
  if (!l.is_nil()) return c.badarg(1, "not a proper list");
  std::int64_t n = unique_counter.fetch_add(1, std::memory_order_relaxed);
  return make_integer(c.heap(), positive ? n + 1 : kMonotonicBegin + n);
}
Term erlang_unique_integer0(NativeCall& c, const Term*) {
  Term none = Term::nil();
  return erlang_unique_integer1(c, &none);
}

// Wall-clock dates and times as erlang:localtime/0 and friends return them:
// {{Y, Mo, D}, {H, Mi, S}} of the C library's broken-down time.
Term datetime_tuple(Heap& h, const std::tm& t) {
  Term date = make_tuple(h, {Term::small(t.tm_year + 1900), Term::small(t.tm_mon + 1), Term::small(t.tm_mday)});
  Term time = make_tuple(h, {Term::small(t.tm_hour), Term::small(t.tm_min), Term::small(t.tm_sec)});
  return make_tuple(h, {date, time});
}

std::tm now_tm(bool local) {
  std::time_t secs = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm t{};
  if (local) localtime_r(&secs, &t);
  else gmtime_r(&secs, &t);
  return t;
}

Term erlang_localtime(NativeCall& c, const Term*) { return datetime_tuple(c.heap(), now_tm(true)); }
Term erlang_universaltime(NativeCall& c, const Term*) { return datetime_tuple(c.heap(), now_tm(false)); }
Term erlang_date(NativeCall& c, const Term*) { return datetime_tuple(c.heap(), now_tm(true)).element(0); }
Term erlang_time(NativeCall& c, const Term*) { return datetime_tuple(c.heap(), now_tm(true)).element(1); }

// erlang:timestamp/0: {MegaSecs, Secs, MicroSecs} of the system time.
Term erlang_timestamp(NativeCall& c, const Term*) {
  std::int64_t us = system_native() / 1000;
  return make_tuple(c.heap(), {Term::small(us / 1'000'000'000'000), Term::small(us / 1'000'000 % 1'000'000),
                               Term::small(us % 1'000'000)});
}

// A {{Y, Mo, D}, {H, Mi, S}} argument as a broken-down time, or false.
bool read_datetime(Term dt, std::tm* t) {
  auto small_in = [](Term x, std::int64_t lo, std::int64_t hi, int* out) {
    if (!x.is_small() || x.small_value() < lo || x.small_value() > hi) return false;
    *out = static_cast<int>(x.small_value());
    return true;
  };
  if (!dt.is_tuple() || dt.tuple_arity() != 2) return false;
  Term d = dt.element(0), tm = dt.element(1);
  if (!d.is_tuple() || d.tuple_arity() != 3 || !tm.is_tuple() || tm.tuple_arity() != 3) return false;
  int y = 0;
  *t = std::tm{};
  if (!small_in(d.element(0), 1970, 9999, &y) || !small_in(d.element(1), 1, 12, &t->tm_mon) ||
      !small_in(d.element(2), 1, 31, &t->tm_mday) || !small_in(tm.element(0), 0, 23, &t->tm_hour) ||
      !small_in(tm.element(1), 0, 59, &t->tm_min) || !small_in(tm.element(2), 0, 59, &t->tm_sec))
    return false;
  t->tm_year = y - 1900;
  t->tm_mon -= 1;
  t->tm_isdst = -1;
  return true;
}

// erlang:universaltime_to_localtime/1, localtime_to_universaltime/1
Term erlang_universaltime_to_localtime(NativeCall& c, const Term* a) {
  std::tm t{};
  if (!read_datetime(a[0], &t)) return c.badarg(1, "invalid date and time");
  std::time_t secs = timegm(&t);
  std::tm out{};
  localtime_r(&secs, &out);
  return datetime_tuple(c.heap(), out);
}
Term erlang_localtime_to_universaltime(NativeCall& c, const Term* a) {
  std::tm t{};
  if (!read_datetime(a[0], &t)) return c.badarg(1, "invalid date and time");
  std::time_t secs = std::mktime(&t);
  std::tm out{};
  gmtime_r(&secs, &out);
  return datetime_tuple(c.heap(), out);
}

}  // namespace

std::int64_t monotonic_ms() {
  std::int64_t ns = monotonic_native();
  return ns >= 0 ? ns / 1'000'000 : -((-ns + 999'999) / 1'000'000);
}

void register_time_builtins() {
  register_natives({
      {"erlang", "monotonic_time", 0, erlang_monotonic_time},
      {"erlang", "monotonic_time", 1, erlang_time_in<monotonic_native>},
      {"erlang", "system_time", 0, erlang_system_time},
      {"erlang", "system_time", 1, erlang_time_in<system_native>},
      {"erlang", "time_offset", 0, erlang_time_offset},
      {"erlang", "time_offset", 1, erlang_time_in<offset_native>},
      {"erlang", "convert_time_unit", 3, erlang_convert_time_unit},
      {"erlang", "unique_integer", 0, erlang_unique_integer0},
      {"erlang", "unique_integer", 1, erlang_unique_integer1},
      {"erlang", "localtime", 0, erlang_localtime},
      {"erlang", "universaltime", 0, erlang_universaltime},
      {"erlang", "date", 0, erlang_date},
      {"erlang", "time", 0, erlang_time},
      {"erlang", "timestamp", 0, erlang_timestamp},
      {"erlang", "universaltime_to_localtime", 1, erlang_universaltime_to_localtime},
      {"erlang", "localtime_to_universaltime", 1, erlang_localtime_to_universaltime},
      {"os", "system_time", 0, erlang_system_time},
      {"os", "system_time", 1, erlang_time_in<system_native>},
      {"Elixir.System", "monotonic_time", 0, erlang_monotonic_time},
      {"Elixir.System", "monotonic_time", 1, system_time_in<monotonic_native>},
      {"Elixir.System", "system_time", 0, erlang_system_time},
      {"Elixir.System", "system_time", 1, system_time_in<system_native>},
      {"Elixir.System", "os_time", 0, erlang_system_time},
      {"Elixir.System", "os_time", 1, system_time_in<system_native>},
      {"Elixir.System", "time_offset", 0, erlang_time_offset},
      {"Elixir.System", "time_offset", 1, system_time_in<offset_native>},
      {"Elixir.System", "convert_time_unit", 3, system_convert_time_unit},
      {"Elixir.System", "unique_integer", 0, erlang_unique_integer0},
      {"Elixir.System", "unique_integer", 1, erlang_unique_integer1},
  });
}

}  // namespace vial
