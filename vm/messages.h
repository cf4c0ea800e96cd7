// The message catalogue (vm/messages.def): every text shown to programs and
// users is declared there once and formatted here.
#pragma once

#include <fmt/format.h>

#include <string>

namespace vial {

enum class Msg {
#define MSG(id, text) id,
#include "vm/messages.def"
#undef MSG
};

const char* message_template(Msg m);

template <typename... Args>
std::string message(Msg m, const Args&... args) {
  return fmt::format(fmt::runtime(message_template(m)), args...);
}

}  // namespace vial
