// SPDX-License-Identifier: EUPL-1.2
// vigil_core must not see Qt.
#include <QString>
