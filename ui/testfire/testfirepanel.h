// SPDX-FileCopyrightText: 2026 Hookflow contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/resultsdatabase.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTableView;

namespace Hookflow {

class DeliveryModel;

/// The Test fire dock: the KPIs of the campaign's latest run, its deliveries as they happen, and
/// the recorded request and response of the selected delivery.
class TestFirePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestFirePanel)

public:
    explicit TestFirePanel(QWidget *parent = nullptr);
    ~TestFirePanel() override;

    DeliveryModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

    /// Where the selected delivery's attempts are read from; not owned, may be null.
    void setDatabase(ResultsDatabase *database) { m_database = database; }

    /// Shows the numbers of a stored run.
    void showRun(const RunRecord &run, const RunCounts &counts);
    /// Shows that the campaign has no run yet (the KPIs read "—").
    void showNoRun();
    /// Replaces the line above the KPIs, e.g. while a run is going.
    void setCaption(const QString &text);

private:
    enum Kpi { Targeted, Matched, Sent, Delivered, Failed, Skipped, KpiCount };

    QWidget *createKpiTile(Kpi kpi, const QString &name, const QString &caption);
    void setKpi(Kpi kpi, const QString &text, const QColor &accent = {});
    void showSelectedDelivery();

    DeliveryModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_kpis[KpiCount] = {};
    QPlainTextEdit *m_detail = nullptr;
    ResultsDatabase *m_database = nullptr;
};

} // namespace Hookflow
