#include "csv_loader.h"

#include "byte_reader.h"
#include "csv_parser.h"

#include "core/text_marker.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

namespace moe::data {

LoadResult csvDatasetFromText(std::string_view text, const std::string &fileName, int labelColumn,
                              const ProgressFn &progress)
{
    CsvOptions options;
    options.labelColumn = labelColumn;
    std::function<bool(double)> scaled;
    if (progress) {
        scaled = [&](double f) {
            return progress(0.5 + 0.5 * f);
        };
        options.progress = &scaled;
    }
    const CsvParseResult parsed = parseCsv(text, options);
    if (parsed.error)
        return LoadResult::failure(
            {fileName, parsed.error->line, parsed.error->column, parsed.error->message, parsed.error->problem});
    const CsvTable &t = parsed.table;
    const int n = t.rowCount;
    const int d = t.columnCount - 1;

    auto data = std::make_shared<Dataset>();
    data->id = "csv";
    data->displayName = fileName.substr(fileName.find_last_of('/') + 1);
    data->source = "CSV file " + fileName + " (label column \"" + t.columnNames[std::size_t(t.labelColumn)] + "\")";
    data->rowCount = n;
    data->featureCount = d;
    for (int c = 0; c < t.columnCount; ++c)
        if (c != t.labelColumn)
            data->featureNames.push_back(t.columnNames[std::size_t(c)]);
    data->features.resize(n, d);
    for (std::size_t i = 0; i < t.features.size(); ++i)
        data->features.data()[i] = float(t.features[i]);

    // Numeric labels?
    std::vector<double> numeric(static_cast<std::size_t>(n));
    bool allNumeric = true, allInteger = true;
    for (int r = 0; r < n && allNumeric; ++r) {
        const auto v = parseCsvNumber(t.labels[std::size_t(r)], t.delimiter != ',');
        allNumeric = v.has_value();
        if (v) {
            numeric[std::size_t(r)] = *v;
            allInteger = allInteger && std::abs(*v) < 1e9 && *v == std::floor(*v);
        }
    }
    if (allNumeric) {
        std::map<double, int> distinct;
        for (double v : numeric)
            if (distinct.emplace(v, 0).second && int(distinct.size()) > kMaxNumericClasses)
                break;
        if (!allInteger || int(distinct.size()) > kMaxNumericClasses) {
            data->task = Task::Regression;
            data->targets.resize(n, 1);
            for (int r = 0; r < n; ++r)
                data->targets(r, 0) = float(numeric[std::size_t(r)]);
            data->source += ", regression";
            return LoadResult::success(std::move(data));
        }
        int index = 0;
        for (auto &[value, id] : distinct) {
            id = index++;
            data->classNames.push_back(std::to_string(static_cast<long long>(value)));
        }
        data->labels.resize(std::size_t(n));
        for (int r = 0; r < n; ++r)
            data->labels[std::size_t(r)] = distinct[numeric[std::size_t(r)]];
    } else {
        std::unordered_map<std::string, int> ids;
        data->labels.resize(std::size_t(n));
        for (int r = 0; r < n; ++r) {
            const std::string &label = t.labels[std::size_t(r)];
            auto [it, inserted] = ids.emplace(label, int(ids.size()));
            if (inserted)
                data->classNames.push_back(label);
            data->labels[std::size_t(r)] = it->second;
        }
    }
    data->task = Task::Classification;
    if (data->classNames.size() < 2)
        return LoadResult::failure(LoadError::of(
            fileName, t.rowLines.front(), t.labelColumn + 1,
            problem(MOE_TR_NOOP("moe::Problem",
                                "the label column \"%1\" holds a single class (\"%2\"); classification needs at least two"),
                    {t.columnNames[std::size_t(t.labelColumn)], data->classNames.front()})));
    return LoadResult::success(std::move(data));
}

LoadResult loadCsvDataset(const std::string &path, int labelColumn, const ProgressFn &progress)
{
    GzFileReader reader(path);
    if (!reader.isOpen())
        return LoadResult::failure({path, 0, 0, MOE_TR_NOOP("LoadErrors", "cannot open the file")});
    std::function<bool(double)> scaled;
    if (progress)
        scaled = [&](double f) {
            return progress(0.5 * f);
        };
    const ReadAllResult all = readAll(reader, kMaxCsvBytes, progress ? &scaled : nullptr);
    if (!all.error.empty())
        return LoadResult::failure({path, 0, 0, all.error});
    return csvDatasetFromText(all.bytes, path, labelColumn, progress);
}

}  // namespace moe::data
