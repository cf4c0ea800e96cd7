// The :erlang BIFs of processes: spawn, send, links, monitors, exit signals,
// registered names, timers, process flags and process_info
// (runtime/scheduler.h does the work; docs/processes.md).
#include <algorithm>
#include <cstdio>

#include "runtime/builtins/builtins.h"
#include "runtime/scheduler.h"
#include "vm/fun.h"
#include "vm/copy.h"
#include "vm/map.h"
#include "vm/module.h"

namespace vial {

namespace {

Term atom(const char* name) { return intern_atom(name); }

bool is_proper_list(Term t) { return list_length(t) != SIZE_MAX; }

// spawn_opt options: :link, :monitor, {:max_heap_size, N | %{size: N}}.
bool parse_spawn_options(Term opts, SpawnOptions* o) {
  for (Term l = opts; l.is_cons(); l = l.tail()) {
    Term opt = l.head();
    if (opt == atom("link")) o->link = true;
    else if (opt == atom("monitor")) o->monitor = true;
    else if (opt.is_tuple() && opt.tuple_arity() == 2 && opt.element(0) == atom("max_heap_size")) {
      Term v = opt.element(1);
      if (v.is_map()) v = map_get(v, atom("size"));
      if (!v.is_small() || v.small_value() < 0) return false;
      o->max_heap_words = static_cast<std::size_t>(v.small_value());
    } else if (opt.is_tuple() && opt.tuple_arity() == 2) {
      // Options without an effect here (priority, fullsweep_after, ...).
    } else {
      return false;
    }
  }
  return is_proper_list(opts);
}

Term spawn_common(NativeCall& c, Term fun_or_module, Term function, Term args, const SpawnOptions& o) {
  std::uint64_t ref = 0;
  Term pid = spawn_process(c.process, fun_or_module, function, args, o, &ref);
  if (!o.monitor) return pid;
  return make_tuple(c.heap(), {pid, make_ref(c.heap(), ref)});
}

Term spawn_fun(NativeCall& c, const Term* a, SpawnOptions o) {
  if (!a[0].is_fun()) return c.badarg(1, "not a fun");
  return spawn_common(c, a[0], Term::none(), Term::nil(), o);
}

Term spawn_mfa(NativeCall& c, const Term* a, SpawnOptions o) {
  if (!a[0].is_atom()) return c.badarg(1, "not an atom");
  if (!a[1].is_atom()) return c.badarg(2, "not an atom");
  if (!is_proper_list(a[2])) return c.badarg(3, "not a list");
  return spawn_common(c, a[0], a[1], a[2], o);
}

SpawnOptions linked() {
  SpawnOptions o;
  o.link = true;
  return o;
}
SpawnOptions monitored() {
  SpawnOptions o;
  o.monitor = true;
  return o;
}

Term erlang_spawn1(NativeCall& c, const Term* a) { return spawn_fun(c, a, {}); }
Term erlang_spawn3(NativeCall& c, const Term* a) { return spawn_mfa(c, a, {}); }
Term erlang_spawn_link1(NativeCall& c, const Term* a) { return spawn_fun(c, a, linked()); }
Term erlang_spawn_link3(NativeCall& c, const Term* a) { return spawn_mfa(c, a, linked()); }
Term erlang_spawn_monitor1(NativeCall& c, const Term* a) {
  if (!a[0].is_fun() || fun_arity(a[0]) != 0) return c.badarg(1, "not a fun");
  return spawn_fun(c, a, monitored());
}
Term erlang_spawn_monitor3(NativeCall& c, const Term* a) { return spawn_mfa(c, a, monitored()); }
Term erlang_spawn_opt2(NativeCall& c, const Term* a) {
  SpawnOptions o;
  if (!parse_spawn_options(a[1], &o)) return c.badarg(2, "invalid spawn option");
  return spawn_fun(c, a, o);
}
Term erlang_spawn_opt4(NativeCall& c, const Term* a) {
  SpawnOptions o;
  if (!parse_spawn_options(a[3], &o)) return c.badarg(4, "invalid spawn option");
  return spawn_mfa(c, a, o);
}

// send/2: to a pid, a registered name or {name, node}.
Term erlang_send(NativeCall& c, const Term* a) {
  Term dest = a[0];
  Term pid = dest;
  if (dest.is_tuple() && dest.tuple_arity() == 2 && dest.element(0).is_atom() && dest.element(1).is_atom()) {
    // {Name, Node}: a name nobody has there drops the message.
    pid = whereis_name(dest.element(0));
    if (pid.is_nil()) return a[1];
  } else if (dest.is_atom()) {
    pid = whereis_name(dest);
    if (pid.is_nil()) return c.badarg(1, "invalid destination");
  } else if (!dest.is_pid()) {
    return c.badarg(1, "invalid destination");
  }
  // A reduction for the send, and one for every 64 words copied.
  std::size_t words = send_message(c.process, pid, a[1]);
  c.charge(static_cast<int>(std::min<std::size_t>(words / 64, 1000)));
  if (pid == c.process.pid) c.process.request_safe_point();
  return a[1];
}

Term erlang_send3(NativeCall& c, const Term* a) {
  Term r = erlang_send(c, a);
  if (r.is_none()) return r;
  return atoms::ok;
}

Term erlang_link(NativeCall& c, const Term* a) {
  if (!a[0].is_pid()) return c.badarg(1, "not a pid");
  if (link_process(c.process, a[0])) return atoms::true_;
  if (c.process.trap_exit) {
    Heap scratch(16);
    c.process.append_message(make_signal(SignalKind::kMessage, a[0],
                                         make_tuple(scratch, {atoms::EXIT, a[0], atoms::noproc})));
    return atoms::true_;
  }
  return c.error(atoms::noproc);
}

Term erlang_unlink(NativeCall& c, const Term* a) {
  if (!a[0].is_pid()) return c.badarg(1, "not a pid");
  unlink_process(c.process, a[0]);
  return atoms::true_;
}

Term erlang_monitor(NativeCall& c, const Term* a) {
  if (a[0] != atoms::process) return c.badarg(1, "invalid monitor type");
  Term target = a[1];
  Term name = Term::nil();
  if (target.is_atom()) {
    name = target;
    Term pid = whereis_name(target);
    if (pid.is_nil()) {
      // A DOWN naming {name, node} with :noproc.
      std::uint64_t ref = new_ref_number();
      Heap scratch(32);
      Term who = make_tuple(scratch, {target, intern_atom("nonode@nohost")});
      c.process.append_message(make_signal(
          SignalKind::kMessage, Term::nil(),
          make_tuple(scratch, {atoms::DOWN, make_ref(scratch, ref), atoms::process, who, atoms::noproc})));
      return make_ref(c.heap(), ref);
    }
    target = pid;
  }
  if (!target.is_pid()) return c.badarg(2, "not a pid");
  // Monitoring oneself is allowed and never fires.
  if (target == c.process.pid) return make_ref(c.heap());
  return make_ref(c.heap(), monitor_process(c.process, target, name));
}

Term demonitor(NativeCall& c, Term ref, Term opts) {
  if (!ref.is_ref()) return c.badarg(1, "not a reference");
  bool flush = false, info = false;
  for (Term l = opts; l.is_cons(); l = l.tail()) {
    if (l.head() == atom("flush")) flush = true;
    else if (l.head() == atom("info")) info = true;
    else return c.badarg(2, "invalid option");
  }
  std::uint64_t n = ref_number(ref);
  bool was = demonitor_process(c.process, n);
  bool flushed = false;
  if (flush) {
    c.process.take_in();
    c.process.remove_messages_if([&](Term m) {
      bool hit = m.is_tuple() && m.tuple_arity() == 5 && m.element(0) == atoms::DOWN && m.element(1).is_ref() &&
                 ref_number(m.element(1)) == n;
      flushed |= hit;
      return hit;
    });
  }
  if (info) return make_bool(flush ? was || flushed : was);
  return atoms::true_;
}

Term erlang_demonitor1(NativeCall& c, const Term* a) { return demonitor(c, a[0], Term::nil()); }
Term erlang_demonitor2(NativeCall& c, const Term* a) {
  if (!is_proper_list(a[1])) return c.badarg(2, "not a list");
  return demonitor(c, a[0], a[1]);
}

Term erlang_exit2(NativeCall& c, const Term* a) {
  if (!a[0].is_pid()) return c.badarg(1, "not a pid");
  Process& p = c.process;
  if (a[0] != p.pid) {
    send_exit(p, a[0], a[1]);
    return atoms::true_;
  }
  // A signal to oneself takes effect before the call returns.
  Term r = a[1];
  if (r != atoms::kill && p.trap_exit) {
    Heap scratch(16);
    p.append_message(make_signal(SignalKind::kMessage, p.pid, make_tuple(scratch, {atoms::EXIT, p.pid, r})));
    return atoms::true_;
  }
  p.exit_reason = r == atoms::kill ? atoms::killed : r;
  return p.raise(atoms::exit, p.exit_reason);
}

// A max_heap_size setting as BEAM returns it: %{size: N, kill: true,
// error_logger: true}.
Term max_heap_map(Heap& h, std::size_t words) {
  MapItems items = {{atom("size"), make_integer(h, static_cast<std::int64_t>(words))},
                    {atom("kill"), atoms::true_},
                    {atom("error_logger"), atoms::true_}};
  return map_from_items(h, std::move(items));
}

Term erlang_process_flag(NativeCall& c, const Term* a) {
  if (a[0] == atoms::trap_exit) {
    if (a[1] != atoms::true_ && a[1] != atoms::false_) return c.badarg(2, "not a boolean");
    Term old = make_bool(c.process.trap_exit);
    c.process.trap_exit = a[1] == atoms::true_;
    return old;
  }
  if (a[0] == atom("max_heap_size")) {
    Term v = a[1];
    if (v.is_map()) v = map_get(v, atom("size"));
    if (!v.is_small() || v.small_value() < 0) return c.badarg(2, "invalid value");
    std::size_t old = c.process.max_heap_words;
    c.process.max_heap_words = static_cast<std::size_t>(v.small_value());
    return max_heap_map(c.heap(), old);
  }
  if (a[0] == atom("priority")) return atom("normal");
  return c.badarg(1, "invalid process flag");
}

// erlang:system_flag(:max_heap_size, N | %{size: N}): the default limit
// (words) of processes spawned afterwards; the old one, as a map as
// process_flag gives it.
Term erlang_system_flag(NativeCall& c, const Term* a) {
  if (a[0] == atom("max_heap_size")) {
    Term v = a[1];
    if (v.is_map()) v = map_get(v, atom("size"));
    if (!v.is_small() || v.small_value() < 0) return c.badarg(2, "invalid value");
    return max_heap_map(c.heap(), set_default_max_heap_words(static_cast<std::size_t>(v.small_value())));
  }
  return c.badarg(1, "invalid system flag");
}

Term erlang_is_process_alive(NativeCall& c, const Term* a) {
  if (!a[0].is_pid()) return c.badarg(1, "not a pid");
  if (a[0] == c.process.pid) return atoms::true_;
  return make_bool(process_alive(a[0]));
}

Term erlang_register(NativeCall& c, const Term* a) {
  if (!a[0].is_atom()) return c.badarg(1, "not an atom");
  if (a[0] == atoms::undefined) return c.badarg(1, "'undefined' is not a valid name");
  if (!a[1].is_pid()) return c.badarg(2, "not a pid or port");
  switch (register_name(a[0], a[1])) {
    case RegisterResult::kOk: return atoms::true_;
    case RegisterResult::kNameTaken: return c.badarg(1, "name is in use");
    case RegisterResult::kNoProcess: return c.badarg(2, "the pid does not refer to an existing process");
    case RegisterResult::kHasName: return c.badarg(2, "this process or port already has a name");
  }
  return atoms::true_;
}

Term erlang_unregister(NativeCall& c, const Term* a) {
  if (!a[0].is_atom()) return c.badarg(1, "not an atom");
  if (!unregister_name(a[0])) return c.badarg(1, "not a pid");
  return atoms::true_;
}

Term erlang_whereis(NativeCall& c, const Term* a) {
  if (!a[0].is_atom()) return c.badarg(1, "not an atom");
  Term pid = whereis_name(a[0]);
  return pid.is_nil() ? atoms::undefined : pid;
}

Term erlang_registered(NativeCall& c, const Term*) { return make_list(c.heap(), registered_names()); }
Term erlang_processes(NativeCall& c, const Term*) { return make_list(c.heap(), all_pids()); }

// Options of the timer BIFs: [abs: bool] or [async: bool, info: bool].
bool timer_option(Term opts, const char* name, bool dflt, bool* ok) {
  bool v = dflt;
  for (Term l = opts; l.is_cons(); l = l.tail()) {
    Term o = l.head();
    if (!o.is_tuple() || o.tuple_arity() != 2 || !o.element(0).is_atom() ||
        (o.element(1) != atoms::true_ && o.element(1) != atoms::false_)) {
      *ok = false;
      continue;
    }
    if (o.element(0) == atom(name)) v = o.element(1) == atoms::true_;
  }
  if (!is_proper_list(opts)) *ok = false;
  return v;
}

// send_after(Time, Dest, Msg) and start_timer(Time, Dest, Msg): the message
// is copied now and sent when the time comes. With [abs: true] (the /4
// forms) Time is a monotonic time in milliseconds.
Term timer_common(NativeCall& c, const Term* a, bool timeout_tuple, Term opts = Term::nil()) {
  bool ok = true;
  bool abs = timer_option(opts, "abs", false, &ok);
  if (!ok) return c.badarg(4, "invalid options");
  if (abs) {
    if (!a[0].is_small()) return c.badarg(1, "time (in milliseconds) is out of range");
    std::int64_t left = a[0].small_value() - monotonic_ms();
    Term args[3] = {Term::small(left < 0 ? 0 : left), a[1], a[2]};
    return timer_common(c, args, timeout_tuple);
  }
  if (!a[0].is_small() || a[0].small_value() < 0 || a[0].small_value() > 0xFFFFFFFFll)
    return c.badarg(1, "time (in milliseconds) is out of range");
  if (!a[1].is_pid() && !a[1].is_atom()) return c.badarg(2, "not a pid or an atom");
  std::uint64_t ref = new_ref_number();
  Heap scratch(32);
  Term msg = a[2];
  if (timeout_tuple) msg = make_tuple(scratch, {atoms::timeout, make_ref(scratch, ref), a[2]});
  // A timer to a process that has ended is cancelled at once.
  if (!(a[1].is_pid() && a[1] != c.process.pid && !process_alive(a[1])))
    start_timer(a[0].small_value(), a[1], make_signal(SignalKind::kMessage, c.process.pid, msg), ref);
  return make_ref(c.heap(), ref);
}

Term erlang_send_after3(NativeCall& c, const Term* a) { return timer_common(c, a, false); }
Term erlang_send_after4(NativeCall& c, const Term* a) { return timer_common(c, a, false, a[3]); }
Term erlang_start_timer3(NativeCall& c, const Term* a) { return timer_common(c, a, true); }
Term erlang_start_timer4(NativeCall& c, const Term* a) { return timer_common(c, a, true, a[3]); }

// cancel_timer/read_timer: the milliseconds left or false; with
// [async: true] the answer comes as a message {cancel_timer | read_timer,
// Ref, Result} and the call returns :ok; [info: false] answers nothing.
Term timer_query(NativeCall& c, const Term* a, Term opts, bool cancel) {
  if (!a[0].is_ref()) return c.badarg(1, "not a reference");
  bool ok = true;
  bool async = timer_option(opts, "async", false, &ok);
  bool info = timer_option(opts, "info", true, &ok);
  if (!ok) return c.badarg(2, "invalid options");
  std::int64_t left = cancel ? cancel_timer(ref_number(a[0])) : read_timer(ref_number(a[0]));
  Term result = left < 0 ? atoms::false_ : Term::small(left);
  if (async) {
    if (info) {
      Heap scratch(16);
      c.process.append_message(make_signal(
          SignalKind::kMessage, c.process.pid,
          make_tuple(scratch, {atom(cancel ? "cancel_timer" : "read_timer"), a[0], result})));
    }
    return atoms::ok;
  }
  return info ? result : atoms::ok;
}

Term erlang_cancel_timer1(NativeCall& c, const Term* a) { return timer_query(c, a, Term::nil(), true); }
Term erlang_cancel_timer2(NativeCall& c, const Term* a) { return timer_query(c, a, a[1], true); }
Term erlang_read_timer1(NativeCall& c, const Term* a) { return timer_query(c, a, Term::nil(), false); }
Term erlang_read_timer2(NativeCall& c, const Term* a) { return timer_query(c, a, a[1], false); }

Term erlang_yield(NativeCall& c, const Term*) {
  c.process.request_safe_point();
  return atoms::true_;
}

Term erlang_process_info2(NativeCall& c, const Term* a) {
  if (!a[0].is_pid()) return c.badarg(1, "not a pid");
  if (!a[1].is_atom() && !is_proper_list(a[1])) return c.badarg(2, "invalid item or item list");
  if (a[1] == atoms::undefined) return c.badarg(2, "invalid item or item list");
  if (a[0] == c.process.pid) {
    Term r = process_info_reply(c.process, c.heap(), a[1], true);
    if (r.is_none()) return c.badarg(2, "invalid item or item list");
    return r;
  }
  // The items are checked here, so that a bad one raises in the caller.
  {
    Heap scratch(256);
    if (process_info_reply(c.process, scratch, a[1], true).is_none())
      return c.badarg(2, "invalid item or item list");
  }
  // Another process answers for itself (it may be running on another
  // scheduler): a request signal, and a receive of the reply.
  std::uint64_t ref = new_ref_number();
  Heap scratch(16);
  if (!deliver(a[0], make_signal(SignalKind::kInfo, c.process.pid, a[1], make_ref(scratch, ref))))
    return atoms::undefined;
  static const Word* resume = continuation_code(intern_atom("vial_process"), intern_atom("info_reply"), 1);
  return c.trap(resume, {make_ref(c.heap(), ref)});
}

Term erlang_process_info1(NativeCall& c, const Term* a) {
  Term args[2] = {a[0], atom("$all")};
  return erlang_process_info2(c, args);
}

// erlang:memory/0,1: total (the resident set), processes, processes_used
// and system (the rest).
std::int64_t resident_bytes() {
  long pages = 0, resident = 0;
  if (FILE* f = std::fopen("/proc/self/statm", "r")) {
    if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2) resident = 0;
    std::fclose(f);
  }
  return static_cast<std::int64_t>(resident) * 4096;
}

Term memory_of(Heap& h, Term kind) {
  std::int64_t procs = process_memory_bytes();
  std::int64_t total = std::max(resident_bytes(), procs);
  if (kind == atom("total")) return make_integer(h, total);
  if (kind == atom("processes") || kind == atom("processes_used")) return make_integer(h, procs);
  if (kind == atom("system")) return make_integer(h, total - procs);
  return Term::none();
}

Term erlang_memory1(NativeCall& c, const Term* a) {
  Term v = memory_of(c.heap(), a[0]);
  if (v.is_none()) return c.badarg(1, "invalid memory type");
  return v;
}

Term erlang_memory0(NativeCall& c, const Term*) {
  std::vector<Term> out;
  for (const char* k : {"total", "processes", "processes_used", "system"})
    out.push_back(make_tuple(c.heap(), {atom(k), memory_of(c.heap(), atom(k))}));
  return make_list(c.heap(), out);
}

}  // namespace

