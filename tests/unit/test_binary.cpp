// Binaries: heap, off-heap (reference-counted) and sub-binaries, bitstrings,
// and the segment encodings (vm/binary.h, vm/heap.h).
#include <doctest/doctest.h>

#include <cstring>
#include <string>

#include "vm/binary.h"
#include "vm/compare.h"
#include "vm/copy.h"
#include "vm/printer.h"

using namespace vial;

namespace {
std::string big_text(std::size_t n) {
  std::string s;
  for (std::size_t i = 0; i < n; ++i) s += static_cast<char>('a' + i % 26);
  return s;
}
}  // namespace

TEST_CASE("binaries up to 64 bytes live on the heap, larger ones off it") {
  Heap h;
  Term small = make_binary(h, big_text(64));
  CHECK(small.subtag() == Subtag::HEAP_BIN);
  CHECK(h.off_heap().empty());
  Term large = make_binary(h, big_text(65));
  CHECK(large.subtag() == Subtag::REFC_BIN);
  CHECK(large.is_binary());
  CHECK(large.binary_view() == big_text(65));
  REQUIRE(h.off_heap().size() == 1);
  CHECK(h.off_heap()[0] == large.boxed_ptr());
  CHECK(large.off_heap_binary()->refs.load() == 1);
}

TEST_CASE("an off-heap binary is shared by copies and freed with its last reference") {
  auto from = std::make_unique<Heap>();
  Term large = make_binary(*from, big_text(100));
  OffHeapBinary* bytes = large.off_heap_binary();
  auto to = std::make_unique<Heap>();
  Term copy = copy_term(*to, make_tuple(*from, {large, large}));
  CHECK(copy.element(0).off_heap_binary() == bytes);  // shared, not copied
  CHECK(bytes->refs.load() == 3);                     // the original and two copies
  CHECK(to->off_heap().size() == 2);
  from.reset();  // releases the original's reference
  CHECK(bytes->refs.load() == 2);
  CHECK(copy.element(1).binary_view() == big_text(100));
  // A collector releases what did not survive, one entry at a time.
  release_off_heap(to->off_heap().back());
  to->off_heap().pop_back();
  CHECK(bytes->refs.load() == 1);
  to.reset();  // the last reference: ASan's leak checker sees the bytes freed
}

TEST_CASE("sub-binaries share their parent, bit offsets and all") {
  Heap h;
  std::string text = big_text(80);
  Term parent = make_binary(h, text);
  Term sub = make_sub_binary(h, parent, 8 * 10, 8 * 20);
  CHECK(sub.subtag() == Subtag::SUB_BIN);
  CHECK(sub.is_binary());
  CHECK(sub.binary_view() == text.substr(10, 20));
  CHECK(sub.binary_data() == parent.binary_data() + 10);
  // A sub-binary of a sub-binary points at the original parent.
  Term subsub = make_sub_binary(h, sub, 8 * 5, 8 * 3);
  CHECK(Term::from_raw(subsub.boxed_ptr()[3]) == parent);
  CHECK(subsub.binary_view() == text.substr(15, 3));
  // All of a binary is the binary itself.
  CHECK(make_sub_binary(h, parent, 0, parent.bit_size()) == parent);
  // A bitstring of 3 bits is not a binary.
  Term bits = make_sub_binary(h, parent, 0, 3);
  CHECK(bits.is_bitstring());
  CHECK_FALSE(bits.is_binary());
  CHECK(bits.bit_size() == 3);
  CHECK(read_bits(bits.bits(), 0, 3) == (static_cast<unsigned char>('a') >> 5));
  // Whole bytes off a byte boundary are copied, so every binary has
  // contiguous bytes.
  Term odd = make_sub_binary(h, parent, 4, 16);
  CHECK(odd.is_binary());
  CHECK(odd.subtag() == Subtag::HEAP_BIN);
  unsigned char expected0 = static_cast<unsigned char>((('a' << 4) | ('b' >> 4)) & 0xFF);
  CHECK(static_cast<unsigned char>(odd.binary_view()[0]) == expected0);
}

TEST_CASE("copying a sub-binary of a heap binary copies only its bits") {
  Heap from, to;
  Term parent = make_binary(from, "hello world");
  Term sub = make_sub_binary(from, parent, 8 * 6, 8 * 5);
  Term copy = copy_term(to, sub);
  CHECK(copy.binary_view() == "world");
  CHECK(copy.subtag() == Subtag::HEAP_BIN);
  Term bits = make_sub_binary(from, parent, 3, 13);
  Term bits_copy = copy_term(to, bits);
  CHECK(bits_copy.bit_size() == 13);
  CHECK(compare_terms(bits, bits_copy) == 0);
}

TEST_CASE("bitstrings compare bit by bit, then the shorter first") {
  Heap h;
  Term ab = make_binary(h, "ab");
  Term abc = make_binary(h, "abc");
  CHECK(compare_terms(ab, abc) < 0);
  CHECK(compare_terms(make_binary(h, "b"), abc) > 0);
  Term a3 = make_sub_binary(h, ab, 0, 3);  // 011
  Term a9 = make_sub_binary(h, ab, 0, 9);  // 01100001 0
  CHECK(compare_terms(a3, a9) < 0);
  CHECK(compare_terms(a3, make_sub_binary(h, ab, 0, 3)) == 0);
  CHECK(exact_equal(a3, make_bitstring(h, a3.bits())));
  // <<1::1>> > <<0, 0>>: the first bit decides.
  unsigned char* d;
  Term one_bit = make_bitstring_uninit(h, 1, &d);
  d[0] = 0x80;
  CHECK(compare_terms(one_bit, make_binary(h, std::string(2, '\0'))) > 0);
}

