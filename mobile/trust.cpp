// SPDX-License-Identifier: EUPL-1.2
#include "trust.h"

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

Result<Directory> Trust::directory(std::uint64_t now)
{
    auto root = rootKey();
    if (!root)
        return Error{"this device is not enrolled"};
    auto blob = m_store.setting(setting::kDirectory);
    if (!blob)
        return Error{"no directory yet: connect once to fetch it"};
    return verifyDirectory(*blob, *root, now);
}

std::uint32_t Trust::directoryVersion()
{
    auto root = rootKey();
    auto blob = m_store.setting(setting::kDirectory);
    if (!root || !blob)
        return 0;
    // An expired directory still has a version: verify its signature at its own issue time.
    auto payload = openSignedDocument(*blob, kDirectoryMagic, *root, "directory");
    if (!payload)
        return 0;
    auto d = decodeDirectory(*payload);
    return d ? d->version : 0;
}

Result<bool> Trust::acceptDirectory(ByteView signedDirectory, std::uint64_t now)
{
    auto root = rootKey();
    if (!root)
        return Error{"this device is not enrolled"};
    const std::uint32_t held = directoryVersion();
    auto d = verifyDirectory(signedDirectory, *root, now, held);
    if (!d)
        return d.error();
    if (auto current = m_store.setting(setting::kDirectory); current && ByteView(*current).size() == signedDirectory.size()
        && std::equal(current->begin(), current->end(), signedDirectory.begin()))
        return false;
    if (auto s = m_store.setSetting(setting::kDirectory, signedDirectory); !s)
        return s.error();
    return true;
}

std::optional<SupportContacts> Trust::supportContacts()
{
    auto root = rootKey();
    auto held = m_store.setting(setting::kSupport);
    if (!root || !held)
        return std::nullopt;
    auto d = verifySupportContacts(*held, *root);
    if (!d)
        return std::nullopt;
    return std::move(*d);
}

Result<bool> Trust::acceptSupportContacts(ByteView signedDocument)
{
    auto root = rootKey();
    if (!root)
        return Error{"this device is not enrolled"};
    const auto held = supportContacts();
    auto d = verifySupportContacts(signedDocument, *root, held ? held->serial : 0);
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
    auto root = rootKey();
    auto blob = m_store.setting(setting::kTokenIssuer);
    if (!root || !blob)
        return std::nullopt;
    auto d = tokens::verifyIssuerKeyDocument(*blob, *root);
    if (!d)
        return std::nullopt;
    return std::move(*d);
}

Result<bool> Trust::acceptIssuerKeys(ByteView signedDocument)
{
    auto root = rootKey();
    if (!root)
        return Error{"this device is not enrolled"};
    const auto held = issuerKeys();
    auto d = tokens::verifyIssuerKeyDocument(signedDocument, *root, held ? held->serial : 0);
    if (!d)
        return d.error();
    if (held && held->serial == d->serial)
        return false;
    if (auto s = m_store.setSetting(setting::kTokenIssuer, signedDocument); !s)
        return s.error();
    return true;
}

} // namespace vigil::field
