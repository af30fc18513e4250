// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A signed document (directory, support contacts, authorities) served whole with a strong
// ETag, so a device or console that asks at every sync gets 304 while it holds the newest.

#include "shared/bytes.h"
#include "shared/hash.h"
#include "shared/net/httpmessage.h"

#include <string>

namespace vigil::registry {

inline HttpResponse documentResponse(const HttpRequest& request, const Bytes& document)
{
    const std::string etag = "\"" + toHex(blake2b256(document)).substr(0, 32) + "\"";
    HttpResponse r;
    r.headers.emplace_back("ETag", etag);
    if (request.header("If-None-Match") == etag) {
        r.status = 304;
        return r;
    }
    r.contentType = "application/octet-stream";
    r.body = toString(document);
    return r;
}

} // namespace vigil::registry
