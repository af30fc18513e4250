// SPDX-License-Identifier: EUPL-1.2
#include "pinguard.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <charconv>
#include <string>

namespace vigil::field {

namespace {

// Settings, not vault items: the count must be readable while the app is locked. It is not
// secret, and someone who can edit the database can copy it and guess offline anyway.
constexpr std::string_view kFailuresSetting = "pin.failures";
constexpr std::string_view kLastAttemptSetting = "pin.last_attempt";

// PINs people pick most that the rules below do not catch (keypad lines and shapes, mirrored
// and doubled runs), after the published analyses of leaked PIN lists.
constexpr std::array<std::string_view, 26> kCommonPins = {
    "112233", "111222", "121122", "123321", "654456", "159753", "357951", "147258",
    "258369", "369258", "741852", "852963", "963852", "789456", "147369", "159357",
    "753159", "246810", "135790", "102030", "010203", "112211", "123654", "147852",
    "100200", "998877",
};

std::uint64_t readNumber(FieldStore& store, std::string_view key)
{
    const auto text = store.settingText(key);
    std::uint64_t value = 0;
    if (text)
        std::from_chars(text->data(), text->data() + text->size(), value);
    return value;
}

bool isRun(std::string_view pin, int step)
{
    for (std::size_t i = 1; i < pin.size(); ++i) {
        if (pin[i] < '0' || pin[i] > '9' || pin[i - 1] < '0' || pin[i - 1] > '9')
            return false;
        if ((pin[i - 1] - '0' + 10 + step) % 10 != pin[i] - '0')
            return false;
    }
    return true;
}

bool isRepeatedGroup(std::string_view pin)
{
    for (std::size_t group = 2; group <= pin.size() / 2; ++group) {
        if (pin.size() % group != 0)
            continue;
        bool repeats = true;
        for (std::size_t i = group; i < pin.size() && repeats; ++i)
            repeats = pin[i] == pin[i - group];
        if (repeats)
            return true;
    }
    return false;
}

} // namespace

PinWeakness pinWeakness(std::string_view pin)
{
    if (pin.size() < static_cast<std::size_t>(PinGuard::kMinimumLength))
        return PinWeakness::TooShort;
    if (std::all_of(pin.begin(), pin.end(), [&](char c) { return c == pin.front(); }))
        return PinWeakness::SameDigit;
    if (isRun(pin, 1) || isRun(pin, -1))
        return PinWeakness::Run;
    if (isRepeatedGroup(pin))
        return PinWeakness::RepeatedGroup;
    if (std::find(kCommonPins.begin(), kCommonPins.end(), pin) != kCommonPins.end())
        return PinWeakness::Common;
    return PinWeakness::None;
}

PinGuard::PinGuard(FieldStore& store, std::function<std::uint64_t()> clock, QObject* parent)
    : QObject(parent), m_store(store), m_clock(std::move(clock))
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this]() {
        emit changed();
        watchWait();
    });
    watchWait();
}

int PinGuard::failures() const
{
    return static_cast<int>(std::min<std::uint64_t>(readNumber(m_store, kFailuresSetting), 1'000'000));
}

int PinGuard::attemptsLeft() const
{
    return std::max(0, kWipeOfferAfter - failures());
}

std::uint64_t PinGuard::waitAfter(int failures)
{
    if (failures < kFreeFailures)
        return 0;
    const int doublings = std::min(failures - kFreeFailures, 16);
    return std::min(kFirstWaitSeconds << doublings, kLongestWaitSeconds);
}

int PinGuard::waitSeconds() const
{
    const std::uint64_t wait = waitAfter(failures());
    if (wait == 0)
        return 0;
    const std::uint64_t last = readNumber(m_store, kLastAttemptSetting);
    const std::uint64_t now = m_clock ? m_clock() : 0;
    // A clock set back does not shorten the wait: it counts from now instead.
    const std::uint64_t elapsed = now >= last ? now - last : 0;
    return static_cast<int>(elapsed >= wait ? 0 : wait - elapsed);
}

void PinGuard::recordAttempt()
{
    // If the store cannot be written the try still goes ahead: locking the owner out of
    // their own reports over a full disk would be worse than one uncounted guess.
    static_cast<void>(m_store.setSettingText(kFailuresSetting, std::to_string(failures() + 1)));
    static_cast<void>(m_store.setSettingText(kLastAttemptSetting, std::to_string(m_clock ? m_clock() : 0)));
    emit changed();
    watchWait();
}

void PinGuard::recordSuccess()
{
    static_cast<void>(m_store.setSettingText(kFailuresSetting, "0"));
    emit changed();
    watchWait();
}

void PinGuard::watchWait()
{
    if (waitSeconds() > 0) {
        if (!m_tick.isActive())
            m_tick.start();
    } else {
        m_tick.stop();
    }
}

QString PinGuard::refusal(const QString& pin) const
{
    switch (pinWeakness(pin.toStdString())) {
    case PinWeakness::None:
        return {};
    case PinWeakness::TooShort:
        return tr("Choose a PIN of at least %1 digits.").arg(kMinimumLength);
    case PinWeakness::SameDigit:
        return tr("One digit repeated is the first PIN anyone tries. Choose another.");
    case PinWeakness::Run:
        return tr("Digits in a row, like 123456 or 987654, are the first PIN anyone tries. Choose another.");
    case PinWeakness::RepeatedGroup:
        return tr("A group of digits repeated, like 121212, is easy to guess. Choose another.");
    case PinWeakness::Common:
        return tr("This is one of the most common PINs and easy to guess. Choose another.");
    }
    return {};
}

QString PinGuard::wrongPinMessage() const
{
    const int left = attemptsLeft();
    if (left == 0)
        // The lock screen explains the wipe it now offers; the message only counts.
        return tr("Wrong PIN, %1 times in a row.").arg(failures());
    return tr("Wrong PIN. %n more wrong PIN(s) and this phone offers to wipe everything on it.", "", left);
}

QString PinGuard::waitMessage() const
{
    return tr("Too many wrong PINs. Try again in %n second(s).", "", waitSeconds());
}

} // namespace vigil::field
