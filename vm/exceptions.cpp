#include "vm/exceptions.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "vm/atom.h"
#include "vm/fun.h"
#include "vm/map.h"
#include "vm/messages.h"
#include "vm/module.h"
#include "vm/printer.h"

namespace vial {

const char* message_template(Msg m) {
  static constexpr const char* kTexts[] = {
#define MSG(id, text) text,
#include "vm/messages.def"
#undef MSG
  };
  return kTexts[static_cast<int>(m)];
}

std::string format_mfa_text(Term module, Term function, const std::string& arity) {
  std::string parent, parent_arity;
  if (anonymous_fun_parent(atom_text(function), &parent, &parent_arity))
    return "anonymous fn" + arity + " in " + inspect(module) + "." + inspect_atom_remote_call(intern_atom(parent)) + "/" +
           parent_arity;
  return inspect(module) + "." + inspect_atom_remote_call(function) + arity;
}

std::string format_mfa(Term module, Term function, std::uint32_t arity) {
  std::string text = "/";
  text += std::to_string(arity);
  return format_mfa_text(module, function, text);
}

namespace {

std::string ordinal(int n) {
  switch (n) {
    case 1: return "1st";
    case 2: return "2nd";
    case 3: return "3rd";
    default: return std::to_string(n) + "th";
  }
}

// The type name Protocol.UndefinedError reports ("of type Tuple").
std::string type_name(Term t) {
  if (t.is_map()) {
    Term s = map_get(t, atoms::__struct__);
    if (!s.is_none() && s.is_atom()) return inspect(s) + " (a struct)";
  }
  if (t.is_integer()) return "Integer";
  if (t.is_float()) return "Float";
  if (t.is_atom()) return "Atom";
  if (t.is_tuple()) return "Tuple";
  if (t.is_list()) return "List";
  if (t.is_bitstring()) return "BitString";
  if (t.is_fun()) return "Function";
  if (t.is_pid()) return "PID";
  if (t.is_map()) return "Map";
  return "Any";
}

// Elixir 1.14 adds the failing operation to ArithmeticError's message when the
// top frame is an arithmetic builtin with its arguments ("1 + :a").
std::string arithmetic_blame(const ErrorState& e) {
  if (e.module != atoms::erlang || !e.args.is_list()) return {};
  std::string_view f = atom_text(e.function);
  std::vector<Term> args;
  for (Term l = e.args; l.is_cons(); l = l.tail()) args.push_back(l.head());
  bool op = f == "+" || f == "-" || f == "*" || f == "/";
  if (op && args.size() == 2) return inspect(args[0]) + " " + std::string(f) + " " + inspect(args[1]);
  if (op && args.size() == 1) return std::string(f) + "(" + inspect(args[0]) + ")";
  if ((f == "div" || f == "rem") && args.size() == 2)
    return std::string(f) + "(" + inspect(args[0]) + ", " + inspect(args[1]) + ")";
  return {};
}

// Jaro similarity of two names (String.jaro_distance/2 on ASCII text).
double jaro(std::string_view a, std::string_view b) {
  if (a.empty() && b.empty()) return 1.0;
  if (a.empty() || b.empty()) return 0.0;
  std::size_t window = std::max(a.size(), b.size()) / 2;
  window = window > 0 ? window - 1 : 0;
  std::vector<bool> ma(a.size()), mb(b.size());
  double matches = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    std::size_t lo = i > window ? i - window : 0, hi = std::min(b.size(), i + window + 1);
    for (std::size_t j = lo; j < hi; ++j)
      if (!mb[j] && a[i] == b[j]) {
        ma[i] = mb[j] = true;
        ++matches;
        break;
      }
  }
  if (matches == 0) return 0.0;
  double transpositions = 0;
  for (std::size_t i = 0, j = 0; i < a.size(); ++i) {
    if (!ma[i]) continue;
    while (!mb[j]) ++j;
    if (a[i] != b[j]) ++transpositions;
    ++j;
  }
  transpositions /= 2;
  return (matches / a.size() + matches / b.size() + (matches - transpositions) / matches) / 3;
}

// UndefinedFunctionError's hint: exported functions of the same name (any
// arity), else those with similar names, as Elixir 1.14 picks them.
std::string did_you_mean(Term module, Term function) {
  auto mod = current_module(module);
  if (!mod) return {};
  struct Candidate {
    double distance;
    std::string name;
    std::uint32_t arity;
  };
  std::vector<Candidate> same, similar;
  std::string_view wanted = atom_text(function);
  for (const auto& f : mod->functions) {
    if (!f.exported) continue;
    std::string name(atom_text(f.name));
    if (name.rfind("MACRO-", 0) == 0) continue;  // a macro's function (docs/macros.md)
    if (name == "__info__") continue;            // not in __info__(:functions)
    if (f.name == function) same.push_back({1.0, name, f.arity});
    else if (double d = jaro(wanted, name); d >= 0.77) similar.push_back({d, name, f.arity});
  }
  std::vector<Candidate>& found = same.empty() ? similar : same;
  if (found.empty()) return {};
  std::stable_sort(found.begin(), found.end(), [](const auto& x, const auto& y) { return x.distance > y.distance; });
  if (found.size() > 5) found.resize(5);
  std::stable_sort(found.begin(), found.end(), [](const auto& x, const auto& y) { return x.name < y.name; });
  std::string text = message(Msg::undef_did_you_mean);
  for (const auto& c : found) text += message(Msg::undef_suggestion, c.name, c.arity);
  return text;
}

bool is_tagged(Term t, Term tag, std::size_t arity) {
  return t.is_tuple() && t.tuple_arity() == arity && t.element(0) == tag;
}

}  // namespace

