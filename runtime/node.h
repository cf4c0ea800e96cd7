// Named nodes (DESIGN.md §7, docs/nodes.md): `vial run --name NODE` opens a
// control socket that `vial attach`, `vial load` and `vial nodes` talk to.
//
// The socket is a Unix stream socket NODE.sock in the user's runtime
// directory ($XDG_RUNTIME_DIR/vial, else /tmp/vial-UID; mode 0700), made
// mode 0600, next to NODE.cookie (mode 0600, random). A client must run as
// the same user (checked with SO_PEERCRED) and present the cookie in its
// first frame, or it is refused.
//
// Frames both ways: a 4-byte big-endian length, then a type byte, then
// length - 1 bytes of payload. The server side (this file) accepts and
// authenticates connections on its own threads and hands every frame to an
// Elixir process as the message {:vial_node, Conn, Type, Payload} (Type the
// byte as an integer, Payload a binary; {:vial_node, Conn, :closed, ""} at
// the end); stdlib/vial_node.ex serves the requests.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vm/process.h"

namespace vial {

// Frame types (docs/nodes.md lists who sends which).
namespace frame {
inline constexpr char kHello = 'H';      // client: the cookie
inline constexpr char kWelcome = 'K';    // node: accepted (payload: "pid script")
inline constexpr char kRefused = 'E';    // node: refused (payload: why)
inline constexpr char kLoadFile = 'F';   // client: "path\0source"
inline constexpr char kLoad = 'L';       // client: load the files sent
inline constexpr char kAttach = 'A';     // client: start a remote REPL
inline constexpr char kInfo = 'P';       // client: ask for the node's description
inline constexpr char kOut = 'O';        // node: text for standard output
inline constexpr char kErr = 'R';        // node: text for standard error
inline constexpr char kDone = 'X';       // node: the request ended (payload: exit status)
inline constexpr char kRead = 'G';       // node: read a line (payload: the prompt)
inline constexpr char kLine = 'I';       // client: the line read
inline constexpr char kEof = 'D';        // client: end of input
inline constexpr char kInterrupt = 'C';  // client: Ctrl-C
inline constexpr char kComplete = 'T';   // client: complete this text
inline constexpr char kMatches = 'M';    // node: completions, one per line
inline constexpr char kHistory = 'Y';    // node: an entry for the client's history
}  // namespace frame

// A node name: 1 to 64 of [A-Za-z0-9_.-], not starting with '.'.
bool valid_node_name(std::string_view name);

// The folder that holds the sockets (created if missing); false with
// `error` set if it cannot be made or is not private to this user.
bool node_dir(std::string* dir, std::string* error);

// Server side: names this program's node (`vial run --name`), before
// run_script.
void set_node_name(const std::string& name);
const std::string& node_name();
// Opens the control socket and spawns the process that serves it
// (Vial.Node.serve/0) from `main`, before the schedulers start. Nothing to do
// for a program without a name. False with `error` set if the socket cannot
// be opened (another node has the name, the folder is not private, ...).
bool start_node(Process& main, std::string* error);
// Registers the :vial_node builtins.
void register_node_builtins();
// Closes the socket and removes NODE.sock and NODE.cookie (also at exit).
void stop_node();

// Client side.
struct NodeClient {
  int fd = -1;
  std::string info;  // the node's welcome: "pid script"
  ~NodeClient();
};
// Connects to `name` and authenticates with `cookie` (empty: read
// NODE.cookie). False with `error` set ("no node named x is running",
// "refused: wrong cookie", ...).
bool node_connect(const std::string& name, const std::string& cookie, NodeClient* client, std::string* error);
bool send_frame(int fd, char type, std::string_view payload);
// Blocks for the next frame; false at end of stream or on a bad frame.
bool read_frame(int fd, char* type, std::string* payload);

struct NodeListing {
  std::string name;
  std::string info;  // "pid script", or why it could not be reached
  bool alive = false;
};
// The nodes whose sockets are in node_dir(); stale sockets (no one
// listening) are removed and not listed.
std::vector<NodeListing> list_nodes(const std::string& cookie);

}  // namespace vial
