// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "delivery/policy.h"
#include "guitest.h"
#include "inspector/campaigneditor.h"
#include "inspector/inspector.h"
#include "inspector/webhookeditor.h"
#include "model/campaigndocument.h"
#include "util/i18n.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Hookflow;

namespace {

QString examplePath(const QString &key)
{
    return QStringLiteral(HOOKFLOW_SOURCE_DIR) + u"/resources/examples/"_s + key
           + u".hookflow.json"_s;
}

/// Types `text` into a spin box as a user does: focus, select all, type.
void typeInto(QSpinBox *spin, const QString &text)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, text);
}

} // namespace

/// The delivery policy of a webhook node and the campaign's delivery settings, as the inspector
/// shows them and edits them through the document.
class TestGuiPolicy : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void webhookShowsItsSchedule();
    void webhookEditsThePolicy();
    void webhookShowsWrittenOutDefaults();
    void campaignShowsDeliverySettings();
    void campaignEditsDeliverySettings();

private:
    void load(const QString &key);
    QWidget *select(const QStringList &ids);
    template<typename T>
    T *child(const QString &name) const;
    const QJsonObject &policy() const { return m_document->node(u"alimtalk"_s)->policy; }

    std::unique_ptr<CampaignDocument> m_document;
    std::unique_ptr<Inspector> m_inspector;
};

void TestGuiPolicy::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestGuiPolicy::init()
{
    m_document = std::make_unique<CampaignDocument>();
    m_inspector = std::make_unique<Inspector>(m_document.get());
    m_inspector->resize(380, 900);
    m_inspector->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_inspector.get()));
}

void TestGuiPolicy::cleanup()
{
    m_inspector.reset();
    m_document.reset();
}

void TestGuiPolicy::load(const QString &key)
{
    const Result<void> loaded = m_document->load(examplePath(key));
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
}

QWidget *TestGuiPolicy::select(const QStringList &ids)
{
    m_inspector->setSelection(ids);
    QCoreApplication::processEvents();
    return m_inspector->currentEditor();
}

template<typename T>
T *TestGuiPolicy::child(const QString &name) const
{
    return Test::visibleChild<T>(m_inspector->currentEditor(), name);
}

void TestGuiPolicy::webhookShowsItsSchedule()
{
    load(u"price-drop-alert"_s);
    QVERIFY(qobject_cast<WebhookEditor *>(select({u"alimtalk"_s})));
    QVERIFY(policy().isEmpty());
    auto *schedule = child<QLabel>(u"webhookSchedule"_s);
    QVERIFY(schedule);
    QCOMPARE(schedule->text(), u"now, up to 2 min, up to 4 min, up to 8 min, up to 16 min"_s);
    QVERIFY(schedule->toolTip().contains(u"at most 30 min"_s));
    // The empty fields say what the preset gives.
    QCOMPARE(child<QSpinBox>(u"webhookMaxAttempts"_s)->text(), u"Preset (5)"_s);
    QCOMPARE(child<QSpinBox>(u"webhookTimeout"_s)->text(), u"Preset (30 s)"_s);
    QCOMPARE(child<QSpinBox>(u"webhookInactivity"_s)->text(), u"Preset (10 s)"_s);

    auto *preset = child<QComboBox>(u"webhookPolicyPreset"_s);
    preset->setCurrentIndex(preset->findData(DeliveryPolicy::Production));
    QCOMPARE(policy(), (QJsonObject{{u"preset"_s, u"production"_s}}));
    QCOMPARE(schedule->text(), u"now, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each retry ±20%)"_s);
    QCOMPARE(child<QSpinBox>(u"webhookMaxAttempts"_s)->text(), u"Preset (8)"_s);
    // Fewer attempts cut the schedule short.
    typeInto(child<QSpinBox>(u"webhookMaxAttempts"_s), u"3"_s);
    QCOMPARE(policy().value(u"max_attempts"_s).toInt(), 3);
    QCOMPARE(schedule->text(), u"now, 5 s, 5 min (each retry ±20%)"_s);
    // Undo brings back the schedule with the policy.
    m_document->undoStack()->undo();
    QCOMPARE(schedule->text(), u"now, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h (each retry ±20%)"_s);
    m_document->undoStack()->undo();
    QVERIFY(policy().isEmpty());
    QCOMPARE(preset->currentData().toString(), QString());
    QCOMPARE(schedule->text(), u"now, up to 2 min, up to 4 min, up to 8 min, up to 16 min"_s);
}