Term process_info_item(Process& p, Heap& h, Term item, bool self) {
  auto pair = [&](Term v) { return make_tuple(h, {item, v}); };
  if (item == atom("registered_name")) {
    Term name = Term::nil();
    for (Term n : registered_names())
      if (whereis_name(n) == p.pid) name = n;
    return name.is_nil() ? Term::nil() : pair(name);
  }
  if (item == atom("status")) return pair(atom(self ? "running" : "waiting"));
  if (item == atom("message_queue_len")) {
    p.take_in();
    return pair(Term::small(static_cast<std::int64_t>(p.message_count())));
  }
  if (item == atom("messages")) {
    p.take_in();
    std::vector<Term> ms;
    p.for_each_message([&](Term m) { ms.push_back(copy_term(h, m)); });
    return pair(make_list(h, ms));
  }
  if (item == atom("links")) return pair(make_list(h, p.links));
  if (item == atom("monitors")) {
    std::vector<Term> ms;
    for (const auto& m : p.monitors) ms.push_back(make_tuple(h, {atoms::process, m.pid}));
    return pair(make_list(h, ms));
  }
  if (item == atom("monitored_by")) {
    std::vector<Term> ms;
    for (const auto& m : p.monitored_by) ms.push_back(m.pid);
    return pair(make_list(h, ms));
  }
  if (item == atom("dictionary")) return pair(p.dictionary);
  if (item == atoms::trap_exit) return pair(make_bool(p.trap_exit));
  if (item == atom("heap_size") || item == atom("total_heap_size")) {
    Process::MemoryInfo m = p.memory_info();
    std::size_t words = m.block_words - m.stack_used + m.old_words + m.fragment_words;
    return pair(make_integer(h, static_cast<std::int64_t>(words)));
  }
  if (item == atom("stack_size")) return pair(make_integer(h, static_cast<std::int64_t>(p.stack_depth())));
  if (item == atom("memory"))
    return pair(make_integer(h, static_cast<std::int64_t>(p.memory_words() * sizeof(Word) + sizeof(Process))));
  if (item == atom("reductions")) {
    std::uint64_t n = p.reductions_done + (self ? static_cast<std::uint64_t>(std::max(kReductionsPerSlice - p.reductions, 0)) : 0);
    return pair(make_integer(h, static_cast<std::int64_t>(n)));
  }
  if (item == atom("priority")) return pair(atom("normal"));
  if (item == atom("group_leader")) return pair(p.pid);
  if (item == atom("error_handler")) return pair(atom("error_handler"));
  if (item == atom("suspending")) return pair(Term::nil());
  if (item == atom("garbage_collection")) {
    Process::MemoryInfo m = p.memory_info();
    return pair(make_list(h, {make_tuple(h, {atom("minor_gcs"), make_integer(h, static_cast<std::int64_t>(m.minor_collections))}),
                              make_tuple(h, {atom("max_heap_size"), make_integer(h, static_cast<std::int64_t>(p.max_heap_words))})}));
  }
  if (item == atom("initial_call")) {
    if (p.initial_module.is_nil())
      return pair(make_tuple(h, {atoms::erlang, intern_atom("apply"), Term::small(2)}));
    return pair(make_tuple(h, {p.initial_module, p.initial_function, Term::small(p.initial_arity)}));
  }
  if (item == atom("current_function")) {
    // Where the process is: its saved pc (for the caller itself, the
    // call of this builtin).
    CodeLocation loc;
    if (p.pc && locate_code(p.pc, false, &loc))
      return pair(make_tuple(h, {loc.module, loc.function->name, Term::small(loc.function->arity)}));
    return pair(atoms::undefined);
  }
  return Term::none();
}

