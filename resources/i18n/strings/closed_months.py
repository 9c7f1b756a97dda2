"""Burmese and Thai for closed months: the Share page's box and dialogs, the preview's line,
the coordinator's correction note and the closing errors (see ../README.md)."""

STRINGS = {
    "Closed months": ("ပိတ်ပြီးသော လများ", "เดือนที่ปิดแล้ว"),
    "Close through…": ("ဤလအထိ ပိတ်မည်…", "ปิดถึงเดือน…"),
    "Reopen…": ("ပြန်ဖွင့်မည်…", "เปิดใหม่…"),
    "No month is closed yet.": ("ပိတ်ထားသော လ မရှိသေးပါ။", "ยังไม่มีเดือนที่ปิด"),
    "Closed through {month}: the shared figures of these months stay as published.": (
        "{month} အထိ ပိတ်ပြီး- ဤလများ၏ မျှဝေထားသော ကိန်းဂဏန်းများသည် ထုတ်ပြန်ခဲ့သည့်အတိုင်း ရှိနေမည်။",
        "ปิดถึง {month} แล้ว: ตัวเลขที่แบ่งปันของเดือนเหล่านี้คงเดิมตามที่เผยแพร่",
    ),
    "The network closes each month {days} days after it ends, when you publish.": (
        "ကွန်ရက်သည် လတစ်လ ကုန်ဆုံးပြီး {days} ရက်အကြာတွင် သင် ထုတ်ပြန်သည့်အခါ ထိုလကို ပိတ်သည်။",
        "เครือข่ายจะปิดแต่ละเดือนเมื่อครบ {days} วันหลังสิ้นเดือน เมื่อคุณเผยแพร่",
    ),
    "Close months": ("လများကို ပိတ်မည်", "ปิดเดือน"),
    "Close every month up to the one you choose. Their shared figures then stay exactly as "
    "they are published now, whatever is edited or erased later.": (
        "သင်ရွေးသော လအထိ လအားလုံးကို ပိတ်ပါ။ ထို့နောက် နောင်တွင် ပြင်ဆင်ခြင်း သို့မဟုတ် ဖျက်ခြင်း "
        "ပြုလုပ်သော်လည်း ၎င်းတို့၏ မျှဝေထားသော ကိန်းဂဏန်းများသည် ယခု ထုတ်ပြန်သည့်အတိုင်း အတိအကျ ရှိနေမည်။",
        "ปิดทุกเดือนจนถึงเดือนที่คุณเลือก ตัวเลขที่แบ่งปันของเดือนเหล่านั้นจะคงเดิมตามที่เผยแพร่ตอนนี้ "
        "ไม่ว่าจะมีการแก้ไขหรือลบข้อมูลภายหลังอย่างไร",
    ),
    "Close every month up to {month}? Only the admin can reopen a month, and the coordinator "
    "then sees it as a correction.": (
        "{month} အထိ လအားလုံးကို ပိတ်မလား။ လတစ်လကို စီမံခန့်ခွဲသူသာ ပြန်ဖွင့်နိုင်ပြီး ညှိနှိုင်းရေးမှူးက ၎င်းကို ပြင်ဆင်ချက်အဖြစ် မြင်ရမည်။",
        "ปิดทุกเดือนจนถึง {month} หรือไม่ เฉพาะผู้ดูแลระบบเท่านั้นที่เปิดเดือนใหม่ได้ และผู้ประสานงานจะเห็นเป็นการแก้ไข",
    ),
    "Close them": ("ပိတ်မည်", "ปิดเดือน"),
    "Closing months…": ("လများကို ပိတ်နေသည်…", "กำลังปิดเดือน…"),
    "Closed through {month}.": ("{month} အထိ ပိတ်ပြီး။", "ปิดถึง {month} แล้ว"),
    "Reopen a month": ("လတစ်လကို ပြန်ဖွင့်မည်", "เปิดเดือนใหม่"),
    "Reopen a closed month to correct its figures: it and every later month are open again. "
    "The next publish tells the coordinator it is a correction.": (
        "ပိတ်ထားသော လတစ်လ၏ ကိန်းဂဏန်းများကို ပြင်ရန် ပြန်ဖွင့်ပါ- ထိုလနှင့် နောက်ပိုင်းလအားလုံး "
        "ပြန်ပွင့်မည်။ နောက်တစ်ကြိမ် ထုတ်ပြန်သည့်အခါ ၎င်းသည် ပြင်ဆင်ချက်ဖြစ်ကြောင်း ညှိနှိုင်းရေးမှူးထံ အသိပေးမည်။",
        "เปิดเดือนที่ปิดแล้วใหม่เพื่อแก้ไขตัวเลข: เดือนนั้นและทุกเดือนหลังจากนั้นจะเปิดอีกครั้ง "
        "การเผยแพร่ครั้งถัดไปจะแจ้งผู้ประสานงานว่าเป็นการแก้ไข",
    ),
    "Reopen {month} and every later month?": (
        "{month} နှင့် နောက်ပိုင်းလအားလုံးကို ပြန်ဖွင့်မလား။",
        "เปิด {month} และทุกเดือนหลังจากนั้นใหม่หรือไม่",
    ),
    "Reopened {month}.": ("{month} ကို ပြန်ဖွင့်ပြီး။", "เปิด {month} ใหม่แล้ว"),
    "Why it must change (kept in the log)": (
        "ဘာကြောင့် ပြောင်းရမည်နည်း (မှတ်တမ်းတွင် သိမ်းမည်)",
        "เหตุผลที่ต้องเปลี่ยน (เก็บไว้ในบันทึก)",
    ),
    "none": ("မရှိ", "ไม่มี"),
    "through {month}, as published": (
        "{month} အထိ၊ ထုတ်ပြန်ခဲ့သည့်အတိုင်း",
        "ถึง {month} ตามที่เผยแพร่",
    ),
    "(corrected: {months})": ("(ပြင်ဆင်ထားသည်- {months})", "(แก้ไขแล้ว: {months})"),
    "{code} ({name}) reopened {month} on {at} (UTC): its figures for that month correct what "
    "it published before.": (
        "{code} ({name}) သည် {month} ကို {at} (UTC) တွင် ပြန်ဖွင့်ခဲ့သည်- ထိုလအတွက် ၎င်း၏ "
        "ကိန်းဂဏန်းများသည် ယခင်က ထုတ်ပြန်ခဲ့သည်ကို ပြင်ဆင်သည်။",
        "{code} ({name}) เปิด {month} ใหม่เมื่อ {at} (UTC): ตัวเลขของเดือนนั้นแก้ไขสิ่งที่เคยเผยแพร่ไว้",
    ),
    "This CSO is not in a network yet: months are closed against the network's reporting "
    "period. Get the network file from the coordinator first.": (
        "ဤအဖွဲ့အစည်းသည် ကွန်ရက်တွင် မပါဝင်သေးပါ- လများကို ကွန်ရက်၏ အစီရင်ခံကာလအတိုင်း ပိတ်သည်။ "
        "ညှိနှိုင်းရေးမှူးထံမှ ကွန်ရက်ဖိုင်ကို အရင် ရယူပါ။",
        "องค์กรนี้ยังไม่ได้อยู่ในเครือข่าย: การปิดเดือนอิงตามช่วงรายงานของเครือข่าย "
        "โปรดรับไฟล์เครือข่ายจากผู้ประสานงานก่อน",
    ),
    "That month is not in the network's reporting period.": (
        "ထိုလသည် ကွန်ရက်၏ အစီရင်ခံကာလအတွင်း မပါဝင်ပါ။",
        "เดือนนั้นไม่อยู่ในช่วงรายงานของเครือข่าย",
    ),
    "A month can be closed only after it has ended.": (
        "လတစ်လကို ကုန်ဆုံးပြီးမှသာ ပိတ်နိုင်သည်။",
        "ปิดเดือนได้หลังจากสิ้นเดือนแล้วเท่านั้น",
    ),
    "That month is closed already. To change its figures, reopen it.": (
        "ထိုလကို ပိတ်ပြီးဖြစ်သည်။ ၎င်း၏ ကိန်းဂဏန်းများကို ပြောင်းရန် ပြန်ဖွင့်ပါ။",
        "เดือนนั้นปิดแล้ว หากต้องการเปลี่ยนตัวเลข ให้เปิดใหม่",
    ),
    "That month is not closed.": ("ထိုလကို မပိတ်ရသေးပါ။", "เดือนนั้นยังไม่ได้ปิด"),
    "The months could not be closed or reopened. Nothing changed.": (
        "လများကို ပိတ်၍ သို့မဟုတ် ပြန်ဖွင့်၍ မရပါ။ ဘာမျှ မပြောင်းလဲပါ။",
        "ปิดหรือเปิดเดือนใหม่ไม่ได้ ไม่มีสิ่งใดเปลี่ยนแปลง",
    ),
    "Someone else closed or reopened months meanwhile. Try again.": (
        "ဤအတောအတွင်း အခြားသူတစ်ဦးက လများကို ပိတ်ခြင်း သို့မဟုတ် ပြန်ဖွင့်ခြင်း ပြုလုပ်ခဲ့သည်။ ထပ်စမ်းကြည့်ပါ။",
        "ระหว่างนี้มีผู้อื่นปิดหรือเปิดเดือนใหม่ โปรดลองอีกครั้ง",
    ),
}
