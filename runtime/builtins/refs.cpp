// References, pids and the node: make_ref/0, self/0, node/0,1, is_reference/1
// and their list forms (docs/terms.md "References" and "Pids").
#include "runtime/builtins/builtins.h"

namespace vial {

namespace {

Term charlist(Heap& h, std::string_view text) {
  std::vector<Term> codes;
  for (unsigned char ch : text) codes.push_back(Term::small(ch));
  return make_list(h, codes);
}

// There is no distribution yet: every pid and reference is local.
Term nonode() { return intern_atom("nonode@nohost"); }

// Elixir: Kernel.make_ref/0 (erlang:make_ref/0)
Term erlang_make_ref(NativeCall& c, const Term*) { return make_ref(c.heap()); }

// Elixir: Kernel.is_reference/1 (erlang:is_reference/1)
Term erlang_is_reference(NativeCall&, const Term* a) { return make_bool(a[0].is_ref()); }

// Elixir: Kernel.self/0 (erlang:self/0)
Term erlang_self(NativeCall& c, const Term*) { return c.process.pid; }

// Elixir: Kernel.node/0 (erlang:node/0)
Term erlang_node0(NativeCall&, const Term*) { return nonode(); }

// Elixir: Kernel.node/1 (erlang:node/1): the node of a pid, port or reference.
Term erlang_node1(NativeCall& c, const Term* a) {
  if (!a[0].is_pid() && !a[0].is_ref()) return c.badarg(1, "not a pid");
  return nonode();
}

// erlang:ref_to_list/1: '#Ref<0.A.B.C>'
Term erlang_ref_to_list(NativeCall& c, const Term* a) {
  if (!a[0].is_ref()) return c.badarg(1, "not a reference");
  return charlist(c.heap(), "#Ref<" + ref_text(a[0]) + ">");
}

// erlang:pid_to_list/1: '<0.N.0>'
Term erlang_pid_to_list(NativeCall& c, const Term* a) {
  if (!a[0].is_pid()) return c.badarg(1, "not a pid");
  return charlist(c.heap(), "<0." + std::to_string(a[0].pid_number()) + ".0>");
}

}  // namespace

void register_refs_builtins() {
  register_natives({
      {"erlang", "make_ref", 0, erlang_make_ref},
      {"erlang", "is_reference", 1, erlang_is_reference},
      {"erlang", "self", 0, erlang_self},
      {"erlang", "node", 0, erlang_node0},
      {"erlang", "node", 1, erlang_node1},
      {"erlang", "ref_to_list", 1, erlang_ref_to_list},
      {"erlang", "pid_to_list", 1, erlang_pid_to_list},
  });
}

}  // namespace vial