Term process_info_reply(Process& p, Heap& h, Term items, bool self) {
  // process_info/1: these items, leaving out a registered_name it has not.
  bool all = items == atom("$all");
  if (all) {
    std::vector<Term> keys;
    for (const char* k : {"registered_name", "current_function", "initial_call", "status", "message_queue_len",
                          "links", "dictionary", "trap_exit", "error_handler", "priority", "group_leader",
                          "total_heap_size", "heap_size", "stack_size", "reductions", "garbage_collection",
                          "suspending"})
      keys.push_back(intern_atom(k));
    items = make_list(h, keys);
  }
  if (items.is_atom()) return process_info_item(p, h, items, self);
  std::vector<Term> out;
  for (Term l = items; l.is_cons(); l = l.tail()) {
    Term v = process_info_item(p, h, l.head(), self);
    if (v.is_none()) return v;
    if (v.is_nil()) {
      if (all) continue;
      // process_info/1 leaves out a missing registered_name; a list asks
      // for it and gets []. 
      out.push_back(make_tuple(h, {l.head(), Term::nil()}));
      continue;
    }
    out.push_back(v);
  }
  return make_list(h, out);
}

void register_process_builtins() {
  register_natives({
      {"erlang", "spawn", 1, erlang_spawn1},
      {"erlang", "spawn", 3, erlang_spawn3},
      {"erlang", "spawn_link", 1, erlang_spawn_link1},
      {"erlang", "spawn_link", 3, erlang_spawn_link3},
      {"erlang", "spawn_monitor", 1, erlang_spawn_monitor1},
      {"erlang", "spawn_monitor", 3, erlang_spawn_monitor3},
      {"erlang", "spawn_opt", 2, erlang_spawn_opt2},
      {"erlang", "spawn_opt", 4, erlang_spawn_opt4},
      {"erlang", "send", 2, erlang_send},
      {"erlang", "!", 2, erlang_send},
      {"erlang", "send", 3, erlang_send3},
      {"erlang", "link", 1, erlang_link},
      {"erlang", "unlink", 1, erlang_unlink},
      {"erlang", "monitor", 2, erlang_monitor},
      {"erlang", "demonitor", 1, erlang_demonitor1},
      {"erlang", "demonitor", 2, erlang_demonitor2},
      {"erlang", "exit", 2, erlang_exit2},
      {"erlang", "process_flag", 2, erlang_process_flag},
      {"erlang", "system_flag", 2, erlang_system_flag},
      {"erlang", "is_process_alive", 1, erlang_is_process_alive},
      {"erlang", "register", 2, erlang_register},
      {"erlang", "unregister", 1, erlang_unregister},
      {"erlang", "whereis", 1, erlang_whereis},
      {"erlang", "registered", 0, erlang_registered},
      {"erlang", "processes", 0, erlang_processes},
      {"erlang", "send_after", 3, erlang_send_after3},
      {"erlang", "send_after", 4, erlang_send_after4},
      {"erlang", "start_timer", 3, erlang_start_timer3},
      {"erlang", "start_timer", 4, erlang_start_timer4},
      {"erlang", "cancel_timer", 1, erlang_cancel_timer1},
      {"erlang", "cancel_timer", 2, erlang_cancel_timer2},
      {"erlang", "read_timer", 1, erlang_read_timer1},
      {"erlang", "read_timer", 2, erlang_read_timer2},
      {"erlang", "yield", 0, erlang_yield},
      {"erlang", "process_info", 1, erlang_process_info1},
      {"erlang", "process_info", 2, erlang_process_info2},
      {"erlang", "memory", 0, erlang_memory0},
      {"erlang", "memory", 1, erlang_memory1},
  });
}

}  // namespace vial
