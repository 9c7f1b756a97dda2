"""The language picker (sign-in window, setup wizard) and the audit trail's sentences."""

STRINGS = {
    "Language": ("ဘာသာစကား", "ภาษา"),
    "The language Saphan is shown in": ("Saphan ကို ပြသသည့် ဘာသာစကား", "ภาษาที่ใช้แสดง Saphan"),
}
