<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <source>Something went wrong</source>
        <extracomment>How long the window gets to lay itself out and load its first pages before a screenshot.</extracomment>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>An unexpected error occurred. What you saved is safe; the details are in the log file in %1.</source>
        <translation>An unexpected error occurred. What you saved is safe; the details are in the log file in %1.</translation>
    </message>
    <message>
        <source>Outreach Log</source>
        <translation>Outreach Log</translation>
    </message>
    <message>
        <source>The data file %1 is damaged. It is left as it is.</source>
        <translation>The data file %1 is damaged. It is left as it is.</translation>
    </message>
    <message>
        <source>Put back the copy the app made on %1? What reached head office since then comes back at the next sync; what was recorded after the copy and never reached head office cannot be brought back.</source>
        <translation>Put back the copy the app made on %1? What reached head office since then comes back at the next sync; what was recorded after the copy and never reached head office cannot be brought back.</translation>
    </message>
    <message>
        <source>Put back the copy</source>
        <translation>Put back the copy</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Answered on the spot</source>
        <translation>Answered on the spot</translation>
    </message>
    <message>
        <source>Referred onward</source>
        <translation>Referred onward</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>Partly done</translation>
    </message>
    <message>
        <source>Could not be done</source>
        <translation>Could not be done</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>A4, one per sheet</source>
        <translation>A4, one per sheet</translation>
    </message>
    <message>
        <source>A5, two per A4 sheet</source>
        <translation>A5, two per A4 sheet</translation>
    </message>
    <message>
        <source>A6, four per A4 sheet</source>
        <translation>A6, four per A4 sheet</translation>
    </message>
    <message>
        <source>Tri-fold A4 landscape</source>
        <translation>Tri-fold A4 landscape</translation>
    </message>
    <message>
        <source>The link itself</source>
        <translation>The link itself</translation>
    </message>
    <message>
        <source>Head office's counted short link</source>
        <translation>Head office's counted short link</translation>
    </message>
    <message>
        <source>Venue kinds</source>
        <translation>Venue kinds</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Consultation categories</source>
        <translation>Consultation categories</translation>
    </message>
    <message>
        <source>Special groups</source>
        <translation>Special groups</translation>
    </message>
    <message>
        <source>Service kinds</source>
        <translation>Service kinds</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Partner organisations</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>Set a date</source>
        <translation>Set a date</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <extracomment>The label of a value the list does not offer (a retired entry, an old or deleted record that is linked to).</extracomment>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>e.g. 09:30</source>
        <translation>e.g. 09:30</translation>
    </message>
    <message>
        <source>names, separated by 、 or commas</source>
        <translation>names, separated by 、 or commas</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Start time</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>End time</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Township / county</source>
        <translation>Township / county</translation>
    </message>
    <message>
        <source>Venue kind</source>
        <translation>Venue kind</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Partner organisations</translation>
    </message>
    <message>
        <source>Staff present</source>
        <translation>Staff present</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Consultations answered</source>
        <translation>Consultations answered</translation>
    </message>
    <message>
        <source>Held online</source>
        <translation>Held online</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Business category</source>
        <translation>Business category</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer given</source>
        <translation>Answer given</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Special group</source>
        <translation>Special group</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>Follow-up needed</translation>
    </message>
    <message>
        <source>Person agreed to leave contact details</source>
        <translation>Person agreed to leave contact details</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>Contact name</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <source>Village / community</source>
        <translation>Village / community</translation>
    </message>
    <message>
        <source>Services given</source>
        <translation>Services given</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>Follow-up date</translation>
    </message>
    <message>
        <source>Client agreed to keep personal details</source>
        <translation>Client agreed to keep personal details</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Client name</translation>
    </message>
    <message>
        <source>Client phone</source>
        <translation>Client phone</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Client address</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>Body text</translation>
    </message>
    <message>
        <source>QR code link</source>
        <extracomment>The design's own link when the run was printed: where a tracked code should lead.</extracomment>
        <translation>QR code link</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Warn when stock falls below</source>
        <translation>Warn when stock falls below</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Picture (checksum)</source>
        <extracomment>Content address (sha256) of a picture in the data dir's content-addressed file store.</extracomment>
        <translation>Picture (checksum)</translation>
    </message>
    <message>
        <source>Footer line</source>
        <extracomment>Printed at the bottom of every leaflet: the bank, its hotline, the campaign.</extracomment>
        <translation>Footer line</translation>
    </message>
    <message>
        <source>QR code leads to</source>
        <translation>QR code leads to</translation>
    </message>
    <message>
        <source>Leaflet design</source>
        <translation>Leaflet design</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>Printed on</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Copies</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <extracomment>Made on the device when the run is printed (short, URL-safe, unguessable); head office learns it from this record at the next sync and counts scans of /q/&lt;code&gt; against it.</extracomment>
        <translation>Tracking code</translation>
    </message>
    <message>
        <source>Printed QR link</source>
        <extracomment>Exactly what the printed QR code says.</extracomment>
        <translation>Printed QR link</translation>
    </message>
    <message>
        <source>Leaflets handed out</source>
        <translation>Leaflets handed out</translation>
    </message>
    <message>
        <source>Checksum</source>
        <extracomment>Content address of the file in the data dir's photo folder.</extracomment>
        <translation>Checksum</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>File name</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Team</source>
        <extracomment>Personal data (names, phones, addresses): shown only where needed, needs consent to keep. For REF/REFS: which reference list the codes come from. For LINK: the kind of the linked record. Dates that describe something that already happened cannot lie in the future. Shown as a column in the section's list. Import/export column headers besides the field name (Chinese ledgers, older templates). Filled by the form with the last value the user typed (place, staff...). Set by the app (checksums, tracking codes), not typed: forms leave it alone. Columns every record table has. The sync protocol ships them with each record. A record's team (a meta column) described as a field, for lists that show several teams' records (a supervisor's laptop).</extracomment>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Created</source>
        <translation>Created</translation>
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
        <source>Restored</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Received from head office</source>
        <translation>Received from head office</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>History: %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Unknown columns: {columns}. Use the headers of the ledger template.</source>
        <translation>Unknown columns: {columns}. Use the headers of the ledger template.</translation>
    </message>
    <message>
        <source>Required columns are missing: {columns}.</source>
        <translation>Required columns are missing: {columns}.</translation>
    </message>
    <message>
        <source>Column "{column}": no leaflet design is titled "{title}".</source>
        <translation>Column "{column}": no leaflet design is titled "{title}".</translation>
    </message>
    <message>
        <source>Column "{column}": several leaflet designs are titled "{title}".</source>
        <translation>Column "{column}": several leaflet designs are titled "{title}".</translation>
    </message>
    <message>
        <source>Columns "{first}" and "{second}" hold the same thing.</source>
        <translation>Columns "{first}" and "{second}" hold the same thing.</translation>
    </message>
    <message>
        <source>The file is empty: its first row should hold the headers.</source>
        <translation>The file is empty: its first row should hold the headers.</translation>
    </message>
    <message>
        <source>The file has column headers but no rows below them.</source>
        <translation>The file has column headers but no rows below them.</translation>
    </message>
    <message>
        <source>Duplicate of row {first}: add a start time to tell them apart.</source>
        <translation>Duplicate of row {first}: add a start time to tell them apart.</translation>
    </message>
    <message>
        <source>Duplicate of row {first}: same date, start time, place and venue kind.</source>
        <translation>Duplicate of row {first}: same date, start time, place and venue kind.</translation>
    </message>
    <message>
        <source>This cell has a value but its column has no header.</source>
        <translation>This cell has a value but its column has no header.</translation>
    </message>
    <message>
        <source>Row {row}, column "{column}": {message}</source>
        <translation>Row {row}, column "{column}": {message}</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>Row {row}: {message}</translation>
    </message>
    <message>
        <source>Nothing was imported: this file cannot be read as a ledger.</source>
        <translation>Nothing was imported: this file cannot be read as a ledger.</translation>
    </message>
    <message>
        <source>Nothing was imported. Rows with errors: {count}.</source>
        <translation>Nothing was imported. Rows with errors: {count}.</translation>
    </message>
    <message>
        <source>Correct these rows and import the whole file again; nothing will be doubled.</source>
        <translation>Correct these rows and import the whole file again; nothing will be doubled.</translation>
    </message>
    <message>
        <source>Rows imported: {rows} (new: {added}, updated: {updated}, unchanged: {unchanged}).</source>
        <translation>Rows imported: {rows} (new: {added}, updated: {updated}, unchanged: {unchanged}).</translation>
    </message>
    <message>
        <source>Saved, but worth a second look:</source>
        <translation>Saved, but worth a second look:</translation>
    </message>
    <message>
        <source>... and {count} more.</source>
        <translation>... and {count} more.</translation>
    </message>
    <message>
        <source>The file could not be opened: {reason}</source>
        <translation>The file could not be opened: {reason}</translation>
    </message>
    <message>
        <source>The file is not UTF-8 or GBK text. In Excel, save it as "CSV UTF-8" or as .xlsx.</source>
        <translation>The file is not UTF-8 or GBK text. In Excel, save it as "CSV UTF-8" or as .xlsx.</translation>
    </message>
    <message>
        <source>Old Excel files (.xls) cannot be read. In Excel, save it as .xlsx first.</source>
        <translation>Old Excel files (.xls) cannot be read. In Excel, save it as .xlsx first.</translation>
    </message>
    <message>
        <source>The file looks like an Excel workbook but cannot be read; it may be damaged.</source>
        <translation>The file looks like an Excel workbook but cannot be read; it may be damaged.</translation>
    </message>
    <message>
        <source>Line {line} of the file cannot be read: {reason}</source>
        <translation>Line {line} of the file cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Line {line} of the file has a cell of more than {limit} characters (a quote left open?).</source>
        <translation>Line {line} of the file has a cell of more than {limit} characters (a quote left open?).</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>Outreach session</source>
        <extracomment>The date the list is sorted and filtered by (newest first). Fields a free-text search looks in. Field shown when another record links to this one.</extracomment>
        <translation>Outreach session</translation>
    </message>
    <message>
        <source>Outreach sessions</source>
        <translation>Outreach sessions</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Special-group visit</source>
        <translation>Special-group visit</translation>
    </message>
    <message>
        <source>Special-group visits</source>
        <translation>Special-group visits</translation>
    </message>
    <message>
        <source>Leaflet design</source>
        <translation>Leaflet design</translation>
    </message>
    <message>
        <source>Leaflet designs</source>
        <translation>Leaflet designs</translation>
    </message>
    <message>
        <source>Print run</source>
        <translation>Print run</translation>
    </message>
    <message>
        <source>Print runs</source>
        <translation>Print runs</translation>
    </message>
    <message>
        <source>Leaflets handed out</source>
        <translation>Leaflets handed out</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Reference list entry</source>
        <translation>Reference list entry</translation>
    </message>
    <message>
        <source>Reference lists</source>
        <translation>Reference lists</translation>
    </message>
