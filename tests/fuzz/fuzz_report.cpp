// SPDX-License-Identifier: EUPL-1.2
// The strict JSON decoders (report, routing header, message) and the body framing. Whatever
// decodes must re-encode, and decode again to the same value (canonical round trip).
#include "shared/message.h"
#include "shared/reportbody.h"
#include "shared/reportcodec.h"
#include "shared/routingheader.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace vigil;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (auto report = decodeReport(text)) {
        auto encoded = encodeReport(*report);
        if (!encoded)
            std::abort(); // the decoder accepted what the encoder refuses
        auto again = decodeReport(*encoded);
        if (!again || !(*again == *report))
            std::abort();
    }
    if (auto header = decodeRoutingHeader(text)) {
        auto again = decodeRoutingHeader(encodeRoutingHeader(*header));
        if (!again || !(*again == *header))
            std::abort();
    }
    (void)decodeMessage(text);
    (void)decodeReportBody(ByteView(data, size));
    return 0;
}
