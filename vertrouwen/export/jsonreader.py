"""A strict reader for JSON input files: every failure is one line naming where it is.

`load_json` parses bytes (UTF-8, optional byte-order mark) and keeps track of keys given twice
in one object, which `json.loads` would silently drop; `JsonReader` checks objects, keys and
typed values and raises `InputError` with the file, a label (such as the case) and the key path.
"""

from __future__ import annotations

import difflib
import json
import re
from collections import Counter
from datetime import date
from enum import StrEnum
from typing import Any, NoReturn, TypeVar

from vertrouwen.clock import MAX_YEAR, MIN_YEAR, parse_iso_date
from vertrouwen.errors import ErrorCode, InputError, quote

DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # fullmatch: "2026-03-02\n" is no date

E = TypeVar("E", bound=StrEnum)


class _Object(dict[str, Any]):
    """A JSON object that remembers keys given twice (json.loads keeps only the last)."""

    duplicates: tuple[str, ...] = ()


def _pairs(pairs: list[tuple[str, Any]]) -> _Object:
    obj = _Object(pairs)
    if len(obj) != len(pairs):
        counts = Counter(k for k, _ in pairs)
        obj.duplicates = tuple(k for k, n in counts.items() if n > 1)
    return obj


def _no_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a JSON number")


def describe(value: Any) -> str:
    """What a JSON value is, in words, for error messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "text"
    return "a number"


class JsonReader:
    """Checks one part of a file; every failure names the file, the part (e.g. the case) and
    the key path, and ends with what happened (`outcome`)."""

    def __init__(
        self, source: str, case_label: str = "", outcome: str = "nothing was imported"
    ) -> None:
        self.source = source
        self.case_label = case_label
        self.outcome = outcome

    def fail(self, path: str, problem: str, code: ErrorCode = ErrorCode.FILE_CONTENT) -> NoReturn:
        where = ": ".join(p for p in (self.source, self.case_label, path) if p)
        raise InputError(
            code,
            where=where,
            problem=problem,
            outcome=self.outcome,
            source=self.source,
            key=path,
        )

    def obj(self, value: Any, path: str, keys: tuple[str, ...]) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(path or "top level", f"expected an object, found {describe(value)}")
        for key in getattr(value, "duplicates", ()):
            self.fail(join(path, key), "this key is given twice in the same object")
        for key in value:
            if key not in keys:
                hint = difflib.get_close_matches(key, keys, n=1)
                extra = f' (did you mean "{hint[0]}"?)' if hint else f" (known: {', '.join(keys)})"
                self.fail(join(path, key), f"unknown key {quote(key)}{extra}")
        return value

    def text(self, obj: dict[str, Any], key: str, path: str, *, required: bool = False) -> str:
        value = obj.get(key)
        if value is None:
            if required:
                self.fail(join(path, key), "is required")
            return ""
        if not isinstance(value, str):
            self.fail(join(path, key), f"expected text, found {describe(value)}")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            self.fail(join(path, key), "contains an invalid character (a lone surrogate)")
        return value

    def opt_text(self, obj: dict[str, Any], key: str, path: str) -> str | None:
        return self.text(obj, key, path) or None

    def day(self, obj: dict[str, Any], key: str, path: str) -> date | None:
        raw = self.text(obj, key, path)
        if not raw:
            return None
        if not DATE_RE.fullmatch(raw):
            self.fail(join(path, key), f"{quote(raw)} is not a date in the form YYYY-MM-DD")
        day = parse_iso_date(raw)
        if day is None:
            if MIN_YEAR <= int(raw[:4]) <= MAX_YEAR:
                self.fail(join(path, key), f"{quote(raw)} is not a date that exists")
            self.fail(
                join(path, key), f"{quote(raw)} is outside the years {MIN_YEAR} to {MAX_YEAR}"
            )
        return day

    def required_day(self, obj: dict[str, Any], key: str, path: str) -> date:
        found = self.day(obj, key, path)
        if found is None:
            self.fail(join(path, key), "is required (a date YYYY-MM-DD)")
        return found

    def enum(self, obj: dict[str, Any], key: str, path: str, kind: type[E]) -> E | None:
        raw = self.text(obj, key, path)
        return self.slug(raw, join(path, key), kind) if raw else None

    def required_enum(self, obj: dict[str, Any], key: str, path: str, kind: type[E]) -> E:
        found = self.enum(obj, key, path, kind)
        if found is None:
            allowed = ", ".join(m.value for m in kind)
            self.fail(join(path, key), f"is required (one of: {allowed})")
        return found

    def slug(self, raw: Any, path: str, kind: type[E]) -> E:
        if not isinstance(raw, str):
            self.fail(path, f"expected text, found {describe(raw)}")
        try:
            return kind(raw)
        except ValueError:
            allowed = ", ".join(m.value for m in kind)
            self.fail(path, f"unknown value {quote(raw)} (expected one of: {allowed})")

    def boolean(self, obj: dict[str, Any], key: str, path: str) -> bool:
        value = obj.get(key)
        if value is None:
            return False
        if not isinstance(value, bool):
            self.fail(join(path, key), f"expected true or false, found {describe(value)}")
        return value

    def integer(self, obj: dict[str, Any], key: str, path: str, maximum: int) -> int | None:
        value = obj.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(join(path, key), f"expected a whole number, found {describe(value)}")
        if not 0 <= value <= maximum:
            self.fail(join(path, key), f"{value} is out of range (0 to {maximum})")
        return value

    def items(self, obj: dict[str, Any], key: str, path: str) -> list[Any]:
        value = obj.get(key)
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(join(path, key), f"expected a list, found {describe(value)}")
        return value

    def slugs(self, obj: dict[str, Any], key: str, path: str, kind: type[E]) -> list[E]:
        found = [
            self.slug(v, f"{join(path, key)}[{i}]", kind)
            for i, v in enumerate(self.items(obj, key, path))
        ]
        return list(dict.fromkeys(found))  # a slug given twice counts once, as in the vault


def join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def load_json(data: bytes, reader: JsonReader) -> Any:
    """Parse `data`; malformed, truncated or non-UTF-8 input fails through `reader`."""
    try:
        text = data.decode("utf-8-sig")  # editors on Windows may add a byte-order mark
    except UnicodeDecodeError as exc:
        reader.fail("", f"not UTF-8 text (byte {exc.start})")
    try:
        return json.loads(text, object_pairs_hook=_pairs, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}"
        reader.fail("", f"not valid JSON at {where}: {exc.msg} (is the file cut off?)")
    except RecursionError:
        reader.fail("", "not valid JSON for this program (lists or objects nested too deeply)")
    except ValueError as exc:
        reader.fail("", f"not valid JSON ({exc})")
