// The language model's byte corpora: the UTF-8 validator (hand-computed offsets), Tiny
// Shakespeare (size, split, first bytes, checksum), fortunes on a fake tree (labels per byte,
// seeded shuffle, split, markup and skipped files) and on the installed packages, the user's
// text file (every kind of invalid UTF-8 named by file and byte offset, empty, short, missing),
// and the catalogue entries.
#include "datasets/catalog.h"
#include "datasets/shipped_data.h"
#include "datasets/text_corpus_loader.h"
#include "datasets/utf8.h"
#include "test_files.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

using namespace moe;
using namespace moe::data;

namespace {

std::string allBytes(const TextCorpus &c)
{
    std::string s(c.train.begin(), c.train.end());
    s.append(c.validation.begin(), c.validation.end());
    return s;
}

std::vector<TextLanguage> allLabels(const TextCorpus &c)
{
    std::vector<TextLanguage> l = c.trainLanguage;
    l.insert(l.end(), c.validationLanguage.begin(), c.validationLanguage.end());
    return l;
}

QString errorOf(const TextLoadResult &r)
{
    return r.error ? QString::fromStdString(r.error->text()) : QString("(no error)");
}

TextLoadResult loadText(const std::string &path)
{
    DataConfig c;
    c.name = "text";
    c.path = path;
    return loadTextCorpus(c);
}

// One fortune document: a header naming it, then a body long enough that a few of them pass
// the minimum corpus length.
std::string document(const std::string &header, const std::string &phrase)
{
    std::string s = header + "\n";
    for (int i = 0; i < 20; ++i)
        s += phrase + " ";
    s.pop_back();  // no blank at the end: the loader would trim it
    return s + "\n";
}

struct FakeFortunes {
    QTemporaryDir dir;
    std::vector<std::string> english, german;  // the documents as they must appear (+ "\n\n")
};

// Two languages: English at the top ("fortunes", from fortunes-min), German in de/. Around
// them: index files, a .u8 symbolic link, a file of no known package, an invalid document,
// terminal markup.
bool makeFakeFortunes(FakeFortunes &f)
{
    if (!f.dir.isValid() || !QDir(f.dir.path()).mkdir("de"))
        return false;
    for (int i = 0; i < 3; ++i)
        f.english.push_back(document("English fortune " + std::to_string(i), "the quick brown fox jumps."));
    for (int i = 0; i < 3; ++i)
        f.german.push_back(document("Deutscher Spruch " + std::to_string(i), "Größe, Übermut und Spaß."));
    // As written: blank lines around a document, a separator with blanks after it, an empty
    // document ("%" twice), a Latin-1 document (invalid UTF-8), colour codes, and underline
    // overstrikes ("___\b\b\b" before the last German document erases itself).
    const std::string en =
        "\n" + f.english[0] + "\n%\n" + f.english[1] + "%   \n\x1b[33m" + f.english[2] + "\x1b[m\n%\n";
    const std::string de = f.german[0] + "%\n" + "__\b\bUNg\xFCltig: Latin-1 \xFC\n" + "%\n" + f.german[1] + "%\n%\n"
        + "___\b\b\b" + f.german[2];
    const auto bytes = [](const std::string &s) {
        return QByteArray(s.data(), qsizetype(s.size()));
    };
    const QString root = f.dir.path() + "/";
    if (testfiles::write(root + "fortunes", bytes(en)).empty()
        || testfiles::write(root + "fortunes.dat", QByteArray("\x00\x00\x00\x02junk index", 14)).empty()
        || testfiles::write(root + "mario.unknown", QByteArray("NOT A KNOWN PACKAGE\n%\n")).empty()
        || testfiles::write(root + "de/witze", bytes(de)).empty()
        || testfiles::write(root + "de/witze.dat", QByteArray("INDEX")).empty())
        return false;
    std::error_code ec;
    std::filesystem::create_symlink("witze", (f.dir.path() + "/de/witze.u8").toStdString(), ec);
    return !ec;
}

TextLoadResult loadFortunes(const QString &dir, std::uint64_t seed)
{
    DataConfig c;
    c.name = "fortunes";
    c.path = dir.toStdString();
    c.seed = seed;
    return loadTextCorpus(c);
}

}  // namespace

