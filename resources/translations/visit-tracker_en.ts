<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>vt::AboutDialog</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>&lt;p&gt;This program is free software, licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;p&gt;This program is free software, licensed under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later). It comes with no warranty.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>vt::AddFollowUpUpdateDialog</name>
    <message>
        <source>Add follow-up update</source>
        <translation>Add follow-up update</translation>
    </message>
    <message>
        <source>%1
Visit: %2 — %3
Responsible unit: %4
Status: %5</source>
        <translation>%1
Visit: %2 — %3
Responsible unit: %4
Status: %5</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>What was done since the last update</source>
        <translation>What was done since the last update</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>e.g. Report No. 12-BC/TU of 30/9/2023</source>
        <translation>e.g. Report No. 12-BC/TU of 30/9/2023</translation>
    </message>
    <message>
        <source>Keep “%1”</source>
        <translation>Keep “%1”</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation>&amp;Progress:</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>&amp;Evidence:</translation>
    </message>
    <message>
        <source>New &amp;status:</source>
        <translation>New &amp;status:</translation>
    </message>
    <message>
        <source>&amp;Add update</source>
        <translation>&amp;Add update</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Attac&amp;hments:</source>
        <translation>Attac&amp;hments:</translation>
    </message>
</context>
<context>
    <name>vt::AttachmentInterchange</name>
    <message>
        <source>must be an array of attachments</source>
        <translation>must be an array of attachments</translation>
    </message>
    <message>
        <source>attachments can only be imported from a file, whose folder holds them</source>
        <translation>attachments can only be imported from a file, whose folder holds them</translation>
    </message>
    <message>
        <source>needs a name, a path and a sha256 (64 lower-case hexadecimal digits)</source>
        <translation>needs a name, a path and a sha256 (64 lower-case hexadecimal digits)</translation>
    </message>
    <message>
        <source>“%1” must be relative to the document and stay in its folder</source>
        <translation>“%1” must be relative to the document and stay in its folder</translation>
    </message>
    <message>
        <source>the file “%1” is missing</source>
        <translation>the file “%1” is missing</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>cannot read “%1”: %2</translation>
    </message>
    <message>
        <source>the file “%1” was altered: it has %2 bytes, the document says %3</source>
        <translation>the file “%1” was altered: it has %2 bytes, the document says %3</translation>
    </message>
    <message>
        <source>the file “%1” was altered: its SHA-256 is %2, the document says %3</source>
        <translation>the file “%1” was altered: its SHA-256 is %2, the document says %3</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>a finding with attachments needs a key</source>
        <translation>a finding with attachments needs a key</translation>
    </message>
    <message>
        <source>%1: cannot read “%2”: %3</source>
        <translation>%1: cannot read “%2”: %3</translation>
    </message>
    <message>
        <source>%1: “%2” changed while it was imported</source>
        <translation>%1: “%2” changed while it was imported</translation>
    </message>
</context>
<context>
    <name>vt::AttachmentListModel</name>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Print this photo with its caption and credit at the end of the minutes</source>
        <translation>Print this photo with its caption and credit at the end of the minutes</translation>
    </message>
    <message>
        <source>Only photos are printed in the minutes</source>
        <translation>Only photos are printed in the minutes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Credit / source</source>
        <translation>Credit / source</translation>
    </message>
    <message>
        <source>In minutes</source>
        <translation>In minutes</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Belongs to</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Finding %1: %2</source>
        <translation>Finding %1: %2</translation>
    </message>
    <message>
        <source>Finding %1 (no longer in the visit)</source>
        <translation>Finding %1 (no longer in the visit)</translation>
    </message>
    <message>
        <source>Follow-up update %1 (%2)</source>
        <translation>Follow-up update %1 (%2)</translation>
    </message>
    <message>
        <source>Follow-up update %1 (no longer in the visit)</source>
        <translation>Follow-up update %1 (no longer in the visit)</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>The visit</translation>
    </message>
</context>
<context>
    <name>vt::AttachmentService</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” does not exist.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>“%1” is not a file.</translation>
    </message>
    <message>
        <source>“%1” is empty (0 bytes): there is nothing to attach.</source>
        <translation>“%1” is empty (0 bytes): there is nothing to attach.</translation>
    </message>
    <message>
        <source>“%1” is %2, more than the limit of %3 per file. The limit can be changed in Preferences.</source>
        <translation>“%1” is %2, more than the limit of %3 per file. The limit can be changed in Preferences.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Cannot read “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” changed while it was being read. Wait until it is complete and attach it again.</source>
        <translation>“%1” changed while it was being read. Wait until it is complete and attach it again.</translation>
    </message>
    <message>
        <source>“%1” cannot be attached: it is empty, too large or not the file that was read.</source>
        <translation>“%1” cannot be attached: it is empty, too large or not the file that was read.</translation>
    </message>
    <message>
        <source>Could not attach “%1”: %2</source>
        <translation>Could not attach “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is not a name every file system accepts: it must not be empty, end with a dot or a space, or contain / \ : * ? &quot; &lt; &gt; |. For example: “%2”.</source>
        <translation>“%1” is not a name every file system accepts: it must not be empty, end with a dot or a space, or contain / \ : * ? &quot; &lt; &gt; |. For example: “%2”.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Cannot create a temporary folder: %1</translation>
    </message>
    <message>
        <source>The database “%1” is open read-only.</source>
        <translation>The database “%1” is open read-only.</translation>
    </message>
    <message>
        <source>The attachment “%1” was changed after this step, and undoing or redoing the step would overwrite that change. Nothing was changed.</source>
        <translation>The attachment “%1” was changed after this step, and undoing or redoing the step would overwrite that change. Nothing was changed.</translation>
    </message>
    <message>
        <source>“%1” cannot be put back: the visit, finding or follow-up update it was attached to is no longer there. Nothing was changed.</source>
        <translation>“%1” cannot be put back: the visit, finding or follow-up update it was attached to is no longer there. Nothing was changed.</translation>
    </message>
    <message>
        <source>“%1” cannot be put back: its content was not kept.</source>
        <translation>“%1” cannot be put back: its content was not kept.</translation>
    </message>
</context>
<context>
    <name>vt::AttachmentsDialog</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>vt::AttachmentsPanel</name>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Attachments of this finding…</source>
        <translation>Attachments of this finding…</translation>
    </message>
    <message>
        <source>Attachments of a finding</source>
        <translation>Attachments of a finding</translation>
    </message>
    <message>
        <source>Select a finding that has a key, in a visit that has been saved.</source>
        <translation>Select a finding that has a key, in a visit that has been saved.</translation>
    </message>
    <message>
        <source>Attachments of finding %1</source>
        <translation>Attachments of finding %1</translation>
    </message>
    <message>
        <source>Attach new files &amp;to:</source>
        <translation>Attach new files &amp;to:</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Attach files…</translation>
    </message>
    <message>
        <source>Attach photos or documents; you can also drop files here</source>
        <translation>Attach photos or documents; you can also drop files here</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open a copy with the desktop&apos;s application for this type</source>
        <translation>Open a copy with the desktop&apos;s application for this type</translation>
    </message>
    <message>
        <source>Sa&amp;ve a copy…</source>
        <translation>Sa&amp;ve a copy…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Not attached: %1</source>
        <translation>Not attached: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>%n file attached.</numerusform>
            <numerusform>%n files attached.</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>Photos and documents (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods);;All files (*)</source>
        <translation>Photos and documents (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.pdf *.doc *.docx *.odt *.xls *.xlsx *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation>“%1” was removed.</translation>
    </message>
    <message>
        <source>“%1” is back.</source>
        <translation>“%1” is back.</translation>
    </message>
    <message>
        <source>No application opens “%1” (%2). Save a copy and open it from there.</source>
        <translation>No application opens “%1” (%2). Save a copy and open it from there.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Save a copy</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>Saved as %1.</translation>
    </message>
    <message>
        <source>Photos and documents kept in the database with the visit (limit %1 per file). Drop files here to attach them.</source>
        <translation>Photos and documents kept in the database with the visit (limit %1 per file). Drop files here to attach them.</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>This visit is not saved yet: the files below are attached to it when you save it. Drop files here or choose them.</source>
        <translation>This visit is not saved yet: the files below are attached to it when you save it. Drop files here or choose them.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be attached when the visit is saved.</source>
        <translation>
            <numerusform>%n file will be attached when the visit is saved.</numerusform>
            <numerusform>%n files will be attached when the visit is saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::AttendeeTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Note / reason for absence</source>
        <translation>Note / reason for absence</translation>
    </message>
</context>
<context>
    <name>vt::AutomaticBackups</name>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>The automatic backup failed: %1</translation>
    </message>
    <message>
        <source>Writing the automatic backup…</source>
        <translation>Writing the automatic backup…</translation>
    </message>
    <message numerus="yes">
        <source>Automatic backup written: %1 (%Ln visit(s)).</source>
        <translation>
            <numerusform>Automatic backup written: %1 (%Ln visit).</numerusform>
            <numerusform>Automatic backup written: %1 (%Ln visits).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::BackupActions</name>
    <message>
        <source>Restore from &amp;backup…</source>
        <translation>Restore from &amp;backup…</translation>
    </message>
    <message>
        <source>List the automatic backups of this database and put one back</source>
        <translation>List the automatic backups of this database and put one back</translation>
    </message>
</context>
<context>
    <name>vt::BackupRotation</name>
    <message>
        <source>Could not create the backup folder “%1”.</source>
        <translation>Could not create the backup folder “%1”.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>“%1” is open read-only (%2), so it cannot be replaced.</source>
        <translation>“%1” is open read-only (%2), so it cannot be replaced.</translation>
    </message>
    <message>
        <source>The backup “%1” failed its check and was not restored; the current database is unchanged. %2</source>
        <translation>The backup “%1” failed its check and was not restored; the current database is unchanged. %2</translation>
    </message>
    <message>
        <source>The current database could not be kept as a backup, so nothing was restored: %1</source>
        <translation>The current database could not be kept as a backup, so nothing was restored: %1</translation>
    </message>
    <message>
        <source>The backup was not restored: %1. The current database is unchanged (and also kept as “%2”).</source>
        <translation>The backup was not restored: %1. The current database is unchanged (and also kept as “%2”).</translation>
    </message>
</context>
<context>
    <name>vt::BackupSettingsBox</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Back up the open database automatically every &amp;day</source>
        <translation>Back up the open database automatically every &amp;day</translation>
    </message>
    <message>
        <source>Number of backups kept</source>
        <translation>Number of backups kept</translation>
    </message>
    <message>
        <source>Backups are verified and kept in %1; the oldest are deleted. File ▸ Restore from backup puts one back.</source>
        <translation>Backups are verified and kept in %1; the oldest are deleted. File ▸ Restore from backup puts one back.</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Keep the last:</translation>
    </message>
</context>
<context>
    <name>vt::CarryOverPage</name>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Verdict on recommendation %1</source>
        <translation>Verdict on recommendation %1</translation>
    </message>
    <message>
        <source>— not verified —</source>
        <translation>— not verified —</translation>
    </message>
    <message>
        <source>Note on the verdict on recommendation %1</source>
        <translation>Note on the verdict on recommendation %1</translation>
    </message>
    <message>
        <source>What the delegation found</source>
        <translation>What the delegation found</translation>
    </message>
    <message>
        <source>Earlier recommendations are listed when the visit is edited with a database open.</source>
        <translation>Earlier recommendations are listed when the visit is edited with a database open.</translation>
    </message>
    <message>
        <source>Enter the host organisation and the date to list the recommendations still open from earlier visits to that host.</source>
        <translation>Enter the host organisation and the date to list the recommendations still open from earlier visits to that host.</translation>
    </message>
    <message>
        <source>No recommendation from earlier visits to %1 is still open.</source>
        <translation>No recommendation from earlier visits to %1 is still open.</translation>
    </message>
    <message>
        <source>Recommendations still open from earlier visits to %1. Record what the delegation found for each: saving the visit adds the verdict to the recommendation&apos;s follow-up.</source>
        <translation>Recommendations still open from earlier visits to %1. Record what the delegation found for each: saving the visit adds the verdict to the recommendation&apos;s follow-up.</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %Ln day(s) on the date of this visit</source>
        <translation>
            <numerusform>Overdue by %Ln day on the date of this visit</numerusform>
            <numerusform>Overdue by %Ln days on the date of this visit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::ChangeHistoryDialog</name>
    <message>
        <source>History of this visit</source>
        <translation>History of this visit</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>The history is kept in the database file and cannot be changed.</source>
        <translation>The history is kept in the database file and cannot be changed.</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Changed</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Visit or organisation</source>
        <translation>Visit or organisation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s)</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::ChangeValueText</name>
    <message>
        <source>The visit</source>
        <translation>The visit</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>The organisation</translation>
    </message>
    <message>
        <source>Attendee %1</source>
        <translation>Attendee %1</translation>
    </message>
    <message>
        <source>Report figure %1</source>
        <translation>Report figure %1</translation>
    </message>
    <message>
        <source>Finding %1</source>
        <translation>Finding %1</translation>
    </message>
    <message>
        <source>Indicator %1</source>
        <translation>Indicator %1</translation>
    </message>
    <message>
        <source>Recommendation %1</source>
        <translation>Recommendation %1</translation>
    </message>
    <message>
        <source>follow-up update %1</source>
        <translation>follow-up update %1</translation>
    </message>
    <message>
        <source>Verdict on an earlier recommendation %1</source>
        <translation>Verdict on an earlier recommendation %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>Report figures</source>
        <translation>Report figures</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Under</translation>
    </message>
    <message>
        <source>Report figure</source>
        <translation>Report figure</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Recommendation no.</source>
        <translation>Recommendation no.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Side</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit of measure</source>
        <translation>Unit of measure</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Limitations addressed</source>
        <translation>Limitations addressed</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>File type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>In the minutes</source>
        <translation>In the minutes</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Credit / source</source>
        <translation>Credit / source</translation>
    </message>
    <message>
        <source>Of the finding</source>
        <translation>Of the finding</translation>
    </message>
    <message>
        <source>Of</source>
        <translation>Of</translation>
    </message>
