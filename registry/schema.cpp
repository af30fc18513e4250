// SPDX-License-Identifier: EUPL-1.2
#include "schema.h"

#include "shared/storage/sqlite.h"

#include <array>

namespace vigil::registry {

namespace {

// Version 1.
// - Organisation (what the admin tool edits and `directory publish` signs): units, groups,
//   members, routes, published directory versions, bulletins.
// - Cases: one row per report, created from the routing header only. Times are the
//   registry's own (unix seconds); the device's filing time is never stored.
// - case_recipients: the members who hold a key wrap (the reporter's exclusions are absent);
//   only they ever see the case.
// - stats_counts / stats_clocks: a closed case's contribution to the statistics, added in
//   the transaction that closes it. Counts are kept per facet — the three marginals the
//   published tables need: month × kind × category ('kind_category'), month × unit × kind
//   ('unit_kind') and month × mode ('mode'); unused fields are ''. Clocks are whole-day
//   histograms per month. No link to any case; it is all that is left when retention deletes
//   the case. Marginals instead of the full cube keep the statistics scan to tens of
//   thousands of rows however many cases were ever filed.
// - stats_rows: the one view the statistics scan reads: open cases one by one (state as is),
//   closed ones as facet rows (state 'archived_<facet>'); clocks of closed cases come from
//   stats_clocks.
// - audit: append-only, hash-chained (audit.h).
// - challenges / sessions: advisor sign-in by challenge-response (advisorauth.h); only a hash
//   of each session token is stored.
// - advisor_actions: the answer to each action an advisor console sent with an idempotency
//   key, so a console that replays its offline queue never acts twice.
constexpr std::string_view kV1 = R"sql(
CREATE TABLE units (
  id     TEXT PRIMARY KEY,
  name   TEXT NOT NULL,
  parent TEXT REFERENCES units(id)
);
CREATE TABLE groups (
  id      TEXT PRIMARY KEY,
  kind    TEXT NOT NULL,
  unit    TEXT REFERENCES units(id),
  name_nl TEXT NOT NULL,
  name_en TEXT NOT NULL
);
CREATE TABLE members (
  id       TEXT PRIMARY KEY,
  name     TEXT NOT NULL,
  box_key  BLOB NOT NULL,
  sign_key BLOB NOT NULL UNIQUE,
  active   INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE group_members (
  group_id  TEXT NOT NULL REFERENCES groups(id),
  member_id TEXT NOT NULL REFERENCES members(id),
  PRIMARY KEY (group_id, member_id)
);
CREATE TABLE routes (
  position         INTEGER PRIMARY KEY,
  domain           TEXT NOT NULL,
  min_severity     TEXT NOT NULL DEFAULT 'none',
  min_impact       TEXT NOT NULL DEFAULT 'none',
  target           TEXT NOT NULL,
  consent_required INTEGER NOT NULL DEFAULT 0,
  contact_hours    INTEGER
);
CREATE TABLE relays (
  id          TEXT PRIMARY KEY,
  receipt_key BLOB NOT NULL
);
CREATE TABLE directories (
  version   INTEGER PRIMARY KEY,
  issued    INTEGER NOT NULL,
  expires   INTEGER NOT NULL,
  signed    BLOB NOT NULL
);
CREATE TABLE bulletins (
  sequence  INTEGER PRIMARY KEY,
  published INTEGER NOT NULL,
  signed    BLOB NOT NULL
);
CREATE TABLE settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE cases (
  id                INTEGER PRIMARY KEY,
  report_id         BLOB NOT NULL UNIQUE,
  envelope_hash     BLOB NOT NULL,
  envelope          BLOB,
  receipt           BLOB NOT NULL,
  kind              TEXT NOT NULL,
  category          TEXT NOT NULL,
  domain            TEXT NOT NULL,
  unit              TEXT NOT NULL DEFAULT '',
  month             TEXT NOT NULL,
  lang              TEXT NOT NULL,
  mode              TEXT NOT NULL,
  severity          TEXT NOT NULL DEFAULT 'none',
  likelihood        TEXT NOT NULL DEFAULT 'none',
  impact            TEXT NOT NULL DEFAULT 'none',
  immediate_danger  INTEGER NOT NULL DEFAULT 0,
  consent_commander INTEGER NOT NULL DEFAULT 0,
  reply_key         BLOB NOT NULL,
  directory_version INTEGER NOT NULL,
  state             TEXT NOT NULL DEFAULT 'received',
  outcome           TEXT,
  assignee          TEXT,
  received_at       INTEGER NOT NULL,
  acknowledged_at   INTEGER,
  feedback_at       INTEGER,
  closed_at         INTEGER,
  ack_due           INTEGER NOT NULL,
  feedback_due      INTEGER NOT NULL,
  contact_due       INTEGER,
  delete_after      INTEGER
);
CREATE INDEX cases_state ON cases(state);
CREATE INDEX cases_delete ON cases(delete_after) WHERE delete_after IS NOT NULL;
CREATE TABLE case_groups (
  case_id  INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  group_id TEXT NOT NULL,
  PRIMARY KEY (case_id, group_id)
);
CREATE TABLE case_recipients (
  case_id   INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  member_id TEXT NOT NULL,
  PRIMARY KEY (case_id, member_id)
);
CREATE INDEX case_recipients_member ON case_recipients(member_id);
CREATE TABLE case_messages (
  id       INTEGER PRIMARY KEY,
  case_id  INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  kind     TEXT NOT NULL,
  author   TEXT,
  at       INTEGER NOT NULL,
  sealed   BLOB NOT NULL
);
CREATE TABLE mailbox (
  seq     INTEGER PRIMARY KEY,
  mailbox BLOB NOT NULL,
  case_id INTEGER REFERENCES cases(id) ON DELETE SET NULL,
  at      INTEGER NOT NULL,
  data    BLOB NOT NULL
);
CREATE INDEX mailbox_prefix ON mailbox(mailbox);

CREATE TABLE stats_counts (
  facet    TEXT NOT NULL,
  month    TEXT NOT NULL,
  kind     TEXT NOT NULL,
  category TEXT NOT NULL,
  unit     TEXT NOT NULL,
  mode     TEXT NOT NULL,
  count    INTEGER NOT NULL,
  PRIMARY KEY (facet, month, kind, category, unit, mode)
) WITHOUT ROWID;
CREATE TABLE stats_clocks (
  month TEXT NOT NULL,
  clock TEXT NOT NULL,
  days  INTEGER NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (month, clock, days)
) WITHOUT ROWID;
-- Covers every column stats_rows reads from open cases, so the statistics scan never touches
-- the case rows (and their envelopes): the index holds open cases only.
CREATE INDEX cases_open_stats ON cases(state, kind, category, domain, unit, month, mode, outcome, assignee,
  received_at, acknowledged_at, feedback_at, closed_at, ack_due, feedback_due) WHERE state != 'closed';

CREATE VIEW stats_rows AS
  SELECT kind, category, domain, unit, month, mode, state, outcome, assignee,
         received_at, acknowledged_at, feedback_at, closed_at, ack_due, feedback_due,
         1 AS weight
  FROM cases WHERE state != 'closed'
  UNION ALL
  SELECT kind, category, '', unit, month, mode, 'archived_' || facet, NULL, NULL,
         NULL, NULL, NULL, NULL, NULL, NULL, count
  FROM stats_counts;

CREATE TABLE audit (
  seq     INTEGER PRIMARY KEY,
  at      INTEGER NOT NULL,
  actor   TEXT NOT NULL,
  action  TEXT NOT NULL,
  subject TEXT NOT NULL,
  detail  TEXT NOT NULL,
  prev    BLOB NOT NULL,
  hash    BLOB NOT NULL
);

CREATE TABLE challenges (
  nonce      BLOB PRIMARY KEY,
  member_id  TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE TABLE sessions (
  token_hash BLOB PRIMARY KEY,
  member_id  TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE TABLE advisor_actions (
  action_id  TEXT NOT NULL,
  member_id  TEXT NOT NULL,
  at         INTEGER NOT NULL,
  status     INTEGER NOT NULL,
  response   TEXT NOT NULL,
  PRIMARY KEY (member_id, action_id)
);
)sql";

// Version 2: a reporter's follow-up (an envelope whose routing header names the original
// report in `thread`) joins the conversation of that report's case instead of becoming a case
// of its own. It is kept by thread, not by case id, so one that arrives before its report
// (relays shuffle and delay) attaches when the report does. Not part of any statistics. It
// joins only a case with the same reply key: relays see report ids, not reply keys, so nobody
// but the reporter can put words in the reporter's mouth.
// case_messages gets the index the case list needs for each case's last reply.
// bulletin_submissions: lessons-learned bulletins an advisor drafted (from a closed case) and
// submitted for publication; the operator approves (signs and publishes) or rejects them
// (bulletindesk.h). The case link is cut when retention deletes the case.
constexpr std::string_view kV2 = R"sql(
CREATE TABLE bulletin_submissions (
  id           INTEGER PRIMARY KEY,
  author       TEXT NOT NULL,
  case_id      INTEGER,
  submitted_at INTEGER NOT NULL,
  kind         TEXT NOT NULL,
  categories   TEXT NOT NULL,
  title_nl     TEXT NOT NULL,
  title_en     TEXT NOT NULL,
  text_nl      TEXT NOT NULL,
  text_en      TEXT NOT NULL,
  state        TEXT NOT NULL DEFAULT 'pending',
  decided_at   INTEGER,
  reason       TEXT NOT NULL DEFAULT '',
  sequence     INTEGER,
  action_id    TEXT
);
CREATE INDEX bulletin_submissions_author ON bulletin_submissions(author);
-- A console that replays its queue (the answer got lost) finds its submission again.
CREATE UNIQUE INDEX bulletin_submissions_action ON bulletin_submissions(author, action_id)
  WHERE action_id IS NOT NULL;
CREATE TABLE follow_ups (
  id            INTEGER PRIMARY KEY,
  report_id     BLOB NOT NULL UNIQUE,
  thread        BLOB NOT NULL,
  reply_key     BLOB NOT NULL,
  envelope_hash BLOB NOT NULL,
  envelope      BLOB NOT NULL,
  receipt       BLOB NOT NULL,
  received_at   INTEGER NOT NULL
);
CREATE INDEX follow_ups_thread ON follow_ups(thread, received_at);
-- A case's messages, and its last reply for the case list, without a scan of all messages.
CREATE INDEX case_messages_case ON case_messages(case_id, kind, at);
)sql";

// Version 3: an action id is bound to the request it first came with (actionlog.h): the hash
// of its path and body, so the same id with other content is refused instead of answered "ok".
// Rows from version 2 have none and are taken as replays until they expire.
constexpr std::string_view kV3 = R"sql(
ALTER TABLE advisor_actions ADD COLUMN request_hash BLOB;
)sql";

// Version 4: a unit's Dutch name beside its English one (issue 12: the Dutch app showed English
// unit names). Empty: the one name serves both languages, as every unit of version 3 does.
constexpr std::string_view kV4 = R"sql(
ALTER TABLE units ADD COLUMN name_nl TEXT NOT NULL DEFAULT '';
)sql";

// Version 5: the measures register (docs/pdca.md, "Measures"), the Act of plan–do–check–act.
// - measures: what the organisation decided to do about what was reported, with an owner (unit
//   and a role within it, e.g. "S3"), a due date (YYYY-MM-DD and its last second, UTC), its state
//   (registry/pdca/measurestate.h) and who took each step when. Texts are the organisation's own
//   words (never a report's); the audit trail names them only by a short hash. implemented_on is
//   the real-world date, implemented_at when it was recorded. cases_linked counts every case
//   ever linked: it survives the cases, which retention deletes.
// - measure_cases: the cases a measure answers; the link goes with the case (ON DELETE CASCADE).
// - cases.resolved_by_measure: a case closed "resolved — measure M" names it (set when closing
//   with a measure arrives with the advisor API; NULL for every case before).
// - member_roles: roles granted by the operator (vigil-admin role grant) beside the commander
//   and inspectorate groups of the directory: 'measures' (the measures coordinator), 'commander',
//   'inspectorate'; unit '' is the whole organisation, otherwise the unit and everything below it.
constexpr std::string_view kV5 = R"sql(
CREATE TABLE member_roles (
  member_id  TEXT NOT NULL REFERENCES members(id),
  role       TEXT NOT NULL CHECK (role IN ('measures', 'commander', 'inspectorate')),
  unit       TEXT NOT NULL DEFAULT '',
  granted_at INTEGER NOT NULL,
  PRIMARY KEY (member_id, role, unit)
) WITHOUT ROWID;
CREATE TABLE measures (
  id             INTEGER PRIMARY KEY,
  title          TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  description    TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 8000),
  domain         TEXT NOT NULL CHECK (domain IN ('physical', 'social', 'integrity')),
  owner_unit     TEXT NOT NULL REFERENCES units(id),
  owner_role     TEXT NOT NULL CHECK (length(owner_role) BETWEEN 1 AND 64),
  due_date       TEXT NOT NULL,
  due_at         INTEGER NOT NULL,
  state          TEXT NOT NULL DEFAULT 'proposed'
    CHECK (state IN ('proposed', 'approved', 'in_progress', 'implemented', 'checked', 'cancelled')),
  verdict        TEXT NOT NULL DEFAULT 'none'
    CHECK (verdict IN ('none', 'effective', 'not_effective', 'inconclusive')),
  verdict_basis  TEXT NOT NULL DEFAULT 'none' CHECK (verdict_basis IN ('none', 'effect_check', 'judgement')),
  proposed_by    TEXT NOT NULL,
  proposed_at    INTEGER NOT NULL,
  approved_by    TEXT,
  approved_at    INTEGER,
  started_by     TEXT,
  started_at     INTEGER,
  implemented_by TEXT,
  implemented_at INTEGER,
  implemented_on TEXT,
  evidence       TEXT NOT NULL DEFAULT '' CHECK (length(evidence) <= 8000),
  reopened_by    TEXT,
  reopened_at    INTEGER,
  reopen_reason  TEXT NOT NULL DEFAULT '',
  checked_by     TEXT,
  checked_at     INTEGER,
  check_note     TEXT NOT NULL DEFAULT '' CHECK (length(check_note) <= 8000),
  cancelled_by   TEXT,
  cancelled_at   INTEGER,
  cancel_reason  TEXT NOT NULL DEFAULT '',
  supersedes     INTEGER REFERENCES measures(id),
  cases_linked   INTEGER NOT NULL DEFAULT 0 CHECK (cases_linked >= 0),
  CHECK ((state = 'checked') = (verdict != 'none')),
  CHECK ((verdict = 'none') = (verdict_basis = 'none')),
  CHECK (state != 'cancelled' OR cancel_reason != ''),
  CHECK (state NOT IN ('implemented', 'checked') OR implemented_on IS NOT NULL)
);
CREATE INDEX measures_state ON measures(state, due_at);
CREATE INDEX measures_owner ON measures(owner_unit);
CREATE TABLE measure_cases (
  measure_id INTEGER NOT NULL REFERENCES measures(id),
  case_id    INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  linked_by  TEXT NOT NULL,
  linked_at  INTEGER NOT NULL,
  PRIMARY KEY (measure_id, case_id)
) WITHOUT ROWID;
CREATE INDEX measure_cases_case ON measure_cases(case_id);
ALTER TABLE cases ADD COLUMN resolved_by_measure INTEGER REFERENCES measures(id);
)sql";

