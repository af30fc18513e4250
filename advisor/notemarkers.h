// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Internal notes that carry more than free text, without a new registry resource: the note's
// text starts with a marker line that no person types (it begins with U+0001, which addNote
// strips), then the text itself.
//   reply copy:  "\u0001vigil-reply-copy v1 <hex BLAKE2b-256 of the sealed reply>\n<reply text>"
//     the reply as sent, sealed for the case's key holders, so a colleague can read the
//     conversation and take the case over (a reply itself is sealed to the reporter only);
//   closing:     "\u0001vigil-closing v1 <outcome>\n<reason>"
//     why the case was closed, for the key holders only (a reason can be sensitive).
// Notes are signed by their author; a reply copy counts only when its author is the reply's.

#include <QString>

#include <optional>

namespace vigil::advisor {

/// What a note's text turned out to be.
struct NoteContent {
    enum class Kind { Note, ReplyCopy, Closing };
    Kind kind = Kind::Note;
    QString text;        ///< the note, the reply or the reason
    QString replyHash;   ///< ReplyCopy: hex hash of the sealed reply it copies
    QString outcome;     ///< Closing: the outcome's wire name ("unfounded", …)
};

/// Room the marker takes in a note (a Message text has at most 8 KiB).
constexpr qsizetype kNoteMarkerRoom = 128;

QString replyCopyNote(const QString& sealedReplyHash, const QString& text);
QString closingNote(const QString& outcome, const QString& reason);
/// A person's note as typed, without anything that could pass for a marker.
QString plainNote(const QString& text);
NoteContent parseNote(const QString& text);

} // namespace vigil::advisor
