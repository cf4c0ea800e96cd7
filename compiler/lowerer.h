// The lowering pass's internals, shared by lower.cpp (expressions, patterns,
// guards), lower_control.cpp (cond, fn, try, with) and lower_module.cpp
// (module bodies). Not part of the compiler's interface: see lower.h.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "compiler/compile.h"
#include "compiler/expand.h"
#include "compiler/ir.h"
#include "compiler/quoted.h"
#include "vm/atom.h"
#include "vm/messages.h"

namespace vial::lowering {

namespace q = quoted;
using ir::Expr;
using ir::ExprPtr;
using ir::Pat;
using ir::PatPtr;

// A compile error unwinds out of the recursive lowering to the entry points,
// which turn it back into a value; it never leaves the compiler.
struct Failure {
  CompileError error;
};

// A variable's identity: {name, counter} for a variable a macro expansion
// introduced (its hygiene counter), else {name, context}, as Elixir.
using VarKey = std::pair<Word, Word>;
using Scope = std::map<VarKey, int>;
VarKey var_key(Term var);

inline bool is_literal(Term t) { return t.is_number() || t.is_atom() || t.is_binary(); }

using AliasMap = std::map<Word, Term>;  // first segment -> full module atom

// What an `import` brought in: the module and the functions and macros of it
// that calls may name without the module (docs/macros.md).
struct ImportedName {
  Term name;
  std::uint32_t arity;
  bool macro;
};
struct Import {
  Term module;
  std::vector<ImportedName> names;
};
// The imports and requires in effect, besides Kernel's (always imported).
struct Lexical {
  std::vector<Import> imports;
  std::set<Word> required;
};
// Whether macros of `module` may be called: it was required, or it is one of
// the modules Elixir requires everywhere (Application, Kernel, Kernel.Typespec).
bool is_required(const Lexical* lexical, Term module);

// Kernel's exports (compiler/kernel_exports.def).
bool kernel_exports(Term name, std::uint32_t arity, bool* macro);
// Calls f(name, arity, macro) for each of Kernel's exports, in order.
void for_each_kernel_export(const std::function<void(Term, std::uint32_t, bool)>& f);
// All arities of `name` that Kernel exports, ascending.
std::vector<std::uint32_t> kernel_arities(Term name);

// The module an __aliases__ form names: `Foo.Bar` is Elixir.Foo.Bar unless
// Foo is an alias; `__MODULE__.Bar` extends the current module. None when a
// segment is not static.
Term expand_alias(Term form, const AliasMap* aliases, Term module);
// Replaces a call Module.function/arity that Elixir inlines as an :erlang
// builtin (Bitwise.band/2 and the others) by that builtin.
void rewrite_remote(Term* module, Term* function, std::size_t arity);

// Applies an `alias` directive's arguments to `aliases`; returns the last
// module aliased, or none if the form is not supported.
Term add_aliases(AliasMap& aliases, const std::vector<Term>& args, Term module);

class Lowerer {
 public:
  Lowerer(Heap& heap, std::string file, Term module, const std::set<std::pair<Word, std::uint32_t>>* locals)
      : heap_(heap), expander_(heap), file_(std::move(file)), module_(module), locals_(locals) {}

  void begin_function(ir::Function* fn) {
    fn_ = fn;
    scope_.clear();
  }

  ir::Clause function_clause(Term head_args, Term guard, Term body, int line) {
    Block block(*this);
    ir::Clause c;
    c.line = line;
    Scope bound;
    for (Term a : q::list_items(head_args)) c.pats.push_back(pattern(a, bound));
    merge(bound);
    if (!guard.is_none()) c.guard = lower_guard(guard);
    c.body = expr(body);
    scope_.clear();
    return c;
  }

  ExprPtr expr(Term form);
  // The body of Code.eval's function (lower_eval in lower.cpp).
  ir::Clause eval_clause(Term form, const std::vector<Term>& names);
  ExprPtr expr_at_depth(Term form);

  // Lowering recurses over the quoted form; nesting deeper than this is a
  // CompileError rather than a risk to the C++ stack.
  static constexpr int kMaxDepth = 1500;
  int depth_ = 0;

  [[noreturn]] void fail(int line, std::string message) {
    throw Failure{CompileError{"CompileError", file_, line, std::move(message)}};
  }

