// Binaries: the :erlang BIFs on binaries and iolists, and the :binary module
// (binary_part/3, :binary.part/copy/first/last/at, binary_to_list,
// list_to_binary, iolist_to_binary, ...). Every one takes any kind of binary
// (heap, off-heap, sub-binary); results that are parts of an argument are
// sub-binaries of it. Messages are Erlang 25's error_info texts.
#include <cstring>
#include <string>
#include <vector>

#include "runtime/builtins/builtins.h"
#include "vm/binary.h"
#include "vm/number.h"

namespace vial {

namespace {

// Bits gathered from iodata, then made into one bitstring.
class BitBuffer {
 public:
  void byte(unsigned char b) {
    if (bits_ % 8 == 0) {
      bytes_.push_back(static_cast<char>(b));
      bits_ += 8;
      return;
    }
    append({&b, 0, 8});
  }
  void append(BitSpan s) {
    if (bits_ % 8 == 0 && s.offset % 8 == 0 && s.size % 8 == 0) {
      bytes_.append(reinterpret_cast<const char*>(s.base) + s.offset / 8, s.size / 8);
      bits_ += s.size;
      return;
    }
    bytes_.resize((bits_ + s.size + 7) / 8, '\0');
    copy_bits(reinterpret_cast<unsigned char*>(bytes_.data()), bits_, s.base, s.offset, s.size);
    bits_ += s.size;
  }
  std::size_t bits() const { return bits_; }
  const std::string& bytes() const { return bytes_; }
  Term make(Heap& h) const {
    return make_bitstring(h, {reinterpret_cast<const unsigned char*>(bytes_.data()), 0, bits_});
  }

