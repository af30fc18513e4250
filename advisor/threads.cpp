// SPDX-License-Identifier: EUPL-1.2
#include "threads.h"

#include "shared/qt/labels.h"
#include "notecrypto.h"
#include "notemarkers.h"
#include "roster.h"

#include "shared/hash.h"
#include "shared/seal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace vigil::advisor {

using appcore::label;
using appcore::Vocabulary;

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

/// A note opened with this advisor's key, and what its text turned out to be.
struct NoteEntry {
    MessageRow row;
    NoteContent content;
};

NoteEntry noteEntry(const ThreadInputs& in, const QString& author, qint64 at, ByteView sealed)
{
    NoteEntry e{MessageRow{QStringLiteral("note"), author, in.nameOf(author), fromUnix(at), {}, false,
                           author == in.me, false, false, {}},
                {}};
    if (!in.boxKey)
        return e;
    auto opened = openNote(sealed, *in.boxKey);
    if (!opened)
        return e;
    e.content = parseNote(QString::fromStdString(opened->message.text));
    e.row.text = e.content.text;
    e.row.readable = true;
    // The registry names the author; the signature must be that member's key from the directory.
    const Member* m = in.roster ? in.roster->member(author) : nullptr;
    e.row.verified = m && m->signKey == opened->signer && opened->message.author == author.toStdString();
    if (e.content.kind == NoteContent::Kind::Closing)
        e.row.caption = QObject::tr("Reason for closing as “%1”").arg(label(Vocabulary::Outcome, e.content.outcome));
    return e;
}

MessageRow replyRow(const ThreadInputs& in, const QString& author, qint64 at, ByteView sealed,
                    const std::vector<NoteEntry>& copies)
{
    MessageRow row{QStringLiteral("reply"), author, in.nameOf(author), fromUnix(at), {}, false, author == in.me,
                   false, false, {}};
    // A reply is sealed to the reporter: the author's own copy (in its vault) or the copy the
    // author sealed for the case's key holders makes it readable here.
    if (const SentCopy* copy = findCopy(in.sent, sealed)) {
        row.text = QString::fromStdString(copy->text);
        row.readable = true;
        row.verified = true;
        return row;
    }
    const QString hash = QString::fromStdString(toHex(blake2b256(sealed)));
    for (const NoteEntry& c : copies)
        // Only the reply's author can vouch for what it said: a copy by anyone else is ignored.
        if (c.content.replyHash == hash && c.row.author == author) {
            row.text = c.row.text;
            row.readable = true;
            row.verified = c.row.verified;
            break;
        }
    return row;
}

MessageRow followUpRow(const ThreadInputs& in, qint64 at, ByteView sealed)
{
    MessageRow row{QStringLiteral("follow_up"), {}, QObject::tr("Reporter"), fromUnix(at), {}, false, false, false,
                   false, {}};
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
    struct Sealed {
        QString kind, author;
        qint64 at;
        Bytes bytes;
        bool pending;
    };
    std::vector<Sealed> items;
    for (const auto& v : QJsonDocument::fromJson(in.messagesJson).object().value(QStringLiteral("messages")).toArray()) {
        const QJsonObject o = v.toObject();
        if (auto sealed = fromBase64Url(o.value(QStringLiteral("sealed")).toString().toStdString()))
            items.push_back({o.value(QStringLiteral("kind")).toString(), o.value(QStringLiteral("author")).toString(),
                             static_cast<qint64>(o.value(QStringLiteral("at")).toDouble()), std::move(*sealed), false});
    }
    for (const auto& a : in.queued) {
        if (a.action != "reply" && a.action != "notes")
            continue;
        const QJsonObject body = QJsonDocument::fromJson(QByteArray::fromStdString(a.body)).object();
        if (auto sealed = fromBase64Url(body.value(QStringLiteral("sealed")).toString().toStdString()))
            items.push_back({a.action == "reply" ? QStringLiteral("reply") : QStringLiteral("note"), in.me, a.queuedAt,
                             std::move(*sealed), true});
    }
    // Notes first: some of them are the copies that make replies readable.
    Threads out;
    std::vector<NoteEntry> copies;
    for (const Sealed& m : items) {
        if (m.kind != QLatin1String("note"))
            continue;
        NoteEntry e = noteEntry(in, m.author, m.at, m.bytes);
        e.row.pending = m.pending;
        if (e.content.kind == NoteContent::Kind::ReplyCopy)
            copies.push_back(std::move(e)); // shown as the reply itself, not as a note
        else
            out.notes.push_back(std::move(e.row));
    }
    for (const Sealed& m : items) {
        MessageRow row;
        if (m.kind == QLatin1String("reply"))
            row = replyRow(in, m.author, m.at, m.bytes, copies);
        else if (m.kind == QLatin1String("follow_up"))
            row = followUpRow(in, m.at, m.bytes);
        else
            continue;
        row.pending = m.pending;
        out.conversation.push_back(std::move(row));
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
