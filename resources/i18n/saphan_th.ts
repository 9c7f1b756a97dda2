<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH" sourcelanguage="en">
    <context>
        <name>ActionDialog</name>
        <message>
            <source>Add an action</source>
            <translation>เพิ่มสิ่งที่ต้องทำ</translation>
        </message>
        <message>
            <source>Change the action</source>
            <translation>แก้ไขสิ่งที่ต้องทำ</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>เพิ่มสิ่งที่ต้องทำ</translation>
        </message>
        <message>
            <source>Save action</source>
            <translation>บันทึกสิ่งที่ต้องทำ</translation>
        </message>
        <message>
            <source>e.g. Call the clinic about the appointment</source>
            <translation>เช่น โทรหาคลินิกเรื่องนัดหมาย</translation>
        </message>
        <message>
            <source>Nobody yet</source>
            <translation>ยังไม่มีผู้รับผิดชอบ</translation>
        </message>
        <message>
            <source>No goal</source>
            <translation>ไม่มีเป้าหมาย</translation>
        </message>
        <message>
            <source>Action *</source>
            <translation>สิ่งที่ต้องทำ *</translation>
        </message>
        <message>
            <source>Due by</source>
            <translation>กำหนดเสร็จ</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>ผู้รับผิดชอบ</translation>
        </message>
        <message>
            <source>For the goal</source>
            <translation>สำหรับเป้าหมาย</translation>
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>Add a staff account</source>
            <translation>เพิ่มบัญชีเจ้าหน้าที่</translation>
        </message>
        <message>
            <source>Add account</source>
            <translation>เพิ่มบัญชี</translation>
        </message>
        <message>
            <source>e.g. Naw Paw Htoo</source>
            <translation>เช่น Naw Paw Htoo</translation>
        </message>
        <message>
            <source>e.g. nawpaw</source>
            <translation>เช่น nawpaw</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>ชื่อ-นามสกุล</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>ชื่อผู้ใช้</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>บทบาท</translation>
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>The first admin</source>
            <translation>ผู้ดูแลระบบคนแรก</translation>
        </message>
        <message>
            <source>That is you. You will sign in with this user name and password.</source>
            <translation>นั่นคือคุณ คุณจะเข้าสู่ระบบด้วยชื่อผู้ใช้และรหัสผ่านนี้</translation>
        </message>
        <message>
            <source>e.g. Daw Khin Myo</source>
            <translation>เช่น Daw Khin Myo</translation>
        </message>
        <message>
            <source>e.g. khinmyo</source>
            <translation>เช่น khinmyo</translation>
        </message>
        <message>
            <source>At least 10 characters. A few words you can remember are stronger than a short, complicated password.</source>
            <translation>อย่างน้อย 10 ตัวอักษร คำไม่กี่คำที่คุณจำได้ปลอดภัยกว่ารหัสผ่านสั้น ๆ ที่ซับซ้อน</translation>
        </message>
        <message>
            <source>Your full name</source>
            <translation>ชื่อ-นามสกุลของคุณ</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>ชื่อผู้ใช้</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>รหัสผ่าน</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>รหัสผ่านอีกครั้ง</translation>
        </message>
        <message>
            <source>Too short</source>
            <translation>สั้นเกินไป</translation>
        </message>
        <message>
            <source>Weak</source>
            <translation>อ่อน</translation>
        </message>
        <message>
            <source>Fair</source>
            <translation>พอใช้</translation>
        </message>
        <message>
            <source>Strong</source>
            <translation>แข็งแรง</translation>
        </message>
    </context>
    <context>
        <name>AreaChoice</name>
        <message>
            <source>Not known</source>
            <translation>ไม่ทราบ</translation>
        </message>
        <message>
            <source>{area} ({parent})</source>
            <translation>{area} ({parent})</translation>
        </message>
        <message>
            <source>Where the session happened (for the network's 5W report)</source>
            <translation>สถานที่จัดเซสชัน (สำหรับรายงาน 5W ของเครือข่าย)</translation>
        </message>
    </context>
    <context>
        <name>AreasEditor</name>
        <message>
            <source>Where the CSOs' activities happen, for the 5W report: each CSO picks one of these areas when it logs a session. Give the official P-code where the place has one. Save signs a new revision of the network file and writes it to the shared folder.</source>
            <translation>สถานที่ที่องค์กรจัดกิจกรรม สำหรับรายงาน 5W: ทุกองค์กรเลือกพื้นที่หนึ่งจากรายการนี้เมื่อบันทึกเซสชัน ใส่ P-code ทางการหากสถานที่นั้นมี การบันทึกจะลงนามฉบับใหม่ของไฟล์เครือข่ายและเขียนลงในโฟลเดอร์ที่แบ่งปัน</translation>
        </message>
        <message>
            <source>No areas yet. Add the first place where activities happen.</source>
            <translation>ยังไม่มีพื้นที่ เพิ่มสถานที่แรกที่จัดกิจกรรม</translation>
        </message>
        <message>
            <source>Add area</source>
            <translation>เพิ่มพื้นที่</translation>
        </message>
        <message>
            <source>Undo changes</source>
            <translation>ยกเลิกการเปลี่ยนแปลง</translation>
        </message>
        <message>
            <source>Show the saved areas again</source>
            <translation>แสดงพื้นที่ที่บันทึกไว้อีกครั้ง</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>รหัส</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <source>P-code</source>
            <translation>P-code</translation>
        </message>
        <message>
            <source>Inside</source>
            <translation>อยู่ใน</translation>
        </message>
        <message>
            <source>Create the network first (Network setup).</source>
            <translation>สร้างเครือข่ายก่อน (การตั้งค่าเครือข่าย)</translation>
        </message>
        <message>
            <source>e.g. mae_pa</source>
            <translation>เช่น mae_pa</translation>
        </message>
        <message>
            <source>e.g. Mae Pa</source>
            <translation>เช่น แม่ปะ</translation>
        </message>
        <message>
            <source>e.g. TH630607</source>
            <translation>เช่น TH630607</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>นำออก</translation>
        </message>
        <message>
            <source>A saved area keeps its code: sessions name it.</source>
            <translation>พื้นที่ที่บันทึกแล้วคงรหัสเดิม: เซสชันอ้างถึงรหัสนี้</translation>
        </message>
        <message>
            <source>“{code}” is not an area code: small letters, digits and _, starting with a letter (e.g. mae_pa).</source>
            <translation>“{code}” ไม่ใช่รหัสพื้นที่: ใช้อักษรตัวเล็ก ตัวเลข และ _ ขึ้นต้นด้วยตัวอักษร (เช่น mae_pa)</translation>
        </message>
        <message>
            <source>Give each area a code.</source>
            <translation>ใส่รหัสให้ทุกพื้นที่</translation>
        </message>
        <message>
            <source>Two areas have the code {code}: keep one.</source>
            <translation>มีสองพื้นที่ที่ใช้รหัส {code}: เก็บไว้เพียงหนึ่ง</translation>
        </message>
        <message>
            <source>Give each area a name.</source>
            <translation>ใส่ชื่อให้ทุกพื้นที่</translation>
        </message>
        <message>
            <source>“{p_code}” is not a P-code: two capital letters and pairs of digits (e.g. TH630607).</source>
            <translation>“{p_code}” ไม่ใช่ P-code: อักษรตัวใหญ่สองตัวตามด้วยตัวเลขเป็นคู่ (เช่น TH630607)</translation>
        </message>
        <message>
            <source>{code} cannot lie inside itself.</source>
            <translation>{code} อยู่ในตัวเองไม่ได้</translation>
        </message>
        <message>
            <source>A network has at most {n} areas.</source>
            <translation>เครือข่ายหนึ่งมีพื้นที่ได้ไม่เกิน {n} แห่ง</translation>
        </message>
    </context>
    <context>
        <name>AssessmentDialog</name>
        <message>
            <source>Assess wellbeing — {code}</source>
            <translation>ประเมินความผาสุก — {code}</translation>
        </message>
        <message>
            <source>Assess wellbeing</source>
            <translation>ประเมินความผาสุก</translation>
        </message>
        <message>
            <source>The language to read the questions in</source>
            <translation>ภาษาที่ใช้อ่านคำถาม</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>แบบประเมิน</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Questions in</source>
            <translation>คำถามเป็นภาษา</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>ระยะ</translation>
        </message>
        <message>
            <source>Keyboard: type 0–5 to answer a question; the next one is selected.</source>
            <translation>แป้นพิมพ์: พิมพ์ 0–5 เพื่อตอบคำถาม แล้วจะเลือกข้อถัดไปให้</translation>
        </message>
        <message>
            <source>This instrument has no wording in {language}: the questions are shown in English. Translate them as you ask, or choose another instrument.</source>
            <translation>แบบประเมินนี้ไม่มีถ้อยคำเป็นภาษา{language} จึงแสดงคำถามเป็นภาษาอังกฤษ ให้แปลขณะถาม หรือเลือกแบบประเมินอื่น</translation>
        </message>
        <message>
            <source>Score: {score} of {most} ({how})</source>
            <translation>คะแนน: {score} จาก {most} ({how})</translation>
        </message>
        <message>
            <source>Score: {score} of {most}</source>
            <translation>คะแนน: {score} จาก {most}</translation>
        </message>
        <message>
            <source>No “before” assessment with this instrument to compare with.</source>
            <translation>ยังไม่มีการประเมิน “ก่อน” ด้วยเครื่องมือนี้ให้เปรียบเทียบ</translation>
        </message>
        <message>
            <source>Before (pre) on {date}: {score}</source>
            <translation>ก่อน (pre) เมื่อ {date}: {score}</translation>
        </message>
        <message>
            <source>{before}; change {sign}{change}</source>
            <translation>{before}; เปลี่ยนแปลง {sign}{change}</translation>
        </message>
        <message>
            <source>Save assessment</source>
            <translation>บันทึกการประเมิน</translation>
        </message>
        <message>
            <source>{text} (not a validated translation)</source>
            <translation>{text} (ไม่ใช่คำแปลที่ผ่านการรับรอง)</translation>
        </message>
        <message>
            <source>No assessment instrument is available.</source>
            <translation>ไม่มีแบบประเมินให้ใช้</translation>
        </message>
        <message>
            <source>Keyboard: type {low}–{high} to answer a question; the next one is selected. Arrow keys: up and down between questions, left and right between answers.</source>
            <translation>แป้นพิมพ์: พิมพ์ {low}–{high} เพื่อตอบคำถาม แล้วจะเลือกข้อถัดไปให้ ปุ่มลูกศร: ขึ้นและลงเพื่อย้ายระหว่างคำถาม ซ้ายและขวาเพื่อเลือกคำตอบ</translation>
        </message>
        <message>
            <source>Raw score: {raw} of {top}</source>
            <translation>คะแนนดิบ: {raw} จาก {top}</translation>
        </message>
        <message>
            <source>Raw score so far: {raw} ({given} of {count} answered)</source>
            <translation>คะแนนดิบถึงตอนนี้: {raw} (ตอบแล้ว {given} จาก {count} ข้อ)</translation>
        </message>
        <message>
            <source>Discard the answers?</source>
            <translation>ละทิ้งคำตอบหรือไม่</translation>
        </message>
        <message>
            <source>The assessment has not been saved. Discard the answers?</source>
            <translation>ยังไม่ได้บันทึกการประเมิน ต้องการละทิ้งคำตอบหรือไม่</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>ละทิ้ง</translation>
        </message>
        <message>
            <source>Keep answering</source>
            <translation>ตอบต่อ</translation>
        </message>
    </context>
    <context>
        <name>AttendancePicker</name>
        <message>
            <source>Type a name or code, then Enter to add</source>
            <translation>พิมพ์ชื่อหรือรหัส แล้วกด Enter เพื่อเพิ่ม</translation>
        </message>
        <message>
            <source>Type a name or code, then Enter to choose</source>
            <translation>พิมพ์ชื่อหรือรหัส แล้วกด Enter เพื่อเลือก</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>นำออก</translation>
        </message>
        <message>
            <source>Remove the selected person (Delete)</source>
            <translation>นำบุคคลที่เลือกออก (Delete)</translation>
        </message>
        <message>
            <source>Register new person…</source>
            <translation>ลงทะเบียนบุคคลใหม่…</translation>
        </message>
        <message>
            <source>Find a person</source>
            <translation>ค้นหาบุคคล</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <source>Attendees: {count}</source>
            <translation>ผู้เข้าร่วม: {count}</translation>
        </message>
        <message>
            <source>Could not search</source>
            <translation>ค้นหาไม่ได้</translation>
        </message>
        <message>
            <source>Down and Up choose a result; Enter adds it. Delete removes someone.</source>
            <translation>ใช้ลูกศรลง/ขึ้นเลือกผลลัพธ์ กด Enter เพื่อเพิ่ม กด Delete เพื่อนำออก</translation>
        </message>
        <message>
            <source>No one found. Check the spelling, or register the person.</source>
            <translation>ไม่พบ กรุณาตรวจการสะกด หรือลงทะเบียนบุคคลนี้</translation>
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>Time</source>
            <translation>เวลา</translation>
        </message>
        <message>
            <source>User</source>
            <translation>ผู้ใช้</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>การกระทำ</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>ระเบียน</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>รายละเอียด</translation>
        </message>
        <message>
            <source>{kind} no. {number}</source>
            <translation>{kind} หมายเลข {number}</translation>
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation>เหตุผล: {reason}</translation>
        </message>
        <message>
            <source>A new key was made</source>
            <translation>สร้างกุญแจใหม่แล้ว</translation>
        </message>
        <message>
            <source>{people} people, {sessions} sessions, {attendance} attendances</source>
            <translation>{people} คน, {sessions} เซสชัน, การเข้าร่วม {attendance} ครั้ง</translation>
        </message>
        <message>
            <source>, {cases} cases, {staff} staff accounts</source>
            <translation>, {cases} กรณี, บัญชีเจ้าหน้าที่ {staff} บัญชี</translation>
        </message>
        <message>
            <source>{count} people</source>
            <translation>{count} คน</translation>
        </message>
        <message>
            <source>As a {format} file</source>
            <translation>เป็นไฟล์ {format}</translation>
        </message>
        <message>
            <source>From an imported list</source>
            <translation>จากรายชื่อที่นำเข้า</translation>
        </message>
        <message>
            <source>Consent changed</source>
            <translation>ความยินยอมเปลี่ยนไป</translation>
        </message>
        <message>
            <source>Basic details only</source>
            <translation>เฉพาะข้อมูลพื้นฐาน</translation>
        </message>
        <message>
            <source>Person no. {number}</source>
            <translation>บุคคลหมายเลข {number}</translation>
        </message>
        <message>
            <source>Case no. {number}</source>
            <translation>กรณีหมายเลข {number}</translation>
        </message>
        <message>
            <source>Staff account no. {number}</source>
            <translation>บัญชีเจ้าหน้าที่หมายเลข {number}</translation>
        </message>
        <message>
            <source>From staff account no. {old} to no. {new}</source>
            <translation>จากบัญชีเจ้าหน้าที่หมายเลข {old} ไปยังหมายเลข {new}</translation>
        </message>
        <message>
            <source>{count} cases to staff account no. {number}</source>
            <translation>{count} กรณีไปยังบัญชีเจ้าหน้าที่หมายเลข {number}</translation>
        </message>
        <message>
            <source>{count} attendees</source>
            <translation>ผู้เข้าร่วม {count} คน</translation>
        </message>
        <message>
            <source>{count} participants</source>
            <translation>ผู้เข้าร่วม {count} คน</translation>
        </message>
        <message>
            <source>{count} templates</source>
            <translation>แม่แบบ {count} รายการ</translation>
        </message>
        <message>
            <source>Revision {number}</source>
            <translation>ฉบับแก้ไขที่ {number}</translation>
        </message>
        <message>
            <source>From plan no. {number}</source>
            <translation>จากแผนหมายเลข {number}</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>Audit trail</source>
            <translation>บันทึกการใช้งาน</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>รีเฟรช</translation>
        </message>
        <message>
            <source>Everything done in Saphan is written here and cannot be changed. It never shows what a record says, only who did what and when.</source>
            <translation>ทุกอย่างที่ทำใน Saphan ถูกบันทึกไว้ที่นี่และแก้ไขไม่ได้ ไม่แสดงเนื้อหาของระเบียน แสดงเพียงว่าใครทำอะไรเมื่อไร</translation>
        </message>
        <message>
            <source>e.g. 12</source>
            <translation>เช่น 12</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>ล้างตัวกรอง</translation>
        </message>
        <message>
            <source>User</source>
            <translation>ผู้ใช้</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>การกระทำ</translation>
        </message>
        <message>
            <source>Person no.</source>
            <translation>บุคคลหมายเลข</translation>
        </message>
        <message>
            <source>From</source>
            <translation>จาก</translation>
        </message>
        <message>
            <source>To</source>
            <translation>ถึง</translation>
        </message>
        <message>
            <source>Details as recorded</source>
            <translation>รายละเอียดตามที่บันทึกไว้</translation>
        </message>
        <message>
            <source>Choose an entry in the table.</source>
            <translation>กรุณาเลือกรายการในตาราง</translation>
        </message>
        <message>
            <source>Everyone</source>
            <translation>ทุกคน</translation>
        </message>
        <message>
            <source>All actions</source>
            <translation>ทุกการกระทำ</translation>
        </message>
        <message>
            <source>Could not load the audit trail</source>
            <translation>โหลดบันทึกการใช้งานไม่ได้</translation>
        </message>
        <message>
            <source>Enter the dates as day/month/year, for example 23/11/2025.</source>
            <translation>กรอกวันที่เป็น วัน/เดือน/ปี เช่น 23/11/2025</translation>
        </message>
        <message>
            <source>No events match these filters.</source>
            <translation>ไม่มีรายการที่ตรงกับตัวกรองนี้</translation>
        </message>
        <message>
            <source>Nothing has been recorded yet.</source>
            <translation>ยังไม่มีการบันทึกใด ๆ</translation>
        </message>
        <message>
            <source>1 event</source>
            <translation>1 รายการ</translation>
        </message>
        <message>
            <source>{count} events</source>
            <translation>{count} รายการ</translation>
        </message>
    </context>
    <context>
        <name>BackupFlows</name>
        <message>
            <source>Choose where to save the backup (for example a USB stick)</source>
            <translation>เลือกที่เก็บไฟล์สำรอง (เช่น แฟลชไดรฟ์ USB)</translation>
        </message>
        <message>
            <source>Making a backup…</source>
            <translation>กำลังสำรองข้อมูล…</translation>
        </message>
        <message>
            <source>Backup saved</source>
            <translation>บันทึกไฟล์สำรองแล้ว</translation>
        </message>
        <message>
            <source>The backup was saved as {file} ({size}) in {folder}.

Keep the USB stick somewhere safe, away from this laptop. The backup is encrypted: it opens only with a staff password or the recovery passphrase.</source>
            <translation>บันทึกไฟล์สำรองเป็น {file} ({size}) ใน {folder} แล้ว

เก็บแฟลชไดรฟ์ไว้ในที่ปลอดภัย ห่างจากแล็ปท็อปนี้ ไฟล์สำรองถูกเข้ารหัส เปิดได้ด้วยรหัสผ่านของเจ้าหน้าที่หรือวลีกู้คืนเท่านั้น</translation>
        </message>
        <message>
            <source>No backup was made</source>
            <translation>ไม่ได้สำรองข้อมูล</translation>
        </message>
        <message>
            <source>Do not unplug the USB stick until the backup is finished.</source>
            <translation>อย่าถอดแฟลชไดรฟ์ USB จนกว่าการสำรองข้อมูลจะเสร็จ</translation>
        </message>
        <message>
            <source>The backup was cancelled and nothing was saved. The USB stick can be removed safely now; make a backup soon.</source>
            <translation>ยกเลิกการสำรองข้อมูลแล้ว ไม่มีการบันทึกไฟล์ใด ๆ ถอดแฟลชไดรฟ์ USB ได้อย่างปลอดภัยแล้ว โปรดสำรองข้อมูลอีกครั้งเร็ว ๆ นี้</translation>
        </message>
        <message>
            <source>Choose the backup to restore</source>
            <translation>เลือกไฟล์สำรองที่จะกู้คืน</translation>
        </message>
        <message>
            <source>Saphan backups (*{suffix});;All files (*)</source>
            <translation>ไฟล์สำรอง Saphan (*{suffix});;ทุกไฟล์ (*)</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>ไม่ได้กู้คืน</translation>
        </message>
        <message>
            <source>Replace the data on this laptop?</source>
            <translation>แทนที่ข้อมูลในแล็ปท็อปนี้หรือไม่</translation>
        </message>
        <message>
            <source>This replaces the data on this laptop with the backup from {date}. The current data is kept beside it as a safety copy.

Everything entered after {date} will not be in Saphan any more.</source>
            <translation>การทำนี้จะแทนที่ข้อมูลในแล็ปท็อปนี้ด้วยไฟล์สำรองของวันที่ {date} ข้อมูลปัจจุบันจะเก็บไว้ข้าง ๆ เป็นสำเนาเพื่อความปลอดภัย

ทุกอย่างที่บันทึกหลังวันที่ {date} จะไม่อยู่ใน Saphan อีก</translation>
        </message>
        <message>
            <source>Replace the data</source>
            <translation>แทนที่ข้อมูล</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>Checking and restoring the backup…</source>
            <translation>กำลังตรวจสอบและกู้คืนไฟล์สำรอง…</translation>
        </message>
        <message>
            <source>Do not unplug the USB stick until the restore is finished.</source>
            <translation>อย่าถอดแฟลชไดรฟ์ USB จนกว่าการกู้คืนจะเสร็จ</translation>
        </message>
        <message>
            <source>The restore was cancelled. The data on this laptop is as it was, and nothing was left behind. The USB stick can be removed safely now.</source>
            <translation>ยกเลิกการกู้คืนแล้ว ข้อมูลในแล็ปท็อปนี้ยังเหมือนเดิม และไม่มีสิ่งใดค้างอยู่ ถอดแฟลชไดรฟ์ USB ได้อย่างปลอดภัยแล้ว</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>กู้คืนไฟล์สำรองแล้ว</translation>
        </message>
        <message>
            <source>The backup from {date} was restored. Sign in again to continue.

The data that was on this laptop before is kept as {safety}.</source>
            <translation>กู้คืนไฟล์สำรองของวันที่ {date} แล้ว กรุณาเข้าสู่ระบบอีกครั้งเพื่อทำงานต่อ

ข้อมูลเดิมในแล็ปท็อปนี้เก็บไว้เป็น {safety}</translation>
        </message>
    </context>
    <context>
        <name>BeneficiariesPage</name>
        <message>
            <source>Beneficiaries</source>
            <translation>ผู้รับบริการ</translation>
        </message>
        <message>
            <source>Register person</source>
            <translation>ลงทะเบียนบุคคล</translation>
        </message>
        <message>
            <source>Register a new person (Ctrl+N)</source>
            <translation>ลงทะเบียนบุคคลใหม่ (Ctrl+N)</translation>
        </message>
        <message>
            <source>Import…</source>
            <translation>นำเข้า…</translation>
        </message>
        <message>
            <source>Import people from an Excel or CSV list</source>
            <translation>นำเข้ารายชื่อบุคคลจากไฟล์ Excel หรือ CSV</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>เปิด</translation>
        </message>
        <message>
            <source>More</source>
            <translation>เพิ่มเติม</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>ลบ…</translation>
        </message>
        <message>
            <source>Could not load the registry</source>
            <translation>โหลดทะเบียนไม่ได้</translation>
        </message>
        <message>
            <source>1 person</source>
            <translation>1 คน</translation>
        </message>
        <message>
            <source>{count} people</source>
            <translation>{count} คน</translation>
        </message>
        <message>
            <source>No one matches this search and these filters.</source>
            <translation>ไม่มีผู้ที่ตรงกับการค้นหาและตัวกรองนี้</translation>
        </message>
        <message>
            <source>No one is registered yet.</source>
            <translation>ยังไม่มีผู้ลงทะเบียน</translation>
        </message>
        <message>
            <source>Register the first person</source>
            <translation>ลงทะเบียนคนแรก</translation>
        </message>
        <message>
            <source>Imported {count} people</source>
            <translation>นำเข้า {count} คนแล้ว</translation>
        </message>
        <message>
            <source>Could not open the record</source>
            <translation>เปิดระเบียนไม่ได้</translation>
        </message>
        <message>
            <source>Registered {code}</source>
            <translation>ลงทะเบียน {code} แล้ว</translation>
        </message>
        <message>
            <source>Saved {code}</source>
            <translation>บันทึก {code} แล้ว</translation>
        </message>
        <message>
            <source>Delete person?</source>
            <translation>ลบบุคคลนี้หรือไม่</translation>
        </message>
        <message>
            <source>Delete {code} ({name}) from the registry?

The record is kept in the audit trail and can be restored by an admin.</source>
            <translation>ลบ {code} ({name}) ออกจากทะเบียนหรือไม่

ระเบียนยังเก็บอยู่ในบันทึกการใช้งาน และผู้ดูแลระบบกู้คืนได้</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>ไม่ได้ลบ</translation>
        </message>
        <message>
            <source>Deleted {code}.</source>
            <translation>ลบ {code} แล้ว</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>เลิกทำ</translation>
        </message>
        <message>
            <source>Not restored</source>
            <translation>ไม่ได้กู้คืน</translation>
        </message>
        <message>
            <source>Restored {code}</source>
            <translation>กู้คืน {code} แล้ว</translation>
        </message>
    </context>
    <context>
        <name>BreakGlassDialog</name>
        <message>
            <source>Break the glass: {code}</source>
            <translation>เปิดดูกรณีฉุกเฉิน: {code}</translation>
        </message>
        <message>
            <source>{code} is not in one of your cases. You may read the whole record only if you need it now, for example in an emergency. Your name, the time and your reason are written to the audit trail, which the admin reads.</source>
            <translation>{code} ไม่ได้อยู่ในเคสของคุณ คุณอ่านระเบียนทั้งหมดได้เฉพาะเมื่อจำเป็นต้องใช้ตอนนี้ เช่น ในกรณีฉุกเฉิน ชื่อของคุณ เวลา และเหตุผลจะถูกบันทึกในบันทึกการใช้งาน ซึ่งผู้ดูแลระบบจะอ่าน</translation>
        </message>
        <message>
            <source>Why do you need the whole record? e.g. the person came in crisis today</source>
            <translation>ทำไมคุณต้องใช้ระเบียนทั้งหมด เช่น วันนี้บุคคลนี้มาในภาวะวิกฤต</translation>
        </message>
        <message>
            <source>Break the glass</source>
            <translation>เปิดดูกรณีฉุกเฉิน</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>Reason (required)</source>
            <translation>เหตุผล (จำเป็น)</translation>
        </message>
        <message>
            <source>Break the glass?</source>
            <translation>เปิดดูกรณีฉุกเฉินหรือไม่</translation>
        </message>
        <message>
            <source>Open the whole record of {code}? This is written to the audit trail with your reason.</source>
            <translation>เปิดระเบียนทั้งหมดของ {code} หรือไม่ การเปิดนี้จะถูกบันทึกในบันทึกการใช้งานพร้อมเหตุผลของคุณ</translation>
        </message>
        <message>
            <source>Open the record</source>
            <translation>เปิดระเบียน</translation>
        </message>
    </context>
    <context>
        <name>BundlePreview</name>
        <message>
            <source>CSO code</source>
            <translation>รหัสองค์กร</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <source>Public key</source>
            <translation>กุญแจสาธารณะ</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>ฉบับ</translation>
        </message>
        <message>
            <source>Created (UTC)</source>
            <translation>สร้างเมื่อ (UTC)</translation>
        </message>
        <message>
            <source>Reporting period</source>
            <translation>ช่วงเวลารายงาน</translation>
        </message>
        <message>
            <source>Small counts withheld</source>
            <translation>ตัวเลขน้อยที่ไม่เปิดเผย</translation>
        </message>
        <message>
            <source>Participatory projects</source>
            <translation>โครงการแบบมีส่วนร่วม</translation>
        </message>
        <message>
            <source>Closed months</source>
            <translation>เดือนที่ปิดแล้ว</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>องค์กร</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>บริการ</translation>
        </message>
        <message>
            <source>People reached</source>
            <translation>ผู้ได้รับบริการ</translation>
        </message>
        <message>
            <source>Sessions and referrals</source>
            <translation>เซสชันและการส่งต่อ</translation>
        </message>
        <message>
            <source>Where (5W)</source>
            <translation>สถานที่ (5W)</translation>
        </message>
        <message>
            <source>Nothing else leaves this laptop: no names, codes, dates of birth or notes of any person. Counts below the threshold are withheld, and so are counts that would let someone work them out.</source>
            <translation>ไม่มีข้อมูลอื่นออกจากแล็ปท็อปนี้: ไม่มีชื่อ รหัส วันเกิด หรือบันทึกของบุคคลใด ตัวเลขที่ต่ำกว่าเกณฑ์จะไม่เปิดเผย รวมถึงตัวเลขที่อาจใช้คำนวณย้อนกลับได้</translation>
        </message>
        <message>
            <source>Revision {revision}, built {created}: {services} services, {programmes} programmes with counts.</source>
            <translation>ฉบับ {revision} สร้างเมื่อ {created}: {services} บริการ {programmes} แผนงานที่มีตัวเลข</translation>
        </message>
        <message>
            <source>fewer than {k} people</source>
            <translation>น้อยกว่า {k} คน</translation>
        </message>
        <message>
            <source>none</source>
            <translation>ไม่มี</translation>
        </message>
        <message>
            <source>through {month}, as published</source>
            <translation>ถึง {month} ตามที่เผยแพร่</translation>
        </message>
        <message>
            <source>(corrected: {months})</source>
            <translation>(แก้ไขแล้ว: {months})</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>บริการ</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>หมวดหมู่</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>ภาษา</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>พื้นที่</translation>
        </message>
        <message>
            <source>Hours</source>
            <translation>ชั่วโมง</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>ผู้ติดต่อ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>แผนงาน</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>เดือน</translation>
        </message>
        <message>
            <source>Sessions held</source>
            <translation>เซสชันที่จัด</translation>
        </message>
        <message>
            <source>All programmes</source>
            <translation>ทุกแผนงาน</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>อื่น ๆ</translation>
        </message>
        <message>
            <source>Referrals made</source>
            <translation>การส่งต่อที่ทำ</translation>
        </message>
        <message>
            <source>Figure</source>
            <translation>ตัวเลข</translation>
        </message>
        <message>
            <source>Count</source>
            <translation>จำนวน</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>ไม่ทราบ</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>กิจกรรม</translation>
        </message>
        <message>
            <source>No one is left out: everyone counted agreed to the use of their data.</source>
            <translation>ไม่มีใครถูกตัดออก ทุกคนที่นับได้ยินยอมให้ใช้ข้อมูลของตน</translation>
        </message>
        <message>
            <source>People left out, no consent to data use: {count}</source>
            <translation>ผู้ที่ถูกตัดออก ไม่ได้ยินยอมให้ใช้ข้อมูล: {count}</translation>
        </message>
        <message>
            <source>People left out, withdrew consent to data use: {count}</source>
            <translation>ผู้ที่ถูกตัดออก ถอนความยินยอมให้ใช้ข้อมูล: {count}</translation>
        </message>
    </context>
    <context>
        <name>CaseActions</name>
        <message>
            <source>Close case…</source>
            <translation>ปิดกรณี…</translation>
        </message>
        <message>
            <source>Reopen case</source>
            <translation>เปิดกรณีอีกครั้ง</translation>
        </message>
        <message>
            <source>Erase permanently…</source>
            <translation>ลบถาวร…</translation>
        </message>
        <message>
            <source>Closed the case {code}.</source>
            <translation>ปิดกรณี {code} แล้ว</translation>
        </message>
        <message>
            <source>Not reopened</source>
            <translation>ไม่ได้เปิดอีกครั้ง</translation>
        </message>
        <message>
            <source>Reopened the case {code}.</source>
            <translation>เปิดกรณี {code} อีกครั้งแล้ว</translation>
        </message>
        <message>
            <source>Erased {code} permanently.</source>
            <translation>ลบ {code} ถาวรแล้ว</translation>
        </message>
    </context>
    <context>
        <name>CaseTab</name>
        <message>
            <source>Service line</source>
            <translation>สายบริการ</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>ผู้รับผิดชอบกรณี</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>วันที่เปิด</translation>
        </message>
        <message>
            <source>Next contact</source>
            <translation>ติดต่อครั้งถัดไป</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>เป้าหมาย</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>การกระทำ</translation>
        </message>
        <message>
            <source>Due by</source>
            <translation>กำหนดเสร็จ</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>ผู้รับผิดชอบ</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>เสร็จสิ้น</translation>
        </message>
        <message>
            <source>No case yet. Open a case to plan and follow up.</source>
            <translation>ยังไม่มีกรณี เปิดกรณีเพื่อวางแผนและติดตามผล</translation>
        </message>
        <message>
            <source>Open a case…</source>
            <translation>เปิดกรณี…</translation>
        </message>
        <message>
            <source>Put on hold</source>
            <translation>พักกรณีไว้</translation>
        </message>
        <message>
            <source>Close case…</source>
            <translation>ปิดกรณี…</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>เปิดใหม่</translation>
        </message>
        <message>
            <source>Transfer…</source>
            <translation>โอนกรณี…</translation>
        </message>
        <message>
            <source>Share…</source>
            <translation>แบ่งปัน…</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>กรณี</translation>
        </message>
        <message>
            <source>Set next contact</source>
            <translation>กำหนดวันติดต่อครั้งถัดไป</translation>
        </message>
        <message>
            <source>Case plan</source>
            <translation>แผนรายกรณี</translation>
        </message>
        <message>
            <source>Add goal…</source>
            <translation>เพิ่มเป้าหมาย…</translation>
        </message>
        <message>
            <source>Change…</source>
            <translation>แก้ไข…</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>เป้าหมาย</translation>
        </message>
        <message>
            <source>Add action…</source>
            <translation>เพิ่มสิ่งที่ต้องทำ…</translation>
        </message>
        <message>
            <source>Mark done</source>
            <translation>ทำเครื่องหมายว่าเสร็จ</translation>
        </message>
        <message>
            <source>Actions</source>
            <translation>สิ่งที่ต้องทำ</translation>
        </message>
        <message>
            <source>Could not load the cases</source>
            <translation>โหลดกรณีไม่ได้</translation>
        </message>
        <message>
            <source>Could not load the case plan</source>
            <translation>โหลดแผนการดูแลกรณีไม่ได้</translation>
        </message>
        <message>
            <source>Case plan: {line}</source>
            <translation>แผนการดูแลกรณี: {line}</translation>
        </message>
        <message>
            <source>Closed on {date}: {reason}</source>
            <translation>ปิดเมื่อ {date}: {reason}</translation>
        </message>
        <message>
            <source>Outcome: {outcome}</source>
            <translation>ผลลัพธ์: {outcome}</translation>
        </message>
        <message>
            <source>Mark not done</source>
            <translation>ทำเครื่องหมายว่ายังไม่เสร็จ</translation>
        </message>
        <message>
            <source>Not put on hold</source>
            <translation>ไม่ได้พักกรณี</translation>
        </message>
        <message>
            <source>Not reopened</source>
            <translation>ไม่ได้เปิดอีกครั้ง</translation>
        </message>
        <message>
            <source>Next contact not set</source>
            <translation>ไม่ได้กำหนดวันติดต่อครั้งถัดไป</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>ไม่ได้บันทึก</translation>
        </message>
    </context>
    <context>
        <name>CaseWords</name>
        <message>
            <source>Psychosocial support (MHPSS)</source>
            <translation>การสนับสนุนด้านจิตสังคม (MHPSS)</translation>
        </message>
        <message>
            <source>Protection</source>
            <translation>การคุ้มครอง</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>เปิด</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>พักไว้</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>ปิดแล้ว</translation>
        </message>
        <message>
            <source>Goals met</source>
            <translation>บรรลุเป้าหมายแล้ว</translation>
        </message>
        <message>
            <source>Moved away</source>
            <translation>ย้ายไปที่อื่น</translation>
        </message>
        <message>
            <source>Referred to another service</source>
            <translation>ส่งต่อไปยังบริการอื่น</translation>
        </message>
        <message>
            <source>Lost contact</source>
            <translation>ขาดการติดต่อ</translation>
        </message>
        <message>
            <source>Declined further support</source>
            <translation>ปฏิเสธการช่วยเหลือต่อ</translation>
        </message>
        <message>
            <source>Died</source>
            <translation>เสียชีวิต</translation>
        </message>
        <message>
            <source>Other reason</source>
            <translation>เหตุผลอื่น</translation>
        </message>
        <message>
            <source>Working on it</source>
            <translation>กำลังดำเนินการ</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>บรรลุแล้ว</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>ยกเลิกแล้ว</translation>
        </message>
        <message>
            <source>Say in a few words how the case ended (needed for “Other reason”).</source>
            <translation>บอกสั้น ๆ ว่ากรณีจบลงอย่างไร (จำเป็นสำหรับ “เหตุผลอื่น”)</translation>
        </message>
        <message>
            <source>The next contact cannot be before this session.</source>
            <translation>วันติดต่อครั้งถัดไปต้องไม่อยู่ก่อนวันของครั้งนี้</translation>
        </message>
        <message>
            <source>Say what is to be done.</source>
            <translation>ระบุสิ่งที่ต้องทำ</translation>
        </message>
        <message>
            <source>This account cannot own cases (it is disabled or has no casework role).</source>
            <translation>บัญชีนี้เป็นผู้รับผิดชอบกรณีไม่ได้ (ถูกปิดใช้งาน หรือไม่มีบทบาทดูแลกรณี)</translation>
        </message>
        <message>
            <source>Choose a staff member from the list.</source>
            <translation>เลือกเจ้าหน้าที่จากรายการ</translation>
        </message>
        <message>
            <source>Choose someone else to take the cases.</source>
            <translation>เลือกคนอื่นให้รับกรณีไป</translation>
        </message>
        <message>
            <source>This date is before the case was opened.</source>
            <translation>วันที่นี้อยู่ก่อนวันที่เปิดกรณี</translation>
        </message>
        <message>
            <source>The case is closed. Reopen it first.</source>
            <translation>กรณีนี้ปิดแล้ว เปิดใหม่ก่อน</translation>
        </message>
        <message>
            <source>This staff member already owns the case.</source>
            <translation>เจ้าหน้าที่คนนี้เป็นผู้รับผิดชอบกรณีนี้อยู่แล้ว</translation>
        </message>
        <message>
            <source>Only an open case can be put on hold.</source>
            <translation>พักได้เฉพาะกรณีที่เปิดอยู่</translation>
        </message>
        <message>
            <source>The case is already closed.</source>
            <translation>กรณีนี้ปิดไปแล้ว</translation>
        </message>
        <message>
            <source>The case is already open.</source>
            <translation>กรณีนี้เปิดอยู่แล้ว</translation>
        </message>
        <message>
            <source>Choose one of the case's goals.</source>
            <translation>เลือกเป้าหมายหนึ่งของกรณีนี้</translation>
        </message>
        <message>
            <source>There is already a service line with this name.</source>
            <translation>มีสายบริการชื่อนี้อยู่แล้ว</translation>
        </message>
        <message>
            <source>Cases use this service line, so it cannot be removed.</source>
            <translation>มีกรณีที่ใช้สายบริการนี้อยู่ จึงลบไม่ได้</translation>
        </message>
    </context>
    <context>
        <name>ChangeOwnPasswordDialog</name>
        <message>
            <source>Change my password</source>
            <translation>เปลี่ยนรหัสผ่านของฉัน</translation>
        </message>
        <message>
            <source>Change password</source>
            <translation>เปลี่ยนรหัสผ่าน</translation>
        </message>
        <message>
            <source>Current password</source>
            <translation>รหัสผ่านปัจจุบัน</translation>
        </message>
        <message>
            <source>The current password is wrong.</source>
            <translation>รหัสผ่านปัจจุบันไม่ถูกต้อง</translation>
        </message>
    </context>
    <context>
        <name>ChangeRoleDialog</name>
        <message>
            <source>Change role of {name}</source>
            <translation>เปลี่ยนบทบาทของ {name}</translation>
        </message>
        <message>
            <source>Change role</source>
            <translation>เปลี่ยนบทบาท</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>บทบาท</translation>
        </message>
    </context>
    <context>
        <name>ChangesTab</name>
        <message>
            <source>Name (Latin letters)</source>
            <translation>ชื่อ (อักษรละติน)</translation>
        </message>
        <message>
            <source>Name (Myanmar/Thai script)</source>
            <translation>ชื่อ (อักษรเมียนมา/ไทย)</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>เพศ</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>วันเกิด</translation>
        </message>
        <message>
            <source>Birth date estimated</source>
            <translation>วันเกิดเป็นค่าประมาณ</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>สัญชาติ</translation>
        </message>
        <message>
            <source>Population group</source>
            <translation>กลุ่มประชากร</translation>
        </message>
        <message>
            <source>Documentation</source>
            <translation>เอกสาร</translation>
        </message>
        <message>
            <source>Difficulty seeing</source>
            <translation>ปัญหาการมองเห็น</translation>
        </message>
        <message>
            <source>Difficulty hearing</source>
            <translation>ปัญหาการได้ยิน</translation>
        </message>
        <message>
            <source>Difficulty walking</source>
            <translation>ปัญหาการเดิน</translation>
        </message>
        <message>
            <source>Difficulty remembering</source>
            <translation>ปัญหาการจดจำ</translation>
        </message>
        <message>
            <source>Difficulty with self-care</source>
            <translation>ปัญหาการดูแลตนเอง</translation>
        </message>
        <message>
            <source>Difficulty communicating</source>
            <translation>ปัญหาการสื่อสาร</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>พื้นที่</translation>
        </message>
        <message>
            <source>Preferred language</source>
            <translation>ภาษาที่ต้องการ</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation>วันที่ให้ความยินยอม</translation>
        </message>
        <message>
            <source>Consent to services</source>
            <translation>ความยินยอมรับบริการ</translation>
        </message>
        <message>
            <source>Consent to referral</source>
            <translation>ความยินยอมให้ส่งต่อ</translation>
        </message>
        <message>
            <source>Consent to data use</source>
            <translation>ความยินยอมให้ใช้ข้อมูล</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>Reason for closing</source>
            <translation>เหตุผลที่ปิด</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(ว่าง)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>ใช่</translation>
        </message>
        <message>
            <source>No</source>
            <translation>ไม่ใช่</translation>
        </message>
        <message>
            <source>When</source>
            <translation>เมื่อไร</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>ช่องข้อมูล</translation>
        </message>
        <message>
            <source>Old value</source>
            <translation>ค่าเดิม</translation>
        </message>
        <message>
            <source>New value</source>
            <translation>ค่าใหม่</translation>
        </message>
        <message>
            <source>Changed by</source>
            <translation>เปลี่ยนโดย</translation>
        </message>
        <message>
            <source>Every change to this person's record, with the value before and after. Only admins see this; it is erased with the person.</source>
            <translation>การเปลี่ยนแปลงทุกครั้งในระเบียนของบุคคลนี้ พร้อมค่าก่อนและหลัง เฉพาะผู้ดูแลระบบเท่านั้นที่เห็น และจะถูกลบไปพร้อมกับบุคคลนี้</translation>
        </message>
        <message>
            <source>No changes since the person was registered.</source>
            <translation>ไม่มีการเปลี่ยนแปลงตั้งแต่ลงทะเบียน</translation>
        </message>
        <message>
            <source>(account removed)</source>
            <translation>(บัญชีถูกลบแล้ว)</translation>
        </message>
    </context>
    <context>
        <name>Chart</name>
        <message>
            <source>Withheld for privacy</source>
            <translation>ไม่เปิดเผยเพื่อความเป็นส่วนตัว</translation>
        </message>
        <message>
            <source>At least: some CSOs' figures withheld</source>
            <translation>อย่างน้อย: ตัวเลขของบางองค์กรไม่เปิดเผย</translation>
        </message>
        <message>
            <source>Gap: {withheld}</source>
            <translation>ช่วงที่ขาด: {withheld}</translation>
        </message>
    </context>
    <context>
        <name>CloseCaseDialog</name>
        <message>
            <source>Close case {code}</source>
            <translation>ปิดกรณี {code}</translation>
        </message>
        <message>
            <source>Close case</source>
            <translation>ปิดกรณี</translation>
        </message>
        <message>
            <source>Close the case of {code}? The record stays in the registry and can be reopened at any time.</source>
            <translation>ปิดกรณีของ {code} หรือไม่ ระเบียนยังอยู่ในทะเบียนและเปิดอีกครั้งได้ทุกเมื่อ</translation>
        </message>
        <message>
            <source>Why is the case closed? e.g. moved to Bangkok; goals reached</source>
            <translation>ทำไมจึงปิดกรณี เช่น ย้ายไปกรุงเทพฯ บรรลุเป้าหมายแล้ว</translation>
        </message>
        <message>
            <source>Reason (required)</source>
            <translation>เหตุผล (จำเป็น)</translation>
        </message>
        <message>
            <source>Close the case</source>
            <translation>ปิดกรณี</translation>
        </message>
        <message>
            <source>How did the case end? e.g. sleeps well again, back at school</source>
            <translation>กรณีจบลงอย่างไร เช่น กลับมานอนหลับได้ดี กลับไปเรียนหนังสือ</translation>
        </message>
        <message>
            <source>Reason *</source>
            <translation>เหตุผล *</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>ผลลัพธ์</translation>
        </message>
        <message>
            <source>Closed on *</source>
            <translation>วันที่ปิด *</translation>
        </message>
    </context>
    <context>
        <name>ClosedMonthsBox</name>
        <message>
            <source>Closed months</source>
            <translation>เดือนที่ปิดแล้ว</translation>
        </message>
        <message>
            <source>Close through…</source>
            <translation>ปิดถึงเดือน…</translation>
        </message>
        <message>
            <source>Reopen…</source>
            <translation>เปิดใหม่…</translation>
        </message>
        <message>
            <source>No month is closed yet.</source>
            <translation>ยังไม่มีเดือนที่ปิด</translation>
        </message>
        <message>
            <source>Closed through {month}: the shared figures of these months stay as published.</source>
            <translation>ปิดถึง {month} แล้ว: ตัวเลขที่แบ่งปันของเดือนเหล่านี้คงเดิมตามที่เผยแพร่</translation>
        </message>
        <message>
            <source>The network closes each month {days} days after it ends, when you publish.</source>
            <translation>เครือข่ายจะปิดแต่ละเดือนเมื่อครบ {days} วันหลังสิ้นเดือน เมื่อคุณเผยแพร่</translation>
        </message>
        <message>
            <source>Close months</source>
            <translation>ปิดเดือน</translation>
        </message>
        <message>
            <source>Close every month up to the one you choose. Their shared figures then stay exactly as they are published now, whatever is edited or erased later.</source>
            <translation>ปิดทุกเดือนจนถึงเดือนที่คุณเลือก ตัวเลขที่แบ่งปันของเดือนเหล่านั้นจะคงเดิมตามที่เผยแพร่ตอนนี้ ไม่ว่าจะมีการแก้ไขหรือลบข้อมูลภายหลังอย่างไร</translation>
        </message>
        <message>
            <source>Close every month up to {month}? Only the admin can reopen a month, and the coordinator then sees it as a correction.</source>
            <translation>ปิดทุกเดือนจนถึง {month} หรือไม่ เฉพาะผู้ดูแลระบบเท่านั้นที่เปิดเดือนใหม่ได้ และผู้ประสานงานจะเห็นเป็นการแก้ไข</translation>
        </message>
        <message>
            <source>Close them</source>
            <translation>ปิดเดือน</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>Closing months…</source>
            <translation>กำลังปิดเดือน…</translation>
        </message>
        <message>
            <source>Closed through {month}.</source>
            <translation>ปิดถึง {month} แล้ว</translation>
        </message>
        <message>
            <source>Reopen a month</source>
            <translation>เปิดเดือนใหม่</translation>
        </message>
        <message>
            <source>Reopen a closed month to correct its figures: it and every later month are open again. The next publish tells the coordinator it is a correction.</source>
            <translation>เปิดเดือนที่ปิดแล้วใหม่เพื่อแก้ไขตัวเลข: เดือนนั้นและทุกเดือนหลังจากนั้นจะเปิดอีกครั้ง การเผยแพร่ครั้งถัดไปจะแจ้งผู้ประสานงานว่าเป็นการแก้ไข</translation>
        </message>
        <message>
            <source>Reopen {month} and every later month?</source>
            <translation>เปิด {month} และทุกเดือนหลังจากนั้นใหม่หรือไม่</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>เปิดใหม่</translation>
        </message>
        <message>
            <source>Reopened {month}.</source>
            <translation>เปิด {month} ใหม่แล้ว</translation>
        </message>
    </context>
    <context>
        <name>Consent</name>
        <message>
            <source>Services from this organisation</source>
            <translation>บริการจากองค์กรนี้</translation>
        </message>
        <message>
            <source>Referral to other organisations</source>
            <translation>การส่งต่อไปยังองค์กรอื่น</translation>
        </message>
        <message>
            <source>Use of anonymous data in reports</source>
            <translation>การใช้ข้อมูลที่ไม่ระบุตัวตนในรายงาน</translation>
        </message>
        <message>
            <source>Verbal</source>
            <translation>ด้วยวาจา</translation>
        </message>
        <message>
            <source>Signed form</source>
            <translation>แบบฟอร์มที่ลงนามแล้ว</translation>
        </message>
    </context>
    <context>
        <name>ConsentChangeDialog</name>
        <message>
            <source>Record consent given</source>
            <translation>บันทึกการให้ความยินยอม</translation>
        </message>
        <message>
            <source>Record consent withdrawn</source>
            <translation>บันทึกการถอนความยินยอม</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>ระเบียน</translation>
        </message>
        <message>
            <source>Record withdrawal</source>
            <translation>บันทึกการถอน</translation>
        </message>
        <message>
            <source>e.g. said so at the follow-up visit</source>
            <translation>เช่น แจ้งไว้ตอนเยี่ยมติดตาม</translation>
        </message>
        <message>
            <source>Consent to *</source>
            <translation>ยินยอมให้ *</translation>
        </message>
        <message>
            <source>Takes effect on *</source>
            <translation>มีผลตั้งแต่วันที่ *</translation>
        </message>
        <message>
            <source>How *</source>
            <translation>อย่างไร *</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <source>Keep what is recorded (the record is restricted: no new sessions or referrals)</source>
            <translation>เก็บสิ่งที่บันทึกไว้ (ระเบียนถูกจำกัด: ไม่มีเซสชันหรือการส่งต่อใหม่)</translation>
        </message>
        <message>
            <source>The person asks for everything about them to be erased (admin only)</source>
            <translation>บุคคลนี้ขอให้ลบทุกอย่างเกี่ยวกับตน (ผู้ดูแลระบบเท่านั้น)</translation>
        </message>
        <message>
            <source>Existing data</source>
            <translation>ข้อมูลที่มีอยู่</translation>
        </message>
        <message>
            <source>Erase this person?</source>
            <translation>ลบบุคคลนี้หรือไม่</translation>
        </message>
        <message>
            <source>Everything recorded about this person will be erased for good: their record, consent, cases, sessions attended, assessments and referrals. This cannot be undone.</source>
            <translation>ทุกอย่างที่บันทึกเกี่ยวกับบุคคลนี้จะถูกลบถาวร ได้แก่ ระเบียน ความยินยอม กรณี เซสชันที่เข้าร่วม การประเมิน และการส่งต่อ ย้อนกลับไม่ได้</translation>
        </message>
        <message>
            <source>Erase for good</source>
            <translation>ลบถาวร</translation>
        </message>
        <message>
            <source>Keep the record</source>
            <translation>เก็บระเบียนไว้</translation>
        </message>
    </context>
    <context>
        <name>ConsentPage</name>
        <message>
            <source>Consent and defaults</source>
            <translation>ความยินยอมและค่าเริ่มต้น</translation>
        </message>
        <message>
            <source>Saphan registers only people who agreed to receive services. Say what the people in this list agreed to, and when.</source>
            <translation>Saphan ลงทะเบียนเฉพาะผู้ที่ยินยอมรับบริการ ระบุว่าคนในรายชื่อนี้ยินยอมอะไรและเมื่อไร</translation>
        </message>
        <message>
            <source>Consent of everyone in the list</source>
            <translation>ความยินยอมของทุกคนในรายชื่อ</translation>
        </message>
        <message>
            <source>They agreed to receive services (required)</source>
            <translation>เขายินยอมรับบริการ (จำเป็น)</translation>
        </message>
        <message>
            <source>They agreed to be referred to other services</source>
            <translation>เขายินยอมให้ส่งต่อไปยังบริการอื่น</translation>
        </message>
        <message>
            <source>They agreed that their data is used for reports</source>
            <translation>เขายินยอมให้ใช้ข้อมูลในรายงาน</translation>
        </message>
        <message>
            <source>Consent date:</source>
            <translation>วันที่ให้ความยินยอม:</translation>
        </message>
        <message>
            <source>Consent is read from the file's consent columns, row by row.</source>
            <translation>อ่านความยินยอมจากคอลัมน์ความยินยอมในไฟล์ทีละแถว</translation>
        </message>
        <message>
            <source>When a cell is empty</source>
            <translation>เมื่อช่องว่าง</translation>
        </message>
        <message>
            <source>— Every row must say —</source>
            <translation>— ทุกแถวต้องระบุ —</translation>
        </message>
        <message>
            <source>Population group:</source>
            <translation>กลุ่มประชากร:</translation>
        </message>
        <message>
            <source>Nationality:</source>
            <translation>สัญชาติ:</translation>
        </message>
        <message>
            <source>Enter the date they gave their consent.</source>
            <translation>กรอกวันที่ที่เขาให้ความยินยอม</translation>
        </message>
        <message>
            <source>Importing needs their consent to receive services: tick it only if they gave it.</source>
            <translation>การนำเข้าต้องมีความยินยอมรับบริการ ทำเครื่องหมายเฉพาะเมื่อเขาให้ความยินยอมแล้ว</translation>
        </message>
        <message>
            <source>The list has no population group column: choose one for everyone.</source>
            <translation>รายชื่อไม่มีคอลัมน์กลุ่มประชากร กรุณาเลือกหนึ่งกลุ่มสำหรับทุกคน</translation>
        </message>
    </context>
    <context>
        <name>ConsentScopesBox</name>
        <message>
            <source>Consents a person may give</source>
            <translation>ความยินยอมที่บุคคลให้ได้</translation>
        </message>
        <message>
            <source>e.g. Photos in reports</source>
            <translation>เช่น ภาพถ่ายในรายงาน</translation>
        </message>
        <message>
            <source>Add consent</source>
            <translation>เพิ่มความยินยอม</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>เปลี่ยนชื่อ</translation>
        </message>
        <message>
            <source>Each consent has its own history of when it was given or withdrawn, and by whom. Your organisation may add its own; they are kept, never removed, so the history keeps its meaning. Type a new name and choose Rename to correct one.</source>
            <translation>ความยินยอมแต่ละอย่างมีประวัติว่าให้หรือถอนเมื่อใดและโดยใคร องค์กรของคุณเพิ่มความยินยอมของตนเองได้ และจะไม่ถูกลบ เพื่อให้ประวัติยังมีความหมาย หากต้องการแก้ไข ให้พิมพ์ชื่อใหม่แล้วเลือก เปลี่ยนชื่อ</translation>
        </message>
        <message>
            <source>{scope} (built in)</source>
            <translation>{scope} (มีในระบบ)</translation>
        </message>
        <message>
            <source>Type the consent's name.</source>
            <translation>พิมพ์ชื่อความยินยอม</translation>
        </message>
        <message>
            <source>Use a shorter name.</source>
            <translation>ใช้ชื่อที่สั้นกว่านี้</translation>
        </message>
        <message>
            <source>There is already a consent with this name.</source>
            <translation>มีความยินยอมชื่อนี้อยู่แล้ว</translation>
        </message>
        <message>
            <source>Added the consent {scope}.</source>
            <translation>เพิ่มความยินยอม {scope} แล้ว</translation>
        </message>
        <message>
            <source>Renamed the consent to {scope}.</source>
            <translation>เปลี่ยนชื่อความยินยอมเป็น {scope} แล้ว</translation>
        </message>
    </context>
    <context>
        <name>ConsentTab</name>
        <message>
            <source>Services from this organisation (required)</source>
            <translation>บริการจากองค์กรนี้ (จำเป็น)</translation>
        </message>
        <message>
            <source>Referral to other organisations</source>
            <translation>การส่งต่อไปยังองค์กรอื่น</translation>
        </message>
        <message>
            <source>Use of anonymous data in reports</source>
            <translation>การใช้ข้อมูลที่ไม่ระบุตัวตนในรายงาน</translation>
        </message>
        <message>
            <source>Explain in the person's language what will be recorded and why, and that they can say no to referral or to data use and still receive services.</source>
            <translation>อธิบายเป็นภาษาของบุคคลนั้นว่าจะบันทึกอะไรและเพราะอะไร และเขาปฏิเสธการส่งต่อหรือการใช้ข้อมูลได้โดยยังได้รับบริการอยู่</translation>
        </message>
        <message>
            <source>Date of consent *</source>
            <translation>วันที่ให้ความยินยอม *</translation>
        </message>
        <message>
            <source>The person agrees to</source>
            <translation>บุคคลนี้ยินยอมให้</translation>
        </message>
        <message>
            <source>How it was given</source>
            <translation>ให้ความยินยอมอย่างไร</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>บันทึกโดย</translation>
        </message>
        <message>
            <source>Consent to services has been withdrawn: the record is restricted, and no new sessions or referrals can be recorded for this person.</source>
            <translation>ถอนความยินยอมรับบริการแล้ว ระเบียนนี้ถูกจำกัด จึงบันทึกเซสชันหรือการส่งต่อใหม่ให้บุคคลนี้ไม่ได้</translation>
        </message>
        <message>
            <source>Consent history</source>
            <translation>ประวัติความยินยอม</translation>
        </message>
        <message>
            <source>&amp;Grant…</source>
            <translation>ให้ความยินยอม (&amp;G)…</translation>
        </message>
        <message>
            <source>Record that the person gives consent</source>
            <translation>บันทึกว่าบุคคลนี้ให้ความยินยอม</translation>
        </message>
        <message>
            <source>&amp;Withdraw…</source>
            <translation>ถอนความยินยอม (&amp;W)…</translation>
        </message>
        <message>
            <source>Record that the person withdraws consent</source>
            <translation>บันทึกว่าบุคคลนี้ถอนความยินยอม</translation>
        </message>
        <message>
            <source>Takes effect</source>
            <translation>มีผลตั้งแต่</translation>
        </message>
        <message>
            <source>Consent to</source>
            <translation>ยินยอมให้</translation>
        </message>
        <message>
            <source>Given or withdrawn</source>
            <translation>ให้หรือถอน</translation>
        </message>
        <message>
            <source>How</source>
            <translation>อย่างไร</translation>
        </message>
        <message>
            <source>Recorded on</source>
            <translation>บันทึกเมื่อ</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <source>Given</source>
            <translation>ให้ความยินยอม</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>ไม่ให้ความยินยอม</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>ถอนแล้ว</translation>
        </message>
        <message>
            <source>Erased</source>
            <translation>ลบแล้ว</translation>
        </message>
        <message>
            <source>The person's record has been erased.</source>
            <translation>ลบระเบียนของบุคคลนี้แล้ว</translation>
        </message>
    </context>
    <context>
        <name>CoordinatorPage</name>
        <message>
            <source>Coordinator workspace</source>
            <translation>พื้นที่ทำงานผู้ประสานงาน</translation>
        </message>
        <message>
            <source>Choose shared folder…</source>
            <translation>เลือกโฟลเดอร์ที่แบ่งปัน…</translation>
        </message>
        <message>
            <source>Merge now</source>
            <translation>รวมตอนนี้</translation>
        </message>
        <message>
            <source>Not merged yet.</source>
            <translation>ยังไม่ได้รวม</translation>
        </message>
        <message>
            <source>Accepted bundles</source>
            <translation>ไฟล์แบ่งปันที่ยอมรับ</translation>
        </message>
        <message>
            <source>Rejected files (not merged)</source>
            <translation>ไฟล์ที่ถูกปฏิเสธ (ไม่ได้รวม)</translation>
        </message>
        <message>
            <source>Aggregates CSV…</source>
            <translation>ตัวเลขรวม CSV…</translation>
        </message>
        <message>
            <source>Aggregates Excel…</source>
            <translation>ตัวเลขรวม Excel…</translation>
        </message>
        <message>
            <source>Directory (HSDS JSON)…</source>
            <translation>ทำเนียบ (HSDS JSON)…</translation>
        </message>
        <message>
            <source>Directory CSV…</source>
            <translation>ทำเนียบ CSV…</translation>
        </message>
        <message>
            <source>Export:</source>
            <translation>ส่งออก:</translation>
        </message>
        <message>
            <source>Merge to see the network's figures.</source>
            <translation>รวมไฟล์เพื่อดูตัวเลขของเครือข่าย</translation>
        </message>
        <message>
            <source>Network setup</source>
            <translation>การตั้งค่าเครือข่าย</translation>
        </message>
        <message>
            <source>Shares and outcome targets</source>
            <translation>ส่วนของเป้าหมายและเป้าหมายผลลัพธ์</translation>
        </message>
        <message>
            <source>Areas</source>
            <translation>พื้นที่</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>รวม</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>ตัวเลข</translation>
        </message>
        <message>
            <source>Referrals CSV…</source>
            <translation>การส่งต่อ CSV…</translation>
        </message>
        <message>
            <source>Donor report…</source>
            <translation>รายงานสำหรับผู้ให้ทุน…</translation>
        </message>
        <message>
            <source>5W (HXL)…</source>
            <translation>5W (HXL)…</translation>
        </message>
        <message>
            <source>Who, what, where, when and for whom: people reached per CSO, programme, activity, area and month (CSV or Excel, HXL tagged)</source>
            <translation>ใคร ทำอะไร ที่ไหน เมื่อไร เพื่อใคร: ผู้ได้รับบริการตาม CSO แผนงาน กิจกรรม พื้นที่ และเดือน (CSV หรือ Excel พร้อมแท็ก HXL)</translation>
        </message>
        <message>
            <source>Nothing is merged yet: merging reads the CSOs' files from the shared folder and adds up their counts.</source>
            <translation>ยังไม่ได้รวมข้อมูล การรวมจะอ่านไฟล์ขององค์กรจากโฟลเดอร์ที่แบ่งปันและรวมยอดนับ</translation>
        </message>
        <message>
            <source>No shared folder chosen.</source>
            <translation>ไม่ได้เลือกโฟลเดอร์ที่แบ่งปัน</translation>
        </message>
        <message>
            <source>Folder: {folder}</source>
            <translation>โฟลเดอร์: {folder}</translation>
        </message>
        <message>
            <source>Folder: {folder} (not reachable now)</source>
            <translation>โฟลเดอร์: {folder} (เข้าถึงไม่ได้ตอนนี้)</translation>
        </message>
        <message>
            <source>Choose the shared folder</source>
            <translation>เลือกโฟลเดอร์ที่แบ่งปัน</translation>
        </message>
        <message>
            <source>Merging…</source>
            <translation>กำลังรวม…</translation>
        </message>
        <message>
            <source>Reading and merging the bundles…</source>
            <translation>กำลังอ่านและรวมไฟล์แบ่งปัน…</translation>
        </message>
        <message>
            <source>The merge was cancelled: nothing was merged or written to the folder.</source>
            <translation>ยกเลิกการรวมแล้ว ไม่ได้รวมหรือเขียนสิ่งใดลงโฟลเดอร์</translation>
        </message>
        <message>
            <source>CSO</source>
            <translation>องค์กร</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <source>Revision</source>
            <translation>ฉบับ</translation>
        </message>
        <message>
            <source>Created (UTC)</source>
            <translation>สร้างเมื่อ (UTC)</translation>
        </message>
        <message>
            <source>An older copy; a newer revision was merged.</source>
            <translation>สำเนาเก่า มีการรวมฉบับที่ใหม่กว่าแล้ว</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ไฟล์</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>เหตุผล</translation>
        </message>
        <message>
            <source>Merged {accepted} of {members} CSOs; {rejected} files rejected.</source>
            <translation>รวม {accepted} จาก {members} องค์กรแล้ว ปฏิเสธ {rejected} ไฟล์</translation>
        </message>
        <message>
            <source>The service directory was written to the folder.</source>
            <translation>เขียนทำเนียบบริการลงโฟลเดอร์แล้ว</translation>
        </message>
        <message>
            <source>{code} ({name}): two laptops published figures that do not agree; the CSO should sync its team and publish again. The figures of revision {revision} count (revision {other} differs).</source>
            <translation>{code} ({name}): แล็ปท็อปสองเครื่องเผยแพร่ตัวเลขที่ไม่ตรงกัน องค์กรควรซิงค์ข้อมูลของทีมแล้วเผยแพร่อีกครั้ง ใช้ตัวเลขของฉบับ {revision} (ฉบับ {other} ต่างออกไป)</translation>
        </message>
        <message>
            <source>{code} ({name}) reopened {month} on {at} (UTC): its figures for that month correct what it published before.</source>
            <translation>{code} ({name}) เปิด {month} ใหม่เมื่อ {at} (UTC): ตัวเลขของเดือนนั้นแก้ไขสิ่งที่เคยเผยแพร่ไว้</translation>
        </message>
        <message>
            <source>CSV file (*.csv)</source>
            <translation>ไฟล์ CSV (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>ไฟล์ Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>HSDS JSON (*.json)</source>
            <translation>HSDS JSON (*.json)</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>เอกสาร Word (*.docx)</translation>
        </message>
        <message>
            <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
            <translation>ไฟล์ CSV (*.csv);;ไฟล์ Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>ส่งออก</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>กำลังเขียน {file}…</translation>
        </message>
        <message>
            <source>Wrote {file}.</source>
            <translation>เขียน {file} แล้ว</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Saphan hit a problem</source>
            <translation>Saphan เกิดปัญหา</translation>
        </message>
        <message>
            <source>Saphan hit a problem; your data is safe.</source>
            <translation>Saphan เกิดปัญหา แต่ข้อมูลของคุณปลอดภัย</translation>
        </message>
        <message>
            <source>Everything you saved before this is kept, but Saphan has to close now: start it again. If this happens again, copy the report and send it to the person who looks after Saphan in your organisation. The report holds no names or records.</source>
            <translation>ทุกอย่างที่คุณบันทึกไว้ก่อนหน้านี้ยังอยู่ครบ แต่ Saphan ต้องปิดตอนนี้ กรุณาเปิดใหม่อีกครั้ง หากเกิดขึ้นอีก กรุณาคัดลอกรายงานแล้วส่งให้ผู้ดูแล Saphan ในองค์กรของคุณ รายงานนี้ไม่มีชื่อหรือระเบียนใด ๆ</translation>
        </message>
        <message>
            <source>Everything you saved before this is kept. Close this message and carry on; if this happens again, copy the report and send it to the person who looks after Saphan in your organisation. The report holds no names or records.</source>
            <translation>ทุกอย่างที่คุณบันทึกไว้ก่อนหน้านี้ยังอยู่ครบ ปิดข้อความนี้แล้วทำงานต่อได้ หากเกิดขึ้นอีก กรุณาคัดลอกรายงานแล้วส่งให้ผู้ดูแล Saphan ในองค์กรของคุณ รายงานนี้ไม่มีชื่อหรือระเบียนใด ๆ</translation>
        </message>
        <message>
            <source>Copy report</source>
            <translation>คัดลอกรายงาน</translation>
        </message>
        <message>
            <source>Open log folder</source>
            <translation>เปิดโฟลเดอร์บันทึกระบบ</translation>
        </message>
        <message>
            <source>Problems after this one: {count}.</source>
            <translation>หลังจากปัญหานี้ เกิดปัญหาอีก {count} ครั้ง</translation>
        </message>
        <message>
            <source>The report is copied: paste it into an email or a message.</source>
            <translation>คัดลอกรายงานแล้ว กรุณาวางลงในอีเมลหรือข้อความ</translation>
        </message>
        <message>
            <source>The log folder is {folder}</source>
            <translation>โฟลเดอร์บันทึกระบบอยู่ที่ {folder}</translation>
        </message>
    </context>
    <context>
        <name>CreateTeamDialog</name>
        <message>
            <source>Create a team</source>
            <translation>สร้างทีม</translation>
        </message>
        <message>
            <source>Choose the team folder: a folder on the office network drive, a synced cloud folder or a USB stick that goes from laptop to laptop. Use a new, empty folder, not the folder you share with the network. Everything Saphan writes there is encrypted.</source>
            <translation>เลือกโฟลเดอร์ทีม: โฟลเดอร์บนไดรฟ์เครือข่ายของสำนักงาน โฟลเดอร์คลาวด์ที่ซิงค์ หรือ USB ที่นำไปจากแล็ปท็อปหนึ่งไปอีกเครื่องหนึ่ง ใช้โฟลเดอร์ใหม่ที่ว่าง ไม่ใช่โฟลเดอร์ที่แบ่งปันกับเครือข่าย ทุกสิ่งที่ Saphan เขียนไว้ที่นั่นถูกเข้ารหัส</translation>
        </message>
        <message>
            <source>Choose the team folder</source>
            <translation>เลือกโฟลเดอร์ทีม</translation>
        </message>
        <message>
            <source>Laptop 2</source>
            <translation>แล็ปท็อป 2</translation>
        </message>
        <message>
            <source>Save the invitation</source>
            <translation>บันทึกคำเชิญ</translation>
        </message>
        <message>
            <source>Team folder</source>
            <translation>โฟลเดอร์ทีม</translation>
        </message>
        <message>
            <source>Name of this laptop</source>
            <translation>ชื่อแล็ปท็อปเครื่องนี้</translation>
        </message>
        <message>
            <source>Name of the next laptop</source>
            <translation>ชื่อแล็ปท็อปเครื่องถัดไป</translation>
        </message>
        <message>
            <source>Save its invitation as</source>
            <translation>บันทึกคำเชิญเป็น</translation>
        </message>
        <message>
            <source>Create team</source>
            <translation>สร้างทีม</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>Choose the team folder.</source>
            <translation>กรุณาเลือกโฟลเดอร์ทีม</translation>
        </message>
        <message>
            <source>Enter a name for this laptop.</source>
            <translation>กรุณาใส่ชื่อของแล็ปท็อปเครื่องนี้</translation>
        </message>
        <message>
            <source>Choose where to save the invitation.</source>
            <translation>กรุณาเลือกที่บันทึกคำเชิญ</translation>
        </message>
    </context>
    <context>
        <name>CustomFields</name>
        <message>
            <source>People</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>เซสชัน</translation>
        </message>
        <message>
            <source>Text</source>
            <translation>ข้อความ</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>ตัวเลข</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Choice from a list</source>
            <translation>เลือกจากรายการ</translation>
        </message>
        <message>
            <source>Yes or no</source>
            <translation>ใช่หรือไม่ใช่</translation>
        </message>
        <message>
            <source>Enter a number, for example 3 or 2.5.</source>
            <translation>กรุณาใส่ตัวเลข เช่น 3 หรือ 2.5</translation>
        </message>
        <message>
            <source>Enter the date as day/month/year, for example 23/11/2024.</source>
            <translation>กรุณาใส่วันที่เป็น วัน/เดือน/ปี เช่น 23/11/2024</translation>
        </message>
        <message>
            <source>Choose one of the answers.</source>
            <translation>กรุณาเลือกคำตอบหนึ่งข้อ</translation>
        </message>
        <message>
            <source>Choose yes or no.</source>
            <translation>กรุณาเลือกใช่หรือไม่ใช่</translation>
        </message>
        <message>
            <source>This field no longer exists. Close the form and open it again.</source>
            <translation>ช่องข้อมูลนี้ไม่มีอยู่แล้ว กรุณาปิดแบบฟอร์มแล้วเปิดใหม่</translation>
        </message>
        <message>
            <source>This is too long (at most 500 characters).</source>
            <translation>ข้อความยาวเกินไป (ไม่เกิน 500 ตัวอักษร)</translation>
        </message>
        <message>
            <source>Give every answer an English label.</source>
            <translation>กรุณาใส่ชื่อภาษาอังกฤษให้ทุกคำตอบ</translation>
        </message>
        <message>
            <source>Two answers are the same. Make each one different.</source>
            <translation>มีคำตอบสองข้อที่เหมือนกัน กรุณาทำให้แต่ละข้อแตกต่างกัน</translation>
        </message>
        <message>
            <source>Give every answer an English label with letters or digits.</source>
            <translation>กรุณาใส่ชื่อภาษาอังกฤษที่มีตัวอักษรหรือตัวเลขให้ทุกคำตอบ</translation>
        </message>
        <message>
            <source>Enter a short code for the field.</source>
            <translation>กรุณาใส่รหัสสั้น ๆ ของช่องข้อมูล</translation>
        </message>
        <message>
            <source>Use 2 to 40 small letters, digits or underscores, starting with a letter (e.g. housing_type).</source>
            <translation>ใช้ตัวอักษรเล็ก ตัวเลข หรือขีดล่าง 2 ถึง 40 ตัว โดยขึ้นต้นด้วยตัวอักษร (เช่น housing_type)</translation>
        </message>
        <message>
            <source>Another field has this code. Choose another one.</source>
            <translation>มีช่องข้อมูลอื่นใช้รหัสนี้แล้ว กรุณาเลือกรหัสอื่น</translation>
        </message>
        <message>
            <source>Enter the field's name in English (the other languages are optional).</source>
            <translation>กรุณาใส่ชื่อช่องข้อมูลเป็นภาษาอังกฤษ (ภาษาอื่นไม่บังคับ)</translation>
        </message>
        <message>
            <source>Add at least one answer to choose from.</source>
            <translation>กรุณาเพิ่มคำตอบให้เลือกอย่างน้อยหนึ่งข้อ</translation>
        </message>
        <message>
            <source>An answer you removed is the answer of some records. Keep it, or change those records first.</source>
            <translation>คำตอบที่คุณนำออกเป็นคำตอบของระเบียนบางรายการ กรุณาเก็บไว้ หรือแก้ไขระเบียนเหล่านั้นก่อน</translation>
        </message>
        <message>
            <source>Use at most 60 answers.</source>
            <translation>ใช้คำตอบได้ไม่เกิน 60 ข้อ</translation>
        </message>
        <message>
            <source>Records have values of this field: its kind cannot change any more.</source>
            <translation>มีระเบียนที่มีค่าของช่องข้อมูลนี้แล้ว จึงเปลี่ยนชนิดของช่องไม่ได้อีก</translation>
        </message>
        <message>
            <source>Records have values of this field: it cannot move between people and sessions.</source>
            <translation>มีระเบียนที่มีค่าของช่องข้อมูลนี้แล้ว จึงย้ายระหว่างบุคคลและเซสชันไม่ได้</translation>
        </message>
        <message>
            <source>Records have values of this field: deactivate it instead.</source>
            <translation>มีระเบียนที่มีค่าของช่องข้อมูลนี้แล้ว กรุณาปิดใช้งานแทนการลบ</translation>
        </message>
        <message>
            <source>This is too long (at most 120 characters).</source>
            <translation>ข้อความยาวเกินไป (ไม่เกิน 120 ตัวอักษร)</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldsBox</name>
        <message>
            <source>Custom fields</source>
            <translation>ช่องข้อมูลเพิ่มเติม</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>ช่องข้อมูล</translation>
        </message>
        <message>
            <source>For</source>
            <translation>สำหรับ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <source>State</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>เพิ่ม…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>แก้ไข…</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>ปิดใช้งาน</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>เลื่อนขึ้น</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>เลื่อนลง</translation>
        </message>
        <message>
            <source>Fields your organisation records about people or sessions besides Saphan's own. They show on the person form and when a session is logged, are in the records export and a person's copy of their data, and are never shared with the network. A field with values can be deactivated, not deleted.</source>
            <translation>ช่องข้อมูลที่องค์กรของคุณบันทึกเกี่ยวกับบุคคลหรือเซสชัน นอกเหนือจากช่องของ Saphan เอง จะแสดงในแบบฟอร์มบุคคลและเมื่อบันทึกเซสชัน อยู่ในไฟล์ส่งออกระเบียนและสำเนาข้อมูลของบุคคล และไม่ถูกแบ่งปันกับเครือข่ายเลย ช่องที่มีค่าแล้วปิดใช้งานได้ แต่ลบไม่ได้</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>ใช้งานอยู่</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>ปิดใช้งานแล้ว</translation>
        </message>
        <message>
            <source>Active, must be filled in</source>
            <translation>ใช้งานอยู่ ต้องกรอก</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>เปิดใช้งานอีกครั้ง</translation>
        </message>
        <message>
            <source>Saved the field {field}.</source>
            <translation>บันทึกช่องข้อมูล {field} แล้ว</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>ไม่ได้เปลี่ยนแปลง</translation>
        </message>
        <message>
            <source>The field {field} shows on the forms again.</source>
            <translation>ช่องข้อมูล {field} แสดงในแบบฟอร์มอีกครั้งแล้ว</translation>
        </message>
        <message>
            <source>Deactivated the field {field}: its values are kept.</source>
            <translation>ปิดใช้งานช่องข้อมูล {field} แล้ว โดยเก็บค่าไว้</translation>
        </message>
        <message>
            <source>Delete the field?</source>
            <translation>ลบช่องข้อมูลหรือไม่</translation>
        </message>
        <message>
            <source>Delete the field {field}? No record has a value of it yet.</source>
            <translation>ลบช่องข้อมูล {field} หรือไม่ ยังไม่มีระเบียนใดมีค่าของช่องนี้</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>เก็บไว้</translation>
        </message>
    </context>
    <context>
        <name>CustomFieldsPanel</name>
        <message>
            <source>Yes</source>
            <translation>ใช่</translation>
        </message>
        <message>
            <source>No</source>
            <translation>ไม่ใช่</translation>
        </message>
        <message>
            <source>Your organisation has added no fields here.</source>
            <translation>องค์กรของคุณยังไม่ได้เพิ่มช่องข้อมูลที่นี่</translation>
        </message>
        <message>
            <source>(not answered)</source>
            <translation>(ยังไม่ได้ตอบ)</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>ตัวเลข</translation>
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation>ภาพรวม</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>รีเฟรช</translation>
        </message>
        <message>
            <source>Count again (F5)</source>
            <translation>นับใหม่ (F5)</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>กำลังนับ…</translation>
        </message>
        <message>
            <source>From</source>
            <translation>จาก</translation>
        </message>
        <message>
            <source>to</source>
            <translation>ถึง</translation>
        </message>
        <message>
            <source>Progress toward targets</source>
            <translation>ความคืบหน้าเทียบกับเป้าหมาย</translation>
        </message>
        <message>
            <source>People per month</source>
            <translation>จำนวนคนต่อเดือน</translation>
        </message>
        <message>
            <source>Sex and age</source>
            <translation>เพศและอายุ</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>ผลลัพธ์</translation>
        </message>
        <message>
            <source>Unique people over the whole period: someone who came in several months counts once. Months are never added up.</source>
            <translation>นับคนไม่ซ้ำตลอดช่วงเวลา: คนที่มาหลายเดือนนับเพียงครั้งเดียว ไม่นำแต่ละเดือนมารวมกัน</translation>
        </message>
        <message>
            <source>“Our share”: the part of the network's target the coordinator set for this CSO in the network file.</source>
            <translation>“ส่วนของเรา”: ส่วนของเป้าหมายเครือข่ายที่ผู้ประสานงานกำหนดให้องค์กรนี้ในไฟล์เครือข่าย</translation>
        </message>
        <message>
            <source>A person counts when their latest “post” score is in the period and they have an earlier “pre” score with the same instrument. Improved: better by at least the instrument's minimal important difference (MID).</source>
            <translation>นับบุคคลเมื่อคะแนนหลัง (post) ครั้งล่าสุดอยู่ในช่วงเวลานี้ และมีคะแนนก่อน (pre) ที่เก่ากว่าจากแบบประเมินเดียวกัน ดีขึ้น: ดีขึ้นอย่างน้อยเท่ากับความแตกต่างที่สำคัญน้อยที่สุด (MID) ของแบบประเมิน</translation>
        </message>
        <message>
            <source>Export chart as PNG…</source>
            <translation>ส่งออกแผนภูมิเป็น PNG…</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>แผนงาน</translation>
        </message>
        <message>
            <source>Could not count</source>
            <translation>นับไม่ได้</translation>
        </message>
        <message>
            <source>{first} – {last}: {people} people reached by any programme (each person once) · {sessions} sessions · {referrals} referrals</source>
            <translation>{first} – {last}: ผู้ได้รับบริการจากแผนงานใดก็ได้ {people} คน (นับคนละครั้ง) · {sessions} เซสชัน · ส่งต่อ {referrals} ครั้ง</translation>
        </message>
        <message>
            <source>Of these, not in the shared figures (no consent to data use): {people}</source>
            <translation>ในจำนวนนี้ ไม่อยู่ในตัวเลขที่แบ่งปัน (ไม่ได้ยินยอมให้ใช้ข้อมูล): {people}</translation>
        </message>
        <message>
            <source>All programmes (each person once)</source>
            <translation>ทุกแผนงาน (นับคนละครั้ง)</translation>
        </message>
        <message>
            <source>{reached} of our share {target} ({percent}%)</source>
            <translation>{reached} จากส่วนของเรา {target} ({percent}%)</translation>
        </message>
        <message>
            <source>The coordinator set {target} as this CSO's share of the network's target of {network}.</source>
            <translation>ผู้ประสานงานกำหนด {target} เป็นส่วนขององค์กรนี้จากเป้าหมายเครือข่าย {network}</translation>
        </message>
        <message>
            <source>{reached} of {target} ({percent}%)</source>
            <translation>{reached} จาก {target} ({percent}%)</translation>
        </message>
        <message>
            <source>{reached} reached (no target)</source>
            <translation>ได้รับบริการ {reached} คน (ไม่มีเป้าหมาย)</translation>
        </message>
        <message>
            <source>People reached</source>
            <translation>ผู้ได้รับบริการ</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>เป้าหมาย</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>Our target</source>
            <translation>เป้าหมายของเรา</translation>
        </message>
        <message>
            <source>Network target</source>
            <translation>เป้าหมายเครือข่าย</translation>
        </message>
        <message>
            <source>{programme} · {instrument}</source>
            <translation>{programme} · {instrument}</translation>
        </message>
        <message>
            <source>{people} people with a pre and post score, {improved} improved (≥ {mid})</source>
            <translation>{people} คนมีคะแนนก่อน (pre) และหลัง (post), ดีขึ้น {improved} คน (≥ {mid})</translation>
        </message>
        <message>
            <source>Nobody has a pre and a post score with a post in this period yet.</source>
            <translation>ยังไม่มีผู้ที่มีคะแนนก่อน (pre) และหลัง (post) โดยคะแนนหลังอยู่ในช่วงเวลานี้</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>แบบประเมิน</translation>
        </message>
        <message>
            <source>Pre and post</source>
            <translation>ก่อนและหลัง</translation>
        </message>
        <message>
            <source>Improved</source>
            <translation>ดีขึ้น</translation>
        </message>
        <message>
            <source>Not improved</source>
            <translation>ไม่ดีขึ้น</translation>
        </message>
        <message>
            <source>People reached (unique in the month)</source>
            <translation>ผู้ได้รับบริการ (ไม่ซ้ำในเดือน)</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>เดือน</translation>
        </message>
        <message>
            <source>People reached (unique in the period)</source>
            <translation>ผู้ได้รับบริการ (ไม่ซ้ำในช่วงเวลา)</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>รวม</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>อายุ</translation>
        </message>
        <message>
            <source>Export chart as PNG</source>
            <translation>ส่งออกแผนภูมิเป็น PNG</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>รูปภาพ PNG (*.png)</translation>
        </message>
        <message>
            <source>Chart not exported</source>
            <translation>ไม่ได้ส่งออกแผนภูมิ</translation>
        </message>
        <message>
            <source>Saphan could not write {path}: {reason}</source>
            <translation>Saphan เขียน {path} ไม่ได้: {reason}</translation>
        </message>
        <message>
            <source>Chart saved: {path}</source>
            <translation>บันทึกแผนภูมิแล้ว: {path}</translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>dd/mm/yyyy</source>
            <translation>วว/ดด/ปปปป</translation>
        </message>
        <message>
            <source>Day/month/year, e.g. 23/11/1990. Buddhist-era years (2533) also work.</source>
            <translation>วัน/เดือน/ปี เช่น 23/11/1990 ใช้ปีพุทธศักราช (2533) ได้ด้วย</translation>
        </message>
        <message>
            <source>Choose from a calendar</source>
            <translation>เลือกจากปฏิทิน</translation>
        </message>
    </context>
    <context>
        <name>DefaultAreaBox</name>
        <message>
            <source>Where sessions happen</source>
            <translation>สถานที่จัดเซสชัน</translation>
        </message>
        <message>
            <source>Log a session starts with this area; staff can choose another. The areas come from the network file (the network's 5W report counts people per area).</source>
            <translation>การบันทึกเซสชันจะเริ่มด้วยพื้นที่นี้ เจ้าหน้าที่เลือกพื้นที่อื่นได้ พื้นที่มาจากไฟล์เครือข่าย (รายงาน 5W ของเครือข่ายนับจำนวนคนตามพื้นที่)</translation>
        </message>
        <message>
            <source>The network file lists no areas yet. When the coordinator adds them, choose where your sessions usually happen here.</source>
            <translation>ไฟล์เครือข่ายยังไม่มีพื้นที่ เมื่อผู้ประสานงานเพิ่มพื้นที่แล้ว ให้เลือกสถานที่ที่คุณจัดเซสชันเป็นประจำที่นี่</translation>
        </message>
        <message>
            <source>Usual area</source>
            <translation>พื้นที่ประจำ</translation>
        </message>
        <message>
            <source>Saved the usual area of sessions.</source>
            <translation>บันทึกพื้นที่ประจำของเซสชันแล้ว</translation>
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <source>Directory</source>
            <translation>ทำเนียบบริการ</translation>
        </message>
        <message>
            <source>Search services, organisations, areas…</source>
            <translation>ค้นหาบริการ องค์กร พื้นที่…</translation>
        </message>
        <message>
            <source>All categories</source>
            <translation>ทุกหมวดหมู่</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>ทุกภาษา</translation>
        </message>
        <message>
            <source>All areas</source>
            <translation>ทุกพื้นที่</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>รีเฟรช</translation>
        </message>
        <message>
            <source>Refer a person to this service…</source>
            <translation>ส่งต่อบุคคลไปยังบริการนี้…</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>กำลังโหลด…</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>บริการ</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>องค์กร</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>หมวดหมู่</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>ภาษา</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>พื้นที่</translation>
        </message>
        <message>
            <source>{shown} of {total} services</source>
            <translation>{shown} จาก {total} บริการ</translation>
        </message>
        <message>
            <source>No service matches these filters.</source>
            <translation>ไม่มีบริการที่ตรงกับตัวกรองเหล่านี้</translation>
        </message>
        <message>
            <source>Clear the filters</source>
            <translation>ล้างตัวกรอง</translation>
        </message>
        <message>
            <source>You have not joined a network yet: the directory lists the services of the CSOs in it.</source>
            <translation>คุณยังไม่ได้เข้าร่วมเครือข่าย ทำเนียบบริการแสดงบริการขององค์กรในเครือข่าย</translation>
        </message>
        <message>
            <source>Join a network…</source>
            <translation>เข้าร่วมเครือข่าย…</translation>
        </message>
        <message>
            <source>Your administrator joins it on the Share page.</source>
            <translation>ผู้ดูแลระบบเข้าร่วมได้ที่หน้าแบ่งปัน</translation>
        </message>
        <message>
            <source>No services are listed yet: pull the network's file on the Share page, and add your own services.</source>
            <translation>ยังไม่มีบริการในรายการ ดึงไฟล์เครือข่ายที่หน้าแบ่งปัน และเพิ่มบริการของคุณเอง</translation>
        </message>
        <message>
            <source>Add your services…</source>
            <translation>เพิ่มบริการของคุณ…</translation>
        </message>
        <message>
            <source>Choose a service to see its details.</source>
            <translation>เลือกบริการเพื่อดูรายละเอียด</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>Who can use it</source>
            <translation>ใครใช้บริการได้</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>เวลาเปิดทำการ</translation>
        </message>
        <message>
            <source>Location / area</source>
            <translation>ที่ตั้ง / พื้นที่</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>ผู้ติดต่อ</translation>
        </message>
        <message>
            <source>How to refer</source>
            <translation>วิธีส่งต่อ</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>ค่าใช้จ่าย</translation>
        </message>
        <message>
            <source>Refer</source>
            <translation>ส่งต่อ</translation>
        </message>
        <message>
            <source>Referral saved.</source>
            <translation>บันทึกการส่งต่อแล้ว</translation>
        </message>
    </context>
    <context>
        <name>DisabilityTab</name>
        <message>
            <source>Read each question as written. The questions ask about difficulties the person may have doing certain activities because of a health problem.</source>
            <translation>อ่านแต่ละคำถามตามที่เขียนไว้ คำถามเหล่านี้ถามถึงความยากลำบากที่บุคคลอาจมีในการทำกิจกรรมบางอย่างเนื่องจากปัญหาสุขภาพ</translation>
        </message>
        <message>
            <source>Not asked yet.</source>
            <translation>ยังไม่ได้ถาม</translation>
        </message>
        <message>
            <source>Counted as a person with a disability (a lot of difficulty or cannot do at all in at least one domain).</source>
            <translation>นับเป็นผู้พิการ (มีปัญหามากหรือทำไม่ได้เลยอย่างน้อยหนึ่งด้าน)</translation>
        </message>
        <message>
            <source>Not counted as a person with a disability.</source>
            <translation>ไม่นับเป็นผู้พิการ</translation>
        </message>
    </context>
    <context>
        <name>DismissDialog</name>
        <message>
            <source>Dismiss</source>
            <translation>ยกเลิกรายการ</translation>
        </message>
        <message>
            <source>e.g. She moved to Bangkok</source>
            <translation>เช่น เธอย้ายไปกรุงเทพฯ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>Why does this item not need doing? (required)</source>
            <translation>ทำไมรายการนี้จึงไม่ต้องทำ (จำเป็น)</translation>
        </message>
    </context>
    <context>
        <name>DonorReport</name>
        <message>
            <source>Female</source>
            <translation>หญิง</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>ชาย</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>อื่น ๆ</translation>
        </message>
        <message>
            <source>Children (0–17)</source>
            <translation>เด็ก (0–17)</translation>
        </message>
        <message>
            <source>Adults (18–59)</source>
            <translation>ผู้ใหญ่ (18–59)</translation>
        </message>
        <message>
            <source>Older people (60+)</source>
            <translation>ผู้สูงอายุ (60+)</translation>
        </message>
        <message>
            <source>withheld</source>
            <translation>ไม่เปิดเผย</translation>
        </message>
        <message>
            <source>at least {n}</source>
            <translation>อย่างน้อย {n}</translation>
        </message>
        <message>
            <source>Withheld for privacy (fewer than {k} each)</source>
            <translation>ไม่เปิดเผยเพื่อความเป็นส่วนตัว (แต่ละส่วนน้อยกว่า {k})</translation>
        </message>
        <message>
            <source>At least: some CSOs' figures withheld</source>
            <translation>อย่างน้อย: ตัวเลขของบางองค์กรไม่เปิดเผย</translation>
        </message>
        <message>
            <source>People</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>เป้าหมาย</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>ได้รับบริการ</translation>
        </message>
        <message>
            <source>Gap: {withheld}</source>
            <translation>ช่วงที่ขาด: {withheld}</translation>
        </message>
        <message>
            <source>{network}: progress report</source>
            <translation>{network}: รายงานความคืบหน้า</translation>
        </message>
        <message>
            <source>Reporting period: {start} to {end}. Made on {date}.</source>
            <translation>ช่วงรายงาน: {start} ถึง {end} จัดทำเมื่อ {date}</translation>
        </message>
        <message>
            <source>Figures merged from {published} of {members} member CSOs. Figures marked “withheld” are small counts kept back to protect the people counted; “at least N” is a total with some such parts.</source>
            <translation>รวมตัวเลขจาก {published} ใน {members} องค์กรสมาชิก ตัวเลขที่ระบุว่า “ไม่เปิดเผย” คือจำนวนน้อยที่ไม่เผยแพร่เพื่อปกป้องผู้ที่ถูกนับ “อย่างน้อย N” คือยอดรวมที่มีบางส่วนไม่เปิดเผย</translation>
        </message>
        <message>
            <source>Participatory projects: {name}</source>
            <translation>โครงการแบบมีส่วนร่วม: {name}</translation>
        </message>
        <message>
            <source>Progress against the targets</source>
            <translation>ความคืบหน้าเทียบกับเป้าหมาย</translation>
        </message>
        <message>
            <source>People reached over the whole period: each CSO's unique people per programme, added up across CSOs.</source>
            <translation>ผู้ได้รับบริการตลอดช่วงเวลา: จำนวนคนที่ไม่ซ้ำของแต่ละองค์กรในแต่ละแผนงาน นำมารวมกันทุกองค์กร</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>แผนงาน</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>รหัส</translation>
        </message>
        <message>
            <source>% of target</source>
            <translation>% ของเป้าหมาย</translation>
        </message>
        <message>
            <source>People reached per month</source>
            <translation>ผู้ได้รับบริการรายเดือน</translation>
        </message>
        <message>
            <source>Unique people each month. Months do not add up to the whole period: people come back.</source>
            <translation>จำนวนคนที่ไม่ซ้ำในแต่ละเดือน ผลรวมของทุกเดือนไม่เท่ากับทั้งช่วงเวลา เพราะผู้คนกลับมารับบริการซ้ำ</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>เดือน</translation>
        </message>
        <message>
            <source>People reached by sex and age</source>
            <translation>ผู้ได้รับบริการตามเพศและอายุ</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>อายุ</translation>
        </message>
        <message>
            <source>Reporting completeness</source>
            <translation>ความครบถ้วนของการรายงาน</translation>
        </message>
        <message>
            <source>Which CSOs published figures for which months (✓: the CSO's latest published figures cover the month).</source>
            <translation>องค์กรใดเผยแพร่ตัวเลขของเดือนใดบ้าง (✓: ตัวเลขล่าสุดที่องค์กรเผยแพร่ครอบคลุมเดือนนั้น)</translation>
        </message>
        <message>
            <source>CSO</source>
            <translation>องค์กร</translation>
        </message>
        <message>
            <source>CSOs that published</source>
            <translation>องค์กรที่เผยแพร่แล้ว</translation>
        </message>
        <message>
            <source>How these figures were made</source>
            <translation>ตัวเลขเหล่านี้จัดทำอย่างไร</translation>
        </message>
        <message>
            <source>No record about any person leaves the CSOs: each CSO publishes only counts, signed, and the network adds them up.</source>
            <translation>ไม่มีระเบียนของบุคคลใดออกจากองค์กร แต่ละองค์กรเผยแพร่เฉพาะตัวเลขที่ลงนามแล้ว และเครือข่ายนำมารวมกัน</translation>
        </message>
        <message>
            <source>Suppression: a count from 1 to {last} (below the threshold of {k}) is withheld, and so are some other counts of the same table (complementary suppression), so that a withheld count cannot be worked out from the totals. A withheld count is never shown as 0.</source>
            <translation>การปกปิด: จำนวนตั้งแต่ 1 ถึง {last} (ต่ำกว่าเกณฑ์ {k}) จะไม่เปิดเผย และตัวเลขอื่นบางตัวในตารางเดียวกันก็ไม่เปิดเผยด้วย (การปกปิดเสริม) เพื่อไม่ให้คำนวณตัวเลขที่ปกปิดได้จากยอดรวม ตัวเลขที่ไม่เปิดเผยจะไม่แสดงเป็น 0</translation>
        </message>
        <message>
            <source>A network total with withheld parts is the sum of the published parts and reads “at least N”: the true figure is higher. Where every part was withheld the total reads “withheld”; in the charts such a bar is a short hatched stub, an at-least bar is hatched over.</source>
            <translation>ยอดรวมของเครือข่ายที่มีบางส่วนไม่เปิดเผยคือผลรวมของส่วนที่เผยแพร่ และแสดงว่า “อย่างน้อย N”: ตัวเลขจริงสูงกว่านั้น ถ้าทุกส่วนไม่เปิดเผย ยอดรวมจะแสดงว่า “ไม่เปิดเผย” ในแผนภูมิ แท่งแบบนั้นเป็นแท่งสั้นลายขีดเฉียง และแท่ง “อย่างน้อย” มีลายขีดเฉียงทับ</translation>
        </message>
        <message>
            <source>Unique counting: a person counts once per programme and period, however many sessions they attended. The figures per month do not add up to the figure of the whole period.</source>
            <translation>การนับแบบไม่ซ้ำ: บุคคลหนึ่งนับครั้งเดียวต่อแผนงานและช่วงเวลา ไม่ว่าจะเข้าร่วมกี่เซสชัน ตัวเลขรายเดือนรวมกันไม่เท่ากับตัวเลขของทั้งช่วงเวลา</translation>
        </message>
        <message>
            <source>A person served by two CSOs counts twice in the network's totals: the CSOs do not share who they serve, so the network cannot tell.</source>
            <translation>บุคคลที่ได้รับบริการจากสององค์กรจะถูกนับสองครั้งในยอดรวมของเครือข่าย เพราะองค์กรไม่แบ่งปันว่าให้บริการใครบ้าง เครือข่ายจึงไม่อาจแยกได้</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <source>Possible duplicate</source>
            <translation>อาจซ้ำกัน</translation>
        </message>
        <message>
            <source>This person may already be registered. Check the list below; if one of them is the same person, go back and open their record instead.</source>
            <translation>บุคคลนี้อาจลงทะเบียนไว้แล้ว ตรวจสอบรายชื่อด้านล่าง หากมีคนที่เป็นคนเดียวกัน ให้ย้อนกลับแล้วเปิดระเบียนของคนนั้นแทน</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>รหัส</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <source>Name (Myanmar/Thai script)</source>
            <translation>ชื่อ (อักษรเมียนมา/ไทย)</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>เพศ</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>เกิด</translation>
        </message>
        <message>
            <source>Why it may be the same person</source>
            <translation>เหตุที่อาจเป็นคนเดียวกัน</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>ย้อนกลับ</translation>
        </message>
        <message>
            <source>Save anyway</source>
            <translation>บันทึกต่อไป</translation>
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <source>Erase {code} permanently?</source>
            <translation>ลบ {code} ถาวรหรือไม่</translation>
        </message>
        <message>
            <source>Erase permanently</source>
            <translation>ลบถาวร</translation>
        </message>
        <message>
            <source>&lt;p&gt;This removes &lt;b&gt;{code}&lt;/b&gt; and everything recorded about this person — consent, disability answers, assessments, referrals and attendance — from this laptop forever. &lt;b&gt;It cannot be undone.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Use it only when a record must not exist at all, for example when the person asks for it or the record put them at risk. To take someone out of the registry for now, use Delete instead.&lt;/p&gt;&lt;p&gt;Backups made before today still contain the person.&lt;/p&gt;</source>
            <translation>&lt;p&gt;การทำนี้จะลบ &lt;b&gt;{code}&lt;/b&gt; และทุกอย่างที่บันทึกเกี่ยวกับบุคคลนี้ — ความยินยอม คำตอบเรื่องความพิการ การประเมิน การส่งต่อ และการเข้าร่วม — ออกจากแล็ปท็อปนี้ตลอดไป &lt;b&gt;ย้อนกลับไม่ได้&lt;/b&gt;&lt;/p&gt;&lt;p&gt;ใช้เฉพาะเมื่อระเบียนนี้ต้องไม่มีอยู่เลย เช่น เมื่อบุคคลนั้นขอ หรือระเบียนทำให้เขาตกอยู่ในความเสี่ยง หากต้องการนำออกจากทะเบียนชั่วคราว ให้ใช้ “ลบ” แทน&lt;/p&gt;&lt;p&gt;ไฟล์สำรองที่ทำก่อนวันนี้ยังมีข้อมูลของบุคคลนี้อยู่&lt;/p&gt;</translation>
        </message>
        <message>
            <source>To confirm, type the code {code}:</source>
            <translation>พิมพ์รหัส {code} เพื่อยืนยัน:</translation>
        </message>
        <message>
            <source>e.g. the person asked for it on 3 May</source>
            <translation>เช่น บุคคลนั้นขอเมื่อวันที่ 3 พฤษภาคม</translation>
        </message>
        <message>
            <source>Reason, kept in the audit trail (optional; write no name):</source>
            <translation>เหตุผล เก็บไว้ในบันทึกการใช้งาน (ไม่บังคับ ห้ามเขียนชื่อ):</translation>
        </message>
    </context>
    <context>
        <name>EraseDueDialog</name>
        <message>
            <source>Erase {count} people permanently?</source>
            <translation>ลบ {count} คนถาวรหรือไม่</translation>
        </message>
        <message>
            <source>&lt;p&gt;Everything recorded about these {count} people is erased from this laptop, and from your team's other laptops at their next sync. &lt;b&gt;It cannot be undone.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Backups made before today still contain them.&lt;/p&gt;</source>
            <translation>&lt;p&gt;ทุกอย่างที่บันทึกเกี่ยวกับ {count} คนนี้จะถูกลบออกจากแล็ปท็อปนี้ และจากแล็ปท็อปอื่นในทีมของคุณเมื่อซิงค์ครั้งถัดไป &lt;b&gt;ย้อนกลับไม่ได้&lt;/b&gt;&lt;/p&gt;&lt;p&gt;ไฟล์สำรองที่ทำก่อนวันนี้ยังมีข้อมูลของพวกเขาอยู่&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Retention rule: cases closed more than {years} years ago</source>
            <translation>กฎการเก็บรักษาข้อมูล: กรณีที่ปิดไปแล้วมากกว่า {years} ปี</translation>
        </message>
        <message>
            <source>Erase permanently</source>
            <translation>ลบถาวร</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>Reason, kept in the audit trail (write no name):</source>
            <translation>เหตุผล เก็บไว้ในบันทึกการใช้งาน (ห้ามเขียนชื่อ):</translation>
        </message>
        <message>
            <source>To confirm, type the number of people ({count}):</source>
            <translation>เพื่อยืนยัน ให้พิมพ์จำนวนคน ({count}):</translation>
        </message>
    </context>
    <context>
        <name>FieldDialog</name>
        <message>
            <source>Add a custom field</source>
            <translation>เพิ่มช่องข้อมูลเพิ่มเติม</translation>
        </message>
        <message>
            <source>Change a custom field</source>
            <translation>แก้ไขช่องข้อมูลเพิ่มเติม</translation>
        </message>
        <message>
            <source>Add field</source>
            <translation>เพิ่มช่องข้อมูล</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>บันทึกการแก้ไข</translation>
        </message>
        <message>
            <source>For</source>
            <translation>สำหรับ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <source>Name in English</source>
            <translation>ชื่อภาษาอังกฤษ</translation>
        </message>
        <message>
            <source>Name in Burmese</source>
            <translation>ชื่อภาษาพม่า</translation>
        </message>
        <message>
            <source>Name in Thai</source>
            <translation>ชื่อภาษาไทย</translation>
        </message>
        <message>
            <source>e.g. Housing</source>
            <translation>เช่น Housing</translation>
        </message>
        <message>
            <source>How imports and exports name the field. It cannot change later.</source>
            <translation>ชื่อที่ใช้เรียกช่องข้อมูลนี้ในการนำเข้าและส่งออก เปลี่ยนภายหลังไม่ได้</translation>
        </message>
        <message>
            <source>Code *</source>
            <translation>รหัส *</translation>
        </message>
        <message>
            <source>Must be filled in</source>
            <translation>ต้องกรอก</translation>
        </message>
        <message>
            <source>Answers to choose from</source>
            <translation>คำตอบให้เลือก</translation>
        </message>
        <message>
            <source>English *</source>
            <translation>ภาษาอังกฤษ *</translation>
        </message>
        <message>
            <source>Burmese</source>
            <translation>พม่า</translation>
        </message>
        <message>
            <source>Thai</source>
            <translation>ไทย</translation>
        </message>
        <message>
            <source>Add answer</source>
            <translation>เพิ่มคำตอบ</translation>
        </message>
        <message>
            <source>Remove answer</source>
            <translation>นำคำตอบออก</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the list to import</source>
            <translation>เลือกรายชื่อที่จะนำเข้า</translation>
        </message>
        <message>
            <source>An Excel (.xlsx) or CSV file with one person per row and a row of column titles above them. Nothing is imported before you have checked every row.</source>
            <translation>ไฟล์ Excel (.xlsx) หรือ CSV ที่มีหนึ่งคนต่อหนึ่งแถว และมีแถวชื่อคอลัมน์อยู่ด้านบน จะไม่นำเข้าอะไรจนกว่าคุณจะตรวจทุกแถว</translation>
        </message>
        <message>
            <source>Choose a file, or paste its path here</source>
            <translation>เลือกไฟล์ หรือวางที่อยู่ไฟล์ที่นี่</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>เลือกไฟล์…</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>ชีต:</translation>
        </message>
        <message>
            <source>Download the template…</source>
            <translation>ดาวน์โหลดแม่แบบ…</translation>
        </message>
        <message>
            <source>No list yet, or columns that do not fit? The template has the columns Saphan knows, an example row and notes in English, Burmese and Thai.</source>
            <translation>ยังไม่มีรายชื่อ หรือคอลัมน์ไม่ตรงใช่ไหม แม่แบบมีคอลัมน์ที่ Saphan รู้จัก แถวตัวอย่าง และคำอธิบายเป็นภาษาอังกฤษ พม่า และไทย</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</source>
            <translation>ไฟล์ตาราง (*.xlsx *.xlsm *.csv *.txt)</translation>
        </message>
        <message>
            <source>This file cannot be opened. Check that it exists.</source>
            <translation>เปิดไฟล์นี้ไม่ได้ กรุณาตรวจสอบว่ามีไฟล์อยู่</translation>
        </message>
        <message>
            <source>{rows} rows found below the column titles in row {header}.</source>
            <translation>พบ {rows} แถวใต้ชื่อคอลัมน์ในแถว {header}</translation>
        </message>
        <message>
            <source>Save the import template</source>
            <translation>บันทึกแม่แบบการนำเข้า</translation>
        </message>
        <message>
            <source>Saphan import template.xlsx</source>
            <translation>Saphan import template.xlsx</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>ไฟล์ Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>The template could not be saved there. Choose another folder.</source>
            <translation>บันทึกแม่แบบที่นั่นไม่ได้ กรุณาเลือกโฟลเดอร์อื่น</translation>
        </message>
        <message>
            <source>Template saved as {path}.</source>
            <translation>บันทึกแม่แบบเป็น {path} แล้ว</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search by code, name or phone</source>
            <translation>ค้นหาด้วยรหัส ชื่อ หรือเบอร์โทร</translation>
        </message>
        <message>
            <source>All sexes</source>
            <translation>ทุกเพศ</translation>
        </message>
        <message>
            <source>All ages</source>
            <translation>ทุกวัย</translation>
        </message>
        <message>
            <source>All groups</source>
            <translation>ทุกกลุ่ม</translation>
        </message>
        <message>
            <source>All programmes</source>
            <translation>ทุกแผนงาน</translation>
        </message>
        <message>
            <source>People who attended a session of this programme</source>
            <translation>ผู้ที่เคยเข้าร่วมเซสชันของแผนงานนี้</translation>
        </message>
        <message>
            <source>Active and closed</source>
            <translation>ดำเนินการอยู่และปิดแล้ว</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>ล้างตัวกรอง</translation>
        </message>
        <message>
            <source>Search by code or name</source>
            <translation>ค้นหาด้วยรหัสหรือชื่อ</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
    </context>
    <context>
        <name>FormProblems</name>
        <message>
            <source>A formula or condition of the instrument cannot be read. Nothing was saved.</source>
            <translation>อ่านสูตรหรือเงื่อนไขของแบบประเมินไม่ได้ ไม่ได้บันทึกสิ่งใด</translation>
        </message>
        <message>
            <source>The instrument's definition has problems, so it was not saved. Nothing changed.</source>
            <translation>คำจำกัดความของแบบประเมินมีปัญหา จึงไม่ได้บันทึก ไม่มีสิ่งใดเปลี่ยนแปลง</translation>
        </message>
        <message>
            <source>The file is not an Excel workbook (.xlsx).</source>
            <translation>ไฟล์นี้ไม่ใช่ไฟล์ Excel (.xlsx)</translation>
        </message>
        <message>
            <source>The file is too large, or packed in a way Saphan does not open.</source>
            <translation>ไฟล์ใหญ่เกินไป หรือถูกบีบอัดในแบบที่ Saphan ไม่เปิด</translation>
        </message>
        <message>
            <source>The file cannot be read as an Excel workbook.</source>
            <translation>อ่านไฟล์นี้เป็นไฟล์ Excel ไม่ได้</translation>
        </message>
        <message>
            <source>The sheet is missing.</source>
            <translation>ไม่มีชีตนี้</translation>
        </message>
        <message>
            <source>The sheet has more than {limit} rows.</source>
            <translation>ชีตมีมากกว่า {limit} แถว</translation>
        </message>
        <message>
            <source>The sheet has more than {limit} columns.</source>
            <translation>ชีตมีมากกว่า {limit} คอลัมน์</translation>
        </message>
        <message>
            <source>A cell is longer than {limit} characters.</source>
            <translation>มีช่องที่ยาวเกิน {limit} ตัวอักษร</translation>
        </message>
        <message>
            <source>The column '{column}' appears twice.</source>
            <translation>คอลัมน์ '{column}' ซ้ำกันสองครั้ง</translation>
        </message>
        <message>
            <source>The column '{column}' is missing.</source>
            <translation>ไม่มีคอลัมน์ '{column}'</translation>
        </message>
        <message>
            <source>The column '{column}' is in a language Saphan cannot show. Use English (en), Burmese (my), Thai (th) or Sgaw Karen (ksw).</source>
            <translation>คอลัมน์ '{column}' เป็นภาษาที่ Saphan แสดงไม่ได้ กรุณาใช้ English (en), Burmese (my), Thai (th) หรือ Sgaw Karen (ksw)</translation>
        </message>
        <message>
            <source>The columns '{column}' and '{other}' are in the same language.</source>
            <translation>คอลัมน์ '{column}' และ '{other}' เป็นภาษาเดียวกัน</translation>
        </message>
        <message>
            <source>The form has no questions.</source>
            <translation>แบบฟอร์มไม่มีคำถาม</translation>
        </message>
        <message>
            <source>The type '{type}' cannot be imported. Use select_one LIST, integer, calculate or note.</source>
            <translation>นำเข้าประเภท '{type}' ไม่ได้ กรุณาใช้ select_one LIST, integer, calculate หรือ note</translation>
        </message>
        <message>
            <source>Groups and repeats cannot be imported. List the questions one after another.</source>
            <translation>นำเข้า group และ repeat ไม่ได้ กรุณาเรียงคำถามต่อกันทีละข้อ</translation>
        </message>
        <message>
            <source>A note is read only before the first question, as the introduction.</source>
            <translation>note จะอ่านเฉพาะก่อนคำถามแรก โดยใช้เป็นคำนำ</translation>
        </message>
        <message>
            <source>The row has no name.</source>
            <translation>แถวนี้ไม่มี name</translation>
        </message>
        <message>
            <source>The name '{name}' must be up to 40 letters, digits or _, not starting with a digit.</source>
            <translation>name '{name}' ต้องเป็นตัวอักษร ตัวเลข หรือ _ ไม่เกิน 40 ตัว และไม่ขึ้นต้นด้วยตัวเลข</translation>
        </message>
        <message>
            <source>The name '{name}' is used twice (also on row {other}).</source>
            <translation>name '{name}' ถูกใช้สองครั้ง (อยู่ที่แถว {other} ด้วย)</translation>
        </message>
        <message>
            <source>The choice list '{list}' does not exist.</source>
            <translation>ไม่มีรายการตัวเลือก '{list}'</translation>
        </message>
        <message>
            <source>The choice list '{list}' does not exist: the form has no choices sheet.</source>
            <translation>ไม่มีรายการตัวเลือก '{list}' เพราะแบบฟอร์มไม่มีชีต choices</translation>
        </message>
        <message>
            <source>'{name}' has no English label (label::English (en)).</source>
            <translation>'{name}' ไม่มี label ภาษาอังกฤษ (label::English (en))</translation>
        </message>
        <message>
            <source>'{column}' must be yes or no, not '{value}'.</source>
            <translation>'{column}' ต้องเป็น yes หรือ no ไม่ใช่ '{value}'</translation>
        </message>
        <message>
            <source>Only a select_one question can be reverse-scored.</source>
            <translation>กลับคะแนนได้เฉพาะคำถามแบบ select_one</translation>
        </message>
        <message>
            <source>An integer question needs the constraint '. &gt;= MIN and . &lt;= MAX' (at most {limit} numbers apart).</source>
            <translation>คำถามแบบ integer ต้องมี constraint '. &gt;= MIN and . &lt;= MAX' (ห่างกันไม่เกิน {limit})</translation>
        </message>
        <message>
            <source>The calculate row '{name}' has no calculation.</source>
            <translation>แถว calculate '{name}' ไม่มี calculation</translation>
        </message>
        <message>
            <source>'{column}' refers to '{name}', which is not a question or score of this form.</source>
            <translation>'{column}' อ้างถึง '{name}' ซึ่งไม่ใช่คำถามหรือคะแนนของแบบฟอร์มนี้</translation>
        </message>
        <message>
            <source>The calculations {cycle} refer to each other in a circle.</source>
            <translation>การคำนวณ {cycle} อ้างถึงกันเป็นวงกลม</translation>
        </message>
        <message>
            <source>'{column}' is not an expression Saphan can work out: {reason}</source>
            <translation>'{column}' ไม่ใช่นิพจน์ที่ Saphan คำนวณได้: {reason}</translation>
        </message>
        <message>
            <source>The choice value '{value}' is not a whole number.</source>
            <translation>ค่าตัวเลือก '{value}' ไม่ใช่จำนวนเต็ม</translation>
        </message>
        <message>
            <source>The choice value '{value}' is in the list '{list}' twice (also on row {other}).</source>
            <translation>ค่าตัวเลือก '{value}' อยู่ในรายการ '{list}' สองครั้ง (อยู่ที่แถว {other} ด้วย)</translation>
        </message>
        <message>
            <source>The settings have no form_id.</source>
            <translation>settings ไม่มี form_id</translation>
        </message>
        <message>
            <source>The form_id '{value}' cannot be an instrument code: use 2-40 lowercase letters, digits or _, starting with a letter.</source>
            <translation>ใช้ form_id '{value}' เป็นรหัสแบบประเมินไม่ได้ กรุณาใช้ตัวอักษรพิมพ์เล็ก ตัวเลข หรือ _ 2-40 ตัว ขึ้นต้นด้วยตัวอักษร</translation>
        </message>
        <message>
            <source>The version '{value}' is not a whole number from 1 to 1000000.</source>
            <translation>version '{value}' ไม่ใช่จำนวนเต็มตั้งแต่ 1 ถึง 1000000</translation>
        </message>
        <message>
            <source>'{column}' must be a number, not '{value}'.</source>
            <translation>'{column}' ต้องเป็นตัวเลข ไม่ใช่ '{value}'</translation>
        </message>
        <message>
            <source>saphan_mid must be a number above 0, not '{value}'.</source>
            <translation>saphan_mid ต้องเป็นตัวเลขที่มากกว่า 0 ไม่ใช่ '{value}'</translation>
        </message>
        <message>
            <source>The setting '{column}' is missing.</source>
            <translation>ไม่มีการตั้งค่า '{column}'</translation>
        </message>
        <message>
            <source>saphan_result names '{name}', which is not a calculate row.</source>
            <translation>saphan_result ระบุ '{name}' ซึ่งไม่ใช่แถว calculate</translation>
        </message>
        <message>
            <source>The form has no calculate row, so there is no score.</source>
            <translation>แบบฟอร์มไม่มีแถว calculate จึงไม่มีคะแนน</translation>
        </message>
        <message>
            <source>The score's range is unknown: give saphan_min and saphan_max, or bands.</source>
            <translation>ไม่ทราบช่วงของคะแนน กรุณาระบุ saphan_min และ saphan_max หรือ bands</translation>
        </message>
        <message>
            <source>saphan_min must be below saphan_max.</source>
            <translation>saphan_min ต้องน้อยกว่า saphan_max</translation>
        </message>
        <message>
            <source>The code '{value}' must be 2-40 lowercase letters, digits or _, starting with a letter.</source>
            <translation>รหัส '{value}' ต้องเป็นตัวอักษรพิมพ์เล็ก ตัวเลข หรือ _ 2-40 ตัว ขึ้นต้นด้วยตัวอักษร</translation>
        </message>
        <message>
            <source>The code '{value}' is used twice (also on row {other}).</source>
            <translation>รหัส '{value}' ถูกใช้สองครั้ง (อยู่ที่แถว {other} ด้วย)</translation>
        </message>
        <message>
            <source>The band goes from {start} to {end}: 'from' must not be above 'to'.</source>
            <translation>ช่วงนี้เริ่มที่ {start} ถึง {end} แต่ 'from' ต้องไม่มากกว่า 'to'</translation>
        </message>
        <message>
            <source>The band overlaps the band on row {other}.</source>
            <translation>ช่วงนี้ทับซ้อนกับช่วงในแถว {other}</translation>
        </message>
        <message>
            <source>There is a gap between this band and the band on row {other}.</source>
            <translation>มีช่องว่างระหว่างช่วงนี้กับช่วงในแถว {other}</translation>
        </message>
        <message>
            <source>The band lies outside the score's range, {start} to {end}.</source>
            <translation>ช่วงนี้อยู่นอกช่วงคะแนน {start} ถึง {end}</translation>
        </message>
        <message>
            <source>The alert has no 'when' expression.</source>
            <translation>การแจ้งเตือนไม่มีนิพจน์ 'when'</translation>
        </message>
        <message>
            <source>This is not a valid XLSForm: {reason}</source>
            <translation>ไฟล์นี้ไม่ใช่ XLSForm ที่ถูกต้อง: {reason}</translation>
        </message>
        <message>
            <source>'{column}' refers to '{name}', which is worked out only after this row.</source>
            <translation>'{column}' อ้างถึง '{name}' ซึ่งคำนวณหลังแถวนี้</translation>
        </message>
        <message>
            <source>The choice list name '{list}' must be up to 40 letters, digits or _.</source>
            <translation>ชื่อรายการตัวเลือก '{list}' ต้องเป็นตัวอักษร ตัวเลข หรือ _ ไม่เกิน 40 ตัว</translation>
        </message>
        <message>
            <source>The instrument is not valid: {reason}</source>
            <translation>แบบประเมินไม่ถูกต้อง: {reason}</translation>
        </message>
        <message>
            <source>The form was not imported because it has problems. Nothing changed.</source>
            <translation>ไม่ได้นำเข้าแบบฟอร์มเพราะมีปัญหา ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
        </message>
    </context>
    <context>
        <name>FormProblemsDialog</name>
        <message>
            <source>Instrument not imported</source>
            <translation>ไม่ได้นำเข้าแบบประเมิน</translation>
        </message>
        <message>
            <source>{file} was not imported and nothing was changed. Mend these rows in the workbook and import it again.</source>
            <translation>ไม่ได้นำเข้า {file} และไม่มีการเปลี่ยนแปลงใด ๆ กรุณาแก้แถวเหล่านี้ในไฟล์แล้วนำเข้าอีกครั้ง</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>ชีต</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>แถว</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>ปัญหา</translation>
        </message>
        <message>
            <source>(the file)</source>
            <translation>(ทั้งไฟล์)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <source>Add a goal</source>
            <translation>เพิ่มเป้าหมาย</translation>
        </message>
        <message>
            <source>Change the goal</source>
            <translation>แก้ไขเป้าหมาย</translation>
        </message>
        <message>
            <source>Add goal</source>
            <translation>เพิ่มเป้าหมาย</translation>
        </message>
        <message>
            <source>Save goal</source>
            <translation>บันทึกเป้าหมาย</translation>
        </message>
        <message>
            <source>e.g. Sleeps through the night again</source>
            <translation>เช่น กลับมานอนหลับได้ตลอดคืน</translation>
        </message>
        <message>
            <source>Goal *</source>
            <translation>เป้าหมาย *</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>Sessions, assessments and referrals appear here once the person is registered.</source>
            <translation>เซสชัน การประเมิน และการส่งต่อจะแสดงที่นี่เมื่อบุคคลนี้ลงทะเบียนแล้ว</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>กิจกรรม</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>แผนงาน</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>หัวข้อ</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>ผู้ดำเนินกิจกรรม</translation>
        </message>
        <message>
            <source>Assess wellbeing…</source>
            <translation>ประเมินความผาสุก…</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>แบบประเมิน</translation>
        </message>
        <message>
            <source>Phase</source>
            <translation>ระยะ</translation>
        </message>
        <message>
            <source>Raw score</source>
            <translation>คะแนนดิบ</translation>
        </message>
        <message>
            <source>Score (0–100)</source>
            <translation>คะแนน (0–100)</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <source>Refer…</source>
            <translation>ส่งต่อ…</translation>
        </message>
        <message>
            <source>Print slip…</source>
            <translation>พิมพ์ใบส่งต่อ…</translation>
        </message>
        <message>
            <source>A referral slip in the person's language, for the selected referral</source>
            <translation>ใบส่งต่อเป็นภาษาของบุคคลนั้น สำหรับการส่งต่อที่เลือก</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>บริการ</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>องค์กร</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>ความเร่งด่วน</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>Follow up by</source>
            <translation>ติดตามภายใน</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>ผลตอบกลับ</translation>
        </message>
        <message>
            <source>Could not load the history</source>
            <translation>โหลดประวัติไม่ได้</translation>
        </message>
        <message>
            <source>Sessions attended ({count})</source>
            <translation>เซสชันที่เข้าร่วม ({count})</translation>
        </message>
        <message>
            <source>No sessions attended yet.</source>
            <translation>ยังไม่ได้เข้าร่วมเซสชัน</translation>
        </message>
        <message>
            <source>Wellbeing assessments ({count})</source>
            <translation>การประเมินความผาสุก ({count})</translation>
        </message>
        <message>
            <source>No assessments yet.</source>
            <translation>ยังไม่มีการประเมิน</translation>
        </message>
        <message>
            <source>Poor wellbeing: consider follow-up</source>
            <translation>ความผาสุกต่ำ: ควรพิจารณาติดตามผล</translation>
        </message>
        <message>
            <source>Alert: follow up</source>
            <translation>แจ้งเตือน: โปรดติดตามผล</translation>
        </message>
        <message>
            <source>Before/after: a change is shown once there is a “before” and an “after” WHO-5 assessment.</source>
            <translation>ก่อน/หลัง: จะแสดงการเปลี่ยนแปลงเมื่อมีการประเมิน WHO-5 ทั้ง “ก่อน” และ “หลัง”</translation>
        </message>
        <message>
            <source>Before/after (WHO-5): {pre} on {pre_date} → {post} on {post_date}: &lt;b style='color:{colour}'&gt;{sign}{change} points&lt;/b&gt;</source>
            <translation>ก่อน/หลัง (WHO-5): {pre} เมื่อ {pre_date} → {post} เมื่อ {post_date}: &lt;b style='color:{colour}'&gt;{sign}{change} คะแนน&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Referrals ({count})</source>
            <translation>การส่งต่อ ({count})</translation>
        </message>
        <message>
            <source>No referrals yet.</source>
            <translation>ยังไม่มีการส่งต่อ</translation>
        </message>
        <message>
            <source>No referrals yet. The record has no consent to referral.</source>
            <translation>ยังไม่มีการส่งต่อ ระเบียนนี้ยังไม่มีความยินยอมให้ส่งต่อ</translation>
        </message>
        <message>
            <source>{state} on {date}</source>
            <translation>{state} เมื่อ {date}</translation>
        </message>
        <message>
            <source>Status not saved</source>
            <translation>ไม่ได้บันทึกสถานะ</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>การส่งต่อ</translation>
        </message>
        <message>
            <source>Save the referral slip</source>
            <translation>บันทึกใบส่งต่อ</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>เอกสาร Word (*.docx)</translation>
        </message>
        <message>
            <source>Slip not saved</source>
            <translation>ไม่ได้บันทึกใบส่งต่อ</translation>
        </message>
        <message>
            <source>Saphan could not write {path}: {reason}</source>
            <translation>Saphan เขียน {path} ไม่ได้: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>Difficulty seeing</source>
            <translation>ปัญหาการมองเห็น</translation>
        </message>
        <message>
            <source>Difficulty hearing</source>
            <translation>ปัญหาการได้ยิน</translation>
        </message>
        <message>
            <source>Difficulty walking</source>
            <translation>ปัญหาการเดิน</translation>
        </message>
        <message>
            <source>Difficulty remembering</source>
            <translation>ปัญหาการจดจำ</translation>
        </message>
        <message>
            <source>Difficulty with self-care</source>
            <translation>ปัญหาการดูแลตนเอง</translation>
        </message>
        <message>
            <source>Difficulty communicating</source>
            <translation>ปัญหาการสื่อสาร</translation>
        </message>
        <message>
            <source>Name (any script)</source>
            <translation>ชื่อ (อักษรใดก็ได้)</translation>
        </message>
        <message>
            <source>Name (Latin letters)</source>
            <translation>ชื่อ (อักษรละติน)</translation>
        </message>
        <message>
            <source>Name (Myanmar/Thai script)</source>
            <translation>ชื่อ (อักษรเมียนมา/ไทย)</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>เพศ</translation>
        </message>
        <message>
            <source>Date of birth / age</source>
            <translation>วันเกิด / อายุ</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>วันเกิด</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>ปีเกิด</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>อายุ</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>สัญชาติ</translation>
        </message>
        <message>
            <source>Population group</source>
            <translation>กลุ่มประชากร</translation>
        </message>
        <message>
            <source>Documentation</source>
            <translation>เอกสาร</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>พื้นที่</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ภาษา</translation>
        </message>
        <message>
            <source>Consent date</source>
            <translation>วันที่ให้ความยินยอม</translation>
        </message>
        <message>
            <source>Consent: services</source>
            <translation>ความยินยอม: บริการ</translation>
        </message>
        <message>
            <source>Consent: referral</source>
            <translation>ความยินยอม: การส่งต่อ</translation>
        </message>
        <message>
            <source>Consent: data use</source>
            <translation>ความยินยอม: การใช้ข้อมูล</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <source>Washington Group questions</source>
            <translation>คำถาม Washington Group</translation>
        </message>
        <message>
            <source>The date cannot be read. Write it as day/month/year, e.g. 12/03/1990.</source>
            <translation>อ่านวันที่ไม่ได้ กรุณาเขียนเป็น วัน/เดือน/ปี เช่น 12/03/1990</translation>
        </message>
        <message>
            <source>Write Female, Male or Other (or F, M, မ, ကျား, ญ, ช).</source>
            <translation>เขียน Female, Male หรือ Other (หรือ F, M, မ, ကျား, ญ, ช)</translation>
        </message>
        <message>
            <source>This is not one of the choices Saphan knows.</source>
            <translation>ค่านี้ไม่ใช่ตัวเลือกที่ Saphan รู้จัก</translation>
        </message>
        <message>
            <source>This should be a number.</source>
            <translation>ช่องนี้ต้องเป็นตัวเลข</translation>
        </message>
        <message>
            <source>This is the template's example row. Delete it from the file.</source>
            <translation>นี่คือแถวตัวอย่างของแม่แบบ กรุณาลบออกจากไฟล์</translation>
        </message>
        <message>
            <source>Two columns are set to this field.</source>
            <translation>มีสองคอลัมน์ที่ตั้งเป็นช่องนี้</translation>
        </message>
        <message>
            <source>This cell holds an invisible control character. Type the text again in the file, then import it again.</source>
            <translation>ช่องนี้มีอักขระควบคุมที่มองไม่เห็น กรุณาพิมพ์ข้อความในไฟล์ใหม่ แล้วนำเข้าอีกครั้ง</translation>
        </message>
        <message>
            <source>The age must be a number of years, at most 110.</source>
            <translation>อายุต้องเป็นจำนวนปี ไม่เกิน 110</translation>
        </message>
        <message>
            <source>Answer with 1, 2, 3 or 4 (no difficulty … cannot do).</source>
            <translation>ตอบด้วย 1, 2, 3 หรือ 4 (ไม่มีปัญหา … ทำไม่ได้เลย)</translation>
        </message>
        <message>
            <source>{field}: {message}</source>
            <translation>{field}: {message}</translation>
        </message>
        <message>
            <source>Saphan reads Excel (.xlsx) and CSV files. Save an older .xls file as .xlsx in Excel first.</source>
            <translation>Saphan อ่านไฟล์ Excel (.xlsx) และ CSV ได้ กรุณาบันทึกไฟล์ .xls เก่าเป็น .xlsx ใน Excel ก่อน</translation>
        </message>
        <message>
            <source>This file cannot be read as a spreadsheet. Is it open in another program?</source>
            <translation>อ่านไฟล์นี้เป็นตารางไม่ได้ เปิดอยู่ในโปรแกรมอื่นหรือไม่</translation>
        </message>
        <message>
            <source>The file has no sheet of that name.</source>
            <translation>ไฟล์ไม่มีชีตชื่อนั้น</translation>
        </message>
        <message>
            <source>This file is too large to import. Split the list into smaller files.</source>
            <translation>ไฟล์นี้ใหญ่เกินกว่าจะนำเข้าได้ แบ่งรายชื่อเป็นไฟล์ย่อย</translation>
        </message>
        <message>
            <source>No row of column titles was found. The list needs a row with the titles of its columns (e.g. Name, Sex, Date of birth) above the people.</source>
            <translation>ไม่พบแถวชื่อคอลัมน์ รายชื่อต้องมีแถวชื่อคอลัมน์ (เช่น Name, Sex, Date of birth) อยู่เหนือรายชื่อบุคคล</translation>
        </message>
        <message>
            <source>This file cannot be read.</source>
            <translation>อ่านไฟล์นี้ไม่ได้</translation>
        </message>
        <message>
            <source>has problems</source>
            <translation>มีปัญหา</translation>
        </message>
        <message>
            <source>possible duplicate</source>
            <translation>อาจซ้ำ</translation>
        </message>
        <message>
            <source>not ticked</source>
            <translation>ไม่ได้เลือก</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import a list of people</source>
            <translation>นำเข้ารายชื่อบุคคล</translation>
        </message>
    </context>
    <context>
        <name>Instruments</name>
        <message>
            <source>WHO-5 Well-Being Index</source>
            <translation>ดัชนีความผาสุก WHO-5</translation>
        </message>
        <message>
            <source>PHQ-9 Patient Health Questionnaire</source>
            <translation>แบบสอบถามสุขภาพผู้ป่วย PHQ-9</translation>
        </message>
        <message>
            <source>GAD-7 Generalized Anxiety Disorder scale</source>
            <translation>แบบประเมินโรควิตกกังวลทั่วไป GAD-7</translation>
        </message>
        <message>
            <source>Kessler Psychological Distress Scale (K10)</source>
            <translation>แบบวัดความทุกข์ทางใจของ Kessler (K10)</translation>
        </message>
        <message>
            <source>Kessler Psychological Distress Scale (K6)</source>
            <translation>แบบวัดความทุกข์ทางใจของ Kessler (K6)</translation>
        </message>
        <message>
            <source>PSYCHLOPS (Psychological Outcome Profiles)</source>
            <translation>PSYCHLOPS (โปรไฟล์ผลลัพธ์ทางจิตใจ)</translation>
        </message>
        <message>
            <source>Refugee Health Screener-15 (RHS-15)</source>
            <translation>แบบคัดกรองสุขภาพผู้ลี้ภัย 15 ข้อ (RHS-15)</translation>
        </message>
        <message>
            <source>WHODAS 2.0 (12 items)</source>
            <translation>WHODAS 2.0 (12 ข้อ)</translation>
        </message>
    </context>
    <context>
        <name>InstrumentsBox</name>
        <message>
            <source>Instruments</source>
            <translation>แบบประเมิน</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>แบบประเมิน</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>รหัส</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>ฉบับ</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>คำถาม</translation>
        </message>
        <message>
            <source>Import instrument…</source>
            <translation>นำเข้าแบบประเมิน…</translation>
        </message>
        <message>
            <source>Import a questionnaire with its scoring from an XLSForm workbook (.xlsx), as made for KoboToolbox or ODK. A changed form becomes a new version: answers already given keep the version they were given in.</source>
            <translation>นำเข้าแบบสอบถามพร้อมวิธีให้คะแนนจากไฟล์ XLSForm (.xlsx) ที่ทำไว้สำหรับ KoboToolbox หรือ ODK แบบฟอร์มที่เปลี่ยนแปลงจะเป็นฉบับใหม่ คำตอบที่บันทึกไว้แล้วยังคงอยู่กับฉบับเดิม</translation>
        </message>
        <message>
            <source>Choose the XLSForm to import</source>
            <translation>เลือกไฟล์ XLSForm ที่จะนำเข้า</translation>
        </message>
        <message>
            <source>XLSForm workbooks (*.xlsx);;All files (*)</source>
            <translation>ไฟล์ XLSForm (*.xlsx);;ทุกไฟล์ (*)</translation>
        </message>
        <message>
            <source>Instrument not imported</source>
            <translation>ไม่ได้นำเข้าแบบประเมิน</translation>
        </message>
        <message>
            <source>{file} cannot be read.</source>
            <translation>อ่านไฟล์ {file} ไม่ได้</translation>
        </message>
        <message>
            <source>{name} is already imported as version {version}; nothing was changed.</source>
            <translation>{name} นำเข้าไว้แล้วเป็นฉบับ {version} ไม่มีการเปลี่ยนแปลง</translation>
        </message>
        <message>
            <source>Imported {name}: version {version}, {count} questions.</source>
            <translation>นำเข้า {name} แล้ว: ฉบับ {version} มี {count} คำถาม</translation>
        </message>
        <message>
            <source>Instrument imported</source>
            <translation>นำเข้าแบบประเมินแล้ว</translation>
        </message>
    </context>
    <context>
        <name>InviteDialog</name>
        <message>
            <source>Invite a laptop</source>
            <translation>เชิญแล็ปท็อป</translation>
        </message>
        <message>
            <source>The invitation file can travel any way (USB stick, e-mail, chat). The pairing code shown next must be read out in person to whoever sets up the new laptop.</source>
            <translation>ไฟล์คำเชิญส่งไปทางใดก็ได้ (USB อีเมล แชท) แต่รหัสจับคู่ที่แสดงถัดไป ต้องอ่านให้ผู้ที่ตั้งค่าแล็ปท็อปเครื่องใหม่ฟังด้วยตนเอง</translation>
        </message>
        <message>
            <source>e.g. Field laptop</source>
            <translation>เช่น แล็ปท็อปภาคสนาม</translation>
        </message>
        <message>
            <source>Save the invitation</source>
            <translation>บันทึกคำเชิญ</translation>
        </message>
        <message>
            <source>Name of the new laptop</source>
            <translation>ชื่อแล็ปท็อปเครื่องใหม่</translation>
        </message>
        <message>
            <source>Save the invitation as</source>
            <translation>บันทึกคำเชิญเป็น</translation>
        </message>
        <message>
            <source>Invite</source>
            <translation>เชิญ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>Enter a name for the new laptop.</source>
            <translation>กรุณาใส่ชื่อของแล็ปท็อปเครื่องใหม่</translation>
        </message>
        <message>
            <source>Choose where to save the invitation.</source>
            <translation>กรุณาเลือกที่บันทึกคำเชิญ</translation>
        </message>
    </context>
    <context>
        <name>JoinTeamDialog</name>
        <message>
            <source>Join my CSO's team</source>
            <translation>เข้าร่วมทีมขององค์กรของฉัน</translation>
        </message>
        <message>
            <source>Your CSO already uses Saphan on another laptop. Ask its admin for an invitation file and the pairing code (read out in person), and connect this laptop to the team folder. This laptop then gets its own encrypted database with every record of the CSO.</source>
            <translation>องค์กรของคุณใช้ Saphan บนแล็ปท็อปเครื่องอื่นอยู่แล้ว ขอไฟล์คำเชิญและรหัสจับคู่ (อ่านให้ฟังด้วยตนเอง) จากผู้ดูแลระบบ แล้วเชื่อมต่อแล็ปท็อปเครื่องนี้กับโฟลเดอร์ทีม แล็ปท็อปเครื่องนี้จะมีฐานข้อมูลที่เข้ารหัสของตนเองพร้อมระเบียนทั้งหมดขององค์กร</translation>
        </message>
        <message>
            <source>Open the invitation</source>
            <translation>เปิดคำเชิญ</translation>
        </message>
        <message>
            <source>Choose the team folder</source>
            <translation>เลือกโฟลเดอร์ทีม</translation>
        </message>
        <message>
            <source>Invitation file</source>
            <translation>ไฟล์คำเชิญ</translation>
        </message>
        <message>
            <source>Pairing code</source>
            <translation>รหัสจับคู่</translation>
        </message>
        <message>
            <source>Team folder</source>
            <translation>โฟลเดอร์ทีม</translation>
        </message>
        <message>
            <source>Your user name</source>
            <translation>ชื่อผู้ใช้ของคุณ</translation>
        </message>
        <message>
            <source>Your password</source>
            <translation>รหัสผ่านของคุณ</translation>
        </message>
        <message>
            <source>Name of this laptop</source>
            <translation>ชื่อแล็ปท็อปเครื่องนี้</translation>
        </message>
        <message>
            <source>Join the team</source>
            <translation>เข้าร่วมทีม</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>This is the recovery passphrase of this laptop's database. Shown only this once: if every password is forgotten, only this passphrase opens the records on this laptop. Write it down and keep it on paper in a locked place.</source>
            <translation>นี่คือวลีกู้คืนของฐานข้อมูลในแล็ปท็อปเครื่องนี้ แสดงเพียงครั้งนี้ครั้งเดียว: หากลืมรหัสผ่านทั้งหมด มีเพียงวลีนี้ที่เปิดระเบียนในแล็ปท็อปเครื่องนี้ได้ จดไว้และเก็บเป็นกระดาษในที่ที่ล็อกไว้</translation>
        </message>
        <message>
            <source>I have written down the recovery passphrase and will keep it somewhere safe</source>
            <translation>ฉันจดวลีกู้คืนไว้แล้วและจะเก็บไว้ในที่ปลอดภัย</translation>
        </message>
        <message>
            <source>Start Saphan</source>
            <translation>เริ่มใช้ Saphan</translation>
        </message>
        <message>
            <source>Fill in every field.</source>
            <translation>กรุณากรอกทุกช่อง</translation>
        </message>
        <message>
            <source>The invitation file cannot be read. Choose it again.</source>
            <translation>อ่านไฟล์คำเชิญไม่ได้ กรุณาเลือกอีกครั้ง</translation>
        </message>
        <message>
            <source>Joining the team…</source>
            <translation>กำลังเข้าร่วมทีม…</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was written; the invitation can still be used.</source>
            <translation>ยกเลิกแล้ว ไม่ได้เขียนสิ่งใด ยังใช้คำเชิญได้อยู่</translation>
        </message>
        <message>
            <source>This laptop joined the team. People on record: {count}.</source>
            <translation>แล็ปท็อปเครื่องนี้เข้าร่วมทีมแล้ว จำนวนคนในระเบียน: {count}</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>กำลังยกเลิก…</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Female</source>
            <translation>หญิง</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>ชาย</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>อื่น ๆ</translation>
        </message>
        <message>
            <source>New arrival</source>
            <translation>ผู้มาใหม่</translation>
        </message>
        <message>
            <source>Long-term migrant</source>
            <translation>แรงงานข้ามชาติระยะยาว</translation>
        </message>
        <message>
            <source>Host community</source>
            <translation>ชุมชนเจ้าบ้าน</translation>
        </message>
        <message>
            <source>Myanmar</source>
            <translation>เมียนมา</translation>
        </message>
        <message>
            <source>Thai</source>
            <translation>ไทย</translation>
        </message>
        <message>
            <source>Stateless</source>
            <translation>ไร้สัญชาติ</translation>
        </message>
        <message>
            <source>No documents</source>
            <translation>ไม่มีเอกสาร</translation>
        </message>
        <message>
            <source>Pink card</source>
            <translation>บัตรสีชมพู</translation>
        </message>
        <message>
            <source>Passport and visa</source>
            <translation>หนังสือเดินทางและวีซ่า</translation>
        </message>
        <message>
            <source>Border pass</source>
            <translation>บัตรผ่านแดน</translation>
        </message>
        <message>
            <source>Thai ID card</source>
            <translation>บัตรประชาชนไทย</translation>
        </message>
        <message>
            <source>G-code (student)</source>
            <translation>รหัส G (นักเรียน)</translation>
        </message>
        <message>
            <source>Other document</source>
            <translation>เอกสารอื่น</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>ใช้งานอยู่</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>ปิดแล้ว</translation>
        </message>
        <message>
            <source>Children (0–17)</source>
            <translation>เด็ก (0–17)</translation>
        </message>
        <message>
            <source>Adults (18–59)</source>
            <translation>ผู้ใหญ่ (18–59)</translation>
        </message>
        <message>
            <source>Older people (60+)</source>
            <translation>ผู้สูงอายุ (60+)</translation>
        </message>
        <message>
            <source>Under 5 (0–4)</source>
            <translation>ต่ำกว่า 5 ปี (0–4)</translation>
        </message>
        <message>
            <source>5–11</source>
            <translation>5–11</translation>
        </message>
        <message>
            <source>12–17</source>
            <translation>12–17</translation>
        </message>
        <message>
            <source>Admin</source>
            <translation>ผู้ดูแลระบบ</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>เจ้าหน้าที่ดูแลรายกรณี</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>หัวหน้างาน</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>ผู้ดำเนินกิจกรรม</translation>
        </message>
        <message>
            <source>Coordinator</source>
            <translation>ผู้ประสานงาน</translation>
        </message>
        <message>
            <source>Burmese</source>
            <translation>พม่า</translation>
        </message>
        <message>
            <source>S'gaw Karen</source>
            <translation>กะเหรี่ยงสะกอ</translation>
        </message>
        <message>
            <source>English</source>
            <translation>อังกฤษ</translation>
        </message>
        <message>
            <source>Mae Sot town</source>
            <translation>ตัวเมืองแม่สอด</translation>
        </message>
        <message>
            <source>Mae Pa</source>
            <translation>แม่ปะ</translation>
        </message>
        <message>
            <source>Tha Sai Luat</source>
            <translation>ท่าสายลวด</translation>
        </message>
        <message>
            <source>Mae Tao</source>
            <translation>แม่ตาว</translation>
        </message>
        <message>
            <source>Mae Ku</source>
            <translation>แม่กุ</translation>
        </message>
        <message>
            <source>Phra That Pha Daeng</source>
            <translation>พระธาตุผาแดง</translation>
        </message>
        <message>
            <source>Mae Kasa</source>
            <translation>แม่กาษา</translation>
        </message>
        <message>
            <source>Mahawan</source>
            <translation>มหาวัน</translation>
        </message>
        <message>
            <source>Dan Mae Lamao</source>
            <translation>ด่านแม่ละเมา</translation>
        </message>
        <message>
            <source>Do you have difficulty seeing, even if wearing glasses?</source>
            <translation>คุณมีปัญหาในการมองเห็น แม้จะสวมแว่นตาอยู่หรือไม่</translation>
        </message>
        <message>
            <source>Do you have difficulty hearing, even if using a hearing aid?</source>
            <translation>คุณมีปัญหาในการได้ยิน แม้จะใช้เครื่องช่วยฟังอยู่หรือไม่</translation>
        </message>
        <message>
            <source>Do you have difficulty walking or climbing steps?</source>
            <translation>คุณมีปัญหาในการเดินหรือขึ้นบันไดหรือไม่</translation>
        </message>
        <message>
            <source>Do you have difficulty remembering or concentrating?</source>
            <translation>คุณมีปัญหาในการจดจำหรือการมีสมาธิหรือไม่</translation>
        </message>
        <message>
            <source>Do you have difficulty (with self-care such as) washing all over or dressing?</source>
            <translation>คุณมีปัญหาในการ (ดูแลตนเอง เช่น) อาบน้ำทั่วตัวหรือแต่งตัวหรือไม่</translation>
        </message>
        <message>
            <source>Using your usual (customary) language, do you have difficulty communicating, for example understanding or being understood?</source>
            <translation>เมื่อใช้ภาษาที่คุณใช้ตามปกติ คุณมีปัญหาในการสื่อสาร เช่น การเข้าใจผู้อื่นหรือการทำให้ผู้อื่นเข้าใจหรือไม่</translation>
        </message>
        <message>
            <source>No difficulty</source>
            <translation>ไม่มีปัญหา</translation>
        </message>
        <message>
            <source>Some difficulty</source>
            <translation>มีปัญหาบ้าง</translation>
        </message>
        <message>
            <source>A lot of difficulty</source>
            <translation>มีปัญหามาก</translation>
        </message>
        <message>
            <source>Cannot do at all</source>
            <translation>ทำไม่ได้เลย</translation>
        </message>
        <message>
            <source>Not asked</source>
            <translation>ไม่ได้ถาม</translation>
        </message>
        <message>
            <source>Same name, born within a year</source>
            <translation>ชื่อเดียวกัน เกิดห่างกันไม่เกินหนึ่งปี</translation>
        </message>
        <message>
            <source>Similar name, born within a year</source>
            <translation>ชื่อคล้ายกัน เกิดห่างกันไม่เกินหนึ่งปี</translation>
        </message>
        <message>
            <source>Same name in Myanmar/Thai script</source>
            <translation>ชื่อเดียวกันในอักษรเมียนมา/ไทย</translation>
        </message>
        <message>
            <source>Enter the name in Latin letters or in Myanmar/Thai script.</source>
            <translation>กรอกชื่อเป็นอักษรละตินหรืออักษรเมียนมา/ไทย</translation>
        </message>
        <message>
            <source>The date of birth cannot be in the future.</source>
            <translation>วันเกิดต้องไม่เป็นวันในอนาคต</translation>
        </message>
        <message>
            <source>This would make the person older than 110 years. Check the date.</source>
            <translation>วันที่นี้ทำให้บุคคลนี้อายุเกิน 110 ปี กรุณาตรวจสอบวันที่</translation>
        </message>
        <message>
            <source>Enter the date of birth, or tick “estimated” and enter the birth year.</source>
            <translation>กรอกวันเกิด หรือทำเครื่องหมาย “ประมาณ” แล้วกรอกปีเกิด</translation>
        </message>
        <message>
            <source>The consent date cannot be in the future.</source>
            <translation>วันที่ให้ความยินยอมต้องไม่เป็นวันในอนาคต</translation>
        </message>
        <message>
            <source>The consent date cannot be before the person was born.</source>
            <translation>วันที่ให้ความยินยอมต้องไม่อยู่ก่อนวันเกิด</translation>
        </message>
        <message>
            <source>Choose the person's sex.</source>
            <translation>เลือกเพศของบุคคลนี้</translation>
        </message>
        <message>
            <source>Choose the population group.</source>
            <translation>เลือกกลุ่มประชากร</translation>
        </message>
        <message>
            <source>Enter the organisation's name.</source>
            <translation>กรอกชื่อองค์กร</translation>
        </message>
        <message>
            <source>Enter your full name.</source>
            <translation>กรอกชื่อ-นามสกุลของคุณ</translation>
        </message>
        <message>
            <source>Enter a user name.</source>
            <translation>กรอกชื่อผู้ใช้</translation>
        </message>
        <message>
            <source>Say why the case is closed.</source>
            <translation>ระบุเหตุผลที่ปิดกรณีนี้</translation>
        </message>
        <message>
            <source>This user name is already taken. Choose another one.</source>
            <translation>ชื่อผู้ใช้นี้มีผู้ใช้แล้ว กรุณาเลือกชื่ออื่น</translation>
        </message>
        <message>
            <source>Two of your programmes count in the same network programme, so some people would be counted twice. In Settings, under Programmes, map one of them elsewhere.</source>
            <translation>แผนงานสองแผนของคุณนับอยู่ในแผนงานเครือข่ายเดียวกัน บางคนจึงจะถูกนับสองครั้ง ในการตั้งค่า ส่วนแผนงาน ให้เชื่อมแผนงานหนึ่งไปที่อื่น</translation>
        </message>
        <message>
            <source>This field is required.</source>
            <translation>ต้องกรอกช่องนี้</translation>
        </message>
        <message>
            <source>This is too long (at most 200 characters).</source>
            <translation>ยาวเกินไป (ไม่เกิน 200 ตัวอักษร)</translation>
        </message>
        <message>
            <source>This date cannot be in the future.</source>
            <translation>วันที่นี้ต้องไม่เป็นวันในอนาคต</translation>
        </message>
        <message>
            <source>This date is too long ago. Check it.</source>
            <translation>วันที่นี้นานเกินไป กรุณาตรวจสอบ</translation>
        </message>
        <message>
            <source>This date is before the person was born.</source>
            <translation>วันที่นี้อยู่ก่อนวันเกิดของบุคคลนี้</translation>
        </message>
        <message>
            <source>Enter a Thai (e.g. 081 234 5678) or Myanmar (e.g. 09 4512 3456) phone number.</source>
            <translation>กรอกเบอร์โทรไทย (เช่น 081 234 5678) หรือเมียนมา (เช่น 09 4512 3456)</translation>
        </message>
        <message>
            <source>The person must agree to receive services before they can be registered.</source>
            <translation>บุคคลนี้ต้องยินยอมรับบริการก่อนจึงจะลงทะเบียนได้</translation>
        </message>
        <message>
            <source>Enter the date of birth or the birth year.</source>
            <translation>กรอกวันเกิดหรือปีเกิด</translation>
        </message>
        <message>
            <source>Choose one of the answers for each question.</source>
            <translation>เลือกคำตอบหนึ่งข้อสำหรับแต่ละคำถาม</translation>
        </message>
        <message>
            <source>This holds an invisible control character (often from copied text) that cannot be saved. Delete the text and type it again.</source>
            <translation>ช่องนี้มีอักขระควบคุมที่มองไม่เห็น (มักมาจากข้อความที่คัดลอกมา) ซึ่งบันทึกไม่ได้ กรุณาลบข้อความแล้วพิมพ์ใหม่</translation>
        </message>
        <message>
            <source>Use 2 to 12 capital letters or digits, starting with a letter (e.g. BEAM).</source>
            <translation>ใช้อักษรอังกฤษตัวใหญ่หรือตัวเลข 2 ถึง 12 ตัว ขึ้นต้นด้วยตัวอักษร (เช่น BEAM)</translation>
        </message>
        <message>
            <source>Use 2 to 32 small letters, digits, dots, dashes or underscores (e.g. khinmyo).</source>
            <translation>ใช้อักษรอังกฤษตัวเล็ก ตัวเลข จุด ขีด หรือขีดล่าง 2 ถึง 32 ตัว (เช่น khinmyo)</translation>
        </message>
        <message>
            <source>Use at least 10 characters.</source>
            <translation>ใช้อย่างน้อย 10 ตัวอักษร</translation>
        </message>
        <message>
            <source>The password cannot start or end with a space.</source>
            <translation>รหัสผ่านต้องไม่ขึ้นต้นหรือลงท้ายด้วยช่องว่าง</translation>
        </message>
        <message>
            <source>Enter the date as day/month/year, for example 23/11/1990.</source>
            <translation>กรอกวันที่เป็น วัน/เดือน/ปี เช่น 23/11/1990</translation>
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation>รหัสผ่านทั้งสองไม่ตรงกัน</translation>
        </message>
        <message>
            <source>This user name is already taken.</source>
            <translation>ชื่อผู้ใช้นี้มีผู้ใช้แล้ว</translation>
        </message>
        <message>
            <source>This is the only active admin. Make another account an admin first, so someone can still manage the CSO.</source>
            <translation>นี่คือผู้ดูแลระบบคนเดียวที่ใช้งานอยู่ กรุณาตั้งบัญชีอื่นเป็นผู้ดูแลระบบก่อน เพื่อให้ยังมีผู้จัดการองค์กรได้</translation>
        </message>
        <message>
            <source>You cannot disable your own account. Ask another admin to do it.</source>
            <translation>คุณไม่สามารถปิดบัญชีของตัวเองได้ กรุณาให้ผู้ดูแลระบบคนอื่นทำ</translation>
        </message>
        <message>
            <source>Check this field.</source>
            <translation>กรุณาตรวจสอบช่องนี้</translation>
        </message>
        <message>
            <source>The disk is full. Free some space and try again.</source>
            <translation>ดิสก์เต็ม กรุณาเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง</translation>
        </message>
        <message>
            <source>Saphan cannot write to this folder: it is read-only or you do not have permission.</source>
            <translation>Saphan เขียนลงโฟลเดอร์นี้ไม่ได้ เพราะเป็นแบบอ่านอย่างเดียวหรือคุณไม่มีสิทธิ์</translation>
        </message>
        <message>
            <source>Saphan cannot open the database file. Check that the drive is connected.</source>
            <translation>Saphan เปิดไฟล์ฐานข้อมูลไม่ได้ กรุณาตรวจสอบว่าเชื่อมต่อไดรฟ์อยู่</translation>
        </message>
        <message>
            <source>Saphan could not write to the disk. Check the drive and try again.</source>
            <translation>Saphan เขียนลงดิสก์ไม่ได้ กรุณาตรวจสอบไดรฟ์แล้วลองอีกครั้ง</translation>
        </message>
        <message>
            <source>Two of your programmes count in the same network programme, so their people would be counted twice. In Settings → Programmes, map one of them elsewhere.</source>
            <translation>แผนงานสองแผนของคุณนับรวมในแผนงานเดียวกันของเครือข่าย ทำให้นับคนซ้ำสองครั้ง ไปที่ การตั้งค่า → แผนงาน แล้วจับคู่แผนใดแผนหนึ่งไปที่อื่น</translation>
        </message>
        <message>
            <source>This person has withdrawn consent to services, so their record is restricted: no new sessions or referrals can be recorded for them. If they give consent again, record it on the Consent tab of their record first.</source>
            <translation>บุคคลนี้ถอนความยินยอมรับบริการแล้ว ระเบียนจึงถูกจำกัด บันทึกเซสชันหรือการส่งต่อใหม่ไม่ได้ หากบุคคลนี้ให้ความยินยอมอีกครั้ง กรุณาบันทึกในแท็บความยินยอมของระเบียนก่อน</translation>
        </message>
        <message>
            <source>Referral feedback from another CSO could not be used: it is not addressed to this CSO, not signed by the CSO that sent it, or damaged. Nothing was changed.</source>
            <translation>ใช้ข้อมูลตอบกลับการส่งต่อจากองค์กรอื่นไม่ได้: ไม่ได้ส่งถึงองค์กรนี้ ไม่ได้ลงนามโดยองค์กรที่ส่ง หรือข้อมูลเสียหาย ไม่มีสิ่งใดถูกเปลี่ยนแปลง</translation>
        </message>
        <message>
            <source>This is not a referral code. Check it against the slip and type it again.</source>
            <translation>นี่ไม่ใช่รหัสการส่งต่อ กรุณาตรวจกับใบส่งต่อแล้วพิมพ์ใหม่</translation>
        </message>
        <message>
            <source>Type the code on the referral slip, or scan its QR code.</source>
            <translation>พิมพ์รหัสบนใบส่งต่อ หรือสแกนคิวอาร์โค้ดของใบส่งต่อ</translation>
        </message>
        <message>
            <source>This is not the shape of a referral code: a CSO's code, then eight letters and digits, like BEAM-7K3Q-9XZF. Check it against the slip.</source>
            <translation>รูปแบบนี้ไม่ใช่รหัสการส่งต่อ: ต้องเป็นรหัสองค์กร ตามด้วยตัวอักษรและตัวเลขแปดตัว เช่น BEAM-7K3Q-9XZF กรุณาตรวจกับใบส่งต่อ</translation>
        </message>
        <message>
            <source>This code has a mistake: a character is wrong or two are swapped. Check it against the slip, character by character.</source>
            <translation>รหัสนี้มีข้อผิดพลาด: มีตัวอักษรผิดหนึ่งตัว หรือสองตัวสลับกัน กรุณาตรวจกับใบส่งต่อทีละตัวอักษร</translation>
        </message>
        <message>
            <source>This code was made by your own CSO: it is a referral you sent, not one you received.</source>
            <translation>รหัสนี้ออกโดยองค์กรของคุณเอง: เป็นการส่งต่อที่คุณส่งออกไป ไม่ใช่ที่คุณได้รับ</translation>
        </message>
        <message>
            <source>This code has been recorded already. Find it in the list of referrals received.</source>
            <translation>รหัสนี้ถูกบันทึกไว้แล้ว ดูได้ในรายการการส่งต่อที่ได้รับ</translation>
        </message>
        <message>
            <source>This person already has an open or on-hold case in this service line. Work in that case, or close it first.</source>
            <translation>บุคคลนี้มีกรณีที่เปิดอยู่หรือพักไว้ในสายบริการนี้แล้ว ให้ทำงานในกรณีนั้น หรือปิดกรณีนั้นก่อน</translation>
        </message>
        <message>
            <source>This folder does not exist. Choose another folder.</source>
            <translation>ไม่มีโฟลเดอร์นี้ กรุณาเลือกโฟลเดอร์อื่น</translation>
        </message>
        <message>
            <source>Another Saphan window or command is changing this database right now. Try again in a moment.</source>
            <translation>หน้าต่างหรือคำสั่งอื่นของ Saphan กำลังเปลี่ยนแปลงฐานข้อมูลนี้อยู่ กรุณาลองอีกครั้งในอีกสักครู่</translation>
        </message>
        <message>
            <source>This file is not a Saphan backup.</source>
            <translation>ไฟล์นี้ไม่ใช่ไฟล์สำรองข้อมูลของ Saphan</translation>
        </message>
        <message>
            <source>This backup is damaged and cannot be restored. Try another copy of the backup.</source>
            <translation>ไฟล์สำรองนี้เสียหายและกู้คืนไม่ได้ กรุณาลองใช้ไฟล์สำรองชุดอื่น</translation>
        </message>
        <message>
            <source>The user name, password or recovery passphrase does not open this backup. Use the ones that were valid when the backup was made.</source>
            <translation>ชื่อผู้ใช้ รหัสผ่าน หรือวลีกู้คืนนี้เปิดไฟล์สำรองนี้ไม่ได้ กรุณาใช้ข้อมูลที่ใช้ได้ในตอนที่สำรองข้อมูล</translation>
        </message>
        <message>
            <source>This backup was made by a newer version of Saphan. Update Saphan, then restore it.</source>
            <translation>ไฟล์สำรองนี้สร้างด้วย Saphan รุ่นใหม่กว่า กรุณาอัปเดต Saphan แล้วจึงกู้คืน</translation>
        </message>
        <message>
            <source>This backup belongs to another organisation. It was not restored over this organisation's data.</source>
            <translation>ไฟล์สำรองนี้เป็นขององค์กรอื่น จึงไม่ได้กู้คืนทับข้อมูลขององค์กรนี้</translation>
        </message>
        <message>
            <source>This backup cannot be restored.</source>
            <translation>ไม่สามารถกู้คืนไฟล์สำรองนี้ได้</translation>
        </message>
        <message>
            <source>This computer has no secure password store, so Saphan cannot remember you. Your password is never saved in a file.</source>
            <translation>คอมพิวเตอร์เครื่องนี้ไม่มีที่เก็บรหัสผ่านที่ปลอดภัย Saphan จึงจำคุณไม่ได้ รหัสผ่านของคุณจะไม่ถูกบันทึกลงไฟล์</translation>
        </message>
        <message>
            <source>The user name or password is wrong.</source>
            <translation>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง</translation>
        </message>
        <message>
            <source>This account has been disabled. Ask your CSO's admin.</source>
            <translation>บัญชีนี้ถูกปิดใช้งาน กรุณาติดต่อผู้ดูแลระบบขององค์กร</translation>
        </message>
        <message>
            <source>The database is here, but its key file {file} is missing, so it cannot be opened. Copy the key file back into {folder}, or take it from a backup with the command saphan restore --key-file-only (this keeps everything entered since the backup). Ask your CSO's admin for help.</source>
            <translation>ฐานข้อมูลยังอยู่ แต่ไฟล์กุญแจ {file} หายไป จึงเปิดฐานข้อมูลไม่ได้ กรุณาคัดลอกไฟล์กุญแจกลับไปไว้ใน {folder} หรือนำไฟล์กุญแจจากไฟล์สำรองด้วยคำสั่ง saphan restore --key-file-only (ข้อมูลที่บันทึกหลังการสำรองจะยังอยู่ครบ) หรือขอความช่วยเหลือจากผู้ดูแลระบบขององค์กร</translation>
        </message>
        <message>
            <source>The key file next to the database is damaged, so the database cannot be opened. Take the key file from a backup with the command saphan restore --key-file-only (this keeps everything entered since the backup), or ask your CSO's admin for help.</source>
            <translation>ไฟล์กุญแจที่อยู่ข้างฐานข้อมูลเสียหาย จึงเปิดฐานข้อมูลไม่ได้ กรุณานำไฟล์กุญแจจากไฟล์สำรองด้วยคำสั่ง saphan restore --key-file-only (ข้อมูลที่บันทึกหลังการสำรองจะยังอยู่ครบ) หรือขอความช่วยเหลือจากผู้ดูแลระบบขององค์กร</translation>
        </message>
        <message>
            <source>The database cannot be opened: it may be damaged. Restore it from a backup, or ask your CSO's admin for help.</source>
            <translation>เปิดฐานข้อมูลไม่ได้ อาจเสียหาย กรุณากู้คืนจากไฟล์สำรอง หรือขอความช่วยเหลือจากผู้ดูแลระบบขององค์กร</translation>
        </message>
        <message>
            <source>No Saphan database was found in this place.</source>
            <translation>ไม่พบฐานข้อมูล Saphan ในตำแหน่งนี้</translation>
        </message>
        <message>
            <source>A Saphan database already exists here. Sign in to it instead.</source>
            <translation>มีฐานข้อมูล Saphan อยู่ที่นี่แล้ว กรุณาเข้าสู่ระบบแทน</translation>
        </message>
        <message>
            <source>This database was written by a newer version of Saphan. Update Saphan to open it.</source>
            <translation>ฐานข้อมูลนี้เขียนด้วย Saphan รุ่นใหม่กว่า กรุณาอัปเดต Saphan เพื่อเปิดฐานข้อมูลนี้</translation>
        </message>
        <message>
            <source>Your role does not allow this. Ask your CSO's admin.</source>
            <translation>บทบาทของคุณทำสิ่งนี้ไม่ได้ กรุณาติดต่อผู้ดูแลระบบขององค์กร</translation>
        </message>
        <message>
            <source>This CSO is not in a network yet: months are closed against the network's reporting period. Get the network file from the coordinator first.</source>
            <translation>องค์กรนี้ยังไม่ได้อยู่ในเครือข่าย: การปิดเดือนอิงตามช่วงรายงานของเครือข่าย โปรดรับไฟล์เครือข่ายจากผู้ประสานงานก่อน</translation>
        </message>
        <message>
            <source>That month is not in the network's reporting period.</source>
            <translation>เดือนนั้นไม่อยู่ในช่วงรายงานของเครือข่าย</translation>
        </message>
        <message>
            <source>A month can be closed only after it has ended.</source>
            <translation>ปิดเดือนได้หลังจากสิ้นเดือนแล้วเท่านั้น</translation>
        </message>
        <message>
            <source>That month is closed already. To change its figures, reopen it.</source>
            <translation>เดือนนั้นปิดแล้ว หากต้องการเปลี่ยนตัวเลข ให้เปิดใหม่</translation>
        </message>
        <message>
            <source>That month is not closed.</source>
            <translation>เดือนนั้นยังไม่ได้ปิด</translation>
        </message>
        <message>
            <source>The months could not be closed or reopened. Nothing changed.</source>
            <translation>ปิดหรือเปิดเดือนใหม่ไม่ได้ ไม่มีสิ่งใดเปลี่ยนแปลง</translation>
        </message>
        <message>
            <source>Someone else closed or reopened months meanwhile. Try again.</source>
            <translation>ระหว่างนี้มีผู้อื่นปิดหรือเปิดเดือนใหม่ โปรดลองอีกครั้ง</translation>
        </message>
        <message>
            <source>You may not see this part of the person's record: they are not in one of your cases.</source>
            <translation>คุณไม่มีสิทธิ์ดูส่วนนี้ของระเบียน: บุคคลนี้ไม่ได้อยู่ในเคสของคุณ</translation>
        </message>
        <message>
            <source>This record no longer exists. Someone may have deleted it meanwhile.</source>
            <translation>ไม่มีระเบียนนี้แล้ว อาจมีผู้ลบไปในระหว่างนี้</translation>
        </message>
        <message>
            <source>Some fields need attention:</source>
            <translation>บางช่องต้องตรวจสอบ:</translation>
        </message>
        <message>
            <source>Something went wrong. Try again; if it happens again, ask your CSO's admin.</source>
            <translation>เกิดข้อผิดพลาด กรุณาลองอีกครั้ง หากยังเกิดอีก กรุณาติดต่อผู้ดูแลระบบขององค์กร</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>เพิ่ม</translation>
        </message>
        <message>
            <source>Opened record</source>
            <translation>เปิดดูระเบียน</translation>
        </message>
        <message>
            <source>Changed record</source>
            <translation>แก้ไขระเบียน</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <source>Restored</source>
            <translation>กู้คืน</translation>
        </message>
        <message>
            <source>Erased permanently</source>
            <translation>ลบถาวร</translation>
        </message>
        <message>
            <source>Exported</source>
            <translation>ส่งออก</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>สำรองข้อมูล</translation>
        </message>
        <message>
            <source>Signed in</source>
            <translation>เข้าสู่ระบบ</translation>
        </message>
        <message>
            <source>Set up Saphan</source>
            <translation>ตั้งค่า Saphan</translation>
        </message>
        <message>
            <source>Recovered admin access</source>
            <translation>กู้คืนสิทธิ์ผู้ดูแลระบบ</translation>
        </message>
        <message>
            <source>Added staff account</source>
            <translation>เพิ่มบัญชีเจ้าหน้าที่</translation>
        </message>
        <message>
            <source>Changed role</source>
            <translation>เปลี่ยนบทบาท</translation>
        </message>
        <message>
            <source>Disabled staff account</source>
            <translation>ปิดบัญชีเจ้าหน้าที่</translation>
        </message>
        <message>
            <source>Reset password</source>
            <translation>ตั้งรหัสผ่านใหม่</translation>
        </message>
        <message>
            <source>Closed case</source>
            <translation>ปิดกรณี</translation>
        </message>
        <message>
            <source>Reopened case</source>
            <translation>เปิดกรณีอีกครั้ง</translation>
        </message>
        <message>
            <source>Remember me turned on</source>
            <translation>เปิดใช้ “จดจำฉัน”</translation>
        </message>
        <message>
            <source>Changed own password</source>
            <translation>เปลี่ยนรหัสผ่านของตนเอง</translation>
        </message>
        <message>
            <source>Changed a setting</source>
            <translation>เปลี่ยนการตั้งค่า</translation>
        </message>
        <message>
            <source>Recorded attendance</source>
            <translation>บันทึกการเข้าร่วม</translation>
        </message>
        <message>
            <source>Changed status</source>
            <translation>เปลี่ยนสถานะ</translation>
        </message>
        <message>
            <source>Recorded a referral received</source>
            <translation>บันทึกการรับส่งต่อ</translation>
        </message>
        <message>
            <source>Referral feedback arrived</source>
            <translation>ได้รับผลการส่งต่อกลับมา</translation>
        </message>
        <message>
            <source>Worked out again who was reached when</source>
            <translation>คำนวณใหม่ว่าเข้าถึงใครเมื่อใด</translation>
        </message>
        <message>
            <source>Imported a list</source>
            <translation>นำเข้ารายชื่อ</translation>
        </message>
        <message>
            <source>Opened a case</source>
            <translation>เปิดกรณี</translation>
        </message>
        <message>
            <source>Put a case on hold</source>
            <translation>พักกรณีไว้</translation>
        </message>
        <message>
            <source>Closed a case</source>
            <translation>ปิดกรณี</translation>
        </message>
        <message>
            <source>Reopened a case</source>
            <translation>เปิดกรณีใหม่</translation>
        </message>
        <message>
            <source>Set the next contact</source>
            <translation>กำหนดวันติดต่อครั้งถัดไป</translation>
        </message>
        <message>
            <source>Transferred a case</source>
            <translation>โอนกรณี</translation>
        </message>
        <message>
            <source>Transferred all cases of a staff member</source>
            <translation>โอนกรณีทั้งหมดของเจ้าหน้าที่</translation>
        </message>
        <message>
            <source>Shared a case</source>
            <translation>แบ่งปันกรณี</translation>
        </message>
        <message>
            <source>Stopped sharing a case</source>
            <translation>หยุดแบ่งปันกรณี</translation>
        </message>
        <message>
            <source>Added a goal</source>
            <translation>เพิ่มเป้าหมาย</translation>
        </message>
        <message>
            <source>Changed a goal</source>
            <translation>แก้ไขเป้าหมาย</translation>
        </message>
        <message>
            <source>Removed a goal</source>
            <translation>ลบเป้าหมาย</translation>
        </message>
        <message>
            <source>Added an action</source>
            <translation>เพิ่มสิ่งที่ต้องทำ</translation>
        </message>
        <message>
            <source>Changed an action</source>
            <translation>แก้ไขสิ่งที่ต้องทำ</translation>
        </message>
        <message>
            <source>Marked an action done</source>
            <translation>ทำเครื่องหมายว่าสิ่งที่ต้องทำเสร็จแล้ว</translation>
        </message>
        <message>
            <source>Marked an action not done</source>
            <translation>ทำเครื่องหมายว่าสิ่งที่ต้องทำยังไม่เสร็จ</translation>
        </message>
        <message>
            <source>Removed an action</source>
            <translation>ลบสิ่งที่ต้องทำ</translation>
        </message>
        <message>
            <source>Added a service line</source>
            <translation>เพิ่มสายบริการ</translation>
        </message>
        <message>
            <source>Removed a service line</source>
            <translation>ลบสายบริการ</translation>
        </message>
        <message>
            <source>Broke the glass (read a record outside own cases)</source>
            <translation>เปิดดูกรณีฉุกเฉิน (อ่านระเบียนนอกเคสของตน)</translation>
        </message>
        <message>
            <source>Wrote a participant's note</source>
            <translation>เขียนบันทึกของผู้เข้าร่วม</translation>
        </message>
        <message>
            <source>Read a record's change history</source>
            <translation>อ่านประวัติการเปลี่ยนแปลงของระเบียน</translation>
        </message>
        <message>
            <source>Changed</source>
            <translation>แก้ไข</translation>
        </message>
        <message>
            <source>Turned on</source>
            <translation>เปิดใช้</translation>
        </message>
        <message>
            <source>Turned off</source>
            <translation>ปิดใช้</translation>
        </message>
        <message>
            <source>Copied a plan</source>
            <translation>คัดลอกแผน</translation>
        </message>
        <message>
            <source>Started a plan from a template</source>
            <translation>เริ่มแผนจากแม่แบบ</translation>
        </message>
        <message>
            <source>Saved a plan as a template</source>
            <translation>บันทึกแผนเป็นแม่แบบ</translation>
        </message>
        <message>
            <source>Added the templates that come with Saphan</source>
            <translation>เพิ่มแม่แบบที่มาพร้อมกับ Saphan</translation>
        </message>
        <message>
            <source>Added participants</source>
            <translation>เพิ่มผู้เข้าร่วม</translation>
        </message>
        <message>
            <source>Removed participants</source>
            <translation>นำผู้เข้าร่วมออก</translation>
        </message>
        <message>
            <source>Made a signing key</source>
            <translation>สร้างกุญแจลงนาม</translation>
        </message>
        <message>
            <source>Prepared figures to share</source>
            <translation>เตรียมตัวเลขเพื่อแบ่งปัน</translation>
        </message>
        <message>
            <source>Added demo data</source>
            <translation>เพิ่มข้อมูลตัวอย่าง</translation>
        </message>
        <message>
            <source>Exported everything about a person</source>
            <translation>ส่งออกข้อมูลทั้งหมดของบุคคล</translation>
        </message>
        <message>
            <source>Added a kind of consent</source>
            <translation>เพิ่มประเภทความยินยอม</translation>
        </message>
        <message>
            <source>Renamed a kind of consent</source>
            <translation>เปลี่ยนชื่อประเภทความยินยอม</translation>
        </message>
        <message>
            <source>Recorded consent given</source>
            <translation>บันทึกการให้ความยินยอม</translation>
        </message>
        <message>
            <source>Recorded consent withdrawn</source>
            <translation>บันทึกการถอนความยินยอม</translation>
        </message>
        <message>
            <source>Closed months as reported</source>
            <translation>ปิดเดือนที่รายงานแล้ว</translation>
        </message>
        <message>
            <source>Reopened a month</source>
            <translation>เปิดเดือนอีกครั้ง</translation>
        </message>
        <message>
            <source>Made this laptop a team</source>
            <translation>ตั้งทีมจากแล็ปท็อปเครื่องนี้</translation>
        </message>
        <message>
            <source>Invited a laptop to the team</source>
            <translation>เชิญแล็ปท็อปเข้าทีม</translation>
        </message>
        <message>
            <source>Removed a laptop from the team</source>
            <translation>นำแล็ปท็อปออกจากทีม</translation>
        </message>
        <message>
            <source>Kept this laptop's version of a change</source>
            <translation>เก็บฉบับของแล็ปท็อปเครื่องนี้ไว้</translation>
        </message>
        <message>
            <source>Took the other laptop's version</source>
            <translation>ใช้ฉบับของแล็ปท็อปอีกเครื่อง</translation>
        </message>
        <message>
            <source>Marked a task done</source>
            <translation>ทำเครื่องหมายว่างานเสร็จแล้ว</translation>
        </message>
        <message>
            <source>Put a task off</source>
            <translation>เลื่อนงานออกไป</translation>
        </message>
        <message>
            <source>Dismissed a task</source>
            <translation>ปิดงานโดยไม่ทำ</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <source>Staff account</source>
            <translation>บัญชีเจ้าหน้าที่</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>การตั้งค่า</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>องค์กร</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>เซสชัน</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>แผนงาน</translation>
        </message>
        <message>
            <source>Activity type</source>
            <translation>ประเภทกิจกรรม</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>การส่งต่อ</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>การประเมิน</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>บริการ</translation>
        </message>
        <message>
            <source>People</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>กรณี</translation>
        </message>
        <message>
            <source>Case goal</source>
            <translation>เป้าหมายของกรณี</translation>
        </message>
        <message>
            <source>Case action</source>
            <translation>สิ่งที่ต้องทำของกรณี</translation>
        </message>
        <message>
            <source>Session plan</source>
            <translation>แผนเซสชัน</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>โครงการ</translation>
        </message>
        <message>
            <source>Questionnaire</source>
            <translation>แบบสอบถาม</translation>
        </message>
        <message>
            <source>Own field</source>
            <translation>ช่องข้อมูลของตนเอง</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>ทีม</translation>
        </message>
        <message>
            <source>Months</source>
            <translation>เดือน</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>เครือข่าย</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>งาน</translation>
        </message>
        <message>
            <source>Counselling</source>
            <translation>การให้คำปรึกษา</translation>
        </message>
        <message>
            <source>Psychological first aid</source>
            <translation>การปฐมพยาบาลทางใจ</translation>
        </message>
        <message>
            <source>Case follow-up</source>
            <translation>การติดตามกรณี</translation>
        </message>
        <message>
            <source>MHPSS group session</source>
            <translation>เซสชันกลุ่มสุขภาพจิตและจิตสังคม</translation>
        </message>
        <message>
            <source>Social-protection awareness</source>
            <translation>การสร้างความรู้เรื่องการคุ้มครองทางสังคม</translation>
        </message>
        <message>
            <source>Thai class</source>
            <translation>ชั้นเรียนภาษาไทย</translation>
        </message>
        <message>
            <source>Vocational training</source>
            <translation>การฝึกอาชีพ</translation>
        </message>
        <message>
            <source>Youth activity</source>
            <translation>กิจกรรมเยาวชน</translation>
        </message>
        <message>
            <source>Women's safe-space meeting</source>
            <translation>การพบปะในพื้นที่ปลอดภัยของผู้หญิง</translation>
        </message>
        <message>
            <source>Participatory project session</source>
            <translation>เซสชันโครงการแบบมีส่วนร่วม</translation>
        </message>
        <message>
            <source>Before (pre)</source>
            <translation>ก่อน (pre)</translation>
        </message>
        <message>
            <source>Midway (mid)</source>
            <translation>ระหว่าง (mid)</translation>
        </message>
        <message>
            <source>After (post)</source>
            <translation>หลัง (post)</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>ส่งแล้ว</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>รับแล้ว</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>เสร็จสิ้น</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>ปฏิเสธ</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>ได้รับแล้ว</translation>
        </message>
        <message>
            <source>Served</source>
            <translation>ให้บริการแล้ว</translation>
        </message>
        <message>
            <source>Not served</source>
            <translation>ไม่ได้ให้บริการ</translation>
        </message>
        <message>
            <source>Could not contact</source>
            <translation>ติดต่อไม่ได้</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>ปกติ</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>เร่งด่วน</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>ฉุกเฉิน</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>วันที่ต้องไม่เป็นวันในอนาคต</translation>
        </message>
        <message>
            <source>Enter the date, for example 23/11/2026.</source>
            <translation>กรอกวันที่ เช่น 23/11/2026</translation>
        </message>
        <message>
            <source>The duration must be between 1 minute and 8 hours.</source>
            <translation>ระยะเวลาต้องอยู่ระหว่าง 1 นาทีถึง 8 ชั่วโมง</translation>
        </message>
        <message>
            <source>An individual session is with one person only.</source>
            <translation>เซสชันรายบุคคลมีได้เพียงหนึ่งคน</translation>
        </message>
        <message>
            <source>Someone on the list was deleted meanwhile. Remove them and save again.</source>
            <translation>มีบางคนในรายชื่อถูกลบไปแล้ว กรุณานำออกแล้วบันทึกอีกครั้ง</translation>
        </message>
        <message>
            <source>Add at least one person who came.</source>
            <translation>เพิ่มผู้ที่มาเข้าร่วมอย่างน้อยหนึ่งคน</translation>
        </message>
        <message>
            <source>A participant's note is only for someone on the attendance list.</source>
            <translation>บันทึกของผู้เข้าร่วมใช้ได้เฉพาะกับผู้ที่อยู่ในรายชื่อผู้เข้าร่วมเท่านั้น</translation>
        </message>
        <message>
            <source>Participants' notes are for group sessions.</source>
            <translation>บันทึกของผู้เข้าร่วมใช้สำหรับกิจกรรมกลุ่ม</translation>
        </message>
        <message>
            <source>A participant's note is too long (at most 5,000 characters).</source>
            <translation>บันทึกของผู้เข้าร่วมยาวเกินไป (ไม่เกิน 5,000 ตัวอักษร)</translation>
        </message>
        <message>
            <source>The reason is too long (at most 500 characters).</source>
            <translation>เหตุผลยาวเกินไป (ไม่เกิน 500 ตัวอักษร)</translation>
        </message>
        <message>
            <source>Choose the person this session was with.</source>
            <translation>เลือกบุคคลที่ร่วมเซสชันนี้</translation>
        </message>
        <message>
            <source>Choose the programme.</source>
            <translation>เลือกแผนงาน</translation>
        </message>
        <message>
            <source>Choose an area of the network's list.</source>
            <translation>เลือกพื้นที่จากรายการของเครือข่าย</translation>
        </message>
        <message>
            <source>The topic is too long (at most 300 characters).</source>
            <translation>หัวข้อยาวเกินไป (ไม่เกิน 300 ตัวอักษร)</translation>
        </message>
        <message>
            <source>Answer every question.</source>
            <translation>ตอบทุกคำถาม</translation>
        </message>
        <message>
            <source>Say why the person is referred.</source>
            <translation>ระบุเหตุผลที่ส่งต่อบุคคลนี้</translation>
        </message>
        <message>
            <source>Choose the service.</source>
            <translation>เลือกบริการ</translation>
        </message>
        <message>
            <source>Confirm that the person agreed to this referral.</source>
            <translation>ยืนยันว่าบุคคลนี้ยินยอมให้ส่งต่อ</translation>
        </message>
        <message>
            <source>This person's record has no consent to referral. Record their consent on the Consent tab first.</source>
            <translation>ระเบียนของบุคคลนี้ยังไม่มีความยินยอมให้ส่งต่อ กรุณาบันทึกความยินยอมในแท็บ “ความยินยอม” ก่อน</translation>
        </message>
        <message>
            <source>The follow-up date cannot be before the referral.</source>
            <translation>วันติดตามผลต้องไม่อยู่ก่อนวันส่งต่อ</translation>
        </message>
        <message>
            <source>Enter the organisation and the name of the service.</source>
            <translation>กรอกองค์กรและชื่อบริการ</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>วางแผนไว้</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>ยกเลิกแล้ว</translation>
        </message>
        <message>
            <source>Welcome</source>
            <translation>ต้อนรับ</translation>
        </message>
        <message>
            <source>Energiser</source>
            <translation>กิจกรรมละลายพฤติกรรม</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>กิจกรรม</translation>
        </message>
        <message>
            <source>Discussion</source>
            <translation>การอภิปราย</translation>
        </message>
        <message>
            <source>Reflection</source>
            <translation>การทบทวน</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>ปิดท้าย</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>การประเมินผล</translation>
        </message>
        <message>
            <source>Burmese (မြန်မာ)</source>
            <translation>พม่า (မြန်မာ)</translation>
        </message>
        <message>
            <source>Thai (ไทย)</source>
            <translation>ไทย</translation>
        </message>
        <message>
            <source>Step {step} needs a title.</source>
            <translation>ขั้นตอนที่ {step} ต้องมีชื่อ</translation>
        </message>
        <message>
            <source>The title of step {step} is too long (at most 300 characters).</source>
            <translation>ชื่อของขั้นตอนที่ {step} ยาวเกินไป (ไม่เกิน 300 ตัวอักษร)</translation>
        </message>
        <message>
            <source>Step {step} must take between 1 minute and 8 hours.</source>
            <translation>ขั้นตอนที่ {step} ต้องใช้เวลาระหว่าง 1 นาทีถึง 8 ชั่วโมง</translation>
        </message>
        <message>
            <source>Choose what kind of step step {step} is.</source>
            <translation>เลือกประเภทของขั้นตอนที่ {step}</translation>
        </message>
        <message>
            <source>A text of step {step} holds an invisible control character (often from copied text). Delete that text and type it again.</source>
            <translation>ข้อความในขั้นตอนที่ {step} มีอักขระควบคุมที่มองไม่เห็น (มักมาจากข้อความที่คัดลอกมา) กรุณาลบข้อความนั้นแล้วพิมพ์ใหม่</translation>
        </message>
        <message>
            <source>Check step {step}.</source>
            <translation>กรุณาตรวจสอบขั้นตอนที่ {step}</translation>
        </message>
        <message>
            <source>Enter a title.</source>
            <translation>กรอกชื่อเรื่อง</translation>
        </message>
        <message>
            <source>The title is too long (at most 300 characters).</source>
            <translation>ชื่อเรื่องยาวเกินไป (ไม่เกิน 300 ตัวอักษร)</translation>
        </message>
        <message>
            <source>The session number must be between 1 and 999.</source>
            <translation>หมายเลขเซสชันต้องอยู่ระหว่าง 1 ถึง 999</translation>
        </message>
        <message>
            <source>The planned duration must be between 5 minutes and 8 hours.</source>
            <translation>ระยะเวลาที่วางแผนต้องอยู่ระหว่าง 5 นาทีถึง 8 ชั่วโมง</translation>
        </message>
        <message>
            <source>A plan can have at most 40 steps.</source>
            <translation>แผนหนึ่งมีได้ไม่เกิน 40 ขั้นตอน</translation>
        </message>
        <message>
            <source>The end date cannot be before the start date.</source>
            <translation>วันสิ้นสุดต้องไม่อยู่ก่อนวันเริ่มต้น</translation>
        </message>
        <message>
            <source>The project was deleted meanwhile. Close this plan and reopen the project.</source>
            <translation>โครงการถูกลบไปแล้ว กรุณาปิดแผนนี้แล้วเปิดโครงการอีกครั้ง</translation>
        </message>
        <message>
            <source>This plan is not a template.</source>
            <translation>แผนนี้ไม่ใช่แม่แบบ</translation>
        </message>
        <message>
            <source>An objective holds an invisible control character (often from copied text). Delete it and type it again.</source>
            <translation>วัตถุประสงค์ข้อหนึ่งมีอักขระควบคุมที่มองไม่เห็น (มักมาจากข้อความที่คัดลอกมา) กรุณาลบแล้วพิมพ์ใหม่</translation>
        </message>
        <message>
            <source>A key message holds an invisible control character (often from copied text). Delete it and type it again.</source>
            <translation>สาระสำคัญข้อหนึ่งมีอักขระควบคุมที่มองไม่เห็น (มักมาจากข้อความที่คัดลอกมา) กรุณาลบแล้วพิมพ์ใหม่</translation>
        </message>
        <message>
            <source>A line of the materials holds an invisible control character (often from copied text). Delete it and type it again.</source>
            <translation>รายการอุปกรณ์บรรทัดหนึ่งมีอักขระควบคุมที่มองไม่เห็น (มักมาจากข้อความที่คัดลอกมา) กรุณาลบแล้วพิมพ์ใหม่</translation>
        </message>
        <message>
            <source>A line of the preparation holds an invisible control character (often from copied text). Delete it and type it again.</source>
            <translation>รายการการเตรียมตัวบรรทัดหนึ่งมีอักขระควบคุมที่มองไม่เห็น (มักมาจากข้อความที่คัดลอกมา) กรุณาลบแล้วพิมพ์ใหม่</translation>
        </message>
        <message>
            <source>The safety notes hold an invisible control character (often from copied text). Delete that text and type it again.</source>
            <translation>บันทึกด้านความปลอดภัยมีอักขระควบคุมที่มองไม่เห็น (มักมาจากข้อความที่คัดลอกมา) กรุณาลบข้อความนั้นแล้วพิมพ์ใหม่</translation>
        </message>
        <message>
            <source>The facilitator notes hold an invisible control character (often from copied text). Delete that text and type it again.</source>
            <translation>บันทึกของผู้ดำเนินกิจกรรมมีอักขระควบคุมที่มองไม่เห็น (มักมาจากข้อความที่คัดลอกมา) กรุณาลบข้อความนั้นแล้วพิมพ์ใหม่</translation>
        </message>
        <message>
            <source>Someone on the list was deleted meanwhile. Search again.</source>
            <translation>มีบางคนในรายชื่อถูกลบไปแล้ว กรุณาค้นหาอีกครั้ง</translation>
        </message>
        <message>
            <source>This programme no longer exists. Choose another one.</source>
            <translation>แผนงานนี้ไม่มีอยู่แล้ว กรุณาเลือกแผนงานอื่น</translation>
        </message>
        <message>
            <source>Psychosocial support (MHPSS)</source>
            <translation>การสนับสนุนด้านจิตสังคม (MHPSS)</translation>
        </message>
        <message>
            <source>Legal aid</source>
            <translation>ความช่วยเหลือทางกฎหมาย</translation>
        </message>
        <message>
            <source>Documents and registration</source>
            <translation>เอกสารและการขึ้นทะเบียน</translation>
        </message>
        <message>
            <source>Health referral</source>
            <translation>การส่งต่อด้านสุขภาพ</translation>
        </message>
        <message>
            <source>Education (migrant learning centres)</source>
            <translation>การศึกษา (ศูนย์การเรียนรู้เด็กข้ามชาติ)</translation>
        </message>
        <message>
            <source>Thai language</source>
            <translation>ภาษาไทย</translation>
        </message>
        <message>
            <source>Safe shelter</source>
            <translation>ที่พักพิงที่ปลอดภัย</translation>
        </message>
        <message>
            <source>GBV and child protection</source>
            <translation>ความรุนแรงบนฐานเพศและการคุ้มครองเด็ก</translation>
        </message>
        <message>
            <source>Livelihoods</source>
            <translation>อาชีพและรายได้</translation>
        </message>
        <message>
            <source>Food and cash assistance</source>
            <translation>ความช่วยเหลือด้านอาหารและเงินสด</translation>
        </message>
        <message>
            <source>Inactive</source>
            <translation>ไม่ได้ใช้งาน</translation>
        </message>
        <message>
            <source>Closed for good</source>
            <translation>ปิดถาวร</translation>
        </message>
        <message>
            <source>Temporarily closed</source>
            <translation>ปิดชั่วคราว</translation>
        </message>
        <message>
            <source>Shan</source>
            <translation>ไทใหญ่</translation>
        </message>
        <message>
            <source>Mon</source>
            <translation>มอญ</translation>
        </message>
        <message>
            <source>Youth engagement</source>
            <translation>การมีส่วนร่วมของเยาวชน</translation>
        </message>
        <message>
            <source>Safe space for women and girls</source>
            <translation>พื้นที่ปลอดภัยสำหรับผู้หญิงและเด็กหญิง</translation>
        </message>
        <message>
            <source>Participatory projects for women's engagement</source>
            <translation>โครงการแบบมีส่วนร่วมเพื่อการมีส่วนร่วมของผู้หญิง</translation>
        </message>
        <message>
            <source>The database's key file is there and can be read: it needs no replacing. Nothing was changed.</source>
            <translation>ไฟล์กุญแจของฐานข้อมูลมีอยู่และอ่านได้ จึงไม่ต้องแทนที่ ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
        </message>
        <message>
            <source>This backup is of another database: its key file does not open this one. Nothing was changed.</source>
            <translation>ไฟล์สำรองนี้เป็นของฐานข้อมูลอื่น ไฟล์กุญแจในนั้นเปิดฐานข้อมูลนี้ไม่ได้ ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
        </message>
        <message>
            <source>A file in the team folder was refused. Nothing in it was used.</source>
            <translation>ไฟล์หนึ่งในโฟลเดอร์ทีมถูกปฏิเสธ ไม่ได้ใช้สิ่งใดจากไฟล์นั้น</translation>
        </message>
        <message>
            <source>This laptop is not part of a team yet. Create a team or join one on the Team page.</source>
            <translation>แล็ปท็อปนี้ยังไม่ได้อยู่ในทีม สร้างทีมหรือเข้าร่วมทีมได้ที่หน้าทีม</translation>
        </message>
        <message>
            <source>This laptop is already part of a team.</source>
            <translation>แล็ปท็อปนี้อยู่ในทีมแล้ว</translation>
        </message>
        <message>
            <source>The team folder holds no complete copy of the records yet. Ask the laptop that invited you to sync, then try again.</source>
            <translation>โฟลเดอร์ทีมยังไม่มีสำเนาข้อมูลที่ครบถ้วน ขอให้แล็ปท็อปที่เชิญคุณซิงค์ก่อน แล้วลองอีกครั้ง</translation>
        </message>
        <message>
            <source>This folder is not a Saphan team folder. Choose the folder your team shares.</source>
            <translation>โฟลเดอร์นี้ไม่ใช่โฟลเดอร์ทีมของ Saphan กรุณาเลือกโฟลเดอร์ที่ทีมของคุณใช้ร่วมกัน</translation>
        </message>
        <message>
            <source>This folder already holds a team. Choose an empty folder, or join that team instead.</source>
            <translation>โฟลเดอร์นี้มีทีมอยู่แล้ว กรุณาเลือกโฟลเดอร์ว่าง หรือเข้าร่วมทีมนั้นแทน</translation>
        </message>
        <message>
            <source>This belongs to another team, not to this one. Nothing in it was used.</source>
            <translation>สิ่งนี้เป็นของทีมอื่น ไม่ใช่ของทีมนี้ ไม่ได้ใช้สิ่งใดจากสิ่งนี้</translation>
        </message>
        <message>
            <source>A file in the team folder comes from a laptop that is not in the team. It was not used.</source>
            <translation>ไฟล์หนึ่งในโฟลเดอร์ทีมมาจากแล็ปท็อปที่ไม่ได้อยู่ในทีม จึงไม่ได้ใช้ไฟล์นั้น</translation>
        </message>
        <message>
            <source>A file in the team folder comes from a laptop that was removed from the team. It was not used.</source>
            <translation>ไฟล์หนึ่งในโฟลเดอร์ทีมมาจากแล็ปท็อปที่ถูกนำออกจากทีมแล้ว จึงไม่ได้ใช้ไฟล์นั้น</translation>
        </message>
        <message>
            <source>A file in the team folder is not signed by the laptop it claims to come from: it was changed or forged. It was not used.</source>
            <translation>ไฟล์หนึ่งในโฟลเดอร์ทีมไม่ได้ลงนามโดยแล็ปท็อปที่ไฟล์อ้างว่าส่งมา: ไฟล์ถูกแก้ไขหรือปลอมแปลง จึงไม่ได้ใช้ไฟล์นั้น</translation>
        </message>
        <message>
            <source>This laptop does not have the key for a file in the team folder yet. Sync again later; if this stays, ask your CSO's admin.</source>
            <translation>แล็ปท็อปเครื่องนี้ยังไม่มีกุญแจสำหรับไฟล์หนึ่งในโฟลเดอร์ทีม กรุณาซิงค์อีกครั้งภายหลัง หากยังเป็นเช่นนี้ กรุณาติดต่อผู้ดูแลระบบขององค์กร</translation>
        </message>
        <message>
            <source>A file in the team folder cannot be decrypted: it was changed. It was not used.</source>
            <translation>ถอดรหัสไฟล์หนึ่งในโฟลเดอร์ทีมไม่ได้: ไฟล์ถูกแก้ไข จึงไม่ได้ใช้ไฟล์นั้น</translation>
        </message>
        <message>
            <source>A file in the team folder was renamed or moved: its name does not match what it holds. It was not used.</source>
            <translation>ไฟล์หนึ่งในโฟลเดอร์ทีมถูกเปลี่ยนชื่อหรือย้าย: ชื่อไฟล์ไม่ตรงกับสิ่งที่อยู่ในไฟล์ จึงไม่ได้ใช้ไฟล์นั้น</translation>
        </message>
        <message>
            <source>A file in the team folder is incomplete, perhaps still being copied. It will be read again at the next sync.</source>
            <translation>ไฟล์หนึ่งในโฟลเดอร์ทีมยังไม่สมบูรณ์ อาจกำลังคัดลอกอยู่ จะอ่านอีกครั้งในการซิงค์ครั้งถัดไป</translation>
        </message>
        <message>
            <source>A file in the team folder is not in the form Saphan writes. It was not used.</source>
            <translation>ไฟล์หนึ่งในโฟลเดอร์ทีมไม่อยู่ในรูปแบบที่ Saphan เขียน จึงไม่ได้ใช้ไฟล์นั้น</translation>
        </message>
        <message>
            <source>A file in the team folder cannot be read. Check that the folder is connected.</source>
            <translation>อ่านไฟล์หนึ่งในโฟลเดอร์ทีมไม่ได้ กรุณาตรวจสอบว่าเชื่อมต่อโฟลเดอร์อยู่</translation>
        </message>
        <message>
            <source>This laptop's file is already in the team folder. It was not written over.</source>
            <translation>ไฟล์ของแล็ปท็อปเครื่องนี้มีอยู่ในโฟลเดอร์ทีมแล้ว จึงไม่ได้เขียนทับ</translation>
        </message>
        <message>
            <source>This file is not a Saphan invitation.</source>
            <translation>ไฟล์นี้ไม่ใช่คำเชิญของ Saphan</translation>
        </message>
        <message>
            <source>The pairing code is wrong. Check it with the person who invited this laptop and try again.</source>
            <translation>รหัสจับคู่ไม่ถูกต้อง กรุณาตรวจสอบกับผู้ที่เชิญแล็ปท็อปเครื่องนี้แล้วลองอีกครั้ง</translation>
        </message>
        <message>
            <source>This invitation has already been used or was cancelled. Ask for a new invitation.</source>
            <translation>คำเชิญนี้ถูกใช้ไปแล้วหรือถูกยกเลิกแล้ว กรุณาขอคำเชิญใหม่</translation>
        </message>
        <message>
            <source>This invitation is not in this team folder. Choose the team folder of the laptop that invited you.</source>
            <translation>คำเชิญนี้ไม่อยู่ในโฟลเดอร์ทีมนี้ กรุณาเลือกโฟลเดอร์ทีมของแล็ปท็อปที่เชิญคุณ</translation>
        </message>
        <message>
            <source>The file failed a check.</source>
            <translation>ไฟล์ไม่ผ่านการตรวจสอบ</translation>
        </message>
        <message>
            <source>The file name is not a CSO code (e.g. BEAM.json).</source>
            <translation>ชื่อไฟล์ไม่ใช่รหัสองค์กร (เช่น BEAM.json)</translation>
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation>อ่านไฟล์ไม่ได้</translation>
        </message>
        <message>
            <source>This is not a regular file.</source>
            <translation>นี่ไม่ใช่ไฟล์ปกติ</translation>
        </message>
        <message>
            <source>The file is too large to be a bundle.</source>
            <translation>ไฟล์ใหญ่เกินกว่าจะเป็นไฟล์แบ่งปัน</translation>
        </message>
        <message>
            <source>The file is nested too deeply to be a bundle.</source>
            <translation>ไฟล์ซ้อนกันลึกเกินกว่าจะเป็นไฟล์แบ่งปัน</translation>
        </message>
        <message>
            <source>The file is not valid JSON (it may be incomplete).</source>
            <translation>ไฟล์ไม่ใช่ JSON ที่ถูกต้อง (อาจไม่ครบ)</translation>
        </message>
        <message>
            <source>The file names the same entry twice, so programs could read it differently.</source>
            <translation>ไฟล์ระบุรายการเดียวกันซ้ำสองครั้ง โปรแกรมต่าง ๆ จึงอาจอ่านไม่ตรงกัน</translation>
        </message>
        <message>
            <source>The file does not have the form of a bundle.</source>
            <translation>ไฟล์ไม่มีรูปแบบของไฟล์แบ่งปัน</translation>
        </message>
        <message>
            <source>The file is not a Saphan bundle.</source>
            <translation>ไฟล์นี้ไม่ใช่ไฟล์แบ่งปันของ Saphan</translation>
        </message>
        <message>
            <source>The signature does not match: the file was changed after it was signed.</source>
            <translation>ลายเซ็นไม่ตรงกัน ไฟล์ถูกแก้ไขหลังจากลงนาม</translation>
        </message>
        <message>
            <source>The bundle belongs to another network.</source>
            <translation>ไฟล์แบ่งปันนี้เป็นของเครือข่ายอื่น</translation>
        </message>
        <message>
            <source>The file name does not match the CSO inside.</source>
            <translation>ชื่อไฟล์ไม่ตรงกับองค์กรที่อยู่ข้างใน</translation>
        </message>
        <message>
            <source>The CSO is not a member of the network.</source>
            <translation>องค์กรนี้ไม่ใช่สมาชิกของเครือข่าย</translation>
        </message>
        <message>
            <source>The CSO's key is not the one registered.</source>
            <translation>กุญแจขององค์กรไม่ใช่กุญแจที่ลงทะเบียนไว้</translation>
        </message>
        <message>
            <source>The bundle withheld fewer small counts than the network requires.</source>
            <translation>ไฟล์แบ่งปันซ่อนตัวเลขน้อย ๆ น้อยกว่าที่เครือข่ายกำหนด</translation>
        </message>
        <message>
            <source>The bundle shows a count below the threshold: it could identify people.</source>
            <translation>ไฟล์แบ่งปันแสดงตัวเลขที่ต่ำกว่าเกณฑ์ ซึ่งอาจระบุตัวบุคคลได้</translation>
        </message>
        <message>
            <source>An older revision than one already merged (e.g. from an old backup).</source>
            <translation>เป็นฉบับที่เก่ากว่าฉบับที่รวมไปแล้ว (เช่น จากไฟล์สำรองเก่า)</translation>
        </message>
        <message>
            <source>The bundle is not signed.</source>
            <translation>ไฟล์แบ่งปันไม่ได้ลงนาม</translation>
        </message>
        <message>
            <source>This database holds no network yet. Create it first.</source>
            <translation>ฐานข้อมูลนี้ยังไม่มีเครือข่าย สร้างเครือข่ายก่อน</translation>
        </message>
        <message>
            <source>This database holds a network already; one database holds one network.</source>
            <translation>ฐานข้อมูลนี้มีเครือข่ายอยู่แล้ว ฐานข้อมูลหนึ่งเก็บได้หนึ่งเครือข่าย</translation>
        </message>
        <message>
            <source>No member of the network has this CSO code.</source>
            <translation>ไม่มีสมาชิกของเครือข่ายที่ใช้รหัสองค์กรนี้</translation>
        </message>
        <message>
            <source>The network has no programme with this code.</source>
            <translation>เครือข่ายไม่มีแผนงานที่ใช้รหัสนี้</translation>
        </message>
        <message>
            <source>A target is a whole number from 0 to 10,000,000.</source>
            <translation>เป้าหมายเป็นจำนวนเต็มตั้งแต่ 0 ถึง 10,000,000</translation>
        </message>
        <message>
            <source>An area can only lie in another area of the network, never in itself.</source>
            <translation>พื้นที่หนึ่งอยู่ภายในพื้นที่อื่นของเครือข่ายได้เท่านั้น ไม่อยู่ภายในตัวเอง</translation>
        </message>
        <message>
            <source>An instrument code is small letters, digits and _, starting with a letter (e.g. who5).</source>
            <translation>รหัสแบบประเมินเป็นอักษรตัวเล็ก ตัวเลข และ _ ขึ้นต้นด้วยตัวอักษร (เช่น who5)</translation>
        </message>
        <message>
            <source>The threshold is a whole number from 2 to 100.</source>
            <translation>เกณฑ์เป็นจำนวนเต็มตั้งแต่ 2 ถึง 100</translation>
        </message>
        <message>
            <source>A network code is small letters, digits and _, starting with a letter (e.g. maesot).</source>
            <translation>รหัสเครือข่ายเป็นอักษรตัวเล็ก ตัวเลข และ _ ขึ้นต้นด้วยตัวอักษร (เช่น maesot)</translation>
        </message>
        <message>
            <source>The reporting period ends before it starts.</source>
            <translation>ช่วงเวลารายงานสิ้นสุดก่อนเริ่มต้น</translation>
        </message>
        <message>
            <source>The public key must be 64 hexadecimal characters.</source>
            <translation>กุญแจสาธารณะต้องเป็นอักขระฐานสิบหก 64 ตัว</translation>
        </message>
        <message>
            <source>A CSO code is 2 to 12 capital letters and digits, starting with a letter (e.g. BEAM).</source>
            <translation>รหัสองค์กรเป็นอักษรตัวใหญ่และตัวเลข 2 ถึง 12 ตัว ขึ้นต้นด้วยตัวอักษร (เช่น BEAM)</translation>
        </message>
        <message>
            <source>Another member of the network is registered with this public key. Check the key with the CSO again.</source>
            <translation>มีสมาชิกอื่นของเครือข่ายลงทะเบียนด้วยกุญแจสาธารณะนี้แล้ว ตรวจสอบกุญแจกับองค์กรอีกครั้ง</translation>
        </message>
        <message>
            <source>The shared folder holds the network file of another network, or one signed by another coordinator key. Nothing was written: choose the right folder.</source>
            <translation>โฟลเดอร์ที่แบ่งปันมีไฟล์เครือข่ายของเครือข่ายอื่น หรือไฟล์ที่ลงนามด้วยกุญแจผู้ประสานงานอื่น ยังไม่ได้เขียนอะไร: เลือกโฟลเดอร์ที่ถูกต้อง</translation>
        </message>
        <message>
            <source>The shared folder holds a newer revision of this network file than this database (written from another copy of it?). Nothing was written.</source>
            <translation>โฟลเดอร์ที่แบ่งปันมีไฟล์เครือข่ายฉบับที่ใหม่กว่าฐานข้อมูลนี้ (เขียนจากสำเนาอื่นของฐานข้อมูล?) ยังไม่ได้เขียนอะไร</translation>
        </message>
        <message>
            <source>The shared folder or server keeps newer counts of this organisation than this database can send (was it restored from an old backup?). Nothing was published; ask the coordinator.</source>
            <translation>โฟลเดอร์ที่แบ่งปันหรือเซิร์ฟเวอร์มีตัวเลขขององค์กรนี้ที่ใหม่กว่าที่ฐานข้อมูลนี้ส่งได้ (ฐานข้อมูลนี้ถูกกู้คืนจากไฟล์สำรองเก่าหรือไม่) ยังไม่ได้เผยแพร่อะไรเลย กรุณาสอบถามผู้ประสานงาน</translation>
        </message>
        <message>
            <source>The record of what was merged before is damaged, so nothing was merged. Move the file {path} away to start again.</source>
            <translation>บันทึกสิ่งที่รวมไปก่อนหน้านี้เสียหาย จึงไม่ได้รวมอะไรเลย กรุณาย้ายไฟล์ {path} ออกไปเพื่อเริ่มใหม่</translation>
        </message>
        <message>
            <source>The network file is not signed by the coordinator's key. Do not use it; ask the coordinator.</source>
            <translation>ไฟล์เครือข่ายไม่ได้ลงนามด้วยกุญแจของผู้ประสานงาน อย่าใช้ กรุณาถามผู้ประสานงาน</translation>
        </message>
        <message>
            <source>The network file does not have the expected form.</source>
            <translation>ไฟล์เครือข่ายไม่มีรูปแบบที่ถูกต้อง</translation>
        </message>
        <message>
            <source>The shared directory file does not have the right form.</source>
            <translation>ไฟล์ทำเนียบที่แบ่งปันไม่มีรูปแบบที่ถูกต้อง</translation>
        </message>
        <message>
            <source>The fingerprint does not match the public key. Check both with the CSO again.</source>
            <translation>ลายนิ้วมือกุญแจไม่ตรงกับกุญแจสาธารณะ กรุณาตรวจสอบทั้งสองกับองค์กรอีกครั้ง</translation>
        </message>
        <message>
            <source>This database does not hold the coordinator's key for this network.</source>
            <translation>ฐานข้อมูลนี้ไม่มีกุญแจของผู้ประสานงานสำหรับเครือข่ายนี้</translation>
        </message>
        <message>
            <source>The network file is not signed.</source>
            <translation>ไฟล์เครือข่ายไม่ได้ลงนาม</translation>
        </message>
        <message>
            <source>There is no network file in the shared folder yet.</source>
            <translation>ยังไม่มีไฟล์เครือข่ายในโฟลเดอร์ที่แบ่งปัน</translation>
        </message>
        <message>
            <source>The shared folder is not reachable. Your counts are safe here; publish again when the folder is connected.</source>
            <translation>เข้าถึงโฟลเดอร์ที่แบ่งปันไม่ได้ ตัวเลขของคุณยังปลอดภัยอยู่ที่นี่ เผยแพร่อีกครั้งเมื่อเชื่อมต่อโฟลเดอร์ได้</translation>
        </message>
        <message>
            <source>This CSO is not a member of the network yet (or with another key). Read your key fingerprint to the coordinator, then pull the new network file.</source>
            <translation>องค์กรนี้ยังไม่เป็นสมาชิกเครือข่าย (หรือใช้กุญแจอื่น) อ่านลายนิ้วมือกุญแจของคุณให้ผู้ประสานงานฟัง แล้วดึงไฟล์เครือข่ายใหม่</translation>
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <source>Language</source>
            <translation>ภาษา</translation>
        </message>
        <message>
            <source>The language Saphan is shown in</source>
            <translation>ภาษาที่ใช้แสดง Saphan</translation>
        </message>
    </context>
    <context>
        <name>LimitedPersonDialog</name>
        <message>
            <source>{code} — person record</source>
            <translation>{code} — ระเบียนบุคคล</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>เพศ</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>เกิด</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>You see this person's name and code, and the sessions you ran that they came to. The rest of the record is for their caseworkers.</source>
            <translation>คุณเห็นชื่อและรหัสของบุคคลนี้ และกิจกรรมที่คุณจัดซึ่งเขามาร่วม ส่วนที่เหลือของระเบียนเป็นของผู้ดูแลเคสของเขา</translation>
        </message>
        <message>
            <source>This person is not in one of your cases, so you see only the basic part of the record. Phone, documentation, disability answers, notes, assessments, referrals and MHPSS notes are withheld.</source>
            <translation>บุคคลนี้ไม่ได้อยู่ในเคสของคุณ คุณจึงเห็นเฉพาะส่วนพื้นฐานของระเบียน โทรศัพท์ เอกสาร คำตอบเรื่องความพิการ บันทึก การประเมิน การส่งต่อ และบันทึก MHPSS ถูกปิดไว้</translation>
        </message>
        <message>
            <source>Sessions you ran that they came to</source>
            <translation>กิจกรรมที่คุณจัดซึ่งเขามาร่วม</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>กิจกรรม</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>หัวข้อ</translation>
        </message>
        <message>
            <source>None of the sessions you ran.</source>
            <translation>ไม่ได้มาร่วมกิจกรรมที่คุณจัด</translation>
        </message>
        <message>
            <source>Break the glass…</source>
            <translation>เปิดดูกรณีฉุกเฉิน…</translation>
        </message>
        <message>
            <source>Read the whole record for a reason; the admin sees it in the audit trail</source>
            <translation>อ่านระเบียนทั้งหมดโดยระบุเหตุผล ผู้ดูแลระบบจะเห็นในบันทึกการใช้งาน</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
    </context>
    <context>
        <name>ListEditor</name>
        <message>
            <source>Add</source>
            <translation>เพิ่ม</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>นำออก</translation>
        </message>
        <message>
            <source>Remove the selected item (Delete)</source>
            <translation>นำรายการที่เลือกออก (Delete)</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>Saphan is locked</source>
            <translation>Saphan ถูกล็อก</translation>
        </message>
        <message>
            <source>Signed in: {name} ({username})</source>
            <translation>เข้าสู่ระบบ: {name} ({username})</translation>
        </message>
        <message>
            <source>Type your password to continue where you left off.</source>
            <translation>พิมพ์รหัสผ่านเพื่อทำงานต่อจากที่ค้างไว้</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>รหัสผ่าน</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>ปลดล็อก</translation>
        </message>
        <message>
            <source>The password is wrong.</source>
            <translation>รหัสผ่านไม่ถูกต้อง</translation>
        </message>
    </context>
    <context>
        <name>LogSessionDialog</name>
        <message>
            <source>Log a session</source>
            <translation>บันทึกเซสชัน</translation>
        </message>
        <message>
            <source>Record attendance</source>
            <translation>บันทึกการเข้าร่วม</translation>
        </message>
        <message>
            <source>Save attendance</source>
            <translation>บันทึกการเข้าร่วม</translation>
        </message>
        <message>
            <source>{activity} (individual)</source>
            <translation>{activity} (รายบุคคล)</translation>
        </message>
        <message>
            <source>{activity} (group)</source>
            <translation>{activity} (กลุ่ม)</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> นาที</translation>
        </message>
        <message>
            <source>e.g. BEAM centre, Mae Pa</source>
            <translation>เช่น ศูนย์ BEAM แม่ปะ</translation>
        </message>
        <message>
            <source>e.g. Managing stress; Thai lesson 4</source>
            <translation>เช่น การจัดการความเครียด บทเรียนภาษาไทย 4</translation>
        </message>
        <message>
            <source>No project</source>
            <translation>ไม่มีโครงการ</translation>
        </message>
        <message>
            <source>Confidential: seen only by caseworkers and admins</source>
            <translation>ข้อมูลลับ: เห็นได้เฉพาะเจ้าหน้าที่ดูแลรายกรณีและผู้ดูแลระบบ</translation>
        </message>
        <message>
            <source>Activity *</source>
            <translation>กิจกรรม *</translation>
        </message>
        <message>
            <source>Programme *</source>
            <translation>แผนงาน *</translation>
        </message>
        <message>
            <source>Date *</source>
            <translation>วันที่ *</translation>
        </message>
        <message>
            <source>Duration *</source>
            <translation>ระยะเวลา *</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>สถานที่</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>พื้นที่</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>หัวข้อ</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>โครงการ</translation>
        </message>
        <message>
            <source>MHPSS notes</source>
            <translation>บันทึกด้านสุขภาพจิต</translation>
        </message>
        <message>
            <source>Save session</source>
            <translation>บันทึกเซสชัน</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>บันทึก (Ctrl+S)</translation>
        </message>
        <message>
            <source>Participants' notes</source>
            <translation>บันทึกของผู้เข้าร่วม</translation>
        </message>
        <message>
            <source>When to contact the person next: the follow-up date of their open case</source>
            <translation>เมื่อไรจะติดต่อบุคคลนี้ครั้งถัดไป: วันติดตามผลของกรณีที่เปิดอยู่</translation>
        </message>
        <message>
            <source>Next contact</source>
            <translation>ติดต่อครั้งถัดไป</translation>
        </message>
        <message>
            <source>Who was it with?</source>
            <translation>ทำกับใคร</translation>
        </message>
        <message>
            <source>Who came?</source>
            <translation>ใครมาบ้าง</translation>
        </message>
        <message>
            <source>Choose the person to save.</source>
            <translation>เลือกบุคคลเพื่อบันทึก</translation>
        </message>
        <message>
            <source>Add the people who came to save.</source>
            <translation>เพิ่มผู้ที่มาเข้าร่วมเพื่อบันทึก</translation>
        </message>
        <message>
            <source>Correct the fields marked in red to save.</source>
            <translation>แก้ไขช่องที่เป็นสีแดงเพื่อบันทึก</translation>
        </message>
        <message>
            <source>Ready to save: {count} attendee(s).</source>
            <translation>พร้อมบันทึก: ผู้เข้าร่วม {count} คน</translation>
        </message>
        <message>
            <source>Discard this session?</source>
            <translation>ละทิ้งเซสชันนี้หรือไม่</translation>
        </message>
        <message>
            <source>The session has not been saved. Discard it?</source>
            <translation>ยังไม่ได้บันทึกเซสชันนี้ ต้องการละทิ้งหรือไม่</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>ละทิ้ง</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>แก้ไขต่อ</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Sign in to Saphan</source>
            <translation>เข้าสู่ระบบ Saphan</translation>
        </message>
        <message>
            <source>Saphan</source>
            <translation>Saphan</translation>
        </message>
        <message>
            <source>e.g. khinmyo</source>
            <translation>เช่น khinmyo</translation>
        </message>
        <message>
            <source>Show password</source>
            <translation>แสดงรหัสผ่าน</translation>
        </message>
        <message>
            <source>Remember me on this Windows account</source>
            <translation>จดจำฉันในบัญชี Windows นี้</translation>
        </message>
        <message>
            <source>Saphan opens without your password next time, on this Windows account only. Your password is never saved in a file.</source>
            <translation>ครั้งหน้า Saphan จะเปิดโดยไม่ต้องใส่รหัสผ่าน เฉพาะในบัญชี Windows นี้ รหัสผ่านของคุณจะไม่ถูกบันทึกลงไฟล์</translation>
        </message>
        <message>
            <source>Forgot password?</source>
            <translation>ลืมรหัสผ่าน?</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>เข้าสู่ระบบ</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>ออก</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>ชื่อผู้ใช้</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>รหัสผ่าน</translation>
        </message>
        <message>
            <source>Organisation: {code}</source>
            <translation>องค์กร: {code}</translation>
        </message>
        <message>
            <source>Saphan cannot remember you</source>
            <translation>Saphan จดจำคุณไม่ได้</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Worklist</source>
            <translation>รายการงาน</translation>
        </message>
        <message>
            <source>Beneficiaries</source>
            <translation>ผู้รับบริการ</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>เซสชัน</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>ภาพรวม</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>โครงการ</translation>
        </message>
        <message>
            <source>Directory</source>
            <translation>ทำเนียบบริการ</translation>
        </message>
        <message>
            <source>Referrals received</source>
            <translation>การส่งต่อที่ได้รับ</translation>
        </message>
        <message>
            <source>My services</source>
            <translation>บริการของเรา</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>แบ่งปัน</translation>
        </message>
        <message>
            <source>Coordinator workspace</source>
            <translation>พื้นที่ทำงานผู้ประสานงาน</translation>
        </message>
        <message>
            <source>Staff accounts</source>
            <translation>บัญชีเจ้าหน้าที่</translation>
        </message>
        <message>
            <source>Audit trail</source>
            <translation>บันทึกการใช้งาน</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>ทีม</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>การตั้งค่า</translation>
        </message>
        <message>
            <source>development version</source>
            <translation>รุ่นทดสอบ</translation>
        </message>
        <message>
            <source>There is nothing here for your role yet.</source>
            <translation>ยังไม่มีอะไรสำหรับบทบาทของคุณ</translation>
        </message>
        <message>
            <source>There is no backup yet.</source>
            <translation>ยังไม่มีการสำรองข้อมูล</translation>
        </message>
        <message>
            <source>The last backup is more than 7 days old.</source>
            <translation>การสำรองข้อมูลครั้งล่าสุดนานกว่า 7 วันแล้ว</translation>
        </message>
        <message>
            <source>Back up now…</source>
            <translation>สำรองข้อมูลตอนนี้…</translation>
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
            <translation>ไฟล์ (&amp;F)</translation>
        </message>
        <message>
            <source>Change my &amp;password…</source>
            <translation>เปลี่ยนรหัสผ่านของฉัน (&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>ล็อก (&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>ออก (&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ช่วยเหลือ (&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About Saphan</source>
            <translation>เกี่ยวกับ Saphan (&amp;A)</translation>
        </message>
        <message>
            <source>Signed in: {name} ({role})</source>
            <translation>เข้าสู่ระบบ: {name} ({role})</translation>
        </message>
        <message>
            <source>Syncing with the team before closing…</source>
            <translation>กำลังซิงค์กับทีมก่อนปิด…</translation>
        </message>
        <message>
            <source>Not shared yet</source>
            <translation>ยังไม่ได้แบ่งปัน</translation>
        </message>
        <message>
            <source>This CSO has not published its services or counts to the network yet.</source>
            <translation>องค์กรนี้ยังไม่ได้เผยแพร่บริการหรือตัวเลขสรุปไปยังเครือข่าย</translation>
        </message>
        <message>
            <source>Shared: revision {revision}</source>
            <translation>แบ่งปันแล้ว: ฉบับ {revision}</translation>
        </message>
        <message>
            <source>Last published at {at} (UTC).</source>
            <translation>เผยแพร่ล่าสุดเมื่อ {at} (UTC)</translation>
        </message>
        <message>
            <source>Counts waiting to be sent</source>
            <translation>ตัวเลขที่รอส่ง</translation>
        </message>
        <message>
            <source>The server could not be reached at {at} (UTC). Revision {revision} waits and is sent with the next publish.</source>
            <translation>ติดต่อเซิร์ฟเวอร์ไม่ได้เมื่อ {at} (UTC) ฉบับ {revision} รออยู่และจะถูกส่งเมื่อเผยแพร่ครั้งถัดไป</translation>
        </message>
        <message>
            <source>Last publish failed</source>
            <translation>การเผยแพร่ล่าสุดล้มเหลว</translation>
        </message>
        <message>
            <source>The last attempt to publish, at {at} (UTC), failed.</source>
            <translation>การเผยแพร่ครั้งล่าสุดเมื่อ {at} (UTC) ล้มเหลว</translation>
        </message>
        <message>
            <source>Your password was changed.</source>
            <translation>เปลี่ยนรหัสผ่านของคุณแล้ว</translation>
        </message>
        <message>
            <source>About Saphan</source>
            <translation>เกี่ยวกับ Saphan</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Saphan {version}&lt;/h3&gt;&lt;p&gt;Records, referrals and shared counts for civil-society organisations serving displaced Myanmar nationals and host communities in Mae Sot.&lt;/p&gt;&lt;p&gt;Records about people never leave this computer. Only the organisation's services and counts too large to identify anyone are shared.&lt;/p&gt;&lt;p&gt;Licence: AGPL-3.0-or-later. Qt {qt}.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Saphan {version}&lt;/h3&gt;&lt;p&gt;ระบบบันทึกข้อมูล การส่งต่อ และตัวเลขสรุปที่แบ่งปันร่วมกัน สำหรับองค์กรภาคประชาสังคมที่ทำงานกับผู้พลัดถิ่นชาวเมียนมาและชุมชนเจ้าบ้านในแม่สอด&lt;/p&gt;&lt;p&gt;ข้อมูลของบุคคลจะไม่ออกจากคอมพิวเตอร์เครื่องนี้ แบ่งปันเฉพาะบริการขององค์กรและตัวเลขที่มากพอจนระบุตัวบุคคลไม่ได้&lt;/p&gt;&lt;p&gt;สัญญาอนุญาต: AGPL-3.0-or-later Qt {qt}&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Match the columns</source>
            <translation>จับคู่คอลัมน์</translation>
        </message>
        <message>
            <source>Column in the file</source>
            <translation>คอลัมน์ในไฟล์</translation>
        </message>
        <message>
            <source>Examples</source>
            <translation>ตัวอย่าง</translation>
        </message>
        <message>
            <source>Saphan field</source>
            <translation>ช่องใน Saphan</translation>
        </message>
        <message>
            <source>These columns are matched as the last time you imported a list like this.</source>
            <translation>จับคู่คอลัมน์เหมือนครั้งล่าสุดที่คุณนำเข้ารายชื่อแบบนี้</translation>
        </message>
        <message>
            <source>Saphan guessed the fields from the column titles. Check each one; choose “Do not import” for columns that are not needed.</source>
            <translation>Saphan เดาช่องจากชื่อคอลัมน์แล้ว กรุณาตรวจทีละช่อง เลือก “ไม่นำเข้า” สำหรับคอลัมน์ที่ไม่ต้องการ</translation>
        </message>
        <message>
            <source>— Do not import —</source>
            <translation>— ไม่นำเข้า —</translation>
        </message>
        <message>
            <source>Choose the column with the name.</source>
            <translation>เลือกคอลัมน์ชื่อ</translation>
        </message>
        <message>
            <source>Choose the column with the sex.</source>
            <translation>เลือกคอลัมน์เพศ</translation>
        </message>
        <message>
            <source>Choose the column with the date of birth, birth year or age.</source>
            <translation>เลือกคอลัมน์วันเกิด ปีเกิด หรืออายุ</translation>
        </message>
        <message>
            <source>Two columns are set to “{field}”.</source>
            <translation>มีสองคอลัมน์ที่ตั้งเป็น “{field}”</translation>
        </message>
    </context>
    <context>
        <name>MaterialsTab</name>
        <message>
            <source>e.g. Flip chart and markers — then Enter to add</source>
            <translation>เช่น ฟลิปชาร์ตและปากกาเมจิก — แล้วกด Enter เพื่อเพิ่ม</translation>
        </message>
        <message>
            <source>e.g. Print the service map — then Enter to add</source>
            <translation>เช่น พิมพ์แผนที่บริการ — แล้วกด Enter เพื่อเพิ่ม</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>อุปกรณ์</translation>
        </message>
        <message>
            <source>Preparation before the session</source>
            <translation>การเตรียมตัวก่อนเซสชัน</translation>
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <source>Add member</source>
            <translation>เพิ่มสมาชิก</translation>
        </message>
        <message>
            <source>e.g. BEAM</source>
            <translation>เช่น BEAM</translation>
        </message>
        <message>
            <source>64 hexadecimal characters</source>
            <translation>อักขระฐานสิบหก 64 ตัว</translation>
        </message>
        <message>
            <source>CSO code</source>
            <translation>รหัสองค์กร</translation>
        </message>
        <message>
            <source>Enter the member's CSO code.</source>
            <translation>ใส่รหัส CSO ของสมาชิก</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <source>Enter the member's name.</source>
            <translation>ใส่ชื่อของสมาชิก</translation>
        </message>
        <message>
            <source>Public key</source>
            <translation>กุญแจสาธารณะ</translation>
        </message>
        <message>
            <source>Fingerprint (as read out)</source>
            <translation>ลายนิ้วมือกุญแจ (ตามที่อ่านให้ฟัง)</translation>
        </message>
        <message>
            <source>Enter the fingerprint the member read out.</source>
            <translation>ใส่ลายนิ้วมือกุญแจที่สมาชิกอ่านให้ฟัง</translation>
        </message>
        <message>
            <source>The public key must be 64 hexadecimal characters.</source>
            <translation>กุญแจสาธารณะต้องเป็นอักขระฐานสิบหก 64 ตัว</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>เพิ่ม</translation>
        </message>
    </context>
    <context>
        <name>MergedFigures</name>
        <message>
            <source>withheld</source>
            <translation>ไม่เปิดเผย</translation>
        </message>
        <message>
            <source>Network totals (programme × month)</source>
            <translation>ยอดรวมเครือข่าย (แผนงาน × เดือน)</translation>
        </message>
        <message>
            <source>Each CSO (CSO × programme × month)</source>
            <translation>แต่ละองค์กร (องค์กร × แผนงาน × เดือน)</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>แสดง</translation>
        </message>
        <message>
            <source>“≥N”: at least N — some CSOs withheld a small count there. A person served by two CSOs counts twice in network totals.</source>
            <translation>“≥N”: อย่างน้อย N — บางองค์กรไม่เปิดเผยตัวเลขน้อยตรงนั้น คนที่ได้รับบริการจากสององค์กรจะนับสองครั้งในยอดรวมเครือข่าย</translation>
        </message>
        <message>
            <source>Merged table</source>
            <translation>ตารางที่รวมแล้ว</translation>
        </message>
        <message>
            <source>Unique people per CSO over the whole period, added up across CSOs.</source>
            <translation>จำนวนคนไม่ซ้ำของแต่ละองค์กรตลอดช่วงเวลา นำมารวมกันทุกองค์กร</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>ความคืบหน้า</translation>
        </message>
        <message>
            <source>Monthly trend</source>
            <translation>แนวโน้มรายเดือน</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>แผนงาน</translation>
        </message>
        <message>
            <source>Sex and age</source>
            <translation>เพศและอายุ</translation>
        </message>
        <message>
            <source>Behind: fewer people reached than the CSO's share × the part of the reporting period that has passed (months that have ended). A withheld count is fewer than the threshold; a CSO that has not published counts as behind.</source>
            <translation>ล่าช้า: จำนวนคนที่เข้าถึงน้อยกว่าส่วนขององค์กร × สัดส่วนของช่วงเวลารายงานที่ผ่านไปแล้ว (เดือนที่สิ้นสุดแล้ว) ตัวเลขที่ถูกระงับน้อยกว่าเกณฑ์ องค์กรที่ยังไม่เผยแพร่นับว่าล่าช้า</translation>
        </message>
        <message>
            <source>CSO targets</source>
            <translation>เป้าหมายขององค์กร</translation>
        </message>
        <message>
            <source>Completeness</source>
            <translation>ความครบถ้วน</translation>
        </message>
        <message>
            <source>at least {count}</source>
            <translation>อย่างน้อย {count}</translation>
        </message>
        <message>
            <source>Outcomes</source>
            <translation>ผลลัพธ์</translation>
        </message>
        <message>
            <source>People with a pre and a post score, and how many improved by at least the instrument's minimal important difference (MID), added up across CSOs. “withheld”: a CSO withheld a small count; “at least N”: the sum of what was published.</source>
            <translation>จำนวนผู้ที่มีคะแนนก่อน (pre) และหลัง (post) และจำนวนผู้ที่ดีขึ้นอย่างน้อยเท่ากับความแตกต่างที่สำคัญน้อยที่สุด (MID) ของแบบประเมิน รวมจากทุก CSO “ไม่เปิดเผย”: CSO ไม่เปิดเผยตัวเลขที่มีจำนวนน้อย “อย่างน้อย N”: ผลรวมของตัวเลขที่เผยแพร่</translation>
        </message>
        <message>
            <source>Made: counted by the referring CSO. Received and served: counted by the receiving CSO from the referral codes it recorded. Completion is served / made, shown only when both are exact (no part withheld).</source>
            <translation>ที่ส่งต่อ: นับโดยองค์กรที่ส่งต่อ ที่ได้รับและได้รับบริการแล้ว: นับโดยองค์กรที่รับ จากรหัสการส่งต่อที่บันทึกไว้ อัตราความสำเร็จคือ ได้รับบริการแล้ว / ที่ส่งต่อ แสดงเฉพาะเมื่อตัวเลขทั้งสองเป็นค่าที่แน่นอน (ไม่มีส่วนใดไม่เปิดเผย)</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>การส่งต่อ</translation>
        </message>
        <message>
            <source>Made</source>
            <translation>ที่ส่งต่อ</translation>
        </message>
        <message>
            <source>Served</source>
            <translation>ได้รับบริการแล้ว</translation>
        </message>
        <message>
            <source>All CSOs</source>
            <translation>ทุกองค์กร</translation>
        </message>
        <message>
            <source>Referring CSO</source>
            <translation>องค์กรที่ส่งต่อ</translation>
        </message>
        <message>
            <source>Receiving CSO</source>
            <translation>องค์กรที่รับ</translation>
        </message>
        <message>
            <source>Service category</source>
            <translation>ประเภทบริการ</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>ที่ได้รับ</translation>
        </message>
        <message>
            <source>Completion</source>
            <translation>อัตราความสำเร็จ</translation>
        </message>
        <message>
            <source>All</source>
            <translation>ทั้งหมด</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>เดือน</translation>
        </message>
        <message>
            <source>CSO</source>
            <translation>องค์กร</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>เป้าหมาย</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>ได้รับบริการ</translation>
        </message>
        <message>
            <source>People</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <source>Projects: {name}</source>
            <translation>โครงการ: {name}</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>แบบประเมิน</translation>
        </message>
        <message>
            <source>MID</source>
            <translation>MID</translation>
        </message>
        <message>
            <source>Pre and post</source>
            <translation>ก่อนและหลัง</translation>
        </message>
        <message>
            <source>Improved</source>
            <translation>ดีขึ้น</translation>
        </message>
        <message>
            <source>Not improved</source>
            <translation>ไม่ดีขึ้น</translation>
        </message>
        <message>
            <source>Target (improved)</source>
            <translation>เป้าหมาย (ผู้ที่ดีขึ้น)</translation>
        </message>
        <message>
            <source>behind</source>
            <translation>ล่าช้า</translation>
        </message>
        <message>
            <source>on track</source>
            <translation>ตามแผน</translation>
        </message>
        <message>
            <source>not published</source>
            <translation>ยังไม่เผยแพร่</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>CSO's share</source>
            <translation>ส่วนขององค์กร</translation>
        </message>
        <message>
            <source>Network target</source>
            <translation>เป้าหมายเครือข่าย</translation>
        </message>
        <message>
            <source>% of share</source>
            <translation>% ของส่วน</translation>
        </message>
        <message>
            <source>Expected by now</source>
            <translation>ที่คาดไว้ถึงตอนนี้</translation>
        </message>
        <message>
            <source>No CSO has a share of the targets yet (the coordinator sets them per CSO).</source>
            <translation>ยังไม่มีองค์กรใดมีส่วนของเป้าหมาย (ผู้ประสานงานกำหนดให้แต่ละองค์กร)</translation>
        </message>
        <message>
            <source>Behind on at least one programme: {csos}.</source>
            <translation>ล่าช้าอย่างน้อยหนึ่งแผนงาน: {csos}</translation>
        </message>
        <message>
            <source>Every CSO with a share is on track.</source>
            <translation>ทุกองค์กรที่มีส่วนของเป้าหมายเป็นไปตามแผน</translation>
        </message>
        <message>
            <source>Withheld for privacy (fewer than {k} each)</source>
            <translation>ไม่เปิดเผยเพื่อความเป็นส่วนตัว (แต่ละส่วนน้อยกว่า {k})</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>หญิง</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>ชาย</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>อื่น ๆ</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>อายุ</translation>
        </message>
        <message>
            <source>{cso}, {month}: reported</source>
            <translation>{cso}, {month}: รายงานแล้ว</translation>
        </message>
        <message>
            <source>{cso}, {month}: not reported</source>
            <translation>{cso}, {month}: ไม่ได้รายงาน</translation>
        </message>
        <message>
            <source>{reported} of {members} CSOs have published. Green: the CSO's latest bundle covers the month.</source>
            <translation>{reported} จาก {members} องค์กรเผยแพร่แล้ว สีเขียว: ไฟล์แบ่งปันล่าสุดขององค์กรครอบคลุมเดือนนั้น</translation>
        </message>
    </context>
    <context>
        <name>MonthDialog</name>
        <message>
            <source>Why it must change (kept in the log)</source>
            <translation>เหตุผลที่ต้องเปลี่ยน (เก็บไว้ในบันทึก)</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>เดือน</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>เหตุผล</translation>
        </message>
    </context>
    <context>
        <name>NetworkRevision</name>
        <message>
            <source>Saved as revision {revision}, not written: {why}</source>
            <translation>บันทึกเป็นฉบับ {revision} แล้ว ยังไม่ได้เขียน: {why}</translation>
        </message>
        <message>
            <source>Saved as revision {revision}. The shared folder is not reachable: write the network file from Network setup when it is connected.</source>
            <translation>บันทึกเป็นฉบับ {revision} แล้ว เข้าถึงโฟลเดอร์ที่แบ่งปันไม่ได้: กรุณาเขียนไฟล์เครือข่ายจากการตั้งค่าเครือข่ายเมื่อเชื่อมต่อแล้ว</translation>
        </message>
        <message>
            <source>Saved and wrote network file revision {revision} to {folder}.</source>
            <translation>บันทึกและเขียนไฟล์เครือข่ายฉบับ {revision} ลงใน {folder} แล้ว</translation>
        </message>
        <message>
            <source>Save and write the network file</source>
            <translation>บันทึกและเขียนไฟล์เครือข่าย</translation>
        </message>
    </context>
    <context>
        <name>NetworkSetup</name>
        <message>
            <source>Create the network</source>
            <translation>สร้างเครือข่าย</translation>
        </message>
        <message>
            <source>Mae Sot CSO network</source>
            <translation>เครือข่ายองค์กรภาคประชาสังคมแม่สอด</translation>
        </message>
        <message>
            <source>Create network</source>
            <translation>สร้างเครือข่าย</translation>
        </message>
        <message>
            <source>Network code</source>
            <translation>รหัสเครือข่าย</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <source>Members</source>
            <translation>สมาชิก</translation>
        </message>
        <message>
            <source>Add member…</source>
            <translation>เพิ่มสมาชิก…</translation>
        </message>
        <message>
            <source>Remove member</source>
            <translation>นำสมาชิกออก</translation>
        </message>
        <message>
            <source>Targets</source>
            <translation>เป้าหมาย</translation>
        </message>
        <message>
            <source>Save targets</source>
            <translation>บันทึกเป้าหมาย</translation>
        </message>
        <message>
            <source>Participatory projects target</source>
            <translation>เป้าหมายโครงการแบบมีส่วนร่วม</translation>
        </message>
        <message>
            <source>Withhold counts below</source>
            <translation>ไม่เปิดเผยตัวเลขที่ต่ำกว่า</translation>
        </message>
        <message>
            <source>Write network file to the folder</source>
            <translation>เขียนไฟล์เครือข่ายลงโฟลเดอร์</translation>
        </message>
        <message>
            <source>No network yet. Create it: this database then holds the network's signing key (it is backed up with the database).</source>
            <translation>ยังไม่มีเครือข่าย สร้างเครือข่าย แล้วฐานข้อมูลนี้จะเก็บกุญแจลงนามของเครือข่าย (สำรองไปพร้อมฐานข้อมูล)</translation>
        </message>
        <message>
            <source>{name} ({code}), revision {revision}. Coordinator key fingerprint: {fingerprint} — CSOs check it when they join.</source>
            <translation>{name} ({code}) ฉบับ {revision} ลายนิ้วมือกุญแจผู้ประสานงาน: {fingerprint} — องค์กรตรวจสอบเมื่อเข้าร่วม</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>รหัส</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>ลายนิ้วมือกุญแจ</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>แผนงาน</translation>
        </message>
        <message>
            <source>People target</source>
            <translation>เป้าหมายจำนวนคน</translation>
        </message>
        <message>
            <source>Network created. Add the member CSOs next.</source>
            <translation>สร้างเครือข่ายแล้ว ต่อไปเพิ่มองค์กรสมาชิก</translation>
        </message>
        <message>
            <source>Add member</source>
            <translation>เพิ่มสมาชิก</translation>
        </message>
        <message>
            <source>The public key must be 64 hexadecimal characters.</source>
            <translation>กุญแจสาธารณะต้องเป็นอักขระฐานสิบหก 64 ตัว</translation>
        </message>
        <message>
            <source>{code} added. Write the network file to the folder so they can publish.</source>
            <translation>เพิ่ม {code} แล้ว เขียนไฟล์เครือข่ายลงโฟลเดอร์เพื่อให้เขาเผยแพร่ได้</translation>
        </message>
        <message>
            <source>Remove {code} from the network?</source>
            <translation>นำ {code} ออกจากเครือข่ายหรือไม่</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>นำออก</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>เก็บไว้</translation>
        </message>
        <message>
            <source>{code} removed.</source>
            <translation>นำ {code} ออกแล้ว</translation>
        </message>
        <message>
            <source>Targets are whole numbers.</source>
            <translation>เป้าหมายต้องเป็นจำนวนเต็ม</translation>
        </message>
        <message>
            <source>Targets saved.</source>
            <translation>บันทึกเป้าหมายแล้ว</translation>
        </message>
        <message>
            <source>The shared folder is not reachable. The network is kept here; write it when the folder is connected.</source>
            <translation>เข้าถึงโฟลเดอร์ที่แบ่งปันไม่ได้ เครือข่ายยังเก็บไว้ที่นี่ เขียนอีกครั้งเมื่อเชื่อมต่อโฟลเดอร์ได้</translation>
        </message>
        <message>
            <source>Wrote network file revision {revision} to {folder}.</source>
            <translation>เขียนไฟล์เครือข่ายฉบับ {revision} ลง {folder} แล้ว</translation>
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
    </context>
    <context>
        <name>ObjectivesTab</name>
        <message>
            <source>Type an objective, then Enter to add it</source>
            <translation>พิมพ์วัตถุประสงค์ แล้วกด Enter เพื่อเพิ่ม</translation>
        </message>
        <message>
            <source>Type a key message, then Enter to add it</source>
            <translation>พิมพ์สาระสำคัญ แล้วกด Enter เพื่อเพิ่ม</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>วัตถุประสงค์</translation>
        </message>
        <message>
            <source>By the end of the session participants will…</source>
            <translation>เมื่อจบเซสชัน ผู้เข้าร่วมจะ…</translation>
        </message>
        <message>
            <source>Key messages</source>
            <translation>สาระสำคัญ</translation>
        </message>
        <message>
            <source>What every participant should remember and share at home.</source>
            <translation>สิ่งที่ผู้เข้าร่วมทุกคนควรจำและนำไปเล่าที่บ้าน</translation>
        </message>
    </context>
    <context>
        <name>OpenCaseDialog</name>
        <message>
            <source>Open a case</source>
            <translation>เปิดกรณี</translation>
        </message>
        <message>
            <source>Open case</source>
            <translation>เปิดกรณี</translation>
        </message>
        <message>
            <source>Service line *</source>
            <translation>สายบริการ *</translation>
        </message>
        <message>
            <source>Case owner *</source>
            <translation>ผู้รับผิดชอบกรณี *</translation>
        </message>
        <message>
            <source>Opened on *</source>
            <translation>วันที่เปิด *</translation>
        </message>
    </context>
    <context>
        <name>OrganisationPage</name>
        <message>
            <source>Your organisation</source>
            <translation>องค์กรของคุณ</translation>
        </message>
        <message>
            <source>The short code appears in every person's code, e.g. BEAM-000123.</source>
            <translation>รหัสย่อจะอยู่ในรหัสของทุกคน เช่น BEAM-000123</translation>
        </message>
        <message>
            <source>e.g. BEAM</source>
            <translation>เช่น BEAM</translation>
        </message>
        <message>
            <source>e.g. BEAM Education Foundation</source>
            <translation>เช่น มูลนิธิการศึกษา BEAM</translation>
        </message>
        <message>
            <source>Short code</source>
            <translation>รหัสย่อ</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>ชื่อ-นามสกุล</translation>
        </message>
    </context>
    <context>
        <name>PairingCodeDialog</name>
        <message>
            <source>Pairing code</source>
            <translation>รหัสจับคู่</translation>
        </message>
        <message>
            <source>The invitation for “{laptop}” is saved as:
{path}

Take the file to the new laptop. Then read this code out to the person who sets it up. Do not send the code together with the file.</source>
            <translation>บันทึกคำเชิญสำหรับ “{laptop}” เป็น:
{path}

นำไฟล์ไปที่แล็ปท็อปเครื่องใหม่ แล้วอ่านรหัสนี้ให้ผู้ที่ตั้งค่าฟัง อย่าส่งรหัสไปพร้อมกับไฟล์</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>เสร็จสิ้น</translation>
        </message>
    </context>
    <context>
        <name>ParticipantNotesDialog</name>
        <message>
            <source>Participants' notes</source>
            <translation>บันทึกของผู้เข้าร่วม</translation>
        </message>
        <message>
            <source>Confidential: each note is read only by the caseworkers who see that person's whole record. A facilitator reads back only the notes they wrote.</source>
            <translation>เป็นความลับ: บันทึกแต่ละรายการอ่านได้เฉพาะผู้ดูแลเคสที่เห็นระเบียนทั้งหมดของบุคคลนั้น ผู้นำกิจกรรมอ่านย้อนหลังได้เฉพาะบันทึกที่ตนเขียน</translation>
        </message>
        <message>
            <source>Save notes</source>
            <translation>บันทึกข้อความ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
    </context>
    <context>
        <name>ParticipantNotesTable</name>
        <message>
            <source>Participant</source>
            <translation>ผู้เข้าร่วม</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <source>What this participant said or needs (confidential)</source>
            <translation>สิ่งที่ผู้เข้าร่วมคนนี้พูดหรือต้องการ (เป็นความลับ)</translation>
        </message>
        <message>
            <source>Not yours to write: not in your cases</source>
            <translation>คุณเขียนไม่ได้: ไม่ได้อยู่ในเคสของคุณ</translation>
        </message>
    </context>
    <context>
        <name>ParticipantPicker</name>
        <message>
            <source>{person}   — came to {count} session(s)</source>
            <translation>{person}   — เข้าร่วม {count} เซสชัน</translation>
        </message>
        <message>
            <source>Participants: {count}</source>
            <translation>ผู้เข้าร่วม: {count}</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsTab</name>
        <message>
            <source>The women (and men) taking part in this project. Add registered people; attendance at each session is logged on the Sessions page.</source>
            <translation>ผู้หญิง (และผู้ชาย) ที่ร่วมโครงการนี้ เพิ่มบุคคลที่ลงทะเบียนแล้ว การเข้าร่วมแต่ละเซสชันบันทึกในหน้า “เซสชัน”</translation>
        </message>
        <message>
            <source>Could not load the participants</source>
            <translation>โหลดผู้เข้าร่วมไม่ได้</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>ไม่ได้บันทึก</translation>
        </message>
    </context>
    <context>
        <name>PassphrasePage</name>
        <message>
            <source>Your recovery passphrase</source>
            <translation>วลีกู้คืนของคุณ</translation>
        </message>
        <message>
            <source>Shown only this once. If every password is forgotten, only this passphrase opens the records.</source>
            <translation>แสดงเพียงครั้งนี้ครั้งเดียว หากลืมรหัสผ่านทั้งหมด มีเพียงวลีนี้ที่เปิดระเบียนได้</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>คัดลอก</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>พิมพ์…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>บันทึกเป็น PDF…</translation>
        </message>
        <message>
            <source>Keep it on paper in a locked place, away from this laptop. Anyone who has the passphrase and a copy of the database can read the records. Do not keep it in a file on this computer or in a chat.</source>
            <translation>เก็บไว้บนกระดาษในที่ที่ล็อกได้ ห่างจากแล็ปท็อปนี้ ใครก็ตามที่มีวลีนี้และสำเนาฐานข้อมูลจะอ่านระเบียนได้ อย่าเก็บเป็นไฟล์ในคอมพิวเตอร์นี้หรือในแชท</translation>
        </message>
        <message>
            <source>I have written down or printed the recovery passphrase and will keep it somewhere safe</source>
            <translation>ฉันจดหรือพิมพ์วลีกู้คืนแล้ว และจะเก็บไว้ในที่ปลอดภัย</translation>
        </message>
        <message>
            <source>Copied. Paste it only where you print it, then delete it.</source>
            <translation>คัดลอกแล้ว วางเฉพาะที่ที่จะพิมพ์ แล้วลบทิ้ง</translation>
        </message>
    </context>
    <context>
        <name>PassphrasePrint</name>
        <message>
            <source>Saphan recovery passphrase</source>
            <translation>วลีกู้คืน Saphan</translation>
        </message>
        <message>
            <source>Created on {date}</source>
            <translation>สร้างเมื่อ {date}</translation>
        </message>
        <message>
            <source>If every password is forgotten, an admin can open the records with this passphrase. Keep this paper in a locked place, away from the laptop. Anyone who has it and a copy of the database can read the records.</source>
            <translation>หากลืมรหัสผ่านทั้งหมด ผู้ดูแลระบบเปิดระเบียนได้ด้วยวลีนี้ เก็บกระดาษนี้ไว้ในที่ที่ล็อกได้ ห่างจากแล็ปท็อป ใครก็ตามที่มีกระดาษนี้และสำเนาฐานข้อมูลจะอ่านระเบียนได้</translation>
        </message>
        <message>
            <source>Print the recovery passphrase</source>
            <translation>พิมพ์วลีกู้คืน</translation>
        </message>
        <message>
            <source>Save the recovery passphrase as PDF</source>
            <translation>บันทึกวลีกู้คืนเป็น PDF</translation>
        </message>
        <message>
            <source>Saphan recovery passphrase.pdf</source>
            <translation>วลีกู้คืน Saphan.pdf</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>ไฟล์ PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>PasswordFields</name>
        <message>
            <source>At least 10 characters</source>
            <translation>อย่างน้อย 10 ตัวอักษร</translation>
        </message>
        <message>
            <source>New password</source>
            <translation>รหัสผ่านใหม่</translation>
        </message>
        <message>
            <source>Type it again</source>
            <translation>พิมพ์อีกครั้ง</translation>
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Code</source>
            <translation>รหัส</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <source>Myanmar/Thai name</source>
            <translation>ชื่อภาษาเมียนมา/ไทย</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>เพศ</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>อายุ</translation>
        </message>
        <message>
            <source>Population group</source>
            <translation>กลุ่มประชากร</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>พื้นที่</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>Only part of this record is yours to see.</source>
            <translation>คุณดูระเบียนนี้ได้เพียงบางส่วน</translation>
        </message>
        <message>
            <source>Estimated: born about {year}</source>
            <translation>ประมาณ: เกิดราวปี {year}</translation>
        </message>
        <message>
            <source>Born {date}</source>
            <translation>เกิด {date}</translation>
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <source>Register a person</source>
            <translation>ลงทะเบียนบุคคล</translation>
        </message>
        <message>
            <source>{code} — person record</source>
            <translation>{code} — ระเบียนบุคคล</translation>
        </message>
        <message>
            <source>Your role can see this record but not change it.</source>
            <translation>บทบาทของคุณดูระเบียนนี้ได้ แต่แก้ไขไม่ได้</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <source>Disability (Washington Group)</source>
            <translation>ความพิการ (Washington Group)</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>ความยินยอม</translation>
        </message>
        <message>
            <source>Other details</source>
            <translation>รายละเอียดอื่น ๆ</translation>
        </message>
        <message>
            <source>History</source>
            <translation>ประวัติ</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>ลงทะเบียน</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>บันทึกการแก้ไข</translation>
        </message>
        <message>
            <source>Fill in the fields marked * to save.</source>
            <translation>กรอกช่องที่มีเครื่องหมาย * เพื่อบันทึก</translation>
        </message>
        <message>
            <source>Correct the fields marked in red to save.</source>
            <translation>แก้ไขช่องที่เป็นสีแดงเพื่อบันทึก</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>กรณี</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>การเปลี่ยนแปลง</translation>
        </message>
        <message>
            <source>Export what we hold…</source>
            <translation>ส่งออกข้อมูลที่เราเก็บไว้…</translation>
        </message>
        <message>
            <source>A copy of everything held about this person, for them: a Word document in their language, or a JSON file.</source>
            <translation>สำเนาข้อมูลทั้งหมดที่เก็บไว้เกี่ยวกับบุคคลนี้ สำหรับเจ้าตัว: เอกสาร Word ในภาษาของเขา หรือไฟล์ JSON</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>เอกสาร Word (*.docx)</translation>
        </message>
        <message>
            <source>JSON file (*.json)</source>
            <translation>ไฟล์ JSON (*.json)</translation>
        </message>
        <message>
            <source>Export what we hold about {code}</source>
            <translation>ส่งออกข้อมูลที่เราเก็บไว้เกี่ยวกับ {code}</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>ไม่ได้ส่งออก</translation>
        </message>
        <message>
            <source>Wrote what we hold about {code} to {path}.</source>
            <translation>บันทึกข้อมูลที่เราเก็บไว้เกี่ยวกับ {code} ลงใน {path} แล้ว</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>ละทิ้งการแก้ไขหรือไม่</translation>
        </message>
        <message>
            <source>You have changed this record. Discard the changes?</source>
            <translation>คุณแก้ไขระเบียนนี้แล้ว ต้องการละทิ้งการแก้ไขหรือไม่</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>ละทิ้ง</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>แก้ไขต่อ</translation>
        </message>
    </context>
    <context>
        <name>PersonPicker</name>
        <message>
            <source>Who is referred?</source>
            <translation>ส่งต่อใคร</translation>
        </message>
        <message>
            <source>Refer to: {service}</source>
            <translation>ส่งต่อไปยัง: {service}</translation>
        </message>
        <message>
            <source>Search by name, code or phone</source>
            <translation>ค้นหาด้วยชื่อ รหัส หรือเบอร์โทร</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>ดำเนินการต่อ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>Nobody found.</source>
            <translation>ไม่พบใคร</translation>
        </message>
    </context>
    <context>
        <name>PersonTab</name>
        <message>
            <source>e.g. Ma Hnin Ei</source>
            <translation>เช่น Ma Hnin Ei</translation>
        </message>
        <message>
            <source>e.g. မနှင်းအိ or สมศรี ใจดี</source>
            <translation>เช่น มนหนิ่งเอ (မနှင်းအိ) หรือ สมศรี ใจดี</translation>
        </message>
        <message>
            <source>Age or birth year is estimated</source>
            <translation>อายุหรือปีเกิดเป็นค่าประมาณ</translation>
        </message>
        <message>
            <source> years</source>
            <translation> ปี</translation>
        </message>
        <message>
            <source>Birth year</source>
            <translation>ปีเกิด</translation>
        </message>
        <message>
            <source>or age</source>
            <translation>หรืออายุ</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>เลือก…</translation>
        </message>
        <message>
            <source>e.g. 081 234 5678 or 09 4512 3456</source>
            <translation>เช่น 081 234 5678 หรือ 09 4512 3456</translation>
        </message>
        <message>
            <source>Choose or type a place</source>
            <translation>เลือกหรือพิมพ์สถานที่</translation>
        </message>
        <message>
            <source>Practical notes only (e.g. best time to call). No health or case details.</source>
            <translation>หมายเหตุที่ใช้งานเท่านั้น (เช่น เวลาที่สะดวกให้โทร) ห้ามใส่รายละเอียดสุขภาพหรือกรณี</translation>
        </message>
        <message>
            <source>Name (Latin letters)</source>
            <translation>ชื่อ (อักษรละติน)</translation>
        </message>
        <message>
            <source>Name (Myanmar/Thai script)</source>
            <translation>ชื่อ (อักษรเมียนมา/ไทย)</translation>
        </message>
        <message>
            <source>Sex *</source>
            <translation>เพศ *</translation>
        </message>
        <message>
            <source>Date of birth *</source>
            <translation>วันเกิด *</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>สัญชาติ</translation>
        </message>
        <message>
            <source>Population group *</source>
            <translation>กลุ่มประชากร *</translation>
        </message>
        <message>
            <source>Documentation</source>
            <translation>เอกสาร</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>พื้นที่</translation>
        </message>
        <message>
            <source>Preferred language</source>
            <translation>ภาษาที่ต้องการ</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <source>{n} years old</source>
            <translation>อายุ {n} ปี</translation>
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Steps and timing</source>
            <translation>ขั้นตอนและเวลา</translation>
        </message>
        <message>
            <source>Objectives and key messages</source>
            <translation>วัตถุประสงค์และสาระสำคัญ</translation>
        </message>
        <message>
            <source>Materials and preparation</source>
            <translation>อุปกรณ์และการเตรียมตัว</translation>
        </message>
        <message>
            <source>Safety and notes</source>
            <translation>ความปลอดภัยและบันทึก</translation>
        </message>
        <message>
            <source>e.g. Stress and coping</source>
            <translation>เช่น ความเครียดและการรับมือ</translation>
        </message>
        <message>
            <source> min</source>
            <translation> นาที</translation>
        </message>
        <message>
            <source>Session no.</source>
            <translation>เซสชันที่</translation>
        </message>
        <message>
            <source>Title *</source>
            <translation>ชื่อเรื่อง *</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ภาษา</translation>
        </message>
        <message>
            <source>Planned date</source>
            <translation>วันที่วางแผน</translation>
        </message>
        <message>
            <source>Planned duration</source>
            <translation>ระยะเวลาที่วางแผน</translation>
        </message>
        <message>
            <source>Drag a step, or press Ctrl+Up / Ctrl+Down, to change the order</source>
            <translation>ลากขั้นตอน หรือกด Ctrl+Up / Ctrl+Down เพื่อเปลี่ยนลำดับ</translation>
        </message>
        <message>
            <source>Add step</source>
            <translation>เพิ่มขั้นตอน</translation>
        </message>
        <message>
            <source>Add a step after the selected one (Ctrl+T)</source>
            <translation>เพิ่มขั้นตอนต่อจากขั้นตอนที่เลือก (Ctrl+T)</translation>
        </message>
        <message>
            <source>Remove step</source>
            <translation>นำขั้นตอนออก</translation>
        </message>
        <message>
            <source>Remove the selected step (Delete)</source>
            <translation>นำขั้นตอนที่เลือกออก (Delete)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>เลื่อนขึ้น</translation>
        </message>
        <message>
            <source>Move the selected step earlier (Ctrl+Up)</source>
            <translation>เลื่อนขั้นตอนที่เลือกขึ้นก่อน (Ctrl+Up)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>เลื่อนลง</translation>
        </message>
        <message>
            <source>Move the selected step later (Ctrl+Down)</source>
            <translation>เลื่อนขั้นตอนที่เลือกไปทีหลัง (Ctrl+Down)</translation>
        </message>
        <message>
            <source>Save as template…</source>
            <translation>บันทึกเป็นแม่แบบ…</translation>
        </message>
        <message>
            <source>Keep a copy of this plan in the template library, to reuse it</source>
            <translation>เก็บสำเนาแผนนี้ไว้ในคลังแม่แบบเพื่อใช้ซ้ำ</translation>
        </message>
        <message>
            <source>Export to Word…</source>
            <translation>ส่งออกเป็น Word…</translation>
        </message>
        <message>
            <source>Open in Word</source>
            <translation>เปิดใน Word</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>พิมพ์</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>บันทึก (Ctrl+S)</translation>
        </message>
        <message>
            <source>Template: {title}</source>
            <translation>แม่แบบ: {title}</translation>
        </message>
        <message>
            <source>New session plan: {title}</source>
            <translation>แผนเซสชันใหม่: {title}</translation>
        </message>
        <message>
            <source>Session plan: {title}</source>
            <translation>แผนเซสชัน: {title}</translation>
        </message>
        <message>
            <source>(no title yet)</source>
            <translation>(ยังไม่มีชื่อ)</translation>
        </message>
        <message>
            <source>(no title)</source>
            <translation>(ไม่มีชื่อ)</translation>
        </message>
        <message>
            <source>Step “{title}” removed.</source>
            <translation>นำขั้นตอน “{title}” ออกแล้ว</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>เลิกทำ</translation>
        </message>
        <message>
            <source>Total time: {total} minutes of the {planned} planned.</source>
            <translation>เวลารวม: {total} นาที จากที่วางแผนไว้ {planned} นาที</translation>
        </message>
        <message>
            <source>Total time: {total} minutes.</source>
            <translation>เวลารวม: {total} นาที</translation>
        </message>
        <message>
            <source>The steps take {total} minutes, {over} more than the {planned} planned. Shorten a step or plan a longer session.</source>
            <translation>ขั้นตอนใช้เวลา {total} นาที เกินที่วางแผนไว้ {planned} นาทีอยู่ {over} นาที กรุณาย่อขั้นตอนหรือวางแผนเซสชันให้ยาวขึ้น</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>ไม่ได้บันทึก</translation>
        </message>
        <message>
            <source>Plan “{title}” saved.</source>
            <translation>บันทึกแผน “{title}” แล้ว</translation>
        </message>
        <message>
            <source>Not saved yet</source>
            <translation>ยังไม่ได้บันทึก</translation>
        </message>
        <message>
            <source>Correct the plan first: {problem}</source>
            <translation>กรุณาแก้ไขแผนก่อน: {problem}</translation>
        </message>
        <message>
            <source>Save as template</source>
            <translation>บันทึกเป็นแม่แบบ</translation>
        </message>
        <message>
            <source>Title of the template in the library:</source>
            <translation>ชื่อแม่แบบในคลัง:</translation>
        </message>
        <message>
            <source>Saved in the template library as “{title}”.</source>
            <translation>บันทึกในคลังแม่แบบเป็น “{title}” แล้ว</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>ละทิ้งการแก้ไขหรือไม่</translation>
        </message>
        <message>
            <source>This plan has changes that are not saved. Discard them?</source>
            <translation>แผนนี้มีการแก้ไขที่ยังไม่ได้บันทึก ต้องการละทิ้งหรือไม่</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>ละทิ้งการแก้ไข</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>แก้ไขต่อ</translation>
        </message>
    </context>
    <context>
        <name>PlansTab</name>
        <message>
            <source>No.</source>
            <translation>ลำดับ</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>ชื่อเรื่อง</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>ระยะเวลา</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ภาษา</translation>
        </message>
        <message>
            <source>New plan</source>
            <translation>แผนใหม่</translation>
        </message>
        <message>
            <source>New from template…</source>
            <translation>สร้างใหม่จากแม่แบบ…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>เปิด</translation>
        </message>
        <message>
            <source>Duplicate</source>
            <translation>ทำสำเนา</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>ลบ…</translation>
        </message>
        <message>
            <source>Export project plan (Word)…</source>
            <translation>ส่งออกแผนโครงการ (Word)…</translation>
        </message>
        <message>
            <source>One Word document: the project's overview, then every session plan</source>
            <translation>เอกสาร Word ฉบับเดียว: ภาพรวมโครงการ ตามด้วยแผนเซสชันทุกแผน</translation>
        </message>
        <message>
            <source>Could not load the plans</source>
            <translation>โหลดแผนไม่ได้</translation>
        </message>
        <message>
            <source>{minutes} min</source>
            <translation>{minutes} นาที</translation>
        </message>
        <message>
            <source>{minutes} min (steps {over} over)</source>
            <translation>{minutes} นาที (ขั้นตอนเกิน {over} นาที)</translation>
        </message>
        <message>
            <source>Plan “{title}” made from the template. Adapt it to your group.</source>
            <translation>สร้างแผน “{title}” จากแม่แบบแล้ว ปรับให้เหมาะกับกลุ่มของคุณ</translation>
        </message>
        <message>
            <source>Could not open the plan</source>
            <translation>เปิดแผนไม่ได้</translation>
        </message>
        <message>
            <source>Not duplicated</source>
            <translation>ไม่ได้ทำสำเนา</translation>
        </message>
        <message>
            <source>Copied as session {number}. Set its date when you know it.</source>
            <translation>คัดลอกเป็นเซสชันที่ {number} แล้ว กำหนดวันที่เมื่อทราบ</translation>
        </message>
        <message>
            <source>Delete plan?</source>
            <translation>ลบแผนหรือไม่</translation>
        </message>
        <message>
            <source>Delete the plan of session {number}, “{title}”?</source>
            <translation>ลบแผนของเซสชันที่ {number} “{title}” หรือไม่</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>ไม่ได้ลบ</translation>
        </message>
        <message>
            <source>Plan deleted.</source>
            <translation>ลบแผนแล้ว</translation>
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Row</source>
            <translation>แถว</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>นำเข้า</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <source>Name (own script)</source>
            <translation>ชื่อ (อักษรของตนเอง)</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>เพศ</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>เกิด</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <source>Zawgyi → Unicode</source>
            <translation>Zawgyi → Unicode</translation>
        </message>
        <message>
            <source>Problems and notes</source>
            <translation>ปัญหาและหมายเหตุ</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>ปัญหา</translation>
        </message>
        <message>
            <source>Duplicate?</source>
            <translation>ซ้ำหรือไม่</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>พร้อม</translation>
        </message>
        <message>
            <source>about {year}</source>
            <translation>ประมาณ {year}</translation>
        </message>
        <message>
            <source>Same name and birth year as row {row}.</source>
            <translation>ชื่อและปีเกิดเหมือนแถว {row}</translation>
        </message>
        <message>
            <source>Maybe already registered: {code} ({why}).</source>
            <translation>อาจลงทะเบียนไว้แล้ว: {code} ({why})</translation>
        </message>
        <message>
            <source>The name is typed in Zawgyi.</source>
            <translation>ชื่อพิมพ์ด้วยฟอนต์ Zawgyi</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check the rows</source>
            <translation>ตรวจสอบแถว</translation>
        </message>
        <message>
            <source>Rows with a problem are not imported: correct them in the file and import it again, or import the others now. Untick a row to leave it out.</source>
            <translation>แถวที่มีปัญหาจะไม่ถูกนำเข้า แก้ไขในไฟล์แล้วนำเข้าใหม่ หรือนำเข้าแถวอื่นตอนนี้ เอาเครื่องหมายออกจากแถวที่ไม่ต้องการ</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>นำเข้า</translation>
        </message>
        <message>
            <source>Only rows that need attention</source>
            <translation>เฉพาะแถวที่ต้องตรวจสอบ</translation>
        </message>
        <message>
            <source>Use the Unicode spelling of all Zawgyi names</source>
            <translation>ใช้การสะกดแบบ Unicode สำหรับชื่อที่เป็น Zawgyi ทั้งหมด</translation>
        </message>
        <message>
            <source>{rows} rows: {ready} ready, {problems} with problems.</source>
            <translation>{rows} แถว: พร้อม {ready} แถว มีปัญหา {problems} แถว</translation>
        </message>
        <message>
            <source>{count} may be people already listed (unticked).</source>
            <translation>{count} คนอาจมีอยู่ในรายชื่อแล้ว (ไม่ได้เลือก)</translation>
        </message>
        <message>
            <source>{count} names are typed in Zawgyi.</source>
            <translation>มี {count} ชื่อที่พิมพ์ด้วยฟอนต์ Zawgyi</translation>
        </message>
        <message>
            <source>{count} will be imported.</source>
            <translation>จะนำเข้า {count} คน</translation>
        </message>
    </context>
    <context>
        <name>Programmes</name>
        <message>
            <source>Enter a short code.</source>
            <translation>ใส่รหัสสั้น ๆ</translation>
        </message>
        <message>
            <source>Use 2 to 40 small letters, digits or underscores, starting with a letter (e.g. home_visit).</source>
            <translation>ใช้ตัวอักษรพิมพ์เล็ก ตัวเลข หรือขีดล่าง 2 ถึง 40 ตัว ขึ้นต้นด้วยตัวอักษร (เช่น home_visit)</translation>
        </message>
        <message>
            <source>This code is taken already. Choose another one.</source>
            <translation>รหัสนี้ถูกใช้แล้ว เลือกรหัสอื่น</translation>
        </message>
        <message>
            <source>Enter the name in English (Burmese and Thai are optional).</source>
            <translation>ใส่ชื่อภาษาอังกฤษ (ภาษาพม่าและภาษาไทยไม่บังคับ)</translation>
        </message>
        <message>
            <source>Another of your programmes counts in this network programme. People are counted once per programme, so each network programme takes one of yours: map the other one elsewhere first.</source>
            <translation>แผนงานอื่นขององค์กรคุณนับอยู่ในแผนงานเครือข่ายนี้แล้ว แต่ละคนถูกนับครั้งเดียวต่อแผนงาน แผนงานเครือข่ายหนึ่งจึงรับแผนงานของคุณได้เพียงหนึ่งเดียว: ให้เชื่อมแผนงานนั้นไปที่อื่นก่อน</translation>
        </message>
        <message>
            <source>This is not a network programme's code.</source>
            <translation>นี่ไม่ใช่รหัสของแผนงานเครือข่าย</translation>
        </message>
        <message>
            <source>Sessions were logged as this kind, or it is one of Saphan's own types: it cannot change.</source>
            <translation>มีการบันทึกเซสชันเป็นประเภทนี้แล้ว หรือเป็นประเภทที่มากับ Saphan: เปลี่ยนไม่ได้</translation>
        </message>
        <message>
            <source>This programme no longer exists. Choose another one.</source>
            <translation>แผนงานนี้ไม่มีอยู่แล้ว กรุณาเลือกแผนงานอื่น</translation>
        </message>
        <message>
            <source>Name in Burmese</source>
            <translation>ชื่อภาษาพม่า</translation>
        </message>
        <message>
            <source>Name in Thai</source>
            <translation>ชื่อภาษาไทย</translation>
        </message>
        <message>
            <source>How Saphan names it in files. It cannot change later.</source>
            <translation>ชื่อที่ Saphan ใช้ในไฟล์ เปลี่ยนภายหลังไม่ได้</translation>
        </message>
        <message>
            <source>Code *</source>
            <translation>รหัส *</translation>
        </message>
        <message>
            <source>Add a programme</source>
            <translation>เพิ่มแผนงาน</translation>
        </message>
        <message>
            <source>Change a programme</source>
            <translation>แก้ไขแผนงาน</translation>
        </message>
        <message>
            <source>Add programme</source>
            <translation>เพิ่มแผนงาน</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>บันทึกการแก้ไข</translation>
        </message>
        <message>
            <source>Name in English *</source>
            <translation>ชื่อภาษาอังกฤษ *</translation>
        </message>
        <message>
            <source>e.g. Legal aid</source>
            <translation>เช่น ความช่วยเหลือทางกฎหมาย</translation>
        </message>
        <message>
            <source>The network programme with the same code</source>
            <translation>แผนงานเครือข่ายที่มีรหัสเดียวกัน</translation>
        </message>
        <message>
            <source>None: it stays with our organisation</source>
            <translation>ไม่มี: อยู่กับองค์กรของเราเท่านั้น</translation>
        </message>
        <message>
            <source>The network's programme this programme's people are counted in when you share figures. Figures of a programme that counts in none stay with you.</source>
            <translation>แผนงานของเครือข่ายที่นับคนของแผนงานนี้เมื่อคุณแบ่งปันตัวเลข ตัวเลขของแผนงานที่ไม่ได้นับในแผนงานใดจะอยู่กับคุณเท่านั้น</translation>
        </message>
        <message>
            <source>Network programme</source>
            <translation>แผนงานเครือข่าย</translation>
        </message>
        <message>
            <source>No network file yet: the network's programmes show once you join.</source>
            <translation>ยังไม่มีไฟล์เครือข่าย: แผนงานของเครือข่ายจะแสดงเมื่อคุณเข้าร่วม</translation>
        </message>
        <message>
            <source>Add an activity type</source>
            <translation>เพิ่มประเภทกิจกรรม</translation>
        </message>
        <message>
            <source>Change an activity type</source>
            <translation>แก้ไขประเภทกิจกรรม</translation>
        </message>
        <message>
            <source>Add activity type</source>
            <translation>เพิ่มประเภทกิจกรรม</translation>
        </message>
        <message>
            <source>e.g. Home visit</source>
            <translation>เช่น การเยี่ยมบ้าน</translation>
        </message>
        <message>
            <source>A group (a list of who came)</source>
            <translation>กลุ่ม (มีรายชื่อผู้เข้าร่วม)</translation>
        </message>
        <message>
            <source>Individual (one person)</source>
            <translation>รายบุคคล (หนึ่งคน)</translation>
        </message>
        <message>
            <source>Sessions are</source>
            <translation>เซสชันเป็นแบบ</translation>
        </message>
        <message>
            <source>None</source>
            <translation>ไม่มี</translation>
        </message>
        <message>
            <source>The programme a new session of this type is logged under, unless changed.</source>
            <translation>แผนงานที่เซสชันใหม่ของประเภทนี้จะถูกบันทึกไว้ หากไม่เปลี่ยน</translation>
        </message>
        <message>
            <source>Usual programme</source>
            <translation>แผนงานปกติ</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>เพิ่ม…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>แก้ไข…</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>ปิดใช้งาน</translation>
        </message>
        <message>
            <source>Reactivate</source>
            <translation>เปิดใช้งานอีกครั้ง</translation>
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation>บันทึก {name} แล้ว</translation>
        </message>
        <message>
            <source>Not changed</source>
            <translation>ไม่ได้เปลี่ยนแปลง</translation>
        </message>
        <message>
            <source>{name} shows on the forms again.</source>
            <translation>{name} แสดงในแบบฟอร์มอีกครั้ง</translation>
        </message>
        <message>
            <source>Deactivated {name}: sessions logged with it keep it.</source>
            <translation>ปิดใช้งาน {name} แล้ว: เซสชันที่บันทึกไว้ด้วยยังคงเก็บไว้</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>ใช้งานอยู่</translation>
        </message>
        <message>
            <source>Deactivated</source>
            <translation>ปิดใช้งานแล้ว</translation>
        </message>
        <message>
            <source>Programmes</source>
            <translation>แผนงาน</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>แผนงาน</translation>
        </message>
        <message>
            <source>State</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>Your organisation's programmes. Sessions are logged under one; when you share figures, each programme's people are counted in the network programme it maps to (by default the one with the same code). A programme that maps to none stays with you.</source>
            <translation>แผนงานขององค์กรคุณ ทุกเซสชันถูกบันทึกภายใต้แผนงานหนึ่ง เมื่อคุณแบ่งปันตัวเลข คนของแต่ละแผนงานจะถูกนับในแผนงานเครือข่ายที่เชื่อมไว้ (โดยปกติคือแผนงานที่มีรหัสเดียวกัน) แผนงานที่ไม่ได้เชื่อมกับแผนงานใดจะอยู่กับคุณเท่านั้น</translation>
        </message>
        <message>
            <source>None (stays with you)</source>
            <translation>ไม่มี (อยู่กับคุณ)</translation>
        </message>
        <message>
            <source>Activity types</source>
            <translation>ประเภทกิจกรรม</translation>
        </message>
        <message>
            <source>Activity type</source>
            <translation>ประเภทกิจกรรม</translation>
        </message>
        <message>
            <source>The kinds of session staff log. An individual one is with one person; a group one has a list of who came. Saphan's own types can be renamed, not changed in kind.</source>
            <translation>ประเภทของเซสชันที่เจ้าหน้าที่บันทึก แบบรายบุคคลคือกับคนคนเดียว แบบกลุ่มมีรายชื่อผู้เข้าร่วม ประเภทที่มากับ Saphan เปลี่ยนชื่อได้ แต่เปลี่ยนแบบไม่ได้</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>รายบุคคล</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>กลุ่ม</translation>
        </message>
    </context>
    <context>
        <name>ProjectDialog</name>
        <message>
            <source>New project</source>
            <translation>โครงการใหม่</translation>
        </message>
        <message>
            <source>Edit project</source>
            <translation>แก้ไขโครงการ</translation>
        </message>
        <message>
            <source>e.g. Women's voices in public services, 2026</source>
            <translation>เช่น เสียงของผู้หญิงในบริการสาธารณะ 2026</translation>
        </message>
        <message>
            <source>e.g. Women's group, Mae Pa</source>
            <translation>เช่น กลุ่มผู้หญิง แม่ปะ</translation>
        </message>
        <message>
            <source>Staff and volunteer facilitators</source>
            <translation>ผู้ดำเนินกิจกรรมที่เป็นเจ้าหน้าที่และอาสาสมัคร</translation>
        </message>
        <message>
            <source>What the group wants to change, e.g. more women use the health centre</source>
            <translation>สิ่งที่กลุ่มอยากเปลี่ยน เช่น ผู้หญิงใช้บริการศูนย์สุขภาพมากขึ้น</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(ไม่มี)</translation>
        </message>
        <message>
            <source>Title *</source>
            <translation>ชื่อเรื่อง *</translation>
        </message>
        <message>
            <source>Community or group</source>
            <translation>ชุมชนหรือกลุ่ม</translation>
        </message>
        <message>
            <source>Facilitators</source>
            <translation>ผู้ดำเนินกิจกรรม</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>เป้าหมาย</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>เริ่ม</translation>
        </message>
        <message>
            <source>End</source>
            <translation>สิ้นสุด</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>แผนงาน</translation>
        </message>
        <message>
            <source>Save project</source>
            <translation>บันทึกโครงการ</translation>
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation>บันทึก (Ctrl+S)</translation>
        </message>
        <message>
            <source>Correct the fields marked in red to save.</source>
            <translation>แก้ไขช่องที่เป็นสีแดงเพื่อบันทึก</translation>
        </message>
        <message>
            <source>Discard changes?</source>
            <translation>ละทิ้งการแก้ไขหรือไม่</translation>
        </message>
        <message>
            <source>The project has changes that are not saved. Discard them?</source>
            <translation>โครงการมีการแก้ไขที่ยังไม่ได้บันทึก ต้องการละทิ้งหรือไม่</translation>
        </message>
        <message>
            <source>Discard changes</source>
            <translation>ละทิ้งการแก้ไข</translation>
        </message>
        <message>
            <source>Keep editing</source>
            <translation>แก้ไขต่อ</translation>
        </message>
    </context>
    <context>
        <name>ProjectsModel</name>
        <message>
            <source>from {date}</source>
            <translation>ตั้งแต่ {date}</translation>
        </message>
        <message>
            <source>until {date}</source>
            <translation>ถึง {date}</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>โครงการ</translation>
        </message>
        <message>
            <source>Community or group</source>
            <translation>ชุมชนหรือกลุ่ม</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>ผู้เข้าร่วม</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>เซสชัน</translation>
        </message>
        <message>
            <source>Plans</source>
            <translation>แผน</translation>
        </message>
    </context>
    <context>
        <name>ProjectsPage</name>
        <message>
            <source>Projects</source>
            <translation>โครงการ</translation>
        </message>
        <message>
            <source>New project…</source>
            <translation>โครงการใหม่…</translation>
        </message>
        <message>
            <source>Start a participatory project (Ctrl+N)</source>
            <translation>เริ่มโครงการแบบมีส่วนร่วม (Ctrl+N)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>แก้ไข…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>ลบ…</translation>
        </message>
        <message>
            <source>Session plans</source>
            <translation>แผนเซสชัน</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>ผู้เข้าร่วม</translation>
        </message>
        <message>
            <source>Sessions and attendance</source>
            <translation>เซสชันและการเข้าร่วม</translation>
        </message>
        <message>
            <source>Could not load the projects</source>
            <translation>โหลดโครงการไม่ได้</translation>
        </message>
        <message>
            <source>1 project</source>
            <translation>1 โครงการ</translation>
        </message>
        <message>
            <source>{count} projects</source>
            <translation>{count} โครงการ</translation>
        </message>
        <message>
            <source>No projects yet. A project is a group with its goals, its participants and a plan for each session.</source>
            <translation>ยังไม่มีโครงการ โครงการคือกลุ่มที่มีเป้าหมาย ผู้เข้าร่วม และแผนสำหรับแต่ละเซสชัน</translation>
        </message>
        <message>
            <source>Start the first project</source>
            <translation>เริ่มโครงการแรก</translation>
        </message>
        <message>
            <source>Select a project to see its plans.</source>
            <translation>เลือกโครงการเพื่อดูแผน</translation>
        </message>
        <message>
            <source>Facilitators: {names}</source>
            <translation>ผู้ดำเนินกิจกรรม: {names}</translation>
        </message>
        <message>
            <source>Session plans ({count})</source>
            <translation>แผนเซสชัน ({count})</translation>
        </message>
        <message>
            <source>Participants ({count})</source>
            <translation>ผู้เข้าร่วม ({count})</translation>
        </message>
        <message>
            <source>Sessions and attendance ({count})</source>
            <translation>เซสชันและการเข้าร่วม ({count})</translation>
        </message>
        <message>
            <source>Project “{title}” saved.</source>
            <translation>บันทึกโครงการ “{title}” แล้ว</translation>
        </message>
        <message>
            <source>Delete project?</source>
            <translation>ลบโครงการหรือไม่</translation>
        </message>
        <message>
            <source>Delete the project “{title}”? Its sessions stay logged and still count; its plans are no longer listed.</source>
            <translation>ลบโครงการ “{title}” หรือไม่ เซสชันยังถูกบันทึกและนับอยู่ แต่จะไม่แสดงแผนอีก</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>ไม่ได้ลบ</translation>
        </message>
        <message>
            <source>Project deleted.</source>
            <translation>ลบโครงการแล้ว</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>เลิกทำ (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>ทำซ้ำ (&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>ตัด (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>คัดลอก (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>วาง (&amp;P)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>เลือกทั้งหมด</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>แสดงรายละเอียด...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>ซ่อนรายละเอียด...</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>ตกลง</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>เปิด</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ปิด</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>นำไปใช้</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>รีเซ็ต</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>ช่วยเหลือ</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>ละทิ้ง</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>ใช่ (&amp;Y)</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>ไม่ (&amp;N)</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>ลองอีกครั้ง</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>ข้าม</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>เลิกทำ (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>ทำซ้ำ (&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>ตัด (&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>คัดลอก (&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>วาง (&amp;P)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>เลือกทั้งหมด</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; ย้อนกลับ (&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>ถัดไป (&amp;N) &gt;</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>เสร็จสิ้น (&amp;F)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>ช่วยเหลือ (&amp;H)</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>ยืนยัน</translation>
        </message>
    </context>
    <context>
        <name>ReceivedReferralsPage</name>
        <message>
            <source>Referrals received</source>
            <translation>การส่งต่อที่ได้รับ</translation>
        </message>
        <message>
            <source>When someone arrives with a referral slip from another CSO, type or scan the code on it. Register the person only if they agree.</source>
            <translation>เมื่อมีผู้มาพร้อมใบส่งต่อจากองค์กรอื่น ให้พิมพ์หรือสแกนรหัสบนใบนั้น ลงทะเบียนบุคคลนั้นเฉพาะเมื่อเขายินยอม</translation>
        </message>
        <message>
            <source>e.g. BEAM-7K3Q-9XZF</source>
            <translation>เช่น BEAM-7K3Q-9XZF</translation>
        </message>
        <message>
            <source>Register the person…</source>
            <translation>ลงทะเบียนบุคคลนี้…</translation>
        </message>
        <message>
            <source>Only with the person's consent</source>
            <translation>เฉพาะเมื่อบุคคลนั้นยินยอม</translation>
        </message>
        <message>
            <source>Link someone registered…</source>
            <translation>เชื่อมกับผู้ที่ลงทะเบียนแล้ว…</translation>
        </message>
        <message>
            <source>Record the code only</source>
            <translation>บันทึกเฉพาะรหัส</translation>
        </message>
        <message>
            <source>Record the referral</source>
            <translation>บันทึกการส่งต่อ</translation>
        </message>
        <message>
            <source>Code on the slip</source>
            <translation>รหัสบนใบส่งต่อ</translation>
        </message>
        <message>
            <source>Our service</source>
            <translation>บริการของเรา</translation>
        </message>
        <message>
            <source>Arrived on</source>
            <translation>มาถึงวันที่</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <source>Not said</source>
            <translation>ไม่ได้ระบุ</translation>
        </message>
        <message>
            <source>Type the code on the referral slip, or scan it.</source>
            <translation>พิมพ์รหัสบนใบส่งต่อ หรือสแกนรหัส</translation>
        </message>
        <message>
            <source>Keep typing: a CSO's code, then eight letters and digits.</source>
            <translation>พิมพ์ต่อ: รหัสองค์กร ตามด้วยตัวอักษรและตัวเลขแปดตัว</translation>
        </message>
        <message>
            <source>A referral from {cso} ({name}).</source>
            <translation>การส่งต่อจาก {cso} ({name})</translation>
        </message>
        <message>
            <source>A referral from {cso}.</source>
            <translation>การส่งต่อจาก {cso}</translation>
        </message>
        <message>
            <source>Only the code is recorded: nobody is linked.</source>
            <translation>บันทึกเฉพาะรหัส: ไม่ได้เชื่อมกับบุคคลใด</translation>
        </message>
        <message>
            <source>Link the person who brought the slip, if they agree.</source>
            <translation>เชื่อมกับบุคคลที่นำใบส่งต่อมา หากเขายินยอม</translation>
        </message>
        <message>
            <source>Who arrived?</source>
            <translation>ใครมาถึง</translation>
        </message>
        <message>
            <source>Link someone registered</source>
            <translation>เชื่อมกับผู้ที่ลงทะเบียนแล้ว</translation>
        </message>
        <message>
            <source>Referral {code} recorded.</source>
            <translation>บันทึกการส่งต่อ {code} แล้ว</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>ได้รับแล้ว</translation>
        </message>
        <message>
            <source>Served</source>
            <translation>ให้บริการแล้ว</translation>
        </message>
        <message>
            <source>Not served</source>
            <translation>ไม่ได้ให้บริการ</translation>
        </message>
        <message>
            <source>Could not contact</source>
            <translation>ติดต่อไม่ได้</translation>
        </message>
        <message>
            <source>Why the person was not served</source>
            <translation>เหตุที่ไม่ได้ให้บริการบุคคลนี้</translation>
        </message>
        <message>
            <source>Save the outcome</source>
            <translation>บันทึกผล</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>ผลลัพธ์</translation>
        </message>
        <message>
            <source>On</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Received ({count})</source>
            <translation>ที่ได้รับ ({count})</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>รหัส</translation>
        </message>
        <message>
            <source>From</source>
            <translation>ส่งมาจาก</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>มาถึง</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>วันที่ของผล</translation>
        </message>
        <message>
            <source>linked</source>
            <translation>เชื่อมแล้ว</translation>
        </message>
        <message>
            <source>Choose a referral in the list to record its outcome.</source>
            <translation>เลือกการส่งต่อในรายการเพื่อบันทึกผล</translation>
        </message>
        <message>
            <source>Outcome of {code}</source>
            <translation>ผลของ {code}</translation>
        </message>
        <message>
            <source>Say why the person was not served.</source>
            <translation>กรุณาระบุเหตุที่ไม่ได้ให้บริการบุคคลนี้</translation>
        </message>
        <message>
            <source>Enter the date as day/month/year.</source>
            <translation>กรุณาใส่วันที่เป็น วัน/เดือน/ปี</translation>
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation>วันที่ต้องไม่เป็นวันในอนาคต</translation>
        </message>
        <message>
            <source>The date cannot be before the person arrived.</source>
            <translation>วันที่ต้องไม่ก่อนวันที่บุคคลนั้นมาถึง</translation>
        </message>
        <message>
            <source>{code}: {outcome}.</source>
            <translation>{code}: {outcome}</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Recover admin access</source>
            <translation>กู้คืนสิทธิ์ผู้ดูแลระบบ</translation>
        </message>
        <message>
            <source>If every admin password is lost, the recovery passphrase that was written down when Saphan was set up lets you set a new admin password. Type it as it is written; capital letters and spaces do not matter.</source>
            <translation>หากรหัสผ่านผู้ดูแลระบบหายทั้งหมด วลีกู้คืนที่จดไว้ตอนตั้งค่า Saphan ใช้ตั้งรหัสผ่านผู้ดูแลระบบใหม่ได้ พิมพ์ตามที่เขียนไว้ ตัวพิมพ์ใหญ่และช่องว่างไม่มีผล</translation>
        </message>
        <message>
            <source>e.g. LC3Q-SC5Z-EHFT-…</source>
            <translation>เช่น LC3Q-SC5Z-EHFT-…</translation>
        </message>
        <message>
            <source>Check passphrase</source>
            <translation>ตรวจสอบวลี</translation>
        </message>
        <message>
            <source>Choose an admin, or type a new user name to create a new admin account.</source>
            <translation>เลือกผู้ดูแลระบบ หรือพิมพ์ชื่อผู้ใช้ใหม่เพื่อสร้างบัญชีผู้ดูแลระบบใหม่</translation>
        </message>
        <message>
            <source>Recovery passphrase</source>
            <translation>วลีกู้คืน</translation>
        </message>
        <message>
            <source>Admin account</source>
            <translation>บัญชีผู้ดูแลระบบ</translation>
        </message>
        <message>
            <source>Set password and sign in</source>
            <translation>ตั้งรหัสผ่านและเข้าสู่ระบบ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>This recovery passphrase does not open this database.</source>
            <translation>วลีกู้คืนนี้เปิดฐานข้อมูลนี้ไม่ได้</translation>
        </message>
    </context>
    <context>
        <name>ReferDialog</name>
        <message>
            <source>Refer {code}</source>
            <translation>ส่งต่อ {code}</translation>
        </message>
        <message>
            <source>Refer to a service</source>
            <translation>ส่งต่อไปยังบริการ</translation>
        </message>
        <message>
            <source>This person's record has no consent to referral, so they cannot be referred. Ask them; if they agree, tick “Referral to other organisations” on the Consent tab and save the record first.</source>
            <translation>ระเบียนของบุคคลนี้ไม่มีความยินยอมให้ส่งต่อ จึงส่งต่อไม่ได้ กรุณาถามเขา หากยินยอม ให้ทำเครื่องหมาย “การส่งต่อไปยังองค์กรอื่น” ในแท็บ “ความยินยอม” แล้วบันทึกระเบียนก่อน</translation>
        </message>
        <message>
            <source>Add partner service…</source>
            <translation>เพิ่มบริการของภาคี…</translation>
        </message>
        <message>
            <source>What the person needs, as it will be written on the slip</source>
            <translation>สิ่งที่บุคคลนี้ต้องการ ตามที่จะเขียนในใบส่งต่อ</translation>
        </message>
        <message>
            <source>The person agreed to this referral and to sharing the details below</source>
            <translation>บุคคลนี้ยินยอมให้ส่งต่อและแบ่งปันรายละเอียดด้านล่าง</translation>
        </message>
        <message>
            <source>Service *</source>
            <translation>บริการ *</translation>
        </message>
        <message>
            <source>Reason *</source>
            <translation>เหตุผล *</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>ความเร่งด่วน</translation>
        </message>
        <message>
            <source>Follow up by</source>
            <translation>ติดตามภายใน</translation>
        </message>
        <message>
            <source>The slip shows only the name and code, the service, the date, the reason, the urgency and who referred the person.</source>
            <translation>ใบส่งต่อแสดงเฉพาะชื่อและรหัส บริการ วันที่ เหตุผล ความเร่งด่วน และผู้ส่งต่อ</translation>
        </message>
        <message>
            <source>Refer</source>
            <translation>ส่งต่อ</translation>
        </message>
        <message>
            <source>Choose a service…</source>
            <translation>เลือกบริการ…</translation>
        </message>
        <message>
            <source>Could not load the services</source>
            <translation>โหลดบริการไม่ได้</translation>
        </message>
        <message>
            <source>{organisation} — {service} (network directory)</source>
            <translation>{organisation} — {service} (ทำเนียบบริการของเครือข่าย)</translation>
        </message>
        <message>
            <source>Network member {cso} · {category}</source>
            <translation>สมาชิกเครือข่าย {cso} · {category}</translation>
        </message>
        <message>
            <source>Contact: {contact}</source>
            <translation>ติดต่อ: {contact}</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>New password for {name}</source>
            <translation>รหัสผ่านใหม่สำหรับ {name}</translation>
        </message>
        <message>
            <source>Set password</source>
            <translation>ตั้งรหัสผ่าน</translation>
        </message>
        <message>
            <source>Tell {name} the new password in person, and ask them to change it with File → Change my password.</source>
            <translation>บอกรหัสผ่านใหม่กับ {name} ด้วยตนเอง และขอให้เปลี่ยนที่ ไฟล์ → เปลี่ยนรหัสผ่านของฉัน</translation>
        </message>
        <message>
            <source>This also enables the account again.</source>
            <translation>การทำนี้จะเปิดใช้บัญชีอีกครั้งด้วย</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation>กู้คืนจากไฟล์สำรอง</translation>
        </message>
        <message>
            <source>&lt;b&gt;{file}&lt;/b&gt;&lt;br&gt;Organisation: {code}&lt;br&gt;Made on: {date}</source>
            <translation>&lt;b&gt;{file}&lt;/b&gt;&lt;br&gt;องค์กร: {code}&lt;br&gt;สร้างเมื่อ: {date}</translation>
        </message>
        <message>
            <source>This backup belongs to another organisation ({code}), not to {current}. Saphan will not restore it over this organisation's data.</source>
            <translation>ไฟล์สำรองนี้เป็นขององค์กรอื่น ({code}) ไม่ใช่ของ {current} Saphan จะไม่กู้คืนทับข้อมูลขององค์กรนี้</translation>
        </message>
        <message>
            <source>To open the backup, use a user name and password that were valid when the backup was made, or the recovery passphrase written down at setup.</source>
            <translation>ในการเปิดไฟล์สำรอง ให้ใช้ชื่อผู้ใช้และรหัสผ่านที่ใช้ได้ตอนสำรองข้อมูล หรือวลีกู้คืนที่จดไว้ตอนตั้งค่า</translation>
        </message>
        <message>
            <source>User name and password</source>
            <translation>ชื่อผู้ใช้และรหัสผ่าน</translation>
        </message>
        <message>
            <source>Recovery passphrase</source>
            <translation>วลีกู้คืน</translation>
        </message>
        <message>
            <source>e.g. LC3Q-SC5Z-EHFT-…</source>
            <translation>เช่น LC3Q-SC5Z-EHFT-…</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>ชื่อผู้ใช้</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>รหัสผ่าน</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>วลีกู้คืน</translation>
        </message>
        <message>
            <source>Restore…</source>
            <translation>กู้คืน…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
    </context>
    <context>
        <name>RetentionBox</name>
        <message>
            <source>Retention and erasure</source>
            <translation>การเก็บรักษาและการลบข้อมูล</translation>
        </message>
        <message>
            <source>Never (no rule)</source>
            <translation>ไม่ลบ (ไม่มีกฎ)</translation>
        </message>
        <message>
            <source> years after closure</source>
            <translation> ปีหลังปิดกรณี</translation>
        </message>
        <message>
            <source>Erase closed cases</source>
            <translation>ลบกรณีที่ปิดแล้ว</translation>
        </message>
        <message>
            <source>For the whole organisation. A person whose cases are all closed, with no session, referral or assessment since, is listed below this many years after the last closure. Nobody is erased until an admin approves it.</source>
            <translation>สำหรับทั้งองค์กร บุคคลที่ทุกกรณีปิดแล้ว และไม่มีเซสชัน การส่งต่อ หรือการประเมินหลังจากนั้น จะแสดงด้านล่างเมื่อครบจำนวนปีนี้หลังการปิดครั้งล่าสุด จะไม่มีใครถูกลบจนกว่าผู้ดูแลระบบจะอนุมัติ</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>ไม่ได้บันทึก</translation>
        </message>
        <message>
            <source>Retention rule saved.</source>
            <translation>บันทึกกฎการเก็บรักษาข้อมูลแล้ว</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>รหัส</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <source>Last case closed</source>
            <translation>ปิดกรณีล่าสุด</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>เหตุผล</translation>
        </message>
        <message>
            <source>Select all</source>
            <translation>เลือกทั้งหมด</translation>
        </message>
        <message>
            <source>Erase selected…</source>
            <translation>ลบที่เลือก…</translation>
        </message>
        <message>
            <source>Due for erasure: no rule set</source>
            <translation>ถึงกำหนดลบ: ยังไม่ได้ตั้งกฎ</translation>
        </message>
        <message>
            <source>Due for erasure: {count} people</source>
            <translation>ถึงกำหนดลบ: {count} คน</translation>
        </message>
        <message>
            <source>Erasing {count} people…</source>
            <translation>กำลังลบ {count} คน…</translation>
        </message>
        <message>
            <source>Erasing: {done} of {count}…</source>
            <translation>กำลังลบ: {done} จาก {count}…</translation>
        </message>
        <message>
            <source>Erased {count} people permanently.</source>
            <translation>ลบ {count} คนถาวรแล้ว</translation>
        </message>
        <message>
            <source>Erased {count} of {asked} people permanently; the others are no longer due.</source>
            <translation>ลบถาวรแล้ว {count} จาก {asked} คน ส่วนที่เหลือไม่ถึงกำหนดลบแล้ว</translation>
        </message>
        <message>
            <source>Nobody was erased</source>
            <translation>ไม่มีใครถูกลบ</translation>
        </message>
        <message>
            <source>Cancelled: nobody was erased.</source>
            <translation>ยกเลิกแล้ว: ไม่มีใครถูกลบ</translation>
        </message>
    </context>
    <context>
        <name>SafetyTab</name>
        <message>
            <source>What stays in the room, who may take photos, how to keep names private, and who to call.</source>
            <translation>เรื่องที่ต้องเก็บไว้ในห้อง ใครถ่ายรูปได้ วิธีเก็บชื่อเป็นความลับ และควรโทรหาใคร</translation>
        </message>
        <message>
            <source>Add a line for referral contacts</source>
            <translation>เพิ่มบรรทัดสำหรับผู้ติดต่อเพื่อส่งต่อ</translation>
        </message>
        <message>
            <source>Tips for running the session, things to watch for, what to adapt.</source>
            <translation>เคล็ดลับการดำเนินเซสชัน สิ่งที่ต้องระวัง และสิ่งที่ปรับได้</translation>
        </message>
        <message>
            <source>If someone tells of violence or danger: listen calmly and believe her; do not ask for details in front of the group; talk with her privately after the session; refer her only with her consent, except when a child or a life is in danger. Write the referral contacts below so they are on the printed plan.</source>
            <translation>หากมีคนเล่าเรื่องความรุนแรงหรืออันตราย: ฟังอย่างสงบและเชื่อเธอ อย่าถามรายละเอียดต่อหน้ากลุ่ม คุยกับเธอเป็นการส่วนตัวหลังเซสชัน ส่งต่อเมื่อเธอยินยอมเท่านั้น ยกเว้นเมื่อเด็กหรือชีวิตตกอยู่ในอันตราย เขียนผู้ติดต่อเพื่อส่งต่อไว้ด้านล่างเพื่อให้อยู่ในแผนที่พิมพ์ออกมา</translation>
        </message>
        <message>
            <source>Safety and confidentiality</source>
            <translation>ความปลอดภัยและการรักษาความลับ</translation>
        </message>
        <message>
            <source>Facilitator notes</source>
            <translation>บันทึกของผู้ดำเนินกิจกรรม</translation>
        </message>
        <message>
            <source>Referral contacts (name, organisation, phone): </source>
            <translation>ผู้ติดต่อเพื่อส่งต่อ (ชื่อ องค์กร โทรศัพท์): </translation>
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <source>MHPSS and counselling</source>
            <translation>สุขภาพจิตและการให้คำปรึกษา</translation>
        </message>
        <message>
            <source>Legal aid and documentation</source>
            <translation>ความช่วยเหลือทางกฎหมายและเอกสาร</translation>
        </message>
        <message>
            <source>Health</source>
            <translation>สุขภาพ</translation>
        </message>
        <message>
            <source>Education and G-code</source>
            <translation>การศึกษาและรหัส G</translation>
        </message>
        <message>
            <source>Thai language</source>
            <translation>ภาษาไทย</translation>
        </message>
        <message>
            <source>Vocational training</source>
            <translation>การฝึกอาชีพ</translation>
        </message>
        <message>
            <source>Safe shelter</source>
            <translation>ที่พักพิงที่ปลอดภัย</translation>
        </message>
        <message>
            <source>GBV and child protection</source>
            <translation>ความรุนแรงบนฐานเพศและการคุ้มครองเด็ก</translation>
        </message>
        <message>
            <source>Livelihoods</source>
            <translation>อาชีพและรายได้</translation>
        </message>
        <message>
            <source>Food and cash assistance</source>
            <translation>ความช่วยเหลือด้านอาหารและเงินสด</translation>
        </message>
        <message>
            <source>Add a partner service</source>
            <translation>เพิ่มบริการของภาคี</translation>
        </message>
        <message>
            <source>e.g. Mae Tao Clinic</source>
            <translation>เช่น คลินิกแม่ตาว</translation>
        </message>
        <message>
            <source>e.g. Reproductive health</source>
            <translation>เช่น อนามัยการเจริญพันธุ์</translation>
        </message>
        <message>
            <source>Phone, LINE or Signal, a named person</source>
            <translation>โทรศัพท์ LINE หรือ Signal และชื่อผู้ติดต่อ</translation>
        </message>
        <message>
            <source>Organisation *</source>
            <translation>องค์กร *</translation>
        </message>
        <message>
            <source>Service *</source>
            <translation>บริการ *</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>หมวดหมู่</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>ผู้ติดต่อ</translation>
        </message>
        <message>
            <source>How to refer</source>
            <translation>วิธีส่งต่อ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>Add service</source>
            <translation>เพิ่มบริการ</translation>
        </message>
        <message>
            <source>Enter the organisation and the name of the service.</source>
            <translation>กรอกองค์กรและชื่อบริการ</translation>
        </message>
        <message>
            <source>Not added</source>
            <translation>ไม่ได้เพิ่ม</translation>
        </message>
    </context>
    <context>
        <name>ServiceLinesBox</name>
        <message>
            <source>Service lines for cases</source>
            <translation>สายบริการสำหรับกรณี</translation>
        </message>
        <message>
            <source>e.g. Livelihoods</source>
            <translation>เช่น การประกอบอาชีพ</translation>
        </message>
        <message>
            <source>Add line</source>
            <translation>เพิ่มสายบริการ</translation>
        </message>
        <message>
            <source>Remove line</source>
            <translation>ลบสายบริการ</translation>
        </message>
        <message>
            <source>A person has one case at a time in each line. Besides psychosocial support and protection, your organisation may add its own lines.</source>
            <translation>แต่ละคนมีได้ครั้งละหนึ่งกรณีในแต่ละสายบริการ นอกจากการสนับสนุนด้านจิตสังคมและการคุ้มครองแล้ว องค์กรของคุณเพิ่มสายบริการของตนเองได้</translation>
        </message>
        <message>
            <source>{line} (built in)</source>
            <translation>{line} (มีมาให้)</translation>
        </message>
        <message>
            <source>Added the service line {line}.</source>
            <translation>เพิ่มสายบริการ {line} แล้ว</translation>
        </message>
        <message>
            <source>Removed the service line.</source>
            <translation>ลบสายบริการแล้ว</translation>
        </message>
    </context>
    <context>
        <name>ServicesPage</name>
        <message>
            <source>My services</source>
            <translation>บริการของเรา</translation>
        </message>
        <message>
            <source>Your organisation's services, as the network's directory shows them. They hold nothing about any person and are shared as they are.</source>
            <translation>บริการขององค์กรคุณตามที่แสดงในทำเนียบของเครือข่าย ไม่มีข้อมูลของบุคคลใด และแบ่งปันตามที่เป็นอยู่</translation>
        </message>
        <message>
            <source>New service</source>
            <translation>บริการใหม่</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <source>e.g. free</source>
            <translation>เช่น ฟรี</translation>
        </message>
        <message>
            <source>e.g. Mon–Fri 9:00–16:00</source>
            <translation>เช่น จันทร์–ศุกร์ 9:00–16:00</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>ชื่อ *</translation>
        </message>
        <message>
            <source>Category *</source>
            <translation>หมวดหมู่ *</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>คำอธิบาย</translation>
        </message>
        <message>
            <source>Languages</source>
            <translation>ภาษา</translation>
        </message>
        <message>
            <source>Who can use it</source>
            <translation>ใครใช้บริการได้</translation>
        </message>
        <message>
            <source>Opening hours</source>
            <translation>เวลาเปิดทำการ</translation>
        </message>
        <message>
            <source>Location / area</source>
            <translation>ที่ตั้ง / พื้นที่</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>ผู้ติดต่อ</translation>
        </message>
        <message>
            <source>How to refer</source>
            <translation>วิธีส่งต่อ</translation>
        </message>
        <message>
            <source>Cost</source>
            <translation>ค่าใช้จ่าย</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>บันทึก</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>บริการ</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>หมวดหมู่</translation>
        </message>
        <message>
            <source>Your organisation lists no services yet: add them so that other CSOs can refer people to you.</source>
            <translation>องค์กรของคุณยังไม่มีบริการในรายการ เพิ่มบริการเพื่อให้องค์กรอื่นส่งต่อผู้คนมาหาคุณได้</translation>
        </message>
        <message>
            <source>Add the first service…</source>
            <translation>เพิ่มบริการแรก…</translation>
        </message>
        <message>
            <source>Enter the service's name.</source>
            <translation>กรอกชื่อบริการ</translation>
        </message>
        <message>
            <source>This is too long (at most {limit} characters).</source>
            <translation>ยาวเกินไป (ไม่เกิน {limit} ตัวอักษร)</translation>
        </message>
        <message>
            <source>Choose one of the listed values.</source>
            <translation>เลือกค่าหนึ่งจากรายการ</translation>
        </message>
        <message>
            <source>Save the service</source>
            <translation>บันทึกบริการ</translation>
        </message>
        <message>
            <source>Saved “{name}”.</source>
            <translation>บันทึก “{name}” แล้ว</translation>
        </message>
        <message>
            <source>Delete the service</source>
            <translation>ลบบริการ</translation>
        </message>
        <message>
            <source>Delete this service? To keep it in the directory as closed, set its status to “Closed for good” instead.</source>
            <translation>ลบบริการนี้หรือไม่ หากต้องการให้อยู่ในทำเนียบในฐานะปิดแล้ว ให้ตั้งสถานะเป็น “ปิดถาวร” แทน</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>เก็บไว้</translation>
        </message>
    </context>
    <context>
        <name>SessionsModel</name>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>กิจกรรม</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>แผนงาน</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>หัวข้อ</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>สถานที่</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>ผู้ดำเนินกิจกรรม</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>ผู้เข้าร่วม</translation>
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message>
            <source>Sessions</source>
            <translation>เซสชัน</translation>
        </message>
        <message>
            <source>Log session…</source>
            <translation>บันทึกเซสชัน…</translation>
        </message>
        <message>
            <source>Log a session or group activity (Ctrl+N)</source>
            <translation>บันทึกเซสชันหรือกิจกรรมกลุ่ม (Ctrl+N)</translation>
        </message>
        <message>
            <source>Print roster…</source>
            <translation>พิมพ์รายชื่อผู้เข้าร่วม…</translation>
        </message>
        <message>
            <source>A sheet listing who came, with room to sign (group sessions)</source>
            <translation>แผ่นรายชื่อผู้มาเข้าร่วมพร้อมช่องลงชื่อ (เซสชันกลุ่ม)</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>ลบ…</translation>
        </message>
        <message>
            <source>Participants' notes…</source>
            <translation>บันทึกของผู้เข้าร่วม…</translation>
        </message>
        <message>
            <source>A note for each participant of a group session (confidential)</source>
            <translation>บันทึกสำหรับผู้เข้าร่วมแต่ละคนของกิจกรรมกลุ่ม (เป็นความลับ)</translation>
        </message>
        <message>
            <source>All programmes</source>
            <translation>ทุกแผนงาน</translation>
        </message>
        <message>
            <source>Any date</source>
            <translation>ทุกวันที่</translation>
        </message>
        <message>
            <source>This month</source>
            <translation>เดือนนี้</translation>
        </message>
        <message>
            <source>Last month</source>
            <translation>เดือนที่แล้ว</translation>
        </message>
        <message>
            <source>Last 3 months</source>
            <translation>3 เดือนล่าสุด</translation>
        </message>
        <message>
            <source>This year</source>
            <translation>ปีนี้</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>แผนงาน</translation>
        </message>
        <message>
            <source>Period</source>
            <translation>ช่วงเวลา</translation>
        </message>
        <message>
            <source>Could not load the sessions</source>
            <translation>โหลดเซสชันไม่ได้</translation>
        </message>
        <message>
            <source>1 session</source>
            <translation>1 เซสชัน</translation>
        </message>
        <message>
            <source>{count}+ sessions</source>
            <translation>{count}+ เซสชัน</translation>
        </message>
        <message>
            <source>{count} sessions</source>
            <translation>{count} เซสชัน</translation>
        </message>
        <message>
            <source>No sessions match these filters.</source>
            <translation>ไม่มีเซสชันที่ตรงกับตัวกรองนี้</translation>
        </message>
        <message>
            <source>No sessions logged yet. Log each session or group activity after it.</source>
            <translation>ยังไม่มีการบันทึกเซสชัน บันทึกแต่ละเซสชันหรือกิจกรรมกลุ่มหลังจบ</translation>
        </message>
        <message>
            <source>Log the first session</source>
            <translation>บันทึกเซสชันแรก</translation>
        </message>
        <message>
            <source>Logged {activity} on {date} with {count} attendee(s)</source>
            <translation>บันทึก {activity} วันที่ {date} ผู้เข้าร่วม {count} คน แล้ว</translation>
        </message>
        <message>
            <source>Delete session?</source>
            <translation>ลบเซสชันหรือไม่</translation>
        </message>
        <message>
            <source>Delete the {activity} session of {date}? Its attendance no longer counts toward people reached.</source>
            <translation>ลบเซสชัน {activity} วันที่ {date} หรือไม่ การเข้าร่วมของเซสชันนี้จะไม่นับรวมในจำนวนผู้ได้รับบริการอีก</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>ลบ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>Not deleted</source>
            <translation>ไม่ได้ลบ</translation>
        </message>
        <message>
            <source>Session deleted.</source>
            <translation>ลบเซสชันแล้ว</translation>
        </message>
        <message>
            <source>Notes saved.</source>
            <translation>บันทึกข้อความแล้ว</translation>
        </message>
        <message>
            <source>Roster</source>
            <translation>รายชื่อผู้เข้าร่วม</translation>
        </message>
        <message>
            <source>Save the attendance roster</source>
            <translation>บันทึกรายชื่อผู้เข้าร่วม</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>เอกสาร Word (*.docx)</translation>
        </message>
        <message>
            <source>Activity</source>
            <translation>กิจกรรม</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>สถานที่</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>หัวข้อ</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>ผู้ดำเนินกิจกรรม</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>ผู้เข้าร่วม</translation>
        </message>
        <message>
            <source>Attendance roster</source>
            <translation>รายชื่อผู้เข้าร่วม</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>ลำดับ</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>รหัส</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <source>Name in Myanmar/Thai script</source>
            <translation>ชื่อในอักษรเมียนมา/ไทย</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>ลายมือชื่อ</translation>
        </message>
        <message>
            <source>Facilitator's signature: ____________________    Date: ____________</source>
            <translation>ลายมือชื่อผู้ดำเนินกิจกรรม: ____________________    วันที่: ____________</translation>
        </message>
        <message>
            <source>Roster not saved</source>
            <translation>ไม่ได้บันทึกรายชื่อ</translation>
        </message>
        <message>
            <source>Saphan could not write {path}: {reason}</source>
            <translation>Saphan เขียน {path} ไม่ได้: {reason}</translation>
        </message>
        <message>
            <source>Roster saved: {path}</source>
            <translation>บันทึกรายชื่อแล้ว: {path}</translation>
        </message>
    </context>
    <context>
        <name>SessionsTab</name>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>หัวข้อ</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>สถานที่</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>นาที</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>ผู้เข้าร่วม</translation>
        </message>
        <message>
            <source>Participants present</source>
            <translation>ผู้เข้าร่วมที่มา</translation>
        </message>
        <message>
            <source>Participants absent</source>
            <translation>ผู้เข้าร่วมที่ขาด</translation>
        </message>
        <message>
            <source>Could not load the sessions</source>
            <translation>โหลดเซสชันไม่ได้</translation>
        </message>
        <message>
            <source>{count} session(s) logged for this project.</source>
            <translation>บันทึกเซสชันของโครงการนี้ {count} เซสชัน</translation>
        </message>
        <message>
            <source>No group sessions are linked to this project yet. Sessions linked to it show here with who came.</source>
            <translation>ยังไม่มีเซสชันกลุ่มที่เชื่อมกับโครงการนี้ เซสชันที่เชื่อมไว้จะแสดงที่นี่พร้อมผู้ที่มา</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>การตั้งค่า</translation>
        </message>
        <message>
            <source>My account</source>
            <translation>บัญชีของฉัน</translation>
        </message>
        <message>
            <source>Signed in as {name} ({username}).</source>
            <translation>เข้าสู่ระบบในชื่อ {name} ({username})</translation>
        </message>
        <message>
            <source>Remember me on this Windows account</source>
            <translation>จดจำฉันในบัญชี Windows นี้</translation>
        </message>
        <message>
            <source>Saphan then opens without asking for your password when you are signed in to this Windows account. Use it only if nobody else uses your Windows account. The screen still locks when you are away.</source>
            <translation>จากนั้น Saphan จะเปิดโดยไม่ถามรหัสผ่านเมื่อคุณเข้าสู่บัญชี Windows นี้ ใช้เฉพาะเมื่อไม่มีคนอื่นใช้บัญชี Windows ของคุณ หน้าจอยังล็อกเมื่อคุณไม่อยู่</translation>
        </message>
        <message>
            <source>Change my password…</source>
            <translation>เปลี่ยนรหัสผ่านของฉัน…</translation>
        </message>
        <message>
            <source>Saphan will ask for your password again.</source>
            <translation>Saphan จะถามรหัสผ่านของคุณอีกครั้ง</translation>
        </message>
        <message>
            <source>Saphan will remember you on this Windows account.</source>
            <translation>Saphan จะจดจำคุณในบัญชี Windows นี้</translation>
        </message>
        <message>
            <source>Your password was changed.</source>
            <translation>เปลี่ยนรหัสผ่านของคุณแล้ว</translation>
        </message>
        <message>
            <source>Language and dates</source>
            <translation>ภาษาและวันที่</translation>
        </message>
        <message>
            <source>Show years in the Thai Buddhist era (2026 is shown as 2569)</source>
            <translation>แสดงปีเป็นพุทธศักราช (2026 แสดงเป็น 2569)</translation>
        </message>
        <message>
            <source>Language of Saphan</source>
            <translation>ภาษาของ Saphan</translation>
        </message>
        <message>
            <source>Only for you: each staff member chooses their own language. Word documents are written in this language too, except session plans (in the plan's language) and referral slips (in the person's language).</source>
            <translation>สำหรับคุณเท่านั้น: เจ้าหน้าที่แต่ละคนเลือกภาษาของตนเองได้ เอกสาร Word จะใช้ภาษานี้ด้วย ยกเว้นแผนเซสชัน (ใช้ภาษาของแผน) และใบส่งต่อ (ใช้ภาษาของบุคคลนั้น)</translation>
        </message>
        <message>
            <source>Dates will be shown with the new year.</source>
            <translation>วันที่จะแสดงตามปีแบบใหม่</translation>
        </message>
        <message>
            <source>Screen lock</source>
            <translation>การล็อกหน้าจอ</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> นาที</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>ไม่ล็อก</translation>
        </message>
        <message>
            <source>Lock the screen after</source>
            <translation>ล็อกหน้าจอหลังจาก</translation>
        </message>
        <message>
            <source>For everyone in the organisation, on this laptop: after this many minutes without use, Saphan hides all records until the password is typed again. Ctrl+L locks at once.</source>
            <translation>สำหรับทุกคนในองค์กรบนแล็ปท็อปนี้: เมื่อไม่ได้ใช้งานครบจำนวนนาทีนี้ Saphan จะซ่อนระเบียนทั้งหมดจนกว่าจะพิมพ์รหัสผ่านอีกครั้ง กด Ctrl+L เพื่อล็อกทันที</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>ไม่ได้บันทึก</translation>
        </message>
        <message>
            <source>Screen lock setting saved.</source>
            <translation>บันทึกการตั้งค่าการล็อกหน้าจอแล้ว</translation>
        </message>
        <message>
            <source>Backup</source>
            <translation>สำรองข้อมูล</translation>
        </message>
        <message>
            <source>Back up now…</source>
            <translation>สำรองข้อมูลตอนนี้…</translation>
        </message>
        <message>
            <source>Restore from backup…</source>
            <translation>กู้คืนจากไฟล์สำรอง…</translation>
        </message>
        <message>
            <source>A laptop can be lost, stolen or broken. Back up at least once a week to a USB stick that is kept somewhere else. The backup is encrypted.</source>
            <translation>แล็ปท็อปอาจหาย ถูกขโมย หรือเสียได้ ควรสำรองข้อมูลอย่างน้อยสัปดาห์ละครั้งลงแฟลชไดรฟ์ USB ที่เก็บไว้ที่อื่น ไฟล์สำรองถูกเข้ารหัส</translation>
        </message>
        <message>
            <source>There is no backup yet.</source>
            <translation>ยังไม่มีการสำรองข้อมูล</translation>
        </message>
        <message>
            <source>Last backup: {time}</source>
            <translation>สำรองข้อมูลล่าสุด: {time}</translation>
        </message>
        <message>
            <source>Backup saved: {file}</source>
            <translation>บันทึกไฟล์สำรองแล้ว: {file}</translation>
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>Set up Saphan</source>
            <translation>ตั้งค่า Saphan</translation>
        </message>
        <message>
            <source>Create database</source>
            <translation>สร้างฐานข้อมูล</translation>
        </message>
        <message>
            <source>Start Saphan</source>
            <translation>เริ่มใช้ Saphan</translation>
        </message>
    </context>
    <context>
        <name>ShareCaseDialog</name>
        <message>
            <source>Share the case</source>
            <translation>แบ่งปันกรณี</translation>
        </message>
        <message>
            <source>Save sharing</source>
            <translation>บันทึกการแบ่งปัน</translation>
        </message>
        <message>
            <source>The colleagues you tick read and work on this case with its owner.</source>
            <translation>เพื่อนร่วมงานที่คุณเลือกจะอ่านและทำงานในกรณีนี้ร่วมกับผู้รับผิดชอบกรณี</translation>
        </message>
        <message>
            <source>Shared with</source>
            <translation>แบ่งปันกับ</translation>
        </message>
    </context>
    <context>
        <name>SharePage</name>
        <message>
            <source>Share with the network</source>
            <translation>แบ่งปันกับเครือข่าย</translation>
        </message>
        <message>
            <source>Only your services and counts too large to identify anyone are shared. Below is exactly what would leave this laptop.</source>
            <translation>แบ่งปันเฉพาะบริการของคุณและตัวเลขที่มากพอจนระบุตัวใครไม่ได้ ด้านล่างคือสิ่งที่จะออกจากแล็ปท็อปนี้ทั้งหมด</translation>
        </message>
        <message>
            <source>Join the network</source>
            <translation>เข้าร่วมเครือข่าย</translation>
        </message>
        <message>
            <source>Read this key fingerprint to the coordinator (by phone or in person).</source>
            <translation>อ่านลายนิ้วมือกุญแจนี้ให้ผู้ประสานงานฟัง (ทางโทรศัพท์หรือต่อหน้า)</translation>
        </message>
        <message>
            <source>Import network file…</source>
            <translation>นำเข้าไฟล์เครือข่าย…</translation>
        </message>
        <message>
            <source>Shared folder</source>
            <translation>โฟลเดอร์ที่แบ่งปัน</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation>เลือกโฟลเดอร์…</translation>
        </message>
        <message>
            <source>Pull</source>
            <translation>ดึงข้อมูล</translation>
        </message>
        <message>
            <source>Read the network file and the service directory from the folder</source>
            <translation>อ่านไฟล์เครือข่ายและทำเนียบบริการจากโฟลเดอร์</translation>
        </message>
        <message>
            <source>Publish</source>
            <translation>เผยแพร่</translation>
        </message>
        <message>
            <source>How to share</source>
            <translation>วิธีแบ่งปัน</translation>
        </message>
        <message>
            <source>Coordination server</source>
            <translation>เซิร์ฟเวอร์ประสานงาน</translation>
        </message>
        <message>
            <source>Enter the token…</source>
            <translation>ใส่โทเค็น…</translation>
        </message>
        <message>
            <source>Server address</source>
            <translation>ที่อยู่เซิร์ฟเวอร์</translation>
        </message>
        <message>
            <source>Network code</source>
            <translation>รหัสเครือข่าย</translation>
        </message>
        <message>
            <source>Token</source>
            <translation>โทเค็น</translation>
        </message>
        <message>
            <source>Publish now</source>
            <translation>เผยแพร่ตอนนี้</translation>
        </message>
        <message>
            <source>Send waiting counts</source>
            <translation>ส่งตัวเลขที่รอส่ง</translation>
        </message>
        <message>
            <source>What leaves this laptop</source>
            <translation>สิ่งที่จะออกจากแล็ปท็อปนี้</translation>
        </message>
        <message>
            <source>No shared folder chosen yet.</source>
            <translation>ยังไม่ได้เลือกโฟลเดอร์ที่แบ่งปัน</translation>
        </message>
        <message>
            <source>{folder} (not reachable now)</source>
            <translation>{folder} (เข้าถึงไม่ได้ตอนนี้)</translation>
        </message>
        <message>
            <source>Not joined yet: choose the shared folder and pull, or import the network file the coordinator sent you.</source>
            <translation>ยังไม่ได้เข้าร่วม: เลือกโฟลเดอร์ที่แบ่งปันแล้วดึงข้อมูล หรือนำเข้าไฟล์เครือข่ายที่ผู้ประสานงานส่งมา</translation>
        </message>
        <message>
            <source>Network: {name} (revision {revision}). {member}</source>
            <translation>เครือข่าย: {name} (ฉบับ {revision}) {member}</translation>
        </message>
        <message>
            <source>This CSO is a member.</source>
            <translation>องค์กรนี้เป็นสมาชิก</translation>
        </message>
        <message>
            <source>This CSO is not registered yet.</source>
            <translation>องค์กรนี้ยังไม่ได้ลงทะเบียน</translation>
        </message>
        <message>
            <source>Nothing published yet.</source>
            <translation>ยังไม่ได้เผยแพร่</translation>
        </message>
        <message>
            <source>Last published: revision {revision} at {at} (UTC).</source>
            <translation>เผยแพร่ล่าสุด: ฉบับ {revision} เมื่อ {at} (UTC)</translation>
        </message>
        <message>
            <source>Last attempt at {at} (UTC) failed: the folder was not reachable.</source>
            <translation>ความพยายามล่าสุดเมื่อ {at} (UTC) ล้มเหลว เข้าถึงโฟลเดอร์ไม่ได้</translation>
        </message>
        <message>
            <source>Last attempt at {at} (UTC): the server could not be reached.</source>
            <translation>ความพยายามล่าสุดเมื่อ {at} (UTC): ติดต่อเซิร์ฟเวอร์ไม่ได้</translation>
        </message>
        <message>
            <source>Last attempt at {at} (UTC) failed: the server refused it.</source>
            <translation>ความพยายามล่าสุดเมื่อ {at} (UTC) ล้มเหลว เซิร์ฟเวอร์ปฏิเสธ</translation>
        </message>
        <message>
            <source>Read the network file and the service directory from the server</source>
            <translation>อ่านไฟล์เครือข่ายและทำเนียบบริการจากเซิร์ฟเวอร์</translation>
        </message>
        <message>
            <source>Enter the server address (starting with https://) and the network code the coordinator gave you.</source>
            <translation>กรุณาใส่ที่อยู่เซิร์ฟเวอร์ (ขึ้นต้นด้วย https://) และรหัสเครือข่ายที่ผู้ประสานงานให้มา</translation>
        </message>
        <message>
            <source>This address is not encrypted (http://). Use https:// unless the server is on this computer.</source>
            <translation>ที่อยู่นี้ไม่ได้เข้ารหัส (http://) กรุณาใช้ https:// เว้นแต่เซิร์ฟเวอร์อยู่บนคอมพิวเตอร์เครื่องนี้</translation>
        </message>
        <message>
            <source>Revision {revision} is waiting to be sent to the server.</source>
            <translation>ฉบับ {revision} กำลังรอส่งไปยังเซิร์ฟเวอร์</translation>
        </message>
        <message>
            <source>No token kept yet: enter the one the coordinator gave you.</source>
            <translation>ยังไม่ได้เก็บโทเค็น กรุณาใส่โทเค็นที่ผู้ประสานงานให้มา</translation>
        </message>
        <message>
            <source>The token is kept in this computer's password store.</source>
            <translation>เก็บโทเค็นไว้ในที่เก็บรหัสผ่านของคอมพิวเตอร์เครื่องนี้แล้ว</translation>
        </message>
        <message>
            <source>This computer has no secure password store, so Saphan cannot keep the server token.</source>
            <translation>คอมพิวเตอร์เครื่องนี้ไม่มีที่เก็บรหัสผ่านที่ปลอดภัย Saphan จึงเก็บโทเค็นของเซิร์ฟเวอร์ไม่ได้</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>กำลังนับ…</translation>
        </message>
        <message>
            <source>Choose the shared folder</source>
            <translation>เลือกโฟลเดอร์ที่แบ่งปัน</translation>
        </message>
        <message>
            <source>Import the network file</source>
            <translation>นำเข้าไฟล์เครือข่าย</translation>
        </message>
        <message>
            <source>Network file (*.json)</source>
            <translation>ไฟล์เครือข่าย (*.json)</translation>
        </message>
        <message>
            <source>Network file</source>
            <translation>ไฟล์เครือข่าย</translation>
        </message>
        <message>
            <source>The coordinator's key has changed</source>
            <translation>กุญแจของผู้ประสานงานเปลี่ยนไป</translation>
        </message>
        <message>
            <source>This network file is signed by a different coordinator key ({fingerprint}) than the one this laptop trusted before. Accept it only if the coordinator told you the key changed (check the fingerprint with them by phone).</source>
            <translation>ไฟล์เครือข่ายนี้ลงนามด้วยกุญแจผู้ประสานงานอื่น ({fingerprint}) ไม่ใช่กุญแจที่แล็ปท็อปนี้เคยเชื่อถือ ยอมรับเฉพาะเมื่อผู้ประสานงานบอกว่าเปลี่ยนกุญแจ (ตรวจสอบลายนิ้วมือกุญแจกับเขาทางโทรศัพท์)</translation>
        </message>
        <message>
            <source>Trust the new key</source>
            <translation>เชื่อถือกุญแจใหม่</translation>
        </message>
        <message>
            <source>Keep the old key</source>
            <translation>ใช้กุญแจเดิม</translation>
        </message>
        <message>
            <source>Joined {name}. Coordinator key {fingerprint} is now trusted.</source>
            <translation>เข้าร่วม {name} แล้ว ตอนนี้เชื่อถือกุญแจผู้ประสานงาน {fingerprint}</translation>
        </message>
        <message>
            <source>Reading the network file…</source>
            <translation>กำลังอ่านไฟล์เครือข่าย…</translation>
        </message>
        <message>
            <source>Reading the service directory…</source>
            <translation>กำลังอ่านทำเนียบบริการ…</translation>
        </message>
        <message>
            <source>Reading feedback on your referrals…</source>
            <translation>กำลังอ่านข้อมูลตอบกลับเรื่องการส่งต่อของคุณ…</translation>
        </message>
        <message>
            <source>Checking what was read…</source>
            <translation>กำลังตรวจสอบสิ่งที่อ่านมา…</translation>
        </message>
        <message>
            <source>Pulled network file revision {revision}; {count} services in the directory.</source>
            <translation>ดึงไฟล์เครือข่ายฉบับ {revision} แล้ว มีบริการในทำเนียบ {count} รายการ</translation>
        </message>
        <message>
            <source>Feedback from receiving CSOs updated {count} of your referrals.</source>
            <translation>ข้อมูลตอบกลับจากองค์กรที่รับได้ปรับปรุงการส่งต่อของคุณ {count} รายการ</translation>
        </message>
        <message>
            <source>Publishing…</source>
            <translation>กำลังเผยแพร่…</translation>
        </message>
        <message>
            <source>Publishing to the shared folder…</source>
            <translation>กำลังเผยแพร่ไปยังโฟลเดอร์ที่แบ่งปัน…</translation>
        </message>
        <message>
            <source>Published revision {revision} to {folder}.</source>
            <translation>เผยแพร่ฉบับ {revision} ไปที่ {folder} แล้ว</translation>
        </message>
        <message>
            <source>Publishing to the server…</source>
            <translation>กำลังเผยแพร่ไปยังเซิร์ฟเวอร์…</translation>
        </message>
        <message>
            <source>You have not joined a network yet: once you have, this shows exactly what would be shared with it.</source>
            <translation>คุณยังไม่ได้เข้าร่วมเครือข่าย เมื่อเข้าร่วมแล้ว ส่วนนี้จะแสดงสิ่งที่จะแบ่งปันกับเครือข่ายอย่างชัดเจน</translation>
        </message>
        <message>
            <source>Import the network file…</source>
            <translation>นำเข้าไฟล์เครือข่าย…</translation>
        </message>
        <message>
            <source>Cancelled: nothing was pulled or changed.</source>
            <translation>ยกเลิกแล้ว ไม่ได้ดึงหรือเปลี่ยนแปลงสิ่งใด</translation>
        </message>
        <message>
            <source>Checking the network file…</source>
            <translation>กำลังตรวจสอบไฟล์เครือข่าย…</translation>
        </message>
        <message>
            <source>Published revision {revision} to the server.</source>
            <translation>เผยแพร่ฉบับ {revision} ไปยังเซิร์ฟเวอร์แล้ว</translation>
        </message>
        <message>
            <source>Cancelled: nothing was published.</source>
            <translation>ยกเลิกแล้ว ไม่ได้เผยแพร่สิ่งใด</translation>
        </message>
        <message>
            <source>Sending the waiting counts…</source>
            <translation>กำลังส่งตัวเลขที่รอส่ง…</translation>
        </message>
        <message>
            <source>Nothing is waiting to be sent.</source>
            <translation>ไม่มีข้อมูลที่รอส่ง</translation>
        </message>
        <message>
            <source>The server cannot be reached. The counts will be sent when you publish again; nothing is lost.</source>
            <translation>ติดต่อเซิร์ฟเวอร์ไม่ได้ ตัวเลขจะถูกส่งเมื่อคุณเผยแพร่อีกครั้ง ไม่มีข้อมูลสูญหาย</translation>
        </message>
        <message>
            <source>The server cannot be reached now. Try again when you are online.</source>
            <translation>ติดต่อเซิร์ฟเวอร์ไม่ได้ในขณะนี้ กรุณาลองอีกครั้งเมื่อออนไลน์</translation>
        </message>
        <message>
            <source>Enter the server token the coordinator gave you first.</source>
            <translation>กรุณาใส่โทเค็นเซิร์ฟเวอร์ที่ผู้ประสานงานให้มาก่อน</translation>
        </message>
        <message>
            <source>The server did not accept the token. Enter the token the coordinator gave you again.</source>
            <translation>เซิร์ฟเวอร์ไม่ยอมรับโทเค็น กรุณาใส่โทเค็นที่ผู้ประสานงานให้มาอีกครั้ง</translation>
        </message>
        <message>
            <source>The server does not know this network code. Check it.</source>
            <translation>เซิร์ฟเวอร์ไม่รู้จักรหัสเครือข่ายนี้ กรุณาตรวจสอบ</translation>
        </message>
        <message>
            <source>The server keeps a newer revision of these counts. Publish again to send a newer one.</source>
            <translation>เซิร์ฟเวอร์มีตัวเลขสรุปฉบับที่ใหม่กว่าอยู่แล้ว กรุณาเผยแพร่อีกครั้งเพื่อส่งฉบับที่ใหม่กว่า</translation>
        </message>
        <message>
            <source>The server's answer cannot be read. Check the server address.</source>
            <translation>อ่านคำตอบของเซิร์ฟเวอร์ไม่ได้ กรุณาตรวจสอบที่อยู่เซิร์ฟเวอร์</translation>
        </message>
        <message>
            <source>The server refused: {message}</source>
            <translation>เซิร์ฟเวอร์ปฏิเสธ: {message}</translation>
        </message>
        <message>
            <source>Pulling…</source>
            <translation>กำลังดึงข้อมูล…</translation>
        </message>
        <message>
            <source>Pulling from the server…</source>
            <translation>กำลังดึงข้อมูลจากเซิร์ฟเวอร์…</translation>
        </message>
    </context>
    <context>
        <name>SharePreview</name>
        <message>
            <source>People reached</source>
            <translation>ผู้ได้รับบริการ</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>หญิง</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>ชาย</translation>
        </message>
        <message>
            <source>Other sex</source>
            <translation>เพศอื่น</translation>
        </message>
        <message>
            <source>Age 0-17</source>
            <translation>อายุ 0-17</translation>
        </message>
        <message>
            <source>Age 18-59</source>
            <translation>อายุ 18-59</translation>
        </message>
        <message>
            <source>Age 60+</source>
            <translation>อายุ 60+</translation>
        </message>
        <message>
            <source>New arrivals</source>
            <translation>ผู้มาใหม่</translation>
        </message>
        <message>
            <source>Long-term migrants</source>
            <translation>แรงงานข้ามชาติระยะยาว</translation>
        </message>
        <message>
            <source>Host community</source>
            <translation>ชุมชนเจ้าบ้าน</translation>
        </message>
        <message>
            <source>With a disability</source>
            <translation>ผู้พิการ</translation>
        </message>
        <message>
            <source>withheld (fewer than {k})</source>
            <translation>ไม่เปิดเผย (น้อยกว่า {k})</translation>
        </message>
        <message>
            <source>Whole period (unique)</source>
            <translation>ทั้งช่วงเวลา (ไม่ซ้ำ)</translation>
        </message>
    </context>
    <context>
        <name>SnoozeDialog</name>
        <message>
            <source>Snooze</source>
            <translation>เลื่อนไว้ก่อน</translation>
        </message>
        <message>
            <source>Show it again on</source>
            <translation>แสดงอีกครั้งในวันที่</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>The item leaves your list and comes back on the day you choose.</source>
            <translation>รายการนี้จะหายไปจากรายการงาน และกลับมาในวันที่คุณเลือก</translation>
        </message>
        <message>
            <source>Choose a day after today.</source>
            <translation>เลือกวันหลังจากวันนี้</translation>
        </message>
    </context>
    <context>
        <name>StaffAccounts</name>
        <message>
            <source>Never</source>
            <translation>ไม่ล็อก</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <source>User name</source>
            <translation>ชื่อผู้ใช้</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>บทบาท</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>ใช้งานอยู่</translation>
        </message>
        <message>
            <source>Last sign-in</source>
            <translation>เข้าสู่ระบบล่าสุด</translation>
        </message>
        <message>
            <source>Disabled</source>
            <translation>ปิดใช้งาน</translation>
        </message>
        <message>
            <source>Everything, including staff accounts, backups and the audit trail.</source>
            <translation>ทุกอย่าง รวมถึงบัญชีเจ้าหน้าที่ การสำรองข้อมูล และบันทึกการใช้งาน</translation>
        </message>
        <message>
            <source>Registers and edits people, case notes, assessments and referrals.</source>
            <translation>ลงทะเบียนและแก้ไขข้อมูลบุคคล บันทึกกรณี การประเมิน และการส่งต่อ</translation>
        </message>
        <message>
            <source>Does what a caseworker does, reads every case in full and sees the audit trail.</source>
            <translation>ทำงานเดียวกับเจ้าหน้าที่ดูแลรายกรณี อ่านทุกกรณีได้ครบถ้วน และดูบันทึกการใช้งานได้</translation>
        </message>
        <message>
            <source>Registers participants and takes attendance; cannot edit records.</source>
            <translation>ลงทะเบียนผู้เข้าร่วมและบันทึกการเข้าร่วม แก้ไขระเบียนไม่ได้</translation>
        </message>
        <message>
            <source>Sees counts and the network only, never a person's record.</source>
            <translation>เห็นเฉพาะตัวเลขสรุปและเครือข่าย ไม่เห็นระเบียนของบุคคล</translation>
        </message>
    </context>
    <context>
        <name>StaffAccountsPage</name>
        <message>
            <source>Staff accounts</source>
            <translation>บัญชีเจ้าหน้าที่</translation>
        </message>
        <message>
            <source>Each person who uses Saphan signs in with their own account. Disable the account of anyone who leaves the organisation.</source>
            <translation>ทุกคนที่ใช้ Saphan เข้าสู่ระบบด้วยบัญชีของตนเอง กรุณาปิดบัญชีของผู้ที่ออกจากองค์กร</translation>
        </message>
        <message>
            <source>Add account…</source>
            <translation>เพิ่มบัญชี…</translation>
        </message>
        <message>
            <source>Change role…</source>
            <translation>เปลี่ยนบทบาท…</translation>
        </message>
        <message>
            <source>Reset password…</source>
            <translation>ตั้งรหัสผ่านใหม่…</translation>
        </message>
        <message>
            <source>Disable…</source>
            <translation>ปิดใช้งาน…</translation>
        </message>
        <message>
            <source>Transfer cases…</source>
            <translation>โอนกรณี…</translation>
        </message>
        <message>
            <source>Give this staff member's open cases to another caseworker</source>
            <translation>โอนกรณีที่เปิดอยู่ของเจ้าหน้าที่คนนี้ให้เจ้าหน้าที่ดูแลรายกรณีคนอื่น</translation>
        </message>
        <message>
            <source>Could not load the accounts</source>
            <translation>โหลดบัญชีไม่ได้</translation>
        </message>
        <message>
            <source>Added the account {username}.</source>
            <translation>เพิ่มบัญชี {username} แล้ว</translation>
        </message>
        <message>
            <source>{username} is now: {role}</source>
            <translation>{username} ตอนนี้เป็น: {role}</translation>
        </message>
        <message>
            <source>New password set for {username}.</source>
            <translation>ตั้งรหัสผ่านใหม่ให้ {username} แล้ว</translation>
        </message>
        <message>
            <source>Not disabled</source>
            <translation>ไม่ได้ปิดใช้งาน</translation>
        </message>
        <message>
            <source>You cannot disable your own account. Ask another admin to do it.</source>
            <translation>คุณไม่สามารถปิดบัญชีของตัวเองได้ กรุณาให้ผู้ดูแลระบบคนอื่นทำ</translation>
        </message>
        <message>
            <source>Disable account?</source>
            <translation>ปิดใช้งานบัญชีหรือไม่</translation>
        </message>
        <message>
            <source>Disable the account of {name} ({username})?

They can no longer sign in, and their password no longer opens the database. An admin can enable the account again by setting a new password.</source>
            <translation>ปิดใช้งานบัญชีของ {name} ({username}) หรือไม่

เขาจะเข้าสู่ระบบไม่ได้อีก และรหัสผ่านของเขาจะเปิดฐานข้อมูลไม่ได้ ผู้ดูแลระบบเปิดใช้บัญชีอีกครั้งได้โดยตั้งรหัสผ่านใหม่</translation>
        </message>
        <message>
            <source>Disable</source>
            <translation>ปิดใช้งาน</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>Disabled the account {username}.</source>
            <translation>ปิดใช้งานบัญชี {username} แล้ว</translation>
        </message>
        <message>
            <source>No cases to transfer</source>
            <translation>ไม่มีกรณีให้โอน</translation>
        </message>
        <message>
            <source>{name} owns no open or on-hold case.</source>
            <translation>{name} ไม่มีกรณีที่เปิดอยู่หรือพักไว้</translation>
        </message>
        <message>
            <source>Transferred {count} case(s) and disabled the account {username}.</source>
            <translation>โอน {count} กรณีแล้ว และปิดใช้งานบัญชี {username} แล้ว</translation>
        </message>
        <message>
            <source>Transferred {count} case(s) of {username}.</source>
            <translation>โอน {count} กรณีของ {username} แล้ว</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Saphan cannot open the database</source>
            <translation>Saphan เปิดฐานข้อมูลไม่ได้</translation>
        </message>
        <message>
            <source>Saphan was interrupted</source>
            <translation>Saphan ถูกขัดจังหวะ</translation>
        </message>
        <message>
            <source>Restoring a backup was interrupted; it has now been completed. The data that was on this laptop before is kept as {safety}.</source>
            <translation>การกู้คืนไฟล์สำรองถูกขัดจังหวะ ตอนนี้ทำต่อจนเสร็จแล้ว ข้อมูลเดิมในแล็ปท็อปนี้เก็บไว้เป็น {safety}</translation>
        </message>
        <message>
            <source>Restoring a backup was interrupted before it could finish, so it has been undone: the data on this laptop is as it was before.</source>
            <translation>การกู้คืนไฟล์สำรองถูกขัดจังหวะก่อนจะเสร็จ จึงยกเลิกแล้ว ข้อมูลในแล็ปท็อปนี้ยังเหมือนเดิม</translation>
        </message>
        <message>
            <source>Setting up Saphan was interrupted before it could finish. The unfinished database held no records and has been removed: please set up Saphan again.</source>
            <translation>การตั้งค่า Saphan ถูกขัดจังหวะก่อนจะเสร็จ ฐานข้อมูลที่ยังไม่เสร็จนั้นยังไม่มีระเบียนใด จึงลบออกแล้ว กรุณาตั้งค่า Saphan อีกครั้ง</translation>
        </message>
    </context>
    <context>
        <name>StepDetail</name>
        <message>
            <source>e.g. Calming skills: slow breathing</source>
            <translation>เช่น ทักษะทำใจให้สงบ: หายใจช้า ๆ</translation>
        </message>
        <message>
            <source> min</source>
            <translation> นาที</translation>
        </message>
        <message>
            <source>Type an instruction, then Enter to add it</source>
            <translation>พิมพ์คำแนะนำ แล้วกด Enter เพื่อเพิ่ม</translation>
        </message>
        <message>
            <source>Type a question, then Enter to add it</source>
            <translation>พิมพ์คำถาม แล้วกด Enter เพื่อเพิ่ม</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <source>Title *</source>
            <translation>ชื่อเรื่อง *</translation>
        </message>
        <message>
            <source>Minutes *</source>
            <translation>นาที *</translation>
        </message>
        <message>
            <source>What to do (numbered when printed)</source>
            <translation>สิ่งที่ต้องทำ (มีเลขลำดับเมื่อพิมพ์)</translation>
        </message>
        <message>
            <source>Questions for discussion</source>
            <translation>คำถามสำหรับอภิปราย</translation>
        </message>
        <message>
            <source>Select a step to edit it, or add one.</source>
            <translation>เลือกขั้นตอนเพื่อแก้ไข หรือเพิ่มขั้นตอนใหม่</translation>
        </message>
        <message>
            <source>Step {number}</source>
            <translation>ขั้นตอนที่ {number}</translation>
        </message>
    </context>
    <context>
        <name>StepsModel</name>
        <message>
            <source>Start</source>
            <translation>เริ่ม</translation>
        </message>
        <message>
            <source>Min.</source>
            <translation>นาที</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>ขั้นตอน</translation>
        </message>
        <message>
            <source>(no title yet)</source>
            <translation>(ยังไม่มีชื่อ)</translation>
        </message>
    </context>
    <context>
        <name>SubjectExport</name>
        <message>
            <source>About the person</source>
            <translation>ข้อมูลบุคคล</translation>
        </message>
        <message>
            <source>Other details</source>
            <translation>รายละเอียดอื่น ๆ</translation>
        </message>
        <message>
            <source>Corrections to the record</source>
            <translation>การแก้ไขระเบียน</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>ความยินยอม</translation>
        </message>
        <message>
            <source>Consent given and withdrawn</source>
            <translation>การให้และการถอนความยินยอม</translation>
        </message>
        <message>
            <source>Cases and plans</source>
            <translation>กรณีและแผนการดูแล</translation>
        </message>
        <message>
            <source>Sessions attended</source>
            <translation>เซสชันที่เข้าร่วม</translation>
        </message>
        <message>
            <source>Wellbeing assessments</source>
            <translation>การประเมินความผาสุก</translation>
        </message>
        <message>
            <source>Referrals</source>
            <translation>การส่งต่อ</translation>
        </message>
        <message>
            <source>Referrals from other organisations</source>
            <translation>การส่งต่อจากองค์กรอื่น</translation>
        </message>
        <message>
            <source>Notes from group sessions</source>
            <translation>บันทึกจากเซสชันกลุ่ม</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>โครงการ</translation>
        </message>
        <message>
            <source>Counted in the network's figures (no name)</source>
            <translation>นับรวมในตัวเลขของเครือข่าย (ไม่มีชื่อ)</translation>
        </message>
        <message>
            <source>Who looked at or changed this record</source>
            <translation>ผู้ที่เปิดดูหรือแก้ไขระเบียนนี้</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>ใช่</translation>
        </message>
        <message>
            <source>No</source>
            <translation>ไม่ใช่</translation>
        </message>
        <message>
            <source>Female</source>
            <translation>หญิง</translation>
        </message>
        <message>
            <source>Male</source>
            <translation>ชาย</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>อื่น ๆ</translation>
        </message>
        <message>
            <source>Myanmar</source>
            <translation>เมียนมา</translation>
        </message>
        <message>
            <source>Thai</source>
            <translation>ไทย</translation>
        </message>
        <message>
            <source>Stateless</source>
            <translation>ไร้สัญชาติ</translation>
        </message>
        <message>
            <source>New arrival</source>
            <translation>ผู้มาใหม่</translation>
        </message>
        <message>
            <source>Long-term migrant</source>
            <translation>แรงงานข้ามชาติระยะยาว</translation>
        </message>
        <message>
            <source>Host community</source>
            <translation>ชุมชนเจ้าบ้าน</translation>
        </message>
        <message>
            <source>No documents</source>
            <translation>ไม่มีเอกสาร</translation>
        </message>
        <message>
            <source>Pink card</source>
            <translation>บัตรสีชมพู</translation>
        </message>
        <message>
            <source>Passport and visa</source>
            <translation>หนังสือเดินทางและวีซ่า</translation>
        </message>
        <message>
            <source>Border pass</source>
            <translation>บัตรผ่านแดน</translation>
        </message>
        <message>
            <source>Thai ID card</source>
            <translation>บัตรประชาชนไทย</translation>
        </message>
        <message>
            <source>G-code</source>
            <translation>บัตร G-code</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>ใช้งานอยู่</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>ปิดแล้ว</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>เปิดอยู่</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>พักไว้</translation>
        </message>
        <message>
            <source>Achieved</source>
            <translation>บรรลุแล้ว</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>ยกเลิกแล้ว</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>วางแผนไว้</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>เสร็จสิ้น</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>ยกเลิกแล้ว</translation>
        </message>
        <message>
            <source>MHPSS</source>
            <translation>สุขภาพจิตและจิตสังคม</translation>
        </message>
        <message>
            <source>Protection</source>
            <translation>การคุ้มครอง</translation>
        </message>
        <message>
            <source>Services</source>
            <translation>บริการ</translation>
        </message>
        <message>
            <source>Referral to other services</source>
            <translation>การส่งต่อไปยังบริการอื่น</translation>
        </message>
        <message>
            <source>Counted in anonymous figures</source>
            <translation>นับรวมในตัวเลขที่ไม่ระบุตัวตน</translation>
        </message>
        <message>
            <source>Spoken</source>
            <translation>ด้วยวาจา</translation>
        </message>
        <message>
            <source>Signed form</source>
            <translation>แบบฟอร์มที่ลงนามแล้ว</translation>
        </message>
        <message>
            <source>Individual</source>
            <translation>รายบุคคล</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>กลุ่ม</translation>
        </message>
        <message>
            <source>Counselling</source>
            <translation>การให้คำปรึกษา</translation>
        </message>
        <message>
            <source>Psychological first aid</source>
            <translation>การปฐมพยาบาลทางใจ</translation>
        </message>
        <message>
            <source>Case follow-up</source>
            <translation>การติดตามกรณี</translation>
        </message>
        <message>
            <source>MHPSS group session</source>
            <translation>เซสชันกลุ่มสุขภาพจิตและจิตสังคม</translation>
        </message>
        <message>
            <source>Social-protection awareness</source>
            <translation>การสร้างความรู้เรื่องการคุ้มครองทางสังคม</translation>
        </message>
        <message>
            <source>Thai class</source>
            <translation>ชั้นเรียนภาษาไทย</translation>
        </message>
        <message>
            <source>Vocational training</source>
            <translation>การฝึกอาชีพ</translation>
        </message>
        <message>
            <source>Youth activity</source>
            <translation>กิจกรรมเยาวชน</translation>
        </message>
        <message>
            <source>Women's safe-space meeting</source>
            <translation>การพบปะในพื้นที่ปลอดภัยของผู้หญิง</translation>
        </message>
        <message>
            <source>Participatory project session</source>
            <translation>เซสชันโครงการแบบมีส่วนร่วม</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>ก่อน</translation>
        </message>
        <message>
            <source>Midway</source>
            <translation>ระหว่างทาง</translation>
        </message>
        <message>
            <source>After</source>
            <translation>หลัง</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>ปกติ</translation>
        </message>
        <message>
            <source>Urgent</source>
            <translation>เร่งด่วน</translation>
        </message>
        <message>
            <source>Emergency</source>
            <translation>ฉุกเฉิน</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>ส่งแล้ว</translation>
        </message>
        <message>
            <source>Accepted</source>
            <translation>รับแล้ว</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>ปฏิเสธ</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>ได้รับแล้ว</translation>
        </message>
        <message>
            <source>Served</source>
            <translation>ให้บริการแล้ว</translation>
        </message>
        <message>
            <source>Not served</source>
            <translation>ไม่ได้ให้บริการ</translation>
        </message>
        <message>
            <source>Could not contact</source>
            <translation>ติดต่อไม่ได้</translation>
        </message>
        <message>
            <source>Burmese</source>
            <translation>พม่า</translation>
        </message>
        <message>
            <source>S'gaw Karen</source>
            <translation>กะเหรี่ยงสะกอ</translation>
        </message>
        <message>
            <source>Thai language</source>
            <translation>ภาษาไทย</translation>
        </message>
        <message>
            <source>English</source>
            <translation>อังกฤษ</translation>
        </message>
        <message>
            <source>No difficulty</source>
            <translation>ไม่มีปัญหา</translation>
        </message>
        <message>
            <source>Some difficulty</source>
            <translation>มีปัญหาบ้าง</translation>
        </message>
        <message>
            <source>A lot of difficulty</source>
            <translation>มีปัญหามาก</translation>
        </message>
        <message>
            <source>Cannot do at all</source>
            <translation>ทำไม่ได้เลย</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>รหัส</translation>
        </message>
        <message>
            <source>Name (Latin script)</source>
            <translation>ชื่อ (อักษรละติน)</translation>
        </message>
        <message>
            <source>Name (own script)</source>
            <translation>ชื่อ (อักษรของตนเอง)</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>เพศ</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>วันเกิด</translation>
        </message>
        <message>
            <source>Nationality</source>
            <translation>สัญชาติ</translation>
        </message>
        <message>
            <source>Population group</source>
            <translation>กลุ่มประชากร</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>เอกสาร</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>พื้นที่</translation>
        </message>
        <message>
            <source>Preferred language</source>
            <translation>ภาษาที่ต้องการ</translation>
        </message>
        <message>
            <source>Seeing</source>
            <translation>การมองเห็น</translation>
        </message>
        <message>
            <source>Hearing</source>
            <translation>การได้ยิน</translation>
        </message>
        <message>
            <source>Walking or climbing steps</source>
            <translation>การเดินหรือขึ้นบันได</translation>
        </message>
        <message>
            <source>Remembering or concentrating</source>
            <translation>การจดจำหรือการมีสมาธิ</translation>
        </message>
        <message>
            <source>Self-care</source>
            <translation>การดูแลตนเอง</translation>
        </message>
        <message>
            <source>Communicating</source>
            <translation>การสื่อสาร</translation>
        </message>
        <message>
            <source>Disability (Washington Group)</source>
            <translation>ความพิการ (Washington Group)</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>Reason for closing</source>
            <translation>เหตุผลที่ปิด</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <source>Registered on</source>
            <translation>ลงทะเบียนเมื่อ</translation>
        </message>
        <message>
            <source>Registered by</source>
            <translation>ลงทะเบียนโดย</translation>
        </message>
        <message>
            <source>Last changed</source>
            <translation>แก้ไขล่าสุด</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>เพิ่ม</translation>
        </message>
        <message>
            <source>Looked at the record</source>
            <translation>เปิดดูระเบียน</translation>
        </message>
        <message>
            <source>Changed the record</source>
            <translation>แก้ไขระเบียน</translation>
        </message>
        <message>
            <source>Deleted the record</source>
            <translation>ลบระเบียน</translation>
        </message>
        <message>
            <source>Restored the record</source>
            <translation>กู้คืนระเบียน</translation>
        </message>
        <message>
            <source>Closed the record</source>
            <translation>ปิดระเบียน</translation>
        </message>
        <message>
            <source>Reopened the record</source>
            <translation>เปิดระเบียนอีกครั้ง</translation>
        </message>
        <message>
            <source>Opened the whole record in an emergency</source>
            <translation>เปิดดูระเบียนทั้งหมดในกรณีฉุกเฉิน</translation>
        </message>
        <message>
            <source>Made a copy of the record for the person</source>
            <translation>จัดทำสำเนาระเบียนให้บุคคลนั้น</translation>
        </message>
        <message>
            <source>Opened a case</source>
            <translation>เปิดกรณี</translation>
        </message>
        <message>
            <source>Closed a case</source>
            <translation>ปิดกรณี</translation>
        </message>
        <message>
            <source>Reopened a case</source>
            <translation>เปิดกรณีใหม่</translation>
        </message>
        <message>
            <source>Put a case on hold</source>
            <translation>พักกรณีไว้</translation>
        </message>
        <message>
            <source>Shared a case with a colleague</source>
            <translation>แบ่งปันกรณีกับเพื่อนร่วมงาน</translation>
        </message>
        <message>
            <source>Stopped sharing a case</source>
            <translation>หยุดแบ่งปันกรณี</translation>
        </message>
        <message>
            <source>Gave a case to another caseworker</source>
            <translation>โอนกรณีให้เจ้าหน้าที่ดูแลรายกรณีคนอื่น</translation>
        </message>
        <message>
            <source>Set the next contact</source>
            <translation>กำหนดวันติดต่อครั้งถัดไป</translation>
        </message>
        <message>
            <source>Changed the status</source>
            <translation>เปลี่ยนสถานะ</translation>
        </message>
        <message>
            <source>Changed the case plan</source>
            <translation>แก้ไขแผนการดูแลกรณี</translation>
        </message>
        <message>
            <source>Nothing held.</source>
            <translation>ไม่มีข้อมูลที่เก็บไว้</translation>
        </message>
        <message>
            <source>What {cso} holds about {name} ({code})</source>
            <translation>ข้อมูลที่ {cso} เก็บไว้เกี่ยวกับ {name} ({code})</translation>
        </message>
        <message>
            <source>Made on {date} by {user}.</source>
            <translation>จัดทำเมื่อ {date} โดย {user}</translation>
        </message>
        <message>
            <source>This is everything {cso} holds about this person in its records system, on the date above. Ask {cso} to correct anything that is wrong.</source>
            <translation>นี่คือข้อมูลทั้งหมดที่ {cso} เก็บไว้เกี่ยวกับบุคคลนี้ในระบบระเบียน ณ วันที่ข้างต้น หากมีสิ่งใดไม่ถูกต้อง กรุณาแจ้ง {cso} ให้แก้ไข</translation>
        </message>
        <message>
            <source>For</source>
            <translation>สำหรับ</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>ยินยอม</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>ตั้งแต่</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>บันทึกโดย</translation>
        </message>
        <message>
            <source>From</source>
            <translation>จาก</translation>
        </message>
        <message>
            <source>How</source>
            <translation>อย่างไร</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <source>{line} case, opened {date}</source>
            <translation>กรณี{line} เปิดเมื่อ {date}</translation>
        </message>
        <message>
            <source>Caseworker</source>
            <translation>เจ้าหน้าที่ดูแลรายกรณี</translation>
        </message>
        <message>
            <source>Shared with</source>
            <translation>แบ่งปันกับ</translation>
        </message>
        <message>
            <source>Closed on</source>
            <translation>ปิดเมื่อ</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>ผลลัพธ์</translation>
        </message>
        <message>
            <source>Next contact</source>
            <translation>ติดต่อครั้งถัดไป</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>เป้าหมาย</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>สิ่งที่ต้องทำ</translation>
        </message>
        <message>
            <source>Due by</source>
            <translation>กำหนดเสร็จ</translation>
        </message>
        <message>
            <source>Responsible</source>
            <translation>ผู้รับผิดชอบ</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>เสร็จเมื่อ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>แผนงาน</translation>
        </message>
        <message>
            <source>What it was</source>
            <translation>เป็นกิจกรรมอะไร</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>ผู้ดำเนินกิจกรรม</translation>
        </message>
        <message>
            <source>Questionnaire</source>
            <translation>แบบสอบถาม</translation>
        </message>
        <message>
            <source>When</source>
            <translation>เมื่อไร</translation>
        </message>
        <message>
            <source>Answers</source>
            <translation>คำตอบ</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>คะแนน</translation>
        </message>
        <message>
            <source>Referred to</source>
            <translation>ส่งต่อไปยัง</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>เหตุผล</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>ความเร่งด่วน</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>ส่งต่อโดย</translation>
        </message>
        <message>
            <source>Referral code</source>
            <translation>รหัสการส่งต่อ</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>บริการ</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>ใคร</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>ช่องข้อมูล</translation>
        </message>
        <message>
            <source>Was</source>
            <translation>เดิม</translation>
        </message>
        <message>
            <source>Became</source>
            <translation>แก้เป็น</translation>
        </message>
        <message>
            <source>Written by</source>
            <translation>เขียนโดย</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>โครงการ</translation>
        </message>
        <message>
            <source>Community or group</source>
            <translation>ชุมชนหรือกลุ่ม</translation>
        </message>
        <message>
            <source>To</source>
            <translation>ถึง</translation>
        </message>
        <message>
            <source>First counted in</source>
            <translation>นับครั้งแรกในเดือน</translation>
        </message>
        <message>
            <source>What</source>
            <translation>ทำอะไร</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Import</source>
            <translation>นำเข้า</translation>
        </message>
        <message>
            <source>Rows not imported:</source>
            <translation>แถวที่ไม่ได้นำเข้า:</translation>
        </message>
        <message>
            <source>Importing…</source>
            <translation>กำลังนำเข้า…</translation>
        </message>
        <message>
            <source>Importing the list…</source>
            <translation>กำลังนำเข้ารายชื่อ…</translation>
        </message>
        <message>
            <source>{n} people</source>
            <translation>{n} คน</translation>
        </message>
        <message>
            <source>The import was cancelled. Nothing was imported: the registry is as it was.</source>
            <translation>ยกเลิกการนำเข้าแล้ว ไม่มีข้อมูลใดถูกนำเข้า ทะเบียนยังเหมือนเดิม</translation>
        </message>
        <message>
            <source>Imported {imported} people ({first} to {last}).</source>
            <translation>นำเข้า {imported} คนแล้ว ({first} ถึง {last})</translation>
        </message>
        <message>
            <source>Skipped {count} (see the list below).</source>
            <translation>ข้าม {count} แถว (ดูรายการด้านล่าง)</translation>
        </message>
        <message>
            <source>Row {row}: {why}</source>
            <translation>แถว {row}: {why}</translation>
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation>ไม่ได้นำเข้าอะไรเลย</translation>
        </message>
    </context>
    <context>
        <name>TargetsEditor</name>
        <message>
            <source>What the network expects of each CSO, and the outcome targets. Save signs a new revision of the network file and writes it to the shared folder; each CSO's dashboard then shows its own target.</source>
            <translation>สิ่งที่เครือข่ายคาดหวังจากแต่ละองค์กร และเป้าหมายผลลัพธ์ การบันทึกจะลงนามไฟล์เครือข่ายฉบับใหม่ และเขียนลงโฟลเดอร์ที่แบ่งปัน จากนั้นภาพรวมของแต่ละองค์กรจะแสดงเป้าหมายของตนเอง</translation>
        </message>
        <message>
            <source>Each CSO's share of the people targets</source>
            <translation>ส่วนของแต่ละองค์กรในเป้าหมายผู้ได้รับบริการ</translation>
        </message>
        <message>
            <source>“–”: no share (the CSO's dashboard shows the network's target).</source>
            <translation>“–”: ไม่มีส่วนของเป้าหมาย (ภาพรวมขององค์กรแสดงเป้าหมายเครือข่าย)</translation>
        </message>
        <message>
            <source>Outcome targets (people improved)</source>
            <translation>เป้าหมายผลลัพธ์ (ผู้ที่ดีขึ้น)</translation>
        </message>
        <message>
            <source>Add outcome target</source>
            <translation>เพิ่มเป้าหมายผลลัพธ์</translation>
        </message>
        <message>
            <source>People of the programme whose score improves by at least the instrument's minimal important difference between a pre and a post assessment.</source>
            <translation>บุคคลในแผนงานที่คะแนนดีขึ้นอย่างน้อยเท่ากับความแตกต่างที่สำคัญขั้นต่ำของแบบประเมิน ระหว่างการประเมินก่อนและหลัง</translation>
        </message>
        <message>
            <source>Create the network first (Network setup).</source>
            <translation>สร้างเครือข่ายก่อน (การตั้งค่าเครือข่าย)</translation>
        </message>
        <message>
            <source>Network target</source>
            <translation>เป้าหมายเครือข่าย</translation>
        </message>
        <message>
            <source>Together</source>
            <translation>รวมกัน</translation>
        </message>
        <message>
            <source>{cso}'s share of {programme} (“–”: none)</source>
            <translation>ส่วนของ {cso} ใน {programme} (“–”: ไม่มี)</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>แผนงาน</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>แบบประเมิน</translation>
        </message>
        <message>
            <source>Improved</source>
            <translation>ดีขึ้น</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>นำออก</translation>
        </message>
        <message>
            <source>More than the network's target</source>
            <translation>มากกว่าเป้าหมายเครือข่าย</translation>
        </message>
        <message>
            <source>“{code}” is not an instrument code: small letters, digits and _, starting with a letter (e.g. who5).</source>
            <translation>“{code}” ไม่ใช่รหัสแบบประเมิน: อักษรตัวเล็ก ตัวเลข และ _ ขึ้นต้นด้วยตัวอักษร (เช่น who5)</translation>
        </message>
        <message>
            <source>Choose or type the instrument of each outcome target.</source>
            <translation>กรุณาเลือกหรือพิมพ์แบบประเมินของเป้าหมายผลลัพธ์แต่ละรายการ</translation>
        </message>
        <message>
            <source>{programme} has two targets for {code}: keep one.</source>
            <translation>{programme} มีเป้าหมายสองรายการสำหรับ {code}: กรุณาเก็บไว้หนึ่งรายการ</translation>
        </message>
        <message>
            <source>The shares of {programme} add up to {together}, more than the network's target of {target}. You can still save.</source>
            <translation>ส่วนของ {programme} รวมกันได้ {together} มากกว่าเป้าหมายเครือข่าย {target} ยังบันทึกได้</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <source>{done} of {total}</source>
            <translation>{done} จาก {total}</translation>
        </message>
        <message>
            <source>Step {n} of {total}</source>
            <translation>ขั้นตอนที่ {n} จาก {total}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>about {n} s left</source>
            <translation>เหลืออีกประมาณ {n} วินาที</translation>
        </message>
        <message>
            <source>about {n} min left</source>
            <translation>เหลืออีกประมาณ {n} นาที</translation>
        </message>
    </context>
    <context>
        <name>TeamPage</name>
        <message>
            <source>Person</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>เซสชัน</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>การเข้าร่วม</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>การประเมิน</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>การส่งต่อ</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>โครงการ</translation>
        </message>
        <message>
            <source>Session plan</source>
            <translation>แผนเซสชัน</translation>
        </message>
        <message>
            <source>Service</source>
            <translation>บริการ</translation>
        </message>
        <message>
            <source>Staff account</source>
            <translation>บัญชีเจ้าหน้าที่</translation>
        </message>
        <message>
            <source>Setting</source>
            <translation>การตั้งค่า</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>องค์กร</translation>
        </message>
        <message>
            <source>Programme</source>
            <translation>แผนงาน</translation>
        </message>
        <message>
            <source>Instrument</source>
            <translation>แบบประเมิน</translation>
        </message>
        <message>
            <source>Name (Latin letters)</source>
            <translation>ชื่อ (อักษรละติน)</translation>
        </message>
        <message>
            <source>Name (own script)</source>
            <translation>ชื่อ (อักษรของตนเอง)</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>โทรศัพท์</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>พื้นที่</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>หมายเหตุ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>วันเกิด</translation>
        </message>
        <message>
            <source>Sex</source>
            <translation>เพศ</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>หัวข้อ</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>สถานที่</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>วันที่</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>ชื่อเรื่อง</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>ชื่อ</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>เหตุผล</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>ทีม</translation>
        </message>
        <message>
            <source>Sync now</source>
            <translation>ซิงค์ตอนนี้</translation>
        </message>
        <message>
            <source>Invite a laptop…</source>
            <translation>เชิญแล็ปท็อป…</translation>
        </message>
        <message>
            <source>Remove laptop…</source>
            <translation>นำแล็ปท็อปออก…</translation>
        </message>
        <message>
            <source>This laptop</source>
            <translation>แล็ปท็อปเครื่องนี้</translation>
        </message>
        <message>
            <source>(not shown)</source>
            <translation>(ไม่แสดง)</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(ว่าง)</translation>
        </message>
        <message>
            <source>Laptop</source>
            <translation>แล็ปท็อป</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>ลายนิ้วมือกุญแจ</translation>
        </message>
        <message>
            <source>Last seen</source>
            <translation>เห็นล่าสุด</translation>
        </message>
        <message>
            <source>Changes applied</source>
            <translation>การเปลี่ยนแปลงที่นำมาใช้แล้ว</translation>
        </message>
        <message>
            <source>State</source>
            <translation>สถานะ</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>ยังไม่มี</translation>
        </message>
        <message>
            <source>{applied} of {written}</source>
            <translation>{applied} จาก {written}</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>นำออกแล้ว</translation>
        </message>
        <message>
            <source>Changes to apply</source>
            <translation>มีการเปลี่ยนแปลงที่ต้องนำมาใช้</translation>
        </message>
        <message>
            <source>Up to date</source>
            <translation>เป็นปัจจุบัน</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>ระเบียน</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>ช่องข้อมูล</translation>
        </message>
        <message>
            <source>Value kept</source>
            <translation>ค่าที่เก็บไว้</translation>
        </message>
        <message>
            <source>Other value</source>
            <translation>ค่าอื่น</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>พบเมื่อ</translation>
        </message>
        <message>
            <source>Team folder</source>
            <translation>โฟลเดอร์ทีม</translation>
        </message>
        <message>
            <source>Last sync</source>
            <translation>ซิงค์ล่าสุด</translation>
        </message>
        <message>
            <source>Changes waiting to be sent</source>
            <translation>การเปลี่ยนแปลงที่รอส่ง</translation>
        </message>
        <message>
            <source>Laptops of the team</source>
            <translation>แล็ปท็อปของทีม</translation>
        </message>
        <message>
            <source>Sync conflicts</source>
            <translation>ข้อขัดแย้งจากการซิงค์</translation>
        </message>
        <message>
            <source>Two laptops changed the same thing before they synced. Every laptop now holds the value kept; keep it, or use the other value instead.</source>
            <translation>แล็ปท็อปสองเครื่องเปลี่ยนสิ่งเดียวกันก่อนซิงค์ ตอนนี้แล็ปท็อปทุกเครื่องมีค่าที่เก็บไว้ จะเก็บค่านั้นไว้ หรือใช้ค่าอื่นแทนก็ได้</translation>
        </message>
        <message>
            <source>No sync conflicts.</source>
            <translation>ไม่มีข้อขัดแย้งจากการซิงค์</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>เก็บไว้</translation>
        </message>
        <message>
            <source>Use the other value</source>
            <translation>ใช้ค่าอื่น</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>ยังไม่ได้ซิงค์</translation>
        </message>
        <message>
            <source>{name} · fingerprint {fingerprint}</source>
            <translation>{name} · ลายนิ้วมือกุญแจ {fingerprint}</translation>
        </message>
        <message>
            <source>{folder} (not reachable now)</source>
            <translation>{folder} (เข้าถึงไม่ได้ตอนนี้)</translation>
        </message>
        <message>
            <source>This laptop is not part of a team yet.

When your CSO works on several laptops, make them a team: they then keep the same records, synced through a team folder (an office network drive, a synced cloud folder or a USB stick). Everything in the folder is encrypted.</source>
            <translation>แล็ปท็อปเครื่องนี้ยังไม่ได้อยู่ในทีม

เมื่อองค์กรของคุณทำงานบนแล็ปท็อปหลายเครื่อง ให้รวมเป็นทีม แล้วแล็ปท็อปเหล่านั้นจะมีระเบียนเดียวกัน ซิงค์ผ่านโฟลเดอร์ทีม (ไดรฟ์เครือข่ายของสำนักงาน โฟลเดอร์คลาวด์ที่ซิงค์ หรือ USB) ทุกสิ่งในโฟลเดอร์ถูกเข้ารหัส</translation>
        </message>
        <message>
            <source>Create a team…</source>
            <translation>สร้างทีม…</translation>
        </message>
        <message>
            <source>Ask your CSO's admin to create the team.</source>
            <translation>ขอให้ผู้ดูแลระบบขององค์กรของคุณสร้างทีม</translation>
        </message>
        <message>
            <source>A sync is running already.</source>
            <translation>กำลังซิงค์อยู่แล้ว</translation>
        </message>
        <message>
            <source>Syncing with the team folder…</source>
            <translation>กำลังซิงค์กับโฟลเดอร์ทีม…</translation>
        </message>
        <message>
            <source>The team folder cannot be reached. Connect the drive or the USB stick, then sync again. Changes made here wait on this laptop.</source>
            <translation>เข้าถึงโฟลเดอร์ทีมไม่ได้ เชื่อมต่อไดรฟ์หรือ USB แล้วซิงค์อีกครั้ง การเปลี่ยนแปลงที่ทำที่นี่รออยู่ในแล็ปท็อปเครื่องนี้</translation>
        </message>
        <message>
            <source>Changes sent: {sent}. Changes received: {received}.</source>
            <translation>ส่งการเปลี่ยนแปลง {sent} รายการ ได้รับ {received} รายการ</translation>
        </message>
        <message>
            <source>{count} new sync conflicts: see below.</source>
            <translation>ข้อขัดแย้งใหม่จากการซิงค์ {count} รายการ ดูด้านล่าง</translation>
        </message>
        <message>
            <source>Waiting for changes from {names}.</source>
            <translation>กำลังรอการเปลี่ยนแปลงจาก {names}</translation>
        </message>
        <message>
            <source>{count} files in the team folder were refused; nothing in them was used.</source>
            <translation>ไฟล์ {count} ไฟล์ในโฟลเดอร์ทีมถูกปฏิเสธ ไม่ได้ใช้สิ่งใดจากไฟล์เหล่านั้น</translation>
        </message>
        <message>
            <source>Sync failed: {reason}</source>
            <translation>ซิงค์ไม่สำเร็จ: {reason}</translation>
        </message>
        <message>
            <source>Could not settle the conflict</source>
            <translation>จัดการข้อขัดแย้งไม่ได้</translation>
        </message>
        <message>
            <source>Kept the value of {record}.</source>
            <translation>เก็บค่าของ {record} ไว้แล้ว</translation>
        </message>
        <message>
            <source>{record} now holds the other value; it goes to every laptop.</source>
            <translation>ตอนนี้ {record} มีค่าอื่นแล้ว และจะส่งไปยังแล็ปท็อปทุกเครื่อง</translation>
        </message>
        <message>
            <source>Laptop 2</source>
            <translation>แล็ปท็อป 2</translation>
        </message>
        <message>
            <source>The team is created.</source>
            <translation>สร้างทีมแล้ว</translation>
        </message>
        <message>
            <source>Creating the team…</source>
            <translation>กำลังสร้างทีม…</translation>
        </message>
        <message>
            <source>Not created</source>
            <translation>ไม่ได้สร้าง</translation>
        </message>
        <message>
            <source>Writing the invitation…</source>
            <translation>กำลังเขียนคำเชิญ…</translation>
        </message>
        <message>
            <source>No invitation</source>
            <translation>ไม่มีคำเชิญ</translation>
        </message>
        <message>
            <source>Remove laptop?</source>
            <translation>นำแล็ปท็อปออกหรือไม่</translation>
        </message>
        <message>
            <source>Remove “{name}” ({fingerprint}) from the team?

Do this when the laptop is lost, stolen or no longer used by the CSO. It will not be able to read anything written from now on, and whatever it writes will be refused. This cannot be undone: to use it again, invite it as a new laptop.</source>
            <translation>นำ “{name}” ({fingerprint}) ออกจากทีมหรือไม่

ทำเช่นนี้เมื่อแล็ปท็อปสูญหาย ถูกขโมย หรือองค์กรไม่ได้ใช้แล้ว แล็ปท็อปนั้นจะอ่านสิ่งที่เขียนตั้งแต่นี้ไปไม่ได้ และสิ่งที่แล็ปท็อปนั้นเขียนจะถูกปฏิเสธ ย้อนกลับไม่ได้ หากจะใช้อีกครั้ง ให้เชิญเป็นแล็ปท็อปเครื่องใหม่</translation>
        </message>
        <message>
            <source>Remove “{name}”</source>
            <translation>นำ “{name}” ออก</translation>
        </message>
        <message>
            <source>Keep it</source>
            <translation>เก็บไว้</translation>
        </message>
        <message>
            <source>Removed “{name}” from the team.</source>
            <translation>นำ “{name}” ออกจากทีมแล้ว</translation>
        </message>
        <message>
            <source>Removing the laptop…</source>
            <translation>กำลังนำแล็ปท็อปออก…</translation>
        </message>
        <message>
            <source>Not removed</source>
            <translation>ไม่ได้นำออก</translation>
        </message>
    </context>
    <context>
        <name>TeamPassphraseDialog</name>
        <message>
            <source>The team's recovery passphrase</source>
            <translation>วลีกู้คืนของทีม</translation>
        </message>
        <message>
            <source>Shown only this once. If every laptop of the team is lost, this passphrase opens what the team folder holds. Write it down and keep it on paper in a locked place, away from the laptops.</source>
            <translation>แสดงเพียงครั้งนี้ครั้งเดียว หากแล็ปท็อปทุกเครื่องของทีมสูญหาย วลีนี้จะเปิดสิ่งที่อยู่ในโฟลเดอร์ทีมได้ จดไว้และเก็บเป็นกระดาษในที่ที่ล็อกไว้ ห่างจากแล็ปท็อป</translation>
        </message>
        <message>
            <source>I have written down the team's recovery passphrase</source>
            <translation>ฉันจดวลีกู้คืนของทีมไว้แล้ว</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>ดำเนินการต่อ</translation>
        </message>
    </context>
    <context>
        <name>TeamSync</name>
        <message>
            <source>just now</source>
            <translation>เมื่อสักครู่</translation>
        </message>
        <message>
            <source>{n} min ago</source>
            <translation>{n} นาทีที่แล้ว</translation>
        </message>
        <message>
            <source>{n} h ago</source>
            <translation>{n} ชม. ที่แล้ว</translation>
        </message>
        <message>
            <source>Sync failed</source>
            <translation>ซิงค์ไม่สำเร็จ</translation>
        </message>
        <message>
            <source>Team folder not reachable</source>
            <translation>เข้าถึงโฟลเดอร์ทีมไม่ได้</translation>
        </message>
        <message>
            <source>The team folder {folder} cannot be reached. Changes made here wait on this laptop and are sent at the next sync.</source>
            <translation>เข้าถึงโฟลเดอร์ทีม {folder} ไม่ได้ การเปลี่ยนแปลงที่ทำที่นี่รออยู่ในแล็ปท็อปเครื่องนี้ และจะส่งเมื่อซิงค์ครั้งถัดไป</translation>
        </message>
        <message>
            <source>Waiting for changes from {names}</source>
            <translation>กำลังรอการเปลี่ยนแปลงจาก {names}</translation>
        </message>
        <message>
            <source>Some changes of {names} are not in the team folder yet. They are applied once they arrive.</source>
            <translation>การเปลี่ยนแปลงบางส่วนของ {names} ยังไม่อยู่ในโฟลเดอร์ทีม จะนำมาใช้เมื่อมาถึง</translation>
        </message>
        <message>
            <source>Not synced yet</source>
            <translation>ยังไม่ได้ซิงค์</translation>
        </message>
        <message>
            <source>This laptop has not synced with its team yet.</source>
            <translation>แล็ปท็อปเครื่องนี้ยังไม่ได้ซิงค์กับทีม</translation>
        </message>
        <message>
            <source>Last sync: {at}. Team folder: {folder}</source>
            <translation>ซิงค์ล่าสุด: {at} โฟลเดอร์ทีม: {folder}</translation>
        </message>
        <message>
            <source>Synced {ago} with {count} laptops</source>
            <translation>ซิงค์กับแล็ปท็อป {count} เครื่องแล้ว {ago}</translation>
        </message>
        <message>
            <source>Synced {ago}</source>
            <translation>ซิงค์แล้ว {ago}</translation>
        </message>
    </context>
    <context>
        <name>TemplateLibraryDialog</name>
        <message>
            <source>Template library</source>
            <translation>คลังแม่แบบ</translation>
        </message>
        <message>
            <source>Start a plan from a template</source>
            <translation>เริ่มแผนจากแม่แบบ</translation>
        </message>
        <message>
            <source>All languages</source>
            <translation>ทุกภาษา</translation>
        </message>
        <message>
            <source>Find a template by its title</source>
            <translation>ค้นหาแม่แบบตามชื่อ</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>ภาษา</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
        <message>
            <source>Use this template</source>
            <translation>ใช้แม่แบบนี้</translation>
        </message>
        <message>
            <source>Session no.</source>
            <translation>เซสชันที่</translation>
        </message>
        <message>
            <source>Planned date</source>
            <translation>วันที่วางแผน</translation>
        </message>
        <message>
            <source>Could not load the templates</source>
            <translation>โหลดแม่แบบไม่ได้</translation>
        </message>
        <message>
            <source>{number}. {title}  ({minutes} min)</source>
            <translation>{number}. {title}  ({minutes} นาที)</translation>
        </message>
        <message>
            <source>No template matches. Clear the search.</source>
            <translation>ไม่มีแม่แบบที่ตรงกัน กรุณาล้างคำค้นหา</translation>
        </message>
        <message>
            <source>Session {number} · {minutes} minutes · {language}</source>
            <translation>เซสชันที่ {number} · {minutes} นาที · {language}</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>วัตถุประสงค์</translation>
        </message>
        <message>
            <source>By the end of the session participants will…</source>
            <translation>เมื่อจบเซสชัน ผู้เข้าร่วมจะ…</translation>
        </message>
        <message>
            <source>Steps ({total} minutes)</source>
            <translation>ขั้นตอน ({total} นาที)</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>เริ่ม</translation>
        </message>
        <message>
            <source>Min.</source>
            <translation>นาที</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>ขั้นตอน</translation>
        </message>
        <message>
            <source>The plan was not created</source>
            <translation>ไม่ได้สร้างแผน</translation>
        </message>
    </context>
    <context>
        <name>TransferAllDialog</name>
        <message>
            <source>Transfer cases</source>
            <translation>โอนกรณี</translation>
        </message>
        <message>
            <source>Transfer and disable</source>
            <translation>โอนและปิดใช้งาน</translation>
        </message>
        <message>
            <source>{name} owns {count} open or on-hold case(s). Choose who takes them over, with their case plans. Closed cases keep their owner.</source>
            <translation>{name} มีกรณีที่เปิดอยู่หรือพักไว้ {count} กรณี เลือกผู้ที่จะรับกรณีเหล่านี้ไปพร้อมแผนการดูแลกรณี กรณีที่ปิดแล้วยังคงมีผู้รับผิดชอบคนเดิม</translation>
        </message>
        <message>
            <source>The account is disabled after the transfer: they can no longer sign in.</source>
            <translation>บัญชีจะถูกปิดใช้งานหลังการโอน: เขาจะเข้าสู่ระบบไม่ได้อีก</translation>
        </message>
        <message>
            <source>Transfer to *</source>
            <translation>โอนให้ *</translation>
        </message>
    </context>
    <context>
        <name>TransferCaseDialog</name>
        <message>
            <source>Transfer the case</source>
            <translation>โอนกรณี</translation>
        </message>
        <message>
            <source>Transfer</source>
            <translation>โอน</translation>
        </message>
        <message>
            <source>The new owner takes over the case and its plan; you can no longer change who owns it.</source>
            <translation>ผู้รับผิดชอบคนใหม่จะรับกรณีและแผนไปดูแล คุณจะเปลี่ยนผู้รับผิดชอบอีกไม่ได้</translation>
        </message>
        <message>
            <source>The new owner takes over the case and its plan.</source>
            <translation>ผู้รับผิดชอบคนใหม่จะรับกรณีและแผนไปดูแล</translation>
        </message>
        <message>
            <source>New owner *</source>
            <translation>ผู้รับผิดชอบคนใหม่ *</translation>
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to Saphan</source>
            <translation>ยินดีต้อนรับสู่ Saphan</translation>
        </message>
        <message>
            <source>&lt;p&gt;This sets up your organisation's records on this computer.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;The records are kept in an encrypted database that only your organisation's users can open.&lt;/li&gt;&lt;li&gt;You will be the first admin. You can add caseworkers and facilitators later.&lt;/li&gt;&lt;li&gt;At the end you will get a &lt;b&gt;recovery passphrase&lt;/b&gt;. Print it or write it down: it is the only way back in if every password is forgotten.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Records about people never leave this computer.&lt;/p&gt;</source>
            <translation>&lt;p&gt;ขั้นตอนนี้จะตั้งค่าระเบียนขององค์กรคุณบนคอมพิวเตอร์เครื่องนี้&lt;/p&gt;&lt;ul&gt;&lt;li&gt;ระเบียนเก็บในฐานข้อมูลที่เข้ารหัส ซึ่งเปิดได้เฉพาะผู้ใช้ขององค์กรคุณ&lt;/li&gt;&lt;li&gt;คุณจะเป็นผู้ดูแลระบบคนแรก เพิ่มเจ้าหน้าที่ดูแลรายกรณีและผู้ดำเนินกิจกรรมได้ภายหลัง&lt;/li&gt;&lt;li&gt;ตอนท้ายคุณจะได้รับ &lt;b&gt;วลีกู้คืน&lt;/b&gt; กรุณาพิมพ์หรือจดไว้ เป็นทางเดียวที่จะกลับเข้ามาได้หากลืมรหัสผ่านทั้งหมด&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;ข้อมูลของบุคคลจะไม่ออกจากคอมพิวเตอร์เครื่องนี้&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Does your CSO already use Saphan on another laptop? Then do not set up a new database here: join your CSO's team, with the invitation your admin gives you.</source>
            <translation>องค์กรของคุณใช้ Saphan บนแล็ปท็อปเครื่องอื่นอยู่แล้วหรือไม่ ถ้าใช่ อย่าตั้งค่าฐานข้อมูลใหม่ที่นี่ ให้เข้าร่วมทีมขององค์กรด้วยคำเชิญที่ผู้ดูแลระบบให้คุณ</translation>
        </message>
        <message>
            <source>Join my CSO's team…</source>
            <translation>เข้าร่วมทีมขององค์กรของฉัน…</translation>
        </message>
    </context>
    <context>
        <name>WordActions</name>
        <message>
            <source>Session {number} - {title}</source>
            <translation>เซสชันที่ {number} - {title}</translation>
        </message>
        <message>
            <source>Session plan</source>
            <translation>แผนเซสชัน</translation>
        </message>
        <message>
            <source>Save the session plan</source>
            <translation>บันทึกแผนเซสชัน</translation>
        </message>
        <message>
            <source>Not exported</source>
            <translation>ไม่ได้ส่งออก</translation>
        </message>
        <message>
            <source>No session plans yet</source>
            <translation>ยังไม่มีแผนเซสชัน</translation>
        </message>
        <message>
            <source>This project has no session plans to export yet. Add a plan first.</source>
            <translation>โครงการนี้ยังไม่มีแผนเซสชันให้ส่งออก กรุณาเพิ่มแผนก่อน</translation>
        </message>
        <message>
            <source>Project plan</source>
            <translation>แผนโครงการ</translation>
        </message>
        <message>
            <source>Save the project plan</source>
            <translation>บันทึกแผนโครงการ</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>เอกสาร Word (*.docx)</translation>
        </message>
        <message>
            <source>Saved {path}</source>
            <translation>บันทึก {path} แล้ว</translation>
        </message>
        <message>
            <source>The Word document was not saved</source>
            <translation>ไม่ได้บันทึกเอกสาร Word</translation>
        </message>
        <message>
            <source>Saphan could not write {path}. If the file is open in Word, close it and try again.

{reason}</source>
            <translation>Saphan เขียน {path} ไม่ได้ หากไฟล์เปิดอยู่ใน Word กรุณาปิดแล้วลองอีกครั้ง

{reason}</translation>
        </message>
        <message>
            <source>Writing the Word document…</source>
            <translation>กำลังเขียนเอกสาร Word…</translation>
        </message>
        <message>
            <source>Could not open the document</source>
            <translation>เปิดเอกสารไม่ได้</translation>
        </message>
        <message>
            <source>No program to open Word documents was found. The plan was saved as {path}.</source>
            <translation>ไม่พบโปรแกรมเปิดเอกสาร Word แผนถูกบันทึกเป็น {path}</translation>
        </message>
        <message>
            <source>Sent to the printer: {path}</source>
            <translation>ส่งไปที่เครื่องพิมพ์แล้ว: {path}</translation>
        </message>
        <message>
            <source>Print from your word processor</source>
            <translation>พิมพ์จากโปรแกรมเอกสารของคุณ</translation>
        </message>
        <message>
            <source>The plan is open in your word processor (Word or LibreOffice). Print it from there with Ctrl+P.</source>
            <translation>แผนเปิดอยู่ในโปรแกรมเอกสาร (Word หรือ LibreOffice) กรุณาพิมพ์จากที่นั่นด้วย Ctrl+P</translation>
        </message>
    </context>
    <context>
        <name>Worklist</name>
        <message>
            <source>Follow-up</source>
            <translation>การติดตาม</translation>
        </message>
        <message>
            <source>Case plan</source>
            <translation>แผนรายกรณี</translation>
        </message>
        <message>
            <source>Wellbeing</source>
            <translation>สุขภาวะ</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>การส่งต่อ</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>ความยินยอม</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>การเข้าร่วม</translation>
        </message>
        <message>
            <source>Project session</source>
            <translation>เซสชันโครงการ</translation>
        </message>
        <message>
            <source>Assessment alert</source>
            <translation>การแจ้งเตือนจากแบบประเมิน</translation>
        </message>
        <message>
            <source>Psychosocial support (MHPSS)</source>
            <translation>การสนับสนุนด้านจิตสังคม (MHPSS)</translation>
        </message>
        <message>
            <source>Protection</source>
            <translation>การคุ้มครอง</translation>
        </message>
        <message>
            <source>Follow up: next contact in the {service} case</source>
            <translation>ติดตาม: การติดต่อครั้งถัดไปในกรณี {service}</translation>
        </message>
        <message>
            <source>Case plan action: {action}</source>
            <translation>งานในแผนรายกรณี: {action}</translation>
        </message>
        <message>
            <source>Review wellbeing: WHO-5 score {score} of 25 on {date}</source>
            <translation>ทบทวนสุขภาวะ: คะแนน WHO-5 {score} จาก 25 เมื่อ {date}</translation>
        </message>
        <message>
            <source>Review wellbeing: WHO-5 fell from {before} to {after} of 100 on {date}</source>
            <translation>ทบทวนสุขภาวะ: คะแนน WHO-5 ลดจาก {before} เป็น {after} จาก 100 เมื่อ {date}</translation>
        </message>
        <message>
            <source>Ask for feedback on the referral to {service} made on {date}</source>
            <translation>สอบถามผลการส่งต่อไปยัง {service} เมื่อ {date}</translation>
        </message>
        <message>
            <source>Ask for feedback on the referral made on {date}</source>
            <translation>สอบถามผลการส่งต่อเมื่อ {date}</translation>
        </message>
        <message>
            <source>Renew consent: given on {date}, a year ago on {due}</source>
            <translation>ต่ออายุความยินยอม: ให้ไว้เมื่อ {date} ครบหนึ่งปีในวันที่ {due}</translation>
        </message>
        <message>
            <source>Record attendance of the group session on {date}: {topic}</source>
            <translation>บันทึกการเข้าร่วมของกิจกรรมกลุ่มเมื่อ {date}: {topic}</translation>
        </message>
        <message>
            <source>Record attendance of the group session on {date}</source>
            <translation>บันทึกการเข้าร่วมของกิจกรรมกลุ่มเมื่อ {date}</translation>
        </message>
        <message>
            <source>Follow up the {instrument} of {date}: {alerts}</source>
            <translation>ติดตามผล {instrument} เมื่อ {date}: {alerts}</translation>
        </message>
        <message>
            <source>Prepare session {number} of {project}: {title}</source>
            <translation>เตรียมเซสชันที่ {number} ของ {project}: {title}</translation>
        </message>
    </context>
    <context>
        <name>WorklistPage</name>
        <message>
            <source>My day</source>
            <translation>วันนี้ของฉัน</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>กำหนด</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>ประเภท</translation>
        </message>
        <message>
            <source>Person</source>
            <translation>บุคคล</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>สิ่งที่ต้องทำ</translation>
        </message>
        <message>
            <source>Nothing is due. Follow-ups, case plan actions and reviews appear here.</source>
            <translation>ยังไม่มีงานที่ถึงกำหนด การติดตาม งานในแผนรายกรณี และการทบทวนจะแสดงที่นี่</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>เปิด (&amp;O)</translation>
        </message>
        <message>
            <source>Open what the item is about (Enter)</source>
            <translation>เปิดสิ่งที่รายการนี้เกี่ยวข้อง (Enter)</translation>
        </message>
        <message>
            <source>&amp;Done</source>
            <translation>เสร็จแล้ว (&amp;D)</translation>
        </message>
        <message>
            <source>Mark the item done (Ctrl+D)</source>
            <translation>ทำเครื่องหมายว่าเสร็จแล้ว (Ctrl+D)</translation>
        </message>
        <message>
            <source>&amp;Snooze…</source>
            <translation>เลื่อนไว้ก่อน (&amp;S)…</translation>
        </message>
        <message>
            <source>Hide the item until a later day</source>
            <translation>ซ่อนรายการนี้ไว้จนถึงวันที่เลือก</translation>
        </message>
        <message>
            <source>D&amp;ismiss…</source>
            <translation>ยกเลิกรายการ (&amp;I)…</translation>
        </message>
        <message>
            <source>Take the item off the list, saying why</source>
            <translation>นำรายการออกจากรายการงาน พร้อมเหตุผล</translation>
        </message>
        <message>
            <source>The worklist could not be read: {error}</source>
            <translation>อ่านรายการงานไม่ได้: {error}</translation>
        </message>
        <message>
            <source>Overdue ({count})</source>
            <translation>เลยกำหนด ({count})</translation>
        </message>
        <message>
            <source>Today ({count})</source>
            <translation>วันนี้ ({count})</translation>
        </message>
        <message>
            <source>This week ({count})</source>
            <translation>สัปดาห์นี้ ({count})</translation>
        </message>
        <message>
            <source>Later ({count})</source>
            <translation>ภายหลัง ({count})</translation>
        </message>
        <message>
            <source>{date} · To do: {count} · Overdue: {overdue}</source>
            <translation>{date} · ต้องทำ: {count} รายการ · เลยกำหนด: {overdue} รายการ</translation>
        </message>
        <message>
            <source>Could not open it</source>
            <translation>เปิดไม่ได้</translation>
        </message>
        <message>
            <source>Done: {what}</source>
            <translation>เสร็จแล้ว: {what}</translation>
        </message>
        <message>
            <source>Snoozed until {date}: {what}</source>
            <translation>เลื่อนไว้ถึง {date}: {what}</translation>
        </message>
        <message>
            <source>Dismissed: {what}</source>
            <translation>ยกเลิกรายการแล้ว: {what}</translation>
        </message>
        <message>
            <source>Could not save it</source>
            <translation>บันทึกไม่ได้</translation>
        </message>
    </context>
    <context>
        <name>ZawgyiNotice</name>
        <message>
            <source>This looks like Zawgyi text. Convert it to Unicode?</source>
            <translation>ข้อความนี้ดูเหมือนเป็นฟอนต์ Zawgyi แปลงเป็น Unicode หรือไม่</translation>
        </message>
        <message>
            <source>Convert</source>
            <translation>แปลง</translation>
        </message>
        <message>
            <source>Keep as typed</source>
            <translation>เก็บไว้ตามที่พิมพ์</translation>
        </message>
        <message>
            <source>In Unicode: {text}</source>
            <translation>ใน Unicode: {text}</translation>
        </message>
    </context>
    <context>
        <name>_ConfirmDialog</name>
        <message>
            <source>Cancel</source>
            <translation>ยกเลิก</translation>
        </message>
    </context>
    <context>
        <name>_FileRow</name>
        <message>
            <source>Choose…</source>
            <translation>เลือก…</translation>
        </message>
        <message>
            <source>Saphan invitation (*{suffix});;All files (*)</source>
            <translation>คำเชิญ Saphan (*{suffix});;ไฟล์ทั้งหมด (*)</translation>
        </message>
    </context>
    <context>
        <name>_PathRow</name>
        <message>
            <source>Choose…</source>
            <translation>เลือก…</translation>
        </message>
        <message>
            <source>Saphan invitation (*{suffix})</source>
            <translation>คำเชิญ Saphan (*{suffix})</translation>
        </message>
    </context>
</TS>
