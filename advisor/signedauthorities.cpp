// SPDX-License-Identifier: EUPL-1.2
#include "signedauthorities.h"

#include "account.h"
#include "casecache.h"
#include "console.h"
#include "keyvault.h"
#include "registryclient.h"

#include "shared/qt/httpresult.h"

namespace vigil::advisor {

using appcore::HttpResult;

namespace {

const char* const kBlob = "authorities";

ByteView viewOf(const QByteArray& bytes)
{
    return {reinterpret_cast<const std::uint8_t*>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
}

} // namespace

SignedAuthorities::SignedAuthorities(Console& console, QObject* parent) : QObject(parent), m_console(console) {}

QString SignedAuthorities::statusText() const
{
    if (m_authorities)
        return tr("Signed authorities %1 for directory version %2").arg(m_authorities->serial).arg(m_authorities->version);
    return m_problem.isEmpty() ? tr("No signed authorities yet: the default acceptance policy is shown.") : m_problem;
}

QString SignedAuthorities::adopt(const QByteArray& signedDocument, bool store)
{
    const KeyVault* vault = m_console.account()->vault();
    CaseCache* cache = m_console.cache();
    if (!vault || !vault->settings() || !cache)
        return tr("The console is locked.");
    auto directory = cache->blob("directory");
    if (!directory || !*directory)
        return tr("No directory yet: the authorities are read with the directory they go with.");
    const Bytes& dir = **directory;
    auto verified = verifyAuthorities(viewOf(signedDocument), ByteView(dir.data(), dir.size()), m_console.keySetHistory(),
                                      static_cast<std::uint64_t>(m_console.now()));
    if (!verified) {
        m_problem = tr("The signed authorities do not verify against the directory held (%1): the default "
                       "acceptance policy is shown.")
                        .arg(QString::fromStdString(verified.error().message));
        emit changed();
        return m_problem;
    }
    // Never back to an older document of the same directory.
    if (m_authorities && m_authorities->version == verified->version && verified->serial < m_authorities->serial)
        return {};
    m_authorities = std::move(*verified);
    m_signed = signedDocument;
    m_problem.clear();
    if (store)
        (void)cache->putBlob(kBlob, viewOf(signedDocument));
    emit changed();
    return {};
}

void SignedAuthorities::recheck()
{
    const QByteArray held = m_signed;
    m_authorities.reset();
    m_signed.clear();
    // None held yet (it may have come before its directory), or bound to another directory
    // version: fetch the one that goes with the directory now held.
    if (held.isEmpty() || !adopt(held, false).isEmpty()) {
        m_etag.clear();
        refresh();
    }
    emit changed();
}

void SignedAuthorities::refresh()
{
    if (!m_console.cache() || !m_console.account()->signedIn() || m_busy)
        return;
    m_busy = true;
    m_console.client().get(QStringLiteral("/v1/advisor/authorities"), this,
                           [this](const HttpResult& r) { onDocument(r); }, m_etag);
}

void SignedAuthorities::onDocument(const HttpResult& r)
{
    m_busy = false;
    if (!m_console.cache() || r.status == 304 || !r.ok())
        return; // the held document stays (offline, or nothing newer)
    if (adopt(r.body, true).isEmpty())
        m_etag = r.header("ETag");
}

void SignedAuthorities::loadCached()
{
    CaseCache* cache = m_console.cache();
    if (!cache)
        return;
    if (auto blob = cache->blob(kBlob); blob && *blob)
        (void)adopt(QByteArray(reinterpret_cast<const char*>((*blob)->data()), static_cast<qsizetype>((*blob)->size())),
                    false);
}

void SignedAuthorities::clear()
{
    m_authorities.reset();
    m_signed.clear();
    m_etag.clear();
    m_problem.clear();
    m_busy = false;
    emit changed();
}

std::optional<AcceptanceLevel> SignedAuthorities::acceptance(const QString& level) const
{
    if (!m_authorities)
        return std::nullopt;
    const std::string wanted = level == QLatin1String("eliminated") ? std::string("low") : level.toStdString();
    for (const AcceptanceLevel& a : m_authorities->acceptance)
        if (a.level == wanted)
            return a;
    return std::nullopt;
}

QStringList SignedAuthorities::holders(const QStringList& roles, const QStringList& units) const
{
    QStringList out;
    if (!m_authorities)
        return out;
    for (const AuthorityRole& r : m_authorities->roles) {
        const QString member = QString::fromStdString(r.member);
        if (roles.contains(QString::fromStdString(r.role)) && units.contains(QString::fromStdString(r.unit))
            && !out.contains(member))
            out << member;
    }
    return out;
}

} // namespace vigil::advisor
