#include "vm/module.h"

#include <algorithm>

#include <atomic>
#include <deque>
#include <map>
#include <mutex>
#include <string_view>
#include <tuple>

#include "vm/atom.h"
#include "vm/map.h"
#include "vm/native.h"
#include "vm/printer.h"

namespace vial {

// --- the opcode table's derived forms ------------------------------------

namespace {
constexpr const char* kOpNames[] = {
#define OP(name, layout, rt) #name,
#include "vm/opcodes.def"
#undef OP
};
constexpr const char* kOpLayouts[] = {
#define OP(name, layout, rt) layout,
#include "vm/opcodes.def"
#undef OP
};
}  // namespace

const char* op_name(Op op) { return kOpNames[static_cast<std::size_t>(op)]; }
const char* op_layout(Op op) { return kOpLayouts[static_cast<std::size_t>(op)]; }

const ModuleImage::Function* LoadedModule::find(Term function, std::uint32_t arity) const {
  for (const auto& f : functions)
    if (f.name == function && f.arity == arity) return &f;
  return nullptr;
}

const Word* LoadedModule::entry(Term function, std::uint32_t arity) const {
  const auto* f = find(function, arity);
  return f ? code.data() + f->entry : nullptr;
}

// --- exports and modules ----------------------------------------------------

namespace {

using Mfa = std::tuple<Word, Word, std::uint32_t>;

struct Tables {
  std::mutex mutex;
  // A deque keeps entries in place as it grows, so Export* stay valid.
  std::deque<Export> exports;
  std::map<Mfa, Export*> export_index;
  struct Versions {
    std::shared_ptr<const LoadedModule> current;
    std::shared_ptr<const LoadedModule> old;
  };
  std::map<Word, Versions> modules;
  std::vector<std::shared_ptr<const LoadedModule>> retired;
};

Tables& tables() {
  static Tables t;
  return t;
}

Export* export_entry_locked(Tables& t, Term m, Term f, std::uint32_t a) {
  Mfa key{m.raw(), f.raw(), a};
  auto it = t.export_index.find(key);
  if (it != t.export_index.end()) return it->second;
  Export& e = t.exports.emplace_back();
  e.module = m;
  e.function = f;
  e.arity = a;
  t.export_index.emplace(key, &e);
  return &e;
}

}  // namespace

Export* export_entry(Term module, Term function, std::uint32_t arity) {
  Tables& t = tables();
  std::lock_guard lock(t.mutex);
  return export_entry_locked(t, module, function, arity);
}

Export* find_export(Term module, Term function, std::uint32_t arity) {
  Tables& t = tables();
  std::lock_guard lock(t.mutex);
  auto it = t.export_index.find(Mfa{module.raw(), function.raw(), arity});
  return it == t.export_index.end() ? nullptr : it->second;
}

void register_native(Term module, Term function, std::uint32_t arity, NativeFn fn, NativeKind kind) {
  Export* e = export_entry(module, function, arity);
  e->native = fn;
  e->native_kind = kind;
}

const Word* continuation_code(Term module, Term function, std::uint32_t arity) {
  // Lives as long as the program, like the export entry it names.
  Word* code = new Word[3];
  code[0] = reinterpret_cast<Word>(opcode_handlers()[static_cast<int>(Op::call_ext_only)]);
  code[1] = arity;
  code[2] = reinterpret_cast<Word>(export_entry(module, function, arity));
  return code;
}

std::shared_ptr<const LoadedModule> current_module(Term module) {
  Tables& t = tables();
  std::lock_guard lock(t.mutex);
  auto it = t.modules.find(module.raw());
  return it == t.modules.end() ? nullptr : it->second.current;
}

bool module_loaded(Term module) {
  if (current_module(module)) return true;
  // A module made of builtins only (IO, System, ...) is available too.
  Tables& t = tables();
  std::lock_guard lock(t.mutex);
  for (const auto& e : t.exports)
    if (e.module == module && e.native) return true;
  return false;
}

std::vector<const Export*> module_exports(Term module) {
  Tables& t = tables();
  std::lock_guard lock(t.mutex);
  std::vector<const Export*> out;
  for (const auto& e : t.exports)
    if (e.module == module && (e.native || e.address.load(std::memory_order_acquire))) out.push_back(&e);
  return out;
}

namespace {
std::atomic<Autoloader> g_autoloader{nullptr};
}  // namespace

void set_autoloader(Autoloader loader) { g_autoloader.store(loader); }

bool autoload(Term module) {
  Autoloader loader = g_autoloader.load();
  if (!loader || !module.is_atom()) return false;
  // One load at a time: a process on another scheduler that wants the same
  // module waits for it and then finds it loaded (loading one module may
  // load others, hence recursive).
  static std::recursive_mutex loading;
  std::lock_guard<std::recursive_mutex> lock(loading);
  if (current_module(module)) return true;
  return loader(module);
}

// --- the loader -------------------------------------------------------------

namespace {

// Verifies one register reference operand.
bool check_reg(Word w, bool dest, std::string* why) {
  if (!is_reg_ref(w)) {
    if (dest) *why = "destination is not a register";
    return !dest;  // a source may be a literal
  }
  if (is_y_ref(w) ? reg_index(w) >= (1u << 20) : reg_index(w) >= kMaxXRegs) {
    *why = "register index out of range";
    return false;
  }
  if ((w & 7) != 0 && (w & 7) != 4) {
    *why = "malformed register reference";
    return false;
  }
  return true;
}

}  // namespace

namespace {

// vm/specialize.def as data: the generic op, its operand kinds, and the
// index of the handler in specialized_handlers().
struct Specialization {
  Op generic;
  const char* kinds;
};
constexpr Specialization kSpecializations[] = {
#define SPEC(generic, kinds, name) {Op::generic, kinds},
#define FUSE(first, kinds1, second, kinds2, name)
#define SEQ(name)
#include "vm/specialize.def"
#undef SEQ
#undef FUSE
#undef SPEC
};
// The fused pairs; their handlers follow the SPEC ones in the table.
struct Fusion {
  Op first;
  const char* kinds1;
  Op second;
  const char* kinds2;
};
constexpr Fusion kFusions[] = {
#define SPEC(generic, kinds, name)
#define FUSE(first, kinds1, second, kinds2, name) {Op::first, kinds1, Op::second, kinds2},
#define SEQ(name)
#include "vm/specialize.def"
#undef SEQ
#undef FUSE
#undef SPEC
};

// The sequences, by name; their handlers follow the FUSE ones.
enum class Seq {
#define SPEC(generic, kinds, name)
#define FUSE(first, kinds1, second, kinds2, name)
#define SEQ(name) name,
#include "vm/specialize.def"
#undef SEQ
#undef FUSE
#undef SPEC
};

// The kind of one S or D operand word: Z (x0), X (another x register), Y,
// C (a literal small integer), A (another immediate literal: an atom, [],
// a pid) or '?' (a boxed literal). A U operand's kind is its value, 0-9, or N.
char operand_kind(Word w) {
  if (is_reg_ref(w)) return is_y_ref(w) ? 'Y' : reg_index(w) == 0 ? 'Z' : 'X';
  Term t = Term::from_raw(w);
  return t.is_small() ? 'C' : t.is_immediate() ? 'A' : '?';
}

// Whether operand kinds match a pattern of vm/specialize.def, in which '.'
// matches any kind and X any x register (x0 included).
bool kinds_match(std::string_view pattern, std::string_view kinds) {
  if (pattern.size() != kinds.size()) return false;
  for (std::size_t i = 0; i < kinds.size(); ++i)
    if (pattern[i] != '.' && pattern[i] != kinds[i] && !(pattern[i] == 'X' && kinds[i] == 'Z') &&
        !(pattern[i] == 'U' && kinds[i] == 'C'))
      return false;
  return true;
}

// The operand kinds of the (verified) instruction at `insn` into `kinds`
// (at most 7), and its length in words; false for an instruction with a
// variable-length operand list, which is never specialised.
bool operand_kinds(Op op, const Word* insn, char (&kinds)[8], std::size_t* length) {
  std::size_t n = 0;
  const Word* at = insn + 1;
  for (const char* k = op_layout(op); *k; ++k, ++at) {
    if (*k == 'V' || *k == 'J') return false;
    if ((*k == 'S' || *k == 'D') && n < sizeof kinds - 1) kinds[n++] = operand_kind(*at);
    if (*k == 'U' && n < sizeof kinds - 1) kinds[n++] = *at < 10 ? static_cast<char>('0' + *at) : 'N';
  }
  kinds[n] = 0;
  *length = static_cast<std::size_t>(at - insn);
  return true;
}

// Stores the literal small integers that `pattern` marks U without their
// tag (the handler adds them to tagged words as they are).
void untag_literals(Op op, Word* insn, const char* pattern) {
  std::size_t i = 0;
  Word* at = insn + 1;
  for (const char* k = op_layout(op); *k && pattern[i]; ++k, ++at) {
    if (*k != 'S' && *k != 'D' && *k != 'U') continue;
    if (pattern[i] == 'U') *at -= Term::kSmallTag;
    ++i;
  }
}

// The specialised handler for the (verified) instruction at `insn`, or null.
// `next` is the following instruction (still an opcode number), or null at
// the end of the code: a fused pair is preferred. `*pattern` is set to the
// kinds pattern the handler was chosen by (its U operands must be untagged).
const void* specialized_handler(Op op, const Word* insn, const Word* begin, const Word* end,
                                const char** pattern) {
  *pattern = nullptr;
  char kinds[8];
  std::size_t length;
  if (!operand_kinds(op, insn, kinds, &length)) return nullptr;
  const void* const* handlers = specialized_handlers();
  const Word* next = insn + length;
  constexpr std::size_t kSeqBase = std::size(kSpecializations) + std::size(kFusions);
  // allocate N; move x0 y0; ...; move x(K-1) y(K-1) with K >= 2 (moves are 3 words).
  // A tail call to a label at most 96 words back: the target is computed.
  auto back = [&](Op call, const Word* at) -> std::size_t {
    if (call != Op::call_only) return 0;
    Word l = at[2];
    std::size_t here = static_cast<std::size_t>(at - begin);
    return l != kNoLabel && l < here && here - l >= 2 && here - l <= 96 ? here - l : 0;
  };
  if (std::size_t d = back(op, insn))
    return handlers[kSeqBase + static_cast<std::size_t>(Seq::call_only_back_2) + (d - 2)];
  bool next_is_loop = next < end && back(static_cast<Op>(next[0]), next) != 0;
  if (op == Op::allocate) {
    std::size_t k = 0;
    while (k < 5 && next + 3 * k + 3 <= end && static_cast<Op>(next[3 * k]) == Op::move &&
           next[3 * k + 1] == x_reg(static_cast<std::uint32_t>(k)) && next[3 * k + 2] == y_reg(static_cast<std::uint32_t>(k)) && k < insn[1])
      ++k;
    std::size_t n = insn[1];
    // allocate_save_N_K, ordered by N then K (2 <= K <= N <= 5).
    if (k >= 2 && n <= 5)
      return handlers[kSeqBase + static_cast<std::size_t>(Seq::allocate_save_2_2) + (n - 2) * (n - 1) / 2 + (k - 2)];
  }
  if (next < end && !next_is_loop) {
    Op op2 = static_cast<Op>(*next);
    char kinds2[8];
    std::size_t length2;
    if (operand_kinds(op2, next, kinds2, &length2))
      for (std::size_t i = 0; i < std::size(kFusions); ++i) {
        const Fusion& f = kFusions[i];
        if (f.first == op && f.second == op2 && kinds_match(f.kinds1, kinds) &&
            (std::string_view(f.kinds2) == "*" || kinds_match(f.kinds2, kinds2)))
        {
          *pattern = f.kinds1;
          return handlers[std::size(kSpecializations) + i];
        }
      }
  }
  for (std::size_t i = 0; i < std::size(kSpecializations); ++i)
    if (kSpecializations[i].generic == op && kinds_match(kSpecializations[i].kinds, kinds)) {
      *pattern = kSpecializations[i].kinds;
      return handlers[i];
    }
  return nullptr;
}

}  // namespace

namespace {
std::atomic<std::uint64_t> g_load_generation{0};
}  // namespace

std::uint64_t module_load_generation() { return g_load_generation.load(std::memory_order_acquire); }

std::shared_ptr<const LoadedModule> load_module(ModuleImage image, LoadError* error) {
  g_load_generation.fetch_add(1, std::memory_order_acq_rel);
  auto mod = std::make_shared<LoadedModule>();
  mod->name = image.name;
  mod->file = image.file;
  mod->lines = image.lines;
  mod->functions = image.functions;
  mod->literals = image.literals;
  mod->code = std::move(image.code);
  std::vector<Word>& code = mod->code;
  const std::size_t n = code.size();
  const void* const* handlers = opcode_handlers();

  std::vector<Export*> imports;
  for (const auto& imp : image.imports) imports.push_back(export_entry(imp.module, imp.function, imp.arity));

  auto fail = [&](std::size_t at, const std::string& why) {
    if (error) error->message = "bad bytecode at " + std::to_string(at) + ": " + why;
    return nullptr;
  };
  // Instruction starts, so that labels can be checked to land on one.
  std::vector<bool> starts(n + 1, false);
  for (std::size_t pc = 0; pc < n;) {
    starts[pc] = true;
    Word opw = code[pc];
    if (opw >= kOpCount) return fail(pc, "unknown opcode");
    Op op = static_cast<Op>(opw);
    std::size_t at = pc + 1;
    for (const char* k = op_layout(op); *k; ++k) {
      if (at >= n) return fail(pc, "truncated instruction");
      std::string why;
      switch (*k) {
        case 'S':
        case 'D':
          if (!check_reg(code[at], *k == 'D', &why)) return fail(pc, why);
          ++at;
          break;
        case 'Y':
          if (!is_y_ref(code[at]) || !check_reg(code[at], true, &why)) return fail(pc, "operand is not a y slot");
          ++at;
          break;
        case 'L':
          // A switch has nowhere to raise: every one of its exits is a label.
          if (code[at] == kNoLabel && (op == Op::select_val || op == Op::select_tuple_arity || op == Op::select_list))
            return fail(pc, "a switch needs a fail label");
          ++at;
          break;
        case 'U':
        case 'T':
          ++at;
          break;
        case 'J': {
          Word count = code[at++];
          if (count > (n - at) / 2) return fail(pc, "truncated jump table");
          // The handlers search the table by raw word, and atoms' raw words
          // depend on this VM's atom table, so the loader sorts it.
          std::vector<std::pair<Word, Word>> pairs(count);
          for (Word i = 0; i < count; ++i) pairs[i] = {code[at + 2 * i], code[at + 2 * i + 1]};
          std::sort(pairs.begin(), pairs.end());
          for (Word i = 0; i < count; ++i) std::tie(code[at + 2 * i], code[at + 2 * i + 1]) = pairs[i];
          for (Word i = 0; i < count; ++i, at += 2) {
            Word v = code[at];
            if (!Term::from_raw(v).is_immediate()) return fail(pc, "jump table value is not an immediate");
            if (i > 0 && v == code[at - 2]) return fail(pc, "a jump table value appears twice");
            if (code[at + 1] == kNoLabel) return fail(pc, "a switch needs every label");
          }
          break;
        }
        case 'I':
          if (code[at] >= imports.size()) return fail(pc, "import index out of range");
          ++at;
          break;
        case 'V': {
          Word count = code[at++];
          if (count > n - at) return fail(pc, "truncated operand list");
          for (Word i = 0; i < count; ++i)
            if (!check_reg(code[at++], false, &why)) return fail(pc, why);
          break;
        }
      }
    }
    // apply_list's U says which of apply/2 and apply/3 it is.
    if ((op == Op::apply_list || op == Op::apply_list_last) && code[pc + 1] != 2 && code[pc + 1] != 3)
      return fail(pc, "apply_list takes 2 or 3 operands");
    pc = at;
  }
  for (const auto& f : mod->functions)
    if (f.entry >= n || !starts[f.entry]) return fail(f.entry, "function entry is not an instruction");
  // Second pass: thread opcodes and resolve labels and imports.
  for (std::size_t pc = 0; pc < n;) {
    Op op = static_cast<Op>(code[pc]);
    const char* pattern;
    const void* special = specialized_handler(op, &code[pc], code.data(), code.data() + n, &pattern);
    code[pc] = reinterpret_cast<Word>(special ? special : handlers[code[pc]]);
    if (pattern) untag_literals(op, &code[pc], pattern);
    std::size_t at = pc + 1;
    for (const char* k = op_layout(op); *k; ++k) {
      switch (*k) {
        case 'L':
          if (code[at] == kNoLabel) {
            code[at] = 0;  // the handler raises instead of jumping
          } else {
            if (code[at] >= n || !starts[code[at]]) return fail(pc, "label is not an instruction");
            code[at] = reinterpret_cast<Word>(code.data() + code[at]);
          }
          ++at;
          break;
        case 'I':
          code[at] = reinterpret_cast<Word>(imports[code[at]]);
          ++at;
          break;
        case 'V':
          at += 1 + code[at];
          break;
        case 'J': {
          Word count = code[at++];
          for (Word i = 0; i < count; ++i, at += 2) {
            if (code[at + 1] >= n || !starts[code[at + 1]]) return fail(pc, "label is not an instruction");
            code[at + 1] = reinterpret_cast<Word>(code.data() + code[at + 1]);
          }
          break;
        }
        default:
          ++at;
      }
    }
    pc = at;
  }

  // A struct module's defaults are known from the moment it is loaded
  // (inspect prints %Mod{...}; the compiler expands %Mod{...} against them).
  if (!image.struct_info.is_none())
    register_struct(image.name, image.struct_info.element(0), image.struct_info.element(1),
                    image.struct_info.element(2));
  std::shared_ptr<const LoadedModule> loaded = mod;
  Tables& t = tables();
  std::lock_guard lock(t.mutex);
  auto& versions = t.modules[image.name.raw()];
  // A version pushed out of "old" would be purged. Until purging kills the
  // processes (and closures) still using it, its code is kept instead, so no
  // running code or closure can dangle.
  if (versions.old) t.retired.push_back(versions.old);
  versions.old = versions.current;
  versions.current = loaded;
  // Repoint every export of this module: the new version's functions, and
  // null for functions the new version no longer exports.
  for (auto& e : t.exports)
    if (e.module == image.name && !e.native) e.address.store(nullptr, std::memory_order_release);
  for (const auto& f : loaded->functions)
    if (f.exported) export_entry_locked(t, image.name, f.name, f.arity)->address.store(loaded->code.data() + f.entry, std::memory_order_release);
  return loaded;
}

bool locate_code(const Word* pc, bool return_address, CodeLocation* out) {
  Tables& t = tables();
  std::lock_guard lock(t.mutex);
  auto search = [&](const LoadedModule* m) {
    if (!m || m->code.empty() || pc < m->code.data() || pc >= m->code.data() + m->code.size()) return false;
    auto offset = static_cast<std::uint32_t>(pc - m->code.data());
    if (return_address && offset > 0) --offset;
    out->module = m->name;
    out->file = m->file;
    out->function = nullptr;
    for (const auto& f : m->functions)
      if (f.entry <= offset && (!out->function || f.entry > out->function->entry)) {
        out->function = &f;
        out->function_index = static_cast<std::uint32_t>(&f - m->functions.data());
      }
    out->line = 0;
    for (const auto& l : m->lines) {
      if (l.offset > offset) break;
      out->line = l.line;
    }
    return out->function != nullptr;
  };
  for (const auto& [name, v] : t.modules)
    if (search(v.current.get()) || search(v.old.get())) return true;
  for (const auto& m : t.retired)
    if (search(m.get())) return true;
  return false;
}

// --- the disassembler -----------------------------------------------------------

namespace {
std::string operand_text(Word w) {
  if (is_reg_ref(w)) {
    std::string text = is_y_ref(w) ? "y" : "x";
    text += std::to_string(reg_index(w));
    return text;
  }
  return inspect(Term::from_raw(w));
}
}  // namespace

std::string disassemble(const ModuleImage& image) {
  std::string out;
  const auto& code = image.code;
  for (std::size_t pc = 0; pc < code.size();) {
    for (const auto& f : image.functions)
      if (f.entry == pc)
        out += "function " + std::string(atom_text(f.name)) + "/" + std::to_string(f.arity) + ":\n";
    if (code[pc] >= kOpCount) {
      out += std::to_string(pc) + ": ???\n";
      break;
    }
    Op op = static_cast<Op>(code[pc]);
    out += "  " + std::to_string(pc) + ": " + op_name(op);
    std::size_t at = pc + 1;
    for (const char* k = op_layout(op); *k && at < code.size(); ++k) {
      Word w = code[at++];
      switch (*k) {
        case 'S':
        case 'D':
        case 'Y':
          out += " " + operand_text(w);
          break;
        case 'L':
          out += w == kNoLabel ? std::string(" -") : " @" + std::to_string(w);
          break;
        case 'U':
          out += " " + std::to_string(w);
          break;
        case 'T':
          out += " " + inspect(Term::from_raw(w));
          break;
        case 'I': {
          const auto& imp = image.imports[w];
          out += " " + inspect(imp.module) + "." + std::string(atom_text(imp.function)) + "/" +
                 std::to_string(imp.arity);
          break;
        }
        case 'V':
          out += " [";
          for (Word i = 0; i < w && at < code.size(); ++i) {
            if (i) out += " ";
            out += operand_text(code[at++]);
          }
          out += "]";
          break;
        case 'J':
          out += " {";
          for (Word i = 0; i < w && at + 1 < code.size(); ++i, at += 2) {
            if (i) out += ", ";
            out += inspect(Term::from_raw(code[at])) + " => @" + std::to_string(code[at + 1]);
          }
          out += "}";
          break;
      }
    }
    out += "\n";
    pc = at;
  }
  return out;
}

}  // namespace vial
