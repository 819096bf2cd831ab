// Helpers for the datasets tests: write plain or gzip files into a temporary directory.
#pragma once

#include <zlib.h>

#include <QByteArray>
#include <QFile>
#include <QString>

#include <cstdint>
#include <string>
#include <vector>

namespace testfiles {

inline std::string write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path.toStdString();
}

inline std::string writeGz(const QString &path, const QByteArray &bytes)
{
    gzFile f = gzopen(path.toLocal8Bit().constData(), "wb");
    if (!f)
        return {};
    const int n = bytes.isEmpty() ? 0 : gzwrite(f, bytes.constData(), unsigned(bytes.size()));
    gzclose(f);
    return n == bytes.size() ? path.toStdString() : std::string();
}

// An IDX header: 0, 0, 0x08, rank, then big-endian sizes.
inline QByteArray idxHeader(const std::vector<std::uint32_t> &dims, std::uint8_t type = 0x08)
{
    QByteArray h;
    h.append(char(0)).append(char(0)).append(char(type)).append(char(dims.size()));
    for (std::uint32_t d : dims)
        for (int shift = 24; shift >= 0; shift -= 8)
            h.append(char((d >> shift) & 0xff));
    return h;
}

}  // namespace testfiles
