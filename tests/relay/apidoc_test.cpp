// SPDX-License-Identifier: EUPL-1.2
// Checks the examples in docs/api.md against a running relay (filled in with docs/api.md).
