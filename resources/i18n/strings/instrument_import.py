"""Burmese and Thai for the XLSForm instrument import: desktop/settings_page/instruments.py and
form_problems.py (see ../README.md). XLSForm's own words (sheet and column names such as
survey, choices, select_one, calculate, form_id, saphan_min) stay as they are."""

STRINGS = {
    "This instrument has no wording in {language}: the questions are shown in English. "
    "Translate them as you ask, or choose another instrument.": (
        "ဤတိုင်းတာကိရိယာတွင် {language} ဘာသာဖြင့် စကားလုံးများ မရှိပါ။ မေးခွန်းများကို "
        "အင်္ဂလိပ်ဘာသာဖြင့် ပြထားသည်။ မေးရင်း ဘာသာပြန်ပါ သို့မဟုတ် အခြားကိရိယာကို ရွေးပါ။",
        "แบบประเมินนี้ไม่มีถ้อยคำเป็นภาษา{language} จึงแสดงคำถามเป็นภาษาอังกฤษ "
        "ให้แปลขณะถาม หรือเลือกแบบประเมินอื่น",
    ),
    "A formula or condition of the instrument cannot be read. Nothing was saved.": (
        "တိုင်းတာကိရိယာ၏ ပုံသေနည်း သို့မဟုတ် အခြေအနေတစ်ခုကို ဖတ်၍ မရပါ။ ဘာမျှ မသိမ်းရသေးပါ။",
        "อ่านสูตรหรือเงื่อนไขของแบบประเมินไม่ได้ ไม่ได้บันทึกสิ่งใด",
    ),
    "The instrument's definition has problems, so it was not saved. Nothing changed.": (
        "တိုင်းတာကိရိယာ၏ အဓိပ္ပာယ်ဖွင့်ဆိုချက်တွင် ပြဿနာများ ရှိသဖြင့် မသိမ်းရပါ။ ဘာမျှ မပြောင်းလဲပါ။",
        "คำจำกัดความของแบบประเมินมีปัญหา จึงไม่ได้บันทึก ไม่มีสิ่งใดเปลี่ยนแปลง",
    ),
    # the box in Settings
    "Instruments": ("မေးခွန်းပုံစံများ", "แบบประเมิน"),
    "Version": ("ဗားရှင်း", "ฉบับ"),
    "Questions": ("မေးခွန်းများ", "คำถาม"),
    "Import instrument…": ("မေးခွန်းပုံစံ တင်သွင်းမည်…", "นำเข้าแบบประเมิน…"),
    "Import a questionnaire with its scoring from an XLSForm workbook (.xlsx), as made for "
    "KoboToolbox or ODK. A changed form becomes a new version: answers already given keep the "
    "version they were given in.": (
        "KoboToolbox သို့မဟုတ် ODK အတွက် ပြုလုပ်ထားသော XLSForm ဖိုင် (.xlsx) မှ မေးခွန်းလွှာကို "
        "အမှတ်ပေးနည်းနှင့်တကွ တင်သွင်းပါ။ ပြောင်းလဲထားသော ပုံစံသည် ဗားရှင်းအသစ် ဖြစ်လာသည် - "
        "ဖြေပြီးသား အဖြေများသည် ဖြေခဲ့သည့် ဗားရှင်းအတိုင်း ရှိနေမည်။",
        "นำเข้าแบบสอบถามพร้อมวิธีให้คะแนนจากไฟล์ XLSForm (.xlsx) ที่ทำไว้สำหรับ KoboToolbox "
        "หรือ ODK แบบฟอร์มที่เปลี่ยนแปลงจะเป็นฉบับใหม่ คำตอบที่บันทึกไว้แล้วยังคงอยู่กับฉบับเดิม",
    ),
    "Choose the XLSForm to import": (
        "တင်သွင်းမည့် XLSForm ကို ရွေးပါ",
        "เลือกไฟล์ XLSForm ที่จะนำเข้า",
    ),
    "XLSForm workbooks (*.xlsx);;All files (*)": (
        "XLSForm ဖိုင်များ (*.xlsx);;ဖိုင်အားလုံး (*)",
        "ไฟล์ XLSForm (*.xlsx);;ทุกไฟล์ (*)",
    ),
    "Instrument not imported": ("မေးခွန်းပုံစံ မတင်သွင်းရပါ", "ไม่ได้นำเข้าแบบประเมิน"),
    "Instrument imported": ("မေးခွန်းပုံစံ တင်သွင်းပြီး", "นำเข้าแบบประเมินแล้ว"),
    "{file} cannot be read.": ("{file} ကို ဖတ်၍ မရပါ။", "อ่านไฟล์ {file} ไม่ได้"),
    "{name} is already imported as version {version}; nothing was changed.": (
        "{name} ကို ဗားရှင်း {version} အဖြစ် တင်သွင်းပြီးသား ဖြစ်သည်။ ဘာမှ မပြောင်းလဲပါ။",
        "{name} นำเข้าไว้แล้วเป็นฉบับ {version} ไม่มีการเปลี่ยนแปลง",
    ),
    "Imported {name}: version {version}, {count} questions.": (
        "{name} ကို တင်သွင်းပြီး - ဗားရှင်း {version}၊ မေးခွန်း {count} ခု။",
        "นำเข้า {name} แล้ว: ฉบับ {version} มี {count} คำถาม",
    ),
    "The form was not imported because it has problems. Nothing changed.": (
        "ပုံစံတွင် ပြဿနာများ ရှိသဖြင့် မတင်သွင်းရပါ။ ဘာမှ မပြောင်းလဲပါ။",
        "ไม่ได้นำเข้าแบบฟอร์มเพราะมีปัญหา ไม่มีการเปลี่ยนแปลงใด ๆ",
    ),
    # the problems dialog
    "{file} was not imported and nothing was changed. Mend these rows in the workbook and "
    "import it again.": (
        "{file} ကို မတင်သွင်းရပါ၊ ဘာမှ မပြောင်းလဲပါ။ ဖိုင်ထဲရှိ ဤအတန်းများကို ပြင်ပြီး ထပ်မံ တင်သွင်းပါ။",
        "ไม่ได้นำเข้า {file} และไม่มีการเปลี่ยนแปลงใด ๆ กรุณาแก้แถวเหล่านี้ในไฟล์แล้วนำเข้าอีกครั้ง",
    ),
    "Sheet": ("စာမျက်နှာ", "ชีต"),
    "(the file)": ("(ဖိုင်တစ်ခုလုံး)", "(ทั้งไฟล์)"),
    # each problem (context FormProblems)
    "The file is not an Excel workbook (.xlsx).": (
        "ဤဖိုင်သည် Excel ဖိုင် (.xlsx) မဟုတ်ပါ။",
        "ไฟล์นี้ไม่ใช่ไฟล์ Excel (.xlsx)",
    ),
    "The file is too large, or packed in a way Saphan does not open.": (
        "ဖိုင်သည် ကြီးလွန်းသည်၊ သို့မဟုတ် Saphan မဖွင့်သော ပုံစံဖြင့် ချုံ့ထားသည်။",
        "ไฟล์ใหญ่เกินไป หรือถูกบีบอัดในแบบที่ Saphan ไม่เปิด",
    ),
    "The file cannot be read as an Excel workbook.": (
        "ဤဖိုင်ကို Excel ဖိုင်အဖြစ် ဖတ်၍ မရပါ။",
        "อ่านไฟล์นี้เป็นไฟล์ Excel ไม่ได้",
    ),
    "The sheet is missing.": ("ဤစာမျက်နှာ မပါပါ။", "ไม่มีชีตนี้"),
    "The sheet has more than {limit} rows.": (
        "စာမျက်နှာတွင် အတန်း {limit} ထက် ပိုများသည်။",
        "ชีตมีมากกว่า {limit} แถว",
    ),
    "The sheet has more than {limit} columns.": (
        "စာမျက်နှာတွင် ကော်လံ {limit} ထက် ပိုများသည်။",
        "ชีตมีมากกว่า {limit} คอลัมน์",
    ),
    "A cell is longer than {limit} characters.": (
        "အကွက်တစ်ကွက်သည် စာလုံး {limit} ထက် ပိုရှည်သည်။",
        "มีช่องที่ยาวเกิน {limit} ตัวอักษร",
    ),
    "The column '{column}' appears twice.": (
        "ကော်လံ '{column}' နှစ်ကြိမ် ပါနေသည်။",
        "คอลัมน์ '{column}' ซ้ำกันสองครั้ง",
    ),
    "The column '{column}' is missing.": (
        "ကော်လံ '{column}' မပါပါ။",
        "ไม่มีคอลัมน์ '{column}'",
    ),
    "The column '{column}' is in a language Saphan cannot show. Use English (en), Burmese (my), "
    "Thai (th) or Sgaw Karen (ksw).": (
        "ကော်လံ '{column}' သည် Saphan မပြနိုင်သော ဘာသာစကား ဖြစ်သည်။ English (en)၊ "
        "Burmese (my)၊ Thai (th) သို့မဟုတ် Sgaw Karen (ksw) ကို သုံးပါ။",
        "คอลัมน์ '{column}' เป็นภาษาที่ Saphan แสดงไม่ได้ กรุณาใช้ English (en), Burmese (my), "
        "Thai (th) หรือ Sgaw Karen (ksw)",
    ),
    "The columns '{column}' and '{other}' are in the same language.": (
        "ကော်လံ '{column}' နှင့် '{other}' သည် ဘာသာစကား တစ်ခုတည်း ဖြစ်နေသည်။",
        "คอลัมน์ '{column}' และ '{other}' เป็นภาษาเดียวกัน",
    ),
    "The form has no questions.": ("ပုံစံတွင် မေးခွန်း မရှိပါ။", "แบบฟอร์มไม่มีคำถาม"),
    "The type '{type}' cannot be imported. Use select_one LIST, integer, calculate or note.": (
        "အမျိုးအစား '{type}' ကို တင်သွင်း၍ မရပါ။ select_one LIST၊ integer၊ calculate သို့မဟုတ် note ကို သုံးပါ။",
        "นำเข้าประเภท '{type}' ไม่ได้ กรุณาใช้ select_one LIST, integer, calculate หรือ note",
    ),
    "Groups and repeats cannot be imported. List the questions one after another.": (
        "group နှင့် repeat များကို တင်သွင်း၍ မရပါ။ မေးခွန်းများကို တစ်ခုပြီးတစ်ခု စီရေးပါ။",
        "นำเข้า group และ repeat ไม่ได้ กรุณาเรียงคำถามต่อกันทีละข้อ",
    ),
    "A note is read only before the first question, as the introduction.": (
        "note ကို ပထမ မေးခွန်းမတိုင်မီတွင်သာ နိဒါန်းအဖြစ် ဖတ်သည်။",
        "note จะอ่านเฉพาะก่อนคำถามแรก โดยใช้เป็นคำนำ",
    ),
    "The row has no name.": ("ဤအတန်းတွင် name မရှိပါ။", "แถวนี้ไม่มี name"),
    "The name '{name}' must be up to 40 letters, digits or _, not starting with a digit.": (
        "name '{name}' သည် စာလုံး၊ ဂဏန်း သို့မဟုတ် _ အများဆုံး ၄၀ လုံး ဖြစ်ရမည်၊ ဂဏန်းဖြင့် မစရပါ။",
        "name '{name}' ต้องเป็นตัวอักษร ตัวเลข หรือ _ ไม่เกิน 40 ตัว และไม่ขึ้นต้นด้วยตัวเลข",
    ),
    "The name '{name}' is used twice (also on row {other}).": (
        "name '{name}' ကို နှစ်ကြိမ် သုံးထားသည် (အတန်း {other} တွင်လည်း)။",
        "name '{name}' ถูกใช้สองครั้ง (อยู่ที่แถว {other} ด้วย)",
    ),
    "The choice list '{list}' does not exist.": (
        "ရွေးချယ်စရာစာရင်း '{list}' မရှိပါ။",
        "ไม่มีรายการตัวเลือก '{list}'",
    ),
    "The choice list '{list}' does not exist: the form has no choices sheet.": (
        "ရွေးချယ်စရာစာရင်း '{list}' မရှိပါ - ပုံစံတွင် choices စာမျက်နှာ မပါပါ။",
        "ไม่มีรายการตัวเลือก '{list}' เพราะแบบฟอร์มไม่มีชีต choices",
    ),
    "'{name}' has no English label (label::English (en)).": (
        "'{name}' တွင် အင်္ဂလိပ် label (label::English (en)) မရှိပါ။",
        "'{name}' ไม่มี label ภาษาอังกฤษ (label::English (en))",
    ),
    "'{column}' must be yes or no, not '{value}'.": (
        "'{column}' သည် yes သို့မဟုတ် no ဖြစ်ရမည်၊ '{value}' မဟုတ်ရပါ။",
        "'{column}' ต้องเป็น yes หรือ no ไม่ใช่ '{value}'",
    ),
    "Only a select_one question can be reverse-scored.": (
        "select_one မေးခွန်းကိုသာ ပြောင်းပြန် အမှတ်ပေးနိုင်သည်။",
        "กลับคะแนนได้เฉพาะคำถามแบบ select_one",
    ),
    "An integer question needs the constraint '. >= MIN and . <= MAX' (at most {limit} numbers "
    "apart).": (
        "integer မေးခွန်းတွင် constraint '. >= MIN and . <= MAX' လိုအပ်သည် (ကွာခြားချက် အများဆုံး {limit})။",
        "คำถามแบบ integer ต้องมี constraint '. >= MIN and . <= MAX' (ห่างกันไม่เกิน {limit})",
    ),
    "The calculate row '{name}' has no calculation.": (
        "calculate အတန်း '{name}' တွင် calculation မရှိပါ။",
        "แถว calculate '{name}' ไม่มี calculation",
    ),
    "'{column}' refers to '{name}', which is not a question or score of this form.": (
        "'{column}' သည် '{name}' ကို ညွှန်းထားသော်လည်း ၎င်းသည် ဤပုံစံ၏ မေးခွန်း သို့မဟုတ် ရမှတ် မဟုတ်ပါ။",
        "'{column}' อ้างถึง '{name}' ซึ่งไม่ใช่คำถามหรือคะแนนของแบบฟอร์มนี้",
    ),
    "The calculations {cycle} refer to each other in a circle.": (
        "calculation {cycle} တို့သည် တစ်ခုနှင့်တစ်ခု စက်ဝိုင်းပုံ ပြန်ညွှန်းနေသည်။",
        "การคำนวณ {cycle} อ้างถึงกันเป็นวงกลม",
    ),
    "'{column}' is not an expression Saphan can work out: {reason}": (
        "'{column}' သည် Saphan တွက်ချက်နိုင်သော ဖော်မြူလာ မဟုတ်ပါ - {reason}",
        "'{column}' ไม่ใช่นิพจน์ที่ Saphan คำนวณได้: {reason}",
    ),
    "The choice value '{value}' is not a whole number.": (
        "ရွေးချယ်စရာ တန်ဖိုး '{value}' သည် ကိန်းပြည့် မဟုတ်ပါ။",
        "ค่าตัวเลือก '{value}' ไม่ใช่จำนวนเต็ม",
    ),
    "The choice value '{value}' is in the list '{list}' twice (also on row {other}).": (
        "ရွေးချယ်စရာ တန်ဖိုး '{value}' သည် စာရင်း '{list}' တွင် နှစ်ကြိမ် ပါနေသည် (အတန်း {other} တွင်လည်း)။",
        "ค่าตัวเลือก '{value}' อยู่ในรายการ '{list}' สองครั้ง (อยู่ที่แถว {other} ด้วย)",
    ),
    "The settings have no form_id.": (
        "settings တွင် form_id မရှိပါ။",
        "settings ไม่มี form_id",
    ),
    "The form_id '{value}' cannot be an instrument code: use 2-40 lowercase letters, digits or "
    "_, starting with a letter.": (
        "form_id '{value}' ကို မေးခွန်းပုံစံ ကုဒ်အဖြစ် သုံး၍ မရပါ - အက္ခရာ အသေး၊ ဂဏန်း "
        "သို့မဟုတ် _ ၂ လုံးမှ ၄၀ လုံးအထိ၊ အက္ခရာဖြင့် စပါ။",
        "ใช้ form_id '{value}' เป็นรหัสแบบประเมินไม่ได้ กรุณาใช้ตัวอักษรพิมพ์เล็ก ตัวเลข หรือ _ "
        "2-40 ตัว ขึ้นต้นด้วยตัวอักษร",
    ),
    "The version '{value}' is not a whole number from 1 to 1000000.": (
        "version '{value}' သည် ၁ မှ ၁၀၀၀၀၀၀ အတွင်း ကိန်းပြည့် မဟုတ်ပါ။",
        "version '{value}' ไม่ใช่จำนวนเต็มตั้งแต่ 1 ถึง 1000000",
    ),
    "'{column}' must be a number, not '{value}'.": (
        "'{column}' သည် ဂဏန်း ဖြစ်ရမည်၊ '{value}' မဟုတ်ရပါ။",
        "'{column}' ต้องเป็นตัวเลข ไม่ใช่ '{value}'",
    ),
    "saphan_mid must be a number above 0, not '{value}'.": (
        "saphan_mid သည် 0 ထက် ကြီးသော ဂဏန်း ဖြစ်ရမည်၊ '{value}' မဟုတ်ရပါ။",
        "saphan_mid ต้องเป็นตัวเลขที่มากกว่า 0 ไม่ใช่ '{value}'",
    ),
    "The setting '{column}' is missing.": (
        "setting '{column}' မပါပါ။",
        "ไม่มีการตั้งค่า '{column}'",
    ),
    "saphan_result names '{name}', which is not a calculate row.": (
        "saphan_result သည် '{name}' ကို ဖော်ပြထားသော်လည်း ၎င်းသည် calculate အတန်း မဟုတ်ပါ။",
        "saphan_result ระบุ '{name}' ซึ่งไม่ใช่แถว calculate",
    ),
    "The form has no calculate row, so there is no score.": (
        "ပုံစံတွင် calculate အတန်း မရှိသဖြင့် ရမှတ် မရှိပါ။",
        "แบบฟอร์มไม่มีแถว calculate จึงไม่มีคะแนน",
    ),
    "The score's range is unknown: give saphan_min and saphan_max, or bands.": (
        "ရမှတ်၏ အပိုင်းအခြားကို မသိပါ - saphan_min နှင့် saphan_max သို့မဟုတ် bands ကို ထည့်ပါ။",
        "ไม่ทราบช่วงของคะแนน กรุณาระบุ saphan_min และ saphan_max หรือ bands",
    ),
    "saphan_min must be below saphan_max.": (
        "saphan_min သည် saphan_max ထက် ငယ်ရမည်။",
        "saphan_min ต้องน้อยกว่า saphan_max",
    ),
    "The code '{value}' must be 2-40 lowercase letters, digits or _, starting with a letter.": (
        "ကုဒ် '{value}' သည် အက္ခရာ အသေး၊ ဂဏန်း သို့မဟုတ် _ ၂ လုံးမှ ၄၀ လုံးအထိ ဖြစ်ရမည်၊ အက္ခရာဖြင့် စရမည်။",
        "รหัส '{value}' ต้องเป็นตัวอักษรพิมพ์เล็ก ตัวเลข หรือ _ 2-40 ตัว ขึ้นต้นด้วยตัวอักษร",
    ),
    "The code '{value}' is used twice (also on row {other}).": (
        "ကုဒ် '{value}' ကို နှစ်ကြိမ် သုံးထားသည် (အတန်း {other} တွင်လည်း)။",
        "รหัส '{value}' ถูกใช้สองครั้ง (อยู่ที่แถว {other} ด้วย)",
    ),
    "The band goes from {start} to {end}: 'from' must not be above 'to'.": (
        "အဆင့်သည် {start} မှ {end} အထိ ဖြစ်နေသည် - 'from' သည် 'to' ထက် မကြီးရပါ။",
        "ช่วงนี้เริ่มที่ {start} ถึง {end} แต่ 'from' ต้องไม่มากกว่า 'to'",
    ),
    "The band overlaps the band on row {other}.": (
        "ဤအဆင့်သည် အတန်း {other} ရှိ အဆင့်နှင့် ထပ်နေသည်။",
        "ช่วงนี้ทับซ้อนกับช่วงในแถว {other}",
    ),
    "There is a gap between this band and the band on row {other}.": (
        "ဤအဆင့်နှင့် အတန်း {other} ရှိ အဆင့်ကြားတွင် ကွက်လပ် ရှိနေသည်။",
        "มีช่องว่างระหว่างช่วงนี้กับช่วงในแถว {other}",
    ),
    "The band lies outside the score's range, {start} to {end}.": (
        "ဤအဆင့်သည် ရမှတ်၏ အပိုင်းအခြား {start} မှ {end} အပြင်ဘက်တွင် ရှိနေသည်။",
        "ช่วงนี้อยู่นอกช่วงคะแนน {start} ถึง {end}",
    ),
    "The alert has no 'when' expression.": (
        "သတိပေးချက်တွင် 'when' ဖော်မြူလာ မရှိပါ။",
        "การแจ้งเตือนไม่มีนิพจน์ 'when'",
    ),
    "This is not a valid XLSForm: {reason}": (
        "ဤဖိုင်သည် မှန်ကန်သော XLSForm မဟုတ်ပါ - {reason}",
        "ไฟล์นี้ไม่ใช่ XLSForm ที่ถูกต้อง: {reason}",
    ),
    "'{column}' refers to '{name}', which is worked out only after this row.": (
        "'{column}' သည် '{name}' ကို ညွှန်းထားသော်လည်း ၎င်းကို ဤအတန်းပြီးမှသာ တွက်ချက်သည်။",
        "'{column}' อ้างถึง '{name}' ซึ่งคำนวณหลังแถวนี้",
    ),
    "The choice list name '{list}' must be up to 40 letters, digits or _.": (
        "ရွေးချယ်စရာစာရင်း အမည် '{list}' သည် စာလုံး၊ ဂဏန်း သို့မဟုတ် _ အများဆုံး ၄၀ လုံး ဖြစ်ရမည်။",
        "ชื่อรายการตัวเลือก '{list}' ต้องเป็นตัวอักษร ตัวเลข หรือ _ ไม่เกิน 40 ตัว",
    ),
    "The instrument is not valid: {reason}": (
        "မေးခွန်းပုံစံ မမှန်ကန်ပါ - {reason}",
        "แบบประเมินไม่ถูกต้อง: {reason}",
    ),
}
