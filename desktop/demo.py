"""A year of one outreach team's work, so a new install can be explored before real data exists.

Trainers show the app to field officers with it, and developers size lists, reports and charts
against it, so the records follow the rhythm of the real work: sessions cluster in the yearly
campaigns, places, topics and partners fit together, leaflets are printed before they are handed
out. Everything goes through the store's public API (validation, history, outbox included) in one
transaction, so the demo data is exactly as trustworthy as typed data, and a crash leaves no half
year behind. Deterministic for a given seed and date, so screenshots and bug reports reproduce.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop.store.store import DEMO_SETTING, SEED_STAMP, Store

DEMO_TEAM = "城关支行宣讲一队"

#: A small branch team: sessions take two to four of them, home visits two.
ROSTER: tuple[str, ...] = ("张丽", "王强", "刘芳", "陈晓东", "赵敏", "李建国")

#: What fill_demo creates; the counts it returns use these keys.
DEMO_KINDS: tuple[str, ...] = (
    "leaflet_design",
    "print_run",
    "session",
    "consultation",
    "visit",
    "handout",
)

DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Place:
    name: str
    area: str
    venue: str


_VILLAGES: tuple[tuple[str, str], ...] = (
    ("王家村", "城关镇"),
    ("李家庄村", "城关镇"),
    ("柳河村", "柳河乡"),
    ("双桥村", "双桥镇"),
    ("石门村", "青石镇"),
    ("张家湾村", "青石镇"),
    ("东岭村", "柳河乡"),
    ("杏花村", "双桥镇"),
    ("白沙村", "白沙乡"),
    ("下河村", "白沙乡"),
    ("红旗村", "城关镇"),
    ("马坊村", "青石镇"),
)

PLACES: tuple[Place, ...] = (
    *(Place(name, area, "village") for name, area in _VILLAGES),
    Place("东街社区", "城关镇", "community"),
    Place("西关社区", "城关镇", "community"),
    Place("幸福里社区", "城关镇", "community"),
    Place("滨河社区", "城关镇", "community"),
    Place("锦绣花园社区", "城关镇", "community"),
    Place("青石镇南苑社区", "青石镇", "community"),
    Place("城关镇中心小学", "城关镇", "school"),
    Place("县第一中学", "城关镇", "school"),
    Place("县职业技术学校", "城关镇", "school"),
    Place("青石镇初级中学", "青石镇", "school"),
    Place("双桥镇中心小学", "双桥镇", "school"),
    Place("县供销合作社", "城关镇", "company"),
    Place("华丰农业科技有限公司", "城关镇", "company"),
    Place("鑫源食品有限公司", "青石镇", "company"),
    Place("宏达建材厂", "双桥镇", "company"),
    Place("县城投建设集团", "城关镇", "company"),
    Place("城关农贸市场", "城关镇", "market"),
    Place("青石镇集市", "青石镇", "market"),
    Place("双桥镇大集", "双桥镇", "market"),
    Place("县城步行街商圈", "城关镇", "market"),
    Place("城关镇敬老院", "城关镇", "elderly_home"),
    Place("柳河乡老年之家", "柳河乡", "elderly_home"),
    Place("县社会福利中心", "城关镇", "elderly_home"),
    Place("白沙乡幸福院", "白沙乡", "elderly_home"),
    Place("王家村三组院坝", "城关镇", "family"),
    Place("东岭村农户家中", "柳河乡", "family"),
    Place("张家湾村五组院坝", "青石镇", "family"),
    Place("城关支行营业厅", "城关镇", "branch"),
)

ONLINE_PLACE = Place("城关支行视频号直播间", "城关镇", "branch")

#: Topics that suit each venue: who is in the audience decides what is worth explaining.
VENUE_TOPICS: dict[str, tuple[str, ...]] = {
    "village": (
        "telecom_fraud",
        "illegal_fundraising",
        "pension_fraud",
        "counterfeit",
        "cash_acceptance",
        "credit_report",
        "card_safety",
    ),
    "community": (
        "telecom_fraud",
        "pension_fraud",
        "card_safety",
        "consumer_rights",
        "wealth_risk",
        "illegal_fundraising",
    ),
    "school": ("telecom_fraud", "credit_report", "card_safety", "aml", "consumer_rights"),
    "company": ("telecom_fraud", "credit_report", "wealth_risk", "aml", "illegal_fundraising"),
    "market": ("counterfeit", "cash_acceptance", "telecom_fraud", "card_safety"),
    "elderly_home": ("pension_fraud", "telecom_fraud", "illegal_fundraising", "card_safety"),
    "family": ("pension_fraud", "telecom_fraud", "card_safety", "counterfeit"),
    "branch": ("consumer_rights", "wealth_risk", "credit_report", "telecom_fraud", "counterfeit"),
}

#: (partner code, chance it joins a session at this venue).
VENUE_PARTNERS: dict[str, tuple[tuple[str, float], ...]] = {
    "village": (("village_committee", 0.7), ("justice_bureau", 0.25), ("police", 0.25)),
    "community": (("police", 0.4), ("justice_bureau", 0.2), ("civil_affairs", 0.2)),
    "school": (("school_office", 1.0), ("police", 0.3)),
    "company": (("police", 0.15),),
    "market": (("police", 0.3), ("justice_bureau", 0.15)),
    "elderly_home": (("civil_affairs", 0.5), ("hospital", 0.4), ("justice_bureau", 0.2)),
    "family": (("village_committee", 0.6),),
    "branch": (),
}

#: (lowest, highest) head-count: a class assembly is big, a courtyard meeting small.
VENUE_AUDIENCE: dict[str, tuple[int, int]] = {
    "village": (30, 120),
    "community": (40, 150),
    "school": (80, 500),
    "company": (20, 80),
    "market": (80, 300),
    "elderly_home": (15, 50),
    "family": (5, 18),
    "branch": (15, 60),
}

VENUE_START_TIMES: dict[str, tuple[str, ...]] = {
    "village": ("09:00", "09:30", "14:30", "15:00", "19:30"),
    "community": ("09:00", "09:30", "15:00", "16:00"),
    "school": ("08:10", "10:00", "14:30", "15:40"),
    "company": ("10:00", "14:00", "16:30"),
    "market": ("07:30", "08:00", "08:30", "09:00"),
    "elderly_home": ("09:30", "10:00", "15:00"),
    "family": ("10:00", "15:00", "19:00"),
    "branch": ("09:00", "10:30", "15:00"),
}

#: The campaign's own topic always comes up; the venue adds the rest.
CAMPAIGN_TOPICS: dict[str, tuple[str, ...]] = {
    "cr315": ("consumer_rights",),
    "wanlixing": ("telecom_fraud", "pension_fraud"),
    "knowledge_month": ("consumer_rights", "telecom_fraud"),
    "wanjia": ("card_safety",),
    "fundraising_month": ("illegal_fundraising",),
    "counterfeit_month": ("counterfeit",),
    "standards_month": ("card_safety",),
    "adhoc": (),
}

#: Where each campaign goes, as relative weights over venue kinds.
CAMPAIGN_VENUES: dict[str, dict[str, int]] = {
    "cr315": {"community": 3, "market": 3, "branch": 2, "village": 2, "school": 1, "company": 1},
    "wanlixing": {"village": 4, "elderly_home": 2, "community": 2, "family": 2, "market": 1},
    "knowledge_month": {"school": 3, "village": 3, "community": 2, "company": 2, "branch": 1},
    "wanjia": {"family": 3, "village": 2, "community": 2, "elderly_home": 1},
    "fundraising_month": {"village": 3, "community": 3, "elderly_home": 2, "company": 1},
    "counterfeit_month": {"market": 4, "village": 2, "branch": 2, "company": 1},
    "standards_month": {"branch": 2, "company": 2, "community": 2, "market": 1},
    "adhoc": {
        "village": 4,
        "community": 3,
        "market": 2,
        "school": 2,
        "company": 2,
        "elderly_home": 2,
        "family": 2,
        "branch": 1,
    },
}


def campaign_windows(year: int) -> list[tuple[str, dt.date, dt.date, int]]:
    """The yearly campaigns of `year`: (code, first day, last day, sessions in a full window)."""
    return [
        ("cr315", dt.date(year, 3, 10), dt.date(year, 3, 20), 14),
        ("fundraising_month", dt.date(year, 6, 1), dt.date(year, 6, 30), 12),
        ("wanlixing", dt.date(year, 7, 1), dt.date(year, 8, 31), 14),
        ("knowledge_month", dt.date(year, 9, 1), dt.date(year, 9, 30), 16),
        ("wanjia", dt.date(year, 9, 8), dt.date(year, 9, 28), 6),
        ("standards_month", dt.date(year, 10, 9), dt.date(year, 10, 31), 6),
        ("counterfeit_month", dt.date(year, 11, 1), dt.date(year, 11, 30), 10),
    ]


@dataclass(frozen=True)
class QA:
    topic: str | None
    category: str
    question: str
    answer: str
    referred: bool = False


QUESTIONS: tuple[QA, ...] = (
    QA(
        "telecom_fraud",
        "payments",
        "接到自称公安的电话，说我涉嫌洗钱，要把钱转到“安全账户”，是真的吗？",
        "公检法机关不会电话办案，也没有所谓“安全账户”。请立即挂断，可拨打110或到网点核实。",
    ),
    QA(
        "telecom_fraud",
        "payments",
        "网上说帮忙刷单能返佣金，要先垫钱，靠谱吗？",
        "刷单返利是典型骗局，先小额返利取得信任再骗大额，不要垫付任何资金。",
    ),
    QA(
        "telecom_fraud",
        "cards",
        "短信说积分可以兑换现金，要点链接填卡号，能点吗？",
        "不要点陌生链接。银行不会通过短信链接让您填写卡号、密码和验证码。",
    ),
    QA(
        "telecom_fraud",
        "cards",
        "有人借我的银行卡用几天，给好处费，可以借吗？",
        "出租、出借银行卡可能被用于诈骗和洗钱，会被惩戒甚至追究刑责，坚决不能借。",
    ),
    QA(
        "telecom_fraud",
        "payments",
        "孩子在外地打电话说出了事要钱，声音有点不像，怎么办？",
        "先挂断，用原来存的号码回拨或联系其他家人核实，不要急着转账。",
    ),
    QA(
        "telecom_fraud",
        "other",
        "前几天给骗子转了账，现在还能追回来吗？",
        "已指导客户马上报警并联系开户行，保存好聊天记录和转账凭证，转派出所处理。",
        referred=True,
    ),
    QA(
        "illegal_fundraising",
        "wealth",
        "村里有人拉着投养老项目，说年息20%，能投吗？",
        "承诺保本高息的投资很可能是非法集资，正规理财不会承诺保本高收益，建议不要参与。",
    ),
    QA(
        "illegal_fundraising",
        "wealth",
        "朋友推荐虚拟币项目，说拉人头有返利、稳赚不赔，怎么判断？",
        "虚拟货币相关业务活动属于非法金融活动，拉人头、发返利都是典型特征，请远离。",
    ),
    QA(
        "illegal_fundraising",
        "deposits",
        "合作社说存钱比银行利息高，这算存款吗？",
        "合作社不能吸收公众存款，存款请到持有金融许可证的银行机构办理。",
    ),
    QA(
        "illegal_fundraising",
        "other",
        "投了钱的理财平台联系不上了，到哪里反映？",
        "可向县里处置非法集资的部门和公安机关报案，已告知联系方式和需要带的材料。",
        referred=True,
    ),
    QA(
        "counterfeit",
        "other",
        "收到一张百元钞票摸着发滑，怎么辨别真假？",
        "一看二摸三听四测：看光彩光变数字，摸人像凹凸感，听纸张声音，用验钞机测。现场已帮忙鉴别。",
    ),
    QA(
        "counterfeit",
        "deposits",
        "存钱时被收缴了一张假币，还能要回来吗？",
        "确认为假币的会被收缴并出具凭证，对结果有异议可在3个工作日内申请鉴定。",
    ),
    QA(
        "counterfeit",
        "deposits",
        "钱被老鼠咬坏了一角，银行能给换吗？",
        "残缺污损的人民币可到网点按规定兑换，能辨别面额、剩余面积够的可全额兑换。",
    ),
    QA(
        "pension_fraud",
        "wealth",
        "有人推销养老公寓床位，先交钱以后给高额回报，可信吗？",
        "以预售床位、投资养老项目为名承诺高回报，是养老诈骗的常见手法，请不要交钱，先和子女商量。",
    ),
    QA(
        "pension_fraud",
        "insurance",
        "保健品讲座送鸡蛋，还让买理财型保险，能买吗？",
        "免费讲座送礼品多是推销陷阱，买保险要到正规机构，看清合同和退保规定。",
    ),
    QA(
        "pension_fraud",
        "other",
        "有人打电话说社保卡要升级，让我报密码，是真的吗？",
        "社保部门和银行都不会电话索要密码，这是诈骗，请直接挂断。",
    ),
    QA(
        "pension_fraud",
        "deposits",
        "养老金每月几号到账？在村里能取吗？",
        "养老金按月固定日期发放，村里的助农取款服务点可以小额取现。",
    ),
    QA(
        "credit_report",
        "loans",
        "怎么查自己的征信报告？要花钱吗？",
        "可以在征信中心网站或网点自助查询机上查，个人每年有两次免费查询。",
    ),
    QA(
        "credit_report",
        "loans",
        "有人说交钱就能帮我“修复征信”，可信吗？",
        "不良记录只能按规定期限保存后消除，所谓“征信修复”都是骗局。",
    ),
    QA(
        "credit_report",
        "loans",
        "以前贷款逾期过，现在还能申请贷款吗？",
        "逾期记录自还清之日起保存5年，会影响审批。已请客户经理结合具体情况回复。",
        referred=True,
    ),
    QA(
        "credit_report",
        "cards",
        "信用卡晚还了两天，会上征信吗？",
        "有可能，以合同约定的宽限期为准，建议开通自动还款。",
    ),
    QA(
        "aml",
        "deposits",
        "为什么取大额现金要登记身份证？",
        "这是反洗钱规定的客户身份识别要求，也是为了保护您的资金安全。",
    ),
    QA(
        "aml",
        "cards",
        "同学让我帮忙用银行卡“走账”，给点辛苦费，可以吗？",
        "帮人走账可能涉嫌洗钱和帮助信息网络犯罪，不要出借账户或替陌生人转账。",
    ),
    QA(
        "card_safety",
        "cards",
        "手机银行怎么设置转账限额？",
        "在手机银行的安全中心可以调低单笔和单日转账限额，现场已演示操作。",
    ),
    QA(
        "card_safety",
        "cards",
        "银行卡密码忘了怎么办？",
        "本人带身份证和银行卡到网点重置密码，行动不便的可以预约上门服务。",
    ),
    QA(
        "card_safety",
        "payments",
        "手机丢了，手机银行会不会被别人用？",
        "立即拨打客服电话冻结手机银行，并尽快补办手机卡。",
    ),
    QA(
        "card_safety",
        "cards",
        "验证码能告诉打电话来的客服吗？",
        "任何人索要验证码都不要给，银行工作人员不会问您要验证码。",
    ),
    QA(
        "card_safety",
        "cards",
        "不用的银行卡要不要注销？",
        "建议注销长期不用的卡，避免被冒用；本人带身份证到开户网点办理。",
    ),
    QA(
        "wealth_risk",
        "wealth",
        "理财产品和定期存款有什么区别？会亏本吗？",
        "理财不是存款，不保本，收益会波动，要按风险测评结果选择适合自己的产品。",
    ),
    QA(
        "wealth_risk",
        "wealth",
        "理财风险等级R2是什么意思？",
        "R2属于中低风险，本金损失的可能性较小但不保本，购买前要先做风险测评。",
    ),
    QA(
        "wealth_risk",
        "insurance",
        "在银行买的保险能像存款一样随时取吗？",
        "保险提前退保可能损失本金，购买前请看清犹豫期和退保规定。",
    ),
    QA(
        "consumer_rights",
        "other",
        "对银行服务不满意，应该怎么投诉？",
        "可拨打客服热线、在网点填写意见簿，或扫描折页上的二维码留言，我们会按时答复。",
    ),
    QA(
        "consumer_rights",
        "other",
        "银行能不经我同意把我的信息给别人吗？",
        "不能，这侵犯信息安全权，银行必须依法保护客户信息，未经授权不得提供给第三方。",
    ),
    QA(
        "consumer_rights",
        "loans",
        "办贷款时被要求必须买保险才给批，合理吗？",
        "捆绑搭售侵犯自主选择权和公平交易权，已记录情况转消保部门核查。",
        referred=True,
    ),
    QA(
        "consumer_rights",
        "other",
        "金融消费者都有哪些权利？",
        "财产安全权、知情权、自主选择权、公平交易权、依法求偿权、受教育权、受尊重权、信息安全权八项。",
    ),
    QA(
        "cash_acceptance",
        "payments",
        "菜市场摊位只收微信不收现金，合规吗？",
        "拒收现金违反规定，可保留证据向人民银行反映，我们也会向商户宣传。",
    ),
    QA(
        "cash_acceptance",
        "payments",
        "老人不会用手机支付，去医院缴费能用现金吗？",
        "公共服务场所必须保留现金收付渠道，老人可以放心使用现金。",
    ),
)

#: Questions asked at the counter or over the phone, outside any session.
WALK_IN_QUESTIONS: tuple[QA, ...] = (
    QA(
        None,
        "deposits",
        "定期存款提前取出来，利息怎么算？",
        "提前支取部分按活期利率计息，可以部分提前支取，剩余部分仍按原利率计息。",
    ),
    QA(
        None,
        "loans",
        "想贷款扩建大棚，需要准备什么材料？",
        "需要身份证、户口本和经营情况证明，已请客户经理联系上门调查。",
        referred=True,
    ),
    QA(
        None,
        "loans",
        "创业担保贷款怎么申请？",
        "符合条件的可向人社部门申请创业担保贷款，已告知申请流程和所需材料。",
    ),
    QA(
        None,
        "cards",
        "社保卡金融账户怎么激活？",
        "本人带身份证和社保卡到网点即可激活，行动不便的可预约上门。",
    ),
    QA(
        None,
        "payments",
        "给外地的孩子汇款，怎么转最省钱？",
        "手机银行跨行转账免手续费，现场帮助开通并设置了限额。",
    ),
    QA(
        None,
        "insurance",
        "去年在网点买的保险想退，要带什么？",
        "需带保险合同和身份证，已转保险公司客服办理并告知可能的退保损失。",
        referred=True,
    ),
)

_SURNAMES = "王李张刘陈杨赵黄周吴徐孙马朱胡郭何林罗高"
_GIVEN = ("桂兰", "秀英", "建国", "玉珍", "德明", "淑芬", "志强", "春花", "国庆", "凤英", "永福")


@dataclass(frozen=True)
class Design:
    key: str
    title: str
    topic: str
    layout: str
    low_stock: int
    qr_path: str
    body: str


DESIGNS: tuple[Design, ...] = (
    Design(
        "telecom",
        "守好钱袋子 谨防电信网络诈骗",
        "telecom_fraud",
        "trifold",
        300,
        "antifraud",
        "“三不一多”记心间：陌生来电不轻信，不明链接不点击，个人信息不透露，转账汇款多核实。\n"
        "公检法不会电话办案，更没有“安全账户”；“刷单返利”“低息贷款先交保证金”都是骗局。\n"
        "银行卡、手机卡不出租、不出借、不出售。\n"
        "遇到可疑情况，请拨打110或到我行网点咨询，扫描二维码查看最新骗局提示。",
    ),
    Design(
        "fundraising",
        "远离非法集资 拒绝高息诱惑",
        "illegal_fundraising",
        "a5x2",
        200,
        "fundraising",
        "非法集资的常见特征：承诺高额回报、保本无风险，拉人头发展下线，以“养老”“扶贫”"
        "“区块链”“原始股”等名义吸收资金。\n"
        "合作社、养老机构、商铺都不能吸收公众存款。\n"
        "投资理财请选择持牌金融机构，发现线索请向当地处非部门举报。",
    ),
    Design(
        "counterfeit",
        "识别假币 人人有责",
        "counterfeit",
        "a6x4",
        200,
        "counterfeit",
        "第五套人民币识别方法：一看光彩光变面额数字和安全线，二摸人像、国徽的凹凸手感，"
        "三听纸张抖动的清脆声响，四测用验钞机检测。\n"
        "收到假币请勿继续使用，可交银行网点收缴。\n"
        "残缺、污损人民币可到任一银行网点按规定兑换。",
    ),
    Design(
        "pension",
        "警惕养老诈骗 守护晚年幸福",
        "pension_fraud",
        "a4",
        150,
        "pension",
        "以“养老服务”“预售床位”“以房养老”“保健品”为名的高额回报都是陷阱。\n"
        "免费讲座、送鸡蛋送礼品，目的是让您掏钱。\n"
        "社保、银行不会电话索要密码和验证码。\n"
        "大额转账前请先和子女商量，或到网点问一问。本折页采用大号字体，方便老年朋友阅读。",
    ),
    Design(
        "credit",
        "珍爱信用记录 了解个人征信",
        "credit_report",
        "a5x2",
        150,
        "credit",
        "个人征信报告记录您的借款和还款情况，每人每年可免费查询两次。\n"
        "按时还款是最好的信用维护；不良记录自结清之日起保存5年。\n"
        "“征信修复”“洗白征信”都是骗局，不要交钱。\n"
        "对报告有异议，可向征信中心或我行网点提出。",
    ),
    Design(
        "rights",
        "金融消费者的八项权利",
        "consumer_rights",
        "trifold",
        200,
        "feedback",
        "您享有：财产安全权、知情权、自主选择权、公平交易权、依法求偿权、受教育权、"
        "受尊重权、信息安全权。\n"
        "办理业务时可要求工作人员说明产品风险和费用，拒绝捆绑搭售。\n"
        "对我行服务有意见，请拨打客服热线或扫描二维码留言，我们将在规定时限内答复。",
    ),
)

QR_BASE = "https://www.example-bank.cn/"


@dataclass(frozen=True)
class _SessionPlan:
    held_on: dt.date
    campaign: str
    place: Place
    online: bool = False


def fill_demo(store: Store, today: dt.date | None = None, seed: int = 7) -> dict[str, int]:
    """Fill an empty store with a year of one team's work; returns how many records per kind.

    A store that already holds sessions (even deleted ones) gets nothing, so the demo can never
    mix with real work. `today` defaults to the store's today and must not lie after it, because
    the store refuses dates in the future.
    """
    today = today or store.today()
    if today > store.today():
        raise ValueError(f"demo date {today} lies after the store's today {store.today()}")
    counts = dict.fromkeys(DEMO_KINDS, 0)
    with store.transaction():
        used = store.conn.execute("SELECT 1 FROM sessions LIMIT 1").fetchone()
        if used:
            return counts
        if not store.team:
            store.set_setting("team", DEMO_TEAM)
        store.set_setting(DEMO_SETTING, True)
        # The team's officers, so the demo window opens recording as one of them.
        officers = [store.add_officer(name) for name in ROSTER]
        store.set_current_officer(str(officers[0]["uuid"]))
        _Filler(store, today, random.Random(seed), counts).run()
    return counts


class _Filler:
    """One run of fill_demo: the random source, the leaflet stock and the counts it keeps."""

    def __init__(
        self, store: Store, today: dt.date, rng: random.Random, counts: dict[str, int]
    ) -> None:
        self.store = store
        self.today = today
        self.start = today - dt.timedelta(days=364)
        self.rng = rng
        self.counts = counts
        self.design_uuid: dict[str, str] = {}
        self.on_hand: dict[str, int] = {}
        self.last_event: dict[str, dt.date] = {}

    def save(self, kind: str, values: dict[str, Any]) -> str:
        self.counts[kind] += 1
        return str(self.store.save(kind, values)["uuid"])

    def run(self) -> None:
        self.make_designs()
        for plan in self.plan_sessions():
            self.make_session(plan)
        self.make_walk_ins()
        self.make_visits()

    # -- dates --------------------------------------------------------------------------------

    def pick_days(self, first: dt.date, last: dt.date, n: int) -> list[dt.date]:
        """`n` days in [first, last], mostly working days: teams go out on weekdays."""
        days = [first + i * DAY for i in range((last - first).days + 1)]
        weights = [1.0 if d.weekday() < 5 else 0.4 for d in days]
        return self.rng.choices(days, weights, k=n)

    # -- leaflets -----------------------------------------------------------------------------

    def make_designs(self) -> None:
        self.drop_shipped_designs()
        for d in DESIGNS:
            self.design_uuid[d.key] = self.save(
                "leaflet_design",
                {
                    "title": d.title,
                    "topic": d.topic,
                    "body": d.body,
                    "qr_target": QR_BASE + d.qr_path,
                    "language": "zh_CN",
                    "layout": d.layout,
                    "low_stock": d.low_stock,
                    "active": True,
                },
            )
            self.on_hand[d.key] = 0
            self.last_event[d.key] = self.start
            self.print_run(d, self.start, 2 * d.low_stock, "年初首印")

    def drop_shipped_designs(self) -> None:
        """A new store holds the shipped designs from its creation (seeded: never sent, the
        same on every laptop). The demo team prints its own six instead, so the shipped ones,
        unused in a store the demo may fill, are taken out again as if never seeded."""
        seeded = "SELECT uuid FROM leaflet_designs WHERE hlc = ?"
        conn = self.store.conn
        conn.execute(
            f"DELETE FROM history WHERE kind = 'leaflet_design' AND uuid IN ({seeded})",
            (SEED_STAMP,),
        )
        conn.execute("DELETE FROM leaflet_designs WHERE hlc = ?", (SEED_STAMP,))

    def print_run(self, design: Design, on: dt.date, copies: int, notes: str) -> None:
        self.save(
            "print_run",
            {
                "design": self.design_uuid[design.key],
                "printed_on": on,
                "copies": copies,
                "notes": notes,
            },
        )
        self.on_hand[design.key] += copies

    def hand_out(self, session_uuid: str, held_on: dt.date, wanted: dict[Design, int]) -> None:
        """Hand leaflets out, reprinting beforehand whenever a design would run low."""
        counts: dict[str, int] = {}
        for design, count in wanted.items():
            if self.on_hand[design.key] - count < design.low_stock:
                needed = count + design.low_stock - self.on_hand[design.key]
                copies = max(self.rng.choice((1000, 1500, 2000)), -(-needed // 500) * 500)
                on = max(self.last_event[design.key], held_on - self.rng.randint(2, 8) * DAY)
                self.print_run(design, on, copies, "库存不足，补印")
            self.on_hand[design.key] -= count
            self.last_event[design.key] = held_on
            counts[self.design_uuid[design.key]] = count
        self.store.set_handouts(session_uuid, counts)
        self.counts["handout"] += len(counts)

    # -- sessions -----------------------------------------------------------------------------

    def plan_sessions(self) -> list[_SessionPlan]:
        """Campaign sessions in their windows, then ad-hoc ones up to a full year's number."""
        plans: list[_SessionPlan] = []
        for year in range(self.start.year, self.today.year + 1):
            for code, first, last, full in campaign_windows(year):
                lo, hi = max(first, self.start), min(last, self.today)
                if lo > hi:
                    continue
                n = round(full * ((hi - lo).days + 1) / ((last - first).days + 1))
                plans += [self.plan(d, code) for d in self.pick_days(lo, hi, n)]
        target = self.rng.randint(132, 146)
        online = self.rng.randint(3, 5)
        for d in self.pick_days(self.start, self.today, max(0, target - len(plans) - online)):
            plans.append(self.plan(d, "adhoc"))
        for d in self.pick_days(self.start, self.today, online):
            plans.append(_SessionPlan(d, "adhoc", ONLINE_PLACE, online=True))
        return sorted(plans, key=lambda p: (p.held_on, p.place.name))

    def plan(self, day: dt.date, campaign: str) -> _SessionPlan:
        weights = CAMPAIGN_VENUES[campaign]
        # Before the Spring Festival migrant workers come home with their year's pay: fraudsters
        # and counterfeiters follow, so teams go to the New Year markets.
        if campaign == "adhoc" and (day.month == 1 or (day.month == 2 and day.day < 20)):
            weights = {**weights, "market": 8}
        while True:
            venue = self.rng.choices(list(weights), list(weights.values()))[0]
            if venue == "school" and _school_holiday(day):
                continue  # classrooms are empty in the holidays
            places = [p for p in PLACES if p.venue == venue]
            return _SessionPlan(day, campaign, self.rng.choice(places))

    def session_values(self, plan: _SessionPlan) -> dict[str, Any]:
        rng, venue = self.rng, plan.place.venue
        topics = list(CAMPAIGN_TOPICS[plan.campaign])
        if plan.campaign == "adhoc" and plan.held_on.month in (1, 2) and venue == "market":
            topics.append("counterfeit")
        pool = [t for t in VENUE_TOPICS[venue] if t not in topics]
        topics += rng.sample(pool, rng.randint(1, 3) - min(len(topics), 1))
        partners = [code for code, chance in VENUE_PARTNERS[venue] if rng.random() < chance]
        low, high = (200, 900) if plan.online else VENUE_AUDIENCE[venue]
        audience = rng.randint(low, high)
        asked = min(audience - 1, max(3, round(audience * rng.uniform(0.04, 0.18))))
        start = rng.choice(("19:30", "20:00") if plan.online else VENUE_START_TIMES[venue])
        hours, minutes = map(int, start.split(":"))
        end_minutes = min(hours * 60 + minutes + rng.choice((45, 60, 90, 120)), 23 * 60 + 30)
        return {
            "held_on": plan.held_on,
            "start_time": start,
            "end_time": f"{end_minutes // 60:02d}:{end_minutes % 60:02d}",
            "place": plan.place.name,
            "area": plan.place.area,
            "venue_kind": venue,
            "campaign": plan.campaign,
            "topics": topics,
            "partners": partners,
            "staff": rng.sample(ROSTER, rng.choice((2, 2, 3, 3, 3, 4))),
            "audience": audience,
            "consultation_count": asked,
            "online": plan.online,
            "notes": self.session_notes(plan, topics, partners),
        }

    def session_notes(self, plan: _SessionPlan, topics: list[str], partners: list[str]) -> str:
        if plan.online:
            return "通过视频号直播讲解典型案例，评论区答疑，直播回放同步发布在公众号。"
        if self.rng.random() < 0.4:
            return ""
        labels = "、".join(self.store.ref_label("topics", t) for t in topics)
        lines = []
        if partners:
            who = "、".join(self.store.ref_label("partners", p) for p in partners)
            lines.append(f"联合{who}开展宣传。")
        lines.append(
            self.rng.choice(
                (
                    f"设置咨询台，围绕{labels}讲解真实案例，发放宣传折页。",
                    f"以案说法讲解{labels}，现场演示手机银行安全设置。",
                    f"利用集中活动时段宣讲{labels}，张贴海报并留下网点联系电话。",
                )
            )
        )
        if plan.place.venue in ("elderly_home", "family"):
            lines.append("老人较多，放慢语速并用方言讲解，重点提醒保健品和养老投资骗局。")
        return "".join(lines)

    def make_session(self, plan: _SessionPlan) -> None:
        values = self.session_values(plan)
        session_uuid = self.save("session", values)
        recorded = min(
            self.rng.randint(1, 3) if plan.online else self.rng.randint(2, 5),
            values["consultation_count"],
        )
        self.make_consultations(session_uuid, plan, values["topics"], recorded)
        if plan.online:
            return
        wanted_designs = [d for d in DESIGNS if d.topic in values["topics"]]
        if not wanted_designs or self.rng.random() < 0.3:
            wanted_designs.append(DESIGNS[0])  # the fraud leaflet goes everywhere
        wanted_designs = list(dict.fromkeys(wanted_designs))
        share = values["audience"] * self.rng.uniform(0.5, 0.9) / len(wanted_designs)
        wanted = {
            d: max(5, round(share * self.rng.uniform(0.7, 1.2) / 5) * 5) for d in wanted_designs
        }
        self.hand_out(session_uuid, plan.held_on, wanted)

    # -- consultations ------------------------------------------------------------------------

    def make_consultations(
        self, session_uuid: str, plan: _SessionPlan, topics: Sequence[str], n: int
    ) -> None:
        pool = [qa for qa in QUESTIONS if qa.topic in topics]
        for qa in self.rng.sample(pool, min(n, len(pool))):
            group = None
            if plan.place.venue in ("elderly_home", "family") and self.rng.random() < 0.5:
                group = "elderly"
            elif self.rng.random() < 0.05:
                group = self.rng.choice(("elderly", "disabled", "new_residents"))
            self.consultation(qa, plan.held_on, session_uuid, group)

    def make_walk_ins(self) -> None:
        n = self.rng.randint(36, 44)
        for day in sorted(self.pick_days(self.start, self.today, n)):
            qa = self.rng.choice(WALK_IN_QUESTIONS + QUESTIONS)
            group = "elderly" if self.rng.random() < 0.15 else None
            self.consultation(qa, day, None, group)

    def consultation(
        self, qa: QA, day: dt.date, session_uuid: str | None, group: str | None
    ) -> None:
        """One answered question; referred ones usually leave a contact, and only with consent."""
        follow_up = qa.referred and self.rng.random() < 0.8
        values: dict[str, Any] = {
            "session": session_uuid,
            "asked_on": day,
            "category": qa.category,
            "topic": qa.topic,
            "question": qa.question,
            "answer": qa.answer,
            "resolution": "referred" if qa.referred else "answered",
            "special_group": group,
            "follow_up": follow_up,
            "consent": follow_up,
        }
        if follow_up:
            values["contact_name"] = self.person_name()
            values["contact_phone"] = self.phone()
        self.save("consultation", values)

    def person_name(self) -> str:
        return self.rng.choice(_SURNAMES) + self.rng.choice(_GIVEN)

    def phone(self) -> str:
        """A number from the range kept for examples, so the demo never names a real person."""
        return f"1380000{self.rng.randint(0, 9999):04d}"

    # -- special-group visits -----------------------------------------------------------------

    def make_visits(self) -> None:
        groups = {
            "elderly": 60,
            "disabled": 12,
            "ill": 12,
            "low_income": 6,
            "new_residents": 6,
            "left_behind_children": 4,
        }
        villages = [p for p in PLACES if p.venue in ("village", "community")]
        n = self.rng.randint(148, 160)
        for day in sorted(self.pick_days(self.start, self.today, n)):
            group = self.rng.choices(list(groups), list(groups.values()))[0]
            self.visit(day, group, self.rng.choice(villages))

    def visit(self, day: dt.date, group: str, place: Place) -> None:
        rng = self.rng
        options = GROUP_SERVICES[group]
        services = rng.sample(options, rng.randint(1, min(3, len(options))))
        outcome = rng.choices(("done", "partly", "not_done"), (85, 10, 5))[0]
        follow_up_on = None
        if outcome != "done":
            follow_up_on = day + rng.randint(5, 21) * DAY
        elif rng.random() < 0.15:
            follow_up_on = day + rng.randint(30, 90) * DAY  # a check-back call; may lie ahead
        notes = GROUP_NOTES[group] + "".join(SERVICE_NOTES[s] for s in services)
        if outcome != "done":
            notes += OUTCOME_NOTES[outcome]
        values: dict[str, Any] = {
            "visited_on": day,
            "village": place.name,
            "group": group,
            "services": services,
            "outcome": outcome,
            "follow_up_on": follow_up_on,
            "staff": rng.sample(ROSTER, 2),
            "consent": False,
            "notes": notes,
        }
        if rng.random() < 0.45:
            values["consent"] = True
            values["client_name"] = self.person_name()
            values["client_phone"] = self.phone()
            values["client_address"] = (
                f"{place.area}{place.name}{rng.randint(1, 9)}组{rng.randint(1, 60)}号"
            )
        self.save("visit", values)


