#include "vm/module.h"

#include <algorithm>

#include <atomic>
#include <chrono>
#include <cstring>
#include <deque>
#include <map>
#include <mutex>
#include <string_view>
#include <tuple>

#include "vm/atom.h"
#include "vm/fun.h"
#include "vm/hash.h"
#include "vm/process.h"
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
  // Versions pushed out of "old" without a purge (a load that could not
  // wait for one), and purged versions that something may still reach:
  // kept, so no running code or fun dangles (docs/bytecode.md).
  std::vector<std::shared_ptr<const LoadedModule>> retired;
  // Versions being purged (searched by locate_code until the job ends).
  std::vector<std::shared_ptr<const LoadedModule>> purging;
  // The literal areas of purged versions that a process still refers to.
  std::vector<std::shared_ptr<Heap>> pinned_literals;
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

// The digest of a module's bytecode (module_info(:md5)): two FNV-1a streams
// over the words of the image as the compiler made it, with atoms by their
// text and boxed literals by their value (their addresses differ from one
// load to the next), so that the same source gives the same digest.
struct Digest {
  std::uint64_t a = 14695981039346656037ull, b = 0x6c62272e07bb0142ull;
  void byte(unsigned char c) {
    a = (a ^ c) * 1099511628211ull;
    b = (b ^ c) * 0x100000001b3ull + 0x9e3779b97f4a7c15ull;
  }
  void add(Word w) {
    for (int i = 0; i < 8; ++i) byte(static_cast<unsigned char>(w >> (8 * i)));
  }
  void add_atom(Term t) {
    std::string_view text = atom_text(t);
    add(text.size());
    for (char c : text) byte(static_cast<unsigned char>(c));
  }
  void add_term(Term t) {
    if (t.is_atom()) {
      add(1);
      add_atom(t);
    } else if (t.is_immediate()) {
      add(2);
      add(t.raw());
    } else {
      add(3);
      add(phash2(t));
      add(internal_hash(t, 0x5bd1e995));
      add(internal_hash(t, 0x27d4eb2f));
    }
  }
  void finish(unsigned char (&out)[16]) const {
    for (int i = 0; i < 8; ++i) {
      out[i] = static_cast<unsigned char>(a >> (8 * i));
      out[8 + i] = static_cast<unsigned char>(b >> (8 * i));
    }
  }
};

// Every module exports module_info/0,1, as BEAM's do: two functions added
// to the image (unless it has them) that call erlang:get_module_info/1,2
// with the module's name.
void add_module_info(ModuleImage& image) {
  Term name = intern_atom("module_info");
  for (const auto& f : image.functions)
    if (f.name == name) return;
  auto import = [&](std::uint32_t arity) {
    image.imports.push_back({atoms::erlang, intern_atom("get_module_info"), arity});
    return static_cast<Word>(image.imports.size() - 1);
  };
  auto op = [](Op o) { return static_cast<Word>(o); };
  auto& code = image.code;
  image.functions.push_back({name, 0, static_cast<std::uint32_t>(code.size()), true, -1});
  code.insert(code.end(), {op(Op::move), image.name.raw(), x_reg(0), op(Op::call_ext_only), 1, import(1)});
  image.functions.push_back({name, 1, static_cast<std::uint32_t>(code.size()), true, -1});
  code.insert(code.end(), {op(Op::move), x_reg(0), x_reg(1), op(Op::move), image.name.raw(), x_reg(0),
                           op(Op::call_ext_only), 2, import(2)});
}
}  // namespace

std::uint64_t module_load_generation() { return g_load_generation.load(std::memory_order_acquire); }

