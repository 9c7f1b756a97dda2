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
    "like BEAM-7K3Q-9XZC. Check it against the slip.": (
        "ဤအရာသည် လွှဲပြောင်းညွှန်းပို့မှု ကုဒ်ပုံစံ မဟုတ်ပါ- အဖွဲ့၏ ကုဒ်၊ ထို့နောက် စာလုံးနှင့် "
        "ဂဏန်း ရှစ်လုံး ဖြစ်ရမည် (ဥပမာ BEAM-7K3Q-9XZC)။ စာရွက်နှင့် တိုက်စစ်ပါ။",
        "รูปแบบนี้ไม่ใช่รหัสการส่งต่อ: ต้องเป็นรหัสองค์กร ตามด้วยตัวอักษรและตัวเลขแปดตัว "
        "เช่น BEAM-7K3Q-9XZC กรุณาตรวจกับใบส่งต่อ",
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
}