</context>
<context>
    <name>LeafletPrint</name>
    <message>
        <source>Print: %1</source>
        <extracomment>Show a progress dialog only for work that takes longer than this (no flashing).</extracomment>
        <translation>Print: %1</translation>
    </message>
    <message>
        <source>Export PDF: %1</source>
        <translation>Export PDF: %1</translation>
    </message>
    <message>
        <source>Printed: %1 (a new code for this run). The code leads to the design's link once this laptop has synced with head office: sync before handing out.</source>
        <translation>Printed: %1 (a new code for this run). The code leads to the design's link once this laptop has synced with head office: sync before handing out.</translation>
    </message>
    <message>
        <source>Leaflets</source>
        <translation>Leaflets</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Number of leaflets</source>
        <translation>Number of leaflets</translation>
    </message>
    <message>
        <source>The design's own link</source>
        <translation>The design's own link</translation>
    </message>
    <message>
        <source>A short link through head office that counts scans</source>
        <translation>A short link through head office that counts scans</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message numerus="yes">
        <source>%n sheet(s) of A4</source>
        <translation><numerusform>%n sheet of A4</numerusform><numerusform>%n sheets of A4</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n leaflet(s)</source>
        <translation><numerusform>%n leaflet</numerusform><numerusform>%n leaflets</numerusform></translation>
    </message>
    <message>
        <source>This design has no QR code link.</source>
        <translation>This design has no QR code link.</translation>
    </message>
    <message>
        <source>Printed: %1. Connect this laptop to head office to count scans.</source>
        <translation>Printed: %1. Connect this laptop to head office to count scans.</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>Printed: %1</translation>
    </message>
    <message>
        <source>The leaflet could not be made: %1</source>
        <translation>The leaflet could not be made: %1</translation>
    </message>
    <message>
        <source>Print preview: %1 (%2 sheets)</source>
        <translation>Print preview: %1 (%2 sheets)</translation>
    </message>
    <message>
        <source>Export leaflets as PDF</source>
        <translation>Export leaflets as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
