// SPDX-License-Identifier: EUPL-1.2
// vigil_field_bench: the field app's own speed targets (issue 5) against baselines measured in
// the same run on the same machine:
//   - cold start to first frame: `vigil-field --self-test` (a fresh process that quits after
//     its first frame) against a bare Qt Quick window started the same way;
//   - memory at rest: the resident size of an enrolled, idle vigil-field against the bare window;
//   - a report with a 3 MB photo: stripping the photo when it is attached, and sealing +
//     storing the report when the reporter taps "seal", against one AEAD pass over the same
//     bytes plus a durable SQLite insert of them.
// Prints `name value unit` lines on stdout (docs/benchmarks.md); progress goes to stderr.

#include "bench/figures.h"
#include "mobile/fieldstore.h"
#include "mobile/photostrip.h"
#include "mobile/reportsealer.h"

#include "tests/support/testdata.h"

#include "shared/provisioning.h"
#include "shared/sodiuminit.h"
#include "shared/storage/sqlite.h"
#include "shared/vault.h"

#include <QColor>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <sodium.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <random>
#include <string>
#include <vector>

using namespace vigil;
using namespace vigil::field;
using vigil::bench::must;
using vigil::bench::print;
using Steady = std::chrono::steady_clock;

namespace {

constexpr std::uint64_t kNow = 1'750'000'100;   // inside the sample directory's validity

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double millisSince(Steady::time_point t)
{
    return std::chrono::duration<double, std::milli>(Steady::now() - t).count();
}

QProcessEnvironment offscreen()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return env;
}

