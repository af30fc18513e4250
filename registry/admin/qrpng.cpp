// SPDX-License-Identifier: EUPL-1.2
#include "qrpng.h"

#include "qrcode.h"

#include <png.h>

#include <cstdint>
#include <cstring>
#include <vector>

namespace vigil::registry {

Status writeQrPng(const std::string& text, const std::string& path, int scale)
{
    auto code = encodeQr(text);
    if (!code)
        return code.error();
    // ISO/IEC 18004 asks for four light modules around the code; printers crop, cameras need it.
    const int quiet = 4;
    const int side = (code->width + 2 * quiet) * scale;
    const auto at = [side](int x, int y) { return static_cast<std::size_t>(y) * static_cast<std::size_t>(side) + static_cast<std::size_t>(x); };
    std::vector<std::uint8_t> pixels(at(0, side), 0xFF);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->at(x, y))
                for (int dy = 0; dy < scale; ++dy)
                    std::memset(&pixels[at((x + quiet) * scale, (y + quiet) * scale + dy)], 0,
                                static_cast<std::size_t>(scale));
    // libpng's simplified API: one call, no setjmp.
    png_image image;
    std::memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    image.width = static_cast<png_uint_32>(side);
    image.height = static_cast<png_uint_32>(side);
    image.format = PNG_FORMAT_GRAY;
    const int ok = png_image_write_to_file(&image, path.c_str(), 0, pixels.data(), side, nullptr);
    const std::string why = image.message;
    png_image_free(&image);
    if (!ok)
        return Error{"cannot write " + path + ": " + why};
    return {};
}

} // namespace vigil::registry
