use super::*;
use crate::normalize::normalize;

/// The document facts the outline reads from `source`.
fn document(source: &str) -> DocumentFacts {
    outline(normalize(source).blocks).document
}

/// The roles of a text's sections, in order.
fn roles(text: &str) -> Vec<SectionRole> {
    let outline = outline(normalize(text).blocks);
    outline.sections.iter().map(|s| s.role).collect()
}

/// Renders the outline as indented `label title` lines.
fn check(source: &str, expected: &str) {
    let outline = outline(normalize(source).blocks);
    let got: Vec<String> = outline
        .sections
        .iter()
        .map(|s| {
            format!(
                "{}{}{}",
                "  ".repeat(s.level as usize - 1),
                s.label,
                s.title
            )
        })
        .collect();
    assert_eq!(got.join("\n"), expected.trim_matches('\n'));
}

#[test]
fn numbering_that_starts_again_inside_a_part_of_its_kind_is_a_list_in_it() {
    // 河北省 2002: the year's tasks numbered `一、` to `五、` under part `二、`.
    check(
        "各位代表：\n一、2001年工作的回顾\n1、国民经济稳步增长\n2、结构调整步伐加快\n二、2002年工作的总体要求和主要任务\n今年工作的总体要求是：加快发展。\n一、推进结构调整，发展壮大龙型经济\n1、加强项目工作\n二、深入实施三大主体战略\n三、加强政府自身建设",
        "
一、2001年工作的回顾
  1、国民经济稳步增长
  2、结构调整步伐加快
二、2002年工作的总体要求和主要任务
  一、推进结构调整，发展壮大龙型经济
    1、加强项目工作
  二、深入实施三大主体战略
  三、加强政府自身建设",
    );
    // Not a report's text again after its last part, whose parts had sections of their own.
    check(
        "一、2001年工作的回顾\n1、国民经济稳步增长\n二、2002年的主要任务\n1、推进结构调整\n一、2001年工作的回顾\n1、国民经济稳步增长",
        "
一、2001年工作的回顾
  1、国民经济稳步增长
二、2002年的主要任务
  1、推进结构调整
一、2001年工作的回顾
  1、国民经济稳步增长",
    );
}

#[test]
fn a_review_told_under_a_heading_without_a_number_ends_at_the_numbered_parts() {
    // The national report of 2002: the review of 2001 under `首先报告２００１年的工作`, told in
    // paragraphs with run-in headings, then the year's work in numbered parts.
    check(
        "各位代表：\n首先报告２００１年的工作\n新世纪第一年，各方面取得了新的重大成就。\n国民经济保持良好发展势头。２００１年国内生产总值达到９５９３３亿元。\n经济体制改革进一步深化。国有企业改革继续推进。\n城乡人民生活继续改善。城镇居民人均可支配收入实际增长８．５％。\n一、扩大和培育内需，促进经济较快增长\n今年拟发行1500亿元长期建设国债。\n二、适应加入世贸组织新形势",
        "
首先报告2001年的工作
一、扩大和培育内需，促进经济较快增长
二、适应加入世贸组织新形势",
    );
    // (A review whose numbered sections follow its heading keeps them: 河北省 2003.)
    check(
        "过去五年回顾和2002年工作情况\n五年来，全省经济社会发展取得了显著成就。\n一、国民经济持续快速健康发展\n二、经济体制改革取得重要进展",
        "
过去五年回顾和2002年工作情况
  一、国民经济持续快速健康发展
  二、经济体制改革取得重要进展",
    );
}

#[test]
fn a_greeting_inside_a_part_does_not_open_the_body() {
    // An excerpt of the national report of 1993 that opens at its part 二.
    check(
        "二、争取国民经济再上一个新台阶\n今后五年是实现我国现代化建设第二步战略目标的关键性五年。\n各位代表！１９９３年是全面贯彻落实党的十四大精神的一年。今年国民生产总值计划增长百分之八。\n四、认真进行行政管理体制和政府机构改革\n通过改革，国务院组成部门设置４１个。",
        "
二、争取国民经济再上一个新台阶
四、认真进行行政管理体制和政府机构改革",
    );
}

#[test]
fn nests_parts_sections_and_items() {
    check(
        "各位代表：\n一、2022年工作回顾\n（一）经济发展\n1.工业\n2.服务业\n（二）民生\n二、2023年工作安排\n（一）扩大内需。把恢复和扩大消费摆在优先位置，增强消费能力。",
        "
一、2022年工作回顾
  （一）经济发展
    1.工业
    2.服务业
  （二）民生
二、2023年工作安排
  （一）扩大内需",
    );
}

#[test]
fn splits_a_heading_that_runs_on_into_its_paragraph() {
    let outline = outline(
        normalize(
            "各位代表：\n一、工作安排\n（一）着力扩大国内需求。把恢复和扩大消费摆在优先位置。",
        )
        .blocks,
    );
    assert_eq!(outline.sections[1].title, "着力扩大国内需求");
    let body = outline.paragraphs.last().map(|p| p.text.as_str());
    assert_eq!(body, Some("把恢复和扩大消费摆在优先位置。"));
    assert_eq!(
        outline.paragraphs.last().and_then(|p| p.section),
        Some(SectionId(1))
    );
}

