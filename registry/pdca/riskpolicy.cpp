// SPDX-License-Identifier: EUPL-1.2
#include "riskpolicy.h"

#include "shared/jsonreader.h"

#include <boost/json/serialize.hpp>

#include <algorithm>

namespace vigil::registry {

namespace json = boost::json;

Result<AcceptancePolicy> decodeAcceptancePolicy(std::string_view text)
{
    // JsonReader reads objects: the array is read as the member of one.
    auto wrapped = parseJsonObject("{\"acceptance\":" + std::string(text) + "}", "pdca.acceptance", 16 * 1024);
    if (!wrapped)
        return withKind(ErrorKind::Invalid, wrapped.error());
    JsonReader r(*wrapped, "pdca");
    AcceptancePolicy policy;
    for (JsonReader& rule : r.objects("acceptance", 4, Need::Required)) {
        AcceptanceRule a;
        a.level = rule.choice("level", RiskLevel::Low);
        if (a.level == RiskLevel::Eliminated)
            rule.fail("level", "expected high, serious, medium or low (an eliminated risk follows low's rule)");
        if (rule.has("max_depth"))
            a.maxDepth = static_cast<int>(rule.integer("max_depth", 0, 32));
        if (rule.has("roles")) {
            a.roles.clear();
            for (const auto& name : rule.texts("roles", 2, 32)) {
                auto role = parseEnum<MeasureRole>(name);
                if (!role || *role == MeasureRole::Inspectorate)
                    rule.fail("roles", "expected commander or measures, got \"" + name + "\"");
                else if (std::find(a.roles.begin(), a.roles.end(), *role) == a.roles.end())
                    a.roles.push_back(*role);
            }
            if (a.roles.empty())
                rule.fail("roles", "expected at least one role");
        }
        rule.close();
        if (std::any_of(policy.rules.begin(), policy.rules.end(),
                        [&](const AcceptanceRule& o) { return o.level == a.level; }))
            rule.fail("level", "a second rule for " + std::string(enumName(a.level)));
        policy.rules.push_back(std::move(a));
    }
    if (auto s = r.finish(); !s)
        return withKind(ErrorKind::Invalid, s.error());
    return policy;
}

std::string encodeAcceptancePolicy(const AcceptancePolicy& policy)
{
    json::array out;
    for (RiskLevel level : {RiskLevel::High, RiskLevel::Serious, RiskLevel::Medium, RiskLevel::Low}) {
        const AcceptanceRule rule = policy.ruleFor(level);
        json::object o;
        o.emplace("level", enumName(level));
        if (rule.maxDepth)
            o.emplace("max_depth", *rule.maxDepth);
        json::array roles;
        for (auto role : rule.roles)
            roles.emplace_back(enumName(role));
        o.emplace("roles", std::move(roles));
        out.emplace_back(std::move(o));
    }
    return json::serialize(out);
}

Result<AcceptancePolicy> acceptancePolicy(OrgStore& org)
{
    auto value = org.setting(kAcceptanceSetting);
    if (!value)
        return value.error();
    if (!*value)
        return defaultAcceptancePolicy();
    auto policy = decodeAcceptancePolicy(**value);
    if (!policy)
        return withContext("setting pdca.acceptance", policy.error());
    return policy;
}

} // namespace vigil::registry
