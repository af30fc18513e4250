// SPDX-License-Identifier: EUPL-1.2
// The console's languages: the Dutch translation is complete (nothing unfinished, nothing in
// the sources that the .ts lacks, the same placeholders), and switching the language changes
// what is shown at once and is remembered.
#include "advisor/console.h"

#include "advisor/account.h"
#include "advisor/caseinfo.h"
#include "advisor/syncengine.h"
#include "shared/qt/labels.h"

#include "qttest.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <vector>

using namespace vigil::advisor;
using namespace vigil::advisor::test;
using vigil::appcore::label;
using vigil::appcore::Vocabulary;

namespace {

struct TsMessage {
    QString context;
    QString source;
    QStringList translations;      ///< one, or the numerus forms
    bool unfinished = false;
    bool obsolete = false;
};

std::vector<TsMessage> readTs(const QString& path)
{
    std::vector<TsMessage> out;
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            TsMessage m{context, {}, {}, false, false};
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    m.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    const auto type = xml.attributes().value(QLatin1String("type"));
                    m.unfinished = type == QLatin1String("unfinished");
                    m.obsolete = type == QLatin1String("obsolete") || type == QLatin1String("vanished");
                    QString text;
                    bool numerus = false;
                    while (xml.readNext() != QXmlStreamReader::EndElement || xml.name() != QLatin1String("translation")) {
                        if (xml.isCharacters())
                            text += xml.text();
                        else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                            numerus = true;
                            m.translations << xml.readElementText();
                        }
                    }
                    if (!numerus)
                        m.translations << text;
                } else {
                    xml.skipCurrentElement();
                }
            }
            out.push_back(m);
        }
    }
    INFO(xml.errorString().toStdString() << " at line " << xml.lineNumber());
    REQUIRE_FALSE(xml.hasError());
    return out;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(it.next().captured(0));
    return out;
}

QString tsPath(const char* lang)
{
    return QStringLiteral(VIGIL_ADVISOR_I18N_DIR "/vigil-advisor_%1.ts").arg(QLatin1String(lang));
}

/// Every message of `path` translated, with the source's placeholders; returns what is not.
QStringList untranslated(const QString& path)
{
    QStringList problems;
    for (const TsMessage& m : readTs(path)) {
        if (m.obsolete)
            continue;
        const QString where = m.context + QStringLiteral(": \"") + m.source + QLatin1Char('"');
        if (m.unfinished)
            problems << QStringLiteral("unfinished ") + where;
        for (const QString& t : m.translations) {
            if (t.trimmed().isEmpty())
                problems << QStringLiteral("empty ") + where;
            else if (placeholders(t) != placeholders(m.source) && !(m.source.contains(QLatin1String("%n"))
                                                                     && placeholders(t) + QSet{QStringLiteral("%n")}
                                                                            == placeholders(m.source)))
                problems << QStringLiteral("placeholders differ in ") + where + QStringLiteral(" → ") + t;
        }
    }
    return problems;
}

} // namespace

TEST_CASE("the Dutch and English translations have no unfinished or empty entry", "[advisor][i18n]")
{
    for (const char* lang : {"nl", "en"}) {
        INFO(lang);
        const QStringList problems = untranslated(tsPath(lang));
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        CHECK(problems.isEmpty());
    }
    CHECK(readTs(tsPath("nl")).size() > 250); // the real catalogue (the wire labels have their own)
}

