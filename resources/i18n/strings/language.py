"""The language picker (sign-in window, setup wizard) and the audit trail's sentences."""

STRINGS = {
    "Language": ("ဘာသာစကား", "ภาษา"),
    "The language Saphan is shown in": ("Saphan ကို ပြသသည့် ဘာသာစကား", "ภาษาที่ใช้แสดง Saphan"),
    # The audit trail: every action in words, details as sentences (desktop/audit/model.py)
    "A new key was made": ("သော့အသစ် ပြုလုပ်ခဲ့သည်", "สร้างกุญแจใหม่แล้ว"),
    "{people} people, {sessions} sessions, {attendance} attendances": (
        "လူ {people} ဦး၊ အစည်းအဝေး {sessions} ခု၊ တက်ရောက်မှု {attendance} ကြိမ်",
        "{people} คน, {sessions} เซสชัน, การเข้าร่วม {attendance} ครั้ง",
    ),
    ", {cases} cases, {staff} staff accounts": (
        "၊ ကိစ္စရပ် {cases} ခု၊ ဝန်ထမ်းအကောင့် {staff} ခု",
        ", {cases} กรณี, บัญชีเจ้าหน้าที่ {staff} บัญชี",
    ),
    "As a {format} file": ("{format} ဖိုင်အဖြစ်", "เป็นไฟล์ {format}"),
    "From an imported list": ("တင်သွင်းထားသော စာရင်းမှ", "จากรายชื่อที่นำเข้า"),
    "Consent changed": ("သဘောတူညီချက် ပြောင်းခဲ့သည်", "ความยินยอมเปลี่ยนไป"),
    "Basic details only": ("အခြေခံ အချက်အလက်များသာ", "เฉพาะข้อมูลพื้นฐาน"),
    "{count} attendees": ("တက်ရောက်သူ {count} ဦး", "ผู้เข้าร่วม {count} คน"),
    "{count} participants": ("ပါဝင်သူ {count} ဦး", "ผู้เข้าร่วม {count} คน"),
    "{count} templates": ("နမူနာပုံစံ {count} ခု", "แม่แบบ {count} รายการ"),
    "Revision {number}": ("ပြင်ဆင်မှု အမှတ် {number}", "ฉบับแก้ไขที่ {number}"),
    "From plan no. {number}": ("စီမံချက် အမှတ် {number} မှ", "จากแผนหมายเลข {number}"),
    "Person no. {number}": ("ပုဂ္ဂိုလ် အမှတ် {number}", "บุคคลหมายเลข {number}"),
    "Case no. {number}": ("ကိစ္စရပ် အမှတ် {number}", "กรณีหมายเลข {number}"),
    "Staff account no. {number}": (
        "ဝန်ထမ်းအကောင့် အမှတ် {number}",
        "บัญชีเจ้าหน้าที่หมายเลข {number}",
    ),
    "From staff account no. {old} to no. {new}": (
        "ဝန်ထမ်းအကောင့် အမှတ် {old} မှ အမှတ် {new} သို့",
        "จากบัญชีเจ้าหน้าที่หมายเลข {old} ไปยังหมายเลข {new}",
    ),
    "{count} cases to staff account no. {number}": (
        "ကိစ္စရပ် {count} ခုကို ဝန်ထမ်းအကောင့် အမှတ် {number} သို့",
        "{count} กรณีไปยังบัญชีเจ้าหน้าที่หมายเลข {number}",
    ),
    "Details as recorded": ("မှတ်တမ်းတင်ထားသည့်အတိုင်း အသေးစိတ်", "รายละเอียดตามที่บันทึกไว้"),
    "Choose an entry in the table.": (
        "ဇယားထဲမှ မှတ်တမ်းတစ်ခုကို ရွေးပါ။",
        "กรุณาเลือกรายการในตาราง",
    ),
    "Changed": ("ပြင်ခဲ့သည်", "แก้ไข"),
    "Turned on": ("ဖွင့်ခဲ့သည်", "เปิดใช้"),
    "Turned off": ("ပိတ်ခဲ့သည်", "ปิดใช้"),
    "Copied a plan": ("စီမံချက် မိတ္တူကူးခဲ့သည်", "คัดลอกแผน"),
    "Started a plan from a template": (
        "နမူနာပုံစံမှ စီမံချက် စတင်ခဲ့သည်",
        "เริ่มแผนจากแม่แบบ",
    ),
    "Saved a plan as a template": (
        "စီမံချက်ကို နမူနာပုံစံအဖြစ် သိမ်းခဲ့သည်",
        "บันทึกแผนเป็นแม่แบบ",
    ),
    "Added the templates that come with Saphan": (
        "Saphan နှင့်အတူပါလာသော နမူနာပုံစံများ ထည့်ခဲ့သည်",
        "เพิ่มแม่แบบที่มาพร้อมกับ Saphan",
    ),
    "Added participants": ("ပါဝင်သူများ ထည့်ခဲ့သည်", "เพิ่มผู้เข้าร่วม"),
    "Removed participants": ("ပါဝင်သူများ ဖယ်ရှားခဲ့သည်", "นำผู้เข้าร่วมออก"),
    "Made a signing key": ("လက်မှတ်ထိုးသော့ ပြုလုပ်ခဲ့သည်", "สร้างกุญแจลงนาม"),
    "Prepared figures to share": ("မျှဝေရန် ကိန်းဂဏန်းများ ပြင်ဆင်ခဲ့သည်", "เตรียมตัวเลขเพื่อแบ่งปัน"),
    "Added demo data": ("နမူနာ ဒေတာ ထည့်ခဲ့သည်", "เพิ่มข้อมูลตัวอย่าง"),
    "Exported everything about a person": (
        "ပုဂ္ဂိုလ်တစ်ဦးအကြောင်း အားလုံးကို ထုတ်ယူခဲ့သည်",
        "ส่งออกข้อมูลทั้งหมดของบุคคล",
    ),
    "Added a kind of consent": ("သဘောတူညီချက် အမျိုးအစား ထည့်ခဲ့သည်", "เพิ่มประเภทความยินยอม"),
    "Renamed a kind of consent": (
        "သဘောတူညီချက် အမျိုးအစား အမည်ပြောင်းခဲ့သည်",
        "เปลี่ยนชื่อประเภทความยินยอม",
    ),
    "Recorded consent given": ("သဘောတူညီချက် ပေးကြောင်း မှတ်တမ်းတင်ခဲ့သည်", "บันทึกการให้ความยินยอม"),
    "Recorded consent withdrawn": (
        "သဘောတူညီချက် ရုပ်သိမ်းကြောင်း မှတ်တမ်းတင်ခဲ့သည်",
        "บันทึกการถอนความยินยอม",
    ),
    "Closed months as reported": ("အစီရင်ခံပြီး လများကို ပိတ်ခဲ့သည်", "ปิดเดือนที่รายงานแล้ว"),
    "Reopened a month": ("လတစ်လကို ပြန်ဖွင့်ခဲ့သည်", "เปิดเดือนอีกครั้ง"),
    "Made this laptop a team": ("ဤလက်ပ်တော့ဖြင့် အဖွဲ့ ဖွဲ့ခဲ့သည်", "ตั้งทีมจากแล็ปท็อปเครื่องนี้"),
    "Invited a laptop to the team": ("လက်ပ်တော့တစ်လုံးကို အဖွဲ့သို့ ဖိတ်ခဲ့သည်", "เชิญแล็ปท็อปเข้าทีม"),
    "Removed a laptop from the team": (
        "လက်ပ်တော့တစ်လုံးကို အဖွဲ့မှ ဖယ်ရှားခဲ့သည်",
        "นำแล็ปท็อปออกจากทีม",
    ),
    "Kept this laptop's version of a change": (
        "ပြောင်းလဲမှုတစ်ခု၏ ဤလက်ပ်တော့ပေါ်ရှိ ပုံစံကို ထားခဲ့သည်",
        "เก็บฉบับของแล็ปท็อปเครื่องนี้ไว้",
    ),
    "Took the other laptop's version": (
        "အခြားလက်ပ်တော့၏ ပုံစံကို ယူခဲ့သည်",
        "ใช้ฉบับของแล็ปท็อปอีกเครื่อง",
    ),
    "Marked a task done": ("လုပ်ငန်းတစ်ခု ပြီးကြောင်း မှတ်ခဲ့သည်", "ทำเครื่องหมายว่างานเสร็จแล้ว"),
    "Put a task off": ("လုပ်ငန်းတစ်ခုကို ရွှေ့ဆိုင်းခဲ့သည်", "เลื่อนงานออกไป"),
    "Dismissed a task": ("လုပ်ငန်းတစ်ခုကို ပယ်ခဲ့သည်", "ปิดงานโดยไม่ทำ"),
    "Own field": ("ကိုယ်ပိုင် အကွက်", "ช่องข้อมูลของตนเอง"),
    "Months": ("လများ", "เดือน"),
    "Network": ("ကွန်ရက်", "เครือข่าย"),
    "Task": ("လုပ်ငန်း", "งาน"),
    # The pilot's programmes as the network file names them (desktop/network_labels.py)
    "Youth engagement": ("လူငယ် ပါဝင်ဆောင်ရွက်မှု", "การมีส่วนร่วมของเยาวชน"),
    "Safe space for women and girls": (
        "အမျိုးသမီးနှင့် မိန်းကလေးများအတွက် ဘေးကင်းလုံခြုံရာနေရာ",
        "พื้นที่ปลอดภัยสำหรับผู้หญิงและเด็กหญิง",
    ),
    "Participatory projects for women's engagement": (
        "အမျိုးသမီးများ ပါဝင်ရေး ပူးပေါင်းဆောင်ရွက်သော စီမံကိန်းများ",
        "โครงการแบบมีส่วนร่วมเพื่อการมีส่วนร่วมของผู้หญิง",
    ),
    # Shipped questionnaires' names (desktop/assessments/names.py)
    "WHO-5 Well-Being Index": ("WHO-5 စိတ်ချမ်းသာမှု ညွှန်းကိန်း", "ดัชนีความผาสุก WHO-5"),
    "PHQ-9 Patient Health Questionnaire": (
        "PHQ-9 လူနာ ကျန်းမာရေး မေးခွန်းလွှာ",
        "แบบสอบถามสุขภาพผู้ป่วย PHQ-9",
    ),
    "GAD-7 Generalized Anxiety Disorder scale": (
        "GAD-7 ယေဘုယျ စိုးရိမ်ပူပန်မှု ရောဂါ အတိုင်းအတာ",
        "แบบประเมินโรควิตกกังวลทั่วไป GAD-7",
    ),
    "Kessler Psychological Distress Scale (K10)": (
        "Kessler စိတ်ဖိစီးပင်ပန်းမှု အတိုင်းအတာ (K10)",
        "แบบวัดความทุกข์ทางใจของ Kessler (K10)",
    ),
    "Kessler Psychological Distress Scale (K6)": (
        "Kessler စိတ်ဖိစီးပင်ပန်းမှု အတိုင်းအတာ (K6)",
        "แบบวัดความทุกข์ทางใจของ Kessler (K6)",
    ),
    "PSYCHLOPS (Psychological Outcome Profiles)": (
        "PSYCHLOPS (စိတ်ပိုင်းဆိုင်ရာ ရလဒ် ပရိုဖိုင်များ)",
        "PSYCHLOPS (โปรไฟล์ผลลัพธ์ทางจิตใจ)",
    ),
    "Refugee Health Screener-15 (RHS-15)": (
        "ဒုက္ခသည် ကျန်းမာရေး စစ်ဆေးမေးခွန်း 15 ခု (RHS-15)",
        "แบบคัดกรองสุขภาพผู้ลี้ภัย 15 ข้อ (RHS-15)",
    ),
    "WHODAS 2.0 (12 items)": ("WHODAS 2.0 (မေးခွန်း 12 ခု)", "WHODAS 2.0 (12 ข้อ)"),
    # Strings lupdate had missed inside f-strings
    "Forgot password?": ("စကားဝှက် မေ့နေပါသလား။", "ลืมรหัสผ่าน?"),
    "Roster": ("တက်ရောက်သူစာရင်း", "รายชื่อผู้เข้าร่วม"),
}
