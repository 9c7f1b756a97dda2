"""Burmese and Thai for custom fields (issue 19): the admin's fields on people and sessions, in
Settings, on the person form, the log-a-session dialog and the subject export (see
../README.md)."""

STRINGS = {
    "Other details": ("အခြားအသေးစိတ်များ", "รายละเอียดอื่น ๆ"),
}
