// SPDX-License-Identifier: EUPL-1.2
#pragma once

namespace vigil {

/// Initialises libsodium once per process (thread-safe); aborts if the library cannot
/// start, because no crypto may run on an uninitialised library.
void ensureSodium();

} // namespace vigil
