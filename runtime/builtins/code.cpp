// Code.eval_string/1,2,3 and Code.eval_quoted/1,2,3: the form is compiled
// into a module of its own whose __eval__/1 runs it on a fresh process; the
// value and binding are copied back, and an exception raised inside is
// raised again in the caller (docs/macros.md).
#include <atomic>
#include <cstdio>
#include <memory>

#include "compiler/compile.h"
#include "compiler/quoted.h"
#include "compiler/reader.h"
#include "runtime/builtins/builtins.h"
#include "runtime/code_path.h"
#include "runtime/scheduler.h"
#include "runtime/stdlib.h"
#include "vm/copy.h"
#include "vm/map.h"
#include "vm/module.h"

namespace vial {

namespace {

Term raise_compile_error(NativeCall& c, const std::string& kind, const std::string& text) {
  return c.error(make_tuple(c.heap(), {atoms::compile_error, intern_atom("Elixir." + kind), make_binary(c.heap(), text)}));
}

// The binding: a keyword list of variable names and values.
bool read_binding(Term binding, std::vector<Term>* names, std::vector<Term>* values) {
  for (; binding.is_cons(); binding = binding.tail()) {
    Term e = binding.head();
    if (!(e.is_tuple() && e.tuple_arity() == 2 && e.element(0).is_atom())) return false;
    // A later entry for the same name is ignored, as in Elixir.
    bool seen = false;
    for (Term n : *names) seen = seen || n == e.element(0);
    if (seen) continue;
    names->push_back(e.element(0));
    values->push_back(e.element(1));
  }
  return binding.is_nil();
}

// `env`: the caller's Macro.Env or Code.eval's keyword options (aliases,
// requires, imports, module, file); nil for none.
Term eval_form(NativeCall& c, Term form, Term binding, const std::string& default_file, Term env = Term::nil()) {
  std::string file = default_file;
  if (env.is_map() || env.is_list()) {
    Term f = env.is_map() ? map_get(env, intern_atom("file")) : quoted::keyword_get(env, intern_atom("file"));
    if (!f.is_none() && f.is_binary()) file = std::string(f.binary_view());
  }
  std::vector<Term> names, values;
  if (!read_binding(binding, &names, &values)) return c.badarg(2, "not a keyword list");
  static std::atomic<int> counter{0};
  Term name = intern_atom("elixir_eval_" + std::to_string(++counter));
  ModuleImage image;
  CompileError error;
  if (!compile_eval(name, form, names, file, &image, &error, env.is_nil() ? Term::none() : env))
    return raise_compile_error(c, error.kind, error.text());
  LoadError load_error;
  if (!load_module(std::move(image), &load_error)) return raise_compile_error(c, "CompileError", load_error.message);
  auto loaded = current_module(name);
  const Word* entry = loaded->entry(intern_atom("__eval__"), 1);
  if (c.can_trap) {
    // The code runs in the calling process, as if Code.eval_* had called
    // it: it can receive, link and be linked, and its errors unwind as
    // the caller's own.
    Term arg = make_list(c.heap(), values);
    return c.trap(entry, {arg});
  }
  // Where no trap is possible, on a process of its own (no mailbox: a
  // receive there cannot be answered).
  auto process = std::make_unique<Process>();
  std::vector<Term> copied;
  for (Term v : values) copied.push_back(copy_term(process->heap(), v));
  Term arg = make_list(process->heap(), copied);
  process->setup_call(entry, &arg, 1);
  for (;;) {
    RunStatus status = execute(*process);
    c.charge(kReductionsPerSlice - process->reductions);
    if (status == RunStatus::kYield) {
      process->new_slice(kReductionsPerSlice);
      continue;
    }
    if (status == RunStatus::kDone) return copy_term(c.heap(), process->x[0]);
    if (status == RunStatus::kHalt) {
      c.process.halt_requested = true;
      c.process.halt_status = process->halt_status;
      return c.error(atoms::normal);
    }
    if (status == RunStatus::kKilled) return c.error(atoms::system_limit);
    // The exception raised inside, raised again here with its stack trace.
    ErrorState e = process->error;
    e.reason = copy_term(c.heap(), e.reason);
    if (!e.args.is_none()) e.args = copy_term(c.heap(), e.args);
    c.process.error = std::move(e);
    return Term::none();
  }
}

std::string binary_text(Term t) { return std::string(t.binary_view()); }

Term code_eval_string(NativeCall& c, Term source, Term binding, Term opts) {
  if (!source.is_binary()) return c.badarg(1, "not a binary");
  std::string file = "nofile";
  Term f = quoted::keyword_get(opts, intern_atom("file"));
  if (!f.is_none() && f.is_binary()) file = binary_text(f);
  Heap heap;
  ReadResult read = read_string(heap, binary_text(source), file);
  if (!read.ok) {
    std::string text = read.error.format();
    // format() is "** (Kind) text\n...": the exception's message is the text.
    std::string prefix = "** (" + read.error.kind + ") ";
    if (text.rfind(prefix, 0) == 0) text = text.substr(prefix.size());
    while (!text.empty() && text.back() == '\n') text.pop_back();
    return raise_compile_error(c, read.error.kind, text);
  }
  return eval_form(c, read.form, binding, file, opts);
}

// Code.string_to_quoted!/1 and :vial.string_to_quoted(String, File, Line)
// (string_to_quoted!/2's file: and line:): the quoted form, or the reader's
// exception. Reading from line N is reading the text after N - 1 newlines.
Term string_to_quoted_at(NativeCall& c, Term string, const std::string& file, std::int64_t first_line) {
  if (!string.is_binary()) return c.badarg(1, "not a binary");
  Heap heap;
  std::string source = binary_text(string);
  if (first_line > 1 && first_line < (1 << 24)) source.insert(0, static_cast<std::size_t>(first_line - 1), '\n');
  ReadResult read = read_string(heap, source, file);
  if (!read.ok) {
    std::string text = read.error.format();
    std::string prefix = "** (" + read.error.kind + ") ";
    if (text.rfind(prefix, 0) == 0) text = text.substr(prefix.size());
    while (!text.empty() && text.back() == '\n') text.pop_back();
    return raise_compile_error(c, read.error.kind, text);
  }
  c.charge(static_cast<int>(string.binary_view().size() / 16) + 1);
  return copy_term(c.heap(), read.form);
}

Term string_to_quoted_bang(NativeCall& c, const Term* a) { return string_to_quoted_at(c, a[0], "nofile", 1); }

Term vial_string_to_quoted(NativeCall& c, const Term* a) {
  if (!a[1].is_binary()) return c.badarg(2, "not a binary");
  if (!a[2].is_small()) return c.badarg(3, "not an integer");
  return string_to_quoted_at(c, a[0], binary_text(a[1]), a[2].small_value());
}

Term eval_string1(NativeCall& c, const Term* a) { return code_eval_string(c, a[0], Term::nil(), Term::nil()); }
Term eval_string2(NativeCall& c, const Term* a) { return code_eval_string(c, a[0], a[1], Term::nil()); }
Term eval_string3(NativeCall& c, const Term* a) { return code_eval_string(c, a[0], a[1], a[2]); }
Term eval_quoted1(NativeCall& c, const Term* a) { return eval_form(c, a[0], Term::nil(), "nofile"); }
Term eval_quoted2(NativeCall& c, const Term* a) { return eval_form(c, a[0], a[1], "nofile"); }
Term eval_quoted3(NativeCall& c, const Term* a) { return eval_form(c, a[0], a[1], "nofile", a[2]); }

// :vial.compile_file(Path, File): reads Path and compiles it as a script
// whose messages name File, into a module of its own; returns the module,
// whose __FILE__/1 runs the script's top level (Code.require_file/1 calls
// it in the calling process, so its receives and spawns are that
// process's).
Term compile_source(NativeCall& c, const std::string& source, const std::string& file);

Term vial_compile_file(NativeCall& c, const Term* a) {
  if (!a[0].is_binary()) return c.badarg(1, "not a binary");
  if (!a[1].is_binary()) return c.badarg(2, "not a binary");
  std::string path = binary_text(a[0]), file = binary_text(a[1]);
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return raise_exception(c, "Elixir.Code.LoadError", "could not load " + path + ". Reason: enoent");
  std::string source;
  char buf[65536];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) source.append(buf, n);
  std::fclose(f);
  return compile_source(c, source, file);
}

// :vial.compile_source(Source, File): compile_file's work on source text
// (`vial load` sends files' text to a node, runtime/node.h).
Term vial_compile_source(NativeCall& c, const Term* a) {
  if (!a[0].is_binary()) return c.badarg(1, "not a binary");
  if (!a[1].is_binary()) return c.badarg(2, "not a binary");
  return compile_source(c, binary_text(a[0]), binary_text(a[1]));
}

Term compile_source(NativeCall& c, const std::string& source, const std::string& file) {
  Heap heap;
  ReadResult read = read_string(heap, source, file);
  if (!read.ok) {
    std::string text = read.error.format();
    std::string prefix = "** (" + read.error.kind + ") ";
    if (text.rfind(prefix, 0) == 0) text = text.substr(prefix.size());
    while (!text.empty() && text.back() == '\n') text.pop_back();
    return raise_compile_error(c, read.error.kind, text);
  }
  static std::atomic<int> counter{0};
  Term name = intern_atom("elixir_file_" + std::to_string(++counter));
  ModuleImage image;
  CompileError error;
  if (!compile_script(read.form, file, &image, &error, name)) return raise_compile_error(c, error.kind, error.text());
  LoadError load_error;
  if (!load_module(std::move(image), &load_error)) return raise_compile_error(c, "CompileError", load_error.message);
  c.charge(static_cast<int>(source.size() / 16) + 1);
  return name;
}

// A module of the library built into this binary counts as loaded: it is
// loaded now if it was not yet (docs/compat.md).
bool loaded_or_builtin(Term module) {
  if (module_loaded(module)) return true;
  std::string_view name = atom_text(module);
  for (const EmbeddedModule& m : embedded_stdlib())
    if (name == m.name) return autoload(module);
  return false;
}

// :vial.builtin_module(Module): whether the library built into this binary
// provides Module and the program has not redefined it (Application's
// get_application/1).
Term vial_builtin_module(NativeCall& c, const Term* a) {
  if (!a[0].is_atom()) return c.badarg(1, "not an atom");
  if (builtin_version_current(a[0])) return atoms::true_;
  if (current_module(a[0])) return atoms::false_;  // a version the program made
  std::string_view name = atom_text(a[0]);
  for (const EmbeddedModule& m : embedded_stdlib())
    if (name == m.name) return atoms::true_;
  return atoms::false_;
}

// erlang:function_exported/3 (Kernel.function_exported?/3): whether the
// module is loaded and exports the function; it loads nothing from the
// code path.
Term erlang_function_exported(NativeCall& c, const Term* a) {
  if (!a[0].is_atom()) return c.badarg(1, "not an atom");
  if (!a[1].is_atom()) return c.badarg(2, "not an atom");
  if (!a[2].is_small() || a[2].small_value() < 0 || a[2].small_value() > 255)
    return c.badarg(3, "not a valid arity");
  auto arity = static_cast<std::uint32_t>(a[2].small_value());
  Export* e = find_export(a[0], a[1], arity);
  if (e && e->native) return atoms::true_;
  if (!loaded_or_builtin(a[0])) return atoms::false_;
  e = find_export(a[0], a[1], arity);
  return make_bool(e && (e->address.load(std::memory_order_acquire) || e->native));
}

// erlang:module_loaded/1: whether M is loaded now (it loads nothing).
Term erlang_module_loaded(NativeCall& c, const Term* a) {
  if (!a[0].is_atom()) return c.badarg(1, "not an atom");
  return make_bool(module_loaded(a[0]));
}

// Code.ensure_loaded/1: {:module, M} once M is loaded (from the built-in
// library or the code path), else {:error, :nofile}.
Term code_ensure_loaded(NativeCall& c, const Term* a) {
  if (!a[0].is_atom()) return c.error(atoms::function_clause);
  if (module_loaded(a[0]) || autoload(a[0])) return make_tuple(c.heap(), {atoms::module, a[0]});
  return make_tuple(c.heap(), {atoms::error, intern_atom("nofile")});
}
Term code_ensure_loaded_p(NativeCall& c, const Term* a) {
  if (!a[0].is_atom()) return c.error(atoms::function_clause);
  return make_bool(module_loaded(a[0]) || autoload(a[0]));
}

// --- code versions: the :code server's functions (docs/bytecode.md) -------------

// A charlist of `text` (BEAM's file names are charlists).
Term charlist(Heap& h, std::string_view text) {
  std::vector<Term> chars;
  for (unsigned char ch : text) chars.push_back(Term::small(ch));
  return make_list(h, chars);
}

// Where a loaded module's code came from, as :code.which/1 says it: the
// library built into this binary is :preloaded (as OTP's preloaded
// modules), a module compiled at run time [] (BEAM's "in memory").
Term code_origin(Term module) {
  if (builtin_version_current(module)) return intern_atom("preloaded");
  if (current_module(module)) return Term::nil();
  return module_loaded(module) ? intern_atom("preloaded") : Term::none();
}

Term code_is_loaded(NativeCall& c, const Term* a) {
  if (!a[0].is_atom()) return c.error(atoms::function_clause);
  Term origin = code_origin(a[0]);
  if (origin.is_none()) return atoms::false_;
  return make_tuple(c.heap(), {intern_atom("file"), origin});
}

Term code_which(NativeCall& c, const Term* a) {
  if (!a[0].is_atom()) return c.error(atoms::function_clause);
  Term origin = code_origin(a[0]);
  return origin.is_none() ? intern_atom("non_existing") : origin;
}

Term code_module_status(NativeCall& c, const Term* a) {
  if (!a[0].is_atom()) return c.error(atoms::function_clause);
  return intern_atom(code_origin(a[0]).is_none() ? "not_loaded" : "loaded");
}

Term code_all_loaded(NativeCall& c, const Term*) {
  std::vector<Term> out;
  for (const auto& m : loaded_modules()) {
    // The modules Vial makes for Code.eval_* and scripts are none of the program's.
    std::string_view name = atom_text(m->name);
    if (name.starts_with("elixir_eval_") || name.starts_with("elixir_file_") || name.starts_with("elixir_compiler_"))
      continue;
    out.push_back(make_tuple(c.heap(), {m->name, code_origin(m->name)}));
  }
  return make_list(c.heap(), out);
}

Term code_delete(NativeCall& c, const Term* a) {
  if (!a[0].is_atom()) return c.error(atoms::function_clause);
  switch (delete_module(a[0])) {
    case DeleteResult::kDeleted:
    case DeleteResult::kNothing:
      return atoms::true_;
    case DeleteResult::kHasOld:  // OTP also logs "Module M must be purged before deleting"
    case DeleteResult::kUnknown:
      return atoms::false_;
  }
  return atoms::false_;
}

// :code.get_object_code/1: Vial keeps no object code (BEAM's answer for a
// module compiled in memory).
Term code_get_object_code(NativeCall& c, const Term* a) {
  if (!a[0].is_atom()) return c.error(atoms::function_clause);
  return atoms::error;
}

Term erlang_check_old_code(NativeCall& c, const Term* a) {
  if (!a[0].is_atom()) return c.badarg(1, "not an atom");
  return make_bool(old_module(a[0]) != nullptr);
}

// Asks every process but the caller to check itself for the job (a
// kCodePurge signal); the caller answers for itself here. Returns false if
// the caller itself must die (it runs the code being purged).
bool ask_all(NativeCall& c, std::uint64_t id) {
  int delivered = 0;
  for (Term pid : all_pids()) {
    if (pid == c.process.pid) continue;
    Signal* s = make_signal(SignalKind::kCodePurge, c.process.pid, Term::nil());
    s->ref = Term::small(static_cast<std::int64_t>(id));
    if (deliver(pid, s)) ++delivered;
  }
  purge_round_sent(id, delivered + 1);
  return !answer_purge_check(c.process, id, true);
}

// Continues in :vial_code.purge_wait/1 (stdlib/code.ex), which polls
// :vial.purge_step/1 until the job is over; or, when the caller runs the
// code being purged itself, in purge_then_die/1: the purge goes on for the
// others, then the caller is killed, as OTP's code server kills it.
Term wait_for_purge(NativeCall& c, std::uint64_t id, bool caller_dies = false) {
  static const Word* wait = continuation_code(intern_atom("vial_code"), intern_atom("purge_wait"), 1);
  static const Word* die = continuation_code(intern_atom("vial_code"), intern_atom("purge_then_die"), 1);
  return c.trap(caller_dies ? die : wait, {Term::small(static_cast<std::int64_t>(id))});
}

Term code_purge(NativeCall& c, const Term* a) {
  if (!a[0].is_atom()) return c.error(atoms::function_clause);
  std::uint64_t id = begin_purge(a[0], PurgeMode::kPurge);
  if (id == 0) return atoms::false_;
  bool caller_dies = !ask_all(c, id);
  return wait_for_purge(c, id, caller_dies);
}

}  // namespace