 private:
  int new_var(Term name) {
    fn_->var_names.emplace_back(atom_text(name));
    return static_cast<int>(fn_->var_names.size()) - 1;
  }
  void merge(const Scope& bound) {
    for (const auto& [k, v] : bound) scope_[k] = v;
  }

  ExprPtr lit(Term t, int line) {
    auto e = std::make_unique<Expr>();
    e->kind = Expr::kLit;
    e->lit = t;
    e->line = line;
    return e;
  }
  ExprPtr make(Expr::Kind kind, int line) {
    auto e = std::make_unique<Expr>();
    e->kind = kind;
    e->line = line;
    return e;
  }
  ExprPtr var_ref(int var, int line) {
    auto e = make(Expr::kVar, line);
    e->var = var;
    return e;
  }
  ExprPtr remote(Term m, Term f, std::vector<ExprPtr> args, int line) {
    rewrite_remote(&m, &f, args.size());
    auto e = make(Expr::kRemoteCall, line);
    e->module = m;
    e->function = f;
    e->args = std::move(args);
    return e;
  }

  // A tuple or list whose parts are all literals is itself one literal, built
  // once at compile time (and long literal lists need no deep codegen).
  ExprPtr fold(ExprPtr e) {
    if (e->kind != Expr::kTuple && e->kind != Expr::kCons) return e;
    for (const auto& a : e->args)
      if (a->kind != Expr::kLit) return e;
    Term t;
    if (e->kind == Expr::kCons) {
      t = make_cons(heap_, e->args[0]->lit, e->args[1]->lit);
    } else {
      t = make_tuple_uninit(heap_, e->args.size());
      for (std::size_t i = 0; i < e->args.size(); ++i) tuple_set(t, i, e->args[i]->lit);
    }
    return lit(t, e->line);
  }

 public:
  // Module attributes visible to the function being lowered.
  const std::map<Word, Term>* attributes = nullptr;

 private:
  Term alias_atom(Term form) {
    Term a = expand_alias(form, aliases, module_);
    if (a.is_none()) fail(q::line_of(form), message(Msg::unsupported, "a dynamic alias"));
    return a;
  }

 public:
  // Aliases in effect (`alias Foo.Bar` makes Bar mean Foo.Bar).
  AliasMap* aliases = nullptr;
  // The module's own defstruct (its default struct and @enforce_keys), which
  // %__MODULE__{} in its functions expands against; none if it has none.
  Term own_struct = Term::none();
  Term own_enforced = Term::nil();
  // Imports and requires in effect.
  Lexical* lexical = nullptr;
  // Macros defined in the module being compiled (name, arity), and how to
  // run them: the name of a module holding them, compiled on first use.
  const std::set<std::pair<Word, std::uint32_t>>* local_macros = nullptr;
  std::function<Term()> local_macro_module;
  // Set while lowering a macro's body, where __CALLER__ is the first argument.
  bool in_macro = false;
  // __CALLER__.context for the macros expanded now: :match in a pattern,
  // :guard in a guard, nil elsewhere.
  Term env_context_ = atoms::nil;
  // The overridden function super(...) calls in this def, or none.
  Term super_function = Term::none();

 private:
  // alias Foo.Bar / alias Foo.Bar, as: Baz / alias Foo.{A, B}: recorded for
  // the rest of the enclosing module or script; the value is the alias.
  ExprPtr alias_directive(const std::vector<Term>& args, int line) {
    if (!aliases) fail(line, message(Msg::unsupported, "alias here"));
    before_directive();
    record_script_directive(intern_atom("alias"), args, line);
    Term last = add_aliases(*aliases, args, module_);
    if (last.is_none()) fail(line, message(Msg::unsupported, "this alias"));
    return lit(last, line);
  }

  // quote (lower_quote.cpp): code that builds the quoted form.
  struct QuoteOptions {
    Term context;              // the variables' context: the module, or Elixir
    Term line = Term::none();  // none: strip lines; true: keep; an integer; or
    bool keep = false;         // location: :keep, which records {file, line}
    bool unquote = true;
    bool generated = false;
  };
  ExprPtr quote_expr(const std::vector<Term>& args, int line);
  ExprPtr quote_form(Term form, const QuoteOptions& o);
  ExprPtr quote_list(Term list, const QuoteOptions& o, int line);
  Term quote_meta(Term meta, const QuoteOptions& o);
  Term import_meta(Term meta, Term name, const QuoteOptions& o);

