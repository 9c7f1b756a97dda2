"""Burmese and Thai for desktop/importing/ (see ../README.md)."""

STRINGS = {
    "Consent is read from the file's consent columns, row by row.": (
        "သဘောတူညီချက်ကို ဖိုင်ရှိ သဘောတူညီချက် ကော်လံများမှ အတန်းလိုက် ဖတ်သည်။",
        "อ่านความยินยอมจากคอลัมน์ความยินยอมในไฟล์ทีละแถว",
    ),
    "This is the template's example row. Delete it from the file.": (
        "ဤအတန်းသည် နမူနာပုံစံ၏ ဥပမာ အတန်း ဖြစ်သည်။ ဖိုင်မှ ဖျက်ပါ။",
        "นี่คือแถวตัวอย่างของแม่แบบ กรุณาลบออกจากไฟล์",
    ),
    "An Excel (.xlsx) or CSV file with one person per row and a row of column titles above "
    "them. Nothing is imported before you have checked every row.": (
        "အတန်းတစ်ခုလျှင် လူတစ်ဦးနှင့် အပေါ်တွင် ကော်လံခေါင်းစဉ် အတန်းပါသော Excel (.xlsx) "
        "သို့မဟုတ် CSV ဖိုင်။ အတန်းတိုင်းကို မစစ်ဆေးမီ ဘာမျှ မတင်သွင်းပါ။",
        "ไฟล์ Excel (.xlsx) หรือ CSV ที่มีหนึ่งคนต่อหนึ่งแถว และมีแถวชื่อคอลัมน์อยู่ด้านบน "
        "จะไม่นำเข้าอะไรจนกว่าคุณจะตรวจทุกแถว",
    ),
    "Answer with 1, 2, 3 or 4 (no difficulty … cannot do).": (
        "1, 2, 3 သို့မဟုတ် 4 ဖြင့် ဖြေပါ (အခက်အခဲ မရှိ … လုံးဝ မလုပ်နိုင်)။",
        "ตอบด้วย 1, 2, 3 หรือ 4 (ไม่มีปัญหา … ทำไม่ได้เลย)",
    ),
    "Check the rows": ("အတန်းများကို စစ်ဆေးရန်", "ตรวจสอบแถว"),
    "Choose a file, or paste its path here": (
        "ဖိုင်တစ်ခု ရွေးပါ သို့မဟုတ် ၎င်း၏ လမ်းကြောင်းကို ဤနေရာတွင် ကူးထည့်ပါ",
        "เลือกไฟล์ หรือวางที่อยู่ไฟล์ที่นี่",
    ),
    "Choose file…": ("ဖိုင် ရွေးမည်…", "เลือกไฟล์…"),
    "Choose the column with the date of birth, birth year or age.": (
        "မွေးနေ့၊ မွေးနှစ် သို့မဟုတ် အသက် ပါသော ကော်လံကို ရွေးပါ။",
        "เลือกคอลัมน์วันเกิด ปีเกิด หรืออายุ",
    ),
    "Choose the column with the name.": ("အမည် ပါသော ကော်လံကို ရွေးပါ။", "เลือกคอลัมน์ชื่อ"),
    "Choose the column with the sex.": ("ကျား/မ ပါသော ကော်လံကို ရွေးပါ။", "เลือกคอลัมน์เพศ"),
    "Choose the list to import": ("တင်သွင်းမည့် စာရင်းကို ရွေးရန်", "เลือกรายชื่อที่จะนำเข้า"),
    "Column in the file": ("ဖိုင်ရှိ ကော်လံ", "คอลัมน์ในไฟล์"),
    "Consent and defaults": ("သဘောတူညီချက်နှင့် မူလတန်ဖိုးများ", "ความยินยอมและค่าเริ่มต้น"),
    "Consent date": ("သဘောတူသည့်ရက်", "วันที่ให้ความยินยอม"),
    "Consent date:": ("သဘောတူသည့်ရက် -", "วันที่ให้ความยินยอม:"),
    "Consent of everyone in the list": (
        "စာရင်းထဲရှိ လူအားလုံး၏ သဘောတူညီချက်",
        "ความยินยอมของทุกคนในรายชื่อ",
    ),
    "Consent: data use": ("သဘောတူညီချက် - ဒေတာ အသုံးပြုခြင်း", "ความยินยอม: การใช้ข้อมูล"),
    "Consent: referral": ("သဘောတူညီချက် - လွှဲပြောင်းညွှန်းပို့ခြင်း", "ความยินยอม: การส่งต่อ"),
    "Consent: services": ("သဘောတူညီချက် - ဝန်ဆောင်မှု", "ความยินยอม: บริการ"),
    "Date of birth / age": ("မွေးနေ့ / အသက်", "วันเกิด / อายุ"),
    "Date of birth": ("မွေးနေ့", "วันเกิด"),
    "Difficulty communicating": ("ဆက်သွယ်ပြောဆိုရာတွင် အခက်အခဲ", "ปัญหาการสื่อสาร"),
    "Difficulty hearing": ("ကြားရာတွင် အခက်အခဲ", "ปัญหาการได้ยิน"),
    "Difficulty remembering": ("မှတ်မိရာတွင် အခက်အခဲ", "ปัญหาการจดจำ"),
    "Difficulty seeing": ("မြင်ရာတွင် အခက်အခဲ", "ปัญหาการมองเห็น"),
    "Difficulty walking": ("လမ်းလျှောက်ရာတွင် အခက်အခဲ", "ปัญหาการเดิน"),
    "Difficulty with self-care": ("မိမိကိုယ်ကို ပြုစုရာတွင် အခက်အခဲ", "ปัญหาการดูแลตนเอง"),
    "Download the template…": ("နမူနာပုံစံ ဒေါင်းလုဒ်လုပ်မည်…", "ดาวน์โหลดแม่แบบ…"),
    "Duplicate?": ("ထပ်နေသလား။", "ซ้ำหรือไม่"),
    "Enter the date they gave their consent.": (
        "သူတို့ သဘောတူညီချက် ပေးခဲ့သည့်ရက်ကို ထည့်ပါ။",
        "กรอกวันที่ที่เขาให้ความยินยอม",
    ),
    "Examples": ("ဥပမာများ", "ตัวอย่าง"),
    "Excel workbook (*.xlsx)": ("Excel ဖိုင် (*.xlsx)", "ไฟล์ Excel (*.xlsx)"),
    "Import": ("တင်သွင်းမည်", "นำเข้า"),
    "Imported {imported} people ({first} to {last}).": (
        "{imported} ဦးကို တင်သွင်းပြီး ({first} မှ {last} အထိ)။",
        "นำเข้า {imported} คนแล้ว ({first} ถึง {last})",
    ),
    "Importing needs their consent to receive services: tick it only if they gave it.": (
        "တင်သွင်းရန် ဝန်ဆောင်မှု ရယူရန် သဘောတူညီချက် လိုသည် - သူတို့ ပေးခဲ့မှသာ အမှန်ခြစ်ပါ။",
        "การนำเข้าต้องมีความยินยอมรับบริการ ทำเครื่องหมายเฉพาะเมื่อเขาให้ความยินยอมแล้ว",
    ),
    "Importing the list…": ("စာရင်းကို တင်သွင်းနေသည်…", "กำลังนำเข้ารายชื่อ…"),
    "Importing…": ("တင်သွင်းနေသည်…", "กำลังนำเข้า…"),
    "Match the columns": ("ကော်လံများကို ကိုက်ညီအောင် ချိတ်ရန်", "จับคู่คอลัมน์"),
    "Maybe already registered: {code} ({why}).": (
        "စာရင်းသွင်းပြီးသား ဖြစ်နိုင်သည် - {code} ({why})။",
        "อาจลงทะเบียนไว้แล้ว: {code} ({why})",
    ),
    "Name (any script)": ("အမည် (မည်သည့်စာဖြင့်မဆို)", "ชื่อ (อักษรใดก็ได้)"),
    "Name (own script)": ("အမည် (မိခင်ဘာသာ စာ)", "ชื่อ (อักษรของตนเอง)"),
    "Nationality:": ("နိုင်ငံသား -", "สัญชาติ:"),
    "No list yet, or columns that do not fit? The template has the columns Saphan knows, an "
    "example row and notes in English, Burmese and Thai.": (
        "စာရင်း မရှိသေးဘူးလား၊ ကော်လံများ မကိုက်ညီဘူးလား။ နမူနာပုံစံတွင် Saphan သိသော "
        "ကော်လံများ၊ ဥပမာ အတန်းနှင့် အင်္ဂလိပ်၊ မြန်မာ၊ ထိုင်း မှတ်ချက်များ ပါသည်။",
        "ยังไม่มีรายชื่อ หรือคอลัมน์ไม่ตรงใช่ไหม แม่แบบมีคอลัมน์ที่ Saphan รู้จัก "
        "แถวตัวอย่าง และคำอธิบายเป็นภาษาอังกฤษ พม่า และไทย",
    ),
    "No row of column titles was found. The list needs a row with the titles of its columns "
    "(e.g. Name, Sex, Date of birth) above the people.": (
        "ကော်လံခေါင်းစဉ် အတန်း မတွေ့ပါ။ စာရင်းတွင် လူများ၏ အပေါ်၌ ကော်လံခေါင်းစဉ်များ "
        "(ဥပမာ Name, Sex, Date of birth) ပါသော အတန်း လိုသည်။",
        "ไม่พบแถวชื่อคอลัมน์ รายชื่อต้องมีแถวชื่อคอลัมน์ (เช่น Name, Sex, Date of birth) อยู่เหนือรายชื่อบุคคล",
    ),
    "Nothing was imported.": ("ဘာမျှ မတင်သွင်းရပါ။", "ไม่ได้นำเข้าอะไรเลย"),
    "Only rows that need attention": ("စစ်ဆေးရန် လိုသော အတန်းများသာ", "เฉพาะแถวที่ต้องตรวจสอบ"),
    "Population group": ("လူဦးရေ အုပ်စု", "กลุ่มประชากร"),
    "Population group:": ("လူဦးရေ အုပ်စု -", "กลุ่มประชากร:"),
    "Problem": ("ပြဿနာ", "ปัญหา"),
    "Problems and notes": ("ပြဿနာများနှင့် မှတ်ချက်များ", "ปัญหาและหมายเหตุ"),
    "Ready": ("အသင့်", "พร้อม"),
    "Row {row}: {why}": ("အတန်း {row} - {why}", "แถว {row}: {why}"),
    "Row": ("အတန်း", "แถว"),
    "Rows not imported:": ("မတင်သွင်းရသော အတန်းများ -", "แถวที่ไม่ได้นำเข้า:"),
    "Rows with a problem are not imported: correct them in the file and import it again, or "
    "import the others now. Untick a row to leave it out.": (
        "ပြဿနာရှိသော အတန်းများကို မတင်သွင်းပါ - ဖိုင်တွင် ပြင်ပြီး ထပ်တင်သွင်းပါ၊ "
        "သို့မဟုတ် ကျန်သည်များကို ယခု တင်သွင်းပါ။ ချန်ထားလိုသော အတန်းကို အမှန်ခြစ် ဖြုတ်ပါ။",
        "แถวที่มีปัญหาจะไม่ถูกนำเข้า แก้ไขในไฟล์แล้วนำเข้าใหม่ หรือนำเข้าแถวอื่นตอนนี้ "
        "เอาเครื่องหมายออกจากแถวที่ไม่ต้องการ",
    ),
    "Same name and birth year as row {row}.": (
        "အတန်း {row} နှင့် အမည်နှင့် မွေးနှစ် တူသည်။",
        "ชื่อและปีเกิดเหมือนแถว {row}",
    ),
    "Saphan field": ("Saphan အကွက်", "ช่องใน Saphan"),
    "Saphan guessed the fields from the column titles. Check each one; choose “Do not import” "
    "for columns that are not needed.": (
        "Saphan က ကော်လံခေါင်းစဉ်များမှ အကွက်များကို ခန့်မှန်းထားသည်။ တစ်ခုစီကို စစ်ပါ၊ "
        "မလိုသော ကော်လံများအတွက် “မတင်သွင်းပါ” ကို ရွေးပါ။",
        "Saphan เดาช่องจากชื่อคอลัมน์แล้ว กรุณาตรวจทีละช่อง เลือก “ไม่นำเข้า” สำหรับคอลัมน์ที่ไม่ต้องการ",
    ),
    "Saphan import template.xlsx": ("Saphan import template.xlsx", "Saphan import template.xlsx"),
    "Saphan reads Excel (.xlsx) and CSV files. Save an older .xls file as .xlsx in Excel first.": (
        "Saphan သည် Excel (.xlsx) နှင့် CSV ဖိုင်များကို ဖတ်နိုင်သည်။ .xls ဖိုင်ဟောင်းကို "
        "Excel တွင် .xlsx အဖြစ် အရင် သိမ်းပါ။",
        "Saphan อ่านไฟล์ Excel (.xlsx) และ CSV ได้ กรุณาบันทึกไฟล์ .xls เก่าเป็น .xlsx ใน Excel ก่อน",
    ),
    "Saphan registers only people who agreed to receive services. Say what the people in this "
    "list agreed to, and when.": (
        "Saphan သည် ဝန်ဆောင်မှု ရယူရန် သဘောတူသူများကိုသာ စာရင်းသွင်းသည်။ ဤစာရင်းထဲရှိ "
        "လူများ ဘာကို ဘယ်အချိန်က သဘောတူခဲ့သည်ကို ဖော်ပြပါ။",
        "Saphan ลงทะเบียนเฉพาะผู้ที่ยินยอมรับบริการ ระบุว่าคนในรายชื่อนี้ยินยอมอะไรและเมื่อไร",
    ),
    "Save the import template": ("တင်သွင်းရေး နမူနာပုံစံကို သိမ်းရန်", "บันทึกแม่แบบการนำเข้า"),
    "Sheet:": ("စာမျက်နှာ -", "ชีต:"),
    "Skipped {count} (see the list below).": (
        "{count} ခု ကျော်ခဲ့သည် (အောက်ပါစာရင်း ကြည့်ပါ)။",
        "ข้าม {count} แถว (ดูรายการด้านล่าง)",
    ),
    "Spreadsheets (*.xlsx *.xlsm *.csv *.txt)": (
        "ဇယားဖိုင်များ (*.xlsx *.xlsm *.csv *.txt)",
        "ไฟล์ตาราง (*.xlsx *.xlsm *.csv *.txt)",
    ),
    "Template saved as {path}.": ("နမူနာပုံစံကို {path} အဖြစ် သိမ်းပြီး။", "บันทึกแม่แบบเป็น {path} แล้ว"),
    "The age must be a number of years, at most 110.": (
        "အသက်သည် နှစ်အရေအတွက် ဖြစ်ရမည်၊ ၁၁၀ အထိသာ။",
        "อายุต้องเป็นจำนวนปี ไม่เกิน 110",
    ),
    "The date cannot be read. Write it as day/month/year, e.g. 12/03/1990.": (
        "ရက်စွဲကို မဖတ်နိုင်ပါ။ ရက်/လ/နှစ် ပုံစံဖြင့် ရေးပါ၊ ဥပမာ 12/03/1990။",
        "อ่านวันที่ไม่ได้ กรุณาเขียนเป็น วัน/เดือน/ปี เช่น 12/03/1990",
    ),
    "The file has no sheet of that name.": (
        "ဖိုင်တွင် ထိုအမည်ဖြင့် စာမျက်နှာ မရှိပါ။",
        "ไฟล์ไม่มีชีตชื่อนั้น",
    ),
    "The list has no population group column: choose one for everyone.": (
        "စာရင်းတွင် လူဦးရေအုပ်စု ကော်လံ မရှိပါ - လူအားလုံးအတွက် တစ်ခု ရွေးပါ။",
        "รายชื่อไม่มีคอลัมน์กลุ่มประชากร กรุณาเลือกหนึ่งกลุ่มสำหรับทุกคน",
    ),
    "The name is typed in Zawgyi.": ("အမည်ကို ဇော်ဂျီဖြင့် ရိုက်ထားသည်။", "ชื่อพิมพ์ด้วยฟอนต์ Zawgyi"),
    "The template could not be saved there. Choose another folder.": (
        "နမူနာပုံစံကို ထိုနေရာတွင် မသိမ်းနိုင်ပါ။ အခြား ဖိုင်တွဲ ရွေးပါ။",
        "บันทึกแม่แบบที่นั่นไม่ได้ กรุณาเลือกโฟลเดอร์อื่น",
    ),
    "These columns are matched as the last time you imported a list like this.": (
        "ဤကော်လံများကို ယခင်က ဤကဲ့သို့ စာရင်း တင်သွင်းခဲ့စဉ်ကအတိုင်း ချိတ်ထားသည်။",
        "จับคู่คอลัมน์เหมือนครั้งล่าสุดที่คุณนำเข้ารายชื่อแบบนี้",
    ),
    "They agreed that their data is used for reports": (
        "သူတို့၏ ဒေတာကို အစီရင်ခံစာများတွင် သုံးရန် သဘောတူသည်",
        "เขายินยอมให้ใช้ข้อมูลในรายงาน",
    ),
    "They agreed to be referred to other services": (
        "အခြား ဝန်ဆောင်မှုများသို့ လွှဲပြောင်းညွှန်းပို့ရန် သဘောတူသည်",
        "เขายินยอมให้ส่งต่อไปยังบริการอื่น",
    ),
    "They agreed to receive services (required)": (
        "ဝန်ဆောင်မှု ရယူရန် သဘောတူသည် (လိုအပ်သည်)",
        "เขายินยอมรับบริการ (จำเป็น)",
    ),
    "This file cannot be opened. Check that it exists.": (
        "ဤဖိုင်ကို မဖွင့်နိုင်ပါ။ ဖိုင် ရှိမရှိ စစ်ဆေးပါ။",
        "เปิดไฟล์นี้ไม่ได้ กรุณาตรวจสอบว่ามีไฟล์อยู่",
    ),
    "This file is too large to import. Split the list into smaller files.": (
        "ဤဖိုင်သည် တင်သွင်းရန် ကြီးလွန်းသည်။ စာရင်းကို ဖိုင်ငယ်များအဖြစ် ခွဲပါ။",
        "ไฟล์นี้ใหญ่เกินกว่าจะนำเข้าได้ แบ่งรายชื่อเป็นไฟล์ย่อย",
    ),
    "This file cannot be read as a spreadsheet. Is it open in another program?": (
        "ဤဖိုင်ကို ဇယားဖိုင်အဖြစ် မဖတ်နိုင်ပါ။ အခြား ပရိုဂရမ်တွင် ဖွင့်ထားသလား။",
        "อ่านไฟล์นี้เป็นตารางไม่ได้ เปิดอยู่ในโปรแกรมอื่นหรือไม่",
    ),
    "This file cannot be read.": ("ဤဖိုင်ကို မဖတ်နိုင်ပါ။", "อ่านไฟล์นี้ไม่ได้"),
    "This is not one of the choices Saphan knows.": (
        "ဤအရာသည် Saphan သိသော ရွေးချယ်စရာများထဲတွင် မပါပါ။",
        "ค่านี้ไม่ใช่ตัวเลือกที่ Saphan รู้จัก",
    ),
    "This should be a number.": ("ဤနေရာတွင် ဂဏန်း ဖြစ်ရမည်။", "ช่องนี้ต้องเป็นตัวเลข"),
    "This cell holds an invisible control character. Type the text again in the file, then "
    "import it again.": (
        "ဤအကွက်တွင် မမြင်ရသော ထိန်းချုပ်စာလုံး ပါဝင်နေသည်။ ဖိုင်ထဲတွင် စာသားကို ပြန်ရိုက်ပြီး ထပ်မံ တင်သွင်းပါ။",
        "ช่องนี้มีอักขระควบคุมที่มองไม่เห็น กรุณาพิมพ์ข้อความในไฟล์ใหม่ แล้วนำเข้าอีกครั้ง",
    ),
    "Two columns are set to this field.": (
        "ကော်လံ နှစ်ခုကို ဤအကွက်နှင့် ချိတ်ထားသည်။",
        "มีสองคอลัมน์ที่ตั้งเป็นช่องนี้",
    ),
    "Two columns are set to “{field}”.": (
        "ကော်လံ နှစ်ခုကို “{field}” နှင့် ချိတ်ထားသည်။",
        "มีสองคอลัมน์ที่ตั้งเป็น “{field}”",
    ),
    "Use the Unicode spelling of all Zawgyi names": (
        "ဇော်ဂျီ အမည်အားလုံးကို ယူနီကုဒ် စာလုံးပေါင်းဖြင့် သုံးမည်",
        "ใช้การสะกดแบบ Unicode สำหรับชื่อที่เป็น Zawgyi ทั้งหมด",
    ),
    "Washington Group questions": ("Washington Group မေးခွန်းများ", "คำถาม Washington Group"),
    "When a cell is empty": ("အကွက် ဗလာဖြစ်နေလျှင်", "เมื่อช่องว่าง"),
    "Write Female, Male or Other (or F, M, မ, ကျား, ญ, ช).": (
        "Female, Male သို့မဟုတ် Other ဟု ရေးပါ (သို့မဟုတ် F, M, မ, ကျား, ญ, ช)။",
        "เขียน Female, Male หรือ Other (หรือ F, M, မ, ကျား, ญ, ช)",
    ),
    "Zawgyi → Unicode": ("ဇော်ဂျီ → ယူနီကုဒ်", "Zawgyi → Unicode"),
    "about {year}": ("{year} ခန့်", "ประมาณ {year}"),
    "has problems": ("ပြဿနာ ရှိသည်", "มีปัญหา"),
    "not ticked": ("အမှန်ခြစ် မထားပါ", "ไม่ได้เลือก"),
    "possible duplicate": ("ထပ်နေနိုင်သည်", "อาจซ้ำ"),
    "{count} may be people already listed (unticked).": (
        "{count} ဦးသည် စာရင်းတွင် ရှိပြီးသား ဖြစ်နိုင်သည် (အမှန်ခြစ် ဖြုတ်ထားသည်)။",
        "{count} คนอาจมีอยู่ในรายชื่อแล้ว (ไม่ได้เลือก)",
    ),
    "{count} names are typed in Zawgyi.": (
        "အမည် {count} ခုကို ဇော်ဂျီဖြင့် ရိုက်ထားသည်။",
        "มี {count} ชื่อที่พิมพ์ด้วยฟอนต์ Zawgyi",
    ),
    "{count} will be imported.": ("{count} ဦးကို တင်သွင်းမည်။", "จะนำเข้า {count} คน"),
    "{field}: {message}": ("{field} - {message}", "{field}: {message}"),
    "{rows} rows found below the column titles in row {header}.": (
        "အတန်း {header} ရှိ ကော်လံခေါင်းစဉ်များ အောက်တွင် အတန်း {rows} ခု တွေ့သည်။",
        "พบ {rows} แถวใต้ชื่อคอลัมน์ในแถว {header}",
    ),
    "{rows} rows: {ready} ready, {problems} with problems.": (
        "အတန်း {rows} ခု - အသင့် {ready} ခု၊ ပြဿနာရှိ {problems} ခု။",
        "{rows} แถว: พร้อม {ready} แถว มีปัญหา {problems} แถว",
    ),
    "— Do not import —": ("— မတင်သွင်းပါ —", "— ไม่นำเข้า —"),
    "— Every row must say —": ("— အတန်းတိုင်းတွင် ပါရမည် —", "— ทุกแถวต้องระบุ —"),
}
