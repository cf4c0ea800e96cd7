#include "vm/vbc.h"

#include <cstring>
#include <map>

#include "vm/atom.h"
#include "vm/binary.h"
#include "vm/map.h"

namespace vial {

namespace {

// "\x89VBC\r\n\x1a\n": a high byte, the name, and the line endings a text-mode
// transfer would change (the trick PNG uses).
constexpr char kMagic[8] = {'\x89', 'V', 'B', 'C', '\r', '\n', '\x1a', '\n'};
constexpr std::uint32_t kFormatVersion = 3;
constexpr std::size_t kHeaderSize = 8 + 4 + 8 + 8 + 8;
// Literals nest no deeper than the reader allows expressions to (1,500).
constexpr int kMaxLiteralDepth = 2000;

// Tags of the literal encoding.
enum LitTag : std::uint8_t {
  kLitAtom = 'A',
  kLitSmall = 'I',
  kLitBignum = 'N',
  kLitFloat = 'F',
  kLitNil = 'L',
  kLitList = 'C',
  kLitTuple = 'T',
  kLitBinary = 'B',
  kLitBitstring = 'b',  // bits in the last byte (1..7), then the bytes
  kLitMap = 'M',
};

std::uint64_t fnv1a(std::string_view s, std::uint64_t h = 14695981039346656037ull) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

// The opcode table's names and operand layouts, hashed: code saved by a vial
// whose table differs (other numbering, other operands) is refused.
std::uint64_t opcode_fingerprint() {
  static const std::uint64_t fp = [] {
    std::uint64_t h = fnv1a("vial-opcodes");
    for (std::size_t i = 0; i < kOpCount; ++i) {
      h = fnv1a(op_name(static_cast<Op>(i)), h);
      h = fnv1a(":", h);
      h = fnv1a(op_layout(static_cast<Op>(i)), h);
      h = fnv1a(";", h);
    }
    return h;
  }();
  return fp;
}

// --- writing ------------------------------------------------------------------

class Writer {
 public:
  std::string out;

  void u8(std::uint8_t v) { out.push_back(static_cast<char>(v)); }
  void fixed(std::uint64_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) u8(static_cast<std::uint8_t>(v >> (8 * i)));
  }
  void varint(std::uint64_t v) {
    while (v >= 0x80) {
      u8(static_cast<std::uint8_t>(v | 0x80));
      v >>= 7;
    }
    u8(static_cast<std::uint8_t>(v));
  }
  void bytes(std::string_view s) {
    varint(s.size());
    out.append(s);
  }
};

class Encoder {
 public:
  explicit Encoder(const ModuleImage& image) : image_(image) {}

  bool run(std::string* result, std::string* error);

 private:
  std::uint32_t atom(Term a) {
    auto [it, fresh] = atom_index_.emplace(a.raw(), static_cast<std::uint32_t>(atoms_.size()));
    if (fresh) atoms_.push_back(a);
    return it->second;
  }
  std::uint32_t literal(Term t) {
    auto it = literal_index_.find(t.raw());
    if (it != literal_index_.end()) return it->second;
    auto index = static_cast<std::uint32_t>(literals_.size());
    literals_.push_back(t);
    literal_index_.emplace(t.raw(), index);
    return index;
  }
  bool term(Writer& w, Term t, int depth);
  void code(Writer& w);

