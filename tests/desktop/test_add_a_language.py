"""The add-a-language kit: ``new-language`` makes a catalogue that the app offers at once, a
translated string shows in the new language and the rest in its fallback (S'gaw Karen:
Burmese, then English); the pseudo-locale shows any string that skipped translation."""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

from db.store import Store
from desktop import i18n, languages
from desktop.labels import language_label
from desktop.login.dialog import LoginDialog
from desktop.setup_wizard.wizard import SetupWizard
from tests.desktop.i18n_helpers import MYANMAR

ROOT = Path(__file__).resolve().parents[2]
KAREN_SIGN_IN = "ဆိုၣ်နုာ်"  # a string of the test, in Myanmar script


def _installer():
    spec = importlib.util.spec_from_file_location(
        "saphan_i18n_kit", ROOT / "installers" / "i18n.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["saphan_i18n_kit"] = module
    spec.loader.exec_module(module)
    return module


tool = _installer()
translate = QCoreApplication.translate


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    yield
    i18n.set_language("en")
    QApplication.processEvents()


def test_new_language_then_one_translated_string_shows_in_it_the_rest_in_burmese(
    tmp_path: Path,
) -> None:
    shutil.copy(tool.I18N / "saphan_my.qm", tmp_path)
    qm = tool.new_language(
        "ksw", "ကညီ", folder=tmp_path, sources=[ROOT / "desktop" / "login" / "dialog.py"]
    )
    assert qm.exists()
    # Offered in the pickers (no code change), named in its own script, Burmese behind it.
    assert ("ksw", "ကညီ") in languages.available(tmp_path)
    assert languages.fallbacks("ksw", tmp_path) == ["my"]
    # A translator translates one string (as in Qt Linguist) and builds the file.
    assert tool.fill_extra("ksw", tmp_path, {("LoginDialog", "Sign in"): KAREN_SIGN_IN}) == 1
    # Collecting the strings again (the app changed) keeps the translator's work: lupdate
    # itself refuses a language Qt does not know.
    tool.update_added("ksw", tmp_path, [ROOT / "desktop" / "login" / "dialog.py"])
    assert KAREN_SIGN_IN in tool.ts_path("ksw", tmp_path).read_text(encoding="utf-8")
    tool.release_one("ksw", tmp_path)
    assert i18n.set_language("ksw", tmp_path) == "ksw"
    assert translate("LoginDialog", "Sign in") == KAREN_SIGN_IN
    burmese_password = translate("LoginDialog", "Password")
    assert MYANMAR.search(burmese_password)  # untranslated in Karen: Burmese
    i18n.set_language("my", tmp_path)
    assert translate("LoginDialog", "Password") == burmese_password
    assert translate("LoginDialog", "Sign in") != KAREN_SIGN_IN


def test_a_language_without_its_file_is_not_offered(tmp_path: Path) -> None:
    (tmp_path / "languages.json").write_text('{"shn": {"name": "တႆး", "fallback": "my"}}')
    assert "shn" not in languages.codes(tmp_path)
    (tmp_path / "saphan_shn.qm").write_bytes(b"")
    assert "shn" in languages.codes(tmp_path)


def test_shipped_karen_is_offered_with_burmese_for_the_rest(qtbot, store: Store, db_path) -> None:
    dialog = LoginDialog(db_path)
    qtbot.addWidget(dialog)
    assert "ksw" in dialog.language.codes()
    assert dialog.language.combo.itemText(dialog.language.codes().index("ksw")) == "ကညီ"
    dialog.language.choose("ksw")
    QApplication.processEvents()
    assert language_label("ksw") == "ကညီကျိာ်"  # translated in Karen
    assert dialog.sign_in.text() == translate("LoginDialog", "Sign in")
    assert MYANMAR.search(dialog.sign_in.text())  # not yet in Karen: Burmese


# --- the pseudo-locale -------------------------------------------------------------------------

# What these windows show as entered or as names, not as words to translate.
NAMES = {"BEAM", "English"}


def _plain_english(widget: QWidget) -> list[str]:
    texts = [widget.windowTitle()]
    for child in widget.findChildren(QWidget):
        if not child.isVisible():
            continue
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
    return sorted(
        {w for text in texts for w in languages.plain_words(text) if w not in NAMES} - {"href"}
    )


def test_the_pseudo_locale_accents_and_lengthens_keeping_placeholders() -> None:
    text = languages.pseudo("Delete {count} people?")
    assert "{count}" in text
    assert text.startswith("[")
    assert text.endswith("]")
    assert len(text) >= len("Delete {count} people?") * 1.3
    assert languages.plain_words(text) == []
    assert languages.pseudo("<b>Save</b> &amp; go").count("<b>") == 1
    assert languages.plain_words("Saphan [Šåvé~~]") == ["Saphan"]


def test_in_the_pseudo_locale_the_sign_in_window_and_wizard_show_no_untranslated_text(
    qtbot, store: Store, db_path: Path, tmp_path: Path
) -> None:
    assert i18n.set_language(languages.PSEUDO) == languages.PSEUDO
    dialog = LoginDialog(db_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _plain_english(dialog) == []
    wizard = SetupWizard(tmp_path / "new" / "saphan.db")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    assert _plain_english(wizard) == []


def test_no_string_is_translated_inside_an_f_string() -> None:
    """lupdate does not look inside f-strings: a tr() there is never collected, so it stays
    English in every language (the pseudo-locale cannot show it: it translates anything)."""
    hidden = re.compile(r"""\bf("[^"\n]*|'[^'\n]*)\{[^}]*\b(tr|translate)\(""")
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in sorted((ROOT / "desktop").rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if hidden.search(line)
    ]
    assert not found, found
