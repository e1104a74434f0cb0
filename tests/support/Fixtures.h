#pragma once

// Paths and generated media for tests. Fixtures are made at test time with FFmpeg's lavfi
// sources; nothing large is checked in.

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace coachtrack::testing {

QString demoCallPath();  // build/demo/demo_call.mp3, made by the build
QString demoTruthPath(); // build/demo/demo_call.truth.json
QString demoVttPath();   // build/demo/demo_call.vtt
QString sourceDir();     // the project checkout
QString sharedDir();     // ../shared beside the checkout
QString binaryPath();    // the built `coachtrack` executable

// What a run of the `coachtrack` executable printed and returned.
struct ToolRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
    QString text() const { return QString::fromUtf8(out); }
};

// Runs PROGRAM with ARGS in ENV; REQUIREs that it ends normally (never a signal).
ToolRun runTool(const QString& program, const QStringList& args,
                const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
// Runs the built `coachtrack` the same way.
ToolRun runCoachtrack(const QStringList& args,
                      const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());
// True when PROGRAM is on the PATH.
bool hasTool(const QString& program);

// The system environment with the XDG cache, data and config homes inside `home`, so that a
// run never touches the user's real library or caches.
QProcessEnvironment isolatedEnvironment(const QString& home);

// Runs `ffmpeg -v error -y ARGS… OUT` and REQUIREs success; returns OUT.
QString ffmpeg(const QString& out, const QStringList& args);
// The ffmpeg arguments of one generated input: `-f lavfi -i GRAPH`.
QStringList lavfi(const QString& graph);
// A call with video: the generated PICTURE and SOUND (lavfi graphs, in that order) made into
// OUT with the output ARGS, by ffmpeg() above. Returns OUT.
QString videoCall(const QString& out, const QString& picture, const QString& sound,
                  const QStringList& args);

// A temporary folder that REQUIREs its own creation.
class TempDir
{
public:
    TempDir();
    QString file(const QString& name) const { return m_dir.filePath(name); }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// A temporary folder with a copy of the demo call in it (REQUIREd) and the path of a library
// beside it, for the window tests.
struct DemoCallFolder
{
    DemoCallFolder();
    TempDir dir;
    QString db = dir.file(QStringLiteral("library.sqlite"));
    QString call = dir.file(QStringLiteral("demo_call.mp3"));
};

// Writes bytes to a file; REQUIREs success. Returns the path.
QString writeFile(const QString& path, const QByteArray& bytes);

// Overwrites the cell pointers and cells of one leaf page of `table` in the closed SQLite file
// `dbPath` (found with the sqlite3 shell's dbstat), as a failing disk would. REQUIREs success.
void damageTablePage(const QString& dbPath, const QString& table);

// Reads a whole file (empty when it cannot be read).
QByteArray readFile(const QString& path);

} // namespace coachtrack::testing
