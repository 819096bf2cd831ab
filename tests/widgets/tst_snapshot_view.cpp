// SnapshotView, the base of every view: when it redraws. At most one refresh per interval and
// no later than needed; a hidden view does no work until it is shown; refreshNow() draws at
// once, also offscreen. The cost of a refresh per view is measured by tests/bench/bench_views.
#include "synthetic_snapshot.h"

#include <widgets/loss_view.h>

#include <QtTest>

#include <memory>

using namespace moe::widgets;

class TstSnapshotView : public QObject {
    Q_OBJECT

private slots:
    void refreshIsAtMostOnePerIntervalAndNoLater();
    void hiddenViewWaitsUntilShown();
    void refreshNowDrawsAtOnceWithoutShow();
};

// A snapshot that comes when the last refresh is an interval old is drawn at once (at the next
// turn of the event loop), one that comes sooner waits for the interval; several in between
// make one refresh. (Delaying every snapshot by the interval instead halves the rate when
// snapshots come about an interval apart.)
void TstSnapshotView::refreshIsAtMostOnePerIntervalAndNoLater()
{
    LossView view;
    view.resize(400, 300);
    view.setRefreshInterval(300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto snapshot = std::make_shared<const moe::Snapshot>(moe::test::makeSyntheticSnapshot());
    QTest::qWait(350);  // the interval since the show
    const quint64 start = view.refreshCount();
    view.setSnapshot(snapshot);
    QTRY_COMPARE_WITH_TIMEOUT(view.refreshCount(), start + 1, 150);  // well before the interval
    view.setSnapshot(snapshot);
    view.setSnapshot(snapshot);
    QTest::qWait(100);
    QCOMPARE(view.refreshCount(), start + 1);  // too soon: waits
    QTRY_COMPARE_WITH_TIMEOUT(view.refreshCount(), start + 2, 1000);  // one refresh for both
    QTest::qWait(400);
    QCOMPARE(view.refreshCount(), start + 2);  // nothing new, nothing drawn
}

// A view in a closed dock takes every snapshot but draws none; shown, it draws the newest once.
void TstSnapshotView::hiddenViewWaitsUntilShown()
{
    LossView view;
    view.resize(400, 300);
    view.setRefreshInterval(10);
    const auto snapshot = std::make_shared<const moe::Snapshot>(moe::test::makeSyntheticSnapshot());
    for (int i = 0; i < 5; ++i) {
        view.setSnapshot(snapshot);
        QTest::qWait(20);
    }
    QCOMPARE(view.refreshCount(), quint64(0));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE_WITH_TIMEOUT(view.refreshCount(), quint64(1), 1000);
    QTest::qWait(100);
    QCOMPARE(view.refreshCount(), quint64(1));
}

void TstSnapshotView::refreshNowDrawsAtOnceWithoutShow()
{
    LossView view;
    view.resize(400, 300);
    view.setSnapshot(std::make_shared<const moe::Snapshot>(moe::test::makeSyntheticSnapshot()));
    QSignalSpy refreshed(&view, &SnapshotView::refreshed);
    view.refreshNow();
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(view.refreshCount(), quint64(1));
}

QTEST_MAIN(TstSnapshotView)
#include "tst_snapshot_view.moc"
