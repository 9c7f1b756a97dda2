"""Words printed on a session plan, in the plan's language (English, Burmese, Thai).

These live here rather than in Qt's translation files because plans are printed headless (CLI)
and in the language of the *plan*, which need not be the language of the app.
"""

from __future__ import annotations

# Dates are written the same way in every document Saphan prints (re-exported for the plans).
from desktop.documents.docx_dates import format_date as format_date

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "session": "Session",
        "project": "Project",
        "organisation": "Organisation",
        "date": "Date",
        "place": "Place",
        "duration": "Duration",
        "facilitators": "Facilitators",
        "minutes": "minutes",
        "objectives": "Objectives",
        "objectives_lead": "By the end of the session, participants will:",
        "key_messages": "Key messages",
        "materials": "Materials",
        "preparation": "Preparation",
        "steps": "Session steps",
        "time": "Time",
        "min": "Min.",
        "step": "Step",
        "what_to_do": "What to do",
        "questions": "Questions for discussion:",
        "total": "Total: {steps} of {planned} minutes planned",
        "over_time": "The steps take {over} minutes more than planned: shorten a step.",
        "safety": "Safety and confidentiality",
        "facilitator_notes": "Facilitator notes",
        "after_session": "After the session: what went well, what to change",
        "attendance": "Attendance sheet",
        "no": "No.",
        "name": "Name",
        "code": "Code (optional)",
        "signature": "Signature / thumbprint",
        "facilitator_signature": "Facilitator's signature",
        "page": "Page {page} of {pages}",
        "goals": "Goals",
        "community": "Community or group",
        "status": "Status",
        "programme": "Programme",
        "sessions": "Sessions",
        "participants": "Participants",
        "welcome": "Welcome",
        "energiser": "Energiser",
        "activity": "Activity",
        "discussion": "Discussion",
        "reflection": "Reflection",
        "closing": "Closing",
        "evaluation": "Evaluation",
        "planned": "Planned",
        "active": "Active",
        "completed": "Completed",
        "cancelled": "Cancelled",
    },
    "my": {
        "session": "တွေ့ဆုံပွဲ",
        "project": "စီမံကိန်း",
        "organisation": "အဖွဲ့အစည်း",
        "date": "ရက်စွဲ",
        "place": "နေရာ",
        "duration": "ကြာချိန်",
        "facilitators": "လမ်းညွှန်သူများ",
        "minutes": "မိနစ်",
        "objectives": "ရည်ရွယ်ချက်များ",
        "objectives_lead": "ဒီတွေ့ဆုံပွဲ ပြီးဆုံးချိန်မှာ ပါဝင်သူတွေဟာ —",
        "key_messages": "အဓိက သတင်းစကားများ",
        "materials": "လိုအပ်သော ပစ္စည်းများ",
        "preparation": "ကြိုတင်ပြင်ဆင်ရန်",
        "steps": "လုပ်ဆောင်မည့် အဆင့်များ",
        "time": "အချိန်",
        "min": "မိနစ်",
        "step": "အဆင့်",
        "what_to_do": "လုပ်ဆောင်ရန်",
        "questions": "ဆွေးနွေးရန် မေးခွန်းများ —",
        "total": "စုစုပေါင်း — စီစဉ်ထားသော {planned} မိနစ်အနက် {steps} မိနစ်",
        "over_time": ("အဆင့်များသည် စီစဉ်ထားသည်ထက် {over} မိနစ် ပိုကြာပါသည်။ အဆင့်တစ်ခုကို တိုအောင် လုပ်ပါ။"),
        "safety": "လုံခြုံရေးနှင့် လျှို့ဝှက်ချက် ထိန်းသိမ်းခြင်း",
        "facilitator_notes": "လမ်းညွှန်သူအတွက် မှတ်စုများ",
        "after_session": "တွေ့ဆုံပွဲအပြီး — ကောင်းခဲ့သည့်အရာ၊ ပြောင်းလဲရမည့်အရာ",
        "attendance": "တက်ရောက်သူ စာရင်း",
        "no": "စဉ်",
        "name": "အမည်",
        "code": "ကုဒ် (ရှိလျှင်)",
        "signature": "လက်မှတ် / လက်ဗွေ",
        "facilitator_signature": "လမ်းညွှန်သူ လက်မှတ်",
        "page": "စာမျက်နှာ {page} / {pages}",
        "goals": "ပန်းတိုင်များ",
        "community": "အသိုင်းအဝိုင်း သို့မဟုတ် အဖွဲ့",
        "status": "အခြေအနေ",
        "programme": "အစီအစဉ်",
        "sessions": "တွေ့ဆုံပွဲများ",
        "participants": "ပါဝင်သူများ",
        "welcome": "ကြိုဆိုခြင်း",
        "energiser": "စိတ်လန်းဆန်းစေသော ကစားနည်း",
        "activity": "လှုပ်ရှားမှု",
        "discussion": "ဆွေးနွေးခြင်း",
        "reflection": "ပြန်လည်သုံးသပ်ခြင်း",
        "closing": "နိဂုံးချုပ်ခြင်း",
        "evaluation": "အကဲဖြတ်ခြင်း",
        "planned": "စီစဉ်ထားသည်",
        "active": "လုပ်ဆောင်နေသည်",
        "completed": "ပြီးဆုံးပြီ",
        "cancelled": "ပယ်ဖျက်ပြီး",
    },
    "th": {
        "session": "ครั้งที่",
        "project": "โครงการ",
        "organisation": "องค์กร",
        "date": "วันที่",
        "place": "สถานที่",
        "duration": "ระยะเวลา",
        "facilitators": "วิทยากรกระบวนการ",
        "minutes": "นาที",
        "objectives": "วัตถุประสงค์",
        "objectives_lead": "เมื่อจบกิจกรรมครั้งนี้ ผู้เข้าร่วมจะ:",
        "key_messages": "ประเด็นสำคัญ",
        "materials": "อุปกรณ์",
        "preparation": "การเตรียมตัว",
        "steps": "ขั้นตอนกิจกรรม",
        "time": "เวลา",
        "min": "นาที",
        "step": "ขั้นตอน",
        "what_to_do": "สิ่งที่ต้องทำ",
        "questions": "คำถามชวนคุย:",
        "total": "รวม {steps} นาที จากที่วางแผนไว้ {planned} นาที",
        "over_time": "ขั้นตอนทั้งหมดใช้เวลาเกินแผน {over} นาที กรุณาลดเวลาบางขั้นตอน",
        "safety": "ความปลอดภัยและการรักษาความลับ",
        "facilitator_notes": "บันทึกสำหรับวิทยากร",
        "after_session": "หลังกิจกรรม: อะไรทำได้ดี อะไรควรปรับ",
        "attendance": "ใบลงชื่อผู้เข้าร่วม",
        "no": "ลำดับ",
        "name": "ชื่อ-นามสกุล",
        "code": "รหัส (ถ้ามี)",
        "signature": "ลายมือชื่อ / ลายนิ้วมือ",
        "facilitator_signature": "ลายมือชื่อวิทยากร",
        "page": "หน้า {page} จาก {pages}",
        "goals": "เป้าหมาย",
        "community": "ชุมชนหรือกลุ่ม",
        "status": "สถานะ",
        "programme": "แผนงาน",
        "sessions": "กิจกรรม",
        "participants": "ผู้เข้าร่วม",
        "welcome": "ต้อนรับ",
        "energiser": "กิจกรรมละลายพฤติกรรม",
        "activity": "กิจกรรม",
        "discussion": "อภิปราย",
        "reflection": "สะท้อนคิด",
        "closing": "ปิดกิจกรรม",
        "evaluation": "ประเมินผล",
        "planned": "วางแผน",
        "active": "ดำเนินการ",
        "completed": "เสร็จสิ้น",
        "cancelled": "ยกเลิก",
    },
}


def labels_for(language: str) -> dict[str, str]:
    """The labels of a language; English for any other code."""
    return LABELS.get(language, LABELS["en"])


def session_heading(language: str, number: int, title: str) -> str:
    """ "Session 3: Title" in the plan's language."""
    labels = labels_for(language)
    if language == "my":
        return f"{labels['session']} ({number}) — {title}"
    if language == "th":
        return f"{labels['session']} {number}: {title}"
    return f"{labels['session']} {number}: {title}"


def number(language: str, value: int | str) -> str:
    """A number in a plan: 0–9 in every language, as on screen (desktop.i18n's rule)."""
    return str(value)


def clock(language: str, minutes: int) -> str:
    """Minutes from the start of a session as H:MM."""
    return number(language, f"{minutes // 60}:{minutes % 60:02d}")
