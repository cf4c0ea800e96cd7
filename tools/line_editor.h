// A libedit line editor for `vial attach` (tools/node_client.cpp): emacs
// keys, a history file (entries may span lines and are recalled whole), Tab
// completion through a callback, and a Ctrl-C that ends the line being read.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace vial {

class LineEditor {
 public:
  // The completions of the word before the cursor, given the text before
  // the cursor (see tools/repl_complete.h).
  using Completer = std::function<std::vector<std::string>(const std::string& before_cursor)>;

  LineEditor(const char* argv0, std::string history_path, Completer completer);
  ~LineEditor();
  LineEditor(const LineEditor&) = delete;
  LineEditor& operator=(const LineEditor&) = delete;

  enum class Result { kLine, kEof, kInterrupted };
  // Reads one line (without its newline) after `prompt`.
  Result read(const std::string& prompt, std::string* line);
  // Adds an entry to the history and saves the history file.
  void add_history(const std::string& entry);

  // From a signal handler (async-signal-safe): a Ctrl-C ends the read in
  // progress as kInterrupted; a window change redraws it.
  void interrupt();
  void resized();

  struct State;

 private:
  std::unique_ptr<State> state_;
};

}  // namespace vial
