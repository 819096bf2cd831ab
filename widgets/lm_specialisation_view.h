// LmSpecialisationView: what each expert of a block takes. Two matrices for the selected block
// over the routed validation text (top-1 expert per byte):
//   byte class × expert   letters, upper case, digits, space, punctuation, newline, ASCII
//                         other, UTF-8 lead byte, continuation byte
//   language × expert     en / de / zh (corpora with language labels, e.g. fortunes)
// each row as shares of that row, with I(X; E) / min(H(X), H(E)) in the title: 1 when the
// expert follows from X (or X from the expert), 0 when routing ignores X.
#pragma once

#include "lm_view.h"

class QComboBox;
class QCustomPlot;
class QCPColorMap;
class QCPTextElement;
class QLabel;

namespace moe::widgets {

class LmSpecialisationView : public LmView {
    Q_OBJECT
public:
    explicit LmSpecialisationView(QWidget *parent = nullptr);

    void retranslateUi() override;
    QString csv() const override;
    QString byteClassTitle() const;
    QString languageTitle() const;
    QComboBox *blockSelector() const { return m_block; }

protected:
    void rebuild() override;
    void applyTheme() override;

private:
    struct Matrix {
        QCustomPlot *plot;
        QCPColorMap *map;
        QCPTextElement *title;
    };
    Matrix makeMatrix();
    void fill(Matrix &m, const std::vector<std::vector<long long>> &counts, const QStringList &rows);
    [[nodiscard]] int block() const;

    QComboBox *m_block;
    QLabel *m_blockLabel;
    Matrix m_classes;
    Matrix m_languages;
};

// The byte classes' names, translated, in ByteClass order.
QStringList byteClassNames();

}  // namespace moe::widgets