Term purge_then_compile(NativeCall& c, Term name, Term body, Term file) {
  if (!c.can_trap || !old_module(name)) return atoms::false_;
  std::uint64_t id = begin_purge(name, PurgeMode::kPurge);
  if (id == 0) return atoms::false_;
  // A caller that runs the old code itself loads the module, then dies.
  bool caller_dies = !ask_all(c, id);
  static const Word* then = continuation_code(intern_atom("vial_code"), intern_atom("purge_then_compile"), 5);
  return c.trap(then, {Term::small(static_cast<std::int64_t>(id)), name, body, file, make_bool(caller_dies)});
}

namespace {

Term code_soft_purge(NativeCall& c, const Term* a) {
  if (!a[0].is_atom()) return c.error(atoms::function_clause);
  std::uint64_t id = begin_purge(a[0], PurgeMode::kSoft);
  if (id == 0) return atoms::true_;
  ask_all(c, id);
  return wait_for_purge(c, id);
}

Term erlang_check_process_code(NativeCall& c, const Term* a) {
  if (!a[0].is_pid()) return c.badarg(1, "not a pid");
  if (!a[1].is_atom()) return c.badarg(2, "not an atom");
  std::uint64_t id = begin_purge(a[1], PurgeMode::kCheck);
  if (id == 0) return atoms::false_;
  if (a[0] == c.process.pid) {
    purge_round_sent(id, 1);
    answer_purge_check(c.process, id, true);
    bool found = purge_progress(id).found_on_stack;
    finish_purge(id, false);
    return make_bool(found);
  }
  Signal* s = make_signal(SignalKind::kCodePurge, c.process.pid, Term::nil());
  s->ref = Term::small(static_cast<std::int64_t>(id));
  if (!deliver(a[0], s)) {
    finish_purge(id, false);
    return atoms::false_;
  }
  purge_round_sent(id, 1);
  return wait_for_purge(c, id);
}

// :vial.purge_step(Id): :wait while the round's answers are coming in;
// then the next round, or the end: purge/1's result (whether it killed a
// process), soft_purge/1's, or check_process_code/2's.
Term vial_purge_step(NativeCall& c, const Term* a) {
  if (!a[0].is_small()) return c.badarg(1, "not a purge job");
  auto id = static_cast<std::uint64_t>(a[0].small_value());
  PurgeProgress p = purge_progress(id);
  if (!p.known) return atoms::false_;
  if (!p.answered && !p.timed_out) return intern_atom("wait");
  switch (p.mode) {
    case PurgeMode::kCheck:
      finish_purge(id, false);
      return make_bool(p.found_on_stack);
    case PurgeMode::kSoft:
      if (p.found_on_stack) {
        finish_purge(id, true);
        return atoms::false_;
      }
      purge_next_round(id, PurgeMode::kPurge);
      ask_all(c, id);  // the caller was found not to run it
      return intern_atom("wait");
    case PurgeMode::kPurge:
      // Two rounds: a fun sent in a message made before the purge began
      // is in its receiver's queue by the second (docs/bytecode.md).
      if (p.purge_rounds < 2) {
        purge_next_round(id, PurgeMode::kPurge);
        ask_all(c, id);  // a caller that runs the code dies after the purge
        return intern_atom("wait");
      }
      finish_purge(id, false);
      return p.started_soft ? atoms::true_ : make_bool(p.killed > 0);
  }
  return atoms::false_;
}

// erlang:get_module_info/1,2 (what every module's module_info/0,1 calls).
Term module_info_item(NativeCall& c, const LoadedModule& m, Term item) {
  Heap& h = c.heap();
  std::string_view name = item.is_atom() ? atom_text(item) : std::string_view();
  auto pair = [&](Term f, std::uint32_t arity) { return make_tuple(h, {f, Term::small(arity)}); };
  if (name == "module") return m.name;
  if (name == "md5") return make_binary(h, std::string_view(reinterpret_cast<const char*>(m.md5), 16));
  if (name == "exports" || name == "functions") {
    std::vector<Term> out;
    for (const auto& f : m.functions)
      if (f.exported || name == "functions") out.push_back(pair(f.name, f.arity));
    return make_list(h, out);
  }
  if (name == "attributes") {
    // vsn: the digest as an integer, as BEAM's default vsn is the MD5's.
    std::vector<std::uint64_t> limbs(2);
    for (int i = 0; i < 8; ++i) {
      limbs[1] = (limbs[1] << 8) | m.md5[i];
      limbs[0] = (limbs[0] << 8) | m.md5[8 + i];
    }
    Term vsn = make_integer_from_limbs(h, limbs.data(), 2, false);
    return make_list(h, {make_tuple(h, {intern_atom("vsn"), make_list(h, {vsn})})});
  }
  if (name == "compile")
    return make_list(h, {make_tuple(h, {intern_atom("options"), Term::nil()}),
                         make_tuple(h, {intern_atom("source"), charlist(h, m.file)})});
  if (name == "nifs") return Term::nil();
  if (name == "native") return atoms::false_;
  return Term::none();
}

Term erlang_get_module_info2(NativeCall& c, const Term* a) {
  if (!a[0].is_atom()) return c.badarg(1, "not an atom");
  auto m = current_module(a[0]);
  if (!m) return c.badarg(1, "not a loaded module");
  Term r = module_info_item(c, *m, a[1]);
  if (r.is_none()) return c.error(atoms::badarg);  // BEAM: plain "argument error"
  return r;
}

Term erlang_get_module_info1(NativeCall& c, const Term* a) {
  if (!a[0].is_atom()) return c.badarg(1, "not an atom");
  auto m = current_module(a[0]);
  if (!m) return c.badarg(1, "not a loaded module");
  std::vector<Term> items;
  for (const char* k : {"module", "exports", "attributes", "compile", "md5"})
    items.push_back(make_tuple(c.heap(), {intern_atom(k), module_info_item(c, *m, intern_atom(k))}));
  return make_list(c.heap(), items);
}

// :vial.module_md5(Module): the current version's digest (16 bytes), or nil
// if the module is not loaded. What `vial load` compares to tell whether a
// module changed (docs/bytecode.md "Code versions").
Term vial_module_md5(NativeCall& c, const Term* a) {
  if (!a[0].is_atom()) return c.badarg(1, "not an atom");
  auto m = current_module(a[0]);
  if (!m) return atoms::nil;
  return make_binary(c.heap(), std::string_view(reinterpret_cast<const char*>(m->md5), 16));
}

}  // namespace