// Version 6: the risk register (docs/pdca.md, "Risks"), the Plan of plan–do–check–act.
// - risks: a hazard with its scope (a unit and everything below it, '' the whole
//   organisation; optionally one category), its initial risk (MIL-STD-882E severity I–IV ×
//   probability A–E) and, once assessed, its residual risk after measures (probability F: the
//   hazard is eliminated). An accepted risk is accepted for one residual cell until review_due;
//   re-assessing it opens it again. Texts are the organisation's own words; the audit trail
//   names them only by a short hash.
// - risk_cases: the cases that show the hazard; the link goes with the case (ON DELETE CASCADE).
// - risk_decisions: every acceptance, refusal to accept and review, with the acceptor's role,
//   the unit it holds it for and that unit's depth in the unit tree (its echelon, 0 = top) beside
//   the depth the acceptance policy required — so the inspectorate sees who accepted at which level.
// - measure_risks: the measures that lower a risk.
constexpr std::string_view kV6 = R"sql(
CREATE TABLE risks (
  id                   INTEGER PRIMARY KEY,
  hazard               TEXT NOT NULL CHECK (length(hazard) BETWEEN 1 AND 200),
  description          TEXT NOT NULL DEFAULT '' CHECK (length(description) <= 8000),
  domain               TEXT NOT NULL CHECK (domain IN ('physical', 'social', 'integrity')),
  unit                 TEXT NOT NULL DEFAULT '',
  category             TEXT,
  initial_severity     TEXT NOT NULL CHECK (initial_severity IN ('I', 'II', 'III', 'IV')),
  initial_probability  TEXT NOT NULL CHECK (initial_probability IN ('A', 'B', 'C', 'D', 'E')),
  residual_severity    TEXT CHECK (residual_severity IN ('I', 'II', 'III', 'IV')),
  residual_probability TEXT CHECK (residual_probability IN ('A', 'B', 'C', 'D', 'E', 'F')),
  residual_by          TEXT,
  residual_at          INTEGER,
  residual_note        TEXT NOT NULL DEFAULT '' CHECK (length(residual_note) <= 8000),
  state                TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'accepted', 'closed')),
  review_due           INTEGER,
  created_by           TEXT NOT NULL,
  created_at           INTEGER NOT NULL,
  closed_by            TEXT,
  closed_at            INTEGER,
  close_reason         TEXT NOT NULL DEFAULT '' CHECK (length(close_reason) <= 2000),
  reopened_by          TEXT,
  reopened_at          INTEGER,
  reopen_reason        TEXT NOT NULL DEFAULT '' CHECK (length(reopen_reason) <= 2000),
  CHECK ((residual_severity IS NULL) = (residual_probability IS NULL)),
  CHECK (state != 'accepted' OR (residual_severity IS NOT NULL AND review_due IS NOT NULL)),
  CHECK (state != 'closed' OR close_reason != '')
);
CREATE INDEX risks_state ON risks(state, review_due);
CREATE TABLE risk_cases (
  risk_id   INTEGER NOT NULL REFERENCES risks(id),
  case_id   INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  PRIMARY KEY (risk_id, case_id)
) WITHOUT ROWID;
CREATE INDEX risk_cases_case ON risk_cases(case_id);
CREATE TABLE risk_decisions (
  id                   INTEGER PRIMARY KEY,
  risk_id              INTEGER NOT NULL REFERENCES risks(id),
  decision             TEXT NOT NULL CHECK (decision IN ('accepted', 'declined', 'reviewed')),
  level                TEXT NOT NULL CHECK (level IN ('high', 'serious', 'medium', 'low', 'eliminated')),
  residual_severity    TEXT NOT NULL,
  residual_probability TEXT NOT NULL,
  member_id            TEXT NOT NULL,
  role                 TEXT NOT NULL,
  role_unit            TEXT NOT NULL,
  role_depth           INTEGER NOT NULL,
  required_depth       INTEGER NOT NULL,
  at                   INTEGER NOT NULL,
  review_due           INTEGER,
  note                 TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 8000),
  CHECK (decision = 'declined' OR review_due IS NOT NULL)
);
CREATE INDEX risk_decisions_risk ON risk_decisions(risk_id, at);
CREATE TABLE measure_risks (
  measure_id INTEGER NOT NULL REFERENCES measures(id),
  risk_id    INTEGER NOT NULL REFERENCES risks(id),
  PRIMARY KEY (measure_id, risk_id)
) WITHOUT ROWID;
CREATE INDEX measure_risks_risk ON measure_risks(risk_id);
)sql";

