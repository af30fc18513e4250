// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The --listen HOST:PORT flag both servers take.

#include "shared/result.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace vigil {

/// Splits "HOST:PORT" or "[v6]:PORT".
Status parseListen(std::string_view text, std::string& host, std::uint16_t& port);

} // namespace vigil
