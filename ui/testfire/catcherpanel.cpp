// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catcherpanel.h"

#include "catcher/catcher.h"
#include "models/capturedrequestmodel.h"

#include <QAction>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hookflow {

CatcherPanel::CatcherPanel(Catcher *catcher, QWidget *parent)
    : QWidget(parent)
    , m_catcher(catcher)
    , m_model(new CapturedRequestModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_detail(new QPlainTextEdit(this))
    , m_address(new QLabel(this))
    , m_count(new QLabel(this))
    , m_clearAction(new QAction(tr("C&lear Catcher"), this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CapturedRequestModel::SortRole);

    m_address->setObjectName(u"catcherAddress"_s);
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_count->setObjectName(u"catcherCount"_s);

    m_clearAction->setObjectName(u"actionClearCatcher"_s);
    m_clearAction->setToolTip(tr("Forget the requests the catcher received"));
    connect(m_clearAction, &QAction::triggered, this, [this] {
        if (m_catcher)
            m_catcher->clear();
        m_model->clear();
        m_detail->clear();
    });
    auto *clearButton = new QToolButton(this);
    clearButton->setDefaultAction(m_clearAction);
    clearButton->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto *header = new QHBoxLayout;
    header->addWidget(m_address, 1);
    header->addWidget(m_count);
    header->addWidget(clearButton);

    m_view->setObjectName(u"catcherView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(CapturedRequestModel::TargetColumn,
                                                     QHeaderView::Stretch);
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    m_view->setColumnWidth(CapturedRequestModel::SequenceColumn, charWidth * 6);
    m_view->setColumnWidth(CapturedRequestModel::TimeColumn,
                           m_view->fontMetrics().horizontalAdvance(u"00:00:00.000"_s) + 16);
    m_view->setColumnWidth(CapturedRequestModel::MethodColumn, charWidth * 9);
    m_view->setColumnWidth(CapturedRequestModel::SizeColumn,
                           m_view->fontMetrics().horizontalAdvance(QLocale().formattedDataSize(1023)
                                                                   + u"0"_s)
                               + 16);
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &CatcherPanel::showSelectedRequest);

    m_detail->setObjectName(u"catcherDetail"_s);
    m_detail->setReadOnly(true);
    m_detail->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Select a request to see its headers and body."));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);

    auto updateCount = [this] {
        m_count->setText(tr("%n request(s)", nullptr, m_model->rowCount()));
    };
    connect(m_model, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        QScrollBar *bar = m_view->verticalScrollBar();
        if (bar->value() >= bar->maximum() - 1)
            m_view->scrollToBottom();
    });

    if (m_catcher) {
        m_model->setRequests(m_catcher->requests());
        connect(m_catcher, &Catcher::requestCaptured, m_model, &CapturedRequestModel::append);
    }
    updateCount();
    refreshAddress();
}

CatcherPanel::~CatcherPanel() = default;

void CatcherPanel::refreshAddress()
{
    if (m_catcher && m_catcher->isListening()) {
        m_address->setText(tr("Listening on %1 — test fires sent to the catcher arrive here.")
                               .arg(m_catcher->url().toString()));
    } else {
        m_address->setText(tr("The catcher is not listening."));
    }
}

void CatcherPanel::showSelectedRequest()
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const CapturedRequest &request = m_model->request(current.row());
    QStringList lines;
    lines << u"%1 %2 %3"_s.arg(request.method, request.target, request.httpVersion);
    for (const auto &[name, value] : request.headers)
        lines << u"%1: %2"_s.arg(QString::fromLatin1(name), QString::fromUtf8(value));
    lines << QString();
    // The body exactly as received: the catcher is where a user checks the bytes on the wire.
    lines << QString::fromUtf8(request.body);
    m_detail->setPlainText(lines.join(u'\n'));
}

} // namespace Hookflow
