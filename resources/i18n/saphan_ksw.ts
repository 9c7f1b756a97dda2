<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ksw" sourcelanguage="en">
    <context>
        <name>ActionDialog</name>
        <message>
            <source>Add an action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Call the clinic about the appointment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For the goal</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>Add a staff account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Naw Paw Htoo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. nawpaw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AdminPage</name>
        <message>
            <source>The first admin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That is you. You will sign in with this user name and password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Daw Khin Myo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. khinmyo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At least 10 characters. A few words you can remember are stronger than a short, complicated password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too short</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Weak</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fair</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strong</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AreaChoice</name>
        <message>
            <source>Not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{area} ({parent})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the session happened (for the network's 5W report)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AreasEditor</name>
        <message>
            <source>Where the CSOs' activities happen, for the 5W report: each CSO picks one of these areas when it logs a session. Give the official P-code where the place has one. Save signs a new revision of the network file and writes it to the shared folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No areas yet. Add the first place where activities happen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show the saved areas again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P-code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create the network first (Network setup).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. mae_pa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Mae Pa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. TH630607</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A saved area keeps its code: sessions name it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{code}” is not an area code: small letters, digits and _, starting with a letter (e.g. mae_pa).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give each area a code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two areas have the code {code}: keep one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give each area a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{p_code}” is not a P-code: two capital letters and pairs of digits (e.g. TH630607).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} cannot lie inside itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A network has at most {n} areas.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AssessmentDialog</name>
        <message>
            <source>Assess wellbeing — {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assess wellbeing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language to read the questions in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Instrument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard: type 0–5 to answer a question; the next one is selected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text} (not a validated translation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No assessment instrument is available.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This instrument has no wording in {language}: the questions are shown in English. Translate them as you ask, or choose another instrument.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keyboard: type {low}–{high} to answer a question; the next one is selected. Arrow keys: up and down between questions, left and right between answers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raw score: {raw} of {top}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score: {score} of {most} ({how})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score: {score} of {most}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raw score so far: {raw} ({given} of {count} answered)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No “before” assessment with this instrument to compare with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before (pre) on {date}: {score}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{before}; change {sign}{change}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard the answers?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The assessment has not been saved. Discard the answers?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep answering</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AttendancePicker</name>
        <message>
            <source>Type a name or code, then Enter to add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a name or code, then Enter to choose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the selected person (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register new person…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find a person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendees: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Down and Up choose a result; Enter adds it. Delete removes someone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No one found. Check the spelling, or register the person.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuditModel</name>
        <message>
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{kind} no. {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new key was made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{people} people, {sessions} sessions, {attendance} attendances</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>, {cases} cases, {staff} staff accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As a {format} file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From an imported list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Basic details only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person no. {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case no. {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staff account no. {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From staff account no. {old} to no. {new}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} cases to staff account no. {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} attendees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} templates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revision {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From plan no. {number}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything done in Saphan is written here and cannot be changed. It never shows what a record says, only who did what and when.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 12</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Details as recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an entry in the table.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not load the audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the dates as day/month/year, for example 23/11/2025.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No events match these filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing has been recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 event</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} events</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackupFlows</name>
        <message>
            <source>Choose where to save the backup (for example a USB stick)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Making a backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not unplug the USB stick until the backup is finished.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No backup was made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup was cancelled and nothing was saved. The USB stick can be removed safely now; make a backup soon.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup was saved as {file} ({size}) in {folder}.

Keep the USB stick somewhere safe, away from this laptop. The backup is encrypted: it opens only with a staff password or the recovery passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the backup to restore</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saphan backups (*{suffix});;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the data on this laptop?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This replaces the data on this laptop with the backup from {date}. The current data is kept beside it as a safety copy.

Everything entered after {date} will not be in Saphan any more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking and restoring the backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not unplug the USB stick until the restore is finished.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The restore was cancelled. The data on this laptop is as it was, and nothing was left behind. The USB stick can be removed safely now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup from {date} was restored. Sign in again to continue.

The data that was on this laptop before is kept as {safety}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BeneficiariesPage</name>
        <message>
            <source>Register person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register a new person (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import people from an Excel or CSV list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beneficiaries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not load the registry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No one matches this search and these filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No one is registered yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register the first person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported {count} people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open the record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registered {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete person?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete {code} ({name}) from the registry?

The record is kept in the audit trail and can be restored by an admin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted {code}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored {code}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BreakGlassDialog</name>
        <message>
            <source>Break the glass: {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} is not in one of your cases. You may read the whole record only if you need it now, for example in an emergency. Your name, the time and your reason are written to the audit trail, which the admin reads.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why do you need the whole record? e.g. the person came in crisis today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Break the glass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Break the glass?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the whole record of {code}? This is written to the audit trail with your reason.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the record</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BundlePreview</name>
        <message>
            <source>CSO code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reporting period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Small counts withheld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participatory projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions and referrals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where (5W)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing else leaves this laptop: no names, codes, dates of birth or notes of any person. Counts below the threshold are withheld, and so are counts that would let someone work them out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revision {revision}, built {created}: {services} services, {programmes} programmes with counts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>fewer than {k} people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>through {month}, as published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(corrected: {months})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Languages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All programmes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrals made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No one is left out: everyone counted agreed to the use of their data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People left out, no consent to data use: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People left out, withdrew consent to data use: {count}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseActions</name>
        <message>
            <source>Close case…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopen case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erase permanently…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed the case {code}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not reopened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopened the case {code}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erased {code} permanently.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseTab</name>
        <message>
            <source>Service line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No case yet. Open a case to plan and follow up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a case…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put on hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close case…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transfer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set next contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add goal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add action…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Actions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not load the cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not load the case plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case plan: {line}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed on {date}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome: {outcome}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark not done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not put on hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not reopened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next contact not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CaseWords</name>
        <message>
            <source>Psychosocial support (MHPSS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals met</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved away</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referred to another service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lost contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declined further support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Died</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Working on it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Achieved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say in a few words how the case ended (needed for “Other reason”).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The next contact cannot be before this session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what is to be done.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This account cannot own cases (it is disabled or has no casework role).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a staff member from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose someone else to take the cases.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This date is before the case was opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case is closed. Reopen it first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This staff member already owns the case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only an open case can be put on hold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case is already closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The case is already open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose one of the case's goals.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is already a service line with this name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cases use this service line, so it cannot be removed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChangeOwnPasswordDialog</name>
        <message>
            <source>Change my password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The current password is wrong.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChangeRoleDialog</name>
        <message>
            <source>Change role of {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChangesTab</name>
        <message>
            <source>Name (Latin letters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name (Myanmar/Thai script)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Birth date estimated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nationality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Population group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documentation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Difficulty seeing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Difficulty hearing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Difficulty walking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Difficulty remembering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Difficulty with self-care</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Difficulty communicating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferred language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent to services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent to referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent to data use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for closing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Old value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every change to this person's record, with the value before and after. Only admins see this; it is erased with the person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No changes since the person was registered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(account removed)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Chart</name>
        <message>
            <source>Withheld for privacy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At least: some CSOs' figures withheld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gap: {withheld}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CloseCaseDialog</name>
        <message>
            <source>Close case {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the case of {code}? The record stays in the registry and can be reopened at any time.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why is the case closed? e.g. moved to Bangkok; goals reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How did the case end? e.g. sleeps well again, back at school</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed on *</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ClosedMonthsBox</name>
        <message>
            <source>Closed months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close through…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopen…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No month is closed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed through {month}: the shared figures of these months stay as published.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The network closes each month {days} days after it ends, when you publish.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close every month up to the one you choose. Their shared figures then stay exactly as they are published now, whatever is edited or erased later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close every month up to {month}? Only the admin can reopen a month, and the coordinator then sees it as a correction.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed through {month}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closing months…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopen a month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopen a closed month to correct its figures: it and every later month are open again. The next publish tells the coordinator it is a correction.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopen {month} and every later month?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopened {month}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Consent</name>
        <message>
            <source>Services from this organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral to other organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use of anonymous data in reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verbal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed form</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsentChangeDialog</name>
        <message>
            <source>Record consent given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record consent withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record withdrawal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. said so at the follow-up visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent to *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Takes effect on *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep what is recorded (the record is restricted: no new sessions or referrals)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The person asks for everything about them to be erased (admin only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Existing data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erase this person?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything recorded about this person will be erased for good: their record, consent, cases, sessions attended, assessments and referrals. This cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erase for good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the record</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsentPage</name>
        <message>
            <source>Consent and defaults</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saphan registers only people who agreed to receive services. Say what the people in this list agreed to, and when.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent of everyone in the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They agreed to receive services (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They agreed to be referred to other services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>They agreed that their data is used for reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent date:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent is read from the file's consent columns, row by row.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When a cell is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— Every row must say —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Population group:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nationality:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the date they gave their consent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing needs their consent to receive services: tick it only if they gave it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The list has no population group column: choose one for everyone.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsentScopesBox</name>
        <message>
            <source>Consents a person may give</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Photos in reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each consent has its own history of when it was given or withdrawn, and by whom. Your organisation may add its own; they are kept, never removed, so the history keeps its meaning. Type a new name and choose Rename to correct one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{scope} (built in)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added the consent {scope}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renamed the consent to {scope}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the consent's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use a shorter name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is already a consent with this name.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ConsentTab</name>
        <message>
            <source>Services from this organisation (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral to other organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use of anonymous data in reports</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Explain in the person's language what will be recorded and why, and that they can say no to referral or to data use and still receive services.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of consent *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The person agrees to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How it was given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recorded by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent to services has been withdrawn: the record is restricted, and no new sessions or referrals can be recorded for this person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Grant…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record that the person gives consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Withdraw…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record that the person withdraws consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Takes effect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Given or withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recorded on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erased</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The person's record has been erased.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CoordinatorPage</name>
        <message>
            <source>Network setup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shares and outcome targets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Areas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coordinator workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose shared folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not merged yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accepted bundles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rejected files (not merged)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aggregates CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aggregates Excel…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Directory (HSDS JSON)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Directory CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrals CSV…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Donor report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5W (HXL)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who, what, where, when and for whom: people reached per CSO, programme, activity, area and month (CSV or Excel, HXL tagged)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is merged yet: merging reads the CSOs' files from the shared folder and adds up their counts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge to see the network's figures.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No shared folder chosen.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder: {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Folder: {folder} (not reachable now)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the shared folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merging…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading and merging the bundles…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The merge was cancelled: nothing was merged or written to the folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSO</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created (UTC)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An older copy; a newer revision was merged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merged {accepted} of {members} CSOs; {rejected} files rejected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The service directory was written to the folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} ({name}): two laptops published figures that do not agree; the CSO should sync its team and publish again. The figures of revision {revision} count (revision {other} differs).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} ({name}) reopened {month} on {at} (UTC): its figures for that month correct what it published before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV file (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HSDS JSON (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV file (*.csv);;Excel workbook (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote {file}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>Saphan hit a problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saphan hit a problem; your data is safe.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything you saved before this is kept, but Saphan has to close now: start it again. If this happens again, copy the report and send it to the person who looks after Saphan in your organisation. The report holds no names or records.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything you saved before this is kept. Close this message and carry on; if this happens again, copy the report and send it to the person who looks after Saphan in your organisation. The report holds no names or records.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open log folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problems after this one: {count}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The report is copied: paste it into an email or a message.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The log folder is {folder}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CreateTeamDialog</name>
        <message>
            <source>Create a team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the team folder: a folder on the office network drive, a synced cloud folder or a USB stick that goes from laptop to laptop. Use a new, empty folder, not the folder you share with the network. Everything Saphan writes there is encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the team folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Laptop 2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the invitation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of this laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of the next laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save its invitation as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the team folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a name for this laptop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose where to save the invitation.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomFields</name>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choice from a list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes or no</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a number, for example 3 or 2.5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the date as day/month/year, for example 23/11/2024.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose one of the answers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose yes or no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This field no longer exists. Close the form and open it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is too long (at most 500 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give every answer an English label.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two answers are the same. Make each one different.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give every answer an English label with letters or digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a short code for the field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use 2 to 40 small letters, digits or underscores, starting with a letter (e.g. housing_type).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another field has this code. Choose another one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the field's name in English (the other languages are optional).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add at least one answer to choose from.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An answer you removed is the answer of some records. Keep it, or change those records first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use at most 60 answers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records have values of this field: its kind cannot change any more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records have values of this field: it cannot move between people and sessions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Records have values of this field: deactivate it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is too long (at most 120 characters).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomFieldsBox</name>
        <message>
            <source>Custom fields</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deactivate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fields your organisation records about people or sessions besides Saphan's own. They show on the person form and when a session is logged, are in the records export and a person's copy of their data, and are never shared with the network. A field with values can be deactivated, not deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deactivated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active, must be filled in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reactivate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved the field {field}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The field {field} shows on the forms again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deactivated the field {field}: its values are kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the field?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the field {field}? No record has a value of it yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CustomFieldsPanel</name>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your organisation has added no fields here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not answered)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a number</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DashboardPage</name>
        <message>
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Count again (F5)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress toward targets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People per month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sex and age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcomes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unique people over the whole period: someone who came in several months counts once. Months are never added up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“Our share”: the part of the network's target the coordinator set for this CSO in the network file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A person counts when their latest “post” score is in the period and they have an earlier “pre” score with the same instrument. Improved: better by at least the instrument's minimal important difference (MID).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export chart as PNG…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not count</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{first} – {last}: {people} people reached by any programme (each person once) · {sessions} sessions · {referrals} referrals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Of these, not in the shared figures (no consent to data use): {people}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All programmes (each person once)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reached} of our share {target} ({percent}%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The coordinator set {target} as this CSO's share of the network's target of {network}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reached} of {target} ({percent}%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reached} reached (no target)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Our target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{programme} · {instrument}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{people} people with a pre and post score, {improved} improved (≥ {mid})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody has a pre and a post score with a post in this period yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Instrument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pre and post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Improved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not improved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People reached (unique in the month)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People reached (unique in the period)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export chart as PNG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart not exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saphan could not write {path}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Chart saved: {path}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>dd/mm/yyyy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Day/month/year, e.g. 23/11/1990. Buddhist-era years (2533) also work.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose from a calendar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DefaultAreaBox</name>
        <message>
            <source>Where sessions happen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log a session starts with this area; staff can choose another. The areas come from the network file (the network's 5W report counts people per area).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The network file lists no areas yet. When the coordinator adds them, choose where your sessions usually happen here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usual area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved the usual area of sessions.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DirectoryPage</name>
        <message>
            <source>Directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refer a person to this service…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search services, organisations, areas…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All categories</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All languages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All areas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Loading…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Languages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{shown} of {total} services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No service matches these filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have not joined a network yet: the directory lists the services of the CSOs in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Join a network…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your administrator joins it on the Share page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No services are listed yet: pull the network's file on the Share page, and add your own services.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add your services…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a service to see its details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who can use it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location / area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to refer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral saved.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DisabilityTab</name>
        <message>
            <source>Read each question as written. The questions ask about difficulties the person may have doing certain activities because of a health problem.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not asked yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counted as a person with a disability (a lot of difficulty or cannot do at all in at least one domain).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not counted as a person with a disability.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DismissDialog</name>
        <message>
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. She moved to Bangkok</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why does this item not need doing? (required)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DonorReport</name>
        <message>
            <source>Female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Children (0–17)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adults (18–59)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Older people (60+)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>withheld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at least {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withheld for privacy (fewer than {k} each)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At least: some CSOs' figures withheld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gap: {withheld}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{network}: progress report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reporting period: {start} to {end}. Made on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Figures merged from {published} of {members} member CSOs. Figures marked “withheld” are small counts kept back to protect the people counted; “at least N” is a total with some such parts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participatory projects: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress against the targets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People reached over the whole period: each CSO's unique people per programme, added up across CSOs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>% of target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People reached per month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unique people each month. Months do not add up to the whole period: people come back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People reached by sex and age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reporting completeness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which CSOs published figures for which months (✓: the CSO's latest published figures cover the month).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSO</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSOs that published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How these figures were made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No record about any person leaves the CSOs: each CSO publishes only counts, signed, and the network adds them up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Suppression: a count from 1 to {last} (below the threshold of {k}) is withheld, and so are some other counts of the same table (complementary suppression), so that a withheld count cannot be worked out from the totals. A withheld count is never shown as 0.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A network total with withheld parts is the sum of the published parts and reads “at least N”: the true figure is higher. Where every part was withheld the total reads “withheld”; in the charts such a bar is a short hatched stub, an at-least bar is hatched over.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unique counting: a person counts once per programme and period, however many sessions they attended. The figures per month do not add up to the figure of the whole period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A person served by two CSOs counts twice in the network's totals: the CSOs do not share who they serve, so the network cannot tell.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DuplicatesDialog</name>
        <message>
            <source>Possible duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This person may already be registered. Check the list below; if one of them is the same person, go back and open their record instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name (Myanmar/Thai script)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Born</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why it may be the same person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save anyway</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EraseDialog</name>
        <message>
            <source>Erase {code} permanently?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erase permanently</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;This removes &lt;b&gt;{code}&lt;/b&gt; and everything recorded about this person — consent, disability answers, assessments, referrals and attendance — from this laptop forever. &lt;b&gt;It cannot be undone.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Use it only when a record must not exist at all, for example when the person asks for it or the record put them at risk. To take someone out of the registry for now, use Delete instead.&lt;/p&gt;&lt;p&gt;Backups made before today still contain the person.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To confirm, type the code {code}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. the person asked for it on 3 May</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason, kept in the audit trail (optional; write no name):</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EraseDueDialog</name>
        <message>
            <source>Erase {count} people permanently?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;Everything recorded about these {count} people is erased from this laptop, and from your team's other laptops at their next sync. &lt;b&gt;It cannot be undone.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Backups made before today still contain them.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retention rule: cases closed more than {years} years ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erase permanently</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason, kept in the audit trail (write no name):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To confirm, type the number of people ({count}):</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FieldDialog</name>
        <message>
            <source>Add a custom field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change a custom field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name in English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name in Burmese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name in Thai</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Housing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How imports and exports name the field. It cannot change later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Must be filled in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answers to choose from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Burmese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thai</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add answer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove answer</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the list to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An Excel (.xlsx) or CSV file with one person per row and a row of column titles above them. Nothing is imported before you have checked every row.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a file, or paste its path here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sheet:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Download the template…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No list yet, or columns that do not fit? The template has the columns Saphan knows, an example row and notes in English, Burmese and Thai.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file cannot be opened. Check that it exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{rows} rows found below the column titles in row {header}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the import template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saphan import template.xlsx</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The template could not be saved there. Choose another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Template saved as {path}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search by code, name or phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All sexes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All ages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All groups</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All programmes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People who attended a session of this programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active and closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search by code or name</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormProblems</name>
        <message>
            <source>A formula or condition of the instrument cannot be read. Nothing was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The instrument's definition has problems, so it was not saved. Nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The form was not imported because it has problems. Nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is not an Excel workbook (.xlsx).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is too large, or packed in a way Saphan does not open.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file cannot be read as an Excel workbook.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sheet is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sheet has more than {limit} rows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The sheet has more than {limit} columns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A cell is longer than {limit} characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The column '{column}' appears twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The column '{column}' is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The column '{column}' is in a language Saphan cannot show. Use English (en), Burmese (my), Thai (th) or Sgaw Karen (ksw).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The columns '{column}' and '{other}' are in the same language.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The form has no questions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The type '{type}' cannot be imported. Use select_one LIST, integer, calculate or note.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Groups and repeats cannot be imported. List the questions one after another.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A note is read only before the first question, as the introduction.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The row has no name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name '{name}' must be up to 40 letters, digits or _, not starting with a digit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name '{name}' is used twice (also on row {other}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The choice list '{list}' does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The choice list '{list}' does not exist: the form has no choices sheet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{name}' has no English label (label::English (en)).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{column}' must be yes or no, not '{value}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only a select_one question can be reverse-scored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An integer question needs the constraint '. &gt;= MIN and . &lt;= MAX' (at most {limit} numbers apart).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The calculate row '{name}' has no calculation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{column}' refers to '{name}', which is not a question or score of this form.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The calculations {cycle} refer to each other in a circle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{column}' is not an expression Saphan can work out: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The choice value '{value}' is not a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The choice value '{value}' is in the list '{list}' twice (also on row {other}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The settings have no form_id.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The form_id '{value}' cannot be an instrument code: use 2-40 lowercase letters, digits or _, starting with a letter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The version '{value}' is not a whole number from 1 to 1000000.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{column}' must be a number, not '{value}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saphan_mid must be a number above 0, not '{value}'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The setting '{column}' is missing.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saphan_result names '{name}', which is not a calculate row.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The form has no calculate row, so there is no score.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The score's range is unknown: give saphan_min and saphan_max, or bands.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>saphan_min must be below saphan_max.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The code '{value}' must be 2-40 lowercase letters, digits or _, starting with a letter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The code '{value}' is used twice (also on row {other}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The band goes from {start} to {end}: 'from' must not be above 'to'.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The band overlaps the band on row {other}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is a gap between this band and the band on row {other}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The band lies outside the score's range, {start} to {end}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The alert has no 'when' expression.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a valid XLSForm: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>'{column}' refers to '{name}', which is worked out only after this row.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The choice list name '{list}' must be up to 40 letters, digits or _.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The instrument is not valid: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FormProblemsDialog</name>
        <message>
            <source>Instrument not imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} was not imported and nothing was changed. Mend these rows in the workbook and import it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sheet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(the file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>GoalDialog</name>
        <message>
            <source>Add a goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Sleeps through the night again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryTab</name>
        <message>
            <source>Sessions, assessments and referrals appear here once the person is registered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilitator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assess wellbeing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Instrument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Raw score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score (0–100)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print slip…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A referral slip in the person's language, for the selected referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Urgency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow up by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feedback</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not load the history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions attended ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sessions attended yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wellbeing assessments ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No assessments yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Poor wellbeing: consider follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alert: follow up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before/after: a change is shown once there is a “before” and an “after” WHO-5 assessment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before/after (WHO-5): {pre} on {pre_date} → {post} on {post_date}: &lt;b style='color:{colour}'&gt;{sign}{change} points&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrals ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No referrals yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No referrals yet. The record has no consent to referral.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{state} on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the referral slip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Slip not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saphan could not write {path}: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>This file cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saphan reads Excel (.xlsx) and CSV files. Save an older .xls file as .xlsx in Excel first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file cannot be read as a spreadsheet. Is it open in another program?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file has no sheet of that name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file is too large to import. Split the list into smaller files.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No row of column titles was found. The list needs a row with the titles of its columns (e.g. Name, Sex, Date of birth) above the people.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Difficulty seeing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Difficulty hearing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Difficulty walking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Difficulty remembering</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Difficulty with self-care</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Difficulty communicating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name (any script)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name (Latin letters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name (Myanmar/Thai script)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of birth / age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Birth year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nationality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Population group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documentation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent: services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent: referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent: data use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Washington Group questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date cannot be read. Write it as day/month/year, e.g. 12/03/1990.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write Female, Male or Other (or F, M, မ, ကျား, ญ, ช).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not one of the choices Saphan knows.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This should be a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is the template's example row. Delete it from the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two columns are set to this field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This cell holds an invisible control character. Type the text again in the file, then import it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The age must be a number of years, at most 110.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer with 1, 2, 3 or 4 (no difficulty … cannot do).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>has problems</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>possible duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not ticked</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import a list of people</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Instruments</name>
        <message>
            <source>WHO-5 Well-Being Index</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PHQ-9 Patient Health Questionnaire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GAD-7 Generalized Anxiety Disorder scale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kessler Psychological Distress Scale (K10)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kessler Psychological Distress Scale (K6)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PSYCHLOPS (Psychological Outcome Profiles)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refugee Health Screener-15 (RHS-15)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>WHODAS 2.0 (12 items)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InstrumentsBox</name>
        <message>
            <source>Instruments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Instrument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import instrument…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import a questionnaire with its scoring from an XLSForm workbook (.xlsx), as made for KoboToolbox or ODK. A changed form becomes a new version: answers already given keep the version they were given in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the XLSForm to import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>XLSForm workbooks (*.xlsx);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Instrument not imported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file} cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is already imported as version {version}; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported {name}: version {version}, {count} questions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Instrument imported</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>InviteDialog</name>
        <message>
            <source>Invite a laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The invitation file can travel any way (USB stick, e-mail, chat). The pairing code shown next must be read out in person to whoever sets up the new laptop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Field laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the invitation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of the new laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the invitation as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a name for the new laptop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose where to save the invitation.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JoinTeamDialog</name>
        <message>
            <source>Join my CSO's team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your CSO already uses Saphan on another laptop. Ask its admin for an invitation file and the pairing code (read out in person), and connect this laptop to the team folder. This laptop then gets its own encrypted database with every record of the CSO.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the invitation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the team folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invitation file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pairing code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your user name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of this laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Join the team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is the recovery passphrase of this laptop's database. Shown only this once: if every password is forgotten, only this passphrase opens the records on this laptop. Write it down and keep it on paper in a locked place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I have written down the recovery passphrase and will keep it somewhere safe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start Saphan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill in every field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The invitation file cannot be read. Choose it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joining the team…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled. Nothing was written; the invitation can still be used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This laptop joined the team. People on record: {count}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Something went wrong. Try again; if it happens again, ask your CSO's admin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The user name or password is wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This account has been disabled. Ask your CSO's admin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database is here, but its key file {file} is missing, so it cannot be opened. Copy the key file back into {folder}, or take it from a backup with the command saphan restore --key-file-only (this keeps everything entered since the backup). Ask your CSO's admin for help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The key file next to the database is damaged, so the database cannot be opened. Take the key file from a backup with the command saphan restore --key-file-only (this keeps everything entered since the backup), or ask your CSO's admin for help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database cannot be opened: it may be damaged. Restore it from a backup, or ask your CSO's admin for help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No Saphan database was found in this place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A Saphan database already exists here. Sign in to it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This database was written by a newer version of Saphan. Update Saphan to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your role does not allow this. Ask your CSO's admin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This CSO is not in a network yet: months are closed against the network's reporting period. Get the network file from the coordinator first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That month is not in the network's reporting period.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A month can be closed only after it has ended.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That month is closed already. To change its figures, reopen it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That month is not closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The months could not be closed or reopened. Nothing changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone else closed or reopened months meanwhile. Try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You may not see this part of the person's record: they are not in one of your cases.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This record no longer exists. Someone may have deleted it meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two of your programmes count in the same network programme, so their people would be counted twice. In Settings → Programmes, map one of them elsewhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This person has withdrawn consent to services, so their record is restricted: no new sessions or referrals can be recorded for them. If they give consent again, record it on the Consent tab of their record first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral feedback from another CSO could not be used: it is not addressed to this CSO, not signed by the CSO that sent it, or damaged. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a referral code. Check it against the slip and type it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the code on the referral slip, or scan its QR code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not the shape of a referral code: a CSO's code, then eight letters and digits, like BEAM-7K3Q-9XZF. Check it against the slip.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This code has a mistake: a character is wrong or two are swapped. Check it against the slip, character by character.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This code was made by your own CSO: it is a referral you sent, not one you received.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This code has been recorded already. Find it in the list of referrals received.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This person already has an open or on-hold case in this service line. Work in that case, or close it first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer has no secure password store, so Saphan cannot remember you. Your password is never saved in a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saphan could not write to the disk. Check the drive and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk is full. Free some space and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saphan cannot write to this folder: it is read-only or you do not have permission.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saphan cannot open the database file. Check that the drive is connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This folder does not exist. Choose another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another Saphan window or command is changing this database right now. Try again in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This backup cannot be restored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file is not a Saphan backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This backup is damaged and cannot be restored. Try another copy of the backup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The user name, password or recovery passphrase does not open this backup. Use the ones that were valid when the backup was made.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This backup was made by a newer version of Saphan. Update Saphan, then restore it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This backup belongs to another organisation. It was not restored over this organisation's data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The database's key file is there and can be read: it needs no replacing. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This backup is of another database: its key file does not open this one. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A file in the team folder was refused. Nothing in it was used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This laptop is not part of a team yet. Create a team or join one on the Team page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This laptop is already part of a team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team folder holds no complete copy of the records yet. Ask the laptop that invited you to sync, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This folder is not a Saphan team folder. Choose the folder your team shares.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This folder already holds a team. Choose an empty folder, or join that team instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This belongs to another team, not to this one. Nothing in it was used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A file in the team folder comes from a laptop that is not in the team. It was not used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A file in the team folder comes from a laptop that was removed from the team. It was not used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A file in the team folder is not signed by the laptop it claims to come from: it was changed or forged. It was not used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This laptop does not have the key for a file in the team folder yet. Sync again later; if this stays, ask your CSO's admin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A file in the team folder cannot be decrypted: it was changed. It was not used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A file in the team folder was renamed or moved: its name does not match what it holds. It was not used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A file in the team folder is incomplete, perhaps still being copied. It will be read again at the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A file in the team folder is not in the form Saphan writes. It was not used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A file in the team folder cannot be read. Check that the folder is connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This laptop's file is already in the team folder. It was not written over.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file is not a Saphan invitation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The pairing code is wrong. Check it with the person who invited this laptop and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This invitation has already been used or was cancelled. Ask for a new invitation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This invitation is not in this team folder. Choose the team folder of the laptop that invited you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file failed a check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file name is not a CSO code (e.g. BEAM.json).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file cannot be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a regular file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is too large to be a bundle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is nested too deeply to be a bundle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is not valid JSON (it may be incomplete).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file names the same entry twice, so programs could read it differently.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file does not have the form of a bundle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is not a Saphan bundle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The signature does not match: the file was changed after it was signed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bundle belongs to another network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file name does not match the CSO inside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The CSO is not a member of the network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The CSO's key is not the one registered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bundle withheld fewer small counts than the network requires.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bundle shows a count below the threshold: it could identify people.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An older revision than one already merged (e.g. from an old backup).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The bundle is not signed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The network file is not signed by the coordinator's key. Do not use it; ask the coordinator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The network file does not have the expected form.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shared directory file does not have the right form.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The fingerprint does not match the public key. Check both with the CSO again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This database does not hold the coordinator's key for this network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The network file is not signed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no network file in the shared folder yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This database holds no network yet. Create it first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This database holds a network already; one database holds one network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No member of the network has this CSO code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The network has no programme with this code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A target is a whole number from 0 to 10,000,000.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An area can only lie in another area of the network, never in itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An instrument code is small letters, digits and _, starting with a letter (e.g. who5).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The threshold is a whole number from 2 to 100.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A network code is small letters, digits and _, starting with a letter (e.g. maesot).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The reporting period ends before it starts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The public key must be 64 hexadecimal characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A CSO code is 2 to 12 capital letters and digits, starting with a letter (e.g. BEAM).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another member of the network is registered with this public key. Check the key with the CSO again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shared folder holds the network file of another network, or one signed by another coordinator key. Nothing was written: choose the right folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shared folder holds a newer revision of this network file than this database (written from another copy of it?). Nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This CSO is not a member of the network yet (or with another key). Read your key fingerprint to the coordinator, then pull the new network file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shared folder or server keeps newer counts of this organisation than this database can send (was it restored from an old backup?). Nothing was published; ask the coordinator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shared folder is not reachable. Your counts are safe here; publish again when the folder is connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The record of what was merged before is damaged, so nothing was merged. Move the file {path} away to start again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New arrival</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Long-term migrant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Host community</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Myanmar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thai</source>
            <translation>ယိၤကျိာ်</translation>
        </message>
        <message>
            <source>Stateless</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pink card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passport and visa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Border pass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thai ID card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>G-code (student)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Children (0–17)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adults (18–59)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Older people (60+)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Under 5 (0–4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>5–11</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>12–17</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Admin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caseworker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supervisor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilitator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coordinator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Burmese</source>
            <translation>ပယီၤကျိာ်</translation>
        </message>
        <message>
            <source>S'gaw Karen</source>
            <translation>ကညီကျိာ်</translation>
        </message>
        <message>
            <source>English</source>
            <translation>အဲကလံးကျိာ်</translation>
        </message>
        <message>
            <source>Mae Sot town</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mae Pa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tha Sai Luat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mae Tao</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mae Ku</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phra That Pha Daeng</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mae Kasa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mahawan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dan Mae Lamao</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do you have difficulty seeing, even if wearing glasses?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do you have difficulty hearing, even if using a hearing aid?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do you have difficulty walking or climbing steps?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do you have difficulty remembering or concentrating?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do you have difficulty (with self-care such as) washing all over or dressing?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Using your usual (customary) language, do you have difficulty communicating, for example understanding or being understood?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No difficulty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some difficulty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A lot of difficulty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot do at all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not asked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same name, born within a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Similar name, born within a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same name in Myanmar/Thai script</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two of your programmes count in the same network programme, so some people would be counted twice. In Settings, under Programmes, map one of them elsewhere.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the name in Latin letters or in Myanmar/Thai script.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date of birth cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This would make the person older than 110 years. Check the date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the date of birth, or tick “estimated” and enter the birth year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The consent date cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The consent date cannot be before the person was born.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the person's sex.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the population group.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the organisation's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter your full name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a user name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why the case is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This user name is already taken. Choose another one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This field is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is too long (at most 200 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This date cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This date is too long ago. Check it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This date is before the person was born.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a Thai (e.g. 081 234 5678) or Myanmar (e.g. 09 4512 3456) phone number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The person must agree to receive services before they can be registered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the date of birth or the birth year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose one of the answers for each question.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This holds an invisible control character (often from copied text) that cannot be saved. Delete the text and type it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use 2 to 12 capital letters or digits, starting with a letter (e.g. BEAM).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use 2 to 32 small letters, digits, dots, dashes or underscores (e.g. khinmyo).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use at least 10 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The password cannot start or end with a space.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the date as day/month/year, for example 23/11/1990.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two passwords are not the same.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This user name is already taken.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is the only active admin. Make another account an admin first, so someone can still manage the CSO.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You cannot disable your own account. Ask another admin to do it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check this field.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some fields need attention:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erased permanently</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up Saphan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovered admin access</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added staff account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disabled staff account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopened case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remember me turned on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed own password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed a setting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recorded attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recorded a referral received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral feedback arrived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Worked out again who was reached when</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported a list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened a case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put a case on hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed a case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopened a case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the next contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transferred a case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transferred all cases of a staff member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared a case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped sharing a case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added a goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed a goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed a goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added an action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed an action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marked an action done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marked an action not done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed an action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added a service line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed a service line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Broke the glass (read a record outside own cases)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote a participant's note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read a record's change history</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turned on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turned off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied a plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started a plan from a template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved a plan as a template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added the templates that come with Saphan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made a signing key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prepared figures to share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added demo data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported everything about a person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added a kind of consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renamed a kind of consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recorded consent given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recorded consent withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed months as reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopened a month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made this laptop a team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invited a laptop to the team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed a laptop from the team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept this laptop's version of a change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Took the other laptop's version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Marked a task done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put a task off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismissed a task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staff account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Setting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questionnaire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Own field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Task</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counselling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Psychological first aid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MHPSS group session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Social-protection awareness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thai class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vocational training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Youth activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Women's safe-space meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participatory project session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before (pre)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Midway (mid)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After (post)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Served</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not served</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Normal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Urgent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emergency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the date, for example 23/11/2026.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The duration must be between 1 minute and 8 hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An individual session is with one person only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone on the list was deleted meanwhile. Remove them and save again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add at least one person who came.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A participant's note is only for someone on the attendance list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants' notes are for group sessions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A participant's note is too long (at most 5,000 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The reason is too long (at most 500 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the person this session was with.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the programme.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an area of the network's list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The topic is too long (at most 300 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answer every question.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why the person is referred.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the service.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirm that the person agreed to this referral.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This person's record has no consent to referral. Record their consent on the Consent tab first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The follow-up date cannot be before the referral.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the organisation and the name of the service.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Welcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Energiser</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discussion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reflection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evaluation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Burmese (မြန်မာ)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thai (ไทย)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step {step} needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The title of step {step} is too long (at most 300 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step {step} must take between 1 minute and 8 hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose what kind of step step {step} is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A text of step {step} holds an invisible control character (often from copied text). Delete that text and type it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check step {step}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The title is too long (at most 300 characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session number must be between 1 and 999.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The planned duration must be between 5 minutes and 8 hours.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A plan can have at most 40 steps.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The end date cannot be before the start date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The project was deleted meanwhile. Close this plan and reopen the project.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This plan is not a template.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An objective holds an invisible control character (often from copied text). Delete it and type it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A key message holds an invisible control character (often from copied text). Delete it and type it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A line of the materials holds an invisible control character (often from copied text). Delete it and type it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A line of the preparation holds an invisible control character (often from copied text). Delete it and type it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The safety notes hold an invisible control character (often from copied text). Delete that text and type it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The facilitator notes hold an invisible control character (often from copied text). Delete that text and type it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone on the list was deleted meanwhile. Search again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This programme no longer exists. Choose another one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Psychosocial support (MHPSS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal aid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents and registration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Health referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Education (migrant learning centres)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thai language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safe shelter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GBV and child protection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Livelihoods</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Food and cash assistance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inactive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed for good</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Temporarily closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mon</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Youth engagement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safe space for women and girls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participatory projects for women's engagement</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LanguagePicker</name>
        <message>
            <source>Language</source>
            <translation>ကျိာ်</translation>
        </message>
        <message>
            <source>The language Saphan is shown in</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LimitedPersonDialog</name>
        <message>
            <source>{code} — person record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Born</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You see this person's name and code, and the sessions you ran that they came to. The rest of the record is for their caseworkers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This person is not in one of your cases, so you see only the basic part of the record. Phone, documentation, disability answers, notes, assessments, referrals and MHPSS notes are withheld.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions you ran that they came to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None of the sessions you ran.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Break the glass…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the whole record for a reason; the admin sees it in the audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ListEditor</name>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the selected item (Delete)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>Saphan is locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in: {name} ({username})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type your password to continue where you left off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The password is wrong.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LogSessionDialog</name>
        <message>
            <source>Record attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log a session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{activity} (individual)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{activity} (group)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. BEAM centre, Mae Pa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Managing stress; Thai lesson 4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confidential: seen only by caseworkers and admins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MHPSS notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants' notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When to contact the person next: the follow-up date of their open case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who was it with?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who came?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the person to save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the people who came to save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct the fields marked in red to save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready to save: {count} attendee(s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard this session?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session has not been saved. Discard it?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep editing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Sign in to Saphan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saphan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. khinmyo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remember me on this Windows account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saphan opens without your password next time, on this Windows account only. Your password is never saved in a file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forgot password?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation: {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saphan cannot remember you</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Worklist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beneficiaries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Directory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrals received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coordinator workspace</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staff accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Audit trail</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>development version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is nothing here for your role yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no backup yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last backup is more than 7 days old.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back up now…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saphan — {cso}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saphan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change my &amp;password…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About Saphan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in: {name} ({role})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Syncing with the team before closing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not shared yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This CSO has not published its services or counts to the network yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared: revision {revision}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last published at {at} (UTC).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counts waiting to be sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server could not be reached at {at} (UTC). Revision {revision} waits and is sent with the next publish.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last publish failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last attempt to publish, at {at} (UTC), failed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your password was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About Saphan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;h3&gt;Saphan {version}&lt;/h3&gt;&lt;p&gt;Records, referrals and shared counts for civil-society organisations serving displaced Myanmar nationals and host communities in Mae Sot.&lt;/p&gt;&lt;p&gt;Records about people never leave this computer. Only the organisation's services and counts too large to identify anyone are shared.&lt;/p&gt;&lt;p&gt;Licence: AGPL-3.0-or-later. Qt {qt}.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>Match the columns</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column in the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Examples</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saphan field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These columns are matched as the last time you imported a list like this.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saphan guessed the fields from the column titles. Check each one; choose “Do not import” for columns that are not needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— Do not import —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the column with the name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the column with the sex.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the column with the date of birth, birth year or age.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two columns are set to “{field}”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MaterialsTab</name>
        <message>
            <source>e.g. Flip chart and markers — then Enter to add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Print the service map — then Enter to add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Materials</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparation before the session</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MemberDialog</name>
        <message>
            <source>Add member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. BEAM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>64 hexadecimal characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSO code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the member's CSO code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the member's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fingerprint (as read out)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the fingerprint the member read out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The public key must be 64 hexadecimal characters.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MergedFigures</name>
        <message>
            <source>withheld</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at least {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcomes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network totals (programme × month)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each CSO (CSO × programme × month)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“≥N”: at least N — some CSOs withheld a small count there. A person served by two CSOs counts twice in network totals.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merged table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unique people per CSO over the whole period, added up across CSOs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monthly trend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sex and age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Completeness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People with a pre and a post score, and how many improved by at least the instrument's minimal important difference (MID), added up across CSOs. “withheld”: a CSO withheld a small count; “at least N”: the sum of what was published.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made: counted by the referring CSO. Received and served: counted by the receiving CSO from the referral codes it recorded. Completion is served / made, shown only when both are exact (no part withheld).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Served</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All CSOs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referring CSO</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Receiving CSO</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Completion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behind: fewer people reached than the CSO's share × the part of the reporting period that has passed (months that have ended). A withheld count is fewer than the threshold; a CSO that has not published counts as behind.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSO targets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSO</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projects: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Instrument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pre and post</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Improved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not improved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Target (improved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>behind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on track</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSO's share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>% of share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected by now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No CSO has a share of the targets yet (the coordinator sets them per CSO).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Behind on at least one programme: {csos}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every CSO with a share is on track.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withheld for privacy (fewer than {k} each)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{cso}, {month}: reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{cso}, {month}: not reported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reported} of {members} CSOs have published. Green: the CSO's latest bundle covers the month.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MonthDialog</name>
        <message>
            <source>Why it must change (kept in the log)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NetworkRevision</name>
        <message>
            <source>Saved as revision {revision}, not written: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as revision {revision}. The shared folder is not reachable: write the network file from Network setup when it is connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved and wrote network file revision {revision} to {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save and write the network file</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NetworkSetup</name>
        <message>
            <source>Create the network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mae Sot CSO network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add member…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Targets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save targets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participatory projects target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withhold counts below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write network file to the folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No network yet. Create it: this database then holds the network's signing key (it is backed up with the database).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({code}), revision {revision}. Coordinator key fingerprint: {fingerprint} — CSOs check it when they join.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fingerprint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network created. Add the member CSOs next.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The public key must be 64 hexadecimal characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} added. Write the network file to the folder so they can publish.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove {code} from the network?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Targets are whole numbers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Targets saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shared folder is not reachable. The network is kept here; write it when the folder is connected.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote network file revision {revision} to {folder}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoticeBar</name>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ObjectivesTab</name>
        <message>
            <source>Type an objective, then Enter to add it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a key message, then Enter to add it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objectives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By the end of the session participants will…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Key messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What every participant should remember and share at home.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OpenCaseDialog</name>
        <message>
            <source>Open a case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service line *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case owner *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened on *</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrganisationPage</name>
        <message>
            <source>Your organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The short code appears in every person's code, e.g. BEAM-000123.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. BEAM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. BEAM Education Foundation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Short code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full name</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PairingCodeDialog</name>
        <message>
            <source>Pairing code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The invitation for “{laptop}” is saved as:
{path}

Take the file to the new laptop. Then read this code out to the person who sets it up. Do not send the code together with the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantNotesDialog</name>
        <message>
            <source>Participants' notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confidential: each note is read only by the caseworkers who see that person's whole record. A facilitator reads back only the notes they wrote.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantNotesTable</name>
        <message>
            <source>Participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What this participant said or needs (confidential)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not yours to write: not in your cases</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantPicker</name>
        <message>
            <source>{person}   — came to {count} session(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants: {count}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantsTab</name>
        <message>
            <source>The women (and men) taking part in this project. Add registered people; attendance at each session is logged on the Sessions page.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not load the participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PassphrasePage</name>
        <message>
            <source>Your recovery passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shown only this once. If every password is forgotten, only this passphrase opens the records.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it on paper in a locked place, away from this laptop. Anyone who has the passphrase and a copy of the database can read the records. Do not keep it in a file on this computer or in a chat.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I have written down or printed the recovery passphrase and will keep it somewhere safe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied. Paste it only where you print it, then delete it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PassphrasePrint</name>
        <message>
            <source>Saphan recovery passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If every password is forgotten, an admin can open the records with this passphrase. Keep this paper in a locked place, away from the laptop. Anyone who has it and a copy of the database can read the records.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the recovery passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the recovery passphrase as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saphan recovery passphrase.pdf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PasswordFields</name>
        <message>
            <source>At least 10 characters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type it again</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeopleModel</name>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Myanmar/Thai name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Population group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only part of this record is yours to see.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estimated: born about {year}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Born {date}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonForm</name>
        <message>
            <source>Register a person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} — person record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your role can see this record but not change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disability (Washington Group)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>History</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export what we hold…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A copy of everything held about this person, for them: a Word document in their language, or a JSON file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>JSON file (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export what we hold about {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote what we hold about {code} to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct the fields marked in red to save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill in the fields marked * to save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard changes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have changed this record. Discard the changes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep editing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonPicker</name>
        <message>
            <source>Who is referred?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refer to: {service}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search by name, code or phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody found.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PersonTab</name>
        <message>
            <source>e.g. Ma Hnin Ei</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. မနှင်းအိ or สมศรี ใจดี</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Age or birth year is estimated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Birth year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>or age</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 081 234 5678 or 09 4512 3456</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose or type a place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Practical notes only (e.g. best time to call). No health or case details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name (Latin letters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name (Myanmar/Thai script)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sex *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of birth *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nationality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Population group *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documentation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferred language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} years old</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlanEditor</name>
        <message>
            <source>Steps and timing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objectives and key messages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Materials and preparation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safety and notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Stress and coping</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag a step, or press Ctrl+Up / Ctrl+Down, to change the order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a step after the selected one (Ctrl+T)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the selected step (Delete)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the selected step earlier (Ctrl+Up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the selected step later (Ctrl+Down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as template…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep a copy of this plan in the template library, to reuse it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export to Word…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open in Word</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Template: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New session plan: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session plan: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no title yet)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no title)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step “{title}” removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total time: {total} minutes of the {planned} planned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total time: {total} minutes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The steps take {total} minutes, {over} more than the {planned} planned. Shorten a step or plan a longer session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan “{title}” saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct the plan first: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title of the template in the library:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved in the template library as “{title}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard changes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This plan has changes that are not saved. Discard them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep editing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PlansTab</name>
        <message>
            <source>No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duration</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New from template…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export project plan (Word)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One Word document: the project's overview, then every session plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not load the plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{minutes} min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{minutes} min (steps {over} over)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan “{title}” made from the template. Adapt it to your group.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open the plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not duplicated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copied as session {number}. Set its date when you know it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete plan?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the plan of session {number}, “{title}”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan deleted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviewModel</name>
        <message>
            <source>Row</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name (own script)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Born</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zawgyi → Unicode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problems and notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Problem</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Duplicate?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ready</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>about {year}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same name and birth year as row {row}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Maybe already registered: {code} ({why}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name is typed in Zawgyi.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Check the rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows with a problem are not imported: correct them in the file and import it again, or import the others now. Untick a row to leave it out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only rows that need attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the Unicode spelling of all Zawgyi names</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{rows} rows: {ready} ready, {problems} with problems.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} may be people already listed (unticked).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} names are typed in Zawgyi.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} will be imported.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Programmes</name>
        <message>
            <source>Enter a short code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use 2 to 40 small letters, digits or underscores, starting with a letter (e.g. home_visit).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This code is taken already. Choose another one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the name in English (Burmese and Thai are optional).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another of your programmes counts in this network programme. People are counted once per programme, so each network programme takes one of yours: map the other one elsewhere first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is not a network programme's code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions were logged as this kind, or it is one of Saphan's own types: it cannot change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This programme no longer exists. Choose another one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name in Burmese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name in Thai</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How Saphan names it in files. It cannot change later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change a programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name in English *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Legal aid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The network programme with the same code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None: it stays with our organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The network's programme this programme's people are counted in when you share figures. Figures of a programme that counts in none stay with you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No network file yet: the network's programmes show once you join.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an activity type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change an activity type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add activity type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Home visit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A group (a list of who came)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Individual (one person)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions are</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The programme a new session of this type is logged under, unless changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usual programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deactivate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reactivate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} shows on the forms again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deactivated {name}: sessions logged with it keep it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deactivated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programmes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your organisation's programmes. Sessions are logged under one; when you share figures, each programme's people are counted in the network programme it maps to (by default the one with the same code). A programme that maps to none stays with you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None (stays with you)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity types</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity type</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The kinds of session staff log. An individual one is with one person; a group one has a list of who came. Saphan's own types can be renamed, not changed in kind.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Individual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProjectDialog</name>
        <message>
            <source>New project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Women's voices in public services, 2026</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Women's group, Mae Pa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staff and volunteer facilitators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the group wants to change, e.g. more women use the health centre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Community or group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilitators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>End</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Correct the fields marked in red to save.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard changes?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The project has changes that are not saved. Discard them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep editing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProjectsModel</name>
        <message>
            <source>from {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>until {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Community or group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plans</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProjectsPage</name>
        <message>
            <source>New project…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a participatory project (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions and attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not load the projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No projects yet. A project is a group with its goals, its participants and a plan for each session.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the first project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a project to see its plans.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilitators: {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session plans ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions and attendance ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project “{title}” saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete project?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the project “{title}”? Its sessions stay logged and still count; its plans are no longer listed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project deleted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select All</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide Details...</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Discard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ignore</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select All</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Commit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReceivedReferralsPage</name>
        <message>
            <source>Referrals received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When someone arrives with a referral slip from another CSO, type or scan the code on it. Register the person only if they agree.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. BEAM-7K3Q-9XZF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register the person…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only with the person's consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link someone registered…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the code only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record the referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code on the slip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Our service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrived on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not said</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the code on the referral slip, or scan it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep typing: a CSO's code, then eight letters and digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A referral from {cso} ({name}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A referral from {cso}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the code is recorded: nobody is linked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link the person who brought the slip, if they agree.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who arrived?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link someone registered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral {code} recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Served</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not served</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why the person was not served</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Arrived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>linked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a referral in the list to record its outcome.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome of {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say why the person was not served.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the date as day/month/year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date cannot be in the future.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date cannot be before the person arrived.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code}: {outcome}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Recover admin access</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If every admin password is lost, the recovery passphrase that was written down when Saphan was set up lets you set a new admin password. Type it as it is written; capital letters and spaces do not matter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. LC3Q-SC5Z-EHFT-…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an admin, or type a new user name to create a new admin account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Admin account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set password and sign in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This recovery passphrase does not open this database.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReferDialog</name>
        <message>
            <source>Refer {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Refer to a service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This person's record has no consent to referral, so they cannot be referred. Ask them; if they agree, tick “Referral to other organisations” on the Consent tab and save the record first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add partner service…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the person needs, as it will be written on the slip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The person agreed to this referral and to sharing the details below</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Urgency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow up by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The slip shows only the name and code, the service, the date, the reason, the urgency and who referred the person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a service…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not load the services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{organisation} — {service} (network directory)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network member {cso} · {category}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact: {contact}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>New password for {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tell {name} the new password in person, and ask them to change it with File → Change my password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This also enables the account again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;{file}&lt;/b&gt;&lt;br&gt;Organisation: {code}&lt;br&gt;Made on: {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This backup belongs to another organisation ({code}), not to {current}. Saphan will not restore it over this organisation's data.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To open the backup, use a user name and password that were valid when the backup was made, or the recovery passphrase written down at setup.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User name and password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recovery passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. LC3Q-SC5Z-EHFT-…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RetentionBox</name>
        <message>
            <source>Retention and erasure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never (no rule)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> years after closure</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erase closed cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For the whole organisation. A person whose cases are all closed, with no session, referral or assessment since, is listed below this many years after the last closure. Nobody is erased until an admin approves it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retention rule saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last case closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erase selected…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due for erasure: no rule set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due for erasure: {count} people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erasing {count} people…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erasing: {done} of {count}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erased {count} people permanently.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Erased {count} of {asked} people permanently; the others are no longer due.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody was erased</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled: nobody was erased.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SafetyTab</name>
        <message>
            <source>What stays in the room, who may take photos, how to keep names private, and who to call.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a line for referral contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tips for running the session, things to watch for, what to adapt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If someone tells of violence or danger: listen calmly and believe her; do not ask for details in front of the group; talk with her privately after the session; refer her only with her consent, except when a child or a life is in danger. Write the referral contacts below so they are on the printed plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safety and confidentiality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilitator notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral contacts (name, organisation, phone): </source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <source>MHPSS and counselling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Legal aid and documentation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Education and G-code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thai language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vocational training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Safe shelter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GBV and child protection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Livelihoods</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Food and cash assistance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a partner service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Mae Tao Clinic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Reproductive health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone, LINE or Signal, a named person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to refer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the organisation and the name of the service.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not added</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServiceLinesBox</name>
        <message>
            <source>Service lines for cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Livelihoods</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A person has one case at a time in each line. Besides psychosocial support and protection, your organisation may add its own lines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{line} (built in)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added the service line {line}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed the service line.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ServicesPage</name>
        <message>
            <source>My services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your organisation's services, as the network's directory shows them. They hold nothing about any person and are shared as they are.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. free</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Mon–Fri 9:00–16:00</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Languages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who can use it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opening hours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location / area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to refer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cost</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your organisation lists no services yet: add them so that other CSOs can refer people to you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the first service…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the service's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is too long (at most {limit} characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose one of the listed values.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this service? To keep it in the directory as closed, set its status to “Closed for good” instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionsModel</name>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilitator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendees</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message>
            <source>Log session…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log a session or group activity (Ctrl+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print roster…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A sheet listing who came, with room to sign (group sessions)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All programmes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last month</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last 3 months</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Period</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not load the sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count}+ sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sessions match these filters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sessions logged yet. Log each session or group activity after it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log the first session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Logged {activity} on {date} with {count} attendee(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete session?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the {activity} session of {date}? Its attendance no longer counts toward people reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants' notes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A note for each participant of a group session (confidential)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the attendance roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilitator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendance roster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name in Myanmar/Thai script</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilitator's signature: ____________________    Date: ____________</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roster not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saphan could not write {path}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Roster saved: {path}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionsTab</name>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants absent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not load the sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} session(s) logged for this project.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No group sessions are linked to this project yet. Sessions linked to it show here with who came.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>My account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed in as {name} ({username}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remember me on this Windows account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saphan then opens without asking for your password when you are signed in to this Windows account. Use it only if nobody else uses your Windows account. The screen still locks when you are away.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change my password…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saphan will ask for your password again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saphan will remember you on this Windows account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your password was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language and dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show years in the Thai Buddhist era (2026 is shown as 2569)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of Saphan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only for you: each staff member chooses their own language. Word documents are written in this language too, except session plans (in the plan's language) and referral slips (in the person's language).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates will be shown with the new year.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screen lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock the screen after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For everyone in the organisation, on this laptop: after this many minutes without use, Saphan hides all records until the password is typed again. Ctrl+L locks at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Screen lock setting saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back up now…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore from backup…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A laptop can be lost, stolen or broken. Back up at least once a week to a USB stick that is kept somewhere else. The backup is encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no backup yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last backup: {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Backup saved: {file}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SetupWizard</name>
        <message>
            <source>Set up Saphan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start Saphan</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ShareCaseDialog</name>
        <message>
            <source>Share the case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save sharing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The colleagues you tick read and work on this case with its owner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared with</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SharePage</name>
        <message>
            <source>The server refused: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server cannot be reached now. Try again when you are online.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the server token the coordinator gave you first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server did not accept the token. Enter the token the coordinator gave you again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server does not know this network code. Check it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server keeps a newer revision of these counts. Publish again to send a newer one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server's answer cannot be read. Check the server address.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share with the network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only your services and counts too large to identify anyone are shared. Below is exactly what would leave this laptop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What leaves this laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Join the network</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read this key fingerprint to the coordinator (by phone or in person).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import network file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to share</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coordination server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pull</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the token…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Server address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Token</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publish now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Send waiting counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No shared folder chosen yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{folder} (not reachable now)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not joined yet: choose the shared folder and pull, or import the network file the coordinator sent you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network: {name} (revision {revision}). {member}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This CSO is a member.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This CSO is not registered yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing published yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last published: revision {revision} at {at} (UTC).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last attempt at {at} (UTC) failed: the folder was not reachable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last attempt at {at} (UTC): the server could not be reached.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last attempt at {at} (UTC) failed: the server refused it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the network file and the service directory from the folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read the network file and the service directory from the server</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter the server address (starting with https://) and the network code the coordinator gave you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This address is not encrypted (http://). Use https:// unless the server is on this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Revision {revision} is waiting to be sent to the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No token kept yet: enter the one the coordinator gave you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The token is kept in this computer's password store.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This computer has no secure password store, so Saphan cannot keep the server token.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have not joined a network yet: once you have, this shows exactly what would be shared with it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import the network file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the shared folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import the network file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network file (*.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The coordinator's key has changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This network file is signed by a different coordinator key ({fingerprint}) than the one this laptop trusted before. Accept it only if the coordinator told you the key changed (check the fingerprint with them by phone).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trust the new key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the old key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joined {name}. Coordinator key {fingerprint} is now trusted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pulling…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pulling from the server…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the network file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the service directory…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading feedback on your referrals…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking what was read…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pulled network file revision {revision}; {count} services in the directory.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feedback from receiving CSOs updated {count} of your referrals.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled: nothing was pulled or changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publishing to the server…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publishing to the shared folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Publishing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the network file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Published revision {revision} to the server.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Published revision {revision} to {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled: nothing was published.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending the waiting counts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is waiting to be sent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The server cannot be reached. The counts will be sent when you publish again; nothing is lost.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SharePreview</name>
        <message>
            <source>People reached</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Age 0-17</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Age 18-59</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Age 60+</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New arrivals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Long-term migrants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Host community</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With a disability</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>withheld (fewer than {k})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whole period (unique)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SnoozeDialog</name>
        <message>
            <source>Snooze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show it again on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The item leaves your list and comes back on the day you choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a day after today.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StaffAccounts</name>
        <message>
            <source>Everything, including staff accounts, backups and the audit trail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registers and edits people, case notes, assessments and referrals.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Does what a caseworker does, reads every case in full and sees the audit trail.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registers participants and takes attendance; cannot edit records.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sees counts and the network only, never a person's record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>User name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last sign-in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disabled</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StaffAccountsPage</name>
        <message>
            <source>Add account…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change role…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reset password…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disable…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transfer cases…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give this staff member's open cases to another caseworker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staff accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each person who uses Saphan signs in with their own account. Disable the account of anyone who leaves the organisation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not load the accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added the account {username}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{username} is now: {role}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New password set for {username}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not disabled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You cannot disable your own account. Ask another admin to do it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disable account?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disable the account of {name} ({username})?

They can no longer sign in, and their password no longer opens the database. An admin can enable the account again by setting a new password.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disabled the account {username}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No cases to transfer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} owns no open or on-hold case.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transferred {count} case(s) and disabled the account {username}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transferred {count} case(s) of {username}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Saphan cannot open the database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saphan was interrupted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restoring a backup was interrupted; it has now been completed. The data that was on this laptop before is kept as {safety}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restoring a backup was interrupted before it could finish, so it has been undone: the data on this laptop is as it was before.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Setting up Saphan was interrupted before it could finish. The unfinished database held no records and has been removed: please set up Saphan again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StepDetail</name>
        <message>
            <source>e.g. Calming skills: slow breathing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type an instruction, then Enter to add it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a question, then Enter to add it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to do (numbered when printed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questions for discussion</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select a step to edit it, or add one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step {number}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StepsModel</name>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Min.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(no title yet)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SubjectExport</name>
        <message>
            <source>About the person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Corrections to the record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent given and withdrawn</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cases and plans</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sessions attended</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wellbeing assessments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referrals from other organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes from group sessions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projects</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counted in the network's figures (no name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who looked at or changed this record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Female</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Male</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Myanmar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thai</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stateless</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New arrival</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Long-term migrant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Host community</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pink card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passport and visa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Border pass</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thai ID card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>G-code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Active</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Achieved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dropped</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Completed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MHPSS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral to other services</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counted in anonymous figures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spoken</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Individual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counselling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Psychological first aid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MHPSS group session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Social-protection awareness</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thai class</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vocational training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Youth activity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Women's safe-space meeting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participatory project session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Midway</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>After</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Normal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Urgent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Emergency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accepted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Declined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Received</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Served</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not served</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Burmese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>S'gaw Karen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thai language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No difficulty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some difficulty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A lot of difficulty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cannot do at all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name (Latin script)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name (own script)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nationality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Population group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preferred language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Seeing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hearing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Walking or climbing steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remembering or concentrating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Self-care</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Communicating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Disability (Washington Group)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason for closing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registered on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registered by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looked at the record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed the record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted the record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restored the record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed the record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopened the record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened the whole record in an emergency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made a copy of the record for the person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Opened a case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed a case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopened a case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Put a case on hold</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared a case with a colleague</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stopped sharing a case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Gave a case to another caseworker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the next contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed the status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed the case plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing held.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What {cso} holds about {name} ({code})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made on {date} by {user}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is everything {cso} holds about this person in its records system, on the date above. Ask {cso} to correct anything that is wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agreed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Since</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recorded by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{line} case, opened {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caseworker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shared with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Responsible</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What it was</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilitator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Questionnaire</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Answers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referred to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Urgency</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referred by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Was</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Became</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Written by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Community or group</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First counted in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows not imported:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importing the list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The import was cancelled. Nothing was imported: the registry is as it was.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported {imported} people ({first} to {last}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Skipped {count} (see the list below).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row {row}: {why}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was imported.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TargetsEditor</name>
        <message>
            <source>What the network expects of each CSO, and the outcome targets. Save signs a new revision of the network file and writes it to the shared folder; each CSO's dashboard then shows its own target.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each CSO's share of the people targets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“–”: no share (the CSO's dashboard shows the network's target).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome targets (people improved)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add outcome target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People of the programme whose score improves by at least the instrument's minimal important difference between a pre and a post assessment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create the network first (Network setup).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Network target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Together</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{cso}'s share of {programme} (“–”: none)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Instrument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Improved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>More than the network's target</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{code}” is not an instrument code: small letters, digits and _, starting with a letter (e.g. who5).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose or type the instrument of each outcome target.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{programme} has two targets for {code}: keep one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The shares of {programme} add up to {together}, more than the network's target of {target}. You can still save.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <source>{done} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step {n} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>about {n} s left</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>about {n} min left</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TeamPage</name>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Service</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Staff account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Setting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Programme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Instrument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name (Latin letters)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name (own script)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Area</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date of birth</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Topic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Location</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reason</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(not shown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(empty)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fingerprint</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last seen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes applied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{applied} of {written}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes to apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Up to date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Invite a laptop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove laptop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last sync</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes waiting to be sent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Laptops of the team</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync conflicts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Two laptops changed the same thing before they synced. Every laptop now holds the value kept; keep it, or use the other value instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No sync conflicts.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use the other value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not synced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} · fingerprint {fingerprint}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{folder} (not reachable now)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This laptop is not part of a team yet.

When your CSO works on several laptops, make them a team: they then keep the same records, synced through a team folder (an office network drive, a synced cloud folder or a USB stick). Everything in the folder is encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a team…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask your CSO's admin to create the team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A sync is running already.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Syncing with the team folder…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team folder cannot be reached. Connect the drive or the USB stick, then sync again. Changes made here wait on this laptop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changes sent: {sent}. Changes received: {received}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} new sync conflicts: see below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for changes from {names}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} files in the team folder were refused; nothing in them was used.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync failed: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not settle the conflict</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept the value of {record}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{record} now holds the other value; it goes to every laptop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Laptop 2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team is created.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Creating the team…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the invitation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No invitation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove laptop?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove “{name}” ({fingerprint}) from the team?

Do this when the laptop is lost, stolen or no longer used by the CSO. It will not be able to read anything written from now on, and whatever it writes will be refused. This cannot be undone: to use it again, invite it as a new laptop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removed “{name}” from the team.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Removing the laptop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not removed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TeamPassphraseDialog</name>
        <message>
            <source>The team's recovery passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shown only this once. If every laptop of the team is lost, this passphrase opens what the team folder holds. Write it down and keep it on paper in a locked place, away from the laptops.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I have written down the team's recovery passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TeamSync</name>
        <message>
            <source>just now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} min ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} h ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sync failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Team folder not reachable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The team folder {folder} cannot be reached. Changes made here wait on this laptop and are sent at the next sync.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Waiting for changes from {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some changes of {names} are not in the team folder yet. They are applied once they arrive.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not synced yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This laptop has not synced with its team yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last sync: {at}. Team folder: {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synced {ago} with {count} laptops</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Synced {ago}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TemplateLibraryDialog</name>
        <message>
            <source>Template library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start a plan from a template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All languages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find a template by its title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use this template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planned date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not load the templates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number}. {title}  ({minutes} min)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No template matches. Clear the search.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session {number} · {minutes} minutes · {language}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Objectives</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By the end of the session participants will…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Steps ({total} minutes)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Min.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The plan was not created</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TransferAllDialog</name>
        <message>
            <source>Transfer cases</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transfer and disable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} owns {count} open or on-hold case(s). Choose who takes them over, with their case plans. Closed cases keep their owner.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The account is disabled after the transfer: they can no longer sign in.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transfer to *</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TransferCaseDialog</name>
        <message>
            <source>Transfer the case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transfer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new owner takes over the case and its plan; you can no longer change who owns it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The new owner takes over the case and its plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New owner *</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WelcomePage</name>
        <message>
            <source>Welcome to Saphan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;p&gt;This sets up your organisation's records on this computer.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;The records are kept in an encrypted database that only your organisation's users can open.&lt;/li&gt;&lt;li&gt;You will be the first admin. You can add caseworkers and facilitators later.&lt;/li&gt;&lt;li&gt;At the end you will get a &lt;b&gt;recovery passphrase&lt;/b&gt;. Print it or write it down: it is the only way back in if every password is forgotten.&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Records about people never leave this computer.&lt;/p&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Does your CSO already use Saphan on another laptop? Then do not set up a new database here: join your CSO's team, with the invitation your admin gives you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Join my CSO's team…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WordActions</name>
        <message>
            <source>Session {number} - {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the session plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No session plans yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This project has no session plans to export yet. Add a plan first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the project plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Word document was not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saphan could not write {path}. If the file is open in Word, close it and try again.

{reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Writing the Word document…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open the document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No program to open Word documents was found. The plan was saved as {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent to the printer: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print from your word processor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The plan is open in your word processor (Word or LibreOffice). Print it from there with Ctrl+P.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Worklist</name>
        <message>
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wellbeing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Project session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment alert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Psychosocial support (MHPSS)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow up: next contact in the {service} case</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Case plan action: {action}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review wellbeing: WHO-5 score {score} of 25 on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review wellbeing: WHO-5 fell from {before} to {after} of 100 on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask for feedback on the referral to {service} made on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ask for feedback on the referral made on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Renew consent: given on {date}, a year ago on {due}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record attendance of the group session on {date}: {topic}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record attendance of the group session on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow up the {instrument} of {date}: {alerts}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prepare session {number} of {project}: {title}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorklistPage</name>
        <message>
            <source>My day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What to do</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing is due. Follow-ups, case plan actions and reviews appear here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open what the item is about (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark the item done (Ctrl+D)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Snooze…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide the item until a later day</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>D&amp;ismiss…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take the item off the list, saying why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The worklist could not be read: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Today ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This week ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Later ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{date} · To do: {count} · Overdue: {overdue}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Snoozed until {date}: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dismissed: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save it</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ZawgyiNotice</name>
        <message>
            <source>This looks like Zawgyi text. Convert it to Unicode?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Convert</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep as typed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In Unicode: {text}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_ConfirmDialog</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_FileRow</name>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saphan invitation (*{suffix});;All files (*)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_PathRow</name>
        <message>
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saphan invitation (*{suffix})</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