TEST_CASE("every text in the sources is in the Dutch translation", "[advisor][i18n]")
{
    // lupdate over the sources into a copy of the .ts: a text the copy lacks comes back as
    // unfinished (what `ninja vigil_advisor_lupdate` would add and nobody translated yet).
    const QString lupdate = QStringLiteral(VIGIL_LUPDATE_PATH);
    if (lupdate.isEmpty() || !QFile::exists(lupdate)) {
        WARN("lupdate not found: only the .ts itself is checked");
        return;
    }
    QTemporaryDir tmp;
    REQUIRE(tmp.isValid());
    const QString copy = tmp.filePath(QStringLiteral("vigil-advisor_nl.ts"));
    REQUIRE(QFile::copy(tsPath("nl"), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess run;
    run.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                        QStringLiteral("none"), QStringLiteral("-extensions"), QStringLiteral("cpp,h,qml"),
                        QStringLiteral(VIGIL_SOURCE_DIR "/advisor"), QStringLiteral(VIGIL_SOURCE_DIR "/qml/Vigil/Advisor"),
                        QStringLiteral("-ts"), copy});
    REQUIRE(run.waitForFinished(60000));
    INFO(run.readAllStandardError().toStdString());
    REQUIRE(run.exitCode() == 0);
    const QStringList problems = untranslated(copy);
    INFO(problems.join(QLatin1Char('\n')).toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("switching the language changes the console's texts at once and is remembered", "[advisor][i18n]")
{
    TempDir dir;
    {
        auto console = makeConsole(dir.path()); // English, as every test console
        CHECK(console->language() == QLatin1String("en"));
        CHECK(label(Vocabulary::State, QStringLiteral("closed")) == QLatin1String("Closed"));
        CHECK(console->sync()->statusText().startsWith(QLatin1String("Not signed in")));

        QSignalSpy status(console->sync(), &SyncEngine::statusChanged);
        QSignalSpy language(console.get(), &Console::languageChanged);
        console->setLanguage(QStringLiteral("nl"));
        CHECK(console->language() == QLatin1String("nl"));
        CHECK(language.count() == 1);
        CHECK(status.count() >= 1); // the banner reads its text again
        CHECK(label(Vocabulary::State, QStringLiteral("closed")) == QLatin1String("Afgesloten"));
        CHECK(label(Vocabulary::Kind, QStringLiteral("near_miss")) == QLatin1String("Bijna-ongeval"));
        CHECK(console->sync()->statusText().startsWith(QLatin1String("Niet ingelogd")));
        CHECK(timeLeftText(0, 3 * 86400) == QLatin1String("3 d te laat"));

        console->setLanguage(QStringLiteral("fr")); // unknown: Dutch, the organisation's language
        CHECK(console->language() == QLatin1String("nl"));
    }
    {
        // A console started later in the same data folder, without --language, speaks Dutch.
        ConsoleOptions options;
        options.dataDir = dir.path();
        options.autoSignIn = false;
        Console again(options);
        CHECK(again.language() == QLatin1String("nl"));
        CHECK(label(Vocabulary::State, QStringLiteral("closed")) == QLatin1String("Afgesloten"));

        again.setLanguage(QStringLiteral("en"));
        CHECK(label(Vocabulary::State, QStringLiteral("closed")) == QLatin1String("Closed"));
        CHECK(again.sync()->statusText().startsWith(QLatin1String("Not signed in")));
    }
    {
        // --language wins over the saved choice for that run.
        ConsoleOptions options;
        options.dataDir = dir.path();
        options.autoSignIn = false;
        options.language = QStringLiteral("nl");
        Console forced(options);
        CHECK(forced.language() == QLatin1String("nl"));
        CHECK(label(Vocabulary::Outcome, QStringLiteral("unfounded")) == QLatin1String("Ongegrond"));
    }
    auto english = makeConsole(dir.path()); // later tests expect English again
    CHECK(label(Vocabulary::State, QStringLiteral("closed")) == QLatin1String("Closed"));
}

TEST_CASE("a wrong passphrase is said in Dutch in the Dutch console", "[advisor][i18n]")
{
    TempDir dir;
    auto console = makeConsole(dir.path());
    Account& account = *console->account();
    account.createVault(QStringLiteral("correct horse battery"), QStringLiteral("correct horse battery"));
    REQUIRE(waitFor([&] { return account.stage() == Account::Stage::NeedsRegistry; }));
    account.lock();
    console->setLanguage(QStringLiteral("nl"));
    account.unlock(QStringLiteral("wrong passphrase!"));
    REQUIRE(waitFor([&] { return !account.busy() && !account.lastError().isEmpty(); }));
    CHECK(account.lastError() == QStringLiteral("Verkeerde wachtwoordzin (of het kluisbestand is gewijzigd)."));
    console->setLanguage(QStringLiteral("en"));
    account.unlock(QStringLiteral("wrong passphrase?"));
    REQUIRE(waitFor([&] { return !account.busy() && !account.lastError().isEmpty(); }));
    CHECK(account.lastError() == QStringLiteral("Wrong passphrase (or the vault file was changed)."));
}