void TestGuiPolicy::webhookEditsThePolicy()
{
    load(u"price-drop-alert"_s);
    select({u"alimtalk"_s});

    typeInto(child<QSpinBox>(u"webhookInactivity"_s), u"2500"_s);
    QCOMPARE(policy(), (QJsonObject{{u"inactivity_timeout_ms"_s, 2500}}));
    typeInto(child<QSpinBox>(u"webhookTimeout"_s), u"15000"_s);
    QCOMPARE(policy().value(u"timeout_ms"_s).toInt(), 15000);

    auto *http2 = child<QComboBox>(u"webhookHttp2"_s);
    QVERIFY(http2);
    QCOMPARE(http2->currentData().toString(), QString()); // allowed, by default
    http2->setCurrentIndex(http2->findData(u"prior-knowledge"_s));
    QCOMPARE(policy().value(u"http2"_s).toString(), u"prior-knowledge"_s);
    http2->setCurrentIndex(http2->findData(u"off"_s));
    QCOMPARE(policy().value(u"http2"_s).toString(), u"off"_s);
    http2->setCurrentIndex(http2->findData(QString()));
    QVERIFY(!policy().contains(u"http2"_s));

    auto *follow = child<QCheckBox>(u"webhookFollowRedirects"_s);
    QVERIFY(follow);
    QVERIFY(!follow->isChecked());
    follow->setChecked(true);
    QCOMPARE(policy().value(u"redirects"_s).toObject(), (QJsonObject{{u"follow"_s, true}}));
    follow->setChecked(false);
    QVERIFY(!policy().contains(u"redirects"_s));
    m_document->undoStack()->undo();
    QVERIFY(follow->isChecked());
    QCOMPARE(policy().value(u"redirects"_s).toObject(), (QJsonObject{{u"follow"_s, true}}));

    // Every edit left a policy the file format accepts.
    Diagnostics problems;
    DeliveryPolicy::fromJson(policy(), {}, &problems);
    QVERIFY(problems.isEmpty());
    const DeliveryPolicy effective = DeliveryPolicy::fromJson(policy());
    QCOMPARE(effective.inactivityMs, 2500);
    QCOMPARE(effective.timeoutMs, 15000);
    QVERIFY(effective.followRedirects);
}

void TestGuiPolicy::webhookShowsWrittenOutDefaults()
{
    load(u"price-drop-alert"_s);
    Node node = *m_document->node(u"alimtalk"_s);
    // A file may name the defaults; they show as the default entries, and a member kept for a
    // newer Hookflow survives the edits.
    node.policy = QJsonObject{{u"preset"_s, u"test-fire"_s},
                              {u"http2"_s, u"allowed"_s},
                              {u"redirects"_s, QJsonObject{{u"max_hops"_s, 2}}}};
    m_document->updateNode(node, u"policy"_s, false);
    select({u"alimtalk"_s});
    QCOMPARE(child<QComboBox>(u"webhookPolicyPreset"_s)->currentData().toString(), QString());
    QCOMPARE(child<QComboBox>(u"webhookHttp2"_s)->currentData().toString(), QString());
    auto *follow = child<QCheckBox>(u"webhookFollowRedirects"_s);
    follow->setChecked(true);
    QCOMPARE(policy().value(u"redirects"_s).toObject(),
             (QJsonObject{{u"max_hops"_s, 2}, {u"follow"_s, true}}));
    follow->setChecked(false);
    QCOMPARE(policy().value(u"redirects"_s).toObject(), (QJsonObject{{u"max_hops"_s, 2}}));
}

