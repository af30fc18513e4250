// SPDX-License-Identifier: EUPL-1.2
#pragma once

// A desktop session ends with SIGTERM (logout, shutdown) or SIGINT (Ctrl+C in a terminal). By
// default that kills the process mid-write; here it ends the event loop instead, so the apps'
// aboutToQuit handlers run (the field app saves the draft being typed), databases are closed
// properly and keys are wiped by their destructors.

class QCoreApplication;

namespace vigil::appcore {

/// Makes SIGTERM, SIGINT and SIGHUP quit `app`'s event loop (exit code 0). Call once.
void quitOnTermination(QCoreApplication& app);

} // namespace vigil::appcore
