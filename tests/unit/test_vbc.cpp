// .vbc files (vm/vbc.cpp): a saved image loads and runs like the compiled
// one, and no damage to a file can crash the decoder or the loader.
#include <doctest/doctest.h>

#include <cstring>

#include "compiler/compile.h"
#include "compiler/reader.h"
#include "runtime/builtins/builtins.h"
#include "vm/atom.h"
#include "vm/map.h"
#include "vm/binary.h"
#include "vm/module.h"
#include "vm/printer.h"
#include "vm/process.h"
#include "vm/vbc.h"

using namespace vial;

namespace {

constexpr const char* kSource = R"(
  @pi 3.14159
  def area({:circle, r}), do: @pi * r * r
  def area({:rect, w, h}), do: w * h
  def big, do: 123456789012345678901234567890 * -2
  def data, do: {"café", [:a, 1.5 | :tail], -7, [], <<1, 2, 255>>}
  def f(x) when is_integer(x) and x > 0, do: x * f(x - 1)
  def f(0), do: 1
  def run, do: apply_all([1, 2], fn x -> {x, f(x + 3)} end)
  defp apply_all([], _), do: []
  defp apply_all([h | t], g), do: [g.(h) | apply_all(t, g)]
  defp secret, do: :hidden
  def reveal, do: secret()
)";

ModuleImage compile_image(const char* name) {
  static Heap heap;  // quoted forms stay alive for the images' literals
  register_builtins();
  ReadResult r = read_string(heap, kSource, "vbc_test.ex");
  REQUIRE_MESSAGE(r.ok, r.error.format());
  ModuleImage image;
  CompileError error;
  REQUIRE_MESSAGE(compile_module(intern_atom(name), r.form, "vbc_test.ex", &image, &error), error.format());
  return image;
}

std::string call(const LoadedModule& m, const char* fun, std::vector<Term> args = {}) {
  Process p;
  const Word* entry = m.entry(intern_atom(fun), static_cast<std::uint32_t>(args.size()));
  REQUIRE(entry);
  p.setup_call(entry, args.data(), static_cast<std::uint32_t>(args.size()));
  for (;;) {
    RunStatus s = execute(p);
    if (s == RunStatus::kDone) return inspect(p.x[0]);
    REQUIRE(s == RunStatus::kYield);
    p.reductions = kReductionsPerSlice;
  }
}

std::string encode(const ModuleImage& image) {
  std::string bytes, error;
  REQUIRE_MESSAGE(encode_module(image, &bytes, &error), error);
  return bytes;
}

// The header's checksum recomputed for a changed payload (FNV-1a, as
// vm/vbc.cpp), so that damage reaches the structural checks behind it.
void fix_checksum(std::string& bytes) {
  constexpr std::size_t kHeader = 36;
  if (bytes.size() < kHeader) return;
  std::uint64_t h = 14695981039346656037ull;
  for (std::size_t i = kHeader; i < bytes.size(); ++i) {
    h ^= static_cast<unsigned char>(bytes[i]);
    h *= 1099511628211ull;
  }
  std::uint64_t length = bytes.size() - kHeader;
  for (int i = 0; i < 8; ++i) bytes[20 + i] = static_cast<char>(length >> (8 * i));
  for (int i = 0; i < 8; ++i) bytes[28 + i] = static_cast<char>(h >> (8 * i));
}

// Decodes `bytes` and, if that succeeds, loads them: either may refuse, but
// neither may crash (ASan/UBSan watch this).
bool decode_and_load(const std::string& bytes) {
  ModuleImage image;
  std::string error;
  if (!decode_module(bytes, &image, &error)) {
    CHECK_FALSE(error.empty());
    return false;
  }
  LoadError load_error;
  return load_module(std::move(image), &load_error) != nullptr;
}

}  // namespace

TEST_CASE("a module saved as .vbc loads and runs like the compiled image") {
  ModuleImage image = compile_image("Elixir.VbcRoundTrip");
  std::string bytes = encode(image);
  ModuleImage decoded;
  std::string error;
  REQUIRE_MESSAGE(decode_module(bytes, &decoded, &error), error);
  CHECK(decoded.name == intern_atom("Elixir.VbcRoundTrip"));
  CHECK(decoded.file == "vbc_test.ex");
  CHECK(decoded.code.size() == image.code.size());
  CHECK(decoded.functions.size() == image.functions.size());
  CHECK(decoded.lines.size() == image.lines.size());
  CHECK(disassemble(decoded) == disassemble(image));
  // Encoding is deterministic.
  CHECK(encode(decoded) == bytes);
  LoadError load_error;
  auto m = load_module(std::move(decoded), &load_error);
  REQUIRE_MESSAGE(m, load_error.message);
  CHECK(call(*m, "area", {make_tuple(*image.literals, {intern_atom("rect"), Term::small(3), Term::small(4)})}) ==
        "12");
  CHECK(call(*m, "big") == "-246913578024691357802469135780");
  CHECK(call(*m, "data") == "{\"café\", [:a, 1.5 | :tail], -7, [], <<1, 2, 255>>}");
  CHECK(call(*m, "run") == "[{1, 24}, {2, 120}]");
  CHECK(call(*m, "reveal") == ":hidden");
  CHECK(m->find(intern_atom("secret"), 0));
  CHECK_FALSE(m->find(intern_atom("secret"), 0)->exported);
}

