// The Macro functions written natively: escape/1 and to_string/1
// (macro_to_string.cpp).
#include <memory>

#include "compiler/compile.h"
#include "compiler/quoted.h"
#include "vm/copy.h"
#include "runtime/builtins/builtins.h"
#include "runtime/builtins/macro_to_string.h"
#include "vm/printer.h"

namespace vial {

namespace {

// Macro.escape/1: the quoted form that evaluates to `t`. Returns none for a
// term that has no quoted form (a fun, a pid, a reference).
Term escape(Heap& h, Term t, Term* bad) {
  if (t.is_number() || t.is_atom() || t.is_binary() || t.is_nil()) return t;
  if (t.is_cons()) {
    std::vector<Term> items;
    Term rest = t;
    for (; rest.is_cons(); rest = rest.tail()) {
      Term e = escape(h, rest.head(), bad);
      if (e.is_none()) return e;
      items.push_back(e);
    }
    if (!rest.is_nil()) {
      // [a | b] escapes as [{:|, [], [a, b]}]
      Term tail = escape(h, rest, bad);
      if (tail.is_none()) return tail;
      items.back() = quoted::call(h, atoms::cons_op, Term::nil(), {items.back(), tail});
    }
    return make_list(h, items);
  }
  if (t.is_tuple()) {
    std::vector<Term> items;
    for (std::size_t i = 0; i < t.tuple_arity(); ++i) {
      Term e = escape(h, t.element(i), bad);
      if (e.is_none()) return e;
      items.push_back(e);
    }
    if (items.size() == 2) return make_tuple(h, {items[0], items[1]});
    return quoted::call(h, atoms::tuple_op, Term::nil(), items);
  }
  *bad = t;
  return Term::none();
}

Term macro_escape(NativeCall& c, const Term* a) {
  Term bad = Term::none();
  Term out = escape(c.heap(), a[0], &bad);
  if (out.is_none()) {
    return c.error(make_tuple(c.heap(), {atoms::exception, intern_atom("Elixir.ArgumentError"),
                                         make_binary(c.heap(), "cannot escape " + inspect(bad) +
                                                                   ". The supported values are: lists, tuples, "
                                                                   "maps, atoms, numbers, bitstrings, PIDs and "
                                                                   "remote functions in the format &Mod.fun/arity")}));
  }
  c.charge(10);
  return out;
}

// Macro.traverse/4 and the walks built on it, as Elixir defines them. The
// functions run on a helper process (a builtin cannot re-enter the running
// one). The walk keeps its terms on a heap of its own, which no collection
// moves; each call's arguments are copied onto the helper process and its
// result copied back, and the final tree is copied onto the caller's heap.
class Walker {
 public:
  explicit Walker(NativeCall& c) : c_(c), p_(std::make_unique<Process>()) {}

  Term in(Term t) { return copy_term(work_, t); }
  Term out(Term t) { return copy_term(c_.heap(), t); }

  // pre and post: funs of arity 2 (on the helper's heap), or none for the
  // identity; `wrap1` calls funs of arity 1 on the node alone.
  Term pre = Term::none(), post = Term::none();
  bool wrap1 = false;
  bool failed = false;

  // {ast, acc} after pre on `t`, then the walk.
  void walk(Term& t, Term& acc) {
    if (failed) return;
    if (++depth_ > 20000) {
      failed = true;
      c_.error(atoms::system_limit);
      return;
    }
    apply(pre, t, acc);
    descend(t, acc);
    --depth_;
  }

 private:
  void descend(Term& t, Term& acc) {
    if (failed) return;
    if (q_node(t)) {
      Term form = t.element(0), meta = t.element(1), args = t.element(2);
      if (!form.is_atom()) {
        apply(pre, form, acc);
        descend(form, acc);
      }
      walk_args(args, acc);
      if (failed) return;
      t = make_tuple(work_, {form, meta, args});
    } else if (t.is_tuple() && t.tuple_arity() == 2) {
      Term l = t.element(0), r = t.element(1);
      walk(l, acc);
      walk(r, acc);
      if (failed) return;
      t = make_tuple(work_, {l, r});
    } else if (t.is_list()) {
      walk_args(t, acc);
    }
    if (failed) return;
    apply(post, t, acc);
  }

  static bool q_node(Term t) { return t.is_tuple() && t.tuple_arity() == 3; }

  void walk_args(Term& args, Term& acc) {
    if (!args.is_list()) return;
    std::vector<Term> items;
    Term rest = args;
    for (; rest.is_cons(); rest = rest.tail()) {
      Term x = rest.head();
      walk(x, acc);
      if (failed) return;
      items.push_back(x);
    }
    Term list = rest;
    for (auto it = items.rbegin(); it != items.rend(); ++it) list = make_cons(work_, *it, list);
    args = list;
  }

  void apply(Term fun, Term& t, Term& acc) {
    if (failed || fun.is_none()) return;
    Term result;
    if (wrap1) {
      if (!call(fun, {t}, &result)) return;
      t = result;
      return;
    }
    if (!call(fun, {t, acc}, &result)) return;
    if (!(result.is_tuple() && result.tuple_arity() == 2)) {
      failed = true;
      c_.error(make_tuple(c_.heap(), {atoms::badmatch, out(result)}));
      return;
    }
    t = result.element(0);
    acc = result.element(1);
  }

