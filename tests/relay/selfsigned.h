// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Certificates for the TLS tests, made per run (nothing secret is committed).

#include <filesystem>

namespace vigil::relay::test {

struct TestCertificate {
    std::filesystem::path cert;
    std::filesystem::path key;
};

/// A self-signed P-256 certificate for "localhost" and 127.0.0.1, valid for a day,
/// written as PEM files (cert.pem, key.pem) into `dir`.
TestCertificate makeSelfSigned(const std::filesystem::path& dir);

} // namespace vigil::relay::test
