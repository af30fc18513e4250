// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The short names the HTTP stack's own sources (and the tools that speak raw HTTP beside it)
// use for Beast and Asio, and the completion token every coroutine here awaits with: errors
// come back as values (`auto [ec, n] = co_await …(kTuple)`), never as exceptions.

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/error.hpp>

// Named here without Beast's HTTP headers, which only the heavy translation units include.
namespace boost::beast::http {
}

namespace vigil {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = net::ssl;
using tcp = net::ip::tcp;
using beast::error_code;

inline constexpr auto kTuple = net::as_tuple(net::use_awaitable);

} // namespace vigil
