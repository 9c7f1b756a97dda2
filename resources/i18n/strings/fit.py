"""Burmese and Thai for issue 23's fit work: progress of long work, empty states,
typography (see ../README.md)."""

STRINGS = {
    # desktop/tasks.py: progress with size and time left
    "{done} of {total}": ("{total} အနက် {done}", "{done} จาก {total}"),
    "about {n} s left": ("{n} စက္ကန့်ခန့် ကျန်သည်", "เหลืออีกประมาณ {n} วินาที"),
    "about {n} min left": ("{n} မိနစ်ခန့် ကျန်သည်", "เหลืออีกประมาณ {n} นาที"),
    # desktop/settings_page/backups.py
    "Do not unplug the USB stick until the backup is finished.": (
        "အရန်မိတ္တူ ပြီးဆုံးသည်အထိ USB ကို မဖြုတ်ပါနှင့်။",
        "อย่าถอดแฟลชไดรฟ์ USB จนกว่าการสำรองข้อมูลจะเสร็จ",
    ),
    "The backup was cancelled and nothing was saved. The USB stick can be removed safely now; "
    "make a backup soon.": (
        "အရန်မိတ္တူကို ပယ်ဖျက်လိုက်သဖြင့် ဘာမျှ မသိမ်းရသေးပါ။ USB ကို ယခု လုံခြုံစွာ ဖြုတ်နိုင်ပါပြီ။ မကြာမီ အရန်မိတ္တူ ပြုလုပ်ပါ။",
        "ยกเลิกการสำรองข้อมูลแล้ว ไม่มีการบันทึกไฟล์ใด ๆ ถอดแฟลชไดรฟ์ USB ได้อย่างปลอดภัยแล้ว "
        "โปรดสำรองข้อมูลอีกครั้งเร็ว ๆ นี้",
    ),
    # desktop/importing/result_pages.py
    "{n} people": ("{n} ဦး", "{n} คน"),
    "The import was cancelled. Nothing was imported: the registry is as it was.": (
        "တင်သွင်းခြင်းကို ပယ်ဖျက်လိုက်သည်။ ဘာမျှ မတင်သွင်းရပါ။ စာရင်းသည် ယခင်အတိုင်း ရှိနေသည်။",
        "ยกเลิกการนำเข้าแล้ว ไม่มีข้อมูลใดถูกนำเข้า ทะเบียนยังเหมือนเดิม",
    ),
}
