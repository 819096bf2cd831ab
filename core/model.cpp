#include "model.h"

#include "task_loss.h"

namespace moe {

template <class S>
Model<S>::Model(const ModelSpec &spec)
    : m_spec(spec),
      m_layer(spec.inputs, spec.outputs, spec.experts, spec.hidden, spec.expertType, spec.activation, spec.routerBias,
              spec.routerHidden)
{
    for (int s = 0; s < spec.sharedExperts; ++s) {
        m_shared.emplace_back(spec.expertType, spec.inputs, spec.hidden, spec.outputs, spec.activation);
        m_shared.back().setNames("shared" + std::to_string(s));
    }
}

template <class S>
void Model<S>::initialize(Rng &rng, double routerInitStd)
{
    m_layer.initialize(rng, routerInitStd);
    for (auto &s : m_shared)
        s.initialize(rng);
}

template <class S>
void Model<S>::forward(const Matrix<S> &x, const LayerOptions &opt, bool training, const Rng &stream,
                       ModelForward<S> &f)
{
    m_layer.forward(x, opt, training, stream, f.layer);
    f.output = f.layer.routed;
    f.sharedSum.setZero(x.rows(), m_spec.outputs);
    f.sharedOut.resize(m_shared.size());
    f.sharedCache.resize(m_shared.size());
    for (std::size_t s = 0; s < m_shared.size(); ++s) {
        Rng rng = stream.fork(0x5A0000 + s);
        m_shared[s].forward(x, f.sharedOut[s], f.sharedCache[s], training ? opt.dropout : 0.0,
                            training ? &rng : nullptr);
        f.sharedSum += f.sharedOut[s];
    }
    if (!m_shared.empty())
        f.output += f.sharedSum;
    if (m_spec.residual && x.cols() == f.output.cols())
        f.output += x;  // a constant path: no parameter gradient
}

template <class S>
LossResult Model<S>::loss(TaskLoss kind, const ModelForward<S> &f, const std::vector<int> *labels,
                          const Matrix<S> *targets, ModelGrad<S> *grad) const
{
    return computeTaskLoss(kind, f, labels, targets, grad);
}

template <class S>
void Model<S>::backward(const ModelForward<S> &f, const ModelGrad<S> &g, const LayerOptions &opt)
{
    m_layer.backward(f.layer, g.dOut, g.omega, opt);
    for (std::size_t s = 0; s < m_shared.size(); ++s)
        if (!m_shared[s].frozen())
            m_shared[s].backward(*f.layer.input, g.dShared, f.sharedCache[s]);
}

template <class S>
std::vector<Parameter<S> *> Model<S>::parameters()
{
    std::vector<Parameter<S> *> out = m_layer.router().parameters();
    for (auto &e : m_layer.experts())
        for (auto *p : e.parameters())
            out.push_back(p);
    for (auto &e : m_shared)
        for (auto *p : e.parameters())
            out.push_back(p);
    return out;
}

template <class S>
std::vector<const Parameter<S> *> Model<S>::parameters() const
{
    std::vector<const Parameter<S> *> out = m_layer.router().parameters();
    for (const auto &e : m_layer.experts())
        for (const auto *p : e.parameters())
            out.push_back(p);
    for (const auto &e : m_shared)
        for (const auto *p : e.parameters())
            out.push_back(p);
    return out;
}

template <class S>
ParameterHomes Model<S>::parameterHomes() const
{
    ParameterHomes homes;
    homes.experts = int(m_layer.experts().size());
    homes.expert.assign(m_layer.router().parameters().size(), -1);
    for (int e = 0; e < homes.experts; ++e)
        homes.expert.insert(homes.expert.end(), m_layer.experts()[std::size_t(e)].parameters().size(), e);
    for (const auto &e : m_shared)
        homes.expert.insert(homes.expert.end(), e.parameters().size(), -1);
    return homes;
}

template class Model<float>;
template class Model<double>;

}  // namespace moe
