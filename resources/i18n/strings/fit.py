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
    # desktop/login/dialog.py (was never extracted: lupdate reads no tr() inside an f-string)
    "Forgot password?": ("စကားဝှက် မေ့နေပါသလား", "ลืมรหัสผ่านใช่ไหม"),
    # Empty states: one sentence and one button for the next step
    "Nothing is merged yet: merging reads the CSOs' files from the shared folder and adds up "
    "their counts.": (
        "မည်သည့်ဖိုင်မျှ မပေါင်းရသေးပါ။ ပေါင်းခြင်းသည် မျှဝေဖိုင်တွဲမှ အဖွဲ့အစည်းများ၏ ဖိုင်များကို "
        "ဖတ်ပြီး အရေအတွက်များကို ပေါင်းသည်။",
        "ยังไม่ได้รวมข้อมูล การรวมจะอ่านไฟล์ขององค์กรจากโฟลเดอร์ที่แบ่งปันและรวมยอดนับ",
    ),
    "No service matches these filters.": (
        "ဤစစ်ထုတ်ချက်များနှင့် ကိုက်ညီသော ဝန်ဆောင်မှု မရှိပါ။",
        "ไม่มีบริการที่ตรงกับตัวกรองเหล่านี้",
    ),
    "Clear the filters": ("စစ်ထုတ်ချက်များ ရှင်းမည်", "ล้างตัวกรอง"),
    "You have not joined a network yet: the directory lists the services of the CSOs in it.": (
        "ကွန်ရက်သို့ မဝင်ရသေးပါ။ လမ်းညွှန်တွင် ကွန်ရက်ထဲရှိ အဖွဲ့အစည်းများ၏ ဝန်ဆောင်မှုများကို ပြသည်။",
        "คุณยังไม่ได้เข้าร่วมเครือข่าย ทำเนียบบริการแสดงบริการขององค์กรในเครือข่าย",
    ),
    "Join a network…": ("ကွန်ရက်သို့ ဝင်မည်…", "เข้าร่วมเครือข่าย…"),
    "Your administrator joins it on the Share page.": (
        "စီမံခန့်ခွဲသူက မျှဝေရန် စာမျက်နှာတွင် ဝင်ပေးပါမည်။",
        "ผู้ดูแลระบบเข้าร่วมได้ที่หน้าแบ่งปัน",
    ),
    "No services are listed yet: pull the network's file on the Share page, and add your own "
    "services.": (
        "ဝန်ဆောင်မှု မရှိသေးပါ။ မျှဝေရန် စာမျက်နှာတွင် ကွန်ရက်ဖိုင်ကို ရယူပြီး သင့်ဝန်ဆောင်မှုများကို ထည့်ပါ။",
        "ยังไม่มีบริการในรายการ ดึงไฟล์เครือข่ายที่หน้าแบ่งปัน และเพิ่มบริการของคุณเอง",
    ),
    "Add your services…": ("သင့်ဝန်ဆောင်မှုများ ထည့်မည်…", "เพิ่มบริการของคุณ…"),
    "Your organisation lists no services yet: add them so that other CSOs can refer people to "
    "you.": (
        "သင့်အဖွဲ့အစည်းတွင် ဝန်ဆောင်မှု စာရင်း မရှိသေးပါ။ အခြားအဖွဲ့အစည်းများက လူများကို သင့်ထံ လွှဲပြောင်းညွှန်းပို့နိုင်ရန် ထည့်ပါ။",
        "องค์กรของคุณยังไม่มีบริการในรายการ เพิ่มบริการเพื่อให้องค์กรอื่นส่งต่อผู้คนมาหาคุณได้",
    ),
    "Add the first service…": ("ပထမ ဝန်ဆောင်မှု ထည့်မည်…", "เพิ่มบริการแรก…"),
    "You have not joined a network yet: once you have, this shows exactly what would be shared "
    "with it.": (
        "ကွန်ရက်သို့ မဝင်ရသေးပါ။ ဝင်ပြီးပါက ကွန်ရက်နှင့် မျှဝေမည့်အရာကို ဤနေရာတွင် အတိအကျ ပြပါမည်။",
        "คุณยังไม่ได้เข้าร่วมเครือข่าย เมื่อเข้าร่วมแล้ว ส่วนนี้จะแสดงสิ่งที่จะแบ่งปันกับเครือข่ายอย่างชัดเจน",
    ),
    "Import the network file…": ("ကွန်ရက်ဖိုင် တင်သွင်းမည်…", "นำเข้าไฟล์เครือข่าย…"),
}
