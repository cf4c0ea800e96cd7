// Erlang's :re on PCRE2 (docs/text.md): the natives
//   :re.compile/1,2   {:ok, {:re_pattern, Groups, Unicode, UseCRLF, Key}} |
//                     {:error, {charlist, position}} (PCRE 8.44's words)
//   :re.run/2,3       :match | :nomatch | {:match, captured}, with Erlang's
//                     options (global, capture specs, offset, notempty, ...)
//   :re.inspect/2     {:namelist, names} (sorted, as PCRE's name table)
//   :re.version/0
// :re.replace and :re.split are written in Elixir over run/3
// (stdlib/erlang_re.ex); Regex (stdlib/regex.ex) is Elixir's over :re.
//
// A compiled pattern's Key is our own binary: a tag, the PCRE2 options,
// the newline and \R conventions and the source. It is all a pattern
// needs, so a re_pattern tuple is an ordinary term (a literal, a message);
// the compiled code lives in a process-wide cache keyed by it.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/builtins/builtins.h"
#include "vm/binary.h"
#include "vm/utf8.h"

namespace vial {

namespace {

constexpr char kKeyTag[4] = {'V', 'R', 'E', '2'};
constexpr std::size_t kKeyHeader = 4 + 4 + 1 + 1;  // tag, options, newline, bsr

struct Compiled {
  pcre2_code* code = nullptr;
  std::uint32_t groups = 0;
  bool utf = false;
  bool crlf = false;                        // CRLF is a newline (global advance)
  std::vector<std::string> names_by_group;  // index = group number ("" unnamed)
  std::vector<std::string> sorted_names;
  ~Compiled() {
    if (code) pcre2_code_free(code);
  }
};

struct Options {
  std::uint32_t compile = 0;
  std::uint8_t newline = PCRE2_NEWLINE_LF;
  std::uint8_t bsr = PCRE2_BSR_UNICODE;
  bool any_compile = false;  // a compile option was given
  // run/3
  std::uint32_t match = 0;
  bool global = false;
  std::int64_t offset = 0;
  bool report_errors = false;
  Term capture = Term::none();  // all | first | ... | [ids]
  int ret = 0;                  // 0 index, 1 binary, 2 list
};

struct Atoms {
  Term unicode, anchored, caseless, dollar_endonly, dotall, extended, firstline, multiline,
      no_auto_capture, dupnames, ungreedy, newline, bsr_anycrlf, bsr_unicode, no_start_optimize,
      ucp, never_utf, cr, lf, crlf, anycrlf, any, global, notbol, noteol, notempty,
      notempty_atstart, offset, capture, report_errors, match_limit, match_limit_recursion, all,
      all_but_first, all_names, first, none, index, binary, list, match, nomatch, re_pattern,
      namelist, compile_atom;
};
Atoms A;

void init_atoms() {
  auto a = [](const char* s) { return intern_atom(s); };
  A = {a("unicode"), a("anchored"), a("caseless"), a("dollar_endonly"), a("dotall"), a("extended"),
       a("firstline"), a("multiline"), a("no_auto_capture"), a("dupnames"), a("ungreedy"),
       a("newline"), a("bsr_anycrlf"), a("bsr_unicode"), a("no_start_optimize"), a("ucp"),
       a("never_utf"), a("cr"), a("lf"), a("crlf"), a("anycrlf"), a("any"), a("global"),
       a("notbol"), a("noteol"), a("notempty"), a("notempty_atstart"), a("offset"), a("capture"),
       a("report_errors"), a("match_limit"), a("match_limit_recursion"), a("all"),
       a("all_but_first"), a("all_names"), a("first"), a("none"), a("index"), a("binary"),
       a("list"), a("match"), a("nomatch"), a("re_pattern"), a("namelist"), a("compile")};
}

// One compile option; false if `o` is not one.
bool compile_option(Term o, Options* out) {
  static const std::pair<Term*, std::uint32_t> flags[] = {
      {&A.unicode, PCRE2_UTF},           {&A.anchored, PCRE2_ANCHORED},
      {&A.caseless, PCRE2_CASELESS},     {&A.dollar_endonly, PCRE2_DOLLAR_ENDONLY},
      {&A.dotall, PCRE2_DOTALL},         {&A.extended, PCRE2_EXTENDED},
      {&A.firstline, PCRE2_FIRSTLINE},   {&A.multiline, PCRE2_MULTILINE},
      {&A.no_auto_capture, PCRE2_NO_AUTO_CAPTURE}, {&A.dupnames, PCRE2_DUPNAMES},
      {&A.ungreedy, PCRE2_UNGREEDY},     {&A.no_start_optimize, PCRE2_NO_START_OPTIMIZE},
      {&A.ucp, PCRE2_UCP},               {&A.never_utf, PCRE2_NEVER_UTF},
  };
  for (const auto& [atom, flag] : flags) {
    if (o == *atom) {
      out->compile |= flag;
      out->any_compile = true;
      return true;
    }
  }
  if (o == A.bsr_anycrlf || o == A.bsr_unicode) {
    out->bsr = o == A.bsr_anycrlf ? PCRE2_BSR_ANYCRLF : PCRE2_BSR_UNICODE;
    out->any_compile = true;
    return true;
  }
  if (o.is_tuple() && o.tuple_arity() == 2 && o.element(0) == A.newline) {
    Term n = o.element(1);
    if (n == A.cr) out->newline = PCRE2_NEWLINE_CR;
    else if (n == A.lf) out->newline = PCRE2_NEWLINE_LF;
    else if (n == A.crlf) out->newline = PCRE2_NEWLINE_CRLF;
    else if (n == A.anycrlf) out->newline = PCRE2_NEWLINE_ANYCRLF;
    else if (n == A.any) out->newline = PCRE2_NEWLINE_ANY;
    else return false;
    out->any_compile = true;
    return true;
  }
  return false;
}

bool valid_capture_spec(Term spec) {
  if (spec == A.all || spec == A.all_but_first || spec == A.all_names || spec == A.first ||
      spec == A.none)
    return true;
  for (Term t = spec; !t.is_nil(); t = t.tail()) {
    if (!t.is_cons()) return false;
    Term h = t.head();
    if (!(h.is_small() || h.is_binary() || h.is_atom() || h.is_list())) return false;
  }
  return true;
}

// One run option (or compile option): 0 if taken, 1 if it is no option
// ("invalid options"), 2 if it is a capture option with a bad value (a
// plain badarg, as Erlang's re gives).
int run_option(Term o, Options* out) {
  if (compile_option(o, out)) return 0;
  if (o == A.global) return out->global = true, 0;
  if (o == A.notbol) return out->match |= PCRE2_NOTBOL, 0;
  if (o == A.noteol) return out->match |= PCRE2_NOTEOL, 0;
  if (o == A.notempty) return out->match |= PCRE2_NOTEMPTY, 0;
  if (o == A.notempty_atstart) return out->match |= PCRE2_NOTEMPTY_ATSTART, 0;
  if (o == A.anchored) return out->match |= PCRE2_ANCHORED, 0;
  if (o == A.report_errors) return out->report_errors = true, 0;
  if (!o.is_tuple()) return 1;
  std::size_t n = o.tuple_arity();
  Term tag = o.element(0);
  if (n == 2 && tag == A.offset) {
    if (!o.element(1).is_small() || o.element(1).small_value() < 0) return 1;
    out->offset = o.element(1).small_value();
    return 0;
  }
  if (n == 2 && (tag == A.match_limit || tag == A.match_limit_recursion)) return o.element(1).is_small() ? 0 : 1;
  if ((n == 2 || n == 3) && tag == A.capture) {
    if (!valid_capture_spec(o.element(1))) return 2;
    out->capture = o.element(1);
    if (n == 3) {
      Term r = o.element(2);
      if (r == A.index) out->ret = 0;
      else if (r == A.binary) out->ret = 1;
      else if (r == A.list) out->ret = 2;
      else return 2;
    }
    return 0;
  }
  return 1;
}

// Bytes of iodata (or, under `unicode`, chardata); false if `t` is neither.
bool flatten(Term t, bool unicode, std::string* out) {
  if (t.is_binary()) {
    out->append(t.binary_view());
    return true;
  }
  if (unicode) return chardata_to_string(t, out);
  std::vector<Term> stack{t};
  while (!stack.empty()) {
    Term l = stack.back();
    stack.pop_back();
    if (l.is_binary()) {
      out->append(l.binary_view());
      continue;
    }
    // Walk the list, pushing the tail before descending into a sublist.
    while (l.is_cons()) {
      Term h = l.head();
      if (h.is_small()) {
        std::int64_t v = h.small_value();
        if (v < 0 || v > 255) return false;
        out->push_back(static_cast<char>(v));
      } else if (h.is_binary()) {
        out->append(h.binary_view());
      } else if (h.is_list()) {
        stack.push_back(l.tail());
        stack.push_back(h);
        l = Term::nil();
        break;
      } else {
        return false;
      }
      l = l.tail();
    }
    if (l.is_binary()) out->append(l.binary_view());
    else if (!l.is_nil()) return false;
  }
  return true;
}

// PCRE2 reports most errors in PCRE 8.44's words; these are Erlang's (by
// PCRE2 error number, base 100).
const char* pcre1_text(int code) {
  switch (code) {
    case 109: return "nothing to repeat";
    case 114: return "missing )";
    case 118: return "missing ) after comment";
    case 122: return "unmatched parentheses";
    case 127: return "conditional group contains more than two branches";
    case 134: return "character value in \\x{} or \\o{} is too large";
    case 137: return "PCRE does not support \\L, \\l, \\N{name}, \\U, or \\u";
    case 143: return "two named subpatterns have the same name";  // (one character earlier)
    case 144: return "group name must start with a non-digit";
    case 147: return "unknown property name after \\P or \\p";
    case 148: return "name is too long in (*MARK), (*PRUNE), (*SKIP), or (*THEN)";
    case 154: return "DEFINE group contains more than one branch";
    case 157: return "a numbered reference must not be zero";
    case 165: return "different names for subpatterns of the same number are not allowed";
    default: return nullptr;
  }
}

// PCRE's character tables for code points below 256 as Erlang's are built:
// ISO-8859-1, so that (without `ucp`) \w, [[:alpha:]] and caseless matching
// take Latin-1 letters as letters, as they do on the BEAM.
const std::uint8_t* latin1_tables() {
  static const std::vector<std::uint8_t> tables = [] {
    auto upper = [](int c) { return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7); };
    auto lower = [](int c) {
      return (c >= 'a' && c <= 'z') || c == 0xAA || c == 0xB5 || c == 0xBA || (c >= 0xDF && c != 0xF7);
    };
    auto alpha = [&](int c) { return upper(c) || lower(c); };
    auto digit = [](int c) { return c >= '0' && c <= '9'; };
    auto xdigit = [&](int c) { return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); };
    auto space = [](int c) { return c == ' ' || (c >= 0x09 && c <= 0x0D); };
    auto graph = [](int c) { return (c >= 0x21 && c <= 0x7E) || c >= 0xA0; };
    auto print = [&](int c) { return c == ' ' || graph(c); };
    auto cntrl = [](int c) { return c < 0x20 || (c >= 0x7F && c <= 0x9F); };
    auto punct = [&](int c) { return graph(c) && !alpha(c) && !digit(c); };
    auto word = [&](int c) { return alpha(c) || digit(c) || c == '_'; };
    auto to_lower = [&](int c) { return upper(c) ? c + 32 : c; };
    auto to_upper = [&](int c) { return lower(c) && ((c >= 'a' && c <= 'z') || (c >= 0xE0 && c != 0xF7 && c != 0xFF)) ? c - 32 : c; };
    std::vector<std::uint8_t> t(1088, 0);
    for (int c = 0; c < 256; ++c) {
      t[c] = static_cast<std::uint8_t>(to_lower(c));
      t[256 + c] = static_cast<std::uint8_t>(lower(c) ? to_upper(c) : to_lower(c));
      auto bit = [&](int offset, bool on) {
        if (on) t[512 + offset + c / 8] |= static_cast<std::uint8_t>(1u << (c & 7));
      };
      bit(0, space(c));
      bit(32, xdigit(c));
      bit(64, digit(c));
      bit(96, upper(c));
      bit(128, lower(c));
      bit(160, word(c));
      bit(192, graph(c));
      bit(224, print(c));
      bit(256, punct(c));
      bit(288, cntrl(c));
      t[832 + c] = static_cast<std::uint8_t>((space(c) ? 0x01 : 0) | (alpha(c) ? 0x02 : 0) | (lower(c) ? 0x04 : 0) |
                                             (digit(c) ? 0x08 : 0) | (word(c) ? 0x10 : 0));
    }
    return t;
  }();
  return tables.data();
}

