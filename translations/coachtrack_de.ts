<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DisplayNames</name>
    <message>
        <source>rep</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>buyer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Practising</source>
        <translation>In Übung</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Erreicht</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Zurückgestellt</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Web page, self-contained</source>
        <translation>Webseite, eigenständig</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>OpenDocument text</source>
        <translation>OpenDocument-Text</translation>
    </message>
    <message>
        <source>Notes as CSV</source>
        <translation>Notizen als CSV</translation>
    </message>
    <message>
        <source>Notes as JSON</source>
        <translation>Notizen als JSON</translation>
    </message>
    <message>
        <source>Notes as subtitles (WebVTT)</source>
        <translation>Notizen als Untertitel (WebVTT)</translation>
    </message>
    <message>
        <source>Notes for ELAN (EAF)</source>
        <translation>Notizen für ELAN (EAF)</translation>
    </message>
    <message>
        <source>Notes as Audacity labels</source>
        <translation>Notizen als Audacity-Textmarken</translation>
    </message>
    <message>
        <source>Notes as a Praat TextGrid</source>
        <translation>Notizen als Praat-TextGrid</translation>
    </message>
</context>
<context>
    <name>FileProblemText</name>
    <message>
        <source>If it was moved or renamed, open it from its new location with File ▸ Open (Ctrl+O).</source>
        <translation>Falls die Datei verschoben oder umbenannt wurde, öffnen Sie sie an ihrem neuen Speicherort über Datei ▸ Aufnahme öffnen (Strg+O).</translation>
    </message>
    <message>
        <source>Open another recording with File ▸ Open (Ctrl+O).</source>
        <translation>Öffnen Sie eine andere Aufnahme über Datei ▸ Aufnahme öffnen (Strg+O).</translation>
    </message>
</context>
<context>
    <name>LocaleText</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>a date pattern: 5 Dec 2026</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>a date pattern: 5 Dec</comment>
        <translation>d. MMM</translation>
    </message>
</context>
<context>
    <name>MetricTrends</name>
    <message>
        <source>Talk share</source>
        <translation>Redeanteil</translation>
    </message>
    <message>
        <source>Monologue</source>
        <translation>Monolog</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Geduld</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Abweichung</translation>
    </message>
</context>
<context>
    <name>MyCoachingWindow</name>
    <message>
        <source>Sign In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Your password for the team library (kept in the desktop&apos;s secret store):</source>
        <translation>Ihr Passwort für die Teambibliothek (wird im Schlüsselbund der Arbeitsumgebung aufbewahrt):</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Progress Report: %1</source>
        <translation>Fortschrittsbericht: %1</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Web page (HTML)</source>
        <translation>Webseite (HTML)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <source>%1 progress %2.%3</source>
        <comment>a file name: rep, month, extension</comment>
        <translation>%1 Fortschritt %2.%3</translation>
    </message>
    <message>
        <source>Save Progress Report</source>
        <translation>Fortschrittsbericht speichern</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Observations or questions, % of notes</source>
        <translation>Beobachtungen oder Fragen, % der Notizen</translation>
    </message>
    <message>
        <source>Things to change</source>
        <translation>Was sich ändern sollte</translation>
    </message>
    <message>
        <source>Things that went well</source>
        <translation>Was gut lief</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gestellt</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Talk share</source>
        <translation>Redeanteil</translation>
    </message>
    <message>
        <source>Monologue</source>
        <translation>Monolog</translation>
    </message>
    <message>
        <source>Most reps (65–75%)</source>
        <translation>Die meisten Mitarbeiter (65–75 %)</translation>
    </message>
    <message>
        <source>Converts best (43%)</source>
        <translation>Beste Abschlussquote (43 %)</translation>
    </message>
    <message>
        <source>Rep&apos;s share of the talk</source>
        <translation>Redeanteil des Mitarbeiters</translation>
    </message>
    <message>
        <source>Longest monologue (s)</source>
        <translation>Längster Monolog (s)</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>%1 (rep&apos;s own)</source>
        <translation>%1 (Selbsteinschätzung)</translation>
    </message>
    <message>
        <source>Rep&apos;s view − manager&apos;s</source>
        <translation>Sicht des Mitarbeiters − Sicht des Managers</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Übereinstimmend</translation>
    </message>
    <message>
        <source>%1 (%L2 apart on average)</source>
        <translation>%1 (im Schnitt %L2 Abweichung)</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Questions the rep asked (transcript)</source>
        <translation>Vom Mitarbeiter gestellte Fragen (Transkript)</translation>
    </message>
    <message>
        <source>Coaching sessions</source>
        <translation>Coaching-Sitzungen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Scores over time</source>
        <translation>Bewertungen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Your manager&apos;s rating (solid) and your own (dashed), 1 to 5.</source>
        <translation>Die Bewertung Ihres Managers (durchgezogen) und Ihre eigene (gestrichelt), 1 bis 5.</translation>
    </message>
    <message>
        <source>The gap over time</source>
        <translation>Die Abweichung im Zeitverlauf</translation>
    </message>
    <message>
        <source>Your rating minus your manager&apos;s, per skill; 0 is agreement.</source>
        <translation>Ihre Bewertung minus die Ihres Managers, je Fähigkeit; 0 bedeutet Übereinstimmung.</translation>
    </message>
    <message>
        <source>How you talked</source>
        <translation>Wie Sie gesprochen haben</translation>
    </message>
    <message>
        <source>Your share of the talk over the band most reps talk in (65–75%) and the share that converts best (43%); your longest monologue.</source>
        <translation>Ihr Redeanteil im Vergleich zum Bereich, in dem die meisten Mitarbeiter liegen (65–75 %), und zum Anteil mit der besten Abschlussquote (43 %); Ihr längster Monolog.</translation>
    </message>
    <message>
        <source>Questions you asked per call</source>
        <translation>Ihre Fragen pro Gespräch</translation>
    </message>
    <message>
        <source>From the call&apos;s transcript.</source>
        <translation>Aus dem Transkript des Gesprächs.</translation>
    </message>
    <message>
        <source>Coaching sessions per month</source>
        <translation>Coaching-Sitzungen pro Monat</translation>
    </message>
    <message>
        <source>Probing %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Building the waveform of %1… %p%</source>
        <translation>Wellenform von %1 wird erstellt… %p%</translation>
    </message>
    <message>
        <source>Recordings (*.wav *.mp3 *.m4a *.aac *.mp4 *.m4v *.mov *.webm *.mkv *.ogg *.oga *.opus *.flac *.amr *.3gp *.gsm *.wma);;All files (*)</source>
        <translation>Aufnahmen (*.wav *.mp3 *.m4a *.aac *.mp4 *.m4v *.mov *.webm *.mkv *.ogg *.oga *.opus *.flac *.amr *.3gp *.gsm *.wma);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is not in the library, which is read-only (%2); it plays, but notes cannot be taken</source>
        <translation>%1 ist nicht in der Bibliothek, und diese ist schreibgeschützt (%2); die Datei kann abgespielt werden, aber Notizen sind nicht möglich</translation>
    </message>
    <message>
        <source>%1 is a different recording from %2 (“%3”): its content differs; nothing was changed</source>
        <translation>%1 ist eine andere Aufnahme als %2 („%3“): Der Inhalt weicht ab; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>%L1 s</source>
        <comment>seconds</comment>
        <translation>%L1 s</translation>
    </message>
    <message>
        <source>Rep talked for %1</source>
        <translation>Mitarbeiter sprach %1 lang</translation>
    </message>
    <message>
        <source>Buyer talked for %1</source>
        <translation>Kunde sprach %1 lang</translation>
    </message>
    <message>
        <source>Rep talked over the buyer</source>
        <translation>Mitarbeiter fiel dem Kunden ins Wort</translation>
    </message>
    <message>
        <source>Buyer talked over the rep</source>
        <translation>Kunde fiel dem Mitarbeiter ins Wort</translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemand</translation>
    </message>
    <message>
        <source>%1 asked %2</source>
        <translation>%1 fragte %2</translation>
    </message>
    <message>
        <source>Silence for %1 after %2&apos;s question</source>
        <translation>%1 Stille nach der Frage von %2</translation>
    </message>
    <message>
        <source>the library itself</source>
        <translation>die Bibliothek selbst</translation>
    </message>
    <message>
        <source>part of the library</source>
        <translation>einen Teil der Bibliothek</translation>
    </message>
    <message>
        <source>a backup of the library</source>
        <translation>eine Sicherung der Bibliothek</translation>
    </message>
    <message>
        <source>the recording of “%1”</source>
        <translation>die Aufnahme von „%1“</translation>
    </message>
    <message>
        <source>%1: refusing to write there: it is %2, which the export would replace. Choose another file name.</source>
        <translation>%1: Dorthin wird nicht geschrieben: Es handelt sich um %2, und der Export würde diese Datei ersetzen. Wählen Sie einen anderen Dateinamen.</translation>
    </message>
    <message>
        <source>Locked: the library&apos;s key is not available</source>
        <translation>Gesperrt: Der Schlüssel der Bibliothek ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Damaged: this note cannot be decrypted (kept as it is)</source>
        <translation>Beschädigt: Diese Notiz kann nicht entschlüsselt werden (sie bleibt unverändert erhalten)</translation>
    </message>
    <message>
        <source>private notes are not encrypted</source>
        <translation>private Notizen sind nicht verschlüsselt</translation>
    </message>
    <message>
        <source>private notes are encrypted; their key is in the desktop&apos;s secret store; locked</source>
        <translation>private Notizen sind verschlüsselt; ihr Schlüssel liegt im Schlüsselbund der Arbeitsumgebung; gesperrt</translation>
    </message>
    <message>
        <source>private notes are encrypted; their key is in the desktop&apos;s secret store; unlocked</source>
        <translation>private Notizen sind verschlüsselt; ihr Schlüssel liegt im Schlüsselbund der Arbeitsumgebung; entsperrt</translation>
    </message>
    <message>
        <source>private notes are encrypted with a passphrase; locked</source>
        <translation>private Notizen sind mit einer Passphrase verschlüsselt; gesperrt</translation>
    </message>
    <message>
        <source>private notes are encrypted with a passphrase; unlocked</source>
        <translation>private Notizen sind mit einer Passphrase verschlüsselt; entsperrt</translation>
    </message>
    <message>
        <source>forgotten today</source>
        <translation>wird heute gelöscht</translation>
    </message>
    <message>
        <source>1 day left</source>
        <translation>noch 1 Tag</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>noch %1 Tage</translation>
    </message>
    <message>
        <source>The recording of “%1” is not at %2 any more (moved or deleted). Relink it (library ▸ right-click ▸ Relink…, or `coachtrack relink %3 FILE`).</source>
        <translation>Die Aufnahme von „%1“ befindet sich nicht mehr unter %2 (verschoben oder gelöscht). Verknüpfen Sie sie neu (Bibliothek ▸ Rechtsklick ▸ Neu verknüpfen…, oder `coachtrack relink %3 DATEI`).</translation>
    </message>
    <message>
        <source>%1 is no longer the recording of “%2”: another file has replaced it (its content differs from when the notes were taken). Nothing was analysed or cut from it. Relink the notes to the original recording (library ▸ right-click ▸ Relink…, or `coachtrack relink %3 FILE`).</source>
        <translation>%1 ist nicht mehr die Aufnahme von „%2“: Eine andere Datei hat sie ersetzt (ihr Inhalt ist nicht mehr derselbe wie beim Erstellen der Notizen). Es wurde nichts daraus analysiert oder ausgeschnitten. Verknüpfen Sie die Notizen neu mit der ursprünglichen Aufnahme (Bibliothek ▸ Rechtsklick ▸ Neu verknüpfen…, oder `coachtrack relink %3 DATEI`).</translation>
    </message>
    <message>
        <source>%1 is shorter than its header says: its audio ends at %2, not %3 (the file looks truncated). Notes can only be placed up to %2.</source>
        <translation>%1 ist kürzer, als der Dateikopf angibt: Der Ton endet bei %2, nicht bei %3 (die Datei scheint abgeschnitten zu sein). Notizen können nur bis %2 gesetzt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) lie beyond the end.</source>
        <translation>
            <numerusform>%n Notiz liegt hinter dem Ende.</numerusform>
            <numerusform>%n Notizen liegen hinter dem Ende.</numerusform>
        </translation>
    </message>
    <message>
        <source>in agreement</source>
        <translation>übereinstimmend</translation>
    </message>
    <message>
        <source>%L1 apart, the rep rates higher</source>
        <translation>%L1 Abweichung, der Mitarbeiter bewertet höher</translation>
    </message>
    <message>
        <source>%L1 apart, the rep rates lower</source>
        <translation>%L1 Abweichung, der Mitarbeiter bewertet niedriger</translation>
    </message>
    <message>
        <source>%L1 apart, both ways</source>
        <translation>%L1 Abweichung, in beide Richtungen</translation>
    </message>
    <message>
        <source>One channel: per-speaker figures come from the transcript once its speakers have roles.</source>
        <translation>Ein Kanal: Werte pro Sprecher stammen aus dem Transkript, sobald dessen Sprechern Rollen zugewiesen sind.</translation>
    </message>
    <message>
        <source>Your share and monologues are from the call&apos;s transcript.</source>
        <translation>Ihr Redeanteil und Ihre Monologe stammen aus dem Transkript des Gesprächs.</translation>
    </message>
    <message>
        <source>%1 is past the end of the call (%2): playing from the start</source>
        <translation>%1 liegt hinter dem Ende des Gesprächs (%2): Wiedergabe von Anfang an</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>quotation marks</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>the desktop&apos;s secret store: %1</source>
        <translation>Schlüsselbund der Arbeitsumgebung: %1</translation>
    </message>
    <message>
        <source>This session was never published to the team library.</source>
        <translation>Diese Sitzung wurde nie in der Teambibliothek veröffentlicht.</translation>
    </message>
