// libFuzzer target for the reader (DESIGN.md §10): no input may crash it, hang
// it, leak, or make it take more than linear time or memory. Each input is read
// as a source file; what is read is printed both ways, and an error is
// formatted, so the printer and the error path are fuzzed along with the parser.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "compiler/reader.h"
#include "vm/printer.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  vial::Heap heap;
  std::string_view source(reinterpret_cast<const char*>(data), size);
  vial::ReadResult result = vial::read_string(heap, source, "fuzz.exs");
  if (result.ok) {
    (void)vial::print_erlang(result.form);
    (void)vial::inspect(result.form);
  } else {
    (void)result.error.format();
  }
  return 0;
}