// Where PCRE 8.44 reports an error that PCRE2 places elsewhere.
std::size_t pcre1_position(int code, std::string_view src, std::size_t offset) {
  switch (code) {
    case 143:  // a duplicate name: one character earlier
    case 147:  // an unknown property
      return offset > 0 ? offset - 1 : offset;
    case 115: {  // a reference to a missing group
      bool numbered = offset < src.size() && (std::isdigit(static_cast<unsigned char>(src[offset])) ||
                                              src[offset] == '{' || src[offset] == '+' || src[offset] == '-');
      if (offset > 0 && offset < src.size() && src[offset] == '}' && std::isdigit(static_cast<unsigned char>(src[offset - 1])))
        numbered = true;  // \g{N}
      if (numbered)
        return src.size();  // numbered: at the end of the pattern
      std::size_t end = src.find_first_of(">}')", offset);  // named: its closing delimiter
      return end == std::string_view::npos ? offset : end;
    }
    case 125: {  // a lookbehind that is not fixed length: its closing parenthesis
      if (offset >= src.size() || src[offset] != '(') return offset;
      int depth = 0;
      bool in_class = false;
      for (std::size_t i = offset; i < src.size(); ++i) {
        char ch = src[i];
        if (ch == '\\') {
          ++i;
        } else if (in_class) {
          in_class = ch != ']';
        } else if (ch == '[') {
          in_class = true;
        } else if (ch == '(') {
          ++depth;
        } else if (ch == ')' && --depth == 0) {
          return i;
        }
      }
      return offset;
    }
    default:
      return offset;
  }
}

