"""The one place the UI imports PySide6 names, so a Qt upgrade touches one file.

Everything else in `ui/` does `from ui.qt import QWidget, Signal, ...`. Add names here as
areas need them: in the `TYPE_CHECKING` imports (what mypy and the import contracts read) and
in `__all__` (what resolves at run time, see `__getattr__`); tests/ui/test_qt_module.py keeps
the two in step.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

import PySide6

if TYPE_CHECKING:  # for mypy and the import contracts; at run time each name loads on first use
    from PySide6.QtCore import (
        SLOT,
        QAbstractListModel,
        QAbstractNativeEventFilter,
        QAbstractTableModel,
        QBuffer,
        QByteArray,
        QChildEvent,
        QCoreApplication,
        QDate,
        QElapsedTimer,
        QEvent,
        QIODevice,
        QItemSelectionModel,
        QLibraryInfo,
        QLocale,
        QLockFile,
        QMarginsF,
        QMimeData,
        QModelIndex,
        QModelRoleData,
        QModelRoleDataSpan,
        QObject,
        QPersistentModelIndex,
        QPoint,
        QPointF,
        QRect,
        QRectF,
        QRunnable,
        QSettings,
        QSize,
        QSortFilterProxyModel,
        QStandardPaths,
        QStringListModel,
        Qt,
        QThread,
        QThreadPool,
        QTimer,
        QTranslator,
        QUrl,
        Signal,
        Slot,
        qVersion,
    )
    from PySide6.QtGui import (
        QAccessible,
        QAction,
        QBrush,
        QCloseEvent,
        QColor,
        QDesktopServices,
        QDragEnterEvent,
        QDropEvent,
        QFont,
        QFontDatabase,
        QFontMetrics,
        QFontMetricsF,
        QGuiApplication,
        QIcon,
        QImage,
        QInputEvent,
        QInputMethodEvent,
        QKeyEvent,
        QKeySequence,
        QMouseEvent,
        QPageSize,
        QPainter,
        QPainterPath,
        QPaintEvent,
        QPalette,
        QPen,
        QPixmap,
        QResizeEvent,
        QShortcut,
        QShowEvent,
        QStandardItem,
        QStandardItemModel,
        QSyntaxHighlighter,
        QTextBlockFormat,
        QTextCharFormat,
        QTextCursor,
        QTextDocument,
        QTextFormat,
        QTextOption,
        QTransform,
        QUndoCommand,
        QUndoStack,
        QValidator,
    )
    from PySide6.QtNetwork import QLocalServer, QLocalSocket
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPdfWidgets import QPdfView
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
    from PySide6.QtSvg import QSvgRenderer
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractScrollArea,
        QAbstractSpinBox,
        QApplication,
        QBoxLayout,
        QButtonGroup,
        QCheckBox,
        QComboBox,
        QDateEdit,
        QDateTimeEdit,
        QDialog,
        QDialogButtonBox,
        QDoubleSpinBox,
        QFileDialog,
        QFormLayout,
        QFrame,
        QGridLayout,
        QGroupBox,
        QHBoxLayout,
        QHeaderView,
        QInputDialog,
        QLabel,
        QLayout,
        QLayoutItem,
        QLineEdit,
        QListView,
        QListWidget,
        QListWidgetItem,
        QMainWindow,
        QMenu,
        QMessageBox,
        QPlainTextEdit,
        QProgressBar,
        QPushButton,
        QRadioButton,
        QScrollArea,
        QScrollBar,
        QSizePolicy,
        QSpacerItem,
        QSpinBox,
        QSplitter,
        QStackedWidget,
        QStatusBar,
        QStyle,
        QStyledItemDelegate,
        QStyleOptionViewItem,
        QTabBar,
        QTableView,
        QTableWidget,
        QTableWidgetItem,
        QTabWidget,
        QTextBrowser,
        QTextEdit,
        QToolButton,
        QToolTip,
        QTreeView,
        QVBoxLayout,
        QWidget,
    )


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name lupdate knows
    """Marks `source` for lupdate under `context` and returns it untranslated, as Qt's own
    does; that one is typed `(object, object) -> object` in PySide6's stubs, which would make
    every table of such texts a table of objects to mypy."""
    return source


def dbus_module() -> object | None:
    """`PySide6.QtDBus`, or None where Qt was built without it (Windows, macOS wheels)."""
    try:
        from PySide6 import QtDBus
    except ImportError:
        return None
    return QtDBus


def item_parts(item: QLayoutItem | None) -> tuple[QWidget | None, QLayout | None]:
    """What a layout item from `itemAt`/`itemAtPosition` holds (its widget, its nested
    layout), with the item's Python wrapper let go. Read layout items only through this.

    PySide keeps the wrapper of such an item alive as long as its layout, but is not told when
    Qt deletes the item (its widget removed or deleted). The stale wrapper stays registered
    under the item's address, and a widget Qt makes later at that address comes back to
    Python as that QWidgetItem ("'QWidgetItem' object has no attribute 'parentWidget'", in a
    test now and then). A nested layout is a QObject PySide follows; it is left alone."""
    if item is None:
        return None, None
    parts = item.widget(), item.layout()
    if parts[1] is None:
        import shiboken6

        shiboken6.invalidate(item)
    return parts


def alive(obj: object) -> bool:
    """Whether `obj`, if it is a Qt object, still has its C++ side (a widget closed with its
    screen is deleted by Qt while Python may still hold a method of it)."""
    if not isinstance(obj, QObject):
        return True
    import shiboken6

    return bool(shiboken6.isValid(obj))


def delete_item(item: QLayoutItem) -> None:
    """Delete a widget or spacer item taken out of its layout (`takeAt` gives it to the caller;
    PySide does not own it, so without this the C++ item stays behind)."""
    import shiboken6

    shiboken6.delete(item)


PYSIDE6_VERSION: str = PySide6.__version__

__all__ = [
    "PYSIDE6_VERSION",
    "QT_TRANSLATE_NOOP",
    "SLOT",
    "QAbstractButton",
    "QAbstractItemView",
    "QAbstractListModel",
    "QAbstractNativeEventFilter",
    "QAbstractPrintDialog",
    "QAbstractScrollArea",
    "QAbstractSpinBox",
    "QAbstractTableModel",
    "QAccessible",
    "QAction",
    "QApplication",
    "QBoxLayout",
    "QBrush",
    "QBuffer",
    "QButtonGroup",
    "QByteArray",
    "QCheckBox",
    "QChildEvent",
    "QCloseEvent",
    "QColor",
    "QComboBox",
    "QCoreApplication",
    "QDate",
    "QDateEdit",
    "QDateTimeEdit",
    "QDesktopServices",
    "QDialog",
    "QDialogButtonBox",
    "QDoubleSpinBox",
    "QDragEnterEvent",
    "QDropEvent",
    "QElapsedTimer",
    "QEvent",
    "QFileDialog",
    "QFont",
    "QFontDatabase",
    "QFontMetrics",
    "QFontMetricsF",
    "QFormLayout",
    "QFrame",
    "QGridLayout",
    "QGroupBox",
    "QGuiApplication",
    "QHBoxLayout",
    "QHeaderView",
    "QIODevice",
    "QIcon",
    "QImage",
    "QInputDialog",
    "QInputEvent",
    "QInputMethodEvent",
    "QItemSelectionModel",
    "QKeyEvent",
    "QKeySequence",
    "QLabel",
    "QLayout",
    "QLayoutItem",
    "QLibraryInfo",
    "QLineEdit",
    "QListView",
    "QListWidget",
    "QListWidgetItem",
    "QLocalServer",
    "QLocalSocket",
    "QLocale",
    "QLockFile",
    "QMainWindow",
    "QMarginsF",
    "QMenu",
    "QMessageBox",
    "QMimeData",
    "QModelIndex",
    "QModelRoleData",
    "QModelRoleDataSpan",
    "QMouseEvent",
    "QObject",
    "QPageSize",
    "QPaintEvent",
    "QPainter",
    "QPainterPath",
    "QPalette",
    "QPdfDocument",
    "QPdfView",
    "QPen",
    "QPersistentModelIndex",
    "QPixmap",
    "QPlainTextEdit",
    "QPoint",
    "QPointF",
    "QPrintDialog",
    "QPrinter",
    "QPrinterInfo",
    "QProgressBar",
    "QPushButton",
    "QRadioButton",
    "QRect",
    "QRectF",
    "QResizeEvent",
    "QRunnable",
    "QScrollArea",
    "QScrollBar",
    "QSettings",
    "QShortcut",
    "QShowEvent",
    "QSize",
    "QSizePolicy",
    "QSortFilterProxyModel",
    "QSpacerItem",
    "QSpinBox",
    "QSplitter",
    "QStackedWidget",
    "QStandardItem",
    "QStandardItemModel",
    "QStandardPaths",
    "QStatusBar",
    "QStringListModel",
    "QStyle",
    "QStyleOptionViewItem",
    "QStyledItemDelegate",
    "QSvgRenderer",
    "QSyntaxHighlighter",
    "QTabBar",
    "QTabWidget",
    "QTableView",
    "QTableWidget",
    "QTableWidgetItem",
    "QTextBlockFormat",
    "QTextBrowser",
    "QTextCharFormat",
    "QTextCursor",
    "QTextDocument",
    "QTextEdit",
    "QTextFormat",
    "QTextOption",
    "QThread",
    "QThreadPool",
    "QTimer",
    "QToolButton",
    "QToolTip",
    "QTransform",
    "QTranslator",
    "QTreeView",
    "QUndoCommand",
    "QUndoStack",
    "QUrl",
    "QVBoxLayout",
    "QValidator",
    "QWidget",
    "Qt",
    "Signal",
    "Slot",
    "dbus_module",
    "delete_item",
    "item_parts",
    "qVersion",
]

# Each name is looked up in its Qt module when first asked for (`from ui.qt import QWidget` or
# `ui.qt.QWidget`) and kept. PySide6 builds a class's Python type, with all its enums, on first
# access: resolving all ~140 names at import took 130 ms (more than a bare window's start), and
# the first window uses a third of them (issue 16). The rest resolve on the thread that imports
# the areas after the first window (ui/shell/window.py, Preload). The PDF viewer and printing
# are Qt modules of their own that no first window needs.
_SEARCHED = ("PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets")
_ELSEWHERE = {
    "QLocalServer": "PySide6.QtNetwork",
    "QLocalSocket": "PySide6.QtNetwork",
    "QSvgRenderer": "PySide6.QtSvg",
    "QPdfDocument": "PySide6.QtPdf",
    "QPdfView": "PySide6.QtPdfWidgets",
    "QAbstractPrintDialog": "PySide6.QtPrintSupport",
    "QPrintDialog": "PySide6.QtPrintSupport",
    "QPrinter": "PySide6.QtPrintSupport",
    "QPrinterInfo": "PySide6.QtPrintSupport",
}
_NAMES = frozenset(__all__)
_MISSING = object()


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    where = _ELSEWHERE.get(name)
    for module in (where,) if where else _SEARCHED:
        value = getattr(importlib.import_module(module), name, _MISSING)
        if value is not _MISSING:
            globals()[name] = value
            return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")  # pragma: no cover
