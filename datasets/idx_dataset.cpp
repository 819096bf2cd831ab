#include "idx_dataset.h"

#include "idx_reader.h"

#include "core/text_marker.h"

#include <algorithm>
#include <filesystem>

namespace fs = std::filesystem;

namespace moe::data {

namespace {

// The existing file among base and base.gz, or empty.
std::string findVariant(const fs::path &dir, const std::string &base)
{
    std::error_code ec;
    for (const std::string &name : {base, base + ".gz"})
        if (fs::is_regular_file(dir / name, ec))
            return (dir / name).string();
    return {};
}

std::string replaceAll(std::string s, const std::string &from, const std::string &to)
{
    for (std::size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
        s.replace(pos, from.size(), to);
    return s;
}

struct Part {
    std::string images, labels;
};

// Reads one pair; progress is mapped into [from, to].
std::optional<LoadError> readPair(const Part &part, IdxArray &images, IdxArray &labels, const ProgressFn &progress,
                                  double from, double to)
{
    std::function<bool(double)> scaled;
    if (progress)
        scaled = [&](double f) {
            return progress(from + (to - from) * f);
        };
    {
        GzFileReader reader(part.images);
        if (!reader.isOpen())
            return LoadError {part.images, 0, 0, MOE_TR_NOOP("LoadErrors", "cannot open the file")};
        if (auto e = readIdx(reader, images, {}, progress ? &scaled : nullptr); !e.empty())
            return LoadError {part.images, 0, 0, e};
    }
    if (images.dims.size() < 2)
        return LoadError {part.images, 0, 0,
                          MOE_TR_NOOP("LoadErrors", "an image file needs 2 or 3 dimensions (count, rows, columns)")};
    {
        GzFileReader reader(part.labels);
        if (!reader.isOpen())
            return LoadError {part.labels, 0, 0, MOE_TR_NOOP("LoadErrors", "cannot open the label file")};
        if (auto e = readIdx(reader, labels); !e.empty())
            return LoadError {part.labels, 0, 0, e};
    }
    if (labels.dims.size() != 1)
        return LoadError {part.labels, 0, 0, MOE_TR_NOOP("LoadErrors", "a label file needs 1 dimension")};
    if (labels.itemCount() != images.itemCount())
        return LoadError {part.labels, 0, 0,
                          "holds " + std::to_string(labels.itemCount()) + " labels but " + part.images + " holds "
                              + std::to_string(images.itemCount()) + " images"};
    return std::nullopt;
}

const char *kFashionClasses[] = {"T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
                                 "Sandal",      "Shirt",   "Sneaker",  "Bag",   "Ankle boot"};

}  // namespace

bool hasIdxPair(const std::string &dir)
{
    return !findVariant(dir, "train-images-idx3-ubyte").empty() && !findVariant(dir, "train-labels-idx1-ubyte").empty();
}

LoadResult loadIdxDataset(const std::string &id, const std::string &path, const ProgressFn &progress)
{
    std::error_code ec;
    std::vector<Part> parts;
    if (path.empty())
        return LoadResult::failure(
            {id, 0, 0,
             MOE_TR_NOOP("LoadErrors", "no path given (set data.path to a directory or an IDX images file)")});
    if (fs::is_directory(path, ec)) {
        Part train {findVariant(path, "train-images-idx3-ubyte"), findVariant(path, "train-labels-idx1-ubyte")};
        if (train.images.empty() || train.labels.empty())
            return LoadResult::failure(
                {path, 0, 0,
                 MOE_TR_NOOP("LoadErrors", "no train-images-idx3-ubyte[.gz] and train-labels-idx1-ubyte[.gz] here")});
        parts.push_back(train);
        Part test {findVariant(path, "t10k-images-idx3-ubyte"), findVariant(path, "t10k-labels-idx1-ubyte")};
        if (!test.images.empty() && !test.labels.empty())
            parts.push_back(test);
    } else if (fs::is_regular_file(path, ec)) {
        const fs::path p(path);
        const std::string name = p.filename().string();
        std::string labelName = replaceAll(replaceAll(name, "images", "labels"), "idx3", "idx1");
        if (labelName == name)
            return LoadResult::failure(
                {path, 0, 0,
                 MOE_TR_NOOP("LoadErrors", "cannot guess the labels file: the name has no \"images\" to replace")});
        const fs::path labels = p.parent_path() / labelName;
        if (!fs::is_regular_file(labels, ec))
            return LoadResult::failure({labels.string(), 0, 0, "the labels file for " + name + " does not exist"});
        parts.push_back({path, labels.string()});
    } else {
        return LoadResult::failure({path, 0, 0, MOE_TR_NOOP("LoadErrors", "no such file or directory")});
    }

    auto d = std::make_shared<Dataset>();
    std::vector<std::uint32_t> imageDims;
    std::vector<std::uint8_t> labelBytes;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        IdxArray images, labels;
        const double from = parts.size() == 1 ? 0.0 : (i == 0 ? 0.0 : 0.86);
        const double to = parts.size() == 1 ? 1.0 : (i == 0 ? 0.86 : 1.0);
        if (auto e = readPair(parts[i], images, labels, progress, from, to))
            return LoadResult::failure(*e);
        if (i == 0) {
            imageDims = images.dims;
            d->bytes = std::move(images.data);
            labelBytes = std::move(labels.data);
            if (parts.size() > 1)
                d->fixedTrainCount = int(imageDims[0]);
        } else {
            if (!std::equal(images.dims.begin() + 1, images.dims.end(), imageDims.begin() + 1, imageDims.end()))
                return LoadResult::failure(
                    {parts[i].images, 0, 0,
                     MOE_TR_NOOP("LoadErrors", "its images are not the same size as the training images")});
            d->bytes.insert(d->bytes.end(), images.data.begin(), images.data.end());
            labelBytes.insert(labelBytes.end(), labels.data.begin(), labels.data.end());
        }
    }
    d->bytes.shrink_to_fit();
    const std::uint64_t itemSize = IdxArray {imageDims, {}}.itemSize();
    const std::uint64_t count = d->bytes.size() / itemSize;
    if (count > 0x7fffffff || itemSize > 0x7fffffff)
        return LoadResult::failure({parts[0].images, 0, 0, MOE_TR_NOOP("LoadErrors", "too large")});

    d->id = id;
    const bool fashion = id == "fashion_mnist";
    d->source = (fashion ? std::string("Fashion-MNIST (Zalando Research, MIT licence), ") : std::string())
        + "IDX files " + parts[0].images + (parts.size() > 1 ? " and " + parts[1].images : std::string());
    d->task = Task::Classification;
    d->rowCount = int(count);
    d->featureCount = int(itemSize);
    if (imageDims.size() == 3) {
        d->imageRows = int(imageDims[1]);
        d->imageCols = int(imageDims[2]);
    }
    d->labels.assign(labelBytes.begin(), labelBytes.end());
    const int maxLabel = *std::max_element(labelBytes.begin(), labelBytes.end());
    if (fashion && maxLabel > 9)
        return LoadResult::failure(
            {parts[0].labels, 0, 0, "label " + std::to_string(maxLabel) + " is not a Fashion-MNIST class (0-9)"});
    const int classes = fashion ? 10 : maxLabel + 1;
    for (int c = 0; c < classes; ++c)
        d->classNames.push_back(fashion ? kFashionClasses[c] : std::to_string(c));
    return LoadResult::success(std::move(d));
}

}  // namespace moe::data
