#include <QtTest>
class TstPlotExport : public QObject { Q_OBJECT };
QTEST_MAIN(TstPlotExport)
#include "tst_plot_export.moc"
