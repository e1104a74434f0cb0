// Notes from annotation tools that cannot be used as they are: broken or truncated files name
// their line, tiers must be chosen by name, notes past the call fail the import, and the store
// adds a batch of notes all together or not at all.
#include "annotations/StoreFixture.h"
#include "exchange/import/NotesImport.h"
#include "support/Fixtures.h"

#include <QRandomGenerator>

using namespace coachtrack::annotations;
using namespace coachtrack::exchange;
using namespace coachtrack::testing;

namespace {

QString conformance(const QString& name)
{
    return sharedDir() + QStringLiteral("/conformance/") + name;
}

TranscriptError readFails(const QByteArray& bytes)
{
    auto read = readNotes(bytes);
    REQUIRE_FALSE(read.has_value());
    return read.error();
}

NotesFile readOk(const QString& path)
{
    auto read = readNotesFile(path);
    INFO(path.toStdString() << ": " << (read ? std::string() : read.error().toStdString()));
    REQUIRE(read.has_value());
    return std::move(*read);
}

} // namespace

TEST_CASE("a broken file is refused with its line and the problem", "[interchange][errors]")
{
    const auto check = [](const QByteArray& bytes, int line, const QString& words) {
        const TranscriptError e = readFails(bytes);
        INFO(e.message(QStringLiteral("f")).toStdString());
        CHECK(e.line == line);
        CHECK(e.problem.contains(words));
    };
    const QByteArray eafStart =
        "<?xml version=\"1.0\"?>\n<ANNOTATION_DOCUMENT>\n"
        "<TIME_ORDER><TIME_SLOT TIME_SLOT_ID=\"ts1\" TIME_VALUE=\"0\"/>\n"
        "<TIME_SLOT TIME_SLOT_ID=\"ts2\" TIME_VALUE=\"900\"/></TIME_ORDER>\n"
        "<TIER TIER_ID=\"t\">\n";
    check(eafStart + "<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID=\"a1\" "
                     "TIME_SLOT_REF1=\"ts1\" TIME_SLOT_REF2=\"ts2\">\n"
                     "<ANNOTATION_VALUE>fine</ANNOTATION_VALUE></ALIGNABLE_ANNOTATION>\n"
                     "</ANNOTATION></TIR>\n",
          8, QStringLiteral("XML is broken"));
    check(eafStart + "<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID=\"a1\" "
                     "TIME_SLOT_REF1=\"ts1\" TIME_SLOT_REF2=\"ts9\">\n",
          6, QStringLiteral("time slot ts9"));
    check(eafStart + "<ANNOTATION><REF_ANNOTATION ANNOTATION_ID=\"a2\" ANNOTATION_REF=\"a7\">"
                     "<ANNOTATION_VALUE>x</ANNOTATION_VALUE></REF_ANNOTATION></ANNOTATION>"
                     "</TIER></ANNOTATION_DOCUMENT>\n",
          6, QStringLiteral("annotation a7"));
    check("<?xml version=\"1.0\"?>\n<html><body/></html>\n", 2,
          QStringLiteral("root element is html"));
    check("File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n\nxmin = 0\nxmax = 2\n"
          "tiers? <exists>\nsize = 1\nitem []:\n    item [1]:\n        class = \"IntervalTier\"\n"
          "        name = \"a\"\n        xmin = 0\n        xmax = 2\n        intervals: size = 1\n"
          "        intervals [1]:\n            xmin = 0\n            xmax = oops\n",
          17, QStringLiteral("found \u201Coops\u201D"));
    check("File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n0\n2\n<exists>\n1\n"
          "\"IntervalTier\"\n\"a\"\n0\n2\n1\n0\n2\n",
          13, QStringLiteral("ends before the text of interval 1 in tier 1 (a)"));
    check("File type = \"ooTextFile\"\nObject class = \"TextGrid\"\n0\n2\n<exists>\n1\n"
          "\"IntervalTier\"\n\"a\"\n0\n2\n1\n0\n2\n\"never closed\n",
          14, QStringLiteral("never closed"));
    check("File type = \"ooTextFile\"\nObject class = \"Pitch 1\"\n", 2, QStringLiteral("Pitch 1"));
    check(QByteArray("ooBinaryFile\x08TextGrid\0\0", 23), 1, QStringLiteral("binary Praat file"));
    check("0.5\t1.0\tfine\n2,0\t3.0\tcomma\n", 2, QStringLiteral("not a time"));
    check("0.5\t1.0\tfine\n4.0\t3.0\tbackwards\n", 2, QStringLiteral("ends"));
    check("just some words\n", 1, QStringLiteral("START<TAB>END<TAB>TEXT"));
    // And the file's name with the line, for the command line.
    TempDir dir;
    const auto named = readNotesFile(writeFile(dir.file(QStringLiteral("bad.eaf")), eafStart));
    REQUIRE_FALSE(named.has_value());
    CHECK(named.error().startsWith(QStringLiteral("bad.eaf, line ")));
}

