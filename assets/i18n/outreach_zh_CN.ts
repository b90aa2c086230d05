<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>诊断信息</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
</context>
<context>
    <name>About</name>
    <message>
        <source>About Outreach Log</source>
        <extracomment>How long the UI thread may count the outbox before the count goes to a worker (it is an index count: 0.1 s at a million waiting changes). Room for a Windows data folder&apos;s path (under the user&apos;s AppData/Local/OutreachLog) on one line.</extracomment>
        <translation>关于金融知识宣传台账</translation>
    </message>
    <message>
        <source>Outreach Log %1</source>
        <translation>金融知识宣传台账 %1</translation>
    </message>
    <message>
        <source>Records financial-literacy outreach offline and sends it to head office.</source>
        <translation>离线记录金融知识宣传活动，并发送给总行。</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>复制诊断信息</translation>
    </message>
    <message>
        <source>Puts all of the above on the clipboard as text, to paste into a message to support. It holds no client&apos;s data.</source>
        <translation>把以上内容作为文本放到剪贴板，可粘贴到发给技术支持的消息中。其中不含任何客户信息。</translation>
    </message>
    <message>
        <source>Copied: paste it into your message to support.</source>
        <translation>已复制：请粘贴到发给技术支持的消息中。</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>An unexpected error occurred. What you saved is safe; the details are in the log file in %1.</source>
        <translation>发生意外错误。已保存的内容不会丢失，详细信息见 %1 中的日志文件。</translation>
    </message>
    <message>
        <source>Outreach Log</source>
        <extracomment>The app&apos;s icon (drawn by packaging/make_icons.py); one file of 256 px, Qt scales it. How long the window gets to lay itself out and load its first pages before a screenshot.</extracomment>
        <translation>金融知识宣传台账</translation>
    </message>
    <message>
        <source>The data file %1 is damaged. It is left as it is.</source>
        <translation>数据文件 %1 已损坏，已原样保留。</translation>
    </message>
    <message>
        <source>Put back the copy the app made on %1? What reached head office since then comes back at the next sync; what was recorded after the copy and never reached head office cannot be brought back.</source>
        <translation>要恢复本软件在 %1 保存的副本吗？此后已送达总行的内容会在下次同步时取回；副本之后记录、但未送达总行的内容无法找回。</translation>
    </message>
    <message>
        <source>Put back the copy</source>
        <translation>恢复副本</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Answered on the spot</source>
        <translation>现场解答</translation>
    </message>
    <message>
        <source>Referred onward</source>
        <translation>转交处理</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Partly done</source>
        <translation>部分办理</translation>
    </message>
    <message>
        <source>Could not be done</source>
        <translation>未能办理</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>A4, one per sheet</source>
        <translation>A4，每张一份</translation>
    </message>
    <message>
        <source>A5, two per A4 sheet</source>
        <translation>A5，每张 A4 纸两份</translation>
    </message>
    <message>
        <source>A6, four per A4 sheet</source>
        <translation>A6，每张 A4 纸四份</translation>
    </message>
    <message>
        <source>Tri-fold A4 landscape</source>
        <translation>A4 横版三折页</translation>
    </message>
    <message>
        <source>The link itself</source>
        <translation>直接指向该链接</translation>
    </message>
    <message>
        <source>Head office&apos;s counted short link</source>
        <translation>经总行短链接（统计扫码次数）</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Send back for correction</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>Venue kinds</source>
        <translation>场所类型</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>专项活动</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>宣传主题</translation>
    </message>
    <message>
        <source>Consultation categories</source>
        <translation>咨询业务类别</translation>
    </message>
    <message>
        <source>Special groups</source>
        <translation>特殊群体</translation>
    </message>
    <message>
        <source>Service kinds</source>
        <translation>服务类型</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>合作单位</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>where the store lives (default: the platform&apos;s user data dir)</source>
        <translation>数据存放位置（默认：系统的用户数据目录）</translation>
    </message>
    <message>
        <source>language of the window and messages (default: the system&apos;s, else English)</source>
        <translation>窗口和提示的语言（默认：跟随系统，否则为英文）</translation>
    </message>
    <message>
        <source>record as this officer, who becomes the laptop&apos;s current officer (default: the current officer, else the OS login); a laptop enrolled at head office takes a name on its team&apos;s roster</source>
        <translation>以此工作人员的名义登记，并设为本机当前经办人（默认：当前经办人，否则为系统登录名）；已在总行注册的电脑只接受本队人员名单上的姓名</translation>
    </message>
    <message>
        <source>Outreach Log: record financial-literacy outreach offline.</source>
        <translation>宣教台账：离线登记金融知识宣传活动。</translation>
    </message>
    <message>
        <source>open a store of demo records (apart from the real one unless --data-dir is given)</source>
        <translation>打开演示数据（除非指定 --data-dir，否则与正式数据分开存放）</translation>
    </message>
    <message>
        <source>open the main window, save a picture of it and exit</source>
        <translation>打开主窗口，保存截图后退出</translation>
    </message>
    <message>
        <source>what to do; without a command the window opens</source>
        <translation>要执行的操作；不带命令时打开窗口</translation>
    </message>
    <message>
        <source>import an activity ledger (CSV or XLSX)</source>
        <translation>导入活动台账（CSV 或 XLSX）</translation>
    </message>
    <message>
        <source>sync once with head office and say what moved</source>
        <translation>与总行同步一次，并报告同步了哪些内容</translation>
    </message>
    <message>
        <source>connect this laptop to head office</source>
        <translation>将本机连接到总行</translation>
    </message>
    <message>
        <source>head office&apos;s address, e.g. http://host:8765</source>
        <translation>总行服务器地址，例如 http://host:8765</translation>
    </message>
    <message>
        <source>the one-time enrolment code (or the text of its QR code)</source>
        <translation>一次性注册码（或其二维码中的文字）</translation>
    </message>
    <message>
        <source>how head office lists this laptop (default: user@machine)</source>
        <translation>总行列表中本机的名称（默认：用户名@机器名）</translation>
    </message>
    <message>
        <source>put the store back as it was in one of its daily copies (the newest by default)</source>
        <translation>用某一份每日备份恢复数据（默认用最新一份）</translation>
    </message>
    <message>
        <source>a copy in the data folder&apos;s backups/</source>
        <translation>数据文件夹 backups/ 中的一份备份</translation>
    </message>
    <message>
        <source>write a leaflet design as a PDF ready to print (and count it as printed)</source>
        <translation>把折页样式生成可打印的 PDF（并记为已印制）</translation>
    </message>
    <message>
        <source>Write a leaflet design as a PDF of A4 sheets and record the print run, so the printed copies count as stock. Works without a display.</source>
        <translation>把折页样式生成 A4 页面的 PDF 并登记印制批次，印出的份数计入库存。无需显示器即可运行。</translation>
    </message>
    <message>
        <source>list the leaflet designs and exit</source>
        <translation>列出折页样式后退出</translation>
    </message>
    <message>
        <source>the design: its id, shipped code (e.g. telecom-zh) or title</source>
        <translation>折页样式：编号、内置代码（如 telecom-zh）或标题</translation>
    </message>
    <message>
        <source>how many leaflets to print</source>
        <translation>印制份数</translation>
    </message>
    <message>
        <source>where to write the PDF</source>
        <translation>PDF 保存位置</translation>
    </message>
    <message>
        <source>sheet layout (default: the design&apos;s own)</source>
        <translation>页面版式（默认：样式自带的版式）</translation>
    </message>
    <message>
        <source>QR code through head office&apos;s counted short link (needs an enrolled laptop)</source>
        <translation>二维码经总行可计数的短链接跳转（需本机已注册）</translation>
    </message>
    <message>
        <source>QR code with the design&apos;s own link</source>
        <translation>二维码直接使用样式自带的链接</translation>
    </message>
    <message>
        <source>do not record a print run (a proof, a test)</source>
        <translation>不登记印制批次（校样、试印）</translation>
    </message>
    <message>
        <source>usage:</source>
        <extracomment>argparse&apos;s own words, which it keeps in English whatever the language.</extracomment>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>位置参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示此帮助信息并退出</translation>
    </message>
    <message>
        <source>{prog}: error: {message}</source>
        <translation>{prog}：错误：{message}</translation>
    </message>
    <message>
        <source>the ledger file (CSV or XLSX), as the shipped template or as the branch keeps it</source>
        <translation>台账文件（CSV 或 XLSX），可以是内置模板格式，也可以是网点自己的格式</translation>
    </message>
    <message>
        <source>take every proposed column and value mapping as the last run printed it</source>
        <translation>按上次运行打印的方案接受全部列和取值的对应关系</translation>
    </message>
    <message>
        <source>what single columns hold, e.g. &quot;活动时间=held_on,序号=ignore,其他=notes&quot; (a column by its header or letter; a field name, ignore, notes, leaflets or leaflets:DESIGN); the other columns as proposed</source>
        <translation>指定个别列的内容，例如 &quot;活动时间=held_on,序号=ignore,其他=notes&quot;（列用表头或列字母表示；内容为字段名、ignore、notes、leaflets 或 leaflets:样式）；其余列按建议处理</translation>
    </message>
    <message>
        <source>what single list values are, e.g. &quot;topics:养老诈骗防范=pension_fraud,partners:县妇联=new&quot; (an entry&apos;s code or name, or new to add it); the other values as proposed</source>
        <translation>指定个别列表取值的对应，例如 &quot;topics:养老诈骗防范=pension_fraud,partners:县妇联=new&quot;（条目的代码或名称，或用 new 新增）；其余取值按建议处理</translation>
    </message>
    <message>
        <source>read the mapping from a file: the lines the proposal prints, or JSON</source>
        <translation>从文件读取对应关系：建议方案打印出的那些行，或 JSON</translation>
    </message>
    <message>
        <source>review the teams&apos; records (a supervisor&apos;s laptop): list, approve, send back</source>
        <extracomment>Exit code of a refusal.</extracomment>
        <translation>审核各团队的记录（督导人员的电脑）：列出、通过、退回</translation>
    </message>
    <message>
        <source>what to do</source>
        <translation>要执行的操作</translation>
    </message>
    <message>
        <source>one line per record: id, kind, date, team, officer, place, review state</source>
        <translation>每条记录一行：编号、类型、日期、团队、经办人、地点、审核状态</translation>
    </message>
    <message>
        <source>only records in this review state</source>
        <translation>只列此审核状态的记录</translation>
    </message>
    <message>
        <source>only this team&apos;s records</source>
        <translation>只列此团队的记录</translation>
    </message>
    <message>
        <source>approve records as they are (all of them, or none)</source>
        <translation>按现状审核通过这些记录（全部通过，或都不通过）</translation>
    </message>
    <message>
        <source>the records&apos; ids</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>send a record back to its officer for correction</source>
        <translation>把记录退回经办人修改</translation>
    </message>
    <message>
        <source>the record&apos;s id</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>what to correct (required)</source>
        <translation>需要修改的内容（必填）</translation>
    </message>
    <message>
        <source>the records a supervisor sent back for correction, with the comment</source>
        <translation>督导人员退回修改的记录及其意见</translation>
    </message>
    <message>
        <source>answer the supervisor&apos;s comment without changing the record</source>
        <translation>回复督导人员的意见，不修改记录</translation>
    </message>
    <message>
        <source>the answer (required)</source>
        <translation>回复内容（必填）</translation>
    </message>
    <message>
        <source>the period report: figures, summary paragraph, records (XLSX, CSV or PDF)</source>
        <translation>期间报告：各项数据、摘要段落和记录（XLSX、CSV 或 PDF）</translation>
    </message>
    <message>
        <source>Write the period report head office files: the figures with the records behind them, a summary paragraph and the counted records. FILE.xlsx is one workbook; FILE.csv writes FILE-summary.csv, FILE-months.csv and one FILE-KIND.csv per record kind beside it (UTF-8 with BOM); FILE.pdf is the printable A4 report (figures, tables and charts; never personal data).</source>
        <translation>写出报送总行的期间报告：各项数据及其背后的记录、摘要段落和计入的记录。FILE.xlsx 为一个工作簿；FILE.csv 则在其旁写出 FILE-summary.csv、FILE-months.csv 以及每类记录一个 FILE-KIND.csv（UTF-8，带 BOM）；FILE.pdf 为可打印的 A4 报告（数据、表格和图表，从不含个人信息）。</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>instead of --from/--to: a month (2026-03), quarter (2026Q1) or year (2026)</source>
        <translation>代替 --from/--to：月份（2026-03）、季度（2026Q1）或年份（2026）</translation>
    </message>
    <message>
        <source>only this team&apos;s records (may be given several times)</source>
        <translation>只统计该团队的记录（可多次给出）</translation>
    </message>
    <message>
        <source>only this branch&apos;s teams</source>
        <translation>只统计该支行的团队</translation>
    </message>
    <message>
        <source>count approved records only (default: every record received)</source>
        <translation>只计入已审核通过的记录（默认：计入所有已收到的记录）</translation>
    </message>
    <message>
        <source>include personal data (names, phones, addresses) in the records exported</source>
        <translation>导出的记录中包含个人信息（姓名、电话、地址）</translation>
    </message>
    <message>
        <source>also file the report under this title (报送): its figures and records are kept and go to head office; later changes show against them</source>
        <translation>同时以此标题报送该报告：保存其数据和记录并发送到总行；之后的改动会与之对照显示</translation>
    </message>
    <message>
        <source>where to write the report</source>
        <translation>报告写到哪里</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>App version</source>
        <extracomment>The distribution&apos;s name in pyproject.toml. The settings sync keeps (sync.client&apos;s names; not imported, this module must not need sync).</extracomment>
        <translation>应用版本</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Store size</source>
        <translation>数据大小</translation>
    </message>
    <message>
        <source>Changes not yet at head office</source>
        <translation>尚未送达总行的更改</translation>
    </message>
    <message>
        <source>Changes refused by head office</source>
        <translation>被总行拒收的更改</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>上次同步</translation>
    </message>
    <message>
        <source>Last sync error</source>
        <translation>上次同步错误</translation>
    </message>
    <message>
        <source>Head office</source>
        <translation>总行</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>所属团队</translation>
    </message>
    <message>
        <source>Current officer</source>
        <translation>当前经办人</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>设备编号</translation>
    </message>
    <message>
        <source>Computer name</source>
        <translation>计算机名</translation>
    </message>
    <message>
        <source>Store schema version</source>
        <translation>数据结构版本</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt 版本</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python 版本</translation>
    </message>
    <message>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <source>Outreach Log diagnostics</source>
        <translation>金融知识宣传台账诊断信息</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <source>could not be read (see the log file)</source>
        <translation>无法读取（详见日志文件）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>nobody chosen yet</source>
        <translation>尚未选择</translation>
    </message>
    <message>
        <source>{team} (supervisor)</source>
        <translation>{team}（督导）</translation>
    </message>
    <message>
        <source>demo records, never sent</source>
        <translation>演示记录，从不发送</translation>
    </message>
    <message>
        <source>not loaded</source>
        <translation>未加载</translation>
    </message>
    <message>
        <source>{found} (this app&apos;s: {latest})</source>
        <translation>{found}（本应用：{latest}）</translation>
    </message>
