// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace vigil {

/// What kind of failure an Error is, so a caller (the HTTP layer above all) can choose its
/// answer without reading the message, which is for people and may change.
enum class ErrorKind {
    Unspecified,   ///< not classified where it arose; the caller decides from where it happened
    NotFound,      ///< what was named does not exist, or is not the caller's to see
    Conflict,      ///< contradicts the current state (a transition not allowed, an id used before)
    Invalid,       ///< malformed or out of range
    Refused,       ///< well-formed, but not allowed for this caller or in this state
    Storage,       ///< the database or the disk failed; trying again later may work
    Unavailable,   ///< cannot serve now (busy, not ready); trying again later will work
};

/// A failure a person can read: which field or step, what was expected, what was found; and
/// its kind. `Error{"message"}` leaves the kind unspecified.
struct Error {
    std::string message;
    ErrorKind kind = ErrorKind::Unspecified;
};

/// Returns `e` with `context` prepended ("directory: " + "signature does not verify").
inline Error withContext(std::string_view context, Error e)
{
    e.message.insert(0, std::string(context) + ": ");
    return e;
}

/// Returns `e` classified as `kind` (for an error passed on from a check whose every failure
/// means the same to the caller).
inline Error withKind(ErrorKind kind, Error e)
{
    e.kind = kind;
    return e;
}

/// An error of kind Invalid: the caller's input is refused (and nothing was changed).
inline Error invalid(std::string message)
{
    return Error{std::move(message), ErrorKind::Invalid};
}

/// Either a value or an Error; the return type of every fallible function at a module boundary.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_state(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() &
    {
        assert(ok());
        return std::get<0>(m_state);
    }
    const T& value() const&
    {
        assert(ok());
        return std::get<0>(m_state);
    }
    T&& value() &&
    {
        assert(ok());
        return std::get<0>(std::move(m_state));
    }
    /// The value, or `fallback` when this holds an error (for errors that are safe to ignore).
    T value_or(T fallback) const& { return ok() ? value() : std::move(fallback); }

    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T&& operator*() && { return std::move(*this).value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const
    {
        assert(!ok());
        return std::get<1>(m_state);
    }

private:
    std::variant<T, Error> m_state;
};

/// Success without a value, or an Error.
template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const
    {
        assert(!ok());
        return *m_error;
    }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace vigil
