// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testfirepanel.h"

#include "models/deliverymodel.h"

#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

/// A server's compact JSON answer is easier to read indented; anything else is shown as it is.
QString prettyBody(const QString &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return body;
    return QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace

TestFirePanel::TestFirePanel(QWidget *parent)
    : QWidget(parent)
    , m_model(new DeliveryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_caption(new QLabel(this))
    , m_detail(new QPlainTextEdit(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DeliveryModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_caption->setObjectName(u"kpiRunLabel"_s);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *kpiRow = new QHBoxLayout;
    kpiRow->setSpacing(6);
    kpiRow->addWidget(createKpiTile(Targeted, u"kpiTargeted"_s, tr("Targeted")));
    kpiRow->addWidget(createKpiTile(Matched, u"kpiMatched"_s, tr("Matched")));
    kpiRow->addWidget(createKpiTile(Sent, u"kpiSent"_s, tr("Sent")));
    kpiRow->addWidget(createKpiTile(Delivered, u"kpiDelivered"_s, tr("Delivered")));
    kpiRow->addWidget(createKpiTile(Failed, u"kpiFailed"_s, tr("Failed")));
    kpiRow->addWidget(createKpiTile(Skipped, u"kpiSkipped"_s, tr("Skipped")));

    m_filter->setObjectName(u"deliveryFilter"_s);
    m_filter->setPlaceholderText(tr("Filter deliveries…"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(280);
    connect(m_filter,
            &QLineEdit::textChanged,
            m_proxy,
            &QSortFilterProxyModel::setFilterFixedString);

    auto *header = new QHBoxLayout;
    header->addWidget(m_caption, 1);
    header->addWidget(m_filter);

    m_view->setObjectName(u"deliveryView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // arrival order until the user sorts
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    const int timeWidth = m_view->fontMetrics().horizontalAdvance(u"00:00:00.000"_s) + 16;
    m_view->setColumnWidth(DeliveryModel::TimeColumn, timeWidth);
    m_view->setColumnWidth(DeliveryModel::UserColumn, charWidth * 12);
    m_view->setColumnWidth(DeliveryModel::NodeColumn, charWidth * 12);
    m_view->setColumnWidth(DeliveryModel::MethodColumn, charWidth * 9);
    m_view->setColumnWidth(DeliveryModel::UrlColumn, charWidth * 28);
    m_view->setColumnWidth(DeliveryModel::StatusColumn, charWidth * 8);
    m_view->setColumnWidth(DeliveryModel::LatencyColumn, charWidth * 10);
    m_view->setColumnWidth(DeliveryModel::StateColumn, charWidth * 11);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &TestFirePanel::showSelectedDelivery);
    // Follow a run as it streams in, unless the user has scrolled up to read something.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 1)
            m_view->scrollToBottom();
    });

    m_detail->setObjectName(u"deliveryDetail"_s);
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(
        tr("Select a delivery to see the request as sent and the response."));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addLayout(kpiRow);
    layout->addWidget(splitter, 1);

    showNoRun();
}

TestFirePanel::~TestFirePanel() = default;

QWidget *TestFirePanel::createKpiTile(Kpi kpi, const QString &name, const QString &caption)
{
    auto *tile = new QFrame(this);
    tile->setObjectName(name + u"Tile"_s);
    tile->setFrameShape(QFrame::StyledPanel);
    tile->setBackgroundRole(QPalette::Base);
    tile->setAutoFillBackground(true);

    auto *value = new QLabel(tile);
    value->setObjectName(name);
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    value->setFont(big);
    value->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    value->setAccessibleName(caption);

    auto *label = new QLabel(caption, tile);
    label->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(tile);
    layout->setContentsMargins(10, 4, 10, 4);
    layout->setSpacing(0);
    layout->addWidget(value);
    layout->addWidget(label);
    m_kpis[kpi] = value;
    return tile;
}

void TestFirePanel::setKpi(Kpi kpi, const QString &text, const QColor &accent)
{
    QLabel *label = m_kpis[kpi];
    label->setText(text);
    QPalette palette = label->palette();
    // The tile's Base background makes a label draw with Text, not WindowText: set both.
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text})
        palette.setColor(role, accent.isValid() ? accent : this->palette().color(role));
    label->setPalette(palette);
}

void TestFirePanel::showRun(const RunRecord &run, const RunCounts &counts)
{
    const QLocale locale;
    setKpi(Targeted, locale.toString(counts.targeted));
    setKpi(Matched, locale.toString(counts.matched));
    setKpi(Sent, locale.toString(counts.sent));
    setKpi(Delivered,
           locale.toString(counts.delivered),
           counts.delivered > 0 ? QColor(0x1e, 0x84, 0x49) : QColor());
    setKpi(Failed,
           locale.toString(counts.failed),
           counts.failed > 0 ? QColor(0xc0, 0x39, 0x2b) : QColor());
    setKpi(Skipped, locale.toString(counts.skipped));
    const QString mode = run.mode == "dry"_L1 ? tr("dry run") : tr("live");
    const QString when = locale.toString(run.startedAt.toLocalTime(), QLocale::ShortFormat);
    setCaption(tr("Latest run #%1 of %2 · %3 · %4")
                   .arg(QString::number(run.id), run.campaignTitle, mode, when));
}

void TestFirePanel::showNoRun()
{
    for (int kpi = 0; kpi < KpiCount; ++kpi)
        setKpi(Kpi(kpi), u"—"_s);
    setCaption(tr("No runs yet. Test fire (F5) sends the campaign to the sample users."));
}

void TestFirePanel::setCaption(const QString &text)
{
    m_caption->setText(text);
}

void TestFirePanel::showSelectedDelivery()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const DeliveryUpdate &update = m_model->update(current.row());
    QStringList lines;
    QList<AttemptRecord> attempts;
    if (m_database) {
        const Result<QList<AttemptRecord>> all = m_database->attempts(update.runId);
        if (all) {
            for (const AttemptRecord &attempt : all.value()) {
                const bool same = update.webhookId.isEmpty()
                                      ? attempt.userId == update.userId
                                            && attempt.nodeId == update.nodeId
                                      : attempt.webhookId == update.webhookId;
                if (same)
                    attempts.append(attempt);
            }
        }
    }
    if (attempts.isEmpty()) {
        lines << u"%1 %2"_s.arg(update.method, update.url);
        if (!update.webhookId.isEmpty())
            lines << u"webhook-id: %1"_s.arg(update.webhookId);
        if (update.status > 0)
            lines << tr("→ %1 in %2 ms").arg(update.status).arg(update.latencyMs);
        if (!update.error.isEmpty())
            lines << tr("Error: %1").arg(update.error);
    }
    for (const AttemptRecord &attempt : std::as_const(attempts)) {
        if (attempts.size() > 1)
            lines << tr("── Attempt %1 ──").arg(attempt.number);
        lines << u"%1 %2"_s.arg(attempt.method, attempt.url);
        for (const auto &[name, value] : attempt.requestHeaders)
            lines << u"%1: %2"_s.arg(name, value);
        if (!attempt.requestBody.isEmpty())
            lines << QString() << attempt.requestBody.trimmed(); // exactly as sent
        lines << QString();
        if (attempt.status > 0)
            lines << tr("→ %1 in %2 ms").arg(attempt.status).arg(attempt.latencyMs);
        else if (attempt.latencyMs < 0)
            lines << tr("→ no response yet");
        else
            lines << tr("→ no response");
        if (!attempt.error.isEmpty())
            lines << tr("Error (%1): %2").arg(attempt.errorClass, attempt.error);
        if (!attempt.responseBody.isEmpty())
            lines << prettyBody(attempt.responseBody);
        lines << QString();
    }
    m_detail->setPlainText(lines.join(u'\n').trimmed());
}

} // namespace Hookflow