</context>
<context>
    <name>vt::ChartPane</name>
    <message>
        <source>Save as PNG…</source>
        <translation>Save as PNG…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Save the chart</translation>
    </message>
    <message>
        <source>Cannot save the chart</source>
        <translation>Cannot save the chart</translation>
    </message>
</context>
<context>
    <name>vt::DashboardFilterBar</name>
    <message>
        <source>Host organisation</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Indicator compared</source>
        <translation>Indicator compared</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>On track from</source>
        <translation>On track from</translation>
    </message>
    <message>
        <source>Near from</source>
        <translation>Near from</translation>
    </message>
    <message>
        <source>Progress from which an indicator is on track (green)</source>
        <translation>Progress from which an indicator is on track (green)</translation>
    </message>
    <message>
        <source>Progress from which an indicator is near its plan (amber); below it is behind (red)</source>
        <translation>Progress from which an indicator is near its plan (amber); below it is behind (red)</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Delegation:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;As of:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>On &amp;track ≥</source>
        <translation>On &amp;track ≥</translation>
    </message>
    <message>
        <source>&amp;Near ≥</source>
        <translation>&amp;Near ≥</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>All hosts</translation>
    </message>
    <message>
        <source>All delegations</source>
        <translation>All delegations</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>Latest (%1)</source>
        <translation>Latest (%1)</translation>
    </message>
    <message>
        <source>Most measured</source>
        <translation>Most measured</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>H&amp;ost:</translation>
    </message>
</context>
<context>
    <name>vt::DashboardView</name>
    <message>
        <source>Period %1, as of %2: %3 of %4 indicators behind plan; %5 of %6 planned visits held.</source>
        <translation>Period %1, as of %2: %3 of %4 indicators behind plan; %5 of %6 planned visits held.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Reading the figures…</translation>
    </message>
</context>
<context>
    <name>vt::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>No database file was given.</translation>
    </message>
    <message>
        <source>The database file “%1” does not exist.</source>
        <translation>The database file “%1” does not exist.</translation>
    </message>
    <message>
        <source>Could not create the folder for the database file “%1”.</source>
        <translation>Could not create the folder for the database file “%1”.</translation>
    </message>
    <message>
        <source>The database file “%1” is empty.</source>
        <translation>The database file “%1” is empty.</translation>
    </message>
    <message>
        <source>The database file “%1” cannot be read.</source>
        <translation>The database file “%1” cannot be read.</translation>
    </message>
    <message>
        <source>“%1” is not a Visit Tracker database (it is not an SQLite file).</source>
        <translation>“%1” is not a Visit Tracker database (it is not an SQLite file).</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a database file.</source>
        <translation>“%1” is a folder, not a database file.</translation>
    </message>
    <message>
        <source>Could not open the database file “%1”: %2</source>
        <translation>Could not open the database file “%1”: %2</translation>
    </message>
    <message>
        <source>Could not switch “%1” to write-ahead logging: %2</source>
        <translation>Could not switch “%1” to write-ahead logging: %2</translation>
    </message>
    <message>
        <source>Could not prepare the database file “%1”: %2</source>
        <translation>Could not prepare the database file “%1”: %2</translation>
    </message>
    <message>
        <source>Could not configure “%1”</source>
        <translation>Could not configure “%1”</translation>
    </message>
    <message>
        <source>“%1” is not a readable Visit Tracker database: %2</source>
        <translation>“%1” is not a readable Visit Tracker database: %2</translation>
    </message>
    <message>
        <source>Could not read the identity of “%1”.</source>
        <translation>Could not read the identity of “%1”.</translation>
    </message>
    <message>
        <source>Could not read the schema version of “%1”.</source>
        <translation>Could not read the schema version of “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not a Visit Tracker database.</source>
        <translation>“%1” is not a Visit Tracker database.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Visit Tracker (schema %2); this version reads up to %3.</source>
        <translation>“%1” was written by a newer version of Visit Tracker (schema %2); this version reads up to %3.</translation>
    </message>
    <message>
        <source>“%1” uses an older schema (%2) and must be opened for writing once to be upgraded.</source>
        <translation>“%1” uses an older schema (%2) and must be opened for writing once to be upgraded.</translation>
    </message>
    <message>
        <source>Could not save the carry-over verdicts of visit %1</source>
        <translation>Could not save the carry-over verdicts of visit %1</translation>
    </message>
    <message>
        <source>Could not read the carry-over verdicts of visit %1</source>
        <translation>Could not read the carry-over verdicts of visit %1</translation>
    </message>
    <message>
        <source>%1: unknown value “%2” in the database</source>
        <translation>%1: unknown value “%2” in the database</translation>
    </message>
    <message>
        <source>Could not keep the carry-over verdicts on visit %1</source>
        <translation>Could not keep the carry-over verdicts on visit %1</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <source>Could not save: no transaction is active (%1).</source>
        <translation>Could not save: no transaction is active (%1).</translation>
    </message>
    <message>
        <source>Could not save the changes: %1</source>
        <translation>Could not save the changes: %1</translation>
    </message>
    <message>
        <source>Could not create schema version %1</source>
        <translation>Could not create schema version %1</translation>
    </message>
    <message>
        <source>Could not start the schema upgrade of “%1”: %2</source>
        <translation>Could not start the schema upgrade of “%1”: %2</translation>
    </message>
    <message>
        <source>Could not record the schema version</source>
        <translation>Could not record the schema version</translation>
    </message>
    <message>
        <source>Could not record the file identity</source>
        <translation>Could not record the file identity</translation>
    </message>
    <message>
        <source>Could not read the follow-up list</source>
        <translation>Could not read the follow-up list</translation>
    </message>
    <message>
        <source>There is no recommendation %1.</source>
        <translation>There is no recommendation %1.</translation>
    </message>
    <message>
        <source>Could not add the follow-up update</source>
        <translation>Could not add the follow-up update</translation>
    </message>
    <message>
        <source>Could not change the status of recommendation %1</source>
        <translation>Could not change the status of recommendation %1</translation>
    </message>
    <message>
        <source>%1: there is no such recommendation.</source>
        <translation>%1: there is no such recommendation.</translation>
    </message>
    <message>
        <source>Could not update the search index</source>
        <translation>Could not update the search index</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Could not save the visit “%1”: the database “%2” is open read-only.</source>
        <translation>Could not save the visit “%1”: the database “%2” is open read-only.</translation>
    </message>
    <message>
        <source>Could not read visit %1: %2</source>
        <translation>Could not read visit %1: %2</translation>
    </message>
    <message>
        <source>unknown value “%1” in the database</source>
        <translation>unknown value “%1” in the database</translation>
    </message>
    <message>
        <source>damaged extension fields</source>
        <translation>damaged extension fields</translation>
    </message>
    <message>
        <source>There is no visit %1.</source>
        <translation>There is no visit %1.</translation>
    </message>
    <message>
        <source>Could not delete visit %1</source>
        <translation>Could not delete visit %1</translation>
    </message>
    <message>
        <source>Could not delete visit %1: there is no such visit.</source>
        <translation>Could not delete visit %1: there is no such visit.</translation>
    </message>
    <message>
        <source>Could not record the name “%1”</source>
        <translation>Could not record the name “%1”</translation>
    </message>
    <message>
        <source>Could not save the visit “%1”: it has no valid date.</source>
        <translation>Could not save the visit “%1”: it has no valid date.</translation>
    </message>
    <message>
        <source>Could not save the visit “%1”</source>
        <translation>Could not save the visit “%1”</translation>
    </message>
    <message>
        <source>Could not save the visit “%1”: there is no visit %2 to update.</source>
        <translation>Could not save the visit “%1”: there is no visit %2 to update.</translation>
    </message>
    <message>
        <source>Could not replace the records of visit %1</source>
        <translation>Could not replace the records of visit %1</translation>
    </message>
    <message>
        <source>Could not save the attendees of “%1”</source>
        <translation>Could not save the attendees of “%1”</translation>
    </message>
    <message>
        <source>Could not save the report figures of “%1”</source>
        <translation>Could not save the report figures of “%1”</translation>
    </message>
    <message>
        <source>Could not save the findings of “%1”</source>
        <translation>Could not save the findings of “%1”</translation>
    </message>
    <message>
        <source>Could not save the indicators of “%1”</source>
        <translation>Could not save the indicators of “%1”</translation>
    </message>
    <message>
        <source>Could not save the recommendations of “%1”</source>
        <translation>Could not save the recommendations of “%1”</translation>
    </message>
    <message>
        <source>Could not link the recommendation “%1” to its findings</source>
        <translation>Could not link the recommendation “%1” to its findings</translation>
    </message>
    <message>
        <source>Could not save the recommendation “%1”: it addresses the finding “%2”, which the visit does not have.</source>
        <translation>Could not save the recommendation “%1”: it addresses the finding “%2”, which the visit does not have.</translation>
    </message>
    <message>
        <source>Could not save the follow-up of the recommendation “%1”</source>
        <translation>Could not save the follow-up of the recommendation “%1”</translation>
    </message>
    <message>
        <source>it was opened read-only on request</source>
        <translation>it was opened read-only on request</translation>
    </message>
    <message>
        <source>the file cannot be written (it is read-only, or you have no permission to change it)</source>
        <translation>the file cannot be written (it is read-only, or you have no permission to change it)</translation>
    </message>
    <message>
        <source>its folder “%1” cannot be written</source>
        <translation>its folder “%1” cannot be written</translation>
    </message>
    <message>
        <source>the lock file cannot be created</source>
        <translation>the lock file cannot be created</translation>
    </message>
    <message>
        <source>Could not open “%1” for writing: %2.</source>
        <translation>Could not open “%1” for writing: %2.</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2). It was not opened and not changed. Restore it from a backup, or keep a copy and ask for help to recover it.</source>
        <translation>“%1” is damaged (%2). It was not opened and not changed. Restore it from a backup, or keep a copy and ask for help to recover it.</translation>
    </message>
    <message>
        <source>“%1” needs a schema upgrade, but the safety copy could not be written, so it was not upgraded: %2</source>
        <translation>“%1” needs a schema upgrade, but the safety copy could not be written, so it was not upgraded: %2</translation>
    </message>
    <message>
        <source>Could not upgrade the database file “%1”: %2. The file was left as it was; a copy made before the upgrade is in “%3”.</source>
        <translation>Could not upgrade the database file “%1”: %2. The file was left as it was; a copy made before the upgrade is in “%3”.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>A copy cannot replace the open database file “%1”.</source>
        <translation>A copy cannot replace the open database file “%1”.</translation>
    </message>
    <message>
        <source>Could not write the copy “%1”: %2</source>
        <translation>Could not write the copy “%1”: %2</translation>
    </message>
    <message>
        <source>Could not replace “%1”.</source>
        <translation>Could not replace “%1”.</translation>
    </message>
    <message>
        <source>the copy has %1 visits, the database %2</source>
        <translation>the copy has %1 visits, the database %2</translation>
    </message>
    <message>
        <source>No backup file was given.</source>
        <translation>No backup file was given.</translation>
    </message>
    <message>
        <source>Cannot back up “%1” onto itself: choose another file name.</source>
        <translation>Cannot back up “%1” onto itself: choose another file name.</translation>
    </message>
    <message>
        <source>“%1” is a folder: give the name of the backup file.</source>
        <translation>“%1” is a folder: give the name of the backup file.</translation>
    </message>
    <message>
        <source>“%1” is in use (“%2” exists beside it): close the program using it or choose another file name.</source>
        <translation>“%1” is in use (“%2” exists beside it): close the program using it or choose another file name.</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist: create it or choose another place for the backup.</source>
        <translation>The folder “%1” does not exist: create it or choose another place for the backup.</translation>
    </message>
    <message>
        <source>Could not read the database “%1”: %2</source>
        <translation>Could not read the database “%1”: %2</translation>
    </message>
    <message>
        <source>Could not write the backup “%1”: %2. Check that the folder can be written and has free space.</source>
        <translation>Could not write the backup “%1”: %2. Check that the folder can be written and has free space.</translation>
    </message>
    <message>
        <source>Could not write the backup “%1”: %2</source>
        <translation>Could not write the backup “%1”: %2</translation>
    </message>
    <message>
        <source>Could not write the backup “%1” to the disk.</source>
        <translation>Could not write the backup “%1” to the disk.</translation>
    </message>
    <message>
        <source>The backup “%1” failed its verification (%2); nothing was written. Try again, and run `check` on the database.</source>
        <translation>The backup “%1” failed its verification (%2); nothing was written. Try again, and run `check` on the database.</translation>
    </message>
    <message>
        <source>Could not replace “%1” with the backup: %2</source>
        <translation>Could not replace “%1” with the backup: %2</translation>
    </message>
    <message>
        <source>the check could not run: %1</source>
        <translation>the check could not run: %1</translation>
    </message>
    <message>
        <source>the check stopped: %1</source>
        <translation>the check stopped: %1</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>integrity: %1</translation>
    </message>
    <message>
        <source>the foreign key check could not run: %1</source>
        <translation>the foreign key check could not run: %1</translation>
    </message>
    <message>
        <source>foreign key: row %1 of table %2 refers to a missing row of table %3</source>
        <translation>foreign key: row %1 of table %2 refers to a missing row of table %3</translation>
    </message>
    <message>
        <source>identity: application_id is %1, expected %2 (not a Visit Tracker database)</source>
        <translation>identity: application_id is %1, expected %2 (not a Visit Tracker database)</translation>
    </message>
    <message>
        <source>schema: version %1, expected %2</source>
        <translation>schema: version %1, expected %2</translation>
    </message>
    <message>
        <source>schema: the table list cannot be read: %1</source>
        <translation>schema: the table list cannot be read: %1</translation>
    </message>
    <message>
        <source>schema: table %1 is missing</source>
        <translation>schema: table %1 is missing</translation>
    </message>
    <message>
        <source>it is already open for writing in another Visit Tracker window (process %1)</source>
        <translation>it is already open for writing in another Visit Tracker window (process %1)</translation>
    </message>
    <message>
        <source>it is already open for writing in another Visit Tracker window (process %1 on %2)</source>
        <translation>it is already open for writing in another Visit Tracker window (process %1 on %2)</translation>
    </message>
    <message>
        <source>the lock file “%1” cannot be created</source>
        <translation>the lock file “%1” cannot be created</translation>
    </message>
    <message>
        <source>the disk is full, so nothing was saved; free some space and try again, or save a copy elsewhere</source>
        <translation>the disk is full, so nothing was saved; free some space and try again, or save a copy elsewhere</translation>
    </message>
    <message>
        <source>the disk could not be read or written, so nothing was saved; check the drive and try again</source>
        <translation>the disk could not be read or written, so nothing was saved; check the drive and try again</translation>
    </message>
    <message>
        <source>the database file is damaged; restore it from a backup</source>
        <translation>the database file is damaged; restore it from a backup</translation>
    </message>
    <message>
        <source>Could not record the change history</source>
        <translation>Could not record the change history</translation>
    </message>
    <message>
        <source>Could not read the change history</source>
        <translation>Could not read the change history</translation>
    </message>
    <message>
        <source>Could not read the remembered document fields</source>
        <translation>Could not read the remembered document fields</translation>
    </message>
    <message>
        <source>Could not remember the document fields</source>
        <translation>Could not remember the document fields</translation>
    </message>
    <message>
        <source>Could not read the organisations</source>
        <translation>Could not read the organisations</translation>
    </message>
    <message>
        <source>Could not change the parent organisation</source>
        <translation>Could not change the parent organisation</translation>
    </message>
    <message>
        <source>An organisation cannot be placed under itself or under one of its own subordinate units.</source>
        <translation>An organisation cannot be placed under itself or under one of its own subordinate units.</translation>
    </message>
    <message>
        <source>There is no organisation %1.</source>
        <translation>There is no organisation %1.</translation>
    </message>
    <message>
        <source>Could not change the kind of organisation</source>
        <translation>Could not change the kind of organisation</translation>
    </message>
    <message>
        <source>Could not read the progress figures</source>
        <translation>Could not read the progress figures</translation>
    </message>
    <message>
        <source>An organisation needs a name.</source>
        <translation>An organisation needs a name.</translation>
    </message>
    <message>
        <source>Could not read the attachments</source>
        <translation>Could not read the attachments</translation>
    </message>
    <message>
        <source>Attachment %1 is not in the database.</source>
        <translation>Attachment %1 is not in the database.</translation>
    </message>
    <message>
        <source>The content of the attachment is missing from the database.</source>
        <translation>The content of the attachment is missing from the database.</translation>
    </message>
    <message>
        <source>Could not store the content of the attachment</source>
        <translation>Could not store the content of the attachment</translation>
    </message>
    <message>
        <source>Could not store the thumbnail of the attachment</source>
        <translation>Could not store the thumbnail of the attachment</translation>
    </message>
    <message>
        <source>Could not store the attachment “%1”</source>
        <translation>Could not store the attachment “%1”</translation>
    </message>
    <message>
        <source>Could not change the attachment</source>
        <translation>Could not change the attachment</translation>
    </message>
    <message>
        <source>Could not remove the attachment</source>
        <translation>Could not remove the attachment</translation>
    </message>
    <message>
        <source>Could not remove the attachments</source>
        <translation>Could not remove the attachments</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>not a Visit Tracker database</source>
        <translation>not a Visit Tracker database</translation>
    </message>
    <message>
        <source>it was written by a newer version of Visit Tracker (schema %1; this version reads up to %2)</source>
        <translation>it was written by a newer version of Visit Tracker (schema %1; this version reads up to %2)</translation>
    </message>
    <message>
        <source>Could not write beside “%1”: %2</source>
        <translation>Could not write beside “%1”: %2</translation>
    </message>
    <message>
        <source>Could not copy “%1”: %2</source>
        <translation>Could not copy “%1”: %2</translation>
    </message>
    <message>
        <source>Could not write “%1” to the disk.</source>
        <translation>Could not write “%1” to the disk.</translation>
    </message>
    <message>
        <source>The copy of “%1” failed its check: %2</source>
        <translation>The copy of “%1” failed its check: %2</translation>
    </message>
    <message>
        <source>Could not replace “%1”: %2</source>
        <translation>Could not replace “%1”: %2</translation>
    </message>
    <message>
        <source>Could not read recommendation %1</source>
        <translation>Could not read recommendation %1</translation>
    </message>
    <message>
        <source>Could not read the recommendations of visit %1</source>
        <translation>Could not read the recommendations of visit %1</translation>
    </message>
    <message>
        <source>Could not read the carry-over verdicts on visit %1</source>
        <translation>Could not read the carry-over verdicts on visit %1</translation>
    </message>
    <message>
        <source>Could not build the list of indexed words</source>
        <translation>Could not build the list of indexed words</translation>
    </message>
    <message>
        <source>Could not restore the visit “%1”</source>
        <translation>Could not restore the visit “%1”</translation>
    </message>
    <message>
        <source>The backup “%1” was stopped before it was finished; nothing was written.</source>
        <translation>The backup “%1” was stopped before it was finished; nothing was written.</translation>
    </message>
    <message>
        <source>search index: the check could not run: %1</source>
        <translation>search index: the check could not run: %1</translation>
    </message>
    <message>
        <source>search index: %1 entries index no record</source>
        <translation>search index: %1 entries index no record</translation>
    </message>
    <message>
        <source>search index: %1 records are not indexed</source>
        <translation>search index: %1 records are not indexed</translation>
    </message>
    <message>
        <source>Could not read the verdicts of visit %1</source>
        <translation>Could not read the verdicts of visit %1</translation>
    </message>
    <message>
        <source>follow-up: the check could not run: %1</source>
        <translation>follow-up: the check could not run: %1</translation>
    </message>
    <message>
        <source>follow-up: %1 recommendations show a latest update date their updates do not have</source>
        <translation>follow-up: %1 recommendations show a latest update date their updates do not have</translation>
    </message>
