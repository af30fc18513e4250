// SPDX-License-Identifier: EUPL-1.2
#include "pdcatext.h"

#include "registry/bulletindesk.h"

#include "shared/hash.h"

#include <algorithm>

namespace vigil::registry {

namespace {

/// UTF-8 characters (not bytes), as SQLite's length() counts them in the tables' checks.
std::size_t characters(std::string_view text)
{
    return static_cast<std::size_t>(
        std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xc0) != 0x80; }));
}

} // namespace

std::string textTag(std::string_view text)
{
    // The measures register's domain string, kept for every PDCA text so old tags still match.
    const Hash32 h = Hasher().add(std::string_view("vigil measure text v1")).add(text).finish();
    return "#" + toHex(ByteView(h.data(), 4));
}

Status checkText(std::string_view field, std::string_view text, std::size_t min, std::size_t max, bool oneLine)
{
    const std::size_t n = characters(text);
    if (n < min || n > max)
        return invalid(std::string(field) + ": expected " + std::to_string(min) + " to " + std::to_string(max)
                       + " characters, got " + std::to_string(n));
    if (hasHiddenControls(text) || (oneLine && text.find('\n') != std::string_view::npos))
        return invalid(std::string(field) + ": may contain " + (oneLine ? "no new lines, " : "new lines but ")
                       + "no control characters or direction overrides");
    return {};
}

std::string joinIds(const std::vector<std::int64_t>& ids)
{
    std::string out;
    for (auto id : ids)
        out += (out.empty() ? "" : ", ") + std::to_string(id);
    return out.empty() ? "none" : out;
}

} // namespace vigil::registry
