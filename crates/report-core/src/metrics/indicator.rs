//! Indicators: what a quantity measures, from the words before it.

use crate::numbers::units::UnitClass;
use crate::numbers::year;
use crate::numbers::{has_figure, Quantity};
use crate::words::{contains_word, find_word, rfind_word, WordIndex};
use std::sync::OnceLock;

/// Words that open a clause without naming what is measured.
/// Words that, all of a clause before its number, name nothing: the amounts said before
/// (`上述2万亿元资金`, named after it), how long or again a rank held (`实际使用外资…，继续
/// 位居发展中国家首位`, `连续多年居世界首位`: of the figure before), and what a plan holds to
/// and how hard (`锚定全年增长6%的目标`: the economy's growth).
const NAMES_NOTHING: &[&str] = &[
    "上述",
    "前述",
    "继续",
    "连续多年",
    "多年",
    "持续",
    "仍",
    "仍然",
    // `要锚定全年增长6%的目标`, `全力实现增长5%左右的预期目标`: what a plan holds to, and
    // how hard.
    "锚定",
    "紧盯",
    "瞄准",
    "全力",
    "努力",
];

const LEADING_FILLERS: &[&str] = &[
    // `2025年工作回顾国内生产总值增长5%`: a heading run into its text.
    "工作回顾",
    "拟安排",
    "初步安排",
    "依法",
    // `今年要把…的财政补助标准提高到120元`
    "把",
    // `加快推进投资60亿元的…`
    "加快推进",
    // `着力抓好4000万亩粮食生产核心区…建设`
    "着力抓好",
    "重点抓好",
    "突出抓好",
    "抓好",
    // `拟发行超长期特别国债1.3万亿元` (not `发行` alone: `发行量`, `发行额` are measures).
    "拟发行",
    // `本市2019年还将发行政府再融资债券350.5亿元`: to be issued.
    "还将发行",
    "将发行",
    // `另发行特别国债5000亿元`: one more issue, of the same name.
    "另发行",
    "另安排",
    "已经",
    // `阶段性将小规模纳税人增值税起征点…`
    "阶段性",
    // `严守18亿亩耕地红线`; `政府债务余额…，控制在债务限额1420亿元以内`
    "严守",
    "控制在",
    "守住",
    "坚守",
    // `今年大规模扩招100万人`
    "大规模",
    // Conjunctions and a plan's verbs before what it names: `但赤字率稳定在2.1%`,
    // `由中央代地方发债4000亿元`, `推进燃煤电厂脱硫改造1500万千瓦`.
    "但",
    // `加上上级补助收入…，以及动用预算稳定调节基金3.15亿元`
    "以及",
    // `其中，提出全社会研发经费投入年均增长7%以上`: what a plan sets.
    "提出",
    "由",
    "推进",
    "安排",
    "拟",
    "至少",
    "不少于",
    "其中",
    // `上述2万亿元资金全部下达地方`: the amounts said before, named by the noun after.
    "上述",
    "前述",
    // `加上级补助收入568709万元（含返还性收入9670万元）`: a part it includes.
    "含",
    "包括",
    "全年",
    // `这是我市经济总量首次突破5000亿元大关`: what a figure means, said of it.
    "这是",
    "这也是",
    // `全市上下共争取…资金156.8亿元`
    "全市上下",
    "全县上下",
    "全区上下",
    "全省上下",
    "全市",
    // `踊跃捐款捐物3亿多元`
    "踊跃",
    "全区",
    "全省",
    "全国",
    "全县",
    "我国",
    "我市",
    "我县",
    "我区",
    "我省",
    "本市",
    "本县",
    "本区",
    "本省",
    // A town's report: `全镇稻虾连作面积1.4万亩`.
    "全镇",
    "全乡",
    "我镇",
    "我乡",
    // `…工作报告显示，该区预计实现地区生产总值800亿元以上`: the place a news page spoke of.
    "该区",
    "该市",
    "该县",
    "该省",
    "年末",
    "年底",
    "目前",
    // `现在我国人口已经达到１２亿`
    "现在",
    // `全市拥有公共图书馆6个`, `全市有学前教育机构565所` (not `有效`, `有线`: see
    // `read_clause`).
    "拥有",
    "共有",
    "有",
    // `国务院各部门取消和调整行政审批项目692项`, `各地已偿还拖欠工程款1834亿元`: who did it.
    "国务院各部门",
    "各地已",
    // `为此，中央财政支出将由…`: for this.
    "为此",
    // `全市现有高新技术企业433家`: the things there are now.
    "现有",
    // `特别是发行6600亿元长期建设国债`, `包括境外筹资352亿美元`, `先后有1800多万人…`,
    // `仅中央财政当年就增加支出621亿元`
    "特别是",
    // `固定资产投资下降2.1%，…，主要是房地产开发投资下降18.3%`: what it came of.
    "主要是由于",
    "主要是",
    "主要由于",
    "主要原因是",
    "仅",
    "包括",
    "先后有",
    "先后",
    "年内",
    "预计",
    // `预估鲜虾年产值达4200万元`
    "预估",
    "初步核算",
    "初步统计",
    "初步测算",
    "实现",
    "完成",
    "累计",
    "共",
    "总计",
    "合计",
    "我们",
    "今年",
    // `明年力争地区生产总值增长6%`: a year's work report's year ahead.
    "明年",
    "当年",
    // `去年末居民储蓄存款余额增长8.5%`: when, not what.
    "去年末",
    "去年底",
    "今年底",
    "今年末",
    "去年",
    "谋划",
    "今后五年",
    "五年内",
    // `今年再压减钢铁产能5000万吨`: again (not `再生资源`, `再贷款`: see `read_clause`);
    // `也要再减少…`.
    "再",
    "也",
    "每年",
    "以来",
    // `近年来财政赤字和债务有所增加`
    "近年来",
    "形成",
    "当年",
    "同时",
    "此外",
    "另外",
    "并",
    "且",
    "和",
    "及",
    "使",
    "让",
    "推动",
    "带动",
    "促进",
    "力争",
    // `努力把全年零售物价上涨幅度控制在百分之十以内`
    "努力",
    // `做好总投资5200亿元、160个重点项目的前期工作`
    "做好",
    "确保",
    "要",
    "将",
    "计划",
    "预期",
    "目标",
    "主要预期目标是",
    "是",
    "为",
    "在",
    "到",
    "以上",
    "以内",
    "左右",
];

/// One-character names of China and its provinces, as `在京`, `在华` write them (not `新`, `青`,
/// which open other words: `在新一轮…`).
const PLACE_ABBREVIATIONS: &str = "华京津沪渝冀晋辽吉苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔滇藏陕陇港澳台";

/// Adverbs of a plan's verb, which open a clause like [`LEADING_FILLERS`] and alone name nothing:
/// `深入实施…项目25项`, `积极推进588个…`, `高质量完成…` (not `争取`, which in a review says what
/// was won: `争取增发国债项目383个`).
const PLAN_ADVERBS: &[&str] = &["深入", "积极", "高质量", "高标准", "高水平", "拟先"];

/// How a place's report names the place itself (`我市`, `本县`).
const OWN_PLACES: &[&str] = &[
    "我市", "我县", "我区", "我省", "我州", "本市", "本县", "本区", "本省",
];

/// Verbs that say where a measure ranks (`稳居世界第二位`, `排在全省前列`).
const RANK_VERBS: &[&str] = &[
    "稳居",
    "跃居",
    "位居",
    "位列",
    "居",
    "排名",
    "排在",
    "分列",
    // `…，增长6.4%，分居全省第4、第3位`: each ranked.
    "分居",
    // `综合实力列全国百强县第15位` (not `系列`, `行列`).
    "列全国",
    "列全省",
    "列全市",
    "跃升到",
    // `县域综合实力跃升至全国百强县第86位`
    "跃升至",
    "上升至",
    "上升为",
    // `创新指数首次跻身全球前10名`, `进入全国前50位`
    "跻身",
    "进入",
];

/// Per head (a year, a month) said alone before a figure (`年人均提高2556元`), which names
/// nothing: what is measured was said before it.
const PER_HEAD_ALONE: &[&str] = &[
    "人均",
    "户均",
    "年人均",
    "月人均",
    "人均年",
    "人均月",
    "每月人均",
];

/// Who gains an income (`带动农民增收`, `脱贫户户均增收`), not a budget whose revenue grows.
const GAINERS: &[&str] = &[
    "农民",
    "群众",
    "居民",
    "农户",
    "村民",
    "职工",
    "人均",
    "户均",
    "贫困户",
    "脱贫户",
];

/// Words that end a clause before the number and say how it relates.
const TRAILING_VERBS: &[&str] = &[
    "拟按",
    // A rank's place (`新能源产业集聚度位列全国第39位`).
    "第",
    "位列",
    "位居",
    "排名",
    "全国",
    "全省",
    "全市",
    "全县",
    // (`招商引资签约项目数量全区第一`, `运营规模、里程全球第一`.)
    "全区",
    "全球",
    // `高被引论文数保持世界第二位`
    "保持世界",
    // `国务院组成部门设置４１个`, `建交的国家总数现已达到１５５个`
    "设置",
    "现已",
    // `外商直接投资保持增长势头，实际到位400多亿美元`: what came in, of the subject before.
    "实际到位",
    "到位",
    // `货币发行还比年初计划少了…` (not `偿还`: see `read_clause`).
    "还",
    "少了",
    "多了",
    // Adverbs of a whole (`收入全部达到10万元`, `满意率均达100%`, `广播和电视的人口覆盖率都
    // 达到了85%以上`).
    "全部",
    "均",
    "都",
    // Adverbs before a number (`改革任务全面完成138项` reads `全面` here after `完成`).
    "全面",
    "净",
    // `比例由67.9%提高到87.9%`: the starting point of a change (`由上年的10.3:45:44.7`).
    "由",
    "由上年",
    "从上年",
    "调整为",
    // (`二、三次产业比例由47.8:52.1调整优化为43:57`.)
    "调整优化为",
    "优化调整为",
    "优化为",
    "演变为",
    // `广义货币M2预期增长目标拟定为13%左右`
    "拟定为",
    "确定为",
    "定为",
    // `将2023年GDP增长目标定在6.5%以上`
    "定在",
    // `…、重点实验室等250家`: the list's `etc.`
    "等",
    "调整到",
    // `职工月最低工资标准由250-350元调至420-520元`
    "调至",
    "调整至",
    "从",
    // `地区生产总值可望增长5.3%`, `有望突破1000亿元`: expected, as `预计`.
    "可望",
    "有望",
    "预计",
    "初步核算",
    // `人均生产总值约合20533美元`: the same in another currency.
    "约合",
    "折合",
    "分别达到",
    "分别为",
    "分别增长",
    "分别下降",
    "分别",
    "达到",
    // `涨幅仍然高达百分之二十一点七`, `人口已经达到１２亿`: how far it went, and already.
    "高达",
    "仍然",
    "已经",
    "达",
    "为",
    "是",
    "超过",
    "突破",
    // `国内生产总值跨过120万亿元台阶`: a milestone passed.
    "跨过",
    // `…基本实现翻一番，接近或达到1万亿元`: a bound before the verb.
    "接近或",
    "达到或",
    "超过或",
    // `上划中央收入…，负增长1.21%`
    "负增长",
    "增长",
    "下降",
    "提高",
    "降低",
    "减低",
    "增加",
    "减少",
    "上涨",
    "回落",
    // `增速较一季度回升0.3个百分点`, `…加快0.4个百分点`, `…放缓…`
    "回升",
    "加快",
    "放缓",
    // `比去年同期减慢15.9个百分点`
    "减慢",
    "放慢",
    // `比2010年翻一番`: doubled.
    "翻",
    // `空气质量综合指数4.12，同比改善6.8%`
    "改善",
    "上升",
    "贬值",
    "升值",
    // `企业开办时间提速到1个工作日`, `压缩至3个工作日`: a level reached by a change.
    "提速",
    "缩短",
    "缩减",
    "压缩",
    "压减",
    "削减",
    // `工商登记前置审批精简85%`
    "精简",
    // `291项行政许可事项合并调整到120项`
    "合并",
    // `市级以上龙头企业发展到12家`
    "发展到",
    "延长",
    "提升",
    "扩大",
    // `降幅比上半年收窄3.1个百分点`: narrowed.
    "收窄",
    "缩小",
    // `粮食产量首次跃上1.4万亿斤新台阶`, `跃居全国第3位`.
    "跃上",
    "跃升",
    "跃居",
    "迈上",
    // `地区生产总值先后跨越500亿元、600亿元两个台阶`, `站上600亿元新台阶`.
    "跨越",
    "跨上",
    "迈过",
    "越过",
    "站上",
    "稳居",
    // Adverbs before the verb: `先后`, `首次`, `再提高20元`, `实际增长5.1%` (real, not nominal, growth
    // of the same indicator), `中央预算内投资拟安排7350亿元`.
    "先后",
    "首次",
    // `服务业增加值占比首超80%`: for the first time.
    "首",
    "一次性",
    "再",
    "将",
    // Modal verbs and adverbs of a plan: `能源消耗强度要降低3.9%`, `…排放量都要减少2%`,
    // `中央预算内投资拟增加到4576亿元`, `进出口总额预期增长7.5%`, `提高到人均320元`.
    "都要",
    "要",
    "拟",
    "预期",
    // `全社会固定资产投资预定增长10％`
    "预定",
    // `城镇登记失业率预计可控制在4.2%`, `有望突破…`.
    "可",
    "可以",
    "有望",
    // `利润由上年下降2.3%转为增长8.5%`: the same measure, turned.
    "转为",
    // `教育经费支出占国内生产总值比例继续超过4%`, `…持续超过4%`, `财政赤字率一直控制在3%
    // 以内`, `移动网络流量资费年内至少降低30%`
    "继续",
    "持续",
    "一直",
    // `城镇调查失业率始终控制在5.5%以内`
    "始终",
    "年内",
    "至少",
    // `粮食总产量达到46947万吨，增产3877万吨`: the change of the subject before.
    "增产",
    "减产",
    // A budget's changes: `比上年增收3761万元`, `同比增支5.1亿元`.
    "增收",
    "减收",
    "增支",
    "减支",
    "实际",
    "名义",
    // `投资需求拉动了4.6个百分点`
    "拉动了",
    "拉动",
    // `完成了长达3500多公里的长江干堤`, `试点地区农民负担平均减轻30%`
    "长达",
    "减轻",
    // `可比增长21.6%和22%`: at comparable prices; `财政收入同口径增长8.5%`: reckoned the same way;
    // `…收入3.5亿元，自然增长2%`: as it came, not reckoned so.
    "可比",
    "同口径",
    "自然",
    // `仔猪出售价格也达到600元/头`, `项目已达4个`, `城镇化率仅为35.2%`
    "也",
    "已",
    "仅",
    // `企业退休人员基本养老金今年再提高10%`, `…专项资金安排106亿元`
    "今年",
    "当年",
    "当月",
    "去年",
    "积累",
    "安排",
    "又",
    "拟安排",
    // `保障性安居工程新安排740万套`
    "新安排",
    // `基础养老金标准统一由55元提高到70元`
    "统一",
    // `经济总量连续跨越110万亿元、120万亿元`, `连续第二年超过13000美元`, `粮食产量连年稳定在…`
    "连续",
    "连年",
    "实现",
    "完成",
    "保持",
    "控制在",
    "稳定在",
    "保持在",
    "在",
    "至",
    "到",
    "了",
    "约",
    "近",
    "逾",
    "占",
    "比上年末",
    "比上年",
    "同比",
    "较上年末",
    "较上年",
    "比去年",
    "增长了",
    "下降了",
    "累计",
    // `农村饮水安全工程累计建设2297处` (not `建设` alone: `拆除违法建设`).
    "累计建设",
    "新增",
    "共",
    "共有",
    "拥有",
    "有",
    "以上",
    "不低于",
    "不少于",
    "不超过",
    // `细颗粒物平均浓度不高于30微克/立方米`, `贫困发生率不到1%`, `人均耕地不足0.5亩`
    "不高于",
    "不到",
    "不足",
    "高于",
    "低于",
    "接近",
    "大约",
    "年均",
    "平均",
    "每年",
    "超",
    "以",
    "增",
    "降",
    // `钢铁产能由2.39亿吨减至1.9亿多吨`
    "减",
    "快于",
    "慢于",
    "左右",
    "总数",
    "全年",
    // `…安全利用率达到双100%` (both), `…企业各50家以上` (each).
    "双",
    "各",
    // Modal adverbs before the verb: `县城人口规模力争达到10万人以上`.
    "力争",
    "确保",
    "争取",
    // `制造业占GDP比重可能早就低于30%`, `…修编也正在…`, `立案查处的就达120多万起`,
    // `…所占的比重依然超过35%`
    "可能",
    "早就",
    "就",
    "也",
    "依然",
    "仍然",
    "仍",
];

/// Words that compare a figure with another's (`高于全市平均水平`).
pub(super) const THAN: [&str; 6] = ["高于", "低于", "快于", "慢于", "高出", "低出"];

/// Words that a result past what it is compared with says it by (`超过计划目标1.1个百分点`,
/// `超年度计划18.6个百分点`).
pub(super) const PAST: [&str; 3] = ["超过", "超出", "超"];

pub(super) use crate::numbers::{without_level_compared, WHOLE_PLACES};

/// Comparison phrases that qualify a growth figure.
pub(super) const COMPARISONS: &[&str] = &[
    // `行政审批部门比现有的86个减少27个`: than those there are now.
    "比现有",
    "比上年末",
    "较上年末",
    // `赤字规模4.06万亿元，比上年年初预算增加1800亿元`
    "比上年年初预算",
    // `比上年决算数增长4.1%`: what the year before came to in its final accounts.
    "比上年决算数",
    "比上年决算",
    "比上年执行数",
    "比上年预算数",
    "比上年预算",
    "比年初预算",
    "比预算",
    "比上年同期",
    // `增速比上月加快1.0个百分点，比上年同月加快0.5个百分点`
    "比上年同月",
    "比去年同月",
    "比上年",
    "同比",
    // `全区完成财政收入29612万元，…，较上年同期增收1735万元`
    "较上年同期",
    "较上年",
    "比去年预算",
    // `同比增长23.2%，比去年同期减慢15.9个百分点`
    "比去年同期",
    "较去年同期",
    "比去年",
    "较去年",
    "与上年相比",
    "环比",
    // `全年货币发行还比年初计划少了近500亿元`
    "比年初计划",
    "比年初",
    // `平均气温较常年偏高0.8℃`: the climate's usual.
    "比常年",
    "较常年",
    // `一般公共预算收入完成68.5亿元，同口径增长4.6%`: on a like-for-like basis.
    "按同口径计算",
    "同口径",
];

/// Who pays for what a budget sets aside (`中央财政拟安排补贴资金1335亿元`).
const FUNDERS: &[&str] = &["财政", "预算内投资", "各级政府", "中央", "国家"];

/// Notes that what a clause says holds for the figures below it (`地区生产总值同比（下同）增长`).
pub(super) const SAME_BELOW: [&str; 2] = ["（下同）", "(下同)"];

/// What was found for one quantity.
#[derive(Debug, Clone, Default)]
pub(super) struct Found {
    /// The indicator (empty when nothing fits).
    pub indicator: String,
    /// The verb before the number (`增长`, `达到`).
    pub verb: String,
    /// The comparison basis, if any.
    pub comparison: Option<String>,
    /// For a metric of a `分别` list, its own subject without the shared measure.
    pub subject: Option<String>,
    /// Not a metric: the `1美元` of an exchange rate (`1美元兑7.1217元`), the unit the next
    /// number is quoted in; an amount over which the things counted after it are counted
    /// (`超10亿元的县（市）达到52个`), part of their name.
    pub not_a_metric: bool,
    /// The part of the year the clause opens with (`一季度国内生产总值`), if any.
    pub period: Option<String>,
}

/// The quantities a price is of, said before the number (`为每公斤20元`).
const PER_UNITS: &[&str] = &[
    "每公斤",
    "每千克",
    "每吨",
    "每斤",
    "每亩",
    "每头",
    "每人",
    "每户",
    // `城镇低保标准达到每人每月316元`
    "每月",
];

/// Parts of a year that a clause opens with, said apart from what is measured
/// (`一季度国内生产总值同比增长5.3%，二季度增长4.7%`), longest first.
pub(super) const PERIODS: &[&str] = &[
    "前三季度",
    "上半年",
    "下半年",
    "一季度",
    "二季度",
    "三季度",
    "四季度",
    "第一季度",
    "第二季度",
    "第三季度",
    "第四季度",
];

/// The length of the part of a year `text` opens with: one of [`PERIODS`] or months (`9月份`,
/// `1-9月`, `1—11月`, `前11月`, `3月末`, `6月底前`), not a day (`9月30日`).
pub(super) fn period_at_start(text: &str) -> Option<usize> {
    // `前11月`, `前10个月`: the months from January.
    if let Some(rest) = text.strip_prefix('前') {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let months = rest[..digits]
            .parse::<u32>()
            .is_ok_and(|n| (2..=12).contains(&n));
        if let Some(month) = ["个月", "月"]
            .iter()
            .find(|m| months && rest[digits..].starts_with(**m))
        {
            return Some('前'.len_utf8() + digits + month.len());
        }
    }
    if !text.starts_with(|c: char| c.is_ascii_digit()) {
        return PERIODS
            .iter()
            .find(|p| text.starts_with(**p))
            .map(|p| p.len());
    }
    let month = |from: usize| {
        let digits = text[from..].bytes().take_while(u8::is_ascii_digit).count();
        let n: u32 = text[from..from + digits].parse().ok()?;
        ((1..=2).contains(&digits) && (1..=12).contains(&n)).then_some(from + digits)
    };
    let mut end = month(0)?;
    // (`1月至11月`: or with the first month's `月` written too.)
    let first_month = text[end..]
        .strip_prefix('月')
        .is_some_and(|rest| rest.starts_with(['-', '—', '－', '～', '~', '至']));
    if first_month {
        end += '月'.len_utf8();
    }
    if let Some(sep) = ['-', '—', '－', '～', '~', '至']
        .into_iter()
        .find(|&c| text[end..].starts_with(c))
    {
        end = month(end + sep.len_utf8())?;
    }
    end = end + text[end..].strip_prefix('月').map(|_| '月'.len_utf8())?;
    end += ["份", "末", "底"]
        .iter()
        .find(|w| text[end..].starts_with(**w))
        .map_or(0, |w| w.len());
    // (`1—11月平均，居民消费价格…`: the average over them, said as a clause of its own.)
    if text[end..].starts_with("平均，") {
        end += "平均".len();
    }
    // (A deadline: `6月底前要全面完成…`.)
    end += ["以前", "前"]
        .iter()
        .find(|w| text[end..].starts_with(**w))
        .map_or(0, |w| w.len());
    // (Not a day: `9月30日`.)
    let day = text[end..].starts_with(|c: char| c.is_ascii_digit() || c == '日' || c == '号');
    (!day).then_some(end)
}

/// The part of a year `text` opens with (see [`period_at_start`]) as a period is named
/// (`9月份` is `9月`), and its length as written.
pub(super) fn period_name_at_start(text: &str) -> Option<(&str, usize)> {
    let len = period_at_start(text)?;
    let name = text[..len].trim_end_matches("平均").trim_end_matches('份');
    Some((name, len))
}

/// The length of a run-in heading (bold in print, its break lost) that opens the paragraph at
/// `at` before the time its first figure is of: `人口年末常住人口94.9万人`,
/// `国民经济全年实现地区生产总值…`. Not who or where (`城镇居民全年人均可支配收入`,
/// `全县全年…`), nor words that open a clause (`其中粮食全年…`).
fn run_in_label(text: &str, at: usize) -> usize {
    const TIMES: &[&str] = &["全年", "年末", "年底"];
    const HOLDERS: &[&str] = &["居民", "农民", "职工", "财政", "企业", "机构", "人均"];
    let before = text[..at].trim_end_matches([' ', '\t']);
    if !(before.is_empty() || before.ends_with('\n')) {
        return 0;
    }
    let rest = &text[at..];
    let label = rest
        .char_indices()
        .skip(2)
        .take(3)
        .map(|(i, _)| &rest[..i])
        .find(|label| TIMES.iter().any(|t| rest[label.len()..].starts_with(t)));
    match label {
        Some(label)
            if label.chars().all(crate::numbers::is_ideograph)
                && !label.ends_with(['年', '市', '县', '区', '省', '镇', '乡'])
                && !WHOLE_PLACES.contains(&label)
                && !LEADING_FILLERS.iter().any(|f| label.starts_with(f))
                && !HOLDERS.iter().any(|h| label.ends_with(h)) =>
        {
            label.len()
        }
        _ => 0,
    }
}

/// Indicators for the quantities of one sentence starting at `sentence_start`.
pub(super) fn indicators(
    text: &str,
    sentence_start: usize,
    quantities: &[&Quantity],
) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::with_capacity(quantities.len());
    // The clause start and the opening bracket of a base's figure in brackets just read.
    let mut base_gloss: Option<(usize, usize)> = None;
    // The differences read past such a figure.
    let mut past_gloss: Vec<usize> = Vec::new();
    // The people whose parts the figures after `其中` count, named alone (see below).
    let mut counted_by_parts: Option<String> = None;
    // An amount the next things counted are over (`500万元以上的`), for their name.
    let mut threshold: Option<String> = None;
    let mut k = 0;
    while k < quantities.len() {
        let prev_end = out.last().map(|_| quantities[k - 1].range.1);
        let glossed = base_gloss.take();
        if let Some(n) = distribute(text, sentence_start, &quantities[k..], &mut out)
            .or_else(|| distribute_list(text, sentence_start, prev_end, &quantities[k..], &mut out))
        {
            k += n;
            continue;
        }
        let q = quantities[k];
        let rate = matches!(q.class, Some(UnitClass::Percent | UnitClass::Points));
        let mut start = clause_start(text, sentence_start, q.range.0, prev_end);
        if start == sentence_start {
            start += run_in_label(text, start);
        }
        // (`表1 人口数及其构成 单位：人 全年全县城镇新增就业5394人`: a table's unit, flattened
        // into the text before it.)
        if text[..start]
            .trim_end_matches(['：', ':'])
            .ends_with("单位")
        {
            start += crate::numbers::units::scan_unit(&text[start..q.range.0]).map_or(0, |u| u.len);
        }
        let mut found = read_clause(&text[start..q.range.0]);
        // `增长12.1%，比全省平均水平（9.0%）高3.1个百分点`: the base's figure in brackets is the
        // base's, of the measure before; the difference after it reads as if it were not there.
        if let Some((base, from, open)) = compared_base(text, sentence_start, prev_end, q) {
            let prev = out
                .last()
                .filter(|_| k > 0 && quantities[k - 1].class == q.class);
            found.indicator = match prev {
                Some(p) if WHOLE_PLACES.contains(&base) => format!("{base}{}", p.indicator),
                // (`低于年度目标（6%）2.9个百分点`: the target of the measure before.)
                Some(p) if is_target_noun(base) => format!("{}目标", p.indicator),
                _ => base.to_owned(),
            };
            found.verb = prev.map(|p| p.verb.clone()).unwrap_or_default();
            found.comparison = None;
            base_gloss = Some((from, open));
            start = from;
        } else if let Some((from, open)) = glossed
            .filter(|_| prev_end.is_some_and(|end| text[end..q.range.0].starts_with(['）', ')'])))
        {
            let close = prev_end.unwrap_or(open);
            let after_close = close + text[close..].chars().next().map_or(0, char::len_utf8);
            found = read_clause(&format!(
                "{}{}",
                &text[from..open],
                &text[after_close..q.range.0]
            ));
            past_gloss.push(k);
        }
        // `地区生产总值：1234亿元`, `生产总值增长：5.5%左右`: a label before a colon names
        // what the figure after it measures.
        if found.indicator.is_empty() {
            let floor = prev_end.unwrap_or(sentence_start).max(sentence_start);
            if let Some((label_start, clause)) = labelled(text, floor, start, q.range.0) {
                let labelled = read_clause(&clause);
                if !labelled.indicator.is_empty() {
                    (start, found) = (label_start, labelled);
                }
            }
        }
        // `远高于同期全球年均增速3.9%`, `远高于同期世界3.9%的年均增速`: a per cent after the
        // base's rate is that rate, not a difference (which is in points).
        if let Some(rate) = (q.class == Some(UnitClass::Percent))
            .then(|| base_rate(found.comparison.as_deref()?, &text[q.range.1..]))
            .flatten()
        {
            found.indicator = rate;
            found.comparison = None;
        }
        // `与2010年第六次全国人口普查的956.8万人相比，增加115.5万人`: a level compared with is
        // of what the sentence measures, and the base of the comparison of the change after it.
        if let Some(with) = base_compared_with(&text[start..q.range.0], &text[q.range.1..]) {
            found.indicator.clear();
            found.comparison = Some(with);
        } else if let Some(prev) = out.last().filter(|p| {
            prev_end.is_some_and(|end| text[end..start].trim_start().starts_with("相比"))
                && p.comparison.as_deref().is_some_and(|c| c.ends_with("相比"))
        }) {
            found.comparison.clone_from(&prev.comparison);
        }
        // `其中，占比63.3%的电力供应业同比增长6.5%`: a share said of the noun after it.
        if ["占比", "比重"].contains(&found.indicator.as_str())
            && text[q.range.1..].starts_with('的')
        {
            // (Up to what is said of it, as a clause reads: `…同比增长6.5%`.)
            let noun = read_clause(&noun_after(text, q.range.1)).indicator;
            if noun.chars().count() >= 2 {
                found.indicator = format!("{noun}{}", found.indicator);
            }
        }
        // `与2010年相比，增加115.5万人`, `同比，增长5%`: a comparison said as a clause of its own
        // is of the figure after it.
        let figure_before =
            |clause: &str| prev_end.is_some_and(|end| end + clause.len() + '，'.len_utf8() > start);
        // (`按两年平均算，增长4.5%`: the mean yearly rate over two years.)
        const TWO_YEARS_MEAN: &[&str] = &["按两年平均算", "按两年平均计算", "两年平均"];
        if let Some(with) = clause_before(text, sentence_start, start, &['，'])
            .filter(|c| !figure_before(c) && found.comparison.is_none())
            // (`从环比看，三季度…增长1.1%`: or the way it is seen.)
            .map(|c| {
                c.strip_prefix('从')
                    .and_then(|c| c.strip_suffix('看'))
                    .unwrap_or(c)
            })
            .and_then(|c| match is_comparison(c) {
                true => Some(c),
                false => TWO_YEARS_MEAN.contains(&c).then_some("两年平均"),
            })
        {
            found.comparison = Some(with.to_owned());
        }
        // `五年全国公路建设投资12343亿元，扣除价格变动因素，是1950年到1997年全国公路建设投资
        // 总和的1.7倍`: a multiple of a base said in full is of the amount before it.
        let base = text[start..q.range.0]
            .trim()
            .strip_prefix('是')
            .and_then(|b| b.strip_suffix('的'))
            .filter(|b| !b.is_empty() && !is_base_period(b));
        if let Some(base) = base.filter(|_| q.unit.as_deref() == Some("倍")) {
            if let Some(prev) = out.last().filter(|p| !p.indicator.is_empty()) {
                found.indicator.clone_from(&prev.indicator);
                found.comparison = Some(base.to_owned());
            }
        }
        // `消费对经济增长的贡献率达到56.3%，拉动经济增长3.1个百分点`: what pulled growth up
        // is what contributed to it before.
        // (`投资拉动GDP增长1.2个百分点`: the growth pulled up is part of the name.)
        // (So is `经济增长5%左右`'s, `经济增长预期为7%左右`'s: the economy's growth.)
        let growth_named = contains_word(&found.indicator, "拉动") && found.verb == "增长"
            || found.indicator == "经济" && found.verb.contains("增长");
        if growth_named {
            found.indicator.push_str("增长");
        }
        // (`第一产业实现增加值47.5亿元，…，拉动GDP增长0.1个百分点`: or the measure before in
        // its sentence, without the words of its growth or share; not one in a note.)
        let same_sentence = k > 0 && quantities[k - 1].range.0 >= sentence_start;
        let after_note = || text[quantities[k - 1].range.1..q.range.0].contains(['）', ')']);
        if found.indicator.starts_with("拉动") && found.indicator.len() > "拉动".len() {
            if let Some(prev) = out.last().filter(|_| same_sentence && !after_note()) {
                let by = match prev.indicator.split_once('对') {
                    Some((by, _)) => by,
                    None => {
                        let by = ["增速", "增幅", "比重"]
                            .iter()
                            .find_map(|w| prev.indicator.strip_suffix(w))
                            .unwrap_or(&prev.indicator);
                        by.strip_suffix("增加值").unwrap_or(by)
                    }
                };
                found.indicator.insert_str(0, by);
            }
        }
        // `实际使用外资8263亿元，下降27.1%，折1162亿美元`: the amount before, converted.
        if ["折", "折合", "约折合"].contains(&found.indicator.as_str()) {
            if let Some(prev) = out
                .last()
                .filter(|p| same_sentence && !p.indicator.is_empty())
            {
                found.indicator.clone_from(&prev.indicator);
            }
        }
        // `改造老旧小区48个，涉及2.1万户`: how many a count before in its sentence reached,
        // named by the verb alone.
        // (Of things counted, not of an amount: `最高额度增加4000元，惠及500多万在校生`; nor
        // a share, whose whole is named after it.)
        let counted =
            |q: &Quantity| matches!(q.class, Some(UnitClass::Count | UnitClass::People) | None);
        let reached = ["涉及", "惠及", "覆盖", "受益"].contains(&found.indicator.as_str())
            && counted(q)
            && same_sentence
            && counted(quantities[k - 1]);
        if reached {
            if let Some(prev) = out.last().filter(|p| !p.indicator.is_empty()) {
                found.indicator.insert_str(0, &prev.indicator);
            }
        }
        // `社会消费品零售总额恢复到2019年的112%`: a level as a share of a past year's, that
        // year the comparison.
        if text[..q.range.0].ends_with('的') {
            let back = ["恢复到", "恢复至"].iter().find_map(|v| {
                let at = rfind_word(&found.indicator, v)?;
                let base = &found.indicator[at + v.len()..];
                is_base_period(base).then(|| (at, base.to_owned()))
            });
            if let Some((at, base)) = back {
                found.indicator.truncate(at);
                found.comparison = Some(base);
            }
        }
        // `连续第7年提高企业退休人员基本养老金，全年人均增加1680元`: per head alone names
        // nothing; what the clause before raised does.
        // (`…增长7.3%，大大低于1985年增长44.6%的速度`: nor does how much it is lower by.)
        // (`养老金标准继续提高，年人均提高2556元`: nor per head a year or month.)
        let alone = PER_HEAD_ALONE
            .iter()
            .chain(&["大大", "远远", "明显"])
            .any(|w| *w == found.indicator);
        if alone {
            found.indicator.clear();
        }
        // `将农民人均纯收入2300元（2010年不变价）作为新的国家扶贫标准`: what the amount is
        // made.
        if let Some(made) = made_into(&text[q.range.1..]) {
            found.indicator = made.to_owned();
        }
        // `实缴税金达到全省财政收入的50%左右`: a share of what it reached a part of.
        if rate && text[..q.range.0].ends_with('的') {
            // (`基本普及九年义务教育的地区要增加到全国人口的72％`: so is what will grow to a part
            // of it, with its modal.)
            if let Some(at) = [
                "达到",
                "相当于",
                "要增加到",
                "要提高到",
                "将增加到",
                "将提高到",
            ]
            .iter()
            .find_map(|v| find_word(&found.indicator, v).map(|at| (at, v.len())))
            .filter(|&(at, len)| at >= 2 * 3 && found.indicator.len() >= at + len + 2 * 3)
            .map(|(at, len)| at..at + len)
            {
                found.indicator.replace_range(at, "占");
            }
        }
        // `总分居全国第9位`: the verb of a rank (not the `居` of `新民居`, which names no rank).
        if q.rank {
            // (`创新指数跻身全球前10名`: among the first so many.)
            if q.qualifier.as_deref() == Some("前") {
                if let Some(head) = found.indicator.strip_suffix('前') {
                    found.indicator.truncate(head.len());
                }
            }
            // (`地区生产总值排全省第3位`: or `排`, its whole gone as a trailing word.)
            if let Some(head) = found.indicator.strip_suffix('居').or_else(|| {
                found
                    .indicator
                    .strip_suffix('排')
                    .filter(|h| !h.ends_with('安'))
            }) {
                // (`我县居第45位`: the place that reports names nothing.)
                if OWN_PLACES.contains(&head) {
                    found.indicator.clear();
                } else if let Some((sides, adverb)) = aspects_of_measure_before(head, &out) {
                    // (`规上工业增加值增长9.1%，…，总量和增速均居全市第一`: of each side of
                    // the measure before it that it names.)
                    found.indicator = sides;
                    found.verb.insert_str(0, adverb);
                } else if head.chars().count() >= 2 {
                    found.indicator.truncate(head.len());
                    // (`经济总量连续8年居全国第4位`: for how many years in a row.)
                    strip_duration_after(&mut found.indicator);
                }
            }
            // `经济总量稳居世界第二位`, `…、增速均居全省第四`: what is ranked is said before the
            // verb, and the whole it is ranked in and adverbs are not part of it.
            // (`人均国内生产总值由居全国第13位上升到第11位`: and where it moved from.)
            const RANK_ADVERBS: &[&str] = &[
                "均", "都", "继续", "仍", "稳定", "已", "保持", "连续", "分别", "首次", "由", "从",
            ];
            let verb_at = RANK_VERBS
                .iter()
                .filter_map(|v| rfind_word(&found.indicator, v))
                .min();
            if let Some(at) = verb_at.filter(|&at| at > 0) {
                let head = found.indicator[..at].trim_start_matches(['由', '从']);
                // (`由上年居世界第四位`, `从居世界第三十九位`: when, or from where, it ranked;
                // what ranked is the measure before.)
                // (`世界排名由第十位…`: nor the whole it ranks in.)
                // (`我县居第45位`: nor the place that reports.)
                let when = head.is_empty()
                    || ["上年", "去年", "上年末", "世界", "全球"].contains(&head)
                    || WHOLE_PLACES.contains(&head)
                    || OWN_PLACES.contains(&head);
                // (`…增速分别为6.2%、8.5%和7.1%，均居全省前三位`: of each of the measures
                // before it in its sentence.)
                let adverb = matches!(head, "均" | "都").then(|| head.to_owned());
                let each_before = adverb
                    .is_some()
                    .then(|| {
                        let mut measures: Vec<&str> = Vec::new();
                        for f in &out {
                            if !f.indicator.is_empty() && !measures.contains(&f.indicator.as_str())
                            {
                                measures.push(&f.indicator);
                            }
                        }
                        measures
                    })
                    .filter(|m| (2..=4).contains(&m.len()));
                if let (Some(measures), Some(adverb)) = (each_before, &adverb) {
                    found.indicator = measures.join("、");
                    found.verb.insert_str(0, adverb);
                } else if in_a_row_at_start(head) == Some(head.len()) {
                    // (`连续6次位列残奥会金牌榜…`: how often in a row.)
                    found.indicator.drain(..at);
                } else if when {
                    found.indicator.replace_range(..at, "居");
                } else if head.chars().count() >= 2 {
                    found.indicator.truncate(at);
                    // (`总量连续五年位居全市区县第一`: for how many years in a row.)
                    strip_duration_after(&mut found.indicator);
                }
            }
            // (`在全省21个地级以上市中居第7位`, `下降率在京津冀…个城市中排名第四`: nor among
            // which.)
            if let Some(among) = found.indicator.strip_suffix('中').and_then(|h| {
                h.rfind('在')
                    .or_else(|| h.starts_with(|c: char| c.is_ascii_digit()).then_some(0))
            }) {
                found.indicator.truncate(among);
            }
            // (`在全国百强县中位列第86位`: with nothing before it, the list is what it ranks
            // on.)
            let among = Some(&text[start..q.range.0])
                .filter(|clause| out.is_empty() && clause.starts_with('在'))
                .and_then(list_ranked_on);
            if let Some(list) = among {
                list.clone_into(&mut found.indicator);
            }
            let mut kept = found.indicator.len();
            while let Some(h) = RANK_ADVERBS
                .iter()
                .find_map(|a| found.indicator[..kept].strip_suffix(a))
                .filter(|h| h.chars().count() >= 2)
            {
                kept = h.len();
            }
            // (`进出口总额列全省第3位`, `并列第1位`: ranked, with the whole gone before.)
            if let Some(h) = ["并列", "列"]
                .iter()
                .find_map(|v| found.indicator[..kept].strip_suffix(v))
                .filter(|h| h.chars().count() >= 2 && !h.ends_with(['系', '行', '序']))
            {
                kept = h.len();
            }
            found.indicator.truncate(kept);
            // `港口吞吐量达到3.3亿吨，居沿海省市第6位`: the rank of the measure before.
            // (Not a rank on a list the clause names: `位列奥运会金牌榜并列第1位`.)
            // (`…增加到51.9万亿元，跃升到世界第二位`, `从世界第三位提升到第二位`: or moved.)
            let of_before = RANK_VERBS
                .iter()
                .chain(&["列", "从", "由", "提升到", "上升到"])
                .any(|v| found.indicator.starts_with(v))
                && !found.indicator.contains('榜')
                // (`位次由第9位前移至第7位`, `后移至第12位`; not `下降率…排名第四`.)
                || ["提升", "上升", "下降", "前移", "后移"].iter().any(|v| {
                    found
                        .indicator
                        .strip_prefix(v)
                        .is_some_and(|rest| rest.is_empty() || rest.starts_with(['至', '到']))
                })
                // (`世界排名由第十位上升到第五位`: the whole alone.)
                || ["世界", "全球"].contains(&found.indicator.as_str())
                // (`总量达到4773.3亿元，重返全省第三`: or back at; `居全市第1、全省第7`: or
                // with nothing before it.)
                || found.indicator.ends_with("重返")
                // (`…，珠三角9市中居第1位`: or among which, with nothing before it.)
                || found.indicator.ends_with('中')
                || found.indicator.is_empty()
                // (`…，继续位居发展中国家首位`, `连续多年居世界首位`: or how long it held.)
                || NAMES_NOTHING.contains(&found.indicator.as_str())
                || WHOLE_PLACES.contains(&found.indicator.as_str());
            if let Some(prev) = out.last().filter(|_| of_before) {
                found.indicator.clone_from(&prev.indicator);
            } else if let Some(rest) = RANK_VERBS
                .iter()
                .find_map(|v| found.indicator.strip_prefix(v))
                .filter(|rest| rest.chars().count() >= 2)
            {
                // (`位居全国百强县投资潜力第3`, with no measure before: what it ranks on.)
                found.indicator = rest.to_owned();
            } else if RANK_VERBS.contains(&found.indicator.as_str()) {
                // (`居全市第一`, with no measure before: nothing named.)
                found.indicator.clear();
            }
        }
        // `地区生产总值排名上升2位`, `在全省考核中排名后移1位`: the places a rank moved, named
        // like a rank, by what ranked (the measure before when the clause names none:
        // `…排在全省前列，位次前移3位`).
        if q.moves_rank() {
            let mut what = found.indicator.as_str();
            // (The verb read as part of the indicator says which way: `排名后移`.)
            if let Some(m) = crate::numbers::RANK_MOVES
                .iter()
                .find(|m| what.ends_with(**m))
            {
                what = &what[..what.len() - m.len()];
                found.verb = (*m).to_owned();
            }
            what = ["排名", "位次", "排位"]
                .iter()
                .find_map(|w| what.strip_suffix(w))
                .unwrap_or(what);
            // (`在全省考核中`: where it ranked.)
            let what = what.strip_suffix('中').unwrap_or(what);
            let what = what.strip_prefix('在').unwrap_or(what);
            // (Or of the clause before, a rank said in words: `…排在全省前列，`.)
            let ranked_before = || {
                let clause = clause_before(text, sentence_start, start, &['，'])?;
                let at = RANK_VERBS.iter().find_map(|v| find_word(clause, v))?;
                Some(read_clause(&clause[..at]).indicator)
            };
            found.indicator = match out.last() {
                _ if what.chars().count() >= 2 => what.to_owned(),
                Some(prev) => prev.indicator.clone(),
                None => ranked_before().unwrap_or_default(),
            };
        }
        // `民营经济完成增加值、实现营业收入均增长15%`: what `均` (all) is said of is a list
        // before the clause; `用于技术改造、淘汰落后产能和培育新兴产业等方面的资金`: so are the
        // items of aspects. Their items are read with the clause.
        // (Items end with `、`: the words of aspects are looked for only then.)
        let aspects = || {
            text[..start].ends_with('、')
                && ["等方面", "等领域"]
                    .iter()
                    .any(|a| contains_word(&text[start..q.range.0], a))
        };
        // (So is what `分别` with one number is said of: `城镇居民人均可支配收入、农民人均纯收入
        // 年均分别增长8.5%`.)
        let max_item_chars = if found.verb.starts_with(['均', '都']) || found.verb.contains("分别")
        {
            Some(20)
        } else {
            aspects().then_some(12)
        };
        let floor = prev_end.unwrap_or(sentence_start).max(sentence_start);
        if let Some(max_chars) = max_item_chars {
            let from = items_before(text, sentence_start, floor, start, max_chars);
            if from < start {
                start = from;
                found = read_clause(&text[start..q.range.0]);
            }
        } else if rate && text[..start].ends_with('、') && names_measure(&found.indicator) {
            // (`城镇居民人均可支配收入、农民人均纯收入比“十一五”末增长60%`: and measures listed
            // before a rate, each a measure of its own, are each at that rate.)
            let from = items_before(text, sentence_start, floor, start, MAX_NOUN_CHARS);
            let items = read_clause(&text[from..q.range.0]);
            let measures = items.indicator.split('、').all(names_measure);
            if from < start && measures {
                start = from;
                found = items;
            }
        }
        let clause = &text[start..q.range.0];
        // `74%的村卫生室实行了基本药物制度`, `71%的煤电机组实现超低排放`: the share of the things
        // after it that did what the clause says, when nothing is named before it.
        let opens = found.indicator.is_empty()
            // (`今年，要使全国80％以上的人口地区普及九年义务教育`: to make them do it.)
            || ["使", "要使", "将使", "让", "要让"].contains(&found.indicator.as_str())
            || ["和", "、", "及"]
                .iter()
                .any(|j| clause.trim_end().ends_with(j));
        if rate && opens {
            if let Some(share) = share_that_did(&text[q.range.1..]) {
                found.indicator = share;
                found.verb.clear();
                out.push(found);
                k += 1;
                continue;
            }
        }
        let unnamed_rate = rate && found.indicator.is_empty();
        // `按不低于5%的幅度压减一般性支出`: the rate of a cut or a rise names what is cut.
        let by = crate::numbers::QUALIFIERS_BEFORE
            .iter()
            .find_map(|b| clause.strip_suffix(b))
            .unwrap_or(clause);
        if rate && (by.ends_with('按') || by.ends_with("按照")) {
            let after = &text[q.range.1..];
            if let Some((verb, cut)) = changed_at_rate(after).or_else(|| set_at_rate(after)) {
                found.indicator = cut.to_owned();
                found.verb = verb.to_owned();
                out.push(found);
                k += 1;
                continue;
            }
        }
        // `覆盖80%以上的大城市`, `惠及90%的农户`: a share of the things reached.
        if rate && REACHES.contains(&found.indicator.as_str()) {
            if let Some(things) = things_reached(&text[q.range.1..]) {
                found.indicator.push_str(things);
            }
        }
        // `16公里雨水管网和19公里城市道路`: the words since the number before are its noun and
        // a conjunction, not what this number measures.
        let mut noun_before = None;
        if k > 0 && !found.indicator.is_empty() {
            let prev_end = quantities[k - 1].range.1;
            let noun = ["和", "及", "与", "、"]
                .iter()
                .find_map(|j| text[prev_end..q.range.0].strip_suffix(j))
                .map(past_bounds)
                .filter(|noun| noun.chars().count() >= 2);
            let noun_at = text.len() - past_bounds(&text[prev_end..]).len();
            if noun.is_some_and(|noun| noun_after(text, noun_at) == noun) {
                found.indicator.clear();
                noun_before = noun;
            }
        }
        // `中央财政拟投入433亿元用于促进就业`: who pays, for what it says after the amount.
        if let Some(purpose) = text[q.range.1..].strip_prefix("用于") {
            let end = purpose
                .find(['，', '。', '；', '、', '：'])
                .unwrap_or(purpose.len());
            let purpose = &purpose[..end];
            let funder = ["拟投入", "投入", "拟安排", "安排", "拿出"]
                .iter()
                .find_map(|v| found.indicator.strip_suffix(v))
                .unwrap_or(&found.indicator);
            if FUNDERS.iter().any(|f| funder.ends_with(f))
                && (2..=MAX_NOUN_CHARS).contains(&purpose.chars().count())
            {
                found.indicator = format!("{funder}用于{purpose}");
            }
        }
        // `…等6个税种实现增长，合计增收2.5亿元`: with nothing but a filler before it, a
        // change of revenue names itself.
        const CHANGES: &[&str] = &["增收", "减收", "增支", "减支", "超收"];
        if LEADING_FILLERS.contains(&found.indicator.as_str())
            && CHANGES.contains(&found.verb.as_str())
        {
            found.indicator = std::mem::take(&mut found.verb);
        } else if FUNDERS.contains(&found.indicator.as_str()) {
            // `全国财政比年度预算超收7239亿元`: the funder's revenue over its budget (the
            // change read with the comparison before it).
            let change = CHANGES.iter().find(|c| {
                found.verb == **c
                    || found
                        .comparison
                        .as_deref()
                        .is_some_and(|cmp| cmp.ends_with(**c))
            });
            if let Some(change) = change {
                found.indicator.push_str(change);
            }
        } else if found.verb == "增收" && GAINERS.iter().any(|g| found.indicator.ends_with(g)) {
            // `带动农民增收2000元`, `农民人均增收1200元`: what people gained, named by the verb
            // (not a revenue's change: `财政总收入…比上年增收3761万元`).
            found.indicator.push_str("增收");
        }
        // `地方一般公共预算收入（扣除留抵退税因素）增长7.2%`: a note in brackets between the
        // indicator and its verb; the indicator is before the note.
        if let Some(open) = note_before(text, sentence_start, start) {
            // (Not after a figure inside the note.)
            let prev_end = prev_end.filter(|&end| end <= open);
            let before = clause_start(text, sentence_start, open, prev_end);
            if let Some(alias) =
                measure_alias(&text[open..start]).filter(|_| found.indicator.is_empty())
            {
                // `城镇常住人口占常住人口比重（常住人口城镇化率）为73.7%`: the name the measure
                // is known by, in brackets after how it is reckoned.
                found.indicator = alias.to_owned();
            } else if found.indicator.is_empty() {
                found.indicator = read_clause(&text[before..open]).indicator;
            } else {
                // (`市级（不包括开发区，下同）一般公共预算收入`: or between the level of
                // government a budget is of and the budget.)
                let level = &text[before..open];
                let scope = level.ends_with('级') && level.chars().count() <= 3;
                if scope && !found.indicator.starts_with(level) {
                    found.indicator.insert_str(0, level);
                }
            }
        }
        // (`占全国人口比重（城镇化率）为66.2%`: or read as part of the clause.)
        let alias = found
            .indicator
            .rfind('（')
            .and_then(|open| measure_alias(&found.indicator[open..]));
        if let Some(alias) = alias {
            found.indicator = alias.to_owned();
        }
        // `生产总值…增长6.0%（不含雄安增长7.3%，…）`: a note that leaves a part out (or takes
        // one in: `农业总产值…增长百分之四（包括村办工业为百分之六）`) measures the same indicator
        // without it (with it).
        let in_note = clause.trim_start().starts_with('（') || text[..start].ends_with('（');
        let body = clause.trim_start().trim_start_matches('（');
        // (A part taken in is reckoned with only when the note says what that makes it,
        // `包括…为`: `（包括三轮汽车和低速货车694万辆）` counts the part.)
        let with = found.verb.ends_with('为') || clause.trim_end().ends_with('为');
        let without = ["不含", "剔除", "扣除", "不计", "不包括", "包括", "含"]
            .iter()
            .find(|w| body.starts_with(**w))
            .filter(|w| with || w.starts_with(['不', '剔', '扣']));
        if let Some(word) = without.filter(|_| in_note && found.indicator.chars().count() <= 12) {
            if let Some(prev) = out.last().filter(|p| !p.indicator.is_empty()) {
                // (The word that says so, where the clause's reading dropped it.)
                let word = if found.indicator.starts_with(word) {
                    ""
                } else {
                    word
                };
                found.indicator = format!("{}（{word}{}）", prev.indicator, found.indicator);
            }
        }
        // `新开工保障性安居工程740万套，基本建成511万套`: an action alone after its adverb is
        // what was done to the things counted before.
        if !out.is_empty() {
            let done = ["基本", "全部", "累计"]
                .iter()
                .find_map(|a| found.indicator.strip_prefix(a))
                .is_some_and(|rest| ACTIONS.contains(&rest));
            if done {
                found.verb.insert_str(0, &found.indicator);
                found.indicator.clear();
            }
        }
        // `服务业增加值增长10%左右，对经济增长贡献率超过50%`: a contribution said without its
        // subject is of the subject of the measure before it.
        if found.indicator.starts_with('对') && found.indicator.contains("贡献") {
            // (Of a share's holder, `民营经济增加值占GDP的比重为61.0%，对GDP增长的贡献率为…`; of
            // none when the share names none, `占世界经济比重…，对世界经济增长贡献率…`.)
            let subject = out
                .last()
                .map(|prev| prev.indicator.split('占').next().unwrap_or_default())
                .and_then(|prev| subject_of_measure(prev, ""));
            if let Some(subject) = subject.map(str::to_owned) {
                found.indicator.insert_str(0, &subject);
            }
        }
        // (And one said alone is of the measure before: `第二产业…，对经济增长的贡献率为32.9%；
        // 第三产业增加值…，贡献率为67.2%`.)
        if found.indicator == "贡献率" {
            let measure = |p: &&Found| {
                !p.indicator.contains("贡献")
                    && !p.indicator.contains("拉动")
                    && names_measure(&p.indicator)
            };
            if let Some(prev) = out.last().filter(measure) {
                let measure = prev.indicator.split('占').next().unwrap_or_default();
                found.indicator.insert_str(0, measure);
            }
        }
        // `一般公共预算收入102417万元，完成预算的100%`: the share of its budget the measure
        // before reached.
        // (`…，完成年初预算数60999万元的40.4%`: an amount is the budget itself, and the share
        // after its `的` the share of it reached.)
        let money = q.class == Some(UnitClass::Money);
        if let Some(prev) = out.last().filter(|p| !p.indicator.is_empty()) {
            let measure = without_budget_share(&prev.indicator);
            let budget_before = BUDGETS
                .iter()
                .find_map(|b| prev.indicator.strip_suffix(b))
                .filter(|m| !m.is_empty() && clause.trim() == "的");
            if let Some(measure) = budget_before.filter(|_| q.class == Some(UnitClass::Percent)) {
                found.indicator = format!("{measure}{OF_BUDGET}");
            } else if money
                && (found.indicator == OF_BUDGET || BUDGETS.contains(&&*found.indicator))
            {
                found.indicator = format!("{measure}预算");
            } else if let Some(share) = [OF_BUDGET, OF_PLAN].iter().find(|s| found.indicator == **s)
            {
                found.indicator = format!("{measure}{share}");
            }
        }
        // `增长5.3%，完成年度计划目标（5%左右）`: a figure alone in brackets after a target
        // named is the target of the measure before it.
        // (Past how it compares: `增长5.1%，高于全国0.1个百分点，完成年度计划目标（5.5%左右）`.)
        let result = (0..k)
            .rev()
            .find(|&j| quantities[j].class == q.class)
            .filter(|_| target_in_brackets(text, sentence_start, q))
            .and_then(|j| out.get(j));
        if let Some(prev) = result {
            found.indicator = format!("{}目标", prev.indicator);
            found.verb.clone_from(&prev.verb);
            found.comparison = None;
        }
        // `完成年度计划目标（5.5%左右）的92.7%`: how much of that target was reached is the
        // measure's share of its plan done (`地区生产总值完成年度计划`).
        let reached = k > 0
            && ["）的", ")的"]
                .contains(&without_bound(&text[quantities[k - 1].range.1..q.range.0]))
            && target_in_brackets(text, sentence_start, quantities[k - 1]);
        if let Some(measure) = out
            .last()
            .filter(|_| reached)
            .and_then(|p| p.indicator.strip_suffix("目标"))
        {
            found.indicator = format!("{measure}{OF_PLAN}");
            found.comparison = None;
        }
        // `增幅较大的有发酵酒（增长87%）、汽车（增长35.8%）`: a change in brackets alone is
        // of the name just before the bracket.
        if found.indicator.is_empty() {
            if let Some(open_at) = text[..start].strip_suffix(['（', '(']).map(str::len) {
                let before = &text[sentence_start.min(open_at)..open_at];
                let from = before
                    .char_indices()
                    .rfind(|&(_, c)| matches!(c, '、' | '，' | '；' | '：' | '有'))
                    .map_or(0, |(i, c)| i + c.len_utf8());
                let name = &before[from..];
                let n = name.chars().count();
                if (1..=MAX_NOUN_CHARS).contains(&n) && !name.contains(|c: char| c.is_ascii_digit())
                {
                    found.indicator = name.to_owned();
                }
            }
        }
        // `基本医疗保险实现市级统筹、参保率达到96%`: a bare rate is the rate of the subject
        // of the clause before it.
        let bare_rate = found.indicator.chars().count() <= 3 && found.indicator.ends_with('率');
        let adjacent = k > 0 && text[quantities[k - 1].range.1..start] == *"、";
        if bare_rate && adjacent {
            // `服务业增加值增长10.1%、贡献率61.7%`: of the metric just before.
            if let Some(prev) = out.last() {
                found.indicator.insert_str(0, &prev.indicator);
            }
        } else if bare_rate {
            // The clause before this one, without the separator between them.
            let end = text[sentence_start..start]
                .char_indices()
                .next_back()
                .map_or(sentence_start, |(i, _)| sentence_start + i);
            let from = clause_start(text, sentence_start, end, None);
            if let Some(subject) = subject_of(&text[from..end]) {
                found.indicator.insert_str(0, subject);
            }
        }
        // `人民币平均汇率为1美元兑7.1217元`: the rate is the second number, of the indicator
        // before the first.
        if k > 0
            && matches!(clause.trim(), "兑" | "折合" | "兑换")
            && quantities[k - 1].value == 1.0
        {
            if let Some(prev) = out.last_mut() {
                prev.not_a_metric = true;
                found.indicator = prev.indicator.clone();
            }
        }
        // `上涨的城市个数为23个，持平的为4个`: a state alone names the previous indicator
        // with that state.
        const STATES: &[&str] = &[
            "上涨", "下降", "持平", "增长", "减少", "增加", "提高", "降低", "上升", "回落",
        ];
        let state = ["的为", "的是", "的有"]
            .iter()
            .find_map(|v| clause.trim().strip_suffix(v))
            .filter(|s| STATES.contains(s));
        if let Some(state) = state {
            if let Some((head, tail)) = out.last().and_then(|p| p.indicator.rsplit_once('的')) {
                let scope = STATES
                    .iter()
                    .find_map(|s| head.strip_suffix(s))
                    .unwrap_or(head);
                found.indicator = format!("{scope}{state}的{tail}");
            }
        }
        // `研发经费投入超105亿元、增速超10%`: a bare growth rate is the previous indicator's;
        // so is a bare total (`承接疏解转移项目441项、总投资2860.5亿元`; `地区生产总值增长6.0%，
        // …，总量达到4773.3亿元` is the level of the same indicator).
        // `重点项目200项左右，总投资3000亿元以上，年投资600亿元以上`: a year's investment of
        // the total's projects.
        // (`实施市以上重点项目502项、当年投资996.3亿元`: of the projects counted; `…，总投资
        // 5942亿元，当年计划投资1003亿元`: of the total's projects.)
        if [
            "年投资",
            "当年投资",
            "当年计划投资",
            "年度投资",
            "年度计划投资",
        ]
        .contains(&found.indicator.as_str())
        {
            let counted_before = k > 0 && counts(quantities[k - 1]);
            // (`全年计划实施重点项目230个，年度计划投资300亿元`: of the projects, not of
            // carrying them out.)
            let of = out.last().and_then(|p| {
                p.indicator
                    .strip_suffix("总投资")
                    .or(counted_before.then(|| not_carried_out(&p.indicator)))
            });
            if let Some(of) = of {
                found.indicator.insert_str(0, of);
            }
        }
        if let Some(rate) = ["年均增幅", "年均增速"]
            .iter()
            .find(|r| found.indicator == **r)
        {
            found.indicator = rate["年均".len()..].to_owned();
        }
        // `现代产业类项目250个，个数占比28.3%，总投资10373.3亿元，投资占比29.1%`: the shares of
        // a count, and a total after one, are of the things counted.
        let of_share = out.last().is_some_and(|p| p.indicator.ends_with("占比"));
        let of_count = ["个数占比", "投资占比"].contains(&found.indicator.as_str())
            || found.indicator == "总投资" && of_share;
        if of_count {
            let counted = last_count(quantities, k)
                .and_then(|j| out.get(j))
                .map(|p| p.indicator.clone())
                .filter(|i| !i.is_empty() && !i.ends_with("占比"));
            if let Some(counted) = counted {
                found.indicator.insert_str(0, &counted);
            }
        }
        // (`…收入3.5亿元，自然增幅2%`: a rate as it came, not reckoned like for like, is the
        // rate all the same.)
        if let Some(rate) = found
            .indicator
            .strip_prefix("自然")
            .filter(|r| ["增幅", "增速"].contains(r))
        {
            found.indicator = rate.to_owned();
        }
        // `实施重点项目150个以上，完成投资280亿元`, `…，年度计划投资300亿元，实际完成投资
        // 312亿元`: the investment done is in the things counted before, past amounts of them.
        if ["完成投资", "实际完成投资"].contains(&found.indicator.as_str()) {
            if let Some(j) = counted_past_amounts(text, &out, quantities, k) {
                let things = not_carried_out(&out[j].indicator);
                found.indicator.insert_str(0, things);
            }
        }
        // `实施…重点工程项目1079个、投资1793亿元`: a bare investment after a count is the
        // investment in what was counted.
        // (`实施民生实事项目10件，投入资金38.6亿元`: or the money put in.)
        let invested = ["投资", "投入资金", "资金投入"].contains(&found.indicator.as_str())
            && k > 0
            && counts(quantities[k - 1]);
        if !of_count
            && (invested
                || matches!(
                    found.indicator.as_str(),
                    "增速"
                        | "增幅"
                        | "降幅"
                        | "涨幅"
                        | "总投资"
                        | "计划总投资"
                        | "投资总规模"
                        | "总量"
                        | "总额"
                        | "总计"
                        | "合计"
                ))
        {
            if let Some(prev) = out
                .last()
                .filter(|p| !p.indicator.is_empty())
                // (A total after an addition: `新增贷款300亿元，总额达到…`.)
                .filter(|p| {
                    found.indicator != "总额"
                        || without_addition(&p.indicator).len() < p.indicator.len()
                })
            {
                // (`参保人数增加7359万，总计达到1.17亿`: the same measure, in all; `新增市场主体
                // 4.2万户，总量达到9.8万户`: all the things added to.)
                let things = without_addition(&prev.indicator);
                let added = things.len() < prev.indicator.len();
                found.indicator = match found.indicator.as_str() {
                    "总量" | "总额" if added => format!("{things}{}", found.indicator),
                    "总量" | "总计" | "合计" => things.to_owned(),
                    // (Not twice: `…，增幅2%，同口径完成3.67亿元，增幅6.1%`.)
                    own if prev.indicator.ends_with(own) => prev.indicator.clone(),
                    // (Of the projects, not of carrying them out: `实施重点项目…、投资…`.)
                    own if invested || own.contains("投资") && counts(quantities[k - 1]) => {
                        format!("{}{own}", not_carried_out(&prev.indicator))
                    }
                    // (`居民消费价格指数为100.4，涨幅…`: the rise of the prices, not of the
                    // index's points.)
                    own @ ("涨幅" | "增幅" | "降幅") if prev.indicator.ends_with("价格指数") =>
                    {
                        let prices = &prev.indicator[..prev.indicator.len() - "指数".len()];
                        format!("{prices}{own}")
                    }
                    own => format!("{}{own}", prev.indicator),
                };
            } else if let Some(subject) =
                (matches!(found.indicator.as_str(), "增速" | "增幅" | "总额" | "总量"))
                    .then(|| changed_before(text, sentence_start, start))
                    .flatten()
            {
                // `居民人均可支配收入五年增长近万元、年均增速6.5%`: with no number before it,
                // of what the clause before says grew (`外贸进出口实现逆势增长，总额达到…`).
                // (A total of a measure is the measure: `国家财政收入比上年增加…，总额…`.)
                if ["总额", "总量"].contains(&found.indicator.as_str()) && names_measure(&subject)
                {
                    found.indicator = subject;
                } else {
                    found.indicator.insert_str(0, &subject);
                }
            }
        }
        // `粮食播种面积86.5万亩，总产量7.8亿斤`: the output of the crop whose area came before.
        if let Some(crop) = out
            .last()
            .filter(|_| same_sentence)
            .and_then(|p| crop_of_output(&p.indicator, &found.indicator))
        {
            found.indicator.insert_str(0, crop);
        }
        // `拆除一批…的违法建设，总面积达750多万平方米`: a total opening a sentence's first
        // number is the total of what the clause before acted on.
        const TOTALS: &[&str] = &[
            "总面积",
            "总投资",
            "总规模",
            "总长度",
            "总里程",
            "总建筑面积",
        ];
        if out.is_empty() && TOTALS.contains(&found.indicator.as_str()) {
            if let Some(object) = object_before(text, sentence_start, start) {
                found.indicator.insert_str(0, object);
            }
        }
        // `服务业，增长10.7%`: a sector named alone before the clause, as a topic (of a rate,
        // not of things counted: `工业，有14项…项目竣工投产`).
        // (And of a bare measure: `全省国有及国有控股工业企业，实现利润增长30.3％`.)
        // `城镇居民人均可支配收入，考虑价格下降因素比上年实际增长9.3％`: how a change was
        // reckoned names nothing.
        if is_reckoning(&found.indicator) && !in_note {
            found.indicator.clear();
        }
        // (`社会商品零售总额扣除价格因素增长百分之七点八`: or after what changed.)
        let reckoned = ["因素", "计算", "口径后"]
            .iter()
            .any(|w| found.indicator.ends_with(w));
        let reckoned_at = ["扣除", "剔除", "考虑", "还原", "按可比"]
            .iter()
            .filter(|_| reckoned)
            .filter_map(|w| find_word(&found.indicator, w))
            .min()
            .filter(|&at| at >= 2 * 3 && is_reckoning(&found.indicator[at..]));
        if let Some(at) = reckoned_at.filter(|_| !in_note) {
            found.indicator.truncate(at);
        }
        let of_topic =
            found.indicator.is_empty() || BARE_MEASURES.contains(&found.indicator.as_str());
        // (`城镇居民人均可支配收入，比上年实际增长9.3％`: and a measure named alone before the
        // clause is the topic of a number without a name, of any unit.)
        // (`农村居民人均纯收入，考虑价格下降因素，比上年实际增长4·3％`: past how it was
        // reckoned.)
        let mut topic_end = start;
        let mut topic = clause_before(text, sentence_start, topic_end, &['，']);
        if let Some(reckoning) = topic.filter(|c| is_reckoning(c)) {
            topic_end -= '，'.len_utf8() + reckoning.len();
            topic = clause_before(text, sentence_start, topic_end, &['，']);
        }
        let topic = topic
            .filter(|c| of_topic && text[sentence_start..].trim_start().starts_with(c))
            .map(without_scope)
            .filter(|c| {
                let noun = plain_noun(c).is_some();
                q.class == Some(UnitClass::Percent) && (is_sector(c) || c.ends_with("企业") && noun)
                    || found.indicator.is_empty()
                        && noun
                        && (c.ends_with("总值") || MEASURES.iter().any(|m| c.ends_with(m)))
            });
        if let Some(topic) = topic {
            found.indicator.insert_str(0, topic);
        }
        // `综合分析各方面的条件，今年经济增长速度的宏观调控目标，定为百分之八至九`: a target
        // named alone in the clause before, wherever it stands in the sentence.
        let target = clause_before(text, sentence_start, start, &['，'])
            .filter(|c| found.indicator.is_empty() && c.ends_with("目标"))
            .map(|c| {
                ["今年", "明年"]
                    .iter()
                    .find_map(|w| c.strip_prefix(w))
                    .unwrap_or(c)
            })
            .and_then(plain_noun);
        if let Some(target) = target {
            found.indicator = target.to_owned();
        }
        // `扣除房地产开发投资，全国固定资产投资增长3.0%`: a part left out in the clause
        // before makes the measure another, named as a note in brackets names it.
        let left_out = clause_before(text, sentence_start, start, &['，'])
            .filter(|c| !found.indicator.is_empty() && !is_reckoning(c))
            .and_then(|c| {
                let part = ["扣除", "剔除", "不含", "不包括"]
                    .iter()
                    .find_map(|w| c.strip_prefix(w))?;
                plain_noun(part.strip_suffix('后').unwrap_or(part)).map(|_| c)
            });
        if let Some(note) = left_out {
            found.indicator = format!("{}（{note}）", found.indicator);
        }
        // `城镇人均居住面积增加到8.7平方米，农村增加到22平方米`: the other of town and country
        // alone measures what the number before measured of the first.
        const SIDES: &[(&str, &str)] = &[("城镇", "农村"), ("城市", "农村"), ("农村", "城镇")];
        let other_side = SIDES.iter().find_map(|&(first, other)| {
            let prev = out.last()?.indicator.strip_prefix(first)?;
            (found.indicator == other && !prev.is_empty()).then(|| format!("{other}{prev}"))
        });
        if let Some(indicator) = other_side {
            found.indicator = indicator;
        }
        // `创建国家级绿色工厂8家、省级15家`: a level alone, after things of another level
        // counted, counts those things of its own (with what was done to them).
        // (`省级以上开发区9个、市级5个`: of the things, not the levels above.)
        const LEVELS: &[&str] = &["国家级", "省级", "市级", "县级", "区级"];
        let of_level = LEVELS.iter().find_map(|&level| {
            let done = found.indicator.strip_suffix(level)?;
            let after = without_bound(&text[q.range.1..]);
            if !(after.is_empty() || after.starts_with(['、', '，', '。', '；'])) {
                return None;
            }
            let prev = &out.last()?.indicator;
            let (at, other) = LEVELS
                .iter()
                .filter_map(|l| find_word(prev, l).map(|at| (at, *l)))
                .min()?;
            let things = prev[at + other.len()..].trim_start_matches("以上");
            let named = (2..=MAX_NOUN_CHARS).contains(&things.chars().count())
                && !things.contains(['，', '、', '；', '和']);
            (other != level && prev[..at].ends_with(done) && named)
                .then(|| format!("{}{level}{things}", &prev[..at]))
        });
        if let Some(indicator) = of_level {
            found.indicator = indicator;
        }
        // `国内生产总值增长8%、力争9%`: a higher aim said alone is of the figure before, said
        // the same way.
        let aims_higher = ["力争", "争取"].contains(&found.verb.as_str())
            && k > 0
            && quantities[k - 1].range.0 >= sentence_start
            && quantities[k - 1].class == q.class;
        if let Some(prev) = out
            .last()
            .filter(|_| aims_higher && found.indicator.is_empty())
        {
            found.indicator.clone_from(&prev.indicator);
            found.verb.push_str(&prev.verb);
        }
        // `要逐年适当增加中央预算内经常性建设投资，今年拟先增加50亿元`: a change with nothing
        // named is of what the clause before changed the same way.
        if found.indicator.is_empty() {
            if let Some(object) = changed_the_same(text, sentence_start, start, &found.verb) {
                found.indicator = object.to_owned();
            }
        }
        // `拟连续几年发行超长期特别国债，专项用于…，今年先发行1万亿元`: the same action alone is
        // of what the sentence said it on before.
        if let Some(object) = acted_on_before(text, sentence_start, start, &found.indicator) {
            found.indicator = object.to_owned();
        }
        if let Some(object) = adjusted_by_rate(text, sentence_start, start, &found.indicator) {
            found.indicator.insert_str(0, object);
        }
        // `棚室果蔬类播种面积18.9万亩，产量43万吨`: a measure alone is of the subject of the
        // measure before it.
        // (`长城汽车销售收入534亿元…，利税126亿元`: the longest measure is cut off.)
        let alone = |m: &&str| *m == found.indicator;
        if (MEASURES.iter().any(alone) || BARE_MEASURES.iter().any(alone))
            && found.indicator != "人均"
        {
            if let Some(prev) = out.last() {
                // (`森林面积新增800万亩，覆盖率达到27%`: of the forest, not of what was added.)
                let prev = without_addition(&prev.indicator);
                // (`入统工业增长10.6%，实现利润增长7.9%`: or of the sector that grew, by a
                // rate, not a count: `培育本土企业50家，产值达到…`.)
                let grew = k > 0 && quantities[k - 1].class == Some(UnitClass::Percent);
                // (`工农业总产值…，其中工业总产值…`: a measure with a scope of its own, where
                // the one before has another, is parallel to it; nor is it of a sector before.)
                let own_scope =
                    |m: &&&str| found.indicator.len() > m.len() && found.indicator.ends_with(**m);
                let own_sector = MEASURES.iter().chain(BARE_MEASURES).any(|m| own_scope(&m));
                let parallel = parallel_measure(&found.indicator, prev);
                let sector = || (grew && !own_sector && is_sector(prev)).then_some(prev);
                // (`网上零售额增长了两成，占比超过四成`: a share alone is of the whole amount
                // before.)
                let share_of = || {
                    (["占比", "比重"].contains(&found.indicator.as_str()) && names_measure(prev))
                        .then_some(prev)
                };
                // (`普通高中52所，在校生8.7万人`, `技术合同登记4265项，成交额126.8亿元`: or of the
                // things the number before counted, named alone.)
                // (Not of things a verb made or brought: `培育本土企业50家，产值…`.)
                let counted = || {
                    let things = ["签订", "登记"]
                        .iter()
                        .find_map(|v| prev.strip_prefix(v))
                        .unwrap_or(prev);
                    let things = things.strip_suffix("登记").unwrap_or(things);
                    const BROUGHT: &[&str] = &["培育", "引进", "招引", "签约", "认定", "建设"];
                    let made = |t: &str| ACTIONS.iter().chain(BROUGHT).any(|v| t.starts_with(v));
                    // (Right after the count, with nothing between but the measure: not
                    // `…项目并网发电,全省装机容量…`, nor after a note, `…（其中…14所），在园幼儿`.)
                    let right_after = |before: &Quantity| {
                        let between =
                            text[before.range.1..q.range.0].trim_start_matches(['，', '、']);
                        between
                            .strip_prefix("实现")
                            .unwrap_or(between)
                            .starts_with(&found.indicator)
                    };
                    let count_before = k
                        .checked_sub(1)
                        .map(|j| quantities[j])
                        .filter(|b| b.class == Some(UnitClass::Count) && right_after(b));
                    // (Measures of what is counted, not of a whole: `新上电力项目12个，装机容量
                    // 达到2316万千瓦` is the province's.)
                    const OF_COUNTED: &[&str] = &[
                        "在校生",
                        "在校学生",
                        "招生",
                        "毕业生",
                        "在园幼儿",
                        "专任教师",
                        "成交额",
                        "营业收入",
                        "利润总额",
                        "利润",
                        "销售收入",
                        "数量",
                        "面积",
                    ];
                    (OF_COUNTED.contains(&&*found.indicator)
                        && !own_sector
                        && count_before.is_some())
                    .then(|| plain_noun(things))
                    .flatten()
                    // (Nor of places: `…试点城市…317个，参保人数…` are of the scheme.)
                    .filter(|t| !names_measure(t) && !made(t) && !t.ends_with(PLACE_ENDS))
                };
                // (`生猪出栏…、存栏…`, `牛出栏…，存栏…`: a herd's stock and sales are of the
                // herd before, and of nothing else.)
                let herd = |m: &&str| found.indicator == *m;
                // (`生猪产能恢复到正常年份水平、存栏达到1950万头`: or of the herd whose
                // capacity the item before names.)
                let of_capacity = || {
                    let item = clause_before(text, sentence_start, start, &['、', '，'])?;
                    let herd = &item[..item.find("产能")?];
                    (1..=4).contains(&herd.chars().count()).then_some(herd)
                };
                let subject = if HERD_MEASURES.iter().any(herd) {
                    HERD_MEASURES
                        .iter()
                        .find_map(|m| prev.strip_suffix(m))
                        .filter(|h| !h.is_empty())
                        .or_else(of_capacity)
                } else {
                    share_of()
                        .or_else(|| subject_of_measure(prev, &found.indicator))
                        .or_else(sector)
                        .or_else(counted)
                };
                if let Some(subject) = subject.filter(|_| !parallel) {
                    // (`规模以上工业增加值…，增速…，其中10月份增加值…`: the measure itself, named
                    // again.)
                    if subject.ends_with(found.indicator.as_str()) {
                        found.indicator = subject.to_owned();
                    } else {
                        found.indicator.insert_str(0, subject);
                    }
                }
            }
        }
        // `新增高速公路654公里，通车里程达2135公里，在建1160公里`: the length in service of what
        // the number before added, and the length of it being built.
        // (Over the numbers of the same unit between.)
        let base = |j: usize| quantities[j].base.map(|b| b.0);
        let added = (0..k)
            .rev()
            .take_while(|&j| base(j) == base(k))
            .find_map(|j| out.get(j)?.indicator.strip_prefix("新增"))
            .and_then(plain_noun)
            .filter(|thing| {
                !MEASURES.iter().any(|m| thing.ends_with(m)) && !thing.ends_with("里程")
            })
            .map(str::to_owned);
        if let Some(thing) = added {
            match found.indicator.as_str() {
                "里程" | "通车里程" | "总里程" | "通车总里程" => {
                    found.indicator.insert_str(0, &thing);
                }
                "在建" => found.indicator.push_str(&thing),
                _ => {}
            }
        }
        // `新增高新技术企业210家、科技型中小企业1235家`: the action of the first item of a
        // list is the action of the next ones.
        // (`新增高新技术企业60家以上、科技型中小企业500家以上`: past a bound of the first.)
        // (`南拒马河、滹沱河、滏阳河新增水面40平方公里、河长477公里`: with the subject before it,
        // to amounts, not to a rate: `城镇新增就业1256万人、城镇调查失业率平均为5.1%`.)
        if k > 0 && is_list_gap(&text[quantities[k - 1].range.1..start]) {
            // `新增铁路通车里程280公里、总里程达到5400公里`: the total of what the item before
            // measured, not an addition (`铁路通车总里程`).
            let total = found
                .indicator
                .strip_prefix('总')
                .filter(|measure| measure.chars().count() >= 2)
                .map(str::to_owned);
            let of = total.as_deref().and_then(|measure| {
                let prev = out.last()?;
                let prev = without_addition(&prev.indicator);
                let subject = prev.strip_suffix(measure)?;
                let subject = ACTIONS
                    .iter()
                    .find_map(|a| subject.strip_prefix(a))
                    .unwrap_or(subject);
                (subject.chars().count() >= 2).then(|| subject.to_owned())
            });
            if let Some(subject) = &of {
                found.indicator.insert_str(0, subject);
            }
            // (A total takes no action of the item before.)
            let prev = out.last().filter(|_| total.is_none());
            if let Some(prev) = prev {
                let action = if rate {
                    leading_action(&prev.indicator)
                } else {
                    acting_on(&prev.indicator)
                };
                // (Not to an item with an action of its own inside: `衔接国家取消和接收下放
                // 行政审批事项`.)
                // (Nor to one that opens with a verb of its own: `改造老旧小区36个、惠及居民
                // 1.1万户`, `新签约亿元以上项目100个、到位资金300亿元`, `引进内资800亿元、
                // 实际使用外资5亿美元`.)
                const OWN_VERBS: &[&str] = &[
                    "惠及", "带动", "覆盖", "吸纳", "帮助", "涉及", "到位", "实现", "实际",
                ];
                if !action.is_empty()
                    && leading_action(&found.indicator).is_empty()
                    && !ACTIONS.iter().any(|a| contains_word(&found.indicator, a))
                    && !OWN_VERBS.iter().any(|v| found.indicator.starts_with(v))
                    && found.indicator.chars().count() >= 2
                    // (Nor to a measure of its own: `城镇新增就业1200万人、粮食产量1.4万亿斤`.)
                    // (An area added stays one: `新增城市道路2500公里、绿地面积1.2万公顷`.)
                    && (!action.ends_with("新增") || !names_own_measure(&found.indicator))
                {
                    found.indicator.insert_str(0, action);
                }
            }
        }
        // `农村年五保集中供养标准达到5022元、分散供养标准达到3411元`, `空气质量二级以上天数增加
        // 7天，一级以上天数增加35天`: a measure the item before names with a modifier as long as
        // this one's is of its subject.
        // (Across a comma only a modifier of one character: `二级`, `一级`.)
        let gap = k
            .checked_sub(1)
            .map(|p| without_bound(&text[quantities[p].range.1..start]));
        let max_modifier = match gap {
            Some("、") => 3,
            Some("，")
                if found
                    .indicator
                    .starts_with(crate::numbers::chinese::is_numeral_char) =>
            {
                1
            }
            _ => 0,
        };
        if let Some(prev) = out.last().filter(|_| max_modifier > 0) {
            if let Some(subject) = parallel_subject(&prev.indicator, &found.indicator, max_modifier)
            {
                found.indicator.insert_str(0, subject);
            }
        }
        // `城镇常住居民人均可支配收入47595元、增长10.2%，人均消费支出27982元`: a measure per
        // head of no one is of the residents the one before it was.
        if found.indicator.starts_with("人均") {
            let holder = out.iter().rev().find_map(|p| per_head_holder(&p.indicator));
            if let Some(holder) = holder {
                found.indicator.insert_str(0, holder);
            }
        }
        // `政府债务余额1286.4亿元，控制在省核定的限额1352.1亿元以内`: a ceiling set by whom
        // is of the balance before it.
        let ceiling = found.indicator.strip_suffix("限额").is_some_and(|by| {
            by.is_empty()
                || ["核定的", "核定", "下达的", "批准的"]
                    .iter()
                    .any(|w| by.ends_with(w))
        });
        if let Some(balance) = out
            .last()
            .and_then(|p| p.indicator.strip_suffix("余额"))
            .filter(|_| ceiling)
        {
            found.indicator = format!("{balance}限额");
        }
        // `粮油、食品类零售额增长5.2%，饮料类增长3.1%`: a class of goods named alone has the
        // measure of the class before it.
        // (`新能源汽车零售额增长31.5%，通讯器材类增长18.9%`: or of the goods before it.)
        if found.indicator.ends_with('类') {
            let measure = out
                .last()
                .and_then(|prev| match prev.indicator.rsplit_once('类') {
                    Some((_, measure)) => Some(measure).filter(|m| names_measure(m)),
                    None => ["零售额", "销售额", "价格"]
                        .into_iter()
                        .find(|m| prev.indicator.ends_with(m)),
                });
            if let Some(measure) = measure {
                found.indicator.push_str(measure);
            }
        }
        // `…能耗下降3.5%，完成省下达的下降3.2%的目标任务`: a target that whom set names no
        // measure; the one before it carries over.
        const SET_BY: &[&str] = &["下达的", "核定的", "确定的"];
        if clause.starts_with("完成")
            && found.indicator.chars().count() <= 3
            && SET_BY.iter().any(|w| clause.contains(w))
        {
            found.indicator.clear();
        }
        // `降价58%和80%`: a conjunction alone is no indicator; the subject carries over
        // (`比上年多12万人`: so is a bare `多`), as it does to the level a change reached
        // (`由不足50家发展到目前的860家`).
        if matches!(
            found.indicator.as_str(),
            "和" | "及" | "与" | "并" | "以及" | "或" | "多" | "少"
        ) || is_change_to(&found.indicator)
        {
            found.indicator.clear();
        }
        // `新能源企业增加到175家，实现工业总产值318亿元`: what the firms counted just before
        // achieved.
        // (`全年完成植树造林15.8万亩，实现产值2.2亿元`: a measure named alone is of the work
        // done just before.)
        if k > 0 && achieved_measure(clause, &found.indicator) {
            if let Some(prev) = out.last() {
                let firms =
                    counts(quantities[k - 1]) && HEADS.iter().any(|h| prev.indicator.ends_with(h));
                let work = ACHIEVED.contains(&found.indicator.as_str())
                    && (2..=8).contains(&prev.indicator.chars().count())
                    && prev.indicator.chars().all(crate::numbers::is_ideograph);
                if firms || work {
                    found.indicator.insert_str(0, &prev.indicator);
                }
            }
        }
        // `装备制造业增加值增长7.7%，占规模以上工业增加值比重为34.6%`: a share of the subject
        // (also `约占…`, about that share).
        if let Some(share) = ["约占", "近占", "将近占"]
            .iter()
            .find(|w| found.indicator.starts_with(**w))
        {
            found.indicator.drain(..share.len() - '占'.len_utf8());
        }
        // (`占到公共财政预算支出的81.68%`: came to that share.)
        if found.indicator.starts_with("占到") {
            found.indicator.replace_range(.."占到".len(), "占");
        }
        // (`…经费支出86.5亿元，增长9.8%，相当于地区生产总值的2.66%`: a share of the whole the
        // subject equals.)
        if q.class == Some(UnitClass::Percent) && text[..q.range.0].ends_with('的') {
            if let Some(whole) = found.indicator.strip_prefix("相当于") {
                found.indicator = format!("占{whole}");
            }
        }
        // (And `…经费支出567.8亿元，…，与地区生产总值之比为2.65%`: the subject's ratio to a
        // whole.)
        let ratio_to = found.indicator.starts_with('与') && found.indicator.ends_with("之比");
        if found.indicator.starts_with('占') || ratio_to {
            if let Some(prev) = out.last() {
                // (`…收入完成28583万元，占调整预算105.47%`: the share of its budget reached;
                // `…，占调整预算100.93%，占一般公共预算收入的48.51%`: of the measure, not of
                // its budget's share.)
                let whole = &found.indicator['占'.len_utf8()..];
                // (`制造业增加值占GDP比重提升至27.8%，占全球比重稳定在30%左右`: nor of its
                // share of another whole.)
                let measure = without_budget_share(&prev.indicator);
                let measure = share_holder(measure).unwrap_or(measure);
                found.indicator = if BUDGETS.contains(&whole) {
                    format!("{measure}{OF_BUDGET}")
                } else {
                    format!("{measure}{}", found.indicator)
                };
            }
        }
        // `形成年产值达500亿元的纺织产业集群`: the measure is of the noun after `的`.
        // (`占地300亩的颛顼公园`: the land it takes, its area.)
        let land = found.indicator.ends_with("占地");
        if MEASURES.iter().any(|m| found.indicator.ends_with(m)) || land {
            let owner = owner_after(text, q.range.1);
            // (Not a growth named after the number: `收入实现6%的增长`; nor places, ranked
            // among those that passed a level: `…总产值突破3万亿元的城市`.)
            let growth = ["增长", "增幅", "增速"].iter().any(|g| owner.ends_with(g));
            const PLACES: &[&str] = &["城市", "省份", "地区", "国家", "县区", "县市区"];
            if !owner.is_empty() && !growth && !PLACES.contains(&owner.as_str()) {
                // (`全力抓好总投资657.5亿元的229个水利项目`: a total is the owner's alone.)
                if found.indicator.ends_with("总投资") {
                    found.indicator = "总投资".to_owned();
                }
                // (`实施总额4万亿元的两年投资计划`: the measure, not the carrying out.)
                found.indicator = not_carried_out(&found.indicator).to_owned();
                found.indicator.insert_str(0, &owner);
                if land {
                    // (`…和占地600亩的孝义公园`: of the owner alone.)
                    found.indicator = format!("{owner}占地面积");
                }
            }
        }
        // `全部财政收入超10亿元的县（市）达到52个`, `投资超5亿元的项目已达4个`: an amount over
        // which things are counted is part of their name, not a metric of its own.
        // (And their share: `年收入10万元以上的村占比达到80%`.)
        let share = q.class == Some(UnitClass::Percent)
            && ["占比", "比重"]
                .iter()
                .any(|w| found.indicator.ends_with(w));
        if k > 0 && (counts(q) || share) {
            let threshold = quantities[k - 1];
            // (Or the noun right after it: `其中超10亿元项目45个`.)
            let between = &text[threshold.range.1..q.range.0];
            let over = ["超过", "超", "突破"]
                .iter()
                .any(|w| text[..threshold.range.0].ends_with(w))
                || threshold.qualifier.as_deref() == Some("以上")
                    && between.trim_start_matches("以上").starts_with('的')
                    && !between.contains(['，', '；']);
            let of_things = ["的", "以上的"].iter().any(|w| between.starts_with(w))
                || plain_noun(between).is_some_and(|n| n.chars().count() <= 4);
            if over && of_things && !found.indicator.is_empty() {
                let begin =
                    sentence_start + after_last_break(&text[sentence_start..threshold.range.0]);
                // (After an item's number: `（2）农村集体经济…`.)
                let begin = begin
                    + crate::outline::numbering::scan_marker(&text[begin..threshold.range.0])
                        .map_or(0, |m| m.len);
                let named = read_clause(&text[begin..q.range.0]).indicator;
                if let Some(prev) = out.last_mut().filter(|_| named.ends_with(&found.indicator)) {
                    prev.not_a_metric = true;
                    found.indicator = named;
                }
            } else if over && between.starts_with('的') && found.indicator.is_empty() && k >= 2 {
                // (`规模以上工业企业1200家，其中产值超10亿元的达到35家`: of the things counted
                // before.)
                let begin = clause_open(text, sentence_start, threshold.range.0, &[]);
                let bar = &text[begin..threshold.range.1];
                let bar = bar.strip_prefix("其中").unwrap_or(bar);
                let counted = counted_before_bar(&out, quantities, k).unwrap_or_default();
                let things = &counted[leading_action(counted).len()..];
                if !things.is_empty() {
                    found.indicator = format!("{bar}的{things}");
                    if let Some(prev) = out.last_mut() {
                        prev.not_a_metric = true;
                    }
                }
            }
            // `投资亿元以上项目119个，5亿元以上41个`: a higher bar for the things counted before
            // names those of them over it.
            let bar = threshold
                .unit
                .as_deref()
                .filter(|_| between == "以上")
                .map(|unit| format!("{unit}以上"));
            let earlier = bar.as_ref().and_then(|bar| {
                let earlier = counted_before_bar(&out, quantities, k)?;
                let at = earlier.find(bar.as_str())?;
                let written = &text[threshold.range.0..q.range.0];
                Some(format!(
                    "{}{written}{}",
                    &earlier[..at],
                    &earlier[at + bar.len()..]
                ))
            });
            if let Some(named) = earlier {
                if let Some(prev) = out.last_mut() {
                    prev.not_a_metric = true;
                }
                found.indicator = named;
            }
        }
        // `38个大类行业中32个实现增长`, `在41个工业大类行业中，有33个行业增加值保持增长`: a
        // part of the things counted just before, named by what it did.
        // (The part names the things itself: not the noun after its number, below.)
        let mut part_named = false;
        if k > 0 && counts(q) && counts(quantities[k - 1]) && quantities[k - 1].unit == q.unit {
            if let Some((whole, part)) = part_that_did(text, quantities[k - 1], q) {
                if let Some(prev) = out.last_mut() {
                    whole.clone_into(&mut prev.indicator);
                }
                found.indicator = part;
                part_named = true;
            }
        }
        // `50个超10亿元服务业项目`: so is an amount over which the things counted just before
        // are counted.
        if k > 0 && counts(quantities[k - 1]) && !counts(q) {
            let between = &text[quantities[k - 1].range.1..q.range.0];
            if ["超过", "超"].contains(&between) {
                found.not_a_metric = true;
            }
        }
        // `纳入统计的82种工业产品中，产量同比增长的有45种`: those of the things counted before
        // that the clause says something of.
        // (`重点培育400家龙头企业，销售收入过亿元的达到50家`: the things, not what is done to
        // them.)
        let those = ["的有", "的达到", "的达"]
            .iter()
            .find_map(|w| clause.trim_start().strip_suffix(w));
        if let Some(those) = those {
            let prev = out.last().filter(|_| k > 0 && counts(q));
            let same_unit = quantities
                .get(k.wrapping_sub(1))
                .is_some_and(|p| p.unit == q.unit);
            if let Some(prev) = prev.filter(|p| same_unit && !p.indicator.is_empty()) {
                let things = &prev.indicator[leading_action(&prev.indicator).len()..];
                found.indicator = format!("{those}的{things}");
                found.comparison = None;
            }
        }
        // `拿出1000亿元，用于1500万人次以上的职工技能提升和转岗转业培训`: what a number is
        // for is named after it.
        if found.indicator == "用于" {
            let owner = owner_after(text, q.range.1);
            if !owner.is_empty() {
                found.indicator = owner;
            }
        }
        // `将制造业等行业现行16%的税率降至13%`: the rate said after the number is of the
        // things before it, now and after the change.
        if let Some(prev) = out.last_mut().filter(|_| k > 0) {
            let between = &text[quantities[k - 1].range.1..q.range.0];
            // (The things as written after `将`: `交通运输业、建筑业等行业`.)
            let said = text[sentence_start..quantities[k - 1].range.0].strip_suffix("现行");
            let things = said
                .and_then(|s| s.rfind('将').map(|at| &s[at + '将'.len_utf8()..]))
                .filter(|t| (2..=MAX_NOUN_CHARS).contains(&t.chars().count()) && !t.contains('，'));
            if let Some(things) = things.filter(|_| between.starts_with('的')) {
                found.indicator = format!("{things}{}", found.indicator);
                prev.indicator.clone_from(&found.indicator);
            }
        }
        // `下调城镇职工基本养老保险单位缴费比例，各地可降至16%`: where a level is set, the
        // clause before names what is set.
        if SCOPES.contains(&found.indicator.as_str()) && found.verb.ends_with(['至', '到']) {
            if let Some(set) = adjusted_before(text, sentence_start, start) {
                found.indicator = set.to_owned();
            }
        }
        // `新开诊31个社区卫生服务站`: a count names what it counts after the number (not the
        // goal it was: `实现高职院校扩招100万人目标`).
        let mut counted = if part_named {
            String::new()
        } else {
            noun_after(text, q.range.1)
        };
        // (Nor the task: `完成裁减军队员额30万任务`, a task done of what follows `完成`.)
        if ["目标", "任务"].contains(&counted.as_str()) && q.class != Some(UnitClass::Count) {
            counted.clear();
            if let Some(at) = found.indicator.rfind("完成") {
                let task = &found.indicator[at + "完成".len()..];
                if task.chars().count() >= 2 {
                    found.indicator = task.to_owned();
                }
            }
        }
        // `中央财政安排1000亿元专项奖补资金`: who pays, and what it pays, named after the amount
        // (`中央财政今年再安排…`: when, and again).
        let paid = ["安排", "投入", "新增", "拿出"]
            .iter()
            .any(|v| found.verb.ends_with(v));
        let is_funder = |f: &str| FUNDERS.iter().any(|x| f.ends_with(x));
        // (Not what the amount does: `中央财政安排219亿元支持116户国有企业…`.)
        // (`拨付50亿元支持灾区重建`, `筹集10亿元用于…`: nor what it is for.)
        let supports = ["支持", "扶持", "帮助", "支援", "用于"]
            .iter()
            .any(|v| counted.starts_with(v));
        if paid && !counted.is_empty() && !supports && is_funder(&found.indicator) {
            // (An addition stays: `中央财政新增47亿元专项补助资金`.)
            if found.verb.ends_with("新增") {
                found.indicator.push_str("新增");
            }
            found.indicator.push_str(&counted);
        }
        // `发行6600亿元长期建设国债`, `…资金形成3.28万亿元的投资规模`, `完成了长达3500多公里的长江
        // 干堤`: an amount issued, formed or done names the noun after it.
        // (`通过财政向银行发行2100亿元长期国债`: through whom it was issued; `增发`; `带动4200多亿元
        // 银行贷款和自筹资金`: the money it drew in.)
        // (`国务院增发1000亿元财政债券`, `财政增发1000亿元国债`: by whom.)
        let through = |i: &str| {
            ["发行", "增发"]
                .iter()
                .find_map(|v| i.strip_suffix(v))
                .is_some_and(|how| {
                    how.starts_with("通过")
                        || how.starts_with('向')
                        || ["国务院", "财政"].contains(&how)
                        || is_funder(how)
                })
        };
        // (`全年发放1200亿元创业担保贷款`, `下达3000亿元中央预算内投资`, `化解…等14486亿元金融
        // 改革成本`: money lent, allotted or settled.)
        // (The examples before `等` are of the money: `化解…信用社等14486亿元…`.)
        let examples = text[..q.range.0].ends_with('等');
        let lent = q.class == Some(UnitClass::Money)
            && counted.chars().count() >= 2
            && !supports
            && ["发放", "下达", "拨付", "筹集", "募集", "化解"]
                .iter()
                .chain(WON)
                .any(|v| {
                    // (`首批争得2.5亿元资金`: or after a word of when, `首批`, `累计`.)
                    let when = found.indicator.strip_suffix(v).map(|w| w.chars().count());
                    when.is_some_and(|n| n <= 2) || examples && found.indicator.contains(v)
                });
        if lent {
            // (`中央预算内投资`: the money's word that ends the noun.)
            let after = &text[q.range.1..];
            let rest = after
                .find(counted.as_str())
                .map_or("", |at| &after[at + counted.len()..]);
            if let Some(word) = ["投资", "资金"].iter().find(|w| rest.starts_with(**w)) {
                counted.push_str(word);
            }
        }
        // (`我国有2.9亿在校学生`, `拥有14亿人口的发展中国家`: a number of what is had, in a bare
        // magnitude.)
        let had = q.class.is_none() && q.unit.is_some() && text[..q.range.0].ends_with('有');
        let done_alone = ["发行", "增发", "形成", "完成了", "带动"]
            .iter()
            .any(|v| found.indicator == *v || *v == "形成" && found.indicator.ends_with(v))
            || through(&found.indicator)
            || lent
            || had;
        if done_alone && !counted.is_empty() && q.class != Some(UnitClass::Count) {
            // (Money won from above is named with its winning: `争取上级资金`.)
            let won = WON.iter().find(|v| lent && found.indicator.ends_with(**v));
            found.indicator = match won {
                Some(v) => format!("{v}{counted}"),
                None => counted.clone(),
            };
        }
        // `建成仓容250亿公斤的国家粮食储备库`: a measure of what was built, said before it.
        const OF_WHAT_BUILT: &[&str] = &["仓容", "库容", "容量", "装机容量", "总库容"];
        let measure = ["建成", "新建", "建设", "兴建"]
            .iter()
            .find_map(|v| found.indicator.strip_prefix(v))
            .filter(|m| OF_WHAT_BUILT.contains(m));
        if let Some(measure) = measure.filter(|_| text[q.range.1..].starts_with('的')) {
            if !counted.is_empty() {
                found.indicator = format!("{counted}{measure}");
            }
        }
        // `中央财政安排384亿元救灾款和740亿元恢复重建资金`: and the amounts listed after it.
        let funder = noun_before
            .and_then(|noun| out.last()?.indicator.strip_suffix(noun))
            .filter(|f| is_funder(f) && !counted.is_empty());
        if let Some(funder) = funder {
            found.indicator = format!("{funder}{counted}");
        }
        // `全市15万人实现脱贫`: people with nothing named before them are named by what they
        // did or what came to them.
        if found.indicator.is_empty() && counted.is_empty() {
            if let Some(done) = what_people_did(q, &text[q.range.1..]) {
                // (`110万人实现了稳定脱贫`: what they did, not when.)
                found.indicator = done.replacen("了", "", 1);
            }
        }
        // `8个国家级、4个省级区域医疗中心`: a level's head is written once, after the last.
        if counted.ends_with('级') && counted.chars().count() <= 4 {
            let next = quantities
                .get(k + 1)
                .filter(|n| text[q.range.1 + counted.len()..n.range.0] == *"、");
            if let Some(n) = next {
                let last = noun_after(text, n.range.1);
                if let Some((_, head)) = last.split_once('级').filter(|(_, h)| !h.is_empty()) {
                    counted.push_str(head);
                }
            }
        }
        // `推进省级400个、市级3000个重点项目建设`: so is the head of levels said before their
        // numbers.
        if counted.is_empty() && is_level(&found.indicator) {
            let next = quantities.get(k + 1).filter(|n| {
                text[q.range.1..n.range.0]
                    .strip_prefix('、')
                    .is_some_and(is_level)
            });
            if let Some(n) = next {
                counted = noun_after(text, n.range.1);
            }
        }
        // `解决了160万农村贫困人口的温饱问题`: a number without a unit counts the noun after it.
        let magnitude_only = matches!(q.unit.as_deref(), None | Some("万" | "亿" | "千" | "百万"));
        let bare =
            q.class.is_none() && magnitude_only && q.ratio.is_none() && !q.rank && !q.fraction;
        // (A word, not a unit the scanner does not know: `3376亿GB`, `6万管/天`.)
        let worded = counted.starts_with(crate::numbers::is_ideograph) && !counted.contains('/');
        // `农村贫困人口减少1386万`: a number without a unit after people counts them.
        let of_people = bare && counted.is_empty() && names_people(&found.indicator);
        let is_count = counts(q) || bare && worded && counted.chars().count() >= 2 || of_people;
        // `大幅精减和规范行政审批事项，五年共取消和调整626项`: actions alone at the start of a
        // sentence's numbers act on what the clause before regulates.
        let only_actions = !found.indicator.is_empty()
            && found
                .indicator
                .split(['和', '、'])
                .all(|a| ACTIONS.contains(&a) || REGULATE.contains(&a));
        if counted.is_empty() && k == 0 && counts(q) && only_actions {
            if let Some(object) = regulated_before(text, sentence_start, start) {
                found.indicator.push_str(object);
            }
        }
        // `三年建成70所`: an action alone, with nothing named after the number, is what is
        // done to the things before.
        if counted.is_empty() && ACTIONS.contains(&found.indicator.as_str()) && k > 0 {
            found
                .verb
                .insert_str(0, &std::mem::take(&mut found.indicator));
        }
        // `金融机构新增9家`: the things added, named as additions are (`新增金融机构`), not
        // as how many there are; so is an amount cut (`地下水开采量压减1.77亿立方米`).
        // (Not a work done, `“双代”工程改造新增360.3万户`, nor `平均每天新增`.)
        // (`个体户17509户，当年新增1564户`: with only when before it, the things added are
        // those the figure before counted.)
        let added = ["新增", "净增"].contains(&found.verb.as_str())
            && counted.is_empty()
            && LEADING_FILLERS.contains(&found.indicator.as_str())
            && k > 0
            && quantities[k - 1].unit == q.unit;
        if let Some(prev) = out.last().filter(|_| added) {
            found.indicator.clone_from(&prev.indicator);
        }
        let things = found.indicator.chars().count() >= 2
            && leading_action(&found.indicator).is_empty()
            && action_at_end(&found.indicator).is_none()
            && !LEADING_FILLERS.contains(&found.indicator.as_str())
            && !["新增", "净增"].iter().any(|a| found.indicator.contains(a));
        let change = ["新增", "净增", "压减", "削减", "缩减", "减少"]
            .iter()
            // (`年均缩减近2000平方公里`: a bound after the verb.)
            .find(|c| {
                found
                    .verb
                    .trim_end_matches(['了', '近', '约'])
                    .ends_with(**c)
            });
        let cut = change.is_some_and(|c| c.ends_with('减')) && !rate;
        // (Less or more than at a time before is a change of what there is: `户籍人口比上年末
        // 减少0.3万人`, `企业数量达到1523家，较年初净增132家`.)
        let compared = found.comparison.is_some() && matches!(change, Some(&("减少" | "净增")));
        // `森林面积新增800万亩`: so is an area or a length added.
        if let Some(change) = change.filter(|_| {
            (is_count || cut || is_extent(q)) && counted.is_empty() && things && !compared
        }) {
            found.indicator.insert_str(0, change);
        }
        // (`3500多公里的长江干堤和近千公里的黄河堤防`: the next of a list of extents, each with
        // its noun after it.)
        let next_extent = is_area_of(q, &counted)
            && out.last().is_some_and(|p| {
                ["和", "及"]
                    .iter()
                    .any(|j| found.indicator.strip_suffix(j) == Some(p.indicator.as_str()))
            });
        if next_extent {
            found.indicator.clone_from(&counted);
        }
        let solved = (counts(q) || q.class.is_none())
            .then(|| {
                let from = clause_open(text, sentence_start, q.range.0, &[]);
                problem_solved(text, from, q, &counted)
            })
            .flatten();
        // `世界500强企业有73家落户河北`: what there are so many of is said before `有`.
        let said_before = found.verb.ends_with('有') && found.indicator.chars().count() >= 2;
        // (`新建57个村`: or a place named by one character, after an action alone.)
        let named_count = counted.chars().count() >= 2
            || PLACES_OF_ONE.contains(&counted.as_str())
                && ACTIONS.contains(&found.indicator.as_str());
        // `227个村获评省级美丽乡村`, `766个村基本完成建设改造任务`: places of one character
        // counted with nothing named before them are named by what they did.
        let place = PLACES_OF_ONE
            .iter()
            .find(|p| counted.starts_with(**p))
            .filter(|_| is_count && found.verb.is_empty());
        let did = place.and_then(|p| places_did(text, q, &found.indicator, p, &counted));
        if let Some((did, places)) = did {
            found.indicator = format!("{did}的{places}");
        } else if is_count && named_count && !said_before {
            // `新建7所城区幼儿园`, `每年至少培育10家领军企业`: the action the clause ends
            // with stays with the noun.
            // `50个项目竣工投产`: or the action the noun ends the clause with (`新增` alone
            // is read as a verb); `改造和新建2.3万所乡镇卫生院、1500所县医院`: or the action of
            // the list's first item.
            let listed = k > 0
                && ["、", "和"]
                    .iter()
                    .find_map(|j| text[quantities[k - 1].range.1..q.range.0].strip_suffix(j))
                    .is_some_and(|noun| out.last().is_some_and(|p| p.indicator.ends_with(noun)));
            // (Not the action of the last example before `等`: `…教学楼改建等25所城乡学校建设项目`.)
            let examples = found.verb.starts_with('等');
            let action = action_at_end(&found.indicator)
                .filter(|_| !examples)
                .or_else(|| {
                    ACTIONS
                        .iter()
                        .copied()
                        .find(|a| found.indicator.is_empty() && found.verb.ends_with(*a))
                })
                .map(str::to_owned)
                .or_else(|| {
                    let prev = out.last().filter(|_| listed)?;
                    let action = leading_action(&prev.indicator);
                    (!action.is_empty()).then(|| action.to_owned())
                })
                .or_else(|| action_after(q, &text[q.range.1..], &counted).map(str::to_owned));
            // `推进省级400个、市级3000个重点项目建设`: the level said before the number.
            let level = Some(found.indicator.as_str())
                .filter(|l| is_level(l))
                .unwrap_or("");
            found.indicator = match action {
                Some(action) => format!("{action}{level}{counted}"),
                None => format!("{level}{counted}"),
            };
        } else if is_area_of(q, &counted)
            && ACTIONS.contains(&found.indicator.as_str())
            && plain_noun(&counted).is_some()
        {
            // `建成480亩高标准棉油轮作基地`: what was built, of that area.
            found.indicator.push_str(&counted);
        } else if q.class == Some(UnitClass::Physical)
            && CLOSURES.contains(&found.indicator.as_str())
            && plain_noun(&counted).is_some()
        {
            // `关停5000万千瓦小火电机组`: what is shut, named after its capacity.
            found.indicator.push_str(&counted);
        } else if let Some(prev) = out.last().filter(|p| {
            q.class == Some(UnitClass::Physical)
                && counted.is_empty()
                && CLOSURES.contains(&found.indicator.as_str())
                && p.indicator.len() > found.indicator.len()
                && p.indicator.starts_with(found.indicator.as_str())
        }) {
            // (`…，今年要关停1000万千瓦`: and again, of the same things.)
            found.indicator.clone_from(&prev.indicator);
        } else if found.indicator.is_empty()
            || LEADING_FILLERS.contains(&found.indicator.as_str())
                && out.is_empty()
                && (counted.is_empty() || is_area_of(q, &counted))
        {
            // `12个粮食生产基地县、400万亩核心区建设`: an area before a noun is the area of it;
            // so is a length (`确保16公里自来水主管网复线…按时完工`).
            if is_area_of(q, &counted) {
                found.indicator = counted;
                out.push(found);
                k += 1;
                continue;
            }
            if !found.indicator.is_empty() {
                // `继续实施退耕还林还草，今年拟安排500万亩`: a filler on its own (`今年`) says
                // nothing of what is measured; what the clause before carries out does.
                if let Some(carried) = carried_out_before(text, sentence_start, start) {
                    found.indicator = carried;
                }
                out.push(found);
                k += 1;
                continue;
            }
            // `规模以上工业企业由126家增加到218家，高新技术企业数量实现翻番，达到86家`: a
            // clause with no figure before the number's says what came to it.
            let fared = (k > 0
                && clause_open(text, sentence_start, q.range.0, &[]) >= quantities[k - 1].range.1)
                .then(|| fared_before(text, sentence_start, q.range.0))
                .flatten();
            if let Some(subject) = fared {
                found.indicator = subject.to_owned();
                out.push(found);
                k += 1;
                continue;
            }
            // `地区生产总值超过990亿元，同比增长3%`: the subject carries over, and with
            // nothing but a separator before the number (`增长5%、6%`), its verb too. Not to
            // a count from a measure of another kind (`处理率达到100%，227个村获评…`).
            // (But a count of the things whose number grew at a rate: `高新技术企业数量翻了一番，
            // 达到1260家`; not after an amount, `…，5亿元以上41个`.)
            let of_things = |p: &Found| {
                let things = p.indicator.strip_suffix("数量").unwrap_or(&p.indicator);
                let rate = quantities[k - 1].class != Some(UnitClass::Money);
                rate && counted.is_empty() && HEADS.iter().any(|h| things.ends_with(h))
            };
            // (`户籍人口86.3万，比上年减少0.3万人`: people counted without a unit are counted.)
            let people_before =
                |p: &Found| quantities[k - 1].class.is_none() && names_people(&p.indicator);
            let other_kind = k > 0
                && is_count
                && !counts(quantities[k - 1])
                && !out.last().is_some_and(|p| of_things(p) || people_before(p));
            // (Nor a rate to an amount: `…所占比例每年提高一个百分点，仅此一项五年增加489亿元`.)
            let rate_to_amount = q.class == Some(UnitClass::Money)
                && q.ratio.is_none()
                && out.last().is_some_and(|p| {
                    ["比例", "比重", "占比"]
                        .iter()
                        .any(|r| p.indicator.ends_with(r))
                });
            // (`谋划重点项目120个、总投资850亿元，开工建设86个`: or past the amounts of the things
            // counted, the count before them.)
            let prev = if other_kind {
                counted_past_amounts(text, &out, quantities, k)
                    .filter(|&j| quantities[j].unit == q.unit)
                    .map(|j| &out[j])
            } else {
                // (`民用汽车保有量35268万辆（包括三轮汽车和低速货车720万辆），比上年末增加1670万辆`:
                // past the figures of a note in brackets closed before it, to what it notes.)
                let noted = |j: usize| {
                    let between = &text[quantities[j].range.1..q.range.0];
                    between.contains(['）', ')']) && !between.contains(['（', '('])
                };
                let at = (0..k).rev().find(|&j| !noted(j)).filter(|&j| j + 1 < k);
                at.map_or(out.last(), |j| out.get(j))
                    .filter(|_| !rate_to_amount)
            };
            if let Some(prev) = prev {
                let carried = without_budget_share(&prev.indicator);
                // (`民营工业企业增加值占规模以上工业增加值的比重85.9%，同比增长5.2%`: what grew
                // is what has the share.)
                let grew = q.class == Some(UnitClass::Percent)
                    && ["增长", "下降"].iter().any(|v| found.verb.ends_with(v));
                // (`…，增幅2%，同口径完成3.67亿元`: an amount after a rate is of the measure; so
                // is a growth after a rate's change, `增速高于全市平均水平0.3个百分点，两年平均
                // 增长1.7%`.)
                let of_measure_not_rate = || {
                    let measure = RATES.iter().find_map(|r| carried.strip_suffix(r))?;
                    let money = q.class == Some(UnitClass::Money);
                    ((money || grew) && !measure.is_empty()).then_some(measure)
                };
                found.indicator = share_holder(carried)
                    .filter(|_| grew)
                    .or_else(of_measure_not_rate)
                    .unwrap_or(carried)
                    .to_owned();
                // `…织机达到4000多台，五年新增3000多台`: what was added, not the level;
                // `新建34所山区寄宿制学校，三年建成70所`: another action on the same things
                // (`去年新增` is read as one verb).
                let before = leading_action(&prev.indicator);
                // (`与百家央企合作的80个重大项目开工、175个建成投产`: or said after the number.)
                // (Not more than at a time before, which is a change of the level before:
                // `企业数量达到1523家，较年初净增132家`.)
                let action = ACTIONS
                    .iter()
                    .copied()
                    .find(|a| found.verb.ends_with(*a))
                    .or_else(|| action_after(q, &text[q.range.1..], ""))
                    // (`两税收入386.6亿元，净增50亿元`: nor more than the level just said.)
                    .filter(|a| {
                        let of_level = quantities[k - 1].class == q.class;
                        !(*a == "净增" && (found.comparison.is_some() || of_level))
                    });
                if let Some(action) = action {
                    // (`城镇保障性住房基本建成470万套、新开工630万套`: an action said after the
                    // things is said after them again.)
                    found.indicator = match subject_before_action(&prev.indicator) {
                        Some(subject) if before.is_empty() => format!("{subject}{action}"),
                        // (Of the projects, not of carrying them out: `实施重点项目…，开工…`.)
                        _ => format!(
                            "{action}{}",
                            not_carried_out(&prev.indicator[before.len()..])
                        ),
                    };
                } else if !before.is_empty() && is_level_verb(&found.verb) {
                    // `新增挂牌上市企业15家、达到96家`: the level they came to, not what was
                    // added.
                    found.indicator.drain(..before.len());
                }
                found.period = found.period.or_else(|| prev.period.clone());
                if clause.trim_matches(['、', '和', '及', ' ']).is_empty() {
                    found.verb = prev.verb.clone();
                }
            } else if counted.is_empty() {
                // `继续实施退耕还林还草，今年拟安排500万亩`
                found.indicator =
                    carried_out_before(text, sentence_start, start).unwrap_or_default();
            } else {
                // `两年新增4万亿元投资`: the action the clause ends with stays with the noun.
                let action = ACTIONS.iter().find(|a| found.verb.ends_with(**a));
                found.indicator = format!("{}{counted}", action.map_or("", |a| *a));
            }
        }
        // `继续推进保障性安居工程建设，…，基本建成500万套`: an action alone opening the
        // sentence's numbers is done to what the clause before carries out.
        // `向…学生提供助学金，每人每年1500元`: an amount per head is of what the clause before
        // gives.
        // `城乡最低生活保障标准逐年提高，城镇年人均提高600元，农村年人均提高200元`: town or
        // country per head is of the measure of both the clause before says rose, or of the
        // other side's before it.
        let side_per_head = super::SIDES.iter().find(|s| {
            found
                .indicator
                .strip_prefix(**s)
                .is_some_and(|rest| PER_HEAD_ALONE.contains(&rest))
        });
        if let Some(side) = side_per_head {
            let of_both = changed_before(text, sentence_start, start)
                .and_then(|m| m.strip_prefix("城乡").map(str::to_owned));
            let of_other = || {
                let prev = &out.last()?.indicator;
                let rest = super::SIDES.iter().find_map(|s| prev.strip_prefix(s))?;
                (!rest.contains("人均")).then(|| rest.to_owned())
            };
            if let Some(measure) = of_both.or_else(of_other).filter(|m| m.chars().count() >= 2) {
                found.indicator = format!("{side}{measure}");
            }
        }
        let mut per = found.indicator.as_str();
        while let Some(rest) = PER_UNITS
            .iter()
            .chain(&["每年"])
            .find_map(|u| per.strip_prefix(u))
        {
            per = rest;
        }
        if per.is_empty() {
            // (`调整失业保险金发放标准，人均月增55元`: or what the clause before adjusts.)
            let adjusted = (k == 0)
                .then(|| adjusted_before(text, sentence_start, start))
                .flatten();
            let before = adjusted
                .or_else(|| given_before(text, sentence_start, start))
                .map(str::to_owned)
                // (`企业退休人员养老金标准继续提高，年人均提高2556元`: or what it says rose, for
                // a figure per head.)
                .or_else(|| {
                    let clause = &text[start..q.range.0];
                    PER_HEAD_ALONE
                        .iter()
                        .any(|w| clause.starts_with(w))
                        .then(|| changed_before(text, sentence_start, start))
                        .flatten()
                });
            if let Some(before) = before {
                found.indicator = before;
            }
        }
        let action_alone = ACTIONS.contains(&found.indicator.trim_start_matches("基本"));
        if action_alone && counted.is_empty() && out.is_empty() {
            if let Some(carried) = carried_out_before(text, sentence_start, start) {
                let things = carried.strip_suffix("建设").unwrap_or(&carried);
                found.indicator.insert_str(0, things);
            }
        }
        // `会议应到代表172人，出席本次全体会议的代表155人`: who came to the meeting, which a
        // story on the report tells, is no figure of the report.
        // (`…，实到372名`: and so on over the meeting's figures.)
        let clause = &text[start..q.range.0];
        let attended = ["应到", "实到", "出席", "列席"]
            .iter()
            .any(|w| clause.contains(w));
        let of_members = || {
            ["代表", "委员"].iter().any(|w| clause.contains(w))
                || out.last().is_some_and(|p| p.not_a_metric)
        };
        if attended && of_members() {
            found.not_a_metric = true;
        }
        // `在校学生205582人(其中,学前教育33054人、小学101036人…)`: people counted by a part
        // named alone, after `其中` or an opening bracket, are of the people counted before
        // (`小学在校学生`).
        let gap = prev_end.map_or("", |end| &text[end..start.max(end)]);
        let people = q.class == Some(UnitClass::People)
            || q.unit.as_deref().is_some_and(|u| u.ends_with("人次"));
        counted_by_parts = match counted_by_parts.take() {
            _ if !people => None,
            whole if gap == "、" => whole,
            // (`执业医师1390人（全科25人）`: or in brackets right after the whole.)
            _ if gap.contains("其中")
                || clause.starts_with("其中")
                || gap == "（"
                || gap == "(" =>
            {
                out.last()
                    .filter(|p| quantities[k - 1].class == q.class && !p.indicator.is_empty())
                    .map(|p| p.indicator.clone())
            }
            _ => None,
        };
        if let Some(whole) = &counted_by_parts {
            let n = found.indicator.chars().count();
            // (Of people named as such, not of an action, `内地居民出境…，其中因私出境…`; nor a
            // part that names its own measure, `其中手机上网人数`.)
            let part_alone = (2..=6).contains(&n)
                && found.indicator.chars().all(crate::numbers::is_ideograph)
                && !found.indicator.ends_with(PEOPLE_ENDS)
                && !names_measure(&found.indicator)
                && whole.ends_with(PEOPLE_ENDS)
                && !whole.contains(found.indicator.as_str());
            if part_alone {
                found.indicator.push_str(whole);
            }
        }
        // `向困难群众发放一次性生活补助，惠及1100多万人`: who benefited, from what the clause
        // before did.
        if let Some((problem, who)) = solved {
            found.indicator = format!("解决{problem}{who}");
        }
        if unnamed_rate && found.indicator.is_empty() {
            if let Some(name) = rate_named_after(&text[q.range.1..], &found.verb) {
                name.clone_into(&mut found.indicator);
            }
        }
        // `完成老旧小区改造86个、涉及居民1.2万户`: what the things just counted involve, or
        // whom they benefit (`…改造42个，惠及居民8600户`).
        let involved = k > 0
            && ["涉及", "惠及"]
                .iter()
                .any(|w| found.indicator.starts_with(w))
            && ["、", "，"].contains(&text[quantities[k - 1].range.1..start].trim_end());
        if let Some(prev) = out.last().filter(|p| involved && !p.indicator.is_empty()) {
            found.indicator.insert_str(0, &prev.indicator);
        }
        let people = q.class == Some(UnitClass::People);
        if people && ["惠及", "受益"].contains(&found.indicator.as_str()) {
            if let Some(what) = benefit_before(text, sentence_start, start) {
                found.indicator.insert_str(0, what);
            }
        }
        // `新开工项目6700个，…，其中500万元以上的2350个`: an amount the things counted after it
        // are over is no figure of its own, and they are the things counted before, so many.
        let over = ["以上的", "以下的"]
            .iter()
            .find(|w| text[q.range.1..].starts_with(**w))
            .filter(|w| figure_opens(&text[q.range.1 + w.len()..]));
        if let Some(over) = over.filter(|_| q.class == Some(UnitClass::Money)) {
            found.not_a_metric = true;
            threshold = Some(format!("{}{}", &text[q.range.0..q.range.1], over));
        } else {
            let over = threshold.take();
            // (`33座…水库除险加固工程开工建设，其中26座已基本完成`: a part of them, `其中`.)
            let whole = (0..k)
                .rev()
                .find(|&j| quantities[j].unit == q.unit && counts(quantities[j]))
                .and_then(|j| out.get(j))
                .filter(|p| !p.indicator.is_empty() && counts(q));
            let unnamed = found.indicator.is_empty() || found.indicator == "其中";
            if let Some(whole) = whole.filter(|_| unnamed) {
                found.indicator = match over {
                    Some(over) => format!("{over}{}", not_carried_out(&whole.indicator)),
                    None => whole.indicator.clone(),
                };
            }
        }
        // `省政府工作部门比2020年的86个减少27个`: the level a change is from, said with what it
        // is compared with: the comparison is the change's (the level's year, see
        // `metrics::year_of_level_changed_from`).
        let from_level = k > 0
            && found.comparison.is_none()
            && text[..quantities[k - 1].range.0].ends_with('的')
            && CHANGED_FROM.contains(&&text[quantities[k - 1].range.1..q.range.0]);
        if let Some(prev) = out.last_mut().filter(|_| from_level) {
            found.comparison = prev.comparison.take();
        }
        out.push(found);
        k += 1;
    }
    // (What such a difference is of is the measure before the base's figure, not the figure.)
    let n = out.len();
    for k in past_gloss.into_iter().filter(|&k| k >= 2 && k < n) {
        if let Some(rest) = out[k].indicator.strip_prefix(out[k - 1].indicator.as_str()) {
            out[k].indicator = format!("{}{rest}", out[k - 2].indicator);
        }
    }
    name_time_taken(text, quantities, &mut out);
    of_the_sentence_subject(text, sentence_start, quantities, &mut out);
    out
}

/// The subject of `earlier` that `later` leaves out, when both end with the same measure after
/// modifiers of the same length (`农村年五保集中供养标准`, `分散供养标准` → `农村年五保`).
fn parallel_subject<'a>(earlier: &'a str, later: &str, max_modifier: usize) -> Option<&'a str> {
    let common = earlier
        .chars()
        .rev()
        .zip(later.chars().rev())
        .take_while(|(a, b)| a == b)
        .count();
    if common < 2 {
        return None;
    }
    let modifier = later.chars().count() - common;
    // (Of a measure, `…标准`, not of things: `省级以上创新平台10个、市级创新平台30个`.)
    let (shared_at, _) = later.char_indices().rev().nth(common - 1)?;
    let shared = &later[shared_at..];
    let measure = MEASURES
        .iter()
        .chain(&["标准", "天数"])
        .any(|m| shared.ends_with(m));
    if !(1..=max_modifier).contains(&modifier) || !measure {
        return None;
    }
    let (at, _) = earlier.char_indices().rev().nth(common + modifier - 1)?;
    let subject = &earlier[..at];
    // (`烟酒及用品价格`, `衣着价格`: what ends with a conjunction is the first of two
    // modifiers, not a subject.)
    let joined = subject.ends_with(['和', '及', '与', '或']);
    // (Nor a budget's kind of revenue: `一般公共预算收入48.6亿元、税费收入144.8亿元` is no
    // `一般公共税费收入`, `地方财政收入…、非税收入…` no `地方非税收入`.)
    let budget = ["预算", "财政"].contains(&&earlier[at..earlier.len() - shared.len()]);
    (subject.chars().count() >= 2
        && subject.chars().all(crate::numbers::is_ideograph)
        && !joined
        && !budget)
        .then_some(subject)
}

/// The budget whose line `earlier` is (`社会保险基金预算收入` → `社会保险基金预算`), when `later`
/// names another of its lines alone (`支出`, `结余`, `收支结余`, `滚存结余`), or the share of
/// its budget one reached (`支出完成预算`).
pub(super) fn budget_of<'a>(earlier: &'a str, later: &str) -> Option<&'a str> {
    const LINES: &[&str] = &["收入", "支出", "收支结余", "滚存结余", "累计结余", "结余"];
    let later = later.strip_suffix(OF_BUDGET).unwrap_or(later);
    if !LINES.contains(&later) {
        return None;
    }
    LINES
        .iter()
        .find_map(|w| earlier.strip_suffix(w))
        .filter(|b| b.chars().count() >= 2 && (b.ends_with("预算") || b.ends_with("基金")))
}

/// After a share (`74%` / `以上`), `的`, the things and what they did to the clause's end, in
/// words alone (`的村卫生室实行了基本药物制度` → `村卫生室实行基本药物制度`); not a target
/// (`…的目标`) nor a rate of something (`的增速`).
fn share_that_did(after: &str) -> Option<String> {
    let after = past_bound(after);
    // (`外商投资限制性条目减少一半，95%以上实行备案管理`: of the things named before, which
    // did it.)
    let (rest, named) = match after.strip_prefix('的') {
        Some(rest) => (rest, true),
        None => (after, false),
    };
    const OF_A_RATE: &[&str] = &["增速", "增幅", "速度", "目标", "水平", "比重", "增长"];
    if OF_A_RATE.iter().any(|r| rest.starts_with(r)) {
        return None;
    }
    let end = rest
        .find(['，', '。', '；', '：', ',', ';'])
        .unwrap_or(rest.len());
    let words = rest[..end].replacen('了', "", 1);
    let n = words.chars().count();
    // (`92%的建制村通了油路`: reached by a road, `通` only with its `了`.)
    let reached = find_word(&rest[..end], "通了").is_some();
    let did = [
        "实现", "实行", "开展", "达到", "完成", "建立", "通过", "纳入", "进入", "普及", "进行",
    ]
    .iter()
    .chain(reached.then_some(&"通"))
    .find_map(|v| find_word(&words, v).map(|at| (at, *v)))
    .is_some_and(|(at, v)| {
        // (`85%以上的疾控建设项目已经完成`: or what was done, with nothing after it.)
        let done = named && v == "完成" && at + v.len() == words.len();
        (if named { at >= 2 * 3 } else { at == 0 }) && (at + 2 * 3 < words.len() || done)
    });
    let plain = words
        .chars()
        .all(|c| crate::numbers::is_ideograph(c) || matches!(c, '（' | '）' | '、'));
    let least = if named { 5 } else { 4 };
    (did && plain && (least..=24).contains(&n)).then_some(words)
}

/// What the count before a bar counts, when the number after the bar (`quantities[k]`,
/// `…，其中产值超10亿元的达到35家`, `…，5亿元以上41个`) counts the same things in its unit.
fn counted_before_bar<'a>(out: &'a [Found], quantities: &[&Quantity], k: usize) -> Option<&'a str> {
    let j = k.checked_sub(2)?;
    let same = counts(quantities[j]) && quantities[j].unit == quantities[k].unit;
    out.get(j).filter(|_| same).map(|f| f.indicator.as_str())
}

/// `clause` after a verb of saying that opens it before a year (`指2025年…`, `称2025年…`).
pub(super) fn after_saying(clause: &str) -> &str {
    ["指", "称"]
        .iter()
        .find_map(|v| clause.strip_prefix(v))
        .filter(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
        .unwrap_or(clause)
}

/// The things counted by `whole` (`38个大类行业中`, `41个工业大类行业中，有`) and those of them
/// counted by `q` named by what they did (`32个实现增长` → `实现增长的大类行业`, `33个行业增加值
/// 保持增长` → `增加值保持增长的行业`).
fn part_that_did<'a>(text: &'a str, whole: &Quantity, q: &Quantity) -> Option<(&'a str, String)> {
    let gap = &text[whole.range.1..q.range.0];
    let gap = gap.strip_suffix('有').unwrap_or(gap);
    let gap = gap.strip_suffix(['已', '共', '仅']).unwrap_or(gap);
    let gap = gap.strip_suffix(['，', ',']).unwrap_or(gap);
    let things = gap.strip_suffix('中')?;
    let plain = |w: &str, most: usize| {
        (1..=most).contains(&w.chars().count()) && w.chars().all(crate::numbers::is_ideograph)
    };
    if !plain(things, MAX_NOUN_CHARS) {
        return None;
    }
    // (The things again, or a word of their name: `有33个行业…`.)
    let after = &text[q.range.1..];
    let named = after
        .char_indices()
        .skip(1)
        .take(4)
        .map(|(i, _)| &after[..i])
        .filter(|w| things.contains(w))
        .last();
    let (noun, after) = named.map_or((things, after), |w| (w, &after[w.len()..]));
    let did = after
        .find(['，', '。', '；', '、', ',', ';'])
        .map_or(after, |end| &after[..end]);
    plain(did, 12).then(|| (things, format!("{did}的{noun}")))
}

/// How and what is cut or raised at a rate, said after it (`的幅度压减一般性支出` → `压减`,
/// `一般性支出`).
fn changed_at_rate(after: &str) -> Option<(&'static str, &str)> {
    let rest = ["的幅度", "的比例", "的标准"]
        .iter()
        .find_map(|w| after.strip_prefix(w))?;
    [
        "压减", "压缩", "削减", "减少", "下调", "提高", "上调", "增加", "扣减",
    ]
    .iter()
    .find_map(|v| Some((*v, plain_noun(ideographs_at_start(rest.strip_prefix(v)?))?)))
}

/// What is set at a rate, said after it (`按4%左右安排赤字率` → `赤字率`).
fn set_at_rate(after: &str) -> Option<(&'static str, &str)> {
    let rest = past_bound(after).strip_prefix("安排")?;
    Some(("安排", plain_noun(ideographs_at_start(rest))?))
}

/// `after` past the `以上` or `左右` that opens it (the words after a share, `80%以上的…`).
fn past_bound(after: &str) -> &str {
    ["以上", "左右"]
        .iter()
        .find_map(|q| after.strip_prefix(q))
        .unwrap_or(after)
}

/// What an amount is made, said after it (`（2010年不变价）作为新的国家扶贫标准` → `国家扶贫标准`).
fn made_into(after: &str) -> Option<&str> {
    // (Past a note in brackets.)
    let after = match after.strip_prefix('（') {
        Some(inner) => &inner[inner.find('）')? + '）'.len_utf8()..],
        None => after,
    };
    let rest = after.strip_prefix("作为")?;
    let rest = ["新的", "新"]
        .iter()
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    plain_noun(ideographs_at_start(rest))
}

/// Verbs of a reach, whose share is of the things after it (`覆盖80%以上的大城市`).
const REACHES: &[&str] = &["覆盖", "惠及", "涵盖"];

/// The things a share of them was reached, after the share (`以上的大城市` → `大城市`).
fn things_reached(after: &str) -> Option<&str> {
    let after = past_bound(after);
    let things = ideographs_at_start(after.strip_prefix('的')?);
    (2..=8).contains(&things.chars().count()).then_some(things)
}

/// The ideographs `words` open with, up to the first other character.
fn ideographs_at_start(words: &str) -> &str {
    let end = words
        .find(|c: char| !crate::numbers::is_ideograph(c))
        .unwrap_or(words.len());
    &words[..end]
}

/// The subject of a measure (`服务业增加值` → `服务业`): the words before the longest measure
/// other than `except` that `indicator` ends with, when two characters or more.
fn subject_of_measure<'a>(indicator: &'a str, except: &str) -> Option<&'a str> {
    MEASURES
        .iter()
        .chain(BARE_MEASURES)
        .filter(|m| **m != except)
        .filter_map(|m| indicator.strip_suffix(m))
        .min_by_key(|s| s.len())
        .filter(|s| s.chars().count() >= 2)
}

/// The crop whose area `prev` measured (`粮食` of `粮食播种面积`), when `measure` is an output
/// named alone (`总产量`, `单产`).
pub(super) fn crop_of_output<'a>(prev: &'a str, measure: &str) -> Option<&'a str> {
    const OUTPUTS: &[&str] = &["总产量", "产量", "总产", "单产", "亩产"];
    if !OUTPUTS.contains(&measure) {
        return None;
    }
    ["播种面积", "种植面积", "收获面积"]
        .iter()
        .find_map(|a| prev.strip_suffix(a))
        .filter(|crop| !crop.is_empty())
}

/// The subject of `prev` (`规模以上工业企业` of `规模以上工业企业营业收入`) when `measure` is a
/// measure that says nothing of whose it is (`利润总额`): what it is of.
pub(super) fn subject_for_bare_measure<'a>(prev: &'a str, measure: &str) -> Option<&'a str> {
    // (`农业总产值…；工业总产值…`: not of a measure parallel to it.)
    (BARE_MEASURES.contains(&measure) && !parallel_measure(measure, prev))
        .then(|| subject_of_measure(prev, measure))
        .flatten()
}

/// Whether `measure` has a scope of its own (`工业总产值`: 工业 and `总产值`) where `prev`, the
/// measure before, has another of the same measure (`农业总产值`): parallel to it, of no
/// subject of it.
fn parallel_measure(measure: &str, prev: &str) -> bool {
    MEASURES
        .iter()
        .chain(BARE_MEASURES)
        .any(|m| measure.len() > m.len() && measure.ends_with(m) && prev.ends_with(m))
}

/// `城乡居民基本养老保险制度全面建立，参保率达到95%`: the insurance a bare measure of those
/// insured (`参保人数`, `参保率`, `参合率`) is of, named last in `before` (the sentence up to it).
pub(super) fn insurance_named_before(measure: &str, before: &str) -> Option<String> {
    const INSURED: &[&str] = &["参保人数", "参保人员", "参保率", "参合人数", "参合率"];
    const SCHEMES: &[&str] = &["保险", "合作医疗"];
    if !INSURED.contains(&measure) {
        return None;
    }
    let end = SCHEMES
        .iter()
        .filter_map(|s| before.rfind(s).map(|at| at + s.len()))
        .max()?;
    let open = clause_open(before, 0, end, &['、', ',', ';']);
    // (`参加新型农村合作医疗的人口8.14亿，参合率91.5%`: not who joined.)
    let named = &before[open..end];
    let scheme = read_clause(named.strip_prefix("参加").unwrap_or(named)).indicator;
    (scheme.chars().count() >= 4 && SCHEMES.iter().any(|s| scheme.ends_with(s))).then_some(scheme)
}

/// `八大类商品和服务价格“五涨三降”，其中教育文化娱乐类上涨2.1%`: a class of goods named
/// alone for a rate, where prices were named before (`before`, with the indicator before it),
/// is of its prices.
pub(super) fn prices_of_class(class: &str, before: &str) -> bool {
    class.ends_with('类') && class.chars().count() >= 3 && before.contains("价格")
}

/// Whether an indicator names a measure (`社会消费品零售总额`, `城镇消费品零售额`), not only
/// whose (`城镇`, `批发和零售业`).
pub(super) fn names_measure(indicator: &str) -> bool {
    MEASURES
        .iter()
        .chain(BARE_MEASURES)
        .any(|m| indicator.ends_with(m))
        // (`商品零售` of a breakdown of retail sales by kind of consumption.)
        || [
            "额", "量", "值", "率", "数", "价格", "指数", "收入", "支出", "投资", "零售", "浓度",
        ]
        .iter()
        .any(|m| indicator.ends_with(m))
}

/// Whether `words` name a sector and nothing more (`入统工业`, `服务业`): ideographs ending in
/// `业`, up to eight, with no measure.
pub(super) fn is_sector(words: &str) -> bool {
    words.ends_with('业')
        && (2..=8).contains(&words.chars().count())
        && words.chars().all(crate::numbers::is_ideograph)
        && subject_of_measure(words, "").is_none()
}

/// The name of a budget's share reached, after the measure it is of (`税收收入完成预算`).
const OF_BUDGET: &str = "完成预算";

/// The name of a year's plan's share reached, after the measure it is of (`完成投资完成年度计划`).
pub(super) const OF_PLAN: &str = "完成年度计划";

/// Whether a quantity is an area or a length before a noun, so the area or length of it
/// (`400万亩核心区建设`, `16公里自来水主管网复线`).
fn is_area_of(q: &Quantity, counted: &str) -> bool {
    is_extent(q) && counted.chars().count() >= 2
}

/// Verbs of shutting capacity, whose amount names what is shut after it (`关停5000万千瓦小火电
/// 机组`).
const CLOSURES: &[&str] = &["关停", "淘汰", "关闭"];

/// Whether a quantity is an area or a length (`400万亩`, `16公里`).
fn is_extent(q: &Quantity) -> bool {
    q.unit.as_deref().is_some_and(|u| {
        u == "米"
            || ["亩", "公顷", "平方米", "平方公里", "公里", "千米"]
                .iter()
                .any(|a| u.ends_with(a))
    })
}

/// The last characters of a place's name (`省`, `市`, `县`, `区`, an autonomous `州`, a `旗`).
pub(super) const PLACE_ENDS: &[char] = &['省', '市', '县', '区', '州', '旗'];

/// The names of a budget a share of it is of (`完成预算的100%`, `占调整预算105.47%`).
const BUDGETS: &[&str] = &[
    "预算",
    "年度预算",
    "年初预算",
    "年预算",
    "调整预算",
    "预算数",
    "年初预算数",
    // `为调整预算数的100.66%`
    "调整预算数",
];

/// The measure a share of its budget is of (`税收收入完成预算` → `税收收入`), or `indicator`.
fn without_budget_share(indicator: &str) -> &str {
    [OF_BUDGET, OF_PLAN]
        .iter()
        .find_map(|share| indicator.strip_suffix(share))
        .filter(|m| !m.is_empty())
        .unwrap_or(indicator)
}

/// Whose a measure per head is (`城镇常住居民` of `城镇常住居民人均可支配收入`): residents,
/// farmers or workers.
pub(super) fn per_head_holder(indicator: &str) -> Option<&str> {
    let at = indicator.find("人均")?;
    let holder = &indicator[..at];
    ["居民", "农民", "职工"]
        .iter()
        .any(|h| holder.ends_with(h))
        .then_some(holder)
}

/// The list a rank is on, said in the clause before its own (`在全国百强县名单中，我县位列`
/// → `全国百强县`) or right before its verb (`在全国百强县中位列`), without the word for a
/// list.
pub(super) fn list_ranked_on(before: &str) -> Option<&str> {
    const MAX_LIST_CHARS: usize = 20;
    let (head, _) = before.rsplit_once("中，").or_else(|| {
        let (head, verb) = before.rsplit_once('中')?;
        RANK_VERBS
            .iter()
            .any(|v| verb.starts_with(v))
            .then_some((head, verb))
    })?;
    let list = &head[head.rfind('在')? + '在'.len_utf8()..];
    let list = ["名单", "排行榜", "榜单", "排名"]
        .iter()
        .find_map(|w| list.strip_suffix(w))
        .unwrap_or(list);
    // (`在2023年中国…排行榜中`: the year of the list is no part of its name.)
    let list = year::digits_at_start(list)
        .and_then(|len| list[len..].strip_prefix('年'))
        .unwrap_or(list);
    let n = list.chars().count();
    ((2..=MAX_LIST_CHARS).contains(&n) && !list.contains(['，', '。', '；'])).then_some(list)
}

/// What has the share an indicator names (`民营工业企业增加值` of `民营工业企业增加值占规模以上工业
/// 增加值的比重`).
fn share_holder(indicator: &str) -> Option<&str> {
    let (holder, whole) = indicator.split_once('占')?;
    (["比重", "占比", "比例"].iter().any(|s| whole.ends_with(s)) && holder.chars().count() >= 2)
        .then_some(holder)
}

/// Verbs alone before a number that say it is the level something came to.
const LEVEL_VERBS: &[&str] = &["达到", "达", "增至", "增加到", "增加至"];

/// Whether `verb` alone before a number says it is the level something came to: a verb of
/// [`LEVEL_VERBS`], or one after the total (`新增上市公司12家，累计达到186家`, `总数突破8万户`).
fn is_level_verb(verb: &str) -> bool {
    match ["总数", "总量", "累计"]
        .iter()
        .find_map(|t| verb.strip_prefix(t))
    {
        Some(rest) => {
            let rest = ["突破", "超过"]
                .iter()
                .find_map(|b| rest.strip_prefix(b))
                .unwrap_or(rest);
            rest.is_empty() || LEVEL_VERBS.contains(&rest)
        }
        None => LEVEL_VERBS.contains(&verb),
    }
}

/// Measures that say nothing of whose they are (`销售收入380亿元`).
const BARE_MEASURES: &[&str] = &[
    // `城镇职工基本养老保险制度不断完善，2007年参保人数突破2亿人`
    "参保人数",
    "销售收入",
    "营业收入",
    // (`规上工业营收1.2万亿元，利润总额增长3.1%`: as written short.)
    "营收",
    "主营业务收入",
    "工业总产值",
    "总产值",
    "产值",
    "增加值",
    "利润",
    "利润总额",
    "营业利润",
    "利税",
    "税金",
    "上缴税金",
    "营业额",
    "交易额",
    // `全区规模以上快递服务企业完成业务量2.89亿件`
    "业务量",
    // `高中段教育发展迅速，招生规模由54.4万人增加到75.8万人`
    "招生规模",
    // `旅游业创汇、创收分别增长16％和11％`, `金融机构存款余额…，贷款余额增加…`
    "创汇",
    "创收",
    "存款余额",
    "贷款余额",
    // `外商直接投资保持良好势头，实际金额达到３３０多亿美元`
    "实际金额",
    // `外商直接投资协议金额１２０亿美元，实际投资４３．７亿美元`
    "协议金额",
    "实际投资",
    // `全市普通高中招生20972人，在校生63184人，毕业生20418人`
    "招生",
    "在校生",
    // `初中32所，在校学生2.6万人`
    "在校学生",
    "毕业生",
    // `全市共有幼儿园320所，在园幼儿9.8万人`
    "在园幼儿",
    "专任教师",
    // `全年技术合同登记4265项，成交额126.8亿元`
    "成交额",
];

/// `汽车工业实现较快增长，整车生产突破50万辆，销售收入380亿元`, `民营经济快速发展，增加值和
/// 上缴税金占全省的比重分别达到…`: a sentence that opens by saying how a sector fared gives its
/// name to the bare measures after it, to a share said without its subject (`服务业快速发展，在
/// 国内生产总值中占比提高2.5个百分点`) and to a number with no name at all (`粮食产量屡创历史新高，
/// 去年达到1.09万亿斤`, `贸易顺差连续两年下降，2010年比上年减少6.4%`).
fn of_the_sentence_subject(
    text: &str,
    sentence_start: usize,
    quantities: &[&Quantity],
    out: &mut [Found],
) {
    // (`高速公路建设实现新跨越，新增通车里程2216公里`, `粮食生产实现“九连增”，总产…`.)
    const OF_WORKS: &[&str] = &[
        "总产",
        "总产量",
        "单产",
        "里程",
        "在建里程",
        "总里程",
        "通车里程",
        "营运里程",
    ];
    let bare = |f: &Found| {
        let measure = without_addition(&f.indicator);
        BARE_MEASURES.iter().any(|m| f.indicator.starts_with(m)) || OF_WORKS.contains(&measure)
    };
    // (`工业主导产业支撑作用增强，占规模以上工业增加值比重由…`, `…，对经济增长的贡献率达到…`:
    // or what the subject is said to be of a total, or to give to it.)
    let of_total = |f: &Found| {
        f.indicator.starts_with('占')
            || f.indicator.starts_with('对') && f.indicator.ends_with("贡献率")
    };
    let share = |f: &Found| f.indicator.ends_with("中占比") || f.indicator.ends_with("中的比重");
    // `居民消费价格涨幅逐步回落，预计全年涨幅6.5%左右`: the measure the subject ends with.
    const SHORT_MEASURES: &[&str] = &["涨幅", "增幅", "增速", "降幅"];
    let short = |f: &Found| SHORT_MEASURES.contains(&f.indicator.as_str());
    if !out.iter().any(|f| {
        bare(f)
            || of_total(f)
            || share(f)
            || short(f)
            || f.indicator.is_empty()
            || ACTIONS.contains(&f.indicator.as_str())
    }) {
        return;
    }
    let of_sentence = sentence_subject(&text[sentence_start..]);
    let before = measure_before_year(text, sentence_start);
    // (`粮食生产出现重要转机，总产量达2480万吨，增长3.9%`: a measure carried from the number
    // before is that number's subject's.)
    let mut last: Option<(String, &str)> = None;
    for (f, q) in out.iter_mut().zip(quantities) {
        // (`…，新能源和能源设备制造业强势发展，销售收入、利税分别增长50%和65.6%`: or of the
        // clause just before the measure's.)
        let subject = fared_before(text, sentence_start, q.range.0)
            .or(of_sentence)
            .or(before.filter(|_| f.indicator.is_empty()))
            .or_else(|| {
                let (measure, subject) = last.as_ref()?;
                (*measure == f.indicator).then_some(*subject)
            });
        let Some(subject) = subject else {
            continue;
        };
        last = Some((f.indicator.clone(), subject));
        // `农村公路建设掀起高潮，新修2.4万公里`: an action alone is done to the subject.
        if ACTIONS.contains(&f.indicator.as_str()) {
            f.indicator.push_str(subject);
        } else if short(f) && subject.ends_with(f.indicator.as_str()) {
            f.indicator = subject.to_owned();
        } else if bare(f) || of_total(f) || f.indicator.is_empty() {
            // (`城乡居民储蓄存款大幅度增加，年末存款余额…`: a measure that opens with the
            // subject's last word says it once.)
            // (`战略性新兴产业比重提升，完成产值…`: the share rose, the output is the sector's.)
            let subject = ["比重", "占比"]
                .iter()
                .find_map(|m| subject.strip_suffix(m))
                .filter(|s| !s.is_empty() && !f.indicator.is_empty())
                .unwrap_or(subject);
            let overlap = (2..=3)
                .rev()
                .map(|n| {
                    subject
                        .char_indices()
                        .rev()
                        .nth(n - 1)
                        .map_or(0, |(at, _)| at)
                })
                .map(|at| &subject[at..])
                .find(|tail| tail.len() < subject.len() && f.indicator.starts_with(*tail))
                .map_or(0, str::len);
            f.indicator
                .insert_str(0, &subject[..subject.len() - overlap]);
        } else if share(f) {
            f.indicator.insert_str(0, &format!("{subject}在"));
        }
    }
}

/// `words` without the whole of the report's area they open with (`全省民营经济` → `民营经济`).
fn without_scope(words: &str) -> &str {
    ["全省", "全市", "全区", "全县", "全国"]
        .iter()
        .find_map(|s| words.strip_prefix(s))
        .unwrap_or(words)
}

/// `全省生产总值提前实现…第一步战略目标。2005年，初步核算达到10116.6亿元`: the measure that the
/// last clause of the sentence before opens with, reaching a level, for a sentence opened by a
/// year alone.
fn measure_before_year(text: &str, sentence_start: usize) -> Option<&str> {
    let year = text[sentence_start..].split_once('，')?.0;
    if !is_year(year) && !matches!(year, "去年" | "上年" | "今年") {
        return None;
    }
    let before = text[..sentence_start].strip_suffix('。')?;
    let previous = &before[clause_open(before, 0, before.len(), &['！', '？'])..];
    let at = ["实现", "突破", "跨上", "迈上", "跃上"]
        .iter()
        .filter_map(|v| find_word(previous, v))
        .min()?;
    let head = previous[..at]
        .strip_suffix("提前")
        .unwrap_or(&previous[..at]);
    plain_noun(without_scope(head)).filter(|h| {
        MEASURES
            .iter()
            .chain(&["总值", "总量"])
            .any(|m| h.ends_with(m))
    })
}

/// The subject of the clause before the one holding `at`, when it only says how it fared.
fn fared_before(text: &str, sentence_start: usize, at: usize) -> Option<&str> {
    let start = clause_open(text, sentence_start, at, &[]);
    if start == sentence_start {
        return None;
    }
    // (`…，粮食生产连续七年丰收、去年总产接近600亿斤`: or an item before it in its own clause.)
    let own = &text[start..at];
    if let Some(subject) = own
        .split_once('、')
        .and_then(|(state, _)| subject_of_fared(state))
        .filter(|_| !has_figure(own))
    {
        return Some(subject);
    }
    let clause = clause_before(text, sentence_start, start, &['，'])?;
    // (`经济总量连续跨越两个50亿元台阶，年均增长6.2%`: the figure of a milestone passed is
    // no level of its own.)
    let plain = !has_figure(clause) || clause.ends_with("台阶");
    subject_of_fared(clause).filter(|_| plain)
}

/// The subject of a sentence's first clause when that clause only says how it fared
/// (`汽车工业实现较快增长`, `粮食产量屡创历史新高`, `贸易顺差连续两年下降`).
fn sentence_subject(sentence: &str) -> Option<&str> {
    let first = sentence
        .split('，')
        .next()
        .filter(|c| c.len() < sentence.len())?;
    // `外贸出口从7月份开始大幅度回升`: when it began to fare so is no part of the subject.
    if let Some((head, rest)) = around_time_began(first) {
        let subject = subject_of_fared(&format!("{head}{rest}")).map(str::len);
        if let Some(len) = subject.filter(|&len| len <= head.len()) {
            return Some(&head[..len]);
        }
    }
    if has_figure(first) {
        return None;
    }
    // `境内外多层次资本市场挂牌上市企业，由2007年的48家增加到2012年的132家`: what changed,
    // alone in the clause before its change.
    // (`今年中央财政用于教育的投入，将由去年的1076亿元增加到1562亿元`: as planned.)
    let after = &sentence[first.len() + '，'.len_utf8()..];
    let changed = after.trim_start_matches('将').starts_with(['由', '从']);
    let first = ["今年", "去年", "全年", "上半年", "下半年"]
        .iter()
        .find_map(|w| first.strip_prefix(w))
        .unwrap_or(first);
    // (`全国研究与试验开发经费，从…`: without the scope; `…、基本扫除青壮年文盲的人口地区
    // 覆盖率，由…`: a long clause names what changed after its last `的`.)
    let first = without_scope(first);
    let after_last_of = || {
        let at = first.rfind('的')?;
        plain_noun(&first[at + '的'.len_utf8()..])
    };
    subject_of_fared(first)
        .or_else(|| {
            (changed && (2..=20).contains(&first.chars().count()) && !first.contains(['、', '“']))
                .then_some(first)
        })
        .or_else(|| after_last_of().filter(|_| changed))
        .or_else(|| subject_past_round_level(first))
}

/// The words around a phrase that says when something began (`从7月份开始`, `自二季度起`),
/// when the clause has one: before it and after it.
fn around_time_began(clause: &str) -> Option<(&str, &str)> {
    let open = ["从", "自"].iter().find_map(|w| {
        let at = find_word(clause, w)?;
        Some((at, at + w.len()))
    })?;
    let (close, rest) = ["开始", "起"].iter().find_map(|w| {
        let at = open.1 + find_word(&clause[open.1..], w)?;
        Some((at, at + w.len()))
    })?;
    let when = &clause[open.1..close];
    let is_date = (1..=8).contains(&when.chars().count())
        && when.chars().all(|c| {
            c.is_ascii_digit()
                || crate::numbers::chinese::is_numeral_char(c)
                || "年月份季度上下半旬".contains(c)
        });
    (is_date && open.0 > 0 && rest < clause.len()).then(|| (&clause[..open.0], &clause[rest..]))
}

/// The subject of a clause that says it passed a round level written without digits
/// (`城镇居民人均可支配收入突破万元` → `城镇居民人均可支配收入`).
fn subject_past_round_level(clause: &str) -> Option<&str> {
    let (at, verb) = ["突破", "超过", "跨上", "迈上"]
        .iter()
        .find_map(|v| find_word(clause, v).map(|at| (at, *v)))?;
    let level = &clause[at + verb.len()..];
    let subject = &clause[..at];
    let round = (1..=4).contains(&level.chars().count())
        && level.starts_with(['十', '百', '千', '万', '亿'])
        && level.ends_with(['元', '吨', '斤', '人', '户', '个', '家']);
    let named = (2..=MAX_NOUN_CHARS).contains(&subject.chars().count())
        && subject.chars().all(crate::numbers::is_ideograph);
    (round && named).then_some(subject)
}

/// The subject of a sentence whose last clause only says how it fared, with no figure
/// (`四是，城乡居民储蓄大幅度增加。` → `城乡居民储蓄`).
pub(super) fn fared_sentence(sentence: &str) -> Option<&str> {
    let body = sentence.trim_end_matches(['。', '；', '！']);
    let last = body.rsplit('，').next().unwrap_or(body);
    subject_of_fared(last).filter(|_| !has_figure(last))
}

/// The subject of a clause that only says how it fared (`粮食连年丰收` → `粮食`,
/// `汽车工业实现较快增长`, `推动开发区能级提升` → `开发区`).
fn subject_of_fared(clause: &str) -> Option<&str> {
    const FARED: &[&str] = &[
        "发展",
        "增长",
        // `外贸进出口总额保持稳定，力争达到1200亿元`
        "稳定",
        "提升",
        "提高",
        "回暖",
        "恢复",
        "壮大",
        "新高",
        "下降",
        "丰收",
        "突出",
        "向好",
        "回升",
        "活跃",
        "强劲",
        "亮眼",
        "回落",
        "跨越",
        "变化",
        "推进",
        "好转",
        "增强",
        "增产",
        "转机",
        "高潮",
        "发展势头",
        "完善",
        // `非公有制经济发展加快`, `高中段教育发展迅速`, `一二三次产业结构有所改善`
        // `城乡居民储蓄大幅度增加，存款余额达到46280亿元`
        "增加",
        "发展加快",
        // `下半年国有单位固定资产投资增长显著加快，全年增长19·5％`
        "加快",
        // `外商直接投资保持增长势头，实际到位400多亿美元`, `…保持良好势头，实际金额达到…`
        "增长势头",
        "良好势头",
        "发展迅速",
        "发展较快",
        // `工业生产增长较快，总产值比上年增长百分之十四点二`
        "增长较快",
        "增长迅速",
        "改善",
        // `保障性住房覆盖面逐步扩大，2012年底已达到12.5%`
        "扩大",
        // `城乡收入比持续缩小，由上年同期的2.05:1下降为2.02:1`
        "缩小",
        // `产业结构持续优化，由上年的6.9:55.9:37.2演变为…`
        "优化",
        // `财政收入超出预期，达到100亿元`
        "超出预期",
        "好于预期",
        "超预期",
        // `高新技术企业数量实现翻番，达到86家`
        "翻番",
        "翻一番",
        "翻了一番",
        "翻两番",
    ];
    // The words before how it fared (`实现较快增长`, `快速发展`, `持续壮大`, `屡创历史新高`,
    // `连年丰收`, `表现突出`).
    const HOW: &[&str] = &[
        "实现",
        "较快",
        "快速",
        "稳步",
        "稳定",
        "持续",
        "明显",
        "平稳",
        "大幅度",
        "大幅",
        "逐步",
        "不断",
        "加快",
        "屡创历史",
        "创历史",
        "再创",
        "屡创",
        // `高等教育实现跨越式发展`
        "跨越式",
        "有所",
        "连年",
        // `粮食生产连续八年增产丰收`, `农业全面丰收`
        "增产",
        "全面",
        "表现",
        "总体",
        "喜获",
        "再获",
        // `高速公路建设实现新跨越`, `三次产业结构呈现积极变化`
        "新",
        "积极",
        "呈现",
        "呈现出",
        // `民营经济发展势头强劲`, `新能源和能源设备制造业强势发展`
        "发展势头",
        "强势",
        // `工业主导产业支撑作用增强`
        "支撑作用",
        "带动作用",
        // `粮食生产出现重要转机`, `农村公路建设掀起高潮`, `高速公路建设势头向好`,
        // `民营经济保持快速健康发展势头`
        "出现重要",
        "出现",
        "掀起",
        "势头",
        "健康",
        "保持",
        "显著",
        "增长",
        // `确保物价上涨幅度比去年有明显回落`: than last year.
        "有",
        "比去年",
        "比上年",
        // `预算外资金也大幅度增加`
        "也",
        // `经济总量连续跨越两个50亿元台阶`, `先后跨越…`, `首次突破…大关`: how often.
        "连续",
        "先后",
        "首次",
        "一举",
        // `社会消费品零售总额实现两位数增长，达到820亿元`
        "两位数",
    ];
    // `粮食总产量在上年大幅度增长的基础上`: what goes on from where it stood.
    if let Some(head) = clause.strip_suffix("的基础上") {
        let subject = find_word(head, "在").map(|at| &head[..at]);
        if let Some(subject) = subject.filter(|s| (2..=12).contains(&s.chars().count())) {
            return Some(subject);
        }
    }
    // Who makes it fare so, and the side of it that does (`推动开发区能级提升`).
    const CAUSES: &[&str] = &["推动", "促进", "推进", "带动", "确保"];
    const ASPECTS: &[&str] = &["能级", "水平", "质量", "效益", "实力"];
    // `粮食生产实现“九连增”`: how it fared in a slogan.
    let slogan = clause
        .strip_suffix('”')
        .and_then(|c| c.rfind('“').map(|at| &c[..at]))
        .and_then(|head| {
            ["实现", "取得"]
                .iter()
                .find_map(|v| head.strip_suffix(v))
                // (`粮食总产量实现了历史罕见的“八连增”`: or with what it was like.)
                .or_else(|| {
                    let like = head.strip_suffix('的')?;
                    let at = ["实现了", "取得了", "实现", "取得"]
                        .iter()
                        .find_map(|v| find_word(like, v).map(|at| (at, v.len())))
                        .filter(|&(at, len)| like[at + len..].chars().count() <= 8)?;
                    Some(&head[..at.0])
                })
                // (`实现粮食生产“八连增”`: or before what fared.)
                .or_else(|| head.strip_prefix("实现"))
        });
    // `辖内财政收入迈过千亿大关`, `工业经济再上新台阶`: a milestone passed.
    let milestone = || {
        // (`连跨两个万亿元台阶`, `跨越两个千亿级台阶`: several at once.)
        let head = ["大关", "新台阶", "台阶"]
            .iter()
            .find_map(|m| clause.strip_suffix(m))?;
        let at = [
            "迈过", "突破", "跨越", "跨过", "越过", "冲破", "站上", "迈上", "跃上", "再上", "连跨",
            "跨上",
        ]
        .iter()
        .find_map(|v| rfind_word(head, v))?;
        Some(&head[..at])
    };
    // `粮食生产十连增`: or without quotes, so many years in a row.
    let in_a_row = || {
        ["连增", "连丰", "连稳"]
            .iter()
            .find_map(|w| clause.strip_suffix(w))
            .and_then(|head| {
                let n = run_at_end(head, crate::numbers::chinese::is_numeral_char);
                (n > 0).then(|| &head[..head.len() - n])
            })
    };
    let mut subject = match slogan.or_else(in_a_row).or_else(milestone) {
        Some(subject) => subject,
        None => FARED.iter().find_map(|w| clause.strip_suffix(w))?,
    };
    while let Some(head) = HOW.iter().find_map(|h| subject.strip_suffix(h)) {
        subject = head;
    }
    // `连续两年`: for how long.
    if let Some(head) = subject.strip_suffix('年') {
        let n = run_at_end(head, crate::numbers::chinese::is_numeral_char);
        if n > 0 {
            subject = head[..head.len() - n]
                .strip_suffix("连续")
                .unwrap_or(subject);
        }
    }
    if let Some(rest) = CAUSES.iter().find_map(|c| subject.strip_prefix(c)) {
        subject = ASPECTS
            .iter()
            .find_map(|a| rest.strip_suffix(a))
            .unwrap_or(rest);
    }
    // `粮食生产`, `铁路建设`: the things produced or built; `国有企业效益`: the firms;
    // `城镇职工基本养老保险制度`: the insurance.
    if let Some(head) = ["生产", "建设", "经济效益", "效益", "制度"]
        .iter()
        .find_map(|w| subject.strip_suffix(w))
        .filter(|h| h.chars().count() >= 2)
    {
        subject = head;
    }
    // (`全省民营经济`: the whole the report is of goes without saying.)
    let subject = without_scope(subject);
    // (Up to twelve characters for an industry: `新能源和能源设备制造业`.)
    let n = subject.chars().count();
    // (Or for a measure: `国有单位固定资产投资`.)
    let measure = || MEASURES.iter().any(|m| subject.ends_with(m));
    let most = if subject.ends_with('业') || subject.ends_with("保险") || measure() {
        12
    } else {
        8
    };
    ((2..=most).contains(&n) && !subject.contains(['，', '、', '“', '的'])).then_some(subject)
}

/// `分别用45天和24天实现本土确诊病例清零`: a time taken is named by what it took, written
/// after the numbers (`本土确诊病例清零用时`).
fn name_time_taken(text: &str, quantities: &[&Quantity], out: &mut [Found]) {
    const TAKES: &[&str] = &["分别用", "仅用", "只用", "用了", "用", "历时", "耗时"];
    const DURATIONS: &[&str] = &["天", "小时", "个月", "个工作日", "分钟"];
    let mut k = 0;
    while k < out.len() {
        let duration = |j: usize| DURATIONS.contains(&quantities[j].unit.as_deref().unwrap_or(""));
        if !(TAKES.contains(&out[k].indicator.as_str()) && duration(k)) {
            k += 1;
            continue;
        }
        // The numbers of the list (`45天和24天`), then what follows the last one.
        let mut last = k;
        while last + 1 < out.len()
            && duration(last + 1)
            && matches!(
                &text[quantities[last].range.1..quantities[last + 1].range.0],
                "和" | "、" | "及" | "与"
            )
        {
            last += 1;
        }
        let after = &text[quantities[last].range.1..];
        let end = after
            .find(['，', '。', '；', '、', '：'])
            .unwrap_or(after.len());
        // (`仅用100天就完成…`: `就` says how soon.)
        let done = after[..end].strip_prefix('就').unwrap_or(&after[..end]);
        let task = ["实现", "完成"]
            .iter()
            .find_map(|v| done.strip_prefix(v))
            .unwrap_or(done);
        // (What was done, not an amount of it: `完成…工业园区1.4万亩土地、5个村庄的整体征迁`.)
        let named = !has_figure(task);
        if named && (2..=20).contains(&task.chars().count()) {
            for found in &mut out[k..=last] {
                found.indicator = format!("{task}用时");
            }
        }
        k = last + 1;
    }
}

/// Whether a quantity counts things or people (`31个`, `1206万人`).
fn counts(q: &Quantity) -> bool {
    matches!(q.class, Some(UnitClass::Count | UnitClass::People))
}

/// The last characters of words for people (`教师`, `学生`, `人员`, `农民`, `护士`): a part that
/// ends so names its own people.
const PEOPLE_ENDS: &[char] = &[
    '人', '员', '师', '生', '者', '工', '民', '士', '童', '儿', '口', '户', '医',
];

/// Whether an indicator names people, whom a number without a unit counts
/// (`农村贫困人口减少1386万`).
pub(super) fn names_people(indicator: &str) -> bool {
    // (`新增就业目标1200万`: and jobs, a person each.)
    // (`国内出游人次56.15亿`: and visits, a person's each.)
    // (`11.5万村民`, `城乡居民`, `群众`: people by who they are.)
    [
        "人口", "人员", "人数", "就业", "人次", "村民", "居民", "群众",
    ]
    .iter()
    .any(|p| indicator.ends_with(p))
}

/// Who a rule or a level applies to, said before it (`各地可降至16%`).
const SCOPES: &[&str] = &["各地", "各省", "各市", "各县", "各级", "各省份"];

/// `下调城镇职工基本养老保险单位缴费比例，各地可降至16%`: what the clause before the one at
/// `start` says is changed (`城镇职工基本养老保险单位缴费比例`), when it only says that.
fn adjusted_before(text: &str, sentence_start: usize, start: usize) -> Option<&str> {
    let clause = clause_before(text, sentence_start, start, &['，'])?;
    let what = ADJUST.iter().find_map(|v| clause.strip_prefix(v))?;
    const MAX_SET_CHARS: usize = 20;
    (2..=MAX_SET_CHARS)
        .contains(&what.chars().count())
        .then_some(what)
}

/// Verbs that adjust a rate or a standard (`提高粮食最低收购价`).
const ADJUST: &[&str] = &["下调", "上调", "降低", "提高", "调整"];

/// `三次较大幅度提高粮食最低收购价，提价幅度超过20%`: what the clause before adjusted, when
/// `indicator` is by how much alone.
fn adjusted_by_rate<'a>(
    text: &'a str,
    sentence_start: usize,
    start: usize,
    indicator: &str,
) -> Option<&'a str> {
    const RATES: &[&str] = &[
        "提价幅度",
        "降价幅度",
        "提高幅度",
        "降低幅度",
        "上调幅度",
        "下调幅度",
        "调整幅度",
    ];
    if !RATES.contains(&indicator) {
        return None;
    }
    object_before_of(text, sentence_start, start, ADJUST)
}

/// `…500亿元的纺织产业集群，…`: the noun that a measure before the number belongs to, when
/// `的` and a noun alone follow the number up to the end of the clause.
fn owner_after(text: &str, at: usize) -> String {
    let mut rest = &text[at..];
    for q in ["以上", "左右", "以内", "以下"] {
        rest = rest.strip_prefix(q).unwrap_or(rest);
    }
    let Some(rest) = rest.strip_prefix('的') else {
        return String::new();
    };
    let end = rest
        .find(['，', '。', '；', '、', '：'])
        .unwrap_or(rest.len());
    let mut noun = &rest[..end];
    // `总投资657.5亿元的229个水利项目`: how many of them there are.
    let digits = noun.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        const COUNTERS: &[char] = &['个', '项', '家', '座', '所', '条', '批'];
        noun = noun[digits..].strip_prefix(COUNTERS).unwrap_or(noun);
    }
    // (`占地300亩的颛顼公园和占地600亩的孝义公园`: the first of two, each with its figure.)
    if let Some(figure) = noun.find(|c: char| c.is_ascii_digit()) {
        if let Some(joint) = noun[..figure].rfind(['和', '及']).filter(|&j| j > 0) {
            noun = &noun[..joint];
        }
    }
    // `投资超5亿元的项目已达4个`: the noun is the subject of another number (and the amount
    // a threshold of it).
    if noun.contains(|c: char| c.is_ascii_digit()) {
        return String::new();
    }
    // `投资9.3亿元的河北长安汽车扩能等一批在建项目`: the first of a list;
    // `投资5.2亿元的污水处理厂三期工程和深度治理工程加快建设`: what is done with it follows.
    // (`…的孝义公园向市民开放`: to whom it was opened.)
    let stop = noun.char_indices().skip(1).find(|&(i, c)| {
        noun_stops()
            .starting(&noun[i..])
            .any(|w| NOUN_STOPS.contains(&w))
            || c == '向'
                && !noun[..i]
                    .ends_with(['面', '方', '导', '走', '指', '定', '意', '倾', '动', '取'])
    });
    if let Some((at, _)) = stop {
        noun = &noun[..at];
    }
    // `…的能源项目务实合作`: up to the things, not what is done with them.
    let head_end = ["项目", "工程"]
        .iter()
        .filter_map(|h| find_word(noun, h).map(|at| at + h.len()))
        .min()
        // (Not a list of them: `…三期工程和深度治理工程`.)
        .filter(|&end| {
            noun[end..].chars().count() >= 2 && !noun[end..].starts_with(['和', '及', '与'])
        });
    if let Some(end) = head_end {
        noun = &noun[..end];
    }
    /// A project's name is longer than a noun after a count.
    const MAX_OWNER_CHARS: usize = 20;
    let plain = (2..=MAX_OWNER_CHARS).contains(&noun.chars().count())
        && !noun.contains(['的', '占'])
        && !noun.contains(|c: char| c.is_ascii_digit());
    if plain {
        noun.to_owned()
    } else {
        String::new()
    }
}

/// Actions that name what a report counts (`新建口袋公园179个`), longest first.
const ACTIONS: &[&str] = &[
    "新建改造",
    "新建改建",
    "新建扩建",
    "新改建",
    "建设改造",
    "改造提升",
    "提升改造",
    "新改扩建",
    "新改迁建",
    "迁建",
    "恢复重建",
    "重建",
    "改扩建",
    "改建",
    "扩建",
    "新开工建设",
    "新开工",
    // `开工建设保障性住房22.5万套、竣工22.4万套、分配入住18.1万套`, `80个重大项目开工、175个
    // 建成投产`
    "开工建设",
    "开工",
    // `新开工亿元以上项目58个，竣工投产32个`
    "竣工投产",
    "建成投产",
    "竣工",
    "分配入住",
    "新增",
    "净增",
    // `新培育国家高新技术企业86家，总数达到512家`
    "新培育",
    // `新登记市场主体3.6万户，总数达到42.1万户`
    "新登记",
    "新注册",
    "新认定",
    "新引进",
    "新建",
    "新开",
    // `新修农村公路2.4万公里`
    "新修",
    "改造",
    "建成",
    "培育",
    "引进",
    "打造",
    "创建",
    "组建",
    "共建",
    "整治",
    "办理",
    // Capacity cut: `退出钢铁产能超过6500万吨、煤炭产能超过2.9亿吨`, `压减炼钢产能1624万吨、
    // 炼铁1761万吨`.
    "退出",
    "淘汰",
    "压减",
    // `拆除各类建筑约4200万平方米、实体围墙50多万米`
    "拆除",
    // `查处违法企业147家`, `查处取缔…土小企业摊点41个`, `共查办大案要案16000多件`
    "查处",
    "查办",
    // `打掉犯罪团伙556个、黑恶势力团伙52个`, `破获各类刑事案件22990起`
    "打掉",
    "破获",
    // (Actions of their own in such lists: `破获刑事案件12923起、刑拘犯罪嫌疑人7583名`.)
    "刑拘",
    "抓获",
    "抓捕",
    "逮捕",
    "取缔",
    // `取消和下放246项行政审批事项`
    "取消",
    "下放",
    // `设立6项专项附加扣除`, `与56家央企签署96项合作协议`, `新设14个国家自主创新示范区`,
    // `新签和升级8个自由贸易协定`
    "设立",
    "新设",
    "签署",
    "签订",
    "新签",
    "升级",
];

/// The action `indicator` ends with, with an action joined to it before
/// (`改造和新建`, `新建、改扩建`).
fn action_at_end(indicator: &str) -> Option<&str> {
    let last = ACTIONS.iter().find(|a| indicator.ends_with(**a))?;
    let head = &indicator[..indicator.len() - last.len()];
    let joined = ["和", "、"].iter().find_map(|j| head.strip_suffix(j));
    let first = joined.and_then(|h| ACTIONS.iter().find(|a| h.ends_with(**a)));
    Some(match (joined, first) {
        (Some(h), Some(a)) => &indicator[h.len() - a.len()..],
        _ => &indicator[indicator.len() - last.len()..],
    })
}

/// Whether a clause only says that something changed to the level that follows
/// (`发展到目前`, `增加到`, `提高至今年`).
fn is_change_to(clause: &str) -> bool {
    const WHEN: &[&str] = &[
        "",
        "目前",
        "现在",
        "如今",
        "今年",
        "年底",
        "年末",
        "去年底",
        "去年末",
    ];
    // Or a year: `从2020年的3.68万亿元增长到2025年的4.93万亿元`.
    clause.split_once(['到', '至']).is_some_and(|(verb, when)| {
        let when = when.strip_suffix('的').unwrap_or(when);
        // (`增加到2012年末的17.63万亿元`)
        let year = when.strip_suffix(['末', '底']).unwrap_or(when);
        (1..=2).contains(&verb.chars().count()) && (WHEN.contains(&when) || is_year(year))
    })
}

/// Whether a clause says that a measure was achieved, with nothing of whose it is
/// (`实现工业总产值`, `完成营业收入`).
fn achieved_measure(clause: &str, indicator: &str) -> bool {
    let said = ["实现", "完成", "共实现"]
        .iter()
        .any(|v| clause.trim_start().starts_with(v));
    said && indicator.chars().count() <= 6 && ACHIEVED.iter().any(|m| indicator.ends_with(m))
}

/// What work or firms achieve, in money (`产值`, `利润`).
const ACHIEVED: &[&str] = &[
    "产值",
    "收入",
    "增加值",
    "利润",
    "利润总额",
    "税金",
    "销售额",
];

/// Whether `words` only say a level of government (`省级`, `市级`, `国家级`).
fn is_level(words: &str) -> bool {
    words.ends_with('级') && (2..=4).contains(&words.chars().count())
}

/// What follows a place and a time at the start of `indicator` (`深圳2021年全年地区生产总值` →
/// `全年地区生产总值`, `深圳市去年本级…` → `本级…`): a name of two to four characters before
/// a year, or one ending as a place does (`PLACE_ENDS`) before `去年`, `今年`, `全年` or `明年`.
fn after_place_and_time(indicator: &str) -> Option<&str> {
    let place: usize = ideographs_at_start(indicator)
        .chars()
        .take(4)
        .map(char::len_utf8)
        .sum();
    (2 * 3..=place)
        .step_by(3)
        .find_map(|end| {
            let (name, rest) = indicator.split_at(end);
            if let Some(digits) = year::digits_at_start(rest) {
                return Some(&rest[digits + '年'.len_utf8()..]);
            }
            let level = name.ends_with(PLACE_ENDS);
            ["去年", "今年", "全年", "明年"]
                .iter()
                .find_map(|t| rest.strip_prefix(t))
                .filter(|_| level)
        })
        .filter(|rest| rest.chars().count() >= 2)
}

/// The words of an indicator up to the end of its action: the action it opens with, or a short
/// subject and the action after it (`南拒马河、滹沱河、滏阳河新增水面` → `…新增`); or `""`.
fn acting_on(indicator: &str) -> &str {
    let leading = leading_action(indicator);
    if !leading.is_empty() {
        return leading;
    }
    const MAX_SUBJECT_CHARS: usize = 12;
    ACTIONS
        .iter()
        .filter_map(|a| find_word(indicator, a).map(|at| at + a.len()))
        .filter(|&end| indicator[end..].chars().count() >= 2)
        .filter(|&end| indicator[..end].chars().count() <= MAX_SUBJECT_CHARS + 2)
        .min()
        .map_or("", |end| &indicator[..end])
}

/// The things an indicator names before the action it ends with (`城镇保障性住房基本建成` →
/// `城镇保障性住房`), if it ends with one.
fn subject_before_action(indicator: &str) -> Option<&str> {
    let action = action_at_end(indicator)?;
    let head = &indicator[..indicator.len() - action.len()];
    let head = ["基本", "全部", "累计", "已"]
        .iter()
        .find_map(|a| head.strip_suffix(a))
        .unwrap_or(head);
    (head.chars().count() >= 2).then_some(head)
}

/// The action an indicator opens with, or `""`.
pub(super) fn leading_action(indicator: &str) -> &str {
    let Some(first) = ACTIONS
        .iter()
        .find(|a| indicator.starts_with(**a) && indicator.len() > a.len())
    else {
        return "";
    };
    // `新开工改造棚户区`, `改造和新建乡镇卫生院`: two actions in a row are one.
    let rest = &indicator[first.len()..];
    let joint = ["和", "、"]
        .iter()
        .find_map(|j| rest.strip_prefix(j))
        .unwrap_or(rest);
    match ACTIONS
        .iter()
        .find(|a| joint.starts_with(**a) && joint.len() > a.len())
    {
        Some(second) => &indicator[..indicator.len() - joint.len() + second.len()],
        None => first,
    }
}

/// The subject of a clause without a number (`基本医疗保险实现市级统筹、` →
/// `基本医疗保险`): the words before its verb.
fn subject_of(clause: &str) -> Option<&str> {
    const VERBS: &[&str] = &["实现", "达到", "完成", "保持", "已"];
    let at = VERBS.iter().filter_map(|v| find_word(clause, v)).min()?;
    let subject = &clause[..at];
    (2..=10)
        .contains(&subject.chars().count())
        .then_some(subject)
}

/// The thing the clause just before `clause_start` says is carried out (`继续实施退耕还林还草`
/// → `退耕还林还草`, `加大研发经费投入力度` → `研发经费投入`), when that clause is only such a
/// verb and a short name.
fn carried_out_before(text: &str, sentence_start: usize, clause_start: usize) -> Option<String> {
    const CARRY_OUT: &[&str] = &[
        "继续实施",
        "继续推进",
        "继续开展",
        "实施",
        "推进",
        "开展",
        "加大",
        // `连续第7年提高企业退休人员基本养老金，全年人均增加1680元`
        "提高",
    ];
    let mut clause = clause_before(text, sentence_start, clause_start, &['，'])?;
    // (Past a condition: `…保障性安居工程建设，在确保质量的前提下，基本建成500万套`.)
    if clause.starts_with('在') && clause.ends_with(['下', '中']) {
        let start = clause_start - '，'.len_utf8() - clause.len();
        clause = clause_before(text, sentence_start, start, &['，'])?;
    }
    // (For so many years in a row: `连续第7年`.)
    let clause = clause
        .strip_prefix("连续")
        .map(|rest| rest.strip_prefix('第').unwrap_or(rest))
        .and_then(|rest| {
            let n = run_at_start(rest, |c| {
                c.is_ascii_digit() || crate::numbers::chinese::is_numeral_char(c)
            });
            (n > 0).then(|| rest[n..].strip_prefix('年')).flatten()
        })
        .unwrap_or(clause);
    let rest = CARRY_OUT.iter().find_map(|v| clause.strip_prefix(v))?;
    // (`加大研发经费投入力度，全年增长10%`: the input, not the effort.)
    let rest = rest.strip_suffix("力度").unwrap_or(rest);
    let plain = (2..=MAX_NOUN_CHARS).contains(&rest.chars().count())
        && !rest.contains(|c: char| c.is_ascii_digit() || matches!(c, '、' | '的'));
    plain.then(|| rest.to_owned())
}

/// What the clause just before `clause_start` (after `，` or `、`) says changed, when it opens
/// with it (`居民人均可支配收入五年增长近万元、` → `居民人均可支配收入`).
fn changed_before(text: &str, sentence_start: usize, clause_start: usize) -> Option<String> {
    let clause = clause_before(text, sentence_start, clause_start, &['，', '、'])?;
    let at = ["增长", "提高", "增加", "下降", "实现"]
        .iter()
        .filter_map(|v| find_word(clause, v))
        .min()?;
    // (`年均增长5.6%，总量…`: how often it grew names nothing.)
    let head = ["年均", "平均", "每年"]
        .iter()
        .find_map(|w| clause[..at].strip_suffix(w))
        .unwrap_or(&clause[..at]);
    let mut subject = head.to_owned();
    strip_duration(&mut subject);
    // (`国家财政收入比上年增加1501亿元，总额…`: without what it was compared with.)
    if let Some((from, to)) = period_comparison(&subject) {
        if to == subject.len() {
            subject.truncate(from);
        }
    }
    // (`全年外贸进出口实现逆势增长`: without the words that open a clause.)
    let filler = leading_fillers()
        .starting(&subject)
        .find(|f| subject[f.len()..].chars().count() >= 2)
        .map_or(0, |f| f.len());
    subject.drain(..filler);
    // (`城乡居民收入较快增长`, `固定资产投资保持稳健增长`: without how it grew.)
    const HOW: &[&str] = &[
        "较快",
        "快速",
        "稳步",
        "持续",
        "稳定",
        "稳健",
        "大幅",
        "明显",
        "平稳",
        "逆势",
        "保持",
        "继续",
        "再次",
        "逐年",
        "不断",
        "进一步",
        "显著",
    ];
    while let Some(how) = HOW.iter().find(|h| subject.ends_with(**h)) {
        subject.truncate(subject.len() - how.len());
    }
    ((2..=MAX_NOUN_CHARS).contains(&subject.chars().count())
        && subject.chars().all(crate::numbers::is_ideograph))
    .then_some(subject)
}

/// The clause that ends with one of `ends` (a comma, or also `、`) just before `clause_start`.
fn clause_before<'a>(
    text: &'a str,
    sentence_start: usize,
    clause_start: usize,
    ends: &[char],
) -> Option<&'a str> {
    let before = text[sentence_start..clause_start].strip_suffix(ends)?;
    let end = sentence_start + before.len();
    Some(&text[clause_open(text, sentence_start, end, ends)..end])
}

/// Where the clause that ends at `to` opens: after the last `，`, `；`, `：`, `。` or one of
/// `ends` in `text[from..to]`, or at `from`.
pub(super) fn clause_open(text: &str, from: usize, to: usize, ends: &[char]) -> usize {
    text[from..to]
        .char_indices()
        .rfind(|&(_, c)| matches!(c, '，' | '；' | '：' | '。') || ends.contains(&c))
        .map_or(from, |(at, c)| from + at + c.len_utf8())
}

/// What the clause just before `clause_start` did that people benefited from, said after its
/// verb (`向困难群众发放一次性生活补助，` → `一次性生活补助`, `建立…“两项补贴”制度，`,
/// `加大对各类学校家庭困难学生资助力度，` → `各类学校家庭困难学生资助`).
fn benefit_before(text: &str, sentence_start: usize, clause_start: usize) -> Option<&str> {
    const DID: &[&str] = &[
        "发放",
        "建立",
        "实施",
        "落实",
        "推行",
        "实现",
        "加大对",
        "开展",
    ];
    let clause = clause_before(text, sentence_start, clause_start, &['，'])?;
    let at = DID
        .iter()
        .filter_map(|v| rfind_word(clause, v).map(|at| at + v.len()))
        .max()?;
    let what = clause[at..].strip_suffix("力度").unwrap_or(&clause[at..]);
    let fits = (2..=MAX_NOUN_CHARS + 4).contains(&what.chars().count())
        && !what.contains(|c: char| c.is_ascii_digit() || matches!(c, '、' | '，'));
    fits.then_some(what)
}

/// What the clause just before `clause_start` acts on, when it is said after a `的` or a
/// measure word (`拆除一批安全隐患大…的违法建设，` → `违法建设`).
fn object_before(text: &str, sentence_start: usize, clause_start: usize) -> Option<&str> {
    let clause = clause_before(text, sentence_start, clause_start, &['，'])?;
    let at = clause.rfind(['的', '批'])?;
    plain_noun(&clause[at + '的'.len_utf8()..])
}

/// What the clause just before `clause_start` changes by `verb`, when it ends with it
/// (`…增加中央预算内经常性建设投资，` → `中央预算内经常性建设投资`).
fn changed_the_same<'a>(
    text: &'a str,
    sentence_start: usize,
    clause_start: usize,
    verb: &str,
) -> Option<&'a str> {
    let verb = ["增加", "减少", "提高", "降低"]
        .into_iter()
        .find(|v| verb.ends_with(v))?;
    let clause = clause_before(text, sentence_start, clause_start, &['，'])?;
    let at = rfind_word(clause, verb)?;
    // (Not the amount of it, `增加一百二十七亿元`.)
    plain_noun(&clause[at + verb.len()..])
        .filter(|object| !object.starts_with(crate::numbers::chinese::is_numeral_char))
}

/// What an earlier clause of the sentence issues or sets aside (`…发行超长期特别国债，`), when
/// `indicator` is that action alone (`先发行`, `再安排`).
fn acted_on_before<'a>(
    text: &'a str,
    sentence_start: usize,
    clause_start: usize,
    indicator: &str,
) -> Option<&'a str> {
    const ACTIONS: &[&str] = &["发行", "安排", "下达", "筹集"];
    let action = indicator.trim_start_matches(['先', '再', '又', '拟', '共', '还']);
    let action = ACTIONS.iter().find(|&&a| a == action)?;
    let before = &text[sentence_start..clause_start];
    let at = rfind_word(before, action)? + action.len();
    let end = before[at..]
        .find(['，', '、', '；', '。'])
        .map_or(before.len(), |end| at + end);
    plain_noun(&before[at..end])
}

/// What the clause just before `clause_start` gives, when it ends with it
/// (`…的学生提供助学金，` → `助学金`).
fn given_before(text: &str, sentence_start: usize, clause_start: usize) -> Option<&str> {
    object_before_of(
        text,
        sentence_start,
        clause_start,
        &["提供", "发放", "给予"],
    )
}

/// The plain noun the clause just before `clause_start` ends with, after the last of `verbs`
/// in it (`…提高粮食最低收购价，` → `粮食最低收购价`).
fn object_before_of<'a>(
    text: &'a str,
    sentence_start: usize,
    clause_start: usize,
    verbs: &[&str],
) -> Option<&'a str> {
    let clause = clause_before(text, sentence_start, clause_start, &['，'])?;
    let at = verbs
        .iter()
        .filter_map(|v| rfind_word(clause, v).map(|at| at + v.len()))
        .max()?;
    plain_noun(&clause[at..])
}

/// The words that open how a change was reckoned.
const RECKONINGS: &[&str] = &["扣除", "剔除", "考虑", "还原", "按"];

/// `扣除价格因素`, `考虑价格下降因素`, `按可比价格计算`: how a change was reckoned.
fn is_reckoning(words: &str) -> bool {
    // (`剔除留抵退税因素后`: after; `按年平均汇率折算`: converted; `还原留抵退税口径后`:
    // on the basis before the refunds.)
    let words = words.strip_suffix('后').unwrap_or(words);
    RECKONINGS.iter().any(|w| words.starts_with(w))
        && ["因素", "计算", "折算", "口径"]
            .iter()
            .any(|w| words.ends_with(w))
}

/// `words` when they are a noun of ideographs alone, two to [`MAX_NOUN_CHARS`] long.
fn plain_noun(words: &str) -> Option<&str> {
    let plain = (2..=MAX_NOUN_CHARS).contains(&words.chars().count())
        && words.chars().all(crate::numbers::is_ideograph);
    plain.then_some(words)
}

/// Verbs that regulate a kind of thing (`精减和规范行政审批事项`).
const REGULATE: &[&str] = &[
    "精减", "精简", "规范", "清理", "削减", "调整", "整合", "优化", "取消", "下放",
];

/// What the clause just before `clause_start` regulates, said after its verbs
/// (`大幅精减和规范行政审批事项，` → `行政审批事项`).
fn regulated_before(text: &str, sentence_start: usize, clause_start: usize) -> Option<&str> {
    object_before_of(text, sentence_start, clause_start, REGULATE)
}

/// The words a bracketed note of what a figure takes in opens with (`（包括…）`, `（含农垦）`).
const SCOPE_NOTES: [&str; 4] = ["包括", "不包括", "含", "不含"];

/// Where the bracketed note that ends right before `clause_start` opens, if it does.
fn note_before(text: &str, sentence_start: usize, clause_start: usize) -> Option<usize> {
    let before = &text[sentence_start..clause_start];
    let close = before
        .chars()
        .next_back()
        .filter(|c| matches!(c, '）' | ')'))?;
    let open = if close == '）' { '（' } else { '(' };
    let at = before.rfind(open)?;
    // (`年末全国人口（包括31个省、自治区、直辖市和现役军人的人口，不包括…）140828万人`: a note
    // of what is counted may be long.)
    let scope = SCOPE_NOTES
        .iter()
        .any(|w| before[at + open.len_utf8()..].starts_with(w));
    let max_chars = if scope { 100 } else { 30 };
    (before[at..].chars().count() <= max_chars).then_some(sentence_start + at)
}

/// The name of a measure in a note in brackets (`（常住人口城镇化率）`, `（恩格尔系数）`), the
/// name a rate or share reckoned before it is known by.
fn measure_alias(note: &str) -> Option<&str> {
    const MEASURES: &[&str] = &["率", "强度", "比重", "系数", "指数", "占比"];
    let inner = note.strip_prefix('（')?.trim_end().strip_suffix('）')?;
    let plain = (3..=12).contains(&inner.chars().count())
        && inner.chars().all(crate::numbers::is_ideograph)
        && MEASURES.iter().any(|m| inner.ends_with(m))
        && !RECKONINGS
            .iter()
            .chain(&SCOPE_NOTES)
            .any(|w| inner.starts_with(w));
    plain.then_some(inner)
}

/// Whether the words between two numbers only join them as items of a list: `、`, also after
/// a bound of the first (`新增高新技术企业60家以上、科技型中小企业500家以上`).
fn is_list_gap(gap: &str) -> bool {
    without_bound(gap) == "、"
}

/// The words between two numbers without a bound of the first (`以上、` → `、`).
pub(super) fn without_bound(gap: &str) -> &str {
    BOUNDS_AFTER_NUMBER
        .iter()
        .find_map(|b| gap.strip_prefix(b))
        .unwrap_or(gap)
}

/// An indicator without the addition it opens with (`新增森林面积` → `森林面积`), a
/// registration too (`新设经营主体` → `经营主体`).
fn without_addition(indicator: &str) -> &str {
    ["新增", "净增", "新设立", "新设", "新登记", "新注册"]
        .iter()
        .find_map(|c| indicator.strip_prefix(c))
        .unwrap_or(indicator)
}

/// Start of the clause holding a number at `at`: after the last `，；：、` or the previous number.
fn clause_start(text: &str, sentence_start: usize, at: usize, prev_end: Option<usize>) -> usize {
    let floor = prev_end.unwrap_or(0).min(at);
    let boundary =
        last_boundary(text, sentence_start, at).map_or(sentence_start, |(i, c)| i + c.len_utf8());
    // `完成气代煤、电代煤改造23.9万户`: a short item without a number before `、` names the
    // same thing as the words after it (longer items when the list ends in `等`:
    // `新增省级以上企业技术中心、重点实验室等250家`, `…企业技术中心等创新平台303个`).
    let max_chars = if text[boundary..at].contains('等') {
        14
    } else {
        8
    };
    items_before(text, sentence_start, floor, boundary, max_chars).max(floor)
}

/// The last clause boundary in `text[sentence_start..to]` (not one inside an abbreviation in
/// brackets or a list of area levels), with its character.
fn last_boundary(text: &str, sentence_start: usize, to: usize) -> Option<(usize, char)> {
    let is_boundary = |c: char| {
        matches!(
            c,
            '，' | '；' | '：' | '、' | ',' | '（' | '）' | '(' | ')' | '|' | '｜'
        )
    };
    // (An ASCII colon too, not one of a time or a ratio, `9:30`.)
    let label_colon = |i: usize, c: char| {
        let digit = |d: char| d.is_ascii_digit();
        c == ':' && !(text[..i].ends_with(digit) && text[i + 1..].starts_with(digit))
    };
    text[sentence_start..to]
        .char_indices()
        .map(|(i, c)| (sentence_start + i, c))
        .rfind(|&(i, c)| {
            (is_boundary(c) || label_colon(i, c))
                && !in_gloss(text, i, c)
                && !in_area_levels(text, i)
                && !in_scope_list(text, i)
        })
}

/// The base of a comparison whose figure `q` gives in brackets after it (`比全省平均水平（9.0%）高
/// 3.1个百分点`, `高于全省平均水平（6.5%）`): the words after the comparing word in the clause
/// before the bracket, where that clause starts and where the bracket opens.
fn compared_base<'a>(
    text: &'a str,
    sentence_start: usize,
    prev_end: Option<usize>,
    q: &Quantity,
) -> Option<(&'a str, usize, usize)> {
    let open = text[..q.range.0].strip_suffix(['（', '('])?.len();
    if !text[q.range.1..].starts_with(['）', ')']) || open <= sentence_start {
        return None;
    }
    let from = clause_start(text, sentence_start, open, prev_end);
    let before = &text[from..open];
    let (at, word) = ["比", "高于", "低于", "快于", "慢于"]
        .iter()
        .filter_map(|w| Some((rfind_word(before, w)?, *w)))
        .max()?;
    let base = &before[at + word.len()..];
    (!base.is_empty() && base.chars().count() <= 10).then_some((base, from, open))
}

/// What an indicator names without its carrying out (`实施重点项目` → `重点项目`): the
/// projects or the plan, whose investment or total it is.
fn not_carried_out(indicator: &str) -> &str {
    indicator.strip_prefix("实施").unwrap_or(indicator)
}

/// The last quantity before the `k`th that counts things.
fn last_count(quantities: &[&Quantity], k: usize) -> Option<usize> {
    (0..k).rev().find(|&j| counts(quantities[j]))
}

/// The count before the `k`th quantity when only amounts of the things it counted come between
/// (`谋划重点项目120个、总投资850亿元，` before `开工建设86个`).
fn counted_past_amounts(
    text: &str,
    out: &[Found],
    quantities: &[&Quantity],
    k: usize,
) -> Option<usize> {
    // (In the clause right after: not past clauses without figures, `其中14个项目列入省市重点，
    // …等项目正在加快推进，完成投资14.8亿元`.)
    let gap = &text[quantities[k.checked_sub(1)?].range.1..quantities[k].range.0];
    if gap.matches(['，', '；']).count() > 1 {
        return None;
    }
    let j = last_count(quantities, k)?;
    let things = not_carried_out(&out.get(j)?.indicator);
    let amounts_of_things = out[j + 1..k]
        .iter()
        .zip(&quantities[j + 1..k])
        .all(|(f, a)| a.class == Some(UnitClass::Money) && f.indicator.starts_with(things));
    (!things.is_empty() && amounts_of_things).then_some(j)
}

/// Whether `words` only name a target (`年度目标`, `年度计划目标`, `预期目标`).
fn is_target_noun(words: &str) -> bool {
    let noun = words.strip_prefix("年度").unwrap_or(words);
    // (`计划目标`; `年度计划` is the plan.)
    let noun = noun
        .strip_prefix("计划")
        .filter(|rest| !rest.is_empty())
        .unwrap_or(noun);
    ["目标", "预期目标", "调控目标", "计划"].contains(&noun)
}

/// Whether `q` is alone in brackets right after a target named (`完成年度计划目标（5%左右）`).
fn target_in_brackets(text: &str, sentence_start: usize, q: &Quantity) -> bool {
    const MAX_NOUN_BYTES: usize = 6 * 3;
    let Some(before) = text[sentence_start.min(q.range.0)..q.range.0].strip_suffix(['（', '('])
    else {
        return false;
    };
    let after = &text[q.range.1..];
    let after = super::BOUNDS_AFTER
        .iter()
        .find_map(|b| after.strip_prefix(b))
        .unwrap_or(after);
    let tail = &before
        [crate::span::floor_char_boundary(before, before.len().saturating_sub(MAX_NOUN_BYTES))..];
    after.starts_with(['）', ')']) && tail.char_indices().any(|(i, _)| is_target_noun(&tail[i..]))
}

/// The rate a comparison names as its base when the figure after it is that rate's own
/// (`高于同期全球年均增速` + `3.9%`, `高于同期世界` + `3.9%的年均增速`), with the rate's name.
fn base_rate(comparison: &str, after: &str) -> Option<String> {
    let base = ["高于", "低于", "快于", "慢于"]
        .iter()
        .find_map(|w| comparison.strip_prefix(w))?;
    let named = |words: &str| RATES.iter().any(|r| words.ends_with(r));
    if named(base) {
        return (base.chars().count() > 2).then(|| base.to_owned());
    }
    let noun = after.strip_prefix('的')?;
    let noun = RATES.iter().find_map(|r| {
        let len = noun.find(r)? + r.len();
        let rate = &noun[..len];
        (rate.chars().count() <= 4 && (rate.len() == r.len() || rate.starts_with("年均")))
            .then_some(rate)
    })?;
    (!base.is_empty()).then(|| format!("{base}{noun}"))
}

/// Whether the bracket or `、` at `at` is part of what a scope takes in, listed in brackets
/// between it and the measure: `市级（市本级、“三区”）一般公共预算收入`, `中心城区（市级、
/// 袁州区）…`, `农业（种植业）增加值`.
fn in_scope_list(text: &str, at: usize) -> bool {
    const MAX_BYTES: usize = 16 * 3;
    // (Told by the character first: most boundaries are commas.)
    if !text[at..].starts_with(['、', '（', '）', '(', ')']) {
        return false;
    }
    let from = text.floor_char_boundary(at.saturating_sub(MAX_BYTES));
    let end = at + text[at..].chars().next().map_or(0, char::len_utf8);
    let Some(open) = text[from..end].rfind(['（', '(']).map(|o| from + o) else {
        return false;
    };
    let to = text.floor_char_boundary((open + MAX_BYTES).min(text.len()));
    let Some(close) = text[open..to].find(['）', ')']).map(|c| open + c) else {
        return false;
    };
    let inner = &text[open + text[open..].chars().next().map_or(1, char::len_utf8)..close];
    let after = &text[close + text[close..].chars().next().map_or(1, char::len_utf8)..];
    let ideograph = |c: Option<char>| c.is_some_and(crate::numbers::is_ideograph);
    // (Or one kind of it, a word alone: `农业（种植业）增加值`.)
    const MAX_KIND_CHARS: usize = 5;
    let kind = || {
        inner.chars().count() <= MAX_KIND_CHARS
            && inner.chars().all(crate::numbers::is_ideograph)
            // (Not a note of what it includes: `户籍人口（含农垦）`.)
            && !SCOPE_NOTES.iter().any(|w| inner.starts_with(w))
    };
    at <= close
        && (inner.contains('、') || kind())
        && !inner.contains(['，', '；', '：', '(', '（'])
        && !inner.contains(|c: char| c.is_ascii_digit())
        && ideograph(text[..open].chars().next_back())
        && ideograph(after.chars().next())
}

/// The start of the items without numbers, each at most `max_chars`, joined by `、` that end
/// at `start` (not before `floor`: the words after the previous number are its own), or
/// `start`.
fn items_before(
    text: &str,
    sentence_start: usize,
    floor: usize,
    start: usize,
    max_chars: usize,
) -> usize {
    let mut from = start;
    while from > floor && text[..from].ends_with('、') {
        let item_end = from - '、'.len_utf8();
        let item_start = last_boundary(text, sentence_start, item_end)
            .map_or(sentence_start, |(i, c)| i + c.len_utf8());
        if item_start < floor {
            break;
        }
        // (`2005年中央财政用于科技、教育…等方面的支出`: the year that opens the first item
        // says when.)
        let item = without_year(&text[item_start..item_end]);
        // (`中央财政全年用于教育、卫生、…体育事业的支出`: what it is used for is the item.)
        let used_for = find_word(item, "用于").map_or(item, |at| &item[at + "用于".len()..]);
        // (`国有企业下岗职工基本生活费水平、失业保险金水平…提高30％`: a longer item ends as the
        // next one does.)
        let next = text[from..].split('、').next().unwrap_or_default();
        // (`一、全国夏粮播种面积…`: the number of the item the paragraph is, not one of a list
        // of ordinals, `一、二产业增加值`.)
        let numeral = |c: char| "一二三四五六七八九十".contains(c);
        if item_start == 0 && item.chars().all(numeral) && !next.starts_with(numeral) {
            break;
        }
        let parallel = |n: usize| {
            let tail = |s: &str| s.char_indices().rev().nth(1).map(|(i, _)| s.len() - i);
            tail(item).is_some_and(|len| next.ends_with(&item[item.len() - len..]))
                && !next.contains(|c: char| c.is_ascii_digit())
                && n <= MAX_NOUN_CHARS + 6
        };
        let plain = !item.is_empty()
            && (used_for.chars().count() <= max_chars || parallel(used_for.chars().count()))
            && !item.contains(crate::normalize::is_digit);
        if !plain {
            // (`先后向社会公布取消、下放行政审批事项`: actions joined, the first after words
            // of its own.)
            let action = ACTIONS
                .iter()
                .filter(|a| {
                    item.ends_with(**a) && ACTIONS.iter().any(|b| text[from..].starts_with(b))
                })
                .map(|a| a.len())
                .max();
            if let Some(len) = action {
                from = item_end - len;
            }
            break;
        }
        from = item_start;
    }
    from
}

/// `words` without the year they open with (`2005年`).
fn without_year(words: &str) -> &str {
    year::digits_at_start(words).map_or(words, |digits| &words[digits + '年'.len_utf8()..])
}

/// Bytes of the list of area levels `text` opens with (`省、自治区、直辖市`), or 0. The list
/// runs to the clause's end, or its last level is followed by what the areas did
/// (`省、自治区、直辖市工业效益好于上年`).
fn is_area_list(text: &str) -> usize {
    const LEVELS: &[&str] = &["省", "自治区", "直辖市", "市", "县", "区", "自治州", "地区"];
    let end = text.find(['，', '。', '；', '：']).unwrap_or(text.len());
    let Some((head, last)) = text[..end].rsplit_once('、') else {
        return 0;
    };
    // (Not levels of what follows: `省、市级美丽乡村`, `省、市（地）级…中心`.)
    let last_level = LEVELS
        .iter()
        .filter(|l| last.starts_with(**l) && !last[l.len()..].starts_with(['级', '（', '(']))
        .map(|l| l.len())
        .max();
    match last_level {
        Some(len) if head.split('、').all(|i| LEVELS.contains(&i)) => {
            head.len() + '、'.len_utf8() + len
        }
        _ => 0,
    }
}

/// Bytes an abbreviation in brackets holds at most.
const MAX_GLOSS: usize = 12;

/// Whether the text inside brackets is an abbreviation (`M2`, `PM2.5`, `GDP`).
fn is_gloss(inner: &str) -> bool {
    !inner.is_empty()
        && inner.len() <= MAX_GLOSS
        && inner.bytes().any(|b| b.is_ascii_alphabetic())
        && inner
            .bytes()
            // (`R&D`)
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'+' | b' ' | b'&'))
}

/// Where an abbreviation in brackets that `words` ends with opens (`地区生产总值（GDP）`), if it
/// ends with one after a name.
fn gloss_at_end(words: &str) -> Option<usize> {
    let open = words
        .strip_suffix(['）', ')'])
        .and_then(|h| h.rfind(['（', '(']))
        .filter(|&open| open > 0)?;
    let inner = words[open..]
        .trim_start_matches(['（', '('])
        .trim_end_matches(['）', ')']);
    is_gloss(inner).then_some(open)
}

/// Whether the text inside brackets lists kinds of administrative area that a name covers
/// along with the one before the bracket (`县（市）`, `县（市、区）`).
fn is_area_levels(inner: &str) -> bool {
    const LEVELS: &[&str] = &[
        "市",
        "区",
        "县",
        "旗",
        "镇",
        "乡",
        "街道",
        "县级市",
        "自治区",
        "直辖市",
        "自治州",
    ];
    !inner.is_empty() && inner.split('、').all(|p| LEVELS.contains(&p))
}

/// Whether the `、` at `at` separates the areas in brackets after a name (`县（市、区）`).
fn in_area_levels(text: &str, at: usize) -> bool {
    if !text[at..].starts_with('、') {
        return false;
    }
    let from = text.floor_char_boundary(at.saturating_sub(MAX_GLOSS));
    let to = text.floor_char_boundary((at + MAX_GLOSS).min(text.len()));
    let Some(open) = text[from..at].rfind(['（', '(']).map(|o| from + o) else {
        return false;
    };
    let Some(close) = text[at..to].find(['）', ')']).map(|c| at + c) else {
        return false;
    };
    let inner_start = open + text[open..].chars().next().map_or(1, char::len_utf8);
    is_area_levels(&text[inner_start..close])
}

/// Whether the bracket `c` at `at` encloses an abbreviation right after a word, which is part
/// of the indicator, not a note: `广义货币供应量（M2）余额`, `细颗粒物（PM2.5）平均浓度`,
/// or the areas a name covers (`财政收入过亿元的县（市）`).
fn in_gloss(text: &str, at: usize, c: char) -> bool {
    let (open, close) = match c {
        '（' | '）' => ('（', '）'),
        '(' | ')' => ('(', ')'),
        _ => return false,
    };
    let open_at = if c == open {
        at
    } else {
        let from = text.floor_char_boundary(at.saturating_sub(MAX_GLOSS + open.len_utf8()));
        match text[from..at].rfind(open) {
            Some(o) => from + o,
            None => return false,
        }
    };
    let inner_start = open_at + open.len_utf8();
    let window =
        text.floor_char_boundary((inner_start + MAX_GLOSS + close.len_utf8()).min(text.len()));
    let Some(inner_len) = text[inner_start..window].find(close) else {
        return false;
    };
    let after_word = text[..open_at]
        .chars()
        .next_back()
        .is_some_and(crate::numbers::is_ideograph);
    let inner = &text[inner_start..inner_start + inner_len];
    // `执业（助理）医师数`: a word or two in brackets inside a name, which goes on after them
    // (or closes a title: `《纲要（草案）》`).
    let inside_name = (1..=2).contains(&inner.chars().count())
        && inner.chars().all(crate::numbers::is_ideograph)
        && text[inner_start + inner_len + close.len_utf8()..]
            .chars()
            .next()
            .is_some_and(|c| crate::numbers::is_ideograph(c) || c == '》');
    after_word
        && (is_gloss(inner) || is_area_levels(inner) || inside_name)
        && (c == open || inner_start + inner_len == at)
}

/// [`TRAILING_VERBS`] by their last character.
fn trailing_verbs() -> &'static WordIndex {
    static INDEX: OnceLock<WordIndex> = OnceLock::new();
    INDEX.get_or_init(|| WordIndex::by_last(TRAILING_VERBS))
}

/// [`LEADING_FILLERS`] and [`PLAN_ADVERBS`] by their first character.
fn leading_fillers() -> &'static WordIndex {
    static INDEX: OnceLock<WordIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let words: Vec<&'static str> = LEADING_FILLERS
            .iter()
            .chain(PLAN_ADVERBS)
            .copied()
            .collect();
        WordIndex::by_first(&words)
    })
}

/// What a measure draws in (`带动消费`, `带动社会投资`), named with `带动`.
const DRAWN_IN: &[&str] = &[
    "消费",
    "投资",
    "社会投资",
    "民间投资",
    "就业",
    "销售",
    "贷款",
    "融资",
];

/// The word that makes no change approximate (`基本持平`) that `text` ends with, if any.
pub(super) fn loosely_at_end(text: &str) -> Option<&'static str> {
    ["基本", "大体", "大致"]
        .into_iter()
        .find(|w| text.ends_with(w))
}

/// Where an earlier time what is said to be alike is set against opens at the end of `head`
/// (`与上年`, `和去年同期`, `与2022年`, `比上年同期`), as before `持平`.
pub(super) fn alike_base(head: &str) -> Option<usize> {
    const BASES: &[&str] = &[
        "上年同期",
        "去年同期",
        "上年",
        "去年",
        "同期",
        "往年",
        "前年",
        "上月",
        "上季度",
        "上半年",
        "一季度",
        "二季度",
        "三季度",
        "前三季度",
    ];
    let rest = BASES
        .iter()
        .find_map(|b| head.strip_suffix(b))
        .or_else(|| {
            let year = head.strip_suffix('年')?;
            Some(&year[..year.len() - year::digits_at_end(year)?])
        })?;
    // (`比上年同期持平`, `较上年持平`: or than it.)
    ['与', '和', '同', '比', '较']
        .iter()
        .find_map(|w| rest.strip_suffix(*w))
        .map(str::len)
}

/// Splits a clause into indicator, verb and comparison.
fn read_clause(clause: &str) -> Found {
    // (`比上年（下同）增长14.6%`: a note that what it says holds below is no part of it.)
    let unnoted;
    let clause = if clause.contains("下同") {
        unnoted = SAME_BELOW
            .iter()
            .fold(clause.to_owned(), |c, n| c.replace(n, ""));
        unnoted.as_str()
    } else {
        clause
    };
    // (`赤字规模比上年增加人民币2300亿元`: the currency before an amount.)
    let clause = clause.trim_end();
    let clause = clause.strip_suffix("人民币").unwrap_or(clause);
    // (`…到2002年的15.6:49.9:34.5`: the number is a year's level.)
    let of_a_year = clause.trim_end().ends_with("年的");
    // `①税收收入完成46.8亿元`: an item's circled number.
    let trimmed = without_footnotes(clause.trim());
    // (Not the quotes of a name that opens it: `“双代”工程改造`.)
    let quoted = trimmed.strip_prefix('“').is_some_and(|rest| {
        rest.find('”')
            .is_some_and(|c| c > 0 && c + '”'.len_utf8() < rest.len())
    });
    let mut indicator = if quoted {
        trimmed.as_str()
    } else {
        // (And a list's bullet: `■全市生产总值增长6%`, `●…`, `※…`.)
        trimmed
            .trim_start_matches(|c: char| {
                matches!(c, '“' | '”' | '—' | '①'..='⑳')
                    || crate::normalize::lines::BULLETS.contains(c)
            })
            // (A Markdown list's item and bold label, `- **…**`; a separator folded to ASCII
            // before Latin letters, `；PM2.5浓度` → `;PM2.5浓度`.)
            .trim_start_matches(['-', '*', ' ', ';', ','])
    }
    .to_owned();
    // `二是取消或停征中央涉企行政事业性收费35项`: the item's number (or a numbered list's,
    // `1. 地区生产总值增长5.5%左右`).
    let item = crate::outline::numbering::enumerator_len(&indicator).or_else(|| {
        crate::outline::numbering::scan_marker(&indicator)
            .filter(|m| m.kind == crate::model::NumberingKind::ArabicDot)
            .map(|m| m.len)
    });
    if let Some(len) = item {
        indicator.drain(..len);
        let spaces = indicator.len() - indicator.trim_start().len();
        indicator.drain(..spaces);
    }
    // (`指2025年中国国内生产总值增长5%`: a verb of saying before a year.)
    let said = indicator.len() - after_saying(&indicator).len();
    indicator.drain(..said);
    // A budget's sums: `加上级补助收入`, `加上解支出`, `加上年结转收入` (plus what comes from
    // or goes to the level above, and last year's balance); `加上中央补助收入`, `加上上解支出`
    // (plus, said in full).
    if let Some(rest) = indicator.strip_prefix("加上") {
        let plus = if rest.starts_with('上') || !rest.starts_with(['级', '解', '年']) {
            "加上"
        } else {
            "加"
        };
        indicator.drain(..plus.len());
    }
    // `《纲要（草案）》提出了…单位国内生产总值能源消耗`, `中央提出今年经济增长…`: the document
    // or body that says it, and its saying, are not what it measures.
    let sayer_end = match indicator.strip_prefix('《').and_then(|t| t.find('》')) {
        Some(title_end) => Some('《'.len_utf8() + title_end + '》'.len_utf8()),
        // (`党的十六大提出…`: the congress that said it.)
        None => ["中央", "国务院", "会议"]
            .iter()
            .find(|w| indicator.starts_with(**w))
            .map(|w| w.len())
            .or_else(|| {
                let congress = indicator.strip_prefix("党的")?.find('大')?;
                Some("党的".len() + congress + '大'.len_utf8())
            }),
    };
    if let Some(end) = sayer_end {
        let after = &indicator[end..];
        let said = ["提出了", "提出", "明确了", "明确", "要求"]
            .iter()
            .find_map(|v| after.strip_prefix(v))
            .filter(|rest| rest.chars().count() >= 2);
        if let Some(rest) = said {
            indicator = rest.to_owned();
        }
    }
    // `农业税率降低可使农民减轻负担`: what a cause makes happen, to whom.
    if let Some(at) = find_word(&indicator, "可使") {
        if indicator[at + "可使".len()..].chars().count() >= 2 {
            indicator.drain(..at + "可使".len());
        }
    }
    // `按常住人口计算人均地区生产总值为74331元`: how it is reckoned is not what (but a kind of
    // it is: `按总产值计算的全员劳动生产率`).
    const MAX_RECKONED_CHARS: usize = 10;
    if let Some(end) = indicator
        .strip_prefix('按')
        .and_then(|rest| find_word(rest, "计算"))
        .map(|at| '按'.len_utf8() + at + "计算".len())
        .filter(|&end| {
            indicator[..end].chars().count() <= MAX_RECKONED_CHARS
                && indicator[end..].chars().count() >= 2
                && !indicator[end..].starts_with('的')
        })
    {
        indicator.drain(..end);
    }
    // `通过贴息方式安排扶贫贷款`, `全国通过各种形式使用国外贷款`: by what means is not what.
    let by = find_word(&indicator, "通过").filter(|&at| at <= 2 * 3);
    let means_end = by
        .and_then(|by| {
            let from = by + "通过".len();
            ["方式", "形式", "渠道", "途径"]
                .iter()
                .find_map(|w| find_word(&indicator[from..], w).map(|at| from + at + w.len()))
        })
        .filter(|&end| indicator[end..].chars().count() >= 2);
    if let Some(end) = means_end {
        indicator.drain(..end);
    }
    // `国有及国有控股企业在境内外新增上市公司`: who, and where, before what they did (a long
    // who: `央企在保设立二、三级子公司` keeps it).
    if let Some(at) = find_word(&indicator, "在").filter(|&at| indicator[..at].chars().count() >= 5)
    {
        let action = ACTIONS
            .iter()
            .filter_map(|a| {
                let k = find_word(&indicator[at..], a)?;
                let place = indicator[at + '在'.len_utf8()..at + k].chars().count();
                (1..=4).contains(&place).then_some(at + k)
            })
            .min();
        if let Some(start) = action.filter(|&s| indicator[s..].chars().count() > 4) {
            indicator.drain(..start);
        }
    }
    // `全社会完成固定资产投资7950亿元`: what the whole of society did is its investment.
    if let Some(rest) = indicator.strip_prefix("全社会完成") {
        indicator = format!("全社会{rest}");
    }
    // `在国内外重大比赛中获金牌`: where it was won is not what was won, nor who won it
    // (`运动员在第十三届全运会上获得奖牌`).
    if let Some(at) = find_word(&indicator, "在").filter(|&at| at <= 8 * 3) {
        let won = ["中获得", "中荣获", "中获", "上获得", "上荣获", "上获"]
            .iter()
            .find_map(|w| find_word(&indicator[at..], w).map(|end| at + end + w.len()))
            .filter(|&end| end < indicator.len());
        if let Some(end) = won {
            indicator.drain(..end);
        }
    }
    // `经济增长预期目标是在明显提高质量和效益的基础上年均增长7%`: what the target is of; the
    // verb ending the words after it is its verb.
    // (Not the year's targets, `今年发展主要预期目标是经济增长`: what follows is the measure.)
    let mut target_verb = None;
    // (Or said to include it: `主要预期目标包括地区生产总值增长5%左右`.)
    let said = ["预期目标是", "预期目标包括"]
        .iter()
        .find_map(|w| find_word(&indicator, w).map(|at| (at, w.len())));
    if let Some((at, said_len)) = said.filter(|&(at, _)| at > 0) {
        const OF_THE_YEAR: &[&str] = &[
            "今年",
            "全年",
            "明年",
            "本年",
            "经济社会发展",
            "发展",
            "的",
            "主要",
        ];
        let mut head = &indicator[..at];
        // (`报告提出今年的预期目标是…`: after who set them.)
        if let Some(end) = ["提出", "指出", "明确", "显示"]
            .iter()
            .filter_map(|w| rfind_word(head, w).map(|i| i + w.len()))
            .max()
        {
            head = &head[end..];
        }
        while let Some(rest) = OF_THE_YEAR
            .iter()
            .chain(WHOLE_PLACES)
            .find_map(|w| head.strip_prefix(w))
        {
            head = rest;
        }
        if !head.is_empty() && year::digits_at_start(head).is_none() {
            let tail = indicator.split_off(at + "预期目标".len());
            target_verb = trailing_verbs().ending(&tail).max_by_key(|v| v.len());
        } else {
            indicator.drain(..at + said_len);
        }
    }
    let mut comparison = None;
    // `高于全省1.3个百分点`: higher than a place's is a comparison (as `高于全市平均水平`), and
    // not a rank's place.
    // (`低于全市平均0.03个百分点`, `超全市平均8.4个百分点`: or its mean.)
    let of_place = |rest: &str| {
        let mean = ["平均水平", "平均增速", "平均增幅", "平均", ""]
            .iter()
            .find_map(|m| rest.strip_suffix(m))
            .unwrap_or(rest);
        // (`超过计划目标1.1个百分点`: or the target.)
        WHOLE_PLACES.contains(&mean) || is_target_noun(rest)
    };
    for w in THAN.iter().chain(&PAST) {
        let place = find_word(&indicator, w).filter(|&at| of_place(&indicator[at + w.len()..]));
        if let Some(at) = place {
            comparison = Some(indicator[at..].to_owned());
            indicator.truncate(at);
            break;
        }
    }
    // `比上年增长8.1%，两年平均增长5.1%`: the mean yearly rate over two years, set against a
    // year two back, as the reports of a year after a shock give it.
    if let Some(at) = find_word(&indicator, "两年平均") {
        comparison = Some("两年平均".to_owned());
        indicator.replace_range(at..at + "两年平均".len(), "");
    }
    // Each of them has `比`, `较` or `口径`: most clauses need no search for the list.
    let compares = may_compare(&indicator);
    let mut compared_at = None;
    for c in COMPARISONS.iter().filter(|_| compares) {
        if let Some(at) = find_word(&indicator, c) {
            comparison = Some((*c).to_owned());
            // (`地方一般公共预算收入（同口径）完成…`: and the brackets it was said in.)
            let (open, close) = (&indicator[..at], &indicator[at + c.len()..]);
            let bracketed = ["（", "("]
                .iter()
                .find_map(|o| open.strip_suffix(o))
                .zip(["）", ")"].iter().find_map(|c| close.strip_prefix(c)));
            let (from, to) = match bracketed {
                Some((open, close)) => (open.len(), indicator.len() - close.len()),
                None => (at, at + c.len()),
            };
            indicator.replace_range(from..to, "");
            compared_at = Some(from);
        }
    }
    // `比上年名义增长5.3%`, `扣除价格因素，实际增长5.1%`: at current or at constant prices,
    // which tells the two rates of one measure apart.
    for w in ["名义", "实际"] {
        let at = find_word(&indicator, w).filter(|&at| {
            let rest = &indicator[at + w.len()..];
            ["增长", "下降", "增加", "减少", "上涨"]
                .iter()
                .any(|v| rest.starts_with(v))
        });
        if let Some(at) = at {
            comparison = Some(comparison.unwrap_or_default() + w);
            indicator.replace_range(at..at + w.len(), "");
            break;
        }
    }
    // `价格与上年持平`, `面积与上年基本持平`: the time it is alike, said before no change.
    if comparison.is_none() {
        let loose = &indicator[..indicator.len() - loosely_at_end(&indicator).map_or(0, str::len)];
        if let Some(at) = alike_base(loose) {
            comparison = Some(loose[at..].to_owned());
            indicator.truncate(at);
            // (`粮食总产大体与往年持平`.)
            let loosely = loosely_at_end(&indicator).map_or(0, str::len);
            indicator.truncate(indicator.len() - loosely);
        }
    }
    let mut verb = String::new();
    // `赤字率拟按2.8%安排，比去年预算高0.2个百分点`: higher (or lower, more, less) than what
    // is compared with says by how much, not what (`财政赤字比预算少500亿元`: after what).
    // (`降水量比常年偏少12%`: more or less than the usual.)
    const BY: &[&str] = &[
        "高", "低", "多", "少", "快", "慢", "高出", "低出", "偏高", "偏低", "偏多", "偏少",
    ];
    if let Some(at) = compared_at.filter(|&at| BY.contains(&&indicator[at..])) {
        verb = indicator.split_off(at);
    } else if let Some(at) = compared_at {
        // (`比上年多开工156个`, `较上年少发生5起`: more or fewer of what was counted before,
        // by the same action.)
        let by = ["多", "少"].iter().find_map(|w| {
            let rest = indicator[at..].strip_prefix(w)?;
            (ACTIONS.contains(&rest) || rest == "发生").then_some(*w)
        });
        if let Some(by) = by {
            indicator.truncate(at);
            verb.push_str(by);
        }
    }
    let mut period = None;
    // `2025北京全市地区生产总值`: a year written without `年`, as a headline may, says when,
    // not what.
    let bare_year = indicator.get(..4).is_some_and(|y| {
        y.bytes().all(|b| b.is_ascii_digit()) && ["19", "20"].iter().any(|c| y.starts_with(c))
    }) && indicator[4..]
        .starts_with(|c| crate::numbers::is_ideograph(c) && c != '年');
    if bare_year {
        indicator.drain(..4);
        // (And the place's name before its whole, `北京全市`, which the loop below drops.)
        const MAX_PLACE_CHARS: usize = 4;
        let named_place = WHOLE_PLACES
            .iter()
            .filter_map(|w| find_word(&indicator, w))
            .min()
            .filter(|&at| at > 0 && indicator[..at].chars().count() <= MAX_PLACE_CHARS);
        if let Some(at) = named_place {
            indicator.drain(..at);
        }
    }
    // `提高到人均320元`: per head, after the verb.
    if let Some(head) = indicator
        .strip_suffix("人均")
        .filter(|h| h.ends_with(['到', '至']))
    {
        indicator.truncate(head.len());
    }
    loop {
        let before = indicator.len();
        // `五年投入财政扶贫资金`, `注册市场主体五年新增`: how long, not what.
        // (`9月份增长`: and the months it was in, which say when.)
        if let Some(months) = strip_duration(&mut indicator) {
            period.get_or_insert(months);
        }
        // `“十二五”末社会消费品零售总额`, `“十二五”期间进出口总值`: when in a plan, not what.
        let in_plan = after_quoted_plan(&indicator).and_then(|after| {
            let tail = ["末", "期间", "时期"]
                .iter()
                .find_map(|w| after.strip_prefix(w))?;
            (tail.chars().count() >= 2).then(|| tail.to_owned())
        });
        if let Some(tail) = in_plan {
            indicator = tail;
        }
        // `由上年的10.3:45:44.7`, `由2017年的76微克/立方米`
        if indicator.ends_with('的') {
            indicator.truncate(indicator.len() - '的'.len_utf8());
        }
        if let Some(head) = indicator.strip_suffix('年') {
            if let Some(digits) = year::digits_at_end(head).filter(|&d| {
                ["由", "从"]
                    .iter()
                    .any(|w| head[..head.len() - d].ends_with(w))
            }) {
                indicator.truncate(head.len() - digits);
            }
        }
        // `生猪收购价格为每公斤20元`: the quantity a price is of, said before the number (the
        // verb before it goes next round).
        if let Some(per) = PER_UNITS.iter().find(|p| indicator.ends_with(**p)) {
            if indicator.len() > per.len() {
                indicator.truncate(indicator.len() - per.len());
            }
        }
        // `退休人员养老金待遇人均提高5%`: per head, of a measure of pay (and per month or
        // year: `养老金待遇人均月增177元`, `财政补助标准年人均提高到280元`).
        let per_head = ["人均月", "人均年", "人均"]
            .iter()
            .find_map(|p| indicator.strip_suffix(p))
            .map(|head| head.strip_suffix(['年', '月']).unwrap_or(head));
        if let Some(head) = per_head {
            const PAY: &[&str] = &["待遇", "标准", "收入", "补助", "补贴", "工资", "养老金"];
            if PAY.iter().any(|p| head.ends_with(p)) {
                indicator.truncate(head.len());
            }
        }
        // `人均`, `日均` are measures, not the adverb `均`.
        let per = ["人均", "日均", "户均", "月均"]
            .iter()
            .any(|m| indicator.ends_with(m));
        let verb_at_end = trailing_verbs()
            .ending(&indicator)
            .filter(|v| !(per && *v == "均"))
            // Words that end with a modal's character: `规划纲要`, `主要`, `模拟`, `虚拟`.
            .filter(|v| {
                ![
                    "纲要", "摘要", "主要", "重要", "需要", "必要", "模拟", "虚拟", "许可", "认可",
                    "现在", "偿还", "归还", "退还", "返还", "下达", "发达",
                    // `60岁及以上`, `大专及以上`: a class, not a bound.
                    "及以上", "及以下",
                ]
                .iter()
                .chain(crate::numbers::WORDS_ENDING_IN_A_QUALIFIER)
                .any(|w| w.ends_with(v) && w.len() > v.len() && indicator.ends_with(w))
                    // (`…的比重要达到`: a share, then the modal.)
                    || indicator.ends_with("比重要") && *v == "要"
            })
            // (`民营企业占企业总数的95%`: the whole of a share.)
            .filter(|v| !(*v == "总数" && indicator.contains('占')))
            .max_by_key(|v| v.len());
        let verb_stripped = verb_at_end.is_some();
        if let Some(v) = verb_at_end {
            indicator.truncate(indicator.len() - v.len());
            verb.insert_str(0, v);
            // `工业增加值负增长2.1%`: a growth below zero.
            if v == "增长" && indicator.chars().count() > 1 {
                if let Some(head) = indicator.strip_suffix('负') {
                    indicator.truncate(head.len());
                    verb.insert(0, '负');
                }
            }
        }
        // `人均期望寿命2002年达`, `国家外汇储备2000年底达`: the year it was so, after what.
        // (Not the year compared with: `比2005年底`.)
        let year_end = ["年底", "年末"]
            .iter()
            .find_map(|w| indicator.strip_suffix(w))
            .filter(|h| year::digits_at_end(h).is_some())
            .map(|h| h.len() + '年'.len_utf8());
        let head_len = indicator.len();
        let head = &indicator[..year_end.unwrap_or(head_len)];
        if let Some(head) = head.strip_suffix('年') {
            let digits = year::digits_at_end(head);
            let name = &head[..head.len() - digits.unwrap_or(0)];
            if digits.is_some()
                && name.chars().count() >= 2
                && name
                    .chars()
                    .next_back()
                    .is_some_and(crate::numbers::is_ideograph)
                && !name.ends_with(['到', '至', '由', '从', '比', '较', '在', '于', '是'])
            {
                indicator.truncate(name.len());
            } else if let Some(subject) = name.strip_suffix('到').filter(|n| {
                // `我国人口到２０００年要控制在１３亿以内`: a deadline after what (not a change to
                // a year's level: `增加到2012年`, `调整到2002年的15.6:49.9:34.5`).
                const CHANGES: &[&str] = &[
                    "增加", "提高", "增长", "下降", "扩大", "减少", "缩小", "上升", "延长", "达",
                    "降", "升", "增", "减",
                ];
                digits.is_some()
                    && !of_a_year
                    && n.chars().count() >= 2
                    && n.chars().all(crate::numbers::is_ideograph)
                    && !CHANGES.iter().any(|c| n.ends_with(c))
            }) {
                indicator.truncate(subject.len());
            }
        }
        // `普通高校毕业生就业率去年底达到`: when it was so, after what.
        // (Not the end of a year written before it: `增加到2012年末`.)
        if let Some(head) = [
            "去年底",
            "去年末",
            "上年底",
            "上年末",
            "今年底",
            "今年末",
            "年底",
            "年末",
        ]
        .iter()
        .find_map(|w| indicator.strip_suffix(w))
        .filter(|h| h.chars().count() >= 2)
        .filter(|h| {
            h.chars()
                    .next_back()
                    .is_some_and(crate::numbers::is_ideograph)
                    // (`一九八五年末`: a year's end alone, which says when.)
                    && year::digits_at_end(h).is_none()
        }) {
            indicator.truncate(head.len());
        }
        // `比2015年`, `比“十二五”末`, `较2020年底`: a comparison, before the verbs (once they
        // are all off).
        if let Some((at, end)) = period_comparison(&indicator).filter(|_| !verb_stripped) {
            comparison.get_or_insert_with(|| indicator[at..end].to_owned());
            indicator.replace_range(at..end, "");
        }
        // `利用三年时间完成植树`: how long it takes is not what is measured.
        if indicator.starts_with("利用") || indicator.starts_with('用') {
            if let Some(at) = find_word(&indicator, "时间").filter(|&at| at <= 8 * 3) {
                if indicator.len() > at + "时间".len() {
                    indicator.drain(..at + "时间".len());
                }
            }
        }
        // `粮食生产自2010年以来连续5年突破`: how long, since when.
        if let Some(head) = indicator.strip_suffix('年') {
            let count = run_at_end(head, |c| {
                c.is_ascii_digit() || crate::numbers::chinese::is_numeral_char(c)
            });
            if count > 0 && head[..head.len() - count].ends_with("连续") {
                indicator.truncate(head.len() - count - "连续".len());
            }
        }
        if let Some(head) = indicator.strip_suffix("以来") {
            if let Some(at) = head.rfind('自').filter(|&at| at > 0) {
                indicator.truncate(at);
            }
        }
        // `深圳2021年全年地区生产总值`, `深圳市去年本级政府投资项目`: a place, then when, before
        // what is measured (as a news story tells a report's figures).
        if let Some(rest) = after_place_and_time(&indicator) {
            let at = indicator.len() - rest.len();
            indicator.drain(..at);
        }
        // `2025年形成年产值`, `到2025年`, `2023年末全市常住人口`: a year opening the clause
        // says when, not what. (`一九八五年末`, `2012年底已` alone say when, and stay so.)
        if let Some(year_end) = year::digits_at_start(&indicator)
            .map(|digits| digits + '年'.len_utf8())
            .filter(|&end| {
                let rest = indicator[end..].trim_end_matches('已');
                !rest.is_empty() && !matches!(rest, "末" | "底")
            })
        {
            let rest = &indicator[year_end..];
            let time = rest
                .strip_prefix(['末', '底'])
                .map_or(0, |r| rest.len() - r.len());
            indicator.drain(..year_end + time);
        }
        // `同安区预计地区生产总值`, `某县计划新建学校`: the place said before a cue says
        // whose, not what.
        let place_before_cue = indicator
            .char_indices()
            .skip(1)
            .take(6)
            .find(|&(i, c)| {
                (PLACE_ENDS.contains(&c) || matches!(c, '镇' | '乡'))
                    && ["预计", "预估", "计划", "力争"]
                        .iter()
                        .any(|w| indicator[i + c.len_utf8()..].starts_with(w))
            })
            .filter(|&(i, _)| indicator[..i].chars().all(crate::numbers::is_ideograph))
            .map(|(i, c)| i + c.len_utf8());
        if let Some(end) = place_before_cue {
            indicator.drain(..end);
        }
        // `计划总投资`, `完成投资`, `计划完成率` are statistics (planned, completed investment,
        // the share of a plan done), not a plan or an achievement.
        let term = ["计划总投资", "计划投资", "完成投资", "计划完成率"]
            .iter()
            .any(|t| indicator.starts_with(t));
        // `在建项目`, `在校生`: 在 of a state, not a preposition.
        // (And `在京登记落户国际组织机构`, `在华外资企业`: the place, a single character, is
        // part of the name.)
        let state = [
            "在建", "在校", "在学", "在读", "在岗", "在职", "在册", "在营", "在库", "在线", "在园",
        ]
        .iter()
        .any(|w| indicator.starts_with(w))
            || indicator
                .strip_prefix('在')
                .and_then(|rest| rest.chars().next())
                .is_some_and(|c| PLACE_ABBREVIATIONS.contains(c));
        // `再生资源`, `再贷款`, `再就业`: nouns, not `再` (again) before a verb.
        let again_noun = || {
            [
                "再生",
                "再贷",
                "再就业",
                "再制造",
                "再保险",
                "再融资",
                "再教育",
                "再担保",
                "再创",
            ]
            .iter()
            .any(|w| indicator.starts_with(w))
        };
        // `当年投资`, `当年计划投资`: the year's investment.
        let year_invested = || ["投资", "计划投资"].contains(&&indicator["当年".len()..]);
        // `有线电视用户`, `有效发明专利`: words that open with `有`.
        let you_word = || {
            [
                "有效", "有关", "有色", "有机", "有序", "有力", "有线", "有偿", "有形", "有害",
                "有毒", "有益", "有些", "有的", "有所", "有望",
            ]
            .iter()
            .any(|w| indicator.starts_with(w))
        };
        // (Not to a single character: `计划完成率` is not `率`.)
        let filler = leading_fillers()
            .starting(&indicator)
            .find(|f| indicator[f.len()..].chars().count() >= 2)
            .filter(|f| {
                !(term
                    // (`去年同期为下降27.1%`: the same time a year before, a base, as
                    // `上年同期`.)
                    || *f == "去年" && indicator[f.len()..].starts_with("同期")
                    || *f == "有" && you_word()
                    || state && *f == "在"
                    || *f == "再" && again_noun()
                    // (`使用国外贷款`: a word that opens with `使`.)
                    || *f == "使" && indicator.starts_with("使用")
                    // (`并网风电装机容量`, `并购`: words that open with `并`.)
                    || *f == "并" && ["并网", "并购", "并表"].iter().any(|w| indicator.starts_with(w))
                    // (`到位内资`, `到位资金`: what came in.)
                    || *f == "到" && indicator.starts_with("到位")
                    // (`带动消费15.6亿元`, `带动就业3800人`: what was drawn in, named so.)
                    || *f == "带动" && DRAWN_IN.contains(&&indicator[f.len()..])
                    // (`安排预算稳定调节基金2.04亿元`: a budget's line, money put into the fund.)
                    || *f == "安排" && indicator[f.len()..].starts_with("预算稳定调节基金")
                    // (`高标准农田`: fields of that standard, not done to it.)
                    || *f == "高标准" && indicator[f.len()..].starts_with("农田")
                    || *f == "当年" && year_invested())
            });
        if let Some(f) = filler {
            indicator.drain(..f.len());
            // (`完成了边庞路、蒲口连村道路等…`: and the aspect after the verb.)
            if indicator.starts_with('了') && indicator.chars().count() >= 3 {
                indicator.drain(..'了'.len_utf8());
            }
        } else if NAMES_NOTHING.contains(&indicator.as_str()) {
            indicator.clear();
        }
        if let Some((name, len)) = period_name_at_start(&indicator) {
            period.get_or_insert_with(|| name.to_owned());
            indicator.drain(..len);
        }
        if indicator.len() == before {
            break;
        }
    }

    // `省财政厅核定我市2024年政府债务限额856.3亿元`: who set a ceiling, and for whom and
    // when, are no part of it.
    if let Some(at) = ["核定", "下达"]
        .iter()
        .filter_map(|v| find_word(&indicator, v).map(|at| at + v.len()))
        .min()
    {
        let mut rest = &indicator[at..];
        rest = OWN_PLACES
            .iter()
            .find_map(|w| rest.strip_prefix(w))
            .unwrap_or(rest);
        if let Some(len) = year::digits_at_start(rest) {
            rest = &rest[len + '年'.len_utf8()..];
        }
        if ["限额", "额度"].iter().any(|w| rest.ends_with(w)) && rest.chars().count() >= 4 {
            indicator = rest.to_owned();
        }
    }
    // `向困难群众发放各类救助款1640多万元`: to whom it was given is not what was given. (With
    // whom it was agreed stays: `与京津合作项目`, `与央企合作项目` are two counts.)
    if indicator.starts_with('向') {
        const GIVE: &[&str] = &[
            "发放", "提供", "拨付", "下达", "支付", "投放", "捐赠", "捐助",
        ];
        let at = GIVE
            .iter()
            .filter_map(|g| find_word(&indicator, g))
            .min()
            .filter(|&at| at <= 12 * 3);
        if let Some(at) = at {
            indicator.drain(..at);
        }
    }
    // `高质量完成…`: an adverb alone names nothing.
    if PLAN_ADVERBS.contains(&indicator.as_str()) {
        indicator.clear();
    }
    if let Some(at) = THAN
        .iter()
        .filter(|_| contains_word(&indicator, "于") || contains_word(&indicator, "出"))
        .find_map(|w| find_word(&indicator, w))
    {
        // `高于全市平均水平`, `高出全省平均增速`: the comparison, not the indicator.
        comparison = Some(indicator[at..].to_owned());
        indicator.truncate(at);
    }
    // `地区生产总值（GDP）`: an abbreviation in brackets after the name adds nothing to it
    // (inside a name it stays: `广义货币供应量（M2）余额`).
    if let Some(open) = gloss_at_end(&indicator) {
        indicator.truncate(open);
    }
    // (Nor before the rate of what it abbreviates: `居民消费价格（CPI）涨幅`.)
    let head_len = ["涨幅", "增幅", "增速", "降幅"]
        .iter()
        .find_map(|r| indicator.strip_suffix(r))
        .map(str::len);
    if let Some(head_len) = head_len {
        if let Some(open) = gloss_at_end(&indicator[..head_len]) {
            indicator.replace_range(open..head_len, "");
        }
    }
    // `第一产业实现增加值`: the verb between a subject and its measure (not `完成`:
    // `城市建设完成投资` is a statistic of its own).
    if let Some(at) = find_word(&indicator, "实现").filter(|&at| at >= 2 * 3) {
        let after = &indicator[at + "实现".len()..];
        if MEASURES.iter().any(|m| after.starts_with(m)) {
            indicator.replace_range(at..at + "实现".len(), "");
        }
    }
    // `农民专业合作社由十年前的不足百个发展到目前的1735个`, `家庭农场由五年前的不足50家`:
    // what changed from one level to another is the words before `由`.
    // (`资本充足率从2007年底`, `基本养老金从2004年人均每月`: from a year's level.)
    for from in ["由", "从"] {
        if let Some(at) = find_word(&indicator, from).filter(|&at| at >= 2 * 3) {
            let after = &indicator[at + from.len()..];
            let year = year::digits_at_start(after).is_some();
            // (`从疫情前的0.2万`; not `从业`, `从事`.)
            let of_then = match from {
                // (`产值比例由现在的50：50`: from now.)
                "由" => {
                    after.contains(['到', '的'])
                        // (`能耗由前三年分别上升4.9％…`: from the years before; `由上年末的`,
                        // whose end of the year went before.)
                        || ["现在", "目前", "原来", "原定", "前", "上年", "去年", ""].contains(&after)
                        // (`由五年前的不足50家`: so many years before.)
                        || after.ends_with("年前")
                        // (`财政赤字率由年初预算安排的3%左右提高到3.87%`: from what was set.)
                        || after.starts_with("年初")
                }
                // (`起征点从月销售额10万元`, `国内生产总值从不到70万亿元`: from a level said
                // right before the number.)
                _ => after.chars().count() <= 6 && !after.starts_with(['业', '事']),
            };
            if year || of_then {
                indicator.truncate(at);
                break;
            }
        }
    }
    // `在总人口中男性人口为278098人`: the whole the people counted are part of.
    let part = indicator
        .strip_prefix('在')
        .unwrap_or(&indicator)
        .split_once("人口中")
        .filter(|(whole, part)| whole.chars().count() <= 3 && part.chars().count() >= 2)
        .map(|(_, part)| part.to_owned());
    if let Some(part) = part {
        indicator = part;
    }
    // `粮食产量在一九五三年到一九七八年间平均每年只增长…`: the years it was so in, after what.
    if let Some(at) = find_word(&indicator, "在").filter(|&at| at >= 2 * 3) {
        if year::digits_at_start(&indicator[at + '在'.len_utf8()..]).is_some() {
            indicator.truncate(at);
        }
    }
    // `中央财政拟安排补贴资金`: who pays, and for what (the verb between them goes, and how
    // long they paid: `中央财政五年投入专项扶贫资金`).
    // (`中央财政将安排科技支出`, `中央财政五年累计补助养老保险专项资金`: when and how long
    // they paid.)
    for verb in ["拟安排", "拟投入", "安排", "投入", "下拨", "补助", "支出"] {
        if let Some(at) = find_word(&indicator, verb) {
            // (`国家财政将每年安排支出`, `中央财政为此将增加支出`: when, how often and why it
            // pays; an increase stays.)
            let mut funder = &indicator[..at];
            let increase = funder.ends_with("增加");
            funder = funder.strip_suffix("增加").unwrap_or(funder);
            // (`国家财政共增加支出`: in all, not the `共` of `公共支出`.)
            if funder.ends_with("财政共") {
                funder = &funder[..funder.len() - "共".len()];
            }
            // (`仅中央财政当年就增加支出`: that year, already.)
            while let Some(shorter) = [
                "将", "累计", "每年", "为此", "再", "安排", "就", "当年", "今年",
            ]
            .iter()
            .find_map(|w| funder.strip_suffix(w))
            {
                funder = shorter;
            }
            // (`中央财政预算安排…`: its budget arranges it; not `公共财政预算支出`.)
            if verb == "安排" {
                funder = funder.strip_suffix("预算").unwrap_or(funder);
            }
            let mut paid = funder.to_owned();
            strip_duration_after(&mut paid);
            // (`支出` and `补助` stay, saying what was paid: `中央财政五年支出`, `…五年累计补助
            // 养老保险专项资金`; `投入` when nothing follows it: `中央财政将投入100亿元`.)
            let whole = indicator.len() == at + verb.len();
            let kept = match verb {
                "支出" | "补助" => verb,
                "投入" if whole => verb,
                _ => "",
            };
            let paid_by_len = paid.len();
            if increase && !kept.is_empty() {
                paid.push_str("增加");
            }
            paid.push_str(kept);
            let named = indicator.len() > at + verb.len() || !kept.is_empty();
            let paid_by = &paid[..paid_by_len];
            if FUNDERS.iter().any(|f| paid_by.ends_with(f)) && named {
                indicator.replace_range(..at + verb.len(), &paid);
                break;
            }
        }
    }
    // `按2017年平均汇率计算为7326美元`, `按可比价格计算`: how it was reckoned, not what.
    if indicator.starts_with('按') && indicator.ends_with("计算") {
        indicator.clear();
    }
    // `2007年达到30.1亿美元`: a year alone says when (the indicator is the one before);
    // `是2002年的2.6倍`: what a multiple compares with.
    // `其中增长较快的“一五”时期平均每年增长…`: the years of a plan, and how they fared, say
    // when.
    let of_plan_years = indicator.find('“').is_some_and(|at| {
        let (head, plan) = indicator.split_at(at);
        let head = head.strip_prefix("其中").unwrap_or(head);
        (head.is_empty() || head.ends_with('的'))
            && after_quoted_plan(plan).is_some_and(|after| matches!(after, "时期" | "期间"))
    });
    if is_base_period(&indicator) || of_plan_years {
        if clause.trim_end().ends_with('的') {
            comparison.get_or_insert_with(|| indicator.clone());
        }
        indicator.clear();
    }
    // `发放粮食直补、农机具购置补贴等`: the `等` that closes a list.
    if indicator.contains('、') && indicator.ends_with('等') {
        indicator.truncate(indicator.len() - '等'.len_utf8());
    }
    // `日本丰田、津田驹等国内外先进无梭织机`, `新改建迎宾园、朝阳园等街头游园`: examples
    // before `等` name no more than the kind after it (and the action before them).
    if let Some(at) = indicator.rfind('等') {
        let (examples, kind) = (&indicator[..at], &indicator[at + '等'.len_utf8()..]);
        // (A kind, not an action or a measure of the examples: `蔬菜食用菌、瓜果等种植面积`.)
        let measure_at = MEASURES
            .iter()
            .filter_map(|m| find_word(kind, m))
            .min()
            .unwrap_or(kind.len());
        // (Examples in quotes need no `、`: `实施"七个一""一补三化"等重点工程项目`.)
        let quoted = examples.matches('“').count() + examples.matches('"').count() / 2;
        // (Nor what was done to the examples: `…保障性租赁住房和公租房等开工建设和筹集`.)
        let done = ACTIONS
            .iter()
            .chain(["开工", "建设", "完成", "建成"].iter())
            .any(|a| kind.starts_with(a));
        let listed = examples.contains('、') || quoted >= 2;
        // (`用于技术改造、淘汰落后产能和培育新兴产业等方面的资金`: the aspects are the examples.)
        let aspects = ["方面", "领域"].iter().any(|a| kind.starts_with(a));
        if listed && !done && !aspects && kind[..measure_at].chars().count() >= 3 {
            // (And a funder's use: `中央财政用于洪涝、干旱、地震等救灾救济支出`.)
            let used_by = find_word(examples, "用于")
                .map(|at| &examples[..at + "用于".len()])
                .filter(|head| {
                    FUNDERS
                        .iter()
                        .any(|f| head[..head.len() - "用于".len()].ends_with(f))
                });
            let head = used_by.unwrap_or_else(|| leading_action(examples));
            indicator = format!("{head}{kind}");
        }
    }
    // `粮食连年丰收、总产稳定在`, `…光伏产品出口表现突出、增长`: a clause saying how
    // something fared, then a measure of it (or its verb alone): the measure is of its subject.
    if let Some((state, measure)) = indicator.rsplit_once('、') {
        const MEASURES_OF_STATE: &[&str] = &["", "总产", "产量", "单产", "总量", "规模"];
        if let Some(subject) = MEASURES_OF_STATE
            .contains(&measure)
            .then(|| subject_of_fared(state))
            .flatten()
        {
            indicator = format!("{subject}{measure}");
        }
    }
    // `两大市场年交易额是2011年的1.3倍`: what a multiple compares with.
    // (`人均可支配收入相当于全国平均水平的1.2倍`, `是全省平均水平的`: or a place's mean.)
    let split = ["相当于", "是"]
        .iter()
        .find_map(|w| indicator.rsplit_once(w));
    if let Some((head, base)) = split {
        let mean = base.ends_with("平均水平") && base.chars().count() <= 8;
        if (is_base_period(base) || mean) && !head.is_empty() && clause.ends_with('的') {
            comparison.get_or_insert_with(|| base.to_owned());
            indicator.truncate(head.len());
        }
    }
    // `全部财政收入按可比口径增长10%` (`可比` goes with the verbs): how it was reckoned (and
    // all there is in `按可比口径计算分别是…`).
    if let Some(head) = indicator
        .strip_suffix('按')
        .filter(|h| h.is_empty() || h.chars().count() >= 2)
    {
        indicator.truncate(head.len());
    }
    // `全省设区城市共拆除各类建筑约4200万平方米`: who did it, then `共` (in all) and what was
    // done, which names the amount.
    if let Some(at) = find_word(&indicator, "共").filter(|&at| at >= 2 * 3) {
        let done = &indicator[at + "共".len()..];
        if ACTIONS.iter().any(|a| done.starts_with(a)) && done.chars().count() > 2 {
            indicator.drain(..at + "共".len());
        } else if let Some(won) = done.strip_prefix("获得").filter(|w| w.chars().count() >= 2) {
            // (`专业艺术领域共获得国家级和国际奖项`: what was won.)
            indicator = won.to_owned();
        }
    }
    let mut indicator = indicator.trim_matches(['的', ' ']).to_owned();
    // Quotes kept only in pairs: `“专精特新”企业`, not `专精特新”企业`.
    if indicator.matches('“').count() != indicator.matches('”').count() {
        indicator.retain(|c| c != '“' && c != '”');
    }
    // `服务业完成增加值8200亿元`: the verb between a subject and its measure (not `完成投资`,
    // the statistic of investment completed, nor `对外承包工程完成营业额`).
    for v in ["完成", "实现"] {
        if let Some(at) = find_word(&indicator, v).filter(|&at| at > 0) {
            let rest = &indicator[at + v.len()..];
            if rest.chars().count() >= 2
                && !rest.ends_with("投资")
                && !rest.ends_with("营业额")
                && !indicator.contains('占')
                && MEASURES
                    .iter()
                    .chain(BARE_MEASURES)
                    .any(|m| rest.ends_with(m))
            {
                indicator.replace_range(at..at + v.len(), "");
            }
        }
    }
    // `广义货币M2预期增长目标`: the target of the indicator's growth.
    if let Some(head) = indicator
        .strip_suffix("预期增长目标")
        .filter(|h| h.chars().count() >= 2)
    {
        indicator.truncate(head.len());
        verb.insert_str(0, "增长");
    }
    // `就业预期目标比去年多100万人`: more (or fewer) than what it is compared with.
    if comparison.is_some() && indicator.chars().count() > 2 {
        if let Some(head) = indicator.strip_suffix(['多', '少']) {
            indicator.truncate(head.len());
        }
    }
    // `平均每天新增1.5万户`, `企业数量日均净增1万户`: how often names nothing without what
    // happens that often.
    if ["每天", "每日", "每月", "每年", "每周", "日均"]
        .iter()
        .any(|w| indicator.ends_with(w))
        && ACTIONS.iter().any(|a| verb.starts_with(a))
    {
        indicator.push_str(&verb);
    }
    if let Some(v) = target_verb.filter(|_| verb.is_empty()) {
        verb.push_str(v);
    }
    // `一般公共预算收入…，完成预算的100%` (`为调整预算的96.5%`): the share of its budget the
    // measure before reached (named after it by `indicators`).
    // (After when: `全年完成年度计划的120%`, `当年完成…`.)
    let done = crate::words::YEAR_OPENERS
        .iter()
        .find_map(|w| trimmed.strip_prefix(w))
        .unwrap_or(&trimmed);
    let reached = ["完成", "为", "占", "达到"]
        .iter()
        .any(|v| done.starts_with(v));
    if reached && BUDGETS.contains(&indicator.as_str()) {
        indicator = OF_BUDGET.to_owned();
    }
    // `完成投资412亿元，完成年度计划的112%`: so is the share of a year's plan.
    // (`完成年计划的120%`, `为全年计划的105%`.)
    const PLANS: &[&str] = &[
        "年度计划",
        "年度目标",
        "年度任务",
        "年计划",
        "全年计划",
        "全年目标",
        "全年任务",
        "计划",
        // `新增城镇就业4230人，完成目标任务的141%`
        "年度目标任务",
        "目标任务",
        "任务",
    ];
    if reached && PLANS.contains(&indicator.as_str()) {
        indicator = OF_PLAN.to_owned();
    }
    // `小麦、稻谷最低收购价平均每50公斤分别提高7.4元和16元`: the amount a price is per
    // says of what, not what is measured.
    if let Some(at) = rfind_word(&indicator, "每") {
        let per = &indicator[at + '每'.len_utf8()..];
        let whole = crate::numbers::scan_quantities(per)
            .first()
            .is_some_and(|q| q.range == (0, per.len()) && q.unit.is_some());
        if whole && per.starts_with(|c: char| c.is_ascii_digit()) {
            indicator.truncate(at);
            if let Some(head) = indicator.strip_suffix("平均") {
                indicator.truncate(head.len());
            }
        }
    }
    // Words that alone name nothing: when (`确保今年底95%以上的学生…`, `由年初的400多万人扩大到
    // 年末的…`), how (`先后有1800多万人…`, `仅此一项…`) or a scope (`我省有11件作品获奖`).
    const NAME_NOTHING: &[&str] = &[
        "今年底",
        "今年末",
        "去年末",
        "去年底",
        "明年",
        "年初",
        "年末",
        "年底",
        "先后",
        "先后有",
        "此一项",
        // (`…由上年的60%，进一步提高到62%`: how far.)
        "进一步",
        "我省",
        "我市",
        "我县",
        "我区",
    ];
    if NAME_NOTHING.contains(&indicator.as_str()) {
        indicator.clear();
    }
    // `全国财政赤字合计9500亿元`: in all (not a budget's line, `收入合计`, `支出总计`).
    if let Some(head) = ["合计", "总计"]
        .iter()
        .find_map(|w| indicator.strip_suffix(w))
        .filter(|h| {
            h.chars().count() >= 2 && !["收入", "支出", "收支"].iter().any(|b| h.ends_with(b))
        })
    {
        indicator.truncate(head.len());
    }
    // `从废墟中抢救生还者`: where from, not what.
    if let Some((place, done)) = indicator
        .strip_prefix('从')
        .and_then(|r| r.split_once('中'))
    {
        let place_chars = place.chars().count();
        if (1..=8).contains(&place_chars)
            && place.chars().all(crate::numbers::is_ideograph)
            && done.chars().count() >= 3
        {
            indicator = done.to_owned();
        }
    }
    // `可减轻企业和居民负担`: what may be done is what is done.
    if let Some(done) = indicator.strip_prefix('可').filter(|rest| {
        ["减轻", "减少", "节约", "带动", "增加", "新增"]
            .iter()
            .any(|v| rest.starts_with(v))
    }) {
        indicator = done.to_owned();
    }
    // `基本养老金标准每月人均提高39.5元`, `生活补贴月增20元`, `职务津贴人均月增100元`: how
    // often and for whom, not what.
    let monthly = verb.starts_with('增');
    // (Not `年人均`, a year's per head, said where what is measured is before; nor the per
    // head of people's gain, `农民人均增收1200元`, which the verb names.)
    while let Some(head) = ["每月", "人均", "每人"]
        .iter()
        .find_map(|w| indicator.strip_suffix(w))
        .or_else(|| indicator.strip_suffix('月').filter(|_| monthly))
        // (Nor `月人均` alone, which names nothing: what is measured is before.)
        .filter(|h| !h.ends_with('年') && *h != "月" && verb != "增收")
    {
        indicator.truncate(head.len());
    }
    // `谋划实施了“中国电谷”建设项目`: the particle after a verb that opens the name.
    if indicator.chars().nth(2) == Some('了') && indicator.chars().count() > 4 {
        indicator.replace_range(2 * 3..3 * 3, "");
    }
    // `各级财政对城镇居民医保和新农合的补助标准`: who pays, and to what, is not what is
    // measured; `中央财政已按全国财政性教育经费支出占国内生产总值的4%编制预算`: nor by what
    // it budgets.
    for (word, rest_holds) in [("对", "的"), ("按", "占")] {
        let Some(at) = find_word(&indicator, word) else {
            continue;
        };
        let funder = indicator[..at].trim_end_matches(['已', '将']);
        let rest = &indicator[at + word.len()..];
        if FUNDERS.iter().any(|f| funder.ends_with(f))
            && rest.chars().count() >= 4
            && contains_word(rest, rest_holds)
        {
            indicator.drain(..at + word.len());
            loop {
                let filler = leading_fillers()
                    .starting(&indicator)
                    .find(|f| indicator.len() > f.len());
                let Some(filler) = filler else { break };
                indicator.drain(..filler.len());
            }
            break;
        }
    }
    // `扩大“高山云雾茶”种植面积至8000亩`, `提高城镇化率至60%`: the level a change brought what
    // it names to (not `增加值`, `提高率`).
    if verb == "至" || verb == "到" {
        let changed = [
            "扩大", "提高", "提升", "增加", "降低", "减少", "压缩", "缩短",
        ]
        .iter()
        .find_map(|v| indicator.strip_prefix(v).map(|rest| (*v, rest)))
        .filter(|(_, rest)| {
            rest.chars().count() >= 2 && plain_noun(&rest.replace(['“', '”'], "")).is_some()
        });
        if let Some((change, rest)) = changed {
            verb.insert_str(0, change);
            indicator = rest.to_owned();
        }
    }
    // `工业经济总量成为全区第四个突破2000亿元大关的地区`: what passed the level, not its rank
    // among those that did; `佛山成为广东第二个规模以上工业总产值突破3万亿元的城市`: or what
    // the rank names, if it does; `是全国首个突破13万亿元的省份`: or, neither named, the
    // measure before.
    if let Some((verb_at, rank_end)) = rank_among_those_that_did(&indicator) {
        if indicator[rank_end..].chars().count() >= 2 {
            indicator.drain(..rank_end);
        } else {
            indicator.truncate(verb_at);
        }
    }
    // `全年民生支出预计占一般公共预算支出的80.2%`: how sure a share is, not what it is of.
    if let Some((cue, at)) = ["预计占", "计划占", "将占"]
        .iter()
        .find_map(|c| find_word(&indicator, c).map(|at| (*c, at)))
    {
        indicator.replace_range(at..at + cue.len() - '占'.len_utf8(), "");
    }
    // `对新增2万亿元中央财政资金建立直达机制`: a preposition alone names nothing, nor does
    // `分别` (`…，分别高于全省工业平均水平1.7和4.9个百分点`).
    if ["对", "向", "为", "把", "将", "分别"].contains(&indicator.as_str()) {
        indicator.clear();
    }
    Found {
        indicator,
        verb,
        comparison,
        subject: None,
        not_a_metric: false,
        period,
    }
}

/// Where the verb before a rank among places that passed a level opens, and where the rank
/// ends (`…成为全区第四个`, `是全国首个`), in a clause that `words` ends with.
fn rank_among_those_that_did(words: &str) -> Option<(usize, usize)> {
    const MAX_PLACE_CHARS: usize = 4;
    let (rank_at, rank_end) = match words.rfind("首个") {
        Some(at) => (at, at + "首个".len()),
        None => {
            let at = words.rfind('第')?;
            let after = &words[at + '第'.len_utf8()..];
            let numeral = run_at_start(after, crate::numbers::chinese::is_numeral_char);
            let end = at + '第'.len_utf8() + numeral;
            (numeral > 0 && words[end..].starts_with('个'))
                .then_some((at, end + '个'.len_utf8()))?
        }
    };
    // (`首个` alone, the verb and place before it read as a clause's opening words.)
    if rank_at == 0 {
        return (words[rank_end..].chars().count() < 2).then_some((0, rank_end));
    }
    let (verb_at, verb) = ["成为", "是"]
        .iter()
        .find_map(|v| Some((rfind_word(&words[..rank_at], v)?, *v)))?;
    let place = &words[verb_at + verb.len()..rank_at];
    (place.chars().count() <= MAX_PLACE_CHARS).then_some((verb_at, rank_end))
}

/// Whether `text` is only a year (`2002年`) or the year before (`上年`, `去年`): when a number
/// was, or what it is compared with.
fn is_base_period(text: &str) -> bool {
    // (`一九八五年末达到…`: or its end; `1980比1975年`: a year compared, its `年` left out.)
    is_year(text.strip_suffix(['末', '底']).unwrap_or(text))
        || year::is_year_digits(text)
        || matches!(text, "上年" | "去年" | "上年同期" | "去年同期")
        // `是“九五”的1.6倍`, `“十二五”末`: a five-year plan.
        || after_quoted_plan(text).is_some_and(|after| matches!(after, "" | "末" | "时期" | "期间"))
}

/// The words after a five-year plan named in quotes that `text` opens with (`“十二五”末…`,
/// `“九五”`).
fn after_quoted_plan(text: &str) -> Option<&str> {
    let rest = text.strip_prefix(['“', '"'])?;
    let (name, after) = rest.split_once(['”', '"'])?;
    (name.ends_with('五') && name.chars().count() <= 3).then_some(after)
}

/// Whether `text` is a year alone, `2025年` (`一九八五年`).
fn is_year(text: &str) -> bool {
    year::digits_at_start(text).is_some_and(|len| text.len() == len + '年'.len_utf8())
}

/// Where a comparison closes `clause` (`…比2015年`, `比“十二五”末`, `比法定审批时限`,
/// `较2020年底`), if one does, or stands before what it compares (`比改革前减轻企业负担`):
/// its start and end.
fn period_comparison(clause: &str) -> Option<(usize, usize)> {
    let short =
        |tail: &str| (2..=12).contains(&tail.chars().count()) && !tail.contains(['，', '、']);
    // `与2010年相比`, `同上年相比较`: what is compared with between `与` (`同`, `和`) and `相比`.
    if let Some(head) = clause
        .strip_suffix("相比较")
        .or_else(|| clause.strip_suffix("相比"))
    {
        let with = ["与", "同", "和", "跟"]
            .iter()
            .filter_map(|w| rfind_word(head, w))
            .max()
            .filter(|&at| short(&head[at + '与'.len_utf8()..]));
        if let Some(at) = with {
            return Some((at, clause.len()));
        }
    }
    // `比法定审批时限`, `比制度建立之初`: 比 and what is compared with (not `比重`, `比例`).
    if let Some(at) = rfind_word(clause, "比") {
        let tail = &clause[at + '比'.len_utf8()..];
        // (`评比达标表彰项目`: a word.)
        let word = clause[..at].ends_with(['占', '对', '相', '同', '环', '无', '类', '评']);
        // (Nor `比赛`, `比如`, `比拼`.)
        let noun = tail.starts_with(['重', '例', '率', '值', '分', '较', '赛', '如', '拼']);
        // `比改革前减轻企业和个人负担`: a time before a change, then what changed.
        let before_then = tail
            .char_indices()
            .take(6)
            .find(|&(i, c)| c == '前' && i > 0)
            .map(|(i, _)| at + '比'.len_utf8() + i + '前'.len_utf8())
            .filter(|&end| clause[end..].chars().count() >= 2);
        if short(tail) && !word && !noun {
            return Some((at, before_then.unwrap_or(clause.len())));
        }
    }
    // `较2020年底`, `较上年`: 较 only with a year (it is an adverb too: `较快`).
    let at = rfind_word(clause, "较")?;
    let tail = &clause[at + '较'.len_utf8()..];
    // (Or a plan in quotes: `较“八五”`.)
    // (`较年初`: or the year's start.)
    let ends = ["年", "年末", "年底", "末", "同期", "”", "年初"]
        .iter()
        .any(|e| tail.ends_with(e));
    let year = year::digits_at_start(tail).is_some();
    let period = tail.starts_with('“')
        || tail.starts_with("上年")
        || tail.starts_with("去年")
        || tail == "年初";
    // (`较一季度`, `较1-5月`, `较上月`: or a part of the year before, as an analysis compares.)
    let part = period_name_at_start(tail).is_some_and(|(_, len)| len == tail.len())
        || ["上月", "上季度", "上年同期"].contains(&tail);
    // (`增速分别较全国高4.5个百分点`: or a whole place, as `比全国高`.)
    let place = WHOLE_PLACES.iter().any(|w| tail.starts_with(w));
    let compared = !clause[..at].ends_with('比');
    (short(tail) && (ends && (year || period) || part || place) && compared)
        .then_some((at, clause.len()))
}

/// The comparison a figure is the base of, when its clause opens with `与` (`同`, `和`, `跟`)
/// and `相比` follows it: `与2010年第六次全国人口普查的` before `956.8万人相比` is
/// `与2010年第六次全国人口普查相比`.
fn base_compared_with(clause: &str, after: &str) -> Option<String> {
    let clause = clause.trim();
    let with = clause.chars().next().filter(|c| "与同和跟".contains(*c))?;
    let base = clause[with.len_utf8()..].trim_end_matches('的');
    let named = (2..=20).contains(&base.chars().count()) && !base.contains(['，', '；', '、']);
    (named && after.starts_with("相比")).then(|| format!("{with}{base}相比"))
}

/// Whether `words` may hold one of [`COMPARISONS`] (or `与…相比`, `较…`): each has `比`, `较`
/// or `口径`, so that most clauses need no search for the list.
fn may_compare(words: &str) -> bool {
    contains_word(words, "比") || contains_word(words, "较") || contains_word(words, "口径")
}

/// Whether `clause` is a comparison alone: one of [`COMPARISONS`], or `与2010年相比`,
/// `比2015年`, `较上年末`, after the time compared if any (`2005年与2000年相比`,
/// `“六五”时期同“五五”时期相比`).
fn is_comparison(clause: &str) -> bool {
    if !may_compare(clause) {
        return false;
    }
    let when = |t: &str| {
        t.is_empty()
            || is_year(t)
            || after_quoted_plan(t).is_some_and(|after| ["", "时期", "期间", "末"].contains(&after))
    };
    COMPARISONS.contains(&clause)
        || period_comparison(clause)
            .is_some_and(|(at, end)| end == clause.len() && when(&clause[..at]))
}

/// Drops a duration in Chinese numerals (`五年`, `三年`) that opens or closes `indicator`,
/// unless it is all of it or a measure follows (`五年年均`), and the months it opens with
/// (`3月份`), which it returns as a period (`3月`).
fn strip_duration(indicator: &mut String) -> Option<String> {
    // `连续五年财政民生支出占比`, `连续10个月增速`: for how long in a row.
    if let Some(end) = in_a_row_at_start(indicator).filter(|&end| indicator.len() > end) {
        indicator.drain(..end);
    }
    // `3月份规模以上工业企业复工率`, `1月至11月全省进出口总值`: the months it was in say when.
    let mut months = None;
    if let Some(end) = period_at_start(indicator).filter(|&end| {
        let months = &indicator[..end];
        indicator.starts_with(|c: char| c.is_ascii_digit())
            && indicator.len() > end
            // (Not a deadline: `6月底前`, `6月底以前`; nor after, `6月后`.)
            && !months.ends_with('前')
            && !indicator[end..].starts_with(['后', '以'])
    }) {
        months = Some(indicator[..end].trim_end_matches('份').to_owned());
        indicator.drain(..end);
    }
    // (`近三年淘汰…`: the last so many years; `这五年共取得…`, these; `过去5年国内生产总值…`,
    // the years past, in any digits.)
    let near = ["过去", "近", "这"]
        .iter()
        .find(|w| indicator.starts_with(**w))
        .map_or(0, |w| w.len());
    let lead = run_at_start(&indicator[near..], |c| {
        years_numeral(c) || near > 0 && c.is_ascii_digit()
    });
    if (1..=6).contains(&lead) && indicator[near + lead..].starts_with('年') {
        // With what says it is a span (`五年内`, `五年来`, `三年间`).
        let mut end = near + lead + '年'.len_utf8();
        if indicator[end..].starts_with(['内', '来', '间']) {
            end += '内'.len_utf8();
        }
        // (`这五年共取得`: and the adverb that sums over them.)
        if indicator[end..].starts_with('共') && indicator[end..].chars().count() > 3 {
            end += '共'.len_utf8();
        }
        let rest = &indicator[end..];
        // `九年义务教育`, `九年一贯制` are names.
        let name = rest.starts_with("义务教育") || rest.starts_with("一贯");
        // `十年前`, `五年后` say when.
        let name = name || rest.starts_with(['前', '后']);
        if !rest.is_empty() && !rest.starts_with(['均', '度']) && !name {
            indicator.drain(..end);
        }
    }
    strip_duration_after(indicator);
    months
}

/// What is counted in a run of them: `连续8年`, `连续10个月`, `连续6次`.
const SPANS: &[&str] = &["年", "个月", "个季度", "季度", "次"];

/// The length of the run that `words` open with (`连续10个月增速` → that of `连续10个月`).
fn in_a_row_at_start(words: &str) -> Option<usize> {
    let rest = words.strip_prefix("连续")?;
    let n = run_at_start(rest, |c| c.is_ascii_digit() || years_numeral(c));
    let span = SPANS.iter().find(|s| n > 0 && rest[n..].starts_with(**s))?;
    Some("连续".len() + n + span.len())
}

/// `words` without the span of one or two numerals of years they end with (`中央财政五年` →
/// `中央财政`, `注册市场主体五年`).
fn strip_duration_after(words: &mut String) {
    // `经济总量连续8年`: for how many years in a row (in any digits), or months, quarters or
    // times (`消费增速连续8个月`).
    if let Some(head) = SPANS.iter().find_map(|s| words.strip_suffix(s)) {
        let digits = run_at_end(head, |c| c.is_ascii_digit() || years_numeral(c));
        let kept = head[..head.len() - digits].strip_suffix("连续");
        if let Some(kept) = kept.filter(|k| digits > 0 && !k.is_empty()) {
            words.truncate(kept.len());
            return;
        }
    }
    if let Some(head) = words.strip_suffix('年') {
        let digits = run_at_end(head, years_numeral);
        // (Not the years a comparison is with: `比前五年`.)
        let compared = head[..head.len() - digits].ends_with("比前");
        if (3..=6).contains(&digits) && head.len() > digits && !compared {
            words.truncate(head.len() - digits);
        }
    }
}

/// A numeral that counts years, not places (`五年`, `十年`; `千年秀林` is a name).
fn years_numeral(c: char) -> bool {
    crate::numbers::chinese::digit_value(c).is_some() || c == '十'
}

/// The length in bytes of the run of characters `text` opens with that are `of_run`.
fn run_at_start(text: &str, of_run: impl Fn(char) -> bool) -> usize {
    text.chars()
        .take_while(|&c| of_run(c))
        .map(char::len_utf8)
        .sum()
}

/// The length in bytes of the run of characters `text` ends with that are `of_run`.
fn run_at_end(text: &str, of_run: impl Fn(char) -> bool) -> usize {
    text.chars()
        .rev()
        .take_while(|&c| of_run(c))
        .map(char::len_utf8)
        .sum()
}

/// The text without footnote markers (`国内生产总值[2]` → `国内生产总值`, `地区生产总值①`).
fn without_footnotes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('[') {
        let after = &rest[at + 1..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && after[digits..].starts_with(']') {
            // (Also a wiki's `^[4]`.)
            out.push_str(rest[..at].strip_suffix('^').unwrap_or(&rest[..at]));
            rest = &after[digits + 1..];
        } else {
            out.push_str(&rest[..=at]);
            rest = after;
        }
    }
    out.push_str(rest);
    // (`地区生产总值①5432.18亿元`, `GDP¹`: a note's mark circled or raised.)
    out.retain(
        |c| !matches!(c, '\u{2460}'..='\u{2473}' | '¹' | '²' | '³' | '\u{2070}'..='\u{2079}'),
    );
    out
}

/// The verbs of money won from above (`争取到15亿元上级资金`), longest first.
const WON: &[&str] = &["争取到", "争取", "争得"];

/// Whether `text` opens with a figure and its unit, perhaps after a bound (`近千公里的…`,
/// `120个…`).
fn figure_opens(text: &str) -> bool {
    let text = crate::numbers::QUALIFIERS_BEFORE
        .iter()
        .find_map(|b| text.strip_prefix(b))
        .unwrap_or(text);
    let figure = text
        .find(|c: char| {
            !(c.is_ascii_digit() || c == '.' || crate::numbers::chinese::is_numeral_char(c))
        })
        .unwrap_or(text.len());
    figure > 0 && crate::numbers::units::scan_unit(&text[figure..]).is_some()
}

/// Where a noun after a number stops: punctuation, digits, or a verb that starts the predicate.
const NOUN_STOPS: &[&str] = &[
    // `与新区毗邻的4个乡镇总体规划修编也正在加紧推进`: an adverb opens the predicate (`有
    // 6.5%—7%的增速就能够实现…`).
    "也",
    "就能",
    "就可",
    // `由上年的6.9:55.9:37.2调整为…`: the level a change started from.
    "调整为",
    "调整到",
    "演变为",
    "变为",
    // (`由上年同期的2.05:1下降为2.02:1`.)
    "下降为",
    "下降到",
    "缩小为",
    "缩小到",
    "降为",
    "降至",
    // `与2010年的956.8万人相比`: a figure compared with.
    "相比",
    // `省政府工作部门比2020年的86个减少27个`: the level a change is from.
    "减少",
    // `审计抽查12个部门发现`: what was found in them.
    "发现",
    // `严守18亿亩耕地红线不动摇`, `2133个县（市、区）初步建立了…`
    "不动摇",
    // `财政增发1000亿元国债加强基础设施建设`, `在58个城市进行了…试点`
    "加强",
    "进行",
    "初步",
    "获得",
    "获评",
    "荣获",
    "获",
    "投入",
    "陆续",
    "开工",
    "建成",
    "实现",
    "达到",
    "完成",
    "入选",
    "通过",
    "进入",
    "纳入",
    "为",
    "在",
    "的",
    // `52项高频承诺件办理时限平均压缩79.5%`
    "平均",
    "均",
    "等",
    "已",
    "被",
    "将",
    "已经",
    "全部",
    "分别",
    "开始",
    "启动",
    "补充",
    "提供",
    "合并",
    "精简",
    "全面",
    "加紧",
    "加快",
    "主体完工",
    "正在",
    "做到",
    "做大",
    "做强",
    "顺利",
    "相继",
    "基本",
    "接入",
    "建档立卡",
    "住上",
    "全力",
    "如期",
    "改造提升",
    "竣工",
    "投产",
    // `640个招商引资项目落地实施`, `8个国家区域医疗中心平稳运营`
    "落地",
    "平稳",
    // `总投资为164亿元的…医疗救治体系建设进展顺利`
    "进展顺利",
    // `长达4000公里的西气东输管道全线贯通`
    "全线贯通",
    // `50个项目要按期竣工投产`, `20项高新技术产业化项目年内建成投产`: when they will act.
    "要按期",
    "按期",
    "年内",
    // `农村信用社改革开始在8个省（市）试点` (only after areas, at the clause's end: see
    // `stops_noun`)
    "试点",
    // `17种抗癌药大幅降价`, `与56家央企签署96项合作协议`
    "大幅",
    "签署",
    "签订",
    // `20多万无电人口都能用上电`
    "都能",
    "都要",
    "都已",
    "都将",
    // `985项行政许可项目削减了421项`
    "削减",
    "压减",
    // `8000多万农业转移人口成为城镇居民`, `1000亿元专项奖补资金予以支持`, `8家农村信用社
    // 改制为农村商业银行`, `956家重点企业实施污染源在线监控`, `13.4万名贫困重度残疾人发放…`
    "成为",
    "改制为",
    "实施",
    // `2192个重点项目实行了动态公开`, `1228万名中西部家庭经济困难学生享受生活补助`
    "实行",
    "享受",
    "发放",
    "平等接受",
    // `34万人得到城乡最低生活保障` (not what they were given: `…基本生活得到保障`)
    "得到",
    "予以",
];

/// [`NOUN_STOPS`], [`OBJECT_VERBS`] and [`MEASURES`] by their first character: the words
/// that may end the noun after a number (tested at each of its characters).
fn noun_stops() -> &'static WordIndex {
    static INDEX: OnceLock<WordIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let words: Vec<&'static str> = NOUN_STOPS
            .iter()
            .chain(OBJECT_VERBS)
            .chain(["服务"].iter())
            .chain(MEASURES)
            .copied()
            .collect();
        WordIndex::by_first(&words)
    })
}

/// Whether `word`, found at byte `i` of the words after a number, ends the noun there.
fn stops_noun(rest: &str, i: usize, word: &str) -> bool {
    if word == "服务" {
        // `266个科技特派团服务企业`: whom the things counted serve, to the clause's end (not
        // `政务服务事项`, `服务中心`).
        const SERVED: &[&str] = &["企业", "群众", "基层", "农民", "农户", "社会"];
        let after = &rest[i + word.len()..];
        return SERVED.iter().any(|s| {
            after.strip_prefix(s).is_some_and(|end| {
                end.is_empty() || end.starts_with(['，', '。', '；', '、', ',', ';'])
            })
        });
    }
    if word == "试点" {
        // (After areas, where the pilot is: not `37个县投融资创新试点`.)
        let after = &rest[i + word.len()..];
        return rest[..i].ends_with(['省', '市', '县', '区', '）'])
            && (after.is_empty() || after.starts_with(['，', '。', '；', ',', ';']));
    }
    if OBJECT_VERBS.contains(&word) {
        // Only with an object after it.
        return rest[i + word.len()..]
            .chars()
            .next()
            .is_some_and(crate::numbers::is_ideograph);
    }
    if word == "得到" && GIVEN.iter().any(|g| rest[i..].starts_with(g)) {
        return false;
    }
    // `25万名离退休职工和失业人员的基本生活得到保障`: what they were given, said to the
    // clause's end, goes on past `的`.
    if word == "的" {
        let after = &rest[i..];
        let clause = after
            .find(['，', '。', '；'])
            .map_or(after, |end| &after[..end]);
        if GIVEN.iter().any(|g| clause.ends_with(g)) && clause.chars().count() <= 12 {
            return false;
        }
    }
    // `46.1万进城务工人员随迁子女平等接受义务教育`: `等` inside a word (`平等`, `高等`) is not
    // `etc.`.
    if word == "等" && rest[..i].ends_with(['平', '同', '均', '对', '高', '中', '初']) {
        return false;
    }
    // `6000万低保人员和特困群众基本生活得到保障`: `基本` before a noun is of it (not
    // `基本建成`).
    const BASIC: &[&str] = &[
        "生活", "养老", "医疗", "医保", "公共", "药物", "农田", "口粮",
    ];
    if word == "基本" && BASIC.iter().any(|n| rest[i + word.len()..].starts_with(n)) {
        return false;
    }
    // `104家高技术制造业企业增加值增速`: the number counts the firms, not the measure.
    // (`规模` also names things: `规模养殖场`, `规模以上`; `收入` a group of people:
    // `36万农村低收入人口`.)
    let income_group = word == "收入" && rest[..i].ends_with(['低', '高']);
    (word != "规模" || NOUN_STOPS.contains(&word)) && !income_group
}

/// Verbs that end the noun after a number when an object follows them, saying what the amount
/// is for (`增加6万亿元地方专项债务限额置换存量隐性债务`) or where the things went
/// (`8家全国重点实验室落户河北`); at the end of the phrase they are part of the noun
/// (`完成700万农村居民生活水源江水置换`, `1600万人进城落户`).
/// (`140多家央企机构注册新区`, `2家医院选址落位`).
const OBJECT_VERBS: &[&str] = &[
    "置换", "用于", "落户", "入驻", "注册", "选址", "建立",
    // `2343个县（市、区）开展新型农村社会养老保险试点`, `30亿元国债资金支持中西部乡镇卫生院建设`,
    // `16万个农村中小学校和教学点配备了远程教育设施`
    "开展", "支持", "配备",
];

/// What the people a number counts were given, said after them (`…基本生活得到保障`).
const GIVEN: &[&str] = &["得到保障", "得到解决", "得到改善", "得到整治", "得到治理"];

/// A noun after a number is at most this many characters.
const MAX_NOUN_CHARS: usize = 14;

/// The words between the mark `marks.0` at `at` of `text` and its closing `marks.1` (one to
/// `max_chars` characters), the text after them, and where they end.
fn enclosed(
    text: &str,
    at: usize,
    (open, close): (char, char),
    max_chars: usize,
) -> Option<(&str, &str, usize)> {
    let inner = &text[at + open.len_utf8()..];
    let len = inner
        .find(close)
        .filter(|&len| (1..=max_chars).contains(&inner[..len].chars().count()))?;
    let end = at + open.len_utf8() + len + close.len_utf8();
    Some((&inner[..len], &text[end..], end))
}

/// Bounds and approximations said right after a number, before what it counts: the bounds of
/// [`super::BOUNDS_AFTER`] and `多`, `余` (`5000多项`, `300余家`).
const BOUNDS_AFTER_NUMBER: [&str; 6] = ["以上", "左右", "以内", "以下", "多", "余"];

/// `rest` past the `的`, bounds and approximations said after a number (`以上的GDP` → `GDP`).
fn past_bounds(mut rest: &str) -> &str {
    loop {
        let next = rest.trim_start_matches('的');
        match BOUNDS_AFTER_NUMBER.iter().find(|q| next.starts_with(**q)) {
            Some(q) => rest = &next[q.len()..],
            None => return next,
        }
    }
}

/// Places named by one character, nouns on their own (`57个村近10万人`, `38个镇`).
const PLACES_OF_ONE: &[&str] = &["村", "乡", "镇", "县"];

/// The noun after a number (`新增29家专精特新企业` → `专精特新企业`), up to punctuation or a verb.
fn noun_after(text: &str, at: usize) -> String {
    let mut rest = text[at..].trim_start_matches('的');
    // (A classifier after a magnitude, not the `个` of `900多万个体工商户`.)
    while let Some(after) = rest.strip_prefix('个').filter(|a| !a.starts_with('体')) {
        rest = after.trim_start_matches('的');
    }
    // `32.8万台（套）农业机械`: another unit in brackets after the unit.
    if let Some(inner) = rest.strip_prefix('（') {
        if let Some(close) = inner
            .find('）')
            .filter(|&c| inner[..c].chars().count() <= 2)
        {
            rest = &inner[close + '）'.len_utf8()..];
        }
    }
    // A qualifier after the number (`5000项以上`) comes before the noun.
    while let Some(q) = BOUNDS_AFTER_NUMBER.iter().find(|q| rest.starts_with(**q)) {
        rest = &rest[q.len()..];
    }
    // (`增长百分之七点七和百分之四点五`: another number joined to it, no noun.)
    let joined = crate::numbers::JOINERS
        .iter()
        .find_map(|j| rest.strip_prefix(j))
        .is_some_and(|r| {
            r.starts_with(|c: char| {
                c.is_ascii_digit() || crate::numbers::chinese::is_numeral_char(c)
            })
        });
    if joined {
        return String::new();
    }
    // (`232.3万建档立卡贫困人口`: 建档立卡 before a noun says which; `3362万人享受农村最低
    // 生活保障`: what the people counted get names them.)
    // (Nor `为民办`, done for the people: `42项为民办实事项目`; nor a state the things are in,
    // `2.9亿在校学生`, `1200个在建项目`.)
    const IN_STATE: &[&str] = &["在校", "在建", "在岗", "在职", "在读", "在册", "在园"];
    if NOUN_STOPS
        .iter()
        .any(|w| rest.starts_with(w) && !["建档立卡", "享受"].contains(w))
        && !rest.starts_with("为民办")
        && !IN_STATE.iter().any(|w| rest.starts_with(w))
    {
        return String::new(); // a verb follows: the noun was before the number
    }
    // (`旅客吞吐量突破200万大关`, `迈上千亿新台阶`: a mark passed, not what is counted; `在连续
    // 两年增长百分之十三的基础上`: where a clause stands from.)
    if ["大关", "关口", "台阶", "新台阶", "量级", "基础上"]
        .iter()
        .any(|w| rest.starts_with(w))
    {
        return String::new();
    }
    if let Some(noun) = noun_after_relative_clause(rest) {
        return noun.to_owned();
    }
    // `50个超10亿元服务业项目`: an amount the things are over opens the noun.
    let threshold = ["超过", "超"]
        .iter()
        .find_map(|t| rest.strip_prefix(t))
        .and_then(|r| {
            let head = r.find(['，', '。', '；']).map_or(r, |end| &r[..end]);
            let q = crate::numbers::scan_quantities(head).into_iter().next()?;
            (q.range.0 == 0 && q.unit.is_some()).then(|| rest.len() - r.len() + q.range.1)
        })
        .unwrap_or(0);
    // `推出90项“高效办成一件事”服务`: a name in quotes opens the noun.
    let quoted = rest
        .strip_prefix('“')
        .and_then(|inner| {
            inner
                .find('”')
                .filter(|&c| inner[..c].chars().count() <= 12)
        })
        .map_or(0, |c| '“'.len_utf8() + c + '”'.len_utf8())
        .max(threshold);
    // `由不足50家发展到目前的860家`: a change to another level follows.
    if rest.chars().take(3).any(|c| matches!(c, '到' | '至')) {
        return String::new();
    }
    // `20个省、自治区、直辖市`: area levels listed without brackets.
    let areas = is_area_list(&rest[quoted..]);
    if areas > 0 {
        return rest[quoted..quoted + areas].to_owned();
    }
    let mut end = quoted;
    for (i, c) in rest.char_indices().skip_while(|&(i, _)| i < quoted) {
        if i < end {
            continue; // inside a bracket the noun holds
        }
        // `72.6万户气（电）代煤`: a word in brackets inside the noun, with more of it after;
        // `7个县（市、区）`: the levels of the areas counted.
        if c == '（' && i > 0 {
            // (Up to `自治区、直辖市`, seven characters, for areas.)
            if let Some((words, after, close_end)) = enclosed(rest, i, ('（', '）'), 7) {
                let inside = words.chars().count() <= 3
                    && after.starts_with(crate::numbers::is_ideograph)
                    && !noun_stops()
                        .starting(after)
                        .any(|w| stops_noun(after, 0, w));
                if inside || is_area_levels(words) {
                    end = close_end;
                    continue;
                }
            }
        }
        // `312万名企业“老工伤”人员和工亡职工供养亲属`: a name in quotes inside the noun.
        if c == '“' && i > quoted {
            if let Some((_, after, close_end)) = enclosed(rest, i, ('“', '”'), 8) {
                if after.starts_with(crate::numbers::is_ideograph) {
                    end = close_end;
                    continue;
                }
            }
        }
        // `588个省、市级美丽乡村`: levels listed before the noun they share.
        const LEVELS: &[&str] = &["国家", "省", "市", "县", "国家级", "省级", "市级"];
        if c == '、'
            && LEVELS.contains(&&rest[quoted..i])
            && ["省", "市", "县"]
                .iter()
                .any(|l| rest[i + c.len_utf8()..].starts_with(l))
        {
            end = i + c.len_utf8();
            continue;
        }
        // `240万户林区、垦区、煤矿等棚户区居民`: examples before `等` name no more than the
        // kind after it.
        if c == '、' && i > quoted {
            let clause_end = rest[i..]
                .find(['，', '。', '；'])
                .map_or(rest.len(), |e| i + e);
            if let Some(d) = rest[i..clause_end].find('等') {
                let short = |x: &str, most: usize| {
                    (1..=most).contains(&x.chars().count())
                        && x.chars().all(crate::numbers::is_ideograph)
                };
                // (`178项节能、节水和资源综合利用等重大项目`: the last may join two, the
                // second longer.)
                let items: Vec<&str> = rest[quoted..i + d].split('、').collect();
                let (last, earlier) = items.split_last().unwrap_or((&"", &[]));
                let last_ok = short(last, 4)
                    || ["和", "及"].iter().any(|j| {
                        last.split_once(j)
                            .is_some_and(|(a, b)| short(a, 4) && short(b, 6))
                    });
                let examples = last_ok && earlier.iter().all(|x| short(x, 4));
                if examples {
                    return noun_after(text, text.len() - rest.len() + i + d + '等'.len_utf8());
                }
            }
        }
        let stop = matches!(
            c,
            '，' | '。'
                | '；'
                | '、'
                | '：'
                | '（'
                | '）'
                | '('
                | ')'
                | ','
                | '.'
                | ';'
                | '“'
                | '”'
                | '['
        ) || c.is_ascii_digit()
            || (i > quoted
                && noun_stops()
                    .starting(&rest[i..])
                    .any(|w| stops_noun(rest, i, w)))
            // (`3500多公里的长江干堤和近千公里的黄河堤防`: another figure joined, with its noun.)
            || matches!(c, '和' | '及') && figure_opens(&rest[i + c.len_utf8()..]);
        if stop {
            break;
        }
        end = i + c.len_utf8();
    }
    // `在33个项目中`: the postposition is not part of the noun; `8个区域医疗中心建设`: the
    // building of them is not either.
    let mut noun = rest[..end].trim_end_matches(['中', '和', '及']);
    if noun.chars().count() >= 4 {
        // (`42个市级乡村振兴示范区创建`: nor their creation.)
        noun = ["建设", "创建"]
            .iter()
            .find_map(|w| noun.strip_suffix(w))
            .unwrap_or(noun);
    }
    noun = without_what_they_are_paid(noun);
    // `37个县域特色产业集群营收超4500亿元`: what the things counted came to, with its own
    // number after, is no part of their noun.
    if rest[end..].starts_with(|c: char| c.is_ascii_digit()) {
        // (`57个村近10万人`: or how near it came.)
        if let Some(head) = ["超过", "超", "达到", "达", "突破", "逾", "近", "约"]
            .iter()
            .find_map(|v| noun.strip_suffix(v))
        {
            let measure = MEASURES
                .iter()
                .chain(BARE_MEASURES)
                .filter(|m| head.ends_with(**m))
                .map(|m| m.len())
                .max();
            let head = &head[..head.len() - measure.unwrap_or(0)];
            if head.chars().count() >= 2 || PLACES_OF_ONE.contains(&head) {
                noun = head;
            }
        }
    }
    // `4所疏解高校和北大人民医院雄安院区`: a count of the first of two things.
    if noun.chars().count() > MAX_NOUN_CHARS && !GIVEN.iter().any(|g| noun.ends_with(g)) {
        if let Some(at) = noun.find(['和', '及']).filter(|&at| at >= 2 * 3) {
            noun = &noun[..at];
        }
    }
    // `3万户特殊困难老年人家庭居家适老化改造`: what was done to the things counted, said
    // to its end, may be longer, and so may what they were given (`6000万低保人员和特困群众
    // 基本生活得到保障`).
    let done_to = ACTIONS.iter().chain(GIVEN).any(|a| noun.ends_with(a))
        && noun.chars().count() <= MAX_NOUN_CHARS + 6
        && (rest.len() == end || rest[end..].starts_with(['，', '。', '；']));
    if noun.chars().count() > MAX_NOUN_CHARS && !done_to {
        // `3—5个品牌企业进军全国纺织行业前十名`: up to the first head noun, if there is one.
        let head_end = HEADS
            .iter()
            .filter_map(|h| find_word(noun, h).map(|at| at + h.len()))
            // A head that is the noun's first character is a modifier (`县级…`).
            .filter(|&at| noun[..at].chars().count() > 2)
            .min();
        match head_end {
            Some(at) if noun[..at].chars().count() <= MAX_NOUN_CHARS => noun = &noun[..at],
            _ => return String::new(),
        }
    }
    noun.to_owned()
}

/// The indicators one number is of: `城市生活污水集中处理率和垃圾无害化处理率达到45%`,
/// `营业收入和实缴税金增长15%`, `民营经济完成增加值、实现营业收入均增长15%` each name two
/// measures at one rate. Only for rates and changes (`粮食播种面积和产量保持在1000万亩` is
/// the area alone, but `港口通过能力和货物吞吐量双双突破4亿吨`: `双双`, both, makes a level each
/// one's), and only when every item is a measure of its own; otherwise the indicator.
pub(super) fn measures_of(indicator: String, q: &Quantity, verb: &str) -> Vec<String> {
    let rate = matches!(q.class, Some(UnitClass::Percent | UnitClass::Points));
    let both = verb.starts_with("双双");
    // `港口通过能力和货物吞吐量均突破8亿吨`: an amount each of the measures reached (not
    // `平均分别增长`).
    let each = verb.starts_with(['均', '都']) && !verb.contains("分别");
    // (Not `及`, which joins the parts of fixed names: `国有及国有控股投资`.)
    if !(rate || both || each) || !indicator.contains(['和', '、']) {
        return vec![indicator];
    }
    // `广播和电视的人口覆盖率都达到了85%`: the measure after the list's `的` is each item's.
    // (Of plain nouns: not `畜牧、蔬菜、果品三大产业占农业的比重`, one share of them all.)
    if let Some((items, measure)) = indicator.rsplit_once('的').filter(|(items, measure)| {
        let of_each = measure.ends_with('率') || MEASURES.iter().any(|m| measure.ends_with(m));
        each && of_each && items.contains(['和', '、'])
    }) {
        let parts = split_subjects(items, &['和', '、']);
        if (2..=4).contains(&parts.len()) && parts.iter().all(|p| plain_noun(p).is_some()) {
            return parts.into_iter().map(|p| format!("{p}{measure}")).collect();
        }
    }
    let parts: Vec<String> = split_subjects(&indicator, &['和', '、'])
        .into_iter()
        .map(|p| {
            let read = read_clause(&p).indicator;
            // `实现营业收入`: an action before a measure is not part of its name.
            let bare = ["实现", "完成", "提供", "上缴"]
                .iter()
                .find_map(|v| read.strip_prefix(v))
                .filter(|rest| rest.chars().count() >= 2)
                .map(str::to_owned);
            bare.unwrap_or(read)
        })
        .collect();
    let parts = of_pollutants(of_the_first_subject(share_head(&indicator, parts)));
    // `均衡性转移支付、县级基本财力保障机制奖补资金等增幅均超过10%`: the measure after `等`
    // is each item's.
    let after_examples = parts.last().and_then(|last| {
        let (item, measure) = last.rsplit_once('等')?;
        let short = (1..=4).contains(&measure.chars().count());
        let measure_like = MEASURES.contains(&measure) || ["增幅", "降幅"].contains(&measure);
        (short && measure_like && !item.is_empty()).then(|| (item.len(), measure.to_owned()))
    });
    let parts = match after_examples {
        Some((item_len, measure)) => {
            let last = parts.len() - 1;
            parts
                .iter()
                .enumerate()
                .map(|(i, p)| {
                    let item = if i == last {
                        &p[..item_len]
                    } else {
                        p.as_str()
                    };
                    format!("{item}{measure}")
                })
                .collect()
        }
        None => parts,
    };
    // (Also balances and money supply: `广义货币M2和社会融资规模余额预期增长均为12%`.)
    let is_measure = |p: &String| {
        p.chars().count() >= 2
            && (both
                || p.ends_with('率')
                || [
                    "余额", "水平", "标准", "M0", "M1", "M2", "人次", "花费", "人数", "排放",
                    "增幅",
                ]
                .iter()
                .any(|m| p.ends_with(m))
                || names_measure(p)
                || POLLUTANTS.contains(&p.as_str()))
    };
    let distinct = parts
        .iter()
        .enumerate()
        .all(|(i, p)| !parts[..i].contains(p));
    if (2..=4).contains(&parts.len()) && parts.iter().all(is_measure) && distinct {
        parts
    } else {
        vec![indicator]
    }
}

/// `培育100个年产值超过10亿元的产业化联合体`, `取消165项国务院部门及其指定地方实施的审批事项`:
/// a relative clause between a count and what it counts (one with a number or a verb, not a
/// place the things are of: `30个县的农村公路` counts counties); the noun after its `的`.
fn noun_after_relative_clause(rest: &str) -> Option<&str> {
    const MAX_CLAUSE_CHARS: usize = 20;
    const VERBS: &[&str] = &[
        "超过", "达到", "实施", "承担", "具有", "拥有", "覆盖", "涉及", "建成", "形成", "入选",
        "列入",
    ];
    let end = rest
        .find(['，', '。', '；', '、', '：', '（', '“'])
        .unwrap_or(rest.len());
    let phrase = &rest[..end];
    let of = phrase.rfind('的')?;
    let (clause, mut noun) = (&phrase[..of], &phrase[of + '的'.len_utf8()..]);
    // (`27个总投资69.5亿元的重点项目建设`: not their building.)
    noun = noun.strip_suffix("建设").unwrap_or(noun);
    // (`76座列入国家规划的水库除险加固工程全部开工建设`: up to what is said of them.)
    if let Some(at) = noun
        .char_indices()
        .skip(1)
        .map(|(i, _)| i)
        .find(|&i| NOUN_STOPS.iter().any(|w| noun[i..].starts_with(w)))
    {
        noun = &noun[..at];
    }
    // (`3500多公里的长江干堤和近千公里的黄河堤防加固工程`: not a noun joined to another
    // figure, a list.)
    let listed = clause
        .match_indices(['和', '及'])
        .any(|(i, j)| i > 0 && figure_opens(&clause[i + j.len()..]));
    let relative = clause.chars().count() <= MAX_CLAUSE_CHARS
        && !listed
        && (has_figure(clause) || VERBS.iter().any(|v| clause.contains(v)));
    let named = (2..=MAX_NOUN_CHARS).contains(&noun.chars().count())
        && !noun.contains(|c: char| c.is_ascii_digit())
        && HEADS
            .iter()
            .chain(["事项", "联合体"].iter())
            .any(|h| noun.ends_with(h));
    (relative && named).then_some(noun)
}

/// The verbs of a change said right after the level it is from (`比2020年的86个减少27个`).
pub(super) const CHANGED_FROM: &[&str] = &["减少", "增加", "下降", "提高"];

/// What the places a number counts did, as the rest of its clause says it right after their
/// noun (`227个村获评省级美丽乡村` → `获评省级美丽乡村`; `130个村的饮水困难得到解决` → `饮水困难
/// 得到解决`), when nothing is named before the number (not `对8029个村投入资金164亿元`; nor,
/// as the caller tells, done to them: `扩大了22个县(市)经济社会管理权限`); with the places as
/// counted, their levels in brackets too (`县（市、区）`).
fn places_did<'c>(
    text: &str,
    q: &Quantity,
    before: &str,
    place: &'c str,
    counted: &'c str,
) -> Option<(String, &'c str)> {
    const MAX_CHARS: usize = 16;
    // (The place alone, where a verb of [`NOUN_STOPS`] ends the noun, `村获评…`; not `村庄`,
    // `村卫生室`.)
    let rest = &counted[place.len()..];
    if !(rest.is_empty() || rest.starts_with(['(', '（'])) {
        return None;
    }
    // (Only who says so, or when, before them: `全市`, `其中`, `年内`.)
    let before = before.trim_start_matches(['其', '中']);
    if !before.is_empty() && !WHOLE_PLACES.contains(&before) {
        return None;
    }
    let after = &text[q.range.1..];
    let after = after
        .strip_prefix('个')
        .unwrap_or(after)
        .strip_prefix(place)?;
    // (`18个县(市)推行了…`: the places of the same level, in brackets.)
    let (after, levels) = match after.strip_prefix(['(', '（']) {
        Some(inner) => {
            let (_, rest) = inner.split_once([')', '）'])?;
            (rest, after.len() - rest.len())
        }
        None => (after, 0),
    };
    let places = counted.get(..place.len() + levels).unwrap_or(place);
    let after = after.strip_prefix('的').unwrap_or(after);
    let end = after
        .find(['，', '。', '；', '、', ',', ';'])
        .unwrap_or(after.len());
    let did = after[..end].trim_end_matches('了');
    let did = ["都", "均", "已经", "已"]
        .iter()
        .find_map(|w| did.strip_prefix(w))
        .unwrap_or(did);
    if !(2..=MAX_CHARS).contains(&did.chars().count())
        || !did.chars().all(crate::numbers::is_ideograph)
    {
        return None;
    }
    // (`推行了农村社会养老保险试点` → `推行农村社会养老保险试点`, `初步建立了…`.)
    let done = did.char_indices().skip(2).take(3).find(|&(_, c)| c == '了');
    let did = match done {
        Some((at, _)) => format!("{}{}", &did[..at], &did[at + '了'.len_utf8()..]),
        None => did.to_owned(),
    };
    Some((did, places))
}

/// What is done to the things a number counts, when the clause ends with it right after
/// their noun (`50个项目竣工投产，`, `132个项目开工建设。`, `65个重点项目建成通车或竣工投产`).
fn action_after<'a>(q: &Quantity, after_number: &'a str, counted: &str) -> Option<&'a str> {
    const DONE: &[&str] = &[
        "竣工投产",
        "建成投产",
        "建成通车",
        "开工建设",
        "建成运营",
        "开工",
        "竣工",
        "投产",
        "建成",
    ];
    // Counts of projects, works, plants (not `3000辆专用车项目`: a project's capacity).
    const COUNTERS: &[&str] = &["个", "项", "座", "家", "所", "处", "批", "条"];
    if !q.unit.as_deref().is_some_and(|u| COUNTERS.contains(&u)) {
        return None;
    }
    let at = find_word(after_number, counted).filter(|&at| at <= 4 * 3)?;
    let after = &after_number[at + counted.len()..];
    // (`22个项目顺利投产`, `50个项目要按期竣工投产`, `20项…项目年内建成投产`: adverbs and
    // when before it.)
    let mut after = after;
    while let Some(rest) = [
        "顺利", "相继", "陆续", "全部", "如期", "已", "要", "按期", "年内",
    ]
    .iter()
    .find_map(|a| after.strip_prefix(a))
    {
        after = rest;
    }
    let done = |text: &str| DONE.iter().find(|d| text.starts_with(**d)).map(|d| d.len());
    let mut end = done(after)?;
    // (Two of them: `建成通车或竣工投产`.)
    if let Some(or) = ["或", "和", "、"]
        .iter()
        .find_map(|j| after[end..].strip_prefix(j))
    {
        if let Some(second) = done(or) {
            end = after.len() - or.len() + second;
        }
    }
    let rest = &after[end..];
    (rest.is_empty() || rest.starts_with(['，', '。', '；', '、', ',', ';'])).then(|| &after[..end])
}

/// What the people a number counts did or what came to them, said right after it up to the
/// clause's end (`15万人实现脱贫，`, `2.3万人参加技能培训。`).
fn what_people_did<'a>(q: &Quantity, after_number: &'a str) -> Option<&'a str> {
    const DONE: &[&str] = &[
        "实现", "稳定", "脱贫", "就业", "参加", "参与", "受益", "转移", "返乡", "搬迁", "入学",
        "接受", "享受", "获得", "得到",
    ];
    let people = q
        .unit
        .as_deref()
        .is_some_and(|u| u.ends_with('人') || u.ends_with('名') || u.ends_with("人次"));
    // (`1800多万人通过多种渠道和方式实现了再就业`: by what means, first.)
    let after_number = after_number
        .strip_prefix("通过")
        .and_then(|rest| find_word(rest, "方式").map(|at| &rest[at + "方式".len()..]))
        .unwrap_or(after_number);
    if !people || !DONE.iter().any(|d| after_number.starts_with(d)) {
        return None;
    }
    let end = after_number
        .find(['，', '。', '；', '、', '：', '（', ',', ';'])
        .unwrap_or(after_number.len());
    let done = &after_number[..end];
    let plain =
        (2..=12).contains(&done.chars().count()) && done.chars().all(crate::numbers::is_ideograph);
    plain.then_some(done)
}

/// The name of a rate with nothing named before it, said after it (`6.5%左右的增速可以实现…`
/// → `增速`), or, for a growth set as a target (`要锚定全年增长6%的目标`), the economy's.
fn rate_named_after(after: &str, verb: &str) -> Option<&'static str> {
    const RATE_NAMES: &[&str] = &["增长速度", "经济增速", "增速", "增幅"];
    let after = past_bound(after);
    let target = ["的目标", "的预期目标"]
        .iter()
        .any(|t| after.starts_with(t));
    if target {
        return verb.ends_with("增长").then_some("经济增长");
    }
    // (Not a target so named, `5%左右的经济增速目标`: see `measure_of_target_after`.)
    let rest = after.strip_prefix('的')?;
    RATE_NAMES
        .iter()
        .copied()
        .find(|n| rest.strip_prefix(n).is_some_and(|t| !t.starts_with("目标")))
}

/// `解决了57个村近10万人的饮水安全问题`, `解决10万农村人口饮水安全问题`: the problem solved
/// for the places or people a count before it counts (clause `from`), said to the clause's
/// end, and who they are (`的村`, `的农村人口`, or `人数` for people named by the unit alone).
fn problem_solved<'a>(
    text: &'a str,
    from: usize,
    q: &Quantity,
    counted: &str,
) -> Option<(&'a str, String)> {
    const PROBLEMS: &[&str] = &["问题", "困难", "难题"];
    if !contains_word(&text[from..q.range.0], "解决") {
        return None;
    }
    let after = &text[q.range.1..];
    let clause = &after[..after.find(['，', '。', '；']).unwrap_or(after.len())];
    if !PROBLEMS.iter().any(|p| clause.ends_with(p)) {
        return None;
    }
    // (`200个村、20万人饮水安全问题`: after the last figure and its unit, and the people it
    // counts.)
    let last_figure = clause
        .rfind(|c: char| c.is_ascii_digit())
        .map(|at| &clause[at + 1..])
        .map(|rest| {
            let unit = crate::numbers::units::scan_unit(rest).map_or(0, |u| u.len);
            let rest = &rest[unit..];
            rest.strip_prefix(without_what_they_are_paid(rest))
                .filter(|problem| !problem.is_empty())
                .unwrap_or(rest)
        });
    let problem = match (clause.rfind('的'), last_figure) {
        (Some(at), _) => &clause[at + '的'.len_utf8()..],
        (None, Some(problem)) => problem,
        (None, None) => clause
            .strip_prefix(counted)
            .filter(|p| !p.is_empty())
            .unwrap_or(clause),
    };
    let plain = (2..=10).contains(&problem.chars().count())
        && problem.chars().all(crate::numbers::is_ideograph);
    if !plain {
        return None;
    }
    let who = if counted.is_empty() || counted == problem {
        if q.class != Some(UnitClass::People) {
            return None;
        }
        "人数".to_owned()
    } else {
        format!("的{}", people_in(counted))
    };
    Some((problem, who))
}

/// `142万名企业离退休人员养老金`, `75万名低保对象保障金`, `71万农村人口饮水安全问题`: a
/// number of people before what they are paid (or what was solved for them) counts the people.
fn without_what_they_are_paid(noun: &str) -> &str {
    const PAID: &[&str] = &["金", "费", "补贴", "津贴", "工资", "待遇", "问题"];
    if !PAID.iter().any(|w| noun.ends_with(w)) {
        return noun;
    }
    people_in(noun)
}

/// `noun` up to the last word for people in it (`集体企业退休人员养老保障` →
/// `集体企业退休人员`), or all of it.
fn people_in(noun: &str) -> &str {
    const PEOPLE: &[&str] = &[
        "人员",
        "职工",
        "对象",
        "人口",
        "学生",
        "农民",
        "农民工",
        "工人",
        "老人",
        "儿童",
        "群众",
    ];
    PEOPLE
        .iter()
        .filter_map(|p| rfind_word(noun, p).map(|at| at + p.len()))
        .max()
        .filter(|&end| end < noun.len())
        .map_or(noun, |end| &noun[..end])
}

/// `A、B和C分别达到1、2、3`: gives each number its own subject. Returns how many quantities
/// it handled, or `None` when the construct does not apply at the first quantity.
fn distribute(
    text: &str,
    sentence_start: usize,
    quantities: &[&Quantity],
    out: &mut Vec<Found>,
) -> Option<usize> {
    let first = quantities.first()?;
    let before = &text[sentence_start..first.range.0];
    // `增速高于全国、全省0.6和0.4个百分点`: places listed right before the numbers are
    // compared each with its own, as after `分别`.
    let (fenbie, fenbie_len) = match rfind_word(before, "分别") {
        Some(at) => (at, "分别".len()),
        None => (places_listed_at(before)?, 0),
    };
    // Only when `分别` is in the same clause as the first number.
    if before[fenbie..].contains(['，', '；', '：']) {
        return None;
    }
    // The numbers joined by `、`, `和`, `及`.
    let mut n = 1;
    while n < quantities.len() {
        let gap = &text[quantities[n - 1].range.1..quantities[n].range.0];
        // (`分别增长17.1%14.0%13.8%`: per cents whose `、` a web page lost.)
        let glued = gap.is_empty()
            && text[..quantities[n - 1].range.1].ends_with(['%', '％'])
            && quantities[n].class == quantities[n - 1].class;
        if glued {
            n += 1;
            continue;
        }
        if gap.is_empty()
            || gap.chars().count() > 3
            || !["、", "和", "及", "与", "，"]
                .iter()
                .any(|s| contains_word(gap, s))
        {
            break;
        }
        n += 1;
    }
    let mut subject_start = after_last_break(&before[..fenbie]);
    // `城镇居民人均可支配收入和农村居民人均纯收入，分别实际增长…`: a list without numbers in
    // the clause before, when `分别` opens its own (after the year it says: `2000年分别…`).
    let mut subject_end = fenbie;
    let own = &before[subject_start..fenbie];
    // (`…，年均分别增长…`: how often goes with the verb.)
    let own_words = own.strip_suffix("年均").unwrap_or(own);
    let bare_clause = own_words.is_empty() || is_year(own_words);
    let digits_before = has_figure(&before[..subject_start]);
    if bare_clause && !digits_before {
        if let Some((mut comma, _)) = before[..subject_start].char_indices().next_back() {
            let mut prior_start = after_last_break(&before[..comma]);
            // (`…纯收入，扣除物价因素，年均分别增长…`: past how the change was reckoned.)
            if is_reckoning(&before[prior_start..comma]) {
                if let Some((at, _)) = before[..prior_start].char_indices().next_back() {
                    comma = at;
                    prior_start = after_last_break(&before[..comma]);
                }
            }
            let prior = &before[prior_start..comma];
            if split_subjects(prior, &['、', '和', '及', '与']).len() == n {
                (subject_start, subject_end) = (prior_start, comma);
            }
        }
    }
    let mut subject = &before[subject_start..subject_end];
    // `信息传输软件和信息技术服务业、科学研究和技术服务业等现代服务业增势较好，实现营业收入分别
    // 增长21.4%、13.9%`: a bare measure of the kinds the clause before lists.
    let listed_before;
    let break_at = before[..subject_start].char_indices().next_back();
    if let Some((break_at, _)) = break_at.filter(|_| !bare_clause) {
        let prior = &before[after_last_break(&before[..break_at])..break_at];
        let kinds = prior
            .find('等')
            .map(|at| &prior[..at])
            .filter(|k| !has_figure(k) && split_subjects(k, &['、']).len() == n);
        if let Some(kinds) = kinds {
            let measure = read_clause(own).indicator;
            if BARE_MEASURES.contains(&measure.as_str()) {
                listed_before = format!("{kinds}{measure}");
                subject = &listed_before;
            }
        }
    }
    let subject = subject
        .strip_suffix(['，', ','])
        .map_or(subject, str::trim_end);
    // (`乡镇企业增加值、上缴税金年均分别增长…`: how often goes with the verb.)
    let subject = subject.strip_suffix("年均").unwrap_or(subject);
    // (`上半年全市规模以上工业战略性新兴产业、…`: and when opens the clause, said as a period.)
    let part = period_name_at_start(subject);
    let subject = part.map_or(subject, |(_, len)| &subject[len..]);
    let part = part.map(|(name, _)| name.to_owned());
    let verb_after = before[fenbie + fenbie_len..].to_owned();
    if n < 2 {
        return None;
    }
    // `一、二、三、四季度同比分别增长18.3%、…`: parts of the year, each its figure of the
    // measure said after them or, without one, of the subject before.
    // (`规模以上工业增加值上半年和前三季度分别增长…`: or after the measure.)
    let listed = periods_listed(subject).or_else(|| {
        let ends_a_period = subject.ends_with(['年', '度', '月', '份']);
        subject
            .char_indices()
            .filter(|_| ends_a_period)
            .find_map(|(at, _)| match periods_listed(&subject[at..]) {
                Some((periods, "")) => Some((periods, &subject[..at])),
                _ => None,
            })
    });
    if let Some((periods, measure)) = listed.filter(|(p, _)| p.len() == n) {
        let found = read_clause(measure);
        for period in periods {
            out.push(Found {
                indicator: found.indicator.clone(),
                verb: format!("{}{verb_after}", found.verb),
                comparison: found.comparison.clone(),
                subject: None,
                not_a_metric: false,
                period: Some(period),
            });
        }
        return Some(n);
    }
    // `增长8.5%，分别高于全国、全省4.1个和2.3个百分点`, `比全省、全国分别高0.7和1.0个百分点`:
    // the measure before, compared with each place.
    if let Some((measure, compared)) = places_compared(subject, &verb_after, n) {
        let prev = out.iter().rev().find(|f| !f.indicator.is_empty());
        let indicator = match read_clause(measure).indicator {
            own if !own.is_empty() => own,
            _ => prev.map(|f| f.indicator.clone()).unwrap_or_default(),
        };
        for comparison in compared {
            out.push(Found {
                indicator: indicator.clone(),
                verb: verb_after.clone(),
                comparison: Some(comparison),
                subject: None,
                not_a_metric: false,
                period: None,
            });
        }
        return Some(n);
    }
    if fenbie_len == 0 {
        return None;
    }
    let mut split = split_subjects(subject, &['、', '和', '及', '与']);
    if split.len() > n {
        // `新能源及智能电网、新材料、生物医药健康产业增速`: 及 inside an item.
        let by_comma = split_subjects(subject, &['、']);
        if by_comma.len() == n {
            split = by_comma;
        }
    }
    // `肉蛋奶产量分别达到476万吨、383万吨和629万吨`: one character for each number.
    if split.len() == 1 && (2..=4).contains(&n) {
        let suffix = shared_suffix(subject);
        let head = &subject[..subject.len() - suffix.len()];
        // (A measure, not `五年平均分别增长`; things, not a verb, `实现营业收入分别增长…`.)
        if MEASURES.contains(&suffix)
            && !LEADING_FILLERS.contains(&head)
            && head.chars().count() == n
            && head.chars().all(crate::numbers::is_ideograph)
        {
            split = head.chars().map(|c| format!("{c}{suffix}")).collect();
        }
    }
    // `三次产业增加值分别占地区生产总值的8.1%、40.2%和51.7%`: the three industries in turn.
    if split.len() == 1 && n == 3 {
        let industries = ["三次产业", "一二三产业", "一、二、三产业"]
            .iter()
            .find_map(|w| subject.split_once(w));
        if let Some((scope, measure)) = industries {
            split = ["第一", "第二", "第三"]
                .iter()
                .map(|k| format!("{scope}{k}产业{measure}"))
                .collect();
        }
    }
    // (`乡镇企业增加值、上缴税金分别增长…`: a bare measure of the first item's subject.)
    let parts = town_and_country(of_the_first_subject(share_head(subject, split)), n);
    // The indicators and bare subjects of the previous `分别` list in this sentence, which a
    // later `分别` without its own list refers to (`占…比重分别达到…`, `分别高于…`).
    let tail = &out[out.len().saturating_sub(n)..];
    let previous: Vec<Found> = if tail.len() == n && tail.iter().all(|f| f.subject.is_some()) {
        tail.to_vec()
    } else {
        Vec::new()
    };
    let indicators: Vec<(String, Option<String>)> = if parts.len() == n {
        let last = parts.last().map_or("", String::as_str);
        let suffix = shared_measure(&parts[..parts.len() - 1], last);
        // (A line of a budget after `等` is each item's: `一般公共服务、教育…等支出同比增速分别
        // 为…` → `一般公共服务支出增速`.)
        let line = last
            .rfind('等')
            .and_then(|at| last[at + '等'.len_utf8()..].strip_suffix(suffix))
            .map(|kind| kind.trim_end_matches("同比"))
            .filter(|kind| ["支出", "收入"].contains(kind))
            .unwrap_or("");
        let bare: Vec<String> = parts
            .iter()
            .map(|p| {
                p.strip_suffix(suffix)
                    .filter(|b| !b.is_empty())
                    .unwrap_or(p)
                    .to_owned()
            })
            .collect();
        parts
            .iter()
            .enumerate()
            .map(|(k, part)| {
                let mut indicator = part.clone();
                // (Not to a part that names its own measure, `城镇居民人均可支配收入和农村居民
                // 人均纯收入`, unless the list shares a share of them: `增加值和上缴税金占…`.)
                // (Nor to one that names a measure, when what they share is a rate:
                // `进出口、出口、进口增速` → `进出口增速`.)
                // (`地区生产总值、一般公共预算收入、固定资产投资分别增长…`: nor one that ends
                // with a measure's word, as `总值` does.)
                let own = (!shared_suffix(part).is_empty()
                    || names_measure(part) && !POLLUTANTS.contains(&part.as_str()))
                    && !suffix.starts_with('占')
                    && !RATES.iter().any(|r| suffix.ends_with(r));
                if k + 1 < parts.len() && !part.ends_with(suffix) && !own {
                    // (`地区生产总值、规上工业增加值增速`: a part that names its measure takes the
                    // rate alone.)
                    let rate = RATES
                        .iter()
                        .find(|r| suffix.ends_with(**r) && suffix.len() > r.len())
                        .filter(|_| names_measure(part));
                    indicator.push_str(line);
                    indicator.push_str(rate.copied().unwrap_or(suffix));
                }
                // `服务业、装备制造和高新技术产业的投资`: the measure as the others have it.
                if !suffix.is_empty() {
                    if let Some(head) = indicator
                        .strip_suffix(suffix)
                        .and_then(|h| h.strip_suffix('的'))
                    {
                        indicator = format!("{head}{suffix}");
                    }
                }
                // `新能源、生物医药、电子信息等战略性新兴产业增加值分别增长…`: the last item
                // ends at `等`, the kind after it is what they all are (or at their number:
                // `…、非金属矿物制品业四个行业增加值分别增长…`).
                let end = indicator
                    .find('等')
                    .or_else(|| count_of_kinds(&indicator))
                    .filter(|_| k + 1 == parts.len());
                if let Some(at) = end {
                    // (`新能源、…、电子信息五个领域分别增长…`: without a measure, the item alone.)
                    if at > 0 && indicator.ends_with(suffix) {
                        indicator = format!("{}{line}{suffix}", &indicator[..at]);
                    }
                }
                (indicator, Some(bare[k].clone()))
            })
            .collect()
    } else if parts.len() <= 1 && previous.len() == n {
        let measure = parts
            .first()
            .map(|p| read_clause(p).indicator)
            .unwrap_or_default();
        previous
            .iter()
            .map(|f| {
                let subject = f.subject.clone().unwrap_or_default();
                if measure.is_empty() {
                    (f.indicator.clone(), Some(subject))
                } else if RATES.contains(&measure.as_str()) {
                    // (`…、社会消费品零售总额分别增长…，增速分别居…`: the rate of each measure.)
                    (format!("{}{measure}", f.indicator), Some(subject))
                } else {
                    (format!("{subject}{measure}"), Some(subject))
                }
            })
            .collect()
    } else if (subject.trim().is_empty() || read_clause(subject).indicator.is_empty())
        && distinct_last(out, n)
    {
        // `城镇居民人均可支配收入9422元，农村居民人均纯收入2936元，扣除价格因素，分别实际增长
        // 7.7%和6.8%`, `…城市维护建设税3.3亿元，同比分别增长…`: with no list of its own (a
        // comparison is none), `分别` goes over the metrics just before. (`新增…企业5家、…38家，
        // 总数分别达到12家、156家`: the level they came to, not what was added.)
        let level =
            ["总数", "总量", "累计"].contains(&subject.trim()) || is_level_verb(&verb_after);
        out[out.len() - n..]
            .iter()
            .map(|f| {
                let action = if level {
                    leading_action(&f.indicator)
                } else {
                    ""
                };
                (f.indicator[action.len()..].to_owned(), None)
            })
            .collect()
    } else {
        return None;
    };
    // `民营经济增加值和实缴税金分别占全省生产总值和全部财政收入的52.8%左右和56%左右`: each a
    // share in its own total.
    let totals = totals_after(&verb_after, n);
    let indicators = match &totals {
        Some((totals, tail)) => {
            let names = of_the_first_subject(indicators.iter().map(|(i, _)| i.clone()).collect());
            names
                .into_iter()
                .zip(totals)
                .map(|(name, total)| {
                    let share = format!("{name}占{total}{tail}");
                    (share.clone(), Some(share))
                })
                .collect()
        }
        // `三次产业增加值分别占地区生产总值的8.1%、…`: each a share of the one whole.
        None => match verb_after
            .strip_prefix('占')
            .and_then(|w| w.strip_suffix('的'))
            .filter(|w| (2..=MAX_NOUN_CHARS).contains(&w.chars().count()))
        {
            Some(whole) => indicators
                .into_iter()
                .map(|(name, subject)| (format!("{name}占{whole}"), subject))
                .collect(),
            None => match trade_with(&indicators, &verb_after) {
                Some(traded) => traded,
                None => indicators,
            },
        },
    };
    let subject_comparison = read_clause(subject).comparison;
    for (i, (indicator, subject)) in indicators.into_iter().enumerate() {
        let found = read_clause(&indicator);
        let verb_found = read_clause(&verb_after);
        // (`分别下降0.2个、下降0.6个、提高0.8个百分点`: a number after its own change.)
        let own_change = i.checked_sub(1).and_then(|p| {
            crate::numbers::own_change(&text[quantities[p].range.1..quantities[i].range.0])
        });
        let verb_after = match own_change {
            Some(change) => change,
            None if totals.is_some() => "",
            None => verb_after.as_str(),
        };
        let mut indicator = match found.indicator {
            own if own.is_empty() => indicator,
            own => own,
        };
        // (`第一、二、三产业分别拉动经济增长0.1个、…`: what each pulled up, as when said alone;
        // by the item itself, not the measure of a list before: `三次产业对经济增长的贡献率分别
        // 为…，分别拉动经济增长…` → `第一产业拉动经济增长`.)
        if verb_after.starts_with("拉动") && verb_after.ends_with("增长") {
            // (The item of a contribution, `第一产业对经济增长的贡献率`, is `第一产业`.)
            let item = subject.as_deref().map(|s| match s.split_once('对') {
                Some((item, _)) if s.ends_with("贡献率") => item,
                _ => s,
            });
            if let Some(item) = item.filter(|s| !s.is_empty()) {
                indicator = item.to_owned();
            }
            indicator.push_str(verb_after);
        }
        out.push(Found {
            indicator,
            verb: format!("{}{}", found.verb, verb_after),
            // (`…，比2007年分别增加2.9亿吨和3.5亿吨`: the comparison before `分别`.)
            comparison: found
                .comparison
                .or(verb_found.comparison)
                .or_else(|| subject_comparison.clone()),
            subject,
            not_a_metric: false,
            period: found.period.or_else(|| part.clone()),
        });
    }
    Some(n)
}

/// `福建省对欧盟、美国、东盟分别进出口27.9亿美元、…`: trade with each partner the first item
/// names after `对`, the measure said after `分别` (`对欧盟进出口`, `对美国进出口`).
fn trade_with(
    items: &[(String, Option<String>)],
    verb_after: &str,
) -> Option<Vec<(String, Option<String>)>> {
    let measure = verb_after.strip_prefix("实现").unwrap_or(verb_after);
    if !["进出口", "出口", "进口"].contains(&measure) {
        return None;
    }
    let (first, _) = items.first()?;
    let to = first.rfind('对')?;
    let partner = |name: &str| {
        let name = name.strip_prefix('对').unwrap_or(name);
        format!("对{name}{measure}")
    };
    Some(
        std::iter::once(&first[to..])
            .chain(items[1..].iter().map(|(name, _)| name.as_str()))
            .map(|name| {
                let traded = partner(name);
                (traded.clone(), Some(traded))
            })
            .collect(),
    )
}

/// The parts of a year listed where `subject` opens (`一、二、三、四季度`, `上半年和前三季度`,
/// `1、2月份`), an elided one given the name of the last (`一` is `一季度`), and the words after
/// them; none unless there are two or more.
fn periods_listed(subject: &str) -> Option<(Vec<String>, &str)> {
    // The length of the numerals `text` opens with.
    let numerals = |text: &str| {
        text.char_indices()
            .find(|&(_, c)| !(c.is_ascii_digit() || "一二三四".contains(c)))
            .map_or(text.len(), |(end, _)| end)
    };
    let mut items: Vec<&str> = Vec::new();
    let mut at = 0;
    let full = loop {
        let rest = &subject[at..];
        if let Some(len) = period_at_start(rest) {
            at += len;
            break &rest[..len];
        }
        let numeral = numerals(rest);
        let sep = ["、", "和", "及", "至"]
            .into_iter()
            .find(|s| rest[numeral..].starts_with(s))?;
        if numeral == 0 {
            return None;
        }
        items.push(&rest[..numeral]);
        at += numeral + sep.len();
    };
    // (`上半年和前三季度`: whole names joined.)
    let mut periods: Vec<String> = Vec::with_capacity(items.len() + 2);
    let name = full.trim_end_matches('份');
    let numeral_end = numerals(name);
    if (numeral_end == 0 || numeral_end == name.len()) && !items.is_empty() {
        return None;
    }
    periods.extend(items.iter().map(|i| format!("{i}{}", &name[numeral_end..])));
    periods.push(name.to_owned());
    let mut rest = &subject[at..];
    while let Some(sep) = ["、", "和", "及"].into_iter().find(|s| rest.starts_with(s)) {
        let len = period_at_start(&rest[sep.len()..])?;
        periods.push(
            rest[sep.len()..sep.len() + len]
                .trim_end_matches('份')
                .to_owned(),
        );
        rest = &rest[sep.len() + len..];
    }
    (periods.len() >= 2).then_some((periods, rest))
}

/// Two measures said in one word, and each of them in turn (`存贷款` → `存款`, `贷款`).
const FUSED_PAIRS: &[(&str, [&str; 2])] = &[
    ("存贷款", ["存款", "贷款"]),
    ("产销量", ["产量", "销量"]),
    ("产销", ["产量", "销量"]),
    ("收支", ["收入", "支出"]),
];

/// `城乡居民人均可支配收入分别增长8%、9.5%`: for two numbers, 城乡 is 城镇 and 农村 (and so
/// are 城 and 乡 listed apart: `城、乡居民人均可支配收入`); and items of one character listed
/// before the last take the name it ends with (`轻、重工业` → `轻工业`, `重工业`).
fn town_and_country(parts: Vec<String>, n: usize) -> Vec<String> {
    let rest = match parts.as_slice() {
        [only] if n == 2 => only.strip_prefix("城乡"),
        [town, country] if town == "城" => country.strip_prefix('乡'),
        _ => None,
    };
    if let Some(rest) = rest {
        return vec![format!("城镇{rest}"), format!("农村{rest}")];
    }
    // (`轻、重工业占比`, `大、中型企业`: one character each before the name they share.)
    let short = |p: &String| {
        let mut chars = p.chars();
        chars
            .next()
            .is_some_and(|c| !crate::numbers::chinese::is_numeral_char(c))
            && chars.next().is_none()
    };
    match parts.split_last() {
        Some((last, before)) if !before.is_empty() && before.iter().all(short) => {
            let head = last.char_indices().nth(1).map_or("", |(at, _)| &last[at..]);
            if head.chars().count() < 2 {
                return parts;
            }
            with_head(before, last, head)
        }
        _ => parts,
    }
}

/// Whether the last `n` metrics found are of `n` different indicators.
fn distinct_last(out: &[Found], n: usize) -> bool {
    let Some(tail) = out
        .get(out.len().wrapping_sub(n)..)
        .filter(|t| !t.is_empty())
    else {
        return false;
    };
    tail.iter().enumerate().all(|(i, f)| {
        !f.indicator.is_empty() && tail[..i].iter().all(|g| g.indicator != f.indicator)
    })
}

/// `粮食播种面积和产量保持在1000万亩、400万吨以上`: numbers written one after another, as
/// many as the subjects before them, go to the subjects in turn, as with `分别`. Returns how
/// many quantities it handled.
fn distribute_list(
    text: &str,
    sentence_start: usize,
    prev_end: Option<usize>,
    quantities: &[&Quantity],
    out: &mut Vec<Found>,
) -> Option<usize> {
    let first = quantities.first()?;
    // (`52.8%左右和56%左右`: a bound of the first before the joint.)
    let joined = |n: usize, joints: &[&str]| {
        joints.contains(&without_bound(
            &text[quantities[n - 1].range.1..quantities[n].range.0],
        ))
    };
    let count = |joints: &[&str]| {
        let mut n = 1;
        while n < quantities.len() && joined(n, joints) {
            n += 1;
        }
        n
    };
    let listed = count(&["、", "和", "及"]);
    if listed < 2 {
        return None; // (most numbers: no clause to read twice)
    }
    let n = count(&["、", "和"]);
    let start = (sentence_start + after_last_break(&text[sentence_start..first.range.0]))
        .max(prev_end.unwrap_or(0).min(first.range.0));
    let clause = read_clause(&text[start..first.range.0]);
    if let Some(shares) = shares_in_totals(&clause.indicator, out, listed) {
        for name in shares {
            out.push(Found {
                indicator: name.clone(),
                verb: clause.verb.clone(),
                comparison: clause.comparison.clone(),
                subject: Some(name),
                not_a_metric: false,
                period: clause.period.clone(),
            });
        }
        return Some(listed);
    }
    // `全部财政收入和地方一般预算收入分别完成166.6亿元和73.3亿元，可比增长21.6%和22%`: a
    // list with no subject of its own after a `分别` list of as many goes over its subjects.
    if clause.indicator.is_empty() {
        let n = listed;
        let previous = out.get(out.len().wrapping_sub(n)..).unwrap_or_default();
        // (`城镇居民人均可支配收入15781元，农村居民人均纯收入4761元，实际增长8.4%和8%`: or
        // the levels just before, when the list tells how they grew.)
        let grew = ["增长", "下降", "提高"]
            .iter()
            .any(|v| clause.verb.ends_with(v));
        let named = previous.iter().all(|f| f.subject.is_some()) || grew;
        if n >= 2 && named && distinct_last(out, n) {
            let previous = previous.to_vec();
            for f in previous {
                out.push(Found {
                    verb: clause.verb.clone(),
                    comparison: clause.comparison.clone(),
                    period: clause.period.clone(),
                    ..f
                });
            }
            return Some(n);
        }
    }
    if n < 2 {
        return None;
    }
    // `金融机构各项存贷款余额为9249.9亿元和6152.2亿元`: deposits and loans, in one word; so
    // are output and sales (`新能源汽车产销量分别完成…`, `汽车产销分别…`), and revenue and
    // spending (`一般公共预算收支分别完成…`).
    // (`产销` only where it ends the name: not `工业产销率`, one rate.)
    let fused = FUSED_PAIRS.iter().find(|(word, _)| {
        clause.indicator.contains(word) && (*word != "产销" || clause.indicator.ends_with(word))
    });
    let parts = if let Some((word, pair)) = fused.filter(|_| n == 2) {
        pair.iter()
            .map(|w| clause.indicator.replacen(word, w, 1))
            .collect()
    } else {
        town_and_country(
            of_the_first_subject(share_head(
                &clause.indicator,
                split_subjects(&clause.indicator, &['、', '和', '及', '与']),
            )),
            n,
        )
    };
    if parts.len() != n {
        return None;
    }
    for part in with_shared_measure(parts) {
        out.push(Found {
            indicator: part.clone(),
            verb: clause.verb.clone(),
            comparison: clause.comparison.clone(),
            subject: Some(part),
            not_a_metric: false,
            period: clause.period.clone(),
        });
    }
    Some(n)
}

/// `增加值达到17232.8亿元、实现上缴税金2342.5亿元，占全省生产总值、全部财政收入的比重达到
/// 64.8%和67.3%`: a share said without its subjects, of as many totals as numbers, is of the `n`
/// measures just before, each in its own total (`民营经济增加值占全省生产总值的比重`, …).
fn shares_in_totals(indicator: &str, out: &[Found], n: usize) -> Option<Vec<String>> {
    let (totals, tail) = totals_after(indicator, n)?;
    let previous = out.get(out.len().checked_sub(n)?..)?;
    let measures = previous
        .iter()
        .all(|f| f.indicator.chars().count() >= 2 && !f.indicator.contains('占'));
    measures.then(|| {
        previous
            .iter()
            .zip(&totals)
            .map(|(f, total)| format!("{}占{total}{tail}", f.indicator))
            .collect()
    })
}

/// The `n` totals a share names after `占` (`占全省生产总值、全部财政收入的比重` →
/// `全省生产总值`, `全部财政收入`) and the words after them (`的比重`), if it names `n`.
fn totals_after(words: &str, n: usize) -> Option<(Vec<&str>, &'static str)> {
    let of = words.strip_prefix('占')?;
    let (totals, tail) = match (of.strip_suffix("的比重"), of.strip_suffix("比重")) {
        (Some(head), _) => (head, "的比重"),
        (None, Some(head)) => (head, "比重"),
        (None, None) => (of.strip_suffix('的').unwrap_or(of), ""),
    };
    let totals: Vec<&str> = totals.split(['、', '和']).collect();
    let named = totals.iter().all(|t| t.chars().count() >= 2);
    (n >= 2 && totals.len() == n && named).then_some((totals, tail))
}

/// Pollutants whose emissions a report measures, each named alone as the measure of its
/// emission (`二氧化硫排放量和化学需氧量均削减5.5%`).
const POLLUTANTS: &[&str] = &[
    "化学需氧量",
    "氨氮",
    "二氧化硫",
    "氮氧化物",
    "二氧化碳",
    "挥发性有机物",
    "烟粉尘",
    "颗粒物",
];

/// `化学需氧量、氨氮排放都要减少2%`: pollutants listed before the emissions the last one names
/// are each emitted so (their names are the genre's own, unlike the parts of `批发和零售业`).
fn of_pollutants(parts: Vec<String>) -> Vec<String> {
    let Some((last, earlier)) = parts.split_last() else {
        return parts;
    };
    let measure = ["排放总量", "排放量", "排放"]
        .iter()
        .find(|m| last.ends_with(**m) && POLLUTANTS.contains(&&last[..last.len() - m.len()]));
    match measure {
        Some(m)
            if !earlier.is_empty() && earlier.iter().all(|p| POLLUTANTS.contains(&p.as_str())) =>
        {
            with_head(earlier, last, m)
        }
        _ => parts,
    }
}

/// `集中带量采购药品、耗材平均降价58%和80%`: a measure written once, after the last part, is
/// of the earlier parts that name none of their own.
fn with_shared_measure(parts: Vec<String>) -> Vec<String> {
    let suffix = parts
        .split_last()
        .map_or("", |(last, earlier)| shared_measure(earlier, last))
        .to_owned();
    let last = parts.len().saturating_sub(1);
    parts
        .into_iter()
        .enumerate()
        .map(|(k, part)| {
            if k < last && shared_suffix(&part).is_empty() && !part.ends_with(&suffix) {
                format!("{part}{suffix}")
            } else {
                part
            }
        })
        .collect()
}

/// The comparisons of a `分别` list of `n` places (`高于全国、全省` → `高于全国`, `高于全省`;
/// `比全省、全国` … `高` → `比全省`, `比全国`; `分别比全国、全省平均水平高` → `比全国平均水平`,
/// `比全省平均水平`), from the words before `分别` and after it.
fn places_compared<'a>(before: &'a str, after: &str, n: usize) -> Option<(&'a str, Vec<String>)> {
    // (`规上工业增加值增速比全国、全省分别高…`: and the measure compared, when said before.)
    let (measure, than, places) = THAN
        .iter()
        .find_map(|w| after.strip_prefix(w).map(|rest| ("", *w, rest)))
        .or_else(|| {
            // (`分别比全国、全省高…`; `分别比一季度、上半年、三季度提升…`.)
            let rest = after.strip_prefix('比')?;
            let rest = [
                "提升", "提高", "加快", "回落", "下降", "高", "低", "快", "慢",
            ]
            .iter()
            .find_map(|v| rest.strip_suffix(v))?;
            Some(("", "比", rest))
        })
        .or_else(|| {
            let at = before.rfind('比')?;
            Some((&before[..at], "比", &before[at + '比'.len_utf8()..]))
        })?;
    let (places, level) = places_and_level(places)?;
    (places.len() == n).then(|| {
        let compared = places.iter().map(|p| format!("{than}{p}{level}")).collect();
        (measure, compared)
    })
}

/// The places of a list of whole places (or parts of the year, `一季度、上半年`) and the level of
/// each the list ends with (`全国、全省平均水平` → `全国`, `全省`; `平均水平`), or `None` when it
/// is not one.
fn places_and_level(list: &str) -> Option<(Vec<String>, &str)> {
    let places = without_level_compared(list);
    let level = &list[places.len()..];
    let places = split_subjects(places, &['、', '和', '及', '与']);
    // (Or parts of the year: `比一季度、上半年、三季度`.)
    let part_of_year =
        |p: &str| period_name_at_start(p).is_some_and(|(_, len)| len == p.len() && len > 0);
    let whole = places.len() >= 2
        && (places.iter().all(|p| WHOLE_PLACES.contains(&p.as_str()))
            || places.iter().all(|p| part_of_year(p)));
    whole.then_some((places, level))
}

/// Where a comparison with places listed (`高于全国、全省`) ends the clause before a number,
/// the start of that comparison.
fn places_listed_at(before: &str) -> Option<usize> {
    // (Told by its end first: most numbers follow no place.)
    let places = without_level_compared(before);
    if !WHOLE_PLACES.iter().any(|p| places.ends_with(p)) {
        return None;
    }
    let (at, w) = THAN
        .iter()
        .filter_map(|w| rfind_word(before, w).map(|at| (at, w)))
        .max()?;
    places_and_level(&before[at + w.len()..])?;
    Some(at)
}

/// Gives the bare measures of a list the subject its first item names before a measure of the
/// same sort (`建议提案办复率、满意率` → `…办复率`, `建议提案满意率`; `生产安全事故起数、死亡人数`
/// → `…起数`, `生产安全事故死亡人数`; `民营经济增加值和实缴税金` → `民营经济实缴税金`), and the
/// things of a list the action its first item opens with (`新建污水处理厂和垃圾处理场` →
/// `新建垃圾处理场`).
fn of_the_first_subject(parts: Vec<String>) -> Vec<String> {
    const COUNTS: &[&str] = &["人数", "起数", "次数", "户数", "件数", "家数", "死亡人数"];
    const TAXES: &[&str] = &["实缴税金", "上缴税金"];
    let amount =
        |p: &str| MEASURES.contains(&p) || BARE_MEASURES.contains(&p) || TAXES.contains(&p);
    // A rate of three characters (`满意率`), a count or an amount.
    let bare =
        |p: &str| p.chars().count() == 3 && p.ends_with('率') || COUNTS.contains(&p) || amount(p);
    let Some(first) = parts.first() else {
        return parts;
    };
    let action = leading_action(first);
    let measure_len = if first.ends_with('率') {
        first
            .char_indices()
            .rev()
            .nth(2)
            .map(|(i, _)| first.len() - i)
    } else {
        COUNTS
            .iter()
            .chain(MEASURES)
            .chain(BARE_MEASURES)
            .filter(|c| first.ends_with(**c))
            .map(|c| c.len())
            .max()
    };
    // (`规模以上工业总产值、营业收入、利润总额`: the enterprises above the size are
    // industry's, not the output's alone.)
    let measure_len = measure_len.map(|len| {
        let subject = &first[..first.len() - len];
        let of_industry = first[subject.len()..].starts_with("工业")
            && ["规模以上", "规上"].iter().any(|s| subject.ends_with(s));
        if of_industry {
            len - "工业".len()
        } else {
            len
        }
    });
    let subject = measure_len
        .filter(|&len| first[..first.len() - len].chars().count() >= 2)
        .map(|len| &first[..first.len() - len]);
    let (action, subject) = (action.to_owned(), subject.map(str::to_owned));
    parts
        .into_iter()
        .enumerate()
        .map(|(i, p)| match &subject {
            Some(subject) if i > 0 && bare(&p) => format!("{subject}{p}"),
            // (Things, not measures: `新建污水处理厂和垃圾处理场24座和12座`.)
            // (Nor to things with an action of their own inside: `衔接国家取消和接收下放…事项`.)
            _ if i > 0
                && !action.is_empty()
                && subject.is_none()
                && leading_action(&p).is_empty()
                && !ACTIONS.iter().any(|a| contains_word(&p, a))
                && p.chars().count() >= 2 =>
            {
                format!("{action}{p}")
            }
            _ => p,
        })
        .collect()
}

/// Gives the earlier subjects of a list the head noun that only the last one writes:
/// `国家级和市级“专精特新”企业` → `国家级“专精特新”企业`, `市级“专精特新”企业`;
/// `“雏鹰”、“瞪羚”、领军企业` → `“雏鹰”企业`, `“瞪羚”企业`, `领军企业`.
fn share_head(subject: &str, parts: Vec<String>) -> Vec<String> {
    let Some((last, earlier)) = parts.split_last() else {
        return parts;
    };
    // Ordinals that only the first writes with `第` (`第一、二、三产业增加值`): each item is
    // `第` and its numeral before the head the last one writes.
    // `居民人均可支配收入城镇、农村分别达到…`: the sides after the measure they share.
    const SIDES: &[&str] = &["城镇", "农村", "城市", "乡村"];
    let side_of = |p: &str| SIDES.iter().find(|s| p.ends_with(**s)).copied();
    if let Some(side) = side_of(&parts[0]) {
        let measure = &parts[0][..parts[0].len() - side.len()];
        if measure.chars().count() >= 2 && parts[1..].iter().all(|p| SIDES.contains(&p.as_str())) {
            return parts
                .iter()
                .map(|p| format!("{}{measure}", side_of(p).unwrap_or(p)))
                .collect();
        }
    }
    // (And `一、二、三产业`, the industries said without any `第`.)
    let industries = last
        .trim_start_matches(crate::numbers::chinese::is_numeral_char)
        .starts_with("产业");
    let first = parts[0]
        .strip_prefix('第')
        .or_else(|| industries.then_some(parts[0].as_str()));
    if let Some(first_numeral) = first {
        let numeral_len = |p: &str| {
            p.char_indices()
                .find(|&(_, c)| !crate::numbers::chinese::is_numeral_char(c))
                .map_or(p.len(), |(i, _)| i)
        };
        let bare = |p: &str| !p.is_empty() && numeral_len(p) == p.len();
        let head = &last[numeral_len(last)..];
        if bare(first_numeral)
            && earlier[1..].iter().all(|p| bare(p))
            && numeral_len(last) > 0
            && !head.is_empty()
        {
            return earlier
                .iter()
                .map(|p| p.trim_start_matches('第'))
                .chain([&last[..numeral_len(last)]])
                .map(|n| format!("第{n}{head}"))
                .collect();
        }
    }
    // Per unit of output (`单位国内生产总值能耗和二氧化碳排放`): the later items are per unit
    // too.
    let per_unit = [
        "单位国内生产总值",
        "单位地区生产总值",
        "单位生产总值",
        "单位GDP",
    ]
    .iter()
    .find(|u| parts[0].starts_with(**u) && parts[0].len() > u.len());
    if let Some(unit) = per_unit.filter(|_| parts[1..].iter().all(|p| !p.starts_with("单位"))) {
        let later = parts[1..].iter().map(|p| format!("{unit}{p}"));
        return std::iter::once(parts[0].clone()).chain(later).collect();
    }
    // A bare measure after a subject with its scope (`粮食播种面积和产量`): the later measures
    // take the scope (`粮食产量`).
    // (The measure the first ends with may be a bare one: `乡镇企业上缴税金和实现利润`.)
    let first = &parts[0];
    let measure_len = BARE_MEASURES
        .iter()
        .filter(|m| first.ends_with(**m))
        .map(|m| m.len())
        .chain([shared_suffix(first).len()])
        .max()
        .unwrap_or(0);
    let scope = &first[..first.len() - measure_len];
    if measure_len > 0
        && !scope.is_empty()
        && parts[1..].iter().all(|p| MEASURES.contains(&p.as_str()))
    {
        let later = parts[1..].iter().map(|p| format!("{scope}{p}"));
        return std::iter::once(first.clone()).chain(later).collect();
    }
    // Bands of ages (`0-17岁、18-34岁、60岁及以上户籍人口`): the people the last one names.
    let band = |p: &str| p.starts_with(|c: char| c.is_ascii_digit()) && p.ends_with('岁');
    if let Some(at) = last.find('岁').filter(|_| earlier.iter().all(|p| band(p))) {
        let rest = &last[at + '岁'.len_utf8()..];
        let head = ["及以上", "以上", "及以下", "以下"]
            .iter()
            .find_map(|w| rest.strip_prefix(w))
            .unwrap_or(rest);
        if band(&last[..at + '岁'.len_utf8()]) && !head.is_empty() {
            return with_head(earlier, last, head);
        }
    }
    // Modifiers of one kind (`国家级`, `市级`): the last part's head follows its own modifier.
    let suffix = earlier.first().and_then(|p| p.chars().last());
    if let Some(c @ ('级' | '型' | '类')) = suffix {
        let short = earlier
            .iter()
            .all(|p| p.chars().count() <= 4 && p.ends_with(c));
        if let Some(at) = last.find(c).filter(|_| short) {
            let head = &last[at + c.len_utf8()..];
            if !head.is_empty() {
                return with_head(earlier, last, head);
            }
        }
    }
    // Parallel modifiers (`进口、出口通关时间`): each earlier part matches the start of the
    // last one in length and last character, and the rest of the last one is the head.
    // So are modifiers of one kind that share no character: places of residence
    // (`城镇、乡村居民人均可支配收入`), `固定、移动电话用户`, kinds of ownership.
    const KINDS: &[&[&str]] = &[
        &["城镇", "农村", "乡村", "城市", "城区", "市区", "县城"],
        &["固定", "移动"],
        &["国有", "集体", "民营", "私营", "外资", "外商"],
        &["公办", "民办"],
        &["境内", "境外", "国内", "国外"],
    ];
    let k = earlier.first().map_or(0, |p| p.chars().count());
    let last_start: String = last.chars().take(k).collect();
    let one_kind = KINDS.iter().any(|kind| {
        kind.contains(&last_start.as_str()) && earlier.iter().all(|p| kind.contains(&p.as_str()))
    });
    let parallel = (1..=3).contains(&k)
        && earlier.iter().all(|p| {
            p.chars().count() == k
                && (one_kind || last.chars().nth(k - 1) == p.chars().last())
                && last.chars().count() > k + 1
        });
    if parallel {
        let head: String = last.chars().skip(k).collect();
        return with_head(earlier, last, &head);
    }
    // A scope before a place (`全国和自由贸易试验区负面清单条数`): the head follows the place.
    let scopes = earlier
        .iter()
        .all(|p| ["全国", "全省", "全市", "全区", "全县"].contains(&p.as_str()));
    let place_end = last
        .char_indices()
        .take(10)
        .filter(|(_, c)| PLACE_ENDS.contains(c))
        .map(|(i, c)| i + c.len_utf8())
        .last();
    if let Some(at) = place_end.filter(|&at| scopes && at < last.len()) {
        let head = &last[at..];
        return with_head(earlier, last, head);
    }
    // Quoted names (`“雏鹰”`) before a last part that ends in a head noun.
    let quoted = earlier
        .iter()
        .all(|p| subject.contains(&format!("“{p}”")) && !HEADS.iter().any(|h| p.ends_with(h)));
    match HEADS
        .iter()
        .find(|h| last.ends_with(**h) && last.len() > h.len())
    {
        Some(head) if quoted => earlier
            .iter()
            .map(|p| format!("{p}{head}"))
            .chain([last.clone()])
            .collect(),
        _ => parts,
    }
}

/// Where the last clause of `text` starts: after its last `，`, `；` or `：` (0 if none).
pub(super) fn after_last_break(text: &str) -> usize {
    text.char_indices()
        .filter(|&(_, c)| matches!(c, '，' | '；' | '：' | ','))
        .map(|(i, c)| i + c.len_utf8())
        .next_back()
        .unwrap_or(0)
}

/// The earlier parts of a list, each with the head that only the last part writes, then the
/// last part.
fn with_head(earlier: &[String], last: &str, head: &str) -> Vec<String> {
    earlier
        .iter()
        .map(|p| format!("{p}{head}"))
        .chain([last.to_owned()])
        .collect()
}

/// The sides of the measure before a rank that its words name, each with the measure, listed
/// with `、`, and the adverb that says each ranked so: `总量和增速均` after `规上工业增加值…`
/// → (`规上工业增加值总量、规上工业增加值增速`, `均`).
fn aspects_of_measure_before(head: &str, out: &[Found]) -> Option<(String, &'static str)> {
    const SIDES: &[&str] = &["总量", "增速", "增幅", "总额", "规模"];
    let (sides, adverb) = ["均", "都"]
        .iter()
        .find_map(|a| head.strip_suffix(a).map(|s| (s, *a)))?;
    let sides: Vec<&str> = sides.split(['和', '、']).collect();
    if sides.len() < 2 || !sides.iter().all(|s| SIDES.contains(s)) {
        return None;
    }
    let last = out.iter().rev().find(|f| !f.indicator.is_empty())?;
    let measure = without_rate(&last.indicator);
    let listed: Vec<String> = sides.iter().map(|s| format!("{measure}{s}")).collect();
    Some((listed.join("、"), adverb))
}

/// `218家工业战略性新兴产业企业和104家高技术制造业企业增加值增速` →
/// `工业战略性新兴产业企业`, `高技术制造业企业增加值增速` (numbers with units dropped).
fn split_subjects(subject: &str, separators: &[char]) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    let mut current = String::new();
    for c in subject.chars() {
        if separators.contains(&c) && !current.is_empty() {
            parts.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    if !current.is_empty() {
        parts.push(current);
    }
    let parts = parts
        .into_iter()
        .map(|p| {
            // Drop a leading filler, unless it is the whole part (`全国和自由贸易试验区…`).
            let filler = leading_fillers().starting(&p).find(|f| p.len() > f.len());
            let p = match filler {
                Some(f) => p[f.len()..].to_owned(),
                None => p,
            };
            // `主要污染物化学需氧量和二氧化硫排放量`: the kind the list is of.
            let p = match p.strip_prefix("主要污染物") {
                Some(rest) if rest.chars().count() >= 2 => rest.to_owned(),
                _ => p,
            };
            // Drop a leading count (`218家`): it is a metric of its own.
            let numeric = p.starts_with(|c: char| {
                c.is_ascii_digit() || crate::numbers::chinese::is_numeral_char(c)
            });
            let quantities = if numeric {
                crate::numbers::scan_quantities(&p)
            } else {
                Vec::new()
            };
            // (Not a bare numeral: `第一、二、三产业` leaves out the later items' `第`; nor a band
            // of ages, which names its people: `0-17岁、18-34岁…户籍人口`.)
            match quantities.first() {
                Some(q) if q.range.0 == 0 && q.unit.as_deref().is_some_and(|u| u != "岁") => {
                    p[q.range.1..].to_owned()
                }
                _ => p,
            }
        })
        .map(|p| p.trim_matches(['“', '”', ' ']).to_owned())
        .filter(|p| !p.is_empty())
        .collect();
    written_out(parts)
}

/// Where the number of the kinds a list names opens (`…非金属矿物制品业四个行业增加值` → at
/// `四个行业`), if it does.
fn count_of_kinds(indicator: &str) -> Option<usize> {
    const KINDS: &[&str] = &[
        "个行业",
        "大行业",
        "类行业",
        "个产业",
        "大产业",
        // (`电子信息、绿色建材和装配式建筑两大主导产业产值分别增长…`.)
        "大主导产业",
        "个主导产业",
        "大支柱产业",
        "个重点产业",
        "个领域",
        "大领域",
    ];
    let kind_at = KINDS.iter().find_map(|k| find_word(indicator, k))?;
    let n = run_at_end(&indicator[..kind_at], |c| {
        c.is_ascii_digit() || crate::numbers::chinese::is_numeral_char(c)
    });
    (n > 0).then(|| kind_at - n)
}

/// Characters paired in a list that writes the words they open once (`存、贷款余额`,
/// `进、出口总额`, `大、中、小型企业`).
const PAIRED: &[(char, char)] = &[
    ('存', '贷'),
    ('进', '出'),
    ('大', '中'),
    ('中', '小'),
    ('出', '入'),
];

/// The parts with the words a paired character shares written out: `金融机构存`, `贷款余额` →
/// `金融机构存款余额`, `金融机构贷款余额`.
fn written_out(mut parts: Vec<String>) -> Vec<String> {
    for i in (1..parts.len()).rev() {
        let (x, y) = (parts[i - 1].chars().next_back(), parts[i].chars().next());
        let (Some(x), Some(y)) = (x, y) else { continue };
        let tail = &parts[i][y.len_utf8()..];
        if !PAIRED.contains(&(x, y)) || tail.is_empty() {
            continue;
        }
        let prefix = &parts[i - 1][..parts[i - 1].len() - x.len_utf8()];
        let second = format!("{prefix}{}", parts[i]);
        parts[i - 1] = format!("{}{tail}", parts[i - 1]);
        parts[i] = second;
    }
    parts
}

/// Nouns that end the name of what a report counts (`“雏鹰”企业`, `重点承接平台`).
const HEADS: &[&str] = &[
    "企业",
    "项目",
    "园区",
    "基地",
    "平台",
    "城市",
    "乡村",
    "学校",
    "工程",
    "中心",
    "幼儿园",
    // `新设经营主体108.6万户、增长15.2%，总量达到816万户`
    "主体",
    // `592个国家扶贫开发工作重点县免征农业税`
    "县",
];

/// Measures that follow what they measure (`…企业增加值`), shared by a list written once.
const MEASURES: &[&str] = &[
    "人均",
    "增加值",
    "营业收入",
    "收入",
    "产量",
    "增速",
    "比重",
    "占比",
    "总额",
    "投资",
    "产值",
    "规模",
    "数量",
    "播种面积",
    "面积",
    "利润",
    "销售额",
    "交易额",
    "零售额",
    "排放量",
    "能耗",
    // `单位国内生产总值能耗、水耗均下降20%以上`
    "水耗",
    "物耗",
    // `单位国内生产总值用水量、能耗、二氧化碳排放量分别下降…`
    "用水量",
    "用电量",
    // `风力、太阳能发电量分别为35.6亿千瓦时和30.5亿千瓦时`
    "发电量",
    "装机容量",
    // `小麦、稻谷最低收购价…分别提高7.4元和16元`, `猪肉、蔬菜价格分别上涨…`
    "最低收购价",
    "价格",
    // `专利申请量、授权量`, `港口通过能力6.8亿吨、吞吐量7.5亿吨`
    "申请量",
    "授权量",
    "吞吐量",
    "通过能力",
    // Rates (`城镇建成区、村庄绿化覆盖率`, `污水、垃圾处理率`).
    "绿化覆盖率",
    "覆盖率",
    "普及率",
    "达标率",
    "处理率",
    "利用率",
    "合格率",
    // `城镇职工基本养老保险、基本医疗保险参保人数分别增加…`
    "参保人数",
    "入学率",
    "参保率",
    // `城镇企业职工失业保险、养老保险覆盖面分别达到91.7%和97.4%`
    "覆盖面",
    // `35个工业大类行业中有24个行业增加值保持增长，增长面为68.6%`
    "增长面",
    // `地方普通高校和研究生招生，分别增长57.6％和66.3％`
    "招生",
    // `全年生猪出栏21.8万头、存栏12.6万头`
    "出栏",
    "存栏",
];

/// A herd's measures, which a measure alone takes the herd of only from one another.
const HERD_MEASURES: &[&str] = &["出栏", "存栏"];

/// Rates of a measure, which a list may share after its last measure (`…增加值增速`).
pub(super) const RATES: &[&str] = &["增速", "增幅", "增长率", "涨幅", "降幅"];

/// The measure a rate's name is of (`规模以上工业增加值增速` → `规模以上工业增加值`), or the
/// name as it is when it names no measure before its rate.
pub(super) fn without_rate(indicator: &str) -> &str {
    RATES
        .iter()
        .find_map(|r| indicator.strip_suffix(r))
        .filter(|measure| !measure.is_empty())
        .unwrap_or(indicator)
}

/// The measure that a list shares, written once after its last subject (`增加值增速`).
fn shared_suffix(last: &str) -> &str {
    // `二氧化硫、化学需氧量排放分别削减3.5%和3%` (not a measure that stops a noun: `1个单位碳
    // 排放配额`).
    let Some(at) = MEASURES
        .iter()
        .chain(&["排放", "平均", "出口"])
        .filter_map(|m| find_word(last, m))
        .min()
        // (`机电产品和高新技术产品出口`, not `外贸出口` or `净出口`, measures of their own.)
        .filter(|&at| at > 0 && !["外贸", "净"].iter().any(|w| last[..at].ends_with(w)))
    else {
        return "";
    };
    // `增加值和上缴税金占全省的比重`: a share is shared from its `占`.
    match last[..at].find('占').filter(|&o| o > 0) {
        Some(of) => &last[of..],
        None => &last[at..],
    }
}

/// [`shared_suffix`] with the kind of thing the list names when only its last item says it
/// (`新能源、新材料、生物医药产业增速`: 产业 is of all three), unless an earlier item has it.
fn shared_measure<'a>(earlier: &[String], last: &'a str) -> &'a str {
    let suffix = shared_suffix(last);
    let head_end = last.len() - suffix.len();
    // (`养老、失业、医疗和工伤保险参保人数`: or insurance; `城镇和农村居民人均可支配收入`:
    // or residents.)
    for kind in ["产业", "行业", "保险", "居民"] {
        // Not after items that name their own kind (`装备制造业、高新技术产业增加值…`).
        let kind_end = kind.chars().next_back().unwrap_or('业');
        let with_kind = last[..head_end].ends_with(kind)
            && head_end > kind.len()
            && !earlier.iter().any(|p| p.ends_with(kind_end));
        if with_kind && !suffix.is_empty() {
            return &last[head_end - kind.len()..];
        }
    }
    // `第一产业、第二产业、第三产业对经济增长的贡献率`: a measure not known as one, after the
    // kind that all the items end with.
    if suffix.is_empty() && !earlier.is_empty() {
        for kind in ["产业", "行业"] {
            let tail = last.rfind(kind).map(|at| &last[at + kind.len()..]);
            if let Some(tail) = tail.filter(|t| !t.is_empty()) {
                if earlier.iter().all(|p| p.ends_with(kind)) {
                    return tail;
                }
            }
        }
    }
    suffix
}

/// The label a colon ends right before a figure (`地区生产总值：1234亿元`, `研发投入强度：达到
/// 3.2%`), where the clause after the colon names nothing: where the label starts (not before
/// `floor`, the end of the figure before), and the label and the words after the colon as one
/// clause. Not a lead-in (`主要预期目标是：`, `如下：`), whose figures are named after it.
fn labelled(text: &str, floor: usize, start: usize, at: usize) -> Option<(usize, String)> {
    const MAX_LABEL_CHARS: usize = 20;
    let before = text.get(floor..start)?.trim_end();
    let colon = before.strip_suffix(['：', ':'])?;
    // (A Markdown page's bold label: `- **生产总值增长**:`.)
    let colon = colon.trim_end_matches('*');
    let label_start =
        last_boundary(text, floor, floor + colon.len()).map_or(floor, |(i, c)| i + c.len_utf8());
    let label = text[label_start..floor + colon.len()]
        .trim_start_matches(|c: char| c == '-' || c == '*' || c.is_whitespace())
        .trim();
    let lead_in = ["是", "为", "如下", "包括", "有", "指标", "目标", "情况"]
        .iter()
        .any(|w| label.ends_with(w));
    let n = label.chars().count();
    ((2..=MAX_LABEL_CHARS).contains(&n) && !lead_in && !label.contains(['。', '；']))
        .then(|| (label_start, format!("{label}{}", &text[start..at])))
}

/// Whether an item names a measure of its own, which an action before the list does not
/// reach (`粮食产量`, `居民人均可支配收入`).
fn names_own_measure(indicator: &str) -> bool {
    ["产量", "率", "额", "值", "指数", "价格", "收入"]
        .iter()
        .any(|m| indicator.ends_with(m))
}

#[cfg(test)]
mod word_list_tests {
    use super::COMPARISONS;

    #[test]
    fn a_gloss_is_an_abbreviation_in_brackets_after_a_word() {
        let gloss = |text: &str, bracket: char| {
            text.find(bracket)
                .is_some_and(|at| super::in_gloss(text, at, bracket))
        };
        for text in [
            "货币供应量（M2）余额",
            "细颗粒物（PM2.5）浓度",
            "信托基金(REITs)",
        ] {
            assert!(gloss(text, '（') || gloss(text, '('), "{text}");
            assert!(gloss(text, '）') || gloss(text, ')'), "{text}");
        }
        for text in [
            "（M2）余额",
            "就业（1）人数",
            "收入（扣除留抵退税因素）",
            "指标（ABCDEFGHIJKLMN）",
        ] {
            assert!(!gloss(text, '（'), "{text}");
            assert!(!gloss(text, '）'), "{text}");
        }
    }

    /// `read_clause` searches for the comparisons only in clauses with `比`, `较` or `口径`.
    #[test]
    fn every_comparison_has_the_character_the_search_is_gated_on() {
        for c in COMPARISONS {
            assert!(
                c.contains('比') || c.contains('较') || c.contains("口径"),
                "{c}"
            );
        }
    }
}
