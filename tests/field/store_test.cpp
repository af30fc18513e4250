// SPDX-License-Identifier: EUPL-1.2
#include "mobile/fieldstore.h"

#include "fieldtest.h"
#include "mobile/devicevault.h"
#include "mobile/trust.h"
#include "tests/support/testdata.h"
#include "tests/support/tokenmint.h"

#include "shared/keysetrotation.h"
#include "shared/provisioning.h"
#include "shared/signeddoc.h"
#include "shared/supportcontacts.h"
#include "shared/tokens/issuerdoc.h"

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::field;

namespace {

SealedEnvelope fakeEnvelope(std::uint8_t tag)
{
    SealedEnvelope e;
    e.reportId.fill(tag);
    e.envelopeHash.fill(static_cast<std::uint8_t>(tag + 1));
    e.bytes = Bytes(100, tag);
    return e;
}

} // namespace

TEST_CASE("store: an envelope and its vault items are written together", "[store]")
{
    QTemporaryDir dir;
    auto store = FieldStore::open(dir.path().toStdString());
    REQUIRE(store);
    auto id = (*store)->addEnvelope(fakeEnvelope(1), EnvelopeKind::Report, {{"report:01", Bytes{1, 2, 3}}});
    REQUIRE(id);
    auto rows = (*store)->outbox();
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].state == OutboxState::Sealed);
    CHECK(rows[0].envelope == Bytes(100, 1));
    CHECK((*store)->vaultItem("report:01") == Bytes{1, 2, 3});

    SECTION("the same report id twice is refused and leaves no vault item behind")
    {
        auto again = (*store)->addEnvelope(fakeEnvelope(1), EnvelopeKind::Report, {{"report:02", Bytes{9}}});
        CHECK_FALSE(again);
        CHECK_FALSE((*store)->vaultItem("report:02"));
        CHECK((*store)->outbox().size() == 1);
    }
    SECTION("delivery drops the envelope bytes and keeps the sealed receipt")
    {
        REQUIRE((*store)->markDelivered(*id, OutboxState::Delivered, Bytes{7, 7}));
        auto row = (*store)->outboxRow(*id);
        REQUIRE(row);
        CHECK(row->envelope.empty());
        CHECK(row->sealedReceipt == Bytes{7, 7});
        CHECK((*store)->pending(10).empty());
    }
}

TEST_CASE("store: a row left in Sending is retried after a restart", "[store]")
{
    QTemporaryDir dir;
    {
        auto store = FieldStore::open(dir.path().toStdString());
        REQUIRE(store);
        auto id = (*store)->addEnvelope(fakeEnvelope(3), EnvelopeKind::Report, {});
        REQUIRE(id);
        REQUIRE((*store)->setState(*id, OutboxState::Sending));
    }
    auto store = FieldStore::open(dir.path().toStdString());
    REQUIRE(store);
    auto pending = (*store)->pending(10);
    REQUIRE(pending.size() == 1);
    CHECK(pending[0].state == OutboxState::Waiting);
}

TEST_CASE("store: panic wipe leaves nothing", "[store]")
{
    QTemporaryDir dir;
    auto store = FieldStore::open(dir.path().toStdString());
    REQUIRE(store);
    REQUIRE((*store)->addEnvelope(fakeEnvelope(4), EnvelopeKind::Report, {{"reply-key:04", Bytes(32, 4)}}));
    REQUIRE((*store)->setSettingText("trust.root_key", "x"));
    REQUIRE((*store)->wipeAll());
    CHECK((*store)->outbox().empty());
    CHECK_FALSE((*store)->vaultItem("reply-key:04"));
    CHECK_FALSE((*store)->setting("trust.root_key"));
}

