// SPDX-License-Identifier: EUPL-1.2
#include <catch2/catch.hpp>
