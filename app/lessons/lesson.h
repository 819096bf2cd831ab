// Lesson: an experiment file (.moelab) with a `lesson` section that turns a run into a
// classroom demonstration: a title, an explanation, the controls to highlight and to hide,
// scripted live events ("at step 300 knock out the busiest expert") and a check that measures
// whether the lesson's phenomenon appeared.
//
//   "lesson": {
//     "id": "fault_tolerance",               snake_case, stable (a contract once shipped)
//     "number": 8,                           order in the Lessons menu (optional)
//     "title": "Fault tolerance: knock an expert out",
//     "explanation": "Paragraphs separated by blank lines ...",
//     "highlight": ["routing.k"],            configuration keys to draw attention to
//     "hide": ["balance.z"],                 configuration keys to hide from the panel
//     "events": [ { "step": 300, "action": "knock_out", "expert": "busiest",
//                   "note": "The busiest expert fails." } ],
//     "check": { "kind": "compare", ... },   see lesson_check.h
//     "inspect": { "sample": 0 }             optional: show the inference of this dataset row
//   }
//
// Event actions: set (key, value), knock_out / restore / freeze_expert (expert: index,
// "busiest" or "newest"), add_expert, remove_expert (expert), freeze_experts / freeze_gate
// (on: true|false), reset_optimizer. They map one to one onto moe::Command.
#pragma once

#include "core/command.h"
#include "core/snapshot.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace moe::app {

struct LessonEvent {
    enum class Target { Index, Busiest, Newest };

    int step = 0;  // applied after this many training steps (0 = before the first)
    QString action;  // "knock_out", "add_expert", "set", ...
    Target target = Target::Index;
    int expert = -1;  // with Target::Index
    QString key, value;  // for "set"
    bool on = true;  // for the freeze actions
    QString note;  // shown when the event fires (translated for built-in lessons)

    // The command for the trainer's current state: "busiest" is the expert with the largest
    // load in the last step among those not knocked out, "newest" the last one.
    [[nodiscard]] Command command(const Snapshot &current) const;
    // The expert the command acts on (-1 when none). For add_expert: the index of the new one.
    [[nodiscard]] int targetExpert(const Snapshot &current) const;
    // "step 300: knock out expert 2 (the busiest)" — translated.
    [[nodiscard]] QString describe(const Snapshot &current) const;
};

struct Lesson {
    QString id;
    int number = 0;
    QString title;  // translated for built-in lessons
    QString explanation;  // translated for built-in lessons
    QStringList highlight;  // configuration keys
    QStringList hide;  // configuration keys
    std::vector<LessonEvent> events;  // ascending by step
    QJsonObject check;  // the check specification (lesson_check.h); may be empty
    int inspectSample = -1;  // "inspect": {"sample": N}: open the inference inspector on
        // dataset row N (route → select → combine); -1 = none

    [[nodiscard]] QJsonObject toJson() const;
};

// Parses a `lesson` section. Returns "" or a translated error naming the field; configuration
// keys in highlight/hide/set events are validated against the key table.
QString parseLesson(const QJsonObject &json, Lesson *lesson);

// Parses a list of events (the lesson's, or a check variant's own); `where` names it in
// messages ("lesson.events"). The result is sorted by step.
QString parseLessonEvents(const QJsonValue &events, const QString &where, std::vector<LessonEvent> *out);

// Plays a lesson's events during a run: call due(step) between steps.
class LessonScript {
public:
    explicit LessonScript(std::vector<LessonEvent> events = {});
    // The events that fire now (their step ≤ `step`, not fired before), in order.
    std::vector<LessonEvent> due(int step);
    void rewind() { m_next = 0; }
    [[nodiscard]] bool finished() const { return m_next >= m_events.size(); }

private:
    std::vector<LessonEvent> m_events;
    std::size_t m_next = 0;
};

}  // namespace moe::app
