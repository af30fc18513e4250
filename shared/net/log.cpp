// SPDX-License-Identifier: EUPL-1.2
#include "log.h"

#include <boost/json/serialize.hpp>

#include <chrono>
#include <cstdio>
#include <ctime>

namespace vigil {

namespace {

constexpr std::string_view levelName(LogLevel level)
{
    switch (level) {
    case LogLevel::Debug: return "debug";
    case LogLevel::Info: return "info";
    case LogLevel::Warn: return "warn";
    case LogLevel::Error: return "error";
    }
    return "info";
}

/// RFC 3339 UTC time with milliseconds; logs are read across ships in different zones.
std::string timestamp()
{
    const auto now = std::chrono::system_clock::now();
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
    const std::time_t t = std::chrono::system_clock::to_time_t(now);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                  tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms));
    return buf;
}

} // namespace

std::optional<LogLevel> parseLogLevel(std::string_view name)
{
    for (auto level : {LogLevel::Debug, LogLevel::Info, LogLevel::Warn, LogLevel::Error})
        if (levelName(level) == name)
            return level;
    return std::nullopt;
}

Logger::Logger(LogLevel minLevel, Sink sink) : m_minLevel(minLevel), m_sink(std::move(sink))
{
    if (!m_sink)
        m_sink = [](std::string_view line) {
            std::fwrite(line.data(), 1, line.size(), stderr);
            std::fflush(stderr);
        };
}

void Logger::setMinLevel(LogLevel level)
{
    m_minLevel.store(level, std::memory_order_relaxed);
}

bool Logger::enabled(LogLevel level) const
{
    return level >= m_minLevel.load(std::memory_order_relaxed);
}

void Logger::log(LogLevel level, std::string_view event, boost::json::object fields)
{
    if (!enabled(level))
        return;
    boost::json::object line;
    line.reserve(fields.size() + 3);
    line.emplace("ts", timestamp());
    line.emplace("level", levelName(level));
    line.emplace("event", event);
    for (auto& kv : fields)
        line.emplace(kv.key(), std::move(kv.value()));
    std::string text = boost::json::serialize(line);
    text.push_back('\n');
    std::lock_guard lock(m_mutex);
    m_sink(text);
}

} // namespace vigil
