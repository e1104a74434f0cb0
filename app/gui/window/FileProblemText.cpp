#include "app/gui/window/FileProblemText.h"

#include <QCoreApplication>

namespace coachtrack::app {

QString describeFileProblem(const media::Error& problem)
{
    const QString advice =
        problem.code == media::ErrorCode::FileNotFound
            ? QCoreApplication::translate("FileProblemText",
                                          "If it was moved or renamed, open it from its new "
                                          "location with File ▸ Open (Ctrl+O).")
            : QCoreApplication::translate("FileProblemText",
                                          "Open another recording with File ▸ Open (Ctrl+O).");
    return problem.message + u'\n' + advice;
}

} // namespace coachtrack::app