#[test]
fn enumerations_inside_paragraphs_are_not_headings() {
    check(
        "各位代表：\n一是保持宏观政策连续性。二是优化政策。\n一年来，我们坚持稳中求进。",
        "",
    );
}

#[test]
fn numbering_that_skips_is_kept_with_a_diagnostic() {
    let outline = outline(normalize("各位代表：\n一、回顾\n三、安排\n").blocks);
    assert_eq!(outline.sections.len(), 2);
    assert_eq!(outline.diagnostics.len(), 1);
    assert_eq!(outline.diagnostics[0].code, "numbering-skip");
}

#[test]
fn an_appendix_restarts_numbering() {
    check(
        "一、综合\n全年增长5%。\n二、农业\n粮食增产。\n注释：\n[1]本公报中数据均为初步统计数。",
        "
一、综合
二、农业
注释",
    );
}

#[test]
fn the_periods_reviewed_and_planned_as_the_part_titles_name_them() {
    let periods = |source: &str| {
        let d = outline(normalize(source).blocks).document;
        (d.review_period, d.plan_period)
    };
    // A news story's title on a year's targets names the plan's year (not a result's year
    // before another's targets).
    assert_eq!(
        periods("政府工作报告解读：2025年经济预期目标与政策导向\n国内生产总值增长5%左右。"),
        (Some("2024".into()), Some("2025".into()))
    );
    // (So does one on the year's sessions, or its report.)
    assert_eq!(
        periods("2026年全国两会｜政府工作报告里的这些数字与你有关\n赤字率拟按4%左右安排。"),
        (Some("2025".into()), Some("2026".into()))
    );
    assert_eq!(
        periods("一图读懂2026年政府工作报告\n赤字率拟按4%左右安排。"),
        (Some("2025".into()), Some("2026".into()))
    );
    assert_eq!(
        periods("两会｜2025年GDP增长5% 今年经济增长预期目标为4.5%至5%\n国内生产总值增长5%。"),
        (Some("2025".into()), None)
    );
    // A dated release on a part of the year is of its date's year (not one on the whole year,
    // out the year after).
    let review = |source: &str| crate::analyze_text(source).document.review_period;
    assert_eq!(
        review("国家统计局：三季度GDP同比增长4.9%\n（2020年10月19日）\n前三季度，国内生产总值增长0.7%。")
            .as_deref(),
        Some("2020")
    );
    assert_eq!(
        review("国家统计局：全年GDP同比增长2.3%\n（2021年1月18日）\n全年国内生产总值增长2.3%。"),
        None
    );
    // A communique without its title: the year its first paragraph opens with, after how the
    // figures were reckoned.
    assert_eq!(
        periods("一、综合\n经初步核算，2023年，全县实现地区生产总值261.7亿元。\n二、农业\n全县粮食产量31.6万吨。").0,
        Some("2023".into())
    );
    // (Or before the whole place it measures: `初步测算，2015年全县地区生产总值…`.)
    assert_eq!(
        periods("一、综合\n初步测算，2015年全县地区生产总值244394万元。\n二、农业\n全年粮食总产量46695吨。").0,
        Some("2015".into())
    );
    // (Not a year said before a place in a sentence that opens with no reckoning.)
    assert_eq!(
        periods("一、综合\n2015年全县地区生产总值244394万元。\n二、农业\n全年粮食总产量46695吨。")
            .0,
        None
    );
    // A story on a work report that tells the year it reviews.
    assert_eq!(
        periods(
            "1月15日，某省人大会议开幕，省长向大会作政府工作报告。报告回顾了2024年的工作成果。\n\
             预计全省地区生产总值迈上14万亿元新台阶。"
        ),
        (Some("2024".into()), Some("2025".into()))
    );
    // (Not a time since: `回顾2020年以来…`.)
    assert_eq!(
        periods("省长作政府工作报告，回顾2020年以来的发展成就。\n全省地区生产总值迈上新台阶。"),
        (None, None)
    );
    // A story on a work report that tells the year of its targets.
    assert_eq!(
        periods(
            "2月19日，某区第六届人民代表大会第四次会议开幕。\n\
             代区长在报告中提出了2019年经济社会发展主要预期目标：地区生产总值增长9%。"
        ),
        (Some("2018".into()), Some("2019".into()))
    );
    // (Or after who gives them, in a news story.)
    assert_eq!(
        periods("国家统计局17日发布数据显示，2024年，全年国内生产总值1349084亿元。\n去年，粮食产量达14130亿斤。").0,
        Some("2024".into())
    );
    // An undated story on a work report that says which year this one is.
    assert_eq!(
        periods(
            "广东省十四届人大二次会议今日上午开幕。省长作政府工作报告时表示，今年（2024年）\
             广东省发展面临的有利条件强于不利因素。\n今年的主要预期目标是：地区生产总值增长5%。"
        ),
        (Some("2023".into()), Some("2024".into()))
    );
    // A release without a title whose opening names no year: the year of the part of it
    // its next paragraph opens on.
    assert_eq!(
        periods(
            "今年以来，全市经济运行稳中向好。\n根据市级生产总值统一核算结果，2025年上半年，\
             全市地区生产总值为3022亿元。\n一是农业生产保持稳定。上半年，农林牧渔业总产值增长4.3%。"
        ),
        (Some("2025".into()), None)
    );
    // Or one that lists the report's parts.
    assert_eq!(
        periods(
            "县长代表县政府向大会作政府工作报告。报告共分四个部分：一、2024年工作回顾。\
             二、2025年总体思路和主要预期目标。\n全年完成地区生产总值112.96亿元，增长6.6%。"
        ),
        (Some("2024".into()), Some("2025".into()))
    );
    // (Not a story that names no review.)
    assert_eq!(
        periods("县长作政府工作报告。报告回顾了过去五年的工作。\n全年地区生产总值增长6.6%。"),
        (None, None)
    );
    // (Not a release on this year so far, whose results are of it.)
    assert_eq!(
        periods("全市经济运行情况\n今年(2024年)以来，全市地区生产总值增长5%。"),
        (None, None)
    );
    // An older plan named as one, in a title of a review.
    assert_eq!(
        periods("一、“九五”回顾\n全省经济较快发展。\n二、关于“十五”计划\n今后五年的主要目标是。"),
        (Some("九五".into()), Some("十五".into()))
    );
    // A plan's part that names the plan before it and its own plans for its own.
    assert_eq!(
        periods(
            "一、2020年工作回顾\n全省经济稳定恢复。\n\
             二、“十三五”时期发展成就和“十四五”时期主要目标任务\n今后五年的主要目标是。"
        ),
        (Some("2020".into()), Some("十四五".into()))
    );
    // A review's title that names no year: the year its first paragraph opens with, and the
    // plan's part that names the next is the plan.
    assert_eq!(
        periods(
            "一、回顾过去，成绩斐然\n刚刚过去的2025年，是“十四五”规划的收官之年。\n\
             二、全力以赴抓好2026年经济工作\n地区生产总值增长6%左右。"
        ),
        (Some("2025".into()), Some("2026".into()))
    );
    // Or the year before the plan's.
    assert_eq!(
        periods("一、一年来工作回顾\n经济平稳较快增长。\n二、2004年主要任务\n保持经济增长。"),
        (Some("2003".into()), Some("2004".into()))
    );
}