TEST_CASE("bits are copied across any alignment") {
  unsigned char src[4] = {0xAB, 0xCD, 0xEF, 0x12};
  for (std::size_t so = 0; so < 8; ++so)
    for (std::size_t dof = 0; dof < 8; ++dof)
      for (std::size_t n = 0; n <= 32 - so; ++n) {
        unsigned char dst[6] = {0, 0, 0, 0, 0, 0};
        copy_bits(dst, dof, src, so, n);
        BitSpan s{src, so, n}, t{dst, dof, n};
        bool same = true;
        for (std::size_t i = 0; i < n; ++i) same = same && bit_at(s, i) == bit_at(t, i);
        CHECK(same);
        // Bits outside the range stay zero.
        std::size_t ones = 0;
        for (std::size_t i = 0; i < 48; ++i) ones += bit_at({dst, 0, 48}, i);
        std::size_t expected = 0;
        for (std::size_t i = 0; i < n; ++i) expected += bit_at(s, i);
        CHECK(ones == expected);
      }
}

TEST_CASE("integers round-trip through segments of any size and endianness") {
  Heap h;
  for (std::size_t bits : {1, 3, 8, 12, 16, 20, 32, 63, 64, 65, 80, 128, 129}) {
    for (bool little : {false, true}) {
      for (std::int64_t v : {std::int64_t{0}, std::int64_t{1}, std::int64_t{-1}, std::int64_t{5}, std::int64_t{-5},
                             std::int64_t{0x123456789}, std::int64_t{-0x123456789}}) {
        unsigned char buf[24] = {};
        write_integer_bits(buf, 3, Term::small(v), bits, little);
        Term back = read_integer_bits(h, BitSpan{buf, 0, 3 + bits}, 3, bits, true, little);
        bool fits = bits >= 64 || (v >= -(std::int64_t{1} << (bits - 1)) && v < (std::int64_t{1} << (bits - 1)));
        if (fits) CHECK(compare_terms(back, make_integer(h, v)) == 0);
        // Unsigned reads give the value modulo 2^bits.
        Term u = read_integer_bits(h, BitSpan{buf, 0, 3 + bits}, 3, bits, false, little);
        CHECK(compare_terms(u, Term::small(0)) >= 0);
      }
    }
  }
  // Erlang's little-endian: whole bytes first, the partial byte last.
  unsigned char buf[2] = {};
  write_integer_bits(buf, 0, Term::small(0xABC), 12, true);
  CHECK(buf[0] == 0xBC);
  CHECK(buf[1] == 0xA0);
  CHECK(read_integer_bits(h, BitSpan{buf, 0, 12}, 0, 12, false, true).small_value() == 0xABC);
  write_integer_bits(buf, 0, Term::small(0xABC), 12, false);
  CHECK(buf[0] == 0xAB);
  CHECK(buf[1] == 0xC0);
}

TEST_CASE("floats of 16, 32 and 64 bits") {
  unsigned char buf[8] = {};
  double out = 0;
  write_float_bits(buf, 0, 1.5, 16, false);
  CHECK(buf[0] == 62);
  CHECK(buf[1] == 0);
  CHECK(read_float_bits({buf, 0, 16}, 0, 16, false, &out));
  CHECK(out == 1.5);
  write_float_bits(buf, 0, 1e308, 16, false);  // too large: infinity, as BEAM
  CHECK(buf[0] == 124);
  CHECK_FALSE(read_float_bits({buf, 0, 16}, 0, 16, false, &out));
  write_float_bits(buf, 0, -2.25, 32, true);
  CHECK(read_float_bits({buf, 0, 32}, 0, 32, true, &out));
  CHECK(out == -2.25);
  write_float_bits(buf, 0, 0.1, 64, false);
  CHECK(read_float_bits({buf, 0, 64}, 0, 64, false, &out));
  CHECK(out == 0.1);
}

TEST_CASE("inspect prints bitstrings as Elixir does") {
  Heap h;
  Term b = make_binary(h, std::string("\x01\x02", 2));
  Term bits = make_sub_binary(h, b, 0, 11);
  CHECK(inspect(bits) == "<<1, 0::size(3)>>");
  CHECK(inspect(make_sub_binary(h, b, 8, 3)) == "<<0::size(3)>>");
  CHECK(inspect(make_binary(h, "abc")) == "\"abc\"");
  CHECK(inspect(b) == "<<1, 2>>");
}

TEST_CASE("an append extends an off-heap binary in place once, older binaries never change") {
  Heap h;
  char* d;
  Term a = make_binary_with_capacity(h, 100, 200, &d);
  std::memset(d, 'a', 100);
  char* more;
  Term b = try_append_in_place(h, a, 10, &more);
  REQUIRE_FALSE(b.is_none());
  std::memset(more, 'b', 10);
  CHECK(b.off_heap_binary() == a.off_heap_binary());  // shared bytes
  CHECK(b.binary_size() == 110);
  CHECK(a.binary_size() == 100);
  // Appending to `a` again would overwrite b's bytes: refused.
  CHECK(try_append_in_place(h, a, 5, &more).is_none());
  // b is the end, so it may grow, until the capacity runs out.
  CHECK_FALSE(try_append_in_place(h, b, 90, &more).is_none());
  CHECK(try_append_in_place(h, b, 1, &more).is_none());
  CHECK(b.binary_view() == std::string(100, 'a') + std::string(10, 'b'));
  CHECK(a.off_heap_binary()->refs.load() == 3);
}