struct KeyHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

std::mutex g_mutex;
std::unordered_map<std::string, std::shared_ptr<const Compiled>, KeyHash, std::equal_to<>> g_cache;

// The last pattern each thread used, to skip the lock for a regex applied
// over and over.
thread_local std::string t_last_key;
thread_local std::shared_ptr<const Compiled> t_last;

std::string make_key(std::string_view source, const Options& o) {
  std::string key(kKeyTag, 4);
  std::uint32_t flags = o.compile;
  char raw[4];
  std::memcpy(raw, &flags, 4);
  key.append(raw, 4);
  key.push_back(static_cast<char>(o.newline));
  key.push_back(static_cast<char>(o.bsr));
  key.append(source);
  return key;
}

struct CompileError {
  std::string text;
  std::size_t position = 0;
};

std::shared_ptr<const Compiled> compile_key(const std::string& key, CompileError* err) {
  {
    std::lock_guard lock(g_mutex);
    auto it = g_cache.find(key);
    if (it != g_cache.end()) return it->second;
  }
  std::uint32_t flags;
  std::memcpy(&flags, key.data() + 4, 4);
  auto newline = static_cast<std::uint8_t>(key[8]);
  auto bsr = static_cast<std::uint8_t>(key[9]);
  std::string_view source(key.data() + kKeyHeader, key.size() - kKeyHeader);
  pcre2_compile_context* ctx = pcre2_compile_context_create(nullptr);
  pcre2_set_newline(ctx, newline);
  pcre2_set_bsr(ctx, bsr);
  pcre2_set_character_tables(ctx, latin1_tables());
  int code = 0;
  PCRE2_SIZE offset = 0;
  pcre2_code* re = pcre2_compile(reinterpret_cast<PCRE2_SPTR>(source.data()), source.size(), flags,
                                 &code, &offset, ctx);
  pcre2_compile_context_free(ctx);
  if (!re) {
    if (err && code < 100) {  // a UTF-8 error in the pattern
      err->text = "invalid UTF-8 string";
      err->position = 0;
    } else if (err) {
      const char* old = pcre1_text(code);
      if (old) {
        err->text = old;
      } else {
        PCRE2_UCHAR buf[256];
        pcre2_get_error_message(code, buf, sizeof buf);
        err->text = reinterpret_cast<const char*>(buf);
      }
      err->position = pcre1_position(code, source, offset);
    }
    return nullptr;
  }
  pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);  // an interpreted match if JIT is unavailable
  auto c = std::make_shared<Compiled>();
  c->code = re;
  pcre2_pattern_info(re, PCRE2_INFO_CAPTURECOUNT, &c->groups);
  c->utf = (flags & PCRE2_UTF) != 0;
  c->crlf = newline == PCRE2_NEWLINE_CRLF || newline == PCRE2_NEWLINE_ANY || newline == PCRE2_NEWLINE_ANYCRLF;
  c->names_by_group.resize(c->groups + 1);
  std::uint32_t count = 0, entry = 0;
  PCRE2_SPTR table = nullptr;
  pcre2_pattern_info(re, PCRE2_INFO_NAMECOUNT, &count);
  pcre2_pattern_info(re, PCRE2_INFO_NAMEENTRYSIZE, &entry);
  pcre2_pattern_info(re, PCRE2_INFO_NAMETABLE, &table);
  for (std::uint32_t i = 0; i < count; ++i) {
    PCRE2_SPTR e = table + static_cast<std::size_t>(i) * entry;
    std::uint32_t group = (static_cast<std::uint32_t>(e[0]) << 8) | e[1];
    std::string name(reinterpret_cast<const char*>(e + 2));
    if (group < c->names_by_group.size()) c->names_by_group[group] = name;
    if (c->sorted_names.empty() || c->sorted_names.back() != name) c->sorted_names.push_back(name);
  }
  std::lock_guard lock(g_mutex);
  auto [it, inserted] = g_cache.emplace(key, c);
  return it->second;
}

