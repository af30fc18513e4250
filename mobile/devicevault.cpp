// SPDX-License-Identifier: EUPL-1.2
#include "devicevault.h"

#include "shared/keys.h"
#include "shared/sodiuminit.h"

#include <sodium.h>

namespace vigil::field {

namespace slot {
std::string replyKey(const ReportId& id) { return "reply-key:" + toHex(id); }
std::string report(const ReportId& id) { return "report:" + toHex(id); }
std::string thread(const ReportId& id) { return "thread:" + toHex(id); }
std::string repliesSeen(const ReportId& id) { return "replies-seen:" + toHex(id); }
std::string binding(const ReportId& id) { return "binding:" + toHex(id); }
std::string surveySkipped(const ReportId& id) { return "survey-skipped:" + toHex(id); }
} // namespace slot

namespace setting {
std::string mailboxCursor(std::string_view prefix) { return "sync.mailbox_after." + std::string(prefix); }
} // namespace setting

Result<WipedBytes> dropOpen(FieldStore& store, const VaultKey& key, ByteView sealed)
{
    if (sealed.size() < crypto_box_SEALBYTES)
        return Error{"drop box: item too short"};
    auto item = store.vaultItem(slot::kDropBox);
    if (!item)
        return Error{"the vault has no drop box"};
    auto secret = vaultOpen(key, *item, slot::kDropBox);
    if (!secret)
        return secret.error();
    auto pair = BoxKeyPair::fromSecretKey(secret->view());
    if (!pair)
        return pair.error();
    WipedBytes out(Bytes(sealed.size() - crypto_box_SEALBYTES));
    if (crypto_box_seal_open(out.bytes().data(), sealed.data(), sealed.size(), pair->publicKey.data(),
                             pair->secretKey.data())
        != 0)
        return Error{"drop box: item does not open"};
    return out;
}

namespace {
constexpr std::string_view kCheckContext = "vigil vault check";
} // namespace

bool DeviceVault::exists()
{
    return m_store.setting(setting::kVaultCheck).has_value();
}

Status DeviceVault::create(VaultKey key)
{
    const Bytes check = key.makeCheckItem();
    BoxKeyPair drop = BoxKeyPair::generate();
    const Bytes dropItem = vaultSeal(key, drop.secretKey.view(), slot::kDropBox);
    // The check item goes last: its presence is what says "a vault exists".
    if (auto s = m_store.putVaultItem(slot::kDropBox, dropItem); !s)
        return s;
    if (auto s = m_store.setSetting(setting::kDropBoxPublic, drop.publicKey); !s)
        return s;
    if (auto s = m_store.setSetting(setting::kVaultCheck, check); !s)
        return s;
    m_key = std::make_shared<const VaultKey>(std::move(key));
    return {};
}

Result<VaultKey> DeviceVault::derive(FieldStore& store, std::string_view pin)
{
    auto check = store.setting(setting::kVaultCheck);
    if (!check)
        return Error{"no vault on this device"};
    return VaultKey::unlock(pin, *check);
}

void DeviceVault::adopt(VaultKey key)
{
    m_key = std::make_shared<const VaultKey>(std::move(key));
}

Status DeviceVault::put(std::string_view slotName, ByteView plaintext)
{
    if (!m_key)
        return Error{"the vault is locked"};
    return m_store.putVaultItem(slotName, vaultSeal(*m_key, plaintext, slotName));
}

Result<WipedBytes> DeviceVault::get(std::string_view slotName)
{
    if (!m_key)
        return Error{"the vault is locked"};
    auto item = m_store.vaultItem(slotName);
    if (!item)
        return Error{"no vault item " + std::string(slotName)};
    return vaultOpen(*m_key, *item, slotName);
}

Result<Bytes> DeviceVault::dropSeal(ByteView plaintext)
{
    ensureSodium();
    auto pk = m_store.setting(setting::kDropBoxPublic);
    if (!pk || pk->size() != crypto_box_PUBLICKEYBYTES)
        return Error{"the vault has no drop box"};
    Bytes out(plaintext.size() + crypto_box_SEALBYTES);
    if (crypto_box_seal(out.data(), plaintext.data(), plaintext.size(), pk->data()) != 0)
        return Error{"drop box: sealing failed"};
    return out;
}

Result<WipedBytes> DeviceVault::dropOpen(ByteView sealed)
{
    if (!m_key)
        return Error{"the vault is locked"};
    return field::dropOpen(m_store, *m_key, sealed);
}

} // namespace vigil::field
