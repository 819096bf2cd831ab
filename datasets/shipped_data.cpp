#include "shipped_data.h"

#include "byte_reader.h"
#include "csv_parser.h"
#include "sha256.h"

#include "core/text_marker.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#ifndef MOELAB_SOURCE_DATA_DIR
#define MOELAB_SOURCE_DATA_DIR ""
#endif
#ifndef MOELAB_INSTALL_DATA_DIR
#define MOELAB_INSTALL_DATA_DIR ""
#endif

namespace moe::data {

namespace {

bool hasFiles(const std::filesystem::path &dir)
{
    std::error_code ec;
    return !dir.empty() && std::filesystem::is_regular_file(dir / "iris.csv", ec);
}

}  // namespace

const std::vector<ShippedFile> &shippedFiles()
{
    static const std::vector<ShippedFile> files = {
        {"iris", "iris.csv", "f13ffa8fdd56fd8e6c8d16d4081a3fbd3114bcd0aae4256c43205169cd9d1449", 2734},
        {"wine", "wine_data.csv", "10e8a802908b34f86e5da8ce962f3c806694bc98450a18f61851af59f324bede", 11157},
        {"breast_cancer", "breast_cancer.csv", "fed3eb72d0575ef6192293f5093c6e801b1476b577d0386bf4455504522172ed",
         119913},
        {"digits", "digits.csv.gz", "46abec6b12486ad9e51943373abcf22bbea1b5a51a1619b361570d8893f1464a", 57512},
    };
    return files;
}

const ShippedFile *findShipped(const std::string &id)
{
    for (const auto &f : shippedFiles())
        if (id == f.id)
            return &f;
    return nullptr;
}

std::string dataDirectory()
{
    if (const char *env = std::getenv("MOELAB_DATA_DIR"); env && hasFiles(env))
        return env;
    if (hasFiles(MOELAB_SOURCE_DATA_DIR))
        return MOELAB_SOURCE_DATA_DIR;
    if (hasFiles(MOELAB_INSTALL_DATA_DIR))
        return MOELAB_INSTALL_DATA_DIR;
    return {};
}

LoadResult loadShipped(const ShippedFile &file, const DatasetInfo &shape)
{
    const std::string dir = dataDirectory();
    if (dir.empty())
        return LoadResult::failure({file.fileName, 0, 0,
                                    "the shipped data directory was not found (set MOELAB_DATA_DIR to the folder "
                                    "holding iris.csv)"});
    const std::string path = (std::filesystem::path(dir) / file.fileName).string();
    const std::string digest = Sha256::ofFile(path);
    if (digest.empty())
        return LoadResult::failure({path, 0, 0, MOE_TR_NOOP("LoadErrors", "cannot read the file")});
    if (digest != file.sha256)
        return LoadResult::failure({path, 0, 0,
                                    "checksum mismatch (SHA-256 " + digest + ", expected " + file.sha256
                                        + "): the file is damaged or was replaced"});
    GzFileReader reader(path);
    const ReadAllResult all = readAll(reader, 64u << 20);
    if (!all.error.empty())
        return LoadResult::failure({path, 0, 0, all.error});

    // sklearn's layout: "N,d,class names..." then N rows of d features and an integer label;
    // the digits file has no first line and classes 0-9.
    std::string_view body = all.bytes;
    std::vector<std::string> classNames;
    int lineOffset = 0;
    if (shape.imageRows == 0) {
        const std::size_t eol = body.find('\n');
        std::string_view first = body.substr(0, eol);
        std::size_t pos = 0;
        for (int field = 0; pos <= first.size(); ++field) {
            std::size_t comma = first.find(',', pos);
            if (comma == std::string_view::npos)
                comma = first.size();
            if (field >= 2)
                classNames.emplace_back(first.substr(pos, comma - pos));
            pos = comma + 1;
        }
        body = eol == std::string_view::npos ? std::string_view() : body.substr(eol + 1);
        lineOffset = 1;
    } else {
        for (int c = 0; c < shape.classes; ++c)
            classNames.push_back(std::to_string(c));
    }
    const CsvParseResult parsed = parseCsv(body);
    if (parsed.error)
        return LoadResult::failure(
            {path, parsed.error->line + lineOffset, parsed.error->column, parsed.error->message});
    const CsvTable &t = parsed.table;
    if (t.rowCount != shape.rows || t.columnCount != shape.features + 1 || int(classNames.size()) != shape.classes)
        return LoadResult::failure(
            {path, 0, 0, "unexpected shape " + std::to_string(t.rowCount) + " × " + std::to_string(t.columnCount - 1)});

    auto d = std::make_shared<Dataset>();
    d->id = file.id;
    d->source = "UCI Machine Learning Repository via scikit-learn (Debian python3-sklearn); CC BY 4.0; file " + path;
    d->task = Task::Classification;
    d->rowCount = t.rowCount;
    d->featureCount = shape.features;
    d->classNames = classNames;
    d->labels.resize(std::size_t(t.rowCount));
    for (int r = 0; r < t.rowCount; ++r) {
        const auto label = parseCsvNumber(t.labels[std::size_t(r)], false);
        if (!label || *label < 0 || *label >= shape.classes || *label != double(int(*label)))
            return LoadResult::failure(
                {path, t.rowLines[std::size_t(r)] + lineOffset, t.columnCount, "bad class label"});
        d->labels[std::size_t(r)] = int(*label);
    }
    const std::size_t n = std::size_t(t.rowCount) * std::size_t(shape.features);
    if (shape.imageRows > 0) {
        d->imageRows = shape.imageRows;
        d->imageCols = shape.imageCols;
        d->bytes.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            d->bytes[i] = std::uint8_t(std::clamp(t.features[i], 0.0, 255.0));
    } else {
        d->features.resize(t.rowCount, shape.features);
        for (std::size_t i = 0; i < n; ++i)
            d->features.data()[i] = float(t.features[i]);
    }
    return LoadResult::success(std::move(d));
}

}  // namespace moe::data
