// SPDX-License-Identifier: EUPL-1.2
#include "enrolcodereader.h"

#include "shared/provisioning.h"

#include <ZXing/ReadBarcode.h>

#include <optional>
#include <vector>

namespace vigil::field {

namespace {

// A phone's camera gives 4000-pixel photos; ZXing's own downscaling covers frames, but a
// full-size photo is first brought to a size where a code filling a tenth of it still has
// several pixels per module, which keeps decoding well under a second.
constexpr int kMaxSide = 2400;

ZXing::DecodeHints hints()
{
    ZXing::DecodeHints h;
    h.setFormats(ZXing::BarcodeFormat::QRCode);
    h.setTryHarder(true);
    h.setTryRotate(true);
    h.setTryDownscale(true);
    return h;
}

/// The payloads of every QR code ZXing reads in `gray` (8-bit luminance).
std::vector<std::string> qrPayloads(const QImage& gray)
{
    const ZXing::ImageView view(gray.constBits(), gray.width(), gray.height(), ZXing::ImageFormat::Lum,
                                static_cast<int>(gray.bytesPerLine()));
    std::vector<std::string> out;
    for (const auto& result : ZXing::ReadBarcodes(view, hints())) {
        if (!result.isValid())
            continue;
        // The raw bytes: vigil-admin encodes in 8-bit mode without an ECI, and the payload is
        // ASCII JSON, so no character set guess may touch it.
        const auto& bytes = result.bytes();
        out.emplace_back(bytes.begin(), bytes.end());
    }
    return out;
}

} // namespace

Result<std::string> readEnrolCode(const QImage& image, std::uint64_t now)
{
    if (image.isNull())
        return Error{"the picture is empty", ErrorKind::NotFound};
    QImage gray = image;
    if (gray.width() > kMaxSide || gray.height() > kMaxSide)
        gray = gray.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    gray = gray.convertToFormat(QImage::Format_Grayscale8);

    auto payloads = qrPayloads(gray);
    if (payloads.empty()) {
        // ZXing 1.4 reads dark-on-light only; a terminal with a light theme shows the code
        // inverted (registry/admin/qrterminal.cpp draws for dark terminals).
        gray.invertPixels();
        payloads = qrPayloads(gray);
    }
    if (payloads.empty())
        return Error{"no code found in the picture", ErrorKind::NotFound};
    std::optional<Error> firstRefusal;
    for (const auto& text : payloads) {
        auto decoded = decodeProvisioning(text, now);
        if (decoded)
            return text;
        if (!firstRefusal)
            firstRefusal = decoded.error();
    }
    return Error{"not a Vigil enrolment code (" + firstRefusal->message + ")", ErrorKind::Invalid};
}

} // namespace vigil::field
