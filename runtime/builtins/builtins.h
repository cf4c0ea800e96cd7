// Native builtins (DESIGN.md §8): one file per module area, each registering
// its functions with register_native() (vm/module.h).
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "vm/native.h"

namespace vial {

// Registers every builtin; idempotent.
void register_builtins();

// One row of a builtin table: {module, function, arity} and its code.
struct NativeEntry {
  const char* module;  // "erlang", "Elixir.String", ...
  const char* name;
  std::uint32_t arity;
  NativeFn fn;
};
// Registers every row of a table (each file keeps one table of its builtins).
// Builtins that block (files, standard input) are registered as
// NativeKind::kDirtyIo: they run on the dirty threads (docs/processes.md).
void register_natives(std::initializer_list<NativeEntry> entries, NativeKind kind = NativeKind::kNormal);

void register_erlang_builtins();
void register_binary_builtins();
void register_comprehension_builtins();  // comprehension.cpp: for's into:/uniq:   // binary.cpp: :erlang's binary and iolist BIFs, :binary   // erlang.cpp: the :erlang BIFs Kernel inlines
void register_io_builtins();       // io.cpp: IO
void register_exception_builtins();  // exception.cpp: normalising errors into exception structs
void register_lists_builtins();    // lists.cpp: :lists
void register_map_builtins();      // map.cpp: :erlang map BIFs, :maps, Map, Access.get
void register_string_builtins();   // string.cpp: String, String.Chars, Integer, Kernel.inspect
void register_system_builtins();   // system.cpp: System
void register_os_builtins();       // os.cpp: :os, erlang:system_info/1, statistics/1
void register_module_builtins();   // module.cpp: defmodule's elixir_module:compile/2
void register_code_builtins();     // code.cpp: Code.eval_string, Code.eval_quoted, :code's versions
// code.cpp: when `name` has old code, starts purging it and continues in
// :vial_code.purge_then_compile/4 (purge, then elixir_module:compile/3);
// false (nothing done) when it has none or the call cannot trap; else
// Term::none() (a trap, or the caller was killed: it runs that code).
Term purge_then_compile(NativeCall& c, Term name, Term body, Term file);
void register_macro_builtins();    // macro.cpp: Macro.escape, Macro.to_string, ...
void register_data_builtins();
void register_text_builtins();     // text.cpp: atom/float/list conversions, :binary searches, case mapping
void register_pdict_builtins();    // pdict.cpp: the process dictionary (:erlang.put/get/erase)
void register_regex_builtins();    // regex.cpp: :re on PCRE2 (run, compile, inspect, version)
void register_file_builtins();     // file.cpp: File on POSIX (:vial.file_read/1, ...)
void register_unicode_builtins();  // unicode.cpp: String functions that count graphemes     // data.cpp: :erlang tuple/list/number conversions, :math
void register_protocol_builtins();  // protocol.cpp: protocol dispatch (:vial.protocol_impl/3)
void register_process_builtins();  // process.cpp: spawn, send, links, monitors, timers, names
void register_refs_builtins();     // refs.cpp: make_ref, self, node, is_reference
void register_time_builtins();     // time.cpp: monotonic/system time, unique_integer
void register_ets_builtins();      // ets.cpp: :ets tables
void register_global_terms_builtins();  // global_terms.cpp: :persistent_term, the application environment
void register_crypto_builtins();   // crypto.cpp: :crypto on OpenSSL (digests, HMAC, random bytes)
void register_inspect_builtins();   // inspect.cpp: :vial.inspect/3, documents, :vial.put_chars/2
void register_fun_builtins();      // fun.cpp: :erlang.fun_info/1,2, make_fun/3
void register_etf_builtins();      // etf.cpp: term_to_binary, binary_to_term, external_size

// The stack trace of `error` as Erlang shows it: [{M, F, Arity | Args,
// [file: ~c"...", line: N]}] (__STACKTRACE__, exit reasons).
Term stacktrace_term(Heap& h, const ErrorState& error);

// process_info(Pid, Item) of `p` (the process itself, or one switched out
// on this scheduler thread), built on `h`: {Item, Value}, nil for a
// registered_name that `p` has not, or none for an unknown item.
Term process_info_item(Process& p, Heap& h, Term item, bool self);
// process_info(Pid, Item | [Item]) for p: the reply; none if an item is bad.
Term process_info_reply(Process& p, Heap& h, Term items, bool self);

// erlang:monotonic_time(:millisecond) (time.cpp), for timers' abs: option.
std::int64_t monotonic_ms();

// What the running script sees of its invocation (System.argv/0, file names
// in compile errors).
struct ScriptContext {
  std::string file;
  std::vector<std::string> argv;
  // `vial compile -o DIR`: every module defined is also saved there as a
  // .vbc file (runtime/code_path.cpp). Empty when running.
  std::string output_dir;
};
ScriptContext& script_context();

// The exception struct `module_name` ("Elixir.ArgumentError") with `fields`
// over its defaults (loading the module from the library if needed).
Term make_exception(Heap& heap, std::string_view module_name,
                    std::initializer_list<std::pair<Term, Term>> fields);
// Raises `module_name` with the message `text` (exceptions with a message field).
Term raise_exception(NativeCall& c, std::string_view module_name, std::string_view text);

// Iodata (a binary, or a possibly nested list of bytes and binaries) as its
// bytes; false if `t` is not iodata (binary.cpp).
bool iodata_to_bytes(Term t, std::string* out);

// Chardata (a binary, or a possibly nested list of code points and
// binaries) as UTF-8 bytes; false if `t` is not chardata.
bool chardata_to_string(Term t, std::string* out);

// Unicode normalisation of valid UTF-8 by utf8proc (unicode.cpp).
enum class NormalForm { kNfc, kNfd, kNfkc, kNfkd };
std::string normalize_utf8(std::string_view s, NormalForm form);

// String.Chars.to_string/1 on the builtin types: the text, or false when
// the protocol is not implemented for `t`.
bool term_to_string(Term t, std::string* out);

// Raises Protocol.UndefinedError for String.Chars and `t` (with Elixir's
// "cannot convert a bitstring to a string" for a bitstring).
Term string_chars_undefined(NativeCall& c, Term t);

}  // namespace vial
