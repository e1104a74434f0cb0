#pragma once

#include <QStringList>

class QDragEnterEvent;
class QDropEvent;

namespace coachtrack::app {

// Recordings dropped from a file manager, for any widget that takes them. GUI thread.
// Accepts a drag that carries URLs.
void acceptFileDrag(QDragEnterEvent* event);
// Accepts the drop and returns its local files (URLs of other kinds are left out).
QStringList takeDroppedFiles(QDropEvent* event);

} // namespace coachtrack::app