GROUP_SERVICES: dict[str, tuple[str, ...]] = {
    "elderly": (
        "pension_withdrawal",
        "account_activation",
        "password_reset",
        "fraud_warning",
        "identity_check",
        "mobile_banking_help",
        "card_replacement",
    ),
    "disabled": (
        "pension_withdrawal",
        "account_activation",
        "password_reset",
        "card_replacement",
        "identity_check",
    ),
    "ill": ("identity_check", "pension_withdrawal", "password_reset"),
    "low_income": ("account_activation", "identity_check", "fraud_warning"),
    "new_residents": ("account_activation", "mobile_banking_help", "card_replacement"),
    "left_behind_children": ("fraud_warning",),
}

GROUP_NOTES: dict[str, str] = {
    "elderly": "老人年事已高、出行不便，预约后双人上门。",
    "disabled": "客户肢体残疾，无法到网点办理。",
    "ill": "客户患病在家休养，家属电话预约上门。",
    "low_income": "低保户，核对补贴资金到账情况。",
    "new_residents": "进城务工人员，工作时间无法到网点。",
    "left_behind_children": "到留守儿童家中开展金融知识小课堂。",
}

SERVICE_NOTES: dict[str, str] = {
    "pension_withdrawal": "现场核实本人意愿后协助办理养老金支取。",
    "account_activation": "协助激活社保卡金融账户。",
    "card_replacement": "银行卡损坏，受理补卡申请，新卡下次送达。",
    "password_reset": "核实身份后受理密码重置。",
    "fraud_warning": "讲解冒充公检法、保健品推销等骗局，提醒不向陌生人透露验证码。",
    "identity_check": "家属代办业务，上门视频核实本人意愿。",
    "mobile_banking_help": "指导安装手机银行并设置转账限额。",
}

OUTCOME_NOTES: dict[str, str] = {
    "partly": "部分业务需补充材料，已约定再次上门。",
    "not_done": "因身份证过期未能办理，已提醒换证后再约上门。",
}


def _school_holiday(day: dt.date) -> bool:
    """Summer (July, August) and winter (mid January to late February) holidays."""
    return (
        day.month in (7, 8)
        or (day.month == 1 and day.day >= 15)
        or (day.month == 2 and day.day < 25)
    )
