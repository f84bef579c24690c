// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitest.h"
#include "inspector/audienceeditor.h"
#include "inspector/campaigneditor.h"
#include "inspector/conditioneditor.h"
#include "inspector/conditionlisteditor.h"
#include "inspector/conditionvalues.h"
#include "inspector/delayeditor.h"
#include "inspector/exiteditor.h"
#include "inspector/inspector.h"
#include "inspector/keyvaluemodel.h"
#include "inspector/limiteditor.h"
#include "inspector/rulebuilder.h"
#include "inspector/templateeditor.h"
#include "inspector/tracemodel.h"
#include "inspector/triggereditor.h"
#include "inspector/userpickermodel.h"
#include "inspector/webhookeditor.h"
#include "inspector/whynotpanel.h"
#include "model/campaigndocument.h"
#include "model/campaignformat.h"
#include "targeting/audiencecount.h"
#include "util/i18n.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Hookflow;

namespace {

QString sourcePath(const QString &relative)
{
    return QStringLiteral(HOOKFLOW_SOURCE_DIR) + u'/' + relative;
}

QString examplePath(const QString &key)
{
    return sourcePath(u"resources/examples/"_s + key + u".hookflow.json"_s);
}

QJsonDocument readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll());
}

/// The text a line edit, a plain-text edit, an editable combo or the template editor shows.
QString widgetText(QWidget *widget)
{
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        return edit->text();
    if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
        return edit->toPlainText();
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        return combo->currentText();
    if (auto *edit = qobject_cast<TemplateEditor *>(widget))
        return edit->templateText();
    return {};
}

/// Where keys typed into `widget` go.
QWidget *typingTarget(QWidget *widget)
{
    if (auto *combo = qobject_cast<QComboBox *>(widget); combo && combo->lineEdit())
        return combo->lineEdit();
    if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
        edit->moveCursor(QTextCursor::End);
    if (auto *edit = qobject_cast<TemplateEditor *>(widget)) {
        edit->SendScintilla(QsciScintillaBase::SCI_DOCUMENTEND);
        return edit->viewport();
    }
    return widget;
}

} // namespace

/// Drives the inspector's editors like a user would, offscreen, on the shipped examples and the
/// demo users.
class TestGuiInspector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void campaignEditorWithoutSelection();
    void selectingNodeShowsItsEditor_data();
    void selectingNodeShowsItsEditor();
    void severalNodesSelected();
    void removedNodeFallsBackToCampaign();
    void typingIsOneUndoStepPerField_data();
    void typingIsOneUndoStepPerField();
    void undoRefreshesEditorOfOtherField();
    void buttonsAreStepsOfTheirOwn();
    void refusedEditOfRunningCampaign();
    void statusChangesThroughDocument();
    void delayAndLimitSpinBoxes();
    void webhookParamsAndHeaders();
    void webhookPolicyAndSigning();
    void webhookUrlProblemShown();
    void triggerFilterEdits();
    void ruleBuilderBuildsExampleAudience();
    void ruleBuilderBehaviouralCondition();
    void liveCountMatchesAudienceCounter();
    void whyNotShowsFailingCondition();
    void conditionValuesRoundTrip_data();
    void conditionValuesRoundTrip();

    void keyValueModelIsSound();
    void userPickerModelIsSound();
    void traceModelIsSound();

private:
    void load(const QString &key);
    QWidget *select(const QStringList &ids);
    template<typename T>
    T *child(const QString &name) const;

    SampleContextPtr m_context;
    QDateTime m_now;
    std::unique_ptr<CampaignDocument> m_document;
    std::unique_ptr<Inspector> m_inspector;
};

void TestGuiInspector::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates));

    auto context = std::make_shared<SampleContext>();
    const QJsonArray users = readJson(sourcePath(u"resources/demo/users.json"_s)).array();
    QVERIFY(!users.isEmpty());
    for (const QJsonValue &value : users) {
        const auto user = SampleUser::fromJson(value.toObject());
        QVERIFY(user.ok());
        context->users.append(*user);
    }
    for (const QString &key : {u"price-drop-alert"_s, u"re-engagement"_s, u"review-points"_s}) {
        const auto event = Event::fromJson(
            readJson(sourcePath(u"resources/examples/"_s + key + u".event.json"_s)).object());
        QVERIFY(event.ok());
        context->events.append(*event);
    }
    context->catalogue = VariableCatalogue::fromSamples(context->users,
                                                        context->events,
                                                        {u"alimtalk_token"_s, u"messaging_token"_s});
    // One static cohort (Audiences::load of the examples' folder is covered by tst_audiences).
    QFile cohort(sourcePath(u"resources/examples/cohorts/beta-testers.csv"_s));
    QVERIFY(cohort.open(QIODevice::ReadOnly));
    context->audiences = Audiences::fromCohortCsv(u"beta-testers"_s, cohort.readAll());
    m_now = parseTimestamp(u"2026-11-27T01:00:00Z"_s);
    context->now = m_now;
    m_context = context;
}

