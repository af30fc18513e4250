// SPDX-License-Identifier: EUPL-1.2
#include "qrterminal.h"

#include <qrencode.h>

#include <memory>

namespace vigil::registry {

Result<std::string> renderQrForTerminal(const std::string& text)
{
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return Error{"the enrolment code is too long for a QR code (" + std::to_string(text.size())
                     + " bytes); use the compact form without the directory"};
    const int width = code->width;
    const int quiet = 2;
    auto dark = [&](int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= width)
            return false;
        return (code->data[y * width + x] & 1) != 0;
    };
    // Light background so phone cameras read it on dark terminals too: a "dark" module is a
    // space, a light one a block.
    std::string out;
    for (int y = -quiet; y < width + quiet; y += 2) {
        for (int x = -quiet; x < width + quiet; ++x) {
            const bool top = dark(x, y);
            const bool bottom = dark(x, y + 1);
            out += top && bottom ? " " : top ? "\u2584" : bottom ? "\u2580" : "\u2588";
        }
        out += '\n';
    }
    return out;
}

} // namespace vigil::registry
