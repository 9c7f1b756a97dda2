"""The Windows build: the workflow a Windows runner finds (checked by actionlint), and the
Windows-specific paths (data folder, keyring backend, fonts, console output of the windowed
Saphan.exe) with the platform patched."""

from __future__ import annotations

import io
import os
import re
import sys
from pathlib import Path, PureWindowsPath
from typing import Any

import platformdirs
import platformdirs.windows
import pytest
import yaml

from installers import check_workflows

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "windows-build.yml"
NSI = ROOT / "installers" / "windows" / "saphan.nsi"


def _run_steps(job: dict[str, Any]) -> str:
    return "\n".join(step.get("run", "") for step in job["steps"])


def test_the_workflow_is_where_a_windows_runner_finds_it() -> None:
    flow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    job = flow["jobs"]["installer"]
    assert job["runs-on"].startswith("windows")
    script = _run_steps(job)
    assert "installers/windows/build.ps1" in script
    # the smoke test: silent install, --version, the demo window, silent uninstall
    assert re.search(r'Saphan-\*-setup\.exe.*\n(.*\n)*.*"/S", "/D=', script)
    assert '"--version"' in script
    assert '"--demo"' in script
    assert "saphan: main window shown" in script
    assert re.search(r'Uninstall\.exe" -ArgumentList "/S"', script)
    assert "Saphan.exe is still installed" in script
    assert not (ROOT / "installers" / "windows" / "windows-build.yml").exists()


def _actionlint(files: list[Path]) -> list[str]:
    try:
        return check_workflows.lint(files)
    except check_workflows.Unavailable as exc:
        if os.environ.get("CI"):
            raise  # CI installs Node.js (.ci/run): the check must run there
        pytest.skip(f"actionlint cannot be run here: {exc}")


def test_actionlint_passes_on_the_windows_workflow() -> None:
    assert _actionlint([WORKFLOW]) == []


def test_actionlint_catches_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    text = WORKFLOW.read_text(encoding="utf-8").replace(
        "runs-on: windows-2022", "runs-on: windoze", 1
    )
    broken.write_text(text.replace("${{ github", "${{ githu", 1) + "\n", encoding="utf-8")
    problems = _actionlint([broken])
    assert any("windoze" in p for p in problems), problems


# --- the data folder --------------------------------------------------------------------------


