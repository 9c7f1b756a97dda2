"""Burmese and Thai for desktop/settings_page/ and desktop/users/ (see ../README.md)."""

STRINGS = {
    "Choose where to save the backup (for example a USB stick)": (
        "အရန်မိတ္တူ သိမ်းမည့်နေရာကို ရွေးပါ (ဥပမာ USB)",
        "เลือกที่เก็บไฟล์สำรอง (เช่น แฟลชไดรฟ์ USB)",
    ),
    "Making a backup…": ("အရန်မိတ္တူ ပြုလုပ်နေသည်…", "กำลังสำรองข้อมูล…"),
    "Backup saved": ("အရန်မိတ္တူ သိမ်းပြီး", "บันทึกไฟล์สำรองแล้ว"),
    "The backup was saved as {file} ({size}) in {folder}.\n\nKeep the USB stick somewhere "
    "safe, away from this laptop. The backup is encrypted: it opens only with a staff password "
    "or the recovery passphrase.": (
        "အရန်မိတ္တူကို {folder} တွင် {file} ({size}) အဖြစ် သိမ်းပြီး။\n\n"
        "USB ကို ဤလက်ပ်တော့နှင့် ဝေးသော လုံခြုံသည့်နေရာတွင် ထားပါ။ အရန်မိတ္တူကို "
        "စာဝှက်ထားသည် - ဝန်ထမ်း စကားဝှက် သို့မဟုတ် ပြန်ဖွင့်စကားစုဖြင့်သာ ဖွင့်နိုင်သည်။",
        "บันทึกไฟล์สำรองเป็น {file} ({size}) ใน {folder} แล้ว\n\n"
        "เก็บแฟลชไดรฟ์ไว้ในที่ปลอดภัย ห่างจากแล็ปท็อปนี้ ไฟล์สำรองถูกเข้ารหัส "
        "เปิดได้ด้วยรหัสผ่านของเจ้าหน้าที่หรือวลีกู้คืนเท่านั้น",
    ),
    "No backup was made": ("အရန်မိတ္တူ မပြုလုပ်ရသေးပါ", "ไม่ได้สำรองข้อมูล"),
    "Choose the backup to restore": ("ပြန်ယူမည့် အရန်မိတ္တူကို ရွေးပါ", "เลือกไฟล์สำรองที่จะกู้คืน"),
    "Saphan backups (*{suffix});;All files (*)": (
        "Saphan အရန်မိတ္တူများ (*{suffix});;ဖိုင်အားလုံး (*)",
        "ไฟล์สำรอง Saphan (*{suffix});;ทุกไฟล์ (*)",
    ),
    "Not restored": ("ပြန်မယူရသေးပါ", "ไม่ได้กู้คืน"),
    "Replace the data on this laptop?": (
        "ဤလက်ပ်တော့ပေါ်ရှိ ဒေတာကို အစားထိုးမလား။",
        "แทนที่ข้อมูลในแล็ปท็อปนี้หรือไม่",
    ),
    "This replaces the data on this laptop with the backup from {date}. The current data is "
    "kept beside it as a safety copy.\n\nEverything entered after {date} will not be in Saphan "
    "any more.": (
        "ဤလုပ်ဆောင်ချက်သည် ဤလက်ပ်တော့ပေါ်ရှိ ဒေတာကို {date} ၏ အရန်မိတ္တူဖြင့် အစားထိုးမည်။ "
        "လက်ရှိ ဒေတာကို ဘေးတွင် ဘေးကင်းရေး မိတ္တူအဖြစ် ထားမည်။\n\n"
        "{date} နောက်ပိုင်း ထည့်ခဲ့သမျှသည် Saphan တွင် မရှိတော့ပါ။",
        "การทำนี้จะแทนที่ข้อมูลในแล็ปท็อปนี้ด้วยไฟล์สำรองของวันที่ {date} "
        "ข้อมูลปัจจุบันจะเก็บไว้ข้าง ๆ เป็นสำเนาเพื่อความปลอดภัย\n\n"
        "ทุกอย่างที่บันทึกหลังวันที่ {date} จะไม่อยู่ใน Saphan อีก",
    ),
    "Replace the data": ("ဒေတာကို အစားထိုးမည်", "แทนที่ข้อมูล"),
    "Checking and restoring the backup…": (
        "အရန်မိတ္တူကို စစ်ဆေးပြီး ပြန်ယူနေသည်…",
        "กำลังตรวจสอบและกู้คืนไฟล์สำรอง…",
    ),
    "Backup restored": ("အရန်မိတ္တူ ပြန်ယူပြီး", "กู้คืนไฟล์สำรองแล้ว"),
    "The backup from {date} was restored. Sign in again to continue.\n\nThe data that was on "
    "this laptop before is kept as {safety}.": (
        "{date} ၏ အရန်မိတ္တူကို ပြန်ယူပြီး။ ဆက်လုပ်ရန် ထပ်မံ ဝင်ရောက်ပါ။\n\n"
        "ယခင် ဤလက်ပ်တော့ပေါ်ရှိ ဒေတာကို {safety} အဖြစ် ထားသည်။",
        "กู้คืนไฟล์สำรองของวันที่ {date} แล้ว กรุณาเข้าสู่ระบบอีกครั้งเพื่อทำงานต่อ\n\n"
        "ข้อมูลเดิมในแล็ปท็อปนี้เก็บไว้เป็น {safety}",
    ),
    "Restore from backup": ("အရန်မိတ္တူမှ ပြန်ယူရန်", "กู้คืนจากไฟล์สำรอง"),
    "<b>{file}</b><br>Organisation: {code}<br>Made on: {date}": (
        "<b>{file}</b><br>အဖွဲ့အစည်း - {code}<br>ပြုလုပ်သည့်ရက် - {date}",
        "<b>{file}</b><br>องค์กร: {code}<br>สร้างเมื่อ: {date}",
    ),
    "This backup belongs to another organisation ({code}), not to {current}. Saphan will not "
    "restore it over this organisation's data.": (
        "ဤအရန်မိတ္တူသည် {current} နှင့် မဟုတ်ဘဲ အခြားအဖွဲ့အစည်း ({code}) နှင့် သက်ဆိုင်သည်။ "
        "Saphan က ဤအဖွဲ့အစည်း၏ ဒေတာပေါ်သို့ ပြန်မထည့်ပါ။",
        "ไฟล์สำรองนี้เป็นขององค์กรอื่น ({code}) ไม่ใช่ของ {current} Saphan จะไม่กู้คืนทับข้อมูลขององค์กรนี้",
    ),
    "To open the backup, use a user name and password that were valid when the backup was "
    "made, or the recovery passphrase written down at setup.": (
        "အရန်မိတ္တူကို ဖွင့်ရန် အရန်မိတ္တူ ပြုလုပ်စဉ်က သုံးခဲ့သော အသုံးပြုသူအမည်နှင့် "
        "စကားဝှက်၊ သို့မဟုတ် စတင်ပြင်ဆင်စဉ်က ရေးမှတ်ထားသော ပြန်ဖွင့်စကားစုကို သုံးပါ။",
        "ในการเปิดไฟล์สำรอง ให้ใช้ชื่อผู้ใช้และรหัสผ่านที่ใช้ได้ตอนสำรองข้อมูล หรือวลีกู้คืนที่จดไว้ตอนตั้งค่า",
    ),
    "User name and password": ("အသုံးပြုသူအမည်နှင့် စကားဝှက်", "ชื่อผู้ใช้และรหัสผ่าน"),
    "Passphrase": ("ပြန်ဖွင့်စကားစု", "วลีกู้คืน"),
    "Restore…": ("ပြန်ယူမည်…", "กู้คืน…"),
    "My account": ("ကျွန်ုပ်၏ အကောင့်", "บัญชีของฉัน"),
    "Signed in as {name} ({username}).": (
        "{name} ({username}) အဖြစ် ဝင်ထားသည်။",
        "เข้าสู่ระบบในชื่อ {name} ({username})",
    ),
    "Saphan then opens without asking for your password when you are signed in to this "
    "Windows account. Use it only if nobody else uses your Windows account. The screen still "
    "locks when you are away.": (
        "ထိုအခါ ဤ Windows အကောင့်ဖြင့် ဝင်ထားလျှင် Saphan သည် စကားဝှက် မမေးဘဲ ပွင့်မည်။ "
        "သင့် Windows အကောင့်ကို အခြားသူ မသုံးမှသာ သုံးပါ။ သင် မရှိချိန်တွင် "
        "မျက်နှာပြင် သော့ခတ်ဆဲ ဖြစ်သည်။",
        "จากนั้น Saphan จะเปิดโดยไม่ถามรหัสผ่านเมื่อคุณเข้าสู่บัญชี Windows นี้ "
        "ใช้เฉพาะเมื่อไม่มีคนอื่นใช้บัญชี Windows ของคุณ หน้าจอยังล็อกเมื่อคุณไม่อยู่",
    ),
    "Change my password…": ("ကျွန်ုပ်၏ စကားဝှက် ပြောင်းမည်…", "เปลี่ยนรหัสผ่านของฉัน…"),
    "Saphan will ask for your password again.": (
        "Saphan က သင့်စကားဝှက်ကို ထပ်မေးပါမည်။",
        "Saphan จะถามรหัสผ่านของคุณอีกครั้ง",
    ),
    "Saphan will remember you on this Windows account.": (
        "Saphan က ဤ Windows အကောင့်တွင် သင့်ကို မှတ်ထားပါမည်။",
        "Saphan จะจดจำคุณในบัญชี Windows นี้",
    ),
    "Screen lock": ("မျက်နှာပြင် သော့ခတ်ခြင်း", "การล็อกหน้าจอ"),
    "Never": ("ဘယ်တော့မှ", "ไม่ล็อก"),
    "Lock the screen after": ("မျက်နှာပြင်ကို သော့ခတ်မည့် အချိန်", "ล็อกหน้าจอหลังจาก"),
    "For everyone in the organisation, on this laptop: after this many minutes without use, "
    "Saphan hides all records until the password is typed again. Ctrl+L locks at once.": (
        "ဤလက်ပ်တော့ပေါ်ရှိ အဖွဲ့အစည်းမှ လူတိုင်းအတွက် - ဤမိနစ်အရေအတွက်အတွင်း မသုံးပါက "
        "စကားဝှက် ပြန်ရိုက်သည်အထိ Saphan က မှတ်တမ်းအားလုံးကို ဖုံးထားမည်။ "
        "Ctrl+L ဖြင့် ချက်ချင်း သော့ခတ်နိုင်သည်။",
        "สำหรับทุกคนในองค์กรบนแล็ปท็อปนี้: เมื่อไม่ได้ใช้งานครบจำนวนนาทีนี้ "
        "Saphan จะซ่อนระเบียนทั้งหมดจนกว่าจะพิมพ์รหัสผ่านอีกครั้ง กด Ctrl+L เพื่อล็อกทันที",
    ),
    "Screen lock setting saved.": (
        "မျက်နှာပြင် သော့ခတ်ခြင်း ဆက်တင်ကို သိမ်းပြီး။",
        "บันทึกการตั้งค่าการล็อกหน้าจอแล้ว",
    ),
    "Restore from backup…": ("အရန်မိတ္တူမှ ပြန်ယူမည်…", "กู้คืนจากไฟล์สำรอง…"),
    "A laptop can be lost, stolen or broken. Back up at least once a week to a USB stick that "
    "is kept somewhere else. The backup is encrypted.": (
        "လက်ပ်တော့သည် ပျောက်ခြင်း၊ ခိုးခံရခြင်း သို့မဟုတ် ပျက်ခြင်း ဖြစ်နိုင်သည်။ "
        "အခြားနေရာတွင် ထားသော USB သို့ အနည်းဆုံး တစ်ပတ်တစ်ကြိမ် အရန်ကူးပါ။ "
        "အရန်မိတ္တူကို စာဝှက်ထားသည်။",
        "แล็ปท็อปอาจหาย ถูกขโมย หรือเสียได้ ควรสำรองข้อมูลอย่างน้อยสัปดาห์ละครั้ง"
        "ลงแฟลชไดรฟ์ USB ที่เก็บไว้ที่อื่น ไฟล์สำรองถูกเข้ารหัส",
    ),
    "Last backup: {time}": ("နောက်ဆုံး အရန်မိတ္တူ - {time}", "สำรองข้อมูลล่าสุด: {time}"),
    "Backup saved: {file}": ("အရန်မိတ္တူ သိမ်းပြီး - {file}", "บันทึกไฟล์สำรองแล้ว: {file}"),
    # users
    "Everything, including staff accounts, backups and the audit trail.": (
        "ဝန်ထမ်းအကောင့်၊ အရန်မိတ္တူနှင့် လုပ်ဆောင်ချက်မှတ်တမ်း အပါအဝင် အားလုံး။",
        "ทุกอย่าง รวมถึงบัญชีเจ้าหน้าที่ การสำรองข้อมูล และบันทึกการใช้งาน",
    ),
    "Registers and edits people, case notes, assessments and referrals.": (
        "လူများ၊ ကိစ္စရပ် မှတ်ချက်၊ အကဲဖြတ်ချက်နှင့် လွှဲပြောင်းညွှန်းပို့မှုများကို စာရင်းသွင်းပြီး ပြင်ဆင်သည်။",
        "ลงทะเบียนและแก้ไขข้อมูลบุคคล บันทึกกรณี การประเมิน และการส่งต่อ",
    ),
    "Does what a caseworker does, reads every case in full and sees the audit trail.": (
        "ကိစ္စရပ် တာဝန်ခံ လုပ်သည့်အရာများကို လုပ်ပြီး ကိစ္စရပ်အားလုံးကို အပြည့်အစုံ ဖတ်ကာ စစ်ဆေးမှတ်တမ်းကို ကြည့်နိုင်သည်။",
        "ทำงานเดียวกับเจ้าหน้าที่ดูแลรายกรณี อ่านทุกกรณีได้ครบถ้วน และดูบันทึกการใช้งานได้",
    ),
    "Registers participants and takes attendance; cannot edit records.": (
        "ပါဝင်သူများကို စာရင်းသွင်းပြီး တက်ရောက်မှု မှတ်သည်၊ မှတ်တမ်းများကို မပြင်နိုင်ပါ။",
        "ลงทะเบียนผู้เข้าร่วมและบันทึกการเข้าร่วม แก้ไขระเบียนไม่ได้",
    ),
    "Sees counts and the network only, never a person's record.": (
        "အရေအတွက်များနှင့် ကွန်ရက်ကိုသာ မြင်ရပြီး မည်သူ၏ မှတ်တမ်းကိုမျှ မမြင်ရပါ။",
        "เห็นเฉพาะตัวเลขสรุปและเครือข่าย ไม่เห็นระเบียนของบุคคล",
    ),
    "Add a staff account": ("ဝန်ထမ်းအကောင့် ထည့်ရန်", "เพิ่มบัญชีเจ้าหน้าที่"),
    "Add account": ("အကောင့် ထည့်မည်", "เพิ่มบัญชี"),
    "e.g. Naw Paw Htoo": ("ဥပမာ နော်ပေါထူး", "เช่น Naw Paw Htoo"),
    "e.g. nawpaw": ("ဥပမာ nawpaw", "เช่น nawpaw"),
    "Full name": ("အမည်အပြည့်အစုံ", "ชื่อ-นามสกุล"),
    "User name": ("အသုံးပြုသူအမည်", "ชื่อผู้ใช้"),
    "Role": ("တာဝန်အဆင့်", "บทบาท"),
    "Change role of {name}": ("{name} ၏ တာဝန်အဆင့် ပြောင်းရန်", "เปลี่ยนบทบาทของ {name}"),
    "Change role": ("တာဝန်အဆင့် ပြောင်းမည်", "เปลี่ยนบทบาท"),
    "New password for {name}": ("{name} အတွက် စကားဝှက်အသစ်", "รหัสผ่านใหม่สำหรับ {name}"),
    "Set password": ("စကားဝှက် သတ်မှတ်မည်", "ตั้งรหัสผ่าน"),
    "Tell {name} the new password in person, and ask them to change it with File → Change my "
    "password.": (
        "စကားဝှက်အသစ်ကို {name} ထံ မျက်နှာချင်းဆိုင် ပြောပြပြီး ဖိုင် → ကျွန်ုပ်၏ စကားဝှက် ပြောင်းမည် ဖြင့် ပြောင်းရန် ပြောပါ။",
        "บอกรหัสผ่านใหม่กับ {name} ด้วยตนเอง และขอให้เปลี่ยนที่ ไฟล์ → เปลี่ยนรหัสผ่านของฉัน",
    ),
    "This also enables the account again.": (
        "ဤလုပ်ဆောင်ချက်က အကောင့်ကိုလည်း ပြန်ဖွင့်ပေးမည်။",
        "การทำนี้จะเปิดใช้บัญชีอีกครั้งด้วย",
    ),
    "Change my password": ("ကျွန်ုပ်၏ စကားဝှက် ပြောင်းရန်", "เปลี่ยนรหัสผ่านของฉัน"),
    "Change password": ("စကားဝှက် ပြောင်းမည်", "เปลี่ยนรหัสผ่าน"),
    "Current password": ("လက်ရှိ စကားဝှက်", "รหัสผ่านปัจจุบัน"),
    "The current password is wrong.": ("လက်ရှိ စကားဝှက် မှားနေသည်။", "รหัสผ่านปัจจุบันไม่ถูกต้อง"),
    "Last sign-in": ("နောက်ဆုံး ဝင်ရောက်ချိန်", "เข้าสู่ระบบล่าสุด"),
    "Each person who uses Saphan signs in with their own account. Disable the account of "
    "anyone who leaves the organisation.": (
        "Saphan ကို သုံးသူတိုင်း မိမိ၏ ကိုယ်ပိုင်အကောင့်ဖြင့် ဝင်ရသည်။ အဖွဲ့အစည်းမှ ထွက်သွားသူ၏ အကောင့်ကို ပိတ်ပါ။",
        "ทุกคนที่ใช้ Saphan เข้าสู่ระบบด้วยบัญชีของตนเอง กรุณาปิดบัญชีของผู้ที่ออกจากองค์กร",
    ),
    "Add account…": ("အကောင့် ထည့်မည်…", "เพิ่มบัญชี…"),
    "Change role…": ("တာဝန်အဆင့် ပြောင်းမည်…", "เปลี่ยนบทบาท…"),
    "Reset password…": ("စကားဝှက် ပြန်သတ်မှတ်မည်…", "ตั้งรหัสผ่านใหม่…"),
    "Disable…": ("ပိတ်မည်…", "ปิดใช้งาน…"),
    "Could not load the accounts": ("အကောင့်များကို မဖွင့်နိုင်ပါ", "โหลดบัญชีไม่ได้"),
    "Added the account {username}.": ("{username} အကောင့်ကို ထည့်ပြီး။", "เพิ่มบัญชี {username} แล้ว"),
    "{username} is now: {role}": ("{username} သည် ယခု - {role}", "{username} ตอนนี้เป็น: {role}"),
    "New password set for {username}.": (
        "{username} အတွက် စကားဝှက်အသစ် သတ်မှတ်ပြီး။",
        "ตั้งรหัสผ่านใหม่ให้ {username} แล้ว",
    ),
    "Not disabled": ("မပိတ်ရသေးပါ", "ไม่ได้ปิดใช้งาน"),
    "Disable account?": ("အကောင့်ကို ပိတ်မလား။", "ปิดใช้งานบัญชีหรือไม่"),
    "Disable the account of {name} ({username})?\n\nThey can no longer sign in, and their "
    "password no longer opens the database. An admin can enable the account again by setting "
    "a new password.": (
        "{name} ({username}) ၏ အကောင့်ကို ပိတ်မလား။\n\nထိုသူ ဝင်ရောက်၍ မရတော့ဘဲ "
        "၎င်း၏ စကားဝှက်ဖြင့် ဒေတာဘေ့စ်ကို မဖွင့်နိုင်တော့ပါ။ စီမံခန့်ခွဲသူက "
        "စကားဝှက်အသစ် သတ်မှတ်၍ အကောင့်ကို ပြန်ဖွင့်နိုင်သည်။",
        "ปิดใช้งานบัญชีของ {name} ({username}) หรือไม่\n\nเขาจะเข้าสู่ระบบไม่ได้อีก "
        "และรหัสผ่านของเขาจะเปิดฐานข้อมูลไม่ได้ ผู้ดูแลระบบเปิดใช้บัญชีอีกครั้งได้"
        "โดยตั้งรหัสผ่านใหม่",
    ),
    "Disable": ("ပိတ်မည်", "ปิดใช้งาน"),
    "Disabled the account {username}.": ("{username} အကောင့်ကို ပိတ်ပြီး။", "ปิดใช้งานบัญชี {username} แล้ว"),
}

