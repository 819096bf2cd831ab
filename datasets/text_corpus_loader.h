// The byte text corpora of the language model (LANGUAGE_MODEL.md §1): loads a moe::TextCorpus
// (core/lm/text_corpus.h) from a DataConfig. Tokens are the bytes of UTF-8 text (V = 256).
//
// Stable ids (a contract, like the config keys):
//   shakespeare  Tiny Shakespeare, 1,115,394 ASCII bytes, shipped as datasets/data/
//                tinyshakespeare.txt (found like the other shipped files, SHA-256 checked).
//   fortunes     the Debian packages fortunes (English, with fortunes-min), fortunes-de
//                (German) and fortunes-zh (Chinese) under /usr/share/games/fortunes/, or under
//                data.path. Every document carries its language (one label per byte).
//   text         the user's own UTF-8 file at data.path.
//
// DataConfig fields used: name (the id), path (text: the file; fortunes: another directory laid
// out like /usr/share/games/fortunes), seed (fortunes: the document shuffle).
//
// Split: the first floor(0.9 n) bytes train, the other bytes validate (nanoGPT's split).
//
// fortunes, in detail. English is the files of fortunes-min (fortunes, literature, riddles)
// and of fortunes (art, ascii-art, computers, ... zippy) at the top of the directory, German
// every file in de/, Chinese the files chinese, song100 and tang300; index files (*.dat),
// symbolic links (the *.u8 names) and every other file (fortunes-off's off/, other
// languages' packages) are left out. A line "%" (trailing blanks allowed) ends a document.
// A document that is not valid UTF-8 is skipped and counted (the count is in
// TextCorpus::source; the Debian 12 files have none). Terminal markup is removed from the
// text: ANSI colour sequences (ESC [ ... m, in the Chinese files), backspace overstrikes
// ("_\bx" underlines x; the backspace erases the byte before it) and other control bytes
// except tab and newline. Blank lines at the start and blanks at the end of a document are
// trimmed; each document then ends with "\n" and one empty line "\n" follows it, both labelled
// with its language. The documents are shuffled once with Rng(data.seed) (after sorting the
// files by path, so the order does not depend on the file system), then concatenated and
// split, so every language lands in both parts. In the system directory all three packages
// are required (the error names the missing ones); another directory needs only one file
// with one document.
//
// text, in detail: invalid UTF-8 is an error naming the file, the line, the column (bytes
// from the line start, 1-based) and the 0-based byte offset; a leading UTF-8 byte order mark
// is skipped. Gzip-compressed files are read inflated (offsets are then in the inflated text).
#pragma once

#include "catalog.h"
#include "load_result.h"

#include "core/config.h"
#include "core/lm/text_corpus.h"

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace moe::data {

// The longest context the language model supports (model.context at most).
inline constexpr std::size_t kMaxTextContext = 256;
// The shortest corpus: 10 windows of kMaxTextContext + 1 bytes (input and target), so that
// the last 10 % (validation) still holds one window. Shorter files are refused.
inline constexpr std::size_t kMinTextBytes = 10 * (kMaxTextContext + 1);  // 2570
static_assert(kMinTextBytes - kMinTextBytes * 9 / 10 >= kMaxTextContext + 1);
// The longest file read (text) and the longest fortune file.
inline constexpr std::size_t kMaxTextBytes = std::size_t(512) << 20;

inline constexpr const char *kFortunesDir = "/usr/share/games/fortunes";

struct TextLoadResult {
    std::shared_ptr<TextCorpus> corpus;  // set on success
    std::optional<LoadError> error;  // set on failure

    [[nodiscard]] bool ok() const { return corpus != nullptr && !error; }
};

// Never throws: every problem, including running out of memory, comes back as a LoadError.
// progress gets the fraction done in [0, 1]; returning false cancels ("cancelled"). Looks the
// corpus up in the catalogue (catalog.cpp), which names each one and its loader below.
TextLoadResult loadTextCorpus(const DataConfig &config, const ProgressFn &progress = {});

// True for the ids above (the catalogue rows marked textCorpus).
bool isTextDataset(const std::string &id);

// The loaders and availability checks of the catalogue's three text rows.
TextLoadResult loadShakespeare(const DataConfig &config, const ProgressFn &progress);
TextLoadResult loadFortunes(const DataConfig &config, const ProgressFn &progress);
TextLoadResult loadTextFile(const DataConfig &config, const ProgressFn &progress);
DatasetAvailability shakespeareAvailability();
DatasetAvailability fortunesAvailability();
DatasetAvailability textFileAvailability();

}  // namespace moe::data
