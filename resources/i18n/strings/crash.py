"""Burmese and Thai for desktop/crash/dialog.py, the dialog of an unexpected error (see ../README.md)."""

STRINGS = {
    "Saphan hit a problem": ("Saphan တွင် ပြဿနာတစ်ခု ဖြစ်သွားပါသည်", "Saphan เกิดปัญหา"),
    "Saphan hit a problem; your data is safe.": (
        "Saphan တွင် ပြဿနာတစ်ခု ဖြစ်သွားပါသည်။ သင့်အချက်အလက်များ ဘေးကင်းပါသည်။",
        "Saphan เกิดปัญหา แต่ข้อมูลของคุณปลอดภัย",
    ),
    "Everything you saved before this is kept. Close this message and carry on; if this happens again, copy the report and send it to the person who looks after Saphan in your organisation. The report holds no names or records.": (
        "ယခင်က သိမ်းဆည်းထားသမျှ အားလုံး ရှိနေဆဲ ဖြစ်ပါသည်။ ဤစာကို ပိတ်ပြီး ဆက်လုပ်နိုင်ပါသည်။ ထပ်မံဖြစ်ပေါ်ပါက အစီရင်ခံစာကို ကူးယူပြီး သင့်အဖွဲ့အစည်းတွင် Saphan ကို တာဝန်ယူထားသူထံ ပို့ပေးပါ။ အစီရင်ခံစာတွင် အမည်များ သို့မဟုတ် မှတ်တမ်းများ မပါဝင်ပါ။",
        "ทุกอย่างที่คุณบันทึกไว้ก่อนหน้านี้ยังอยู่ครบ ปิดข้อความนี้แล้วทำงานต่อได้ หากเกิดขึ้นอีก กรุณาคัดลอกรายงานแล้วส่งให้ผู้ดูแล Saphan ในองค์กรของคุณ รายงานนี้ไม่มีชื่อหรือระเบียนใด ๆ",
    ),
    "Everything you saved before this is kept, but Saphan has to close now: start it again. If this happens again, copy the report and send it to the person who looks after Saphan in your organisation. The report holds no names or records.": (
        "ယခင်က သိမ်းဆည်းထားသမျှ အားလုံး ရှိနေဆဲ ဖြစ်သော်လည်း Saphan ကို ယခု ပိတ်ရပါမည်။ ပြန်ဖွင့်ပါ။ ထပ်မံဖြစ်ပေါ်ပါက အစီရင်ခံစာကို ကူးယူပြီး သင့်အဖွဲ့အစည်းတွင် Saphan ကို တာဝန်ယူထားသူထံ ပို့ပေးပါ။ အစီရင်ခံစာတွင် အမည်များ သို့မဟုတ် မှတ်တမ်းများ မပါဝင်ပါ။",
        "ทุกอย่างที่คุณบันทึกไว้ก่อนหน้านี้ยังอยู่ครบ แต่ Saphan ต้องปิดตอนนี้ กรุณาเปิดใหม่อีกครั้ง หากเกิดขึ้นอีก กรุณาคัดลอกรายงานแล้วส่งให้ผู้ดูแล Saphan ในองค์กรของคุณ รายงานนี้ไม่มีชื่อหรือระเบียนใด ๆ",
    ),
    "Problems after this one: {count}.": (
        "ဤပြဿနာ နောက်တွင် နောက်ထပ် ပြဿနာ {count} ခု ဖြစ်ခဲ့ပါသည်။",
        "หลังจากปัญหานี้ เกิดปัญหาอีก {count} ครั้ง",
    ),
    "Copy report": ("အစီရင်ခံစာ ကူးယူမည်", "คัดลอกรายงาน"),
    "Open log folder": ("လော့ဂ်ဖိုင်တွဲ ဖွင့်မည်", "เปิดโฟลเดอร์บันทึกระบบ"),
    "The report is copied: paste it into an email or a message.": (
        "အစီရင်ခံစာကို ကူးယူပြီး။ အီးမေးလ် သို့မဟုတ် စာတစ်စောင်ထဲသို့ ကူးထည့်ပါ။",
        "คัดลอกรายงานแล้ว กรุณาวางลงในอีเมลหรือข้อความ",
    ),
    "The log folder is {folder}": (
        "လော့ဂ်ဖိုင်တွဲမှာ {folder} ဖြစ်ပါသည်",
        "โฟลเดอร์บันทึกระบบอยู่ที่ {folder}",
    ),
}
