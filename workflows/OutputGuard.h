#pragma once

#include <QString>
#include <optional>
#include <sys/types.h>
#include <vector>

namespace coachtrack::annotations {
class Store;
}

namespace coachtrack::workflows {

// Knows the files an export must never write over — the library, its -wal/-shm/-journal
// companions and backups, and every recording in it — and refuses an output path that
// resolves to one of them by any route: symbolic links, "..", or a hard link to the same
// file. Any thread (it only reads the file system).
class OutputGuard
{
public:
    static OutputGuard forLibrary(annotations::Store& store);

    // Why `path` must not be written ("it is the library itself …"), or nullopt when it may.
    std::optional<QString> refuse(const QString& path) const;

private:
    struct Protected
    {
        QString path; // absolute, links resolved
        QString what; // "the library itself", "the recording of 'Call'"…
        bool exists = false;
        dev_t device = 0;
        ino_t inode = 0;
    };
    void protect(const QString& path, const QString& what);

    std::vector<Protected> m_files;
};

} // namespace coachtrack::workflows
