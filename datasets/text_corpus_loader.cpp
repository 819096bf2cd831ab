#include "text_corpus_loader.h"

#include "byte_reader.h"
#include "sha256.h"
#include "shipped_data.h"
#include "utf8.h"

#include "core/rng.h"

#include "core/text_marker.h"

#include <algorithm>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <new>
#include <span>
#include <string_view>
#include <utility>

namespace moe::data {

namespace fs = std::filesystem;

namespace {

constexpr const char *kShakespeareFile = "tinyshakespeare.txt";
constexpr const char *kShakespeareSha256 = "86c4e6aa9db7c042ec79f339dcb96d42b0075e16b8fc2e86bf0ca57e2dc565ed";
constexpr std::size_t kShakespeareBytes = 1'115'394;
constexpr const char *kFortunesInstall = "apt-get install fortunes fortunes-de fortunes-zh";

// What each Debian package puts into /usr/share/games/fortunes (Debian 12). German is the
// whole de/ directory; the others are named, so that another package's files at the top
// (fortunes-mario's Spanish, fortunes-eo's Esperanto, ...) are never labelled English.
const char *const kFortunesMinFiles[] = {"fortunes", "literature", "riddles"};
const char *const kFortunesFiles[] = {
    "art",         "ascii-art",   "computers", "cookie", "debian",       "definitions", "disclaimer",    "drugs",
    "education",   "ethnic",      "food",      "goedel", "humorists",    "kids",        "knghtbrd",      "law",
    "linux",       "linuxcookie", "love",      "magic",  "medicine",     "men-women",   "miscellaneous", "news",
    "paradoxum",   "people",      "perl",      "pets",   "platitudes",   "politics",    "pratchett",     "science",
    "songs-poems", "sports",      "startrek",  "tao",    "translate-me", "wisdom",      "work",          "zippy"};
const char *const kFortunesZhFiles[] = {"chinese", "song100", "tang300"};

struct FortunePackage {
    const char *name;
    TextLanguage language;
    std::span<const char *const> files;  // named files at the top, or
    const char *subdirectory;  // every file in this directory
    bool required;  // in the system directory
};

const FortunePackage kFortunePackages[] = {
    {"fortunes-min", TextLanguage::English, kFortunesMinFiles, nullptr, false},
    {"fortunes", TextLanguage::English, kFortunesFiles, nullptr, true},
    {"fortunes-de", TextLanguage::German, {}, "de", true},
    {"fortunes-zh", TextLanguage::Chinese, kFortunesZhFiles, nullptr, true},
};

struct FortuneFile {
    std::string relative;  // to the fortunes directory, '/'-separated
    TextLanguage language;
};

struct FortuneScan {
    std::vector<FortuneFile> files;  // sorted by relative path
    std::vector<std::string> missingPackages;  // required ones without a file
};

bool isPlainFile(const fs::path &p)
{
    std::error_code ec;
    const fs::file_status s = fs::symlink_status(p, ec);
    return !ec && fs::is_regular_file(s);
}

FortuneScan scanFortunes(const fs::path &dir)
{
    FortuneScan scan;
    for (const FortunePackage &package : kFortunePackages) {
        std::vector<std::string> found;
        if (package.subdirectory) {
            std::error_code ec;
            for (fs::directory_iterator it(dir / package.subdirectory, ec), end; !ec && it != end; it.increment(ec)) {
                const std::string name = it->path().filename().string();
                const bool index = name.size() > 4 && name.compare(name.size() - 4, 4, ".dat") == 0;
                if (!index && name.front() != '.' && isPlainFile(it->path()))
                    found.push_back(std::string(package.subdirectory) + '/' + name);
            }
        } else {
            for (const char *name : package.files)
                if (isPlainFile(dir / name))
                    found.emplace_back(name);
        }
        if (found.empty() && package.required)
            scan.missingPackages.emplace_back(package.name);
        for (std::string &f : found)
            scan.files.push_back({std::move(f), package.language});
    }
    std::sort(scan.files.begin(), scan.files.end(),
              [](const FortuneFile &a, const FortuneFile &b) { return a.relative < b.relative; });
    return scan;
}

std::string joined(const std::vector<std::string> &names)
{
    std::string out;
    for (const std::string &n : names)
        out += (out.empty() ? "" : ", ") + n;
    return out;
}

// Removes the terminal markup of fortune files, keeping valid UTF-8 valid (only ASCII bytes go).
std::string withoutTerminalMarkup(std::string_view raw)
{
    std::string out;
    out.reserve(raw.size());
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const auto c = std::uint8_t(raw[i]);
        if (c == 0x1B) {  // ESC [ parameters intermediates final, e.g. ESC [ 3 3 m
            if (i + 1 < raw.size() && raw[i + 1] == '[') {
                std::size_t j = i + 2;
                while (j < raw.size() && std::uint8_t(raw[j]) >= 0x20 && std::uint8_t(raw[j]) <= 0x3F)
                    ++j;
                i = (j < raw.size() && std::uint8_t(raw[j]) >= 0x40 && std::uint8_t(raw[j]) <= 0x7E) ? j : j - 1;
            }
            continue;
        }
        if (c == '\b') {  // overstrike: "_\bx" and "x\bx" print x
            if (!out.empty() && std::uint8_t(out.back()) < 0x80 && out.back() != '\n')
                out.pop_back();
            continue;
        }
        if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F)
            continue;
        out += char(c);
    }
    return out;
}

