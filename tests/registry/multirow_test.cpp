// SPDX-License-Identifier: EUPL-1.2
// How the batch path cuts a run of envelopes into multi-row statements (registry/multirow.h):
// by rows, and by bytes so that a batch of photo reports is never copied whole.
#include "registry/multirow.h"

#include <catch2/catch.hpp>

using namespace vigil::registry;

namespace {

using Slices = std::vector<std::pair<std::size_t, std::size_t>>;
constexpr std::size_t MiB = 1024 * 1024;

} // namespace

TEST_CASE("small envelopes go 64 rows to a statement, the last slice holding the rest", "[multirow]")
{
    const std::vector<std::size_t> small(150, 1500);
    CHECK(slicesOf(small, kRowsPerStatement, kBytesPerStatement) == Slices{{0, 64}, {64, 64}, {128, 22}});
    CHECK(slicesOf(small, 1, kBytesPerStatement).size() == 150);
    CHECK(slicesOf({}, kRowsPerStatement, kBytesPerStatement).empty());
}

TEST_CASE("photo reports are cut at 16 MiB a statement, and one larger than that goes alone", "[multirow]")
{
    // Three small reports, five 3.5 MiB photos, one small, one oversized, two small.
    const std::vector<std::size_t> sizes{2000, 2000, 2000, 7 * MiB / 2, 7 * MiB / 2, 7 * MiB / 2, 7 * MiB / 2,
                                         7 * MiB / 2, 2000, 20 * MiB, 2000, 2000};
    const Slices slices = slicesOf(sizes, kRowsPerStatement, kBytesPerStatement);
    CHECK(slices == Slices{{0, 7}, {7, 2}, {9, 1}, {10, 2}});
    // Every envelope is in exactly one slice, in order, and only a lone row passes the cap.
    std::size_t next = 0;
    for (const auto& [first, rows] : slices) {
        CHECK(first == next);
        std::size_t bytes = 0;
        for (std::size_t i = first; i < first + rows; ++i)
            bytes += sizes[i];
        CHECK((bytes <= kBytesPerStatement || rows == 1));
        next = first + rows;
    }
    CHECK(next == sizes.size());
}
