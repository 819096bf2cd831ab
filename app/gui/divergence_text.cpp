#include "divergence_text.h"

#include <QCoreApplication>

namespace moe::gui {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Divergence)
};

}  // namespace

QString divergenceText(const Divergence &d)
{
    QString what;
    switch (d.kind) {
    case DivergenceKind::None: return {};
    case DivergenceKind::LossNaN: what = Text::tr("The loss became NaN at step %1.").arg(d.step); break;
    case DivergenceKind::LossInfinite: what = Text::tr("The loss became infinite at step %1.").arg(d.step); break;
    case DivergenceKind::LossExploded:
        what = Text::tr("The loss exploded to %1 at step %2 (it started at %3).")
                   .arg(QString::number(d.loss, 'g', 4))
                   .arg(d.step)
                   .arg(QString::number(d.initialLoss, 'g', 4));
        break;
    case DivergenceKind::GradientNonFinite:
        what = Text::tr("A gradient became non-finite at step %1.").arg(d.step);
        break;
    }
    if (d.restoredStep >= 0)
        return what + QLatin1Char(' ')
            + Text::tr("Training was paused and the weights of step %1 were restored. Lower the learning rate "
                       "(train.lr) and continue.")
                  .arg(d.restoredStep);
    return what + QLatin1Char(' ')
        + Text::tr("Training was paused. Lower the learning rate (train.lr) and start again.");
}

}  // namespace moe::gui
