// SPDX-License-Identifier: EUPL-1.2
#include "reportdraft.h"

#include "fieldapp.h"

#include <QDate>
#include <QDateTime>
#include <QGuiApplication>
#include <QTimeZone>
#include <QUrl>

namespace vigil::field {

namespace {

constexpr int kAutosaveMs = 800;
// Continuous typing never pauses for 0.8 s: save at least this often while it goes on.
constexpr int kAutosaveMaxWaitMs = 3000;
// How long "Undo" is offered after discarding a draft.
constexpr int kUndoDiscardMs = 8000;
constexpr int kHeadlineChars = 80;

template <typename E>
E parseOr(const QString& text, E fallback)
{
    auto v = parseEnum<E>(text.toStdString());
    return v ? *v : fallback;
}

std::vector<std::string> lines(const QString& text)
{
    std::vector<std::string> out;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString t = line.trimmed();
        if (!t.isEmpty() && out.size() < limits::listEntries)
            out.push_back(t.left(static_cast<qsizetype>(limits::shortText)).toStdString());
    }
    return out;
}

/// The first sentence or line of the narrative, cut at a word, as the headline.
QString headlineFrom(const QString& narrative)
{
    QString first = narrative.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
    const auto stop = first.indexOf(QLatin1String(". "));
    if (stop > 0)
        first = first.left(stop + 1);
    if (first.size() > kHeadlineChars) {
        first = first.left(kHeadlineChars);
        const auto space = first.lastIndexOf(QLatin1Char(' '));
        if (space > kHeadlineChars / 2)
            first = first.left(space);
        first += QStringLiteral("…");
    }
    return first;
}

When whenFor(const QString& choice, const QString& date, std::uint64_t now)
{
    const QDateTime at = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(now));
    When w;
    w.zone = QString::fromUtf8(QTimeZone::systemTimeZoneId()).toStdString();
    if (w.zone.empty() || w.zone == "UTC")
        w.zone = "Etc/UTC";
    if (choice == QLatin1String("today")) {
        w.precision = TimePrecision::Day;
        w.local = at.toString(QStringLiteral("yyyy-MM-dd")).toStdString();
    } else if (choice == QLatin1String("month")) {
        w.precision = TimePrecision::Month;
        w.local = at.toString(QStringLiteral("yyyy-MM")).toStdString();
    } else if (choice == QLatin1String("date")) {
        w.precision = TimePrecision::Day;
        w.local = date.trimmed().toStdString();
    } else {
        w.precision = TimePrecision::Exact;
        w.local = at.toString(QStringLiteral("yyyy-MM-ddTHH:mm")).toStdString();
    }
    return w;
}

} // namespace

ReportDraft::ReportDraft(FieldApp& app, QObject* parent) : QObject(parent), m_app(app), m_recipients(this)
{
    resetFields();
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(kAutosaveMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &ReportDraft::saveNow);
    m_maxWaitTimer.setSingleShot(true);
    m_maxWaitTimer.setInterval(kAutosaveMaxWaitMs);
    connect(&m_maxWaitTimer, &QTimer::timeout, this, &ReportDraft::saveNow);
    m_undoTimer.setSingleShot(true);
    m_undoTimer.setInterval(kUndoDiscardMs);
    connect(&m_undoTimer, &QTimer::timeout, this, &ReportDraft::finishDiscard);
    connect(this, &ReportDraft::changed, this, [this]() {
        if (m_loading || !m_active)
            return;
        m_saveTimer.start();
        if (!m_maxWaitTimer.isActive())
            m_maxWaitTimer.start();
        if (routingFacts() != m_lastRoutingFacts)
            refreshRecipients();
    });
    connect(&m_recipients, &RecipientModel::exclusionsChanged, this, [this]() {
        if (!m_loading && m_active)
            m_saveTimer.start();
    });
    // A phone suspends an app without warning and may kill it after: save on the way out.
    if (auto* gui = qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        connect(gui, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state != Qt::ApplicationActive)
                saveNow();
        });
    if (auto* core = QCoreApplication::instance())
        connect(core, &QCoreApplication::aboutToQuit, this, &ReportDraft::saveNow);
    connect(&app, &FieldApp::aboutToLock, this, &ReportDraft::saveNow);
    connect(&app, &FieldApp::locked, this, [this]() {
        // The fields leave memory with the key; the vault keeps the draft. A discard that
        // could still be undone becomes final: the undo must not outlive the lock.
        stopAutosave();
        finishDiscard();
        resetFields();
        setActive(false);
        m_parked.clear();
        m_parkedPhotoSlots.clear();
        emit parkedChanged();
    });
    connect(&app, &FieldApp::unlocked, this, &ReportDraft::restore);
    connect(&app, &FieldApp::wiped, this, [this]() {
        stopAutosave();
        m_undoTimer.stop();
        m_discarded.fill('\0');
        m_discarded.clear();
        m_parked.clear();
        m_parkedPhotoSlots.clear();
        emit undoChanged();
        emit parkedChanged();
        resetFields();
        setActive(false);
    });
    connect(&app, &FieldApp::languageChanged, this, &ReportDraft::refreshRecipients);
}

