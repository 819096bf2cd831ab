// LmSpecialisationView: byte class × expert and language × expert per block, with the MI.
#include "lm_specialisation_view.h"

#include "expert_axis.h"
#include "plot_theme.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace moe::widgets {

QStringList byteClassNames()
{
    static const char *names[moe::kByteClassCount] = {
        QT_TRANSLATE_NOOP("moe::widgets::LmSpecialisationView", "letters"),
        QT_TRANSLATE_NOOP("moe::widgets::LmSpecialisationView", "upper case"),
        QT_TRANSLATE_NOOP("moe::widgets::LmSpecialisationView", "digits"),
        QT_TRANSLATE_NOOP("moe::widgets::LmSpecialisationView", "space"),
        QT_TRANSLATE_NOOP("moe::widgets::LmSpecialisationView", "punctuation"),
        QT_TRANSLATE_NOOP("moe::widgets::LmSpecialisationView", "newline"),
        QT_TRANSLATE_NOOP("moe::widgets::LmSpecialisationView", "ASCII other"),
        QT_TRANSLATE_NOOP("moe::widgets::LmSpecialisationView", "UTF-8 lead byte"),
        QT_TRANSLATE_NOOP("moe::widgets::LmSpecialisationView", "continuation byte"),
    };
    QStringList out;
    for (const char *n : names)
        out << QCoreApplication::translate("moe::widgets::LmSpecialisationView", n);
    return out;
}

