// SPDX-License-Identifier: EUPL-1.2
#include "message.h"

#include "jsonreader.h"
#include "sodiuminit.h"

#include <boost/json/serialize.hpp>
#include <sodium.h>

namespace vigil {

namespace json = boost::json;

namespace {
constexpr int kMessageFormat = 1;
constexpr std::size_t kMaxText = 8 * 1024;
constexpr std::string_view kReplyContext = "vigil reply v1";
} // namespace

MailboxId mailboxId(const PublicKey& replyKey)
{
    return Hasher().add("vigil mailbox v1").add(replyKey).finish();
}

std::string mailboxPrefix(const MailboxId& id, std::size_t hexDigits)
{
    return toHex(id).substr(0, hexDigits);
}

std::string encodeMessage(const Message& m)
{
    json::object o;
    o.emplace("v", kMessageFormat);
    o.emplace("thread", toHex(m.thread));
    o.emplace("sent", m.sent);
    if (!m.author.empty())
        o.emplace("author", m.author);
    o.emplace("text", m.text);
    if (m.closed)
        o.emplace("closed", true);
    if (m.checkIn != 0)
        o.emplace("checkin", m.checkIn);
    return json::serialize(o);
}

Result<Message> decodeMessage(std::string_view text)
{
    auto object = parseJsonObject(text, "message", kMaxText * 2 + 1024);
    if (!object)
        return object.error();
    JsonReader r(*object, "message");
    const auto format = r.integer("v", 0, INT32_MAX);
    if (!r.failed() && format != kMessageFormat)
        return Error{"message.v: format " + std::to_string(format) + " is not supported"};
    Message m;
    const std::string thread = r.text("thread", 32);
    m.sent = static_cast<std::uint64_t>(r.integer("sent", 0, INT64_MAX));
    m.author = r.text("author", 64, Need::Optional);
    m.text = r.text("text", kMaxText);
    m.closed = r.flag("closed");
    // Absent is none (the reader answers an absent optional integer with its minimum).
    if (r.has("checkin"))
        m.checkIn = static_cast<std::uint64_t>(r.integer("checkin", 1, INT64_MAX));
    // Only an advisor closes a case or plans a check-in: from a reporter either is meaningless.
    if (!r.failed() && m.closed && m.author.empty())
        r.fail("closed", "is only on an advisor's reply (a message with author)");
    if (!r.failed() && m.checkIn != 0 && m.author.empty())
        r.fail("checkin", "is only on an advisor's reply (a message with author)");
    if (auto s = r.finish(); !s)
        return s.error();
    auto id = fixedFromHex<16>(thread);
    if (!id)
        return withContext("message.thread", id.error());
    m.thread = *id;
    return m;
}

Bytes sealReply(const Message& message, const SigningKeyPair& advisorKey, const PublicKey& replyKey)
{
    ensureSodium();
    const std::string body = encodeMessage(message);
    ByteWriter signedPart;
    signedPart.text(kReplyContext);
    signedPart.text(body);
    const Signature sig = advisorKey.sign(signedPart.data());
    ByteWriter plain;
    plain.u32(static_cast<std::uint32_t>(body.size()));
    plain.text(body);
    plain.bytes(advisorKey.publicKey);
    plain.bytes(sig);
    Bytes out(plain.size() + crypto_box_SEALBYTES);
    crypto_box_seal(out.data(), plain.data().data(), plain.size(), replyKey.data());
    return out;
}

Result<OpenedReply> openReply(ByteView sealed, const BoxKeyPair& replyKey)
{
    ensureSodium();
    if (sealed.size() <= crypto_box_SEALBYTES)
        return Error{"reply: too short"};
    WipedBytes plain(Bytes(sealed.size() - crypto_box_SEALBYTES));
    if (crypto_box_seal_open(plain.bytes().data(), sealed.data(), sealed.size(), replyKey.publicKey.data(),
                             replyKey.secretKey.data())
        != 0)
        return Error{"reply: does not open with this reply key"};
    ByteReader r(plain.view(), "reply");
    auto len = r.u32("message_len");
    if (!len)
        return len.error();
    auto body = r.bytes(*len, "message");
    if (!body)
        return body.error();
    auto signer = r.fixed<32>("signer");
    if (!signer)
        return signer.error();
    auto sig = r.fixed<64>("signature");
    if (!sig)
        return sig.error();
    if (auto end = r.expectEnd(); !end)
        return end.error();
    ByteWriter signedPart;
    signedPart.text(kReplyContext);
    signedPart.bytes(*body);
    if (!verifySignature(*signer, signedPart.data(), *sig))
        return Error{"reply: the advisor's signature does not verify"};
    auto message = decodeMessage(std::string_view(reinterpret_cast<const char*>(body->data()), body->size()));
    if (!message)
        return message.error();
    return OpenedReply{std::move(*message), *signer};
}

} // namespace vigil