void ReportDraft::resetFields()
{
    m_loading = true;
    m_door.clear();
    m_kind.clear();
    m_category.clear();
    m_headline.clear();
    m_narrative.clear();
    m_whenChoice = QStringLiteral("now");
    m_whenDate.clear();
    m_period = QStringLiteral("unknown");
    m_ongoing = false;
    m_locationType = QStringLiteral("other");
    m_locationText.clear();
    m_unit = m_app.homeUnit();
    m_actualSeverity.clear();
    m_actualLikelihood.clear();
    m_worstSeverity.clear();
    m_worstLikelihood.clear();
    m_impact.clear();
    m_immediateDanger = false;
    m_involved.clear();
    m_factors.clear();
    m_immediateActions.clear();
    m_couldHaveHappened.clear();
    m_suggestion.clear();
    m_mode = QStringLiteral("anonymous");
    m_identity.clear();
    m_consentToContact = m_wantsAdvisor = m_wantsAftercare = m_wantsSeparation = m_consentCommander = false;
    m_photos.clear();
    m_photoCounter = 0;
    m_draftId.clear();
    m_recipients.setExcludedIds({});
    m_recipients.setRecipients({}, false);
    m_lastRoutingFacts.clear();
    m_loading = false;
    m_lastError = QString();
    emit photosChanged();
    emit changed();
}

void ReportDraft::stopAutosave()
{
    m_saveTimer.stop();
    m_maxWaitTimer.stop();
}

void ReportDraft::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    emit activeChanged();
}



void ReportDraft::start(const QString& door)
{
    // The UI asks first; should it not, a draft with content is kept aside, never lost.
    if (m_active)
        park();
    resetFields();
    m_loading = true;
    m_door = door;
    if (door == QLatin1String("safety")) {
        m_kind = QStringLiteral("near_miss");
    } else if (door == QLatin1String("advisor")) {
        // "Talk first" is a social-safety message for the confidential advisors only.
        m_kind = QStringLiteral("social_safety");
        m_category = QStringLiteral("other_social");
        m_wantsAdvisor = true;
        m_consentToContact = true;
        m_whenChoice = QStringLiteral("month");
    } else {
        m_door = QStringLiteral("social");
        m_kind = QStringLiteral("social_safety");
        m_whenChoice = QStringLiteral("month");
    }
    m_loading = false;
    setActive(true);
    emit changed();
}

QStringList ReportDraft::kinds() const
{
    if (m_door == QLatin1String("safety"))
        return {QStringLiteral("near_miss"), QStringLiteral("incident"), QStringLiteral("accident"),
                QStringLiteral("hazard_observation")};
    if (m_door == QLatin1String("advisor"))
        return {QStringLiteral("social_safety")};
    return {QStringLiteral("social_safety"), QStringLiteral("integrity_concern")};
}

QString ReportDraft::domain() const
{
    auto kind = parseEnum<Kind>(m_kind.toStdString());
    if (!kind)
        return {};
    return QString::fromUtf8(enumName(domainOf(*kind)).data());
}

QStringList ReportDraft::categories() const
{
    QStringList out;
    auto kind = parseEnum<Kind>(m_kind.toStdString());
    if (!kind)
        return out;
    for (const auto& entry : EnumTable<Category>::names)
        if (domainOf(entry.value) == domainOf(*kind))
            out << QString::fromUtf8(entry.name.data(), static_cast<qsizetype>(entry.name.size()));
    return out;
}

bool ReportDraft::hasContent() const
{
    for (const QString* text : {&m_narrative, &m_headline, &m_locationText, &m_involved, &m_factors,
                                &m_immediateActions, &m_couldHaveHappened, &m_suggestion, &m_identity})
        if (!text->trimmed().isEmpty())
            return true;
    // The advisor door presets its category; elsewhere choosing one is the reporter's act.
    return !m_photos.empty() || (!m_category.isEmpty() && m_door != QLatin1String("advisor"));
}

QString ReportDraft::resumePage() const
{
    if (m_door != QLatin1String("advisor") && !categories().contains(m_category))
        return QStringLiteral("kind");
    if (m_narrative.trimmed().isEmpty())
        return QStringLiteral("what");
    return QStringLiteral("review");
}

QString ReportDraft::missing() const
{
    if (!parseEnum<Kind>(m_kind.toStdString()))
        return tr("Choose what happened.");
    if (!categories().contains(m_category))
        return tr("Choose what it is about.");
    if (m_narrative.trimmed().isEmpty())
        return tr("Describe what happened in a few words.");
    if (m_whenChoice == QLatin1String("date") && !QDate::fromString(m_whenDate.trimmed(), Qt::ISODate).isValid())
        return tr("Enter the date as year-month-day, for example 2025-03-12.");
    if (m_mode != QLatin1String("anonymous") && m_identity.trimmed().isEmpty())
        return tr("Say how you can be reached, or choose anonymous.");
    if (m_recipients.count() > 0 && m_recipients.includedCount() == 0)
        return tr("Nobody is left to read this report.");
    return {};
}

