// SPDX-License-Identifier: EUPL-1.2
// Envelope parser and both openers on hostile bytes: a relay parses every upload, the
// registry opens every header, a recipient every body.
#include "fuzzkeys.h"

#include "shared/envelope.h"
#include "shared/reportbody.h"
#include "shared/seal.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace vigil;
    const ByteView in(data, size);
    auto view = parseEnvelope(in, 1u << 20);
    if (!view)
        return 0;
    (void)contentHash(*view);
    (void)envelopeHash(in);
    (void)openRoutingHeader(in, fuzz::routingKey());
    if (auto body = openBody(in, fuzz::memberKey()))
        (void)decodeReportBody(body->view());
    (void)openFollowUp(in, fuzz::memberKey());
    return 0;
}
