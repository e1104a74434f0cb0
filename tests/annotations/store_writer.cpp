// Test helper: writes notes to a library and acknowledges each on stdout once committed.
//   store_writer DB --loop        add notes until killed (crash-safety test)
//   store_writer DB --until-full  add large notes until the disk is full, then reopen the
//                                 library and check every acknowledged note is there
#include "annotations/Store.h"

#include <QCoreApplication>
#include <QTextStream>
#include <cstdio>

using namespace coachtrack::annotations;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    QTextStream err(stderr);
    auto store = Store::open(args[1]);
    if (!store) {
        err << store.error().message << '\n';
        return 1;
    }
    auto rec = (*store)->addRecording(
        {args[1], QStringLiteral("writer-fp"), 3'600'000, {}, QStringLiteral("t"), {}, {}, {}, 0});
    auto session = rec ? (*store)->currentSession(rec->id) : std::unexpected(rec.error());
    if (!session) {
        err << session.error().message << '\n';
        return 1;
    }
    const bool untilFull = args[2] == u"--until-full";
    const QString filler = untilFull ? QString(2000, u'x') : QString();
    int64_t acknowledged = 0;
    for (int64_t i = 0;; ++i) {
        auto note = (*store)->addShareableNote(
            {session->id, i % 3'600'000, {}, QStringLiteral("note %1 %2").arg(i).arg(filler), {}});
        if (!note) {
            err << note.error().message << '\n';
            if (!untilFull)
                return 1;
            break;
        }
        ++acknowledged;
        std::printf("%lld\n", static_cast<long long>(note->id));
        std::fflush(stdout);
    }
    store->reset();
    auto reopened = Store::open(args[1]);
    if (!reopened) {
        err << "reopen failed: " << reopened.error().message << '\n';
        return 3;
    }
    auto notes = (*reopened)->shareableNotes(session->id);
    auto ok = (*reopened)->integrityOk();
    if (!notes || !ok || !*ok || int64_t(notes->size()) != acknowledged) {
        err << "lost notes after a full disk\n";
        return 3;
    }
    std::printf("verified %lld\n", static_cast<long long>(acknowledged));
    return 1;
}
