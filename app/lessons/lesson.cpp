// The lesson section of a .moelab file: parsing, writing and playing its events.
#include "lesson.h"

#include "app/common/core_strings.h"
#include "core/config.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace moe::app {
namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(Lesson)
};

const QStringList &actionNames()
{
    static const QStringList names = {
        QStringLiteral("set"),
        QStringLiteral("knock_out"),
        QStringLiteral("restore"),
        QStringLiteral("add_expert"),
        QStringLiteral("remove_expert"),
        QStringLiteral("freeze_expert"),
        QStringLiteral("freeze_experts"),
        QStringLiteral("freeze_gate"),
        QStringLiteral("reset_optimizer"),
    };
    return names;
}

bool actionTakesExpert(const QString &action)
{
    return action == QLatin1String("knock_out") || action == QLatin1String("restore")
        || action == QLatin1String("remove_expert") || action == QLatin1String("freeze_expert");
}

// A JSON scalar as the text setConfigValue() reads ("2", "0.5", "true", "topk").
QString scalarText(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == std::floor(d) && std::abs(d) < 1e15 ? QString::number(qint64(d)) : QString::number(d, 'g', 17);
    }
    return v.toString();
}

QString parseKeyList(const QJsonValue &value, const QString &field, QStringList *out)
{
    if (value.isUndefined())
        return {};
    if (!value.isArray())
        return Text::tr("lesson.%1: expected a list of configuration keys").arg(field);
    for (const QJsonValue &v : value.toArray()) {
        const QString key = v.toString();
        if (!v.isString() || !findConfigKey(key.toStdString()))
            return Text::tr("lesson.%1: unknown configuration key \"%2\"")
                .arg(field, v.isString() ? key : QStringLiteral("?"));
        out->append(key);
    }
    return {};
}

QString parseEvent(const QJsonObject &o, const QString &where, LessonEvent *e)
{
    const QJsonValue step = o.value(QLatin1String("step"));
    if (!step.isDouble() || step.toDouble() < 0 || step.toDouble() != std::floor(step.toDouble()))
        return Text::tr("%1.step: expected a whole number ≥ 0").arg(where);
    e->step = int(step.toDouble());
    e->action = o.value(QLatin1String("action")).toString();
    if (!actionNames().contains(e->action))
        return Text::tr("%1.action: expected one of %2").arg(where, actionNames().join(QStringLiteral(", ")));
    e->note = o.value(QLatin1String("note")).toString();
    if (actionTakesExpert(e->action)) {
        const QJsonValue x = o.value(QLatin1String("expert"));
        if (x.isString() && x.toString() == QLatin1String("busiest"))
            e->target = LessonEvent::Target::Busiest;
        else if (x.isString() && x.toString() == QLatin1String("newest"))
            e->target = LessonEvent::Target::Newest;
        else if (x.isDouble() && x.toDouble() >= 0 && x.toDouble() == std::floor(x.toDouble()))
            e->expert = int(x.toDouble());
        else
            return Text::tr("%1.expert: expected an expert index, \"busiest\" or \"newest\"").arg(where);
    }
    if (e->action == QLatin1String("set")) {
        e->key = o.value(QLatin1String("key")).toString();
        e->value = scalarText(o.value(QLatin1String("value")));
        if (!findConfigKey(e->key.toStdString()))
            return Text::tr("%1.key: unknown configuration key \"%2\"").arg(where, e->key);
        ExperimentConfig probe;
        const Problem error = setConfigValue(probe, e->key.toStdString(), e->value.toStdString());
        if (!error.empty())
            return Text::tr("%1.value: %2").arg(where, app::problemText(error));
    }
    if (e->action.startsWith(QLatin1String("freeze")))
        e->on = o.value(QLatin1String("on")).toBool(true);
    return {};
}

}  // namespace

int LessonEvent::targetExpert(const Snapshot &current) const
{
    const int experts = int(current.expertStats.size());
    if (action == QLatin1String("add_expert"))
        return experts;
    if (!actionTakesExpert(action))
        return -1;
    switch (target) {
    case Target::Index: return expert;
    case Target::Newest: return experts - 1;
    case Target::Busiest: {
        int best = -1;
        for (int i = 0; i < experts; ++i) {
            const ExpertStats &s = current.expertStats[std::size_t(i)];
            if (s.knockedOut || s.shared)
                continue;
            if (best < 0 || s.load > current.expertStats[std::size_t(best)].load)
                best = i;
        }
        return best;
    }
    }
    return -1;
}

Command LessonEvent::command(const Snapshot &current) const
{
    const int x = targetExpert(current);
    if (action == QLatin1String("set"))
        return Command::set(key.toStdString(), value.toStdString());
    if (action == QLatin1String("knock_out"))
        return Command::knockOut(x);
    if (action == QLatin1String("restore"))
        return Command::restore(x);
    if (action == QLatin1String("add_expert"))
        return Command::addExpert();
    if (action == QLatin1String("remove_expert"))
        return Command::removeExpert(x);
    if (action == QLatin1String("freeze_expert"))
        return {Command::Kind::FreezeExpert, {}, {}, x, on};
    if (action == QLatin1String("freeze_experts"))
        return Command::freezeExperts(on);
    if (action == QLatin1String("freeze_gate"))
        return Command::freezeGate(on);
    return {Command::Kind::ResetOptimizer, {}, {}, -1, true};
}

