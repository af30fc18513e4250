// SPDX-License-Identifier: EUPL-1.2
#pragma once

// HTTP requests and responses as plain values, so routers and their tests never see Beast.
// The session converts from and to Beast messages; the client returns HttpResponse too.

#include "shared/result.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vigil {

using HeaderList = std::vector<std::pair<std::string, std::string>>;

/// Case-insensitive lookup of the first header `name`; empty when absent.
std::string_view findHeader(const HeaderList& headers, std::string_view name);

struct HttpRequest {
    std::string method;   ///< "GET", "POST", …
    std::string target;   ///< path and query: "/v1/bulletins?after=3"
    HeaderList headers;
    std::string body;

    std::string_view header(std::string_view name) const { return findHeader(headers, name); }
    std::string_view path() const;
    /// The raw value of query parameter `name` (no percent-decoding: our parameters are numbers).
    std::optional<std::string_view> query(std::string_view name) const;
};

struct HttpResponse {
    unsigned status = 200;
    std::string contentType;
    HeaderList headers;
    std::string body;
    bool close = false;   ///< the server closes the connection after this answer

    std::string_view header(std::string_view name) const { return findHeader(headers, name); }
};

/// 2xx/4xx/5xx with a JSON body.
HttpResponse jsonResponse(unsigned status, std::string body);
/// {"error":"<message>"}; every refusal either server makes has this shape.
HttpResponse jsonError(unsigned status, std::string_view message);

/// The status that answers an error of `kind`: NotFound 404, Conflict 409, Invalid 400,
/// Refused 403, Storage and Unavailable 503; `otherwise` when the kind is unspecified.
unsigned statusFor(ErrorKind kind, unsigned otherwise);

/// Parses a decimal unsigned query value, as used by ?after=N.
std::optional<std::int64_t> parseSequence(std::string_view text);

} // namespace vigil
