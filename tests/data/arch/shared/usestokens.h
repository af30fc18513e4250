// SPDX-License-Identifier: EUPL-1.2
// vigil_core must not stand on vigil_tokens, the layer above it.
#include "shared/tokens/blindrsa.h"
