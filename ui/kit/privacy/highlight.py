"""Highlights personal data in a note editor while the advisor types, and offers one-click fixes.

    highlighter = PrivacyHighlighter(editor, role_labels=["moeder", "gezinsvoogd A"])
    highlighter.install_context_menu()
    highlighter.ignoreRequested.connect(lambda text: store_for_case(text))
    loader = DetectorLoader()              # once per app; slow, so in the background (loader.py)
    loader.ready.connect(highlighter.set_detector)
    loader.start()

Until the full detector arrives, only the pattern detectors run (numbers, e-mail, postcodes,
addresses, dates), so typing is never blocked and names light up once the tables are loaded.
Scans run on a thread pool 300 ms after the last keystroke, one at a time per editor; a result
for text that has changed since is dropped. Qt counts positions in UTF-16 code units and the
detector in Python characters; this module converts between them (emoji take two units).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

from ui.kit.privacy.loader import PoolSignals, PoolTask
from ui.qt import (
    QT_TRANSLATE_NOOP,
    QAction,
    QColor,
    QCoreApplication,
    QMenu,
    QPlainTextEdit,
    QPoint,
    QSyntaxHighlighter,
    Qt,
    QTextCharFormat,
    QTextCursor,
    QTextEdit,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from vertrouwen.privacy import (
    PLACEHOLDERS,
    Detector,
    Finding,
    normalise,
    replacement_span,
)

DEBOUNCE_MS = 300
Editor = QPlainTextEdit | QTextEdit


# Marked with QT_TRANSLATE_NOOP so lupdate lists them; kind_label translates at run time.
_KIND_LABELS = {
    "name": QT_TRANSLATE_NOOP("PrivacyHighlighter", "naam"),
    "bsn": QT_TRANSLATE_NOOP("PrivacyHighlighter", "BSN"),
    "phone": QT_TRANSLATE_NOOP("PrivacyHighlighter", "telefoonnummer"),
    "email": QT_TRANSLATE_NOOP("PrivacyHighlighter", "e-mailadres"),
    "iban": QT_TRANSLATE_NOOP("PrivacyHighlighter", "IBAN"),
    "address": QT_TRANSLATE_NOOP("PrivacyHighlighter", "adres"),
    "postcode": QT_TRANSLATE_NOOP("PrivacyHighlighter", "postcode"),
    "birthdate": QT_TRANSLATE_NOOP("PrivacyHighlighter", "geboortedatum"),
    "date": QT_TRANSLATE_NOOP("PrivacyHighlighter", "datum"),
    "other": QT_TRANSLATE_NOOP("PrivacyHighlighter", "ander persoonsgegeven"),
}


def kind_label(kind: str) -> str:
    """The name of a finding kind in the UI language, e.g. "telefoonnummer" / "phone number"."""
    source = _KIND_LABELS.get(kind, _KIND_LABELS["other"])
    return QCoreApplication.translate("PrivacyHighlighter", source)


def kind_title(kind: str) -> str:
    """`kind_label` starting with a capital, acronyms kept: "Naam", "IBAN", "BSN"."""
    text = kind_label(kind)
    return text[:1].upper() + text[1:]


def _as_plain(selected: str) -> str:
    # QTextCursor.selectedText() keeps Qt's separators; toPlainText() turns them into these
    return selected.replace("\u2029", "\n").replace("\u2028", "\n").replace("\u00a0", " ")


class _Utf16Map:
    """Converts between Python str indices and UTF-16 positions of one text."""

    def __init__(self, text: str) -> None:
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._astral16 = [i + n + 1 for n, i in enumerate(self._astral)]  # after each pair

    def to16(self, index: int) -> int:
        return index + bisect.bisect_left(self._astral, index)

    def from16(self, pos: int) -> int:
        return pos - bisect.bisect_right(self._astral16, pos)


@dataclass
class _Span:
    start: int  # UTF-16 document positions, shifted as the text changes
    end: int
    finding: Finding


class PrivacyHighlighter(QSyntaxHighlighter):
    """Marks findings in an editor's document and offers replacements in its context menu."""

    findingsChanged = Signal(int)  # number of open findings
    ignoreRequested = Signal(str)  # the advisor says this text is no personal data (this case)
    scanned = Signal()  # a scan result was applied (tests and status bars)
    scanFailed = Signal(str)  # the error's type name (never the note text)

    def __init__(
        self,
        editor: Editor,
        detector: Detector | None = None,
        *,
        role_labels: Iterable[str] = (),
        ignored: Iterable[str] = (),
        delay_ms: int = DEBOUNCE_MS,
    ) -> None:
        super().__init__(editor.document())
        self._editor = editor
        self._detector = detector if detector is not None else Detector()
        self._role_labels = list(role_labels)
        self._ignored = {normalise(t) for t in ignored}
        self._spans: list[_Span] = []
        self._ends: list[int] = []  # span ends, for finding the spans of a block quickly
        self._revision = 0  # counts real edits; a scan of an older revision is dropped
        self._scanning = False
        self._rescan = False
        self._signals = PoolSignals(self)
        self._signals.done.connect(self._scan_done)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start_scan)
        self._format = QTextCharFormat()
        self._format.setBackground(QColor(255, 214, 102))
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        self._format.setUnderlineColor(QColor(192, 57, 43))
        editor.document().contentsChange.connect(self._contents_change)
        self._timer.start()

    # -- configuration -------------------------------------------------------------------
    @Slot(object)
    def set_detector(self, detector: Detector) -> None:
        """Use `detector` from now on (e.g. the full one once loaded) and rescan at once."""
        self._detector = detector
        self._request_scan(immediately=True)

    def set_role_labels(self, labels: Iterable[str]) -> None:
        """The case's role labels offered under "Vervang door rol…"."""
        self._role_labels = list(labels)

    def set_ignored(self, texts: Iterable[str]) -> None:
        """Texts marked "not personal data" for this case; they are not highlighted."""
        self._ignored = {normalise(t) for t in texts}
        self._set_spans([s for s in self._spans if normalise(s.finding.text) not in self._ignored])
        self._request_scan(immediately=True)  # texts no longer ignored come back

    # -- current findings ----------------------------------------------------------------
    def findings(self) -> list[Finding]:
        """The open findings, with Python offsets into the editor's current plain text."""
        conv = _Utf16Map(self._editor.toPlainText())
        return [
            Finding(conv.from16(s.start), conv.from16(s.end), s.finding.kind, s.finding.text)
            for s in self._spans
        ]

    def finding_at(self, position: int) -> Finding | None:
        """The open finding under a cursor position (Qt's UTF-16 units), if any."""
        span = self._span_at(position)
        if span is None:
            return None
        conv = _Utf16Map(self._editor.toPlainText())
        return Finding(
            conv.from16(span.start), conv.from16(span.end), span.finding.kind, span.finding.text
        )

    def _span_at(self, position: int) -> _Span | None:
        return next((s for s in self._spans if s.start <= position <= s.end), None)

    # -- actions -------------------------------------------------------------------------
    def replace_finding(self, finding: Finding, replacement: str) -> bool:
        """Replace a finding (Python offsets into the current text) as one undoable edit."""
        conv = _Utf16Map(self._editor.toPlainText())
        start = conv.to16(finding.start)
        span = next((s for s in self._spans if s.start == start), None)
        return span is not None and self._replace(span, replacement)

    def ignore_finding(self, finding: Finding) -> None:
        """Stop flagging this text in this editor and ask the caller to store it for the case."""
        self._ignored.add(normalise(finding.text))
        self._set_spans([s for s in self._spans if normalise(s.finding.text) not in self._ignored])
        self.ignoreRequested.emit(finding.text)

    def _replace(self, span: _Span, replacement: str) -> bool:
        cursor = QTextCursor(self.document())
        cursor.setPosition(span.start)
        cursor.setPosition(span.end, QTextCursor.MoveMode.KeepAnchor)
        if _as_plain(cursor.selectedText()) != span.finding.text:
            return False  # the text moved under us; the next scan will find it again
        # "moeder Fatima" replaced by the role "moeder" reads "moeder", not "moeder moeder"
        text = self._editor.toPlainText()
        conv = _Utf16Map(text)
        start, end, replacement = replacement_span(
            text, conv.from16(span.start), conv.from16(span.end), replacement
        )
        cursor.setPosition(conv.to16(start))
        cursor.setPosition(conv.to16(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.beginEditBlock()
        cursor.insertText(replacement)
        cursor.endEditBlock()
        return True

    def populate_menu(self, menu: QMenu, position: int) -> bool:
        """Put the actions for the finding at `position` at the top of `menu`; False if none."""
        span = self._span_at(position)
        if span is None:
            return False
        before = menu.actions()[0] if menu.actions() else None
        title = self.tr("Persoonsgegeven: {kind}").format(kind=kind_label(span.finding.kind))
        roles = QMenu(self.tr("Vervang door rol…"), menu)
        for label in self._role_labels:
            roles.addAction(label).triggered.connect(
                lambda _=False, s=span, text=label: self._replace(s, text)
            )
        roles.setEnabled(bool(self._role_labels))
        placeholder = PLACEHOLDERS.get(span.finding.kind, PLACEHOLDERS["other"])
        replace = QAction(
            self.tr("Vervang door {placeholder}").format(placeholder=placeholder), menu
        )
        replace.triggered.connect(lambda _=False, s=span, p=placeholder: self._replace(s, p))
        ignore = QAction(self.tr("Geen persoonsgegeven (voor dit dossier)"), menu)
        ignore.triggered.connect(lambda _=False, f=span.finding: self.ignore_finding(f))
        if before is None:
            menu.addSection(title)
            menu.addMenu(roles)
            menu.addActions([replace, ignore])
        else:
            menu.insertSection(before, title)
            menu.insertMenu(before, roles)
            menu.insertActions(before, [replace, ignore])
            menu.insertSeparator(before)
        return True

    def install_context_menu(self) -> None:
        """Show the finding actions above the editor's own context menu."""
        self._editor.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._editor.customContextMenuRequested.connect(self._show_menu)

    @Slot(QPoint)
    def _show_menu(self, pos: QPoint) -> None:
        # QAbstractScrollArea reports the position in viewport coordinates
        menu = self._editor.createStandardContextMenu(pos)
        self.populate_menu(menu, self._editor.cursorForPosition(pos).position())
        menu.exec(self._editor.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # -- highlighting --------------------------------------------------------------------
    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        start = block.position()
        end = start + block.length()
        first = bisect.bisect_right(self._ends, start)
        for span in self._spans[first:]:
            if span.start >= end:
                break
            a, b = max(span.start, start), min(span.end, end)
            if b > a:
                self.setFormat(a - start, b - a, self._format)

    # -- scanning ------------------------------------------------------------------------
    @Slot(int, int, int)
    def _contents_change(self, position: int, removed: int, added: int) -> None:
        self._revision += 1
        delta = added - removed
        kept: list[_Span] = []
        for span in self._spans:
            if span.end < position:
                kept.append(span)
            elif span.start > position + removed:
                kept.append(_Span(span.start + delta, span.end + delta, span.finding))
            # an edit inside or right next to a finding drops it until the next scan
        self._set_spans(kept, rehighlight=False)
        # Qt has just re-highlighted the edited blocks, with the positions from before the
        # edit; redo those blocks (only) with the shifted ones.
        doc = self.document()
        block, last = doc.findBlock(position), doc.findBlock(position + added)
        while block.isValid():
            self.rehighlightBlock(block)
            if block == last:
                break
            block = block.next()
        self._timer.start()

    def _request_scan(self, immediately: bool = False) -> None:
        if immediately:
            self._timer.stop()
            self._start_scan()
        else:
            self._timer.start()

    @Slot()
    def _start_scan(self) -> None:
        if self._scanning:
            self._rescan = True
            return
        self._scanning, self._rescan = True, False
        text, detector = self._editor.toPlainText(), self._detector
        tag = (self._revision, text)
        task = PoolTask(lambda: detector.scan(text), tag, self._signals)
        QThreadPool.globalInstance().start(task)

    @Slot(object, object)
    def _scan_done(self, tag: object, result: object) -> None:
        self._scanning = False
        revision, text = cast(tuple[int, str], tag)
        if isinstance(result, Exception):
            self.scanFailed.emit(type(result).__name__)
        elif revision == self._revision and isinstance(result, list):
            conv = _Utf16Map(text)
            self._set_spans(
                [
                    _Span(conv.to16(f.start), conv.to16(f.end), f)
                    for f in result
                    if normalise(f.text) not in self._ignored
                ]
            )
            self.scanned.emit()
        # a newer edit restarted the timer; a request during this scan is served now
        if self._rescan:
            self._start_scan()

    def _set_spans(self, spans: list[_Span], rehighlight: bool = True) -> None:
        changed = spans != self._spans
        self._spans = spans
        self._ends = [s.end for s in spans]
        if rehighlight and changed:
            self.rehighlight()
        if changed:
            self.findingsChanged.emit(len(spans))
