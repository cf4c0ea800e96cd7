// The client commands of named nodes (runtime/node.h, docs/nodes.md):
// `vial nodes`, `vial load NODE FILE...`, `vial attach NODE`.
#pragma once

#include <string>
#include <vector>

int cmd_nodes(const std::vector<std::string>& args);
int cmd_load(const std::vector<std::string>& args);
int cmd_attach(const std::vector<std::string>& args);
