// String functions that count graphemes (extended grapheme clusters, Unicode
// segmentation by utf8proc): String.length/1, String.slice/3,
// String.graphemes/1. A byte that is not valid UTF-8 counts as a grapheme of
// its own, as Elixir's String.Unicode does.
#include <utf8proc.h>

#include "runtime/builtins/builtins.h"

namespace vial {

namespace {

// The byte offsets at which each grapheme of `s` starts, and s.size() last.
std::vector<std::size_t> grapheme_starts(std::string_view s) {
  std::vector<std::size_t> starts;
  auto bytes = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  std::size_t i = 0;
  utf8proc_int32_t prev = -1, state = 0;
  while (i < s.size()) {
    utf8proc_int32_t cp;
    utf8proc_ssize_t n = utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {  // an invalid byte: a grapheme by itself
      starts.push_back(i);
      ++i;
      prev = -1;
      state = 0;
      continue;
    }
    if (prev < 0 || utf8proc_grapheme_break_stateful(prev, cp, &state)) starts.push_back(i);
    prev = cp;
    i += static_cast<std::size_t>(n);
  }
  starts.push_back(s.size());
  return starts;
}

Term string_length(NativeCall& c, const Term* a) {
  if (!a[0].is_binary() || a[0].bit_size() % 8 != 0) return c.error(atoms::function_clause);
  std::string_view s = a[0].binary_view();
  c.charge(static_cast<int>(s.size() / 64));
  return Term::small(static_cast<std::int64_t>(grapheme_starts(s).size() - 1));
}

// String.slice/3 with Elixir 1.14's clauses: a length of 0 gives "", a
// negative start counts from the end (clamped at the start), a negative
// length is a FunctionClauseError.
Term string_slice3(NativeCall& c, const Term* a) {
  if (!a[0].is_binary() || a[0].bit_size() % 8 != 0 || !a[1].is_integer() || !a[2].is_small() ||
      a[2].small_value() < 0)
    return c.error(atoms::function_clause);
  std::string_view s = a[0].binary_view();
  c.charge(static_cast<int>(s.size() / 64));
  std::int64_t len = a[2].small_value();
  if (len == 0) return make_binary(c.heap(), "");
  std::vector<std::size_t> starts = grapheme_starts(s);
  auto count = static_cast<std::int64_t>(starts.size() - 1);
  std::int64_t start = a[1].is_small() ? a[1].small_value() : (a[1].is_bignum() && bignum_negative(a[1]) ? -count - 1 : count);
  if (start < 0) start = std::max<std::int64_t>(count + start, 0);
  if (start >= count) return make_binary(c.heap(), "");
  std::int64_t end = std::min(count, start + len);
  return make_binary(c.heap(), s.substr(starts[start], starts[end] - starts[start]));
}

Term string_graphemes(NativeCall& c, const Term* a) {
  if (!a[0].is_binary() || a[0].bit_size() % 8 != 0) return c.error(atoms::function_clause);
  std::string_view s = a[0].binary_view();
  std::vector<std::size_t> starts = grapheme_starts(s);
  std::vector<Term> items;
  for (std::size_t i = 0; i + 1 < starts.size(); ++i)
    items.push_back(make_binary(c.heap(), s.substr(starts[i], starts[i + 1] - starts[i])));
  c.charge(static_cast<int>(s.size() / 16));
  return make_list(c.heap(), items);
}

}  // namespace

void register_unicode_builtins() {
  Term string = intern_atom("Elixir.String");
  register_native(string, intern_atom("length"), 1, string_length);
  register_native(string, intern_atom("slice"), 3, string_slice3);
  register_native(string, intern_atom("graphemes"), 1, string_graphemes);
}

}  // namespace vial
