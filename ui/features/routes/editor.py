"""Routes beheren: the built-in complaint routes (read-only) and the user's own, edited as TOML.

Reached from the route tab ("Routes beheren…") and meant for Instellingen too:
`RouteEditorDialog(worker, dialogs, parent)` run through `dialogs.exec`. The text is checked
while typing (`check_text`: the route alone and beside the other own routes) and every problem
is listed with the line it points at; a click puts the cursor there. Saving is allowed only
when the text is valid, and happens on the worker (`ws.user_routes.save`, audited).
"""

from __future__ import annotations

from ui.core import theme
from ui.core.assets import icon
from ui.core.messages import describe
from ui.core.route_phrases import said_text
from ui.core.route_text import SCROLLBARS
from ui.core.worker import VaultWorker
from ui.features.routes.list import ID_ROLE, KIND_ROLE, LIST_STYLE, RouteList
from ui.kit.dialogs import Dialogs
from ui.kit.toml_editor import TomlEditor
from ui.kit.widgets import label
from ui.qt import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSize,
    QSplitter,
    Qt,
    QTextCursor,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from vertrouwen.routes import BUILTIN_ROUTES_DIR, RouteError, builtin_routes, parse_route
from vertrouwen.routes.text_places import NEW_ROUTE, copy_as_own, locate
from vertrouwen.routes.wording import Problem, Said, Text, dutch, say
from vertrouwen.workspace import Workspace, check_said

LINE_ROLE = int(Qt.ItemDataRole.UserRole) + 2


_THIS_ROUTE = (say(Problem.OWN_ROUTE), "<route>")  # the origin of the route being edited


def _readable(problem: Text) -> Text:
    """The problem without the origin the core puts in front (the editor shows one route)."""
    if isinstance(problem, Said) and problem.code is Problem.AT and problem.args[0] in _THIS_ROUTE:
        return problem.args[1]
    return problem