// A match data block with room for `pairs` pairs, kept per thread.
pcre2_match_data* match_data(std::uint32_t pairs) {
  struct Holder {
    pcre2_match_data* md = nullptr;
    std::uint32_t pairs = 0;
    ~Holder() {
      if (md) pcre2_match_data_free(md);
    }
  };
  thread_local Holder h;
  if (h.pairs < pairs) {
    if (h.md) pcre2_match_data_free(h.md);
    h.pairs = std::max<std::uint32_t>(pairs, 16);
    h.md = pcre2_match_data_create(h.pairs, nullptr);
  }
  return h.md;
}

Term charlist(Heap& h, std::string_view s) {
  Term list = Term::nil();
  for (std::size_t i = s.size(); i-- > 0;) list = make_cons(h, Term::small(static_cast<unsigned char>(s[i])), list);
  return list;
}

Term re_pattern_term(Heap& h, const Compiled& c, const std::string& key) {
  return make_tuple(h, {A.re_pattern, Term::small(c.groups), Term::small(c.utf ? 1 : 0),
                        Term::small(c.crlf ? 1 : 0), make_binary(h, key)});
}

// The compiled pattern of a re_pattern tuple, or null.
std::shared_ptr<const Compiled> from_pattern_term(Term t) {
  if (!t.is_tuple() || t.tuple_arity() != 5 || t.element(0) != A.re_pattern || !t.element(4).is_binary())
    return nullptr;
  std::string_view key = t.element(4).binary_view();
  if (key.size() < kKeyHeader || std::memcmp(key.data(), kKeyTag, 4) != 0) return nullptr;
  if (t_last && key == t_last_key) return t_last;
  std::shared_ptr<const Compiled> found;
  {
    std::lock_guard lock(g_mutex);
    auto it = g_cache.find(key);
    if (it != g_cache.end()) found = it->second;
  }
  if (!found) found = compile_key(std::string(key), nullptr);
  if (found) {
    t_last_key.assign(key);
    t_last = found;
  }
  return found;
}

