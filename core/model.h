// Model: the MoE layer, optional always-on shared experts (DeepSeekMoE, §11), and the task
// loss. The experts' outputs are the task outputs (class logits or regression values).
//
//   output_t = Σ_{kept (t,e)} w_{t,e} f_e(x_t) + Σ_{shared s} f_s(x_t)  [+ x_t in residual mode]
//   (residual mode, MOE_SPEC §0.9: a token whose assignments were all dropped passes through)
//
// Task losses (mean over the T tokens of the batch):
//   ce          L = CE(softmax(output_t), y_t)                       (mixture of logits)
//   mixture     L = −log Σ_e w_e softmax(c_e)_y,  c_e = f_e(x) + shared   (§1 classification)
//   mse         L = ‖output_t − y_t‖²
//   competitive L = −log Σ_e w_e exp(−½‖y_t − c_e‖²)                 (Jacobs et al. 1991)
// A token with no kept expert under the mixture losses scores the uniform prediction and
// passes no gradient.
#pragma once

#include "expert_threads.h"
#include "moe_layer.h"

#include <memory>
#include <vector>

namespace moe {

struct ModelSpec {
    int inputs = 2;
    int outputs = 2;
    int experts = 4;
    int hidden = 16;
    ExpertType expertType = ExpertType::Mlp;
    Activation activation = Activation::Relu;
    int sharedExperts = 0;
    bool routerBias = false;
    int routerHidden = 0;  // > 0: the gate is an MLP d → routerHidden → E (ReLU)
    bool residual = false;  // output += x (only when inputs == outputs): dropped tokens pass through
};

template <class S>
struct ModelForward {
    LayerForward<S> layer;
    std::vector<Matrix<S>> sharedOut;  // per shared expert, T×o
    std::vector<ExpertCache<S>> sharedCache;
    Matrix<S> sharedSum;  // T×o (zero when none)
    Matrix<S> output;  // T×o
};

template <class S>
struct ModelGrad {
    std::vector<Matrix<S>> dOut;  // per routed expert, n_e × o
    MatrixD omega;  // T×E, ∂L/∂w for kept pairs
    Matrix<S> dShared;  // T×o, gradient to each shared expert's output
};

struct LossResult {
    double task = 0;  // mean task loss
    int correct = 0;  // classification
    std::vector<int> predictedClass;
    MatrixD predictedValue;  // regression, T×o
};

template <class S>
class Model {
public:
    explicit Model(const ModelSpec &spec);

    void initialize(Rng &rng, double routerInitStd);
    void forward(const Matrix<S> &x, const LayerOptions &opt, bool training, const Rng &stream, ModelForward<S> &f);
    // The task loss; when grad is non-null it is filled with ∂L/∂(expert outputs, weights).
    LossResult loss(TaskLoss kind, const ModelForward<S> &f, const std::vector<int> *labels, const Matrix<S> *targets,
                    ModelGrad<S> *grad) const;
    // Writes every parameter's gradient (frozen ones are skipped).
    void backward(const ModelForward<S> &f, const ModelGrad<S> &g, const LayerOptions &opt);

    MoeLayer<S> &layer() { return m_layer; }
    const MoeLayer<S> &layer() const { return m_layer; }
    std::vector<Expert<S>> &sharedExperts() { return m_shared; }
    const std::vector<Expert<S>> &sharedExperts() const { return m_shared; }
    std::vector<Parameter<S> *> parameters();
    std::vector<const Parameter<S> *> parameters() const;
    // For each tensor of parameters(), in its order, the expert it belongs to (−1: the router's
    // and the shared experts'), so the optimizer updates it on the expert's owner thread.
    [[nodiscard]] ParameterHomes parameterHomes() const;
    [[nodiscard]] const ModelSpec &spec() const { return m_spec; }
    void setExpertCountInSpec(int e) { m_spec.experts = e; }

private:
    ModelSpec m_spec;
    MoeLayer<S> m_layer;
    std::vector<Expert<S>> m_shared;
};

}  // namespace moe