  // Macro calls (lower_macro.cpp): the expansion, or none when `form` does
  // not call a macro.
  Term expand_remote_macro(Term module, Term name, const std::vector<Term>& args, int line);
  Term expand_local_macro(Term form, Term name, const std::vector<Term>& args, int line);
  ExprPtr directive_expr(Term name, const std::vector<Term>& args, int line);
  Term var_bang(const std::vector<Term>& args, int line);
  // __ENV__ here (macros.h make_env).
  Term env_term(int line);
  // __DIR__: the absolute folder of the file being compiled ("." for nofile).
  std::string source_dir() const;
  // Runs f with __CALLER__.context set to `context`.
  template <typename F>
  Term in_context(Term context, F f) {
    Term saved = env_context_;
    env_context_ = context;
    struct Restore {
      Term& slot;
      Term value;
      ~Restore() { slot = value; }
    } restore{env_context_, saved};
    return f();
  }
  bool find_import_for(Term form, Term name, std::uint32_t arity, Term* module, bool* macro);

  ExprPtr list_expr(Term form, int line);
  ExprPtr call_expr(Term form, Term name, std::vector<Term> args, int line, bool imports_only = false);
  ExprPtr case_expr(Term subject, Term kw, int line);
  ExprPtr cond_expr(const std::vector<Term>& clauses, std::size_t i, int line);
  ExprPtr concat_expr(Term form, int line);
  // Bitstrings (lower_binary.cpp): a <<...>> pattern made of `segments`
  // (<<>> forms among them are spliced in) and the size of one of its segments.
  PatPtr bin_pattern(const std::vector<Term>& segments, Scope& bound, int line);
  ExprPtr pattern_size(Term form, const Scope& bound, int line);
  // lower_map.cpp: %{...}, %{m | ...}, map patterns and map.key.
  ExprPtr map_expr(Term items, int line);
  PatPtr map_pattern(const std::vector<Term>& items, Scope& bound, int line);
  ExprPtr dot_key_expr(Term subject, Term key, int line);
  // lower_struct.cpp: %S{...} construction, update and patterns.
  Term struct_name(Term form, int line);
  Term struct_fields(Term module, Term* enforced, int line);
  ExprPtr struct_expr(const std::vector<Term>& args, int line);
  PatPtr struct_pattern(const std::vector<Term>& args, Scope& bound, int line);
  int struct_counter_ = 0;
  ExprPtr defmodule_expr(Term form, int line);
  // alias/import/require at a script's or file's top level, in order: a
  // defmodule after them starts with them, as Elixir's module body inherits
  // the file's lexical environment (`import Bitwise` before `defmodule`).
  std::vector<Term> script_directives_;
  // Modules whose top-level defmodule this code has lowered (Elixir's
  // context_modules): a struct of one of them cannot be used yet.
  std::set<Word> context_modules_;
  void record_script_directive(Term name, const std::vector<Term>& args, int line) {
    if (!module_.is_none()) return;
    script_directives_.push_back(q::call(heap_, name, q::meta_with_line(heap_, line), args));
  }
  ir::Clause case_clause(Term arrow);

  PatPtr pattern(Term form, Scope& bound);
  [[noreturn]] void call_in_pattern(Term callee, std::size_t arity, int line);
  ExprPtr lower_guard(Term form);
  ExprPtr guard_in(Term left, Term right, int line);

  Heap& heap_;
  Expander expander_;
  std::string file_;
  Term module_;  // none for a script's top level
  const std::set<std::pair<Word, std::uint32_t>>* locals_;
  ir::Function* fn_ = nullptr;
  Scope scope_;

