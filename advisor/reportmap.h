// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A decrypted report as a map QML can show (labels already human-readable). It lives in
// memory only; the case view drops it when the case closes or the console locks.

#include "shared/report.h"

#include <QVariantMap>

namespace vigil::advisor {

QVariantMap reportToMap(const Report& report);

} // namespace vigil::advisor
