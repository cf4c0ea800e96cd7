// Term hashes with OTP 25's exact algorithms (docs/terms.md "Hashing"):
// erlang:phash2/1,2 (make_hash2) and the internal hash the HAMT indexes by
// (make_internal_hash), both in erts/emulator/beam/utils.c.
#include "vm/hash.h"
#include "vm/fun.h"

#include <cstring>
#include <vector>

#include "vm/atom.h"
#include "vm/binary.h"
#include "vm/code.h"
#include "vm/map.h"
#include "vm/module.h"

namespace vial {

// --- OTP 25's internal hash ------------------------------------------------------

namespace {

constexpr std::uint32_t kGolden = 0x9e3779b9U;  // HCONST
constexpr std::uint32_t kInternalSalt = 3432918353U;
// kGolden * k mod 2^32, the per-type constants.
constexpr std::uint32_t hconst(std::uint32_t k) { return kGolden * k; }

// Bob Jenkins' lookup2 mixing step.
inline void mix(std::uint32_t& a, std::uint32_t& b, std::uint32_t& c) {
  a -= b; a -= c; a ^= (c >> 13);
  b -= c; b -= a; b ^= (a << 8);
  c -= a; c -= b; c ^= (b >> 13);
  a -= b; a -= c; a ^= (c >> 12);
  b -= c; b -= a; b ^= (a << 16);
  c -= a; c -= b; c ^= (b >> 5);
  a -= b; a -= c; a ^= (c >> 3);
  b -= c; b -= a; b ^= (a << 10);
  c -= a; c -= b; c ^= (b >> 15);
}

inline void hash2(std::uint32_t& h, std::uint32_t x, std::uint32_t y, std::uint32_t k) {
  std::uint32_t a = k + x, b = k + y;
  mix(a, b, h);
}

inline void const_hash(std::uint32_t& h, std::uint32_t k) {
  h ^= k;
  h = (h << 17) ^ (h >> 15);
}

std::uint32_t block_hash(const unsigned char* k, std::size_t n, std::uint32_t init) {
  std::uint32_t a = kGolden, b = kGolden, c = init;
  std::size_t len = n;
  auto word = [](const unsigned char* p) {
    return std::uint32_t{p[0]} | std::uint32_t{p[1]} << 8 | std::uint32_t{p[2]} << 16 | std::uint32_t{p[3]} << 24;
  };
  while (len >= 12) {
    a += word(k);
    b += word(k + 4);
    c += word(k + 8);
    mix(a, b, c);
    k += 12;
    len -= 12;
  }
  c += static_cast<std::uint32_t>(n);
  // The last bytes; the lowest byte of c is reserved for the length.
  if (len >= 11) c += std::uint32_t{k[10]} << 24;
  if (len >= 10) c += std::uint32_t{k[9]} << 16;
  if (len >= 9) c += std::uint32_t{k[8]} << 8;
  if (len >= 8) b += std::uint32_t{k[7]} << 24;
  if (len >= 7) b += std::uint32_t{k[6]} << 16;
  if (len >= 6) b += std::uint32_t{k[5]} << 8;
  if (len >= 5) b += k[4];
  if (len >= 4) a += std::uint32_t{k[3]} << 24;
  if (len >= 3) a += std::uint32_t{k[2]} << 16;
  if (len >= 2) a += std::uint32_t{k[1]} << 8;
  if (len >= 1) a += k[0];
  mix(a, b, c);
  return c;
}

// The word BEAM (64-bit) would hold for an immediate.
std::uint64_t beam_immediate(Term t) {
  if (t.is_small()) return (static_cast<std::uint64_t>(t.small_value()) << 4) | 0xF;
  if (t.is_atom()) return (static_cast<std::uint64_t>(t.atom_index()) << 6) | 0xB;
  if (t.is_nil()) return 0x3B;  // OTP 25 (64-bit) writes [] as 0x3B
  if (t.is_pid()) return (t.pid_number() << 4) | 0x3;
  return t.raw();
}

bool is_byte(Term t) { return t.is_small() && t.small_value() >= 0 && t.small_value() <= 255; }

}  // namespace

std::uint32_t internal_hash(Term root, std::uint32_t salt) {
  std::uint32_t h = salt ^ kInternalSalt;
  // Pending terms; kCdrMark stands for "mix in the cons cell's tail marker".
  const Term kCdrMark = Term::none();
  std::vector<Term> stack;
  Term t = root;
  for (;;) {
    bool next = true;  // pop the next pending term after this one
    if (t.is_immediate()) {
      std::uint64_t w = beam_immediate(t);
      hash2(h, static_cast<std::uint32_t>(w), static_cast<std::uint32_t>(w >> 32), kGolden);
    } else if (t.is_cons()) {
      // Runs of byte-sized integers (strings) hash four at a time.
      int c = 0;
      std::uint32_t sh = 0;
      Term cell = t;
      Term rest = t;
      while (is_byte(cell.head())) {
        sh = (sh << 8) + static_cast<std::uint32_t>(cell.head().small_value());
        if (c == 3) {
          hash2(h, sh, 0, hconst(4));
          c = 0;
          sh = 0;
        } else {
          ++c;
        }
        rest = cell.tail();
        if (!rest.is_cons()) break;
        cell = rest;
      }
      if (c > 0) hash2(h, sh, static_cast<std::uint32_t>(c), hconst(22));
      if (rest.is_cons()) {
        // A cell whose head is not a byte: hash the head, then the tail.
        Term tail = cell.tail();
        const_hash(h, hconst(17));
        stack.push_back(tail);
        if (!tail.is_cons()) stack.push_back(kCdrMark);
        t = cell.head();
        next = false;
      } else {
        t = rest;  // the tail after the bytes ([] or an improper tail)
        next = false;
      }
    } else if (t.is_boxed()) {
      const Word* p = t.boxed_ptr();
      switch (t.subtag()) {
        case Subtag::TUPLE: {
          std::size_t n = t.tuple_arity();
          hash2(h, static_cast<std::uint32_t>(n), 0, hconst(9));
          for (std::size_t i = n; i-- > 0;) stack.push_back(t.element(i));
          break;
        }
        case Subtag::MAP_FLAT:
        case Subtag::MAP_HAMT: {
          MapItems items = map_items(t);
          hash2(h, static_cast<std::uint32_t>(items.size()), 0, hconst(16));
          for (auto it = items.rbegin(); it != items.rend(); ++it) {
            stack.push_back(it->second);
            stack.push_back(it->first);
          }
          break;
        }
        case Subtag::FLOAT: {
          double d = t.float_value();
          if (d == 0.0) d = 0.0;  // -0.0 hashes as 0.0
          std::uint64_t bits;
          std::memcpy(&bits, &d, sizeof bits);
          hash2(h, static_cast<std::uint32_t>(bits), static_cast<std::uint32_t>(bits >> 32), hconst(12));
          break;
        }
        case Subtag::BIGNUM_POS:
        case Subtag::BIGNUM_NEG: {
          std::uint32_t k = t.subtag() == Subtag::BIGNUM_NEG ? hconst(10) : hconst(11);
          std::size_t n = Term::header_arity(p[0]);
          for (std::size_t i = 0; i < n; ++i)
            hash2(h, static_cast<std::uint32_t>(p[1 + i]), static_cast<std::uint32_t>(p[1 + i] >> 32), k);
          break;
        }
        case Subtag::HEAP_BIN:
        case Subtag::REFC_BIN:
        case Subtag::SUB_BIN: {
          std::string_view b = t.binary_view();
          std::uint32_t k = hconst(13) + h;
          h = b.empty() ? k : block_hash(reinterpret_cast<const unsigned char*>(b.data()), b.size(), k);
          break;
        }
        case Subtag::FUN: {
          // Funs hash by their code and arity, then their free variables.
          std::size_t free = Term::header_arity(p[0]) - 2;
          hash2(h, static_cast<std::uint32_t>(free), static_cast<std::uint32_t>(p[1]), hconst(20));
          hash2(h, static_cast<std::uint32_t>(p[2] & kFunCallMask), static_cast<std::uint32_t>(p[1] >> 32), hconst(21));
          for (std::size_t i = free; i-- > 0;) stack.push_back(Term::from_raw(p[3 + i]));
          break;
        }
        case Subtag::REF: {
          std::size_t n = Term::header_arity(p[0]);
          for (std::size_t i = 0; i < n; ++i)
            hash2(h, static_cast<std::uint32_t>(p[1 + i]), static_cast<std::uint32_t>(p[1 + i] >> 32), hconst(7));
          break;
        }
      }
    }
    if (!next) continue;
    for (;;) {
      if (stack.empty()) return h;
      t = stack.back();
      stack.pop_back();
      if (t.is_none()) {
        const_hash(h, hconst(18));
        continue;
      }
      break;
    }
  }
}

// --- OTP 25's make_hash2 (erlang:phash2) --------------------------------------------

std::uint32_t atom_text_hash(Term atom) {
  std::string_view name = atom_text(atom);
  std::uint32_t h = 0;
  for (std::size_t i = 0; i < name.size(); ++i) {
    auto v = static_cast<unsigned char>(name[i]);
    // A two-byte UTF-8 sequence for U+0080..U+00FF hashes as its Latin-1
    // byte (BEAM's "latin1 clutch", which keeps hashes as before UTF-8 atoms).
    if (i + 1 < name.size() && (v & 0xFE) == 0xC2 && (static_cast<unsigned char>(name[i + 1]) & 0xC0) == 0x80) {
      v = static_cast<unsigned char>((v << 6) | (static_cast<unsigned char>(name[i + 1]) & 0x3F));
      ++i;
    }
    h = (h << 4) + v;
    if (std::uint32_t g = h & 0xF0000000U) {
      h ^= g >> 24;
      h ^= g;
    }
  }
  return h;
}

namespace {

// What make_hash2's explicit stack holds: a term still to hash, or a map
// marker. A map's pairs hash independently of each other (from 0) and are
// combined with xor, so the hash does not depend on the map's layout; the
// tail marker restores the hash from before the map and mixes the xor in.
struct Hash2Item {
  enum Kind : std::uint8_t { kTerm, kMapPair, kMapTail } kind;
  Term term;
  std::uint32_t saved_hash = 0, saved_xor = 0;
};

constexpr std::uint32_t kNilDef = 2;  // BEAM's NIL_DEF
constexpr std::uint32_t kNilFirst = 3468870702U;  // [] hashed first

inline void uint32_hash(std::uint32_t& h, std::uint32_t x, std::uint32_t k) { hash2(h, x, 0, k); }

// A small integer: numbers of 28 bits or fewer mix their 32-bit value (a
// negative one twice: its magnitude, then itself); larger ones hash like a
// one-limb bignum.
void hash2_integer(std::uint32_t& h, std::int64_t v) {
  if (v >= -(std::int64_t{1} << 27) && v < (std::int64_t{1} << 27)) {
    auto y = static_cast<std::int32_t>(v);
    if (y < 0) uint32_hash(h, static_cast<std::uint32_t>(-y), kGolden);
    uint32_hash(h, static_cast<std::uint32_t>(y), kGolden);
    return;
  }
  std::uint64_t t = v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
  hash2(h, static_cast<std::uint32_t>(t), static_cast<std::uint32_t>(t >> 32), v < 0 ? hconst(10) : hconst(11));
}

// A bitstring: its whole bytes with block_hash, then the bits after them.
void hash2_bits(std::uint32_t& h, Term t) {
  BitSpan s = t.bits();
  std::uint32_t con = hconst(13) + h;
  if (s.size == 0) {
    h = con;
    return;
  }
  std::size_t bytes = s.size / 8, rest = s.size % 8;
  if (s.offset % 8 == 0) {
    h = block_hash(s.base + s.offset / 8, bytes, con);
  } else {
    std::vector<unsigned char> buf(bytes);
    if (bytes) copy_bits(buf.data(), 0, s.base, s.offset, bytes * 8);
    h = block_hash(buf.data(), bytes, con);
  }
  if (rest) hash2(h, static_cast<std::uint32_t>(rest), static_cast<std::uint32_t>(read_bits(s, bytes * 8, rest)), hconst(15));
}

}  // namespace

std::uint32_t phash2(Term root, std::size_t* steps) {
  std::size_t work = 0;
  std::uint32_t h = 0, pairs = 0;
  std::vector<Hash2Item> stack;
  auto push = [&](Term t) { stack.push_back({Hash2Item::kTerm, t}); };
  Term t = root;
  for (;;) {
    bool pop = true;  // take the next term from the stack after this one
    ++work;
    if (t.is_small()) {
      hash2_integer(h, t.small_value());
    } else if (t.is_atom()) {
      // The first thing hashed takes the atom's hash as it is.
      if (h == 0) h = atom_text_hash(t);
      else uint32_hash(h, atom_text_hash(t), hconst(3));
    } else if (t.is_nil()) {
      if (h == 0) h = kNilFirst;
      else uint32_hash(h, kNilDef, hconst(2));
    } else if (t.is_pid()) {
      uint32_hash(h, static_cast<std::uint32_t>(t.pid_number()), hconst(5));
    } else if (t.is_cons()) {
      // Runs of byte-sized integers (strings) four at a time; then a cell
      // whose head is not a byte hashes its head and then its tail; the
      // tail after the bytes ([] or an improper tail) is hashed last.
      int c = 0;
      std::uint32_t sh = 0;
      Term cell = t;
      while (cell.is_cons() && is_byte(cell.head())) {
        sh = (sh << 8) + static_cast<std::uint32_t>(cell.head().small_value());
        if (c == 3) {
          uint32_hash(h, sh, hconst(4));
          c = 0;
          sh = 0;
        } else {
          ++c;
        }
        cell = cell.tail();
        ++work;
      }
      if (c > 0) uint32_hash(h, sh, hconst(4));
      if (cell.is_cons()) {
        push(cell.tail());
        t = cell.head();
      } else {
        t = cell;
      }
      pop = false;
    } else if (t.is_boxed()) {
      const Word* p = t.boxed_ptr();
      switch (t.subtag()) {
        case Subtag::TUPLE: {
          std::size_t n = t.tuple_arity();
          uint32_hash(h, static_cast<std::uint32_t>(n), hconst(9));
          if (n == 0) break;
          for (std::size_t i = n; i-- > 1;) push(t.element(i));
          t = t.element(0);
          pop = false;
          break;
        }
        case Subtag::MAP_FLAT:
        case Subtag::MAP_HAMT: {
          MapItems items = map_items(t);
          uint32_hash(h, static_cast<std::uint32_t>(items.size()), hconst(16));
          if (items.empty()) break;
          stack.push_back({Hash2Item::kMapTail, Term::none(), h, pairs});
          h = 0;
          pairs = 0;
          for (auto it = items.rbegin(); it != items.rend(); ++it) {
            stack.push_back({Hash2Item::kMapPair, Term::none()});
            push(it->second);
            push(it->first);
          }
          break;
        }
        case Subtag::FLOAT: {
          double d = t.float_value();
          if (d == 0.0) d = 0.0;  // -0.0 hashes as 0.0
          std::uint64_t bits;
          std::memcpy(&bits, &d, sizeof bits);
          hash2(h, static_cast<std::uint32_t>(bits >> 32), static_cast<std::uint32_t>(bits), hconst(12));
          break;
        }
        case Subtag::BIGNUM_POS:
        case Subtag::BIGNUM_NEG: {
          std::uint32_t k = t.subtag() == Subtag::BIGNUM_NEG ? hconst(10) : hconst(11);
          std::size_t n = Term::header_arity(p[0]);
          for (std::size_t i = 0; i < n; ++i)
            hash2(h, static_cast<std::uint32_t>(p[1 + i]), static_cast<std::uint32_t>(p[1 + i] >> 32), k);
          break;
        }
        case Subtag::HEAP_BIN:
        case Subtag::REFC_BIN:
        case Subtag::SUB_BIN:
          hash2_bits(h, t);
          work += t.bit_size() / 96;
          break;
        case Subtag::FUN: {
          // BEAM: the free-variable count and module, then the fun's index
          // and checksum in its module. Vial: the module, the function's
          // name and arity (locate_code), then the free variables in order.
          std::size_t free = Term::header_arity(p[0]) - 2;
          FunInfo info;
          std::uint32_t module = 0, name = 0, arity = fun_arity(t);
          if (fun_info(t, &info)) {
            module = atom_text_hash(info.module);
            name = info.name.is_atom() ? atom_text_hash(info.name) : 0;  // nil: purged
          }
          hash2(h, static_cast<std::uint32_t>(free), module, kGolden);
          hash2(h, name, arity, kGolden);
          if (free == 0) break;
          for (std::size_t i = free; i-- > 1;) push(Term::from_raw(p[3 + i]));
          t = Term::from_raw(p[3]);
          pop = false;
          break;
        }
        case Subtag::REF:
          // BEAM hashes the ref's lowest word (the last number printed).
          uint32_hash(h, static_cast<std::uint32_t>(ref_number(t) & 0x3FFFF), hconst(7));
          break;
      }
    }
    if (!pop) continue;
    for (;;) {
      if (stack.empty()) {
        if (steps) *steps = work;
        return h;
      }
      Hash2Item item = stack.back();
      stack.pop_back();
      if (item.kind == Hash2Item::kMapTail) {
        h = item.saved_hash;
        uint32_hash(h, pairs, hconst(19));
        pairs = item.saved_xor;
      } else if (item.kind == Hash2Item::kMapPair) {
        pairs ^= h;
        h = 0;
      } else {
        t = item.term;
        break;
      }
    }
  }
}


// --- OTP 25's make_hash (erlang:phash/2, the old portable hash) ---------------------
// What :sets and :dict (version 1) place elements by. Each kind of term
// multiplies the hash so far by one of BEAM's "funny numbers" and adds its
// own part; a list's elements come in order and then its tail, with one
// multiplication after the tail; a tuple's elements come before its arity.

namespace {

constexpr std::uint32_t kFunny1 = 268440163U, kFunny2 = 268439161U, kFunny3 = 268435459U,
                        kFunny4 = 268436141U, kFunny5 = 268438633U, kFunny6 = 268437017U,
                        kFunny8 = 268437511U, kFunny9 = 268439627U, kFunny10 = 268440479U,
                        kFunny12 = 268440581U, kFunny13 = 268440593U, kFunny14 = 268440611U;

inline void uint32_step(std::uint32_t& h, std::uint32_t x, std::uint32_t prime) {
  h = (((h * prime + (x & 0xFF)) * prime + ((x >> 8) & 0xFF)) * prime + ((x >> 16) & 0xFF)) * prime + (x >> 24);
}

// An integer hashes its magnitude's bytes, low first, 64-bit digit by digit
// (the last digit only its low half when its high half is zero), then its sign.
void make_hash_integer(std::uint32_t& h, Term t) {
  std::vector<std::uint64_t> digits;
  bool negative;
  if (t.is_small()) {
    std::int64_t v = t.small_value();
    negative = v < 0;
    digits.push_back(negative ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v));
  } else {
    const Word* p = t.boxed_ptr();
    negative = t.subtag() == Subtag::BIGNUM_NEG;
    std::size_t n = Term::header_arity(p[0]);
    while (n > 1 && p[n] == 0) --n;
    for (std::size_t i = 0; i < n; ++i) digits.push_back(p[1 + i]);
  }
  for (std::size_t i = 0; i < digits.size(); ++i) {
    std::uint64_t d = digits[i];
    uint32_step(h, static_cast<std::uint32_t>(d), kFunny2);
    if (i + 1 < digits.size() || (d >> 32)) uint32_step(h, static_cast<std::uint32_t>(d >> 32), kFunny2);
  }
  h *= negative ? kFunny4 : kFunny3;
}

}  // namespace