void TestGuiInspector::init()
{
    m_document = std::make_unique<CampaignDocument>();
    m_inspector = std::make_unique<Inspector>(m_document.get());
    m_inspector->setSampleContext(m_context);
    m_inspector->resize(380, 900);
    m_inspector->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_inspector.get()));
}

void TestGuiInspector::cleanup()
{
    m_inspector.reset();
    m_document.reset();
}

void TestGuiInspector::load(const QString &key)
{
    const Result<void> loaded = m_document->load(examplePath(key));
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message));
}

QWidget *TestGuiInspector::select(const QStringList &ids)
{
    m_inspector->setSelection(ids);
    QCoreApplication::processEvents();
    return m_inspector->currentEditor();
}

template<typename T>
T *TestGuiInspector::child(const QString &name) const
{
    return Test::visibleChild<T>(m_inspector->currentEditor(), name);
}

void TestGuiInspector::campaignEditorWithoutSelection()
{
    load(u"price-drop-alert"_s);
    QVERIFY(qobject_cast<CampaignEditor *>(select({})));
    auto *title = child<QLineEdit>(u"campaignTitle"_s);
    QVERIFY(title);
    QCOMPARE(title->text(), u"Price drop alert"_s);
    QCOMPARE(child<QLineEdit>(u"campaignKey"_s)->text(), u"price-drop-alert"_s);
    QCOMPARE(child<QComboBox>(u"campaignStatus"_s)->currentData().toInt(),
             int(CampaignStatus::Ready));
    // A key takes only what the file format allows.
    auto *key = child<QLineEdit>(u"campaignKey"_s);
    key->setFocus();
    QTest::keyClicks(key, u" x/y"_s);
    QCOMPARE(m_document->campaign().key, u"price-drop-alertxy"_s);
}

void TestGuiInspector::selectingNodeShowsItsEditor_data()
{
    QTest::addColumn<QString>("example");
    QTest::addColumn<QString>("nodeId");
    QTest::addColumn<QString>("editorClass");
    QTest::addColumn<QString>("input");
    QTest::newRow("trigger") << u"price-drop-alert"_s << u"start"_s << u"Hookflow::TriggerEditor"_s
                             << u"triggerEventKey"_s;
    QTest::newRow("audience") << u"price-drop-alert"_s << u"who"_s << u"Hookflow::AudienceEditor"_s
                              << u"conditionValues"_s;
    QTest::newRow("webhook") << u"price-drop-alert"_s << u"alimtalk"_s
                             << u"Hookflow::WebhookEditor"_s << u"webhookUrl"_s;
    QTest::newRow("delay") << u"re-engagement"_s << u"wait-sms"_s << u"Hookflow::DelayEditor"_s
                           << u"delayAmount"_s;
    QTest::newRow("exit") << u"re-engagement"_s << u"done"_s << u"Hookflow::ExitEditor"_s
                          << u"nodeLabel"_s;
}

void TestGuiInspector::selectingNodeShowsItsEditor()
{
    QFETCH(QString, example);
    QFETCH(QString, nodeId);
    QFETCH(QString, editorClass);
    QFETCH(QString, input);
    load(example);
    QWidget *editor = select({nodeId});
    QVERIFY(editor);
    QCOMPARE(QString::fromLatin1(editor->metaObject()->className()), editorClass);
    QVERIFY2(Test::visibleChild<QWidget>(editor, input), qPrintable(input));
    // The heading names the node.
    QVERIFY(Test::visibleChild<QLabel>(editor, u"nodeHeading"_s)->text().contains(nodeId));
}

void TestGuiInspector::severalNodesSelected()
{
    load(u"price-drop-alert"_s);
    QWidget *editor = select({u"start"_s, u"who"_s});
    auto *label = qobject_cast<QLabel *>(editor);
    QVERIFY(label);
    QCOMPARE(label->objectName(), u"inspectorSelectionCount"_s);
    // English plurals come from the translation; until it knows the string, "node(s)".
    QVERIFY2(label->text().startsWith(u"2 node"_s), qPrintable(label->text()));
}

void TestGuiInspector::removedNodeFallsBackToCampaign()
{
    load(u"price-drop-alert"_s);
    QVERIFY(qobject_cast<WebhookEditor *>(select({u"alimtalk"_s})));
    m_document->removeNodes({u"alimtalk"_s});
    QCoreApplication::processEvents();
    QVERIFY(qobject_cast<CampaignEditor *>(m_inspector->currentEditor()));

    // Undo brings the node back; selecting it again shows it.
    m_document->undoStack()->undo();
    QVERIFY(qobject_cast<WebhookEditor *>(select({u"alimtalk"_s})));
    // A new document (File ▸ Open) clears the selection.
    load(u"review-points"_s);
    QCoreApplication::processEvents();
    QVERIFY(qobject_cast<CampaignEditor *>(m_inspector->currentEditor()));
    QCOMPARE(child<QLineEdit>(u"campaignTitle"_s)->text(), u"Points for a review"_s);
}

