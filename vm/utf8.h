// UTF-8, encoded and decoded the way Erlang's `utf8` binary segments and
// Elixir's strings define it: code points up to U+10FFFF, no surrogates, no
// overlong forms. One copy for the reader, the printer and the builtins.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace vial {

// Whether `cp` is a code point a utf8 segment may hold.
inline bool is_unicode_scalar(std::int64_t cp) {
  return cp >= 0 && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
}

// Appends the UTF-8 encoding of `cp` (assumed valid) to `out`.
inline void append_utf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Decodes one code point at s[i] and advances i past it; returns false (and
// leaves i) on invalid UTF-8.
inline bool decode_utf8(std::string_view s, std::size_t& i, std::uint32_t& cp) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int len;
  if (c < 0x80) {
    cp = c;
    len = 1;
  } else if (c >= 0xC2 && c < 0xE0) {
    cp = c & 0x1F;
    len = 2;
  } else if (c >= 0xE0 && c < 0xF0) {
    cp = c & 0x0F;
    len = 3;
  } else if (c >= 0xF0 && c < 0xF5) {
    cp = c & 0x07;
    len = 4;
  } else {
    return false;
  }
  if (i + len > s.size()) return false;
  for (int k = 1; k < len; ++k) {
    unsigned char d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) return false;
    cp = (cp << 6) | (d & 0x3F);
  }
  if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF))
    return false;
  i += len;
  return true;
}

}  // namespace vial