</context>
<context>
    <name>SessionTemplate</name>
    <message>
        <source>Standard review</source>
        <translation>Standard-Review</translation>
    </message>
    <message>
        <source>What we looked at</source>
        <translation>Worum es ging</translation>
    </message>
    <message>
        <source>The one or two things this review is about, agreed with the rep.</source>
        <translation>Die ein oder zwei Punkte, um die es in diesem Review geht, abgestimmt mit dem Mitarbeiter.</translation>
    </message>
    <message>
        <source>In your words</source>
        <translation>In Ihren Worten</translation>
    </message>
    <message>
        <source>Ask first, before you say anything: what went well, and what would they change?</source>
        <translation>Zuerst fragen, bevor Sie etwas sagen: Was lief gut, und was würde er oder sie ändern?</translation>
    </message>
    <message>
        <source>Notes from the call</source>
        <translation>Notizen aus dem Gespräch</translation>
    </message>
    <message>
        <source>What you noticed, moment by moment: observations and questions, not verdicts.</source>
        <translation>Was Ihnen aufgefallen ist, Moment für Moment: Beobachtungen und Fragen, keine Urteile.</translation>
    </message>
    <message>
        <source>Focus for next time</source>
        <translation>Fokus für das nächste Mal</translation>
    </message>
    <message>
        <source>A few things to practise, each with an opening question and a practice plan (Ctrl+K).</source>
        <translation>Einige Dinge zum Üben, jeweils mit einer Einstiegsfrage und einem Übungsplan (Strg+K).</translation>
    </message>
    <message>
        <source>Commitment and next session</source>
        <translation>Zusage und nächste Sitzung</translation>
    </message>
    <message>
        <source>What the rep commits to, in their words, and when you talk next.</source>
        <translation>Wozu sich der Mitarbeiter verpflichtet, in seinen Worten, und wann Sie das nächste Mal sprechen.</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Add private note</source>
        <translation>Private Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add shareable note</source>
        <translation>Teilbare Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Notiz löschen</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Move note</source>
        <translation>Notiz verschieben</translation>
    </message>
    <message>
        <source>Rephrase for the rep</source>
        <translation>Für den Mitarbeiter umformulieren</translation>
    </message>
    <message>
        <source>Make focus item</source>
        <translation>Zum Fokuspunkt machen</translation>
    </message>
    <message>
        <source>Remove focus item</source>
        <translation>Fokuspunkt entfernen</translation>
    </message>
    <message>
        <source>Change focus status</source>
        <translation>Fokusstatus ändern</translation>
    </message>
    <message>
        <source>Set the question and practice plan</source>
        <translation>Frage und Übungsplan festlegen</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Sitzung bearbeiten</translation>
    </message>
</context>
<context>
    <name>coachtrack::app::CallDetailsDialog</name>
    <message>
        <source>Whose calls are these?</source>
        <translation>Wessen Gespräche sind das?</translation>
    </message>
    <message>
        <source>Call Details</source>
        <translation>Gesprächsdetails</translation>
    </message>
    <message>
        <source>Pick a rep or type a new name</source>
        <translation>Mitarbeiter auswählen oder neuen Namen eingeben</translation>
    </message>
    <message>
        <source>&amp;Rep:</source>
        <translation>&amp;Mitarbeiter:</translation>
    </message>
    <message>
        <source>The buyer&apos;s company</source>
        <translation>Das Unternehmen des Kunden</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Left channel</source>
        <translation>Linker Kanal</translation>
    </message>
    <message>
        <source>Right channel</source>
        <translation>Rechter Kanal</translation>
    </message>
    <message>
        <source>For a two-channel recording: the side the rep was recorded on</source>
        <translation>Bei Zweikanalaufnahmen: die Seite, auf der der Mitarbeiter aufgenommen wurde</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Call &amp;date:</source>
        <translation>Gesprächs&amp;datum:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Rep&apos;s &amp;side:</source>
        <translation>&amp;Seite des Mitarbeiters:</translation>
    </message>
</context>
<context>
    <name>coachtrack::app::CheatSheetDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Click a shortcut and press new keys to change it. Changes are saved at once.</source>
        <translation>Klicken Sie auf ein Tastenkürzel und drücken Sie neue Tasten, um es zu ändern. Änderungen werden sofort gespeichert.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>coachtrack::app::EncryptDialog</name>
    <message>
        <source>Encrypt Private Notes</source>
        <translation>Private Notizen verschlüsseln</translation>
    </message>
    <message>
        <source>Private notes will be stored encrypted (XChaCha20-Poly1305): without the key, the library file shows none of their words. Shareable notes stay as they are. Without the key, Coachtrack still opens the library and shows private notes as locked.</source>
        <translation>Private Notizen werden verschlüsselt gespeichert (XChaCha20-Poly1305): Ohne den Schlüssel zeigt die Bibliotheksdatei kein einziges Wort daraus. Teilbare Notizen bleiben unverändert. Auch ohne den Schlüssel öffnet Coachtrack die Bibliothek und zeigt private Notizen als gesperrt an.</translation>
    </message>
    <message>
        <source>Keep the key in my desktop&apos;s &amp;secret store (login keyring)</source>
        <translation>Schlüssel im &amp;Schlüsselbund meiner Arbeitsumgebung aufbewahren (Anmelde-Schlüsselbund)</translation>
    </message>
    <message>
        <source>Unlock with a &amp;passphrase I type</source>
        <translation>Mit einer selbst eingegebenen &amp;Passphrase entsperren</translation>
    </message>
    <message>
        <source>Not available here: %1</source>
        <translation>Hier nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Bestätigen:</translation>
    </message>
    <message>
        <source>A forgotten passphrase cannot be recovered: private notes would stay locked for good.</source>
        <translation>Eine vergessene Passphrase lässt sich nicht wiederherstellen: Private Notizen blieben dann für immer gesperrt.</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Verschlüsseln</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>Mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>coachtrack::app::ExportDialog</name>
    <message>
        <source>Export Debrief</source>
        <translation>Debriefing exportieren</translation>
    </message>
    <message>
        <source>The export holds the shareable track only: private notes never leave Coachtrack.</source>
        <translation>Der Export enthält nur die teilbare Spur: Private Notizen verlassen Coachtrack nie.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>Also cut a &amp;clip of each focus moment (5 s before to 10 s after)</source>
        <translation>Zusätzlich einen &amp;Ausschnitt zu jedem Fokuspunkt erstellen (5 s davor bis 10 s danach)</translation>
    </message>
    <message>
        <source>Put the clips &amp;inside the web page (one file that plays offline)</source>
        <translation>Ausschnitte &amp;in die Webseite einbetten (eine Datei, auch offline abspielbar)</translation>
    </message>
    <message>
        <source>Otherwise the clips go in a folder beside the page, which plays them from there</source>
        <translation>Andernfalls landen die Ausschnitte in einem Ordner neben der Seite, die sie von dort abspielt</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
    <message>
        <source>%1 clips</source>
        <translation>%1 Ausschnitte</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>Wählen Sie, wo der Export gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not exported.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nicht exportiert.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;1 clip in %1</source>
        <translation>&lt;br&gt;1 Ausschnitt in %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 clips in %2</source>
        <translation>&lt;br&gt;%1 Ausschnitte in %2</translation>
    </message>
    <message>
        <source>&lt;br&gt;1 clip inside the page</source>
        <translation>&lt;br&gt;1 Ausschnitt in die Seite eingebettet</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 clips inside the page</source>
        <translation>&lt;br&gt;%1 Ausschnitte in die Seite eingebettet</translation>
    </message>
