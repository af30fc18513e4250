// SPDX-License-Identifier: EUPL-1.2
// Qt Quick tests of the console's real pages (tests/advisor/qml/tst_*.qml) against a real
// registry on loopback: a signed-in console with one social-safety report waiting. The
// harness gives the tests what only the reporter's device could check (its mailbox).
#include "attachmentimages.h"
#include "caseview.h"
#include "console.h"
#include "syncengine.h"

#include "qttest.h"
#include "tests/support/testdata.h"

#include "shared/message.h"

#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(Vigil_AdvisorPlugin)
Q_IMPORT_QML_PLUGIN(Vigil_Advisor_CorePlugin)
Q_IMPORT_QML_PLUGIN(Vigil_ControlsPlugin)

namespace at = vigil::advisor::test;
using namespace vigil;
using namespace vigil::advisor;

/// What the QML tests may ask about the world outside the console.
class QmlHarness : public QObject {
    Q_OBJECT
    Q_PROPERTY(QString expectedHeadline READ expectedHeadline CONSTANT)

public:
    QmlHarness(at::TestRegistry& registry, at::FiledReport filed, QObject* parent = nullptr)
        : QObject(parent), m_registry(registry), m_filed(std::move(filed))
    {
    }

    QString expectedHeadline() const { return QString::fromStdString(vigil::test::socialReport().headline); }

    /// The replies the reporter's device can open from its mailbox.
    Q_INVOKABLE QStringList mailboxTexts() const
    {
        QStringList out;
        for (const Bytes& item : m_registry.mailbox(m_filed.replyKey.publicKey))
            if (auto opened = openReply(item, m_filed.replyKey))
                out << QString::fromStdString(opened->message.text);
        return out;
    }

    /// Files another report and closes it as a colleague would; returns its case id.
    Q_INVOKABLE qint64 fileClosedCase()
    {
        const at::FiledReport filed = m_registry.file(vigil::test::socialReport());
        m_registry.transition(filed.caseId, "m3", "acknowledged");
        m_registry.transition(filed.caseId, "m3", "closed", "unfounded");
        return filed.caseId;
    }

    /// The operator's review queue (vigil-admin bulletin list).
    Q_INVOKABLE QString pendingLessons() const { return QString::fromStdString(m_registry.submissions("pending")); }

private:
    at::TestRegistry& m_registry;
    at::FiledReport m_filed;
};

class Setup : public QObject {
    Q_OBJECT

public slots:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Fusion"));
        m_registry = std::make_unique<at::TestRegistry>();
        m_console = at::makeConsole(m_dir.path());
        at::provisionAndSignIn(*m_console, *m_registry, "m9", "Advisor Smit", "ca-pool");
        auto filed = m_registry->file(vigil::test::socialReport());
        m_console->sync()->refresh();
        at::waitFor([this] { return m_console->sync()->status() == SyncEngine::Status::Online; });
        Console::setInstance(m_console.get());
        m_harness = std::make_unique<QmlHarness>(*m_registry, std::move(filed));
    }

    void qmlEngineAvailable(QQmlEngine* engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine->addImageProvider(QStringLiteral("attachment"), new AttachmentImages(*m_console->caseView()));
        // Test-only: the harness is not part of the console, so it is not a registered type.
        engine->rootContext()->setContextProperty(QStringLiteral("harness"), m_harness.get());
    }

    void cleanupTestCase()
    {
        m_harness.reset();
        m_console.reset();
        m_registry.reset();
    }

private:
    at::TempDir m_dir;
    std::unique_ptr<at::TestRegistry> m_registry;
    std::unique_ptr<Console> m_console;
    std::unique_ptr<QmlHarness> m_harness;
};

QUICK_TEST_MAIN_WITH_SETUP(advisor_qml, Setup)

#include "quicktest.moc"