  const ModuleImage& image_;
  std::vector<Term> atoms_;
  std::map<Word, std::uint32_t> atom_index_;
  std::vector<Term> literals_;
  std::map<Word, std::uint32_t> literal_index_;
  std::string error_;
};

bool Encoder::term(Writer& w, Term t, int depth) {
  if (depth > kMaxLiteralDepth) {
    error_ = "a literal is nested too deeply";
    return false;
  }
  if (t.is_atom()) {
    w.u8(kLitAtom);
    w.varint(atom(t));
  } else if (t.is_small()) {
    std::int64_t v = t.small_value();
    w.u8(kLitSmall);
    w.varint((static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63));  // zigzag
  } else if (t.is_nil()) {
    w.u8(kLitNil);
  } else if (t.is_cons()) {
    std::vector<Term> items;
    Term rest = t;
    for (; rest.is_cons(); rest = rest.tail()) items.push_back(rest.head());
    w.u8(kLitList);
    w.varint(items.size());
    for (Term item : items)
      if (!term(w, item, depth + 1)) return false;
    return term(w, rest, depth + 1);
  } else if (t.is_tuple()) {
    w.u8(kLitTuple);
    w.varint(t.tuple_arity());
    for (std::size_t i = 0; i < t.tuple_arity(); ++i)
      if (!term(w, t.element(i), depth + 1)) return false;
  } else if (t.is_float()) {
    double d = t.float_value();
    std::uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    w.u8(kLitFloat);
    w.fixed(bits, 8);
  } else if (t.is_bignum()) {
    w.u8(kLitBignum);
    w.u8(bignum_negative(t) ? 1 : 0);
    std::size_t n = bignum_limb_count(t);
    w.varint(n);
    for (std::size_t i = 0; i < n; ++i) w.fixed(bignum_limbs(t)[i], 8);
  } else if (t.is_binary()) {
    w.u8(kLitBinary);
    w.bytes(t.binary_view());
  } else if (t.is_bitstring()) {
    BitstringBytes b(t);
    w.u8(kLitBitstring);
    w.u8(static_cast<std::uint8_t>(b.bits() % 8));
    w.bytes(b.bytes());
  } else if (t.is_map()) {
    MapItems items = map_items(t);
    w.u8(kLitMap);
    w.varint(items.size());
    for (const auto& [k, v] : items)
      if (!term(w, k, depth + 1) || !term(w, v, depth + 1)) return false;
  } else {
    error_ = std::string("cannot save a literal ") + (t.is_boxed() ? subtag_name(t.subtag()) : "term");
    return false;
  }
  return true;
}

// Instructions, with every literal operand replaced by (index << 2) | 1 (a
// register reference has low bits 00, so the two never collide).
void Encoder::code(Writer& w) {
  const auto& code = image_.code;
  w.varint(code.size());
  for (std::size_t pc = 0; pc < code.size();) {
    Word opw = code[pc];
    w.varint(opw);
    ++pc;
    if (opw >= kOpCount) continue;  // the loader would reject it; saved as is
    for (const char* k = op_layout(static_cast<Op>(opw)); *k && pc < code.size(); ++k) {
      auto source = [&](Word word) {
        w.varint(is_reg_ref(word) ? word : (static_cast<Word>(literal(Term::from_raw(word))) << 2) | 1);
      };
      switch (*k) {
        case 'S':
          source(code[pc++]);
          break;
        case 'T':
          w.varint((static_cast<Word>(literal(Term::from_raw(code[pc++]))) << 2) | 1);
          break;
        case 'V': {
          Word count = code[pc++];
          w.varint(count);
          for (Word i = 0; i < count && pc < code.size(); ++i) source(code[pc++]);
          break;
        }
        case 'J': {
          Word count = code[pc++];
          w.varint(count);
          for (Word i = 0; i < count && pc + 1 < code.size(); ++i, pc += 2) {
            w.varint((static_cast<Word>(literal(Term::from_raw(code[pc]))) << 2) | 1);
            w.varint(code[pc + 1]);
          }
          break;
        }
        default:
          w.varint(code[pc++]);
      }
    }
  }
}

bool Encoder::run(std::string* result, std::string* error) {
  // The code and tables first (they collect atoms and literals), then the
  // literals (which collect more atoms), then the atom table in front.
  Writer body;
  body.varint(atom(image_.name));
  body.bytes(image_.file);
  Writer code_part;
  code(code_part);
  code_part.varint(image_.functions.size());
  for (const auto& f : image_.functions) {
    code_part.varint(atom(f.name));
    code_part.varint(f.arity);
    code_part.varint(f.entry);
    code_part.u8(f.exported ? 1 : 0);
    code_part.varint(static_cast<std::uint64_t>(f.fun_arity + 1));
  }
  code_part.varint(image_.imports.size());
  for (const auto& imp : image_.imports) {
    code_part.varint(atom(imp.module));
    code_part.varint(atom(imp.function));
    code_part.varint(imp.arity);
  }
  code_part.varint(image_.lines.size());
  for (const auto& l : image_.lines) {
    code_part.varint(l.offset);
    code_part.varint(l.line);
  }
  // The struct's {defaults, enforced keys}: 0, or 1 + its literal index.
  code_part.varint(image_.struct_info.is_none() ? 0 : std::uint64_t{literal(image_.struct_info)} + 1);
  Writer lits;
  lits.varint(literals_.size());
  for (Term t : literals_)
    if (!term(lits, t, 0)) {
      *error = error_;
      return false;
    }
  Writer payload;
  payload.varint(atoms_.size());
  for (Term a : atoms_) payload.bytes(atom_text(a));
  payload.out += body.out;
  payload.out += lits.out;
  payload.out += code_part.out;

  Writer file;
  file.out.append(kMagic, sizeof kMagic);
  file.fixed(kFormatVersion, 4);
  file.fixed(opcode_fingerprint(), 8);
  file.fixed(payload.out.size(), 8);
  file.fixed(fnv1a(payload.out), 8);
  file.out += payload.out;
  *result = std::move(file.out);
  return true;
}

// --- reading ------------------------------------------------------------------

class Decoder {
 public:
  Decoder(std::string_view in, std::size_t base, std::string* error) : in_(in), base_(base), error_(error) {}

