"""Burmese and Thai for the Worklist ("My day", desktop/worklist/) and what it added to the
main window and the session dialog (see ../README.md)."""

STRINGS = {
    # The navigation and the page
    "Worklist": ("လုပ်ရန်စာရင်း", "รายการงาน"),
    "My day": ("ယနေ့ ကျွန်ုပ်၏အလုပ်", "วันนี้ของฉัน"),
    "Due": ("သတ်မှတ်ရက်", "กำหนด"),
    "What to do": ("လုပ်ရမည့်အရာ", "สิ่งที่ต้องทำ"),
    "Nothing is due. Follow-ups, case plan actions and reviews appear here.": (
        "ယခု လုပ်ရန် မရှိပါ။ နောက်ဆက်တွဲ ဆက်သွယ်မှုများ၊ ကိစ္စအစီအစဉ် လုပ်ဆောင်ချက်များနှင့် ပြန်လည်သုံးသပ်မှုများ ဤနေရာတွင် ပေါ်လာမည်။",
        "ยังไม่มีงานที่ถึงกำหนด การติดตาม งานในแผนรายกรณี และการทบทวนจะแสดงที่นี่",
    ),
    "&Open": ("ဖွင့်မည် (&O)", "เปิด (&O)"),
    "Open what the item is about (Enter)": (
        "ဤအရာနှင့် သက်ဆိုင်သည်ကို ဖွင့်မည် (Enter)",
        "เปิดสิ่งที่รายการนี้เกี่ยวข้อง (Enter)",
    ),
    "&Done": ("ပြီးပြီ (&D)", "เสร็จแล้ว (&D)"),
    "Mark the item done (Ctrl+D)": (
        "ဤအရာကို ပြီးပြီဟု မှတ်မည် (Ctrl+D)",
        "ทำเครื่องหมายว่าเสร็จแล้ว (Ctrl+D)",
    ),
    "&Snooze…": ("ရွှေ့ဆိုင်းမည် (&S)…", "เลื่อนไว้ก่อน (&S)…"),
    "Hide the item until a later day": (
        "နောက်ရက်တစ်ရက်အထိ ဤအရာကို ဖျောက်ထားမည်",
        "ซ่อนรายการนี้ไว้จนถึงวันที่เลือก",
    ),
    "D&ismiss…": ("ပယ်မည် (&I)…", "ยกเลิกรายการ (&I)…"),
    "Take the item off the list, saying why": (
        "အကြောင်းပြချက်ဖြင့် ဤအရာကို စာရင်းမှ ဖယ်မည်",
        "นำรายการออกจากรายการงาน พร้อมเหตุผล",
    ),
    "The worklist could not be read: {error}": (
        "လုပ်ရန်စာရင်းကို ဖတ်၍ မရပါ- {error}",
        "อ่านรายการงานไม่ได้: {error}",
    ),
    "Overdue ({count})": ("ရက်လွန်နေပြီ ({count})", "เลยกำหนด ({count})"),
    "Today ({count})": ("ယနေ့ ({count})", "วันนี้ ({count})"),
    "This week ({count})": ("ဤတစ်ပတ် ({count})", "สัปดาห์นี้ ({count})"),
    "Later ({count})": ("နောက်မှ ({count})", "ภายหลัง ({count})"),
    "Snoozed until {date}: {what}": (
        "{date} အထိ ရွှေ့ဆိုင်းထားသည်- {what}",
        "เลื่อนไว้ถึง {date}: {what}",
    ),
    "Dismissed: {what}": ("ပယ်ထားသည်- {what}", "ยกเลิกรายการแล้ว: {what}"),
    "{date} · To do: {count} · Overdue: {overdue}": (
        "{date} · လုပ်ရန်- {count} ခု · ရက်လွန်- {overdue} ခု",
        "{date} · ต้องทำ: {count} รายการ · เลยกำหนด: {overdue} รายการ",
    ),
    "Could not open it": ("ဖွင့်၍ မရပါ", "เปิดไม่ได้"),
    "Done: {what}": ("ပြီးပြီ- {what}", "เสร็จแล้ว: {what}"),
    "Could not save it": ("သိမ်း၍ မရပါ", "บันทึกไม่ได้"),
    # Snooze and dismiss
    "Snooze": ("ရွှေ့ဆိုင်းမည်", "เลื่อนไว้ก่อน"),
    "Show it again on": ("ပြန်ပြမည့်ရက်", "แสดงอีกครั้งในวันที่"),
    "The item leaves your list and comes back on the day you choose.": (
        "ဤအရာသည် သင့်စာရင်းမှ ခဏဖယ်ပြီး သင်ရွေးသည့်ရက်တွင် ပြန်ပေါ်လာမည်။",
        "รายการนี้จะหายไปจากรายการงาน และกลับมาในวันที่คุณเลือก",
    ),
    "Choose a day after today.": ("ယနေ့နောက်ပိုင်း ရက်တစ်ရက် ရွေးပါ။", "เลือกวันหลังจากวันนี้"),
    "Dismiss": ("ပယ်မည်", "ยกเลิกรายการ"),
    "e.g. She moved to Bangkok": ("ဥပမာ သူမ ဘန်ကောက်သို့ ပြောင်းသွားသည်", "เช่น เธอย้ายไปกรุงเทพฯ"),
    "Why does this item not need doing? (required)": (
        "ဤအရာကို ဘာကြောင့် မလုပ်ရန် မလိုသနည်း။ (မဖြစ်မနေ)",
        "ทำไมรายการนี้จึงไม่ต้องทำ (จำเป็น)",
    ),
    # The kinds of item
    "Follow-up": ("နောက်ဆက်တွဲ", "การติดตาม"),
    "Case plan": ("ကိစ္စအစီအစဉ်", "แผนรายกรณี"),
    "Wellbeing": ("စိတ်ကျန်းမာရေး", "สุขภาวะ"),
    "Project session": ("စီမံကိန်း အစည်းအဝေး", "เซสชันโครงการ"),
    "Protection": ("အကာအကွယ်", "การคุ้มครอง"),
    # What an item asks for
    "Follow up: next contact in the {service} case": (
        "နောက်ဆက်တွဲ- {service} ကိစ္စတွင် နောက်တစ်ကြိမ် ဆက်သွယ်ရန်",
        "ติดตาม: การติดต่อครั้งถัดไปในกรณี {service}",
    ),
    "Case plan action: {action}": ("ကိစ္စအစီအစဉ် လုပ်ဆောင်ချက်- {action}", "งานในแผนรายกรณี: {action}"),
    "Assessment alert": ("အကဲဖြတ်မှု သတိပေးချက်", "การแจ้งเตือนจากแบบประเมิน"),
    "Follow up the {instrument} of {date}: {alerts}": (
        "{date} ၏ {instrument} ကို နောက်ဆက်တွဲ ဆောင်ရွက်ရန်- {alerts}",
        "ติดตามผล {instrument} เมื่อ {date}: {alerts}",
    ),
    "Review wellbeing: WHO-5 score {score} of 25 on {date}": (
        "စိတ်ကျန်းမာရေး ပြန်သုံးသပ်ရန်- {date} တွင် WHO-5 ရမှတ် 25 တွင် {score}",
        "ทบทวนสุขภาวะ: คะแนน WHO-5 {score} จาก 25 เมื่อ {date}",
    ),
    "Review wellbeing: WHO-5 fell from {before} to {after} of 100 on {date}": (
        "စိတ်ကျန်းမာရေး ပြန်သုံးသပ်ရန်- {date} တွင် WHO-5 ရမှတ် 100 တွင် {before} မှ {after} သို့ ကျဆင်း",
        "ทบทวนสุขภาวะ: คะแนน WHO-5 ลดจาก {before} เป็น {after} จาก 100 เมื่อ {date}",
    ),
    "Ask for feedback on the referral to {service} made on {date}": (
        "{date} တွင် {service} သို့ လွှဲပြောင်းညွှန်းပို့မှုအတွက် တုံ့ပြန်ချက် မေးရန်",
        "สอบถามผลการส่งต่อไปยัง {service} เมื่อ {date}",
    ),
    "Ask for feedback on the referral made on {date}": (
        "{date} တွင် လွှဲပြောင်းညွှန်းပို့မှုအတွက် တုံ့ပြန်ချက် မေးရန်",
        "สอบถามผลการส่งต่อเมื่อ {date}",
    ),
    "Renew consent: given on {date}, a year ago on {due}": (
        "သဘောတူညီချက် သက်တမ်းတိုးရန်- {date} တွင် ပေးခဲ့ပြီး {due} တွင် တစ်နှစ်ပြည့်",
        "ต่ออายุความยินยอม: ให้ไว้เมื่อ {date} ครบหนึ่งปีในวันที่ {due}",
    ),
    "Record attendance of the group session on {date}: {topic}": (
        "{date} အုပ်စုအစည်းအဝေး၏ တက်ရောက်မှုကို မှတ်တမ်းတင်ရန်- {topic}",
        "บันทึกการเข้าร่วมของกิจกรรมกลุ่มเมื่อ {date}: {topic}",
    ),
    "Record attendance of the group session on {date}": (
        "{date} အုပ်စုအစည်းအဝေး၏ တက်ရောက်မှုကို မှတ်တမ်းတင်ရန်",
        "บันทึกการเข้าร่วมของกิจกรรมกลุ่มเมื่อ {date}",
    ),
    "Prepare session {number} of {project}: {title}": (
        "{project} ၏ အစည်းအဝေး {number} ကို ပြင်ဆင်ရန်- {title}",
        "เตรียมเซสชันที่ {number} ของ {project}: {title}",
    ),
    # The session dialog, recording the attendance of a session already logged
    "Record attendance": ("တက်ရောက်မှု မှတ်တမ်းတင်မည်", "บันทึกการเข้าร่วม"),
    "Save attendance": ("တက်ရောက်မှုကို သိမ်းမည်", "บันทึกการเข้าร่วม"),
}
