<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>Something went wrong</source>
        <extracomment>How long the window gets to lay itself out and load its first pages before a screenshot.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error occurred. What you saved is safe; the details are in the log file in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data was written by a newer version of Outreach Log. Please update the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Answered on the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred onward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4, one per sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A5, two per A4 sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A6, four per A4 sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tri-fold A4 landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>Set a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 09:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names, separated by 、 or commas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township / county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person agreed to leave contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Village / community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client agreed to keep personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when stock falls below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaflet design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaflets handed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <extracomment>Content address of the file in the data dir&apos;s photo folder.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Unknown columns: {columns}. Use the headers of the ledger template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required columns are missing: {columns}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot;: no leaflet design is titled &quot;{title}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot;: several leaflet designs are titled &quot;{title}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns &quot;{first}&quot; and &quot;{second}&quot; hold the same thing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: its first row should hold the headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has column headers but no rows below them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of row {first}: add a start time to tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of row {first}: same date, start time, place and venue kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cell has a value but its column has no header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed while it was being imported. Import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}, column &quot;{column}&quot;: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: this file cannot be read as a ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported. Rows with errors: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct these rows and import the whole file again; nothing will be doubled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows imported: {rows} (new: {added}, updated: {updated}, unchanged: {unchanged}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved, but worth a second look:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and {count} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not UTF-8 or GBK text. In Excel, save it as &quot;CSV UTF-8&quot; or as .xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old Excel files (.xls) cannot be read. In Excel, save it as .xlsx first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file looks like an Excel workbook but cannot be read; it may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line {line} of the file cannot be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>Outreach session</source>
        <extracomment>The date the list is sorted and filtered by (newest first). Fields a free-text search looks in. Field shown when another record links to this one.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special-group visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special-group visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaflet design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaflet designs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaflets handed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference list entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference lists</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Leaflets</name>
    <message>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running low: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print runs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Outreach Log</source>
        <extracomment>Show a progress dialog only for work that takes longer than this (no flashing).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaflets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Outreach Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to go to head office</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import an activity ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ledgers (*.csv *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Outreach Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach Log records financial-literacy outreach offline and sends it to head office.
Data folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Edit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard restored input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data (kept only with consent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and add another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input that was not saved last time has been restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was changed elsewhere (for example by sync) while you were editing. Close the form and open it again; your input is kept as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard what you typed in this form?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add consultations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete this record? It stays in the history and the deletion is sent to head office.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Leaflets handed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leaflet designs yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number, such as 25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be at least {minimum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be at most {maximum}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a date such as 2026-03-15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a time such as 09:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most {max_length} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter yes or no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not in the reference list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The linked record does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;{value}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong kind of value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal details may only be kept with the person&apos;s consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end time is before the start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More consultations than people in the audience: please check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up is needed but no contact details were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An audience of {value} is unusually large: please check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
