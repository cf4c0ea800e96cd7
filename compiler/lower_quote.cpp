// Lowering of `quote`: code that builds the quoted form at run time, with
// `unquote`/`unquote_splicing` evaluated in place and the metadata Elixir's
// elixir_quote.erl gives (docs/macros.md).
#include <algorithm>

#include "compiler/lowerer.h"

namespace vial::lowering {

namespace {

struct KernelExport {
  std::string_view name;
  std::uint32_t arity;
  bool macro;
};
constexpr bool function = false;
constexpr bool macro = true;
constexpr KernelExport kKernelExports[] = {
#define X(name, arity, kind) {name, arity, kind},
#include "compiler/kernel_exports.def"
#undef X
};

// Replaces the value under `key` in a keyword list, or appends the pair.
Term keystore(Heap& h, Term kw, Term key, Term value) {
  std::vector<Term> items = q::list_items(kw);
  bool found = false;
  for (Term& e : items)
    if (e.is_tuple() && e.tuple_arity() == 2 && e.element(0) == key) {
      e = q::pair(h, key, value);
      found = true;
      break;
    }
  if (!found) items.push_back(q::pair(h, key, value));
  return q::list(h, items);
}

Term keydelete(Heap& h, Term kw, Term key) {
  std::vector<Term> items;
  for (Term e : q::list_items(kw))
    if (!(e.is_tuple() && e.tuple_arity() == 2 && e.element(0) == key)) items.push_back(e);
  return q::list(h, items);
}

}  // namespace

bool kernel_exports(Term name, std::uint32_t arity, bool* is_macro) {
  std::string_view text = atom_text(name);
  for (const auto& k : kKernelExports)
    if (k.name == text && k.arity == arity) {
      if (is_macro) *is_macro = k.macro;
      return true;
    }
  return false;
}

void for_each_kernel_export(const std::function<void(Term, std::uint32_t, bool)>& f) {
  for (const auto& k : kKernelExports) f(intern_atom(k.name), k.arity, k.macro);
}

std::vector<std::uint32_t> kernel_arities(Term name) {
  std::vector<std::uint32_t> out;
  std::string_view text = atom_text(name);
  for (const auto& k : kKernelExports)
    if (k.name == text) out.push_back(k.arity);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// elixir_quote:meta/2: the line is dropped, kept, replaced (line: N) or
// recorded with the file (location: :keep); generated: true is prepended.
Term Lowerer::quote_meta(Term meta, const QuoteOptions& o) {
  if (!meta.is_list()) return meta;
  if (o.keep) {
    Term line = q::keyword_get(meta, atoms::line);
    if (!line.is_none()) {
      meta = keydelete(heap_, meta, atoms::line);
      Term where = q::pair(heap_, make_binary(heap_, file_), line);
      meta = make_cons(heap_, q::pair(heap_, intern_atom("keep"), where), meta);
    }
  } else if (o.line.is_none()) {
    meta = keydelete(heap_, keydelete(heap_, meta, atoms::line), intern_atom("column"));
  } else if (o.line != atoms::true_) {
    meta = keystore(heap_, meta, atoms::line, o.line);
  }
  if (o.generated) meta = make_cons(heap_, q::pair(heap_, intern_atom("generated"), atoms::true_), meta);
  return meta;
}

// elixir_quote:import_meta/5: a name that an import provides (in any arity)
// records the imports (arity -> module, as the caller sees them) and the
// quote's context, so the expansion calls what the quote meant.
Term Lowerer::import_meta(Term meta, Term name, const QuoteOptions& o) {
  if (!q::keyword_get(meta, intern_atom("import")).is_none()) return meta;
  std::map<std::uint32_t, Term> found;
  for (std::uint32_t a : kernel_arities(name)) found[a] = atoms::Elixir_Kernel;
  if (lexical)
    for (const Import& imp : lexical->imports)
      for (const ImportedName& n : imp.names)
        if (n.name == name) found[n.arity] = imp.module;
  if (found.empty()) return meta;
  std::vector<Term> imports;
  for (const auto& [arity, module] : found)
    imports.push_back(q::pair(heap_, Term::small(arity), module));
  meta = keystore(heap_, meta, intern_atom("context"), o.context);
  return keystore(heap_, meta, intern_atom("imports"), q::list(heap_, imports));
}

ExprPtr Lowerer::quote_list(Term list, const QuoteOptions& o, int line) {
  std::vector<Term> items;
  Term rest = list;
  for (; rest.is_cons(); rest = rest.tail()) items.push_back(rest.head());
  // Evaluated left to right, then assembled from the end.
  std::vector<ExprPtr> parts;
  std::vector<bool> splice;
  for (Term item : items) {
    bool s = o.unquote && q::is_call(item, intern_atom("unquote_splicing"), 1);
    splice.push_back(s);
    parts.push_back(s ? expr(q::list_items(q::node_args(item))[0]) : quote_form(item, o));
  }
  ExprPtr tail = rest.is_nil() ? lit(Term::nil(), line) : quote_form(rest, o);
  for (std::size_t i = parts.size(); i-- > 0;) {
    if (splice[i]) {
      std::vector<ExprPtr> a;
      a.push_back(std::move(parts[i]));
      a.push_back(std::move(tail));
      tail = remote(atoms::erlang, intern_atom("++"), std::move(a), line);
      continue;
    }
    auto c = make(Expr::kCons, line);
    c->args.push_back(std::move(parts[i]));
    c->args.push_back(std::move(tail));
    tail = fold(std::move(c));
  }
  return tail;
}

ExprPtr Lowerer::quote_form(Term form, const QuoteOptions& o) {
  int line = q::line_of(form);
  if (is_literal(form)) return lit(form, line);
  if (form.is_list()) return quote_list(form, o, line);
  if (form.is_tuple() && form.tuple_arity() == 2) {
    Term splicing = intern_atom("unquote_splicing");
    if (o.unquote && (q::is_call(form.element(0), splicing, 1) || q::is_call(form.element(1), splicing, 1))) {
      // {a, unquote_splicing(b)} is the tuple {:{}, [], [a | b]}.
      Term items = q::list(heap_, {form.element(0), form.element(1)});
      return quote_form(q::node(heap_, atoms::tuple_op, Term::nil(), items), o);
    }
    auto e = make(Expr::kTuple, line);
    e->args.push_back(quote_form(form.element(0), o));
    e->args.push_back(quote_form(form.element(1), o));
    return fold(std::move(e));
  }
  if (!q::is_node(form)) return lit(form, line);
  Term head = q::node_head(form), meta = q::node_meta(form), args = q::node_args(form);
  auto node = [&](ExprPtr h, Term m, ExprPtr a) {
    auto e = make(Expr::kTuple, line);
    e->args.push_back(std::move(h));
    e->args.push_back(lit(m, line));
    e->args.push_back(std::move(a));
    return fold(std::move(e));
  };
  if (o.unquote && head == intern_atom("unquote") && args.is_list() && list_length(args) == 1)
    return expr(args.head());
  if (head.is_atom() && args.is_atom()) {
    // A variable: a nil context becomes the quote's, so that it never
    // captures the caller's variable of the same name (hygiene).
    Term m = quote_meta(import_meta(meta, head, o), o);
    return lit(q::node(heap_, head, m, args == atoms::nil ? o.context : args), line);
  }
  if (head == atoms::__aliases__ && args.is_cons() && args.head().is_atom() && args.head() != atoms::Elixir) {
    Term target = atoms::false_;
    if (aliases && aliases->count(args.head().raw())) target = expand_alias(form, aliases, module_);
    Term m = keystore(heap_, quote_meta(meta, o), intern_atom("alias"), target);
    return lit(q::node(heap_, head, m, args), line);
  }
  if (head.is_atom() && args.is_list()) {
    std::string_view name = atom_text(head);
    Term m = import_meta(meta, head, o);
    Term context_key = intern_atom("context");
    std::vector<Term> items = q::list_items(args);
    if (name == "quote") {
      // A nested quote is data: its unquotes belong to it.
      QuoteOptions inner = o;
      inner.unquote = false;
      m = keystore(heap_, m, context_key, o.context);
      return node(lit(head, line), quote_meta(m, o), quote_list(args, inner, line));
    }
    if ((name == "alias" || name == "import" || name == "require") && !items.empty())
      m = keystore(heap_, keydelete(heap_, m, intern_atom("counter")), context_key, o.context);
    // elixir_quote:annotate/2: the head of a definition, and the attribute
    // `@name`, carry the quote's context.
    auto with_context = [&](Term t) {
      if (!q::is_node(t) || !q::node_head(t).is_atom()) return t;
      return q::node(heap_, q::node_head(t), keystore(heap_, q::node_meta(t), context_key, o.context), q::node_args(t));
    };
    if ((name == "def" || name == "defp" || name == "defmacro" || name == "defmacrop") && !items.empty()) {
      items[0] = with_context(items[0]);
      args = q::list(heap_, items);
    } else if (name == "@" && items.size() == 1) {
      items[0] = with_context(items[0]);
      args = q::list(heap_, items);
    }
    return node(lit(head, line), quote_meta(m, o), quote_list(args, o, line));
  }
  // Mod.unquote(name)(args) and Mod.unquote(name): a remote call of the
  // function named by the unquoted value (elixir_quote:dot/5); without
  // arguments, a no-parens call.
  auto unquoted_dot = [&](Term t, std::vector<Term>* dot) {
    if (!o.unquote || !q::is_node(t) || !q::node_args(t).is_list() || list_length(q::node_args(t)) != 1) return false;
    Term d = q::node_head(t);
    if (!q::is_call(d, atoms::dot, 2)) return false;
    *dot = q::list_items(q::node_args(d));
    return (*dot)[1] == intern_atom("unquote");
  };
  std::vector<Term> dot;
  bool with_args = unquoted_dot(head, &dot) && args.is_list();
  if (with_args || unquoted_dot(form, &dot)) {
    Term call = with_args ? head : form;
    Term dot_meta = quote_meta(q::node_meta(q::node_head(call)), o);
    auto d = make(Expr::kTuple, line);
    d->args.push_back(lit(atoms::dot, line));
    d->args.push_back(lit(dot_meta, line));
    auto pair = make(Expr::kCons, line);
    pair->args.push_back(quote_form(dot[0], o));
    auto rest = make(Expr::kCons, line);
    rest->args.push_back(expr(q::node_args(call).head()));
    rest->args.push_back(lit(Term::nil(), line));
    pair->args.push_back(fold(std::move(rest)));
    d->args.push_back(fold(std::move(pair)));
    if (with_args) return node(fold(std::move(d)), dot_meta, quote_list(args, o, line));
    Term no_parens = make_cons(heap_, q::pair(heap_, intern_atom("no_parens"), atoms::true_), dot_meta);
    return node(fold(std::move(d)), no_parens, lit(Term::nil(), line));
  }
  ExprPtr h = quote_form(head, o);
  ExprPtr a = args.is_list() ? quote_list(args, o, line) : quote_form(args, o);
  return node(std::move(h), quote_meta(meta, o), std::move(a));
}

// quote [opts,] do: body
ExprPtr Lowerer::quote_expr(const std::vector<Term>& args, int line) {
  QuoteOptions o;
  o.context = module_.is_none() ? atoms::Elixir : module_;
  Term body = Term::none(), bind = Term::none();
  bool unquote_given = false;
  for (Term kw : args) {
    if (!q::is_keyword(kw)) fail(line, message(Msg::quote_invalid_args));
    for (Term pair : q::list_items(kw)) {
      Term key = pair.element(0), value = pair.element(1);
      std::string_view k = atom_text(key);
      if (k == "do") {
        body = value;
      } else if (k == "line") {
        if (!(value.is_small() || value == atoms::true_)) fail(line, message(Msg::unsupported, "this quote line: option"));
        o.line = value;
      } else if (k == "location") {
        if (value != intern_atom("keep")) fail(line, message(Msg::unsupported, "this quote location: option"));
        o.keep = true;
      } else if (k == "unquote") {
        if (!value.is_atom() || !(value == atoms::true_ || value == atoms::false_))
          fail(line, message(Msg::unsupported, "this quote unquote: option"));
        o.unquote = value == atoms::true_;
        unquote_given = true;
      } else if (k == "generated") {
        o.generated = value == atoms::true_;
      } else if (k == "context") {
        if (!value.is_atom()) {
          if (q::is_call(value, atoms::__aliases__)) value = alias_atom(value);
          else fail(line, message(Msg::unsupported, "this quote context: option"));
        }
        o.context = value;
      } else if (k == "bind_quoted") {
        bind = value;
        if (!unquote_given) o.unquote = false;
      } else {
        fail(line, message(Msg::unsupported, "the quote option " + std::string(k)));
      }
    }
  }
  if (body.is_none()) fail(line, message(Msg::quote_without_do));
  if (bind.is_none()) return quote_form(body, o);
  // bind_quoted: [a: v] => {:__block__, [], [{:=, [], [{:a, [line: L], ctx}, v]}, body]}
  if (!bind.is_list()) fail(line, message(Msg::unsupported, "this bind_quoted: value"));
  std::vector<ExprPtr> assigns;
  for (Term pair : q::list_items(bind)) {
    if (!(pair.is_tuple() && pair.tuple_arity() == 2 && pair.element(0).is_atom()))
      fail(line, message(Msg::unsupported, "this bind_quoted: entry"));
    Term v = q::var(heap_, pair.element(0), q::meta_with_line(heap_, line), o.context);
    auto rhs = make(Expr::kCons, line);
    rhs->args.push_back(expr(pair.element(1)));
    rhs->args.push_back(lit(Term::nil(), line));
    auto args2 = make(Expr::kCons, line);
    args2->args.push_back(lit(v, line));
    args2->args.push_back(fold(std::move(rhs)));
    auto m = make(Expr::kTuple, line);
    m->args.push_back(lit(atoms::match_op, line));
    m->args.push_back(lit(Term::nil(), line));
    m->args.push_back(fold(std::move(args2)));
    assigns.push_back(fold(std::move(m)));
  }
  assigns.push_back(quote_form(body, o));
  ExprPtr list = lit(Term::nil(), line);
  for (std::size_t i = assigns.size(); i-- > 0;) {
    auto c = make(Expr::kCons, line);
    c->args.push_back(std::move(assigns[i]));
    c->args.push_back(std::move(list));
    list = fold(std::move(c));
  }
  auto block = make(Expr::kTuple, line);
  block->args.push_back(lit(atoms::__block__, line));
  block->args.push_back(lit(Term::nil(), line));
  block->args.push_back(std::move(list));
  return fold(std::move(block));
}

}  // namespace vial::lowering
