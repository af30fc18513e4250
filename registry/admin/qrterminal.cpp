// SPDX-License-Identifier: EUPL-1.2
#include "qrterminal.h"

#include "qrcode.h"

namespace vigil::registry {

Result<std::string> renderQrForTerminal(const std::string& text)
{
    auto code = encodeQr(text);
    if (!code)
        return code.error();
    const int width = code->width;
    const int quiet = 2;
    // Light background so phone cameras read it on dark terminals too: a "dark" module is a
    // space, a light one a block.
    std::string out;
    for (int y = -quiet; y < width + quiet; y += 2) {
        for (int x = -quiet; x < width + quiet; ++x) {
            const bool top = code->at(x, y);
            const bool bottom = code->at(x, y + 1);
            out += top && bottom ? " " : top ? "\u2584" : bottom ? "\u2580" : "\u2588";
        }
        out += '\n';
    }
    return out;
}

} // namespace vigil::registry
