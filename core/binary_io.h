// Little-endian binary writing and bounds-checked reading for checkpoints (checkpoint.cpp, the
// language model's lm_checkpoint.cpp): a byte Writer, a Reader that never reads past its end,
// the FNV-1a checksum, the configuration as "key=value" lines, and whole-file I/O that
// replaces a file only once the new one is completely written.
#pragma once

#include "config.h"

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

namespace moe {

inline std::uint32_t fnv1a(const char *p, std::size_t n)
{
    std::uint32_t h = 2166136261u;
    for (std::size_t i = 0; i < n; ++i) {
        h ^= std::uint8_t(p[i]);
        h *= 16777619u;
    }
    return h;
}

class BinaryWriter {
public:
    template <class T>
    void put(T v)
    {
        const char *p = reinterpret_cast<const char *>(&v);
        bytes.insert(bytes.end(), p, p + sizeof(T));
    }
    void putBytes(const void *p, std::size_t n)
    {
        const char *c = static_cast<const char *>(p);
        bytes.insert(bytes.end(), c, c + n);
    }
    std::vector<char> bytes;
};

class BinaryReader {
public:
    BinaryReader(const std::vector<char> &b, std::size_t end) : m_b(b), m_end(end) { }
    template <class T>
    bool get(T &v)
    {
        if (m_pos + sizeof(T) > m_end)
            return false;
        std::memcpy(&v, m_b.data() + m_pos, sizeof(T));
        m_pos += sizeof(T);
        return true;
    }
    bool getBytes(void *p, std::size_t n)
    {
        if (n > m_end - m_pos)
            return false;
        if (n == 0)  // an empty table (a shared bottom has no experts): nothing to copy, p may be null
            return true;
        std::memcpy(p, m_b.data() + m_pos, n);
        m_pos += n;
        return true;
    }
    [[nodiscard]] std::size_t remaining() const { return m_end - m_pos; }

private:
    const std::vector<char> &m_b;
    std::size_t m_end;
    std::size_t m_pos = 0;
};

inline std::string configText(const ExperimentConfig &cfg)
{
    std::string out;
    for (const auto &k : configKeys())
        out += k.key + "=" + configValue(cfg, k.key) + "\n";
    return out;
}

inline std::string writeFileAtomically(const std::string &path, const std::vector<char> &bytes)
{
    const std::string tmp = path + ".part";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out)
            return "cannot write '" + path + "'";
        out.write(bytes.data(), std::streamsize(bytes.size()));
        if (!out.good())
            return "writing '" + path + "' failed (disk full?)";
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        std::remove(tmp.c_str());
        return "cannot replace '" + path + "'";
    }
    return {};
}

inline bool readWholeFile(const std::string &path, std::vector<char> &bytes)
{
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in)
        return false;
    const std::streamoff size = in.tellg();
    if (size < 0)
        return false;
    bytes.resize(std::size_t(size));
    in.seekg(0);
    return bool(in.read(bytes.data(), std::streamsize(size)));
}

}  // namespace moe
