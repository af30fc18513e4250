// SPDX-License-Identifier: EUPL-1.2
#pragma once

// What an HTTP request of either app came back with, read the same way for the console's calls
// to the registry and the phone's calls to its relay: the status and body, or (status 0) the
// transport failure; the server's Retry-After; and one rule for what is worth retrying.

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

class QNetworkReply;

namespace vigil::appcore {

struct HttpResult {
    int status = 0;
    QByteArray body;
    QString transportError;       ///< set when the server was not reached (offline, refused, timeout, cut off)
    int retryAfterSeconds = -1;   ///< the answer's Retry-After in seconds; -1 when it had none
    QList<QPair<QByteArray, QByteArray>> headers;

    bool reached() const { return status != 0; }
    bool ok() const { return status >= 200 && status < 300; }
    /// Worth retrying later: not reached, the server said it is overloaded or down (502–504),
    /// or it asked to be asked again later (429, not before retryAfterMs()). Every other answer
    /// is final — above all 409, a conflict (an illegal step, an action id reused with other
    /// content) that the same request can only meet again.
    bool transient() const
    {
        return !reached() || status == 429 || status == 502 || status == 503 || status == 504;
    }
    /// The least wait before asking again that the server asked for (Retry-After, at most an
    /// hour: a server that asks for more is asked again then); 0 when it asked for none.
    int retryAfterMs() const;
    /// The value of header `name` (case-insensitive); empty when the answer had none.
    QByteArray header(const QByteArray& name) const;
    /// The server's machine-readable {"error_kind": …}; empty when it gave none.
    QString errorKind() const;
    /// 409 action_id_reused: the action's id had come with another request, nothing was done.
    bool actionIdReused() const
    {
        return status == 409 && errorKind() == QLatin1String("action_id_reused");
    }
    /// The server's {"error": …} text, or a description of the transport failure, in the
    /// interface language.
    QString errorText() const;
    QJsonObject json() const;
};

/// A Retry-After value (RFC 9110 §10.2.3: delta-seconds or an HTTP date) as seconds after
/// `now`, at most a day; -1 when empty or unreadable.
int parseRetryAfter(const QByteArray& value, const QDateTime& now);

/// The result of a finished `reply`, with at most `maxBody` bytes of its body: an answer longer
/// than what its caller can use is cut there, never held whole.
HttpResult readReply(QNetworkReply& reply, qint64 maxBody);
/// The same for a reply whose body its caller has already read as it arrived (`body`).
HttpResult readReply(QNetworkReply& reply, QByteArray body);

} // namespace vigil::appcore
