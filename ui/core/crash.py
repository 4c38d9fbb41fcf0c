"""When something goes wrong that should not: a dialog in the user's language and a report on
disk that holds no case content.

    handler = CrashHandler(lambda: vault_path.parent)   # the data folder
    handler.install()       # sys.excepthook and threading.excepthook
    worker.unexpected.connect(handler.report_exception)

A windowed Windows program has no stderr, so without this an exception in a slot vanishes.
What a report holds, and why each part is safe to keep and to send to IT:

- the exception's type (`builtins.KeyError`), plus the `errno` of an OSError;
- for each frame: the module (a path inside the program or a library, never a folder in the
  user's home), the line number and the function name; the same for chained exceptions;
- the versions (Vertrouwen, Python, Qt, PySide6), the platform, the thread's name.

What it never holds: the exception's message (its text can quote note text: a KeyError names
the key, a ValueError the value), local variables, source lines, paths outside the program,
the vault's name. The report is written owner-only beside the vault, at most KEEP_REPORTS kept.
"""

from __future__ import annotations

import contextlib
import errno as errno_names
import os
import re
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

import vertrouwen
from ui.qt import (
    QApplication,
    QDialog,
    QObject,
    Qt,
    QThread,
    QWidget,
    Signal,
    Slot,
)
from vertrouwen.errors import VertrouwenError

REPORT_PREFIX = "vertrouwen-crash-"
KEEP_REPORTS = 10
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]

# Folders whose files are the program's own or a library's: a frame's file is shown from there
# on (`ui/shell/window.py`, `PySide6/...`), never with the folders above it (which can name
# the user).
_ANCHORS = ("site-packages", "dist-packages", "_internal", "lib-dynload")
_PROGRAM = Path(__file__).resolve().parents[2]  # the folder holding ui/ and vertrouwen/


def is_expected(exc: BaseException) -> bool:
    """Errors the screens word for the user themselves (vault, storage, input, the disk)."""
    return isinstance(exc, VertrouwenError | OSError)


def _frame_place(filename: str) -> str:
    """The module's path from the program's or a library's root, never the folders above."""
    parts = [part for part in re.split(r"[\\/]+", filename) if part]
    absolute = filename.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", filename) is not None
    if not absolute and ".." not in parts:
        return "/".join(
            parts
        )  # a bundle names its modules from the archive root: ui/shell/window.py
    for anchor in _ANCHORS:
        if anchor in parts:
            return "/".join(parts[len(parts) - parts[::-1].index(anchor) :])
    for root, label in ((_PROGRAM, ""), (Path(os.__file__).parent, "stdlib/")):
        with contextlib.suppress(ValueError):
            return label + Path(filename).resolve().relative_to(root).as_posix()
    return f"<other>/{parts[-1]}" if parts and filename.endswith(".py") else "<other>"


def _type_name(exc: BaseException) -> str:
    kind = type(exc)
    name = f"{kind.__module__}.{kind.__qualname__}"
    if isinstance(exc, OSError) and isinstance(exc.errno, int):
        name += f" (errno {errno_names.errorcode.get(exc.errno, exc.errno)})"
    return name


def _frames(tb: TracebackType | None) -> list[str]:
    return [
        f"  {_frame_place(frame.filename)}:{frame.lineno} in {frame.name}"
        for frame in traceback.extract_tb(tb)
    ]


def _qt_versions() -> str:
    try:
        from ui.qt import PYSIDE6_VERSION, qVersion

        return f"Qt {qVersion()}, PySide6 {PYSIDE6_VERSION}"
    except ImportError:  # pragma: no cover - the app always has them
        return "Qt unknown"


def versions_text() -> str:
    import platform  # only when a report is written (or About shows it)

    frozen = "bundle" if getattr(sys, "frozen", False) else "source"
    return (
        f"Vertrouwen {vertrouwen.__version__} ({frozen}); Python {platform.python_version()} "
        f"({platform.python_implementation()}); {_qt_versions()}; "
        f"{platform.system()} {platform.release()} {platform.machine()}"
    )


def build_report(exc: BaseException, thread_name: str, now: datetime | None = None) -> str:
    """The report's text: types, frames and versions only (see the module docstring)."""
    when = (now or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M:%S UTC")
    lines = [
        "Vertrouwen error report (no case content: no messages, values or file names)",
        f"time: {when}",
        f"versions: {versions_text()}",
        f"thread: {thread_name}",
    ]
    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain and len(chain) < 5:
        chain.append(current)
        current = current.__cause__ or current.__context__
    for index, item in enumerate(chain):
        heading = "exception" if index == 0 else "while handling / caused by"
        lines.append(f"{heading}: {_type_name(item)}")
        lines.append("frames (most recent call last):")
        lines.extend(_frames(item.__traceback__) or ["  (none)"])
    return "\n".join(lines) + "\n"


def write_report(folder: Path, text: str, now: datetime | None = None) -> Path:
    """Write the report owner-only into `folder`; keep the newest KEEP_REPORTS."""
    from vertrouwen.fileio import write_atomic

    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S-%f")
    path = folder / f"{REPORT_PREFIX}{stamp}.txt"
    write_atomic(path, text.encode("utf-8"))
    old = sorted(folder.glob(f"{REPORT_PREFIX}*.txt"))[:-KEEP_REPORTS]
    for stale in old:
        with contextlib.suppress(OSError):
            stale.unlink()
    return path


class CrashHandler(QObject):
    """Catches what nothing else caught and turns it into a report and a dialog."""

    _from_thread = Signal(object, str)

    def __init__(
        self,
        folder: Callable[[], Path],
        parent_widget: Callable[[], QWidget | None] = lambda: None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._folder = folder
        self._parent_widget = parent_widget
        self.dialog: QDialog | None = None
        self.reports: list[Path] = []
        self._previous: (
            tuple[
                Callable[[type[BaseException], BaseException, TracebackType | None], object],
                Callable[[threading.ExceptHookArgs], object],
            ]
            | None
        ) = None
        self._from_thread.connect(self._show, Qt.ConnectionType.QueuedConnection)

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def _excepthook(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        self.report_exception(exc)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        name = args.thread.name if args.thread is not None else "thread"
        self._from_thread.emit(args.exc_value, name)

    @Slot(object)
    def report_exception(self, exc: BaseException) -> None:
        """Write the report and show the dialog (from any thread)."""
        app = QApplication.instance()
        on_ui = app is not None and QThread.currentThread() is app.thread()
        name = threading.current_thread().name if not on_ui else "ui"
        if on_ui:
            self._show(exc, name)
        else:
            self._from_thread.emit(exc, name)

    @Slot(object, str)
    def _show(self, exc: BaseException, thread_name: str) -> None:
        report = build_report(exc, thread_name)
        path: Path | None
        try:
            path = write_report(self._folder(), report)
            self.reports.append(path)
        except (OSError, VertrouwenError):
            path = None
        # the message goes to stderr only where there is one (a terminal), never into the file
        if sys.stderr is not None:
            with contextlib.suppress(OSError, ValueError):
                sys.stderr.write(report)
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog at a time; a cascade of errors still writes its reports
        from ui.core.crash_dialog import CrashDialog  # loaded after the first window (PRELOAD)

        self.dialog = CrashDialog(report, path, self._parent_widget())
        self.dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.dialog.show()
        self.dialog.raise_()
