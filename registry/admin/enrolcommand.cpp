// SPDX-License-Identifier: EUPL-1.2
// vigil-admin enroll: a device's provisioning payload, as a file, on stdout or as a QR code.

#include "commands.h"
#include "qrterminal.h"

#include <fstream>
#include <iostream>
#include <memory>

namespace vigil::registry {

namespace {

struct EnrolArgs {
    std::string relayUrl, outFile;
    bool qr = false;
};

int enrol(Admin& admin, const EnrolArgs& a)
{
    auto payload = admin.enrollment(a.relayUrl, a.qr);
    if (!payload)
        return report(payload);
    if (a.qr) {
        auto art = renderQrForTerminal(*payload);
        if (!art)
            return report(Result<std::string>(art.error()));
        std::cout << *art;
    }
    if (!a.outFile.empty()) {
        std::ofstream out(a.outFile, std::ios::trunc);
        out << *payload << "\n";
        if (!out)
            return report(Result<std::string>(Error{"cannot write " + a.outFile}));
        std::cout << "provisioning file written to " << a.outFile << "\n";
    } else if (!a.qr) {
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
    commands.onAdmin(enroll, [a](Admin& admin) { return enrol(admin, *a); });
}

} // namespace vigil::registry
