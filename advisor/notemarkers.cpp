// SPDX-License-Identifier: EUPL-1.2
#include "notemarkers.h"

#include <QRegularExpression>

namespace vigil::advisor {

namespace {

constexpr QChar kMark(0x0001);
const QString kReplyCopy = QStringLiteral("vigil-reply-copy v1 ");
const QString kClosing = QStringLiteral("vigil-closing v1 ");

} // namespace

QString replyCopyNote(const QString& sealedReplyHash, const QString& text)
{
    return kMark + kReplyCopy + sealedReplyHash + QLatin1Char('\n') + text;
}

QString closingNote(const QString& outcome, const QString& reason)
{
    return kMark + kClosing + outcome + QLatin1Char('\n') + reason;
}

QString plainNote(const QString& text)
{
    QString out = text.trimmed();
    while (out.startsWith(kMark))
        out = out.mid(1).trimmed();
    return out;
}

NoteContent parseNote(const QString& text)
{
    NoteContent out{NoteContent::Kind::Note, text, {}, {}};
    const qsizetype end = text.indexOf(QLatin1Char('\n'));
    if (!text.startsWith(kMark) || end < 0)
        return out;
    const QString marker = text.mid(1, end - 1);
    const QString rest = text.mid(end + 1);
    static const QRegularExpression hash(QStringLiteral("^[0-9a-f]{64}$"));
    static const QRegularExpression word(QStringLiteral("^[a-z_]{1,32}$"));
    if (marker.startsWith(kReplyCopy)) {
        const QString h = marker.mid(kReplyCopy.size());
        if (hash.match(h).hasMatch())
            return {NoteContent::Kind::ReplyCopy, rest, h, {}};
    } else if (marker.startsWith(kClosing)) {
        const QString o = marker.mid(kClosing.size());
        if (word.match(o).hasMatch())
            return {NoteContent::Kind::Closing, rest, {}, o};
    }
    return out; // an unknown marker (a newer console): shown as the note it is
}

} // namespace vigil::advisor
