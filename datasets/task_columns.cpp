#include "task_columns.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace moe::data {

namespace {

std::string trimmed(const std::string &s)
{
    const auto b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

std::string columnList(const std::vector<std::string> &names)
{
    std::string all;
    for (std::size_t i = 0; i < names.size() && i < 40; ++i)
        all += (i ? ", " : "") + names[i];
    if (names.size() > 40)
        all += ", ... (" + std::to_string(names.size()) + " columns)";
    return all;
}

}  // namespace

std::string selectTaskColumns(Dataset &data, const std::string &labelColumns, bool standardize)
{
    if (data.features.size() == 0 && data.featureCount > 0)
        return "data.label_columns: '" + data.id + "' is image data; pick columns of a table (csv, wine, ...)";
    std::vector<int> picked;
    std::vector<std::string> names;
    std::stringstream in(labelColumns);
    std::string item;
    while (std::getline(in, item, ',')) {
        const std::string name = trimmed(item);
        if (name.empty())
            return "data.label_columns: an empty column name in '" + labelColumns + "'";
        const auto it = std::find(data.featureNames.begin(), data.featureNames.end(), name);
        if (it == data.featureNames.end())
            return "data.label_columns: no column named '" + name + "' in " + data.id
                + " (its columns: " + columnList(data.featureNames) + ")";
        const int c = int(it - data.featureNames.begin());
        if (std::find(picked.begin(), picked.end(), c) != picked.end())
            return "data.label_columns: the column '" + name + "' is named twice";
        picked.push_back(c);
        names.push_back(name);
    }
    if (picked.empty())
        return "data.label_columns: no column named in '" + labelColumns + "'";
    if (int(picked.size()) >= data.featureCount)
        return "data.label_columns: every column of " + data.id + " would be a target; leave some as inputs";

    const int n = data.rowCount, k = int(picked.size());
    MatrixF targets(n, k);
    for (int j = 0; j < k; ++j)
        targets.col(j) = data.features.col(picked[std::size_t(j)]);
    std::vector<int> keep;
    std::vector<std::string> keptNames;
    for (int c = 0; c < data.featureCount; ++c)
        if (std::find(picked.begin(), picked.end(), c) == picked.end()) {
            keep.push_back(c);
            keptNames.push_back(data.featureNames[std::size_t(c)]);
        }
    MatrixF features(n, int(keep.size()));
    for (std::size_t j = 0; j < keep.size(); ++j)
        features.col(Eigen::Index(j)) = data.features.col(keep[j]);
    if (standardize)
        for (int j = 0; j < k; ++j) {
            const double mean = targets.col(j).cast<double>().mean();
            const double sd = std::sqrt((targets.col(j).cast<double>().array() - mean).square().mean());
            targets.col(j) = ((targets.col(j).cast<double>().array() - mean) / (sd > 0 ? sd : 1.0)).cast<float>();
        }

    data.features = std::move(features);
    data.featureCount = int(keep.size());
    data.featureNames = std::move(keptNames);
    data.targets = std::move(targets);
    data.task = Task::Regression;
    data.labels.clear();
    data.classNames.clear();
    data.taskNames = k >= 2 ? names : std::vector<std::string> {};
    data.displayName += " (tasks: " + columnList(names) + ")";
    return {};
}

}  // namespace moe::data