void TestGuiInspector::typingIsOneUndoStepPerField_data()
{
    QTest::addColumn<QString>("nodeId");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("typed");
    QTest::newRow("campaign title") << QString() << u"campaignTitle"_s << u" (copy)"_s;
    QTest::newRow("campaign key") << QString() << u"campaignKey"_s << u"-2"_s;
    QTest::newRow("campaign description") << QString() << u"campaignDescription"_s << u"!!"_s;
    QTest::newRow("caption") << u"alimtalk"_s << u"nodeLabel"_s << u"Alimtalk"_s;
    QTest::newRow("trigger event key") << u"start"_s << u"triggerEventKey"_s << u"_v2"_s;
    QTest::newRow("webhook url") << u"alimtalk"_s << u"webhookUrl"_s << u"?x=1"_s;
    QTest::newRow("webhook body") << u"alimtalk"_s << u"webhookBody"_s << u"xyz"_s;
    QTest::newRow("condition name") << u"who"_s << u"conditionName"_s << u"_flag"_s;
    QTest::newRow("condition values") << u"who"_s << u"conditionValues"_s << u", false"_s;
    QTest::newRow("filter values") << u"start"_s << u"conditionValues"_s << u"0"_s;
}

void TestGuiInspector::typingIsOneUndoStepPerField()
{
    QFETCH(QString, nodeId);
    QFETCH(QString, input);
    QFETCH(QString, typed);
    load(u"price-drop-alert"_s);
    select(nodeId.isEmpty() ? QStringList() : QStringList{nodeId});
    QWidget *widget = child<QWidget>(input);
    QVERIFY2(widget, qPrintable(input));
    const QString before = widgetText(widget);
    const QByteArray documentBefore = CampaignFormat::serialize(m_document->campaign());
    QUndoStack *undo = m_document->undoStack();
    const int steps = undo->count();

    QWidget *target = typingTarget(widget);
    target->setFocus();
    QTest::keyClicks(target, typed);
    QCoreApplication::processEvents();

    QCOMPARE(widgetText(widget), before + typed);
    QVERIFY(CampaignFormat::serialize(m_document->campaign()) != documentBefore);
    QCOMPARE(undo->count(), steps + 1);
    // The widget kept the text it is typed into.
    QCOMPARE(widget, child<QWidget>(input));

    undo->undo();
    QCoreApplication::processEvents();
    QCOMPARE(CampaignFormat::serialize(m_document->campaign()), documentBefore);
    QCOMPARE(widgetText(child<QWidget>(input)), before);

    undo->redo();
    QCoreApplication::processEvents();
    QCOMPARE(widgetText(child<QWidget>(input)), before + typed);
}

void TestGuiInspector::undoRefreshesEditorOfOtherField()
{
    load(u"price-drop-alert"_s);
    select({u"alimtalk"_s});
    auto *url = child<QLineEdit>(u"webhookUrl"_s);
    auto *method = child<QComboBox>(u"webhookMethod"_s);
    method->setCurrentIndex(method->findData(u"PUT"_s));
    QCOMPARE(m_document->node(u"alimtalk"_s)->request.method, u"PUT"_s);
    url->setFocus();
    QTest::keyClicks(url, u"/x"_s);
    QCOMPARE(m_document->undoStack()->count(), 2);
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(url->text(), u"https://api.example.com/v1/alimtalk"_s);
    QCOMPARE(method->currentData().toString(), u"POST"_s);
}

void TestGuiInspector::buttonsAreStepsOfTheirOwn()
{
    load(u"price-drop-alert"_s);
    auto *editor = qobject_cast<TriggerEditor *>(select({u"start"_s}));
    QVERIFY(editor);
    QUndoStack *undo = m_document->undoStack();
    auto *add = editor->filters()->findChild<QPushButton *>(u"addCondition"_s,
                                                            Qt::FindDirectChildrenOnly);
    QTest::mouseClick(add, Qt::LeftButton);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(undo->count(), 2);
    QCOMPARE(m_document->node(u"start"_s)->filters.size(), 3);
    // The undo menu says what the step did, in words.
    QVERIFY2(undo->undoText().contains(u"new condition"_s), qPrintable(undo->undoText()));
    undo->undo();
    QCOMPARE(editor->filters()->rows().size(), 2);
}

void TestGuiInspector::refusedEditOfRunningCampaign()
{
    load(u"price-drop-alert"_s);
    m_document->setStatus(CampaignStatus::Running);
    int asked = 0;
    m_document->setRunningEditGate([&asked] {
        ++asked;
        return false; // the user does not want to pause it
    });
    select({u"alimtalk"_s});
    QSignalSpy messages(m_inspector.get(), &Inspector::message);
    auto *url = child<QLineEdit>(u"webhookUrl"_s);
    url->setFocus();
    QTest::keyClicks(url, u"x"_s);
    QVERIFY(asked > 0);
    QCOMPARE(m_document->node(u"alimtalk"_s)->request.url, u"https://api.example.com/v1/alimtalk"_s);
    QCOMPARE(url->text(), u"https://api.example.com/v1/alimtalk"_s);
    QCOMPARE(messages.count(), 1);
    m_document->setRunningEditGate({});
}

