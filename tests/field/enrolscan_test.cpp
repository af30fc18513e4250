// SPDX-License-Identifier: EUPL-1.2
// Enrolment by scan (issue 19 §5): the codes the real vigil-admin writes — its PNG and its
// terminal drawing — read back from image files as they are, scaled, rotated, noisy and
// photographed with margins; other QR codes and pictures without one refused; and a field app
// enrolled from a picture file and from camera frames through the page's EnrolScanner.
#include "mobile/enrolcodereader.h"

#include "fieldtest.h"
#include "mobile/enrolscanner.h"
#include "mobile/trust.h"

#include "shared/provisioning.h"

#include <ZXing/BitMatrix.h>
#include <ZXing/MultiFormatWriter.h>

#include <QFile>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTransform>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>

#include <catch2/catch.hpp>

using namespace vigil;
using namespace vigil::field;

namespace {

/// Runs the real vigil-admin with `args`; returns its standard output (fails the test when it
/// does not exit 0).
QByteArray admin(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(VIGIL_ADMIN_EXE), args);
    REQUIRE(p.waitForFinished(60000));
    INFO(p.readAllStandardError().toStdString());
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    REQUIRE(p.exitCode() == 0);
    return p.readAllStandardOutput();
}

/// A registry made by vigil-admin in `dir`, and one enrolment from it: the PNG, the terminal
/// drawing and the provisioning file of the same single-use code.
struct AdminCode {
    QString png;
    QByteArray terminal;
    std::string payload;
};

AdminCode enrolWithAdmin(const QTemporaryDir& dir, int keyHolders = 0)
{
    const QString data = dir.filePath(QStringLiteral("registry"));
    admin({QStringLiteral("--data"), data, QStringLiteral("init"), QStringLiteral("--organisation"),
           QStringLiteral("Defensie")});
    if (keyHolders > 0) {
        // The holders' set goes into every enrolment (root_keys): the larger code of the two.
        QStringList init{QStringLiteral("--data"), data, QStringLiteral("keyset"), QStringLiteral("init"),
                         QStringLiteral("--threshold"), QString::number(std::min(keyHolders, 2))};
        for (int n = 1; n <= keyHolders; ++n) {
            const QString out = QString::fromUtf8(admin({QStringLiteral("keyholder"), QStringLiteral("new"), QStringLiteral("--out"),
                                                         dir.filePath(QStringLiteral("holder%1.key").arg(n))}));
            const auto match = QRegularExpression(QStringLiteral("public key[^:]*: ([0-9a-f]{64})")).match(out);
            REQUIRE(match.hasMatch());
            init << QStringLiteral("--holder") << match.captured(1);
        }
        admin(init);
    }
    AdminCode code;
    code.png = dir.filePath(QStringLiteral("enrol.png"));
    const QString file = dir.filePath(QStringLiteral("enrol.json"));
    code.terminal = admin({QStringLiteral("--data"), data, QStringLiteral("enroll"), QStringLiteral("--relay-url"),
                           QStringLiteral("https://relay.13bde.example:8443"), QStringLiteral("--qr"),
                           QStringLiteral("--qr-png"), code.png, QStringLiteral("--out"), file});
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    code.payload = f.readAll().trimmed().toStdString();
    REQUIRE(code.payload.find("\"enrol_code\"") != std::string::npos);
    REQUIRE(code.payload.find("\"directory\"") == std::string::npos); // the compact form
    return code;
}

/// Saves `image` to `dir/name` and reads the enrolment code back from that file.
Result<std::string> readViaFile(const QTemporaryDir& dir, const QImage& image, const QString& name)
{
    const QString path = dir.filePath(name);
    REQUIRE(image.save(path));
    QImage loaded(path);
    REQUIRE(!loaded.isNull());
    return readEnrolCode(loaded, fixture::kNow);
}

/// The drawing `vigil-admin enroll --qr` prints, as a terminal shows it: each character is
/// two modules high, a block is the terminal's foreground, a space its background.
QImage renderTerminal(const QByteArray& printed, bool darkTerminal, int pixelsPerModule = 6)
{
    QStringList rows;
    for (const QString& line : QString::fromUtf8(printed).split(QLatin1Char('\n')))
        if (line.contains(QChar(0x2588)) || line.contains(QChar(0x2580)) || line.contains(QChar(0x2584)))
            rows << line;
    REQUIRE(!rows.isEmpty());
    const int width = static_cast<int>(rows.first().size());
    const int margin = 4 * pixelsPerModule;
    const QColor fg = darkTerminal ? QColor(230, 230, 230) : QColor(20, 20, 20);
    const QColor bg = darkTerminal ? QColor(30, 30, 30) : QColor(250, 250, 250);
    QImage image(width * pixelsPerModule + 2 * margin, static_cast<int>(rows.size()) * 2 * pixelsPerModule + 2 * margin,
                 QImage::Format_RGB32);
    image.fill(bg);
    QPainter painter(&image);
    for (int row = 0; row < rows.size(); ++row) {
        for (int x = 0; x < width; ++x) {
            const QChar c = rows[row][x];
            const bool top = c == QChar(0x2588) || c == QChar(0x2580);
            const bool bottom = c == QChar(0x2588) || c == QChar(0x2584);
            const int px = margin + x * pixelsPerModule;
            const int py = margin + row * 2 * pixelsPerModule;
            if (top)
                painter.fillRect(px, py, pixelsPerModule, pixelsPerModule, fg);
            if (bottom)
                painter.fillRect(px, py + pixelsPerModule, pixelsPerModule, pixelsPerModule, fg);
        }
    }
    return image;
}

