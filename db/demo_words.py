"""The demo's session topics in Burmese and Thai: a demo shown in Burmese reads like a Burmese
CSO's records (what a facilitator would have typed), not like English test data. Place names
stay as they are."""

from __future__ import annotations

TOPICS: dict[str, tuple[str, str]] = {
    # English: (Burmese, Thai)
    "Stress and coping group": (
        "စိတ်ဖိစီးမှုနှင့် ရင်ဆိုင်ဖြေရှင်းခြင်း အုပ်စု",
        "กลุ่มความเครียดและการรับมือ",
    ),
    "Sleep and worry": ("အိပ်စက်ခြင်းနှင့် စိုးရိမ်ပူပန်မှု", "การนอนหลับและความกังวล"),
    "Grief and loss circle": ("ဝမ်းနည်းကြေကွဲမှုနှင့် ဆုံးရှုံးမှု စက်ဝိုင်း", "วงพูดคุยเรื่องความโศกเศร้าและการสูญเสีย"),
    "Breathing and grounding": ("အသက်ရှူလေ့ကျင့်ခြင်းနှင့် စိတ်ငြိမ်စေခြင်း", "การหายใจและการดึงสติ"),
    "Coping with uncertainty": ("မသေချာမှုများကို ရင်ဆိုင်ခြင်း", "การรับมือกับความไม่แน่นอน"),
    "Supporting our children": ("ကျွန်ုပ်တို့၏ ကလေးများကို ပံ့ပိုးခြင်း", "การดูแลลูก ๆ ของเรา"),
    "Knowing your rights: labour protection": (
        "သင့်အခွင့်အရေးများ သိရှိခြင်း - အလုပ်သမား အကာအကွယ်",
        "รู้สิทธิของคุณ: การคุ้มครองแรงงาน",
    ),
    "Health insurance and the migrant health card": (
        "ကျန်းမာရေး အာမခံနှင့် ရွှေ့ပြောင်းလုပ်သား ကျန်းမာရေးကတ်",
        "ประกันสุขภาพและบัตรสุขภาพแรงงานข้ามชาติ",
    ),
    "Getting a birth certificate": ("မွေးစာရင်း ရယူခြင်း", "การขอสูติบัตร"),
    "Work permits and pink cards": ("အလုပ်လုပ်ခွင့် ပါမစ်နှင့် ပန်းရောင်ကတ်", "ใบอนุญาตทำงานและบัตรชมพู"),
    "Safe migration and trafficking risks": (
        "ဘေးကင်းသော ရွှေ့ပြောင်းသွားလာမှုနှင့် လူကုန်ကူးမှု အန္တရာယ်",
        "การย้ายถิ่นที่ปลอดภัยและความเสี่ยงการค้ามนุษย์",
    ),
    "Education rights: G-code and Thai schools": (
        "ပညာရေး အခွင့်အရေး - G-code နှင့် ထိုင်းကျောင်းများ",
        "สิทธิทางการศึกษา: G-code และโรงเรียนไทย",
    ),
    "Where to get legal aid": ("ဥပဒေ အကူအညီ ဘယ်မှာ ရနိုင်သလဲ", "ขอความช่วยเหลือทางกฎหมายได้ที่ไหน"),
    "Thai for the market": ("ဈေးအတွက် ထိုင်းစကား", "ภาษาไทยสำหรับตลาด"),
    "Thai for the clinic": ("ဆေးခန်းအတွက် ထိုင်းစကား", "ภาษาไทยสำหรับคลินิก"),
    "Reading Thai letters": ("ထိုင်းအက္ခရာ ဖတ်ခြင်း", "การอ่านตัวอักษรไทย"),
    "Thai at work": ("အလုပ်ခွင်တွင် ထိုင်းစကား", "ภาษาไทยในที่ทำงาน"),
    "Thai for school": ("ကျောင်းအတွက် ထိုင်းစကား", "ภาษาไทยสำหรับโรงเรียน"),
    "Basic construction skills": ("အခြေခံ ဆောက်လုပ်ရေး ကျွမ်းကျင်မှု", "ทักษะงานก่อสร้างเบื้องต้น"),
    "Sewing and tailoring": ("အပ်ချုပ်ခြင်း", "การตัดเย็บเสื้อผ้า"),
    "Motorbike repair": ("ဆိုင်ကယ် ပြုပြင်ခြင်း", "การซ่อมรถจักรยานยนต์"),
    "Hairdressing": ("ဆံပင်ညှပ်ခြင်းနှင့် အလှပြင်ခြင်း", "การทำผม"),
    "Organic farming": ("သဘာဝ စိုက်ပျိုးရေး", "เกษตรอินทรีย์"),
    "Cooking for a small business": ("အသေးစား စီးပွားရေးအတွက် ချက်ပြုတ်ခြင်း", "การทำอาหารเพื่อธุรกิจขนาดเล็ก"),
    "Youth leadership club": ("လူငယ် ခေါင်းဆောင်မှု အသင်း", "ชมรมผู้นำเยาวชน"),
    "Football and life skills": ("ဘောလုံးနှင့် ဘဝ ကျွမ်းကျင်မှု", "ฟุตบอลและทักษะชีวิต"),
    "Digital skills for youth": ("လူငယ်များအတွက် ဒစ်ဂျစ်တယ် ကျွမ်းကျင်မှု", "ทักษะดิจิทัลสำหรับเยาวชน"),
    "Planning a community clean-up": (
        "ရပ်ရွာ သန့်ရှင်းရေး စီစဉ်ခြင်း",
        "วางแผนทำความสะอาดชุมชน",
    ),
    "Safe space meeting": ("ဘေးကင်းလုံခြုံရာနေရာ အစည်းအဝေး", "การพบปะในพื้นที่ปลอดภัย"),
    "Women's health talk": ("အမျိုးသမီး ကျန်းမာရေး ဆွေးနွေးပွဲ", "พูดคุยเรื่องสุขภาพผู้หญิง"),
    "Handicrafts and talk": ("လက်မှုပညာနှင့် စကားဝိုင်း", "งานฝีมือและพูดคุย"),
    "Parenting circle": ("မိဘ စက်ဝိုင်း", "วงพูดคุยเรื่องการเลี้ยงลูก"),
    "Women's group: mapping public services": (
        "အမျိုးသမီးအုပ်စု - ပြည်သူ့ဝန်ဆောင်မှုများ မြေပုံဆွဲခြင်း",
        "กลุ่มผู้หญิง: ทำแผนที่บริการสาธารณะ",
    ),
    "Women's group: planning the project": (
        "အမျိုးသမီးအုပ်စု - စီမံကိန်း စီစဉ်ခြင်း",
        "กลุ่มผู้หญิง: วางแผนโครงการ",
    ),
    "Women's group: visit to the district office": (
        "အမျိုးသမီးအုပ်စု - ခရိုင်ရုံးသို့ သွားရောက်ခြင်း",
        "กลุ่มผู้หญิง: ไปที่ว่าการอำเภอ",
    ),
    "Women's group: sharing what we learned": (
        "အမျိုးသမီးအုပ်စု - သင်ယူခဲ့သည်များကို မျှဝေခြင်း",
        "กลุ่มผู้หญิง: แบ่งปันสิ่งที่ได้เรียนรู้",
    ),
    "Group session": ("အုပ်စု အစည်းအဝေး", "เซสชันกลุ่ม"),
}
_COLUMN = {"my": 0, "th": 1, "ksw": 0}  # S'gaw Karen: the Burmese wording


def topic_in(topic: str, language: str) -> str:
    """A demo topic in ``language`` (as it is when there is none)."""
    column = _COLUMN.get(language)
    pair = TOPICS.get(topic)
    return topic if column is None or pair is None else pair[column]