void TestGuiInspector::statusChangesThroughDocument()
{
    load(u"price-drop-alert"_s);
    select({});
    auto *start = child<QPushButton>(u"campaignStart"_s);
    auto *pause = child<QPushButton>(u"campaignPause"_s);
    QVERIFY(start->isEnabled());
    QVERIFY(!pause->isEnabled());
    QTest::mouseClick(start, Qt::LeftButton);
    QCOMPARE(m_document->campaign().status, CampaignStatus::Running);
    QCOMPARE(child<QComboBox>(u"campaignStatus"_s)->currentData().toInt(),
             int(CampaignStatus::Running));
    QVERIFY(pause->isEnabled());
    QTest::mouseClick(pause, Qt::LeftButton);
    QCOMPARE(m_document->campaign().status, CampaignStatus::Paused);
    QCOMPARE(start->text(), u"Resume"_s);
    auto *status = child<QComboBox>(u"campaignStatus"_s);
    status->setCurrentIndex(status->findData(int(CampaignStatus::Ended)));
    QCOMPARE(m_document->campaign().status, CampaignStatus::Ended);
    m_document->undoStack()->undo();
    QCOMPARE(status->currentData().toInt(), int(CampaignStatus::Paused));
}

void TestGuiInspector::delayAndLimitSpinBoxes()
{
    load(u"re-engagement"_s);
    select({u"wait-sms"_s});
    auto *amount = child<QSpinBox>(u"delayAmount"_s);
    QCOMPARE(amount->value(), 1);
    const int steps = m_document->undoStack()->count();
    amount->setFocus();
    amount->selectAll();
    QTest::keyClicks(amount, u"12"_s);
    QCOMPARE(m_document->node(u"wait-sms"_s)->wait.amount, 12);
    QCOMPARE(m_document->undoStack()->count(), steps + 1);
    auto *unit = child<QComboBox>(u"delayUnit"_s);
    unit->setCurrentIndex(unit->findData(int(Duration::Unit::Hours)));
    QCOMPARE(m_document->node(u"wait-sms"_s)->wait.unit, Duration::Unit::Hours);
    QCOMPARE(m_document->undoStack()->count(), steps + 2);
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    QCOMPARE(amount->value(), 1);
    QCOMPARE(unit->currentData().toInt(), int(Duration::Unit::Days));

    const QString limitId = m_document->addNode(NodeKind::Limit, QPointF(100, 300));
    QVERIFY(qobject_cast<LimitEditor *>(select({limitId})));
    auto *count = child<QSpinBox>(u"limitCount"_s);
    count->setFocus();
    count->selectAll();
    QTest::keyClicks(count, u"3"_s);
    auto *window = child<QSpinBox>(u"limitWindowAmount"_s);
    window->setFocus();
    window->selectAll();
    QTest::keyClicks(window, u"7"_s);
    auto *windowUnit = child<QComboBox>(u"limitWindowUnit"_s);
    windowUnit->setCurrentIndex(windowUnit->findData(int(Duration::Unit::Hours)));
    const FrequencyLimit limit = m_document->node(limitId)->limit;
    QCOMPARE(limit.count, 3);
    QCOMPARE(limit.window, (Duration{7, Duration::Unit::Hours}));
}

void TestGuiInspector::webhookParamsAndHeaders()
{
    load(u"price-drop-alert"_s);
    auto *editor = qobject_cast<WebhookEditor *>(select({u"alimtalk"_s}));
    QVERIFY(editor);
    auto *params = child<QTableView>(u"webhookParams"_s);
    QVERIFY(params);
    QCOMPARE(params->model()->rowCount(), 1);
    QCOMPARE(params->model()->index(0, 1).data().toString(), u"{{campaign.key}}"_s);

    QTest::mouseClick(child<QPushButton>(u"webhookAddParam"_s), Qt::LeftButton);
    QCOMPARE(m_document->node(u"alimtalk"_s)->request.params.size(), 2);
    QAbstractItemModel *model = params->model();
    QVERIFY(model->setData(model->index(1, 0), u"user"_s));
    QVERIFY(model->setData(model->index(1, 1), u"{{user_id}}"_s));
    QCOMPARE(m_document->node(u"alimtalk"_s)->request.params.last(),
             (std::pair{u"user"_s, u"{{user_id}}"_s}));

    auto *headers = child<QTableView>(u"webhookHeaders"_s);
    headers->setCurrentIndex(headers->model()->index(0, 0));
    QTest::mouseClick(child<QPushButton>(u"webhookRemoveHeader"_s), Qt::LeftButton);
    QVERIFY(m_document->node(u"alimtalk"_s)->request.headers.isEmpty());
    m_document->undoStack()->undo();
    QCOMPARE(headers->model()->rowCount(), 1);
    QCOMPARE(m_document->node(u"alimtalk"_s)->request.headers.size(), 1);
}

