// SPDX-License-Identifier: EUPL-1.2
#include "pdcademo.h"

#include "advisorsignin.h"
#include "pdcademojson.h"

#include "registry/admin/indicatoradmin.h"
#include "registry/admin/measureadmin.h"
#include "registry/pdca/cubefilter.h"
#include "registry/server/registryserver.h"

#include "shared/identity.h"
#include "shared/net/log.h"
#include "shared/sealfordirectory.h"

#include <boost/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <mutex>
#include <optional>
#include <set>

namespace vigil::tools {

namespace json = boost::json;
namespace fs = std::filesystem;
using registry::UnixSeconds;

namespace {

// The story's calendar: a baseline year, then the year with the step (issue 15 §6; the alert
// levels of a year are those of the twelve settled months before it, docs/pdca.md).
constexpr int kFirstMonth = 2024 * 12;             // 2024-01
constexpr int kStepMonth = kFirstMonth + 12;       // 2025-01: 42-bn's live-fire reports step up
constexpr int kDefineMonth = kFirstMonth + 13;     // 2025-02: the operator defines the indicators
constexpr int kImplementedMonth = kFirstMonth + 17;  // 2025-06: the measure is carried out
constexpr int kLastMonth = kFirstMonth + 23;       // 2025-12: the after-window's last month
constexpr std::size_t kBatch = 256;                // envelopes a request, as a forwarder batches
constexpr const char* kImplementedOn = "2025-06-02";
constexpr const char* kStepIndicator = kDemoStepIndicator;
constexpr const char* kFlatIndicator = kDemoFlatIndicator;

/// The UTC second of `day` at `hour` in calendar month index `month`.
UnixSeconds at(int month, unsigned day, int hour)
{
    using namespace std::chrono;
    const year_month_day ymd{year{month / 12}, std::chrono::month{static_cast<unsigned>(month % 12 + 1)},
                             std::chrono::day{day}};
    return static_cast<UnixSeconds>(sys_days{ymd}.time_since_epoch().count()) * 86400 + hour * 3600;
}

/// A member of the organisation who acts over the advisor API.
struct Person {
    std::string id;
    std::string name;
    SigningKeyPair sign = SigningKeyPair::generate();
    BoxKeyPair box = BoxKeyPair::generate();
};

/// A synthetic near miss: routing-level fields only matter (unit, category, month); the text
/// says what it is. Sealed like any report, so the body stays unreadable to the registry.
Report syntheticReport(const DemoSeries& series, int month, std::int64_t n)
{
    Report r;
    r.kind = Kind::NearMiss;
    r.category = series.category;
    r.headline = "Synthetic near miss (PDCA demo)";
    char local[16];
    std::snprintf(local, sizeof local, "%s-%02d", registry::monthText(month).c_str(), static_cast<int>(1 + n % 28));
    r.when = When{local, "Europe/Amsterdam", TimePrecision::Day, PeriodOfDay::Day, false};
    r.where = Where{series.category == Category::LiveFire ? LocationType::Range : LocationType::Road, "", ""};
    r.mode = ReportingMode::Anonymous;
    return r;
}


class DemoRun {
public:
    explicit DemoRun(const PdcaDemoOptions& options)
        : m_options(options), m_world(defaultDemoWorld(kFirstMonth, kImplementedMonth, options.seed)),
          m_logFile(options.work / "registry.log"),
          m_log(LogLevel::Warn, [this](std::string_view line) {
              std::lock_guard lock(m_logMutex);
              m_logFile << line << '\n';
          })
    {
    }
    ~DemoRun()
    {
        if (m_server)
            m_server->stop();
    }

    Result<PdcaDemoOutcome> run();

private:
    void say(const std::string& line) const
    {
        if (m_options.say)
            m_options.say(line);
    }
    Status setUp();
    Result<std::int64_t> sendMonth(int month);
    Status sweep(int month);
    Status defineIndicators();
    Result<json::value> call(const Person& who, const std::string& method, const std::string& path,
                             const std::string& body = {});
    /// The list `key` of GET `path`'s answer.
    Result<json::array> listAt(const Person& who, const std::string& path, std::string_view key);
    Status actOnAlerts();
    Result<std::int64_t> propose(const std::string& action, const std::string& title, const std::string& unit,
                                 const std::string& indicator);
    Result<json::value> step(const Person& who, std::int64_t id, const std::string& action, const std::string& fields);
    Status implement();
    Status check();
    Result<PdcaDemoOutcome> tally();