QVariantList ReportDraft::unitChoices() const
{
    QVariantList out;
    auto directory = m_app.trust().directory(m_app.now());
    const std::string language = m_app.language().toStdString();
    if (directory) {
        // The home unit and every unit above it: the reporter picks how precise to be.
        const Unit* u = directory->unit(m_app.homeUnit().toStdString());
        if (!u) {
            for (const auto& unit : directory->units)
                out << QVariantMap{{QStringLiteral("id"), QString::fromStdString(unit.id)},
                                   {QStringLiteral("name"), QString::fromStdString(unit.nameIn(language))}};
        }
        for (int depth = 0; u && depth < 16; ++depth) {
            out << QVariantMap{{QStringLiteral("id"), QString::fromStdString(u->id)},
                               {QStringLiteral("name"), QString::fromStdString(u->nameIn(language))}};
            u = u->parent.empty() ? nullptr : directory->unit(u->parent);
        }
    }
    out << QVariantMap{{QStringLiteral("id"), QString()}, {QStringLiteral("name"), tr("Do not say")}};
    return out;
}

QVariantList ReportDraft::photos() const
{
    QVariantList out;
    for (const auto& p : m_photos)
        out << QVariantMap{{QStringLiteral("name"), p.name}, {QStringLiteral("size"), p.size}};
    return out;
}

void ReportDraft::setRisk(const QString& which, const QString& severity, const QString& likelihood)
{
    QString& sev = which == QLatin1String("worst") ? m_worstSeverity : m_actualSeverity;
    QString& lik = which == QLatin1String("worst") ? m_worstLikelihood : m_actualLikelihood;
    if (sev == severity && lik == likelihood) {
        sev.clear();
        lik.clear();
    } else {
        sev = severity;
        lik = likelihood;
    }
    emit changed();
}

Report ReportDraft::buildReport(std::uint64_t now) const
{
    Report r;
    r.kind = parseOr(m_kind, Kind::NearMiss);
    r.category = parseOr(m_category, Category::OtherPhysical);
    const QString headline = m_headline.trimmed().isEmpty() ? headlineFrom(m_narrative) : m_headline.trimmed();
    r.headline = headline.toStdString();
    r.narrative = m_narrative.trimmed().toStdString();
    r.when = whenFor(m_whenChoice, m_whenDate, now);
    r.when.period = parseOr(m_period, PeriodOfDay::Unknown);
    r.where.type = parseOr(m_locationType, LocationType::Other);
    r.where.text = m_locationText.trimmed().toStdString();
    for (const auto& role : lines(m_involved))
        r.involved.push_back(Involved{role, {}, {}, {}, {}, {}});
    r.factors = lines(m_factors);
    r.immediateActions = lines(m_immediateActions);
    r.couldHaveHappened = m_couldHaveHappened.trimmed().toStdString();
    r.suggestion = m_suggestion.trimmed().toStdString();
    const bool social = domainOf(r.kind) != Domain::Physical;
    if (!social) {
        r.risk.actual = RiskCell{parseOr(m_actualSeverity, Severity::None), parseOr(m_actualLikelihood, Likelihood::None)};
        r.risk.worst = RiskCell{parseOr(m_worstSeverity, Severity::None), parseOr(m_worstLikelihood, Likelihood::None)};
    } else {
        r.impact = Impact{parseOr(m_impact, ImpactLevel::None), m_ongoing, m_immediateDanger};
        r.when.ongoing = m_ongoing;
        r.support.commanderOnlyWithConsent = true;
        r.support.consentCommander = m_consentCommander;
    }
    r.mode = parseOr(m_mode, ReportingMode::Anonymous);
    if (r.mode != ReportingMode::Anonymous)
        r.identity = m_identity.trimmed().toStdString();
    r.support.consentToContact = m_consentToContact;
    r.support.wantsConfidentialAdvisor = m_wantsAdvisor;
    r.support.wantsAftercare = m_wantsAftercare;
    r.support.wantsSeparation = m_wantsSeparation;
    r.routeHint = m_door == QLatin1String("advisor") ? RouteHint::ConfidentialAdvisor : RouteHint::Auto;
    for (const auto& p : m_photos)
        r.attachments.push_back(AttachmentInfo{p.name.toStdString(), "image/jpeg", static_cast<std::uint64_t>(p.size)});
    return r;
}

QString ReportDraft::routingFacts() const
{
    return QStringList{m_kind, m_category, m_actualSeverity, m_worstSeverity, m_impact,
                       m_immediateDanger ? QStringLiteral("1") : QString(), m_consentCommander ? QStringLiteral("1") : QString(),
                       m_unit, m_app.language()}
        .join(QLatin1Char('|'));
}

void ReportDraft::refreshRecipients()
{
    m_lastRoutingFacts = routingFacts();
    auto directory = m_app.trust().directory(m_app.now());
    std::vector<RecipientPreview> rows;
    if (directory && parseEnum<Kind>(m_kind.toStdString()) && categories().contains(m_category))
        rows = previewRecipients(*directory, buildReport(m_app.now()), m_unit.toStdString());
    m_recipients.setRecipients(std::move(rows), m_app.language() == QLatin1String("en"));
    emit changed();
}

} // namespace vigil::field
