#include "compiler/compile.h"

#include "compiler/codegen.h"
#include "compiler/lower.h"
#include "vm/atom.h"

namespace vial {

std::string CompileError::text() const {
  // Only CompileError names the place; ArgumentError and others are raised
  // by running code and show just their message.
  if (kind != "CompileError") return message;
  std::string where = file;
  if (line > 0) where += ":" + std::to_string(line);
  return where + ": " + message;
}

std::string CompileError::format() const { return "** (" + kind + ") " + text() + "\n"; }

Term script_module_name() { return intern_atom("elixir_compiler_0"); }

bool compile_script(Term form, const std::string& file, ModuleImage* out, CompileError* error, Term name) {
  // The heap holds terms that expansion builds; the image copies what it keeps.
  Heap heap;
  ir::Module m;
  m.name = name.is_none() ? script_module_name() : name;
  if (!lower_script(heap, form, file, &m, error)) return false;
  return generate_module(m, file, out, error);
}

bool compile_module(Term name, Term body, const std::string& file, ModuleImage* out, CompileError* error,
                    std::vector<NestedModule>* nested, const DefineNested* define_nested) {
  Heap heap;
  ir::Module m;
  if (!lower_module(heap, name, body, file, &m, error, nested, define_nested)) return false;
  return generate_module(m, file, out, error);
}

bool compile_eval(Term name, Term form, const std::vector<Term>& names, const std::string& file,
                  ModuleImage* out, CompileError* error, Term env) {
  Heap heap;
  ir::Module m;
  m.name = name;
  if (!lower_eval(heap, form, names, file, &m, error, env)) return false;
  return generate_module(m, file, out, error);
}

}  // namespace vial
