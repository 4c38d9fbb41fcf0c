"""One door into the vault: the rules the code keeps, read from its source.

- `vertrouwen.vault` (SQL, the connection, transactions) is imported only by the facade
  (`vertrouwen.workspace`) and the services that work on the vault *file* itself: the
  import-linter contract in pyproject.toml (run by `dev.py test`) forbids it everywhere else,
  and the test here keeps that contract's list of modules complete, so a new module is
  covered from its first line.
- Nothing outside `vertrouwen/vault/` touches a connection (`.conn` / `._conn`) or the data
  key (`._key`) of another object: the facade's `write`, `record`, `data_key`, `copy_to` are
  the way in.
"""

from __future__ import annotations

import ast
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
FACADE = "vertrouwen.workspace"
# below the facade: the vault itself and the backup service (copies, checks, places its file)
BENEATH = ("vertrouwen.vault", "vertrouwen.backup")
PRIVATE = ("conn", "_conn", "_key")
VAULT_CONTRACT = "The vault (SQL, connection, transactions)"


def _modules() -> Iterator[tuple[str, Path, ast.Module]]:
    for top in ("vertrouwen", "ui"):
        for path in sorted((ROOT / top).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            yield name, path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def _within(name: str, packages: tuple[str, ...] | list[str]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in packages)


def _is_vault(name: str) -> bool:
    return _within(name, ["vertrouwen.vault"])


def _vault_contract() -> dict[str, Any]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    found = [c for c in contracts if c["name"].startswith(VAULT_CONTRACT)]
    assert len(found) == 1, "the vault's import contract is missing from pyproject.toml"
    contract: dict[str, Any] = found[0]
    return contract


def test_the_vault_contract_covers_every_module_but_the_facade_and_services() -> None:
    contract = _vault_contract()
    assert contract["type"] == "forbidden" and contract["forbidden_modules"] == ["vertrouwen.vault"]
    sources: list[str] = contract["source_modules"]
    uncovered = [
        name
        for name, _, _ in _modules()
        if name not in ("vertrouwen", FACADE)
        and not _within(name, BENEATH)
        and not _within(name, sources)
    ]
    assert uncovered == []  # add them to the contract's source_modules
    assert not [s for s in sources if _within(s, [*BENEATH, FACADE])]
    # the services' exceptions name single vault modules, never the whole vault or its SQL
    for rule in contract["ignore_imports"]:
        imported = rule.partition(" -> ")[2]
        assert imported in ("vertrouwen.vault.keys", "vertrouwen.vault.placing"), rule


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


def test_the_attribute_rule_sees_what_it_forbids() -> None:
    tree = ast.parse("def f(ws):\n    ws.conn.execute('x')\n    return ws._key\n")
    assert sorted(a for _, a in _private_uses("vertrouwen.export.x", tree)) == ["_key", "conn"]
    assert [a for _, a in _private_uses("vertrouwen.vault.cases", tree)] == []
    facade = ast.parse("self._conn.execute('x')\nother._conn.close()\n")
    assert [a for _, a in _private_uses(FACADE, facade)] == ["_conn"]
