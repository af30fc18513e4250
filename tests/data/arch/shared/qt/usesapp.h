// SPDX-License-Identifier: EUPL-1.2
// What both apps share knows neither app, nor a server.
#include "mobile/fieldapp.h"
#include "../../registry/caseservice.h"
#include <boost/asio/io_context.hpp>
