"""The command-line promises of shared/CONTRACT.md, pinned from outside, one test per promise.

Only what the per-command acceptance tests (test_cli_*.py, tests/security, test_routes_cli.py)
do not already pin: where options and secrets come from, the exit statuses and the one-line
errors, "nothing is ever half-written" byte for byte, `scan` as a program, and the interchange
round trip through the command line.
"""

from __future__ import annotations

import hashlib
import json
import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT, Cli, CliResult, VaultFiles, make_case
from vertrouwen.vault.keys import slot_path

TODAY = {"VERTROUWEN_TODAY": "2026-04-01"}
KINDS = {"name", "bsn", "phone", "email", "iban", "address", "postcode", "birthdate", "date"}
KINDS |= {"other"}

CASE: dict[str, Any] = {
    "opened": "2026-03-02",
    "closed": None,
    "result": None,
    "client_role": "parent",
    "organisation": {"name": "Veilig Thuis Regio", "kind": "veilig_thuis"},
    "regime": "jeugdwet",
    "topics": ["treatment", "communication"],
    "goals": ["apology"],
    "notes": [
        {"id": "n1", "date": "2026-03-02", "kind": "conversation", "minutes": 45,
         "text": "Gesprek over de ZEBRAVINK-afspraak.\r\nTweede regel 😀 café."},
        {"id": "n2", "date": "2026-03-04", "kind": "phone", "minutes": None,
         "text": "Teruggebeld over GIRAFFEHALS."},
    ],
    "actions": [{"description": "Brief", "owner": "client", "due": "2026-03-10", "done": False}],
    "complaint_points": [{"summary": "Niet teruggebeld", "desired_outcome": "Excuses",
                          "verdict": None}],
    "steps": [{"step": "signaal", "started": "2026-03-02", "ended": "2026-03-09",
               "outcome": "not_resolved"}],
    "consents": [{"given": "2026-03-05", "recipient": "Klachtencommissie",
                  "purpose": "formele klacht",
                  "scope": {"notes": ["n1"], "complaint_points": True, "steps": True,
                            "actions": False},
                  "withdrawn": None}],
}  # fmt: skip


def document(*cases: dict[str, Any]) -> dict[str, Any]:
    return {"format": "vertrouwen-case", "version": 1, "cases": list(cases)}


def write_json(path: Path, content: Any) -> Path:
    path.write_text(json.dumps(content, ensure_ascii=False), encoding="utf-8")
    return path


def digest(*paths: Path) -> str:
    h = hashlib.sha256()
    for path in paths:
        h.update(path.read_bytes() if path.exists() else b"<absent>")
    return h.hexdigest()


def vault_digest(vault: VaultFiles) -> str:
    return digest(vault.path, slot_path(vault.path))


def one_line_error(result: CliResult, code: int) -> str:
    """The contract's error form: the status, one line on stderr, no traceback."""
    assert result.code == code, (result.code, result.err)
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert "Traceback" not in result.err
    return lines[0]


def add_case(vault: VaultFiles, **overrides: object) -> str:
    ws = vault.open()
    try:
        return ws.cases.add(make_case(**overrides))
    finally:
        ws.close()


# -- global options and where the passphrase comes from -------------------------------------
def test_global_options_before_after_and_between(cli: Cli, vault: VaultFiles) -> None:
    code = add_case(vault)
    vault_opts = ["--vault", str(vault.path)]
    pass_opts = ["--passphrase-file", str(cli.passphrase_file)]
    for args in (
        [*vault_opts, *pass_opts, "advice", code, "--json"],
        ["advice", code, "--json", *vault_opts, *pass_opts],
        [*vault_opts, "advice", *pass_opts, code, "--json"],
        ["--debug", *pass_opts, "advice", "--json", code, *vault_opts],
    ):
        result = cli(*args, with_vault=False, env=TODAY)
        assert result.code == 0, (args, result.err)
        assert set(json.loads(result.out)) == {"next", "deadlines", "warnings"}