bool is_pattern_source(Term t) { return t.is_binary() || t.is_list(); }

Term compile_common(NativeCall& c, Term source, Term opts) {
  Options o;
  for (Term t = opts; !t.is_nil(); t = t.tail()) {
    if (!t.is_cons() || !compile_option(t.head(), &o)) return c.badarg(2, "invalid options");
  }
  std::string src;
  if (!flatten(source, (o.compile & PCRE2_UTF) != 0, &src)) return c.badarg(1, "not an iodata term");
  std::string key = make_key(src, o);
  CompileError err;
  auto re = compile_key(key, &err);
  if (!re) {
    return make_tuple(c.heap(), {atoms::error, make_tuple(c.heap(), {charlist(c.heap(), err.text),
                                                                     Term::small(static_cast<std::int64_t>(err.position))})});
  }
  return make_tuple(c.heap(), {atoms::ok, re_pattern_term(c.heap(), *re, key)});
}

Term re_compile1(NativeCall& c, const Term* a) { return compile_common(c, a[0], Term::nil()); }
Term re_compile2(NativeCall& c, const Term* a) {
  if (!a[1].is_list()) return c.badarg(2, "invalid options");
  return compile_common(c, a[0], a[1]);
}

// The value of one captured group.
Term capture_value(Heap& h, Term subject_term, std::string_view subject, bool utf, int ret,
                   PCRE2_SIZE start, PCRE2_SIZE end) {
  bool unset = start == PCRE2_UNSET;
  if (ret == 0) {
    if (unset) return make_tuple(h, {Term::small(-1), Term::small(0)});
    return make_tuple(h, {Term::small(static_cast<std::int64_t>(start)), Term::small(static_cast<std::int64_t>(end - start))});
  }
  if (unset) return ret == 1 ? make_binary(h, "") : Term::nil();
  if (ret == 1) {
    if (subject_term.is_binary()) return make_sub_binary(h, subject_term, start * 8, (end - start) * 8);
    return make_binary(h, subject.substr(start, end - start));
  }
  std::string_view part = subject.substr(start, end - start);
  if (!utf) return charlist(h, part);
  std::vector<Term> cps;
  for (std::size_t i = 0; i < part.size();) {
    std::uint32_t cp = 0;
    if (!decode_utf8(part, i, cp)) cp = static_cast<unsigned char>(part[i++]);
    cps.push_back(Term::small(cp));
  }
  return make_list(h, cps);
}

