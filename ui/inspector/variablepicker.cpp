// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspector/variablepicker.h"

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScreen>
#include <QSortFilterProxyModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Hookflow {

namespace {

constexpr int MaxExamples = 3;
constexpr qsizetype MaxExampleLength = 24;

/// A JSON example as a marketer reads it: strings without quotes or escapes.
QString readable(const QString &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(u"[%1]"_s.arg(json).toUtf8());
    const QJsonValue value = document.array().first();
    QString text = value.isString() ? value.toString() : json;
    text.replace(u'\n', u' ');
    if (text.size() > MaxExampleLength)
        text = text.left(MaxExampleLength - 1) + u'…';
    return text;
}

} // namespace

VariableListModel::VariableListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void VariableListModel::setCatalogue(const VariableCatalogue &catalogue)
{
    beginResetModel();
    m_entries = catalogue.entries();
    endResetModel();
}

int VariableListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString VariableListModel::examplesText(const CatalogueEntry &entry)
{
    QStringList examples;
    for (const QString &example : entry.examples)
        examples.append(readable(example));
    if (examples.size() >= MaxExamples)
        examples.append(u"…"_s);
    return examples.join(u", "_s);
}

QVariant VariableListModel::data(const QModelIndex &index, int role) const
{
    // Views ask with invalid indexes (a combo box without a current item); no warning for that.
    if (!index.isValid() || index.model() != this || index.row() >= m_entries.size())
        return {};
    const CatalogueEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString examples = examplesText(entry);
        return examples.isEmpty() ? tr("%1 — %2").arg(entry.path, entry.type)
                                  : tr("%1 — %2 — %3").arg(entry.path, entry.type, examples);
    }
    case Qt::ToolTipRole:
        return entry.description.isEmpty() ? QVariant() : QVariant(entry.description);
    case PathRole:
        return entry.path;
    case TypeRole:
        return entry.type;
    case ExamplesRole:
        return examplesText(entry);
    case DescriptionRole:
        if (!entry.description.isEmpty())
            return entry.description;
        if (entry.path.startsWith(u"user_properties."_s))
            return tr("Set for %n sample user(s)", nullptr, entry.seenIn);
        if (entry.path.startsWith(u"event_properties."_s))
            return tr("Seen in %n sample event(s)", nullptr, entry.seenIn);
        return {};
    case SearchRole:
        return QStringList{entry.path, entry.type, examplesText(entry), entry.description}.join(
            u'\n');
    default:
        return {};
    }
}

VariablePicker::VariablePicker(QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_model(new VariableListModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_description(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(u"variablePicker"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(VariableListModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_search->setPlaceholderText(tr("Search variables"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_view->setModel(m_proxy);
    m_view->setUniformItemSizes(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setMinimumWidth(520);
    m_view->setMinimumHeight(220);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_view);
    layout->addWidget(m_description);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (m_proxy->rowCount() > 0)
            m_view->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) {
        choose(index.row());
    });
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex &index) {
        choose(index.row());
    });
    connect(m_view->selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            &VariablePicker::updateDescription);
}

void VariablePicker::setCatalogue(const VariableCatalogue &catalogue)
{
    m_model->setCatalogue(catalogue);
}

void VariablePicker::popup(const QPoint &globalPosition)
{
    m_search->clear();
    m_proxy->setFilterFixedString({});
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    updateDescription();
    adjustSize();
    QPoint position = globalPosition;
    if (const QScreen *screen = QGuiApplication::screenAt(globalPosition)) {
        const QRect available = screen->availableGeometry();
        position.setX(std::clamp(position.x(), available.left(), available.right() - width()));
        position.setY(std::clamp(position.y(), available.top(), available.bottom() - height()));
    }
    move(position);
    show();
    m_search->setFocus(Qt::PopupFocusReason);
}

void VariablePicker::choose(int row)
{
    const QModelIndex index = m_proxy->index(row, 0);
    if (!index.isValid())
        return;
    const QString path = index.data(VariableListModel::PathRole).toString();
    hide();
    emit variableChosen(path);
}

bool VariablePicker::eventFilter(QObject *watched, QEvent *event)
{
    // The search field keeps the focus; the arrows and Enter drive the list.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            QCoreApplication::sendEvent(m_view, event);
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            choose(m_view->currentIndex().isValid() ? m_view->currentIndex().row() : 0);
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void VariablePicker::updateDescription()
{
    const QModelIndex index = m_view->currentIndex();
    const QString description = index.data(VariableListModel::DescriptionRole).toString();
    m_description->setText(description);
}

} // namespace Hookflow
