// SPDX-License-Identifier: EUPL-1.2
#include "vmsreport.h"

#include "vmsalerts.h"
#include "vmsclocks.h"
#include "vmsrisks.h"
#include "vmstexts.h"

#include "registry/pdca/indicatorjson.h"
#include "registry/pdca/measureclocks.h"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <chrono>

namespace vigil::report {
namespace {

using registry::MeasureRecord;
using registry::MeasureState;

bool inPeriod(const VmsPeriod& period, const std::optional<std::string>& date)
{
    if (!date || date->size() < 7)
        return false;
    const auto month = registry::monthIndex(std::string_view(*date).substr(0, 7));
    return month && *month >= period.firstMonth && *month <= period.lastMonth;
}

bool implemented(const MeasureRecord& m)
{
    return m.state == MeasureState::Implemented || m.state == MeasureState::Checked;
}

// The last day of the period, YYYY-MM-DD: a measure due by then and not implemented is overdue.
std::string periodEnd(const VmsPeriod& period)
{
    namespace chr = std::chrono;
    const chr::year_month_day_last last{chr::year{period.lastMonth / 12},
                                        chr::month_day_last{chr::month{static_cast<unsigned>(period.lastMonth % 12 + 1)}}};
    return registry::monthText(period.lastMonth) + "-" + std::to_string(static_cast<unsigned>(last.day()));
}

// Whether a measure belongs in the period's list: due in it, implemented in it, checked in it,
// or still open and overdue at its end.
bool relevant(const MeasureRecord& m, const VmsPeriod& period, const std::string& end)
{
    const bool open = m.state != MeasureState::Cancelled && !implemented(m);
    const auto checkedOn = m.checkedAt ? std::optional(registry::dateOf(*m.checkedAt)) : std::nullopt;
    return inPeriod(period, m.dueDate) || inPeriod(period, m.implementedOn) || inPeriod(period, checkedOn)
           || (open && m.dueDate <= end);
}

boost::json::object measureJson(const MeasureRecord& m, const std::string& end)
{
    boost::json::object o;
    o["id"] = m.id;
    o["title"] = m.title;
    o["owner"] = boost::json::object{{"unit", m.ownerUnit}, {"role", m.ownerRole}};
    o["domain"] = enumName(m.domain);
    o["due"] = m.dueDate;
    o["state"] = enumName(m.state);
    o["implemented_on"] = m.implementedOn ? boost::json::value(*m.implementedOn) : nullptr;
    if (m.implementedOn)
        o["on_time"] = *m.implementedOn <= m.dueDate;
    else
        o["on_time"] = m.state == MeasureState::Cancelled || m.dueDate > end ? boost::json::value(nullptr)
                                                                              : boost::json::value(false);
    o["verdict"] = enumName(m.verdict);
    o["basis"] = enumName(m.basis);
    return o;
}

boost::json::array measureSummary(const std::vector<MeasureRecord>& measures, const VmsPeriod& period,
                                  const std::string& end)
{
    boost::json::array rows;
    for (const Domain domain : {Domain::Physical, Domain::Social, Domain::Integrity}) {
        std::int64_t due = 0, onTime = 0, late = 0, overdue = 0, cancelled = 0;
        std::int64_t effective = 0, notEffective = 0, inconclusive = 0, byJudgement = 0;
        for (const auto& m : measures) {
            if (m.domain != domain)
                continue;
            if (inPeriod(period, m.dueDate)) {
                ++due;
                if (m.state == MeasureState::Cancelled)
                    ++cancelled;
                else if (m.implementedOn)
                    ++(*m.implementedOn <= m.dueDate ? onTime : late);
            }
            if (m.state != MeasureState::Cancelled && !implemented(m) && m.dueDate <= end)
                ++overdue;
            if (m.state == MeasureState::Checked && m.checkedAt && inPeriod(period, registry::dateOf(*m.checkedAt))) {
                ++(m.verdict == registry::MeasureVerdict::Effective      ? effective
                   : m.verdict == registry::MeasureVerdict::NotEffective ? notEffective
                                                                         : inconclusive);
                if (m.basis == registry::VerdictBasis::Judgement)
                    ++byJudgement;
            }
        }
        rows.push_back(boost::json::object{{"domain", enumName(domain)},
                                           {"due", due},
                                           {"implemented_on_time", onTime},
                                           {"implemented_late", late},
                                           {"cancelled", cancelled},
                                           {"overdue_open", overdue},
                                           {"checked_effective", effective},
                                           {"checked_not_effective", notEffective},
                                           {"checked_inconclusive", inconclusive},
                                           {"checked_by_judgement", byJudgement}});
    }
    return rows;
}

boost::json::array indicatorsJson(const VmsInputs& in, const registry::SuppressionRule& rule)
{
    boost::json::array out;
    for (std::size_t d = 0; d < in.board.series.size(); ++d)
        out.push_back(registry::indicatorJson(in.board.indicators[d], in.board.series[d], in.period.firstMonth,
                                              in.period.lastMonth, rule));
    return out;
}

} // namespace

std::string buildVmsReport(const VmsInputs& in, const registry::SuppressionRule& rule)
{
    const std::string end = periodEnd(in.period);
    boost::json::object report;
    report["format"] = kVmsFormat;
    report["organisation"] = in.organisation;
    report["period"] = boost::json::object{{"label", in.period.label},
                                           {"from", registry::monthText(in.period.firstMonth)},
                                           {"to", registry::monthText(in.period.lastMonth)}};
    report["generated_at"] = in.generatedAt;
    report["reissue"] = in.reissue ? boost::json::value(boost::json::object{{"of", in.reissue->of},
                                                                            {"reason", in.reissue->reason}})
                                   : boost::json::value(nullptr);
    report["k"] = registry::threshold(rule);
    report["suppression_rule"] = boost::json::object{{"nl", suppressionText(Language::Dutch, rule)},
                                                     {"en", suppressionText(Language::English, rule)}};
    report["inputs"] = boost::json::object{
        {"directory_version", in.directoryVersion},
        {"audit_head", boost::json::object{{"seq", in.auditSeq}, {"hash", in.auditHash}}}};

    report["clocks"] = clocksJson(in.clocks, rule);

    boost::json::array list;
    for (const auto& m : in.measures)
        if (relevant(m, in.period, end))
            list.push_back(measureJson(m, end));
    report["measures"] = boost::json::object{{"summary", measureSummary(in.measures, in.period, end)},
                                             {"list", std::move(list)}};
    report["indicators"] = indicatorsJson(in, rule);
    report["alerts"] = alertsJson(in.alerts, in.generatedAt);
    report["risks"] = risksJson(in.risks, in.period, rule);
    return boost::json::serialize(report);
}

} // namespace vigil::report