#[test]
fn reads_the_document_facts() {
    let outline = outline(normalize("政 府 工 作 报 告\n\n——2023年3月5日在第十四届全国人民代表大会第一次会议上\n\n国务院总理 李克强\n\n各位代表：\n一、过去一年工作回顾\n二、2023年工作安排").blocks);
    let d = &outline.document;
    assert_eq!(d.title.as_deref(), Some("政府工作报告"));
    assert_eq!(d.kind, crate::model::DocumentKind::GovernmentWorkReport);
    assert_eq!(d.date.as_deref(), Some("2023-03-05"));
    assert_eq!(d.speaker.as_deref(), Some("国务院总理 李克强"));
    assert_eq!(d.plan_period.as_deref(), Some("2023"));
    assert_eq!(outline.sections[0].role, SectionRole::Review);
    assert_eq!(outline.sections[1].role, SectionRole::Plan);
    assert!(outline.paragraphs[0].front_matter);
}

#[test]
fn a_meeting_line_without_a_dash_or_in_brackets_gives_the_date() {
    for line in [
        "2025年2月11日在嘉兴市第九届人民代表大会第五次会议上",
        "（2024年1月21日在北京市第十六届人民代表大会第二次会议上）",
    ] {
        let source = format!(
            "政府工作报告\n{line}\n市长 李军\n各位代表：\n现在，我代表市人民政府向大会报告工作。"
        );
        let document = document(&source);
        let (meeting, date) = (document.meeting.unwrap_or_default(), document.date);
        assert!(meeting.ends_with("会议上"), "{line}");
        assert_eq!(
            date.as_deref().map(|d| &d[..4]),
            Some(&line[line.find('2').unwrap()..][..4])
        );
    }
    // The date of a meeting written in Chinese numerals.
    for (line, date) in [
        (
            "二〇一九年一月十四日在河北省第十三届人民代表大会第二次会议上",
            "2019-01-14",
        ),
        (
            "二0一二年一月六日在河北省第十一届人民代表大会第五次会议上",
            "2012-01-06",
        ),
        (
            "二〇二〇年十二月三十一日在县第十届人民代表大会第五次会议上",
            "2020-12-31",
        ),
        (
            "二〇〇八年一月在河北省第十一届人民代表大会第一次会议上",
            "2008-01",
        ),
    ] {
        let source =
            format!("政府工作报告\n{line}\n各位代表：\n现在，我代表市人民政府向大会报告工作。");
        let document = document(&source);
        assert_eq!(document.date.as_deref(), Some(date), "{line}");
    }
    // A dated sentence of the body is not a meeting line.
    let source = "政府工作报告\n各位代表：\n2024年1月在全市开展了专项行动，会议上明确了任务。";
    assert_eq!(document(source).meeting, None);
}

