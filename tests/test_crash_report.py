"""Crash reports, the log file and the exception hook without a window: a report names the
error's type and where it was raised, never a person (checked with a canary name)."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from db.errors import DatabaseNotFound, StorageProblem, ValidationFailed
from desktop.crash import hook, logs, report

# The hook hands errors on to the hook installed before it: here pytest-qt's exception capture,
# which would fail these tests for the errors they raise on purpose.
pytestmark = pytest.mark.qt_no_exception_capture

ROOT = Path(__file__).resolve().parents[1]
# A name that must never leave the laptop. The code below gets it from this constant or from
# the environment, so no line of any traceback spells it out.
CANARY = "Naw Canary Htoo"
CANARY_PARTS = ("Canary", "canary")


def assert_no_canary(text: str) -> None:
    for part in CANARY_PARTS:
        assert part not in text, text


def register_person(full_name: str) -> None:
    note = f"{full_name} arrived in March"  # a local holding the name
    assert note
    raise ValueError(f"duplicate person: {full_name}")


def save_person(full_name: str) -> None:
    try:
        register_person(full_name)
    except ValueError as exc:
        raise KeyError(full_name) from exc


def caught(function: Callable[..., object], *args: object) -> BaseException:
    try:
        function(*args)
    except BaseException as exc:
        return exc
    raise AssertionError("did not raise")


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "logs"
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(folder))
    yield folder
    hook.uninstall()


def all_files(folder: Path) -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()))


# --- the report --------------------------------------------------------------------------------


def test_the_report_names_the_type_and_the_frames_but_no_message_or_value() -> None:
    exc = caught(save_person, CANARY)
    text = report.build_report(type(exc), exc, exc.__traceback__, thread="MainThread")
    assert_no_canary(text)
    assert "KeyError" in text
    assert "ValueError" in text  # the error it was raised from
    assert "direct cause" in text
    assert "in register_person" in text
    assert "in save_person" in text
    assert 'File "tests/test_crash_report.py"' in text  # relative to Saphan, no home folder
    assert 'raise ValueError(f"duplicate person: {full_name}")' in text  # the source line
    for fact in ("time: ", "app: saphan ", "os: ", "python: ", "qt: ", "thread: MainThread"):
        assert fact in text


def test_typed_errors_keep_their_codes_and_nothing_else() -> None:
    storage = StorageProblem("disk_full")
    text = report.build_report(StorageProblem, storage, None)
    assert "db.errors.StorageProblem" in text
    assert "reason: disk_full" in text

    invalid = ValidationFailed({"full_name": "required", "note": CANARY})
    text = report.build_report(ValidationFailed, invalid, None)
    assert "problems: full_name=required" in text
    assert_no_canary(text)

    # A typed error's message is not always a code: this one holds a path with the account.
    missing = DatabaseNotFound(f"C:/Users/{CANARY}/AppData/Local/Saphan/saphan.db")
    text = report.build_report(DatabaseNotFound, missing, None)
    assert "db.errors.DatabaseNotFound" in text
    assert_no_canary(text)
    assert "saphan.db" not in text


def test_source_files_outside_saphan_lose_the_folders_that_name_the_user(tmp_path: Path) -> None:
    home = tmp_path / "home" / CANARY.replace(" ", "") / "plugins"
    home.mkdir(parents=True)
    script = home / "extra.py"
    script.write_text("def run(name):\n    raise RuntimeError(name)\n", encoding="utf-8")
    namespace: dict[str, object] = {}
    exec(compile(script.read_text(), str(script), "exec"), namespace)
    run = namespace["run"]
    assert callable(run)
    exc = caught(run, CANARY)
    text = report.build_report(type(exc), exc, exc.__traceback__)
    assert 'File "extra.py", line 2, in run' in text
    assert_no_canary(text)
    site = "/opt/" + "Canary/lib/python3.11/site-packages/sqlalchemy/engine/base.py"
    assert report.safe_path(site) == "sqlalchemy/engine/base.py"


def test_old_reports_are_deleted_beyond_the_limit(tmp_path: Path) -> None:
    for i in range(report.KEEP_REPORTS + 5):
        report.write_report(f"report {i}\n", tmp_path)
    kept = report.reports_in(tmp_path)
    assert len(kept) == report.KEEP_REPORTS
    assert kept[-1].read_text(encoding="utf-8") == f"report {report.KEEP_REPORTS + 4}\n"


# --- the log file ------------------------------------------------------------------------------


def test_the_log_file_holds_tracebacks_without_messages(log_dir: Path) -> None:
    logs.configure()
    # Another handler formatting first caches the full traceback on the record
    # (record.exc_text); the log file must not reuse it.
    plain = logging.StreamHandler(open(os.devnull, "w"))  # noqa: SIM115
    plain.setFormatter(logging.Formatter("%(message)s"))
    root = logging.getLogger()
    root.handlers.insert(0, plain)
    try:
        try:
            save_person(CANARY)
        except KeyError:
            logging.getLogger("saphan.test").exception("saving failed")
    finally:
        root.removeHandler(plain)
        plain.stream.close()
    text = (log_dir / logs.LOG_FILE).read_text(encoding="utf-8")
    assert "saving failed" in text
    assert "in register_person" in text
    assert "KeyError" in text
    assert_no_canary(text)


def test_nothing_is_written_when_nothing_is_logged(log_dir: Path) -> None:
    logs.configure()
    logging.getLogger("saphan.test").info("below the level")
    assert not log_dir.exists()


# --- the hook ----------------------------------------------------------------------------------


def test_an_error_reaching_the_top_prints_one_line_and_writes_the_report(
    log_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hook.install()
    logs.configure()
    exc = caught(save_person, CANARY)
    sys.excepthook(type(exc), exc, exc.__traceback__)
    err = capsys.readouterr().err
    assert_no_canary(err)
    assert "Traceback" not in err
    (line,) = err.splitlines()
    assert line.startswith("saphan: unexpected error (KeyError); crash report")
    (path,) = report.reports_in(log_dir)
    assert str(path) in line
    text = all_files(log_dir)  # the report and the log file
    assert_no_canary(text)
    assert "in register_person" in path.read_text(encoding="utf-8")
    assert f"crash report: {path.name}" in (log_dir / logs.LOG_FILE).read_text(encoding="utf-8")


def test_the_same_bug_in_a_burst_writes_one_report(
    log_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hook.install()
    for _ in range(5):
        exc = caught(register_person, CANARY)
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert len(report.reports_in(log_dir)) == 1
    assert len(capsys.readouterr().err.splitlines()) == 5


def test_a_python_thread_is_reported_too(
    log_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # pytest's own thread hook would warn about the error raised here on purpose.
    monkeypatch.setattr(threading, "excepthook", threading.__excepthook__)
    hook.install()
    worker = threading.Thread(target=register_person, args=(CANARY,), name="importer")
    worker.start()
    worker.join()
    (path,) = report.reports_in(log_dir)
    text = path.read_text(encoding="utf-8")
    assert "thread: importer" in text
    assert "in register_person" in text
    assert_no_canary(text + capsys.readouterr().err)


def test_the_hook_never_raises(
    log_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    hook.install()

    def broken(_report: report.CrashReport) -> None:
        raise RuntimeError("the dialog failed")

    hook.set_presenter(broken)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv(logs.LOG_DIR_ENV, str(blocker))  # the report cannot be written there
    exc = caught(register_person, CANARY)
    sys.excepthook(type(exc), exc, exc.__traceback__)
    err = capsys.readouterr().err
    assert err == "saphan: unexpected error (ValueError); no crash report could be written\n"


def test_uninstall_puts_back_the_hooks_and_an_earlier_hook_still_hears_of_errors(
    log_dir: Path,
) -> None:
    """pytest-qt captures errors in slots with its own sys.excepthook: when a test runs
    ``saphan`` in-process (installing this hook), such an error must still fail the test."""
    heard: list[type[BaseException]] = []

    def earlier(exc_type: type[BaseException], *_rest: object) -> None:
        heard.append(exc_type)

    before_thread_hook = threading.excepthook
    saved = sys.excepthook
    sys.excepthook = earlier
    try:
        hook.install()
        hook.install()  # twice changes nothing
        assert hook.installed()
        exc = caught(register_person, CANARY)
        sys.excepthook(type(exc), exc, exc.__traceback__)
        assert heard == [ValueError]
        hook.uninstall()
        assert sys.excepthook is earlier
        assert threading.excepthook is before_thread_hook
    finally:
        sys.excepthook = saved


# --- the saphan command ------------------------------------------------------------------------


def test_a_bug_in_a_command_ends_with_one_line_and_a_report(tmp_path: Path) -> None:
    """The real entry point, in a process of its own: the hook is installed at start-up."""
    log_dir = tmp_path / "logs"
    script = (
        "import os, sys\n"
        "from desktop import cli\n"
        "from desktop.cli import exports\n"
        "def broken(args):\n"
        "    name = os.environ['PERSON']\n"
        "    raise ValueError(f'no such person: {name}')\n"
        "exports._export_records = broken\n"
        "sys.exit(cli.main(['export-records', '--db', 'x.db', '--user', 'a', '--out', 'p.csv']))\n"
    )
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "PERSON": CANARY,
        logs.LOG_DIR_ENV: str(log_dir),
    }
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    (line,) = done.stderr.splitlines()
    assert line.startswith("saphan: unexpected error (ValueError); crash report")
    (path,) = report.reports_in(log_dir)
    assert str(path) in line
    text = path.read_text(encoding="utf-8")
    assert "in broken" in text
    assert "qt: not loaded" in text  # the headless commands still never import Qt
    assert_no_canary(done.stdout + done.stderr + all_files(log_dir))