void TestGuiPolicy::campaignShowsDeliverySettings()
{
    load(u"price-drop-alert"_s);
    QVERIFY(qobject_cast<CampaignEditor *>(select({})));
    QVERIFY(m_document->campaign().delivery.isEmpty());
    // The defaults, as the engine uses them.
    QCOMPARE(child<QSpinBox>(u"campaignHostConcurrency"_s)->value(), 16);
    QCOMPARE(child<QSpinBox>(u"campaignRateLimit"_s)->text(), u"Unlimited"_s);
    QVERIFY(!child<QComboBox>(u"campaignRatePer"_s)->isEnabled());
    QCOMPARE(child<QSpinBox>(u"campaignBreakerFailures"_s)->value(), 5);
    QCOMPARE(child<QSpinBox>(u"campaignBreakerWindow"_s)->value(), 30000);
    QCOMPARE(child<QSpinBox>(u"campaignBreakerCooldown"_s)->value(), 30000);
    QVERIFY(!child<QCheckBox>(u"campaignHackleProfile"_s)->isChecked());

    // A campaign that sets them shows its values.
    Campaign campaign = m_document->campaign();
    campaign.delivery = QJsonObject{{u"host_concurrency"_s, 4},
                                    {u"rate_limit"_s,
                                     QJsonObject{{u"count"_s, 100}, {u"per"_s, u"minute"_s}}},
                                    {u"circuit_breaker"_s, QJsonObject{{u"failures"_s, 0}}},
                                    {u"profile"_s, u"hackle"_s}};
    m_document->reset(campaign);
    select({});
    QCOMPARE(child<QSpinBox>(u"campaignHostConcurrency"_s)->value(), 4);
    QCOMPARE(child<QSpinBox>(u"campaignRateLimit"_s)->value(), 100);
    QCOMPARE(child<QComboBox>(u"campaignRatePer"_s)->currentData().toString(), u"minute"_s);
    QCOMPARE(child<QSpinBox>(u"campaignBreakerFailures"_s)->text(), u"Off"_s);
    QVERIFY(!child<QSpinBox>(u"campaignBreakerWindow"_s)->isEnabled());
    QVERIFY(child<QCheckBox>(u"campaignHackleProfile"_s)->isChecked());
    // Until the document can store the settings, they are read-only and say so.
    QCOMPARE(child<QLabel>(u"campaignDeliveryNote"_s) != nullptr,
             !CampaignEditor::canEditDelivery());
    QCOMPARE(child<QSpinBox>(u"campaignHostConcurrency"_s)->isEnabled(),
             CampaignEditor::canEditDelivery());
}

void TestGuiPolicy::campaignEditsDeliverySettings()
{
    if (!CampaignEditor::canEditDelivery()) {
        // Nothing a user does can change them.
        load(u"price-drop-alert"_s);
        select({});
        QTest::mouseClick(child<QCheckBox>(u"campaignHackleProfile"_s), Qt::LeftButton);
        QVERIFY(m_document->campaign().delivery.isEmpty());
        QVERIFY(!m_document->isModified());
        return;
    }
    load(u"price-drop-alert"_s);
    select({});
    typeInto(child<QSpinBox>(u"campaignHostConcurrency"_s), u"8"_s);
    QCOMPARE(m_document->campaign().delivery, (QJsonObject{{u"host_concurrency"_s, 8}}));
    typeInto(child<QSpinBox>(u"campaignRateLimit"_s), u"50"_s);
    auto *per = child<QComboBox>(u"campaignRatePer"_s);
    QVERIFY(per->isEnabled());
    per->setCurrentIndex(per->findData(u"minute"_s));
    QCOMPARE(m_document->campaign().delivery.value(u"rate_limit"_s).toObject(),
             (QJsonObject{{u"count"_s, 50}, {u"per"_s, u"minute"_s}}));
    typeInto(child<QSpinBox>(u"campaignBreakerFailures"_s), u"3"_s);
    typeInto(child<QSpinBox>(u"campaignBreakerCooldown"_s), u"60000"_s);
    QCOMPARE(m_document->campaign().delivery.value(u"circuit_breaker"_s).toObject(),
             (QJsonObject{{u"failures"_s, 3}, {u"cooldown_ms"_s, 60000}}));
    QTest::mouseClick(child<QCheckBox>(u"campaignHackleProfile"_s), Qt::LeftButton);
    QCOMPARE(m_document->campaign().delivery.value(u"profile"_s).toString(), u"hackle"_s);

    // What the editor wrote is what the engine reads.
    Diagnostics problems;
    const DeliverySettings settings = DeliverySettings::fromJson(m_document->campaign().delivery,
                                                                 {},
                                                                 &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(settings.hostConcurrency, 8);
    QCOMPARE(settings.rateLimit, 50);
    QCOMPARE(settings.rateWindowMs, 60'000);
    QCOMPARE(settings.breakerFailures, 3);
    QCOMPARE(settings.breakerCooldownMs, 60'000);
    QVERIFY(settings.isHackle());

    // Back to the defaults: nothing is written.
    typeInto(child<QSpinBox>(u"campaignRateLimit"_s), u"0"_s);
    QVERIFY(!m_document->campaign().delivery.contains(u"rate_limit"_s));
    while (m_document->undoStack()->canUndo())
        m_document->undoStack()->undo();
    QVERIFY(m_document->campaign().delivery.isEmpty());
    QCOMPARE(child<QSpinBox>(u"campaignHostConcurrency"_s)->value(), 16);
    QVERIFY(!child<QCheckBox>(u"campaignHackleProfile"_s)->isChecked());
}

QTEST_MAIN(TestGuiPolicy)
#include "tst_gui_policy.moc"