#[test]
fn a_numbered_item_that_states_figures_in_clauses_is_a_paragraph() {
    check(
        "六、财政收入\n1、公共财政预算收入完成58.2亿元，同比下降2.9%。\n2、政府性基金收入完成3.1亿元，同比下降65.7%。\n（一）经济运行稳中有进，地区生产总值增长5%。",
        "六、财政收入\n  （一）经济运行稳中有进，地区生产总值增长5%",
    );
    // Under any number, a sentence of figures the paragraph goes on after is its first
    // sentence; not a count, which names a subject; nor two numbers listed.
    check(
        "一、综合\n（一）全年粮食产量达到557亿斤。其中小麦产量200亿斤。\n\
         （二）重拳出击创优环境，四项行动成效明显。开展城市管理行动。\n\
         一、二产业增加值分别增长3.2%和5.1%。",
        "一、综合\n  （二）重拳出击创优环境，四项行动成效明显",
    );
}

#[test]
fn the_speaker_keeps_a_space_between_title_and_name() {
    for (line, speaker) in [
        ("市长 李 军", "市长 李军"),
        ("北京市市长殷勇", "北京市市长 殷勇"),
        ("西青区区长 殷学武", "西青区区长 殷学武"),
    ] {
        let source =
            format!("政府工作报告\n{line}\n各位代表：\n现在，我代表市人民政府向大会报告工作。");
        let document = document(&source);
        assert_eq!(document.speaker.as_deref(), Some(speaker), "{line}");
    }
}

#[test]
fn a_date_line_in_ascii_brackets_gives_the_day() {
    let source = "政府工作报告\n——2008年1月在某省第十一届人民代表大会第一次会议上\n某省省长 某某\n(2008年1月23日)\n各位代表:\n现在,我代表省人民政府向大会作工作报告。";
    let document = document(source);
    assert_eq!(document.date.as_deref(), Some("2008-01-23"));
    assert_eq!(
        document.meeting.as_deref(),
        Some("2008年1月在某省第十一届人民代表大会第一次会议上")
    );
}

#[test]
fn a_recorded_title_loses_its_meeting_when_the_text_states_it_too() {
    let source = "2010年1月26日在某市第十三届人民代表大会第三次会议上\n各位代表：\n现在，我代表市人民政府向大会报告工作。";
    let title = "某市政府工作报告——2010年1月26日在某市第十三届人民代表大会第三次会议上";
    let recorded = Recorded {
        title: Some((title.to_owned(), crate::span::Span::new(0, title.len()))),
        ..Recorded::default()
    };
    let document = outline_recorded(normalize(source).blocks, recorded).document;
    assert_eq!(document.title.as_deref(), Some("某市政府工作报告"));
    assert_eq!(document.date.as_deref(), Some("2010-01-26"));
}

#[test]
fn dates_written_in_english() {
    for (text, date) in [
        ("Mon, 18 Oct 2021 04:50:16 GMT", Some("2021-10-18")),
        ("October 18, 2021", Some("2021-10-18")),
        ("18 October 2021", Some("2021-10-18")),
        ("Oct 2021", None),
        ("Monday", None),
    ] {
        assert_eq!(
            super::facts::iso_date_english(text).as_deref(),
            date,
            "{text}"
        );
    }
}

#[test]
fn a_budget_or_plan_report_says_its_years_in_its_title_or_its_opening() {
    // (Source, period reviewed, period planned.)
    let cases: &[(&str, Option<&str>, Option<&str>)] = &[
        (
            "关于2023年预算执行情况和2024年预算草案的报告\n一、预算执行情况\n一般公共预算收入24亿元。\n二、预算草案\n一般公共预算收入安排25亿元。",
            Some("2023"),
            Some("2024"),
        ),
        // Final accounts are of a year past.
        (
            "2023年泉港区财政收支决算草案\n一、财政收支决算情况\n一般公共预算收入24亿元。",
            Some("2023"),
            None,
        ),
        (
            "——2020年5月12日在某县第十八届人民代表大会第五次会议上\n县财政局局长 某某\n各位代表：\n受县人民政府委托，我向大会书面报告某县2019年财政预算执行情况和2020年财政预算草案，请予审议。\n一、预算执行情况\n一般公共预算收入24亿元。",
            Some("2019"),
            Some("2020"),
        ),
        // And a plan report's.
        (
            "关于2022年国民经济和社会发展计划执行情况与2023年计划草案的报告\n一、计划执行情况\n地区生产总值增长5%。",
            Some("2022"),
            Some("2023"),
        ),
        (
            "咸阳市2023年国民经济和社会发展计划\n主要预期目标是：生产总值增长6%左右。",
            None,
            Some("2023"),
        ),
    ];
    for &(source, reviewed, planned) in cases {
        let d = crate::analyze_text(source).document;
        assert_eq!(
            (d.review_period.as_deref(), d.plan_period.as_deref()),
            (reviewed, planned),
            "{source}"
        );
    }
}