class TestTextCorpus : public QObject {
    Q_OBJECT
private slots:
    void utf8Offsets_data();
    void utf8Offsets();
    void utf8Bom();

    void shakespeareLoads();
    void shakespeareDamagedCopyIsRefused();
    void cancelledLoadFails();

    void fortunesFakeTreeLabelsEveryByte();
    void fortunesSeedDecidesTheOrder();
    void fortunesBadDirectories();
    void fortunesInstalledHaveThreeLanguagesInBothSplits();

    void textFileLoads();
    void textFileSkipsBom();
    void textInvalidUtf8_data();
    void textInvalidUtf8();
    void textEmptyShortMissing();
    void textMinimumLength();

    void catalogueEntries();
    void vectorLoaderRefusesTextIds();
};

// ---- UTF-8 ---------------------------------------------------------------------------------

void TestTextCorpus::utf8Offsets_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("offset");  // -1: valid
    const qint64 valid = -1;
    QTest::newRow("empty is valid") << QByteArray() << valid;
    QTest::newRow("ASCII is valid") << QByteArray("hello, world\n") << valid;
    QTest::newRow("two-byte U+00E4 is valid") << QByteArray("a\xC3\xA4"
                                                            "b")
                                              << valid;
    QTest::newRow("three-byte U+4E2D is valid") << QByteArray("\xE4\xB8\xAD") << valid;
    QTest::newRow("smallest three-byte U+0800 is valid") << QByteArray("\xE0\xA0\x80") << valid;
    QTest::newRow("U+D7FF below the surrogates is valid") << QByteArray("\xED\x9F\xBF") << valid;
    QTest::newRow("U+E000 above the surrogates is valid") << QByteArray("\xEE\x80\x80") << valid;
    QTest::newRow("four-byte U+1F600 is valid") << QByteArray("\xF0\x9F\x98\x80") << valid;
    QTest::newRow("highest U+10FFFF is valid") << QByteArray("\xF4\x8F\xBF\xBF") << valid;
    QTest::newRow("a character across the 8-byte fast path is valid") << QByteArray("0123456\xC3\xA4"
                                                                                    "89abcdefgh")
                                                                      << valid;
    QTest::newRow("lone continuation at 3") << QByteArray("abc\x80") << qint64(3);
    QTest::newRow("continuation after a whole character at 2") << QByteArray("\xC3\xA4\xA4") << qint64(2);
    QTest::newRow("continuation after 16 ASCII bytes at 16") << QByteArray("0123456789abcdef\x80") << qint64(16);
    QTest::newRow("0xFF in the second 8-byte word at 9") << QByteArray("012345678\xFF"
                                                                       "abcdefgh")
                                                         << qint64(9);
    QTest::newRow("two-byte truncated at the end at 2") << QByteArray("ab\xC3") << qint64(2);
    QTest::newRow("three-byte truncated at the end at 3") << QByteArray("abc\xE4\xB8") << qint64(3);
    QTest::newRow("four-byte truncated at the end at 0") << QByteArray("\xF0\x9F\x98") << qint64(0);
    QTest::newRow("lead then ASCII at 1") << QByteArray("x\xE4"
                                                        "AB")
                                          << qint64(1);
    QTest::newRow("bad third byte at 0") << QByteArray("\xE4\xB8"
                                                       "A")
                                         << qint64(0);
    QTest::newRow("bad fourth byte at 1") << QByteArray("-\xF0\x9F\x98"
                                                        "A")
                                          << qint64(1);
    QTest::newRow("overlong C0 80 at 2") << QByteArray("ab\xC0\x80", 4) << qint64(2);
    QTest::newRow("overlong C1 BF at 0") << QByteArray("\xC1\xBF") << qint64(0);
    QTest::newRow("overlong E0 80 80 at 1") << QByteArray("a\xE0\x80\x80") << qint64(1);
    QTest::newRow("overlong E0 9F BF at 0") << QByteArray("\xE0\x9F\xBF") << qint64(0);
    QTest::newRow("overlong F0 8F BF BF at 0") << QByteArray("\xF0\x8F\xBF\xBF") << qint64(0);
    QTest::newRow("surrogate ED A0 80 at 2") << QByteArray("ok\xED\xA0\x80") << qint64(2);
    QTest::newRow("surrogate ED BF BF at 0") << QByteArray("\xED\xBF\xBF") << qint64(0);
    QTest::newRow("above U+10FFFF F4 90 80 80 at 0") << QByteArray("\xF4\x90\x80\x80") << qint64(0);
    QTest::newRow("F5 lead at 4") << QByteArray("abcd\xF5\x80\x80\x80") << qint64(4);
    QTest::newRow("FF at 0") << QByteArray("\xFF") << qint64(0);
    QTest::newRow("the first of two errors at 1") << QByteArray("a\x80\xFF") << qint64(1);
}

