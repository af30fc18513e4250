// SPDX-License-Identifier: EUPL-1.2
#include "sealfordirectory.h"

#include "routing.h"

namespace vigil {

std::vector<const Group*> groupsForReport(const Directory& directory, const Report& report, const std::string& unit)
{
    // The route depends only on what the header will say, so it is read from a header made
    // without groups: the same function the registry applies when it checks the envelope.
    RoutingContext context;
    context.unit = unit;
    return resolveGroups(directory, routeQueryFor(routingHeaderFor(report, context)));
}

Result<SealedReport> sealForDirectory(const Report& report, std::span<const Bytes> attachments,
                                      const Directory& directory, const SealAddress& address,
                                      const TokenBinder& bindToken)
{
    const auto groups = groupsForReport(directory, report, address.unit);
    auto recipients = recipientsFor(groups, address.excludedMemberIds);
    if (!recipients)
        return recipients.error();
    RoutingContext context;
    context.unit = address.unit;
    context.language = address.language;
    context.directoryVersion = directory.version;
    for (const Group* g : groups)
        context.groups.push_back(g->id);
    return sealReport(report, attachments, context, *recipients, directory.routingKey, bindToken);
}

} // namespace vigil
