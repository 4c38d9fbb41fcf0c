"""One door into the vault: the rules the code keeps, read from its source.

- `vertrouwen.vault` (SQL, the connection, transactions) is imported only by the facade
  (`vertrouwen.workspace`) and by the services that work on the vault *file* itself, each
  only the vault modules it names below. Everything else (the CLI commands, exports, reports,
  all of `ui/`) goes through the facade and imports the values it needs from there.
- Nothing outside `vertrouwen/vault/` touches a connection (`.conn` / `._conn`) or the data
  key (`._key`) of another object: the facade's `write`, `record`, `data_key`, `copy_to` are
  the way in.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FACADE = "vertrouwen.workspace"
ANY = frozenset({"*"})
# Services below the facade, and the vault modules each may import (with why).
SERVICES: dict[str, frozenset[str]] = {
    # backup and restore copy, check and put in place the vault file, open or not
    "vertrouwen.backup": ANY,
    # a handover package is sealed with the vault's key derivation (Argon2id parameters)
    "vertrouwen.export.handover": frozenset({"vertrouwen.vault.keys"}),
    # `init`, `restore` and `restore-key` settle or place the vault file before it is opened
    "vertrouwen.commands.keys": frozenset({"vertrouwen.vault.placing", "vertrouwen.vault.keys"}),
    "vertrouwen.commands.backup": frozenset({"vertrouwen.vault.placing", "vertrouwen.vault.keys"}),
}
PRIVATE = ("conn", "_conn", "_key")


def _modules() -> Iterator[tuple[str, Path, ast.Module]]:
    for top in ("vertrouwen", "ui"):
        for path in sorted((ROOT / top).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            yield name, path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def _imported(name: str, tree: ast.Module, path: Path | None = None) -> Iterator[tuple[int, str]]:
    """(line, module) for every import in the file, functions' and TYPE_CHECKING's too."""
    is_package = path is not None and path.name == "__init__.py"
    package = name if is_package else name.rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolve against the importing package
                up = package.split(".")
                parent = up[: len(up) - (node.level - 1)]
                base = ".".join([*parent, base] if base else parent)
            for alias in node.names:  # `from vertrouwen.vault import db` imports a module
                sub = f"{base}.{alias.name}"
                yield node.lineno, sub if _is_module(sub) else base


def _is_module(name: str) -> bool:
    path = ROOT.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def _is_vault(module: str) -> bool:
    return module == "vertrouwen.vault" or module.startswith("vertrouwen.vault.")


def _allowed(importer: str, module: str) -> bool:
    if importer == FACADE or _is_vault(importer):
        return True
    for service, modules in SERVICES.items():
        if importer == service or importer.startswith(service + "."):
            return modules is ANY or module in modules
    return False


def test_vault_is_imported_only_by_the_facade_and_services() -> None:
    wrong = [
        f"{path.relative_to(ROOT)}:{line} imports {module}"
        for name, path, tree in _modules()
        for line, module in _imported(name, tree, path)
        if _is_vault(module) and not _allowed(name, module)
    ]
    assert wrong == []


def _private_uses(name: str, tree: ast.Module) -> Iterator[tuple[int, str]]:
    """(line, attribute) for each connection or key reached outside the vault."""
    if _is_vault(name):
        return
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or node.attr not in PRIVATE:
            continue
        own = isinstance(node.value, ast.Name) and node.value.id in ("self", "cls")
        if own and (name == FACADE or node.attr == "_key"):
            continue  # the facade's own connection; any object's own `_key` field
        yield node.lineno, node.attr


def test_nothing_outside_the_vault_touches_a_connection_or_the_key() -> None:
    wrong = [
        f"{path.relative_to(ROOT)}:{line} .{attr}"
        for name, path, tree in _modules()
        for line, attr in _private_uses(name, tree)
    ]
    assert wrong == []


def test_the_rules_see_what_they_forbid() -> None:
    """The walkers find a vault import and a `.conn` where one is written."""
    tree = ast.parse(
        "from vertrouwen.vault.db import transaction\n"
        "from vertrouwen import vault\n"
        "def f(ws):\n"
        "    from ..vault import keys\n"
        "    with transaction(ws.conn):\n"
        "        return ws._key\n"
    )
    found = {m for _, m in _imported("vertrouwen.export.x", tree) if _is_vault(m)}
    assert {"vertrouwen.vault.db", "vertrouwen.vault", "vertrouwen.vault.keys"} <= found
    assert not _allowed("vertrouwen.export.x", "vertrouwen.vault.db")
    assert not _allowed("ui.case.notes", "vertrouwen.vault.queries")
    assert not _allowed("vertrouwen.export.handover", "vertrouwen.vault.db")
    assert _allowed("vertrouwen.export.handover", "vertrouwen.vault.keys")
    assert _allowed("vertrouwen.backup.restore", "vertrouwen.vault.placing")
    assert sorted(a for _, a in _private_uses("vertrouwen.export.x", tree)) == ["_key", "conn"]
    assert [a for _, a in _private_uses("vertrouwen.vault.cases", tree)] == []
    facade = ast.parse("self._conn.execute('x')\nother._conn.close()\n")
    assert [a for _, a in _private_uses(FACADE, facade)] == ["_conn"]
