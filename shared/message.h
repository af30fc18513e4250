// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The anonymous conversation (docs/protocol.md §8).
// - A reply from an advisor to the reporter is signed by the advisor and sealed to the
//   report's reply key; it is posted to a mailbox whose id derives from that key. Devices
//   fetch mailboxes by a short id prefix, so a relay cannot tell which report a device follows.
// - A follow-up from the reporter travels as an ordinary envelope whose routing header names
//   the thread (the original report id) and whose body carries a Message instead of a report.

#include "envelope.h"
#include "hash.h"
#include "keys.h"
#include "secret.h"

#include <cstdint>
#include <string>

namespace vigil {

using MailboxId = Hash32;

/// H("vigil mailbox v1" || reply public key).
MailboxId mailboxId(const PublicKey& replyKey);
/// The first `hexDigits` hex digits of a mailbox id: what a device asks for.
std::string mailboxPrefix(const MailboxId& id, std::size_t hexDigits = 4);

struct Message {
    ReportId thread{};          ///< the report this message belongs to
    std::uint64_t sent = 0;     ///< unix seconds (server time for replies)
    std::string author;         ///< member id for replies; empty for the reporter
    std::string text;           ///< at most 8 KiB
    /// Set only on the reply an advisor sends with closing the case (docs/protocol.md §8
    /// `closed`): how the reporter's app learns the case is closed, signed like every reply.
    bool closed = false;
    /// Set only on an advisor's reply: the next planned aftercare check-in, unix seconds
    /// (docs/protocol.md §8 `checkin`), so the reporter's app can show it. 0: none.
    std::uint64_t checkIn = 0;
    bool operator==(const Message&) const = default;
};

/// Canonical JSON {"v":1,"thread":hex,"sent":n,"author":…,"text":…,"closed":true,"checkin":n}.
std::string encodeMessage(const Message& m);
Result<Message> decodeMessage(std::string_view json);

/// An advisor's reply: JSON of the message, signed by the advisor's Ed25519 key, sealed to the
/// reporter's reply key: crypto_box_seal(u32 len || message JSON || signer pk || signature).
Bytes sealReply(const Message& message, const SigningKeyPair& advisorKey, const PublicKey& replyKey);

struct OpenedReply {
    Message message;
    PublicKey signer{};         ///< check against the directory's member sign keys
};
/// Opens and verifies a reply with the report's reply keypair.
Result<OpenedReply> openReply(ByteView sealed, const BoxKeyPair& replyKey);

} // namespace vigil