/// `code` scaled to 60 %, turned 17 degrees, with grey noise on every pixel (fixed seed).
QImage scaledRotatedNoisy(const QImage& code)
{
    QImage turned = code.scaled(code.width() * 6 / 10, code.height() * 6 / 10, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                        .convertToFormat(QImage::Format_RGB32)
                        .transformed(QTransform().rotate(17), Qt::SmoothTransformation);
    QImage out(turned.size(), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter(&out).drawImage(0, 0, turned);
    QRandomGenerator noise(19);
    for (int y = 0; y < out.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(out.scanLine(y));
        for (int x = 0; x < out.width(); ++x) {
            const int v = std::clamp(qGray(line[x]) + static_cast<int>(noise.bounded(81)) - 40, 0, 255);
            line[x] = qRgb(v, v, v);
        }
    }
    return out;
}

/// `code` as a phone photographs a printout on a desk: a large picture with a cluttered, unevenly
/// lit background, the paper small, tilted in perspective, grey on grey, slightly blurred.
QImage photoLike(const QImage& code)
{
    QImage photo(2000, 1500, QImage::Format_RGB32);
    QPainter painter(&photo);
    QLinearGradient light(0, 0, 2000, 1500);
    light.setColorAt(0, QColor(120, 100, 80));
    light.setColorAt(1, QColor(50, 40, 35));
    painter.fillRect(photo.rect(), light);
    painter.setPen(QColor(200, 190, 170));
    painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 40));
    painter.drawText(QRect(80, 60, 1800, 200), QStringLiteral("Briefing 13 Bde — 06:00 — checklist"));
    // The paper: light grey, not white; the code's dark modules a dark grey.
    QImage paper = code.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < paper.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(paper.scanLine(y));
        for (int x = 0; x < paper.width(); ++x)
            line[x] = qGray(line[x]) < 128 ? qRgb(55, 50, 45) : qRgb(205, 200, 190);
    }
    QPolygonF from;
    from << QPointF(0, 0) << QPointF(paper.width(), 0) << QPointF(paper.width(), paper.height())
         << QPointF(0, paper.height());
    QPolygonF to;
    to << QPointF(700, 420) << QPointF(1380, 470) << QPointF(1330, 1160) << QPointF(660, 1100);
    QTransform perspective;
    REQUIRE(QTransform::quadToQuad(from, to, perspective));
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.setTransform(perspective);
    painter.drawImage(0, 0, paper);
    painter.end();
    // A little out of focus: averaged with its neighbours at a quarter of the size and back.
    return photo.scaled(photo.width() / 2, photo.height() / 2, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
        .scaled(photo.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

/// A QR code of `text` made by ZXing's writer (not vigil-admin): another organisation's code.
QImage otherQr(const std::string& text, int side = 400)
{
    const ZXing::BitMatrix matrix = ZXing::MultiFormatWriter(ZXing::BarcodeFormat::QRCode).setMargin(4).encode(text, side, side);
    QImage image(matrix.width(), matrix.height(), QImage::Format_RGB32);
    for (int y = 0; y < matrix.height(); ++y)
        for (int x = 0; x < matrix.width(); ++x)
            image.setPixel(x, y, matrix.get(x, y) ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
    return image;
}

/// A camera frame holding `image`, as a camera backend hands it to the video sink.
QVideoFrame frameOf(const QImage& image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    QVideoFrame frame(QVideoFrameFormat(argb.size(), QVideoFrameFormat::Format_BGRA8888));
    REQUIRE(frame.map(QVideoFrame::WriteOnly));
    for (int y = 0; y < argb.height(); ++y)
        std::memcpy(frame.bits(0) + y * frame.bytesPerLine(0), argb.constScanLine(y), static_cast<std::size_t>(argb.width()) * 4);
    frame.unmap();
    return frame;
}

std::unique_ptr<FieldApp> unenrolledApp(const QTemporaryDir& dir)
{
    auto store = FieldStore::open(dir.filePath(QStringLiteral("phone")).toStdString());
    REQUIRE(store);
    AppOptions options;
    options.vaultParams = VaultParams::minimal();
    options.clock = []() { return fixture::kNow; };
    options.startSync = false;
    options.sync.watchNetwork = false;
    auto app = std::make_unique<FieldApp>(std::move(*store), options);
    app->setLanguage(QStringLiteral("en"));
    return app;
}

} // namespace

TEST_CASE("scan: the PNG vigil-admin writes reads back as the enrolment code it wrote to the file", "[scan]")
{
    QTemporaryDir dir;
    const AdminCode code = enrolWithAdmin(dir);
    auto read = readEnrolCode(QImage(code.png), fixture::kNow);
    REQUIRE(read);
    CHECK(*read == code.payload);
}

TEST_CASE("scan: vigil-admin's code reads scaled, rotated and noisy, and photographed with margins", "[scan]")
{
    QTemporaryDir dir;
    const AdminCode code = enrolWithAdmin(dir);
    const QImage png(code.png);
    REQUIRE(!png.isNull());

    auto noisy = readViaFile(dir, scaledRotatedNoisy(png), QStringLiteral("noisy.png"));
    REQUIRE(noisy);
    CHECK(*noisy == code.payload);

    auto photo = readViaFile(dir, photoLike(png), QStringLiteral("photo.jpg"));
    REQUIRE(photo);
    CHECK(*photo == code.payload);

    auto quarter = readViaFile(dir, png.transformed(QTransform().rotate(90)), QStringLiteral("quarter.png"));
    REQUIRE(quarter);
    CHECK(*quarter == code.payload);
}

TEST_CASE("scan: with three key holders vigil-admin's larger code reads from its PNG and from a photo", "[scan]")
{
    QTemporaryDir dir;
    const AdminCode code = enrolWithAdmin(dir, 3);
    REQUIRE(code.payload.find("\"root_keys\"") != std::string::npos);
    auto png = readEnrolCode(QImage(code.png), fixture::kNow);
    REQUIRE(png);
    CHECK(*png == code.payload);
    auto photo = readViaFile(dir, photoLike(QImage(code.png)), QStringLiteral("photo.jpg"));
    REQUIRE(photo);
    CHECK(*photo == code.payload);
}

TEST_CASE("scan: the code vigil-admin draws in a terminal reads on dark and on light terminals", "[scan]")
{
    QTemporaryDir dir;
    const AdminCode code = enrolWithAdmin(dir);
    // A dark terminal shows the code as printed; a light one inverts it (light modules on dark).
    auto dark = readViaFile(dir, renderTerminal(code.terminal, true), QStringLiteral("dark-terminal.png"));
    REQUIRE(dark);
    CHECK(*dark == code.payload);
    auto light = readViaFile(dir, renderTerminal(code.terminal, false), QStringLiteral("light-terminal.png"));
    REQUIRE(light);
    CHECK(*light == code.payload);
}

TEST_CASE("scan: a QR code that is not a Vigil enrolment code is refused as such", "[scan]")
{
    QTemporaryDir dir;
    auto url = readViaFile(dir, otherQr("https://example.org/menu"), QStringLiteral("url.png"));
    REQUIRE_FALSE(url);
    CHECK(url.error().kind == ErrorKind::Invalid);
    // JSON that looks like ours but is not a payload (no root key, no relay).
    auto json = readViaFile(dir, otherQr("{\"v\":1,\"organisation\":\"Defensie\"}"), QStringLiteral("json.png"));
    REQUIRE_FALSE(json);
    CHECK(json.error().kind == ErrorKind::Invalid);
    CHECK(EnrolScanner::failureText(json.error()).contains(QStringLiteral("not a Vigil enrolment code")));
}

TEST_CASE("scan: a picture without a code is refused with no code found", "[scan]")
{
    QTemporaryDir dir;
    QImage blank(800, 600, QImage::Format_RGB32);
    blank.fill(Qt::white);
    QPainter(&blank).drawText(QRect(40, 40, 700, 500), QStringLiteral("Nothing to scan here"));
    auto none = readViaFile(dir, blank, QStringLiteral("blank.png"));
    REQUIRE_FALSE(none);
    CHECK(none.error().kind == ErrorKind::NotFound);
    auto empty = readEnrolCode(QImage(), fixture::kNow);
    REQUIRE_FALSE(empty);
    CHECK(empty.error().kind == ErrorKind::NotFound);
}

TEST_CASE("scan: beside another QR code in the same picture the Vigil code is the one read", "[scan]")
{
    QTemporaryDir dir;
    const AdminCode code = enrolWithAdmin(dir);
    const QImage ours(code.png);
    const QImage theirs = otherQr("https://example.org/menu", ours.width());
    QImage both(ours.width() + theirs.width() + 80, std::max(ours.height(), theirs.height()), QImage::Format_RGB32);
    both.fill(Qt::white);
    QPainter painter(&both);
    painter.drawImage(0, 0, theirs);
    painter.drawImage(theirs.width() + 80, 0, ours);
    painter.end();
    auto read = readViaFile(dir, both, QStringLiteral("both.png"));
    REQUIRE(read);
    CHECK(*read == code.payload);
}

TEST_CASE("scan: a field app enrols from a picture file of vigil-admin's code, end to end", "[scan][app]")
{
    QTemporaryDir dir;
    const AdminCode code = enrolWithAdmin(dir);
    const QString photo = dir.filePath(QStringLiteral("photo.jpg"));
    REQUIRE(photoLike(QImage(code.png)).save(photo));
    auto app = unenrolledApp(dir);
    FieldApp::setInstance(app.get());
    REQUIRE(app->stage() == FieldApp::Stage::Enrol);

    // What the page does: the scanner reads the picture, the app enrols with what it found.
    EnrolScanner scanner;
    QObject::connect(&scanner, &EnrolScanner::found, app.get(), [&](const QString& text) { app->enrolFromText(text); });
    QSignalSpy found(&scanner, &EnrolScanner::found);
    scanner.readImageFile(QUrl::fromLocalFile(photo));
    CHECK(scanner.busy());
    REQUIRE(fixture::waitFor([&]() { return !scanner.busy(); }, 20000));
    CHECK(scanner.message().isEmpty());
    REQUIRE(found.count() == 1);
    CHECK(app->lastError().isEmpty());
    CHECK(app->stage() == FieldApp::Stage::CreatePin);
    CHECK(app->organisation() == QStringLiteral("Defensie"));
    CHECK(app->relayUrl() == QStringLiteral("https://relay.13bde.example:8443"));
    // The single-use code the operator's registry issued is the one the phone will register with.
    auto payload = decodeProvisioning(code.payload, fixture::kNow);
    REQUIRE(payload);
    auto kept = app->store().settingText(setting::kEnrolCode);
    REQUIRE(kept.has_value());
    CHECK(*kept == payload->provisioning.enrolCode);
    FieldApp::setInstance(nullptr);
}

TEST_CASE("scan: a picture of another code says so, and a file that is no picture cannot be read", "[scan]")
{
    QTemporaryDir dir;
    REQUIRE(otherQr("https://example.org/menu").save(dir.filePath(QStringLiteral("menu.png"))));
    EnrolScanner scanner;
    QSignalSpy found(&scanner, &EnrolScanner::found);
    scanner.readImageFile(QUrl::fromLocalFile(dir.filePath(QStringLiteral("menu.png"))));
    REQUIRE(fixture::waitFor([&]() { return !scanner.busy(); }, 20000));
    CHECK(found.isEmpty());
    CHECK(scanner.message().contains(QStringLiteral("not a Vigil enrolment code")));

    QFile text(dir.filePath(QStringLiteral("notes.png")));
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("these are notes, not a picture");
    text.close();
    scanner.readImageFile(QUrl::fromLocalFile(text.fileName()));
    REQUIRE(fixture::waitFor([&]() { return !scanner.busy(); }, 20000));
    CHECK(found.isEmpty());
    CHECK(scanner.message() == QStringLiteral("The picture cannot be read."));
}

TEST_CASE("scan: camera frames through a video sink find the code once, and frames without one say nothing", "[scan]")
{
    QTemporaryDir dir;
    const AdminCode code = enrolWithAdmin(dir);
    QVideoSink sink;
    EnrolScanner scanner;
    scanner.setVideoSink(&sink);
    QSignalSpy found(&scanner, &EnrolScanner::found);

    QImage empty(640, 480, QImage::Format_RGB32);
    empty.fill(QColor(90, 80, 70));
    sink.setVideoFrame(frameOf(empty));
    REQUIRE(fixture::waitFor([&]() { return scanner.framesRead() == 1; }, 10000));
    CHECK(found.isEmpty());
    CHECK(scanner.message().isEmpty()); // aiming, not failing

    const QImage view = photoLike(QImage(code.png)).scaled(1280, 960);
    // The same code held in view, frame after frame, is reported once. (Each frame is a new
    // one, as a camera's are: a sink does not signal a frame equal to the one it holds.)
    for (int i = 0; i < 3; ++i) {
        REQUIRE(fixture::waitFor([&]() { return scanner.framesRead() == 1 + i; }, 10000));
        fixture::waitFor([]() { return false; }, 300);
        sink.setVideoFrame(frameOf(view));
    }
    REQUIRE(fixture::waitFor([&]() { return scanner.framesRead() == 4; }, 10000));
    REQUIRE(found.count() == 1);
    CHECK(found.first().first().toString().toStdString() == code.payload);
}
