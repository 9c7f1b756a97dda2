"""Burmese and Thai for the coordinator's network operations and each CSO's share of the
targets (see ../README.md). Terms as in coordination.py: target = ပန်းတိုင် / เป้าหมาย,
network file = ကွန်ရက်ဖိုင် / ไฟล์เครือข่าย, revision = ဗားရှင်း / ฉบับ."""

STRINGS = {
    "A CSO code is 2 to 12 capital letters and digits, starting with a letter (e.g. BEAM).": (
        "အဖွဲ့အစည်း ကုဒ်သည် စာလုံးကြီးနှင့် ဂဏန်း ၂ လုံးမှ ၁၂ လုံးအထိ ဖြစ်ပြီး စာလုံးဖြင့် စရမည် (ဥပမာ BEAM)။",
        "รหัสองค์กรเป็นอักษรตัวใหญ่และตัวเลข 2 ถึง 12 ตัว ขึ้นต้นด้วยตัวอักษร (เช่น BEAM)",
    ),
    "Another member of the network is registered with this public key. Check the key with "
    "the CSO again.": (
        "ကွန်ရက်၏ အခြားအဖွဲ့ဝင်တစ်ခုကို ဤအများသုံး သော့ဖြင့် မှတ်ပုံတင်ထားပြီး ဖြစ်သည်။ သော့ကို အဖွဲ့အစည်းနှင့် ထပ်မံ စစ်ဆေးပါ။",
        "มีสมาชิกอื่นของเครือข่ายลงทะเบียนด้วยกุญแจสาธารณะนี้แล้ว ตรวจสอบกุญแจกับองค์กรอีกครั้ง",
    ),
    "The shared folder holds the network file of another network, or one signed by another "
    "coordinator key. Nothing was written: choose the right folder.": (
        "မျှဝေဖိုင်တွဲတွင် အခြားကွန်ရက်၏ ကွန်ရက်ဖိုင် သို့မဟုတ် အခြား ညှိနှိုင်းရေးမှူး သော့ဖြင့် "
        "လက်မှတ်ထိုးထားသော ဖိုင် ရှိနေသည်။ ဘာမျှ မရေးရသေးပါ - မှန်ကန်သော ဖိုင်တွဲကို ရွေးပါ။",
        "โฟลเดอร์ที่แบ่งปันมีไฟล์เครือข่ายของเครือข่ายอื่น หรือไฟล์ที่ลงนามด้วยกุญแจผู้ประสานงานอื่น "
        "ยังไม่ได้เขียนอะไร: เลือกโฟลเดอร์ที่ถูกต้อง",
    ),
    "The shared folder holds a newer revision of this network file than this database "
    "(written from another copy of it?). Nothing was written.": (
        "မျှဝေဖိုင်တွဲတွင် ဤဒေတာဘေ့စ်ထက် ပိုသစ်သော ကွန်ရက်ဖိုင် ဗားရှင်း ရှိနေသည် "
        "(ဒေတာဘေ့စ်၏ အခြားမိတ္တူမှ ရေးထားသလား)။ ဘာမျှ မရေးရသေးပါ။",
        "โฟลเดอร์ที่แบ่งปันมีไฟล์เครือข่ายฉบับที่ใหม่กว่าฐานข้อมูลนี้ (เขียนจากสำเนาอื่นของฐานข้อมูล?) ยังไม่ได้เขียนอะไร",
    ),
    "This database holds no network yet. Create it first.": (
        "ဤဒေတာဘေ့စ်တွင် ကွန်ရက် မရှိသေးပါ။ ဦးစွာ ဖန်တီးပါ။",
        "ฐานข้อมูลนี้ยังไม่มีเครือข่าย สร้างเครือข่ายก่อน",
    ),
    "This database holds a network already; one database holds one network.": (
        "ဤဒေတာဘေ့စ်တွင် ကွန်ရက် ရှိပြီးသား ဖြစ်သည်။ ဒေတာဘေ့စ် တစ်ခုတွင် ကွန်ရက် တစ်ခုသာ ရှိသည်။",
        "ฐานข้อมูลนี้มีเครือข่ายอยู่แล้ว ฐานข้อมูลหนึ่งเก็บได้หนึ่งเครือข่าย",
    ),
    "No member of the network has this CSO code.": (
        "ကွန်ရက်၏ မည်သည့်အဖွဲ့ဝင်မျှ ဤအဖွဲ့အစည်း ကုဒ် မရှိပါ။",
        "ไม่มีสมาชิกของเครือข่ายที่ใช้รหัสองค์กรนี้",
    ),
    "The network has no programme with this code.": (
        "ကွန်ရက်တွင် ဤကုဒ်ဖြင့် အစီအစဉ် မရှိပါ။",
        "เครือข่ายไม่มีแผนงานที่ใช้รหัสนี้",
    ),
    "A target is a whole number from 0 to 10,000,000.": (
        "ပန်းတိုင်သည် 0 မှ 10,000,000 အထိ ကိန်းပြည့် ဖြစ်ရမည်။",
        "เป้าหมายเป็นจำนวนเต็มตั้งแต่ 0 ถึง 10,000,000",
    ),
    "The threshold is a whole number from 2 to 100.": (
        "အတိုင်းအတာသည် 2 မှ 100 အထိ ကိန်းပြည့် ဖြစ်ရမည်။",
        "เกณฑ์เป็นจำนวนเต็มตั้งแต่ 2 ถึง 100",
    ),
    "A network code is small letters, digits and _, starting with a letter (e.g. maesot).": (
        "ကွန်ရက် ကုဒ်သည် စာလုံးသေး၊ ဂဏန်းနှင့် _ ဖြစ်ပြီး စာလုံးဖြင့် စရမည် (ဥပမာ maesot)။",
        "รหัสเครือข่ายเป็นอักษรตัวเล็ก ตัวเลข และ _ ขึ้นต้นด้วยตัวอักษร (เช่น maesot)",
    ),
    "The reporting period ends before it starts.": (
        "အစီရင်ခံကာလသည် မစမီ ပြီးဆုံးနေသည်။",
        "ช่วงเวลารายงานสิ้นสุดก่อนเริ่มต้น",
    ),
    # A CSO's own share of the targets, on its dashboard.
    "“Our share”: the part of the network's target the coordinator set for this CSO in the "
    "network file.": (
        "“ကျွန်ုပ်တို့၏ ဝေစု” - ညှိနှိုင်းရေးမှူးက ကွန်ရက်ဖိုင်တွင် ဤအဖွဲ့အစည်းအတွက် သတ်မှတ်ထားသော ကွန်ရက် ပန်းတိုင်၏ အစိတ်အပိုင်း။",
        "“ส่วนของเรา”: ส่วนของเป้าหมายเครือข่ายที่ผู้ประสานงานกำหนดให้องค์กรนี้ในไฟล์เครือข่าย",
    ),
    "{reached} of our share {target} ({percent}%)": (
        "ကျွန်ုပ်တို့၏ ဝေစု {target} အနက် {reached} ({percent}%)",
        "{reached} จากส่วนของเรา {target} ({percent}%)",
    ),
    "The coordinator set {target} as this CSO's share of the network's target of {network}.": (
        "ညှိနှိုင်းရေးမှူးက ကွန်ရက် ပန်းတိုင် {network} အနက် {target} ကို ဤအဖွဲ့အစည်း၏ ဝေစုအဖြစ် သတ်မှတ်ထားသည်။",
        "ผู้ประสานงานกำหนด {target} เป็นส่วนขององค์กรนี้จากเป้าหมายเครือข่าย {network}",
    ),
    "Our target": ("ကျွန်ုပ်တို့၏ ပန်းတိုင်", "เป้าหมายของเรา"),
    "Network target": ("ကွန်ရက် ပန်းတိုင်", "เป้าหมายเครือข่าย"),
    # Each CSO against its share, in the coordinator's merged figures.
    "Behind: fewer people reached than the CSO's share × the part of the reporting period "
    "that has passed (months that have ended). A withheld count is fewer than the threshold; "
    "a CSO that has not published counts as behind.": (
        "နောက်ကျနေသည် - ရောက်ရှိကူညီခဲ့သူ အရေအတွက်သည် အဖွဲ့အစည်း၏ ဝေစု × ကုန်ဆုံးပြီးသော "
        "အစီရင်ခံကာလ အစိတ်အပိုင်း (ပြီးဆုံးသွားသော လများ) ထက် နည်းသည်။ ထိန်းထားသော "
        "အရေအတွက်သည် အတိုင်းအတာထက် နည်းသည်။ မထုတ်ပြန်ရသေးသော အဖွဲ့အစည်းကို နောက်ကျနေသည်ဟု ယူဆသည်။",
        "ล่าช้า: จำนวนคนที่เข้าถึงน้อยกว่าส่วนขององค์กร × สัดส่วนของช่วงเวลารายงานที่ผ่านไปแล้ว "
        "(เดือนที่สิ้นสุดแล้ว) ตัวเลขที่ถูกระงับน้อยกว่าเกณฑ์ องค์กรที่ยังไม่เผยแพร่นับว่าล่าช้า",
    ),
    "CSO targets": ("အဖွဲ့အစည်း ပန်းတိုင်များ", "เป้าหมายขององค์กร"),
    "behind": ("နောက်ကျနေသည်", "ล่าช้า"),
    "on track": ("အချိန်မီ", "ตามแผน"),
    "not published": ("မထုတ်ပြန်ရသေး", "ยังไม่เผยแพร่"),
    "CSO's share": ("အဖွဲ့အစည်း၏ ဝေစု", "ส่วนขององค์กร"),
    "% of share": ("ဝေစု၏ %", "% ของส่วน"),
    "Expected by now": ("ယခုအချိန်အထိ မျှော်မှန်းချက်", "ที่คาดไว้ถึงตอนนี้"),
    "No CSO has a share of the targets yet (the coordinator sets them per CSO).": (
        "မည်သည့်အဖွဲ့အစည်းမျှ ပန်းတိုင် ဝေစု မရှိသေးပါ (ညှိနှိုင်းရေးမှူးက အဖွဲ့အစည်း တစ်ခုချင်းစီအတွက် သတ်မှတ်သည်)။",
        "ยังไม่มีองค์กรใดมีส่วนของเป้าหมาย (ผู้ประสานงานกำหนดให้แต่ละองค์กร)",
    ),
    "Behind on at least one programme: {csos}.": (
        "အနည်းဆုံး အစီအစဉ် တစ်ခုတွင် နောက်ကျနေသည် - {csos}။",
        "ล่าช้าอย่างน้อยหนึ่งแผนงาน: {csos}",
    ),
    "Every CSO with a share is on track.": (
        "ဝေစုရှိသော အဖွဲ့အစည်းအားလုံး အချိန်မီ ဖြစ်သည်။",
        "ทุกองค์กรที่มีส่วนของเป้าหมายเป็นไปตามแผน",
    ),
}