def test_the_data_folder_on_windows_is_local_appdata_saphan(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The database lives in %LOCALAPPDATA%\\Saphan (never the roaming profile), the folder
    the uninstaller keeps."""
    local = r"C:\Users\ko\AppData\Local"
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setattr(
        platformdirs.windows, "get_win_folder", lambda csidl: {"CSIDL_LOCAL_APPDATA": local}[csidl]
    )
    from desktop.app import default_db_path

    path = default_db_path()
    assert PureWindowsPath(str(path.parent)) == PureWindowsPath(local) / "Saphan"
    assert path.name == "saphan.db"
    assert '!define DATA_DIR "$LOCALAPPDATA\\Saphan"' in NSI.read_text(encoding="utf-8")


def test_the_log_folder_and_merge_state_on_windows_stay_in_local_appdata(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Crash reports and the coordinator's merge state stay on this laptop, under this Windows
    account (%LOCALAPPDATA%), never in the roaming profile that may be copied to a server."""
    local = r"C:\Users\ko\AppData\Local"
    roaming = r"C:\Users\ko\AppData\Roaming"
    folders = {"CSIDL_LOCAL_APPDATA": local, "CSIDL_APPDATA": roaming}
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", lambda csidl: folders[csidl])
    from desktop.cli.network import MERGE_STATE_ENV, default_merge_state
    from desktop.crash.logs import LOG_DIR_ENV, log_folder

    monkeypatch.delenv(LOG_DIR_ENV, raising=False)
    monkeypatch.delenv(MERGE_STATE_ENV, raising=False)
    logs = PureWindowsPath(str(log_folder()))
    assert logs == PureWindowsPath(local) / "Saphan" / "Logs"
    state = PureWindowsPath(str(default_merge_state()))
    assert state.parent == PureWindowsPath(local) / "Saphan"
    assert roaming not in str(logs) + str(state)


# --- the keyring backend ----------------------------------------------------------------------


def test_windows_credential_manager_counts_as_a_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    from db import remember

    class WinVaultKeyring:
        priority = 5

    WinVaultKeyring.__module__ = "keyring.backends.Windows"

    class FailKeyring:
        priority = 0

    FailKeyring.__module__ = "keyring.backends.fail"
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(keyring, "get_keyring", WinVaultKeyring)
    assert remember.keyring_available()
    monkeypatch.setattr(keyring, "get_keyring", FailKeyring)
    assert not remember.keyring_available()
    spec = (ROOT / "installers" / "windows" / "saphan.spec").read_text(encoding="utf-8")
    assert '"keyring.backends.Windows"' in spec  # bundled for the Windows build
    # no plain-text file backend sneaks in
    assert "keyrings.alt" not in (ROOT / "pyproject.toml").read_text(encoding="utf-8")


# --- fonts ------------------------------------------------------------------------------------


def test_windows_fonts_per_script() -> None:
    from desktop.fonts import preferred_families

    available = {"Myanmar Text", "Leelawadee UI", "Tahoma", "Padauk", "Noto Sans Thai"}
    assert preferred_families("myanmar", available, "win32")[0] == "Myanmar Text"
    assert preferred_families("thai", available, "win32")[0] == "Leelawadee UI"
    assert preferred_families("thai", {"Tahoma"}, "win32") == ["Tahoma"]  # older Windows
    assert preferred_families("myanmar", available, "linux")[0] == "Padauk"


def test_the_windows_build_packs_the_bundled_fonts_with_their_licences() -> None:
    from desktop.fonts import BUNDLED, FONTS_DIR

    assert FONTS_DIR == ROOT / "resources" / "fonts"  # beside the packages, in the bundle too
    spec = (ROOT / "installers" / "windows" / "saphan.spec").read_text(encoding="utf-8")
    assert '*tree("resources/fonts"),' in spec  # every file: the fonts and their OFL.txt
    smoke = (ROOT / "installers" / "pyinstaller_smoke.sh").read_text(encoding="utf-8")
    for files in BUNDLED.values():
        for name in files:
            assert (FONTS_DIR / name).is_file()
            assert (FONTS_DIR / name).parent.joinpath("OFL.txt").is_file()
            folder = name.split("/")[0]
            assert f"{folder}/OFL.txt" in smoke  # the smoke test checks the bundle holds them
    # the installer copies the whole PyInstaller folder, fonts included
    assert 'File /r "${DIST}\\*.*"' in NSI.read_text(encoding="utf-8")


# --- console output of the windowed Saphan.exe ------------------------------------------------


class _Kernel32:
    def __init__(self, handles: dict[int, int], console: bool) -> None:
        self.handles = handles
        self.console = console
        self.attached = False

    def GetStdHandle(self, which: int) -> int:
        return self.handles.get(which, 0)

    def AttachConsole(self, _pid: int) -> bool:
        self.attached = True
        return self.console


class _Msvcrt:
    def __init__(self, fd: int) -> None:
        self.fd = fd

    def open_osfhandle(self, _handle: int, _flags: int) -> int:
        return self.fd


def test_the_windowed_exe_prints_to_a_redirected_handle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from desktop.cli import win_console

    out = tmp_path / "version.txt"
    fd = os.open(out, os.O_WRONLY | os.O_CREAT)
    try:
        monkeypatch.setattr(sys, "stdout", None)
        kernel32 = _Kernel32({win_console.STD_OUTPUT_HANDLE: 1234}, console=False)
        assert win_console.reattach_std_streams("win32", (kernel32, _Msvcrt(fd)))
        print("saphan 1.2.3")
        sys.stdout.flush()
    finally:
        os.close(fd)
    assert out.read_text() == "saphan 1.2.3\n"
    assert not kernel32.attached


def test_nothing_changes_where_streams_exist(monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop.cli import win_console

    stream = io.StringIO()
    monkeypatch.setattr(sys, "stdout", stream)
    assert not win_console.reattach_std_streams("win32", (_Kernel32({}, True), _Msvcrt(1)))
    monkeypatch.setattr(sys, "stdout", None)
    assert not win_console.reattach_std_streams("linux")
    assert sys.stdout is None


def test_windows_build_has_no_leftover_template() -> None:
    readme = (ROOT / "installers" / "windows" / "README.md").read_text(encoding="utf-8")
    assert ".github/workflows/windows-build.yml" in readme