// v7: the indicator cube (registry/indicatorcube.h, docs/pdca.md "Indicators"), and the
//   indicators defined over it with the names their boards hid. The cube: new cases per
//   event month × month received × unit × kind × category × mode × risk level, added with each
//   new case and never touched by retention. Filled here from the cases still held; months
//   whose cases retention deleted before this version are missing from it (docs/pdca.md says so).
//   The level is shared/riskmatrix.h's reportLevel, written out in SQL once for the backfill.
constexpr std::string_view kV7 = R"sql(
CREATE TABLE pdca_counts (
  month          TEXT NOT NULL,
  received_month TEXT NOT NULL,
  unit           TEXT NOT NULL,
  kind           TEXT NOT NULL,
  category       TEXT NOT NULL,
  mode           TEXT NOT NULL,
  level          TEXT NOT NULL CHECK (level IN ('high', 'serious', 'medium', 'low', 'unrated')),
  count          INTEGER NOT NULL CHECK (count > 0),
  PRIMARY KEY (month, received_month, unit, kind, category, mode, level)
) WITHOUT ROWID;
INSERT INTO pdca_counts
  SELECT month, strftime('%Y-%m', received_at, 'unixepoch'), unit, kind, category, mode,
    CASE WHEN severity != 'none' AND likelihood != 'none' THEN CASE
        WHEN likelihood IN ('A', 'B') AND severity IN ('I', 'II') THEN 'high'
        WHEN likelihood = 'C' AND severity = 'I' THEN 'high'
        WHEN likelihood IN ('A', 'B') AND severity = 'III' THEN 'serious'
        WHEN likelihood = 'C' AND severity = 'II' THEN 'serious'
        WHEN likelihood = 'D' AND severity = 'I' THEN 'serious'
        WHEN severity = 'IV' AND likelihood IN ('C', 'D', 'E') THEN 'low'
        ELSE 'medium' END
      WHEN immediate_danger = 1 OR impact = 'severe' THEN 'high'
      WHEN impact = 'substantial' THEN 'serious'
      WHEN impact = 'limited' THEN 'medium'
      ELSE 'unrated' END,
    COUNT(*)
  FROM cases GROUP BY 1, 2, 3, 4, 5, 6, 7;
