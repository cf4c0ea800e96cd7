// Helpers for reading and building quoted forms ({name, meta, args} triples,
// literals, lists, 2-tuples), shared by expansion and lowering.
#pragma once

#include <string_view>
#include <vector>

#include "vm/atom.h"
#include "vm/heap.h"

namespace vial::quoted {

// {name, meta, args}: any 3-tuple is a call or a variable in quoted form.
inline bool is_node(Term t) { return t.is_tuple() && t.tuple_arity() == 3; }
inline Term node_head(Term t) { return t.element(0); }
inline Term node_meta(Term t) { return t.element(1); }
inline Term node_args(Term t) { return t.element(2); }

// A call `name(args...)` with a proper list of `arity` arguments (any arity
// when `arity` < 0).
bool is_call(Term t, Term name, int arity = -1);
// A variable: {name, meta, context} with an atom context.
inline bool is_var(Term t) { return is_node(t) && node_head(t).is_atom() && node_args(t).is_atom(); }

// The `line:` entry of a node's metadata, or 0.
int line_of(Term t);
int meta_line(Term meta);

std::vector<Term> list_items(Term list);  // the elements of a proper list
// The value under `key` in a keyword list, or none.
Term keyword_get(Term kw, Term key);
bool is_keyword(Term t);

// Builders (on the compiler's heap).
Term node(Heap& h, Term name, Term meta, Term args);
Term call(Heap& h, Term name, Term meta, const std::vector<Term>& args);
Term remote(Heap& h, Term module, Term function, Term meta, const std::vector<Term>& args);
Term var(Heap& h, Term name, Term meta, Term context);
Term pair(Heap& h, Term a, Term b);
Term list(Heap& h, const std::vector<Term>& items);
Term meta_with_line(Heap& h, int line);

}  // namespace vial::quoted
