"""Burmese and Thai for the setup wizard, sign-in, lock, assessments, audit, dashboard,
referrals and shared widgets (see ../README.md)."""

STRINGS = {
    # setup wizard
    "The first admin": ("ပထမဆုံး စီမံခန့်ခွဲသူ", "ผู้ดูแลระบบคนแรก"),
    "That is you. You will sign in with this user name and password.": (
        "ထိုသူမှာ သင် ဖြစ်သည်။ ဤအသုံးပြုသူအမည်နှင့် စကားဝှက်ဖြင့် ဝင်ရောက်ရမည်။",
        "นั่นคือคุณ คุณจะเข้าสู่ระบบด้วยชื่อผู้ใช้และรหัสผ่านนี้",
    ),
    "e.g. Daw Khin Myo": ("ဥပမာ ဒေါ်ခင်မျိုး", "เช่น Daw Khin Myo"),
    "e.g. khinmyo": ("ဥပမာ khinmyo", "เช่น khinmyo"),
    "At least 10 characters. A few words you can remember are stronger than a short, "
    "complicated password.": (
        "အနည်းဆုံး စာလုံး ၁၀ လုံး။ မှတ်မိနိုင်သော စကားလုံး အနည်းငယ်သည် တိုပြီး ရှုပ်ထွေးသော စကားဝှက်ထက် ပိုခိုင်မာသည်။",
        "อย่างน้อย 10 ตัวอักษร คำไม่กี่คำที่คุณจำได้ปลอดภัยกว่ารหัสผ่านสั้น ๆ ที่ซับซ้อน",
    ),
    "Your full name": ("သင့် အမည်အပြည့်အစုံ", "ชื่อ-นามสกุลของคุณ"),
    "Password": ("စကားဝှက်", "รหัสผ่าน"),
    "Password again": ("စကားဝှက် ထပ်ရိုက်ပါ", "รหัสผ่านอีกครั้ง"),
    "Too short": ("တိုလွန်းသည်", "สั้นเกินไป"),
    "Weak": ("အားနည်း", "อ่อน"),
    "Fair": ("သင့်တင့်", "พอใช้"),
    "Strong": ("ခိုင်မာ", "แข็งแรง"),
    "Your organisation": ("သင့် အဖွဲ့အစည်း", "องค์กรของคุณ"),
    "The short code appears in every person's code, e.g. BEAM-000123.": (
        "ကုဒ်တိုသည် လူတိုင်း၏ ကုဒ်တွင် ပါဝင်သည်၊ ဥပမာ BEAM-000123။",
        "รหัสย่อจะอยู่ในรหัสของทุกคน เช่น BEAM-000123",
    ),
    "e.g. BEAM": ("ဥပမာ BEAM", "เช่น BEAM"),
    "e.g. BEAM Education Foundation": ("ဥပမာ BEAM Education Foundation", "เช่น มูลนิธิการศึกษา BEAM"),
    "Short code": ("ကုဒ်တို", "รหัสย่อ"),
    "Your recovery passphrase": ("သင့် ပြန်ဖွင့်စကားစု", "วลีกู้คืนของคุณ"),
    "Shown only this once. If every password is forgotten, only this passphrase opens the "
    "records.": (
        "ဤတစ်ကြိမ်သာ ပြမည်။ စကားဝှက်အားလုံး မေ့သွားပါက ဤစကားစုဖြင့်သာ မှတ်တမ်းများကို ဖွင့်နိုင်မည်။",
        "แสดงเพียงครั้งนี้ครั้งเดียว หากลืมรหัสผ่านทั้งหมด มีเพียงวลีนี้ที่เปิดระเบียนได้",
    ),
    "Copy": ("ကူးမည်", "คัดลอก"),
    "Print…": ("ပုံနှိပ်မည်…", "พิมพ์…"),
    "Save as PDF…": ("PDF အဖြစ် သိမ်းမည်…", "บันทึกเป็น PDF…"),
    "Keep it on paper in a locked place, away from this laptop. Anyone who has the passphrase "
    "and a copy of the database can read the records. Do not keep it in a file on this "
    "computer or in a chat.": (
        "စာရွက်ပေါ်တွင် ရေးပြီး ဤလက်ပ်တော့နှင့် ဝေးသော သော့ခတ်ထားသည့်နေရာတွင် ထားပါ။ "
        "စကားစုနှင့် ဒေတာဘေ့စ် မိတ္တူ ရှိသူမည်သူမဆို မှတ်တမ်းများကို ဖတ်နိုင်သည်။ "
        "ဤကွန်ပျူတာပေါ်ရှိ ဖိုင် သို့မဟုတ် chat ထဲတွင် မထားပါနှင့်။",
        "เก็บไว้บนกระดาษในที่ที่ล็อกได้ ห่างจากแล็ปท็อปนี้ ใครก็ตามที่มีวลีนี้"
        "และสำเนาฐานข้อมูลจะอ่านระเบียนได้ อย่าเก็บเป็นไฟล์ในคอมพิวเตอร์นี้หรือในแชท",
    ),
    "I have written down or printed the recovery passphrase and will keep it somewhere safe": (
        "ပြန်ဖွင့်စကားစုကို ရေးမှတ် သို့မဟုတ် ပုံနှိပ်ထားပြီး လုံခြုံသောနေရာတွင် ထားပါမည်",
        "ฉันจดหรือพิมพ์วลีกู้คืนแล้ว และจะเก็บไว้ในที่ปลอดภัย",
    ),
    "Copied. Paste it only where you print it, then delete it.": (
        "ကူးပြီး။ ပုံနှိပ်မည့်နေရာတွင်သာ ကူးထည့်ပြီး ထို့နောက် ဖျက်ပါ။",
        "คัดลอกแล้ว วางเฉพาะที่ที่จะพิมพ์ แล้วลบทิ้ง",
    ),
    "Welcome to Saphan": ("Saphan မှ ကြိုဆိုပါသည်", "ยินดีต้อนรับสู่ Saphan"),
    "<p>This sets up your organisation's records on this computer.</p><ul><li>The records are "
    "kept in an encrypted database that only your organisation's users can open.</li><li>You "
    "will be the first admin. You can add caseworkers and facilitators later.</li><li>At the "
    "end you will get a <b>recovery passphrase</b>. Print it or write it down: it is the only "
    "way back in if every password is forgotten.</li></ul><p>Records about people never leave "
    "this computer.</p>": (
        "<p>ဤလုပ်ဆောင်ချက်က သင့်အဖွဲ့အစည်း၏ မှတ်တမ်းများကို ဤကွန်ပျူတာပေါ်တွင် "
        "ပြင်ဆင်ပေးမည်။</p><ul><li>မှတ်တမ်းများကို သင့်အဖွဲ့အစည်းမှ အသုံးပြုသူများသာ "
        "ဖွင့်နိုင်သော စာဝှက်ထားသည့် ဒေတာဘေ့စ်တွင် သိမ်းသည်။</li><li>သင်သည် ပထမဆုံး "
        "စီမံခန့်ခွဲသူ ဖြစ်မည်။ ကိစ္စရပ်တာဝန်ခံများနှင့် လမ်းညွှန်ဆောင်ရွက်သူများကို "
        "နောက်မှ ထည့်နိုင်သည်။</li><li>နောက်ဆုံးတွင် <b>ပြန်ဖွင့်စကားစု</b> ရမည်။ "
        "ပုံနှိပ်ပါ သို့မဟုတ် ရေးမှတ်ပါ - စကားဝှက်အားလုံး မေ့သွားပါက ပြန်ဝင်နိုင်သည့် "
        "တစ်ခုတည်းသော နည်းလမ်း ဖြစ်သည်။</li></ul><p>လူများအကြောင်း မှတ်တမ်းများသည် "
        "ဤကွန်ပျူတာမှ ဘယ်တော့မှ ထွက်မသွားပါ။</p>",
        "<p>ขั้นตอนนี้จะตั้งค่าระเบียนขององค์กรคุณบนคอมพิวเตอร์เครื่องนี้</p><ul>"
        "<li>ระเบียนเก็บในฐานข้อมูลที่เข้ารหัส ซึ่งเปิดได้เฉพาะผู้ใช้ขององค์กรคุณ</li>"
        "<li>คุณจะเป็นผู้ดูแลระบบคนแรก เพิ่มเจ้าหน้าที่ดูแลรายกรณีและผู้ดำเนินกิจกรรมได้ภายหลัง</li>"
        "<li>ตอนท้ายคุณจะได้รับ <b>วลีกู้คืน</b> กรุณาพิมพ์หรือจดไว้ "
        "เป็นทางเดียวที่จะกลับเข้ามาได้หากลืมรหัสผ่านทั้งหมด</li></ul>"
        "<p>ข้อมูลของบุคคลจะไม่ออกจากคอมพิวเตอร์เครื่องนี้</p>",
    ),
    "Create database": ("ဒေတာဘေ့စ် ဖန်တီးမည်", "สร้างฐานข้อมูล"),
    "Start Saphan": ("Saphan စတင်မည်", "เริ่มใช้ Saphan"),
    # assessments
    "Assess wellbeing — {code}": ("စိတ်ချမ်းသာမှု အကဲဖြတ်ခြင်း — {code}", "ประเมินความผาสุก — {code}"),
    "Assess wellbeing": ("စိတ်ချမ်းသာမှု အကဲဖြတ်ခြင်း", "ประเมินความผาสุก"),
    "The language to read the questions in": (
        "မေးခွန်းများကို ဖတ်ပြမည့် ဘာသာစကား",
        "ภาษาที่ใช้อ่านคำถาม",
    ),
    "Instrument": ("မေးခွန်းပုံစံ", "แบบประเมิน"),
    "Date": ("ရက်စွဲ", "วันที่"),
    "Questions in": ("မေးခွန်း ဘာသာစကား", "คำถามเป็นภาษา"),
    "Phase": ("အဆင့်", "ระยะ"),
    "Keyboard: type {low}–{high} to answer a question; the next one is selected. "
    "Arrow keys: up and down between questions, left and right between answers.": (
        "ကီးဘုတ် - မေးခွန်းကို ဖြေရန် {low}–{high} ရိုက်ပါ၊ နောက်မေးခွန်းကို ရွေးပေးမည်။ "
        "မြှားခလုတ်များ - အပေါ်နှင့် အောက်ဖြင့် မေးခွန်းများကြား၊ ဘယ်နှင့် ညာဖြင့် အဖြေများကြား ရွှေ့ပါ။",
        "แป้นพิมพ์: พิมพ์ {low}–{high} เพื่อตอบคำถาม แล้วจะเลือกข้อถัดไปให้ "
        "ปุ่มลูกศร: ขึ้นและลงเพื่อย้ายระหว่างคำถาม ซ้ายและขวาเพื่อเลือกคำตอบ",
    ),
    "{text} (not a validated translation)": (
        "{text} (အတည်ပြုထားသော ဘာသာပြန် မဟုတ်ပါ)",
        "{text} (ไม่ใช่คำแปลที่ผ่านการรับรอง)",
    ),
    "No “before” assessment with this instrument to compare with.": (
        "နှိုင်းယှဉ်ရန် ဤတိုင်းတာမှုဖြင့် “မတိုင်မီ” အကဲဖြတ်မှု မရှိပါ။",
        "ยังไม่มีการประเมิน “ก่อน” ด้วยเครื่องมือนี้ให้เปรียบเทียบ",
    ),
    "Before (pre) on {date}: {score}": (
        "{date} ရက် မတိုင်မီ (pre) - {score}",
        "ก่อน (pre) เมื่อ {date}: {score}",
    ),
    "{before}; change {sign}{change}": (
        "{before}၊ ပြောင်းလဲမှု {sign}{change}",
        "{before}; เปลี่ยนแปลง {sign}{change}",
    ),
    "Cancel": ("မလုပ်တော့ပါ", "ยกเลิก"),
    "Save assessment": ("အကဲဖြတ်ချက် သိမ်းမည်", "บันทึกการประเมิน"),
    "No assessment instrument is available.": (
        "အသုံးပြုနိုင်သော အကဲဖြတ်မေးခွန်းပုံစံ မရှိပါ။",
        "ไม่มีแบบประเมินให้ใช้",
    ),
    "Raw score: {raw} of {top}": ("မူလ ရမှတ် - {top} အနက် {raw}", "คะแนนดิบ: {raw} จาก {top}"),
    "Score: {score} of {most} ({how})": (
        "ရမှတ် - {most} အနက် {score} ({how})",
        "คะแนน: {score} จาก {most} ({how})",
    ),
    "Score: {score} of {most}": ("ရမှတ် - {most} အနက် {score}", "คะแนน: {score} จาก {most}"),
    "Raw score so far: {raw} ({given} of {count} answered)": (
        "ယခုအထိ မူလ ရမှတ် - {raw} ({count} ခုအနက် {given} ခု ဖြေပြီး)",
        "คะแนนดิบถึงตอนนี้: {raw} (ตอบแล้ว {given} จาก {count} ข้อ)",
    ),
    "Not saved": ("မသိမ်းရသေးပါ", "ไม่ได้บันทึก"),
    "Discard the answers?": ("အဖြေများကို စွန့်မလား။", "ละทิ้งคำตอบหรือไม่"),
    "The assessment has not been saved. Discard the answers?": (
        "အကဲဖြတ်ချက်ကို မသိမ်းရသေးပါ။ အဖြေများကို စွန့်မလား။",
        "ยังไม่ได้บันทึกการประเมิน ต้องการละทิ้งคำตอบหรือไม่",
    ),
    "Discard": ("စွန့်မည်", "ละทิ้ง"),
    "Keep answering": ("ဆက်ဖြေမည်", "ตอบต่อ"),
    # audit
    "Time": ("အချိန်", "เวลา"),
    "User": ("အသုံးပြုသူ", "ผู้ใช้"),
    "Action": ("လုပ်ဆောင်ချက်", "การกระทำ"),
    "Record": ("မှတ်တမ်း", "ระเบียน"),
    "Detail": ("အသေးစိတ်", "รายละเอียด"),
    "{kind} no. {number}": ("{kind} အမှတ် {number}", "{kind} หมายเลข {number}"),
    "Refresh": ("ပြန်ဖွင့်မည်", "รีเฟรช"),
    "Everything done in Saphan is written here and cannot be changed. It never shows what a "
    "record says, only who did what and when.": (
        "Saphan တွင် လုပ်ဆောင်သမျှကို ဤနေရာတွင် ရေးမှတ်ထားပြီး ပြင်၍ မရပါ။ မှတ်တမ်း၏ "
        "အကြောင်းအရာကို မပြဘဲ မည်သူ ဘာလုပ်ခဲ့သည်၊ ဘယ်အချိန်ကို သာ ပြသည်။",
        "ทุกอย่างที่ทำใน Saphan ถูกบันทึกไว้ที่นี่และแก้ไขไม่ได้ ไม่แสดงเนื้อหาของระเบียน แสดงเพียงว่าใครทำอะไรเมื่อไร",
    ),
    "e.g. 12": ("ဥပမာ 12", "เช่น 12"),
    "Clear filters": ("စစ်ထုတ်မှုများ ရှင်းမည်", "ล้างตัวกรอง"),
    "Person no.": ("ပုဂ္ဂိုလ် အမှတ်", "บุคคลหมายเลข"),
    "From": ("မှ", "จาก"),
    "To": ("အထိ", "ถึง"),
    "Everyone": ("လူတိုင်း", "ทุกคน"),
    "All actions": ("လုပ်ဆောင်ချက်အားလုံး", "ทุกการกระทำ"),
    "Could not load the audit trail": (
        "လုပ်ဆောင်ချက် မှတ်တမ်းကို မဖွင့်နိုင်ပါ",
        "โหลดบันทึกการใช้งานไม่ได้",
    ),
    "Enter the dates as day/month/year, for example 23/11/2025.": (
        "ရက်စွဲများကို ရက်/လ/နှစ် ပုံစံဖြင့် ထည့်ပါ၊ ဥပမာ 23/11/2025။",
        "กรอกวันที่เป็น วัน/เดือน/ปี เช่น 23/11/2025",
    ),
    "1 event": ("၁ ကြိမ်", "1 รายการ"),
    "{count} events": ("{count} ကြိမ်", "{count} รายการ"),
    "No events match these filters.": (
        "ဤစစ်ထုတ်မှုများနှင့် ကိုက်ညီသော မှတ်တမ်း မရှိပါ။",
        "ไม่มีรายการที่ตรงกับตัวกรองนี้",
    ),
    "Nothing has been recorded yet.": (
        "မှတ်တမ်းတင်ထားသည့်အရာ မရှိသေးပါ။",
        "ยังไม่มีการบันทึกใด ๆ",
    ),
    # dashboard
    "Count again (F5)": ("ပြန်ရေတွက်မည် (F5)", "นับใหม่ (F5)"),
    "Counting…": ("ရေတွက်နေသည်…", "กำลังนับ…"),
    "to": ("မှ", "ถึง"),
    "Progress toward targets": ("ပန်းတိုင်ဆီသို့ တိုးတက်မှု", "ความคืบหน้าเทียบกับเป้าหมาย"),
    "People per month": ("လစဉ် လူဦးရေ", "จำนวนคนต่อเดือน"),
    "Sex and age": ("ကျား/မ နှင့် အသက်", "เพศและอายุ"),
    "Unique people over the whole period: someone who came in several months counts once. "
    "Months are never added up.": (
        "ကာလတစ်ခုလုံးအတွင်း လူတစ်ဦးကို တစ်ကြိမ်သာ ရေတွက်သည် - လများစွာ လာသူကိုလည်း "
        "တစ်ကြိမ်သာ ရေတွက်သည်။ လများကို ဘယ်တော့မှ ပေါင်းမထည့်ပါ။",
        "นับคนไม่ซ้ำตลอดช่วงเวลา: คนที่มาหลายเดือนนับเพียงครั้งเดียว ไม่นำแต่ละเดือนมารวมกัน",
    ),
    "Export chart as PNG…": ("ဇယားပုံကို PNG အဖြစ် ထုတ်မည်…", "ส่งออกแผนภูมิเป็น PNG…"),
    "Programme": ("အစီအစဉ်", "แผนงาน"),
    "Could not count": ("မရေတွက်နိုင်ပါ", "นับไม่ได้"),
    "{first} – {last}: {people} people reached by any programme (each person once) · "
    "{sessions} sessions · {referrals} referrals": (
        "{first} – {last}: အစီအစဉ်တစ်ခုခုမှ ရောက်ရှိကူညီခဲ့သူ {people} ဦး (တစ်ဦးကို "
        "တစ်ကြိမ်) · အစည်းအဝေး {sessions} ခု · လွှဲပြောင်းညွှန်းပို့မှု {referrals} ခု",
        "{first} – {last}: ผู้ได้รับบริการจากแผนงานใดก็ได้ {people} คน (นับคนละครั้ง) · "
        "{sessions} เซสชัน · ส่งต่อ {referrals} ครั้ง",
    ),
    "All programmes (each person once)": (
        "အစီအစဉ်အားလုံး (တစ်ဦးကို တစ်ကြိမ်)",
        "ทุกแผนงาน (นับคนละครั้ง)",
    ),
    "{reached} of {target} ({percent}%)": (
        "{target} အနက် {reached} ({percent}%)",
        "{reached} จาก {target} ({percent}%)",
    ),
    "{reached} reached (no target)": (
        "{reached} ဦး ရောက်ရှိ (ပန်းတိုင် မရှိ)",
        "ได้รับบริการ {reached} คน (ไม่มีเป้าหมาย)",
    ),
    "People reached": ("ရောက်ရှိကူညီခဲ့သူ", "ผู้ได้รับบริการ"),
    "Target": ("ပန်းတိုင်", "เป้าหมาย"),
    "%": ("%", "%"),
    "People reached (unique in the month)": (
        "ရောက်ရှိကူညီခဲ့သူ (လအတွင်း တစ်ဦးကို တစ်ကြိမ်)",
        "ผู้ได้รับบริการ (ไม่ซ้ำในเดือน)",
    ),
    "Month": ("လ", "เดือน"),
    "People reached (unique in the period)": (
        "ရောက်ရှိကူညီခဲ့သူ (ကာလအတွင်း တစ်ဦးကို တစ်ကြိမ်)",
        "ผู้ได้รับบริการ (ไม่ซ้ำในช่วงเวลา)",
    ),
    "Total": ("စုစုပေါင်း", "รวม"),
    "Age": ("အသက်", "อายุ"),
    "Export chart as PNG": ("ဇယားပုံကို PNG အဖြစ် ထုတ်ရန်", "ส่งออกแผนภูมิเป็น PNG"),
    "PNG image (*.png)": ("PNG ပုံ (*.png)", "รูปภาพ PNG (*.png)"),
    "Chart not exported": ("ဇယားပုံကို မထုတ်ရသေးပါ", "ไม่ได้ส่งออกแผนภูมิ"),
    "Saphan could not write {path}: {reason}": (
        "Saphan သည် {path} ကို မရေးနိုင်ပါ - {reason}",
        "Saphan เขียน {path} ไม่ได้: {reason}",
    ),
    "Chart saved: {path}": ("ဇယားပုံ သိမ်းပြီး - {path}", "บันทึกแผนภูมิแล้ว: {path}"),
    # widgets
    "dd/mm/yyyy": ("ရက်/လ/နှစ်", "วว/ดด/ปปปป"),
    "Day/month/year, e.g. 23/11/1990. Buddhist-era years (2533) also work.": (
        "ရက်/လ/နှစ်၊ ဥပမာ 23/11/1990။ ထိုင်း ဗုဒ္ဓသက္ကရာဇ် နှစ် (2533) ဖြင့်လည်း ရသည်။",
        "วัน/เดือน/ปี เช่น 23/11/1990 ใช้ปีพุทธศักราช (2533) ได้ด้วย",
    ),
    "Choose from a calendar": ("ပြက္ခဒိန်မှ ရွေးရန်", "เลือกจากปฏิทิน"),
    "Close": ("ပိတ်မည်", "ปิด"),
    "At least 10 characters": ("အနည်းဆုံး စာလုံး ၁၀ လုံး", "อย่างน้อย 10 ตัวอักษร"),
    "New password": ("စကားဝှက်အသစ်", "รหัสผ่านใหม่"),
    "Type it again": ("ထပ်ရိုက်ပါ", "พิมพ์อีกครั้ง"),
    # lock
    "Saphan is locked": ("Saphan ကို သော့ခတ်ထားသည်", "Saphan ถูกล็อก"),
    "Signed in: {name} ({username})": (
        "ဝင်ထားသူ - {name} ({username})",
        "เข้าสู่ระบบ: {name} ({username})",
    ),
    "Type your password to continue where you left off.": (
        "ရပ်ခဲ့သည့်နေရာမှ ဆက်လုပ်ရန် သင့်စကားဝှက်ကို ရိုက်ပါ။",
        "พิมพ์รหัสผ่านเพื่อทำงานต่อจากที่ค้างไว้",
    ),
    "Unlock": ("သော့ဖွင့်မည်", "ปลดล็อก"),
    "The password is wrong.": ("စကားဝှက် မှားနေသည်။", "รหัสผ่านไม่ถูกต้อง"),
    # login
    "Sign in to Saphan": ("Saphan သို့ ဝင်ရောက်ရန်", "เข้าสู่ระบบ Saphan"),
    "Saphan": ("Saphan", "Saphan"),
    "Show password": ("စကားဝှက် ပြပါ", "แสดงรหัสผ่าน"),
    "Remember me on this Windows account": (
        "ဤ Windows အကောင့်တွင် ကျွန်ုပ်ကို မှတ်ထားပါ",
        "จดจำฉันในบัญชี Windows นี้",
    ),
    "Saphan opens without your password next time, on this Windows account only. "
    "Your password is never saved in a file.": (
        "နောက်တစ်ကြိမ်တွင် Saphan သည် ဤ Windows အကောင့်တွင်သာ စကားဝှက် မလိုဘဲ ပွင့်မည်။ သင့်စကားဝှက်ကို ဖိုင်ထဲတွင် ဘယ်တော့မှ မသိမ်းပါ။",
        "ครั้งหน้า Saphan จะเปิดโดยไม่ต้องใส่รหัสผ่าน เฉพาะในบัญชี Windows นี้ รหัสผ่านของคุณจะไม่ถูกบันทึกลงไฟล์",
    ),
    "Sign in": ("ဝင်ရောက်မည်", "เข้าสู่ระบบ"),
    "Quit": ("ထွက်မည်", "ออก"),
    "Organisation: {code}": ("အဖွဲ့အစည်း - {code}", "องค์กร: {code}"),
    "Saphan cannot remember you": ("Saphan က သင့်ကို မမှတ်ထားနိုင်ပါ", "Saphan จดจำคุณไม่ได้"),
    "Recover admin access": ("စီမံခန့်ခွဲသူ ဝင်ခွင့် ပြန်ရယူရန်", "กู้คืนสิทธิ์ผู้ดูแลระบบ"),
    "If every admin password is lost, the recovery passphrase that was written down when "
    "Saphan was set up lets you set a new admin password. Type it as it is written; capital "
    "letters and spaces do not matter.": (
        "စီမံခန့်ခွဲသူ စကားဝှက်အားလုံး ပျောက်သွားပါက Saphan ကို စတင်ပြင်ဆင်စဉ်က "
        "ရေးမှတ်ထားသော ပြန်ဖွင့်စကားစုဖြင့် စီမံခန့်ခွဲသူ စကားဝှက်အသစ် သတ်မှတ်နိုင်သည်။ "
        "ရေးထားသည့်အတိုင်း ရိုက်ပါ၊ စာလုံးကြီး/သေးနှင့် space များ အရေးမကြီးပါ။",
        "หากรหัสผ่านผู้ดูแลระบบหายทั้งหมด วลีกู้คืนที่จดไว้ตอนตั้งค่า Saphan "
        "ใช้ตั้งรหัสผ่านผู้ดูแลระบบใหม่ได้ พิมพ์ตามที่เขียนไว้ ตัวพิมพ์ใหญ่และช่องว่างไม่มีผล",
    ),
    "e.g. LC3Q-SC5Z-EHFT-…": ("ဥပမာ LC3Q-SC5Z-EHFT-…", "เช่น LC3Q-SC5Z-EHFT-…"),
    "Check passphrase": ("စကားစုကို စစ်မည်", "ตรวจสอบวลี"),
    "Choose an admin, or type a new user name to create a new admin account.": (
        "စီမံခန့်ခွဲသူ တစ်ဦးကို ရွေးပါ၊ သို့မဟုတ် စီမံခန့်ခွဲသူ အကောင့်သစ် ဖန်တီးရန် အသုံးပြုသူအမည်သစ် ရိုက်ပါ။",
        "เลือกผู้ดูแลระบบ หรือพิมพ์ชื่อผู้ใช้ใหม่เพื่อสร้างบัญชีผู้ดูแลระบบใหม่",
    ),
    "Recovery passphrase": ("ပြန်ဖွင့်စကားစု", "วลีกู้คืน"),
    "Admin account": ("စီမံခန့်ခွဲသူ အကောင့်", "บัญชีผู้ดูแลระบบ"),
    "Set password and sign in": ("စကားဝှက် သတ်မှတ်ပြီး ဝင်မည်", "ตั้งรหัสผ่านและเข้าสู่ระบบ"),
    "This recovery passphrase does not open this database.": (
        "ဤပြန်ဖွင့်စကားစုဖြင့် ဤဒေတာဘေ့စ်ကို မဖွင့်နိုင်ပါ။",
        "วลีกู้คืนนี้เปิดฐานข้อมูลนี้ไม่ได้",
    ),
    # referrals
    "Refer {code}": ("{code} ကို လွှဲပြောင်းညွှန်းပို့ရန်", "ส่งต่อ {code}"),
    "Refer to a service": ("ဝန်ဆောင်မှုသို့ လွှဲပြောင်းညွှန်းပို့ရန်", "ส่งต่อไปยังบริการ"),
    "This person's record has no consent to referral, so they cannot be referred. Ask them; "
    "if they agree, tick “Referral to other organisations” on the Consent tab and save the "
    "record first.": (
        "ဤသူ၏ မှတ်တမ်းတွင် လွှဲပြောင်းညွှန်းပို့ရန် သဘောတူညီချက် မရှိသဖြင့် "
        "လွှဲပြောင်း၍ မရပါ။ ထိုသူကို မေးပါ၊ သဘောတူပါက “သဘောတူညီချက်” တဘ်တွင် "
        "“အခြား အဖွဲ့အစည်းများသို့ လွှဲပြောင်းညွှန်းပို့ခြင်း” ကို အမှန်ခြစ်ပြီး "
        "မှတ်တမ်းကို အရင် သိမ်းပါ။",
        "ระเบียนของบุคคลนี้ไม่มีความยินยอมให้ส่งต่อ จึงส่งต่อไม่ได้ กรุณาถามเขา "
        "หากยินยอม ให้ทำเครื่องหมาย “การส่งต่อไปยังองค์กรอื่น” ในแท็บ “ความยินยอม” "
        "แล้วบันทึกระเบียนก่อน",
    ),
    "Add partner service…": ("မိတ်ဖက် ဝန်ဆောင်မှု ထည့်မည်…", "เพิ่มบริการของภาคี…"),
    "What the person needs, as it will be written on the slip": (
        "ထိုသူ လိုအပ်သည့်အရာ၊ စလစ်ပေါ်တွင် ရေးမည့်အတိုင်း",
        "สิ่งที่บุคคลนี้ต้องการ ตามที่จะเขียนในใบส่งต่อ",
    ),
    "The person agreed to this referral and to sharing the details below": (
        "ထိုသူက ဤလွှဲပြောင်းညွှန်းပို့မှုနှင့် အောက်ပါ အချက်အလက်များ မျှဝေရန် သဘောတူသည်",
        "บุคคลนี้ยินยอมให้ส่งต่อและแบ่งปันรายละเอียดด้านล่าง",
    ),
    "Service *": ("ဝန်ဆောင်မှု *", "บริการ *"),
    "Reason *": ("အကြောင်းရင်း *", "เหตุผล *"),
    "The slip shows only the name and code, the service, the date, the reason, the urgency "
    "and who referred the person.": (
        "စလစ်တွင် အမည်နှင့် ကုဒ်၊ ဝန်ဆောင်မှု၊ ရက်စွဲ၊ အကြောင်းရင်း၊ အရေးတကြီး အဆင့်နှင့် လွှဲပြောင်းပေးသူကိုသာ ပြသည်။",
        "ใบส่งต่อแสดงเฉพาะชื่อและรหัส บริการ วันที่ เหตุผล ความเร่งด่วน และผู้ส่งต่อ",
    ),
    "Refer": ("လွှဲပြောင်းညွှန်းပို့မည်", "ส่งต่อ"),
    "Choose a service…": ("ဝန်ဆောင်မှု ရွေးပါ…", "เลือกบริการ…"),
    "Could not load the services": ("ဝန်ဆောင်မှုများကို မဖွင့်နိုင်ပါ", "โหลดบริการไม่ได้"),
    "Contact: {contact}": ("ဆက်သွယ်ရန် - {contact}", "ติดต่อ: {contact}"),
    "MHPSS and counselling": (
        "စိတ်ကျန်းမာရေးနှင့် အကြံပေးခြင်း",
        "สุขภาพจิตและการให้คำปรึกษา",
    ),
    "Legal aid and documentation": (
        "ဥပဒေ အကူအညီနှင့် စာရွက်စာတမ်း",
        "ความช่วยเหลือทางกฎหมายและเอกสาร",
    ),
    "Health": ("ကျန်းမာရေး", "สุขภาพ"),
    "Education and G-code": ("ပညာရေးနှင့် G-code", "การศึกษาและรหัส G"),
    "Thai language": ("ထိုင်း ဘာသာစကား", "ภาษาไทย"),
    "Safe shelter": ("ဘေးကင်းသော ခိုလှုံရာ", "ที่พักพิงที่ปลอดภัย"),
    "GBV and child protection": (
        "ကျားမ အခြေပြု အကြမ်းဖက်မှုနှင့် ကလေးသူငယ် ကာကွယ်ရေး",
        "ความรุนแรงบนฐานเพศและการคุ้มครองเด็ก",
    ),
    "Livelihoods": ("အသက်မွေးဝမ်းကျောင်း", "อาชีพและรายได้"),
    "Food and cash assistance": ("စားနပ်ရိက္ခာနှင့် ငွေသား အကူအညီ", "ความช่วยเหลือด้านอาหารและเงินสด"),
    "Add a partner service": ("မိတ်ဖက် ဝန်ဆောင်မှု ထည့်ရန်", "เพิ่มบริการของภาคี"),
    "e.g. Mae Tao Clinic": ("ဥပမာ မယ်တော်ဆေးခန်း", "เช่น คลินิกแม่ตาว"),
    "e.g. Reproductive health": ("ဥပမာ မျိုးဆက်ပွား ကျန်းမာရေး", "เช่น อนามัยการเจริญพันธุ์"),
    "Phone, LINE or Signal, a named person": (
        "ဖုန်း၊ LINE သို့မဟုတ် Signal၊ ဆက်သွယ်ရမည့်သူ အမည်",
        "โทรศัพท์ LINE หรือ Signal และชื่อผู้ติดต่อ",
    ),
    "Organisation *": ("အဖွဲ့အစည်း *", "องค์กร *"),
    "Category": ("အမျိုးအစား", "หมวดหมู่"),
    "Contact": ("ဆက်သွယ်ရန်", "ผู้ติดต่อ"),
    "How to refer": ("လွှဲပြောင်းညွှန်းပို့ပုံ", "วิธีส่งต่อ"),
    "Add service": ("ဝန်ဆောင်မှု ထည့်မည်", "เพิ่มบริการ"),
    "Not added": ("မထည့်ရသေးပါ", "ไม่ได้เพิ่ม"),
}