ExceptionText describe_exception(const ErrorState& e) {
  if (e.kind == atoms::throw_) return {"throw", inspect(e.reason)};
  if (e.kind == atoms::exit) return {"exit", inspect(e.reason)};
  Term r = e.reason;
  if (r.is_map() && map_get(r, atoms::__exception__) == atoms::true_ && map_get(r, atoms::__struct__).is_atom()) {
    // An exception struct: its message field (Exception.message/1 needs the
    // VM; runtime/run.cpp computes it for reports).
    Term m = map_get(r, atoms::message);
    return {inspect(map_get(r, atoms::__struct__)), m.is_binary() ? std::string(m.binary_view()) : std::string()};
  }
  if (r == atoms::badarith) {
    std::string blame = arithmetic_blame(e);
    if (blame.empty()) return {"ArithmeticError", message(Msg::badarith)};
    return {"ArithmeticError", message(Msg::badarith_blame, blame)};
  }
  if (r == atoms::badarg) {
    if (e.arg_index > 0)
      return {"ArgumentError",
              message(Msg::badarg_header) + message(Msg::badarg_argument, ordinal(e.arg_index), e.arg_detail)};
    if (!e.arg_detail.empty()) return {"ArgumentError", e.arg_detail};
    return {"ArgumentError", message(Msg::badarg_plain)};
  }
  if (is_tagged(r, atoms::badmatch, 2)) return {"MatchError", message(Msg::badmatch, inspect(r.element(1)))};
  if (is_tagged(r, atoms::case_clause, 2))
    return {"CaseClauseError", message(Msg::case_clause, inspect(r.element(1)))};
  if (is_tagged(r, atoms::with_clause, 2)) return {"WithClauseError", message(Msg::with_clause, inspect(r.element(1)))};
  if (is_tagged(r, atoms::try_clause, 2)) return {"TryClauseError", message(Msg::try_clause, inspect(r.element(1)))};
  if (r == atoms::cond_clause) return {"CondClauseError", message(Msg::cond_clause)};
  if (r == atoms::function_clause && e.module.is_atom()) {
    std::string mfa = format_mfa(e.module, e.function, e.arity);
    // A lifted anonymous function "-name/arity-fun-N-" reads as
    // "anonymous fn/1 in Mod.name/arity".
    std::string_view f = atom_text(e.function);
    if (f.size() > 1 && f[0] == '-' && f.find("-fun-") != std::string_view::npos) {
      std::string_view outer = f.substr(1, f.rfind("-fun-") - 1);
      mfa = message(Msg::anonymous_fn, e.arity, inspect(e.module) + "." + std::string(outer));
    }
    std::string text = message(Msg::function_clause, mfa);
    if (e.args.is_list()) {
      text += message(Msg::function_clause_args, mfa);
      int i = 0;
      for (Term l = e.args; l.is_cons(); l = l.tail()) text += message(Msg::function_clause_arg, ++i, inspect(l.head()));
      text += message(Msg::function_clause_end);
    }
    return {"FunctionClauseError", text};
  }
  if (r == atoms::function_clause && !e.module.is_atom())
    return {"FunctionClauseError", message(Msg::function_clause_unknown)};
  if (r == atoms::undef && !e.module.is_atom()) return {"UndefinedFunctionError", message(Msg::undef_unknown)};
  if (r == atoms::undef && e.module.is_atom()) {
    std::string mfa = format_mfa(e.module, e.function, e.arity);
    if (!module_loaded(e.module)) return {"UndefinedFunctionError", message(Msg::undef_no_module, mfa, inspect(e.module))};
    // A macro of that name and arity: it needed `require` (docs/macros.md).
    auto mod = current_module(e.module);
    std::string macro_name = "MACRO-" + std::string(atom_text(e.function));
    const ModuleImage::Function* macro = mod ? mod->find(intern_atom(macro_name), e.arity + 1) : nullptr;
    if (macro && macro->exported)
      return {"UndefinedFunctionError",
              message(Msg::undef_or_private, mfa) + message(Msg::undef_macro_hint, inspect(e.module))};
    return {"UndefinedFunctionError", message(Msg::undef_or_private, mfa) + did_you_mean(e.module, e.function)};
  }
  if (is_tagged(r, atoms::badmap, 2)) return {"BadMapError", message(Msg::badmap, inspect(r.element(1)))};
  if (is_tagged(r, atoms::badkey, 2)) return {"KeyError", message(Msg::badkey, inspect(r.element(1)))};
  if (is_tagged(r, atoms::badkey, 3)) {
    std::string text = message(Msg::badkey_in, inspect(r.element(1)), inspect(r.element(2)));
    if (!r.element(2).is_map()) text += message(Msg::badkey_dot_hint);
    return {"KeyError", text};
  }
  if (is_tagged(r, intern_atom("badstruct"), 3))
    return {"BadStructError", message(Msg::badstruct, inspect(r.element(1)), inspect(r.element(2)))};
  if (r == intern_atom("system_limit")) return {"SystemLimitError", message(Msg::system_limit)};
  if (is_tagged(r, atoms::badfun, 2)) return {"BadFunctionError", message(Msg::badfun, inspect(r.element(1)))};
  if (is_tagged(r, atoms::badarity, 2) && r.element(1).is_tuple() && r.element(1).tuple_arity() == 2 &&
      r.element(1).element(0).is_fun()) {
    Term fun = r.element(1).element(0);
    std::vector<std::string> args;
    for (Term l = r.element(1).element(1); l.is_cons(); l = l.tail()) args.push_back(inspect(l.head()));
    std::string joined;
    for (std::size_t i = 0; i < args.size(); ++i) joined += (i ? ", " : "") + args[i];
    std::string count = args.empty()        ? message(Msg::no_arguments)
                        : args.size() == 1 ? message(Msg::one_argument, joined)
                                           : message(Msg::n_arguments, args.size(), joined);
    return {"BadArityError", message(Msg::badarity, inspect(fun), fun_arity(fun), count)};
  }
  // {badarg, Payload}, as Elixir normalizes it.
  if (is_tagged(r, atoms::badarg, 2)) return {"ArgumentError", message(Msg::badarg_payload, inspect(r.element(1)))};
  if (is_tagged(r, atoms::badbool, 3))
    return {"BadBooleanError", message(Msg::badbool, atom_text(r.element(1)), inspect(r.element(2)))};
  // {protocol_undefined, Protocol, Value, Description}: with a description.
  if (is_tagged(r, atoms::protocol_undefined, 4) && r.element(3).is_binary())
    return {"Protocol.UndefinedError",
            message(Msg::protocol_undefined, inspect(r.element(1)), inspect(r.element(2)), type_name(r.element(2))) +
                ", " + std::string(r.element(3).binary_view())};
  if (is_tagged(r, atoms::protocol_undefined, 3))
    return {"Protocol.UndefinedError",
            message(Msg::protocol_undefined, inspect(r.element(1)), inspect(r.element(2)), type_name(r.element(2)))};
  if (is_tagged(r, atoms::exception, 3) && r.element(1).is_atom() && r.element(2).is_binary())
    return {inspect(r.element(1)), std::string(r.element(2).binary_view())};
  if (is_tagged(r, atoms::compile_error, 3) && r.element(2).is_binary())
    return {inspect(r.element(1)), std::string(r.element(2).binary_view())};
  return {"ErlangError", message(Msg::erlang_error, inspect(r))};
}

