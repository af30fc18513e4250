// SPDX-License-Identifier: EUPL-1.2
#include "listenaddress.h"

#include <cstdlib>

namespace vigil {

Status parseListen(std::string_view text, std::string& host, std::uint16_t& port)
{
    const auto colon = text.rfind(':');
    if (colon == std::string_view::npos || colon == 0)
        return Error{"listen: expected HOST:PORT, got \"" + std::string(text) + "\""};
    std::string_view h = text.substr(0, colon);
    if (h.front() == '[') {
        if (h.back() != ']')
            return Error{"listen: an IPv6 address goes in brackets, e.g. [::1]:8443"};
        h = h.substr(1, h.size() - 2);
    }
    const std::string p(text.substr(colon + 1));
    char* end = nullptr;
    const unsigned long value = std::strtoul(p.c_str(), &end, 10);
    if (p.empty() || *end != '\0' || value > 65535)
        return Error{"listen: port must be 0 to 65535, got \"" + p + "\""};
    host = std::string(h);
    port = static_cast<std::uint16_t>(value);
    return {};
}

} // namespace vigil
