// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include "shared/result.h"

#include <string>

namespace vigil::registry {

/// Writes `text` as a QR code to the PNG file `path` (8-bit grey, black on white), `scale`
/// pixels per module with the standard quiet zone of four modules: for printing, or for
/// showing on a screen the phone can scan.
Status writeQrPng(const std::string& text, const std::string& path, int scale = 8);

} // namespace vigil::registry
