// REPL completion (tools/repl_complete.cpp, docs/repl.md): the words that
// replace the word before the cursor, what to insert, what to list.
#include <doctest/doctest.h>

#include <algorithm>

#include "runtime/builtins/builtins.h"
#include "tools/repl_complete.h"

using namespace vial;

namespace {

bool has(const std::vector<std::string>& v, const std::string& s) { return std::find(v.begin(), v.end(), s) != v.end(); }

}  // namespace

TEST_CASE("repl completion: the word before the cursor") {
  CHECK(repl_completion_start("x = Enum.ma") == 4);
  CHECK(repl_completion_start("foo(:lis") == 4);
  CHECK(repl_completion_start("") == 0);
  CHECK(repl_completion_start("a :: b") == 5);
}

TEST_CASE("repl completion: modules, functions, Erlang modules, variables") {
  register_builtins();
  auto modules = repl_complete("En", {});
  CHECK(has(modules, "Enum"));
  CHECK(has(modules, "Enumerable"));
  CHECK(!has(modules, "String"));
  // Only the next segment of a nested name.
  auto nested = repl_complete("String.", {});
  CHECK(has(nested, "String.Chars"));
  CHECK(has(nested, "String.upcase"));
  auto funs = repl_complete("x = Enum.ma", {});
  CHECK(has(funs, "Enum.map"));
  CHECK(has(funs, "Enum.map_every"));
  CHECK(has(funs, "Enum.max_by"));
  CHECK(!has(funs, "Enum.reduce"));
  CHECK(std::is_sorted(funs.begin(), funs.end()));
  // Macros are offered by name (Integer.is_odd/1 is a guard).
  CHECK(has(repl_complete("Integer.is_od", {}), "Integer.is_odd"));
  CHECK(has(repl_complete(":lis", {}), ":lists"));
  CHECK(has(repl_complete(":lists.reve", {}), ":lists.reverse"));
  auto vars = repl_complete("1 + ans", {"answer", "other"});
  CHECK(has(vars, "answer"));
  CHECK(!has(vars, "other"));
  // Imported functions and Kernel's macros complete bare.
  CHECK(has(repl_complete("is_ato", {}), "is_atom"));
  CHECK(has(repl_complete("unl", {}), "unless"));
  CHECK(has(repl_complete("Kernel.unl", {}), "Kernel.unless"));
  CHECK(repl_complete("NoSuchModuleAtAll.", {}).empty());
  CHECK(repl_complete("", {}).empty());
}

TEST_CASE("repl completion: insert the common part, else list") {
  CompletionEdit one = repl_completion_edit("Gree", {"Greeter"});
  CHECK(one.insert == "ter");
  CHECK(one.listing.empty());
  CompletionEdit common = repl_completion_edit("En", {"Enum", "Enumerable"});
  CHECK(common.insert == "um");
  CompletionEdit list = repl_completion_edit("Enum", {"Enum", "Enumerable"});
  CHECK(list.insert.empty());
  CHECK(list.listing == std::vector<std::string>{"Enum", "Enumerable"});
  CompletionEdit funs = repl_completion_edit("Enum.ma", {"Enum.map", "Enum.max"});
  CHECK(funs.listing == std::vector<std::string>{"map", "max"});
  CHECK(repl_format_listing({"ab", "c"}) == "ab     c      \n");
  std::string wide = repl_format_listing(std::vector<std::string>(5, std::string(29, 'x')));
  CHECK(std::count(wide.begin(), wide.end(), '\n') == 2);
}
