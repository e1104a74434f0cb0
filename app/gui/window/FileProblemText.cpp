#include "app/gui/window/FileProblemText.h"

#include <QCoreApplication>

namespace coachtrack::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("FileProblemText", text);
}
} // namespace

QString describeFileProblem(const media::Error& problem)
{
    const QString advice =
        problem.code == media::ErrorCode::FileNotFound
            ? tr("If it was moved or renamed, open it from its new location with "
                 "File ▸ Open (Ctrl+O).")
            : tr("Open another recording with File ▸ Open (Ctrl+O).");
    return problem.message + u'\n' + advice;
}

} // namespace coachtrack::app