  // Anonymous functions are lowered in their own context; a name not bound
  // inside is looked up in the enclosing contexts and, if found there,
  // captured: it becomes a hidden argument of the lifted function.
  struct Capture {
    VarKey key;
    int outer;  // the variable in the enclosing function
    int inner;  // the variable in the lifted function
  };
  struct Context {
    ir::Function* fn;
    Scope scope;
    std::vector<Capture> captures;
  };
  std::vector<Capture> captures_;
  std::vector<Context> outer_;  // enclosing contexts, innermost last
  std::vector<ir::Function>* lifted_ = nullptr;
  // Funs are numbered per named function, inner ones first ("-f/1-fun-0-"),
  // as Erlang's compiler numbers them.
  std::map<std::pair<Word, std::uint32_t>, int> fun_counters_;
  // &name/N or &Mod.name/N (expand_capture's fn): the external fun, or the
  // local fun of the named function, that it is; null when it is a closure.
  ExprPtr capture_as_fun(const ir::Clause& c, Term name, int line);
  ExprPtr binding_expr(const std::vector<Term>& args, int line);
  Term compile_time_regex(Term args, int line);

 public:
  void set_lifted(std::vector<ir::Function>* out) { lifted_ = out; }

 private:
  // The variable `key` names here, capturing it from an enclosing
  // anonymous-function context if needed; -1 if it is not bound anywhere.
  int lookup(VarKey key, Term name) {
    auto it = scope_.find(key);
    if (it != scope_.end()) return it->second;
    for (const Capture& c : captures_)
      if (c.key == key) return c.inner;
    if (outer_.empty()) return -1;
    Context here{fn_, std::move(scope_), std::move(captures_)};
    Context up = std::move(outer_.back());
    outer_.pop_back();
    fn_ = up.fn;
    scope_ = std::move(up.scope);
    captures_ = std::move(up.captures);
    int outer = lookup(key, name);
    outer_.push_back(Context{fn_, std::move(scope_), std::move(captures_)});
    fn_ = here.fn;
    scope_ = std::move(here.scope);
    captures_ = std::move(here.captures);
    if (outer < 0) return -1;
    int inner = new_var(name);
    captures_.push_back({key, outer, inner});
    return inner;
  }

  // Lexical blocks (docs/compiler.md "Directives"): an alias, import or
  // require inside a function, fn or case/cond/try/with clause body lasts to
  // the end of that body, as in Elixir (a parenthesised block is no such
  // body). A Block marks one while it is lowered; the first directive in it
  // saves the aliases and imports as they were (most blocks have none, and
  // copy nothing), and the Block's end puts them back.
  struct SavedLexical {
    AliasMap* aliases_at = nullptr;
    Lexical* lexical_at = nullptr;
    std::optional<AliasMap> aliases;
    std::optional<Lexical> lexical;
  };
  std::vector<SavedLexical> blocks_;
  class Block {
   public:
    explicit Block(Lowerer& l) : l_(l) { l_.blocks_.emplace_back(); }
    ~Block() {
      SavedLexical& s = l_.blocks_.back();
      if (s.aliases) *s.aliases_at = std::move(*s.aliases);
      if (s.lexical) *s.lexical_at = std::move(*s.lexical);
      l_.blocks_.pop_back();
    }
    Block(const Block&) = delete;
    Block& operator=(const Block&) = delete;

   private:
    Lowerer& l_;
  };
  // Called before a directive changes the aliases or imports in effect.
  void before_directive() {
    if (blocks_.empty()) return;
    SavedLexical& s = blocks_.back();
    if (aliases && !s.aliases) s.aliases_at = aliases, s.aliases = *aliases;
    if (lexical && !s.lexical) s.lexical_at = lexical, s.lexical = *lexical;
  }

  Term attribute_value(Term var, int line);
  ExprPtr fn_expr(Term form, int line);
  ExprPtr try_expr(Term kw, int line);
  ExprPtr receive_expr(const std::vector<Term>& args, int line);
  ir::Clause receive_clause(Term arrow, int line);
  ExprPtr with_expr(const std::vector<Term>& args, int line);
  ExprPtr with_rest(const std::vector<Term>& clauses, std::size_t i, Term body, Term else_clauses,
                    const Scope& outer, int line);
  ir::Clause handler_clause(Term arrow, bool rescue);
  ExprPtr call_fun_expr(Term fun, Term args, int line);
};

// lower_eval (lower.h) inside a module being compiled: `@attr` reads and
// __MODULE__ see it. Throws Failure.
void lower_eval_in(Heap& heap, Term form, const std::vector<Term>& names, Term module,
                   const std::map<Word, Term>* attributes, AliasMap* aliases, Lexical* lexical,
                   const std::string& file, ir::Module* out);

}  // namespace vial::lowering