void TestGuiInspector::webhookPolicyAndSigning()
{
    load(u"price-drop-alert"_s);
    select({u"alimtalk"_s});
    QVERIFY(m_document->node(u"alimtalk"_s)->policy.isEmpty());
    auto *preset = child<QComboBox>(u"webhookPolicyPreset"_s);
    preset->setCurrentIndex(preset->findData(u"production"_s));
    auto *attempts = child<QSpinBox>(u"webhookMaxAttempts"_s);
    attempts->setFocus();
    attempts->selectAll();
    QTest::keyClicks(attempts, u"5"_s);
    // Only what was set is written.
    QCOMPARE(m_document->node(u"alimtalk"_s)->policy,
             (QJsonObject{{u"preset"_s, u"production"_s}, {u"max_attempts"_s, 5}}));
    preset->setCurrentIndex(preset->findData(QString()));
    QCOMPARE(m_document->node(u"alimtalk"_s)->policy, (QJsonObject{{u"max_attempts"_s, 5}}));

    auto *signing = child<QCheckBox>(u"webhookSigning"_s);
    auto *secret = child<QComboBox>(u"webhookSigningSecret"_s);
    QVERIFY(!secret->isEnabled());
    signing->setChecked(true);
    QVERIFY(secret->isEnabled());
    secret->lineEdit()->setFocus();
    QTest::keyClicks(secret->lineEdit(), u"whsec_key"_s);
    QCOMPARE(m_document->node(u"alimtalk"_s)->signing,
             (QJsonObject{{u"scheme"_s, u"standard-webhooks"_s}, {u"secret"_s, u"whsec_key"_s}}));
    signing->setChecked(false);
    QVERIFY(m_document->node(u"alimtalk"_s)->signing.isEmpty());
    m_document->undoStack()->undo();
    QVERIFY(signing->isChecked());
    QCOMPARE(secret->currentText(), u"whsec_key"_s);
}

void TestGuiInspector::webhookUrlProblemShown()
{
    load(u"price-drop-alert"_s);
    select({u"alimtalk"_s});
    auto *url = child<QLineEdit>(u"webhookUrl"_s);
    auto *problem = m_inspector->currentEditor()->findChild<QLabel *>(u"webhookUrlProblem"_s);
    QVERIFY(problem);
    QVERIFY(problem->isHidden());
    url->setFocus();
    QTest::keyClicks(url, u"/{{user_properties.nmae}}"_s);
    QVERIFY(!problem->isHidden());
    QVERIFY2(problem->text().contains(u"name"_s), qPrintable(problem->text()));
    url->selectAll();
    QTest::keyClicks(url, u"https://{{"_s);
    QVERIFY(!problem->isHidden());
}

void TestGuiInspector::triggerFilterEdits()
{
    load(u"price-drop-alert"_s);
    auto *editor = qobject_cast<TriggerEditor *>(select({u"start"_s}));
    QVERIFY(editor);
    auto *eventKey = child<QLineEdit>(u"triggerEventKey"_s);
    QVERIFY(eventKey->completer());
    QVERIFY(eventKey->completer()->model()->rowCount() > 3);

    // How many sample price_drop events pass "percent must be at least 5".
    auto *matches = child<QLabel>(u"triggerMatches"_s);
    QVERIFY(matches);
    QVERIFY2(matches->text().contains(u"\"price_drop\" event"_s), qPrintable(matches->text()));
    QVERIFY2(!matches->text().contains(u"for 0 of"_s), qPrintable(matches->text()));

    ConditionListEditor *filters = editor->filters();
    QCOMPARE(filters->rows().size(), 1);
    auto *threshold = Test::visibleChild<QLineEdit>(filters->rows().first(), u"conditionValues"_s);
    threshold->selectAll();
    QTest::keyClicks(threshold, u"1000"_s);
    QVERIFY2(matches->text().contains(u"for 0 of"_s), qPrintable(matches->text()));
    m_document->undoStack()->undo();
    QCOMPARE(threshold->text(), u"5"_s);
    // A trigger's filters look at event properties only: no key type to pick.
    QVERIFY(!Test::visibleChild<QComboBox>(filters, u"conditionKeyType"_s));
    QTest::mouseClick(filters->findChild<QPushButton *>(u"addCondition"_s,
                                                        Qt::FindDirectChildrenOnly),
                      Qt::LeftButton);
    QCOMPARE(m_document->node(u"start"_s)->filters.size(), 2);
    QCOMPARE(m_document->node(u"start"_s)->filters.last().keyType, KeyType::EventProperty);
    ConditionEditor *row = filters->rows().last();
    auto *name = Test::visibleChild<QComboBox>(row, u"conditionName"_s);
    QTest::keyClicks(name->lineEdit(), u"currency"_s);
    QTest::keyClicks(Test::visibleChild<QLineEdit>(row, u"conditionValues"_s), u"KRW, USD"_s);
    const Condition added = m_document->node(u"start"_s)->filters.last();
    QCOMPARE(added.keyName, u"currency"_s);
    QCOMPARE(added.values, (QJsonArray{u"KRW"_s, u"USD"_s}));
    QTest::mouseClick(Test::visibleChild<QToolButton>(filters->rows().first(), u"conditionRemove"_s),
                      Qt::LeftButton);
    QCoreApplication::processEvents();
    QCOMPARE(m_document->node(u"start"_s)->filters.size(), 1);
    QCOMPARE(m_document->node(u"start"_s)->filters.first().keyName, u"currency"_s);
}

