#pragma once

#include <QString>

namespace coachtrack::annotations {

// `path` made absolute with its symbolic links followed to the file they name (a dangling
// last link gives the path it points to, which may not exist yet). Any thread.
QString followLinks(const QString& path);

// followLinks(), with ".." and the links of the folders on the way resolved as well, as far as
// the file system has them: two paths of the same file give the same string. Any thread.
QString resolvedPath(const QString& path);

} // namespace coachtrack::annotations