  bool run(ModuleImage* out);

 private:
  bool fail(const std::string& why) {
    if (error_->empty()) *error_ = why + " (at byte " + std::to_string(base_ + pos_) + ")";
    return false;
  }
  bool u8(std::uint8_t* v) {
    if (pos_ >= in_.size()) return fail("truncated");
    *v = static_cast<std::uint8_t>(in_[pos_++]);
    return true;
  }
  bool fixed(std::uint64_t* v, int bytes) {
    *v = 0;
    for (int i = 0; i < bytes; ++i) {
      std::uint8_t b = 0;
      if (!u8(&b)) return false;
      *v |= static_cast<std::uint64_t>(b) << (8 * i);
    }
    return true;
  }
  bool varint(std::uint64_t* v) {
    *v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      std::uint8_t b = 0;
      if (!u8(&b)) return false;
      *v |= static_cast<std::uint64_t>(b & 0x7F) << shift;
      if (!(b & 0x80)) return true;
    }
    return fail("malformed number");
  }
  // A count of items that each take at least `min_bytes` bytes: never more
  // than the bytes left could hold, so no huge allocation on a bad count.
  bool count(std::uint64_t* n, std::size_t min_bytes = 1) {
    if (!varint(n)) return false;
    if (*n > (in_.size() - pos_) / min_bytes) return fail("count past the end of the file");
    return true;
  }
  bool u32(std::uint32_t* v, std::uint64_t limit = 0xFFFFFFFFu) {
    std::uint64_t w;
    if (!varint(&w)) return false;
    if (w > limit) return fail("value out of range");
    *v = static_cast<std::uint32_t>(w);
    return true;
  }
  bool bytes(std::string_view* s) {
    std::uint64_t n;
    if (!count(&n)) return false;
    *s = in_.substr(pos_, n);
    pos_ += n;
    return true;
  }
  bool atom(Term* a) {
    std::uint64_t i;
    if (!varint(&i)) return false;
    if (i >= atoms_.size()) return fail("atom index out of range");
    *a = atoms_[i];
    return true;
  }
  bool term(Heap& h, Term* out, int depth);
  bool code(ModuleImage* out);

  std::string_view in_;
  std::size_t pos_ = 0;
  std::size_t base_;
  std::string* error_;
  std::vector<Term> atoms_;
  std::vector<Term> literals_;
};