void TestGuiInspector::ruleBuilderBuildsExampleAudience()
{
    load(u"price-drop-alert"_s);
    const RuleSet expected = m_document->node(u"who"_s)->rules;
    QCOMPARE(expected.size(), 1);
    Node empty = *m_document->node(u"who"_s);
    empty.rules.clear();
    m_document->updateNode(empty, u"test setup"_s);

    auto *editor = qobject_cast<AudienceEditor *>(select({u"who"_s}));
    QVERIFY(editor);
    RuleBuilder *builder = editor->ruleBuilder();
    QVERIFY(Test::visibleChild<QLabel>(editor, u"ruleEveryone"_s));
    QTest::mouseClick(Test::visibleChild<QPushButton>(builder, u"addRule"_s), Qt::LeftButton);
    QCOMPARE(builder->ruleEditors().size(), 1);
    ConditionListEditor *rule = builder->ruleEditors().first();
    QCOMPARE(rule->rows().size(), 1);

    // Rule 1, condition 1: user property marketing_opt_in is one of true.
    ConditionEditor *first = rule->rows().first();
    auto *name = Test::visibleChild<QComboBox>(first, u"conditionName"_s);
    QVERIFY(name->findText(u"marketing_opt_in"_s) >= 0); // offered from the catalogue
    QTest::keyClicks(name->lineEdit(), u"marketing_opt_in"_s);
    QTest::keyClicks(Test::visibleChild<QLineEdit>(first, u"conditionValues"_s), u"true"_s);

    // Condition 2: app_version is at least 2.4.0, compared as versions.
    QTest::mouseClick(rule->findChild<QPushButton *>(u"addCondition"_s, Qt::FindDirectChildrenOnly),
                      Qt::LeftButton);
    QCOMPARE(rule->rows().size(), 2);
    ConditionEditor *second = rule->rows().last();
    QTest::keyClicks(Test::visibleChild<QComboBox>(second, u"conditionName"_s)->lineEdit(),
                     u"app_version"_s);
    auto *op = Test::visibleChild<QComboBox>(second, u"conditionOperator"_s);
    op->setCurrentIndex(op->findData(int(Operator::Gte)));
    QCOMPARE(op->currentText(), u"be at least"_s);
    auto *valueType = Test::visibleChild<QComboBox>(second, u"conditionValueType"_s);
    valueType->setCurrentIndex(valueType->findData(int(ValueType::Version)));
    QTest::keyClicks(Test::visibleChild<QLineEdit>(second, u"conditionValues"_s), u"2.4.0"_s);

    QCOMPARE(m_document->node(u"who"_s)->rules, expected);
    // Saved, the node is what the shipped file holds.
    const CampaignLoad file = CampaignFormat::load(examplePath(u"price-drop-alert"_s));
    QVERIFY(file.campaign.has_value());
    QCOMPARE(*m_document->node(u"who"_s), *file.campaign->node(u"who"_s));

    // A second rule, then removing it again.
    QTest::mouseClick(Test::visibleChild<QPushButton>(builder, u"addRule"_s), Qt::LeftButton);
    QCOMPARE(m_document->node(u"who"_s)->rules.size(), 2);
    QCOMPARE(builder->ruleEditors().size(), 2);
    QTest::mouseClick(builder->findChildren<QToolButton *>(u"removeRule"_s).last(), Qt::LeftButton);
    QCoreApplication::processEvents();
    QCOMPARE(m_document->node(u"who"_s)->rules, expected);
}

