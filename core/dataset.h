// The one Dataset type the engine sees (filled by datasets/: generators, loaders, CSV).
//
// Features are N × d. Small sets keep them as floats; image sets keep raw bytes (N × d
// uint8, 70 000 Fashion-MNIST images = 55 MB) and are scaled per batch by gatherRows():
//   x = (byte · byteScale) + byteOffset.
// Classification: labels[i] ∈ [0, classCount). Regression: targets is N × outputs.
#pragma once

#include "tensor.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace moe {

enum class Task { Classification, Regression };

struct Dataset {
    std::string id;  // stable id: "spirals", "iris", "fashion_mnist", "csv", ...
    std::string displayName;  // English; the GUI translates known ids
    std::string source;  // where it came from (generator + parameters, file path, licence)
    Task task = Task::Classification;

    MatrixF features;  // N × d (empty when the bytes below are used)
    std::vector<std::uint8_t> bytes;  // N × d row-major, used when features is empty
    float byteScale = 1.0f / 255.0f;
    float byteOffset = 0.0f;
    int rowCount = 0;  // N
    int featureCount = 0;  // d

    std::vector<int> labels;  // classification, size N
    MatrixF targets;  // regression, N × outputs
    // Multi-task regression: one name per target column, each column a task (empty otherwise).
    std::vector<std::string> taskNames;
    std::vector<std::string> classNames;
    std::vector<std::string> featureNames;
    int imageRows = 0, imageCols = 0;  // > 0 for images (e.g. 28 × 28)

    // When set, rows [0, fixedTrainCount) are the training set and the rest the test set
    // (e.g. Fashion-MNIST's official split). Otherwise the trainer splits with its seed.
    std::optional<int> fixedTrainCount;

    [[nodiscard]] int size() const { return rowCount; }
    [[nodiscard]] int inputDim() const { return featureCount; }
    [[nodiscard]] int classCount() const { return int(classNames.size()); }
    [[nodiscard]] int outputDim() const { return task == Task::Classification ? classCount() : int(targets.cols()); }
    [[nodiscard]] bool isImage() const { return imageRows > 0 && imageCols > 0; }

    // Copies the given rows into out (|rows| × d), scaling bytes when the set keeps bytes.
    template <class S>
    void gatherRows(const std::vector<int> &rows, Matrix<S> &out) const
    {
        out.resize(Eigen::Index(rows.size()), featureCount);
        for (std::size_t r = 0; r < rows.size(); ++r) {
            const Eigen::Index i = rows[r];
            if (features.size() > 0) {
                out.row(Eigen::Index(r)) = features.row(i).template cast<S>();
            } else {
                const std::uint8_t *src = bytes.data() + std::size_t(i) * std::size_t(featureCount);
                S *dst = out.row(Eigen::Index(r)).data();
                for (int c = 0; c < featureCount; ++c)
                    dst[c] = S(float(src[c]) * byteScale + byteOffset);
            }
        }
    }
};

}  // namespace moe
