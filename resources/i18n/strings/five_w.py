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
    # The coordinator's Areas tab (desktop/coordinator/areas_tab.py)
    "Areas": ("နေရာဒေသများ", "พื้นที่"),
    "P-code": ("P-code", "P-code"),
    "Inside": ("အတွင်းရှိ", "อยู่ใน"),
    "Add area": ("နေရာဒေသ ထည့်မည်", "เพิ่มพื้นที่"),
    "Undo changes": ("ပြောင်းလဲမှုများ ပြန်ဖျက်မည်", "ยกเลิกการเปลี่ยนแปลง"),
    "Show the saved areas again": (
        "သိမ်းထားသော နေရာဒေသများကို ပြန်ပြမည်",
        "แสดงพื้นที่ที่บันทึกไว้อีกครั้ง",
    ),
    "e.g. mae_pa": ("ဥပမာ mae_pa", "เช่น mae_pa"),
    "e.g. Mae Pa": ("ဥပမာ Mae Pa", "เช่น แม่ปะ"),
    "e.g. TH630607": ("ဥပမာ TH630607", "เช่น TH630607"),
    "Where the CSOs' activities happen, for the 5W report: each CSO picks one of these areas "
    "when it logs a session. Give the official P-code where the place has one. Save signs a "
    "new revision of the network file and writes it to the shared folder.": (
        "5W အစီရင်ခံစာအတွက် အဖွဲ့အစည်းများ၏ လှုပ်ရှားမှုများ ကျင်းပသည့် နေရာ - "
        "အစည်းအဝေး မှတ်တမ်းတင်သည့်အခါ အဖွဲ့အစည်းတိုင်းက ဤနေရာဒေသများထဲမှ တစ်ခုကို ရွေးသည်။ "
        "တရားဝင် P-code ရှိသည့် နေရာအတွက် ထည့်ပါ။ သိမ်းလျှင် ကွန်ရက်ဖိုင်၏ ဗားရှင်းအသစ်ကို "
        "လက်မှတ်ထိုးပြီး မျှဝေဖိုင်တွဲသို့ ရေးသည်။",
        "สถานที่ที่องค์กรจัดกิจกรรม สำหรับรายงาน 5W: ทุกองค์กรเลือกพื้นที่หนึ่งจากรายการนี้"
        "เมื่อบันทึกเซสชัน ใส่ P-code ทางการหากสถานที่นั้นมี การบันทึกจะลงนามฉบับใหม่ของ"
        "ไฟล์เครือข่ายและเขียนลงในโฟลเดอร์ที่แบ่งปัน",
    ),
    "No areas yet. Add the first place where activities happen.": (
        "နေရာဒေသ မရှိသေးပါ။ လှုပ်ရှားမှုများ ကျင်းပသည့် ပထမဆုံး နေရာကို ထည့်ပါ။",
        "ยังไม่มีพื้นที่ เพิ่มสถานที่แรกที่จัดกิจกรรม",
    ),
    "A saved area keeps its code: sessions name it.": (
        "သိမ်းထားသော နေရာဒေသ၏ ကုဒ်ကို ပြောင်း၍ မရပါ - အစည်းအဝေးများက ၎င်းကို အသုံးပြုသည်။",
        "พื้นที่ที่บันทึกแล้วคงรหัสเดิม: เซสชันอ้างถึงรหัสนี้",
    ),
    "“{code}” is not an area code: small letters, digits and _, starting with a letter "
    "(e.g. mae_pa).": (
        "“{code}” သည် နေရာဒေသ ကုဒ် မဟုတ်ပါ - စာလုံးအသေး၊ ဂဏန်းနှင့် _ ဖြစ်ပြီး စာလုံးဖြင့် စရမည် (ဥပမာ mae_pa)။",
        "“{code}” ไม่ใช่รหัสพื้นที่: ใช้อักษรตัวเล็ก ตัวเลข และ _ ขึ้นต้นด้วยตัวอักษร (เช่น mae_pa)",
    ),
    "Give each area a code.": (
        "နေရာဒေသ တစ်ခုစီကို ကုဒ် ပေးပါ။",
        "ใส่รหัสให้ทุกพื้นที่",
    ),
    "Two areas have the code {code}: keep one.": (
        "နေရာဒေသ နှစ်ခုတွင် ကုဒ် {code} ရှိသည် - တစ်ခုသာ ထားပါ။",
        "มีสองพื้นที่ที่ใช้รหัส {code}: เก็บไว้เพียงหนึ่ง",
    ),
    "Give each area a name.": (
        "နေရာဒေသ တစ်ခုစီကို အမည် ပေးပါ။",
        "ใส่ชื่อให้ทุกพื้นที่",
    ),
    "“{p_code}” is not a P-code: two capital letters and pairs of digits (e.g. TH630607).": (
        "“{p_code}” သည် P-code မဟုတ်ပါ - စာလုံးကြီး နှစ်လုံးနှင့် ဂဏန်း အတွဲများ (ဥပမာ TH630607)။",
        "“{p_code}” ไม่ใช่ P-code: อักษรตัวใหญ่สองตัวตามด้วยตัวเลขเป็นคู่ (เช่น TH630607)",
    ),
    "{code} cannot lie inside itself.": (
        "{code} သည် ၎င်းကိုယ်တိုင်အတွင်း ရှိ၍ မရပါ။",
        "{code} อยู่ในตัวเองไม่ได้",
    ),
    "A network has at most {n} areas.": (
        "ကွန်ရက်တစ်ခုတွင် နေရာဒေသ အများဆုံး {n} ခု ရှိနိုင်သည်။",
        "เครือข่ายหนึ่งมีพื้นที่ได้ไม่เกิน {n} แห่ง",
    ),
}
