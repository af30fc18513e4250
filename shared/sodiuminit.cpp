// SPDX-License-Identifier: EUPL-1.2
#include "sodiuminit.h"

#include <sodium.h>

#include <cstdio>
#include <cstdlib>

namespace vigil {

void ensureSodium()
{
    // A function-local static gives thread-safe once-only initialisation.
    static const bool ready = [] {
        if (sodium_init() < 0) {
            std::fputs("vigil: libsodium failed to initialise\n", stderr);
            std::abort();
        }
        return true;
    }();
    (void)ready;
}

} // namespace vigil