// The group numbers a capture spec selects (-1: a name not in the
// pattern, which captures as unset); `rc` is how many pairs PCRE set.
bool select_groups(const Compiled& re, Term spec, int rc, std::vector<int>* out) {
  if (spec == A.none) return true;
  if (spec == A.all || spec == A.all_but_first || spec == A.first) {
    int from = spec == A.all_but_first ? 1 : 0;
    int to = spec == A.first ? 1 : rc;
    for (int i = from; i < to; ++i) out->push_back(i);
    return true;
  }
  if (spec == A.all_names) {
    for (const std::string& name : re.sorted_names) {
      int g = -1;
      for (std::size_t i = 0; i < re.names_by_group.size(); ++i)
        if (re.names_by_group[i] == name) g = static_cast<int>(i);
      out->push_back(g);
    }
    return true;
  }
  for (Term t = spec; t.is_cons(); t = t.tail()) {
    Term h = t.head();
    if (h.is_small()) {
      std::int64_t n = h.small_value();
      out->push_back(n >= 0 && n <= static_cast<std::int64_t>(re.groups) ? static_cast<int>(n) : -1);
      continue;
    }
    std::string name;
    if (h.is_atom()) name = std::string(atom_text(h));
    else if (!flatten(h, true, &name)) return false;
    int g = -1;
    for (std::size_t i = 0; i < re.names_by_group.size(); ++i)
      if (re.names_by_group[i] == name) g = static_cast<int>(i);
    out->push_back(g);
  }
  return true;
}