</context>
<context>
    <name>Display</name>
    <message>
        <source>The window cannot open: there is no display here (neither DISPLAY nor WAYLAND_DISPLAY is set). Start Outreach Log from a desktop session; or, for a picture of the window without a display, run it with QT_QPA_PLATFORM=offscreen and --screenshot FILE.png. The subcommands (import, sync, leaflet...) need no display.</source>
        <translation>无法打开窗口：这里没有显示器（DISPLAY 和 WAYLAND_DISPLAY 均未设置）。请在桌面会话中启动宣教台账；如需在无显示器时获得窗口截图，请设置 QT_QPA_PLATFORM=offscreen 并加 --screenshot 文件.png 运行。子命令（import、sync、leaflet 等）不需要显示器。</translation>
    </message>
    <message>
        <source>The window cannot open: these system libraries Qt needs are missing: {libraries}. On Debian or Ubuntu: apt-get install {packages} (bash packaging/setup.sh app installs them).</source>
        <translation>无法打开窗口：缺少 Qt 所需的系统库：{libraries}。在 Debian 或 Ubuntu 上运行：apt-get install {packages}（bash packaging/setup.sh app 会自动安装）。</translation>
    </message>
    <message>
        <source>The window cannot open: Qt could not start on this display ({display}). The details are in the log file in {logs}.</source>
        <translation>无法打开窗口：Qt 无法在此显示器（{display}）上启动。详细信息见 {logs} 中的日志文件。</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>Set a date</source>
        <extracomment>A list&apos;s date filter at this date (its minimum, shown as &quot;any&quot;) filters nothing.</extracomment>
        <translation>设置日期</translation>
    </message>
    <message>
        <source>(deleted)</source>
        <extracomment>The label of a value the list does not offer (a retired entry, an old or deleted record that is linked to).</extracomment>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>e.g. 09:30</source>
        <translation>例如 09:30</translation>
    </message>
    <message>
        <source>names, separated by 、 or commas</source>
        <translation>姓名，用“、”或逗号分隔</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Nothing is recorded on this laptop yet</source>
        <translation>这台电脑上还没有任何记录</translation>
    </message>
    <message>
        <source>Start in one of three ways:</source>
        <translation>可以从以下三种方式开始：</translation>
    </message>
    <message>
        <source>Import a ledger…</source>
        <translation>导入台账…</translation>
    </message>
    <message>
        <source>Bring in the sessions the branch already keeps in Excel or CSV.</source>
        <translation>把网点已有的 Excel 或 CSV 台账中的活动导入进来。</translation>
    </message>
    <message>
        <source>Record a session…</source>
        <translation>登记一场活动…</translation>
    </message>
    <message>
        <source>Enter an outreach session held today or earlier.</source>
        <translation>登记今天或之前开展的宣传活动。</translation>
    </message>
    <message>
        <source>Connect to head office…</source>
        <translation>连接总行…</translation>
    </message>
    <message>
        <source>With an enrolment code from head office: what you record is then sent there, and the reference lists come from there.</source>
        <translation>使用总行发放的注册码连接：之后登记的内容会同步到总行，基础数据也由总行下发。</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>End time</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Township / county</source>
        <translation>乡镇/县</translation>
    </message>
    <message>
        <source>Venue kind</source>
        <translation>场所类型</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>专项活动</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>宣传主题</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>合作单位</translation>
    </message>
    <message>
        <source>Staff present</source>
        <translation>参与人员</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>受众人数</translation>
    </message>
    <message>
        <source>Consultations answered</source>
        <translation>现场咨询数</translation>
    </message>
    <message>
        <source>Held online</source>
        <translation>线上开展</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>宣传活动</translation>
    </message>
    <message>
        <source>Business category</source>
        <translation>业务类别</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>咨询问题</translation>
    </message>
    <message>
        <source>Answer given</source>
        <translation>答复内容</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理方式</translation>
    </message>
    <message>
        <source>Special group</source>
        <translation>特殊群体</translation>
    </message>
    <message>
        <source>Follow-up needed</source>
        <translation>需要回访</translation>
    </message>
    <message>
        <source>Person agreed to leave contact details</source>
        <translation>本人同意留下联系方式</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Village / community</source>
        <translation>村/社区</translation>
    </message>
    <message>
        <source>Services given</source>
        <translation>服务内容</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>回访日期</translation>
    </message>
    <message>
        <source>Client agreed to keep personal details</source>
        <translation>客户同意留存个人信息</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>客户姓名</translation>
    </message>
    <message>
        <source>Client phone</source>
        <translation>客户电话</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>客户地址</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Body text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>QR code link</source>
        <extracomment>The design&apos;s own link when the run was printed: where a tracked code should lead.</extracomment>
        <translation>二维码链接</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <source>Warn when stock falls below</source>
        <translation>库存低于此数时提醒</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Picture (checksum)</source>
        <extracomment>Content address (sha256) of a picture in the data dir&apos;s content-addressed file store.</extracomment>
        <translation>配图（校验值）</translation>
    </message>
    <message>
        <source>Footer line</source>
        <extracomment>Printed at the bottom of every leaflet: the bank, its hotline, the campaign.</extracomment>
        <translation>页脚文字</translation>
    </message>
    <message>
        <source>QR code leads to</source>
        <translation>二维码指向</translation>
    </message>
    <message>
        <source>Leaflet design</source>
        <translation>折页样式</translation>
    </message>
    <message>
        <source>Printed on</source>
        <translation>印制日期</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>印制份数</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <extracomment>Made on the device when the run is printed (short, URL-safe, unguessable); head office learns it from this record at the next sync and counts scans of /q/&lt;code&gt; against it.</extracomment>
        <translation>扫码统计码</translation>
    </message>
    <message>
        <source>Printed QR link</source>
        <extracomment>Exactly what the printed QR code says.</extracomment>
        <translation>印制的二维码链接</translation>
    </message>
    <message>
        <source>Leaflets handed out</source>
        <translation>折页发放数</translation>
    </message>
    <message>
        <source>Checksum</source>
        <extracomment>Content address of the file in the data dir&apos;s photo folder.</extracomment>
        <translation>校验值</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>文件名</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>照片说明</translation>
    </message>
    <message>
        <source>List</source>
        <translation>所属列表</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Version seen</source>
        <extracomment>The stamp of the target&apos;s version the action was taken on.</extracomment>
        <translation>所审核的版本</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>期间起</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>期间止</translation>
    </message>
    <message>
        <source>Branch</source>
        <extracomment>The scope asked for: a branch, some teams, or neither (the whole bank).</extracomment>
        <translation>支行</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Approved records only</source>
        <translation>仅统计已审核记录</translation>
    </message>
    <message>
        <source>Figures</source>
        <extracomment>The figures as filed: JSON {&quot;figures&quot;: {key: value}, &quot;breakdowns&quot;: {key: [[code, value], ...]}, &quot;months&quot;: [[first, {key: value}], ...]}.</extracomment>
        <translation>数据</translation>
    </message>
    <message>
        <source>Records counted</source>
        <translation>统计记录数</translation>
    </message>
    <message>
        <source>Parts</source>
        <extracomment>How many filed_report_part records list them, and a SHA-256 over their lines in order: a report whose parts have not all arrived is told apart from a changed one.</extracomment>
        <translation>分段数</translation>
    </message>
    <message>
        <source>Filed report</source>
        <translation>已报送报告</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>分段</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Team</source>
        <extracomment>Personal data (names, phones, addresses): shown only where needed, needs consent to keep. For REF/REFS: which reference list the codes come from. For LINK: the kind of the linked record. Dates that describe something that already happened cannot lie in the future. Shown as a column in the section&apos;s list. Import/export column headers besides the field name (Chinese ledgers, older templates). Filled by the form with the last value the user typed (place, staff...). Set by the app (checksums, tracking codes), not typed: forms leave it alone. Columns every record table has. The sync protocol ships them with each record. A record&apos;s team (a meta column) described as a field, for lists that show several teams&apos; records (a supervisor&apos;s laptop).</extracomment>
        <translation>所属团队</translation>
    </message>
</context>
<context>
    <name>FiledReports</name>
    <message>
        <source>File the report</source>
        <extracomment>The reviewed kinds&apos; figures whose sum is the number of records a report counts (filing.counted lists every record of these kinds the selection counts).</extracomment>
        <translation>报送报告</translation>
    </message>
    <message>
        <source>Filing keeps these figures and the list of records behind them as they are now, and sends them to head office with the next sync. A later change to one of these records will show beside the filed report.</source>
        <translation>报送会按现在的样子保存这些数据及其背后的记录清单，并在下次同步时发送到总行。之后这些记录若有改动，会在已报送报告旁显示。</translation>
    </message>
    <message>
        <source>The report&apos;s title (required)</source>
        <translation>报告标题（必填）</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Teams:</source>
        <translation>团队：</translation>
    </message>
    <message>
        <source>Approved records only</source>
        <translation>仅统计已审核记录</translation>
    </message>
    <message>
        <source>All records received (approved or not)</source>
        <translation>全部已收到记录（不论是否审核）</translation>
    </message>
    <message>
        <source>%1 records are still under review or sent back.</source>
        <translation>另有 %1 条记录待审核或已退回。</translation>
    </message>
    <message>
        <source>Counting:</source>
        <translation>统计口径：</translation>
    </message>
    <message>
        <source>Records counted:</source>
        <translation>计入记录数：</translation>
    </message>
    <message>
        <source>File</source>
        <translation>报送</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Filing the report…</source>
        <translation>正在报送…</translation>
    </message>
    <message>
        <source>Filed.</source>
        <translation>已报送。</translation>
    </message>
    <message>
        <source>The report could not be filed: %1. Nothing was kept.</source>
        <translation>报告未能报送：%1。没有保存任何内容。</translation>
    </message>
    <message>
        <source>Parts still arriving</source>
        <translation>部分内容仍在同步中</translation>
    </message>
    <message>
        <source>Unchanged since filed</source>
        <translation>报送后未变化</translation>
    </message>
    <message>
        <source>Changed since filed on %1: %n record(s)</source>
        <translation>报送（%1）后有变化：%n 条记录</translation>
    </message>
    <message>
        <source>Not every part of the report&apos;s list of records has reached this laptop yet (a sync cut short): it is compared once they are all here.</source>
        <translation>报告的记录清单尚未全部到达本机（同步中断）：全部到达后再行对照。</translation>
    </message>
    <message>
        <source>Every record counted is as it was when filed.</source>
        <translation>计入的每条记录都与报送时相同。</translation>
    </message>
    <message>
        <source>Changed, deleted or moved out since filed: %1
Counted now, not when filed: %2</source>
        <translation>报送后修改、删除或移出：%1
