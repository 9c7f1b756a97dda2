"""Burmese and Thai: every string is marked, collected and translated, and the whole window
switches language without a restart.

When a test here fails after you added UI, run ``.venv/bin/python installers/i18n.py`` and
translate what it lists (see resources/i18n/README.md)."""

from __future__ import annotations

import importlib.util
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from db import programmes, settings, setup, users
from db.store import Store
from db.types import Role
from desktop import dates, i18n
from desktop.main_window import PAGES, MainWindow, apply_preferences
from tests.conftest import ADMIN_PASSWORD
from tests.desktop.i18n_helpers import MYANMAR, THAI, untranslated, visible_texts

ROOT = Path(__file__).resolve().parents[2]


def _installer():  # installers/ is not a package: load the script as a module
    spec = importlib.util.spec_from_file_location("saphan_i18n", ROOT / "installers" / "i18n.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["saphan_i18n"] = module
    spec.loader.exec_module(module)
    return module


tool = _installer()


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    yield
    i18n.set_language("en")
    dates.set_calendar(dates.GREGORIAN)
    QApplication.processEvents()


def _switch(qtbot, window: MainWindow, code: str) -> None:
    old = window.pages.get("settings")
    i18n.set_language(code)
    qtbot.waitUntil(lambda: window.pages.get("settings") is not old, timeout=3000)


# --- the translation files ------------------------------------------------------------------


def _messages(path: Path) -> set[tuple[str, str]]:
    return {(m.context, m.source) for m in tool.read_ts(path)}


def test_the_committed_ts_files_hold_every_string_of_the_code(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    tool.run_lupdate(fresh, "my")
    in_code = _messages(fresh)
    for code in ("my", "th"):
        committed = _messages(tool.ts_path(code))
        new = sorted(in_code - committed)
        assert not new, (
            f"saphan_{code}.ts is stale: run installers/i18n.py and translate these:\n"
            + "\n".join(f"  [{c}] {s!r}" for c, s in new)
        )


@pytest.mark.parametrize("code", ["my", "th"])
def test_every_message_is_translated(code: str) -> None:
    missing = [
        f"[{m.context}] {m.source!r}" for m in tool.read_ts(tool.ts_path(code)) if not m.finished
    ]
    assert not missing, f"untranslated in saphan_{code}.ts:\n" + "\n".join(missing)


@pytest.mark.parametrize("code", ["my", "th"])
def test_translations_keep_the_placeholders(code: str) -> None:
    wrong = [
        f"[{m.context}] {m.source!r} -> {m.translation!r}"
        for m in tool.read_ts(tool.ts_path(code))
        if m.finished and tool.placeholders(m.translation) != tool.placeholders(m.source)
    ]
    assert not wrong, "\n".join(wrong)


# Names of files and formats, the same in every language.
SAME_IN_EVERY_LANGUAGE = {"HSDS JSON (*.json)", "Saphan import template.xlsx", "Zawgyi → Unicode"}


@pytest.mark.parametrize(("code", "script"), [("my", MYANMAR), ("th", THAI)])
def test_translations_are_in_the_right_script(code: str, script: re.Pattern[str]) -> None:
    """A sentence left in English (or pasted into the wrong language) is caught here."""
    wrong = []
    for m in tool.read_ts(tool.ts_path(code)):
        words = re.findall(r"[A-Za-z]{4,}", re.sub(r"<[^>]+>|\{\w+\}", " ", m.source))
        if m.source in SAME_IN_EVERY_LANGUAGE:
            continue
        if len(words) >= 2 and not script.search(m.translation):
            wrong.append(f"[{m.context}] {m.source!r} -> {m.translation!r}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("code", ["my", "th"])
def test_the_qm_files_are_built_from_the_current_ts(code: str) -> None:
    ts = tool.ts_path(code)
    qm = ts.with_suffix(".qm")
    assert qm.exists(), "run installers/i18n.py release"
    assert qm.stat().st_mtime >= ts.stat().st_mtime - 1, "run installers/i18n.py release"


# --- the window in Burmese and Thai ----------------------------------------------------------


def _data(store: Store) -> list[str]:
    """What the window shows as entered: names of the CSO and the user, codes."""
    user = store.user
    return [store.cso.name, store.cso.code, user.full_name, user.username, "Daw Khin Myo"]


def _every_page(window: MainWindow) -> Iterator[str]:
    for spec in PAGES:
        if spec.key in window.pages:
            window.show_page(spec.key)
            QApplication.processEvents()
            yield spec.key


@pytest.mark.parametrize(("code", "script"), [("my", MYANMAR), ("th", THAI)])
def test_every_page_is_translated(qtbot, main_window: MainWindow, code, script) -> None:
    _switch(qtbot, main_window, code)
    problems = []
    for key in _every_page(main_window):
        problems += [
            f"{key}: {p}" for p in untranslated(main_window, script, _data(main_window.store))
        ]
    assert not problems, "\n".join(problems)


def test_switching_language_changes_every_page_and_back(qtbot, main_window: MainWindow) -> None:
    english = {key: dict(visible_texts(main_window)) for key in _every_page(main_window)}
    keys = list(english)
    assert set(keys) == {spec.key for spec in PAGES}, "the admin sees every page"
    for code, script in (("my", MYANMAR), ("th", THAI)):
        main_window.show_page("sessions")
        _switch(qtbot, main_window, code)
        assert main_window.current_page_key() == "sessions", "the page stays the same"
        for key in _every_page(main_window):
            texts = [t for _w, t in visible_texts(main_window) if script.search(t)]
            assert len(texts) >= 3, f"{key} is not in {code}"
        assert script.search(main_window.windowTitle() + main_window.file_menu.title())
    _switch(qtbot, main_window, "en")
    for key in _every_page(main_window):
        # Some pages count in the background and fill their tables when done.
        before = {t for t in english[key].values() if "Ctrl" not in t}
        qtbot.waitUntil(
            lambda b=before: {t for _w, t in visible_texts(main_window)} >= b, timeout=5000
        )
        texts = [t for _w, t in visible_texts(main_window)]
        assert not any(MYANMAR.search(t) or THAI.search(t) for t in texts), key


def test_the_language_is_chosen_in_settings_and_remembered_per_user(
    qtbot, main_window: MainWindow, store: Store, db_path: Path
) -> None:
    main_window.show_page("settings")
    page = main_window.pages["settings"]
    combo = page.language_combo
    combo.setCurrentIndex(combo.findData("my"))
    qtbot.waitUntil(lambda: main_window.pages["settings"] is not page, timeout=3000)
    assert i18n.current_language() == "my"
    assert main_window.current_page_key() == "settings"
    assert MYANMAR.search(main_window.pages["settings"].language_combo.parent().title())
    assert store.user.language == "my"
    # Another user keeps English.
    users.create_user(store, "nawpaw", "Naw Paw Htoo", Role.FACILITATOR, ADMIN_PASSWORD)
    main_window.close()
    i18n.set_language("en")

    other = setup.open_database(db_path, "nawpaw", ADMIN_PASSWORD)
    try:
        assert apply_preferences(other) == "en"
    finally:
        other.close()
    again = setup.open_database(db_path, "admin", ADMIN_PASSWORD)
    try:
        assert apply_preferences(again) == "my"
        window = MainWindow(again)
        qtbot.addWidget(window)
        assert MYANMAR.search(window.file_menu.title())
        window.close()
    finally:
        again.close()


def test_an_open_dialog_survives_a_language_switch(qtbot, main_window: MainWindow) -> None:
    main_window.show_page("beneficiaries")
    page = main_window.pages["beneficiaries"]
    page.register_button.click()
    form = page.current_form
    qtbot.waitExposed(form)
    i18n.set_language("th")
    qtbot.waitUntil(lambda: main_window.pages["beneficiaries"] is not page, timeout=3000)
    assert form.isVisible(), "the person being registered is not lost"
    form.reject()


def test_buddhist_era_years_in_the_tables(qtbot, main_window: MainWindow, store: Store) -> None:
    import datetime as dt

    from desktop.widgets.date_field import format_date

    assert format_date(dt.date(2026, 11, 23)) == "23/11/2026"
    main_window.show_page("settings")
    page = main_window.pages["settings"]
    page.buddhist_box.setChecked(True)
    qtbot.waitUntil(lambda: main_window.pages["settings"] is not page, timeout=3000)
    assert settings.user_calendar(store) == settings.BUDDHIST
    assert format_date(dt.date(2026, 11, 23)) == "23/11/2569"
    assert main_window.pages["settings"].buddhist_box.isChecked()


def _open_main_dialogs(qtbot, window: MainWindow) -> Iterator[tuple[str, QWidget]]:
    """The dialogs staff use most, opened as a person would, one at a time."""
    pages = window.pages
    openers = [
        ("register person", "beneficiaries", "register_button", "current_form"),
        ("import list", "beneficiaries", "import_button", "import_wizard"),
        ("log session", "sessions", "log_button", "current_dialog"),
        ("new project", "projects", "new_button", "current_dialog"),
        ("add account", "users", "add_button", "current_dialog"),
        ("change password", "settings", "change_password_button", "password_dialog"),
    ]
    for name, key, button, attribute in openers:
        page = pages.get(key)
        if page is None or not hasattr(page, button):
            continue
        window.show_page(key)
        getattr(page, button).click()
        dialog = getattr(page, attribute)
        qtbot.waitExposed(dialog)
        yield name, dialog
        dialog.done(0) if not hasattr(dialog, "is_dirty") else QDialog.reject(dialog)
        QApplication.processEvents()


@pytest.mark.parametrize(("code", "script"), [("my", MYANMAR), ("th", THAI)])
def test_the_main_dialogs_are_translated(qtbot, main_window: MainWindow, code, script) -> None:
    _switch(qtbot, main_window, code)
    problems = []
    for name, dialog in _open_main_dialogs(qtbot, main_window):
        problems += [f"{name}: {p}" for p in untranslated(dialog, script, _data(main_window.store))]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(("code", "script"), [("my", MYANMAR), ("th", THAI)])
def test_pages_with_data_are_translated(qtbot, store: Store, code, script) -> None:
    """With people and sessions, the tables show: their headers must be translated too."""
    import datetime as dt

    from db.demo import fill_demo_data

    fill_demo_data(store, 40, seed=5, today=dt.date(2026, 6, 15))
    i18n.set_language(code)
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    # Programme names are data typed by the CSO (English in the demo), shown as they are.
    data = _data(store) + [p.name for p in programmes.list_programmes(store, include_inactive=True)]
    problems = []
    for key in _every_page(window):
        qtbot.wait(200)  # the dashboard counts in the background
        problems += [f"{key}: {p}" for p in untranslated(window, script, data)]
    assert not problems, "\n".join(problems)


_HIDDEN_FROM_LUPDATE = re.compile(r"(?<![.\w])(_t|_tr|tr)\(\s*[\"']")


def test_strings_are_marked_where_lupdate_sees_them() -> None:
    """lupdate reads self.tr("..."), QCoreApplication.translate("Context", "...") and
    translate("Context", "..."). A helper like _t("...") hides the string: it is never
    collected, so it stays English in every language."""
    hidden = []
    for path in tool.source_files():
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _HIDDEN_FROM_LUPDATE.search(line) and "def " not in line:
                hidden.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not hidden, "use translate('Context', '...') instead:\n" + "\n".join(hidden)


def test_word_documents_and_months_follow_the_calendar_choice() -> None:
    import datetime as dt

    from desktop.documents.docx_dates import format_month
    from desktop.plans.docx_labels import format_date

    day = dt.date(2026, 11, 23)
    assert format_date("en", day) == "23 November 2026"
    assert format_date("en", day, buddhist_era=True) == "23 November 2569"
    assert format_date("th", day).endswith("2569")  # Thai documents: always the Buddhist era
    # Burmese: month names in Burmese, digits 0–9 as everywhere on screen
    assert format_date("my", day, buddhist_era=True) == "2569 ခုနှစ်၊ နိုဝင်ဘာလ 23 ရက်"
    assert format_month("my", "2026-11") == "2026 နိုဝင်ဘာ"
    assert dates.month_text(2026, 3, long=True, language="en") == "March 2026"
    dates.set_calendar(dates.BUDDHIST)
    assert dates.month_text(2026, 3, long=True, language="th") == "มีนาคม 2569"
    assert dates.date_text(day) == "23/11/2569"