Term captured(Heap& h, const Compiled& re, const Options& o, Term subject_term, std::string_view subject,
              pcre2_match_data* md, int rc) {
  PCRE2_SIZE* ov = pcre2_get_ovector_pointer(md);
  std::vector<int> groups;
  select_groups(re, o.capture.is_none() ? A.all : o.capture, rc, &groups);
  std::vector<Term> values;
  values.reserve(groups.size());
  for (int g : groups) {
    PCRE2_SIZE start = PCRE2_UNSET, end = PCRE2_UNSET;
    if (g >= 0 && g < rc) start = ov[2 * g], end = ov[2 * g + 1];
    values.push_back(capture_value(h, subject_term, subject, re.utf, o.ret, start, end));
  }
  return make_list(h, values);
}

Term run_common(NativeCall& c, Term subject_term, Term pattern, Term opts) {
  Options o;
  for (Term t = opts; !t.is_nil(); t = t.tail()) {
    if (!t.is_cons()) return c.badarg(3, "invalid options");
    int r = run_option(t.head(), &o);
    if (r == 1) return c.badarg(3, "invalid options");
    if (r == 2) return c.error(atoms::badarg);
  }
  std::shared_ptr<const Compiled> re = from_pattern_term(pattern);
  if (!re) {
    std::string src;
    if (!is_pattern_source(pattern) || !flatten(pattern, (o.compile & PCRE2_UTF) != 0, &src))
      return c.badarg(2, "neither an iodata term nor a compiled regular expression");
    Options compile_opts;
    compile_opts.compile = o.compile;
    compile_opts.newline = o.newline;
    compile_opts.bsr = o.bsr;
    CompileError err;
    re = compile_key(make_key(src, compile_opts), &err);
    if (!re) {
      if (o.report_errors)
        return make_tuple(c.heap(), {atoms::error, make_tuple(c.heap(), {A.compile_atom, make_tuple(c.heap(), {charlist(c.heap(), err.text), Term::small(static_cast<std::int64_t>(err.position))})})});
      return c.badarg(2, "could not parse regular expression\n" + err.text + " on character " + std::to_string(err.position));
    }
  } else if (o.compile & ~PCRE2_UTF) {
    return c.error(atoms::badarg);  // compile options with a compiled pattern
  }
  std::string flat;
  std::string_view subject;
  if (subject_term.is_binary()) {
    subject = subject_term.binary_view();
  } else {
    if (!flatten(subject_term, re->utf, &flat)) return c.badarg(1, "not an iodata term");
    subject = flat;
    subject_term = Term::none();
  }
  if (o.offset > static_cast<std::int64_t>(subject.size())) return A.nomatch;
  c.charge(static_cast<int>(subject.size() / 32));
  pcre2_match_data* md = match_data(re->groups + 1);
  auto data = reinterpret_cast<PCRE2_SPTR>(subject.data());
  bool none = o.capture == A.none;
  std::uint32_t check = 0;
  if (!o.global) {
    int rc = pcre2_match(re->code, data, subject.size(), static_cast<PCRE2_SIZE>(o.offset), o.match, md, nullptr);
    if (rc == PCRE2_ERROR_NOMATCH) return A.nomatch;
    if (rc < 0) {
      if (o.report_errors && (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT))
        return make_tuple(c.heap(), {atoms::error, intern_atom(rc == PCRE2_ERROR_MATCHLIMIT ? "match_limit" : "match_limit_recursion")});
      return c.error(atoms::badarg);
    }
    if (none) return A.match;
    return make_tuple(c.heap(), {A.match, captured(c.heap(), *re, o, subject_term, subject, md, rc)});
  }
  // Global: after an empty match, try a non-empty one at the same place,
  // then move on one character (two for CRLF where that is a newline).
  std::vector<Term> matches;
  PCRE2_SIZE start = static_cast<PCRE2_SIZE>(o.offset);
  std::uint32_t extra = 0;
  for (;;) {
    int rc = pcre2_match(re->code, data, subject.size(), start, o.match | extra | check, md, nullptr);
    if (rc == PCRE2_ERROR_NOMATCH) {
      if (extra == 0) break;
      if (start >= subject.size()) break;
      std::size_t step = 1;
      if (re->crlf && subject[start] == '\r' && start + 1 < subject.size() && subject[start + 1] == '\n') step = 2;
      else if (re->utf)
        while (start + step < subject.size() && (static_cast<unsigned char>(subject[start + step]) & 0xC0) == 0x80) ++step;
      start += step;
      extra = 0;
      continue;
    }
    if (rc < 0) {
      if (o.report_errors && (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT))
        return make_tuple(c.heap(), {atoms::error, intern_atom(rc == PCRE2_ERROR_MATCHLIMIT ? "match_limit" : "match_limit_recursion")});
      return c.error(atoms::badarg);
    }
    check = PCRE2_NO_UTF_CHECK;
    PCRE2_SIZE* ov = pcre2_get_ovector_pointer(md);
    if (!none) matches.push_back(captured(c.heap(), *re, o, subject_term, subject, md, rc));
    else matches.push_back(Term::nil());
    PCRE2_SIZE mstart = ov[0], mend = ov[1];
    if (mend < mstart) mend = mstart;  // \K in a lookahead
    extra = mend == mstart ? (PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED) : 0;
    start = mend;
    if (start > subject.size()) break;
  }
  if (matches.empty()) return A.nomatch;
  if (none) return A.match;
  return make_tuple(c.heap(), {A.match, make_list(c.heap(), matches)});
}