</context>
<context>
    <name>vt::DatabaseFileDialogs</name>
    <message>
        <source>New database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Visit Tracker databases (*.sqlite *.db)</source>
        <translation>Visit Tracker databases (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>“%1” is the database that is open now. Choose another name.</source>
        <translation>“%1” is the database that is open now. Choose another name.</translation>
    </message>
    <message>
        <source>Cannot replace “%1”.</source>
        <translation>Cannot replace “%1”.</translation>
    </message>
    <message>
        <source>Save a copy of the database</source>
        <translation>Save a copy of the database</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Copy not saved</translation>
    </message>
</context>
<context>
    <name>vt::DatabaseSession</name>
    <message>
        <source>Add visit “%1”</source>
        <translation>Add visit “%1”</translation>
    </message>
    <message>
        <source>Edit visit “%1”</source>
        <translation>Edit visit “%1”</translation>
    </message>
    <message>
        <source>Delete visit “%1”</source>
        <translation>Delete visit “%1”</translation>
    </message>
    <message>
        <source>Load sample visits</source>
        <translation>Load sample visits</translation>
    </message>
    <message>
        <source>Follow-up update on “%1”</source>
        <translation>Follow-up update on “%1”</translation>
    </message>
    <message>
        <source>Place “%1” in the hierarchy</source>
        <translation>Place “%1” in the hierarchy</translation>
    </message>
    <message>
        <source>Set the kind of “%1”</source>
        <translation>Set the kind of “%1”</translation>
    </message>
    <message>
        <source>The organisation “%1” was changed after this step, and undoing or redoing the step would overwrite that change. Nothing was changed.</source>
        <translation>The organisation “%1” was changed after this step, and undoing or redoing the step would overwrite that change. Nothing was changed.</translation>
    </message>
    <message>
        <source>Attach “%1”</source>
        <translation>Attach “%1”</translation>
    </message>
    <message>
        <source>Remove attachment “%1”</source>
        <translation>Remove attachment “%1”</translation>
    </message>
    <message>
        <source>Describe attachment “%1”</source>
        <translation>Describe attachment “%1”</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln visit(s)</source>
        <translation>
            <numerusform>Import %Ln visit</numerusform>
            <numerusform>Import %Ln visits</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” was done and saved, but it cannot be undone: %2</source>
        <translation>“%1” was done and saved, but it cannot be undone: %2</translation>
    </message>
    <message>
        <source>Undoing “%1”…</source>
        <translation>Undoing “%1”…</translation>
    </message>
    <message>
        <source>Redoing “%1”…</source>
        <translation>Redoing “%1”…</translation>
    </message>
    <message>
        <source>Undo and redo</source>
        <translation>Undo and redo</translation>
    </message>
</context>
<context>
    <name>vt::DatabaseUpgrade</name>
    <message>
        <source>Upgrading the database</source>
        <translation>Upgrading the database</translation>
    </message>
    <message>
        <source>Upgrading “%1” for this version of Visit Tracker…
A copy of the file as it was is kept first. A large file takes a few minutes.</source>
        <translation>Upgrading “%1” for this version of Visit Tracker…
A copy of the file as it was is kept first. A large file takes a few minutes.</translation>
    </message>
</context>
<context>
    <name>vt::DocumentOutput</name>
    <message>
        <source>Print preview — %1</source>
        <translation>Print preview — %1</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Printing failed</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <source>The document could not be sent to the printer.</source>
        <translation>The document could not be sent to the printer.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>OpenDocument text (*.odt)</source>
        <translation>OpenDocument text (*.odt)</translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation>Web pages (*.html *.htm)</translation>
    </message>
    <message>
        <source>Export the document</source>
        <translation>Export the document</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>vt::EditHistory</name>
    <message>
        <source>The database “%1” is open read-only.</source>
        <translation>The database “%1” is open read-only.</translation>
    </message>
    <message>
        <source>Could not change the database: %1</source>
        <translation>Could not change the database: %1</translation>
    </message>
    <message>
        <source>The visit “%1” was changed after this step, and undoing or redoing the step would overwrite that change. Nothing was changed.</source>
        <translation>The visit “%1” was changed after this step, and undoing or redoing the step would overwrite that change. Nothing was changed.</translation>
    </message>
    <message>
        <source>The folder does not exist.</source>
        <translation>The folder does not exist.</translation>
    </message>
    <message>
        <source>Could not keep the undo step in “%1”: %2</source>
        <translation>Could not keep the undo step in “%1”: %2</translation>
    </message>
    <message>
        <source>The undo step&apos;s copy of a visit was damaged on disk.</source>
        <translation>The undo step&apos;s copy of a visit was damaged on disk.</translation>
    </message>
</context>
<context>
    <name>vt::Enums</name>
    <message>
        <source>Implemented</source>
        <translation>Implemented</translation>
    </message>
    <message>
        <source>Partly implemented</source>
        <translation>Partly implemented</translation>
    </message>
    <message>
        <source>Not implemented</source>
        <translation>Not implemented</translation>
    </message>
    <message>
        <source>Working visit</source>
        <translation>Working visit</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>Concluded</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Invited guest</source>
        <translation>Invited guest</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Head of delegation</translation>
    </message>
    <message>
        <source>Deputy head</source>
        <translation>Deputy head</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Minute-taker</source>
        <translation>Minute-taker</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Press</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Achievement</translation>
    </message>
    <message>
        <source>Good model</source>
        <translation>Good model</translation>
    </message>
    <message>
        <source>Limitation</source>
        <translation>Limitation</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Central body</source>
        <translation>Central body</translation>
    </message>
    <message>
        <source>Provincial Party committee</source>
        <translation>Provincial Party committee</translation>
    </message>
    <message>
        <source>District Party committee</source>
        <translation>District Party committee</translation>
    </message>
    <message>
        <source>Party committee of an agency</source>
        <translation>Party committee of an agency</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>vt::FindingListModel</name>
    <message>
        <source>(no area)</source>
        <translation>(no area)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Unit concerned</source>
        <translation>Unit concerned</translation>
    </message>
    <message>
        <source>Good model</source>
        <translation>Good model</translation>
    </message>
    <message>
        <source>Limitation</source>
        <translation>Limitation</translation>
    </message>
    <message>
        <source>Recommendations and their status</source>
        <translation>Recommendations and their status</translation>
    </message>
</context>
<context>
    <name>vt::FindingReview</name>
    <message numerus="yes">
        <source>Overdue %n day(s)</source>
        <translation>
            <numerusform>Overdue %n day</numerusform>
            <numerusform>Overdue %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Done late</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>vt::FindingTableModel</name>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Unit concerned</source>
        <translation>Unit concerned</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
</context>
<context>
    <name>vt::FindingTables</name>
    <message>
        <source>Limitations</source>
        <translation>Limitations</translation>
    </message>
    <message>
        <source>Good models</source>
        <translation>Good models</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Unit concerned</source>
        <translation>Unit concerned</translation>
    </message>
    <message>
        <source>Limitation</source>
        <translation>Limitation</translation>
    </message>
    <message>
        <source>Good model</source>
        <translation>Good model</translation>
    </message>
    <message>
        <source>Recommendations and their status</source>
        <translation>Recommendations and their status</translation>
    </message>
</context>
<context>
    <name>vt::FollowUp</name>
    <message>
        <source>%1 (verified at the visit “%2” of %3)</source>
        <translation>%1 (verified at the visit “%2” of %3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Visit %1</source>
        <translation>Visit %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>is before the last update (%1): the log is kept in date order</source>
        <translation>is before the last update (%1): the log is kept in date order</translation>
    </message>
    <message>
        <source>is after today (%1)</source>
        <translation>is after today (%1)</translation>
    </message>
    <message>
        <source>is required: say what was done</source>
        <translation>is required: say what was done</translation>
    </message>
    <message>
        <source>is too long (%1 characters, at most %2)</source>
        <translation>is too long (%1 characters, at most %2)</translation>
    </message>
    <message>
        <source>must be between 0 and 100</source>
        <translation>must be between 0 and 100</translation>
    </message>
    <message>
        <source>Could not add the follow-up update: %1</source>
        <translation>Could not add the follow-up update: %1</translation>
    </message>
    <message>
        <source>A visit cannot verify its own recommendation “%1”.</source>
        <translation>A visit cannot verify its own recommendation “%1”.</translation>
    </message>
</context>
<context>
    <name>vt::FollowUpRules</name>
    <message>
        <source>1–30 days overdue</source>
        <translation>1–30 days overdue</translation>
    </message>
    <message>
        <source>31–60 days overdue</source>
        <translation>31–60 days overdue</translation>
    </message>
    <message>
        <source>61–90 days overdue</source>
        <translation>61–90 days overdue</translation>
    </message>
    <message>
        <source>Over 90 days overdue</source>
        <translation>Over 90 days overdue</translation>
    </message>
    <message>
        <source>Not overdue</source>
        <translation>Not overdue</translation>
    </message>
</context>
<context>
    <name>vt::FollowUpUpdateTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Progress (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>vt::FollowUpView</name>
    <message>
        <source>Host organisation</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>Search recommendations (accents optional)</source>
        <translation>Search recommendations (accents optional)</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>&amp;Add follow-up update…</source>
        <translation>&amp;Add follow-up update…</translation>
    </message>
    <message>
        <source>%1, %2 overdue</source>
        <translation>%1, %2 overdue</translation>
    </message>
    <message>
        <source>Cannot add a follow-up update</source>
        <translation>Cannot add a follow-up update</translation>
    </message>
    <message>
        <source>Follow-up update not saved</source>
        <translation>Follow-up update not saved</translation>
    </message>
    <message>
        <source>&amp;Open visit</source>
        <translation>&amp;Open visit</translation>
    </message>
    <message>
        <source>and &amp;subordinate units</source>
        <translation>and &amp;subordinate units</translation>
    </message>
    <message>
        <source>Also the recommendations to units under the host (Edit ▸ Organisations)</source>
        <translation>Also the recommendations to units under the host (Edit ▸ Organisations)</translation>
    </message>
    <message>
        <source>Preview and print the listed recommendations</source>
        <translation>Preview and print the listed recommendations</translation>
    </message>
    <message>
        <source>Print previe&amp;w…</source>
        <translation>Print previe&amp;w…</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Print preview</translation>
    </message>
    <message numerus="yes">
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>%Ln recommendation</numerusform>
            <numerusform>%Ln recommendations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The list has %Ln recommendation(s). Narrow it with the filters to at most %1 to print it.</source>
        <translation>
            <numerusform>The list has %Ln recommendation. Narrow it with the filters to at most %1 to print it.</numerusform>
            <numerusform>The list has %Ln recommendations. Narrow it with the filters to at most %1 to print it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the recommendations…</source>
        <translation>Reading the recommendations…</translation>
    </message>
    <message>
        <source>The list is still being read. Print it once it is shown.</source>
        <translation>The list is still being read. Print it once it is shown.</translation>
    </message>
</context>
<context>
    <name>vt::GeneralPage</name>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Lasts se&amp;veral days, until</source>
        <translation>Lasts se&amp;veral days, until</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>End date:</source>
        <translation>End date:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>De&amp;legation:</source>
        <translation>De&amp;legation:</translation>
    </message>
    <message>
        <source>The visiting organisation, as named on the visit date</source>
        <translation>The visiting organisation, as named on the visit date</translation>
    </message>
    <message>
        <source>&amp;Host organisation:</source>
        <translation>&amp;Host organisation:</translation>
    </message>
    <message>
        <source>The host organisation, as named on the visit date</source>
        <translation>The host organisation, as named on the visit date</translation>
    </message>
    <message>
        <source>T&amp;opic:</source>
        <translation>T&amp;opic:</translation>
    </message>
    <message>
        <source>S&amp;ummary:</source>
        <translation>S&amp;ummary:</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>Reference %1</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>St&amp;atus:</translation>
    </message>
</context>
<context>
    <name>vt::ImportExport</name>
    <message>
        <source>Could not start the import: %1</source>
        <translation>Could not start the import: %1</translation>
    </message>
    <message>
        <source>Could not store %1: %2</source>
        <translation>Could not store %1: %2</translation>
    </message>
    <message>
        <source>Could not read visit %1: %2</source>
        <translation>Could not read visit %1: %2</translation>
    </message>
    <message>
        <source>Could not read the document again: %1</source>
        <translation>Could not read the document again: %1</translation>
    </message>
</context>
<context>
    <name>vt::ImportWithProgress</name>
    <message>
        <source>Reading the file…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Import visits</source>
        <translation>Import visits</translation>
    </message>
    <message numerus="yes">
        <source>Checking and saving %Ln visit(s)…</source>
        <translation>
            <numerusform>Checking and saving %Ln visit…</numerusform>
            <numerusform>Checking and saving %Ln visits…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing… %Ln visit(s) so far</source>
        <translation>
            <numerusform>Importing… %Ln visit so far</numerusform>
            <numerusform>Importing… %Ln visits so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::IndicatorTableModel</name>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>% of plan</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>vt::JsonInterchange</name>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2, column %3 (byte offset %4)</source>
        <translation>not valid JSON: %1 at line %2, column %3 (byte offset %4)</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;, found &quot;%2&quot;</source>
        <translation>expected &quot;%1&quot;, found &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unsupported version %1, this program reads version %2</source>
        <translation>unsupported version %1, this program reads version %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is also the ref of visits[%2]</source>
        <translation>&quot;%1&quot; is also the ref of visits[%2]</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>expected a string</translation>
    </message>
    <message>
        <source>expected a number</source>
        <translation>expected a number</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>expected a whole number</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>expected true or false</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>expected an array</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD</source>
        <translation>expected a date as YYYY-MM-DD</translation>
    </message>
    <message>
        <source>unknown value %1</source>
        <translation>unknown value %1</translation>
    </message>
    <message>
        <source>expected a date as YYYY-MM-DD, found %1</source>
        <translation>expected a date as YYYY-MM-DD, found %1</translation>
    </message>
    <message>
        <source>impossible date %1</source>
        <translation>impossible date %1</translation>
    </message>
    <message>
        <source>must be between 0 and 100</source>
        <translation>must be between 0 and 100</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>unknown field</translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation>could not be read: %1</translation>
    </message>
</context>
<context>
    <name>vt::LimitationReviewView</name>
    <message>
        <source>Search limitations (accents optional)</source>
        <translation>Search limitations (accents optional)</translation>
    </message>
    <message>
        <source>Search good models (accents optional)</source>
        <translation>Search good models (accents optional)</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Filter by area</source>
        <translation>Filter by area</translation>
    </message>
    <message>
        <source>Filter by the status of the recommendations</source>
        <translation>Filter by the status of the recommendations</translation>
    </message>
    <message>
        <source>Any follow-up</source>
        <translation>Any follow-up</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>No recommendation</source>
        <translation>No recommendation</translation>
    </message>
    <message>
        <source>Group the list</source>
        <translation>Group the list</translation>
    </message>
    <message>
        <source>No grouping</source>
        <translation>No grouping</translation>
    </message>
    <message>
        <source>Group by host</source>
        <translation>Group by host</translation>
    </message>
    <message>
        <source>Group by area</source>
        <translation>Group by area</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <source>Save the listed findings as CSV, Excel (XLSX) or PDF</source>
        <translation>Save the listed findings as CSV, Excel (XLSX) or PDF</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>All areas</translation>
    </message>
    <message>
        <source>host: %1</source>
        <translation>host: %1</translation>
    </message>
    <message>
        <source>delegation: %1</source>
        <translation>delegation: %1</translation>
    </message>
    <message>
        <source>area: %1</source>
        <translation>area: %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>to %1</translation>
    </message>
    <message>
        <source>follow-up: %1</source>
        <translation>follow-up: %1</translation>
    </message>
    <message>
        <source>text: “%1”</source>
        <translation>text: “%1”</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv, .xlsx or .pdf.</source>
        <translation>Choose a file name ending in .csv, .xlsx or .pdf.</translation>
    </message>
    <message>
        <source>limitations</source>
        <translation>limitations</translation>
    </message>
    <message>
        <source>good-models</source>
        <translation>good-models</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Export the list</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;PDF document (*.pdf)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>and &amp;subordinate units</source>
        <translation>and &amp;subordinate units</translation>
    </message>
    <message>
        <source>Also the visits to units under the host (Edit ▸ Organisations)</source>
        <translation>Also the visits to units under the host (Edit ▸ Organisations)</translation>
    </message>
    <message>
        <source>Preview and print the listed findings</source>
        <translation>Preview and print the listed findings</translation>
    </message>
    <message>
        <source>Print previe&amp;w…</source>
        <translation>Print previe&amp;w…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln limitation(s)</source>
        <translation>
            <numerusform>%Ln limitation</numerusform>
            <numerusform>%Ln limitations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln good model(s)</source>
        <translation>
            <numerusform>%Ln good model</numerusform>
            <numerusform>%Ln good models</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::MainWindow</name>
    <message>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Limitations</translation>
    </message>
    <message>
        <source>Good models</source>
        <translation>Good models</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Search everything…</source>
        <translation>Search everything…</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>&amp;New visit</translation>
    </message>
    <message>
        <source>&amp;Open visit</source>
        <translation>&amp;Open visit</translation>
    </message>
    <message>
        <source>&amp;Delete visit…</source>
        <translation>&amp;Delete visit…</translation>
    </message>
    <message>
        <source>Open &amp;database…</source>
        <translation>Open &amp;database…</translation>
    </message>
    <message>
        <source>&amp;Import visits from JSON…</source>
        <translation>&amp;Import visits from JSON…</translation>
    </message>
    <message>
        <source>&amp;Export all visits to JSON…</source>
        <translation>&amp;Export all visits to JSON…</translation>
    </message>
    <message>
        <source>Load &amp;sample visits</source>
        <translation>Load &amp;sample visits</translation>
    </message>
    <message>
        <source>&amp;Find visits</source>
        <translation>&amp;Find visits</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Visit Tracker</source>
        <translation>&amp;About Visit Tracker</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>&amp;Visit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>%1 — Visit Tracker</source>
        <translation>%1 — Visit Tracker</translation>
    </message>
    <message>
        <source>Welcome to Visit Tracker</source>
        <translation>Welcome to Visit Tracker</translation>
    </message>
    <message>
        <source>The database is empty. Load the sample visits (the working visit of the Central Propaganda Department to Long An on 7 June 2023 and a few more) to see how records look?

You can delete them later, or load them again from the File menu.</source>
        <translation>The database is empty. Load the sample visits (the working visit of the Central Propaganda Department to Long An on 7 June 2023 and a few more) to see how records look?

You can delete them later, or load them again from the File menu.</translation>
    </message>
    <message>
        <source>Cannot open the visit</source>
        <translation>Cannot open the visit</translation>
    </message>
    <message>
        <source>Delete visit</source>
        <translation>Delete visit</translation>
    </message>
    <message>
        <source>Delete the visit &quot;%1&quot; of %2 with all its attendees, figures, findings, indicators and recommendations?</source>
        <translation>Delete the visit &quot;%1&quot; of %2 with all its attendees, figures, findings, indicators and recommendations?</translation>
    </message>
    <message>
        <source>Visit not deleted</source>
        <translation>Visit not deleted</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Visit Tracker databases (*.sqlite *.db);;All files (*)</source>
        <translation>Visit Tracker databases (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Import visits</source>
        <translation>Import visits</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON files (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Nothing was imported from %1.</translation>
    </message>
    <message>
        <source>Export visits</source>
        <translation>Export visits</translation>
    </message>
    <message>
        <source>visits.json</source>
        <translation>visits.json</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>Sample visits not loaded</source>
        <translation>Sample visits not loaded</translation>
    </message>
    <message>
        <source>Sample visits loaded.</source>
        <translation>Sample visits loaded.</translation>
    </message>
    <message>
        <source>About Visit Tracker</source>
        <translation>About Visit Tracker</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Visit Tracker %1&lt;/h3&gt;&lt;p&gt;Records of working, inspection and supervision delegations, their findings and the follow-up of their recommendations.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version: %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Visit Tracker %1&lt;/h3&gt;&lt;p&gt;Records of working, inspection and supervision delegations, their findings and the follow-up of their recommendations.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version: %3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 of %2 visits</source>
        <translation>%1 of %2 visits</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;New database…</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Save a &amp;copy…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Copy saved to %1.</source>
        <translation>Copy saved to %1.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>&amp;Organisations…</source>
        <translation>&amp;Organisations…</translation>
    </message>
    <message>
        <source>Change &amp;history…</source>
        <translation>Change &amp;history…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Cannot undo or redo</source>
        <translation>Cannot undo or redo</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Redo: %1</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import cancelled: nothing was imported.</translation>
    </message>
    <message>
        <source>Exporting the visits…</source>
        <translation>Exporting the visits…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visit</numerusform>
            <numerusform>%Ln visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln visit(s) (%1 added, %2 replaced).</source>
        <translation>
            <numerusform>Imported %Ln visit (%1 added, %2 replaced).</numerusform>
            <numerusform>Imported %Ln visits (%1 added, %2 replaced).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::OptionalDateEdit</name>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>vt::OrganisationService</name>
    <message>
        <source>Could not change the organisations: %1</source>
        <translation>Could not change the organisations: %1</translation>
    </message>
    <message>
        <source>The organisation no longer exists.</source>
        <translation>The organisation no longer exists.</translation>
    </message>
</context>
<context>
    <name>vt::OrganisationsDialog</name>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Find an organisation (accents optional)</source>
        <translation>Find an organisation (accents optional)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Visits hosted</source>
        <translation>Visits hosted</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>Under</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Not set</translation>
    </message>
    <message>
        <source>&amp;Under:</source>
        <translation>&amp;Under:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Visits to the units under an organisation are included when a list is filtered by that organisation with &quot;and subordinate units&quot;.</source>
        <translation>Visits to the units under an organisation are included when a list is filtered by that organisation with &quot;and subordinate units&quot;.</translation>
    </message>
    <message>
        <source>%1, under %2</source>
        <translation>%1, under %2</translation>
    </message>
    <message>
        <source>— none (top level) —</source>
        <translation>— none (top level) —</translation>
    </message>
</context>
<context>
    <name>vt::OverdueIndicator</name>
    <message>
        <source>Overdue recommendations: %1</source>
        <translation>Overdue recommendations: %1</translation>
    </message>
    <message>
        <source>Show the overdue recommendations</source>
        <translation>Show the overdue recommendations</translation>
    </message>
    <message>
        <source>No overdue recommendations</source>
        <translation>No overdue recommendations</translation>
    </message>
    <message>
        <source>Show the follow-up of recommendations</source>
        <translation>Show the follow-up of recommendations</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue recommendation(s)</source>
        <translation>
            <numerusform>%Ln overdue recommendation</numerusform>
            <numerusform>%Ln overdue recommendations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::PendingAttachments</name>
    <message>
        <source>Files to attach</source>
        <translation>Files to attach</translation>
    </message>
    <message>
        <source>Attach &amp;files…</source>
        <translation>Attach &amp;files…</translation>
    </message>
    <message>
        <source>Photos or documents proving the progress; you can also drop files here</source>
        <translation>Photos or documents proving the progress; you can also drop files here</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
</context>
<context>
    <name>vt::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>A new language takes effect after Visit Tracker is restarted.</source>
        <translation>A new language takes effect after Visit Tracker is restarted.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language changed</source>
        <translation>Language changed</translation>
    </message>
    <message>
        <source>The new language will be used the next time Visit Tracker starts. Restart now?</source>
        <translation>The new language will be used the next time Visit Tracker starts. Restart now?</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Restart now</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>Colours of the windows. &quot;Follow the system&quot; uses dark colours when the desktop&apos;s theme is dark.</source>
        <translation>Colours of the windows. &quot;Follow the system&quot; uses dark colours when the desktop&apos;s theme is dark.</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Appearance:</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Larger files are refused when attached to a visit: the database holds every attachment.</source>
        <translation>Larger files are refused when attached to a visit: the database holds every attachment.</translation>
    </message>
    <message>
        <source>Attachment si&amp;ze limit per file:</source>
        <translation>Attachment si&amp;ze limit per file:</translation>
    </message>
</context>
<context>
    <name>vt::PrintDocumentDialog</name>
    <message>
        <source>Print a meeting document</source>
        <translation>Print a meeting document</translation>
    </message>
    <message>
        <source>e.g. 45-TB/BTGTW (party) or 12/TB-UBND (state)</source>
        <translation>e.g. 45-TB/BTGTW (party) or 12/TB-UBND (state)</translation>
    </message>
    <message>
        <source>In own name</source>
        <translation>In own name</translation>
    </message>
    <message>
        <source>T/M — on behalf of</source>
        <translation>T/M — on behalf of</translation>
    </message>
    <message>
        <source>K/T — signing for</source>
        <translation>K/T — signing for</translation>
    </message>
    <message>
        <source>T/L — by order of</source>
        <translation>T/L — by order of</translation>
    </message>
    <message>
        <source>e.g. BAN THƯỜNG VỤ, ĐOÀN CÔNG TÁC, TRƯỞNG BAN</source>
        <translation>e.g. BAN THƯỜNG VỤ, ĐOÀN CÔNG TÁC, TRƯỞNG BAN</translation>
    </message>
    <message>
        <source>Remember these fields for %1</source>
        <translation>Remember these fields for %1</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document:</translation>
    </message>
    <message>
        <source>&amp;Style:</source>
        <translation>&amp;Style:</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Number:</translation>
    </message>
    <message>
        <source>S&amp;uperior body:</source>
        <translation>S&amp;uperior body:</translation>
    </message>
    <message>
        <source>&amp;Issuing body:</source>
        <translation>&amp;Issuing body:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>D&amp;ate:</translation>
    </message>
    <message>
        <source>Si&amp;gner:</source>
        <translation>Si&amp;gner:</translation>
    </message>
    <message>
        <source>Signer&apos;s p&amp;osition:</source>
        <translation>Signer&apos;s p&amp;osition:</translation>
    </message>
    <message>
        <source>Signing &amp;capacity:</source>
        <translation>Signing &amp;capacity:</translation>
    </message>
    <message>
        <source>On &amp;behalf of:</source>
        <translation>On &amp;behalf of:</translation>
    </message>
    <message>
        <source>&amp;Recipients (one a line):</source>
        <translation>&amp;Recipients (one a line):</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Export &amp;ODT…</source>
        <translation>Export &amp;ODT…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Export &amp;HTML…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Fields not remembered</source>
        <translation>Fields not remembered</translation>
    </message>
    <message>
        <source>The document is printed, but its fields could not be remembered for next time:
%1</source>
        <translation>The document is printed, but its fields could not be remembered for next time:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Print the %n photo(s) marked “In minutes” in the Attachments tab</source>
        <translation>
            <numerusform>Print the %n photo marked “In minutes” in the Attachments tab</numerusform>
            <numerusform>Print the %n photos marked “In minutes” in the Attachments tab</numerusform>
        </translation>
    </message>
    <message>
        <source>No photo is marked “In minutes” in the Attachments tab</source>
        <translation>No photo is marked “In minutes” in the Attachments tab</translation>
    </message>
</context>
<context>
    <name>vt::ReadOnlyBanner</name>
    <message>
        <source>the file cannot be written</source>
        <translation>the file cannot be written</translation>
    </message>
    <message>
        <source>This database is open read-only: %1. Changes cannot be saved.</source>
        <translation>This database is open read-only: %1. Changes cannot be saved.</translation>
    </message>
</context>
<context>
    <name>vt::RecentDatabases</name>
    <message>
        <source>The file no longer exists.</source>
        <translation>The file no longer exists.</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>No recent databases</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Clear list</translation>
    </message>
</context>
<context>
    <name>vt::RecommendationListModel</name>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — overdue</translation>
    </message>
    <message>
        <source>Done on time</source>
        <translation>Done on time</translation>
    </message>
    <message>
        <source>Done late</source>
        <translation>Done late</translation>
    </message>
    <message>
        <source>No update yet</source>
        <translation>No update yet</translation>
    </message>
    <message>
        <source> (%1%)</source>
        <translation> (%1%)</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Last update</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %Ln day(s): the deadline was %1</source>
        <translation>
            <numerusform>Overdue by %Ln day: the deadline was %1</numerusform>
            <numerusform>Overdue by %Ln days: the deadline was %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
</context>
<context>
    <name>vt::RecommendationTableModel</name>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Last progress</source>
        <translation>Last progress</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Limitations addressed</source>
        <translation>Limitations addressed</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>vt::RecommendationsPage</name>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Add a recommendation</source>
        <translation>Add a recommendation</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove the selected recommendation with its follow-up</source>
        <translation>Remove the selected recommendation with its follow-up</translation>
    </message>
    <message>
        <source>Move the selected recommendation up</source>
        <translation>Move the selected recommendation up</translation>
    </message>
    <message>
        <source>Move the selected recommendation down</source>
        <translation>Move the selected recommendation down</translation>
    </message>
    <message>
        <source>Limitations addressed</source>
        <translation>Limitations addressed</translation>
    </message>
    <message>
        <source>Limitations addressed by the selected recommendation</source>
        <translation>Limitations addressed by the selected recommendation</translation>
    </message>
    <message>
        <source>Tick the limitations of this visit that the recommendation addresses</source>
        <translation>Tick the limitations of this visit that the recommendation addresses</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Follow-up updates</source>
        <translation>Follow-up updates</translation>
    </message>
    <message>
        <source>Add f&amp;ollow-up</source>
        <translation>Add f&amp;ollow-up</translation>
    </message>
    <message>
        <source>Add a dated progress report at the end of the log</source>
        <translation>Add a dated progress report at the end of the log</translation>
    </message>
    <message>
        <source>Remo&amp;ve follow-up</source>
        <translation>Remo&amp;ve follow-up</translation>
    </message>
    <message>
        <source>Remove the selected progress report</source>
        <translation>Remove the selected progress report</translation>
    </message>
    <message>
        <source>Follow-up of recommendation %1</source>
        <translation>Follow-up of recommendation %1</translation>
    </message>
    <message>
        <source>(no text yet)</source>
        <translation>(no text yet)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This visit has no findings of category Limitation yet</source>
        <translation>This visit has no findings of category Limitation yet</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Row %1, follow-up %2: %3</source>
        <translation>Row %1, follow-up %2: %3</translation>
    </message>
</context>
<context>
    <name>vt::RecordItemDelegate</name>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
</context>
<context>
    <name>vt::RecordTablePage</name>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::ReportFigureTableModel</name>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
</context>
<context>
    <name>vt::RestoreBackupDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>Backups of “%1” in %2, newest first. Restoring one keeps the current file as a backup first, so nothing is lost.</source>
        <translation>Backups of “%1” in %2, newest first. Restoring one keeps the current file as a backup first, so nothing is lost.</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>unreadable: %1</translation>
    </message>
    <message>
        <source>The backup was put in place but could not be opened: %1. The previous file is kept as “%2”.</source>
        <translation>The backup was put in place but could not be opened: %1. The previous file is kept as “%2”.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Writing a backup of the database…</source>
        <translation>Writing a backup of the database…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Checking the backup and keeping the current file…</source>
        <translation>Checking the backup and keeping the current file…</translation>
    </message>
    <message>
        <source>Putting the backup in place…</source>
        <translation>Putting the backup in place…</translation>
    </message>
    <message numerus="yes">
        <source>Replace the open database (%Ln visit(s)) with the backup of %1? The current file is kept as a backup first.</source>
        <translation>
            <numerusform>Replace the open database (%Ln visit) with the backup of %1? The current file is kept as a backup first.</numerusform>
            <numerusform>Replace the open database (%Ln visits) with the backup of %1? The current file is kept as a backup first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The backup of %1 was restored (%Ln visit(s)). The file it replaced is kept as “%2”.</source>
        <translation>
            <numerusform>The backup of %1 was restored (%Ln visit). The file it replaced is kept as “%2”.</numerusform>
            <numerusform>The backup of %1 was restored (%Ln visits). The file it replaced is kept as “%2”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::SearchResultsModel</name>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Match</translation>
    </message>
</context>
<context>
    <name>vt::SearchView</name>
    <message>
        <source>Search visits, findings and recommendations (accents optional: “han che”)</source>
        <translation>Search visits, findings and recommendations (accents optional: “han che”)</translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation>Search everything</translation>
    </message>
    <message>
        <source>Type words to search for; accents and case do not matter.</source>
        <translation>Type words to search for; accents and case do not matter.</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nothing matches “%1”.</translation>
    </message>
    <message>
        <source>Showing the newest %1 of %2 matches; add words to narrow the search.</source>
        <translation>Showing the newest %1 of %2 matches; add words to narrow the search.</translation>
    </message>
    <message>
        <source>more than %1</source>
        <translation>more than %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the newest %1 matches; counting the others…</source>
        <translation>Showing the newest %1 matches; counting the others…</translation>
    </message>
</context>
<context>
    <name>vt::SyntheticVisits</name>
    <message>
        <source>Could not start writing synthetic visits: %1</source>
        <translation>Could not start writing synthetic visits: %1</translation>
    </message>
</context>
<context>
    <name>vt::TableExport</name>
    <message>
        <source>Page %1/%2</source>
        <translation>Page %1/%2</translation>
    </message>
    <message>
        <source>Cannot write %1: PDF output needs the graphics system.</source>
        <translation>Cannot write %1: PDF output needs the graphics system.</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be drawn.</source>
        <translation>Cannot write %1: the PDF could not be drawn.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the finished file could not replace it.</source>
        <translation>Cannot write %1: the finished file could not replace it.</translation>
    </message>
    <message>
        <source>the spreadsheet could not be created</source>
        <translation>the spreadsheet could not be created</translation>
    </message>
</context>
<context>
    <name>vt::UserGuideDialog</name>
    <message>
        <source>Visit Tracker User Guide</source>
        <translation>Visit Tracker User Guide</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>vt::Validation</name>
    <message>
        <source>is required</source>
        <translation>is required</translation>
    </message>
    <message>
        <source>is too long (%1 characters, at most %2)</source>
        <translation>is too long (%1 characters, at most %2)</translation>
    </message>
    <message>
        <source>must be a finite number</source>
        <translation>must be a finite number</translation>
    </message>
    <message>
        <source>has too many entries (%1, at most %2)</source>
        <translation>has too many entries (%1, at most %2)</translation>
    </message>
    <message>
        <source>is before the date of the visit</source>
        <translation>is before the date of the visit</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another finding</source>
        <translation>&quot;%1&quot; is used by another finding</translation>
    </message>
    <message>
        <source>must be between 0 and 100</source>
        <translation>must be between 0 and 100</translation>
    </message>
    <message>
        <source>is only for recommendations that are done</source>
        <translation>is only for recommendations that are done</translation>
    </message>
    <message>
        <source>refers to &quot;%1&quot;, which is not a finding of this visit</source>
        <translation>refers to &quot;%1&quot;, which is not a finding of this visit</translation>
    </message>
</context>
<context>
    <name>vt::VisitEditor</name>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Attendees</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Add an attendee</source>
        <translation>Add an attendee</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Remove the selected attendee</source>
        <translation>Remove the selected attendee</translation>
    </message>
    <message>
        <source>Move the selected attendee up</source>
        <translation>Move the selected attendee up</translation>
    </message>
    <message>
        <source>Move the selected attendee down</source>
        <translation>Move the selected attendee down</translation>
    </message>
    <message>
        <source>Report figures</source>
        <translation>Report figures</translation>
    </message>
    <message>
        <source>Add a report figure</source>
        <translation>Add a report figure</translation>
    </message>
    <message>
        <source>Remove the selected report figure</source>
        <translation>Remove the selected report figure</translation>
    </message>
    <message>
        <source>Move the selected report figure up</source>
        <translation>Move the selected report figure up</translation>
    </message>
    <message>
        <source>Move the selected report figure down</source>
        <translation>Move the selected report figure down</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Add a finding</source>
        <translation>Add a finding</translation>
    </message>
    <message>
        <source>Remove the selected finding</source>
        <translation>Remove the selected finding</translation>
    </message>
    <message>
        <source>Move the selected finding up</source>
        <translation>Move the selected finding up</translation>
    </message>
    <message>
        <source>Move the selected finding down</source>
        <translation>Move the selected finding down</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Indicators</translation>
    </message>
    <message>
        <source>Add an indicator</source>
        <translation>Add an indicator</translation>
    </message>
    <message>
        <source>Remove the selected indicator</source>
        <translation>Remove the selected indicator</translation>
    </message>
    <message>
        <source>Move the selected indicator up</source>
        <translation>Move the selected indicator up</translation>
    </message>
    <message>
        <source>Move the selected indicator down</source>
        <translation>Move the selected indicator down</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Earlier recommendations</source>
        <translation>Earlier recommendations</translation>
    </message>
    <message>
        <source>Earlier recommendations (%1)</source>
        <translation>Earlier recommendations (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to correct</source>
        <translation>
            <numerusform>%n problem to correct</numerusform>
            <numerusform>%n problems to correct</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vt::VisitEditorWindow</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Correct the marked fields before saving.</source>
        <translation>Correct the marked fields before saving.</translation>
    </message>
    <message>
        <source>Visit not saved</source>
        <translation>Visit not saved</translation>
    </message>
    <message>
        <source>The visit could not be saved. Your changes are still in the editor: you can correct them and save again.

%1</source>
        <translation>The visit could not be saved. Your changes are still in the editor: you can correct them and save again.

%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>Visit changed elsewhere</source>
        <translation>Visit changed elsewhere</translation>
    </message>
    <message>
        <source>The visit &quot;%1&quot; was changed elsewhere after you opened it (for example a follow-up update was added). Saving replaces those changes with the content of this editor.

Save anyway?</source>
        <translation>The visit &quot;%1&quot; was changed elsewhere after you opened it (for example a follow-up update was added). Saving replaces those changes with the content of this editor.

Save anyway?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The visit &quot;%1&quot; has changes that are not saved. Save them before closing?</source>
        <translation>The visit &quot;%1&quot; has changes that are not saved. Save them before closing?</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>New visit</translation>
    </message>
    <message>
        <source>%1[*] — Visit Tracker</source>
        <translation>%1[*] — Visit Tracker</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <source>Export &amp;ODT…</source>
        <translation>Export &amp;ODT…</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Export &amp;HTML…</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Histor&amp;y…</translation>
    </message>
    <message>
        <source>Pri&amp;nt</source>
        <translation>Pri&amp;nt</translation>
    </message>
</context>
<context>
    <name>vt::VisitFilterBar</name>
    <message>
        <source>Search visits (accents optional)</source>
        <translation>Search visits (accents optional)</translation>
    </message>
    <message>
        <source>Search visits</source>
        <translation>Search visits</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>Filter by host organisation</source>
        <translation>Filter by host organisation</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Filter by delegation</source>
        <translation>Filter by delegation</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation>Filter by kind</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>Fro&amp;m</translation>
    </message>
</context>
<context>
    <name>vt::VisitListModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>vt::VisitListView</name>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
</context>
<context>
    <name>vt::VisitService</name>
    <message>
        <source>Could not save: %1</source>
        <translation>Could not save: %1</translation>
    </message>
    <message>
        <source>Could not delete: %1</source>
        <translation>Could not delete: %1</translation>
    </message>
</context>
<context>
    <name>vt::charts::ChartText</name>
    <message>
        <source>Could not write the chart to “%1”: %2</source>
        <translation>Could not write the chart to “%1”: %2</translation>
    </message>
    <message>
        <source>use a file ending in .png or .pdf</source>
        <translation>use a file ending in .png or .pdf</translation>
    </message>
    <message>
        <source>On track (≥ %1)</source>
        <translation>On track (≥ %1)</translation>
    </message>
    <message>
        <source>Near (%1 – %2)</source>
        <translation>Near (%1 – %2)</translation>
    </message>
    <message>
        <source>Behind (under %1)</source>
        <translation>Behind (under %1)</translation>
    </message>
    <message>
        <source>No target</source>
        <translation>No target</translation>
    </message>
    <message>
        <source>%1%2, no target</source>
        <translation>%1%2, no target</translation>
    </message>
    <message>
        <source>%1 of %2%3</source>
        <translation>%1 of %2%3</translation>
    </message>
    <message>
        <source>Actual: %1%2 (as of %3)</source>
        <translation>Actual: %1%2 (as of %3)</translation>
    </message>
    <message>
        <source>Target for %1: %2%3</source>
        <translation>Target for %1: %2%3</translation>
    </message>
    <message>
        <source>Plan to date: %1%2</source>
        <translation>Plan to date: %1%2</translation>
    </message>
    <message>
        <source>Progress: %1 of plan</source>
        <translation>Progress: %1 of plan</translation>
    </message>
    <message>
        <source>Indicators: no measurements</source>
        <translation>Indicators: no measurements</translation>
    </message>
    <message>
        <source>Indicators of %1, %2: progress against plan</source>
        <translation>Indicators of %1, %2: progress against plan</translation>
    </message>
    <message>
        <source>% of plan to date</source>
        <translation>% of plan to date</translation>
    </message>
    <message>
        <source>%1: hosts ranked by progress</source>
        <translation>%1: hosts ranked by progress</translation>
    </message>
    <message>
        <source>%1: the %2 best and %2 last of %3 hosts</source>
        <translation>%1: the %2 best and %2 last of %3 hosts</translation>
    </message>
    <message>
        <source>Hosts on track, near and behind plan, %1</source>
        <translation>Hosts on track, near and behind plan, %1</translation>
    </message>
    <message>
        <source>%1
%2: %3 hosts</source>
        <translation>%1
%2: %3 hosts</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <source>%1 — %2, %3: actual against plan</source>
        <translation>%1 — %2, %3: actual against plan</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>%1
Actual: %2%3 (as of %4)</source>
        <translation>%1
Actual: %2%3 (as of %4)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>Visit plan: planned and held visits, cumulative</source>
        <translation>Visit plan: planned and held visits, cumulative</translation>
    </message>
    <message>
        <source>%1 of %2 visits held</source>
        <translation>%1 of %2 visits held</translation>
    </message>
    <message>
        <source>planned visits past their date: %1</source>
        <translation>planned visits past their date: %1</translation>
    </message>
    <message>
        <source>cancelled: %1</source>
        <translation>cancelled: %1</translation>
    </message>
    <message>
        <source>Held (cumulative)</source>
        <translation>Held (cumulative)</translation>
    </message>
    <message>
        <source>Planned (cumulative)</source>
        <translation>Planned (cumulative)</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Recommendations by status at the end of each month</source>
        <translation>Recommendations by status at the end of each month</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Recommendations</translation>
    </message>
    <message>
        <source>Overdue recommendations by age, as of %1: %2</source>
        <translation>Overdue recommendations by age, as of %1: %2</translation>
    </message>
    <message>
        <source>the %1 hosts with the most, of %2 with overdue recommendations</source>
        <translation>the %1 hosts with the most, of %2 with overdue recommendations</translation>
    </message>
    <message>
        <source>1–30 days</source>
        <translation>1–30 days</translation>
    </message>
    <message>
        <source>31–60 days</source>
        <translation>31–60 days</translation>
    </message>
    <message>
        <source>61–90 days</source>
        <translation>61–90 days</translation>
    </message>
    <message>
        <source>over 90 days</source>
        <translation>over 90 days</translation>
    </message>
    <message>
        <source>Overdue recommendations</source>
        <translation>Overdue recommendations</translation>
    </message>
</context>
<context>
    <name>vt::cli</name>
    <message>
        <source>option %1 needs a value</source>
        <translation>option %1 needs a value</translation>
    </message>
    <message>
        <source>--lang must be vi or en, not &quot;%1&quot;</source>
        <translation>--lang must be vi or en, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unknown option %1</translation>
    </message>
    <message>
        <source>Try visit-tracker --help.</source>
        <translation>Try visit-tracker --help.</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 takes no arguments</translation>
    </message>
    <message>
        <source>%1 needs exactly one file</source>
        <translation>%1 needs exactly one file</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>cannot write to standard output</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Number of visits to generate.</source>
        <translation>Number of visits to generate.</translation>
    </message>
    <message>
        <source>Seed of the data set (default 1).</source>
        <translation>Seed of the data set (default 1).</translation>
    </message>
    <message>
        <source>generate needs --visits N</source>
        <translation>generate needs --visits N</translation>
    </message>
    <message>
        <source>--visits must be a whole number of at least 1, not &quot;%1&quot;</source>
        <translation>--visits must be a whole number of at least 1, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number, not &quot;%1&quot;</source>
        <translation>--seed must be a non-negative whole number, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>could not generate the visits: %1</source>
        <translation>could not generate the visits: %1</translation>
    </message>
    <message>
        <source>%1 visits generated (%2 added, %3 replaced) in %4 s: %5 visits/s</source>
        <translation>%1 visits generated (%2 added, %3 replaced) in %4 s: %5 visits/s</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 was not imported: nothing was written</source>
        <translation>%1 was not imported: nothing was written</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 was not imported: %2</translation>
    </message>
    <message>
        <source>Imported %1 visits (%2 added, %3 replaced).</source>
        <translation>Imported %1 visits (%2 added, %3 replaced).</translation>
    </message>
    <message>
        <source>export failed: %1</source>
        <translation>export failed: %1</translation>
    </message>
    <message>
        <source>the sample visits could not be added: %1</source>
        <translation>the sample visits could not be added: %1</translation>
    </message>
    <message>
        <source>Sample visits: %1 added, %2 already present.</source>
        <translation>Sample visits: %1 added, %2 already present.</translation>
    </message>
    <message>
        <source>Follow-up of recommendations</source>
        <translation>Follow-up of recommendations</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — overdue</translation>
    </message>
    <message>
        <source>Only recommendations with this status: open, in-progress, done, cancelled or overdue.</source>
        <translation>Only recommendations with this status: open, in-progress, done, cancelled or overdue.</translation>
    </message>
    <message>
        <source>Only hosts whose name contains NAME (accents optional).</source>
        <translation>Only hosts whose name contains NAME (accents optional).</translation>
    </message>
    <message>
        <source>Count overdue days as of DATE (YYYY-MM-DD) instead of today.</source>
        <translation>Count overdue days as of DATE (YYYY-MM-DD) instead of today.</translation>
    </message>
    <message>
        <source>Write to FILE (.csv, .xlsx or .pdf) instead of standard output.</source>
        <translation>Write to FILE (.csv, .xlsx or .pdf) instead of standard output.</translation>
    </message>
    <message>
        <source>--status must be one of %1 or overdue, not &quot;%2&quot;</source>
        <translation>--status must be one of %1 or overdue, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--as-of must be a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--as-of must be a date written YYYY-MM-DD, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>-o needs a file ending in .csv, .xlsx or .pdf, not &quot;%1&quot;</source>
        <translation>-o needs a file ending in .csv, .xlsx or .pdf, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>status: %1</translation>
    </message>
    <message>
        <source>host: %1</source>
        <translation>host: %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <source>--%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>--%1 must be a date written YYYY-MM-DD, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>csv (default) or json.</source>
        <translation>csv (default) or json.</translation>
    </message>
    <message>
        <source>At most N matches, newest records first (default: all).</source>
        <translation>At most N matches, newest records first (default: all).</translation>
    </message>
    <message>
        <source>search needs the text to search for</source>
        <translation>search needs the text to search for</translation>
    </message>
    <message>
        <source>--format must be csv or json, not &quot;%1&quot;</source>
        <translation>--format must be csv or json, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation>--limit must be a positive number</translation>
    </message>
    <message>
        <source>the search text has no word to search for</source>
        <translation>the search text has no word to search for</translation>
    </message>
    <message>
        <source>Only visits to hosts whose name contains NAME.</source>
        <translation>Only visits to hosts whose name contains NAME.</translation>
    </message>
    <message>
        <source>Only limitations matching TEXT.</source>
        <translation>Only limitations matching TEXT.</translation>
    </message>
    <message>
        <source>Only visits on or after DATE.</source>
        <translation>Only visits on or after DATE.</translation>
    </message>
    <message>
        <source>Only visits on or before DATE.</source>
        <translation>Only visits on or before DATE.</translation>
    </message>
    <message>
        <source>The day for overdue recommendations (default: today).</source>
        <translation>The day for overdue recommendations (default: today).</translation>
    </message>
    <message>
        <source>Write to FILE: .csv, .xlsx or .pdf.</source>
        <translation>Write to FILE: .csv, .xlsx or .pdf.</translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation>--from must not be after --to</translation>
    </message>
    <message>
        <source>cannot tell the format of %1: use .csv, .xlsx or .pdf</source>
        <translation>cannot tell the format of %1: use .csv, .xlsx or .pdf</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>Only visits matching TEXT.</source>
        <translation>Only visits matching TEXT.</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) backed up to %1</source>
        <translation>
            <numerusform>%n visit backed up to %1</numerusform>
            <numerusform>%n visits backed up to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1</source>
        <translation>
            <numerusform>%n problem found in %1</numerusform>
            <numerusform>%n problems found in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>no %1 named &quot;%2&quot;</source>
        <translation>no %1 named &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; matches several: %2</source>
        <translation>&quot;%1&quot; matches several: %2</translation>
    </message>
    <message>
        <source>Only this host (whole name or a unique part, accents optional).</source>
        <translation>Only this host (whole name or a unique part, accents optional).</translation>
    </message>
    <message>
        <source>Only visits of this delegation.</source>
        <translation>Only visits of this delegation.</translation>
    </message>
    <message>
        <source>The period, a year such as 2024 (default: the latest year with measurements).</source>
        <translation>The period, a year such as 2024 (default: the latest year with measurements).</translation>
    </message>
    <message>
        <source>Compute progress and overdue as of DATE (YYYY-MM-DD).</source>
        <translation>Compute progress and overdue as of DATE (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>hosts: the indicator compared (default: the one most hosts measured); indicators with --host: draw this indicator&apos;s history.</source>
        <translation>hosts: the indicator compared (default: the one most hosts measured); indicators with --host: draw this indicator&apos;s history.</translation>
    </message>
    <message>
        <source>Percent of plan counted as on track (default 100).</source>
        <translation>Percent of plan counted as on track (default 100).</translation>
    </message>
    <message>
        <source>Percent of plan counted as near (default 90).</source>
        <translation>Percent of plan counted as near (default 90).</translation>
    </message>
    <message>
        <source>Write to FILE (.png or .pdf).</source>
        <translation>Write to FILE (.png or .pdf).</translation>
    </message>
    <message>
        <source>chart needs one of: %1</source>
        <translation>chart needs one of: %1</translation>
    </message>
    <message>
        <source>chart needs one of %1, not &quot;%2&quot;</source>
        <translation>chart needs one of %1, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>chart needs -o FILE (.png or .pdf)</source>
        <translation>chart needs -o FILE (.png or .pdf)</translation>
    </message>
    <message>
        <source>-o needs a file ending in .png or .pdf, not &quot;%1&quot;</source>
        <translation>-o needs a file ending in .png or .pdf, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--%1 must be a percentage such as 90, not &quot;%2&quot;</source>
        <translation>--%1 must be a percentage such as 90, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>--near must not be above --on-track</source>
        <translation>--near must not be above --on-track</translation>
    </message>
    <message>
        <source>host</source>
        <translation>host</translation>
    </message>
    <message>
        <source>delegation</source>
        <translation>delegation</translation>
    </message>
    <message>
        <source>no indicators were measured by %1 for this choice</source>
        <translation>no indicators were measured by %1 for this choice</translation>
    </message>
    <message>
        <source>no indicators were measured for period &quot;%1&quot; by %2 for this choice</source>
        <translation>no indicators were measured for period &quot;%1&quot; by %2 for this choice</translation>
    </message>
    <message>
        <source>the period of a %1 chart is a year such as 2024, not &quot;%2&quot;</source>
        <translation>the period of a %1 chart is a year such as 2024, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>no indicator &quot;%1&quot; was measured for period %2</source>
        <translation>no indicator &quot;%1&quot; was measured for period %2</translation>
    </message>
    <message>
        <source>no indicator &quot;%1&quot; was measured at %2 for period %3</source>
        <translation>no indicator &quot;%1&quot; was measured at %2 for period %3</translation>
    </message>
    <message>
        <source>Only recommendations overdue by 1-30, 31-60, 61-90 or over-90 days.</source>
        <translation>Only recommendations overdue by 1-30, 31-60, 61-90 or over-90 days.</translation>
    </message>
    <message>
        <source>With --host, also the units under the matching hosts (district committees, departments).</source>
        <translation>With --host, also the units under the matching hosts (district committees, departments).</translation>
    </message>
    <message>
        <source>--age must be one of 1-30, 31-60, 61-90 or over-90, not &quot;%1&quot;</source>
        <translation>--age must be one of 1-30, 31-60, 61-90 or over-90, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>minutes or conclusion (default: conclusion).</source>
        <translation>minutes or conclusion (default: conclusion).</translation>
    </message>
    <message>
        <source>party, state or plain (default: party).</source>
        <translation>party, state or plain (default: party).</translation>
    </message>
    <message>
        <source>Take DATE (YYYY-MM-DD) as today.</source>
        <translation>Take DATE (YYYY-MM-DD) as today.</translation>
    </message>
    <message>
        <source>Date of the document (YYYY-MM-DD); the visit&apos;s date by default.</source>
        <translation>Date of the document (YYYY-MM-DD); the visit&apos;s date by default.</translation>
    </message>
    <message>
        <source>Write to FILE (.pdf, .odt or .html).</source>
        <translation>Write to FILE (.pdf, .odt or .html).</translation>
    </message>
    <message>
        <source>summary needs exactly one visit id</source>
        <translation>summary needs exactly one visit id</translation>
    </message>
    <message>
        <source>the visit id must be a positive number, not &quot;%1&quot;</source>
        <translation>the visit id must be a positive number, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--document must be minutes or conclusion, not &quot;%1&quot;</source>
        <translation>--document must be minutes or conclusion, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--style must be party, state or plain, not &quot;%1&quot;</source>
        <translation>--style must be party, state or plain, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--date must be a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--date must be a date written YYYY-MM-DD, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--capacity must be T/M, K/T, T/L or none, not &quot;%1&quot;</source>
        <translation>--capacity must be T/M, K/T, T/L or none, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>summary needs -o FILE (.pdf, .odt or .html)</source>
        <translation>summary needs -o FILE (.pdf, .odt or .html)</translation>
    </message>
    <message>
        <source>-o needs a file ending in .pdf, .odt or .html, not &quot;%1&quot;</source>
        <translation>-o needs a file ending in .pdf, .odt or .html, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>there is no visit with id %1</source>
        <translation>there is no visit with id %1</translation>
    </message>
    <message>
        <source>the fields cannot be remembered: %1</source>
        <translation>the fields cannot be remembered: %1</translation>
    </message>
    <message>
        <source>Document number, without &quot;Số&quot; (e.g. 45-TB/BTGTW).</source>
        <translation>Document number, without &quot;Số&quot; (e.g. 45-TB/BTGTW).</translation>
    </message>
    <message>
        <source>Issuing body, in capitals.</source>
        <translation>Issuing body, in capitals.</translation>
    </message>
    <message>
        <source>Superior body above the issuing body.</source>
        <translation>Superior body above the issuing body.</translation>
    </message>
    <message>
        <source>Place of the place-and-date line.</source>
        <translation>Place of the place-and-date line.</translation>
    </message>
    <message>
        <source>Name of the signer.</source>
        <translation>Name of the signer.</translation>
    </message>
    <message>
        <source>Position of the signer (e.g. TRƯỞNG ĐOÀN).</source>
        <translation>Position of the signer (e.g. TRƯỞNG ĐOÀN).</translation>
    </message>
    <message>
        <source>Signing capacity: T/M, K/T, T/L or none.</source>
        <translation>Signing capacity: T/M, K/T, T/L or none.</translation>
    </message>
    <message>
        <source>On whose behalf the signer signs (e.g. BAN THƯỜNG VỤ).</source>
        <translation>On whose behalf the signer signs (e.g. BAN THƯỜNG VỤ).</translation>
    </message>
    <message>
        <source>A recipient (&quot;Nơi nhận&quot;); repeat for each.</source>
        <translation>A recipient (&quot;Nơi nhận&quot;); repeat for each.</translation>
    </message>
    <message>
        <source>Remember the given fields for the delegation&apos;s next documents of this kind.</source>
        <translation>Remember the given fields for the delegation&apos;s next documents of this kind.</translation>
    </message>
    <message>
        <source>Usage:
  visit-tracker [--database FILE] [--lang vi|en]          open the main window
  visit-tracker [--database FILE] COMMAND [ARGUMENTS]     run a command headless

Options:
  --database FILE   the database to use (default: %1)
  --lang vi|en      the language of the interface and messages
  --help            show this help
  --version         show the version

Commands:
  import FILE.json                       import visits (all or nothing)
  export FILE.json                       export all visits (- for standard output)
  demo                                   add the sample visits
  visits [--search TEXT] [--format csv|json]
                                         list visits
  search TEXT [--format csv|json]        search visits, findings and recommendations
  limitations [--host NAME] [--search TEXT] [--from DATE] [--to DATE] [-o FILE]
                                         list limitations (.csv .xlsx .pdf)
  recommendations [--status STATUS] [--host NAME] [--age DAYS] [--as-of DATE]
                  [-o FILE]              follow-up list; STATUS: open, in-progress,
                                         done, cancelled or overdue
  summary VISIT_ID [--document minutes|conclusion] [--style party|state|plain]
                  [--as-of DATE] -o FILE print a meeting document (.pdf .odt .html)
  chart plan|indicators|hosts|recommendations [--host NAME] [--period P]
                  [--as-of DATE] -o FILE draw a progress chart (.png .pdf)
  backup FILE                            write a verified copy of the database
  check                                  check the database; prints ok or the problems
  generate --visits N [--seed S]         add synthetic visits (for benchmarks)

With --host NAME, --subordinates also covers the units under the host
(limitations, recommendations).

Exit codes: 0 success, 1 failure, 2 wrong usage.
</source>
        <translation>Usage:
  visit-tracker [--database FILE] [--lang vi|en]          open the main window
  visit-tracker [--database FILE] COMMAND [ARGUMENTS]     run a command headless

Options:
  --database FILE   the database to use (default: %1)
  --lang vi|en      the language of the interface and messages
  --help            show this help
  --version         show the version

Commands:
  import FILE.json                       import visits (all or nothing)
  export FILE.json                       export all visits (- for standard output)
  demo                                   add the sample visits
  visits [--search TEXT] [--format csv|json]
                                         list visits
  search TEXT [--format csv|json]        search visits, findings and recommendations
  limitations [--host NAME] [--search TEXT] [--from DATE] [--to DATE] [-o FILE]
                                         list limitations (.csv .xlsx .pdf)
  recommendations [--status STATUS] [--host NAME] [--age DAYS] [--as-of DATE]
                  [-o FILE]              follow-up list; STATUS: open, in-progress,
                                         done, cancelled or overdue
  summary VISIT_ID [--document minutes|conclusion] [--style party|state|plain]
                  [--as-of DATE] -o FILE print a meeting document (.pdf .odt .html)
  chart plan|indicators|hosts|recommendations [--host NAME] [--period P]
                  [--as-of DATE] -o FILE draw a progress chart (.png .pdf)
  backup FILE                            write a verified copy of the database
  check                                  check the database; prints ok or the problems
  generate --visits N [--seed S]         add synthetic visits (for benchmarks)

With --host NAME, --subordinates also covers the units under the host
(limitations, recommendations).

Exit codes: 0 success, 1 failure, 2 wrong usage.
</translation>
    </message>
    <message>
        <source>Upgrading “%1” for this version of Visit Tracker (a copy of the file as it was is kept first)…</source>
        <translation>Upgrading “%1” for this version of Visit Tracker (a copy of the file as it was is kept first)…</translation>
    </message>
</context>
<context>
    <name>vt::documents::Text</name>
    <message>
        <source>, at %1</source>
        <translation>, at %1</translation>
    </message>
    <message>
        <source>, the %1 of %2</source>
        <translation>, the %1 of %2</translation>
    </message>
    <message>
        <source> led by %1</source>
        <translation> led by %1</translation>
    </message>
    <message>
        <source> worked with %1</source>
        <translation> worked with %1</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> on %1</translation>
    </message>
    <message>
        <source>Attending for the host and as guests: %1.</source>
        <translation>Attending for the host and as guests: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Having heard the report of %1 and the views of those present, the head of the delegation concluded as follows:</source>
        <translation>Having heard the report of %1 and the views of those present, the head of the delegation concluded as follows:</translation>
    </message>
    <message>
        <source>CONCLUSION NOTICE</source>
        <translation>CONCLUSION NOTICE</translation>
    </message>
    <message>
        <source>Conclusions of the head of the %1 of %2 at the meeting with %3</source>
        <translation>Conclusions of the head of the %1 of %2 at the meeting with %3</translation>
    </message>
    <message>
        <source>Results achieved</source>
        <translation>Results achieved</translation>
    </message>
    <message>
        <source>Good models and practices:</source>
        <translation>Good models and practices:</translation>
    </message>
    <message>
        <source>Limitations</source>
        <translation>Limitations</translation>
    </message>
    <message>
        <source>Tasks for the coming period</source>
        <translation>Tasks for the coming period</translation>
    </message>
    <message>
        <source>The delegation asks %1 to carry out:</source>
        <translation>The delegation asks %1 to carry out:</translation>
    </message>
    <message>
        <source>Recommendations of earlier visits</source>
        <translation>Recommendations of earlier visits</translation>
    </message>
    <message>
        <source>The %2 sends this notice to %1 and the units concerned for their information and action.</source>
        <translation>The %2 sends this notice to %1 and the units concerned for their information and action.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Could not write “%1”: %2</translation>
    </message>
    <message>
        <source>Could not write “%1”: the PDF could not be drawn</source>
        <translation>Could not write “%1”: the PDF could not be drawn</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Conclusion notice</source>
        <translation>Conclusion notice</translation>
    </message>
    <message>
        <source>Limitation list</source>
        <translation>Limitation list</translation>
    </message>
    <message>
        <source>Follow-up report</source>
        <translation>Follow-up report</translation>
    </message>
    <message>
        <source>Party (Hướng dẫn 36-HD/VPTW)</source>
        <translation>Party (Hướng dẫn 36-HD/VPTW)</translation>
    </message>
    <message>
        <source>State (Nghị định 30/2020/NĐ-CP)</source>
        <translation>State (Nghị định 30/2020/NĐ-CP)</translation>
    </message>
    <message>
        <source>Plain, in the interface language</source>
        <translation>Plain, in the interface language</translation>
    </message>
    <message>
        <source>Follow-up of recommendations</source>
        <translation>Follow-up of recommendations</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Host organisation</source>
        <translation>Host organisation</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Latest update</source>
        <translation>Latest update</translation>
    </message>
    <message>
        <source>Deputy head of the delegation</source>
        <translation>Deputy head of the delegation</translation>
    </message>
    <message>
        <source>Head of the delegation</source>
        <translation>Head of the delegation</translation>
    </message>
    <message>
        <source>File copy: %1</source>
        <translation>File copy: %1</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Time:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Content:</source>
        <translation>Content:</translation>
    </message>
    <message>
        <source>Chair:</source>
        <translation>Chair:</translation>
    </message>
    <message>
        <source>Minute-taker:</source>
        <translation>Minute-taker:</translation>
    </message>
    <message>
        <source>I. ATTENDANCE</source>
        <translation>I. ATTENDANCE</translation>
    </message>
    <message>
        <source>The %1 of %2:</source>
        <translation>The %1 of %2:</translation>
    </message>
    <message>
        <source>Invited guests:</source>
        <translation>Invited guests:</translation>
    </message>
    <message>
        <source>Absent:</source>
        <translation>Absent:</translation>
    </message>
    <message>
        <source>II. PROCEEDINGS</source>
        <translation>II. PROCEEDINGS</translation>
    </message>
    <message>
        <source>%1 reported.</source>
        <translation>%1 reported.</translation>
    </message>
    <message>
        <source>Figures of the report:</source>
        <translation>Figures of the report:</translation>
    </message>
    <message>
        <source>Indicators against plan:</source>
        <translation>Indicators against plan:</translation>
    </message>
    <message>
        <source>Discussion:</source>
        <translation>Discussion:</translation>
    </message>
    <message>
        <source>III. CONCLUSIONS</source>
        <translation>III. CONCLUSIONS</translation>
    </message>
    <message>
        <source>Results achieved:</source>
        <translation>Results achieved:</translation>
    </message>
    <message>
        <source>Limitations:</source>
        <translation>Limitations:</translation>
    </message>
    <message>
        <source>Other observations:</source>
        <translation>Other observations:</translation>
    </message>
    <message>
        <source>Recommendations:</source>
        <translation>Recommendations:</translation>
    </message>
    <message>
        <source>MINUTES</source>
        <translation>MINUTES</translation>
    </message>
    <message>
        <source>Meeting of the %1 of %2 with %3</source>
        <translation>Meeting of the %1 of %2 with %3</translation>
    </message>
    <message>
        <source>The meeting ended on the same day. The minutes were read to those present, who agreed with them.</source>
        <translation>The meeting ended on the same day. The minutes were read to those present, who agreed with them.</translation>
    </message>
    <message>
        <source>MINUTE-TAKER</source>
        <translation>MINUTE-TAKER</translation>
    </message>
    <message>
        <source>CHAIR</source>
        <translation>CHAIR</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>place, date</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>working delegation</source>
        <translation>working delegation</translation>
    </message>
    <message>
        <source>inspection delegation</source>
        <translation>inspection delegation</translation>
    </message>
    <message>
        <source>supervision delegation</source>
        <translation>supervision delegation</translation>
    </message>
    <message>
        <source>survey delegation</source>
        <translation>survey delegation</translation>
    </message>
    <message>
        <source> — reason: %1</source>
        <translation> — reason: %1</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>on %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>% of plan</source>
        <translation>% of plan</translation>
    </message>
    <message>
        <source>Earlier recommendation</source>
        <translation>Earlier recommendation</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source> (visit of %1</source>
        <translation> (visit of %1</translation>
    </message>
    <message>
        <source>, deadline %1</source>
        <translation>, deadline %1</translation>
    </message>
    <message>
        <source>PHOTOGRAPHS</source>
        <translation>PHOTOGRAPHS</translation>
    </message>
    <message numerus="yes">
        <source>%1, overdue %Ln day(s)</source>
        <translation>
            <numerusform>%1, overdue %Ln day</numerusform>
            <numerusform>%1, overdue %Ln days</numerusform>
        </translation>
    </message>
</context>
</TS>