TEST_CASE("a truncated or damaged file is read, or refused with a line, and never crashes",
          "[interchange][errors][property]")
{
    QRandomGenerator rng(20261204);
    for (const char* name :
         {"eaf/phonfieldwork_test.eaf", "eaf/poio_turkish.eaf",
          "textgrid/phonfieldwork_test.TextGrid", "textgrid/kylebgorman_short_format.TextGrid",
          "audacity/phonfieldwork_test_audacity.txt"}) {
        const QByteArray whole = readFile(conformance(QString::fromLatin1(name)));
        REQUIRE_FALSE(whole.isEmpty());
        for (int i = 0; i < 150; ++i) {
            QByteArray bytes = whole.left(rng.bounded(int(whole.size())));
            if (i % 2 == 1 && !bytes.isEmpty())
                bytes[rng.bounded(int(bytes.size()))] = char(rng.bounded(256));
            const NotesResult read = readNotes(bytes);
            INFO(name << " cut at " << bytes.size());
            if (read) {
                for (const ImportedTier& tier : read->tiers)
                    for (const ImportedNote& note : tier.notes)
                        CHECK(note.endMs.value_or(note.startMs) > note.startMs - 1);
            } else {
                CHECK(read.error().line >= 1);
                CHECK_FALSE(read.error().problem.isEmpty());
            }
        }
    }
}

TEST_CASE("tiers are chosen by name, and a name the file lacks lists the ones it has",
          "[interchange][errors]")
{
    const NotesFile turkish = readOk(conformance(QStringLiteral("eaf/poio_turkish.eaf")));
    auto unknown = notesOfTiers(turkish, {QStringLiteral("P-Spch"), QStringLiteral("Words")});
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().contains(QStringLiteral("no tier \u201CWords\u201D")));
    CHECK(unknown.error().contains(QStringLiteral("\u201CP-Word\u201D (60 annotations)")));
    auto ambiguous = notesOfTiers(turkish, {});
    REQUIRE_FALSE(ambiguous.has_value());
    CHECK(ambiguous.error().contains(QStringLiteral("5 tiers with annotations")));
    CHECK(notesOfTiers(turkish, {QStringLiteral("P-Spch"), QStringLiteral("P-Spch")})->size() == 9);
}

TEST_CASE("imported notes are checked against the recording before anything is added",
          "[interchange][errors]")
{
    const std::vector<ImportedNote> notes = {{1'000, 2'000, QStringLiteral(" Keep "), 3},
                                             {1'500, std::nullopt, QStringLiteral("  "), 4},
                                             {9'000, 12'000, QStringLiteral("Cut at the end"), 5}};
    auto plan = planNotes(notes, 10'000);
    REQUIRE(plan.has_value());
    REQUIRE(plan->notes.size() == 2);
    CHECK(plan->notes[0].text == u"Keep");
    CHECK(plan->notes[1].endMs == 10'000);
    CHECK(plan->skippedEmpty == 1);
    CHECK(plan->endsCut == 1);
    // Past the end: the whole file is refused, the first such annotation named.
    auto beyond = planNotes({{5'000, {}, QStringLiteral("in"), 2},
                             {11'000, {}, QStringLiteral("Out one"), 7},
                             {12'000, {}, QStringLiteral("Out two"), 9}},
                            10'000);
    REQUIRE_FALSE(beyond.has_value());
    CHECK(beyond.error().line == 7);
    CHECK(beyond.error().problem.startsWith(QStringLiteral("2 annotations start after")));
    CHECK(beyond.error().problem.contains(QStringLiteral("Nothing was imported")));
    CHECK_FALSE(planNotes({{1'000, {}, QStringLiteral(" "), 1}}, 10'000).has_value());
}

TEST_CASE("a batch of notes is added in one transaction: all, or none", "[interchange][store]")
{
    StoreFixture f;
    const std::vector<NoteDraft> good = {{0, 1'000, {}, QStringLiteral("one"), {}, {}},
                                         {0, 2'000, 3'000, QStringLiteral("two"), {}, {}}};
    auto added = f.store->addNotes(f.sessionId, Track::Private, good);
    REQUIRE(added.has_value());
    CHECK(*added == 2);
    CHECK(f.store->privateNotes(f.sessionId)->size() == 2);
    CHECK(f.store->shareableNotes(f.sessionId)->empty());

    std::vector<NoteDraft> bad = good;
    bad.push_back({0, 700'000, {}, QStringLiteral("past the 10-minute call"), {}, {}});
    auto refused = f.store->addNotes(f.sessionId, Track::Shareable, bad);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().message.startsWith(QStringLiteral("note 3 of 3 (at 11:40.000)")));
    CHECK(f.store->shareableNotes(f.sessionId)->empty());
}