def test_vault_from_environment_and_option_wins(cli: Cli, vault: VaultFiles) -> None:
    pass_opts = ["--passphrase-file", str(cli.passphrase_file)]
    env = {"VERTROUWEN_VAULT": str(vault.path)}
    assert cli("verify", *pass_opts, with_vault=False, env=env).code == 0
    nowhere = {"VERTROUWEN_VAULT": str(cli.tmp_path / "nergens.db")}
    line = one_line_error(cli("verify", *pass_opts, with_vault=False, env=nowhere), 4)
    assert "nergens.db" in line
    both = ["--vault", str(vault.path), *pass_opts]
    assert cli("verify", *both, with_vault=False, env=nowhere).code == 0


def test_passphrase_file_beats_environment(cli: Cli, vault: VaultFiles) -> None:
    env = {"VERTROUWEN_PASSPHRASE": "not the passphrase"}
    assert cli("verify", env=env).code == 0  # the fixture passes --passphrase-file
    alone = cli("verify", "--vault", str(vault.path), with_vault=False, env=env)
    assert "wrong passphrase" in one_line_error(alone, 3)


def test_no_passphrase_off_a_terminal_is_a_usage_error(cli: Cli, vault: VaultFiles) -> None:
    before = vault_digest(vault)
    line = one_line_error(cli("verify", "--vault", str(vault.path), with_vault=False), 2)
    assert "--passphrase-file" in line and "VERTROUWEN_PASSPHRASE" in line
    assert vault_digest(vault) == before


def test_init_without_passphrase_names_the_options_it_has(cli: Cli, tmp_path: Path) -> None:
    # init has no --new-passphrase-file: the hint must name what init takes
    path = tmp_path / "nieuw.db"
    line = one_line_error(cli("init", "--vault", str(path), with_vault=False), 2)
    assert "--passphrase-file" in line and "--new-passphrase-file" not in line
    assert not path.exists() and not slot_path(path).exists()


def test_init_with_passphrase_from_environment(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "env.db"
    env = {"VERTROUWEN_PASSPHRASE": "een zin van vier woorden"}
    result = cli("init", "--vault", str(path), with_vault=False, env=env)
    assert result.code == 0, result.err
    assert result.out.startswith("recovery key: ")
    assert cli("verify", "--vault", str(path), with_vault=False, env=env).code == 0


def test_a_folder_is_not_a_vault(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "map"
    folder.mkdir()
    for command in (["verify"], ["init"]):
        args = [*command, "--vault", str(folder), "--passphrase-file", str(cli.passphrase_file)]
        assert "is a folder" in one_line_error(cli(*args, with_vault=False), 4)
    assert list(folder.iterdir()) == []


def _on_terminal(args: list[str], answers: list[str]) -> tuple[int, str, bytes]:
    """Run with a pseudo-terminal as stdin, typing each answer once its prompt is shown.

    Returns the status, stderr and what the terminal showed (echo). A new session without a
    controlling terminal makes getpass read the pty we hold rather than a real /dev/tty.
    """
    master, slave = pty.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith("VERTROUWEN_PASS")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "vertrouwen", *args],
        stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT, env=env,
        start_new_session=True,
    )  # fmt: skip
    os.close(slave)
    assert proc.stderr is not None
    err, shown = b"", b""
    deadline = time.monotonic() + 60
    for answer in answers:
        prompts = err.count(b": ") + 1
        while err.count(b": ") < prompts and proc.poll() is None:
            assert time.monotonic() < deadline, err
            ready, _, _ = select.select([proc.stderr, master], [], [], 1)
            if proc.stderr in ready:
                err += os.read(proc.stderr.fileno(), 4096)
            if master in ready:
                shown += os.read(master, 4096)
        os.write(master, answer.encode() + b"\n")
    _, more = proc.communicate(timeout=60)
    try:
        while select.select([master], [], [], 0.2)[0]:
            shown += os.read(master, 4096)
    except OSError:
        pass  # the terminal closed with the process
    os.close(master)
    return proc.returncode, (err + more).decode(), shown