void TestGuiInspector::ruleBuilderBehaviouralCondition()
{
    load(u"re-engagement"_s);
    auto *editor = qobject_cast<AudienceEditor *>(select({u"inactive"_s}));
    QVERIFY(editor);
    ConditionEditor *behaviour = editor->ruleBuilder()->ruleEditors().first()->rows().first();
    QCOMPARE(Test::visibleChild<QComboBox>(behaviour, u"conditionMatch"_s)->currentText(),
             u"did not"_s);
    auto *within = Test::visibleChild<QSpinBox>(behaviour, u"conditionWithinAmount"_s);
    QVERIFY(within);
    QCOMPARE(within->value(), 7);
    within->setFocus();
    within->selectAll();
    QTest::keyClicks(within, u"14"_s);
    QCOMPARE(m_document->node(u"inactive"_s)->rules.first().first().within,
             (Duration{14, Duration::Unit::Days}));

    // Only logins with Apple count: an event filter on the behavioural condition.
    auto *where = behaviour->findChild<ConditionListEditor *>(u"conditionWhere"_s);
    QVERIFY(where && where->isVisibleTo(behaviour));
    QTest::mouseClick(where->findChild<QPushButton *>(u"addCondition"_s, Qt::FindDirectChildrenOnly),
                      Qt::LeftButton);
    QCOMPARE(where->rows().size(), 1);
    QTest::keyClicks(Test::visibleChild<QComboBox>(where->rows().first(), u"conditionName"_s)
                         ->lineEdit(),
                     u"method"_s);
    QTest::keyClicks(Test::visibleChild<QLineEdit>(where->rows().first(), u"conditionValues"_s),
                     u"apple"_s);
    const QList<Condition> filter = m_document->node(u"inactive"_s)->rules.first().first().where;
    QCOMPARE(filter.size(), 1);
    QCOMPARE(filter.first().keyType, KeyType::EventProperty);
    QCOMPARE(filter.first().keyName, u"method"_s);
    QCOMPARE(filter.first().values, QJsonArray{u"apple"_s});

    // Switching a condition to a behavioural one offers "within" and counts from once.
    ConditionEditor *second = editor->ruleBuilder()->ruleEditors().first()->rows().last();
    auto *keyType = Test::visibleChild<QComboBox>(second, u"conditionKeyType"_s);
    keyType->setCurrentIndex(keyType->findData(int(KeyType::Event)));
    const Condition changed = m_document->node(u"inactive"_s)->rules.first().last();
    QCOMPARE(changed.keyType, KeyType::Event);
    QVERIFY(Test::visibleChild<QSpinBox>(second, u"conditionWithinAmount"_s));
    QVERIFY(!Test::visibleChild<QComboBox>(second, u"conditionValueType"_s));
}

void TestGuiInspector::liveCountMatchesAudienceCounter()
{
    load(u"price-drop-alert"_s);
    auto *editor = qobject_cast<AudienceEditor *>(select({u"who"_s}));
    QVERIFY(editor);
    AudienceCounter counter;
    counter.setUsers(m_context->users);
    const Event event = m_context->eventFor(u"price_drop"_s);
    CompileOptions options;
    options.event = &event;
    options.audiences = &m_context->audiences;
    auto expected = counter.count(m_document->node(u"who"_s)->rules, m_now, options);
    QVERIFY(expected.ok());
    QVERIFY(*expected > 0 && *expected < m_context->users.size());
    auto *count = child<QLabel>(u"audienceCount"_s);
    const QString total = u" of %1 sample user"_s.arg(m_context->users.size());
    QVERIFY2(count->text().startsWith(u"Targets <b>%1</b>"_s.arg(*expected) + total),
             qPrintable(count->text()));

    // Every edit recounts: "must be at least 9.0.0" targets nobody.
    ConditionEditor *version = editor->ruleBuilder()->ruleEditors().first()->rows().last();
    auto *values = Test::visibleChild<QLineEdit>(version, u"conditionValues"_s);
    values->selectAll();
    QTest::keyClicks(values, u"9.0.0"_s);
    QVERIFY2(count->text().startsWith(u"Targets <b>0</b>"_s + total), qPrintable(count->text()));

    // Values that do not fit the value type are pointed out at the condition.
    auto *valueType = Test::visibleChild<QComboBox>(version, u"conditionValueType"_s);
    valueType->setCurrentIndex(valueType->findData(int(ValueType::Number)));
    auto *problem = Test::visibleChild<QLabel>(version, u"conditionValuesProblem"_s);
    QVERIFY(problem);
    QVERIFY2(problem->text().contains(u"not a number"_s), qPrintable(problem->text()));
}

void TestGuiInspector::whyNotShowsFailingCondition()
{
    load(u"price-drop-alert"_s);
    auto *editor = qobject_cast<AudienceEditor *>(select({u"who"_s}));
    QVERIFY(editor);
    const RuleSet rules = m_document->node(u"who"_s)->rules;
    const Event event = m_context->eventFor(u"price_drop"_s);
    QString outsider;
    QString insider;
    for (const SampleUser &user : m_context->users) {
        const EvaluationContext context{&user, &event, m_now, &m_context->audiences};
        const bool passed = Evaluator::evaluate(rules, context).passed;
        if (!passed && outsider.isEmpty())
            outsider = user.userId;
        if (passed && insider.isEmpty())
            insider = user.userId;
    }
    QVERIFY(!outsider.isEmpty());
    QVERIFY(!insider.isEmpty());

    WhyNotPanel *panel = editor->whyNotPanel();
    QVERIFY(panel->setUser(outsider));
    auto *summary = child<QLabel>(u"whyNotSummary"_s);
    QVERIFY2(summary->text().contains(u"is not targeted"_s), qPrintable(summary->text()));
    TraceModel *trace = panel->traceModel();
    QCOMPARE(trace->rowCount(), 1);
    const QModelIndex rule = trace->index(0, 0);
    QVERIFY(!rule.data(TraceModel::PassedRole).toBool());
    bool failing = false;
    for (int row = 0; row < trace->rowCount(rule); ++row) {
        const QModelIndex condition = trace->index(row, 0, rule);
        if (!condition.data(TraceModel::PassedRole).toBool()) {
            failing = true;
            QVERIFY(condition.data().toString().startsWith(u"✗"_s));
            QVERIFY(condition.data(Qt::ToolTipRole).toString().contains(u"Value seen"_s));
        }
    }
    QVERIFY(failing);

    QVERIFY(panel->setUser(insider));
    QVERIFY2(summary->text().contains(u"is targeted by rule 1"_s), qPrintable(summary->text()));
    QVERIFY(!panel->setUser(u"nobody-by-this-id"_s));
}

