<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="my_MM" sourcelanguage="en">
    <context>
        <name>ActionDialog</name>
        <message>
            <source>Add an action</source>
            <translation>လုပ်ဆောင်ချက် ထည့်ရန်</translation>
        </message>
        <message>
            <source>Change the action</source>
            <translation>လုပ်ဆောင်ချက် ပြောင်းရန်</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>လုပ်ဆောင်ချက် ထည့်မည်</translation>
        </message>
        <message>
            <source>Save action</source>
            <translation>လုပ်ဆောင်ချက် သိမ်းမည်</translation>
        </message>
        <message>
            <source>e.g. Call the clinic about the appointment</source>
            <translation>ဥပမာ ချိန်းဆိုမှုအတွက် ဆေးခန်းသို့ ဖုန်းဆက်ရန်</translation>
        </message>
        <message>
            <source>Nobody yet</source>
            <translation>မည်သူမျှ မသတ်မှတ်ရသေး</translation>
        </message>
        <message>
            <source>No goal</source>
            <translation>ရည်မှန်းချက် မရှိ</translation>
        </message>
        <message>
            <source>Action *</source>
            <translation>လုပ်ဆောင်ချက် *</translation>
        </message>
        <message>
            <source>Due by</source>
            <translation>ပြီးရမည့်ရက်</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>တာဝန်ယူသူ</translation>
        </message>
        <message>
            <source>For the goal</source>
            <translation>ရည်မှန်းချက်အတွက်</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>Add a staff account</source>
            <translation>ဝန်ထမ်းအကောင့် ထည့်ရန်</translation>
        </message>
        <message>
            <source>Add account</source>
            <translation>အကောင့် ထည့်မည်</translation>
        </message>
        <message>
            <source>e.g. Naw Paw Htoo</source>
            <translation>ဥပမာ နော်ပေါထူး</translation>
        </message>
        <message>
            <source>e.g. nawpaw</source>
            <translation>ဥပမာ nawpaw</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>အမည်အပြည့်အစုံ</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>အသုံးပြုသူအမည်</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>တာဝန်အဆင့်</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>The first admin</source>
            <translation>ပထမဆုံး စီမံခန့်ခွဲသူ</translation>
        </message>
        <message>
            <source>That is you. You will sign in with this user name and password.</source>
            <translation>ထိုသူမှာ သင် ဖြစ်သည်။ ဤအသုံးပြုသူအမည်နှင့် စကားဝှက်ဖြင့် ဝင်ရောက်ရမည်။</translation>
        </message>
        <message>
            <source>e.g. Daw Khin Myo</source>
            <translation>ဥပမာ ဒေါ်ခင်မျိုး</translation>
        </message>
        <message>
            <source>e.g. khinmyo</source>
            <translation>ဥပမာ khinmyo</translation>
        </message>
        <message>
            <source>At least 10 characters. A few words you can remember are stronger than a short, complicated password.</source>
            <translation>အနည်းဆုံး စာလုံး ၁၀ လုံး။ မှတ်မိနိုင်သော စကားလုံး အနည်းငယ်သည် တိုပြီး ရှုပ်ထွေးသော စကားဝှက်ထက် ပိုခိုင်မာသည်။</translation>
        </message>
        <message>
            <source>Your full name</source>
            <translation>သင့် အမည်အပြည့်အစုံ</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>အသုံးပြုသူအမည်</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>စကားဝှက်</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>စကားဝှက် ထပ်ရိုက်ပါ</translation>
        </message>
        <message>
            <source>Too short</source>
            <translation>တိုလွန်းသည်</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>အားနည်း</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>သင့်တင့်</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>ခိုင်မာ</translation>
        </message>
    </context>
    <context>
        <name>AreaChoice</name>
        <message>
            <source>Not known</source>
            <translation>မသိပါ</translation>
        </message>
        <message>
            <source>{area} ({parent})</source>
            <translation>{area} ({parent})</translation>
        </message>
        <message>
            <source>Where the session happened (for the network's 5W report)</source>
            <translation>အစည်းအဝေး ကျင်းပခဲ့သည့် နေရာ (ကွန်ရက်၏ 5W အစီရင်ခံစာအတွက်)</translation>
        </message>
    </context>
    <context>
        <name>AreasEditor</name>
        <message>
            <source>Where the CSOs' activities happen, for the 5W report: each CSO picks one of these areas when it logs a session. Give the official P-code where the place has one. Save signs a new revision of the network file and writes it to the shared folder.</source>
            <translation>5W အစီရင်ခံစာအတွက် အဖွဲ့အစည်းများ၏ လှုပ်ရှားမှုများ ကျင်းပသည့် နေရာ - အစည်းအဝေး မှတ်တမ်းတင်သည့်အခါ အဖွဲ့အစည်းတိုင်းက ဤနေရာဒေသများထဲမှ တစ်ခုကို ရွေးသည်။ တရားဝင် P-code ရှိသည့် နေရာအတွက် ထည့်ပါ။ သိမ်းလျှင် ကွန်ရက်ဖိုင်၏ ဗားရှင်းအသစ်ကို လက်မှတ်ထိုးပြီး မျှဝေဖိုင်တွဲသို့ ရေးသည်။</translation>
        </message>
        <message>
            <source>No areas yet. Add the first place where activities happen.</source>
            <translation>နေရာဒေသ မရှိသေးပါ။ လှုပ်ရှားမှုများ ကျင်းပသည့် ပထမဆုံး နေရာကို ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Add area</source>
            <translation>နေရာဒေသ ထည့်မည်</translation>
        </message>
        <message>
            <source>Undo changes</source>
            <translation>ပြောင်းလဲမှုများ ပြန်ဖျက်မည်</translation>
        </message>
        <message>
            <source>Show the saved areas again</source>
            <translation>သိမ်းထားသော နေရာဒေသများကို ပြန်ပြမည်</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>ကုဒ်</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>အမည်</translation>
        </message>
        <message>
            <source>P-code</source>
            <translation>P-code</translation>
        </message>
        <message>
            <source>Inside</source>
            <translation>အတွင်းရှိ</translation>
        </message>
        <message>
            <source>Create the network first (Network setup).</source>
            <translation>ကွန်ရက်ကို ဦးစွာ ဖန်တီးပါ (ကွန်ရက် ပြင်ဆင်မှု)။</translation>
        </message>
        <message>
            <source>e.g. mae_pa</source>
            <translation>ဥပမာ mae_pa</translation>
        </message>
        <message>
            <source>e.g. Mae Pa</source>
            <translation>ဥပမာ Mae Pa</translation>
        </message>
        <message>
            <source>e.g. TH630607</source>
            <translation>ဥပမာ TH630607</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>ဖယ်မည်</translation>
        </message>
        <message>
            <source>A saved area keeps its code: sessions name it.</source>
            <translation>သိမ်းထားသော နေရာဒေသ၏ ကုဒ်ကို ပြောင်း၍ မရပါ - အစည်းအဝေးများက ၎င်းကို အသုံးပြုသည်။</translation>
        </message>
        <message>
            <source>“{code}” is not an area code: small letters, digits and _, starting with a letter (e.g. mae_pa).</source>
            <translation>“{code}” သည် နေရာဒေသ ကုဒ် မဟုတ်ပါ - စာလုံးအသေး၊ ဂဏန်းနှင့် _ ဖြစ်ပြီး စာလုံးဖြင့် စရမည် (ဥပမာ mae_pa)။</translation>
        </message>
        <message>
            <source>Give each area a code.</source>
            <translation>နေရာဒေသ တစ်ခုစီကို ကုဒ် ပေးပါ။</translation>
        </message>
        <message>
            <source>Two areas have the code {code}: keep one.</source>
            <translation>နေရာဒေသ နှစ်ခုတွင် ကုဒ် {code} ရှိသည် - တစ်ခုသာ ထားပါ။</translation>
        </message>
        <message>
            <source>Give each area a name.</source>
            <translation>နေရာဒေသ တစ်ခုစီကို အမည် ပေးပါ။</translation>
        </message>
        <message>
            <source>“{p_code}” is not a P-code: two capital letters and pairs of digits (e.g. TH630607).</source>
            <translation>“{p_code}” သည် P-code မဟုတ်ပါ - စာလုံးကြီး နှစ်လုံးနှင့် ဂဏန်း အတွဲများ (ဥပမာ TH630607)။</translation>
        </message>
        <message>
            <source>{code} cannot lie inside itself.</source>
            <translation>{code} သည် ၎င်းကိုယ်တိုင်အတွင်း ရှိ၍ မရပါ။</translation>
        </message>
        <message>
            <source>A network has at most {n} areas.</source>
            <translation>ကွန်ရက်တစ်ခုတွင် နေရာဒေသ အများဆုံး {n} ခု ရှိနိုင်သည်။</translation>
        </message>
    </context>
    <context>
        <name>AssessmentDialog</name>
        <message>
            <source>Assess wellbeing — {code}</source>
            <translation>စိတ်ချမ်းသာမှု အကဲဖြတ်ခြင်း — {code}</translation>
        </message>
        <message>
            <source>Assess wellbeing</source>
            <translation>စိတ်ချမ်းသာမှု အကဲဖြတ်ခြင်း</translation>
        </message>
        <message>
            <source>The language to read the questions in</source>
            <translation>မေးခွန်းများကို ဖတ်ပြမည့် ဘာသာစကား</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>မေးခွန်းပုံစံ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>ရက်စွဲ</translation>
        </message>
        <message>
            <source>Questions in</source>
            <translation>မေးခွန်း ဘာသာစကား</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>အဆင့်</translation>
        </message>
        <message>
            <source>Keyboard: type 0–5 to answer a question; the next one is selected.</source>
            <translation>ကီးဘုတ် - မေးခွန်းကို ဖြေရန် 0–5 ရိုက်ပါ၊ နောက်မေးခွန်းကို ရွေးပေးမည်။</translation>
        </message>
        <message>
            <source>This instrument has no wording in {language}: the questions are shown in English. Translate them as you ask, or choose another instrument.</source>
            <translation>ဤတိုင်းတာကိရိယာတွင် {language} ဘာသာဖြင့် စကားလုံးများ မရှိပါ။ မေးခွန်းများကို အင်္ဂလိပ်ဘာသာဖြင့် ပြထားသည်။ မေးရင်း ဘာသာပြန်ပါ သို့မဟုတ် အခြားကိရိယာကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Score: {score} of {most} ({how})</source>
            <translation>ရမှတ် - {most} အနက် {score} ({how})</translation>
        </message>
        <message>
            <source>Score: {score} of {most}</source>
            <translation>ရမှတ် - {most} အနက် {score}</translation>
        </message>
        <message>
            <source>No “before” assessment with this instrument to compare with.</source>
            <translation>နှိုင်းယှဉ်ရန် ဤတိုင်းတာမှုဖြင့် “မတိုင်မီ” အကဲဖြတ်မှု မရှိပါ။</translation>
        </message>
        <message>
            <source>Before (pre) on {date}: {score}</source>
            <translation>{date} ရက် မတိုင်မီ (pre) - {score}</translation>
        </message>
        <message>
            <source>{before}; change {sign}{change}</source>
            <translation>{before}၊ ပြောင်းလဲမှု {sign}{change}</translation>
        </message>
        <message>
            <source>Save assessment</source>
            <translation>အကဲဖြတ်ချက် သိမ်းမည်</translation>
        </message>
        <message>
            <source>{text} (not a validated translation)</source>
            <translation>{text} (အတည်ပြုထားသော ဘာသာပြန် မဟုတ်ပါ)</translation>
        </message>
        <message>
            <source>No assessment instrument is available.</source>
            <translation>အသုံးပြုနိုင်သော အကဲဖြတ်မေးခွန်းပုံစံ မရှိပါ။</translation>
        </message>
        <message>
            <source>Keyboard: type {low}–{high} to answer a question; the next one is selected. Arrow keys: up and down between questions, left and right between answers.</source>
            <translation>ကီးဘုတ် - မေးခွန်းကို ဖြေရန် {low}–{high} ရိုက်ပါ၊ နောက်မေးခွန်းကို ရွေးပေးမည်။ မြှားခလုတ်များ - အပေါ်နှင့် အောက်ဖြင့် မေးခွန်းများကြား၊ ဘယ်နှင့် ညာဖြင့် အဖြေများကြား ရွှေ့ပါ။</translation>
        </message>
        <message>
            <source>Raw score: {raw} of {top}</source>
            <translation>မူလ ရမှတ် - {top} အနက် {raw}</translation>
        </message>
        <message>
            <source>Raw score so far: {raw} ({given} of {count} answered)</source>
            <translation>ယခုအထိ မူလ ရမှတ် - {raw} ({count} ခုအနက် {given} ခု ဖြေပြီး)</translation>
        </message>
        <message>
            <source>Discard the answers?</source>
            <translation>အဖြေများကို စွန့်မလား။</translation>
        </message>
        <message>
            <source>The assessment has not been saved. Discard the answers?</source>
            <translation>အကဲဖြတ်ချက်ကို မသိမ်းရသေးပါ။ အဖြေများကို စွန့်မလား။</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>စွန့်မည်</translation>
        </message>
        <message>
            <source>Keep answering</source>
            <translation>ဆက်ဖြေမည်</translation>
        </message>
    </context>
    <context>
        <name>AttendancePicker</name>
        <message>
            <source>Type a name or code, then Enter to add</source>
            <translation>အမည် သို့မဟုတ် ကုဒ် ရိုက်ပြီး Enter နှိပ်၍ ထည့်ပါ</translation>
        </message>
        <message>
            <source>Type a name or code, then Enter to choose</source>
            <translation>အမည် သို့မဟုတ် ကုဒ် ရိုက်ပြီး Enter နှိပ်၍ ရွေးပါ</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>ဖယ်မည်</translation>
        </message>
        <message>
            <source>Remove the selected person (Delete)</source>
            <translation>ရွေးထားသူကို ဖယ်မည် (Delete)</translation>
        </message>
        <message>
            <source>Register new person…</source>
            <translation>လူသစ် စာရင်းသွင်းမည်…</translation>
        </message>
        <message>
            <source>Find a person</source>
            <translation>လူရှာရန်</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>ပုဂ္ဂိုလ်</translation>
        </message>
        <message>
            <source>Attendees: {count}</source>
            <translation>တက်ရောက်သူ - {count}</translation>
        </message>
        <message>
            <source>Could not search</source>
            <translation>မရှာနိုင်ပါ</translation>
        </message>
        <message>
            <source>Down and Up choose a result; Enter adds it. Delete removes someone.</source>
            <translation>အောက်/အပေါ် ခလုတ်ဖြင့် ရလဒ်ကို ရွေးပါ၊ Enter ဖြင့် ထည့်ပါ။ Delete ဖြင့် ဖယ်ပါ။</translation>
        </message>
        <message>
            <source>No one found. Check the spelling, or register the person.</source>
            <translation>မတွေ့ပါ။ စာလုံးပေါင်းကို စစ်ပါ၊ သို့မဟုတ် ထိုသူကို စာရင်းသွင်းပါ။</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>Time</source>
            <translation>အချိန်</translation>
        </message>
        <message>
            <source>User</source>
            <translation>အသုံးပြုသူ</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>လုပ်ဆောင်ချက်</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>မှတ်တမ်း</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>အသေးစိတ်</translation>
        </message>
        <message>
            <source>{kind} no. {number}</source>
            <translation>{kind} အမှတ် {number}</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>အကြောင်းရင်း: {reason}</translation>
        </message>
        <message>
            <source>A new key was made</source>
            <translation>သော့အသစ် ပြုလုပ်ခဲ့သည်</translation>
        </message>
        <message>
            <source>{people} people, {sessions} sessions, {attendance} attendances</source>
            <translation>လူ {people} ဦး၊ အစည်းအဝေး {sessions} ခု၊ တက်ရောက်မှု {attendance} ကြိမ်</translation>
        </message>
        <message>
            <source>, {cases} cases, {staff} staff accounts</source>
            <translation>၊ ကိစ္စရပ် {cases} ခု၊ ဝန်ထမ်းအကောင့် {staff} ခု</translation>
        </message>
        <message>
            <source>{count} people</source>
            <translation>{count} ဦး</translation>
        </message>
        <message>
            <source>As a {format} file</source>
            <translation>{format} ဖိုင်အဖြစ်</translation>
        </message>
        <message>
            <source>From an imported list</source>
            <translation>တင်သွင်းထားသော စာရင်းမှ</translation>
        </message>
        <message>
            <source>Consent changed</source>
            <translation>သဘောတူညီချက် ပြောင်းခဲ့သည်</translation>
        </message>
        <message>
            <source>Basic details only</source>
            <translation>အခြေခံ အချက်အလက်များသာ</translation>
        </message>
        <message>
            <source>Person no. {number}</source>
            <translation>ပုဂ္ဂိုလ် အမှတ် {number}</translation>
        </message>
        <message>
            <source>Case no. {number}</source>
            <translation>ကိစ္စရပ် အမှတ် {number}</translation>
        </message>
        <message>
            <source>Staff account no. {number}</source>
            <translation>ဝန်ထမ်းအကောင့် အမှတ် {number}</translation>
        </message>
        <message>
            <source>From staff account no. {old} to no. {new}</source>
            <translation>ဝန်ထမ်းအကောင့် အမှတ် {old} မှ အမှတ် {new} သို့</translation>
        </message>
        <message>
            <source>{count} cases to staff account no. {number}</source>
            <translation>ကိစ္စရပ် {count} ခုကို ဝန်ထမ်းအကောင့် အမှတ် {number} သို့</translation>
        </message>
        <message>
            <source>{count} attendees</source>
            <translation>တက်ရောက်သူ {count} ဦး</translation>
        </message>
        <message>
            <source>{count} participants</source>
            <translation>ပါဝင်သူ {count} ဦး</translation>
        </message>
        <message>
            <source>{count} templates</source>
            <translation>နမူနာပုံစံ {count} ခု</translation>
        </message>
        <message>
            <source>Revision {number}</source>
            <translation>ပြင်ဆင်မှု အမှတ် {number}</translation>
        </message>
        <message>
            <source>From plan no. {number}</source>
            <translation>စီမံချက် အမှတ် {number} မှ</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>Audit trail</source>
            <translation>လုပ်ဆောင်ချက် မှတ်တမ်း</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>ပြန်ဖွင့်မည်</translation>
        </message>
        <message>
            <source>Everything done in Saphan is written here and cannot be changed. It never shows what a record says, only who did what and when.</source>
            <translation>Saphan တွင် လုပ်ဆောင်သမျှကို ဤနေရာတွင် ရေးမှတ်ထားပြီး ပြင်၍ မရပါ။ မှတ်တမ်း၏ အကြောင်းအရာကို မပြဘဲ မည်သူ ဘာလုပ်ခဲ့သည်၊ ဘယ်အချိန်ကို သာ ပြသည်။</translation>
        </message>
        <message>
            <source>e.g. 12</source>
            <translation>ဥပမာ 12</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>စစ်ထုတ်မှုများ ရှင်းမည်</translation>
        </message>
        <message>
            <source>User</source>
            <translation>အသုံးပြုသူ</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>လုပ်ဆောင်ချက်</translation>
        </message>
        <message>
            <source>Person no.</source>
            <translation>ပုဂ္ဂိုလ် အမှတ်</translation>
        </message>
        <message>
            <source>From</source>
            <translation>မှ</translation>
        </message>
        <message>
            <source>To</source>
            <translation>အထိ</translation>
        </message>
        <message>
            <source>Details as recorded</source>
            <translation>မှတ်တမ်းတင်ထားသည့်အတိုင်း အသေးစိတ်</translation>
        </message>
        <message>
            <source>Choose an entry in the table.</source>
            <translation>ဇယားထဲမှ မှတ်တမ်းတစ်ခုကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>လူတိုင်း</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>လုပ်ဆောင်ချက်အားလုံး</translation>
        </message>
        <message>
            <source>Could not load the audit trail</source>
            <translation>လုပ်ဆောင်ချက် မှတ်တမ်းကို မဖွင့်နိုင်ပါ</translation>
        </message>
        <message>
            <source>Enter the dates as day/month/year, for example 23/11/2025.</source>
            <translation>ရက်စွဲများကို ရက်/လ/နှစ် ပုံစံဖြင့် ထည့်ပါ၊ ဥပမာ 23/11/2025။</translation>
        </message>
        <message>
            <source>No events match these filters.</source>
            <translation>ဤစစ်ထုတ်မှုများနှင့် ကိုက်ညီသော မှတ်တမ်း မရှိပါ။</translation>
        </message>
        <message>
            <source>Nothing has been recorded yet.</source>
            <translation>မှတ်တမ်းတင်ထားသည့်အရာ မရှိသေးပါ။</translation>
        </message>
        <message>
            <source>1 event</source>
            <translation>၁ ကြိမ်</translation>
        </message>
        <message>
            <source>{count} events</source>
            <translation>{count} ကြိမ်</translation>
        </message>
    </context>
    <context>
        <name>BackupFlows</name>
        <message>
            <source>Choose where to save the backup (for example a USB stick)</source>
            <translation>အရန်မိတ္တူ သိမ်းမည့်နေရာကို ရွေးပါ (ဥပမာ USB)</translation>
        </message>
        <message>
            <source>Making a backup…</source>
            <translation>အရန်မိတ္တူ ပြုလုပ်နေသည်…</translation>
        </message>
        <message>
            <source>Backup saved</source>
            <translation>အရန်မိတ္တူ သိမ်းပြီး</translation>
        </message>
        <message>
            <source>The backup was saved as {file} ({size}) in {folder}.

Keep the USB stick somewhere safe, away from this laptop. The backup is encrypted: it opens only with a staff password or the recovery passphrase.</source>
            <translation>အရန်မိတ္တူကို {folder} တွင် {file} ({size}) အဖြစ် သိမ်းပြီး။

USB ကို ဤလက်ပ်တော့နှင့် ဝေးသော လုံခြုံသည့်နေရာတွင် ထားပါ။ အရန်မိတ္တူကို စာဝှက်ထားသည် - ဝန်ထမ်း စကားဝှက် သို့မဟုတ် ပြန်ဖွင့်စကားစုဖြင့်သာ ဖွင့်နိုင်သည်။</translation>
        </message>
        <message>
            <source>No backup was made</source>
            <translation>အရန်မိတ္တူ မပြုလုပ်ရသေးပါ</translation>
        </message>
        <message>
            <source>Do not unplug the USB stick until the backup is finished.</source>
            <translation>အရန်မိတ္တူ ပြီးဆုံးသည်အထိ USB ကို မဖြုတ်ပါနှင့်။</translation>
        </message>
        <message>
            <source>The backup was cancelled and nothing was saved. The USB stick can be removed safely now; make a backup soon.</source>
            <translation>အရန်မိတ္တူကို ပယ်ဖျက်လိုက်သဖြင့် ဘာမျှ မသိမ်းရသေးပါ။ USB ကို ယခု လုံခြုံစွာ ဖြုတ်နိုင်ပါပြီ။ မကြာမီ အရန်မိတ္တူ ပြုလုပ်ပါ။</translation>
        </message>
        <message>
            <source>Choose the backup to restore</source>
            <translation>ပြန်ယူမည့် အရန်မိတ္တူကို ရွေးပါ</translation>
        </message>
        <message>
            <source>Saphan backups (*{suffix});;All files (*)</source>
            <translation>Saphan အရန်မိတ္တူများ (*{suffix});;ဖိုင်အားလုံး (*)</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>ပြန်မယူရသေးပါ</translation>
        </message>
        <message>
            <source>Replace the data on this laptop?</source>
            <translation>ဤလက်ပ်တော့ပေါ်ရှိ ဒေတာကို အစားထိုးမလား။</translation>
        </message>
        <message>
            <source>This replaces the data on this laptop with the backup from {date}. The current data is kept beside it as a safety copy.

Everything entered after {date} will not be in Saphan any more.</source>
            <translation>ဤလုပ်ဆောင်ချက်သည် ဤလက်ပ်တော့ပေါ်ရှိ ဒေတာကို {date} ၏ အရန်မိတ္တူဖြင့် အစားထိုးမည်။ လက်ရှိ ဒေတာကို ဘေးတွင် ဘေးကင်းရေး မိတ္တူအဖြစ် ထားမည်။

{date} နောက်ပိုင်း ထည့်ခဲ့သမျှသည် Saphan တွင် မရှိတော့ပါ။</translation>
        </message>
        <message>
            <source>Replace the data</source>
            <translation>ဒေတာကို အစားထိုးမည်</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <source>Checking and restoring the backup…</source>
            <translation>အရန်မိတ္တူကို စစ်ဆေးပြီး ပြန်ယူနေသည်…</translation>
        </message>
        <message>
            <source>Do not unplug the USB stick until the restore is finished.</source>
            <translation>ပြန်ယူခြင်း ပြီးဆုံးသည်အထိ USB ကို မဖြုတ်ပါနှင့်။</translation>
        </message>
        <message>
            <source>The restore was cancelled. The data on this laptop is as it was, and nothing was left behind. The USB stick can be removed safely now.</source>
            <translation>ပြန်ယူခြင်းကို ပယ်ဖျက်လိုက်သည်။ ဤလက်ပ်တော့ပေါ်ရှိ ဒေတာသည် ယခင်အတိုင်း ရှိနေပြီး ဘာမျှ ကျန်မနေပါ။ USB ကို ယခု လုံခြုံစွာ ဖြုတ်နိုင်ပါပြီ။</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>အရန်မိတ္တူ ပြန်ယူပြီး</translation>
        </message>
        <message>
            <source>The backup from {date} was restored. Sign in again to continue.

The data that was on this laptop before is kept as {safety}.</source>
            <translation>{date} ၏ အရန်မိတ္တူကို ပြန်ယူပြီး။ ဆက်လုပ်ရန် ထပ်မံ ဝင်ရောက်ပါ။

ယခင် ဤလက်ပ်တော့ပေါ်ရှိ ဒေတာကို {safety} အဖြစ် ထားသည်။</translation>
        </message>
    </context>
    <context>
        <name>BeneficiariesPage</name>
        <message>
            <source>Beneficiaries</source>
            <translation>အကူအညီရယူသူများ</translation>
        </message>
        <message>
            <source>Register person</source>
            <translation>လူသစ် စာရင်းသွင်းမည်</translation>
        </message>
        <message>
            <source>Register a new person (Ctrl+N)</source>
            <translation>လူသစ်တစ်ဦး စာရင်းသွင်းမည် (Ctrl+N)</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>တင်သွင်းမည်…</translation>
        </message>
        <message>
            <source>Import people from an Excel or CSV list</source>
            <translation>Excel သို့မဟုတ် CSV စာရင်းမှ လူများကို တင်သွင်းမည်</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>ဖွင့်မည်</translation>
        </message>
        <message>
            <source>More</source>
            <translation>နောက်ထပ်</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ဖျက်မည်</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>ဖျက်မည်…</translation>
        </message>
        <message>
            <source>Could not load the registry</source>
            <translation>စာရင်းကို မဖွင့်နိုင်ပါ</translation>
        </message>
        <message>
            <source>1 person</source>
            <translation>၁ ဦး</translation>
        </message>
        <message>
            <source>{count} people</source>
            <translation>{count} ဦး</translation>
        </message>
        <message>
            <source>No one matches this search and these filters.</source>
            <translation>ဤရှာဖွေမှုနှင့် စစ်ထုတ်မှုများနှင့် ကိုက်ညီသူ မရှိပါ။</translation>
        </message>
        <message>
            <source>No one is registered yet.</source>
            <translation>စာရင်းသွင်းထားသူ မရှိသေးပါ။</translation>
        </message>
        <message>
            <source>Register the first person</source>
            <translation>ပထမဆုံး လူကို စာရင်းသွင်းမည်</translation>
        </message>
        <message>
            <source>Imported {count} people</source>
            <translation>{count} ဦးကို တင်သွင်းပြီး</translation>
        </message>
        <message>
            <source>Could not open the record</source>
            <translation>မှတ်တမ်းကို မဖွင့်နိုင်ပါ</translation>
        </message>
        <message>
            <source>Registered {code}</source>
            <translation>{code} ကို စာရင်းသွင်းပြီး</translation>
        </message>
        <message>
            <source>Saved {code}</source>
            <translation>{code} ကို သိမ်းပြီး</translation>
        </message>
        <message>
            <source>Delete person?</source>
            <translation>ဤသူကို ဖျက်မလား။</translation>
        </message>
        <message>
            <source>Delete {code} ({name}) from the registry?

The record is kept in the audit trail and can be restored by an admin.</source>
            <translation>{code} ({name}) ကို စာရင်းမှ ဖျက်မလား။

မှတ်တမ်းကို လုပ်ဆောင်ချက်မှတ်တမ်းတွင် ဆက်ထားမည်ဖြစ်ပြီး စီမံခန့်ခွဲသူက ပြန်ယူနိုင်သည်။</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>မဖျက်ရသေးပါ</translation>
        </message>
        <message>
            <source>Deleted {code}.</source>
            <translation>{code} ကို ဖျက်ပြီး။</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>ပြန်ဖျက်မည်</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>ပြန်မယူရသေးပါ</translation>
        </message>
        <message>
            <source>Restored {code}</source>
            <translation>{code} ကို ပြန်ယူပြီး</translation>
        </message>
    </context>
    <context>
        <name>BreakGlassDialog</name>
        <message>
            <source>Break the glass: {code}</source>
            <translation>အရေးပေါ် ဖွင့်ကြည့်ခြင်း: {code}</translation>
        </message>
        <message>
            <source>{code} is not in one of your cases. You may read the whole record only if you need it now, for example in an emergency. Your name, the time and your reason are written to the audit trail, which the admin reads.</source>
            <translation>{code} သည် သင့်ကိစ္စများထဲတွင် မပါဝင်ပါ။ ယခု အမှန်တကယ် လိုအပ်မှသာ (ဥပမာ အရေးပေါ်အခြေအနေ) မှတ်တမ်းအပြည့်အစုံကို ဖတ်နိုင်သည်။ သင့်အမည်၊ အချိန်နှင့် အကြောင်းရင်းကို လုပ်ဆောင်ချက်မှတ်တမ်းတွင် ရေးသွင်းမည်ဖြစ်ပြီး စီမံခန့်ခွဲသူက ဖတ်ရှုမည်။</translation>
        </message>
        <message>
            <source>Why do you need the whole record? e.g. the person came in crisis today</source>
            <translation>မှတ်တမ်းအပြည့်အစုံ ဘာကြောင့် လိုအပ်သနည်း။ ဥပမာ ယနေ့ အကျပ်အတည်းဖြင့် ရောက်လာသည်</translation>
        </message>
        <message>
            <source>Break the glass</source>
            <translation>အရေးပေါ် ဖွင့်ကြည့်မည်</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <source>Reason (required)</source>
            <translation>အကြောင်းရင်း (လိုအပ်သည်)</translation>
        </message>
        <message>
            <source>Break the glass?</source>
            <translation>အရေးပေါ် ဖွင့်ကြည့်မလား။</translation>
        </message>
        <message>
            <source>Open the whole record of {code}? This is written to the audit trail with your reason.</source>
            <translation>{code} ၏ မှတ်တမ်းအပြည့်အစုံကို ဖွင့်မလား။ ၎င်းကို သင့်အကြောင်းရင်းနှင့်အတူ လုပ်ဆောင်ချက်မှတ်တမ်းတွင် ရေးသွင်းမည်။</translation>
        </message>
        <message>
            <source>Open the record</source>
            <translation>မှတ်တမ်းကို ဖွင့်မည်</translation>
        </message>
    </context>
    <context>
        <name>BundlePreview</name>
        <message>
            <source>CSO code</source>
            <translation>အဖွဲ့အစည်း ကုဒ်</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>အမည်</translation>
        </message>
        <message>
            <source>Public key</source>
            <translation>အများသုံး သော့</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>ဗားရှင်း</translation>
        </message>
        <message>
            <source>Created (UTC)</source>
            <translation>ဖန်တီးချိန် (UTC)</translation>
        </message>
        <message>
            <source>Reporting period</source>
            <translation>အစီရင်ခံ ကာလ</translation>
        </message>
        <message>
            <source>Small counts withheld</source>
            <translation>ဖုံးထားသော အရေအတွက်ငယ်များ</translation>
        </message>
        <message>
            <source>Participatory projects</source>
            <translation>ပူးပေါင်းပါဝင်သော စီမံကိန်းများ</translation>
        </message>
        <message>
            <source>Closed months</source>
            <translation>ပိတ်ပြီးသော လများ</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>ဝန်ဆောင်မှုများ</translation>
        </message>
        <message>
            <source>People reached</source>
            <translation>ရောက်ရှိကူညီခဲ့သူ</translation>
        </message>
        <message>
            <source>Sessions and referrals</source>
            <translation>အစည်းအဝေးနှင့် လွှဲပြောင်းညွှန်းပို့မှု</translation>
        </message>
        <message>
            <source>Where (5W)</source>
            <translation>နေရာ (5W)</translation>
        </message>
        <message>
            <source>Nothing else leaves this laptop: no names, codes, dates of birth or notes of any person. Counts below the threshold are withheld, and so are counts that would let someone work them out.</source>
            <translation>ဤလက်ပ်တော့မှ အခြား ဘာမျှ ထွက်မသွားပါ - မည်သူ၏ အမည်၊ ကုဒ်၊ မွေးနေ့ သို့မဟုတ် မှတ်ချက်မျှ မပါပါ။ သတ်မှတ်ချက်အောက် အရေအတွက်များနှင့် ၎င်းတို့ကို တွက်ထုတ်နိုင်စေမည့် အရေအတွက်များကိုလည်း ဖုံးထားသည်။</translation>
        </message>
        <message>
            <source>Revision {revision}, built {created}: {services} services, {programmes} programmes with counts.</source>
            <translation>ဗားရှင်း {revision}၊ {created} တွင် ပြုလုပ်သည် - ဝန်ဆောင်မှု {services} ခု၊ အရေအတွက်ပါသော အစီအစဉ် {programmes} ခု။</translation>
        </message>
        <message>
            <source>fewer than {k} people</source>
            <translation>{k} ဦးအောက်</translation>
        </message>
        <message>
            <source>none</source>
            <translation>မရှိ</translation>
        </message>
        <message>
            <source>through {month}, as published</source>
            <translation>{month} အထိ၊ ထုတ်ပြန်ခဲ့သည့်အတိုင်း</translation>
        </message>
        <message>
            <source>(corrected: {months})</source>
            <translation>(ပြင်ဆင်ထားသည်- {months})</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>ဝန်ဆောင်မှု</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>အမျိုးအစား</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>ဘာသာစကားများ</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>နေရာဒေသ</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>နာရီ</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>ဆက်သွယ်ရန်</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>အစီအစဉ်</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>လ</translation>
        </message>
        <message>
            <source>Sessions held</source>
            <translation>ကျင်းပခဲ့သော အစည်းအဝေး</translation>
        </message>
        <message>
            <source>All programmes</source>
            <translation>အစီအစဉ်အားလုံး</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>အခြား</translation>
        </message>
        <message>
            <source>Referrals made</source>
            <translation>ပြုလုပ်ခဲ့သော လွှဲပြောင်းညွှန်းပို့မှု</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>ကိန်းဂဏန်း</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>အရေအတွက်</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>မသိပါ</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>လှုပ်ရှားမှု</translation>
        </message>
        <message>
            <source>No one is left out: everyone counted agreed to the use of their data.</source>
            <translation>မည်သူမျှ ချန်မထားပါ- ရေတွက်ထားသူအားလုံး ၎င်းတို့၏ အချက်အလက် အသုံးပြုခြင်းကို သဘောတူခဲ့သည်။</translation>
        </message>
        <message>
            <source>People left out, no consent to data use: {count}</source>
            <translation>ချန်ထားသူ၊ အချက်အလက် အသုံးပြုရန် သဘောတူညီချက် မရှိ- {count}</translation>
        </message>
        <message>
            <source>People left out, withdrew consent to data use: {count}</source>
            <translation>ချန်ထားသူ၊ အချက်အလက် အသုံးပြုရန် သဘောတူညီချက်ကို ရုပ်သိမ်းခဲ့- {count}</translation>
        </message>
    </context>
    <context>
        <name>CaseActions</name>
        <message>
            <source>Close case…</source>
            <translation>ကိစ္စရပ် ပိတ်မည်…</translation>
        </message>
        <message>
            <source>Reopen case</source>
            <translation>ကိစ္စရပ် ပြန်ဖွင့်မည်</translation>
        </message>
        <message>
            <source>Erase permanently…</source>
            <translation>အပြီးတိုင် ဖျက်မည်…</translation>
        </message>
        <message>
            <source>Closed the case {code}.</source>
            <translation>{code} ကိစ္စရပ်ကို ပိတ်ပြီး။</translation>
        </message>
        <message>
            <source>Not reopened</source>
            <translation>ပြန်မဖွင့်ရသေးပါ</translation>
        </message>
        <message>
            <source>Reopened the case {code}.</source>
            <translation>{code} ကိစ္စရပ်ကို ပြန်ဖွင့်ပြီး။</translation>
        </message>
        <message>
            <source>Erased {code} permanently.</source>
            <translation>{code} ကို အပြီးတိုင် ဖျက်ပြီး။</translation>
        </message>
    </context>
    <context>
        <name>CaseTab</name>
        <message>
            <source>Service line</source>
            <translation>ဝန်ဆောင်မှုအမျိုးအစား</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>တာဝန်ခံ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>ဖွင့်သည့်ရက်</translation>
        </message>
        <message>
            <source>Next contact</source>
            <translation>နောက်တစ်ကြိမ် ဆက်သွယ်ရန်</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>ရည်မှန်းချက်</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>လုပ်ဆောင်ချက်</translation>
        </message>
        <message>
            <source>Due by</source>
            <translation>ပြီးရမည့်ရက်</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>တာဝန်ယူသူ</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>ပြီးပါပြီ</translation>
        </message>
        <message>
            <source>No case yet. Open a case to plan and follow up.</source>
            <translation>ကိစ္စရပ် မရှိသေးပါ။ စီစဉ်ရန်နှင့် နောက်ဆက်တွဲ လုပ်ဆောင်ရန် ကိစ္စရပ်တစ်ခု ဖွင့်ပါ။</translation>
        </message>
        <message>
            <source>Open a case…</source>
            <translation>ကိစ္စရပ် ဖွင့်ရန်…</translation>
        </message>
        <message>
            <source>Put on hold</source>
            <translation>ခေတ္တ ရပ်ထားရန်</translation>
        </message>
        <message>
            <source>Close case…</source>
            <translation>ကိစ္စရပ် ပိတ်မည်…</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>ပြန်ဖွင့်ရန်</translation>
        </message>
        <message>
            <source>Transfer…</source>
            <translation>လွှဲပြောင်းရန်…</translation>
        </message>
        <message>
            <source>Share…</source>
            <translation>မျှဝေရန်…</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>ကိစ္စရပ်များ</translation>
        </message>
        <message>
            <source>Set next contact</source>
            <translation>နောက်ဆက်သွယ်မည့်ရက် သတ်မှတ်ရန်</translation>
        </message>
        <message>
            <source>Case plan</source>
            <translation>ကိစ္စအစီအစဉ်</translation>
        </message>
        <message>
            <source>Add goal…</source>
            <translation>ရည်မှန်းချက် ထည့်ရန်…</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>ပြောင်းရန်…</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>ရည်မှန်းချက်များ</translation>
        </message>
        <message>
            <source>Add action…</source>
            <translation>လုပ်ဆောင်ချက် ထည့်ရန်…</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>ပြီးပြီဟု မှတ်ရန်</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>လုပ်ဆောင်ချက်များ</translation>
        </message>
        <message>
            <source>Could not load the cases</source>
            <translation>ကိစ္စရပ်များကို ဖွင့်၍ မရပါ</translation>
        </message>
        <message>
            <source>Could not load the case plan</source>
            <translation>ကိစ္စရပ် အစီအစဉ်ကို ဖွင့်၍ မရပါ</translation>
        </message>
        <message>
            <source>Case plan: {line}</source>
            <translation>ကိစ္စရပ် အစီအစဉ် - {line}</translation>
        </message>
        <message>
            <source>Closed on {date}: {reason}</source>
            <translation>{date} တွင် ပိတ်ခဲ့သည်: {reason}</translation>
        </message>
        <message>
            <source>Outcome: {outcome}</source>
            <translation>ရလဒ်: {outcome}</translation>
        </message>
        <message>
            <source>Mark not done</source>
            <translation>မပြီးသေးဟု မှတ်ရန်</translation>
        </message>
        <message>
            <source>Not put on hold</source>
            <translation>ခေတ္တ မရပ်ထားရပါ</translation>
        </message>
        <message>
            <source>Not reopened</source>
            <translation>ပြန်မဖွင့်ရသေးပါ</translation>
        </message>
        <message>
            <source>Next contact not set</source>
            <translation>နောက်ဆက်သွယ်မည့်ရက် မသတ်မှတ်ရပါ</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>မသိမ်းရသေးပါ</translation>
        </message>
    </context>
    <context>
        <name>CaseWords</name>
        <message>
            <source>Psychosocial support (MHPSS)</source>
            <translation>စိတ်လူမှု ပံ့ပိုးမှု (MHPSS)</translation>
        </message>
        <message>
            <source>Protection</source>
            <translation>အကာအကွယ်</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>ဖွင့်မည်</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>ခေတ္တ ရပ်ထား</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>ပိတ်ပြီး</translation>
        </message>
        <message>
            <source>Goals met</source>
            <translation>ရည်မှန်းချက်များ ပြည့်မီ</translation>
        </message>
        <message>
            <source>Moved away</source>
            <translation>အခြားနေရာသို့ ပြောင်းရွှေ့သွား</translation>
        </message>
        <message>
            <source>Referred to another service</source>
            <translation>အခြား ဝန်ဆောင်မှုသို့ လွှဲပို့</translation>
        </message>
        <message>
            <source>Lost contact</source>
            <translation>ဆက်သွယ်မှု ပြတ်</translation>
        </message>
        <message>
            <source>Declined further support</source>
            <translation>ဆက်လက် ပံ့ပိုးမှုကို ငြင်းဆို</translation>
        </message>
        <message>
            <source>Died</source>
            <translation>ကွယ်လွန်</translation>
        </message>
        <message>
            <source>Other reason</source>
            <translation>အခြား အကြောင်းရင်း</translation>
        </message>
        <message>
            <source>Working on it</source>
            <translation>လုပ်ဆောင်ဆဲ</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>ပြည့်မီပြီ</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>ရပ်လိုက်ပြီ</translation>
        </message>
        <message>
            <source>Say in a few words how the case ended (needed for “Other reason”).</source>
            <translation>ကိစ္စရပ် မည်သို့ ပြီးဆုံးသည်ကို စကားအနည်းငယ်ဖြင့် ရေးပါ (“အခြား အကြောင်းရင်း” အတွက် လိုအပ်သည်)။</translation>
        </message>
        <message>
            <source>The next contact cannot be before this session.</source>
            <translation>နောက်ဆက်သွယ်မည့်ရက်သည် ဤတွေ့ဆုံမှုမတိုင်မီ ဖြစ်၍ မရပါ။</translation>
        </message>
        <message>
            <source>Say what is to be done.</source>
            <translation>လုပ်ရမည့်အရာကို ရေးပါ။</translation>
        </message>
        <message>
            <source>This account cannot own cases (it is disabled or has no casework role).</source>
            <translation>ဤအကောင့်သည် ကိစ္စရပ် တာဝန်ယူ၍ မရပါ (ပိတ်ထားသည် သို့မဟုတ် ကိစ္စရပ် လုပ်ငန်းတာဝန် မရှိပါ)။</translation>
        </message>
        <message>
            <source>Choose a staff member from the list.</source>
            <translation>စာရင်းထဲမှ ဝန်ထမ်းတစ်ဦးကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Choose someone else to take the cases.</source>
            <translation>ကိစ္စရပ်များကို လွှဲယူမည့် အခြားသူကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>This date is before the case was opened.</source>
            <translation>ဤရက်သည် ကိစ္စရပ် ဖွင့်သည့်ရက်မတိုင်မီ ဖြစ်နေသည်။</translation>
        </message>
        <message>
            <source>The case is closed. Reopen it first.</source>
            <translation>ကိစ္စရပ် ပိတ်ထားသည်။ ဦးစွာ ပြန်ဖွင့်ပါ။</translation>
        </message>
        <message>
            <source>This staff member already owns the case.</source>
            <translation>ဤဝန်ထမ်းသည် ဤကိစ္စရပ်၏ တာဝန်ခံ ဖြစ်ပြီးသား ဖြစ်သည်။</translation>
        </message>
        <message>
            <source>Only an open case can be put on hold.</source>
            <translation>ဖွင့်ထားသော ကိစ္စရပ်ကိုသာ ခေတ္တ ရပ်ထားနိုင်သည်။</translation>
        </message>
        <message>
            <source>The case is already closed.</source>
            <translation>ကိစ္စရပ်ကို ပိတ်ပြီးသား ဖြစ်သည်။</translation>
        </message>
        <message>
            <source>The case is already open.</source>
            <translation>ကိစ္စရပ်ကို ဖွင့်ထားပြီးသား ဖြစ်သည်။</translation>
        </message>
        <message>
            <source>Choose one of the case's goals.</source>
            <translation>ကိစ္စရပ်၏ ရည်မှန်းချက်တစ်ခုကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>There is already a service line with this name.</source>
            <translation>ဤအမည်ဖြင့် ဝန်ဆောင်မှုအမျိုးအစား ရှိပြီးသား ဖြစ်သည်။</translation>
        </message>
        <message>
            <source>Cases use this service line, so it cannot be removed.</source>
            <translation>ကိစ္စရပ်များက ဤဝန်ဆောင်မှုအမျိုးအစားကို သုံးနေသဖြင့် ဖယ်ရှား၍ မရပါ။</translation>
        </message>
    </context>
    <context>
        <name>ChangeOwnPasswordDialog</name>
        <message>
            <source>Change my password</source>
            <translation>ကျွန်ုပ်၏ စကားဝှက် ပြောင်းရန်</translation>
        </message>
        <message>
            <source>Change password</source>
            <translation>စကားဝှက် ပြောင်းမည်</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>လက်ရှိ စကားဝှက်</translation>
        </message>
        <message>
            <source>The current password is wrong.</source>
            <translation>လက်ရှိ စကားဝှက် မှားနေသည်။</translation>
        </message>
    </context>
    <context>
        <name>ChangeRoleDialog</name>
        <message>
            <source>Change role of {name}</source>
            <translation>{name} ၏ တာဝန်အဆင့် ပြောင်းရန်</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>တာဝန်အဆင့် ပြောင်းမည်</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>တာဝန်အဆင့်</translation>
        </message>
    </context>
    <context>
        <name>ChangesTab</name>
        <message>
            <source>Name (Latin letters)</source>
            <translation>အမည် (အင်္ဂလိပ် အက္ခရာ)</translation>
        </message>
        <message>
            <source>Name (Myanmar/Thai script)</source>
            <translation>အမည် (မြန်မာ/ထိုင်း စာ)</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>ကျား/မ</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>မွေးနေ့</translation>
        </message>
        <message>
            <source>Birth date estimated</source>
            <translation>မွေးသက္ကရာဇ် ခန့်မှန်းထားသည်</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>နိုင်ငံသား</translation>
        </message>
        <message>
            <source>Population group</source>
            <translation>လူဦးရေ အုပ်စု</translation>
        </message>
        <message>
            <source>Documentation</source>
            <translation>စာရွက်စာတမ်း</translation>
        </message>
        <message>
            <source>Difficulty seeing</source>
            <translation>မြင်ရာတွင် အခက်အခဲ</translation>
        </message>
        <message>
            <source>Difficulty hearing</source>
            <translation>ကြားရာတွင် အခက်အခဲ</translation>
        </message>
        <message>
            <source>Difficulty walking</source>
            <translation>လမ်းလျှောက်ရာတွင် အခက်အခဲ</translation>
        </message>
        <message>
            <source>Difficulty remembering</source>
            <translation>မှတ်မိရာတွင် အခက်အခဲ</translation>
        </message>
        <message>
            <source>Difficulty with self-care</source>
            <translation>မိမိကိုယ်ကို ပြုစုရာတွင် အခက်အခဲ</translation>
        </message>
        <message>
            <source>Difficulty communicating</source>
            <translation>ဆက်သွယ်ပြောဆိုရာတွင် အခက်အခဲ</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>ဖုန်း</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>နေရာဒေသ</translation>
        </message>
        <message>
            <source>Preferred language</source>
            <translation>နှစ်သက်သော ဘာသာစကား</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation>သဘောတူသည့်ရက်</translation>
        </message>
        <message>
            <source>Consent to services</source>
            <translation>ဝန်ဆောင်မှုအတွက် သဘောတူညီချက်</translation>
        </message>
        <message>
            <source>Consent to referral</source>
            <translation>လွှဲပြောင်းညွှန်းပို့မှုအတွက် သဘောတူညီချက်</translation>
        </message>
        <message>
            <source>Consent to data use</source>
            <translation>ဒေတာအသုံးပြုမှုအတွက် သဘောတူညီချက်</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <source>Reason for closing</source>
            <translation>ပိတ်ရသည့် အကြောင်းရင်း</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>မှတ်ချက်များ</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(ဗလာ)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>ဟုတ်ကဲ့</translation>
        </message>
        <message>
            <source>No</source>
            <translation>မဟုတ်ပါ</translation>
        </message>
        <message>
            <source>When</source>
            <translation>အချိန်</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>အကွက်</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>ယခင်တန်ဖိုး</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>တန်ဖိုးအသစ်</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>ပြောင်းလဲသူ</translation>
        </message>
        <message>
            <source>Every change to this person's record, with the value before and after. Only admins see this; it is erased with the person.</source>
            <translation>ဤပုဂ္ဂိုလ်၏ မှတ်တမ်းကို ပြောင်းလဲမှုတိုင်း၊ မပြောင်းမီနှင့် ပြောင်းပြီးနောက် တန်ဖိုးများနှင့်အတူ။ စီမံခန့်ခွဲသူများသာ မြင်ရသည်။ ထိုပုဂ္ဂိုလ်ကို ဖျက်သည့်အခါ ၎င်းလည်း ပျက်သွားမည်။</translation>
        </message>
        <message>
            <source>No changes since the person was registered.</source>
            <translation>စာရင်းသွင်းပြီးကတည်းက ပြောင်းလဲမှု မရှိပါ။</translation>
        </message>
        <message>
            <source>(account removed)</source>
            <translation>(အကောင့် ဖယ်ရှားပြီး)</translation>
        </message>
    </context>
    <context>
        <name>Chart</name>
        <message>
            <source>Withheld for privacy</source>
            <translation>ကိုယ်ရေးလုံခြုံမှုအတွက် ဖုံးထားသည်</translation>
        </message>
        <message>
            <source>At least: some CSOs' figures withheld</source>
            <translation>အနည်းဆုံး - အချို့ အဖွဲ့အစည်းများ၏ ကိန်းဂဏန်းများကို ဖုံးထားသည်</translation>
        </message>
        <message>
            <source>Gap: {withheld}</source>
            <translation>ကွက်လပ် - {withheld}</translation>
        </message>
    </context>
    <context>
        <name>CloseCaseDialog</name>
        <message>
            <source>Close case {code}</source>
            <translation>{code} ကိစ္စရပ် ပိတ်ရန်</translation>
        </message>
        <message>
            <source>Close case</source>
            <translation>ကိစ္စရပ် ပိတ်မည်</translation>
        </message>
        <message>
            <source>Close the case of {code}? The record stays in the registry and can be reopened at any time.</source>
            <translation>{code} ၏ ကိစ္စရပ်ကို ပိတ်မလား။ မှတ်တမ်းသည် စာရင်းထဲတွင် ဆက်ရှိပြီး အချိန်မရွေး ပြန်ဖွင့်နိုင်သည်။</translation>
        </message>
        <message>
            <source>Why is the case closed? e.g. moved to Bangkok; goals reached</source>
            <translation>ကိစ္စရပ်ကို ဘာကြောင့် ပိတ်သနည်း။ ဥပမာ ဘန်ကောက်သို့ ပြောင်းသွားသည်၊ ရည်မှန်းချက် ပြည့်မီသည်</translation>
        </message>
        <message>
            <source>Reason (required)</source>
            <translation>အကြောင်းရင်း (လိုအပ်သည်)</translation>
        </message>
        <message>
            <source>Close the case</source>
            <translation>ကိစ္စရပ် ပိတ်ရန်</translation>
        </message>
        <message>
            <source>How did the case end? e.g. sleeps well again, back at school</source>
            <translation>ကိစ္စရပ် မည်သို့ ပြီးဆုံးသနည်း။ ဥပမာ ပြန်အိပ်ပျော်လာသည်၊ ကျောင်းပြန်တက်သည်</translation>
        </message>
        <message>
            <source>Reason *</source>
            <translation>အကြောင်းရင်း *</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>ရလဒ်</translation>
        </message>
        <message>
            <source>Closed on *</source>
            <translation>ပိတ်သည့်ရက် *</translation>
        </message>
    </context>
    <context>
        <name>ClosedMonthsBox</name>
        <message>
            <source>Closed months</source>
            <translation>ပိတ်ပြီးသော လများ</translation>
        </message>
        <message>
            <source>Close through…</source>
            <translation>ဤလအထိ ပိတ်မည်…</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>ပြန်ဖွင့်မည်…</translation>
        </message>
        <message>
            <source>No month is closed yet.</source>
            <translation>ပိတ်ထားသော လ မရှိသေးပါ။</translation>
        </message>
        <message>
            <source>Closed through {month}: the shared figures of these months stay as published.</source>
            <translation>{month} အထိ ပိတ်ပြီး- ဤလများ၏ မျှဝေထားသော ကိန်းဂဏန်းများသည် ထုတ်ပြန်ခဲ့သည့်အတိုင်း ရှိနေမည်။</translation>
        </message>
        <message>
            <source>The network closes each month {days} days after it ends, when you publish.</source>
            <translation>ကွန်ရက်သည် လတစ်လ ကုန်ဆုံးပြီး {days} ရက်အကြာတွင် သင် ထုတ်ပြန်သည့်အခါ ထိုလကို ပိတ်သည်။</translation>
        </message>
        <message>
            <source>Close months</source>
            <translation>လများကို ပိတ်မည်</translation>
        </message>
        <message>
            <source>Close every month up to the one you choose. Their shared figures then stay exactly as they are published now, whatever is edited or erased later.</source>
            <translation>သင်ရွေးသော လအထိ လအားလုံးကို ပိတ်ပါ။ ထို့နောက် နောင်တွင် ပြင်ဆင်ခြင်း သို့မဟုတ် ဖျက်ခြင်း ပြုလုပ်သော်လည်း ၎င်းတို့၏ မျှဝေထားသော ကိန်းဂဏန်းများသည် ယခု ထုတ်ပြန်သည့်အတိုင်း အတိအကျ ရှိနေမည်။</translation>
        </message>
        <message>
            <source>Close every month up to {month}? Only the admin can reopen a month, and the coordinator then sees it as a correction.</source>
            <translation>{month} အထိ လအားလုံးကို ပိတ်မလား။ လတစ်လကို စီမံခန့်ခွဲသူသာ ပြန်ဖွင့်နိုင်ပြီး ညှိနှိုင်းရေးမှူးက ၎င်းကို ပြင်ဆင်ချက်အဖြစ် မြင်ရမည်။</translation>
        </message>
        <message>
            <source>Close them</source>
            <translation>ပိတ်မည်</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <source>Closing months…</source>
            <translation>လများကို ပိတ်နေသည်…</translation>
        </message>
        <message>
            <source>Closed through {month}.</source>
            <translation>{month} အထိ ပိတ်ပြီး။</translation>
        </message>
        <message>
            <source>Reopen a month</source>
            <translation>လတစ်လကို ပြန်ဖွင့်မည်</translation>
        </message>
        <message>
            <source>Reopen a closed month to correct its figures: it and every later month are open again. The next publish tells the coordinator it is a correction.</source>
            <translation>ပိတ်ထားသော လတစ်လ၏ ကိန်းဂဏန်းများကို ပြင်ရန် ပြန်ဖွင့်ပါ- ထိုလနှင့် နောက်ပိုင်းလအားလုံး ပြန်ပွင့်မည်။ နောက်တစ်ကြိမ် ထုတ်ပြန်သည့်အခါ ၎င်းသည် ပြင်ဆင်ချက်ဖြစ်ကြောင်း ညှိနှိုင်းရေးမှူးထံ အသိပေးမည်။</translation>
        </message>
        <message>
            <source>Reopen {month} and every later month?</source>
            <translation>{month} နှင့် နောက်ပိုင်းလအားလုံးကို ပြန်ဖွင့်မလား။</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>ပြန်ဖွင့်ရန်</translation>
        </message>
        <message>
            <source>Reopened {month}.</source>
            <translation>{month} ကို ပြန်ဖွင့်ပြီး။</translation>
        </message>
    </context>
    <context>
        <name>Consent</name>
        <message>
            <source>Services from this organisation</source>
            <translation>ဤအဖွဲ့အစည်း၏ ဝန်ဆောင်မှုများ</translation>
        </message>
        <message>
            <source>Referral to other organisations</source>
            <translation>အခြား အဖွဲ့အစည်းများသို့ လွှဲပြောင်းညွှန်းပို့ခြင်း</translation>
        </message>
        <message>
            <source>Use of anonymous data in reports</source>
            <translation>အမည်မဖော်သော ဒေတာကို အစီရင်ခံစာများတွင် အသုံးပြုခြင်း</translation>
        </message>
        <message>
            <source>Verbal</source>
            <translation>နှုတ်ဖြင့်</translation>
        </message>
        <message>
            <source>Signed form</source>
            <translation>လက်မှတ်ထိုးထားသော ပုံစံ</translation>
        </message>
    </context>
    <context>
        <name>ConsentChangeDialog</name>
        <message>
            <source>Record consent given</source>
            <translation>ပေးသော သဘောတူညီချက်ကို မှတ်တမ်းတင်ရန်</translation>
        </message>
        <message>
            <source>Record consent withdrawn</source>
            <translation>ရုပ်သိမ်းသော သဘောတူညီချက်ကို မှတ်တမ်းတင်ရန်</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>မှတ်တမ်း</translation>
        </message>
        <message>
            <source>Record withdrawal</source>
            <translation>ရုပ်သိမ်းမှုကို မှတ်တမ်းတင်မည်</translation>
        </message>
        <message>
            <source>e.g. said so at the follow-up visit</source>
            <translation>ဥပမာ နောက်ဆက်တွဲ တွေ့ဆုံစဉ် ပြောခဲ့သည်</translation>
        </message>
        <message>
            <source>Consent to *</source>
            <translation>သဘောတူညီသည့်အရာ *</translation>
        </message>
        <message>
            <source>Takes effect on *</source>
            <translation>စတင်သက်ရောက်သည့်ရက် *</translation>
        </message>
        <message>
            <source>How *</source>
            <translation>မည်သို့ *</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>မှတ်ချက်</translation>
        </message>
        <message>
            <source>Keep what is recorded (the record is restricted: no new sessions or referrals)</source>
            <translation>မှတ်တမ်းတင်ထားသည်များကို ထားမည် (မှတ်တမ်းကို ကန့်သတ်မည်- အစည်းအဝေးအသစ် သို့မဟုတ် လွှဲပြောင်းညွှန်းပို့မှုအသစ် မရှိ)</translation>
        </message>
        <message>
            <source>The person asks for everything about them to be erased (admin only)</source>
            <translation>ဤသူက ၎င်းနှင့်ပတ်သက်သည့် အရာအားလုံးကို ဖျက်ပေးရန် တောင်းဆိုသည် (စီမံခန့်ခွဲသူသာ)</translation>
        </message>
        <message>
            <source>Existing data</source>
            <translation>ရှိပြီးသား အချက်အလက်</translation>
        </message>
        <message>
            <source>Erase this person?</source>
            <translation>ဤသူကို ဖျက်မည်လား။</translation>
        </message>
        <message>
            <source>Everything recorded about this person will be erased for good: their record, consent, cases, sessions attended, assessments and referrals. This cannot be undone.</source>
            <translation>ဤသူနှင့်ပတ်သက်၍ မှတ်တမ်းတင်ထားသမျှ အပြီးတိုင် ဖျက်ပစ်မည်- မှတ်တမ်း၊ သဘောတူညီချက်၊ ကိစ္စရပ်များ၊ တက်ရောက်ခဲ့သော အစည်းအဝေးများ၊ အကဲဖြတ်ချက်များနှင့် လွှဲပြောင်းညွှန်းပို့မှုများ။ ပြန်ပြင်၍ မရပါ။</translation>
        </message>
        <message>
            <source>Erase for good</source>
            <translation>အပြီးတိုင် ဖျက်မည်</translation>
        </message>
        <message>
            <source>Keep the record</source>
            <translation>မှတ်တမ်းကို ထားမည်</translation>
        </message>
    </context>
    <context>
        <name>ConsentPage</name>
        <message>
            <source>Consent and defaults</source>
            <translation>သဘောတူညီချက်နှင့် မူလတန်ဖိုးများ</translation>
        </message>
        <message>
            <source>Saphan registers only people who agreed to receive services. Say what the people in this list agreed to, and when.</source>
            <translation>Saphan သည် ဝန်ဆောင်မှု ရယူရန် သဘောတူသူများကိုသာ စာရင်းသွင်းသည်။ ဤစာရင်းထဲရှိ လူများ ဘာကို ဘယ်အချိန်က သဘောတူခဲ့သည်ကို ဖော်ပြပါ။</translation>
        </message>
        <message>
            <source>Consent of everyone in the list</source>
            <translation>စာရင်းထဲရှိ လူအားလုံး၏ သဘောတူညီချက်</translation>
        </message>
        <message>
            <source>They agreed to receive services (required)</source>
            <translation>ဝန်ဆောင်မှု ရယူရန် သဘောတူသည် (လိုအပ်သည်)</translation>
        </message>
        <message>
            <source>They agreed to be referred to other services</source>
            <translation>အခြား ဝန်ဆောင်မှုများသို့ လွှဲပြောင်းညွှန်းပို့ရန် သဘောတူသည်</translation>
        </message>
        <message>
            <source>They agreed that their data is used for reports</source>
            <translation>သူတို့၏ ဒေတာကို အစီရင်ခံစာများတွင် သုံးရန် သဘောတူသည်</translation>
        </message>
        <message>
            <source>Consent date:</source>
            <translation>သဘောတူသည့်ရက် -</translation>
        </message>
        <message>
            <source>Consent is read from the file's consent columns, row by row.</source>
            <translation>သဘောတူညီချက်ကို ဖိုင်ရှိ သဘောတူညီချက် ကော်လံများမှ အတန်းလိုက် ဖတ်သည်။</translation>
        </message>
        <message>
            <source>When a cell is empty</source>
            <translation>အကွက် ဗလာဖြစ်နေလျှင်</translation>
        </message>
        <message>
            <source>— Every row must say —</source>
            <translation>— အတန်းတိုင်းတွင် ပါရမည် —</translation>
        </message>
        <message>
            <source>Population group:</source>
            <translation>လူဦးရေ အုပ်စု -</translation>
        </message>
        <message>
            <source>Nationality:</source>
            <translation>နိုင်ငံသား -</translation>
        </message>
        <message>
            <source>Enter the date they gave their consent.</source>
            <translation>သူတို့ သဘောတူညီချက် ပေးခဲ့သည့်ရက်ကို ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Importing needs their consent to receive services: tick it only if they gave it.</source>
            <translation>တင်သွင်းရန် ဝန်ဆောင်မှု ရယူရန် သဘောတူညီချက် လိုသည် - သူတို့ ပေးခဲ့မှသာ အမှန်ခြစ်ပါ။</translation>
        </message>
        <message>
            <source>The list has no population group column: choose one for everyone.</source>
            <translation>စာရင်းတွင် လူဦးရေအုပ်စု ကော်လံ မရှိပါ - လူအားလုံးအတွက် တစ်ခု ရွေးပါ။</translation>
        </message>
    </context>
    <context>
        <name>ConsentScopesBox</name>
        <message>
            <source>Consents a person may give</source>
            <translation>ပုဂ္ဂိုလ်တစ်ဦး ပေးနိုင်သော သဘောတူညီချက်များ</translation>
        </message>
        <message>
            <source>e.g. Photos in reports</source>
            <translation>ဥပမာ - အစီရင်ခံစာများတွင် ဓာတ်ပုံများ</translation>
        </message>
        <message>
            <source>Add consent</source>
            <translation>သဘောတူညီချက် ထည့်ရန်</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>အမည်ပြောင်းရန်</translation>
        </message>
        <message>
            <source>Each consent has its own history of when it was given or withdrawn, and by whom. Your organisation may add its own; they are kept, never removed, so the history keeps its meaning. Type a new name and choose Rename to correct one.</source>
            <translation>သဘောတူညီချက်တစ်ခုစီတွင် မည်သည့်အချိန်က မည်သူက ပေးခဲ့သည် သို့မဟုတ် ရုပ်သိမ်းခဲ့သည်ကို မှတ်တမ်းတင်ထားသည်။ သင့်အဖွဲ့အစည်းက ကိုယ်ပိုင် သဘောတူညီချက်များ ထည့်နိုင်သည်။ မှတ်တမ်း၏ အဓိပ္ပာယ် မပျက်စေရန် ၎င်းတို့ကို မဖျက်ဘဲ ထားရှိသည်။ ပြင်ဆင်လိုပါက အမည်အသစ် ရိုက်ထည့်ပြီး အမည်ပြောင်းရန် ကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>{scope} (built in)</source>
            <translation>{scope} (မူလပါရှိသည်)</translation>
        </message>
        <message>
            <source>Type the consent's name.</source>
            <translation>သဘောတူညီချက်၏ အမည်ကို ရိုက်ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Use a shorter name.</source>
            <translation>ပိုတိုသော အမည်ကို သုံးပါ။</translation>
        </message>
        <message>
            <source>There is already a consent with this name.</source>
            <translation>ဤအမည်ဖြင့် သဘောတူညီချက် ရှိပြီးဖြစ်သည်။</translation>
        </message>
        <message>
            <source>Added the consent {scope}.</source>
            <translation>သဘောတူညီချက် {scope} ကို ထည့်ပြီးပါပြီ။</translation>
        </message>
        <message>
            <source>Renamed the consent to {scope}.</source>
            <translation>သဘောတူညီချက်ကို {scope} ဟု အမည်ပြောင်းပြီးပါပြီ။</translation>
        </message>
    </context>
    <context>
        <name>ConsentTab</name>
        <message>
            <source>Services from this organisation (required)</source>
            <translation>ဤအဖွဲ့အစည်း၏ ဝန်ဆောင်မှုများ (လိုအပ်သည်)</translation>
        </message>
        <message>
            <source>Referral to other organisations</source>
            <translation>အခြား အဖွဲ့အစည်းများသို့ လွှဲပြောင်းညွှန်းပို့ခြင်း</translation>
        </message>
        <message>
            <source>Use of anonymous data in reports</source>
            <translation>အမည်မဖော်သော ဒေတာကို အစီရင်ခံစာများတွင် အသုံးပြုခြင်း</translation>
        </message>
        <message>
            <source>Explain in the person's language what will be recorded and why, and that they can say no to referral or to data use and still receive services.</source>
            <translation>ဘာကို မှတ်တမ်းတင်မည်၊ ဘာကြောင့် မှတ်တမ်းတင်မည်ကို ထိုသူ၏ ဘာသာစကားဖြင့် ရှင်းပြပါ။ လွှဲပြောင်းညွှန်းပို့ခြင်း သို့မဟုတ် ဒေတာအသုံးပြုခြင်းကို ငြင်းဆိုနိုင်ပြီး ဝန်ဆောင်မှုကို ဆက်ရနိုင်ကြောင်းလည်း ပြောပြပါ။</translation>
        </message>
        <message>
            <source>Date of consent *</source>
            <translation>သဘောတူသည့်ရက် *</translation>
        </message>
        <message>
            <source>The person agrees to</source>
            <translation>ထိုသူက သဘောတူသည်မှာ</translation>
        </message>
        <message>
            <source>How it was given</source>
            <translation>မည်သို့ ပေးခဲ့သနည်း</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>မှတ်တမ်းတင်သူ</translation>
        </message>
        <message>
            <source>Consent to services has been withdrawn: the record is restricted, and no new sessions or referrals can be recorded for this person.</source>
            <translation>ဝန်ဆောင်မှုများအတွက် သဘောတူညီချက်ကို ရုပ်သိမ်းထားပြီး မှတ်တမ်းကို ကန့်သတ်ထားသည်။ ဤသူအတွက် အစည်းအဝေးအသစ် သို့မဟုတ် လွှဲပြောင်းညွှန်းပို့မှုအသစ် မှတ်တမ်းတင်၍ မရပါ။</translation>
        </message>
        <message>
            <source>Consent history</source>
            <translation>သဘောတူညီချက် မှတ်တမ်း</translation>
        </message>
        <message>
            <source>&amp;Grant…</source>
            <translation>သဘောတူညီချက် ပေးမည် (&amp;G)…</translation>
        </message>
        <message>
            <source>Record that the person gives consent</source>
            <translation>ဤသူက သဘောတူညီချက် ပေးကြောင်း မှတ်တမ်းတင်မည်</translation>
        </message>
        <message>
            <source>&amp;Withdraw…</source>
            <translation>ရုပ်သိမ်းမည် (&amp;W)…</translation>
        </message>
        <message>
            <source>Record that the person withdraws consent</source>
            <translation>ဤသူက သဘောတူညီချက်ကို ရုပ်သိမ်းကြောင်း မှတ်တမ်းတင်မည်</translation>
        </message>
        <message>
            <source>Takes effect</source>
            <translation>စတင်သက်ရောက်သည့်ရက်</translation>
        </message>
        <message>
            <source>Consent to</source>
            <translation>သဘောတူညီသည့်အရာ</translation>
        </message>
        <message>
            <source>Given or withdrawn</source>
            <translation>ပေး/ရုပ်သိမ်း</translation>
        </message>
        <message>
            <source>How</source>
            <translation>မည်သို့</translation>
        </message>
        <message>
            <source>Recorded on</source>
            <translation>မှတ်တမ်းတင်သည့်ရက်</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>မှတ်ချက်</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>ပေးသည်</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>မပေးပါ</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>ရုပ်သိမ်းသည်</translation>
        </message>
        <message>
            <source>Erased</source>
            <translation>ဖျက်ပြီး</translation>
        </message>
        <message>
            <source>The person's record has been erased.</source>
            <translation>ဤသူ၏ မှတ်တမ်းကို ဖျက်ပြီးပါပြီ။</translation>
        </message>
    </context>
    <context>
        <name>CoordinatorPage</name>
        <message>
            <source>Coordinator workspace</source>
            <translation>ညှိနှိုင်းရေးမှူး လုပ်ငန်းခွင်</translation>
        </message>
        <message>
            <source>Choose shared folder…</source>
            <translation>မျှဝေဖိုင်တွဲ ရွေးမည်…</translation>
        </message>
        <message>
            <source>Merge now</source>
            <translation>ယခု ပေါင်းစည်းမည်</translation>
        </message>
        <message>
            <source>Not merged yet.</source>
            <translation>မပေါင်းစည်းရသေးပါ။</translation>
        </message>
        <message>
            <source>Accepted bundles</source>
            <translation>လက်ခံထားသော မျှဝေဖိုင်များ</translation>
        </message>
        <message>
            <source>Rejected files (not merged)</source>
            <translation>ငြင်းပယ်ထားသော ဖိုင်များ (မပေါင်းစည်းပါ)</translation>
        </message>
        <message>
            <source>Aggregates CSV…</source>
            <translation>စုစုပေါင်း ကိန်းဂဏန်း CSV…</translation>
        </message>
        <message>
            <source>Aggregates Excel…</source>
            <translation>စုစုပေါင်း ကိန်းဂဏန်း Excel…</translation>
        </message>
        <message>
            <source>Directory (HSDS JSON)…</source>
            <translation>လမ်းညွှန် (HSDS JSON)…</translation>
        </message>
        <message>
            <source>Directory CSV…</source>
            <translation>လမ်းညွှန် CSV…</translation>
        </message>
        <message>
            <source>Export:</source>
            <translation>ထုတ်ရန် -</translation>
        </message>
        <message>
            <source>Merge to see the network's figures.</source>
            <translation>ကွန်ရက်၏ ကိန်းဂဏန်းများကို ကြည့်ရန် ပေါင်းစည်းပါ။</translation>
        </message>
        <message>
            <source>Network setup</source>
            <translation>ကွန်ရက် ပြင်ဆင်မှု</translation>
        </message>
        <message>
            <source>Shares and outcome targets</source>
            <translation>ဝေစုများနှင့် ရလဒ် ပန်းတိုင်များ</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation>နေရာဒေသများ</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>ပေါင်းစည်းရန်</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>ကိန်းဂဏန်းများ</translation>
        </message>
        <message>
            <source>Referrals CSV…</source>
            <translation>လွှဲပြောင်းညွှန်းပို့မှု CSV…</translation>
        </message>
        <message>
            <source>Donor report…</source>
            <translation>အလှူရှင်အတွက် အစီရင်ခံစာ…</translation>
        </message>
        <message>
            <source>5W (HXL)…</source>
            <translation>5W (HXL)…</translation>
        </message>
        <message>
            <source>Who, what, where, when and for whom: people reached per CSO, programme, activity, area and month (CSV or Excel, HXL tagged)</source>
            <translation>မည်သူ၊ ဘာ၊ ဘယ်မှာ၊ ဘယ်အချိန်၊ မည်သူ့အတွက်: CSO၊ အစီအစဉ်၊ လှုပ်ရှားမှု၊ နေရာဒေသနှင့် လအလိုက် ရောက်ရှိကူညီခဲ့သူ (CSV သို့မဟုတ် Excel၊ HXL တဂ်ပါ)</translation>
        </message>
        <message>
            <source>Nothing is merged yet: merging reads the CSOs' files from the shared folder and adds up their counts.</source>
            <translation>မည်သည့်ဖိုင်မျှ မပေါင်းရသေးပါ။ ပေါင်းခြင်းသည် မျှဝေဖိုင်တွဲမှ အဖွဲ့အစည်းများ၏ ဖိုင်များကို ဖတ်ပြီး အရေအတွက်များကို ပေါင်းသည်။</translation>
        </message>
        <message>
            <source>No shared folder chosen.</source>
            <translation>မျှဝေဖိုင်တွဲ မရွေးထားပါ။</translation>
        </message>
        <message>
            <source>Folder: {folder}</source>
            <translation>ဖိုင်တွဲ - {folder}</translation>
        </message>
        <message>
            <source>Folder: {folder} (not reachable now)</source>
            <translation>ဖိုင်တွဲ - {folder} (ယခု မရောက်နိုင်ပါ)</translation>
        </message>
        <message>
            <source>Choose the shared folder</source>
            <translation>မျှဝေဖိုင်တွဲကို ရွေးရန်</translation>
        </message>
        <message>
            <source>Merging…</source>
            <translation>ပေါင်းစည်းနေသည်…</translation>
        </message>
        <message>
            <source>Reading and merging the bundles…</source>
            <translation>မျှဝေဖိုင်များကို ဖတ်ပြီး ပေါင်းစည်းနေသည်…</translation>
        </message>
        <message>
            <source>The merge was cancelled: nothing was merged or written to the folder.</source>
            <translation>ပေါင်းစည်းခြင်းကို ပယ်ဖျက်လိုက်သည် - ဘာမျှ မပေါင်းစည်းရ၊ ဖိုင်တွဲထဲသို့ ဘာမျှ မရေးရပါ။</translation>
        </message>
        <message>
            <source>CSO</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>အမည်</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>ဗားရှင်း</translation>
        </message>
        <message>
            <source>Created (UTC)</source>
            <translation>ဖန်တီးချိန် (UTC)</translation>
        </message>
        <message>
            <source>An older copy; a newer revision was merged.</source>
            <translation>မိတ္တူဟောင်း ဖြစ်သည် - ဗားရှင်းအသစ်ကို ပေါင်းစည်းပြီး။</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ဖိုင်</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>အကြောင်းရင်း</translation>
        </message>
        <message>
            <source>Merged {accepted} of {members} CSOs; {rejected} files rejected.</source>
            <translation>အဖွဲ့အစည်း {members} ခုအနက် {accepted} ခုကို ပေါင်းစည်းပြီး၊ ဖိုင် {rejected} ခု ငြင်းပယ်သည်။</translation>
        </message>
        <message>
            <source>The service directory was written to the folder.</source>
            <translation>ဝန်ဆောင်မှု လမ်းညွှန်ကို ဖိုင်တွဲထဲသို့ ရေးပြီး။</translation>
        </message>
        <message>
            <source>{code} ({name}): two laptops published figures that do not agree; the CSO should sync its team and publish again. The figures of revision {revision} count (revision {other} differs).</source>
            <translation>{code} ({name}) - လက်ပ်တော့ နှစ်လုံးက ထုတ်ပြန်ထားသော ကိန်းဂဏန်းများ တစ်ခုနှင့်တစ်ခု မကိုက်ညီပါ။ အဖွဲ့အစည်းသည် ၎င်း၏ လက်ပ်တော့များကို ချိန်ကိုက်ပြီး ထပ်မံ ထုတ်ပြန်သင့်သည်။ ဗားရှင်း {revision} ၏ ကိန်းဂဏန်းများကို ရေတွက်ထားသည် (ဗားရှင်း {other} နှင့် ကွာခြားသည်)။</translation>
        </message>
        <message>
            <source>{code} ({name}) reopened {month} on {at} (UTC): its figures for that month correct what it published before.</source>
            <translation>{code} ({name}) သည် {month} ကို {at} (UTC) တွင် ပြန်ဖွင့်ခဲ့သည်- ထိုလအတွက် ၎င်း၏ ကိန်းဂဏန်းများသည် ယခင်က ထုတ်ပြန်ခဲ့သည်ကို ပြင်ဆင်သည်။</translation>
        </message>
        <message>
            <source>CSV file (*.csv)</source>
            <translation>CSV ဖိုင် (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel ဖိုင် (*.xlsx)</translation>
        </message>
        <message>
            <source>HSDS JSON (*.json)</source>
            <translation>HSDS JSON (*.json)</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Word စာရွက်စာတမ်း (*.docx)</translation>
        </message>
        <message>
            <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
            <translation>CSV ဖိုင် (*.csv);;Excel ဖိုင် (*.xlsx)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>ထုတ်မည်</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>{file} ကို ရေးနေသည်…</translation>
        </message>
        <message>
            <source>Wrote {file}.</source>
            <translation>{file} ကို ရေးပြီး။</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Saphan hit a problem</source>
            <translation>Saphan တွင် ပြဿနာတစ်ခု ဖြစ်သွားပါသည်</translation>
        </message>
        <message>
            <source>Saphan hit a problem; your data is safe.</source>
            <translation>Saphan တွင် ပြဿနာတစ်ခု ဖြစ်သွားပါသည်။ သင့်အချက်အလက်များ ဘေးကင်းပါသည်။</translation>
        </message>
        <message>
            <source>Everything you saved before this is kept, but Saphan has to close now: start it again. If this happens again, copy the report and send it to the person who looks after Saphan in your organisation. The report holds no names or records.</source>
            <translation>ယခင်က သိမ်းဆည်းထားသမျှ အားလုံး ရှိနေဆဲ ဖြစ်သော်လည်း Saphan ကို ယခု ပိတ်ရပါမည်။ ပြန်ဖွင့်ပါ။ ထပ်မံဖြစ်ပေါ်ပါက အစီရင်ခံစာကို ကူးယူပြီး သင့်အဖွဲ့အစည်းတွင် Saphan ကို တာဝန်ယူထားသူထံ ပို့ပေးပါ။ အစီရင်ခံစာတွင် အမည်များ သို့မဟုတ် မှတ်တမ်းများ မပါဝင်ပါ။</translation>
        </message>
        <message>
            <source>Everything you saved before this is kept. Close this message and carry on; if this happens again, copy the report and send it to the person who looks after Saphan in your organisation. The report holds no names or records.</source>
            <translation>ယခင်က သိမ်းဆည်းထားသမျှ အားလုံး ရှိနေဆဲ ဖြစ်ပါသည်။ ဤစာကို ပိတ်ပြီး ဆက်လုပ်နိုင်ပါသည်။ ထပ်မံဖြစ်ပေါ်ပါက အစီရင်ခံစာကို ကူးယူပြီး သင့်အဖွဲ့အစည်းတွင် Saphan ကို တာဝန်ယူထားသူထံ ပို့ပေးပါ။ အစီရင်ခံစာတွင် အမည်များ သို့မဟုတ် မှတ်တမ်းများ မပါဝင်ပါ။</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>အစီရင်ခံစာ ကူးယူမည်</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>လော့ဂ်ဖိုင်တွဲ ဖွင့်မည်</translation>
        </message>
        <message>
            <source>Problems after this one: {count}.</source>
            <translation>ဤပြဿနာ နောက်တွင် နောက်ထပ် ပြဿနာ {count} ခု ဖြစ်ခဲ့ပါသည်။</translation>
        </message>
        <message>
            <source>The report is copied: paste it into an email or a message.</source>
            <translation>အစီရင်ခံစာကို ကူးယူပြီး။ အီးမေးလ် သို့မဟုတ် စာတစ်စောင်ထဲသို့ ကူးထည့်ပါ။</translation>
        </message>
        <message>
            <source>The log folder is {folder}</source>
            <translation>လော့ဂ်ဖိုင်တွဲမှာ {folder} ဖြစ်ပါသည်</translation>
        </message>
    </context>
    <context>
        <name>CreateTeamDialog</name>
        <message>
            <source>Create a team</source>
            <translation>အဖွဲ့ ဖန်တီးရန်</translation>
        </message>
        <message>
            <source>Choose the team folder: a folder on the office network drive, a synced cloud folder or a USB stick that goes from laptop to laptop. Use a new, empty folder, not the folder you share with the network. Everything Saphan writes there is encrypted.</source>
            <translation>အဖွဲ့ဖိုင်တွဲကို ရွေးပါ - ရုံး ကွန်ရက်ဒရိုက်ပေါ်ရှိ ဖိုင်တွဲ၊ ချိန်ကိုက်ထားသော cloud ဖိုင်တွဲ သို့မဟုတ် လက်ပ်တော့တစ်လုံးမှ တစ်လုံးသို့ သယ်သွားသော USB။ ကွန်ရက်နှင့် မျှဝေသော ဖိုင်တွဲ မဟုတ်ဘဲ ဖိုင်တွဲအသစ်အလွတ်တစ်ခုကို သုံးပါ။ Saphan က ထိုနေရာတွင် ရေးသမျှကို စာဝှက်ထားသည်။</translation>
        </message>
        <message>
            <source>Choose the team folder</source>
            <translation>အဖွဲ့ဖိုင်တွဲကို ရွေးရန်</translation>
        </message>
        <message>
            <source>Laptop 2</source>
            <translation>လက်ပ်တော့ ၂</translation>
        </message>
        <message>
            <source>Save the invitation</source>
            <translation>ဖိတ်ကြားစာ သိမ်းရန်</translation>
        </message>
        <message>
            <source>Team folder</source>
            <translation>အဖွဲ့ဖိုင်တွဲ</translation>
        </message>
        <message>
            <source>Name of this laptop</source>
            <translation>ဤလက်ပ်တော့၏ အမည်</translation>
        </message>
        <message>
            <source>Name of the next laptop</source>
            <translation>နောက်လက်ပ်တော့၏ အမည်</translation>
        </message>
        <message>
            <source>Save its invitation as</source>
            <translation>၎င်း၏ ဖိတ်ကြားစာကို သိမ်းမည့်နေရာ</translation>
        </message>
        <message>
            <source>Create team</source>
            <translation>အဖွဲ့ ဖန်တီးမည်</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <source>Choose the team folder.</source>
            <translation>အဖွဲ့ဖိုင်တွဲကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Enter a name for this laptop.</source>
            <translation>ဤလက်ပ်တော့အတွက် အမည်တစ်ခု ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Choose where to save the invitation.</source>
            <translation>ဖိတ်ကြားစာကို သိမ်းမည့်နေရာ ရွေးပါ။</translation>
        </message>
    </context>
    <context>
        <name>CustomFields</name>
        <message>
            <source>People</source>
            <translation>လူများ</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>အစည်းအဝေးများ</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>စာသား</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>ဂဏန်း</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>ရက်စွဲ</translation>
        </message>
        <message>
            <source>Choice from a list</source>
            <translation>စာရင်းမှ ရွေးချယ်ရန်</translation>
        </message>
        <message>
            <source>Yes or no</source>
            <translation>ဟုတ် သို့မဟုတ် မဟုတ်</translation>
        </message>
        <message>
            <source>Enter a number, for example 3 or 2.5.</source>
            <translation>ဂဏန်းတစ်ခု ထည့်ပါ၊ ဥပမာ 3 သို့မဟုတ် 2.5။</translation>
        </message>
        <message>
            <source>Enter the date as day/month/year, for example 23/11/2024.</source>
            <translation>ရက်စွဲကို ရက်/လ/နှစ် အဖြစ် ထည့်ပါ၊ ဥပမာ 23/11/2024။</translation>
        </message>
        <message>
            <source>Choose one of the answers.</source>
            <translation>အဖြေများထဲမှ တစ်ခုကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Choose yes or no.</source>
            <translation>ဟုတ် သို့မဟုတ် မဟုတ် ကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>This field no longer exists. Close the form and open it again.</source>
            <translation>ဤအကွက် မရှိတော့ပါ။ ပုံစံကို ပိတ်ပြီး ပြန်ဖွင့်ပါ။</translation>
        </message>
        <message>
            <source>This is too long (at most 500 characters).</source>
            <translation>ဤစာသား ရှည်လွန်းသည် (အများဆုံး စာလုံး ၅၀၀)။</translation>
        </message>
        <message>
            <source>Give every answer an English label.</source>
            <translation>အဖြေတိုင်းကို အင်္ဂလိပ်လို အမည်ပေးပါ။</translation>
        </message>
        <message>
            <source>Two answers are the same. Make each one different.</source>
            <translation>အဖြေနှစ်ခု တူနေသည်။ တစ်ခုစီ မတူအောင် ပြင်ပါ။</translation>
        </message>
        <message>
            <source>Give every answer an English label with letters or digits.</source>
            <translation>အဖြေတိုင်းကို အက္ခရာ သို့မဟုတ် ဂဏန်းပါသော အင်္ဂလိပ်အမည် ပေးပါ။</translation>
        </message>
        <message>
            <source>Enter a short code for the field.</source>
            <translation>အကွက်အတွက် ကုဒ်တိုတစ်ခု ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Use 2 to 40 small letters, digits or underscores, starting with a letter (e.g. housing_type).</source>
            <translation>အက္ခရာဖြင့် စ၍ စာလုံးအသေး၊ ဂဏန်း သို့မဟုတ် _ ၂ လုံးမှ ၄၀ လုံးအထိ သုံးပါ (ဥပမာ housing_type)။</translation>
        </message>
        <message>
            <source>Another field has this code. Choose another one.</source>
            <translation>အခြားအကွက်တစ်ခုတွင် ဤကုဒ် ရှိပြီးဖြစ်သည်။ အခြားကုဒ်တစ်ခု ရွေးပါ။</translation>
        </message>
        <message>
            <source>Enter the field's name in English (the other languages are optional).</source>
            <translation>အကွက်၏ အမည်ကို အင်္ဂလိပ်လို ထည့်ပါ (အခြားဘာသာများ မထည့်လည်း ရသည်)။</translation>
        </message>
        <message>
            <source>Add at least one answer to choose from.</source>
            <translation>ရွေးချယ်ရန် အဖြေ အနည်းဆုံး တစ်ခု ထည့်ပါ။</translation>
        </message>
        <message>
            <source>An answer you removed is the answer of some records. Keep it, or change those records first.</source>
            <translation>သင်ဖယ်လိုက်သော အဖြေသည် မှတ်တမ်းအချို့၏ အဖြေ ဖြစ်နေသည်။ ၎င်းကို ထားပါ၊ သို့မဟုတ် ထိုမှတ်တမ်းများကို အရင်ပြင်ပါ။</translation>
        </message>
        <message>
            <source>Use at most 60 answers.</source>
            <translation>အဖြေ အများဆုံး ၆၀ သာ သုံးပါ။</translation>
        </message>
        <message>
            <source>Records have values of this field: its kind cannot change any more.</source>
            <translation>မှတ်တမ်းများတွင် ဤအကွက်၏ တန်ဖိုးများ ရှိနေသည်- ၎င်း၏ အမျိုးအစားကို ပြောင်း၍ မရတော့ပါ။</translation>
        </message>
        <message>
            <source>Records have values of this field: it cannot move between people and sessions.</source>
            <translation>မှတ်တမ်းများတွင် ဤအကွက်၏ တန်ဖိုးများ ရှိနေသည်- လူများနှင့် အစည်းအဝေးများကြား ရွှေ့၍ မရပါ။</translation>
        </message>
        <message>
            <source>Records have values of this field: deactivate it instead.</source>
            <translation>မှတ်တမ်းများတွင် ဤအကွက်၏ တန်ဖိုးများ ရှိနေသည်- ဖျက်မည့်အစား ရပ်ဆိုင်းပါ။</translation>
        </message>
        <message>
            <source>This is too long (at most 120 characters).</source>
            <translation>ဤစာသား ရှည်လွန်းသည် (အများဆုံး စာလုံး ၁၂၀)။</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldsBox</name>
        <message>
            <source>Custom fields</source>
            <translation>စိတ်ကြိုက် အကွက်များ</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>အကွက်</translation>
        </message>
        <message>
            <source>For</source>
            <translation>အတွက်</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>အမျိုးအစား</translation>
        </message>
        <message>
            <source>State</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>ထည့်မည်…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>ပြင်မည်…</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>ရပ်ဆိုင်းမည်</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ဖျက်မည်</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>အပေါ်ရွှေ့မည်</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>အောက်ရွှေ့မည်</translation>
        </message>
        <message>
            <source>Fields your organisation records about people or sessions besides Saphan's own. They show on the person form and when a session is logged, are in the records export and a person's copy of their data, and are never shared with the network. A field with values can be deactivated, not deleted.</source>
            <translation>Saphan ၏ ကိုယ်ပိုင်အကွက်များအပြင် သင့်အဖွဲ့အစည်းက လူများ သို့မဟုတ် အစည်းအဝေးများ အကြောင်း မှတ်တမ်းတင်သော အကွက်များ။ ၎င်းတို့သည် ပုဂ္ဂိုလ်ပုံစံတွင်နှင့် အစည်းအဝေး မှတ်တမ်းတင်ချိန်တွင် ပေါ်ပြီး မှတ်တမ်းထုတ်ယူမှုနှင့် ပုဂ္ဂိုလ်၏ ကိုယ်ပိုင်အချက်အလက် မိတ္တူတွင် ပါဝင်ကာ ကွန်ရက်နှင့် ဘယ်တော့မှ မမျှဝေပါ။ တန်ဖိုးရှိသော အကွက်ကို ရပ်ဆိုင်းနိုင်သော်လည်း ဖျက်၍ မရပါ။</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>လက်ရှိ</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>ရပ်ဆိုင်းထားသည်</translation>
        </message>
        <message>
            <source>Active, must be filled in</source>
            <translation>အသုံးပြုနေသည်၊ မဖြစ်မနေ ဖြည့်ရမည်</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>ပြန်သုံးမည်</translation>
        </message>
        <message>
            <source>Saved the field {field}.</source>
            <translation>{field} အကွက်ကို သိမ်းပြီး။</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>မပြောင်းလဲပါ</translation>
        </message>
        <message>
            <source>The field {field} shows on the forms again.</source>
            <translation>{field} အကွက် ပုံစံများတွင် ပြန်ပေါ်ပြီ။</translation>
        </message>
        <message>
            <source>Deactivated the field {field}: its values are kept.</source>
            <translation>{field} အကွက်ကို ရပ်ဆိုင်းပြီး- ၎င်း၏ တန်ဖိုးများကို ဆက်ထားသည်။</translation>
        </message>
        <message>
            <source>Delete the field?</source>
            <translation>အကွက်ကို ဖျက်မလား။</translation>
        </message>
        <message>
            <source>Delete the field {field}? No record has a value of it yet.</source>
            <translation>{field} အကွက်ကို ဖျက်မလား။ မည်သည့်မှတ်တမ်းတွင်မျှ ၎င်း၏ တန်ဖိုး မရှိသေးပါ။</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>ထားမည်</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldsPanel</name>
        <message>
            <source>Yes</source>
            <translation>ဟုတ်ကဲ့</translation>
        </message>
        <message>
            <source>No</source>
            <translation>မဟုတ်ပါ</translation>
        </message>
        <message>
            <source>Your organisation has added no fields here.</source>
            <translation>သင့်အဖွဲ့အစည်းက ဤနေရာတွင် အကွက်တစ်ခုမျှ မထည့်ရသေးပါ။</translation>
        </message>
        <message>
            <source>(not answered)</source>
            <translation>(မဖြေရသေးပါ)</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>ဂဏန်း</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>အကျဉ်းချုပ်</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>ပြန်ဖွင့်မည်</translation>
        </message>
        <message>
            <source>Count again (F5)</source>
            <translation>ပြန်ရေတွက်မည် (F5)</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>ရေတွက်နေသည်…</translation>
        </message>
        <message>
            <source>From</source>
            <translation>မှ</translation>
        </message>
        <message>
            <source>to</source>
            <translation>မှ</translation>
        </message>
        <message>
            <source>Progress toward targets</source>
            <translation>ပန်းတိုင်ဆီသို့ တိုးတက်မှု</translation>
        </message>
        <message>
            <source>People per month</source>
            <translation>လစဉ် လူဦးရေ</translation>
        </message>
        <message>
            <source>Sex and age</source>
            <translation>ကျား/မ နှင့် အသက်</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>ရလဒ်များ</translation>
        </message>
        <message>
            <source>Unique people over the whole period: someone who came in several months counts once. Months are never added up.</source>
            <translation>ကာလတစ်ခုလုံးအတွင်း လူတစ်ဦးကို တစ်ကြိမ်သာ ရေတွက်သည် - လများစွာ လာသူကိုလည်း တစ်ကြိမ်သာ ရေတွက်သည်။ လများကို ဘယ်တော့မှ ပေါင်းမထည့်ပါ။</translation>
        </message>
        <message>
            <source>“Our share”: the part of the network's target the coordinator set for this CSO in the network file.</source>
            <translation>“ကျွန်ုပ်တို့၏ ဝေစု” - ညှိနှိုင်းရေးမှူးက ကွန်ရက်ဖိုင်တွင် ဤအဖွဲ့အစည်းအတွက် သတ်မှတ်ထားသော ကွန်ရက် ပန်းတိုင်၏ အစိတ်အပိုင်း။</translation>
        </message>
        <message>
            <source>A person counts when their latest “post” score is in the period and they have an earlier “pre” score with the same instrument. Improved: better by at least the instrument's minimal important difference (MID).</source>
            <translation>နောက်ဆုံး ပြီးနောက် (post) ရမှတ်သည် ဤကာလအတွင်း ရှိပြီး တူညီသော မေးခွန်းပုံစံဖြင့် အရင် မစမီ (pre) ရမှတ် ရှိသူကို ရေတွက်သည်။ တိုးတက်သည်- မေးခွန်းပုံစံ၏ အနည်းဆုံး အရေးပါသော ကွာခြားချက် (MID) အထိ သို့မဟုတ် ထို့ထက် ပိုကောင်းလာခြင်း။</translation>
        </message>
        <message>
            <source>Export chart as PNG…</source>
            <translation>ဇယားပုံကို PNG အဖြစ် ထုတ်မည်…</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>အစီအစဉ်</translation>
        </message>
        <message>
            <source>Could not count</source>
            <translation>မရေတွက်နိုင်ပါ</translation>
        </message>
        <message>
            <source>{first} – {last}: {people} people reached by any programme (each person once) · {sessions} sessions · {referrals} referrals</source>
            <translation>{first} – {last}: အစီအစဉ်တစ်ခုခုမှ ရောက်ရှိကူညီခဲ့သူ {people} ဦး (တစ်ဦးကို တစ်ကြိမ်) · အစည်းအဝေး {sessions} ခု · လွှဲပြောင်းညွှန်းပို့မှု {referrals} ခု</translation>
        </message>
        <message>
            <source>Of these, not in the shared figures (no consent to data use): {people}</source>
            <translation>ယင်းတို့အနက် မျှဝေသော ကိန်းဂဏန်းများတွင် မပါသူ (အချက်အလက် အသုံးပြုရန် သဘောတူညီချက် မရှိ)- {people}</translation>
        </message>
        <message>
            <source>All programmes (each person once)</source>
            <translation>အစီအစဉ်အားလုံး (တစ်ဦးကို တစ်ကြိမ်)</translation>
        </message>
        <message>
            <source>{reached} of our share {target} ({percent}%)</source>
            <translation>ကျွန်ုပ်တို့၏ ဝေစု {target} အနက် {reached} ({percent}%)</translation>
        </message>
        <message>
            <source>The coordinator set {target} as this CSO's share of the network's target of {network}.</source>
            <translation>ညှိနှိုင်းရေးမှူးက ကွန်ရက် ပန်းတိုင် {network} အနက် {target} ကို ဤအဖွဲ့အစည်း၏ ဝေစုအဖြစ် သတ်မှတ်ထားသည်။</translation>
        </message>
        <message>
            <source>{reached} of {target} ({percent}%)</source>
            <translation>{target} အနက် {reached} ({percent}%)</translation>
        </message>
        <message>
            <source>{reached} reached (no target)</source>
            <translation>{reached} ဦး ရောက်ရှိ (ပန်းတိုင် မရှိ)</translation>
        </message>
        <message>
            <source>People reached</source>
            <translation>ရောက်ရှိကူညီခဲ့သူ</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>ပန်းတိုင်</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>Our target</source>
            <translation>ကျွန်ုပ်တို့၏ ပန်းတိုင်</translation>
        </message>
        <message>
            <source>Network target</source>
            <translation>ကွန်ရက် ပန်းတိုင်</translation>
        </message>
        <message>
            <source>{programme} · {instrument}</source>
            <translation>{programme} · {instrument}</translation>
        </message>
        <message>
            <source>{people} people with a pre and post score, {improved} improved (≥ {mid})</source>
            <translation>မစမီ (pre) နှင့် ပြီးနောက် (post) ရမှတ် ရှိသူ {people} ဦး၊ {improved} ဦး တိုးတက် (≥ {mid})</translation>
        </message>
        <message>
            <source>Nobody has a pre and a post score with a post in this period yet.</source>
            <translation>ဤကာလအတွင်း ပြီးနောက် (post) ရမှတ်ဖြင့် မစမီ (pre) နှင့် ပြီးနောက် ရမှတ် ရှိသူ မရှိသေးပါ။</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>မေးခွန်းပုံစံ</translation>
        </message>
        <message>
            <source>Pre and post</source>
            <translation>မစမီ နှင့် ပြီးနောက်</translation>
        </message>
        <message>
            <source>Improved</source>
            <translation>တိုးတက်</translation>
        </message>
        <message>
            <source>Not improved</source>
            <translation>မတိုးတက်</translation>
        </message>
        <message>
            <source>People reached (unique in the month)</source>
            <translation>ရောက်ရှိကူညီခဲ့သူ (လအတွင်း တစ်ဦးကို တစ်ကြိမ်)</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>လ</translation>
        </message>
        <message>
            <source>People reached (unique in the period)</source>
            <translation>ရောက်ရှိကူညီခဲ့သူ (ကာလအတွင်း တစ်ဦးကို တစ်ကြိမ်)</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>စုစုပေါင်း</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>အသက်</translation>
        </message>
        <message>
            <source>Export chart as PNG</source>
            <translation>ဇယားပုံကို PNG အဖြစ် ထုတ်ရန်</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG ပုံ (*.png)</translation>
        </message>
        <message>
            <source>Chart not exported</source>
            <translation>ဇယားပုံကို မထုတ်ရသေးပါ</translation>
        </message>
        <message>
            <source>Saphan could not write {path}: {reason}</source>
            <translation>Saphan သည် {path} ကို မရေးနိုင်ပါ - {reason}</translation>
        </message>
        <message>
            <source>Chart saved: {path}</source>
            <translation>ဇယားပုံ သိမ်းပြီး - {path}</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>ရက်/လ/နှစ်</translation>
        </message>
        <message>
            <source>Day/month/year, e.g. 23/11/1990. Buddhist-era years (2533) also work.</source>
            <translation>ရက်/လ/နှစ်၊ ဥပမာ 23/11/1990။ ထိုင်း ဗုဒ္ဓသက္ကရာဇ် နှစ် (2533) ဖြင့်လည်း ရသည်။</translation>
        </message>
        <message>
            <source>Choose from a calendar</source>
            <translation>ပြက္ခဒိန်မှ ရွေးရန်</translation>
        </message>
    </context>
    <context>
        <name>DefaultAreaBox</name>
        <message>
            <source>Where sessions happen</source>
            <translation>အစည်းအဝေးများ ကျင်းပသည့် နေရာ</translation>
        </message>
        <message>
            <source>Log a session starts with this area; staff can choose another. The areas come from the network file (the network's 5W report counts people per area).</source>
            <translation>အစည်းအဝေး မှတ်တမ်းတင်ရာတွင် ဤနေရာဒေသဖြင့် စတင်မည်။ ဝန်ထမ်းများက အခြားနေရာကို ရွေးနိုင်သည်။ နေရာဒေသများသည် ကွန်ရက်ဖိုင်မှ လာသည် (ကွန်ရက်၏ 5W အစီရင်ခံစာသည် နေရာဒေသအလိုက် လူဦးရေကို ရေတွက်သည်)။</translation>
        </message>
        <message>
            <source>The network file lists no areas yet. When the coordinator adds them, choose where your sessions usually happen here.</source>
            <translation>ကွန်ရက်ဖိုင်တွင် နေရာဒေသများ မရှိသေးပါ။ ညှိနှိုင်းရေးမှူးက ထည့်ပြီးသောအခါ သင့်အစည်းအဝေးများ ပုံမှန်ကျင်းပသည့် နေရာကို ဤနေရာတွင် ရွေးပါ။</translation>
        </message>
        <message>
            <source>Usual area</source>
            <translation>ပုံမှန် နေရာဒေသ</translation>
        </message>
        <message>
            <source>Saved the usual area of sessions.</source>
            <translation>အစည်းအဝေးများ၏ ပုံမှန် နေရာဒေသကို သိမ်းဆည်းပြီးပါပြီ။</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <source>Directory</source>
            <translation>ဝန်ဆောင်မှု လမ်းညွှန်</translation>
        </message>
        <message>
            <source>Search services, organisations, areas…</source>
            <translation>ဝန်ဆောင်မှု၊ အဖွဲ့အစည်း၊ နေရာဒေသ ရှာပါ…</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>အမျိုးအစားအားလုံး</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>ဘာသာစကားအားလုံး</translation>
        </message>
        <message>
            <source>All areas</source>
            <translation>နေရာဒေသအားလုံး</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>ပြန်ဖွင့်မည်</translation>
        </message>
        <message>
            <source>Refer a person to this service…</source>
            <translation>ဤဝန်ဆောင်မှုသို့ လူတစ်ဦးကို လွှဲပြောင်းညွှန်းပို့မည်…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>ဖွင့်နေသည်…</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>ဝန်ဆောင်မှု</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>အမျိုးအစား</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>ဘာသာစကားများ</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>နေရာဒေသ</translation>
        </message>
        <message>
            <source>{shown} of {total} services</source>
            <translation>ဝန်ဆောင်မှု {total} ခုအနက် {shown} ခု</translation>
        </message>
        <message>
            <source>No service matches these filters.</source>
            <translation>ဤစစ်ထုတ်ချက်များနှင့် ကိုက်ညီသော ဝန်ဆောင်မှု မရှိပါ။</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>စစ်ထုတ်ချက်များ ရှင်းမည်</translation>
        </message>
        <message>
            <source>You have not joined a network yet: the directory lists the services of the CSOs in it.</source>
            <translation>ကွန်ရက်သို့ မဝင်ရသေးပါ။ လမ်းညွှန်တွင် ကွန်ရက်ထဲရှိ အဖွဲ့အစည်းများ၏ ဝန်ဆောင်မှုများကို ပြသည်။</translation>
        </message>
        <message>
            <source>Join a network…</source>
            <translation>ကွန်ရက်သို့ ဝင်မည်…</translation>
        </message>
        <message>
            <source>Your administrator joins it on the Share page.</source>
            <translation>စီမံခန့်ခွဲသူက မျှဝေရန် စာမျက်နှာတွင် ဝင်ပေးပါမည်။</translation>
        </message>
        <message>
            <source>No services are listed yet: pull the network's file on the Share page, and add your own services.</source>
            <translation>ဝန်ဆောင်မှု မရှိသေးပါ။ မျှဝေရန် စာမျက်နှာတွင် ကွန်ရက်ဖိုင်ကို ရယူပြီး သင့်ဝန်ဆောင်မှုများကို ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Add your services…</source>
            <translation>သင့်ဝန်ဆောင်မှုများ ထည့်မည်…</translation>
        </message>
        <message>
            <source>Choose a service to see its details.</source>
            <translation>အသေးစိတ် ကြည့်ရန် ဝန်ဆောင်မှုတစ်ခု ရွေးပါ။</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <source>Who can use it</source>
            <translation>အသုံးပြုနိုင်သူ</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>ဖွင့်ချိန်</translation>
        </message>
        <message>
            <source>Location / area</source>
            <translation>တည်နေရာ / နေရာဒေသ</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>ဆက်သွယ်ရန်</translation>
        </message>
        <message>
            <source>How to refer</source>
            <translation>လွှဲပြောင်းညွှန်းပို့ပုံ</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>ကုန်ကျစရိတ်</translation>
        </message>
        <message>
            <source>Refer</source>
            <translation>လွှဲပြောင်းညွှန်းပို့မည်</translation>
        </message>
        <message>
            <source>Referral saved.</source>
            <translation>လွှဲပြောင်းညွှန်းပို့မှုကို သိမ်းပြီး။</translation>
        </message>
    </context>
    <context>
        <name>DisabilityTab</name>
        <message>
            <source>Read each question as written. The questions ask about difficulties the person may have doing certain activities because of a health problem.</source>
            <translation>မေးခွန်းတစ်ခုစီကို ရေးထားသည့်အတိုင်း ဖတ်ပါ။ ဤမေးခွန်းများသည် ကျန်းမာရေး ပြဿနာကြောင့် အချို့ကိစ္စများ လုပ်ရာတွင် ထိုသူ ကြုံနိုင်သော အခက်အခဲများကို မေးခြင်း ဖြစ်သည်။</translation>
        </message>
        <message>
            <source>Not asked yet.</source>
            <translation>မမေးရသေးပါ။</translation>
        </message>
        <message>
            <source>Counted as a person with a disability (a lot of difficulty or cannot do at all in at least one domain).</source>
            <translation>မသန်စွမ်းသူအဖြစ် ရေတွက်သည် (အနည်းဆုံး နယ်ပယ်တစ်ခုတွင် အခက်အခဲ အများကြီး ရှိ သို့မဟုတ် လုံးဝ မလုပ်နိုင်)။</translation>
        </message>
        <message>
            <source>Not counted as a person with a disability.</source>
            <translation>မသန်စွမ်းသူအဖြစ် မရေတွက်ပါ။</translation>
        </message>
    </context>
    <context>
        <name>DismissDialog</name>
        <message>
            <source>Dismiss</source>
            <translation>ပယ်မည်</translation>
        </message>
        <message>
            <source>e.g. She moved to Bangkok</source>
            <translation>ဥပမာ သူမ ဘန်ကောက်သို့ ပြောင်းသွားသည်</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <source>Why does this item not need doing? (required)</source>
            <translation>ဤအရာကို ဘာကြောင့် မလုပ်ရန် မလိုသနည်း။ (မဖြစ်မနေ)</translation>
        </message>
    </context>
    <context>
        <name>DonorReport</name>
        <message>
            <source>Female</source>
            <translation>အမျိုးသမီး</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>အမျိုးသား</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>အခြား</translation>
        </message>
        <message>
            <source>Children (0–17)</source>
            <translation>ကလေး (၀–၁၇)</translation>
        </message>
        <message>
            <source>Adults (18–59)</source>
            <translation>လူကြီး (၁၈–၅၉)</translation>
        </message>
        <message>
            <source>Older people (60+)</source>
            <translation>သက်ကြီးရွယ်အို (၆၀+)</translation>
        </message>
        <message>
            <source>withheld</source>
            <translation>ဖုံးထားသည်</translation>
        </message>
        <message>
            <source>at least {n}</source>
            <translation>အနည်းဆုံး {n}</translation>
        </message>
        <message>
            <source>Withheld for privacy (fewer than {k} each)</source>
            <translation>ကိုယ်ရေးလုံခြုံမှုအတွက် ဖုံးထားသည် (တစ်ခုစီ {k} ဦးအောက်)</translation>
        </message>
        <message>
            <source>At least: some CSOs' figures withheld</source>
            <translation>အနည်းဆုံး - အချို့ အဖွဲ့အစည်းများ၏ ကိန်းဂဏန်းများကို ဖုံးထားသည်</translation>
        </message>
        <message>
            <source>People</source>
            <translation>လူများ</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>ပန်းတိုင်</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>ရောက်ရှိ</translation>
        </message>
        <message>
            <source>Gap: {withheld}</source>
            <translation>ကွက်လပ် - {withheld}</translation>
        </message>
        <message>
            <source>{network}: progress report</source>
            <translation>{network} - တိုးတက်မှု အစီရင်ခံစာ</translation>
        </message>
        <message>
            <source>Reporting period: {start} to {end}. Made on {date}.</source>
            <translation>အစီရင်ခံကာလ - {start} မှ {end} အထိ။ {date} တွင် ပြုလုပ်သည်။</translation>
        </message>
        <message>
            <source>Figures merged from {published} of {members} member CSOs. Figures marked “withheld” are small counts kept back to protect the people counted; “at least N” is a total with some such parts.</source>
            <translation>အဖွဲ့ဝင် အဖွဲ့အစည်း {members} ခုအနက် {published} ခု၏ ကိန်းဂဏန်းများကို ပေါင်းစည်းထားသည်။ “ဖုံးထားသည်” ဟု မှတ်ထားသော ကိန်းဂဏန်းများသည် ရေတွက်ခံရသူများကို ကာကွယ်ရန် ထုတ်မပြသော အရေအတွက်ငယ်များ ဖြစ်သည်။ “အနည်းဆုံး N” သည် ထိုသို့သော အစိတ်အပိုင်းများ ပါဝင်သော စုစုပေါင်း ဖြစ်သည်။</translation>
        </message>
        <message>
            <source>Participatory projects: {name}</source>
            <translation>ပူးပေါင်းပါဝင်သော စီမံကိန်းများ - {name}</translation>
        </message>
        <message>
            <source>Progress against the targets</source>
            <translation>ပန်းတိုင်များနှင့် နှိုင်းယှဉ်သော တိုးတက်မှု</translation>
        </message>
        <message>
            <source>People reached over the whole period: each CSO's unique people per programme, added up across CSOs.</source>
            <translation>ကာလတစ်ခုလုံးတွင် ရောက်ရှိကူညီခဲ့သူ - အဖွဲ့အစည်းတစ်ခုစီ၏ အစီအစဉ်တစ်ခုစီရှိ လူတစ်ဦးကို တစ်ကြိမ်သာ ရေတွက်ထားသော အရေအတွက်ကို အဖွဲ့အစည်းများအလိုက် ပေါင်းထားသည်။</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>အစီအစဉ်</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>ကုဒ်</translation>
        </message>
        <message>
            <source>% of target</source>
            <translation>ပန်းတိုင်၏ %</translation>
        </message>
        <message>
            <source>People reached per month</source>
            <translation>လစဉ် ရောက်ရှိကူညီခဲ့သူ</translation>
        </message>
        <message>
            <source>Unique people each month. Months do not add up to the whole period: people come back.</source>
            <translation>လတစ်လစီတွင် လူတစ်ဦးကို တစ်ကြိမ်သာ ရေတွက်သည်။ လူများ ပြန်လာကြသောကြောင့် လများကို ပေါင်းလျှင် ကာလတစ်ခုလုံး၏ အရေအတွက် မရပါ။</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>လ</translation>
        </message>
        <message>
            <source>People reached by sex and age</source>
            <translation>ကျား၊ မ နှင့် အသက်အလိုက် ရောက်ရှိကူညီခဲ့သူ</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>အသက်</translation>
        </message>
        <message>
            <source>Reporting completeness</source>
            <translation>အစီရင်ခံမှု ပြည့်စုံမှု</translation>
        </message>
        <message>
            <source>Which CSOs published figures for which months (✓: the CSO's latest published figures cover the month).</source>
            <translation>မည်သည့် အဖွဲ့အစည်းက မည်သည့်လများအတွက် ကိန်းဂဏန်းများ ထုတ်ပြန်ခဲ့သနည်း (✓ - အဖွဲ့အစည်း၏ နောက်ဆုံး ထုတ်ပြန်ထားသော ကိန်းဂဏန်းများတွင် ထိုလ ပါဝင်သည်)။</translation>
        </message>
        <message>
            <source>CSO</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>CSOs that published</source>
            <translation>ထုတ်ပြန်ခဲ့သော အဖွဲ့အစည်းများ</translation>
        </message>
        <message>
            <source>How these figures were made</source>
            <translation>ဤကိန်းဂဏန်းများကို ပြုလုပ်ပုံ</translation>
        </message>
        <message>
            <source>No record about any person leaves the CSOs: each CSO publishes only counts, signed, and the network adds them up.</source>
            <translation>မည်သည့် ပုဂ္ဂိုလ်၏ မှတ်တမ်းမျှ အဖွဲ့အစည်းများမှ အပြင်သို့ မထွက်ပါ။ အဖွဲ့အစည်းတစ်ခုစီသည် လက်မှတ်ထိုးထားသော အရေအတွက်များကိုသာ ထုတ်ပြန်ပြီး ကွန်ရက်က ၎င်းတို့ကို ပေါင်းသည်။</translation>
        </message>
        <message>
            <source>Suppression: a count from 1 to {last} (below the threshold of {k}) is withheld, and so are some other counts of the same table (complementary suppression), so that a withheld count cannot be worked out from the totals. A withheld count is never shown as 0.</source>
            <translation>ဖုံးကွယ်ခြင်း - ၁ မှ {last} အထိ အရေအတွက် (အနိမ့်ဆုံးကန့်သတ်ချက် {k} အောက်) ကို ဖုံးထားပြီး စုစုပေါင်းများမှ ဖုံးထားသော အရေအတွက်ကို တွက်ထုတ်၍ မရစေရန် ထိုဇယားရှိ အခြား အရေအတွက်အချို့ကိုလည်း ဖုံးထားသည် (ဖြည့်စွက် ဖုံးကွယ်ခြင်း)။ ဖုံးထားသော အရေအတွက်ကို ဘယ်တော့မှ 0 ဟု မပြပါ။</translation>
        </message>
        <message>
            <source>A network total with withheld parts is the sum of the published parts and reads “at least N”: the true figure is higher. Where every part was withheld the total reads “withheld”; in the charts such a bar is a short hatched stub, an at-least bar is hatched over.</source>
            <translation>ဖုံးထားသော အစိတ်အပိုင်းများ ပါဝင်သည့် ကွန်ရက် စုစုပေါင်းသည် ထုတ်ပြန်ထားသော အစိတ်အပိုင်းများ၏ ပေါင်းလဒ် ဖြစ်ပြီး “အနည်းဆုံး N” ဟု ပြသည် - အမှန်တကယ် အရေအတွက်သည် ပိုများသည်။ အစိတ်အပိုင်းအားလုံးကို ဖုံးထားလျှင် စုစုပေါင်းကို “ဖုံးထားသည်” ဟု ပြသည်။ ဇယားပုံများတွင် ထိုသို့သော တိုင်သည် မျဉ်းစောင်းခြစ်ထားသော တိုင်တို ဖြစ်ပြီး အနည်းဆုံး တိုင်ကို မျဉ်းစောင်း ခြစ်ထားသည်။</translation>
        </message>
        <message>
            <source>Unique counting: a person counts once per programme and period, however many sessions they attended. The figures per month do not add up to the figure of the whole period.</source>
            <translation>တစ်ဦးကို တစ်ကြိမ်သာ ရေတွက်ခြင်း - ပုဂ္ဂိုလ်တစ်ဦးသည် အစည်းအဝေး မည်မျှ တက်ရောက်သည်ဖြစ်စေ အစီအစဉ်နှင့် ကာလတစ်ခုစီတွင် တစ်ကြိမ်သာ ရေတွက်သည်။ လစဉ် ကိန်းဂဏန်းများကို ပေါင်းလျှင် ကာလတစ်ခုလုံး၏ ကိန်းဂဏန်း မရပါ။</translation>
        </message>
        <message>
            <source>A person served by two CSOs counts twice in the network's totals: the CSOs do not share who they serve, so the network cannot tell.</source>
            <translation>အဖွဲ့အစည်း နှစ်ခုက ကူညီခဲ့သော ပုဂ္ဂိုလ်တစ်ဦးကို ကွန်ရက်၏ စုစုပေါင်းတွင် နှစ်ကြိမ် ရေတွက်သည် - အဖွဲ့အစည်းများသည် မည်သူ့ကို ကူညီသည်ကို မျှဝေခြင်း မပြုသောကြောင့် ကွန်ရက်က မသိနိုင်ပါ။</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <source>Possible duplicate</source>
            <translation>ထပ်နေနိုင်သော မှတ်တမ်း</translation>
        </message>
        <message>
            <source>This person may already be registered. Check the list below; if one of them is the same person, go back and open their record instead.</source>
            <translation>ဤသူကို စာရင်းသွင်းပြီး ဖြစ်နိုင်သည်။ အောက်ပါစာရင်းကို စစ်ဆေးပါ၊ တစ်ဦးဦးသည် လူတစ်ဦးတည်း ဖြစ်ပါက နောက်ပြန်သွားပြီး ထိုသူ၏ မှတ်တမ်းကို ဖွင့်ပါ။</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>ကုဒ်</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>အမည်</translation>
        </message>
        <message>
            <source>Name (Myanmar/Thai script)</source>
            <translation>အမည် (မြန်မာ/ထိုင်း စာ)</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>ကျား/မ</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>မွေးသည်</translation>
        </message>
        <message>
            <source>Why it may be the same person</source>
            <translation>လူတစ်ဦးတည်း ဖြစ်နိုင်သည့် အကြောင်း</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>နောက်သို့</translation>
        </message>
        <message>
            <source>Save anyway</source>
            <translation>မည်သို့ပင်ဖြစ်စေ သိမ်းမည်</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <source>Erase {code} permanently?</source>
            <translation>{code} ကို အပြီးတိုင် ဖျက်မလား။</translation>
        </message>
        <message>
            <source>Erase permanently</source>
            <translation>အပြီးတိုင် ဖျက်မည်</translation>
        </message>
        <message>
            <source>&lt;p&gt;This removes &lt;b&gt;{code}&lt;/b&gt; and everything recorded about this person — consent, disability answers, assessments, referrals and attendance — from this laptop forever. &lt;b&gt;It cannot be undone.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Use it only when a record must not exist at all, for example when the person asks for it or the record put them at risk. To take someone out of the registry for now, use Delete instead.&lt;/p&gt;&lt;p&gt;Backups made before today still contain the person.&lt;/p&gt;</source>
            <translation>&lt;p&gt;ဤလုပ်ဆောင်ချက်သည် &lt;b&gt;{code}&lt;/b&gt; နှင့် ထိုသူအကြောင်း မှတ်တမ်းတင်ထားသမျှ — သဘောတူညီချက်၊ မသန်စွမ်းမှု အဖြေများ၊ အကဲဖြတ်ချက်များ၊ လွှဲပြောင်းညွှန်းပို့မှုများနှင့် တက်ရောက်မှုများ — ကို ဤလက်ပ်တော့ပေါ်မှ ထာဝရ ဖယ်ရှားမည်။ &lt;b&gt;ပြန်ပြင်၍ မရပါ။&lt;/b&gt;&lt;/p&gt;&lt;p&gt;မှတ်တမ်း လုံးဝ မရှိသင့်သည့်အခါမှသာ သုံးပါ၊ ဥပမာ ထိုသူက တောင်းဆိုသည့်အခါ သို့မဟုတ် မှတ်တမ်းကြောင့် ထိုသူ အန္တရာယ်ရှိနိုင်သည့်အခါ။ စာရင်းမှ ယာယီ ဖယ်ရန် “ဖျက်မည်” ကို သုံးပါ။&lt;/p&gt;&lt;p&gt;ယနေ့မတိုင်မီ ပြုလုပ်ထားသော အရန်မိတ္တူများတွင် ထိုသူ ပါနေဆဲ ဖြစ်သည်။&lt;/p&gt;</translation>
        </message>
        <message>
            <source>To confirm, type the code {code}:</source>
            <translation>အတည်ပြုရန် ကုဒ် {code} ကို ရိုက်ထည့်ပါ -</translation>
        </message>
        <message>
            <source>e.g. the person asked for it on 3 May</source>
            <translation>ဥပမာ ထိုသူက မေ ၃ ရက်တွင် တောင်းဆိုခဲ့သည်</translation>
        </message>
        <message>
            <source>Reason, kept in the audit trail (optional; write no name):</source>
            <translation>အကြောင်းရင်း၊ လုပ်ဆောင်ချက်မှတ်တမ်းတွင် သိမ်းမည် (မဖြစ်မနေ မဟုတ်ပါ၊ အမည် မရေးပါနှင့်):</translation>
        </message>
    </context>
    <context>
        <name>EraseDueDialog</name>
        <message>
            <source>Erase {count} people permanently?</source>
            <translation>လူ {count} ဦးကို အပြီးတိုင် ဖျက်မလား။</translation>
        </message>
        <message>
            <source>&lt;p&gt;Everything recorded about these {count} people is erased from this laptop, and from your team's other laptops at their next sync. &lt;b&gt;It cannot be undone.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Backups made before today still contain them.&lt;/p&gt;</source>
            <translation>&lt;p&gt;ဤလူ {count} ဦးအကြောင်း မှတ်တမ်းတင်ထားသမျှကို ဤလက်ပ်တော့ပေါ်မှ ဖျက်မည်၊ သင့်အဖွဲ့၏ အခြားလက်ပ်တော့များမှလည်း ၎င်းတို့ နောက်တစ်ကြိမ် ချိန်ကိုက်သည့်အခါ ဖျက်မည်။ &lt;b&gt;ပြန်ပြင်၍ မရပါ။&lt;/b&gt;&lt;/p&gt;&lt;p&gt;ယနေ့မတိုင်မီ ပြုလုပ်ထားသော အရန်မိတ္တူများတွင် ၎င်းတို့ ပါနေဆဲ ဖြစ်သည်။&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Retention rule: cases closed more than {years} years ago</source>
            <translation>သိမ်းဆည်းထားမှု စည်းမျဉ်း - လွန်ခဲ့သော {years} နှစ်ကျော်က ပိတ်ခဲ့သော ကိစ္စရပ်များ</translation>
        </message>
        <message>
            <source>Erase permanently</source>
            <translation>အပြီးတိုင် ဖျက်မည်</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <source>Reason, kept in the audit trail (write no name):</source>
            <translation>အကြောင်းရင်း၊ လုပ်ဆောင်ချက်မှတ်တမ်းတွင် သိမ်းမည် (အမည် မရေးပါနှင့်):</translation>
        </message>
        <message>
            <source>To confirm, type the number of people ({count}):</source>
            <translation>အတည်ပြုရန် လူဦးရေ ({count}) ကို ရိုက်ထည့်ပါ:</translation>
        </message>
    </context>
    <context>
        <name>FieldDialog</name>
        <message>
            <source>Add a custom field</source>
            <translation>စိတ်ကြိုက် အကွက် ထည့်ရန်</translation>
        </message>
        <message>
            <source>Change a custom field</source>
            <translation>စိတ်ကြိုက် အကွက် ပြင်ရန်</translation>
        </message>
        <message>
            <source>Add field</source>
            <translation>အကွက် ထည့်မည်</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>ပြင်ဆင်ချက်များ သိမ်းမည်</translation>
        </message>
        <message>
            <source>For</source>
            <translation>အတွက်</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>အမျိုးအစား</translation>
        </message>
        <message>
            <source>Name in English</source>
            <translation>အင်္ဂလိပ်လို အမည်</translation>
        </message>
        <message>
            <source>Name in Burmese</source>
            <translation>မြန်မာလို အမည်</translation>
        </message>
        <message>
            <source>Name in Thai</source>
            <translation>ထိုင်းလို အမည်</translation>
        </message>
        <message>
            <source>e.g. Housing</source>
            <translation>ဥပမာ Housing</translation>
        </message>
        <message>
            <source>How imports and exports name the field. It cannot change later.</source>
            <translation>တင်သွင်းမှုနှင့် ထုတ်ယူမှုများတွင် ဤအကွက်ကို ခေါ်သော အမည်။ နောက်မှ ပြောင်း၍ မရပါ။</translation>
        </message>
        <message>
            <source>Code *</source>
            <translation>ကုဒ် *</translation>
        </message>
        <message>
            <source>Must be filled in</source>
            <translation>မဖြစ်မနေ ဖြည့်ရမည်</translation>
        </message>
        <message>
            <source>Answers to choose from</source>
            <translation>ရွေးချယ်ရန် အဖြေများ</translation>
        </message>
        <message>
            <source>English *</source>
            <translation>အင်္ဂလိပ် *</translation>
        </message>
        <message>
            <source>Burmese</source>
            <translation>မြန်မာ</translation>
        </message>
        <message>
            <source>Thai</source>
            <translation>ထိုင်း</translation>
        </message>
        <message>
            <source>Add answer</source>
            <translation>အဖြေ ထည့်မည်</translation>
        </message>
        <message>
            <source>Remove answer</source>
            <translation>အဖြေ ဖယ်မည်</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the list to import</source>
            <translation>တင်သွင်းမည့် စာရင်းကို ရွေးရန်</translation>
        </message>
        <message>
            <source>An Excel (.xlsx) or CSV file with one person per row and a row of column titles above them. Nothing is imported before you have checked every row.</source>
            <translation>အတန်းတစ်ခုလျှင် လူတစ်ဦးနှင့် အပေါ်တွင် ကော်လံခေါင်းစဉ် အတန်းပါသော Excel (.xlsx) သို့မဟုတ် CSV ဖိုင်။ အတန်းတိုင်းကို မစစ်ဆေးမီ ဘာမျှ မတင်သွင်းပါ။</translation>
        </message>
        <message>
            <source>Choose a file, or paste its path here</source>
            <translation>ဖိုင်တစ်ခု ရွေးပါ သို့မဟုတ် ၎င်း၏ လမ်းကြောင်းကို ဤနေရာတွင် ကူးထည့်ပါ</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>ဖိုင် ရွေးမည်…</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>စာမျက်နှာ -</translation>
        </message>
        <message>
            <source>Download the template…</source>
            <translation>နမူနာပုံစံ ဒေါင်းလုဒ်လုပ်မည်…</translation>
        </message>
        <message>
            <source>No list yet, or columns that do not fit? The template has the columns Saphan knows, an example row and notes in English, Burmese and Thai.</source>
            <translation>စာရင်း မရှိသေးဘူးလား၊ ကော်လံများ မကိုက်ညီဘူးလား။ နမူနာပုံစံတွင် Saphan သိသော ကော်လံများ၊ ဥပမာ အတန်းနှင့် အင်္ဂလိပ်၊ မြန်မာ၊ ထိုင်း မှတ်ချက်များ ပါသည်။</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</source>
            <translation>ဇယားဖိုင်များ (*.xlsx *.xlsm *.csv *.txt)</translation>
        </message>
        <message>
            <source>This file cannot be opened. Check that it exists.</source>
            <translation>ဤဖိုင်ကို မဖွင့်နိုင်ပါ။ ဖိုင် ရှိမရှိ စစ်ဆေးပါ။</translation>
        </message>
        <message>
            <source>{rows} rows found below the column titles in row {header}.</source>
            <translation>အတန်း {header} ရှိ ကော်လံခေါင်းစဉ်များ အောက်တွင် အတန်း {rows} ခု တွေ့သည်။</translation>
        </message>
        <message>
            <source>Save the import template</source>
            <translation>တင်သွင်းရေး နမူနာပုံစံကို သိမ်းရန်</translation>
        </message>
        <message>
            <source>Saphan import template.xlsx</source>
            <translation>Saphan import template.xlsx</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel ဖိုင် (*.xlsx)</translation>
        </message>
        <message>
            <source>The template could not be saved there. Choose another folder.</source>
            <translation>နမူနာပုံစံကို ထိုနေရာတွင် မသိမ်းနိုင်ပါ။ အခြား ဖိုင်တွဲ ရွေးပါ။</translation>
        </message>
        <message>
            <source>Template saved as {path}.</source>
            <translation>နမူနာပုံစံကို {path} အဖြစ် သိမ်းပြီး။</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search by code, name or phone</source>
            <translation>ကုဒ်၊ အမည် သို့မဟုတ် ဖုန်းဖြင့် ရှာပါ</translation>
        </message>
        <message>
            <source>All sexes</source>
            <translation>ကျား/မ အားလုံး</translation>
        </message>
        <message>
            <source>All ages</source>
            <translation>အသက်အားလုံး</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>အုပ်စုအားလုံး</translation>
        </message>
        <message>
            <source>All programmes</source>
            <translation>အစီအစဉ်အားလုံး</translation>
        </message>
        <message>
            <source>People who attended a session of this programme</source>
            <translation>ဤအစီအစဉ်၏ အစည်းအဝေးကို တက်ရောက်ခဲ့သူများ</translation>
        </message>
        <message>
            <source>Active and closed</source>
            <translation>ဆောင်ရွက်ဆဲနှင့် ပိတ်ပြီး</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>စစ်ထုတ်မှုများ ရှင်းမည်</translation>
        </message>
        <message>
            <source>Search by code or name</source>
            <translation>ကုဒ် သို့မဟုတ် အမည်ဖြင့် ရှာပါ</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Cancel</source>
            <translation>မလုပ်တော့ပါ</translation>
        </message>
    </context>
    <context>
        <name>FormProblems</name>
        <message>
            <source>A formula or condition of the instrument cannot be read. Nothing was saved.</source>
            <translation>တိုင်းတာကိရိယာ၏ ပုံသေနည်း သို့မဟုတ် အခြေအနေတစ်ခုကို ဖတ်၍ မရပါ။ ဘာမျှ မသိမ်းရသေးပါ။</translation>
        </message>
        <message>
            <source>The instrument's definition has problems, so it was not saved. Nothing changed.</source>
            <translation>တိုင်းတာကိရိယာ၏ အဓိပ္ပာယ်ဖွင့်ဆိုချက်တွင် ပြဿနာများ ရှိသဖြင့် မသိမ်းရပါ။ ဘာမျှ မပြောင်းလဲပါ။</translation>
        </message>
        <message>
            <source>The file is not an Excel workbook (.xlsx).</source>
            <translation>ဤဖိုင်သည် Excel ဖိုင် (.xlsx) မဟုတ်ပါ။</translation>
        </message>
        <message>
            <source>The file is too large, or packed in a way Saphan does not open.</source>
            <translation>ဖိုင်သည် ကြီးလွန်းသည်၊ သို့မဟုတ် Saphan မဖွင့်သော ပုံစံဖြင့် ချုံ့ထားသည်။</translation>
        </message>
        <message>
            <source>The file cannot be read as an Excel workbook.</source>
            <translation>ဤဖိုင်ကို Excel ဖိုင်အဖြစ် ဖတ်၍ မရပါ။</translation>
        </message>
        <message>
            <source>The sheet is missing.</source>
            <translation>ဤစာမျက်နှာ မပါပါ။</translation>
        </message>
        <message>
            <source>The sheet has more than {limit} rows.</source>
            <translation>စာမျက်နှာတွင် အတန်း {limit} ထက် ပိုများသည်။</translation>
        </message>
        <message>
            <source>The sheet has more than {limit} columns.</source>
            <translation>စာမျက်နှာတွင် ကော်လံ {limit} ထက် ပိုများသည်။</translation>
        </message>
        <message>
            <source>A cell is longer than {limit} characters.</source>
            <translation>အကွက်တစ်ကွက်သည် စာလုံး {limit} ထက် ပိုရှည်သည်။</translation>
        </message>
        <message>
            <source>The column '{column}' appears twice.</source>
            <translation>ကော်လံ '{column}' နှစ်ကြိမ် ပါနေသည်။</translation>
        </message>
        <message>
            <source>The column '{column}' is missing.</source>
            <translation>ကော်လံ '{column}' မပါပါ။</translation>
        </message>
        <message>
            <source>The column '{column}' is in a language Saphan cannot show. Use English (en), Burmese (my), Thai (th) or Sgaw Karen (ksw).</source>
            <translation>ကော်လံ '{column}' သည် Saphan မပြနိုင်သော ဘာသာစကား ဖြစ်သည်။ English (en)၊ Burmese (my)၊ Thai (th) သို့မဟုတ် Sgaw Karen (ksw) ကို သုံးပါ။</translation>
        </message>
        <message>
            <source>The columns '{column}' and '{other}' are in the same language.</source>
            <translation>ကော်လံ '{column}' နှင့် '{other}' သည် ဘာသာစကား တစ်ခုတည်း ဖြစ်နေသည်။</translation>
        </message>
        <message>
            <source>The form has no questions.</source>
            <translation>ပုံစံတွင် မေးခွန်း မရှိပါ။</translation>
        </message>
        <message>
            <source>The type '{type}' cannot be imported. Use select_one LIST, integer, calculate or note.</source>
            <translation>အမျိုးအစား '{type}' ကို တင်သွင်း၍ မရပါ။ select_one LIST၊ integer၊ calculate သို့မဟုတ် note ကို သုံးပါ။</translation>
        </message>
        <message>
            <source>Groups and repeats cannot be imported. List the questions one after another.</source>
            <translation>group နှင့် repeat များကို တင်သွင်း၍ မရပါ။ မေးခွန်းများကို တစ်ခုပြီးတစ်ခု စီရေးပါ။</translation>
        </message>
        <message>
            <source>A note is read only before the first question, as the introduction.</source>
            <translation>note ကို ပထမ မေးခွန်းမတိုင်မီတွင်သာ နိဒါန်းအဖြစ် ဖတ်သည်။</translation>
        </message>
        <message>
            <source>The row has no name.</source>
            <translation>ဤအတန်းတွင် name မရှိပါ။</translation>
        </message>
        <message>
            <source>The name '{name}' must be up to 40 letters, digits or _, not starting with a digit.</source>
            <translation>name '{name}' သည် စာလုံး၊ ဂဏန်း သို့မဟုတ် _ အများဆုံး ၄၀ လုံး ဖြစ်ရမည်၊ ဂဏန်းဖြင့် မစရပါ။</translation>
        </message>
        <message>
            <source>The name '{name}' is used twice (also on row {other}).</source>
            <translation>name '{name}' ကို နှစ်ကြိမ် သုံးထားသည် (အတန်း {other} တွင်လည်း)။</translation>
        </message>
        <message>
            <source>The choice list '{list}' does not exist.</source>
            <translation>ရွေးချယ်စရာစာရင်း '{list}' မရှိပါ။</translation>
        </message>
        <message>
            <source>The choice list '{list}' does not exist: the form has no choices sheet.</source>
            <translation>ရွေးချယ်စရာစာရင်း '{list}' မရှိပါ - ပုံစံတွင် choices စာမျက်နှာ မပါပါ။</translation>
        </message>
        <message>
            <source>'{name}' has no English label (label::English (en)).</source>
            <translation>'{name}' တွင် အင်္ဂလိပ် label (label::English (en)) မရှိပါ။</translation>
        </message>
        <message>
            <source>'{column}' must be yes or no, not '{value}'.</source>
            <translation>'{column}' သည် yes သို့မဟုတ် no ဖြစ်ရမည်၊ '{value}' မဟုတ်ရပါ။</translation>
        </message>
        <message>
            <source>Only a select_one question can be reverse-scored.</source>
            <translation>select_one မေးခွန်းကိုသာ ပြောင်းပြန် အမှတ်ပေးနိုင်သည်။</translation>
        </message>
        <message>
            <source>An integer question needs the constraint '. &gt;= MIN and . &lt;= MAX' (at most {limit} numbers apart).</source>
            <translation>integer မေးခွန်းတွင် constraint '. &gt;= MIN and . &lt;= MAX' လိုအပ်သည် (ကွာခြားချက် အများဆုံး {limit})။</translation>
        </message>
        <message>
            <source>The calculate row '{name}' has no calculation.</source>
            <translation>calculate အတန်း '{name}' တွင် calculation မရှိပါ။</translation>
        </message>
        <message>
            <source>'{column}' refers to '{name}', which is not a question or score of this form.</source>
            <translation>'{column}' သည် '{name}' ကို ညွှန်းထားသော်လည်း ၎င်းသည် ဤပုံစံ၏ မေးခွန်း သို့မဟုတ် ရမှတ် မဟုတ်ပါ။</translation>
        </message>
        <message>
            <source>The calculations {cycle} refer to each other in a circle.</source>
            <translation>calculation {cycle} တို့သည် တစ်ခုနှင့်တစ်ခု စက်ဝိုင်းပုံ ပြန်ညွှန်းနေသည်။</translation>
        </message>
        <message>
            <source>'{column}' is not an expression Saphan can work out: {reason}</source>
            <translation>'{column}' သည် Saphan တွက်ချက်နိုင်သော ဖော်မြူလာ မဟုတ်ပါ - {reason}</translation>
        </message>
        <message>
            <source>The choice value '{value}' is not a whole number.</source>
            <translation>ရွေးချယ်စရာ တန်ဖိုး '{value}' သည် ကိန်းပြည့် မဟုတ်ပါ။</translation>
        </message>
        <message>
            <source>The choice value '{value}' is in the list '{list}' twice (also on row {other}).</source>
            <translation>ရွေးချယ်စရာ တန်ဖိုး '{value}' သည် စာရင်း '{list}' တွင် နှစ်ကြိမ် ပါနေသည် (အတန်း {other} တွင်လည်း)။</translation>
        </message>
        <message>
            <source>The settings have no form_id.</source>
            <translation>settings တွင် form_id မရှိပါ။</translation>
        </message>
        <message>
            <source>The form_id '{value}' cannot be an instrument code: use 2-40 lowercase letters, digits or _, starting with a letter.</source>
            <translation>form_id '{value}' ကို မေးခွန်းပုံစံ ကုဒ်အဖြစ် သုံး၍ မရပါ - အက္ခရာ အသေး၊ ဂဏန်း သို့မဟုတ် _ ၂ လုံးမှ ၄၀ လုံးအထိ၊ အက္ခရာဖြင့် စပါ။</translation>
        </message>
        <message>
            <source>The version '{value}' is not a whole number from 1 to 1000000.</source>
            <translation>version '{value}' သည် ၁ မှ ၁၀၀၀၀၀၀ အတွင်း ကိန်းပြည့် မဟုတ်ပါ။</translation>
        </message>
        <message>
            <source>'{column}' must be a number, not '{value}'.</source>
            <translation>'{column}' သည် ဂဏန်း ဖြစ်ရမည်၊ '{value}' မဟုတ်ရပါ။</translation>
        </message>
        <message>
            <source>saphan_mid must be a number above 0, not '{value}'.</source>
            <translation>saphan_mid သည် 0 ထက် ကြီးသော ဂဏန်း ဖြစ်ရမည်၊ '{value}' မဟုတ်ရပါ။</translation>
        </message>
        <message>
            <source>The setting '{column}' is missing.</source>
            <translation>setting '{column}' မပါပါ။</translation>
        </message>
        <message>
            <source>saphan_result names '{name}', which is not a calculate row.</source>
            <translation>saphan_result သည် '{name}' ကို ဖော်ပြထားသော်လည်း ၎င်းသည် calculate အတန်း မဟုတ်ပါ။</translation>
        </message>
        <message>
            <source>The form has no calculate row, so there is no score.</source>
            <translation>ပုံစံတွင် calculate အတန်း မရှိသဖြင့် ရမှတ် မရှိပါ။</translation>
        </message>
        <message>
            <source>The score's range is unknown: give saphan_min and saphan_max, or bands.</source>
            <translation>ရမှတ်၏ အပိုင်းအခြားကို မသိပါ - saphan_min နှင့် saphan_max သို့မဟုတ် bands ကို ထည့်ပါ။</translation>
        </message>
        <message>
            <source>saphan_min must be below saphan_max.</source>
            <translation>saphan_min သည် saphan_max ထက် ငယ်ရမည်။</translation>
        </message>
        <message>
            <source>The code '{value}' must be 2-40 lowercase letters, digits or _, starting with a letter.</source>
            <translation>ကုဒ် '{value}' သည် အက္ခရာ အသေး၊ ဂဏန်း သို့မဟုတ် _ ၂ လုံးမှ ၄၀ လုံးအထိ ဖြစ်ရမည်၊ အက္ခရာဖြင့် စရမည်။</translation>
        </message>
        <message>
            <source>The code '{value}' is used twice (also on row {other}).</source>
            <translation>ကုဒ် '{value}' ကို နှစ်ကြိမ် သုံးထားသည် (အတန်း {other} တွင်လည်း)။</translation>
        </message>
        <message>
            <source>The band goes from {start} to {end}: 'from' must not be above 'to'.</source>
            <translation>အဆင့်သည် {start} မှ {end} အထိ ဖြစ်နေသည် - 'from' သည် 'to' ထက် မကြီးရပါ။</translation>
        </message>
        <message>
            <source>The band overlaps the band on row {other}.</source>
            <translation>ဤအဆင့်သည် အတန်း {other} ရှိ အဆင့်နှင့် ထပ်နေသည်။</translation>
        </message>
        <message>
            <source>There is a gap between this band and the band on row {other}.</source>
            <translation>ဤအဆင့်နှင့် အတန်း {other} ရှိ အဆင့်ကြားတွင် ကွက်လပ် ရှိနေသည်။</translation>
        </message>
        <message>
            <source>The band lies outside the score's range, {start} to {end}.</source>
            <translation>ဤအဆင့်သည် ရမှတ်၏ အပိုင်းအခြား {start} မှ {end} အပြင်ဘက်တွင် ရှိနေသည်။</translation>
        </message>
        <message>
            <source>The alert has no 'when' expression.</source>
            <translation>သတိပေးချက်တွင် 'when' ဖော်မြူလာ မရှိပါ။</translation>
        </message>
        <message>
            <source>This is not a valid XLSForm: {reason}</source>
            <translation>ဤဖိုင်သည် မှန်ကန်သော XLSForm မဟုတ်ပါ - {reason}</translation>
        </message>
        <message>
            <source>'{column}' refers to '{name}', which is worked out only after this row.</source>
            <translation>'{column}' သည် '{name}' ကို ညွှန်းထားသော်လည်း ၎င်းကို ဤအတန်းပြီးမှသာ တွက်ချက်သည်။</translation>
        </message>
        <message>
            <source>The choice list name '{list}' must be up to 40 letters, digits or _.</source>
            <translation>ရွေးချယ်စရာစာရင်း အမည် '{list}' သည် စာလုံး၊ ဂဏန်း သို့မဟုတ် _ အများဆုံး ၄၀ လုံး ဖြစ်ရမည်။</translation>
        </message>
        <message>
            <source>The instrument is not valid: {reason}</source>
            <translation>မေးခွန်းပုံစံ မမှန်ကန်ပါ - {reason}</translation>
        </message>
        <message>
            <source>The form was not imported because it has problems. Nothing changed.</source>
            <translation>ပုံစံတွင် ပြဿနာများ ရှိသဖြင့် မတင်သွင်းရပါ။ ဘာမှ မပြောင်းလဲပါ။</translation>
        </message>
    </context>
    <context>
        <name>FormProblemsDialog</name>
        <message>
            <source>Instrument not imported</source>
            <translation>မေးခွန်းပုံစံ မတင်သွင်းရပါ</translation>
        </message>
        <message>
            <source>{file} was not imported and nothing was changed. Mend these rows in the workbook and import it again.</source>
            <translation>{file} ကို မတင်သွင်းရပါ၊ ဘာမှ မပြောင်းလဲပါ။ ဖိုင်ထဲရှိ ဤအတန်းများကို ပြင်ပြီး ထပ်မံ တင်သွင်းပါ။</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>စာမျက်နှာ</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>အတန်း</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>ပြဿနာ</translation>
        </message>
        <message>
            <source>(the file)</source>
            <translation>(ဖိုင်တစ်ခုလုံး)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ပိတ်မည်</translation>
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <source>Add a goal</source>
            <translation>ရည်မှန်းချက် ထည့်ရန်</translation>
        </message>
        <message>
            <source>Change the goal</source>
            <translation>ရည်မှန်းချက် ပြောင်းရန်</translation>
        </message>
        <message>
            <source>Add goal</source>
            <translation>ရည်မှန်းချက် ထည့်မည်</translation>
        </message>
        <message>
            <source>Save goal</source>
            <translation>ရည်မှန်းချက် သိမ်းမည်</translation>
        </message>
        <message>
            <source>e.g. Sleeps through the night again</source>
            <translation>ဥပမာ ညဘက် ပြန်လည် အိပ်ပျော်သည်</translation>
        </message>
        <message>
            <source>Goal *</source>
            <translation>ရည်မှန်းချက် *</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>အခြေအနေ</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>Sessions, assessments and referrals appear here once the person is registered.</source>
            <translation>ထိုသူကို စာရင်းသွင်းပြီးသည်နှင့် အစည်းအဝေး၊ အကဲဖြတ်ချက်နှင့် လွှဲပြောင်းညွှန်းပို့မှုများ ဤနေရာတွင် ပေါ်လာမည်။</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>ရက်စွဲ</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>လှုပ်ရှားမှု</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>အစီအစဉ်</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>ခေါင်းစဉ်</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>လမ်းညွှန်ဆောင်ရွက်သူ</translation>
        </message>
        <message>
            <source>Assess wellbeing…</source>
            <translation>စိတ်ချမ်းသာမှု အကဲဖြတ်မည်…</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>မေးခွန်းပုံစံ</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>အဆင့်</translation>
        </message>
        <message>
            <source>Raw score</source>
            <translation>မူလ ရမှတ်</translation>
        </message>
        <message>
            <source>Score (0–100)</source>
            <translation>ရမှတ် (0–100)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>မှတ်ချက်</translation>
        </message>
        <message>
            <source>Refer…</source>
            <translation>လွှဲပြောင်းညွှန်းပို့မည်…</translation>
        </message>
        <message>
            <source>Print slip…</source>
            <translation>စလစ် ထုတ်မည်…</translation>
        </message>
        <message>
            <source>A referral slip in the person's language, for the selected referral</source>
            <translation>ရွေးထားသော လွှဲပြောင်းညွှန်းပို့မှုအတွက် ထိုသူ၏ ဘာသာစကားဖြင့် လွှဲပြောင်းစလစ်</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>ဝန်ဆောင်မှု</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>အရေးတကြီး အဆင့်</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <source>Follow up by</source>
            <translation>ဆက်လက်ကြည့်ရှုရမည့်ရက်</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>တုံ့ပြန်ချက်</translation>
        </message>
        <message>
            <source>Could not load the history</source>
            <translation>မှတ်တမ်းသမိုင်းကို မဖွင့်နိုင်ပါ</translation>
        </message>
        <message>
            <source>Sessions attended ({count})</source>
            <translation>တက်ရောက်ခဲ့သော အစည်းအဝေးများ ({count})</translation>
        </message>
        <message>
            <source>No sessions attended yet.</source>
            <translation>တက်ရောက်ခဲ့သော အစည်းအဝေး မရှိသေးပါ။</translation>
        </message>
        <message>
            <source>Wellbeing assessments ({count})</source>
            <translation>စိတ်ချမ်းသာမှု အကဲဖြတ်ချက်များ ({count})</translation>
        </message>
        <message>
            <source>No assessments yet.</source>
            <translation>အကဲဖြတ်ချက် မရှိသေးပါ။</translation>
        </message>
        <message>
            <source>Poor wellbeing: consider follow-up</source>
            <translation>စိတ်ချမ်းသာမှု နည်းသည် - ဆက်လက်ကြည့်ရှုရန် စဉ်းစားပါ</translation>
        </message>
        <message>
            <source>Alert: follow up</source>
            <translation>သတိပေးချက် - နောက်ဆက်တွဲ ဆောင်ရွက်ပါ</translation>
        </message>
        <message>
            <source>Before/after: a change is shown once there is a “before” and an “after” WHO-5 assessment.</source>
            <translation>မတိုင်မီ/ပြီးနောက် - WHO-5 “မတိုင်မီ” နှင့် “ပြီးနောက်” အကဲဖြတ်ချက် နှစ်ခုလုံး ရှိမှ ပြောင်းလဲမှုကို ပြမည်။</translation>
        </message>
        <message>
            <source>Before/after (WHO-5): {pre} on {pre_date} → {post} on {post_date}: &lt;b style='color:{colour}'&gt;{sign}{change} points&lt;/b&gt;</source>
            <translation>မတိုင်မီ/ပြီးနောက် (WHO-5): {pre_date} တွင် {pre} → {post_date} တွင် {post}: &lt;b style='color:{colour}'&gt;{sign}{change} မှတ်&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Referrals ({count})</source>
            <translation>လွှဲပြောင်းညွှန်းပို့မှုများ ({count})</translation>
        </message>
        <message>
            <source>No referrals yet.</source>
            <translation>လွှဲပြောင်းညွှန်းပို့မှု မရှိသေးပါ။</translation>
        </message>
        <message>
            <source>No referrals yet. The record has no consent to referral.</source>
            <translation>လွှဲပြောင်းညွှန်းပို့မှု မရှိသေးပါ။ မှတ်တမ်းတွင် လွှဲပြောင်းရန် သဘောတူညီချက် မရှိပါ။</translation>
        </message>
        <message>
            <source>{state} on {date}</source>
            <translation>{date} တွင် {state}</translation>
        </message>
        <message>
            <source>Status not saved</source>
            <translation>အခြေအနေကို မသိမ်းရသေးပါ</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>လွှဲပြောင်းညွှန်းပို့မှု</translation>
        </message>
        <message>
            <source>Save the referral slip</source>
            <translation>လွှဲပြောင်းစလစ်ကို သိမ်းရန်</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Word စာရွက်စာတမ်း (*.docx)</translation>
        </message>
        <message>
            <source>Slip not saved</source>
            <translation>စလစ်ကို မသိမ်းရသေးပါ</translation>
        </message>
        <message>
            <source>Saphan could not write {path}: {reason}</source>
            <translation>Saphan သည် {path} ကို မရေးနိုင်ပါ - {reason}</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Difficulty seeing</source>
            <translation>မြင်ရာတွင် အခက်အခဲ</translation>
        </message>
        <message>
            <source>Difficulty hearing</source>
            <translation>ကြားရာတွင် အခက်အခဲ</translation>
        </message>
        <message>
            <source>Difficulty walking</source>
            <translation>လမ်းလျှောက်ရာတွင် အခက်အခဲ</translation>
        </message>
        <message>
            <source>Difficulty remembering</source>
            <translation>မှတ်မိရာတွင် အခက်အခဲ</translation>
        </message>
        <message>
            <source>Difficulty with self-care</source>
            <translation>မိမိကိုယ်ကို ပြုစုရာတွင် အခက်အခဲ</translation>
        </message>
        <message>
            <source>Difficulty communicating</source>
            <translation>ဆက်သွယ်ပြောဆိုရာတွင် အခက်အခဲ</translation>
        </message>
        <message>
            <source>Name (any script)</source>
            <translation>အမည် (မည်သည့်စာဖြင့်မဆို)</translation>
        </message>
        <message>
            <source>Name (Latin letters)</source>
            <translation>အမည် (အင်္ဂလိပ် အက္ခရာ)</translation>
        </message>
        <message>
            <source>Name (Myanmar/Thai script)</source>
            <translation>အမည် (မြန်မာ/ထိုင်း စာ)</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>ကျား/မ</translation>
        </message>
        <message>
            <source>Date of birth / age</source>
            <translation>မွေးနေ့ / အသက်</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>မွေးနေ့</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>မွေးနှစ်</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>အသက်</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>နိုင်ငံသား</translation>
        </message>
        <message>
            <source>Population group</source>
            <translation>လူဦးရေ အုပ်စု</translation>
        </message>
        <message>
            <source>Documentation</source>
            <translation>စာရွက်စာတမ်း</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>ဖုန်း</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>နေရာဒေသ</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ဘာသာစကား</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation>သဘောတူသည့်ရက်</translation>
        </message>
        <message>
            <source>Consent: services</source>
            <translation>သဘောတူညီချက် - ဝန်ဆောင်မှု</translation>
        </message>
        <message>
            <source>Consent: referral</source>
            <translation>သဘောတူညီချက် - လွှဲပြောင်းညွှန်းပို့ခြင်း</translation>
        </message>
        <message>
            <source>Consent: data use</source>
            <translation>သဘောတူညီချက် - ဒေတာ အသုံးပြုခြင်း</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>မှတ်ချက်များ</translation>
        </message>
        <message>
            <source>Washington Group questions</source>
            <translation>Washington Group မေးခွန်းများ</translation>
        </message>
        <message>
            <source>The date cannot be read. Write it as day/month/year, e.g. 12/03/1990.</source>
            <translation>ရက်စွဲကို မဖတ်နိုင်ပါ။ ရက်/လ/နှစ် ပုံစံဖြင့် ရေးပါ၊ ဥပမာ 12/03/1990။</translation>
        </message>
        <message>
            <source>Write Female, Male or Other (or F, M, မ, ကျား, ญ, ช).</source>
            <translation>Female, Male သို့မဟုတ် Other ဟု ရေးပါ (သို့မဟုတ် F, M, မ, ကျား, ญ, ช)။</translation>
        </message>
        <message>
            <source>This is not one of the choices Saphan knows.</source>
            <translation>ဤအရာသည် Saphan သိသော ရွေးချယ်စရာများထဲတွင် မပါပါ။</translation>
        </message>
        <message>
            <source>This should be a number.</source>
            <translation>ဤနေရာတွင် ဂဏန်း ဖြစ်ရမည်။</translation>
        </message>
        <message>
            <source>This is the template's example row. Delete it from the file.</source>
            <translation>ဤအတန်းသည် နမူနာပုံစံ၏ ဥပမာ အတန်း ဖြစ်သည်။ ဖိုင်မှ ဖျက်ပါ။</translation>
        </message>
        <message>
            <source>Two columns are set to this field.</source>
            <translation>ကော်လံ နှစ်ခုကို ဤအကွက်နှင့် ချိတ်ထားသည်။</translation>
        </message>
        <message>
            <source>This cell holds an invisible control character. Type the text again in the file, then import it again.</source>
            <translation>ဤအကွက်တွင် မမြင်ရသော ထိန်းချုပ်စာလုံး ပါဝင်နေသည်။ ဖိုင်ထဲတွင် စာသားကို ပြန်ရိုက်ပြီး ထပ်မံ တင်သွင်းပါ။</translation>
        </message>
        <message>
            <source>The age must be a number of years, at most 110.</source>
            <translation>အသက်သည် နှစ်အရေအတွက် ဖြစ်ရမည်၊ ၁၁၀ အထိသာ။</translation>
        </message>
        <message>
            <source>Answer with 1, 2, 3 or 4 (no difficulty … cannot do).</source>
            <translation>1, 2, 3 သို့မဟုတ် 4 ဖြင့် ဖြေပါ (အခက်အခဲ မရှိ … လုံးဝ မလုပ်နိုင်)။</translation>
        </message>
        <message>
            <source>{field}: {message}</source>
            <translation>{field} - {message}</translation>
        </message>
        <message>
            <source>Saphan reads Excel (.xlsx) and CSV files. Save an older .xls file as .xlsx in Excel first.</source>
            <translation>Saphan သည် Excel (.xlsx) နှင့် CSV ဖိုင်များကို ဖတ်နိုင်သည်။ .xls ဖိုင်ဟောင်းကို Excel တွင် .xlsx အဖြစ် အရင် သိမ်းပါ။</translation>
        </message>
        <message>
            <source>This file cannot be read as a spreadsheet. Is it open in another program?</source>
            <translation>ဤဖိုင်ကို ဇယားဖိုင်အဖြစ် မဖတ်နိုင်ပါ။ အခြား ပရိုဂရမ်တွင် ဖွင့်ထားသလား။</translation>
        </message>
        <message>
            <source>The file has no sheet of that name.</source>
            <translation>ဖိုင်တွင် ထိုအမည်ဖြင့် စာမျက်နှာ မရှိပါ။</translation>
        </message>
        <message>
            <source>This file is too large to import. Split the list into smaller files.</source>
            <translation>ဤဖိုင်သည် တင်သွင်းရန် ကြီးလွန်းသည်။ စာရင်းကို ဖိုင်ငယ်များအဖြစ် ခွဲပါ။</translation>
        </message>
        <message>
            <source>No row of column titles was found. The list needs a row with the titles of its columns (e.g. Name, Sex, Date of birth) above the people.</source>
            <translation>ကော်လံခေါင်းစဉ် အတန်း မတွေ့ပါ။ စာရင်းတွင် လူများ၏ အပေါ်၌ ကော်လံခေါင်းစဉ်များ (ဥပမာ Name, Sex, Date of birth) ပါသော အတန်း လိုသည်။</translation>
        </message>
        <message>
            <source>This file cannot be read.</source>
            <translation>ဤဖိုင်ကို မဖတ်နိုင်ပါ။</translation>
        </message>
        <message>
            <source>has problems</source>
            <translation>ပြဿနာ ရှိသည်</translation>
        </message>
        <message>
            <source>possible duplicate</source>
            <translation>ထပ်နေနိုင်သည်</translation>
        </message>
        <message>
            <source>not ticked</source>
            <translation>အမှန်ခြစ် မထားပါ</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import a list of people</source>
            <translation>လူစာရင်း တင်သွင်းရန်</translation>
        </message>
    </context>
    <context>
        <name>Instruments</name>
        <message>
            <source>WHO-5 Well-Being Index</source>
            <translation>WHO-5 စိတ်ချမ်းသာမှု ညွှန်းကိန်း</translation>
        </message>
        <message>
            <source>PHQ-9 Patient Health Questionnaire</source>
            <translation>PHQ-9 လူနာ ကျန်းမာရေး မေးခွန်းလွှာ</translation>
        </message>
        <message>
            <source>GAD-7 Generalized Anxiety Disorder scale</source>
            <translation>GAD-7 ယေဘုယျ စိုးရိမ်ပူပန်မှု ရောဂါ အတိုင်းအတာ</translation>
        </message>
        <message>
            <source>Kessler Psychological Distress Scale (K10)</source>
            <translation>Kessler စိတ်ဖိစီးပင်ပန်းမှု အတိုင်းအတာ (K10)</translation>
        </message>
        <message>
            <source>Kessler Psychological Distress Scale (K6)</source>
            <translation>Kessler စိတ်ဖိစီးပင်ပန်းမှု အတိုင်းအတာ (K6)</translation>
        </message>
        <message>
            <source>PSYCHLOPS (Psychological Outcome Profiles)</source>
            <translation>PSYCHLOPS (စိတ်ပိုင်းဆိုင်ရာ ရလဒ် ပရိုဖိုင်များ)</translation>
        </message>
        <message>
            <source>Refugee Health Screener-15 (RHS-15)</source>
            <translation>ဒုက္ခသည် ကျန်းမာရေး စစ်ဆေးမေးခွန်း 15 ခု (RHS-15)</translation>
        </message>
        <message>
            <source>WHODAS 2.0 (12 items)</source>
            <translation>WHODAS 2.0 (မေးခွန်း 12 ခု)</translation>
        </message>
    </context>
    <context>
        <name>InstrumentsBox</name>
        <message>
            <source>Instruments</source>
            <translation>မေးခွန်းပုံစံများ</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>မေးခွန်းပုံစံ</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>ကုဒ်</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>ဗားရှင်း</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>မေးခွန်းများ</translation>
        </message>
        <message>
            <source>Import instrument…</source>
            <translation>မေးခွန်းပုံစံ တင်သွင်းမည်…</translation>
        </message>
        <message>
            <source>Import a questionnaire with its scoring from an XLSForm workbook (.xlsx), as made for KoboToolbox or ODK. A changed form becomes a new version: answers already given keep the version they were given in.</source>
            <translation>KoboToolbox သို့မဟုတ် ODK အတွက် ပြုလုပ်ထားသော XLSForm ဖိုင် (.xlsx) မှ မေးခွန်းလွှာကို အမှတ်ပေးနည်းနှင့်တကွ တင်သွင်းပါ။ ပြောင်းလဲထားသော ပုံစံသည် ဗားရှင်းအသစ် ဖြစ်လာသည် - ဖြေပြီးသား အဖြေများသည် ဖြေခဲ့သည့် ဗားရှင်းအတိုင်း ရှိနေမည်။</translation>
        </message>
        <message>
            <source>Choose the XLSForm to import</source>
            <translation>တင်သွင်းမည့် XLSForm ကို ရွေးပါ</translation>
        </message>
        <message>
            <source>XLSForm workbooks (*.xlsx);;All files (*)</source>
            <translation>XLSForm ဖိုင်များ (*.xlsx);;ဖိုင်အားလုံး (*)</translation>
        </message>
        <message>
            <source>Instrument not imported</source>
            <translation>မေးခွန်းပုံစံ မတင်သွင်းရပါ</translation>
        </message>
        <message>
            <source>{file} cannot be read.</source>
            <translation>{file} ကို ဖတ်၍ မရပါ။</translation>
        </message>
        <message>
            <source>{name} is already imported as version {version}; nothing was changed.</source>
            <translation>{name} ကို ဗားရှင်း {version} အဖြစ် တင်သွင်းပြီးသား ဖြစ်သည်။ ဘာမှ မပြောင်းလဲပါ။</translation>
        </message>
        <message>
            <source>Imported {name}: version {version}, {count} questions.</source>
            <translation>{name} ကို တင်သွင်းပြီး - ဗားရှင်း {version}၊ မေးခွန်း {count} ခု။</translation>
        </message>
        <message>
            <source>Instrument imported</source>
            <translation>မေးခွန်းပုံစံ တင်သွင်းပြီး</translation>
        </message>
    </context>
    <context>
        <name>InviteDialog</name>
        <message>
            <source>Invite a laptop</source>
            <translation>လက်ပ်တော့ ဖိတ်ကြားရန်</translation>
        </message>
        <message>
            <source>The invitation file can travel any way (USB stick, e-mail, chat). The pairing code shown next must be read out in person to whoever sets up the new laptop.</source>
            <translation>ဖိတ်ကြားစာဖိုင်ကို မည်သည့်နည်းဖြင့်မဆို ပို့နိုင်သည် (USB၊ အီးမေးလ်၊ chat)။ နောက်တွင် ပြမည့် ချိတ်ဆက်ကုဒ်ကိုမူ လက်ပ်တော့အသစ်ကို တပ်ဆင်သူထံ ကိုယ်တိုင် ဖတ်ပြရမည်။</translation>
        </message>
        <message>
            <source>e.g. Field laptop</source>
            <translation>ဥပမာ ကွင်းဆင်း လက်ပ်တော့</translation>
        </message>
        <message>
            <source>Save the invitation</source>
            <translation>ဖိတ်ကြားစာ သိမ်းရန်</translation>
        </message>
        <message>
            <source>Name of the new laptop</source>
            <translation>လက်ပ်တော့အသစ်၏ အမည်</translation>
        </message>
        <message>
            <source>Save the invitation as</source>
            <translation>ဖိတ်ကြားစာကို သိမ်းမည့်နေရာ</translation>
        </message>
        <message>
            <source>Invite</source>
            <translation>ဖိတ်ကြားမည်</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <source>Enter a name for the new laptop.</source>
            <translation>လက်ပ်တော့အသစ်အတွက် အမည်တစ်ခု ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Choose where to save the invitation.</source>
            <translation>ဖိတ်ကြားစာကို သိမ်းမည့်နေရာ ရွေးပါ။</translation>
        </message>
    </context>
    <context>
        <name>JoinTeamDialog</name>
        <message>
            <source>Join my CSO's team</source>
            <translation>ကျွန်ုပ်၏ အဖွဲ့အစည်း၏ အဖွဲ့သို့ ဝင်ရန်</translation>
        </message>
        <message>
            <source>Your CSO already uses Saphan on another laptop. Ask its admin for an invitation file and the pairing code (read out in person), and connect this laptop to the team folder. This laptop then gets its own encrypted database with every record of the CSO.</source>
            <translation>သင့်အဖွဲ့အစည်းသည် အခြားလက်ပ်တော့တွင် Saphan ကို သုံးနေပြီ ဖြစ်သည်။ ၎င်း၏ စီမံခန့်ခွဲသူထံမှ ဖိတ်ကြားစာ ဖိုင်နှင့် ချိတ်ဆက်ကုဒ် (ကိုယ်တိုင် ဖတ်ပြသည်) ကို တောင်းပြီး ဤလက်ပ်တော့ကို အဖွဲ့ဖိုင်တွဲနှင့် ချိတ်ဆက်ပါ။ ထို့နောက် ဤလက်ပ်တော့တွင် အဖွဲ့အစည်း၏ မှတ်တမ်းအားလုံးပါသော ကိုယ်ပိုင် စာဝှက်ထားသည့် ဒေတာဘေ့စ် ရှိမည်။</translation>
        </message>
        <message>
            <source>Open the invitation</source>
            <translation>ဖိတ်ကြားစာကို ဖွင့်ရန်</translation>
        </message>
        <message>
            <source>Choose the team folder</source>
            <translation>အဖွဲ့ဖိုင်တွဲကို ရွေးရန်</translation>
        </message>
        <message>
            <source>Invitation file</source>
            <translation>ဖိတ်ကြားစာ ဖိုင်</translation>
        </message>
        <message>
            <source>Pairing code</source>
            <translation>ချိတ်ဆက်ကုဒ်</translation>
        </message>
        <message>
            <source>Team folder</source>
            <translation>အဖွဲ့ဖိုင်တွဲ</translation>
        </message>
        <message>
            <source>Your user name</source>
            <translation>သင့် အသုံးပြုသူအမည်</translation>
        </message>
        <message>
            <source>Your password</source>
            <translation>သင့် စကားဝှက်</translation>
        </message>
        <message>
            <source>Name of this laptop</source>
            <translation>ဤလက်ပ်တော့၏ အမည်</translation>
        </message>
        <message>
            <source>Join the team</source>
            <translation>အဖွဲ့သို့ ဝင်မည်</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <source>This is the recovery passphrase of this laptop's database. Shown only this once: if every password is forgotten, only this passphrase opens the records on this laptop. Write it down and keep it on paper in a locked place.</source>
            <translation>ဤသည်မှာ ဤလက်ပ်တော့၏ ဒေတာဘေ့စ် ပြန်ဖွင့်စကားစု ဖြစ်သည်။ ဤတစ်ကြိမ်သာ ပြသည် - စကားဝှက်အားလုံး မေ့သွားပါက ဤစကားစုဖြင့်သာ ဤလက်ပ်တော့ပေါ်ရှိ မှတ်တမ်းများကို ဖွင့်နိုင်သည်။ ရေးမှတ်ပြီး သော့ခတ်ထားသည့်နေရာတွင် စာရွက်ဖြင့် သိမ်းထားပါ။</translation>
        </message>
        <message>
            <source>I have written down the recovery passphrase and will keep it somewhere safe</source>
            <translation>ပြန်ဖွင့်စကားစုကို ကျွန်ုပ် ရေးမှတ်ထားပြီး လုံခြုံသောနေရာတွင် သိမ်းထားမည်</translation>
        </message>
        <message>
            <source>Start Saphan</source>
            <translation>Saphan စတင်မည်</translation>
        </message>
        <message>
            <source>Fill in every field.</source>
            <translation>အကွက်အားလုံးကို ဖြည့်ပါ။</translation>
        </message>
        <message>
            <source>The invitation file cannot be read. Choose it again.</source>
            <translation>ဖိတ်ကြားစာ ဖိုင်ကို မဖတ်နိုင်ပါ။ ထပ်ရွေးပါ။</translation>
        </message>
        <message>
            <source>Joining the team…</source>
            <translation>အဖွဲ့သို့ ဝင်နေသည်…</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was written; the invitation can still be used.</source>
            <translation>မလုပ်တော့ပါ။ မည်သည့်အရာကိုမျှ မရေးရသေးပါ - ဖိတ်ကြားစာကို ဆက်သုံးနိုင်သည်။</translation>
        </message>
        <message>
            <source>This laptop joined the team. People on record: {count}.</source>
            <translation>ဤလက်ပ်တော့သည် အဖွဲ့သို့ ဝင်ပြီး။ မှတ်တမ်းရှိ လူဦးရေ - {count}။</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>ရပ်နေသည်…</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Female</source>
            <translation>အမျိုးသမီး</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>အမျိုးသား</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>အခြား</translation>
        </message>
        <message>
            <source>New arrival</source>
            <translation>အသစ်ရောက်ရှိလာသူ</translation>
        </message>
        <message>
            <source>Long-term migrant</source>
            <translation>ကာလရှည် ရွှေ့ပြောင်းနေထိုင်သူ</translation>
        </message>
        <message>
            <source>Host community</source>
            <translation>ဒေသခံ လူထု</translation>
        </message>
        <message>
            <source>Myanmar</source>
            <translation>မြန်မာ</translation>
        </message>
        <message>
            <source>Thai</source>
            <translation>ထိုင်း</translation>
        </message>
        <message>
            <source>Stateless</source>
            <translation>နိုင်ငံမဲ့</translation>
        </message>
        <message>
            <source>No documents</source>
            <translation>စာရွက်စာတမ်း မရှိ</translation>
        </message>
        <message>
            <source>Pink card</source>
            <translation>ပန်းရောင်ကတ်</translation>
        </message>
        <message>
            <source>Passport and visa</source>
            <translation>နိုင်ငံကူးလက်မှတ်နှင့် ဗီဇာ</translation>
        </message>
        <message>
            <source>Border pass</source>
            <translation>နယ်စပ်ဖြတ်ကူးခွင့်လက်မှတ်</translation>
        </message>
        <message>
            <source>Thai ID card</source>
            <translation>ထိုင်း မှတ်ပုံတင်ကတ်</translation>
        </message>
        <message>
            <source>G-code (student)</source>
            <translation>G-code (ကျောင်းသား)</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>အခြား စာရွက်စာတမ်း</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>လက်ရှိ</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>ပိတ်ပြီး</translation>
        </message>
        <message>
            <source>Children (0–17)</source>
            <translation>ကလေး (၀–၁၇)</translation>
        </message>
        <message>
            <source>Adults (18–59)</source>
            <translation>လူကြီး (၁၈–၅၉)</translation>
        </message>
        <message>
            <source>Older people (60+)</source>
            <translation>သက်ကြီးရွယ်အို (၆၀+)</translation>
        </message>
        <message>
            <source>Under 5 (0–4)</source>
            <translation>၅ နှစ်အောက် (၀–၄)</translation>
        </message>
        <message>
            <source>5–11</source>
            <translation>၅–၁၁</translation>
        </message>
        <message>
            <source>12–17</source>
            <translation>၁၂–၁၇</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>စီမံခန့်ခွဲသူ</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>ကိစ္စရပ် တာဝန်ခံ</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>ကြီးကြပ်သူ</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>လမ်းညွှန်ဆောင်ရွက်သူ</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>ညှိနှိုင်းရေးမှူး</translation>
        </message>
        <message>
            <source>Burmese</source>
            <translation>မြန်မာ</translation>
        </message>
        <message>
            <source>S'gaw Karen</source>
            <translation>စကောကရင်</translation>
        </message>
        <message>
            <source>English</source>
            <translation>အင်္ဂလိပ်</translation>
        </message>
        <message>
            <source>Mae Sot town</source>
            <translation>မဲဆောက်မြို့</translation>
        </message>
        <message>
            <source>Mae Pa</source>
            <translation>မယ်ပ</translation>
        </message>
        <message>
            <source>Tha Sai Luat</source>
            <translation>သာဆိုင်လွတ်</translation>
        </message>
        <message>
            <source>Mae Tao</source>
            <translation>မယ်တော်</translation>
        </message>
        <message>
            <source>Mae Ku</source>
            <translation>မယ်ကူး</translation>
        </message>
        <message>
            <source>Phra That Pha Daeng</source>
            <translation>ဖရာသတ်ဖာဒိန်</translation>
        </message>
        <message>
            <source>Mae Kasa</source>
            <translation>မယ်ကာဆ</translation>
        </message>
        <message>
            <source>Mahawan</source>
            <translation>မဟာဝမ်</translation>
        </message>
        <message>
            <source>Dan Mae Lamao</source>
            <translation>ဒန်မယ်လမော</translation>
        </message>
        <message>
            <source>Do you have difficulty seeing, even if wearing glasses?</source>
            <translation>မျက်မှန်တပ်ထားလျှင်ပင် မြင်ရန် အခက်အခဲ ရှိပါသလား။</translation>
        </message>
        <message>
            <source>Do you have difficulty hearing, even if using a hearing aid?</source>
            <translation>နားကြားကိရိယာ သုံးထားလျှင်ပင် ကြားရန် အခက်အခဲ ရှိပါသလား။</translation>
        </message>
        <message>
            <source>Do you have difficulty walking or climbing steps?</source>
            <translation>လမ်းလျှောက်ရန် သို့မဟုတ် လှေကားတက်ရန် အခက်အခဲ ရှိပါသလား။</translation>
        </message>
        <message>
            <source>Do you have difficulty remembering or concentrating?</source>
            <translation>မှတ်မိရန် သို့မဟုတ် အာရုံစူးစိုက်ရန် အခက်အခဲ ရှိပါသလား။</translation>
        </message>
        <message>
            <source>Do you have difficulty (with self-care such as) washing all over or dressing?</source>
            <translation>(မိမိကိုယ်ကို ပြုစုခြင်း ဥပမာ) တစ်ကိုယ်လုံး ရေချိုးခြင်း သို့မဟုတ် အဝတ်ဝတ်ခြင်းတွင် အခက်အခဲ ရှိပါသလား။</translation>
        </message>
        <message>
            <source>Using your usual (customary) language, do you have difficulty communicating, for example understanding or being understood?</source>
            <translation>မိမိ ပုံမှန်ပြောသော ဘာသာစကားဖြင့် ဆက်သွယ်ပြောဆိုရာတွင် ဥပမာ နားလည်ရန် သို့မဟုတ် သူတစ်ပါး နားလည်အောင် ပြောရန် အခက်အခဲ ရှိပါသလား။</translation>
        </message>
        <message>
            <source>No difficulty</source>
            <translation>အခက်အခဲ မရှိ</translation>
        </message>
        <message>
            <source>Some difficulty</source>
            <translation>အခက်အခဲ အနည်းငယ် ရှိ</translation>
        </message>
        <message>
            <source>A lot of difficulty</source>
            <translation>အခက်အခဲ အများကြီး ရှိ</translation>
        </message>
        <message>
            <source>Cannot do at all</source>
            <translation>လုံးဝ မလုပ်နိုင်</translation>
        </message>
        <message>
            <source>Not asked</source>
            <translation>မမေးရသေး</translation>
        </message>
        <message>
            <source>Same name, born within a year</source>
            <translation>အမည်တူ၊ တစ်နှစ်အတွင်း မွေးဖွားသူ</translation>
        </message>
        <message>
            <source>Similar name, born within a year</source>
            <translation>အမည်ဆင်တူ၊ တစ်နှစ်အတွင်း မွေးဖွားသူ</translation>
        </message>
        <message>
            <source>Same name in Myanmar/Thai script</source>
            <translation>မြန်မာ/ထိုင်း စာဖြင့် အမည်တူ</translation>
        </message>
        <message>
            <source>Enter the name in Latin letters or in Myanmar/Thai script.</source>
            <translation>အမည်ကို အင်္ဂလိပ်အက္ခရာဖြင့် သို့မဟုတ် မြန်မာ/ထိုင်း စာဖြင့် ရိုက်ထည့်ပါ။</translation>
        </message>
        <message>
            <source>The date of birth cannot be in the future.</source>
            <translation>မွေးနေ့သည် အနာဂတ်ရက် ဖြစ်၍ မရပါ။</translation>
        </message>
        <message>
            <source>This would make the person older than 110 years. Check the date.</source>
            <translation>ဤရက်အရ ထိုသူသည် အသက် ၁၁၀ ကျော်နေပါမည်။ ရက်စွဲကို စစ်ဆေးပါ။</translation>
        </message>
        <message>
            <source>Enter the date of birth, or tick “estimated” and enter the birth year.</source>
            <translation>မွေးနေ့ကို ရိုက်ထည့်ပါ၊ သို့မဟုတ် “ခန့်မှန်း” ကို အမှန်ခြစ်ပြီး မွေးနှစ်ကို ထည့်ပါ။</translation>
        </message>
        <message>
            <source>The consent date cannot be in the future.</source>
            <translation>သဘောတူသည့်ရက်သည် အနာဂတ်ရက် ဖြစ်၍ မရပါ။</translation>
        </message>
        <message>
            <source>The consent date cannot be before the person was born.</source>
            <translation>သဘောတူသည့်ရက်သည် မွေးနေ့မတိုင်မီ ဖြစ်၍ မရပါ။</translation>
        </message>
        <message>
            <source>Choose the person's sex.</source>
            <translation>ထိုသူ၏ ကျား/မ ကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Choose the population group.</source>
            <translation>လူဦးရေအုပ်စုကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Enter the organisation's name.</source>
            <translation>အဖွဲ့အစည်း၏ အမည်ကို ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Enter your full name.</source>
            <translation>သင့် အမည်အပြည့်အစုံကို ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Enter a user name.</source>
            <translation>အသုံးပြုသူအမည် ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Say why the case is closed.</source>
            <translation>ကိစ္စရပ်ကို ဘာကြောင့် ပိတ်သည်ကို ဖော်ပြပါ။</translation>
        </message>
        <message>
            <source>This user name is already taken. Choose another one.</source>
            <translation>ဤအသုံးပြုသူအမည်ကို သုံးပြီးသား ဖြစ်သည်။ အခြားအမည် ရွေးပါ။</translation>
        </message>
        <message>
            <source>Two of your programmes count in the same network programme, so some people would be counted twice. In Settings, under Programmes, map one of them elsewhere.</source>
            <translation>သင့်အစီအစဉ် နှစ်ခုသည် ကွန်ရက်အစီအစဉ် တစ်ခုတည်းတွင် ရေတွက်ခံရသဖြင့် လူအချို့ကို နှစ်ကြိမ် ရေတွက်မိမည်။ ဆက်တင်များ၏ အစီအစဉ်များ အပိုင်းတွင် တစ်ခုကို တခြားနေရာသို့ ချိတ်ပါ။</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>ဤအကွက်ကို ဖြည့်ရန် လိုအပ်သည်။</translation>
        </message>
        <message>
            <source>This is too long (at most 200 characters).</source>
            <translation>ရှည်လွန်းသည် (စာလုံး ၂၀၀ အထိသာ)။</translation>
        </message>
        <message>
            <source>This date cannot be in the future.</source>
            <translation>ဤရက်စွဲသည် အနာဂတ်ရက် ဖြစ်၍ မရပါ။</translation>
        </message>
        <message>
            <source>This date is too long ago. Check it.</source>
            <translation>ဤရက်စွဲသည် ကြာလွန်းနေသည်။ စစ်ဆေးပါ။</translation>
        </message>
        <message>
            <source>This date is before the person was born.</source>
            <translation>ဤရက်စွဲသည် ထိုသူ မမွေးမီ ဖြစ်နေသည်။</translation>
        </message>
        <message>
            <source>Enter a Thai (e.g. 081 234 5678) or Myanmar (e.g. 09 4512 3456) phone number.</source>
            <translation>ထိုင်း (ဥပမာ 081 234 5678) သို့မဟုတ် မြန်မာ (ဥပမာ 09 4512 3456) ဖုန်းနံပါတ် ထည့်ပါ။</translation>
        </message>
        <message>
            <source>The person must agree to receive services before they can be registered.</source>
            <translation>စာရင်းသွင်းမီ ထိုသူက ဝန်ဆောင်မှု ရယူရန် သဘောတူရပါမည်။</translation>
        </message>
        <message>
            <source>Enter the date of birth or the birth year.</source>
            <translation>မွေးနေ့ သို့မဟုတ် မွေးနှစ်ကို ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Choose one of the answers for each question.</source>
            <translation>မေးခွန်းတစ်ခုစီအတွက် အဖြေတစ်ခု ရွေးပါ။</translation>
        </message>
        <message>
            <source>This holds an invisible control character (often from copied text) that cannot be saved. Delete the text and type it again.</source>
            <translation>ဤနေရာတွင် မမြင်ရသော ထိန်းချုပ်စာလုံး (များသောအားဖြင့် ကူးယူထားသော စာသားမှ) ပါဝင်နေ၍ သိမ်း၍ မရပါ။ စာသားကို ဖျက်ပြီး ပြန်ရိုက်ပါ။</translation>
        </message>
        <message>
            <source>Use 2 to 12 capital letters or digits, starting with a letter (e.g. BEAM).</source>
            <translation>အင်္ဂလိပ် စာလုံးကြီး သို့မဟုတ် ဂဏန်း ၂ လုံးမှ ၁၂ လုံးအထိ သုံးပါ၊ စာလုံးဖြင့် စရပါမည် (ဥပမာ BEAM)။</translation>
        </message>
        <message>
            <source>Use 2 to 32 small letters, digits, dots, dashes or underscores (e.g. khinmyo).</source>
            <translation>အင်္ဂလိပ် စာလုံးသေး၊ ဂဏန်း၊ အစက်၊ တုံးတို သို့မဟုတ် underscore ၂ လုံးမှ ၃၂ လုံးအထိ သုံးပါ (ဥပမာ khinmyo)။</translation>
        </message>
        <message>
            <source>Use at least 10 characters.</source>
            <translation>အနည်းဆုံး စာလုံး ၁၀ လုံး သုံးပါ။</translation>
        </message>
        <message>
            <source>The password cannot start or end with a space.</source>
            <translation>စကားဝှက်ကို space ဖြင့် စ၍ သို့မဟုတ် ဆုံး၍ မရပါ။</translation>
        </message>
        <message>
            <source>Enter the date as day/month/year, for example 23/11/1990.</source>
            <translation>ရက်စွဲကို ရက်/လ/နှစ် ပုံစံဖြင့် ထည့်ပါ၊ ဥပမာ 23/11/1990။</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>စကားဝှက် နှစ်ခု မတူညီပါ။</translation>
        </message>
        <message>
            <source>This user name is already taken.</source>
            <translation>ဤအသုံးပြုသူအမည်ကို သုံးပြီးသား ဖြစ်သည်။</translation>
        </message>
        <message>
            <source>This is the only active admin. Make another account an admin first, so someone can still manage the CSO.</source>
            <translation>ဤသူသည် တစ်ဦးတည်းသော စီမံခန့်ခွဲသူ ဖြစ်သည်။ အဖွဲ့အစည်းကို ဆက်လက် စီမံနိုင်ရန် အခြားအကောင့်တစ်ခုကို စီမံခန့်ခွဲသူ အရင်လုပ်ပါ။</translation>
        </message>
        <message>
            <source>You cannot disable your own account. Ask another admin to do it.</source>
            <translation>ကိုယ့်အကောင့်ကို ကိုယ်တိုင် ပိတ်၍ မရပါ။ အခြား စီမံခန့်ခွဲသူကို ပြောပါ။</translation>
        </message>
        <message>
            <source>Check this field.</source>
            <translation>ဤအကွက်ကို စစ်ဆေးပါ။</translation>
        </message>
        <message>
            <source>The disk is full. Free some space and try again.</source>
            <translation>ဒစ်ခ် ပြည့်နေသည်။ နေရာလွတ် ပြုလုပ်ပြီး ထပ်ကြိုးစားပါ။</translation>
        </message>
        <message>
            <source>Saphan cannot write to this folder: it is read-only or you do not have permission.</source>
            <translation>Saphan သည် ဤဖိုင်တွဲထဲသို့ မရေးနိုင်ပါ - ဖတ်ရန်သာ ဖြစ်နေသည် သို့မဟုတ် ခွင့်ပြုချက် မရှိပါ။</translation>
        </message>
        <message>
            <source>Saphan cannot open the database file. Check that the drive is connected.</source>
            <translation>Saphan သည် ဒေတာဘေ့စ် ဖိုင်ကို မဖွင့်နိုင်ပါ။ ဒရိုက် ချိတ်ဆက်ထားခြင်း ရှိမရှိ စစ်ဆေးပါ။</translation>
        </message>
        <message>
            <source>Saphan could not write to the disk. Check the drive and try again.</source>
            <translation>Saphan သည် ဒစ်ခ်ပေါ်သို့ မရေးနိုင်ခဲ့ပါ။ ဒရိုက်ကို စစ်ဆေးပြီး ထပ်ကြိုးစားပါ။</translation>
        </message>
        <message>
            <source>Two of your programmes count in the same network programme, so their people would be counted twice. In Settings → Programmes, map one of them elsewhere.</source>
            <translation>သင်၏ အစီအစဉ်နှစ်ခုသည် ကွန်ရက်အစီအစဉ်တစ်ခုတည်းတွင် ထည့်တွက်နေသဖြင့် လူများကို နှစ်ကြိမ် ရေတွက်မိပါမည်။ ဆက်တင်များ → အစီအစဉ်များ တွင် တစ်ခုကို အခြားနေရာသို့ ချိတ်ဆက်ပါ။</translation>
        </message>
        <message>
            <source>This person has withdrawn consent to services, so their record is restricted: no new sessions or referrals can be recorded for them. If they give consent again, record it on the Consent tab of their record first.</source>
            <translation>ဤသူသည် ဝန်ဆောင်မှုများအတွက် သဘောတူညီချက်ကို ရုပ်သိမ်းထားသဖြင့် ၎င်း၏ မှတ်တမ်းကို ကန့်သတ်ထားသည်- အစည်းအဝေးအသစ် သို့မဟုတ် လွှဲပြောင်းညွှန်းပို့မှုအသစ် မှတ်တမ်းတင်၍ မရပါ။ သဘောတူညီချက် ပြန်ပေးပါက ၎င်း၏ မှတ်တမ်း၏ သဘောတူညီချက် စာမျက်နှာတွင် ဦးစွာ မှတ်တမ်းတင်ပါ။</translation>
        </message>
        <message>
            <source>Referral feedback from another CSO could not be used: it is not addressed to this CSO, not signed by the CSO that sent it, or damaged. Nothing was changed.</source>
            <translation>အခြားအဖွဲ့အစည်းထံမှ လွှဲပြောင်းညွှန်းပို့မှု တုံ့ပြန်ချက်ကို အသုံးမပြုနိုင်ပါ- ၎င်းသည် ဤအဖွဲ့အစည်းထံ ပို့ထားခြင်း မဟုတ်ပါ၊ ပို့သည့် အဖွဲ့အစည်းက လက်မှတ်ထိုးထားခြင်း မရှိပါ သို့မဟုတ် ပျက်စီးနေပါသည်။ မည်သည့်အရာကိုမျှ မပြောင်းလဲခဲ့ပါ။</translation>
        </message>
        <message>
            <source>This is not a referral code. Check it against the slip and type it again.</source>
            <translation>ဤအရာသည် လွှဲပြောင်းညွှန်းပို့မှု ကုဒ် မဟုတ်ပါ။ စာရွက်နှင့် တိုက်စစ်ပြီး ပြန်ရိုက်ပါ။</translation>
        </message>
        <message>
            <source>Type the code on the referral slip, or scan its QR code.</source>
            <translation>လွှဲပြောင်းညွှန်းပို့စာရွက်ပေါ်ရှိ ကုဒ်ကို ရိုက်ထည့်ပါ သို့မဟုတ် ၎င်း၏ QR ကုဒ်ကို စကင်ဖတ်ပါ။</translation>
        </message>
        <message>
            <source>This is not the shape of a referral code: a CSO's code, then eight letters and digits, like BEAM-7K3Q-9XZF. Check it against the slip.</source>
            <translation>ဤအရာသည် လွှဲပြောင်းညွှန်းပို့မှု ကုဒ်ပုံစံ မဟုတ်ပါ- အဖွဲ့၏ ကုဒ်၊ ထို့နောက် စာလုံးနှင့် ဂဏန်း ရှစ်လုံး ဖြစ်ရမည် (ဥပမာ BEAM-7K3Q-9XZF)။ စာရွက်နှင့် တိုက်စစ်ပါ။</translation>
        </message>
        <message>
            <source>This code has a mistake: a character is wrong or two are swapped. Check it against the slip, character by character.</source>
            <translation>ဤကုဒ်တွင် အမှားရှိသည်- စာလုံးတစ်လုံး မှားနေသည် သို့မဟုတ် နှစ်လုံး နေရာလွဲနေသည်။ စာရွက်နှင့် စာလုံးတစ်လုံးချင်း တိုက်စစ်ပါ။</translation>
        </message>
        <message>
            <source>This code was made by your own CSO: it is a referral you sent, not one you received.</source>
            <translation>ဤကုဒ်ကို သင့်အဖွဲ့ကိုယ်တိုင် ပြုလုပ်ခဲ့သည်- ၎င်းသည် သင် ပို့လိုက်သော လွှဲပြောင်းညွှန်းပို့မှု ဖြစ်ပြီး သင် လက်ခံရရှိသည့်အရာ မဟုတ်ပါ။</translation>
        </message>
        <message>
            <source>This code has been recorded already. Find it in the list of referrals received.</source>
            <translation>ဤကုဒ်ကို မှတ်တမ်းတင်ပြီး ဖြစ်သည်။ လက်ခံရရှိသော လွှဲပြောင်းညွှန်းပို့မှု စာရင်းတွင် ရှာပါ။</translation>
        </message>
        <message>
            <source>This person already has an open or on-hold case in this service line. Work in that case, or close it first.</source>
            <translation>ဤသူတွင် ဤဝန်ဆောင်မှုအမျိုးအစား၌ ဖွင့်ထားသော သို့မဟုတ် ခေတ္တ ရပ်ထားသော ကိစ္စရပ် ရှိပြီးသား ဖြစ်သည်။ ထိုကိစ္စရပ်တွင် ဆက်လုပ်ပါ သို့မဟုတ် ဦးစွာ ပိတ်ပါ။</translation>
        </message>
        <message>
            <source>This folder does not exist. Choose another folder.</source>
            <translation>ဤဖိုင်တွဲ မရှိပါ။ အခြားဖိုင်တွဲကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Another Saphan window or command is changing this database right now. Try again in a moment.</source>
            <translation>အခြား Saphan ဝင်းဒိုး သို့မဟုတ် အမိန့်တစ်ခုက ဤဒေတာဘေ့စ်ကို ယခု ပြောင်းလဲနေသည်။ ခဏနေမှ ထပ်ကြိုးစားပါ။</translation>
        </message>
        <message>
            <source>This file is not a Saphan backup.</source>
            <translation>ဤဖိုင်သည် Saphan အရန်မိတ္တူ မဟုတ်ပါ။</translation>
        </message>
        <message>
            <source>This backup is damaged and cannot be restored. Try another copy of the backup.</source>
            <translation>ဤအရန်မိတ္တူ ပျက်စီးနေ၍ ပြန်မယူနိုင်ပါ။ အခြား အရန်မိတ္တူကို စမ်းကြည့်ပါ။</translation>
        </message>
        <message>
            <source>The user name, password or recovery passphrase does not open this backup. Use the ones that were valid when the backup was made.</source>
            <translation>ဤအသုံးပြုသူအမည်၊ စကားဝှက် သို့မဟုတ် ပြန်ဖွင့်စကားစုဖြင့် ဤအရန်မိတ္တူကို မဖွင့်နိုင်ပါ။ အရန်မိတ္တူ ပြုလုပ်စဉ်က သုံးခဲ့သည့်အရာများကို သုံးပါ။</translation>
        </message>
        <message>
            <source>This backup was made by a newer version of Saphan. Update Saphan, then restore it.</source>
            <translation>ဤအရန်မိတ္တူကို Saphan ဗားရှင်းအသစ်ဖြင့် ပြုလုပ်ထားသည်။ Saphan ကို အဆင့်မြှင့်ပြီးမှ ပြန်ယူပါ။</translation>
        </message>
        <message>
            <source>This backup belongs to another organisation. It was not restored over this organisation's data.</source>
            <translation>ဤအရန်မိတ္တူသည် အခြားအဖွဲ့အစည်းနှင့် သက်ဆိုင်သည်။ ဤအဖွဲ့အစည်း၏ ဒေတာပေါ်သို့ ပြန်မထည့်ခဲ့ပါ။</translation>
        </message>
        <message>
            <source>This backup cannot be restored.</source>
            <translation>ဤအရန်မိတ္တူကို ပြန်မယူနိုင်ပါ။</translation>
        </message>
        <message>
            <source>This computer has no secure password store, so Saphan cannot remember you. Your password is never saved in a file.</source>
            <translation>ဤကွန်ပျူတာတွင် လုံခြုံသော စကားဝှက်သိမ်းစနစ် မရှိသဖြင့် Saphan က သင့်ကို မမှတ်ထားနိုင်ပါ။ သင့်စကားဝှက်ကို ဖိုင်ထဲတွင် ဘယ်တော့မှ မသိမ်းပါ။</translation>
        </message>
        <message>
            <source>The user name or password is wrong.</source>
            <translation>အသုံးပြုသူအမည် သို့မဟုတ် စကားဝှက် မှားနေသည်။</translation>
        </message>
        <message>
            <source>This account has been disabled. Ask your CSO's admin.</source>
            <translation>ဤအကောင့်ကို ပိတ်ထားသည်။ သင့်အဖွဲ့အစည်း၏ စီမံခန့်ခွဲသူကို မေးပါ။</translation>
        </message>
        <message>
            <source>The database is here, but its key file {file} is missing, so it cannot be opened. Copy the key file back into {folder}, or take it from a backup with the command saphan restore --key-file-only (this keeps everything entered since the backup). Ask your CSO's admin for help.</source>
            <translation>ဒေတာဘေ့စ် ရှိသော်လည်း ၎င်း၏ သော့ဖိုင် {file} ပျောက်နေသဖြင့် မဖွင့်နိုင်ပါ။ သော့ဖိုင်ကို {folder} ထဲသို့ ပြန်ကူးထည့်ပါ၊ သို့မဟုတ် saphan restore --key-file-only အမိန့်ဖြင့် အရန်မိတ္တူမှ ပြန်ယူပါ (အရန်မိတ္တူ ပြုလုပ်ပြီးနောက် ထည့်ခဲ့သမျှ ဆက်ရှိနေမည်)။ အဖွဲ့အစည်း၏ စီမံခန့်ခွဲသူထံ အကူအညီ တောင်းပါ။</translation>
        </message>
        <message>
            <source>The key file next to the database is damaged, so the database cannot be opened. Take the key file from a backup with the command saphan restore --key-file-only (this keeps everything entered since the backup), or ask your CSO's admin for help.</source>
            <translation>ဒေတာဘေ့စ်ဘေးရှိ သော့ဖိုင် ပျက်စီးနေသဖြင့် ဒေတာဘေ့စ်ကို မဖွင့်နိုင်ပါ။ saphan restore --key-file-only အမိန့်ဖြင့် အရန်မိတ္တူမှ သော့ဖိုင်ကို ပြန်ယူပါ (အရန်မိတ္တူ ပြုလုပ်ပြီးနောက် ထည့်ခဲ့သမျှ ဆက်ရှိနေမည်)၊ သို့မဟုတ် အဖွဲ့အစည်း၏ စီမံခန့်ခွဲသူထံ အကူအညီ တောင်းပါ။</translation>
        </message>
        <message>
            <source>The database cannot be opened: it may be damaged. Restore it from a backup, or ask your CSO's admin for help.</source>
            <translation>ဒေတာဘေ့စ်ကို မဖွင့်နိုင်ပါ - ပျက်စီးနေနိုင်သည်။ အရန်မိတ္တူမှ ပြန်ယူပါ၊ သို့မဟုတ် အဖွဲ့အစည်း၏ စီမံခန့်ခွဲသူထံ အကူအညီ တောင်းပါ။</translation>
        </message>
        <message>
            <source>No Saphan database was found in this place.</source>
            <translation>ဤနေရာတွင် Saphan ဒေတာဘေ့စ် မတွေ့ပါ။</translation>
        </message>
        <message>
            <source>A Saphan database already exists here. Sign in to it instead.</source>
            <translation>ဤနေရာတွင် Saphan ဒေတာဘေ့စ် ရှိပြီးသား ဖြစ်သည်။ ၎င်းထဲသို့ ဝင်ရောက်ပါ။</translation>
        </message>
        <message>
            <source>This database was written by a newer version of Saphan. Update Saphan to open it.</source>
            <translation>ဤဒေတာဘေ့စ်ကို Saphan ဗားရှင်းအသစ်ဖြင့် ရေးထားသည်။ ၎င်းကို ဖွင့်ရန် Saphan ကို အဆင့်မြှင့်ပါ။</translation>
        </message>
        <message>
            <source>Your role does not allow this. Ask your CSO's admin.</source>
            <translation>သင့်တာဝန်အဆင့်ဖြင့် ဤအရာကို မလုပ်နိုင်ပါ။ အဖွဲ့အစည်း၏ စီမံခန့်ခွဲသူကို မေးပါ။</translation>
        </message>
        <message>
            <source>This CSO is not in a network yet: months are closed against the network's reporting period. Get the network file from the coordinator first.</source>
            <translation>ဤအဖွဲ့အစည်းသည် ကွန်ရက်တွင် မပါဝင်သေးပါ- လများကို ကွန်ရက်၏ အစီရင်ခံကာလအတိုင်း ပိတ်သည်။ ညှိနှိုင်းရေးမှူးထံမှ ကွန်ရက်ဖိုင်ကို အရင် ရယူပါ။</translation>
        </message>
        <message>
            <source>That month is not in the network's reporting period.</source>
            <translation>ထိုလသည် ကွန်ရက်၏ အစီရင်ခံကာလအတွင်း မပါဝင်ပါ။</translation>
        </message>
        <message>
            <source>A month can be closed only after it has ended.</source>
            <translation>လတစ်လကို ကုန်ဆုံးပြီးမှသာ ပိတ်နိုင်သည်။</translation>
        </message>
        <message>
            <source>That month is closed already. To change its figures, reopen it.</source>
            <translation>ထိုလကို ပိတ်ပြီးဖြစ်သည်။ ၎င်း၏ ကိန်းဂဏန်းများကို ပြောင်းရန် ပြန်ဖွင့်ပါ။</translation>
        </message>
        <message>
            <source>That month is not closed.</source>
            <translation>ထိုလကို မပိတ်ရသေးပါ။</translation>
        </message>
        <message>
            <source>The months could not be closed or reopened. Nothing changed.</source>
            <translation>လများကို ပိတ်၍ သို့မဟုတ် ပြန်ဖွင့်၍ မရပါ။ ဘာမျှ မပြောင်းလဲပါ။</translation>
        </message>
        <message>
            <source>Someone else closed or reopened months meanwhile. Try again.</source>
            <translation>ဤအတောအတွင်း အခြားသူတစ်ဦးက လများကို ပိတ်ခြင်း သို့မဟုတ် ပြန်ဖွင့်ခြင်း ပြုလုပ်ခဲ့သည်။ ထပ်စမ်းကြည့်ပါ။</translation>
        </message>
        <message>
            <source>You may not see this part of the person's record: they are not in one of your cases.</source>
            <translation>ဤသူ၏ မှတ်တမ်း၏ ဤအပိုင်းကို သင်မြင်ခွင့်မရှိပါ - ၎င်းသည် သင့်ကိစ္စများထဲတွင် မပါပါ။</translation>
        </message>
        <message>
            <source>This record no longer exists. Someone may have deleted it meanwhile.</source>
            <translation>ဤမှတ်တမ်း မရှိတော့ပါ။ တစ်စုံတစ်ယောက်က ဖျက်လိုက်ခြင်း ဖြစ်နိုင်သည်။</translation>
        </message>
        <message>
            <source>Some fields need attention:</source>
            <translation>အချို့အကွက်များကို စစ်ဆေးရန် လိုသည် -</translation>
        </message>
        <message>
            <source>Something went wrong. Try again; if it happens again, ask your CSO's admin.</source>
            <translation>တစ်ခုခု မှားယွင်းသွားသည်။ ထပ်ကြိုးစားပါ၊ ထပ်ဖြစ်ပါက အဖွဲ့အစည်း၏ စီမံခန့်ခွဲသူကို မေးပါ။</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>ထည့်သွင်းခဲ့သည်</translation>
        </message>
        <message>
            <source>Opened record</source>
            <translation>မှတ်တမ်း ဖွင့်ကြည့်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Changed record</source>
            <translation>မှတ်တမ်း ပြင်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>ဖျက်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>ပြန်ယူခဲ့သည်</translation>
        </message>
        <message>
            <source>Erased permanently</source>
            <translation>အပြီးတိုင် ဖျက်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>ထုတ်ယူခဲ့သည်</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>အရန်မိတ္တူ</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>ဝင်ရောက်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Set up Saphan</source>
            <translation>Saphan ကို စတင်ပြင်ဆင်ခြင်း</translation>
        </message>
        <message>
            <source>Recovered admin access</source>
            <translation>စီမံခန့်ခွဲသူ ဝင်ခွင့် ပြန်ရယူခဲ့သည်</translation>
        </message>
        <message>
            <source>Added staff account</source>
            <translation>ဝန်ထမ်းအကောင့် ထည့်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Changed role</source>
            <translation>တာဝန်အဆင့် ပြောင်းခဲ့သည်</translation>
        </message>
        <message>
            <source>Disabled staff account</source>
            <translation>ဝန်ထမ်းအကောင့် ပိတ်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>စကားဝှက် အသစ်ပြန်သတ်မှတ်</translation>
        </message>
        <message>
            <source>Closed case</source>
            <translation>ကိစ္စရပ် ပိတ်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Reopened case</source>
            <translation>ကိစ္စရပ် ပြန်ဖွင့်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Remember me turned on</source>
            <translation>“ကျွန်ုပ်ကို မှတ်ထားပါ” ဖွင့်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Changed own password</source>
            <translation>ကိုယ်ပိုင် စကားဝှက် ပြောင်းခဲ့သည်</translation>
        </message>
        <message>
            <source>Changed a setting</source>
            <translation>ဆက်တင် ပြောင်းခဲ့သည်</translation>
        </message>
        <message>
            <source>Recorded attendance</source>
            <translation>တက်ရောက်မှု မှတ်တမ်းတင်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Changed status</source>
            <translation>အခြေအနေ ပြောင်းခဲ့သည်</translation>
        </message>
        <message>
            <source>Recorded a referral received</source>
            <translation>လက်ခံရရှိသော လွှဲပြောင်းမှုကို မှတ်တမ်းတင်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Referral feedback arrived</source>
            <translation>လွှဲပြောင်းမှု၏ အကြောင်းပြန်ချက် ရောက်ရှိလာသည်</translation>
        </message>
        <message>
            <source>Worked out again who was reached when</source>
            <translation>မည်သူ့ကို မည်သည့်အချိန်တွင် ရောက်ရှိခဲ့သည်ကို ပြန်လည်တွက်ချက်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Imported a list</source>
            <translation>စာရင်း တင်သွင်းခဲ့သည်</translation>
        </message>
        <message>
            <source>Opened a case</source>
            <translation>ကိစ္စရပ် ဖွင့်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Put a case on hold</source>
            <translation>ကိစ္စရပ် ခေတ္တ ရပ်ထားခဲ့သည်</translation>
        </message>
        <message>
            <source>Closed a case</source>
            <translation>ကိစ္စရပ် ပိတ်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Reopened a case</source>
            <translation>ကိစ္စရပ် ပြန်ဖွင့်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Set the next contact</source>
            <translation>နောက်ဆက်သွယ်မည့်ရက် သတ်မှတ်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Transferred a case</source>
            <translation>ကိစ္စရပ် လွှဲပြောင်းခဲ့သည်</translation>
        </message>
        <message>
            <source>Transferred all cases of a staff member</source>
            <translation>ဝန်ထမ်းတစ်ဦး၏ ကိစ္စရပ်အားလုံး လွှဲပြောင်းခဲ့သည်</translation>
        </message>
        <message>
            <source>Shared a case</source>
            <translation>ကိစ္စရပ် မျှဝေခဲ့သည်</translation>
        </message>
        <message>
            <source>Stopped sharing a case</source>
            <translation>ကိစ္စရပ် မျှဝေခြင်း ရပ်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Added a goal</source>
            <translation>ရည်မှန်းချက် ထည့်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Changed a goal</source>
            <translation>ရည်မှန်းချက် ပြောင်းခဲ့သည်</translation>
        </message>
        <message>
            <source>Removed a goal</source>
            <translation>ရည်မှန်းချက် ဖယ်ရှားခဲ့သည်</translation>
        </message>
        <message>
            <source>Added an action</source>
            <translation>လုပ်ဆောင်ချက် ထည့်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Changed an action</source>
            <translation>လုပ်ဆောင်ချက် ပြောင်းခဲ့သည်</translation>
        </message>
        <message>
            <source>Marked an action done</source>
            <translation>လုပ်ဆောင်ချက်ကို ပြီးပြီဟု မှတ်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Marked an action not done</source>
            <translation>လုပ်ဆောင်ချက်ကို မပြီးသေးဟု မှတ်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Removed an action</source>
            <translation>လုပ်ဆောင်ချက် ဖယ်ရှားခဲ့သည်</translation>
        </message>
        <message>
            <source>Added a service line</source>
            <translation>ဝန်ဆောင်မှုအမျိုးအစား ထည့်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Removed a service line</source>
            <translation>ဝန်ဆောင်မှုအမျိုးအစား ဖယ်ရှားခဲ့သည်</translation>
        </message>
        <message>
            <source>Broke the glass (read a record outside own cases)</source>
            <translation>အရေးပေါ် ဖွင့်ကြည့်ခဲ့သည် (မိမိကိစ္စ မဟုတ်သော မှတ်တမ်းကို ဖတ်ခဲ့သည်)</translation>
        </message>
        <message>
            <source>Wrote a participant's note</source>
            <translation>ပါဝင်သူ၏ မှတ်စု ရေးခဲ့သည်</translation>
        </message>
        <message>
            <source>Read a record's change history</source>
            <translation>မှတ်တမ်း၏ ပြောင်းလဲမှု မှတ်တမ်းကို ဖတ်သည်</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>ပြင်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Turned on</source>
            <translation>ဖွင့်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Turned off</source>
            <translation>ပိတ်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Copied a plan</source>
            <translation>စီမံချက် မိတ္တူကူးခဲ့သည်</translation>
        </message>
        <message>
            <source>Started a plan from a template</source>
            <translation>နမူနာပုံစံမှ စီမံချက် စတင်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Saved a plan as a template</source>
            <translation>စီမံချက်ကို နမူနာပုံစံအဖြစ် သိမ်းခဲ့သည်</translation>
        </message>
        <message>
            <source>Added the templates that come with Saphan</source>
            <translation>Saphan နှင့်အတူပါလာသော နမူနာပုံစံများ ထည့်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Added participants</source>
            <translation>ပါဝင်သူများ ထည့်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Removed participants</source>
            <translation>ပါဝင်သူများ ဖယ်ရှားခဲ့သည်</translation>
        </message>
        <message>
            <source>Made a signing key</source>
            <translation>လက်မှတ်ထိုးသော့ ပြုလုပ်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Prepared figures to share</source>
            <translation>မျှဝေရန် ကိန်းဂဏန်းများ ပြင်ဆင်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Added demo data</source>
            <translation>နမူနာ ဒေတာ ထည့်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Exported everything about a person</source>
            <translation>ပုဂ္ဂိုလ်တစ်ဦးအကြောင်း အားလုံးကို ထုတ်ယူခဲ့သည်</translation>
        </message>
        <message>
            <source>Added a kind of consent</source>
            <translation>သဘောတူညီချက် အမျိုးအစား ထည့်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Renamed a kind of consent</source>
            <translation>သဘောတူညီချက် အမျိုးအစား အမည်ပြောင်းခဲ့သည်</translation>
        </message>
        <message>
            <source>Recorded consent given</source>
            <translation>သဘောတူညီချက် ပေးကြောင်း မှတ်တမ်းတင်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Recorded consent withdrawn</source>
            <translation>သဘောတူညီချက် ရုပ်သိမ်းကြောင်း မှတ်တမ်းတင်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Closed months as reported</source>
            <translation>အစီရင်ခံပြီး လများကို ပိတ်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Reopened a month</source>
            <translation>လတစ်လကို ပြန်ဖွင့်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Made this laptop a team</source>
            <translation>ဤလက်ပ်တော့ဖြင့် အဖွဲ့ ဖွဲ့ခဲ့သည်</translation>
        </message>
        <message>
            <source>Invited a laptop to the team</source>
            <translation>လက်ပ်တော့တစ်လုံးကို အဖွဲ့သို့ ဖိတ်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Removed a laptop from the team</source>
            <translation>လက်ပ်တော့တစ်လုံးကို အဖွဲ့မှ ဖယ်ရှားခဲ့သည်</translation>
        </message>
        <message>
            <source>Kept this laptop's version of a change</source>
            <translation>ပြောင်းလဲမှုတစ်ခု၏ ဤလက်ပ်တော့ပေါ်ရှိ ပုံစံကို ထားခဲ့သည်</translation>
        </message>
        <message>
            <source>Took the other laptop's version</source>
            <translation>အခြားလက်ပ်တော့၏ ပုံစံကို ယူခဲ့သည်</translation>
        </message>
        <message>
            <source>Marked a task done</source>
            <translation>လုပ်ငန်းတစ်ခု ပြီးကြောင်း မှတ်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Put a task off</source>
            <translation>လုပ်ငန်းတစ်ခုကို ရွှေ့ဆိုင်းခဲ့သည်</translation>
        </message>
        <message>
            <source>Dismissed a task</source>
            <translation>လုပ်ငန်းတစ်ခုကို ပယ်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>ပုဂ္ဂိုလ်</translation>
        </message>
        <message>
            <source>Staff account</source>
            <translation>ဝန်ထမ်းအကောင့်</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>ဆက်တင်</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>အစည်းအဝေး</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>အစီအစဉ်</translation>
        </message>
        <message>
            <source>Activity type</source>
            <translation>လှုပ်ရှားမှု အမျိုးအစား</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>လွှဲပြောင်းညွှန်းပို့မှု</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>အကဲဖြတ်ချက်</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>ဝန်ဆောင်မှု</translation>
        </message>
        <message>
            <source>People</source>
            <translation>လူများ</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>ကိစ္စရပ်</translation>
        </message>
        <message>
            <source>Case goal</source>
            <translation>ကိစ္စရပ် ရည်မှန်းချက်</translation>
        </message>
        <message>
            <source>Case action</source>
            <translation>ကိစ္စရပ် လုပ်ဆောင်ချက်</translation>
        </message>
        <message>
            <source>Session plan</source>
            <translation>အစည်းအဝေး စီမံချက်</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>စီမံကိန်း</translation>
        </message>
        <message>
            <source>Questionnaire</source>
            <translation>မေးခွန်းလွှာ</translation>
        </message>
        <message>
            <source>Own field</source>
            <translation>ကိုယ်ပိုင် အကွက်</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>အဖွဲ့</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>လများ</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>ကွန်ရက်</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>လုပ်ငန်း</translation>
        </message>
        <message>
            <source>Counselling</source>
            <translation>စိတ်ပိုင်းဆိုင်ရာ အကြံပေးခြင်း</translation>
        </message>
        <message>
            <source>Psychological first aid</source>
            <translation>စိတ်ပိုင်းဆိုင်ရာ ရှေးဦးပြုစုခြင်း</translation>
        </message>
        <message>
            <source>Case follow-up</source>
            <translation>ကိစ္စရပ် ဆက်လက်ကြည့်ရှုခြင်း</translation>
        </message>
        <message>
            <source>MHPSS group session</source>
            <translation>စိတ်ကျန်းမာရေးနှင့် စိတ်လူမှုပံ့ပိုးမှု အုပ်စုအစည်းအဝေး</translation>
        </message>
        <message>
            <source>Social-protection awareness</source>
            <translation>လူမှုဖူလုံရေး အသိပညာပေးခြင်း</translation>
        </message>
        <message>
            <source>Thai class</source>
            <translation>ထိုင်းစာ သင်တန်း</translation>
        </message>
        <message>
            <source>Vocational training</source>
            <translation>အသက်မွေးဝမ်းကျောင်း သင်တန်း</translation>
        </message>
        <message>
            <source>Youth activity</source>
            <translation>လူငယ် လှုပ်ရှားမှု</translation>
        </message>
        <message>
            <source>Women's safe-space meeting</source>
            <translation>အမျိုးသမီး ဘေးကင်းလုံခြုံရာနေရာ အစည်းအဝေး</translation>
        </message>
        <message>
            <source>Participatory project session</source>
            <translation>ပူးပေါင်းပါဝင်သော စီမံကိန်း အစည်းအဝေး</translation>
        </message>
        <message>
            <source>Before (pre)</source>
            <translation>မစမီ (pre)</translation>
        </message>
        <message>
            <source>Midway (mid)</source>
            <translation>အလယ် (mid)</translation>
        </message>
        <message>
            <source>After (post)</source>
            <translation>ပြီးနောက် (post)</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>ပို့ပြီး</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>လက်ခံပြီး</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>ပြီးဆုံးပြီး</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>ငြင်းပယ်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>လက်ခံရရှိပြီး</translation>
        </message>
        <message>
            <source>Served</source>
            <translation>ဝန်ဆောင်မှု ပေးပြီး</translation>
        </message>
        <message>
            <source>Not served</source>
            <translation>ဝန်ဆောင်မှု မပေးနိုင်ခဲ့</translation>
        </message>
        <message>
            <source>Could not contact</source>
            <translation>ဆက်သွယ်၍ မရခဲ့</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>ပုံမှန်</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>အရေးတကြီး</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>အရေးပေါ်</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>ရက်စွဲသည် အနာဂတ်ရက် ဖြစ်၍ မရပါ။</translation>
        </message>
        <message>
            <source>Enter the date, for example 23/11/2026.</source>
            <translation>ရက်စွဲ ထည့်ပါ၊ ဥပမာ 23/11/2026။</translation>
        </message>
        <message>
            <source>The duration must be between 1 minute and 8 hours.</source>
            <translation>ကြာချိန်သည် ၁ မိနစ်မှ ၈ နာရီအတွင်း ဖြစ်ရမည်။</translation>
        </message>
        <message>
            <source>An individual session is with one person only.</source>
            <translation>တစ်ဦးချင်း အစည်းအဝေးသည် လူတစ်ဦးတည်းနှင့်သာ ဖြစ်သည်။</translation>
        </message>
        <message>
            <source>Someone on the list was deleted meanwhile. Remove them and save again.</source>
            <translation>စာရင်းထဲမှ တစ်ဦးကို ဖျက်လိုက်ပြီ ဖြစ်သည်။ ထိုသူကို ဖယ်ပြီး ထပ်သိမ်းပါ။</translation>
        </message>
        <message>
            <source>Add at least one person who came.</source>
            <translation>တက်ရောက်လာသူ အနည်းဆုံး တစ်ဦး ထည့်ပါ။</translation>
        </message>
        <message>
            <source>A participant's note is only for someone on the attendance list.</source>
            <translation>ပါဝင်သူ၏ မှတ်စုသည် တက်ရောက်သူစာရင်းတွင် ပါသူအတွက်သာ ဖြစ်သည်။</translation>
        </message>
        <message>
            <source>Participants' notes are for group sessions.</source>
            <translation>ပါဝင်သူများ၏ မှတ်စုများသည် အဖွဲ့လိုက် အစည်းအဝေးများအတွက် ဖြစ်သည်။</translation>
        </message>
        <message>
            <source>A participant's note is too long (at most 5,000 characters).</source>
            <translation>ပါဝင်သူ၏ မှတ်စု ရှည်လွန်းသည် (အများဆုံး စာလုံး ၅,၀၀၀)။</translation>
        </message>
        <message>
            <source>The reason is too long (at most 500 characters).</source>
            <translation>အကြောင်းရင်း ရှည်လွန်းသည် (အများဆုံး စာလုံး ၅၀၀)။</translation>
        </message>
        <message>
            <source>Choose the person this session was with.</source>
            <translation>ဤအစည်းအဝေးတွင် ပါဝင်သူကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Choose the programme.</source>
            <translation>အစီအစဉ်ကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Choose an area of the network's list.</source>
            <translation>ကွန်ရက်စာရင်းထဲမှ နေရာဒေသ တစ်ခုကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>The topic is too long (at most 300 characters).</source>
            <translation>ခေါင်းစဉ် ရှည်လွန်းသည် (စာလုံး ၃၀၀ အထိသာ)။</translation>
        </message>
        <message>
            <source>Answer every question.</source>
            <translation>မေးခွန်းတိုင်းကို ဖြေပါ။</translation>
        </message>
        <message>
            <source>Say why the person is referred.</source>
            <translation>ထိုသူကို ဘာကြောင့် လွှဲပြောင်းညွှန်းပို့သည်ကို ဖော်ပြပါ။</translation>
        </message>
        <message>
            <source>Choose the service.</source>
            <translation>ဝန်ဆောင်မှုကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Confirm that the person agreed to this referral.</source>
            <translation>ထိုသူက ဤလွှဲပြောင်းညွှန်းပို့မှုကို သဘောတူကြောင်း အတည်ပြုပါ။</translation>
        </message>
        <message>
            <source>This person's record has no consent to referral. Record their consent on the Consent tab first.</source>
            <translation>ဤသူ၏ မှတ်တမ်းတွင် လွှဲပြောင်းညွှန်းပို့ရန် သဘောတူညီချက် မရှိပါ။ “သဘောတူညီချက်” တဘ်တွင် အရင် မှတ်တမ်းတင်ပါ။</translation>
        </message>
        <message>
            <source>The follow-up date cannot be before the referral.</source>
            <translation>ဆက်လက်ကြည့်ရှုမည့်ရက်သည် လွှဲပြောင်းသည့်ရက် မတိုင်မီ ဖြစ်၍ မရပါ။</translation>
        </message>
        <message>
            <source>Enter the organisation and the name of the service.</source>
            <translation>အဖွဲ့အစည်းနှင့် ဝန်ဆောင်မှုအမည်ကို ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>စီစဉ်ထားသည်</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>ပယ်ဖျက်ပြီး</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>ကြိုဆိုခြင်း</translation>
        </message>
        <message>
            <source>Energiser</source>
            <translation>စိတ်လန်းဆန်းစေသော ကစားနည်း</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>လှုပ်ရှားမှု</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>ဆွေးနွေးခြင်း</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>ပြန်လည်သုံးသပ်ခြင်း</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>နိဂုံးချုပ်ခြင်း</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>အကဲဖြတ်ခြင်း</translation>
        </message>
        <message>
            <source>Burmese (မြန်မာ)</source>
            <translation>မြန်မာ</translation>
        </message>
        <message>
            <source>Thai (ไทย)</source>
            <translation>ထိုင်း (ไทย)</translation>
        </message>
        <message>
            <source>Step {step} needs a title.</source>
            <translation>အဆင့် {step} တွင် ခေါင်းစဉ် လိုသည်။</translation>
        </message>
        <message>
            <source>The title of step {step} is too long (at most 300 characters).</source>
            <translation>အဆင့် {step} ၏ ခေါင်းစဉ် ရှည်လွန်းသည် (စာလုံး ၃၀၀ အထိသာ)။</translation>
        </message>
        <message>
            <source>Step {step} must take between 1 minute and 8 hours.</source>
            <translation>အဆင့် {step} သည် ၁ မိနစ်မှ ၈ နာရီအတွင်း ကြာရမည်။</translation>
        </message>
        <message>
            <source>Choose what kind of step step {step} is.</source>
            <translation>အဆင့် {step} သည် မည်သည့် အဆင့်အမျိုးအစား ဖြစ်သည်ကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>A text of step {step} holds an invisible control character (often from copied text). Delete that text and type it again.</source>
            <translation>အဆင့် {step} ၏ စာသားတစ်ခုတွင် မမြင်ရသော ထိန်းချုပ်စာလုံး (များသောအားဖြင့် ကူးယူထားသော စာသားမှ) ပါဝင်နေသည်။ ထိုစာသားကို ဖျက်ပြီး ပြန်ရိုက်ပါ။</translation>
        </message>
        <message>
            <source>Check step {step}.</source>
            <translation>အဆင့် {step} ကို စစ်ဆေးပါ။</translation>
        </message>
        <message>
            <source>Enter a title.</source>
            <translation>ခေါင်းစဉ် ထည့်ပါ။</translation>
        </message>
        <message>
            <source>The title is too long (at most 300 characters).</source>
            <translation>ခေါင်းစဉ် ရှည်လွန်းသည် (စာလုံး ၃၀၀ အထိသာ)။</translation>
        </message>
        <message>
            <source>The session number must be between 1 and 999.</source>
            <translation>အစည်းအဝေး နံပါတ်သည် ၁ မှ ၉၉၉ အတွင်း ဖြစ်ရမည်။</translation>
        </message>
        <message>
            <source>The planned duration must be between 5 minutes and 8 hours.</source>
            <translation>စီစဉ်ထားသော ကြာချိန်သည် ၅ မိနစ်မှ ၈ နာရီအတွင်း ဖြစ်ရမည်။</translation>
        </message>
        <message>
            <source>A plan can have at most 40 steps.</source>
            <translation>စီမံချက်တစ်ခုတွင် အဆင့် ၄၀ အထိသာ ရှိနိုင်သည်။</translation>
        </message>
        <message>
            <source>The end date cannot be before the start date.</source>
            <translation>ပြီးဆုံးရက်သည် စတင်ရက် မတိုင်မီ ဖြစ်၍ မရပါ။</translation>
        </message>
        <message>
            <source>The project was deleted meanwhile. Close this plan and reopen the project.</source>
            <translation>စီမံကိန်းကို ဖျက်လိုက်ပြီ ဖြစ်သည်။ ဤစီမံချက်ကို ပိတ်ပြီး စီမံကိန်းကို ပြန်ဖွင့်ပါ။</translation>
        </message>
        <message>
            <source>This plan is not a template.</source>
            <translation>ဤစီမံချက်သည် နမူနာပုံစံ မဟုတ်ပါ။</translation>
        </message>
        <message>
            <source>An objective holds an invisible control character (often from copied text). Delete it and type it again.</source>
            <translation>ရည်ရွယ်ချက်တစ်ခုတွင် မမြင်ရသော ထိန်းချုပ်စာလုံး (များသောအားဖြင့် ကူးယူထားသော စာသားမှ) ပါဝင်နေသည်။ ၎င်းကို ဖျက်ပြီး ပြန်ရိုက်ပါ။</translation>
        </message>
        <message>
            <source>A key message holds an invisible control character (often from copied text). Delete it and type it again.</source>
            <translation>အဓိက သတင်းစကားတစ်ခုတွင် မမြင်ရသော ထိန်းချုပ်စာလုံး (များသောအားဖြင့် ကူးယူထားသော စာသားမှ) ပါဝင်နေသည်။ ၎င်းကို ဖျက်ပြီး ပြန်ရိုက်ပါ။</translation>
        </message>
        <message>
            <source>A line of the materials holds an invisible control character (often from copied text). Delete it and type it again.</source>
            <translation>ပစ္စည်းစာရင်းမှ စာကြောင်းတစ်ကြောင်းတွင် မမြင်ရသော ထိန်းချုပ်စာလုံး (များသောအားဖြင့် ကူးယူထားသော စာသားမှ) ပါဝင်နေသည်။ ၎င်းကို ဖျက်ပြီး ပြန်ရိုက်ပါ။</translation>
        </message>
        <message>
            <source>A line of the preparation holds an invisible control character (often from copied text). Delete it and type it again.</source>
            <translation>ပြင်ဆင်ရန်စာရင်းမှ စာကြောင်းတစ်ကြောင်းတွင် မမြင်ရသော ထိန်းချုပ်စာလုံး (များသောအားဖြင့် ကူးယူထားသော စာသားမှ) ပါဝင်နေသည်။ ၎င်းကို ဖျက်ပြီး ပြန်ရိုက်ပါ။</translation>
        </message>
        <message>
            <source>The safety notes hold an invisible control character (often from copied text). Delete that text and type it again.</source>
            <translation>ဘေးကင်းရေး မှတ်ချက်များတွင် မမြင်ရသော ထိန်းချုပ်စာလုံး (များသောအားဖြင့် ကူးယူထားသော စာသားမှ) ပါဝင်နေသည်။ ထိုစာသားကို ဖျက်ပြီး ပြန်ရိုက်ပါ။</translation>
        </message>
        <message>
            <source>The facilitator notes hold an invisible control character (often from copied text). Delete that text and type it again.</source>
            <translation>လမ်းညွှန်ဆောင်ရွက်သူ မှတ်ချက်များတွင် မမြင်ရသော ထိန်းချုပ်စာလုံး (များသောအားဖြင့် ကူးယူထားသော စာသားမှ) ပါဝင်နေသည်။ ထိုစာသားကို ဖျက်ပြီး ပြန်ရိုက်ပါ။</translation>
        </message>
        <message>
            <source>Someone on the list was deleted meanwhile. Search again.</source>
            <translation>စာရင်းထဲမှ တစ်ဦးကို ဖျက်လိုက်ပြီ ဖြစ်သည်။ ထပ်ရှာပါ။</translation>
        </message>
        <message>
            <source>This programme no longer exists. Choose another one.</source>
            <translation>ဤအစီအစဉ် မရှိတော့ပါ။ အခြားတစ်ခု ရွေးပါ။</translation>
        </message>
        <message>
            <source>Psychosocial support (MHPSS)</source>
            <translation>စိတ်လူမှု ပံ့ပိုးမှု (MHPSS)</translation>
        </message>
        <message>
            <source>Legal aid</source>
            <translation>ဥပဒေ အကူအညီ</translation>
        </message>
        <message>
            <source>Documents and registration</source>
            <translation>စာရွက်စာတမ်းနှင့် မှတ်ပုံတင်ခြင်း</translation>
        </message>
        <message>
            <source>Health referral</source>
            <translation>ကျန်းမာရေး လွှဲပြောင်းညွှန်းပို့မှု</translation>
        </message>
        <message>
            <source>Education (migrant learning centres)</source>
            <translation>ပညာရေး (ရွှေ့ပြောင်း သင်ကြားရေးစင်တာများ)</translation>
        </message>
        <message>
            <source>Thai language</source>
            <translation>ထိုင်း ဘာသာစကား</translation>
        </message>
        <message>
            <source>Safe shelter</source>
            <translation>ဘေးကင်းသော ခိုလှုံရာ</translation>
        </message>
        <message>
            <source>GBV and child protection</source>
            <translation>ကျားမ အခြေပြု အကြမ်းဖက်မှုနှင့် ကလေးသူငယ် ကာကွယ်ရေး</translation>
        </message>
        <message>
            <source>Livelihoods</source>
            <translation>အသက်မွေးဝမ်းကျောင်း</translation>
        </message>
        <message>
            <source>Food and cash assistance</source>
            <translation>စားနပ်ရိက္ခာနှင့် ငွေသား အကူအညီ</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>ရပ်နားထားသည်</translation>
        </message>
        <message>
            <source>Closed for good</source>
            <translation>အပြီးပိတ်ပြီး</translation>
        </message>
        <message>
            <source>Temporarily closed</source>
            <translation>ယာယီ ပိတ်ထားသည်</translation>
        </message>
        <message>
            <source>Shan</source>
            <translation>ရှမ်း</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>မွန်</translation>
        </message>
        <message>
            <source>Youth engagement</source>
            <translation>လူငယ် ပါဝင်ဆောင်ရွက်မှု</translation>
        </message>
        <message>
            <source>Safe space for women and girls</source>
            <translation>အမျိုးသမီးနှင့် မိန်းကလေးများအတွက် ဘေးကင်းလုံခြုံရာနေရာ</translation>
        </message>
        <message>
            <source>Participatory projects for women's engagement</source>
            <translation>အမျိုးသမီးများ ပါဝင်ရေး ပူးပေါင်းဆောင်ရွက်သော စီမံကိန်းများ</translation>
        </message>
        <message>
            <source>The database's key file is there and can be read: it needs no replacing. Nothing was changed.</source>
            <translation>ဒေတာဘေ့စ်၏ သော့ဖိုင် ရှိပြီး ဖတ်၍ရသည် - အစားထိုးရန် မလိုပါ။ ဘာမျှ မပြောင်းလဲခဲ့ပါ။</translation>
        </message>
        <message>
            <source>This backup is of another database: its key file does not open this one. Nothing was changed.</source>
            <translation>ဤအရန်မိတ္တူသည် အခြားဒေတာဘေ့စ်၏ အရန်မိတ္တူ ဖြစ်သည် - ၎င်း၏ သော့ဖိုင်ဖြင့် ဤဒေတာဘေ့စ်ကို မဖွင့်နိုင်ပါ။ ဘာမျှ မပြောင်းလဲခဲ့ပါ။</translation>
        </message>
        <message>
            <source>A file in the team folder was refused. Nothing in it was used.</source>
            <translation>အဖွဲ့ဖိုင်တွဲထဲရှိ ဖိုင်တစ်ခုကို လက်မခံပါ။ ၎င်းထဲမှ မည်သည့်အရာကိုမျှ မသုံးပါ။</translation>
        </message>
        <message>
            <source>This laptop is not part of a team yet. Create a team or join one on the Team page.</source>
            <translation>ဤလက်ပ်တော့သည် အဖွဲ့တစ်ခု၏ အစိတ်အပိုင်း မဖြစ်သေးပါ။ အဖွဲ့စာမျက်နှာတွင် အဖွဲ့တစ်ခု ဖန်တီးပါ သို့မဟုတ် ဝင်ပါ။</translation>
        </message>
        <message>
            <source>This laptop is already part of a team.</source>
            <translation>ဤလက်ပ်တော့သည် အဖွဲ့တစ်ခု၏ အစိတ်အပိုင်း ဖြစ်ပြီးသားဖြစ်သည်။</translation>
        </message>
        <message>
            <source>The team folder holds no complete copy of the records yet. Ask the laptop that invited you to sync, then try again.</source>
            <translation>အဖွဲ့ဖိုင်တွဲတွင် မှတ်တမ်းများ၏ အပြည့်အစုံမိတ္တူ မရှိသေးပါ။ သင့်ကို ဖိတ်ခေါ်သော လက်ပ်တော့ကို ချိန်ကိုက် (sync) လုပ်ခိုင်းပြီး ထပ်ကြိုးစားပါ။</translation>
        </message>
        <message>
            <source>This folder is not a Saphan team folder. Choose the folder your team shares.</source>
            <translation>ဤဖိုင်တွဲသည် Saphan အဖွဲ့ဖိုင်တွဲ မဟုတ်ပါ။ သင့်အဖွဲ့ မျှဝေသုံးသော ဖိုင်တွဲကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>This folder already holds a team. Choose an empty folder, or join that team instead.</source>
            <translation>ဤဖိုင်တွဲတွင် အဖွဲ့တစ်ခု ရှိပြီးဖြစ်သည်။ ဖိုင်တွဲအလွတ်တစ်ခုကို ရွေးပါ၊ သို့မဟုတ် ထိုအဖွဲ့သို့ ဝင်ပါ။</translation>
        </message>
        <message>
            <source>This belongs to another team, not to this one. Nothing in it was used.</source>
            <translation>ဤအရာသည် ဤအဖွဲ့၏ မဟုတ်ဘဲ အခြားအဖွဲ့တစ်ခု၏ ဖြစ်သည်။ ၎င်းထဲမှ မည်သည့်အရာကိုမျှ မသုံးပါ။</translation>
        </message>
        <message>
            <source>A file in the team folder comes from a laptop that is not in the team. It was not used.</source>
            <translation>အဖွဲ့ဖိုင်တွဲထဲရှိ ဖိုင်တစ်ခုသည် အဖွဲ့တွင် မပါဝင်သော လက်ပ်တော့မှ လာသည်။ ၎င်းကို မသုံးပါ။</translation>
        </message>
        <message>
            <source>A file in the team folder comes from a laptop that was removed from the team. It was not used.</source>
            <translation>အဖွဲ့ဖိုင်တွဲထဲရှိ ဖိုင်တစ်ခုသည် အဖွဲ့မှ ဖယ်ရှားထားသော လက်ပ်တော့မှ လာသည်။ ၎င်းကို မသုံးပါ။</translation>
        </message>
        <message>
            <source>A file in the team folder is not signed by the laptop it claims to come from: it was changed or forged. It was not used.</source>
            <translation>အဖွဲ့ဖိုင်တွဲထဲရှိ ဖိုင်တစ်ခုကို ၎င်းလာသည်ဟု ဆိုထားသော လက်ပ်တော့က လက်မှတ်ထိုးထားခြင်း မရှိပါ - ပြင်ဆင်ထားသော သို့မဟုတ် အတုလုပ်ထားသော ဖိုင် ဖြစ်သည်။ ၎င်းကို မသုံးပါ။</translation>
        </message>
        <message>
            <source>This laptop does not have the key for a file in the team folder yet. Sync again later; if this stays, ask your CSO's admin.</source>
            <translation>ဤလက်ပ်တော့တွင် အဖွဲ့ဖိုင်တွဲထဲရှိ ဖိုင်တစ်ခုအတွက် သော့ မရှိသေးပါ။ နောက်မှ ထပ်မံ ချိန်ကိုက်ပါ၊ ဆက်ဖြစ်နေပါက အဖွဲ့အစည်း၏ စီမံခန့်ခွဲသူကို မေးပါ။</translation>
        </message>
        <message>
            <source>A file in the team folder cannot be decrypted: it was changed. It was not used.</source>
            <translation>အဖွဲ့ဖိုင်တွဲထဲရှိ ဖိုင်တစ်ခုကို စာဝှက်ဖြည်၍ မရပါ - ၎င်းကို ပြင်ဆင်ထားသည်။ ၎င်းကို မသုံးပါ။</translation>
        </message>
        <message>
            <source>A file in the team folder was renamed or moved: its name does not match what it holds. It was not used.</source>
            <translation>အဖွဲ့ဖိုင်တွဲထဲရှိ ဖိုင်တစ်ခုကို အမည်ပြောင်းထားသည် သို့မဟုတ် ရွှေ့ထားသည် - ၎င်း၏ အမည်သည် ပါဝင်သည့်အရာနှင့် မကိုက်ညီပါ။ ၎င်းကို မသုံးပါ။</translation>
        </message>
        <message>
            <source>A file in the team folder is incomplete, perhaps still being copied. It will be read again at the next sync.</source>
            <translation>အဖွဲ့ဖိုင်တွဲထဲရှိ ဖိုင်တစ်ခု မပြည့်စုံပါ - ကူးယူနေဆဲ ဖြစ်နိုင်သည်။ နောက်တစ်ကြိမ် ချိန်ကိုက်သည့်အခါ ထပ်ဖတ်မည်။</translation>
        </message>
        <message>
            <source>A file in the team folder is not in the form Saphan writes. It was not used.</source>
            <translation>အဖွဲ့ဖိုင်တွဲထဲရှိ ဖိုင်တစ်ခုသည် Saphan ရေးသော ပုံစံ မဟုတ်ပါ။ ၎င်းကို မသုံးပါ။</translation>
        </message>
        <message>
            <source>A file in the team folder cannot be read. Check that the folder is connected.</source>
            <translation>အဖွဲ့ဖိုင်တွဲထဲရှိ ဖိုင်တစ်ခုကို ဖတ်၍ မရပါ။ ဖိုင်တွဲ ချိတ်ဆက်ထားကြောင်း စစ်ဆေးပါ။</translation>
        </message>
        <message>
            <source>This laptop's file is already in the team folder. It was not written over.</source>
            <translation>ဤလက်ပ်တော့၏ ဖိုင်သည် အဖွဲ့ဖိုင်တွဲထဲတွင် ရှိပြီးဖြစ်သည်။ ၎င်းကို ထပ်မရေးပါ။</translation>
        </message>
        <message>
            <source>This file is not a Saphan invitation.</source>
            <translation>ဤဖိုင်သည် Saphan ဖိတ်ကြားစာ မဟုတ်ပါ။</translation>
        </message>
        <message>
            <source>The pairing code is wrong. Check it with the person who invited this laptop and try again.</source>
            <translation>ချိတ်ဆက်ကုဒ် မှားနေသည်။ ဤလက်ပ်တော့ကို ဖိတ်ကြားသူနှင့် စစ်ဆေးပြီး ထပ်ကြိုးစားပါ။</translation>
        </message>
        <message>
            <source>This invitation has already been used or was cancelled. Ask for a new invitation.</source>
            <translation>ဤဖိတ်ကြားစာကို အသုံးပြုပြီး သို့မဟုတ် ပယ်ဖျက်ပြီး ဖြစ်သည်။ ဖိတ်ကြားစာအသစ် တောင်းပါ။</translation>
        </message>
        <message>
            <source>This invitation is not in this team folder. Choose the team folder of the laptop that invited you.</source>
            <translation>ဤဖိတ်ကြားစာသည် ဤအဖွဲ့ဖိုင်တွဲတွင် မရှိပါ။ သင့်ကို ဖိတ်ကြားသော လက်ပ်တော့၏ အဖွဲ့ဖိုင်တွဲကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>The file failed a check.</source>
            <translation>ဖိုင်သည် စစ်ဆေးမှု မအောင်ပါ။</translation>
        </message>
        <message>
            <source>The file name is not a CSO code (e.g. BEAM.json).</source>
            <translation>ဖိုင်အမည်သည် အဖွဲ့အစည်း ကုဒ် မဟုတ်ပါ (ဥပမာ BEAM.json)။</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>ဖိုင်ကို မဖတ်နိုင်ပါ။</translation>
        </message>
        <message>
            <source>This is not a regular file.</source>
            <translation>ဤအရာသည် ပုံမှန်ဖိုင် မဟုတ်ပါ။</translation>
        </message>
        <message>
            <source>The file is too large to be a bundle.</source>
            <translation>ဖိုင်သည် မျှဝေဖိုင် ဖြစ်ရန် ကြီးလွန်းသည်။</translation>
        </message>
        <message>
            <source>The file is nested too deeply to be a bundle.</source>
            <translation>ဖိုင်၏ ဖွဲ့စည်းပုံသည် မျှဝေဖိုင် ဖြစ်ရန် ရှုပ်ထွေးလွန်းသည်။</translation>
        </message>
        <message>
            <source>The file is not valid JSON (it may be incomplete).</source>
            <translation>ဖိုင်သည် မှန်ကန်သော JSON မဟုတ်ပါ (မပြည့်စုံခြင်း ဖြစ်နိုင်သည်)။</translation>
        </message>
        <message>
            <source>The file names the same entry twice, so programs could read it differently.</source>
            <translation>ဖိုင်တွင် တူညီသော အချက်ကို နှစ်ကြိမ် ဖော်ပြထားသဖြင့် ပရိုဂရမ်များက ကွဲပြားစွာ ဖတ်နိုင်သည်။</translation>
        </message>
        <message>
            <source>The file does not have the form of a bundle.</source>
            <translation>ဖိုင်သည် မျှဝေဖိုင် ပုံစံ မဟုတ်ပါ။</translation>
        </message>
        <message>
            <source>The file is not a Saphan bundle.</source>
            <translation>ဖိုင်သည် Saphan မျှဝေဖိုင် မဟုတ်ပါ။</translation>
        </message>
        <message>
            <source>The signature does not match: the file was changed after it was signed.</source>
            <translation>လက်မှတ် မကိုက်ညီပါ - လက်မှတ်ထိုးပြီးနောက် ဖိုင်ကို ပြင်ထားသည်။</translation>
        </message>
        <message>
            <source>The bundle belongs to another network.</source>
            <translation>ဤမျှဝေဖိုင်သည် အခြား ကွန်ရက်နှင့် သက်ဆိုင်သည်။</translation>
        </message>
        <message>
            <source>The file name does not match the CSO inside.</source>
            <translation>ဖိုင်အမည်သည် အတွင်းရှိ အဖွဲ့အစည်းနှင့် မကိုက်ညီပါ။</translation>
        </message>
        <message>
            <source>The CSO is not a member of the network.</source>
            <translation>ဤအဖွဲ့အစည်းသည် ကွန်ရက်၏ အဖွဲ့ဝင် မဟုတ်ပါ။</translation>
        </message>
        <message>
            <source>The CSO's key is not the one registered.</source>
            <translation>အဖွဲ့အစည်း၏ သော့သည် မှတ်ပုံတင်ထားသော သော့ မဟုတ်ပါ။</translation>
        </message>
        <message>
            <source>The bundle withheld fewer small counts than the network requires.</source>
            <translation>ဤမျှဝေဖိုင်သည် ကွန်ရက်က သတ်မှတ်သည်ထက် အရေအတွက်ငယ်များကို နည်းနည်းသာ ဖုံးထားသည်။</translation>
        </message>
        <message>
            <source>The bundle shows a count below the threshold: it could identify people.</source>
            <translation>ဤမျှဝေဖိုင်တွင် သတ်မှတ်ချက်အောက် အရေအတွက် ပါနေသည် - လူများကို ခွဲခြားသိနိုင်သည်။</translation>
        </message>
        <message>
            <source>An older revision than one already merged (e.g. from an old backup).</source>
            <translation>ပေါင်းပြီးသား ဗားရှင်းထက် ဟောင်းသော ဗားရှင်း (ဥပမာ အရန်မိတ္တူဟောင်းမှ)။</translation>
        </message>
        <message>
            <source>The bundle is not signed.</source>
            <translation>ဤမျှဝေဖိုင်ကို လက်မှတ် မထိုးထားပါ။</translation>
        </message>
        <message>
            <source>This database holds no network yet. Create it first.</source>
            <translation>ဤဒေတာဘေ့စ်တွင် ကွန်ရက် မရှိသေးပါ။ ဦးစွာ ဖန်တီးပါ။</translation>
        </message>
        <message>
            <source>This database holds a network already; one database holds one network.</source>
            <translation>ဤဒေတာဘေ့စ်တွင် ကွန်ရက် ရှိပြီးသား ဖြစ်သည်။ ဒေတာဘေ့စ် တစ်ခုတွင် ကွန်ရက် တစ်ခုသာ ရှိသည်။</translation>
        </message>
        <message>
            <source>No member of the network has this CSO code.</source>
            <translation>ကွန်ရက်၏ မည်သည့်အဖွဲ့ဝင်မျှ ဤအဖွဲ့အစည်း ကုဒ် မရှိပါ။</translation>
        </message>
        <message>
            <source>The network has no programme with this code.</source>
            <translation>ကွန်ရက်တွင် ဤကုဒ်ဖြင့် အစီအစဉ် မရှိပါ။</translation>
        </message>
        <message>
            <source>A target is a whole number from 0 to 10,000,000.</source>
            <translation>ပန်းတိုင်သည် 0 မှ 10,000,000 အထိ ကိန်းပြည့် ဖြစ်ရမည်။</translation>
        </message>
        <message>
            <source>An area can only lie in another area of the network, never in itself.</source>
            <translation>နေရာဒေသ တစ်ခုသည် ကွန်ရက်၏ အခြားနေရာဒေသ တစ်ခုအတွင်းတွင်သာ ရှိနိုင်ပြီး မိမိကိုယ်တိုင်အတွင်း မရှိနိုင်ပါ။</translation>
        </message>
        <message>
            <source>An instrument code is small letters, digits and _, starting with a letter (e.g. who5).</source>
            <translation>မေးခွန်းပုံစံ ကုဒ်သည် စာလုံးသေး၊ ဂဏန်းနှင့် _ ဖြစ်ပြီး စာလုံးဖြင့် စရမည် (ဥပမာ who5)။</translation>
        </message>
        <message>
            <source>The threshold is a whole number from 2 to 100.</source>
            <translation>အတိုင်းအတာသည် 2 မှ 100 အထိ ကိန်းပြည့် ဖြစ်ရမည်။</translation>
        </message>
        <message>
            <source>A network code is small letters, digits and _, starting with a letter (e.g. maesot).</source>
            <translation>ကွန်ရက် ကုဒ်သည် စာလုံးသေး၊ ဂဏန်းနှင့် _ ဖြစ်ပြီး စာလုံးဖြင့် စရမည် (ဥပမာ maesot)။</translation>
        </message>
        <message>
            <source>The reporting period ends before it starts.</source>
            <translation>အစီရင်ခံကာလသည် မစမီ ပြီးဆုံးနေသည်။</translation>
        </message>
        <message>
            <source>The public key must be 64 hexadecimal characters.</source>
            <translation>အများသုံးသော့သည် hexadecimal စာလုံး ၆၄ လုံး ဖြစ်ရမည်။</translation>
        </message>
        <message>
            <source>A CSO code is 2 to 12 capital letters and digits, starting with a letter (e.g. BEAM).</source>
            <translation>အဖွဲ့အစည်း ကုဒ်သည် စာလုံးကြီးနှင့် ဂဏန်း ၂ လုံးမှ ၁၂ လုံးအထိ ဖြစ်ပြီး စာလုံးဖြင့် စရမည် (ဥပမာ BEAM)။</translation>
        </message>
        <message>
            <source>Another member of the network is registered with this public key. Check the key with the CSO again.</source>
            <translation>ကွန်ရက်၏ အခြားအဖွဲ့ဝင်တစ်ခုကို ဤအများသုံး သော့ဖြင့် မှတ်ပုံတင်ထားပြီး ဖြစ်သည်။ သော့ကို အဖွဲ့အစည်းနှင့် ထပ်မံ စစ်ဆေးပါ။</translation>
        </message>
        <message>
            <source>The shared folder holds the network file of another network, or one signed by another coordinator key. Nothing was written: choose the right folder.</source>
            <translation>မျှဝေဖိုင်တွဲတွင် အခြားကွန်ရက်၏ ကွန်ရက်ဖိုင် သို့မဟုတ် အခြား ညှိနှိုင်းရေးမှူး သော့ဖြင့် လက်မှတ်ထိုးထားသော ဖိုင် ရှိနေသည်။ ဘာမျှ မရေးရသေးပါ - မှန်ကန်သော ဖိုင်တွဲကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>The shared folder holds a newer revision of this network file than this database (written from another copy of it?). Nothing was written.</source>
            <translation>မျှဝေဖိုင်တွဲတွင် ဤဒေတာဘေ့စ်ထက် ပိုသစ်သော ကွန်ရက်ဖိုင် ဗားရှင်း ရှိနေသည် (ဒေတာဘေ့စ်၏ အခြားမိတ္တူမှ ရေးထားသလား)။ ဘာမျှ မရေးရသေးပါ။</translation>
        </message>
        <message>
            <source>The shared folder or server keeps newer counts of this organisation than this database can send (was it restored from an old backup?). Nothing was published; ask the coordinator.</source>
            <translation>မျှဝေဖိုင်တွဲ သို့မဟုတ် ဆာဗာတွင် ဤဒေတာဘေ့စ်က ပို့နိုင်သည်ထက် ပိုသစ်သော ဤအဖွဲ့အစည်း၏ အရေအတွက်များ ရှိနေသည် (၎င်းကို အရန်မိတ္တူဟောင်းမှ ပြန်ယူထားသလား)။ ဘာမျှ ထုတ်ပြန်မထားပါ၊ ညှိနှိုင်းရေးမှူးကို မေးပါ။</translation>
        </message>
        <message>
            <source>The record of what was merged before is damaged, so nothing was merged. Move the file {path} away to start again.</source>
            <translation>ယခင်က ပေါင်းစည်းခဲ့သည့် မှတ်တမ်း ပျက်စီးနေသဖြင့် ဘာမျှ မပေါင်းစည်းခဲ့ပါ။ အစမှ ပြန်စရန် {path} ဖိုင်ကို အခြားနေရာသို့ ရွှေ့ပါ။</translation>
        </message>
        <message>
            <source>The network file is not signed by the coordinator's key. Do not use it; ask the coordinator.</source>
            <translation>ကွန်ရက်ဖိုင်ကို ညှိနှိုင်းရေးမှူး၏ သော့ဖြင့် လက်မှတ် မထိုးထားပါ။ မသုံးပါနှင့်၊ ညှိနှိုင်းရေးမှူးကို မေးပါ။</translation>
        </message>
        <message>
            <source>The network file does not have the expected form.</source>
            <translation>ကွန်ရက်ဖိုင်သည် မျှော်လင့်ထားသော ပုံစံ မဟုတ်ပါ။</translation>
        </message>
        <message>
            <source>The shared directory file does not have the right form.</source>
            <translation>မျှဝေထားသော လမ်းညွှန်ဖိုင်သည် မှန်ကန်သော ပုံစံ မဟုတ်ပါ။</translation>
        </message>
        <message>
            <source>The fingerprint does not match the public key. Check both with the CSO again.</source>
            <translation>လက်ဗွေကုဒ်သည် အများသုံးသော့နှင့် မကိုက်ညီပါ။ အဖွဲ့အစည်းနှင့် နှစ်ခုလုံး ပြန်စစ်ပါ။</translation>
        </message>
        <message>
            <source>This database does not hold the coordinator's key for this network.</source>
            <translation>ဤဒေတာဘေ့စ်တွင် ဤကွန်ရက်အတွက် ညှိနှိုင်းရေးမှူး၏ သော့ မရှိပါ။</translation>
        </message>
        <message>
            <source>The network file is not signed.</source>
            <translation>ကွန်ရက်ဖိုင်ကို လက်မှတ် မထိုးထားပါ။</translation>
        </message>
        <message>
            <source>There is no network file in the shared folder yet.</source>
            <translation>မျှဝေဖိုင်တွဲထဲတွင် ကွန်ရက်ဖိုင် မရှိသေးပါ။</translation>
        </message>
        <message>
            <source>The shared folder is not reachable. Your counts are safe here; publish again when the folder is connected.</source>
            <translation>မျှဝေဖိုင်တွဲကို မရောက်နိုင်ပါ။ သင့်အရေအတွက်များ ဤနေရာတွင် လုံခြုံစွာ ရှိသည်၊ ဖိုင်တွဲ ချိတ်ဆက်မိသည့်အခါ ထပ်ထုတ်ပြန်ပါ။</translation>
        </message>
        <message>
            <source>This CSO is not a member of the network yet (or with another key). Read your key fingerprint to the coordinator, then pull the new network file.</source>
            <translation>ဤအဖွဲ့အစည်းသည် ကွန်ရက်၏ အဖွဲ့ဝင် မဖြစ်သေးပါ (သို့မဟုတ် အခြားသော့ဖြင့် ဖြစ်နေသည်)။ သင့်သော့ လက်ဗွေကုဒ်ကို ညှိနှိုင်းရေးမှူးထံ ဖတ်ပြပြီး ကွန်ရက်ဖိုင်အသစ်ကို ရယူပါ။</translation>
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <source>Language</source>
            <translation>ဘာသာစကား</translation>
        </message>
        <message>
            <source>The language Saphan is shown in</source>
            <translation>Saphan ကို ပြသသည့် ဘာသာစကား</translation>
        </message>
    </context>
    <context>
        <name>LimitedPersonDialog</name>
        <message>
            <source>{code} — person record</source>
            <translation>{code} — ပုဂ္ဂိုလ် မှတ်တမ်း</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>ကျား/မ</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>မွေးသည်</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <source>You see this person's name and code, and the sessions you ran that they came to. The rest of the record is for their caseworkers.</source>
            <translation>သင်သည် ဤသူ၏ အမည်နှင့် ကုဒ်၊ သင်ဦးဆောင်ခဲ့သော အစည်းအဝေးများတွင် တက်ရောက်မှုကိုသာ မြင်ရသည်။ ကျန်မှတ်တမ်းသည် ၎င်း၏ ကိစ္စတာဝန်ခံများအတွက် ဖြစ်သည်။</translation>
        </message>
        <message>
            <source>This person is not in one of your cases, so you see only the basic part of the record. Phone, documentation, disability answers, notes, assessments, referrals and MHPSS notes are withheld.</source>
            <translation>ဤသူသည် သင့်ကိစ္စများထဲတွင် မပါဝင်သဖြင့် မှတ်တမ်း၏ အခြေခံအပိုင်းကိုသာ မြင်ရသည်။ ဖုန်း၊ စာရွက်စာတမ်း၊ မသန်စွမ်းမှုအဖြေများ၊ မှတ်စုများ၊ အကဲဖြတ်ချက်များ၊ လွှဲပြောင်းမှုများနှင့် MHPSS မှတ်စုများကို ဖော်ပြမထားပါ။</translation>
        </message>
        <message>
            <source>Sessions you ran that they came to</source>
            <translation>သင်ဦးဆောင်ခဲ့ပြီး ၎င်းတက်ရောက်ခဲ့သော အစည်းအဝေးများ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>ရက်စွဲ</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>လှုပ်ရှားမှု</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>ခေါင်းစဉ်</translation>
        </message>
        <message>
            <source>None of the sessions you ran.</source>
            <translation>သင်ဦးဆောင်ခဲ့သော အစည်းအဝေးများတွင် မတက်ရောက်ခဲ့ပါ။</translation>
        </message>
        <message>
            <source>Break the glass…</source>
            <translation>အရေးပေါ် ဖွင့်ကြည့်မည်…</translation>
        </message>
        <message>
            <source>Read the whole record for a reason; the admin sees it in the audit trail</source>
            <translation>အကြောင်းရင်းတစ်ခုဖြင့် မှတ်တမ်းအပြည့်အစုံကို ဖတ်မည်။ စီမံခန့်ခွဲသူက လုပ်ဆောင်ချက်မှတ်တမ်းတွင် မြင်ရမည်</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ပိတ်မည်</translation>
        </message>
    </context>
    <context>
        <name>ListEditor</name>
        <message>
            <source>Add</source>
            <translation>ထည့်မည်</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>ဖယ်မည်</translation>
        </message>
        <message>
            <source>Remove the selected item (Delete)</source>
            <translation>ရွေးထားသည်ကို ဖယ်မည် (Delete)</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>Saphan is locked</source>
            <translation>Saphan ကို သော့ခတ်ထားသည်</translation>
        </message>
        <message>
            <source>Signed in: {name} ({username})</source>
            <translation>ဝင်ထားသူ - {name} ({username})</translation>
        </message>
        <message>
            <source>Type your password to continue where you left off.</source>
            <translation>ရပ်ခဲ့သည့်နေရာမှ ဆက်လုပ်ရန် သင့်စကားဝှက်ကို ရိုက်ပါ။</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>စကားဝှက်</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>သော့ဖွင့်မည်</translation>
        </message>
        <message>
            <source>The password is wrong.</source>
            <translation>စကားဝှက် မှားနေသည်။</translation>
        </message>
    </context>
    <context>
        <name>LogSessionDialog</name>
        <message>
            <source>Log a session</source>
            <translation>အစည်းအဝေး မှတ်တမ်းတင်ရန်</translation>
        </message>
        <message>
            <source>Record attendance</source>
            <translation>တက်ရောက်မှု မှတ်တမ်းတင်မည်</translation>
        </message>
        <message>
            <source>Save attendance</source>
            <translation>တက်ရောက်မှုကို သိမ်းမည်</translation>
        </message>
        <message>
            <source>{activity} (individual)</source>
            <translation>{activity} (တစ်ဦးချင်း)</translation>
        </message>
        <message>
            <source>{activity} (group)</source>
            <translation>{activity} (အုပ်စု)</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> မိနစ်</translation>
        </message>
        <message>
            <source>e.g. BEAM centre, Mae Pa</source>
            <translation>ဥပမာ BEAM စင်တာ၊ မယ်ပ</translation>
        </message>
        <message>
            <source>e.g. Managing stress; Thai lesson 4</source>
            <translation>ဥပမာ စိတ်ဖိစီးမှု ထိန်းသိမ်းခြင်း၊ ထိုင်းစာ သင်ခန်းစာ ၄</translation>
        </message>
        <message>
            <source>No project</source>
            <translation>စီမံကိန်း မရှိ</translation>
        </message>
        <message>
            <source>Confidential: seen only by caseworkers and admins</source>
            <translation>လျှို့ဝှက်ချက် - ကိစ္စရပ်တာဝန်ခံများနှင့် စီမံခန့်ခွဲသူများသာ မြင်ရသည်</translation>
        </message>
        <message>
            <source>Activity *</source>
            <translation>လှုပ်ရှားမှု *</translation>
        </message>
        <message>
            <source>Programme *</source>
            <translation>အစီအစဉ် *</translation>
        </message>
        <message>
            <source>Date *</source>
            <translation>ရက်စွဲ *</translation>
        </message>
        <message>
            <source>Duration *</source>
            <translation>ကြာချိန် *</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>နေရာ</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>နေရာဒေသ</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>ခေါင်းစဉ်</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>စီမံကိန်း</translation>
        </message>
        <message>
            <source>MHPSS notes</source>
            <translation>စိတ်ကျန်းမာရေး မှတ်ချက်များ</translation>
        </message>
        <message>
            <source>Save session</source>
            <translation>အစည်းအဝေး သိမ်းမည်</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>သိမ်းမည် (Ctrl+S)</translation>
        </message>
        <message>
            <source>Participants' notes</source>
            <translation>ပါဝင်သူများ၏ မှတ်စုများ</translation>
        </message>
        <message>
            <source>When to contact the person next: the follow-up date of their open case</source>
            <translation>ထိုသူကို နောက်တစ်ကြိမ် ဆက်သွယ်မည့်အချိန် - ၎င်း၏ ဖွင့်ထားသော ကိစ္စရပ်၏ နောက်ဆက်တွဲ ရက်စွဲ</translation>
        </message>
        <message>
            <source>Next contact</source>
            <translation>နောက်တစ်ကြိမ် ဆက်သွယ်ရန်</translation>
        </message>
        <message>
            <source>Who was it with?</source>
            <translation>မည်သူနှင့် ဖြစ်သနည်း။</translation>
        </message>
        <message>
            <source>Who came?</source>
            <translation>မည်သူ တက်ရောက်ခဲ့သနည်း။</translation>
        </message>
        <message>
            <source>Choose the person to save.</source>
            <translation>သိမ်းရန် ပုဂ္ဂိုလ်ကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Add the people who came to save.</source>
            <translation>သိမ်းရန် တက်ရောက်လာသူများကို ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Correct the fields marked in red to save.</source>
            <translation>သိမ်းရန် အနီရောင်ပြထားသော အကွက်များကို ပြင်ပါ။</translation>
        </message>
        <message>
            <source>Ready to save: {count} attendee(s).</source>
            <translation>သိမ်းရန် အသင့် - တက်ရောက်သူ {count} ဦး။</translation>
        </message>
        <message>
            <source>Discard this session?</source>
            <translation>ဤအစည်းအဝေးကို စွန့်မလား။</translation>
        </message>
        <message>
            <source>The session has not been saved. Discard it?</source>
            <translation>အစည်းအဝေးကို မသိမ်းရသေးပါ။ စွန့်မလား။</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>စွန့်မည်</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>ဆက်ပြင်မည်</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Sign in to Saphan</source>
            <translation>Saphan သို့ ဝင်ရောက်ရန်</translation>
        </message>
        <message>
            <source>Saphan</source>
            <translation>Saphan</translation>
        </message>
        <message>
            <source>e.g. khinmyo</source>
            <translation>ဥပမာ khinmyo</translation>
        </message>
        <message>
            <source>Show password</source>
            <translation>စကားဝှက် ပြပါ</translation>
        </message>
        <message>
            <source>Remember me on this Windows account</source>
            <translation>ဤ Windows အကောင့်တွင် ကျွန်ုပ်ကို မှတ်ထားပါ</translation>
        </message>
        <message>
            <source>Saphan opens without your password next time, on this Windows account only. Your password is never saved in a file.</source>
            <translation>နောက်တစ်ကြိမ်တွင် Saphan သည် ဤ Windows အကောင့်တွင်သာ စကားဝှက် မလိုဘဲ ပွင့်မည်။ သင့်စကားဝှက်ကို ဖိုင်ထဲတွင် ဘယ်တော့မှ မသိမ်းပါ။</translation>
        </message>
        <message>
            <source>Forgot password?</source>
            <translation>စကားဝှက် မေ့နေပါသလား။</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>ဝင်ရောက်မည်</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>ထွက်မည်</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>အသုံးပြုသူအမည်</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>စကားဝှက်</translation>
        </message>
        <message>
            <source>Organisation: {code}</source>
            <translation>အဖွဲ့အစည်း - {code}</translation>
        </message>
        <message>
            <source>Saphan cannot remember you</source>
            <translation>Saphan က သင့်ကို မမှတ်ထားနိုင်ပါ</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Worklist</source>
            <translation>လုပ်ရန်စာရင်း</translation>
        </message>
        <message>
            <source>Beneficiaries</source>
            <translation>အကူအညီရယူသူများ</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>အစည်းအဝေးများ</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>အကျဉ်းချုပ်</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>စီမံကိန်းများ</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>ဝန်ဆောင်မှု လမ်းညွှန်</translation>
        </message>
        <message>
            <source>Referrals received</source>
            <translation>လက်ခံရရှိသော လွှဲပြောင်းညွှန်းပို့မှုများ</translation>
        </message>
        <message>
            <source>My services</source>
            <translation>ကျွန်ုပ်တို့၏ ဝန်ဆောင်မှုများ</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>မျှဝေရန်</translation>
        </message>
        <message>
            <source>Coordinator workspace</source>
            <translation>ညှိနှိုင်းရေးမှူး လုပ်ငန်းခွင်</translation>
        </message>
        <message>
            <source>Staff accounts</source>
            <translation>ဝန်ထမ်းအကောင့်များ</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>လုပ်ဆောင်ချက် မှတ်တမ်း</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>အဖွဲ့</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>ဆက်တင်များ</translation>
        </message>
        <message>
            <source>development version</source>
            <translation>စမ်းသပ် ဗားရှင်း</translation>
        </message>
        <message>
            <source>There is nothing here for your role yet.</source>
            <translation>သင့်တာဝန်အဆင့်အတွက် ဤနေရာတွင် ဘာမျှ မရှိသေးပါ။</translation>
        </message>
        <message>
            <source>There is no backup yet.</source>
            <translation>အရန်မိတ္တူ မရှိသေးပါ။</translation>
        </message>
        <message>
            <source>The last backup is more than 7 days old.</source>
            <translation>နောက်ဆုံး အရန်မိတ္တူသည် ၇ ရက်ထက် ကြာနေပြီ။</translation>
        </message>
        <message>
            <source>Back up now…</source>
            <translation>ယခု အရန်ကူးမည်…</translation>
        </message>
        <message>
            <source>Saphan — {cso}</source>
            <translation>Saphan — {cso}</translation>
        </message>
        <message>
            <source>Saphan</source>
            <translation>Saphan</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ဖိုင် (&amp;F)</translation>
        </message>
        <message>
            <source>Change my &amp;password…</source>
            <translation>ကျွန်ုပ်၏ စကားဝှက် ပြောင်းမည် (&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>သော့ခတ်မည် (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>ထွက်မည် (&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>အကူအညီ (&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About Saphan</source>
            <translation>Saphan အကြောင်း (&amp;A)</translation>
        </message>
        <message>
            <source>Signed in: {name} ({role})</source>
            <translation>ဝင်ထားသူ - {name} ({role})</translation>
        </message>
        <message>
            <source>Syncing with the team before closing…</source>
            <translation>မပိတ်မီ အဖွဲ့နှင့် ချိန်ကိုက်နေသည်…</translation>
        </message>
        <message>
            <source>Not shared yet</source>
            <translation>မမျှဝေရသေး</translation>
        </message>
        <message>
            <source>This CSO has not published its services or counts to the network yet.</source>
            <translation>ဤအဖွဲ့အစည်းသည် ၎င်း၏ ဝန်ဆောင်မှုများ သို့မဟုတ် အရေအတွက်များကို ကွန်ရက်သို့ မထုတ်ပြန်ရသေးပါ။</translation>
        </message>
        <message>
            <source>Shared: revision {revision}</source>
            <translation>မျှဝေပြီး - ဗားရှင်း {revision}</translation>
        </message>
        <message>
            <source>Last published at {at} (UTC).</source>
            <translation>နောက်ဆုံး ထုတ်ပြန်ချိန် {at} (UTC)။</translation>
        </message>
        <message>
            <source>Counts waiting to be sent</source>
            <translation>ပို့ရန် စောင့်နေသော အရေအတွက်များ</translation>
        </message>
        <message>
            <source>The server could not be reached at {at} (UTC). Revision {revision} waits and is sent with the next publish.</source>
            <translation>{at} (UTC) တွင် ဆာဗာကို ဆက်သွယ်၍ မရခဲ့ပါ။ ဗားရှင်း {revision} သည် စောင့်နေပြီး နောက်တစ်ကြိမ် ထုတ်ပြန်သည့်အခါ ပို့ပါမည်။</translation>
        </message>
        <message>
            <source>Last publish failed</source>
            <translation>နောက်ဆုံး ထုတ်ပြန်မှု မအောင်မြင်ပါ</translation>
        </message>
        <message>
            <source>The last attempt to publish, at {at} (UTC), failed.</source>
            <translation>{at} (UTC) တွင် နောက်ဆုံး ထုတ်ပြန်ရန် ကြိုးစားမှု မအောင်မြင်ပါ။</translation>
        </message>
        <message>
            <source>Your password was changed.</source>
            <translation>သင့်စကားဝှက်ကို ပြောင်းပြီးပါပြီ။</translation>
        </message>
        <message>
            <source>About Saphan</source>
            <translation>Saphan အကြောင်း</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Saphan {version}&lt;/h3&gt;&lt;p&gt;Records, referrals and shared counts for civil-society organisations serving displaced Myanmar nationals and host communities in Mae Sot.&lt;/p&gt;&lt;p&gt;Records about people never leave this computer. Only the organisation's services and counts too large to identify anyone are shared.&lt;/p&gt;&lt;p&gt;Licence: AGPL-3.0-or-later. Qt {qt}.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Saphan {version}&lt;/h3&gt;&lt;p&gt;မဲဆောက်ရှိ နေရပ်စွန့်ခွာလာသော မြန်မာနိုင်ငံသားများနှင့် ဒေသခံလူထုကို ကူညီနေသော အရပ်ဘက်အဖွဲ့အစည်းများအတွက် မှတ်တမ်း၊ လွှဲပြောင်းညွှန်းပို့မှုနှင့် မျှဝေသော အရေအတွက်များ။&lt;/p&gt;&lt;p&gt;လူများအကြောင်း မှတ်တမ်းများသည် ဤကွန်ပျူတာမှ ဘယ်တော့မှ ထွက်မသွားပါ။ အဖွဲ့အစည်း၏ ဝန်ဆောင်မှုများနှင့် မည်သူမည်ဝါဖြစ်ကြောင်း မသိနိုင်လောက်အောင် များသော အရေအတွက်များကိုသာ မျှဝေသည်။&lt;/p&gt;&lt;p&gt;လိုင်စင် - AGPL-3.0-or-later။ Qt {qt}။&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Match the columns</source>
            <translation>ကော်လံများကို ကိုက်ညီအောင် ချိတ်ရန်</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>ဖိုင်ရှိ ကော်လံ</translation>
        </message>
        <message>
            <source>Examples</source>
            <translation>ဥပမာများ</translation>
        </message>
        <message>
            <source>Saphan field</source>
            <translation>Saphan အကွက်</translation>
        </message>
        <message>
            <source>These columns are matched as the last time you imported a list like this.</source>
            <translation>ဤကော်လံများကို ယခင်က ဤကဲ့သို့ စာရင်း တင်သွင်းခဲ့စဉ်ကအတိုင်း ချိတ်ထားသည်။</translation>
        </message>
        <message>
            <source>Saphan guessed the fields from the column titles. Check each one; choose “Do not import” for columns that are not needed.</source>
            <translation>Saphan က ကော်လံခေါင်းစဉ်များမှ အကွက်များကို ခန့်မှန်းထားသည်။ တစ်ခုစီကို စစ်ပါ၊ မလိုသော ကော်လံများအတွက် “မတင်သွင်းပါ” ကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>— Do not import —</source>
            <translation>— မတင်သွင်းပါ —</translation>
        </message>
        <message>
            <source>Choose the column with the name.</source>
            <translation>အမည် ပါသော ကော်လံကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Choose the column with the sex.</source>
            <translation>ကျား/မ ပါသော ကော်လံကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Choose the column with the date of birth, birth year or age.</source>
            <translation>မွေးနေ့၊ မွေးနှစ် သို့မဟုတ် အသက် ပါသော ကော်လံကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Two columns are set to “{field}”.</source>
            <translation>ကော်လံ နှစ်ခုကို “{field}” နှင့် ချိတ်ထားသည်။</translation>
        </message>
    </context>
    <context>
        <name>MaterialsTab</name>
        <message>
            <source>e.g. Flip chart and markers — then Enter to add</source>
            <translation>ဥပမာ ဖလစ်ချတ်နှင့် မာကာ — ပြီးလျှင် Enter နှိပ်၍ ထည့်ပါ</translation>
        </message>
        <message>
            <source>e.g. Print the service map — then Enter to add</source>
            <translation>ဥပမာ ဝန်ဆောင်မှုမြေပုံ ထုတ်ပါ — ပြီးလျှင် Enter နှိပ်၍ ထည့်ပါ</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>လိုအပ်သော ပစ္စည်းများ</translation>
        </message>
        <message>
            <source>Preparation before the session</source>
            <translation>အစည်းအဝေး မစမီ ပြင်ဆင်ရန်</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <source>Add member</source>
            <translation>အဖွဲ့ဝင် ထည့်ရန်</translation>
        </message>
        <message>
            <source>e.g. BEAM</source>
            <translation>ဥပမာ BEAM</translation>
        </message>
        <message>
            <source>64 hexadecimal characters</source>
            <translation>hexadecimal စာလုံး ၆၄ လုံး</translation>
        </message>
        <message>
            <source>CSO code</source>
            <translation>အဖွဲ့အစည်း ကုဒ်</translation>
        </message>
        <message>
            <source>Enter the member's CSO code.</source>
            <translation>အဖွဲ့ဝင်၏ CSO ကုဒ်ကို ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>အမည်</translation>
        </message>
        <message>
            <source>Enter the member's name.</source>
            <translation>အဖွဲ့ဝင်၏ အမည်ကို ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Public key</source>
            <translation>အများသုံး သော့</translation>
        </message>
        <message>
            <source>Fingerprint (as read out)</source>
            <translation>လက်ဗွေကုဒ် (ဖတ်ပြသည့်အတိုင်း)</translation>
        </message>
        <message>
            <source>Enter the fingerprint the member read out.</source>
            <translation>အဖွဲ့ဝင် ဖတ်ပြသော လက်ဗွေကုဒ်ကို ထည့်ပါ။</translation>
        </message>
        <message>
            <source>The public key must be 64 hexadecimal characters.</source>
            <translation>အများသုံးသော့သည် hexadecimal စာလုံး ၆၄ လုံး ဖြစ်ရမည်။</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>ထည့်မည်</translation>
        </message>
    </context>
    <context>
        <name>MergedFigures</name>
        <message>
            <source>withheld</source>
            <translation>ဖုံးထားသည်</translation>
        </message>
        <message>
            <source>Network totals (programme × month)</source>
            <translation>ကွန်ရက် စုစုပေါင်း (အစီအစဉ် × လ)</translation>
        </message>
        <message>
            <source>Each CSO (CSO × programme × month)</source>
            <translation>အဖွဲ့အစည်း တစ်ခုစီ (အဖွဲ့အစည်း × အစီအစဉ် × လ)</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>ပြရန်</translation>
        </message>
        <message>
            <source>“≥N”: at least N — some CSOs withheld a small count there. A person served by two CSOs counts twice in network totals.</source>
            <translation>“≥N” - အနည်းဆုံး N — အချို့ အဖွဲ့အစည်းများက ထိုနေရာတွင် အရေအတွက်ငယ်ကို ဖုံးထားသည်။ အဖွဲ့အစည်း နှစ်ခုမှ ဝန်ဆောင်မှု ရသူကို ကွန်ရက် စုစုပေါင်းတွင် နှစ်ကြိမ် ရေတွက်သည်။</translation>
        </message>
        <message>
            <source>Merged table</source>
            <translation>ပေါင်းစည်းထားသော ဇယား</translation>
        </message>
        <message>
            <source>Unique people per CSO over the whole period, added up across CSOs.</source>
            <translation>ကာလတစ်ခုလုံးအတွင်း အဖွဲ့အစည်းတစ်ခုစီ၏ လူဦးရေ (တစ်ဦးကို တစ်ကြိမ်) ကို အဖွဲ့အစည်းအားလုံး ပေါင်းထားသည်။</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>တိုးတက်မှု</translation>
        </message>
        <message>
            <source>Monthly trend</source>
            <translation>လစဉ် အလားအလာ</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>အစီအစဉ်</translation>
        </message>
        <message>
            <source>Sex and age</source>
            <translation>ကျား/မ နှင့် အသက်</translation>
        </message>
        <message>
            <source>Behind: fewer people reached than the CSO's share × the part of the reporting period that has passed (months that have ended). A withheld count is fewer than the threshold; a CSO that has not published counts as behind.</source>
            <translation>နောက်ကျနေသည် - ရောက်ရှိကူညီခဲ့သူ အရေအတွက်သည် အဖွဲ့အစည်း၏ ဝေစု × ကုန်ဆုံးပြီးသော အစီရင်ခံကာလ အစိတ်အပိုင်း (ပြီးဆုံးသွားသော လများ) ထက် နည်းသည်။ ထိန်းထားသော အရေအတွက်သည် အတိုင်းအတာထက် နည်းသည်။ မထုတ်ပြန်ရသေးသော အဖွဲ့အစည်းကို နောက်ကျနေသည်ဟု ယူဆသည်။</translation>
        </message>
        <message>
            <source>CSO targets</source>
            <translation>အဖွဲ့အစည်း ပန်းတိုင်များ</translation>
        </message>
        <message>
            <source>Completeness</source>
            <translation>ပြည့်စုံမှု</translation>
        </message>
        <message>
            <source>at least {count}</source>
            <translation>အနည်းဆုံး {count}</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>ရလဒ်များ</translation>
        </message>
        <message>
            <source>People with a pre and a post score, and how many improved by at least the instrument's minimal important difference (MID), added up across CSOs. “withheld”: a CSO withheld a small count; “at least N”: the sum of what was published.</source>
            <translation>မစမီ (pre) နှင့် ပြီးနောက် (post) ရမှတ် ရှိသူများနှင့် ၎င်းတို့အနက် မေးခွန်းပုံစံ၏ အနည်းဆုံး အရေးပါသော ကွာခြားချက် (MID) အထိ တိုးတက်သူ အရေအတွက်၊ CSO အားလုံးမှ ပေါင်းထားသည်။ “ဖုံးထားသည်”- CSO တစ်ခုက အရေအတွက်နည်းသော ကိန်းကို ဖုံးထားသည်။ “အနည်းဆုံး N”- ထုတ်ပြန်ထားသည်များ၏ ပေါင်းလဒ်။</translation>
        </message>
        <message>
            <source>Made: counted by the referring CSO. Received and served: counted by the receiving CSO from the referral codes it recorded. Completion is served / made, shown only when both are exact (no part withheld).</source>
            <translation>ညွှန်းပို့ခဲ့- ညွှန်းပို့သည့် အဖွဲ့အစည်းက ရေတွက်သည်။ လက်ခံရရှိခဲ့နှင့် ဝန်ဆောင်မှု ရရှိခဲ့- လက်ခံသည့် အဖွဲ့အစည်းက ၎င်း မှတ်တမ်းတင်ခဲ့သော လွှဲပြောင်းညွှန်းပို့မှု ကုဒ်များမှ ရေတွက်သည်။ ပြီးမြောက်မှုနှုန်းမှာ ဝန်ဆောင်မှု ရရှိခဲ့ / ညွှန်းပို့ခဲ့ ဖြစ်ပြီး နှစ်ခုစလုံး အတိအကျ ဖြစ်မှသာ (မည်သည့်အပိုင်းကိုမျှ ဖုံးမထားမှသာ) ပြသသည်။</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>လွှဲပြောင်းညွှန်းပို့မှုများ</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>ညွှန်းပို့ခဲ့</translation>
        </message>
        <message>
            <source>Served</source>
            <translation>ဝန်ဆောင်မှု ရရှိခဲ့</translation>
        </message>
        <message>
            <source>All CSOs</source>
            <translation>အဖွဲ့အစည်း အားလုံး</translation>
        </message>
        <message>
            <source>Referring CSO</source>
            <translation>ညွှန်းပို့သည့် အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>Receiving CSO</source>
            <translation>လက်ခံသည့် အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>Service category</source>
            <translation>ဝန်ဆောင်မှု အမျိုးအစား</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>လက်ခံရရှိခဲ့</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>ပြီးမြောက်မှုနှုန်း</translation>
        </message>
        <message>
            <source>All</source>
            <translation>အားလုံး</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>လ</translation>
        </message>
        <message>
            <source>CSO</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>ပန်းတိုင်</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>ရောက်ရှိ</translation>
        </message>
        <message>
            <source>People</source>
            <translation>လူများ</translation>
        </message>
        <message>
            <source>Projects: {name}</source>
            <translation>စီမံကိန်းများ - {name}</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>မေးခွန်းပုံစံ</translation>
        </message>
        <message>
            <source>MID</source>
            <translation>MID</translation>
        </message>
        <message>
            <source>Pre and post</source>
            <translation>မစမီ နှင့် ပြီးနောက်</translation>
        </message>
        <message>
            <source>Improved</source>
            <translation>တိုးတက်</translation>
        </message>
        <message>
            <source>Not improved</source>
            <translation>မတိုးတက်</translation>
        </message>
        <message>
            <source>Target (improved)</source>
            <translation>ပန်းတိုင် (တိုးတက်သူ)</translation>
        </message>
        <message>
            <source>behind</source>
            <translation>နောက်ကျနေသည်</translation>
        </message>
        <message>
            <source>on track</source>
            <translation>အချိန်မီ</translation>
        </message>
        <message>
            <source>not published</source>
            <translation>မထုတ်ပြန်ရသေး</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <source>CSO's share</source>
            <translation>အဖွဲ့အစည်း၏ ဝေစု</translation>
        </message>
        <message>
            <source>Network target</source>
            <translation>ကွန်ရက် ပန်းတိုင်</translation>
        </message>
        <message>
            <source>% of share</source>
            <translation>ဝေစု၏ %</translation>
        </message>
        <message>
            <source>Expected by now</source>
            <translation>ယခုအချိန်အထိ မျှော်မှန်းချက်</translation>
        </message>
        <message>
            <source>No CSO has a share of the targets yet (the coordinator sets them per CSO).</source>
            <translation>မည်သည့်အဖွဲ့အစည်းမျှ ပန်းတိုင် ဝေစု မရှိသေးပါ (ညှိနှိုင်းရေးမှူးက အဖွဲ့အစည်း တစ်ခုချင်းစီအတွက် သတ်မှတ်သည်)။</translation>
        </message>
        <message>
            <source>Behind on at least one programme: {csos}.</source>
            <translation>အနည်းဆုံး အစီအစဉ် တစ်ခုတွင် နောက်ကျနေသည် - {csos}။</translation>
        </message>
        <message>
            <source>Every CSO with a share is on track.</source>
            <translation>ဝေစုရှိသော အဖွဲ့အစည်းအားလုံး အချိန်မီ ဖြစ်သည်။</translation>
        </message>
        <message>
            <source>Withheld for privacy (fewer than {k} each)</source>
            <translation>ကိုယ်ရေးလုံခြုံမှုအတွက် ဖုံးထားသည် (တစ်ခုစီ {k} ဦးအောက်)</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>အမျိုးသမီး</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>အမျိုးသား</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>အခြား</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>အသက်</translation>
        </message>
        <message>
            <source>{cso}, {month}: reported</source>
            <translation>{cso}၊ {month} - အစီရင်ခံပြီး</translation>
        </message>
        <message>
            <source>{cso}, {month}: not reported</source>
            <translation>{cso}၊ {month} - အစီရင်မခံရသေး</translation>
        </message>
        <message>
            <source>{reported} of {members} CSOs have published. Green: the CSO's latest bundle covers the month.</source>
            <translation>အဖွဲ့အစည်း {members} ခုအနက် {reported} ခု ထုတ်ပြန်ပြီး။ အစိမ်း - ထိုလကို အဖွဲ့အစည်း၏ နောက်ဆုံး မျှဝေဖိုင်တွင် ပါဝင်သည်။</translation>
        </message>
    </context>
    <context>
        <name>MonthDialog</name>
        <message>
            <source>Why it must change (kept in the log)</source>
            <translation>ဘာကြောင့် ပြောင်းရမည်နည်း (မှတ်တမ်းတွင် သိမ်းမည်)</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>လ</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>အကြောင်းရင်း</translation>
        </message>
    </context>
    <context>
        <name>NetworkRevision</name>
        <message>
            <source>Saved as revision {revision}, not written: {why}</source>
            <translation>ဗားရှင်း {revision} အဖြစ် သိမ်းပြီး၊ မရေးရသေးပါ - {why}</translation>
        </message>
        <message>
            <source>Saved as revision {revision}. The shared folder is not reachable: write the network file from Network setup when it is connected.</source>
            <translation>ဗားရှင်း {revision} အဖြစ် သိမ်းပြီး။ မျှဝေဖိုင်တွဲကို မရောက်နိုင်ပါ - ချိတ်ဆက်ပြီးသောအခါ ကွန်ရက် ပြင်ဆင်မှု မှ ကွန်ရက်ဖိုင်ကို ရေးပါ။</translation>
        </message>
        <message>
            <source>Saved and wrote network file revision {revision} to {folder}.</source>
            <translation>သိမ်းပြီး ကွန်ရက်ဖိုင် ဗားရှင်း {revision} ကို {folder} သို့ ရေးပြီး။</translation>
        </message>
        <message>
            <source>Save and write the network file</source>
            <translation>သိမ်းပြီး ကွန်ရက်ဖိုင် ရေးမည်</translation>
        </message>
    </context>
    <context>
        <name>NetworkSetup</name>
        <message>
            <source>Create the network</source>
            <translation>ကွန်ရက် ဖန်တီးရန်</translation>
        </message>
        <message>
            <source>Mae Sot CSO network</source>
            <translation>မဲဆောက် အရပ်ဘက်အဖွဲ့အစည်း ကွန်ရက်</translation>
        </message>
        <message>
            <source>Create network</source>
            <translation>ကွန်ရက် ဖန်တီးမည်</translation>
        </message>
        <message>
            <source>Network code</source>
            <translation>ကွန်ရက် ကုဒ်</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>အမည်</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>အဖွဲ့ဝင်များ</translation>
        </message>
        <message>
            <source>Add member…</source>
            <translation>အဖွဲ့ဝင် ထည့်မည်…</translation>
        </message>
        <message>
            <source>Remove member</source>
            <translation>အဖွဲ့ဝင်ကို ဖယ်မည်</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>ပန်းတိုင်များ</translation>
        </message>
        <message>
            <source>Save targets</source>
            <translation>ပန်းတိုင်များ သိမ်းမည်</translation>
        </message>
        <message>
            <source>Participatory projects target</source>
            <translation>ပူးပေါင်းပါဝင်သော စီမံကိန်း ပန်းတိုင်</translation>
        </message>
        <message>
            <source>Withhold counts below</source>
            <translation>ဤအရေအတွက်အောက်ကို ဖုံးမည်</translation>
        </message>
        <message>
            <source>Write network file to the folder</source>
            <translation>ကွန်ရက်ဖိုင်ကို ဖိုင်တွဲထဲ ရေးမည်</translation>
        </message>
        <message>
            <source>No network yet. Create it: this database then holds the network's signing key (it is backed up with the database).</source>
            <translation>ကွန်ရက် မရှိသေးပါ။ ဖန်တီးပါ - ထို့နောက် ဤဒေတာဘေ့စ်တွင် ကွန်ရက်၏ လက်မှတ်ထိုးသော့ ရှိမည် (ဒေတာဘေ့စ်နှင့်အတူ အရန်ကူးသည်)။</translation>
        </message>
        <message>
            <source>{name} ({code}), revision {revision}. Coordinator key fingerprint: {fingerprint} — CSOs check it when they join.</source>
            <translation>{name} ({code})၊ ဗားရှင်း {revision}။ ညှိနှိုင်းရေးမှူး သော့ လက်ဗွေကုဒ် - {fingerprint} — အဖွဲ့အစည်းများ ဝင်ရောက်သည့်အခါ စစ်ဆေးကြသည်။</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>ကုဒ်</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>လက်ဗွေကုဒ်</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>အစီအစဉ်</translation>
        </message>
        <message>
            <source>People target</source>
            <translation>လူဦးရေ ပန်းတိုင်</translation>
        </message>
        <message>
            <source>Network created. Add the member CSOs next.</source>
            <translation>ကွန်ရက် ဖန်တီးပြီး။ နောက်တစ်ဆင့် အဖွဲ့ဝင် အဖွဲ့အစည်းများကို ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Add member</source>
            <translation>အဖွဲ့ဝင် ထည့်ရန်</translation>
        </message>
        <message>
            <source>The public key must be 64 hexadecimal characters.</source>
            <translation>အများသုံးသော့သည် hexadecimal စာလုံး ၆၄ လုံး ဖြစ်ရမည်။</translation>
        </message>
        <message>
            <source>{code} added. Write the network file to the folder so they can publish.</source>
            <translation>{code} ကို ထည့်ပြီး။ သူတို့ ထုတ်ပြန်နိုင်ရန် ကွန်ရက်ဖိုင်ကို ဖိုင်တွဲထဲ ရေးပါ။</translation>
        </message>
        <message>
            <source>Remove {code} from the network?</source>
            <translation>{code} ကို ကွန်ရက်မှ ဖယ်မလား။</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>ဖယ်မည်</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>ထားမည်</translation>
        </message>
        <message>
            <source>{code} removed.</source>
            <translation>{code} ကို ဖယ်ပြီး။</translation>
        </message>
        <message>
            <source>Targets are whole numbers.</source>
            <translation>ပန်းတိုင်များသည် ကိန်းပြည့် ဖြစ်ရမည်။</translation>
        </message>
        <message>
            <source>Targets saved.</source>
            <translation>ပန်းတိုင်များကို သိမ်းပြီး။</translation>
        </message>
        <message>
            <source>The shared folder is not reachable. The network is kept here; write it when the folder is connected.</source>
            <translation>မျှဝေဖိုင်တွဲကို မရောက်နိုင်ပါ။ ကွန်ရက်ကို ဤနေရာတွင် သိမ်းထားသည်၊ ဖိုင်တွဲ ချိတ်ဆက်မိသည့်အခါ ရေးပါ။</translation>
        </message>
        <message>
            <source>Wrote network file revision {revision} to {folder}.</source>
            <translation>ကွန်ရက်ဖိုင် ဗားရှင်း {revision} ကို {folder} သို့ ရေးပြီး။</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>Close</source>
            <translation>ပိတ်မည်</translation>
        </message>
    </context>
    <context>
        <name>ObjectivesTab</name>
        <message>
            <source>Type an objective, then Enter to add it</source>
            <translation>ရည်ရွယ်ချက် ရိုက်ပြီး Enter နှိပ်၍ ထည့်ပါ</translation>
        </message>
        <message>
            <source>Type a key message, then Enter to add it</source>
            <translation>အဓိက သတင်းစကား ရိုက်ပြီး Enter နှိပ်၍ ထည့်ပါ</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>ရည်ရွယ်ချက်များ</translation>
        </message>
        <message>
            <source>By the end of the session participants will…</source>
            <translation>အစည်းအဝေး ပြီးဆုံးချိန်တွင် ပါဝင်သူများသည်…</translation>
        </message>
        <message>
            <source>Key messages</source>
            <translation>အဓိက သတင်းစကားများ</translation>
        </message>
        <message>
            <source>What every participant should remember and share at home.</source>
            <translation>ပါဝင်သူတိုင်း မှတ်ထားပြီး အိမ်တွင် မျှဝေသင့်သည့်အရာ။</translation>
        </message>
    </context>
    <context>
        <name>OpenCaseDialog</name>
        <message>
            <source>Open a case</source>
            <translation>ကိစ္စရပ် ဖွင့်ရန်</translation>
        </message>
        <message>
            <source>Open case</source>
            <translation>ကိစ္စရပ် ဖွင့်မည်</translation>
        </message>
        <message>
            <source>Service line *</source>
            <translation>ဝန်ဆောင်မှုအမျိုးအစား *</translation>
        </message>
        <message>
            <source>Case owner *</source>
            <translation>ကိစ္စရပ် တာဝန်ခံ *</translation>
        </message>
        <message>
            <source>Opened on *</source>
            <translation>ဖွင့်သည့်ရက် *</translation>
        </message>
    </context>
    <context>
        <name>OrganisationPage</name>
        <message>
            <source>Your organisation</source>
            <translation>သင့် အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>The short code appears in every person's code, e.g. BEAM-000123.</source>
            <translation>ကုဒ်တိုသည် လူတိုင်း၏ ကုဒ်တွင် ပါဝင်သည်၊ ဥပမာ BEAM-000123။</translation>
        </message>
        <message>
            <source>e.g. BEAM</source>
            <translation>ဥပမာ BEAM</translation>
        </message>
        <message>
            <source>e.g. BEAM Education Foundation</source>
            <translation>ဥပမာ BEAM Education Foundation</translation>
        </message>
        <message>
            <source>Short code</source>
            <translation>ကုဒ်တို</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>အမည်အပြည့်အစုံ</translation>
        </message>
    </context>
    <context>
        <name>PairingCodeDialog</name>
        <message>
            <source>Pairing code</source>
            <translation>ချိတ်ဆက်ကုဒ်</translation>
        </message>
        <message>
            <source>The invitation for “{laptop}” is saved as:
{path}

Take the file to the new laptop. Then read this code out to the person who sets it up. Do not send the code together with the file.</source>
            <translation>“{laptop}” အတွက် ဖိတ်ကြားစာကို ဤအဖြစ် သိမ်းထားသည် -
{path}

ဖိုင်ကို လက်ပ်တော့အသစ်ထံ ယူသွားပါ။ ထို့နောက် ၎င်းကို တပ်ဆင်သူထံ ဤကုဒ်ကို ဖတ်ပြပါ။ ကုဒ်ကို ဖိုင်နှင့်အတူ မပို့ပါနှင့်။</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>ပြီးပါပြီ</translation>
        </message>
    </context>
    <context>
        <name>ParticipantNotesDialog</name>
        <message>
            <source>Participants' notes</source>
            <translation>ပါဝင်သူများ၏ မှတ်စုများ</translation>
        </message>
        <message>
            <source>Confidential: each note is read only by the caseworkers who see that person's whole record. A facilitator reads back only the notes they wrote.</source>
            <translation>လျှို့ဝှက်: မှတ်စုတစ်ခုစီကို ထိုသူ၏ မှတ်တမ်းအပြည့်အစုံကို မြင်ရသော ကိစ္စတာဝန်ခံများသာ ဖတ်နိုင်သည်။ အဖွဲ့ဦးဆောင်သူသည် မိမိရေးခဲ့သော မှတ်စုများကိုသာ ပြန်ဖတ်နိုင်သည်။</translation>
        </message>
        <message>
            <source>Save notes</source>
            <translation>မှတ်စုများ သိမ်းမည်</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>မလုပ်တော့ပါ</translation>
        </message>
    </context>
    <context>
        <name>ParticipantNotesTable</name>
        <message>
            <source>Participant</source>
            <translation>ပါဝင်သူ</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>မှတ်ချက်</translation>
        </message>
        <message>
            <source>What this participant said or needs (confidential)</source>
            <translation>ဤပါဝင်သူ ပြောခဲ့သည် သို့မဟုတ် လိုအပ်သည့်အရာ (လျှို့ဝှက်)</translation>
        </message>
        <message>
            <source>Not yours to write: not in your cases</source>
            <translation>သင်ရေးရန် မဟုတ်ပါ - သင့်ကိစ္စများထဲတွင် မပါပါ</translation>
        </message>
    </context>
    <context>
        <name>ParticipantPicker</name>
        <message>
            <source>{person}   — came to {count} session(s)</source>
            <translation>{person}   — အစည်းအဝေး {count} ခု တက်ရောက်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Participants: {count}</source>
            <translation>ပါဝင်သူ - {count}</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsTab</name>
        <message>
            <source>The women (and men) taking part in this project. Add registered people; attendance at each session is logged on the Sessions page.</source>
            <translation>ဤစီမံကိန်းတွင် ပါဝင်သော အမျိုးသမီးများ (နှင့် အမျိုးသားများ)။ စာရင်းသွင်းထားသူများကို ထည့်ပါ။ အစည်းအဝေးတိုင်း၏ တက်ရောက်မှုကို “အစည်းအဝေးများ” စာမျက်နှာတွင် မှတ်တမ်းတင်သည်။</translation>
        </message>
        <message>
            <source>Could not load the participants</source>
            <translation>ပါဝင်သူများကို မဖွင့်နိုင်ပါ</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>မသိမ်းရသေးပါ</translation>
        </message>
    </context>
    <context>
        <name>PassphrasePage</name>
        <message>
            <source>Your recovery passphrase</source>
            <translation>သင့် ပြန်ဖွင့်စကားစု</translation>
        </message>
        <message>
            <source>Shown only this once. If every password is forgotten, only this passphrase opens the records.</source>
            <translation>ဤတစ်ကြိမ်သာ ပြမည်။ စကားဝှက်အားလုံး မေ့သွားပါက ဤစကားစုဖြင့်သာ မှတ်တမ်းများကို ဖွင့်နိုင်မည်။</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>ကူးမည်</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>ပုံနှိပ်မည်…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>PDF အဖြစ် သိမ်းမည်…</translation>
        </message>
        <message>
            <source>Keep it on paper in a locked place, away from this laptop. Anyone who has the passphrase and a copy of the database can read the records. Do not keep it in a file on this computer or in a chat.</source>
            <translation>စာရွက်ပေါ်တွင် ရေးပြီး ဤလက်ပ်တော့နှင့် ဝေးသော သော့ခတ်ထားသည့်နေရာတွင် ထားပါ။ စကားစုနှင့် ဒေတာဘေ့စ် မိတ္တူ ရှိသူမည်သူမဆို မှတ်တမ်းများကို ဖတ်နိုင်သည်။ ဤကွန်ပျူတာပေါ်ရှိ ဖိုင် သို့မဟုတ် chat ထဲတွင် မထားပါနှင့်။</translation>
        </message>
        <message>
            <source>I have written down or printed the recovery passphrase and will keep it somewhere safe</source>
            <translation>ပြန်ဖွင့်စကားစုကို ရေးမှတ် သို့မဟုတ် ပုံနှိပ်ထားပြီး လုံခြုံသောနေရာတွင် ထားပါမည်</translation>
        </message>
        <message>
            <source>Copied. Paste it only where you print it, then delete it.</source>
            <translation>ကူးပြီး။ ပုံနှိပ်မည့်နေရာတွင်သာ ကူးထည့်ပြီး ထို့နောက် ဖျက်ပါ။</translation>
        </message>
    </context>
    <context>
        <name>PassphrasePrint</name>
        <message>
            <source>Saphan recovery passphrase</source>
            <translation>Saphan ပြန်ဖွင့်စကားစု</translation>
        </message>
        <message>
            <source>Created on {date}</source>
            <translation>{date} တွင် ပြုလုပ်သည်</translation>
        </message>
        <message>
            <source>If every password is forgotten, an admin can open the records with this passphrase. Keep this paper in a locked place, away from the laptop. Anyone who has it and a copy of the database can read the records.</source>
            <translation>စကားဝှက်အားလုံး မေ့သွားပါက စီမံခန့်ခွဲသူသည် ဤစကားစုဖြင့် မှတ်တမ်းများကို ဖွင့်နိုင်သည်။ ဤစာရွက်ကို လက်ပ်တော့နှင့် ဝေးသော သော့ခတ်ထားသည့်နေရာတွင် ထားပါ။ ဤစာရွက်နှင့် ဒေတာဘေ့စ် မိတ္တူ ရှိသူမည်သူမဆို မှတ်တမ်းများကို ဖတ်နိုင်သည်။</translation>
        </message>
        <message>
            <source>Print the recovery passphrase</source>
            <translation>ပြန်ဖွင့်စကားစုကို ပုံနှိပ်ရန်</translation>
        </message>
        <message>
            <source>Save the recovery passphrase as PDF</source>
            <translation>ပြန်ဖွင့်စကားစုကို PDF အဖြစ် သိမ်းရန်</translation>
        </message>
        <message>
            <source>Saphan recovery passphrase.pdf</source>
            <translation>Saphan ပြန်ဖွင့်စကားစု.pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF ဖိုင်များ (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>PasswordFields</name>
        <message>
            <source>At least 10 characters</source>
            <translation>အနည်းဆုံး စာလုံး ၁၀ လုံး</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>စကားဝှက်အသစ်</translation>
        </message>
        <message>
            <source>Type it again</source>
            <translation>ထပ်ရိုက်ပါ</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Code</source>
            <translation>ကုဒ်</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>အမည်</translation>
        </message>
        <message>
            <source>Myanmar/Thai name</source>
            <translation>မြန်မာ/ထိုင်း အမည်</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>ကျား/မ</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>အသက်</translation>
        </message>
        <message>
            <source>Population group</source>
            <translation>လူဦးရေ အုပ်စု</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>နေရာဒေသ</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>ဖုန်း</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <source>Only part of this record is yours to see.</source>
            <translation>ဤမှတ်တမ်း၏ တစ်စိတ်တစ်ပိုင်းကိုသာ သင်မြင်ခွင့်ရှိသည်။</translation>
        </message>
        <message>
            <source>Estimated: born about {year}</source>
            <translation>ခန့်မှန်း - {year} ခန့်တွင် မွေးသည်</translation>
        </message>
        <message>
            <source>Born {date}</source>
            <translation>{date} တွင် မွေးသည်</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <source>Register a person</source>
            <translation>လူတစ်ဦး စာရင်းသွင်းရန်</translation>
        </message>
        <message>
            <source>{code} — person record</source>
            <translation>{code} — ပုဂ္ဂိုလ် မှတ်တမ်း</translation>
        </message>
        <message>
            <source>Your role can see this record but not change it.</source>
            <translation>သင့်တာဝန်အဆင့်ဖြင့် ဤမှတ်တမ်းကို ကြည့်နိုင်သော်လည်း ပြင်၍ မရပါ။</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>ပုဂ္ဂိုလ်</translation>
        </message>
        <message>
            <source>Disability (Washington Group)</source>
            <translation>မသန်စွမ်းမှု (Washington Group)</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>သဘောတူညီချက်</translation>
        </message>
        <message>
            <source>Other details</source>
            <translation>အခြားအသေးစိတ်များ</translation>
        </message>
        <message>
            <source>History</source>
            <translation>မှတ်တမ်းသမိုင်း</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ပိတ်မည်</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>စာရင်းသွင်းမည်</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>ပြင်ဆင်ချက်များ သိမ်းမည်</translation>
        </message>
        <message>
            <source>Fill in the fields marked * to save.</source>
            <translation>သိမ်းရန် * ပါသော အကွက်များကို ဖြည့်ပါ။</translation>
        </message>
        <message>
            <source>Correct the fields marked in red to save.</source>
            <translation>သိမ်းရန် အနီရောင်ပြထားသော အကွက်များကို ပြင်ပါ။</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>ကိစ္စရပ်</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>ပြောင်းလဲမှုများ</translation>
        </message>
        <message>
            <source>Export what we hold…</source>
            <translation>သိမ်းထားသမျှကို ထုတ်ယူမည်…</translation>
        </message>
        <message>
            <source>A copy of everything held about this person, for them: a Word document in their language, or a JSON file.</source>
            <translation>ဤပုဂ္ဂိုလ်အကြောင်း သိမ်းဆည်းထားသမျှ၏ မိတ္တူကို ၎င်းအတွက် ပြုလုပ်ပေးသည်- ၎င်း၏ဘာသာစကားဖြင့် Word စာရွက်စာတမ်း သို့မဟုတ် JSON ဖိုင်။</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Word စာရွက်စာတမ်း (*.docx)</translation>
        </message>
        <message>
            <source>JSON file (*.json)</source>
            <translation>JSON ဖိုင် (*.json)</translation>
        </message>
        <message>
            <source>Export what we hold about {code}</source>
            <translation>{code} အကြောင်း သိမ်းထားသမျှကို ထုတ်ယူရန်</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>မထုတ်ရသေးပါ</translation>
        </message>
        <message>
            <source>Wrote what we hold about {code} to {path}.</source>
            <translation>{code} အကြောင်း သိမ်းထားသမျှကို {path} သို့ ရေးသိမ်းပြီး။</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>ပြင်ဆင်ချက်များကို စွန့်မလား။</translation>
        </message>
        <message>
            <source>You have changed this record. Discard the changes?</source>
            <translation>ဤမှတ်တမ်းကို ပြင်ထားသည်။ ပြင်ဆင်ချက်များကို စွန့်မလား။</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>စွန့်မည်</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>ဆက်ပြင်မည်</translation>
        </message>
    </context>
    <context>
        <name>PersonPicker</name>
        <message>
            <source>Who is referred?</source>
            <translation>မည်သူ့ကို လွှဲပြောင်းညွှန်းပို့မည်နည်း။</translation>
        </message>
        <message>
            <source>Refer to: {service}</source>
            <translation>လွှဲပြောင်းရန် - {service}</translation>
        </message>
        <message>
            <source>Search by name, code or phone</source>
            <translation>အမည်၊ ကုဒ် သို့မဟုတ် ဖုန်းဖြင့် ရှာပါ</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>ဆက်လုပ်မည်</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <source>Nobody found.</source>
            <translation>မည်သူမျှ မတွေ့ပါ။</translation>
        </message>
    </context>
    <context>
        <name>PersonTab</name>
        <message>
            <source>e.g. Ma Hnin Ei</source>
            <translation>ဥပမာ Ma Hnin Ei</translation>
        </message>
        <message>
            <source>e.g. မနှင်းအိ or สมศรี ใจดี</source>
            <translation>ဥပမာ မနှင်းအိ သို့မဟုတ် สมศรี ใจดี</translation>
        </message>
        <message>
            <source>Age or birth year is estimated</source>
            <translation>အသက် သို့မဟုတ် မွေးနှစ်ကို ခန့်မှန်းထားသည်</translation>
        </message>
        <message>
            <source> years</source>
            <translation> နှစ်</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>မွေးနှစ်</translation>
        </message>
        <message>
            <source>or age</source>
            <translation>သို့မဟုတ် အသက်</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>ရွေးပါ…</translation>
        </message>
        <message>
            <source>e.g. 081 234 5678 or 09 4512 3456</source>
            <translation>ဥပမာ 081 234 5678 သို့မဟုတ် 09 4512 3456</translation>
        </message>
        <message>
            <source>Choose or type a place</source>
            <translation>နေရာ ရွေးပါ သို့မဟုတ် ရိုက်ထည့်ပါ</translation>
        </message>
        <message>
            <source>Practical notes only (e.g. best time to call). No health or case details.</source>
            <translation>လက်တွေ့ မှတ်ချက်များသာ (ဥပမာ ဖုန်းဆက်ရန် အဆင်ပြေသော အချိန်)။ ကျန်းမာရေး သို့မဟုတ် ကိစ္စရပ် အသေးစိတ် မရေးပါနှင့်။</translation>
        </message>
        <message>
            <source>Name (Latin letters)</source>
            <translation>အမည် (အင်္ဂလိပ် အက္ခရာ)</translation>
        </message>
        <message>
            <source>Name (Myanmar/Thai script)</source>
            <translation>အမည် (မြန်မာ/ထိုင်း စာ)</translation>
        </message>
        <message>
            <source>Sex *</source>
            <translation>ကျား/မ *</translation>
        </message>
        <message>
            <source>Date of birth *</source>
            <translation>မွေးနေ့ *</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>နိုင်ငံသား</translation>
        </message>
        <message>
            <source>Population group *</source>
            <translation>လူဦးရေ အုပ်စု *</translation>
        </message>
        <message>
            <source>Documentation</source>
            <translation>စာရွက်စာတမ်း</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>ဖုန်း</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>နေရာဒေသ</translation>
        </message>
        <message>
            <source>Preferred language</source>
            <translation>နှစ်သက်သော ဘာသာစကား</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>မှတ်ချက်များ</translation>
        </message>
        <message>
            <source>{n} years old</source>
            <translation>အသက် {n} နှစ်</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Steps and timing</source>
            <translation>အဆင့်များနှင့် အချိန်</translation>
        </message>
        <message>
            <source>Objectives and key messages</source>
            <translation>ရည်ရွယ်ချက်နှင့် အဓိက သတင်းစကား</translation>
        </message>
        <message>
            <source>Materials and preparation</source>
            <translation>ပစ္စည်းနှင့် ပြင်ဆင်မှု</translation>
        </message>
        <message>
            <source>Safety and notes</source>
            <translation>ဘေးကင်းရေးနှင့် မှတ်ချက်</translation>
        </message>
        <message>
            <source>e.g. Stress and coping</source>
            <translation>ဥပမာ စိတ်ဖိစီးမှုနှင့် ရင်ဆိုင်ဖြေရှင်းခြင်း</translation>
        </message>
        <message>
            <source> min</source>
            <translation> မိနစ်</translation>
        </message>
        <message>
            <source>Session no.</source>
            <translation>အစည်းအဝေး အမှတ်</translation>
        </message>
        <message>
            <source>Title *</source>
            <translation>ခေါင်းစဉ် *</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ဘာသာစကား</translation>
        </message>
        <message>
            <source>Planned date</source>
            <translation>စီစဉ်ထားသော ရက်</translation>
        </message>
        <message>
            <source>Planned duration</source>
            <translation>စီစဉ်ထားသော ကြာချိန်</translation>
        </message>
        <message>
            <source>Drag a step, or press Ctrl+Up / Ctrl+Down, to change the order</source>
            <translation>အစီအစဉ်ပြောင်းရန် အဆင့်ကို ဆွဲရွှေ့ပါ သို့မဟုတ် Ctrl+Up / Ctrl+Down နှိပ်ပါ</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>အဆင့် ထည့်မည်</translation>
        </message>
        <message>
            <source>Add a step after the selected one (Ctrl+T)</source>
            <translation>ရွေးထားသော အဆင့်နောက်တွင် အဆင့်တစ်ခု ထည့်မည် (Ctrl+T)</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>အဆင့် ဖယ်မည်</translation>
        </message>
        <message>
            <source>Remove the selected step (Delete)</source>
            <translation>ရွေးထားသော အဆင့်ကို ဖယ်မည် (Delete)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>အပေါ်ရွှေ့မည်</translation>
        </message>
        <message>
            <source>Move the selected step earlier (Ctrl+Up)</source>
            <translation>ရွေးထားသော အဆင့်ကို ရှေ့သို့ ရွှေ့မည် (Ctrl+Up)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>အောက်ရွှေ့မည်</translation>
        </message>
        <message>
            <source>Move the selected step later (Ctrl+Down)</source>
            <translation>ရွေးထားသော အဆင့်ကို နောက်သို့ ရွှေ့မည် (Ctrl+Down)</translation>
        </message>
        <message>
            <source>Save as template…</source>
            <translation>နမူနာပုံစံအဖြစ် သိမ်းမည်…</translation>
        </message>
        <message>
            <source>Keep a copy of this plan in the template library, to reuse it</source>
            <translation>ပြန်သုံးနိုင်ရန် ဤစီမံချက်၏ မိတ္တူကို နမူနာပုံစံ စာကြည့်တိုက်တွင် သိမ်းမည်</translation>
        </message>
        <message>
            <source>Export to Word…</source>
            <translation>Word သို့ ထုတ်မည်…</translation>
        </message>
        <message>
            <source>Open in Word</source>
            <translation>Word ဖြင့် ဖွင့်မည်</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>ပုံနှိပ်မည်</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ပိတ်မည်</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>သိမ်းမည်</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>သိမ်းမည် (Ctrl+S)</translation>
        </message>
        <message>
            <source>Template: {title}</source>
            <translation>နမူနာပုံစံ - {title}</translation>
        </message>
        <message>
            <source>New session plan: {title}</source>
            <translation>အစည်းအဝေး စီမံချက် အသစ် - {title}</translation>
        </message>
        <message>
            <source>Session plan: {title}</source>
            <translation>အစည်းအဝေး စီမံချက် - {title}</translation>
        </message>
        <message>
            <source>(no title yet)</source>
            <translation>(ခေါင်းစဉ် မရှိသေး)</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(ခေါင်းစဉ် မရှိ)</translation>
        </message>
        <message>
            <source>Step “{title}” removed.</source>
            <translation>“{title}” အဆင့်ကို ဖယ်ပြီး။</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>ပြန်ဖျက်မည်</translation>
        </message>
        <message>
            <source>Total time: {total} minutes of the {planned} planned.</source>
            <translation>စုစုပေါင်း အချိန် - စီစဉ်ထားသော {planned} မိနစ်အနက် {total} မိနစ်။</translation>
        </message>
        <message>
            <source>Total time: {total} minutes.</source>
            <translation>စုစုပေါင်း အချိန် - {total} မိနစ်။</translation>
        </message>
        <message>
            <source>The steps take {total} minutes, {over} more than the {planned} planned. Shorten a step or plan a longer session.</source>
            <translation>အဆင့်များသည် {total} မိနစ် ကြာပြီး စီစဉ်ထားသော {planned} မိနစ်ထက် {over} မိနစ် ပိုသည်။ အဆင့်တစ်ခုကို တိုအောင်လုပ်ပါ သို့မဟုတ် ပိုရှည်သော အစည်းအဝေး စီစဉ်ပါ။</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>မသိမ်းရသေးပါ</translation>
        </message>
        <message>
            <source>Plan “{title}” saved.</source>
            <translation>“{title}” စီမံချက်ကို သိမ်းပြီး။</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>မသိမ်းရသေးပါ</translation>
        </message>
        <message>
            <source>Correct the plan first: {problem}</source>
            <translation>စီမံချက်ကို အရင်ပြင်ပါ - {problem}</translation>
        </message>
        <message>
            <source>Save as template</source>
            <translation>နမူနာပုံစံအဖြစ် သိမ်းရန်</translation>
        </message>
        <message>
            <source>Title of the template in the library:</source>
            <translation>စာကြည့်တိုက်ရှိ နမူနာပုံစံ၏ ခေါင်းစဉ် -</translation>
        </message>
        <message>
            <source>Saved in the template library as “{title}”.</source>
            <translation>နမူနာပုံစံ စာကြည့်တိုက်တွင် “{title}” အဖြစ် သိမ်းပြီး။</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>ပြင်ဆင်ချက်များကို စွန့်မလား။</translation>
        </message>
        <message>
            <source>This plan has changes that are not saved. Discard them?</source>
            <translation>ဤစီမံချက်တွင် မသိမ်းရသေးသော ပြင်ဆင်ချက်များ ရှိသည်။ စွန့်မလား။</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>ပြင်ဆင်ချက်များ စွန့်မည်</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>ဆက်ပြင်မည်</translation>
        </message>
    </context>
    <context>
        <name>PlansTab</name>
        <message>
            <source>No.</source>
            <translation>စဉ်</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>ခေါင်းစဉ်</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>ရက်စွဲ</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>ကြာချိန်</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ဘာသာစကား</translation>
        </message>
        <message>
            <source>New plan</source>
            <translation>စီမံချက် အသစ်</translation>
        </message>
        <message>
            <source>New from template…</source>
            <translation>နမူနာပုံစံမှ အသစ်…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>ဖွင့်မည်</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>မိတ္တူပွားမည်</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>ဖျက်မည်…</translation>
        </message>
        <message>
            <source>Export project plan (Word)…</source>
            <translation>စီမံကိန်း အစီအမံ ထုတ်မည် (Word)…</translation>
        </message>
        <message>
            <source>One Word document: the project's overview, then every session plan</source>
            <translation>Word စာရွက်စာတမ်း တစ်ခု - စီမံကိန်း အကျဉ်းချုပ်နှင့် အစည်းအဝေး စီမံချက်အားလုံး</translation>
        </message>
        <message>
            <source>Could not load the plans</source>
            <translation>စီမံချက်များကို မဖွင့်နိုင်ပါ</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} မိနစ်</translation>
        </message>
        <message>
            <source>{minutes} min (steps {over} over)</source>
            <translation>{minutes} မိနစ် (အဆင့်များ {over} မိနစ် ပို)</translation>
        </message>
        <message>
            <source>Plan “{title}” made from the template. Adapt it to your group.</source>
            <translation>“{title}” စီမံချက်ကို နမူနာပုံစံမှ ပြုလုပ်ပြီး။ သင့်အုပ်စုနှင့် ကိုက်ညီအောင် ပြင်ပါ။</translation>
        </message>
        <message>
            <source>Could not open the plan</source>
            <translation>စီမံချက်ကို မဖွင့်နိုင်ပါ</translation>
        </message>
        <message>
            <source>Not duplicated</source>
            <translation>မိတ္တူ မပွားရသေးပါ</translation>
        </message>
        <message>
            <source>Copied as session {number}. Set its date when you know it.</source>
            <translation>အစည်းအဝေး {number} အဖြစ် ကူးပြီး။ ရက်စွဲ သိသည့်အခါ သတ်မှတ်ပါ။</translation>
        </message>
        <message>
            <source>Delete plan?</source>
            <translation>စီမံချက်ကို ဖျက်မလား။</translation>
        </message>
        <message>
            <source>Delete the plan of session {number}, “{title}”?</source>
            <translation>အစည်းအဝေး {number} ၏ စီမံချက် “{title}” ကို ဖျက်မလား။</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ဖျက်မည်</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>မဖျက်ရသေးပါ</translation>
        </message>
        <message>
            <source>Plan deleted.</source>
            <translation>စီမံချက်ကို ဖျက်ပြီး။</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Row</source>
            <translation>အတန်း</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>တင်သွင်းမည်</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>အမည်</translation>
        </message>
        <message>
            <source>Name (own script)</source>
            <translation>အမည် (မိခင်ဘာသာ စာ)</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>ကျား/မ</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>မွေးသည်</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>ဖုန်း</translation>
        </message>
        <message>
            <source>Zawgyi → Unicode</source>
            <translation>ဇော်ဂျီ → ယူနီကုဒ်</translation>
        </message>
        <message>
            <source>Problems and notes</source>
            <translation>ပြဿနာများနှင့် မှတ်ချက်များ</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>ပြဿနာ</translation>
        </message>
        <message>
            <source>Duplicate?</source>
            <translation>ထပ်နေသလား။</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>အသင့်</translation>
        </message>
        <message>
            <source>about {year}</source>
            <translation>{year} ခန့်</translation>
        </message>
        <message>
            <source>Same name and birth year as row {row}.</source>
            <translation>အတန်း {row} နှင့် အမည်နှင့် မွေးနှစ် တူသည်။</translation>
        </message>
        <message>
            <source>Maybe already registered: {code} ({why}).</source>
            <translation>စာရင်းသွင်းပြီးသား ဖြစ်နိုင်သည် - {code} ({why})။</translation>
        </message>
        <message>
            <source>The name is typed in Zawgyi.</source>
            <translation>အမည်ကို ဇော်ဂျီဖြင့် ရိုက်ထားသည်။</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check the rows</source>
            <translation>အတန်းများကို စစ်ဆေးရန်</translation>
        </message>
        <message>
            <source>Rows with a problem are not imported: correct them in the file and import it again, or import the others now. Untick a row to leave it out.</source>
            <translation>ပြဿနာရှိသော အတန်းများကို မတင်သွင်းပါ - ဖိုင်တွင် ပြင်ပြီး ထပ်တင်သွင်းပါ၊ သို့မဟုတ် ကျန်သည်များကို ယခု တင်သွင်းပါ။ ချန်ထားလိုသော အတန်းကို အမှန်ခြစ် ဖြုတ်ပါ။</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>တင်သွင်းမည်</translation>
        </message>
        <message>
            <source>Only rows that need attention</source>
            <translation>စစ်ဆေးရန် လိုသော အတန်းများသာ</translation>
        </message>
        <message>
            <source>Use the Unicode spelling of all Zawgyi names</source>
            <translation>ဇော်ဂျီ အမည်အားလုံးကို ယူနီကုဒ် စာလုံးပေါင်းဖြင့် သုံးမည်</translation>
        </message>
        <message>
            <source>{rows} rows: {ready} ready, {problems} with problems.</source>
            <translation>အတန်း {rows} ခု - အသင့် {ready} ခု၊ ပြဿနာရှိ {problems} ခု။</translation>
        </message>
        <message>
            <source>{count} may be people already listed (unticked).</source>
            <translation>{count} ဦးသည် စာရင်းတွင် ရှိပြီးသား ဖြစ်နိုင်သည် (အမှန်ခြစ် ဖြုတ်ထားသည်)။</translation>
        </message>
        <message>
            <source>{count} names are typed in Zawgyi.</source>
            <translation>အမည် {count} ခုကို ဇော်ဂျီဖြင့် ရိုက်ထားသည်။</translation>
        </message>
        <message>
            <source>{count} will be imported.</source>
            <translation>{count} ဦးကို တင်သွင်းမည်။</translation>
        </message>
    </context>
    <context>
        <name>Programmes</name>
        <message>
            <source>Enter a short code.</source>
            <translation>တိုတောင်းသော ကုဒ်တစ်ခု ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Use 2 to 40 small letters, digits or underscores, starting with a letter (e.g. home_visit).</source>
            <translation>စာလုံးအသေး၊ ဂဏန်း သို့မဟုတ် underscore ၂ လုံးမှ ၄၀ လုံးအထိ သုံးပါ၊ စာလုံးဖြင့် စပါ (ဥပမာ home_visit)။</translation>
        </message>
        <message>
            <source>This code is taken already. Choose another one.</source>
            <translation>ဤကုဒ်ကို သုံးပြီးဖြစ်သည်။ အခြားတစ်ခု ရွေးပါ။</translation>
        </message>
        <message>
            <source>Enter the name in English (Burmese and Thai are optional).</source>
            <translation>အင်္ဂလိပ်လို အမည် ထည့်ပါ (မြန်မာနှင့် ထိုင်းလို အမည်များမှာ မထည့်လည်း ရသည်)။</translation>
        </message>
        <message>
            <source>Another of your programmes counts in this network programme. People are counted once per programme, so each network programme takes one of yours: map the other one elsewhere first.</source>
            <translation>သင့်အဖွဲ့၏ အခြားအစီအစဉ်တစ်ခုသည် ဤကွန်ရက်အစီအစဉ်တွင် ရေတွက်ခံရပြီးဖြစ်သည်။ လူတစ်ဦးကို အစီအစဉ်တစ်ခုလျှင် တစ်ကြိမ်သာ ရေတွက်သဖြင့် ကွန်ရက်အစီအစဉ်တစ်ခုသည် သင့်အစီအစဉ် တစ်ခုတည်းကိုသာ ယူသည်- အခြားတစ်ခုကို အရင် တခြားနေရာသို့ ချိတ်ပါ။</translation>
        </message>
        <message>
            <source>This is not a network programme's code.</source>
            <translation>ဤအရာသည် ကွန်ရက်အစီအစဉ်၏ ကုဒ် မဟုတ်ပါ။</translation>
        </message>
        <message>
            <source>Sessions were logged as this kind, or it is one of Saphan's own types: it cannot change.</source>
            <translation>ဤအမျိုးအစားဖြင့် အစည်းအဝေးများ မှတ်တမ်းတင်ပြီးဖြစ်သည်၊ သို့မဟုတ် Saphan ၏ မူလအမျိုးအစား ဖြစ်သည်- ပြောင်း၍ မရပါ။</translation>
        </message>
        <message>
            <source>This programme no longer exists. Choose another one.</source>
            <translation>ဤအစီအစဉ် မရှိတော့ပါ။ အခြားတစ်ခု ရွေးပါ။</translation>
        </message>
        <message>
            <source>Name in Burmese</source>
            <translation>မြန်မာလို အမည်</translation>
        </message>
        <message>
            <source>Name in Thai</source>
            <translation>ထိုင်းလို အမည်</translation>
        </message>
        <message>
            <source>How Saphan names it in files. It cannot change later.</source>
            <translation>ဖိုင်များတွင် Saphan က ခေါ်သည့်အမည်။ နောက်ပိုင်း ပြောင်း၍ မရပါ။</translation>
        </message>
        <message>
            <source>Code *</source>
            <translation>ကုဒ် *</translation>
        </message>
        <message>
            <source>Add a programme</source>
            <translation>အစီအစဉ် ထည့်ရန်</translation>
        </message>
        <message>
            <source>Change a programme</source>
            <translation>အစီအစဉ် ပြင်ရန်</translation>
        </message>
        <message>
            <source>Add programme</source>
            <translation>အစီအစဉ် ထည့်မည်</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>ပြင်ဆင်ချက်များ သိမ်းမည်</translation>
        </message>
        <message>
            <source>Name in English *</source>
            <translation>အင်္ဂလိပ်လို အမည် *</translation>
        </message>
        <message>
            <source>e.g. Legal aid</source>
            <translation>ဥပမာ ဥပဒေ အကူအညီ</translation>
        </message>
        <message>
            <source>The network programme with the same code</source>
            <translation>ကုဒ်တူသော ကွန်ရက်အစီအစဉ်</translation>
        </message>
        <message>
            <source>None: it stays with our organisation</source>
            <translation>မရှိ- ကျွန်ုပ်တို့ အဖွဲ့အစည်းတွင်သာ ရှိနေမည်</translation>
        </message>
        <message>
            <source>The network's programme this programme's people are counted in when you share figures. Figures of a programme that counts in none stay with you.</source>
            <translation>ကိန်းဂဏန်းများ မျှဝေသည့်အခါ ဤအစီအစဉ်၏ လူများကို ရေတွက်မည့် ကွန်ရက်အစီအစဉ်။ မည်သည့်ကွန်ရက်အစီအစဉ်တွင်မျှ မရေတွက်သော အစီအစဉ်၏ ကိန်းဂဏန်းများသည် သင့်ထံတွင်သာ ရှိမည်။</translation>
        </message>
        <message>
            <source>Network programme</source>
            <translation>ကွန်ရက်အစီအစဉ်</translation>
        </message>
        <message>
            <source>No network file yet: the network's programmes show once you join.</source>
            <translation>ကွန်ရက်ဖိုင် မရှိသေးပါ- ကွန်ရက်သို့ ဝင်ပြီးသည်နှင့် ကွန်ရက်၏ အစီအစဉ်များ ပေါ်လာမည်။</translation>
        </message>
        <message>
            <source>Add an activity type</source>
            <translation>လှုပ်ရှားမှု အမျိုးအစား ထည့်ရန်</translation>
        </message>
        <message>
            <source>Change an activity type</source>
            <translation>လှုပ်ရှားမှု အမျိုးအစား ပြင်ရန်</translation>
        </message>
        <message>
            <source>Add activity type</source>
            <translation>လှုပ်ရှားမှု အမျိုးအစား ထည့်မည်</translation>
        </message>
        <message>
            <source>e.g. Home visit</source>
            <translation>ဥပမာ အိမ်သို့ သွားရောက်ခြင်း</translation>
        </message>
        <message>
            <source>A group (a list of who came)</source>
            <translation>အုပ်စု (တက်ရောက်သူ စာရင်းဖြင့်)</translation>
        </message>
        <message>
            <source>Individual (one person)</source>
            <translation>တစ်ဦးချင်း (လူတစ်ဦး)</translation>
        </message>
        <message>
            <source>Sessions are</source>
            <translation>အစည်းအဝေးများမှာ</translation>
        </message>
        <message>
            <source>None</source>
            <translation>မရှိ</translation>
        </message>
        <message>
            <source>The programme a new session of this type is logged under, unless changed.</source>
            <translation>ဤအမျိုးအစား အစည်းအဝေးအသစ်ကို (မပြောင်းလျှင်) မှတ်တမ်းတင်မည့် အစီအစဉ်။</translation>
        </message>
        <message>
            <source>Usual programme</source>
            <translation>ပုံမှန် အစီအစဉ်</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>ထည့်မည်…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>ပြင်မည်…</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>ရပ်ဆိုင်းမည်</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>ပြန်သုံးမည်</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>{name} ကို သိမ်းပြီး။</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>မပြောင်းလဲပါ</translation>
        </message>
        <message>
            <source>{name} shows on the forms again.</source>
            <translation>{name} ကို ပုံစံများတွင် ပြန်ပြမည်။</translation>
        </message>
        <message>
            <source>Deactivated {name}: sessions logged with it keep it.</source>
            <translation>{name} ကို ရပ်ဆိုင်းလိုက်သည်- ၎င်းဖြင့် မှတ်တမ်းတင်ထားသော အစည်းအဝေးများတွင် ဆက်ရှိမည်။</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>လက်ရှိ</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>ရပ်ဆိုင်းထားသည်</translation>
        </message>
        <message>
            <source>Programmes</source>
            <translation>အစီအစဉ်များ</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>အစီအစဉ်</translation>
        </message>
        <message>
            <source>State</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <source>Your organisation's programmes. Sessions are logged under one; when you share figures, each programme's people are counted in the network programme it maps to (by default the one with the same code). A programme that maps to none stays with you.</source>
            <translation>သင့်အဖွဲ့အစည်း၏ အစီအစဉ်များ။ အစည်းအဝေးတိုင်းကို အစီအစဉ်တစ်ခုအောက်တွင် မှတ်တမ်းတင်သည်- ကိန်းဂဏန်းများ မျှဝေသည့်အခါ အစီအစဉ်တစ်ခုစီ၏ လူများကို ၎င်းချိတ်ထားသော ကွန်ရက်အစီအစဉ်တွင် ရေတွက်သည် (မူလအားဖြင့် ကုဒ်တူသော အစီအစဉ်)။ မည်သည့်အစီအစဉ်နှင့်မျှ မချိတ်ထားသော အစီအစဉ်သည် သင့်ထံတွင်သာ ရှိမည်။</translation>
        </message>
        <message>
            <source>None (stays with you)</source>
            <translation>မရှိ (သင့်ထံတွင်သာ)</translation>
        </message>
        <message>
            <source>Activity types</source>
            <translation>လှုပ်ရှားမှု အမျိုးအစားများ</translation>
        </message>
        <message>
            <source>Activity type</source>
            <translation>လှုပ်ရှားမှု အမျိုးအစား</translation>
        </message>
        <message>
            <source>The kinds of session staff log. An individual one is with one person; a group one has a list of who came. Saphan's own types can be renamed, not changed in kind.</source>
            <translation>ဝန်ထမ်းများ မှတ်တမ်းတင်သော အစည်းအဝေး အမျိုးအစားများ။ တစ်ဦးချင်း အမျိုးအစားသည် လူတစ်ဦးနှင့်ဖြစ်ပြီး အုပ်စု အမျိုးအစားတွင် တက်ရောက်သူ စာရင်း ပါသည်။ Saphan ၏ မူလအမျိုးအစားများကို အမည်ပြောင်းနိုင်သော်လည်း အမျိုးအစား ပြောင်း၍ မရပါ။</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>တစ်ဦးချင်း</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>အုပ်စု</translation>
        </message>
    </context>
    <context>
        <name>ProjectDialog</name>
        <message>
            <source>New project</source>
            <translation>စီမံကိန်း အသစ်</translation>
        </message>
        <message>
            <source>Edit project</source>
            <translation>စီမံကိန်း ပြင်ရန်</translation>
        </message>
        <message>
            <source>e.g. Women's voices in public services, 2026</source>
            <translation>ဥပမာ ပြည်သူ့ဝန်ဆောင်မှုများတွင် အမျိုးသမီးများ၏ အသံ၊ 2026</translation>
        </message>
        <message>
            <source>e.g. Women's group, Mae Pa</source>
            <translation>ဥပမာ အမျိုးသမီးအုပ်စု၊ မယ်ပ</translation>
        </message>
        <message>
            <source>Staff and volunteer facilitators</source>
            <translation>ဝန်ထမ်းနှင့် စေတနာ့ဝန်ထမ်း လမ်းညွှန်ဆောင်ရွက်သူများ</translation>
        </message>
        <message>
            <source>What the group wants to change, e.g. more women use the health centre</source>
            <translation>အုပ်စုက ပြောင်းလဲလိုသည့်အရာ၊ ဥပမာ ကျန်းမာရေးဌာနကို အမျိုးသမီးများ ပိုသုံးလာစေရန်</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(မရှိ)</translation>
        </message>
        <message>
            <source>Title *</source>
            <translation>ခေါင်းစဉ် *</translation>
        </message>
        <message>
            <source>Community or group</source>
            <translation>လူထု သို့မဟုတ် အုပ်စု</translation>
        </message>
        <message>
            <source>Facilitators</source>
            <translation>လမ်းညွှန်ဆောင်ရွက်သူများ</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>ပန်းတိုင်များ</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>စတင်ရက်</translation>
        </message>
        <message>
            <source>End</source>
            <translation>ပြီးဆုံးရက်</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>အစီအစဉ်</translation>
        </message>
        <message>
            <source>Save project</source>
            <translation>စီမံကိန်း သိမ်းမည်</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>သိမ်းမည် (Ctrl+S)</translation>
        </message>
        <message>
            <source>Correct the fields marked in red to save.</source>
            <translation>သိမ်းရန် အနီရောင်ပြထားသော အကွက်များကို ပြင်ပါ။</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>ပြင်ဆင်ချက်များကို စွန့်မလား။</translation>
        </message>
        <message>
            <source>The project has changes that are not saved. Discard them?</source>
            <translation>စီမံကိန်းတွင် မသိမ်းရသေးသော ပြင်ဆင်ချက်များ ရှိသည်။ စွန့်မလား။</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>ပြင်ဆင်ချက်များ စွန့်မည်</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>ဆက်ပြင်မည်</translation>
        </message>
    </context>
    <context>
        <name>ProjectsModel</name>
        <message>
            <source>from {date}</source>
            <translation>{date} မှ</translation>
        </message>
        <message>
            <source>until {date}</source>
            <translation>{date} အထိ</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>စီမံကိန်း</translation>
        </message>
        <message>
            <source>Community or group</source>
            <translation>လူထု သို့မဟုတ် အုပ်စု</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>ရက်စွဲများ</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>ပါဝင်သူများ</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>အစည်းအဝေးများ</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>စီမံချက်များ</translation>
        </message>
    </context>
    <context>
        <name>ProjectsPage</name>
        <message>
            <source>Projects</source>
            <translation>စီမံကိန်းများ</translation>
        </message>
        <message>
            <source>New project…</source>
            <translation>စီမံကိန်း အသစ်…</translation>
        </message>
        <message>
            <source>Start a participatory project (Ctrl+N)</source>
            <translation>ပူးပေါင်းပါဝင်သော စီမံကိန်း စတင်မည် (Ctrl+N)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>ပြင်မည်…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>ဖျက်မည်…</translation>
        </message>
        <message>
            <source>Session plans</source>
            <translation>အစည်းအဝေး စီမံချက်များ</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>ပါဝင်သူများ</translation>
        </message>
        <message>
            <source>Sessions and attendance</source>
            <translation>အစည်းအဝေးနှင့် တက်ရောက်မှု</translation>
        </message>
        <message>
            <source>Could not load the projects</source>
            <translation>စီမံကိန်းများကို မဖွင့်နိုင်ပါ</translation>
        </message>
        <message>
            <source>1 project</source>
            <translation>စီမံကိန်း ၁ ခု</translation>
        </message>
        <message>
            <source>{count} projects</source>
            <translation>စီမံကိန်း {count} ခု</translation>
        </message>
        <message>
            <source>No projects yet. A project is a group with its goals, its participants and a plan for each session.</source>
            <translation>စီမံကိန်း မရှိသေးပါ။ စီမံကိန်းတစ်ခုသည် ပန်းတိုင်များ၊ ပါဝင်သူများနှင့် အစည်းအဝေးတိုင်းအတွက် စီမံချက်ပါသော အုပ်စုတစ်ခု ဖြစ်သည်။</translation>
        </message>
        <message>
            <source>Start the first project</source>
            <translation>ပထမဆုံး စီမံကိန်းကို စတင်မည်</translation>
        </message>
        <message>
            <source>Select a project to see its plans.</source>
            <translation>စီမံချက်များကို ကြည့်ရန် စီမံကိန်းတစ်ခု ရွေးပါ။</translation>
        </message>
        <message>
            <source>Facilitators: {names}</source>
            <translation>လမ်းညွှန်ဆောင်ရွက်သူများ - {names}</translation>
        </message>
        <message>
            <source>Session plans ({count})</source>
            <translation>အစည်းအဝေး စီမံချက်များ ({count})</translation>
        </message>
        <message>
            <source>Participants ({count})</source>
            <translation>ပါဝင်သူများ ({count})</translation>
        </message>
        <message>
            <source>Sessions and attendance ({count})</source>
            <translation>အစည်းအဝေးနှင့် တက်ရောက်မှု ({count})</translation>
        </message>
        <message>
            <source>Project “{title}” saved.</source>
            <translation>“{title}” စီမံကိန်းကို သိမ်းပြီး။</translation>
        </message>
        <message>
            <source>Delete project?</source>
            <translation>စီမံကိန်းကို ဖျက်မလား။</translation>
        </message>
        <message>
            <source>Delete the project “{title}”? Its sessions stay logged and still count; its plans are no longer listed.</source>
            <translation>“{title}” စီမံကိန်းကို ဖျက်မလား။ ၎င်း၏ အစည်းအဝေးများ မှတ်တမ်းတွင် ဆက်ရှိပြီး ရေတွက်ဆဲ ဖြစ်သည်၊ စီမံချက်များကိုမူ စာရင်းတွင် မပြတော့ပါ။</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ဖျက်မည်</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>မဖျက်ရသေးပါ</translation>
        </message>
        <message>
            <source>Project deleted.</source>
            <translation>စီမံကိန်းကို ဖျက်ပြီး။</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>ပြန်ဖျက်မည် (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>ပြန်လုပ်မည် (&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>ဖြတ်ယူမည် (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>ကူးမည် (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>ကူးထည့်မည် (&amp;P)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ဖျက်မည်</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>အားလုံး ရွေးမည်</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>အသေးစိတ် ပြမည်...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>အသေးစိတ် ဖုံးမည်...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>အိုကေ</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>သိမ်းမည်</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>ဖွင့်မည်</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ပိတ်မည်</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>အသုံးချမည်</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>ပြန်စမည်</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>အကူအညီ</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>စွန့်မည်</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>ဟုတ်ကဲ့ (&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>မဟုတ်ပါ (&amp;N)</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>ထပ်ကြိုးစားမည်</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>လျစ်လျူရှုမည်</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>ပြန်ဖျက်မည် (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>ပြန်လုပ်မည် (&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>ဖြတ်ယူမည် (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>ကူးမည် (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>ကူးထည့်မည် (&amp;P)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ဖျက်မည်</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>အားလုံး ရွေးမည်</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; နောက်သို့ (&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>ရှေ့သို့ (&amp;N) &gt;</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>ပြီးပြီ (&amp;F)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>အကူအညီ (&amp;H)</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>အတည်ပြုမည်</translation>
        </message>
    </context>
    <context>
        <name>ReceivedReferralsPage</name>
        <message>
            <source>Referrals received</source>
            <translation>လက်ခံရရှိသော လွှဲပြောင်းညွှန်းပို့မှုများ</translation>
        </message>
        <message>
            <source>When someone arrives with a referral slip from another CSO, type or scan the code on it. Register the person only if they agree.</source>
            <translation>အခြားအဖွဲ့အစည်းမှ လွှဲပြောင်းညွှန်းပို့စာရွက်ဖြင့် တစ်စုံတစ်ယောက် ရောက်လာပါက ၎င်းပေါ်ရှိ ကုဒ်ကို ရိုက်ထည့်ပါ သို့မဟုတ် စကင်ဖတ်ပါ။ ထိုပုဂ္ဂိုလ် သဘောတူမှသာ စာရင်းသွင်းပါ။</translation>
        </message>
        <message>
            <source>e.g. BEAM-7K3Q-9XZF</source>
            <translation>ဥပမာ BEAM-7K3Q-9XZF</translation>
        </message>
        <message>
            <source>Register the person…</source>
            <translation>ပုဂ္ဂိုလ်ကို စာရင်းသွင်းမည်…</translation>
        </message>
        <message>
            <source>Only with the person's consent</source>
            <translation>ထိုပုဂ္ဂိုလ်၏ သဘောတူညီချက်ဖြင့်သာ</translation>
        </message>
        <message>
            <source>Link someone registered…</source>
            <translation>စာရင်းသွင်းပြီးသူကို ချိတ်ဆက်မည်…</translation>
        </message>
        <message>
            <source>Record the code only</source>
            <translation>ကုဒ်ကိုသာ မှတ်တမ်းတင်မည်</translation>
        </message>
        <message>
            <source>Record the referral</source>
            <translation>လွှဲပြောင်းညွှန်းပို့မှုကို မှတ်တမ်းတင်မည်</translation>
        </message>
        <message>
            <source>Code on the slip</source>
            <translation>စာရွက်ပေါ်ရှိ ကုဒ်</translation>
        </message>
        <message>
            <source>Our service</source>
            <translation>ကျွန်ုပ်တို့၏ ဝန်ဆောင်မှု</translation>
        </message>
        <message>
            <source>Arrived on</source>
            <translation>ရောက်ရှိသည့်နေ့</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>ပုဂ္ဂိုလ်</translation>
        </message>
        <message>
            <source>Not said</source>
            <translation>မဖော်ပြထားပါ</translation>
        </message>
        <message>
            <source>Type the code on the referral slip, or scan it.</source>
            <translation>လွှဲပြောင်းညွှန်းပို့စာရွက်ပေါ်ရှိ ကုဒ်ကို ရိုက်ထည့်ပါ သို့မဟုတ် စကင်ဖတ်ပါ။</translation>
        </message>
        <message>
            <source>Keep typing: a CSO's code, then eight letters and digits.</source>
            <translation>ဆက်ရိုက်ပါ- အဖွဲ့အစည်း၏ ကုဒ်၊ ထို့နောက် စာလုံးနှင့် ဂဏန်း ရှစ်လုံး။</translation>
        </message>
        <message>
            <source>A referral from {cso} ({name}).</source>
            <translation>{cso} ({name}) မှ လွှဲပြောင်းညွှန်းပို့မှု ဖြစ်သည်။</translation>
        </message>
        <message>
            <source>A referral from {cso}.</source>
            <translation>{cso} မှ လွှဲပြောင်းညွှန်းပို့မှု ဖြစ်သည်။</translation>
        </message>
        <message>
            <source>Only the code is recorded: nobody is linked.</source>
            <translation>ကုဒ်ကိုသာ မှတ်တမ်းတင်မည်- မည်သူ့ကိုမျှ ချိတ်ဆက်ထားခြင်း မရှိပါ။</translation>
        </message>
        <message>
            <source>Link the person who brought the slip, if they agree.</source>
            <translation>စာရွက်ယူလာသူ သဘောတူပါက ထိုပုဂ္ဂိုလ်ကို ချိတ်ဆက်ပါ။</translation>
        </message>
        <message>
            <source>Who arrived?</source>
            <translation>မည်သူ ရောက်လာသနည်း။</translation>
        </message>
        <message>
            <source>Link someone registered</source>
            <translation>စာရင်းသွင်းပြီးသူကို ချိတ်ဆက်ခြင်း</translation>
        </message>
        <message>
            <source>Referral {code} recorded.</source>
            <translation>လွှဲပြောင်းညွှန်းပို့မှု {code} ကို မှတ်တမ်းတင်ပြီး။</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>လက်ခံရရှိပြီး</translation>
        </message>
        <message>
            <source>Served</source>
            <translation>ဝန်ဆောင်မှု ပေးပြီး</translation>
        </message>
        <message>
            <source>Not served</source>
            <translation>ဝန်ဆောင်မှု မပေးနိုင်ခဲ့</translation>
        </message>
        <message>
            <source>Could not contact</source>
            <translation>ဆက်သွယ်၍ မရခဲ့</translation>
        </message>
        <message>
            <source>Why the person was not served</source>
            <translation>ထိုပုဂ္ဂိုလ်ကို ဝန်ဆောင်မှု မပေးနိုင်ခဲ့သည့် အကြောင်းရင်း</translation>
        </message>
        <message>
            <source>Save the outcome</source>
            <translation>ရလဒ်ကို သိမ်းမည်</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>ရလဒ်</translation>
        </message>
        <message>
            <source>On</source>
            <translation>ရက်စွဲ</translation>
        </message>
        <message>
            <source>Received ({count})</source>
            <translation>လက်ခံရရှိမှု ({count})</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>ကုဒ်</translation>
        </message>
        <message>
            <source>From</source>
            <translation>ပို့သည့်အဖွဲ့</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>ရောက်ရှိသည့်နေ့</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>ရလဒ်ရက်စွဲ</translation>
        </message>
        <message>
            <source>linked</source>
            <translation>ချိတ်ဆက်ထားသည်</translation>
        </message>
        <message>
            <source>Choose a referral in the list to record its outcome.</source>
            <translation>ရလဒ် မှတ်တမ်းတင်ရန် စာရင်းထဲမှ လွှဲပြောင်းညွှန်းပို့မှုတစ်ခုကို ရွေးပါ။</translation>
        </message>
        <message>
            <source>Outcome of {code}</source>
            <translation>{code} ၏ ရလဒ်</translation>
        </message>
        <message>
            <source>Say why the person was not served.</source>
            <translation>ထိုပုဂ္ဂိုလ်ကို ဝန်ဆောင်မှု မပေးနိုင်ခဲ့သည့် အကြောင်းရင်းကို ဖော်ပြပါ။</translation>
        </message>
        <message>
            <source>Enter the date as day/month/year.</source>
            <translation>ရက်စွဲကို ရက်/လ/နှစ် ပုံစံဖြင့် ထည့်ပါ။</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>ရက်စွဲသည် အနာဂတ်ရက် ဖြစ်၍ မရပါ။</translation>
        </message>
        <message>
            <source>The date cannot be before the person arrived.</source>
            <translation>ရက်စွဲသည် ထိုပုဂ္ဂိုလ် ရောက်ရှိသည့်နေ့ မတိုင်မီ မဖြစ်ရပါ။</translation>
        </message>
        <message>
            <source>{code}: {outcome}.</source>
            <translation>{code} - {outcome}။</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Recover admin access</source>
            <translation>စီမံခန့်ခွဲသူ ဝင်ခွင့် ပြန်ရယူရန်</translation>
        </message>
        <message>
            <source>If every admin password is lost, the recovery passphrase that was written down when Saphan was set up lets you set a new admin password. Type it as it is written; capital letters and spaces do not matter.</source>
            <translation>စီမံခန့်ခွဲသူ စကားဝှက်အားလုံး ပျောက်သွားပါက Saphan ကို စတင်ပြင်ဆင်စဉ်က ရေးမှတ်ထားသော ပြန်ဖွင့်စကားစုဖြင့် စီမံခန့်ခွဲသူ စကားဝှက်အသစ် သတ်မှတ်နိုင်သည်။ ရေးထားသည့်အတိုင်း ရိုက်ပါ၊ စာလုံးကြီး/သေးနှင့် space များ အရေးမကြီးပါ။</translation>
        </message>
        <message>
            <source>e.g. LC3Q-SC5Z-EHFT-…</source>
            <translation>ဥပမာ LC3Q-SC5Z-EHFT-…</translation>
        </message>
        <message>
            <source>Check passphrase</source>
            <translation>စကားစုကို စစ်မည်</translation>
        </message>
        <message>
            <source>Choose an admin, or type a new user name to create a new admin account.</source>
            <translation>စီမံခန့်ခွဲသူ တစ်ဦးကို ရွေးပါ၊ သို့မဟုတ် စီမံခန့်ခွဲသူ အကောင့်သစ် ဖန်တီးရန် အသုံးပြုသူအမည်သစ် ရိုက်ပါ။</translation>
        </message>
        <message>
            <source>Recovery passphrase</source>
            <translation>ပြန်ဖွင့်စကားစု</translation>
        </message>
        <message>
            <source>Admin account</source>
            <translation>စီမံခန့်ခွဲသူ အကောင့်</translation>
        </message>
        <message>
            <source>Set password and sign in</source>
            <translation>စကားဝှက် သတ်မှတ်ပြီး ဝင်မည်</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <source>This recovery passphrase does not open this database.</source>
            <translation>ဤပြန်ဖွင့်စကားစုဖြင့် ဤဒေတာဘေ့စ်ကို မဖွင့်နိုင်ပါ။</translation>
        </message>
    </context>
    <context>
        <name>ReferDialog</name>
        <message>
            <source>Refer {code}</source>
            <translation>{code} ကို လွှဲပြောင်းညွှန်းပို့ရန်</translation>
        </message>
        <message>
            <source>Refer to a service</source>
            <translation>ဝန်ဆောင်မှုသို့ လွှဲပြောင်းညွှန်းပို့ရန်</translation>
        </message>
        <message>
            <source>This person's record has no consent to referral, so they cannot be referred. Ask them; if they agree, tick “Referral to other organisations” on the Consent tab and save the record first.</source>
            <translation>ဤသူ၏ မှတ်တမ်းတွင် လွှဲပြောင်းညွှန်းပို့ရန် သဘောတူညီချက် မရှိသဖြင့် လွှဲပြောင်း၍ မရပါ။ ထိုသူကို မေးပါ၊ သဘောတူပါက “သဘောတူညီချက်” တဘ်တွင် “အခြား အဖွဲ့အစည်းများသို့ လွှဲပြောင်းညွှန်းပို့ခြင်း” ကို အမှန်ခြစ်ပြီး မှတ်တမ်းကို အရင် သိမ်းပါ။</translation>
        </message>
        <message>
            <source>Add partner service…</source>
            <translation>မိတ်ဖက် ဝန်ဆောင်မှု ထည့်မည်…</translation>
        </message>
        <message>
            <source>What the person needs, as it will be written on the slip</source>
            <translation>ထိုသူ လိုအပ်သည့်အရာ၊ စလစ်ပေါ်တွင် ရေးမည့်အတိုင်း</translation>
        </message>
        <message>
            <source>The person agreed to this referral and to sharing the details below</source>
            <translation>ထိုသူက ဤလွှဲပြောင်းညွှန်းပို့မှုနှင့် အောက်ပါ အချက်အလက်များ မျှဝေရန် သဘောတူသည်</translation>
        </message>
        <message>
            <source>Service *</source>
            <translation>ဝန်ဆောင်မှု *</translation>
        </message>
        <message>
            <source>Reason *</source>
            <translation>အကြောင်းရင်း *</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>အရေးတကြီး အဆင့်</translation>
        </message>
        <message>
            <source>Follow up by</source>
            <translation>ဆက်လက်ကြည့်ရှုရမည့်ရက်</translation>
        </message>
        <message>
            <source>The slip shows only the name and code, the service, the date, the reason, the urgency and who referred the person.</source>
            <translation>စလစ်တွင် အမည်နှင့် ကုဒ်၊ ဝန်ဆောင်မှု၊ ရက်စွဲ၊ အကြောင်းရင်း၊ အရေးတကြီး အဆင့်နှင့် လွှဲပြောင်းပေးသူကိုသာ ပြသည်။</translation>
        </message>
        <message>
            <source>Refer</source>
            <translation>လွှဲပြောင်းညွှန်းပို့မည်</translation>
        </message>
        <message>
            <source>Choose a service…</source>
            <translation>ဝန်ဆောင်မှု ရွေးပါ…</translation>
        </message>
        <message>
            <source>Could not load the services</source>
            <translation>ဝန်ဆောင်မှုများကို မဖွင့်နိုင်ပါ</translation>
        </message>
        <message>
            <source>{organisation} — {service} (network directory)</source>
            <translation>{organisation} — {service} (ကွန်ရက် ဝန်ဆောင်မှု လမ်းညွှန်)</translation>
        </message>
        <message>
            <source>Network member {cso} · {category}</source>
            <translation>ကွန်ရက်အဖွဲ့ဝင် {cso} · {category}</translation>
        </message>
        <message>
            <source>Contact: {contact}</source>
            <translation>ဆက်သွယ်ရန် - {contact}</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>New password for {name}</source>
            <translation>{name} အတွက် စကားဝှက်အသစ်</translation>
        </message>
        <message>
            <source>Set password</source>
            <translation>စကားဝှက် သတ်မှတ်မည်</translation>
        </message>
        <message>
            <source>Tell {name} the new password in person, and ask them to change it with File → Change my password.</source>
            <translation>စကားဝှက်အသစ်ကို {name} ထံ မျက်နှာချင်းဆိုင် ပြောပြပြီး ဖိုင် → ကျွန်ုပ်၏ စကားဝှက် ပြောင်းမည် ဖြင့် ပြောင်းရန် ပြောပါ။</translation>
        </message>
        <message>
            <source>This also enables the account again.</source>
            <translation>ဤလုပ်ဆောင်ချက်က အကောင့်ကိုလည်း ပြန်ဖွင့်ပေးမည်။</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>အရန်မိတ္တူမှ ပြန်ယူရန်</translation>
        </message>
        <message>
            <source>&lt;b&gt;{file}&lt;/b&gt;&lt;br&gt;Organisation: {code}&lt;br&gt;Made on: {date}</source>
            <translation>&lt;b&gt;{file}&lt;/b&gt;&lt;br&gt;အဖွဲ့အစည်း - {code}&lt;br&gt;ပြုလုပ်သည့်ရက် - {date}</translation>
        </message>
        <message>
            <source>This backup belongs to another organisation ({code}), not to {current}. Saphan will not restore it over this organisation's data.</source>
            <translation>ဤအရန်မိတ္တူသည် {current} နှင့် မဟုတ်ဘဲ အခြားအဖွဲ့အစည်း ({code}) နှင့် သက်ဆိုင်သည်။ Saphan က ဤအဖွဲ့အစည်း၏ ဒေတာပေါ်သို့ ပြန်မထည့်ပါ။</translation>
        </message>
        <message>
            <source>To open the backup, use a user name and password that were valid when the backup was made, or the recovery passphrase written down at setup.</source>
            <translation>အရန်မိတ္တူကို ဖွင့်ရန် အရန်မိတ္တူ ပြုလုပ်စဉ်က သုံးခဲ့သော အသုံးပြုသူအမည်နှင့် စကားဝှက်၊ သို့မဟုတ် စတင်ပြင်ဆင်စဉ်က ရေးမှတ်ထားသော ပြန်ဖွင့်စကားစုကို သုံးပါ။</translation>
        </message>
        <message>
            <source>User name and password</source>
            <translation>အသုံးပြုသူအမည်နှင့် စကားဝှက်</translation>
        </message>
        <message>
            <source>Recovery passphrase</source>
            <translation>ပြန်ဖွင့်စကားစု</translation>
        </message>
        <message>
            <source>e.g. LC3Q-SC5Z-EHFT-…</source>
            <translation>ဥပမာ LC3Q-SC5Z-EHFT-…</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>အသုံးပြုသူအမည်</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>စကားဝှက်</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>ပြန်ဖွင့်စကားစု</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>ပြန်ယူမည်…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>မလုပ်တော့ပါ</translation>
        </message>
    </context>
    <context>
        <name>RetentionBox</name>
        <message>
            <source>Retention and erasure</source>
            <translation>သိမ်းဆည်းထားမှုနှင့် ဖျက်ခြင်း</translation>
        </message>
        <message>
            <source>Never (no rule)</source>
            <translation>ဘယ်တော့မှ (စည်းမျဉ်း မရှိ)</translation>
        </message>
        <message>
            <source> years after closure</source>
            <translation> နှစ် ပိတ်ပြီးနောက်</translation>
        </message>
        <message>
            <source>Erase closed cases</source>
            <translation>ပိတ်ပြီးသော ကိစ္စရပ်များကို ဖျက်မည်</translation>
        </message>
        <message>
            <source>For the whole organisation. A person whose cases are all closed, with no session, referral or assessment since, is listed below this many years after the last closure. Nobody is erased until an admin approves it.</source>
            <translation>အဖွဲ့အစည်းတစ်ခုလုံးအတွက်။ ကိစ္စရပ်အားလုံး ပိတ်ပြီး၊ ထို့နောက် အစည်းအဝေး၊ လွှဲပြောင်းညွှန်းပို့မှု သို့မဟုတ် အကဲဖြတ်ချက် မရှိသူကို နောက်ဆုံးပိတ်ပြီး ဤနှစ်အရေအတွက်ကြာလျှင် အောက်တွင် ပြမည်။ စီမံခန့်ခွဲသူ အတည်မပြုမချင်း မည်သူ့ကိုမျှ မဖျက်ပါ။</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>မသိမ်းရသေးပါ</translation>
        </message>
        <message>
            <source>Retention rule saved.</source>
            <translation>သိမ်းဆည်းထားမှု စည်းမျဉ်းကို သိမ်းပြီး။</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>ကုဒ်</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>အမည်</translation>
        </message>
        <message>
            <source>Last case closed</source>
            <translation>နောက်ဆုံး ကိစ္စရပ် ပိတ်သည့်ရက်</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>အကြောင်းရင်း</translation>
        </message>
        <message>
            <source>Select all</source>
            <translation>အားလုံး ရွေးမည်</translation>
        </message>
        <message>
            <source>Erase selected…</source>
            <translation>ရွေးထားသူများကို ဖျက်မည်…</translation>
        </message>
        <message>
            <source>Due for erasure: no rule set</source>
            <translation>ဖျက်ရန် အချိန်ကျသူများ - စည်းမျဉ်း မသတ်မှတ်ရသေးပါ</translation>
        </message>
        <message>
            <source>Due for erasure: {count} people</source>
            <translation>ဖျက်ရန် အချိန်ကျသူများ - {count} ဦး</translation>
        </message>
        <message>
            <source>Erasing {count} people…</source>
            <translation>လူ {count} ဦးကို ဖျက်နေသည်…</translation>
        </message>
        <message>
            <source>Erasing: {done} of {count}…</source>
            <translation>ဖျက်နေသည် - {count} ဦးအနက် {done} ဦး…</translation>
        </message>
        <message>
            <source>Erased {count} people permanently.</source>
            <translation>လူ {count} ဦးကို အပြီးတိုင် ဖျက်ပြီး။</translation>
        </message>
        <message>
            <source>Erased {count} of {asked} people permanently; the others are no longer due.</source>
            <translation>လူ {asked} ဦးအနက် {count} ဦးကို အပြီးတိုင် ဖျက်ပြီး၊ ကျန်သူများမှာ ဖျက်ရန် အချိန်မကျတော့ပါ။</translation>
        </message>
        <message>
            <source>Nobody was erased</source>
            <translation>မည်သူ့ကိုမျှ မဖျက်ရသေးပါ</translation>
        </message>
        <message>
            <source>Cancelled: nobody was erased.</source>
            <translation>ပယ်ဖျက်လိုက်သည် - မည်သူ့ကိုမျှ မဖျက်ပါ။</translation>
        </message>
    </context>
    <context>
        <name>SafetyTab</name>
        <message>
            <source>What stays in the room, who may take photos, how to keep names private, and who to call.</source>
            <translation>အခန်းထဲတွင်သာ ထားရမည့်အရာ၊ ဓာတ်ပုံ ရိုက်ခွင့်ရှိသူ၊ အမည်များကို လျှို့ဝှက်ထားပုံနှင့် ဆက်သွယ်ရမည့်သူ။</translation>
        </message>
        <message>
            <source>Add a line for referral contacts</source>
            <translation>လွှဲပြောင်းရန် ဆက်သွယ်ရမည့်သူများအတွက် စာကြောင်း ထည့်မည်</translation>
        </message>
        <message>
            <source>Tips for running the session, things to watch for, what to adapt.</source>
            <translation>အစည်းအဝေး ဆောင်ရွက်ရန် အကြံပြုချက်များ၊ သတိထားရမည့်အရာများ၊ ပြင်ဆင်နိုင်သည့်အရာများ။</translation>
        </message>
        <message>
            <source>If someone tells of violence or danger: listen calmly and believe her; do not ask for details in front of the group; talk with her privately after the session; refer her only with her consent, except when a child or a life is in danger. Write the referral contacts below so they are on the printed plan.</source>
            <translation>တစ်စုံတစ်ယောက်က အကြမ်းဖက်မှု သို့မဟုတ် အန္တရာယ်အကြောင်း ပြောလာပါက - တည်ငြိမ်စွာ နားထောင်ပြီး ယုံကြည်ပေးပါ၊ အုပ်စုရှေ့တွင် အသေးစိတ် မမေးပါနှင့်၊ အစည်းအဝေးပြီးနောက် သီးသန့် စကားပြောပါ၊ ကလေး သို့မဟုတ် အသက်အန္တရာယ် ရှိသည့်အခါမှလွဲ၍ သူမ၏ သဘောတူညီချက်ဖြင့်သာ လွှဲပြောင်းညွှန်းပို့ပါ။ ပုံနှိပ်စီမံချက်တွင် ပါစေရန် လွှဲပြောင်းရန် ဆက်သွယ်ရမည့်သူများကို အောက်တွင် ရေးပါ။</translation>
        </message>
        <message>
            <source>Safety and confidentiality</source>
            <translation>ဘေးကင်းရေးနှင့် လျှို့ဝှက်ထိန်းသိမ်းမှု</translation>
        </message>
        <message>
            <source>Facilitator notes</source>
            <translation>လမ်းညွှန်ဆောင်ရွက်သူ မှတ်ချက်များ</translation>
        </message>
        <message>
            <source>Referral contacts (name, organisation, phone): </source>
            <translation>လွှဲပြောင်းရန် ဆက်သွယ်ရမည့်သူ (အမည်၊ အဖွဲ့အစည်း၊ ဖုန်း) - </translation>
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <source>MHPSS and counselling</source>
            <translation>စိတ်ကျန်းမာရေးနှင့် အကြံပေးခြင်း</translation>
        </message>
        <message>
            <source>Legal aid and documentation</source>
            <translation>ဥပဒေ အကူအညီနှင့် စာရွက်စာတမ်း</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>ကျန်းမာရေး</translation>
        </message>
        <message>
            <source>Education and G-code</source>
            <translation>ပညာရေးနှင့် G-code</translation>
        </message>
        <message>
            <source>Thai language</source>
            <translation>ထိုင်း ဘာသာစကား</translation>
        </message>
        <message>
            <source>Vocational training</source>
            <translation>အသက်မွေးဝမ်းကျောင်း သင်တန်း</translation>
        </message>
        <message>
            <source>Safe shelter</source>
            <translation>ဘေးကင်းသော ခိုလှုံရာ</translation>
        </message>
        <message>
            <source>GBV and child protection</source>
            <translation>ကျားမ အခြေပြု အကြမ်းဖက်မှုနှင့် ကလေးသူငယ် ကာကွယ်ရေး</translation>
        </message>
        <message>
            <source>Livelihoods</source>
            <translation>အသက်မွေးဝမ်းကျောင်း</translation>
        </message>
        <message>
            <source>Food and cash assistance</source>
            <translation>စားနပ်ရိက္ခာနှင့် ငွေသား အကူအညီ</translation>
        </message>
        <message>
            <source>Add a partner service</source>
            <translation>မိတ်ဖက် ဝန်ဆောင်မှု ထည့်ရန်</translation>
        </message>
        <message>
            <source>e.g. Mae Tao Clinic</source>
            <translation>ဥပမာ မယ်တော်ဆေးခန်း</translation>
        </message>
        <message>
            <source>e.g. Reproductive health</source>
            <translation>ဥပမာ မျိုးဆက်ပွား ကျန်းမာရေး</translation>
        </message>
        <message>
            <source>Phone, LINE or Signal, a named person</source>
            <translation>ဖုန်း၊ LINE သို့မဟုတ် Signal၊ ဆက်သွယ်ရမည့်သူ အမည်</translation>
        </message>
        <message>
            <source>Organisation *</source>
            <translation>အဖွဲ့အစည်း *</translation>
        </message>
        <message>
            <source>Service *</source>
            <translation>ဝန်ဆောင်မှု *</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>အမျိုးအစား</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>ဆက်သွယ်ရန်</translation>
        </message>
        <message>
            <source>How to refer</source>
            <translation>လွှဲပြောင်းညွှန်းပို့ပုံ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <source>Add service</source>
            <translation>ဝန်ဆောင်မှု ထည့်မည်</translation>
        </message>
        <message>
            <source>Enter the organisation and the name of the service.</source>
            <translation>အဖွဲ့အစည်းနှင့် ဝန်ဆောင်မှုအမည်ကို ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Not added</source>
            <translation>မထည့်ရသေးပါ</translation>
        </message>
    </context>
    <context>
        <name>ServiceLinesBox</name>
        <message>
            <source>Service lines for cases</source>
            <translation>ကိစ္စရပ်များအတွက် ဝန်ဆောင်မှုအမျိုးအစားများ</translation>
        </message>
        <message>
            <source>e.g. Livelihoods</source>
            <translation>ဥပမာ အသက်မွေးဝမ်းကျောင်း</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>အမျိုးအစား ထည့်မည်</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>အမျိုးအစား ဖယ်ရှားမည်</translation>
        </message>
        <message>
            <source>A person has one case at a time in each line. Besides psychosocial support and protection, your organisation may add its own lines.</source>
            <translation>လူတစ်ဦးတွင် အမျိုးအစားတစ်ခုစီ၌ တစ်ကြိမ်လျှင် ကိစ္စရပ်တစ်ခုသာ ရှိသည်။ စိတ်လူမှု ပံ့ပိုးမှုနှင့် အကာအကွယ်ပေးရေး အပြင် သင့်အဖွဲ့အစည်းက ကိုယ်ပိုင် အမျိုးအစားများ ထည့်နိုင်သည်။</translation>
        </message>
        <message>
            <source>{line} (built in)</source>
            <translation>{line} (မူလပါရှိပြီး)</translation>
        </message>
        <message>
            <source>Added the service line {line}.</source>
            <translation>{line} ဝန်ဆောင်မှုအမျိုးအစားကို ထည့်ပြီး။</translation>
        </message>
        <message>
            <source>Removed the service line.</source>
            <translation>ဝန်ဆောင်မှုအမျိုးအစားကို ဖယ်ရှားပြီး။</translation>
        </message>
    </context>
    <context>
        <name>ServicesPage</name>
        <message>
            <source>My services</source>
            <translation>ကျွန်ုပ်တို့၏ ဝန်ဆောင်မှုများ</translation>
        </message>
        <message>
            <source>Your organisation's services, as the network's directory shows them. They hold nothing about any person and are shared as they are.</source>
            <translation>ကွန်ရက် လမ်းညွှန်တွင် ပြမည့်အတိုင်း သင့်အဖွဲ့အစည်း၏ ဝန်ဆောင်မှုများ။ မည်သူ့အကြောင်းမျှ မပါဝင်ဘဲ ရှိသည့်အတိုင်း မျှဝေသည်။</translation>
        </message>
        <message>
            <source>New service</source>
            <translation>ဝန်ဆောင်မှု အသစ်</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ဖျက်မည်</translation>
        </message>
        <message>
            <source>e.g. free</source>
            <translation>ဥပမာ အခမဲ့</translation>
        </message>
        <message>
            <source>e.g. Mon–Fri 9:00–16:00</source>
            <translation>ဥပမာ တနင်္လာ–သောကြာ 9:00–16:00</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>အမည် *</translation>
        </message>
        <message>
            <source>Category *</source>
            <translation>အမျိုးအစား *</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>ဖော်ပြချက်</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>ဘာသာစကားများ</translation>
        </message>
        <message>
            <source>Who can use it</source>
            <translation>အသုံးပြုနိုင်သူ</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>ဖွင့်ချိန်</translation>
        </message>
        <message>
            <source>Location / area</source>
            <translation>တည်နေရာ / နေရာဒေသ</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>ဆက်သွယ်ရန်</translation>
        </message>
        <message>
            <source>How to refer</source>
            <translation>လွှဲပြောင်းညွှန်းပို့ပုံ</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>ကုန်ကျစရိတ်</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>သိမ်းမည်</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>ဝန်ဆောင်မှု</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>အမျိုးအစား</translation>
        </message>
        <message>
            <source>Your organisation lists no services yet: add them so that other CSOs can refer people to you.</source>
            <translation>သင့်အဖွဲ့အစည်းတွင် ဝန်ဆောင်မှု စာရင်း မရှိသေးပါ။ အခြားအဖွဲ့အစည်းများက လူများကို သင့်ထံ လွှဲပြောင်းညွှန်းပို့နိုင်ရန် ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Add the first service…</source>
            <translation>ပထမ ဝန်ဆောင်မှု ထည့်မည်…</translation>
        </message>
        <message>
            <source>Enter the service's name.</source>
            <translation>ဝန်ဆောင်မှု အမည်ကို ထည့်ပါ။</translation>
        </message>
        <message>
            <source>This is too long (at most {limit} characters).</source>
            <translation>ရှည်လွန်းသည် (စာလုံး {limit} လုံး အထိသာ)။</translation>
        </message>
        <message>
            <source>Choose one of the listed values.</source>
            <translation>ပြထားသည့်အထဲမှ တစ်ခု ရွေးပါ။</translation>
        </message>
        <message>
            <source>Save the service</source>
            <translation>ဝန်ဆောင်မှုကို သိမ်းမည်</translation>
        </message>
        <message>
            <source>Saved “{name}”.</source>
            <translation>“{name}” ကို သိမ်းပြီး။</translation>
        </message>
        <message>
            <source>Delete the service</source>
            <translation>ဝန်ဆောင်မှုကို ဖျက်မည်</translation>
        </message>
        <message>
            <source>Delete this service? To keep it in the directory as closed, set its status to “Closed for good” instead.</source>
            <translation>ဤဝန်ဆောင်မှုကို ဖျက်မလား။ လမ်းညွှန်တွင် ပိတ်ထားသည့်အဖြစ် ဆက်ထားလိုပါက အခြေအနေကို “အပြီးပိတ်ပြီး” ဟု သတ်မှတ်ပါ။</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>ထားမည်</translation>
        </message>
    </context>
    <context>
        <name>SessionsModel</name>
        <message>
            <source>Date</source>
            <translation>ရက်စွဲ</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>လှုပ်ရှားမှု</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>အစီအစဉ်</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>ခေါင်းစဉ်</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>နေရာ</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>လမ်းညွှန်ဆောင်ရွက်သူ</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>တက်ရောက်သူများ</translation>
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message>
            <source>Sessions</source>
            <translation>အစည်းအဝေးများ</translation>
        </message>
        <message>
            <source>Log session…</source>
            <translation>အစည်းအဝေး မှတ်တမ်းတင်မည်…</translation>
        </message>
        <message>
            <source>Log a session or group activity (Ctrl+N)</source>
            <translation>အစည်းအဝေး သို့မဟုတ် အုပ်စုလှုပ်ရှားမှုကို မှတ်တမ်းတင်မည် (Ctrl+N)</translation>
        </message>
        <message>
            <source>Print roster…</source>
            <translation>တက်ရောက်သူစာရင်း ထုတ်မည်…</translation>
        </message>
        <message>
            <source>A sheet listing who came, with room to sign (group sessions)</source>
            <translation>တက်ရောက်သူများ စာရင်းနှင့် လက်မှတ်ထိုးရန် နေရာပါသော စာရွက် (အုပ်စု အစည်းအဝေး)</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>ဖျက်မည်…</translation>
        </message>
        <message>
            <source>Participants' notes…</source>
            <translation>ပါဝင်သူများ၏ မှတ်စုများ…</translation>
        </message>
        <message>
            <source>A note for each participant of a group session (confidential)</source>
            <translation>အဖွဲ့လိုက် အစည်းအဝေး၏ ပါဝင်သူတစ်ဦးစီအတွက် မှတ်စု (လျှို့ဝှက်)</translation>
        </message>
        <message>
            <source>All programmes</source>
            <translation>အစီအစဉ်အားလုံး</translation>
        </message>
        <message>
            <source>Any date</source>
            <translation>မည်သည့်ရက်မဆို</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>ဤလ</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>ပြီးခဲ့သောလ</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>နောက်ဆုံး ၃ လ</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>ဤနှစ်</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>အစီအစဉ်</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>ကာလ</translation>
        </message>
        <message>
            <source>Could not load the sessions</source>
            <translation>အစည်းအဝေးများကို မဖွင့်နိုင်ပါ</translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>အစည်းအဝေး ၁ ခု</translation>
        </message>
        <message>
            <source>{count}+ sessions</source>
            <translation>အစည်းအဝေး {count}+ ခု</translation>
        </message>
        <message>
            <source>{count} sessions</source>
            <translation>အစည်းအဝေး {count} ခု</translation>
        </message>
        <message>
            <source>No sessions match these filters.</source>
            <translation>ဤစစ်ထုတ်မှုများနှင့် ကိုက်ညီသော အစည်းအဝေး မရှိပါ။</translation>
        </message>
        <message>
            <source>No sessions logged yet. Log each session or group activity after it.</source>
            <translation>မှတ်တမ်းတင်ထားသော အစည်းအဝေး မရှိသေးပါ။ အစည်းအဝေး သို့မဟုတ် အုပ်စုလှုပ်ရှားမှု တစ်ခုစီ ပြီးတိုင်း မှတ်တမ်းတင်ပါ။</translation>
        </message>
        <message>
            <source>Log the first session</source>
            <translation>ပထမဆုံး အစည်းအဝေးကို မှတ်တမ်းတင်မည်</translation>
        </message>
        <message>
            <source>Logged {activity} on {date} with {count} attendee(s)</source>
            <translation>{date} တွင် {activity} ကို တက်ရောက်သူ {count} ဦးဖြင့် မှတ်တမ်းတင်ပြီး</translation>
        </message>
        <message>
            <source>Delete session?</source>
            <translation>အစည်းအဝေးကို ဖျက်မလား။</translation>
        </message>
        <message>
            <source>Delete the {activity} session of {date}? Its attendance no longer counts toward people reached.</source>
            <translation>{date} ၏ {activity} အစည်းအဝေးကို ဖျက်မလား။ ၎င်း၏ တက်ရောက်မှုကို ရောက်ရှိကူညီခဲ့သူ အရေအတွက်တွင် ထည့်မတွက်တော့ပါ။</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ဖျက်မည်</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>မဖျက်ရသေးပါ</translation>
        </message>
        <message>
            <source>Session deleted.</source>
            <translation>အစည်းအဝေးကို ဖျက်ပြီး။</translation>
        </message>
        <message>
            <source>Notes saved.</source>
            <translation>မှတ်စုများ သိမ်းပြီး။</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>တက်ရောက်သူစာရင်း</translation>
        </message>
        <message>
            <source>Save the attendance roster</source>
            <translation>တက်ရောက်သူစာရင်းကို သိမ်းရန်</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Word စာရွက်စာတမ်း (*.docx)</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>လှုပ်ရှားမှု</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>ရက်စွဲ</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>နေရာ</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>ခေါင်းစဉ်</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>လမ်းညွှန်ဆောင်ရွက်သူ</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>တက်ရောက်သူများ</translation>
        </message>
        <message>
            <source>Attendance roster</source>
            <translation>တက်ရောက်သူ စာရင်း</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>စဉ်</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>ကုဒ်</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>အမည်</translation>
        </message>
        <message>
            <source>Name in Myanmar/Thai script</source>
            <translation>မြန်မာ/ထိုင်း စာဖြင့် အမည်</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>လက်မှတ်</translation>
        </message>
        <message>
            <source>Facilitator's signature: ____________________    Date: ____________</source>
            <translation>လမ်းညွှန်ဆောင်ရွက်သူ လက်မှတ် - ____________________    ရက်စွဲ - ____________</translation>
        </message>
        <message>
            <source>Roster not saved</source>
            <translation>တက်ရောက်သူစာရင်းကို မသိမ်းရသေးပါ</translation>
        </message>
        <message>
            <source>Saphan could not write {path}: {reason}</source>
            <translation>Saphan သည် {path} ကို မရေးနိုင်ပါ - {reason}</translation>
        </message>
        <message>
            <source>Roster saved: {path}</source>
            <translation>တက်ရောက်သူစာရင်း သိမ်းပြီး - {path}</translation>
        </message>
    </context>
    <context>
        <name>SessionsTab</name>
        <message>
            <source>Date</source>
            <translation>ရက်စွဲ</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>ခေါင်းစဉ်</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>နေရာ</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>မိနစ်</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>တက်ရောက်သူများ</translation>
        </message>
        <message>
            <source>Participants present</source>
            <translation>တက်ရောက်သော ပါဝင်သူ</translation>
        </message>
        <message>
            <source>Participants absent</source>
            <translation>ပျက်ကွက်သော ပါဝင်သူ</translation>
        </message>
        <message>
            <source>Could not load the sessions</source>
            <translation>အစည်းအဝေးများကို မဖွင့်နိုင်ပါ</translation>
        </message>
        <message>
            <source>{count} session(s) logged for this project.</source>
            <translation>ဤစီမံကိန်းအတွက် အစည်းအဝေး {count} ခု မှတ်တမ်းတင်ထားသည်။</translation>
        </message>
        <message>
            <source>No group sessions are linked to this project yet. Sessions linked to it show here with who came.</source>
            <translation>ဤစီမံကိန်းနှင့် ချိတ်ထားသော အုပ်စု အစည်းအဝေး မရှိသေးပါ။ ချိတ်ထားသော အစည်းအဝေးများကို တက်ရောက်သူများနှင့်အတူ ဤနေရာတွင် ပြမည်။</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>ဆက်တင်များ</translation>
        </message>
        <message>
            <source>My account</source>
            <translation>ကျွန်ုပ်၏ အကောင့်</translation>
        </message>
        <message>
            <source>Signed in as {name} ({username}).</source>
            <translation>{name} ({username}) အဖြစ် ဝင်ထားသည်။</translation>
        </message>
        <message>
            <source>Remember me on this Windows account</source>
            <translation>ဤ Windows အကောင့်တွင် ကျွန်ုပ်ကို မှတ်ထားပါ</translation>
        </message>
        <message>
            <source>Saphan then opens without asking for your password when you are signed in to this Windows account. Use it only if nobody else uses your Windows account. The screen still locks when you are away.</source>
            <translation>ထိုအခါ ဤ Windows အကောင့်ဖြင့် ဝင်ထားလျှင် Saphan သည် စကားဝှက် မမေးဘဲ ပွင့်မည်။ သင့် Windows အကောင့်ကို အခြားသူ မသုံးမှသာ သုံးပါ။ သင် မရှိချိန်တွင် မျက်နှာပြင် သော့ခတ်ဆဲ ဖြစ်သည်။</translation>
        </message>
        <message>
            <source>Change my password…</source>
            <translation>ကျွန်ုပ်၏ စကားဝှက် ပြောင်းမည်…</translation>
        </message>
        <message>
            <source>Saphan will ask for your password again.</source>
            <translation>Saphan က သင့်စကားဝှက်ကို ထပ်မေးပါမည်။</translation>
        </message>
        <message>
            <source>Saphan will remember you on this Windows account.</source>
            <translation>Saphan က ဤ Windows အကောင့်တွင် သင့်ကို မှတ်ထားပါမည်။</translation>
        </message>
        <message>
            <source>Your password was changed.</source>
            <translation>သင့်စကားဝှက်ကို ပြောင်းပြီးပါပြီ။</translation>
        </message>
        <message>
            <source>Language and dates</source>
            <translation>ဘာသာစကားနှင့် ရက်စွဲ</translation>
        </message>
        <message>
            <source>Show years in the Thai Buddhist era (2026 is shown as 2569)</source>
            <translation>နှစ်ကို ထိုင်း ဗုဒ္ဓသက္ကရာဇ်ဖြင့် ပြပါ (2026 ကို 2569 ဟု ပြမည်)</translation>
        </message>
        <message>
            <source>Language of Saphan</source>
            <translation>Saphan ၏ ဘာသာစကား</translation>
        </message>
        <message>
            <source>Only for you: each staff member chooses their own language. Word documents are written in this language too, except session plans (in the plan's language) and referral slips (in the person's language).</source>
            <translation>သင့်အတွက်သာ ဖြစ်သည် - ဝန်ထမ်းတိုင်း မိမိ ဘာသာစကားကို ရွေးနိုင်သည်။ Word စာရွက်စာတမ်းများကိုလည်း ဤဘာသာစကားဖြင့် ရေးမည်၊ အစည်းအဝေး စီမံချက်များ (စီမံချက်၏ ဘာသာစကား) နှင့် လွှဲပြောင်းစလစ်များ (ထိုသူ၏ ဘာသာစကား) မှလွဲ၍။</translation>
        </message>
        <message>
            <source>Dates will be shown with the new year.</source>
            <translation>ရက်စွဲများကို နှစ်ပုံစံ အသစ်ဖြင့် ပြမည်။</translation>
        </message>
        <message>
            <source>Screen lock</source>
            <translation>မျက်နှာပြင် သော့ခတ်ခြင်း</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> မိနစ်</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>ဘယ်တော့မှ</translation>
        </message>
        <message>
            <source>Lock the screen after</source>
            <translation>မျက်နှာပြင်ကို သော့ခတ်မည့် အချိန်</translation>
        </message>
        <message>
            <source>For everyone in the organisation, on this laptop: after this many minutes without use, Saphan hides all records until the password is typed again. Ctrl+L locks at once.</source>
            <translation>ဤလက်ပ်တော့ပေါ်ရှိ အဖွဲ့အစည်းမှ လူတိုင်းအတွက် - ဤမိနစ်အရေအတွက်အတွင်း မသုံးပါက စကားဝှက် ပြန်ရိုက်သည်အထိ Saphan က မှတ်တမ်းအားလုံးကို ဖုံးထားမည်။ Ctrl+L ဖြင့် ချက်ချင်း သော့ခတ်နိုင်သည်။</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>မသိမ်းရသေးပါ</translation>
        </message>
        <message>
            <source>Screen lock setting saved.</source>
            <translation>မျက်နှာပြင် သော့ခတ်ခြင်း ဆက်တင်ကို သိမ်းပြီး။</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>အရန်မိတ္တူ</translation>
        </message>
        <message>
            <source>Back up now…</source>
            <translation>ယခု အရန်ကူးမည်…</translation>
        </message>
        <message>
            <source>Restore from backup…</source>
            <translation>အရန်မိတ္တူမှ ပြန်ယူမည်…</translation>
        </message>
        <message>
            <source>A laptop can be lost, stolen or broken. Back up at least once a week to a USB stick that is kept somewhere else. The backup is encrypted.</source>
            <translation>လက်ပ်တော့သည် ပျောက်ခြင်း၊ ခိုးခံရခြင်း သို့မဟုတ် ပျက်ခြင်း ဖြစ်နိုင်သည်။ အခြားနေရာတွင် ထားသော USB သို့ အနည်းဆုံး တစ်ပတ်တစ်ကြိမ် အရန်ကူးပါ။ အရန်မိတ္တူကို စာဝှက်ထားသည်။</translation>
        </message>
        <message>
            <source>There is no backup yet.</source>
            <translation>အရန်မိတ္တူ မရှိသေးပါ။</translation>
        </message>
        <message>
            <source>Last backup: {time}</source>
            <translation>နောက်ဆုံး အရန်မိတ္တူ - {time}</translation>
        </message>
        <message>
            <source>Backup saved: {file}</source>
            <translation>အရန်မိတ္တူ သိမ်းပြီး - {file}</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>Set up Saphan</source>
            <translation>Saphan ကို စတင်ပြင်ဆင်ခြင်း</translation>
        </message>
        <message>
            <source>Create database</source>
            <translation>ဒေတာဘေ့စ် ဖန်တီးမည်</translation>
        </message>
        <message>
            <source>Start Saphan</source>
            <translation>Saphan စတင်မည်</translation>
        </message>
    </context>
    <context>
        <name>ShareCaseDialog</name>
        <message>
            <source>Share the case</source>
            <translation>ကိစ္စရပ် မျှဝေရန်</translation>
        </message>
        <message>
            <source>Save sharing</source>
            <translation>မျှဝေမှု သိမ်းမည်</translation>
        </message>
        <message>
            <source>The colleagues you tick read and work on this case with its owner.</source>
            <translation>သင် အမှန်ခြစ်သော လုပ်ဖော်ကိုင်ဖက်များသည် ဤကိစ္စရပ်ကို တာဝန်ခံနှင့်အတူ ဖတ်ရှု လုပ်ဆောင်နိုင်မည်။</translation>
        </message>
        <message>
            <source>Shared with</source>
            <translation>မျှဝေထားသူများ</translation>
        </message>
    </context>
    <context>
        <name>SharePage</name>
        <message>
            <source>Share with the network</source>
            <translation>ကွန်ရက်နှင့် မျှဝေရန်</translation>
        </message>
        <message>
            <source>Only your services and counts too large to identify anyone are shared. Below is exactly what would leave this laptop.</source>
            <translation>သင့် ဝန်ဆောင်မှုများနှင့် မည်သူမည်ဝါ ဖြစ်ကြောင်း မသိနိုင်လောက်အောင် များသော အရေအတွက်များကိုသာ မျှဝေသည်။ ဤလက်ပ်တော့မှ ထွက်သွားမည့်အရာကို အောက်တွင် အတိအကျ ပြထားသည်။</translation>
        </message>
        <message>
            <source>Join the network</source>
            <translation>ကွန်ရက်သို့ ဝင်ရန်</translation>
        </message>
        <message>
            <source>Read this key fingerprint to the coordinator (by phone or in person).</source>
            <translation>ဤသော့ လက်ဗွေကုဒ်ကို ညှိနှိုင်းရေးမှူးထံ ဖတ်ပြပါ (ဖုန်းဖြင့် သို့မဟုတ် မျက်နှာချင်းဆိုင်)။</translation>
        </message>
        <message>
            <source>Import network file…</source>
            <translation>ကွန်ရက်ဖိုင် တင်သွင်းမည်…</translation>
        </message>
        <message>
            <source>Shared folder</source>
            <translation>မျှဝေဖိုင်တွဲ</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation>ဖိုင်တွဲ ရွေးမည်…</translation>
        </message>
        <message>
            <source>Pull</source>
            <translation>ရယူမည်</translation>
        </message>
        <message>
            <source>Read the network file and the service directory from the folder</source>
            <translation>ဖိုင်တွဲမှ ကွန်ရက်ဖိုင်နှင့် ဝန်ဆောင်မှု လမ်းညွှန်ကို ဖတ်မည်</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>ထုတ်ပြန်ရန်</translation>
        </message>
        <message>
            <source>How to share</source>
            <translation>မျှဝေပုံ</translation>
        </message>
        <message>
            <source>Coordination server</source>
            <translation>ညှိနှိုင်းရေး ဆာဗာ</translation>
        </message>
        <message>
            <source>Enter the token…</source>
            <translation>တိုကင်ကို ထည့်ပါ…</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>ဆာဗာ လိပ်စာ</translation>
        </message>
        <message>
            <source>Network code</source>
            <translation>ကွန်ရက် ကုဒ်</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>တိုကင်</translation>
        </message>
        <message>
            <source>Publish now</source>
            <translation>ယခု ထုတ်ပြန်မည်</translation>
        </message>
        <message>
            <source>Send waiting counts</source>
            <translation>စောင့်နေသော အရေအတွက်များ ပို့မည်</translation>
        </message>
        <message>
            <source>What leaves this laptop</source>
            <translation>ဤလက်ပ်တော့မှ ထွက်သွားမည့်အရာ</translation>
        </message>
        <message>
            <source>No shared folder chosen yet.</source>
            <translation>မျှဝေဖိုင်တွဲ မရွေးရသေးပါ။</translation>
        </message>
        <message>
            <source>{folder} (not reachable now)</source>
            <translation>{folder} (ယခု မရောက်နိုင်ပါ)</translation>
        </message>
        <message>
            <source>Not joined yet: choose the shared folder and pull, or import the network file the coordinator sent you.</source>
            <translation>မဝင်ရသေးပါ - မျှဝေဖိုင်တွဲကို ရွေးပြီး ရယူပါ၊ သို့မဟုတ် ညှိနှိုင်းရေးမှူး ပို့ပေးသော ကွန်ရက်ဖိုင်ကို တင်သွင်းပါ။</translation>
        </message>
        <message>
            <source>Network: {name} (revision {revision}). {member}</source>
            <translation>ကွန်ရက် - {name} (ဗားရှင်း {revision})။ {member}</translation>
        </message>
        <message>
            <source>This CSO is a member.</source>
            <translation>ဤအဖွဲ့အစည်းသည် အဖွဲ့ဝင် ဖြစ်သည်။</translation>
        </message>
        <message>
            <source>This CSO is not registered yet.</source>
            <translation>ဤအဖွဲ့အစည်းကို မှတ်ပုံ မတင်ရသေးပါ။</translation>
        </message>
        <message>
            <source>Nothing published yet.</source>
            <translation>ဘာမျှ မထုတ်ပြန်ရသေးပါ။</translation>
        </message>
        <message>
            <source>Last published: revision {revision} at {at} (UTC).</source>
            <translation>နောက်ဆုံး ထုတ်ပြန်မှု - ဗားရှင်း {revision}၊ {at} (UTC)။</translation>
        </message>
        <message>
            <source>Last attempt at {at} (UTC) failed: the folder was not reachable.</source>
            <translation>{at} (UTC) တွင် နောက်ဆုံး ကြိုးစားမှု မအောင်မြင်ပါ - ဖိုင်တွဲကို မရောက်နိုင်ခဲ့ပါ။</translation>
        </message>
        <message>
            <source>Last attempt at {at} (UTC): the server could not be reached.</source>
            <translation>{at} (UTC) တွင် နောက်ဆုံး ကြိုးစားမှု - ဆာဗာကို ဆက်သွယ်၍ မရခဲ့ပါ။</translation>
        </message>
        <message>
            <source>Last attempt at {at} (UTC) failed: the server refused it.</source>
            <translation>{at} (UTC) တွင် နောက်ဆုံး ကြိုးစားမှု မအောင်မြင်ပါ - ဆာဗာက လက်မခံပါ။</translation>
        </message>
        <message>
            <source>Read the network file and the service directory from the server</source>
            <translation>ကွန်ရက်ဖိုင်နှင့် ဝန်ဆောင်မှု လမ်းညွှန်ကို ဆာဗာမှ ဖတ်ရန်</translation>
        </message>
        <message>
            <source>Enter the server address (starting with https://) and the network code the coordinator gave you.</source>
            <translation>ညှိနှိုင်းရေးမှူး ပေးထားသော ဆာဗာ လိပ်စာ (https:// ဖြင့် စသည်) နှင့် ကွန်ရက် ကုဒ်ကို ထည့်ပါ။</translation>
        </message>
        <message>
            <source>This address is not encrypted (http://). Use https:// unless the server is on this computer.</source>
            <translation>ဤလိပ်စာကို ကုဒ်ဝှက် မထားပါ (http://)။ ဆာဗာသည် ဤကွန်ပျူတာပေါ်တွင် မရှိလျှင် https:// ကို သုံးပါ။</translation>
        </message>
        <message>
            <source>Revision {revision} is waiting to be sent to the server.</source>
            <translation>ဗားရှင်း {revision} သည် ဆာဗာသို့ ပို့ရန် စောင့်နေသည်။</translation>
        </message>
        <message>
            <source>No token kept yet: enter the one the coordinator gave you.</source>
            <translation>တိုကင် မသိမ်းရသေးပါ - ညှိနှိုင်းရေးမှူး ပေးထားသော တိုကင်ကို ထည့်ပါ။</translation>
        </message>
        <message>
            <source>The token is kept in this computer's password store.</source>
            <translation>တိုကင်ကို ဤကွန်ပျူတာ၏ စကားဝှက် သိမ်းဆည်းရာတွင် သိမ်းထားသည်။</translation>
        </message>
        <message>
            <source>This computer has no secure password store, so Saphan cannot keep the server token.</source>
            <translation>ဤကွန်ပျူတာတွင် လုံခြုံသော စကားဝှက် သိမ်းဆည်းရာ မရှိသဖြင့် Saphan သည် ဆာဗာ တိုကင်ကို မသိမ်းနိုင်ပါ။</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>ရေတွက်နေသည်…</translation>
        </message>
        <message>
            <source>Choose the shared folder</source>
            <translation>မျှဝေဖိုင်တွဲကို ရွေးရန်</translation>
        </message>
        <message>
            <source>Import the network file</source>
            <translation>ကွန်ရက်ဖိုင်ကို တင်သွင်းရန်</translation>
        </message>
        <message>
            <source>Network file (*.json)</source>
            <translation>ကွန်ရက်ဖိုင် (*.json)</translation>
        </message>
        <message>
            <source>Network file</source>
            <translation>ကွန်ရက်ဖိုင်</translation>
        </message>
        <message>
            <source>The coordinator's key has changed</source>
            <translation>ညှိနှိုင်းရေးမှူး၏ သော့ ပြောင်းသွားသည်</translation>
        </message>
        <message>
            <source>This network file is signed by a different coordinator key ({fingerprint}) than the one this laptop trusted before. Accept it only if the coordinator told you the key changed (check the fingerprint with them by phone).</source>
            <translation>ဤကွန်ရက်ဖိုင်ကို ယခင်က ဤလက်ပ်တော့ ယုံကြည်ခဲ့သော သော့နှင့် မတူသည့် ညှိနှိုင်းရေးမှူး သော့ ({fingerprint}) ဖြင့် လက်မှတ်ထိုးထားသည်။ သော့ ပြောင်းကြောင်း ညှိနှိုင်းရေးမှူးက ပြောမှသာ လက်ခံပါ (လက်ဗွေကုဒ်ကို ဖုန်းဖြင့် စစ်ပါ)။</translation>
        </message>
        <message>
            <source>Trust the new key</source>
            <translation>သော့အသစ်ကို ယုံကြည်မည်</translation>
        </message>
        <message>
            <source>Keep the old key</source>
            <translation>သော့ဟောင်းကို ထားမည်</translation>
        </message>
        <message>
            <source>Joined {name}. Coordinator key {fingerprint} is now trusted.</source>
            <translation>{name} သို့ ဝင်ပြီး။ ညှိနှိုင်းရေးမှူး၏ သော့ {fingerprint} ကို ယခု ယုံကြည်သည်။</translation>
        </message>
        <message>
            <source>Reading the network file…</source>
            <translation>ကွန်ရက်ဖိုင်ကို ဖတ်နေသည်…</translation>
        </message>
        <message>
            <source>Reading the service directory…</source>
            <translation>ဝန်ဆောင်မှု လမ်းညွှန်ကို ဖတ်နေသည်…</translation>
        </message>
        <message>
            <source>Reading feedback on your referrals…</source>
            <translation>သင်၏ လွှဲပြောင်းညွှန်းပို့မှုများအပေါ် တုံ့ပြန်ချက်ကို ဖတ်နေသည်…</translation>
        </message>
        <message>
            <source>Checking what was read…</source>
            <translation>ဖတ်ထားသည်ကို စစ်ဆေးနေသည်…</translation>
        </message>
        <message>
            <source>Pulled network file revision {revision}; {count} services in the directory.</source>
            <translation>ကွန်ရက်ဖိုင် ဗားရှင်း {revision} ကို ရယူပြီး၊ လမ်းညွှန်တွင် ဝန်ဆောင်မှု {count} ခု ရှိသည်။</translation>
        </message>
        <message>
            <source>Feedback from receiving CSOs updated {count} of your referrals.</source>
            <translation>လက်ခံသည့် အဖွဲ့အစည်းများထံမှ တုံ့ပြန်ချက်ဖြင့် သင်၏ လွှဲပြောင်းညွှန်းပို့မှု {count} ခုကို အပ်ဒိတ်လုပ်ပြီး။</translation>
        </message>
        <message>
            <source>Publishing…</source>
            <translation>ထုတ်ပြန်နေသည်…</translation>
        </message>
        <message>
            <source>Publishing to the shared folder…</source>
            <translation>မျှဝေဖိုင်တွဲသို့ ထုတ်ပြန်နေသည်…</translation>
        </message>
        <message>
            <source>Published revision {revision} to {folder}.</source>
            <translation>ဗားရှင်း {revision} ကို {folder} သို့ ထုတ်ပြန်ပြီး။</translation>
        </message>
        <message>
            <source>Publishing to the server…</source>
            <translation>ဆာဗာသို့ ထုတ်ပြန်နေသည်…</translation>
        </message>
        <message>
            <source>You have not joined a network yet: once you have, this shows exactly what would be shared with it.</source>
            <translation>ကွန်ရက်သို့ မဝင်ရသေးပါ။ ဝင်ပြီးပါက ကွန်ရက်နှင့် မျှဝေမည့်အရာကို ဤနေရာတွင် အတိအကျ ပြပါမည်။</translation>
        </message>
        <message>
            <source>Import the network file…</source>
            <translation>ကွန်ရက်ဖိုင် တင်သွင်းမည်…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was pulled or changed.</source>
            <translation>ပယ်ဖျက်ပြီး - ဘာမျှ မရယူရ၊ မပြောင်းလဲရပါ။</translation>
        </message>
        <message>
            <source>Checking the network file…</source>
            <translation>ကွန်ရက်ဖိုင်ကို စစ်ဆေးနေသည်…</translation>
        </message>
        <message>
            <source>Published revision {revision} to the server.</source>
            <translation>ဗားရှင်း {revision} ကို ဆာဗာသို့ ထုတ်ပြန်ပြီး။</translation>
        </message>
        <message>
            <source>Cancelled: nothing was published.</source>
            <translation>ပယ်ဖျက်ပြီး - ဘာမျှ ထုတ်ပြန်မထားပါ။</translation>
        </message>
        <message>
            <source>Sending the waiting counts…</source>
            <translation>စောင့်နေသော အရေအတွက်များကို ပို့နေသည်…</translation>
        </message>
        <message>
            <source>Nothing is waiting to be sent.</source>
            <translation>ပို့ရန် စောင့်နေသည့်အရာ မရှိပါ။</translation>
        </message>
        <message>
            <source>The server cannot be reached. The counts will be sent when you publish again; nothing is lost.</source>
            <translation>ဆာဗာကို ဆက်သွယ်၍ မရပါ။ နောက်တစ်ကြိမ် ထုတ်ပြန်သည့်အခါ အရေအတွက်များကို ပို့ပါမည်။ မည်သည့်အရာမျှ မပျောက်ပါ။</translation>
        </message>
        <message>
            <source>The server cannot be reached now. Try again when you are online.</source>
            <translation>ယခု ဆာဗာကို ဆက်သွယ်၍ မရပါ။ အင်တာနက် ရသည့်အခါ ထပ်ကြိုးစားပါ။</translation>
        </message>
        <message>
            <source>Enter the server token the coordinator gave you first.</source>
            <translation>ညှိနှိုင်းရေးမှူး ပေးထားသော ဆာဗာ တိုကင်ကို အရင် ထည့်ပါ။</translation>
        </message>
        <message>
            <source>The server did not accept the token. Enter the token the coordinator gave you again.</source>
            <translation>ဆာဗာက တိုကင်ကို လက်မခံပါ။ ညှိနှိုင်းရေးမှူး ပေးထားသော တိုကင်ကို ထပ်ထည့်ပါ။</translation>
        </message>
        <message>
            <source>The server does not know this network code. Check it.</source>
            <translation>ဆာဗာက ဤကွန်ရက် ကုဒ်ကို မသိပါ။ စစ်ဆေးပါ။</translation>
        </message>
        <message>
            <source>The server keeps a newer revision of these counts. Publish again to send a newer one.</source>
            <translation>ဆာဗာတွင် ဤအရေအတွက်များ၏ ဗားရှင်းအသစ် ရှိနေသည်။ ပိုအသစ်ကို ပို့ရန် ထပ်မံ ထုတ်ပြန်ပါ။</translation>
        </message>
        <message>
            <source>The server's answer cannot be read. Check the server address.</source>
            <translation>ဆာဗာ၏ အဖြေကို မဖတ်နိုင်ပါ။ ဆာဗာ လိပ်စာကို စစ်ဆေးပါ။</translation>
        </message>
        <message>
            <source>The server refused: {message}</source>
            <translation>ဆာဗာက ငြင်းပယ်သည် - {message}</translation>
        </message>
        <message>
            <source>Pulling…</source>
            <translation>ရယူနေသည်…</translation>
        </message>
        <message>
            <source>Pulling from the server…</source>
            <translation>ဆာဗာမှ ရယူနေသည်…</translation>
        </message>
    </context>
    <context>
        <name>SharePreview</name>
        <message>
            <source>People reached</source>
            <translation>ရောက်ရှိကူညီခဲ့သူ</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>အမျိုးသမီး</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>အမျိုးသား</translation>
        </message>
        <message>
            <source>Other sex</source>
            <translation>အခြား ကျား/မ</translation>
        </message>
        <message>
            <source>Age 0-17</source>
            <translation>အသက် 0-17</translation>
        </message>
        <message>
            <source>Age 18-59</source>
            <translation>အသက် 18-59</translation>
        </message>
        <message>
            <source>Age 60+</source>
            <translation>အသက် 60+</translation>
        </message>
        <message>
            <source>New arrivals</source>
            <translation>အသစ်ရောက်ရှိလာသူများ</translation>
        </message>
        <message>
            <source>Long-term migrants</source>
            <translation>ကာလရှည် ရွှေ့ပြောင်းနေထိုင်သူများ</translation>
        </message>
        <message>
            <source>Host community</source>
            <translation>ဒေသခံ လူထု</translation>
        </message>
        <message>
            <source>With a disability</source>
            <translation>မသန်စွမ်းမှု ရှိသူ</translation>
        </message>
        <message>
            <source>withheld (fewer than {k})</source>
            <translation>ဖုံးထားသည် ({k} ဦးအောက်)</translation>
        </message>
        <message>
            <source>Whole period (unique)</source>
            <translation>ကာလတစ်ခုလုံး (တစ်ဦးကို တစ်ကြိမ်)</translation>
        </message>
    </context>
    <context>
        <name>SnoozeDialog</name>
        <message>
            <source>Snooze</source>
            <translation>ရွှေ့ဆိုင်းမည်</translation>
        </message>
        <message>
            <source>Show it again on</source>
            <translation>ပြန်ပြမည့်ရက်</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <source>The item leaves your list and comes back on the day you choose.</source>
            <translation>ဤအရာသည် သင့်စာရင်းမှ ခဏဖယ်ပြီး သင်ရွေးသည့်ရက်တွင် ပြန်ပေါ်လာမည်။</translation>
        </message>
        <message>
            <source>Choose a day after today.</source>
            <translation>ယနေ့နောက်ပိုင်း ရက်တစ်ရက် ရွေးပါ။</translation>
        </message>
    </context>
    <context>
        <name>StaffAccounts</name>
        <message>
            <source>Never</source>
            <translation>ဘယ်တော့မှ</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>အမည်</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>အသုံးပြုသူအမည်</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>တာဝန်အဆင့်</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>လက်ရှိ</translation>
        </message>
        <message>
            <source>Last sign-in</source>
            <translation>နောက်ဆုံး ဝင်ရောက်ချိန်</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>ပိတ်ထားသည်</translation>
        </message>
        <message>
            <source>Everything, including staff accounts, backups and the audit trail.</source>
            <translation>ဝန်ထမ်းအကောင့်၊ အရန်မိတ္တူနှင့် လုပ်ဆောင်ချက်မှတ်တမ်း အပါအဝင် အားလုံး။</translation>
        </message>
        <message>
            <source>Registers and edits people, case notes, assessments and referrals.</source>
            <translation>လူများ၊ ကိစ္စရပ် မှတ်ချက်၊ အကဲဖြတ်ချက်နှင့် လွှဲပြောင်းညွှန်းပို့မှုများကို စာရင်းသွင်းပြီး ပြင်ဆင်သည်။</translation>
        </message>
        <message>
            <source>Does what a caseworker does, reads every case in full and sees the audit trail.</source>
            <translation>ကိစ္စရပ် တာဝန်ခံ လုပ်သည့်အရာများကို လုပ်ပြီး ကိစ္စရပ်အားလုံးကို အပြည့်အစုံ ဖတ်ကာ စစ်ဆေးမှတ်တမ်းကို ကြည့်နိုင်သည်။</translation>
        </message>
        <message>
            <source>Registers participants and takes attendance; cannot edit records.</source>
            <translation>ပါဝင်သူများကို စာရင်းသွင်းပြီး တက်ရောက်မှု မှတ်သည်၊ မှတ်တမ်းများကို မပြင်နိုင်ပါ။</translation>
        </message>
        <message>
            <source>Sees counts and the network only, never a person's record.</source>
            <translation>အရေအတွက်များနှင့် ကွန်ရက်ကိုသာ မြင်ရပြီး မည်သူ၏ မှတ်တမ်းကိုမျှ မမြင်ရပါ။</translation>
        </message>
    </context>
    <context>
        <name>StaffAccountsPage</name>
        <message>
            <source>Staff accounts</source>
            <translation>ဝန်ထမ်းအကောင့်များ</translation>
        </message>
        <message>
            <source>Each person who uses Saphan signs in with their own account. Disable the account of anyone who leaves the organisation.</source>
            <translation>Saphan ကို သုံးသူတိုင်း မိမိ၏ ကိုယ်ပိုင်အကောင့်ဖြင့် ဝင်ရသည်။ အဖွဲ့အစည်းမှ ထွက်သွားသူ၏ အကောင့်ကို ပိတ်ပါ။</translation>
        </message>
        <message>
            <source>Add account…</source>
            <translation>အကောင့် ထည့်မည်…</translation>
        </message>
        <message>
            <source>Change role…</source>
            <translation>တာဝန်အဆင့် ပြောင်းမည်…</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>စကားဝှက် ပြန်သတ်မှတ်မည်…</translation>
        </message>
        <message>
            <source>Disable…</source>
            <translation>ပိတ်မည်…</translation>
        </message>
        <message>
            <source>Transfer cases…</source>
            <translation>ကိစ္စရပ်များ လွှဲပြောင်းရန်…</translation>
        </message>
        <message>
            <source>Give this staff member's open cases to another caseworker</source>
            <translation>ဤဝန်ထမ်း၏ ဖွင့်ထားသော ကိစ္စရပ်များကို အခြား ကိစ္စရပ် တာဝန်ခံထံ လွှဲပေးရန်</translation>
        </message>
        <message>
            <source>Could not load the accounts</source>
            <translation>အကောင့်များကို မဖွင့်နိုင်ပါ</translation>
        </message>
        <message>
            <source>Added the account {username}.</source>
            <translation>{username} အကောင့်ကို ထည့်ပြီး။</translation>
        </message>
        <message>
            <source>{username} is now: {role}</source>
            <translation>{username} သည် ယခု - {role}</translation>
        </message>
        <message>
            <source>New password set for {username}.</source>
            <translation>{username} အတွက် စကားဝှက်အသစ် သတ်မှတ်ပြီး။</translation>
        </message>
        <message>
            <source>Not disabled</source>
            <translation>မပိတ်ရသေးပါ</translation>
        </message>
        <message>
            <source>You cannot disable your own account. Ask another admin to do it.</source>
            <translation>ကိုယ့်အကောင့်ကို ကိုယ်တိုင် ပိတ်၍ မရပါ။ အခြား စီမံခန့်ခွဲသူကို ပြောပါ။</translation>
        </message>
        <message>
            <source>Disable account?</source>
            <translation>အကောင့်ကို ပိတ်မလား။</translation>
        </message>
        <message>
            <source>Disable the account of {name} ({username})?

They can no longer sign in, and their password no longer opens the database. An admin can enable the account again by setting a new password.</source>
            <translation>{name} ({username}) ၏ အကောင့်ကို ပိတ်မလား။

ထိုသူ ဝင်ရောက်၍ မရတော့ဘဲ ၎င်း၏ စကားဝှက်ဖြင့် ဒေတာဘေ့စ်ကို မဖွင့်နိုင်တော့ပါ။ စီမံခန့်ခွဲသူက စကားဝှက်အသစ် သတ်မှတ်၍ အကောင့်ကို ပြန်ဖွင့်နိုင်သည်။</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>ပိတ်မည်</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <source>Disabled the account {username}.</source>
            <translation>{username} အကောင့်ကို ပိတ်ပြီး။</translation>
        </message>
        <message>
            <source>No cases to transfer</source>
            <translation>လွှဲပြောင်းရန် ကိစ္စရပ် မရှိပါ</translation>
        </message>
        <message>
            <source>{name} owns no open or on-hold case.</source>
            <translation>{name} တွင် ဖွင့်ထားသော သို့မဟုတ် ခေတ္တ ရပ်ထားသော ကိစ္စရပ် မရှိပါ။</translation>
        </message>
        <message>
            <source>Transferred {count} case(s) and disabled the account {username}.</source>
            <translation>ကိစ္စရပ် {count} ခုကို လွှဲပြောင်းပြီး {username} အကောင့်ကို ပိတ်လိုက်ပြီ။</translation>
        </message>
        <message>
            <source>Transferred {count} case(s) of {username}.</source>
            <translation>{username} ၏ ကိစ္စရပ် {count} ခုကို လွှဲပြောင်းပြီ။</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Saphan cannot open the database</source>
            <translation>Saphan သည် ဒေတာဘေ့စ်ကို မဖွင့်နိုင်ပါ</translation>
        </message>
        <message>
            <source>Saphan was interrupted</source>
            <translation>Saphan အလုပ် ကြားတွင် ရပ်သွားခဲ့သည်</translation>
        </message>
        <message>
            <source>Restoring a backup was interrupted; it has now been completed. The data that was on this laptop before is kept as {safety}.</source>
            <translation>အရန်မိတ္တူ ပြန်ယူခြင်းသည် ကြားတွင် ရပ်သွားခဲ့သော်လည်း ယခု ပြီးဆုံးအောင် လုပ်ပြီးပါပြီ။ ယခင် ဤလက်ပ်တော့ပေါ်ရှိ ဒေတာကို {safety} အဖြစ် ထားသည်။</translation>
        </message>
        <message>
            <source>Restoring a backup was interrupted before it could finish, so it has been undone: the data on this laptop is as it was before.</source>
            <translation>အရန်မိတ္တူ ပြန်ယူခြင်းသည် မပြီးမီ ကြားတွင် ရပ်သွားခဲ့သဖြင့် ပြန်ဖျက်သိမ်းလိုက်ပါပြီ - ဤလက်ပ်တော့ပေါ်ရှိ ဒေတာသည် ယခင်အတိုင်း ဖြစ်သည်။</translation>
        </message>
        <message>
            <source>Setting up Saphan was interrupted before it could finish. The unfinished database held no records and has been removed: please set up Saphan again.</source>
            <translation>Saphan ကို စတင်ပြင်ဆင်ခြင်းသည် မပြီးမီ ကြားတွင် ရပ်သွားခဲ့သည်။ မပြီးဆုံးသေးသော ဒေတာဘေ့စ်တွင် မှတ်တမ်း မရှိသေးသဖြင့် ဖယ်ရှားလိုက်ပါပြီ - Saphan ကို ထပ်မံ စတင်ပြင်ဆင်ပါ။</translation>
        </message>
    </context>
    <context>
        <name>StepDetail</name>
        <message>
            <source>e.g. Calming skills: slow breathing</source>
            <translation>ဥပမာ စိတ်ငြိမ်စေသော နည်းလမ်း - ဖြည်းဖြည်း အသက်ရှူခြင်း</translation>
        </message>
        <message>
            <source> min</source>
            <translation> မိနစ်</translation>
        </message>
        <message>
            <source>Type an instruction, then Enter to add it</source>
            <translation>ညွှန်ကြားချက် ရိုက်ပြီး Enter နှိပ်၍ ထည့်ပါ</translation>
        </message>
        <message>
            <source>Type a question, then Enter to add it</source>
            <translation>မေးခွန်း ရိုက်ပြီး Enter နှိပ်၍ ထည့်ပါ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>အမျိုးအစား</translation>
        </message>
        <message>
            <source>Title *</source>
            <translation>ခေါင်းစဉ် *</translation>
        </message>
        <message>
            <source>Minutes *</source>
            <translation>မိနစ် *</translation>
        </message>
        <message>
            <source>What to do (numbered when printed)</source>
            <translation>လုပ်ရမည့်အရာ (ပုံနှိပ်သည့်အခါ နံပါတ်တပ်မည်)</translation>
        </message>
        <message>
            <source>Questions for discussion</source>
            <translation>ဆွေးနွေးရန် မေးခွန်းများ</translation>
        </message>
        <message>
            <source>Select a step to edit it, or add one.</source>
            <translation>ပြင်ရန် အဆင့်တစ်ခုကို ရွေးပါ သို့မဟုတ် အသစ်ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Step {number}</source>
            <translation>အဆင့် {number}</translation>
        </message>
    </context>
    <context>
        <name>StepsModel</name>
        <message>
            <source>Start</source>
            <translation>စတင်ရက်</translation>
        </message>
        <message>
            <source>Min.</source>
            <translation>မိနစ်</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>အမျိုးအစား</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>အဆင့်</translation>
        </message>
        <message>
            <source>(no title yet)</source>
            <translation>(ခေါင်းစဉ် မရှိသေး)</translation>
        </message>
    </context>
    <context>
        <name>SubjectExport</name>
        <message>
            <source>About the person</source>
            <translation>ပုဂ္ဂိုလ်အကြောင်း</translation>
        </message>
        <message>
            <source>Other details</source>
            <translation>အခြားအသေးစိတ်များ</translation>
        </message>
        <message>
            <source>Corrections to the record</source>
            <translation>မှတ်တမ်းကို ပြင်ဆင်မှုများ</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>သဘောတူညီချက်</translation>
        </message>
        <message>
            <source>Consent given and withdrawn</source>
            <translation>ပေးခဲ့သော နှင့် ရုပ်သိမ်းခဲ့သော သဘောတူညီချက်များ</translation>
        </message>
        <message>
            <source>Cases and plans</source>
            <translation>ကိစ္စရပ်များနှင့် အစီအစဉ်များ</translation>
        </message>
        <message>
            <source>Sessions attended</source>
            <translation>တက်ရောက်ခဲ့သော အစည်းအဝေးများ</translation>
        </message>
        <message>
            <source>Wellbeing assessments</source>
            <translation>စိတ်ချမ်းသာမှု အကဲဖြတ်ချက်များ</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>လွှဲပြောင်းညွှန်းပို့မှုများ</translation>
        </message>
        <message>
            <source>Referrals from other organisations</source>
            <translation>အခြားအဖွဲ့အစည်းများမှ လွှဲပြောင်းပေးပို့မှုများ</translation>
        </message>
        <message>
            <source>Notes from group sessions</source>
            <translation>အုပ်စု အစည်းအဝေးများမှ မှတ်စုများ</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>စီမံကိန်းများ</translation>
        </message>
        <message>
            <source>Counted in the network's figures (no name)</source>
            <translation>ကွန်ရက်၏ ကိန်းဂဏန်းများတွင် ထည့်တွက်ခဲ့သည် (အမည်မပါ)</translation>
        </message>
        <message>
            <source>Who looked at or changed this record</source>
            <translation>ဤမှတ်တမ်းကို ကြည့်ရှုခဲ့သူ သို့မဟုတ် ပြင်ဆင်ခဲ့သူများ</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>ဟုတ်ကဲ့</translation>
        </message>
        <message>
            <source>No</source>
            <translation>မဟုတ်ပါ</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>အမျိုးသမီး</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>အမျိုးသား</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>အခြား</translation>
        </message>
        <message>
            <source>Myanmar</source>
            <translation>မြန်မာ</translation>
        </message>
        <message>
            <source>Thai</source>
            <translation>ထိုင်း</translation>
        </message>
        <message>
            <source>Stateless</source>
            <translation>နိုင်ငံမဲ့</translation>
        </message>
        <message>
            <source>New arrival</source>
            <translation>အသစ်ရောက်ရှိလာသူ</translation>
        </message>
        <message>
            <source>Long-term migrant</source>
            <translation>ကာလရှည် ရွှေ့ပြောင်းနေထိုင်သူ</translation>
        </message>
        <message>
            <source>Host community</source>
            <translation>ဒေသခံ လူထု</translation>
        </message>
        <message>
            <source>No documents</source>
            <translation>စာရွက်စာတမ်း မရှိ</translation>
        </message>
        <message>
            <source>Pink card</source>
            <translation>ပန်းရောင်ကတ်</translation>
        </message>
        <message>
            <source>Passport and visa</source>
            <translation>နိုင်ငံကူးလက်မှတ်နှင့် ဗီဇာ</translation>
        </message>
        <message>
            <source>Border pass</source>
            <translation>နယ်စပ်ဖြတ်ကူးခွင့်လက်မှတ်</translation>
        </message>
        <message>
            <source>Thai ID card</source>
            <translation>ထိုင်း မှတ်ပုံတင်ကတ်</translation>
        </message>
        <message>
            <source>G-code</source>
            <translation>G-code ကတ်</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>လက်ရှိ</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>ပိတ်ပြီး</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>ဖွင့်ထားဆဲ</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>ခေတ္တ ရပ်ထား</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>ပြည့်မီပြီ</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>ရပ်လိုက်ပြီ</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>စီစဉ်ထားသည်</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>ပြီးဆုံးပြီး</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>ပယ်ဖျက်ပြီး</translation>
        </message>
        <message>
            <source>MHPSS</source>
            <translation>စိတ်ကျန်းမာရေးနှင့် စိတ်လူမှုပံ့ပိုးမှု</translation>
        </message>
        <message>
            <source>Protection</source>
            <translation>အကာအကွယ်</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>ဝန်ဆောင်မှုများ</translation>
        </message>
        <message>
            <source>Referral to other services</source>
            <translation>အခြား ဝန်ဆောင်မှုများသို့ လွှဲပြောင်းညွှန်းပို့ခြင်း</translation>
        </message>
        <message>
            <source>Counted in anonymous figures</source>
            <translation>အမည်မဖော်သော ကိန်းဂဏန်းများတွင် ထည့်တွက်ခြင်း</translation>
        </message>
        <message>
            <source>Spoken</source>
            <translation>နှုတ်ဖြင့်</translation>
        </message>
        <message>
            <source>Signed form</source>
            <translation>လက်မှတ်ထိုးထားသော ပုံစံ</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>တစ်ဦးချင်း</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>အုပ်စု</translation>
        </message>
        <message>
            <source>Counselling</source>
            <translation>စိတ်ပိုင်းဆိုင်ရာ အကြံပေးခြင်း</translation>
        </message>
        <message>
            <source>Psychological first aid</source>
            <translation>စိတ်ပိုင်းဆိုင်ရာ ရှေးဦးပြုစုခြင်း</translation>
        </message>
        <message>
            <source>Case follow-up</source>
            <translation>ကိစ္စရပ် ဆက်လက်ကြည့်ရှုခြင်း</translation>
        </message>
        <message>
            <source>MHPSS group session</source>
            <translation>စိတ်ကျန်းမာရေးနှင့် စိတ်လူမှုပံ့ပိုးမှု အုပ်စုအစည်းအဝေး</translation>
        </message>
        <message>
            <source>Social-protection awareness</source>
            <translation>လူမှုဖူလုံရေး အသိပညာပေးခြင်း</translation>
        </message>
        <message>
            <source>Thai class</source>
            <translation>ထိုင်းစာ သင်တန်း</translation>
        </message>
        <message>
            <source>Vocational training</source>
            <translation>အသက်မွေးဝမ်းကျောင်း သင်တန်း</translation>
        </message>
        <message>
            <source>Youth activity</source>
            <translation>လူငယ် လှုပ်ရှားမှု</translation>
        </message>
        <message>
            <source>Women's safe-space meeting</source>
            <translation>အမျိုးသမီး ဘေးကင်းလုံခြုံရာနေရာ အစည်းအဝေး</translation>
        </message>
        <message>
            <source>Participatory project session</source>
            <translation>ပူးပေါင်းပါဝင်သော စီမံကိန်း အစည်းအဝေး</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>မစမီ</translation>
        </message>
        <message>
            <source>Midway</source>
            <translation>အလယ်</translation>
        </message>
        <message>
            <source>After</source>
            <translation>ပြီးနောက်</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>ပုံမှန်</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>အရေးတကြီး</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>အရေးပေါ်</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>ပို့ပြီး</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>လက်ခံပြီး</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>ငြင်းပယ်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>လက်ခံရရှိပြီး</translation>
        </message>
        <message>
            <source>Served</source>
            <translation>ဝန်ဆောင်မှု ပေးပြီး</translation>
        </message>
        <message>
            <source>Not served</source>
            <translation>ဝန်ဆောင်မှု မပေးနိုင်ခဲ့</translation>
        </message>
        <message>
            <source>Could not contact</source>
            <translation>ဆက်သွယ်၍ မရခဲ့</translation>
        </message>
        <message>
            <source>Burmese</source>
            <translation>မြန်မာ</translation>
        </message>
        <message>
            <source>S'gaw Karen</source>
            <translation>စကောကရင်</translation>
        </message>
        <message>
            <source>Thai language</source>
            <translation>ထိုင်း ဘာသာစကား</translation>
        </message>
        <message>
            <source>English</source>
            <translation>အင်္ဂလိပ်</translation>
        </message>
        <message>
            <source>No difficulty</source>
            <translation>အခက်အခဲ မရှိ</translation>
        </message>
        <message>
            <source>Some difficulty</source>
            <translation>အခက်အခဲ အနည်းငယ် ရှိ</translation>
        </message>
        <message>
            <source>A lot of difficulty</source>
            <translation>အခက်အခဲ အများကြီး ရှိ</translation>
        </message>
        <message>
            <source>Cannot do at all</source>
            <translation>လုံးဝ မလုပ်နိုင်</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>ကုဒ်</translation>
        </message>
        <message>
            <source>Name (Latin script)</source>
            <translation>အမည် (လက်တင်စာ)</translation>
        </message>
        <message>
            <source>Name (own script)</source>
            <translation>အမည် (မိခင်ဘာသာ စာ)</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>ကျား/မ</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>မွေးနေ့</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>နိုင်ငံသား</translation>
        </message>
        <message>
            <source>Population group</source>
            <translation>လူဦးရေ အုပ်စု</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>စာရွက်စာတမ်းများ</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>ဖုန်း</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>နေရာဒေသ</translation>
        </message>
        <message>
            <source>Preferred language</source>
            <translation>နှစ်သက်သော ဘာသာစကား</translation>
        </message>
        <message>
            <source>Seeing</source>
            <translation>မြင်နိုင်မှု</translation>
        </message>
        <message>
            <source>Hearing</source>
            <translation>ကြားနိုင်မှု</translation>
        </message>
        <message>
            <source>Walking or climbing steps</source>
            <translation>လမ်းလျှောက်ခြင်း သို့မဟုတ် လှေကားတက်ခြင်း</translation>
        </message>
        <message>
            <source>Remembering or concentrating</source>
            <translation>မှတ်မိခြင်း သို့မဟုတ် အာရုံစူးစိုက်ခြင်း</translation>
        </message>
        <message>
            <source>Self-care</source>
            <translation>မိမိကိုယ်ကို စောင့်ရှောက်ခြင်း</translation>
        </message>
        <message>
            <source>Communicating</source>
            <translation>ဆက်သွယ်ပြောဆိုခြင်း</translation>
        </message>
        <message>
            <source>Disability (Washington Group)</source>
            <translation>မသန်စွမ်းမှု (Washington Group)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <source>Reason for closing</source>
            <translation>ပိတ်ရသည့် အကြောင်းရင်း</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>မှတ်ချက်များ</translation>
        </message>
        <message>
            <source>Registered on</source>
            <translation>စာရင်းသွင်းသည့်ရက်</translation>
        </message>
        <message>
            <source>Registered by</source>
            <translation>စာရင်းသွင်းသူ</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>နောက်ဆုံး ပြင်ဆင်သည့်ရက်</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>ထည့်သွင်းခဲ့သည်</translation>
        </message>
        <message>
            <source>Looked at the record</source>
            <translation>မှတ်တမ်းကို ကြည့်ရှုခဲ့သည်</translation>
        </message>
        <message>
            <source>Changed the record</source>
            <translation>မှတ်တမ်းကို ပြင်ဆင်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Deleted the record</source>
            <translation>မှတ်တမ်းကို ဖျက်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Restored the record</source>
            <translation>မှတ်တမ်းကို ပြန်ယူခဲ့သည်</translation>
        </message>
        <message>
            <source>Closed the record</source>
            <translation>မှတ်တမ်းကို ပိတ်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Reopened the record</source>
            <translation>မှတ်တမ်းကို ပြန်ဖွင့်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Opened the whole record in an emergency</source>
            <translation>အရေးပေါ်အခြေအနေတွင် မှတ်တမ်းအပြည့်အစုံကို ဖွင့်ကြည့်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Made a copy of the record for the person</source>
            <translation>ပုဂ္ဂိုလ်အတွက် မှတ်တမ်းမိတ္တူ ပြုလုပ်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Opened a case</source>
            <translation>ကိစ္စရပ် ဖွင့်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Closed a case</source>
            <translation>ကိစ္စရပ် ပိတ်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Reopened a case</source>
            <translation>ကိစ္စရပ် ပြန်ဖွင့်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Put a case on hold</source>
            <translation>ကိစ္စရပ် ခေတ္တ ရပ်ထားခဲ့သည်</translation>
        </message>
        <message>
            <source>Shared a case with a colleague</source>
            <translation>ကိစ္စရပ်ကို လုပ်ဖော်ကိုင်ဖက်နှင့် မျှဝေခဲ့သည်</translation>
        </message>
        <message>
            <source>Stopped sharing a case</source>
            <translation>ကိစ္စရပ် မျှဝေခြင်း ရပ်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Gave a case to another caseworker</source>
            <translation>ကိစ္စရပ်ကို အခြား ကိစ္စရပ် တာဝန်ခံထံ လွှဲပေးခဲ့သည်</translation>
        </message>
        <message>
            <source>Set the next contact</source>
            <translation>နောက်ဆက်သွယ်မည့်ရက် သတ်မှတ်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Changed the status</source>
            <translation>အခြေအနေကို ပြောင်းခဲ့သည်</translation>
        </message>
        <message>
            <source>Changed the case plan</source>
            <translation>ကိစ္စရပ် အစီအစဉ်ကို ပြင်ဆင်ခဲ့သည်</translation>
        </message>
        <message>
            <source>Nothing held.</source>
            <translation>သိမ်းဆည်းထားခြင်း မရှိပါ။</translation>
        </message>
        <message>
            <source>What {cso} holds about {name} ({code})</source>
            <translation>{cso} တွင် {name} ({code}) အကြောင်း သိမ်းဆည်းထားသော အချက်အလက်များ</translation>
        </message>
        <message>
            <source>Made on {date} by {user}.</source>
            <translation>{date} တွင် {user} က ပြုလုပ်သည်။</translation>
        </message>
        <message>
            <source>This is everything {cso} holds about this person in its records system, on the date above. Ask {cso} to correct anything that is wrong.</source>
            <translation>အထက်ပါ ရက်စွဲတွင် {cso} ၏ မှတ်တမ်းစနစ်၌ ဤပုဂ္ဂိုလ်အကြောင်း သိမ်းဆည်းထားသမျှ အားလုံး ဖြစ်သည်။ မှားယွင်းနေသည်များကို ပြင်ဆင်ပေးရန် {cso} ကို တောင်းဆိုနိုင်ပါသည်။</translation>
        </message>
        <message>
            <source>For</source>
            <translation>ရည်ရွယ်ချက်</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>သဘောတူသည်</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>စတင်သည့်ရက်</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>မှတ်တမ်းတင်သူ</translation>
        </message>
        <message>
            <source>From</source>
            <translation>မှ</translation>
        </message>
        <message>
            <source>How</source>
            <translation>မည်သို့</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>မှတ်ချက်</translation>
        </message>
        <message>
            <source>{line} case, opened {date}</source>
            <translation>{line} ကိစ္စရပ်၊ {date} တွင် ဖွင့်သည်</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>ကိစ္စရပ် တာဝန်ခံ</translation>
        </message>
        <message>
            <source>Shared with</source>
            <translation>မျှဝေထားသူများ</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>ပိတ်သည့်ရက်</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>ရလဒ်</translation>
        </message>
        <message>
            <source>Next contact</source>
            <translation>နောက်တစ်ကြိမ် ဆက်သွယ်ရန်</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>ရည်မှန်းချက်</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>လုပ်ဆောင်ရန်</translation>
        </message>
        <message>
            <source>Due by</source>
            <translation>ပြီးရမည့်ရက်</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>တာဝန်ယူသူ</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>ပြီးသည့်ရက်</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>ရက်စွဲ</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>အစီအစဉ်</translation>
        </message>
        <message>
            <source>What it was</source>
            <translation>အကြောင်းအရာ</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>လမ်းညွှန်ဆောင်ရွက်သူ</translation>
        </message>
        <message>
            <source>Questionnaire</source>
            <translation>မေးခွန်းလွှာ</translation>
        </message>
        <message>
            <source>When</source>
            <translation>အချိန်</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>အဖြေများ</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>ရမှတ်</translation>
        </message>
        <message>
            <source>Referred to</source>
            <translation>လွှဲပြောင်းသည့်နေရာ</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>အကြောင်းရင်း</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>အရေးတကြီး အဆင့်</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>လွှဲပြောင်းပေးသူ</translation>
        </message>
        <message>
            <source>Referral code</source>
            <translation>လွှဲပြောင်းမှု ကုဒ်</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>ဝန်ဆောင်မှု</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>မည်သူ</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>အကွက်</translation>
        </message>
        <message>
            <source>Was</source>
            <translation>ယခင်</translation>
        </message>
        <message>
            <source>Became</source>
            <translation>ပြင်ဆင်ပြီး</translation>
        </message>
        <message>
            <source>Written by</source>
            <translation>ရေးသူ</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>စီမံကိန်း</translation>
        </message>
        <message>
            <source>Community or group</source>
            <translation>လူထု သို့မဟုတ် အုပ်စု</translation>
        </message>
        <message>
            <source>To</source>
            <translation>အထိ</translation>
        </message>
        <message>
            <source>First counted in</source>
            <translation>ပထမဆုံး ထည့်တွက်ခဲ့သည့်လ</translation>
        </message>
        <message>
            <source>What</source>
            <translation>ဘာလုပ်ခဲ့သနည်း</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Import</source>
            <translation>တင်သွင်းမည်</translation>
        </message>
        <message>
            <source>Rows not imported:</source>
            <translation>မတင်သွင်းရသော အတန်းများ -</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>တင်သွင်းနေသည်…</translation>
        </message>
        <message>
            <source>Importing the list…</source>
            <translation>စာရင်းကို တင်သွင်းနေသည်…</translation>
        </message>
        <message>
            <source>{n} people</source>
            <translation>{n} ဦး</translation>
        </message>
        <message>
            <source>The import was cancelled. Nothing was imported: the registry is as it was.</source>
            <translation>တင်သွင်းခြင်းကို ပယ်ဖျက်လိုက်သည်။ ဘာမျှ မတင်သွင်းရပါ။ စာရင်းသည် ယခင်အတိုင်း ရှိနေသည်။</translation>
        </message>
        <message>
            <source>Imported {imported} people ({first} to {last}).</source>
            <translation>{imported} ဦးကို တင်သွင်းပြီး ({first} မှ {last} အထိ)။</translation>
        </message>
        <message>
            <source>Skipped {count} (see the list below).</source>
            <translation>{count} ခု ကျော်ခဲ့သည် (အောက်ပါစာရင်း ကြည့်ပါ)။</translation>
        </message>
        <message>
            <source>Row {row}: {why}</source>
            <translation>အတန်း {row} - {why}</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>ဘာမျှ မတင်သွင်းရပါ။</translation>
        </message>
    </context>
    <context>
        <name>TargetsEditor</name>
        <message>
            <source>What the network expects of each CSO, and the outcome targets. Save signs a new revision of the network file and writes it to the shared folder; each CSO's dashboard then shows its own target.</source>
            <translation>ကွန်ရက်က အဖွဲ့အစည်း တစ်ခုချင်းစီထံမှ မျှော်မှန်းထားသည်များနှင့် ရလဒ် ပန်းတိုင်များ။ သိမ်းမည် ကိုနှိပ်လျှင် ကွန်ရက်ဖိုင် ဗားရှင်းသစ်ကို လက်မှတ်ထိုးပြီး မျှဝေဖိုင်တွဲသို့ ရေးသည်။ ထို့နောက် အဖွဲ့အစည်းတိုင်း၏ အကျဉ်းချုပ်တွင် ၎င်း၏ ကိုယ်ပိုင် ပန်းတိုင်ကို ပြသည်။</translation>
        </message>
        <message>
            <source>Each CSO's share of the people targets</source>
            <translation>ရောက်ရှိကူညီခဲ့သူ ပန်းတိုင်များတွင် အဖွဲ့အစည်း တစ်ခုချင်းစီ၏ ဝေစု</translation>
        </message>
        <message>
            <source>“–”: no share (the CSO's dashboard shows the network's target).</source>
            <translation>“–” - ဝေစု မရှိပါ (အဖွဲ့အစည်း၏ အကျဉ်းချုပ်တွင် ကွန်ရက် ပန်းတိုင်ကို ပြသည်)။</translation>
        </message>
        <message>
            <source>Outcome targets (people improved)</source>
            <translation>ရလဒ် ပန်းတိုင်များ (တိုးတက်သူ)</translation>
        </message>
        <message>
            <source>Add outcome target</source>
            <translation>ရလဒ် ပန်းတိုင် ထည့်မည်</translation>
        </message>
        <message>
            <source>People of the programme whose score improves by at least the instrument's minimal important difference between a pre and a post assessment.</source>
            <translation>မစမီ (pre) နှင့် ပြီးနောက် (post) အကဲဖြတ်ချက်ကြားတွင် ရမှတ်သည် မေးခွန်းပုံစံ၏ အနည်းဆုံး အရေးပါသော ကွာခြားချက် အထိ တိုးတက်လာသော အစီအစဉ်မှ ပုဂ္ဂိုလ်များ။</translation>
        </message>
        <message>
            <source>Create the network first (Network setup).</source>
            <translation>ကွန်ရက်ကို ဦးစွာ ဖန်တီးပါ (ကွန်ရက် ပြင်ဆင်မှု)။</translation>
        </message>
        <message>
            <source>Network target</source>
            <translation>ကွန်ရက် ပန်းတိုင်</translation>
        </message>
        <message>
            <source>Together</source>
            <translation>စုစုပေါင်း</translation>
        </message>
        <message>
            <source>{cso}'s share of {programme} (“–”: none)</source>
            <translation>{programme} တွင် {cso} ၏ ဝေစု (“–” - မရှိ)</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>အစီအစဉ်</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>မေးခွန်းပုံစံ</translation>
        </message>
        <message>
            <source>Improved</source>
            <translation>တိုးတက်</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>ဖယ်မည်</translation>
        </message>
        <message>
            <source>More than the network's target</source>
            <translation>ကွန်ရက် ပန်းတိုင်ထက် ပိုများသည်</translation>
        </message>
        <message>
            <source>“{code}” is not an instrument code: small letters, digits and _, starting with a letter (e.g. who5).</source>
            <translation>“{code}” သည် မေးခွန်းပုံစံ ကုဒ် မဟုတ်ပါ - စာလုံးသေး၊ ဂဏန်းနှင့် _ ဖြစ်ပြီး စာလုံးဖြင့် စရမည် (ဥပမာ who5)။</translation>
        </message>
        <message>
            <source>Choose or type the instrument of each outcome target.</source>
            <translation>ရလဒ် ပန်းတိုင် တစ်ခုချင်းစီ၏ မေးခွန်းပုံစံကို ရွေးပါ သို့မဟုတ် ရိုက်ထည့်ပါ။</translation>
        </message>
        <message>
            <source>{programme} has two targets for {code}: keep one.</source>
            <translation>{programme} တွင် {code} အတွက် ပန်းတိုင် နှစ်ခု ရှိနေသည် - တစ်ခုသာ ထားပါ။</translation>
        </message>
        <message>
            <source>The shares of {programme} add up to {together}, more than the network's target of {target}. You can still save.</source>
            <translation>{programme} ၏ ဝေစုများ ပေါင်းလျှင် {together} ဖြစ်ပြီး ကွန်ရက် ပန်းတိုင် {target} ထက် ပိုများသည်။ သိမ်းနိုင်ပါသေးသည်။</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <source>{done} of {total}</source>
            <translation>{total} အနက် {done}</translation>
        </message>
        <message>
            <source>Step {n} of {total}</source>
            <translation>အဆင့် {total} ဆင့်အနက် အဆင့် {n}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <source>about {n} s left</source>
            <translation>{n} စက္ကန့်ခန့် ကျန်သည်</translation>
        </message>
        <message>
            <source>about {n} min left</source>
            <translation>{n} မိနစ်ခန့် ကျန်သည်</translation>
        </message>
    </context>
    <context>
        <name>TeamPage</name>
        <message>
            <source>Person</source>
            <translation>ပုဂ္ဂိုလ်</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>အစည်းအဝေး</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>တက်ရောက်မှု</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>အကဲဖြတ်ချက်</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>လွှဲပြောင်းညွှန်းပို့မှု</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>စီမံကိန်း</translation>
        </message>
        <message>
            <source>Session plan</source>
            <translation>အစည်းအဝေး စီမံချက်</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>ဝန်ဆောင်မှု</translation>
        </message>
        <message>
            <source>Staff account</source>
            <translation>ဝန်ထမ်းအကောင့်</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>ဆက်တင်</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>အဖွဲ့အစည်း</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>အစီအစဉ်</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>မေးခွန်းပုံစံ</translation>
        </message>
        <message>
            <source>Name (Latin letters)</source>
            <translation>အမည် (အင်္ဂလိပ် အက္ခရာ)</translation>
        </message>
        <message>
            <source>Name (own script)</source>
            <translation>အမည် (မိခင်ဘာသာ စာ)</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>ဖုန်း</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>နေရာဒေသ</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>မှတ်ချက်များ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>မွေးနေ့</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>ကျား/မ</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>ခေါင်းစဉ်</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>နေရာ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>ရက်စွဲ</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>ခေါင်းစဉ်</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>အမည်</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>အကြောင်းရင်း</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>အဖွဲ့</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>ယခု ချိန်ကိုက်မည်</translation>
        </message>
        <message>
            <source>Invite a laptop…</source>
            <translation>လက်ပ်တော့ ဖိတ်ကြားမည်…</translation>
        </message>
        <message>
            <source>Remove laptop…</source>
            <translation>လက်ပ်တော့ ဖယ်ရှားမည်…</translation>
        </message>
        <message>
            <source>This laptop</source>
            <translation>ဤလက်ပ်တော့</translation>
        </message>
        <message>
            <source>(not shown)</source>
            <translation>(မပြပါ)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(ဗလာ)</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>လက်ပ်တော့</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>လက်ဗွေကုဒ်</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>နောက်ဆုံး တွေ့ချိန်</translation>
        </message>
        <message>
            <source>Changes applied</source>
            <translation>ထည့်သွင်းပြီး ပြောင်းလဲမှုများ</translation>
        </message>
        <message>
            <source>State</source>
            <translation>အခြေအနေ</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>မရှိသေးပါ</translation>
        </message>
        <message>
            <source>{applied} of {written}</source>
            <translation>{written} ခုအနက် {applied} ခု</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>ဖယ်ရှားပြီး</translation>
        </message>
        <message>
            <source>Changes to apply</source>
            <translation>ထည့်သွင်းရန် ပြောင်းလဲမှုများ ရှိသည်</translation>
        </message>
        <message>
            <source>Up to date</source>
            <translation>နောက်ဆုံးအခြေအနေ ဖြစ်သည်</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>မှတ်တမ်း</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>အကွက်</translation>
        </message>
        <message>
            <source>Value kept</source>
            <translation>ဆက်ထားသော တန်ဖိုး</translation>
        </message>
        <message>
            <source>Other value</source>
            <translation>အခြားတန်ဖိုး</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>တွေ့ရှိချိန်</translation>
        </message>
        <message>
            <source>Team folder</source>
            <translation>အဖွဲ့ဖိုင်တွဲ</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>နောက်ဆုံး ချိန်ကိုက်ချိန်</translation>
        </message>
        <message>
            <source>Changes waiting to be sent</source>
            <translation>ပို့ရန် စောင့်နေသော ပြောင်းလဲမှုများ</translation>
        </message>
        <message>
            <source>Laptops of the team</source>
            <translation>အဖွဲ့၏ လက်ပ်တော့များ</translation>
        </message>
        <message>
            <source>Sync conflicts</source>
            <translation>ချိန်ကိုက်မှု ကွဲလွဲချက်များ</translation>
        </message>
        <message>
            <source>Two laptops changed the same thing before they synced. Every laptop now holds the value kept; keep it, or use the other value instead.</source>
            <translation>လက်ပ်တော့ နှစ်လုံးက မချိန်ကိုက်မီ တူညီသောအရာကို ပြောင်းခဲ့သည်။ လက်ပ်တော့တိုင်းတွင် ဆက်ထားသော တန်ဖိုး ရှိနေပြီ - ၎င်းကို ဆက်ထားပါ၊ သို့မဟုတ် အခြားတန်ဖိုးကို အစားသုံးပါ။</translation>
        </message>
        <message>
            <source>No sync conflicts.</source>
            <translation>ချိန်ကိုက်မှု ကွဲလွဲချက် မရှိပါ။</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>ထားမည်</translation>
        </message>
        <message>
            <source>Use the other value</source>
            <translation>အခြားတန်ဖိုးကို သုံးမည်</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>မချိန်ကိုက်ရသေးပါ</translation>
        </message>
        <message>
            <source>{name} · fingerprint {fingerprint}</source>
            <translation>{name} · လက်ဗွေကုဒ် {fingerprint}</translation>
        </message>
        <message>
            <source>{folder} (not reachable now)</source>
            <translation>{folder} (ယခု မရောက်နိုင်ပါ)</translation>
        </message>
        <message>
            <source>This laptop is not part of a team yet.

When your CSO works on several laptops, make them a team: they then keep the same records, synced through a team folder (an office network drive, a synced cloud folder or a USB stick). Everything in the folder is encrypted.</source>
            <translation>ဤလက်ပ်တော့သည် အဖွဲ့တစ်ခုတွင် မပါဝင်သေးပါ။

သင့်အဖွဲ့အစည်းက လက်ပ်တော့ အများအပြားဖြင့် အလုပ်လုပ်လျှင် ၎င်းတို့ကို အဖွဲ့တစ်ခု ဖွဲ့ပါ - ထို့နောက် အဖွဲ့ဖိုင်တွဲ (ရုံး ကွန်ရက်ဒရိုက်၊ ချိန်ကိုက်ထားသော cloud ဖိုင်တွဲ သို့မဟုတ် USB) မှတစ်ဆင့် ချိန်ကိုက်၍ တူညီသော မှတ်တမ်းများကို ထားရှိမည်။ ဖိုင်တွဲထဲရှိ အရာအားလုံးကို စာဝှက်ထားသည်။</translation>
        </message>
        <message>
            <source>Create a team…</source>
            <translation>အဖွဲ့ ဖန်တီးမည်…</translation>
        </message>
        <message>
            <source>Ask your CSO's admin to create the team.</source>
            <translation>အဖွဲ့ကို ဖန်တီးရန် သင့်အဖွဲ့အစည်း၏ စီမံခန့်ခွဲသူကို မေးပါ။</translation>
        </message>
        <message>
            <source>A sync is running already.</source>
            <translation>ချိန်ကိုက်မှု လုပ်ဆောင်နေဆဲ ဖြစ်သည်။</translation>
        </message>
        <message>
            <source>Syncing with the team folder…</source>
            <translation>အဖွဲ့ဖိုင်တွဲနှင့် ချိန်ကိုက်နေသည်…</translation>
        </message>
        <message>
            <source>The team folder cannot be reached. Connect the drive or the USB stick, then sync again. Changes made here wait on this laptop.</source>
            <translation>အဖွဲ့ဖိုင်တွဲကို မရောက်နိုင်ပါ။ ဒရိုက် သို့မဟုတ် USB ကို ချိတ်ဆက်ပြီး ထပ်ချိန်ကိုက်ပါ။ ဤနေရာတွင် ပြုလုပ်သော ပြောင်းလဲမှုများ ဤလက်ပ်တော့ပေါ်တွင် စောင့်နေမည်။</translation>
        </message>
        <message>
            <source>Changes sent: {sent}. Changes received: {received}.</source>
            <translation>ပြောင်းလဲမှု {sent} ခု ပို့ပြီး၊ {received} ခု လက်ခံရရှိပြီး။</translation>
        </message>
        <message>
            <source>{count} new sync conflicts: see below.</source>
            <translation>ချိန်ကိုက်မှု ကွဲလွဲချက်အသစ် {count} ခု - အောက်တွင် ကြည့်ပါ။</translation>
        </message>
        <message>
            <source>Waiting for changes from {names}.</source>
            <translation>{names} ထံမှ ပြောင်းလဲမှုများကို စောင့်နေသည်။</translation>
        </message>
        <message>
            <source>{count} files in the team folder were refused; nothing in them was used.</source>
            <translation>အဖွဲ့ဖိုင်တွဲထဲရှိ ဖိုင် {count} ခုကို လက်မခံပါ - ၎င်းတို့ထဲမှ မည်သည့်အရာကိုမျှ မသုံးပါ။</translation>
        </message>
        <message>
            <source>Sync failed: {reason}</source>
            <translation>ချိန်ကိုက်၍ မရပါ - {reason}</translation>
        </message>
        <message>
            <source>Could not settle the conflict</source>
            <translation>ကွဲလွဲမှုကို မဖြေရှင်းနိုင်ပါ</translation>
        </message>
        <message>
            <source>Kept the value of {record}.</source>
            <translation>{record} ၏ တန်ဖိုးကို ဆက်ထားပြီး။</translation>
        </message>
        <message>
            <source>{record} now holds the other value; it goes to every laptop.</source>
            <translation>{record} တွင် ယခု အခြားတန်ဖိုး ရှိသည် - ၎င်းသည် လက်ပ်တော့တိုင်းသို့ ရောက်မည်။</translation>
        </message>
        <message>
            <source>Laptop 2</source>
            <translation>လက်ပ်တော့ ၂</translation>
        </message>
        <message>
            <source>The team is created.</source>
            <translation>အဖွဲ့ကို ဖန်တီးပြီး။</translation>
        </message>
        <message>
            <source>Creating the team…</source>
            <translation>အဖွဲ့ကို ဖန်တီးနေသည်…</translation>
        </message>
        <message>
            <source>Not created</source>
            <translation>မဖန်တီးရသေးပါ</translation>
        </message>
        <message>
            <source>Writing the invitation…</source>
            <translation>ဖိတ်ကြားစာကို ရေးနေသည်…</translation>
        </message>
        <message>
            <source>No invitation</source>
            <translation>ဖိတ်ကြားစာ မရှိပါ</translation>
        </message>
        <message>
            <source>Remove laptop?</source>
            <translation>လက်ပ်တော့ကို ဖယ်ရှားမလား။</translation>
        </message>
        <message>
            <source>Remove “{name}” ({fingerprint}) from the team?

Do this when the laptop is lost, stolen or no longer used by the CSO. It will not be able to read anything written from now on, and whatever it writes will be refused. This cannot be undone: to use it again, invite it as a new laptop.</source>
            <translation>“{name}” ({fingerprint}) ကို အဖွဲ့မှ ဖယ်ရှားမလား။

လက်ပ်တော့ ပျောက်ဆုံးခြင်း၊ ခိုးယူခံရခြင်း သို့မဟုတ် အဖွဲ့အစည်းက မသုံးတော့ခြင်း ဖြစ်မှသာ ဤသို့ လုပ်ပါ။ ယခုမှစ၍ ရေးသမျှကို ၎င်း ဖတ်နိုင်မည် မဟုတ်ဘဲ ၎င်းရေးသမျှကိုလည်း လက်ခံမည် မဟုတ်ပါ။ ပြန်ပြင်၍ မရပါ - ထပ်သုံးလိုလျှင် လက်ပ်တော့အသစ်အဖြစ် ဖိတ်ကြားပါ။</translation>
        </message>
        <message>
            <source>Remove “{name}”</source>
            <translation>“{name}” ကို ဖယ်ရှားမည်</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>ထားမည်</translation>
        </message>
        <message>
            <source>Removed “{name}” from the team.</source>
            <translation>“{name}” ကို အဖွဲ့မှ ဖယ်ရှားပြီး။</translation>
        </message>
        <message>
            <source>Removing the laptop…</source>
            <translation>လက်ပ်တော့ကို ဖယ်ရှားနေသည်…</translation>
        </message>
        <message>
            <source>Not removed</source>
            <translation>မဖယ်ရှားရသေးပါ</translation>
        </message>
    </context>
    <context>
        <name>TeamPassphraseDialog</name>
        <message>
            <source>The team's recovery passphrase</source>
            <translation>အဖွဲ့၏ ပြန်ဖွင့်စကားစု</translation>
        </message>
        <message>
            <source>Shown only this once. If every laptop of the team is lost, this passphrase opens what the team folder holds. Write it down and keep it on paper in a locked place, away from the laptops.</source>
            <translation>ဤတစ်ကြိမ်သာ ပြသည်။ အဖွဲ့၏ လက်ပ်တော့အားလုံး ပျောက်ဆုံးပါက ဤစကားစုဖြင့် အဖွဲ့ဖိုင်တွဲထဲရှိ အရာများကို ဖွင့်နိုင်သည်။ ရေးမှတ်ပြီး လက်ပ်တော့များနှင့် ဝေးသော သော့ခတ်ထားသည့်နေရာတွင် စာရွက်ဖြင့် သိမ်းထားပါ။</translation>
        </message>
        <message>
            <source>I have written down the team's recovery passphrase</source>
            <translation>အဖွဲ့၏ ပြန်ဖွင့်စကားစုကို ကျွန်ုပ် ရေးမှတ်ထားပြီး</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>ဆက်လုပ်မည်</translation>
        </message>
    </context>
    <context>
        <name>TeamSync</name>
        <message>
            <source>just now</source>
            <translation>ယခုလေးတင်</translation>
        </message>
        <message>
            <source>{n} min ago</source>
            <translation>လွန်ခဲ့သော {n} မိနစ်</translation>
        </message>
        <message>
            <source>{n} h ago</source>
            <translation>လွန်ခဲ့သော {n} နာရီ</translation>
        </message>
        <message>
            <source>Sync failed</source>
            <translation>ချိန်ကိုက်၍ မရပါ</translation>
        </message>
        <message>
            <source>Team folder not reachable</source>
            <translation>အဖွဲ့ဖိုင်တွဲကို မရောက်နိုင်ပါ</translation>
        </message>
        <message>
            <source>The team folder {folder} cannot be reached. Changes made here wait on this laptop and are sent at the next sync.</source>
            <translation>အဖွဲ့ဖိုင်တွဲ {folder} ကို မရောက်နိုင်ပါ။ ဤနေရာတွင် ပြုလုပ်သော ပြောင်းလဲမှုများ ဤလက်ပ်တော့ပေါ်တွင် စောင့်နေပြီး နောက်တစ်ကြိမ် ချိန်ကိုက်ချိန်တွင် ပို့မည်။</translation>
        </message>
        <message>
            <source>Waiting for changes from {names}</source>
            <translation>{names} ထံမှ ပြောင်းလဲမှုများကို စောင့်နေသည်</translation>
        </message>
        <message>
            <source>Some changes of {names} are not in the team folder yet. They are applied once they arrive.</source>
            <translation>{names} ၏ ပြောင်းလဲမှုအချို့ အဖွဲ့ဖိုင်တွဲထဲ မရောက်သေးပါ။ ရောက်လာသည်နှင့် ထည့်သွင်းမည်။</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>မချိန်ကိုက်ရသေးပါ</translation>
        </message>
        <message>
            <source>This laptop has not synced with its team yet.</source>
            <translation>ဤလက်ပ်တော့သည် ၎င်း၏ အဖွဲ့နှင့် မချိန်ကိုက်ရသေးပါ။</translation>
        </message>
        <message>
            <source>Last sync: {at}. Team folder: {folder}</source>
            <translation>နောက်ဆုံး ချိန်ကိုက်ချိန် - {at}။ အဖွဲ့ဖိုင်တွဲ - {folder}</translation>
        </message>
        <message>
            <source>Synced {ago} with {count} laptops</source>
            <translation>{ago} လက်ပ်တော့ {count} လုံးနှင့် ချိန်ကိုက်ပြီး</translation>
        </message>
        <message>
            <source>Synced {ago}</source>
            <translation>{ago} ချိန်ကိုက်ပြီး</translation>
        </message>
    </context>
    <context>
        <name>TemplateLibraryDialog</name>
        <message>
            <source>Template library</source>
            <translation>နမူနာပုံစံ စာကြည့်တိုက်</translation>
        </message>
        <message>
            <source>Start a plan from a template</source>
            <translation>နမူနာပုံစံမှ စီမံချက် စတင်ရန်</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>ဘာသာစကားအားလုံး</translation>
        </message>
        <message>
            <source>Find a template by its title</source>
            <translation>ခေါင်းစဉ်ဖြင့် နမူနာပုံစံ ရှာပါ</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ဘာသာစကား</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>မလုပ်တော့ပါ</translation>
        </message>
        <message>
            <source>Use this template</source>
            <translation>ဤနမူနာပုံစံကို သုံးမည်</translation>
        </message>
        <message>
            <source>Session no.</source>
            <translation>အစည်းအဝေး အမှတ်</translation>
        </message>
        <message>
            <source>Planned date</source>
            <translation>စီစဉ်ထားသော ရက်</translation>
        </message>
        <message>
            <source>Could not load the templates</source>
            <translation>နမူနာပုံစံများကို မဖွင့်နိုင်ပါ</translation>
        </message>
        <message>
            <source>{number}. {title}  ({minutes} min)</source>
            <translation>{number}. {title}  ({minutes} မိနစ်)</translation>
        </message>
        <message>
            <source>No template matches. Clear the search.</source>
            <translation>ကိုက်ညီသော နမူနာပုံစံ မရှိပါ။ ရှာဖွေမှုကို ရှင်းပါ။</translation>
        </message>
        <message>
            <source>Session {number} · {minutes} minutes · {language}</source>
            <translation>အစည်းအဝေး {number} · {minutes} မိနစ် · {language}</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>ရည်ရွယ်ချက်များ</translation>
        </message>
        <message>
            <source>By the end of the session participants will…</source>
            <translation>အစည်းအဝေး ပြီးဆုံးချိန်တွင် ပါဝင်သူများသည်…</translation>
        </message>
        <message>
            <source>Steps ({total} minutes)</source>
            <translation>အဆင့်များ ({total} မိနစ်)</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>စတင်ရက်</translation>
        </message>
        <message>
            <source>Min.</source>
            <translation>မိနစ်</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>အမျိုးအစား</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>အဆင့်</translation>
        </message>
        <message>
            <source>The plan was not created</source>
            <translation>စီမံချက်ကို မဖန်တီးနိုင်ခဲ့ပါ</translation>
        </message>
    </context>
    <context>
        <name>TransferAllDialog</name>
        <message>
            <source>Transfer cases</source>
            <translation>ကိစ္စရပ်များ လွှဲပြောင်းရန်</translation>
        </message>
        <message>
            <source>Transfer and disable</source>
            <translation>လွှဲပြောင်းပြီး ပိတ်မည်</translation>
        </message>
        <message>
            <source>{name} owns {count} open or on-hold case(s). Choose who takes them over, with their case plans. Closed cases keep their owner.</source>
            <translation>{name} တွင် ဖွင့်ထားသော သို့မဟုတ် ခေတ္တ ရပ်ထားသော ကိစ္စရပ် {count} ခု ရှိသည်။ ၎င်းတို့ကို ကိစ္စရပ် အစီအစဉ်များနှင့်အတူ လွှဲယူမည့်သူကို ရွေးပါ။ ပိတ်ပြီးသော ကိစ္စရပ်များသည် မူလ တာဝန်ခံထံတွင် ရှိနေမည်။</translation>
        </message>
        <message>
            <source>The account is disabled after the transfer: they can no longer sign in.</source>
            <translation>လွှဲပြောင်းပြီးနောက် အကောင့်ကို ပိတ်မည် - ၎င်းတို့ ဝင်ရောက်၍ မရတော့ပါ။</translation>
        </message>
        <message>
            <source>Transfer to *</source>
            <translation>လွှဲပြောင်းပေးမည့်သူ *</translation>
        </message>
    </context>
    <context>
        <name>TransferCaseDialog</name>
        <message>
            <source>Transfer the case</source>
            <translation>ကိစ္စရပ် လွှဲပြောင်းရန်</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>လွှဲပြောင်းမည်</translation>
        </message>
        <message>
            <source>The new owner takes over the case and its plan; you can no longer change who owns it.</source>
            <translation>တာဝန်ခံအသစ်က ကိစ္စရပ်နှင့် ၎င်း၏ အစီအစဉ်ကို လွှဲယူမည်။ တာဝန်ခံကို သင် ထပ်မံ ပြောင်း၍ မရတော့ပါ။</translation>
        </message>
        <message>
            <source>The new owner takes over the case and its plan.</source>
            <translation>တာဝန်ခံအသစ်က ကိစ္စရပ်နှင့် ၎င်း၏ အစီအစဉ်ကို လွှဲယူမည်။</translation>
        </message>
        <message>
            <source>New owner *</source>
            <translation>တာဝန်ခံ အသစ် *</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to Saphan</source>
            <translation>Saphan မှ ကြိုဆိုပါသည်</translation>
        </message>
        <message>
            <source>&lt;p&gt;This sets up your organisation's records on this computer.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;The records are kept in an encrypted database that only your organisation's users can open.&lt;/li&gt;&lt;li&gt;You will be the first admin. You can add caseworkers and facilitators later.&lt;/li&gt;&lt;li&gt;At the end you will get a &lt;b&gt;recovery passphrase&lt;/b&gt;. Print it or write it down: it is the only way back in if every password is forgotten.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Records about people never leave this computer.&lt;/p&gt;</source>
            <translation>&lt;p&gt;ဤလုပ်ဆောင်ချက်က သင့်အဖွဲ့အစည်း၏ မှတ်တမ်းများကို ဤကွန်ပျူတာပေါ်တွင် ပြင်ဆင်ပေးမည်။&lt;/p&gt;&lt;ul&gt;&lt;li&gt;မှတ်တမ်းများကို သင့်အဖွဲ့အစည်းမှ အသုံးပြုသူများသာ ဖွင့်နိုင်သော စာဝှက်ထားသည့် ဒေတာဘေ့စ်တွင် သိမ်းသည်။&lt;/li&gt;&lt;li&gt;သင်သည် ပထမဆုံး စီမံခန့်ခွဲသူ ဖြစ်မည်။ ကိစ္စရပ်တာဝန်ခံများနှင့် လမ်းညွှန်ဆောင်ရွက်သူများကို နောက်မှ ထည့်နိုင်သည်။&lt;/li&gt;&lt;li&gt;နောက်ဆုံးတွင် &lt;b&gt;ပြန်ဖွင့်စကားစု&lt;/b&gt; ရမည်။ ပုံနှိပ်ပါ သို့မဟုတ် ရေးမှတ်ပါ - စကားဝှက်အားလုံး မေ့သွားပါက ပြန်ဝင်နိုင်သည့် တစ်ခုတည်းသော နည်းလမ်း ဖြစ်သည်။&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;လူများအကြောင်း မှတ်တမ်းများသည် ဤကွန်ပျူတာမှ ဘယ်တော့မှ ထွက်မသွားပါ။&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Does your CSO already use Saphan on another laptop? Then do not set up a new database here: join your CSO's team, with the invitation your admin gives you.</source>
            <translation>သင့်အဖွဲ့အစည်းသည် အခြားလက်ပ်တော့တွင် Saphan ကို သုံးနေပြီလား။ ထိုသို့ဆိုလျှင် ဤနေရာတွင် ဒေတာဘေ့စ်အသစ် မတည်ဆောက်ပါနှင့် - စီမံခန့်ခွဲသူ ပေးသော ဖိတ်ကြားစာဖြင့် သင့်အဖွဲ့အစည်း၏ အဖွဲ့သို့ ဝင်ပါ။</translation>
        </message>
        <message>
            <source>Join my CSO's team…</source>
            <translation>ကျွန်ုပ်၏ အဖွဲ့အစည်း၏ အဖွဲ့သို့ ဝင်မည်…</translation>
        </message>
    </context>
    <context>
        <name>WordActions</name>
        <message>
            <source>Session {number} - {title}</source>
            <translation>အစည်းအဝေး {number} - {title}</translation>
        </message>
        <message>
            <source>Session plan</source>
            <translation>အစည်းအဝေး စီမံချက်</translation>
        </message>
        <message>
            <source>Save the session plan</source>
            <translation>အစည်းအဝေး စီမံချက်ကို သိမ်းရန်</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>မထုတ်ရသေးပါ</translation>
        </message>
        <message>
            <source>No session plans yet</source>
            <translation>အစည်းအဝေး စီမံချက် မရှိသေးပါ</translation>
        </message>
        <message>
            <source>This project has no session plans to export yet. Add a plan first.</source>
            <translation>ဤစီမံကိန်းတွင် ထုတ်ရန် အစည်းအဝေး စီမံချက် မရှိသေးပါ။ စီမံချက်တစ်ခု အရင်ထည့်ပါ။</translation>
        </message>
        <message>
            <source>Project plan</source>
            <translation>စီမံကိန်း အစီအမံ</translation>
        </message>
        <message>
            <source>Save the project plan</source>
            <translation>စီမံကိန်း အစီအမံကို သိမ်းရန်</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Word စာရွက်စာတမ်း (*.docx)</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>{path} ကို သိမ်းပြီး</translation>
        </message>
        <message>
            <source>The Word document was not saved</source>
            <translation>Word စာရွက်စာတမ်းကို မသိမ်းရသေးပါ</translation>
        </message>
        <message>
            <source>Saphan could not write {path}. If the file is open in Word, close it and try again.

{reason}</source>
            <translation>Saphan သည် {path} ကို မရေးနိုင်ပါ။ ဖိုင်ကို Word တွင် ဖွင့်ထားပါက ပိတ်ပြီး ထပ်ကြိုးစားပါ။

{reason}</translation>
        </message>
        <message>
            <source>Writing the Word document…</source>
            <translation>Word စာရွက်စာတမ်း ရေးနေသည်…</translation>
        </message>
        <message>
            <source>Could not open the document</source>
            <translation>စာရွက်စာတမ်းကို မဖွင့်နိုင်ပါ</translation>
        </message>
        <message>
            <source>No program to open Word documents was found. The plan was saved as {path}.</source>
            <translation>Word စာရွက်စာတမ်း ဖွင့်ရန် ပရိုဂရမ် မတွေ့ပါ။ စီမံချက်ကို {path} အဖြစ် သိမ်းထားသည်။</translation>
        </message>
        <message>
            <source>Sent to the printer: {path}</source>
            <translation>ပရင်တာသို့ ပို့ပြီး - {path}</translation>
        </message>
        <message>
            <source>Print from your word processor</source>
            <translation>သင့် စာစီပရိုဂရမ်မှ ပုံနှိပ်ပါ</translation>
        </message>
        <message>
            <source>The plan is open in your word processor (Word or LibreOffice). Print it from there with Ctrl+P.</source>
            <translation>စီမံချက်ကို သင့် စာစီပရိုဂရမ် (Word သို့မဟုတ် LibreOffice) တွင် ဖွင့်ထားသည်။ ထိုနေရာမှ Ctrl+P ဖြင့် ပုံနှိပ်ပါ။</translation>
        </message>
    </context>
    <context>
        <name>Worklist</name>
        <message>
            <source>Follow-up</source>
            <translation>နောက်ဆက်တွဲ</translation>
        </message>
        <message>
            <source>Case plan</source>
            <translation>ကိစ္စအစီအစဉ်</translation>
        </message>
        <message>
            <source>Wellbeing</source>
            <translation>စိတ်ကျန်းမာရေး</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>လွှဲပြောင်းညွှန်းပို့မှု</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>သဘောတူညီချက်</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>တက်ရောက်မှု</translation>
        </message>
        <message>
            <source>Project session</source>
            <translation>စီမံကိန်း အစည်းအဝေး</translation>
        </message>
        <message>
            <source>Assessment alert</source>
            <translation>အကဲဖြတ်မှု သတိပေးချက်</translation>
        </message>
        <message>
            <source>Psychosocial support (MHPSS)</source>
            <translation>စိတ်လူမှု ပံ့ပိုးမှု (MHPSS)</translation>
        </message>
        <message>
            <source>Protection</source>
            <translation>အကာအကွယ်</translation>
        </message>
        <message>
            <source>Follow up: next contact in the {service} case</source>
            <translation>နောက်ဆက်တွဲ- {service} ကိစ္စတွင် နောက်တစ်ကြိမ် ဆက်သွယ်ရန်</translation>
        </message>
        <message>
            <source>Case plan action: {action}</source>
            <translation>ကိစ္စအစီအစဉ် လုပ်ဆောင်ချက်- {action}</translation>
        </message>
        <message>
            <source>Review wellbeing: WHO-5 score {score} of 25 on {date}</source>
            <translation>စိတ်ကျန်းမာရေး ပြန်သုံးသပ်ရန်- {date} တွင် WHO-5 ရမှတ် 25 တွင် {score}</translation>
        </message>
        <message>
            <source>Review wellbeing: WHO-5 fell from {before} to {after} of 100 on {date}</source>
            <translation>စိတ်ကျန်းမာရေး ပြန်သုံးသပ်ရန်- {date} တွင် WHO-5 ရမှတ် 100 တွင် {before} မှ {after} သို့ ကျဆင်း</translation>
        </message>
        <message>
            <source>Ask for feedback on the referral to {service} made on {date}</source>
            <translation>{date} တွင် {service} သို့ လွှဲပြောင်းညွှန်းပို့မှုအတွက် တုံ့ပြန်ချက် မေးရန်</translation>
        </message>
        <message>
            <source>Ask for feedback on the referral made on {date}</source>
            <translation>{date} တွင် လွှဲပြောင်းညွှန်းပို့မှုအတွက် တုံ့ပြန်ချက် မေးရန်</translation>
        </message>
        <message>
            <source>Renew consent: given on {date}, a year ago on {due}</source>
            <translation>သဘောတူညီချက် သက်တမ်းတိုးရန်- {date} တွင် ပေးခဲ့ပြီး {due} တွင် တစ်နှစ်ပြည့်</translation>
        </message>
        <message>
            <source>Record attendance of the group session on {date}: {topic}</source>
            <translation>{date} အုပ်စုအစည်းအဝေး၏ တက်ရောက်မှုကို မှတ်တမ်းတင်ရန်- {topic}</translation>
        </message>
        <message>
            <source>Record attendance of the group session on {date}</source>
            <translation>{date} အုပ်စုအစည်းအဝေး၏ တက်ရောက်မှုကို မှတ်တမ်းတင်ရန်</translation>
        </message>
        <message>
            <source>Follow up the {instrument} of {date}: {alerts}</source>
            <translation>{date} ၏ {instrument} ကို နောက်ဆက်တွဲ ဆောင်ရွက်ရန်- {alerts}</translation>
        </message>
        <message>
            <source>Prepare session {number} of {project}: {title}</source>
            <translation>{project} ၏ အစည်းအဝေး {number} ကို ပြင်ဆင်ရန်- {title}</translation>
        </message>
    </context>
    <context>
        <name>WorklistPage</name>
        <message>
            <source>My day</source>
            <translation>ယနေ့ ကျွန်ုပ်၏အလုပ်</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>သတ်မှတ်ရက်</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>အမျိုးအစား</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>ပုဂ္ဂိုလ်</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>လုပ်ရမည့်အရာ</translation>
        </message>
        <message>
            <source>Nothing is due. Follow-ups, case plan actions and reviews appear here.</source>
            <translation>ယခု လုပ်ရန် မရှိပါ။ နောက်ဆက်တွဲ ဆက်သွယ်မှုများ၊ ကိစ္စအစီအစဉ် လုပ်ဆောင်ချက်များနှင့် ပြန်လည်သုံးသပ်မှုများ ဤနေရာတွင် ပေါ်လာမည်။</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>ဖွင့်မည် (&amp;O)</translation>
        </message>
        <message>
            <source>Open what the item is about (Enter)</source>
            <translation>ဤအရာနှင့် သက်ဆိုင်သည်ကို ဖွင့်မည် (Enter)</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>ပြီးပြီ (&amp;D)</translation>
        </message>
        <message>
            <source>Mark the item done (Ctrl+D)</source>
            <translation>ဤအရာကို ပြီးပြီဟု မှတ်မည် (Ctrl+D)</translation>
        </message>
        <message>
            <source>&amp;Snooze…</source>
            <translation>ရွှေ့ဆိုင်းမည် (&amp;S)…</translation>
        </message>
        <message>
            <source>Hide the item until a later day</source>
            <translation>နောက်ရက်တစ်ရက်အထိ ဤအရာကို ဖျောက်ထားမည်</translation>
        </message>
        <message>
            <source>D&amp;ismiss…</source>
            <translation>ပယ်မည် (&amp;I)…</translation>
        </message>
        <message>
            <source>Take the item off the list, saying why</source>
            <translation>အကြောင်းပြချက်ဖြင့် ဤအရာကို စာရင်းမှ ဖယ်မည်</translation>
        </message>
        <message>
            <source>The worklist could not be read: {error}</source>
            <translation>လုပ်ရန်စာရင်းကို ဖတ်၍ မရပါ- {error}</translation>
        </message>
        <message>
            <source>Overdue ({count})</source>
            <translation>ရက်လွန်နေပြီ ({count})</translation>
        </message>
        <message>
            <source>Today ({count})</source>
            <translation>ယနေ့ ({count})</translation>
        </message>
        <message>
            <source>This week ({count})</source>
            <translation>ဤတစ်ပတ် ({count})</translation>
        </message>
        <message>
            <source>Later ({count})</source>
            <translation>နောက်မှ ({count})</translation>
        </message>
        <message>
            <source>{date} · To do: {count} · Overdue: {overdue}</source>
            <translation>{date} · လုပ်ရန်- {count} ခု · ရက်လွန်- {overdue} ခု</translation>
        </message>
        <message>
            <source>Could not open it</source>
            <translation>ဖွင့်၍ မရပါ</translation>
        </message>
        <message>
            <source>Done: {what}</source>
            <translation>ပြီးပြီ- {what}</translation>
        </message>
        <message>
            <source>Snoozed until {date}: {what}</source>
            <translation>{date} အထိ ရွှေ့ဆိုင်းထားသည်- {what}</translation>
        </message>
        <message>
            <source>Dismissed: {what}</source>
            <translation>ပယ်ထားသည်- {what}</translation>
        </message>
        <message>
            <source>Could not save it</source>
            <translation>သိမ်း၍ မရပါ</translation>
        </message>
    </context>
    <context>
        <name>ZawgyiNotice</name>
        <message>
            <source>This looks like Zawgyi text. Convert it to Unicode?</source>
            <translation>ဤစာသည် ဇော်ဂျီ စာ ဖြစ်ပုံရသည်။ ယူနီကုဒ်သို့ ပြောင်းမလား။</translation>
        </message>
        <message>
            <source>Convert</source>
            <translation>ပြောင်းမည်</translation>
        </message>
        <message>
            <source>Keep as typed</source>
            <translation>ရိုက်ထားသည့်အတိုင်း ထားမည်</translation>
        </message>
        <message>
            <source>In Unicode: {text}</source>
            <translation>ယူနီကုဒ်ဖြင့် - {text}</translation>
        </message>
    </context>
    <context>
        <name>_ConfirmDialog</name>
        <message>
            <source>Cancel</source>
            <translation>မလုပ်တော့ပါ</translation>
        </message>
    </context>
    <context>
        <name>_FileRow</name>
        <message>
            <source>Choose…</source>
            <translation>ရွေးပါ…</translation>
        </message>
        <message>
            <source>Saphan invitation (*{suffix});;All files (*)</source>
            <translation>Saphan ဖိတ်ကြားစာ (*{suffix});;ဖိုင်အားလုံး (*)</translation>
        </message>
    </context>
    <context>
        <name>_PathRow</name>
        <message>
            <source>Choose…</source>
            <translation>ရွေးပါ…</translation>
        </message>
        <message>
            <source>Saphan invitation (*{suffix})</source>
            <translation>Saphan ဖိတ်ကြားစာ (*{suffix})</translation>
        </message>
    </context>
</TS>
