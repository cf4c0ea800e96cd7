// Regular expressions for Regex (stdlib/regex.ex): a PCRE source is
// translated to the ECMAScript grammar of std::regex and compiled once
// (a cache keyed by source and options).
//   :vial.regex_compile(source, opts)  :ok | {:error, {charlist, position}}
//   :vial.regex_run(source, opts, subject, offset)
//       nil | [{start, length}] for the whole match and each group
//       ({-1, 0} for a group that did not take part), byte offsets
//   :vial.regex_names(source)  the names of the named groups, in group order
// What the translation covers (docs/compat.md): (?<name>...) and
// (?P<name>...) groups, \A \z \Z \h, a leading (?i), and the options
// i (caseless), m (multiline), s (dotall), x (extended), u (a `.` is one
// UTF-8 character). PCRE features ECMAScript lacks (lookbehind, possessive
// quantifiers, recursion, \p{..}) are compile errors.
#include <map>
#include <memory>
#include <mutex>
#include <regex>
#include <string>
#include <vector>

#include "runtime/builtins/builtins.h"

namespace vial {

namespace {

struct Compiled {
  std::regex re;
  std::vector<std::string> names;  // by group index (1-based in the pattern; "" when unnamed)
};

struct Translation {
  std::string pattern;
  std::vector<std::string> names;
  bool icase = false;
};

Translation translate(std::string_view src, std::string_view opts) {
  bool dotall = opts.find('s') != std::string_view::npos;
  bool extended = opts.find('x') != std::string_view::npos;
  bool unicode = opts.find('u') != std::string_view::npos;
  Translation t;
  t.icase = opts.find('i') != std::string_view::npos;
  if (src.substr(0, 4) == "(?i)") {
    t.icase = true;
    src.remove_prefix(4);
  }
  std::string& out = t.pattern;
  bool in_class = false;
  for (std::size_t i = 0; i < src.size(); ++i) {
    char c = src[i];
    if (c == '\\' && i + 1 < src.size()) {
      char e = src[i + 1];
      ++i;
      if (!in_class && e == 'A') {
        out += '^';
      } else if (!in_class && (e == 'z' || e == 'Z')) {
        out += '$';
      } else if (e == 'h') {
        out += in_class ? " \\t" : "[ \\t]";
      } else {
        out += '\\';
        out += e;
      }
      continue;
    }
    if (in_class) {
      if (c == ']') in_class = false;
      out += c;
      continue;
    }
    if (c == '[') {
      in_class = true;
      out += c;
      if (i + 1 < src.size() && src[i + 1] == '^') out += src[++i];
      if (i + 1 < src.size() && src[i + 1] == ']') out += "\\]", ++i;
      continue;
    }
    if (extended && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) continue;
    if (extended && c == '#') {
      while (i < src.size() && src[i] != '\n') ++i;
      continue;
    }
    if (c == '(') {
      if (i + 1 < src.size() && src[i + 1] == '?') {
        std::size_t name_at = std::string_view::npos;
        if (i + 2 < src.size() && src[i + 2] == '<' && i + 3 < src.size() && src[i + 3] != '=' && src[i + 3] != '!')
          name_at = i + 3;
        else if (src.substr(i + 1, 3) == "?P<")
          name_at = i + 4;
        if (name_at != std::string_view::npos) {
          std::size_t end = src.find('>', name_at);
          if (end != std::string_view::npos) {
            t.names.emplace_back(src.substr(name_at, end - name_at));
            out += '(';
            i = end;
            continue;
          }
        }
      } else {
        t.names.emplace_back();
      }
      out += c;
      continue;
    }
    if (c == '.') {
      if (unicode)
        out += dotall ? "(?:[\\x00-\\x7F]|[\\xC0-\\xFF][\\x80-\\xBF]*)" : "(?:[\\x00-\\x09\\x0B-\\x7F]|[\\xC0-\\xFF][\\x80-\\xBF]*)";
      else
        out += dotall ? "[\\s\\S]" : ".";
      continue;
    }
    out += c;
  }
  return t;
}

std::mutex g_mutex;
std::map<std::string, std::shared_ptr<const Compiled>> g_cache;

// The compiled form of (source, opts), or null with `error` set.
std::shared_ptr<const Compiled> compile(std::string_view src, std::string_view opts, std::string* error) {
  std::string key = std::string(opts) + '\0' + std::string(src);
  std::lock_guard lock(g_mutex);
  auto it = g_cache.find(key);
  if (it != g_cache.end()) return it->second;
  Translation t = translate(src, opts);
  auto flags = std::regex::ECMAScript;
  if (t.icase) flags |= std::regex::icase;
  if (opts.find('m') != std::string_view::npos) flags |= std::regex::multiline;
  auto compiled = std::make_shared<Compiled>();
  try {
    compiled->re = std::regex(t.pattern, flags);
  } catch (const std::regex_error& e) {
    *error = e.what();
    return nullptr;
  }
  compiled->names = t.names;
  g_cache.emplace(key, compiled);
  return compiled;
}

bool text_args(const Term* a, std::string_view* src, std::string_view* opts) {
  if (!a[0].is_binary() || !a[1].is_binary()) return false;
  *src = a[0].binary_view();
  *opts = a[1].binary_view();
  return true;
}

Term charlist(Heap& h, std::string_view s) {
  Term list = Term::nil();
  for (std::size_t i = s.size(); i-- > 0;) list = make_cons(h, Term::small(static_cast<unsigned char>(s[i])), list);
  return list;
}

Term regex_compile(NativeCall& c, const Term* a) {
  std::string_view src, opts;
  if (!text_args(a, &src, &opts)) return c.error(atoms::badarg);
  std::string error;
  if (!compile(src, opts, &error))
    return make_tuple(c.heap(), {atoms::error, make_tuple(c.heap(), {charlist(c.heap(), error), Term::small(0)})});
  return atoms::ok;
}

Term regex_run(NativeCall& c, const Term* a) {
  std::string_view src, opts;
  if (!text_args(a, &src, &opts) || !a[2].is_binary() || !a[3].is_small()) return c.error(atoms::badarg);
  std::string error;
  auto re = compile(src, opts, &error);
  if (!re) return c.error(atoms::badarg);
  std::string_view subject = a[2].binary_view();
  auto offset = static_cast<std::size_t>(std::max<std::int64_t>(0, a[3].small_value()));
  if (offset > subject.size()) return atoms::nil;
  c.charge(static_cast<int>((subject.size() - offset) / 16));
  std::cmatch m;
  auto flags = std::regex_constants::match_default;
  if (offset > 0) flags |= std::regex_constants::match_prev_avail;
  if (!std::regex_search(subject.data() + offset, subject.data() + subject.size(), m, re->re, flags)) return atoms::nil;
  std::vector<Term> groups;
  for (std::size_t i = 0; i < m.size(); ++i) {
    if (!m[i].matched) {
      groups.push_back(make_tuple(c.heap(), {Term::small(-1), Term::small(0)}));
      continue;
    }
    auto start = static_cast<std::int64_t>(m[i].first - subject.data());
    groups.push_back(make_tuple(c.heap(), {Term::small(start), Term::small(static_cast<std::int64_t>(m[i].length()))}));
  }
  return make_list(c.heap(), groups);
}

Term regex_names(NativeCall& c, const Term* a) {
  if (!a[0].is_binary()) return c.error(atoms::badarg);
  Translation t = translate(a[0].binary_view(), "");
  std::vector<Term> names;
  for (const std::string& n : t.names) names.push_back(n.empty() ? atoms::nil : make_binary(c.heap(), n));
  return make_list(c.heap(), names);
}

}  // namespace

void register_regex_builtins() {
  register_natives({
      {"vial", "regex_compile", 2, regex_compile},
      {"vial", "regex_run", 4, regex_run},
      {"vial", "regex_names", 1, regex_names},
  });
}

}  // namespace vial