Term re_run2(NativeCall& c, const Term* a) { return run_common(c, a[0], a[1], Term::nil()); }
Term re_run3(NativeCall& c, const Term* a) {
  if (!a[2].is_list()) return c.badarg(3, "invalid options");
  return run_common(c, a[0], a[1], a[2]);
}

Term re_inspect(NativeCall& c, const Term* a) {
  auto re = from_pattern_term(a[0]);
  if (!re) return c.badarg(1, "not a compiled regular expression");
  if (a[1] != A.namelist) return c.badarg(2, "not a valid item");
  std::vector<Term> names;
  for (const std::string& n : re->sorted_names) names.push_back(make_binary(c.heap(), n));
  return make_tuple(c.heap(), {A.namelist, make_list(c.heap(), names)});
}

// Erlang's re reports the PCRE it was built with; Regex.version/0 and the
// re_version of a Regex struct carry it.
Term re_version(NativeCall& c, const Term*) { return make_binary(c.heap(), "8.44 2020-02-12"); }

}  // namespace

void register_regex_builtins() {
  init_atoms();
  register_natives({
      {"re", "compile", 1, re_compile1},
      {"re", "compile", 2, re_compile2},
      {"re", "run", 2, re_run2},
      {"re", "run", 3, re_run3},
      {"re", "inspect", 2, re_inspect},
      {"re", "version", 0, re_version},
  });
}

}  // namespace vial