void TestTextCorpus::utf8Offsets()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, offset);
    const std::string_view view(bytes.constData(), std::size_t(bytes.size()));
    const std::size_t got = firstInvalidUtf8(view);
    QCOMPARE(got == std::string_view::npos ? qint64(-1) : qint64(got), offset);
    QCOMPARE(isValidUtf8(view), offset < 0);
}

void TestTextCorpus::utf8Bom()
{
    QCOMPARE(utf8BomLength("\xEF\xBB\xBFtext"), std::size_t(3));
    QCOMPARE(utf8BomLength("\xEF\xBB"), std::size_t(0));
    QCOMPARE(utf8BomLength("text"), std::size_t(0));
}

// ---- shakespeare -----------------------------------------------------------------------------

void TestTextCorpus::shakespeareLoads()
{
    DataConfig c;
    c.name = "shakespeare";
    const TextLoadResult r = loadTextCorpus(c);
    QVERIFY2(r.ok(), r.error ? r.error->text().c_str() : "");
    const TextCorpus &t = *r.corpus;
    QCOMPARE(QString::fromStdString(t.id), QString("shakespeare"));
    const std::size_t n = 1'115'394;
    QCOMPARE(t.train.size() + t.validation.size(), n);
    QCOMPARE(t.train.size(), std::size_t(1'003'854));  // floor(0.9 n)
    QCOMPARE(t.validation.size(), std::size_t(111'540));
    QCOMPARE(std::string(t.train.begin(), t.train.begin() + 13), std::string("First Citizen"));
    QVERIFY(!t.hasLanguages());
    QVERIFY(t.validationLanguage.empty());
    QVERIFY(QString::fromStdString(t.source).contains("char-rnn"));
    // The split is a cut, nothing lost or moved: train + validation is the file.
    QFile file(QString::fromStdString(dataDirectory() + "/tinyshakespeare.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(allBytes(t) == bytes.toStdString());
}

void TestTextCorpus::shakespeareDamagedCopyIsRefused()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const std::string dir = dataDirectory();
    QVERIFY(QFile::copy(QString::fromStdString(dir + "/iris.csv"), tmp.filePath("iris.csv")));
    QFile original(QString::fromStdString(dir + "/tinyshakespeare.txt"));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QByteArray bytes = original.readAll();
    bytes[0] = 'f';  // "first Citizen"
    QVERIFY(!testfiles::write(tmp.filePath("tinyshakespeare.txt"), bytes).empty());
    qputenv("MOELAB_DATA_DIR", tmp.path().toLocal8Bit());
    DataConfig c;
    c.name = "shakespeare";
    const TextLoadResult r = loadTextCorpus(c);
    qunsetenv("MOELAB_DATA_DIR");
    QVERIFY(!r.ok());
    const QString text = QString::fromStdString(r.error->text());
    QVERIFY2(text.startsWith(tmp.filePath("tinyshakespeare.txt") + ": checksum mismatch"), qPrintable(text));
    QCOMPARE(QString::fromStdString(dataDirectory()), QString::fromStdString(dir));
}

void TestTextCorpus::cancelledLoadFails()
{
    DataConfig c;
    c.name = "shakespeare";
    int calls = 0;
    const TextLoadResult r = loadTextCorpus(c, [&](double) { return ++calls < 3; });
    QVERIFY(!r.ok());
    QCOMPARE(QString::fromStdString(r.error->message), QString("cancelled"));
    QCOMPARE(calls, 3);
}

// ---- fortunes --------------------------------------------------------------------------------

void TestTextCorpus::fortunesFakeTreeLabelsEveryByte()
{
    FakeFortunes f;
    QVERIFY(makeFakeFortunes(f));
    const TextLoadResult r = loadFortunes(f.dir.path(), 7);
    QVERIFY2(r.ok(), r.error ? r.error->text().c_str() : "");
    const TextCorpus &t = *r.corpus;
    QVERIFY(t.hasLanguages());
    QCOMPARE(t.trainLanguage.size(), t.train.size());
    QCOMPARE(t.validationLanguage.size(), t.validation.size());

    const std::string all = allBytes(t);
    const std::vector<TextLanguage> labels = allLabels(t);
    std::size_t expectedTotal = 0;
    std::vector<bool> covered(all.size(), false);
    const auto check = [&](const std::vector<std::string> &docs, TextLanguage language) {
        for (const std::string &d : docs) {
            const std::string piece = d + "\n";  // each document ends "\n", then one empty line
            expectedTotal += piece.size();
            const std::size_t at = all.find(piece);
            QVERIFY2(at != std::string::npos, d.substr(0, 20).c_str());
            QCOMPARE(all.find(piece, at + 1), std::string::npos);  // exactly once
            for (std::size_t i = at; i < at + piece.size(); ++i) {
                QCOMPARE(int(labels[i]), int(language));
                covered[i] = true;
            }
        }
    };
    check(f.english, TextLanguage::English);
    check(f.german, TextLanguage::German);
    // Nothing else: no .dat index, no .u8 duplicate, no unknown file, no invalid document,
    // no markup; every byte belongs to one of the six documents.
    QCOMPARE(all.size(), expectedTotal);
    QVERIFY(std::all_of(covered.begin(), covered.end(), [](bool b) { return b; }));
    QCOMPARE(all.find("NOT A KNOWN"), std::string::npos);
    QCOMPARE(all.find("Latin-1"), std::string::npos);
    QCOMPARE(all.find('\x1b'), std::string::npos);
    QCOMPARE(all.find('\b'), std::string::npos);
    QVERIFY(isValidUtf8(all));
    QVERIFY2(QString::fromStdString(t.source).contains("6 documents (en 3, de 3, zh 0)"), t.source.c_str());
    QVERIFY2(QString::fromStdString(t.source).contains("1 skipped as invalid UTF-8"), t.source.c_str());
    // The split follows the bytes: floor(0.9 n), labels with them.
    QCOMPARE(t.train.size(), all.size() * 9 / 10);
    QCOMPARE(t.validation.size(), all.size() - all.size() * 9 / 10);
}

void TestTextCorpus::fortunesSeedDecidesTheOrder()
{
    FakeFortunes f;
    QVERIFY(makeFakeFortunes(f));
    const TextLoadResult a = loadFortunes(f.dir.path(), 1);
    const TextLoadResult b = loadFortunes(f.dir.path(), 1);
    const TextLoadResult c = loadFortunes(f.dir.path(), 2);
    QVERIFY(a.ok() && b.ok() && c.ok());
    QVERIFY(a.corpus->train == b.corpus->train);
    QVERIFY(a.corpus->validation == b.corpus->validation);
    QVERIFY(a.corpus->trainLanguage == b.corpus->trainLanguage);
    // Another seed: another order of the same documents, split at the same place.
    QVERIFY(allBytes(*a.corpus) != allBytes(*c.corpus));
    QCOMPARE(c.corpus->train.size(), a.corpus->train.size());
    QCOMPARE(c.corpus->validation.size(), a.corpus->validation.size());
    std::string sortedA = allBytes(*a.corpus), sortedC = allBytes(*c.corpus);
    std::sort(sortedA.begin(), sortedA.end());
    std::sort(sortedC.begin(), sortedC.end());
    QVERIFY(sortedA == sortedC);
}

void TestTextCorpus::fortunesBadDirectories()
{
    QTemporaryDir empty;
    QVERIFY(empty.isValid());
    TextLoadResult r = loadFortunes(empty.path(), 1);
    QVERIFY(!r.ok());
    QVERIFY2(r.error->text().find(empty.path().toStdString() + ": no fortune files") == 0, r.error->text().c_str());

    r = loadFortunes(empty.path() + "/nowhere", 1);
    QVERIFY(!r.ok());
    QCOMPARE(QString::fromStdString(r.error->message), QString("no such directory"));

    // Too little text for the language model.
    QVERIFY(!testfiles::write(empty.filePath("riddles"), "one short riddle\n%\nand another\n").empty());
    r = loadFortunes(empty.path(), 1);
    QVERIFY(!r.ok());
    QVERIFY2(r.error->message.find("only 31 bytes of text") == 0, r.error->message.c_str());
}

void TestTextCorpus::fortunesInstalledHaveThreeLanguagesInBothSplits()
{
    const QString root = kFortunesDir;
    const bool installed =
        QFile::exists(root + "/computers") && QFile::exists(root + "/de/witze") && QFile::exists(root + "/tang300");
    for (const DatasetInfo &info : listDatasets())
        if (info.id == "fortunes") {
            QCOMPARE(info.available, installed);
            QVERIFY(QString::fromStdString(info.note).contains(installed ? "installed" : "apt-get install fortunes"));
        }
    if (!installed) {
        DataConfig c;
        c.name = "fortunes";
        const TextLoadResult r = loadTextCorpus(c);
        QVERIFY(!r.ok());
        QVERIFY2(r.error->text().find("apt-get install fortunes fortunes-de fortunes-zh") != std::string::npos,
                 r.error->text().c_str());
        QSKIP("the Debian packages fortunes, fortunes-de and fortunes-zh are not installed");
    }
    DataConfig c;
    c.name = "fortunes";
    const TextLoadResult r = loadTextCorpus(c);
    QVERIFY2(r.ok(), r.error ? r.error->text().c_str() : "");
    const TextCorpus &t = *r.corpus;
    qInfo("%s; %zu + %zu bytes", t.source.c_str(), t.train.size(), t.validation.size());
    const auto languages = [](const std::vector<TextLanguage> &labels) {
        int count[4] = {};
        for (TextLanguage l : labels)
            ++count[int(l)];
        return std::vector<int>(count, count + 4);
    };
    for (const auto &split : {languages(t.trainLanguage), languages(t.validationLanguage)}) {
        QCOMPARE(split[int(TextLanguage::Unknown)], 0);
        QVERIFY(split[int(TextLanguage::English)] > 0);
        QVERIFY(split[int(TextLanguage::German)] > 0);
        QVERIFY(split[int(TextLanguage::Chinese)] > 0);
    }
    const std::string all = allBytes(t);
    QVERIFY(all.size() > 1'000'000);
    QVERIFY(isValidUtf8(all));  // only valid documents, markup removed without breaking any
    QCOMPARE(all.find('\x1b'), std::string::npos);
    // The labels follow the text: lead bytes E4..E9 of CJK ideographs are common in the bytes
    // labelled Chinese (one in six on Debian 12: the rest are their continuation bytes, ASCII
    // and punctuation) and next to absent from the English and German ones.
    const std::vector<TextLanguage> labels = allLabels(t);
    std::size_t bytes[4] = {}, cjkLeads[4] = {};
    for (std::size_t i = 0; i < all.size(); ++i) {
        ++bytes[int(labels[i])];
        cjkLeads[int(labels[i])] += std::uint8_t(all[i]) >= 0xE4 && std::uint8_t(all[i]) <= 0xE9;
    }
    const auto share = [&](TextLanguage l) {
        return double(cjkLeads[int(l)]) / double(bytes[int(l)]);
    };
    qInfo("CJK lead bytes E4..E9: en %zu of %zu, de %zu of %zu, zh %zu of %zu", cjkLeads[1], bytes[1], cjkLeads[2],
          bytes[2], cjkLeads[3], bytes[3]);
    QVERIFY(share(TextLanguage::Chinese) > 0.1);
    QVERIFY(share(TextLanguage::English) < 0.001);
    QVERIFY(share(TextLanguage::German) < 0.001);
}

// ---- text ------------------------------------------------------------------------------------

void TestTextCorpus::textFileLoads()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    std::string text;
    while (text.size() < 3000)
        text += "Ein Satz auf Deutsch, ein Wort auf Chinesisch: \xE4\xB8\xAD\xE6\x96\x87.\n";
    const std::string path = testfiles::write(tmp.filePath("mine.txt"), QByteArray::fromStdString(text));
    QVERIFY(!path.empty());
    const TextLoadResult r = loadText(path);
    QVERIFY2(r.ok(), r.error ? r.error->text().c_str() : "");
    QCOMPARE(QString::fromStdString(r.corpus->id), QString("text"));
    QVERIFY(allBytes(*r.corpus) == text);
    QCOMPARE(r.corpus->train.size(), text.size() * 9 / 10);
    QVERIFY(!r.corpus->hasLanguages());
}

void TestTextCorpus::textFileSkipsBom()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const std::string text(3000, 'a');
    const std::string path =
        testfiles::write(tmp.filePath("bom.txt"), QByteArray::fromStdString("\xEF\xBB\xBF" + text));
    const TextLoadResult r = loadText(path);
    QVERIFY2(r.ok(), r.error ? r.error->text().c_str() : "");
    QVERIFY(allBytes(*r.corpus) == text);
}

void TestTextCorpus::textInvalidUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("where");  // ":line:column: invalid UTF-8 at byte offset N (0xHH)"
    // The prefix "First line\nsecond line\n  x" is 11 + 12 + 3 = 26 bytes: the bad byte at
    // offset 26 is on line 3, column 4.
    const QByteArray p("First line\nsecond line\n  x");
    QTest::newRow("lone continuation") << p + "\x80 tail\n"
                                       << ":3:4: invalid UTF-8 at byte offset 26 (0x80)";
    QTest::newRow("truncated sequence at the end") << p + "\xE4\xB8"
                                                   << ":3:4: invalid UTF-8 at byte offset 26 (0xE4)";
    QTest::newRow("overlong C0 80") << p + QByteArray("\xC0\x80", 2) + "z"
                                    << ":3:4: invalid UTF-8 at byte offset 26 (0xC0)";
    QTest::newRow("surrogate ED A0 80") << p + "\xED\xA0\x80"
                                        << ":3:4: invalid UTF-8 at byte offset 26 (0xED)";
    QTest::newRow("F5 lead") << p + "\xF5\x80\x80\x80"
                             << ":3:4: invalid UTF-8 at byte offset 26 (0xF5)";
    QTest::newRow("above U+10FFFF") << p + "\xF4\x90\x80\x80"
                                    << ":3:4: invalid UTF-8 at byte offset 26 (0xF4)";
    // "\xE4\xB8\xAD\xE6\x96\x87\n" is 7 bytes: the 0xFF is byte 7, line 2, column 1.
    QTest::newRow("after Chinese, at a line start")
        << QByteArray("\xE4\xB8\xAD\xE6\x96\x87\n\xFF") << ":2:1: invalid UTF-8 at byte offset 7 (0xFF)";
    // Past the minimum length: 30 lines of 99 'a' + '\n' = 3000 bytes, then a cut 0xC3.
    QByteArray longText;
    for (int i = 0; i < 30; ++i)
        longText += QByteArray(99, 'a') + "\n";
    QTest::newRow("deep in a long file") << longText + "\xC3"
                                         << ":31:1: invalid UTF-8 at byte offset 3000 (0xC3)";
    // The byte order mark is skipped, but offsets count from the start of the file.
    QTest::newRow("after a byte order mark")
        << QByteArray("\xEF\xBB\xBF\x80") << ":1:4: invalid UTF-8 at byte offset 3 (0x80)";
}