-- The indicators defined over the cube (registry/pdca/indicatorregister.h): append-only, a
-- definition is retired, never edited, so a figure's name always means the same thing.
CREATE TABLE indicators (
  id              TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  name_nl         TEXT NOT NULL CHECK (length(name_nl) BETWEEN 1 AND 120),
  name_en         TEXT NOT NULL CHECK (length(name_en) BETWEEN 1 AND 120),
  measure         TEXT NOT NULL CHECK (measure IN ('count')),
  filter          TEXT NOT NULL,
  baseline_months INTEGER NOT NULL CHECK (baseline_months BETWEEN 6 AND 36),
  period_months   INTEGER NOT NULL CHECK (period_months IN (1, 3, 6, 12)),
  rules           TEXT NOT NULL,
  alerts          INTEGER NOT NULL CHECK (alerts IN (0, 1)),
  follow_up_days  INTEGER NOT NULL CHECK (follow_up_days BETWEEN 1 AND 365),
  created_by      TEXT NOT NULL,
  created_at      INTEGER NOT NULL,
  retired_at      INTEGER
) WITHOUT ROWID;
-- One row per settled month an indicator board was published for: the figure names it hid, hidden
-- again by every later board, so a sliding window never un-hides a complement.
CREATE TABLE pdca_snapshots (
  as_of   TEXT PRIMARY KEY,
  made_at INTEGER NOT NULL,
  k       INTEGER NOT NULL,
  hidden  TEXT NOT NULL
) WITHOUT ROWID;
)sql";

// v8: the Check and Act of plan–do–check–act (docs/pdca.md).
// - alerts: an indicator's alert as an object — raised by the registry's sweep when a settled
//   month fires a rule, assigned, followed up (a measure or an explanation), closed. One alert per
//   indicator and month; later months still above join `months` while it is open. The follow-up
//   clock is follow_up_due.
// - measure_indicators: the indicators meant to show a measure's effect, one of them primary.
// - measure_checks: every effect check recorded on a measure with its inputs (counts per window,
//   exposure, the test's figures), so the inspectorate can recompute it by hand. A count is NULL
//   when a window month was hidden; the result is then inconclusive.
// - unit_strength: people in a unit from a month on, the exposure of an effect check when known.
// - vms_reports: each inspectorate's report as signed, once per period; a reissue keeps both.
constexpr std::string_view kV8 = R"sql(
CREATE TABLE alerts (
  id             INTEGER PRIMARY KEY,
  indicator_id   TEXT NOT NULL REFERENCES indicators(id),
  month          TEXT NOT NULL,
  rule           TEXT NOT NULL,
  value          REAL NOT NULL,
  level          REAL NOT NULL,
  months         TEXT NOT NULL DEFAULT '',
  state          TEXT NOT NULL DEFAULT 'raised' CHECK (state IN ('raised', 'assigned', 'followed_up', 'closed')),
  raised_at      INTEGER NOT NULL,
  follow_up_due  INTEGER NOT NULL,
  assignee       TEXT,
  assigned_by    TEXT,
  assigned_at    INTEGER,
  measure_id     INTEGER REFERENCES measures(id),
  explanation    TEXT NOT NULL DEFAULT '' CHECK (length(explanation) <= 8000),
  followed_up_by TEXT,
  followed_up_at INTEGER,
  closed_by      TEXT,
  closed_at      INTEGER,
  close_note     TEXT NOT NULL DEFAULT '' CHECK (length(close_note) <= 2000),
  UNIQUE (indicator_id, month),
  CHECK (state NOT IN ('followed_up', 'closed') OR measure_id IS NOT NULL OR explanation != '')
);
CREATE INDEX alerts_state ON alerts(state, follow_up_due);
CREATE TABLE measure_indicators (
  measure_id   INTEGER NOT NULL REFERENCES measures(id),
  indicator_id TEXT NOT NULL REFERENCES indicators(id),
  is_primary   INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1)),
  PRIMARY KEY (measure_id, indicator_id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX measure_indicators_primary ON measure_indicators(measure_id) WHERE is_primary = 1;
CREATE TABLE measure_checks (
  id              INTEGER PRIMARY KEY,
  measure_id      INTEGER NOT NULL REFERENCES measures(id),
  indicator_id    TEXT NOT NULL REFERENCES indicators(id),
  at              INTEGER NOT NULL,
  by_member       TEXT NOT NULL,
  before_from     TEXT NOT NULL,
  before_to       TEXT NOT NULL,
  after_from      TEXT NOT NULL,
  after_to        TEXT NOT NULL,
  before_count    INTEGER,
  after_count     INTEGER,
  before_exposure REAL NOT NULL CHECK (before_exposure > 0),
  after_exposure  REAL NOT NULL CHECK (after_exposure > 0),
  exposure_unit   TEXT NOT NULL CHECK (exposure_unit IN ('months', 'person_months')),
  rate_ratio      REAL,
  ci_low          REAL,
  ci_high         REAL,
  p_value         REAL,
  result          TEXT NOT NULL CHECK (result IN ('effective', 'no_change', 'inconclusive')),
  inputs_hash     BLOB NOT NULL
);
CREATE INDEX measure_checks_measure ON measure_checks(measure_id, at);
CREATE TABLE unit_strength (
  unit       TEXT NOT NULL REFERENCES units(id),
  from_month TEXT NOT NULL,
  people     INTEGER NOT NULL CHECK (people > 0),
  PRIMARY KEY (unit, from_month)
) WITHOUT ROWID;
CREATE TABLE vms_reports (
  id          INTEGER PRIMARY KEY,
  period      TEXT NOT NULL,
  made_at     INTEGER NOT NULL,
  made_by     TEXT NOT NULL,
  signed      BLOB NOT NULL,
  inputs_hash BLOB NOT NULL,
  reissue_of  INTEGER REFERENCES vms_reports(id),
  reason      TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 2000),
  CHECK (reissue_of IS NULL OR reason != '')
);
CREATE UNIQUE INDEX vms_reports_period ON vms_reports(period) WHERE reissue_of IS NULL;
)sql";

