// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The enrolment QR code's modules (libqrencode), drawn by qrterminal.cpp for a terminal and by
// qrpng.cpp into a PNG file; one encoding, so both show the same code.

#include "shared/result.h"

#include <string>
#include <vector>

namespace vigil::registry {

/// A QR code as a square of modules, row by row; true is dark.
struct QrModules {
    int width = 0;
    std::vector<bool> dark;
    bool at(int x, int y) const
    {
        return x >= 0 && y >= 0 && x < width && y < width && dark[static_cast<std::size_t>(y * width + x)];
    }
};

/// Encodes `text` in 8-bit mode at error correction M (a damaged or badly lit print still
/// reads); refuses text too long for the largest QR code.
Result<QrModules> encodeQr(const std::string& text);

} // namespace vigil::registry
