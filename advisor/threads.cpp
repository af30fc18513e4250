// SPDX-License-Identifier: EUPL-1.2
#include "threads.h"

#include "labels.h"
#include "notecrypto.h"
#include "roster.h"

#include "shared/hash.h"
#include "shared/seal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace vigil::advisor {

namespace {

QDateTime fromUnix(qint64 t)
{
    return QDateTime::fromSecsSinceEpoch(t, Qt::UTC);
}

const SentCopy* findCopy(const std::vector<SentCopy>& sent, ByteView sealed)
{
    const std::string hash = toHex(blake2b256(sealed));
    for (const auto& s : sent)
        if (s.sealedHash == hash)
            return &s;
    return nullptr;
}

MessageRow replyRow(const ThreadInputs& in, const QString& author, qint64 at, ByteView sealed)
{
    MessageRow row{QStringLiteral("reply"), author, in.nameOf(author), fromUnix(at), {}, false, author == in.me,
                   false, false};
    // A reply is sealed to the reporter: only the author's own copy makes it readable here.
    if (const SentCopy* copy = findCopy(in.sent, sealed)) {
        row.text = QString::fromStdString(copy->text);
        row.readable = true;
        row.verified = true;
    }
    return row;
}

MessageRow noteRow(const ThreadInputs& in, const QString& author, qint64 at, ByteView sealed)
{
    MessageRow row{QStringLiteral("note"), author, in.nameOf(author), fromUnix(at), {}, false, author == in.me,
                   false, false};
    if (!in.boxKey)
        return row;
    auto opened = openNote(sealed, *in.boxKey);
    if (!opened)
        return row;
    row.text = QString::fromStdString(opened->message.text);
    row.readable = true;
    // The registry names the author; the signature must be that member's key from the directory.
    const Member* m = in.roster ? in.roster->member(author) : nullptr;
    row.verified = m && m->signKey == opened->signer && opened->message.author == author.toStdString();
    return row;
}

MessageRow followUpRow(const ThreadInputs& in, qint64 at, ByteView sealed)
{
    MessageRow row{QStringLiteral("follow_up"), {}, QObject::tr("Reporter"), fromUnix(at), {}, false, false, false,
                   false};
    if (!in.boxKey)
        return row;
    if (auto m = openFollowUp(sealed, *in.boxKey)) {
        row.text = QString::fromStdString(m->text);
        row.readable = true;
    }
    return row;
}

} // namespace

Threads buildThreads(const ThreadInputs& in)
{
    Threads out;
    const QJsonArray messages = QJsonDocument::fromJson(in.messagesJson).object().value(QStringLiteral("messages")).toArray();
    for (const auto& v : messages) {
        const QJsonObject o = v.toObject();
        const QString kind = o.value(QStringLiteral("kind")).toString();
        const QString author = o.value(QStringLiteral("author")).toString();
        const auto at = static_cast<qint64>(o.value(QStringLiteral("at")).toDouble());
        auto sealed = fromBase64Url(o.value(QStringLiteral("sealed")).toString().toStdString());
        if (!sealed)
            continue;
        if (kind == QLatin1String("reply"))
            out.conversation.push_back(replyRow(in, author, at, *sealed));
        else if (kind == QLatin1String("note"))
            out.notes.push_back(noteRow(in, author, at, *sealed));
        else if (kind == QLatin1String("follow_up"))
            out.conversation.push_back(followUpRow(in, at, *sealed));
    }
    for (const auto& a : in.queued) {
        if (a.action != "reply" && a.action != "notes")
            continue;
        const QJsonObject body = QJsonDocument::fromJson(QByteArray::fromStdString(a.body)).object();
        auto sealed = fromBase64Url(body.value(QStringLiteral("sealed")).toString().toStdString());
        if (!sealed)
            continue;
        MessageRow row = a.action == "reply" ? replyRow(in, in.me, a.queuedAt, *sealed)
                                             : noteRow(in, in.me, a.queuedAt, *sealed);
        row.pending = true;
        (a.action == "reply" ? out.conversation : out.notes).push_back(std::move(row));
    }
    return out;
}

namespace {

/// The registry's audit detail in the console's words and language: "received -> acknowledged"
/// becomes "Received → Acknowledged", "assigned to m1" the member's name. Anything else (routing
/// remarks) is shown as the registry wrote it.
QString historyDetail(const QString& action, const QString& detail, const std::function<QString(const QString&)>& nameOf)
{
    static const QRegularExpression transition(QStringLiteral("^(\\w+) -> (\\w+)(?: \\((\\w+)\\))?$"));
    static const QRegularExpression assigned(QStringLiteral("^(?:assigned to |(\\S+) -> )(\\S+)$"));
    if (action == QLatin1String("case.transition")) {
        if (const auto m = transition.match(detail); m.hasMatch()) {
            QString text = label(Vocabulary::State, m.captured(1)) + QStringLiteral(" → ")
                           + label(Vocabulary::State, m.captured(2));
            if (m.hasCaptured(3))
                text += QStringLiteral(" (%1)").arg(label(Vocabulary::Outcome, m.captured(3)));
            return text;
        }
    } else if (action == QLatin1String("case.assigned")) {
        if (const auto m = assigned.match(detail); m.hasMatch())
            return (m.hasCaptured(1) ? nameOf(m.captured(1)) + QStringLiteral(" → ") : QStringLiteral("→ "))
                   + nameOf(m.captured(2));
    } else if ((action == QLatin1String("case.reply") && detail == QLatin1String("reply posted"))
               || (action == QLatin1String("case.note") && detail == QLatin1String("note added"))) {
        return {}; // the action's label says it
    }
    return detail;
}

} // namespace

std::vector<HistoryRow> buildHistory(const QByteArray& json, const std::function<QString(const QString&)>& nameOf)
{
    std::vector<HistoryRow> rows;
    for (const auto& v : QJsonDocument::fromJson(json).object().value(QStringLiteral("entries")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString actor = o.value(QStringLiteral("actor")).toString();
        const QString action = o.value(QStringLiteral("action")).toString();
        rows.push_back(HistoryRow{fromUnix(static_cast<qint64>(o.value(QStringLiteral("at")).toDouble())), actor,
                                  nameOf(actor), action, label(Vocabulary::AuditAction, action),
                                  historyDetail(action, o.value(QStringLiteral("detail")).toString(), nameOf)});
    }
    return rows;
}

} // namespace vigil::advisor