std::shared_ptr<const LoadedModule> load_module(ModuleImage image, LoadError* error) {
  g_load_generation.fetch_add(1, std::memory_order_acq_rel);
  // The image as the compiler made it ends at orig_n; module_info/0,1
  // follow (verified like the rest, but no instruction may run into them).
  const std::size_t orig_n = image.code.size(), orig_functions = image.functions.size();
  add_module_info(image);
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
  Digest digest;
  digest.add_atom(image.name);
  for (const auto& f : image.functions) {
    digest.add_atom(f.name);
    digest.add(f.arity);
    digest.add(f.entry);
    digest.add(f.exported);
  }

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
    digest.add(opw);
    std::size_t at = pc + 1;
    for (const char* k = op_layout(op); *k; ++k) {
      const std::size_t limit = pc < orig_n ? orig_n : n;
      if (at >= limit) return fail(pc, "truncated instruction");
      std::string why;
      switch (*k) {
        case 'S':
        case 'D':
          if (!check_reg(code[at], *k == 'D', &why)) return fail(pc, why);
          if (is_reg_ref(code[at])) digest.add(code[at]);
          else digest.add_term(Term::from_raw(code[at]));
          ++at;
          break;
        case 'Y':
          if (!is_y_ref(code[at]) || !check_reg(code[at], true, &why)) return fail(pc, "operand is not a y slot");
          digest.add(code[at]);
          ++at;
          break;
        case 'L':
          // A switch has nowhere to raise: every one of its exits is a label.
          if (code[at] == kNoLabel && (op == Op::select_val || op == Op::select_tuple_arity || op == Op::select_list))
            return fail(pc, "a switch needs a fail label");
          digest.add(code[at]);
          ++at;
          break;
        case 'U':
          digest.add(code[at]);
          ++at;
          break;
        case 'T':
          digest.add_term(Term::from_raw(code[at]));
          ++at;
          break;
        case 'J': {
          Word count = code[at++];
          if (count > (limit - at) / 2) return fail(pc, "truncated jump table");
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
            digest.add_term(Term::from_raw(v));
            digest.add(code[at + 1]);
          }
          break;
        }
        case 'I': {
          if (code[at] >= imports.size()) return fail(pc, "import index out of range");
          const auto& imp = image.imports[code[at]];
          digest.add_atom(imp.module);
          digest.add_atom(imp.function);
          digest.add(imp.arity);
          ++at;
          break;
        }
        case 'V': {
          Word count = code[at++];
          if (count > limit - at) return fail(pc, "truncated operand list");
          digest.add(count);
          for (Word i = 0; i < count; ++i) {
            if (!check_reg(code[at], false, &why)) return fail(pc, why);
            if (is_reg_ref(code[at])) digest.add(code[at]);
            else digest.add_term(Term::from_raw(code[at]));
            ++at;
          }
          break;
        }
      }
    }
    // apply_list's U says which of apply/2 and apply/3 it is.
    if ((op == Op::apply_list || op == Op::apply_list_last) && code[pc + 1] != 2 && code[pc + 1] != 3)
      return fail(pc, "apply_list takes 2 or 3 operands");
    pc = at;
  }
  for (std::size_t i = 0; i < orig_functions; ++i)
    if (const auto& f = mod->functions[i]; f.entry >= orig_n)
      return fail(f.entry, "function entry is not an instruction");
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
            if (code[at] >= orig_n || !starts[code[at]]) return fail(pc, "label is not an instruction");
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
            if (code[at + 1] >= orig_n || !starts[code[at + 1]]) return fail(pc, "label is not an instruction");
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
  digest.finish(mod->md5);
  std::shared_ptr<const LoadedModule> loaded = mod;
  Tables& t = tables();
  std::lock_guard lock(t.mutex);
  auto& versions = t.modules[image.name.raw()];
  // The runtime purges the old version before loading another (defmodule,
  // runtime/builtins/module.cpp); a load that could not wait for a purge
  // retires it instead: kept, so no running code or fun can dangle.
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

// --- code versions and purging ----------------------------------------------

std::atomic<int> g_purges_running{0};

std::shared_ptr<const LoadedModule> old_module(Term module) {
  Tables& t = tables();
  std::lock_guard lock(t.mutex);
  auto it = t.modules.find(module.raw());
  return it == t.modules.end() ? nullptr : it->second.old;
}

bool module_known(Term module) {
  Tables& t = tables();
  std::lock_guard lock(t.mutex);
  return t.modules.count(module.raw()) > 0;
}

std::vector<std::shared_ptr<const LoadedModule>> loaded_modules() {
  Tables& t = tables();
  std::lock_guard lock(t.mutex);
  std::vector<std::shared_ptr<const LoadedModule>> out;
  for (const auto& [name, v] : t.modules)
    if (v.current) out.push_back(v.current);
  return out;
}

DeleteResult delete_module(Term module) {
  g_load_generation.fetch_add(1, std::memory_order_acq_rel);
  Tables& t = tables();
  std::lock_guard lock(t.mutex);
  auto it = t.modules.find(module.raw());
  if (it == t.modules.end()) return DeleteResult::kUnknown;
  auto& v = it->second;
  if (v.old) return DeleteResult::kHasOld;
  if (!v.current) return DeleteResult::kNothing;
  v.old = std::move(v.current);
  v.current = nullptr;
  for (auto& e : t.exports)
    if (e.module == module && !e.native) e.address.store(nullptr, std::memory_order_release);
  return DeleteResult::kDeleted;
}

