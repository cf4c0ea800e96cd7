#include "vm/interp_binary.h"

#include <algorithm>
#include <cstring>
#include <string>

#include "vm/atom.h"
#include "vm/binary.h"
#include "vm/messages.h"
#include "vm/number.h"
#include "vm/printer.h"
#include "vm/utf8.h"

namespace vial {

namespace {

// The most bits one construction may make (8 GiB); a larger size raises
// "the size ... is too large" instead of exhausting memory.
constexpr std::size_t kMaxBits = std::size_t{1} << 36;

bool badarg(Process& p, std::string detail) {
  p.raise(atoms::error, atoms::badarg);
  p.error.arg_detail = std::move(detail);
  return false;
}

std::size_t utf_bits(SegType type, std::uint32_t cp) {
  if (type == SegType::kUtf8) return cp < 0x80 ? 8 : cp < 0x800 ? 16 : cp < 0x10000 ? 24 : 32;
  if (type == SegType::kUtf16) return cp < 0x10000 ? 16 : 32;
  return 32;
}

// Checks construction segment `index` (0-based) and gives its size in bits;
// false after recording Erlang's error for it.
bool check_segment(Process& p, std::size_t index, std::int64_t flags, Term size, Term v, std::size_t* bits) {
  SegType type = seg_type(flags);
  const char* type_name = seg_type_name(type);
  std::size_t n = index + 1;
  std::size_t unit = static_cast<std::size_t>(seg_unit(flags));
  bool sized = !size.is_nil();
  if (sized) {
    if (!size.is_integer() || (size.is_small() && size.small_value() < 0) || (size.is_bignum() && bignum_negative(size)))
      return badarg(p, message(Msg::segment_size, n, type_name, inspect(size)));
    if (size.is_bignum() || static_cast<std::size_t>(size.small_value()) > kMaxBits / unit)
      return badarg(p, message(Msg::segment_size_too_large, n, type_name, inspect(size)));
    *bits = static_cast<std::size_t>(size.small_value()) * unit;
  }
  switch (type) {
    case SegType::kInteger:
      if (!v.is_integer()) return badarg(p, message(Msg::integer_segment, n, inspect(v)));
      return true;
    case SegType::kFloat: {
      if (!v.is_number()) return badarg(p, message(Msg::float_segment, n, inspect(v)));
      double d;
      if (!v.is_float() && !number_to_double(v, &d)) return badarg(p, message(Msg::float_segment_range, n, inspect(v)));
      if (*bits != 16 && *bits != 32 && *bits != 64) return badarg(p, message(Msg::float_segment_size, n, *bits));
      return true;
    }
    case SegType::kBinary:
    case SegType::kBits: {
      if (!v.is_bitstring()) return badarg(p, message(Msg::binary_segment, n, inspect(v)));
      std::size_t have = v.bit_size();
      if (!sized) {
        if (have % unit != 0) return badarg(p, message(Msg::binary_segment_unit, n, inspect(v)));
        *bits = have;
      } else if (have < *bits) {
        return badarg(p, message(Msg::binary_segment_short, n, inspect(v)));
      }
      return true;
    }
    case SegType::kUtf8:
    case SegType::kUtf16:
    case SegType::kUtf32: {
      if (!v.is_small() || !is_unicode_scalar(v.small_value())) {
        const char* name = seg_type_name(type);
        return badarg(p, message(Msg::utf_segment, n, name, name, inspect(v)));
      }
      *bits = utf_bits(type, static_cast<std::uint32_t>(v.small_value()));
      return true;
    }
  }
  return true;
}

void write_segment(unsigned char* data, std::size_t at, std::int64_t flags, Term v, std::size_t bits) {
  bool little = seg_little(flags);
  switch (seg_type(flags)) {
    case SegType::kInteger:
      write_integer_bits(data, at, v, bits, little);
      return;
    case SegType::kFloat: {
      double d = 0;
      if (v.is_float()) d = v.float_value();
      else number_to_double(v, &d);
      write_float_bits(data, at, d, bits, little);
      return;
    }
    case SegType::kBinary:
    case SegType::kBits: {
      BitSpan s = v.bits();
      copy_bits(data, at, s.base, s.offset, bits);
      return;
    }
    case SegType::kUtf8: {
      std::string text;
      append_utf8(text, static_cast<std::uint32_t>(v.small_value()));
      copy_bits(data, at, reinterpret_cast<const unsigned char*>(text.data()), 0, 8 * text.size());
      return;
    }
    case SegType::kUtf16: {
      unsigned char buf[4];
      std::size_t n = encode_utf16(static_cast<std::uint32_t>(v.small_value()), little, buf);
      copy_bits(data, at, buf, 0, 8 * n);
      return;
    }
    case SegType::kUtf32: {
      unsigned char buf[4];
      encode_utf32(static_cast<std::uint32_t>(v.small_value()), little, buf);
      copy_bits(data, at, buf, 0, 32);
      return;
    }
  }
}

// The bits a matched segment takes: its size operand times its unit, or all
// that is left for a size of []; false if the size is not a non-negative
// integer, is more than `left`, or (for []) `left` is not a multiple of unit.
bool match_bits(Term size, std::int64_t flags, std::size_t left, std::size_t* bits) {
  std::size_t unit = static_cast<std::size_t>(seg_unit(flags));
  if (size.is_nil()) {
    if (left % unit != 0) return false;
    *bits = left;
    return true;
  }
  if (!size.is_small() || size.small_value() < 0) return false;
  auto n = static_cast<std::size_t>(size.small_value());
  if (n > left || n * unit > left) return false;
  *bits = n * unit;
  return true;
}

std::size_t position(const Process& p, Word w) { return static_cast<std::size_t>(read_src(p, w).small_value()); }

}  // namespace

Term bs_build(Process& p, const Word* pc) {
  std::size_t n = pc[2] / 3;
  const Word* ops = pc + 3;
  // Check every segment, in order, and add up the bits; then write them.
  std::size_t total = 0;
  for (std::size_t i = 0; i < n; ++i) {
    std::int64_t flags = read_src(p, ops[3 * i]).small_value();
    std::size_t bits = 0;
    if (!check_segment(p, i, flags, read_src(p, ops[3 * i + 1]), read_src(p, ops[3 * i + 2]), &bits))
      return Term::none();
    total += bits;
    if (total > kMaxBits) {
      badarg(p, message(Msg::segment_size_too_large, i + 1, seg_type_name(seg_type(flags)), total));
      return Term::none();
    }
  }
  unsigned char* data;
  Term result = make_bitstring_uninit(p.heap(), total, &data);
  std::size_t at = 0;
  for (std::size_t i = 0; i < n; ++i) {
    std::int64_t flags = read_src(p, ops[3 * i]).small_value();
    Term size = read_src(p, ops[3 * i + 1]), v = read_src(p, ops[3 * i + 2]);
    std::size_t bits = 0;
    check_segment(p, i, flags, size, v, &bits);  // checked above: only computes the size
    write_segment(data, at, flags, v, bits);
    at += bits;
  }
  return result;
}

const Word* bs_start_match(Process& p, const Word* pc) {
  if (!read_src(p, pc[2]).is_bitstring()) return nullptr;
  write_dst(p, pc[3], Term::small(0));
  return pc + 4;
}

const Word* bs_get_integer(Process& p, const Word* pc) {
  Term bin = read_src(p, pc[2]);
  std::size_t at = position(p, pc[3]);
  std::int64_t flags = static_cast<std::int64_t>(pc[5]);
  BitSpan s = bin.bits();
  std::size_t bits;
  if (!match_bits(read_src(p, pc[4]), flags, s.size - at, &bits)) return nullptr;
  Term v = read_integer_bits(p.heap(), s, at, bits, seg_signed(flags), seg_little(flags));
  write_dst(p, pc[3], Term::small(static_cast<std::int64_t>(at + bits)));
  write_dst(p, pc[6], v);
  return pc + 7;
}

const Word* bs_get_float(Process& p, const Word* pc) {
  Term bin = read_src(p, pc[2]);
  std::size_t at = position(p, pc[3]);
  std::int64_t flags = static_cast<std::int64_t>(pc[5]);
  BitSpan s = bin.bits();
  std::size_t bits;
  if (!match_bits(read_src(p, pc[4]), flags, s.size - at, &bits)) return nullptr;
  if (bits != 16 && bits != 32 && bits != 64) return nullptr;
  double d;
  if (!read_float_bits(s, at, bits, seg_little(flags), &d)) return nullptr;
  write_dst(p, pc[3], Term::small(static_cast<std::int64_t>(at + bits)));
  write_dst(p, pc[6], make_float(p.heap(), d));
  return pc + 7;
}

const Word* bs_get_binary(Process& p, const Word* pc) {
  Term bin = read_src(p, pc[2]);
  std::size_t at = position(p, pc[3]);
  std::int64_t flags = static_cast<std::int64_t>(pc[5]);
  std::size_t size = bin.bit_size();
  std::size_t bits;
  if (!match_bits(read_src(p, pc[4]), flags, size - at, &bits)) return nullptr;
  Term part = make_sub_binary(p.heap(), bin, at, bits);
  write_dst(p, pc[3], Term::small(static_cast<std::int64_t>(at + bits)));
  write_dst(p, pc[6], part);
  return pc + 7;
}

const Word* bs_get_utf(Process& p, const Word* pc) {
  Term bin = read_src(p, pc[2]);
  std::size_t at = position(p, pc[3]);
  std::int64_t flags = static_cast<std::int64_t>(pc[4]);
  std::uint32_t cp;
  std::size_t bits = decode_utf(bin.bits(), at, seg_type(flags), seg_little(flags), &cp);
  if (bits == 0) return nullptr;
  write_dst(p, pc[3], Term::small(static_cast<std::int64_t>(at + bits)));
  write_dst(p, pc[5], Term::small(cp));
  return pc + 6;
}

const Word* bs_skip_bits(Process& p, const Word* pc) {
  Term bin = read_src(p, pc[2]);
  std::size_t at = position(p, pc[3]);
  std::size_t bits;
  if (!match_bits(read_src(p, pc[4]), static_cast<std::int64_t>(pc[5]), bin.bit_size() - at, &bits)) return nullptr;
  write_dst(p, pc[3], Term::small(static_cast<std::int64_t>(at + bits)));
  return pc + 6;
}

const Word* bs_match_string(Process& p, const Word* pc) {
  Term bin = read_src(p, pc[2]);
  std::size_t at = position(p, pc[3]);
  Term want = read_src(p, pc[4]);
  BitSpan s = bin.bits(), w = want.bits();
  if (s.size - at < w.size) return nullptr;
  if ((s.offset + at) % 8 == 0 && w.offset % 8 == 0) {
    std::size_t bytes = w.size / 8;
    if (bytes && std::memcmp(s.base + (s.offset + at) / 8, w.base + w.offset / 8, bytes) != 0) return nullptr;
    std::size_t rest = w.size % 8;
    if (rest && read_bits(s, at + 8 * bytes, rest) != read_bits(w, 8 * bytes, rest)) return nullptr;
  } else {
    for (std::size_t i = 0; i < w.size; i += 32) {
      std::size_t take = std::min<std::size_t>(32, w.size - i);
      if (read_bits(s, at + i, take) != read_bits(w, i, take)) return nullptr;
    }
  }
  write_dst(p, pc[3], Term::small(static_cast<std::int64_t>(at + w.size)));
  return pc + 5;
}

const Word* bs_test_tail(Process& p, const Word* pc) {
  if (position(p, pc[3]) != read_src(p, pc[2]).bit_size()) return nullptr;
  return pc + 4;
}

}  // namespace vial
