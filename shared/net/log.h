// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Structured logging: one JSON object per line, with a time, a level and an event name.
// Privacy rule (docs/relay.md): callers never pass a client address, envelope bytes or key
// material as a field. The sink is injectable so tests can read what was logged.

#include <boost/json/object.hpp>

#include <atomic>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace vigil {

enum class LogLevel { Debug, Info, Warn, Error };

/// Parses "debug" / "info" / "warn" / "error".
std::optional<LogLevel> parseLogLevel(std::string_view name);

class Logger {
public:
    using Sink = std::function<void(std::string_view line)>;

    /// Logs lines at or above `minLevel` to `sink` (default: standard error).
    explicit Logger(LogLevel minLevel = LogLevel::Info, Sink sink = {});

    /// Writes {"ts":…,"level":…,"event":…, fields…} as one line; thread-safe.
    void log(LogLevel level, std::string_view event, boost::json::object fields = {});
    void debug(std::string_view event, boost::json::object fields = {}) { log(LogLevel::Debug, event, std::move(fields)); }
    void info(std::string_view event, boost::json::object fields = {}) { log(LogLevel::Info, event, std::move(fields)); }
    void warn(std::string_view event, boost::json::object fields = {}) { log(LogLevel::Warn, event, std::move(fields)); }
    void error(std::string_view event, boost::json::object fields = {}) { log(LogLevel::Error, event, std::move(fields)); }

    void setMinLevel(LogLevel level);
    bool enabled(LogLevel level) const;

private:
    std::mutex m_mutex;               // serialises lines, not the level check
    std::atomic<LogLevel> m_minLevel;
    Sink m_sink;
};

} // namespace vigil
