"""PyInstaller run-time hook: with VERTROUWEN_STARTUP_PROBE=1, report the first painted window.

The smoke test times "start to first window" of the bundled GUI from outside. Nothing in the
app prints when its window appears, so with that variable set (and only then) this hook wraps
QApplication to watch for the first paint of a top-level window and writes one line to stderr:
`vertrouwen-probe: first window painted after N.NNN s`. Without the variable it does nothing
beyond reading the environment, so the shipped app behaves exactly as the tested one.
"""

import os

if os.environ.get("VERTROUWEN_STARTUP_PROBE") == "1":
    import importlib.abc
    import importlib.machinery
    import sys
    import time

    _started = time.perf_counter()

    def _instrument(qtwidgets):
        from PySide6.QtCore import QEvent, QObject

        class _FirstPaint(QObject):
            def eventFilter(self, obj, event):
                if (
                    event.type() == QEvent.Type.Paint
                    and isinstance(obj, qtwidgets.QWidget)
                    and obj.isWindow()
                ):
                    elapsed = time.perf_counter() - _started
                    title = obj.windowTitle() or type(obj).__name__
                    print(
                        f"vertrouwen-probe: first window painted after {elapsed:.3f} s ({title!r})",
                        file=sys.stderr,
                        flush=True,
                    )
                    qtwidgets.QApplication.instance().removeEventFilter(self)
                return False

        base = qtwidgets.QApplication

        class QApplication(base):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                self._vertrouwen_probe = _FirstPaint()
                self.installEventFilter(self._vertrouwen_probe)

        QApplication.__name__ = QApplication.__qualname__ = "QApplication"
        qtwidgets.QApplication = QApplication

    class _Finder(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path, target=None):
            if name != "PySide6.QtWidgets":
                return None
            sys.meta_path.remove(self)
            spec = importlib.machinery.PathFinder.find_spec(name, path)
            if spec is None or spec.loader is None:
                return spec
            loader = spec.loader
            exec_module = loader.exec_module

            def exec_and_instrument(module):
                exec_module(module)
                _instrument(module)

            loader.exec_module = exec_and_instrument
            return spec

    sys.meta_path.insert(0, _Finder())