TEST_CASE("vault: items open only with the PIN's key and in their own slot", "[vault]")
{
    QTemporaryDir dir;
    auto store = FieldStore::open(dir.path().toStdString());
    REQUIRE(store);
    DeviceVault vault(**store);
    CHECK_FALSE(vault.exists());
    auto key = VaultKey::create("123456", VaultParams::minimal());
    REQUIRE(key);
    REQUIRE(vault.create(std::move(*key)));
    CHECK(vault.exists());
    REQUIRE(vault.put("draft:current", asBytes("secret words")));
    auto raw = (*store)->vaultItem("draft:current");
    REQUIRE(raw);
    CHECK(toString(*raw).find("secret words") == std::string::npos);

    vault.lock();
    CHECK_FALSE(vault.get("draft:current"));
    CHECK_FALSE(DeviceVault::derive(**store, "654321"));
    auto again = DeviceVault::derive(**store, "123456");
    REQUIRE(again);
    vault.adopt(std::move(*again));
    auto opened = vault.get("draft:current");
    REQUIRE(opened);
    CHECK(toString(opened->view()) == "secret words");

    SECTION("an item moved to another slot does not open")
    {
        REQUIRE((*store)->putVaultItem("draft:other", *raw));
        CHECK_FALSE(vault.get("draft:other"));
    }
    SECTION("the drop box takes items while locked and opens them once unlocked")
    {
        vault.lock();
        auto sealed = vault.dropSeal(asBytes("receipt"));
        REQUIRE(sealed);
        CHECK_FALSE(vault.dropOpen(*sealed));
        auto k = DeviceVault::derive(**store, "123456");
        REQUIRE(k);
        vault.adopt(std::move(*k));
        auto open = vault.dropOpen(*sealed);
        REQUIRE(open);
        CHECK(toString(open->view()) == "receipt");
    }
}