</context>
<context>
    <name>Leaflets</name>
    <message>
        <source>Give --list, or --design, --copies and --out.</source>
        <translation>Give --list, or --design, --copies and --out.</translation>
    </message>
    <message>
        <source>The tracked code leads to the design's link once this laptop has synced with head office: sync before handing the leaflets out.</source>
        <translation>The tracked code leads to the design's link once this laptop has synced with head office: sync before handing the leaflets out.</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Handed out</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <source>All teams together</source>
        <extracomment>A supervisor's laptop holds every team's print runs and sessions: one team's stock.</extracomment>
        <translation>All teams together</translation>
    </message>
    <message>
        <source>Warn below</source>
        <translation>Warn below</translation>
    </message>
    <message>
        <source>Running low: %1</source>
        <translation>Running low: %1</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Designs</source>
        <translation>Designs</translation>
    </message>
    <message>
        <source>Print runs</source>
        <translation>Print runs</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Picture</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>Choose a picture…</translation>
    </message>
    <message>
        <source>Remove the picture</source>
        <translation>Remove the picture</translation>
    </message>
    <message>
        <source>Choose a picture for the leaflet</source>
        <translation>Choose a picture for the leaflet</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Pictures (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No font with Chinese characters was found, so the leaflet would print boxes instead of text. Install the WenQuanYi Micro Hei font (Debian and Ubuntu: fonts-wqy-microhei) and try again.</source>
        <extracomment>File names of fonts known to cover Simplified Chinese, best first.</extracomment>
        <translation>No font with Chinese characters was found, so the leaflet would print boxes instead of text. Install the WenQuanYi Micro Hei font (Debian and Ubuntu: fonts-wqy-microhei) and try again.</translation>
    </message>
    <message>
        <source>No leaflet design is called “{detail}”.</source>
        <extracomment>The store settings that hold head office's address once the laptop is enrolled, and its public address for short links when head office announces one (sync.client keeps both). Characters of a tracking code: 8 of base32 (A-Z, 2-7) is 40 random bits. Fixed words printed on a leaflet, in the leaflet's own language (not the window's).</extracomment>
        <translation>No leaflet design is called “{detail}”.</translation>
    </message>
    <message>
        <source>Several leaflet designs are called “{detail}”: give its id instead.</source>
        <translation>Several leaflet designs are called “{detail}”: give its id instead.</translation>
    </message>
    <message>
        <source>The number of copies must be a whole number from 1 to {detail}.</source>
        <translation>The number of copies must be a whole number from 1 to {detail}.</translation>
    </message>
    <message>
        <source>Unknown layout “{detail}”.</source>
        <translation>Unknown layout “{detail}”.</translation>
    </message>
    <message>
        <source>Unknown kind of QR code “{detail}”: use direct or tracked.</source>
        <translation>Unknown kind of QR code “{detail}”: use direct or tracked.</translation>
    </message>
    <message>
        <source>Tracked QR codes need a laptop connected to head office. Print with the direct link, or connect first.</source>
        <translation>Tracked QR codes need a laptop connected to head office. Print with the direct link, or connect first.</translation>
    </message>
    <message>
        <source>This design has no QR code link, so there is nothing to track.</source>
        <translation>This design has no QR code link, so there is nothing to track.</translation>
    </message>
    <message>
        <source>The PDF could not be written: {detail}</source>
        <translation>The PDF could not be written: {detail}</translation>
    </message>
    <message>
        <source>{detail} is a folder: give the PDF's file name, such as {detail}/leaflet.pdf.</source>
        <translation>{detail} is a folder: give the PDF's file name, such as {detail}/leaflet.pdf.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Outreach Log</source>
        <extracomment>Show a progress dialog only for work that takes longer than this (no flashing).</extracomment>
        <translation>Outreach Log</translation>
    </message>
    <message>
        <source>demo records, never sent to head office</source>
        <translation>demo records, never sent to head office</translation>
    </message>
    <message>
        <source>Leaflets</source>
        <translation>Leaflets</translation>
    </message>
    <message>
        <source>Reference lists</source>
        <translation>Reference lists</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Import ledger…</source>
        <translation>&amp;Import ledger…</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Open &amp;data folder</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Outreach Log</source>
        <translation>&amp;About Outreach Log</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>not enrolled</translation>
    </message>
    <message>
        <source>Supervisor (%1): every team's records</source>
        <translation>Supervisor (%1): every team's records</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Reference lists come from head office: ask head office to change an entry.</source>
        <translation>Reference lists come from head office: ask head office to change an entry.</translation>
    </message>
    <message>
        <source>Import an activity ledger</source>
        <translation>Import an activity ledger</translation>
    </message>
    <message>
        <source>Ledgers (*.csv *.xlsx)</source>
        <translation>Ledgers (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Nothing was imported</translation>
    </message>
    <message>
        <source>About Outreach Log</source>
        <translation>About Outreach Log</translation>
    </message>
    <message>
        <source>Outreach Log records financial-literacy outreach offline and sends it to head office.
Data folder: %1</source>
        <translation>Outreach Log records financial-literacy outreach offline and sends it to head office.
Data folder: %1</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Edit: %1</source>
        <translation>Edit: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <source>Discard restored input</source>
        <translation>Discard restored input</translation>
    </message>
    <message>
        <source>Personal data (kept only with consent)</source>
        <translation>Personal data (kept only with consent)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save and add another</source>
        <translation>Save and add another</translation>
    </message>
    <message>
        <source>Input that was not saved last time has been restored.</source>
        <translation>Input that was not saved last time has been restored.</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Save anyway</translation>
    </message>
    <message>
        <source>This record was changed elsewhere (for example by sync) while you were editing. Close the form and open it again; your input is kept as a draft.</source>
        <translation>This record was changed elsewhere (for example by sync) while you were editing. Close the form and open it again; your input is kept as a draft.</translation>
    </message>
    <message>
        <source>Discard what you typed in this form?</source>
        <translation>Discard what you typed in this form?</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Search…</source>
        <translation>Search…</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation>All: %1</translation>
    </message>
    <message>
        <source>All lists</source>
        <translation>All lists</translation>
    </message>
    <message>
        <source>New…</source>
        <extracomment>A supervisor's laptop holds every team's records: say whose, and filter by team.</extracomment>
        <translation>New…</translation>
    </message>
    <message>
        <source>Add consultations…</source>
        <translation>Add consultations…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation><numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
    <message>
        <source>“from” is after “to”</source>
        <translation>“from” is after “to”</translation>
    </message>
    <message>
        <source>Delete this record? It stays in the history and the deletion is sent to head office.</source>
        <translation>Delete this record? It stays in the history and the deletion is sent to head office.</translation>
    </message>
    <message>
        <source>%1 linked to it (%2) stay, with a link to the deleted record.</source>
        <translation>%1 linked to it (%2) stay, with a link to the deleted record.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Leaflets handed out</source>
        <translation>Leaflets handed out</translation>
    </message>
    <message>
        <source>No leaflet designs yet.</source>
        <translation>No leaflet designs yet.</translation>
    </message>
    <message>
        <source>%1 in stock</source>
        <translation>%1 in stock</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Add photos</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>Pictures (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot use the data folder {path}: {reason}</source>
        <translation>Cannot use the data folder {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} is not an Outreach Log store, or it is damaged. It was left as it is: put the app's daily copy in its place (outreach restore; the copies are in {backups}), or choose another data folder.</source>
        <translation>{path} is not an Outreach Log store, or it is damaged. It was left as it is: put the app's daily copy in its place (outreach restore; the copies are in {backups}), or choose another data folder.</translation>
    </message>
    <message>
        <source>The store in {path} is busy in another program; close it and try again.</source>
        <translation>The store in {path} is busy in another program; close it and try again.</translation>
    </message>
    <message>
        <source>There is no whole copy of the store in {path}.</source>
        <translation>There is no whole copy of the store in {path}.</translation>
    </message>
    <message>
        <source>There is no copy {path}.</source>
        <translation>There is no copy {path}.</translation>
    </message>
    <message>
        <source>The copy {path} is damaged too: choose another one beside it.</source>
        <translation>The copy {path} is damaged too: choose another one beside it.</translation>
    </message>
    <message>
        <source>The data in {path} was written by a newer version of Outreach Log. Please update the app.</source>
        <translation>The data in {path} was written by a newer version of Outreach Log. Please update the app.</translation>
    </message>
    <message>
        <source>The store is now the copy {copy}; the store as it was is kept in {aside}. What was sent to head office since the copy comes back at the next sync.</source>
        <translation>The store is now the copy {copy}; the store as it was is kept in {aside}. What was sent to head office since the copy comes back at the next sync.</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Connected to head office as team {team}.</source>
        <translation>Connected to head office as team {team}.</translation>
    </message>
    <message>
        <source>Kept on this laptop, refused by head office ({count}):</source>
        <translation>Kept on this laptop, refused by head office ({count}):</translation>
    </message>
    <message>
        <source>Your edits that gave way to later edits made elsewhere ({count}):</source>
        <translation>Your edits that gave way to later edits made elsewhere ({count}):</translation>
    </message>
    <message>
        <source>Connect to head office…</source>
        <translation>Connect to head office…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Demo records stay on this laptop.</source>
        <translation>Demo records stay on this laptop.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to go to head office</source>
        <translation><numerusform>%n change waiting to go to head office</numerusform><numerusform>%n changes waiting to go to head office</numerusform></translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>last sync %1</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>syncing…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused by head office</source>
        <translation><numerusform>%n change refused by head office</numerusform><numerusform>%n changes refused by head office</numerusform></translation>
    </message>
    <message>
        <source>%n of your edits gave way to later ones</source>
        <translation>%n of your edits gave way to later ones</translation>
    </message>
    <message>
        <source>Connect to head office</source>
        <translation>Connect to head office</translation>
    </message>
    <message>
        <source>Ask head office for an enrolment code. Paste the text of its QR code, or type the address and the code.</source>
        <translation>Ask head office for an enrolment code. Paste the text of its QR code, or type the address and the code.</translation>
    </message>
    <message>
        <source>Head-office address</source>
        <translation>Head-office address</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>Enrolment code</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enter the enrolment code.</source>
        <translation>Enter the enrolment code.</translation>
    </message>
    <message>
        <source>Connecting failed: %1</source>
        <translation>Connecting failed: %1</translation>
    </message>
    <message>
        <source>Changes refused by head office</source>
        <translation>Changes refused by head office</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Edits that gave way to later ones</source>
        <translation>Edits that gave way to later ones</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What gave way</source>
        <translation>What gave way</translation>
    </message>
    <message>
        <source>Seen: clear the list</source>
        <translation>Seen: clear the list</translation>
    </message>
    <message>
        <source>Not allowed for this laptop's team.</source>
        <translation>Not allowed for this laptop's team.</translation>
    </message>
    <message>
        <source>Head office holds another change under this laptop's number: its data was copied to another laptop, or put back from an older copy. Ask head office for a new enrolment code, connect again, then send this again.</source>
        <translation>Head office holds another change under this laptop's number: its data was copied to another laptop, or put back from an older copy. Ask head office for a new enrolment code, connect again, then send this again.</translation>
    </message>
    <message>
        <source>This laptop's clock ran ahead of head office's when it was saved: it is stamped again by head office's time and sent again at the next sync.</source>
        <translation>This laptop's clock ran ahead of head office's when it was saved: it is stamped again by head office's time and sent again at the next sync.</translation>
    </message>
    <message>
        <source>{field}: you had {lost}, the later edit has {kept}</source>
        <translation>{field}: you had {lost}, the later edit has {kept}</translation>
    </message>
    <message>
        <source>you deleted it; a later edit kept it</source>
        <translation>you deleted it; a later edit kept it</translation>
    </message>
    <message>
        <source>a later edit made elsewhere deleted it</source>
        <translation>a later edit made elsewhere deleted it</translation>
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
        <source>This laptop is not connected to head office yet.</source>
        <extracomment>Head office's public address for tracked QR links, when it announces one (LINKS_HEADER). This laptop's edits that gave way to later ones elsewhere (sync.refusals shows them), and the last such conflict head office has told it of. At most this many are kept to show; older ones stay at head office. Why a sync failed, in words the user reads (translated in the UI, context "Sync").</extracomment>
        <translation>This laptop is not connected to head office yet.</translation>
    </message>
    <message>
        <source>Head office cannot be reached at {server} (no network?).</source>
        <translation>Head office cannot be reached at {server} (no network?).</translation>
    </message>
    <message>
        <source>Head office does not know this laptop.</source>
        <translation>Head office does not know this laptop.</translation>
    </message>
    <message>
        <source>Head office has revoked this laptop's access. Ask for a new enrolment code.</source>
        <translation>Head office has revoked this laptop's access. Ask for a new enrolment code.</translation>
    </message>
    <message>
        <source>This app and head office speak different versions: please update the app.</source>
        <translation>This app and head office speak different versions: please update the app.</translation>
    </message>
    <message>
        <source>Head office had a problem; it will be retried.</source>
        <translation>Head office had a problem; it will be retried.</translation>
    </message>
    <message>
        <source>Head office refused the request: {detail}</source>
        <translation>Head office refused the request: {detail}</translation>
    </message>
    <message>
        <source>The enrolment code is not valid: {detail}</source>
        <translation>The enrolment code is not valid: {detail}</translation>
    </message>
    <message>
        <source>The head-office address is not valid (it looks like http://192.168.1.10:8765).</source>
        <translation>The head-office address is not valid (it looks like http://192.168.1.10:8765).</translation>
    </message>
    <message>
        <source>Enter head office's address (it looks like http://192.168.1.10:8765).</source>
        <translation>Enter head office's address (it looks like http://192.168.1.10:8765).</translation>
    </message>
    <message>
        <source>No Outreach Log head office answers at this address: check it.</source>
        <translation>No Outreach Log head office answers at this address: check it.</translation>
    </message>
    <message>
        <source>Head office does not know this enrolment code: check it, or ask for a new one.</source>
        <translation>Head office does not know this enrolment code: check it, or ask for a new one.</translation>
    </message>
    <message>
        <source>This enrolment code has been used already: ask head office for a new one.</source>
        <translation>This enrolment code has been used already: ask head office for a new one.</translation>
    </message>
    <message>
        <source>This enrolment code has expired: ask head office for a new one.</source>
        <translation>This enrolment code has expired: ask head office for a new one.</translation>
    </message>
    <message>
        <source>This laptop holds team {detail}'s records, and the code is for another team (it stays unused). To work for another team, start the app on a new data folder.</source>
        <translation>This laptop holds team {detail}'s records, and the code is for another team (it stays unused). To work for another team, start the app on a new data folder.</translation>
    </message>
    <message>
        <source>These are demo records: they stay on this laptop. Connect from your own data (the app started without --demo).</source>
        <translation>These are demo records: they stay on this laptop. Connect from your own data (the app started without --demo).</translation>
    </message>
    <message>
        <source>Sent {pushed}, refused {refused}, conflicts {conflicts}</source>
        <extracomment>The address tried, for the user to check it. Changes stamped ahead of head office's clock (this laptop's ran ahead), stamped again by head office's time: the new stamp by the old.</extracomment>
        <translation>Sent {pushed}, refused {refused}, conflicts {conflicts}</translation>
    </message>
    <message>
        <source>Received {pulled}, new or changed here {applied}</source>
        <translation>Received {pulled}, new or changed here {applied}</translation>
    </message>
    <message>
        <source>Photos uploaded: {photos}; design pictures received: {pictures}</source>
        <translation>Photos uploaded: {photos}; design pictures received: {pictures}</translation>
    </message>
</context>
<context>
    <name>System</name>
    <message>
        <source>no such file or folder</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <source>no permission</source>
        <translation>no permission</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>it is a folder, not a file</translation>
    </message>
    <message>
        <source>a file of that name is in the way</source>
        <translation>a file of that name is in the way</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>the disk is read-only</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <source>the disk cannot be read (damaged, or taken out?)</source>
        <translation>the disk cannot be read (damaged, or taken out?)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Enter a whole number, such as 25.</source>
        <translation>Enter a whole number, such as 25.</translation>
    </message>
    <message>
        <source>Must be at least {minimum}.</source>
        <translation>Must be at least {minimum}.</translation>
    </message>
    <message>
        <source>Must be at most {maximum}.</source>
        <translation>Must be at most {maximum}.</translation>
    </message>
    <message>
        <source>Enter a date such as 2026-03-15.</source>
        <translation>Enter a date such as 2026-03-15.</translation>
    </message>
    <message>
        <source>This date lies in the future.</source>
        <translation>This date lies in the future.</translation>
    </message>
    <message>
        <source>Enter a time such as 09:30.</source>
        <translation>Enter a time such as 09:30.</translation>
    </message>
    <message>
        <source>At most {max_length} characters.</source>
        <translation>At most {max_length} characters.</translation>
    </message>
    <message>
        <source>Enter yes or no.</source>
        <translation>Enter yes or no.</translation>
    </message>
    <message>
        <source>"{value}" is not one of the choices.</source>
        <translation>"{value}" is not one of the choices.</translation>
    </message>
    <message>
        <source>"{value}" is not in the reference list.</source>
        <translation>"{value}" is not in the reference list.</translation>
    </message>
    <message>
        <source>The linked record does not exist.</source>
        <translation>The linked record does not exist.</translation>
    </message>
    <message>
        <source>Unknown field "{value}".</source>
        <translation>Unknown field "{value}".</translation>
    </message>
    <message>
        <source>Wrong kind of value.</source>
        <translation>Wrong kind of value.</translation>
    </message>
    <message>
        <source>Personal details may only be kept with the person's consent.</source>
        <translation>Personal details may only be kept with the person's consent.</translation>
    </message>
    <message>
        <source>The end time is before the start time.</source>
        <translation>The end time is before the start time.</translation>
    </message>
    <message>
        <source>More consultations than people in the audience: please check.</source>
        <translation>More consultations than people in the audience: please check.</translation>
    </message>
    <message>
        <source>A follow-up is needed but no contact details were kept.</source>
        <translation>A follow-up is needed but no contact details were kept.</translation>
    </message>
    <message>
        <source>An audience of {value} is unusually large: please check.</source>
        <translation>An audience of {value} is unusually large: please check.</translation>
    </message>
    <message>
        <source>The code {value} is already in this list.</source>
        <translation>The code {value} is already in this list.</translation>
    </message>
    <message>
        <source>More than the {on_hand} in stock: is a print run not recorded yet?</source>
        <translation>More than the {on_hand} in stock: is a print run not recorded yet?</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
</context>
</TS>