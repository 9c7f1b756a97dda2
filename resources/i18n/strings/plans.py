"""Burmese and Thai for desktop/plans/ (see ../README.md)."""

STRINGS = {
    "Add": ("ထည့်မည်", "เพิ่ม"),
    "Remove the selected item (Delete)": ("ရွေးထားသည်ကို ဖယ်မည် (Delete)", "นำรายการที่เลือกออก (Delete)"),
    "e.g. Flip chart and markers — then Enter to add": (
        "ဥပမာ ဖလစ်ချတ်နှင့် မာကာ — ပြီးလျှင် Enter နှိပ်၍ ထည့်ပါ",
        "เช่น ฟลิปชาร์ตและปากกาเมจิก — แล้วกด Enter เพื่อเพิ่ม",
    ),
    "e.g. Print the service map — then Enter to add": (
        "ဥပမာ ဝန်ဆောင်မှုမြေပုံ ထုတ်ပါ — ပြီးလျှင် Enter နှိပ်၍ ထည့်ပါ",
        "เช่น พิมพ์แผนที่บริการ — แล้วกด Enter เพื่อเพิ่ม",
    ),
    "Materials": ("လိုအပ်သော ပစ္စည်းများ", "อุปกรณ์"),
    "Preparation before the session": ("အစည်းအဝေး မစမီ ပြင်ဆင်ရန်", "การเตรียมตัวก่อนเซสชัน"),
    "Type an objective, then Enter to add it": (
        "ရည်ရွယ်ချက် ရိုက်ပြီး Enter နှိပ်၍ ထည့်ပါ",
        "พิมพ์วัตถุประสงค์ แล้วกด Enter เพื่อเพิ่ม",
    ),
    "Type a key message, then Enter to add it": (
        "အဓိက သတင်းစကား ရိုက်ပြီး Enter နှိပ်၍ ထည့်ပါ",
        "พิมพ์สาระสำคัญ แล้วกด Enter เพื่อเพิ่ม",
    ),
    "Objectives": ("ရည်ရွယ်ချက်များ", "วัตถุประสงค์"),
    "By the end of the session participants will…": (
        "အစည်းအဝေး ပြီးဆုံးချိန်တွင် ပါဝင်သူများသည်…",
        "เมื่อจบเซสชัน ผู้เข้าร่วมจะ…",
    ),
    "Key messages": ("အဓိက သတင်းစကားများ", "สาระสำคัญ"),
    "What every participant should remember and share at home.": (
        "ပါဝင်သူတိုင်း မှတ်ထားပြီး အိမ်တွင် မျှဝေသင့်သည့်အရာ။",
        "สิ่งที่ผู้เข้าร่วมทุกคนควรจำและนำไปเล่าที่บ้าน",
    ),
    "What stays in the room, who may take photos, how to keep names private, and who to call.": (
        "အခန်းထဲတွင်သာ ထားရမည့်အရာ၊ ဓာတ်ပုံ ရိုက်ခွင့်ရှိသူ၊ အမည်များကို လျှို့ဝှက်ထားပုံနှင့် ဆက်သွယ်ရမည့်သူ။",
        "เรื่องที่ต้องเก็บไว้ในห้อง ใครถ่ายรูปได้ วิธีเก็บชื่อเป็นความลับ และควรโทรหาใคร",
    ),
    "Add a line for referral contacts": (
        "လွှဲပြောင်းရန် ဆက်သွယ်ရမည့်သူများအတွက် စာကြောင်း ထည့်မည်",
        "เพิ่มบรรทัดสำหรับผู้ติดต่อเพื่อส่งต่อ",
    ),
    "Tips for running the session, things to watch for, what to adapt.": (
        "အစည်းအဝေး ဆောင်ရွက်ရန် အကြံပြုချက်များ၊ သတိထားရမည့်အရာများ၊ ပြင်ဆင်နိုင်သည့်အရာများ။",
        "เคล็ดลับการดำเนินเซสชัน สิ่งที่ต้องระวัง และสิ่งที่ปรับได้",
    ),
    "If someone tells of violence or danger: listen calmly and believe her; do not ask for "
    "details in front of the group; talk with her privately after the session; refer her only "
    "with her consent, except when a child or a life is in danger. Write the referral contacts "
    "below so they are on the printed plan.": (
        "တစ်စုံတစ်ယောက်က အကြမ်းဖက်မှု သို့မဟုတ် အန္တရာယ်အကြောင်း ပြောလာပါက - တည်ငြိမ်စွာ "
        "နားထောင်ပြီး ယုံကြည်ပေးပါ၊ အုပ်စုရှေ့တွင် အသေးစိတ် မမေးပါနှင့်၊ အစည်းအဝေးပြီးနောက် "
        "သီးသန့် စကားပြောပါ၊ ကလေး သို့မဟုတ် အသက်အန္တရာယ် ရှိသည့်အခါမှလွဲ၍ သူမ၏ "
        "သဘောတူညီချက်ဖြင့်သာ လွှဲပြောင်းညွှန်းပို့ပါ။ ပုံနှိပ်စီမံချက်တွင် ပါစေရန် "
        "လွှဲပြောင်းရန် ဆက်သွယ်ရမည့်သူများကို အောက်တွင် ရေးပါ။",
        "หากมีคนเล่าเรื่องความรุนแรงหรืออันตราย: ฟังอย่างสงบและเชื่อเธอ "
        "อย่าถามรายละเอียดต่อหน้ากลุ่ม คุยกับเธอเป็นการส่วนตัวหลังเซสชัน "
        "ส่งต่อเมื่อเธอยินยอมเท่านั้น ยกเว้นเมื่อเด็กหรือชีวิตตกอยู่ในอันตราย "
        "เขียนผู้ติดต่อเพื่อส่งต่อไว้ด้านล่างเพื่อให้อยู่ในแผนที่พิมพ์ออกมา",
    ),
    "Safety and confidentiality": ("ဘေးကင်းရေးနှင့် လျှို့ဝှက်ထိန်းသိမ်းမှု", "ความปลอดภัยและการรักษาความลับ"),
    "Facilitator notes": ("လမ်းညွှန်ဆောင်ရွက်သူ မှတ်ချက်များ", "บันทึกของผู้ดำเนินกิจกรรม"),
    "Referral contacts (name, organisation, phone): ": (
        "လွှဲပြောင်းရန် ဆက်သွယ်ရမည့်သူ (အမည်၊ အဖွဲ့အစည်း၊ ဖုန်း) - ",
        "ผู้ติดต่อเพื่อส่งต่อ (ชื่อ องค์กร โทรศัพท์): ",
    ),
    "Steps and timing": ("အဆင့်များနှင့် အချိန်", "ขั้นตอนและเวลา"),
    "Objectives and key messages": ("ရည်ရွယ်ချက်နှင့် အဓိက သတင်းစကား", "วัตถุประสงค์และสาระสำคัญ"),
    "Materials and preparation": ("ပစ္စည်းနှင့် ပြင်ဆင်မှု", "อุปกรณ์และการเตรียมตัว"),
    "Safety and notes": ("ဘေးကင်းရေးနှင့် မှတ်ချက်", "ความปลอดภัยและบันทึก"),
    "e.g. Stress and coping": ("ဥပမာ စိတ်ဖိစီးမှုနှင့် ရင်ဆိုင်ဖြေရှင်းခြင်း", "เช่น ความเครียดและการรับมือ"),
    " min": (" မိနစ်", " นาที"),
    "Session no.": ("အစည်းအဝေး အမှတ်", "เซสชันที่"),
    "Title *": ("ခေါင်းစဉ် *", "ชื่อเรื่อง *"),
    "Language": ("ဘာသာစကား", "ภาษา"),
    "Planned date": ("စီစဉ်ထားသော ရက်", "วันที่วางแผน"),
    "Planned duration": ("စီစဉ်ထားသော ကြာချိန်", "ระยะเวลาที่วางแผน"),
    "Drag a step, or press Ctrl+Up / Ctrl+Down, to change the order": (
        "အစီအစဉ်ပြောင်းရန် အဆင့်ကို ဆွဲရွှေ့ပါ သို့မဟုတ် Ctrl+Up / Ctrl+Down နှိပ်ပါ",
        "ลากขั้นตอน หรือกด Ctrl+Up / Ctrl+Down เพื่อเปลี่ยนลำดับ",
    ),
    "Add step": ("အဆင့် ထည့်မည်", "เพิ่มขั้นตอน"),
    "Add a step after the selected one (Ctrl+T)": (
        "ရွေးထားသော အဆင့်နောက်တွင် အဆင့်တစ်ခု ထည့်မည် (Ctrl+T)",
        "เพิ่มขั้นตอนต่อจากขั้นตอนที่เลือก (Ctrl+T)",
    ),
    "Remove step": ("အဆင့် ဖယ်မည်", "นำขั้นตอนออก"),
    "Remove the selected step (Delete)": (
        "ရွေးထားသော အဆင့်ကို ဖယ်မည် (Delete)",
        "นำขั้นตอนที่เลือกออก (Delete)",
    ),
    "Move up": ("အပေါ်ရွှေ့မည်", "เลื่อนขึ้น"),
    "Move the selected step earlier (Ctrl+Up)": (
        "ရွေးထားသော အဆင့်ကို ရှေ့သို့ ရွှေ့မည် (Ctrl+Up)",
        "เลื่อนขั้นตอนที่เลือกขึ้นก่อน (Ctrl+Up)",
    ),
    "Move down": ("အောက်ရွှေ့မည်", "เลื่อนลง"),
    "Move the selected step later (Ctrl+Down)": (
        "ရွေးထားသော အဆင့်ကို နောက်သို့ ရွှေ့မည် (Ctrl+Down)",
        "เลื่อนขั้นตอนที่เลือกไปทีหลัง (Ctrl+Down)",
    ),
    "Save as template…": ("နမူနာပုံစံအဖြစ် သိမ်းမည်…", "บันทึกเป็นแม่แบบ…"),
    "Keep a copy of this plan in the template library, to reuse it": (
        "ပြန်သုံးနိုင်ရန် ဤစီမံချက်၏ မိတ္တူကို နမူနာပုံစံ စာကြည့်တိုက်တွင် သိမ်းမည်",
        "เก็บสำเนาแผนนี้ไว้ในคลังแม่แบบเพื่อใช้ซ้ำ",
    ),
    "Export to Word…": ("Word သို့ ထုတ်မည်…", "ส่งออกเป็น Word…"),
    "Open in Word": ("Word ဖြင့် ဖွင့်မည်", "เปิดใน Word"),
    "Print": ("ပုံနှိပ်မည်", "พิมพ์"),
    "Save": ("သိမ်းမည်", "บันทึก"),
    "Template: {title}": ("နမူနာပုံစံ - {title}", "แม่แบบ: {title}"),
    "New session plan: {title}": ("အစည်းအဝေး စီမံချက် အသစ် - {title}", "แผนเซสชันใหม่: {title}"),
    "Session plan: {title}": ("အစည်းအဝေး စီမံချက် - {title}", "แผนเซสชัน: {title}"),
    "(no title yet)": ("(ခေါင်းစဉ် မရှိသေး)", "(ยังไม่มีชื่อ)"),
    "(no title)": ("(ခေါင်းစဉ် မရှိ)", "(ไม่มีชื่อ)"),
    "Step “{title}” removed.": ("“{title}” အဆင့်ကို ဖယ်ပြီး။", "นำขั้นตอน “{title}” ออกแล้ว"),
    "Total time: {total} minutes of the {planned} planned.": (
        "စုစုပေါင်း အချိန် - စီစဉ်ထားသော {planned} မိနစ်အနက် {total} မိနစ်။",
        "เวลารวม: {total} นาที จากที่วางแผนไว้ {planned} นาที",
    ),
    "Total time: {total} minutes.": ("စုစုပေါင်း အချိန် - {total} မိနစ်။", "เวลารวม: {total} นาที"),
    "The steps take {total} minutes, {over} more than the {planned} planned. "
    "Shorten a step or plan a longer session.": (
        "အဆင့်များသည် {total} မိနစ် ကြာပြီး စီစဉ်ထားသော {planned} မိနစ်ထက် {over} မိနစ် "
        "ပိုသည်။ အဆင့်တစ်ခုကို တိုအောင်လုပ်ပါ သို့မဟုတ် ပိုရှည်သော အစည်းအဝေး စီစဉ်ပါ။",
        "ขั้นตอนใช้เวลา {total} นาที เกินที่วางแผนไว้ {planned} นาทีอยู่ {over} นาที "
        "กรุณาย่อขั้นตอนหรือวางแผนเซสชันให้ยาวขึ้น",
    ),
    "Plan “{title}” saved.": ("“{title}” စီမံချက်ကို သိမ်းပြီး။", "บันทึกแผน “{title}” แล้ว"),
    "Not saved yet": ("မသိမ်းရသေးပါ", "ยังไม่ได้บันทึก"),
    "Correct the plan first: {problem}": (
        "စီမံချက်ကို အရင်ပြင်ပါ - {problem}",
        "กรุณาแก้ไขแผนก่อน: {problem}",
    ),
    "Save as template": ("နမူနာပုံစံအဖြစ် သိမ်းရန်", "บันทึกเป็นแม่แบบ"),
    "Title of the template in the library:": (
        "စာကြည့်တိုက်ရှိ နမူနာပုံစံ၏ ခေါင်းစဉ် -",
        "ชื่อแม่แบบในคลัง:",
    ),
    "Saved in the template library as “{title}”.": (
        "နမူနာပုံစံ စာကြည့်တိုက်တွင် “{title}” အဖြစ် သိမ်းပြီး။",
        "บันทึกในคลังแม่แบบเป็น “{title}” แล้ว",
    ),
    "This plan has changes that are not saved. Discard them?": (
        "ဤစီမံချက်တွင် မသိမ်းရသေးသော ပြင်ဆင်ချက်များ ရှိသည်။ စွန့်မလား။",
        "แผนนี้มีการแก้ไขที่ยังไม่ได้บันทึก ต้องการละทิ้งหรือไม่",
    ),
    "Discard changes": ("ပြင်ဆင်ချက်များ စွန့်မည်", "ละทิ้งการแก้ไข"),
    "e.g. Calming skills: slow breathing": (
        "ဥပမာ စိတ်ငြိမ်စေသော နည်းလမ်း - ဖြည်းဖြည်း အသက်ရှူခြင်း",
        "เช่น ทักษะทำใจให้สงบ: หายใจช้า ๆ",
    ),
    "Type an instruction, then Enter to add it": (
        "ညွှန်ကြားချက် ရိုက်ပြီး Enter နှိပ်၍ ထည့်ပါ",
        "พิมพ์คำแนะนำ แล้วกด Enter เพื่อเพิ่ม",
    ),
    "Type a question, then Enter to add it": (
        "မေးခွန်း ရိုက်ပြီး Enter နှိပ်၍ ထည့်ပါ",
        "พิมพ์คำถาม แล้วกด Enter เพื่อเพิ่ม",
    ),
    "Kind": ("အမျိုးအစား", "ประเภท"),
    "Minutes *": ("မိနစ် *", "นาที *"),
    "What to do (numbered when printed)": (
        "လုပ်ရမည့်အရာ (ပုံနှိပ်သည့်အခါ နံပါတ်တပ်မည်)",
        "สิ่งที่ต้องทำ (มีเลขลำดับเมื่อพิมพ์)",
    ),
    "Questions for discussion": ("ဆွေးနွေးရန် မေးခွန်းများ", "คำถามสำหรับอภิปราย"),
    "Select a step to edit it, or add one.": (
        "ပြင်ရန် အဆင့်တစ်ခုကို ရွေးပါ သို့မဟုတ် အသစ်ထည့်ပါ။",
        "เลือกขั้นตอนเพื่อแก้ไข หรือเพิ่มขั้นตอนใหม่",
    ),
    "Step {number}": ("အဆင့် {number}", "ขั้นตอนที่ {number}"),
    "Template library": ("နမူနာပုံစံ စာကြည့်တိုက်", "คลังแม่แบบ"),
    "Start a plan from a template": (
        "နမူနာပုံစံမှ စီမံချက် စတင်ရန်",
        "เริ่มแผนจากแม่แบบ",
    ),
    "All languages": ("ဘာသာစကားအားလုံး", "ทุกภาษา"),
    "Find a template by its title": ("ခေါင်းစဉ်ဖြင့် နမူနာပုံစံ ရှာပါ", "ค้นหาแม่แบบตามชื่อ"),
    "Use this template": ("ဤနမူနာပုံစံကို သုံးမည်", "ใช้แม่แบบนี้"),
    "Could not load the templates": ("နမူနာပုံစံများကို မဖွင့်နိုင်ပါ", "โหลดแม่แบบไม่ได้"),
    "{number}. {title}  ({minutes} min)": (
        "{number}. {title}  ({minutes} မိနစ်)",
        "{number}. {title}  ({minutes} นาที)",
    ),
    "No template matches. Clear the search.": (
        "ကိုက်ညီသော နမူနာပုံစံ မရှိပါ။ ရှာဖွေမှုကို ရှင်းပါ။",
        "ไม่มีแม่แบบที่ตรงกัน กรุณาล้างคำค้นหา",
    ),
    "Session {number} · {minutes} minutes · {language}": (
        "အစည်းအဝေး {number} · {minutes} မိနစ် · {language}",
        "เซสชันที่ {number} · {minutes} นาที · {language}",
    ),
    "Steps ({total} minutes)": ("အဆင့်များ ({total} မိနစ်)", "ขั้นตอน ({total} นาที)"),
    "Min.": ("မိနစ်", "นาที"),
    "Step": ("အဆင့်", "ขั้นตอน"),
    "The plan was not created": ("စီမံချက်ကို မဖန်တီးနိုင်ခဲ့ပါ", "ไม่ได้สร้างแผน"),
    "Session {number} - {title}": ("အစည်းအဝေး {number} - {title}", "เซสชันที่ {number} - {title}"),
    "Session plan": ("အစည်းအဝေး စီမံချက်", "แผนเซสชัน"),
    "Save the session plan": ("အစည်းအဝေး စီမံချက်ကို သိမ်းရန်", "บันทึกแผนเซสชัน"),
    "Not exported": ("မထုတ်ရသေးပါ", "ไม่ได้ส่งออก"),
    "No session plans yet": ("အစည်းအဝေး စီမံချက် မရှိသေးပါ", "ยังไม่มีแผนเซสชัน"),
    "This project has no session plans to export yet. Add a plan first.": (
        "ဤစီမံကိန်းတွင် ထုတ်ရန် အစည်းအဝေး စီမံချက် မရှိသေးပါ။ စီမံချက်တစ်ခု အရင်ထည့်ပါ။",
        "โครงการนี้ยังไม่มีแผนเซสชันให้ส่งออก กรุณาเพิ่มแผนก่อน",
    ),
    "Project plan": ("စီမံကိန်း အစီအမံ", "แผนโครงการ"),
    "Save the project plan": ("စီမံကိန်း အစီအမံကို သိမ်းရန်", "บันทึกแผนโครงการ"),
    "Saved {path}": ("{path} ကို သိမ်းပြီး", "บันทึก {path} แล้ว"),
    "The Word document was not saved": ("Word စာရွက်စာတမ်းကို မသိမ်းရသေးပါ", "ไม่ได้บันทึกเอกสาร Word"),
    "Saphan could not write {path}. If the file is open in Word, close it and try again."
    "\n\n{reason}": (
        "Saphan သည် {path} ကို မရေးနိုင်ပါ။ ဖိုင်ကို Word တွင် ဖွင့်ထားပါက ပိတ်ပြီး ထပ်ကြိုးစားပါ။\n\n{reason}",
        "Saphan เขียน {path} ไม่ได้ หากไฟล์เปิดอยู่ใน Word กรุณาปิดแล้วลองอีกครั้ง\n\n{reason}",
    ),
    "Writing the Word document…": ("Word စာရွက်စာတမ်း ရေးနေသည်…", "กำลังเขียนเอกสาร Word…"),
    "Could not open the document": ("စာရွက်စာတမ်းကို မဖွင့်နိုင်ပါ", "เปิดเอกสารไม่ได้"),
    "No program to open Word documents was found. The plan was saved as {path}.": (
        "Word စာရွက်စာတမ်း ဖွင့်ရန် ပရိုဂရမ် မတွေ့ပါ။ စီမံချက်ကို {path} အဖြစ် သိမ်းထားသည်။",
        "ไม่พบโปรแกรมเปิดเอกสาร Word แผนถูกบันทึกเป็น {path}",
    ),
    "Sent to the printer: {path}": ("ပရင်တာသို့ ပို့ပြီး - {path}", "ส่งไปที่เครื่องพิมพ์แล้ว: {path}"),
    "Print from your word processor": (
        "သင့် စာစီပရိုဂရမ်မှ ပုံနှိပ်ပါ",
        "พิมพ์จากโปรแกรมเอกสารของคุณ",
    ),
    "The plan is open in your word processor (Word or LibreOffice). "
    "Print it from there with Ctrl+P.": (
        "စီမံချက်ကို သင့် စာစီပရိုဂရမ် (Word သို့မဟုတ် LibreOffice) တွင် ဖွင့်ထားသည်။ ထိုနေရာမှ Ctrl+P ဖြင့် ပုံနှိပ်ပါ။",
        "แผนเปิดอยู่ในโปรแกรมเอกสาร (Word หรือ LibreOffice) กรุณาพิมพ์จากที่นั่นด้วย Ctrl+P",
    ),
}