std::uint32_t make_hash(Term root) {
  // Stack items: a term to hash, or (term == none) an operation: multiply by
  // kFunny8 after a list's tail, or mix in a tuple's arity.
  struct Item {
    Term term;
    std::uint32_t op;  // 0: term; 1: list end; 2: tuple end (arity in n); 3: a byte in a list (n)
    std::uint32_t n;
  };
  std::vector<Item> stack;
  std::uint32_t h = 0;
  Term t = root;
  for (;;) {
    bool pop = true;
    if (t.is_nil()) {
      h = h * kFunny3 + 1;
    } else if (t.is_atom()) {
      h = h * kFunny1 + atom_text_hash(t);
    } else if (t.is_small()) {
      make_hash_integer(h, t);
    } else if (t.is_pid()) {
      uint32_step(h, static_cast<std::uint32_t>(t.pid_number()), kFunny5);
      h *= kFunny6;
    } else if (t.is_cons()) {
      // Elements in order, then the tail (a list's last cdr) and the mark.
      stack.push_back({Term::none(), 1, 0});
      Term cell = t;
      std::vector<Term> items;
      while (cell.is_cons()) {
        items.push_back(cell.head());
        cell = cell.tail();
      }
      stack.push_back({cell, 0, 0});
      // Elements that are bytes (strings) hash as hash * kFunny2 + byte.
      for (auto it = items.rbegin(); it != items.rend(); ++it) {
        if (it->is_small() && it->small_value() >= 0 && it->small_value() <= 255)
          stack.push_back({Term::none(), 3, static_cast<std::uint32_t>(it->small_value())});
        else
          stack.push_back({*it, 0, 0});
      }
    } else if (t.is_boxed()) {
      const Word* p = t.boxed_ptr();
      switch (t.subtag()) {
        case Subtag::TUPLE: {
          std::size_t n = t.tuple_arity();
          stack.push_back({Term::none(), 2, static_cast<std::uint32_t>(n)});
          for (std::size_t i = n; i-- > 0;) stack.push_back({t.element(i), 0, 0});
          break;
        }
        case Subtag::MAP_FLAT:
        case Subtag::MAP_HAMT:
          h = h * kFunny13 + kFunny14 + phash2(t);
          break;
        case Subtag::FLOAT: {
          double d = t.float_value();
          if (d == 0.0) d = 0.0;
          std::uint64_t bits;
          std::memcpy(&bits, &d, sizeof bits);
          h = h * kFunny6 + (static_cast<std::uint32_t>(bits) ^ static_cast<std::uint32_t>(bits >> 32));
          break;
        }
        case Subtag::BIGNUM_POS:
        case Subtag::BIGNUM_NEG:
          make_hash_integer(h, t);
          break;
        case Subtag::HEAP_BIN:
        case Subtag::REFC_BIN:
        case Subtag::SUB_BIN: {
          BitSpan s = t.bits();
          std::size_t bytes = s.size / 8, rest = s.size % 8;
          for (std::size_t i = 0; i < bytes; ++i)
            h = h * kFunny1 + static_cast<std::uint32_t>(read_bits(s, i * 8, 8));
          if (rest)
            h = (h * kFunny1 + static_cast<std::uint32_t>(read_bits(s, bytes * 8, rest))) * kFunny12 +
                static_cast<std::uint32_t>(rest);
          h = h * kFunny4 + static_cast<std::uint32_t>(bytes);
          break;
        }
        case Subtag::FUN:
          // BEAM hashes its fun index and checksum; Vial the code's module
          // and name (as phash2 does) and the free variables' count.
          h = h * kFunny10 + static_cast<std::uint32_t>(Term::header_arity(p[0]) - 2);
          h = h * kFunny1 + phash2(t);
          break;
        case Subtag::REF:
          uint32_step(h, static_cast<std::uint32_t>(ref_number(t) & 0x3FFFF), kFunny9);
          h *= kFunny10;
          break;
      }
    }
    (void)pop;
    for (;;) {
      if (stack.empty()) return h;
      Item item = stack.back();
      stack.pop_back();
      if (item.op == 1) {
        h *= kFunny8;
      } else if (item.op == 2) {
        h = h * kFunny9 + item.n;
      } else if (item.op == 3) {
        h = h * kFunny2 + item.n;
      } else {
        t = item.term;
        break;
      }
    }
  }
}

}  // namespace vial
