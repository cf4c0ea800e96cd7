// Running programs: the entry points the CLI and the embedding API share.
#pragma once

#include <string>
#include <vector>

namespace vial {

struct RunOptions {
  std::string file;                // path shown in messages and stack traces
  std::vector<std::string> argv;   // what System.argv/0 returns
};

// Reads, compiles and runs a script's source. Prints what the program prints;
// on an uncaught exception prints Elixir's report on stderr. Returns the exit
// status the `vial` process should end with (0, or 1 after an error, or what
// System.halt asked for).
int run_script(const std::string& source, const RunOptions& options);

}  // namespace vial