bool Decoder::term(Heap& h, Term* out, int depth) {
  if (depth > kMaxLiteralDepth) return fail("literal nested too deeply");
  std::uint8_t tag = 0;
  if (!u8(&tag)) return false;
  switch (tag) {
    case kLitAtom:
      return atom(out);
    case kLitSmall: {
      std::uint64_t z;
      if (!varint(&z)) return false;
      auto v = static_cast<std::int64_t>((z >> 1) ^ (~(z & 1) + 1));
      if (!Term::small_fits(v)) return fail("integer literal out of range");
      *out = Term::small(v);
      return true;
    }
    case kLitNil:
      *out = Term::nil();
      return true;
    case kLitList: {
      std::uint64_t n;
      if (!count(&n)) return false;
      if (n == 0) return fail("empty list literal");
      std::vector<Term> items(n);
      for (auto& item : items)
        if (!term(h, &item, depth + 1)) return false;
      Term tail;
      if (!term(h, &tail, depth + 1)) return false;
      *out = make_list(h, items, tail);
      return true;
    }
    case kLitTuple: {
      std::uint64_t n;
      if (!count(&n)) return false;
      Term t = make_tuple_uninit(h, n);
      for (std::uint64_t i = 0; i < n; ++i) tuple_set(t, i, Term::nil());  // valid if we fail midway
      for (std::uint64_t i = 0; i < n; ++i) {
        Term e;
        if (!term(h, &e, depth + 1)) return false;
        tuple_set(t, i, e);
      }
      *out = t;
      return true;
    }
    case kLitMap: {
      // Pairs are rebuilt into a map here, so a file cannot make a map
      // whose layout breaks its invariants (duplicate keys: the last wins).
      std::uint64_t n;
      if (!count(&n, 2)) return false;
      MapItems items;
      for (std::uint64_t i = 0; i < n; ++i) {
        Term k, v;
        if (!term(h, &k, depth + 1) || !term(h, &v, depth + 1)) return false;
        items.emplace_back(k, v);
      }
      *out = map_from_items(h, std::move(items));
      return true;
    }
    case kLitFloat: {
      std::uint64_t bits;
      if (!fixed(&bits, 8)) return false;
      double d;
      std::memcpy(&d, &bits, sizeof d);
      if (d != d || d - d != 0) return fail("float literal is not finite");
      *out = make_float(h, d);
      return true;
    }
    case kLitBignum: {
      std::uint8_t negative;
      std::uint64_t n;
      if (!u8(&negative) || !count(&n, 8)) return false;
      if (negative > 1 || n == 0) return fail("malformed integer literal");
      std::vector<std::uint64_t> limbs(n);
      for (auto& l : limbs)
        if (!fixed(&l, 8)) return false;
      *out = make_integer_from_limbs(h, limbs.data(), n, negative == 1);
      return true;
    }
    case kLitBinary: {
      std::string_view s;
      if (!bytes(&s)) return false;
      *out = make_binary(h, s);
      return true;
    }
    case kLitBitstring: {
      std::uint8_t rest;
      std::string_view s;
      if (!u8(&rest) || !bytes(&s)) return false;
      if (rest == 0 || rest > 7 || s.empty()) return fail("malformed bitstring literal");
      *out = make_bitstring(h, {reinterpret_cast<const unsigned char*>(s.data()), 0, 8 * (s.size() - 1) + rest});
      return true;
    }
    default:
      return fail("unknown literal tag");
  }
}

bool Decoder::code(ModuleImage* out) {
  std::uint64_t n;
  if (!count(&n)) return false;
  auto& code = out->code;
  code.reserve(n);
  auto word = [&](Word* w) { return varint(w); };
  auto literal = [&](Word* w) {
    if ((*w & 3) != 1) return fail("operand is not a literal reference");
    Word i = *w >> 2;
    if (i >= literals_.size()) return fail("literal index out of range");
    *w = literals_[i].raw();
    return true;
  };
  auto source = [&](Word* w) {
    if (!word(w)) return false;
    return is_reg_ref(*w) ? true : literal(w);
  };
  while (code.size() < n) {
    Word opw;
    if (!word(&opw)) return false;
    if (opw >= kOpCount) return fail("unknown opcode " + std::to_string(opw));
    code.push_back(opw);
    for (const char* k = op_layout(static_cast<Op>(opw)); *k; ++k) {
      if (code.size() >= n) return fail("truncated instruction");
      Word w;
      switch (*k) {
        case 'S':
          if (!source(&w)) return false;
          code.push_back(w);
          break;
        case 'T':
          if (!word(&w) || !literal(&w)) return false;
          if (!Term::from_raw(w).is_immediate()) return fail("operand is not an immediate");
          code.push_back(w);
          break;
        case 'V': {
          if (!word(&w)) return false;
          if (w > n - code.size() - 1) return fail("truncated operand list");
          code.push_back(w);
          for (Word i = 0, count = w; i < count; ++i) {
            if (!source(&w)) return false;
            code.push_back(w);
          }
          break;
        }
        case 'J': {
          if (!word(&w)) return false;
          if (w > (n - code.size() - 1) / 2) return fail("truncated jump table");
          code.push_back(w);
          for (Word i = 0, count = w; i < count; ++i) {
            if (!word(&w) || !literal(&w)) return false;
            if (!Term::from_raw(w).is_immediate()) return fail("jump table value is not an immediate");
            code.push_back(w);
            if (!word(&w)) return false;
            code.push_back(w);
          }
          break;
        }
        default:
          if (!word(&w)) return false;
          code.push_back(w);
      }
    }
  }
  return true;
}

