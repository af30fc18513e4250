// SPDX-License-Identifier: EUPL-1.2
#include "qrcode.h"

#include <qrencode.h>

#include <memory>

namespace vigil::registry {

Result<QrModules> encodeQr(const std::string& text)
{
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(text.c_str(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code)
        return Error{"the enrolment code is too long for a QR code (" + std::to_string(text.size())
                     + " bytes); use the compact form without the directory"};
    QrModules modules;
    modules.width = code->width;
    modules.dark.resize(static_cast<std::size_t>(code->width) * static_cast<std::size_t>(code->width));
    for (std::size_t i = 0; i < modules.dark.size(); ++i)
        modules.dark[i] = (code->data[i] & 1) != 0;
    return modules;
}

} // namespace vigil::registry
