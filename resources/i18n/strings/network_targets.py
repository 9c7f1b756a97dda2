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
}