bool Decoder::run(ModuleImage* out) {
  std::uint64_t n;
  if (!count(&n)) return false;
  for (std::uint64_t i = 0; i < n; ++i) {
    std::string_view text;
    if (!bytes(&text)) return false;
    if (text.size() > 1020) return fail("atom too long");
    atoms_.push_back(intern_atom(text));
  }
  std::string_view file;
  if (!atom(&out->name) || !bytes(&file)) return false;
  out->file.assign(file);
  if (!count(&n)) return false;
  for (std::uint64_t i = 0; i < n; ++i) {
    Term t;
    if (!term(*out->literals, &t, 0)) return false;
    literals_.push_back(t);
  }
  if (!code(out)) return false;
  auto code_size = static_cast<std::uint64_t>(out->code.size());
  if (!count(&n, 5)) return false;
  for (std::uint64_t i = 0; i < n; ++i) {
    ModuleImage::Function f;
    std::uint8_t exported;
    std::uint32_t fun_arity;
    if (!atom(&f.name) || !u32(&f.arity, kMaxXRegs) || !u32(&f.entry, code_size) || !u8(&exported) ||
        !u32(&fun_arity, kMaxXRegs + 1))
      return false;
    if (exported > 1) return fail("malformed function entry");
    f.exported = exported == 1;
    f.fun_arity = static_cast<int>(fun_arity) - 1;
    out->functions.push_back(f);
  }
  if (!count(&n, 3)) return false;
  for (std::uint64_t i = 0; i < n; ++i) {
    ModuleImage::Import imp;
    if (!atom(&imp.module) || !atom(&imp.function) || !u32(&imp.arity, kMaxXRegs)) return false;
    out->imports.push_back(imp);
  }
  if (!count(&n, 2)) return false;
  std::uint32_t last = 0;
  for (std::uint64_t i = 0; i < n; ++i) {
    ModuleImage::Line l;
    if (!u32(&l.offset, code_size) || !u32(&l.line)) return false;
    if (l.offset < last) return fail("line table out of order");
    last = l.offset;
    out->lines.push_back(l);
  }
  std::uint64_t info;
  if (!varint(&info)) return false;
  if (info > literals_.size()) return fail("struct literal index out of range");
  if (info > 0) {
    Term t = literals_[info - 1];
    if (!t.is_tuple() || t.tuple_arity() != 3 || !t.element(0).is_map() || !t.element(1).is_list() ||
        !t.element(2).is_list())
      return fail("malformed struct definition");
    out->struct_info = t;
  }
  if (pos_ != in_.size()) return fail("unexpected bytes after the module");
  return true;
}

}  // namespace

bool encode_module(const ModuleImage& image, std::string* out, std::string* error) {
  return Encoder(image).run(out, error);
}

bool decode_module(std::string_view bytes, ModuleImage* out, std::string* error) {
  error->clear();
  if (bytes.size() < 8 || std::memcmp(bytes.data(), kMagic, 8) != 0) {
    *error = "not a .vbc file";
    return false;
  }
  if (bytes.size() < kHeaderSize) {
    *error = "truncated header";
    return false;
  }
  auto field = [&](std::size_t at, int n) {
    std::uint64_t v = 0;
    for (int i = 0; i < n; ++i) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[at + i])) << (8 * i);
    return v;
  };
  std::uint64_t version = field(8, 4), fingerprint = field(12, 8), length = field(20, 8), checksum = field(28, 8);
  if (version != kFormatVersion) {
    *error = "unsupported .vbc format version " + std::to_string(version) + " (this vial reads version " +
             std::to_string(kFormatVersion) + ")";
    return false;
  }
  if (fingerprint != opcode_fingerprint()) {
    *error = "compiled by an incompatible version of vial (its opcode table differs); recompile it";
    return false;
  }
  std::string_view payload = bytes.substr(kHeaderSize);
  if (payload.size() != length) {
    *error = payload.size() < length ? "truncated (" + std::to_string(payload.size()) + " of " +
                                           std::to_string(length) + " payload bytes)"
                                     : "unexpected bytes after the module";
    return false;
  }
  if (fnv1a(payload) != checksum) {
    *error = "checksum mismatch (the file is corrupt)";
    return false;
  }
  *out = ModuleImage{};
  return Decoder(payload, kHeaderSize, error).run(out);
}

std::string vbc_file_name(Term module) { return std::string(atom_text(module)) + ".vbc"; }

}  // namespace vial
