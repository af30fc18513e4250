// SPDX-License-Identifier: EUPL-1.2
#pragma once

// Signed safety bulletins (docs/protocol.md §5): lessons learned and safety alerts, published
// by the registry to every device, verified against the pinned root key.

#include "keys.h"
#include "rootkeyset.h"
#include "reportenums.h"

#include <cstdint>
#include <string>
#include <vector>

namespace vigil {

enum class BulletinKind { LessonLearned, SafetyAlert };
template <> struct EnumTable<BulletinKind> {
    static constexpr std::array<EnumName<BulletinKind>, 2> names{{
        {BulletinKind::LessonLearned, "lesson_learned"}, {BulletinKind::SafetyAlert, "safety_alert"},
    }};
};

struct Bulletin {
    std::uint64_t sequence = 0;    ///< strictly increasing; devices fetch `after=` the last one
    std::uint64_t published = 0;   ///< unix seconds
    BulletinKind kind = BulletinKind::LessonLearned;
    std::vector<Category> categories;
    std::string titleNl;
    std::string titleEn;
    std::string textNl;
    std::string textEn;
    bool operator==(const Bulletin&) const = default;
};

std::string encodeBulletin(const Bulletin& bulletin);
Result<Bulletin> decodeBulletin(std::string_view json);
Bytes signBulletin(const Bulletin& bulletin, const SigningKeyPair& rootKey);
Result<Bulletin> verifyBulletin(ByteView signedBulletin, const RootKeySet& rootKey);

} // namespace vigil
