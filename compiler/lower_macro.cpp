// Lowering of macro calls and of the lexical directives: a call of a macro
// (required remote, imported, or defined earlier in the module) is replaced
// by what the macro returns, run on the VM (compiler/macros.h), and lowered
// again (docs/macros.md).
#include <filesystem>
#include "compiler/lowerer.h"
#include "compiler/macros.h"
#include "vm/module.h"
#include "vm/printer.h"

namespace vial::lowering {

VarKey var_key(Term var) {
  Term counter = q::keyword_get(q::node_meta(var), intern_atom("counter"));
  if (counter.is_small()) return {q::node_head(var).raw(), counter.raw()};
  return {q::node_head(var).raw(), q::node_args(var).raw()};
}

// The module a call name/arity is imported from: the `imports:` a quote
// recorded for it (so an expansion calls what the macro's module meant), or
// an import in effect here.
bool Lowerer::find_import_for(Term form, Term name, std::uint32_t arity, Term* module, bool* macro) {
  if (q::is_node(form)) {
    Term recorded = q::keyword_get(q::node_meta(form), intern_atom("imports"));
    for (Term e : q::list_items(recorded.is_none() ? Term::nil() : recorded))
      if (e.is_tuple() && e.tuple_arity() == 2 && e.element(0) == Term::small(arity) && e.element(1).is_atom()) {
        *module = e.element(1);
        *macro = exports_macro(*module, name, arity);
        return true;
      }
  }
  return find_import(lexical, name, arity, module, macro);
}

bool is_required(const Lexical* lexical, Term module) {
  static const Term kDefault[] = {intern_atom("Elixir.Application"), intern_atom("Elixir.Kernel"),
                                  intern_atom("Elixir.Kernel.Typespec")};
  for (Term m : kDefault)
    if (m == module) return true;
  return lexical && lexical->required.count(module.raw()) > 0;
}

Term Lowerer::expand_remote_macro(Term module, Term name, const std::vector<Term>& args, int line) {
  auto arity = static_cast<std::uint32_t>(args.size());
  if (!exports_macro(module, name, arity)) return Term::none();
  // Without `require`, Elixir 1.14 warns and compiles a function call.
  if (!is_required(lexical, module)) return Term::none();
  return run_macro(heap_, file_, line, module, name, args, env_term(line));
}

std::string Lowerer::source_dir() const {
  if (file_ == "nofile") return ".";
  std::error_code ec;
  std::filesystem::path full = std::filesystem::absolute(file_, ec);
  if (ec) return ".";
  return full.lexically_normal().parent_path().string();
}

Term Lowerer::env_term(int line) {
  Term function = atoms::nil;
  ir::Function* named = outer_.empty() ? fn_ : outer_.front().fn;
  // A module body's expressions run as __eval__/1 (lower.cpp): no function.
  if (named && !module_.is_none() && atom_text(named->name) != "__eval__") {
    std::string_view n = atom_text(named->name);
    std::uint32_t arity = named->arity;
    if (in_macro && n.substr(0, 6) == "MACRO-") n = n.substr(6), --arity;
    function = make_tuple(heap_, {intern_atom(n), Term::small(arity)});
  }
  return make_env(heap_, module_, function, file_, line, aliases, lexical, env_context_);
}

Term Lowerer::expand_local_macro(Term form, Term name, const std::vector<Term>& args, int line) {
  auto arity = static_cast<std::uint32_t>(args.size());
  if (local_macros && local_macros->count({name.raw(), arity}) && local_macro_module) {
    Term holder = local_macro_module();
    return run_macro(heap_, file_, line, holder, name, args, env_term(line), module_);
  }
  Term module;
  bool is_macro = false;
  if (find_import_for(form, name, arity, &module, &is_macro) && is_macro)
    return run_macro(heap_, file_, line, module, name, args, env_term(line));
  return Term::none();
}

// var!(name) / var!(name, context): the variable `name` of the caller (or of
// `context`), whatever the quote it was written in.
Term Lowerer::var_bang(const std::vector<Term>& args, int line) {
  Term v = args[0];
  if (!q::is_var(v)) fail(line, message(Msg::unsupported, "this argument of var!"));
  Term context = atoms::nil;
  if (args.size() == 2) {
    context = args[1];
    if (q::is_call(context, atoms::__aliases__)) context = alias_atom(context);
    if (!context.is_atom()) fail(line, message(Msg::unsupported, "this context of var!"));
  }
  return q::var(heap_, q::node_head(v), q::meta_with_line(heap_, line), context);
}

// import Mod[, opts] / require Mod[, as: Alias] in a function body: in
// effect for the rest of the enclosing block (Lowerer::Block). The value is
// the module, as Elixir's.
ExprPtr Lowerer::directive_expr(Term name, const std::vector<Term>& args, int line) {
  if (!lexical) fail(line, message(Msg::unsupported, std::string(atom_text(name)) + " here"));
  Term module = args[0];
  if (q::is_call(module, atoms::__aliases__)) module = alias_atom(module);
  if (!module.is_atom()) fail(line, message(Msg::unsupported, "a dynamic " + std::string(atom_text(name))));
  Term opts = args.size() == 2 ? args[1] : Term::none();
  before_directive();
  record_script_directive(name, args, line);
  // A module this same top-level code defines is compiled only when the code
  // runs, after this directive (Elixir's context_modules).
  if (context_modules_.count(module.raw()) && !current_module(module))
    fail(line, message(Msg::module_defined_not_loaded, inspect(module)));
  if (atom_text(name) == "import") {
    apply_import(*lexical, module, opts, file_, line);
  } else {
    apply_require(*lexical, module, file_, line);
    if (!opts.is_none() && aliases) {
      Term as = q::keyword_get(opts, intern_atom("as"));
      if (!as.is_none()) {
        std::vector<Term> alias_args{args[0], opts};
        add_aliases(*aliases, alias_args, module_);
      }
    }
  }
  return lit(module, line);
}

}  // namespace vial::lowering
