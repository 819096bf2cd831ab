// Engine registry: optional engines (core/cuda/, later an expert-parallel engine) register a
// factory here from their own library, so the core never names them and builds without them.
//
// A backend registers once, at static-initialisation time, with a priority (higher is tried
// first). Registration must be cheap: a factory may probe hardware, registration must not.
// The environment variable MOELAB_ENGINE chooses explicitly: "cpu" skips every registered
// backend, a backend's name ("cuda") tries only that one; unset or "auto" tries them all.
#pragma once

#include "engine.h"

#include <memory>
#include <string>
#include <vector>

namespace moe {

// Returns an engine, or nullptr with one English sentence in *whyNot (never left empty).
using EngineFactory = std::unique_ptr<Engine<float>> (*)(std::string *whyNot);

// Returns true, so a backend can write `static const bool registered = registerEngineBackend(...)`.
bool registerEngineBackend(std::string name, int priority, EngineFactory make);

// Names of the registered backends, highest priority first.
[[nodiscard]] std::vector<std::string> registeredEngineBackends();

// The first registered backend (by priority, as MOELAB_ENGINE allows) that gives an engine.
// On success *note says which engine computes; on nullptr *note says why each backend declined
// (empty when none is registered), so the caller falls back to the CPU and can say why.
std::unique_ptr<Engine<float>> makeRegisteredEngine(std::string *note = nullptr);

}  // namespace moe
