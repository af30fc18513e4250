// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The signed support-contacts document (docs/protocol.md §3.4): where a reporter finds help —
// emergency numbers, confidential advisors and their hours, the company doctor, spiritual
// counsellors, psychosocial support, the integrity desk and external channels — per
// organisation and per unit subtree, each with what it is for in Dutch and English.
//
// Why a document of its own: the v1 directory is read by devices, relays and consoles that
// refuse any field they do not know (docs/pdca-plan.md §0), so contacts cannot join it.
// It is signed with the root key (which is the organisation's), carries a `serial` that only
// grows (a device refuses a lower one than it holds), and has no expiry: a phone that has not
// synced for months must still show where help is, so a reader shows the `issued` date instead.
// Every device fetches the whole document; no request ever names a unit.

#include "directory.h"
#include "keys.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace vigil {

enum class SupportKind {
    Emergency,
    ConfidentialAdvisor,
    CompanyDoctor,
    SpiritualCounsellor,
    PsychosocialSupport,
    IntegrityDesk,
    Inspectorate,
    WhistleblowersAuthority,
    Other,
};
template <> struct EnumTable<SupportKind> {
    static constexpr std::array<EnumName<SupportKind>, 9> names{{
        {SupportKind::Emergency, "emergency"},
        {SupportKind::ConfidentialAdvisor, "confidential_advisor"},
        {SupportKind::CompanyDoctor, "company_doctor"},
        {SupportKind::SpiritualCounsellor, "spiritual_counsellor"},
        {SupportKind::PsychosocialSupport, "psychosocial_support"},
        {SupportKind::IntegrityDesk, "integrity_desk"},
        {SupportKind::Inspectorate, "inspectorate"},
        {SupportKind::WhistleblowersAuthority, "whistleblowers_authority"},
        {SupportKind::Other, "other"},
    }};
};

/// One place to turn to. At least one of phone, email and url; an emergency contact has a phone.
struct SupportContact {
    std::string id;
    SupportKind kind = SupportKind::Other;
    std::string unit;        ///< empty: the whole organisation; else this unit and everything below it
    std::string nameNl, nameEn;
    std::string purposeNl, purposeEn;   ///< what it is for, in the reader's words
    std::string hoursNl, hoursEn;       ///< both or neither; empty: no hours given
    std::string phone;       ///< "+31 70 123 45 67", "112": digits, spaces, one leading '+'
    std::string email;
    std::string url;         ///< https:// only
    bool operator==(const SupportContact&) const = default;
};

struct SupportContacts {
    std::uint64_t serial = 0;   ///< strictly increasing over every document the registry signs
    std::uint64_t issued = 0;   ///< unix seconds
    std::vector<SupportContact> contacts;
    bool operator==(const SupportContacts&) const = default;
};

std::string encodeSupportContacts(const SupportContacts& document);
/// Strict: unknown fields or kinds, a repeated id, a contact without a way to reach it, hours
/// in one language only, or no emergency contact with a phone are Invalid, each saying which.
Result<SupportContacts> decodeSupportContacts(std::string_view json);

/// What an operator edits (`vigil-admin support set FILE`): {"contacts":[…]} in the payload's
/// form, without v, serial and issued, which signing adds. Checked as strictly as the document.
Result<std::vector<SupportContact>> decodeSupportContactList(std::string_view json);
std::string encodeSupportContactList(const std::vector<SupportContact>& contacts);

Bytes signSupportContacts(const SupportContacts& document, const SigningKeyPair& rootKey);
/// The root key's signature, the v1 form, and `serial >= minSerial` (no rollback below what
/// the reader holds; the same serial again is the same document served twice).
Result<SupportContacts> verifySupportContacts(ByteView signedDocument, const RootKeySet& rootKey,
                                              std::uint64_t minSerial = 0);

/// Units the document names that `directory` does not have (the registry refuses to publish
/// such a document; a device shows those contacts after the ones for its own unit).
std::vector<std::string> unknownSupportUnits(const SupportContacts& document, const Directory& directory);

/// `unit` and the units above it, nearest first (empty when `directory` is null or lacks it).
std::vector<std::string> unitAndParents(const Directory* directory, std::string_view unit);

/// The contacts in the order a reporter of `unit` (empty: not given) sees them: emergency
/// numbers first, then those for the reporter's unit, its parents up to the organisation
/// (nearest first), then the rest; ties keep the document's order. `directory` gives the tree
/// (null: no tree known, so only organisation-wide contacts count as the reporter's own).
std::vector<SupportContact> supportContactsFor(const SupportContacts& document, const Directory* directory,
                                               std::string_view unit);

/// The digits a tel: link dials: the phone without spaces (a leading '+' kept).
std::string dialableNumber(std::string_view phone);

} // namespace vigil
