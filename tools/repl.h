// The REPL's terminal front end (tools/repl.cpp, docs/repl.md).
#pragma once

namespace vial {

// Runs the REPL on the terminal (stdin and stdout must be one): registers
// the :vial_repl natives (libedit), then runs IEx.CLI.local/0 as the main
// process. Returns the exit status.
int run_repl(const char* argv0);

}  // namespace vial
