// defprotocol and defimpl, rewritten into defmodule forms (docs/protocols.md).
//
//   defprotocol P do def f(x, y) end
//     => defmodule P: impl_for/1 and impl_for!/1 (through the VM's dispatch
//        cache, :vial.protocol_impl/3), __protocol__/1, and
//        def f(x, y), do: impl_for!(x).f(x, y)
//   defimpl P, for: T do ... end
//     => defmodule P.T with the body, @protocol/@for set and __impl__/1.
#include "compiler/lower_protocol.h"

#include <algorithm>
#include <utility>

#include "compiler/lowerer.h"
#include "compiler/quoted.h"
#include "compiler/reader.h"
#include "vm/printer.h"

namespace vial {
namespace {
using lowering::Failure;
namespace q = quoted;

[[noreturn]] void fail(const std::string& file, int line, const std::string& kind, const std::string& msg) {
  throw Failure{CompileError{kind, file, line, msg}};
}

std::vector<Term> block_items(Term body) {
  if (q::is_call(body, atoms::__block__)) return q::list_items(q::node_args(body));
  if (body == atoms::nil) return {};
  return {body};
}

Term read_forms(Heap& heap, const std::string& text, const std::string& file) {
  ReadResult r = read_string(heap, text, file);
  if (!r.ok) fail(file, 0, "CompileError", "cannot read the protocol functions: " + r.error.message);
  return r.form;
}

// `:"Elixir.Foo"` as source text.
std::string atom_source(Term a) { return inspect(a).substr(0, 1) == ":" ? inspect(a) : ":\"" + std::string(atom_text(a)) + "\""; }

Term concat(Term protocol, Term for_module) {
  std::string name(atom_text(protocol));
  std::string_view suffix = atom_text(for_module);
  if (suffix.substr(0, 7) == "Elixir.") suffix.remove_prefix(7);
  return intern_atom(name + "." + std::string(suffix));
}

Term impl_module_body(Heap& heap, Term protocol, Term for_module, Term user_body, const std::string& file) {
  std::string p = atom_source(protocol), f = atom_source(for_module);
  std::string text = "@protocol " + p + "\n@for " + f + "\n";
  Term head = read_forms(heap, text, file);
  std::string tail = "def __impl__(:for), do: " + f + "\ndef __impl__(:target), do: __MODULE__\n" +
                     "def __impl__(:protocol), do: " + p + "\n";
  Term after = read_forms(heap, tail, file);
  std::vector<Term> items = block_items(head);
  for (Term t : block_items(user_body)) items.push_back(t);
  for (Term t : block_items(after)) items.push_back(t);
  return q::call(heap, atoms::__block__, Term::nil(), items);
}

}  // namespace

bool is_protocol_form(Term form) {
  return q::is_call(form, intern_atom("defprotocol"), 2) || q::is_call(form, intern_atom("defimpl"), 2) ||
         q::is_call(form, intern_atom("defimpl"), 3);
}

std::vector<ProtocolModule> protocol_modules(Heap& heap, Term form, Term enclosing,
                                             const std::function<Term(Term)>& resolve, const std::string& file) {
  int line = q::line_of(form);
  std::vector<Term> args = q::list_items(q::node_args(form));
  if (q::node_head(form) == intern_atom("defprotocol")) {
    Term body = q::keyword_get(args[1], atoms::do_);
    if (body.is_none()) fail(file, line, "CompileError", "defprotocol expects a do block");
    bool fallback = false;
    std::vector<Term> kept;
    std::vector<std::pair<std::string, std::size_t>> functions;
    for (Term item : block_items(body)) {
      if (q::is_call(item, intern_atom("def"), 1)) {
        Term h = q::list_items(q::node_args(item))[0];
        if (!q::is_node(h) || !q::node_head(h).is_atom())
          fail(file, q::line_of(item), "ArgumentError", "invalid arguments for def inside defprotocol");
        Term hargs = q::node_args(h);
        std::size_t n = hargs.is_list() ? q::list_items(hargs).size() : 0;
        if (n == 0)
          fail(file, q::line_of(item), "ArgumentError",
               "protocol functions expect at least one argument, got: " + std::string(atom_text(q::node_head(h))) + "/0");
        functions.emplace_back(std::string(atom_text(q::node_head(h))), n);
        continue;
      }
      if (q::is_call(item, intern_atom("def"), 2))
        fail(file, q::line_of(item), "CompileError", "cannot define a function with a body inside defprotocol");
      if (q::is_call(item, intern_atom("@"), 1)) {
        Term attr = q::list_items(q::node_args(item))[0];
        if (q::is_call(attr, intern_atom("fallback_to_any"), 1)) {
          fallback = q::list_items(q::node_args(attr))[0] == atoms::true_;
          continue;
        }
      }
      kept.push_back(item);
    }
    std::string fb = fallback ? "true" : "false";
    std::string text = "@fallback_to_any " + fb + "\n" +
                       "def impl_for(data), do: :vial.protocol_impl(__MODULE__, data, " + fb + ")\n" +
                       "def impl_for!(data) do\n  case :vial.protocol_impl(__MODULE__, data, " + fb + ") do\n" +
                       "    nil -> raise(Protocol.UndefinedError, protocol: __MODULE__, value: data)\n" +
                       "    impl -> impl\n  end\nend\n" + "def __protocol__(:module), do: __MODULE__\n";
    std::vector<std::pair<std::string, std::size_t>> sorted = functions;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    text += "def __protocol__(:functions), do: [";
    for (std::size_t i = 0; i < sorted.size(); ++i)
      text += (i ? ", " : "") + std::string("{") + inspect(intern_atom(sorted[i].first)) + ", " +
              std::to_string(sorted[i].second) + "}";
    text += "]\ndef __protocol__(:consolidated?), do: false\ndef __protocol__(:impls), do: :not_consolidated\n";
    for (const auto& [name, n] : sorted) {
      std::string params;
      for (std::size_t i = 0; i < n; ++i) params += (i ? ", a" : "a") + std::to_string(i);
      std::string fname = inspect(intern_atom(name)).substr(1);  // quoted when not a plain identifier
      if (fname.front() == '"') fname = "unquote(:" + fname + ")";
      text += "def " + fname + "(" + params + "), do: impl_for!(a0)." + fname + "(" + params + ")\n";
    }
    Term generated = read_forms(heap, text, file);
    for (Term t : block_items(generated)) kept.push_back(t);
    Term new_body = q::call(heap, atoms::__block__, Term::nil(), kept);
    return {{args[0], new_body}};
  }
  // defimpl P, for: T do ... end  |  defimpl P, [for: T], do: ...  |  defimpl P do ... end (in a module)
  Term protocol = resolve(args[0]);
  if (protocol.is_none() || !protocol.is_atom())
    fail(file, line, "ArgumentError", "invalid protocol given to defimpl: " + inspect(args[0]));
  Term opts = Term::nil();
  Term body = Term::none();
  if (args.size() == 3) {
    opts = args[1];
    body = q::keyword_get(args[2], atoms::do_);
  } else {
    body = q::keyword_get(args[1], atoms::do_);
    opts = args[1];
  }
  if (body.is_none()) fail(file, line, "CompileError", "defimpl expects a do block");
  Term for_form = q::is_keyword(opts) ? q::keyword_get(opts, intern_atom("for")) : Term::none();
  std::vector<Term> targets;
  if (for_form.is_none()) {
    if (enclosing.is_none())
      fail(file, line, "ArgumentError",
           "defimpl/3 expects a :for option when declared outside a module");
    targets.push_back(enclosing);
  } else {
    std::vector<Term> forms = for_form.is_list() ? q::list_items(for_form) : std::vector<Term>{for_form};
    for (Term f : forms) {
      Term t = q::is_call(f, atoms::__aliases__) ? resolve(f) : f;
      if (q::is_call(f, intern_atom("__MODULE__"), 0) && !enclosing.is_none()) t = enclosing;
      if (t.is_none() || !t.is_atom())
        fail(file, line, "FunctionClauseError", "no function clause matching in Module.concat/2");
      targets.push_back(t);
    }
  }
  std::vector<ProtocolModule> out;
  for (Term t : targets) out.push_back({concat(protocol, t), impl_module_body(heap, protocol, t, body, file)});
  return out;
}

Term derived_impl_body(Heap& heap, Term protocol, Term for_module, const std::string& file) {
  std::string p = atom_source(protocol), f = atom_source(for_module);
  std::string text = "def __impl__(:for), do: " + f + "\ndef __impl__(:target), do: " +
                     atom_source(concat(protocol, intern_atom("Any"))) + "\ndef __impl__(:protocol), do: " + p +
                     "\ndef __vial_derived_any__, do: true\n";
  return read_forms(heap, text, file);
}

}  // namespace vial
