// Running programs: the entry points the CLI and the embedding API share.
#pragma once

#include <string>
#include <vector>

namespace vial {

struct RunOptions {
  std::string file;                // path shown in messages and stack traces
  std::vector<std::string> argv;   // what System.argv/0 returns
  // Folders searched for Elixir.Mod.vbc when a call reaches a module that is
  // not loaded (`vial run -pa DIR`).
  std::vector<std::string> code_path;
  // When set, every module the script defines is saved there as a .vbc file
  // (`vial compile -o DIR`).
  std::string output_dir;
};

// Reads, compiles and runs a script's source. Prints what the program prints;
// on an uncaught exception prints Elixir's report on stderr. Returns the exit
// status the `vial` process should end with (0, or 1 after an error, or what
// System.halt asked for).
int run_script(const std::string& source, const RunOptions& options);

}  // namespace vial
