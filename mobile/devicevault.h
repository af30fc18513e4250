// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The device vault while the app runs: the PIN-derived key (only while unlocked) and the
// drop box, an X25519 key pair whose public half is stored in the clear so that the sync
// engine can seal receipts into the vault while the app is locked; its secret half lives in
// the vault. Drafts, reply keys, report summaries and conversations are vault items.

#include "fieldstore.h"

#include "shared/vault.h"

#include <memory>
#include <string_view>

namespace vigil::field {

/// Slot names (docs/protocol.md §6 uses the context of a vault item as its slot name).
namespace slot {
inline constexpr std::string_view kDraft = "draft:current";
inline constexpr std::string_view kDropBox = "drop-box-key";
std::string replyKey(const ReportId& id);     ///< "reply-key:<hex>"
std::string report(const ReportId& id);       ///< "report:<hex>": summary, routing, recipients
std::string thread(const ReportId& id);       ///< "thread:<hex>": the conversation
std::string repliesSeen(const ReportId& id);  ///< "replies-seen:<hex>": how many replies were read
std::string binding(const ReportId& id);      ///< "binding:<hex>": context of an outbox row's kept header
std::string surveySkipped(const ReportId& id); ///< "survey-skipped:<hex>": the reporter declined the survey
} // namespace slot

/// Opens an item sealed to the drop box with the vault key (for background jobs that hold the
/// key, not the DeviceVault).
Result<WipedBytes> dropOpen(FieldStore& store, const VaultKey& key, ByteView sealed);

namespace setting {
inline constexpr std::string_view kVaultCheck = "vault.check";
inline constexpr std::string_view kDropBoxPublic = "vault.drop_box";
/// How far this phone has read the mailboxes under a 4-hex-digit prefix (syncpull.cpp).
std::string mailboxCursor(std::string_view prefix);
} // namespace setting

class DeviceVault {
public:
    explicit DeviceVault(FieldStore& store) : m_store(store) {}

    /// True when a vault exists on this device (a PIN was set).
    bool exists();
    /// Creates the vault around a freshly derived key (VaultKey::create, slow: off the GUI
    /// thread), with its check item and drop box, and keeps it unlocked.
    Status create(VaultKey key);
    /// Derives the key from `pin` and proves it against the check item. Slow (Argon2id):
    /// call it off the GUI thread; the returned key is then installed with adopt().
    static Result<VaultKey> derive(FieldStore& store, std::string_view pin);
    void adopt(VaultKey key);
    void lock() { m_key.reset(); }
    bool isUnlocked() const { return m_key != nullptr; }
    /// The key for a background job: stays valid for that job even if the app locks meanwhile.
    std::shared_ptr<const VaultKey> key() const { return m_key; }

    Status put(std::string_view slot, ByteView plaintext);
    Result<WipedBytes> get(std::string_view slot);
    Status remove(std::string_view slot) { return m_store.removeVaultItem(slot); }

    /// Seals `plaintext` to the drop box (works while locked).
    Result<Bytes> dropSeal(ByteView plaintext);
    /// Opens a drop-box item (needs the vault unlocked).
    Result<WipedBytes> dropOpen(ByteView sealed);

private:
    FieldStore& m_store;
    std::shared_ptr<const VaultKey> m_key;
};

} // namespace vigil::field
