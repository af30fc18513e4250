// SPDX-License-Identifier: EUPL-1.2
// The HTTP stack knows no server: allowed Asio, refused registry.
#include <boost/asio/io_context.hpp>
#include "registry/casestore.h"
