"""Reference lists and the defaults a new store is seeded with.

Records keep a list entry's stable `code`, never its label, so head office can rename an entry
(or translate it) without touching the records that use it. Seeded entries get a uuid derived
from list and code, so every laptop seeds the very same records and sync never doubles them.
"""

from __future__ import annotations

import uuid

from desktop.domain.fields import QT_TRANSLATE_NOOP

#: Namespace for uuids derived from content (seeds, imported rows, hand-outs).
NAMESPACE = uuid.UUID("6f1c2b52-8d1e-4b8a-9a3e-5d0c3f7e2a11")

REF_LISTS: dict[str, str] = {
    "venue_kinds": QT_TRANSLATE_NOOP("Choice", "Venue kinds"),
    "campaigns": QT_TRANSLATE_NOOP("Choice", "Campaigns"),
    "topics": QT_TRANSLATE_NOOP("Choice", "Topics"),
    "consultation_categories": QT_TRANSLATE_NOOP("Choice", "Consultation categories"),
    "special_groups": QT_TRANSLATE_NOOP("Choice", "Special groups"),
    "service_kinds": QT_TRANSLATE_NOOP("Choice", "Service kinds"),
    "partners": QT_TRANSLATE_NOOP("Choice", "Partner organisations"),
}

#: (list, code, Chinese label, English label)
DEFAULT_ITEMS: tuple[tuple[str, str, str, str], ...] = (
    ("venue_kinds", "village", "进农村", "Village"),
    ("venue_kinds", "community", "进社区", "Community"),
    ("venue_kinds", "school", "进校园", "School"),
    ("venue_kinds", "company", "进企业", "Company"),
    ("venue_kinds", "family", "进家庭", "Family / home"),
    ("venue_kinds", "market", "进商圈", "Market / business district"),
    ("venue_kinds", "elderly_home", "老年之家 / 敬老院", "Elderly home"),
    ("venue_kinds", "branch", "营业网点厅堂", "Branch lobby"),
    ("campaigns", "cr315", "3·15 消费者权益保护教育宣传周", "3·15 consumer-rights week"),
    ("campaigns", "wanlixing", "普及金融知识万里行", "Financial literacy long march"),
    ("campaigns", "knowledge_month", "金融知识普及月", "Financial literacy month"),
    ("campaigns", "wanjia", "金融知识进万家", "Financial knowledge to every home"),
    ("campaigns", "fundraising_month", "防范非法集资宣传月", "Illegal fundraising awareness month"),
    ("campaigns", "counterfeit_month", "反假货币宣传月", "Counterfeit currency awareness month"),
    ("campaigns", "standards_month", "金融标准 为民利企", "Financial standards month"),
    ("campaigns", "adhoc", "日常宣传", "Ad-hoc session"),
    ("topics", "telecom_fraud", "防范电信网络诈骗", "Telecom and online fraud"),
    ("topics", "illegal_fundraising", "防范非法集资", "Illegal fundraising"),
    ("topics", "counterfeit", "反假货币", "Counterfeit currency"),
    ("topics", "pension_fraud", "防范养老诈骗", "Pension fraud"),
    ("topics", "credit_report", "征信知识", "Credit reports"),
    ("topics", "aml", "反洗钱", "Anti-money-laundering"),
    ("topics", "card_safety", "银行卡与手机银行安全", "Safe bank cards and mobile banking"),
    ("topics", "wealth_risk", "理财风险提示", "Wealth-product risk"),
    ("topics", "consumer_rights", "金融消费者八项权利", "The eight consumer rights"),
    ("topics", "cash_acceptance", "拒收现金整治", "Acceptance of cash"),
    ("consultation_categories", "deposits", "存款", "Deposits"),
    ("consultation_categories", "loans", "贷款", "Loans"),
    ("consultation_categories", "cards", "银行卡", "Bank cards"),
    ("consultation_categories", "payments", "支付结算", "Payments"),
    ("consultation_categories", "wealth", "理财产品", "Wealth products"),
    ("consultation_categories", "insurance", "代理保险", "Insurance agency"),
    ("consultation_categories", "other", "其他", "Other"),
    ("special_groups", "elderly", "老年人", "Elderly"),
    ("special_groups", "disabled", "残疾人", "Disabled"),
    ("special_groups", "ill", "重病患者", "Seriously ill"),
    ("special_groups", "left_behind_children", "留守儿童", "Left-behind children"),
    ("special_groups", "new_residents", "新市民", "New urban residents"),
    ("special_groups", "low_income", "低收入群体", "Low-income households"),
    ("service_kinds", "account_activation", "账户激活", "Account activation"),
    ("service_kinds", "pension_withdrawal", "协助领取养老金", "Pension withdrawal help"),
    ("service_kinds", "card_replacement", "补换卡", "Card replacement"),
    ("service_kinds", "password_reset", "密码重置", "Password reset"),
    ("service_kinds", "fraud_warning", "防诈骗提醒", "Fraud warning"),
    ("service_kinds", "identity_check", "身份核实", "Identity check"),
    ("service_kinds", "mobile_banking_help", "手机银行指导", "Mobile banking help"),
    ("partners", "justice_bureau", "司法局", "Justice bureau"),
    ("partners", "police", "派出所", "Police station"),
    ("partners", "hospital", "卫生院", "Health centre"),
    ("partners", "village_committee", "村委会", "Village committee"),
    ("partners", "school_office", "学校", "School office"),
    ("partners", "civil_affairs", "民政部门", "Civil affairs office"),
)


def item_uuid(list_name: str, code: str) -> str:
    """The uuid every device gives the entry `code` of `list_name`."""
    return str(uuid.uuid5(NAMESPACE, f"ref_item:{list_name}:{code}"))
