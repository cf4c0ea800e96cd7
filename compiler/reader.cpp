// The reader's entry point: tokenize, parse, and turn failures into
// SyntaxError values laid out as Elixir 1.14 prints them.
#include "compiler/reader.h"

#include <exception>

#include "compiler/reader_lexer.h"
#include "compiler/reader_parser.h"

namespace vial {

namespace {

std::string line_of(std::string_view source, int line) {
  std::size_t start = 0;
  for (int l = 1; l < line; ++l) {
    std::size_t nl = source.find('\n', start);
    if (nl == std::string_view::npos) return {};
    start = nl + 1;
  }
  std::size_t end = source.find('\n', start);
  std::string_view s = source.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
  if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
  return std::string(s);
}

}  // namespace

// Elixir 1.14's SyntaxError/TokenMissingError message: the location and
// description, then (when the error carries a snippet and its line is not
// empty) the line in a gutter and a caret under the column.
std::string SyntaxError::format() const {
  // Some errors (ambiguous commas) carry a line but no column.
  std::string where = file + ":" + std::to_string(line) + (column > 0 ? ":" + std::to_string(column) : "");
  std::string out = "** (" + kind + ") " + where + ": " + message + "\n";
  if (source_line.empty() || column <= 0) return out;
  std::string num = std::to_string(line);
  std::size_t width = num.size() < 2 ? 2 : num.size();
  std::string pad(width, ' ');
  out += " " + pad + " |\n";
  out += " " + std::string(width - num.size(), ' ') + num + " | " + source_line + "\n";
  out += " " + pad + " |" + std::string(static_cast<std::size_t>(column), ' ') + "^\n";
  return out;
}

ReadResult read_string(Heap& heap, std::string_view source, std::string_view file) {
  ReadResult r;
  try {
    reader::Lexer lexer(heap, source);
    std::vector<reader::Token> tokens = lexer.run();
    r.form = reader::parse_tokens(heap, tokens);
    r.ok = true;
  } catch (const reader::ReadError& e) {
    r.ok = false;
    r.error.kind = e.kind;
    r.error.file = std::string(file);
    r.error.line = e.line;
    r.error.column = e.column;
    r.error.message = e.message;
    if (e.snippet) r.error.source_line = line_of(source, e.line);
  } catch (const std::exception& e) {
    // read_string never throws: whatever else fails (memory, in particular)
    // is reported as an error of the read.
    r = ReadResult{};
    r.error.kind = "SyntaxError";
    r.error.file = std::string(file);
    r.error.line = 1;
    r.error.column = 1;
    r.error.message = std::string("the reader failed: ") + e.what();
  }
  return r;
}

}  // namespace vial