LmSpecialisationView::LmSpecialisationView(QWidget *parent) : LmView(parent)
{
    setObjectName(QStringLiteral("lmSpecialisationView"));
    setRefreshInterval(100);
    m_block = makeBlockSelector();
    m_blockLabel = new QLabel(this);
    m_classes = makeMatrix();
    m_languages = makeMatrix();
    auto *top = new QHBoxLayout;
    top->addWidget(m_blockLabel);
    top->addWidget(m_block);
    top->addStretch(1);
    auto *plots = new QHBoxLayout;
    plots->addWidget(m_classes.plot, 3);
    plots->addWidget(m_languages.plot, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addLayout(plots, 1);
    applyTheme();
    retranslateUi();
}

LmSpecialisationView::Matrix LmSpecialisationView::makeMatrix()
{
    Matrix m;
    m.plot = new QCustomPlot(this);
    m.plot->setMinimumSize(160, 120);  // the two tables share a narrow dock
    configureFastPlot(m.plot);
    m.plot->plotLayout()->insertRow(0);
    m.title = new QCPTextElement(m.plot, QString(), QFont(font().family(), font().pointSize(), QFont::Bold));
    m.plot->plotLayout()->addElement(0, 0, m.title);
    QCPAxisRect *rect = m.plot->axisRect();
    rect->axis(QCPAxis::atLeft)->setRangeReversed(true);
    for (QCPAxis *axis : {rect->axis(QCPAxis::atLeft), rect->axis(QCPAxis::atBottom)}) {
        axis->grid()->setVisible(false);
        axis->setSubTicks(false);
        axis->setTickLength(0, 0);
    }
    m.map = new QCPColorMap(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    m.map->setInterpolate(false);
    m.map->setTightBoundary(false);
    m.map->setDataRange(QCPRange(0, 1));
    return m;
}

void LmSpecialisationView::applyTheme()
{
    for (Matrix *m : {&m_classes, &m_languages}) {
        applyPlotTheme(m->plot, palette());
        m->map->setGradient(probabilityGradient(palette()));
        for (QCPAxis *axis : m->plot->axisRect()->axes())
            axis->grid()->setVisible(false);
    }
}

int LmSpecialisationView::block() const
{
    const moe::LmSnapshot &s = lm();
    return std::clamp(m_block->currentIndex(), 0, std::max(0, int(s.specialisation.size()) - 1));
}

QString LmSpecialisationView::byteClassTitle() const
{
    const moe::LmSnapshot &s = lm();
    const double mi = s.specialisation.empty() ? 0.0 : s.specialisation[std::size_t(block())].byteClassMi;
    return tr("byte class × expert: MI %1 % of its maximum").arg(100.0 * mi, 0, 'f', 0);
}

QString LmSpecialisationView::languageTitle() const
{
    const moe::LmSnapshot &s = lm();
    if (s.specialisation.empty() || s.specialisation[std::size_t(block())].language.empty())
        return tr("language × expert: this corpus has no language labels");
    return tr("language × expert: MI %1 % of its maximum")
        .arg(100.0 * s.specialisation[std::size_t(block())].languageMi, 0, 'f', 0);
}

void LmSpecialisationView::retranslateUi()
{
    m_blockLabel->setText(tr("Block"));
    retranslateBlockSelector(m_block);
    for (Matrix *m : {&m_classes, &m_languages}) {
        m->plot->axisRect()->axis(QCPAxis::atBottom)->setLabel(tr("expert (top-1)"));
    }
    m_classes.title->setText(byteClassTitle());
    m_languages.title->setText(languageTitle());
    setToolTip(tr("Which kinds of bytes each expert of the block takes: each row shows how its bytes are shared "
                  "out. Mutual information near 100 % means the experts have divided the kinds among themselves."));
}

void LmSpecialisationView::fill(Matrix &m, const std::vector<std::vector<long long>> &counts, const QStringList &rows)
{
    const int r = std::max(1, int(rows.size()));
    const int experts = std::max(1, lm().experts);
    m.map->data()->setSize(experts, r);
    m.map->data()->setRange(QCPRange(0, experts - 1), QCPRange(0, r - 1));
    m.map->data()->fill(0);
    for (std::size_t i = 0; i < counts.size() && int(i) < r; ++i) {
        long long total = 0;
        for (long long v : counts[i])
            total += v;
        for (std::size_t e = 0; e < counts[i].size() && int(e) < experts; ++e)
            m.map->data()->setCell(int(e), int(i), total > 0 ? double(counts[i][e]) / double(total) : 0.0);
    }
    auto ticks = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < rows.size(); ++i)
        ticks->addTick(i, rows[i]);
    QCPAxisRect *rect = m.plot->axisRect();
    rect->axis(QCPAxis::atLeft)->setTicker(ticks);
    rect->axis(QCPAxis::atBottom)
        ->setTicker(expertAxisTicker(experts, expertAxisStride(experts, rect->axis(QCPAxis::atBottom))));
    rect->axis(QCPAxis::atBottom)->setRange(-0.5, experts - 0.5);
    rect->axis(QCPAxis::atLeft)->setRange(-0.5, r - 0.5);
    replotPlot(m.plot);
}

void LmSpecialisationView::rebuild()
{
    const moe::LmSnapshot &s = lm();
    syncBlockSelector(m_block, s.blocks);
    const std::vector<std::vector<long long>> none;
    const auto *spec = s.specialisation.empty() ? nullptr : &s.specialisation[std::size_t(block())];
    retranslateUi();
    fill(m_classes, spec ? spec->byteClass : none, byteClassNames());
    fill(m_languages, spec ? spec->language : none, {tr("English"), tr("German"), tr("Chinese")});
}

QString LmSpecialisationView::csv() const
{
    const moe::LmSnapshot &s = lm();
    static const char *classIds[] = {"letters",     "upper",     "digits",           "space", "punctuation", "newline",
                                     "ascii_other", "utf8_lead", "utf8_continuation"};
    static const char *languageIds[] = {"en", "de", "zh"};
    QString out = QStringLiteral("block,table,row,expert,count\n");
    for (std::size_t l = 0; l < s.specialisation.size(); ++l) {
        const moe::LmBlockSpecialisation &b = s.specialisation[l];
        for (std::size_t r = 0; r < b.byteClass.size(); ++r)
            for (std::size_t e = 0; e < b.byteClass[r].size(); ++e)
                out += QStringLiteral("%1,byte_class,%2,%3,%4\n")
                           .arg(l + 1)
                           .arg(QLatin1String(classIds[r]))
                           .arg(e + 1)
                           .arg(b.byteClass[r][e]);
        for (std::size_t r = 0; r < b.language.size() && r < 3; ++r)
            for (std::size_t e = 0; e < b.language[r].size(); ++e)
                out += QStringLiteral("%1,language,%2,%3,%4\n")
                           .arg(l + 1)
                           .arg(QLatin1String(languageIds[r]))
                           .arg(e + 1)
                           .arg(b.language[r][e]);
    }
    out += QStringLiteral("\nblock,byte_class_mi_fraction,language_mi_fraction\n");
    for (std::size_t l = 0; l < s.specialisation.size(); ++l)
        out += QStringLiteral("%1,%2,%3\n")
                   .arg(l + 1)
                   .arg(s.specialisation[l].byteClassMi, 0, 'g', 6)
                   .arg(s.specialisation[l].languageMi, 0, 'g', 6);
    return out;
}

}  // namespace moe::widgets
