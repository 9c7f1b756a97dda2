"""Burmese and Thai for referral feedback and the network's referral figures (issue 21): the
coordinator's "Referrals" tab (made, received, served, completion per CSO pair and service
category) and the Share page's line about feedback that updated referrals (see ../README.md)."""

STRINGS = {
    # --- the coordinator's Referrals tab (desktop/coordinator/figures.py) -----------------------
    ("MergedFigures", "Made"): ("ညွှန်းပို့ခဲ့", "ที่ส่งต่อ"),
    ("MergedFigures", "Received"): ("လက်ခံရရှိခဲ့", "ที่ได้รับ"),
    ("MergedFigures", "Served"): ("ဝန်ဆောင်မှု ရရှိခဲ့", "ได้รับบริการแล้ว"),
    ("MergedFigures", "Completion"): ("ပြီးမြောက်မှုနှုန်း", "อัตราความสำเร็จ"),
    ("MergedFigures", "All CSOs"): ("အဖွဲ့အစည်း အားလုံး", "ทุกองค์กร"),
    ("MergedFigures", "All"): ("အားလုံး", "ทั้งหมด"),
    ("MergedFigures", "Referring CSO"): ("ညွှန်းပို့သည့် အဖွဲ့အစည်း", "องค์กรที่ส่งต่อ"),
    ("MergedFigures", "Receiving CSO"): ("လက်ခံသည့် အဖွဲ့အစည်း", "องค์กรที่รับ"),
    ("MergedFigures", "Service category"): ("ဝန်ဆောင်မှု အမျိုးအစား", "ประเภทบริการ"),
    (
        "MergedFigures",
        "Made: counted by the referring CSO. Received and served: counted by the receiving CSO "
        "from the referral codes it recorded. Completion is served / made, shown only when both "
        "are exact (no part withheld).",
    ): (
        "ညွှန်းပို့ခဲ့- ညွှန်းပို့သည့် အဖွဲ့အစည်းက ရေတွက်သည်။ လက်ခံရရှိခဲ့နှင့် ဝန်ဆောင်မှု ရရှိခဲ့- "
        "လက်ခံသည့် အဖွဲ့အစည်းက ၎င်း မှတ်တမ်းတင်ခဲ့သော လွှဲပြောင်းညွှန်းပို့မှု ကုဒ်များမှ ရေတွက်သည်။ "
        "ပြီးမြောက်မှုနှုန်းမှာ ဝန်ဆောင်မှု ရရှိခဲ့ / ညွှန်းပို့ခဲ့ ဖြစ်ပြီး နှစ်ခုစလုံး အတိအကျ "
        "ဖြစ်မှသာ (မည်သည့်အပိုင်းကိုမျှ ဖုံးမထားမှသာ) ပြသသည်။",
        "ที่ส่งต่อ: นับโดยองค์กรที่ส่งต่อ ที่ได้รับและได้รับบริการแล้ว: นับโดยองค์กรที่รับ "
        "จากรหัสการส่งต่อที่บันทึกไว้ อัตราความสำเร็จคือ ได้รับบริการแล้ว / ที่ส่งต่อ "
        "แสดงเฉพาะเมื่อตัวเลขทั้งสองเป็นค่าที่แน่นอน (ไม่มีส่วนใดไม่เปิดเผย)",
    ),
    "Referrals CSV…": ("လွှဲပြောင်းညွှန်းပို့မှု CSV…", "การส่งต่อ CSV…"),
    # --- a refused envelope (desktop/errors.py) -----------------------------------------------
    "Referral feedback from another CSO could not be used: it is not addressed to this CSO, "
    "not signed by the CSO that sent it, or damaged. Nothing was changed.": (
        "အခြားအဖွဲ့အစည်းထံမှ လွှဲပြောင်းညွှန်းပို့မှု တုံ့ပြန်ချက်ကို အသုံးမပြုနိုင်ပါ- ၎င်းသည် "
        "ဤအဖွဲ့အစည်းထံ ပို့ထားခြင်း မဟုတ်ပါ၊ ပို့သည့် အဖွဲ့အစည်းက လက်မှတ်ထိုးထားခြင်း မရှိပါ "
        "သို့မဟုတ် ပျက်စီးနေပါသည်။ မည်သည့်အရာကိုမျှ မပြောင်းလဲခဲ့ပါ။",
        "ใช้ข้อมูลตอบกลับการส่งต่อจากองค์กรอื่นไม่ได้: ไม่ได้ส่งถึงองค์กรนี้ "
        "ไม่ได้ลงนามโดยองค์กรที่ส่ง หรือข้อมูลเสียหาย ไม่มีสิ่งใดถูกเปลี่ยนแปลง",
    ),
    # --- a person's referrals (desktop/beneficiaries/history_tab.py, desktop/labels.py) ----------
    "Feedback": ("တုံ့ပြန်ချက်", "ผลตอบกลับ"),
    "{state} on {date}": ("{date} တွင် {state}", "{state} เมื่อ {date}"),
    ("Labels", "Received"): ("လက်ခံရရှိပြီး", "ได้รับแล้ว"),
    # --- the Share page, after a pull (desktop/share_page/page.py) -----------------------------
    "Feedback from receiving CSOs updated {count} of your referrals.": (
        "လက်ခံသည့် အဖွဲ့အစည်းများထံမှ တုံ့ပြန်ချက်ဖြင့် သင်၏ လွှဲပြောင်းညွှန်းပို့မှု {count} ခုကို အပ်ဒိတ်လုပ်ပြီး။",
        "ข้อมูลตอบกลับจากองค์กรที่รับได้ปรับปรุงการส่งต่อของคุณ {count} รายการ",
    ),
}
