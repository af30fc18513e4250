// SPDX-License-Identifier: EUPL-1.2
#include "riskinfo.h"

#include "shared/qt/labels.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace vigil::advisor {

namespace {

// The translation context of this file's texts (lupdate reads RiskText::tr).
struct RiskText {
    Q_DECLARE_TR_FUNCTIONS(RiskText)
};

qint64 numberOf(const QJsonValue& v)
{
    return v.isDouble() ? static_cast<qint64>(v.toDouble()) : 0;
}

QList<qint64> idsOf(const QJsonValue& v)
{
    QList<qint64> out;
    for (const auto& item : v.toArray())
        if (item.isDouble() && item.toDouble() > 0)
            out << static_cast<qint64>(item.toDouble());
    return out;
}

const Unit* unitOf(const std::vector<Unit>& units, const QString& id)
{
    const std::string wanted = id.toStdString();
    const auto it = std::find_if(units.begin(), units.end(), [&](const Unit& u) { return u.id == wanted; });
    return it == units.end() ? nullptr : &*it;
}

/// `unit` and the units above it, top last, as the registry walks them (registry/pdca/
/// authority.cpp, depth): a parent the directory does not list still counts as an echelon.
QStringList chainOf(const std::vector<Unit>& units, const QString& unit)
{
    QStringList chain;
    for (QString at = unit; !at.isEmpty() && !chain.contains(at);) {
        chain << at;
        const Unit* u = unitOf(units, at);
        at = u ? QString::fromStdString(u->parent) : QString();
    }
    return chain;
}

} // namespace

std::optional<RiskCell> RiskCell::fromJson(const QJsonValue& v)
{
    const QJsonObject o = v.toObject();
    RiskCell c{o.value(QStringLiteral("severity")).toString(), o.value(QStringLiteral("probability")).toString(),
               o.value(QStringLiteral("level")).toString()};
    if (c.severity.isEmpty() || c.probability.isEmpty())
        return std::nullopt;
    return c;
}

std::optional<RiskInfo> RiskInfo::fromJson(const QJsonObject& o)
{
    RiskInfo r;
    r.id = numberOf(o.value(QStringLiteral("id")));
    r.hazard = o.value(QStringLiteral("hazard")).toString();
    r.state = o.value(QStringLiteral("state")).toString();
    if (r.id <= 0 || r.hazard.isEmpty() || r.state.isEmpty())
        return std::nullopt;
    auto text = [&o](const char* key) { return o.value(QLatin1String(key)).toString(); };
    r.description = text("description");
    r.domain = text("domain");
    r.unit = text("unit");
    r.category = text("category");
    r.initial = RiskCell::fromJson(o.value(QStringLiteral("initial")));
    r.residual = RiskCell::fromJson(o.value(QStringLiteral("residual")));
    r.residualBy = text("residual_by");
    r.residualNote = text("residual_note");
    r.reviewDue = text("review_due");
    r.reviewDueAt = numberOf(o.value(QStringLiteral("review_due_at")));
    r.createdBy = text("created_by");
    r.createdAt = numberOf(o.value(QStringLiteral("created_at")));
    r.closeReason = text("close_reason");
    r.reopenReason = text("reopen_reason");
    r.cases = idsOf(o.value(QStringLiteral("cases")));
    r.measures = idsOf(o.value(QStringLiteral("measures")));
    for (const auto& v : o.value(QStringLiteral("decisions")).toArray()) {
        const QJsonObject d = v.toObject();
        r.decisions.push_back({d.value(QStringLiteral("decision")).toString(), d.value(QStringLiteral("level")).toString(),
                               d.value(QStringLiteral("member")).toString(), d.value(QStringLiteral("role")).toString(),
                               d.value(QStringLiteral("role_unit")).toString(),
                               d.value(QStringLiteral("role_depth")).toInt(),
                               d.value(QStringLiteral("required_depth")).toInt(), numberOf(d.value(QStringLiteral("at"))),
                               d.value(QStringLiteral("review_due")).toString(), d.value(QStringLiteral("note")).toString()});
    }
    r.reviewClock = o.value(QStringLiteral("clocks")).toObject().value(QStringLiteral("review")).toString();
    for (const auto& n : o.value(QStringLiteral("next")).toArray())
        r.next << n.toString();
    r.json = o;
    return r;
}

QString RiskInfo::currentLevel() const
{
    return residual ? residual->level : initial ? initial->level : QString();
}

