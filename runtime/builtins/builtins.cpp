#include "runtime/builtins/builtins.h"
#include "runtime/code_path.h"
#include "runtime/node.h"

#include <mutex>

namespace vial {

void register_natives(std::initializer_list<NativeEntry> entries, NativeKind kind) {
  for (const NativeEntry& e : entries)
    register_native(intern_atom(e.module), intern_atom(e.name), e.arity, e.fn, kind);
}

void register_builtins() {
  static std::once_flag once;
  std::call_once(once, [] {
    register_erlang_builtins();
    register_binary_builtins();
    register_comprehension_builtins();
    register_io_builtins();
    register_exception_builtins();
    register_lists_builtins();
    register_map_builtins();
    register_string_builtins();
    register_system_builtins();
    register_os_builtins();
    register_crypto_builtins();
    register_global_terms_builtins();
    register_module_builtins();
    register_code_builtins();
    register_macro_builtins();
    register_data_builtins();
    register_unicode_builtins();
    register_text_builtins();
    register_pdict_builtins();
    register_regex_builtins();
    register_file_builtins();
    register_protocol_builtins();
    register_refs_builtins();
    register_process_builtins();
    register_time_builtins();
    register_inspect_builtins();
    register_ets_builtins();
    register_fun_builtins();
    register_etf_builtins();
    register_node_builtins();
    install_autoloader();
  });
}

ScriptContext& script_context() {
  static ScriptContext context;
  return context;
}

}  // namespace vial
