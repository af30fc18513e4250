// SPDX-License-Identifier: EUPL-1.2
// vigil_core must not see Asio.
#include <boost/asio/io_context.hpp>
#include "shared/net/log.h"
