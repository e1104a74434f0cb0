#!/usr/bin/env python3
"""Fails on a user-visible string literal in the window's code that does not go through tr().

Reads every .cpp under app/gui (the Qt Widgets window). A statement that hands text to the
screen (a label, button, action, menu, tab, tooltip, title, status message, message box, file
dialog caption, chart title...) must pass its words through tr() or QCoreApplication::translate.
A literal is a problem when it holds a word (two letters in a row) and is not the first argument
of tr(). A line may opt out with the comment `// not translated: <why>`.

Usage: check_translatable.py SOURCE_ROOT    (exit 1 and file:line for each problem)
"""
import pathlib
import re
import sys

VISIBLE_CALLS = re.compile(
    r"\b(setText|setWindowTitle|setToolTip|setStatusTip|setWhatsThis|setPlaceholderText|"
    r"setTitle|setTitleText|setLabelText|setPrefix|setSuffix|setSpecialValueText|showMessage|"
    r"addAction|addMenu|addTab|insertTab|setTabText|setTabToolTip|addItem|addItems|insertItem|"
    r"setItemText|setHeaderLabels|setHorizontalHeaderLabels|setVerticalHeaderLabels|"
    r"setInformativeText|setDetailedText|setAccessibleName|setAccessibleDescription|addRow|"
    r"setName|setOkButtonText|setCancelButtonText|setButtonText|addButton|setDefaultSuffix|"
    r"setNameFilter|setNameFilters|setFormat|"
    r"QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QAction|QMenu|QToolButton|"
    r"QDockWidget|QMessageBox::\w+|QFileDialog::\w+|QInputDialog::\w+|QProgressDialog|"
    r"QTreeWidgetItem|QListWidgetItem|QStandardItem|QTableWidgetItem)\s*\(")
# A string literal, plain or inside QStringLiteral / QLatin1String / u"" forms.
LITERAL = re.compile(r'(?:u8?|U|L)?"((?:[^"\\]|\\.)*)"')
WORD = re.compile(r"[A-Za-z]{2,}")
TRANSLATED_BEFORE = re.compile(
    r"(\btr|QT_TR_NOOP|QT_TRANSLATE_NOOP|translate)\s*\(\s*(\"[^\"]*\"\s*,\s*)?$")
OPT_OUT = "// not translated:"
# An identifier (a settings value, a shortcut's id, a file suffix): lower case, no spaces. A
# visible text of one lower-case word is missed by this rule; the window has none.
IDENTIFIER = re.compile(r"^[a-z0-9_\-./:]+$")
# HTML markup, entities and %1 place markers carry no language.
MARKUP = re.compile(r"<[^>]*>|&\w+;|%L?\d")


def is_language(text: str) -> bool:
    return not IDENTIFIER.match(text) and bool(WORD.search(MARKUP.sub(" ", text)))


def literal_problems(statement: str):
    previous_end, previous_ok = -1, False
    for match in LITERAL.finditer(statement):
        text = match.group(1)
        # "…" "…" on following lines is one literal: it shares the fate of its first part.
        if previous_end >= 0 and not statement[previous_end : match.start()].strip():
            previous_end = match.end()
            if not previous_ok and is_language(text):
                yield match.start(), text
            continue
        before = statement[: match.start()]
        # QStringLiteral( / QLatin1String( directly inside tr( is still a literal handed over.
        before = re.sub(r"(QStringLiteral|QLatin1String|QString::fromUtf8)\s*\(\s*$", "", before)
        previous_end = match.end()
        previous_ok = bool(TRANSLATED_BEFORE.search(before)) or not is_language(text)
        if not previous_ok:
            yield match.start(), text


def without_comments(source: str) -> str:
    """The source with // and /* */ comments blanked (line breaks kept), strings left alone."""
    out, i, n = [], 0, len(source)
    while i < n:
        c = source[i]
        if c == '"':
            j = i + 1
            while j < n and source[j] != '"':
                j += 2 if source[j] == "\\" else 1
            out.append(source[i : j + 1])
            i = j + 1
        elif c == "'":
            j = i + 1
            while j < n and source[j] != "'":
                j += 2 if source[j] == "\\" else 1
            out.append(source[i : j + 1])
            i = j + 1
        elif source.startswith("//", i):
            j = source.find("\n", i)
            j = n if j < 0 else j
            keep = OPT_OUT if source.startswith(OPT_OUT, i) else ""
            out.append(keep)
            i = j
        elif source.startswith("/*", i):
            j = source.find("*/", i + 2)
            j = n if j < 0 else j + 2
            out.append("\n" * source.count("\n", i, j))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


def statements(source: str):
    """Yields (line number, statement text) for each statement; a line marked OPT_OUT drops the
    statement it belongs to."""
    start, buffer, skip = None, [], False
    for number, line in enumerate(without_comments(source).split("\n"), 1):
        if OPT_OUT in line:
            skip = True
        if start is None:
            start = number
        buffer.append(line)
        if line.rstrip().endswith((";", "{", "}")):
            if not skip:
                yield start, "\n".join(buffer)
            start, buffer, skip = None, [], False


def check(root: pathlib.Path):
    problems = []
    for path in sorted((root / "app" / "gui").rglob("*.cpp")):
        source = path.read_text(encoding="utf-8")
        for line, statement in statements(source):
            if not VISIBLE_CALLS.search(statement):
                continue
            for offset, text in literal_problems(statement):
                at = line + statement[:offset].count("\n")
                problems.append(f"{path.relative_to(root)}:{at}: \"{text}\" is not passed "
                                "through tr()")
    return problems


def main():
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    problems = check(root)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} user-visible literal(s) outside tr(); wrap them in tr(), or mark "
              f"the line `{OPT_OUT} <why>` when the text is not language (a file name, a key)")
        return 1
    print("every user-visible literal in app/gui goes through tr()")
    return 0


if __name__ == "__main__":
    sys.exit(main())
