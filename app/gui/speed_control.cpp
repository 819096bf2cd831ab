#include "speed_control.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>

#include <array>

namespace moe::gui {
namespace {

constexpr std::array<int, 8> kSpeeds = {1, 3, 10, 30, 100, 300, 1000, 0};  // 0 = max

}  // namespace

SpeedControl::SpeedControl(QWidget *parent)
    : QWidget(parent), m_slider(new QSlider(Qt::Horizontal, this)), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("speedControl"));
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Preferred);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(6, 0, 6, 0);
    row->addWidget(m_label);
    row->addWidget(m_slider);
    m_slider->setRange(0, int(kSpeeds.size()) - 1);
    m_slider->setPageStep(1);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setFixedWidth(120);
    m_slider->setValue(int(kSpeeds.size()) - 1);
    m_label->setMinimumWidth(m_label->fontMetrics().horizontalAdvance(QStringLiteral("Speed: 1000 steps/s")));
    connect(m_slider, &QSlider::valueChanged, this, [this] {
        updateLabel();
        emit speedChanged(stepsPerSecond());
    });
    retranslateUi();
}

int SpeedControl::stepsPerSecond() const
{
    return kSpeeds[std::size_t(m_slider->value())];
}

void SpeedControl::setStepsPerSecond(int stepsPerSecond)
{
    int best = int(kSpeeds.size()) - 1;
    for (std::size_t i = 0; i < kSpeeds.size(); ++i)
        if (kSpeeds[i] == stepsPerSecond)
            best = int(i);
    m_slider->setValue(best);
}

void SpeedControl::updateLabel()
{
    const int s = stepsPerSecond();
    m_label->setText(s == 0 ? tr("Speed: max") : tr("Speed: %n step(s)/s", nullptr, s));
}

void SpeedControl::retranslateUi()
{
    m_slider->setToolTip(tr("Training speed: slow it down to watch single steps, or let it run flat out."));
    m_slider->setAccessibleName(tr("Training speed"));
    updateLabel();
}

void SpeedControl::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

}  // namespace moe::gui
