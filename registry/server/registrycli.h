// SPDX-License-Identifier: EUPL-1.2
#pragma once

// vigil-registry's command line, parsed and checked before anything starts: a value that
// cannot be meant as written (a port past 65535, an unknown log level, plain HTTP on a public
// address without --plain-http) is refused with exit code 2, never rounded to something else.

#include "registryserver.h"

#include "shared/net/log.h"

#include <ostream>
#include <variant>

namespace vigil::registry {

struct RegistryCommandLine {
    RegistryOptions options;
    LogLevel logLevel = LogLevel::Info;
};

/// Exit with this code after printing (help: 0, a wrong command line: 2).
struct RegistryExit {
    int code = 0;
};

/// Parses argv; usage errors and help go to `out`/`err`.
std::variant<RegistryCommandLine, RegistryExit> parseRegistryCommandLine(int argc, const char* const* argv,
                                                                         std::ostream& out, std::ostream& err);

} // namespace vigil::registry