QStringList RiskInfo::steps() const
{
    QStringList out;
    if (state == QLatin1String("closed"))
        return out;
    out << QStringLiteral("assess");
    // Accepting and declining decide on the residual risk, so both wait for its assessment.
    if (state == QLatin1String("open") && residual)
        out << QStringLiteral("accept") << QStringLiteral("decline");
    if (state == QLatin1String("accepted"))
        out << QStringLiteral("review") << QStringLiteral("reopen");
    if (next.contains(QLatin1String("closed")))
        out << QStringLiteral("close");
    return out;
}

QString riskLevelLabel(const QString& level)
{
    if (level == QLatin1String("eliminated"))
        return RiskText::tr("Eliminated");
    return level.isEmpty() ? QString() : appcore::label(appcore::Vocabulary::Risk, level);
}

int riskLevelRank(const QString& level)
{
    static const QStringList order{QStringLiteral("low"), QStringLiteral("medium"), QStringLiteral("serious"),
                                   QStringLiteral("high")};
    return static_cast<int>(order.indexOf(level)) + 1;
}

QString riskStateLabel(const QString& state)
{
    if (state == QLatin1String("open"))
        return RiskText::tr("Open");
    if (state == QLatin1String("accepted"))
        return RiskText::tr("Accepted");
    if (state == QLatin1String("closed"))
        return RiskText::tr("Closed");
    return state;
}

QString riskDecisionLabel(const QString& decision)
{
    if (decision == QLatin1String("accepted"))
        return RiskText::tr("Accepted");
    if (decision == QLatin1String("declined"))
        return RiskText::tr("Declined");
    if (decision == QLatin1String("reviewed"))
        return RiskText::tr("Reviewed");
    return decision;
}

QString riskRoleLabel(const QString& role)
{
    if (role == QLatin1String("commander"))
        return RiskText::tr("Commander");
    if (role == QLatin1String("measures"))
        return RiskText::tr("Measures coordinator");
    if (role == QLatin1String("inspectorate"))
        return RiskText::tr("Inspectorate");
    return role;
}

QString riskStepLabel(const QString& step)
{
    if (step == QLatin1String("assess"))
        return RiskText::tr("Assess residual risk");
    if (step == QLatin1String("accept"))
        return RiskText::tr("Accept");
    if (step == QLatin1String("decline"))
        return RiskText::tr("Decline");
    if (step == QLatin1String("review"))
        return RiskText::tr("Review the acceptance");
    if (step == QLatin1String("close"))
        return RiskText::tr("Close the risk");
    if (step == QLatin1String("reopen"))
        return RiskText::tr("Reopen");
    return step;
}

int unitDepth(const std::vector<Unit>& units, const QString& unit)
{
    return std::max(0, static_cast<int>(chainOf(units, unit).size()) - 1);
}

QString unitAtDepth(const std::vector<Unit>& units, const QString& unit, int depth)
{
    const QStringList chain = chainOf(units, unit); // the unit first, the top last
    const qsizetype at = chain.size() - 1 - depth;
    return at >= 0 && at < chain.size() ? chain[at] : QString();
}

QStringList coveringUnits(const std::vector<Unit>& units, const QString& unit)
{
    QStringList out = chainOf(units, unit);
    out << QString();
    return out;
}

RequiredAuthority requiredAuthority(const std::vector<Unit>& units, const QString& level, const QString& scope,
                                    const std::optional<AcceptanceLevel>& signedRule)
{
    const int scopeDepth = unitDepth(units, scope);
    RequiredAuthority need{{QStringLiteral("commander")}, scopeDepth, {}, {}};
    if (signedRule) {
        // The signed rule: its roles, at its echelon or higher — never below the scope itself.
        need.roles.clear();
        for (const std::string& role : signedRule->roles)
            need.roles << QString::fromStdString(role);
        need.depth = std::min(signedRule->maxDepth.value_or(scopeDepth), scopeDepth);
    } else if (level == QLatin1String("high")) {
        // The default policy of registry/pdca/authority.cpp (defaultAcceptancePolicy); an
        // eliminated residual risk is confirmed as a low one is accepted.
        need.depth = 0;
    } else if (level == QLatin1String("serious")) {
        need.depth = std::min(1, scopeDepth);
    } else if (level == QLatin1String("low") || level == QLatin1String("eliminated")) {
        need.roles << QStringLiteral("measures");
    }
    need.unit = unitAtDepth(units, scope, need.depth);
    // The units covering the scope, the scope first: those at the echelon allowed or higher, and ''.
    const QStringList covering = coveringUnits(units, scope);
    const qsizetype chain = covering.size() - 1;
    for (qsizetype i = 0; i < covering.size(); ++i)
        if (i == chain || chain - 1 - i <= need.depth)
            need.units << covering[i];
    return need;
}

} // namespace vigil::advisor