struct Document {
    std::string text;  // cleaned, ends with "\n\n"
    TextLanguage language;
};

struct DocumentCounts {
    std::size_t kept = 0, invalid = 0;
};

void addDocument(std::string_view raw, TextLanguage language, std::vector<Document> &docs, DocumentCounts &counts)
{
    if (raw.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return;
    if (!isValidUtf8(raw)) {
        ++counts.invalid;
        return;
    }
    std::string text = withoutTerminalMarkup(raw);
    const std::size_t first = text.find_first_not_of("\n");
    const std::size_t last = text.find_last_not_of(" \t\n");
    if (first == std::string::npos || last == std::string::npos || last < first)
        return;
    text = text.substr(first, last + 1 - first) + "\n\n";
    docs.push_back({std::move(text), language});
    ++counts.kept;
}

// A line "%" (blanks after it allowed) ends a document.
void splitFortuneFile(std::string_view file, TextLanguage language, std::vector<Document> &docs, DocumentCounts &counts)
{
    std::size_t start = 0;
    std::size_t pos = 0;
    for (;;) {
        const std::size_t eol = file.find('\n', pos);
        const std::string_view line =
            file.substr(pos, eol == std::string_view::npos ? std::string_view::npos : eol - pos);
        const bool separator =
            !line.empty() && line[0] == '%' && line.find_first_not_of(" \t\r", 1) == std::string_view::npos;
        if (separator || eol == std::string_view::npos) {
            addDocument(file.substr(start, (separator ? pos : file.size()) - start), language, docs, counts);
            start = eol == std::string_view::npos ? file.size() : eol + 1;
        }
        if (eol == std::string_view::npos)
            return;
        pos = eol + 1;
    }
}

TextLoadResult failure(std::string file, std::string message, int line = 0, int column = 0)
{
    return {nullptr, LoadError {std::move(file), line, column, std::move(message)}};
}

TextLoadResult failure(std::string file, Problem problem, int line = 0, int column = 0)
{
    return {nullptr, LoadError::of(std::move(file), line, column, std::move(problem))};
}

Problem tooShort(std::size_t bytes)
{
    return problem(MOE_TR_NOOP("moe::Problem",
                               "only %1 bytes of text; the language model needs at least %2 (10 windows of %3 bytes)"),
                   {std::to_string(bytes), std::to_string(kMinTextBytes), std::to_string(kMaxTextContext + 1)});
}

// The corpus with its 90/10 split; labels (one per byte) may be empty.
std::shared_ptr<TextCorpus> makeCorpus(std::string id, std::string name, std::string source,
                                       std::vector<std::uint8_t> bytes, std::vector<TextLanguage> labels)
{
    auto corpus = std::make_shared<TextCorpus>();
    corpus->id = std::move(id);
    corpus->displayName = std::move(name);
    corpus->source = std::move(source);
    const std::size_t cut = bytes.size() * 9 / 10;
    corpus->validation.assign(bytes.begin() + std::ptrdiff_t(cut), bytes.end());
    bytes.resize(cut);
    corpus->train = std::move(bytes);
    if (!labels.empty()) {
        corpus->validationLanguage.assign(labels.begin() + std::ptrdiff_t(cut), labels.end());
        labels.resize(cut);
        corpus->trainLanguage = std::move(labels);
    }
    return corpus;
}

std::vector<std::uint8_t> toBytes(std::string_view text)
{
    return {reinterpret_cast<const std::uint8_t *>(text.data()),
            reinterpret_cast<const std::uint8_t *>(text.data()) + text.size()};
}

}  // namespace

