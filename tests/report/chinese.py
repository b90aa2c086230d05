"""Chinese for the report's texts (context, English source, Chinese), as first entered in
assets/i18n/outreach_zh_CN.ts; the tests read the Chinese paragraph and exports with these
(the catalogue's completeness is tests/test_translations.py's)."""

# ruff: noqa: E501
from __future__ import annotations

import functools

from desktop.i18n import Translator

ZH: dict[tuple[str, str], str] = {
    ("Report", "Written: {path}"): "已写入：{path}",
    (
        "Cli",
        "the period report: figures, summary paragraph, records (XLSX or CSV)",
    ): "期间报告：各项数据、摘要段落和记录（XLSX 或 CSV）",
    (
        "Cli",
        "Write the period report head office files: the figures with the records behind them, a summary paragraph and the counted records. FILE.xlsx is one workbook; FILE.csv writes FILE-summary.csv, FILE-months.csv and one FILE-KIND.csv per record kind beside it (UTF-8 with BOM).",
    ): "写出报送总行的期间报告：各项数据及其背后的记录、摘要段落和计入的记录。FILE.xlsx 为一个工作簿；FILE.csv 则在其旁写出 FILE-summary.csv、FILE-months.csv 以及每类记录一个 FILE-KIND.csv（UTF-8，带 BOM）。",
    ("Cli", "first day"): "起始日期",
    ("Cli", "last day"): "截止日期",
    (
        "Cli",
        "instead of --from/--to: a month (2026-03), quarter (2026Q1) or year (2026)",
    ): "代替 --from/--to：月份（2026-03）、季度（2026Q1）或年份（2026）",
    (
        "Cli",
        "only this team's records (may be given several times)",
    ): "只统计该团队的记录（可多次给出）",
    ("Cli", "only this branch's teams"): "只统计该支行的团队",
    (
        "Cli",
        "count approved records only (default: every record received)",
    ): "只计入已审核通过的记录（默认：计入所有已收到的记录）",
    (
        "Cli",
        "include personal data (names, phones, addresses) in the records exported",
    ): "导出的记录中包含个人信息（姓名、电话、地址）",
    ("Cli", "where to write the report"): "报告写到哪里",
    (
        "Report",
        "{option}: '{value}' is not a date (write it as 2026-03-31).",
    ): "{option}：“{value}”不是日期（请写成 2026-03-31）。",
    (
        "Report",
        "'{value}' is not a period: write a month (2026-03), a quarter (2026Q1) or a year (2026).",
    ): "“{value}”不是期间：请写月份（2026-03）、季度（2026Q1）或年份（2026）。",
    (
        "Report",
        "The period ends ({end}) before it starts ({start}).",
    ): "期间的截止日期（{end}）早于起始日期（{start}）。",
    (
        "Report",
        "Say which period: --period, or both --from and --to.",
    ): "请指明期间：--period，或同时给出 --from 和 --to。",
    (
        "Report",
        "No team '{team}' on this laptop: no record names it.",
    ): "本机没有团队“{team}”：没有任何记录属于它。",
    (
        "Report",
        "No branch '{branch}' on this laptop: no team here is known to belong to it.",
    ): "本机没有支行“{branch}”：不知道有哪个团队属于它。",
    ("Report", "Cannot write {path}: {reason}."): "无法写入 {path}：{reason}。",
    (
        "Report",
        "Cannot write {path}: the file name must end in {accepted}.",
    ): "无法写入 {path}：文件名须以 {accepted} 结尾。",
    (
        "Report",
        "Say the period once: either --period or --from and --to, not both.",
    ): "期间只能给一次：--period 或 --from 与 --to，不能同时给出。",
    (
        "Report",
        "There is no store in {path}: nothing to report on.",
    ): "{path} 中没有数据库：没有可统计的内容。",
    (
        "Report",
        "A session on several topics counts once under each of its topics and once in the total.",
    ): "一场活动涉及多个主题时，在每个主题下各计一次，在总数中只计一次。",
    ("Report", "Sessions held"): "开展宣传活动（场）",
    ("Report", "Sessions held online"): "其中线上活动（场）",
    ("Report", "Sessions held on site"): "其中线下活动（场）",
    ("Report", "People reached"): "受众人数",
    ("Report", "Places reached"): "走进场所（个）",
    ("Report", "Sessions with partner organisations"): "联合开展的活动（场）",
    ("Report", "Partner organisations taking part"): "参与的合作单位（家）",
    (
        "Report",
        "Consultations answered at sessions (as counted on the session)",
    ): "现场咨询（人次，按活动登记的数量）",
    ("Report", "Leaflets handed out"): "发放宣传折页（份）",
    ("Report", "Consultations recorded"): "登记的咨询（条）",
    ("Report", "Consultations from special-group clients"): "其中特殊群体咨询（条）",
    ("Report", "Special-group visits"): "特殊群体上门服务（次）",
    ("Report", "Follow-ups due"): "应回访（次）",
    ("Report", "Follow-ups done"): "已回访（次）",
    ("Report", "Print runs"): "印制批次",
    ("Report", "Leaflets printed"): "印制折页（份）",
    ("Report", "Sessions by venue kind"): "按场所类型的活动场次",
    ("Report", "Sessions by campaign"): "按专项活动的活动场次",
    ("Report", "Sessions by topic"): "按宣传主题的活动场次",
    ("Report", "Sessions by partner organisation"): "按合作单位的活动场次",
    ("Report", "Leaflets handed out by design"): "按折页样式的发放份数",
    ("Report", "Consultations by business category"): "按业务类别的咨询",
    ("Report", "Consultations by special group"): "按特殊群体的咨询",
    ("Report", "Special-group visits by group"): "按群体的上门服务",
    ("Report", "Special-group visits by service"): "按服务内容的上门服务",
    ("Report", "Leaflets printed by design"): "按折页样式的印制份数",
    (
        "Report",
        "{period}, {scope} held {sessions} outreach sessions online and offline ({online} of them online), reaching {places} villages, communities and other places together with {partners} partner organisations; handed out {leaflets} leaflets, answered {consultations} on-site consultations and reached {audience} people in all; and made {visits} home visits to elderly and other special-group clients.",
    ): "{period}，{scope}共开展线上线下宣传活动{sessions}场（其中线上{online}场），联合{partners}家单位走进{places}个村庄、社区等场所，发放宣传折页{leaflets}份，接受现场咨询{consultations}人次，总计受众人数达{audience}人；为老年人等特殊群体提供上门服务{visits}次。",
    ("Report", "In {year}"): "{year}年",
    ("Report", "In quarter {quarter} of {year}"): "{year}年第{quarter}季度",
    ("Report", "In {year}-{month}"): "{year}年{month}月",
    ("Report", "From {start} to {end}"): "{start}至{end}",
    ("Report", "the bank"): "全行",
    ("Report", ", "): "、",
    (
        "Report",
        "Counted: every record received, whatever its review state.",
    ): "计入范围：所有已收到的记录，不论审核状态。",
    ("Report", "Counted: approved records only."): "计入范围：仅已审核通过的记录。",
    (
        "Report",
        "In the period, {waiting} records were still waiting for review and {sent_back} had been sent back for correction.",
    ): "期间内另有{waiting}条记录待审核，{sent_back}条已退回更正。",
    ("Report", "Record id"): "记录编号",
    ("Report", "Officer"): "经办人",
    ("Report", "Review state"): "审核状态",
    ("Report", "yes"): "是",
    ("Report", "no"): "否",
    ("Report", "Figure"): "项目",
    ("Report", "Exact"): "精确数",
    ("Report", "As published"): "报告写法",
    ("Report", "A year before"): "上年同期",
    ("Report", "Change (%)"): "同比变化（%）",
    ("Report", "Month"): "月份",
    ("Report", "Period"): "期间",
    ("Report", "Summary"): "摘要",
    ("Report", "By month"): "按月",
    ("Report", "Special-group share of consultations (%)"): "特殊群体咨询占比（%）",
    (
        "Report",
        "This report holds personal data (names, phones, addresses): keep it safe and share it only with those who need it.",
    ): "本报告含个人信息（姓名、电话、地址）：请妥善保管，仅提供给确有需要的人员。",
    (
        "Report",
        "Personal data (names, phones, addresses) is left out of this report.",
    ): "本报告不含个人信息（姓名、电话、地址）。",
    (
        "Report",
        "Scans of tracked QR codes are counted by head office and are not in this report.",
    ): "跟踪二维码的扫码次数由总行统计，不在本报告中。",
    ("Report", "Leaflet stock by design"): "按折页样式的库存",
    ("Report", "Printed in the period"): "期间印制",
    ("Report", "Handed out in the period"): "期间发放",
    ("Report", "On hand at the end of the period"): "期末库存",
}


@functools.cache
def _catalogue() -> Translator:
    return Translator("zh_CN")


def translate(context: str, text: str) -> str:
    """A Chinese Translator's call, with ZH for the report's texts not in the catalogue yet."""
    return ZH.get((context, text)) or _catalogue()(context, text)
