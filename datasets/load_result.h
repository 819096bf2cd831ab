// What a dataset load returns: the dataset, or one error that names the place of the problem.
//
// Errors are values, never exceptions: nothing thrown inside datasets/ escapes its API.
// LoadError::text() is one English line in the compiler convention "file:line:column: problem"
// (line and column are 1-based; 0 means "not about a line", e.g. a binary IDX header, and is
// left out of the text). For CSV files the column is the field number, not a byte offset.
#pragma once

#include "core/dataset.h"
#include "core/problem.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace moe::data {

struct LoadError {
    std::string file;  // path as given (or the dataset id for generators)
    int line = 0;  // 1-based, 0 = not about a line
    int column = 0;  // 1-based, 0 = not about a column
    // English, no trailing period needed. The fixed texts are marked
    // MOE_TR_NOOP("LoadErrors", ...) where they are written, so the programs can show them
    // translated (app/common/dataset_source.h, loadErrorText).
    std::string message;
    // A message that carries values ("this row has 3 fields but the header has 4") is also kept
    // as its sentence and values (core/problem.h), which the programs translate; message is
    // then its English text.
    Problem problem;

    LoadError() = default;
    LoadError(std::string file_, int line_, int column_, std::string message_, Problem problem_ = {})
        : file(std::move(file_)), line(line_), column(column_), message(std::move(message_)),
          problem(std::move(problem_))
    {
    }
    static LoadError of(std::string file, int line, int column, Problem problem)
    {
        std::string english = problem.english();
        return {std::move(file), line, column, std::move(english), std::move(problem)};
    }

    [[nodiscard]] std::string text() const
    {
        std::string out = file;
        if (line > 0) {
            out += ':' + std::to_string(line);
            if (column > 0)
                out += ':' + std::to_string(column);
        }
        return out + ": " + message;
    }
};

struct LoadResult {
    std::shared_ptr<Dataset> dataset;  // set on success
    std::optional<LoadError> error;  // set on failure

    [[nodiscard]] bool ok() const { return dataset != nullptr && !error; }
    static LoadResult success(std::shared_ptr<Dataset> d) { return {std::move(d), std::nullopt}; }
    static LoadResult failure(LoadError e) { return {nullptr, std::move(e)}; }
};

// Called now and then during a long load with the fraction done in [0, 1].
// Return false to cancel: the load then fails with the message "cancelled".
using ProgressFn = std::function<bool(double fraction)>;

}  // namespace moe::data
