// Macro expansion of the Kernel macros the compiler expands natively
// (DESIGN.md §3): if, unless, |>, &&, ||, !, <>, and/or and `in` outside
// guards, Kernel.to_string/1 (string interpolation) and is_nil/1. Each expansion
// produces exactly the quoted form Elixir's own Kernel macro produces, up to
// the names of the hygienic variables, so results are identical.
//
// User macros (defmacro) will run on the VM; until then these are the only
// macros there are.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vm/heap.h"

namespace vial {

class Expander {
 public:
  explicit Expander(Heap& heap) : heap_(heap) {}

  // If `form` is a call of a macro listed above, returns its expansion (one
  // step; the result may itself be a macro call). Otherwise Term::none().
  Term expand_once(Term form);
  static bool is_expander_macro(std::string_view name, std::size_t arity);

  // Set when expand_once returned none because the macro call is invalid
  // (the message, from the catalogue); empty otherwise.
  const std::string& error() const { return error_; }
  // The exception the error is raised as (CompileError unless a macro
  // raises another, as ~D raises ArgumentError).
  const std::string& error_kind() const { return error_kind_; }

  // Kernel.in/2's guard for `x in first..last` / `first..last//step` (step
  // none for the two-argument form), as Elixir 1.14 writes it: the bounds
  // and step must be variables or literals.
  Term range_guard(Term meta, Term x, Term first, Term last, Term step);

 private:
  Term fresh_var(Term meta);
  // `case subject do clauses end` in quoted form.
  Term make_case(Term meta, Term subject, const std::vector<Term>& clauses);
  Term clause(Term meta, Term pattern, Term body);
  Term guarded_clause(Term meta, Term pattern, Term guard, Term body);
  Term loop_call(Term meta, Term loop, std::vector<Term> args);
  Term fn_arrow(Term meta, std::vector<Term> params, Term when, Term result);
  // The guard `var === false or var === nil`, as Kernel's `x in [false, nil]`.
  Term falsy_guard(Term meta, Term var);
  Term expand_if(Term meta, Term condition, Term kw, bool negate);
  Term pipe(Term left, Term right);
  Term expand_in(Term meta, Term left, Term right);
  Term expand_capture(Term meta, Term body);
  // Kernel's ~s ~S ~c ~C ~w ~W sigils (expand_sigil.cpp).
  Term expand_sigil(Term meta, char letter, Term content, Term modifiers);
  Term expand_calendar_sigil(Term meta, char letter, std::string_view string);
  // put_in/2, update_in/2, get_and_update_in/2, pop_in/1 on a path
  // (`data.field[key]`): the Kernel function on the data and a key list.
  Term expand_path_call(Term meta, std::string_view name, const std::vector<Term>& args);
  // for comprehensions (compiler/expand_for.cpp).
  struct ForPlan {
    Term meta;
    std::vector<Term> parts;  // generators and filters, in order
    Term body;                // the do block (reduce: its -> clauses)
    bool reduce = false;
    bool into_bits = false;   // into: a literal bitstring
  };
  Term expand_for(Term meta, const std::vector<Term>& args);
  Term for_level(const ForPlan& plan, std::size_t i, Term acc);
  Term for_step(const ForPlan& plan, Term acc);
  Term for_list_generator(const ForPlan& plan, std::size_t i, Term acc);
  Term for_bits_generator(const ForPlan& plan, std::size_t i, Term acc);
  Term replace_placeholders(Term t, int* max, std::vector<bool>* seen);
  static Term integer_literal(Term t);

  Heap& heap_;
  int counter_ = 0;
  std::string error_;
  std::string error_kind_ = "CompileError";
};

}  // namespace vial