def test_hidden_prompt_on_a_terminal(vault: VaultFiles) -> None:
    args = ["verify", "--vault", str(vault.path)]
    code, err, shown = _on_terminal(args, [vault.passphrase])
    assert code == 0, err
    assert "Passphrase:" in err
    assert vault.passphrase.encode() not in shown  # typed without echo


def test_three_wrong_tries_on_a_terminal_is_exit_3(vault: VaultFiles) -> None:
    before = vault_digest(vault)
    args = ["verify", "--vault", str(vault.path)]
    code, err, _ = _on_terminal(args, ["fout een", "fout twee", "fout drie"])
    assert code == 3, err
    assert err.count("Passphrase:") == 3 and "Traceback" not in err
    assert vault_digest(vault) == before


# -- exit statuses and the error form --------------------------------------------------------
@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["frobnicate"], id="unknown-command"),
        pytest.param(["export"], id="missing-arguments"),
        pytest.param(["demo", "--cases", "veel"], id="not-a-number"),
        pytest.param(["pdf", "X", "--kind", "brief", "--out", "x.pdf"], id="bad-choice"),
        pytest.param(["stats", "--year", "2026", "--format", "xml"], id="bad-format"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(cli: Cli, args: list[str]) -> None:
    line = one_line_error(cli(*args), 2)
    assert line.startswith("vertrouwen") and "--help" in line


def test_debug_adds_a_traceback_and_keeps_the_status(cli: Cli, tmp_path: Path) -> None:
    wrong = tmp_path / "fout.txt"
    wrong.write_text("niet de zin\n", encoding="utf-8")
    vault = str(cli.vault.path)
    result = cli("verify", "--debug", "--vault", vault, "--passphrase-file", str(wrong),
                 with_vault=False)  # fmt: skip
    assert result.code == 3
    assert "Traceback" in result.err and "wrong passphrase" in result.err.splitlines()[-1]


def test_desktop_app_without_a_display_is_a_clear_error(cli: Cli) -> None:
    env = {k: "" for k in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    line = one_line_error(cli("gui", env=env), 1)
    assert "display" in line


def test_a_reader_that_goes_away_ends_quietly(cli: Cli) -> None:
    # `vertrouwen verify | head -c 0`: no "unexpected error", no traceback
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody reads: the first write fails with EPIPE
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "vertrouwen", "verify", "--vault", str(cli.vault.path),
             "--passphrase-file", str(cli.passphrase_file)],
            stdout=write_end, stderr=subprocess.PIPE, cwd=ROOT, timeout=120, check=False,
        )  # fmt: skip
    finally:
        os.close(write_end)
    err = proc.stderr.decode()
    assert "unexpected error" not in err and "Traceback" not in err and "Exception" not in err


