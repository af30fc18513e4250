// SPDX-License-Identifier: EUPL-1.2
#include "casebatch.h"

#include "multirow.h"
#include "sqlitecolumns.h"

#include <algorithm>
#include <map>
#include <optional>
#include <utility>

namespace vigil::registry {

namespace {

using TokenKey = std::pair<std::uint32_t, tokens::TokenNonce>;

std::string seenSql(std::size_t rows)
{
    // One list, three branches: report ids of both tables are one namespace (a report id is a
    // duplicate or a conflict whichever table holds it), and a follow-up waits under its
    // report's id (its thread) until that report arrives.
    const std::string ids = numberedList(rows);
    return "SELECT 0, report_id FROM cases WHERE report_id IN (" + ids
           + ") UNION ALL SELECT 0, report_id FROM follow_ups WHERE report_id IN (" + ids
           + ") UNION ALL SELECT 1, thread FROM follow_ups WHERE thread IN (" + ids + ")";
}

std::string spendSql(std::size_t rows)
{
    return "INSERT INTO spent_tokens(epoch, nonce, not_after) VALUES " + valueRows(rows, 3)
           + " ON CONFLICT DO NOTHING RETURNING epoch, nonce";
}

std::string groupsSql(std::size_t rows)
{
    return "INSERT INTO case_groups(case_id, group_id) VALUES " + valueRows(rows, 2) + " ON CONFLICT DO NOTHING";
}

std::string recipientsSql(std::size_t rows)
{
    return "INSERT INTO case_recipients(case_id, member_id) VALUES " + valueRows(rows, 2) + " ON CONFLICT DO NOTHING";
}

} // namespace

Result<BatchSeen> seenInDatabase(Db db, std::span<const NewCase> cases)
{
    BatchSeen seen;
    SizedStatement look(db, seenSql);
    Status s = inSlices(db, cases.size(), [&](std::size_t first, std::size_t rows) -> Status {
        auto stmt = look.forRows(rows);
        if (!stmt)
            return stmt.error();
        for (std::size_t r = 0; r < rows; ++r)
            (*stmt)->bind(static_cast<int>(r + 1), cases[first + r].header.reportId);
        return (*stmt)->eachRow([&](const Stmt& row) {
            (row.int64(0) == 0 ? seen.kept : seen.awaited).insert(fixedColumn<16>(row, 1));
        });
    });
    if (!s)
        return s.error();
    return seen;
}

std::vector<bool> batchable(std::span<const NewCase> cases, const BatchSeen& seen)
{
    std::vector<bool> out(cases.size(), false);
    std::set<ReportId> earlier; // report ids the batch carried or awaited before this envelope
    std::set<TokenKey> tokens;
    for (std::size_t i = 0; i < cases.size(); ++i) {
        const NewCase& c = cases[i];
        const ReportId& id = c.header.reportId;
        const bool fresh = !seen.kept.contains(id) && !seen.awaited.contains(id) && !earlier.contains(id);
        const bool tokenFresh = !c.token || !tokens.contains(TokenKey{c.token->epoch, c.token->nonce});
        out[i] = !c.header.thread && fresh && tokenFresh;
        earlier.insert(id);
        if (c.header.thread)
            earlier.insert(*c.header.thread);
        if (c.token)
            tokens.insert(TokenKey{c.token->epoch, c.token->nonce});
    }
    return out;
}

std::string insertCaseSql(std::size_t rows)
{
    return "INSERT INTO cases(report_id, envelope_hash, envelope, receipt, kind, category, domain, unit, month, lang, "
           "mode, severity, likelihood, impact, immediate_danger, consent_commander, reply_key, directory_version, "
           "received_at, ack_due, feedback_due, contact_due) VALUES "
           + valueRows(rows, kCaseRowValues) + " ON CONFLICT (report_id) DO NOTHING RETURNING id, report_id";
}

void bindCaseRow(Stmt& insert, int first, const NewCase& c)
{
    const RoutingHeader& h = c.header;
    const int at = first - 1;
    insert.bind(at + 1, h.reportId)
        .bind(at + 2, c.envelopeHash)
        .bind(at + 3, c.envelope)
        .bind(at + 4, c.receipt)
        .bindText(at + 5, enumName(h.kind))
        .bindText(at + 6, enumName(h.category))
        .bindText(at + 7, enumName(domainOf(h.category)))
        .bindText(at + 8, h.unit)
        .bindText(at + 9, h.month)
        .bindText(at + 10, h.language)
        .bindText(at + 11, enumName(h.mode))
        .bindText(at + 12, enumName(h.severity))
        .bindText(at + 13, enumName(h.likelihood))
        .bindText(at + 14, enumName(h.impact))
        .bind(at + 15, h.immediateDanger ? 1 : 0)
        .bind(at + 16, h.consentCommander ? 1 : 0)
        .bind(at + 17, h.replyKey)
        .bind(at + 18, static_cast<std::int64_t>(h.directoryVersion))
        .bind(at + 19, c.receivedAt)
        .bind(at + 20, c.clocks.acknowledgeDue)
        .bind(at + 21, c.clocks.feedbackDue);
    bindOptInt(insert, at + 22, c.clocks.contactDue);
}

Result<std::vector<bool>> spendRunTokens(Db db, std::span<const NewCase* const> run)
{
    std::vector<bool> held(run.size(), true);
    std::vector<std::size_t> with; // positions in `run` of the envelopes that carry a token
    for (std::size_t i = 0; i < run.size(); ++i)
        if (run[i]->token)
            with.push_back(i);
    SizedStatement spend(db, spendSql);
    Status s = inSlices(db, with.size(), [&](std::size_t first, std::size_t rows) -> Status {
        auto stmt = spend.forRows(rows);
        if (!stmt)
            return stmt.error();
        for (std::size_t r = 0; r < rows; ++r) {
            const auto& t = *run[with[first + r]]->token;
            const int at = static_cast<int>(r * 3);
            (*stmt)->bind(at + 1, static_cast<std::int64_t>(t.epoch)).bind(at + 2, t.nonce).bind(at + 3, t.notAfter);
        }
        std::set<TokenKey> spent;
        if (auto st = (*stmt)->eachRow([&](const Stmt& row) {
                spent.insert(TokenKey{static_cast<std::uint32_t>(row.int64(0)), fixedColumn<tokens::kNonceLength>(row, 1)});
            });
            !st)
            return st;
        for (std::size_t r = 0; r < rows; ++r) {
            const auto& t = *run[with[first + r]]->token;
            held[with[first + r]] = spent.contains(TokenKey{t.epoch, t.nonce});
        }
        return {};
    });
    if (!s)
        return s.error();
    return held;
}

Result<std::vector<std::int64_t>> insertCaseRows(Db db, std::span<const NewCase* const> run)
{
    std::vector<std::int64_t> ids(run.size(), 0);
    SizedStatement insert(db, insertCaseSql);
    std::vector<std::size_t> sizes;
    sizes.reserve(run.size());
    for (const NewCase* c : run)
        sizes.push_back(c->envelope.size() + c->receipt.size());
    Status s = inSlicesOfBytes(db, sizes, [&](std::size_t first, std::size_t rows) -> Status {
        auto stmt = insert.forRows(rows);
        if (!stmt)
            return stmt.error();
        std::map<ReportId, std::size_t> position;
        for (std::size_t r = 0; r < rows; ++r) {
            bindCaseRow(**stmt, static_cast<int>(r) * kCaseRowValues + 1, *run[first + r]);
            position.emplace(run[first + r]->header.reportId, first + r);
        }
        // RETURNING names the report id: neither engine promises its rows in VALUES order.
        return (*stmt)->eachRow([&](const Stmt& row) {
            if (auto p = position.find(fixedColumn<16>(row, 1)); p != position.end())
                ids[p->second] = row.int64(0);
        });
    });
    if (!s)
        return s.error();
    return ids;
}

Status insertRouting(Db db, std::span<const NewCase* const> run, std::span<const std::int64_t> ids)
{
    for (const bool groups : {true, false}) {
        std::vector<std::pair<std::int64_t, const std::string*>> rows;
        for (std::size_t i = 0; i < run.size(); ++i) {
            if (ids[i] == 0)
                continue;
            for (const std::string& name : groups ? run[i]->header.groups : run[i]->header.recipients)
                rows.emplace_back(ids[i], &name);
        }
        SizedStatement insert(db, groups ? groupsSql : recipientsSql);
        Status s = inSlices(db, rows.size(), [&](std::size_t first, std::size_t n) -> Status {
            auto stmt = insert.forRows(n);
            if (!stmt)
                return stmt.error();
            for (std::size_t r = 0; r < n; ++r)
                (*stmt)->bind(static_cast<int>(2 * r + 1), rows[first + r].first)
                    .bindText(static_cast<int>(2 * r + 2), *rows[first + r].second);
            return (*stmt)->run();
        });
        if (!s)
            return s;
    }
    return {};
}

} // namespace vigil::registry