#[test]
fn a_budget_report_without_a_title_is_told_by_what_it_reports() {
    let source = "——2020年5月12日在某县第十八届人民代表大会第五次会议上\n县财政局局长 某某\n各位代表：\n受县人民政府委托，我向大会书面报告某县2019年财政预算执行情况和2020年财政预算草案，请予审议。";
    let document = document(source);
    assert_eq!(document.kind, crate::model::DocumentKind::BudgetReport);
}

#[test]
fn a_title_and_a_speaker_split_over_lines_of_their_own() {
    let source = "政府工作报\n告\n\n——2017年3月5日在第十二届全国人民代表大会第五次会议上\n\n国务院总理\n　李克强\n\n各位代表：\n\n现在，我代表国务院，向大会报告政府工作。";
    let document = document(source);
    assert_eq!(document.title.as_deref(), Some("政府工作报告"));
    assert_eq!(document.speaker.as_deref(), Some("国务院总理 李克强"));
    assert_eq!(document.date.as_deref(), Some("2017-03-05"));
}

#[test]
fn parts_headed_without_numbers_in_a_newspaper_summary() {
    let source = "2026年某省政府工作报告\n来源：某某日报\n“十四五”时期经济社会发展回顾\n过去五年，全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元，经济实力跃上新台阶。\n2026年主要工作\n主要预期目标是：地区生产总值增长5%以上。\n（二）充分挖掘内需潜力\n建成县域快递物流中心44个。";
    let outline = outline(normalize(source).blocks);
    let sections: Vec<(u8, &str, SectionRole)> = outline
        .sections
        .iter()
        .map(|s| (s.level, s.title.as_str(), s.role))
        .collect();
    assert_eq!(
        sections,
        [
            (1, "“十四五”时期经济社会发展回顾", SectionRole::Review),
            (1, "2026年主要工作", SectionRole::Plan),
            (2, "充分挖掘内需潜力", SectionRole::Plan),
        ]
    );
    // A title is no part's heading, nor a line with punctuation.
    assert!(!is_bare_heading(
        "关于2025年预算执行情况和2026年预算草案的报告"
    ));
    // With a colon only when it names its year in digits: `今年主要工作：` leads a list in.
    assert!(is_bare_heading("2026年主要工作："));
    // (A news headline on the year's results: `今年` alone says no plan.)
    assert!(!is_bare_heading("今年全国粮食再获丰收"));
    assert!(is_bare_heading("今年主要目标任务"));
    assert!(!is_bare_heading("今年主要工作："));
    assert!(!is_bare_heading("2026年主要工作：一是"));
}

#[test]
fn a_part_of_a_review_that_names_key_work_reviews_it() {
    let text = "一、2013年工作回顾\n（一）经济保持平稳增长。生产总值增长9%。\n（二）聚焦聚力攻坚克难，重点工作取得突破。关停土小企业4757家。\n（三）今年重点工作安排\n新增就业5万人。\n二、2014年工作安排\n生产总值增长8%。\n";
    assert_eq!(
        roles(text),
        [
            SectionRole::Review,
            SectionRole::Review,
            SectionRole::Review,
            SectionRole::Plan,
            SectionRole::Plan,
        ]
    );
}

#[test]
fn parts_after_a_lead_in_that_announces_the_year_s_work_are_the_plan() {
    // A page that holds only the plan: its parts follow `突出抓好十方面工作：`.
    let source = "经济社会发展的主要预期目标是：生产总值增长6%以上。\n具体工作中，突出抓好十方面工作：\n（一）聚力创新驱动发展，推动产业转型升级。全年新增高新技术企业70家。\n（二）聚力推动扩大内需，增强内生发展动力。建成50个口袋公园。";
    let analysis = crate::analyze_text(source);
    let roles: Vec<_> = analysis.sections.iter().map(|s| s.role).collect();
    assert_eq!(roles, [SectionRole::Plan, SectionRole::Plan]);
    assert!(analysis
        .metrics
        .iter()
        .all(|m| m.modality == crate::model::Modality::Target));
}

#[test]
fn an_undated_meeting_line_takes_its_date_from_a_line_of_its_own() {
    let source = "在河北省第十届人民代表大会第一次会议上\n河北省代省长 季允石\n（二〇〇三年一月十日）\n各位代表：\n现在，我代表河北省人民政府向大会作工作报告。";
    let document = document(source);
    assert_eq!(
        document.meeting.as_deref(),
        Some("在河北省第十届人民代表大会第一次会议上")
    );
    assert_eq!(document.date.as_deref(), Some("2003-01-10"));
    assert_eq!(document.speaker.as_deref(), Some("河北省代省长 季允石"));
}

#[test]
fn a_title_cut_by_a_pages_links_is_read_whole() {
    let source = "首页\n\n领导之窗\n\n政府信息公开\n\n政务服务\n\n当前位置：\n\n首页\n\n>>\n\n政府工作报告\n\n2001年01月08日\n\n【\n\n字体：\n\n大\n\n中\n\n小\n\n】\n\n关于河北省国民\n\n经济和社会发\n\n展第十个五年计划纲要的报告\n\n—在河北省第九届人民代表大会第四次会议上\n\n河北省人民政府省长 钮茂生\n\n各位代表：\n\n现在，我代表河北省人民政府向大会报告工作。";
    let document = document(source);
    assert_eq!(
        document.title.as_deref(),
        Some("关于河北省国民经济和社会发展第十个五年计划纲要的报告")
    );
}