TextLoadResult loadShakespeare(const DataConfig &, const ProgressFn &progress)
{
    const std::string dir = dataDirectory();
    if (dir.empty())
        return failure(kShakespeareFile,
                       "the shipped data directory was not found (set MOELAB_DATA_DIR to the folder holding "
                       "iris.csv and tinyshakespeare.txt)");
    const std::string path = (fs::path(dir) / kShakespeareFile).string();
    const std::string digest = Sha256::ofFile(path);
    if (digest.empty())
        return failure(path, MOE_TR_NOOP("LoadErrors", "cannot read the file"));
    if (digest != kShakespeareSha256)
        return failure(path,
                       "checksum mismatch (SHA-256 " + digest + ", expected " + kShakespeareSha256
                           + "): the file is damaged or was replaced");
    GzFileReader reader(path);
    const ReadAllResult all = readAll(reader, kShakespeareBytes, &progress);
    if (!all.error.empty())
        return failure(path, all.error);
    return {makeCorpus("shakespeare", {},
                       "Tiny Shakespeare from Andrej Karpathy's char-rnn repository (data/tinyshakespeare/"
                       "input.txt; the repository is MIT-licensed, the text is Shakespeare's, public domain); file "
                           + path,
                       toBytes(all.bytes), {}),
            std::nullopt};
}

TextLoadResult loadFortunes(const DataConfig &config, const ProgressFn &progress)
{
    const bool system = config.path.empty();
    const fs::path dir = system ? fs::path(kFortunesDir) : fs::path(config.path);
    const std::string dirText = dir.string();
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        return failure(dirText,
                       system ? std::string("not found: the fortunes are not installed (") + kFortunesInstall + ")"
                              : std::string("no such directory"));
    const FortuneScan scan = scanFortunes(dir);
    if (system && !scan.missingPackages.empty())
        return failure(dirText,
                       "the Debian package(s) " + joined(scan.missingPackages)
                           + " are not installed (no files of theirs here): " + kFortunesInstall);
    if (scan.files.empty())
        return failure(dirText,
                       "no fortune files here (expected the layout of " + std::string(kFortunesDir)
                           + ": English files such as fortunes, German ones in de/, Chinese tang300)");

    std::vector<Document> docs;
    DocumentCounts counts;
    std::size_t perLanguage[4] = {};
    for (std::size_t i = 0; i < scan.files.size(); ++i) {
        const FortuneFile &f = scan.files[i];
        const std::string path = (dir / f.relative).string();
        GzFileReader reader(path);
        const ReadAllResult all = readAll(reader, kMaxTextBytes);
        if (!all.error.empty())
            return failure(path, all.error);
        const std::size_t before = docs.size();
        splitFortuneFile(all.bytes, f.language, docs, counts);
        perLanguage[std::size_t(f.language)] += docs.size() - before;
        if (progress && !progress(0.9 * double(i + 1) / double(scan.files.size())))
            return failure(dirText, MOE_TR_NOOP("LoadErrors", "cancelled"));
    }

    Rng rng(config.seed);
    rng.shuffle(docs);
    std::size_t total = 0;
    for (const Document &d : docs)
        total += d.text.size();
    if (total < kMinTextBytes)
        return failure(dirText, tooShort(total));
    std::vector<std::uint8_t> bytes;
    std::vector<TextLanguage> labels;
    bytes.reserve(total);
    labels.reserve(total);
    for (Document &d : docs) {
        bytes.insert(bytes.end(), d.text.begin(), d.text.end());
        labels.insert(labels.end(), d.text.size(), d.language);
        std::string().swap(d.text);
    }
    const std::string source = "fortune files of the Debian packages fortunes and fortunes-min (BSD fortune-mod "
                               "collection), fortunes-de (GPL-2+) and fortunes-zh (GPL-3+), see /usr/share/doc/"
                               "<package>/copyright; directory "
        + dirText + ": " + std::to_string(scan.files.size()) + " files, " + std::to_string(counts.kept)
        + " documents (en " + std::to_string(perLanguage[std::size_t(TextLanguage::English)]) + ", de "
        + std::to_string(perLanguage[std::size_t(TextLanguage::German)]) + ", zh "
        + std::to_string(perLanguage[std::size_t(TextLanguage::Chinese)]) + "), shuffled with seed "
        + std::to_string(config.seed) + "; " + std::to_string(counts.invalid) + " skipped as invalid UTF-8";
    return {makeCorpus("fortunes", {}, source, std::move(bytes), std::move(labels)), std::nullopt};
}