void TestTextCorpus::textInvalidUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const std::string path = testfiles::write(tmp.filePath("bad.txt"), bytes);
    QVERIFY(!path.empty());
    const TextLoadResult r = loadText(path);
    QVERIFY(!r.ok());
    QVERIFY(!r.corpus);
    QCOMPARE(QString::fromStdString(r.error->file), QString::fromStdString(path));
    QCOMPARE(errorOf(r), QString::fromStdString(path) + where);
}

void TestTextCorpus::textEmptyShortMissing()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const std::string empty = testfiles::write(tmp.filePath("empty.txt"), QByteArray());
    QCOMPARE(errorOf(loadText(empty)), QString::fromStdString(empty + ": the file is empty"));
    const std::string bomOnly = testfiles::write(tmp.filePath("bom.txt"), QByteArray("\xEF\xBB\xBF"));
    QCOMPARE(errorOf(loadText(bomOnly)), QString::fromStdString(bomOnly + ": the file is empty"));
    const std::string shortFile = testfiles::write(tmp.filePath("short.txt"), QByteArray(100, 'x'));
    QCOMPARE(errorOf(loadText(shortFile)),
             QString::fromStdString(shortFile)
                 + ": only 100 bytes of text; the language model needs at least 2570 (10 windows of 257 bytes)");
    const std::string missing = tmp.filePath("missing.txt").toStdString();
    QCOMPARE(errorOf(loadText(missing)), QString::fromStdString(missing + ": no such file"));
    QCOMPARE(errorOf(loadText(tmp.path().toStdString())), tmp.path() + ": is a directory, not a text file");
    QCOMPARE(errorOf(loadText("")), QString("text: no file given (set data.path)"));
}