void TestGuiInspector::conditionValuesRoundTrip_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QJsonArray>("values");
    QTest::newRow("auto infers") << int(ValueType::Auto) << u"true, 5, gold"_s
                                 << QJsonArray{true, 5, u"gold"_s};
    QTest::newRow("text keeps digits")
        << int(ValueType::String) << u"06234, a\\, b"_s << QJsonArray{u"06234"_s, u"a, b"_s};
    QTest::newRow("numbers") << int(ValueType::Number) << u"1.5, -2"_s << QJsonArray{1.5, -2};
    QTest::newRow("version") << int(ValueType::Version) << u"2.4.0"_s << QJsonArray{u"2.4.0"_s};
    QTest::newRow("json") << int(ValueType::Json) << u"[{\"a\":1},2]"_s
                          << QJsonArray{QJsonObject{{u"a"_s, 1}}, 2};
}

void TestGuiInspector::conditionValuesRoundTrip()
{
    QFETCH(int, type);
    QFETCH(QString, text);
    QFETCH(QJsonArray, values);
    const auto parsed = ConditionValues::parse(text, ValueType(type));
    QVERIFY(parsed.ok());
    QCOMPARE(*parsed, values);
    const auto again = ConditionValues::parse(ConditionValues::format(values, ValueType(type)),
                                              ValueType(type));
    QVERIFY(again.ok());
    QCOMPARE(*again, values);
    QVERIFY(!ConditionValues::parse(u"1, x"_s, ValueType::Number).ok());
    QVERIFY(!ConditionValues::parse(u"yes"_s, ValueType::Boolean).ok());
}

void TestGuiInspector::keyValueModelIsSound()
{
    KeyValueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPairs({{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}});
    QCOMPARE(model.rowCount(), 2);
    HeaderList reported;
    connect(&model, &KeyValueModel::pairsEdited, this, [&reported](const HeaderList &pairs) {
        reported = pairs;
    });
    QVERIFY(model.setData(model.index(1, KeyValueModel::ValueColumn), u"3"_s));
    QCOMPARE(reported, (HeaderList{{u"a"_s, u"1"_s}, {u"b"_s, u"3"_s}}));
    QCOMPARE(model.appendRow(), 2);
    QCOMPARE(reported.size(), 3);
    model.removeRowAt(0);
    QCOMPARE(reported, (HeaderList{{u"b"_s, u"3"_s}, {QString(), QString()}}));
    model.setPairs({{u"b"_s, u"4"_s}, {u"c"_s, QString()}});
    QCOMPARE(model.index(0, 1).data().toString(), u"4"_s);
    model.setPairs({});
    QCOMPARE(model.rowCount(), 0);
}

void TestGuiInspector::userPickerModelIsSound()
{
    UserPickerModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUsers(m_context->users);
    QCOMPARE(model.rowCount(), m_context->users.size());
    const int row = model.rowOf(m_context->users.at(3).userId);
    QCOMPARE(row, 3);
    QCOMPARE(model.index(row, 0).data(UserPickerModel::UserIdRole).toString(),
             m_context->users.at(3).userId);
    QVERIFY(model.index(row, 0).data().toString().startsWith(m_context->users.at(3).userId));
    model.setUsers({});
    QCOMPARE(model.rowCount(), 0);
}

void TestGuiInspector::traceModelIsSound()
{
    TraceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RuleSetTrace trace;
    trace.rules.append(
        {false, {{true, u"a"_s, u"1"_s, u"a is 1"_s}, {false, u"b"_s, {}, u"no b"_s}}});
    trace.rules.append({true, {{true, u"c"_s, u"x"_s, u"c is x"_s}}});
    trace.passed = true;
    model.setTrace(trace);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowCount(model.index(0, 0)), 2);
    QCOMPARE(model.index(1, 0, model.index(0, 0)).data().toString(), u"✗ no b"_s);
    QCOMPARE(model.parent(model.index(0, 0, model.index(1, 0))), model.index(1, 0));
    model.setTrace({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestGuiInspector)
#include "tst_gui_inspector.moc"