class RouteEditorDialog(QDialog):
    """List, view, copy, write and delete routes; own routes are saved in the vault."""

    def __init__(
        self, worker: VaultWorker, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.dialogs = dialogs
        self.setWindowTitle(self.tr("Klachtroutes beheren"))
        self.resize(1080, 720)
        self.stored: dict[str, str] = {}  # own routes: id -> TOML text
        self.builtin: dict[str, str] = {}
        self.editing: tuple[str, str | None] = ("none", None)  # ("builtin"|"own"|"new", id)
        self.saved_text = ""
        self.problems: list[str] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(12)
        layout.addWidget(label(self.tr("Klachtroutes"), "title"))
        layout.addWidget(
            label(
                self.tr(
                    "De ingebouwde routes volgen de wet of een voorbeeldregeling en zijn niet te "
                    "wijzigen; kopieer er een om hem aan te passen. Een eigen route met het id van "
                    "een ingebouwde route vervangt die voor al je dossiers."
                ),
                "muted",
                wrap=True,
            )
        )
        split = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        self.list = RouteList()
        self.list.currentItemChanged.connect(self._picked)
        left_layout.addWidget(self.list, 1)
        self.new_button = QPushButton(icon("plus", theme.PRIMARY), self.tr("Nieuwe route"))
        self.new_button.setIconSize(QSize(16, 16))
        self.new_button.clicked.connect(self.new_route)
        left_layout.addWidget(self.new_button)
        split.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.setSpacing(8)
        self.heading = label("", "subtitle", wrap=True)
        self.kind_note = label("", "faint", wrap=True)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.kind_note)
        self.editor = TomlEditor()
        self.editor.setStyleSheet(SCROLLBARS)
        self.editor.textChanged.connect(self._schedule_check)
        right_layout.addWidget(self.editor, 3)
        self.status = label("", wrap=True)
        right_layout.addWidget(self.status)
        self.problem_list = QListWidget()
        self.problem_list.setWordWrap(True)
        self.problem_list.setMaximumHeight(150)
        self.problem_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problem_list.setStyleSheet(LIST_STYLE)
        self.problem_list.itemClicked.connect(self._go_to_problem)
        self.problem_list.itemActivated.connect(self._go_to_problem)
        right_layout.addWidget(self.problem_list, 1)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([300, 760])
        layout.addWidget(split, 1)

        buttons = QHBoxLayout()
        self.copy_button = QPushButton(icon("copy", theme.INK), self.tr("Kopiëren als eigen route"))
        self.copy_button.clicked.connect(self.copy_builtin)
        self.delete_button = QPushButton(icon("trash", theme.DANGER), self.tr("Verwijderen"))
        self.delete_button.clicked.connect(self.delete_route)
        self.save_button = QPushButton(self.tr("Opslaan"))
        self.save_button.setProperty("kind", "primary")
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Sluiten"))
        close.clicked.connect(self.close_editor)
        for button in (self.copy_button, self.delete_button):
            button.setIconSize(QSize(16, 16))
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.check_now)
        self._show_state()
        self.reload()

    # -- loading ---------------------------------------------------------------------------
    def reload(self, select: tuple[str, str] | None = None) -> None:
        def work(ws: Workspace) -> tuple[dict[str, str], dict[str, str]]:
            texts = {
                rid: (BUILTIN_ROUTES_DIR / route.origin).read_text(encoding="utf-8")
                for rid, route in builtin_routes().items()
            }
            return ws.user_routes.texts(), texts

        self.worker.submit(work, lambda result: self._loaded(result, select), self._failed)

    def _loaded(
        self, result: tuple[dict[str, str], dict[str, str]], select: tuple[str, str] | None
    ) -> None:
        self.stored, self.builtin = result
        own = {}
        for rid, text in self.stored.items():
            try:
                own[rid] = parse_route(text).name
            except RouteError:
                own[rid] = rid  # stored by a newer program in a form this one cannot read
        self.list.fill(own, {rid: route.name for rid, route in builtin_routes().items()})
        if select is not None:
            self.select(*select)

    def select(self, kind: str, rid: str) -> None:
        self.list.select(kind, rid)

    # -- choosing what to edit ---------------------------------------------------------------
    @property
    def modified(self) -> bool:
        return self.editing[0] in ("own", "new") and self.editor.toPlainText() != self.saved_text

    def _may_leave(self) -> bool:
        """Unsaved changes: save them (when valid), throw them away, or stay."""
        if not self.modified:
            return True
        answer = self.dialogs.ask(
            self.tr("Wijzigingen in de route"),
            self.tr("De route heeft wijzigingen die nog niet zijn opgeslagen."),
            [self.tr("Weggooien"), self.tr("Blijven")],
            default=1,
        )
        return answer == 0

    def _picked(self, item: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if item is None or item.data(KIND_ROLE) is None:
            return
        if not self._may_leave():
            self.list.blockSignals(True)
            # Qt takes None (no current item) here; PySide6's stub does not say so
            self.list.setCurrentItem(previous)  # type: ignore[arg-type]
            self.list.blockSignals(False)
            return
        kind, rid = str(item.data(KIND_ROLE)), str(item.data(ID_ROLE))
        text = self.builtin.get(rid, "") if kind == "builtin" else self.stored.get(rid, "")
        self._open(kind, rid, text)

    def _open(self, kind: str, rid: str | None, text: str) -> None:
        self.editing = (kind, rid)
        self.saved_text = text if kind != "new" else ""
        self.editor.blockSignals(True)
        self.editor.setPlainText(text)
        self.editor.blockSignals(False)
        self.check_now()
        self._show_state()

    def new_route(self) -> None:
        if not self._may_leave():
            return
        rid, n = "mijn_route", 1
        while rid in self.stored:
            n += 1
            rid = f"mijn_route_{n}"
        self.list.clearSelection()
        self._open("new", None, NEW_ROUTE.format(id=rid))
        self.editor.setFocus()

    def copy_builtin(self) -> None:
        kind, rid = self.editing
        if kind != "builtin" or rid is None:
            return
        new_id, n = f"{rid}_eigen", 1
        while new_id in self.stored:
            n += 1
            new_id = f"{rid}_eigen_{n}"
        text = copy_as_own(self.builtin[rid], new_id, self.tr(" (eigen versie)"))
        self.list.clearSelection()
        self._open("new", None, text)
        self.kind_note.setText(
            self.tr(
                "Kopie van '{0}'. Geef hem het id '{0}' om de ingebouwde route te vervangen, of "
                "houd een eigen id om hem ernaast te gebruiken."
            ).format(rid)
        )

    # -- checking --------------------------------------------------------------------------
    def _schedule_check(self) -> None:
        self._timer.start()
        self._show_state()

    def check_now(self) -> list[str]:
        """Check the text now (the timer does this while typing); returns the problems."""
        self._timer.stop()
        kind, rid = self.editing
        text = self.editor.toPlainText()
        said = [] if kind in ("builtin", "none") else check_said(text, self.stored, rid)
        self.problems = [dutch(p) for p in said]  # the core's words (it finds the line from them)
        self.problem_list.clear()
        lines = []
        for problem, words in zip(said, self.problems, strict=True):
            line = locate(text, words)
            lines.append(line)
            shown = said_text(_readable(problem))  # from its code, in the UI language
            if line is not None:
                shown = self.tr("Regel {0}: {1}").format(line, shown)
            item = QListWidgetItem(icon("alert", theme.DANGER), shown)
            item.setData(LINE_ROLE, line)
            self.problem_list.addItem(item)
        self.problem_list.setVisible(bool(self.problems))
        self.editor.mark_lines({n for n in lines if n is not None})
        self._show_state()
        return self.problems

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        line = item.data(LINE_ROLE)
        if line is None:
            return
        block = self.editor.document().findBlockByLineNumber(int(line) - 1)
        cursor = QTextCursor(block)
        self.editor.setTextCursor(cursor)
        self.editor.centerCursor()
        self.editor.setFocus()

    def _show_state(self) -> None:
        kind, rid = self.editing
        editable = kind in ("own", "new")
        self.editor.setReadOnly(not editable)
        self.editor.setEnabled(kind != "none")
        self.copy_button.setVisible(kind == "builtin")
        self.delete_button.setVisible(kind == "own")
        self.save_button.setVisible(editable)
        self.save_button.setEnabled(editable and not self.problems and self.modified)
        if kind == "none":
            self.heading.setText(self.tr("Kies links een route"))
            self.kind_note.setText("")
            self.status.setText("")
            return
        if kind == "builtin":
            self.heading.setText(builtin_routes()[rid or ""].name if rid else "")
            self.kind_note.setText(self.tr("Ingebouwd, alleen te lezen (id: {0})").format(rid))
            self.status.setText("")
            return
        if kind == "own":
            item = self.list.currentItem()
            self.heading.setText(item.text() if item is not None else str(rid))
            self.kind_note.setText(
                self.tr("Eigen route, opgeslagen in je kluis (id: {0})").format(rid)
            )
        elif not self.kind_note.text().startswith(self.tr("Kopie")):
            self.heading.setText(self.tr("Nieuwe eigen route"))
            self.kind_note.setText(self.tr("Nog niet opgeslagen"))
        if self._timer.isActive():
            self.status.setProperty("role", "faint")
            self.status.setText(self.tr("Controleren\u2026"))
        elif self.problems:
            self.status.setProperty("role", "error")
            count = len(self.problems)
            self.status.setText(
                self.tr("1 probleem: zo kan de route niet worden opgeslagen.")
                if count == 1
                else self.tr("{0} problemen: zo kan de route niet worden opgeslagen.").format(count)
            )
        else:
            self.status.setProperty("role", "ok")
            self.status.setText(
                self.tr("De route is geldig.")
                + (self.tr(" Nog niet opgeslagen.") if self.modified else "")
            )
        theme.restyle(self.status)

    # -- saving and deleting -----------------------------------------------------------------
    def save(self) -> None:
        if self.check_now() or self.editing[0] not in ("own", "new"):
            return
        text, replacing = self.editor.toPlainText(), self.editing[1]
        self.save_button.setEnabled(False)

        def done(rid: str) -> None:
            self.saved_text = text
            self.editing = ("own", rid)
            self.reload(select=("own", rid))

        self.worker.submit(lambda ws: ws.user_routes.save(text, replacing), done, self._failed)

    def delete_route(self) -> None:
        kind, rid = self.editing
        if kind != "own" or rid is None:
            return
        if not self.dialogs.confirm(
            self.tr("Eigen route verwijderen?"),
            self.tr(
                "Dossiers die deze route volgen krijgen weer de standaardroute van hun regime. "
                "Vastgelegde stappen blijven staan."
            ),
            ok=self.tr("Verwijderen"),
            destructive=True,
        ):
            return
        self.saved_text = self.editor.toPlainText()  # nothing left to lose
        self.editing = ("none", None)
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self.problems = []
        self.problem_list.clear()
        self.editor.mark_lines(set())
        self._show_state()
        self.worker.submit(lambda ws: ws.user_routes.delete(rid), lambda _r: self.reload())

    def _failed(self, exc: Exception) -> None:
        problems = getattr(exc, "problems", None)
        if problems:
            self.check_now()
            return
        self.dialogs.warn(self.tr("Route niet opgeslagen"), describe(exc, "routes"))
        self._show_state()

    def close_editor(self) -> None:
        if self._may_leave():
            self.saved_text = self.editor.toPlainText()
            self.accept()

    def reject(self) -> None:
        # Escape and the window's close button come here; a lock (the worker is already
        # locked then) closes without asking.
        if self.worker.is_unlocked and self.modified and not self._may_leave():
            return
        super().reject()


def open_route_editor(worker: VaultWorker, dialogs: Dialogs, parent: QWidget) -> None:
    """Show the route editor over `parent` until the user closes it."""
    dialogs.exec(RouteEditorDialog(worker, dialogs, parent=parent))
