#include "plot_export.h"

#include <qcustomplot.h>

#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QLayout>
#include <QMenu>
#include <QMessageBox>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace moe::widgets {

namespace {

QString g_lastFolder;  // where the last export went (GUI thread only)

// The QCustomPlot to export as vectors: the view itself or its only plot.
QCustomPlot *plotOf(QWidget *view)
{
    if (auto *plot = qobject_cast<QCustomPlot *>(view))
        return plot;
    const auto plots = view->findChildren<QCustomPlot *>();
    return plots.size() == 1 ? plots.first() : nullptr;
}

void refreshView(QWidget *view)
{
    if (view->metaObject()->indexOfMethod("refreshNow()") >= 0)
        QMetaObject::invokeMethod(view, "refreshNow", Qt::DirectConnection);
}

QSize exportSize(QWidget *view, int width, int height)
{
    QSize size(width, height);
    if (width > 0 && height > 0)
        return size;
    // a view never laid out has no size of its own: slide-friendly 800 × 500 at least
    const bool sized = view->testAttribute(Qt::WA_Resized) || view->isVisible();
    QSize base = sized ? view->size() : view->sizeHint().expandedTo(QSize(800, 500));
    if (!base.isValid() || base.width() < 16 || base.height() < 16)
        base = QSize(800, 500);
    if (width <= 0)
        size.setWidth(base.width());
    if (height <= 0)
        size.setHeight(base.height());
    return size;
}

QString writeError(const QString &path)
{
    return QStringLiteral("cannot write '%1'").arg(QDir::toNativeSeparators(path));
}

QString exportPlot(QCustomPlot *plot, const QString &path, const QString &suffix, QSize size)
{
    const int w = size.width(), h = size.height();
    if (suffix == QLatin1String("png"))
        return plot->savePng(path, w, h) ? QString() : writeError(path);
    if (suffix == QLatin1String("pdf"))
        return plot->savePdf(path, w, h, QCP::epNoCosmetic) ? QString() : writeError(path);
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(QStringLiteral("MoE Lab"));
    QCPPainter painter;
    if (!painter.begin(&generator))
        return writeError(path);
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    plot->toPainter(&painter, w, h);
    painter.end();
    return QString();
}

QString exportWidget(QWidget *view, const QString &path, const QString &suffix, QSize size)
{
    if (suffix == QLatin1String("png")) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(view->palette().color(QPalette::Window));
        view->render(&image);
        return image.save(path, "PNG") ? QString() : writeError(path);
    }
    if (suffix == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setCreator(QStringLiteral("MoE Lab"));
        pdf.setResolution(72);
        pdf.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&pdf))
            return writeError(path);
        const double scale = pdf.width() / double(size.width());
        painter.scale(scale, scale);
        view->render(&painter);
        painter.end();
        return QString();
    }
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(QStringLiteral("MoE Lab"));
    QPainter painter;
    if (!painter.begin(&generator))
        return writeError(path);
    view->render(&painter);
    painter.end();
    return QString();
}

}  // namespace

QString exportView(QWidget *view, const QString &path, int width, int height)
{
    if (!view)
        return QStringLiteral("no view to export");
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix != QLatin1String("png") && suffix != QLatin1String("pdf") && suffix != QLatin1String("svg"))
        return QStringLiteral("unknown export format '%1' (use .png, .pdf or .svg)").arg(info.suffix());
    if (!info.absoluteDir().exists())
        return QStringLiteral("folder '%1' does not exist").arg(QDir::toNativeSeparators(info.absolutePath()));

    const QSize size = exportSize(view, width, height);
    QCustomPlot *plot = plotOf(view);
    if (!view->isVisible()) {
        // Never shown (CLI, tests): lay it out at the export size so the plot has its shape.
        view->resize(plot == view ? size : size.expandedTo(view->minimumSizeHint()));
        if (view->layout())
            view->layout()->activate();
    }
    refreshView(view);
    // An explicit size is the size of the file; otherwise the plot keeps its laid-out size.
    const bool explicitSize = width > 0 && height > 0;
    const QString error = plot ? exportPlot(plot, path, suffix, explicitSize || plot == view ? size : plot->size())
                               : exportWidget(view, path, suffix, size);
    if (!error.isEmpty())
        return error;
    if (QFileInfo(path).size() <= 0)
        return writeError(path);
    return QString();
}

void copyViewToClipboard(QWidget *view)
{
    if (!view)
        return;
    refreshView(view);
    QImage image;
    if (QCustomPlot *plot = plotOf(view))
        image = plot->toPixmap().toImage();
    else
        image = view->grab().toImage();
    QGuiApplication::clipboard()->setImage(image);
}

void addExportActions(QMenu *menu, QWidget *view)
{
    struct Format {
        const char *suffix;
        QString label;
        QString filter;
    };
    const Format formats[] = {
        {"png", QCoreApplication::translate("moe::widgets::PlotExport", "Export PNG…"),
         QCoreApplication::translate("moe::widgets::PlotExport", "PNG image (*.png)")},
        {"pdf", QCoreApplication::translate("moe::widgets::PlotExport", "Export PDF…"),
         QCoreApplication::translate("moe::widgets::PlotExport", "PDF document (*.pdf)")},
        {"svg", QCoreApplication::translate("moe::widgets::PlotExport", "Export SVG…"),
         QCoreApplication::translate("moe::widgets::PlotExport", "SVG drawing (*.svg)")},
    };
    for (const Format &format : formats) {
        const QString suffix = QString::fromLatin1(format.suffix);
        const QString filter = format.filter;
        menu->addAction(format.label, view, [view, suffix, filter] {
            QString base = view->objectName().isEmpty() ? QStringLiteral("moelab-plot") : view->objectName();
            const QString folder = g_lastFolder.isEmpty() ? QDir::homePath() : g_lastFolder;
            const QString path = QFileDialog::getSaveFileName(
                view, QCoreApplication::translate("moe::widgets::PlotExport", "Export view"),
                QDir(folder).filePath(base + QLatin1Char('.') + suffix), filter);
            if (path.isEmpty())
                return;
            g_lastFolder = QFileInfo(path).absolutePath();
            const QString error = exportView(view, path);
            if (!error.isEmpty())
                QMessageBox::warning(view, QCoreApplication::translate("moe::widgets::PlotExport", "Export failed"),
                                     error);
        });
    }
    menu->addSeparator();
    menu->addAction(QCoreApplication::translate("moe::widgets::PlotExport", "Copy image"), view,
                    [view] { copyViewToClipboard(view); });
}

void installExportMenu(QWidget *view)
{
    if (!view || view->property("moelabExportMenu").toBool())
        return;
    view->setProperty("moelabExportMenu", true);
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(view, &QWidget::customContextMenuRequested, view, [view](const QPoint &pos) {
        QMenu menu(view);
        addExportActions(&menu, view);
        menu.exec(view->mapToGlobal(pos));
    });
}

}  // namespace moe::widgets
