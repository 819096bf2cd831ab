// The views with many experts (64, as in the fine-grained lessons): axis names that never run
// into each other and model-diagram boxes that stay apart, on a narrow dock.
#include "synthetic_snapshot.h"

#include <widgets/expert_load_view.h>
#include <widgets/model_diagram_view.h>

#include <qcustomplot.h>

#include <QtTest>

#include <utility>
#include <vector>

using namespace moe::widgets;

class TstManyExperts : public QObject {
    Q_OBJECT
private slots:
    // 64 experts on a narrow dock: the load axis names every stride-th expert with room between
    // the names, and the diagram's expert boxes never overlap (they did: a 6-pixel minimum height
    // in 3-pixel slots turned the column into one block).
    void manyExpertsKeepNamesApartAndBoxesSeparate()
    {
        moe::test::SyntheticOptions options;
        options.experts = 64;
        const moe::Snapshot snapshot = moe::test::makeSyntheticSnapshot(options);

        ExpertLoadView load;
        load.resize(420, 360);
        load.show();
        QVERIFY(QTest::qWaitForWindowExposed(&load));
        load.setSnapshot(snapshot);
        load.refreshNow();
        load.refreshNow();  // the second pass sees the laid-out axis
        QCPAxis *axis = load.plot()->axisRect()->axis(QCPAxis::atBottom);
        auto namedTicks = [axis] {
            std::vector<std::pair<double, QString>> out;
            const QSharedPointer<QCPAxisTicker> ticker = axis->ticker();
            if (auto *text = dynamic_cast<QCPAxisTickerText *>(ticker.data()))
                for (auto it = text->ticks().cbegin(); it != text->ticks().cend(); ++it)
                    out.emplace_back(it.key(), it.value());
            return out;
        };
        const auto ticks = namedTicks();
        QVERIFY2(ticks.size() >= 4 && ticks.size() < 64, qPrintable(QString::number(ticks.size())));
        const QFontMetrics metrics(axis->tickLabelFont());
        for (std::size_t i = 1; i < ticks.size(); ++i) {
            const auto &[at, name] = ticks[i];
            const auto &[atBefore, nameBefore] = ticks[i - 1];
            const double gap = axis->coordToPixel(at) - axis->coordToPixel(atBefore);
            const double halfWidths = (metrics.horizontalAdvance(name) + metrics.horizontalAdvance(nameBefore)) / 2.0;
            QVERIFY2(gap > halfWidths, qPrintable(QStringLiteral("%1 and %2 overlap").arg(nameBefore, name)));
        }
        // with four experts every one is named
        load.setSnapshot(moe::test::makeSyntheticSnapshot());
        load.refreshNow();
        QCOMPARE(namedTicks().size(), std::size_t(4));

        ModelDiagramView diagram;
        diagram.setAnimated(false);
        diagram.resize(520, 300);
        diagram.show();
        QVERIFY(QTest::qWaitForWindowExposed(&diagram));
        diagram.setSnapshot(snapshot);
        diagram.refreshNow();
        diagram.grab();  // paint once: the boxes are laid out while painting
        for (int e = 1; e < 64; ++e) {
            const QRectF above = diagram.expertRect(e - 1), below = diagram.expertRect(e);
            QVERIFY2(!above.isEmpty() && !below.isEmpty(), qPrintable(QString::number(e)));
            QVERIFY2(above.bottom() <= below.top(), qPrintable(QStringLiteral("E%1 overlaps E%2").arg(e).arg(e + 1)));
        }
    }
};

QTEST_MAIN(TstManyExperts)
#include "tst_many_experts.moc"
