// SPDX-License-Identifier: EUPL-1.2
// The console as a person meets it (issue 12): the application's real Main.qml and real C++
// objects, in a 1280 × 720 window, against a real registry on loopback, driven only by mouse
// clicks and key presses — unlock, sign in, open a case, open and cancel every dialog, close
// the case with a reason and a word to the reporter, look at every tab and the dashboard, lock,
// and a wrong passphrase. It fails on any QML warning (from anywhere, not only our files) and
// on any action button that falls outside the window.
//
// Why in-process and not the vigil-advisor executable: an offscreen executable cannot be
// clicked from outside without an automation hook in production code. The executable itself
// is started by advisor.real-app (realapp.cpp) against a real registry.
#define CATCH_CONFIG_RUNNER
#include "account.h"
#include "attachmentimages.h"
#include "caselistmodel.h"
#include "caseview.h"
#include "console.h"
#include "dashboard.h"
#include "syncengine.h"

#include "qttest.h"
#include "tests/support/testdata.h"

#include "shared/message.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Vigil_AdvisorPlugin)
Q_IMPORT_QML_PLUGIN(Vigil_Advisor_CorePlugin)
Q_IMPORT_QML_PLUGIN(Vigil_ControlsPlugin)

using namespace vigil;
using namespace vigil::advisor;
using namespace vigil::advisor::test;

namespace {

QStringList g_warnings;

void messages(QtMsgType type, const QMessageLogContext& context, const QString& text)
{
    const QString line = QStringLiteral("%1 %2").arg(QString::fromUtf8(context.file ? context.file : ""), text);
    if (type != QtDebugMsg && type != QtInfoMsg)
        g_warnings << line;
    std::fprintf(stderr, "%s\n", qPrintable(line));
}

/// A person at the console: finds things by name, and uses only the mouse and the keyboard.
class Person {
public:
    explicit Person(QQuickWindow& window) : m_window(window) {}

    /// The visible item named `name` (inside the window or an open dialog), searched through
    /// both object children and visual children (a dialog's items have the dialog as parent).
    QQuickItem* find(const char* name, QObject* within = nullptr) const
    {
        QSet<QObject*> seen;
        if (within)
            return search(within, QLatin1String(name), seen);
        // The window's objects, then its root item (the overlay with open dialogs hangs there).
        QQuickItem* found = search(&m_window, QLatin1String(name), seen);
        return found ? found : search(m_window.contentItem()->parentItem(), QLatin1String(name), seen);
    }

    /// Waits until `name` is on screen, then clicks its middle.
    void click(const char* name, QObject* within = nullptr)
    {
        INFO("clicking " << name);
        QQuickItem* item = nullptr;
        REQUIRE(waitFor([&] { return (item = find(name, within)) && item->isEnabled(); }));
        checkInside(item, name);
        const QPointF middle = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::mouseClick(&m_window, Qt::LeftButton, {}, middle.toPoint());
        settle();
    }

    void type(const QString& text)
    {
        // Qt 6.4 has keyClicks() for widgets only: a window gets its keys one by one.
        for (const QChar c : text)
            QTest::keyClick(&m_window, c.toLatin1());
        settle();
    }

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = {})
    {
        QTest::keyClick(&m_window, key, modifiers);
        settle();
    }

    /// Fails when `item` is cut off by the window's edges (issue 12, item 15).
    void checkInside(QQuickItem* item, const char* name) const
    {
        INFO(name);
        REQUIRE(item);
        const QRectF r = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
        INFO(name << " at " << r.x() << "," << r.y() << " size " << r.width() << "×" << r.height() << " in a "
                  << m_window.width() << "×" << m_window.height() << " window");
        CHECK(r.left() >= 0);
        CHECK(r.top() >= 0);
        CHECK(r.right() <= m_window.width() + 0.5);
        CHECK(r.bottom() <= m_window.height() + 0.5);
    }

    static void settle() { waitFor([] { return false; }, 80); }

private:
    static QQuickItem* search(QObject* node, QLatin1String name, QSet<QObject*>& seen)
    {
        if (!node || seen.contains(node))
            return nullptr;
        seen.insert(node);
        auto* item = qobject_cast<QQuickItem*>(node);
        if (item && node->objectName() == name && item->isVisible())
            return item;
        for (QObject* child : node->children())
            if (QQuickItem* found = search(child, name, seen))
                return found;
        if (item)
            for (QQuickItem* child : item->childItems())
                if (QQuickItem* found = search(child, name, seen))
                    return found;
        // A Popup is no item: its visual content hangs off its contentItem.
        if (!item && node->property("contentItem").canConvert<QQuickItem*>())
            return search(node->property("contentItem").value<QQuickItem*>(), name, seen);
        return nullptr;
    }

