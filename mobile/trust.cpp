// SPDX-License-Identifier: EUPL-1.2
#include "trust.h"

#include "shared/keysetrotation.h"
#include "shared/provisioning.h"
#include "shared/signeddoc.h"

namespace vigil::field {

bool Trust::enrolled()
{
    return rootKey().has_value();
}

Status Trust::enrol(std::string_view provisioningJson, std::uint64_t now)
{
    if (enrolled())
        return Error{"this device is already enrolled"};
    auto verified = decodeProvisioning(provisioningJson, now);
    if (!verified)
        return verified.error();
    const auto& p = verified->provisioning;
    // The directory before the root key: the root key's presence is what says "enrolled".
    if (!p.signedDirectory.empty()) {
        if (auto s = m_store.setSetting(setting::kDirectory, p.signedDirectory); !s)
            return s;
    }
    if (auto s = m_store.setSettingText(setting::kRelayUrl, p.relayUrl); !s)
        return s;
    if (auto s = m_store.setSettingText(setting::kOrganisation, p.organisation); !s)
        return s;
    if (!p.enrolCode.empty()) {
        if (auto s = m_store.setSettingText(setting::kEnrolCode, p.enrolCode); !s)
            return s;
    }
    if (p.keySet) {
        if (auto s = m_store.setSettingText(setting::kKeySet, encodeKeySet(*p.keySet)); !s)
            return s;
    }
    return m_store.setSetting(setting::kRootKey, p.rootKey);
}

std::optional<PublicKey> Trust::rootKey()
{
    auto v = m_store.setting(setting::kRootKey);
    if (!v || v->size() != PublicKey{}.size())
        return std::nullopt;
    PublicKey key{};
    std::copy(v->begin(), v->end(), key.begin());
    return key;
}

std::string Trust::relayUrl()
{
    return m_store.settingText(setting::kRelayUrl).value_or("");
}

std::string Trust::organisation()
{
    return m_store.settingText(setting::kOrganisation).value_or("");
}

std::vector<RootKeySet> Trust::keySetHistory()
{
    auto root = rootKey();
    if (!root)
        return {};
    RootKeySet pinned(*root);
    if (auto json = m_store.settingText(setting::kKeySet))
        if (auto set = decodeKeySet(*json))
            pinned = std::move(*set);
    auto stored = m_store.setting(setting::kKeySetRotations);
    if (!stored)
        return {pinned};
    auto chain = decodeRotationChain(*stored);
    if (!chain)
        return {pinned};
    auto history = vigil::keySetHistory(pinned, *chain);
    return history ? std::move(*history) : std::vector<RootKeySet>{pinned};
}

Result<bool> Trust::acceptKeySetRotations(ByteView body)
{
    const std::vector<RootKeySet> held = keySetHistory();
    if (held.empty())
        return Error{"this device is not enrolled"};
    auto chain = decodeRotationChain(body);
    if (!chain)
        return chain.error();
    auto history = vigil::keySetHistory(held.front(), *chain);
    if (!history)
        return history.error();
    if (history->back().serial < held.back().serial)
        return Error{"key set rotations: they reach serial " + std::to_string(history->back().serial)
                     + ", older than the " + std::to_string(held.back().serial) + " this phone follows"};
    if (history->back() == held.back())
        return false;
    if (auto s = m_store.setSetting(setting::kKeySetRotations, body); !s)
        return s.error();
    return true;
}

Result<Bulletin> Trust::verifyBulletin(ByteView signedBulletin)
{
    const std::vector<RootKeySet> history = keySetHistory();
    Result<Bulletin> b = Error{"this device is not enrolled"};
    for (auto set = history.rbegin(); set != history.rend(); ++set)
        if ((b = vigil::verifyBulletin(signedBulletin, *set)))
            break;
    return b;
}

Result<Directory> Trust::directory(std::uint64_t now)
{
    const std::vector<RootKeySet> history = keySetHistory();
    if (history.empty())
        return Error{"this device is not enrolled"};
    auto blob = m_store.setting(setting::kDirectory);
    if (!blob)
        return Error{"no directory yet: connect once to fetch it"};
    // The held directory may predate the last rotation: it stays good until a newer one,
    // signed by the current set, replaces it.
    Result<Directory> d = Error{"directory: no key set"};
    for (auto set = history.rbegin(); set != history.rend(); ++set)
        if ((d = verifyDirectory(*blob, *set, now)))
            break;
    return d;
}

std::uint32_t Trust::directoryVersion()
{
    const std::vector<RootKeySet> history = keySetHistory();
    auto blob = m_store.setting(setting::kDirectory);
    if (history.empty() || !blob)
        return 0;
    // An expired directory still has a version: verify its signature at its own issue time.
    for (auto set = history.rbegin(); set != history.rend(); ++set)
        if (auto payload = openSignedDocument(*blob, kDirectoryMagic, *set, "directory"))
            if (auto d = decodeDirectory(*payload))
                return d->version;
    return 0;
}

Result<bool> Trust::acceptDirectory(ByteView signedDirectory, std::uint64_t now)
{
    const std::vector<RootKeySet> history = keySetHistory();
    if (history.empty())
        return Error{"this device is not enrolled"};
    const auto current = m_store.setting(setting::kDirectory);
    const bool same = current && ByteView(*current).size() == signedDirectory.size()
                      && std::equal(current->begin(), current->end(), signedDirectory.begin());
    // A new one must be signed by the set in force now.
    const std::uint32_t held = directoryVersion();
    auto d = verifyDirectory(signedDirectory, history.back(), now, held);
    if (!d) {
        // The one held, signed by the set before a rotation: nothing new, and no fault.
        if (same && history.size() > 1)
            return false;
        return d.error();
    }
    if (same)
        return false;
    if (auto s = m_store.setSetting(setting::kDirectory, signedDirectory); !s)
        return s.error();
    return true;
}

DocumentSigners Trust::documentSigners()
{
    const std::vector<RootKeySet> history = keySetHistory();
    if (history.empty())
        return DocumentSigners(RootKeySet{});
    auto blob = m_store.setting(setting::kDirectory);
    if (!blob)
        return DocumentSigners(history.back());
    return signersFor(history.back(), *blob);
}

std::optional<SupportContacts> Trust::supportContacts()
{
    // Held contacts were taken from the set in force then; they stay readable after a rotation.
    const std::vector<RootKeySet> history = keySetHistory();
    auto held = m_store.setting(setting::kSupport);
    if (history.empty() || !held)
        return std::nullopt;
    for (auto set = history.rbegin(); set != history.rend(); ++set)
        if (auto d = verifySupportContacts(*held, *set))
            return std::move(*d);
    return std::nullopt;
}

Result<bool> Trust::acceptSupportContacts(ByteView signedDocument)
{
    const std::vector<RootKeySet> history = keySetHistory();
    if (history.empty())
        return Error{"this device is not enrolled"};
    const auto held = supportContacts();
    // New contacts only from the set in force: once key holders exist, t of them must sign.
    auto d = verifySupportContacts(signedDocument, history.back(), held ? held->serial : 0);
    if (!d)
        return d.error();
    if (held && *held == *d)
        return false;
    if (auto s = m_store.setSetting(setting::kSupport, signedDocument); !s)
        return s.error();
    return true;
}

std::optional<tokens::IssuerKeyDocument> Trust::issuerKeys()
{
    const std::vector<RootKeySet> history = keySetHistory();
    auto blob = m_store.setting(setting::kTokenIssuer);
    if (history.empty() || !blob)
        return std::nullopt;
    if (auto d = tokens::verifyIssuerKeyDocument(*blob, documentSigners()))
        return std::move(*d);
    for (auto set = history.rbegin(); set != history.rend(); ++set)
        if (auto d = tokens::verifyIssuerKeyDocument(*blob, *set))
            return std::move(*d);
    return std::nullopt;
}

Result<bool> Trust::acceptIssuerKeys(ByteView signedDocument)
{
    if (keySetHistory().empty())
        return Error{"this device is not enrolled"};
    const auto held = issuerKeys();
    // The set in force, or the online key the held directory (signed by that set) certifies.
    auto d = tokens::verifyIssuerKeyDocument(signedDocument, documentSigners(), held ? held->serial : 0);
    if (!d)
        return d.error();
    if (held && held->serial == d->serial)
        return false;
    if (auto s = m_store.setSetting(setting::kTokenIssuer, signedDocument); !s)
        return s.error();
    return true;
}

} // namespace vigil::field
