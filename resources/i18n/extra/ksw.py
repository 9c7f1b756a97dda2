"""S'gaw Karen (ksw): the strings translated so far. Everything else shows in Burmese (a Karen
reader's second script), then English. Only words we could translate reliably are here: the
names of languages. A Karen-speaking translator adds the rest in Qt Linguist (see
docs/translating.md); please check these too.

Keys are the English text, or ("Context", "English") where one screen needs another word.
"""

STRINGS = {
    ("Labels", "S'gaw Karen"): "ကညီကျိာ်",
    ("Labels", "Burmese"): "ပယီၤကျိာ်",
    ("Labels", "Thai"): "ယိၤကျိာ်",
    ("Labels", "English"): "အဲကလံးကျိာ်",
    ("LanguagePicker", "Language"): "ကျိာ်",
}