    QQuickWindow& m_window;
};

/// The dialog (a Popup) named `name`, once it is open.
QObject* openDialog(QQuickWindow& window, const char* name)
{
    QObject* popup = window.findChild<QObject*>(QLatin1String(name));
    REQUIRE(popup);
    REQUIRE(waitFor([&] { return popup->property("opened").toBool(); }, 5000));
    return popup;
}

bool dialogClosed(QQuickWindow& window, const char* name)
{
    QObject* popup = window.findChild<QObject*>(QLatin1String(name));
    return popup && waitFor([&] { return !popup->property("visible").toBool(); }, 5000);
}

} // namespace

/// The whole journey in one language ("en" or "nl": Dutch labels are longer, so the layout is
/// checked in both).
static void walk(const QString& language)
{
    g_warnings.clear();
    TestRegistry registry;
    TempDir dir;
    auto console = makeConsole(dir.path());
    console->setLanguage(language);
    provisionAndSignIn(*console, registry, "m9", "Advisor Smit", "ca-pool");
    const FiledReport filed = registry.file(vigil::test::socialReport());
    registry.transition(filed.caseId, "m3", "acknowledged");
    registry.transition(filed.caseId, "m3", "assigned"); // Advisor Bakker's case
    syncNow(*console);
    Account& account = *console->account();
    account.lock(); // the console starts locked, as every morning

    Console::setInstance(console.get());
    static const bool styled = (QQuickStyle::setStyle(QStringLiteral("Fusion")), true); // once, before any QML
    Q_UNUSED(styled)
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.addImageProvider(QStringLiteral("attachment"), new AttachmentImages(*console->caseView()));
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Vigil/Advisor/Main.qml")));
    REQUIRE_FALSE(engine.rootObjects().isEmpty());
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    REQUIRE(window);
    // The smallest screen the console is made for; the window must allow it.
    CHECK(window->minimumWidth() <= 1280);
    window->resize(1280, 720);
    REQUIRE(QTest::qWaitForWindowExposed(window));
    Person person(*window);

    // Unlock: a wrong passphrase first, then the right one, typed and confirmed with Enter.
    person.click("passphrase");
    person.type(QStringLiteral("not my passphrase"));
    person.press(Qt::Key_Return);
    REQUIRE(waitFor([&] { return !account.busy() && person.find("unlockError"); }));
    CHECK(account.lastError()
          == (language == QLatin1String("nl") ? QStringLiteral("Verkeerde wachtwoordzin (of het kluisbestand is gewijzigd).")
                                              : QStringLiteral("Wrong passphrase (or the vault file was changed).")));
    person.click("passphrase");
    person.type(QStringLiteral("correct horse battery"));
    person.click("unlock");
    REQUIRE(waitFor([&] { return account.stage() == Account::Stage::Ready; }));

    // Sign in from the header, and open the case from the inbox.
    person.click("signIn");
    REQUIRE(waitFor([&] { return account.signedIn() && console->cases()->count() == 1; }));
    for (const char* control : {"inboxSearch", "tabInbox", "tabFollowUp", "tabMeasures", "tabRisks", "tabIndicators",
                                "tabDashboard", "lock"})
        person.checkInside(person.find(control), control);
    QQuickItem* list = person.find("inboxList");
    REQUIRE(list);
    QQuickItem* row = nullptr;
    REQUIRE(waitFor([&] {
        QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem*, row), Q_ARG(int, 0));
        return row != nullptr;
    }));
    QTest::mouseClick(window, Qt::LeftButton, {}, row->mapToScene(QPointF(row->width() / 2, row->height() / 2)).toPoint());
    CaseView& view = *console->caseView();
    REQUIRE(waitFor([&] { return view.decrypted() && !view.busy(); }));

    // Every tab of the case.
    for (const char* tab : {"tabConversation", "tabNotes", "tabHistory", "tabReport"})
        person.click(tab);

    // Proposing a measure from the case asks in a dialog that names the case; Cancel sends nothing.
    person.click("proposeFromCase");
    QObject* proposal = openDialog(*window, "measureDialog");
    CHECK(proposal->property("casesText").toString() == QString::number(filed.caseId));
    person.click("cancelPropose", proposal);
    REQUIRE(dialogClosed(*window, "measureDialog"));
    CHECK(console->sync()->pendingCount() == 0);

    // Closing asks first; Cancel and Escape leave the case as it was.
    person.click("step_closed");
    QObject* dialog = openDialog(*window, "closeDialog");
    QQuickItem* warning = person.find("closeWarning", dialog);
    REQUIRE(warning);
    CHECK(view.closingWarning().contains(QStringLiteral("Advisor Bakker")));
    person.checkInside(warning, "closeWarning");
    person.click("cancelClose", dialog);
    REQUIRE(dialogClosed(*window, "closeDialog"));
    person.click("step_closed");
    openDialog(*window, "closeDialog");
    person.press(Qt::Key_Escape);
    REQUIRE(dialogClosed(*window, "closeDialog"));
    CHECK(view.isOpen()); // Escape closed the dialog, not the case
    CHECK(console->sync()->pendingCount() == 0);
    CHECK(registry.caseState(filed.caseId) == "assigned");

    // Now for real: a reason, and a word to the reporter.
    person.click("step_closed");
    dialog = openDialog(*window, "closeDialog");
    QQuickItem* confirm = person.find("confirmClose", dialog);
    REQUIRE(confirm);
    CHECK_FALSE(confirm->isEnabled()); // not without a reason
    person.click("closeReason", dialog);
    person.type(QStringLiteral("The reporter withdrew the complaint in our call."));
    person.click("closeMessage", dialog);
    person.type(QStringLiteral("Thank you for the call. As agreed, I close the case."));
    person.click("confirmClose", dialog);
    REQUIRE(dialogClosed(*window, "closeDialog"));
    REQUIRE(waitFor([&] { return console->sync()->pendingCount() == 0 && view.summary().value("state") == "closed"; }));
    CHECK(registry.caseState(filed.caseId) == "closed");
    std::vector<std::string> mailbox;
    for (const Bytes& item : registry.mailbox(filed.replyKey.publicKey))
        if (auto opened = openReply(item, filed.replyKey))
            mailbox.push_back(opened->message.text);
    CHECK(mailbox == std::vector<std::string>{"Thank you for the call. As agreed, I close the case."});
    person.click("tabNotes");
    REQUIRE(waitFor([&] { return view.notes()->count() == 1 && !view.notes()->rows()[0].pending; }));
    CHECK(view.notes()->rows()[0].text == QStringLiteral("The reporter withdrew the complaint in our call."));

    // The closed case offers a lessons-learned draft: open the dialog and close it unsent.
    person.click("draftLesson");
    dialog = openDialog(*window, "lessonDialog");
    person.click("closeLesson", dialog);
    REQUIRE(dialogClosed(*window, "lessonDialog"));

    // The dashboard loads by itself on the first visit.
    person.click("tabDashboard");
    REQUIRE(waitFor([&] { return !console->dashboard()->busy(); }));
    // The follow-up clocks, the measures and risk registers and the indicators (none yet for
    // this advisor): the record-risk dialog opens and closes unsent.
    person.click("tabFollowUp");
    person.click("tabMeasures");
    person.click("tabRisks");
    person.click("recordRisk");
    dialog = openDialog(*window, "riskDialog");
    person.click("cancelRisk", dialog);
    REQUIRE(dialogClosed(*window, "riskDialog"));
    person.click("tabIndicators");
    person.click("tabInbox");

    // Lock: back at the Unlock page, keys forgotten.
    person.click("lock");
    REQUIRE(waitFor([&] { return account.stage() == Account::Stage::Locked; }));
    REQUIRE(waitFor([&] { return person.find("passphrase") != nullptr; }));

    INFO(g_warnings.join(QLatin1Char('\n')).toStdString());
    CHECK(g_warnings.isEmpty());
}

TEST_CASE("an advisor unlocks, opens a colleague's case, opens and cancels every dialog and closes the case with a "
          "reason, at 1280 × 720 without a QML warning",
          "[advisor][journey]")
{
    walk(QStringLiteral("en"));
}

TEST_CASE("the same journey in Dutch, whose longer labels must fit as well", "[advisor][journey]")
{
    walk(QStringLiteral("nl"));
}

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("TZ", "UTC");
    // A desktop session has a private runtime folder; without one Qt warns, and this test
    // would count the machine's set-up against the console.
    const QByteArray runtime = QDir::tempPath().toUtf8() + "/vigil-advisor-journey-runtime";
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR") && QDir().mkpath(QString::fromUtf8(runtime))) {
        QFile::setPermissions(QString::fromUtf8(runtime), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtime);
    }
    QGuiApplication app(argc, argv);
    qInstallMessageHandler(messages);
    return Catch::Session().run(argc, argv);
}