TEST_CASE("trust: enrolment pins the root key and the directory — no rollback", "[trust]")
{
    QTemporaryDir dir;
    auto store = FieldStore::open(dir.path().toStdString());
    REQUIRE(store);
    Trust trust(**store);
    CHECK_FALSE(trust.enrolled());
    REQUIRE(trust.enrol(fixture::provisioningJson("https://relay.example", 2), fixture::kNow));
    CHECK(trust.enrolled());
    CHECK(trust.relayUrl() == "https://relay.example");
    CHECK(trust.organisation() == "Defensie");
    CHECK(trust.directoryVersion() == 2);
    REQUIRE(trust.directory(fixture::kNow));
    CHECK_FALSE(trust.enrol(fixture::provisioningJson(), fixture::kNow));

    auto older = trust.acceptDirectory(fixture::signedSampleDirectory(1), fixture::kNow);
    CHECK_FALSE(older);
    CHECK(trust.directoryVersion() == 2);
    auto newer = trust.acceptDirectory(fixture::signedSampleDirectory(3), fixture::kNow);
    REQUIRE(newer);
    CHECK(*newer);
    CHECK(trust.directoryVersion() == 3);

    SECTION("a directory signed by another key is refused")
    {
        auto forged = signDirectory(vigil::test::sampleDirectory(1'750'000'000, 9), vigil::test::relayKey());
        CHECK_FALSE(trust.acceptDirectory(forged, fixture::kNow));
        CHECK(trust.directoryVersion() == 3);
    }
    SECTION("an expired directory cannot be used for sealing")
    {
        CHECK_FALSE(trust.directory(fixture::kNow + 40ull * 24 * 3600));
    }
}

namespace {

SigningKeyPair holderKey(int n)
{
    return SigningKeyPair::fromSeed(vigil::test::seed("holder " + std::to_string(n)));
}

/// Holders 1…3, threshold 2, `serial`.
RootKeySet twoOfThree(std::uint32_t serial = 1)
{
    RootKeySet set;
    set.serial = serial;
    set.threshold = 2;
    for (int n = 1; n <= 3; ++n)
        set.holders.push_back(holderKey(n).publicKey);
    return set;
}

Bytes holderSigned(Bytes document, std::initializer_list<int> holders)
{
    for (int n : holders)
        document = addHolderSignature(document, holderKey(n)).value();
    return document;
}

Bytes holderDirectory(const RootKeySet& set, std::uint32_t version, std::initializer_list<int> holders)
{
    return holderSigned(
        prepareDocument(kDirectoryMagic, encodeDirectory(vigil::test::sampleDirectory(1'750'000'000, version)), set),
        holders);
}

} // namespace

TEST_CASE("trust: a device enrolled with a 2-of-3 key set refuses a directory one holder signed", "[trust][keyset]")
{
    QTemporaryDir dir;
    auto store = FieldStore::open(dir.path().toStdString());
    REQUIRE(store);
    Trust trust(**store);
    Provisioning p{vigil::test::rootKey().publicKey, "https://relay.example", "Defensie", {},
                   holderDirectory(twoOfThree(), 1, {1, 2}), twoOfThree()};
    REQUIRE(trust.enrol(encodeProvisioning(p), fixture::kNow));
    CHECK(trust.keySetHistory().back() == twoOfThree());
    CHECK(trust.directoryVersion() == 1);

    CHECK_THAT(trust.acceptDirectory(holderDirectory(twoOfThree(), 2, {3}), fixture::kNow).error().message,
               Catch::Contains("1 of the 2 holder signatures"));
    // A forged second signature next to a real one.
    Bytes forged = holderDirectory(twoOfThree(), 2, {1, 3});
    forged.back() ^= 0x01;
    CHECK_FALSE(trust.acceptDirectory(forged, fixture::kNow));
    // The registry's root key alone no longer signs a directory this device takes.
    CHECK_FALSE(trust.acceptDirectory(signDirectory(vigil::test::sampleDirectory(1'750'000'000, 2), vigil::test::rootKey()),
                                      fixture::kNow));
    CHECK(trust.directoryVersion() == 1);
    REQUIRE(trust.acceptDirectory(holderDirectory(twoOfThree(), 2, {1, 3}), fixture::kNow).value());
    CHECK(trust.directoryVersion() == 2);
}

TEST_CASE("trust: an old enrolment follows the root key's hand-over to the holders, and a later rotation",
          "[trust][keyset]")
{
    QTemporaryDir dir;
    auto store = FieldStore::open(dir.path().toStdString());
    REQUIRE(store);
    Trust trust(**store);
    REQUIRE(trust.enrol(fixture::provisioningJson("https://relay.example", 2), fixture::kNow));
    REQUIRE(trust.keySetHistory().size() == 1);
    CHECK(trust.keySetHistory().back().isSingleKey());
    CHECK_FALSE(trust.acceptDirectory(holderDirectory(twoOfThree(), 3, {1, 2}), fixture::kNow));

    // `vigil-admin keyset init`: the root key hands over to the 2-of-3 set.
    const RootKeySet single(vigil::test::rootKey().publicKey);
    const Bytes handover = addHolderSignature(prepareKeySetRotation(single, twoOfThree()).value(),
                                              vigil::test::rootKey()).value();
    // A hand-over "signed" by a holder instead of the root key is refused, and nothing changes.
    const Bytes unsignedHandover = prepareKeySetRotation(single, twoOfThree()).value();
    auto parts = readMultiSigned(unsignedHandover, "rotation").value();
    parts.signatures.push_back(HolderSignature{0, holderKey(1).sign(parts.signedBytes)});
    const Bytes fake = encodeMultiSigned(parts);
    CHECK_FALSE(trust.acceptKeySetRotations(encodeRotationChain({fake})));
    CHECK(trust.keySetHistory().size() == 1);

    REQUIRE(trust.acceptKeySetRotations(encodeRotationChain({handover})).value());
    CHECK(trust.keySetHistory().back() == twoOfThree());
    // The directory held from before the hand-over stays usable until a newer one replaces it.
    CHECK(trust.directory(fixture::kNow));
    CHECK(trust.directoryVersion() == 2);
    CHECK_FALSE(trust.acceptDirectory(signDirectory(vigil::test::sampleDirectory(1'750'000'000, 3), vigil::test::rootKey()),
                                      fixture::kNow));
    REQUIRE(trust.acceptDirectory(holderDirectory(twoOfThree(), 3, {2, 3}), fixture::kNow).value());

    // Rotation to holders 2, 3 and a new 4 (serial 2), signed by holders 1 and 2 of the current set.
    RootKeySet next = twoOfThree(2);
    next.holders[0] = holderKey(4).publicKey;
    const Bytes rotation = holderSigned(prepareKeySetRotation(twoOfThree(), next).value(), {1, 2});
    REQUIRE(trust.acceptKeySetRotations(encodeRotationChain({handover, rotation})).value());
    CHECK(trust.keySetHistory().back() == next);
    CHECK_FALSE(trust.acceptDirectory(holderDirectory(twoOfThree(), 4, {1, 2}), fixture::kNow)); // the old set
    CHECK(trust.acceptDirectory(holderDirectory(next, 4, {4, 2}), fixture::kNow).value());
    // The chain cut back to the hand-over would take the device back a serial: refused.
    CHECK_FALSE(trust.acceptKeySetRotations(encodeRotationChain({handover})));
    CHECK(trust.keySetHistory().back() == next);
}

TEST_CASE("trust: after the hand-over a device takes support contacts only from two holders and issuer keys only "
          "from the online key the holders' directory certifies",
          "[trust][keyset][online]")
{
    QTemporaryDir dir;
    auto store = FieldStore::open(dir.path().toStdString());
    REQUIRE(store);
    Trust trust(**store);
    REQUIRE(trust.enrol(fixture::provisioningJson("https://relay.example", 2), fixture::kNow));
    const SigningKeyPair& root = vigil::test::rootKey();
    // Before the hand-over the root key signs support contacts, as it always did.
    REQUIRE(trust.acceptSupportContacts(signSupportContacts(vigil::test::sampleSupportContacts(1), root)).value());

    const RootKeySet single(root.publicKey);
    const Bytes handover = addHolderSignature(prepareKeySetRotation(single, twoOfThree()).value(), root).value();
    REQUIRE(trust.acceptKeySetRotations(encodeRotationChain({handover})).value());
    // The contacts held stay readable; new ones from the root key alone are refused, one holder too.
    CHECK(trust.supportContacts().has_value());
    CHECK_FALSE(trust.acceptSupportContacts(signSupportContacts(vigil::test::sampleSupportContacts(2), root)));
    const std::string contacts2 = encodeSupportContacts(vigil::test::sampleSupportContacts(2));
    CHECK_FALSE(trust.acceptSupportContacts(holderSigned(prepareDocument(kSupportMagic, contacts2, twoOfThree()), {2})));
    REQUIRE(trust.acceptSupportContacts(holderSigned(prepareDocument(kSupportMagic, contacts2, twoOfThree()), {2, 3}))
                .value());
    CHECK(trust.supportContacts()->serial == 2);

    // Issuer keys: the online key counts only once a directory of the holders names it.
    const SigningKeyPair online = SigningKeyPair::fromSeed(vigil::test::seed("online key 1"));
    const tokens::IssuerKeySet& issuer = vigil::test::testTokenIssuer().keys;
    tokens::IssuerKeyDocument keys{1, fixture::kNow, issuer.issuerName, issuer.keys};
    const Bytes byOnline = tokens::signIssuerKeyDocument(keys, online);
    CHECK_FALSE(trust.acceptIssuerKeys(byOnline));
    CHECK_FALSE(trust.acceptIssuerKeys(tokens::signIssuerKeyDocument(keys, root)));
    Directory certifying = vigil::test::sampleDirectory(1'750'000'000, 3);
    certifying.onlineKey = online.publicKey;
    // One holder's directory certifies nothing (and is not taken).
    CHECK_FALSE(trust.acceptDirectory(
        holderSigned(prepareDocument(kDirectoryMagic, encodeDirectory(certifying), twoOfThree()), {1}), fixture::kNow));
    CHECK_FALSE(trust.acceptIssuerKeys(byOnline));
    REQUIRE(trust.acceptDirectory(
                     holderSigned(prepareDocument(kDirectoryMagic, encodeDirectory(certifying), twoOfThree()), {1, 3}),
                     fixture::kNow)
                .value());
    REQUIRE(trust.acceptIssuerKeys(byOnline).value());
    CHECK(trust.issuerKeys()->serial == 1);
    // Another online key than the certified one: refused.
    keys.serial = 2;
    CHECK_FALSE(trust.acceptIssuerKeys(
        tokens::signIssuerKeyDocument(keys, SigningKeyPair::fromSeed(vigil::test::seed("online key 2")))));
    CHECK(trust.issuerKeys()->serial == 1);
}

TEST_CASE("trust: a tampered enrolment code is refused", "[trust]")
{
    QTemporaryDir dir;
    auto store = FieldStore::open(dir.path().toStdString());
    REQUIRE(store);
    Trust trust(**store);
    auto json = fixture::provisioningJson();
    json[json.size() / 2] = json[json.size() / 2] == 'A' ? 'B' : 'A';
    CHECK_FALSE(trust.enrol(json, fixture::kNow));
    CHECK_FALSE(trust.enrolled());
    CHECK_FALSE(trust.enrol("not json", fixture::kNow));
}

TEST_CASE("store: a filing token is reserved for one outbox row only, the same one again after a restart",
          "[store][tokens]")
{
    QTemporaryDir dir;
    const std::int64_t now = 1'800'000'000;
    {
        auto store = FieldStore::open(dir.path().toStdString());
        REQUIRE(store);
        REQUIRE((*store)->addTokens(1, now + 100, {Bytes{1}, Bytes{2}}).ok());
        REQUIRE((*store)->addTokens(2, now + 50, {Bytes{3}}).ok());
        REQUIRE((*store)->addTokens(0, now, {Bytes{9}}).ok());   // no longer accepted
        CHECK((*store)->tokenStock(now) == 3);
        // The one that expires first goes first; a row asking again gets the same token.
        CHECK((*store)->takeToken(7, now).value() == std::optional<Bytes>(Bytes{3}));
        CHECK((*store)->takeToken(7, now).value() == std::optional<Bytes>(Bytes{3}));
        CHECK((*store)->takeToken(8, now).value() == std::optional<Bytes>(Bytes{1}));
        CHECK((*store)->tokenStock(now) == 1);
    }
    // After a crash and restart the reservations hold: row 7 resends with its own token.
    auto store = FieldStore::open(dir.path().toStdString());
    REQUIRE(store);
    CHECK((*store)->takeToken(7, now).value() == std::optional<Bytes>(Bytes{3}));
    CHECK((*store)->takeToken(9, now).value() == std::optional<Bytes>(Bytes{2}));
    CHECK_FALSE((*store)->takeToken(10, now).value().has_value());   // the expired one is never handed out
    REQUIRE((*store)->dropExpiredTokens(now).ok());
    CHECK((*store)->tokenStock(now) == 0);
    CHECK((*store)->takeToken(8, now).value() == std::optional<Bytes>(Bytes{1}));
}

TEST_CASE("store: a row waits for its token, a refused or expired token sends it back to wait, and a third refusal "
          "sets it aside",
          "[store][tokens]")
{
    QTemporaryDir dir;
    const std::int64_t now = 1'800'000'000;
    auto opened = FieldStore::open(dir.path().toStdString());
    REQUIRE(opened);
    FieldStore& store = **opened;
    SealedEnvelope envelope{Bytes{1, 2, 3}, ReportId{1}, Hash32{7}};
    const auto id = store.addEnvelope(envelope, EnvelopeKind::Report, {}, Binding{Bytes{9, 9}, true});
    REQUIRE(id);
    // Waiting: not offered for upload, its kept header readable, and nothing else waits.
    CHECK(store.outboxRow(*id)->state == OutboxState::AwaitingToken);
    CHECK(store.pending(10).empty());
    CHECK(store.binding(*id) == std::optional<Bytes>(Bytes{9, 9}));
    REQUIRE(store.awaitingToken().size() == 1);

    // Bound: ready to send, with the new hash.
    REQUIRE(store.addTokens(1, now + 100, {Bytes{5}}).ok());
    REQUIRE(store.takeToken(*id, now).value().has_value());
    REQUIRE(store.bindEnvelope(*id, SealedEnvelope{Bytes{4, 5, 6}, ReportId{1}, Hash32{8}}).ok());
    CHECK(store.outboxRow(*id)->envelopeHash == Hash32{8});
    CHECK(store.pending(10).size() == 1);
    CHECK(store.bindEnvelope(*id, envelope).error().kind == ErrorKind::Conflict);   // only a waiting row

    // Its token expires before it was ever tried: it waits again, the token is gone.
    REQUIRE(store.releaseExpiredReservations(now + 100).ok());
    CHECK(store.outboxRow(*id)->state == OutboxState::AwaitingToken);
    CHECK_FALSE(store.takeToken(99, now).value().has_value());

    // A relay refuses a token twice: it waits each time; the third time it is set aside.
    for (int refusal = 1; refusal <= 3; ++refusal) {
        REQUIRE(store.addTokens(1, now + 100, {Bytes{static_cast<std::uint8_t>(10 + refusal)}}).ok());
        REQUIRE(store.takeToken(*id, now).value().has_value());
        REQUIRE(store.bindEnvelope(*id, envelope).ok());
        auto state = store.refuseToken(*id, "token: issuer key epoch 1 has expired", 3);
        REQUIRE(state);
        CHECK(*state == (refusal < 3 ? OutboxState::AwaitingToken : OutboxState::Quarantined));
        CHECK(store.tokenStock(now) == 0);   // the refused token is deleted, not put back
    }
    CHECK(store.outboxRow(*id)->reason == "token: issuer key epoch 1 has expired");
}

TEST_CASE("store: delivery drops the kept header and the spent token together", "[store][tokens]")
{
    QTemporaryDir dir;
    const std::int64_t now = 1'800'000'000;
    auto opened = FieldStore::open(dir.path().toStdString());
    REQUIRE(opened);
    FieldStore& store = **opened;
    const auto id = store.addEnvelope(SealedEnvelope{Bytes{1}, ReportId{2}, Hash32{3}}, EnvelopeKind::Report, {},
                                      Binding{Bytes{9}, false});
    REQUIRE(id);
    CHECK(store.outboxRow(*id)->state == OutboxState::Sealed);
    REQUIRE(store.addTokens(1, now + 100, {Bytes{5}, Bytes{6}}).ok());
    REQUIRE(store.takeToken(*id, now).value().has_value());
    REQUIRE(store.markDelivered(*id, OutboxState::Delivered, Bytes{0xAA}).ok());
    CHECK_FALSE(store.binding(*id).has_value());
    CHECK(store.tokenStock(now) == 1);
    // The spent token is gone, not back in stock: a fresh row gets the other one.
    CHECK(store.takeToken(*id + 1, now).value() == std::optional<Bytes>(Bytes{6}));
}

TEST_CASE("store: setting a row aside drops its reserved token, and tokens of epochs no longer listed leave the stock",
          "[store][tokens]")
{
    QTemporaryDir dir;
    const std::int64_t now = 1'800'000'000;
    auto opened = FieldStore::open(dir.path().toStdString());
    REQUIRE(opened);
    FieldStore& store = **opened;
    const auto id = store.addEnvelope(SealedEnvelope{Bytes{1}, ReportId{4}, Hash32{5}}, EnvelopeKind::Report, {},
                                      Binding{Bytes{9}, false});
    REQUIRE(id);
    REQUIRE(store.addTokens(1, now + 100, {Bytes{1}, Bytes{2}}).ok());
    REQUIRE(store.addTokens(2, now + 200, {Bytes{3}}).ok());
    REQUIRE(store.takeToken(*id, now).value() == std::optional<Bytes>(Bytes{1}));
    REQUIRE(store.setState(*id, OutboxState::Quarantined, "refused").ok());
    CHECK(store.outboxRow(*id)->reason == "refused");
    CHECK(store.takeToken(*id, now).value() == std::optional<Bytes>(Bytes{2}));   // the first one is gone

    // Epoch 1 is no longer published: its token in stock goes, epoch 2's stays.
    REQUIRE(store.addTokens(1, now + 100, {Bytes{7}}).ok());
    REQUIRE(store.dropTokensOutside({2}).ok());
    CHECK(store.tokenStock(now) == 1);
    CHECK(store.takeToken(*id + 1, now).value() == std::optional<Bytes>(Bytes{3}));
}
