use crate::model::{MetricKind, Modality};

/// Analyzes `text` and renders each metric as `indicator|value unit|kind|modality`.
fn check(text: &str, expected: &[&str]) {
    let analysis = crate::analyze_text(text);
    let got: Vec<String> = analysis
        .metrics
        .iter()
        .map(|m| {
            format!(
                "{}|{}{}|{:?}|{:?}",
                m.indicator,
                m.signed_text(),
                m.unit.as_deref().unwrap_or(""),
                m.kind,
                m.modality
            )
        })
        .collect();
    assert_eq!(got, expected, "{text}");
}

#[test]
fn indicator_from_the_words_before_and_carried_over() {
    check(
        "全年预计地区生产总值超过 990亿元，同比增长 3%，实现一般公共预算收入 67亿元。",
        &[
            "地区生产总值|990亿元|Level|Estimate",
            "地区生产总值|3%|Growth|Estimate",
            "一般公共预算收入|67亿元|Level|Estimate",
        ],
    );
}

#[test]
fn fenbie_distributes_over_a_list() {
    check(
        "“雏鹰”、“瞪羚”、领军企业分别达到400家、30家、20家。",
        &[
            "雏鹰企业|400家|Count|Actual",
            "瞪羚企业|30家|Count|Actual",
            "领军企业|20家|Count|Actual",
        ],
    );
    check(
        "国家级和市级“专精特新”企业分别达到12家和92家。",
        &[
            "国家级“专精特新”企业|12家|Count|Actual",
            "市级“专精特新”企业|92家|Count|Actual",
        ],
    );
    let analysis = crate::analyze_text(
        "218家工业战略性新兴产业企业和104家高技术制造业企业增加值增速分别达到8.9%和10.8%。",
    );
    let growth: Vec<&str> = analysis
        .metrics
        .iter()
        .filter(|m| m.kind == MetricKind::Growth)
        .map(|m| m.indicator.as_str())
        .collect();
    assert_eq!(
        growth,
        [
            "工业战略性新兴产业企业增加值增速",
            "高技术制造业企业增加值增速"
        ]
    );
}

#[test]
fn shares_points_and_ratios() {
    check(
        "第一产业增加值占国内生产总值比重为6.8%。三次产业比重达到1.3：47.4：51.3。高于全市平均水平12.6个百分点。",
        &[
            "第一产业增加值占国内生产总值比重|6.8%|Share|Actual",
            "三次产业比重|1.3:47.4:51.3|Ratio|Actual",
            "|12.6个百分点|PointChange|Actual",
        ],
    );
}

#[test]
fn targets_in_a_plan_section() {
    let analysis = crate::analyze_text(
        "各位代表：\n二、2023年工作安排\n主要预期目标是：地区生产总值增长5%左右。",
    );
    let m = &analysis.metrics[0];
    assert_eq!(
        (m.indicator.as_str(), m.modality, m.qualifier.as_deref()),
        ("地区生产总值", Modality::Target, Some("左右"))
    );
    assert_eq!(m.period.as_deref(), Some("2023"));
}

#[test]
fn every_span_points_at_its_number() {
    let source = "全年地区生产总值超过 990 亿元，\n同比增长 ３％。";
    let analysis = crate::analyze_text(source);
    let spans: Vec<&str> = analysis
        .metrics
        .iter()
        .map(|m| &source[m.span.range()])
        .collect();
    assert_eq!(spans, ["990 亿元", "３％"]);
}

#[test]
fn fenbie_lists_carry_over_to_later_clauses() {
    check(
        "预计218家工业战略性新兴产业企业和104家高技术制造业企业增加值增速分别达到8.9%和10.8%，占规模工业比重分别达到45.2%和33.4%，分别高于全市平均水平12.6个百分点和19.5个百分点。",
        &[
            "工业战略性新兴产业企业|218家|Count|Estimate",
            "高技术制造业企业|104家|Count|Estimate",
            "工业战略性新兴产业企业增加值增速|8.9%|Growth|Estimate",
            "高技术制造业企业增加值增速|10.8%|Growth|Estimate",
            "工业战略性新兴产业企业占规模工业比重|45.2%|Share|Estimate",
            "高技术制造业企业占规模工业比重|33.4%|Share|Estimate",
            "工业战略性新兴产业企业占规模工业比重|12.6个百分点|PointChange|Estimate",
            "高技术制造业企业占规模工业比重|19.5个百分点|PointChange|Estimate",
        ],
    );
}

#[test]
fn a_note_in_brackets_sits_between_indicator_and_verb() {
    check(
        "地方一般公共预算收入（扣除留抵退税因素）增长7.2%，规模以上工业增加值增长0.8%。",
        &[
            "地方一般公共预算收入|7.2%|Growth|Actual",
            "规模以上工业增加值|0.8%|Growth|Actual",
        ],
    );
}

#[test]
fn the_action_of_a_list_carries_to_its_items() {
    check(
        "改造老旧小区287个，新建口袋公园179个、运动场96处。",
        &[
            "改造老旧小区|287个|Count|Actual",
            "新建口袋公园|179个|Count|Actual",
            "新建运动场|96处|Count|Actual",
        ],
    );
}

#[test]
fn numbers_in_a_row_go_to_the_subjects_in_turn() {
    check(
        "确保粮食播种面积和产量保持在1000万亩、400万吨以上。",
        &[
            "粮食播种面积|1000万亩|Level|Target",
            "粮食产量|400万吨|Level|Target",
        ],
    );
    // One subject: the numbers stay with it.
    check(
        "地区生产总值增长5%、6%。",
        &[
            "地区生产总值|5%|Growth|Actual",
            "地区生产总值|6%|Growth|Actual",
        ],
    );
}

#[test]
fn an_index_is_a_metric_without_a_unit() {
    check(
        "空气质量综合指数4.81，优良天数243天。研发投入强度达2.6以上。建成3.5期工程。",
        &[
            "空气质量综合指数|4.81|Level|Actual",
            "优良天数|243天|Level|Actual",
            "研发投入强度|2.6|Level|Actual",
        ],
    );
}

#[test]
fn a_deadline_in_a_planned_year_is_a_target() {
    let report = "政府工作报告\n——2023年1月30日在某市第十六届人民代表大会第四次会议上\n某市人民政府市长 张三\n各位代表：\n";
    check(
        &format!(
            "{report}到2025年，农林牧渔业总产值达1000亿元以上。到2022年底，累计建成公园12个。"
        ),
        &[
            "农林牧渔业总产值|1000亿元|Level|Target",
            "建成公园|12个|Count|Actual",
        ],
    );
}

#[test]
fn a_bare_rate_is_the_rate_of_the_clause_before() {
    check(
        "基本医疗保险实现市级统筹、参保率达到96%，城乡基本养老保险参保率达到95%以上。",
        &[
            "基本医疗保险参保率|96%|Level|Actual",
            "城乡基本养老保险参保率|95%|Level|Actual",
        ],
    );
}

#[test]
fn a_state_alone_names_the_previous_indicator_in_that_state() {
    check(
        "新建商品住宅销售价格环比上涨的城市个数为23个，持平的为4个，下降的为43个。",
        &[
            "新建商品住宅销售价格上涨的城市个数|23个|Count|Actual",
            "新建商品住宅销售价格持平的城市个数|4个|Count|Actual",
            "新建商品住宅销售价格下降的城市个数|43个|Count|Actual",
        ],
    );
}

#[test]
fn an_estimate_word_is_about_what_follows_it() {
    check(
        "城镇新增就业87万人，登记失业率3.3%，城乡居民人均可支配收入预计分别增长7.5%左右、8.5%左右。三次产业结构由9.2∶46.6∶44.2调整为9∶45∶46。",
        &[
            "城镇新增就业|87万人|Count|Actual",
            "登记失业率|3.3%|Level|Actual",
            "城镇居民人均可支配收入|7.5%|Growth|Estimate",
            "农村居民人均可支配收入|8.5%|Growth|Estimate",
            "三次产业结构|9.2:46.6:44.2|Ratio|Actual",
            "三次产业结构|9:45:46|Ratio|Actual",
        ],
    );
    // (After a lead sentence, the parts of an estimated whole are estimates, not the sentences
    // after them.)
    check(
        "经济运行总体平稳。据初步测算，全市实现生产总值617.5亿元，比上年增长5.2%。其中，第一产业增加值37.1亿元，增长2.6%；第二产业增加值339.9亿元。\
         绿色转型持续深入。初步测算，万元生产总值二氧化碳排放下降3.4%。清洁能源发电量3712亿千瓦时。",
        &[
            "生产总值|617.5亿元|Level|Estimate",
            "生产总值|5.2%|Growth|Estimate",
            "第一产业增加值|37.1亿元|Level|Estimate",
            "第一产业增加值|2.6%|Growth|Estimate",
            "第二产业增加值|339.9亿元|Level|Estimate",
            "万元生产总值二氧化碳排放|-3.4%|Growth|Estimate",
            "清洁能源发电量|3712亿千瓦时|Level|Actual",
        ],
    );
    // (`经初步核算` as `初步核算`.)
    check(
        "经初步核算，全县实现地区生产总值261.7亿元。其中，第一产业增加值40.0亿元。",
        &[
            "地区生产总值|261.7亿元|Level|Estimate",
            "第一产业增加值|40.0亿元|Level|Estimate",
        ],
    );
}

#[test]
fn a_ratio_changed_from_the_level_before_is_of_the_subject_that_fared() {
    check(
        "产业结构持续优化，由上年的6.9:55.9:37.2演变为6.7:55.1:38.2。",
        &[
            "产业结构|6.9:55.9:37.2|Ratio|Actual",
            "产业结构|6.7:55.1:38.2|Ratio|Actual",
        ],
    );
}

#[test]
fn the_place_the_report_is_of_is_not_part_of_an_indicator() {
    check(
        "2013年上虞区国民经济和社会发展统计公报\n上虞区统计局\n一、综合\n2013年上虞地区生产总值达624.98亿元，增幅高出绍兴平均0.5个百分点。上虞经济开发区规划总面积25平方公里。",
        &[
            "地区生产总值|624.98亿元|Level|Actual",
            "地区生产总值增幅|0.5个百分点|PointChange|Actual",
            // (A zone named after the place is a name.)
            "上虞经济开发区规划总面积|25平方公里|Level|Actual",
        ],
    );
    // (Named as the meeting's place, a city in its province.)
    check(
        "政府工作报告\n——2024年1月8日在保定市第十六届人民代表大会第三次会议上\n一、2023年工作回顾\n保定数字经济指数居全省第二。",
        &["数字经济指数|二|Rank|Actual"],
    );
}

#[test]
fn an_exchange_rate_is_the_number_after_its_unit() {
    check(
        "全年人民币平均汇率为1美元兑7.1217元人民币，比上年贬值1.1%。",
        &[
            "人民币平均汇率|7.1217元|Level|Actual",
            "人民币平均汇率|-1.1%|Growth|Actual",
        ],
    );
    // (The same figure in another currency is of the same indicator.)
    check(
        "全市人均生产总值为141647元，按平均汇率折算，人均生产总值约合20533美元。",
        &[
            "人均生产总值|141647元|Level|Actual",
            "人均生产总值|20533美元|Level|Actual",
        ],
    );
}

#[test]
fn lists_of_places_and_of_sectors_share_what_their_last_item_names() {
    check(
        "城镇、乡村居民人均可支配收入分别达到3.4万元、1.7万元。",
        &[
            "城镇居民人均可支配收入|3.4万元|Level|Actual",
            "乡村居民人均可支配收入|1.7万元|Level|Actual",
        ],
    );
    check(
        "新能源及智能电网、新材料、生物医药健康产业增速分别达到15.6%、33.1%、12.9%。",
        &[
            "新能源及智能电网产业增速|15.6%|Growth|Actual",
            "新材料产业增速|33.1%|Growth|Actual",
            "生物医药健康产业增速|12.9%|Growth|Actual",
        ],
    );
    // Items that name their own kind keep their names.
    check(
        "装备制造业、高新技术产业增加值占规上工业的比重分别达到45.4%、47.8%。",
        &[
            "装备制造业增加值占规上工业的比重|45.4%|Share|Actual",
            "高新技术产业增加值占规上工业的比重|47.8%|Share|Actual",
        ],
    );
}

#[test]
fn durations_and_comparisons_are_not_what_is_measured() {
    check(
        "五年投入财政扶贫资金74.9亿元，注册市场主体五年新增43.04万家。",
        &[
            "投入财政扶贫资金|74.9亿元|Level|Actual",
            "新增注册市场主体|43.04万家|Count|Actual",
        ],
    );
    // Names that open with a count of years keep it.
    check(
        "九年义务教育巩固率达到95.9%，千年秀林累计造林43.5万亩。",
        &[
            "九年义务教育巩固率|95.9%|Level|Actual",
            "千年秀林累计造林|43.5万亩|Level|Actual",
        ],
    );
    check(
        "空气质量优良天数242天，比2015年增加115天。审批时间压缩至3个工作日，比法定时限压缩60%。",
        &[
            "空气质量优良天数|242天|Level|Actual",
            "空气质量优良天数|115天|Change|Actual",
            "审批时间|3个工作日|Level|Actual",
            "审批时间|-60%|Growth|Actual",
        ],
    );
    // Not a comparison: 占比, 比重.
    check(
        "对地方转移支付占比提高到70%左右。",
        &["对地方转移支付占比|70%|Share|Actual"],
    );
}

#[test]
fn the_period_is_the_one_a_section_names() {
    let analysis = crate::analyze_text(
        "一、“十三五”时期回顾\n生产总值年均增长6.3%。\n二、2021年重点工作\n全市生产总值增长8%以上。\n",
    );
    let periods: Vec<_> = analysis
        .metrics
        .iter()
        .map(|m| m.period.as_deref())
        .collect();
    assert_eq!(periods, [Some("十三五"), Some("2021")]);
}

#[test]
fn the_sections_of_a_part_on_a_plan_and_a_year_s_work_are_the_year_s() {
    let text = "一、2025年工作回顾\n全县生产总值增长6.1%。\n二、“十五五”时期主要目标和2026年工作安排\n今后五年，地区生产总值年均增长6%左右。\n（一）全力抓项目扩投资\n全年实施重点项目120个。\n";
    assert_eq!(
        periods(text),
        [
            "生产总值|6.1%|2025",
            "地区生产总值|6%|十五五",
            "实施重点项目|120个|2026"
        ]
    );
    // (A part on the plan alone, or on the year's results, gives its own.)
    let text = "一、“十四五”时期和2025年工作回顾\n（一）经济实力稳步提升\n累计完成投资1120亿元。\n";
    assert_eq!(periods(text), ["完成投资|1120亿元|十四五"]);
}

#[test]
fn a_magnitude_alone_after_visits_or_people_counted_is_so_many_of_them() {
    let analysis = crate::analyze_text(
        "全年国内出游人次2.68亿，比上年增长9.8%。年末全国人口140967万。民用汽车保有量3.36亿。",
    );
    let rows: Vec<_> = analysis
        .metrics
        .iter()
        .map(|m| {
            let unit = m.unit.as_deref().unwrap_or("-");
            let base = m.base_unit.as_deref().unwrap_or("-");
            format!(
                "{}|{}{unit}|{:?}{base}",
                m.indicator, m.value_text, m.base_value
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            "国内出游人次|2.68亿|Some(268000000.0)人次",
            "国内出游人次|9.8%|Some(9.8)%",
            "人口|140967万|Some(1409670000.0)人",
            // (Cars are not said by what counts them: no unit to guess.)
            "民用汽车保有量|3.36亿|None-",
        ]
    );
}

#[test]
fn more_or_fewer_done_than_before_is_a_change_of_what_was_counted() {
    check(
        "新开工亿元以上项目1235个，比上年多开工156个。全年发生安全事故12起，比上年少发生5起。",
        &[
            "新开工亿元以上项目|1235个|Count|Actual",
            "新开工亿元以上项目|156个|Change|Actual",
            "发生安全事故|12起|Count|Actual",
            "发生安全事故|-5起|Change|Actual",
        ],
    );
}

#[test]
fn a_rank_moved_to_is_of_the_measure_ranked_before() {
    check(
        "全市经济总量在全省的位次由第9位前移至第7位。PM2.5浓度同比下降44.76%，下降率在26个城市中排名第四。",
        &[
            "经济总量在全省的位次|9位|Rank|Actual",
            "经济总量在全省的位次|7位|Rank|Actual",
            "PM2.5浓度|-44.76%|Growth|Actual",
            "PM2.5浓度下降率|四|Rank|Actual",
        ],
    );
}

#[test]
fn a_measure_that_opens_with_bing_keeps_it() {
    check(
        "其中，核电装机容量5691万千瓦；并网风电装机容量44134万千瓦，增长20.7%；并完成造林绿化12.6万亩。",
        &[
            "核电装机容量|5691万千瓦|Level|Actual",
            "并网风电装机容量|44134万千瓦|Level|Actual",
            "并网风电装机容量|20.7%|Growth|Actual",
            "造林绿化|12.6万亩|Level|Actual",
        ],
    );
}

#[test]
fn the_total_alone_after_what_was_added_is_its_level() {
    check(
        "全年新设经营主体108.6万户、增长15.2%，总量达到816万户。新设企业3.2万户，总量达到42万户。全市经营主体总量达到816万户。",
        &[
            "新设经营主体|108.6万户|Count|Actual",
            "新设经营主体|15.2%|Growth|Actual",
            "经营主体总量|816万户|Count|Actual",
            "新设企业|3.2万户|Count|Actual",
            "企业总量|42万户|Count|Actual",
            "经营主体总量|816万户|Count|Actual",
        ],
    );
}

#[test]
fn places_counted_alone_are_named_by_what_they_did() {
    check(
        "生活垃圾无害化处理率达到100%，227个村获评省级美丽乡村。766个村基本完成建设改造任务。2133个县（市、区）初步建立了农村最低生活保障制度。18个县(市)推行了农村社会养老保险试点；",
        &[
            "生活垃圾无害化处理率|100%|Level|Actual",
            "获评省级美丽乡村的村|227个|Count|Actual",
            "基本完成建设改造任务的村|766个|Count|Actual",
            "初步建立农村最低生活保障制度的县（市、区）|2133个|Count|Actual",
            "推行农村社会养老保险试点的县|18个|Count|Actual",
        ],
    );
    // (Not a noun that opens with the place, nor what was done to the places.)
    check(
        "新建50个村庄。全市60个村卫生室完成标准化建设。扩大了22个县(市)经济社会管理权限。",
        &[
            "新建村庄|50个|Count|Actual",
            "村卫生室|60个|Count|Actual",
            // (What was done to them is not named yet: not `经济社会管理权限的县`.)
            "县|22个|Count|Actual",
        ],
    );
}

#[test]
fn the_amount_a_kind_of_things_is_over_is_no_figure() {
    check(
        "培育一批产值过50亿元的特色专业园区、过100亿元的县域特色专业园区。培育100个年产值超过10亿元的产业化联合体。",
        &["培育产业化联合体|100个|Count|Actual"],
    );
    // (A level said to be passed is one.)
    check(
        "这些成绩，是在我国经济总量超过60万亿元的高基数上取得的。",
        &["经济总量|60万亿元|Level|Actual"],
    );
}

#[test]
fn the_level_a_change_is_from_said_before_it() {
    check(
        "省政府工作部门比2020年的86个减少27个。行政审批部门比现有的40个减少12个。",
        &[
            "省政府工作部门|86个|Count|Actual",
            "省政府工作部门|-27个|Change|Actual",
            "行政审批部门|40个|Count|Actual",
            "行政审批部门|-12个|Change|Actual",
        ],
    );
    // The comparison is the change's; the year compared with, the level's.
    let text = "一、2025年工作回顾\n省政府工作部门比2020年的86个减少27个。机构数量比上年的120个减少15个。\n";
    assert_eq!(
        periods(text),
        [
            "省政府工作部门|86个|2020",
            "省政府工作部门|27个|2025",
            "机构数量|120个|2024",
            "机构数量|15个|2025",
        ]
    );
    assert_eq!(
        rows_with(text, |m| m.comparison.as_deref()),
        [
            "省政府工作部门|86个|-",
            "省政府工作部门|27个|比2020年",
            "机构数量|120个|-",
            "机构数量|15个|比上年",
        ]
    );
}

#[test]
fn a_lead_in_gives_its_modality_to_the_lines_of_its_list() {
    check(
        "主要预期目标是：\n地区生产总值增长7%；\n城镇新增就业2500人；\nPM2.5平均浓度下降5%。\n全年粮食产量达到400万吨。\n",
        &[
            "地区生产总值|7%|Growth|Target",
            "城镇新增就业|2500人|Count|Target",
            "PM2.5平均浓度|-5%|Growth|Target",
            "粮食产量|400万吨|Level|Actual",
        ],
    );
}

#[test]
fn a_time_taken_is_named_by_what_it_took() {
    check(
        "面对两次突发疫情，分别用45天和24天实现本土确诊病例清零，疫情未向周边扩散。",
        &[
            "本土确诊病例清零用时|45天|Level|Actual",
            "本土确诊病例清零用时|24天|Level|Actual",
        ],
    );
}

#[test]
fn an_abbreviation_in_brackets_is_part_of_the_indicator() {
    check(
        "年末广义货币供应量（M2）余额313.5万亿元，比上年末增长7.3%。",
        &[
            "广义货币供应量（M2）余额|313.5万亿元|Level|Actual",
            "广义货币供应量（M2）余额|7.3%|Growth|Actual",
        ],
    );
    // A note in brackets is still a boundary, and so is a list number.
    check(
        "地方一般公共预算收入（扣除留抵退税因素）增长7.2%。",
        &["地方一般公共预算收入|7.2%|Growth|Actual"],
    );
}

#[test]
fn adverbs_before_the_verb_are_not_the_indicator() {
    check(
        "居民人均可支配收入实际增长5.1%，粮食产量首次跃上1.4万亿斤新台阶、亩产提升10.1斤。",
        &[
            "居民人均可支配收入|5.1%|Growth|Actual",
            "粮食产量|1.4万亿斤|Level|Actual",
            "亩产|10.1斤|Level|Actual",
        ],
    );
    check(
        "城乡居民基础养老金最低标准再提高20元。今年中央预算内投资拟安排7350亿元，拟发行特别国债5000亿元。",
        &[
            "城乡居民基础养老金最低标准|20元|Change|Actual",
            "中央预算内投资|7350亿元|Level|Target",
            "特别国债|5000亿元|Level|Target",
        ],
    );
}

#[test]
fn what_an_amount_is_for_ends_the_noun_after_it() {
    check(
        "一次性增加6万亿元地方专项债务限额置换存量隐性债务。完成700万农村居民生活水源江水置换。",
        &[
            "地方专项债务限额|6万亿元|Level|Actual",
            "农村居民生活水源江水置换|700万|Level|Actual",
        ],
    );
}

#[test]
fn fenbie_without_a_list_goes_over_the_metrics_before() {
    check(
        "城镇居民人均可支配收入9422元，农村居民人均纯收入2936元，扣除价格因素，分别实际增长7.7%和6.8%。",
        &[
            "城镇居民人均可支配收入|9422元|Level|Actual",
            "农村居民人均纯收入|2936元|Level|Actual",
            "城镇居民人均可支配收入|7.7%|Growth|Actual",
            "农村居民人均纯收入|6.8%|Growth|Actual",
        ],
    );
}

#[test]
fn a_change_of_the_subject_before_keeps_its_indicator() {
    check(
        "全年粮食总产量达到46947万吨，增产3877万吨。拟安排中央财政赤字3000亿元，比上年预算减少198亿元。",
        &[
            "粮食总产量|46947万吨|Level|Actual",
            "粮食总产量|3877万吨|Change|Actual",
            "中央财政赤字|3000亿元|Level|Target",
            "中央财政赤字|-198亿元|Change|Target",
        ],
    );
    check(
        "用于这方面的支出总额将达到664亿元。",
        &["用于这方面的支出总额|664亿元|Level|Target"],
    );
}

#[test]
fn a_long_noun_after_a_count_ends_at_its_head() {
    check(
        "592个国家扶贫开发工作重点县免征农业税，15个采煤沉陷区治理工程开始建设。",
        &[
            "国家扶贫开发工作重点县|592个|Count|Actual",
            "采煤沉陷区治理工程|15个|Count|Actual",
        ],
    );
}

#[test]
fn how_a_figure_was_reckoned_is_not_its_indicator() {
    check(
        "人均地区生产总值49487元，按2017年平均汇率计算为7326美元。",
        &[
            "人均地区生产总值|49487元|Level|Actual",
            "人均地区生产总值|7326美元|Level|Actual",
        ],
    );
}

#[test]
fn a_plan_or_goal_named_is_no_target_cue() {
    check(
        "围绕建设“制造之都”目标，圆满完成了确定的目标任务，生产总值增长8.1%；实施“瞪羚企业”培育计划，首批入选企业33家。",
        &[
            "生产总值|8.1%|Growth|Actual",
            "首批入选企业|33家|Count|Actual",
        ],
    );
    check(
        "今年主要预期目标是：地区生产总值增长6%；计划新增城镇就业1.5万人。",
        &[
            "地区生产总值|6%|Growth|Target",
            "新增城镇就业|1.5万人|Count|Target",
        ],
    );
}

#[test]
fn a_plans_modal_verbs_and_conjunctions_are_not_the_indicator() {
    check(
        "三、2014年重点工作\n今年能源消耗强度要降低3.9%以上，二氧化硫、化学需氧量排放量都要减少2%，中央预算内投资拟增加到4576亿元，但赤字率稳定在2.1%。",
        &[
            "能源消耗强度|-3.9%|Growth|Target",
            "二氧化硫排放量|-2%|Growth|Target",
            "化学需氧量排放量|-2%|Growth|Target",
            "中央预算内投资|4576亿元|Level|Target",
            "赤字率|2.1%|Level|Target",
        ],
    );
    check(
        "城乡居民基本医保财政补助标准提高到人均320元。继续实施退耕还林还草，今年拟安排500万亩。",
        &[
            "城乡居民基本医保财政补助标准|320元|Level|Actual",
            "退耕还林还草|500万亩|Level|Target",
        ],
    );
    // A word that ends with a modal's character keeps it.
    check(
        "规划纲要提出的主要指标完成率达到95%。",
        &["规划纲要提出的主要指标完成率|95%|Level|Actual"],
    );
}

#[test]
fn a_report_in_traditional_characters_is_read_in_simplified_ones() {
    let text = "過去一年，全市實現地區生產總值7569.5億元、增長5.6%，財(cái)政總收入、一般公共預(yù)算收入分別達到1073.6億元和638.7億元，規上工業增加值增長7.1%。";
    check(
        text,
        &[
            "地区生产总值|7569.5亿元|Level|Actual",
            "地区生产总值|5.6%|Growth|Actual",
            "财政总收入|1073.6亿元|Level|Actual",
            "一般公共预算收入|638.7亿元|Level|Actual",
            "规上工业增加值|7.1%|Growth|Actual",
        ],
    );
    let analysis = crate::analyze_text(text);
    // The source stays as written, and every span points into it.
    assert_eq!(analysis.source, text);
    assert_eq!(&text[analysis.metrics[2].span.range()], "1073.6億元");
    assert!(analysis
        .diagnostics
        .iter()
        .any(|d| d.code == "traditional-script"));
    // A simplified report with a traditional name in it is read as written.
    let simplified =
        crate::analyze_text("於家堡金融区地区生产总值增长5%，过去一年的发展成绩来之不易。");
    assert!(simplified.paragraphs[0].text.starts_with("於家堡"));
}

#[test]
fn a_verb_inside_the_name_a_change_from_a_level_and_a_measure_alone_after_a_subject() {
    check(
        "全区第二产业实现增加值320亿元，同比增长6.1%。",
        &[
            "第二产业增加值|320亿元|Level|Actual",
            "第二产业增加值|6.1%|Growth|Actual",
        ],
    );
    check(
        "我县的家庭农场由五年前的不足50家发展到目前的860家。",
        &["家庭农场|50家|Count|Actual", "家庭农场|860家|Count|Actual"],
    );
    check(
        "全县设施蔬菜播种面积5.2万亩，产量31万吨，乡村学校累计建设120所，图书馆藏书达到52万册。",
        &[
            "设施蔬菜播种面积|5.2万亩|Level|Actual",
            "设施蔬菜产量|31万吨|Level|Actual",
            "乡村学校|120所|Count|Actual",
            "图书馆藏书|52万册|Count|Actual",
        ],
    );
}

/// Renders each metric as `indicator|value unit|period`.
fn periods(text: &str) -> Vec<String> {
    rows_with(text, |m| m.period.as_deref())
}

/// The metrics of `text` as `indicator|value+unit|field` (`-` for none).
fn rows_with(text: &str, field: fn(&crate::model::Metric) -> Option<&str>) -> Vec<String> {
    crate::analyze_text(text)
        .metrics
        .iter()
        .map(|m| {
            let unit = m.unit.as_deref().unwrap_or("");
            let field = field(m).unwrap_or("-");
            format!("{}|{}{unit}|{field}", m.indicator, m.value_text)
        })
        .collect()
}

#[test]
fn months_are_periods_and_a_paragraph_s_opening_one_goes_on() {
    let text = "工业生产稳中有升。1-9月，全市规模以上工业增加值同比增长7.1%。9月份，规模以上工业增加值同比增长8.2%。\
                分门类看，制造业增长7.8%。全年规模以上工业增加值预计增长7%左右。\n\
                1—11月，全市社会消费品零售总额1023.6亿元，其中11月份同比增长6.9%。\n\
                根据地区生产总值统一核算结果，前三季度，全市地区生产总值2865.3亿元。\n\
                6月底前要全面完成3.4万平方米草坪种植。截至9月30日，累计发放贷款12亿元。\n\
                上半年全市地区生产总值2563.8亿元。分产业看，第一产业增加值89.2亿元。\n\
                6月底前完成改造120个。新建公园5个。\n\
                根据地区生产总值统一核算结果，今年一季度完成地区生产总值44.7亿元。分产业看，第一产业增加值1.5亿元。\n\
                经初步核算，2023年，全县实现地区生产总值261.7亿元。其中，第一产业增加值40.0亿元。";
    assert_eq!(
        periods(text),
        [
            "规模以上工业增加值|7.1%|1-9月",
            "规模以上工业增加值|8.2%|9月",
            "制造业增加值|7.8%|1-9月",
            "规模以上工业增加值|7%|-",
            "社会消费品零售总额|1023.6亿元|1—11月",
            "社会消费品零售总额|6.9%|11月",
            "地区生产总值|2865.3亿元|前三季度",
            "草坪种植|3.4万平方米|6月底前",
            "发放贷款|12亿元|-",
            // (A part of the year that leads the first clause goes on too; not a deadline.)
            "地区生产总值|2563.8亿元|上半年",
            "第一产业增加值|89.2亿元|上半年",
            "改造|120个|6月底前",
            "新建公园|5个|-",
            // (This year's part, after where the figures come from.)
            "地区生产总值|44.7亿元|一季度",
            "第一产业增加值|1.5亿元|一季度",
            // (A year after how the figures were reckoned.)
            "地区生产总值|261.7亿元|2023",
            "第一产业增加值|40.0亿元|2023",
        ]
    );
}

#[test]
fn the_number_of_the_item_a_paragraph_is_is_no_part_of_its_indicator() {
    check(
        "2024年全国夏粮播种面积、总产量如下：\n\
         一、全国夏粮播种面积26613千公顷(39920万亩)，保持稳定。其中小麦播种面积23091千公顷，增长0.1%。\n\
         一、二产业增加值分别增长3.2%和5.1%。",
        &[
            "夏粮播种面积|26613千公顷|Level|Actual",
            "夏粮播种面积|39920万亩|Level|Actual",
            "小麦播种面积|23091千公顷|Level|Actual",
            "小麦播种面积|0.1%|Growth|Actual",
            "第一产业增加值|3.2%|Growth|Actual",
            "第二产业增加值|5.1%|Growth|Actual",
        ],
    );
}

#[test]
fn a_level_moved_from_last_year_s_is_of_the_year_before() {
    let text = "2023年国民经济和社会发展统计公报\n一、综合\n\
                三次产业结构由上年的12.3:35.4:52.3调整为12.1:34.8:53.1。\
                高新技术企业由上年末的120家增加到150家。赤字率从去年的2.1%提高到2.3%。";
    assert_eq!(
        periods(text),
        [
            "三次产业结构|12.3:35.4:52.3|2022",
            "三次产业结构|12.1:34.8:53.1|2023",
            "高新技术企业|120家|2022",
            "高新技术企业|150家|2023",
            "赤字率|2.1%|2022",
            "赤字率|2.3%|2023",
        ]
    );
}

#[test]
fn a_like_for_like_basis_is_a_comparison() {
    assert_eq!(
        comparisons(
            "全区一般公共预算收入完成68.5亿元，同口径增长4.6%。全市税收收入按同口径计算增长5.1%。"
        ),
        [
            "一般公共预算收入|68.5亿元|-",
            "一般公共预算收入|4.6%|同口径",
            "税收收入|5.1%|按同口径计算",
        ]
    );
}

#[test]
fn a_bare_measure_after_a_semicolon_is_of_the_subject_before() {
    check(
        "规模以上工业企业实现营业收入5432.1亿元，增长4.2%；利润总额312.6亿元，下降3.5%。\
         全市居民人均消费支出2.8万元；人均可支配收入4.2万元。",
        &[
            "规模以上工业企业营业收入|5432.1亿元|Level|Actual",
            "规模以上工业企业营业收入|4.2%|Growth|Actual",
            "规模以上工业企业利润总额|312.6亿元|Level|Actual",
            "规模以上工业企业利润总额|-3.5%|Growth|Actual",
            "居民人均消费支出|2.8万元|Level|Actual",
            // (A household's income per head is of the residents named before it.)
            "居民人均可支配收入|4.2万元|Level|Actual",
        ],
    );
}

#[test]
fn what_firms_did_is_named_without_the_verb() {
    check(
        "全区快递服务企业完成业务量2.89亿件，比上年增长56.5%。",
        &[
            "快递服务企业业务量|2.89亿件|Count|Actual",
            "快递服务企业业务量|56.5%|Growth|Actual",
        ],
    );
    // (Nor split into one thing a character: `实现` is no list.)
    check(
        "现代服务业增势较好，实现营业收入分别增长21.4%、13.9%。",
        &[
            "营业收入|21.4%|Growth|Actual",
            "营业收入|13.9%|Growth|Actual",
        ],
    );
}

#[test]
fn a_part_named_alone_is_of_the_registration_or_the_stock_of_its_whole() {
    check(
        "全年新登记市场主体4.6万户，其中企业1.3万户。年末民用汽车保有量126.8万辆，其中私人汽车112.5万辆，增长14.8%。\
         年末全市共有卫生机构3456个，其中医院186个。新增铁路里程1.97万公里，其中高速铁路8951公里。",
        &[
            "新登记市场主体|4.6万户|Count|Actual",
            "新登记企业|1.3万户|Count|Actual",
            "民用汽车保有量|126.8万辆|Count|Actual",
            "私人汽车保有量|112.5万辆|Count|Actual",
            "私人汽车保有量|14.8%|Growth|Actual",
            "卫生机构|3456个|Count|Actual",
            "医院|186个|Count|Actual",
            "新增铁路里程|1.97万公里|Level|Actual",
            "高速铁路|8951公里|Level|Actual",
        ],
    );
}

#[test]
fn a_level_crossed_is_of_the_measure_that_crossed_it() {
    check(
        "地区生产总值先后跨越500亿元、600亿元两个台阶，2025年达到668.5亿元。经济总量站上700亿元新台阶。",
        &[
            "地区生产总值|500亿元|Level|Actual",
            "地区生产总值|600亿元|Level|Actual",
            "地区生产总值|668.5亿元|Level|Actual",
            "经济总量|700亿元|Level|Actual",
        ],
    );
}

#[test]
fn a_result_set_against_its_target_names_both() {
    check(
        "地区生产总值增长5.4%，低于6%左右的预期目标0.6个百分点；固定资产投资下降3.2%，未完成增长8%的预期目标；\
         城镇调查失业率5.2%，低于5.5%的控制目标。规上工业增加值增速高于预期目标1.8个百分点。",
        &[
            "地区生产总值|5.4%|Growth|Actual",
            "地区生产总值|6%|Growth|Target",
            "地区生产总值|0.6个百分点|PointChange|Actual",
            "固定资产投资|-3.2%|Growth|Actual",
            "固定资产投资|8%|Growth|Target",
            "城镇调查失业率|5.2%|Level|Actual",
            "城镇调查失业率|5.5%|Level|Target",
            "规上工业增加值增速|1.8个百分点|PointChange|Actual",
        ],
    );
    assert_eq!(
        rows_with(
            "地区生产总值增长5.4%，低于6%左右的预期目标0.6个百分点。",
            |m| m.qualifier.as_deref().or(m.comparison.as_deref())
        ),
        [
            "地区生产总值|5.4%|-",
            "地区生产总值|6%|左右",
            "地区生产总值|0.6个百分点|低于预期目标",
        ]
    );
}

#[test]
fn the_level_after_things_newly_fostered_is_of_the_things() {
    check(
        "新培育国家高新技术企业86家，总数达到512家；新引进博士120人，累计达到860人。",
        &[
            "新培育国家高新技术企业|86家|Count|Actual",
            "国家高新技术企业|512家|Count|Actual",
            "新引进博士|120人|Count|Actual",
            "博士|860人|Count|Actual",
        ],
    );
    // (Or a total with only a bound for its verb, or none.)
    check(
        "新增市场主体1.2万户，总数突破8万户；新增上市公司12家，累计186家。",
        &[
            "新增市场主体|1.2万户|Count|Actual",
            "市场主体|8万户|Count|Actual",
            "新增上市公司|12家|Count|Actual",
            "上市公司|186家|Count|Actual",
        ],
    );
}

#[test]
fn the_items_of_the_work_a_lead_in_announces_plan_throughout() {
    check(
        "围绕上述目标，重点抓好以下几个方面工作：\n\
         一是狠抓项目建设。全年安排重点项目120个，总投资680亿元。\n\
         二是保障和改善民生。新增城镇就业8000人。\n\
         过去一年，主要抓好了以下工作：\n\
         一是狠抓项目建设。全年实施重点项目110个。",
        &[
            "重点项目|120个|Count|Target",
            "重点项目总投资|680亿元|Level|Target",
            "新增城镇就业|8000人|Count|Target",
            "实施重点项目|110个|Count|Actual",
        ],
    );
}

#[test]
fn an_analysis_of_the_economy_is_of_the_year_its_title_names() {
    let text = "2025年前三季度全市经济运行情况\n\
                根据地区生产总值统一核算结果，前三季度，全市地区生产总值2865.3亿元，同比增长5.4%。\n\
                工业生产稳中有升。1-9月，全市规模以上工业增加值同比增长7.1%。";
    assert_eq!(
        periods(text),
        [
            "地区生产总值|2865.3亿元|2025年前三季度",
            "地区生产总值|5.4%|2025年前三季度",
            "规模以上工业增加值|7.1%|2025年1-9月",
        ]
    );
    let facts = crate::analyze_text(text).document;
    assert_eq!(
        facts.title.as_deref(),
        Some("2025年前三季度全市经济运行情况")
    );
}

#[test]
fn a_part_of_the_year_is_the_period_not_the_indicator() {
    let text = "一、2024年经济运行\n一季度国内生产总值同比增长5.3%，二季度增长4.7%。上半年全市实现地区生产总值（GDP）1228亿元，同比增长1.5%。";
    assert_eq!(
        periods(text),
        [
            "国内生产总值|5.3%|2024年一季度",
            "国内生产总值|4.7%|2024年二季度",
            "地区生产总值|1228亿元|2024年上半年",
            "地区生产总值|1.5%|2024年上半年",
        ]
    );
    // (Opening a list that `分别` distributes, in a clause after another.)
    let text = "一、2024年经济运行\n新产业较快发展，上半年全市规模以上工业战略性新兴产业、高新技术产业增加值同比分别增长15.1%、16.3%。";
    assert_eq!(
        periods(text),
        [
            "规模以上工业战略性新兴产业增加值|15.1%|2024年上半年",
            "高新技术产业增加值|16.3%|2024年上半年",
        ]
    );
}

#[test]
fn item_numbers_adverbs_and_the_quantity_a_price_is_of_are_not_the_indicator() {
    check(
        "①税收收入完成46.8亿元，下降6%。目前我市生猪收购价格为每公斤20元左右；仔猪出售价格也达到600元/头。",
        &[
            "税收收入|46.8亿元|Level|Actual",
            "税收收入|-6%|Growth|Actual",
            "生猪收购价格|20元|Level|Actual",
            "仔猪出售价格|600元/头|Level|Actual",
        ],
    );
    // (Nor a list's bullet.)
    check(
        "■全市生产总值增长6%左右。\n●地方一般公共预算收入增长5%。",
        &[
            "生产总值|6%|Growth|Actual",
            "地方一般公共预算收入|5%|Growth|Actual",
        ],
    );
    check(
        "城镇实现零售额487.3亿元，增长6.9%。",
        &[
            "城镇零售额|487.3亿元|Level|Actual",
            "城镇零售额|6.9%|Growth|Actual",
        ],
    );
}

#[test]
fn a_growth_named_after_the_number_is_a_growth() {
    check(
        "上半年，全市GDP实现1.5%的正增长，居民收入实现6%的增长。",
        &["GDP|1.5%|Growth|Actual", "居民收入|6%|Growth|Actual"],
    );
}

#[test]
fn totals_tonnes_of_coal_brackets_and_a_comparison_before_fenbie() {
    check(
        "全社会能源消费总量达到729.2万吨标准煤，同比下降0.9%。",
        &[
            "全社会能源消费总量|729.2万吨标准煤|Level|Actual",
            "全社会能源消费总量|-0.9%|Growth|Actual",
        ],
    );
    check(
        "增幅较大的有发酵酒（增长87%）、汽车（增长35.8%）。",
        &["发酵酒|87%|Growth|Actual", "汽车|35.8%|Growth|Actual"],
    );
    check(
        "全市32.8万台（套）农业机械全部完成检修，工业生产者出厂价格指数为142。",
        &[
            "农业机械|32.8万台|Count|Actual",
            "工业生产者出厂价格指数|142|Level|Actual",
        ],
    );
    check(
        "增值税12.8亿元、城镇土地使用税9.5亿元，同比分别增长210.8%、29.5%。",
        &[
            "增值税|12.8亿元|Level|Actual",
            "城镇土地使用税|9.5亿元|Level|Actual",
            "增值税|210.8%|Growth|Actual",
            "城镇土地使用税|29.5%|Growth|Actual",
        ],
    );
}

#[test]
fn old_style_prose_with_ascii_punctuation() {
    // A 2008 provincial report as a site typed it: ASCII commas and semicolons, brackets
    // after names, a multiple of a year's figure, a year alone before the verb.
    check(
        "其中地方一般预算收入达到788.9亿元,是2002年的2.6倍。五年累计实际利用外资112.1亿美元,2007年达到30.1亿美元,世界500强企业有73家落户河北;财政收入过亿元的县(市)由68个增加到121个。",
        &[
            "地方一般预算收入|788.9亿元|Level|Actual",
            "地方一般预算收入|2.6倍|Level|Actual",
            "实际利用外资|112.1亿美元|Level|Actual",
            "实际利用外资|30.1亿美元|Level|Actual",
            "世界500强企业|73家|Count|Actual",
            "财政收入过亿元的县(市)|68个|Count|Actual",
            "财政收入过亿元的县(市)|121个|Count|Actual",
        ],
    );
    check(
        "民营经济增加值和上缴税金占全省的比重分别达到51.9%和49%,二氧化硫、化学需氧量排放分别削减3.5%和3%。",
        &[
            "民营经济增加值占全省的比重|51.9%|Share|Actual",
            "上缴税金占全省的比重|49%|Share|Actual",
            "二氧化硫排放|-3.5%|Growth|Actual",
            "化学需氧量排放|-3%|Growth|Actual",
        ],
    );
}

#[test]
fn a_number_without_a_unit_counts_the_noun_after_it() {
    check(
        "解决了160万农村贫困人口的温饱问题,36万农村低收入人口实现稳定脱贫,新建改建248个疾病控制和医疗救治项目,实施新型农村合作医疗制度的县(市、区)扩大到139个。",
        &[
            "解决温饱问题的农村贫困人口|160万|Count|Actual",
            "农村低收入人口|36万|Count|Actual",
            "新建改建疾病控制和医疗救治项目|248个|Count|Actual",
            "实施新型农村合作医疗制度的县(市、区)|139个|Count|Actual",
        ],
    );
    // Not a unit the scanner does not know.
    check(
        "移动互联网用户接入流量3376亿GB。",
        &["移动互联网用户接入流量|3376亿|Level|Actual"],
    );
    check(
        "累计发放粮食直补、农机具购置补贴等63.8亿元。",
        &["发放粮食直补、农机具购置补贴|63.8亿元|Level|Actual"],
    );
}

#[test]
fn a_city_report_of_2010() {
    check(
        "财政收入好于预计，全部财政收入和地方一般预算收入分别完成166.6亿元和73.3亿元，可比增长21.6%和22%。",
        &[
            "全部财政收入|166.6亿元|Level|Actual",
            "地方一般预算收入|73.3亿元|Level|Actual",
            "全部财政收入|21.6%|Growth|Actual",
            "地方一般预算收入|22%|Growth|Actual",
        ],
    );
    check(
        "全年新增贷款264.5亿元，是上年的4倍。城镇固定资产投资突破千亿元大关，增长41.3%。在建项目346项、投产257项、新签约93项。",
        &[
            "新增贷款|264.5亿元|Level|Actual",
            "新增贷款|4倍|Level|Actual",
            "城镇固定资产投资|千亿元|Level|Actual",
            "城镇固定资产投资|41.3%|Growth|Actual",
            "在建项目|346项|Count|Actual",
            "投产|257项|Count|Actual",
            "新签约|93项|Count|Actual",
        ],
    );
    check(
        "291项行政许可事项合并调整到120项。为7215户低收入住房困难家庭提供了住房保障。运动员勇夺6枚金牌。粮食生产自2010年以来连续5年突破百亿斤。",
        &[
            "行政许可事项|291项|Count|Actual",
            "行政许可事项|120项|Count|Actual",
            "低收入住房困难家庭|7215户|Count|Actual",
            "金牌|6枚|Count|Actual",
            "粮食生产|百亿斤|Level|Actual",
        ],
    );
    check(
        "新能源企业增加到175家，实现工业总产值318亿元，增长30%。",
        &[
            "新能源企业|175家|Count|Actual",
            "新能源企业工业总产值|318亿元|Level|Actual",
            "新能源企业工业总产值|30%|Growth|Actual",
        ],
    );
    // A round hundred in a name is no level reached.
    check(
        "培育超百亿元企业8家。",
        &["培育超百亿元企业|8家|Count|Actual"],
    );
}

#[test]
fn project_investments_of_a_plan() {
    check(
        "一、今后工作\n\n今年初步安排市以上重点项目500项左右，总投资3000亿元以上。加快推进投资60亿元的英利多晶硅太阳能电池、投资9.3亿元的河北长安汽车扩能等一批在建项目。",
        &[
            "市以上重点项目|500项|Count|Target",
            "市以上重点项目总投资|3000亿元|Level|Target",
            "英利多晶硅太阳能电池投资|60亿元|Level|Target",
            "河北长安汽车扩能投资|9.3亿元|Level|Target",
        ],
    );
}

#[test]
fn a_provincial_report_of_2024() {
    // A threshold names a class of projects; the count of the first of two things; a name in
    // quotes after a count; two actions in a row; a level's head written once.
    check(
        "10亿元以上项目投资增长35%，4所疏解高校和北大人民医院雄安院区开工建设，推出90项“高效办成一件事”服务。",
        &[
            "10亿元以上项目投资|35%|Growth|Actual",
            "疏解高校|4所|Count|Actual",
            "“高效办成一件事”服务|90项|Count|Actual",
        ],
    );
    check(
        "20项民生工程全面完成。新开工改造棚户区14.59万套、老旧小区1816个。推进8个国家级、4个省级区域医疗中心建设，开展文化进基层惠民演出2万场以上。",
        &[
            "民生工程|20项|Count|Actual",
            "新开工改造棚户区|14.59万套|Count|Actual",
            "新开工改造老旧小区|1816个|Count|Actual",
            "国家级区域医疗中心|8个|Count|Actual",
            "省级区域医疗中心|4个|Count|Actual",
            "开展文化进基层惠民演出|2万场|Count|Actual",
        ],
    );
    // A count or a share before `以上` is a level, not a threshold.
    check(
        "完成200家以上企业智能化改造，财政支出70%以上用于民生。",
        &[
            "企业智能化改造|200家|Count|Actual",
            "财政支出|70%|Level|Actual",
        ],
    );
}

#[test]
fn a_sentence_of_when_and_how_much_goes_on_with_the_indicator_before() {
    check(
        "前三季度国内生产总值823131亿元，同比增长9.8%。三季度同比增长4.9%，两年平均增长4.9%。7、8、9三个月，全国城镇调查失业率分别为5.1%、5.1%和4.9%。",
        &[
            "国内生产总值|823131亿元|Level|Actual",
            "国内生产总值|9.8%|Growth|Actual",
            "国内生产总值|4.9%|Growth|Actual",
            "国内生产总值|4.9%|Growth|Actual",
            "城镇调查失业率|5.1%|Level|Actual",
            "城镇调查失业率|5.1%|Level|Actual",
            "城镇调查失业率|4.9%|Level|Actual",
        ],
    );
    // Not a count: `13个实现收入的税种中` is no more of the taxes before (and the six are a
    // part of the thirteen).
    check(
        "税收收入完成46.8亿元。13个实现收入的税种中，6个税种实现增收。",
        &[
            "税收收入|46.8亿元|Level|Actual",
            "实现收入的税种|13个|Count|Actual",
            "实现增收的税种|6个|Count|Actual",
        ],
    );
}

#[test]
fn a_county_report_of_2017() {
    check(
        "城乡居民人均可支配收入达到2.36万元和1.53万元，分别比2011年增加8129元和7091元。两大市场年交易额是2011年的1.3倍。",
        &[
            "城镇居民人均可支配收入|2.36万元|Level|Actual",
            "农村居民人均可支配收入|1.53万元|Level|Actual",
            "城镇居民人均可支配收入|8129元|Change|Actual",
            "农村居民人均可支配收入|7091元|Change|Actual",
            "两大市场年交易额|1.3倍|Level|Actual",
        ],
    );
    check(
        "全社会用电量12.1亿度，增长7.5%。市级以上龙头企业发展到12家。日本丰田、津田驹等国内外先进无梭织机达到4000多台，新改建迎宾园、朝阳园等街头游园20个，7个入园项目加紧实施。",
        &[
            "全社会用电量|12.1亿度|Level|Actual",
            "全社会用电量|7.5%|Growth|Actual",
            "市级以上龙头企业|12家|Count|Actual",
            "国内外先进无梭织机|4000多台|Count|Actual",
            "新改建街头游园|20个|Count|Actual",
            "入园项目|7个|Count|Actual",
        ],
    );
    check(
        "全县剑杆织机增至9000余台，去年新增1000多台。",
        &[
            "剑杆织机|9000余台|Count|Actual",
            "新增剑杆织机|1000多台|Count|Actual",
        ],
    );
    // Examples of what a measure is of stay (`种植面积` names no kind).
    check(
        "蔬菜食用菌、瓜果、花卉苗木等种植面积3242公顷。集中带量采购药品、耗材平均降价58%和80%。",
        &[
            "蔬菜食用菌、瓜果、花卉苗木等种植面积|3242公顷|Level|Actual",
            "集中带量采购药品平均降价|58%|Level|Actual",
            "耗材平均降价|80%|Level|Actual",
        ],
    );
    check(
        "投资5.2亿元的污水处理厂三期工程和深度治理工程加快建设，大唐集团在我区投资超5亿元的项目已达4个。",
        &[
            "污水处理厂三期工程和深度治理工程投资|5.2亿元|Level|Actual",
            "大唐集团在我区投资超5亿元的项目|4个|Count|Actual",
        ],
    );
}

#[test]
fn a_budget_reports_changes_in_revenue_and_spending() {
    check(
        "财政总收入10.91亿元，比上年增收3761万元，增长3.6%。全县公共财政预算支出32.93亿元, 同比增支5.1亿元，增长18.3%。",
        &[
            "财政总收入|10.91亿元|Level|Actual",
            "财政总收入|3761万元|Change|Actual",
            "财政总收入|3.6%|Growth|Actual",
            "公共财政预算支出|32.93亿元|Level|Actual",
            "公共财政预算支出|5.1亿元|Change|Actual",
            "公共财政预算支出|18.3%|Growth|Actual",
        ],
    );
}

#[test]
fn who_pays_for_what_a_budget_sets_aside() {
    check(
        "一、今年的任务\n\n中央财政拟安排补贴资金1335亿元，比上年增加60.4亿元。中央财政拟投入433亿元用于促进就业。中央财政扶持中小企业发展专项资金安排106亿元。今年要把城镇居民基本医保和新农合的财政补助标准提高到120元。企业退休人员基本养老金今年再提高10%。",
        &[
            "中央财政补贴资金|1335亿元|Level|Target",
            "中央财政补贴资金|60.4亿元|Change|Target",
            "中央财政用于促进就业|433亿元|Level|Target",
            "中央财政扶持中小企业发展专项资金|106亿元|Level|Target",
            "城镇居民基本医保和新农合的财政补助标准|120元|Level|Target",
            "企业退休人员基本养老金|10%|Growth|Target",
        ],
    );
}

#[test]
fn a_sentence_that_opens_with_how_a_sector_fared_names_its_bare_measures() {
    check(
        "汽车工业实现较快增长，整车生产突破50万辆，销售收入380亿元，增长48.2%。民营经济快速发展，增加值和上缴税金占全省的比重分别达到51.9%和49%。",
        &[
            "整车生产|50万辆|Count|Actual",
            "汽车工业销售收入|380亿元|Level|Actual",
            "汽车工业销售收入|48.2%|Growth|Actual",
            "民营经济增加值占全省的比重|51.9%|Share|Actual",
            "民营经济上缴税金占全省的比重|49%|Share|Actual",
        ],
    );
    // Not a sentence that opens with a number, nor a measure with its own subject.
    check(
        "工业经济持续增长，规模以上工业增加值增长18.2%。",
        &["规模以上工业增加值|18.2%|Growth|Actual"],
    );
}

#[test]
fn adverbs_and_item_numbers_before_what_is_named() {
    check(
        "二、2017年工作部署\n今年发展的主要预期目标是：今年要再压减钢铁产能5000万吨左右。二是取消或停征中央涉企行政事业性收费35项。城镇新增就业预期目标比去年多100万人。",
        &[
            "压减钢铁产能|5000万吨|Level|Target",
            "取消或停征中央涉企行政事业性收费|35项|Count|Target",
            "城镇新增就业|100万人|Change|Target",
        ],
    );
}

#[test]
fn a_measure_turned_how_often_and_a_cut_carried_over_a_list() {
    check(
        "工业企业利润由上年下降2.3%转为增长8.5%。财政性教育经费支出占国内生产总值比例继续超过4%。全年新登记企业增长24.5%，平均每天新增1.5万户。全年退出钢铁产能超过6500万吨、煤炭产能超过2.9亿吨。",
        &[
            "工业企业利润|-2.3%|Growth|Actual",
            "工业企业利润|8.5%|Growth|Actual",
            "财政性教育经费支出占国内生产总值比例|4%|Share|Actual",
            "新登记企业|24.5%|Growth|Actual",
            "平均每天新增|1.5万户|Count|Actual",
            "退出钢铁产能|6500万吨|Level|Actual",
            "退出煤炭产能|2.9亿吨|Level|Actual",
        ],
    );
}

#[test]
fn a_later_year_that_names_a_project_is_no_target() {
    check(
        "一、2016年工作回顾\n部署启动面向2030年的科技创新重大项目，新设6个国家自主创新示范区。",
        &["新设国家自主创新示范区|6个|Count|Actual"],
    );
}

#[test]
fn from_one_year_to_another_and_a_verb_after_a_counted_noun() {
    check(
        "一、“十四五”时期回顾\n全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元。8家全国重点实验室落户河北。又有1600万人进城落户。",
        &[
            "生产总值|3.68万亿元|Level|Actual",
            "生产总值|4.93万亿元|Level|Actual",
            "全国重点实验室|8家|Count|Actual",
            "进城落户|1600万人|Count|Actual",
        ],
    );
}

#[test]
fn a_bare_total_is_of_what_was_counted_before_it() {
    check(
        "一、2024年工作回顾\n承接疏解转移项目441项、总投资2860.5亿元。地区生产总值增长6.0%，总量达到4773.3亿元。",
        &[
            "承接疏解转移项目|441项|Count|Actual",
            "承接疏解转移项目总投资|2860.5亿元|Level|Actual",
            "地区生产总值|6.0%|Growth|Actual",
            "地区生产总值|4773.3亿元|Level|Actual",
        ],
    );
}

#[test]
fn a_verb_inside_a_name_and_a_list_that_ends_at_its_kind() {
    check(
        "一、2011年工作回顾\n服务业完成增加值8200亿元。新能源、生物医药、电子信息等战略性新兴产业增加值分别增长50%、10%和17%。城镇低保标准达到每人每月316元。",
        &[
            "服务业增加值|8200亿元|Level|Actual",
            "新能源产业增加值|50%|Growth|Actual",
            "生物医药产业增加值|10%|Growth|Actual",
            "电子信息产业增加值|17%|Growth|Actual",
            "城镇低保标准|316元|Level|Actual",
        ],
    );
}

#[test]
fn ordinals_that_only_the_first_item_writes_with_di() {
    check(
        "全市第一、二、三产业增加值分别增长5.9%、14.3%和10%。",
        &[
            "第一产业增加值|5.9%|Growth|Actual",
            "第二产业增加值|14.3%|Growth|Actual",
            "第三产业增加值|10%|Growth|Actual",
        ],
    );
    check(
        "全年第二、三产业增加值分别增长6%和7%。",
        &[
            "第二产业增加值|6%|Growth|Actual",
            "第三产业增加值|7%|Growth|Actual",
        ],
    );
}

#[test]
fn modifiers_of_one_kind_share_the_head_the_last_writes() {
    check(
        "固定、移动电话用户分别增长22.7%和47.2%。",
        &[
            "固定电话用户|22.7%|Growth|Actual",
            "移动电话用户|47.2%|Growth|Actual",
        ],
    );
    check(
        "城镇建成区、村庄绿化覆盖率达到34%和23%。",
        &[
            "城镇建成区绿化覆盖率|34%|Level|Actual",
            "村庄绿化覆盖率|23%|Level|Actual",
        ],
    );
}

#[test]
fn a_modal_before_the_verb_is_no_part_of_the_name() {
    check(
        "城镇登记失业率预计可控制在4.2%。新增行政许可20项。",
        &[
            "城镇登记失业率|4.2%|Level|Estimate",
            "新增行政许可|20项|Count|Actual",
        ],
    );
}

#[test]
fn a_number_of_people_before_what_they_are_paid_counts_the_people() {
    check(
        "全省142万名企业离退休人员养老金、26.5万名国有企业下岗职工基本生活保障金、75万名低保对象保障金做到按时足额发放。",
        &[
            "企业离退休人员|142万名|Count|Actual",
            "国有企业下岗职工|26.5万名|Count|Actual",
            "低保对象|75万名|Count|Actual",
        ],
    );
}

#[test]
fn where_a_medal_was_won_is_not_what_was_won() {
    check(
        "在国内外重大比赛中获金牌47枚、银牌45枚。",
        &["金牌|47枚|Count|Actual", "银牌|45枚|Count|Actual"],
    );
}

#[test]
fn what_is_done_to_the_things_counted_after_their_noun() {
    check(
        "力争国华定洲电厂等50个项目竣工投产，曹妃甸矿石码头等50个项目开工建设。",
        &[
            "竣工投产项目|50个|Count|Target",
            "开工建设项目|50个|Count|Target",
        ],
    );
    check(
        "继续重点支持100家民营企业做大做强。",
        &["民营企业|100家|Count|Actual"],
    );
}

#[test]
fn one_rate_of_several_measures_is_a_metric_of_each() {
    check(
        "年内城市生活污水集中处理率和垃圾无害化处理率达到45%以上。",
        &[
            "城市生活污水集中处理率|45%|Level|Actual",
            "垃圾无害化处理率|45%|Level|Actual",
        ],
    );
    check(
        "预计全省民营经济完成增加值、实现营业收入均增长15%以上。",
        &[
            "民营经济增加值|15%|Growth|Estimate",
            "民营经济营业收入|15%|Growth|Estimate",
        ],
    );
    check(
        "广义货币M2和社会融资规模余额预期增长均为12%。",
        &[
            "广义货币M2|12%|Growth|Target",
            "社会融资规模余额|12%|Growth|Target",
        ],
    );
    check(
        "力争民营企业营业收入和实缴税金增长15%以上。",
        &[
            "民营企业营业收入|15%|Growth|Target",
            "民营企业实缴税金|15%|Growth|Target",
        ],
    );
    // Not an amount (it is of one of them), nor a list that is no list of measures.
    check(
        "粮食播种面积和产量保持在1000万亩。货物和服务贸易进出口增长5%。",
        &[
            "粮食播种面积和产量|1000万亩|Level|Actual",
            "货物和服务贸易进出口|5%|Growth|Actual",
        ],
    );
    let analysis = crate::analyze_text("营业收入和利润均增长8%。");
    let spans: Vec<_> = analysis.metrics.iter().map(|m| m.span).collect();
    assert_eq!(spans.len(), 2);
    assert_eq!(spans[0], spans[1]);
    let ids: Vec<u32> = analysis.metrics.iter().map(|m| m.id.0).collect();
    assert_eq!(ids, [0, 1]);
}

#[test]
fn another_action_on_the_things_before() {
    check(
        "新建34所山区寄宿制学校，三年建成70所。",
        &[
            "新建山区寄宿制学校|34所|Count|Actual",
            "建成山区寄宿制学校|70所|Count|Actual",
        ],
    );
    check(
        "突出抓好12个粮食生产基地县、400万亩核心区建设。",
        &[
            "粮食生产基地县|12个|Count|Actual",
            "核心区|400万亩|Level|Actual",
        ],
    );
    check(
        "长城汽车销售收入534亿元、增长27.1%，利税126亿元。",
        &[
            "长城汽车销售收入|534亿元|Level|Actual",
            "长城汽车销售收入|27.1%|Growth|Actual",
            "长城汽车利税|126亿元|Level|Actual",
        ],
    );
}

#[test]
fn a_fraction_is_a_share_without_a_unit() {
    check(
        "年产巾被50万吨，约占全国毛巾总产量的1/3。",
        &[
            "年产巾被|50万吨|Level|Actual",
            "年产巾被占全国毛巾总产量|1/3|Share|Actual",
        ],
    );
    let analysis = crate::analyze_text("项目占全市获奖总量的四分之一。");
    let m = &analysis.metrics[0];
    assert_eq!(
        (m.value_text.as_str(), m.unit.as_deref()),
        ("四分之一", None)
    );
    assert!((m.value - 0.25).abs() < 1e-9);
}

#[test]
fn national_2011_review_and_plan_constructs() {
    check(
        "国家财政安排专项资金，改造和新建2.3万所乡镇卫生院、1500所县医院和1000所县妇幼保健院。",
        &[
            "改造和新建乡镇卫生院|2.3万所|Count|Actual",
            "改造和新建县医院|1500所|Count|Actual",
            "改造和新建县妇幼保健院|1000所|Count|Actual",
        ],
    );
    check(
        "城镇居民人均可支配收入和农村居民人均纯收入年均分别实际增长9.7%和8.9%。",
        &[
            "城镇居民人均可支配收入|9.7%|Growth|Actual",
            "农村居民人均纯收入|8.9%|Growth|Actual",
        ],
    );
    check(
        "粮食产量屡创历史新高，去年达到1.09万亿斤。服务业快速发展，在国内生产总值中占比提高2.5个百分点。贸易顺差连续两年下降，2010年比上年减少6.4%。",
        &[
            "粮食产量|1.09万亿斤|Level|Actual",
            "服务业在国内生产总值中占比|2.5个百分点|PointChange|Actual",
            "贸易顺差|-6.4%|Growth|Actual",
        ],
    );
    check(
        "今后五年，我国经济增长预期目标是在明显提高质量和效益的基础上年均增长7%。单位国内生产总值能耗和二氧化碳排放分别降低16%和17%。",
        &[
            "经济增长|7%|Growth|Target",
            "单位国内生产总值能耗|-16%|Growth|Actual",
            "单位国内生产总值二氧化碳排放|-17%|Growth|Actual",
        ],
    );
}

#[test]
fn a_cut_carries_its_action_over_a_list() {
    check(
        "全年共压减炼钢产能1624万吨、炼铁1761万吨，退出煤矿54处、压减煤炭产能1400万吨。",
        &[
            "压减炼钢产能|1624万吨|Level|Actual",
            "压减炼铁|1761万吨|Level|Actual",
            "退出煤矿|54处|Count|Actual",
            "压减煤炭产能|1400万吨|Level|Actual",
        ],
    );
    check(
        "在4260个重点村全力推进美丽乡村建设，确保47个配套项目如期开工。",
        &[
            "重点村|4260个|Count|Actual",
            "开工配套项目|47个|Count|Target",
        ],
    );
}

#[test]
fn a_relative_clause_between_a_count_and_what_it_counts() {
    check(
        "培育100个年产值超过10亿元的产业化联合体。取消165项国务院部门及其指定地方实施的审批事项。",
        &[
            "培育产业化联合体|100个|Count|Actual",
            // (The output each is over tells which: no figure of its own.)
            "取消审批事项|165项|Count|Actual",
        ],
    );
}

#[test]
fn hebei_2021_review_and_plan_constructs() {
    check(
        "3月份规模以上工业企业复工率达到99.7%。“双代”工程改造新增360.3万户。",
        &[
            "规模以上工业企业复工率|99.7%|Level|Actual",
            "“双代”工程改造|360.3万户|Count|Actual",
        ],
    );
    check(
        "三次产业结构从11.7∶43.7∶44.6优化为10.7∶37.6∶51.7。连续五年财政民生支出占比稳定在80%以上。",
        &[
            "三次产业结构|11.7:43.7:44.6|Ratio|Actual",
            "三次产业结构|10.7:37.6:51.7|Ratio|Actual",
            "财政民生支出占比|80%|Share|Actual",
        ],
    );
    check(
        "232.3万建档立卡贫困人口全部稳定脱贫。每千人口执业（助理）医师数达到4.2人。劳动年龄人口平均受教育年限达到11.3年。",
        &[
            "建档立卡贫困人口|232.3万|Count|Actual",
            "每千人口执业（助理）医师数|4.2人|Level|Actual",
            "劳动年龄人口平均受教育年限|11.3年|Level|Actual",
        ],
    );
    check(
        "新增省级以上企业技术中心、重点实验室等250家。",
        &["新增省级以上企业技术中心、重点实验室|250家|Count|Actual"],
    );
}

#[test]
fn baoding_2018_additions_totals_and_people() {
    // What a count adds, said after its noun, is named as additions are; the level it came to
    // is the things themselves; a bound of a list's first item does not stop its action.
    check(
        "金融机构新增9家。新增挂牌上市企业15家、达到96家。全年新增高新技术企业60家以上、科技型中小企业500家以上。",
        &[
            "新增金融机构|9家|Count|Actual",
            "新增挂牌上市企业|15家|Count|Actual",
            "挂牌上市企业|96家|Count|Actual",
            "新增高新技术企业|60家|Count|Actual",
            "新增科技型中小企业|500家|Count|Actual",
        ],
    );
    // (Not a work done, nor a filler before the addition.)
    check(
        "“双代”工程改造新增360.3万户。实施“规模以上工业企业倍增计划”，确保新增450家以上。",
        &[
            "“双代”工程改造|360.3万户|Count|Actual",
            "“规模以上工业企业倍增计划”|450家|Count|Target",
        ],
    );
    // A word in brackets inside a counted noun; people named by what they did; who won a
    // medal and where are not the medal; `现有` the things there are now.
    check(
        "完成72.6万户气（电）代煤。全市15万人实现脱贫。我市运动员在第十三届全运会上获得奖牌19枚。全市现有高新技术企业433家。",
        &[
            "气（电）代煤|72.6万户|Count|Actual",
            "实现脱贫|15万人|Count|Actual",
            "奖牌|19枚|Count|Actual",
            "高新技术企业|433家|Count|Actual",
        ],
    );
    // A total opening a sentence's first number is of what the clause before acted on; a
    // bare investment after a count is in what was counted, named by the kind after examples
    // in quotes.
    check(
        "拆除一批安全隐患大、社会影响恶劣的违法建设，总面积达750多万平方米。实施\"七个一\"\"一补三化\"等重点工程项目1079个、投资1793亿元。",
        &[
            "违法建设总面积|750多万平方米|Level|Actual",
            "重点工程项目|1079个|Count|Actual",
            "重点工程项目投资|1793亿元|Level|Actual",
        ],
    );
    // A note that leaves a part out measures the same indicator without it; the levels of
    // the areas counted are part of their noun.
    check(
        "全市生产总值增长6.0%（不含雄安增长7.3%，全省第一）。莲池区、竞秀区等7个县（市、区）通过国家评估。",
        &[
            "生产总值|6.0%|Growth|Actual",
            "生产总值（不含雄安）|7.3%|Growth|Actual",
            "生产总值（不含雄安）|一|Rank|Actual",
            "县（市、区）|7个|Count|Actual",
        ],
    );
}

#[test]
fn hebei_2019_and_gaoyang_2018_lists_levels_and_units() {
    // Examples before `等` with the kind after them, the action before the examples; not
    // when what follows `等` is what was done to them.
    check(
        "新增国家和省级重点实验室、工程研究中心、企业技术中心等创新平台303个。全年配售型保障性住房、保障性租赁住房和公租房等开工建设和筹集180万套。",
        &[
            "新增创新平台|303个|Count|Actual",
            "配售型保障性住房、保障性租赁住房和公租房等开工建设和筹集|180万套|Count|Actual",
        ],
    );
    // Levels said before their numbers share the head after the last; a list's subject and
    // action carry over to amounts, not to a rate.
    check(
        "推进省级400个、市级3000个重点项目建设。南拒马河、滹沱河、滏阳河新增水面40平方公里、河长477公里。城镇新增就业1256万人、城镇调查失业率平均为5.1%。",
        &[
            "省级重点项目|400个|Count|Actual",
            "市级重点项目|3000个|Count|Actual",
            "南拒马河、滹沱河、滏阳河新增水面|40平方公里|Level|Actual",
            "南拒马河、滹沱河、滏阳河新增河长|477公里|Level|Actual",
            "城镇新增就业|1256万人|Count|Actual",
            "城镇调查失业率|5.1%|Level|Actual",
        ],
    );
    // Per head, of pay; wells and medals counted; a road opened to traffic.
    check(
        "退休人员养老金待遇人均提高5%。依法关停自备井50眼。我省运动员在亚运会上勇摘12块金牌。城冯路（龙化段）4条乡道建成通车。",
        &[
            "退休人员养老金待遇|5%|Growth|Actual",
            "关停自备井|50眼|Count|Actual",
            "金牌|12块|Count|Actual",
            "建成通车乡道|4条|Count|Actual",
        ],
    );
}

#[test]
fn baoding_2022_investment_of_the_year_levels_and_modal_adverbs() {
    // The year's investment of the projects counted, or of the total's projects.
    check(
        "实施市以上重点项目502项、当年投资996.3亿元。安排市以上重点项目599项，总投资5942亿元，当年计划投资1003亿元。",
        &[
            "实施市以上重点项目|502项|Count|Actual",
            "市以上重点项目当年投资|996.3亿元|Level|Actual",
            "市以上重点项目|599项|Count|Actual",
            "市以上重点项目总投资|5942亿元|Level|Actual",
            "市以上重点项目当年计划投资|1003亿元|Level|Target",
        ],
    );
    // Levels listed before the noun they share, not its creation; adverbs of a plan's verb.
    check(
        "全面启动42个市级乡村振兴示范区创建，积极推进588个省、市级美丽乡村建设，深入实施白洋淀上游流域综合治理和保护项目25项。",
        &[
            "市级乡村振兴示范区|42个|Count|Actual",
            "省、市级美丽乡村|588个|Count|Actual",
            "实施白洋淀上游流域综合治理和保护项目|25项|Count|Actual",
        ],
    );
    // Both, each, a modal before the verb; a bare rate of the first item's subject; a wiki's
    // footnote mark; a length before a noun is the length of it.
    check(
        "受污染耕地安全利用率和污染地块再开发安全利用率达到双100%。建议提案办复率、满意率均达100%。新认定省市“专精特新”企业各50家以上。县城人口规模力争达到10万人以上。“5个1000”行动^[4]累计入库项目1290个。11公里污水管网、16公里雨水管网和19公里城市道路等改扩建工程顺利完工。",
        &[
            "受污染耕地安全利用率|100%|Level|Actual",
            "污染地块再开发安全利用率|100%|Level|Actual",
            "建议提案办复率|100%|Level|Actual",
            "建议提案满意率|100%|Level|Actual",
            "新认定省市“专精特新”企业|50家|Count|Actual",
            "县城人口规模|10万人|Count|Target",
            "“5个1000”行动累计入库项目|1290个|Count|Actual",
            "污水管网|11公里|Level|Actual",
            "雨水管网|16公里|Level|Actual",
            "城市道路|19公里|Level|Actual",
        ],
    );
}

#[test]
fn national_2013_levels_from_a_year_and_actions_after_the_things() {
    // From a year's level to another: the indicator stops before `从`; the second level is of
    // the same indicator.
    check(
        "资本充足率从2007年底的8.4%提升到去年底的13.3%。涉农贷款余额从2007年末的6.12万亿元增加到2012年末的17.63万亿元。企业退休人员基本养老金从2004年人均每月700元提高到现在的1721元。",
        &[
            "资本充足率|8.4%|Level|Actual",
            "资本充足率|13.3%|Level|Actual",
            "涉农贷款余额|6.12万亿元|Level|Actual",
            "涉农贷款余额|17.63万亿元|Level|Actual",
            "企业退休人员基本养老金|700元|Level|Actual",
            "企业退休人员基本养老金|1721元|Level|Actual",
        ],
    );
    // An action said after the things is said after them again; the action before an amount
    // stays with the noun after it; a budget compared; a target of growth.
    check(
        "今年城镇保障性住房基本建成470万套、新开工630万套。两年新增4万亿元投资。今年拟安排财政赤字1.2万亿元，比去年预算增加4000亿元。广义货币M2预期增长目标拟定为13%左右。",
        &[
            "城镇保障性住房基本建成|470万套|Count|Actual",
            "城镇保障性住房新开工|630万套|Count|Actual",
            "新增投资|4万亿元|Level|Actual",
            "财政赤字|1.2万亿元|Level|Target",
            "财政赤字|4000亿元|Change|Target",
            "广义货币M2|13%|Growth|Target",
        ],
    );
}

#[test]
fn baoding_2024_totals_before_what_they_are_of() {
    // A total before the projects it is of (counted or not), not the verbs and examples
    // before it; things that land are not part of their noun; the input an effort raises.
    check(
        "全力抓好总投资657.5亿元的229个水利项目。加快与华能、国电投等总投资1540亿元的能源项目务实合作。持续推动640个招商引资项目落地实施。加大研发经费投入力度，全年增长10%。",
        &[
            "水利项目总投资|657.5亿元|Level|Actual",
            "水利项目|229个|Count|Actual",
            "能源项目总投资|1540亿元|Level|Actual",
            "招商引资项目|640个|Count|Actual",
            "研发经费投入|10%|Growth|Actual",
        ],
    );
}

#[test]
fn hebei_2025_measures_of_a_list_cuts_and_rebuilding() {
    // Visitors and their spending each a measure at one rate; a bare count of a list of the
    // first item's subject; an amount cut named as cuts are; rebuilding an action.
    check(
        "全年接待游客人次、旅游总花费均增长10%以上。生产安全事故起数、死亡人数下降17.6%、11.6%。地下水开采量压减1.77亿立方米。恢复重建2.16万户灾损农房。8个国家区域医疗中心平稳运营。",
        &[
            "接待游客人次|10%|Growth|Actual",
            "旅游总花费|10%|Growth|Actual",
            "生产安全事故起数|-17.6%|Growth|Actual",
            "生产安全事故死亡人数|-11.6%|Growth|Actual",
            "压减地下水开采量|1.77亿立方米|Level|Actual",
            "恢复重建灾损农房|2.16万户|Count|Actual",
            "国家区域医疗中心|8个|Count|Actual",
        ],
    );
}

#[test]
fn baoding_2026_five_years_in_review() {
    // A bare growth rate with no number before it is of what the clause before says grew; a
    // level from a time before; a gloss with `&` inside a name; an adverb alone names nothing.
    check(
        "居民人均可支配收入五年增长近万元、年均增速6.5%。京津来保就医人次从疫情前的0.2万增至173.1万。研究与试验发展（R&D）经费投入强度达3.2%。高质量完成25.6万亩高标准农田新建改造任务。",
        &[
            "居民人均可支配收入|万元|Change|Actual",
            "居民人均可支配收入增速|6.5%|Growth|Actual",
            "京津来保就医人次|0.2万|Count|Actual",
            "京津来保就医人次|173.1万|Count|Actual",
            "研究与试验发展（R&D）经费投入强度|3.2%|Level|Actual",
            "高标准农田新建改造任务|25.6万亩|Level|Actual",
        ],
    );
}

#[test]
fn hebei_2023_declines_actions_and_nouns_that_end_before_a_verb() {
    // A decline is negative, its text as written (`-40.6` shown, `40.6` kept); `减至` a level;
    // `组建`, `共建` name what they count; a count's noun ends before whom the things serve and
    // before where they registered or settled; what was done to them may run longer; a measure
    // after a clause on how its subject fared; a clause that pushes a side of it up.
    check(
        "钢铁产能由2.39亿吨减至1.9亿多吨。全省PM2.5平均浓度累计下降40.6%，单位GDP能耗比上年回落0.3个百分点。组建266个科技特派团服务企业，与京津共建4家科技平台示范基地。140多家央企机构注册新区，2家医院选址落位。完成3万户特殊困难老年人家庭居家适老化改造。粮食连年丰收、总产稳定在740亿斤以上。推动开发区能级提升，力争营业收入增长8%以上。开行中欧班列600列。惠及市场主体427万户次。",
        &[
            "钢铁产能|2.39亿吨|Level|Actual",
            "钢铁产能|1.9亿多吨|Level|Actual",
            "PM2.5平均浓度|-40.6%|Growth|Actual",
            "单位GDP能耗|-0.3个百分点|PointChange|Actual",
            "组建科技特派团|266个|Count|Actual",
            "共建科技平台示范基地|4家|Count|Actual",
            "央企机构|140多家|Count|Actual",
            "医院|2家|Count|Actual",
            "特殊困难老年人家庭居家适老化改造|3万户|Count|Actual",
            "粮食总产|740亿斤|Level|Actual",
            "开发区营业收入|8%|Growth|Target",
            "开行中欧班列|600列|Count|Actual",
            "惠及市场主体|427万户次|Count|Actual",
        ],
    );
}

#[test]
fn gaoyang_2026_a_budgets_sums_and_shares_of_budget() {
    // `加上级补助收入` is plus what came from above; `完成预算的` the share of its budget the
    // measure before reached, and the growth after it is of that measure again.
    check(
        "一般公共预算收入102417万元，完成预算的100%，增长0.7%。加上级补助收入134244万元、上年结转收入21043万元，收入总计315608万元。加上解支出2714万元。",
        &[
            "一般公共预算收入|102417万元|Level|Actual",
            "一般公共预算收入完成预算|100%|Level|Actual",
            "一般公共预算收入|0.7%|Growth|Actual",
            "上级补助收入|134244万元|Level|Actual",
            "上年结转收入|21043万元|Level|Actual",
            "收入总计|315608万元|Level|Actual",
            "上解支出|2714万元|Level|Actual",
        ],
    );
}

#[test]
fn hebei_2009_cuts_demolitions_both_and_what_a_list_shares() {
    // `削减了`; `…共拆除…` names what was done; a trailing `按`; `着力抓好` before an area; a
    // relative clause with `列入`; `双双` makes a level each measure's; a bare measure and a thing
    // of a list take the first item's subject and action.
    check(
        "省本级实施的985项行政许可项目削减了421项。全省设区城市共拆除各类建筑约4200万平方米、实体围墙50多万米。全部财政收入按可比口径增长10%。着力抓好4000万亩粮食生产核心区建设。力争横山岭、云州等76座列入国家规划的水库除险加固工程全部开工建设。港口通过能力和货物吞吐量双双突破4亿吨。民营经济完成增加值和实缴税金约为8400亿元和1016亿元。新建污水处理厂和垃圾处理场24座和12座。",
        &[
            "行政许可项目|985项|Count|Actual",
            "削减行政许可项目|421项|Count|Actual",
            "拆除各类建筑|4200万平方米|Level|Actual",
            "拆除实体围墙|50多万米|Level|Actual",
            "全部财政收入|10%|Growth|Actual",
            "粮食生产核心区|4000万亩|Level|Actual",
            "水库除险加固工程|76座|Count|Target",
            "港口通过能力|4亿吨|Level|Actual",
            "货物吞吐量|4亿吨|Level|Actual",
            "民营经济增加值|8400亿元|Level|Actual",
            "民营经济实缴税金|1016亿元|Level|Actual",
            "新建污水处理厂|24座|Count|Actual",
            "新建垃圾处理场|12座|Count|Actual",
        ],
    );
}

#[test]
fn a_short_measure_alone_takes_the_subject_of_how_it_fared() {
    check(
        "居民消费价格涨幅逐步回落，预计全年涨幅6.5%左右。",
        &["居民消费价格涨幅|6.5%|Growth|Estimate"],
    );
}

#[test]
fn gaoyang_2015_recipients_two_actions_and_an_adverb() {
    // To whom it was given is not what was given; two actions before a list's examples; `仅`;
    // a relative clause's noun without `建设`.
    check(
        "全年向困难群众发放各类救助款1640多万元。查处取缔电镀、制革等土小企业摊点41个。城镇化率仅为35.2%。着力抓好宏润循环经济、再生资源回收网络建设等27个总投资69.5亿元的重点项目建设。",
        &[
            "发放各类救助款|1640多万元|Level|Actual",
            "查处取缔土小企业摊点|41个|Count|Actual",
            "城镇化率|35.2%|Level|Actual",
            "重点项目|27个|Count|Actual",
            "重点项目总投资|69.5亿元|Level|Actual",
        ],
    );
}

#[test]
fn national_2015_cancellations_reductions_and_pollutants() {
    // (Outside a plan section only `力争` says a target.)
    check(
        "国务院各部门全年取消和下放246项行政审批事项，取消评比达标表彰项目29项。农村贫困人口减少1232万人。新开工保障性安居工程740万套，基本建成511万套。难度再大，今年也要再减少农村贫困人口1000万人以上。力争让最后20多万无电人口都能用上电。城乡居民基础养老金标准统一由55元提高到70元。化学需氧量、氨氮排放都要减少2%左右。",
        &[
            "取消和下放行政审批事项|246项|Count|Actual",
            "取消评比达标表彰项目|29项|Count|Actual",
            "减少农村贫困人口|1232万人|Count|Actual",
            "新开工保障性安居工程|740万套|Count|Actual",
            "建成保障性安居工程|511万套|Count|Actual",
            "减少农村贫困人口|1000万人|Count|Target",
            "无电人口|20多万|Count|Target",
            "城乡居民基础养老金标准|55元|Level|Actual",
            "城乡居民基础养老金标准|70元|Level|Actual",
            "化学需氧量排放|-2%|Growth|Actual",
            "氨氮排放|-2%|Growth|Actual",
        ],
    );
}

#[test]
fn a_contribution_without_its_subject_is_of_the_measure_before() {
    check(
        "服务业增加值增长10%左右，对经济增长贡献率超过50%。",
        &[
            "服务业增加值|10%|Growth|Actual",
            "服务业对经济增长贡献率|50%|Level|Actual",
        ],
    );
}

#[test]
fn national_2019_rates_scopes_purposes_and_people() {
    check(
        "农村贫困人口减少1386万，易地扶贫搬迁280万人。设立6项专项附加扣除。加快新药审评审批改革，17种抗癌药大幅降价并纳入国家医保目录。今年赤字率拟按2.8%安排，比去年预算高0.2个百分点。将交通运输业、建筑业等行业现行10%的税率降至9%。下调城镇职工基本养老保险单位缴费比例，各地可降至16%。从失业保险基金结余中拿出1000亿元，用于1500万人次以上的职工技能提升和转岗转业培训。今年大规模扩招100万人。",
        &[
            "减少农村贫困人口|1386万|Count|Actual",
            "易地扶贫搬迁|280万人|Count|Actual",
            "设立专项附加扣除|6项|Count|Actual",
            "抗癌药|17种|Count|Actual",
            "赤字率|2.8%|Level|Target",
            "赤字率|0.2个百分点|PointChange|Target",
            "交通运输业、建筑业等行业税率|10%|Level|Actual",
            "交通运输业、建筑业等行业税率|9%|Level|Actual",
            "城镇职工基本养老保险单位缴费比例|16%|Level|Actual",
            "从失业保险基金结余中拿出|1000亿元|Level|Actual",
            "职工技能提升和转岗转业培训|1500万人次|Count|Actual",
            "扩招|100万人|Count|Actual",
        ],
    );
}

#[test]
fn national_2018_lists_funders_tasks_and_measures_of_one_rate() {
    check(
        "五年来，经济实力跃上新台阶。国内生产总值从54万亿元增加到82.7万亿元，占世界经济比重从11.4%提高到15%左右，对世界经济增长贡献率超过30%。8000多万农业转移人口成为城镇居民。单位国内生产总值能耗、水耗均下降20%以上，沙化土地面积年均缩减近2000平方公里。财政赤字率一直控制在3%以内。中央财政安排1000亿元专项奖补资金予以支持。中央财政五年投入专项扶贫资金2800多亿元。新设14个国家自主创新示范区。新签和升级8个自由贸易协定。国有企业效益明显好转，去年利润增长23.5%。近6000万低保人员和特困群众基本生活得到保障。各方配合基本完成裁减军队员额30万任务。",
        &[
            "国内生产总值|54万亿元|Level|Actual",
            "国内生产总值|82.7万亿元|Level|Actual",
            "国内生产总值占世界经济比重|11.4%|Share|Actual",
            "国内生产总值占世界经济比重|15%|Share|Actual",
            "对世界经济增长贡献率|30%|Level|Actual",
            "农业转移人口|8000多万|Count|Actual",
            "单位国内生产总值能耗|-20%|Growth|Actual",
            "单位国内生产总值水耗|-20%|Growth|Actual",
            "缩减沙化土地面积|2000平方公里|Level|Actual",
            "财政赤字率|3%|Level|Actual",
            "中央财政专项奖补资金|1000亿元|Level|Actual",
            "中央财政专项扶贫资金|2800多亿元|Level|Actual",
            "新设国家自主创新示范区|14个|Count|Actual",
            "新签和升级自由贸易协定|8个|Count|Actual",
            "国有企业利润|23.5%|Growth|Actual",
            "低保人员和特困群众基本生活得到保障|6000万|Level|Actual",
            "裁减军队员额|30万|Level|Actual",
        ],
    );
}

#[test]
fn national_2016_halves_starting_levels_reaches_and_comparisons_before() {
    check(
        "去年末居民储蓄存款余额增长8.5%，新增4万多亿元。农村贫困人口减少1亿多。工商登记前置审批精简85%。地方政府定价项目减少一半以上。外商投资限制性条目减少一半，95%以上实行备案管理。近三年淘汰落后炼钢炼铁产能9000多万吨、水泥2.3亿吨。力争全员劳动生产率从人均8.7万元提高到12万元以上。力争高铁营业里程达到3万公里、覆盖80%以上的大城市。今后五年，单位国内生产总值用水量、能耗、二氧化碳排放量分别下降23%、15%、18%。实施上述政策，确保今年比改革前减轻企业和个人负担5000多亿元。",
        &[
            "居民储蓄存款余额|8.5%|Growth|Actual",
            "新增居民储蓄存款余额|4万多亿元|Level|Actual",
            "减少农村贫困人口|1亿|Count|Actual",
            "工商登记前置审批|-85%|Growth|Actual",
            "地方政府定价项目|-一半|Growth|Actual",
            "外商投资限制性条目|-一半|Growth|Actual",
            "实行备案管理|95%|Level|Actual",
            "淘汰落后炼钢炼铁产能|9000多万吨|Level|Actual",
            "淘汰水泥|2.3亿吨|Level|Actual",
            "全员劳动生产率|8.7万元|Level|Actual",
            "全员劳动生产率|12万元|Level|Target",
            "高铁营业里程|3万公里|Level|Target",
            "覆盖大城市|80%|Level|Target",
            "单位国内生产总值用水量|-23%|Growth|Actual",
            "单位国内生产总值能耗|-15%|Growth|Actual",
            "单位国内生产总值二氧化碳排放量|-18%|Growth|Actual",
            "减轻企业和个人负担|5000多亿元|Level|Target",
        ],
    );
}

#[test]
fn hebei_2010_totals_shares_reached_pollutants_and_ranks() {
    check(
        "投资结构不断优化，服务业、装备制造和高新技术产业的投资预计分别增长55%、38%和45%。预计全年二氧化硫排放量和化学需氧量均削减5.5%。我省在第十一届全运会上获得13块金牌，总分居全国第9位。对全省2192个重点项目实行了动态公开。新增铁路通车里程280公里、总里程达到5400公里。使民营经济增加值占全省生产总值的比重达到55%左右，实缴税金达到全省财政收入的50%左右。",
        &[
            "服务业投资|55%|Growth|Estimate",
            "装备制造投资|38%|Growth|Estimate",
            "高新技术产业投资|45%|Growth|Estimate",
            "二氧化硫排放量|-5.5%|Growth|Estimate",
            "化学需氧量|-5.5%|Growth|Estimate",
            "金牌|13块|Count|Actual",
            "总分|9位|Rank|Actual",
            "重点项目|2192个|Count|Actual",
            "新增铁路通车里程|280公里|Level|Actual",
            "铁路通车总里程|5400公里|Level|Actual",
            "民营经济增加值占全省生产总值的比重|55%|Share|Actual",
            "实缴税金占全省财政收入|50%|Share|Actual",
        ],
    );
}

#[test]
fn a_plan_clause_that_opens_with_last_year_is_a_fact() {
    check(
        "二、2010年主要任务\n今年社会消费品零售总额要力争达到6740亿元。我省居民储蓄率较高，去年末储蓄存款余额达到13605亿元，消费潜力很大。",
        &[
            "社会消费品零售总额|6740亿元|Level|Target",
            "储蓄存款余额|13605亿元|Level|Actual",
        ],
    );
}

#[test]
fn national_2012_per_units_funders_made_into_and_actions_alone() {
    check(
        "一、2011年工作回顾\n免除3000多万名农村寄宿制学生住宿费，其中1228万名中西部家庭经济困难学生享受生活补助。连续第7年提高企业退休人员基本养老金，全年人均增加1680元。各级财政对城镇居民医保和新农合的补助标准由每人每年120元提高到200元。中央决定将农民人均纯收入2300元（2010年不变价）作为新的国家扶贫标准，比2009年提高92％。将312万名企业“老工伤”人员纳入工伤保险统筹管理。全面推开尿毒症等8类大病保障。今年小麦、稻谷最低收购价平均每50公斤分别提高7.4元和16元。继续推进保障性安居工程建设，在确保质量的前提下，基本建成500万套，新开工700万套以上。",
        &[
            "农村寄宿制学生|3000多万名|Count|Actual",
            "中西部家庭经济困难学生|1228万名|Count|Actual",
            "企业退休人员基本养老金|1680元|Change|Actual",
            "城镇居民医保和新农合的补助标准|120元|Level|Actual",
            "城镇居民医保和新农合的补助标准|200元|Level|Actual",
            "国家扶贫标准|2300元|Level|Actual",
            "国家扶贫标准|92%|Growth|Actual",
            "企业“老工伤”人员|312万名|Count|Actual",
            "大病保障|8类|Count|Actual",
            "小麦最低收购价|7.4元|Change|Actual",
            "稻谷最低收购价|16元|Change|Actual",
            "保障性安居工程基本建成|500万套|Count|Actual",
            "保障性安居工程新开工|700万套|Count|Actual",
        ],
    );
}

#[test]
fn hebei_2007_round_levels_ranks_after_and_roads_reached() {
    check(
        "一、2006年工作回顾\n居民收入持续增加。城镇居民人均可支配收入突破万元，达到10300元，增长13%。全省港口吞吐量达到3.3亿吨，居沿海省市第6位。新建改建农村公路1.3万公里，全省92%的建制村通了油路。民营经济发展势头强劲，增加值达到全省经济总量的50%左右。在第33届奥运会上，位列奥运会金牌榜第1位。",
        &[
            "城镇居民人均可支配收入|10300元|Level|Actual",
            "城镇居民人均可支配收入|13%|Growth|Actual",
            "港口吞吐量|3.3亿吨|Level|Actual",
            "港口吞吐量|6位|Rank|Actual",
            "新建改建农村公路|1.3万公里|Level|Actual",
            "建制村通油路|92%|Level|Actual",
            "民营经济增加值占全省经济总量|50%|Share|Actual",
            "奥运会金牌榜|1位|Rank|Actual",
        ],
    );
}

#[test]
fn baoding_2007_fared_before_police_lists_and_particles() {
    check(
        "一、回顾\n谋划实施了\"中国电谷\"建设项目95项，新能源和能源设备制造业强势发展，销售收入、利税分别增长50%和65.6%。打掉犯罪团伙556个、黑恶势力团伙52个。破获刑事案件12923起、刑拘犯罪嫌疑人7583名。认真落实强农惠农政策，粮食生产连续七年丰收、去年总产接近600亿斤。",
        &[
            "实施\"中国电谷\"建设项目|95项|Count|Actual",
            "新能源和能源设备制造业销售收入|50%|Growth|Actual",
            "新能源和能源设备制造业利税|65.6%|Growth|Actual",
            "打掉犯罪团伙|556个|Count|Actual",
            "打掉黑恶势力团伙|52个|Count|Actual",
            "破获刑事案件|12923起|Count|Actual",
            "刑拘犯罪嫌疑人|7583名|Count|Actual",
            "粮食总产|600亿斤|Level|Actual",
        ],
    );
}

#[test]
fn hebei_2014_rows_in_a_row_shares_that_did_and_actions_after() {
    check(
        "粮食生产十连增，总产达到673亿斤。肉蛋奶产量分别达到476万吨、383万吨和629万吨。全省港口通过能力和货物吞吐量均突破8亿吨。取消下放省级行政审批事项204项、衔接国家取消和接收下放行政审批事项92项。8家农村信用社改制为农村商业银行。所有政府办基层医疗卫生机构和74%的村卫生室实行了基本药物制度。企业退休人员养老金待遇人均月增177元。全省开工建设保障性住房22.5万套、竣工22.4万套、分配入住18.1万套。与百家央企合作的80个重大项目开工、175个建成投产。",
        &[
            "粮食总产|673亿斤|Level|Actual",
            "肉产量|476万吨|Level|Actual",
            "蛋产量|383万吨|Level|Actual",
            "奶产量|629万吨|Level|Actual",
            "港口通过能力|8亿吨|Level|Actual",
            "货物吞吐量|8亿吨|Level|Actual",
            "取消下放省级行政审批事项|204项|Count|Actual",
            "衔接国家取消和接收下放行政审批事项|92项|Count|Actual",
            "农村信用社|8家|Count|Actual",
            "村卫生室实行基本药物制度|74%|Level|Actual",
            "企业退休人员养老金待遇|177元|Change|Actual",
            "开工建设保障性住房|22.5万套|Count|Actual",
            "竣工保障性住房|22.4万套|Count|Actual",
            "分配入住保障性住房|18.1万套|Count|Actual",
            "开工重大项目|80个|Count|Actual",
            "建成投产重大项目|175个|Count|Actual",
        ],
    );
}

#[test]
fn hebei_2015_thresholds_in_names_parallel_standards_and_words_with_deng() {
    check(
        "石家庄国际贸易城等50个超10亿元服务业项目加快实施。956家重点企业实施污染源在线监控。农村年五保集中供养标准达到5022元、分散供养标准达到3411元，向13.4万名贫困重度残疾人发放生活补贴。46.1万进城务工人员随迁子女平等接受义务教育。认定省级以上创新平台10个、市级创新平台30个。",
        &[
            "超10亿元服务业项目|50个|Count|Actual",
            "重点企业|956家|Count|Actual",
            "农村年五保集中供养标准|5022元|Level|Actual",
            "农村年五保分散供养标准|3411元|Level|Actual",
            "贫困重度残疾人|13.4万名|Count|Actual",
            "进城务工人员随迁子女|46.1万|Level|Actual",
            "认定省级以上创新平台|10个|Count|Actual",
            "市级创新平台|30个|Count|Actual",
        ],
    );
}

#[test]
fn a_modifier_joined_to_another_is_no_subject_of_the_next_item() {
    check(
        "其中，食品价格上涨7.7%、烟酒及用品价格上涨2.7%、衣着价格上涨5.7%。",
        &[
            "食品价格|7.7%|Growth|Actual",
            "烟酒及用品价格|2.7%|Growth|Actual",
            "衣着价格|5.7%|Growth|Actual",
        ],
    );
}

#[test]
fn a_measure_named_alone_is_of_the_work_done_before() {
    check(
        "全年完成植树造林15.8万亩，实现产值2.2亿元，同比增长10%。",
        &[
            "植树造林|15.8万亩|Level|Actual",
            "植树造林产值|2.2亿元|Level|Actual",
            "植树造林产值|10%|Growth|Actual",
        ],
    );
    // A measure with its own subject keeps it.
    check(
        "全年接待游客1200万人次，实现旅游收入80亿元。",
        &[
            "接待游客|1200万人次|Count|Actual",
            "旅游收入|80亿元|Level|Actual",
        ],
    );
}

#[test]
fn a_bound_before_the_verb_and_a_change_from_the_years_before() {
    check(
        "力争到2007年使国内生产总值在2000年的基础上基本实现翻一番，接近或达到1万亿元。",
        &[
            "国内生产总值|一番|Growth|Target",
            "国内生产总值|1万亿元|Level|Target",
        ],
    );
    check(
        "单位国内生产总值能耗由前三年分别上升4.9％、5.5％、0.2％，转为下降1.2%。",
        &[
            "单位国内生产总值能耗|4.9%|Growth|Actual",
            "单位国内生产总值能耗|5.5%|Growth|Actual",
            "单位国内生产总值能耗|0.2%|Growth|Actual",
            "单位国内生产总值能耗|-1.2%|Growth|Actual",
        ],
    );
}

#[test]
fn the_rate_of_a_cut_names_what_is_cut() {
    check(
        "中央部门带头，一律按不低于5%的幅度压减一般性支出。",
        &["一般性支出|-5%|Growth|Actual"],
    );
    check(
        "按5%的幅度提高退休人员基本养老金。",
        &["退休人员基本养老金|5%|Growth|Actual"],
    );
}

#[test]
fn a_share_of_the_plan_is_no_target() {
    check(
        "实施省市重点项目286个，完成投资1025亿元，占年度计划的112%。",
        &[
            "实施省市重点项目|286个|Count|Actual",
            "省市重点项目完成投资|1025亿元|Level|Actual",
            "省市重点项目完成投资占年度计划|112%|Share|Actual",
        ],
    );
}

#[test]
fn a_count_after_a_rate_of_the_same_things() {
    check(
        "高新技术企业数量翻了一番，达到1260家。",
        &[
            "高新技术企业数量|一番|Growth|Actual",
            "高新技术企业数量|1260家|Count|Actual",
        ],
    );
    // (Not after an amount: a higher bar for the things counted before names those over it.)
    check(
        "全市投资亿元以上项目119个，5亿元以上41个，比上年分别增加19个和16个。",
        &[
            "投资亿元以上项目|119个|Count|Actual",
            "投资5亿元以上项目|41个|Count|Actual",
            "投资亿元以上项目|19个|Change|Actual",
            "投资5亿元以上项目|16个|Change|Actual",
        ],
    );
}

#[test]
fn measures_listed_before_one_rate_are_each_at_it() {
    check(
        "城镇居民人均可支配收入、农民人均纯收入比“十一五”末增长60%。",
        &[
            "城镇居民人均可支配收入|60%|Growth|Actual",
            "农民人均纯收入|60%|Growth|Actual",
        ],
    );
    // (A modifier listed before one measure stays one metric.)
    check(
        "粮食、棉花产量增长5%。",
        &["粮食、棉花产量|5%|Growth|Actual"],
    );
}

#[test]
fn a_count_over_a_bar_said_before_its_verb_is_of_the_things_before() {
    check(
        "重点培育400家龙头企业，销售收入过亿元的达到50家。",
        &[
            "培育龙头企业|400家|Count|Actual",
            "销售收入过亿元的龙头企业|50家|Count|Actual",
        ],
    );
    check(
        "全市规模以上工业企业1200家，其中产值超10亿元的达到35家。",
        &[
            "规模以上工业企业|1200家|Count|Actual",
            "产值超10亿元的规模以上工业企业|35家|Count|Actual",
        ],
    );
}

#[test]
fn a_target_set_before_is_of_the_result_it_is_set_against() {
    check(
        "全省地区生产总值增长5.2%，高于全国0.2个百分点，实现了年初确定的5%左右的预期目标。",
        &[
            "地区生产总值|5.2%|Growth|Actual",
            "地区生产总值|0.2个百分点|PointChange|Actual",
            "地区生产总值|5%|Growth|Target",
        ],
    );
    check(
        "地区生产总值增长5.2%，高于年初确定的5%的预期目标0.2个百分点。",
        &[
            "地区生产总值|5.2%|Growth|Actual",
            "地区生产总值|5%|Growth|Target",
            "地区生产总值|0.2个百分点|PointChange|Actual",
        ],
    );
    check(
        "一般公共预算收入增长3.1%，超过年初提出的3%的增长目标。",
        &[
            "一般公共预算收入|3.1%|Growth|Actual",
            "一般公共预算收入|3%|Growth|Target",
        ],
    );
}

#[test]
fn a_ceiling_set_by_whom_is_of_the_balance_before() {
    check(
        "2024年末，全市政府债务余额1286.4亿元，控制在省核定的限额1352.1亿元以内。",
        &[
            "政府债务余额|1286.4亿元|Level|Actual",
            "政府债务限额|1352.1亿元|Level|Actual",
        ],
    );
    // (A ceiling named with its own measure keeps it.)
    check(
        "新增政府专项债券限额468.8亿元。",
        &["新增政府专项债券限额|468.8亿元|Level|Actual"],
    );
}

#[test]
fn baoding_2009_what_people_got_and_parallel_days() {
    check(
        "全市人民情系灾区，踊跃捐款捐物3亿多元。25万名离退休职工和失业人员的基本生活得到保障。34万人得到城乡最低生活保障。空气质量二级以上天数增加7天，一级以上天数增加35天。主要污染物化学需氧量和二氧化硫排放量分别减少8%和4%。",
        &[
            "捐款捐物|3亿多元|Level|Actual",
            "离退休职工和失业人员的基本生活得到保障|25万名|Count|Actual",
            "得到城乡最低生活保障|34万人|Count|Actual",
            "空气质量二级以上天数|7天|Change|Actual",
            "空气质量一级以上天数|35天|Change|Actual",
            "化学需氧量排放量|-8%|Growth|Actual",
            "二氧化硫排放量|-4%|Growth|Actual",
        ],
    );
}

#[test]
fn hebei_2011_a_target_reached_and_a_plan_period_before_a_measure() {
    check(
        "一、“十一五”时期经济社会发展取得重大成就\n“十一五”节能减排目标如期实现，单位生产总值能耗比2005年下降20%。\n二、“十二五”时期经济社会发展的主要任务\n力争“十二五”末社会消费品零售总额达到15400亿元以上、年均增长18%。城镇居民人均可支配收入、农民人均纯收入年均分别增长8.5%。",
        &[
            "单位生产总值能耗|-20%|Growth|Actual",
            "社会消费品零售总额|15400亿元|Level|Target",
            "社会消费品零售总额|18%|Growth|Target",
            "城镇居民人均可支配收入|8.5%|Growth|Target",
            "农民人均纯收入|8.5%|Growth|Target",
        ],
    );
}

#[test]
fn zhong_counts_kinds_but_not_in_words_that_start_with_it() {
    check(
        "纳入统计的82种工业产品中，产量同比增长的有45种。新增2万种粮大户。",
        &[
            "工业产品|82种|Count|Actual",
            "产量同比增长的工业产品|45种|Count|Actual",
            "新增种粮大户|2万|Level|Actual",
        ],
    );
}

#[test]
fn hebei_2013_subjects_shares_thresholds_and_aspects() {
    check(
        "粮食生产实现“九连增”，2012年总产649.3亿斤。全省森林面积新增800万亩，覆盖率达到27%。全省专利申请量、授权量分别为2.3万件、1.5万件。高速公路建设实现新跨越，新增通车里程2216公里，总里程突破5000公里。港口通过能力6.8亿吨、吞吐量7.5亿吨。",
        &[
            "粮食总产|649.3亿斤|Level|Actual",
            "新增森林面积|800万亩|Level|Actual",
            "森林覆盖率|27%|Level|Actual",
            "专利申请量|2.3万件|Count|Actual",
            "专利授权量|1.5万件|Count|Actual",
            "高速公路新增通车里程|2216公里|Level|Actual",
            "高速公路总里程|5000公里|Level|Actual",
            "港口通过能力|6.8亿吨|Level|Actual",
            "港口吞吐量|7.5亿吨|Level|Actual",
        ],
    );
    check(
        "三次产业结构呈现积极变化，由2007年的13.3:52.9:33.8调整到2012年的12:52.7:35.3。境内外多层次资本市场挂牌上市企业，由2007年的48家增加到2012年的132家。",
        &[
            "三次产业结构|13.3:52.9:33.8|Ratio|Actual",
            "三次产业结构|12:52.7:35.3|Ratio|Actual",
            "境内外多层次资本市场挂牌上市企业|48家|Count|Actual",
            "境内外多层次资本市场挂牌上市企业|132家|Count|Actual",
        ],
    );
    check(
        "民营经济快速发展，2012年增加值达到17232.8亿元、实现上缴税金2342.5亿元，占全省生产总值、全部财政收入的比重达到64.8%和67.3%，比2007年分别提高9.4个和8.1个百分点。",
        &[
            "民营经济增加值|17232.8亿元|Level|Actual",
            "民营经济上缴税金|2342.5亿元|Level|Actual",
            "民营经济增加值占全省生产总值的比重|64.8%|Share|Actual",
            "民营经济上缴税金占全部财政收入的比重|67.3%|Share|Actual",
            "民营经济增加值占全省生产总值的比重|9.4个百分点|PointChange|Actual",
            "民营经济上缴税金占全部财政收入的比重|8.1个百分点|PointChange|Actual",
        ],
    );
    // (Each number after its own change, the points shortened to `个` before the last.)
    check(
        "第一、二、三产业增加值占GDP的比重较上年分别下降0.2个、下降0.6个、提高0.8个百分点。",
        &[
            "第一产业增加值占GDP的比重|-0.2个百分点|PointChange|Actual",
            "第二产业增加值占GDP的比重|-0.6个百分点|PointChange|Actual",
            "第三产业增加值占GDP的比重|0.8个百分点|PointChange|Actual",
        ],
    );
    check(
        "2012年全部财政收入超10亿元的县（市）达到52个。大幅精减和规范行政审批事项，五年共取消和调整626项。张石高速、邯郸美的空调等65个重点项目建成通车或竣工投产。全省用于技术改造、淘汰落后产能和培育新兴产业等方面的资金达到5800亿元。110万人实现了稳定脱贫。",
        &[
            "全部财政收入超10亿元的县（市）|52个|Count|Actual",
            "取消和调整行政审批事项|626项|Count|Actual",
            "建成通车或竣工投产重点项目|65个|Count|Actual",
            "用于技术改造、淘汰落后产能和培育新兴产业等方面的资金|5800亿元|Level|Actual",
            "实现稳定脱贫|110万人|Count|Actual",
        ],
    );
}

#[test]
fn national_2021_looking_back_in_a_plan_part_goals_and_examples() {
    check(
        "二、“十三五”时期发展成就和“十四五”时期主要目标任务\n\n过去五年，我国经济社会发展取得新的历史性成就。国内生产总值从不到70万亿元增加到超过100万亿元。城镇新增就业超过6000万人。\n\n坚持农业农村优先发展，严守18亿亩耕地红线。常住人口城镇化率提高到65%。",
        &[
            "国内生产总值|70万亿元|Level|Actual",
            "国内生产总值|100万亿元|Level|Actual",
            "城镇新增就业|6000万人|Count|Actual",
            "耕地红线|18亿亩|Level|Target",
            "常住人口城镇化率|65%|Level|Target",
        ],
    );
    check(
        "对新增2万亿元中央财政资金建立直达机制。实现高职院校扩招100万人目标。其中均衡性转移支付、县级基本财力保障机制奖补资金等增幅均超过10%。阶段性将小规模纳税人增值税起征点从月销售额10万元提高到15万元。",
        &[
            "新增中央财政资金|2万亿元|Level|Actual",
            "高职院校扩招|100万人|Count|Actual",
            "均衡性转移支付增幅|10%|Growth|Actual",
            "县级基本财力保障机制奖补资金增幅|10%|Growth|Actual",
            "小规模纳税人增值税起征点|10万元|Level|Actual",
            "小规模纳税人增值税起征点|15万元|Level|Actual",
        ],
    );
}

#[test]
fn a_news_story_of_a_plan_places_times_shares_of_a_count_and_will() {
    check(
        "深圳2021年全年地区生产总值3.07万亿元。深圳市去年本级政府投资项目完成投资596.3亿元，计划完成率119.3%。",
        &[
            "地区生产总值|3.07万亿元|Level|Actual",
            "本级政府投资项目完成投资|596.3亿元|Level|Actual",
            "计划完成率|119.3%|Level|Actual",
        ],
    );
    check(
        "其中，现代产业类项目250个，个数占比28.3%，总投资10373.3亿元，投资占比29.1%。",
        &[
            "现代产业类项目|250个|Count|Actual",
            "现代产业类项目个数占比|28.3%|Share|Actual",
            "现代产业类项目总投资|10373.3亿元|Level|Actual",
            "现代产业类项目投资占比|29.1%|Share|Actual",
        ],
    );
    check(
        "深圳还将全力推动重大工业项目落地。加大工业投资力度，全年工业投资增长12%以上。\n同时，着力提升市场主体质量，新增国家高新技术企业500家。\n城镇新增就业12万人。",
        &[
            "工业投资|12%|Growth|Target",
            "新增国家高新技术企业|500家|Count|Target",
            "城镇新增就业|12万人|Count|Actual",
        ],
    );
}

#[test]
fn hebei_2006_measures_named_before_and_lengths_after_an_addition() {
    check(
        "一、“十五”时期回顾\n综合实力上了一个大台阶。全省生产总值提前实现“翻两番、三步走”第一步战略目标。2005年，初步核算达到10116.6亿元，五年平均增长11.2%。全部财政收入完成1035.2亿元，其中一般预算收入515.7亿元，按可比口径计算分别是2000年的2.65倍和2.15倍。建成投产重点项目361项，完成投资2204亿元，是“九五”的1.6倍。五年新增高速公路654公里，通车里程达2135公里，在建1160公里。工业主导产业支撑作用增强，占规模以上工业增加值比重达到78.4%。民营经济快速发展，占全省生产总值的比重达到48%，对经济增长的贡献率达到47.2%。全省14%的行政村进入先进行列，城乡二元结构改善。",
        &[
            "生产总值|10116.6亿元|Level|Estimate",
            "生产总值|11.2%|Growth|Estimate",
            "全部财政收入|1035.2亿元|Level|Actual",
            "一般预算收入|515.7亿元|Level|Actual",
            "全部财政收入|2.65倍|Level|Actual",
            "一般预算收入|2.15倍|Level|Actual",
            "建成投产重点项目|361项|Count|Actual",
            "建成投产重点项目完成投资|2204亿元|Level|Actual",
            "建成投产重点项目完成投资|1.6倍|Level|Actual",
            "新增高速公路|654公里|Level|Actual",
            "高速公路通车里程|2135公里|Level|Actual",
            "在建高速公路|1160公里|Level|Actual",
            "工业主导产业占规模以上工业增加值比重|78.4%|Share|Actual",
            "民营经济占全省生产总值的比重|48%|Share|Actual",
            "民营经济对经济增长的贡献率|47.2%|Level|Actual",
            "行政村进入先进行列|14%|Level|Actual",
        ],
    );
}

#[test]
fn national_2009_levels_before_their_growths_amounts_listed_and_per_head() {
    check(
        "一、2008年工作回顾\n粮食连续五年增产，总产量10570亿斤。城镇居民人均可支配收入15781元，农村居民人均纯收入4761元，实际增长8.4%和8%。城镇职工基本养老保险、基本医疗保险参保人数分别增加1753万和2028万。中央财政安排384亿元救灾款和740亿元恢复重建资金。向中等职业学校的学生提供助学金，每人每年1500元。从废墟中抢救生还者8.4万人。城镇居民基本医疗保险参保人数增加7359万，总计达到1.17亿。",
        &[
            "粮食总产量|10570亿斤|Level|Actual",
            "城镇居民人均可支配收入|15781元|Level|Actual",
            "农村居民人均纯收入|4761元|Level|Actual",
            "城镇居民人均可支配收入|8.4%|Growth|Actual",
            "农村居民人均纯收入|8%|Growth|Actual",
            "城镇职工基本养老保险参保人数|1753万|Change|Actual",
            "基本医疗保险参保人数|2028万|Change|Actual",
            "中央财政救灾款|384亿元|Level|Actual",
            "中央财政恢复重建资金|740亿元|Level|Actual",
            "助学金|1500元|Level|Actual",
            "抢救生还者|8.4万人|Count|Actual",
            "城镇居民基本医疗保险参保人数|7359万|Change|Actual",
            "城镇居民基本医疗保险参保人数|1.17亿|Count|Actual",
        ],
    );
    check(
        "三、2009年主要任务\n大规模增加政府投资，实施总额4万亿元的两年投资计划。全国财政赤字合计9500亿元。初步测算，可减轻企业和居民负担约5000亿元。解决750万户城市低收入住房困难家庭和240万户林区、垦区、煤矿等棚户区居民的住房问题。中央财政今年再安排1300亿元灾后重建资金。严守18亿亩耕地红线不动摇。",
        &[
            "两年投资计划总额|4万亿元|Level|Target",
            "财政赤字|9500亿元|Level|Target",
            "减轻企业和居民负担|5000亿元|Level|Estimate",
            "解决住房问题的城市低收入住房困难家庭|750万户|Count|Target",
            "解决住房问题的棚户区居民|240万户|Count|Target",
            "中央财政灾后重建资金|1300亿元|Level|Target",
            "耕地红线|18亿亩|Level|Target",
        ],
    );
}

#[test]
fn hebei_2005_deposits_and_loans_sectors_that_fared_and_amounts_per_head() {
    check(
        "一、2004年工作回顾\n初步核算，金融机构各项存贷款余额为9249.9亿元和6152.2亿元，分别增长16.2％和11.4％。\n政策好、市场活，粮食生产出现重要转机，总产量达2480万吨，增长3.9％。高速公路建设势头向好，在建里程1205公里。农村公路建设掀起高潮，新修2.4万公里。全省民营经济保持快速健康发展势头，增加值增长15.6％。机电产品和高新技术产品出口分别增长59.1％、66.7％。企业退休人员基本养老金标准每月人均提高39.5元、生活补贴月增20元。依法扩大社会保险覆盖面，养老、失业、医疗和工伤保险参保人数分别增加19万人、15万人、88万人、110万人。调整失业保险金发放标准，人均月增55元。职工月最低工资标准由250-350元调至420-520元。全省85％以上的疾控建设项目已经完成。",
        &[
            "金融机构各项存款余额|9249.9亿元|Level|Estimate",
            "金融机构各项贷款余额|6152.2亿元|Level|Estimate",
            "金融机构各项存款余额|16.2%|Growth|Estimate",
            "金融机构各项贷款余额|11.4%|Growth|Estimate",
            "粮食总产量|2480万吨|Level|Actual",
            "粮食总产量|3.9%|Growth|Actual",
            "高速公路在建里程|1205公里|Level|Actual",
            "新修农村公路|2.4万公里|Level|Actual",
            "民营经济增加值|15.6%|Growth|Actual",
            "机电产品出口|59.1%|Growth|Actual",
            "高新技术产品出口|66.7%|Growth|Actual",
            "企业退休人员基本养老金标准|39.5元|Change|Actual",
            "生活补贴|20元|Change|Actual",
            "养老保险参保人数|19万人|Change|Actual",
            "失业保险参保人数|15万人|Change|Actual",
            "医疗保险参保人数|88万人|Change|Actual",
            "工伤保险参保人数|110万人|Change|Actual",
            "失业保险金发放标准|55元|Change|Actual",
            "职工月最低工资标准|250-350元|Level|Actual",
            "职工月最低工资标准|420-520元|Level|Actual",
            "疾控建设项目已经完成|85%|Level|Actual",
        ],
    );
}

#[test]
fn national_2008_funders_over_years_revenue_over_budget_and_parts_of_facts() {
    check(
        "一、过去五年回顾\n全国财政用于社会保障支出五年累计1.95万亿元，比前五年增长1.41倍。城镇职工基本养老保险制度不断完善，2007年参保人数突破2亿人。中央财政五年累计补助养老保险专项资金3295亿元。抗灾救灾工作全面加强，中央财政五年支出551亿元。国务院各部门取消和调整行政审批项目692项。\n二、2008年主要任务\n去年全国财政比年度预算超收7239亿元，其中中央财政超收4168亿元。今年中央财政将安排科技支出1134亿元。今年中央财政用于教育的投入，将由去年的1076亿元增加到1562亿元。",
        &[
            "财政用于社会保障支出|1.95万亿元|Level|Actual",
            "财政用于社会保障支出|1.41倍|Growth|Actual",
            "城镇职工基本养老保险参保人数|2亿人|Count|Actual",
            "中央财政补助养老保险专项资金|3295亿元|Level|Actual",
            "中央财政支出|551亿元|Level|Actual",
            "取消和调整行政审批项目|692项|Count|Actual",
            "财政超收|7239亿元|Level|Actual",
            "中央财政超收|4168亿元|Level|Actual",
            "中央财政科技支出|1134亿元|Level|Target",
            "中央财政用于教育的投入|1076亿元|Level|Actual",
            "中央财政用于教育的投入|1562亿元|Level|Target",
        ],
    );
}

#[test]
fn national_2007_who_did_it_and_funders_with_what_they_put_in() {
    check(
        "一、2006年工作回顾\n各地已偿还拖欠工程款1834亿元，占历史拖欠的98.6%。已有2133个县（市、区）初步建立了农村最低生活保障制度。全年中央财政下拨抗灾救灾资金112亿元。\n二、2007年工作总体部署\n“十一五”时期中央财政将投入100亿元，实施农村初中学校改造计划。为此中央财政支出将由上年18亿元增加到95亿元，明年将安排200亿元。",
        &[
            "偿还拖欠工程款|1834亿元|Level|Actual",
            "偿还拖欠工程款占历史拖欠|98.6%|Share|Actual",
            "县（市、区）|2133个|Count|Actual",
            "中央财政抗灾救灾资金|112亿元|Level|Actual",
            "中央财政投入|100亿元|Level|Target",
            "中央财政支出|18亿元|Level|Actual",
            "中央财政支出|95亿元|Level|Target",
            "中央财政支出|200亿元|Level|Target",
        ],
    );
}

#[test]
fn what_is_shut_is_named_after_its_capacity_and_areas_in_brackets_after_a_count() {
    check(
        "一、2006年工作回顾\n已有25个省（自治区、直辖市）建立了农村最低生活保障制度。\n二、2007年工作总体部署\n“十一五”期间，关停5000万千瓦小火电机组，今年要关停1000万千瓦。",
        &[
            "省（自治区、直辖市）|25个|Count|Actual",
            "关停小火电机组|5000万千瓦|Level|Target",
            "关停小火电机组|1000万千瓦|Level|Target",
        ],
    );
}

#[test]
fn national_2006_funders_lists_and_frames() {
    check(
        "一、去年工作回顾\n粮食总产量在上年大幅度增长的基础上，又增产291亿斤，达到9680亿斤。启动了178项节能、节水和资源综合利用等重大项目。中央财政安排219亿元支持116户国有企业实施政策性关闭破产。2005年中央财政用于科技、教育、卫生、文化等方面的支出1168亿元。中央安排30亿元国债资金支持中西部乡镇卫生院建设。为16万个农村中小学校和教学点配备了远程教育设施。总投资为164亿元的突发公共卫生事件医疗救治体系建设进展顺利。城镇居民人均可支配收入和农村居民人均纯收入，分别实际增长58.3%和29.2%。\n二、今年主要任务\n国家财政将每年安排支出1030多亿元，其中中央财政转移支付每年将达到780多亿元。中央财政为此将增加支出42亿元。国家今年再安排30亿元国债资金。",
        &[
            "粮食总产量|291亿斤|Change|Actual",
            "粮食总产量|9680亿斤|Level|Actual",
            "重大项目|178项|Count|Actual",
            "中央财政|219亿元|Level|Actual",
            "国有企业|116户|Count|Actual",
            "中央财政用于科技、教育、卫生、文化等方面的支出|1168亿元|Level|Actual",
            "中央国债资金|30亿元|Level|Actual",
            "农村中小学校和教学点|16万个|Count|Actual",
            "突发公共卫生事件医疗救治体系建设总投资|164亿元|Level|Actual",
            "城镇居民人均可支配收入|58.3%|Growth|Actual",
            "农村居民人均纯收入|29.2%|Growth|Actual",
            "国家财政支出|1030多亿元|Level|Target",
            "中央财政转移支付|780多亿元|Level|Target",
            "中央财政增加支出|42亿元|Level|Target",
            "国家国债资金|30亿元|Level|Target",
        ],
    );
}

#[test]
fn a_document_and_its_saying_name_nothing() {
    check(
        "二、今年主要任务\n《纲要（草案）》提出了“十一五”期间单位国内生产总值能源消耗降低20%左右。",
        &["单位国内生产总值能源消耗|-20%|Growth|Target"],
    );
}

#[test]
fn national_2004_funders_uses_causes_and_changes_again() {
    check(
        "一、一年来工作回顾\n中央财政用于洪涝、干旱、地震等救灾救济支出80.3亿元。中央财政新增47亿元专项补助资金，用于支持就业再就业。全国普通高校毕业生就业率去年底达到83%。国有及国有控股工业企业经济效益大幅度提高，实现利润3784亿元。农村信用社改革开始在8个省（市）试点。\n二、2004年主要任务\n要逐年适当增加中央预算内经常性建设投资，今年拟先增加50亿元。逐步降低农业税税率，平均每年降低1个百分点以上。今年农业税率降低可使农民减轻负担70亿元。今年中央财政拿出396亿元用于转移支付。今年中央财政预算安排再就业补助资金83亿元。",
        &[
            "中央财政用于救灾救济支出|80.3亿元|Level|Actual",
            "中央财政新增专项补助资金|47亿元|Level|Actual",
            "普通高校毕业生就业率|83%|Level|Actual",
            "国有及国有控股工业企业利润|3784亿元|Level|Actual",
            "省（市）|8个|Count|Actual",
            "中央预算内经常性建设投资|50亿元|Change|Target",
            "农业税税率|-1个百分点|PointChange|Target",
            "农民减轻负担|70亿元|Level|Target",
            "中央财政用于转移支付|396亿元|Level|Target",
            "中央财政再就业补助资金|83亿元|Level|Target",
        ],
    );
    // Not a count of pilots that ends in `试点` without areas before it, nor the end of a
    // year written before `年末`.
    check(
        "一、工作回顾\n启动37个县投融资创新试点。涉农贷款余额从2007年末的6.12万亿元增加到2012年末的17.63万亿元。",
        &[
            "县投融资创新试点|37个|Count|Actual",
            "涉农贷款余额|6.12万亿元|Level|Actual",
            "涉农贷款余额|17.63万亿元|Level|Actual",
        ],
    );
}

#[test]
fn hebei_2003_subjects_of_how_things_fared_and_when_things_will_act() {
    check(
        "一、过去五年回顾\n乡镇企业增加值、上缴税金年均分别增长15.3%和13.6%。新增高速公路1099公里，通车总里程达1593公里。非公有制经济发展加快，占国内生产总值的比重达37.3%。高中段教育发展迅速，招生规模由54.4万人增加到75.8万人。\n二、今年工作\n财政收入同口径增长8.5%。唐钢热轧薄板等50个项目要按期竣工投产。确保20项高新技术产业化项目年内建成投产。",
        &[
            "乡镇企业增加值|15.3%|Growth|Actual",
            "乡镇企业上缴税金|13.6%|Growth|Actual",
            "新增高速公路|1099公里|Level|Actual",
            "高速公路通车总里程|1593公里|Level|Actual",
            "非公有制经济占国内生产总值的比重|37.3%|Share|Actual",
            "高中段教育招生规模|54.4万人|Count|Actual",
            "高中段教育招生规模|75.8万人|Count|Actual",
            "财政收入|8.5%|Growth|Target",
            "竣工投产项目|50个|Count|Target",
            "建成投产高新技术产业化项目|20项|Count|Target",
        ],
    );
}

#[test]
fn hebei_2002_sectors_as_topics_and_actions_joined() {
    check(
        "一、2001年工作的回顾\n乡镇企业上缴税金和实现利润均增长10%。工业，有14项工业结构调整标志性项目竣工投产。入统工业增长10.6%，实现利润增长7.9%。服务业，增长10.7%。先后向社会公布取消、下放行政审批事项5581项。专业艺术领域共获得国家级和国际奖项43项。培育本土企业50家，产值达到150亿元左右。",
        &[
            "乡镇企业上缴税金|10%|Growth|Actual",
            "乡镇企业利润|10%|Growth|Actual",
            "竣工投产工业结构调整标志性项目|14项|Count|Actual",
            "入统工业|10.6%|Growth|Actual",
            "入统工业利润|7.9%|Growth|Actual",
            "服务业|10.7%|Growth|Actual",
            "取消、下放行政审批事项|5581项|Count|Actual",
            "国家级和国际奖项|43项|Count|Actual",
            "培育本土企业|50家|Count|Actual",
            "产值|150亿元|Level|Actual",
        ],
    );
}

#[test]
fn hebei_2001_shared_units_bases_and_comparisons_with_a_plan() {
    check(
        "一、“九五”回顾\n全社会完成固定资产投资7950亿元。城乡居民人均居住面积分别达到14和25平方米。引进省外资金较“八五”增长4.4倍。共查办大案要案16000多件。\n二、关于“十五”计划\n到“十五”末，农业与林牧渔业的产值比例由现在的50：50调整为45：55。非公有制经济占国内生产总值的比重要达到30%以上。",
        &[
            "全社会固定资产投资|7950亿元|Level|Actual",
            "城镇居民人均居住面积|14平方米|Level|Actual",
            "农村居民人均居住面积|25平方米|Level|Actual",
            "引进省外资金|4.4倍|Growth|Actual",
            "查办大案要案|16000多件|Count|Actual",
            "农业与林牧渔业的产值比例|50:50|Ratio|Actual",
            "农业与林牧渔业的产值比例|45:55|Ratio|Target",
            "非公有制经济占国内生产总值的比重|30%|Share|Target",
        ],
    );
}

#[test]
fn national_2003_amounts_issued_multiples_of_a_base_and_who_where() {
    check(
        "一、过去五年政府工作的回顾\n特别是发行6600亿元长期建设国债，带动银行贷款和其他社会资金形成3.28万亿元的投资规模。五年全国公路建设投资12343亿元，扣除价格变动因素，是1950年到1997年全国公路建设投资总和的1.7倍。全国研究与试验开发经费，从1997年的509亿元增加到2002年的1161亿元。人均期望寿命2002年达71.8岁。2002年试点扩大到20个省、自治区、直辖市，试点地区农民负担平均减轻30%。今年中央财政预算用于支持这项改革的资金将达305亿元。五年间，国家财政扶贫资金和以工代赈资金达480亿元，通过贴息方式安排扶贫贷款770亿元。五年来，国有及国有控股企业在境内外新增上市公司442家，累计筹资7436亿元，包括境外筹资352亿美元。先后有1800多万人通过多种渠道和方式实现了再就业。",
        &[
            "长期建设国债|6600亿元|Level|Actual",
            "投资规模|3.28万亿元|Level|Actual",
            "公路建设投资|12343亿元|Level|Actual",
            "公路建设投资|1.7倍|Level|Actual",
            "研究与试验开发经费|509亿元|Level|Actual",
            "研究与试验开发经费|1161亿元|Level|Actual",
            "人均期望寿命|71.8岁|Level|Actual",
            "省、自治区、直辖市|20个|Count|Actual",
            "试点地区农民负担|-30%|Growth|Actual",
            "中央财政预算用于支持这项改革的资金|305亿元|Level|Target",
            "国家财政扶贫资金和以工代赈资金|480亿元|Level|Actual",
            "扶贫贷款|770亿元|Level|Actual",
            "新增上市公司|442家|Count|Actual",
            "筹资|7436亿元|Level|Actual",
            "境外筹资|352亿美元|Level|Actual",
            "实现再就业|1800多万人|Count|Actual",
        ],
    );
}

#[test]
fn hebei_2000_what_pulled_growth_topics_and_bare_measures() {
    check(
        "一、1999年工作的回顾\n在经济增长率中，投资需求拉动了4.6个百分点。一二三次产业结构有所改善，由上年的18.6：49：32.4，调整为17.7：49：33.3。非公有制经济发展较快，增加值占国内生产总值的比重比上年提高1.2个百分点。旅游业创汇、创收分别增长16％和11％。金融机构存款余额比年初增加600.46亿元，贷款余额增加494.23亿元。全省国有及国有控股工业企业，实现利润增长30.3％。我省有11件作品获奖。",
        &[
            "投资需求|4.6个百分点|PointChange|Actual",
            "一二三次产业结构|18.6:49:32.4|Ratio|Actual",
            "一二三次产业结构|17.7:49:33.3|Ratio|Actual",
            "非公有制经济增加值占国内生产总值的比重|1.2个百分点|PointChange|Actual",
            "旅游业创汇|16%|Growth|Actual",
            "旅游业创收|11%|Growth|Actual",
            "金融机构存款余额|600.46亿元|Change|Actual",
            "金融机构贷款余额|494.23亿元|Change|Actual",
            "国有及国有控股工业企业利润|30.3%|Growth|Actual",
            "作品|11件|Count|Actual",
        ],
    );
}

#[test]
fn national_2002_levels_from_the_years_start_and_a_funder_that_year() {
    check(
        "首先报告2001年的工作\n城市居民最低生活保障的覆盖人数，由年初的400多万人扩大到年末的1120多万人。以上几项，仅中央财政当年就增加支出621亿元。",
        &[
            "城市居民最低生活保障的覆盖人数|400多万人|Count|Actual",
            "城市居民最低生活保障的覆盖人数|1120多万人|Count|Actual",
            "中央财政增加支出|621亿元|Level|Actual",
        ],
    );
}

#[test]
fn national_2001_a_list_before_a_year_and_its_distribution() {
    check(
        "一、“九五”时期国民经济和社会发展的回顾\n农村居民人均纯收入和城镇居民人均可支配收入，2000年分别达到2253元和6280元。国家外汇储备2000年底达1656亿美元，比1995年底增加920亿美元。",
        &[
            "农村居民人均纯收入|2253元|Level|Actual",
            "城镇居民人均可支配收入|6280元|Level|Actual",
            "国家外汇储备|1656亿美元|Level|Actual",
            "国家外汇储备|920亿美元|Change|Actual",
        ],
    );
}

#[test]
fn national_2000_topics_lists_of_levels_and_items_after_a_lead_in() {
    check(
        "各位代表：\n现在，我代表国务院向大会作政府工作报告，请予审议。\n一、1999年国内工作回顾\n全国有27个省、自治区、直辖市工业效益好于上年。外贸出口从7月份开始大幅度回升，全年达到1949亿美元，比上年增长6.1％。普通高等学校招生规模比上年扩大47.4％。包括将国有企业下岗职工基本生活费水平、失业保险金水平、城镇居民最低生活保障金水平提高30％。落实这些措施，国家财政共增加支出540多亿元。城镇居民人均可支配收入，考虑价格下降因素比上年实际增长9.3％；国内生产总值，比上年增长7.1％。两年来通过财政向银行发行2100亿元长期国债，带动4200多亿元银行贷款和自筹资金。已建成的主要有：建成仓容250亿公斤的国家粮食储备库。\n二、坚持实行扩大内需的方针\n今年继续实行积极财政政策的主要内容，包括以下几个方面。\n一是发行1000亿元长期国债。\n二是增发500亿元特别国债。\n近年来财政赤字增加了300亿元。",
        &[
            "省、自治区、直辖市|27个|Count|Actual",
            "外贸出口|1949亿美元|Level|Actual",
            "外贸出口|6.1%|Growth|Actual",
            "普通高等学校招生规模|47.4%|Growth|Actual",
            "国有企业下岗职工基本生活费水平|30%|Growth|Actual",
            "失业保险金水平|30%|Growth|Actual",
            "城镇居民最低生活保障金水平|30%|Growth|Actual",
            "国家财政增加支出|540多亿元|Level|Actual",
            "城镇居民人均可支配收入|9.3%|Growth|Actual",
            "国内生产总值|7.1%|Growth|Actual",
            "长期国债|2100亿元|Level|Actual",
            "银行贷款和自筹资金|4200多亿元|Level|Actual",
            "国家粮食储备库仓容|250亿公斤|Level|Actual",
            "长期国债|1000亿元|Level|Target",
            "特别国债|500亿元|Level|Target",
            "财政赤字|300亿元|Change|Actual",
        ],
    );
}

#[test]
fn national_1998_spaced_digits_treaties_each_of_a_list_and_the_other_side() {
    check(
        "一、关于过去五年的政府工作\n1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元。我国缔结或者参加国际条约1 8 7 个。广播和电视的人口覆盖率都达到了8 5 ％以上。城镇人均居住面积增加到8 ．7 平方米，农村增加到2 2 平方米。城乡居民储蓄大幅度增加，存款余额达到4 6 2 8 0 亿元。\n二、关于1 9 9 8 年政府工作的建议\n今年全社会固定资产投资预定增长1 0 ％。今年，基本普及九年义务教育的地区要增加到全国人口的7 2 ％。",
        &[
            "国内生产总值|74772亿元|Level|Actual",
            "缔结或者参加国际条约|187个|Count|Actual",
            "广播人口覆盖率|85%|Level|Actual",
            "电视人口覆盖率|85%|Level|Actual",
            "城镇人均居住面积|8.7平方米|Level|Actual",
            "农村人均居住面积|22平方米|Level|Actual",
            "城乡居民储蓄存款余额|46280亿元|Level|Actual",
            "全社会固定资产投资|10%|Growth|Target",
            "基本普及九年义务教育的地区占全国人口|72%|Share|Target",
        ],
    );
}

#[test]
fn national_1999_middle_dots_issuers_and_a_topic_past_how_it_was_reckoned() {
    check(
        "各位代表：\n现在，我代表国务院，向大会作政府工作报告，请予审议。\n一、1998年工作回顾\n国务院增发1000亿元财政债券，重点用于增加基础设施建设投资。下半年国有单位固定资产投资增长显著加快，全年增长19·5％。农村居民人均纯收入，考虑价格下降因素，比上年实际增长4·3％。去年财政增发1000亿元国债加强基础设施建设，但全年货币发行还比年初计划少了近500亿元。\n二、继续扩大内需\n今年，要使全国80％以上的人口地区普及九年义务教育。",
        &[
            "财政债券|1000亿元|Level|Actual",
            "国有单位固定资产投资|19·5%|Growth|Actual",
            "农村居民人均纯收入|4·3%|Growth|Actual",
            "国债|1000亿元|Level|Actual",
            "货币发行|500亿元|Level|Actual",
            "人口地区普及九年义务教育|80%|Level|Target",
        ],
    );
}

#[test]
fn national_1997_this_years_clauses_deadlines_after_a_subject_and_what_came_in() {
    check(
        "各位代表：\n现在，我代表国务院向大会作政府工作报告，请予审议。\n一、１９９６年国内工作的回顾\n外商直接投资保持增长势头，实际到位４００多亿美元。\n三、在国有企业改革方面迈出更大的步伐\n国家已经组织了５７户企业集团试点，今年要扩大到１２０户。这几年，国家先后在５８个城市进行了企业优化资本结构的试点，今年试点城市扩大到１１０个。\n四、积极发展科技教育文化和各项社会事业\n我国人口到２０００年要控制在１３亿以内。",
        &[
            "外商直接投资|400多亿美元|Level|Actual",
            "企业集团试点|57户|Count|Actual",
            "企业集团试点|120户|Count|Target",
            "城市|58个|Count|Actual",
            "试点城市|110个|Count|Target",
            "人口|13亿|Count|Target",
        ],
    );
}

#[test]
fn national_1995_per_cents_in_words_targets_named_alone_and_rates_named_before() {
    check(
        "各位代表：\n现在，我代表国务院向大会作政府工作报告，请予审议。\n一、１９９４年国内工作的回顾\n国内市场繁荣，社会商品零售总额扣除价格因素增长百分之七点八。外商直接投资保持良好势头，实际金额达到３３０多亿美元。全年商品零售物价上涨幅度比上年提高百分之八。在控制物价上做了很大努力，涨幅仍然高达百分之二十一点七。\n二、促进国民经济持续、快速、健康发展\n综合分析各方面的条件，今年经济增长速度的宏观调控目标，定为百分之八至九。宏观调控的目标是，确保物价上涨幅度比去年有明显回落，力争控制在百分之十五左右。现在我国人口已经达到１２亿。",
        &[
            "社会商品零售总额|百分之七点八%|Growth|Actual",
            "外商直接投资实际金额|330多亿美元|Level|Actual",
            "商品零售物价上涨幅度|百分之八%|Growth|Actual",
            "商品零售物价上涨幅度|百分之二十一点七%|Growth|Actual",
            "经济增长速度的宏观调控目标|百分之八至九%|Level|Target",
            "物价上涨幅度|百分之十五%|Growth|Target",
            "人口|12亿|Count|Actual",
        ],
    );
}

#[test]
fn national_1994_a_measure_that_opens_with_its_subjects_word_and_plans_without_a_year() {
    check(
        "一、１９９３年国内工作的回顾\n城乡居民储蓄存款大幅度增加，年末存款余额达到１４７６４亿元，增长百分之二十八。\n二、保持国民经济持续快速健康发展\n国家准备重点扶持５００个商品粮大县。要认真实施扶贫攻坚计划，在从现在起到本世纪末的七年时间里，基本解决８０００万人的温饱问题。各级政府要采取积极有效的措施，努力把全年零售物价上涨幅度控制在百分之十以内。",
        &[
            "城乡居民储蓄存款余额|14764亿元|Level|Actual",
            "城乡居民储蓄存款余额|百分之二十八%|Growth|Actual",
            "商品粮大县|500个|Count|Target",
            "解决温饱问题人数|8000万人|Count|Target",
            "零售物价上涨幅度|百分之十%|Growth|Target",
        ],
    );
}

#[test]
fn tables_of_a_communique_are_metrics() {
    // A PDF's text: cells apart by spaces, a caption, a unit line, a letter-spaced header.
    check(
        "表1 2024年年末人口数及其构成\n单位：万人\n指 标 年末数 比重（%）\n全国人口 140828 100.0\n其中：城镇 94350 67.0\n乡村 46478 33.0",
        &[
            "全国人口|140828万人|Count|Actual",
            "全国人口|100.0%|Share|Actual",
            "城镇|94350万人|Count|Actual",
            "城镇|67.0%|Share|Actual",
            "乡村|46478万人|Count|Actual",
            "乡村|33.0%|Share|Actual",
        ],
    );
    // A unit column, a growth column that says no change, a measure named by a label.
    check(
        "产品名称\t单位\t产量\t比上年增长（±%）\n原油\t万吨\t4000.0\t持平\n发电量\t亿千瓦时\t96.9\t2.5\n糖料\t万吨\t11885\t-5.2",
        &[
            "原油产量|4000.0万吨|Level|Actual",
            "原油产量|持平%|Growth|Actual",
            "发电量|96.9亿千瓦时|Level|Actual",
            "发电量|2.5%|Growth|Actual",
            "糖料产量|11885万吨|Level|Actual",
            "糖料产量|-5.2%|Growth|Actual",
        ],
    );
    // Units after the labels, shared by the rows under them; a group line's measure; months
    // and a change in amount as columns.
    check(
        "指标名称\t指标值\t同比增长（%）\n期末畜禽存栏\t\t\n大牲畜（万头）\t96.9\t8.7\n#黄牛及肉牛\t32.1\t9.3",
        &[
            "大牲畜存栏|96.9万头|Count|Actual",
            "大牲畜存栏|8.7%|Growth|Actual",
            "黄牛及肉牛存栏|32.1万头|Count|Actual",
            "黄牛及肉牛存栏|9.3%|Growth|Actual",
        ],
    );
    check(
        "单位：亿元\n指标\t3月末\t比年初增减额\n住户存款\t1490.8\t44.9\n非金融企业存款\t417.3\t-26.3",
        &[
            "住户存款|1490.8亿元|Level|Actual",
            "住户存款|44.9亿元|Level|Actual",
            "非金融企业存款|417.3亿元|Level|Actual",
            "非金融企业存款|-26.3亿元|Level|Actual",
        ],
    );
    // Not a table: prose, or two lines that end with numbers and nothing says are one.
    check("全国人口 140828\n城镇人口 94350", &[]);
}

#[test]
fn a_breakdown_names_its_parts_by_the_whole() {
    check(
        "全年社会消费品零售总额803.1亿元，同比增长15.6%。按地域分，城镇实现747.1亿元；乡村实现56亿元。",
        &[
            "社会消费品零售总额|803.1亿元|Level|Actual",
            "社会消费品零售总额|15.6%|Growth|Actual",
            "城镇社会消费品零售总额|747.1亿元|Level|Actual",
            "乡村社会消费品零售总额|56亿元|Level|Actual",
        ],
    );
    // (Not of a part of the sentence before.)
    check(
        "建筑及装潢材料类下降2.0%。按零售业态分，便利店零售额增长4.7%，超市增长2.7%。",
        &[
            "建筑及装潢材料类|-2.0%|Growth|Actual",
            "便利店零售额|4.7%|Growth|Actual",
            "超市零售额|2.7%|Growth|Actual",
        ],
    );
}

#[test]
fn series_of_years_and_markdown_tables_are_tables() {
    check(
        "2014-2018年全部工业增加值及增长速度\n年份\t工业增加值（亿元）\t比上年增长（%）\n2017\t8749.14\t9.4\n2018\t9245.0\t9.0",
        &[
            "工业增加值|8749.14亿元|Level|Actual",
            "工业增加值|9.4%|Growth|Actual",
            "工业增加值|9245.0亿元|Level|Actual",
            "工业增加值|9.0%|Growth|Actual",
        ],
    );
    check(
        "| 指标 | 绝对量 | 比上年增长（%） |\n|---|---|---|\n| 房地产开发投资（亿元） | 90809 | -7.4 |\n| 其中：住宅 | 74400 | -30.0 |",
        &[
            "房地产开发投资|90809亿元|Level|Actual",
            "房地产开发投资|-7.4%|Growth|Actual",
            "住宅|74400亿元|Level|Actual",
            "住宅|-30.0%|Growth|Actual",
        ],
    );
    // A rate in per mille is a level, named whole.
    check(
        "| 时间 | 出生率 (‰) | 自然增长率 (‰) |\n|---|---|---|\n| 2017 | 12.76 | 6.38 |\n| 2016 | 13.10 | 6.20 |",
        &[
            "出生率|12.76‰|Level|Actual",
            "自然增长率|6.38‰|Level|Actual",
            "出生率|13.10‰|Level|Actual",
            "自然增长率|6.20‰|Level|Actual",
        ],
    );
}

#[test]
fn a_markdown_plan_table_with_units_and_bounds_in_its_cells() {
    // (Its header, which names years, is no heading; its figures write their units and bounds;
    // a row named by a growth in per cent is a growth of the measure.)
    let text = "二、2024年主要目标\n\n| 指标 | 2023年 | 2024年目标 |\n|---|---|---|\n\
                | 地区生产总值增速 | 5.5% | 5.5%左右 |\n| 城镇新增就业 | 6.2万人 | 6万人以上 |\n\
                | 一般公共预算收入（亿元） | 286.4 | 303.6 |";
    check(
        text,
        &[
            "地区生产总值|5.5%|Growth|Actual",
            "地区生产总值|5.5%|Growth|Target",
            "城镇新增就业|6.2万人|Count|Actual",
            "城镇新增就业|6万人|Count|Target",
            "一般公共预算收入|286.4亿元|Level|Actual",
            "一般公共预算收入|303.6亿元|Level|Target",
        ],
    );
    assert_eq!(
        periods(text),
        [
            "地区生产总值|5.5%|2023",
            "地区生产总值|5.5%|2024",
            "城镇新增就业|6.2万人|2023",
            "城镇新增就业|6万人|2024",
            "一般公共预算收入|286.4亿元|2023",
            "一般公共预算收入|303.6亿元|2024",
        ]
    );
    let analysis = crate::analyze_text(text);
    assert_eq!(analysis.sections.len(), 1, "{:?}", analysis.sections);
    // (Each cell in its own unit.)
    check(
        "| 指标 | 2023年 | 2024年目标 |\n|---|---|---|\n| 投资 | 6.2亿元 | 6000万元 |\n| 就业 | 3万人 | 4万人 |",
        &[
            "投资|6.2亿元|Level|Actual",
            "投资|6000万元|Level|Target",
            "就业|3万人|Count|Actual",
            "就业|4万人|Count|Target",
        ],
    );
}

#[test]
fn a_numbered_list_s_number_is_no_part_of_the_indicator() {
    check(
        "二、2024年主要目标\n1. 地区生产总值增长5.5%左右；\n2．一般公共预算收入增长6%；",
        &[
            "地区生产总值|5.5%|Growth|Target",
            "一般公共预算收入|6%|Growth|Target",
        ],
    );
}

#[test]
fn a_budget_table_says_which_figures_are_planned() {
    check(
        "表1 2023年一般公共预算收入执行情况\n单位：万元\n项目\t预算数\t执行数\t为预算%\t比上年增长%\n税收收入\t70000\t71234\t101.8\t3.1\n非税收入\t32000\t31183\t97.4\t10.5",
        &[
            "税收收入|70000万元|Level|Target",
            "税收收入|71234万元|Level|Actual",
            "税收收入完成预算|101.8%|Level|Actual",
            "税收收入|3.1%|Growth|Actual",
            "非税收入|32000万元|Level|Target",
            "非税收入|31183万元|Level|Actual",
            "非税收入完成预算|97.4%|Level|Actual",
            "非税收入|10.5%|Growth|Actual",
        ],
    );
    // A year before what a column holds; a growth after the budget's column is planned.
    check(
        "表2 2024年一般公共预算收入预算\n单位：万元\n项目\t2023年执行数\t2024年预算数\t增长%\n税收收入\t71234\t74800\t5.0\n非税收入\t31183\t30000\t-3.8",
        &[
            "税收收入|71234万元|Level|Actual",
            "税收收入|74800万元|Level|Target",
            "税收收入|5.0%|Growth|Target",
            "非税收入|31183万元|Level|Actual",
            "非税收入|30000万元|Level|Target",
            "非税收入|-3.8%|Growth|Target",
        ],
    );
}

#[test]
fn national_1992_how_industry_fared_a_deal_and_the_years_plan() {
    check(
        "各位代表：\n现在，我代表国务院向大会作政府工作报告，请予审议。\n一、１９９１年国内工作的回顾\n工业生产增长较快，总产值比上年增长百分之十四点二。外商直接投资协议金额１２０亿美元，实际投资４３．７亿美元。\n二、抓紧有利时机，加快经济发展\n今年计划要求，国民生产总值增长百分之六。投资要符合产业政策。社会商品零售总额增长百分之十二点三。",
        &[
            "工业总产值|百分之十四点二%|Growth|Actual",
            "外商直接投资协议金额|120亿美元|Level|Actual",
            "外商直接投资实际投资|43.7亿美元|Level|Actual",
            "国民生产总值|百分之六%|Growth|Target",
            "社会商品零售总额|百分之十二点三%|Growth|Target",
        ],
    );
}

#[test]
fn national_1987_a_part_on_the_situation_and_last_year_in_a_plan() {
    check(
        "各位代表：\n现在，我代表国务院向大会作政府工作报告，请予审议。\n一、当前国内形势和基本任务\n全国社会总产值达到１８７７４亿元，比上年增长９．１％。发电量达到４４５５亿千瓦小时。\n二、坚持长期稳定发展经济的方针\n今后要保持稳定增长。\n三、今年的主要任务\n去年，控制固定资产投资过度增长的工作初见成效，全民所有制单位基本建设投资比上年增长７．３％。",
        &[
            "社会总产值|18774亿元|Level|Actual",
            "社会总产值|9.1%|Growth|Actual",
            "发电量|4455亿千瓦小时|Level|Actual",
            "全民所有制单位基本建设投资|7.3%|Growth|Actual",
        ],
    );
}

#[test]
fn national_1986_years_in_chinese_digits_and_notes_of_the_figure_before() {
    check(
        "各位代表：\n现在，我代表国务院向大会作政府工作报告，请予审议。\n一、“六五”计划执行情况的回顾\n工农业总产值平均每年增长百分之十一，其中工业总产值平均每年增长百分之十二。农业总产值从一九五三年至一九八○年的二十八年间平均每年增长百分之三点五，其中增长较快的“一五”时期平均每年增长百分之四点五。一九八三年国内财政收入增加一百二十七亿元，一九八四年增加二百五十五亿元。港口深水泊位吞吐能力一亿吨，新增发电装机容量一千九百五十万千瓦。全国通过各种形式使用国外贷款一百零三亿美元。城镇住宅竣工面积达六亿三千多万平方米。四是，城乡居民储蓄大幅度增加。一九八五年末达到一千六百二十三亿元，比一九八○年末增长三倍。积累率在一九七八年高达百分之三十六点五。\n二、“七五”时期的基本任务\n农业总产值平均每年增长百分之四（包括村办工业为百分之六），工业总产值平均每年增长百分之七点五（不包括村办工业百分之七）。",
        &[
            "工农业总产值|百分之十一%|Growth|Actual",
            "工业总产值|百分之十二%|Growth|Actual",
            "农业总产值|百分之三点五%|Growth|Actual",
            "农业总产值|百分之四点五%|Growth|Actual",
            "国内财政收入|一百二十七亿元|Change|Actual",
            "国内财政收入|二百五十五亿元|Change|Actual",
            "港口深水泊位吞吐能力|一亿吨|Level|Actual",
            "新增发电装机容量|一千九百五十万千瓦|Level|Actual",
            "使用国外贷款|一百零三亿美元|Level|Actual",
            "城镇住宅竣工面积|六亿三千多万平方米|Level|Actual",
            "城乡居民储蓄|一千六百二十三亿元|Level|Actual",
            "城乡居民储蓄|三倍|Growth|Actual",
            "积累率|百分之三十六点五%|Level|Actual",
            "农业总产值|百分之四%|Growth|Target",
            "农业总产值（包括村办工业）|百分之六%|Level|Target",
            "工业总产值|百分之七点五%|Growth|Target",
            "工业总产值（不包括村办工业）|百分之七%|Level|Target",
        ],
    );
}

#[test]
fn national_2024_a_budget_on_an_estimate_a_change_on_last_years_budget_and_an_issue_named_before() {
    check(
        "二、2024年政府工作任务\n赤字率拟按3%安排，赤字规模4.06万亿元，比上年年初预算增加1800亿元。预计今年财政收入继续恢复增长，加上调入资金等，一般公共预算支出规模28.5万亿元、比上年增加1.1万亿元。从今年开始拟连续几年发行超长期特别国债，专项用于国家重大战略实施，今年先发行1万亿元。",
        &[
            "赤字率|3%|Level|Target",
            "赤字规模|4.06万亿元|Level|Target",
            "赤字规模|1800亿元|Change|Target",
            "一般公共预算支出规模|28.5万亿元|Level|Target",
            "一般公共预算支出规模|1.1万亿元|Change|Target",
            "超长期特别国债|1万亿元|Level|Target",
        ],
    );
    // A cue that stands alone covers the sentence, premise and result.
    check(
        "初步测算，今年全面实施增值税转型，加上取消和停征100项行政事业性收费，可减轻企业和居民负担约5000亿元。",
        &[
            "行政事业性收费|100项|Count|Estimate",
            "减轻企业和居民负担|5000亿元|Level|Estimate",
        ],
    );
}

#[test]
fn a_communiques_breakdown_names_its_parts_by_the_measure_and_ratios_without_a_unit() {
    check(
        "全年规模以上工业增加值比上年增长7.1%。分经济类型看，国有控股企业增长5.2%；股份制企业增长7.6%。",
        &[
            "规模以上工业增加值|7.1%|Growth|Actual",
            "国有控股企业增加值|5.2%|Growth|Actual",
            "股份制企业增加值|7.6%|Growth|Actual",
        ],
    );
    // The first part names the measure; the examples after `从…看，` are not parts.
    check(
        "在规模以上工业中，分经济类型看，国有控股企业利润1200亿元；私营企业800亿元。从主要税种看，增值税12.8亿元。",
        &[
            "国有控股企业利润|1200亿元|Level|Actual",
            "私营企业利润|800亿元|Level|Actual",
            "增值税|12.8亿元|Level|Actual",
        ],
    );
    check(
        "城乡居民人均收入倍差为2.00。城乡居民收入比由2.5缩小到2.3。制造业采购经理指数（PMI）为50.2。",
        &[
            "城乡居民人均收入倍差|2.00|Level|Actual",
            "城乡居民收入比|2.5|Level|Actual",
            "城乡居民收入比|2.3|Level|Actual",
            "制造业采购经理指数|50.2|Level|Actual",
        ],
    );
}

#[test]
fn a_budget_share_reached_said_with_wei_and_the_growth_after_it() {
    check(
        "全县一般公共预算收入完成18.6亿元，为预算的101.2%，比上年增长5.3%。一般公共预算支出完成42.3亿元，为调整预算的96.5%，下降2.1%。",
        &[
            "一般公共预算收入|18.6亿元|Level|Actual",
            "一般公共预算收入完成预算|101.2%|Level|Actual",
            "一般公共预算收入|5.3%|Growth|Actual",
            "一般公共预算支出|42.3亿元|Level|Actual",
            "一般公共预算支出完成预算|96.5%|Level|Actual",
            "一般公共预算支出|-2.1%|Growth|Actual",
        ],
    );
    // (Said with `占`, and the share of the whole after it of the measure; the budget's
    // amount and the share of it after its `的`.)
    check(
        "地方一般公共预算收入完成28583万元，占调整预算105.47%，同比增长10.85%，增收2798万元。税务部门完成13866万元，占调整预算100.93%，占一般公共预算收入的48.51%。\
         一般公共预算收入累计完成24627万元，完成年初预算数60999万元的40.4%，比上年减收1070万元。",
        &[
            "地方一般公共预算收入|28583万元|Level|Actual",
            "地方一般公共预算收入完成预算|105.47%|Level|Actual",
            "地方一般公共预算收入|10.85%|Growth|Actual",
            "地方一般公共预算收入|2798万元|Change|Actual",
            "税务部门|13866万元|Level|Actual",
            "税务部门完成预算|100.93%|Level|Actual",
            "税务部门占一般公共预算收入|48.51%|Share|Actual",
            "一般公共预算收入|24627万元|Level|Actual",
            "一般公共预算收入预算|60999万元|Level|Actual",
            "一般公共预算收入完成预算|40.4%|Level|Actual",
            "一般公共预算收入|-1070万元|Change|Actual",
        ],
    );
    // (A year's budget, `为年预算的`, as a county's monthly report says it.)
    check(
        "1-5月，我县地方一般公共预算收入累计完成34096万元，为年预算的32.3%，同比降低10.2%，位居全市第9位。",
        &[
            "地方一般公共预算收入|34096万元|Level|Actual",
            "地方一般公共预算收入完成预算|32.3%|Level|Actual",
            "地方一般公共预算收入|-10.2%|Growth|Actual",
            "地方一般公共预算收入|9位|Rank|Actual",
        ],
    );
    check(
        "全区民生支出80242万元，占到公共财政预算支出的81.68%。",
        &[
            "民生支出|80242万元|Level|Actual",
            "民生支出占公共财政预算支出|81.68%|Share|Actual",
        ],
    );
}

#[test]
fn a_total_of_things_added_an_item_with_its_own_verb_and_the_year_of_a_level() {
    check(
        "新增市场主体4.2万户，总量达到9.8万户。改造老旧小区36个、惠及居民1.1万户。",
        &[
            "新增市场主体|4.2万户|Count|Actual",
            "市场主体总量|9.8万户|Count|Actual",
            "改造老旧小区|36个|Count|Actual",
            "改造老旧小区惠及居民|1.1万户|Count|Actual",
        ],
    );
    let analysis = crate::analyze_text(
        "一、“十三五”时期发展回顾\n五年来，全区地区生产总值由2015年的352.6亿元增加到2020年的508.3亿元，年均增长7.2%，是2010年的2.1倍。城镇化率由2015年的58.2%提高到2020年的63.5%，增长5.3个百分点。",
    );
    let periods: Vec<_> = analysis
        .metrics
        .iter()
        .map(|m| m.period.as_deref().unwrap_or("-"))
        .collect();
    // (A rate's level too; not a growth or a change.)
    assert_eq!(
        periods,
        ["2015", "2020", "十三五", "十三五", "2015", "2020", "十三五"]
    );
}

#[test]
fn industries_listed_by_numeral_at_a_paragraphs_start_a_share_alone_and_a_years_end_compared() {
    check(
        "一、二、三产业增加值分别增长3.1%、5.2%和6.3%。\n第一、第二、第三产业增加值分别增长3%、5%和6%。",
        &[
            "第一产业增加值|3.1%|Growth|Actual",
            "第二产业增加值|5.2%|Growth|Actual",
            "第三产业增加值|6.3%|Growth|Actual",
            "第一产业增加值|3%|Growth|Actual",
            "第二产业增加值|5%|Growth|Actual",
            "第三产业增加值|6%|Growth|Actual",
        ],
    );
    check(
        "网上零售额增长了两成，占比超过四成。常住人口城镇化率较上年末提高0.5个百分点，达到68.2%。",
        &[
            "网上零售额|两成|Growth|Actual",
            "网上零售额占比|四成|Share|Actual",
            "常住人口城镇化率|0.5个百分点|PointChange|Actual",
            "常住人口城镇化率|68.2%|Level|Actual",
        ],
    );
}

#[test]
fn sides_after_their_measure_and_a_threshold_right_before_the_things_counted() {
    check(
        "居民人均可支配收入城镇、农村分别达到4.8万元、2.2万元。投资超亿元项目达到320个，其中超10亿元项目45个。",
        &[
            "城镇居民人均可支配收入|4.8万元|Level|Actual",
            "农村居民人均可支配收入|2.2万元|Level|Actual",
            "投资超亿元项目|320个|Count|Actual",
            "超10亿元项目|45个|Count|Actual",
        ],
    );
}

#[test]
fn a_total_after_things_added_and_life_expectancy_is_no_target() {
    check(
        "新增上市公司12家，累计达到186家。人均预期寿命达到81.5岁。",
        &[
            "新增上市公司|12家|Count|Actual",
            "上市公司|186家|Count|Actual",
            "人均预期寿命|81.5岁|Level|Actual",
        ],
    );
}

#[test]
fn a_table_of_changes_by_place_says_so_in_its_caption() {
    check(
        "表3  2024年居民消费价格比上年涨跌幅度\n单位：%\n指标\t全国\t城市\t农村\n居民消费价格\t0.2\t0.3\t-0.1\n衣着\t1.4\t1.5\t1.2\n食品烟酒\t-0.1\t0.0\t-0.3",
        &[
            "全国居民消费价格|0.2%|Growth|Actual",
            "城市居民消费价格|0.3%|Growth|Actual",
            "农村居民消费价格|-0.1%|Growth|Actual",
            "全国衣着|1.4%|Growth|Actual",
            "城市衣着|1.5%|Growth|Actual",
            "农村衣着|1.2%|Growth|Actual",
            "全国食品烟酒|-0.1%|Growth|Actual",
            "城市食品烟酒|0.0%|Growth|Actual",
            "农村食品烟酒|-0.3%|Growth|Actual",
        ],
    );
}

#[test]
fn a_caption_that_breaks_a_measure_down_names_the_rows_measure() {
    check(
        "表2 2024年分行业固定资产投资（不含农户）增长速度\n行业\t比上年增长（%）\n第一产业\t-5.2\n第二产业\t12.1\n#工业\t12.8\n第三产业\t3.3",
        &[
            "第一产业固定资产投资|-5.2%|Growth|Actual",
            "第二产业固定资产投资|12.1%|Growth|Actual",
            "工业固定资产投资|12.8%|Growth|Actual",
            "第三产业固定资产投资|3.3%|Growth|Actual",
        ],
    );
}

#[test]
fn the_share_of_a_years_plan_reached_is_a_result_named_after_its_measure() {
    check(
        "固定资产投资完成320亿元，为年度计划的105%，增长8%。",
        &[
            "固定资产投资|320亿元|Level|Actual",
            "固定资产投资完成年度计划|105%|Level|Actual",
            "固定资产投资|8%|Growth|Actual",
        ],
    );
}

#[test]
fn projects_finished_and_in_production_after_those_started() {
    check(
        "新开工亿元以上项目58个，竣工投产32个。",
        &[
            "新开工亿元以上项目|58个|Count|Actual",
            "竣工投产亿元以上项目|32个|Count|Actual",
        ],
    );
}

/// Analyzes `text` and checks each metric's indicator, number and comparison.
fn check_comparisons(text: &str, expected: &[(&str, &str, Option<&str>)]) {
    let analysis = crate::analyze_text(text);
    let got: Vec<_> = analysis
        .metrics
        .iter()
        .map(|m| {
            (
                m.indicator.as_str(),
                m.value_text.as_str(),
                m.comparison.as_deref(),
            )
        })
        .collect();
    assert_eq!(got, expected, "{text}");
}

#[test]
fn higher_than_a_places_is_the_comparison_of_a_point_change() {
    check_comparisons(
        "规上工业增加值增长8.2%，高于全省1.3个百分点，居全国第8位。",
        &[
            ("规上工业增加值", "8.2", None),
            ("规上工业增加值", "1.3", Some("高于全省")),
            ("规上工业增加值", "8", None),
        ],
    );
}

#[test]
fn growth_in_times_a_place_of_one_character_and_a_budgets_other_lines() {
    check(
        "北京向天津、河北输出技术合同成交额748.7亿元、增长1.1倍。出口额是上年的2倍。",
        &[
            "北京向天津、河北输出技术合同成交额|748.7亿元|Level|Actual",
            "北京向天津、河北输出技术合同成交额|1.1倍|Growth|Actual",
            "出口额|2倍|Level|Actual",
        ],
    );
    check(
        "在京登记落户国际组织机构增至115家。在建项目1200个。",
        &[
            "在京登记落户国际组织机构|115家|Count|Actual",
            "在建项目|1200个|Count|Actual",
        ],
    );
    check(
        "社会保险基金预算收入320亿元，支出300亿元，当年结余20亿元，年末滚存结余180亿元。",
        &[
            "社会保险基金预算收入|320亿元|Level|Actual",
            "社会保险基金预算支出|300亿元|Level|Actual",
            "社会保险基金预算结余|20亿元|Level|Actual",
            "社会保险基金预算滚存结余|180亿元|Level|Actual",
        ],
    );
    // Over what is said of a line, and after a `；`; a balance of income and spending.
    check(
        "国有资本经营预算收入12.6亿元，完成预算的105%；支出8.2亿元。社会保险基金预算收入420.3亿元，当年收支结余21.6亿元。",
        &[
            "国有资本经营预算收入|12.6亿元|Level|Actual",
            "国有资本经营预算收入完成预算|105%|Level|Actual",
            "国有资本经营预算支出|8.2亿元|Level|Actual",
            "社会保险基金预算收入|420.3亿元|Level|Actual",
            "社会保险基金预算收支结余|21.6亿元|Level|Actual",
        ],
    );
    // A budget's sums, with `加上` said in full.
    check(
        "加上中央补助收入286.4亿元、上年结转18.6亿元，收入总计894.4亿元。加上上解支出12.3亿元，支出总计894.4亿元。",
        &[
            "中央补助收入|286.4亿元|Level|Actual",
            "上年结转|18.6亿元|Level|Actual",
            "收入总计|894.4亿元|Level|Actual",
            "上解支出|12.3亿元|Level|Actual",
            "支出总计|894.4亿元|Level|Actual",
        ],
    );
}

#[test]
fn a_breakdown_within_a_whole_named_without_a_preposition() {
    check(
        "全年规模以上工业中，分经济类型看，国有控股企业增加值增长5.6%；外商及港澳台商投资企业增长3.2%。分门类看，电力、热力、燃气及水生产和供应业增长6.5%。",
        &[
            "国有控股企业增加值|5.6%|Growth|Actual",
            "外商及港澳台商投资企业增加值|3.2%|Growth|Actual",
            "电力、热力、燃气及水生产和供应业增加值|6.5%|Growth|Actual",
        ],
    );
}

#[test]
fn classes_of_goods_a_ratio_to_a_whole_and_a_communiques_weather() {
    check(
        "在限额以上单位商品零售额中，粮油、食品类零售额比上年增长5.2%，饮料类增长3.1%。",
        &[
            "粮油、食品类零售额|5.2%|Growth|Actual",
            "饮料类零售额|3.1%|Growth|Actual",
        ],
    );
    check(
        "全年研究与试验发展经费支出567.8亿元，与地区生产总值之比为2.65%。在学研究生38.8万人。",
        &[
            "研究与试验发展经费支出|567.8亿元|Level|Actual",
            "研究与试验发展经费支出与地区生产总值之比|2.65%|Share|Actual",
            "在学研究生|38.8万人|Count|Actual",
        ],
    );
    check(
        "全年平均气温15.6℃，降水量856.7毫米，粮食播种面积2846.9千公顷。",
        &[
            "平均气温|15.6℃|Level|Actual",
            "降水量|856.7毫米|Level|Actual",
            "粮食播种面积|2846.9千公顷|Level|Actual",
        ],
    );
}

/// The metrics of `text` as `indicator|value+unit|comparison` (`-` for none).
fn comparisons(text: &str) -> Vec<String> {
    rows_with(text, |m| m.comparison.as_deref())
}

#[test]
fn the_year_a_clause_opens_with_and_a_deadline_are_periods() {
    let analysis = crate::analyze_text(
        "一、过去五年工作回顾\n五年来，全市生产总值年均增长7.2%，2022年达到3456亿元；2003年以来城镇新增就业116万人。\n二、今后五年目标\n到2027年，基本建成现代化经济体系；全市生产总值突破5000亿元，年均增长6%以上；研发投入强度达到3%。",
    );
    let got: Vec<_> = analysis
        .metrics
        .iter()
        .map(|m| (m.value_text.as_str(), m.period.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            ("7.2", None),
            ("3456", Some("2022")),
            ("116", None),
            ("5000", Some("2027")),
            ("6", Some("2027")),
            ("3", Some("2027")),
        ]
    );
}

#[test]
fn a_lists_shared_rate_a_total_after_new_ones_and_an_improvement() {
    check(
        "地区生产总值、规上工业增加值增速分别居全省第2位、第1位。",
        &[
            "地区生产总值增速|2位|Rank|Actual",
            "规上工业增加值增速|1位|Rank|Actual",
        ],
    );
    check(
        "新增国家级专精特新“小巨人”企业5家、省级专精特新中小企业38家，总数分别达到12家、156家。",
        &[
            "新增国家级专精特新“小巨人”企业|5家|Count|Actual",
            "新增省级专精特新中小企业|38家|Count|Actual",
            "国家级专精特新“小巨人”企业|12家|Count|Actual",
            "省级专精特新中小企业|156家|Count|Actual",
        ],
    );
    check(
        "全年空气质量综合指数4.12，同比改善6.8%。",
        &[
            "空气质量综合指数|4.12|Level|Actual",
            "空气质量综合指数|-6.8%|Growth|Actual",
        ],
    );
}

#[test]
fn money_that_came_in_and_a_vague_range() {
    check(
        "到位内资234.5亿元，增长15.6%。吸引三四百家企业入驻。",
        &[
            "到位内资|234.5亿元|Level|Actual",
            "到位内资|15.6%|Growth|Actual",
            "企业入驻|三四百家|Count|Actual",
        ],
    );
}

#[test]
fn an_item_of_one_sentence_of_figures_and_a_share_of_things_over_a_threshold() {
    check(
        "三、2024年重点工作\n2.推进乡村振兴。建设高标准农田10万亩。\n（1）创建美丽乡村示范村50个。\n（2）农村集体经济年收入10万元以上的村占比达到80%。\n3、扩大开放合作。实际使用外资2亿美元。",
        &[
            "建设高标准农田|10万亩|Level|Target",
            "创建美丽乡村示范村|50个|Count|Target",
            "农村集体经济年收入10万元以上的村占比|80%|Share|Target",
            "实际使用外资|2亿美元|Level|Target",
        ],
    );
}

#[test]
fn a_fenbie_list_of_places_compared_with() {
    check_comparisons(
        "规上工业增加值增长8.5%，分别高于全国、全省4.1个和2.3个百分点。全市生产总值增长6.2%，比全省、全国分别高0.7和1.0个百分点。",
        &[
            ("规上工业增加值", "8.5", None),
            ("规上工业增加值", "4.1", Some("高于全国")),
            ("规上工业增加值", "2.3", Some("高于全省")),
            ("生产总值", "6.2", None),
            ("生产总值", "0.7", Some("比全省")),
            ("生产总值", "1.0", Some("比全国")),
        ],
    );
}

#[test]
fn a_part_of_the_year_before_is_compared_with_as_an_analysis_does() {
    check_comparisons(
        "上半年，规上工业增加值增长7.4%，较一季度回升0.3个百分点。全市地区生产总值同比增长6.2%，较一季度加快0.4个百分点。",
        &[
            ("规上工业增加值", "7.4", None),
            ("规上工业增加值", "0.3", Some("较一季度")),
            ("地区生产总值", "6.2", Some("同比")),
            ("地区生产总值", "0.4", Some("较一季度")),
        ],
    );
}

#[test]
fn places_listed_before_numbers_in_a_row_are_compared_each_with_its_own() {
    // Without `分别`; a bare number before the last takes its points; a level of the places
    // said once after the last; `分别比…高`.
    check_comparisons(
        "地区生产总值增长5.6%，增速高于全国、全省0.6和0.4个百分点。一般公共预算收入增长3.1%，比全国、全省平均水平分别高1.8和0.7个百分点。投资增长8%，分别比全国、全省高5.0和4.2个百分点。",
        &[
            ("地区生产总值", "5.6", None),
            ("地区生产总值", "0.6", Some("高于全国")),
            ("地区生产总值", "0.4", Some("高于全省")),
            ("一般公共预算收入", "3.1", None),
            ("一般公共预算收入", "1.8", Some("比全国平均水平")),
            ("一般公共预算收入", "0.7", Some("比全省平均水平")),
            ("投资", "8", None),
            ("投资", "5.0", Some("比全国")),
            ("投资", "4.2", Some("比全省")),
        ],
    );
    // (Each place with its own number, the points said once after the last.)
    check_comparisons(
        "规上工业增加值增长3.7%，高于全国0.7、全省2.3个百分点。",
        &[
            ("规上工业增加值", "3.7", None),
            ("规上工业增加值", "0.7", Some("高于全国")),
            ("规上工业增加值", "2.3", Some("高于全省")),
        ],
    );
}

#[test]
fn a_class_of_size_is_part_of_a_name() {
    check(
        "建成10万吨级码头2个，港口吞吐量达到1.2亿吨。",
        &[
            "建成10万吨级码头|2个|Count|Actual",
            "港口吞吐量|1.2亿吨|Level|Actual",
        ],
    );
}

#[test]
fn an_excerpt_of_short_sentences_of_figures_is_all_read() {
    // No heading, and no sentence of 60 characters before the lead-in: the figures are the
    // body, not a front matter of title lines.
    check(
        "全省生产总值增长5.5%。\n城镇新增就业逾千人，调查失业率控制在5.5%以内。\n接待游客上万人次，旅游收入近千亿元。\n",
        &[
            "生产总值|5.5%|Growth|Actual",
            "城镇新增就业|千人|Count|Actual",
            "调查失业率|5.5%|Level|Actual",
            "接待游客|上万人次|Count|Actual",
            "旅游收入|千亿元|Level|Actual",
        ],
    );
}

#[test]
fn an_output_after_a_crop_s_area_is_the_crop_s() {
    check(
        "粮食播种面积稳定在86.5万亩，总产量达到7.8亿斤。蔬菜种植面积12万亩，产量45万吨。",
        &[
            "粮食播种面积|86.5万亩|Level|Actual",
            "粮食总产量|7.8亿斤|Level|Actual",
            "蔬菜种植面积|12万亩|Level|Actual",
            "蔬菜产量|45万吨|Level|Actual",
        ],
    );
    // (After `；` too, and the rate after it.)
    check(
        "烤烟种植面积32千公顷，增长9.1%；产量0.55万吨，增长24.9%。",
        &[
            "烤烟种植面积|32千公顷|Level|Actual",
            "烤烟种植面积|9.1%|Growth|Actual",
            "烤烟产量|0.55万吨|Level|Actual",
            "烤烟产量|24.9%|Growth|Actual",
        ],
    );
}

#[test]
fn a_change_of_an_amount_is_its_own_kind_signed_when_down() {
    check(
        "年末常住人口1052.3万人，比上年末增加6.8万人。户籍人口比上年末减少0.3万人。年末生猪存栏120.5万头，减少12万头，下降3.2%。",
        &[
            "常住人口|1052.3万人|Count|Actual",
            "常住人口|6.8万人|Change|Actual",
            "户籍人口|-0.3万人|Change|Actual",
            "生猪存栏|120.5万头|Count|Actual",
            "生猪存栏|-12万头|Change|Actual",
            "生猪存栏|-3.2%|Growth|Actual",
        ],
    );
    // Additions compared with a time before changed by so much; one more issue is of the
    // same name.
    check(
        "全年新增政府债务总规模11.86万亿元、比上年增加2.9万亿元。另发行特别国债5000亿元。\
         本市还将发行政府再融资债券350.5亿元。",
        &[
            "新增政府债务总规模|11.86万亿元|Level|Actual",
            "新增政府债务总规模|2.9万亿元|Change|Actual",
            "特别国债|5000亿元|Level|Actual",
            "政府再融资债券|350.5亿元|Level|Target",
        ],
    );
    // Not a level a change reached, a change named as the indicator, a bound, nor things
    // named after the number.
    check(
        "人均住房面积增加到35平方米。农村贫困人口减少1109万人。每年培育至少10个示范点。降低900多万个体工商户税负。",
        &[
            "人均住房面积|35平方米|Level|Actual",
            "减少农村贫困人口|1109万人|Count|Actual",
            "培育示范点|10个|Count|Actual",
            "个体工商户税负|900多万|Level|Actual",
        ],
    );
}

#[test]
fn a_group_of_people_named_alone_is_of_the_measure_said_of_people_before() {
    check(
        "全体居民人均可支配收入达到4.85万元，增长5.6%，其中城镇居民、农村居民分别增长4.9%、6.8%。在岗职工平均工资9.8万元，其中国有单位职工11.2万元。城镇居民500万人。",
        &[
            "全体居民人均可支配收入|4.85万元|Level|Actual",
            "全体居民人均可支配收入|5.6%|Growth|Actual",
            "城镇居民人均可支配收入|4.9%|Growth|Actual",
            "农村居民人均可支配收入|6.8%|Growth|Actual",
            "在岗职工平均工资|9.8万元|Level|Actual",
            "国有单位职工平均工资|11.2万元|Level|Actual",
            "城镇居民|500万人|Count|Actual",
        ],
    );
}

#[test]
fn years_in_a_row_are_not_part_of_a_rank_s_indicator() {
    check(
        "经济总量连续8年居全国第4位，粮食产量连续十年稳定在700亿斤以上。",
        &["经济总量|4位|Rank|Actual", "粮食产量|700亿斤|Level|Actual"],
    );
}

#[test]
fn a_year_said_as_a_clause_of_its_own_is_the_period_of_the_sentence() {
    assert_eq!(
        // (Not the first paragraph, whose year would be the text's.)
        periods("全区经济运行稳中有进。\n二〇二三年，全区完成地区生产总值三百八十六亿元，同比增长百分之六点二。\n全区财政收入36亿元。"),
        [
            "地区生产总值|三百八十六亿元|2023",
            "地区生产总值|百分之六点二%|2023",
            "财政收入|36亿元|-",
        ]
    );
}

#[test]
fn a_measure_alone_after_a_count_is_of_the_things_counted() {
    check(
        "普通高中52所，在校生8.7万人。全市共有幼儿园320所，在园幼儿9.8万人。全年签订技术合同4265项，\
         成交额126.8亿元。培育本土企业50家，产值达到100亿元。学前教育机构300所（其中民办早教机构14所），\
         在园幼儿30294人。新上电力项目12个，装机容量达到2316万千瓦。试点城市扩大到317个，参保人数达到1.17亿人。初中32所，在校学生2.6万人。",
        &[
            "普通高中|52所|Count|Actual",
            "普通高中在校生|8.7万人|Count|Actual",
            "幼儿园|320所|Count|Actual",
            "幼儿园在园幼儿|9.8万人|Count|Actual",
            "签订技术合同|4265项|Count|Actual",
            "技术合同成交额|126.8亿元|Level|Actual",
            "培育本土企业|50家|Count|Actual",
            "产值|100亿元|Level|Actual",
            "学前教育机构|300所|Count|Actual",
            "民办早教机构|14所|Count|Actual",
            "在园幼儿|30294人|Count|Actual",
            "新上电力项目|12个|Count|Actual",
            "装机容量|2316万千瓦|Level|Actual",
            "试点城市|317个|Count|Actual",
            "参保人数|1.17亿人|Count|Actual",
            "初中|32所|Count|Actual",
            "初中在校学生|2.6万人|Count|Actual",
        ],
    );
}

#[test]
fn an_index_s_value_and_its_change_have_no_unit() {
    check(
        "城乡居民人均收入比值为2.09，比上年缩小0.04。",
        &[
            "城乡居民人均收入比值|2.09|Level|Actual",
            "城乡居民人均收入比值|-0.04|Change|Actual",
        ],
    );
}

#[test]
fn a_five_year_plan_said_as_a_clause_of_its_own_is_the_period_of_the_sentence() {
    assert_eq!(
        periods(
            "“十四五”时期，全县地区生产总值由2020年的286亿元增加到2025年的392亿元，年均增长5.8%。\
             \n十三五期间，粮食产量累计增长12%。\n十四五规划提出，森林覆盖率达到38%。\n\
             “十一五”期间，关停5000万千瓦小火电机组，今年要关停1000万千瓦。\n\
             “十一五”期末，全区完成生产总值249.1亿元。"
        ),
        [
            "地区生产总值|286亿元|2020",
            "地区生产总值|392亿元|2025",
            "地区生产总值|5.8%|十四五",
            "粮食产量|12%|十三五",
            "森林覆盖率|38%|-",
            "关停小火电机组|5000万千瓦|十一五",
            "关停小火电机组|1000万千瓦|-",
            "生产总值|249.1亿元|十一五",
        ]
    );
}

#[test]
fn a_year_s_investment_and_funds_in_place_of_the_projects_before() {
    check(
        "全年谋划实施重点项目500个以上，总投资3000亿元以上，年度计划投资800亿元。力争新签约亿元以上项目100个、到位资金300亿元。",
        &[
            "实施重点项目|500个|Count|Actual",
            "重点项目总投资|3000亿元|Level|Actual",
            "重点项目年度计划投资|800亿元|Level|Target",
            "新签约亿元以上项目|100个|Count|Target",
            "到位资金|300亿元|Level|Target",
        ],
    );
}

#[test]
fn the_whole_of_all_items_carries_to_the_paragraph_s_later_items() {
    check(
        "年末金融机构本外币各项存款余额18562.3亿元。其中，住户存款余额8965.2亿元。各项贷款余额16325.8亿元。",
        &[
            "金融机构本外币各项存款余额|18562.3亿元|Level|Actual",
            "住户存款余额|8965.2亿元|Level|Actual",
            "金融机构本外币各项贷款余额|16325.8亿元|Level|Actual",
        ],
    );
}

#[test]
fn doublings_and_points_in_words_are_growths_and_point_changes() {
    check(
        "人均生产总值比2000年翻两番，城镇化率提高两个百分点。党的十六大提出国内生产总值翻一番。",
        &[
            "人均生产总值|两番|Growth|Actual",
            "城镇化率|两个百分点|PointChange|Actual",
            "国内生产总值|一番|Growth|Actual",
        ],
    );
    // Not a slogan in quotes; no rate carried to an amount.
    check(
        "从作出“翻两番、三步走”的战略部署以来，教育经费所占比例每年提高一个百分点，仅此一项五年增加489亿元。",
        &[
            "教育经费所占比例|一个百分点|PointChange|Actual",
            "|489亿元|Change|Actual",
        ],
    );
}

#[test]
fn what_a_measure_draws_in_is_named_with_its_verb() {
    check(
        "发放消费券1.2亿元，带动消费15.6亿元。扶持创业1260人，带动就业3800人。",
        &[
            "发放消费券|1.2亿元|Level|Actual",
            "带动消费|15.6亿元|Level|Actual",
            "扶持创业|1260人|Count|Actual",
            "带动就业|3800人|Count|Actual",
        ],
    );
}

#[test]
fn reckonings_ages_and_a_narrowed_decline() {
    check(
        "一般公共预算收入增长3.2%，剔除留抵退税因素后增长8.5%。人均地区生产总值9.8万元，按年平均汇率折算为1.38万美元。",
        &[
            "一般公共预算收入|3.2%|Growth|Actual",
            "一般公共预算收入|8.5%|Growth|Actual",
            "人均地区生产总值|9.8万元|Level|Actual",
            "人均地区生产总值|1.38万美元|Level|Actual",
        ],
    );
    check(
        "税收收入29.09亿元，增长46.2%，还原留抵退税口径后增长4.7%。非税收入还原留抵退税口径后增长1.9%。",
        &[
            "税收收入|29.09亿元|Level|Actual",
            "税收收入|46.2%|Growth|Actual",
            "税收收入|4.7%|Growth|Actual",
            "非税收入|1.9%|Growth|Actual",
        ],
    );
    check(
        "常住人口中，0—15岁人口占14.5%，60岁及以上人口占22.7%。人均预期寿命达到78.5岁。",
        &[
            "0—15岁人口|14.5%|Share|Actual",
            "60岁及以上人口|22.7%|Share|Actual",
            "人均预期寿命|78.5岁|Level|Actual",
        ],
    );
    check(
        "规模以上工业企业利润同比下降5.2%，降幅比上半年收窄3.1个百分点。",
        &[
            "规模以上工业企业利润|-5.2%|Growth|Actual",
            "规模以上工业企业利润降幅|-3.1个百分点|PointChange|Actual",
        ],
    );
}

#[test]
fn ranks_in_chinese_numerals_and_what_ranked() {
    check(
        "城镇固定资产投资增速均居全省第四。国内生产总值增加到51.9万亿元，跃升到世界第二位。外贸进出口总额6208亿美元，世界排名由第十位上升到第五位。坚持把人民利益放在第一位。",
        &[
            "城镇固定资产投资增速|四|Rank|Actual",
            "国内生产总值|51.9万亿元|Level|Actual",
            "国内生产总值|二位|Rank|Actual",
            "外贸进出口总额|6208亿美元|Level|Actual",
            "外贸进出口总额|十位|Rank|Actual",
            "外贸进出口总额|五位|Rank|Actual",
        ],
    );
}

#[test]
fn ranks_after_a_verb_that_names_no_whole() {
    check(
        "地区生产总值排全省第3位。综合实力列全国百强县第15位。年度资金安排第2批。",
        &["地区生产总值|3位|Rank|Actual", "综合实力|15位|Rank|Actual"],
    );
}

#[test]
fn a_rank_of_the_place_itself_is_on_the_list_said_before_or_of_nothing_named() {
    check(
        "在全国百强县名单中，我县位列第79位。在2023年中国营商环境百佳县排行榜中，我县居第45位。\n\
         我县居全省第二。\n居全市第一。",
        &[
            "全国百强县|79位|Rank|Actual",
            "中国营商环境百佳县|45位|Rank|Actual",
            "|二|Rank|Actual",
            "|一|Rank|Actual",
        ],
    );
}

#[test]
fn a_level_back_at_a_share_of_a_past_years_is_compared_with_that_year() {
    let text = "社会消费品零售总额恢复到2019年的112%。接待游客恢复至上年同期的95%。";
    check(
        text,
        &[
            "社会消费品零售总额|112%|Level|Actual",
            "接待游客|95%|Level|Actual",
        ],
    );
    assert_eq!(
        comparisons(text),
        ["社会消费品零售总额|112%|2019年", "接待游客|95%|上年同期"]
    );
}

#[test]
fn a_plans_table_of_indicators_with_base_year_targets_and_attributes() {
    // Its category column and attribute column hold no figures; a target may be a bound
    // (`6左右`, `>10`) or a total over the plan's years in brackets, and a row named by its
    // change (`…增长（%）`, `…降低（%）`) is a growth; the base year's column is a result. As a
    // web page gives it (tabs), a PDF (wide gaps) or Markdown.
    let table = [
        "类别\t指标\t2020年\t2025年\t年均增长\t属性",
        "经济发展\t地区生产总值增长（%）\t3.9\t—\t6左右\t预期性",
        "\t全员劳动生产率增长（%）\t4.5\t—\t高于GDP增长\t预期性",
        "\t常住人口城镇化率（%）\t61.2\t66\t[4.8]\t预期性",
        "创新驱动\t研发经费投入增长（%）\t8.1\t—\t>10\t预期性",
        "\t每万人口高价值发明专利拥有量（件）\t2.1\t5\t[2.9]\t预期性",
        "民生福祉\t城镇调查失业率（%）\t5.2\t—\t<5.5\t预期性",
        "绿色生态\t单位GDP能源消耗降低（%）\t—\t—\t[14]\t约束性",
    ];
    let expected = [
        "地区生产总值|3.9%|Growth|Actual",
        "地区生产总值|6%|Growth|Target",
        "全员劳动生产率|4.5%|Growth|Actual",
        "常住人口城镇化率|61.2%|Level|Actual",
        "常住人口城镇化率|66%|Level|Target",
        "常住人口城镇化率|4.8个百分点|PointChange|Target",
        "研发经费投入|8.1%|Growth|Actual",
        "研发经费投入|10%|Growth|Target",
        "每万人口高价值发明专利拥有量|2.1件|Count|Actual",
        "每万人口高价值发明专利拥有量|5件|Count|Target",
        "每万人口高价值发明专利拥有量|2.9件|Change|Target",
        // (A rate kept below a bound under `年均增长`: its level.)
        "城镇调查失业率|5.2%|Level|Actual",
        "城镇调查失业率|5.5%|Level|Target",
        "单位GDP能源消耗|-14%|Growth|Target",
    ];
    let markdown: Vec<String> = table
        .iter()
        .map(|row| format!("| {} |", row.replace('\t', " | ")))
        .collect();
    let mut markdown = markdown.join("\n");
    markdown.insert_str(
        markdown.find('\n').unwrap_or(0),
        "\n|---|---|---|---|---|---|",
    );
    // (Its indicators numbered as a list's items, `1.地区生产总值增长（%）`, which are no
    // headings; and its cells parted by single spaces, as a PDF's text may give them.)
    let numbered: Vec<String> = table
        .iter()
        .enumerate()
        .map(|(i, row)| match row.split_once('\t') {
            Some((category, rest)) if i > 0 => format!("{category}\t{i}.{rest}"),
            _ => row.to_string(),
        })
        .collect();
    for rows in [
        table.join("\n"),
        table.join("\n").replace('\t', "    "),
        markdown,
        numbered.join("\n"),
        numbered.join("\n").replace('\t', " "),
    ] {
        let text = format!(
            "第二章 “十四五”时期经济社会发展主要目标\n专栏1 “十四五”时期经济社会发展主要指标\n{rows}\n"
        );
        let analysis = crate::analyze_text(&text);
        assert_eq!(analysis.sections.len(), 1, "{rows}");
        check(&text, &expected);
    }
    // (Its attributes say it is a plan's, wherever it stands: pasted alone.)
    check(&table.join("\n"), &expected);
    let text = format!("二、主要目标\n{}\n", table.join("\n"));
    let qualifiers = rows_with(&text, |m| m.qualifier.as_deref());
    assert_eq!(
        qualifiers
            .iter()
            .filter(|q| !q.ends_with("|-"))
            .collect::<Vec<_>>(),
        [
            "地区生产总值|6%|左右",
            "常住人口城镇化率|4.8个百分点|累计",
            "研发经费投入|10%|超过",
            "每万人口高价值发明专利拥有量|2.9件|累计",
            "城镇调查失业率|5.5%|低于",
            "单位GDP能源消耗|14%|累计"
        ]
    );
}

#[test]
fn what_pulled_growth_up_is_what_contributed_before() {
    check(
        "消费对经济增长的贡献率达到56.3%，拉动经济增长3.1个百分点。投资拉动GDP增长1.2个百分点。第一产业实现增加值47.5亿元，同比增长4.4%，拉动GDP增长0.1个百分点。",
        &[
            "消费对经济增长的贡献率|56.3%|Level|Actual",
            "消费拉动经济增长|3.1个百分点|PointChange|Actual",
            "投资拉动GDP增长|1.2个百分点|PointChange|Actual",
            "第一产业增加值|47.5亿元|Level|Actual",
            "第一产业增加值|4.4%|Growth|Actual",
            "第一产业拉动GDP增长|0.1个百分点|PointChange|Actual",
        ],
    );
}

#[test]
fn a_net_change_against_a_time_before_is_a_change_of_the_level() {
    check(
        "规上工业企业数量达到1523家，较年初净增132家。市场主体比上年净减12户。高新技术企业净增62家。",
        &[
            "规上工业企业数量|1523家|Count|Actual",
            "规上工业企业数量|132家|Change|Actual",
            "市场主体|-12户|Change|Actual",
            "净增高新技术企业|62家|Count|Actual",
        ],
    );
    assert_eq!(
        comparisons("企业数量达到1523家，较年初增加132家。"),
        ["企业数量|1523家|-", "企业数量|132家|较年初"]
    );
}

#[test]
fn a_measure_of_pollution_that_improves_falls() {
    check(
        "空气质量综合指数为4.52，同比改善8.2%。PM2.5平均浓度为35微克/立方米，改善5.6%。优良天数比率改善2.1个百分点。",
        &[
            "空气质量综合指数|4.52|Level|Actual",
            "空气质量综合指数|-8.2%|Growth|Actual",
            "PM2.5平均浓度|35微克/立方米|Level|Actual",
            "PM2.5平均浓度|-5.6%|Growth|Actual",
            "优良天数比率|2.1个百分点|PointChange|Actual",
        ],
    );
}

#[test]
fn a_limit_a_balance_is_kept_within_is_named_after_the_verb() {
    check(
        "全市政府债务余额1285.6亿元，控制在债务限额1420亿元以内。",
        &[
            "政府债务余额|1285.6亿元|Level|Actual",
            "债务限额|1420亿元|Level|Actual",
        ],
    );
}

#[test]
fn places_a_rank_moved_are_a_change_of_what_ranked() {
    check(
        "全市地区生产总值排名上升2位至全省第5位。人均地区生产总值排在全省前列，位次前移3位。营商环境评价位次前移5个位次，人均收入排名后移1位。新增3位院士。",
        &[
            "地区生产总值|2位|Change|Actual",
            "地区生产总值|5位|Rank|Actual",
            "人均地区生产总值|3位|Change|Actual",
            "营商环境评价|5个位次|Change|Actual",
            "人均收入|-1位|Change|Actual",
        ],
    );
}

#[test]
fn what_people_gain_and_output_changes_by() {
    check(
        "带动农民增收2000元，农民人均增收1200元，脱贫户户均增收3000元。全年粮食总产量42.6万吨，比上年增产0.8万吨。税收收入同比减收2亿元。",
        &[
            "农民增收|2000元|Level|Actual",
            "农民人均增收|1200元|Level|Actual",
            "脱贫户户均增收|3000元|Level|Actual",
            "粮食总产量|42.6万吨|Level|Actual",
            "粮食总产量|0.8万吨|Change|Actual",
            "税收收入|-2亿元|Change|Actual",
        ],
    );
}

#[test]
fn a_list_of_sources_shares_the_output_measure_after_its_last() {
    check(
        "风力、太阳能发电量分别为35.6亿千瓦时和30.5亿千瓦时。",
        &[
            "风力发电量|35.6亿千瓦时|Level|Actual",
            "太阳能发电量|30.5亿千瓦时|Level|Actual",
        ],
    );
}

#[test]
fn a_part_of_the_year_said_as_a_clause_of_its_own_is_the_period_of_the_sentence() {
    assert_eq!(
        periods("前三季度，地区生产总值增长5.2%，规模以上工业增加值增长6.1%。2024年上半年，地区生产总值增长5%。"),
        [
            "地区生产总值|5.2%|前三季度",
            "规模以上工业增加值|6.1%|前三季度",
            "地区生产总值|5%|2024年上半年",
        ]
    );
}

#[test]
fn how_much_an_index_changed_and_a_share_the_subject_equals() {
    check(
        "城乡居民收入比为2.09，比上年缩小0.04。全年研究与试验发展经费支出86.5亿元，增长9.8%，相当于地区生产总值的2.66%。支出规模比去年扩大2万亿元。",
        &[
            "城乡居民收入比|2.09|Level|Actual",
            "城乡居民收入比|-0.04|Change|Actual",
            "研究与试验发展经费支出|86.5亿元|Level|Actual",
            "研究与试验发展经费支出|9.8%|Growth|Actual",
            "研究与试验发展经费支出占地区生产总值|2.66%|Share|Actual",
            "支出规模|2万亿元|Change|Actual",
        ],
    );
    // (Against the same time of the year before, any way a comparison is said.)
    check(
        "上半年，城乡居民收入比为2.07，比上年同期缩小0.04。",
        &[
            "城乡居民收入比|2.07|Level|Actual",
            "城乡居民收入比|-0.04|Change|Actual",
        ],
    );
    // (Not a bare number after a verb of change with no index before it.)
    check(
        "城乡居民收入比为2.09。人口比上年减少0.04。",
        &["城乡居民收入比|2.09|Level|Actual"],
    );
}

#[test]
fn a_deadline_after_a_lead_in_is_the_period_of_its_targets() {
    assert_eq!(
        periods("“十四五”时期的主要目标是：到2025年，地区生产总值达到5000亿元；常住人口城镇化率达到68%。"),
        ["地区生产总值|5000亿元|2025", "常住人口城镇化率|68%|2025"]
    );
}

#[test]
fn a_total_is_of_what_the_clause_before_says_grew_or_was_added() {
    check(
        "全年外贸进出口实现逆势增长，总额达到85.6亿美元。新增贷款300亿元，总额达到5000亿元。五年来城乡居民收入较快增长，年均增速6.5%。全市上下共争取专项债券资金156.8亿元。总人口性别比为100.41。",
        &[
            "外贸进出口总额|85.6亿美元|Level|Actual",
            "新增贷款|300亿元|Level|Actual",
            "贷款总额|5000亿元|Level|Actual",
            "城乡居民收入增速|6.5%|Growth|Actual",
            "争取专项债券资金|156.8亿元|Level|Actual",
            "总人口性别比|100.41|Level|Actual",
        ],
    );
}

#[test]
fn the_three_industries_in_turn_and_shares_of_one_whole() {
    check(
        "三次产业增加值分别占地区生产总值的8.1%、40.2%和51.7%。全市三次产业分别增长3.1%、6.2%和5.5%。",
        &[
            "第一产业增加值占地区生产总值|8.1%|Share|Actual",
            "第二产业增加值占地区生产总值|40.2%|Share|Actual",
            "第三产业增加值占地区生产总值|51.7%|Share|Actual",
            "第一产业|3.1%|Growth|Actual",
            "第二产业|6.2%|Growth|Actual",
            "第三产业|5.5%|Growth|Actual",
        ],
    );
}

#[test]
fn a_target_named_where_the_year_is_reviewed_is_a_target_of_that_year() {
    check(
        "一、2024年计划执行情况\n地区生产总值年度预期目标为增长6%左右，实际增长5.6%。一般公共预算收入计划增长5%，实际完成186.5亿元。城镇新增就业年度目标4万人，实际完成5.3万人，完成年度目标的132.5%。居民消费价格涨幅控制在3%左右的目标内，实际上涨0.3%。降幅大于调控目标0.7个百分点。",
        &[
            "地区生产总值|6%|Growth|Target",
            "地区生产总值|5.6%|Growth|Actual",
            "一般公共预算收入|5%|Growth|Target",
            "一般公共预算收入|186.5亿元|Level|Actual",
            "城镇新增就业|4万人|Count|Target",
            "城镇新增就业|5.3万人|Count|Actual",
            "城镇新增就业完成年度计划|132.5%|Level|Actual",
            "居民消费价格涨幅|3%|Growth|Target",
            "居民消费价格涨幅|0.3%|Growth|Actual",
            "降幅大于调控目标|0.7个百分点|PointChange|Actual",
        ],
    );
    assert_eq!(
        periods("一、2024年计划执行情况\n地区生产总值年度预期目标为增长6%左右，实际增长5.6%。\n二、2025年计划草案\n地区生产总值增长5.5%左右。"),
        ["地区生产总值|6%|2024", "地区生产总值|5.6%|2024", "地区生产总值|5.5%|2025"]
    );
}

#[test]
fn a_measure_compared_with_places_in_turn_and_higher_by_a_margin() {
    check(
        "规上工业增加值增速比全国、全省分别高2.1和1.5个百分点。全年出口26.1亿美元，增长15.3%，高出全省平均增速6.2个百分点。",
        &[
            "规上工业增加值增速|2.1个百分点|PointChange|Actual",
            "规上工业增加值增速|1.5个百分点|PointChange|Actual",
            "出口|26.1亿美元|Level|Actual",
            "出口|15.3%|Growth|Actual",
            "出口|6.2个百分点|PointChange|Actual",
        ],
    );
}

#[test]
fn a_place_alone_after_a_comparison_is_compared_the_same_way() {
    assert_eq!(
        comparisons("地区生产总值增长6.3%，增速高于全国1.1个百分点、全省0.8个百分点。"),
        [
            "地区生产总值|6.3%|-",
            "地区生产总值增速|1.1个百分点|高于全国",
            "地区生产总值增速|0.8个百分点|高于全省",
        ]
    );
}

#[test]
fn a_share_named_without_its_whole_is_of_the_whole_before() {
    check(
        "第一产业增加值占地区生产总值比重为9.8%，第二产业增加值比重为41.5%。工业比重为30%。",
        &[
            "第一产业增加值占地区生产总值比重|9.8%|Share|Actual",
            "第二产业增加值占地区生产总值比重|41.5%|Share|Actual",
            "工业比重|30%|Share|Actual",
        ],
    );
}

#[test]
fn a_year_a_sentence_or_paragraph_opens_with_is_the_period_of_its_figures() {
    // (No year in the title: the periods come from the text alone.)
    let text = "某市中级人民法院工作报告\n\
                2024年，全市法院共受理各类案件15.6万件，结案率95.5%。市中级法院受理案件2.1万件。\n\
                2023年全市一般公共预算收入完成126.5亿元，为预算的101.2%，增长5.3%。\n\
                2025年，我们将重点做好以下工作。力争全年结案率不低于95%。\n\
                五年来，全市法院受理案件68万件。2023年以来累计执结案件12万件。\n\
                2023年末全市常住人口1072.3万人。\n\
                保障性住房覆盖面逐步扩大，2012年底已达到12.5%。";
    assert_eq!(
        periods(text),
        [
            "法院共受理各类案件|15.6万件|2024",
            "结案率|95.5%|2024",
            "市中级法院受理案件|2.1万件|2024",
            "一般公共预算收入|126.5亿元|2023",
            "一般公共预算收入完成预算|101.2%|2023",
            "一般公共预算收入|5.3%|2023",
            "结案率|95%|2025",
            "法院受理案件|68万件|-",
            "执结案件|12万件|-",
            "常住人口|1072.3万人|2023",
            "保障性住房覆盖面|12.5%|2012",
        ]
    );
}

#[test]
fn a_comparison_said_with_xiangbi_is_of_the_figures_it_compares() {
    assert_eq!(
        comparisons(
            "全市常住人口为1072.3万人，与2010年第六次全国人口普查的956.8万人相比，增加115.5万人。\
             全区常住人口为86.4万人，与上年相比，增加1.2万人。\
             2005年与2000年相比，国内生产总值增长57.3%。\
             全县粮食产量为52万吨，与2020年相比增加3万吨。\
             审计抽查12个部门发现，违规资金2.3亿元。"
        ),
        [
            "常住人口|1072.3万人|-",
            "常住人口|956.8万人|与2010年第六次全国人口普查相比",
            "常住人口|115.5万人|与2010年第六次全国人口普查相比",
            "常住人口|86.4万人|-",
            "常住人口|1.2万人|与上年相比",
            "国内生产总值|57.3%|2005年与2000年相比",
            "粮食产量|52万吨|-",
            "粮食产量|3万吨|与2020年相比",
            "部门|12个|-",
            "违规资金|2.3亿元|-",
        ]
    );
}

#[test]
fn a_time_averaged_over_is_part_of_the_name_of_what_is_measured() {
    check(
        "臭氧日最大8小时平均浓度第90百分位数为168微克/立方米。\
         臭氧日最大8小时滑动平均浓度为150微克/立方米。",
        &[
            "臭氧日最大8小时平均浓度第90百分位数|168微克/立方米|Level|Actual",
            "臭氧日最大8小时滑动平均浓度|150微克/立方米|Level|Actual",
        ],
    );
}

#[test]
fn a_paragraph_that_opens_with_a_lead_in_to_the_work_to_be_done_plans_throughout() {
    // (No plan section: a part of a report pasted alone.)
    check(
        "重点抓好以下工作：实施重点项目300个，年度计划投资850亿元。新建改建农村公路500公里。\n\
         主要抓好了以下工作：实施重点项目280个，完成投资810亿元。\n\
         我们将重点做好以下工作。改造老旧小区126个。",
        &[
            "实施重点项目|300个|Count|Target",
            "重点项目年度计划投资|850亿元|Level|Target",
            "新建改建农村公路|500公里|Level|Target",
            "实施重点项目|280个|Count|Actual",
            "重点项目完成投资|810亿元|Level|Actual",
            "改造老旧小区|126个|Count|Target",
        ],
    );
}

#[test]
fn an_older_five_year_plan_named_in_a_heading_or_an_opening_is_a_period() {
    let text = "一、“八五”期间的主要成就\n\
                国内生产总值平均每年增长百分之十二。\n\
                二、“九五”计划的主要目标\n\
                国民生产总值年均增长百分之八左右。\n\
                三、其他\n\
                “十五”期间，城镇新增就业4200万人。今年新建学校十五所。";
    assert_eq!(
        periods(text),
        [
            "国内生产总值|百分之十二%|八五",
            "国民生产总值|百分之八%|九五",
            "城镇新增就业|4200万人|十五",
            // (`十五所` names no period: a target of the document's plan, `“九五”计划`.)
            "新建学校|十五所|九五",
        ]
    );
}

#[test]
fn a_year_said_right_before_the_verb_of_a_figure_is_its_period() {
    assert_eq!(
        periods(
            "全市常住人口2023年末达到1072.3万人。国内生产总值一九九五年达到五万七千六百亿元。\
             全民所有制单位基本建设投资比上年增长7.3%，大大低于1985年增长44.6%的速度。\
             粮食产量比2015年增加12万吨。"
        ),
        [
            "常住人口|1072.3万人|2023",
            "国内生产总值|五万七千六百亿元|1995",
            "全民所有制单位基本建设投资|7.3%|-",
            "全民所有制单位基本建设投资|44.6%|1985",
            "粮食产量|12万吨|-",
        ]
    );
}

#[test]
fn a_kind_named_alone_after_qizhong_is_of_the_measure_of_the_whole() {
    check(
        "商品房销售面积526.3万平方米，其中住宅443.4万平方米，同比增长13%。\
         商品房销售额237亿元，其中，住宅187.4亿元。\
         全年粮食播种面积85.6万亩，其中小麦32.1万亩、玉米45.3万亩。\
         全年粮食产量32.1万吨，其中夏粮15.2万吨，秋粮16.9万吨。\
         蔬菜播种面积3938公顷，产量106551吨；果用瓜1107公顷，增长1.9%，产量28408吨。\
         全年实现农林牧渔总产值65.67亿元，其中农业41.51亿元，增长3.9%；林业3.70亿元；\
         农林牧渔服务业0.61亿元。",
        &[
            "商品房销售面积|526.3万平方米|Level|Actual",
            "住宅销售面积|443.4万平方米|Level|Actual",
            "住宅销售面积|13%|Growth|Actual",
            "商品房销售额|237亿元|Level|Actual",
            "住宅销售额|187.4亿元|Level|Actual",
            // (And the kinds listed after it.)
            "粮食播种面积|85.6万亩|Level|Actual",
            "小麦播种面积|32.1万亩|Level|Actual",
            "玉米播种面积|45.3万亩|Level|Actual",
            "粮食产量|32.1万吨|Level|Actual",
            "夏粮产量|15.2万吨|Level|Actual",
            "秋粮产量|16.9万吨|Level|Actual",
            // (A kind alone opening a part after `；`, in the unit of the part before, and its
            // measures alone.)
            "蔬菜播种面积|3938公顷|Level|Actual",
            "蔬菜产量|106551吨|Level|Actual",
            "果用瓜播种面积|1107公顷|Level|Actual",
            "果用瓜播种面积|1.9%|Growth|Actual",
            "果用瓜产量|28408吨|Level|Actual",
            // (The output of a part, its sectors named alone.)
            "农林牧渔总产值|65.67亿元|Level|Actual",
            "农业产值|41.51亿元|Level|Actual",
            "农业产值|3.9%|Growth|Actual",
            "林业产值|3.70亿元|Level|Actual",
            "农林牧渔服务业产值|0.61亿元|Level|Actual",
        ],
    );
}

#[test]
fn those_insured_are_of_the_insurance_named_before() {
    check(
        "城镇居民基本医疗保险试点城市增加到317个，参保人数增加7359万。城乡居民基本养老保险制度全面建立，参保率达到95%。参加新型农村合作医疗的人口8.14亿，参合率91.5%。",
        &[
            "城镇居民基本医疗保险试点城市|317个|Count|Actual",
            "城镇居民基本医疗保险参保人数|7359万|Change|Actual",
            "城乡居民基本养老保险参保率|95%|Level|Actual",
            "参加新型农村合作医疗的人口|8.14亿|Count|Actual",
            "新型农村合作医疗参合率|91.5%|Level|Actual",
        ],
    );
    // Not without an insurance named before it in its sentence.
    check("参保人数达到303万人。", &["参保人数|303万人|Count|Actual"]);
}

#[test]
fn a_herds_stock_and_sales_alone_are_of_the_herd_before() {
    check(
        "全年生猪出栏21.8万头、存栏12.6万头。牛出栏3.2万头，存栏5.1万头。生鲜乳产量达到510万吨，生猪产能恢复到正常年份水平、存栏达到1950万头。生鲜乳产量达到510万吨，存栏达到150万头。",
        &[
            "生猪出栏|21.8万头|Count|Actual",
            "生猪存栏|12.6万头|Count|Actual",
            "牛出栏|3.2万头|Count|Actual",
            "牛存栏|5.1万头|Count|Actual",
            "生鲜乳产量|510万吨|Level|Actual",
            // (Of the herd whose capacity the item before names; not of a measure of another
            // kind before.)
            "生猪存栏|1950万头|Count|Actual",
            "生鲜乳产量|510万吨|Level|Actual",
            "存栏|150万头|Count|Actual",
        ],
    );
}

#[test]
fn by_how_much_alone_is_of_what_the_clause_before_adjusted() {
    check(
        "三次较大幅度提高粮食最低收购价，提价幅度超过20%。调整最低工资标准，调整幅度达到12%。价格总水平稳定，提高幅度为3%。",
        &[
            "粮食最低收购价提价幅度|20%|Level|Actual",
            "最低工资标准调整幅度|12%|Level|Actual",
            // (Not without an adjustment before.)
            "提高幅度|3%|Level|Actual",
        ],
    );
}

#[test]
fn a_class_of_goods_after_prices_is_of_its_prices_and_retail_by_kind_is_its_own_measure() {
    check(
        "全市居民消费价格同比上涨0.4%。八大类商品和服务价格“五涨三降”，其中教育文化娱乐类上涨2.1%，交通通信类下降1.8%。社会消费品零售总额1026.4亿元。按消费类型分，商品零售925.1亿元，餐饮收入101.3亿元。",
        &[
            "居民消费价格|0.4%|Growth|Actual",
            "教育文化娱乐类价格|2.1%|Growth|Actual",
            "交通通信类价格|-1.8%|Growth|Actual",
            "社会消费品零售总额|1026.4亿元|Level|Actual",
            "商品零售|925.1亿元|Level|Actual",
            "餐饮收入|101.3亿元|Level|Actual",
        ],
    );
    // (Not a class of something else: `一类水体比例`.)
    check(
        "优良水体比例达到80%，其中二类以上水体占65%。",
        &[
            "优良水体比例|80%|Level|Actual",
            "二类以上水体|65%|Share|Actual",
        ],
    );
}

#[test]
fn the_rank_of_a_total_or_a_rate_alone_is_of_the_measure_before() {
    check(
        "全市实现地区生产总值1234亿元，同比增长5%，总量和增速分别居全省第3位和第5位。新登记市场主体3.6万户，总数达到42.1万户。",
        &[
            "地区生产总值|1234亿元|Level|Actual",
            "地区生产总值|5%|Growth|Actual",
            "地区生产总值|3位|Rank|Actual",
            "地区生产总值增速|5位|Rank|Actual",
            "新登记市场主体|3.6万户|Count|Actual",
            // (And the level things newly registered came to.)
            "市场主体|42.1万户|Count|Actual",
        ],
    );
    // (What grew after a rate's rank is the measure.)
    check(
        "地区生产总值达到512.6亿元，增速居全市第2位，快于全市1.2个百分点；两年平均增长5.8%。",
        &[
            "地区生产总值|512.6亿元|Level|Actual",
            "地区生产总值增速|2位|Rank|Actual",
            "地区生产总值增速|1.2个百分点|PointChange|Actual",
            "地区生产总值|5.8%|Growth|Actual",
        ],
    );
}

#[test]
fn last_year_said_in_the_years_plan_is_the_year_before() {
    let text = "一、2021年工作回顾\n去年，全市城镇新增就业5.3万人。\n二、2022年工作安排\n城镇新增就业5万人。去年，全市城镇新增就业5.3万人，完成年度目标的106%。";
    assert_eq!(
        periods(text),
        [
            // (In a review of that year, the year reviewed.)
            "城镇新增就业|5.3万人|2021",
            "城镇新增就业|5万人|2022",
            "城镇新增就业|5.3万人|2021",
            "城镇新增就业完成年度计划|106%|2021",
        ]
    );
}

#[test]
fn a_part_on_five_years_gives_its_span_to_what_is_over_them_and_its_last_year_to_levels() {
    let text = "政府工作报告\n——2022年1月12日在某某市第十六届人民代表大会第一次会议上\n一、过去五年工作回顾\n过去五年，全市地区生产总值年均增长6.5%，高速公路通车里程达到1200公里。2021年，地区生产总值增长8.1%。\n二、今后五年的目标任务\n地区生产总值年均增长6%以上，研发经费投入强度达到3%。\n三、2022年工作安排\n地区生产总值增长6.5%左右。";
    assert_eq!(
        periods(text),
        [
            "地区生产总值|6.5%|2017—2021",
            "高速公路通车里程|1200公里|2021",
            "地区生产总值|8.1%|2021",
            "地区生产总值|6%|2022—2026",
            "研发经费投入强度|3%|2026",
            "地区生产总值|6.5%|2022",
        ]
    );
    // (The five years in digits.)
    let digits = text.replace("过去五年", "过去5年");
    assert_eq!(periods(&digits)[0], "地区生产总值|6.5%|2017—2021");
}

#[test]
fn a_plans_years_give_levels_reached_their_last_year_and_levels_started_from_the_year_before() {
    let text = "政府工作报告\n——2026年1月20日在某市第十七届人民代表大会第六次会议上\n一、“十四五”时期工作回顾\n“十四五”时期，全市地区生产总值年均增长6.2%，一般公共预算收入从280.7亿元增长到327.1亿元，常住人口城镇化率提高到61.1%，新建高标准农田60万亩，城镇新增就业超过46万人。\n二、“十五五”时期的主要目标\n研发经费投入强度达到3.5%，地区生产总值比2025年增长30%。";
    assert_eq!(
        periods(text),
        [
            "地区生产总值|6.2%|十四五",
            // (Where they started, the year before the plan's first.)
            "一般公共预算收入|280.7亿元|2020",
            "一般公共预算收入|327.1亿元|2025",
            "常住人口城镇化率|61.1%|2025",
            // (What they added and how much is over the plan's years.)
            "新建高标准农田|60万亩|十四五",
            "城镇新增就业|46万人|十四五",
            "研发经费投入强度|3.5%|2030",
            "地区生产总值|30%|十五五",
        ]
    );
}

#[test]
fn a_news_page_s_attribution_does_not_hide_the_year_the_sentence_opens_with() {
    assert_eq!(
        periods(
            "报告指出，2025年，中山全市经济社会发展主要预期目标是：地区生产总值增长5.5%；城镇新增就业4.5万人以上。\n\
             调查数据显示，一季度城市居民消费价格小幅下降，总指数为99.5，同比下降0.5%。\n\
             国家统计局12月12日发布的数据显示，2025年，全国粮食播种面积17.91亿亩；全国粮食产量14297.5亿斤。\n\
             12日，国家统计局发布全年粮食生产的“成绩单”——2025年，全国粮食产量达到14297.5亿斤，增长1.2%。"
        ),
        [
            "地区生产总值|5.5%|2025",
            "城镇新增就业|4.5万人|2025",
            // (Of the year the page opens on, after who says it.)
            "总指数|99.5|2025年一季度",
            "总指数|0.5%|2025年一季度",
            "粮食播种面积|17.91亿亩|2025",
            "粮食产量|14297.5亿斤|2025",
            // (After a dash that sets the year off.)
            "粮食产量|14297.5亿斤|2025",
            "粮食产量|1.2%|2025",
        ]
    );
}

#[test]
fn what_a_scope_takes_in_and_what_a_whole_includes_are_not_indicators() {
    check(
        "分级次看，市级（市本级、“三区”）一般公共预算收入49.5亿元，同比增长7%。中心城区（市级、袁州区）一般公共预算收入78.9亿元。\
         全县地方一般公共预算收入251510万元，加上级补助收入568709万元（含返还性收入9670万元），以及动用预算稳定调节基金3.15亿元。\
         加上上解支出2.04亿元，以及安排预算稳定调节基金2.04亿元。",
        &[
            "市级（市本级、“三区”）一般公共预算收入|49.5亿元|Level|Actual",
            "市级（市本级、“三区”）一般公共预算收入|7%|Growth|Actual",
            "中心城区（市级、袁州区）一般公共预算收入|78.9亿元|Level|Actual",
            "地方一般公共预算收入|251510万元|Level|Actual",
            "上级补助收入|568709万元|Level|Actual",
            "返还性收入|9670万元|Level|Actual",
            "动用预算稳定调节基金|3.15亿元|Level|Actual",
            "上解支出|2.04亿元|Level|Actual",
            "安排预算稳定调节基金|2.04亿元|Level|Actual",
        ],
    );
}

#[test]
fn a_run_in_a_row_a_mark_passed_and_ranks_each_are_no_figures_of_their_own() {
    check(
        "消费增速连续8个月全省第一，连续6个季度高于全国。招商引资签约项目数量全区第一。新能源汽车销售增长65.1%，连续10个月增速保持在50%以上。\
         玉龙机场旅客吞吐量突破200万大关。我国运动员共获得94枚金牌，连续6次位列残奥会金牌榜第1位。\
         一般公共预算收入241.5亿元，增长6.4%，分居全省第4、第3位。地区生产总值分别居全国第二、第三位。",
        &[
            "消费增速|一|Rank|Actual",
            "招商引资签约项目数量|一|Rank|Actual",
            "新能源汽车销售|65.1%|Growth|Actual",
            "新能源汽车销售增速|50%|Growth|Actual",
            "玉龙机场旅客吞吐量|200万|Level|Actual",
            "金牌|94枚|Count|Actual",
            "残奥会金牌榜|1位|Rank|Actual",
            "一般公共预算收入|241.5亿元|Level|Actual",
            "一般公共预算收入|6.4%|Growth|Actual",
            "一般公共预算收入|4位|Rank|Actual",
            "一般公共预算收入|3位|Rank|Actual",
            "地区生产总值|二位|Rank|Actual",
            "地区生产总值|三位|Rank|Actual",
        ],
    );
}

#[test]
fn paired_characters_in_a_list_share_the_words_written_once() {
    check(
        "金融机构存、贷款余额分别增长8.8%、11.9%。进、出口总额分别增长5%和6%。大、中、小型企业增加值分别增长1%、2%、3%。",
        &[
            "金融机构存款余额|8.8%|Growth|Actual",
            "金融机构贷款余额|11.9%|Growth|Actual",
            "进口总额|5%|Growth|Actual",
            "出口总额|6%|Growth|Actual",
            "大型企业增加值|1%|Growth|Actual",
            "中型企业增加值|2%|Growth|Actual",
            "小型企业增加值|3%|Growth|Actual",
        ],
    );
}

#[test]
fn a_lead_in_to_the_year_s_targets_and_what_a_plan_proposes_name_no_measure() {
    check(
        "今年发展主要预期目标是经济增长4.5%至5%，城镇调查失业率5.5%左右。\
         2026年全市主要预期目标是地区生产总值增长5%左右。\
         经济增长预期目标是在明显提高质量和效益的基础上年均增长7%。\
         其中，提出全社会研发经费投入年均增长7%以上。",
        &[
            "经济增长|4.5%至5%|Growth|Target",
            "城镇调查失业率|5.5%|Level|Target",
            "地区生产总值|5%|Growth|Target",
            "经济增长|7%|Growth|Target",
            // (Outside a plan's part, what was proposed is not told a target: `提出建议1200件`
            // in a review is a result.)
            "全社会研发经费投入|7%|Growth|Actual",
        ],
    );
}

#[test]
fn the_part_of_the_year_a_title_names_is_that_of_its_results() {
    assert_eq!(
        periods(
            "市中区2025年前三季度全区经济运行简析\n\n一、工业生产动力强劲\n\n全区规上工业增加值增长12.4%。\
             1-8月，全区规模以上服务业营业收入增长5.1%。全年预计增长6%。"
        ),
        [
            "规上工业增加值|12.4%|2025年前三季度",
            "规模以上服务业营业收入|5.1%|2025年1-8月",
            // (Not a sentence that names its own time.)
            "规模以上服务业营业收入|6%|2025",
        ]
    );
    // (A year that opens a bullet's line is its figures'.)
    assert_eq!(
        periods("报告指出：\n●2023年广东地区生产总值达到13.57万亿元、增长4.8%；"),
        [
            "广东地区生产总值|13.57万亿元|2023",
            "广东地区生产总值|4.8%|2023"
        ]
    );
    // (After who gives it: `国家统计局：上半年GDP同比增长7.0%`.)
    assert_eq!(
        periods("国家统计局：上半年GDP同比增长7.0%\n\n一、农业生产形势较好\n\n全国夏粮总产量14107万吨。"),
        ["夏粮总产量|14107万吨|上半年"]
    );
}

#[test]
fn the_part_of_the_year_an_untitled_release_opens_with_is_that_of_its_later_paragraphs() {
    assert_eq!(
        periods(
            "1-4月，全市一般公共预算收入700.4亿元，增长1.9%。\n\
             全市一般公共预算支出1025.5亿元，下降4%。其中：市本级支出417.7亿元。\n\
             全年预计一般公共预算支出增长3%。"
        ),
        [
            "一般公共预算收入|700.4亿元|1-4月",
            "一般公共预算收入|1.9%|1-4月",
            "一般公共预算支出|1025.5亿元|1-4月",
            "一般公共预算支出|4%|1-4月",
            "市本级支出|417.7亿元|1-4月",
            // (Not a sentence that names its own time.)
            "一般公共预算支出|3%|-",
        ]
    );
    // (Not a part that opens a clause with more in it: `一季度全市地区生产总值…`.)
    assert_eq!(
        periods("一季度全市地区生产总值增长5%。\n全市人口120万人。"),
        ["地区生产总值|5%|一季度", "人口|120万人|-"]
    );
}

#[test]
fn a_list_s_number_of_kinds_and_a_share_said_before_its_noun() {
    check(
        "其中化学原料和化学制品制造业、纺织服装服饰业、非金属矿物制品业三个行业增加值分别增长32.8%、9.1%、9.4%。\
         其中，占比63.3%的电力供应业同比增长6.5%。",
        &[
            "化学原料和化学制品制造业增加值|32.8%|Growth|Actual",
            "纺织服装服饰业增加值|9.1%|Growth|Actual",
            "非金属矿物制品业增加值|9.4%|Growth|Actual",
            "电力供应业占比|63.3%|Share|Actual",
            "电力供应业|6.5%|Growth|Actual",
        ],
    );
}

#[test]
fn over_said_in_one_character_and_the_share_of_a_sample_survey() {
    check(
        "服务业增加值占比首超80%，营利性服务业营收增长超20%。人均生产总值约合20533美元。\
         根据全市5‰人口抽样调查结果推算，全市常住人口为213.3万人。",
        &[
            "服务业增加值占比|80%|Share|Actual",
            "营利性服务业营收|20%|Growth|Actual",
            "人均生产总值|20533美元|Level|Actual",
            "常住人口|213.3万人|Count|Actual",
        ],
    );
}

#[test]
fn a_news_page_s_place_pronoun_an_average_after_a_count_and_how_a_subject_kept_growing() {
    check(
        "赣榆区工作报告显示，该区预计实现地区生产总值800亿元以上。52项高频承诺件办理时限平均压缩79.5%。\
         固定资产投资保持稳健增长，全年增幅达到7.0%。",
        &[
            "地区生产总值|800亿元|Level|Estimate",
            "高频承诺件办理时限|52项|Count|Actual",
            "高频承诺件办理时限|-79.5%|Growth|Actual",
            "固定资产投资增幅|7.0%|Growth|Actual",
        ],
    );
}

#[test]
fn a_change_on_the_same_period_of_last_year_is_of_the_measure_before() {
    check_comparisons(
        "截至3月31日，全区完成财政收入29612万元，占年初预算的27.7%，较上年同期增收1735万元，同比增长6.2%。",
        &[
            ("财政收入", "29612", None),
            ("财政收入完成预算", "27.7", None),
            ("财政收入", "1735", Some("较上年同期")),
            ("财政收入", "6.2", Some("同比")),
        ],
    );
}

#[test]
fn a_sentence_that_says_what_its_year_was_gives_its_figures_that_year() {
    assert_eq!(
        periods(
            "《报告》显示，2025年是“十四五”规划收官之年，全市一般公共预算收入完成6680.6亿元，增长4.8%。\
             2024年是关键一年，支出完成8396.5亿元。"
        ),
        [
            "一般公共预算收入|6680.6亿元|2025",
            "一般公共预算收入|4.8%|2025",
            "一般公共预算支出|8396.5亿元|2024",
        ]
    );
}

#[test]
fn a_long_note_of_what_is_counted_stands_between_the_measure_and_its_figure() {
    check(
        "年末全国人口（包括31个省、自治区、直辖市和现役军人的人口，不包括居住在31个省、自治区、\
         直辖市的港澳台居民和外籍人员）140828万人，比上年末减少139万人。",
        &[
            "省、自治区、直辖市|31个|Count|Actual",
            "省、自治区、直辖市|31个|Count|Actual",
            "人口|140828万人|Count|Actual",
            "人口|-139万人|Change|Actual",
        ],
    );
}

#[test]
fn months_from_january_a_measure_named_again_and_the_growth_of_what_has_a_share() {
    assert_eq!(
        periods(
            "统计数据显示，前11月全市规模以上工业增加值同比增长11.6%。前10个月，全市投资增长3%。"
        ),
        ["规模以上工业增加值|11.6%|前11月", "投资|3%|前10个月",]
    );
    check(
        "1—10月份，全市规模以上工业增加值同比增长3.4%，增速比1—9月份加快0.5个百分点，其中10月份增加值同比增长7.3%。\
         1—10月份，全市规模以上民营工业企业实现增加值占规模以上工业增加值的比重85.9%，同比增长5.2%。",
        &[
            "规模以上工业增加值|3.4%|Growth|Actual",
            "规模以上工业增加值增速|0.5个百分点|PointChange|Actual",
            "规模以上工业增加值|7.3%|Growth|Actual",
            "规模以上民营工业企业增加值占规模以上工业增加值的比重|85.9%|Share|Actual",
            "规模以上民营工业企业增加值|5.2%|Growth|Actual",
        ],
    );
}

#[test]
fn a_bare_measure_given_for_each_of_the_kinds_the_clause_before_lists() {
    check(
        "1—5月，规上服务业营业收入增长11.5%，其中信息传输软件和信息技术服务业、科学研究和技术服务业等\
         现代服务业增势较好，实现营业收入分别增长21.4%、13.9%。",
        &[
            "规上服务业营业收入|11.5%|Growth|Actual",
            "信息传输软件和信息技术服务业营业收入|21.4%|Growth|Actual",
            "科学研究和技术服务业营业收入|13.9%|Growth|Actual",
        ],
    );
}

#[test]
fn a_town_s_report_its_units_an_area_built_and_a_level_a_change_brought_it_to() {
    check(
        "全镇稻虾连作面积1.4万亩，预估鲜虾年产值达4200万元。肉鸽养殖规模突破50万羽，年产能达5000台套。\
         建成480亩高标准棉油轮作基地。扩大“高山云雾茶”种植面积至8000亩，提高城镇化率至60%。",
        &[
            "稻虾连作面积|1.4万亩|Level|Actual",
            "鲜虾年产值|4200万元|Level|Estimate",
            "肉鸽养殖规模|50万羽|Count|Actual",
            "年产能|5000台套|Count|Actual",
            "建成高标准棉油轮作基地|480亩|Level|Actual",
            "“高山云雾茶”种植面积|8000亩|Level|Actual",
            "城镇化率|60%|Level|Actual",
        ],
    );
}

#[test]
fn a_table_s_numbered_rows_under_a_figure_s_caption_and_a_contribution_after_a_share() {
    check(
        "图2:2024年居民消费价格比上年涨跌幅度(%) | |\n指 标 | 增 幅 |\n一、食品烟酒 | 0.1 |\n粮 食 | 3.7 |\n二、衣着 | -0.4 |\n\
         全年民营经济增加值122.64亿元，占GDP的比重为61.0%，对GDP增长的贡献率为56.5%。",
        &[
            "食品烟酒|0.1%|Growth|Actual",
            "粮食|3.7%|Growth|Actual",
            "衣着|-0.4%|Growth|Actual",
            "民营经济增加值|122.64亿元|Level|Actual",
            "民营经济增加值占GDP的比重|61.0%|Share|Actual",
            "民营经济对GDP增长的贡献率|56.5%|Level|Actual",
        ],
    );
}

#[test]
fn a_news_lead_listing_figures_is_read_and_a_target_named_after_its_figure() {
    check(
        "中新社北京3月5日电 题:“数”看2025年政府工作报告\n中新社记者 某某\n\
         国内生产总值(GDP)增长5%左右、城镇新增就业1200万人以上、粮食产量1.4万亿斤左右……\n\
         ——5%左右的经济增速目标\n设置2%的CPI涨幅目标是要改善供求关系。",
        &[
            "国内生产总值|5%|Growth|Actual",
            "城镇新增就业|1200万人|Count|Actual",
            "粮食产量|1.4万亿斤|Level|Actual",
            "经济增速|5%|Growth|Target",
            "CPI涨幅|2%|Growth|Target",
        ],
    );
}

#[test]
fn a_target_named_so_in_a_news_story_on_a_plan_is_of_the_plan_s_year() {
    let analysis = crate::analyze_text(
        "中新社北京3月5日电 题:“数”看2025年政府工作报告\n中新社记者 某某\n\
         十四届全国人大三次会议5日开幕，国务院总理作政府工作报告。\n——5%左右的经济增速目标\n这一增速目标与去年持平。\n\
         2024年国内生产总值增长5%，实现了5%左右的预期目标。",
    );
    assert_eq!(
        analysis.document.title.as_deref(),
        Some("“数”看2025年政府工作报告")
    );
    let title = analysis.document.title_span.expect("a title span");
    assert!(analysis.source[title.range()].starts_with("“数”"));
    let periods: Vec<_> = analysis
        .metrics
        .iter()
        .map(|m| {
            format!(
                "{}|{:?}|{}",
                m.indicator,
                m.modality,
                m.period.as_deref().unwrap_or("")
            )
        })
        .collect();
    assert_eq!(
        periods,
        [
            "经济增速|Target|2025",
            "国内生产总值|Actual|2024",
            // (A target a result is set against in its sentence is of the result's year.)
            "国内生产总值|Target|2024",
        ]
    );
}

#[test]
fn a_lead_in_s_target_ends_at_a_part_that_says_it_reviews() {
    let analysis = crate::analyze_text(
        "关于2024年预算执行情况与2025年预算草案的报告（摘要）\n\
         受国务院委托，财政部提请审查《关于2024年预算执行情况与2025年预算草案的报告》。摘要如下：\n\
         一、2024年预算执行情况\n全国一般公共预算收入219702.12亿元，为预算的98.1%。",
    );
    assert_eq!(
        analysis.document.kind,
        crate::model::DocumentKind::BudgetReport
    );
    let modalities: Vec<_> = analysis.metrics.iter().map(|m| m.modality).collect();
    assert_eq!(modalities, [Modality::Actual, Modality::Actual]);
}

#[test]
fn a_kind_in_brackets_inside_a_name_is_part_of_it() {
    check(
        "前三季度，农业（种植业）增加值同比增长3.8%。太阳能电池（光伏电池）产量6.8亿千瓦。\
         户籍人口（含农垦）281.7万人。",
        &[
            "农业（种植业）增加值|3.8%|Growth|Actual",
            "太阳能电池（光伏电池）产量|6.8亿千瓦|Level|Actual",
            "户籍人口|281.7万人|Count|Actual",
        ],
    );
}

#[test]
fn a_bilingual_page_s_translation_gives_no_metrics() {
    check(
        "全国一般公共预算收入219702.12亿元，为预算的98.1%。\n\
         Revenue in the national general public budget reached 21.97 trillion yuan, 98.1% of the budgeted figure.\n\
         GDP增长5%。",
        &[
            "一般公共预算收入|219702.12亿元|Level|Actual",
            "一般公共预算收入完成预算|98.1%|Level|Actual",
            "GDP|5%|Growth|Actual",
        ],
    );
}

#[test]
fn a_release_titled_by_a_part_of_a_year_without_one_gives_it_to_its_results() {
    let analysis = crate::analyze_text(
        "上半年国民经济运行总体平稳\n初步核算，上半年国内生产总值340637亿元。分季度看，一季度同比增长6.7%。\n\
         分产业看，第一产业增加值22097亿元。",
    );
    let periods: Vec<_> = analysis
        .metrics
        .iter()
        .map(|m| format!("{}|{}", m.indicator, m.period.as_deref().unwrap_or("")))
        .collect();
    assert_eq!(
        periods,
        [
            "国内生产总值|上半年",
            "国内生产总值|一季度",
            "第一产业增加值|上半年",
        ]
    );
}

#[test]
fn a_label_before_a_colon_names_its_figure_and_a_list_of_lines_keeps_its_lead_in_s_target() {
    check(
        "各位代表：\n2023年主要指标完成情况如下：\n地区生产总值：1234亿元，增长5%。\n\
         一般公共预算收入: 56.7亿元。\n今年主要预期目标包括：\n- **地区生产总值增长**:5.5%左右\n\
         • 规上工业增加值增长6%左右\n研发投入强度：达到3.2%。\n去年完成固定资产投资300亿元。",
        &[
            "地区生产总值|1234亿元|Level|Actual",
            "地区生产总值|5%|Growth|Actual",
            "一般公共预算收入|56.7亿元|Level|Actual",
            "地区生产总值|5.5%|Growth|Target",
            "规上工业增加值|6%|Growth|Target",
            "研发投入强度|3.2%|Level|Target",
            "固定资产投资|300亿元|Level|Actual",
        ],
    );
}

#[test]
fn a_headline_s_kicker_is_no_indicator_and_targets_listed_after_包括_are_targets() {
    check(
        "3月5日，李强向大会作政府工作报告。\n2024两会|2023年GDP增长5.2%\n\
         李强提出今年的主要预期目标，包括经济方面，国内生产总值增长5%左右；粮食安全方面，粮食产量1.3万亿斤以上。",
        &[
            "GDP|5.2%|Growth|Actual",
            "国内生产总值|5%|Growth|Target",
            "粮食产量|1.3万亿斤|Level|Target",
        ],
    );
}

#[test]
fn an_untitled_text_is_of_the_year_it_opens_on_and_a_label_s_year_is_its_figures() {
    assert_eq!(
        periods(
            "2024年,是实现“十四五”规划目标任务关键的一年。\n一、综合\n全年全县生产总值316.80亿元。\n\
             2023年全国第五次经济普查结果:生产总值296.80亿元,其中:第一产业增加值50.24亿元。"
        ),
        [
            "生产总值|316.80亿元|2024",
            "生产总值|296.80亿元|2023",
            "第一产业增加值|50.24亿元|2023",
        ]
    );
}

#[test]
fn things_done_for_the_people_are_counted_by_their_name_after_the_number() {
    check(
        "各位代表：\n全年42项为民办实事项目顺利办结，新增就业岗位300个。",
        &[
            "为民办实事项目|42项|Count|Actual",
            "新增就业岗位|300个|Count|Actual",
        ],
    );
}

#[test]
fn a_growth_below_zero_and_a_share_of_the_year_s_plan() {
    check(
        "各位代表：\n全年工业增加值负增长2.1%。新增城镇就业5.2万人，完成年计划的120%。",
        &[
            "工业增加值|-2.1%|Growth|Actual",
            "新增城镇就业|5.2万人|Count|Actual",
            "新增城镇就业完成年度计划|120%|Level|Actual",
        ],
    );
}

#[test]
fn a_table_row_that_names_what_was_counted_is_not_named_after_its_column() {
    check(
        "表1  2024年主要农产品产量\n产品名称\t单位\t产量\t比上年增长（%）\n粮食\t万吨\t45.6\t2.1\n生猪出栏\t万头\t98.8\t3.0\n",
        &[
            "粮食产量|45.6万吨|Level|Actual",
            "粮食产量|2.1%|Growth|Actual",
            "生猪出栏|98.8万头|Count|Actual",
            "生猪出栏|3.0%|Growth|Actual",
        ],
    );
}

#[test]
fn a_place_named_before_an_estimate_or_a_plan_is_not_part_of_the_indicator() {
    check(
        "2025年，某区预计地区生产总值增长6.5%左右。某县计划新建学校3所。",
        &[
            "地区生产总值|6.5%|Growth|Estimate",
            "新建学校|3所|Count|Target",
        ],
    );
}

#[test]
fn a_dated_news_story_s_targets_are_of_the_year_of_its_date() {
    let story = "新华社受权播发《政府工作报告》\n来源:新华社 责任编辑:某某 2025-03-12 17:54:03\n\
                 报告指出，今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。";
    assert_eq!(
        periods(story),
        ["国内生产总值|5%|2025", "城镇新增就业|1200万人|2025"]
    );
    // (Without a date, no year is guessed.)
    let undated = "报告指出，今年发展主要预期目标是：国内生产总值增长5%左右。";
    assert_eq!(periods(undated), ["国内生产总值|5%|-"]);
    // Its year past is the year before, dated by a byline that opens with the time.
    let story = "晒晒2024成绩单 绘制2025任务书\n2025年03月07日09:19 来源:某某广电总台\n\
                 新鲜出炉的政府工作报告晒出了过去一年成绩单。\n\
                 过去一年，国内生产总值达到134.9万亿元，增长5%。\n\
                 2025年发展主要预期目标是：国内生产总值增长5%左右。";
    assert_eq!(
        periods(story),
        [
            "国内生产总值|134.9万亿元|2024",
            "国内生产总值|5%|2024",
            "国内生产总值|5%|2025"
        ]
    );
    // (Not a story of the year's end, when a report may look back on that year itself.)
    let december = story.replace("2025年03月07日", "2025年12月07日");
    assert_eq!(periods(&december)[0], "国内生产总值|134.9万亿元|-");
}

#[test]
fn a_rate_of_decline_is_a_growth_below_zero() {
    check(
        "单位国内生产总值能耗降幅超过3%。商品房销售面积降幅达12.3%，降幅比上月收窄0.5个百分点。",
        &[
            "单位国内生产总值能耗|-3%|Growth|Actual",
            "商品房销售面积|-12.3%|Growth|Actual",
            "商品房销售面积降幅|-0.5个百分点|PointChange|Actual",
        ],
    );
}

#[test]
fn a_part_of_the_things_counted_before_is_named_by_what_it_did() {
    check(
        "38个大类行业中32个实现增长、增长面84.2%。在41个工业大类行业中，有33个行业增加值保持增长。",
        &[
            "大类行业|38个|Count|Actual",
            "实现增长的大类行业|32个|Count|Actual",
            "增长面|84.2%|Level|Actual",
            "工业大类行业|41个|Count|Actual",
            "增加值保持增长的行业|33个|Count|Actual",
        ],
    );
    check(
        "全市31个工业行业大类中有25个行业实现增长。",
        &[
            "工业行业大类|31个|Count|Actual",
            "实现增长的行业|25个|Count|Actual",
        ],
    );
    check(
        "12个重点项目中已有10个开工，投资完成率90%。",
        &[
            "重点项目|12个|Count|Actual",
            "开工的重点项目|10个|Count|Actual",
            "投资完成率|90%|Level|Actual",
        ],
    );
}

#[test]
fn a_lead_in_s_list_cut_by_a_stray_full_stop_goes_on() {
    check(
        "今年全市经济社会发展的主要预期目标是：地区生产总值增长6%以上。\
         地方一般公共预算收入增长3%；城镇新增就业2万人；居民收入增长与经济增长同步。",
        &[
            "地区生产总值|6%|Growth|Target",
            "地方一般公共预算收入|3%|Growth|Target",
            "城镇新增就业|2万人|Count|Target",
        ],
    );
    // (Not a sentence after a list that a full stop ends: `…；…。这一年…`.)
    check(
        "主要预期目标是：地区生产总值增长6%，城镇新增就业2万人。去年财政收入增长3%；税收增长2%。",
        &[
            "地区生产总值|6%|Growth|Target",
            "城镇新增就业|2万人|Count|Target",
            "财政收入|3%|Growth|Actual",
            "税收|2%|Growth|Actual",
        ],
    );
}

#[test]
fn a_comparison_said_to_hold_below_goes_on_and_is_no_part_of_the_indicator() {
    check(
        "全年地区生产总值同比(下同)增长4.5%，规模以上工业增加值增长6.9%，粮食产量52万吨。",
        &[
            "地区生产总值|4.5%|Growth|Actual",
            "规模以上工业增加值|6.9%|Growth|Actual",
            "粮食产量|52万吨|Level|Actual",
        ],
    );
    let comparisons = rows_with(
        "全年地区生产总值（下同）同比增长4.5%，固定资产投资增长9.1%。",
        |m| m.comparison.as_deref(),
    );
    assert_eq!(
        comparisons,
        ["地区生产总值|4.5%|同比", "固定资产投资|9.1%|同比"]
    );
    // (A note after the comparison, in a clause that names no measure: of the one before.)
    let comparisons = rows_with(
        "全市生产总值为2060亿元，比上年（下同）增长14.6%。财政收入162.8亿元，增长31.3%。",
        |m| m.comparison.as_deref(),
    );
    assert_eq!(
        comparisons,
        [
            "生产总值|2060亿元|-",
            "生产总值|14.6%|比上年",
            "财政收入|162.8亿元|-",
            "财政收入|31.3%|比上年"
        ]
    );
}

#[test]
fn a_rate_as_it_came_and_like_for_like_is_of_the_measure_before() {
    check(
        "地方一般公共预算收入3.5亿元，自然增幅2%，同口径完成3.67亿元，增幅6.1%。",
        &[
            "地方一般公共预算收入|3.5亿元|Level|Actual",
            "地方一般公共预算收入增幅|2%|Growth|Actual",
            "地方一般公共预算收入|3.67亿元|Level|Actual",
            "地方一般公共预算收入增幅|6.1%|Growth|Actual",
        ],
    );
    check(
        "一般公共预算收入3.5亿元，自然增长2%，同口径增长6.1%。",
        &[
            "一般公共预算收入|3.5亿元|Level|Actual",
            "一般公共预算收入|2%|Growth|Actual",
            "一般公共预算收入|6.1%|Growth|Actual",
        ],
    );
}

#[test]
fn a_list_of_ranks_after_one_verb_names_what_each_ranks_on() {
    check(
        "荣登全国发展潜力百强县榜首，位居全国百强县投资潜力第3、新型城镇化质量第4、绿色发展第5。",
        &[
            "全国百强县投资潜力|3|Rank|Actual",
            "新型城镇化质量|4|Rank|Actual",
            "绿色发展|5|Rank|Actual",
        ],
    );
}

#[test]
fn a_year_before_the_whole_place_after_who_says_it_dates_the_paragraph() {
    let story = "统计数据显示,2024年全国粮食播种面积17.90亿亩,增长0.3%。全国粮食单产394.7公斤/亩。\n\
                 魏某介绍，2024年全国秋粮播种面积稳中有增。全国秋粮产量10568.7亿斤。\n\
                 从各省份数据看，2024年全国31个省份中，有26个粮食增产。其中，黑龙江粮食增产42.7亿斤。";
    assert_eq!(
        periods(story),
        [
            "粮食播种面积|17.90亿亩|2024",
            "粮食播种面积|0.3%|2024",
            "粮食单产|394.7公斤/亩|2024",
            "秋粮产量|10568.7亿斤|2024",
            "省份|31个|2024",
            "粮食增产的省份|26个|2024",
            "黑龙江粮食|42.7亿斤|2024",
        ]
    );
}

#[test]
fn a_budget_draft_s_numbered_items_in_one_paragraph_are_targets() {
    check(
        "国务院提出的2025年中央和地方预算草案：（一）全国一般公共预算收入219850亿元，增长0.1%；\
         支出297005亿元。（二）全国政府性基金预算收入62499亿元。全年税收收入174972亿元。",
        &[
            "一般公共预算收入|219850亿元|Level|Target",
            "一般公共预算收入|0.1%|Growth|Target",
            "一般公共预算支出|297005亿元|Level|Target",
            "政府性基金预算收入|62499亿元|Level|Target",
            "税收收入|174972亿元|Level|Actual",
        ],
    );
    // (A review's numbered items stay results.)
    check(
        "2024年预算执行情况如下：（一）全国一般公共预算收入219702亿元。（二）全国政府性基金预算收入62090亿元。",
        &[
            "一般公共预算收入|219702亿元|Level|Actual",
            "政府性基金预算收入|62090亿元|Level|Actual",
        ],
    );
}

#[test]
fn a_target_said_to_be_proposed_gives_its_figures_after_it() {
    check(
        "政府工作报告提出今年发展主要预期目标,其中国内生产总值增长5.5%左右。",
        &["国内生产总值|5.5%|Growth|Target"],
    );
    check(
        "报告提出今年发展主要预期目标，国内生产总值增长5%左右。",
        &["国内生产总值|5%|Growth|Target"],
    );
    // (Not one reached, nor progress set against what was expected.)
    check(
        "全面完成了年初提出的各项目标，全年地区生产总值增长6%。",
        &["地区生产总值|6%|Growth|Actual"],
    );
    check(
        "8项指标进展超过预期，部署的102项重大工程顺利推进。",
        &[
            "指标进展超过预期|8项|Count|Actual",
            "重大工程|102项|Count|Actual",
        ],
    );
}

#[test]
fn a_year_after_a_verb_of_saying_is_the_period_not_part_of_the_indicator() {
    assert_eq!(
        periods(
            "2026年3月5日，国务院总理作政府工作报告，指2025年国内生产总值增长5%，\
             今年经济增长预期目标为4.5%至5%。"
        ),
        ["国内生产总值|5%|2025", "经济增长|4.5%至5%|-"]
    );
}

#[test]
fn a_caption_s_unit_in_brackets_and_comparison_are_its_rows() {
    let text =
        "某市2024年国民经济和社会发展统计公报\n\n表2 2024年各行业增加值（单位：亿元）比上年增长\n\
                行业\t增加值\t增速（%）\n工业\t456.7\t6.1\n建筑业\t98.2\t-2.3\n";
    check(
        text,
        &[
            "工业增加值|456.7亿元|Level|Actual",
            "工业增加值|6.1%|Growth|Actual",
            "建筑业增加值|98.2亿元|Level|Actual",
            "建筑业增加值|-2.3%|Growth|Actual",
        ],
    );
    let comparisons = rows_with(text, |m| m.comparison.as_deref());
    assert_eq!(comparisons[1], "工业增加值|6.1%|比上年");
}

#[test]
fn sectors_after_qizhong_are_of_the_part_of_the_economy_before() {
    check(
        "全市民营经济增加值1234亿元，增长6.1%。其中，第一产业增加值120亿元，第三产业增加值554亿元。\
         全年地区生产总值3000亿元。其中，第一产业增加值300亿元。",
        &[
            "民营经济增加值|1234亿元|Level|Actual",
            "民营经济增加值|6.1%|Growth|Actual",
            "民营经济第一产业增加值|120亿元|Level|Actual",
            "民营经济第三产业增加值|554亿元|Level|Actual",
            "地区生产总值|3000亿元|Level|Actual",
            "第一产业增加值|300亿元|Level|Actual",
        ],
    );
    // Past its share and contribution, and over the parts after `；`.
    check(
        "全年民营经济增加值122.64亿元，对GDP增长的贡献率为56.5%。\
         其中，第一产业增加值44.56亿元；第二产业增加值29.73亿元。",
        &[
            "民营经济增加值|122.64亿元|Level|Actual",
            "民营经济对GDP增长的贡献率|56.5%|Level|Actual",
            "民营经济第一产业增加值|44.56亿元|Level|Actual",
            "民营经济第二产业增加值|29.73亿元|Level|Actual",
        ],
    );
}

#[test]
fn the_currency_before_an_amount_is_no_part_of_the_indicator() {
    check(
        "赤字规模比上年增加人民币2300亿元，一般公共预算支出规模将首次达到30兆元。",
        &[
            "赤字规模|2300亿元|Change|Actual",
            "一般公共预算支出规模|30兆元|Level|Actual",
        ],
    );
}

#[test]
fn a_lead_in_that_opens_with_a_period_gives_it_to_the_lines_after_it() {
    let text = "2025年工作回顾国内生产总值增长5%，城镇新增就业1267万人。\n\n\
                过去5年国内生产总值年均增长5.4%。\n\n\
                “十五五”时期主要目标和重大任务：\n\n\
                全社会研发经费投入年均增长7%以上、人均预期寿命提高到80岁。\n\n\
                2026年经济社会发展总体要求和政策取向：\n\n\
                城镇新增就业1200万人以上、赤字率拟按4%左右安排。";
    assert_eq!(
        periods(text),
        [
            "国内生产总值|5%|2025",
            "城镇新增就业|1267万人|2025",
            "国内生产总值|5.4%|-",
            "全社会研发经费投入|7%|十五五",
            "人均预期寿命|80岁|十五五",
            "城镇新增就业|1200万人|2026",
            "赤字率|4%|2026",
        ]
    );
}

#[test]
fn a_contribution_alone_and_an_output_after_a_share_that_rose_are_of_the_part() {
    check(
        "第二产业增加值1210.4亿元，对经济增长的贡献率为32.9%；第三产业增加值1815.7亿元，贡献率为67.2%。\
         战略性新兴产业比重提升，完成产值1710.7亿元，可比增长3.4%。",
        &[
            "第二产业增加值|1210.4亿元|Level|Actual",
            "第二产业对经济增长的贡献率|32.9%|Level|Actual",
            "第三产业增加值|1815.7亿元|Level|Actual",
            "第三产业增加值贡献率|67.2%|Level|Actual",
            "战略性新兴产业产值|1710.7亿元|Level|Actual",
            "战略性新兴产业产值|3.4%|Growth|Actual",
        ],
    );
}

#[test]
fn a_plan_s_indicators_listed_by_aspect_after_a_lead_in_are_targets() {
    check(
        "报告提出了2021年全市指标体系安排，具体为：总量支撑型指标方面，地区生产总值增长6.5%左右；\
         规上工业增加值增长9%。质量结构型指标方面，获批国家高新技术企业80家。\
         生态保护型指标方面，单位GDP能耗下降3.6%；PM2.5浓度37微克/立方米。",
        &[
            "地区生产总值|6.5%|Growth|Target",
            "规上工业增加值|9%|Growth|Target",
            "获批国家高新技术企业|80家|Count|Target",
            "单位GDP能耗|-3.6%|Growth|Target",
            "PM2.5浓度|37微克/立方米|Level|Target",
        ],
    );
    // (A review's aspects stay results.)
    check(
        "2020年主要指标完成情况如下：总量方面，地区生产总值增长3.5%。质量方面，获批国家高新技术企业60家。",
        &[
            "地区生产总值|3.5%|Growth|Actual",
            "获批国家高新技术企业|60家|Count|Actual",
        ],
    );
}

#[test]
fn parts_of_a_year_listed_before_fenbie_are_the_periods_of_its_figures() {
    let text = "全年国内生产总值比上年增长8.1%。从季度看，一、二、三、四季度同比分别增长18.3%、7.9%、4.9%、4.0%。\
                全年规模以上工业增加值上半年和前三季度分别增长6.1%和5.7%。1、2月份出口分别下降3.1%和2.4%。";
    assert_eq!(
        periods(text),
        [
            "国内生产总值|8.1%|-",
            "|18.3%|一季度",
            "|7.9%|二季度",
            "|4.9%|三季度",
            "|4.0%|四季度",
            "规模以上工业增加值|6.1%|上半年",
            "规模以上工业增加值|5.7%|前三季度",
            "出口|3.1%|1月",
            "出口|2.4%|2月",
        ]
    );
    // Not a list of places or things that open with a numeral.
    assert_eq!(
        periods("全年一、二产业增加值分别增长3.2%和5.1%。"),
        ["第一产业增加值|3.2%|-", "第二产业增加值|5.1%|-"]
    );
}

#[test]
fn a_two_year_average_rate_is_set_against_the_year_two_back() {
    assert_eq!(
        comparisons(
            "全年国内生产总值比上年增长8.1%，两年平均增长5.1%。居民人均可支配收入两年平均名义增长6.9%。"
        ),
        [
            "国内生产总值|8.1%|比上年",
            "国内生产总值|5.1%|两年平均",
            "居民人均可支配收入|6.9%|两年平均名义",
        ]
    );
}

#[test]
fn what_each_of_a_list_pulled_up_is_its_indicator() {
    check(
        "第一、二、三产业分别拉动经济增长0.1个、0.9个和2.4个百分点。消费、投资、净出口分别拉动GDP增长2.9、1.3和1.0个百分点。",
        &[
            "第一产业拉动经济增长|0.1个百分点|PointChange|Actual",
            "第二产业拉动经济增长|0.9个百分点|PointChange|Actual",
            "第三产业拉动经济增长|2.4个百分点|PointChange|Actual",
            "消费拉动GDP增长|2.9个百分点|PointChange|Actual",
            "投资拉动GDP增长|1.3个百分点|PointChange|Actual",
            "净出口拉动GDP增长|1.0个百分点|PointChange|Actual",
        ],
    );
    // (After their contributions, each industry pulled up, not its contribution.)
    check(
        "三次产业对经济增长的贡献率分别为7.8%、48.6%和43.6%，分别拉动经济增长0.5、3.0和2.6个百分点。",
        &[
            "第一产业对经济增长的贡献率|7.8%|Level|Actual",
            "第二产业对经济增长的贡献率|48.6%|Level|Actual",
            "第三产业对经济增长的贡献率|43.6%|Level|Actual",
            "第一产业拉动经济增长|0.5个百分点|PointChange|Actual",
            "第二产业拉动经济增长|3.0个百分点|PointChange|Actual",
            "第三产业拉动经济增长|2.6个百分点|PointChange|Actual",
        ],
    );
    check(
        "第一产业、第二产业、第三产业对经济增长的贡献率分别为5.1%、39.2%和55.7%，分别拉动经济增长0.3、2.2和3.1个百分点。",
        &[
            "第一产业对经济增长的贡献率|5.1%|Level|Actual",
            "第二产业对经济增长的贡献率|39.2%|Level|Actual",
            "第三产业对经济增长的贡献率|55.7%|Level|Actual",
            "第一产业拉动经济增长|0.3个百分点|PointChange|Actual",
            "第二产业拉动经济增长|2.2个百分点|PointChange|Actual",
            "第三产业拉动经济增长|3.1个百分点|PointChange|Actual",
        ],
    );
}

#[test]
fn numbers_of_tables_and_bands_of_ages_are_no_metrics() {
    check(
        "表1 户籍人口数及其构成\n其中：18岁以下 18-59岁 60岁及以上\n全县共有人大代表389名（见表2）。",
        &["人大代表|389名|Count|Actual"],
    );
}

#[test]
fn a_rate_against_a_past_one_without_its_verb_is_a_growth() {
    check(
        "牧业产值5.78亿元，同比2.8%。全县户籍人口444322人，按年龄分，60岁及以上93132人、占20.96%。",
        &[
            "牧业产值|5.78亿元|Level|Actual",
            "牧业产值|2.8%|Growth|Actual",
            "户籍人口|444322人|Count|Actual",
            "60岁及以上|93132人|Count|Actual",
            "60岁及以上|20.96%|Share|Actual",
        ],
    );
}

#[test]
fn a_table_goes_on_past_a_row_that_lost_its_label_and_an_age_band_keeps_its_years() {
    assert_eq!(
        periods(
            "表1 2024年户籍人口及其变动情况\n指标 单位 2024年 2023年\n年末总人数 444322 446489\n\
             其中:男 233123 234361\n211199 212128\n其中:0-17岁 86248 84771"
        ),
        [
            "年末总人数|444322|2024",
            "年末总人数|446489|2023",
            "男|233123|2024",
            "男|234361|2023",
            "0-17岁|86248|2024",
            "0-17岁|84771|2023",
        ]
    );
}

#[test]
fn sectors_listed_after_a_lead_in_are_of_its_measure() {
    check(
        "三次产业对经济增长的贡献率分别为：第一产业12.2%，第二产业16.9%，第三产业70.9%。\
         三次产业对经济增长的拉动分别为：第一产业0.62个百分点，第二产业0.86个百分点。",
        &[
            "第一产业对经济增长的贡献率|12.2%|Level|Actual",
            "第二产业对经济增长的贡献率|16.9%|Level|Actual",
            "第三产业对经济增长的贡献率|70.9%|Level|Actual",
            "第一产业对经济增长的拉动|0.62个百分点|PointChange|Actual",
            "第二产业对经济增长的拉动|0.86个百分点|PointChange|Actual",
        ],
    );
}

#[test]
fn the_economy_s_growth_and_targets_said_to_include_a_measure_are_named_so() {
    check(
        "报告提出，主要预期目标包括地区生产总值增长5%左右。预计全年经济增长5%左右。",
        &[
            "地区生产总值|5%|Growth|Target",
            "经济增长|5%|Growth|Estimate",
        ],
    );
}

#[test]
fn a_month_s_figures_said_to_be_cumulative_are_of_the_months_so_far() {
    assert_eq!(
        periods("4月，全市累计完成固定资产投资125.6亿元，同比增长5.2%。4月份，规模以上工业增加值同比增长6.1%。"),
        [
            "固定资产投资|125.6亿元|1-4月",
            "固定资产投资|5.2%|1-4月",
            "规模以上工业增加值|6.1%|4月",
        ]
    );
}

#[test]
fn who_came_to_the_meeting_is_no_figure_of_the_report() {
    check(
        "本次大会应到代表389名，实到372名，符合法定人数。全年完成地区生产总值112.96亿元。",
        &["地区生产总值|112.96亿元|Level|Actual"],
    );
}

#[test]
fn what_passed_a_level_not_its_rank_among_those_that_did() {
    check(
        "工业经济总量成为全区第四个突破2000亿元大关的地区。",
        &["工业经济总量|2000亿元|Level|Actual"],
    );
    // (Or what the rank names; or, neither named, the measure before.)
    check(
        "地区生产总值达到13.57万亿元，是全国首个突破13万亿元的省份。\
         佛山成为广东第二个规模以上工业总产值突破3万亿元的城市。",
        &[
            "地区生产总值|13.57万亿元|Level|Actual",
            "地区生产总值|13万亿元|Level|Actual",
            "规模以上工业总产值|3万亿元|Level|Actual",
        ],
    );
}

#[test]
fn parts_broken_down_take_the_measure_their_first_names_not_a_change_before() {
    check(
        "上半年，全国规模以上工业增加值同比增长6.3%，增速比一季度回落0.1个百分点。\
         分经济类型看，国有控股企业增加值同比增长1.9%，集体企业增长2.0%。\
         分产品看，565种产品中有305种产品产量同比增长。",
        &[
            "规模以上工业增加值|6.3%|Growth|Actual",
            "规模以上工业增加值增速|-0.1个百分点|PointChange|Actual",
            "国有控股企业增加值|1.9%|Growth|Actual",
            "集体企业增加值|2.0%|Growth|Actual",
            // (A count of kinds is not of the measure broken down.)
            "产品|565种|Count|Actual",
            "产量同比增长的产品|305种|Count|Actual",
        ],
    );
}

#[test]
fn bands_of_ages_take_the_people_the_last_names() {
    check(
        "0-17岁、18-34岁、35-59岁、60岁及以上户籍人口分别为18891人、19099人、48951人和25594人。",
        &[
            "0-17岁户籍人口|18891人|Count|Actual",
            "18-34岁户籍人口|19099人|Count|Actual",
            "35-59岁户籍人口|48951人|Count|Actual",
            "60岁及以上户籍人口|25594人|Count|Actual",
        ],
    );
}

#[test]
fn a_web_page_s_debris_before_a_figure_names_nothing() {
    check(
        // (A table's unit flattened into the text; a sample's share naming its survey; how
        // far a change went.)
        "表1 2019年人口数及其构成 单位:人 全年全县城镇新增就业5394人。\
         据2022年全省5‰人口变动抽样调查推算,年末全县常住人口12.74万人。\
         三次产业占比由2018年的5.7:49.3:45.0,进一步优化为6.6:45.8:47.6。",
        &[
            "城镇新增就业|5394人|Count|Actual",
            "常住人口|12.74万人|Count|Actual",
            "三次产业占比|5.7:49.3:45.0|Ratio|Actual",
            "三次产业占比|6.6:45.8:47.6|Ratio|Actual",
        ],
    );
    // (A change of a rate per mille is in its points.)
    check(
        "人口自然增长率为-3.19‰，比上年下降3.18个千分点。",
        &[
            "人口自然增长率|-3.19‰|Level|Actual",
            "人口自然增长率|-3.18个千分点|PointChange|Actual",
        ],
    );
}

#[test]
fn a_two_years_mean_after_a_comparison_said_alone_or_said_as_reckoned() {
    check(
        "全县实现生产总值951435万元，比上年下降4.1%；与2020年相比，两年平均增长2.5%，\
         按常住人口计算人均地区生产总值为74331元。",
        &[
            "生产总值|951435万元|Level|Actual",
            "生产总值|-4.1%|Growth|Actual",
            "生产总值|2.5%|Growth|Actual",
            // (How it is reckoned is not what is measured.)
            "人均地区生产总值|74331元|Level|Actual",
        ],
    );
    let analysis = crate::analyze_text("社会消费品零售总额增长12%，按两年平均算，增长4.5%。");
    let compared: Vec<_> = analysis
        .metrics
        .iter()
        .map(|m| m.comparison.as_deref())
        .collect();
    assert_eq!(compared, [None, Some("两年平均")]);
}

#[test]
fn an_abbreviation_before_the_rate_of_what_it_abbreviates_adds_nothing() {
    check(
        "具体预期目标为：国内生产总值(GDP)增长6.5%左右；居民消费价格(CPI)涨幅3%左右；广义货币供应量（M2）余额增长8%。",
        &[
            "国内生产总值|6.5%|Growth|Target",
            "居民消费价格涨幅|3%|Growth|Target",
            // (Inside a name it stays.)
            "广义货币供应量（M2）余额|8%|Growth|Target",
        ],
    );
}

#[test]
fn town_and_country_listed_apart_and_kinds_counted_after_a_modifier() {
    check(
        "城、乡居民人均可支配收入分别增长8%、9%。电子信息、绿色建材和装配式建筑两大主导产业产值分别增长20%和30%。",
        &[
            "城镇居民人均可支配收入|8%|Growth|Actual",
            "农村居民人均可支配收入|9%|Growth|Actual",
            "电子信息产业产值|20%|Growth|Actual",
            "绿色建材和装配式建筑产业产值|30%|Growth|Actual",
        ],
    );
}

#[test]
fn more_or_less_than_what_is_compared_and_a_higher_aim_said_alone() {
    check(
        "财政赤字比预算少500亿元。粮食产量比上年多200万吨。",
        &[
            "财政赤字|-500亿元|Change|Actual",
            "粮食产量|200万吨|Change|Actual",
        ],
    );
    check(
        "今年的预期目标是：国内生产总值增长8%、力争9%。",
        &[
            "国内生产总值|8%|Growth|Target",
            "国内生产总值|9%|Growth|Target",
        ],
    );
}

#[test]
fn steps_passed_are_no_metric_and_a_figure_said_to_be_set_is_a_target() {
    assert_eq!(
        periods(
            "预计2025年，全县地区生产总值完成87.4亿元，五年跨越3个十亿级台阶，年均增速达到8%。"
        ),
        ["地区生产总值|87.4亿元|2025", "地区生产总值增速|8%|-"]
    );
    check(
        "经济增长6%左右，是综合考虑各方面因素确定的。",
        &["经济增长|6%|Growth|Target"],
    );
}

#[test]
fn a_year_without_its_character_and_the_place_after_it_name_nothing() {
    check(
        "2025北京全市地区生产总值5.2万亿元，增长5.4%。",
        &[
            "地区生产总值|5.2万亿元|Level|Actual",
            "地区生产总值|5.4%|Growth|Actual",
        ],
    );
}

#[test]
fn a_lead_in_s_year_is_that_of_the_numbered_items_after_its_colon() {
    assert_eq!(
        periods(
            "国务院提出的2025年中央和地方预算草案：（一）全国一般公共预算收入219850亿元；\
             支出297005亿元，增长4.4%。（二）全国政府性基金预算收入62499亿元。\
             全国财政赤字比上年增加1600亿元。"
        ),
        [
            "一般公共预算收入|219850亿元|2025",
            "一般公共预算支出|297005亿元|2025",
            "一般公共预算支出|4.4%|2025",
            "政府性基金预算收入|62499亿元|2025",
            // (Not a sentence after the items.)
            "财政赤字|1600亿元|-",
        ]
    );
}

#[test]
fn a_base_s_figure_in_brackets_is_the_base_s_and_the_difference_after_it_is_not() {
    assert_eq!(
        comparisons(
            "全市固定资产投资增长12.1%，比全省平均水平（9.0%）高3.1个百分点。\
             城镇居民人均可支配收入增长7.2%，增速比全国(5.1%)快2.1个百分点。"
        ),
        [
            "固定资产投资|12.1%|-",
            "全省平均水平|9.0%|-",
            "固定资产投资|3.1个百分点|比全省平均水平高",
            "城镇居民人均可支配收入|7.2%|-",
            "全国城镇居民人均可支配收入|5.1%|-",
            "城镇居民人均可支配收入增速|2.1个百分点|比全国快",
        ]
    );
}

#[test]
fn a_difference_from_a_place_s_mean_is_a_comparison() {
    assert_eq!(
        comparisons(
            "生猪出栏增长2.1%，低于全市平均0.03个百分点；\
             固定资产投资增长9.2%，超全市平均8.4个百分点。"
        ),
        [
            "生猪出栏|2.1%|-",
            "生猪出栏|0.03个百分点|低于全市平均",
            "固定资产投资|9.2%|-",
            "固定资产投资|8.4个百分点|超全市平均",
        ]
    );
}

#[test]
fn a_growth_after_a_rate_s_change_is_of_the_measure() {
    check(
        "全县固定资产投资完成22.05亿元，同比增长21.8%，增速高于全市平均水平14.7个百分点，\
         两年平均下降15.7%。",
        &[
            "固定资产投资|22.05亿元|Level|Actual",
            "固定资产投资|21.8%|Growth|Actual",
            "固定资产投资增速|14.7个百分点|PointChange|Actual",
            "固定资产投资|-15.7%|Growth|Actual",
        ],
    );
}

#[test]
fn a_run_in_heading_before_the_time_names_nothing() {
    check(
        "人口年末常住人口94.9万人，比上年末增加0.1万人。\n\
         国民经济全年实现地区生产总值439.19亿元。\n\
         城镇居民全年人均可支配收入30000元。\n\
         其中粮食全年播种面积221.0万亩。",
        &[
            "常住人口|94.9万人|Count|Actual",
            "常住人口|0.1万人|Change|Actual",
            "地区生产总值|439.19亿元|Level|Actual",
            "城镇居民全年人均可支配收入|30000元|Level|Actual",
            "粮食全年播种面积|221.0万亩|Level|Actual",
        ],
    );
}

#[test]
fn lines_of_a_budget_listed_before_deng_are_each_item_s_and_family_planning_is_no_plan() {
    check(
        "全年财政一般预算支出68.81亿元。其中：一般公共服务、教育等支出同比增速分别为-9.4%、23.0%；\
         医疗卫生与计划生育、节能环保等支出增速分别为17.0%、223.2%。",
        &[
            "财政一般预算支出|68.81亿元|Level|Actual",
            "一般公共服务支出增速|-9.4%|Growth|Actual",
            "教育支出增速|23.0%|Growth|Actual",
            "医疗卫生与计划生育支出增速|17.0%|Growth|Actual",
            "节能环保支出增速|223.2%|Growth|Actual",
        ],
    );
}

#[test]
fn one_character_each_before_a_shared_name_takes_it() {
    check(
        "规模以上工业增加值增长7.2%，增速比2021年减低2.2个百分点。轻、重工业占比分别为30.6%和69.4%。",
        &[
            "规模以上工业增加值|7.2%|Growth|Actual",
            "规模以上工业增加值增速|-2.2个百分点|PointChange|Actual",
            "轻工业占比|30.6%|Share|Actual",
            "重工业占比|69.4%|Share|Actual",
        ],
    );
}

#[test]
fn a_rate_changed_from_what_was_budgeted_is_of_the_words_before() {
    check(
        "财政赤字率由年初预算安排的3%左右提高到3.87%。",
        &[
            "财政赤字率|3%|Level|Actual",
            "财政赤字率|3.87%|Level|Actual",
        ],
    );
}

#[test]
fn a_change_after_people_counted_without_a_unit_is_of_them() {
    check(
        "截止年末全县户籍人口86.3万，比上年减少0.3万人。年末全县常住人口766579，比上年末增加2028人。",
        &[
            "户籍人口|86.3万|Count|Actual",
            "户籍人口|-0.3万人|Change|Actual",
            "常住人口|766579|Count|Actual",
            "常住人口|2028人|Change|Actual",
        ],
    );
}

#[test]
fn final_accounts_are_results_and_their_share_of_the_adjusted_budget_is_reached() {
    check(
        "一、2018年市级决算草案\n2018年市级一般公共预算收入决算数129748万元，为调整预算数的100.66%，\
         比2017年增收12423万元，增长10.59%。上划中央收入完成37.78亿元，减少0.46亿元，负增长1.21%。",
        &[
            "市级一般公共预算收入决算数|129748万元|Level|Actual",
            "市级一般公共预算收入决算数完成预算|100.66%|Level|Actual",
            "市级一般公共预算收入决算数|12423万元|Change|Actual",
            "市级一般公共预算收入决算数|10.59%|Growth|Actual",
            "上划中央收入|37.78亿元|Level|Actual",
            "上划中央收入|-0.46亿元|Change|Actual",
            "上划中央收入|-1.21%|Growth|Actual",
        ],
    );
}

#[test]
fn a_budget_s_kind_of_revenue_is_no_subject_of_the_next_item() {
    check(
        "2020年全市实现一般公共预算收入48.6亿元、税费收入144.8亿元。地方财政收入80亿元、非税收入14亿元。\
         农村年五保集中供养标准达到5022元、分散供养标准达到3411元。",
        &[
            "一般公共预算收入|48.6亿元|Level|Actual",
            "税费收入|144.8亿元|Level|Actual",
            "地方财政收入|80亿元|Level|Actual",
            "非税收入|14亿元|Level|Actual",
            "农村年五保集中供养标准|5022元|Level|Actual",
            "农村年五保分散供养标准|3411元|Level|Actual",
        ],
    );
}

#[test]
fn a_paragraph_s_year_and_part_go_on_but_not_to_another_year() {
    assert_eq!(
        periods(
            "卫生事业发展。2022年第三季度全县现有卫生机构136个。全县医疗机构有床位1027张。\
             2021年居民平均期望寿命为75.41岁。"
        ),
        [
            "卫生机构|136个|2022年第三季度",
            "医疗机构有床位|1027张|2022年第三季度",
            "居民平均期望寿命|75.41岁|2021",
        ]
    );
}

#[test]
fn a_measure_per_head_of_no_one_is_of_the_residents_before_it() {
    check(
        "按常住地分，城镇常住居民人均可支配收入47595元、增长10.2%，人均消费支出27982元、增长8.5%。\
         在总人口中男性人口为278098人，占总人口的52.1%。",
        &[
            "城镇常住居民人均可支配收入|47595元|Level|Actual",
            "城镇常住居民人均可支配收入|10.2%|Growth|Actual",
            "城镇常住居民人均消费支出|27982元|Level|Actual",
            "城镇常住居民人均消费支出|8.5%|Growth|Actual",
            "男性人口|278098人|Count|Actual",
            "男性人口占总人口|52.1%|Share|Actual",
        ],
    );
}

#[test]
fn a_headline_with_a_target_s_figure_is_no_plan_heading() {
    assert_eq!(
        periods(
            "中国2024年经济增长预期目标设定为5%左右\n\
             2023年经济社会发展主要目标任务圆满完成，诸如：国内生产总值超过126万亿元，增长5.2%。\n\
             今年发展主要预期目标：国内生产总值增长5%左右；新增就业目标1200万。"
        ),
        [
            "国内生产总值|126万亿元|2023",
            "国内生产总值|5.2%|2023",
            "国内生产总值|5%|2024",
            "新增就业|1200万|2024",
        ]
    );
    check(
        "中国2024年经济增长预期目标设定为5%左右\n\
         2023年经济社会发展主要目标任务圆满完成，诸如：国内生产总值超过126万亿元。\n\
         今年发展主要预期目标：新增就业目标1200万。",
        &[
            "国内生产总值|126万亿元|Level|Actual",
            "新增就业|1200万|Count|Target",
        ],
    );
}

#[test]
fn a_milestone_passed_a_place_kept_in_the_world_and_a_share_of_another_whole_name_the_measure() {
    check(
        "我国国内生产总值跨过120万亿元台阶。高被引论文数保持世界第二位。\
         制造业增加值占GDP比重提升至27.8%，占全球比重稳定在30%左右。",
        &[
            "国内生产总值|120万亿元|Level|Actual",
            "高被引论文数|二位|Rank|Actual",
            "制造业增加值占GDP比重|27.8%|Share|Actual",
            "制造业增加值占全球比重|30%|Share|Actual",
        ],
    );
}

#[test]
fn people_counted_by_parts_named_alone_after_qizhong_are_of_the_people_before() {
    check(
        "共有在校学生205582人（其中，学前教育33054人、小学101036人）。\
         享受最低生活保障的居民为2.42万人次，其中城镇0.17万人次。\
         内地居民出境17000万人次，其中因私出境14015万人次。",
        &[
            "在校学生|205582人|Count|Actual",
            "学前教育在校学生|33054人|Count|Actual",
            "小学在校学生|101036人|Count|Actual",
            "享受最低生活保障的居民|2.42万人次|Count|Actual",
            "城镇享受最低生活保障的居民|0.17万人次|Count|Actual",
            "内地居民出境|17000万人次|Count|Actual",
            "因私出境|14015万人次|Count|Actual",
        ],
    );
    // (Or in brackets right after the whole, without `其中`.)
    check(
        "执业医师1390人（全科25人），注册护士1500人。",
        &[
            "执业医师|1390人|Count|Actual",
            "全科执业医师|25人|Count|Actual",
            "注册护士|1500人|Count|Actual",
        ],
    );
}

#[test]
fn parts_of_the_year_compared_and_per_cents_that_lost_their_separators_are_distributed() {
    assert_eq!(
        comparisons(
            "规模以上高技术制造业产值增长4.9%，分别比一季度、上半年、三季度提升10.0、5.2和0.5个百分点。"
        ),
        [
            "规模以上高技术制造业产值|4.9%|-",
            "规模以上高技术制造业产值|10.0个百分点|比一季度",
            "规模以上高技术制造业产值|5.2个百分点|比上半年",
            "规模以上高技术制造业产值|0.5个百分点|比三季度",
        ]
    );
    check(
        "新能源、新材料、电子信息三个领域分别增长17.1%14.0%5.4%。",
        &[
            "新能源|17.1%|Growth|Actual",
            "新材料|14.0%|Growth|Actual",
            "电子信息|5.4%|Growth|Actual",
        ],
    );
}

#[test]
fn a_signed_per_cent_without_a_verb_is_a_change() {
    check(
        "全年单位地区生产总值综合能耗[3]-3.3%。企业利润率为-2%。",
        &[
            "单位地区生产总值综合能耗|-3.3%|Growth|Actual",
            "企业利润率|-2%|Level|Actual",
        ],
    );
}

#[test]
fn a_target_set_at_a_figure_and_targets_after_an_estimate() {
    check(
        "报告显示，武汉将2023年GDP增长目标定在6.5%以上。",
        &["GDP增长|6.5%|Growth|Target"],
    );
    // An estimate ends where a later clause of its sentence leads in the targets (not at a
    // comparison with a target).
    check(
        "预计全年地区生产总值增长4.8%，今年的主要预期目标是地区生产总值增长7%左右，规模以上工业增加值增长8%以上。",
        &[
            "地区生产总值|4.8%|Growth|Estimate",
            "地区生产总值|7%|Growth|Target",
            "规模以上工业增加值|8%|Growth|Target",
        ],
    );
    check(
        "预计全年地区生产总值增长6%，增速比预期目标高0.5个百分点。",
        &[
            "地区生产总值|6%|Growth|Estimate",
            "地区生产总值增速|0.5个百分点|PointChange|Estimate",
        ],
    );
}

#[test]
fn a_per_cent_after_a_base_rate_is_that_rate() {
    check(
        "GDP年均实际增长5.5%，远高于同期世界3.9%的年均增速。全市生产总值增长6.1%，高于全省平均增速。出口增长8%，高于全国增速2.1个百分点。",
        &[
            "GDP|5.5%|Growth|Actual",
            "同期世界年均增速|3.9%|Growth|Actual",
            "生产总值|6.1%|Growth|Actual",
            "出口|8%|Growth|Actual",
            "出口|2.1个百分点|PointChange|Actual",
        ],
    );
    check(
        "年均实际增速5.5%，远高于同期全球年均增速3.9%。",
        &[
            "年均实际增速|5.5%|Growth|Actual",
            "同期全球年均增速|3.9%|Growth|Actual",
        ],
    );
}

#[test]
fn what_went_on_for_years_names_the_measure_before() {
    check(
        "经济总量连续跨越110万亿元、120万亿元大关。人均GDP增至13445美元，连续第二年超过13000美元。",
        &[
            "经济总量|110万亿元|Level|Actual",
            "经济总量|120万亿元|Level|Actual",
            "人均GDP|13445美元|Level|Actual",
            "人均GDP|13000美元|Level|Actual",
        ],
    );
}

#[test]
fn a_place_among_the_first_so_many_is_a_rank() {
    check(
        "2025年，我国创新指数首次跻身全球前10名，比2020年上升4位。地区生产总值增长8.2%，增速居全省前三位。",
        &[
            "创新指数|10名|Rank|Actual",
            "创新指数|4位|Change|Actual",
            "地区生产总值|8.2%|Growth|Actual",
            "地区生产总值增速|三位|Rank|Actual",
        ],
    );
    // Not a time, nor a goal for things counted.
    check(
        "前10个月，全市出口增长5%。选拔3个品牌企业进军全国纺织行业前十名。",
        &["出口|5%|Growth|Actual", "品牌企业|3个|Count|Actual"],
    );
}

#[test]
fn months_from_january_written_as_a_range_or_after_a_reckoning() {
    assert_eq!(
        periods(
            "2021年1月至11月，全省进出口总值6252.3亿元。\n2021年11月当月实现进出口637.7亿元。以美元计价，2021年前11个月，全省进出口总值966.5亿美元。\n1月—11月全省出口3671.3亿元。"
        ),
        [
            "进出口总值|6252.3亿元|2021年1月至11月",
            "当月实现进出口|637.7亿元|2021年11月",
            "进出口总值|966.5亿美元|2021年前11个月",
            "出口|3671.3亿元|1月—11月",
        ]
    );
}

#[test]
fn a_rate_that_slowed_by_points_or_to_a_level() {
    check(
        "进出口总额增长23.2%，比去年同期减慢15.9个百分点。增速比上月放缓1.0个百分点。居民消费价格涨幅回落到2.6%，经济增速放缓至5%。",
        &[
            "进出口总额|23.2%|Growth|Actual",
            "进出口总额|-15.9个百分点|PointChange|Actual",
            "增速|-1.0个百分点|PointChange|Actual",
            "居民消费价格涨幅|2.6%|Growth|Actual",
            "经济增速|5%|Growth|Actual",
        ],
    );
    assert_eq!(
        comparisons("进出口总额增长23.2%，比去年同期减慢15.9个百分点。"),
        ["进出口总额|23.2%|-", "进出口总额|15.9个百分点|比去年同期"]
    );
    assert_eq!(
        comparisons("工业增加值增长7.0%，增速比上月加快1.0个百分点，比上年同月加快0.5个百分点。"),
        [
            "工业增加值|7.0%|-",
            "工业增加值增速|1.0个百分点|比上月",
            "工业增加值增速|0.5个百分点|比上年同月"
        ]
    );
}

#[test]
fn trade_with_partners_listed_before_fenbie() {
    check(
        "福建省对欧盟、美国、东盟分别进出口27.9亿美元、26.4亿美元、16.7亿美元，分别增长42.5%、44.1%、1.1倍。",
        &[
            "对欧盟进出口|27.9亿美元|Level|Actual",
            "对美国进出口|26.4亿美元|Level|Actual",
            "对东盟进出口|16.7亿美元|Level|Actual",
            "对欧盟进出口|42.5%|Growth|Actual",
            "对美国进出口|44.1%|Growth|Actual",
            "对东盟进出口|1.1倍|Growth|Actual",
        ],
    );
}

#[test]
fn a_shared_rate_goes_to_items_that_name_their_measure() {
    check(
        "进出口、出口、进口增速分别较全国高4.5个百分点、5.7个百分点、2.9个百分点。城镇居民人均可支配收入和农村居民人均纯收入增速分别为5%和6%。",
        &[
            "进出口增速|4.5个百分点|PointChange|Actual",
            "出口增速|5.7个百分点|PointChange|Actual",
            "进口增速|2.9个百分点|PointChange|Actual",
            "城镇居民人均可支配收入增速|5%|Growth|Actual",
            "农村居民人均纯收入增速|6%|Growth|Actual",
        ],
    );
    assert_eq!(
        comparisons("地区生产总值、工业增加值增速分别较全省高1.5个百分点、0.7个百分点。"),
        [
            "地区生产总值增速|1.5个百分点|较全省高",
            "工业增加值增速|0.7个百分点|较全省高"
        ]
    );
}

#[test]
fn the_year_s_targets_after_who_set_them() {
    check(
        "报告提出今年的预期目标是生产总值增长11%，实现此目标需要做到稳中求进。政府工作报告明确今年全市经济社会发展主要预期目标是地区生产总值增长5.5%左右。",
        &[
            "生产总值|11%|Growth|Target",
            "地区生产总值|5.5%|Growth|Target",
        ],
    );
}

#[test]
fn a_budget_s_lines_and_its_debt_ceiling() {
    check(
        "全市社会保险基金预算收入156.3亿元，完成预算的101.5%；支出148.6亿元，完成预算的99.2%。省财政厅核定我市2024年政府债务限额856.3亿元，省下达我县新增债券额度12亿元。",
        &[
            "社会保险基金预算收入|156.3亿元|Level|Actual",
            "社会保险基金预算收入完成预算|101.5%|Level|Actual",
            "社会保险基金预算支出|148.6亿元|Level|Actual",
            "社会保险基金预算支出完成预算|99.2%|Level|Actual",
            "政府债务限额|856.3亿元|Level|Actual",
            "新增债券额度|12亿元|Level|Actual",
        ],
    );
}

#[test]
fn a_household_s_spending_per_head_after_a_stop_is_of_the_residents_before() {
    check(
        "城镇常住居民人均可支配收入61000元，增长4.6%；人均消费支出38000元。农村常住居民人均可支配收入21000元。人均消费支出18000元。人均地区生产总值9万元。",
        &[
            "城镇常住居民人均可支配收入|61000元|Level|Actual",
            "城镇常住居民人均可支配收入|4.6%|Growth|Actual",
            "城镇常住居民人均消费支出|38000元|Level|Actual",
            "农村常住居民人均可支配收入|21000元|Level|Actual",
            "农村常住居民人均消费支出|18000元|Level|Actual",
            "人均地区生产总值|9万元|Level|Actual",
        ],
    );
}

#[test]
fn a_note_between_a_budget_s_level_and_the_budget() {
    check(
        "市级（不包括开发区，下同）一般公共预算收入295.6亿元，增长3%。全市（含开发区，下同）规模以上工业增加值增长5%。",
        &[
            "市级一般公共预算收入|295.6亿元|Level|Actual",
            "市级一般公共预算收入|3%|Growth|Actual",
            "规模以上工业增加值|5%|Growth|Actual",
        ],
    );
}

#[test]
fn a_comparison_in_brackets_leaves_no_brackets() {
    assert_eq!(
        comparisons("地方一般公共预算收入(同口径)完成30161万元，同比增长14.6%。"),
        [
            "地方一般公共预算收入|30161万元|同口径",
            "地方一般公共预算收入|14.6%|同比",
        ]
    );
}

#[test]
fn things_added_with_only_when_before_are_those_counted_before() {
    check(
        "2021年末个体户17509户，当年新增1564户。",
        &[
            "个体户|17509户|Count|Actual",
            "新增个体户|1564户|Count|Actual",
        ],
    );
}

#[test]
fn a_figure_of_the_year_before_restated_is_of_the_measure_before_and_that_year() {
    check(
        "国有土地使用权出让收入20151亿元，增长49.4%（去年同期为下降27.1%）。",
        &[
            "国有土地使用权出让收入|20151亿元|Level|Actual",
            "国有土地使用权出让收入|49.4%|Growth|Actual",
            "国有土地使用权出让收入|-27.1%|Growth|Actual",
        ],
    );
    // (Of the year before, and of the measure before in a sentence of its own.)
    assert_eq!(
        periods(
            "某县2023年国民经济和社会发展统计公报\n\
             全年粮食总产量38.6万吨，比上年增长2.1%。上年同期为37.8万吨。\n\
             全年规模以上工业增加值增长8.2%，上年同期为增长6.1%；城镇登记失业率3.2%，上年为3.5%。\n\
             全年国有土地使用权出让收入增长49.4%（去年同期为下降27.1%）。"
        ),
        [
            "粮食总产量|38.6万吨|2023",
            "粮食总产量|2.1%|2023",
            "粮食总产量|37.8万吨|2022",
            "规模以上工业增加值|8.2%|2023",
            "规模以上工业增加值|6.1%|2022",
            "城镇登记失业率|3.2%|2023",
            "城镇登记失业率|3.5%|2022",
            "国有土地使用权出让收入|49.4%|2023",
            "国有土地使用权出让收入|27.1%|2022",
        ]
    );
}

#[test]
fn the_months_after_who_says_them_are_the_period() {
    assert_eq!(
        periods("楼继伟称，1—7月，全国政府性基金收入25345亿元。\n他在报告中说，2018年全区生产总值达到379.95亿元。"),
        ["政府性基金收入|25345亿元|1—7月", "生产总值|379.95亿元|2018"]
    );
}

#[test]
fn the_parts_of_a_sum_so_far_are_of_the_months_so_far() {
    assert_eq!(
        periods(
            "4月，一般公共预算收入累计完成24627万元。其中：税收收入8103万元；非税收入16524万元。\n\
             4月，全市工业增加值增长5%。其中：制造业增长6%。"
        ),
        [
            "一般公共预算收入|24627万元|1-4月",
            "税收收入|8103万元|1-4月",
            "非税收入|16524万元|1-4月",
            "工业增加值|5%|4月",
            "制造业|6%|4月",
        ]
    );
}

#[test]
fn a_ratio_that_narrowed_is_of_the_measure_before() {
    check(
        "城乡收入比持续缩小，由上年同期的2.05:1下降为2.02:1。",
        &[
            "城乡收入比|2.05:1|Ratio|Actual",
            "城乡收入比|2.02:1|Ratio|Actual",
        ],
    );
}

#[test]
fn how_many_a_rank_is_among_is_no_metric_and_the_rank_is_of_the_measure() {
    check(
        "全市公共财政预算收入增幅比全省平均增幅高6个百分点，在全省21个地级以上市中居第7位，\
         珠三角9市中居第1位。全县地区生产总值增长6.2%，在全市11个县区中排名第2。\
         PM2.5浓度同比下降44.76%，下降率在周边28个城市中排名第四。",
        &[
            "公共财政预算收入增幅|6个百分点|PointChange|Actual",
            "公共财政预算收入增幅|7位|Rank|Actual",
            "公共财政预算收入增幅|1位|Rank|Actual",
            "地区生产总值|6.2%|Growth|Actual",
            "地区生产总值|2|Rank|Actual",
            "PM2.5浓度|-44.76%|Growth|Actual",
            "PM2.5浓度下降率|四|Rank|Actual",
        ],
    );
}

#[test]
fn an_estimate_said_after_a_figure_is_not_carried_past_its_sentence() {
    check(
        "全区地区生产总值保持年均14.6%增长，2011年预计实现420亿元；\
         二、三次产业比例由47.8:52.1调整优化为43:57；\
         地方财政一般预算收入2011年完成28.13亿元，总量连续五年位居全市区县第一。",
        &[
            "地区生产总值|14.6%|Growth|Actual",
            "地区生产总值|420亿元|Level|Estimate",
            "二、三次产业比例|47.8:52.1|Ratio|Actual",
            "二、三次产业比例|43:57|Ratio|Actual",
            "地方财政一般预算收入|28.13亿元|Level|Actual",
            "地方财政一般预算收入|一|Rank|Actual",
        ],
    );
    // (One said before the first figure is of the list after it.)
    check(
        "预计地区生产总值超过2100亿元，增长8.8%左右；两税收入386.6亿元，净增50亿元。",
        &[
            "地区生产总值|2100亿元|Level|Estimate",
            "地区生产总值|8.8%|Growth|Estimate",
            "两税收入|386.6亿元|Level|Estimate",
            "两税收入|50亿元|Change|Estimate",
        ],
    );
}

#[test]
fn a_note_that_figures_are_estimates_and_a_milestone_passed() {
    check(
        "地区生产总值达5600亿元（预计数，下同），增长14%以上；辖内财政收入迈过千亿大关，\
         达1330亿元，增长28.55%。实现粮食生产“八连增”，达到244.5万吨；新增规上工业企业189家，\
         总数达1053家。",
        &[
            "地区生产总值|5600亿元|Level|Estimate",
            "地区生产总值|14%|Growth|Estimate",
            "辖内财政收入|1330亿元|Level|Estimate",
            "辖内财政收入|28.55%|Growth|Estimate",
            "粮食|244.5万吨|Level|Estimate",
            "新增规上工业企业|189家|Count|Estimate",
            "规上工业企业|1053家|Count|Estimate",
        ],
    );
    // (Without `下同`, the note is of its figure alone.)
    check(
        "地区生产总值5600亿元（预计），财政收入1330亿元。",
        &[
            "地区生产总值|5600亿元|Level|Estimate",
            "财政收入|1330亿元|Level|Actual",
        ],
    );
}

#[test]
fn parts_of_an_income_named_by_who_collected_them_and_a_year_s_investment_of_projects() {
    check(
        "全区完成税收收入45.6亿元，其中国税部门完成22891万元，地税部门完成18745万元。",
        &[
            "税收收入|45.6亿元|Level|Actual",
            "国税部门税收收入|22891万元|Level|Actual",
            "地税部门税收收入|18745万元|Level|Actual",
        ],
    );
    // (A part named by what it is keeps its name; one without a collector's verb too.)
    check(
        "全年完成税收收入45.6亿元，其中增值税18.2亿元，企业所得税完成9.1亿元。",
        &[
            "税收收入|45.6亿元|Level|Actual",
            "增值税|18.2亿元|Level|Actual",
            "企业所得税|9.1亿元|Level|Actual",
        ],
    );
    check(
        "全年计划实施重点项目230个，年度计划投资300亿元。",
        &[
            "实施重点项目|230个|Count|Target",
            "重点项目年度计划投资|300亿元|Level|Target",
        ],
    );
}

#[test]
fn things_per_head_are_a_level_not_a_count() {
    check(
        "每千人口执业（助理）医师3.4人，城镇居民每百户拥有家用汽车46辆，卫生技术人员58万人。",
        &[
            "每千人口执业（助理）医师|3.4人|Level|Actual",
            "城镇居民每百户拥有家用汽车|46辆|Level|Actual",
            "卫生技术人员|58万人|Count|Actual",
        ],
    );
}

#[test]
fn measures_of_enterprises_above_the_size_are_industry_s_and_money_put_into_projects_theirs() {
    check(
        "全市规模以上工业总产值、营业收入、利润总额分别增长8.2%、7.6%和12.3%。",
        &[
            "规模以上工业总产值|8.2%|Growth|Actual",
            "规模以上工业营业收入|7.6%|Growth|Actual",
            "规模以上工业利润总额|12.3%|Growth|Actual",
        ],
    );
    check(
        "全年共实施民生实事项目10件，投入资金38.6亿元；实施重点工程项目1079个、投资1793亿元。",
        &[
            "实施民生实事项目|10件|Count|Actual",
            "民生实事项目投入资金|38.6亿元|Level|Actual",
            "实施重点工程项目|1079个|Count|Actual",
            "重点工程项目投资|1793亿元|Level|Actual",
        ],
    );
}

#[test]
fn a_year_s_target_in_brackets_after_its_result_is_of_the_measure_before() {
    check(
        "一、2023年计划执行情况\n\n地区生产总值增长5.3%，完成年度计划目标（5%左右）；\
         固定资产投资增长3.1%，低于年度目标（6%）2.9个百分点。",
        &[
            "地区生产总值|5.3%|Growth|Actual",
            "地区生产总值|5%|Growth|Target",
            "固定资产投资|3.1%|Growth|Actual",
            "固定资产投资|6%|Growth|Target",
            "固定资产投资|2.9个百分点|PointChange|Actual",
        ],
    );
    // (A base in brackets that is no target keeps its name.)
    check(
        "增长12.1%，比全省平均水平（9.0%）高3.1个百分点。",
        &[
            "|12.1%|Growth|Actual",
            "全省平均水平|9.0%|Growth|Actual",
            "|3.1个百分点|PointChange|Actual",
        ],
    );
}

#[test]
fn a_month_a_clause_opens_with_is_its_period_within_the_months_so_far() {
    assert_eq!(
        periods(
            "2024年1—9月全市经济运行情况\n\n1—9月，全市规模以上工业增加值同比增长7.2%。\
             其中，9月份增长8.1%。3月份规模以上工业企业复工率达到99.7%。"
        ),
        [
            "规模以上工业增加值|7.2%|2024年1—9月",
            "规模以上工业增加值|8.1%|2024年9月",
            "规模以上工业企业复工率|99.7%|2024年3月",
        ]
    );
}

#[test]
fn a_yearly_rate_to_a_deadline_is_of_the_years_up_to_it() {
    assert_eq!(
        periods(
            "政府工作报告\n\n一、2021年工作回顾\n\n全市地区生产总值增长6%。\n\n二、今后五年的目标任务\n\n\
             到2026年，全市地区生产总值突破6000亿元，年均增长6.5%左右；常住人口城镇化率达到70%。\
             到2026年，累计新增城镇就业50万人。\n\n\
             三、2022年工作安排\n\n地区生产总值增长6.5%以上。"
        ),
        [
            "地区生产总值|6%|2021",
            "地区生产总值|6000亿元|2026",
            "地区生产总值|6.5%|2022—2026",
            "常住人口城镇化率|70%|2026",
            "新增城镇就业|50万人|2022—2026",
            "地区生产总值|6.5%|2022",
        ]
    );
}

#[test]
fn a_rise_named_alone_after_a_price_index_is_of_the_prices() {
    check(
        "一、2023年工作回顾\n\n居民消费价格指数为100.4，涨幅控制在3%以内。",
        &[
            "居民消费价格指数|100.4|Level|Actual",
            "居民消费价格涨幅|3%|Growth|Actual",
        ],
    );
}

#[test]
fn totals_after_additions_written_in_chinese_numerals_are_of_the_things_added() {
    check(
        "新增规上工业企业二十八家、高新技术企业四十五家，分别达到二百一十家、三百零五家。",
        &[
            "新增规上工业企业|二十八家|Count|Actual",
            "新增高新技术企业|四十五家|Count|Actual",
            "规上工业企业|二百一十家|Count|Actual",
            "高新技术企业|三百零五家|Count|Actual",
        ],
    );
}

#[test]
fn projects_started_after_their_total_investment_are_the_projects_counted_before() {
    check(
        "实施重点项目120个、总投资850亿元，开工建设86个，竣工投产42个。",
        &[
            "实施重点项目|120个|Count|Actual",
            "重点项目总投资|850亿元|Level|Actual",
            "开工建设重点项目|86个|Count|Actual",
            "竣工投产重点项目|42个|Count|Actual",
        ],
    );
}

#[test]
fn investment_done_is_of_the_projects_counted_before_and_a_years_plan_in_a_review_is_its_target() {
    check(
        "一、2024年工作回顾\n全年计划实施重点项目230个，年度计划投资300亿元，实际完成投资312亿元。新开工项目86个，完成投资120亿元，增长8%。",
        &[
            "实施重点项目|230个|Count|Target",
            "重点项目年度计划投资|300亿元|Level|Target",
            "重点项目实际完成投资|312亿元|Level|Actual",
            "新开工项目|86个|Count|Actual",
            "新开工项目完成投资|120亿元|Level|Actual",
            "新开工项目完成投资|8%|Growth|Actual",
        ],
    );
}

#[test]
fn a_target_in_brackets_past_a_comparison_and_the_share_of_it_reached() {
    check(
        "一、2024年计划执行情况\n地区生产总值增长5.1%，高于全国0.1个百分点，完成年度计划目标（5.5%左右）。规模以上工业增加值增长6.3%，完成年度计划目标（7%）的90%。居民消费价格上涨0.4%，低于3%左右的调控目标。",
        &[
            "地区生产总值|5.1%|Growth|Actual",
            "地区生产总值|0.1个百分点|PointChange|Actual",
            "地区生产总值|5.5%|Growth|Target",
            "规模以上工业增加值|6.3%|Growth|Actual",
            "规模以上工业增加值|7%|Growth|Target",
            "规模以上工业增加值完成年度计划|90%|Level|Actual",
            "居民消费价格|0.4%|Growth|Actual",
            "居民消费价格|3%|Growth|Target",
        ],
    );
}

#[test]
fn a_table_of_targets_said_as_changes_beside_results() {
    let text = [
        "某区2024年国民经济和社会发展主要指标完成情况",
        "指标名称\t单位\t2024年计划\t完成情况\t增长（%）",
        "地区生产总值\t亿元\t增长6%\t586.3\t5.8",
        "单位地区生产总值能耗\t%\t下降3%\t—\t-3.2",
        "一般公共预算收入\t亿元\t增长5%\t42.6\t6.1",
    ]
    .join("\n");
    check(
        &text,
        &[
            "地区生产总值|6%|Growth|Target",
            "地区生产总值|586.3亿元|Level|Actual",
            "地区生产总值|5.8%|Growth|Actual",
            "单位地区生产总值能耗|-3%|Growth|Target",
            "单位地区生产总值能耗|-3.2%|Growth|Actual",
            "一般公共预算收入|5%|Growth|Target",
            "一般公共预算收入|42.6亿元|Level|Actual",
            "一般公共预算收入|6.1%|Growth|Actual",
        ],
    );
}

#[test]
fn a_table_of_a_year_s_results_and_the_next_year_s_targets_under_a_plan_s_part() {
    // The header's cells run together once repaired (`指标名称 单位2025年完成2026年目标`): it
    // is no heading of a part on the plan, and its columns say which year each figure is of.
    let text = [
        "二、2026年主要目标",
        "全市地区生产总值增长5.5%左右。",
        "附表：2026年主要指标",
        "指标名称\t单位\t2025年完成\t2026年目标",
        "地区生产总值增速\t%\t5.9\t5.5左右",
        "一般公共预算收入\t亿元\t156.7\t162",
    ]
    .join("\n");
    check(
        &text,
        &[
            "地区生产总值|5.5%|Growth|Target",
            "地区生产总值|5.9%|Growth|Actual",
            "地区生产总值|5.5%|Growth|Target",
            "一般公共预算收入|156.7亿元|Level|Actual",
            "一般公共预算收入|162亿元|Level|Target",
        ],
    );
    let periods = periods(&text);
    assert_eq!(
        periods[1..],
        [
            "地区生产总值|5.9%|2025",
            "地区生产总值|5.5%|2026",
            "一般公共预算收入|156.7亿元|2025",
            "一般公共预算收入|162亿元|2026",
        ]
    );
    let sections = crate::analyze_text(&text).sections;
    assert_eq!(sections.len(), 1, "{sections:?}");
}

#[test]
fn a_city_s_milestones_shares_given_and_amounts_grown_by() {
    // A round ten thousand of a magnitude passed; shares given listed with `和` as with `、`.
    check(
        "全市GDP首次突破万亿元大关。民营经济贡献了60%以上的税收、70%以上的GDP和80%以上的就业。",
        &[
            "GDP|万亿元|Level|Actual",
            "民营经济贡献的税收|60%|Share|Actual",
            "民营经济贡献的GDP|70%|Share|Actual",
            "民营经济贡献的就业|80%|Share|Actual",
        ],
    );
    // An amount grown by is a change, near it or not; a total after a compared change is the
    // total of what changed.
    check(
        "居民收入比上年增长1.2万元。城乡居民收入五年增长近1万元。国家财政收入比上年增加1501亿元，总额达到11377亿元。",
        &[
            "居民收入|1.2万元|Change|Actual",
            "城乡居民收入|1万元|Change|Actual",
            "国家财政收入|1501亿元|Change|Actual",
            "国家财政收入|11377亿元|Level|Actual",
        ],
    );
    // What fared in a slogan with what it was like; an adverb of how it fared names nothing.
    check(
        "农业全面丰收，粮食总产量实现了历史罕见的“八连增”，连续5年超1万亿斤。",
        &["粮食总产量|1万亿斤|Level|Actual"],
    );
}

#[test]
fn higher_or_lower_than_a_year_before_is_a_change_with_its_sign() {
    check(
        "全年平均气温17.8℃，比上年高0.5℃。年末企业比上年少5个。赤字率拟按2.6%安排，比去年预算低0.4个百分点。",
        &[
            "平均气温|17.8℃|Level|Actual",
            "平均气温|0.5℃|Change|Actual",
            "企业|-5个|Change|Actual",
            "赤字率|2.6%|Level|Target",
            "赤字率|-0.4个百分点|PointChange|Target",
        ],
    );
    let values: Vec<f64> = crate::analyze_text("年末企业比上年少5个。平均气温比上年低1.2℃。")
        .metrics
        .iter()
        .map(|m| m.value)
        .collect();
    assert_eq!(values, [-5.0, -1.2]);
}

#[test]
fn a_district_s_measures_listed_ranked_and_passed() {
    // A measure ending in `总值` takes no rate of the list's last measure; sides of the
    // measure before that rank each rank; a threshold in another unit of the level reached.
    check(
        "地区生产总值、一般公共预算收入、固定资产投资分别增长6.5%、8.2%和10.1%。\
         规上工业增加值增长9.1%，总量和增速均居全市第一。\
         城镇居民人均可支配收入突破6万元大关，达到61234元。",
        &[
            "地区生产总值|6.5%|Growth|Actual",
            "一般公共预算收入|8.2%|Growth|Actual",
            "固定资产投资|10.1%|Growth|Actual",
            "规上工业增加值|9.1%|Growth|Actual",
            "规上工业增加值总量|一|Rank|Actual",
            "规上工业增加值增速|一|Rank|Actual",
            "城镇居民人均可支配收入|61234元|Level|Actual",
        ],
    );
}

#[test]
fn a_measure_that_crossed_several_milestones_is_what_later_clauses_measure() {
    check(
        "五年来，全省地区生产总值连跨两个万亿元台阶，2025年达到6.2万亿元，年均增长5.6%，总量跃居全国第9位。",
        &[
            "地区生产总值|6.2万亿元|Level|Actual",
            "地区生产总值|5.6%|Growth|Actual",
            "地区生产总值|9位|Rank|Actual",
        ],
    );
}

#[test]
fn a_monthly_release_s_breakdown_after_a_rate_and_an_average_over_months() {
    let text = "2025年11月份全市经济运行情况\n\
                1—11月，全市规模以上工业增加值同比增长6.8%，增速比1—10月加快0.2个百分点。分经济类型看，国有控股企业增长3.1%。\
                11月份，全市居民消费价格同比上涨0.3%。1—11月平均，全市居民消费价格比上年同期上涨0.1%。";
    assert_eq!(
        periods(text),
        [
            "规模以上工业增加值|6.8%|2025年1—11月",
            "规模以上工业增加值增速|0.2个百分点|2025年1—11月",
            "国有控股企业增加值|3.1%|2025年1—11月",
            "居民消费价格|0.3%|2025年11月",
            "居民消费价格|0.1%|2025年1—11月",
        ]
    );
}

#[test]
fn a_part_named_alone_after_its_whole_set_up_is_set_up_too() {
    check(
        "新设经营主体35万户，其中企业12万户。新设立市场主体3万户，其中个体工商户2万户。",
        &[
            "新设经营主体|35万户|Count|Actual",
            "新设企业|12万户|Count|Actual",
            "新设立市场主体|3万户|Count|Actual",
            "新设立个体工商户|2万户|Count|Actual",
        ],
    );
    // (And a profit after a revenue written short is of whose the revenue was.)
    check(
        "规上工业营收1.2万亿元，利润总额增长3.1%。",
        &[
            "规上工业营收|1.2万亿元|Level|Actual",
            "规上工业利润总额|3.1%|Growth|Actual",
        ],
    );
}

#[test]
fn expected_results_and_next_year_s_aims() {
    check(
        "全年地区生产总值可望增长5.3%，一般公共预算收入有望突破100亿元。明年力争地区生产总值增长6%。",
        &[
            "地区生产总值|5.3%|Growth|Estimate",
            "一般公共预算收入|100亿元|Level|Estimate",
            "地区生产总值|6%|Growth|Target",
        ],
    );
    // (A target's starting point, said after it, is last year's result.)
    assert_eq!(
        periods(
            "2026年某市政府工作报告\n二、2026年目标任务\n地区生产总值增长5.5%以上，是在去年增长5.8%的基础上提出的。"
        ),
        ["地区生产总值|5.5%|2026", "地区生产总值|5.8%|2025"]
    );
    check(
        "2026年某市政府工作报告\n二、2026年目标任务\n地区生产总值增长5.5%以上，是在去年增长5.8%的基础上提出的。",
        &["地区生产总值|5.5%|Growth|Target", "地区生产总值|5.8%|Growth|Actual"],
    );
}

#[test]
fn a_plan_s_end_and_the_five_years_ahead_as_periods_of_targets() {
    assert_eq!(
        periods(
            "2026年某市政府工作报告\n二、2026年重点工作\n\
             到“十五五”末，常住人口城镇化率达到75%。今后五年，城乡居民收入年均增长6%以上。今年地区生产总值增长5%。"
        ),
        [
            "常住人口城镇化率|75%|2030",
            "城乡居民收入|6%|十五五",
            "地区生产总值|5%|2026",
        ]
    );
}

#[test]
fn a_bare_chinese_numeral_of_ten_thousands_or_hundred_millions_is_a_figure() {
    check(
        "二、“九五”的主要奋斗目标\n到二〇〇〇年，人口控制在十三亿以内。开工建设三十亿以上重大工业项目10个，全面推动十万企业上云工程。",
        &[
            "人口|十三亿|Count|Target",
            "开工建设三十亿以上重大工业项目|10个|Count|Target",
        ],
    );
}

#[test]
fn the_share_of_industries_that_grew_is_a_measure_of_its_own() {
    check(
        "35个工业大类行业中有24个行业增加值保持增长，增长面为68.6%。",
        &[
            "工业大类行业|35个|Count|Actual",
            "增加值保持增长的行业|24个|Count|Actual",
            "增长面|68.6%|Level|Actual",
        ],
    );
}

#[test]
fn residents_said_once_after_a_list_of_places_are_each_place_s() {
    check(
        "城镇和农村居民人均可支配收入分别增长6%和8%。",
        &[
            "城镇居民人均可支配收入|6%|Growth|Actual",
            "农村居民人均可支配收入|8%|Growth|Actual",
        ],
    );
}

#[test]
fn a_growth_in_times_or_by_a_part_is_a_growth_in_per_cent_as_doublings_are() {
    let analysis = crate::analyze_text(
        "出口总值达到145.7亿美元，增长3.9倍。收入五年翻一番。出口总值是2020年的2倍。审批时间减少三分之一。民营经济占比超过二分之一。",
    );
    let base: Vec<_> = analysis
        .metrics
        .iter()
        .map(|m| (m.kind, m.base_value, m.base_unit.as_deref()))
        .collect();
    assert_eq!(
        base[1..],
        [
            (MetricKind::Growth, Some(390.0), Some("%")),
            (MetricKind::Growth, Some(100.0), Some("%")),
            (MetricKind::Level, Some(2.0), Some("倍")),
            // (And a growth by a part: not a share of it.)
            (MetricKind::Growth, Some(-33.33333333333333), Some("%")),
            (MetricKind::Share, Some(0.5), None),
        ]
    );
}

#[test]
fn the_figures_of_a_glossary_s_definitions_are_none_of_the_report_s() {
    check(
        "第一部分 2023年工作回顾\n全市地区生产总值增长5.5%。\n名词解释\n1.“专精特新”企业：认定标准包括研发费用总额占营业收入比重不低于3%、营业收入不低于1000万元等。",
        &["地区生产总值|5.5%|Growth|Actual"],
    );
}

#[test]
fn that_year_is_the_year_said_before_in_the_sentence() {
    assert_eq!(
        periods(
            "一、“十四五”时期工作回顾\n2021年地区生产总值突破500亿元，当年增长8.2%。新增城镇就业1.2万人，全年完成年度计划的120%。\n",
        ),
        [
            "地区生产总值|500亿元|2021",
            "地区生产总值|8.2%|2021",
            "新增城镇就业|1.2万人|十四五",
            "新增城镇就业完成年度计划|120%|十四五",
        ]
    );
}

#[test]
fn a_markdown_heading_above_a_table_is_its_caption_and_names_its_year() {
    assert_eq!(
        periods("# 2024年主要经济指标\n\n| 指标 | 单位 | 绝对数 | 比上年增长（%） |\n|---|---|---|---|\n| 地区生产总值 | 亿元 | 1563.2 | 5.3 |\n| 社会消费品零售总额 | 亿元 | 702.6 | 4.2 |\n"),
        [
            "地区生产总值|1563.2亿元|2024",
            "地区生产总值|5.3%|2024",
            "社会消费品零售总额|702.6亿元|2024",
            "社会消费品零售总额|4.2%|2024",
        ]
    );
}

#[test]
fn no_change_said_in_words_is_a_change_of_nought() {
    check(
        "居民消费价格比上年上涨0.2%，其中食品价格下降0.3%、服务价格与去年持平。全市农作物种植面积1128万亩，与上年基本持平。第二产业增加值增长4.5%，增速与一季度持平。全年粮食产量同比持平。",
        &[
            "居民消费价格|0.2%|Growth|Actual",
            "食品价格|-0.3%|Growth|Actual",
            "服务价格|持平%|Growth|Actual",
            "农作物种植面积|1128万亩|Level|Actual",
            "农作物种植面积|持平%|Growth|Actual",
            "第二产业增加值|4.5%|Growth|Actual",
            "第二产业增加值增速|持平个百分点|PointChange|Actual",
            "粮食产量|持平%|Growth|Actual",
        ],
    );
    check_comparisons(
        "粮食总产大体与往年持平。服务价格与2023年持平。",
        &[
            ("粮食总产", "持平", Some("与往年")),
            ("服务价格", "持平", Some("与2023年")),
        ],
    );
    // Not a state that names what is counted, nor alike a place or a target.
    check(
        "上涨的城市个数为23个，持平的为4个。增速与全国持平，与年度计划目标持平。",
        &[
            "上涨的城市个数|23个|Count|Actual",
            "持平的城市个数|4个|Count|Actual",
        ],
    );
}

#[test]
fn nominal_and_real_rates_of_one_measure_are_told_apart() {
    check_comparisons(
        "全体居民人均可支配收入41314元，比上年名义增长5.3%，扣除价格因素实际增长5.1%。城镇、农村居民人均可支配收入分别实际增长4.4%和6.3%。实际利用外资12亿美元，增长3%。",
        &[
            ("全体居民人均可支配收入", "41314", None),
            ("全体居民人均可支配收入", "5.3", Some("比上年名义")),
            ("全体居民人均可支配收入", "5.1", Some("实际")),
            ("城镇居民人均可支配收入", "4.4", Some("实际")),
            ("农村居民人均可支配收入", "6.3", Some("实际")),
            ("实际利用外资", "12", None),
            ("实际利用外资", "3", None),
        ],
    );
}

#[test]
fn a_measure_is_named_by_its_name_in_brackets_after_how_it_is_reckoned() {
    check(
        "城镇常住人口94350万人，占全国人口比重（城镇化率）为66.16%，比上年末提高0.94个百分点。研发经费支出120亿元，与地区生产总值之比（研发投入强度）为2.8%。地方一般公共预算收入（扣除留抵退税因素）增长7.2%。",
        &[
            "城镇常住人口|94350万人|Count|Actual",
            "城镇化率|66.16%|Level|Actual",
            "城镇化率|0.94个百分点|PointChange|Actual",
            "研发经费支出|120亿元|Level|Actual",
            "研发投入强度|2.8%|Level|Actual",
            "地方一般公共预算收入|7.2%|Growth|Actual",
        ],
    );
}

#[test]
fn a_part_left_out_in_the_clause_before_names_another_measure() {
    check(
        "全国固定资产投资376212亿元，同比下降0.5%；扣除房地产开发投资，全国固定资产投资增长3.0%。扣除价格因素，社会消费品零售总额增长4%。",
        &[
            "固定资产投资|376212亿元|Level|Actual",
            "固定资产投资|-0.5%|Growth|Actual",
            "固定资产投资（扣除房地产开发投资）|3.0%|Growth|Actual",
            "社会消费品零售总额|4%|Growth|Actual",
        ],
    );
}

#[test]
fn a_comparison_may_be_said_as_the_way_figures_are_seen() {
    check_comparisons(
        "从环比看，三季度国内生产总值增长1.1%。",
        &[("国内生产总值", "1.1", Some("环比"))],
    );
}

#[test]
fn town_or_country_named_alone_is_of_the_measure_before() {
    check(
        "全年居民消费价格比上年上涨0.3%。其中，城市上涨0.4%，农村上涨0.1%。全国居民恩格尔系数为29.8%，其中城镇为28.8%，农村为32.3%。",
        &[
            "居民消费价格|0.3%|Growth|Actual",
            "城市居民消费价格|0.4%|Growth|Actual",
            "农村居民消费价格|0.1%|Growth|Actual",
            "居民恩格尔系数|29.8%|Level|Actual",
            "城镇居民恩格尔系数|28.8%|Level|Actual",
            "农村居民恩格尔系数|32.3%|Level|Actual",
        ],
    );
}

#[test]
fn a_share_given_is_of_the_whole_named_after_the_number() {
    check(
        "民营经济贡献了50%以上的税收、近七成的地区生产总值。全市民营企业占企业总数的95%以上。全省92%的建制村通了油路。",
        &[
            "民营经济贡献的税收|50%|Share|Actual",
            "民营经济贡献的地区生产总值|七成|Share|Actual",
            "民营企业占企业总数|95%|Share|Actual",
            "建制村通油路|92%|Level|Actual",
        ],
    );
}

#[test]
fn the_share_of_a_target_reached_is_a_result() {
    check(
        "新增城镇就业4230人，完成目标任务的141%。固定资产投资完成120亿元，完成年度目标的105%。",
        &[
            "新增城镇就业|4230人|Count|Actual",
            "新增城镇就业完成年度计划|141%|Level|Actual",
            "固定资产投资|120亿元|Level|Actual",
            "固定资产投资完成年度计划|105%|Level|Actual",
        ],
    );
}

#[test]
fn how_many_a_count_reached_is_named_after_it() {
    check(
        "改造老旧小区48个，涉及2.1万户。国家助学贷款最高额度增加4000元，惠及500多万在校生。",
        &[
            "改造老旧小区|48个|Count|Actual",
            "改造老旧小区涉及|2.1万户|Count|Actual",
            "国家助学贷款最高额度|4000元|Change|Actual",
            "在校生|500多万|Level|Actual",
        ],
    );
}

#[test]
fn a_caption_names_what_a_products_figures_measure_when_the_header_does_not() {
    check(
        "表1 2024年主要农产品产量及其增长速度\n产品名称\t单位\t绝对数\t比上年增长（%）\n粮食\t万吨\t312.5\t1.8\n油料\t万吨\t25.6\t持平",
        &[
            "粮食产量|312.5万吨|Level|Actual",
            "粮食产量|1.8%|Growth|Actual",
            "油料产量|25.6万吨|Level|Actual",
            "油料产量|持平%|Growth|Actual",
        ],
    );
}

#[test]
fn an_amount_converted_is_of_the_amount_before() {
    check(
        "实际使用外资8263亿元，下降27.1%，折1162亿美元，下降28.8%。",
        &[
            "实际使用外资|8263亿元|Level|Actual",
            "实际使用外资|-27.1%|Growth|Actual",
            "实际使用外资|1162亿美元|Level|Actual",
            "实际使用外资|-28.8%|Growth|Actual",
        ],
    );
}

#[test]
fn the_economy_s_growth_is_named_past_the_words_of_a_plan() {
    check(
        "今年的经济增长预期为7%左右。经济年均增长6.5%以上。",
        &["经济增长|7%|Growth|Target", "经济增长|6.5%|Growth|Actual"],
    );
}

#[test]
fn the_month_alone_after_the_months_so_far_is_when_not_what() {
    assert_eq!(
        periods("2025年1-6月，全市规模以上工业增加值同比增长7.2%；6月当月增长8.1%。"),
        [
            "规模以上工业增加值|7.2%|2025年1-6月",
            "规模以上工业增加值|8.1%|2025年6月"
        ]
    );
}

#[test]
fn a_total_over_a_plan_s_years_in_full_width_brackets_is_read_whole() {
    // (A closing bracket of three bytes had cut the cell inside it: a panic.)
    check(
        "# 某市“十五五”规划纲要主要指标\n\n| 指标 | 2025年 | 2030年 | 年均增长（%） | 属性 |\n|---|---|---|---|---|\n| 单位地区生产总值能耗降低（%） | — | — | 〔13.5〕 | 约束性 |\n| 研发经费投入强度（%） | 2.6 | 3.0 | ［0.4］ | 预期性 |",
        &[
            "单位地区生产总值能耗|-13.5%|Growth|Target",
            "研发经费投入强度|2.6%|Level|Actual",
            "研发经费投入强度|3.0%|Level|Target",
            "研发经费投入强度|0.4个百分点|PointChange|Target",
        ],
    );
}

#[test]
fn a_table_whose_caption_names_a_plan_sets_targets_past_its_base_year() {
    let plan = "| 指标 | 2025年 | 2030年 |\n|---|---|---|\n| 地区生产总值（亿元） | 5800 | 7600 |\n| 研发经费投入强度（%） | 2.6 | 3.0 |";
    check(
        &format!("# 某市“十五五”规划纲要主要指标\n\n{plan}"),
        &[
            "地区生产总值|5800亿元|Level|Actual",
            "地区生产总值|7600亿元|Level|Target",
            "研发经费投入强度|2.6%|Level|Actual",
            "研发经费投入强度|3.0%|Level|Target",
        ],
    );
    // (Not a table of how a plan was carried out.)
    check(
        &format!("# 某市“十四五”规划主要指标完成情况\n\n{plan}"),
        &[
            "地区生产总值|5800亿元|Level|Actual",
            "地区生产总值|7600亿元|Level|Actual",
            "研发经费投入强度|2.6%|Level|Actual",
            "研发经费投入强度|3.0%|Level|Actual",
        ],
    );
}

#[test]
fn a_rate_over_the_years_to_a_plan_s_last_year_is_of_the_plan() {
    assert_eq!(
        periods("2026年政府工作报告\n一、“十四五”时期工作回顾\n五年来，地区生产总值年均增长5.6%。\n二、“十五五”时期主要目标\n到2030年，地区生产总值突破1500亿元，年均增长6%左右。"),
        [
            "地区生产总值|5.6%|十四五",
            "地区生产总值|1500亿元|2030",
            "地区生产总值|6%|十五五",
        ]
    );
}

#[test]
fn a_caption_s_measure_ends_before_what_is_said_of_it() {
    check(
        "表1 2024年主要工业产品产量及增长速度\n产品名称\t单位\t绝对数\t比上年增长（%）\n原煤\t万吨\t312.5\t1.8\n发电量\t亿千瓦时\t25.6\t2.0",
        &[
            "原煤产量|312.5万吨|Level|Actual",
            "原煤产量|1.8%|Growth|Actual",
            "发电量|25.6亿千瓦时|Level|Actual",
            "发电量|2.0%|Growth|Actual",
        ],
    );
}

#[test]
fn a_clause_that_says_how_things_fared_names_the_level_they_came_to() {
    check(
        "五年来，规模以上工业企业由126家增加到218家，高新技术企业数量实现翻番，达到86家。",
        &[
            "规模以上工业企业|126家|Count|Actual",
            "规模以上工业企业|218家|Count|Actual",
            "高新技术企业数量|86家|Count|Actual",
        ],
    );
    check(
        "高新技术企业数量实现翻番，达到86家。",
        &["高新技术企业数量|86家|Count|Actual"],
    );
}

#[test]
fn what_a_change_came_of_is_named_without_saying_so() {
    check(
        "固定资产投资下降2.1%，主要是房地产开发投资下降18.3%。",
        &[
            "固定资产投资|-2.1%|Growth|Actual",
            "房地产开发投资|-18.3%|Growth|Actual",
        ],
    );
}

#[test]
fn the_whole_year_in_a_part_on_a_plan_s_years_is_the_year_reviewed() {
    assert_eq!(
        periods("政府工作报告\n——2026年2月在某县第十八届人民代表大会第六次会议上\n一、“十四五”时期工作回顾\n五年来，全县地区生产总值年均增长6.1%。\n全年新引进亿元以上项目56个。新增城镇就业5620人。\n二、“十五五”时期主要目标\n全年新增城镇就业6000人。"),
        [
            "地区生产总值|6.1%|十四五",
            "新引进亿元以上项目|56个|2025",
            "新增城镇就业|5620人|2025",
            "新增城镇就业|6000人|十五五",
        ]
    );
}

#[test]
fn a_rank_risen_to_and_a_rank_among_a_list_alone() {
    check(
        "县域综合实力跃升至全国百强县第86位，比上年前移9位。在全国百强县中位列第86位。地区生产总值增长5%，在全省21个地级以上市中居第7位。",
        &[
            "县域综合实力|86位|Rank|Actual",
            "县域综合实力|9位|Change|Actual",
            "全国百强县|86位|Rank|Actual",
            "地区生产总值|5%|Growth|Actual",
            "地区生产总值|7位|Rank|Actual",
        ],
    );
}

#[test]
fn a_table_titled_by_a_plan_s_indicators_sets_targets_and_rates_over_its_years() {
    let table = "| 指标 | 2025年 | 2030年 | 年均增长 |\n|---|---|---|---|\n| 地区生产总值（亿元） | 1200 | 1550 | 5.5% |\n| 常住人口城镇化率（%） | 68 | 72 | 〔4〕 |";
    let plan = format!("“十五五”时期经济社会发展主要指标\n\n{table}");
    check(
        &plan,
        &[
            "地区生产总值|1200亿元|Level|Actual",
            "地区生产总值|1550亿元|Level|Target",
            "地区生产总值|5.5%|Growth|Target",
            "常住人口城镇化率|68%|Level|Actual",
            "常住人口城镇化率|72%|Level|Target",
            "常住人口城镇化率|4个百分点|PointChange|Target",
        ],
    );
    assert_eq!(
        periods(&plan),
        [
            "地区生产总值|1200亿元|2025",
            "地区生产总值|1550亿元|2030",
            "地区生产总值|5.5%|十五五",
            "常住人口城镇化率|68%|2025",
            "常住人口城镇化率|72%|2030",
            "常住人口城镇化率|4个百分点|十五五",
        ]
    );
    // (A report dated after the plan's years reviews them; a table its title does not say is
    // a plan's has its rates over the years of its columns.)
    let dated = format!("# 某市2030年国民经济和社会发展统计公报\n\n某市统计局\n\n2031年3月1日\n\n全年地区生产总值增长5%。\n\n{plan}");
    assert_eq!(
        periods(&dated)[1..4],
        [
            "地区生产总值|1200亿元|2025",
            "地区生产总值|1550亿元|2030",
            "地区生产总值|5.5%|十五五",
        ]
    );
    assert!(crate::analyze_text(&dated)
        .metrics
        .iter()
        .all(|m| m.modality == crate::model::Modality::Actual));
    assert_eq!(
        periods(&format!("主要经济指标\n\n{table}"))[2],
        "地区生产总值|5.5%|2026—2030"
    );
}

#[test]
fn what_is_set_at_a_rate_is_named_after_it() {
    check(
        "今年拟按4%左右安排赤字率，赤字规模5.66万亿元。",
        &["赤字率|4%|Level|Target", "赤字规模|5.66万亿元|Level|Target"],
    );
}

#[test]
fn ranks_listed_with_and_are_each_of_their_measure_s_rate() {
    check(
        "规上工业增加值、固定资产投资、社会消费品零售总额分别增长8.6%、6.2%和5.1%，增速分别居全市第2、第4和第3位。",
        &[
            "规上工业增加值|8.6%|Growth|Actual",
            "固定资产投资|6.2%|Growth|Actual",
            "社会消费品零售总额|5.1%|Growth|Actual",
            "规上工业增加值增速|2位|Rank|Actual",
            "固定资产投资增速|4位|Rank|Actual",
            "社会消费品零售总额增速|3位|Rank|Actual",
        ],
    );
    check(
        "今年完成高标准农田建设5万亩。",
        &["高标准农田建设|5万亩|Level|Actual"],
    );
}

#[test]
fn a_list_before_how_its_change_was_reckoned_is_what_changed_each() {
    check(
        "城镇居民人均生活费收入和农民人均纯收入，扣除物价因素，年均分别增长百分之七点七和百分之四点五。",
        &[
            "城镇居民人均生活费收入|百分之七点七%|Growth|Actual",
            "农民人均纯收入|百分之四点五%|Growth|Actual",
        ],
    );
    // (A number joined to another after it names no noun: `和百分之四点五` is none.)
    check(
        "收入增长较快，增长百分之七点七和百分之四点五。",
        &[
            "收入|百分之七点七%|Growth|Actual",
            "收入|百分之四点五%|Growth|Actual",
        ],
    );
}

#[test]
fn always_is_no_part_of_what_was_kept_so() {
    check(
        "五年间，城镇调查失业率始终控制在5.5%以内。",
        &["城镇调查失业率|5.5%|Level|Actual"],
    );
}

#[test]
fn a_bound_kept_within_after_a_result_is_its_target() {
    check(
        "2025年，城镇登记失业率2.9%，控制在3.5%以内。",
        &[
            "城镇登记失业率|2.9%|Level|Actual",
            "城镇登记失业率|3.5%|Level|Target",
        ],
    );
    // (Without a result before it, what was kept within is the result.)
    check(
        "2025年，城镇调查失业率控制在5.5%以内。",
        &["城镇调查失业率|5.5%|Level|Actual"],
    );
}

#[test]
fn five_years_past_opening_a_paragraph_of_a_part_on_the_year_past_are_its_period() {
    // (The plan whose years they are, or the five years themselves.)
    assert_eq!(
        periods("政府工作报告\n——2026年1月20日在某省第十四届人民代表大会第五次会议上\n一、2025年和“十四五”时期工作回顾\n全省地区生产总值达到6.12万亿元。\n五年来，全省经济总量年均增长5.6%。人均地区生产总值由6.8万元提高到9.1万元。新增城镇就业累计超过450万人。今年以来新登记企业3万户。\n二、2026年工作安排\n地区生产总值增长5%左右。"),
        [
            "地区生产总值|6.12万亿元|2025",
            "经济总量|5.6%|十四五",
            "人均地区生产总值|6.8万元|2020",
            "人均地区生产总值|9.1万元|2025",
            "新增城镇就业|450万人|十四五",
            "新登记企业|3万户|2025",
            "地区生产总值|5%|2026",
        ]
    );
    assert_eq!(
        periods("政府工作报告\n——2024年1月在某市第十六届人民代表大会第四次会议上\n一、2023年工作回顾\n过去五年，全市累计新增城镇就业12万人。\n二、2024年工作安排\n地区生产总值增长5%左右。"),
        ["新增城镇就业|12万人|2019—2023", "地区生产总值|5%|2024"]
    );
}

#[test]
fn a_level_passed_over_a_plan_s_years_is_of_their_last() {
    // (Not a count of what they added.)
    assert_eq!(
        periods("“十三五”时期，国内生产总值超过100万亿元，城镇新增就业超过6000万人。"),
        [
            "国内生产总值|100万亿元|2020",
            "城镇新增就业|6000万人|十三五"
        ]
    );
}

#[test]
fn a_news_story_on_this_year_s_quarters_and_its_sources_one_after_another() {
    // (`今年前三季度…` in its title; `记者从…获悉，根据…结果，` before the time a sentence
    // opens with; a class of goods after goods named with their measure.)
    assert_eq!(
        periods("今年前三季度我省经济运行稳中有进\n记者从省统计局获悉，根据地区生产总值统一核算结果，前三季度全省地区生产总值46283亿元，同比增长5.4%。分产业看，第一产业增加值2905亿元，同比增长3.6%。\n限额以上单位中，新能源汽车零售额增长31.5%，通讯器材类增长18.9%。"),
        [
            "地区生产总值|46283亿元|前三季度",
            "地区生产总值|5.4%|前三季度",
            "第一产业增加值|2905亿元|前三季度",
            "第一产业增加值|3.6%|前三季度",
            "新能源汽车零售额|31.5%|前三季度",
            "通讯器材类零售额|18.9%|前三季度",
        ]
    );
    assert_eq!(
        periods("全省经济运行稳中有进\n记者从省统计局获悉，根据地区生产总值统一核算结果，前三季度全省地区生产总值46283亿元。分产业看，第一产业增加值2905亿元。"),
        ["地区生产总值|46283亿元|前三季度", "第一产业增加值|2905亿元|前三季度"]
    );
}

#[test]
fn a_result_over_its_target_and_a_target_that_whom_set() {
    check(
        "规模以上工业增加值增长8.1%，超过计划目标1.1个百分点。单位地区生产总值能耗下降3.5%，完成省下达的下降3.2%的目标任务。",
        &[
            "规模以上工业增加值|8.1%|Growth|Actual",
            "规模以上工业增加值|1.1个百分点|PointChange|Actual",
            "单位地区生产总值能耗|-3.5%|Growth|Actual",
            "单位地区生产总值能耗|-3.2%|Growth|Target",
        ],
    );
}

#[test]
fn a_list_of_levels_each_with_its_bound_and_a_bound_said_once_after_fenbie() {
    check(
        "城乡居民收入分别达到5.2万元以上和3万元以上。城乡居民收入增长分别不低于5.5%和7%。",
        &[
            "城镇居民收入|5.2万元|Level|Actual",
            "农村居民收入|3万元|Level|Actual",
            "城镇居民收入|5.5%|Growth|Actual",
            "农村居民收入|7%|Growth|Actual",
        ],
    );
    assert_eq!(
        crate::analyze_text("城乡居民收入增长分别不低于5.5%和7%。")
            .metrics
            .iter()
            .map(|m| m.qualifier.as_deref())
            .collect::<Vec<_>>(),
        [Some("不低于"), Some("不低于")]
    );
}

#[test]
fn a_breakdown_after_a_later_sentence_s_months_is_of_them() {
    assert_eq!(
        periods("2025年11月份全市经济运行情况\n11月份，全市规模以上工业增加值同比增长6.3%。1—11月份，规模以上工业增加值同比增长7.0%。分三大门类看，采矿业增加值增长2.1%，制造业增长7.6%。"),
        [
            "规模以上工业增加值|6.3%|2025年11月",
            "规模以上工业增加值|7.0%|2025年1—11月",
            "采矿业增加值|2.1%|2025年1—11月",
            "制造业增加值|7.6%|2025年1—11月",
        ]
    );
}

#[test]
fn no_change_said_than_a_year_before() {
    check(
        "居民消费价格比上年同期持平。粮食产量较上年持平。规模以上工业增加值与上年持平。",
        &[
            "居民消费价格|持平%|Growth|Actual",
            "粮食产量|持平%|Growth|Actual",
            "规模以上工业增加值|持平%|Growth|Actual",
        ],
    );
}

#[test]
fn a_threshold_passed_before_the_level_reached_is_not_a_row_of_its_own() {
    check(
        "规上工业总产值首次突破千亿元，达到1036亿元。全省地区生产总值迈上6万亿元新台阶，达到6.12万亿元。经济总量跨越4万亿元、5万亿元两个台阶。新能源汽车保有量突破15万辆。",
        &[
            "规上工业总产值|1036亿元|Level|Actual",
            "地区生产总值|6.12万亿元|Level|Actual",
            "经济总量|4万亿元|Level|Actual",
            "经济总量|5万亿元|Level|Actual",
            "新能源汽车保有量|15万辆|Count|Actual",
        ],
    );
}

#[test]
fn one_rate_of_each_of_a_list_of_measures() {
    check(
        "全市地区生产总值和一般公共预算收入均增长5%。",
        &[
            "地区生产总值|5%|Growth|Actual",
            "一般公共预算收入|5%|Growth|Actual",
        ],
    );
}

#[test]
fn a_rank_each_of_the_measures_before_held() {
    check(
        "地区生产总值、财政收入增速分别为6.2%和8.5%，均居全省第一位。",
        &[
            "地区生产总值增速|6.2%|Growth|Actual",
            "财政收入增速|8.5%|Growth|Actual",
            "地区生产总值增速|一位|Rank|Actual",
            "财政收入增速|一位|Rank|Actual",
        ],
    );
}

#[test]
fn a_part_of_the_year_opening_a_year_s_report_is_of_its_paragraph_until_the_whole_year() {
    let text = "某市2026年政府工作报告\n\n一、2025年工作回顾\n\n\
                前三季度，全市实现地区生产总值8765.43亿元，同比增长5.3%。\
                全年预计完成地区生产总值1.18万亿元，增长5.4%。新建公园5个。\n\n\
                新增就业5万人。";
    assert_eq!(
        periods(text),
        [
            "地区生产总值|8765.43亿元|2025年前三季度",
            "地区生产总值|5.3%|2025年前三季度",
            "地区生产总值|1.18万亿元|2025",
            "地区生产总值|5.4%|2025",
            "新建公园|5个|2025",
            "新增就业|5万人|2025",
        ]
    );
    // (A release without a year in its title: its opening part is the whole text's.)
    let text = "1-4月，全市一般公共预算收入123.4亿元。\n\n全市一般公共预算支出234.5亿元。";
    assert_eq!(
        periods(text),
        [
            "一般公共预算收入|123.4亿元|1-4月",
            "一般公共预算支出|234.5亿元|1-4月"
        ]
    );
}

#[test]
fn more_or_less_than_the_climate_s_usual_is_a_change_with_its_sign() {
    check(
        "全年平均气温较常年偏高0.8℃，降水量比常年偏少12%。日照时数比常年偏多56小时。",
        &[
            "平均气温|0.8℃|Change|Actual",
            "降水量|-12%|Growth|Actual",
            "日照时数|56小时|Change|Actual",
        ],
    );
}

#[test]
fn a_figure_per_head_after_a_clause_on_what_rose_is_of_it() {
    check(
        "企业退休人员养老金标准继续提高，年人均提高2556元。\
         社区干部生活补贴、环卫工人工资再次提高，年人均增加2400元。\
         城乡居民基础养老金最低标准提高20元，月人均达到143元。",
        &[
            "企业退休人员养老金标准|2556元|Change|Actual",
            "环卫工人工资|2400元|Change|Actual",
            "城乡居民基础养老金最低标准|20元|Change|Actual",
            "城乡居民基础养老金最低标准|143元|Level|Actual",
        ],
    );
}

#[test]
fn what_the_things_counted_came_to_is_no_part_of_their_noun() {
    check(
        "37个县域特色产业集群营收超4500亿元。5个项目投资超过10亿元。",
        &[
            "县域特色产业集群|37个|Count|Actual",
            "县域特色产业集群营收|4500亿元|Level|Actual",
            "项目|5个|Count|Actual",
            "项目投资|10亿元|Level|Actual",
        ],
    );
}

#[test]
fn a_figure_set_up_as_the_headline_of_what_says_it_again_is_no_metric() {
    check(
        "数字一：4%。今年赤字率拟按4%左右安排，赤字规模5.9万亿元。\n\
         数字二：1.3万亿元。拟发行超长期特别国债1.3万亿元。\n\
         关键数字：5.9万亿元",
        &[
            "赤字率|4%|Level|Target",
            "赤字规模|5.9万亿元|Level|Target",
            "超长期特别国债|1.3万亿元|Level|Target",
            "关键数字|5.9万亿元|Level|Actual",
        ],
    );
}

#[test]
fn a_result_past_the_year_s_plan_by_points_is_of_the_measure_and_actual() {
    check(
        "实施省市重点项目320个，完成投资1250亿元，超年度计划18.6个百分点。\
         地区生产总值增长5.6%，超过计划目标0.6个百分点。",
        &[
            "实施省市重点项目|320个|Count|Actual",
            "省市重点项目完成投资|1250亿元|Level|Actual",
            "省市重点项目完成投资|18.6个百分点|PointChange|Actual",
            "地区生产总值|5.6%|Growth|Actual",
            "地区生产总值|0.6个百分点|PointChange|Actual",
        ],
    );
}

#[test]
fn a_level_alone_after_things_of_another_level_counts_those_things() {
    check(
        "成功创建国家级绿色工厂8家、省级15家。新增国家级专精特新“小巨人”企业12家、省级56家。\
         全市共有省级以上开发区9个、市级5个。推进省级400个、市级3000个重点项目建设。",
        &[
            "成功创建国家级绿色工厂|8家|Count|Actual",
            "成功创建省级绿色工厂|15家|Count|Actual",
            "新增国家级专精特新“小巨人”企业|12家|Count|Actual",
            "新增省级专精特新“小巨人”企业|56家|Count|Actual",
            "省级以上开发区|9个|Count|Actual",
            "市级开发区|5个|Count|Actual",
            "省级重点项目|400个|Count|Actual",
            "市级重点项目|3000个|Count|Actual",
        ],
    );
}

#[test]
fn minutes_are_a_level_and_a_time_s_reach_names_a_kind_of_place() {
    check(
        "平均通勤时间缩短至35分钟。打造15分钟便民生活圈120个。15分钟养老服务圈基本形成。\
         全年生产电视动画片108271分钟。",
        &[
            "平均通勤时间|35分钟|Level|Actual",
            "打造15分钟便民生活圈|120个|Count|Actual",
            "生产电视动画片|108271分钟|Level|Actual",
        ],
    );
}

#[test]
fn a_measure_with_a_scope_of_its_own_after_a_semicolon_is_parallel_to_the_one_before() {
    check(
        "其中农业总产值一百四十二亿元，增长百分之四点五；工业总产值四百二十一亿元，增长百分之十三点六。",
        &[
            "农业总产值|一百四十二亿元|Level|Actual",
            "农业总产值|百分之四点五%|Growth|Actual",
            "工业总产值|四百二十一亿元|Level|Actual",
            "工业总产值|百分之十三点六%|Growth|Actual",
        ],
    );
}

#[test]
fn kinds_after_qizhong_said_with_their_verb_are_of_the_measure_of_the_whole() {
    check(
        "工农业总产值增长8%左右，其中农业增长4%，工业增长9%。",
        &[
            "工农业总产值|8%|Growth|Actual",
            "农业产值|4%|Growth|Actual",
            "工业产值|9%|Growth|Actual",
        ],
    );
    // (A target's, said so before its verb.)
    check(
        "一九八五年工农业总产值计划增长百分之八，其中农业增长百分之六。",
        &[
            "工农业总产值|百分之八%|Growth|Target",
            "农业产值|百分之六%|Growth|Target",
        ],
    );
}

#[test]
fn a_count_per_so_many_people_or_so_much_output_is_a_level() {
    check(
        "亿元地区生产总值生产安全事故死亡人数0.012人。全市万人发明专利拥有量达到25.6件。\
         新开工亿元以上项目56个。",
        &[
            "亿元地区生产总值生产安全事故死亡人数|0.012人|Level|Actual",
            "万人发明专利拥有量|25.6件|Level|Actual",
            "新开工亿元以上项目|56个|Count|Actual",
        ],
    );
}

#[test]
fn a_breakdown_in_the_paragraph_after_an_estimate_is_estimated_too() {
    check(
        "记者从市统计局获悉，经初步核算，2025年全市实现地区生产总值5012.3亿元，比上年增长5.8%。\n\
         分产业看，第一产业增加值312.4亿元，增长3.5%；第二产业增加值2103.5亿元，增长6.9%。\n\
         这是我市经济总量首次突破5000亿元大关。去年，全市居民人均可支配收入达到45678元。",
        &[
            "地区生产总值|5012.3亿元|Level|Estimate",
            "地区生产总值|5.8%|Growth|Estimate",
            "第一产业增加值|312.4亿元|Level|Estimate",
            "第一产业增加值|3.5%|Growth|Estimate",
            "第二产业增加值|2103.5亿元|Level|Estimate",
            "第二产业增加值|6.9%|Growth|Estimate",
            "经济总量|5000亿元|Level|Actual",
            "居民人均可支配收入|45678元|Level|Actual",
        ],
    );
}

#[test]
fn compared_with_last_year_s_final_accounts_or_outturn() {
    check(
        "市级一般公共预算收入完成98.76亿元，比上年决算数增长4.1%。基金收入50亿元，比上年预算数下降3%。",
        &[
            "市级一般公共预算收入|98.76亿元|Level|Actual",
            "市级一般公共预算收入|4.1%|Growth|Actual",
            "基金收入|50亿元|Level|Actual",
            "基金收入|-3%|Growth|Actual",
        ],
    );
}

#[test]
fn how_near_after_the_things_counted_and_where_a_rank_moved_from_name_nothing() {
    check(
        "解决了57个行政村近10万人的饮水安全问题。人均国内生产总值由居全国第13位上升到第11位。",
        &[
            "解决饮水安全问题的行政村|57个|Count|Actual",
            "解决饮水安全问题人数|10万人|Count|Actual",
            "人均国内生产总值|13位|Rank|Actual",
            "人均国内生产总值|11位|Rank|Actual",
        ],
    );
    // (A place of one character too.)
    check(
        "全市38个镇约5万户农户受益。",
        &["镇|38个|Count|Actual", "农户受益|5万户|Count|Actual"],
    );
}

#[test]
fn town_or_country_per_head_is_of_the_measure_of_both_that_rose() {
    check(
        "城乡最低生活保障标准逐年提高，城镇年人均提高600元，农村年人均提高200元，均高于自治区标准。",
        &[
            "城镇最低生活保障标准|600元|Change|Actual",
            "农村最低生活保障标准|200元|Change|Actual",
        ],
    );
}

#[test]
fn an_estimate_of_spending_is_one_though_its_word_ends_as_past_expectations_do() {
    check(
        "全市一般公共预算支出预计完成345.6亿元，增长1.8%。财政收入超出预期，达到100亿元。",
        &[
            "一般公共预算支出|345.6亿元|Level|Estimate",
            "一般公共预算支出|1.8%|Growth|Estimate",
            "财政收入|100亿元|Level|Actual",
        ],
    );
}

#[test]
fn how_sure_a_share_is_and_a_plan_to_set_aside_name_nothing() {
    check(
        "二、2026年预算安排\n全年民生支出预计占一般公共预算支出的80.2%。全市政府性基金预算支出计划安排95亿元，下降5%。",
        &[
            "民生支出占一般公共预算支出|80.2%|Share|Estimate",
            "政府性基金预算支出|95亿元|Level|Target",
            "政府性基金预算支出|-5%|Growth|Target",
        ],
    );
}

#[test]
fn the_figure_of_each_of_the_steps_passed_is_no_level_and_names_what_fared() {
    check(
        "经济总量连续跨越两个50亿元台阶，年均增长6.2%。进出口总额首次突破千亿大关，增长12%。",
        &[
            "经济总量|6.2%|Growth|Actual",
            "进出口总额|12%|Growth|Actual",
        ],
    );
}

#[test]
fn an_item_with_a_verb_of_its_own_and_a_measure_that_held_steady() {
    check(
        "2026年主要目标：全年引进内资800亿元、实际使用外资5亿美元；外贸进出口总额保持稳定，力争达到1200亿元。",
        &[
            "引进内资|800亿元|Level|Target",
            "实际使用外资|5亿美元|Level|Target",
            "外贸进出口总额|1200亿元|Level|Target",
        ],
    );
}

#[test]
fn about_so_much_growth_and_a_growth_in_double_digits() {
    check(
        "今年地区生产总值力争实现7%左右的增长。去年全市社会消费品零售总额实现两位数增长，达到820亿元。",
        &[
            "地区生产总值|7%|Growth|Target",
            "社会消费品零售总额|820亿元|Level|Actual",
        ],
    );
}

#[test]
fn a_bound_said_with_a_negation_is_no_part_of_the_indicator() {
    check(
        "地级及以上城市细颗粒物平均浓度不高于30微克/立方米，贫困发生率不到1%，人均耕地不足0.5亩。",
        &[
            "地级及以上城市细颗粒物平均浓度|30微克/立方米|Level|Actual",
            "贫困发生率|1%|Level|Actual",
            "人均耕地|0.5亩|Level|Actual",
        ],
    );
}

#[test]
fn two_measures_said_in_one_word_are_each_of_their_number() {
    check(
        "新能源汽车产销量分别完成958.7万辆和949.5万辆。全年一般公共预算收支分别完成412亿元和785亿元。",
        &[
            "新能源汽车产量|958.7万辆|Count|Actual",
            "新能源汽车销量|949.5万辆|Count|Actual",
            "一般公共预算收入|412亿元|Level|Actual",
            "一般公共预算支出|785亿元|Level|Actual",
        ],
    );
}

#[test]
fn a_multiple_of_a_place_s_mean_compares_with_it_and_a_rank_listed_names_nothing() {
    check_comparisons(
        "人均可支配收入相当于全国平均水平的1.2倍。农民收入是全省平均水平的1.5倍。全市进出口总额列全省第3位。",
        &[
            ("人均可支配收入", "1.2", Some("全国平均水平")),
            ("农民收入", "1.5", Some("全省平均水平")),
            ("进出口总额", "3", None),
        ],
    );
}

#[test]
fn a_note_s_mark_circled_or_raised_is_no_part_of_the_indicator() {
    check(
        "初步核算，全年全市地区生产总值①5432.18亿元，比上年增长5.6%。人均GDP²达到98650元。",
        &[
            "地区生产总值|5432.18亿元|Level|Estimate",
            "地区生产总值|5.6%|Growth|Estimate",
            "人均GDP|98650元|Level|Estimate",
        ],
    );
}

#[test]
fn an_adverb_before_the_verb_is_no_part_of_the_indicator() {
    check(
        "制造业占GDP比重可能早就低于30%。仅对制假售假违法活动立案查处的就达120多万起。制造业所占的比重依然在35%以上。",
        &[
            "制造业占GDP比重|30%|Share|Actual",
            "对制假售假违法活动立案查处|120多万起|Count|Actual",
            "制造业所占的比重|35%|Share|Actual",
        ],
    );
}

#[test]
fn money_lent_allotted_or_settled_is_named_by_the_noun_after_it() {
    check(
        "全年发放1200亿元创业担保贷款。下达3000亿元中央预算内投资。化解了国有商业银行和农村信用社等14486亿元金融改革成本。拨付50亿元支持灾区重建。",
        &[
            "创业担保贷款|1200亿元|Level|Actual",
            "中央预算内投资|3000亿元|Level|Actual",
            "金融改革成本|14486亿元|Level|Actual",
            "拨付|50亿元|Level|Actual",
        ],
    );
}

#[test]
fn a_rate_of_growth_named_so_is_a_growth_and_last_year_s_is_of_last_year() {
    check(
        "出口增长幅度为4.5%。社会消费品零售总额同比增长率为6.3%。人口自然增长率为0.5%。",
        &[
            "出口增长幅度|4.5%|Growth|Actual",
            "社会消费品零售总额增长率|6.3%|Growth|Actual",
            "人口自然增长率|0.5%|Level|Actual",
        ],
    );
    assert_eq!(
        periods("一、2024年工作回顾\n固定资产投资增长幅度由上年的8.6%回落到7.8%。"),
        [
            "固定资产投资增长幅度|8.6%|2023",
            "固定资产投资增长幅度|7.8%|2024"
        ]
    );
}

#[test]
fn a_year_before_the_place_said_as_ours_is_the_period() {
    assert_eq!(
        periods(
            "报告显示，2024年我国国内生产总值达到134.9万亿元，增长5%。2023年我市粮食产量120万吨。"
        ),
        [
            "国内生产总值|134.9万亿元|2024",
            "国内生产总值|5%|2024",
            "粮食产量|120万吨|2023"
        ]
    );
}

#[test]
fn a_change_after_a_note_in_brackets_is_of_what_the_note_is_of() {
    check(
        "年末民用汽车保有量35268万辆（包括三轮汽车和低速货车720万辆），比上年末增加1670万辆。城镇新增就业12万人（其中失业人员再就业3万人），同比增长5%。",
        &[
            "民用汽车保有量|35268万辆|Count|Actual",
            "三轮汽车和低速货车|720万辆|Count|Actual",
            "民用汽车保有量|1670万辆|Change|Actual",
            "城镇新增就业|12万人|Count|Actual",
            "失业人员再就业|3万人|Count|Actual",
            "城镇新增就业|5%|Growth|Actual",
        ],
    );
}

#[test]
fn what_a_bare_magnitude_counts_is_named_after_it() {
    // (What is had, `有`/`拥有`; what is in a state, `在校`, `在建`; an adverb before the verb,
    // `连年`, `就能`; and where a clause stands from, `…的基础上`, is no indicator.)
    check(
        "我国有2.9亿在校学生。对我们这样一个拥有14亿人口的发展中国家来说，十分不易。全年共有120个在建项目。粮食产量连年稳定在1.3万亿斤以上。有6.5%—7%的增速就能够实现比较充分的就业。",
        &[
            "在校学生|2.9亿|Level|Actual",
            "人口|14亿|Count|Actual",
            "在建项目|120个|Count|Actual",
            "粮食产量|1.3万亿斤|Level|Actual",
            "增速|6.5%—7%|Growth|Actual",
        ],
    );
    let analysis =
        crate::analyze_text("在连续两年增长百分之十三的基础上，安排这样的速度是比较合适的。");
    assert!(analysis.metrics.iter().all(|m| m.indicator != "基础上"));
}

#[test]
fn a_target_fixed_and_a_noun_before_another_figure_joined() {
    check(
        "全省经济增长预期目标确定为10%，是综合考虑各方面因素提出的。",
        &["经济增长|10%|Growth|Target"],
    );
    check(
        "完成了长达3500多公里的长江干堤和近千公里的黄河堤防加固工程。安排3000亿元的政府性基金和一般公共预算资金。",
        &[
            "长江干堤|3500多公里|Level|Actual",
            "黄河堤防加固工程|千公里|Level|Actual",
            "政府性基金和一般公共预算资金|3000亿元|Level|Actual",
        ],
    );
}

#[test]
fn a_part_counted_after_its_whole_is_of_it_and_an_amount_they_are_over_is_no_figure() {
    check(
        "33座大中型病险水库除险加固工程开工建设，其中26座已基本完成。新开工项目6700个，增长10%，其中500万元以上的2350个，是近10年来最多的一年。",
        &[
            "开工建设大中型病险水库除险加固工程|33座|Count|Actual",
            "开工建设大中型病险水库除险加固工程|26座|Count|Actual",
            "新开工项目|6700个|Count|Actual",
            "新开工项目|10%|Growth|Actual",
            "500万元以上的新开工项目|2350个|Count|Actual",
        ],
    );
}

#[test]
fn the_sectors_within_industry_take_the_measure_the_first_names() {
    check(
        "全年规模以上工业中，农副食品加工业增加值比上年增长3.0%，纺织业增长5.1%，电力、热力生产和供应业增长5.2%。",
        &[
            "农副食品加工业增加值|3.0%|Growth|Actual",
            "纺织业增加值|5.1%|Growth|Actual",
            "电力、热力生产和供应业增加值|5.2%|Growth|Actual",
        ],
    );
}

#[test]
fn money_won_from_above_is_named_by_the_noun_after_it() {
    check(
        "首批争得2.5亿元资金、近200个项目。累计发放1200亿元创业担保贷款。",
        &[
            "争得资金|2.5亿元|Level|Actual",
            "项目|200个|Count|Actual",
            "创业担保贷款|1200亿元|Level|Actual",
        ],
    );
}

#[test]
fn who_benefited_is_named_by_what_the_clause_before_did() {
    check(
        "向困难群众发放一次性生活补助，惠及1100多万人。加大对各类学校家庭困难学生资助力度，4.3亿人次受益。",
        &[
            "一次性生活补助惠及|1100多万人|Count|Actual",
            "各类学校家庭困难学生资助受益|4.3亿人次|Count|Actual",
        ],
    );
    // (Not from a clause of figures.)
    check(
        "提高企业退休人员基本养老金，全年人均增加1680元，5700多万人受益。",
        &[
            "企业退休人员基本养老金|1680元|Change|Actual",
            "受益|5700多万人|Count|Actual",
        ],
    );
}

#[test]
fn a_problem_solved_names_the_places_and_people_counted() {
    check(
        "全县解决了57个村近10万人的饮水安全问题。新解决200个村、20万人饮水安全问题。解决10万农村人口饮水安全问题，解决了4000户家庭的住房困难。",
        &[
            "解决饮水安全问题的村|57个|Count|Actual",
            "解决饮水安全问题人数|10万人|Count|Actual",
            "解决饮水安全问题的村|200个|Count|Actual",
            "解决饮水安全问题人数|20万人|Count|Actual",
            "解决饮水安全问题的农村人口|10万|Count|Actual",
            "解决住房困难的家庭|4000户|Count|Actual",
        ],
    );
    // (Who they are, not what they were paid: `…养老保障的历史遗留问题`.)
    check(
        "解决了500多万名集体企业退休人员养老保障的历史遗留问题。",
        &["解决历史遗留问题的集体企业退休人员|500多万名|Count|Actual"],
    );
    // (Migrant workers are people, `农民工`, not `农民`.)
    check(
        "帮助1.2万名农民工追回工资2.3亿元。",
        &[
            "农民工|1.2万名|Count|Actual",
            "农民工追回工资|2.3亿元|Level|Actual",
        ],
    );
}

#[test]
fn land_taken_visits_and_amounts_said_before() {
    check(
        "占地300亩的颛顼公园和占地600亩的孝义公园向市民开放。",
        &[
            "颛顼公园占地面积|300亩|Level|Actual",
            "孝义公园占地面积|600亩|Level|Actual",
        ],
    );
    check(
        "全年国内出游人次56.15亿，比上年增长15.4%。上述2万亿元资金全部下达地方。",
        &[
            "国内出游人次|56.15亿|Count|Actual",
            "国内出游人次|15.4%|Growth|Actual",
            "资金|2万亿元|Level|Actual",
        ],
    );
    // (About a thousand kilometres, and a list of lengths each with its noun.)
    check(
        "完成了长达3500多公里的长江干堤和近千公里的黄河堤防加固工程。",
        &[
            "长江干堤|3500多公里|Level|Actual",
            "黄河堤防加固工程|千公里|Level|Actual",
        ],
    );
}

#[test]
fn what_the_things_just_counted_involve_is_named_by_them() {
    check(
        "年内完成老旧小区改造86个、涉及居民1.2万户。退减缓税费超1430亿元、惠及市场主体427万户次。",
        &[
            "老旧小区改造|86个|Count|Actual",
            "老旧小区改造涉及居民|1.2万户|Count|Actual",
            "退减缓税费|1430亿元|Level|Actual",
            "退减缓税费惠及市场主体|427万户次|Count|Actual",
        ],
    );
}

#[test]
fn villagers_and_residents_in_a_bare_magnitude_are_counted() {
    check(
        "三期全面启动，11.5万村民的幸福回迁梦加快实现。开展“揭榜挂帅”3批次30-50项。3451.9万农村居民纳入保障范围。",
        &[
            "村民|11.5万|Count|Actual",
            "开展“揭榜挂帅”|3批次|Count|Actual",
            "开展“揭榜挂帅”|30-50项|Count|Actual",
            "农村居民|3451.9万|Count|Actual",
        ],
    );
}

#[test]
fn a_rate_with_nothing_before_it_is_named_after_it() {
    check(
        "从经济基本面和就业吸纳能力看，6.5%左右的增速可以实现比较充分的就业。完成了边庞路、蒲口连村道路等70公里农村公路新改建。",
        &[
            "增速|6.5%|Growth|Actual",
            "边庞路、蒲口连村道路|70公里|Level|Actual",
        ],
    );
}

#[test]
fn a_news_story_on_a_meeting_that_plans_the_rest_of_the_year_reports_its_first_half() {
    let page = "首页 > 新闻中心 > 要闻\n市政府召开常务会议 部署下半年经济工作\n\
                发布时间：2024-07-15 09:30 来源：市政府办公室\n\
                7月12日，市长主持召开市政府常务会议，研究部署下半年重点工作。\n\
                会议指出，上半年全市地区生产总值完成1562.3亿元，同比增长5.8%；规上工业增加值增长7.2%。\n\
                【打印本页】【关闭窗口】\n";
    let analysis = crate::analyze_text(page);
    // (Its headline is its title, no part that plans.)
    assert_eq!(
        analysis.document.title.as_deref(),
        Some("市政府召开常务会议 部署下半年经济工作")
    );
    assert!(analysis.sections.is_empty());
    check(
        page,
        &[
            "地区生产总值|1562.3亿元|Level|Actual",
            "地区生产总值|5.8%|Growth|Actual",
            "规上工业增加值|7.2%|Growth|Actual",
        ],
    );
    // (The half of the year the date had passed.)
    assert_eq!(
        periods(page),
        [
            "地区生产总值|1562.3亿元|2024年上半年",
            "地区生产总值|5.8%|2024年上半年",
            "规上工业增加值|7.2%|2024年上半年",
        ]
    );
    // (A part not yet over at the date is of the year before.)
    assert_eq!(
        periods("全市经济运行情况\n发布时间：2025-01-20\n四季度，全市地区生产总值增长5.1%。"),
        ["地区生产总值|5.1%|2024年四季度"]
    );
    // (And the page's controls at its end are no paragraph.)
    let last = analysis.paragraphs.last().map(|p| p.text.as_str());
    assert!(last.is_some_and(|t| t.starts_with("会议指出")), "{last:?}");
}

#[test]
fn more_than_so_many_times_or_tenths_is_bounded() {
    assert_eq!(
        rows_with(
            "出口额增长两倍多，网络销售额占比三成多。",
            |m| m.qualifier.as_deref()
        ),
        ["出口额|两倍|多", "网络销售额占比|三成|多"]
    );
}

#[test]
fn more_than_ten_in_chinese_numerals_is_a_count() {
    check(
        "引进企业十余家，新签约项目十几个，新建十多所学校，实施十项措施。",
        &[
            "引进企业|十余家|Count|Actual",
            "新签约项目|十几个|Count|Actual",
            "新建学校|十多所|Count|Actual",
        ],
    );
}

#[test]
fn the_first_place_is_a_rank_of_the_figure_before() {
    check(
        "全区财政收入增速居全省首位。实际使用外资1300多亿美元，继续位居发展中国家首位。货物进出口总额突破40万亿元，连续多年居世界第一。要把人民群众生命安全放在首位。",
        &[
            "财政收入增速|首位|Rank|Actual",
            "实际使用外资|1300多亿美元|Level|Actual",
            "实际使用外资|首位|Rank|Actual",
            "货物进出口总额|40万亿元|Level|Actual",
            "货物进出口总额|一|Rank|Actual",
        ],
    );
}

#[test]
fn a_growth_a_year_in_a_plans_table_is_named_by_its_measure_as_the_prose_names_it() {
    check(
        "主要指标\n指标\t2025年\t2030年\t属性\n地区生产总值年均增长（%）\t6.2\t5.5左右\t预期性\n常住人口城镇化率（%）\t68.5\t72\t预期性\n",
        &[
            "地区生产总值|6.2%|Growth|Actual",
            "地区生产总值|5.5%|Growth|Target",
            "常住人口城镇化率|68.5%|Level|Actual",
            "常住人口城镇化率|72%|Level|Target",
        ],
    );
}

#[test]
fn a_growth_set_as_a_target_with_nothing_named_is_the_economys() {
    check(
        "会议要求，要锚定全年增长6%的目标，全力冲刺三季度。全力实现增长5%左右的预期目标。",
        &["经济增长|6%|Growth|Target", "经济增长|5%|Growth|Target"],
    );
}