报送时未计入、现在计入：%2</translation>
    </message>
    <message>
        <source>Reports filed on this laptop</source>
        <extracomment>Column order of the list. A report&apos;s status or comparison arrived (its uuid); tests wait on these.</extracomment>
        <translation>本机已报送的报告</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>报送日期</translation>
    </message>
    <message>
        <source>Records counted</source>
        <translation>统计记录数</translation>
    </message>
    <message>
        <source>Since filed</source>
        <translation>报送后变化</translation>
    </message>
    <message>
        <source>No report has been filed on this laptop yet. Build a report and choose File the report to keep what goes to the regulator.</source>
        <translation>本机还没有报送过报告。生成报告后选择“报送报告”，即可保存报送给监管机构的内容。</translation>
    </message>
    <message>
        <source>Choose a filed report to compare it.</source>
        <translation>选择一份已报送的报告进行对照。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>As filed</source>
        <translation>报送时</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
    <message>
        <source>Could not be compared: %1</source>
        <translation>无法对照：%1</translation>
    </message>
    <message>
        <source>Could not be compared</source>
        <translation>无法对照</translation>
    </message>
    <message>
        <source>%1: as filed on %2, and as the figures would be now</source>
        <translation>%1：%2 报送时的数据与现在的数据</translation>
    </message>
    <message>
        <source>Reading the figures now…</source>
        <translation>正在读取现在的数据…</translation>
    </message>
    <message>
        <source>The figures now could not be read: %1</source>
        <translation>无法读取现在的数据：%1</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Consultations</source>
        <extracomment>Pages of records kept for drawing (the rows in view and around); beyond them only keys. How long a page or a count may hold the UI thread before a worker takes it over (seconds); the goal is no interaction over 200 ms, and the rest of the work (drawing) needs its share. Column headers shorter than the field&apos;s label, where the label would make a narrow column of numbers wide; the header&apos;s tooltip gives the whole label.</extracomment>
        <translation>咨询数</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Head office</source>
        <translation>总行</translation>
    </message>
    <message>
        <source>At head office</source>
        <translation>在总行</translation>
    </message>
    <message>
        <source>On this laptop (%1)</source>
        <translation>在本机（%1）</translation>
    </message>
    <message>
        <source>On laptop %1</source>
        <translation>在电脑 %1 上</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Received from head office</source>
        <translation>从总行接收</translation>
    </message>
    <message>
        <source>History: %1</source>
        <translation>变更历史：%1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>Sessions</source>
        <extracomment>The month&apos;s cards: the report figure shown, and the list it opens. Follow-ups before this day are not looked for (a bound for the report&apos;s period).</extracomment>
        <translation>宣传活动</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>受众人数</translation>
    </message>
    <message>
        <source>Leaflets handed out</source>
        <translation>发放折页</translation>
    </message>
    <message>
        <source>Special-group visits</source>
        <translation>特殊群体上门服务</translation>
    </message>
    <message>
        <source>This month so far</source>
        <translation>本月至今</translation>
    </message>
    <message>
        <source>This page will show the month&apos;s sessions, people reached, leaflets and visits as soon as something is recorded.</source>
        <translation>一旦有记录，这里会显示本月的宣传活动、受众人数、折页和上门服务。</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>无法读取统计数字。</translation>
    </message>
    <message>
        <source>This month so far (%1 – %2)</source>
        <translation>本月至今（%1 至 %2）</translation>
    </message>
    <message>
        <source>Follow-up visits due: %n</source>
        <translation>待回访：%n 次</translation>
    </message>
    <message>
        <source>No follow-up visit is due.</source>
        <translation>暂无待回访。</translation>
    </message>
    <message>
        <source>%1 (%2 left)</source>
        <translation>%1（剩 %2 份）</translation>
    </message>
    <message>
        <source>Designs running low: %1</source>
        <translation>库存不足的折页：%1</translation>
    </message>
    <message>
        <source>No design is running low.</source>
        <translation>折页库存充足。</translation>
    </message>
    <message>
        <source>Records sent back for correction: %n</source>
        <translation>退回待修改的记录：%n 条</translation>
    </message>
    <message>
        <source>No record is waiting for a correction.</source>
        <translation>没有待修改的记录。</translation>
    </message>
    <message>
        <source>Demo records: they are never sent to head office.</source>
        <translation>演示数据：不会发送到总行。</translation>
    </message>
    <message>
        <source>Not connected to head office.</source>
        <translation>尚未连接总行。</translation>
    </message>
    <message>
        <source>Last reached head office: %1 (UTC)</source>
        <translation>上次与总行同步：%1（UTC）</translation>
    </message>
    <message>
        <source>Has not reached head office yet.</source>
        <translation>尚未与总行同步过。</translation>
    </message>
    <message>
        <source>%n change(s) waiting to be sent.</source>
        <translation>有 %n 项改动待发送。</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>没有待发送的改动。</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Unknown columns: {columns}. Use the headers of the ledger template.</source>
        <translation>无法识别的列：{columns}。请使用台账模板中的表头。</translation>
    </message>
    <message>
        <source>Required columns are missing: {columns}.</source>
        <translation>缺少必填列：{columns}。</translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot;: no leaflet design is titled &quot;{title}&quot;.</source>
        <translation>列“{column}”：没有标题为“{title}”的折页样式。</translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot;: several leaflet designs are titled &quot;{title}&quot;.</source>
        <translation>列“{column}”：有多个折页样式的标题都是“{title}”。</translation>
    </message>
    <message>
        <source>Columns &quot;{first}&quot; and &quot;{second}&quot; hold the same thing.</source>
        <translation>列“{first}”与列“{second}”对应同一项内容。</translation>
    </message>
    <message>
        <source>The file is empty: its first row should hold the headers.</source>
        <translation>文件为空：第一行应为表头。</translation>
    </message>
    <message>
        <source>The file has column headers but no rows below them.</source>
        <translation>文件只有表头，下面没有数据行。</translation>
    </message>
    <message>
        <source>Duplicate of row {first}: add a start time to tell them apart.</source>
        <translation>与第 {first} 行重复：请填写开始时间以便区分。</translation>
    </message>
    <message>
        <source>Duplicate of row {first}: same date, start time, place and venue kind.</source>
        <translation>与第 {first} 行重复：日期、开始时间、地点和场所类型均相同。</translation>
    </message>
    <message>
        <source>The columns of this file are not the template&apos;s, or some list entries are not in their lists: confirm how they map before importing.</source>
        <translation>此文件的列与模板不同，或有些取值不在基础数据列表中：请先确认对应关系再导入。</translation>
    </message>
    <message>
        <source>The file&apos;s header row is not the one the mapping was made for: propose again.</source>
        <translation>文件的表头行与制定对应关系时的不同：请重新生成建议。</translation>
    </message>
    <message>
        <source>a totals row, not imported</source>
        <translation>合计行，未导入</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; has no year: write the date with its year, such as 2024-03-15.</source>
        <translation>“{text}”没有年份：请写明年份，例如 2024-03-15。</translation>
    </message>
    <message>
        <source>Row {row}, column &quot;{column}&quot;: {message}</source>
        <translation>第 {row} 行，“{column}”列：{message}</translation>
    </message>
    <message>
        <source>Row {row}: {message}</source>
        <translation>第 {row} 行：{message}</translation>
    </message>
    <message>
        <source>Nothing was imported: this file cannot be read as a ledger.</source>
        <translation>未导入任何内容：无法将此文件识别为台账。</translation>
    </message>
    <message>
        <source>Nothing was imported. Rows with errors: {count}.</source>
        <translation>未导入任何内容。有错误的行数：{count}。</translation>
    </message>
    <message>
        <source>Correct these rows and import the whole file again; nothing will be doubled.</source>
        <translation>请修改这些行后重新导入整个文件，已导入的记录不会重复计入。</translation>
    </message>
    <message>
        <source>Rows imported: {rows} (new: {added}, updated: {updated}, unchanged: {unchanged}).</source>
        <translation>已导入 {rows} 行（新增 {added}，更新 {updated}，无变化 {unchanged}）。</translation>
    </message>
    <message>
        <source>Saved, but worth a second look:</source>
        <translation>已保存，但以下内容建议再核对：</translation>
    </message>
    <message>
        <source>... and {count} more.</source>
        <translation>……另有 {count} 条。</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>未导入：</translation>
    </message>
    <message>
        <source>Read otherwise than written:</source>
        <translation>按与原文不同的方式读取：</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; read as {value}</source>
        <translation>“{text}”读作 {value}</translation>
    </message>
    <message>
        <source>Rows {rows}, column &quot;{column}&quot;: {message}</source>
        <translation>第 {rows} 行，“{column}”列：{message}</translation>
    </message>
    <message>
        <source>{rows} and {count} more</source>
        <translation>{rows} 等，另有 {count} 行</translation>
    </message>
    <message>
        <source>Added to the list {list}: {entries}</source>
        <translation>已加入列表 {list}：{entries}</translation>
    </message>
    <message>
        <source>The ledger is read from the sheet &quot;{sheet}&quot;; other sheets are not read: {others}. To import another sheet, save it as a workbook of its own.</source>
        <translation>台账从工作表“{sheet}”读取；其他工作表未读取：{others}。如需导入其他工作表，请将其另存为单独的工作簿。</translation>
    </message>
    <message>
        <source>The file could not be opened: {reason}</source>
        <translation>无法打开文件：{reason}</translation>
    </message>
    <message>
        <source>The file is not UTF-8 or GBK text. In Excel, save it as &quot;CSV UTF-8&quot; or as .xlsx.</source>
        <translation>文件不是 UTF-8 或 GBK 编码的文本。请在 Excel 中另存为“CSV UTF-8”或 .xlsx 格式。</translation>
    </message>
    <message>
        <source>Old Excel files (.xls) cannot be read. In Excel, save it as .xlsx first.</source>
        <translation>无法读取旧版 Excel 文件（.xls）。请先在 Excel 中另存为 .xlsx 格式。</translation>
    </message>
    <message>
        <source>The file looks like an Excel workbook but cannot be read; it may be damaged.</source>
        <translation>文件看起来是 Excel 工作簿，但无法读取，可能已损坏。</translation>
    </message>
    <message>
        <source>Line {line} of the file cannot be read: {reason}</source>
        <translation>无法读取文件第 {line} 行：{reason}</translation>
    </message>
    <message>
        <source>Line {line} of the file has a cell of more than {limit} characters (a quote left open?).</source>
        <translation>文件第 {line} 行有一个单元格超过 {limit} 个字符（是否有未闭合的引号？）。</translation>
    </message>
    <message>
        <source>Nothing was imported yet: the columns of {file} are not the template&apos;s, or some list values are not in their lists. This is how they would be read:</source>
        <extracomment>Files with more rows than this get a progress line on stderr.</extracomment>
        <translation>尚未导入任何内容：{file} 的列与模板不同，或有些取值不在基础数据列表中。将按如下方式读取：</translation>
    </message>
    <message>
        <source>Header row: {row} (rows above it are skipped); rows below it: {rows}.</source>
        <translation>表头行：第 {row} 行（其上各行跳过）；其下共 {rows} 行。</translation>
    </message>
    <message>
        <source>Columns (header = field):</source>
        <translation>列（表头 = 字段）：</translation>
    </message>
    <message>
        <source>List values not in their lists (list:text = entry):</source>
        <translation>不在列表中的取值（列表:原文 = 条目）：</translation>
    </message>
    <message>
        <source>no similar entry, and the lists come from head office: the rows will be refused</source>
        <translation>没有相近的条目，且基础数据由总行下发：这些行将被拒绝</translation>
    </message>
    <message>
        <source>rows {rows}</source>
        <translation>第 {rows} 行</translation>
    </message>
    <message>
        <source>No column holds these required fields: {fields}.</source>
        <translation>没有列包含这些必填字段：{fields}。</translation>
    </message>
    <message>
        <source>To import as printed, run the command again with --accept. To correct single ones, add --columns &quot;HEADER=field,...&quot; (field: a name below, ignore, notes, leaflets or leaflets:DESIGN) or --values &quot;LIST:TEXT=ENTRY,...&quot; (ENTRY: an entry&apos;s code or name, or new). Or save the lines from [columns] on to a file, edit it, and give --mapping FILE (JSON works too: {{&quot;columns&quot;: {{&quot;HEADER&quot;: &quot;field&quot;}}, &quot;values&quot;: {{&quot;LIST:TEXT&quot;: &quot;ENTRY&quot;}}}}). A confirmed mapping is remembered for files with the same headers.</source>
        <translation>如按上面打印的方式导入，请加 --accept 再次运行。如需更正个别项，请加 --columns &quot;表头=字段,...&quot;（字段：下列名称之一、ignore、notes、leaflets 或 leaflets:样式）或 --values &quot;列表:原文=条目,...&quot;（条目：条目的代码或名称，或 new）。也可以把从 [columns] 开始的各行保存到文件，编辑后用 --mapping 文件 指定（也支持 JSON：{{&quot;columns&quot;: {{&quot;表头&quot;: &quot;字段&quot;}}, &quot;values&quot;: {{&quot;列表:原文&quot;: &quot;条目&quot;}}}}）。确认过的对应关系会被记住，用于表头相同的文件。</translation>
    </message>
    <message>
        <source>Fields: {fields}</source>
        <translation>字段：{fields}</translation>
    </message>
    <message>
        <source>&quot;{item}&quot; is not of the form {form}.</source>
        <translation>“{item}”不符合 {form} 的格式。</translation>
    </message>
    <message>
        <source>The mapping file cannot be read: {reason}</source>
        <translation>无法读取对应关系文件：{reason}</translation>
    </message>
    <message>
        <source>Importing: {percent}%</source>
        <translation>正在导入：{percent}%</translation>
    </message>
    <message>
        <source>the header names it</source>
        <extracomment>A value mapped to this becomes a new entry of its list (a laptop that keeps its own lists). The header row is looked for among this many rows at the top. Data rows whose values help guess a column by what it holds. Rows read for samples at most (a sheet may hold thousands of blank rows). Samples kept per column for showing. Rows named per value that needs a decision. Below this, a header or value is not thought similar at all. Settings: a confirmed column mapping per header row; value choices per list. Headers of a sequence-number column (folded). Headers of a hand-out count column that names no design (folded). Headers branches use that name no field exactly (folded): proposed, never taken as certain. What a totals row says in one of its cells (folded, spaces removed).</extracomment>
        <translation>表头即为此字段</translation>
    </message>
    <message>
        <source>the header is similar</source>
        <translation>表头相近</translation>
    </message>
    <message>
        <source>the values look like it</source>
        <translation>取值看起来是此字段</translation>
    </message>
    <message>
        <source>a sequence-number column</source>
        <translation>序号列</translation>
    </message>
    <message>
        <source>as confirmed before</source>
        <translation>按之前的确认</translation>
    </message>
    <message>
        <source>as you said</source>
        <translation>按您的指定</translation>
    </message>
    <message>
        <source>not recognised: kept in the notes</source>
        <translation>无法识别：保存到备注</translation>
    </message>
    <message>
        <source>another column holds that field: kept in the notes</source>
        <translation>另一列已对应此字段：保存到备注</translation>
    </message>
    <message>
        <source>no header and no values</source>
        <translation>无表头也无取值</translation>
    </message>
    <message>
        <source>the most similar entry</source>
        <translation>最相近的条目</translation>
    </message>
    <message>
        <source>no similar entry: add it to the list</source>
        <translation>没有相近的条目：加入列表</translation>
    </message>
    <message>
        <source>no similar entry</source>
        <translation>没有相近的条目</translation>
    </message>
    <message>
        <source>The file has no column &quot;{column}&quot;.</source>
        <translation>文件中没有“{column}”列。</translation>
    </message>
    <message>
        <source>&quot;{target}&quot; is not something a column can hold. Use a field ({fields}), ignore, notes, leaflets, or leaflets:DESIGN.</source>
        <translation>“{target}”不能作为列的内容。请使用字段（{fields}）、ignore、notes、leaflets 或 leaflets:样式。</translation>
    </message>
    <message>
        <source>No leaflet design is called &quot;{design}&quot;.</source>
        <translation>没有名为“{design}”的折页样式。</translation>
    </message>
    <message>
        <source>There is no reference list &quot;{list}&quot;.</source>
        <translation>没有名为“{list}”的基础数据列表。</translation>
    </message>
    <message>
        <source>The list {list} has no entry &quot;{entry}&quot; (use its code or name, or new).</source>
        <translation>列表 {list} 中没有条目“{entry}”（请使用其代码或名称，或 new）。</translation>
    </message>
    <message>
        <source>The reference lists come from head office: map &quot;{text}&quot; to an entry of {list}, or ask head office to add it.</source>
        <translation>基础数据由总行下发：请把“{text}”对应到 {list} 的某个条目，或请总行添加。</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <extracomment>Brackets and units people add to headers: &quot;受众人数（人）&quot;, &quot;Audience (people)&quot;.</extracomment>
        <translation>忽略此列</translation>
    </message>
    <message>
        <source>Leaflets handed out, design not recorded</source>
        <translation>发放折页（未记录样式）</translation>
    </message>
