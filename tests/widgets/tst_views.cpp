#include <QtTest>
class TstViews : public QObject { Q_OBJECT };
QTEST_MAIN(TstViews)
#include "tst_views.moc"
