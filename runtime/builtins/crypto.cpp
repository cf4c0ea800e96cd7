// :crypto on OpenSSL's libcrypto: digests, HMAC, PBKDF2, random bytes and
// the small helpers (exor, hash_equals) that Elixir code calls. Errors are
// OTP 25's: the NIF's {badarg, {File, Line}, Text} tuples (Elixir shows them
// as ErlangError) and plain badarg where crypto.erl raises one.
#include <gmp.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/provider.h>
#include <openssl/rand.h>

#include <mutex>
#include <string>
#include <string_view>

#include "runtime/builtins/builtins.h"
#include "vm/atom.h"
#include "vm/heap.h"
#include "vm/number.h"

namespace vial {

namespace {

// One row per digest: the atom :crypto names it by, OpenSSL's name.
struct Digest {
  const char* atom;
  const char* openssl;
};
// In the order OTP lists them reversed (supports/1 builds its list backwards).
constexpr Digest kDigests[] = {
    {"md4", "MD4"},          {"md5", "MD5"},           {"ripemd160", "RIPEMD160"}, {"sha", "SHA1"},
    {"sha224", "SHA224"},    {"sha256", "SHA256"},     {"sha384", "SHA384"},       {"sha512", "SHA512"},
    {"sha3_224", "SHA3-224"}, {"sha3_256", "SHA3-256"}, {"sha3_384", "SHA3-384"},   {"sha3_512", "SHA3-512"},
    {"blake2b", "BLAKE2B-512"}, {"blake2s", "BLAKE2S-256"},
};

const EVP_MD* digest_of(Term t) {
  // MD4 lives in OpenSSL 3's legacy provider; loading one provider means
  // loading the default one by hand too.
  // The handles stay loaded for the program's life (kept here, so they are
  // reachable to the end).
  static std::once_flag once;
  static OSSL_PROVIDER* providers[2];
  std::call_once(once, [] {
    providers[0] = OSSL_PROVIDER_load(nullptr, "legacy");
    providers[1] = OSSL_PROVIDER_load(nullptr, "default");
  });
  if (!t.is_atom()) return nullptr;
  std::string_view name = atom_text(t);
  for (const Digest& d : kDigests)
    if (name == d.atom) return EVP_get_digestbyname(d.openssl);
  return nullptr;
}

// OTP's NIF error: {badarg, {~c"File", Line}, ~c"Text"}.
Term nif_error(NativeCall& c, std::string_view file, int line, std::string_view text) {
  Heap& h = c.heap();
  auto chars = [&](std::string_view s) {
    Term l = Term::nil();
    for (auto it = s.rbegin(); it != s.rend(); ++it) l = make_cons(h, Term::small(static_cast<unsigned char>(*it)), l);
    return l;
  };
  Term where = make_tuple(h, {chars(file), Term::small(line)});
  return c.error(make_tuple(h, {atoms::badarg, where, chars(text)}));
}

bool bytes_of(Term t, std::string* out) { return iodata_to_bytes(t, out); }

Term binary_of(NativeCall& c, const unsigned char* data, std::size_t size) {
  return make_binary(c.heap(), {reinterpret_cast<const char*>(data), size});
}

// crypto:hash(Type, Data)
Term crypto_hash(NativeCall& c, const Term* a) {
  const EVP_MD* md = digest_of(a[0]);
  if (!md) return nif_error(c, "hash.c", 108, "Bad digest type");
  std::string data;
  if (!bytes_of(a[1], &data)) return c.badarg(1, "not an iodata term");
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (!EVP_Digest(data.data(), data.size(), out, &size, md, nullptr))
    return nif_error(c, "hash.c", 108, "Bad digest type");
  c.charge(static_cast<int>(data.size() / 256));
  return binary_of(c, out, size);
}

// crypto:mac(hmac, SubType, Key, Data)
Term crypto_mac4(NativeCall& c, const Term* a) {
  if (a[0] != intern_atom("hmac")) return nif_error(c, "mac.c", 233, "Unknown mac algorithm");
  const EVP_MD* md = digest_of(a[1]);
  if (!md) return nif_error(c, "mac.c", 263, "Bad digest algorithm for HMAC");
  std::string key, data;
  if (!bytes_of(a[2], &key)) return c.badarg(1, "not an iodata term");
  if (!bytes_of(a[3], &data)) return nif_error(c, "mac.c", 175, "Bad text");
  unsigned char out[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (!HMAC(md, key.data(), static_cast<int>(key.size()), reinterpret_cast<const unsigned char*>(data.data()),
            data.size(), out, &size))
    return nif_error(c, "mac.c", 263, "Bad digest algorithm for HMAC");
  c.charge(static_cast<int>(data.size() / 256));
  return binary_of(c, out, size);
}

// crypto:pbkdf2_hmac(Digest, Password, Salt, Iterations, KeyLen)
Term crypto_pbkdf2_hmac(NativeCall& c, const Term* a) {
  const EVP_MD* md = digest_of(a[0]);
  if (!md) return nif_error(c, "pbkdf2_hmac.c", 34, "Bad digest type");
  if (!a[1].is_binary()) return nif_error(c, "pbkdf2_hmac.c", 41, "Not binary");
  if (!a[2].is_binary()) return nif_error(c, "pbkdf2_hmac.c", 45, "Not binary");
  if (!a[3].is_small() || a[3].small_value() <= 0) return nif_error(c, "pbkdf2_hmac.c", 49, "Must be > 0");
  if (!a[4].is_small() || a[4].small_value() <= 0) return nif_error(c, "pbkdf2_hmac.c", 53, "Must be > 0");
  std::string_view pass = a[1].binary_view(), salt = a[2].binary_view();
  std::string out(static_cast<std::size_t>(a[4].small_value()), '\0');
  if (!PKCS5_PBKDF2_HMAC(pass.data(), static_cast<int>(pass.size()), reinterpret_cast<const unsigned char*>(salt.data()),
                         static_cast<int>(salt.size()), static_cast<int>(a[3].small_value()), md,
                         static_cast<int>(out.size()), reinterpret_cast<unsigned char*>(out.data())))
    return nif_error(c, "pbkdf2_hmac.c", 34, "Bad digest type");
  c.charge(static_cast<int>(a[3].small_value() / 16));
  return make_binary(c.heap(), out);
}

// crypto:strong_rand_bytes(N)
Term crypto_strong_rand_bytes(NativeCall& c, const Term* a) {
  if (!a[0].is_small() || a[0].small_value() < 0 || a[0].small_value() > (1 << 30)) return c.error(atoms::badarg);
  std::string out(static_cast<std::size_t>(a[0].small_value()), '\0');
  if (!out.empty() && RAND_bytes(reinterpret_cast<unsigned char*>(out.data()), static_cast<int>(out.size())) != 1)
    return c.error(intern_atom("low_entropy"));
  return make_binary(c.heap(), out);
}

// crypto:exor(Data1, Data2): the bytes xor'ed; both of one size.
Term crypto_exor(NativeCall& c, const Term* a) {
  std::string x, y;
  if (!bytes_of(a[0], &x) || !bytes_of(a[1], &y) || x.size() != y.size()) return c.error(atoms::badarg);
  for (std::size_t i = 0; i < x.size(); ++i) x[i] = static_cast<char>(x[i] ^ y[i]);
  return make_binary(c.heap(), x);
}

// crypto:hash_equals(A, B): a comparison in constant time; binaries of one size.
Term crypto_hash_equals(NativeCall& c, const Term* a) {
  if (!a[0].is_binary() || !a[1].is_binary() || a[0].binary_size() != a[1].binary_size())
    return c.error(atoms::badarg);
  std::string_view x = a[0].binary_view(), y = a[1].binary_view();
  return CRYPTO_memcmp(x.data(), y.data(), x.size()) == 0 ? atoms::true_ : atoms::false_;
}

// An integer or a big-endian unsigned binary (crypto's bignums) into `out`.
bool to_mpz(Term t, mpz_t out) {
  if (t.is_binary()) {
    std::string_view b = t.binary_view();
    mpz_import(out, b.size(), 1, 1, 1, 0, b.data());
    return true;
  }
  if (!t.is_integer()) return false;
  return mpz_set_str(out, integer_to_string(t, 16).c_str(), 16) == 0;
}

// crypto:mod_pow(N, P, M): N^P mod M as a big-endian unsigned binary, or
// :error when M is 0.
Term crypto_mod_pow(NativeCall& c, const Term* a) {
  mpz_t n, p, m, r;
  mpz_inits(n, p, m, r, nullptr);
  struct Clear {
    mpz_t *n, *p, *m, *r;
    ~Clear() { mpz_clears(*n, *p, *m, *r, nullptr); }
  } clear{&n, &p, &m, &r};
  for (int i = 0; i < 3; ++i)
    if (!to_mpz(a[i], i == 0 ? n : i == 1 ? p : m)) return c.error(atoms::badarg);
  if (mpz_sgn(m) == 0) return atoms::error;
  if (mpz_sgn(p) < 0) return c.error(atoms::badarg);
  mpz_powm(r, n, p, m);
  std::string out((mpz_sizeinbase(r, 2) + 7) / 8, '\0');
  std::size_t size = 0;
  if (mpz_sgn(r) != 0) mpz_export(out.data(), &size, 1, 1, 1, 0, r);
  out.resize(size);
  c.charge(static_cast<int>(mpz_sizeinbase(m, 2) * mpz_sizeinbase(p, 2) / 4096) + 1);
  return make_binary(c.heap(), out);
}

// crypto:supports(hashs): the digests this build of OpenSSL has, newest first as OTP lists them.
Term crypto_supports(NativeCall& c, const Term* a) {
  if (a[0] != intern_atom("hashs")) return c.error(atoms::badarg);
  Term list = Term::nil();
  for (const Digest& d : kDigests)
    if (EVP_get_digestbyname(d.openssl)) list = make_cons(c.heap(), intern_atom(d.atom), list);
  return list;
}

}  // namespace

void register_crypto_builtins() {
  register_natives({
      {"crypto", "hash", 2, crypto_hash},
      {"crypto", "mac", 4, crypto_mac4},
      {"crypto", "pbkdf2_hmac", 5, crypto_pbkdf2_hmac},
      {"crypto", "strong_rand_bytes", 1, crypto_strong_rand_bytes},
      {"crypto", "exor", 2, crypto_exor},
      {"crypto", "hash_equals", 2, crypto_hash_equals},
      {"crypto", "supports", 1, crypto_supports},
      {"crypto", "mod_pow", 3, crypto_mod_pow},
  });
}

}  // namespace vial