</context>
<context>
    <name>ImportErrors</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>复制列表</translation>
    </message>
</context>
<context>
    <name>ImportMappingDialog</name>
    <message>
        <source>How the columns of %1 are read</source>
        <extracomment>Columns of the column table and of the value table. Text columns wrap beyond this width rather than widening the dialog. The drop-downs&apos; width; their lists open as wide as their entries. Rows of each table shown without scrolling, at most. A proposal made again came back (for tests: the table is up to date). Values the user chose by hand: (list, folded text) -&gt; entry or None. Each column&apos;s target as last chosen (to see whether the values need proposing again).</extracomment>
        <translation>%1 各列的读取方式</translation>
    </message>
    <message>
        <source>This file is not laid out as the template. Check what each column holds (guesses are marked), then import. Nothing is written until you do.</source>
        <translation>此文件的格式与模板不同。请检查每一列的内容（推测的已标出），再导入。在您确认导入之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>Header row: %1 (rows above it are skipped). Rows below it: %2.</source>
        <translation>表头行：第 %1 行（其上各行跳过）。其下共 %2 行。</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>示例取值</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>对应到</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>&amp;List values not in their lists</source>
        <translation>不在列表中的取值(&amp;L)</translation>
    </message>
    <message>
        <source>Each value is asked once; your choice is remembered for later files.</source>
        <translation>每个取值只问一次；您的选择会被记住，用于以后的文件。</translation>
    </message>
    <message>
        <source>List</source>
        <translation>所属列表</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>读作</translation>
    </message>
    <message>
        <source>Reading the file again…</source>
        <translation>正在重新读取文件…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Check: %1 (%2%)</source>
        <translation>请核对：%1（%2%）</translation>
    </message>
    <message>
        <source>A guess: check it before importing.</source>
        <translation>这是推测：导入前请核对。</translation>
    </message>
    <message>
        <source>What column %1 holds</source>
        <translation>第 %1 列的内容</translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 等，另有 %2 项</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: %2</source>
        <translation>“%1”列：%2</translation>
    </message>
    <message>
        <source>What %1 is read as</source>
        <translation>“%1”读作</translation>
    </message>
    <message>
        <source>Not chosen: its rows will be refused</source>
        <translation>未选择：这些行将被拒绝</translation>
    </message>
    <message>
        <source>Add as a new entry</source>
        <translation>新增为条目</translation>
    </message>
    <message>
        <source>Every list value is in its list.</source>
        <translation>所有取值都在其列表中。</translation>
    </message>
    <message>
        <source>No column holds these required fields: %1. Choose the columns that hold them.</source>
        <translation>没有列包含这些必填字段：%1。请选择包含它们的列。</translation>
    </message>
    <message>
        <source>Columns &quot;%1&quot; and &quot;%2&quot; both go to %3: choose one.</source>
        <translation>“%1”和“%2”两列都对应到 %3：请只选一列。</translation>
    </message>
</context>
<context>
    <name>ImportResult</name>
    <message>
        <source>Added to the reference lists:</source>
        <translation>已加入基础数据列表：</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <source>Imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <source>Every value was read as written.</source>
        <translation>所有取值均按原文读取。</translation>
    </message>
    <message>
        <source>Copy the list</source>
        <translation>复制列表</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>Outreach session</source>
        <extracomment>The date the list is sorted and filtered by (newest first). Fields a free-text search looks in. Field shown when another record links to this one.</extracomment>
        <translation>宣传活动</translation>
    </message>
    <message>
        <source>Outreach sessions</source>
        <translation>宣传活动</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>咨询记录</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>咨询记录</translation>
    </message>
    <message>
        <source>Special-group visit</source>
        <translation>特殊群体上门服务</translation>
    </message>
    <message>
        <source>Special-group visits</source>
        <translation>特殊群体上门服务</translation>
    </message>
    <message>
        <source>Leaflet design</source>
        <translation>折页样式</translation>
    </message>
    <message>
        <source>Leaflet designs</source>
        <translation>折页样式</translation>
    </message>
    <message>
        <source>Print run</source>
        <translation>印制批次</translation>
    </message>
    <message>
        <source>Print runs</source>
        <translation>印制批次</translation>
    </message>
    <message>
        <source>Leaflets handed out</source>
        <translation>折页发放</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Reference list entry</source>
        <translation>基础数据条目</translation>
    </message>
    <message>
        <source>Reference lists</source>
        <translation>基础数据</translation>
    </message>
    <message>
        <source>Officer</source>
        <extracomment>A field officer of a team: who records, named on every record and history line. A laptop not enrolled keeps its own officers; once enrolled, the team&apos;s roster is head office&apos;s (`outreach-server officers`), and a laptop adds one only while the roster is empty. The team is the record&apos;s meta team. Officers are never deleted, only taken out of use: the records they made still name them.</extracomment>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Review</source>
        <extracomment>The kinds a supervisor reviews (a review&apos;s target is one of these). One action in a record&apos;s review thread (desktop.domain.review): a supervisor&apos;s approval or send-back, or an answer (the officer&apos;s reply). A record of its own, so it syncs, has history and never changes the officer&apos;s fields; its team is the target&apos;s team.</extracomment>
        <translation>审核</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Filed report</source>
        <extracomment>A period report a supervisor filed (报送): what went to the regulator, kept so that it can always be explained. Its figures as filed, and (in its parts) every record counted with the version counted, so that a later change to one of them shows against the filed figures.</extracomment>
        <translation>已报送报告</translation>
    </message>
    <message>
        <source>Filed reports</source>
        <translation>已报送报告</translation>
    </message>
    <message>
        <source>Filed report part</source>
        <extracomment>A slice of a filed report&apos;s list of counted records: one line per record, &quot;kind uuid hlc&quot;.</extracomment>
        <translation>已报送报告分段</translation>
    </message>
    <message>
        <source>Filed report parts</source>
        <translation>已报送报告分段</translation>
    </message>
</context>
<context>
    <name>LeafletPrint</name>
    <message>
        <source>Print: %1</source>
        <extracomment>Show a progress dialog only for work that takes longer than this (no flashing).</extracomment>
        <translation>打印：%1</translation>
    </message>
    <message>
        <source>Export PDF: %1</source>
        <translation>导出 PDF：%1</translation>
    </message>
    <message>
        <source>Printed: %1 (a new code for this run). The code leads to the design&apos;s link once this laptop has synced with head office: sync before handing out.</source>
        <translation>印在折页上：%1（本批次的新二维码）。本机与总行同步后，该二维码才会指向折页样式的链接：请在发放前先同步。</translation>
    </message>
    <message>
        <source>Leaflets</source>
        <translation>宣传折页</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <source>Number of leaflets</source>
        <translation>折页份数</translation>
    </message>
    <message>
        <source>The design&apos;s own link</source>
        <translation>折页样式自身的链接</translation>
    </message>
    <message>
        <source>A short link through head office that counts scans</source>
        <translation>经总行中转、可统计扫码次数的短链接</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>预览…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>%n sheet(s) of A4</source>
        <translation>%n 张 A4 纸</translation>
    </message>
    <message>
        <source>%n leaflet(s)</source>
        <translation>%n 份折页</translation>
    </message>
    <message>
        <source>This design has no QR code link.</source>
        <translation>此折页样式没有二维码链接。</translation>
    </message>
    <message>
        <source>Printed: %1. Connect this laptop to head office to count scans.</source>
        <translation>二维码内容：%1。本机连接总行后才能统计扫码次数。</translation>
    </message>
    <message>
        <source>Printed: %1</source>
        <translation>二维码内容：%1</translation>
    </message>
    <message>
        <source>The leaflet could not be made: %1</source>
        <translation>无法生成折页：%1</translation>
    </message>
    <message>
        <source>Print preview: %1 (%2 sheets)</source>
        <translation>打印预览：%1（共 %2 张）</translation>
    </message>
    <message>
        <source>Export leaflets as PDF</source>
        <translation>将折页导出为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
</context>
<context>
    <name>Leaflets</name>
    <message>
        <source>Give --list, or --design, --copies and --out.</source>
        <translation>请指定 --list，或同时指定 --design、--copies 和 --out。</translation>
    </message>
    <message>
        <source>The tracked code leads to the design&apos;s link once this laptop has synced with head office: sync before handing the leaflets out.</source>
        <translation>本机与总行同步后，追踪二维码才会指向折页样式的链接：请在发放折页前先同步。</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>折页样式</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>版式</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>已印制</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>已发放</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现有库存</translation>
    </message>
    <message>
        <source>All teams together</source>
        <extracomment>A supervisor&apos;s laptop holds every team&apos;s print runs and sessions: one team&apos;s stock.</extracomment>
        <translation>全部团队合计</translation>
    </message>
    <message>
        <source>Warn below</source>
        <translation>预警线</translation>
    </message>
    <message>
        <source>Running low: %1</source>
        <translation>库存不足：%1</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Designs</source>
        <translation>折页样式</translation>
    </message>
    <message>
        <source>Print runs</source>
        <translation>印制批次</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>配图</translation>
    </message>
    <message>
        <source>Choose a picture…</source>
        <translation>选择配图…</translation>
    </message>
    <message>
        <source>Remove the picture</source>
        <translation>移除配图</translation>
    </message>
    <message>
        <source>Choose a picture for the leaflet</source>
        <translation>为折页选择配图</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No font with Chinese characters was found, so the leaflet would print boxes instead of text. Install the WenQuanYi Micro Hei font (Debian and Ubuntu: fonts-wqy-microhei) and try again.</source>
        <extracomment>File names of fonts known to cover Simplified Chinese, best first.</extracomment>
        <translation>未找到含中文字符的字体，打印出的折页会显示方框而不是文字。请安装文泉驿微米黑字体（Debian 和 Ubuntu：fonts-wqy-microhei）后重试。</translation>
    </message>
    <message>
        <source>No leaflet design is called “{detail}”.</source>
        <extracomment>The store settings that hold head office&apos;s address once the laptop is enrolled, and its public address for short links when head office announces one (sync.client keeps both). Characters of a tracking code: 8 of base32 (A-Z, 2-7) is 40 random bits. Fixed words printed on a leaflet, in the leaflet&apos;s own language (not the window&apos;s).</extracomment>
        <translation>没有名为“{detail}”的折页样式。</translation>
    </message>
    <message>
        <source>Several leaflet designs are called “{detail}”: give its id instead.</source>
        <translation>有多个折页样式都叫“{detail}”，请改用其 ID 指定。</translation>
    </message>
    <message>
        <source>The number of copies must be a whole number from 1 to {detail}.</source>
        <translation>印制份数须为 1 至 {detail} 之间的整数。</translation>
    </message>
    <message>
        <source>Unknown layout “{detail}”.</source>
        <translation>未知版式“{detail}”。</translation>
    </message>
    <message>
        <source>Unknown kind of QR code “{detail}”: use direct or tracked.</source>
        <translation>未知的二维码类型“{detail}”：请使用 direct（直接链接）或 tracked（经总行计数）。</translation>
    </message>
    <message>
        <source>Tracked QR codes need a laptop connected to head office. Print with the direct link, or connect first.</source>
        <translation>统计扫码次数的二维码需要本机已连接总行。请改用直接链接印制，或先连接总行。</translation>
    </message>
    <message>
        <source>This design has no QR code link, so there is nothing to track.</source>
        <translation>此折页样式没有二维码链接，无法统计扫码次数。</translation>
    </message>
    <message>
        <source>The PDF could not be written: {detail}</source>
        <translation>无法写入 PDF 文件：{detail}</translation>
    </message>
    <message>
        <source>{detail} is a folder: give the PDF&apos;s file name, such as {detail}/leaflet.pdf.</source>
        <translation>{detail} 是一个文件夹：请给出 PDF 的文件名，例如 {detail}/leaflet.pdf。</translation>
    </message>