 private:
  std::string bytes_;
  std::size_t bits_ = 0;
};

// Appends the iodata (or, with `bits`, bitstring list) `t` to `out`: bytes,
// binaries and nested lists, with a binary allowed as a list's tail. False if
// `t` is not one. Nested lists are walked with an explicit stack.
bool collect(Term t, BitBuffer& out, bool bits) {
  std::vector<Term> pending{t};
  while (!pending.empty()) {
    Term x = pending.back();
    pending.pop_back();
    if (x.is_nil()) continue;
    if (x.is_bitstring()) {
      if (!bits && !x.is_binary()) return false;
      out.append(x.bits());
      continue;
    }
    if (!x.is_cons()) return false;
    Term h = x.head();
    pending.push_back(x.tail());
    if (h.is_small()) {
      if (h.small_value() < 0 || h.small_value() > 255) return false;
      out.byte(static_cast<unsigned char>(h.small_value()));
    } else if (h.is_list() || h.is_bitstring()) {
      pending.push_back(h);
    } else {
      return false;
    }
  }
  return true;
}

Term bytes_to_list(Heap& h, std::string_view b) {
  Term list = Term::nil();
  for (std::size_t i = b.size(); i-- > 0;) list = make_cons(h, Term::small(static_cast<unsigned char>(b[i])), list);
  return list;
}

// A non-negative small integer argument, or -1.
std::int64_t index_arg(Term t) { return t.is_small() && t.small_value() >= 0 ? t.small_value() : -1; }

// binary_part(Bin, Pos, Len) with Erlang's rules: Len may be negative (the
// part ends at Pos); the part must lie within the binary. Of a bitstring,
// BEAM takes parts of its whole bytes, and blames the bitstring when the
// part does not fit in them.
Term part(NativeCall& c, Term bin, Term pos, Term len) {
  if (!bin.is_bitstring()) return c.badarg(1, "not a binary");
  if (!pos.is_small()) return c.badarg(2, "not an integer");
  if (!len.is_small()) return c.badarg(3, "not an integer");
  bool bits = !bin.is_binary();
  std::int64_t size = static_cast<std::int64_t>(bin.binary_size());
  std::int64_t start = pos.small_value(), n = len.small_value();
  if (start < 0 || start > size) return bits ? c.badarg(1, "not a binary") : c.badarg(2, "out of range");
  if (n < 0) {
    start += n;
    n = -n;
  }
  if (start < 0 || start + n > size) return bits ? c.badarg(1, "not a binary") : c.badarg(3, "out of range");
  return make_sub_binary(c.heap(), bin, static_cast<std::size_t>(8 * start), static_cast<std::size_t>(8 * n));
}

// Elixir: Kernel.binary_part/3 (erlang:binary_part/3), :binary.part/3
Term erlang_binary_part(NativeCall& c, const Term* a) { return part(c, a[0], a[1], a[2]); }

// :binary.part/2 ({Pos, Len})
Term binary_part2(NativeCall& c, const Term* a) {
  if (!a[1].is_tuple() || a[1].tuple_arity() != 2) {
    if (!a[0].is_binary()) return c.badarg(1, "not a binary");
    return c.badarg(2, "not a valid {Pos,Length} tuple");
  }
  return part(c, a[0], a[1].element(0), a[1].element(1));
}

// erlang:binary_to_list/1, :binary.bin_to_list/1
// Builds the list from the end, 64 bytes a reduction; past the slice's
// budget it traps to vial:binary_to_list_continue(Binary, End, Acc).
Term binary_to_list_step(NativeCall& c, Term bin, std::size_t end, Term acc) {
  std::string_view bytes = bin.binary_view();
  std::size_t budget = c.can_trap ? static_cast<std::size_t>(c.budget()) * 64 : SIZE_MAX;
  std::size_t n = std::min(end, budget);
  for (std::size_t i = end; i > end - n; --i)
    acc = make_cons(c.heap(), Term::small(static_cast<unsigned char>(bytes[i - 1])), acc);
  end -= n;
  c.charge(static_cast<int>(n / 64));
  if (end > 0) {
    static const Word* resume = continuation_code(atoms::vial, intern_atom("binary_to_list_continue"), 3);
    return c.trap(resume, {bin, Term::small(static_cast<std::int64_t>(end)), acc});
  }
  return acc;
}
Term erlang_binary_to_list(NativeCall& c, const Term* a) {
  if (!a[0].is_binary()) return c.badarg(1, "not a binary");
  return binary_to_list_step(c, a[0], a[0].binary_size(), Term::nil());
}
Term vial_binary_to_list_continue(NativeCall& c, const Term* a) {
  return binary_to_list_step(c, a[0], static_cast<std::size_t>(a[1].small_value()), a[2]);
}

// erlang:binary_to_list/3 (1-based, inclusive positions)
Term erlang_binary_to_list3(NativeCall& c, const Term* a) {
  if (!a[0].is_binary()) return c.badarg(1, "not a binary");
  std::int64_t size = static_cast<std::int64_t>(a[0].binary_size());
  std::int64_t from = a[1].is_small() ? a[1].small_value() : 0, to = a[2].is_small() ? a[2].small_value() : 0;
  if (from < 1 || from > size) return c.badarg(2, "out of range");
  if (to < from || to > size) return c.badarg(3, "out of range");
  return bytes_to_list(c.heap(), a[0].binary_view().substr(static_cast<std::size_t>(from - 1),
                                                          static_cast<std::size_t>(to - from + 1)));
}

// erlang:bitstring_to_list/1: whole bytes, then the rest as a bitstring.
Term erlang_bitstring_to_list(NativeCall& c, const Term* a) {
  if (!a[0].is_bitstring()) return c.badarg(1, "not a bitstring");
  std::size_t bits = a[0].bit_size(), whole = bits / 8;
  BitSpan s = a[0].bits();
  Term list = Term::nil();
  if (bits % 8) list = make_cons(c.heap(), make_sub_binary(c.heap(), a[0], 8 * whole, bits % 8), list);
  for (std::size_t i = whole; i-- > 0;) list = make_cons(c.heap(), Term::small(static_cast<std::int64_t>(read_bits(s, 8 * i, 8))), list);
  return list;
}

// erlang:list_to_binary/1
Term erlang_list_to_binary(NativeCall& c, const Term* a) {
  BitBuffer out;
  if (!a[0].is_list() || !collect(a[0], out, false)) return c.badarg(1, "not an iolist term");
  c.charge(static_cast<int>(out.bits() / 512));
  return out.make(c.heap());
}

// erlang:iolist_to_binary/1 (a binary is returned as it is)
Term erlang_iolist_to_binary(NativeCall& c, const Term* a) {
  if (a[0].is_binary()) return a[0];
  BitBuffer out;
  if (!a[0].is_list() || !collect(a[0], out, false)) return c.badarg(1, "not an iodata term");
  c.charge(static_cast<int>(out.bits() / 512));
  return out.make(c.heap());
}

// erlang:list_to_bitstring/1
Term erlang_list_to_bitstring(NativeCall& c, const Term* a) {
  BitBuffer out;
  if (!a[0].is_list() || !collect(a[0], out, true)) return c.badarg(1, "not a bitstring list");
  c.charge(static_cast<int>(out.bits() / 512));
  return out.make(c.heap());
}

// erlang:iolist_size/1
Term erlang_iolist_size(NativeCall& c, const Term* a) {
  if (a[0].is_binary()) return make_integer(c.heap(), static_cast<std::int64_t>(a[0].binary_size()));
  BitBuffer out;
  if (!a[0].is_list() || !collect(a[0], out, false)) return c.badarg(1, "not an iodata term");
  return make_integer(c.heap(), static_cast<std::int64_t>(out.bits() / 8));
}

// erlang:split_binary/2
Term erlang_split_binary(NativeCall& c, const Term* a) {
  if (!a[0].is_binary()) return c.badarg(1, "not a binary");
  std::int64_t n = index_arg(a[1]);
  if (n < 0) return c.badarg(2, "not an integer");
  if (static_cast<std::size_t>(n) > a[0].binary_size()) return c.badarg(2, "out of range");
  std::size_t bits = a[0].bit_size();
  Term left = make_sub_binary(c.heap(), a[0], 0, static_cast<std::size_t>(8 * n));
  Term right = make_sub_binary(c.heap(), a[0], static_cast<std::size_t>(8 * n), bits - static_cast<std::size_t>(8 * n));
  return make_tuple(c.heap(), {left, right});
}

// :binary.copy/1, :binary.copy/2: a fresh binary (never a part of another).
Term binary_copy_n(NativeCall& c, Term bin, Term times) {
  if (!bin.is_binary()) return c.badarg(1, "not a binary");
  std::int64_t n = index_arg(times);
  if (n < 0) return c.badarg(2, times.is_integer() ? "out of range" : "not an integer");
  std::string_view b = bin.binary_view();
  if (n > 0 && b.size() > (std::size_t{1} << 34) / static_cast<std::size_t>(n)) return c.badarg(2, "out of range");
  char* data;
  Term out = make_binary_uninit(c.heap(), b.size() * static_cast<std::size_t>(n), &data);
  for (std::int64_t i = 0; i < n; ++i) std::memcpy(data + b.size() * static_cast<std::size_t>(i), b.data(), b.size());
  c.charge(static_cast<int>(b.size() * static_cast<std::size_t>(n) / 512));
  return out;
}
Term binary_copy(NativeCall& c, const Term* a) { return binary_copy_n(c, a[0], Term::small(1)); }
Term binary_copy2(NativeCall& c, const Term* a) { return binary_copy_n(c, a[0], a[1]); }

// :binary.first/1, :binary.last/1
Term binary_first(NativeCall& c, const Term* a) {
  if (!a[0].is_binary()) return c.badarg(1, "not a binary");
  if (a[0].binary_size() == 0) return c.badarg(1, "a zero-sized binary is not allowed");
  return Term::small(static_cast<unsigned char>(a[0].binary_view().front()));
}
Term binary_last(NativeCall& c, const Term* a) {
  if (!a[0].is_binary()) return c.badarg(1, "not a binary");
  if (a[0].binary_size() == 0) return c.badarg(1, "a zero-sized binary is not allowed");
  return Term::small(static_cast<unsigned char>(a[0].binary_view().back()));
}

// :binary.at/2 (0-based); past the end is a plain badarg, as in OTP 25.
Term binary_at(NativeCall& c, const Term* a) {
  if (!a[0].is_binary()) return c.badarg(1, "not a binary");
  if (!a[1].is_integer()) return c.badarg(2, "not an integer");
  std::int64_t i = index_arg(a[1]);
  if (i < 0) return c.badarg(2, "out of range");
  if (static_cast<std::size_t>(i) >= a[0].binary_size()) return c.error(atoms::badarg);
  return Term::small(static_cast<unsigned char>(a[0].binary_view()[static_cast<std::size_t>(i)]));
}

// :binary.decode_unsigned/1 (big-endian)
Term binary_decode_unsigned(NativeCall& c, const Term* a) {
  if (!a[0].is_binary()) return c.badarg(1, "not a binary");
  BitSpan s = a[0].bits();
  return read_integer_bits(c.heap(), s, 0, s.size, false, false);
}

// :binary.encode_unsigned/1 (big-endian, no leading zero bytes)
Term binary_encode_unsigned(NativeCall& c, const Term* a) {
  Term v = a[0];
  if (!v.is_integer() || (v.is_small() && v.small_value() < 0) || (v.is_bignum() && bignum_negative(v)))
    return c.badarg(1, v.is_integer() ? "out of range" : "not an integer");
  std::size_t bytes = 1;
  if (v.is_small()) {
    for (auto x = static_cast<std::uint64_t>(v.small_value()); x > 0xFF; x >>= 8) ++bytes;
  } else {
    std::size_t n = bignum_limb_count(v);
    std::uint64_t top = bignum_limbs(v)[n - 1];
    bytes = 8 * (n - 1);
    for (; top; top >>= 8) ++bytes;
  }
  unsigned char* data;
  Term out = make_bitstring_uninit(c.heap(), 8 * bytes, &data);
  write_integer_bits(data, 0, v, 8 * bytes, false);
  return out;
}

}  // namespace

bool iodata_to_bytes(Term t, std::string* out) {
  if (t.is_binary()) {
    std::string_view v = t.binary_view();
    out->assign(v.data(), v.size());
    return true;
  }
  BitBuffer buf;
  if (!t.is_list() || !collect(t, buf, false)) return false;
  *out = buf.bytes();
  return true;
}

void register_binary_builtins() {
  register_natives({
      {"erlang", "binary_part", 3, erlang_binary_part},
      {"erlang", "binary_to_list", 1, erlang_binary_to_list},
      {"vial", "binary_to_list_continue", 3, vial_binary_to_list_continue},
      {"erlang", "binary_to_list", 3, erlang_binary_to_list3},
      {"erlang", "bitstring_to_list", 1, erlang_bitstring_to_list},
      {"erlang", "list_to_binary", 1, erlang_list_to_binary},
      {"erlang", "iolist_to_binary", 1, erlang_iolist_to_binary},
      {"erlang", "list_to_bitstring", 1, erlang_list_to_bitstring},
      {"erlang", "iolist_size", 1, erlang_iolist_size},
      {"erlang", "split_binary", 2, erlang_split_binary},
      {"binary", "part", 3, erlang_binary_part},
      {"binary", "part", 2, binary_part2},
      {"binary", "copy", 1, binary_copy},
      {"binary", "copy", 2, binary_copy2},
      {"binary", "first", 1, binary_first},
      {"binary", "last", 1, binary_last},
      {"binary", "at", 2, binary_at},
      {"binary", "bin_to_list", 1, erlang_binary_to_list},
      {"binary", "decode_unsigned", 1, binary_decode_unsigned},
      {"binary", "encode_unsigned", 1, binary_encode_unsigned},
  });
}

}  // namespace vial
