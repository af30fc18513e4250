// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A move-only std::function (C++23 has std::move_only_function; GCC 12 in C++20 mode does
// not). Needed to carry Asio completion handlers, which cannot be copied, across threads (the relay's store writer, the registry's intake queue).

#include <memory>
#include <utility>

namespace vigil {

template <typename Signature>
class MoveFunction;

template <typename R, typename... Args>
class MoveFunction<R(Args...)> {
public:
    MoveFunction() = default;
    template <typename F>
    MoveFunction(F f) : m_impl(std::make_unique<Impl<F>>(std::move(f)))  // NOLINT: implicit like std::function
    {
    }

    explicit operator bool() const { return m_impl != nullptr; }
    R operator()(Args... args) { return m_impl->call(std::forward<Args>(args)...); }

private:
    struct Base {
        virtual ~Base() = default;
        virtual R call(Args... args) = 0;
    };
    template <typename F>
    struct Impl final : Base {
        explicit Impl(F f) : fn(std::move(f)) {}
        R call(Args... args) override { return fn(std::forward<Args>(args)...); }
        F fn;
    };
    std::unique_ptr<Base> m_impl;
};

} // namespace vigil
