// SPDX-License-Identifier: EUPL-1.2
#include "httpmessage.h"

#include <boost/json/serialize.hpp>
#include <boost/json/object.hpp>

#include <charconv>
#include <cstdint>

namespace vigil {

namespace {

bool equalsIgnoreCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
        if (lower(a[i]) != lower(b[i]))
            return false;
    }
    return true;
}

} // namespace

std::string_view findHeader(const HeaderList& headers, std::string_view name)
{
    for (const auto& [key, value] : headers)
        if (equalsIgnoreCase(key, name))
            return value;
    return {};
}

std::string_view HttpRequest::path() const
{
    std::string_view t = target;
    return t.substr(0, t.find('?'));
}

std::optional<std::string_view> HttpRequest::query(std::string_view name) const
{
    std::string_view t = target;
    const auto q = t.find('?');
    if (q == std::string_view::npos)
        return std::nullopt;
    std::string_view rest = t.substr(q + 1);
    while (!rest.empty()) {
        const auto amp = rest.find('&');
        std::string_view pair = rest.substr(0, amp);
        const auto eq = pair.find('=');
        if (pair.substr(0, eq) == name)
            return eq == std::string_view::npos ? std::string_view{} : pair.substr(eq + 1);
        if (amp == std::string_view::npos)
            break;
        rest.remove_prefix(amp + 1);
    }
    return std::nullopt;
}

HttpResponse jsonResponse(unsigned status, std::string body)
{
    HttpResponse r;
    r.status = status;
    r.contentType = "application/json";
    r.body = std::move(body);
    return r;
}

HttpResponse jsonError(unsigned status, std::string_view message)
{
    boost::json::object o;
    o.emplace("error", message);
    return jsonResponse(status, boost::json::serialize(o));
}

unsigned statusFor(ErrorKind kind, unsigned otherwise)
{
    switch (kind) {
    case ErrorKind::NotFound: return 404;
    case ErrorKind::Conflict: return 409;
    case ErrorKind::Invalid: return 400;
    case ErrorKind::Refused: return 403;
    case ErrorKind::Storage: return 503;
    case ErrorKind::Unavailable: return 503;
    case ErrorKind::Unspecified: break;
    }
    return otherwise;
}

std::optional<std::int64_t> parseSequence(std::string_view text)
{
    std::int64_t value = 0;
    if (text.empty() || text.size() > 18)
        return std::nullopt;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 0)
        return std::nullopt;
    return value;
}

} // namespace vigil