STRINGS.update(
    {
        "Saphan recovery passphrase": ("Saphan ပြန်ဖွင့်စကားစု", "วลีกู้คืน Saphan"),
        "Created on {date}": ("{date} တွင် ပြုလုပ်သည်", "สร้างเมื่อ {date}"),
        "If every password is forgotten, an admin can open the records with this passphrase. "
        "Keep this paper in a locked place, away from the laptop. Anyone who has it and a copy "
        "of the database can read the records.": (
            "စကားဝှက်အားလုံး မေ့သွားပါက စီမံခန့်ခွဲသူသည် ဤစကားစုဖြင့် မှတ်တမ်းများကို "
            "ဖွင့်နိုင်သည်။ ဤစာရွက်ကို လက်ပ်တော့နှင့် ဝေးသော သော့ခတ်ထားသည့်နေရာတွင် ထားပါ။ "
            "ဤစာရွက်နှင့် ဒေတာဘေ့စ် မိတ္တူ ရှိသူမည်သူမဆို မှတ်တမ်းများကို ဖတ်နိုင်သည်။",
            "หากลืมรหัสผ่านทั้งหมด ผู้ดูแลระบบเปิดระเบียนได้ด้วยวลีนี้ "
            "เก็บกระดาษนี้ไว้ในที่ที่ล็อกได้ ห่างจากแล็ปท็อป "
            "ใครก็ตามที่มีกระดาษนี้และสำเนาฐานข้อมูลจะอ่านระเบียนได้",
        ),
        "Print the recovery passphrase": ("ပြန်ဖွင့်စကားစုကို ပုံနှိပ်ရန်", "พิมพ์วลีกู้คืน"),
        "Save the recovery passphrase as PDF": (
            "ပြန်ဖွင့်စကားစုကို PDF အဖြစ် သိမ်းရန်",
            "บันทึกวลีกู้คืนเป็น PDF",
        ),
        "Saphan recovery passphrase.pdf": (
            "Saphan ပြန်ဖွင့်စကားစု.pdf",
            "วลีกู้คืน Saphan.pdf",
        ),
        "PDF files (*.pdf)": ("PDF ဖိုင်များ (*.pdf)", "ไฟล์ PDF (*.pdf)"),
        "Myanmar/Thai name": ("မြန်မာ/ထိုင်း အမည်", "ชื่อภาษาเมียนมา/ไทย"),
        "from {date}": ("{date} မှ", "ตั้งแต่ {date}"),
        "until {date}": ("{date} အထိ", "ถึง {date}"),
        "Dates": ("ရက်စွဲများ", "วันที่"),
        "Plans": ("စီမံချက်များ", "แผน"),
        "Disabled": ("ပိတ်ထားသည်", "ปิดใช้งาน"),
    }
)