TextLoadResult loadTextFile(const DataConfig &config, const ProgressFn &progress)
{
    const std::string &path = config.path;
    if (path.empty())
        return failure("text", MOE_TR_NOOP("LoadErrors", "no file given (set data.path)"));
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status))
        return failure(path, MOE_TR_NOOP("LoadErrors", "no such file"));
    if (fs::is_directory(status))
        return failure(path, MOE_TR_NOOP("LoadErrors", "is a directory, not a text file"));
    GzFileReader reader(path);
    const ReadAllResult all = readAll(reader, kMaxTextBytes, &progress);
    if (!all.error.empty())
        return failure(path, all.error);
    const std::string_view file = all.bytes;
    const std::size_t bom = utf8BomLength(file);
    const std::string_view text = file.substr(bom);
    if (const std::size_t bad = firstInvalidUtf8(text); bad != std::string_view::npos) {
        const std::size_t offset = bom + bad;
        const std::string_view before = file.substr(0, offset);
        const std::size_t lineStart = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
        const auto line = std::count(before.begin(), before.end(), '\n') + 1;
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", unsigned(std::uint8_t(file[offset])));
        return failure(path, problem(MOE_TR_NOOP("moe::Problem", "invalid UTF-8 at byte offset %1 (%2)"),
                                     {std::to_string(offset), hex}),
                       int(line), int(offset - lineStart + 1));
    }
    if (text.empty())
        return failure(path, MOE_TR_NOOP("LoadErrors", "the file is empty"));
    if (text.size() < kMinTextBytes)
        return failure(path, tooShort(text.size()));
    return {makeCorpus("text", fs::path(path).filename().string(), "UTF-8 text file " + path, toBytes(text), {}),
            std::nullopt};
}

DatasetAvailability shakespeareAvailability()
{
    if (dataDirectory().empty())
        return {false, "data directory not found (set MOELAB_DATA_DIR)"};
    return {true, "text corpus for the language model: 1,115,394 bytes of English, shipped with MoE Lab"};
}

DatasetAvailability fortunesAvailability()
{
    const std::vector<std::string> missing = scanFortunes(kFortunesDir).missingPackages;
    if (!missing.empty())
        return {false, "not installed (" + joined(missing) + " missing): " + kFortunesInstall};
    return {true,
            std::string("text corpus for the language model: English, German and Chinese fortunes installed in ")
                + kFortunesDir};
}

DatasetAvailability textFileAvailability()
{
    return {true,
            "text corpus for the language model: set data.path to a UTF-8 text file of at least "
                + std::to_string(kMinTextBytes) + " bytes"};
}

}  // namespace moe::data
