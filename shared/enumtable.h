// SPDX-License-Identifier: EUPL-1.2
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace vigil {

/// One enumerator and its wire name (snake_case, stable across versions).
template <typename E>
struct EnumName {
    E value;
    std::string_view name;
};

/// Specialise with `static constexpr std::array<EnumName<E>, N> names{...}` per enum.
template <typename E>
struct EnumTable;

/// The wire name of `value`.
template <typename E>
constexpr std::string_view enumName(E value)
{
    for (const auto& entry : EnumTable<E>::names)
        if (entry.value == value)
            return entry.name;
    return "?";
}

/// Parses a wire name; std::nullopt when it names no enumerator.
template <typename E>
constexpr std::optional<E> parseEnum(std::string_view name)
{
    for (const auto& entry : EnumTable<E>::names)
        if (entry.name == name)
            return entry.value;
    return std::nullopt;
}

/// "a|b|c", for error messages that say what was expected.
template <typename E>
std::string enumChoices()
{
    std::string out;
    for (const auto& entry : EnumTable<E>::names) {
        if (!out.empty())
            out += '|';
        out += entry.name;
    }
    return out;
}

} // namespace vigil
