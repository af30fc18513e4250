// SPDX-License-Identifier: EUPL-1.2
#pragma once

// The signed authorities document on the console (shared/authorities.h, docs/advisor-api.md
// "Authorities"): GET /v1/advisor/authorities with its ETag, verified against the pinned root
// key and bound to the signed directory this console holds (same version, its payload hash,
// every member in it, not expired), kept in the sealed cache so it counts offline. What it says
// — who holds which role for which unit, and who may accept a risk of each level — lets the
// console name the right people; the registry still decides every step from its database.

#include "shared/authorities.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace vigil::appcore {
struct HttpResult;
}

namespace vigil::advisor {

class Console;

class SignedAuthorities : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("the Console owns the signed authorities")

    /// Whether a verified document bound to the directory held is in force here.
    Q_PROPERTY(bool verified READ verified NOTIFY changed)
    /// "Signed authorities 7 for directory version 3", or why none is used.
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)

public:
    explicit SignedAuthorities(Console& console, QObject* parent = nullptr);

    bool verified() const { return m_authorities.has_value(); }
    QString statusText() const;
    const std::optional<Authorities>& authorities() const { return m_authorities; }

    /// Fetches the newest document (304 when the held one is newest) when signed in.
    Q_INVOKABLE void refresh();
    /// Verifies `signedDocument` against the directory held; on success it is in force (and
    /// kept in the cache when `store`). Returns the error's text, empty on success.
    QString adopt(const QByteArray& signedDocument, bool store);
    /// Checks the held document again after a directory arrived; when none is held or it goes
    /// with another directory version, fetches the one that goes with the new directory.
    void recheck();
    void loadCached();
    void clear();

    /// The signed rule for accepting a risk of `level` ("eliminated" reads as "low").
    std::optional<AcceptanceLevel> acceptance(const QString& level) const;
    /// Members (ids) holding one of `roles` for a unit in `units` ('' = the whole organisation).
    QStringList holders(const QStringList& roles, const QStringList& units) const;

signals:
    void changed();

private:
    void onDocument(const appcore::HttpResult& result);

    Console& m_console;
    std::optional<Authorities> m_authorities;
    QByteArray m_signed;
    QByteArray m_etag;
    QString m_problem;
    bool m_busy = false;
};

} // namespace vigil::advisor
