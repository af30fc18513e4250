// SPDX-License-Identifier: EUPL-1.2
#include "indicatorsapi.h"

#include "registry/pdca/indicatorjson.h"

#include <boost/json/serialize.hpp>

namespace vigil::registry {

namespace json = boost::json;

IndicatorsApi::IndicatorsApi(IndicatorRegister& indicators, AlertDesk& alerts, ActionRunner& runner, Clock clock,
                             RegistryCounters& counters)
    : m_indicators(indicators), m_alerts(alerts), m_runner(runner), m_clock(std::move(clock)), m_counters(counters)
{
}

void IndicatorsApi::install(RouteTable& table)
{
    table.add("GET", "/v1/advisor/indicators",
              syncRoute(m_counters.requests, [this](const HttpRequest& q, const std::string&) { return board(q); }));
}

HttpResponse IndicatorsApi::board(const HttpRequest& request)
{
    auto member = m_runner.memberOf(request);
    if (!member)
        return jsonError(401, member.error().message);
    const BoardPolicy policy;
    const UnixSeconds now = m_clock();
    int asOf = IndicatorRegister::lastSettled(now, policy.settleMonths);
    if (const auto text = request.query("as_of")) {
        const auto parsed = monthIndex(*text);
        if (!parsed)
            return jsonError(400, "as_of: expected YYYY-MM");
        asOf = *parsed;
    }
    auto board = m_indicators.board(asOf, policy, now);
    if (!board)
        return jsonError(statusFor(board.error().kind, 500), board.error().message);
    auto alerts = m_alerts.visibleTo(*member);
    if (!alerts)
        return jsonError(statusFor(alerts.error().kind, 500), alerts.error().message);
    json::array indicators;
    for (std::size_t d = 0; d < board->series.size(); ++d) {
        const IndicatorSeries& series = board->series[d];
        indicators.push_back(indicatorJson(board->indicators[d], series, series.firstMonth,
                                           series.firstMonth + static_cast<int>(series.status.size()) - 1,
                                           policy.rule, *alerts));
    }
    return jsonResponse(200, json::serialize(json::object{{"format", "vigil-indicators/1"},
                                                          {"as_of", monthText(asOf)},
                                                          {"k", threshold(policy.rule)},
                                                          {"indicators", std::move(indicators)}}));
}

} // namespace vigil::registry