// v9: the signed authorities documents (shared/authorities.h, docs/pdca.md "Roles"): one per
//   grant, revoke, acceptance policy or directory publication, each bound to the directory
//   version it goes with. Consoles read the newest; devices and relays never see them.
constexpr std::string_view kV9 = R"sql(
CREATE TABLE authority_documents (
  serial  INTEGER PRIMARY KEY,
  version INTEGER NOT NULL REFERENCES directories(version),
  issued  INTEGER NOT NULL,
  signed  BLOB NOT NULL
);
)sql";

// v10: indicators beyond counts (docs/pdca.md, "Indicators").
// - indicators is rebuilt (SQLite cannot change a CHECK in place; every row, id and reference
//   from alerts, measure_indicators and measure_checks is kept) to take the measures ratio and
//   share (two filters of the cube: `filter` is the numerator, `denominator` the other),
//   within_clock and median_days (a clock of the registry's handling, organisation-wide) and
//   measures_on_time, with an optional target — never on a count, ratio or share of reports: a
//   target on reporting discourages reporting.
// - pdca_clocks: when the registry received each new case and when it acknowledged it and gave
//   feedback, per month received × clock × month of the event × whole days between, added in
//   the transaction where the fact happens and never touched by retention (like pdca_counts).
//   Filled here from the cases still held; no case id, no text, nothing finer than a day.
constexpr std::string_view kV10 = R"sql(-- rebuild: foreign keys off
CREATE TABLE indicators_v10 (
  id               TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  name_nl          TEXT NOT NULL CHECK (length(name_nl) BETWEEN 1 AND 120),
  name_en          TEXT NOT NULL CHECK (length(name_en) BETWEEN 1 AND 120),
  measure          TEXT NOT NULL
    CHECK (measure IN ('count', 'ratio', 'share', 'within_clock', 'median_days', 'measures_on_time')),
  filter           TEXT NOT NULL,
  denominator      TEXT,
  clock            TEXT CHECK (clock IN ('acknowledge', 'feedback')),
  within_days      INTEGER CHECK (within_days BETWEEN 1 AND 28),
  target           REAL,
  target_direction TEXT CHECK (target_direction IN ('at_least', 'at_most')),
  baseline_months  INTEGER NOT NULL CHECK (baseline_months BETWEEN 6 AND 36),
  period_months    INTEGER NOT NULL CHECK (period_months IN (1, 3, 6, 12)),
  rules            TEXT NOT NULL,
  alerts           INTEGER NOT NULL CHECK (alerts IN (0, 1)),
  follow_up_days   INTEGER NOT NULL CHECK (follow_up_days BETWEEN 1 AND 365),
  created_by       TEXT NOT NULL,
  created_at       INTEGER NOT NULL,
  retired_at       INTEGER,
  CHECK ((denominator IS NOT NULL) = (measure IN ('ratio', 'share'))),
  CHECK ((clock IS NOT NULL) = (measure IN ('within_clock', 'median_days'))),
  CHECK ((within_days IS NOT NULL) = (measure = 'within_clock')),
  CHECK ((target IS NULL) = (target_direction IS NULL)),
  CHECK (target IS NULL OR measure IN ('within_clock', 'median_days', 'measures_on_time'))
) WITHOUT ROWID;
INSERT INTO indicators_v10(id, name_nl, name_en, measure, filter, baseline_months, period_months, rules, alerts,
                           follow_up_days, created_by, created_at, retired_at)
  SELECT id, name_nl, name_en, measure, filter, baseline_months, period_months, rules, alerts, follow_up_days,
         created_by, created_at, retired_at FROM indicators;
DROP TABLE indicators;
ALTER TABLE indicators_v10 RENAME TO indicators;
CREATE TABLE pdca_clocks (
  received_month TEXT NOT NULL,
  clock          TEXT NOT NULL CHECK (clock IN ('received', 'acknowledge', 'feedback')),
  event_month    TEXT NOT NULL,
  days           INTEGER NOT NULL CHECK (days >= 0),
  count          INTEGER NOT NULL CHECK (count > 0),
  PRIMARY KEY (received_month, clock, event_month, days)
) WITHOUT ROWID;
INSERT INTO pdca_clocks
  SELECT strftime('%Y-%m', received_at, 'unixepoch'), 'received', strftime('%Y-%m', received_at, 'unixepoch'), 0,
         COUNT(*) FROM cases GROUP BY 1;
INSERT INTO pdca_clocks
  SELECT strftime('%Y-%m', received_at, 'unixepoch'), 'acknowledge', strftime('%Y-%m', acknowledged_at, 'unixepoch'),
         MAX(0, (acknowledged_at - received_at) / 86400), COUNT(*)
  FROM cases WHERE acknowledged_at IS NOT NULL GROUP BY 1, 3, 4;
INSERT INTO pdca_clocks
  SELECT strftime('%Y-%m', received_at, 'unixepoch'), 'feedback', strftime('%Y-%m', feedback_at, 'unixepoch'),
         MAX(0, (feedback_at - received_at) / 86400), COUNT(*)
  FROM cases WHERE feedback_at IS NOT NULL GROUP BY 1, 3, 4;
)sql";
static_assert(kV10.starts_with(kRebuildMigration), "v10 rebuilds indicators with foreign keys off");

// v11: the signed support-contacts documents (shared/supportcontacts.h, docs/protocol.md §3.4):
//   one per `vigil-admin support publish`, served whole to every device at GET /v1/support.
//   The operator's unsigned list waits in settings ("support.draft") until published.
constexpr std::string_view kV11 = R"sql(
CREATE TABLE support_documents (
  serial  INTEGER PRIMARY KEY,
  issued  INTEGER NOT NULL,
  signed  BLOB NOT NULL
);
)sql";

// v12: a follow-up's signal (docs/protocol.md §2.6 `signal`, issue 16 §2–§3) and the retaliation
//   clock of a case: the newest retaliation signal and when an answer to it is due. The signal
//   is the only thing the registry learns from a follow-up besides its thread.
constexpr std::string_view kV12 = R"sql(
ALTER TABLE follow_ups ADD COLUMN signal TEXT
  CHECK (signal IS NULL OR signal IN ('retaliation', 'more_contact', 'decline_contact'));
