"""Burmese and Thai for outcome figures: the dashboard's Outcomes tab and the coordinator's
merged outcomes against the outcome targets (see ../README.md). "pre" and "post" keep the
words the assessment form uses: မစမီ (pre) / ပြီးနောက် (post), ก่อน (pre) / หลัง (post)."""

STRINGS = {
    "Outcomes": ("ရလဒ်များ", "ผลลัพธ์"),
    "A person counts when their latest “post” score is in the period and they have an earlier "
    "“pre” score with the same instrument. Improved: better by at least the instrument's "
    "minimal important difference (MID).": (
        "နောက်ဆုံး ပြီးနောက် (post) ရမှတ်သည် ဤကာလအတွင်း ရှိပြီး တူညီသော မေးခွန်းပုံစံဖြင့် "
        "အရင် မစမီ (pre) ရမှတ် ရှိသူကို ရေတွက်သည်။ တိုးတက်သည်- မေးခွန်းပုံစံ၏ အနည်းဆုံး "
        "အရေးပါသော ကွာခြားချက် (MID) အထိ သို့မဟုတ် ထို့ထက် ပိုကောင်းလာခြင်း။",
        "นับบุคคลเมื่อคะแนนหลัง (post) ครั้งล่าสุดอยู่ในช่วงเวลานี้ และมีคะแนนก่อน (pre) "
        "ที่เก่ากว่าจากแบบประเมินเดียวกัน ดีขึ้น: ดีขึ้นอย่างน้อยเท่ากับความแตกต่างที่สำคัญน้อยที่สุด "
        "(MID) ของแบบประเมิน",
    ),
    "{programme} · {instrument}": ("{programme} · {instrument}", "{programme} · {instrument}"),
    "{people} people with a pre and post score, {improved} improved (≥ {mid})": (
        "မစမီ (pre) နှင့် ပြီးနောက် (post) ရမှတ် ရှိသူ {people} ဦး၊ {improved} ဦး တိုးတက် (≥ {mid})",
        "{people} คนมีคะแนนก่อน (pre) และหลัง (post), ดีขึ้น {improved} คน (≥ {mid})",
    ),
    "Nobody has a pre and a post score with a post in this period yet.": (
        "ဤကာလအတွင်း ပြီးနောက် (post) ရမှတ်ဖြင့် မစမီ (pre) နှင့် ပြီးနောက် ရမှတ် ရှိသူ မရှိသေးပါ။",
        "ยังไม่มีผู้ที่มีคะแนนก่อน (pre) และหลัง (post) โดยคะแนนหลังอยู่ในช่วงเวลานี้",
    ),
    "Pre and post": ("မစမီ နှင့် ပြီးနောက်", "ก่อนและหลัง"),
    "Improved": ("တိုးတက်", "ดีขึ้น"),
    "Not improved": ("မတိုးတက်", "ไม่ดีขึ้น"),
    "MID": ("MID", "MID"),
    "Target (improved)": ("ပန်းတိုင် (တိုးတက်သူ)", "เป้าหมาย (ผู้ที่ดีขึ้น)"),
    "at least {count}": ("အနည်းဆုံး {count}", "อย่างน้อย {count}"),
    "People with a pre and a post score, and how many improved by at least the instrument's "
    "minimal important difference (MID), added up across CSOs. “withheld”: a CSO withheld a "
    "small count; “at least N”: the sum of what was published.": (
        "မစမီ (pre) နှင့် ပြီးနောက် (post) ရမှတ် ရှိသူများနှင့် ၎င်းတို့အနက် မေးခွန်းပုံစံ၏ အနည်းဆုံး "
        "အရေးပါသော ကွာခြားချက် (MID) အထိ တိုးတက်သူ အရေအတွက်၊ CSO အားလုံးမှ ပေါင်းထားသည်။ "
        "“ဖုံးထားသည်”- CSO တစ်ခုက အရေအတွက်နည်းသော ကိန်းကို ဖုံးထားသည်။ “အနည်းဆုံး N”- "
        "ထုတ်ပြန်ထားသည်များ၏ ပေါင်းလဒ်။",
        "จำนวนผู้ที่มีคะแนนก่อน (pre) และหลัง (post) และจำนวนผู้ที่ดีขึ้นอย่างน้อยเท่ากับความแตกต่าง"
        "ที่สำคัญน้อยที่สุด (MID) ของแบบประเมิน รวมจากทุก CSO “ไม่เปิดเผย”: CSO "
        "ไม่เปิดเผยตัวเลขที่มีจำนวนน้อย “อย่างน้อย N”: ผลรวมของตัวเลขที่เผยแพร่",
    ),
}
