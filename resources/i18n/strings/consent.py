"""Burmese and Thai for the consent history (desktop/beneficiaries/consent_tab.py and
consent_dialog.py), who the shared figures leave out (Share preview, Dashboard) and the
restricted record (see ../README.md)."""

STRINGS = {
    # Settings: the consents a person may give (desktop/settings_page/consent_scopes.py)
    "Consents a person may give": (
        "ပုဂ္ဂိုလ်တစ်ဦး ပေးနိုင်သော သဘောတူညီချက်များ",
        "ความยินยอมที่บุคคลให้ได้",
    ),
    "e.g. Photos in reports": ("ဥပမာ - အစီရင်ခံစာများတွင် ဓာတ်ပုံများ", "เช่น ภาพถ่ายในรายงาน"),
    "Add consent": ("သဘောတူညီချက် ထည့်ရန်", "เพิ่มความยินยอม"),
    "Rename": ("အမည်ပြောင်းရန်", "เปลี่ยนชื่อ"),
    "Each consent has its own history of when it was given or withdrawn, and by whom. Your "
    "organisation may add its own; they are kept, never removed, so the history keeps its "
    "meaning. Type a new name and choose Rename to correct one.": (
        "သဘောတူညီချက်တစ်ခုစီတွင် မည်သည့်အချိန်က မည်သူက ပေးခဲ့သည် သို့မဟုတ် ရုပ်သိမ်းခဲ့သည်ကို "
        "မှတ်တမ်းတင်ထားသည်။ သင့်အဖွဲ့အစည်းက ကိုယ်ပိုင် သဘောတူညီချက်များ ထည့်နိုင်သည်။ "
        "မှတ်တမ်း၏ အဓိပ္ပာယ် မပျက်စေရန် ၎င်းတို့ကို မဖျက်ဘဲ ထားရှိသည်။ ပြင်ဆင်လိုပါက "
        "အမည်အသစ် ရိုက်ထည့်ပြီး အမည်ပြောင်းရန် ကို ရွေးပါ။",
        "ความยินยอมแต่ละอย่างมีประวัติว่าให้หรือถอนเมื่อใดและโดยใคร องค์กรของคุณเพิ่มความยินยอม"
        "ของตนเองได้ และจะไม่ถูกลบ เพื่อให้ประวัติยังมีความหมาย หากต้องการแก้ไข "
        "ให้พิมพ์ชื่อใหม่แล้วเลือก เปลี่ยนชื่อ",
    ),
    "{scope} (built in)": ("{scope} (မူလပါရှိသည်)", "{scope} (มีในระบบ)"),
    "Type the consent's name.": ("သဘောတူညီချက်၏ အမည်ကို ရိုက်ထည့်ပါ။", "พิมพ์ชื่อความยินยอม"),
    "Use a shorter name.": ("ပိုတိုသော အမည်ကို သုံးပါ။", "ใช้ชื่อที่สั้นกว่านี้"),
    "There is already a consent with this name.": (
        "ဤအမည်ဖြင့် သဘောတူညီချက် ရှိပြီးဖြစ်သည်။",
        "มีความยินยอมชื่อนี้อยู่แล้ว",
    ),
    "Added the consent {scope}.": ("သဘောတူညီချက် {scope} ကို ထည့်ပြီးပါပြီ။", "เพิ่มความยินยอม {scope} แล้ว"),
    "Renamed the consent to {scope}.": (
        "သဘောတူညီချက်ကို {scope} ဟု အမည်ပြောင်းပြီးပါပြီ။",
        "เปลี่ยนชื่อความยินยอมเป็น {scope} แล้ว",
    ),
    # The scopes and how consent was given
    "Services from this organisation": (
        "ဤအဖွဲ့အစည်း၏ ဝန်ဆောင်မှုများ",
        "บริการจากองค์กรนี้",
    ),
    "Verbal": ("နှုတ်ဖြင့်", "ด้วยวาจา"),
    "Signed form": ("လက်မှတ်ထိုးထားသော ပုံစံ", "แบบฟอร์มที่ลงนามแล้ว"),
    # The Consent tab
    "How it was given": ("မည်သို့ ပေးခဲ့သနည်း", "ให้ความยินยอมอย่างไร"),
    "Consent to services has been withdrawn: the record is restricted, and no new sessions or "
    "referrals can be recorded for this person.": (
        "ဝန်ဆောင်မှုများအတွက် သဘောတူညီချက်ကို ရုပ်သိမ်းထားပြီး မှတ်တမ်းကို ကန့်သတ်ထားသည်။ "
        "ဤသူအတွက် အစည်းအဝေးအသစ် သို့မဟုတ် လွှဲပြောင်းညွှန်းပို့မှုအသစ် မှတ်တမ်းတင်၍ မရပါ။",
        "ถอนความยินยอมรับบริการแล้ว ระเบียนนี้ถูกจำกัด จึงบันทึกเซสชันหรือการส่งต่อใหม่ให้บุคคลนี้ไม่ได้",
    ),
    "Consent history": ("သဘောတူညီချက် မှတ်တမ်း", "ประวัติความยินยอม"),
    "&Grant…": ("သဘောတူညီချက် ပေးမည် (&G)…", "ให้ความยินยอม (&G)…"),
    "Record that the person gives consent": (
        "ဤသူက သဘောတူညီချက် ပေးကြောင်း မှတ်တမ်းတင်မည်",
        "บันทึกว่าบุคคลนี้ให้ความยินยอม",
    ),
    "&Withdraw…": ("ရုပ်သိမ်းမည် (&W)…", "ถอนความยินยอม (&W)…"),
    "Record that the person withdraws consent": (
        "ဤသူက သဘောတူညီချက်ကို ရုပ်သိမ်းကြောင်း မှတ်တမ်းတင်မည်",
        "บันทึกว่าบุคคลนี้ถอนความยินยอม",
    ),
    "Takes effect": ("စတင်သက်ရောက်သည့်ရက်", "มีผลตั้งแต่"),
    "Consent to": ("သဘောတူညီသည့်အရာ", "ยินยอมให้"),
    "Given or withdrawn": ("ပေး/ရုပ်သိမ်း", "ให้หรือถอน"),
    "How": ("မည်သို့", "อย่างไร"),
    "Recorded on": ("မှတ်တမ်းတင်သည့်ရက်", "บันทึกเมื่อ"),
    "Given": ("ပေးသည်", "ให้ความยินยอม"),
    "Not given": ("မပေးပါ", "ไม่ให้ความยินยอม"),
    "Withdrawn": ("ရုပ်သိမ်းသည်", "ถอนแล้ว"),
    "Erased": ("ဖျက်ပြီး", "ลบแล้ว"),
    "The person's record has been erased.": (
        "ဤသူ၏ မှတ်တမ်းကို ဖျက်ပြီးပါပြီ။",
        "ลบระเบียนของบุคคลนี้แล้ว",
    ),
    # The Grant… / Withdraw… dialog
    "Record consent given": ("ပေးသော သဘောတူညီချက်ကို မှတ်တမ်းတင်ရန်", "บันทึกการให้ความยินยอม"),
    "Record consent withdrawn": (
        "ရုပ်သိမ်းသော သဘောတူညီချက်ကို မှတ်တမ်းတင်ရန်",
        "บันทึกการถอนความยินยอม",
    ),
    "Record withdrawal": ("ရုပ်သိမ်းမှုကို မှတ်တမ်းတင်မည်", "บันทึกการถอน"),
    "e.g. said so at the follow-up visit": (
        "ဥပမာ နောက်ဆက်တွဲ တွေ့ဆုံစဉ် ပြောခဲ့သည်",
        "เช่น แจ้งไว้ตอนเยี่ยมติดตาม",
    ),
    "Consent to *": ("သဘောတူညီသည့်အရာ *", "ยินยอมให้ *"),
    "Takes effect on *": ("စတင်သက်ရောက်သည့်ရက် *", "มีผลตั้งแต่วันที่ *"),
    "How *": ("မည်သို့ *", "อย่างไร *"),
    "Existing data": ("ရှိပြီးသား အချက်အလက်", "ข้อมูลที่มีอยู่"),
    "Keep what is recorded (the record is restricted: no new sessions or referrals)": (
        "မှတ်တမ်းတင်ထားသည်များကို ထားမည် (မှတ်တမ်းကို ကန့်သတ်မည်- အစည်းအဝေးအသစ် သို့မဟုတ် လွှဲပြောင်းညွှန်းပို့မှုအသစ် မရှိ)",
        "เก็บสิ่งที่บันทึกไว้ (ระเบียนถูกจำกัด: ไม่มีเซสชันหรือการส่งต่อใหม่)",
    ),
    "The person asks for everything about them to be erased (admin only)": (
        "ဤသူက ၎င်းနှင့်ပတ်သက်သည့် အရာအားလုံးကို ဖျက်ပေးရန် တောင်းဆိုသည် (စီမံခန့်ခွဲသူသာ)",
        "บุคคลนี้ขอให้ลบทุกอย่างเกี่ยวกับตน (ผู้ดูแลระบบเท่านั้น)",
    ),
    "Erase this person?": ("ဤသူကို ဖျက်မည်လား။", "ลบบุคคลนี้หรือไม่"),
    "Everything recorded about this person will be erased for good: their record, consent, "
    "cases, sessions attended, assessments and referrals. This cannot be undone.": (
        "ဤသူနှင့်ပတ်သက်၍ မှတ်တမ်းတင်ထားသမျှ အပြီးတိုင် ဖျက်ပစ်မည်- မှတ်တမ်း၊ သဘောတူညီချက်၊ "
        "ကိစ္စရပ်များ၊ တက်ရောက်ခဲ့သော အစည်းအဝေးများ၊ အကဲဖြတ်ချက်များနှင့် "
        "လွှဲပြောင်းညွှန်းပို့မှုများ။ ပြန်ပြင်၍ မရပါ။",
        "ทุกอย่างที่บันทึกเกี่ยวกับบุคคลนี้จะถูกลบถาวร ได้แก่ ระเบียน ความยินยอม กรณี "
        "เซสชันที่เข้าร่วม การประเมิน และการส่งต่อ ย้อนกลับไม่ได้",
    ),
    "Erase for good": ("အပြီးတိုင် ဖျက်မည်", "ลบถาวร"),
    "Keep the record": ("မှတ်တမ်းကို ထားမည်", "เก็บระเบียนไว้"),
    # Who the shared figures leave out
    "No one is left out: everyone counted agreed to the use of their data.": (
        "မည်သူမျှ ချန်မထားပါ- ရေတွက်ထားသူအားလုံး ၎င်းတို့၏ အချက်အလက် အသုံးပြုခြင်းကို သဘောတူခဲ့သည်။",
        "ไม่มีใครถูกตัดออก ทุกคนที่นับได้ยินยอมให้ใช้ข้อมูลของตน",
    ),
    "People left out, no consent to data use: {count}": (
        "ချန်ထားသူ၊ အချက်အလက် အသုံးပြုရန် သဘောတူညီချက် မရှိ- {count}",
        "ผู้ที่ถูกตัดออก ไม่ได้ยินยอมให้ใช้ข้อมูล: {count}",
    ),
    "People left out, withdrew consent to data use: {count}": (
        "ချန်ထားသူ၊ အချက်အလက် အသုံးပြုရန် သဘောတူညီချက်ကို ရုပ်သိမ်းခဲ့- {count}",
        "ผู้ที่ถูกตัดออก ถอนความยินยอมให้ใช้ข้อมูล: {count}",
    ),
    "Of these, not in the shared figures (no consent to data use): {people}": (
        "ယင်းတို့အနက် မျှဝေသော ကိန်းဂဏန်းများတွင် မပါသူ (အချက်အလက် အသုံးပြုရန် သဘောတူညီချက် မရှိ)- {people}",
        "ในจำนวนนี้ ไม่อยู่ในตัวเลขที่แบ่งปัน (ไม่ได้ยินยอมให้ใช้ข้อมูล): {people}",
    ),
    # The restricted record (desktop/errors.py)
    "This person has withdrawn consent to services, so their record is restricted: no new "
    "sessions or referrals can be recorded for them. If they give consent again, record it on "
    "the Consent tab of their record first.": (
        "ဤသူသည် ဝန်ဆောင်မှုများအတွက် သဘောတူညီချက်ကို ရုပ်သိမ်းထားသဖြင့် ၎င်း၏ မှတ်တမ်းကို "
        "ကန့်သတ်ထားသည်- အစည်းအဝေးအသစ် သို့မဟုတ် လွှဲပြောင်းညွှန်းပို့မှုအသစ် မှတ်တမ်းတင်၍ "
        "မရပါ။ သဘောတူညီချက် ပြန်ပေးပါက ၎င်း၏ မှတ်တမ်း၏ သဘောတူညီချက် စာမျက်နှာတွင် "
        "ဦးစွာ မှတ်တမ်းတင်ပါ။",
        "บุคคลนี้ถอนความยินยอมรับบริการแล้ว ระเบียนจึงถูกจำกัด บันทึกเซสชันหรือการส่งต่อใหม่ไม่ได้ "
        "หากบุคคลนี้ให้ความยินยอมอีกครั้ง กรุณาบันทึกในแท็บความยินยอมของระเบียนก่อน",
    ),
}