TEST_CASE("a damaged .vbc file is refused with a reason") {
  std::string bytes = encode(compile_image("Elixir.VbcDamaged"));
  std::string error;
  ModuleImage image;
  CHECK_FALSE(decode_module("", &image, &error));
  CHECK(error == "not a .vbc file");
  CHECK_FALSE(decode_module("defmodule Foo do end", &image, &error));
  CHECK(error == "not a .vbc file");
  CHECK_FALSE(decode_module(bytes.substr(0, 20), &image, &error));
  CHECK(error == "truncated header");
  CHECK_FALSE(decode_module(bytes.substr(0, bytes.size() - 1), &image, &error));
  CHECK(error.find("truncated (") == 0);
  CHECK_FALSE(decode_module(bytes + "x", &image, &error));
  CHECK(error == "unexpected bytes after the module");
  std::string other_version = bytes;
  other_version[8] = 9;
  CHECK_FALSE(decode_module(other_version, &image, &error));
  CHECK(error == "unsupported .vbc format version 9 (this vial reads version 3)");
  std::string other_vm = bytes;
  other_vm[12] ^= 1;
  CHECK_FALSE(decode_module(other_vm, &image, &error));
  CHECK(error == "compiled by an incompatible version of vial (its opcode table differs); recompile it");
  std::string flipped = bytes;
  flipped[bytes.size() / 2] ^= 0x10;
  CHECK_FALSE(decode_module(flipped, &image, &error));
  CHECK(error == "checksum mismatch (the file is corrupt)");
}

TEST_CASE("every truncation and every flipped bit of a .vbc file is refused") {
  std::string bytes = encode(compile_image("Elixir.VbcFlips"));
  for (std::size_t n = 0; n < bytes.size(); ++n) CHECK_FALSE(decode_and_load(bytes.substr(0, n)));
  for (std::size_t i = 0; i < bytes.size(); ++i)
    for (int bit = 0; bit < 8; ++bit) {
      std::string damaged = bytes;
      damaged[i] = static_cast<char>(damaged[i] ^ (1 << bit));
      CHECK_FALSE(decode_and_load(damaged));
    }
}

TEST_CASE("damage behind a valid checksum never crashes the decoder or the loader") {
  std::string bytes = encode(compile_image("Elixir.VbcStructural"));
  std::size_t refused = 0, total = 0;
  for (std::size_t i = 36; i < bytes.size(); ++i)
    for (unsigned char v : {0x00, 0x01, 0x7F, 0x80, 0xFF}) {
      std::string damaged = bytes;
      if (static_cast<unsigned char>(damaged[i]) == v) continue;
      damaged[i] = static_cast<char>(v);
      fix_checksum(damaged);
      ++total;
      if (!decode_and_load(damaged)) ++refused;
    }
  // Most single-byte changes break a structural rule; those that do not
  // (another small integer, another register) still form a valid module.
  CHECK(refused > total / 2);
  for (std::size_t n = 36; n < bytes.size(); ++n) {
    std::string cut = bytes.substr(0, n);
    fix_checksum(cut);
    CHECK_FALSE(decode_and_load(cut));
  }
}

TEST_CASE("a struct module's definition survives a .vbc file and is registered when it loads") {
  static Heap heap;
  register_builtins();
  ReadResult r = read_string(heap, "@enforce_keys [:b]\ndefstruct zed: 1, b: nil", "vbc_struct.ex");
  REQUIRE(r.ok);
  ModuleImage image;
  CompileError error;
  Term name = intern_atom("Elixir.VbcStruct");
  REQUIRE_MESSAGE(compile_module(name, r.form, "vbc_struct.ex", &image, &error), error.format());
  REQUIRE_FALSE(image.struct_info.is_none());
  std::string bytes = encode(image);
  ModuleImage decoded;
  std::string why;
  REQUIRE_MESSAGE(decode_module(bytes, &decoded, &why), why);
  CHECK(inspect(decoded.struct_info) == inspect(image.struct_info));
  LoadError load_error;
  REQUIRE(load_module(std::move(decoded), &load_error));
  CHECK(inspect(struct_defaults(name)) == "%VbcStruct{zed: 1, b: nil}");
  CHECK(inspect(struct_enforced_keys(name)) == "[:b]");
}

TEST_CASE("bitstring and off-heap binary literals survive a .vbc round trip") {
  // A function returning {<<5::3>>, <<a 100-byte binary>>} as one literal.
  ModuleImage image;
  image.name = intern_atom("Elixir.VbcBits");
  image.file = "vbc_bits.ex";
  Heap& lits = *image.literals;
  unsigned char* d;
  Term bits = make_bitstring_uninit(lits, 3, &d);
  d[0] = 0xA0;  // 101
  Term big = make_binary(lits, std::string(100, 'z'));
  Term lit = make_tuple(lits, {bits, big});
  image.code = {static_cast<Word>(Op::move), lit.raw(), x_reg(0), static_cast<Word>(Op::return_)};
  image.functions.push_back({intern_atom("lit"), 0, 0, true, -1});
  std::string bytes = encode(image);
  ModuleImage decoded;
  std::string error;
  REQUIRE_MESSAGE(decode_module(bytes, &decoded, &error), error);
  LoadError load_error;
  auto m = load_module(std::move(decoded), &load_error);
  REQUIRE_MESSAGE(m, load_error.message);
  std::string text = call(*m, "lit");
  CHECK(text.substr(0, 20) == "{<<5::size(3)>>, \"zz");
  CHECK(text.size() == 20 + 98 + 2);
}