def test_installed_command_is_the_same_program(cli: Cli) -> None:
    script = Path(sys.executable).with_name("vertrouwen")
    if not script.exists():
        pytest.skip("no installed console script beside this interpreter")
    installed = subprocess.run(
        [str(script), "verify", "--vault", str(cli.vault.path), "--passphrase-file",
         str(cli.passphrase_file)],
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    module = cli("verify")
    assert module.code == installed.returncode == 0, installed.stderr
    assert installed.stdout == module.out


# -- nothing is ever half-written -------------------------------------------------------------
FAILING = [
    pytest.param(["export", "VP-2099-0001", "--out", "{out}"], 2, id="export-unknown-code"),
    pytest.param(["export", "{code}", "--out", "{missing}"], 1, id="export-missing-folder"),
    pytest.param(["advice", "VP-2099-0001", "--json"], 2, id="advice-unknown-code"),
    pytest.param(["destroy", "VP-2099-0001", "--yes"], 2, id="destroy-unknown-code"),
    pytest.param(["pdf", "{code}", "--kind", "anonymous", "--out", "{out}"], 5, id="pdf-refused"),
    pytest.param(["backup", "--out", "{out}"], 2, id="backup-over-another-file"),
    pytest.param(["stats", "--year", "2026", "--pdf", "{folder}"], 1, id="stats-pdf-on-folder"),
    pytest.param(["demo", "--cases", "3"], 2, id="demo-on-real-cases"),
    pytest.param(["passwd"], 2, id="passwd-without-new-passphrase"),
    pytest.param(["import", "{taken_bad}"], 6, id="import-bad-second-case"),
]


@pytest.mark.parametrize(("args", "status"), FAILING)
def test_failed_command_leaves_vault_and_output_byte_for_byte(
    cli: Cli, vault: VaultFiles, tmp_path: Path, args: list[str], status: int
) -> None:
    code = add_case(vault, consents=[])  # no consent: every PDF is refused
    out = tmp_path / "bestaand.bin"
    out.write_bytes(b"was hier al")
    folder = tmp_path / "map"
    folder.mkdir()
    bad = document({**CASE, "code": code}, {**CASE, "regime": "jeugd"})
    names = {
        "out": str(out),
        "code": code,
        "missing": str(tmp_path / "nergens" / "x.json"),
        "folder": str(folder),
        "taken_bad": str(write_json(tmp_path / "slecht.json", bad)),
    }
    before = (vault_digest(vault), digest(out))
    result = cli(*[a.format(**names) for a in args], env=TODAY)
    one_line_error(result, status)
    assert (vault_digest(vault), digest(out)) == before
    assert list(folder.iterdir()) == []
    assert not (tmp_path / "nergens").exists()


def test_recover_that_fails_leaves_the_vault_as_it_was(
    cli: Cli, vault: VaultFiles, tmp_path: Path
) -> None:
    key = tmp_path / "herstel.txt"
    key.write_text(vault.recovery_key.hex() + "\n", encoding="utf-8")
    before = vault_digest(vault)
    result = cli("recover", "--recovery-key-file", str(key), "--vault", str(vault.path),
                 with_vault=False)  # fmt: skip
    assert "--new-passphrase-file" in one_line_error(result, 2)
    assert vault_digest(vault) == before


def test_verify_reports_a_damaged_page_without_writing(cli: Cli, vault: VaultFiles) -> None:
    ws = vault.open()
    for _ in range(12):  # enough pages that one in the middle holds table data
        ws.cases.add(make_case())
    ws.close()
    data = bytearray(vault.path.read_bytes())
    pages = len(data) // 4096
    data[(pages // 2) * 4096 + 1000] ^= 0x10
    vault.path.write_bytes(bytes(data))
    before = vault_digest(vault)
    result = cli("verify")
    assert result.code == 4, result.err
    assert "damaged" in result.err.strip().splitlines()[-1] and "Traceback" not in result.err
    assert vault_digest(vault) == before


def test_read_command_while_another_program_writes(cli: Cli, vault: VaultFiles) -> None:
    # The desktop app holds a write lock: `advice` still answers (its unlock entry cannot be
    # written, which is only a warning), and `import` fails cleanly with nothing imported.
    code = add_case(vault)
    ws = vault.open()
    try:
        ws._conn.execute("BEGIN IMMEDIATE")
        result = cli("advice", code, "--json", env=TODAY)
        assert result.code == 0, result.err
        assert set(json.loads(result.out)) == {"next", "deadlines", "warnings"}
        assert "warning" in result.err and "Traceback" not in result.err
        source = write_json(cli.tmp_path / "in.json", document(CASE))
        assert "in use" in one_line_error(cli("import", str(source)), 1)
        ws._conn.execute("ROLLBACK")
        assert ws.cases.count() == 1
    finally:
        ws.close()


# -- import and export -----------------------------------------------------------------------
def test_round_trip_of_every_shape_through_the_command_line(cli: Cli, tmp_path: Path) -> None:
    minimal = {k: CASE[k] for k in ("opened", "client_role", "organisation", "regime")}
    nulls = {
        **minimal, "code": None, "closed": None, "result": None, "route": None, "topics": None,
        "goals": [], "notes": None, "actions": [], "complaint_points": None, "steps": [],
        "consents": None,
    }  # fmt: skip
    closed = {**CASE, "code": "ABC.12_x", "closed": "2026-05-01", "result": "formal_complaint"}
    source = write_json(tmp_path / "in.json", document(CASE, minimal, nulls, closed))
    result = cli("import", str(source))
    assert result.code == 0, result.err
    codes = result.out.split()
    assert codes[:3] == ["VP-2026-0001", "VP-2026-0002", "VP-2026-0003"]
    assert codes[3] == "ABC.12_x"
    empty: dict[str, Any] = {"code": None, "closed": None, "result": None, "route": None}
    empty |= {k: [] for k in ("topics", "goals", "notes", "actions", "complaint_points")}
    empty |= {"steps": [], "consents": []}
    for code, case in zip(codes, [CASE, minimal, nulls, closed], strict=True):
        out = tmp_path / f"{code}.json"
        assert cli("export", code, "--out", str(out)).code == 0
        [written] = json.loads(out.read_text(encoding="utf-8"))["cases"]
        expected = {**empty, **{k: v for k, v in case.items() if v is not None}, "code": code}
        assert written == expected, code


def test_withdrawn_consent_by_reimport_refuses_the_pdf(cli: Cli, tmp_path: Path) -> None:
    # Outside the app, consent is withdrawn by importing the case again with `withdrawn` set;
    # the copy gets a new code (printed), and its PDF is refused.
    source = write_json(tmp_path / "in.json", document({**CASE, "code": "VP-2026-0010"}))
    assert cli("import", str(source)).out.split() == ["VP-2026-0010"]
    exported = tmp_path / "uit.json"
    assert cli("export", "VP-2026-0010", "--out", str(exported)).code == 0
    doc = json.loads(exported.read_text(encoding="utf-8"))
    doc["cases"][0]["consents"][0]["withdrawn"] = "2026-03-20"
    result = cli("import", str(write_json(tmp_path / "ingetrokken.json", doc)))
    assert result.code == 0, result.err
    [new_code] = result.out.split()
    assert new_code != "VP-2026-0010"
    pdf = tmp_path / "samenvatting.pdf"
    refused = cli("pdf", new_code, "--kind", "anonymous", "--out", str(pdf), env=TODAY)
    assert "consent" in one_line_error(refused, 5)
    assert not pdf.exists()


# -- scan --------------------------------------------------------------------------------------
SCAN_TEXT = (
    "Mevrouw Jansen 😀 (café) woont op Dorpsstraat 12, 1234 AB Utrecht.\r\n"
    "BSN 111222333, tel 06-12345678, mail j.jansen@example.nl, IBAN NL91ABNA0417164300.\r\n"
)


def test_scan_from_file_dash_and_stdin_needs_no_vault(cli: Cli, tmp_path: Path) -> None:
    source = tmp_path / "notitie.txt"
    source.write_bytes(SCAN_TEXT.encode("utf-8"))
    env = {"VERTROUWEN_VAULT": str(tmp_path / "geen.db")}
    results = [
        cli("scan", str(source), "--json", with_vault=False, env=env),
        cli("scan", "-", "--json", stdin=SCAN_TEXT, with_vault=False, env=env),
        cli("scan", "--json", stdin=SCAN_TEXT, with_vault=False, env=env),
    ]
    assert [r.code for r in results] == [0, 0, 0], [r.err for r in results]
    findings = json.loads(results[0].out)
    assert all(json.loads(r.out) == findings for r in results[1:])
    kinds = {f["kind"] for f in findings}
    assert {"bsn", "phone", "email", "iban", "postcode"} <= kinds <= KINDS
    text = source.read_bytes().decode("utf-8")  # CRLF kept: offsets count "\r" too
    for finding in findings:
        assert set(finding) == {"start", "end", "kind", "text"}
        assert text[finding["start"] : finding["end"]] == finding["text"]
    assert not (tmp_path / "geen.db").exists()