ALTER TABLE cases ADD COLUMN retaliation_at INTEGER;
ALTER TABLE cases ADD COLUMN retaliation_due INTEGER;
)sql";

// v13: the global spent set of filing tokens (docs/protocol.md §11.3): one row per token a
//   stored case or follow-up spent, by epoch and nonce; the primary key refuses a second
//   envelope with the same token (in the transaction that would create its case). No case id
//   and no time, WITHOUT ROWID: nothing here orders or joins the rows to cases. Rows whose
//   epoch ended (not_after) are dropped by retention: the token's window refuses it then.
constexpr std::string_view kV13 = R"sql(
CREATE TABLE spent_tokens (
  epoch     INTEGER NOT NULL,
  nonce     BLOB NOT NULL,
  not_after INTEGER NOT NULL,
  PRIMARY KEY (epoch, nonce)
) WITHOUT ROWID;
CREATE INDEX spent_tokens_not_after ON spent_tokens(not_after);
)sql";
// v14: an indicator's alert direction and its freeze (docs/pdca.md, "Alert levels", "Freezing").
// - alert_direction: 'up' (more is worse: alerts on a rise above μ+sσ) or 'down' (more is better:
//   alerts on a fall below μ−sσ). The clock shares and measures on time, where more is better,
//   become 'down': their old rule fired on a rise, the opposite of a warning.
// - frozen_after: the last month (YYYY-MM) a frozen indicator publishes; it stays in force for the
//   boards and reports of its history and raises no alert.
constexpr std::string_view kV14 = R"sql(
ALTER TABLE indicators ADD COLUMN alert_direction TEXT NOT NULL DEFAULT 'up' CHECK (alert_direction IN ('up', 'down'));
ALTER TABLE indicators ADD COLUMN frozen_after TEXT CHECK (frozen_after IS NULL OR length(frozen_after) = 7);
UPDATE indicators SET alert_direction = 'down' WHERE measure IN ('within_clock', 'measures_on_time');
)sql";

// v15: token issuance (issue 17, docs/protocol.md §11, registry/tokendesk.h). Each epoch's
//   public key (the private key is its own file, DATA/keys/issuer-<epoch>.pem), the signed
//   issuer-key documents (GET /v1/token-issuer), single-use enrolment codes (only their hash),
//   device credentials, and how many tokens each credential got per epoch. Deliberately no
//   table keeps a blinded message, a nonce, a key id per token or a time per batch: nothing
//   stored about issuance can be joined with a redeemed token (tests/registry/tokens_e2e_test).
constexpr std::string_view kV15 = R"sql(
CREATE TABLE token_epochs (
  epoch        INTEGER PRIMARY KEY CHECK (epoch >= 1),
  not_before   INTEGER NOT NULL,
  issue_until  INTEGER NOT NULL CHECK (issue_until > not_before),
  not_after    INTEGER NOT NULL CHECK (not_after >= issue_until),
  public_key   BLOB NOT NULL
);
CREATE TABLE token_issuer_documents (
  serial  INTEGER PRIMARY KEY,
  issued  INTEGER NOT NULL,
  signed  BLOB NOT NULL
);
CREATE TABLE enrol_codes (
  code_hash  BLOB PRIMARY KEY,
  created    INTEGER NOT NULL,
  used       INTEGER
);
CREATE TABLE devices (
  credential    BLOB PRIMARY KEY CHECK (length(credential) = 32),
  enrolled      INTEGER NOT NULL,
  revoked       INTEGER,
  last_request  INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE token_quota (
  credential  BLOB NOT NULL REFERENCES devices(credential),
  epoch       INTEGER NOT NULL REFERENCES token_epochs(epoch),
  issued      INTEGER NOT NULL CHECK (issued >= 0),
  PRIMARY KEY (credential, epoch)
);
)sql";

// v16: the handling clocks per route with their outcome, so the inspectorate's report reads its
//   clocks (clocks met per route, acknowledged within 7 days, median days to feedback) from
//   pdca_clocks and not from the cases, which retention deletes a year after they close
//   (docs/pdca.md, "The inspectorate's report"). pdca_clocks is rebuilt with
// - domain: the route; '' on rows kept from before v16 whose month of receipt is no longer held
//   whole (a case of it already deleted), which the report counts as unknown;
// - clock 'contact' (a route's first contact: the first reply to the reporter) beside
//   'received', 'acknowledge' and 'feedback';
// - outcome: 'in_time' or 'late' for an event against its due time, 'missed' for a clock that ran
//   out before its case closed (added when it closes, event_month and days of the closing), ''
//   for 'received' and for rows from before v16.
//   Months whose cases are all still held are computed again from the cases, whole.
constexpr std::string_view kV16 = R"sql(
CREATE TABLE pdca_clocks_v16 (
  received_month TEXT NOT NULL,
  domain         TEXT NOT NULL CHECK (domain IN ('', 'physical', 'social', 'integrity')),
  clock          TEXT NOT NULL CHECK (clock IN ('received', 'acknowledge', 'contact', 'feedback')),
  outcome        TEXT NOT NULL CHECK (outcome IN ('', 'in_time', 'late', 'missed')),
  event_month    TEXT NOT NULL,
  days           INTEGER NOT NULL CHECK (days >= 0),
  count          INTEGER NOT NULL CHECK (count > 0),
  PRIMARY KEY (received_month, domain, clock, outcome, event_month, days)
) WITHOUT ROWID;
CREATE TEMP TABLE pdca_held_v16 AS
  SELECT c.m AS m FROM (SELECT strftime('%Y-%m', received_at, 'unixepoch') AS m, COUNT(*) AS n FROM cases GROUP BY 1) c
  JOIN pdca_clocks p ON p.received_month = c.m AND p.clock = 'received' GROUP BY c.m, c.n HAVING SUM(p.count) = c.n;
INSERT INTO pdca_clocks_v16
  SELECT received_month, '', clock, '', event_month, days, count FROM pdca_clocks
  WHERE received_month NOT IN (SELECT m FROM pdca_held_v16);
CREATE TEMP TABLE pdca_events_v16 AS
  SELECT strftime('%Y-%m', received_at, 'unixepoch') AS m, domain, received_at, closed_at,
         ack_due, acknowledged_at AS ack_at, contact_due,
         (SELECT MIN(at) FROM case_messages WHERE case_id = cases.id AND kind = 'reply') AS contact_at,
         feedback_due, feedback_at
  FROM cases WHERE strftime('%Y-%m', received_at, 'unixepoch') IN (SELECT m FROM pdca_held_v16);