void register_code_builtins() {
  register_natives({
      {"code", "is_loaded", 1, code_is_loaded},
      {"code", "which", 1, code_which},
      {"code", "module_status", 1, code_module_status},
      {"code", "all_loaded", 0, code_all_loaded},
      {"code", "delete", 1, code_delete},
      {"code", "purge", 1, code_purge},
      {"code", "get_object_code", 1, code_get_object_code},
      {"code", "soft_purge", 1, code_soft_purge},
      {"erlang", "check_old_code", 1, erlang_check_old_code},
      {"erlang", "check_process_code", 2, erlang_check_process_code},
      {"erlang", "get_module_info", 1, erlang_get_module_info1},
      {"erlang", "get_module_info", 2, erlang_get_module_info2},
      {"vial", "purge_step", 1, vial_purge_step},
      {"vial", "module_md5", 1, vial_module_md5},
  });
  register_native(atoms::erlang, intern_atom("function_exported"), 3, erlang_function_exported);
  register_native(atoms::erlang, intern_atom("module_loaded"), 1, erlang_module_loaded);
  Term code = intern_atom("Elixir.Code");
  register_native(code, intern_atom("eval_string"), 1, eval_string1);
  register_native(code, intern_atom("eval_string"), 2, eval_string2);
  register_native(code, intern_atom("eval_string"), 3, eval_string3);
  register_native(code, intern_atom("eval_quoted"), 1, eval_quoted1);
  register_native(code, intern_atom("eval_quoted"), 2, eval_quoted2);
  register_native(code, intern_atom("eval_quoted"), 3, eval_quoted3);
  register_native(code, intern_atom("string_to_quoted!"), 1, string_to_quoted_bang);
  register_native(intern_atom("vial"), intern_atom("string_to_quoted"), 3, vial_string_to_quoted);
  register_native(code, intern_atom("ensure_loaded"), 1, code_ensure_loaded);
  register_native(intern_atom("vial"), intern_atom("compile_file"), 2, vial_compile_file);
  register_native(intern_atom("vial"), intern_atom("compile_source"), 2, vial_compile_source);
  register_native(intern_atom("vial"), intern_atom("builtin_module"), 1, vial_builtin_module);
  register_native(code, intern_atom("ensure_loaded?"), 1, code_ensure_loaded_p);
}

}  // namespace vial
