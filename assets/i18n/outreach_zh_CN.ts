<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <source>Something went wrong</source>
        <extracomment>How long the window gets to lay itself out and load its first pages before a screenshot.</extracomment>
        <translation>出错了</translation>
    </message>
    <message>
        <source>An unexpected error occurred. What you saved is safe; the details are in the log file in %1.</source>
        <translation>发生意外错误。已保存的内容不会丢失，详细信息见 %1 中的日志文件。</translation>
    </message>
    <message>
        <source>Outreach Log</source>
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
    <name>Editors</name>
    <message>
        <source>Set a date</source>
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
        <source>Team</source>
        <extracomment>Personal data (names, phones, addresses): shown only where needed, needs consent to keep. For REF/REFS: which reference list the codes come from. For LINK: the kind of the linked record. Dates that describe something that already happened cannot lie in the future. Shown as a column in the section&apos;s list. Import/export column headers besides the field name (Chinese ledgers, older templates). Filled by the form with the last value the user typed (place, staff...). Set by the app (checksums, tracking codes), not typed: forms leave it alone. Columns every record table has. The sync protocol ships them with each record. A record&apos;s team (a meta column) described as a field, for lists that show several teams&apos; records (a supervisor&apos;s laptop).</extracomment>
        <translation>所属团队</translation>
    </message>
</context>
<context>
    <name>History</name>
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
        <source>This cell has a value but its column has no header.</source>
        <translation>此单元格有内容，但所在列没有表头。</translation>
    </message>
    <message>
        <source>Row {row}, column &quot;{column}&quot;: {message}</source>
        <translation>第 {row} 行，列“{column}”：{message}</translation>
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
    <name>MainWindow</name>
    <message>
        <source>Outreach Log</source>
        <extracomment>Show a progress dialog only for work that takes longer than this (no flashing).</extracomment>
        <translation>金融知识宣传台账</translation>
    </message>
    <message>
        <source>demo records, never sent to head office</source>
        <translation>演示数据，不会发送到总行</translation>
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
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>About Outreach Log</source>
        <translation>关于金融知识宣传台账</translation>
    </message>
    <message>
        <source>Outreach Log records financial-literacy outreach offline and sends it to head office.
Data folder: %1</source>
        <translation>金融知识宣传台账可在离线状态下记录金融知识宣传工作，联网后自动同步至总行。
数据文件夹：%1</translation>
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
        <source>New…</source>
        <extracomment>A supervisor&apos;s laptop holds every team&apos;s records: say whose, and filter by team.</extracomment>
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
        <extracomment>Head office&apos;s public address for tracked QR links, when it announces one (LINKS_HEADER). This laptop&apos;s edits that gave way to later ones elsewhere (sync.refusals shows them), and the last such conflict head office has told it of. At most this many are kept to show; older ones stay at head office. Why a sync failed, in words the user reads (translated in the UI, context &quot;Sync&quot;).</extracomment>
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