#[test]
fn a_meeting_recorded_above_the_text_is_the_documents() {
    let source = "标题：某县2025年政府工作报告\n会议：某县第十八届人民代表大会第五次会议\n来源URL：https://example.org/1\n\n正文：\n\n2024年工作回顾：\n\n2024年，我们推动各项工作取得新进展。";
    let analysis = crate::analyze_text(source);
    assert_eq!(
        analysis.document.meeting.as_deref(),
        Some("某县第十八届人民代表大会第五次会议")
    );
    assert_eq!(
        analysis.document.title.as_deref(),
        Some("某县2025年政府工作报告")
    );
    // (The whole block above the text goes, `正文：` with it.)
    assert_eq!(analysis.removed.len(), 4);
    assert!(analysis.paragraphs[0].text.starts_with("2024年，"));
}

#[test]
fn short_paragraphs_of_figures_are_the_body_not_front_matter() {
    // An excerpt, or a communiqué's short paragraphs: each a sentence of figures under 60
    // characters; the title above them stays the title.
    let outline = outline(
        normalize(
            "某市2023年统计公报\n\n全年地区生产总值增长5.5%。\n\n主要预期目标是：\n\n城镇新增就业1.2万人；\n\n一般公共预算收入增长5%。",
        )
        .blocks,
    );
    assert_eq!(
        outline.document.title.as_deref(),
        Some("某市2023年统计公报")
    );
    let front: Vec<bool> = outline.paragraphs.iter().map(|p| p.front_matter).collect();
    assert_eq!(front, [true, false, false, false, false]);
}

#[test]
fn a_news_page_s_headline_is_its_title() {
    let analysis = crate::analyze_text(
        "首页 | 新闻中心 | 政务公开 | 办事服务\n前三季度我市经济运行稳中向好\n来源：市统计局\n\
         前三季度，全市实现地区生产总值2865.3亿元，同比增长5.4%。",
    );
    assert_eq!(
        analysis.document.title.as_deref(),
        Some("前三季度我市经济运行稳中向好")
    );
    // (A title the scraper recorded goes before it.)
    let analysis = crate::analyze_text(
        "标题：某县2025年政府工作报告\n正文：\n工作回顾\n2024年，全县地区生产总值增长5.2%。",
    );
    assert_eq!(
        analysis.document.title.as_deref(),
        Some("某县2025年政府工作报告")
    );
}

#[test]
fn a_news_page_s_byline_dates_it() {
    let date = |source: &str| crate::analyze_text(source).document.date;
    assert_eq!(
        date(
            "前三季度我市经济运行稳中向好\n来源：市统计局 发布时间：2024-10-25 09:30 浏览次数：1526\n\
             前三季度，全市实现地区生产总值2865.3亿元，同比增长5.4%。"
        )
        .as_deref(),
        Some("2024-10-25")
    );
    assert_eq!(
        date("全市经济运行情况\n2024/1/5 10:00:00\n全市实现地区生产总值2865.3亿元。").as_deref(),
        Some("2024-01-05")
    );
    assert_eq!(
        date(
            "新华社受权播发《政府工作报告》\n来源:新华社 责任编辑:某某 2025-03-12 17:54:03\n\
             报告指出，今年发展主要预期目标是：国内生产总值增长5%左右。"
        )
        .as_deref(),
        Some("2025-03-12")
    );
    // (A date the text states goes before it; a date in the body is no byline.)
    assert_eq!(
        date(
            "政府工作报告\n——2024年1月8日在某区第三届人民代表大会第四次会议上\n\
             来源：某区政府网 发布时间：2024-01-12\n各位代表：\n现在，我代表区人民政府向大会报告工作。"
        )
        .as_deref(),
        Some("2024-01-08")
    );
    assert_eq!(
        date("全市经济运行情况\n全市实现地区生产总值2865.3亿元。\n日期：2024-10-25\n").as_deref(),
        None
    );
}

#[test]
fn a_news_summary_s_report_card_is_a_review_part() {
    // `■ 2024年成绩单` before `■ 2025年…主要预期目标`: the results under it are the body.
    let analysis = crate::analyze_text(
        "政府工作报告摘要与导读\n\n■ 2024年成绩单\n\n●预计全省地区生产总值增长6%左右\n\n●粮食总产达到557亿斤\n\n\
         ■ 2025年经济社会发展的主要预期目标\n\n●经济增长6%左右",
    );
    let roles: Vec<_> = analysis.sections.iter().map(|s| s.role).collect();
    assert_eq!(roles, [SectionRole::Review, SectionRole::Plan]);
    let rows: Vec<_> = analysis
        .metrics
        .iter()
        .map(|m| (m.indicator.as_str(), m.modality))
        .collect();
    assert_eq!(
        rows,
        [
            ("地区生产总值", crate::model::Modality::Estimate),
            ("粮食总产", crate::model::Modality::Actual),
            ("经济增长", crate::model::Modality::Target),
        ]
    );
}

