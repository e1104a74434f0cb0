#pragma once

#include "annotations/Debrief.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <vector>

namespace coachtrack::exchange {

// Notes for annotation tools: ELAN (EAF 3.0), Audacity labels and Praat TextGrids. The
// sheet functions write the shareable track only (a DebriefSheet holds nothing else); the
// manager's archive (ArchiveExport) builds its private tier and writes it with the same tier
// writers. Pure.

// One note as an annotation tool sees it: a moment or a span, and its text.
struct InterchangeNote
{
    int64_t startMs = 0;
    std::optional<int64_t> endMs; // none: a point in time
    QString text;
};

// A named tier (ELAN, Praat) of notes; Audacity labels merge all tiers in time order.
struct InterchangeTier
{
    QString name;
    std::vector<InterchangeNote> notes;
};

// The tier name of the shareable track in every format.
QString shareableTierName();
// The sheet's shareable notes as one tier, in time order.
InterchangeTier shareableTier(const annotations::DebriefSheet& sheet);

// ELAN EAF 3.0 with one tier "Shareable" (validates against the EAF 3.0 schema).
QByteArray notesEaf(const annotations::DebriefSheet& sheet);
// Audacity labels: "start<TAB>end<TAB>text" per note, seconds with six decimals.
QByteArray notesAudacityLabels(const annotations::DebriefSheet& sheet);
// Praat TextGrid (long text form) with the shareable track's tiers.
QByteArray notesTextGrid(const annotations::DebriefSheet& sheet);

// The writers over tiers. EAF has no point annotations: a note without an end lasts the
// subtitle length (6 s, never past `durationMs` when that is after its start).
QByteArray eafDocument(const std::vector<InterchangeTier>& tiers, int64_t durationMs);
// One label per note of every tier, in time order; a point note has start = end. Tabs and line
// breaks in the text become spaces (a label is one line of three tab-separated fields).
QByteArray audacityLabels(const std::vector<InterchangeTier>& tiers);
// Per tier: its notes with an end in IntervalTiers (gaps filled with empty intervals, from 0
// to the grid's end: `durationMs` or the last note's end), and its point notes in a TextTier,
// all of the tier's name. Praat intervals and points cannot overlap or share a time, so notes
// that do go to a further tier of the same name. A tier without notes is one empty interval.
QByteArray textGridDocument(const std::vector<InterchangeTier>& tiers, int64_t durationMs);

} // namespace coachtrack::exchange