</context>
<context>
    <name>coachtrack::app::FocusGuideDialog</name>
    <message>
        <source>Question and Practice Plan</source>
        <translation>Frage und Übungsplan</translation>
    </message>
    <message>
        <source>The rep reads both under this focus item on the debrief, to prepare before you talk. Leave a box empty for none.</source>
        <translation>Der Mitarbeiter liest beides unter diesem Fokuspunkt im Debriefing, um sich vor Ihrem Gespräch vorzubereiten. Lassen Sie ein Feld leer, wenn Sie nichts angeben möchten.</translation>
    </message>
    <message>
        <source>What did you want to happen next?</source>
        <translation>Was hätten Sie sich als nächsten Schritt gewünscht?</translation>
    </message>
    <message>
        <source>A suggestion from the note&apos;s moment: make it yours</source>
        <translation>Ein Vorschlag aus dem Moment der Notiz: Formulieren Sie ihn mit eigenen Worten</translation>
    </message>
    <message>
        <source>How the rep will practise it, e.g. &quot;In your next three discovery calls, ask two follow-up questions before you pitch.&quot;</source>
        <translation>Wie der Mitarbeiter es üben wird, z. B. „Stellen Sie in Ihren nächsten drei Bedarfsanalyse-Gesprächen zwei Nachfragen, bevor Sie Ihr Angebot präsentieren.“</translation>
    </message>
    <message>
        <source>Opening &amp;question:</source>
        <translation>Einstiegs&amp;frage:</translation>
    </message>
    <message>
        <source>&amp;Practice plan:</source>
        <translation>Ü&amp;bungsplan:</translation>
    </message>
</context>
<context>
    <name>coachtrack::app::FocusSwapDialog</name>
    <message>
        <source>Focus Items Full</source>
        <translation>Alle Fokuspunkte belegt</translation>
    </message>
    <message>
        <source>&lt;b&gt;This session already has %1 focus items&lt;/b&gt; — the most a rep should practise at once.&lt;br&gt;To make “%2” a focus item, choose one to swap out (it stays a shareable note):</source>
        <translation>&lt;b&gt;Diese Sitzung hat bereits %1 Fokuspunkte&lt;/b&gt; — mehr sollte ein Mitarbeiter nicht gleichzeitig üben.&lt;br&gt;Um „%2“ zum Fokuspunkt zu machen, wählen Sie einen aus, der ersetzt wird (er bleibt als teilbare Notiz erhalten):</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>&amp;Tauschen</translation>
    </message>