namespace {

// "Mod.fun(arg, ...)": a frame that records its arguments (a builtin's, an
// undefined function's).
std::string format_call(Term module, Term function, Term args) {
  std::string out = inspect(module) + "." + std::string(atom_text(function)) + "(";
  bool first = true;
  for (Term l = args; l.is_cons(); l = l.tail()) {
    if (!first) out += ", ";
    out += inspect(l.head());
    first = false;
  }
  return out + ")";
}

// Exception.format_stacktrace_entry/1 for a frame with a location.
std::string format_entry(const TraceEntry& t) {
  std::string where = t.file.empty() ? "" : t.line == 0 ? t.file + ": " : t.file + ":" + std::to_string(t.line) + ": ";
  std::string_view f = atom_text(t.function);
  if (f == "__FILE__" && t.arity == 1 && atom_text(t.module).rfind("elixir_compiler_", 0) == 0)
    return where + "(file)";
  if (t.fun_arity >= 0 && f.size() > 1 && f[0] == '-' && f.find("-fun-") != std::string_view::npos)
    return where + format_mfa(t.module, t.function, static_cast<std::uint32_t>(t.fun_arity));
  return where + format_mfa(t.module, t.function, t.arity);
}

}  // namespace

std::string format_uncaught(const ErrorState& error, const ExceptionText* text) {
  ExceptionText t = text ? *text : describe_exception(error);
  // Elixir's report blames apply/3 given a bad argument (ArgumentError.blame/2).
  if (!text && error.reason == atoms::badarg && error.module == atoms::erlang &&
      atom_text(error.function) == "apply" && error.arity == 3 && list_length(error.args) == 3) {
    Term m = error.args.head(), f = error.args.tail().head(), a = error.args.tail().tail().head();
    if (list_length(a) == SIZE_MAX) t.message = message(Msg::apply_improper_list, inspect(f), inspect(m), inspect(a));
    else if (!m.is_atom()) t.message = message(Msg::apply_bad_module, inspect(m));
    else if (!f.is_atom()) t.message = message(Msg::apply_bad_function, inspect(f), inspect(m), inspect(f));
  }
  std::string out = "** (" + t.module + ") " + t.message + "\n";
  // A module that failed to compile is reported without the running code's
  // frames, as Elixir reports compile errors.
  if (is_tagged(error.reason, atoms::compile_error, 3)) return out;
  // A builtin's or an undefined function's own frame comes first, with its
  // arguments and no location.
  if (error.module.is_atom() && error.args.is_list() && error.reason != atoms::function_clause)
    out += "    " + format_call(error.module, error.function, error.args) + "\n";
  for (const TraceEntry& e : error.trace) out += "    " + format_entry(e) + "\n";
  return out;
}

}  // namespace vial