INSERT INTO pdca_clocks_v16 SELECT m, domain, 'received', '', m, 0, COUNT(*) FROM pdca_events_v16 GROUP BY 1, 2;
INSERT INTO pdca_clocks_v16
  SELECT m, domain, 'acknowledge', CASE WHEN ack_at <= ack_due THEN 'in_time' ELSE 'late' END,
         strftime('%Y-%m', ack_at, 'unixepoch'), MAX(0, (ack_at - received_at) / 86400), COUNT(*)
  FROM pdca_events_v16 WHERE ack_at IS NOT NULL GROUP BY 1, 2, 4, 5, 6;
INSERT INTO pdca_clocks_v16
  SELECT m, domain, 'contact', CASE WHEN contact_at <= contact_due THEN 'in_time' ELSE 'late' END,
         strftime('%Y-%m', contact_at, 'unixepoch'), MAX(0, (contact_at - received_at) / 86400), COUNT(*)
  FROM pdca_events_v16 WHERE contact_due IS NOT NULL AND contact_at IS NOT NULL GROUP BY 1, 2, 4, 5, 6;
INSERT INTO pdca_clocks_v16
  SELECT m, domain, 'feedback', CASE WHEN feedback_at <= feedback_due THEN 'in_time' ELSE 'late' END,
         strftime('%Y-%m', feedback_at, 'unixepoch'), MAX(0, (feedback_at - received_at) / 86400), COUNT(*)
  FROM pdca_events_v16 WHERE feedback_at IS NOT NULL GROUP BY 1, 2, 4, 5, 6;
INSERT INTO pdca_clocks_v16
  SELECT m, domain, clock, 'missed', strftime('%Y-%m', closed_at, 'unixepoch'),
         MAX(0, (closed_at - received_at) / 86400), COUNT(*)
  FROM (SELECT m, domain, received_at, closed_at, 'acknowledge' AS clock FROM pdca_events_v16
          WHERE ack_at IS NULL AND ack_due < closed_at
        UNION ALL SELECT m, domain, received_at, closed_at, 'contact' FROM pdca_events_v16
          WHERE contact_due IS NOT NULL AND contact_at IS NULL AND contact_due < closed_at
        UNION ALL SELECT m, domain, received_at, closed_at, 'feedback' FROM pdca_events_v16
          WHERE feedback_at IS NULL AND feedback_due < closed_at)
  GROUP BY 1, 2, 3, 5, 6;
DROP TABLE pdca_events_v16;
DROP TABLE pdca_held_v16;
DROP TABLE pdca_clocks;
ALTER TABLE pdca_clocks_v16 RENAME TO pdca_clocks;
)sql";

// v17: the signed authorities document a risk decision was taken under (docs/pdca.md, "Risk
//   register"): the serial of the newest authority_documents row in the decision's transaction,
//   so an inspector can check with the root key alone that the deciding role was granted, and
//   what the acceptance policy was, on that day. NULL for decisions from before v17 and for a
//   registry that has published no authorities document yet.
constexpr std::string_view kV17 = R"sql(
ALTER TABLE risk_decisions ADD COLUMN authorities_serial INTEGER REFERENCES authority_documents(serial);
)sql";

// v18: the reporters' answers to "how did it go" (issue 16 §4, docs/protocol.md §8 "Survey",
//   docs/registry.md "Survey answers"): one answer set per case (a later one replaces it),
//   with what statistics count it by — the route (domain), the case's unit and the quarter of
//   its closing — and never the follow-up's time. case_id is NULL once retention deleted the
//   case: the answers stay counted, joined to nothing. Skipped questions are NULL.
constexpr std::string_view kV18 = R"sql(
CREATE TABLE survey_answers (
  case_id  INTEGER UNIQUE,
  domain   TEXT NOT NULL CHECK (domain IN ('physical', 'social', 'integrity')),
  unit     TEXT NOT NULL DEFAULT '',
  quarter  TEXT NOT NULL CHECK (length(quarter) = 7 AND substr(quarter, 5, 2) = '-Q'),
  heard    INTEGER CHECK (heard IS NULL OR heard BETWEEN 1 AND 5),
  again    TEXT CHECK (again IS NULL OR again IN ('yes', 'unsure', 'no')),
  fear     INTEGER CHECK (fear IS NULL OR fear BETWEEN 1 AND 5),
  CHECK (heard IS NOT NULL OR again IS NOT NULL OR fear IS NOT NULL)
);
CREATE INDEX survey_answers_quarter ON survey_answers(quarter);
)sql";

// v19: the root key sets (registry/rootkeysets.h, docs/protocol.md §3.5): one row per serial, the
//   set as JSON and the rotation document ("VGK") that introduced it, signed by the set before
//   (the first by the registry's single root key). No row: the single root key signs, as before.
constexpr std::string_view kV19 = R"sql(
CREATE TABLE root_key_sets (
  serial      INTEGER PRIMARY KEY CHECK (serial >= 1),
  key_set     TEXT NOT NULL,
  rotation    BLOB NOT NULL,
  recorded_at INTEGER NOT NULL
);
)sql";

// v20: retaliation signals for statistics (issue 16 §3, docs/statistics.md "Retaliation"): cases
//   whose reporter signalled consequences, per quarter of the signal × route × the case's unit,
//   a case once per quarter. Added with the signal and never touched by retention, like
//   pdca_counts: no case id, no text, nothing finer than a quarter. Filled here from the cases
//   still held, by their newest signal (the only one a case keeps).
constexpr std::string_view kV20 = R"sql(
CREATE TABLE retaliation_counts (
  quarter TEXT NOT NULL CHECK (length(quarter) = 7 AND substr(quarter, 5, 2) = '-Q'),
  domain  TEXT NOT NULL CHECK (domain IN ('physical', 'social', 'integrity')),
  unit    TEXT NOT NULL,
  count   INTEGER NOT NULL CHECK (count > 0),
  PRIMARY KEY (quarter, domain, unit)
) WITHOUT ROWID;
INSERT INTO retaliation_counts
  SELECT strftime('%Y', retaliation_at, 'unixepoch') || '-Q'
           || ((CAST(strftime('%m', retaliation_at, 'unixepoch') AS INTEGER) + 2) / 3),
         domain, unit, COUNT(*)
  FROM cases WHERE retaliation_at IS NOT NULL GROUP BY 1, 2, 3;
)sql";

// v21: the order of units, groups and group memberships as a column (the directory lists them
//   in the order the operator added them, and routing visits groups in that order). It was the
//   rowid, which PostgreSQL does not have: there a row's place changes when it is updated (a
//   unit renamed), so the order is kept in a column on both engines. The stores write
//   MAX(position) + 1; the rows already here keep their rowid's order.
constexpr std::string_view kV21 = R"sql(
ALTER TABLE units ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
UPDATE units SET position = rowid;
ALTER TABLE groups ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
UPDATE groups SET position = rowid;
ALTER TABLE group_members ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
UPDATE group_members SET position = rowid;
)sql";