namespace {

using SteadyClock = std::chrono::steady_clock;

struct PurgeJob {
  std::uint64_t id = 0;
  std::atomic<PurgeMode> mode{PurgeMode::kPurge};
  std::shared_ptr<const LoadedModule> version;
  const Word* lo = nullptr;  // its code
  const Word* hi = nullptr;
  // The purged funs that the version's funs become, by code offset.
  std::map<std::uint32_t, PurgedFun*> tombstones;
  int round = 0;
  int purge_rounds = 0;
  bool started_soft = false;
  std::atomic<int> pending{0};
  SteadyClock::time_point round_started;
  bool round_sent = false;
  bool incomplete = false;  // a round ended without every answer
  std::atomic<bool> found_on_stack{false};
  std::atomic<bool> found_literals{false};
  std::atomic<int> killed{0};
};

struct PurgeJobs {
  std::mutex mutex;
  std::map<std::uint64_t, std::shared_ptr<PurgeJob>> jobs;
  std::uint64_t next_id = 1;
  // Purged funs live as long as the VM (funs may name them).
  std::deque<PurgedFun> tombstones;
};

PurgeJobs& purge_jobs() {
  static PurgeJobs j;
  return j;
}

std::shared_ptr<PurgeJob> find_job(std::uint64_t id) {
  PurgeJobs& j = purge_jobs();
  std::lock_guard lock(j.mutex);
  auto it = j.jobs.find(id);
  return it == j.jobs.end() ? nullptr : it->second;
}

// How long a round waits for the last answers (a process in a long dirty
// builtin cannot answer): after that the version is kept, not freed.
constexpr auto kRoundPatience = std::chrono::seconds(5);

// Makes a local fun of the job's version a purged fun.
void bury(const PurgeJob& job, Word* fun) {
  auto at = reinterpret_cast<const Word*>(fun[1]);
  auto it = job.tombstones.find(static_cast<std::uint32_t>(at - job.lo));
  if (it == job.tombstones.end()) return;  // not a fun entry (cannot happen)
  fun[1] = reinterpret_cast<Word>(it->second);
  fun[2] |= kFunPurged;
}

bool is_live_local_fun(const Word* obj) {
  Word h = obj[0];
  return Term::header_subtag(h) == Subtag::FUN && !(obj[2] & (kFunExternal | kFunPurged));
}

}  // namespace

std::uint64_t begin_purge(Term module, PurgeMode mode) {
  std::shared_ptr<const LoadedModule> version;
  {
    Tables& t = tables();
    std::lock_guard lock(t.mutex);
    auto it = t.modules.find(module.raw());
    if (it == t.modules.end() || !it->second.old) return 0;
    version = it->second.old;
    if (mode != PurgeMode::kCheck) {
      it->second.old = nullptr;
      t.purging.push_back(version);
    }
  }
  auto job = std::make_shared<PurgeJob>();
  job->mode = mode;
  job->started_soft = mode == PurgeMode::kSoft;
  job->purge_rounds = mode == PurgeMode::kPurge ? 1 : 0;
  job->version = version;
  job->lo = version->code.data();
  job->hi = version->code.data() + version->code.size();
  PurgeJobs& j = purge_jobs();
  std::lock_guard lock(j.mutex);
  for (std::size_t i = 0; i < version->functions.size(); ++i) {
    const auto& f = version->functions[i];
    if (f.fun_arity < 0) continue;
    FunInfo info;
    fun_identity(version->name, version->file, static_cast<std::uint32_t>(i), &info);
    PurgedFun& dead = j.tombstones.emplace_back();
    dead.module = version->name;
    dead.index = info.index;
    dead.uniq = info.uniq;
    std::memcpy(dead.new_uniq, info.new_uniq, 16);
    job->tombstones[f.entry] = &dead;
  }
  job->id = j.next_id++;
  job->round = 1;
  job->round_started = SteadyClock::now();
  j.jobs[job->id] = job;
  if (mode != PurgeMode::kCheck) g_purges_running.fetch_add(1);
  return job->id;
}

void purge_round_sent(std::uint64_t id, int delivered) {
  auto job = find_job(id);
  if (!job) return;
  job->pending.fetch_add(delivered);
  job->round_sent = true;
}

void purge_answer_gone(std::uint64_t id) {
  if (auto job = find_job(id)) job->pending.fetch_sub(1);
}