#[test]
fn a_part_that_names_the_year_after_the_one_reviewed_is_the_plan() {
    let analysis = crate::analyze_text(
        "政府工作报告\n各位代表：\n一、2024年工作回顾\n全市地区生产总值增长5.2%。\n\
         二、扎实做好2025年各项工作\n（一）推动工业提质\n全市地区生产总值增长5%左右。新增就业1万人。\n\
         三、加强政府自身建设\n",
    );
    let roles: Vec<_> = analysis.sections.iter().map(|s| s.role).collect();
    assert_eq!(
        roles,
        [
            SectionRole::Review,
            SectionRole::Plan,
            SectionRole::Plan,
            SectionRole::Plan
        ]
    );
    assert_eq!(analysis.document.plan_period.as_deref(), Some("2025"));
    // (A part that names no year keeps saying nothing: `二、奋力开创高质量发展新局面`.)
    let analysis = crate::analyze_text(
        "政府工作报告\n各位代表：\n一、2024年工作回顾\n全市地区生产总值增长5.2%。\n\
         二、奋力开创高质量发展新局面\n全市地区生产总值增长5%左右。",
    );
    assert_eq!(analysis.sections[1].role, SectionRole::Neither);
}

#[test]
fn a_budget_report_s_account_of_the_work_done_reviews_it() {
    let text = "一、2022年财政工作情况\n（一）主要政策落实及重点工作开展情况\n1.加强助企纾困，稳定宏观经济大盘。\n兑现组合式税费支持政策17.3亿元。\n二、2023年预算草案\n一般公共预算收入增长5%。\n";
    assert_eq!(
        roles(text),
        [
            SectionRole::Review,
            SectionRole::Review,
            SectionRole::Review,
            SectionRole::Plan,
        ]
    );
}

#[test]
fn a_government_site_s_publication_table_gives_the_title_and_a_bare_meeting_line_its_date() {
    let source = "文件名称 | 某区2025年政府工作报告 | ||\n索引号 | /2025-0000 | 公开目录: | 工作报告 |\n\
                  文号 | 成文日期: | 2025年04月15日 | |\n2025年3月21日在某区第十九届\n人民代表大会第四次会议上\n\
                  某区人民政府代区长 某某\n各位代表:\n现在,我代表区人民政府向大会报告工作。\n一、过去一年工作回顾\n\
                  2024年,全区实现地区生产总值440.5亿元、增长5.4%。";
    let analysis = crate::analyze_text(source);
    let title = analysis.document.title.as_deref();
    assert_eq!(title, Some("某区2025年政府工作报告"));
    // (The title points into the text, inside the table's row.)
    let span = analysis.document.title_span.expect("the title's span");
    assert_eq!(&source[span.range()], "某区2025年政府工作报告");
    assert_eq!(
        analysis.document.meeting.as_deref(),
        Some("2025年3月21日在某区第十九届人民代表大会第四次会议上")
    );
    assert_eq!(analysis.document.date.as_deref(), Some("2025-03-21"));
    assert_eq!(analysis.removed.len(), 3, "the table's rows");
    assert_eq!(analysis.document.review_period.as_deref(), Some("2024"));
}

#[test]
fn a_report_sent_round_by_a_notice_is_titled_by_its_own_wrapped_title() {
    let source = "[ 索引号 ] | 1150/2025-00009 | [ 发文字号 ] | 某发改委发〔2025〕4号 |\n\
                  [ 成文日期 ] | 2025-02-17 | [ 发布日期 ] | 2025-02-21 |\n\
                  某县发展和改革委员会关于印发《某县2024年计划执行情况与2025年计划草案报告》的通知\n\
                  各乡镇人民政府,县政府各部门:\n\
                  现将县人民代表大会第五次会议审议通过的《某县2024年计划执行情况与2025年计划草案报告》印发给你们,请认真抓好学习贯彻,确保圆满完成全年各项目标任务。\n\
                  某县发展和改革委员会\n2025年2月17日\n(此件公开发布)\n\
                  某县2024年国民经济和社会发展计划\n执行情况与2025年计划草案报告\n\
                  一、2024年国民经济和社会发展计划执行情况\n2024年,全县地区生产总值增长5.1%。\n\
                  二、2025年经济社会发展主要目标\n地区生产总值增长6%左右。";
    let analysis = crate::analyze_text(source);
    let document = &analysis.document;
    assert_eq!(
        document.title.as_deref(),
        Some("某县2024年国民经济和社会发展计划执行情况与2025年计划草案报告")
    );
    assert_eq!(document.kind, crate::DocumentKind::PlanReport);
    assert_eq!(document.review_period.as_deref(), Some("2024"));
    assert_eq!(document.plan_period.as_deref(), Some("2025"));
    assert_eq!(analysis.removed.len(), 2, "the publication table's rows");
    let modalities: Vec<_> = analysis.metrics.iter().map(|m| m.modality).collect();
    assert_eq!(
        modalities,
        [crate::Modality::Actual, crate::Modality::Target]
    );
}