// v22: the aftercare plan (issue 16 §2, registry/aftercare.h, docs/registry.md "Aftercare
//   plan"): the check-in moments an advisor set on a case (checkins), and per case the
//   reporter's signals about it (aftercare: when they declined further contact, when they last
//   asked for more). Only times and who planned: never content. Deleted with their case.
constexpr std::string_view kV22 = R"sql(
CREATE TABLE checkins (
  id        INTEGER PRIMARY KEY,
  case_id   INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  due       INTEGER NOT NULL,
  added_by  TEXT NOT NULL,
  added_at  INTEGER NOT NULL
);
CREATE INDEX checkins_case ON checkins(case_id, due);
CREATE TABLE aftercare (
  case_id           INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
  stopped_at        INTEGER,
  contact_wanted_at INTEGER
);
)sql";

// v23: automatic assignment by load (issue 16 §5, docs/registry.md "Automatic assignment"): per
//   group whether a new case routed to it is assigned at creation to the member with the least
//   open load (off by default: confidential advisors choose their cases themselves), and an
//   index for counting a member's open assigned cases, which that choice reads for every new case.
constexpr std::string_view kV23 = R"sql(
ALTER TABLE groups ADD COLUMN auto_assign INTEGER NOT NULL DEFAULT 0;
CREATE INDEX cases_assignee ON cases(assignee, state);
)sql";

// v24: retaliation as an indicator (issue 16 §3, docs/pdca.md "Indicators").
// - indicators is rebuilt (SQLite cannot change a CHECK in place; every row, id and reference
//   from alerts, measure_indicators and measure_checks is kept, columns in the order v14 left
//   them) to take the measure retaliation_signals: the cases whose reporter signalled
//   consequences, per month, organisation-wide, with no target.
// - retaliation_months: the cases of retaliation_counts again, organisation-wide, in the month
//   of their first signal of the quarter (so a quarter's months add up to its count there);
//   added with the signal and never touched by retention. No unit, no case id, no text. Filled
//   here from the cases still held, by their newest signal (the only one a case keeps), as v20
//   filled retaliation_counts.
constexpr std::string_view kV24 = R"sql(-- rebuild: foreign keys off
CREATE TABLE indicators_v24 (
  id               TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 64),
  name_nl          TEXT NOT NULL CHECK (length(name_nl) BETWEEN 1 AND 120),
  name_en          TEXT NOT NULL CHECK (length(name_en) BETWEEN 1 AND 120),
  measure          TEXT NOT NULL
    CHECK (measure IN ('count', 'ratio', 'share', 'within_clock', 'median_days', 'measures_on_time',
                       'retaliation_signals')),
  filter           TEXT NOT NULL,
  denominator      TEXT,
  clock            TEXT CHECK (clock IN ('acknowledge', 'feedback')),
  within_days      INTEGER CHECK (within_days BETWEEN 1 AND 28),
  target           REAL,
  target_direction TEXT CHECK (target_direction IN ('at_least', 'at_most')),
  baseline_months  INTEGER NOT NULL CHECK (baseline_months BETWEEN 6 AND 36),
  period_months    INTEGER NOT NULL CHECK (period_months IN (1, 3, 6, 12)),
  rules            TEXT NOT NULL,
  alerts           INTEGER NOT NULL CHECK (alerts IN (0, 1)),
  follow_up_days   INTEGER NOT NULL CHECK (follow_up_days BETWEEN 1 AND 365),
  created_by       TEXT NOT NULL,
  created_at       INTEGER NOT NULL,
  retired_at       INTEGER,
  alert_direction  TEXT NOT NULL DEFAULT 'up' CHECK (alert_direction IN ('up', 'down')),
  frozen_after     TEXT CHECK (frozen_after IS NULL OR length(frozen_after) = 7),
  CHECK ((denominator IS NOT NULL) = (measure IN ('ratio', 'share'))),
  CHECK ((clock IS NOT NULL) = (measure IN ('within_clock', 'median_days'))),
  CHECK ((within_days IS NOT NULL) = (measure = 'within_clock')),
  CHECK ((target IS NULL) = (target_direction IS NULL)),
  CHECK (target IS NULL OR measure IN ('within_clock', 'median_days', 'measures_on_time'))
) WITHOUT ROWID;
INSERT INTO indicators_v24(id, name_nl, name_en, measure, filter, denominator, clock, within_days, target,
                           target_direction, baseline_months, period_months, rules, alerts, follow_up_days,
                           created_by, created_at, retired_at, alert_direction, frozen_after)
  SELECT id, name_nl, name_en, measure, filter, denominator, clock, within_days, target, target_direction,
         baseline_months, period_months, rules, alerts, follow_up_days, created_by, created_at, retired_at,
         alert_direction, frozen_after FROM indicators;
DROP TABLE indicators;
ALTER TABLE indicators_v24 RENAME TO indicators;
CREATE TABLE retaliation_months (
  month TEXT PRIMARY KEY CHECK (length(month) = 7 AND substr(month, 5, 1) = '-'),
  count INTEGER NOT NULL CHECK (count > 0)
) WITHOUT ROWID;
INSERT INTO retaliation_months
  SELECT strftime('%Y-%m', retaliation_at, 'unixepoch'), COUNT(*)
  FROM cases WHERE retaliation_at IS NOT NULL GROUP BY 1;
)sql";
static_assert(kV24.starts_with(kRebuildMigration), "v24 rebuilds indicators with foreign keys off");

constexpr std::array<std::string_view, 24> kMigrations{kV1, kV2, kV3, kV4, kV5, kV6, kV7, kV8, kV9, kV10, kV11, kV12, kV13, kV14, kV15,
                                                      kV16, kV17, kV18, kV19, kV20, kV21, kV22, kV23, kV24};
static_assert(kMigrations[kIndicatorDirectionVersion - 1] == kV14, "the version schema.h names is kV14");
static_assert(kMigrations[kRouteClocksVersion - 1] == kV16, "the version schema.h names is kV16");
static_assert(kMigrations[kDecisionAuthoritiesVersion - 1] == kV17, "the version schema.h names is kV17");
static_assert(kMigrations[kSurveyAnswersVersion - 1] == kV18, "the version schema.h names is kV18");
static_assert(kMigrations[kRootKeySetsVersion - 1] == kV19, "the version schema.h names is kV19");
static_assert(kMigrations[kRetaliationCountsVersion - 1] == kV20, "the version schema.h names is kV20");
static_assert(kMigrations[kOrgPositionsVersion - 1] == kV21, "the version schema.h names is kV21");
static_assert(kMigrations[kAftercareVersion - 1] == kV22, "the version schema.h names is kV22");
static_assert(kMigrations[kAutoAssignVersion - 1] == kV23, "the version schema.h names is kV23");
static_assert(kMigrations[kRetaliationIndicatorVersion - 1] == kV24, "the version schema.h names is kV24");

} // namespace

std::span<const std::string_view> registryMigrations()
{
    return kMigrations;
}

} // namespace vigil::registry