</context>
<context>
    <name>LedgerImport</name>
    <message>
        <source>Reading %1…</source>
        <extracomment>Show the progress dialog only for work that takes longer than this (no flashing). Whether the mapping step was shown.</extracomment>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Importing a ledger</source>
        <translation>正在导入台账</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Outreach Log</source>
        <translation>金融知识宣传台账</translation>
    </message>
    <message>
        <source>demo records, never sent to head office</source>
        <translation>演示数据，不会发送到总行</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Leaflets</source>
        <translation>宣传折页</translation>
    </message>
    <message>
        <source>Reference lists</source>
        <translation>基础数据</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import ledger…</source>
        <translation>导入台账(&amp;I)…</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Outreach Log</source>
        <translation>关于金融知识宣传台账(&amp;A)</translation>
    </message>
    <message>
        <source>Sent back %n</source>
        <translation>退回修改 %n</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>未注册</translation>
    </message>
    <message>
        <source>Supervisor (%1): every team&apos;s records</source>
        <translation>督导（%1）：查看所有队的记录</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>团队：%1</translation>
    </message>
    <message>
        <source>Reference lists come from head office: ask head office to change an entry.</source>
        <translation>基础数据由总行统一下发：如需修改条目，请联系总行。</translation>
    </message>
    <message>
        <source>Import an activity ledger</source>
        <translation>导入活动台账</translation>
    </message>
    <message>
        <source>Ledgers (*.csv *.xlsx)</source>
        <translation>台账文件 (*.csv *.xlsx)</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <extracomment>The problem column wraps beyond this width rather than making the dialog wider.</extracomment>
        <translation>未导入任何内容</translation>
    </message>
