"""Burmese and Thai for 5W (issue 20): where a session happened (the network's areas), the
CSO's usual area, and the coordinator's 5W export. area = နေရာဒေသ / พื้นที่, network file =
ကွန်ရက်ဖိုင် / ไฟล์เครือข่าย, people reached = ရောက်ရှိကူညီခဲ့သူ / ผู้ได้รับบริการ."""

STRINGS = {
    "Not known": ("မသိပါ", "ไม่ทราบ"),
    "{area} ({parent})": ("{area} ({parent})", "{area} ({parent})"),
    "Where the session happened (for the network's 5W report)": (
        "အစည်းအဝေး ကျင်းပခဲ့သည့် နေရာ (ကွန်ရက်၏ 5W အစီရင်ခံစာအတွက်)",
        "สถานที่จัดเซสชัน (สำหรับรายงาน 5W ของเครือข่าย)",
    ),
    "5W (HXL)…": ("5W (HXL)…", "5W (HXL)…"),
    "Who, what, where, when and for whom: people reached per CSO, programme, activity, area "
    "and month (CSV or Excel, HXL tagged)": (
        "မည်သူ၊ ဘာ၊ ဘယ်မှာ၊ ဘယ်အချိန်၊ မည်သူ့အတွက်: CSO၊ အစီအစဉ်၊ လှုပ်ရှားမှု၊ နေရာဒေသနှင့် "
        "လအလိုက် ရောက်ရှိကူညီခဲ့သူ (CSV သို့မဟုတ် Excel၊ HXL တဂ်ပါ)",
        "ใคร ทำอะไร ที่ไหน เมื่อไร เพื่อใคร: ผู้ได้รับบริการตาม CSO แผนงาน กิจกรรม พื้นที่ "
        "และเดือน (CSV หรือ Excel พร้อมแท็ก HXL)",
    ),
    "CSV file (*.csv);;Excel workbook (*.xlsx)": (
        "CSV ဖိုင် (*.csv);;Excel ဖိုင် (*.xlsx)",
        "ไฟล์ CSV (*.csv);;ไฟล์ Excel (*.xlsx)",
    ),
    "Where sessions happen": (
        "အစည်းအဝေးများ ကျင်းပသည့် နေရာ",
        "สถานที่จัดเซสชัน",
    ),
    "Log a session starts with this area; staff can choose another. The areas come from the "
    "network file (the network's 5W report counts people per area).": (
        "အစည်းအဝေး မှတ်တမ်းတင်ရာတွင် ဤနေရာဒေသဖြင့် စတင်မည်။ ဝန်ထမ်းများက အခြားနေရာကို "
        "ရွေးနိုင်သည်။ နေရာဒေသများသည် ကွန်ရက်ဖိုင်မှ လာသည် (ကွန်ရက်၏ 5W အစီရင်ခံစာသည် "
        "နေရာဒေသအလိုက် လူဦးရေကို ရေတွက်သည်)။",
        "การบันทึกเซสชันจะเริ่มด้วยพื้นที่นี้ เจ้าหน้าที่เลือกพื้นที่อื่นได้ "
        "พื้นที่มาจากไฟล์เครือข่าย (รายงาน 5W ของเครือข่ายนับจำนวนคนตามพื้นที่)",
    ),
    "The network file lists no areas yet. When the coordinator adds them, choose where your "
    "sessions usually happen here.": (
        "ကွန်ရက်ဖိုင်တွင် နေရာဒေသများ မရှိသေးပါ။ ညှိနှိုင်းရေးမှူးက ထည့်ပြီးသောအခါ "
        "သင့်အစည်းအဝေးများ ပုံမှန်ကျင်းပသည့် နေရာကို ဤနေရာတွင် ရွေးပါ။",
        "ไฟล์เครือข่ายยังไม่มีพื้นที่ เมื่อผู้ประสานงานเพิ่มพื้นที่แล้ว ให้เลือกสถานที่ที่คุณจัดเซสชันเป็นประจำที่นี่",
    ),
    "Where (5W)": ("နေရာ (5W)", "สถานที่ (5W)"),
    "Usual area": ("ပုံမှန် နေရာဒေသ", "พื้นที่ประจำ"),
    "Saved the usual area of sessions.": (
        "အစည်းအဝေးများ၏ ပုံမှန် နေရာဒေသကို သိမ်းဆည်းပြီးပါပြီ။",
        "บันทึกพื้นที่ประจำของเซสชันแล้ว",
    ),
    "Choose an area of the network's list.": (
        "ကွန်ရက်စာရင်းထဲမှ နေရာဒေသ တစ်ခုကို ရွေးပါ။",
        "เลือกพื้นที่จากรายการของเครือข่าย",
    ),
    "An area can only lie in another area of the network, never in itself.": (
        "နေရာဒေသ တစ်ခုသည် ကွန်ရက်၏ အခြားနေရာဒေသ တစ်ခုအတွင်းတွင်သာ ရှိနိုင်ပြီး မိမိကိုယ်တိုင်အတွင်း မရှိနိုင်ပါ။",
        "พื้นที่หนึ่งอยู่ภายในพื้นที่อื่นของเครือข่ายได้เท่านั้น ไม่อยู่ภายในตัวเอง",
    ),
}