#[test]
fn a_plan_sent_round_by_a_notice_without_its_publication_line_is_titled_by_itself() {
    let analysis = crate::analyze_text(
        "某市人民政府关于印发某市2024年国民经济和社会发展计划的通知\n\n\
         各县（市）、区人民政府，市人民政府各部门：\n\n\
         《某市2024年国民经济和社会发展计划》已经市人大审议通过，现印发给你们，请认真组织实施。\n\n\
         某市人民政府\n\n2024年3月19日\n\n某市2024年国民经济和社会发展计划\n\n\
         一、2023年国民经济和社会发展计划执行情况\n\n全市实现地区生产总值3347.6亿元，增长1.5%。\n\n\
         二、2024年经济社会发展的主要目标\n\n主要预期目标是：生产总值增长6%左右。\n",
    );
    let facts = &analysis.document;
    assert_eq!(
        facts.title.as_deref(),
        Some("某市2024年国民经济和社会发展计划")
    );
    assert_eq!(facts.kind, crate::model::DocumentKind::PlanReport);
    assert_eq!(facts.date.as_deref(), Some("2024-03-19"));
    assert_eq!(facts.review_period.as_deref(), Some("2023"));
    assert_eq!(facts.plan_period.as_deref(), Some("2024"));
}

#[test]
fn a_markdown_heading_s_marks_are_not_part_of_its_title() {
    let source = "# 2024年政府工作报告\n\n## 一、2023年工作回顾\n\n全年地区生产总值增长5.2%。\n\n### （一）经济运行\n\n增长5%。\n\n## 2024年主要目标\n\n地区生产总值增长5%左右。\n\n#两会# 热点话题\n";
    check(
        source,
        "
一、2023年工作回顾
  （一）经济运行
2024年主要目标",
    );
    assert_eq!(
        document(source).title.as_deref(),
        Some("2024年政府工作报告")
    );
    assert_eq!(
        roles(source),
        [SectionRole::Review, SectionRole::Review, SectionRole::Plan]
    );
    // A topic's tag is no heading.
    assert!(roles("#两会#一、政府工作报告热点\n\n内容。").is_empty());
}

#[test]
fn a_sentence_leading_a_list_in_and_an_item_among_figures_are_no_headings() {
    let source = "二、2024年主要目标\n\n2024年全区经济社会发展的主要预期目标是：\n\
                  1.地区生产总值增长6%左右。\n2.一般公共预算收入增长5%。\n\
                  3.居民人均可支配收入增长与经济增长同步。\n4.城镇新增就业1.2万人。\n";
    check(source, "二、2024年主要目标");
    // (A list of titles, each with its paragraph, keeps them.)
    check(
        "二、主要工作\n1.加快建设现代化产业体系。\n全年新增规上企业120家。\n\
         2.扩大有效投资。\n固定资产投资增长5%。\n",
        "
二、主要工作
  1.加快建设现代化产业体系
  2.扩大有效投资",
    );
    // (A year's part heading with a colon is still one.)
    check("2024年主要工作安排：\n\n加快发展。\n", "2024年主要工作安排");
}

#[test]
fn a_title_that_outlines_a_five_year_plan_plans_it_and_looks_back_on_the_one_before() {
    let facts = document("某市国民经济和社会发展第十五个五年规划和二〇三五年远景目标纲要\n\n第一章 发展基础\n“十四五”时期，全市地区生产总值年均增长6.2%，2025年达到1580亿元。");
    assert_eq!(facts.plan_period.as_deref(), Some("十五五"));
    assert_eq!(facts.review_period.as_deref(), Some("十四五"));
    // (Not one that tells how a plan was carried out.)
    let facts = document("某市“十四五”规划实施情况中期评估报告\n\n一、总体进展\n全市地区生产总值年均增长6.2%，2023年达到1380亿元。");
    assert_ne!(facts.plan_period.as_deref(), Some("十四五"));
}

#[test]
fn a_release_of_figures_in_a_table_has_its_front_matter_read() {
    let facts = document("# 某市2030年国民经济和社会发展统计公报\n\n某市统计局\n\n2031年3月1日\n\n| 指标 | 2030年 |\n|---|---|\n| 地区生产总值（亿元） | 1550 |\n| 常住人口（万人） | 320 |");
    assert_eq!(
        facts.title.as_deref(),
        Some("某市2030年国民经济和社会发展统计公报")
    );
    assert_eq!(facts.date.as_deref(), Some("2031-03-01"));
    assert_eq!(facts.review_period.as_deref(), Some("2030"));
}

#[test]
fn a_heading_as_a_reader_sees_it_spaces_a_label_that_ends_in_a_word() {
    let analysis = crate::analyze_text(
        "某市规划纲要\n\n第一章 发展基础\n\n全市地区生产总值年均增长6%。\n\n一、主要目标\n\n地区生产总值突破5000亿元。\n",
    );
    let titles: Vec<String> = analysis.sections.iter().map(|s| s.full_title()).collect();
    assert_eq!(titles, ["第一章 发展基础", "一、主要目标"]);
}