</context>
<context>
    <name>Officers</name>
    <message>
        <source>{name} is not on the team&apos;s roster, which head office keeps (the roster: {roster}).</source>
        <extracomment>The subcommands that write the store: each makes the day&apos;s copy if it is missing, as the window does, so a laptop used only from the command line has copies to restore too.</extracomment>
        <translation>{name} 不在总行维护的本队人员名单中（名单：{roster}）。</translation>
    </message>
    <message>
        <source>An officer&apos;s name has 1 to 60 characters.</source>
        <translation>工作人员姓名须为 1 至 60 个字符。</translation>
    </message>
    <message>
        <source>Who is recording?</source>
        <translation>现在由谁登记？</translation>
    </message>
    <message>
        <source>Add an officer</source>
        <translation>添加工作人员</translation>
    </message>
    <message>
        <source>Several officers can share this laptop. Every record and every change names the officer who made it. Who is using the laptop now?</source>
        <translation>多名工作人员可以共用这台电脑，每条记录和每次修改都会记下经办人。现在是谁在使用这台电脑？</translation>
    </message>
    <message>
        <source>The officer&apos;s name, as records should show it:</source>
        <translation>工作人员姓名（记录中显示的名字）：</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <source>The team&apos;s roster comes from head office. Not on it? Ask head office to add you.</source>
        <translation>本队人员名单由总行下发。名单里没有您？请联系总行添加。</translation>
    </message>
    <message>
        <source>Give a name, as records should show it.</source>
        <translation>请填写姓名（记录中显示的名字）。</translation>
    </message>
    <message>
        <source>This name is not on the team&apos;s roster.</source>
        <translation>此姓名不在本队人员名单中。</translation>
    </message>
    <message>
        <source>A name has at most 60 characters.</source>
        <translation>姓名最多 60 个字符。</translation>
    </message>
    <message>
        <source>nobody chosen</source>
        <translation>未选择</translation>
    </message>
    <message>
        <source>Officer: %1 ▾</source>
        <translation>经办人：%1 ▾</translation>
    </message>
    <message>
        <source>Who records on this laptop now: switch or add an officer</source>
        <translation>现在由谁在本机登记：切换或添加工作人员</translation>
    </message>
    <message>
        <source>Add an officer…</source>
        <translation>添加工作人员…</translation>
    </message>
    <message>
        <source>Add an officer… (head office keeps the roster)</source>
        <translation>添加工作人员…（人员名单由总行维护）</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Edit: %1</source>
        <translation>编辑：%1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>新建：%1</translation>
    </message>
    <message>
        <source>Discard restored input</source>
        <translation>放弃已恢复的内容</translation>
    </message>
    <message>
        <source>Personal data (kept only with consent)</source>
        <translation>个人信息（仅经本人同意后留存）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save and add another</source>
        <translation>保存并继续新增</translation>
    </message>
    <message>
        <source>Input that was not saved last time has been restored.</source>
        <translation>已恢复上次未保存的草稿。</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>This record was changed elsewhere (for example by sync) while you were editing. Close the form and open it again; your input is kept as a draft.</source>
        <translation>您编辑期间，此记录已在别处被修改（例如通过同步）。请关闭表单后重新打开，您输入的内容已保存为草稿。</translation>
    </message>
    <message>
        <source>Discard what you typed in this form?</source>
        <translation>放弃在此表单中输入的内容？</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Search…</source>
        <extracomment>Column widths when fitted: as wide as the rows need, no wider than COLUMN_MAX; when they do not all fit, columns of long text give way down to COLUMN_MIN (their text elides, whole in its tooltip) and the title column (a session&apos;s place) takes what is left. The list, or in its place a panel for an empty store (`set_empty_state`).</extracomment>
        <translation>搜索…</translation>
    </message>
    <message>
        <source>from</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>All: %1</source>
        <translation>全部%1</translation>
    </message>
    <message>
        <source>All lists</source>
        <translation>全部列表</translation>
    </message>
    <message>
        <source>Searching…</source>
        <extracomment>A supervisor&apos;s laptop holds every team&apos;s records: say whose, and filter by team. Set while the window refreshes the lists after this one patched its own rows. The column that takes the room left over (the place of a session), else the last (a reference-list entry&apos;s Chinese name is short: the last column is &quot;In use&quot;). Shown while a long query (a rare word in a million records) runs in the background.</extracomment>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Add consultations…</source>
        <translation>添加咨询记录…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更历史</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <source>%n record(s)</source>
        <translation>共 %n 条记录</translation>
    </message>
    <message>
        <source>“from” is after “to”</source>
        <translation>“从”的日期晚于“至”</translation>
    </message>
    <message>
        <source>Delete this record? It stays in the history and the deletion is sent to head office.</source>
        <translation>确定删除此记录？变更历史中仍会保留该记录，删除操作也会同步至总行。</translation>
    </message>
    <message>
        <source>%1 linked to it (%2) stay, with a link to the deleted record.</source>
        <translation>与它关联的%1（%2 条）会保留，仍关联到这条已删除的记录。</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>{option}: &apos;{value}&apos; is not a date (write it as 2026-03-31).</source>
        <translation>{option}：“{value}”不是日期（请写成 2026-03-31）。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a period: write a month (2026-03), a quarter (2026Q1) or a year (2026).</source>
        <translation>“{value}”不是期间：请写月份（2026-03）、季度（2026Q1）或年份（2026）。</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}).</source>
        <translation>期间的截止日期（{end}）早于起始日期（{start}）。</translation>
    </message>
    <message>
        <source>Say which period: --period, or both --from and --to.</source>
        <translation>请指明期间：--period，或同时给出 --from 和 --to。</translation>
    </message>
    <message>
        <source>No team &apos;{team}&apos; on this laptop: no record names it.</source>
        <translation>本机没有团队“{team}”：没有任何记录属于它。</translation>
    </message>
    <message>
        <source>No branch &apos;{branch}&apos; on this laptop: no team here is known to belong to it.</source>
        <translation>本机没有支行“{branch}”：不知道有哪个团队属于它。</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>无法写入 {path}：{reason}。</translation>
    </message>
    <message>
        <source>Cannot write {path}: the file name must end in {accepted}.</source>
        <translation>无法写入 {path}：文件名须以 {accepted} 结尾。</translation>
    </message>
    <message>
        <source>Say the period once: either --period or --from and --to, not both.</source>
        <translation>期间只能给一次：--period 或 --from 与 --to，不能同时给出。</translation>
    </message>
    <message>
        <source>There is no store in {path}: nothing to report on.</source>
        <translation>{path} 中没有数据库：没有可统计的内容。</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <extracomment>The figures&apos; names (context &quot;Report&quot;), by key.</extracomment>
        <translation>开展宣传活动（场）</translation>
    </message>
    <message>
        <source>Sessions held online</source>
        <translation>其中线上活动（场）</translation>
    </message>
    <message>
        <source>Sessions held on site</source>
        <translation>其中线下活动（场）</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>受众人数</translation>
    </message>
    <message>
        <source>Places reached</source>
        <translation>走进场所（个）</translation>
    </message>
    <message>
        <source>Sessions with partner organisations</source>
        <translation>联合开展的活动（场）</translation>
    </message>
    <message>
        <source>Partner organisations taking part</source>
        <translation>参与的合作单位（家）</translation>
    </message>
    <message>
        <source>Consultations answered at sessions (as counted on the session)</source>
        <translation>现场咨询（人次，按活动登记的数量）</translation>
    </message>
    <message>
        <source>Leaflets handed out</source>
        <translation>发放宣传折页（份）</translation>
    </message>
    <message>
        <source>Consultations recorded</source>
        <translation>登记的咨询（条）</translation>
    </message>
    <message>
        <source>Consultations from special-group clients</source>
        <translation>其中特殊群体咨询（条）</translation>
    </message>
    <message>
        <source>Special-group visits</source>
        <translation>特殊群体上门服务（次）</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>应回访（次）</translation>
    </message>
    <message>
        <source>Follow-ups done</source>
        <translation>已回访（次）</translation>
    </message>
    <message>
        <source>Print runs</source>
        <translation>印制批次</translation>
    </message>
    <message>
        <source>Leaflets printed</source>
        <translation>印制折页（份）</translation>
    </message>
    <message>
        <source>Sessions by venue kind</source>
        <translation>按场所类型的活动场次</translation>
    </message>
    <message>
        <source>Sessions by campaign</source>
        <translation>按专项活动的活动场次</translation>
    </message>
    <message>
        <source>Sessions by topic</source>
        <translation>按宣传主题的活动场次</translation>
    </message>
    <message>
        <source>Sessions by partner organisation</source>
        <translation>按合作单位的活动场次</translation>
    </message>
    <message>
        <source>Leaflets handed out by design</source>
        <translation>按折页样式的发放份数</translation>
    </message>
    <message>
        <source>Consultations by business category</source>
        <translation>按业务类别的咨询</translation>
    </message>
    <message>
        <source>Consultations by special group</source>
        <translation>按特殊群体的咨询</translation>
    </message>
    <message>
        <source>Special-group visits by group</source>
        <translation>按群体的上门服务</translation>
    </message>
    <message>
        <source>Special-group visits by service</source>
        <translation>按服务内容的上门服务</translation>
    </message>
    <message>
        <source>Leaflets printed by design</source>
        <translation>按折页样式的印制份数</translation>
    </message>
    <message>
        <source>A session on several topics counts once under each of its topics and once in the total.</source>
        <translation>一场活动涉及多个主题时，在每个主题下各计一次，在总数中只计一次。</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <extracomment>Exit code of a report asked for wrongly.</extracomment>
        <translation>已写入：{path}</translation>
    </message>
    <message>
        <source>Filed as “{title}” on {on}: {records} records counted.</source>
        <translation>已于 {on} 以“{title}”报送：计入 {records} 条记录。</translation>
    </message>
    <message>
        <source>{period}, {scope} held {sessions} outreach sessions online and offline ({online} of them online), reaching {places} villages, communities and other places together with {partners} partner organisations; handed out {leaflets} leaflets, answered {consultations} on-site consultations and reached {audience} people in all; and made {visits} home visits to elderly and other special-group clients.</source>
        <translation>{period}，{scope}共开展线上线下宣传活动{sessions}场（其中线上{online}场），联合{partners}家单位走进{places}个村庄、社区等场所，发放宣传折页{leaflets}份，接受现场咨询{consultations}人次，总计受众人数达{audience}人；为老年人等特殊群体提供上门服务{visits}次。</translation>
    </message>
    <message>
        <source>In {year}</source>
        <extracomment>The figures the paragraph names, by its placeholders.</extracomment>
        <translation>{year}年</translation>
    </message>
    <message>
        <source>In quarter {quarter} of {year}</source>
        <translation>{year}年第{quarter}季度</translation>
    </message>
    <message>
        <source>In {year}-{month}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <source>From {start} to {end}</source>
        <translation>{start}至{end}</translation>
    </message>
    <message>
        <source>the bank</source>
        <translation>全行</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Counted: every record received, whatever its review state.</source>
        <translation>计入范围：所有已收到的记录，不论审核状态。</translation>
    </message>
    <message>
        <source>Counted: approved records only.</source>
        <translation>计入范围：仅已审核通过的记录。</translation>
    </message>
    <message>
        <source>In the period, {waiting} records were still waiting for review and {sent_back} had been sent back for correction.</source>
        <translation>期间内另有{waiting}条记录待审核，{sent_back}条已退回更正。</translation>
    </message>
    <message>
        <source>Record id</source>
        <extracomment>The kinds exported, one sheet or file each: the reviewed kinds, then the hand-outs of the counted sessions.</extracomment>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>精确数</translation>
    </message>
    <message>
        <source>As published</source>
        <translation>报告写法</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>Others ({count})</source>
        <translation>其他（{count}项）</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <source>Change (%)</source>
        <translation>同比变化（%）</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Special-group share of consultations (%)</source>
        <translation>特殊群体咨询占比（%）</translation>
    </message>
    <message>
        <source>This report holds personal data (names, phones, addresses): keep it safe and share it only with those who need it.</source>
        <translation>本报告含个人信息（姓名、电话、地址）：请妥善保管，仅提供给确有需要的人员。</translation>
    </message>
    <message>
        <source>Personal data (names, phones, addresses) is left out of this report.</source>
        <translation>本报告不含个人信息（姓名、电话、地址）。</translation>
    </message>
    <message>
        <source>Scans of tracked QR codes are counted by head office and are not in this report.</source>
        <translation>跟踪二维码的扫码次数由总行统计，不在本报告中。</translation>
    </message>
    <message>
        <source>Leaflet stock by design</source>
        <translation>按折页样式的库存</translation>
    </message>
    <message>
        <source>Printed in the period</source>
        <translation>期间印制</translation>
    </message>
    <message>
        <source>Handed out in the period</source>
        <translation>期间发放</translation>
    </message>
    <message>
        <source>On hand at the end of the period</source>
        <translation>期末库存</translation>
    </message>
    <message>
        <source>{scope} {period} financial-literacy outreach report</source>
        <translation>{scope} {period} 金融知识宣传工作报告</translation>
    </message>
    <message>
        <source>The whole bank</source>
        <translation>全行</translation>
    </message>
    <message>
        <source>{year}</source>
        <translation>{year}年</translation>
    </message>
    <message>
        <source>Q{quarter} {year}</source>
        <translation>{year}年第{quarter}季度</translation>
    </message>
    <message>
        <source>{year}-{month}</source>
        <translation>{year}年{month}月</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start}至{end}</translation>
    </message>
    <message>
        <source>Period: {start} to {end}</source>
        <translation>统计期间：{start} 至 {end}</translation>
    </message>
    <message>
        <source>The figures against a year before</source>
        <translation>各项数据与上年同期对比</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>分类统计</translation>
    </message>
    <message>
        <source>Month by month (second line: change against a year before)</source>
        <translation>按月统计（第二行为同比变化）</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Sessions by team</source>
        <translation>各团队活动场次</translation>
    </message>
    <message>
        <source>This report holds figures only: no personal data (names, phones, addresses).</source>
        <translation>本报告只含统计数据，不含个人信息（姓名、电话、地址）。</translation>
    </message>
    <message>
        <source>Made with Outreach Log on {date}</source>
        <translation>宣传活动台账生成于 {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>第 {page} 页 / 共 {pages} 页</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ReportView</name>
    <message>
        <source>%1: %2 records</source>
        <translation>%1：%2 条记录</translation>
    </message>
    <message>
        <source>%1: %2, the sum over the records below</source>
        <translation>%1：%2，为下列记录之和</translation>
    </message>
    <message>
        <source>%1: %2 distinct, among the records below</source>
        <translation>%1：下列记录中共 %2 个不同值</translation>
    </message>
    <message>
        <source>Records behind: %1</source>
        <translation>对应记录：%1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <source>%1 record(s), newest first</source>
        <translation>%1 条记录，最新在前</translation>
    </message>
    <message>
        <source>Month</source>
        <extracomment>Pickers changed: build again after this pause (typing a year does not build four times). Show the busy bar only for work longer than this (quick builds never flash). Sessions per team, when the scope holds several teams (each opens to its records).</extracomment>
        <translation>月份</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>起止日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Approved only</source>
        <translation>仅已审核</translation>
    </message>
    <message>
        <source>Build</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>导出：</translation>
    </message>
    <message>
        <source>Include personal data</source>
        <translation>包含个人信息</translation>
    </message>
    <message>
        <source>The export will hold names, phones and addresses: keep it safe and share it only with those who need it.</source>
        <translation>导出文件将包含姓名、电话和地址：请妥善保管，仅提供给确有需要的人员。</translation>
    </message>
    <message>
        <source>File this report…</source>
        <translation>报送此报告…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>Breakdowns</source>
        <translation>分类统计</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>Review and stock</source>
        <translation>审核与库存</translation>
    </message>
    <message>
        <source>Filed reports</source>
        <translation>已报送报告</translation>
    </message>
    <message>
        <source>Double-click a figure (or press Enter on it) to see the records behind it.</source>
        <translation>双击某个数字（或按回车）查看其对应的记录。</translation>
    </message>
    <message>
        <source>Month %1</source>
        <translation>%1月</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>第%1季度</translation>
    </message>
    <message>
        <source>Whole bank</source>
        <translation>全行</translation>
    </message>
    <message>
        <source>Branch: %1</source>
        <translation>支行：%1</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>团队：%1</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>正在生成报表…</translation>
    </message>
    <message>
        <source>The report could not be built: %1</source>
        <translation>无法生成报表：%1</translation>
    </message>
    <message>
        <source>%1, %2 (%3 to %4)</source>
        <translation>%1，%2（%3 至 %4）</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>报告写法</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>精确值</translation>
    </message>
    <message>
        <source>%1, a year before</source>
        <translation>%1（上年同期）</translation>
    </message>
    <message>
        <source>Special-group share of consultations</source>
        <translation>特殊群体咨询占比</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>As published</source>
        <translation>报告写法</translation>
    </message>
    <message>
        <source>A year before</source>
        <translation>上年同期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Sessions by team</source>
        <translation>各团队活动场次</translation>
    </message>
    <message>
        <source>No records</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>Review states of the records</source>
        <translation>记录审核状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审核通过</translation>
    </message>
    <message>
        <source>Waiting for review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Approved only: %1 records still under review or sent back are not counted.</source>
        <translation>仅计已审核记录：另有 %1 条待审核或已退回的记录未计入。</translation>
    </message>
    <message>
        <source>Every record received is counted: %1 of them still under review or sent back.</source>
        <translation>计入所有已收到的记录：其中 %1 条待审核或已退回。</translation>
    </message>
    <message>
        <source>Leaflet stock by design</source>
        <translation>按折页样式的库存</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>折页样式</translation>
    </message>
    <message>
        <source>Printed in the period</source>
        <translation>期间印制</translation>
    </message>
    <message>
        <source>Handed out in the period</source>
        <translation>期间发放</translation>
    </message>
    <message>
        <source>On hand at the end</source>
        <translation>期末库存</translation>
    </message>
    <message>
        <source>Sessions by month</source>
        <translation>每月活动场次</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Received</source>
        <extracomment>A supervisor&apos;s: the record is right as seen. A supervisor&apos;s, with a comment saying what to correct. The officer&apos;s reply in the thread, or a supervisor&apos;s remark: changes no state. Actions that move the state; only a supervisor takes them. States that wait for a supervisor&apos;s (next) look.</extracomment>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审核通过</translation>
    </message>
    <message>
        <source>Needs correction</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>已修改待复核</translation>
    </message>
    <message>
        <source>Changed after approval</source>
        <translation>通过后又修改</translation>
    </message>
    <message>
        <source>Sent back for correction</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Only a supervisor&apos;s laptop approves or sends back records; this laptop is an officer&apos;s.</source>
        <extracomment>The laptop&apos;s role from its enrolment (sync.client.ROLE writes it; the store does not import sync). Why an action was refused, in words the user reads (context &quot;Review&quot;); {uuid} names it.</extracomment>
        <translation>只有督导人员的电脑才能审核通过或退回记录；这台是工作人员的电脑。</translation>
    </message>
    <message>
        <source>Record {uuid} belongs to another team: it is not this laptop&apos;s to review.</source>
        <translation>记录 {uuid} 属于其他团队：不在本机的审核范围内。</translation>
    </message>
    <message>
        <source>There is no record {uuid} on this laptop.</source>
        <translation>本机上没有记录 {uuid}。</translation>
    </message>
    <message>
        <source>Say what to correct: a comment is required.</source>
        <translation>请说明需要修改的内容：意见为必填。</translation>
    </message>
    <message>
        <source>The comment is too long (at most 2000).</source>
        <translation>意见过长（最多 2000 字）。</translation>
    </message>
    <message>
        <source>Record {uuid} was not sent back: there is nothing to answer.</source>
        <translation>记录 {uuid} 未被退回：没有需要回复的意见。</translation>
    </message>
    <message>
        <source>Sent back for correction: {count} (see them with: outreach todo).</source>
        <translation>退回修改：{count} 条（用 outreach todo 查看）。</translation>
    </message>
    <message>
        <source>{state}, deleted</source>
        <translation>{state}（已删除）</translation>
    </message>
    <message>
        <source>Approved: {count}.</source>
        <translation>已审核通过：{count} 条。</translation>
    </message>
    <message>
        <source>Sent back to its officer: {uuid}.</source>
        <translation>已退回经办人：{uuid}。</translation>
    </message>
    <message>
        <source>Answer saved: {uuid}.</source>
        <translation>回复已保存：{uuid}。</translation>
    </message>
    <message>
        <source>Nothing was sent back for correction.</source>
        <translation>没有退回修改的记录。</translation>
    </message>
    <message>
        <source>{who}: {comment}</source>
        <translation>{who}：{comment}</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <source>Send %n record(s) back to the officer. Say what to correct (required):</source>
        <translation>把 %n 条记录退回经办人。请说明需要修改的内容（必填）：</translation>
    </message>
    <message>
        <source>Answer the supervisor</source>
        <translation>回复督导人员</translation>
    </message>
    <message>
        <source>Your answer goes to the supervisor with the record unchanged (required):</source>
        <translation>您的回复将发给督导人员，记录本身不作修改（必填）：</translation>
    </message>
    <message>
        <source>%n record(s) selected: A approves them all.</source>
        <extracomment>Personal data (a client&apos;s name, phone, address) is not shown in review: the check is of the outreach work, and the history dialog masks it the same way. Photos shown this wide (points); a click opens the file at full size. The last answer of head office for the record shown (None: not asked or waiting).</extracomment>
        <translation>已选 %n 条记录：按 A 全部审核通过。</translation>
    </message>
    <message>
        <source>Select a record to see it, its history and its thread.</source>
        <translation>选择一条记录，查看其内容、变更历史和审核记录。</translation>
    </message>
    <message>
        <source>This record is not on this laptop.</source>
        <translation>本机上没有这条记录。</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>Changed since it was sent back</source>
        <translation>退回后的修改</translation>
    </message>
    <message>
        <source>Review thread</source>
        <translation>审核记录</translation>
    </message>
    <message>
        <source>No review yet.</source>
        <translation>尚未审核。</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>History</source>
        <translation>变更历史</translation>
    </message>
    <message>
        <source>This laptop is not connected to head office.</source>
        <translation>本机尚未连接总行。</translation>
    </message>
    <message>
        <source>Asking head office…</source>
        <translation>正在向总行查询…</translation>
    </message>
    <message>
        <source>Head office could not be asked: {error}</source>
        <translation>无法向总行查询：{error}</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Head office does not hold it yet.</source>
        <translation>总行尚未收到。</translation>
    </message>
    <message>
        <source>%n photo(s) not on this laptop.</source>
        <translation>%n 张照片不在本机。</translation>
    </message>
    <message>
        <source>Sync conflicts kept at head office</source>
        <translation>总行保存的同步冲突</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>{when}: a version by {who} ({device}) gave way</source>
        <translation>{when}：{who}（{device}）的版本被覆盖</translation>
    </message>
    <message>
        <source>it deleted the record</source>
        <translation>该版本删除了记录</translation>
    </message>
    <message>
        <source>to a version that deleted the record</source>
        <translation>被删除记录的版本覆盖</translation>
    </message>
    <message>
        <source>%1, deleted</source>
        <extracomment>Counts get this share of the UI thread&apos;s budget: the rows matter first, and &quot;counting…&quot; for a moment costs the user nothing (a count of a million rows always goes to a worker). Review actions on up to this many records are saved on the UI thread; more go to a worker. States that need the supervisor: their rows are drawn in colour.</extracomment>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>所属团队</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>Place / question</source>
        <translation>地点 / 咨询问题</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>审核状态</translation>
    </message>
    <message>
        <source>Search place, notes, questions…</source>
        <extracomment>A worker is saving review actions (see _act).</extracomment>
        <translation>搜索地点、备注、咨询问题…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All branches</source>
        <extracomment>Shown when the laptop sees teams of more than one branch (head office says which).</extracomment>
        <translation>全部支行</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>全部团队</translation>
    </message>
    <message>
        <source>All officers</source>
        <translation>全部经办人</translation>
    </message>
    <message>
        <source>Any review state</source>
        <translation>全部审核状态</translation>
    </message>
    <message>
        <source>All venue kinds</source>
        <translation>全部场所类型</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>全部专项活动</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>全部宣传主题</translation>
    </message>
    <message>
        <source>All special groups</source>
        <translation>全部特殊群体</translation>
    </message>
    <message>
        <source>from</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>to</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Keys: ↑/↓ move · A approve · R needs correction</source>
        <translation>按键：↑/↓ 移动 · A 审核通过 · R 退回修改</translation>
    </message>
    <message>
        <source>Approve (A)</source>
        <translation>审核通过 (A)</translation>
    </message>
    <message>
        <source>Needs correction… (R)</source>
        <translation>退回修改… (R)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <source>The review could not be saved: {error}</source>
        <translation>审核未能保存：{error}</translation>
    </message>
    <message>
        <source>Saving %n review(s)…</source>
        <translation>正在保存 %n 条审核…</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <source>No records from the teams yet.</source>
        <translation>还没有收到各团队的记录。</translation>
    </message>
    <message>
        <source>%1: waiting for review %2 · sent back, not yet fixed %3</source>
        <translation>%1：待审核 %2 · 已退回未修改 %3</translation>
    </message>
    <message>
        <source>%n record(s)</source>
        <translation>共 %n 条记录</translation>
    </message>
    <message>
        <source>Sent back by %1 (%2): %3</source>
        <translation>%1 退回修改（%2）：%3</translation>
    </message>
    <message>
        <source>A supervisor sent these records back. Open one to correct it, or answer the comment if the record is right as it is.</source>
        <translation>督导人员退回了这些记录。打开一条进行修改；如记录本身无误，也可以回复意见。</translation>
    </message>
    <message>
        <source>Sent back by</source>
        <translation>退回人</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Open and correct…</source>
        <translation>打开并修改…</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>回复…</translation>
    </message>
</context>
<context>
    <name>ServerCli</name>
    <message>
        <source>Head office&apos;s server needs packages that are not installed ({modules}). From the app&apos;s folder, on a fresh machine: bash packaging/head-office.sh (it installs them and starts the server); or install them into this environment: pip install -e &apos;.[server]&apos;.</source>
        <extracomment>The modules of the [server] extras the server cannot do without.</extracomment>
        <translation>总行服务器需要的软件包尚未安装（{modules}）。在新机器上，于程序文件夹中运行：bash packaging/head-office.sh（会安装并启动服务器）；或安装到当前环境：pip install -e &apos;.[server]&apos;。</translation>
    </message>
    <message>
        <source>language of the help (default: the system&apos;s, else English)</source>
        <extracomment>How `serve` hands its database and public address to worker processes, which uvicorn starts afresh (spawned: they get no Python objects from the parent, only the environment).</extracomment>
        <translation>帮助信息的语言（默认：跟随系统，否则为英文）</translation>
    </message>
    <message>
        <source>sqlite:///FILE or postgresql://USER@HOST/DB (default: a SQLite file in the user data dir)</source>
        <translation>sqlite:///文件 或 postgresql://用户@主机/数据库（默认：用户数据目录中的 SQLite 文件）</translation>
    </message>
    <message>
        <source>the address to listen at (default 127.0.0.1, this machine only; 0.0.0.0 for laptops on the network)</source>
        <translation>监听地址（默认 127.0.0.1，仅本机；0.0.0.0 允许网络上的电脑连接）</translation>
    </message>
    <message>
        <source>the port to listen at (default 8765)</source>
        <translation>监听端口（默认 8765）</translation>
    </message>
    <message>
        <source>how many server processes share the port (default 1; one per CPU core for a busy head office)</source>
        <translation>共用端口的服务进程数（默认 1；繁忙的总行可按每个 CPU 核心一个）</translation>
    </message>
    <message>
        <source>addresses of the proxies (nginx) whose X-Forwarded-For and X-Forwarded-Proto headers are believed, comma-separated, &apos;*&apos; for any (default 127.0.0.1 and ::1)</source>
        <translation>可信代理（nginx）的地址，采信其 X-Forwarded-For 和 X-Forwarded-Proto 头，用逗号分隔，&apos;*&apos; 表示任意（默认 127.0.0.1 和 ::1）</translation>
    </message>
    <message>
        <source>where residents&apos; phones reach this server&apos;s tracked QR links (/q/CODE), if not at the address laptops use, e.g. https://q.example-bank.cn</source>
        <translation>居民手机访问本服务器可计数二维码链接（/q/代码）的地址（若与电脑所用地址不同），例如 https://q.example-bank.cn</translation>
    </message>
    <message>
        <source>Head office&apos;s sync server for Outreach Log (serves when no command is given).</source>
        <translation>宣教台账的总行同步服务器（不带命令时启动服务）。</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>what to do (without one: serve)</source>
        <translation>要执行的操作（不指定时：启动服务）</translation>
    </message>
    <message>
        <source>run the sync server</source>
        <translation>运行同步服务器</translation>
    </message>
    <message>
        <source>manage teams</source>
        <translation>管理团队</translation>
    </message>
    <message>
        <source>what to do</source>
        <translation>要执行的操作</translation>
    </message>
    <message>
        <source>add a team</source>
        <translation>添加团队</translation>
    </message>
    <message>
        <source>the team&apos;s name, as laptops show it</source>
        <translation>团队名称（电脑上显示的名称）</translation>
    </message>
    <message>
        <source>the branch (支行, 村镇银行, 营业部) the team belongs to, added if new (default: the default branch)</source>
        <translation>团队所属的机构（支行、村镇银行、营业部），不存在则新建（默认：默认机构）</translation>
    </message>
    <message>
        <source>put a team in another branch</source>
        <translation>把团队调到另一机构</translation>
    </message>
    <message>
        <source>the branch it belongs to from now on</source>
        <translation>此后所属的机构</translation>
    </message>
    <message>
        <source>list teams</source>
        <translation>列出团队</translation>
    </message>
    <message>
        <source>list branches with their teams</source>
        <translation>列出各机构及其团队</translation>
    </message>
    <message>
        <source>make a one-time enrolment code for a laptop</source>
        <translation>为一台电脑生成一次性注册码</translation>
    </message>
    <message>
        <source>the laptop&apos;s team</source>
        <translation>电脑所属团队</translation>
    </message>
    <message>
        <source>field (a laptop of the team&apos;s officers) or supervisor (a supervisor&apos;s laptop)</source>
        <translation>field（团队工作人员的电脑）或 supervisor（督导人员的电脑）</translation>
    </message>
    <message>
        <source>a supervisor of this branch only: it sees and reviews the branch&apos;s teams (its --team must be one of them)</source>
        <translation>仅此机构的督导人员：查看并审核本机构的团队（其 --team 须为其中之一）</translation>
    </message>
    <message>
        <source>a supervisor of the whole bank: every team (the default)</source>
        <translation>全行督导人员：所有团队（默认）</translation>
    </message>
    <message>
        <source>the address laptops reach this server at</source>
        <translation>电脑访问本服务器的地址</translation>
    </message>
    <message>
        <source>where to save the QR code (default: enrol-CODE.png)</source>
        <translation>二维码保存位置（默认：enrol-代码.png）</translation>
    </message>
    <message>
        <source>scans of tracked QR codes per print run</source>
        <translation>各印制批次可计数二维码的扫码次数</translation>
    </message>
    <message>
        <source>only this team&apos;s print runs</source>
        <translation>只列此团队的印制批次</translation>
    </message>
    <message>
        <source>records two laptops changed at once: what was lost</source>
        <translation>两台电脑同时修改的记录：哪些修改被覆盖</translation>
    </message>
    <message>
        <source>only this team&apos;s records</source>
        <translation>只列此团队的记录</translation>
    </message>
    <message>
        <source>how many, newest first</source>
        <translation>条数，最新的在前</translation>
    </message>
    <message>
        <source>stop a device&apos;s token working</source>
        <translation>使某台设备的令牌失效</translation>
    </message>
    <message>
        <source>the device&apos;s id, as `devices` lists it</source>
        <translation>设备编号（即 devices 列出的编号）</translation>
    </message>
    <message>
        <source>edit reference lists</source>
        <translation>编辑基础数据列表</translation>
    </message>
    <message>
        <source>add or change a list entry</source>
        <translation>添加或修改列表条目</translation>
    </message>
    <message>
        <source>the list: venue_kinds, campaigns, topics, consultation_categories, special_groups, service_kinds or partners</source>
        <translation>列表：venue_kinds、campaigns、topics、consultation_categories、special_groups、service_kinds 或 partners</translation>
    </message>
    <message>
        <source>the entry&apos;s code in the list (kept for good)</source>
        <translation>条目在列表中的代码（永久保留）</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>keep the entry out of use</source>
        <translation>停用此条目</translation>
    </message>
    <message>
        <source>a team&apos;s roster of officers, which its laptops record by</source>
        <translation>团队的人员名单，团队电脑按此名单登记经办人</translation>
    </message>
    <message>
        <source>put an officer on the roster (or back in use)</source>
        <translation>把工作人员加入名单（或重新启用）</translation>
    </message>
    <message>
        <source>take an officer out of use (their records stay theirs)</source>
        <translation>停用某位工作人员（其记录仍归其名下）</translation>
    </message>
    <message>
        <source>the team&apos;s name</source>
        <translation>团队名称</translation>
    </message>
    <message>
        <source>list enrolled devices: last sync, changes refused, revoked</source>
        <translation>列出已登记设备：上次同步、被拒收的更改、是否已吊销</translation>
    </message>
    <message>
        <source>only laptops in use that have not synced for N days or more (never synced: counted from enrolment)</source>
        <translation>只列出 N 天或更久未同步的在用笔记本（从未同步的从登记日算起）</translation>
    </message>
    <message>
        <source>the officer&apos;s name, as records show it</source>
        <translation>工作人员姓名（记录中显示的名字）</translation>
    </message>
    <message>
        <source>the roster, and names changes came under not on it</source>
        <translation>人员名单，以及提交修改时使用、但不在名单上的姓名</translation>
    </message>
    <message>
        <source>hosts tracked QR codes may send phones to (others: head office&apos;s page)</source>
        <translation>可计数二维码可跳转到的主机（其他主机：显示总行页面）</translation>
    </message>
    <message>
        <source>www.example.cn, *.example.cn (its subdomains) or www.example.cn:8443</source>
        <translation>www.example.cn、*.example.cn（其子域名）或 www.example.cn:8443</translation>
    </message>
    <message>
        <source>allow a host</source>
        <translation>允许一个主机</translation>
    </message>
    <message>
        <source>stop allowing a host</source>
        <translation>不再允许一个主机</translation>
    </message>
    <message>
        <source>allowed hosts, and design links held back</source>
        <translation>允许的主机，以及被拦下的样式链接</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <source>Leaflets handed out</source>
        <translation>折页发放</translation>
    </message>
    <message>
        <source>No leaflet designs yet.</source>
        <translation>暂无折页样式。</translation>
    </message>
    <message>
        <source>%1 in stock</source>
        <translation>库存 %1</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Cannot use the data folder {path}: {reason}</source>
        <translation>无法使用数据文件夹 {path}：{reason}</translation>
    </message>
    <message>
        <source>{path} is not an Outreach Log store, or it is damaged. It was left as it is: put the app&apos;s daily copy in its place (outreach restore; the copies are in {backups}), or choose another data folder.</source>
        <translation>{path} 不是宣传活动台账的数据文件，或已损坏。它没有被改动：请用本软件每天保存的副本替换它（outreach restore；副本在 {backups} 中），或选择其他数据文件夹。</translation>
    </message>
    <message>
        <source>The store in {path} is busy in another program; close it and try again.</source>
        <translation>{path} 中的数据正被另一个程序占用，请关闭该程序后重试。</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written to ({reason}). Choose a data folder you may write in (--data-dir), or ask for permission to write in this one.</source>
        <translation>无法写入数据文件夹 {path}（{reason}）。请选择一个有写入权限的数据文件夹（--data-dir），或申请此文件夹的写入权限。</translation>
    </message>
    <message>
        <source>The store {path} cannot be written to ({reason}). Ask for permission to write it, or choose another data folder (--data-dir).</source>
        <translation>无法写入数据文件 {path}（{reason}）。请申请写入权限，或选择其他数据文件夹（--data-dir）。</translation>
    </message>
    <message>
        <source>The disk that holds {path} is full: nothing more can be saved there. What was saved before is safe; free some space on the disk and try again.</source>
        <translation>{path} 所在的磁盘已满，无法再保存。之前保存的内容是安全的；请清理磁盘空间后重试。</translation>
    </message>
    <message>
        <source>The store {path} cannot be opened: {reason}</source>
        <translation>无法打开数据文件 {path}：{reason}</translation>
    </message>
    <message>
        <source>The store {path} cannot be opened. Check that the disk it is on is connected and can be read; the details are in the log file.</source>
        <translation>无法打开数据文件 {path}。请检查所在磁盘是否已连接且可读取；详细信息见日志文件。</translation>
    </message>
    <message>
        <source>There is no whole copy of the store in {path}.</source>
        <translation>{path} 中没有完好的数据副本。</translation>
    </message>
    <message>
        <source>There is no copy {path}.</source>
        <translation>没有副本 {path}。</translation>
    </message>
    <message>
        <source>The copy {path} is damaged too: choose another one beside it.</source>
        <translation>副本 {path} 也已损坏：请选择同一文件夹中的其他副本。</translation>
    </message>
    <message>
        <source>The data in {path} was written by a newer version of Outreach Log. Please update the app.</source>
        <translation>{path} 中的数据由更新版本的宣传活动台账写入，请先更新本软件。</translation>
    </message>
    <message>
        <source>The store is now the copy {copy}; the store as it was is kept in {aside}. What was sent to head office since the copy comes back at the next sync.</source>
        <translation>数据已恢复为副本 {copy}；原来的数据保留在 {aside}。副本之后已发送到总行的内容，会在下次同步时取回。</translation>
    </message>
    <message>
        <source>This version of Outreach Log brings a new layout of the data, and copies the data into {path} before it changes it; the copy could not be made ({reason}). Nothing was changed: the data is as the earlier version left it. Free some space on the disk, or make sure the folder can be written, and try again.</source>
        <extracomment>A copy made before a migration: &quot;before-v8-20261203-101500.sqlite3&quot; held schema version 8.</extracomment>
        <translation>本版金融知识宣传台账带来新的数据结构，改动数据前会先把数据复制到 {path}；副本未能生成（{reason}）。数据没有任何改动，仍是旧版本留下的样子。请清理磁盘空间，或确认该文件夹可以写入，然后重试。</translation>
    </message>
    <message>
        <source>the details are in the log file</source>
        <extracomment>In place of SQLite&apos;s English, which goes only to the log (with the exception).</extracomment>
        <translation>详情见日志文件</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Connected to head office as team {team}.</source>
        <translation>已连接总行，所属团队：{team}。</translation>
    </message>
    <message>
        <source>Kept on this laptop, refused by head office ({count}):</source>
        <translation>总行拒收、保留在本机的修改（{count} 条）：</translation>
    </message>
    <message>
        <source>Your edits that gave way to later edits made elsewhere ({count}):</source>
        <translation>你的修改被其他地方更晚的修改覆盖（{count} 条）：</translation>
    </message>
    <message>
        <source>Connect to head office…</source>
        <translation>连接总行…</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <source>Demo records stay on this laptop.</source>
        <translation>演示数据只留在本机。</translation>
    </message>
    <message>
        <source>%n change(s) waiting to go to head office</source>
        <translation>%n 项更改待同步至总行</translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <source>syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <source>%n change(s) refused by head office</source>
        <translation>%n 项更改被总行退回</translation>
    </message>
    <message>
        <source>%n of your edits gave way to later ones</source>
        <translation>你有 %n 条修改被更晚的修改覆盖</translation>
    </message>
    <message>
        <source>Connect to head office</source>
        <translation>连接总行</translation>
    </message>
    <message>
        <source>Ask head office for an enrolment code. Paste the text of its QR code, or type the address and the code.</source>
        <translation>请向总行索取设备注册码。可粘贴注册二维码中的文本，或手动输入总行服务器地址和注册码。</translation>
    </message>
    <message>
        <source>Head-office address</source>
        <translation>总行服务器地址</translation>
    </message>
    <message>
        <source>Enrolment code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Enter the enrolment code.</source>
        <translation>请输入注册码。</translation>
    </message>
    <message>
        <source>Connecting failed: %1</source>
        <translation>连接失败：%1</translation>
    </message>
    <message>
        <source>Changes refused by head office</source>
        <translation>被总行拒收的更改</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>Edits that gave way to later ones</source>
        <translation>被更晚修改覆盖的修改</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>What gave way</source>
        <translation>被覆盖的内容</translation>
    </message>
    <message>
        <source>Seen: clear the list</source>
        <translation>已知悉，清空列表</translation>
    </message>
    <message>
        <source>Not allowed for this laptop&apos;s team.</source>
        <translation>本机所属团队无权进行此操作。</translation>
    </message>
    <message>
        <source>Head office holds another change under this laptop&apos;s number: its data was copied to another laptop, or put back from an older copy. Ask head office for a new enrolment code, connect again, then send this again.</source>
        <translation>总行已有本机同一编号下的另一条修改：本机数据曾被复制到另一台笔记本，或从较早的副本恢复过。请向总行索取新的注册码，重新连接后再重新发送。</translation>
    </message>
    <message>
        <source>This laptop&apos;s clock ran ahead of head office&apos;s when it was saved: it is stamped again by head office&apos;s time and sent again at the next sync.</source>
        <translation>保存时这台电脑的时钟比总部快：将按总部时间重新标记，并在下次同步时自动重新发送。</translation>
    </message>
    <message>
        <source>{field}: you had {lost}, the later edit has {kept}</source>
        <translation>{field}：你填的是 {lost}，更晚的修改为 {kept}</translation>
    </message>
    <message>
        <source>you deleted it; a later edit kept it</source>
        <translation>你删除了它；更晚的修改保留了它</translation>
    </message>
    <message>
        <source>a later edit made elsewhere deleted it</source>
        <translation>其他地方更晚的修改删除了这条记录</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>This laptop is not connected to head office yet.</source>
        <extracomment>A supervisor&apos;s branch from its enrolment (None: every team; desktop.store.reviews reads it). Head office&apos;s public address for tracked QR links, when it announces one (LINKS_HEADER). This laptop&apos;s edits that gave way to later ones elsewhere (sync.refusals shows them), and the last such conflict head office has told it of. At most this many are kept to show; older ones stay at head office. At most this many pulled records are written in one transaction (see `pull`). Why a sync failed, in words the user reads (translated in the UI, context &quot;Sync&quot;).</extracomment>
        <translation>本机尚未连接总行。</translation>
    </message>
    <message>
        <source>Head office cannot be reached at {server} (no network?).</source>
        <translation>无法连接总行 {server}（网络是否已断开？）。</translation>
    </message>
    <message>
        <source>Head office does not know this laptop.</source>
        <translation>总行无法识别本机。</translation>
    </message>
    <message>
        <source>Head office has revoked this laptop&apos;s access. Ask for a new enrolment code.</source>
        <translation>总行已撤销本机的访问权限，请重新索取注册码。</translation>
    </message>
    <message>
        <source>This app and head office speak different versions: please update the app.</source>
        <translation>本软件与总行服务器版本不一致，请升级本软件。</translation>
    </message>
    <message>
        <source>Head office had a problem; it will be retried.</source>
        <translation>总行服务器出现问题，稍后将自动重试。</translation>
    </message>
    <message>
        <source>Head office refused the request: {detail}</source>
        <translation>总行拒绝了请求：{detail}</translation>
    </message>
    <message>
        <source>The enrolment code is not valid: {detail}</source>
        <translation>注册码无效：{detail}</translation>
    </message>
    <message>
        <source>The head-office address is not valid (it looks like http://192.168.1.10:8765).</source>
        <translation>总行地址无效（格式如 http://192.168.1.10:8765）。</translation>
    </message>
    <message>
        <source>Enter head office&apos;s address (it looks like http://192.168.1.10:8765).</source>
        <translation>请输入总行地址（格式如 http://192.168.1.10:8765）。</translation>
    </message>
    <message>
        <source>No Outreach Log head office answers at this address: check it.</source>
        <translation>该地址没有宣传活动台账总行服务应答，请检查地址。</translation>
    </message>
    <message>
        <source>Head office does not know this enrolment code: check it, or ask for a new one.</source>
        <translation>总行不认识这个注册码：请核对，或向总行索取新码。</translation>
    </message>
    <message>
        <source>This enrolment code has been used already: ask head office for a new one.</source>
        <translation>这个注册码已被使用：请向总行索取新码。</translation>
    </message>
    <message>
        <source>This enrolment code has expired: ask head office for a new one.</source>
        <translation>这个注册码已过期：请向总行索取新码。</translation>
    </message>
    <message>
        <source>This laptop holds team {detail}&apos;s records, and the code is for another team (it stays unused). To work for another team, start the app on a new data folder.</source>
        <translation>本机存有“{detail}”队的记录，而这个注册码属于另一个队（注册码未被使用）。如要为另一个队工作，请用新的数据文件夹启动本软件。</translation>
    </message>
    <message>
        <source>These are demo records: they stay on this laptop. Connect from your own data (the app started without --demo).</source>
        <translation>这些是演示数据，只留在本机。请在自己的数据中连接总行（不带 --demo 启动本软件）。</translation>
    </message>
    <message>
        <source>Sent {pushed}, refused {refused}, conflicts {conflicts}</source>
        <extracomment>The address tried, for the user to check it. Changes stamped ahead of head office&apos;s clock (this laptop&apos;s ran ahead), stamped again by head office&apos;s time: the new stamp by the old.</extracomment>
        <translation>已发送 {pushed}，被拒收 {refused}，冲突 {conflicts}</translation>
    </message>
    <message>
        <source>Received {pulled}, new or changed here {applied}</source>
        <translation>收到 {pulled} 条，其中本机新增或更新 {applied} 条</translation>
    </message>
    <message>
        <source>Photos uploaded: {photos}; design pictures received: {pictures}</source>
        <translation>已上传照片：{photos}；已接收折页图片：{pictures}</translation>
    </message>
</context>
<context>
    <name>System</name>
    <message>
        <source>no such file or folder</source>
        <translation>没有这个文件或文件夹</translation>
    </message>
    <message>
        <source>no permission</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>a file of that name is in the way</source>
        <translation>已有同名文件</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk cannot be read (damaged, or taken out?)</source>
        <translation>无法读取磁盘（已损坏或被拔出？）</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>此项为必填项。</translation>
    </message>
    <message>
        <source>Enter a whole number, such as 25.</source>
        <translation>请输入整数，例如 25。</translation>
    </message>
    <message>
        <source>Must be at least {minimum}.</source>
        <translation>不能小于 {minimum}。</translation>
    </message>
    <message>
        <source>Must be at most {maximum}.</source>
        <translation>不能大于 {maximum}。</translation>
    </message>
    <message>
        <source>Enter a date such as 2026-03-15.</source>
        <translation>请输入日期，例如 2026-03-15。</translation>
    </message>
    <message>
        <source>This date lies in the future.</source>
        <translation>该日期晚于今天。</translation>
    </message>
    <message>
        <source>Enter a time such as 09:30.</source>
        <translation>请输入时间，例如 09:30。</translation>
    </message>
    <message>
        <source>At most {max_length} characters.</source>
        <translation>最多 {max_length} 个字符。</translation>
    </message>
    <message>
        <source>Enter yes or no.</source>
        <translation>请填写“是”或“否”。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not one of the choices.</source>
        <translation>“{value}”不在可选项中。</translation>
    </message>
    <message>
        <source>&quot;{value}&quot; is not in the reference list.</source>
        <translation>“{value}”不在基础数据列表中。</translation>
    </message>
    <message>
        <source>The linked record does not exist.</source>
        <translation>关联的记录不存在。</translation>
    </message>
    <message>
        <source>Unknown field &quot;{value}&quot;.</source>
        <translation>未知字段“{value}”。</translation>
    </message>
    <message>
        <source>Wrong kind of value.</source>
        <translation>值的类型不正确。</translation>
    </message>
    <message>
        <source>Personal details may only be kept with the person&apos;s consent.</source>
        <translation>须经本人同意方可留存个人信息。</translation>
    </message>
    <message>
        <source>The end time is before the start time.</source>
        <translation>结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>More consultations than people in the audience: please check.</source>
        <translation>咨询数多于受众人数，请核对。</translation>
    </message>
    <message>
        <source>A follow-up is needed but no contact details were kept.</source>
        <translation>需要回访，但未留存联系方式。</translation>
    </message>
    <message>
        <source>An audience of {value} is unusually large: please check.</source>
        <translation>受众人数 {value} 异常偏多，请核对。</translation>
    </message>
    <message>
        <source>The code {value} is already in this list.</source>
        <translation>代码 {value} 在此列表中已存在。</translation>
    </message>
    <message>
        <source>More than the {on_hand} in stock: is a print run not recorded yet?</source>
        <translation>超过库存的 {on_hand} 份：是否有印制批次还没登记？</translation>
    </message>
</context>
<context>
    <name>Value</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
</context>
</TS>