QString LessonEvent::describe(const Snapshot &current) const
{
    const int x = targetExpert(current);
    QString what;
    if (action == QLatin1String("set"))
        what = Text::tr("set %1 = %2").arg(key, value);
    else if (action == QLatin1String("knock_out"))
        what = target == Target::Busiest ? Text::tr("knock out expert %1 (the busiest)").arg(x)
                                         : Text::tr("knock out expert %1").arg(x);
    else if (action == QLatin1String("restore"))
        what = Text::tr("restore expert %1").arg(x);
    else if (action == QLatin1String("add_expert"))
        what = Text::tr("add expert %1").arg(x);
    else if (action == QLatin1String("remove_expert"))
        what = Text::tr("remove expert %1").arg(x);
    else if (action == QLatin1String("freeze_expert"))
        what = on ? Text::tr("freeze expert %1").arg(x) : Text::tr("unfreeze expert %1").arg(x);
    else if (action == QLatin1String("freeze_experts"))
        what = on ? Text::tr("freeze the experts") : Text::tr("unfreeze the experts");
    else if (action == QLatin1String("freeze_gate"))
        what = on ? Text::tr("freeze the gate") : Text::tr("unfreeze the gate");
    else
        what = Text::tr("reset the optimiser");
    return Text::tr("step %1: %2").arg(step).arg(what);
}

QJsonObject Lesson::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    if (number > 0)
        o.insert(QStringLiteral("number"), number);
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("explanation"), explanation);
    o.insert(QStringLiteral("highlight"), QJsonArray::fromStringList(highlight));
    o.insert(QStringLiteral("hide"), QJsonArray::fromStringList(hide));
    QJsonArray ev;
    for (const LessonEvent &e : events) {
        QJsonObject j;
        j.insert(QStringLiteral("step"), e.step);
        j.insert(QStringLiteral("action"), e.action);
        if (actionTakesExpert(e.action)) {
            if (e.target == LessonEvent::Target::Busiest)
                j.insert(QStringLiteral("expert"), QStringLiteral("busiest"));
            else if (e.target == LessonEvent::Target::Newest)
                j.insert(QStringLiteral("expert"), QStringLiteral("newest"));
            else
                j.insert(QStringLiteral("expert"), e.expert);
        }
        if (e.action == QLatin1String("set")) {
            j.insert(QStringLiteral("key"), e.key);
            j.insert(QStringLiteral("value"), e.value);
        }
        if (e.action.startsWith(QLatin1String("freeze")))
            j.insert(QStringLiteral("on"), e.on);
        if (!e.note.isEmpty())
            j.insert(QStringLiteral("note"), e.note);
        ev.append(j);
    }
    o.insert(QStringLiteral("events"), ev);
    if (!check.isEmpty())
        o.insert(QStringLiteral("check"), check);
    if (inspectSample >= 0)
        o.insert(QStringLiteral("inspect"), QJsonObject {{QStringLiteral("sample"), inspectSample}});
    return o;
}

QString parseLessonEvents(const QJsonValue &events, const QString &where, std::vector<LessonEvent> *out)
{
    out->clear();
    if (events.isUndefined())
        return {};
    if (!events.isArray())
        return Text::tr("%1: expected a list").arg(where);
    int index = 0;
    for (const QJsonValue &v : events.toArray()) {
        const QString at = QStringLiteral("%1[%2]").arg(where).arg(index++);
        if (!v.isObject())
            return Text::tr("%1: expected an object").arg(at);
        LessonEvent e;
        const QString error = parseEvent(v.toObject(), at, &e);
        if (!error.isEmpty())
            return error;
        out->push_back(e);
    }
    std::stable_sort(out->begin(), out->end(),
                     [](const LessonEvent &a, const LessonEvent &b) { return a.step < b.step; });
    return {};
}

QString parseLesson(const QJsonObject &json, Lesson *lesson)
{
    Lesson l;
    l.id = json.value(QLatin1String("id")).toString();
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    if (!idPattern.match(l.id).hasMatch())
        return Text::tr("lesson.id: expected a snake_case name (letters, digits, _)");
    l.title = json.value(QLatin1String("title")).toString();
    if (l.title.isEmpty())
        return Text::tr("lesson.title: missing");
    l.explanation = json.value(QLatin1String("explanation")).toString();
    l.number = json.value(QLatin1String("number")).toInt(0);
    QString error = parseKeyList(json.value(QLatin1String("highlight")), QStringLiteral("highlight"), &l.highlight);
    if (error.isEmpty())
        error = parseKeyList(json.value(QLatin1String("hide")), QStringLiteral("hide"), &l.hide);
    if (!error.isEmpty())
        return error;
    error = parseLessonEvents(json.value(QLatin1String("events")), QStringLiteral("lesson.events"), &l.events);
    if (!error.isEmpty())
        return error;
    const QJsonValue check = json.value(QLatin1String("check"));
    if (!check.isUndefined() && !check.isObject())
        return Text::tr("lesson.check: expected an object");
    l.check = check.toObject();
    const QJsonValue inspect = json.value(QLatin1String("inspect"));
    if (!inspect.isUndefined()) {
        const int sample = inspect.toObject().value(QLatin1String("sample")).toInt(-1);
        if (sample < 0)
            return Text::tr("lesson.inspect.sample: expected a row number ≥ 0");
        l.inspectSample = sample;
    }
    *lesson = std::move(l);
    return {};
}

LessonScript::LessonScript(std::vector<LessonEvent> events) : m_events(std::move(events))
{
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const LessonEvent &a, const LessonEvent &b) { return a.step < b.step; });
}

std::vector<LessonEvent> LessonScript::due(int step)
{
    std::vector<LessonEvent> out;
    while (m_next < m_events.size() && m_events[m_next].step <= step)
        out.push_back(m_events[m_next++]);
    return out;
}

}  // namespace moe::app
