// Commands: live changes queued by the GUI (or a test) and applied by the trainer between
// steps. Learned weights survive every change that keeps the problem's shape.
#pragma once

#include <string>

namespace moe {

struct Command {
    enum class Kind {
        SetValue,  // key = value through the config key table (routing.k, train.lr, ...)
        KnockOut,  // expert index: the router masks it (fault tolerance)
        Restore,  // expert index: un-mask it
        // expert index: knock out a working expert or restore a knocked-out one, as the model
        // stands when the command is applied (resolveToggle), not as an older snapshot showed it
        ToggleKnockOut,
        FreezeExperts,  // flag: freeze / unfreeze every expert
        FreezeGate,  // flag: freeze / unfreeze the router
        FreezeExpert,  // expert index + flag
        AddExpert,  // grow E by one
        RemoveExpert,  // expert index: shrink E by one
        ResetOptimizer,
    };
    Kind kind = Kind::SetValue;
    std::string key;
    std::string value;
    int expert = -1;
    bool flag = true;
    int block = -1;  // language model: the block a knock-out or restore concerns (−1 = every block)

    static Command set(std::string k, std::string v) { return {Kind::SetValue, std::move(k), std::move(v), -1, true}; }
    static Command knockOut(int e) { return {Kind::KnockOut, {}, {}, e, true}; }
    static Command restore(int e) { return {Kind::Restore, {}, {}, e, true}; }
    static Command toggleKnockOut(int e) { return {Kind::ToggleKnockOut, {}, {}, e, true}; }
    static Command addExpert() { return {Kind::AddExpert, {}, {}, -1, true}; }
    static Command removeExpert(int e) { return {Kind::RemoveExpert, {}, {}, e, true}; }
    static Command freezeExperts(bool on) { return {Kind::FreezeExperts, {}, {}, -1, on}; }
    static Command freezeGate(bool on) { return {Kind::FreezeGate, {}, {}, -1, on}; }
};

}  // namespace moe