void TestTextCorpus::textMinimumLength()
{
    QCOMPARE(kMinTextBytes, std::size_t(2570));
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const std::string enough = testfiles::write(tmp.filePath("enough.txt"), QByteArray(int(kMinTextBytes), 'x'));
    const TextLoadResult r = loadText(enough);
    QVERIFY2(r.ok(), r.error ? r.error->text().c_str() : "");
    // The validation tenth holds one window of the longest context plus its target.
    QCOMPARE(r.corpus->validation.size(), kMaxTextContext + 1);
    const std::string oneShort = testfiles::write(tmp.filePath("short.txt"), QByteArray(int(kMinTextBytes) - 1, 'x'));
    QVERIFY(!loadText(oneShort).ok());
}

// ---- catalogue -------------------------------------------------------------------------------

void TestTextCorpus::catalogueEntries()
{
    const std::vector<std::pair<std::string, DatasetKind>> expected = {
        {"shakespeare", DatasetKind::Shipped}, {"fortunes", DatasetKind::Installed}, {"text", DatasetKind::File}};
    const auto list = listDatasets();
    for (const auto &[id, kind] : expected) {
        QVERIFY(isTextDataset(id));
        const auto it = std::find_if(list.begin(), list.end(), [&](const DatasetInfo &i) { return i.id == id; });
        QVERIFY2(it != list.end(), id.c_str());
        QCOMPARE(int(it->kind), int(kind));
        QVERIFY(!it->displayName.empty());
        QVERIFY(!it->note.empty());
    }
    QVERIFY(!isTextDataset("csv"));
    QVERIFY(!isTextDataset("Shakespeare"));
    DataConfig c;
    c.name = "iris";
    const TextLoadResult r = loadTextCorpus(c);
    QVERIFY(!r.ok());
    QVERIFY2(r.error->message.find("unknown text corpus") == 0, r.error->message.c_str());
}

void TestTextCorpus::vectorLoaderRefusesTextIds()
{
    for (const char *id : {"shakespeare", "fortunes", "text"}) {
        DataConfig c;
        c.name = id;
        const LoadResult r = loadDataset(c);
        QVERIFY(!r.ok());
        QVERIFY(!r.dataset);
        QVERIFY2(r.error->message.find("is a text corpus for the language model") != std::string::npos,
                 r.error->message.c_str());
    }
}

QTEST_GUILESS_MAIN(TestTextCorpus)
#include "tst_text_corpus.moc"