</context>
<context>
    <name>coachtrack::app::LibraryPanel</name>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add recordings to the library (or drop files here)</source>
        <translation>Aufnahmen zur Bibliothek hinzufügen (oder Dateien hierher ziehen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Library&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bibliothek&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Search notes and transcripts…</source>
        <translation>Notizen und Transkripte durchsuchen…</translation>
    </message>
    <message>
        <source>Add Recordings</source>
        <translation>Aufnahmen hinzufügen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Call &amp;Details…</source>
        <translation>Gesprächs&amp;details…</translation>
    </message>
    <message>
        <source>Relink…</source>
        <translation>Neu verknüpfen…</translation>
    </message>
    <message>
        <source>&amp;Remove from Library…</source>
        <translation>Aus der Bibliothek &amp;entfernen…</translation>
    </message>
    <message>
        <source>No rep</source>
        <translation>Kein Mitarbeiter</translation>
    </message>
    <message>
        <source>Missing: %1 — right-click ▸ Relink… to point at its new place</source>
        <translation>Fehlt: %1 — Rechtsklick ▸ Neu verknüpfen…, um den neuen Speicherort anzugeben</translation>
    </message>
    <message>
        <source> (missing)</source>
        <translation> (fehlt)</translation>
    </message>
    <message>
        <source> (replaced)</source>
        <translation> (ersetzt)</translation>
    </message>
    <message>
        <source>Said by %1 · </source>
        <translation>Gesagt von %1 · </translation>
    </message>
    <message>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <source>Private · </source>
        <translation>Privat · </translation>
    </message>
    <message>
        <source>No note or transcript line matches “%1”</source>
        <translation>Keine Notiz und keine Transkriptzeile passt zu „%1“</translation>
    </message>
</context>
<context>
    <name>coachtrack::app::MainWindow</name>
    <message>
        <source>%1
Check that the file is a complete recording, or open another one with File ▸ Open… (Ctrl+O).</source>
        <translation>%1
Prüfen Sie, ob die Datei eine vollständige Aufnahme ist, oder öffnen Sie eine andere mit Datei ▸ Aufnahme öffnen… (Strg+O).</translation>
    </message>
    <message>
        <source>Speed %L1× — the voice keeps its pitch</source>
        <translation>Geschwindigkeit %L1× — die Tonhöhe bleibt erhalten</translation>
    </message>
    <message>
        <source>The sound plays, but the picture cannot be shown: %1</source>
        <translation>Der Ton wird abgespielt, aber das Bild kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Space play/pause · P private note · S shareable note · F1 all shortcuts</source>
        <translation>Leertaste Abspielen/Pause · P private Notiz · S teilbare Notiz · F1 alle Tastenkürzel</translation>
    </message>
    <message>
        <source>SHARE-SAFE — private notes are hidden. Turn off with View ▸ Share-Safe Mode (Ctrl+Shift+S) when you stop sharing.</source>
        <translation>SICHERER FREIGABEMODUS — private Notizen sind ausgeblendet. Schalten Sie ihn mit Ansicht ▸ Sicherer Freigabemodus (Strg+Umschalt+S) aus, wenn Sie die Freigabe beenden.</translation>
    </message>
    <message>
        <source>No recording open</source>
        <translation>Keine Aufnahme geöffnet</translation>
    </message>
    <message>
        <source>Open a call recording with File ▸ Open… (Ctrl+O), or pick one in the library</source>
        <translation>Aufnahme öffnen (Datei ▸ Aufnahme öffnen…, Strg+O) oder in der Bibliothek wählen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>Moments</source>
        <translation>Momente</translation>
    </message>
    <message>
        <source>Open a recording first: the debrief is the review of one call</source>
        <translation>Öffnen Sie zuerst eine Aufnahme: Das Debriefing bezieht sich auf ein einzelnes Gespräch</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Cannot be played</source>
        <translation>Nicht abspielbar</translation>
    </message>
    <message>
        <source>%1 — Coachtrack</source>
        <translation>%1 — Coachtrack</translation>
    </message>
    <message>
        <source> (share-safe)</source>
        <translation> (sicherer Freigabemodus)</translation>
    </message>
    <message>
        <source>Open Recording</source>
        <translation>Aufnahme öffnen</translation>
    </message>
    <message>
        <source>Problem — see the message at the top</source>
        <translation>Problem — siehe Meldung oben</translation>
    </message>
    <message>
        <source>Audio recording · %1</source>
        <translation>Audioaufnahme · %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Recording…</source>
        <translation>Aufnahme ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Export Debrief…</source>
        <translation>Debriefing &amp;exportieren…</translation>
    </message>
    <message>
        <source>Import &amp;Transcript…</source>
        <translation>&amp;Transkript importieren…</translation>
    </message>
    <message>
        <source>Save &amp;Shareable Copy…</source>
        <translation>Teilbare &amp;Kopie speichern…</translation>
    </message>
    <message>
        <source>Encrypt &amp;Private Notes…</source>
        <translation>&amp;Private Notizen verschlüsseln…</translation>
    </message>
    <message>
        <source>Call &amp;Details…</source>
        <translation>Gesprächs&amp;details…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Edit Selected Note</source>
        <translation>Ausgewählte Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Toggle Focus Item</source>
        <translation>Fokuspunkt umschalten</translation>
    </message>
    <message>
        <source>Delete Selected Note</source>
        <translation>Ausgewählte Notiz löschen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>New &amp;Private Note</source>
        <translation>Neue &amp;private Notiz</translation>
    </message>
    <message>
        <source>New &amp;Shareable Note</source>
        <translation>Neue &amp;teilbare Notiz</translation>
    </message>
    <message>
        <source>Jump to Previous Note</source>
        <translation>Zur vorherigen Notiz springen</translation>
    </message>
    <message>
        <source>Jump to Next Note</source>
        <translation>Zur nächsten Notiz springen</translation>
    </message>
    <message>
        <source>Shareable Note on This &amp;Moment</source>
        <translation>Teilbare Notiz zu diesem &amp;Moment</translation>
    </message>
    <message>
        <source>Private Note on This Mo&amp;ment</source>
        <translation>Private Notiz zu diesem Mom&amp;ent</translation>
    </message>
    <message>
        <source>&amp;Rephrase for the Rep…</source>
        <translation>Für den Mitarbeiter &amp;umformulieren…</translation>
    </message>
    <message>
        <source>Select a private note to rephrase (Alt+2)</source>
        <translation>Wählen Sie eine private Notiz zum Umformulieren aus (Alt+2)</translation>
    </message>
    <message>
        <source>&amp;Question and Practice Plan…</source>
        <translation>&amp;Frage und Übungsplan…</translation>
    </message>
    <message>
        <source>Session &amp;Templates…</source>
        <translation>Sitzungs&amp;vorlagen…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Shareable Notes</source>
        <translation>Te&amp;ilbare Notizen</translation>
    </message>
    <message>
        <source>&amp;Private Notes</source>
        <translation>&amp;Private Notizen</translation>
    </message>
    <message>
        <source>S&amp;ession</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Team Overview</source>
        <translation>&amp;Teamübersicht</translation>
    </message>
    <message>
        <source>&amp;Next Call to Review</source>
        <translation>&amp;Nächstes Gespräch zum Review</translation>
    </message>
    <message>
        <source>&amp;Moments</source>
        <translation>&amp;Momente</translation>
    </message>
    <message>
        <source>The &amp;Call (waveform)</source>
        <translation>Das &amp;Gespräch (Wellenform)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>&amp;Play / Pause</source>
        <translation>Abs&amp;pielen / Pause</translation>
    </message>
    <message>
        <source>Skip &amp;Back</source>
        <translation>&amp;Zurückspringen</translation>
    </message>
    <message>
        <source>Skip &amp;Forward</source>
        <translation>&amp;Vorspringen</translation>
    </message>
    <message>
        <source>Next &amp;Moment</source>
        <translation>Nächster &amp;Moment</translation>
    </message>
    <message>
        <source>Previous M&amp;oment</source>
        <translation>Vorheriger M&amp;oment</translation>
    </message>
    <message>
        <source>&amp;Slower (−0.1×)</source>
        <translation>&amp;Langsamer (−0,1×)</translation>
    </message>
    <message>
        <source>&amp;Faster (+0.1×)</source>
        <translation>Sc&amp;hneller (+0,1×)</translation>
    </message>
    <message>
        <source>&amp;Normal Speed</source>
        <translation>&amp;Normale Geschwindigkeit</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Lauter</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Leiser</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Share-Safe Mode</source>
        <translation>&amp;Sicherer Freigabemodus</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Whole Call</source>
        <translation>&amp;Ganzes Gespräch</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>Open or select a call first</source>
        <translation>Öffnen Sie zuerst ein Gespräch oder wählen Sie eines aus</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Nichts geändert</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Geändert: %1</translation>
    </message>
    <message>
        <source>S&amp;kip Silence</source>
        <translation>Stille über&amp;springen</translation>
    </message>
    <message>
        <source>Shorten pauses over 0.8 s where nobody speaks to 0.3 s while playing (G)</source>
        <translation>Pausen über 0,8 s, in denen niemand spricht, beim Abspielen auf 0,3 s kürzen (G)</translation>
    </message>
    <message>
        <source>&amp;Listen To</source>
        <translation>&amp;Anhören</translation>
    </message>
    <message>
        <source>The &amp;Whole Call</source>
        <translation>Das &amp;ganze Gespräch</translation>
    </message>
    <message>
        <source>The &amp;Rep&apos;s Turns (with the second before each)</source>
        <translation>Redebeiträge des &amp;Mitarbeiters (mit der Sekunde davor)</translation>
    </message>
    <message>
        <source>The &amp;Buyer&apos;s Turns</source>
        <translation>Redebeiträge des &amp;Kunden</translation>
    </message>
    <message>
        <source>Cycle What to &amp;Listen To</source>
        <translation>Anhörmodus &amp;wechseln</translation>
    </message>
    <message>
        <source>Skip silence off: every pause plays</source>
        <translation>Stille überspringen aus: Jede Pause wird abgespielt</translation>
    </message>
    <message>
        <source>Skip silence on: it starts once the call&apos;s speech is known (analysing)</source>
        <translation>Stille überspringen an: Beginnt, sobald die Sprache im Gespräch erkannt ist (wird analysiert)</translation>
    </message>
    <message>
        <source>Skip silence on: %1 pauses shortened, %2 of this call&apos;s %3</source>
        <translation>Stille überspringen an: %1 Pausen gekürzt, %2 von %3 Gesprächsdauer eingespart</translation>
    </message>
    <message>
        <source>Focus listening needs the rep and the buyer on two channels; this call has them on one: playing the whole call</source>
        <translation>Gezieltes Hören benötigt Mitarbeiter und Kunden auf zwei Kanälen; in diesem Gespräch liegen beide auf einem: Das ganze Gespräch wird abgespielt</translation>
    </message>
    <message>
        <source>Listening to the whole call</source>
        <translation>Anhören: das ganze Gespräch</translation>
    </message>
    <message>
        <source>Listening to the rep&apos;s turns, each with the second before it</source>
        <translation>Anhören: die Redebeiträge des Mitarbeiters, jeweils mit der Sekunde davor</translation>
    </message>
    <message>
        <source>Listening to the buyer&apos;s turns only</source>
        <translation>Anhören: nur die Redebeiträge des Kunden</translation>
    </message>
    <message>
        <source> once the call is analysed</source>
        <translation>, sobald das Gespräch analysiert ist</translation>
    </message>
    <message>
        <source>No speech found in this call: skip silence plays it all</source>
        <translation>Keine Sprache in diesem Gespräch gefunden: Stille überspringen spielt alles ab</translation>
    </message>
    <message>
        <source>That speaker says nothing in this call: playing the whole call</source>
        <translation>Dieser Sprecher sagt in diesem Gespräch nichts: Das ganze Gespräch wird abgespielt</translation>
    </message>
    <message>
        <source>Listening to the rep&apos;s turns</source>
        <translation>Anhören: die Redebeiträge des Mitarbeiters</translation>
    </message>
    <message>
        <source>Listening to the buyer&apos;s turns</source>
        <translation>Anhören: die Redebeiträge des Kunden</translation>
    </message>
    <message>
        <source>The call&apos;s moments come once it is analysed.</source>
        <translation>Die Momente des Gesprächs erscheinen, sobald es analysiert ist.</translation>
    </message>
    <message>
        <source>No moments in this call: no long turns or interruptions (a transcript adds questions and keywords).</source>
        <translation>Keine Momente in diesem Gespräch: keine langen Redebeiträge oder Unterbrechungen (ein Transkript ergänzt Fragen und Stichwörter).</translation>
    </message>
    <message>
        <source>No moments in this call: two channels (or a transcript with roles) tell the speakers apart.</source>
        <translation>Keine Momente in diesem Gespräch: Zwei Kanäle (oder ein Transkript mit Rollen) sind nötig, um die Sprecher zu unterscheiden.</translation>
    </message>
    <message>
        <source>Moment %1 of %2 at %3: %4</source>
        <translation>Moment %1 von %2 bei %3: %4</translation>
    </message>
    <message>
        <source>No moment before this one</source>
        <translation>Kein Moment vor diesem</translation>
    </message>
    <message>
        <source>No moment after this one</source>
        <translation>Kein Moment nach diesem</translation>
    </message>
    <message>
        <source>Play or pick a moment first (N, or the Moments panel)</source>
        <translation>Spielen Sie zuerst einen Moment ab oder wählen Sie einen aus (N oder Momente-Bereich)</translation>
    </message>
    <message>
        <source>A note on the moment at %1: %2</source>
        <translation>Eine Notiz zum Moment bei %1: %2</translation>
    </message>
    <message>
        <source>Private Notes Locked</source>
        <translation>Private Notizen gesperrt</translation>
    </message>
    <message>
        <source>This library&apos;s private notes are encrypted.
Passphrase (Cancel: review with them locked):</source>
        <translation>Die privaten Notizen dieser Bibliothek sind verschlüsselt.
Passphrase (Abbrechen: Review mit gesperrten Notizen):</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n private note(s) older than this library keeps them</source>
        <translation>
            <numerusform>%n private Notiz gelöscht, die älter als die Aufbewahrungsfrist dieser Bibliothek war</numerusform>
            <numerusform>%n private Notizen gelöscht, die älter als die Aufbewahrungsfrist dieser Bibliothek waren</numerusform>
        </translation>
    </message>
    <message>
        <source>Encrypt Private Notes</source>
        <translation>Private Notizen verschlüsseln</translation>
    </message>
    <message>
        <source>Remove from Library</source>
        <translation>Aus der Bibliothek entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” from the library with its review sessions and all their notes? Private notes are wiped, not just hidden. This cannot be undone; the recording&apos;s file stays where it is.</source>
        <translation>„%1“ mit den zugehörigen Sitzungen und all ihren Notizen aus der Bibliothek entfernen? Private Notizen werden gelöscht, nicht nur ausgeblendet. Dies kann nicht rückgängig gemacht werden; die Datei der Aufnahme bleibt, wo sie ist.</translation>
    </message>
    <message>
        <source>Removed “%1” and its review sessions from the library</source>
        <translation>„%1“ und die zugehörigen Sitzungen wurden aus der Bibliothek entfernt</translation>
    </message>
    <message>
        <source>Save the note first (Enter), or cancel it (Esc)</source>
        <translation>Speichern Sie zuerst die Notiz (Eingabe) oder verwerfen Sie sie (Esc)</translation>
    </message>
    <message>
        <source>The library is empty: add calls first (Library ▸ Add…)</source>
        <translation>Die Bibliothek ist leer: Fügen Sie zuerst Gespräche hinzu (Bibliothek ▸ Hinzufügen…)</translation>
    </message>
    <message>
        <source> · passed over, file moved: %1</source>
        <translation> · übersprungen, Datei verschoben: %1</translation>
    </message>
    <message>
        <source>Every call in the library has been reviewed</source>
        <translation>Für alle Gespräche in der Bibliothek liegt ein Review vor</translation>
    </message>
    <message>
        <source>No other call is waiting for a review</source>
        <translation>Kein weiteres Gespräch wartet auf ein Review</translation>
    </message>
    <message>
        <source>no rep</source>
        <translation>kein Mitarbeiter</translation>
    </message>
    <message>
        <source>%1, never coached</source>
        <translation>%1, noch nie gecoacht</translation>
    </message>
    <message>
        <source>%1, 1 day overdue</source>
        <translation>%1, 1 Tag überfällig</translation>
    </message>
    <message>
        <source>%1, %2 days overdue</source>
        <translation>%1, %2 Tage überfällig</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, fällig %2</translation>
    </message>
    <message>
        <source>Next to review (%1) · %2 more waiting</source>
        <translation>Nächstes zum Review (%1) · %2 weitere warten</translation>
    </message>
    <message>
        <source>Building the waveform… %p%</source>
        <translation>Wellenform wird erstellt… %p%</translation>
    </message>
    <message>
        <source>No waveform: %1</source>
        <translation>Keine Wellenform: %1</translation>
    </message>
    <message>
        <source>Updated with changes made to the library elsewhere</source>
        <translation>Mit Änderungen aktualisiert, die anderswo an der Bibliothek vorgenommen wurden</translation>
    </message>
    <message>
        <source>Open a recording to take notes</source>
        <translation>Öffnen Sie eine Aufnahme, um Notizen zu machen</translation>
    </message>
    <message>
        <source>Share-safe mode is on: private notes cannot be taken while you share your screen</source>
        <translation>Der sichere Freigabemodus ist aktiv: Während Sie Ihren Bildschirm freigeben, können keine privaten Notizen erstellt werden</translation>
    </message>
    <message>
        <source>Private note saved at %1</source>
        <translation>Private Notiz bei %1 gespeichert</translation>
    </message>
    <message>
        <source>Shareable note saved at %1</source>
        <translation>Teilbare Notiz bei %1 gespeichert</translation>
    </message>
    <message>
        <source>%1. %2 — %3</source>
        <translation>%1. %2 — %3</translation>
    </message>
    <message>
        <source>Focus item swapped (Ctrl+Z undoes it)</source>
        <translation>Fokuspunkt ausgetauscht (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>The focus cap is reached: choose an item to swap out</source>
        <translation>Die Fokus-Obergrenze ist erreicht: Wählen Sie einen Punkt zum Austauschen</translation>
    </message>
    <message>
        <source>Select a focus item to write its question and practice plan</source>
        <translation>Wählen Sie einen Fokuspunkt, um seine Frage und seinen Übungsplan zu schreiben</translation>
    </message>
    <message>
        <source>Open a recording to edit the library&apos;s session templates</source>
        <translation>Öffnen Sie eine Aufnahme, um die Sitzungsvorlagen der Bibliothek zu bearbeiten</translation>
    </message>
    <message>
        <source>Session templates saved</source>
        <translation>Sitzungsvorlagen gespeichert</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Ch %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>Adding recordings…</source>
        <translation>Aufnahmen werden hinzugefügt…</translation>
    </message>
    <message>
        <source>Not added:
%1</source>
        <translation>Nicht hinzugefügt:
%1</translation>
    </message>
    <message>
        <source>Added to the library: %1</source>
        <translation>Zur Bibliothek hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Where is %1 now?</source>
        <translation>Wo befindet sich %1 jetzt?</translation>
    </message>
    <message>
        <source>S: a shareable note, stamped %1 s of your time before the key press</source>
        <translation>S: teilbare Notiz — Zeitmarke %1 s (Ihrer Zeit) vor dem Tastendruck</translation>
    </message>
    <message>
        <source>P: a private note · S: a shareable note — stamped %1 s of your time before the key press</source>
        <translation>P: private Notiz · S: teilbare Notiz — Zeitmarke %1 s (Ihrer Zeit) vor dem Tastendruck</translation>
    </message>
    <message>
        <source>Save Shareable Copy</source>
        <translation>Teilbare Kopie speichern</translation>
    </message>
    <message>
        <source>Coachtrack library (*.sqlite)</source>
        <translation>Coachtrack-Bibliothek (*.sqlite)</translation>
    </message>
    <message>
        <source>The shareable copy was not saved.</source>
        <translation>Die teilbare Kopie wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>Saved a shareable copy to %1: %2; no private notes</source>
        <translation>Teilbare Kopie in %1 gespeichert: %2; keine privaten Notizen</translation>
    </message>
    <message>
        <source>The role was not kept: %1</source>
        <translation>Die Rolle wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 is the %2 on this call (remembered for the next)</source>
        <translation>%1 ist in diesem Gespräch %2 (wird für das nächste übernommen)</translation>
    </message>
    <message>
        <source>Open a recording of the library to import its transcript</source>
        <translation>Öffnen Sie eine Aufnahme aus der Bibliothek, um ihr Transkript zu importieren</translation>
    </message>
    <message>
        <source>Import Transcript</source>
        <translation>Transkript importieren</translation>
    </message>
    <message>
        <source>Transcripts (*.vtt *.srt *.txt *.json *.docx);;All files (*)</source>
        <translation>Transkripte (*.vtt *.srt *.txt *.json *.docx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The transcript was not imported: %1</source>
        <translation>Das Transkript wurde nicht importiert: %1</translation>
    </message>
    <message>
        <source>; %1 proposed as %2 (%3%)</source>
        <translation>; %1 als %2 vorgeschlagen (%3 %)</translation>
    </message>
    <message>
        <source>; check %1&apos;s role: %2 here, but speaks on the %3 channel</source>
        <translation>; Rolle von %1 prüfen: hier %2, spricht aber auf Kanal %3</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n transcript lines</source>
        <translation>
            <numerusform>%n Transkriptzeile importiert</numerusform>
            <numerusform>%n Transkriptzeilen importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a recording of the library to edit its filler words</source>
        <translation>Öffnen Sie eine Aufnahme aus der Bibliothek, um ihre Füllwörter zu bearbeiten</translation>
    </message>
    <message>
        <source>Filler Words</source>
        <translation>Füllwörter</translation>
    </message>
    <message>
        <source>Words and phrases counted as fillers, one per line (empty: the default list):</source>
        <translation>Wörter und Wendungen, die als Füllwörter zählen, eine pro Zeile (leer: Standardliste):</translation>
    </message>
    <message>
        <source>The filler words were not kept: %1</source>
        <translation>Die Füllwörter wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Filler words: %1</source>
        <translation>Füllwörter: %1</translation>
    </message>
    <message>
        <source>Speed %L1×</source>
        <translation>Geschwindigkeit %L1×</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechten</translation>
    </message>
    <message>
        <source>left</source>
        <translation>linken</translation>
    </message>
    <message>
        <source>P&amp;ublish to Team Library</source>
        <translation>In Teambibliothek &amp;veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Withdraw from Team Library…</source>
        <translation>Aus Teambibliothek zu&amp;rückziehen…</translation>
    </message>
    <message>
        <source>S&amp;ync with Team Library</source>
        <translation>Mit Teambibliothek &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Team Library</source>
        <translation>Teambibliothek</translation>
    </message>
    <message>
        <source>The team library did not do what was asked.</source>
        <translation>Die Teambibliothek hat den Auftrag nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Deleted from the team library: the rep no longer has it, and the server keeps nothing of it</source>
        <translation>Aus der Teambibliothek gelöscht: Der Mitarbeiter hat die Sitzung nicht mehr, und der Server behält nichts davon</translation>
    </message>
    <message>
        <source>Withdrawn: the rep no longer sees this session</source>
        <translation>Zurückgezogen: Der Mitarbeiter sieht diese Sitzung nicht mehr</translation>
    </message>
    <message>
        <source>Team: publishing %1 of %2…</source>
        <translation>Team: %1 von %2 wird veröffentlicht…</translation>
    </message>
    <message>
        <source>Team: syncing…</source>
        <translation>Team: wird synchronisiert…</translation>
    </message>
    <message>
        <source>Team: up to date</source>
        <translation>Team: aktuell</translation>
    </message>
    <message>
        <source>Team: up to date · %1</source>
        <translation>Team: aktuell · %1</translation>
    </message>
    <message numerus="yes">
        <source>Team: offline · %n queued</source>
        <translation>
            <numerusform>Team: offline · %n wartet</numerusform>
            <numerusform>Team: offline · %n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Team: offline</source>
        <translation>Team: offline</translation>
    </message>
    <message numerus="yes">
        <source>Team: problem · %n queued</source>
        <translation>
            <numerusform>Team: Problem · %n wartet</numerusform>
            <numerusform>Team: Problem · %n warten</numerusform>
        </translation>
    </message>
    <message>
        <source>Team: problem</source>
        <translation>Team: Problem</translation>
    </message>
    <message>
        <source>Click to sync with the team library now (F5).</source>
        <translation>Klicken, um jetzt mit der Teambibliothek zu synchronisieren (F5).</translation>
    </message>
    <message>
        <source>Open a recording first: a session is the review of one call</source>
        <translation>Öffnen Sie zuerst eine Aufnahme: Eine Sitzung ist die Auswertung eines Gesprächs</translation>
    </message>
    <message>
        <source>Publish to Team Library</source>
        <translation>In Teambibliothek veröffentlichen</translation>
    </message>
    <message>
        <source>This library has no team server yet. Set one up in Preferences ▸ Team?</source>
        <translation>Diese Bibliothek hat noch keinen Teamserver. Jetzt unter Einstellungen ▸ Team einrichten?</translation>
    </message>
    <message>
        <source>Publishing this session&apos;s shareable notes and debrief to the team library (private notes stay here)</source>
        <translation>Die teilbaren Notizen und das Debriefing dieser Sitzung werden in der Teambibliothek veröffentlicht (private Notizen bleiben hier)</translation>
    </message>
    <message>
        <source>Withdraw from Team Library</source>
        <translation>Aus Teambibliothek zurückziehen</translation>
    </message>
    <message>
        <source>Take this session off the rep&apos;s screen?</source>
        <translation>Diese Sitzung vom Bildschirm des Mitarbeiters nehmen?</translation>
    </message>
    <message>
        <source>Withdrawn, it stays on the server for you and can be published again. Deleted, the server keeps nothing of it.</source>
        <translation>Zurückgezogen bleibt sie für Sie auf dem Server und kann erneut veröffentlicht werden. Gelöscht behält der Server nichts davon.</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Zurückziehen</translation>
    </message>
    <message>
        <source>&amp;Delete from Server</source>
        <translation>Vom Server &amp;löschen</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The team server cannot be reached: the session is taken off the rep&apos;s screen at the next sync</source>
        <translation>Der Teamserver ist nicht erreichbar: Die Sitzung wird bei der nächsten Synchronisierung vom Bildschirm des Mitarbeiters genommen</translation>
    </message>
</context>
<context>
    <name>coachtrack::app::MomentsPanel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Moments of the call</source>
        <translation>Momente des Gesprächs</translation>
    </message>
    <message>
        <source>Shareable Note Here</source>
        <translation>Teilbare Notiz hier</translation>
    </message>
    <message>
        <source>A shareable note at the start of the selected moment (Shift+S)</source>
        <translation>Eine teilbare Notiz am Beginn des ausgewählten Moments (Umschalt+S)</translation>
    </message>
    <message>
        <source>Private Note Here</source>
        <translation>Private Notiz hier</translation>
    </message>
    <message>
        <source>A private note at the start of the selected moment (Shift+P)</source>
        <translation>Eine private Notiz am Beginn des ausgewählten Moments (Umschalt+P)</translation>
    </message>
    <message>
        <source>The call&apos;s moments come once it is analysed.</source>
        <translation>Die Momente des Gesprächs erscheinen, sobald es analysiert ist.</translation>
    </message>
    <message>
        <source>Monologue</source>
        <translation>Monolog</translation>
    </message>
    <message>
        <source>Interruption</source>
        <translation>Unterbrechung</translation>
    </message>
    <message>
        <source>Buyer&apos;s turn</source>
        <translation>Redebeitrag des Kunden</translation>
    </message>
    <message>
        <source>Silence after a question</source>
        <translation>Stille nach einer Frage</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Stichwort</translation>
    </message>
    <message>
        <source>1 moment.</source>
        <translation>1 Moment.</translation>
    </message>
    <message>
        <source>%1 moments.</source>
        <translation>%1 Momente.</translation>
    </message>
    <message>
        <source> N / Shift+N step through them; Enter plays the selected one.</source>
        <translation> N / Umschalt+N wechseln zwischen ihnen; Eingabe spielt den ausgewählten ab.</translation>
    </message>
</context>
<context>
    <name>coachtrack::app::MyCoachingWindow</name>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>My Coaching — Coachtrack</source>
        <translation>Mein Coaching — Coachtrack</translation>
    </message>
    <message>
        <source>What I practise</source>
        <translation>Was ich übe</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Focus item</source>
        <translation>Fokuspunkt</translation>
    </message>
    <message>
        <source>Where I am</source>
        <translation>Mein Stand</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Bewertungsbogen</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>My manager</source>
        <translation>Mein Manager</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ich</translation>
    </message>
    <message>
        <source>Only your own published sessions are shown. Your manager sees what you mark at their next sync.</source>
        <translation>Es werden nur Ihre eigenen veröffentlichten Sitzungen angezeigt. Ihr Manager sieht Ihre Markierungen bei seiner nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Focus %1 clip — %2</source>
        <translation>Clip zu Fokuspunkt %1 — %2</translation>
    </message>
    <message>
        <source>Cannot reach the team server: %1</source>
        <translation>Der Teamserver ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>%1
%2 · focus items: %3</source>
        <translation>%1
%2 · Fokuspunkte: %3</translation>
    </message>
    <message>
        <source>No published sessions for you yet.</source>
        <translation>Noch keine veröffentlichten Sitzungen für Sie.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Ask yourself: %1</source>
        <translation>Fragen Sie sich: %1</translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>Übung: %1</translation>
    </message>
    <message>
        <source>Saved: your manager sees it at their next sync</source>
        <translation>Gespeichert: Ihr Manager sieht es bei seiner nächsten Synchronisierung</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Save Debrief as &amp;PDF…</source>
        <translation>Debriefing als &amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Play Focus %1 Clip</source>
        <translation>Clip zu Fokuspunkt %1 abspielen</translation>
    </message>
    <message>
        <source>Save Debrief</source>
        <translation>Debriefing speichern</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>The team server refused the sign-in: %1</source>
        <translation>Der Teamserver hat die Anmeldung abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>coachtrack::app::NoteEntryBar</name>
    <message>
        <source>Only you will see this</source>
        <translation>Nur für Sie sichtbar</translation>
    </message>
    <message>
        <source>Feedback the rep will read</source>
        <translation>Feedback, das der Mitarbeiter liest</translation>
    </message>
    <message>
        <source>&lt;b&gt;Private&lt;/b&gt; note at %1</source>
        <translation>&lt;b&gt;Private&lt;/b&gt; Notiz bei %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Shareable&lt;/b&gt; note at %1</source>
        <translation>&lt;b&gt;Teilbare&lt;/b&gt; Notiz bei %1</translation>
    </message>
    <message>
        <source>The call has ended: the note goes at the playhead — move it with ←/→ or click the waveform</source>
        <translation>Das Gespräch ist zu Ende: Die Notiz wird an der Abspielposition gesetzt — mit ←/→ verschieben oder in die Wellenform klicken</translation>
    </message>
    <message>
        <source>Enter saves · Esc cancels</source>
        <translation>Eingabe speichert · Esc bricht ab</translation>
    </message>
    <message>
        <source>Ask instead (Alt+Q)</source>
        <translation>Stattdessen fragen (Alt+Q)</translation>
    </message>
    <message>
        <source>“%1” tells the rep what to do; questions persuade, statements inform. As a question: %2</source>
        <translation>„%1“ sagt dem Mitarbeiter, was er tun soll; Fragen überzeugen, Aussagen informieren. Als Frage: %2</translation>
    </message>
</context>
<context>
    <name>coachtrack::app::NotesPanel</name>
    <message>
        <source>Shareable</source>
        <translation>Teilbar</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Make Focus Item</source>
        <translation>Zum Fokuspunkt machen</translation>
    </message>
    <message>
        <source>Rephrase for the Rep…</source>
        <translation>Für den Mitarbeiter umformulieren…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>Edit Text</source>
        <translation>Text bearbeiten</translation>
    </message>
    <message>
        <source>Question for the Rep… (Ctrl+K)</source>
        <translation>Frage für den Mitarbeiter… (Strg+K)</translation>
    </message>
    <message>
        <source>Remove from Focus Items</source>
        <translation>Aus Fokuspunkten entfernen</translation>
    </message>
    <message>
        <source> · no question</source>
        <translation> · keine Frage</translation>
    </message>
    <message>
        <source>No question for the rep yet: Notes ▸ Question for the Rep… (Ctrl+K)</source>
        <translation>Noch keine Frage für den Mitarbeiter: Notizen ▸ Frage und Übungsplan… (Strg+K)</translation>
    </message>
    <message>
        <source>Question for the rep: %1</source>
        <translation>Frage für den Mitarbeiter: %1</translation>
    </message>
    <message>
        <source>Rephrased for the rep</source>
        <translation>Für den Mitarbeiter umformuliert</translation>
    </message>
    <message>
        <source>This library forgets private notes %1 days after they are written (Edit ▸ Preferences…)</source>
        <translation>Diese Bibliothek löscht private Notizen automatisch %1 Tage nach ihrer Erstellung (Bearbeiten ▸ Einstellungen…)</translation>
    </message>
    <message>
        <source>Shareable (%1)</source>
        <translation>Teilbar (%1)</translation>
    </message>
    <message>
        <source>Private (%1)</source>
        <translation>Privat (%1)</translation>
    </message>
    <message>
        <source>Remove from Focus</source>
        <translation>Aus Fokus entfernen</translation>
    </message>
    <message>
        <source>Make Focus Item (%1 of %2)</source>
        <translation>Zum Fokuspunkt machen (%1 von %2)</translation>
    </message>
</context>
<context>
    <name>coachtrack::app::PlanList</name>
    <message>
        <source>Skill</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>What it looks like</source>
        <translation>Woran man es erkennt</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Add Plan…</source>
        <translation>Plan &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>End Plan</source>
        <translation>Plan beenden</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>New Coaching Plan</source>
        <translation>Neuer Coaching-Plan</translation>
    </message>
    <message>
        <source>Edit Coaching Plan</source>
        <translation>Coaching-Plan bearbeiten</translation>
    </message>
    <message>
        <source>Delete Coaching Plan</source>
        <translation>Coaching-Plan löschen</translation>
    </message>
    <message>
        <source>Delete the plan for %1? Ending it keeps it in the rep&apos;s history; deleting does not.</source>
        <translation>Den Plan für %1 löschen? Beim Beenden bleibt er im Verlauf des Mitarbeiters erhalten, beim Löschen nicht.</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Coaching sessions in the plan&apos;s dates that scored %1</source>
        <translation>Coaching-Sitzungen im Zeitraum des Plans, in denen %1 bewertet wurde</translation>
    </message>
    <message>
        <source>No plan yet</source>
        <translation>Noch kein Plan</translation>
    </message>
    <message>
        <source>Add one: a skill from the scorecard and what doing it well looks like.</source>
        <translation>Legen Sie einen an: eine Fähigkeit aus dem Bewertungsbogen und woran man erkennt, dass sie gut umgesetzt wird.</translation>
    </message>
    <message>
        <source>Run Again</source>
        <translation>Erneut starten</translation>
    </message>
    <message>
        <source>e.g. Asks two open questions before the demo</source>
        <translation>z. B. Stellt vor der Demo zwei offene Fragen</translation>
    </message>
    <message>
        <source>&amp;Skill:</source>
        <translation>&amp;Fähigkeit:</translation>
    </message>
    <message>
        <source>&amp;Target behaviour:</source>
        <translation>&amp;Zielverhalten:</translation>
    </message>
    <message>
        <source>S&amp;tarts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
</context>
<context>
    <name>coachtrack::app::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Pause playback while I type a note</source>
        <translation>Wiedergabe anhalten, während ich eine Notiz tippe</translation>
    </message>
    <message>
        <source>&amp;Skip back / forward by:</source>
        <translation>Zurück-/Vor&amp;springen um:</translation>
    </message>
    <message>
        <source>&amp;Rewind when resuming after a pause:</source>
        <translation>Nach einer Pause beim Fortsetzen &amp;zurückspulen um:</translation>
    </message>
    <message>
        <source>Stamp notes this long &amp;before the key press:</source>
        <translation>Notizen um diese Zeit &amp;vor dem Tastendruck markieren:</translation>
    </message>
    <message>
        <source>Counted in seconds of your time, more of the call at higher speed: 2 s at 2× reaches 4 s back into the recording.</source>
        <translation>Gezählt in Sekunden Ihrer Zeit, bei höherer Geschwindigkeit also mehr vom Gespräch: 2 s bei 2× reichen 4 s in die Aufnahme zurück.</translation>
    </message>
    <message>
        <source>Never (keep until I delete them)</source>
        <translation>Nie (behalten, bis ich sie lösche)</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>&amp;Forget private notes after:</source>
        <translation>Private Notizen automatisch &amp;löschen nach:</translation>
    </message>
    <message>
        <source>Forgotten notes are wiped from the library, its journal and its backups, at start-up and every hour. Shareable notes are kept.</source>
        <translation>Abgelaufene Notizen werden beim Start und danach stündlich aus der Bibliothek, ihrem Journal und ihren Sicherungen entfernt. Teilbare Notizen bleiben erhalten.</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Anhören</translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Team</translation>
    </message>
</context>
<context>
    <name>coachtrack::app::RepPage</name>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Coach &amp;every:</source>
        <translation>Coaching &amp;alle:</translation>
    </message>
    <message>
        <source>Progress &amp;Report…</source>
        <translation>Fortschritts&amp;bericht…</translation>
    </message>
    <message>
        <source>A report for the rep (PDF or web page): plan, focus items, scores and the gap, charts. Shareable notes only.</source>
        <translation>Ein Bericht für den Mitarbeiter (PDF oder Webseite): Plan, Fokuspunkte, Bewertungen und Abweichung, Diagramme. Nur teilbare Notizen.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <source>Rep talk</source>
        <translation>Redeanteil</translation>
    </message>
    <message>
        <source>Longest</source>
        <translation>Längster Monolog</translation>
    </message>
    <message>
        <source>Patience</source>
        <translation>Geduld</translation>
    </message>
    <message>
        <source>Phrasing</source>
        <translation>Formulierung</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>The rep&apos;s share of the talk</source>
        <translation>Redeanteil des Mitarbeiters</translation>
    </message>
    <message>
        <source>The rep&apos;s longest monologue</source>
        <translation>Längster Monolog des Mitarbeiters</translation>
    </message>
    <message>
        <source>The rep&apos;s mean pause before answering after the buyer stops</source>
        <translation>Mittlere Pause des Mitarbeiters vor seiner Antwort, nachdem der Kunde zu sprechen aufgehört hat</translation>
    </message>
    <message>
        <source>Your shareable notes phrased as observations or questions: for you only</source>
        <translation>Ihre teilbaren Notizen, als Beobachtungen oder Fragen formuliert: nur für Sie</translation>
    </message>
    <message>
        <source>Questions the rep asked (from the transcript)</source>
        <translation>Fragen, die der Mitarbeiter gestellt hat (aus dem Transkript)</translation>
    </message>
    <message>
        <source>Enter: fill in the session&apos;s scorecard</source>
        <translation>Eingabe: Bewertungsbogen der Sitzung ausfüllen</translation>
    </message>
    <message>
        <source>Focus item</source>
        <translation>Fokuspunkt</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Question and plan</source>
        <translation>Frage und Plan</translation>
    </message>
    <message>
        <source>&amp;Measure Them</source>
        <translation>Jetzt &amp;messen</translation>
    </message>
    <message>
        <source>Measure the talk of the calls not measured yet, in the background (one decode each)</source>
        <translation>Das Sprechverhalten in den noch nicht gemessenen Gesprächen im Hintergrund messen (je Gespräch ein Dekodiervorgang)</translation>
    </message>
    <message>
        <source>How the rep talked</source>
        <translation>Sprechweise</translation>
    </message>
    <message>
        <source>Scores (rep&apos;s own dashed)</source>
        <translation>Bewertungen (selbst: gestrichelt)</translation>
    </message>
    <message>
        <source>The gap</source>
        <translation>Abweichung</translation>
    </message>
    <message>
        <source>Sessions per month</source>
        <translation>Sitzungen pro Monat</translation>
    </message>
    <message>
        <source>Your phrasing (for you only)</source>
        <translation>Ihre Formulierungen (nur für Sie)</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Als SVG speichern…</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <source>PNG picture (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Coaching &amp;plan</source>
        <translation>Coaching-&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Coaching sessions</source>
        <translation>&amp;Coaching-Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Focus items over time</source>
        <translation>&amp;Fokuspunkte im Zeitverlauf</translation>
    </message>
    <message>
        <source>Manager / rep&apos;s own rating, 1 to 5; the gap is the rep&apos;s minus the manager&apos;s</source>
        <translation>Manager / Selbsteinschätzung, 1 bis 5; die Abweichung ist die Selbsteinschätzung minus die Bewertung des Managers</translation>
    </message>
    <message>
        <source>&amp;Score Session…</source>
        <translation>&amp;Sitzung bewerten…</translation>
    </message>
    <message>
        <source>Fill in the scorecard of the session selected above</source>
        <translation>Den Bewertungsbogen der oben ausgewählten Sitzung ausfüllen</translation>
    </message>
    <message>
        <source>&amp;Import Rep&apos;s Ratings…</source>
        <translation>Selbsteinschätzung &amp;importieren…</translation>
    </message>
    <message>
        <source>The form the rep filled with their own ratings (coachtrack score form REC writes it): CSV or JSON</source>
        <translation>Das Formular, in dem der Mitarbeiter seine Selbsteinschätzung eingetragen hat (erstellt mit coachtrack score form REC): CSV oder JSON</translation>
    </message>
    <message>
        <source>Sc&amp;orecards: manager / rep (gap)</source>
        <translation>Be&amp;wertungsbögen: Manager / Mitarbeiter (Abweichung)</translation>
    </message>
    <message>
        <source>Over &amp;time</source>
        <translation>Im &amp;Zeitverlauf</translation>
    </message>
    <message>
        <source>Not measured: %1</source>
        <translation>Nicht gemessen: %1</translation>
    </message>
    <message>
        <source>Import the Rep&apos;s Own Ratings</source>
        <translation>Selbsteinschätzung des Mitarbeiters importieren</translation>
    </message>
    <message>
        <source>Rating forms (*.csv *.json);;All files (*)</source>
        <translation>Bewertungsformulare (*.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Measuring…</source>
        <translation>Wird gemessen…</translation>
    </message>
    <message>
        <source>Rep: %1</source>
        <translation>Mitarbeiter: %1</translation>
    </message>
    <message>
        <source>Q: %1</source>
        <translation>F: %1</translation>
    </message>
    <message>
        <source>Practice: %1</source>
        <translation>Übung: %1</translation>
    </message>
    <message>
        <source>%1 not measured yet.</source>
        <translation>%1 noch nicht gemessen.</translation>
    </message>
    <message>
        <source>1 call</source>
        <translation>1 Gespräch</translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation>%1 Gespräche</translation>
    </message>
    <message>
        <source>%1 on one channel without speakers: import a transcript to tell them apart.</source>
        <translation>%1 auf einem Kanal ohne Sprechertrennung: Importieren Sie ein Transkript, um die Sprecher zu unterscheiden.</translation>
    </message>
    <message>
        <source>A chart of %1&apos;s coaching, made with Coachtrack</source>
        <translation>Ein Diagramm zum Coaching von %1, erstellt mit Coachtrack</translation>
    </message>
    <message>
        <source>%1: the chart could not be saved</source>
        <translation>%1: Das Diagramm konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1: the chart could not be saved (%2)</source>
        <translation>%1: Das Diagramm konnte nicht gespeichert werden (%2)</translation>
    </message>
    <message>
        <source>Select the coaching session to score first.</source>
        <translation>Wählen Sie zuerst die zu bewertende Coaching-Sitzung aus.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No scores yet: select a session and Score Session…</source>
        <translation>Noch keine Bewertungen: Wählen Sie eine Sitzung aus und dann „Sitzung bewerten…“</translation>
    </message>
    <message>
        <source>No gap yet: the rep&apos;s own ratings are not in (Import Rep&apos;s Ratings…).</source>
        <translation>Noch keine Abweichung: Die Selbsteinschätzung des Mitarbeiters fehlt noch („Selbsteinschätzung importieren…“).</translation>
    </message>
    <message>
        <source>The gap, rep&apos;s view against yours, on average: %1</source>
        <translation>Durchschnittliche Abweichung der Selbsteinschätzung von Ihrer Bewertung: %1</translation>
    </message>
    <message>
        <source>%1 %2 (the rep)</source>
        <translation>%1 %2 (Mitarbeiter)</translation>
    </message>
</context>
<context>
    <name>coachtrack::app::RephraseDialog</name>
    <message>
        <source>Rephrase for the Rep</source>
        <translation>Für den Mitarbeiter umformulieren</translation>
    </message>
    <message>
        <source>Your private note:</source>
        <translation>Ihre private Notiz:</translation>
    </message>
    <message>
        <source>What the rep will read (Ctrl+Enter to save):</source>
        <translation>Was der Mitarbeiter liest (Strg+Eingabe speichert):</translation>
    </message>
</context>
<context>
    <name>coachtrack::app::ScorecardDialog</name>
    <message>
        <source>Scorecard: %1</source>
        <translation>Bewertungsbogen: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Skill&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fähigkeit&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Manager&lt;/b&gt;</source>
        <translation>&lt;b&gt;Manager&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rep&apos;s own&lt;/b&gt;</source>
        <translation>&lt;b&gt;Selbsteinschätzung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Comment for the rep&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kommentar für den Mitarbeiter&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What to keep doing, or try next</source>
        <translation>Was beibehalten oder als Nächstes ausprobieren</translation>
    </message>
    <message>
        <source>Ratings are 1 to 5; – is not rated. The gap is the rep&apos;s rating minus yours. Scores are the rep&apos;s: they are on their report and in their copy of the library.</source>
        <translation>Bewertungen von 1 bis 5; – heißt nicht bewertet. Die Abweichung ist die Bewertung des Mitarbeiters minus Ihre. Die Bewertungen gehören dem Mitarbeiter: Sie stehen in seinem Bericht und in seiner Kopie der Bibliothek.</translation>
    </message>
</context>
<context>
    <name>coachtrack::app::SessionPanel</name>
    <message>
        <source>The structure this session follows, and its debrief</source>
        <translation>Die Struktur dieser Sitzung und ihr Debriefing</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the library&apos;s session templates</source>
        <translation>Sitzungsvorlagen der Bibliothek bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Talk:</source>
        <translation>Redeanteil:</translation>
    </message>
    <message>
        <source>Words:</source>
        <translation>Wörter:</translation>
    </message>
    <message>
        <source>From the call&apos;s transcript</source>
        <translation>Aus dem Transkript des Gesprächs</translation>
    </message>
    <message>
        <source>What this review looks at</source>
        <translation>Worauf dieses Review achtet</translation>
    </message>
    <message>
        <source>&amp;Objectives:</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <source>Ask the rep first: what went well?</source>
        <translation>Fragen Sie zuerst den Mitarbeiter: Was lief gut?</translation>
    </message>
    <message>
        <source>…and what would they change?</source>
        <translation>…und was würde er oder sie ändern?</translation>
    </message>
    <message>
        <source>Rep: went &amp;well:</source>
        <translation>Mitarbeiter: lief g&amp;ut:</translation>
    </message>
    <message>
        <source>Rep: wo&amp;uld change:</source>
        <translation>Mitarbeiter: würde ände&amp;rn:</translation>
    </message>
    <message>
        <source>How your shareable notes are phrased: for you only, never on a debrief, hidden in share-safe mode</source>
        <translation>Wie Ihre teilbaren Notizen formuliert sind: nur für Sie, nie im Debriefing, im sicheren Freigabemodus ausgeblendet</translation>
    </message>
    <message>
        <source>Focus c&amp;ap:</source>
        <translation>Fokus-&amp;Obergrenze:</translation>
    </message>
    <message>
        <source>What the rep commits to, and what happens next</source>
        <translation>Wozu sich der Mitarbeiter verpflichtet und wie es weitergeht</translation>
    </message>
    <message>
        <source>Commitment, next &amp;steps:</source>
        <translation>Zusage, nächste &amp;Schritte:</translation>
    </message>
    <message>
        <source>Next &amp;coaching:</source>
        <translation>Nächstes &amp;Coaching:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>1 shareable note, in the Notes panel (Alt+1)</source>
        <translation>1 teilbare Notiz, im Notizenbereich (Alt+1)</translation>
    </message>
    <message>
        <source>%1 shareable notes, in the Notes panel (Alt+1)</source>
        <translation>%1 teilbare Notizen, im Notizenbereich (Alt+1)</translation>
    </message>
    <message>
        <source>Your phrasing: &lt;b&gt;%1%&lt;/b&gt; observations or questions (%2, %3, %4) · %5 praise against %6 to change</source>
        <translation>Ihre Formulierung: &lt;b&gt;%1 %&lt;/b&gt; Beobachtungen oder Fragen (%2, %3, %4) · %5 Lob gegenüber %6 Änderungswünschen</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 Frage</translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>%1 Fragen</translation>
    </message>
    <message>
        <source>1 observation</source>
        <translation>1 Beobachtung</translation>
    </message>
    <message>
        <source>%1 observations</source>
        <translation>%1 Beobachtungen</translation>
    </message>
    <message>
        <source>1 directive</source>
        <translation>1 Anweisung</translation>
    </message>
    <message>
        <source>%1 directives</source>
        <translation>%1 Anweisungen</translation>
    </message>
    <message>
        <source>%1 things to change for one call reads like a laundry list: the focus items are what the rep works on</source>
        <translation>%1 Änderungspunkte für ein einziges Gespräch wirken wie eine Mängelliste: Woran der Mitarbeiter arbeitet, sind die Fokuspunkte</translation>
    </message>
    <message>
        <source>%1 chosen</source>
        <translation>%1 ausgewählt</translation>
    </message>
    <message numerus="yes">
        <source>%n without a question</source>
        <translation>
            <numerusform>%n ohne Frage</numerusform>
            <numerusform>%n ohne Frage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a practice plan</source>
        <translation>
            <numerusform>%n ohne Übungsplan</numerusform>
            <numerusform>%n ohne Übungsplan</numerusform>
        </translation>
    </message>
    <message>
        <source>measuring…</source>
        <translation>wird gemessen…</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>, longest %1</source>
        <translation>, längster Monolog %1</translation>
    </message>
    <message>
        <source>Patience %1</source>
        <translation>Geduld %1</translation>
    </message>
    <message>
        <source>%L1 switches/min</source>
        <translation>%L1 Sprecherwechsel/min</translation>
    </message>
    <message>
        <source>per speaker: see Words, from the transcript</source>
        <translation>pro Sprecher: siehe Wörter, aus dem Transkript</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2%&lt;/b&gt; · %3 · %4 wpm · %L5 fillers/min</source>
        <translation>%1: &lt;b&gt;%2 %&lt;/b&gt; · %3 · %4 WpM · %L5 Füllwörter/min</translation>
    </message>
    <message>
        <source>%1: %2 (%L3 per 10 minutes), %4 words a minute of their talk, %L5 filler words a minute, longest monologue %6</source>
        <translation>%1: %2 (%L3 pro 10 Minuten), %4 Wörter pro Minute Redezeit, %L5 Füllwörter pro Minute, längster Monolog %6</translation>
    </message>
    <message>
        <source>Manager: &lt;b&gt;%1%&lt;/b&gt; of the selling side (the rep leads: 10–15%)</source>
        <translation>Manager: &lt;b&gt;%1 %&lt;/b&gt; der Verkäuferseite (der Mitarbeiter führt: 10–15 %)</translation>
    </message>
    <message>
        <source>%1: &lt;b&gt;%2%&lt;/b&gt;</source>
        <comment>a speaker: their share of the talk</comment>
        <translation>%1: &lt;b&gt;%2 %&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a speaker (their role)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>coachtrack::app::SessionTemplateDialog</name>
    <message>
        <source>Objectives</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>The rep&apos;s own view</source>
        <translation>Sicht des Mitarbeiters</translation>
    </message>
    <message>
        <source>Observations (shareable notes)</source>
        <translation>Beobachtungen (teilbare Notizen)</translation>
    </message>
    <message>
        <source>Focus items</source>
        <translation>Fokuspunkte</translation>
    </message>
    <message>
        <source>Commitment and next date</source>
        <translation>Zusage und nächster Termin</translation>
    </message>
    <message>
        <source>Session Templates</source>
        <translation>Sitzungsvorlagen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Make &amp;Default</source>
        <translation>Als &amp;Standard festlegen</translation>
    </message>
    <message>
        <source>&amp;Templates:</source>
        <translation>&amp;Vorlagen:</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Alt+Up in the table</source>
        <translation>Alt+Pfeil nach oben in der Tabelle</translation>
    </message>
    <message>
        <source>Alt+Down in the table</source>
        <translation>Alt+Pfeil nach unten in der Tabelle</translation>
    </message>
    <message>
        <source>Space ticks a part in or out; F2 edits a heading or prompt. Headings show in the window and on the debrief; prompts are your guide in the window, never printed.</source>
        <translation>Leertaste setzt oder entfernt das Häkchen eines Teils; F2 bearbeitet eine Überschrift oder einen Hinweis. Überschriften erscheinen im Fenster und im Debriefing; Hinweise dienen Ihnen im Fenster als Leitfaden und werden nie gedruckt.</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Parts, in the order of the conversation:</source>
        <translation>&amp;Teile, in der Reihenfolge des Gesprächs:</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Every template has the focus part: the debrief is built around it</source>
        <translation>Jede Vorlage enthält den Fokusteil: Das Debriefing ist um ihn herum aufgebaut</translation>
    </message>
    <message>
        <source>Make another template the default first</source>
        <translation>Legen Sie zuerst eine andere Vorlage als Standard fest</translation>
    </message>
    <message>
        <source>there are two templates named %1</source>
        <translation>es gibt zwei Vorlagen namens %1</translation>
    </message>
</context>
<context>
    <name>coachtrack::app::TeamPanel</name>
    <message>
        <source>Rep</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <source>Last coached</source>
        <translation>Zuletzt gecoacht</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Next call</source>
        <translation>Nächstes Gespräch</translation>
    </message>
    <message>
        <source>Rep Page</source>
        <translation>Mitarbeiterseite</translation>
    </message>
    <message>
        <source>The rep&apos;s sessions, focus items and charts (Enter)</source>
        <translation>Sitzungen, Fokuspunkte und Diagramme des Mitarbeiters (Eingabe)</translation>
    </message>
    <message>
        <source>Review Next Call</source>
        <translation>Nächstes Review</translation>
    </message>
    <message>
        <source>Open the rep&apos;s newest call not yet reviewed (R)</source>
        <translation>Neuestes Gespräch des Mitarbeiters ohne Review öffnen (R)</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>The metrics whose trend each rep&apos;s row shows (one to three)</source>
        <translation>Die Kennzahlen, deren Trend in der Zeile jedes Mitarbeiters angezeigt wird (eine bis drei)</translation>
    </message>
    <message>
        <source>Watch one to three metrics: untick one first.</source>
        <translation>Beobachten Sie eine bis drei Kennzahlen: Entfernen Sie zuerst ein Häkchen.</translation>
    </message>
    <message>
        <source>Watch at least one metric.</source>
        <translation>Beobachten Sie mindestens eine Kennzahl.</translation>
    </message>
    <message>
        <source>No reps yet: give a call a rep (Call Details, Ctrl+I).</source>
        <translation>Noch keine Mitarbeiter: Ordnen Sie einem Gespräch einen Mitarbeiter zu (Gesprächsdetails, Strg+I).</translation>
    </message>
    <message>
        <source>Open focus items (new or practising)</source>
        <translation>Offene Fokuspunkte (neu oder in Übung)</translation>
    </message>
    <message>
        <source>Calls reviewed this month</source>
        <translation>Gespräche mit Review in diesem Monat</translation>
    </message>
    <message>
        <source>The latest session&apos;s figure, and its move over the latest sessions: green is for the better</source>
        <translation>Der Wert der letzten Sitzung und seine Entwicklung über die letzten Sitzungen: Grün steht für eine Verbesserung</translation>
    </message>
    <message>
        <source>%1 (%2 d)</source>
        <translation>%1 (%2 Tg.)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1 d overdue</source>
        <translation>%1 Tg. überfällig</translation>
    </message>
    <message numerus="yes">
        <source>Coached every %n day(s)</source>
        <translation>
            <numerusform>Coaching alle %n Tag</numerusform>
            <numerusform>Coaching alle %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (review %2)</source>
        <translation>%1 (Review %2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;This week:&lt;/b&gt; nobody is due.</source>
        <translation>&lt;b&gt;Diese Woche:&lt;/b&gt; Niemand ist fällig.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This week:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Diese Woche:&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>coachtrack::app::TeamPreferencesPage</name>
    <message>
        <source>Publish debriefs to your team&apos;s library on PostgreSQL: each rep signs in with their own login and sees only their own sessions. Only shareable notes are published; private notes never leave this computer.</source>
        <translation>Veröffentlichen Sie Debriefings in der Teambibliothek auf PostgreSQL: Jeder Mitarbeiter meldet sich mit seinem eigenen Zugang an und sieht nur seine eigenen Sitzungen. Nur teilbare Notizen werden veröffentlicht; private Notizen verlassen diesen Computer nie.</translation>
    </message>
    <message>
        <source>postgresql://you@server/team?sslmode=verify-full</source>
        <translation>postgresql://sie@server/team?sslmode=verify-full</translation>
    </message>
    <message>
        <source>Team &amp;server:</source>
        <translation>Team&amp;server:</translation>
    </message>
    <message>
        <source>Kept in the desktop&apos;s secret store</source>
        <translation>Wird im Schlüsselbund der Arbeitsumgebung aufbewahrt</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Publish a session when I &amp;export its debrief</source>
        <translation>Sitzung beim &amp;Exportieren ihres Debriefings veröffentlichen</translation>
    </message>
    <message>
        <source>Send the focus &amp;clips with the debrief (up to 20 MB a session)</source>
        <translation>Fokus-&amp;Clips mit dem Debriefing senden (bis 20 MB pro Sitzung)</translation>
    </message>
    <message>
        <source>Publish a session with File ▸ Publish to Team Library (Ctrl+Shift+U). While the server cannot be reached, sessions wait in a queue and go at the next sync; the status bar shows where it stands.</source>
        <translation>Veröffentlichen Sie eine Sitzung mit Datei ▸ In Teambibliothek veröffentlichen (Strg+Umschalt+U). Solange der Server nicht erreichbar ist, warten Sitzungen in einer Warteschlange und gehen bei der nächsten Synchronisierung hinaus; die Statusleiste zeigt den Stand.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message>
        <source>Connected, but %1</source>
        <translation>Verbunden, aber %1</translation>
    </message>
</context>
<context>
    <name>coachtrack::app::TranscriptPanel</name>
    <message>
        <source>Search the transcript</source>
        <translation>Transkript durchsuchen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Import a transcript: WebVTT, Zoom, Teams (.vtt or .docx), SubRip, Google Meet, Otter.ai or Gong JSON</source>
        <translation>Transkript importieren: WebVTT, Zoom, Teams (.vtt oder .docx), SubRip, Google Meet, Otter.ai oder Gong-JSON</translation>
    </message>
    <message>
        <source>Fillers…</source>
        <translation>Füllwörter…</translation>
    </message>
    <message>
        <source>The filler words counted per minute for each speaker</source>
        <translation>Die pro Minute gezählten Füllwörter jedes Sprechers</translation>
    </message>
    <message>
        <source>No transcript for this call.
Import the one your meeting tool exported (File ▸ Import Transcript…).</source>
        <translation>Kein Transkript für dieses Gespräch.
Importieren Sie das von Ihrem Meeting-Tool exportierte (Datei ▸ Transkript importieren…).</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Sprecher</translation>
    </message>
    <message>
        <source>Said</source>
        <translation>Äußerung</translation>
    </message>
    <message>
        <source>Time estimated between the transcript&apos;s time marks</source>
        <translation>Zeit zwischen den Zeitmarken des Transkripts geschätzt</translation>
    </message>
    <message>
        <source>Moved onto the speech on %1&apos;s channel; the transcript file said %2–%3</source>
        <translation>Auf die Sprache im Kanal von %1 verschoben; laut Transkriptdatei %2–%3</translation>
    </message>
    <message>
        <source>Quote in a Shareable Note (Q)</source>
        <translation>In einer teilbaren Notiz zitieren (Q)</translation>
    </message>
    <message>
        <source>Play From Here</source>
        <translation>Ab hier abspielen</translation>
    </message>
    <message>
        <source>Role of %1</source>
        <translation>Rolle von %1</translation>
    </message>
    <message>
        <source>role?</source>
        <translation>Rolle?</translation>
    </message>
    <message>
        <source>proposed from the audio, %1% sure</source>
        <translation>aus dem Audio vorgeschlagen, %1 % sicher</translation>
    </message>
    <message>
        <source>given; remembered for the next call</source>
        <translation>festgelegt; wird für das nächste Gespräch gemerkt</translation>
    </message>
    <message>
        <source>choose a role</source>
        <translation>Rolle wählen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a speaker (their role)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>coachtrack::app::TransportBar</name>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Slower by 0.1× ([)</source>
        <translation>Um 0,1× langsamer ([)</translation>
    </message>
    <message>
        <source>Faster by 0.1× (])</source>
        <translation>Um 0,1× schneller (])</translation>
    </message>
    <message>
        <source>Playback speed; the voice keeps its pitch</source>
        <translation>Wiedergabegeschwindigkeit; die Stimme behält ihre Tonhöhe</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Volume (Ctrl+↑ / Ctrl+↓)</source>
        <translation>Lautstärke (Strg+↑ / Strg+↓)</translation>
    </message>
    <message>
        <source>Skip silence</source>
        <translation>Stille überspringen</translation>
    </message>
    <message>
        <source>Skipped 00.0 s</source>
        <translation>Übersprungen 00,0 s</translation>
    </message>
    <message>
        <source>Skipped 00:00</source>
        <translation>Übersprungen 00:00</translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation>Übersprungen %1</translation>
    </message>
    <message>
        <source>Skipped %1 s</source>
        <translation>Übersprungen %1 s</translation>
    </message>
    <message>
        <source>
Recording time skipped since the call opened: %1</source>
        <translation>
Seit dem Öffnen des Gesprächs übersprungene Aufnahmezeit: %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
</context>
<context>
    <name>coachtrack::app::WaveformView</name>
    <message>
        <source>Waveform and note lanes</source>
        <translation>Wellenform und Notizspuren</translation>
    </message>
    <message>
        <source>Shareable</source>
        <translation>Teilbar</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Focus %1</source>
        <translation>Fokus %1</translation>
    </message>
</context>
<context>
    <name>coachtrack::workflows::ReviewModel</name>
    <message>
        <source>The library %1 was opened read-only: %2</source>
        <translation>Die Bibliothek %1 wurde schreibgeschützt geöffnet: %2</translation>
    </message>
    <message>
        <source>%1. Shareable notes can be reviewed as usual; private notes show as locked.</source>
        <translation>%1. Teilbare Notizen können wie gewohnt geprüft werden; private Notizen werden als gesperrt angezeigt.</translation>
    </message>
    <message>
        <source>Swap focus item</source>
        <translation>Fokuspunkt tauschen</translation>
    </message>
</context>
</TS>
