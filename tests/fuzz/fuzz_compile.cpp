// libFuzzer target for the compiler (DESIGN.md §10: the VM never crashes,
// whatever the program). Each input that reads is compiled as a script, and
// the body of every top-level `defmodule` is compiled as a module, since the
// VM compiles those only when execution reaches them. Nothing is run or
// loaded: a fuzzed program may loop forever, and loaded versions are kept.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "compiler/compile.h"
#include "compiler/reader.h"
#include "vm/atom.h"

namespace {

// The body of `defmodule Name do body end`, or none.
vial::Term defmodule_body(vial::Term form) {
  using vial::Term;
  if (!form.is_tuple() || form.tuple_arity() != 3) return Term::none();
  if (!(form.element(0) == vial::intern_atom("defmodule"))) return Term::none();
  Term args = form.element(2);
  if (vial::list_length(args) != 2) return Term::none();
  Term kw = args.tail().head();
  if (!kw.is_cons()) return Term::none();
  Term pair = kw.head();
  if (!pair.is_tuple() || pair.tuple_arity() != 2 || !(pair.element(0) == vial::atoms::do_))
    return Term::none();
  return pair.element(1);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  vial::Heap heap;
  std::string_view source(reinterpret_cast<const char*>(data), size);
  vial::ReadResult read = vial::read_string(heap, source, "fuzz.exs");
  if (!read.ok) return 0;

  vial::ModuleImage image;
  vial::CompileError error;
  (void)vial::compile_script(read.form, "fuzz.exs", &image, &error);

  vial::Term forms = read.form;
  bool block = forms.is_tuple() && forms.tuple_arity() == 3 && forms.element(0) == vial::atoms::__block__;
  forms = block ? forms.element(2) : vial::make_cons(heap, forms, vial::Term::nil());
  for (vial::Term f = forms; f.is_cons(); f = f.tail()) {
    vial::Term body = defmodule_body(f.head());
    if (body.is_none()) continue;
    vial::ModuleImage module;
    std::vector<vial::NestedModule> nested;
    (void)vial::compile_module(vial::intern_atom("Elixir.Fuzz"), body, "fuzz.exs", &module, &error, &nested);
  }
  return 0;
}