bool answer_purge_check(Process& p, std::uint64_t id, bool self) {
  auto job = find_job(id);
  if (!job) return false;  // a late answer: the job is over
  bool kill = false;
  if (p.runs_code(job->lo, job->hi, !self)) {
    job->found_on_stack.store(true);
    if (job->mode == PurgeMode::kPurge) {
      job->killed.fetch_add(1);
      kill = true;
    }
  } else if (job->mode == PurgeMode::kPurge) {
    const Heap* literals = job->version->literals.get();
    p.walk_reachable([&](Word* obj, bool cons) {
      if (literals && literals->contains(obj)) {
        job->found_literals.store(true);
        return false;
      }
      if (!cons && is_live_local_fun(obj)) {
        auto at = reinterpret_cast<const Word*>(obj[1]);
        if (at >= job->lo && at < job->hi) bury(*job, obj);
      }
      return true;
    });
  }
  job->pending.fetch_sub(1);
  return kill;
}

PurgeProgress purge_progress(std::uint64_t id) {
  PurgeProgress out;
  auto job = find_job(id);
  if (!job) return out;
  out.known = true;
  out.mode = job->mode;
  out.round = job->round;
  out.purge_rounds = job->purge_rounds;
  out.started_soft = job->started_soft;
  out.answered = job->round_sent && job->pending.load() <= 0;
  out.timed_out = !out.answered && SteadyClock::now() - job->round_started > kRoundPatience;
  out.found_on_stack = job->found_on_stack.load();
  out.killed = job->killed.load();
  return out;
}

void purge_next_round(std::uint64_t id, PurgeMode mode) {
  auto job = find_job(id);
  if (!job) return;
  if (job->pending.load() > 0) job->incomplete = true;
  job->pending.store(0);
  job->mode = mode;
  if (mode == PurgeMode::kPurge) ++job->purge_rounds;
  ++job->round;
  job->round_sent = false;
  job->round_started = SteadyClock::now();
}

void finish_purge(std::uint64_t id, bool restore) {
  std::shared_ptr<PurgeJob> job;
  {
    PurgeJobs& j = purge_jobs();
    std::lock_guard lock(j.mutex);
    auto it = j.jobs.find(id);
    if (it == j.jobs.end()) return;
    job = it->second;
    j.jobs.erase(it);
  }
  if (job->pending.load() > 0) job->incomplete = true;
  Tables& t = tables();
  std::lock_guard lock(t.mutex);
  auto& purging = t.purging;
  auto it = std::find(purging.begin(), purging.end(), job->version);
  if (it == purging.end()) return;  // a check: the version stays where it is
  purging.erase(it);
  g_purges_running.fetch_sub(1);
  if (restore) {
    auto& v = t.modules[job->version->name.raw()];
    if (!v.old) v.old = job->version;
    else t.retired.push_back(job->version);
    return;
  }
  if (job->incomplete || job->version->funs_stored.load()) {
    // Something may still run it: kept (docs/bytecode.md).
    t.retired.push_back(job->version);
    return;
  }
  // Nothing can reach the code any more: it goes with the last reference
  // (the job's, unless a builtin holds the version for a moment). Literals
  // that processes still refer to stay.
  if (job->found_literals.load()) t.pinned_literals.push_back(job->version->literals);
}

void purging_fun_copied(Word* fun) {
  if (!is_live_local_fun(fun)) return;
  auto at = reinterpret_cast<const Word*>(fun[1]);
  PurgeJobs& j = purge_jobs();
  std::lock_guard lock(j.mutex);
  for (const auto& [id, job] : j.jobs)
    if (job->mode.load() == PurgeMode::kPurge && at >= job->lo && at < job->hi) {
      bury(*job, fun);
      return;
    }
}

void note_funs_stored(Term t) {
  // A copied term: a tree (copies share nothing), walked with an explicit
  // stack.
  std::vector<Term> worklist{t};
  while (!worklist.empty()) {
    Term x = worklist.back();
    worklist.pop_back();
    while (x.is_cons()) {
      worklist.push_back(x.head());
      x = x.tail();
    }
    if (!x.is_boxed()) continue;
    const Word* obj = x.boxed_ptr();
    Word h = obj[0];
    std::uint32_t raw = subtag_raw_words(Term::header_subtag(h));
    if (raw == kAllRaw) continue;
    if (is_live_local_fun(obj)) {
      auto at = reinterpret_cast<const Word*>(obj[1]);
      Tables& tb = tables();
      std::lock_guard lock(tb.mutex);
      auto mark = [&](const std::shared_ptr<const LoadedModule>& m) {
        if (m && at >= m->code.data() && at < m->code.data() + m->code.size()) m->funs_stored.store(true);
      };
      for (const auto& [name, v] : tb.modules) {
        mark(v.current);
        mark(v.old);
      }
      for (const auto& m : tb.purging) mark(m);
    }
    for (std::size_t i = 1 + raw; i <= Term::header_arity(h); ++i) worklist.push_back(Term::from_raw(obj[i]));
  }
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
  for (const auto& m : t.purging)
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
