"""Burmese and Thai for referral codes and the referrals received (issue 21): the code on the
slip, the sentences of a refused code, the "Referrals received" page and its outcomes (see
../README.md)."""

STRINGS = {
    # --- a refused code (desktop/errors.py) ---------------------------------------------------
    "This is not a referral code. Check it against the slip and type it again.": (
        "ဤအရာသည် လွှဲပြောင်းညွှန်းပို့မှု ကုဒ် မဟုတ်ပါ။ စာရွက်နှင့် တိုက်စစ်ပြီး ပြန်ရိုက်ပါ။",
        "นี่ไม่ใช่รหัสการส่งต่อ กรุณาตรวจกับใบส่งต่อแล้วพิมพ์ใหม่",
    ),
    "Type the code on the referral slip, or scan its QR code.": (
        "လွှဲပြောင်းညွှန်းပို့စာရွက်ပေါ်ရှိ ကုဒ်ကို ရိုက်ထည့်ပါ သို့မဟုတ် ၎င်း၏ QR ကုဒ်ကို စကင်ဖတ်ပါ။",
        "พิมพ์รหัสบนใบส่งต่อ หรือสแกนคิวอาร์โค้ดของใบส่งต่อ",
    ),
    "This is not the shape of a referral code: a CSO's code, then eight letters and digits, "
    "like BEAM-7K3Q-9XZF. Check it against the slip.": (
        "ဤအရာသည် လွှဲပြောင်းညွှန်းပို့မှု ကုဒ်ပုံစံ မဟုတ်ပါ- အဖွဲ့၏ ကုဒ်၊ ထို့နောက် စာလုံးနှင့် "
        "ဂဏန်း ရှစ်လုံး ဖြစ်ရမည် (ဥပမာ BEAM-7K3Q-9XZF)။ စာရွက်နှင့် တိုက်စစ်ပါ။",
        "รูปแบบนี้ไม่ใช่รหัสการส่งต่อ: ต้องเป็นรหัสองค์กร ตามด้วยตัวอักษรและตัวเลขแปดตัว "
        "เช่น BEAM-7K3Q-9XZF กรุณาตรวจกับใบส่งต่อ",
    ),
    "This code has a mistake: a character is wrong or two are swapped. Check it against the "
    "slip, character by character.": (
        "ဤကုဒ်တွင် အမှားရှိသည်- စာလုံးတစ်လုံး မှားနေသည် သို့မဟုတ် နှစ်လုံး နေရာလွဲနေသည်။ စာရွက်နှင့် စာလုံးတစ်လုံးချင်း တိုက်စစ်ပါ။",
        "รหัสนี้มีข้อผิดพลาด: มีตัวอักษรผิดหนึ่งตัว หรือสองตัวสลับกัน กรุณาตรวจกับใบส่งต่อทีละตัวอักษร",
    ),
    "This code was made by your own CSO: it is a referral you sent, not one you received.": (
        "ဤကုဒ်ကို သင့်အဖွဲ့ကိုယ်တိုင် ပြုလုပ်ခဲ့သည်- ၎င်းသည် သင် ပို့လိုက်သော လွှဲပြောင်းညွှန်းပို့မှု ဖြစ်ပြီး သင် လက်ခံရရှိသည့်အရာ မဟုတ်ပါ။",
        "รหัสนี้ออกโดยองค์กรของคุณเอง: เป็นการส่งต่อที่คุณส่งออกไป ไม่ใช่ที่คุณได้รับ",
    ),
    "This code has been recorded already. Find it in the list of referrals received.": (
        "ဤကုဒ်ကို မှတ်တမ်းတင်ပြီး ဖြစ်သည်။ လက်ခံရရှိသော လွှဲပြောင်းညွှန်းပို့မှု စာရင်းတွင် ရှာပါ။",
        "รหัสนี้ถูกบันทึกไว้แล้ว ดูได้ในรายการการส่งต่อที่ได้รับ",
    ),
    # --- the refer dialog: services of the network's directory -------------------------------
    "{organisation} — {service} (network directory)": (
        "{organisation} — {service} (ကွန်ရက် ဝန်ဆောင်မှု လမ်းညွှန်)",
        "{organisation} — {service} (ทำเนียบบริการของเครือข่าย)",
    ),
    "Network member {cso} · {category}": (
        "ကွန်ရက်အဖွဲ့ဝင် {cso} · {category}",
        "สมาชิกเครือข่าย {cso} · {category}",
    ),
    # --- the "Referrals received" page ------------------------------------------------------
    "Referrals received": (
        "လက်ခံရရှိသော လွှဲပြောင်းညွှန်းပို့မှုများ",
        "การส่งต่อที่ได้รับ",
    ),
    "When someone arrives with a referral slip from another CSO, type or scan the code on it. "
    "Register the person only if they agree.": (
        "အခြားအဖွဲ့အစည်းမှ လွှဲပြောင်းညွှန်းပို့စာရွက်ဖြင့် တစ်စုံတစ်ယောက် ရောက်လာပါက "
        "၎င်းပေါ်ရှိ ကုဒ်ကို ရိုက်ထည့်ပါ သို့မဟုတ် စကင်ဖတ်ပါ။ "
        "ထိုပုဂ္ဂိုလ် သဘောတူမှသာ စာရင်းသွင်းပါ။",
        "เมื่อมีผู้มาพร้อมใบส่งต่อจากองค์กรอื่น ให้พิมพ์หรือสแกนรหัสบนใบนั้น ลงทะเบียนบุคคลนั้นเฉพาะเมื่อเขายินยอม",
    ),
    "e.g. BEAM-7K3Q-9XZF": ("ဥပမာ BEAM-7K3Q-9XZF", "เช่น BEAM-7K3Q-9XZF"),
    "Register the person…": ("ပုဂ္ဂိုလ်ကို စာရင်းသွင်းမည်…", "ลงทะเบียนบุคคลนี้…"),
    "Only with the person's consent": (
        "ထိုပုဂ္ဂိုလ်၏ သဘောတူညီချက်ဖြင့်သာ",
        "เฉพาะเมื่อบุคคลนั้นยินยอม",
    ),
    "Link someone registered…": (
        "စာရင်းသွင်းပြီးသူကို ချိတ်ဆက်မည်…",
        "เชื่อมกับผู้ที่ลงทะเบียนแล้ว…",
    ),
    "Link someone registered": (
        "စာရင်းသွင်းပြီးသူကို ချိတ်ဆက်ခြင်း",
        "เชื่อมกับผู้ที่ลงทะเบียนแล้ว",
    ),
    "Record the code only": ("ကုဒ်ကိုသာ မှတ်တမ်းတင်မည်", "บันทึกเฉพาะรหัส"),
    "Record the referral": ("လွှဲပြောင်းညွှန်းပို့မှုကို မှတ်တမ်းတင်မည်", "บันทึกการส่งต่อ"),
    "Code on the slip": ("စာရွက်ပေါ်ရှိ ကုဒ်", "รหัสบนใบส่งต่อ"),
    "Our service": ("ကျွန်ုပ်တို့၏ ဝန်ဆောင်မှု", "บริการของเรา"),
    "Arrived on": ("ရောက်ရှိသည့်နေ့", "มาถึงวันที่"),
    "Not said": ("မဖော်ပြထားပါ", "ไม่ได้ระบุ"),
    "Type the code on the referral slip, or scan it.": (
        "လွှဲပြောင်းညွှန်းပို့စာရွက်ပေါ်ရှိ ကုဒ်ကို ရိုက်ထည့်ပါ သို့မဟုတ် စကင်ဖတ်ပါ။",
        "พิมพ์รหัสบนใบส่งต่อ หรือสแกนรหัส",
    ),
    "Keep typing: a CSO's code, then eight letters and digits.": (
        "ဆက်ရိုက်ပါ- အဖွဲ့အစည်း၏ ကုဒ်၊ ထို့နောက် စာလုံးနှင့် ဂဏန်း ရှစ်လုံး။",
        "พิมพ์ต่อ: รหัสองค์กร ตามด้วยตัวอักษรและตัวเลขแปดตัว",
    ),
    "A referral from {cso} ({name}).": (
        "{cso} ({name}) မှ လွှဲပြောင်းညွှန်းပို့မှု ဖြစ်သည်။",
        "การส่งต่อจาก {cso} ({name})",
    ),
    "A referral from {cso}.": (
        "{cso} မှ လွှဲပြောင်းညွှန်းပို့မှု ဖြစ်သည်။",
        "การส่งต่อจาก {cso}",
    ),
    "Only the code is recorded: nobody is linked.": (
        "ကုဒ်ကိုသာ မှတ်တမ်းတင်မည်- မည်သူ့ကိုမျှ ချိတ်ဆက်ထားခြင်း မရှိပါ။",
        "บันทึกเฉพาะรหัส: ไม่ได้เชื่อมกับบุคคลใด",
    ),
    "Link the person who brought the slip, if they agree.": (
        "စာရွက်ယူလာသူ သဘောတူပါက ထိုပုဂ္ဂိုလ်ကို ချိတ်ဆက်ပါ။",
        "เชื่อมกับบุคคลที่นำใบส่งต่อมา หากเขายินยอม",
    ),
    "Who arrived?": ("မည်သူ ရောက်လာသနည်း။", "ใครมาถึง"),
    "Referral {code} recorded.": (
        "လွှဲပြောင်းညွှန်းပို့မှု {code} ကို မှတ်တမ်းတင်ပြီး။",
        "บันทึกการส่งต่อ {code} แล้ว",
    ),
    ("ReceivedReferralsPage", "Received"): ("လက်ခံရရှိပြီး", "ได้รับแล้ว"),
    "Served": ("ဝန်ဆောင်မှု ပေးပြီး", "ให้บริการแล้ว"),
    "Not served": ("ဝန်ဆောင်မှု မပေးနိုင်ခဲ့", "ไม่ได้ให้บริการ"),
    "Could not contact": ("ဆက်သွယ်၍ မရခဲ့", "ติดต่อไม่ได้"),
    "Why the person was not served": (
        "ထိုပုဂ္ဂိုလ်ကို ဝန်ဆောင်မှု မပေးနိုင်ခဲ့သည့် အကြောင်းရင်း",
        "เหตุที่ไม่ได้ให้บริการบุคคลนี้",
    ),
    "Save the outcome": ("ရလဒ်ကို သိမ်းမည်", "บันทึกผล"),
    ("ReceivedReferralsPage", "On"): ("ရက်စွဲ", "วันที่"),
    "Received ({count})": ("လက်ခံရရှိမှု ({count})", "ที่ได้รับ ({count})"),
    ("ReceivedReferralsPage", "From"): ("ပို့သည့်အဖွဲ့", "ส่งมาจาก"),
    ("ReceivedReferralsPage", "Since"): ("ရလဒ်ရက်စွဲ", "วันที่ของผล"),
    "Arrived": ("ရောက်ရှိသည့်နေ့", "มาถึง"),
    "linked": ("ချိတ်ဆက်ထားသည်", "เชื่อมแล้ว"),
    "Choose a referral in the list to record its outcome.": (
        "ရလဒ် မှတ်တမ်းတင်ရန် စာရင်းထဲမှ လွှဲပြောင်းညွှန်းပို့မှုတစ်ခုကို ရွေးပါ။",
        "เลือกการส่งต่อในรายการเพื่อบันทึกผล",
    ),
    "Outcome of {code}": ("{code} ၏ ရလဒ်", "ผลของ {code}"),
    "Say why the person was not served.": (
        "ထိုပုဂ္ဂိုလ်ကို ဝန်ဆောင်မှု မပေးနိုင်ခဲ့သည့် အကြောင်းရင်းကို ဖော်ပြပါ။",
        "กรุณาระบุเหตุที่ไม่ได้ให้บริการบุคคลนี้",
    ),
    "Enter the date as day/month/year.": (
        "ရက်စွဲကို ရက်/လ/နှစ် ပုံစံဖြင့် ထည့်ပါ။",
        "กรุณาใส่วันที่เป็น วัน/เดือน/ปี",
    ),
    "The date cannot be before the person arrived.": (
        "ရက်စွဲသည် ထိုပုဂ္ဂိုလ် ရောက်ရှိသည့်နေ့ မတိုင်မီ မဖြစ်ရပါ။",
        "วันที่ต้องไม่ก่อนวันที่บุคคลนั้นมาถึง",
    ),
    "{code}: {outcome}.": ("{code} - {outcome}။", "{code}: {outcome}"),
}
