#include "engine_registry.h"

#include <algorithm>
#include <cstdlib>
#include <mutex>

namespace moe {

namespace {

struct Backend {
    std::string name;
    int priority;
    EngineFactory make;
};

// Function-local statics: registrations run during static initialisation of other
// translation units, in an order the language does not fix.
std::mutex &registryMutex()
{
    static std::mutex m;
    return m;
}

std::vector<Backend> &registry()
{
    static std::vector<Backend> backends;
    return backends;
}

}  // namespace

bool registerEngineBackend(std::string name, int priority, EngineFactory make)
{
    const std::lock_guard lock(registryMutex());
    auto &r = registry();
    r.erase(std::remove_if(r.begin(), r.end(), [&name](const Backend &b) { return b.name == name; }), r.end());
    r.push_back({std::move(name), priority, make});
    std::stable_sort(r.begin(), r.end(), [](const Backend &a, const Backend &b) { return a.priority > b.priority; });
    return true;
}

std::vector<std::string> registeredEngineBackends()
{
    const std::lock_guard lock(registryMutex());
    std::vector<std::string> names;
    for (const auto &b : registry())
        names.push_back(b.name);
    return names;
}

std::unique_ptr<Engine<float>> makeRegisteredEngine(std::string *note)
{
    std::vector<Backend> backends;
    {
        const std::lock_guard lock(registryMutex());
        backends = registry();
    }
    const char *env = std::getenv("MOELAB_ENGINE");
    const std::string wanted = env ? env : "";
    std::string declined;
    if (wanted == "cpu") {
        if (note)
            *note = "MOELAB_ENGINE=cpu: registered engines skipped.";
        return nullptr;
    }
    for (const auto &b : backends) {
        if (!wanted.empty() && wanted != "auto" && wanted != b.name)
            continue;
        std::string why;
        if (auto engine = b.make(&why)) {
            if (note)
                *note = why.empty() ? "Computing with the " + b.name + " engine." : why;
            return engine;
        }
        declined += std::string(declined.empty() ? "" : " ") + "Engine '" + b.name + "' not used (" + why + ").";
    }
    if (declined.empty() && !wanted.empty() && wanted != "auto")
        declined = "MOELAB_ENGINE=" + wanted + ": no such engine in this build.";
    if (note)
        *note = declined;
    return nullptr;
}

}  // namespace moe
