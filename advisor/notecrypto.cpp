// SPDX-License-Identifier: EUPL-1.2
#include "notecrypto.h"

#include "shared/secret.h"
#include "shared/sodiuminit.h"

#include <sodium.h>

namespace vigil::advisor {

namespace {

constexpr std::uint8_t kMagic[4] = {'V', 'G', 'N', '1'};
constexpr std::string_view kNoteContext = "vigil note v1";
constexpr std::size_t kWrapBytes = 32 + crypto_box_SEALBYTES;
constexpr std::size_t kNonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kMaxRecipients = 256;

Bytes signedPayload(std::string_view json)
{
    ByteWriter w;
    w.text(kNoteContext);
    w.text(json);
    return w.take();
}

} // namespace

Result<Bytes> sealNote(const Message& note, const SigningKeyPair& author, std::span<const PublicKey> recipients)
{
    ensureSodium();
    if (recipients.empty() || recipients.size() > kMaxRecipients)
        return Error{"a note needs 1 to 256 recipients"};
    const std::string json = encodeMessage(note);
    ByteWriter plain;
    plain.u32(static_cast<std::uint32_t>(json.size()));
    plain.text(json);
    plain.bytes(author.publicKey);
    plain.bytes(author.sign(signedPayload(json)));
    WipedBytes plainBytes(plain.take());

    Secret<32> key;
    crypto_aead_xchacha20poly1305_ietf_keygen(key.data());
    ByteWriter out;
    out.bytes(ByteView(kMagic, 4));
    out.u16(static_cast<std::uint16_t>(recipients.size()));
    for (const PublicKey& r : recipients) {
        Bytes wrap(kWrapBytes);
        if (crypto_box_seal(wrap.data(), key.data(), key.size(), r.data()) != 0)
            return Error{"a note key could not be wrapped"};
        out.bytes(wrap);
    }
    FixedBytes<kNonceBytes> nonce{};
    randombytes_buf(nonce.data(), nonce.size());
    out.bytes(nonce);
    const Bytes ad = out.data();
    Bytes cipher(plainBytes.bytes().size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long cipherLen = 0;
    if (crypto_aead_xchacha20poly1305_ietf_encrypt(cipher.data(), &cipherLen, plainBytes.bytes().data(),
                                                   plainBytes.bytes().size(), ad.data(), ad.size(), nullptr,
                                                   nonce.data(), key.data())
        != 0)
        return Error{"a note could not be encrypted"};
    cipher.resize(static_cast<std::size_t>(cipherLen));
    out.bytes(cipher);
    return out.take();
}

Result<OpenedNote> openNote(ByteView sealed, const BoxKeyPair& recipient)
{
    ensureSodium();
    ByteReader r(sealed, "note");
    auto magic = r.bytes(4, "magic");
    if (!magic || !std::equal(magic->begin(), magic->end(), kMagic))
        return Error{"not a note"};
    auto count = r.u16("recipients");
    if (!count || *count == 0 || *count > kMaxRecipients)
        return Error{"note: bad recipient count"};
    Secret<32> key;
    bool found = false;
    for (std::uint16_t i = 0; i < *count; ++i) {
        auto wrap = r.bytes(kWrapBytes, "wrap");
        if (!wrap)
            return wrap.error();
        if (!found
            && crypto_box_seal_open(key.data(), wrap->data(), wrap->size(), recipient.publicKey.data(),
                                    recipient.secretKey.data())
                   == 0)
            found = true;
    }
    auto nonce = r.bytes(kNonceBytes, "nonce");
    if (!nonce)
        return nonce.error();
    if (!found)
        return Error{"this note was not sealed to this member"};
    const std::size_t adLen = r.offset();
    auto cipher = r.bytes(r.remaining(), "ciphertext");
    if (!cipher || cipher->size() < crypto_aead_xchacha20poly1305_ietf_ABYTES)
        return Error{"note: truncated"};
    WipedBytes plain(Bytes(cipher->size() - crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long plainLen = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(plain.bytes().data(), &plainLen, nullptr, cipher->data(),
                                                   cipher->size(), sealed.data(), adLen, nonce->data(), key.data())
        != 0)
        return Error{"note: does not decrypt (tampered?)"};
    ByteReader p(plain.view(), "note body");
    auto len = p.u32("length");
    if (!len)
        return len.error();
    auto json = p.bytes(*len, "message");
    auto signer = p.fixed<32>("signer");
    auto signature = p.fixed<64>("signature");
    if (!json || !signer || !signature)
        return Error{"note: malformed body"};
    if (auto end = p.expectEnd(); !end)
        return end.error();
    const std::string text = toString(*json);
    if (!verifySignature(*signer, signedPayload(text), *signature))
        return Error{"note: the signature does not verify"};
    auto message = decodeMessage(text);
    if (!message)
        return message.error();
    return OpenedNote{std::move(*message), *signer};
}

} // namespace vigil::advisor
