<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>About Outreach Log</source>
        <extracomment>How long the UI thread may count the outbox before the count goes to a worker (it is an index count: 0.1 s at a million waiting changes). Room for a Windows data folder's path (under the user's AppData/Local/OutreachLog) on one line.</extracomment>
        <translation>About Outreach Log</translation>
    </message>
    <message>
        <source>Outreach Log %1</source>
        <translation>Outreach Log %1</translation>
    </message>
    <message>
        <source>Records financial-literacy outreach offline and sends it to head office.</source>
        <translation>Records financial-literacy outreach offline and sends it to head office.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copy diagnostics</translation>
    </message>
    <message>
        <source>Puts all of the above on the clipboard as text, to paste into a message to support. It holds no client's data.</source>
        <translation>Puts all of the above on the clipboard as text, to paste into a message to support. It holds no client's data.</translation>
    </message>
    <message>
        <source>Copied: paste it into your message to support.</source>
        <translation>Copied: paste it into your message to support.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <source>An unexpected error occurred. What you saved is safe; the details are in the log file in %1.</source>
        <translation>An unexpected error occurred. What you saved is safe; the details are in the log file in %1.</translation>
    </message>
    <message>
        <source>Outreach Log</source>
        <extracomment>The app's icon (drawn by packaging/make_icons.py); one file of 256 px, Qt scales it. How long the window gets to lay itself out and load its first pages before a screenshot.</extracomment>
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
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Send back for correction</source>
        <translation>Send back for correction</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
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
    <name>Cli</name>
    <message>
        <source>where the store lives (default: the platform's user data dir)</source>
        <translation>where the store lives (default: the platform's user data dir)</translation>
    </message>
    <message>
        <source>language of the window and messages (default: the system's, else English)</source>
        <translation>language of the window and messages (default: the system's, else English)</translation>
    </message>
    <message>
        <source>record as this officer, who becomes the laptop's current officer (default: the current officer, else the OS login); a laptop enrolled at head office takes a name on its team's roster</source>
        <translation>record as this officer, who becomes the laptop's current officer (default: the current officer, else the OS login); a laptop enrolled at head office takes a name on its team's roster</translation>
    </message>
    <message>
        <source>Outreach Log: record financial-literacy outreach offline.</source>
        <translation>Outreach Log: record financial-literacy outreach offline.</translation>
    </message>
    <message>
        <source>open a store of demo records (apart from the real one unless --data-dir is given)</source>
        <translation>open a store of demo records (apart from the real one unless --data-dir is given)</translation>
    </message>
    <message>
        <source>open the main window, save a picture of it and exit</source>
        <translation>open the main window, save a picture of it and exit</translation>
    </message>
    <message>
        <source>what to do; without a command the window opens</source>
        <translation>what to do; without a command the window opens</translation>
    </message>
    <message>
        <source>import an activity ledger (CSV or XLSX)</source>
        <translation>import an activity ledger (CSV or XLSX)</translation>
    </message>
    <message>
        <source>sync once with head office and say what moved</source>
        <translation>sync once with head office and say what moved</translation>
    </message>
    <message>
        <source>connect this laptop to head office</source>
        <translation>connect this laptop to head office</translation>
    </message>
    <message>
        <source>head office's address, e.g. http://host:8765</source>
        <translation>head office's address, e.g. http://host:8765</translation>
    </message>
    <message>
        <source>the one-time enrolment code (or the text of its QR code)</source>
        <translation>the one-time enrolment code (or the text of its QR code)</translation>
    </message>
    <message>
        <source>how head office lists this laptop (default: user@machine)</source>
        <translation>how head office lists this laptop (default: user@machine)</translation>
    </message>
    <message>
        <source>put the store back as it was in one of its daily copies (the newest by default)</source>
        <translation>put the store back as it was in one of its daily copies (the newest by default)</translation>
    </message>
    <message>
        <source>a copy in the data folder's backups/</source>
        <translation>a copy in the data folder's backups/</translation>
    </message>
    <message>
        <source>write a leaflet design as a PDF ready to print (and count it as printed)</source>
        <translation>write a leaflet design as a PDF ready to print (and count it as printed)</translation>
    </message>
    <message>
        <source>Write a leaflet design as a PDF of A4 sheets and record the print run, so the printed copies count as stock. Works without a display.</source>
        <translation>Write a leaflet design as a PDF of A4 sheets and record the print run, so the printed copies count as stock. Works without a display.</translation>
    </message>
    <message>
        <source>list the leaflet designs and exit</source>
        <translation>list the leaflet designs and exit</translation>
    </message>
    <message>
        <source>the design: its id, shipped code (e.g. telecom-zh) or title</source>
        <translation>the design: its id, shipped code (e.g. telecom-zh) or title</translation>
    </message>
    <message>
        <source>how many leaflets to print</source>
        <translation>how many leaflets to print</translation>
    </message>
    <message>
        <source>where to write the PDF</source>
        <translation>where to write the PDF</translation>
    </message>
    <message>
        <source>sheet layout (default: the design's own)</source>
        <translation>sheet layout (default: the design's own)</translation>
    </message>
    <message>
        <source>QR code through head office's counted short link (needs an enrolled laptop)</source>
        <translation>QR code through head office's counted short link (needs an enrolled laptop)</translation>
    </message>
    <message>
        <source>QR code with the design's own link</source>
        <translation>QR code with the design's own link</translation>
    </message>
    <message>
        <source>do not record a print run (a proof, a test)</source>
        <translation>do not record a print run (a proof, a test)</translation>
    </message>
    <message>
        <source>usage:</source>
        <extracomment>argparse's own words, which it keeps in English whatever the language.</extracomment>
        <translation>usage:</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: error: {message}</translation>
    </message>
    <message>
        <source>the ledger file (CSV or XLSX), as the shipped template or as the branch keeps it</source>
        <translation>the ledger file (CSV or XLSX), as the shipped template or as the branch keeps it</translation>
    </message>
    <message>
        <source>take every proposed column and value mapping as the last run printed it</source>
        <translation>take every proposed column and value mapping as the last run printed it</translation>
    </message>
    <message>
        <source>what single columns hold, e.g. "活动时间=held_on,序号=ignore,其他=notes" (a column by its header or letter; a field name, ignore, notes, leaflets or leaflets:DESIGN); the other columns as proposed</source>
        <translation>what single columns hold, e.g. "活动时间=held_on,序号=ignore,其他=notes" (a column by its header or letter; a field name, ignore, notes, leaflets or leaflets:DESIGN); the other columns as proposed</translation>
    </message>
    <message>
        <source>what single list values are, e.g. "topics:养老诈骗防范=pension_fraud,partners:县妇联=new" (an entry's code or name, or new to add it); the other values as proposed</source>
        <translation>what single list values are, e.g. "topics:养老诈骗防范=pension_fraud,partners:县妇联=new" (an entry's code or name, or new to add it); the other values as proposed</translation>
    </message>
    <message>
        <source>read the mapping from a file: the lines the proposal prints, or JSON</source>
        <translation>read the mapping from a file: the lines the proposal prints, or JSON</translation>
    </message>
    <message>
        <source>review the teams' records (a supervisor's laptop): list, approve, send back</source>
        <extracomment>Exit code of a refusal.</extracomment>
        <translation>review the teams' records (a supervisor's laptop): list, approve, send back</translation>
    </message>
    <message>
        <source>what to do</source>
        <translation>what to do</translation>
    </message>
    <message>
        <source>one line per record: id, kind, date, team, officer, place, review state</source>
        <translation>one line per record: id, kind, date, team, officer, place, review state</translation>
    </message>
    <message>
        <source>only records in this review state</source>
        <translation>only records in this review state</translation>
    </message>
    <message>
        <source>only this team's records</source>
        <translation>only this team's records</translation>
    </message>
    <message>
        <source>approve records as they are (all of them, or none)</source>
        <translation>approve records as they are (all of them, or none)</translation>
    </message>
    <message>
        <source>the records' ids</source>
        <translation>the records' ids</translation>
    </message>
    <message>
        <source>send a record back to its officer for correction</source>
        <translation>send a record back to its officer for correction</translation>
    </message>
    <message>
        <source>the record's id</source>
        <translation>the record's id</translation>
    </message>
    <message>
        <source>what to correct (required)</source>
        <translation>what to correct (required)</translation>
    </message>
    <message>
        <source>the records a supervisor sent back for correction, with the comment</source>
        <translation>the records a supervisor sent back for correction, with the comment</translation>
    </message>
    <message>
        <source>answer the supervisor's comment without changing the record</source>
        <translation>answer the supervisor's comment without changing the record</translation>
    </message>
    <message>
        <source>the answer (required)</source>
        <translation>the answer (required)</translation>
    </message>
    <message>
        <source>the period report: figures, summary paragraph, records (XLSX, CSV or PDF)</source>
        <translation>the period report: figures, summary paragraph, records (XLSX, CSV or PDF)</translation>
    </message>
    <message>
        <source>Write the period report head office files: the figures with the records behind them, a summary paragraph and the counted records. FILE.xlsx is one workbook; FILE.csv writes FILE-summary.csv, FILE-months.csv and one FILE-KIND.csv per record kind beside it (UTF-8 with BOM); FILE.pdf is the printable A4 report (figures, tables and charts; never personal data).</source>
        <translation>Write the period report head office files: the figures with the records behind them, a summary paragraph and the counted records. FILE.xlsx is one workbook; FILE.csv writes FILE-summary.csv, FILE-months.csv and one FILE-KIND.csv per record kind beside it (UTF-8 with BOM); FILE.pdf is the printable A4 report (figures, tables and charts; never personal data).</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>first day</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>last day</translation>
    </message>
    <message>
        <source>instead of --from/--to: a month (2026-03), quarter (2026Q1) or year (2026)</source>
        <translation>instead of --from/--to: a month (2026-03), quarter (2026Q1) or year (2026)</translation>
    </message>
    <message>
        <source>only this team's records (may be given several times)</source>
        <translation>only this team's records (may be given several times)</translation>
    </message>
    <message>
        <source>only this branch's teams</source>
        <translation>only this branch's teams</translation>
    </message>
    <message>
        <source>count approved records only (default: every record received)</source>
        <translation>count approved records only (default: every record received)</translation>
    </message>
    <message>
        <source>include personal data (names, phones, addresses) in the records exported</source>
        <translation>include personal data (names, phones, addresses) in the records exported</translation>
    </message>
    <message>
        <source>also file the report under this title (报送): its figures and records are kept and go to head office; later changes show against them</source>
        <translation>also file the report under this title (报送): its figures and records are kept and go to head office; later changes show against them</translation>
    </message>
    <message>
        <source>where to write the report</source>
        <translation>where to write the report</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>App version</source>
        <extracomment>The distribution's name in pyproject.toml. The settings sync keeps (sync.client's names; not imported, this module must not need sync).</extracomment>
        <translation>App version</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Store size</source>
        <translation>Store size</translation>
    </message>
    <message>
        <source>Changes not yet at head office</source>
        <translation>Changes not yet at head office</translation>
    </message>
    <message>
        <source>Changes refused by head office</source>
        <translation>Changes refused by head office</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Last sync</translation>
    </message>
    <message>
        <source>Last sync error</source>
        <translation>Last sync error</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>Head office</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Current officer</source>
        <translation>Current officer</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>Device id</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>Computer name</translation>
    </message>
    <message>
        <source>Store schema version</source>
        <translation>Store schema version</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Outreach Log diagnostics</source>
        <translation>Outreach Log diagnostics</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>counting…</translation>
    </message>
    <message>
        <source>could not be read (see the log file)</source>
        <translation>could not be read (see the log file)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <source>nobody chosen yet</source>
        <translation>nobody chosen yet</translation>
    </message>
    <message>
        <source>{team} (supervisor)</source>
        <translation>{team} (supervisor)</translation>
    </message>
    <message>
        <source>demo records, never sent</source>
        <translation>demo records, never sent</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>not loaded</translation>
    </message>
    <message>
        <source>{found} (this app's: {latest})</source>
        <translation>{found} (this app's: {latest})</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>The window cannot open: there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set). Start Outreach Log from a desktop session; or, for a picture of the window without a display, run it with QT_QPA_PLATFORM=offscreen and --screenshot FILE.png. The subcommands (import, sync, leaflet...) need no display.</source>
        <translation>The window cannot open: there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set). Start Outreach Log from a desktop session; or, for a picture of the window without a display, run it with QT_QPA_PLATFORM=offscreen and --screenshot FILE.png. The subcommands (import, sync, leaflet...) need no display.</translation>
    </message>
    <message>
        <source>The window cannot open: these system libraries Qt needs are missing: {libraries}. On Debian or Ubuntu: apt-get install {packages} (bash packaging/setup.sh app installs them).</source>
        <translation>The window cannot open: these system libraries Qt needs are missing: {libraries}. On Debian or Ubuntu: apt-get install {packages} (bash packaging/setup.sh app installs them).</translation>
    </message>
    <message>
        <source>The window cannot open: Qt could not start on this display ({display}). The details are in the log file in {logs}.</source>
        <translation>The window cannot open: Qt could not start on this display ({display}). The details are in the log file in {logs}.</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>Set a date</source>
        <extracomment>A list's date filter at this date (its minimum, shown as "any") filters nothing.</extracomment>
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
    <name>EmptyState</name>
    <message>
        <source>Nothing is recorded on this laptop yet</source>
        <translation>Nothing is recorded on this laptop yet</translation>
    </message>
    <message>
        <source>Start in one of three ways:</source>
        <translation>Start in one of three ways:</translation>
    </message>
    <message>
        <source>Import a ledger…</source>
        <translation>Import a ledger…</translation>
    </message>
    <message>
        <source>Bring in the sessions the branch already keeps in Excel or CSV.</source>
        <translation>Bring in the sessions the branch already keeps in Excel or CSV.</translation>
    </message>
    <message>
        <source>Record a session…</source>
        <translation>Record a session…</translation>
    </message>
    <message>
        <source>Enter an outreach session held today or earlier.</source>
        <translation>Enter an outreach session held today or earlier.</translation>
    </message>
    <message>
        <source>Connect to head office…</source>
        <translation>Connect to head office…</translation>
    </message>
    <message>
        <source>With an enrolment code from head office: what you record is then sent there, and the reference lists come from there.</source>
        <translation>With an enrolment code from head office: what you record is then sent there, and the reference lists come from there.</translation>
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
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Kind of record</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Version seen</source>
        <extracomment>The stamp of the target's version the action was taken on.</extracomment>
        <translation>Version seen</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Period to</translation>
    </message>
    <message>
        <source>Branch</source>
        <extracomment>The scope asked for: a branch, some teams, or neither (the whole bank).</extracomment>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Approved records only</source>
        <translation>Approved records only</translation>
    </message>
    <message>
        <source>Figures</source>
        <extracomment>The figures as filed: JSON {"figures": {key: value}, "breakdowns": {key: [[code, value], ...]}, "months": [[first, {key: value}], ...]}.</extracomment>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Records counted</source>
        <translation>Records counted</translation>
    </message>
    <message>
        <source>Parts</source>
        <extracomment>How many filed_report_part records list them, and a SHA-256 over their lines in order: a report whose parts have not all arrived is told apart from a changed one.</extracomment>
        <translation>Parts</translation>
    </message>
    <message>
        <source>Filed report</source>
        <translation>Filed report</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Team</source>
        <extracomment>Personal data (names, phones, addresses): shown only where needed, needs consent to keep. For REF/REFS: which reference list the codes come from. For LINK: the kind of the linked record. Dates that describe something that already happened cannot lie in the future. Shown as a column in the section's list. Import/export column headers besides the field name (Chinese ledgers, older templates). Filled by the form with the last value the user typed (place, staff...). Set by the app (checksums, tracking codes), not typed: forms leave it alone. Columns every record table has. The sync protocol ships them with each record. A record's team (a meta column) described as a field, for lists that show several teams' records (a supervisor's laptop).</extracomment>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>FiledReports</name>
    <message>
        <source>File the report</source>
        <extracomment>The reviewed kinds' figures whose sum is the number of records a report counts (filing.counted lists every record of these kinds the selection counts).</extracomment>
        <translation>File the report</translation>
    </message>
    <message>
        <source>Filing keeps these figures and the list of records behind them as they are now, and sends them to head office with the next sync. A later change to one of these records will show beside the filed report.</source>
        <translation>Filing keeps these figures and the list of records behind them as they are now, and sends them to head office with the next sync. A later change to one of these records will show beside the filed report.</translation>
    </message>
    <message>
        <source>The report's title (required)</source>
        <translation>The report's title (required)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation>Teams:</translation>
    </message>
    <message>
        <source>Approved records only</source>
        <translation>Approved records only</translation>
    </message>
    <message>
        <source>All records received (approved or not)</source>
        <translation>All records received (approved or not)</translation>
    </message>
    <message>
        <source>%1 records are still under review or sent back.</source>
        <translation>%1 records are still under review or sent back.</translation>
    </message>
    <message>
        <source>Counting:</source>
        <translation>Counting:</translation>
    </message>
    <message>
        <source>Records counted:</source>
        <translation>Records counted:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Filing the report…</source>
        <translation>Filing the report…</translation>
    </message>
    <message>
        <source>Filed.</source>
        <translation>Filed.</translation>
    </message>
    <message>
        <source>The report could not be filed: %1. Nothing was kept.</source>
        <translation>The report could not be filed: %1. Nothing was kept.</translation>
    </message>
    <message>
        <source>Parts still arriving</source>
        <translation>Parts still arriving</translation>
    </message>
    <message>
        <source>Unchanged since filed</source>
        <translation>Unchanged since filed</translation>
    </message>
    <message numerus="yes">
        <source>Changed since filed on %1: %n record(s)</source>
        <translation><numerusform>Changed since filed on %1: %n record</numerusform><numerusform>Changed since filed on %1: %n records</numerusform></translation>
    </message>
    <message>
        <source>Not every part of the report's list of records has reached this laptop yet (a sync cut short): it is compared once they are all here.</source>
        <translation>Not every part of the report's list of records has reached this laptop yet (a sync cut short): it is compared once they are all here.</translation>
    </message>
    <message>
        <source>Every record counted is as it was when filed.</source>
        <translation>Every record counted is as it was when filed.</translation>
    </message>
    <message>
        <source>Changed, deleted or moved out since filed: %1
Counted now, not when filed: %2</source>
        <translation>Changed, deleted or moved out since filed: %1
Counted now, not when filed: %2</translation>
    </message>
    <message>
        <source>Reports filed on this laptop</source>
        <extracomment>Column order of the list. A report's status or comparison arrived (its uuid); tests wait on these.</extracomment>
        <translation>Reports filed on this laptop</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>Records counted</source>
        <translation>Records counted</translation>
    </message>
    <message>
        <source>Since filed</source>
        <translation>Since filed</translation>
    </message>
    <message>
        <source>No report has been filed on this laptop yet. Build a report and choose File the report to keep what goes to the regulator.</source>
        <translation>No report has been filed on this laptop yet. Build a report and choose File the report to keep what goes to the regulator.</translation>
    </message>
    <message>
        <source>Choose a filed report to compare it.</source>
        <translation>Choose a filed report to compare it.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>As filed</source>
        <translation>As filed</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>Could not be compared: %1</source>
        <translation>Could not be compared: %1</translation>
    </message>
    <message>
        <source>Could not be compared</source>
        <translation>Could not be compared</translation>
    </message>
    <message>
        <source>%1: as filed on %2, and as the figures would be now</source>
        <translation>%1: as filed on %2, and as the figures would be now</translation>
    </message>
    <message>
        <source>Reading the figures now…</source>
        <translation>Reading the figures now…</translation>
    </message>
    <message>
        <source>The figures now could not be read: %1</source>
        <translation>The figures now could not be read: %1</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Consultations</source>
        <extracomment>Pages of records kept for drawing (the rows in view and around); beyond them only keys. How long a page or a count may hold the UI thread before a worker takes it over (seconds); the goal is no interaction over 200 ms, and the rest of the work (drawing) needs its share. Column headers shorter than the field's label, where the label would make a narrow column of numbers wide; the header's tooltip gives the whole label.</extracomment>
        <translation>Consultations</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Head office</source>
        <translation>Head office</translation>
    </message>
    <message>
        <source>At head office</source>
        <translation>At head office</translation>
    </message>
    <message>
        <source>On this laptop (%1)</source>
        <translation>On this laptop (%1)</translation>
    </message>
    <message>
        <source>On laptop %1</source>
        <translation>On laptop %1</translation>
    </message>
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
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Sessions</source>
        <extracomment>The month's cards: the report figure shown, and the list it opens. Follow-ups before this day are not looked for (a bound for the report's period).</extracomment>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>People reached</translation>
    </message>
    <message>
        <source>Leaflets handed out</source>
        <translation>Leaflets handed out</translation>
    </message>
    <message>
        <source>Special-group visits</source>
        <translation>Special-group visits</translation>
    </message>
    <message>
        <source>This month so far</source>
        <translation>This month so far</translation>
    </message>
    <message>
        <source>This page will show the month's sessions, people reached, leaflets and visits as soon as something is recorded.</source>
        <translation>This page will show the month's sessions, people reached, leaflets and visits as soon as something is recorded.</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>The figures could not be read.</translation>
    </message>
    <message>
        <source>This month so far (%1 – %2)</source>
        <translation>This month so far (%1 – %2)</translation>
    </message>
    <message>
        <source>Follow-up visits due: %n</source>
        <translation>Follow-up visits due: %n</translation>
    </message>
    <message>
        <source>No follow-up visit is due.</source>
        <translation>No follow-up visit is due.</translation>
    </message>
    <message>
        <source>%1 (%2 left)</source>
        <translation>%1 (%2 left)</translation>
    </message>
    <message>
        <source>Designs running low: %1</source>
        <translation>Designs running low: %1</translation>
    </message>
    <message>
        <source>No design is running low.</source>
        <translation>No design is running low.</translation>
    </message>
    <message>
        <source>Records sent back for correction: %n</source>
        <translation>Records sent back for correction: %n</translation>
    </message>
    <message>
        <source>No record is waiting for a correction.</source>
        <translation>No record is waiting for a correction.</translation>
    </message>
    <message>
        <source>Demo records: they are never sent to head office.</source>
        <translation>Demo records: they are never sent to head office.</translation>
    </message>
    <message>
        <source>Not connected to head office.</source>
        <translation>Not connected to head office.</translation>
    </message>
    <message>
        <source>Last reached head office: %1 (UTC)</source>
        <translation>Last reached head office: %1 (UTC)</translation>
    </message>
    <message>
        <source>Has not reached head office yet.</source>
        <translation>Has not reached head office yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent.</source>
        <translation><numerusform>%n change waiting to be sent.</numerusform><numerusform>%n changes waiting to be sent.</numerusform></translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nothing is waiting to be sent.</translation>
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
        <source>The columns of this file are not the template's, or some list entries are not in their lists: confirm how they map before importing.</source>
        <translation>The columns of this file are not the template's, or some list entries are not in their lists: confirm how they map before importing.</translation>
    </message>
    <message>
        <source>The file's header row is not the one the mapping was made for: propose again.</source>
        <translation>The file's header row is not the one the mapping was made for: propose again.</translation>
    </message>
    <message>
        <source>a totals row, not imported</source>
        <translation>a totals row, not imported</translation>
    </message>
    <message>
        <source>"{text}" has no year: write the date with its year, such as 2024-03-15.</source>
        <translation>"{text}" has no year: write the date with its year, such as 2024-03-15.</translation>
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
        <source>Not imported:</source>
        <translation>Not imported:</translation>
    </message>
    <message>
        <source>Read otherwise than written:</source>
        <translation>Read otherwise than written:</translation>
    </message>
    <message>
        <source>"{text}" read as {value}</source>
        <translation>"{text}" read as {value}</translation>
    </message>
    <message>
        <source>Rows {rows}, column "{column}": {message}</source>
        <translation>Rows {rows}, column "{column}": {message}</translation>
    </message>
    <message>
        <source>{rows} and {count} more</source>
        <translation>{rows} and {count} more</translation>
    </message>
    <message>
        <source>Added to the list {list}: {entries}</source>
        <translation>Added to the list {list}: {entries}</translation>
    </message>
    <message>
        <source>The ledger is read from the sheet "{sheet}"; other sheets are not read: {others}. To import another sheet, save it as a workbook of its own.</source>
        <translation>The ledger is read from the sheet "{sheet}"; other sheets are not read: {others}. To import another sheet, save it as a workbook of its own.</translation>
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
    <message>
        <source>Nothing was imported yet: the columns of {file} are not the template's, or some list values are not in their lists. This is how they would be read:</source>
        <extracomment>Files with more rows than this get a progress line on stderr.</extracomment>
        <translation>Nothing was imported yet: the columns of {file} are not the template's, or some list values are not in their lists. This is how they would be read:</translation>
    </message>
    <message>
        <source>Header row: {row} (rows above it are skipped); rows below it: {rows}.</source>
        <translation>Header row: {row} (rows above it are skipped); rows below it: {rows}.</translation>
    </message>
    <message>
        <source>Columns (header = field):</source>
        <translation>Columns (header = field):</translation>
    </message>
    <message>
        <source>List values not in their lists (list:text = entry):</source>
        <translation>List values not in their lists (list:text = entry):</translation>
    </message>
    <message>
        <source>no similar entry, and the lists come from head office: the rows will be refused</source>
        <translation>no similar entry, and the lists come from head office: the rows will be refused</translation>
    </message>
    <message>
        <source>rows {rows}</source>
        <translation>rows {rows}</translation>
    </message>
    <message>
        <source>No column holds these required fields: {fields}.</source>
        <translation>No column holds these required fields: {fields}.</translation>
    </message>
    <message>
        <source>To import as printed, run the command again with --accept. To correct single ones, add --columns "HEADER=field,..." (field: a name below, ignore, notes, leaflets or leaflets:DESIGN) or --values "LIST:TEXT=ENTRY,..." (ENTRY: an entry's code or name, or new). Or save the lines from [columns] on to a file, edit it, and give --mapping FILE (JSON works too: {{"columns": {{"HEADER": "field"}}, "values": {{"LIST:TEXT": "ENTRY"}}}}). A confirmed mapping is remembered for files with the same headers.</source>
        <translation>To import as printed, run the command again with --accept. To correct single ones, add --columns "HEADER=field,..." (field: a name below, ignore, notes, leaflets or leaflets:DESIGN) or --values "LIST:TEXT=ENTRY,..." (ENTRY: an entry's code or name, or new). Or save the lines from [columns] on to a file, edit it, and give --mapping FILE (JSON works too: {{"columns": {{"HEADER": "field"}}, "values": {{"LIST:TEXT": "ENTRY"}}}}). A confirmed mapping is remembered for files with the same headers.</translation>
    </message>
    <message>
        <source>Fields: {fields}</source>
        <translation>Fields: {fields}</translation>
    </message>
    <message>
        <source>"{item}" is not of the form {form}.</source>
        <translation>"{item}" is not of the form {form}.</translation>
    </message>
    <message>
        <source>The mapping file cannot be read: {reason}</source>
        <translation>The mapping file cannot be read: {reason}</translation>
    </message>
    <message>
        <source>Importing: {percent}%</source>
        <translation>Importing: {percent}%</translation>
    </message>
    <message>
        <source>the header names it</source>
        <extracomment>A value mapped to this becomes a new entry of its list (a laptop that keeps its own lists). The header row is looked for among this many rows at the top. Data rows whose values help guess a column by what it holds. Rows read for samples at most (a sheet may hold thousands of blank rows). Samples kept per column for showing. Rows named per value that needs a decision. Below this, a header or value is not thought similar at all. Settings: a confirmed column mapping per header row; value choices per list. Headers of a sequence-number column (folded). Headers of a hand-out count column that names no design (folded). Headers branches use that name no field exactly (folded): proposed, never taken as certain. What a totals row says in one of its cells (folded, spaces removed).</extracomment>
        <translation>the header names it</translation>
    </message>
    <message>
        <source>the header is similar</source>
        <translation>the header is similar</translation>
    </message>
    <message>
        <source>the values look like it</source>
        <translation>the values look like it</translation>
    </message>
    <message>
        <source>a sequence-number column</source>
        <translation>a sequence-number column</translation>
    </message>
    <message>
        <source>as confirmed before</source>
        <translation>as confirmed before</translation>
    </message>
    <message>
        <source>as you said</source>
        <translation>as you said</translation>
    </message>
    <message>
        <source>not recognised: kept in the notes</source>
        <translation>not recognised: kept in the notes</translation>
    </message>
    <message>
        <source>another column holds that field: kept in the notes</source>
        <translation>another column holds that field: kept in the notes</translation>
    </message>
    <message>
        <source>no header and no values</source>
        <translation>no header and no values</translation>
    </message>
    <message>
        <source>the most similar entry</source>
        <translation>the most similar entry</translation>
    </message>
    <message>
        <source>no similar entry: add it to the list</source>
        <translation>no similar entry: add it to the list</translation>
    </message>
    <message>
        <source>no similar entry</source>
        <translation>no similar entry</translation>
    </message>
    <message>
        <source>The file has no column "{column}".</source>
        <translation>The file has no column "{column}".</translation>
    </message>
    <message>
        <source>"{target}" is not something a column can hold. Use a field ({fields}), ignore, notes, leaflets, or leaflets:DESIGN.</source>
        <translation>"{target}" is not something a column can hold. Use a field ({fields}), ignore, notes, leaflets, or leaflets:DESIGN.</translation>
    </message>
    <message>
        <source>No leaflet design is called "{design}".</source>
        <translation>No leaflet design is called "{design}".</translation>
    </message>
    <message>
        <source>There is no reference list "{list}".</source>
        <translation>There is no reference list "{list}".</translation>
    </message>
    <message>
        <source>The list {list} has no entry "{entry}" (use its code or name, or new).</source>
        <translation>The list {list} has no entry "{entry}" (use its code or name, or new).</translation>
    </message>
    <message>
        <source>The reference lists come from head office: map "{text}" to an entry of {list}, or ask head office to add it.</source>
        <translation>The reference lists come from head office: map "{text}" to an entry of {list}, or ask head office to add it.</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <extracomment>Brackets and units people add to headers: "受众人数（人）", "Audience (people)".</extracomment>
        <translation>Ignore this column</translation>
    </message>
    <message>
        <source>Leaflets handed out, design not recorded</source>
        <translation>Leaflets handed out, design not recorded</translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>Copy the list</translation>
    </message>
</context>
<context>
    <name>ImportMappingDialog</name>
    <message>
        <source>How the columns of %1 are read</source>
        <extracomment>Columns of the column table and of the value table. Text columns wrap beyond this width rather than widening the dialog. The drop-downs' width; their lists open as wide as their entries. Rows of each table shown without scrolling, at most. A proposal made again came back (for tests: the table is up to date). Values the user chose by hand: (list, folded text) -&gt; entry or None. Each column's target as last chosen (to see whether the values need proposing again).</extracomment>
        <translation>How the columns of %1 are read</translation>
    </message>
    <message>
        <source>This file is not laid out as the template. Check what each column holds (guesses are marked), then import. Nothing is written until you do.</source>
        <translation>This file is not laid out as the template. Check what each column holds (guesses are marked), then import. Nothing is written until you do.</translation>
    </message>
    <message>
        <source>Header row: %1 (rows above it are skipped). Rows below it: %2.</source>
        <translation>Header row: %1 (rows above it are skipped). Rows below it: %2.</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columns</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Goes to</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>&amp;List values not in their lists</source>
        <translation>&amp;List values not in their lists</translation>
    </message>
    <message>
        <source>Each value is asked once; your choice is remembered for later files.</source>
        <translation>Each value is asked once; your choice is remembered for later files.</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>As written</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Read as</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>Reading the file again…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Check: %1 (%2%)</source>
        <translation>Check: %1 (%2%)</translation>
    </message>
    <message>
        <source>A guess: check it before importing.</source>
        <translation>A guess: check it before importing.</translation>
    </message>
    <message>
        <source>What column %1 holds</source>
        <translation>What column %1 holds</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 and %2 more</translation>
    </message>
    <message>
        <source>Column "%1": %2</source>
        <translation>Column "%1": %2</translation>
    </message>
    <message>
        <source>What %1 is read as</source>
        <translation>What %1 is read as</translation>
    </message>
    <message>
        <source>Not chosen: its rows will be refused</source>
        <translation>Not chosen: its rows will be refused</translation>
    </message>
    <message>
        <source>Add as a new entry</source>
        <translation>Add as a new entry</translation>
    </message>
    <message>
        <source>Every list value is in its list.</source>
        <translation>Every list value is in its list.</translation>
    </message>
    <message>
        <source>No column holds these required fields: %1. Choose the columns that hold them.</source>
        <translation>No column holds these required fields: %1. Choose the columns that hold them.</translation>
    </message>
    <message>
        <source>Columns "%1" and "%2" both go to %3: choose one.</source>
        <translation>Columns "%1" and "%2" both go to %3: choose one.</translation>
    </message>
</context>
<context>
    <name>ImportResult</name>
    <message>
        <source>Added to the reference lists:</source>
        <translation>Added to the reference lists:</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Imported: %1</source>
        <translation>Imported: %1</translation>
    </message>
    <message>
        <source>Every value was read as written.</source>
        <translation>Every value was read as written.</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>Copy the list</translation>
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
    <message>
        <source>Officer</source>
        <extracomment>A field officer of a team: who records, named on every record and history line. A laptop not enrolled keeps its own officers; once enrolled, the team's roster is head office's (`outreach-server officers`), and a laptop adds one only while the roster is empty. The team is the record's meta team. Officers are never deleted, only taken out of use: the records they made still name them.</extracomment>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>Officers</translation>
    </message>
    <message>
        <source>Review</source>
        <extracomment>The kinds a supervisor reviews (a review's target is one of these). One action in a record's review thread (desktop.domain.review): a supervisor's approval or send-back, or an answer (the officer's reply). A record of its own, so it syncs, has history and never changes the officer's fields; its team is the target's team.</extracomment>
        <translation>Review</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <source>Filed report</source>
        <extracomment>A period report a supervisor filed (报送): what went to the regulator, kept so that it can always be explained. Its figures as filed, and (in its parts) every record counted with the version counted, so that a later change to one of them shows against the filed figures.</extracomment>
        <translation>Filed report</translation>
    </message>
    <message>
        <source>Filed reports</source>
        <translation>Filed reports</translation>
    </message>
    <message>
        <source>Filed report part</source>
        <extracomment>A slice of a filed report's list of counted records: one line per record, "kind uuid hlc".</extracomment>
        <translation>Filed report part</translation>
    </message>
    <message>
        <source>Filed report parts</source>
        <translation>Filed report parts</translation>
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
    <name>LedgerImport</name>
    <message>
        <source>Reading %1…</source>
        <extracomment>Show the progress dialog only for work that takes longer than this (no flashing). Whether the mapping step was shown.</extracomment>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Importing a ledger</source>
        <translation>Importing a ledger</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Outreach Log</source>
        <translation>Outreach Log</translation>
    </message>
    <message>
        <source>demo records, never sent to head office</source>
        <translation>demo records, never sent to head office</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
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
        <source>Sent back %n</source>
        <translation>Sent back %n</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Sent back</translation>
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
        <source>Nothing was imported</source>
        <extracomment>The problem column wraps beyond this width rather than making the dialog wider.</extracomment>
        <translation>Nothing was imported</translation>
    </message>
</context>
<context>
    <name>Officers</name>
    <message>
        <source>{name} is not on the team's roster, which head office keeps (the roster: {roster}).</source>
        <extracomment>The subcommands that write the store: each makes the day's copy if it is missing, as the window does, so a laptop used only from the command line has copies to restore too.</extracomment>
        <translation>{name} is not on the team's roster, which head office keeps (the roster: {roster}).</translation>
    </message>
    <message>
        <source>An officer's name has 1 to 60 characters.</source>
        <translation>An officer's name has 1 to 60 characters.</translation>
    </message>
    <message>
        <source>Who is recording?</source>
        <translation>Who is recording?</translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation>Add an officer</translation>
    </message>
    <message>
        <source>Several officers can share this laptop. Every record and every change names the officer who made it. Who is using the laptop now?</source>
        <translation>Several officers can share this laptop. Every record and every change names the officer who made it. Who is using the laptop now?</translation>
    </message>
    <message>
        <source>The officer's name, as records should show it:</source>
        <translation>The officer's name, as records should show it:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>The team's roster comes from head office. Not on it? Ask head office to add you.</source>
        <translation>The team's roster comes from head office. Not on it? Ask head office to add you.</translation>
    </message>
    <message>
        <source>Give a name, as records should show it.</source>
        <translation>Give a name, as records should show it.</translation>
    </message>
    <message>
        <source>This name is not on the team's roster.</source>
        <translation>This name is not on the team's roster.</translation>
    </message>
    <message>
        <source>A name has at most 60 characters.</source>
        <translation>A name has at most 60 characters.</translation>
    </message>
    <message>
        <source>nobody chosen</source>
        <translation>nobody chosen</translation>
    </message>
    <message>
        <source>Officer: %1 ▾</source>
        <translation>Officer: %1 ▾</translation>
    </message>
    <message>
        <source>Who records on this laptop now: switch or add an officer</source>
        <translation>Who records on this laptop now: switch or add an officer</translation>
    </message>
    <message>
        <source>Add an officer…</source>
        <translation>Add an officer…</translation>
    </message>
    <message>
        <source>Add an officer… (head office keeps the roster)</source>
        <translation>Add an officer… (head office keeps the roster)</translation>
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
        <extracomment>Column widths when fitted: as wide as the rows need, no wider than COLUMN_MAX; when they do not all fit, columns of long text give way down to COLUMN_MIN (their text elides, whole in its tooltip) and the title column (a session's place) takes what is left. The list, or in its place a panel for an empty store (`set_empty_state`).</extracomment>
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
        <source>Searching…</source>
        <extracomment>A supervisor's laptop holds every team's records: say whose, and filter by team. Set while the window refreshes the lists after this one patched its own rows. The column that takes the room left over (the place of a session), else the last (a reference-list entry's Chinese name is short: the last column is "In use"). Shown while a long query (a rare word in a million records) runs in the background.</extracomment>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>New…</source>
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
    <message>
        <source>counting…</source>
        <translation>counting…</translation>
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
    <name>Report</name>
    <message>
        <source>{option}: '{value}' is not a date (write it as 2026-03-31).</source>
        <translation>{option}: '{value}' is not a date (write it as 2026-03-31).</translation>
    </message>
    <message>
        <source>'{value}' is not a period: write a month (2026-03), a quarter (2026Q1) or a year (2026).</source>
        <translation>'{value}' is not a period: write a month (2026-03), a quarter (2026Q1) or a year (2026).</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>The period ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <source>Say which period: --period, or both --from and --to.</source>
        <translation>Say which period: --period, or both --from and --to.</translation>
    </message>
    <message>
        <source>No team '{team}' on this laptop: no record names it.</source>
        <translation>No team '{team}' on this laptop: no record names it.</translation>
    </message>
    <message>
        <source>No branch '{branch}' on this laptop: no team here is known to belong to it.</source>
        <translation>No branch '{branch}' on this laptop: no team here is known to belong to it.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Cannot write {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the file name must end in {accepted}.</source>
        <translation>Cannot write {path}: the file name must end in {accepted}.</translation>
    </message>
    <message>
        <source>Say the period once: either --period or --from and --to, not both.</source>
        <translation>Say the period once: either --period or --from and --to, not both.</translation>
    </message>
    <message>
        <source>There is no store in {path}: nothing to report on.</source>
        <translation>There is no store in {path}: nothing to report on.</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <extracomment>The figures' names (context "Report"), by key.</extracomment>
        <translation>Sessions held</translation>
    </message>
    <message>
        <source>Sessions held online</source>
        <translation>Sessions held online</translation>
    </message>
    <message>
        <source>Sessions held on site</source>
        <translation>Sessions held on site</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>People reached</translation>
    </message>
    <message>
        <source>Places reached</source>
        <translation>Places reached</translation>
    </message>
    <message>
        <source>Sessions with partner organisations</source>
        <translation>Sessions with partner organisations</translation>
    </message>
    <message>
        <source>Partner organisations taking part</source>
        <translation>Partner organisations taking part</translation>
    </message>
    <message>
        <source>Consultations answered at sessions (as counted on the session)</source>
        <translation>Consultations answered at sessions (as counted on the session)</translation>
    </message>
    <message>
        <source>Leaflets handed out</source>
        <translation>Leaflets handed out</translation>
    </message>
    <message>
        <source>Consultations recorded</source>
        <translation>Consultations recorded</translation>
    </message>
    <message>
        <source>Consultations from special-group clients</source>
        <translation>Consultations from special-group clients</translation>
    </message>
    <message>
        <source>Special-group visits</source>
        <translation>Special-group visits</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>Follow-ups done</translation>
    </message>
    <message>
        <source>Print runs</source>
        <translation>Print runs</translation>
    </message>
    <message>
        <source>Leaflets printed</source>
        <translation>Leaflets printed</translation>
    </message>
    <message>
        <source>Sessions by venue kind</source>
        <translation>Sessions by venue kind</translation>
    </message>
    <message>
        <source>Sessions by campaign</source>
        <translation>Sessions by campaign</translation>
    </message>
    <message>
        <source>Sessions by topic</source>
        <translation>Sessions by topic</translation>
    </message>
    <message>
        <source>Sessions by partner organisation</source>
        <translation>Sessions by partner organisation</translation>
    </message>
    <message>
        <source>Leaflets handed out by design</source>
        <translation>Leaflets handed out by design</translation>
    </message>
    <message>
        <source>Consultations by business category</source>
        <translation>Consultations by business category</translation>
    </message>
    <message>
        <source>Consultations by special group</source>
        <translation>Consultations by special group</translation>
    </message>
    <message>
        <source>Special-group visits by group</source>
        <translation>Special-group visits by group</translation>
    </message>
    <message>
        <source>Special-group visits by service</source>
        <translation>Special-group visits by service</translation>
    </message>
    <message>
        <source>Leaflets printed by design</source>
        <translation>Leaflets printed by design</translation>
    </message>
    <message>
        <source>A session on several topics counts once under each of its topics and once in the total.</source>
        <translation>A session on several topics counts once under each of its topics and once in the total.</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <extracomment>Exit code of a report asked for wrongly.</extracomment>
        <translation>Written: {path}</translation>
    </message>
    <message>
        <source>Filed as “{title}” on {on}: {records} records counted.</source>
        <translation>Filed as “{title}” on {on}: {records} records counted.</translation>
    </message>
    <message>
        <source>{period}, {scope} held {sessions} outreach sessions online and offline ({online} of them online), reaching {places} villages, communities and other places together with {partners} partner organisations; handed out {leaflets} leaflets, answered {consultations} on-site consultations and reached {audience} people in all; and made {visits} home visits to elderly and other special-group clients.</source>
        <translation>{period}, {scope} held {sessions} outreach sessions online and offline ({online} of them online), reaching {places} villages, communities and other places together with {partners} partner organisations; handed out {leaflets} leaflets, answered {consultations} on-site consultations and reached {audience} people in all; and made {visits} home visits to elderly and other special-group clients.</translation>
    </message>
    <message>
        <source>In {year}</source>
        <extracomment>The figures the paragraph names, by its placeholders.</extracomment>
        <translation>In {year}</translation>
    </message>
    <message>
        <source>In quarter {quarter} of {year}</source>
        <translation>In quarter {quarter} of {year}</translation>
    </message>
    <message>
        <source>In {year}-{month}</source>
        <translation>In {year}-{month}</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>From {start} to {end}</translation>
    </message>
    <message>
        <source>the bank</source>
        <translation>the bank</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Counted: every record received, whatever its review state.</source>
        <translation>Counted: every record received, whatever its review state.</translation>
    </message>
    <message>
        <source>Counted: approved records only.</source>
        <translation>Counted: approved records only.</translation>
    </message>
    <message>
        <source>In the period, {waiting} records were still waiting for review and {sent_back} had been sent back for correction.</source>
        <translation>In the period, {waiting} records were still waiting for review and {sent_back} had been sent back for correction.</translation>
    </message>
    <message>
        <source>Record id</source>
        <extracomment>The kinds exported, one sheet or file each: the reviewed kinds, then the hand-outs of the counted sessions.</extracomment>
        <translation>Record id</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Review state</translation>
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
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exact</translation>
    </message>
    <message>
        <source>As published</source>
        <translation>As published</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>No records</translation>
    </message>
    <message>
        <source>Others ({count})</source>
        <translation>Others ({count})</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>This period</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>A year before</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>Change (%)</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>Special-group share of consultations (%)</source>
        <translation>Special-group share of consultations (%)</translation>
    </message>
    <message>
        <source>This report holds personal data (names, phones, addresses): keep it safe and share it only with those who need it.</source>
        <translation>This report holds personal data (names, phones, addresses): keep it safe and share it only with those who need it.</translation>
    </message>
    <message>
        <source>Personal data (names, phones, addresses) is left out of this report.</source>
        <translation>Personal data (names, phones, addresses) is left out of this report.</translation>
    </message>
    <message>
        <source>Scans of tracked QR codes are counted by head office and are not in this report.</source>
        <translation>Scans of tracked QR codes are counted by head office and are not in this report.</translation>
    </message>
    <message>
        <source>Leaflet stock by design</source>
        <translation>Leaflet stock by design</translation>
    </message>
    <message>
        <source>Printed in the period</source>
        <translation>Printed in the period</translation>
    </message>
    <message>
        <source>Handed out in the period</source>
        <translation>Handed out in the period</translation>
    </message>
    <message>
        <source>On hand at the end of the period</source>
        <translation>On hand at the end of the period</translation>
    </message>
    <message>
        <source>{scope} {period} financial-literacy outreach report</source>
        <translation>{scope} {period} financial-literacy outreach report</translation>
    </message>
    <message>
        <source>The whole bank</source>
        <translation>The whole bank</translation>
    </message>
    <message>
        <source>{year}</source>
        <translation>{year}</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>Q{quarter} {year}</translation>
    </message>
    <message>
        <source>{year}-{month}</source>
        <translation>{year}-{month}</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>Period: {start} to {end}</source>
        <translation>Period: {start} to {end}</translation>
    </message>
    <message>
        <source>The figures against a year before</source>
        <translation>The figures against a year before</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Breakdowns</translation>
    </message>
    <message>
        <source>Month by month (second line: change against a year before)</source>
        <translation>Month by month (second line: change against a year before)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sessions by team</source>
        <translation>Sessions by team</translation>
    </message>
    <message>
        <source>This report holds figures only: no personal data (names, phones, addresses).</source>
        <translation>This report holds figures only: no personal data (names, phones, addresses).</translation>
    </message>
    <message>
        <source>Made with Outreach Log on {date}</source>
        <translation>Made with Outreach Log on {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>%1: %2 records</source>
        <translation>%1: %2 records</translation>
    </message>
    <message>
        <source>%1: %2, the sum over the records below</source>
        <translation>%1: %2, the sum over the records below</translation>
    </message>
    <message>
        <source>%1: %2 distinct, among the records below</source>
        <translation>%1: %2 distinct, among the records below</translation>
    </message>
    <message>
        <source>Records behind: %1</source>
        <translation>Records behind: %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>%1 record(s), newest first</source>
        <translation>%1 record(s), newest first</translation>
    </message>
    <message>
        <source>Month</source>
        <extracomment>Pickers changed: build again after this pause (typing a year does not build four times). Show the busy bar only for work longer than this (quick builds never flash). Sessions per team, when the scope holds several teams (each opens to its records).</extracomment>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>From – to</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Approved only</source>
        <translation>Approved only</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>Build</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>Include personal data</source>
        <translation>Include personal data</translation>
    </message>
    <message>
        <source>The export will hold names, phones and addresses: keep it safe and share it only with those who need it.</source>
        <translation>The export will hold names, phones and addresses: keep it safe and share it only with those who need it.</translation>
    </message>
    <message>
        <source>File this report…</source>
        <translation>File this report…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>Breakdowns</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>Review and stock</source>
        <translation>Review and stock</translation>
    </message>
    <message>
        <source>Filed reports</source>
        <translation>Filed reports</translation>
    </message>
    <message>
        <source>Double-click a figure (or press Enter on it) to see the records behind it.</source>
        <translation>Double-click a figure (or press Enter on it) to see the records behind it.</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>Month %1</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>Whole bank</source>
        <translation>Whole bank</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>Branch: %1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <source>The report could not be built: %1</source>
        <translation>The report could not be built: %1</translation>
    </message>
    <message>
        <source>%1, %2 (%3 to %4)</source>
        <translation>%1, %2 (%3 to %4)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>As written</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exact</translation>
    </message>
    <message>
        <source>%1, a year before</source>
        <translation>%1, a year before</translation>
    </message>
    <message>
        <source>Special-group share of consultations</source>
        <translation>Special-group share of consultations</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>As published</source>
        <translation>As published</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>A year before</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Sessions by team</source>
        <translation>Sessions by team</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>No records</translation>
    </message>
    <message>
        <source>Review states of the records</source>
        <translation>Review states of the records</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>Waiting for review</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Sent back</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Approved only: %1 records still under review or sent back are not counted.</source>
        <translation>Approved only: %1 records still under review or sent back are not counted.</translation>
    </message>
    <message>
        <source>Every record received is counted: %1 of them still under review or sent back.</source>
        <translation>Every record received is counted: %1 of them still under review or sent back.</translation>
    </message>
    <message>
        <source>Leaflet stock by design</source>
        <translation>Leaflet stock by design</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Printed in the period</source>
        <translation>Printed in the period</translation>
    </message>
    <message>
        <source>Handed out in the period</source>
        <translation>Handed out in the period</translation>
    </message>
    <message>
        <source>On hand at the end</source>
        <translation>On hand at the end</translation>
    </message>
    <message>
        <source>Sessions by month</source>
        <translation>Sessions by month</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Written: %1</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Received</source>
        <extracomment>A supervisor's: the record is right as seen. A supervisor's, with a comment saying what to correct. The officer's reply in the thread, or a supervisor's remark: changes no state. Actions that move the state; only a supervisor takes them. States that wait for a supervisor's (next) look.</extracomment>
        <translation>Received</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Needs correction</source>
        <translation>Needs correction</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>Changed after approval</source>
        <translation>Changed after approval</translation>
    </message>
    <message>
        <source>Sent back for correction</source>
        <translation>Sent back for correction</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Only a supervisor's laptop approves or sends back records; this laptop is an officer's.</source>
        <extracomment>The laptop's role from its enrolment (sync.client.ROLE writes it; the store does not import sync). Why an action was refused, in words the user reads (context "Review"); {uuid} names it.</extracomment>
        <translation>Only a supervisor's laptop approves or sends back records; this laptop is an officer's.</translation>
    </message>
    <message>
        <source>Record {uuid} belongs to another team: it is not this laptop's to review.</source>
        <translation>Record {uuid} belongs to another team: it is not this laptop's to review.</translation>
    </message>
    <message>
        <source>There is no record {uuid} on this laptop.</source>
        <translation>There is no record {uuid} on this laptop.</translation>
    </message>
    <message>
        <source>Say what to correct: a comment is required.</source>
        <translation>Say what to correct: a comment is required.</translation>
    </message>
    <message>
        <source>The comment is too long (at most 2000).</source>
        <translation>The comment is too long (at most 2000).</translation>
    </message>
    <message>
        <source>Record {uuid} was not sent back: there is nothing to answer.</source>
        <translation>Record {uuid} was not sent back: there is nothing to answer.</translation>
    </message>
    <message>
        <source>Sent back for correction: {count} (see them with: outreach todo).</source>
        <translation>Sent back for correction: {count} (see them with: outreach todo).</translation>
    </message>
    <message>
        <source>{state}, deleted</source>
        <translation>{state}, deleted</translation>
    </message>
    <message>
        <source>Approved: {count}.</source>
        <translation>Approved: {count}.</translation>
    </message>
    <message>
        <source>Sent back to its officer: {uuid}.</source>
        <translation>Sent back to its officer: {uuid}.</translation>
    </message>
    <message>
        <source>Answer saved: {uuid}.</source>
        <translation>Answer saved: {uuid}.</translation>
    </message>
    <message>
        <source>Nothing was sent back for correction.</source>
        <translation>Nothing was sent back for correction.</translation>
    </message>
    <message>
        <source>{who}: {comment}</source>
        <translation>{who}: {comment}</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message numerus="yes">
        <source>Send %n record(s) back to the officer. Say what to correct (required):</source>
        <translation><numerusform>Send %n record back to the officer. Say what to correct (required):</numerusform><numerusform>Send %n records back to the officer. Say what to correct (required):</numerusform></translation>
    </message>
    <message>
        <source>Answer the supervisor</source>
        <translation>Answer the supervisor</translation>
    </message>
    <message>
        <source>Your answer goes to the supervisor with the record unchanged (required):</source>
        <translation>Your answer goes to the supervisor with the record unchanged (required):</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) selected: A approves them all.</source>
        <extracomment>Personal data (a client's name, phone, address) is not shown in review: the check is of the outreach work, and the history dialog masks it the same way. Photos shown this wide (points); a click opens the file at full size. The last answer of head office for the record shown (None: not asked or waiting).</extracomment>
        <translation><numerusform>%n record selected: A approves them all.</numerusform><numerusform>%n records selected: A approves them all.</numerusform></translation>
    </message>
    <message>
        <source>Select a record to see it, its history and its thread.</source>
        <translation>Select a record to see it, its history and its thread.</translation>
    </message>
    <message>
        <source>This record is not on this laptop.</source>
        <translation>This record is not on this laptop.</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>Changed since it was sent back</source>
        <translation>Changed since it was sent back</translation>
    </message>
    <message>
        <source>Review thread</source>
        <translation>Review thread</translation>
    </message>
    <message>
        <source>No review yet.</source>
        <translation>No review yet.</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>This laptop is not connected to head office.</source>
        <translation>This laptop is not connected to head office.</translation>
    </message>
    <message>
        <source>Asking head office…</source>
        <translation>Asking head office…</translation>
    </message>
    <message>
        <source>Head office could not be asked: {error}</source>
        <translation>Head office could not be asked: {error}</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Head office does not hold it yet.</source>
        <translation>Head office does not hold it yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s) not on this laptop.</source>
        <translation><numerusform>%n photo not on this laptop.</numerusform><numerusform>%n photos not on this laptop.</numerusform></translation>
    </message>
    <message>
        <source>Sync conflicts kept at head office</source>
        <translation>Sync conflicts kept at head office</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source>{when}: a version by {who} ({device}) gave way</source>
        <translation>{when}: a version by {who} ({device}) gave way</translation>
    </message>
    <message>
        <source>it deleted the record</source>
        <translation>it deleted the record</translation>
    </message>
    <message>
        <source>to a version that deleted the record</source>
        <translation>to a version that deleted the record</translation>
    </message>
    <message>
        <source>%1, deleted</source>
        <extracomment>Counts get this share of the UI thread's budget: the rows matter first, and "counting…" for a moment costs the user nothing (a count of a million rows always goes to a worker). Review actions on up to this many records are saved on the UI thread; more go to a worker. States that need the supervisor: their rows are drawn in colour.</extracomment>
        <translation>%1, deleted</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Place / question</source>
        <translation>Place / question</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Review state</translation>
    </message>
    <message>
        <source>Search place, notes, questions…</source>
        <extracomment>A worker is saving review actions (see _act).</extracomment>
        <translation>Search place, notes, questions…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>All branches</source>
        <extracomment>Shown when the laptop sees teams of more than one branch (head office says which).</extracomment>
        <translation>All branches</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>All officers</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>Any review state</translation>
    </message>
    <message>
        <source>All venue kinds</source>
        <translation>All venue kinds</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>All campaigns</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>All special groups</source>
        <translation>All special groups</translation>
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
        <source>Keys: ↑/↓ move · A approve · R needs correction</source>
        <translation>Keys: ↑/↓ move · A approve · R needs correction</translation>
    </message>
    <message>
        <source>Approve (A)</source>
        <translation>Approve (A)</translation>
    </message>
    <message>
        <source>Needs correction… (R)</source>
        <translation>Needs correction… (R)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>The review could not be saved: {error}</source>
        <translation>The review could not be saved: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Saving %n review(s)…</source>
        <translation><numerusform>Saving %n review…</numerusform><numerusform>Saving %n reviews…</numerusform></translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>counting…</translation>
    </message>
    <message>
        <source>No records from the teams yet.</source>
        <translation>No records from the teams yet.</translation>
    </message>
    <message>
        <source>%1: waiting for review %2 · sent back, not yet fixed %3</source>
        <translation>%1: waiting for review %2 · sent back, not yet fixed %3</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation><numerusform>%n record</numerusform><numerusform>%n records</numerusform></translation>
    </message>
    <message>
        <source>Sent back by %1 (%2): %3</source>
        <translation>Sent back by %1 (%2): %3</translation>
    </message>
    <message>
        <source>A supervisor sent these records back. Open one to correct it, or answer the comment if the record is right as it is.</source>
        <translation>A supervisor sent these records back. Open one to correct it, or answer the comment if the record is right as it is.</translation>
    </message>
    <message>
        <source>Sent back by</source>
        <translation>Sent back by</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Open and correct…</source>
        <translation>Open and correct…</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Answer…</translation>
    </message>
</context>
<context>
    <name>ServerCli</name>
    <message>
        <source>Head office's server needs packages that are not installed ({modules}). From the app's folder, on a fresh machine: bash packaging/head-office.sh (it installs them and starts the server); or install them into this environment: pip install -e '.[server]'.</source>
        <extracomment>The modules of the [server] extras the server cannot do without.</extracomment>
        <translation>Head office's server needs packages that are not installed ({modules}). From the app's folder, on a fresh machine: bash packaging/head-office.sh (it installs them and starts the server); or install them into this environment: pip install -e '.[server]'.</translation>
    </message>
    <message>
        <source>language of the help (default: the system's, else English)</source>
        <extracomment>How `serve` hands its database and public address to worker processes, which uvicorn starts afresh (spawned: they get no Python objects from the parent, only the environment).</extracomment>
        <translation>language of the help (default: the system's, else English)</translation>
    </message>
    <message>
        <source>sqlite:///FILE or postgresql://USER@HOST/DB (default: a SQLite file in the user data dir)</source>
        <translation>sqlite:///FILE or postgresql://USER@HOST/DB (default: a SQLite file in the user data dir)</translation>
    </message>
    <message>
        <source>the address to listen at (default 127.0.0.1, this machine only; 0.0.0.0 for laptops on the network)</source>
        <translation>the address to listen at (default 127.0.0.1, this machine only; 0.0.0.0 for laptops on the network)</translation>
    </message>
    <message>
        <source>the port to listen at (default 8765)</source>
        <translation>the port to listen at (default 8765)</translation>
    </message>
    <message>
        <source>how many server processes share the port (default 1; one per CPU core for a busy head office)</source>
        <translation>how many server processes share the port (default 1; one per CPU core for a busy head office)</translation>
    </message>
    <message>
        <source>addresses of the proxies (nginx) whose X-Forwarded-For and X-Forwarded-Proto headers are believed, comma-separated, '*' for any (default 127.0.0.1 and ::1)</source>
        <translation>addresses of the proxies (nginx) whose X-Forwarded-For and X-Forwarded-Proto headers are believed, comma-separated, '*' for any (default 127.0.0.1 and ::1)</translation>
    </message>
    <message>
        <source>where residents' phones reach this server's tracked QR links (/q/CODE), if not at the address laptops use, e.g. https://q.example-bank.cn</source>
        <translation>where residents' phones reach this server's tracked QR links (/q/CODE), if not at the address laptops use, e.g. https://q.example-bank.cn</translation>
    </message>
    <message>
        <source>Head office's sync server for Outreach Log (serves when no command is given).</source>
        <translation>Head office's sync server for Outreach Log (serves when no command is given).</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>commands</translation>
    </message>
    <message>
        <source>what to do (without one: serve)</source>
        <translation>what to do (without one: serve)</translation>
    </message>
    <message>
        <source>run the sync server</source>
        <translation>run the sync server</translation>
    </message>
    <message>
        <source>manage teams</source>
        <translation>manage teams</translation>
    </message>
    <message>
        <source>what to do</source>
        <translation>what to do</translation>
    </message>
    <message>
        <source>add a team</source>
        <translation>add a team</translation>
    </message>
    <message>
        <source>the team's name, as laptops show it</source>
        <translation>the team's name, as laptops show it</translation>
    </message>
    <message>
        <source>the branch (支行, 村镇银行, 营业部) the team belongs to, added if new (default: the default branch)</source>
        <translation>the branch (支行, 村镇银行, 营业部) the team belongs to, added if new (default: the default branch)</translation>
    </message>
    <message>
        <source>put a team in another branch</source>
        <translation>put a team in another branch</translation>
    </message>
    <message>
        <source>the branch it belongs to from now on</source>
        <translation>the branch it belongs to from now on</translation>
    </message>
    <message>
        <source>list teams</source>
        <translation>list teams</translation>
    </message>
    <message>
        <source>list branches with their teams</source>
        <translation>list branches with their teams</translation>
    </message>
    <message>
        <source>make a one-time enrolment code for a laptop</source>
        <translation>make a one-time enrolment code for a laptop</translation>
    </message>
    <message>
        <source>the laptop's team</source>
        <translation>the laptop's team</translation>
    </message>
    <message>
        <source>field (a laptop of the team's officers) or supervisor (a supervisor's laptop)</source>
        <translation>field (a laptop of the team's officers) or supervisor (a supervisor's laptop)</translation>
    </message>
    <message>
        <source>a supervisor of this branch only: it sees and reviews the branch's teams (its --team must be one of them)</source>
        <translation>a supervisor of this branch only: it sees and reviews the branch's teams (its --team must be one of them)</translation>
    </message>
    <message>
        <source>a supervisor of the whole bank: every team (the default)</source>
        <translation>a supervisor of the whole bank: every team (the default)</translation>
    </message>
    <message>
        <source>the address laptops reach this server at</source>
        <translation>the address laptops reach this server at</translation>
    </message>
    <message>
        <source>where to save the QR code (default: enrol-CODE.png)</source>
        <translation>where to save the QR code (default: enrol-CODE.png)</translation>
    </message>
    <message>
        <source>scans of tracked QR codes per print run</source>
        <translation>scans of tracked QR codes per print run</translation>
    </message>
    <message>
        <source>only this team's print runs</source>
        <translation>only this team's print runs</translation>
    </message>
    <message>
        <source>records two laptops changed at once: what was lost</source>
        <translation>records two laptops changed at once: what was lost</translation>
    </message>
    <message>
        <source>only this team's records</source>
        <translation>only this team's records</translation>
    </message>
    <message>
        <source>how many, newest first</source>
        <translation>how many, newest first</translation>
    </message>
    <message>
        <source>stop a device's token working</source>
        <translation>stop a device's token working</translation>
    </message>
    <message>
        <source>the device's id, as `devices` lists it</source>
        <translation>the device's id, as `devices` lists it</translation>
    </message>
    <message>
        <source>edit reference lists</source>
        <translation>edit reference lists</translation>
    </message>
    <message>
        <source>add or change a list entry</source>
        <translation>add or change a list entry</translation>
    </message>
    <message>
        <source>the list: venue_kinds, campaigns, topics, consultation_categories, special_groups, service_kinds or partners</source>
        <translation>the list: venue_kinds, campaigns, topics, consultation_categories, special_groups, service_kinds or partners</translation>
    </message>
    <message>
        <source>the entry's code in the list (kept for good)</source>
        <translation>the entry's code in the list (kept for good)</translation>
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
        <source>keep the entry out of use</source>
        <translation>keep the entry out of use</translation>
    </message>
    <message>
        <source>a team's roster of officers, which its laptops record by</source>
        <translation>a team's roster of officers, which its laptops record by</translation>
    </message>
    <message>
        <source>put an officer on the roster (or back in use)</source>
        <translation>put an officer on the roster (or back in use)</translation>
    </message>
    <message>
        <source>take an officer out of use (their records stay theirs)</source>
        <translation>take an officer out of use (their records stay theirs)</translation>
    </message>
    <message>
        <source>the team's name</source>
        <translation>the team's name</translation>
    </message>
    <message>
        <source>list enrolled devices: last sync, changes refused, revoked</source>
        <translation>list enrolled devices: last sync, changes refused, revoked</translation>
    </message>
    <message>
        <source>only laptops in use that have not synced for N days or more (never synced: counted from enrolment)</source>
        <translation>only laptops in use that have not synced for N days or more (never synced: counted from enrolment)</translation>
    </message>
    <message>
        <source>the officer's name, as records show it</source>
        <translation>the officer's name, as records show it</translation>
    </message>
    <message>
        <source>the roster, and names changes came under not on it</source>
        <translation>the roster, and names changes came under not on it</translation>
    </message>
    <message>
        <source>hosts tracked QR codes may send phones to (others: head office's page)</source>
        <translation>hosts tracked QR codes may send phones to (others: head office's page)</translation>
    </message>
    <message>
        <source>www.example.cn, *.example.cn (its subdomains) or www.example.cn:8443</source>
        <translation>www.example.cn, *.example.cn (its subdomains) or www.example.cn:8443</translation>
    </message>
    <message>
        <source>allow a host</source>
        <translation>allow a host</translation>
    </message>
    <message>
        <source>stop allowing a host</source>
        <translation>stop allowing a host</translation>
    </message>
    <message>
        <source>allowed hosts, and design links held back</source>
        <translation>allowed hosts, and design links held back</translation>
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
        <source>The data folder {path} cannot be written to ({reason}). Choose a data folder you may write in (--data-dir), or ask for permission to write in this one.</source>
        <translation>The data folder {path} cannot be written to ({reason}). Choose a data folder you may write in (--data-dir), or ask for permission to write in this one.</translation>
    </message>
    <message>
        <source>The store {path} cannot be written to ({reason}). Ask for permission to write it, or choose another data folder (--data-dir).</source>
        <translation>The store {path} cannot be written to ({reason}). Ask for permission to write it, or choose another data folder (--data-dir).</translation>
    </message>
    <message>
        <source>The disk that holds {path} is full: nothing more can be saved there. What was saved before is safe; free some space on the disk and try again.</source>
        <translation>The disk that holds {path} is full: nothing more can be saved there. What was saved before is safe; free some space on the disk and try again.</translation>
    </message>
    <message>
        <source>The store {path} cannot be opened: {reason}</source>
        <translation>The store {path} cannot be opened: {reason}</translation>
    </message>
    <message>
        <source>The store {path} cannot be opened. Check that the disk it is on is connected and can be read; the details are in the log file.</source>
        <translation>The store {path} cannot be opened. Check that the disk it is on is connected and can be read; the details are in the log file.</translation>
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
    <message>
        <source>This version of Outreach Log brings a new layout of the data, and copies the data into {path} before it changes it; the copy could not be made ({reason}). Nothing was changed: the data is as the earlier version left it. Free some space on the disk, or make sure the folder can be written, and try again.</source>
        <extracomment>A copy made before a migration: "before-v8-20261203-101500.sqlite3" held schema version 8.</extracomment>
        <translation>This version of Outreach Log brings a new layout of the data, and copies the data into {path} before it changes it; the copy could not be made ({reason}). Nothing was changed: the data is as the earlier version left it. Free some space on the disk, or make sure the folder can be written, and try again.</translation>
    </message>
    <message>
        <source>the details are in the log file</source>
        <extracomment>In place of SQLite's English, which goes only to the log (with the exception).</extracomment>
        <translation>the details are in the log file</translation>
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
        <extracomment>A supervisor's branch from its enrolment (None: every team; desktop.store.reviews reads it). Head office's public address for tracked QR links, when it announces one (LINKS_HEADER). This laptop's edits that gave way to later ones elsewhere (sync.refusals shows them), and the last such conflict head office has told it of. At most this many are kept to show; older ones stay at head office. At most this many pulled records are written in one transaction (see `pull`). Why a sync failed, in words the user reads (translated in the UI, context "Sync").</extracomment>
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