// Exceptions as structs: normalising Erlang error terms into Elixir's
// exception structs (Exception.normalize/3), and the helpers the exception
// modules of stdlib/exception.ex call for messages that need the VM.
#include "runtime/builtins/builtins.h"
#include "vm/fun.h"
#include "vm/exceptions.h"
#include "vm/map.h"
#include "vm/messages.h"
#include "vm/module.h"
#include "vm/printer.h"

namespace vial {

Term make_exception(Heap& heap, std::string_view module_name,
                    std::initializer_list<std::pair<Term, Term>> fields) {
  Term module = intern_atom(module_name);
  Term defaults = struct_defaults(module);
  if (defaults.is_none() && !current_module(module)) {
    autoload(module);
    defaults = struct_defaults(module);
  }
  if (defaults.is_none()) {
    // Without the library (vial_boot): a map with the fields.
    MapItems items{{atoms::__struct__, module}, {atoms::__exception__, atoms::true_}};
    for (const auto& f : fields) items.push_back(f);
    return map_from_items(heap, std::move(items));
  }
  Term m = defaults;
  for (const auto& [k, v] : fields) m = map_put(heap, m, k, v);
  return m;
}

Term raise_exception(NativeCall& c, std::string_view module, std::string_view text) {
  return c.error(make_exception(c.heap(), module, {{atoms::message, make_binary(c.heap(), text)}}));
}

namespace {

bool tagged(Term t, Term tag, std::size_t arity) {
  return t.is_tuple() && t.tuple_arity() == arity && t.element(0) == tag;
}

bool is_exception(Term t) {
  return t.is_map() && map_get(t, atoms::__exception__) == atoms::true_ && map_get(t, atoms::__struct__).is_atom();
}

Term atom(const char* name) { return intern_atom(name); }

// The compiler's and the reader's errors arrive as one formatted text,
// "FILE:LINE[:COLUMN]: DESCRIPTION" and, for the reader's, a snippet (the
// line in a gutter, a caret under the column). Their structs get the
// fields back, as Elixir raises them; a text of another shape keeps it all
// in :message.
Term compile_error_struct(Heap& h, Term kind, std::string_view text) {
  std::string_view module = atom_text(kind);
  std::size_t nl = text.find('\n');
  std::string_view first = text.substr(0, nl);
  auto digits_at = [&](std::size_t i) {
    std::size_t j = i;
    while (j < first.size() && first[j] >= '0' && first[j] <= '9') ++j;
    return j;
  };
  for (std::size_t p = first.find(':'); p != std::string_view::npos; p = first.find(':', p + 1)) {
    std::size_t a = digits_at(p + 1);
    if (a == p + 1) continue;
    std::int64_t line = std::stoll(std::string(first.substr(p + 1, a - p - 1)));
    std::int64_t column = 0;
    std::size_t end = a;
    if (a < first.size() && first[a] == ':' && digits_at(a + 1) > a + 1) {
      std::size_t b = digits_at(a + 1);
      column = std::stoll(std::string(first.substr(a + 1, b - a - 1)));
      end = b;
    }
    if (first.substr(end, 2) != ": ") continue;
    Term file = make_binary(h, first.substr(0, p));
    Term description = make_binary(h, first.substr(end + 2));
    if (module == "Elixir.CompileError")  // its description may go on over several lines
      return make_exception(h, module, {{atom("file"), file},
                                        {atom("line"), Term::small(line)},
                                        {atom("description"), make_binary(h, text.substr(end + 2))}});
    Term snippet = atoms::nil;
    if (nl != std::string_view::npos && column > 0) {
      // The snippet's second line is "  N | CONTENT".
      std::string_view rest = text.substr(nl + 1);
      std::size_t l2 = rest.find('\n');
      std::string_view second = l2 == std::string_view::npos ? std::string_view{} : rest.substr(l2 + 1);
      second = second.substr(0, second.find('\n'));
      std::size_t bar = second.find(" | ");
      if (bar != std::string_view::npos)
        snippet = map_from_items(h, {{atom("content"), make_binary(h, second.substr(bar + 3))},
                                     {atom("offset"), Term::small(column - 1)}});
    }
    return make_exception(h, module, {{atom("file"), file}, {atom("line"), Term::small(line)},
                                      {atom("column"), column > 0 ? Term::small(column) : atoms::nil},
                                      {atom("snippet"), snippet}, {atom("description"), description}});
  }
  // An error a macro raised carries, for the uncaught report, the lines
  // "expanding macro: M.f/n" and "file:line" after its message; the
  // exception itself has the message alone, as in Elixir.
  std::size_t expanding = text.find("\n    expanding macro: ");
  if (expanding != std::string_view::npos) text = text.substr(0, expanding);
  return make_exception(h, module, {{atoms::message, make_binary(h, text)}});
}

// Exception.normalize(:error, reason, stacktrace): the struct an Erlang error
// term stands for. What BEAM keeps in the stack trace (the failing function,
// error_info's argument details) Vial keeps in the process's ErrorState,
// which still describes the error being rescued.
Term normalize(NativeCall& c, Term r) {
  Heap& h = c.heap();
  if (is_exception(r)) return r;
  const ErrorState& e = c.process.error;
  bool current = e.kind == atoms::error && e.reason.raw() == r.raw();
  auto plain = [&](const char* module, std::initializer_list<std::pair<Term, Term>> f = {}) {
    return make_exception(h, module, f);
  };
  if (r == atoms::badarith) return plain("Elixir.ArithmeticError");
  if (r == atoms::badarg) {
    std::string text = current ? describe_exception(e).message : message(Msg::badarg_plain);
    return plain("Elixir.ArgumentError", {{atoms::message, make_binary(h, text)}});
  }
  if (tagged(r, atoms::badarg, 2))
    return plain("Elixir.ArgumentError",
                 {{atoms::message, make_binary(h, "argument error: " + inspect(r.element(1)))}});
  if (r == atom("system_limit")) return plain("Elixir.SystemLimitError");
  if (r == atoms::cond_clause) return plain("Elixir.CondClauseError");
  if (tagged(r, atoms::badmatch, 2)) return plain("Elixir.MatchError", {{atom("term"), r.element(1)}});
  if (tagged(r, atoms::case_clause, 2)) return plain("Elixir.CaseClauseError", {{atom("term"), r.element(1)}});
  if (tagged(r, atoms::with_clause, 2)) return plain("Elixir.WithClauseError", {{atom("term"), r.element(1)}});
  if (tagged(r, atoms::try_clause, 2)) return plain("Elixir.TryClauseError", {{atom("term"), r.element(1)}});
  if (tagged(r, atoms::badmap, 2)) return plain("Elixir.BadMapError", {{atom("term"), r.element(1)}});
  if (tagged(r, atoms::badfun, 2)) return plain("Elixir.BadFunctionError", {{atom("term"), r.element(1)}});
  if (tagged(r, atoms::badkey, 2)) return plain("Elixir.KeyError", {{atom("key"), r.element(1)}});
  if (tagged(r, atoms::badkey, 3)) {
    Term term = r.element(2);
    if (term.is_map())
      return plain("Elixir.KeyError", {{atom("key"), r.element(1)}, {atom("term"), term}});
    std::string text = message(Msg::badkey_in, inspect(r.element(1)), inspect(term)) + message(Msg::badkey_dot_hint);
    return plain("Elixir.KeyError",
                 {{atom("key"), r.element(1)}, {atom("term"), term}, {atoms::message, make_binary(h, text)}});
  }
  if (tagged(r, atoms::badbool, 3))
    return plain("Elixir.BadBooleanError", {{atom("term"), r.element(2)}, {atom("operator"), r.element(1)}});
  if (tagged(r, atom("badstruct"), 3))
    return plain("Elixir.BadStructError", {{atom("struct"), r.element(1)}, {atom("term"), r.element(2)}});
  if (tagged(r, atoms::badarity, 2) && r.element(1).is_tuple() && r.element(1).tuple_arity() == 2 &&
      r.element(1).element(0).is_fun())
    return plain("Elixir.BadArityError",
                 {{atom("function"), r.element(1).element(0)}, {atom("args"), r.element(1).element(1)}});
  if (tagged(r, atoms::protocol_undefined, 3))
    return plain("Elixir.Protocol.UndefinedError", {{atom("protocol"), r.element(1)}, {atom("value"), r.element(2)}});
  if (tagged(r, atoms::protocol_undefined, 4) && r.element(3).is_binary())
    return plain("Elixir.Protocol.UndefinedError", {{atom("protocol"), r.element(1)},
                                                    {atom("value"), r.element(2)},
                                                    {atom("description"), r.element(3)}});
  if (r == atoms::undef || r == atoms::function_clause) {
    // The function that failed, else the top of the stack trace (what
    // Elixir reads from the stacktrace).
    bool known = current && e.module.is_atom();
    bool top = current && !known && !e.trace.empty();
    Term m = known ? e.module : top ? e.trace[0].module : atoms::nil;
    Term f = known ? e.function : top ? e.trace[0].function : atoms::nil;
    Term a = known ? Term::small(e.arity) : top ? Term::small(e.trace[0].arity) : atoms::nil;
    if (r == atoms::undef) return plain("Elixir.UndefinedFunctionError", {{atom("module"), m}, {atom("function"), f}, {atom("arity"), a}});
    return plain("Elixir.FunctionClauseError", {{atom("module"), m}, {atom("function"), f}, {atom("arity"), a}});
  }
  if (tagged(r, atoms::compile_error, 3) && r.element(1).is_atom() && r.element(2).is_binary())
    return compile_error_struct(h, r.element(1), r.element(2).binary_view());
  return plain("Elixir.ErlangError", {{atom("original"), r}});
}

// vial:normalize(Reason)
Term vial_normalize(NativeCall& c, const Term* a) { return normalize(c, a[0]); }

// vial:exception_module(Kind, Reason): the module of the exception an error
// normalises to; nil for throws and exits. `rescue Mod ->` compares with it.
Term vial_exception_module(NativeCall& c, const Term* a) {
  if (a[0] != atoms::error) return atoms::nil;
  Term r = a[1];
  if (is_exception(r)) return map_get(r, atoms::__struct__);
  ErrorState e;
  e.kind = a[0];
  e.reason = r;
  if (tagged(r, atom("badstruct"), 3)) return atom("Elixir.BadStructError");
  if (tagged(r, atoms::badarg, 2)) return atom("Elixir.ArgumentError");
  if (r == atom("system_limit")) return atom("Elixir.SystemLimitError");
  return intern_atom("Elixir." + describe_exception(e).module);
}

// vial:format_mfa(M, F, A): Exception.format_mfa/3 (a lifted anonymous
// function reads "anonymous fn/1 in Mod.fun/0"); A is the arity, or the
// arguments already written as "(1, 2)".
Term vial_format_mfa(NativeCall& c, const Term* a) {
  if (!a[1].is_atom()) return c.badarg(2, "not an atom");
  if (a[2].is_binary()) return make_binary(c.heap(), format_mfa_text(a[0], a[1], std::string(a[2].binary_view())));
  if (!a[2].is_small() || a[2].small_value() < 0) return c.badarg(3, "not an arity");
  return make_binary(c.heap(), format_mfa(a[0], a[1], static_cast<std::uint32_t>(a[2].small_value())));
}

// vial:undefined_function_message(M, F, A): UndefinedFunctionError's message.
Term vial_undefined_function_message(NativeCall& c, const Term* a) {
  if (!a[1].is_atom() || !a[2].is_small()) return c.badarg(2, "not an atom");
  std::string mfa = format_mfa(a[0], a[1], static_cast<std::uint32_t>(a[2].small_value()));
  if (!a[0].is_atom() || (!module_loaded(a[0]) && !autoload(a[0])))
    return make_binary(c.heap(), message(Msg::undef_no_module, mfa, inspect(a[0])));
  return make_binary(c.heap(), message(Msg::undef_or_private, mfa));
}

// vial:type_name(Term): the type Protocol.UndefinedError names.
Term vial_type_name(NativeCall& c, const Term* a) {
  Term t = a[0];
  const char* name = t.is_integer() ? "Integer"
                     : t.is_float() ? "Float"
                     : t.is_atom()  ? "Atom"
                     : t.is_tuple() ? "Tuple"
                     : t.is_list()  ? "List"
                     : t.is_bitstring() ? "BitString"
                     : t.is_fun()   ? "Function"
                     : t.is_pid()   ? "PID"
                     : t.is_map()   ? "Map"
                                    : "Any";
  if (t.is_map() && map_get(t, atoms::__struct__).is_atom())
    return make_binary(c.heap(), inspect(map_get(t, atoms::__struct__)) + " (a struct)");
  return make_binary(c.heap(), name);
}

// vial:fun_arity(Fun): the arity of a function value.
Term vial_fun_arity(NativeCall& c, const Term* a) {
  if (!a[0].is_fun()) return c.badarg(1, "not a fun");
  return Term::small(fun_arity(a[0]));
}

// vial:stacktrace(): __STACKTRACE__, the stack trace of the error being
// handled, as [{Module, Function, Arity, [file: ~c"...", line: N]}].
Term vial_stacktrace(NativeCall& c, const Term*) { return stacktrace_term(c.heap(), c.process.error); }

}  // namespace

Term stacktrace_term(Heap& h, const ErrorState& e) {
  std::vector<Term> entries;
  if (e.module.is_atom() && e.function.is_atom() && e.args.is_list())
    entries.push_back(make_tuple(h, {e.module, e.function, e.args, Term::nil()}));
  for (const TraceEntry& t : e.trace) {
    std::vector<Term> chars;
    for (unsigned char ch : t.file) chars.push_back(Term::small(ch));
    Term location = t.file.empty() ? Term::nil()
                                   : make_list(h, {make_tuple(h, {intern_atom("file"), make_list(h, chars)}),
                                                   make_tuple(h, {intern_atom("line"), Term::small(t.line)})});
    entries.push_back(make_tuple(h, {t.module, t.function, Term::small(t.fun_arity >= 0 ? t.fun_arity : t.arity), location}));
  }
  return make_list(h, entries);
}

namespace {

// erlang:raise(Class, Reason, Stacktrace): raises again what was caught
// (reraise/2). The trace is recorded anew from where it is raised.
Term erlang_raise(NativeCall& c, const Term* a) {
  if (a[0] != atoms::error && a[0] != atoms::throw_ && a[0] != atoms::exit) return atom("badarg");
  if (!a[2].is_list()) return atom("badarg");
  return c.process.raise(a[0], a[1]);
}

}  // namespace

void register_exception_builtins() {
  register_native(atoms::vial, intern_atom("normalize"), 1, vial_normalize);
  register_native(atoms::vial, intern_atom("exception_module"), 2, vial_exception_module);
  register_native(atoms::vial, intern_atom("format_mfa"), 3, vial_format_mfa);
  register_native(atoms::vial, intern_atom("undefined_function_message"), 3, vial_undefined_function_message);
  register_native(atoms::vial, intern_atom("type_name"), 1, vial_type_name);
  register_native(atoms::vial, intern_atom("fun_arity"), 1, vial_fun_arity);
  register_native(atoms::vial, intern_atom("stacktrace"), 0, vial_stacktrace);
  register_native(atoms::erlang, intern_atom("raise"), 3, erlang_raise);
}

}  // namespace vial