  bool call(Term fun, std::vector<Term> args, Term* result) {
    // A fresh process for each call keeps the helper's memory bounded.
    p_ = std::make_unique<Process>();
    fun = copy_term(p_->heap(), fun);
    for (Term& a : args) a = copy_term(p_->heap(), a);
    const Word* fp = fun.boxed_ptr();
    std::size_t captured = Term::header_arity(fp[0]) - 2;
    for (std::size_t i = 0; i < captured; ++i) args.push_back(Term::from_raw(fp[3 + i]));
    p_->reset_stack();
    p_->setup_call(reinterpret_cast<const Word*>(fp[1]), args.data(), static_cast<std::uint32_t>(args.size()));
    for (;;) {
      RunStatus status = execute(*p_);
      c_.charge(kReductionsPerSlice - p_->reductions);
      p_->reductions = kReductionsPerSlice;
      if (status == RunStatus::kYield) continue;
      if (status == RunStatus::kDone) {
        *result = copy_term(work_, p_->x[0]);
        return true;
      }
      failed = true;
      if (status == RunStatus::kError) {
        ErrorState e = p_->error;
        e.reason = out(e.reason);
        if (!e.args.is_none()) e.args = out(e.args);
        c_.process.error = std::move(e);
      } else if (status == RunStatus::kHalt) {
        c_.process.halt_requested = true;
        c_.process.halt_status = p_->halt_status;
        c_.error(atoms::normal);
      } else {
        c_.error(atoms::system_limit);
      }
      return false;
    }
  }

  NativeCall& c_;
  std::unique_ptr<Process> p_;
  Heap work_;
  int depth_ = 0;
};

bool is_fun_of(Term f, std::uint32_t arity) { return f.is_fun() && f.boxed_ptr()[2] == arity; }

Term walk_result(NativeCall& c, Walker& w, Term ast, Term acc, bool with_acc) {
  w.walk(ast, acc);
  if (w.failed) return Term::none();
  if (!with_acc) return w.out(ast);
  return w.out(make_tuple(c.heap(), {ast, acc}));  // built on the caller's heap from the helper's terms
}

Term macro_prewalk2(NativeCall& c, const Term* a) {
  if (!is_fun_of(a[1], 1)) return c.error(atoms::function_clause);
  Walker w(c);
  w.wrap1 = true;
  w.pre = w.in(a[1]);
  return walk_result(c, w, w.in(a[0]), atoms::nil, false);
}

Term macro_postwalk2(NativeCall& c, const Term* a) {
  if (!is_fun_of(a[1], 1)) return c.error(atoms::function_clause);
  Walker w(c);
  w.wrap1 = true;
  w.post = w.in(a[1]);
  return walk_result(c, w, w.in(a[0]), atoms::nil, false);
}

Term macro_prewalk3(NativeCall& c, const Term* a) {
  if (!is_fun_of(a[2], 2)) return c.error(atoms::function_clause);
  Walker w(c);
  w.pre = w.in(a[2]);
  return walk_result(c, w, w.in(a[0]), w.in(a[1]), true);
}

Term macro_postwalk3(NativeCall& c, const Term* a) {
  if (!is_fun_of(a[2], 2)) return c.error(atoms::function_clause);
  Walker w(c);
  w.post = w.in(a[2]);
  return walk_result(c, w, w.in(a[0]), w.in(a[1]), true);
}

Term macro_traverse4(NativeCall& c, const Term* a) {
  if (!is_fun_of(a[2], 2) || !is_fun_of(a[3], 2)) return c.error(atoms::function_clause);
  Walker w(c);
  w.pre = w.in(a[2]);
  w.post = w.in(a[3]);
  return walk_result(c, w, w.in(a[0]), w.in(a[1]), true);
}

Term expand(NativeCall& c, Term form, Term env, bool repeat) {
  if (!env.is_map()) return c.error(atoms::function_clause);
  for (int i = 0; i < 1000; ++i) {
    Term out;
    bool expanded = false;
    CompileError error;
    if (!expand_macro_once(c.heap(), form, env, &out, &expanded, &error))
      return c.error(make_tuple(c.heap(), {atoms::compile_error, intern_atom("Elixir." + error.kind),
                                           make_binary(c.heap(), error.text())}));
    c.charge(10);
    form = out;
    if (!expanded || !repeat) break;
  }
  return form;
}

// Macro.var/2: the quoted variable `name` of `context`.
Term macro_var(NativeCall& c, const Term* a) {
  if (!a[0].is_atom() || !a[1].is_atom()) return c.error(atoms::function_clause);
  return make_tuple(c.heap(), {a[0], Term::nil(), a[1]});
}

Term macro_expand_once(NativeCall& c, const Term* a) { return expand(c, a[0], a[1], false); }
Term macro_expand(NativeCall& c, const Term* a) { return expand(c, a[0], a[1], true); }

Term macro_to_string(NativeCall& c, const Term* a) {
  std::string out;
  if (!quoted_to_string(a[0], &out)) return c.badarg(1, "not a quoted expression Vial can print yet");
  c.charge(static_cast<int>(out.size() / 16) + 1);
  return make_binary(c.heap(), out);
}

}  // namespace

void register_macro_builtins() {
  Term macro = intern_atom("Elixir.Macro");
  register_native(macro, intern_atom("escape"), 1, macro_escape);
  register_native(macro, intern_atom("to_string"), 1, macro_to_string);
  register_native(macro, intern_atom("prewalk"), 2, macro_prewalk2);
  register_native(macro, intern_atom("prewalk"), 3, macro_prewalk3);
  register_native(macro, intern_atom("postwalk"), 2, macro_postwalk2);
  register_native(macro, intern_atom("postwalk"), 3, macro_postwalk3);
  register_native(macro, intern_atom("traverse"), 4, macro_traverse4);
  register_native(macro, intern_atom("expand_once"), 2, macro_expand_once);
  register_native(macro, intern_atom("expand"), 2, macro_expand);
  register_native(macro, intern_atom("var"), 2, macro_var);
}

}  // namespace vial