/// Wall time of a process that starts, renders one frame and quits.
double timeToExit(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.setProcessEnvironment(offscreen());
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const auto start = Steady::now();
    p.start(program, arguments);
    if (!p.waitForFinished(30'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::cerr << "vigil_field_bench: " << program.toStdString() << " did not start and quit cleanly (exit "
                  << p.exitCode() << ")\n";
        std::exit(1);
    }
    return millisSince(start);
}

/// Resident memory (MiB) of a process left idle for `settle`, then stopped.
double residentAfter(const QString& program, const QStringList& arguments, std::chrono::milliseconds settle)
{
    QProcess p;
    p.setProcessEnvironment(offscreen());
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(program, arguments);
    if (!p.waitForStarted(10'000)) {
        std::cerr << "vigil_field_bench: cannot start " << program.toStdString() << "\n";
        std::exit(1);
    }
    QThread::msleep(static_cast<unsigned long>(settle.count()));
    double kib = -1;
    std::ifstream status("/proc/" + std::to_string(p.processId()) + "/status");
    for (std::string line; std::getline(status, line);)
        if (line.rfind("VmRSS:", 0) == 0)
            kib = std::stod(line.substr(6));
    p.terminate();
    if (!p.waitForFinished(10'000))
        p.kill();
    if (kib < 0) {
        std::cerr << "vigil_field_bench: " << program.toStdString() << " exited before it could be measured\n";
        std::exit(1);
    }
    return kib / 1024.0;
}

/// The baseline process: a bare Qt Quick window (same QPA, same renderer) that quits after its
/// first frame, or stays when `stay` is set.
int bareWindow(int argc, char* argv[], bool stay)
{
    QGuiApplication app(argc, argv);
    QQmlApplicationEngine engine;
    engine.loadData("import QtQuick\nWindow { width: 400; height: 800; visible: true; "
                    "Rectangle { anchors.fill: parent; color: \"#101418\" } }");
    if (engine.rootObjects().isEmpty())
        return 1;
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    if (window == nullptr)
        return 1;
    if (!stay)
        QObject::connect(window, &QQuickWindow::frameSwapped, &app,
                         [] { QTimer::singleShot(0, [] { QCoreApplication::exit(0); }); });
    return QGuiApplication::exec();
}

/// A photo as a phone camera writes it: at least `targetBytes` of JPEG (noise does not compress).
QString writePhoto(const QString& dir, std::size_t targetBytes)
{
    std::mt19937 rng(7);
    QImage image(2400, 1800, QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x)
            // Smooth gradient plus noise: like a photo, JPEG neither collapses nor explodes it.
            line[x] = qRgb((x / 10 + static_cast<int>(rng() % 64)) & 255, (y / 8 + static_cast<int>(rng() % 64)) & 255,
                           static_cast<int>(rng() % 128));
    }
    const QString path = dir + QStringLiteral("/camera.jpg");
    // The lowest quality that still gives at least the target size.
    for (int quality = 50; quality <= 100; quality += 5) {
        if (!image.save(path, "JPEG", quality)) {
            std::cerr << "vigil_field_bench: cannot write the test photo\n";
            std::exit(1);
        }
        if (static_cast<std::size_t>(QFileInfo(path).size()) >= targetBytes)
            break;
    }
    return path;
}

struct SealFigures {
    double photoBytes = 0;
    double attachMs = 0;    ///< strip + seal into the vault (when the photo is attached)
    double sealMs = 0;      ///< open from the vault + seal the report + store it (the tap on "seal")
    double baselineMs = 0;  ///< one AEAD pass + one durable SQLite insert of the same bytes
    double envelopeBytes = 0;
};

double baselineAeadAndInsert(const std::filesystem::path& dir, const Bytes& bytes, int round)
{
    static constexpr std::string_view schema[] = {"CREATE TABLE blobs(id INTEGER PRIMARY KEY, data BLOB NOT NULL)"};
    auto db = must(openServerDatabase(dir / ("baseline-" + std::to_string(round) + ".db"), schema, "baseline"),
                   "baseline db");
    auto insert = must(db.prepare("INSERT INTO blobs(data) VALUES (?)"), "baseline prepare");
    std::vector<unsigned char> key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
    std::vector<unsigned char> nonce(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(key.data(), key.size());
    randombytes_buf(nonce.data(), nonce.size());
    const auto start = Steady::now();
    Bytes sealed(bytes.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long length = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(sealed.data(), &length, bytes.data(), bytes.size(), nullptr, 0, nullptr,
                                               nonce.data(), key.data());
    sealed.resize(static_cast<std::size_t>(length));
    must(db.exec("BEGIN"), "baseline begin");
    insert.bind(1, sealed);
    must(insert.run(), "baseline insert");
    must(db.exec("COMMIT"), "baseline commit");
    return millisSince(start);
}

SealFigures sealWithPhoto(int rounds)
{
    QTemporaryDir scratch;
    const QString photoPath = writePhoto(scratch.path(), 3 * 1024 * 1024);
    const Directory directory = vigil::test::sampleDirectory(1'750'000'000, 1);
    const VaultKey key = must(VaultKey::create("123456", VaultParams::minimal()), "vault key");
    SealFigures f;
    f.photoBytes = static_cast<double>(QFileInfo(photoPath).size());
    std::vector<double> attach, seal, baseline;
    for (int round = 0; round < rounds; ++round) {
        const std::filesystem::path dir = scratch.path().toStdString() + "/device-" + std::to_string(round);
        auto store = must(FieldStore::open(dir), "field store");
        // Attaching: what ReportDraft::addPhoto does off the GUI thread.
        auto start = Steady::now();
        StrippedPhoto photo = must(stripPhoto(photoPath, 1), "strip photo");
        must(store->putVaultItem("photo:1", vaultSeal(key, photo.jpeg, "photo:1")), "store photo");
        attach.push_back(millisSince(start));
        // Sealing: what ReportDraft::sealAndQueue does off the GUI thread.
        start = Steady::now();
        const auto item = store->vaultItem("photo:1");
        if (!item) {
            std::cerr << "vigil_field_bench: the photo is not in the vault\n";
            std::exit(1);
        }
        auto opened = must(vaultOpen(key, *item, "photo:1"), "open photo");
        SealRequest request;
        request.report = vigil::test::nearMissReport();
        request.report.attachments = {AttachmentInfo{photo.name.toStdString(), "image/jpeg", opened.bytes().size()}};
        request.attachments.push_back(opened.bytes());
        request.unit = "13-bde";
        const SealOutcome outcome = must(sealAndStore(*store, key, directory, request, kNow), "seal and store");
        seal.push_back(millisSince(start));
        if (const auto row = store->outboxRow(outcome.rowId))
            f.envelopeBytes = static_cast<double>(row->envelope.size());
        baseline.push_back(baselineAeadAndInsert(dir, photo.jpeg, round));
    }
    f.attachMs = median(attach);
    f.sealMs = median(seal);
    f.baselineMs = median(baseline);
    return f;
}

std::string provisioningFile(const QString& dir)
{
    Provisioning p;
    p.rootKey = vigil::test::rootKey().publicKey;
    p.relayUrl = "http://127.0.0.1:9";   // discard port: the idle app finds no relay
    p.organisation = "Defensie";
    const auto now = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch());
    p.signedDirectory = signDirectory(vigil::test::sampleDirectory(static_cast<std::uint64_t>(now.count()) - 60),
                                      vigil::test::rootKey());
    const std::string path = dir.toStdString() + "/device.json";
    std::ofstream(path) << encodeProvisioning(p);
    return path;
}

} // namespace

int main(int argc, char* argv[])
{
    const std::string mode = argc > 1 ? argv[1] : "";
    if (mode == "--bare-window" || mode == "--bare-window-stay")
        return bareWindow(argc, argv, mode == "--bare-window-stay");
    if (mode == "--help" || mode == "-h") {
        std::cout << "vigil_field_bench [--quick]: cold start, memory at rest and sealing a report with a 3 MB photo,\n"
                     "each against a baseline measured in the same run. Needs " VIGIL_FIELD_EXE "\n";
        return 0;
    }
    const bool quick = mode == "--quick";
    const int rounds = quick ? 1 : 5;
    QCoreApplication app(argc, argv);
    ensureSodium();
    const QString self = QCoreApplication::applicationFilePath();
    const QString field = QStringLiteral(VIGIL_FIELD_EXE);

    std::cerr << "cold start: " << rounds << " rounds of vigil-field --self-test and of a bare window...\n";
    std::vector<double> fieldStart, bareStart;
    for (int i = 0; i < rounds; ++i) {
        QTemporaryDir data;   // a fresh device each time: the first-start screen
        fieldStart.push_back(timeToExit(field, {QStringLiteral("--self-test"), QStringLiteral("--data-dir"), data.path()}));
        bareStart.push_back(timeToExit(self, {QStringLiteral("--bare-window")}));
    }
    const double start = median(fieldStart), bare = median(bareStart);
    print("field.start.first_frame", start, "ms");
    print("baseline.qtquick.first_frame", bare, "ms");
    print("field.start.first_frame.ratio_bare", start / bare, "x");

    std::cerr << "memory at rest: an enrolled vigil-field left idle...\n";
    const auto settle = std::chrono::milliseconds(quick ? 1500 : 3000);
    QTemporaryDir device;
    const std::string provisioning = provisioningFile(device.path());
    const double rss = residentAfter(field,
                                     {QStringLiteral("--data-dir"), device.path() + QStringLiteral("/data"),
                                      QStringLiteral("--enrol"), QString::fromStdString(provisioning)},
                                     settle);
    const double bareRss = residentAfter(self, {QStringLiteral("--bare-window-stay")}, settle);
    print("field.memory.rest", rss, "MiB");
    print("baseline.qtquick.memory.rest", bareRss, "MiB");
    print("field.memory.rest.ratio_bare", rss / bareRss, "x");

    std::cerr << "a report with a 3 MB photo: " << rounds << " rounds...\n";
    const SealFigures f = sealWithPhoto(rounds);
    print("field.photo.bytes", f.photoBytes, "B");
    print("field.photo.attach", f.attachMs, "ms");
    print("field.seal.report_with_photo", f.sealMs, "ms");
    print("baseline.aead_insert.photo", f.baselineMs, "ms");
    print("field.seal.report_with_photo.ratio_baseline", f.sealMs / f.baselineMs, "x");
    print("field.seal.envelope_bytes", f.envelopeBytes, "B");
    return 0;
}
