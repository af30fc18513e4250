// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What the QML tests may ask the test harness: an enrolment code on the test keys, and the
// envelopes in the outbox opened with the test recipients' keys (as the registry and an
// advisor would), so a test can assert what the real UI sealed.

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

class Probe : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    static Probe* create(QQmlEngine*, QJSEngine*);

    /// A provisioning payload (vigil-admin enroll) for the sample directory.
    Q_INVOKABLE QString provisioningCode() const;
    /// A picture file (PNG) of a QR code, as a phone would photograph it: the compact enrolment
    /// code (what `vigil-admin enroll --qr` holds) when `vigil`, else another organisation's
    /// URL; its file URL.
    Q_INVOKABLE QUrl enrolCodePicture(bool vigil) const;
    Q_INVOKABLE int outboxCount() const;
    /// The newest envelope, opened: {header: {...}, report: {...}, readers: [member ids]}.
    Q_INVOKABLE QVariantMap lastEnvelope() const;
    /// The newest envelope's routing header as the registry opens it (a follow-up's too, whose
    /// body is a message, not a report); {error} when it does not open.
    Q_INVOKABLE QVariantMap lastHeader() const;
    /// Where screenshots go (VIGIL_SCREENSHOT_DIR), or empty when none are wanted.
    Q_INVOKABLE QString screenshotDir() const;
    /// Marks every pending envelope delivered with a receipt from the test relay.
    Q_INVOKABLE void deliverAll();
    /// Adds an advisor's reply to the newest report's conversation (as the sync engine would);
    /// `closing`: the reply the advisor sends with closing the case (docs/protocol.md §8 `closed`);
    /// `checkInDays` > 0: it names an aftercare check-in that many days ahead (§8 `checkin`).
    Q_INVOKABLE void addReply(const QString& text, bool closing = false, int checkInDays = 0);
    /// Stores two signed bulletins (a safety alert and a lesson learned).
    Q_INVOKABLE void addBulletins();
    /// Hands the app signed support contacts (tests/support/testdata.h's sample, serial
    /// `serial`) as the sync engine would; `forged` signs them with a key the phone does not
    /// trust. Returns the app's refusal, or "" when it kept them.
    Q_INVOKABLE QString addSupportContacts(int serial, bool forged);
    /// The organisation issues filing tokens: a root-signed issuer-key document with one epoch
    /// around the app's clock is accepted, and the stock stays empty ("" or the error).
    Q_INVOKABLE QString addIssuerKeys();
    /// Back to first start (panic wipe), in the given language and theme.
    Q_INVOKABLE void reset(const QString& language, bool night);
    /// The word the advisor console shows for a wire name: it calls vigil::appcore::label with
    /// the same vocabulary (advisor/caselistmodel.cpp, caseview.cpp, inboxfilter.cpp).
    Q_INVOKABLE QString consoleLabel(const QString& vocabulary, const QString& name) const;
    /// Every wire name of "kind" or "category" the model knows (shared/reportenums.h).
    Q_INVOKABLE QStringList wireNames(const QString& vocabulary) const;
};
