// SPDX-License-Identifier: EUPL-1.2
// vigil-admin enroll: a device's provisioning payload, as a file, on stdout or as a QR code.

#include "commands.h"
#include "qrpng.h"
#include "qrterminal.h"

#include <fstream>
#include <iostream>
#include <memory>

namespace vigil::registry {

namespace {

struct EnrolArgs {
    std::string relayUrl, outFile, qrPng;
    bool qr = false;
};

int enrol(Admin& admin, const EnrolArgs& a)
{
    // A QR code holds the compact form: the device fetches the directory at its first sync.
    const bool compact = a.qr || !a.qrPng.empty();
    auto payload = admin.enrollment(a.relayUrl, compact);
    if (!payload)
        return report(payload);
    if (a.qr) {
        auto art = renderQrForTerminal(*payload);
        if (!art)
            return report(Result<std::string>(art.error()));
        std::cout << *art;
    }
    if (!a.qrPng.empty()) {
        if (auto written = writeQrPng(*payload, a.qrPng); !written)
            return report(Result<std::string>(written.error()));
        std::cout << "QR code written to " << a.qrPng << "\n";
    }
    if (!a.outFile.empty()) {
        std::ofstream out(a.outFile, std::ios::trunc);
        out << *payload << "\n";
        if (!out)
            return report(Result<std::string>(Error{"cannot write " + a.outFile}));
        std::cout << "provisioning file written to " << a.outFile << "\n";
    } else if (!compact) {
        std::cout << *payload << "\n";
    }
    return 0;
}

} // namespace

void addEnrolCommand(AdminCommands& commands)
{
    auto a = std::make_shared<EnrolArgs>();
    auto* enroll
        = commands.app().add_subcommand("enroll", "write a device provisioning file (and show it as a QR code)");
    enroll->add_option("--relay-url", a->relayUrl, "URL devices sync with")->required();
    enroll->add_option("--out", a->outFile, "write the provisioning file here (default: print it)");
    enroll->add_flag("--qr", a->qr, "print the compact form as a QR code (the device fetches the directory)");
    enroll->add_option("--qr-png", a->qrPng, "write the compact form as a QR code to this PNG file (to print or show)");
    commands.onAdmin(enroll, [a](Admin& admin) { return enrol(admin, *a); });
}

} // namespace vigil::registry