    const PdcaDemoOptions& m_options;
    DemoWorld m_world;
    std::mutex m_logMutex;
    std::ofstream m_logFile;
    Logger m_log;
    std::atomic<UnixSeconds> m_now{at(kFirstMonth, 1, 8)};
    Person m_proposer{"vf-hendriks", "Safety officer Hendriks (demo)"};
    Person m_approver{"kam-dekker", "Measures coordinator Dekker (demo)"};
    std::unique_ptr<registry::Admin> m_admin;
    std::unique_ptr<registry::RegistryServer> m_server;
    std::optional<BlockingClient> m_client;
    Directory m_directory;
    std::set<std::int64_t> m_seenAlerts;
    std::optional<std::int64_t> m_stepMeasure, m_flatMeasure;
    std::int64_t m_reports = 0;
};

Status DemoRun::setUp()
{
    const fs::path data = m_options.work / "registry";
    const UnixSeconds t0 = m_now;
    registry::InitOptions init;
    init.organisation = "Defensie (PDCA demo)";
    if (auto s = registry::Admin::init(data, init, t0); !s)
        return s.error();
    auto admin = registry::Admin::open(data);
    if (!admin)
        return admin.error();
    m_admin = std::move(*admin);
    const Unit units[] = {{"13-bde", "13 Light Brigade", "defence", "13 Lichte Brigade"},
                          {"17-bn", "17 Armoured Infantry Battalion", "13-bde", "17 Pantserinfanteriebataljon"},
                          {"42-bn", "42 Armoured Infantry Battalion", "13-bde", "42 Pantserinfanteriebataljon"},
                          {"45-bn", "45 Armoured Infantry Battalion", "13-bde", "45 Pantserinfanteriebataljon"},
                          {"13-bevo", "13 Supply Battalion", "13-bde", "13 Bevoorradingsbataljon"}};
    for (const Unit& u : units)
        if (auto s = m_admin->addUnit(u, u.id == "13-bde"); !s)
            return s.error();
    // Both are safety officers of the brigade (its battalions' reports reach them: the
    // battalions have no safety officers of their own) and the brigade's measures coordinators.
    for (const Person* p : {&m_proposer, &m_approver}) {
        const std::string identity = encodeAdvisorIdentity({p->box.publicKey, p->sign.publicKey});
        if (auto s = m_admin->addAdvisor(p->id, p->name, "so-13-bde", identity); !s)
            return s.error();
        if (auto s = registry::grantRole(*m_admin, {p->id, registry::MeasureRole::Measures, "13-bde"}, t0); !s)
            return s.error();
    }
    // Only the brigade has readers: reports from elsewhere in Defence would reach nobody, which
    // this organisation of one brigade accepts (--allow-unroutable).
    if (auto s = m_admin->publishDirectory(t0, 366, true); !s)
        return s.error();
    auto blob = m_admin->org().latestSignedDirectory();
    if (!blob)
        return blob.error();
    if (!*blob)
        return Error{"no directory was published"};
    auto directory = verifyDirectory(**blob, m_admin->keys().root.publicKey, static_cast<std::uint64_t>(t0));
    if (!directory)
        return directory.error();
    m_directory = std::move(*directory);

    registry::RegistryOptions options;
    options.dataDir = data;
    options.port = 0;
    options.threads = 2;
    auto server = registry::RegistryServer::start(options, m_log, [this] { return m_now.load(); });
    if (!server)
        return server.error();
    m_server = std::move(*server);
    auto client = BlockingClient::connect("http://127.0.0.1:" + std::to_string(m_server->port()));
    if (!client)
        return client.error();
    m_client.emplace(std::move(*client));
    say("a registry on loopback with its own clock: 13 Bde and four battalions, safety officers " + m_proposer.id
        + " and " + m_approver.id + " (both with the measures role for 13-bde)");
    return {};
}

Result<std::int64_t> DemoRun::sendMonth(int month)
{
    // Received at the end of their month, so each case's received month is its event month.
    m_now = at(month, 28, 18);
    std::vector<SealedEnvelope> envelopes;
    std::vector<std::int64_t> counts;
    for (std::size_t s = 0; s < m_world.series.size(); ++s) {
        const std::int64_t n = countOf(m_world, s, month);
        counts.push_back(n);
        const SealAddress address{m_world.series[s].unit, "nl", {}};
        // Without filing tokens, and that is right here: these envelopes go to this registry's
        // relay-facing intake as a forwarder sends them, not through a relay (the door that
        // refuses tokenless envelopes), and this registry publishes no issuer epoch and runs
        // without --require-tokens, so it takes them (docs/registry.md "Filing tokens"). The
        // story is the PDCA loop over two years of history; tokens for it would need epochs
        // across the moved clock and hundreds of devices' quotas, and prove nothing the
        // scenario does not (it files through a relay that requires tokens).
        for (std::int64_t i = 0; i < n; ++i) {
            auto sealed = sealForDirectory(syntheticReport(m_world.series[s], month, i), {}, m_directory, address);
            if (!sealed)
                return sealed.error();
            envelopes.push_back(std::move(sealed->envelope));
        }
    }
    for (std::size_t from = 0; from < envelopes.size(); from += kBatch) {
        std::vector<ByteView> batch;
        for (std::size_t i = from; i < std::min(envelopes.size(), from + kBatch); ++i)
            batch.emplace_back(envelopes[i].bytes);
        auto results = m_client->upload(batch);
        if (!results)
            return results.error();
        for (const IngestResult& r : *results)
            if (r.status != IngestStatus::Stored)
                return Error{"the registry did not store a report of " + registry::monthText(month) + ": "
                             + std::string(enumName(r.status)) + " " + r.reason};
    }
    m_reports += static_cast<std::int64_t>(envelopes.size());
    const std::size_t step = m_world.stepSeries;
    say(registry::monthText(month) + ": " + std::to_string(envelopes.size()) + " reports sealed and taken in (42-bn live fire "
        + std::to_string(counts[step]) + ", 45-bn vehicles " + std::to_string(counts[5]) + ")");
    return static_cast<std::int64_t>(envelopes.size());
}

Status DemoRun::sweep(int month)
{
    // The start of the next month: the month before `month` has settled (docs/pdca.md).
    m_now = at(month + 1, 1, 6);
    auto swept = m_server->sweepPdca();
    if (!swept)
        return swept.error();
    return {};
}

Status DemoRun::defineIndicators()
{
    // Defined with a year of history in the cube: months settled before the definition are marks
    // on the board ("would have fired"), never alerts, so the first alert can only be news.
    const UnixSeconds now = m_now;
    struct Def {
        const char* id;
        const char* nl;
        const char* en;
        const char* unit;
        Category category;
    };
    for (const Def& d : {Def{kStepIndicator, "Bijna-ongevallen schietoefeningen 42 Painfbat",
                             "Live-fire near misses 42 Bn", "42-bn", Category::LiveFire},
                         Def{kFlatIndicator, "Bijna-ongevallen voertuigen 45 Painfbat", "Vehicle near misses 45 Bn",
                             "45-bn", Category::Vehicles}}) {
        registry::IndicatorDef def;
        def.id = d.id;
        def.nameNl = d.nl;
        def.nameEn = d.en;
        auto filter = registry::makeFilter(d.unit, {"near_miss"}, {std::string(enumName(d.category))}, {}, {});
        if (!filter)
            return filter.error();
        def.filter = std::move(*filter);
        if (auto s = registry::defineIndicator(*m_admin, def, now); !s)
            return s.error();
    }
    say("the operator defines two indicators (vigil-admin indicator add): " + std::string(kStepIndicator) + " and "
        + kFlatIndicator + "; alert levels of 2025 from the twelve settled months of 2024");
    return {};
}

Result<json::value> DemoRun::call(const Person& who, const std::string& method, const std::string& path,
                                  const std::string& body)
{
    // Signed in afresh for each request: a session is hours long, the demo's months are seconds.
    auto auth = signIn(*m_client, m_server->keys().root.publicKey, who.sign);
    if (!auth)
        return auth.error();
    auto answer = method == "GET" ? m_client->get(path, *auth) : m_client->postJson(path, body, *auth);
    if (!answer)
        return answer.error();
    boost::system::error_code ec;
    json::value parsed = json::parse(answer->body, ec);
    if (answer->status != 200 || ec)
        return Error{method + " " + path + " as " + who.id + ": HTTP " + std::to_string(answer->status) + " "
                     + answer->body};
    return parsed;
}

Result<json::array> DemoRun::listAt(const Person& who, const std::string& path, std::string_view key)
{
    auto answer = call(who, "GET", path);
    if (!answer)
        return answer.error();
    json::value* list = answer->is_object() ? answer->as_object().if_contains(key) : nullptr;
    if (list == nullptr || !list->is_array())
        return Error{"GET " + path + ": the answer has no \"" + std::string(key) + "\" list"};
    return std::move(list->as_array());
}

Result<std::int64_t> DemoRun::propose(const std::string& action, const std::string& title, const std::string& unit,
                                      const std::string& indicator)
{
    const json::object body{{"action_id", action},
                            {"title", title},
                            {"description", "Proposed after the indicator's alert (PDCA demo)."},
                            {"domain", "physical"},
                            {"owner_unit", unit},
                            {"owner_role", "S3"},
                            {"due", "2025-06-30"},
                            {"cases", json::array{}},
                            {"indicators", json::array{json::value(indicator)}},
                            {"primary_indicator", indicator}};
    auto answer = call(m_proposer, "POST", "/v1/advisor/measures", json::serialize(body));
    if (!answer)
        return answer.error();
    const json::value* m = member(*answer, "measure");
    const json::value* id = m != nullptr ? member(*m, "id") : nullptr;
    if (id == nullptr || !id->is_int64())
        return Error{"the proposal's answer has no measure id"};
    return id->as_int64();
}

Result<json::value> DemoRun::step(const Person& who, std::int64_t id, const std::string& action,
                                  const std::string& fields)
{
    return call(who, "POST", "/v1/advisor/measures/" + std::to_string(id) + "/transition",
                R"({"action_id":")" + action + R"(",)" + fields + "}");
}

Status DemoRun::actOnAlerts()
{
    auto alerts = listAt(m_approver, "/v1/advisor/alerts", "alerts");
    if (!alerts)
        return alerts.error();
    for (const json::value& a : *alerts) {
        const json::value* id = member(a, "id");
        if (id == nullptr || !id->is_int64())
            return Error{"GET /v1/advisor/alerts: an alert without an id"};
        if (!m_seenAlerts.insert(id->as_int64()).second)
            continue;
        const std::string indicator = alertIndicator(a);
        say("alert " + std::to_string(id->as_int64()) + " raised on " + registry::dateOf(m_now) + ": " + indicator
            + " in " + textOf(a, "month") + ", rule " + textOf(a, "rule") + " (" + figureOf(a, "value")
            + " reports, above the level " + figureOf(a, "level") + ")");
        if (indicator != kStepIndicator || m_stepMeasure)
            continue;
        // Plan: one measure answers the alert; a second, on a series that did not move, is the
        // control the effect check must not call effective.
        auto first = propose("pdca-demo-propose-1", "Range safety briefing and second range officer at 42 Bn",
                             "42-bn", kStepIndicator);
        if (!first)
            return first.error();
        m_stepMeasure = *first;
        auto second = propose("pdca-demo-propose-2", "Vehicle check card refreshed at 45 Bn", "45-bn", kFlatIndicator);
        if (!second)
            return second.error();
        m_flatMeasure = *second;
        for (const std::int64_t m : {*m_stepMeasure, *m_flatMeasure}) {
            const std::string n = std::to_string(m);
            if (auto s = step(m_approver, m, "pdca-demo-approve-" + n, R"("to":"approved")"); !s)
                return s.error();
            if (auto s = step(m_approver, m, "pdca-demo-start-" + n, R"("to":"in_progress")"); !s)
                return s.error();
        }
        auto followed = call(m_proposer, "POST", "/v1/advisor/alerts/" + std::to_string(id->as_int64()) + "/follow-up",
                             R"({"action_id":"pdca-demo-follow-up","measure":)" + std::to_string(*m_stepMeasure) + "}");
        if (!followed)
            return followed.error();
        say(m_proposer.id + " proposes measure " + std::to_string(*m_stepMeasure) + " on " + kStepIndicator
            + " and, as a control, measure " + std::to_string(*m_flatMeasure) + " on " + kFlatIndicator + "; "
            + m_approver.id + " approves both; the alert is followed up with measure "
            + std::to_string(*m_stepMeasure));
    }
    return {};
}

Status DemoRun::implement()
{
    if (!m_stepMeasure || !m_flatMeasure)
        return Error{"no alert was raised on " + std::string(kStepIndicator) + " before " + kImplementedOn
                     + ", so there is no measure to implement"};
    for (const std::int64_t m : {*m_stepMeasure, *m_flatMeasure}) {
        const std::string n = std::to_string(m);
        if (auto s = step(m_approver, m, "pdca-demo-implement-" + n,
                          R"("to":"implemented","implemented_on":")" + std::string(kImplementedOn)
                              + R"(","evidence":"Carried out; recorded afterwards (PDCA demo).")");
            !s)
            return s.error();
    }
    say(m_approver.id + " records both measures implemented on " + kImplementedOn + " (dated back, recorded on "
        + registry::dateOf(m_now) + "); from July 42-bn's live-fire rate is back at its old level");
    return {};
}

Status DemoRun::check()
{
    for (const std::int64_t m : {*m_stepMeasure, *m_flatMeasure}) {
        const std::string n = std::to_string(m);
        if (auto checked = step(m_approver, m, "pdca-demo-check-" + n, R"("to":"checked","basis":"effect_check")");
            !checked)
            return checked.error();
    }
    return {};
}

Result<PdcaDemoOutcome> DemoRun::tally()
{
    PdcaDemoOutcome out;
    out.stepMonth = registry::monthText(kStepMonth);
    out.reports = m_reports;
    auto alerts = listAt(m_approver, "/v1/advisor/alerts", "alerts");
    if (!alerts)
        return alerts.error();
    for (const json::value& a : *alerts) {
        ++out.alerts;
        if (alertIndicator(a) == kStepIndicator)
            out.stepAlerts.push_back(textOf(a, "month"));
        if (alertIndicator(a) == kFlatIndicator)
            out.flatAlerts.push_back(textOf(a, "month"));
    }
    if (!out.stepAlerts.empty())
        say("the registry's alert on " + std::string(kStepIndicator) + " names " + out.stepAlerts.front() + "; the step began "
            + out.stepMonth + (out.alertInTime() ? " (in time)" : " (NOT the step's month or the next)"));
    auto measures = listAt(m_approver, "/v1/advisor/measures", "measures");
    if (!measures)
        return measures.error();
    for (const json::value& m : *measures) {
        PdcaMeasureOutcome o;
        const json::value* id = member(m, "id");
        if (id == nullptr || !id->is_int64())
            return Error{"GET /v1/advisor/measures: a measure without an id"};
        o.id = id->as_int64();
        o.indicator = primaryIndicator(m);
        o.state = textOf(m, "state");
        o.verdict = textOf(m, "verdict");
        const std::string figures = checkFigures(m, o.indicator);
        say("measure " + std::to_string(o.id) + " on " + o.indicator + ": " + o.state + ", verdict " + o.verdict
            + (o.verdict == "not_effective" ? " (no measurable change)" : "") + figures);
        out.measures.push_back(std::move(o));
    }
    return out;
}

Result<PdcaDemoOutcome> DemoRun::run()
{
    if (auto s = setUp(); !s)
        return s.error();
    for (int month = kFirstMonth; month <= kLastMonth; ++month) {
        if (auto sent = sendMonth(month); !sent)
            return sent.error();
        if (auto s = sweep(month); !s)
            return s.error();
        if (month + 1 == kDefineMonth)
            if (auto s = defineIndicators(); !s)
                return s.error();
        if (month + 1 > kDefineMonth)
            if (auto s = actOnAlerts(); !s)
                return s.error();
        if (month == kImplementedMonth)
            if (auto s = implement(); !s)
                return s.error();
    }
    // The after-window (July to December) settles at the start of February.
    if (auto s = sweep(kLastMonth + 1); !s)
        return s.error();
    if (auto s = actOnAlerts(); !s)
        return s.error();
    if (auto s = check(); !s)
        return s.error();
    say(m_approver.id + " has the registry check both measures' effect on " + registry::dateOf(m_now)
        + ", when the six months after them have settled");
    return tally();
}

} // namespace

