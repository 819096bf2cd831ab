#include "default_experiment.h"

#include "app/common/dataset_source.h"

#include <QThread>

#include <algorithm>

namespace moe::gui {

ExperimentConfig defaultExperiment()
{
    ExperimentConfig c;
    c.data.name = "spirals";
    c.data.classes = 3;
    c.data.samples = 1200;
    c.data.noise = 0.1;
    c.model.experts = 4;
    c.model.hidden = 16;
    c.routing.strategy = "topk";
    c.routing.k = 2;
    c.balance.aux = 0.01;
    c.train.lr = 0.01;
    c.train.batch = 64;
    c.train.steps = 1'000'000;  // keeps going through a lesson; Step / Pause stop it
    c.train.threads = windowTrainingThreads(false);
    return c;
}

int windowTrainingThreads(bool textData)
{
    const int cores = std::max(1, QThread::idealThreadCount());
    return textData ? cores : std::max(1, cores - 1);
}

ExperimentConfig windowDefaultsForData(const ExperimentConfig &current, ExperimentConfig next)
{
    const bool wasText = app::isTextData(current.data), isText = app::isTextData(next.data);
    const bool threadsWereTheWindows = current.train.threads == windowTrainingThreads(wasText);
    next = app::withDefaultsForData(current, next, defaultExperiment());
    if (wasText != isText && threadsWereTheWindows)
        next.train.threads = windowTrainingThreads(isText);
    return next;
}

}  // namespace moe::gui
