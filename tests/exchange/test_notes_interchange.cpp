// Notes in and out of annotation tools: ELAN's EAF against the six real files of
// ../shared/conformance/eaf (2.3–3.0) and its 3.0 schema, Praat TextGrids in both text forms
// (and read back by Praat), Audacity labels; round trips through every format, and private
// text only in the archive. Broken files: test_notes_import_errors.cpp.
#include "annotations/StoreFixture.h"
#include "exchange/export/ArchiveExport.h"
#include "exchange/export/Exporter.h"
#include "exchange/export/NotesExport.h"
#include "exchange/export/NotesInterchange.h"
#include "exchange/import/NotesImport.h"
#include "support/Fixtures.h"

#include <map>
#include <set>
#include <tuple>

using namespace coachtrack::annotations;
using namespace coachtrack::exchange;
using namespace coachtrack::testing;

namespace {

const QString kCanary = QStringLiteral("OKAPICANARY");

QString conformance(const QString& name)
{
    return sharedDir() + QStringLiteral("/conformance/") + name;
}

NotesFile readOk(const QString& path)
{
    auto read = readNotesFile(path);
    INFO(path.toStdString() << ": " << (read ? std::string() : read.error().toStdString()));
    REQUIRE(read.has_value());
    return std::move(*read);
}

NotesFile readBytesOk(const QByteArray& bytes)
{
    auto read = readNotes(bytes);
    INFO((read ? std::string() : read.error().message(QStringLiteral("input")).toStdString()));
    REQUIRE(read.has_value());
    return std::move(*read);
}

const ImportedTier& tierNamed(const NotesFile& file, const QString& name)
{
    for (const ImportedTier& tier : file.tiers)
        if (tier.name == name)
            return tier;
    FAIL("no tier " << name.toStdString());
    return file.tiers.front();
}

std::map<QString, size_t> countsOf(const NotesFile& file)
{
    std::map<QString, size_t> counts;
    for (const ImportedTier& tier : file.tiers)
        counts[tier.name] += tier.notes.size();
    return counts;
}

std::vector<ImportedNote> chosen(const NotesFile& file, const QStringList& tiers = {})
{
    auto notes = notesOfTiers(file, tiers);
    INFO((notes ? std::string() : notes.error().toStdString()));
    REQUIRE(notes.has_value());
    return *notes;
}

// A session with shareable notes that test every format's limits, and a private canary.
struct Reviewed
{
    StoreFixture f; // a 10-minute call
    Reviewed()
    {
        const auto add = [this](int64_t at, std::optional<int64_t> end, const QString& text) {
            REQUIRE(f.store->addShareableNote({f.sessionId, at, end, text, {}, {}}).has_value());
        };
        add(1'500, std::nullopt, QStringLiteral("Point note"));
        add(4'000, 9'250, QStringLiteral("Ranged \"quoted\" note"));
        add(7'000, 8'000, QStringLiteral("Overlaps the ranged one, Zoë café 東京"));
        add(20'000, 20'001, QStringLiteral("One millisecond"));
        add(60'000, std::nullopt, QStringLiteral("Same moment A"));
        add(60'000, std::nullopt, QStringLiteral("Same moment B"));
        add(598'000, 600'000, QStringLiteral("Up to the end"));
        REQUIRE(f.store
                    ->addPrivateNote(
                        {f.sessionId, 5'000, {}, kCanary + QStringLiteral(" vent"), kCanary, {}})
                    .has_value());
    }
    DebriefSheet sheet() const
    {
        auto sheet = f.store->debriefSheet(f.sessionId);
        REQUIRE(sheet.has_value());
        return *sheet;
    }
};

} // namespace

TEST_CASE("every ELAN file of the conformance set reads, EAF 2.3 to 3.0", "[interchange][eaf]")
{
    // Annotations per file, counted by Python's ElementTree (VALIDATION.txt agrees on totals).
    const std::vector<std::pair<QString, size_t>> files = {
        {QStringLiteral("phonfieldwork_test.eaf"), 14},
        {QStringLiteral("poio_elan-example1.eaf"), 315},
        {QStringLiteral("poio_turkish.eaf"), 340},
        {QStringLiteral("pympi_sample_2.7.eaf"), 8778},
        {QStringLiteral("pympi_sample_2.8.eaf"), 8778},
        {QStringLiteral("pympi_sample_3.0.eaf"), 8778}};
    for (const auto& [name, total] : files) {
        INFO(name.toStdString());
        const NotesFile file = readOk(conformance(QStringLiteral("eaf/") + name));
        CHECK(file.format == NotesFormat::Eaf);
        size_t read = 0;
        for (const ImportedTier& tier : file.tiers) {
            read += tier.notes.size();
            for (size_t i = 0; i < tier.notes.size(); ++i) {
                CHECK(tier.notes[i].endMs.value_or(tier.notes[i].startMs) >= tier.notes[i].startMs);
                if (i > 0)
                    CHECK(tier.notes[i].startMs >= tier.notes[i - 1].startMs);
            }
        }
        CHECK(read == total);
    }

    // Per tier, as the files have them (REF_ANNOTATIONs included).
    const NotesFile turkish = readOk(conformance(QStringLiteral("eaf/poio_turkish.eaf")));
    CHECK(countsOf(turkish) == std::map<QString, size_t>{{QStringLiteral("P-Spch"), 9},
                                                         {QStringLiteral("P-Word"), 60},
                                                         {QStringLiteral("P-Morph"), 126},
                                                         {QStringLiteral("P-Gloss"), 136},
                                                         {QStringLiteral("P-Trans"), 9}});
    const ImportedNote& first = tierNamed(turkish, QStringLiteral("P-Spch")).notes.front();
    CHECK(first.startMs == 40);
    CHECK(first.endMs == 3590);
    CHECK(first.text == QStringLiteral("dün akşam koşa koşa eve geldim"));
    // A translation (REF_ANNOTATION) has the times of the utterance it translates.
    const ImportedNote& translation = tierNamed(turkish, QStringLiteral("P-Trans")).notes.front();
    CHECK(translation.text == u"yesterday evening I came home running");
    CHECK(translation.startMs == 40);
    CHECK(translation.endMs == 3590);

    const NotesFile example = readOk(conformance(QStringLiteral("eaf/poio_elan-example1.eaf")));
    CHECK(countsOf(example) == std::map<QString, size_t>{{QStringLiteral("K-Spch"), 7},
                                                         {QStringLiteral("W-Spch"), 15},
                                                         {QStringLiteral("W-Words"), 97},
                                                         {QStringLiteral("W-POS"), 97},
                                                         {QStringLiteral("W-IPA"), 15},
                                                         {QStringLiteral("W-RGU"), 1},
                                                         {QStringLiteral("W-RGph"), 59},
                                                         {QStringLiteral("W-RGMe"), 19},
                                                         {QStringLiteral("K-RGU"), 1},
                                                         {QStringLiteral("K-RGph"), 3},
                                                         {QStringLiteral("K-RGMe"), 1}});
    CHECK(tierNamed(example, QStringLiteral("W-POS")).nonEmpty() == 96);

    const NotesFile sample = readOk(conformance(QStringLiteral("eaf/pympi_sample_3.0.eaf")));
    CHECK(countsOf(sample) == std::map<QString, size_t>{{QStringLiteral("text"), 399},
                                                        {QStringLiteral("words-timesub"), 1995},
                                                        {QStringLiteral("words-symsub"), 1995},
                                                        {QStringLiteral("gestures"), 1197},
                                                        {QStringLiteral("gest_included"), 1197},
                                                        {QStringLiteral("words-pos"), 1995}});
    // Unaligned slots (ts39–ts42 between 8000 and 11000 ms) are spread evenly, as ELAN does.
    const auto& words = tierNamed(sample, QStringLiteral("words-timesub")).notes;
    const auto the = std::find_if(words.begin(), words.end(),
                                  [](const ImportedNote& n) { return n.startMs == 8000; });
    REQUIRE(the != words.end());
    CHECK(the->text == u"The");
    CHECK(the->endMs == 8600);
    CHECK(std::next(the)->text == u"quick");
    CHECK(std::next(the)->startMs == 8600);
    CHECK(std::next(the)->endMs == 9200);
    // 2.7, 2.8 and 3.0 of the same document read the same.
    for (const char* older : {"eaf/pympi_sample_2.7.eaf", "eaf/pympi_sample_2.8.eaf"}) {
        const NotesFile file = readOk(conformance(QString::fromLatin1(older)));
        REQUIRE(file.tiers.size() == sample.tiers.size());
        for (size_t t = 0; t < file.tiers.size(); ++t) {
            REQUIRE(file.tiers[t].notes.size() == sample.tiers[t].notes.size());
            for (size_t i = 0; i < file.tiers[t].notes.size(); ++i) {
                CHECK(file.tiers[t].notes[i].startMs == sample.tiers[t].notes[i].startMs);
                CHECK(file.tiers[t].notes[i].text == sample.tiers[t].notes[i].text);
            }
        }
    }
}

TEST_CASE("a TextGrid reads to the same tiers in its long and its short form",
          "[interchange][textgrid]")
{
    for (const auto& [longForm, shortForm] :
         {std::pair{"kylebgorman_long_format.TextGrid", "kylebgorman_short_format.TextGrid"},
          std::pair{"phonfieldwork_test.TextGrid", "phonfieldwork_test_short.TextGrid"}}) {
        INFO(longForm);
        const NotesFile a =
            readOk(conformance(QStringLiteral("textgrid/") + QLatin1String(longForm)));
        const NotesFile b =
            readOk(conformance(QStringLiteral("textgrid/") + QLatin1String(shortForm)));
        CHECK(a.format == NotesFormat::TextGrid);
        CHECK(b.format == NotesFormat::TextGrid);
        REQUIRE(a.tiers.size() == b.tiers.size());
        for (size_t t = 0; t < a.tiers.size(); ++t) {
            CHECK(a.tiers[t].name == b.tiers[t].name);
            // The intervals with text (kylebgorman's short "mute" tier leaves out the one empty
            // interval its long form has: a gap either way).
            const auto withText = [](const ImportedTier& tier) {
                std::vector<std::tuple<int64_t, int64_t, QString>> out;
                for (const ImportedNote& n : tier.notes)
                    if (!n.text.isEmpty())
                        out.emplace_back(n.startMs, n.endMs.value_or(-1), n.text);
                return out;
            };
            CHECK(withText(a.tiers[t]) == withText(b.tiers[t]));
        }
    }
    const NotesFile gorman =
        readOk(conformance(QStringLiteral("textgrid/kylebgorman_long_format.TextGrid")));
    REQUIRE(gorman.tiers.size() == 4);
    CHECK(gorman.tiers[0].name == u"phone");
    CHECK(gorman.tiers[0].notes.size() == 104);
    CHECK(gorman.tiers[0].notes[1].startMs == 1'361'893); // 1361.8925 s
    CHECK(gorman.tiers[0].notes[1].text == u"R");

    const NotesFile phon =
        readOk(conformance(QStringLiteral("textgrid/phonfieldwork_test.TextGrid")));
    CHECK(countsOf(phon) == std::map<QString, size_t>{{QStringLiteral("intervals"), 5},
                                                      {QStringLiteral("empty_intervals"), 5},
                                                      {QStringLiteral("points"), 4}});
    const ImportedNote& t = tierNamed(phon, QStringLiteral("intervals")).notes[1];
    CHECK(t.startMs == 12);
    CHECK(t.endMs == 248);
    CHECK(t.text == u"t");
    const ImportedNote& point = tierNamed(phon, QStringLiteral("points")).notes[0];
    CHECK(point.startMs == 12);
    CHECK_FALSE(point.endMs.has_value());
    // Two tiers have text: the user chooses; a tier of empty intervals does not count.
    auto ambiguous = notesOfTiers(phon, {});
    REQUIRE_FALSE(ambiguous.has_value());
    CHECK(ambiguous.error().contains(QStringLiteral("\u201Cintervals\u201D (4 annotations)")));
    CHECK(ambiguous.error().contains(QStringLiteral("--tier")));
    CHECK_FALSE(ambiguous.error().contains(QStringLiteral("empty_intervals")));
    CHECK(chosen(phon, {QStringLiteral("points"), QStringLiteral("intervals")}).size() == 9);
}

TEST_CASE("Audacity labels read, frequency lines skipped and point labels kept as points",
          "[interchange][audacity]")
{
    const NotesFile file =
        readOk(conformance(QStringLiteral("audacity/phonfieldwork_test_audacity.txt")));
    CHECK(file.format == NotesFormat::AudacityLabels);
    const auto notes = chosen(file);
    REQUIRE(notes.size() == 2);
    CHECK(notes[0] == ImportedNote{482, 2'719, QStringLiteral("asd"), 1});
    CHECK(notes[1] == ImportedNote{231'998, 395'389, QStringLiteral("sssw"), 2});

    const NotesFile spectral = readBytesOk("1.500000\t1.500000\tPoint\r\n"
                                           "\\\t200.000000\t3000.000000\r\n"
                                           "2.000000\t4.250000\tRange with\tno tab\r\n"
                                           "5\t6\n");
    const auto labels = chosen(spectral);
    REQUIRE(labels.size() == 3);
    CHECK(labels[0] == ImportedNote{1'500, std::nullopt, QStringLiteral("Point"), 1});
    CHECK(labels[1] == ImportedNote{2'000, 4'250, QStringLiteral("Range with no tab"), 3});
    CHECK(labels[2].text.isEmpty());
    auto tiered = notesOfTiers(spectral, {QStringLiteral("labels")});
    REQUIRE_FALSE(tiered.has_value());
    CHECK(tiered.error().contains(QStringLiteral("no tiers")));
}

TEST_CASE("notes come back from ELAN, Audacity and Praat as they were exported",
          "[interchange][roundtrip]")
{
    Reviewed r;
    const DebriefSheet sheet = r.sheet();
    for (const ExportFormat format :
         {ExportFormat::Eaf, ExportFormat::Audacity, ExportFormat::TextGrid}) {
        INFO("format " << exportFormatName(format).toStdString());
        const NotesFile file = readBytesOk(renderDebrief(sheet, format));
        // One track: no --tier needed; Praat's gaps are left out as empty.
        const auto plan = planNotes(chosen(file), sheet.durationMs);
        REQUIRE(plan.has_value());
        const std::vector<ImportedNote>& notes = plan->notes;
        REQUIRE(notes.size() == sheet.notes.size());
        std::multiset<std::tuple<int64_t, int64_t, QString>> exported, imported;
        for (const ShareableNote& n : sheet.notes) {
            std::optional<int64_t> end = n.endMs;
            if (format == ExportFormat::Eaf && !end) // ELAN has no points: the subtitle length
                end = std::min<int64_t>(n.startMs + kCueLengthMs, sheet.durationMs);
            exported.insert({n.startMs, end.value_or(-1), n.text});
        }
        for (const ImportedNote& n : notes)
            imported.insert({n.startMs, n.endMs.value_or(-1), n.text});
        CHECK(imported == exported);
    }
    // Praat intervals cannot overlap, nor points share a time: they go to tiers of one name.
    const NotesFile grid = readBytesOk(notesTextGrid(sheet));
    CHECK(grid.tiers.size() == 4);
    for (const ImportedTier& tier : grid.tiers)
        CHECK(tier.name == u"Shareable");
}

TEST_CASE("a TextGrid line of 20,000 bracket pairs reads whole", "[interchange][textgrid]")
{
    // Each "[]" once searched the rest of the file for a line break: quadratic (fuzz_textgrid).
    QByteArray file =
        readFile(conformance(QStringLiteral("textgrid/kylebgorman_short_format.TextGrid")));
    REQUIRE_FALSE(file.isEmpty());
    const qsizetype firstBreak = file.indexOf('\n');
    file.insert(firstBreak, " " + QByteArray("[]").repeated(20'000));
    auto read = readNotes(file);
    REQUIRE(read.has_value());
    CHECK(read->tiers.size() == 4);
    CHECK(read->tiers[0].name == u"phone");
}

TEST_CASE("an EAF of 20,000 time slots aligned to nothing along their tier reads whole",
          "[interchange][eaf]")
{
    // Each such slot once looked back through TIME_ORDER from its own place: quadratic
    // (24 s for this file under ASan).
    constexpr int kSlots = 20'000;
    QByteArray eaf = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                     "<ANNOTATION_DOCUMENT FORMAT=\"3.0\" VERSION=\"3.0\">"
                     "<HEADER MEDIA_FILE=\"\" TIME_UNITS=\"milliseconds\"/><TIME_ORDER>"
                     "<TIME_SLOT TIME_SLOT_ID=\"a0\" TIME_VALUE=\"1000\"/>";
    for (int i = 1; i <= kSlots; ++i)
        eaf += "<TIME_SLOT TIME_SLOT_ID=\"u" + QByteArray::number(i) + "\"/>";
    eaf += "</TIME_ORDER><TIER LINGUISTIC_TYPE_REF=\"default\" TIER_ID=\"t\">";
    for (int i = 1; i < kSlots; i += 2)
        eaf += "<ANNOTATION><ALIGNABLE_ANNOTATION ANNOTATION_ID=\"x" + QByteArray::number(i) +
               "\" TIME_SLOT_REF1=\"u" + QByteArray::number(i) + "\" TIME_SLOT_REF2=\"u" +
               QByteArray::number(i + 1) +
               "\"><ANNOTATION_VALUE>w</ANNOTATION_VALUE>"
               "</ALIGNABLE_ANNOTATION></ANNOTATION>";
    eaf += "</TIER><LINGUISTIC_TYPE LINGUISTIC_TYPE_ID=\"default\" TIME_ALIGNABLE=\"true\"/>"
           "</ANNOTATION_DOCUMENT>";
    auto read = readNotes(eaf);
    REQUIRE(read.has_value());
    REQUIRE(read->tiers.size() == 1);
    REQUIRE(read->tiers[0].notes.size() == size_t(kSlots / 2));
    // Each at the aligned slot before it in TIME_ORDER, as before.
    CHECK(read->tiers[0].notes.back().startMs == 1000);
}

TEST_CASE("Praat reads the exported TextGrid when it is installed", "[interchange][textgrid]")
{
    if (!hasTool(QStringLiteral("praat"))) {
        WARN("Praat is not installed: the TextGrid was checked by our reader only");
        return;
    }
    Reviewed r;
    TempDir dir;
    const QString grid = writeFile(dir.file(QStringLiteral("notes.TextGrid")),
                                   renderDebrief(r.sheet(), ExportFormat::TextGrid));
    // Every labelled interval and point as "start|end|label" (end = start for a point).
    const QString script = writeFile(
        dir.file(QStringLiteral("list.praat")),
        "form List\n    sentence path\nendform\n"
        "Read from file: path$\n"
        "tiers = Get number of tiers\n"
        "writeInfoLine: tiers\n"
        "for t to tiers\n"
        "    intervals = Is interval tier: t\n"
        "    if intervals\n"
        "        n = Get number of intervals: t\n"
        "        for i to n\n"
        "            label$ = Get label of interval: t, i\n"
        "            t0 = Get start time of interval: t, i\n"
        "            t1 = Get end time of interval: t, i\n"
        "            if label$ <> \"\"\n"
        "                appendInfoLine: fixed$(t0, 3), \"|\", fixed$(t1, 3), \"|\", label$\n"
        "            endif\n"
        "        endfor\n"
        "    else\n"
        "        n = Get number of points: t\n"
        "        for i to n\n"
        "            label$ = Get label of point: t, i\n"
        "            at = Get time of point: t, i\n"
        "            appendInfoLine: fixed$(at, 3), \"|\", fixed$(at, 3), \"|\", label$\n"
        "        endfor\n"
        "    endif\n"
        "endfor\n");
    const ToolRun praat = runTool(QStringLiteral("praat"), {QStringLiteral("--run"), script, grid});
    INFO(praat.err.toStdString());
    REQUIRE(praat.exitCode == 0);
    QStringList lines = praat.text().split(u'\n', Qt::SkipEmptyParts);
    REQUIRE_FALSE(lines.isEmpty());
    CHECK(lines.takeFirst() == u"4");
    const auto seconds = [](int64_t ms) { return QString::number(double(ms) / 1000.0, 'f', 3); };
    QStringList expected;
    for (const ShareableNote& n : r.sheet().notes)
        expected << seconds(n.startMs) + u'|' + seconds(n.endMs.value_or(n.startMs)) + u'|' +
                        n.text;
    lines.sort();
    expected.sort();
    CHECK(lines == expected);
}

TEST_CASE("the ELAN export validates against the EAF 3.0 schema", "[interchange][eaf]")
{
    Reviewed r;
    auto archive = r.f.store->archiveSheet(r.f.sessionId);
    REQUIRE(archive.has_value());
    TempDir dir;
    for (const auto& [name, bytes] :
         {std::pair{QStringLiteral("notes.eaf"), renderDebrief(r.sheet(), ExportFormat::Eaf)},
          std::pair{QStringLiteral("archive.eaf"), renderArchive(*archive, ArchiveFormat::Eaf)},
          std::pair{QStringLiteral("empty.eaf"),
                    eafDocument({{QStringLiteral("Shareable"), {}}}, 0)}}) {
        const QString path = writeFile(dir.file(name), bytes);
        const ToolRun valid = runTool(QStringLiteral("xmllint"),
                                      {QStringLiteral("--noout"), QStringLiteral("--schema"),
                                       conformance(QStringLiteral("eaf/pympi_EAFv3.0.xsd")), path});
        INFO(name.toStdString() << ": " << valid.err.toStdString());
        CHECK(valid.exitCode == 0);
    }
    const NotesFile shareable = readBytesOk(renderDebrief(r.sheet(), ExportFormat::Eaf));
    REQUIRE(shareable.tiers.size() == 1);
    CHECK(shareable.tiers[0].name == u"Shareable");
}

TEST_CASE("a private note's canary reaches an annotation file only with the archive",
          "[interchange][privacy]")
{
    Reviewed r;
    auto archive = r.f.store->archiveSheet(r.f.sessionId);
    REQUIRE(archive.has_value());
    for (const QString& name : interchangeFormatNames()) {
        INFO(name.toStdString());
        const QByteArray shared = renderDebrief(r.sheet(), *exportFormatFromName(name));
        CHECK_FALSE(shared.contains(kCanary.toUtf8()));
        CHECK_FALSE(
            QString::fromUtf8(shared).contains(QStringLiteral("private"), Qt::CaseInsensitive));
        const QByteArray kept = renderArchive(*archive, *archiveFormatFromName(name));
        CHECK(kept.contains(QStringLiteral("[private] %1 vent").arg(kCanary).toUtf8()));
        CHECK_FALSE(kept.contains((QStringLiteral("\t") + kCanary).toUtf8())); // never unmarked
    }
    // The archive's tiers name the track, so an import must choose one.
    const NotesFile grid = readBytesOk(renderArchive(*archive, ArchiveFormat::TextGrid));
    auto all = notesOfTiers(grid, {});
    REQUIRE_FALSE(all.has_value());
    CHECK(
        all.error().contains(QStringLiteral("\u201CShareable\u201D (7 annotations), "
                                            "\u201CPrivate (manager only)\u201D (1 annotation)")));
    CHECK(planNotes(chosen(grid, {QStringLiteral("Shareable")}), 600'000)->notes.size() ==
          r.sheet().notes.size());
}