std::int64_t PdcaDemoOutcome::effective() const
{
    return std::count_if(measures.begin(), measures.end(), [](const auto& m) { return m.verdict == "effective"; });
}

std::int64_t PdcaDemoOutcome::notEffective() const
{
    return std::count_if(measures.begin(), measures.end(), [](const auto& m) { return m.verdict == "not_effective"; });
}

std::int64_t PdcaDemoOutcome::inconclusive() const
{
    return std::count_if(measures.begin(), measures.end(), [](const auto& m) { return m.verdict == "inconclusive"; });
}

bool PdcaDemoOutcome::alertInTime() const
{
    const auto step = registry::monthIndex(stepMonth);
    const auto first = stepAlerts.empty() ? std::nullopt : registry::monthIndex(stepAlerts.front());
    return step && first && (*first == *step || *first == *step + 1);
}

std::string PdcaDemoOutcome::line() const
{
    return "pdca: alerts " + std::to_string(alerts) + ", measures " + std::to_string(measures.size()) + ", effective "
           + std::to_string(effective()) + ", inconclusive " + std::to_string(inconclusive());
}

Result<PdcaDemoOutcome> runPdcaDemo(const PdcaDemoOptions& options)
{
    std::error_code ec;
    fs::create_directories(options.work, ec);
    if (ec)
        return Error{"pdca demo: cannot create " + options.work.string() + ": " + ec.message()};
    DemoRun run(options);
    return run.run();
}

} // namespace vigil::tools
