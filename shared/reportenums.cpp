// SPDX-License-Identifier: EUPL-1.2
#include "reportenums.h"

namespace vigil {

Domain domainOf(Category category)
{
    switch (category) {
    case Category::Bullying:
    case Category::Intimidation:
    case Category::Discrimination:
    case Category::SexualHarassment:
    case Category::PsychosocialWorkload:
    case Category::Retaliation:
    case Category::OtherSocial:
        return Domain::Social;
    case Category::Fraud:
    case Category::Misuse:
    case Category::AbuseOfPower:
    case Category::OtherIntegrity:
        return Domain::Integrity;
    default:
        return Domain::Physical;
    }
}

Domain domainOf(Kind kind)
{
    switch (kind) {
    case Kind::SocialSafety:
        return Domain::Social;
    case Kind::Integrity:
        return Domain::Integrity;
    default:
        return Domain::Physical;
    }
}

} // namespace vigil
