"""Burmese and Thai for issue 23's long work: restore, publish, pull and merge show how far
they are and can be cancelled (see ../README.md)."""

STRINGS = {
    # desktop/tasks.py: work whose steps are known but not how long each takes
    "Step {n} of {total}": ("အဆင့် {total} ဆင့်အနက် အဆင့် {n}", "ขั้นตอนที่ {n} จาก {total}"),
    # desktop/share_page/page.py: pulling
    "Reading the network file…": ("ကွန်ရက်ဖိုင်ကို ဖတ်နေသည်…", "กำลังอ่านไฟล์เครือข่าย…"),
    "Reading the service directory…": (
        "ဝန်ဆောင်မှု လမ်းညွှန်ကို ဖတ်နေသည်…",
        "กำลังอ่านทำเนียบบริการ…",
    ),
    "Reading feedback on your referrals…": (
        "သင်၏ လွှဲပြောင်းညွှန်းပို့မှုများအပေါ် တုံ့ပြန်ချက်ကို ဖတ်နေသည်…",
        "กำลังอ่านข้อมูลตอบกลับเรื่องการส่งต่อของคุณ…",
    ),
    "Checking what was read…": ("ဖတ်ထားသည်ကို စစ်ဆေးနေသည်…", "กำลังตรวจสอบสิ่งที่อ่านมา…"),
    "Cancelled: nothing was pulled or changed.": (
        "ပယ်ဖျက်ပြီး - ဘာမျှ မရယူရ၊ မပြောင်းလဲရပါ။",
        "ยกเลิกแล้ว ไม่ได้ดึงหรือเปลี่ยนแปลงสิ่งใด",
    ),
    # desktop/settings_page/backups.py: restoring
    "Do not unplug the USB stick until the restore is finished.": (
        "ပြန်ယူခြင်း ပြီးဆုံးသည်အထိ USB ကို မဖြုတ်ပါနှင့်။",
        "อย่าถอดแฟลชไดรฟ์ USB จนกว่าการกู้คืนจะเสร็จ",
    ),
    "The restore was cancelled. The data on this laptop is as it was, and nothing was left "
    "behind. The USB stick can be removed safely now.": (
        "ပြန်ယူခြင်းကို ပယ်ဖျက်လိုက်သည်။ ဤလက်ပ်တော့ပေါ်ရှိ ဒေတာသည် ယခင်အတိုင်း ရှိနေပြီး "
        "ဘာမျှ ကျန်မနေပါ။ USB ကို ယခု လုံခြုံစွာ ဖြုတ်နိုင်ပါပြီ။",
        "ยกเลิกการกู้คืนแล้ว ข้อมูลในแล็ปท็อปนี้ยังเหมือนเดิม และไม่มีสิ่งใดค้างอยู่ ถอดแฟลชไดรฟ์ USB ได้อย่างปลอดภัยแล้ว",
    ),
    # desktop/coordinator/page.py: merging
    "The merge was cancelled: nothing was merged or written to the folder.": (
        "ပေါင်းစည်းခြင်းကို ပယ်ဖျက်လိုက်သည် - ဘာမျှ မပေါင်းစည်းရ၊ ဖိုင်တွဲထဲသို့ ဘာမျှ မရေးရပါ။",
        "ยกเลิกการรวมแล้ว ไม่ได้รวมหรือเขียนสิ่งใดลงโฟลเดอร์",
    ),
}
