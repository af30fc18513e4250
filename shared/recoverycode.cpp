// SPDX-License-Identifier: EUPL-1.2
#include "recoverycode.h"

#include "sodiuminit.h"

#include <sodium.h>

#include <algorithm>
#include <cctype>

namespace vigil {

namespace {

constexpr std::string_view kContext = "vigil recovery code v1";
constexpr std::size_t kChecksumBytes = 4;

/// BLAKE2b-32 of the sealed item: catches a code cut off or altered in copying before the
/// passphrase is tried, so "check the code" and "check the passphrase" are different answers.
FixedBytes<kChecksumBytes> checksum(ByteView sealed)
{
    ensureSodium();
    FixedBytes<kChecksumBytes> out{};
    crypto_generichash(out.data(), out.size(), sealed.data(), sealed.size(), nullptr, 0);
    return out;
}

} // namespace

Result<std::string> makeRecoveryCode(std::string_view passphrase, ByteView payload, VaultParams params)
{
    if (passphrase.size() < kMinRecoveryPassphrase)
        return Error{"recovery code: a passphrase needs at least " + std::to_string(kMinRecoveryPassphrase)
                         + " characters",
                     ErrorKind::Invalid};
    auto key = VaultKey::create(passphrase, params);
    if (!key)
        return key.error();
    Bytes sealed = vaultSeal(*key, payload, kContext);
    const auto sum = checksum(sealed);
    sealed.insert(sealed.end(), sum.begin(), sum.end());
    return std::string(kRecoveryCodePrefix) + toBase64Url(sealed);
}

Result<WipedBytes> openRecoveryCode(std::string_view code, std::string_view passphrase)
{
    std::string compact;
    compact.reserve(code.size());
    for (const char c : code)
        if (!std::isspace(static_cast<unsigned char>(c)))
            compact.push_back(c);
    if (!compact.starts_with(kRecoveryCodePrefix))
        return Error{"recovery code: this is not a Vigil recovery code", ErrorKind::Invalid};
    auto bytes = fromBase64Url(std::string_view(compact).substr(kRecoveryCodePrefix.size()));
    if (!bytes || bytes->size() <= kChecksumBytes)
        return Error{"recovery code: the code is incomplete or mistyped", ErrorKind::Invalid};
    const ByteView all(*bytes);
    const ByteView sealed = all.first(all.size() - kChecksumBytes);
    const auto sum = checksum(sealed);
    if (!std::equal(sum.begin(), sum.end(), all.end() - kChecksumBytes))
        return Error{"recovery code: the code is incomplete or mistyped", ErrorKind::Invalid};
    auto plain = vaultOpenWithPin(passphrase, sealed, kContext);
    if (!plain) {
        if (plain.error().kind == ErrorKind::Refused)
            return Error{"recovery code: wrong passphrase", ErrorKind::Refused};
        return withContext("recovery code", plain.error());
    }
    return plain;
}

} // namespace vigil
