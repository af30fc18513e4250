// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "shared/result.h"

#include <string>

namespace vigil::registry {

/// Renders `text` as a QR code (libqrencode, error correction M) for a terminal, two modules
/// per character cell with Unicode half blocks, dark on light with a quiet zone.
Result<std::string> renderQrForTerminal(const std::string& text);

} // namespace vigil::registry
