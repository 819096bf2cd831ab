// TokenView: validation text coloured by expert per block, with one head's attention on hover.
#include "token_view.h"

#include "expert_palette.h"
#include "routed_text_canvas.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace moe::widgets {

TokenView::TokenView(QWidget *parent) : LmView(parent)
{
    setObjectName(QStringLiteral("tokenView"));
    setRefreshInterval(kFrameIntervalMs);
    m_block = makeBlockSelector();
    m_head = new QComboBox(this);
    m_head->setObjectName(QStringLiteral("headSelector"));
    m_head->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_blockLabel = new QLabel(this);
    m_headLabel = new QLabel(this);
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("tokenInfo"));
    m_info->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);  // a narrow dock cuts it, not widens
    m_canvas = new RoutedTextCanvas;
    m_canvas->setObjectName(QStringLiteral("tokenCanvas"));
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_canvas);

    auto *top = new QHBoxLayout;
    top->addWidget(m_blockLabel);
    top->addWidget(m_block);
    top->addSpacing(12);
    top->addWidget(m_headLabel);
    top->addWidget(m_head);
    top->addSpacing(12);
    top->addWidget(m_info, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addWidget(m_scroll, 1);

    connect(m_canvas, &RoutedTextCanvas::positionHovered, this, [this](int position) {
        m_hovered = position;
        showAttentionOf(position);
        emit positionHovered(position);
    });
    connect(m_head, &QComboBox::currentIndexChanged, this, [this] { showAttentionOf(m_hovered); });
    retranslateUi();
}

void TokenView::retranslateUi()
{
    m_blockLabel->setText(tr("Block"));
    retranslateBlockSelector(m_block);
    m_headLabel->setText(tr("Attention"));
    if (m_head->count() > 0)
        m_head->setItemText(0, tr("off"));
    for (int h = 1; h < m_head->count(); ++h)
        m_head->setItemText(h, tr("head %1").arg(h));
    m_head->setToolTip(tr("Hover a byte to outline the bytes this attention head of the block looks at when it "
                          "reads that byte; the stronger the outline, the larger the weight."));
    setToolTip(tr("Validation text, every byte painted by the expert its block's router sent it to. With k > 1 the "
                  "other experts are the thin lines under the byte; hover a byte for every expert and weight."));
    const moe::LmSnapshot &s = lm();
    if (s.empty())
        m_info->setText(tr("Choose a text corpus in the Data group to train the language model."));
    else
        m_info->setText(tr("step %1 · validation bytes %2–%3 · k = %4")
                            .arg(s.step)
                            .arg(s.textOffset)
                            .arg(s.textOffset + int(s.text.size()))
                            .arg(s.k));
}

void TokenView::syncHeadSelector(int heads)
{
    if (m_head->count() == heads + 1)
        return;
    const QSignalBlocker block(m_head);
    const int keep = m_head->currentIndex();
    m_head->clear();
    m_head->addItem(QString());
    for (int h = 0; h < heads; ++h)
        m_head->addItem(QString());
    m_head->setCurrentIndex(std::clamp(keep, 0, heads));
}

void TokenView::rebuild()
{
    const moe::LmSnapshot &s = lm();
    syncBlockSelector(m_block, s.blocks);
    syncHeadSelector(s.heads);
    m_canvas->setBlock(std::max(0, m_block->currentIndex()));
    m_canvas->setText(s.text);
    showAttentionOf(m_hovered);
    retranslateUi();
}

void TokenView::showAttentionOf(int position)
{
    const moe::LmSnapshot &s = lm();
    const int head = m_head->currentIndex() - 1;
    if (position < 0 || head < 0 || s.context <= 0) {
        m_canvas->setHighlight(-1, {});
        return;
    }
    std::vector<double> w(s.text.size(), 0.0);
    const int block = std::max(0, m_block->currentIndex());
    const int start = position / s.context * s.context;
    for (int key = start; key <= position && key < int(w.size()); ++key)
        w[std::size_t(key)] = s.attentionAt(position, block, head, key);
    m_canvas->setHighlight(position, w);
}

QString TokenView::csv() const
{
    const moe::LmSnapshot &s = lm();
    QString out = QStringLiteral("position,byte,language");
    for (int l = 0; l < s.blocks; ++l)
        out += QStringLiteral(",block%1_experts,block%1_weights").arg(l + 1);
    out += QLatin1Char('\n');
    static const char *languages[] = {"", "en", "de", "zh"};
    for (std::size_t i = 0; i < s.text.size(); ++i) {
        const moe::RoutedByte &b = s.text[i];
        const int lang = i < s.textLanguage.size() ? int(s.textLanguage[i]) : 0;
        out += QStringLiteral("%1,%2,%3")
                   .arg(s.textOffset + int(i))
                   .arg(int(b.byte))
                   .arg(QLatin1String(languages[lang & 3]));
        for (int l = 0; l < s.blocks; ++l) {
            QStringList experts, weights;
            if (std::size_t(l) < b.experts.size())
                for (std::size_t r = 0; r < b.experts[std::size_t(l)].size(); ++r) {
                    experts << QString::number(b.experts[std::size_t(l)][r]);
                    weights << QString::number(b.weights[std::size_t(l)][r], 'g', 4);
                }
            out += QStringLiteral(",%1,%2").arg(experts.join(QLatin1Char(' ')), weights.join(QLatin1Char(' ')));
        }
        out += QLatin1Char('\n');
    }
    return out;
}

}  // namespace moe::widgets
