use super::*;
use crate::model::RemovalReason;

/// Repairs `source` twice and asserts that the second repair leaves the first's text as it is;
/// the first repair's text.
fn idempotent(source: &str) -> String {
    let once = normalize(source).text();
    assert_eq!(normalize(&once).text(), once, "source:\n{source}");
    once
}

/// A table's lines, one per row, with `gap` between their cells (written `\t`).
fn table_apart_by(rows: &[&str], gap: &str) -> String {
    rows.join("\n").replace('\t', gap)
}

/// Repairs `source` and compares the paragraphs, one per line, with `expected`.
fn check(source: &str, expected: &str) {
    let repaired = normalize(source);
    assert_eq!(
        repaired.text(),
        expected.trim_matches('\n'),
        "source:\n{source}"
    );
    for block in &repaired.blocks {
        for (clean, span) in block.map.chars(&block.text) {
            let c = block.text[clean..].chars().next().unwrap_or(' ');
            let from = &source[span.range()];
            assert!(!from.is_empty() || c == ' ', "{c:?} maps to nothing");
        }
    }
}

#[test]
fn one_paragraph_per_line() {
    check(
        "各位代表：\r\n现在，我代表国务院。\r\n一、2021年工作回顾\r\n",
        "各位代表：\n现在，我代表国务院。\n一、2021年工作回顾",
    );
}

#[test]
fn blank_line_between_indented_paragraphs() {
    check(
        "　　第一段。\n\n　　第二段。\n\n　　第三段。",
        "第一段。\n第二段。\n第三段。",
    );
}

#[test]
fn a_short_paragraph_that_stops_after_a_comma_goes_on() {
    // A web page's links on lines of their own (`<a>创建省</a>`).
    check(
        "大力推进绿色低碳发展。加快绿色制造体系建设，\n创建省\n级及以上绿色工厂100家。\n第二段，\n\n第三段。",
        "大力推进绿色低碳发展。加快绿色制造体系建设，创建省级及以上绿色工厂100家。\n第二段，第三段。",
    );
    // A heading that runs on into its paragraph goes on too.
    check(
        "（三）重大战略成效显著。坚决贯彻总书记在深入推进京津冀协同发展座谈会上的\n重要讲话\n精神，加快把战略机遇转化为发展优势。",
        "（三）重大战略成效显著。坚决贯彻总书记在深入推进京津冀协同发展座谈会上的重要讲话精神，加快把战略机遇转化为发展优势。",
    );
}

#[test]
fn a_list_of_figures_keeps_its_line_with_a_comma_apart() {
    // A news page's key figures, one to a line without punctuation: the line with a clause's
    // comma is one of them, not prose that goes on.
    let source = "城镇新增就业 1,200 万人以上\n粮食产量 1.4 万亿斤左右\n赤字率拟按 4% 左右安排，赤字规模比上年增加人民币 2,300 亿元\n一般公共预算支出规模将首次达到 30 万亿元\n";
    check(
        source,
        "城镇新增就业1,200万人以上\n粮食产量1.4万亿斤左右\n赤字率拟按4%左右安排，赤字规模比上年增加人民币2,300亿元\n一般公共预算支出规模将首次达到30万亿元",
    );
    idempotent(source);
    // Prose after a heading still goes on across a scraper's break.
    check(
        "一、2024年工作回顾\n全年全区地区生产总值达到1,000亿元，比上年同期增加了50亿元\n增长5%。",
        "一、2024年工作回顾\n全年全区地区生产总值达到1,000亿元，比上年同期增加了50亿元增长5%。",
    );
}

#[test]
fn cuts_off_a_site_s_watermark_glued_to_the_ends_of_lines() {
    let mark = "文章源自某站-https://www.example.com/1.html";
    let source = format!(
        "关于2024年预算执行情况的报告{mark}\n{mark}\n财政局{mark}\n{mark}\n\
         全市一般公共预算收入28亿元，增长2%。{mark}\n"
    );
    check(
        &source,
        "关于2024年预算执行情况的报告\n财政局\n全市一般公共预算收入28亿元，增长2%。",
    );
    let repaired = normalize(&source);
    let cut: Vec<&str> = repaired
        .removed
        .iter()
        .map(|r| source[r.span.range()].trim())
        .collect();
    assert_eq!(cut, [mark; 5]);
    idempotent(&source);
    // (A web address said once is text.)
    check(
        "详见https://www.example.com/1.html\n全市增长2%。",
        "详见https://www.example.com/1.html\n全市增长2%。",
    );
}

#[test]
fn rejoins_a_hard_wrap_with_blank_lines_after_every_line() {
    let mut source = String::new();
    // Four paragraphs that differ in their opening words (the same one four times would be
    // a repeated copy of the text).
    let leads = [
        "综合实力保持前列",
        "发展质量稳步提升",
        "改革开放持续深化",
        "民生福祉不断增进",
    ];
    let mut expected = String::new();
    for lead in leads {
        let para = format!("{lead}。全年预计地区生产总值超过 990亿元，同比增长 3%，实现一般公共预算收入 67亿元，全社会固定资产投资达到 410亿元。");
        expected.push_str(&format!("{lead}。全年预计地区生产总值超过990亿元，同比增长3%，实现一般公共预算收入67亿元，全社会固定资产投资达到410亿元。\n（一）短标题\n"));
        // Wrapped at a display width of 20, ASCII counting half, as a PDF line is.
        let mut width = 0.0;
        for c in para.chars() {
            let w = if c.is_ascii() { 0.5 } else { 1.0 };
            if width + w > 20.0 {
                source.push_str("\n\n");
                width = 0.0;
            }
            source.push(c);
            width += w;
        }
        source.push_str("\n\n");
        source.push_str("（一）短标题\n\n");
    }
    check(&source, &expected);
}

#[test]
fn removes_page_numbers_in_common_shapes() {
    for page in [
        "— 12 —",
        "-12-",
        "- 12 -",
        "第12页",
        "12",
        "第 3 页 共 30 页",
        "12/30",
        "P. 3",
        "Page 12",
    ] {
        assert!(furniture::is_page_number(page), "{page}");
    }
    for text in [
        "2023年",
        "一、综合",
        "12.5%",
        "— 2023年1月7日",
        "PM2.5",
        "P2P",
    ] {
        assert!(!furniture::is_page_number(text), "{text}");
    }
}

#[test]
fn removes_scraper_metadata_and_site_clutter() {
    let source = "标题：2022年某省政府工作报告\n来源URL：https://example.org/1\n正文：\n网站首页\n人大概览\n时政要闻\n权威发布\n您当前的位置：首页\nA-\nA+\n政府工作报告\n——2022年1月17日在某省第十三届人民代表大会第五次会议上\n各位代表：\n现在，我代表省人民政府向大会报告工作。\n责任编辑\n：某某\n版权所有\n";
    let repaired = normalize(source);
    assert_eq!(
        repaired.text(),
        "政府工作报告\n——2022年1月17日在某省第十三届人民代表大会第五次会议上\n各位代表：\n现在，我代表省人民政府向大会报告工作。"
    );
    let reasons: Vec<RemovalReason> = repaired.removed.iter().map(|r| r.reason).collect();
    assert_eq!(
        reasons
            .iter()
            .filter(|r| **r == RemovalReason::ScraperMetadata)
            .count(),
        3
    );
    assert!(reasons.contains(&RemovalReason::SiteClutter));
}

#[test]
fn undoes_letter_spacing_and_number_spaces_but_keeps_word_gaps() {
    check(
        "政 府 工 作 报 告\n一、综 合\n超过 990 亿元，2023年 1月\n西青区区长 殷学武\nGDP growth",
        "政府工作报告\n一、综合\n超过990亿元，2023年1月\n西青区区长 殷学武\nGDP growth",
    );
}

#[test]
fn joins_the_digits_of_a_number_spaced_out_letter_by_letter() {
    // The national report of 1998 as Wikisource keeps it: every number spaced out.
    check(
        "二、关于1 9 9 8 年政府工作的建议\n1 9 9 7 年国内生产总值达到7 4 7 7 2 亿元，平均每年增长1 1 ％，人口自然增长率下降到1 0 ．0 6 ‰，发电装机容量达到2 ．5 亿千瓦。",
        "二、关于1998年政府工作的建议\n1997年国内生产总值达到74772亿元，平均每年增长11%，人口自然增长率下降到10.06‰，发电装机容量达到2.5亿千瓦。",
    );
    // Not the columns of a table, a number and a letter, or two numbers of several digits.
    check(
        "得分 1 2 3\n第 3 4 b 项\n2019 2020年",
        "得分1 2 3\n第3 4 b项\n2019 2020年",
    );
    // Nor a table's row whose figure ends with a digit after a point (`3235.9 9.8`).
    check(
        "第二产业\t3235.9\t\t9.8\n工业 78.5 5.3%",
        "第二产业3235.9 9.8\n工业78.5 5.3%",
    );
}

#[test]
fn folds_full_width_digits_and_look_alikes() {
    check(
        "增长５．２％，比重１．３：４７．４\n――经济",
        "增长5.2%，比重1.3:47.4\n——经济",
    );
    // An ASCII colon after a digit stays ASCII whichever width the digit was typed in.
    check("共０００:，地区", "共000:，地区");
    check("共000:，地区", "共000:，地区");
    // A ratio typed with a vertical or small form of the colon.
    check("产业比为11.8︰48.3﹕39.9", "产业比为11.8:48.3:39.9");
    idempotent("产业比为11.8︰48.3﹕39.9︰");
    // The small forms of punctuation, as some sites' tables type them.
    check(
        "产量﹙吨﹚﹐同比﹔稻谷﹑薯类﹕",
        "产量（吨），同比；稻谷、薯类：",
    );
    idempotent("产量﹙吨﹚﹐同比﹔稻谷﹑薯类﹕﹝2024﹞");
    // The circle typed for a zero among Chinese digits (`一九八○年`); not elsewhere.
    check(
        "一九八○年，二○○五年\n○项目",
        "一九八〇年，二〇〇五年\n○项目",
    );
    idempotent("一九八○年，二○○五年");
    // And a digit zero or a letter O typed for it (not in an Arabic number).
    check(
        "二0一0年，二OO九年，二００八年，增长10%，2010年",
        "二〇一〇年，二〇〇九年，二〇〇八年，增长10%，2010年",
    );
    idempotent("二0一0年，二OO九年，一0人");
    // The double prime quotation marks typed for quotes (`“十一五〞期末`).
    check("“十一五〞期末，〝十五〞时期", "“十一五”期末，“十五”时期");
    idempotent("“十一五〞期末，〝十五〟");
}

#[test]
fn writes_the_ascii_punctuation_of_chinese_prose_full_width() {
    check(
        "增长12.8%,人均20033元;好!对吗?\n共1,234家, in 2024,我们\nYes, ok? Fine; done!\nabc ,中",
        "增长12.8%，人均20033元；好！对吗？\n共1,234家，in 2024，我们\nYes, ok? Fine; done!\nabc ,中",
    );
    idempotent("abc ,中 ; 国,\n共 1 , 234 家");
    // (After a per cent before a figure too: no thousands there.)
    check(
        "比重为60.9%;60岁及以上人口31031万人,占22.0%,65岁",
        "比重为60.9%；60岁及以上人口31031万人，占22.0%，65岁",
    );
    idempotent("比重为60.9% ;60岁 5%, 6% 7%,8");
    // (And after a note in brackets: `(女性为100);0-17岁`; not in code, `f(x);y`.)
    check(
        "性别比为105.23:100(女性为100);0-17岁人口18891人\nf(x);y",
        "性别比为105.23:100(女性为100)；0-17岁人口18891人\nf(x);y",
    );
    idempotent("(女性为100);0-17岁 (a) ;1");
    // (After a full-width per cent too, which the repair writes `%`: the property test found
    // a second repair folding what the first had not.)
    idempotent("５．２％,00政府工作报告一政府工作报告政府工作报告；政府工作报告一、一000\n一");
}

#[test]
fn an_ascii_comma_makes_prose_only_where_the_repair_writes_it_full_width() {
    // Fuzzing found lines of ASCII joined as prose by their commas, and footers that only a
    // second repair, counting the joined lines, took for one.
    let source = "uuuuuuuuuuuuuuuuuuuuuuuuuuuuuu]7(,(\nuuuuuuuuu]6(,(\n地区生产总值增长9%,一般公共预算收入增长5%,规模以上工业增加值增长6%\n继续";
    let once = idempotent(source);
    assert!(
        once.starts_with("uuuuuuuuuuuuuuuuuuuuuuuuuuuuuu]7(,(\nuuuuuuuuu]6(,(\n"),
        "{once}"
    );
    assert!(once.ends_with("增长6%继续"), "{once}");
}

#[test]
fn repair_is_idempotent_on_its_output() {
    idempotent("　　一、综 合\n\n　　全年增长 5.2％，达到 990 亿元。\n\n- 3 -\n\n　　下一段。");
}

#[test]
fn a_footer_word_in_a_short_text_does_not_make_it_a_footer() {
    // Fuzzing found the whole text removed as a site footer from its first line on.
    check(
        "天津市西青区人民ICP备关于印发\n政府工作报告的通知\n各位代表：\n现在，我代表区人民政府向大会作工作报告。",
        "天津市西青区人民ICP备关于印发\n政府工作报告的通知\n各位代表：\n现在，我代表区人民政府向大会作工作报告。",
    );
}

#[test]
fn a_footer_after_a_line_of_prose_that_opens_with_its_word() {
    // (Found by the property test: the prose line, joined to the line before by the repair,
    // no longer opened with the word, and a second repair found the footer after it.)
    let source = "。①\n责任编辑政府工作报告政府工作报告政府工作报告政府工作报告政府工作报告政府工作报告政府工作报告政府工作报告政府工作报告政府工作报告政府工作报告政府工作报告政府工作报告。政府工作报告\n责任编辑政府工作报告";
    idempotent(source);
    let repaired = normalize(source).text();
    assert!(repaired.ends_with("。政府工作报告"), "{repaired:?}");
}

#[test]
fn a_line_with_full_width_digits_is_no_menu_item_before_a_footer() {
    // (Found by the property test: `０a` read as a name of a site's menu, `0a` not, so that
    // the digits' width changed what the footer took.)
    let text = |digit: &str| {
        format!("政府工作报告政府工作报告政府工作报告一\n（一）一\n{digit}a\n（一）\n责任编辑")
    };
    assert_eq!(normalize(&text("０")).text(), normalize(&text("0")).text());
}

#[test]
fn a_footer_word_inside_a_sentence_is_text() {
    // Fuzzing found report lines taken as a site footer from `各位扫一扫代表：` on.
    let report = "政府工作报告\n一、工作回顾\n全年地区生产总值增长3%。\n二、工作安排\n地区生产总值增长5%。\n三、保障措施\n我们扫一扫积弊，从严治政。\n坚持依法行政。\n接受人大监督。";
    check(report, report);
}

#[test]
fn removes_a_publication_line_and_a_footer_with_a_long_copyright_line() {
    let source = "2020年县政府工作主要预期目标\n发布时间：2020/1/8 11:20:49    信息发布人：管理员\n全县经济社会发展主要预期目标是：\n地区生产总值增长7%；\n出口总额增长7%。\n否则，我们的企业就会被市场淘汰，产业就难以做优做强，高质量发展就会成为一句空话。否则，我们的企业就会被市场淘汰，产业就难以做优做强，高质量发展就会成为一句空话。否则，我们的企业就会被市场淘汰，产业就难以做优做强，高质量发展就会成为一句空话。\n[打印本页]\n[关闭窗口]\n法律声明\n|\n关于本站\nCopyright\n©\n2007-2018 www.example.gov.cn All Rights Reserved 版权所有：某县人民政府\n冀ICP备05019657号-1\n";
    let repaired = normalize(source);
    assert_eq!(
        repaired.text(),
        "2020年县政府工作主要预期目标\n全县经济社会发展主要预期目标是：\n地区生产总值增长7%；\n出口总额增长7%。\n否则，我们的企业就会被市场淘汰，产业就难以做优做强，高质量发展就会成为一句空话。否则，我们的企业就会被市场淘汰，产业就难以做优做强，高质量发展就会成为一句空话。否则，我们的企业就会被市场淘汰，产业就难以做优做强，高质量发展就会成为一句空话。"
    );
    // A date opening report text is no publication line.
    assert!(!furniture::is_publication_line(
        "2020年，是全面建成小康社会的一年。"
    ));
    assert!(!furniture::is_publication_line("时间：一年来"));
    assert!(furniture::is_publication_line("日期：2026-01-27 08:42:17"));
    assert!(!furniture::is_publication_line("日期：另行通知"));
}

#[test]
fn a_site_menu_right_before_its_footer_is_part_of_it() {
    let body = "各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议，并请省政协委员和列席人员提出意见。\n一、2024年工作回顾\n全省生产总值增长5.4%，规上工业增加值增长7.5%，固定资产投资增长6.8%，社会消费品零售总额增长5.5%。\n提高公共服务质效。实施基础教育、职业教育、高等教育、教师队伍建设三年行动计划，新改扩建义务教育学校169所。\n";
    let source = format!("{body}省各设区市及省直管县（市）\n石家庄市\n承德市\n张家口市\n关于本站\n|\n网站地图\n冀ICP备06016263号-1\n");
    assert_eq!(normalize(&source).text(), normalize(body).text());
    // Two short lines before a footer may be the report's own.
    let source = format!("{body}结束语\n共同奋斗\n关于本站\n冀ICP备06016263号-1\n");
    assert!(normalize(&source).text().contains("共同奋斗"));
}

#[test]
fn a_site_footer_with_links_an_address_and_office_hours() {
    let body = "各位代表：\n现在，我代表市人民政府向大会报告工作，请予审议，并请市政协委员和列席人员提出意见。\n一、2025年工作回顾\n全市生产总值增长5.4%，规上工业增加值增长7.5%，固定资产投资增长6.8%，社会消费品零售总额增长5.5%。\n强化民生事业保障。着力稳就业扩岗位，深化“1530”工程，增加高中学位供给，新增省级特色高中3所。\n全市生产总值增长5.4%，规上工业增加值增长7.5%，固定资产投资增长6.8%，社会消费品零售总额增长5.5%，进出口总值增长5.5%，居民人均可支配收入增长5.4%，主要经济指标增速高于全省平均水平，较好完成全年经济社会发展目标任务。\n";
    let source = format!("{body}友情链接：\n国家级科技部门\n中国科技部\n主办单位：某市科学技术局  网址：http://kjj.example.gov.cn   网站标识码：1306000007\n联系地址：某市东二环1539号 电话\n：\n0312-3312066\n上班时间：周一至周五 上午：8:30-12:00  下午：13:30-17:30（夏季14:30-17:30）\n冀ICP备05019637号-2\n您是第\n\n   74367782 位访客\n冀公网安备 13060602001065号\n");
    assert_eq!(normalize(&source).text(), normalize(body).text());
}

#[test]
fn removes_a_second_copy_of_the_text_and_what_stands_between() {
    let body = "——2023年1月11日在某省第十四届人民代表大会第一次会议上\n各位代表：\n现在，我代表省人民政府向大会报告工作，请予审议，并请省政协委员和列席人员提出意见。\n一、过去五年工作回顾\n全省生产总值从2017年的3.06万亿元增长到2022年的4.2万亿元，一般公共预算收入从3233.8亿元增长到4084亿元。\n粮食连年丰收、总产稳定在740亿斤以上，新增高速公路1794公里，新改建农村公路4.1万公里。\n";
    let source = format!("{body}来源：某某网\n石家庄市\n承德市\n当前位置：\n首页\n>>\n政府工作报告\n{body}冀ICP备06016263号-1\n");
    let repaired = normalize(&source);
    assert_eq!(repaired.text(), normalize(body).text());
    assert!(repaired
        .removed
        .iter()
        .any(|r| r.reason == RemovalReason::RepeatedCopy));
    // A passage said twice is no copy of the text.
    let twice = format!("{body}二、今后工作\n全省生产总值从2017年的3.06万亿元增长到2022年的4.2万亿元，一般公共预算收入从3233.8亿元增长到4084亿元。\n要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局，着力推动高质量发展。\n");
    let repaired = normalize(&twice);
    assert!(!repaired
        .removed
        .iter()
        .any(|r| r.reason == RemovalReason::RepeatedCopy));
    assert_eq!(repaired.text().matches("4084亿元").count(), 2);
}

#[test]
fn prose_that_stops_mid_sentence_goes_on_whatever_the_layout() {
    // Lines of any length (a web page's source): no wrap width to go by.
    check(
        "多项主要指标增速全省领先，生产总值增长8.1%，财政总收入增长\n        12.5%，一般公共预算收入增长 11.1%。\n        这一年，我们着力深化供给侧结构性改革，滚动实施小微企业三年成长计划，建成小微企业园 109\n\n        个，入驻企业 4612 家。",
        "多项主要指标增速全省领先，生产总值增长8.1%，财政总收入增长12.5%，一般公共预算收入增长11.1%。\n这一年，我们着力深化供给侧结构性改革，滚动实施小微企业三年成长计划，建成小微企业园109个，入驻企业4612家。",
    );
    // A title glued to the end of a paragraph, a heading, a short line: not prose going on.
    check(
        "书写充满希望的保定新未来，让人民生活更加美好。2023年主要工作\n保定日报讯1月30日，闫继红说，今年是开局之年。\n坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，着力推动\n（一）加力推进绿色发展\n2018政府工作报告\n各位代表：",
        "书写充满希望的保定新未来，让人民生活更加美好。2023年主要工作\n保定日报讯1月30日，闫继红说，今年是开局之年。\n坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，着力推动\n（一）加力推进绿色发展\n2018政府工作报告\n各位代表：",
    );
}

#[test]
fn a_space_inside_a_word_of_prose_goes() {
    check(
        "推进“亩均论英雄”。新增制造 业单项冠军示范企业3家，天台成为全 国质量强市示范城市创建城市。",
        "推进“亩均论英雄”。新增制造业单项冠军示范企业3家，天台成为全国质量强市示范城市创建城市。",
    );
    // Not in a name line, a title, or after a list number.
    check(
        "西青区区长 殷学武\n政 府 工 作 报 告\n1.　　0",
        "西青区区长 殷学武\n政府工作报告\n1. 0",
    );
}

#[test]
fn drops_the_pinyin_readings_a_converting_site_wrote_after_characters() {
    let source = "現(xiàn)在，全市財(cái)政總收入增長8.1%（qū）。";
    let repaired = normalize(source);
    assert_eq!(repaired.text(), "現在，全市財政總收入增長8.1%（qū）。");
    let dropped: Vec<&str> = repaired
        .removed
        .iter()
        .filter(|r| r.reason == RemovalReason::ReadingAnnotation)
        .map(|r| &source[r.span.range()])
        .collect();
    // A reading follows a character; `（qū）` after a per cent sign is left as written.
    assert_eq!(dropped, ["(xiàn)", "(cái)"]);
    // Brackets that hold words, abbreviations or toneless letters are not readings.
    for kept in [
        "国内生产总值(GDP)",
        "广义货币（M2）",
        "附件(a)",
        "居民(jūmín zhǔ)",
    ] {
        assert_eq!(normalize(kept).text(), kept);
    }
}

#[test]
fn a_line_ends_early_when_the_word_after_it_would_not_fit() {
    // Wrapped at 20 characters; the first line of each paragraph is indented by two. The
    // first line ends a sentence short of the margin because `GDP` did not fit after it.
    let full = "结构不断优化，新动能加快成长，发展质量稳\n";
    let source = format!(
        "　　经济运行稳健，主要指标均好于预期。\nGDP同比增长较快，消费市场持续回暖，投资\n{}步提升，人民生活持续改善，社会大局稳定。\n　　城镇新增就业一万二千人，城镇调查失业\n率保持在较低水平，居民收入稳步增长。",
        full.repeat(8)
    );
    let middle = full.trim_end().repeat(8);
    check(
        &source,
        &format!("经济运行稳健，主要指标均好于预期。GDP同比增长较快，消费市场持续回暖，投资{middle}步提升，人民生活持续改善，社会大局稳定。\n城镇新增就业一万二千人，城镇调查失业率保持在较低水平，居民收入稳步增长。"),
    );
}

#[test]
fn a_gazette_issue_line_seen_twice_heads_pages() {
    let mut source = String::new();
    for page in 0..2 {
        source.push_str("某市人民政府公报 2023年第2期\n");
        for line in 0..6 {
            source.push_str(&format!(
                "第{page}页第{line}行的正文内容，写满一整行的文字。\n"
            ));
        }
    }
    let repaired = normalize(&source);
    assert!(!repaired.text().contains("公报"), "{}", repaired.text());
}

#[test]
fn a_scraped_page_with_links_on_lines_of_their_own_and_print_page_breaks() {
    // Paragraphs apart by blank lines; each link's text on a line of its own; a page break
    // (a blank line) between a number and its unit; a subscript after its letter.
    check(
        "一、工作回顾\n\n过去一年，经济平稳运行。\n党的十八届六中全会\n正式明确\n改革方向，全年经济社会发展主要目标任务圆满完成。\n\n\
         ——\n改革开放\n深入推进。重要领域和关键环节改革取得突破性进展，国内生产总值达到74.4\n\n万亿元，增长6.7%。\n\n\
         ——基础设施支撑能力持续提升。新建\n高速铁路\n投产里程超过1900公里，新建改建农村公路29万公里。\n\n\
         稳健的货币政策灵活适度，广义货币M\n2\n增长11.3%，综合运用多种货币政策工具。\n",
        "一、工作回顾\n过去一年，经济平稳运行。\n党的十八届六中全会正式明确改革方向，全年经济社会发展主要目标任务圆满完成。\n\
         ——改革开放深入推进。重要领域和关键环节改革取得突破性进展，国内生产总值达到74.4万亿元，增长6.7%。\n\
         ——基础设施支撑能力持续提升。新建高速铁路投产里程超过1900公里，新建改建农村公路29万公里。\n\
         稳健的货币政策灵活适度，广义货币M2增长11.3%，综合运用多种货币政策工具。",
    );
}

#[test]
fn a_subscript_whose_letters_went_with_the_clutter_is_a_page_number() {
    // (Found by the property test: kept once for the letter before it, removed by a second
    // repair once that letter had gone with the page's metadata.)
    idempotent("A\n00\n来源：");
    let repaired = normalize("A\n00\n来源：").text();
    assert!(!repaired.contains("00"), "{repaired:?}");
}

#[test]
fn short_lines_stay_apart_where_blank_lines_do_not_keep_paragraphs_apart() {
    // No blank lines: a list of short lines is not a page's links.
    check(
        "主要指标\n地区生产总值\n增长5%。\n一般公共预算收入\n增长3%。",
        "主要指标\n地区生产总值\n增长5%。\n一般公共预算收入\n增长3%。",
    );
}

#[test]
fn a_level_cut_in_two_after_a_sentence_end_is_one_word() {
    // A scraped page's link: `…拓展。` / `新建省` / `级乡村振兴示范区…`.
    assert_blocks_once(
        "乡村振兴扎实推进。脱贫攻坚成果持续巩固拓展。\n新建省\n级乡村振兴示范区15个、美丽乡村2265个。\n",
        &[
            "乡村振兴扎实推进。脱贫攻坚成果持续巩固拓展。",
            "新建省级乡村振兴示范区15个、美丽乡村2265个。",
        ],
    );
}

/// Asserts that `text` repairs to these blocks, and that a second repair changes nothing.
fn assert_blocks_once(text: &str, expected: &[&str]) {
    let repaired = normalize(text);
    let blocks: Vec<&str> = repaired.blocks.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(blocks, expected, "{text:?}");
    let once = repaired.text();
    assert_eq!(normalize(&once).text(), once, "{text:?}");
}

#[test]
fn a_title_or_a_quote_closed_mid_clause_goes_on_to_the_next_line() {
    // A scraped page's links: `…国务院` / `《政府信息公开条例》` / `实施办法。`, and `…把“三农”` /
    // `工作作` / `为重中之重，…` (a quote closed with no sentence's end inside it).
    assert_blocks_once(
        "深入推进行政权力公开透明运行工作，制定了贯彻国务院\n《政府信息公开条例》\n实施办法。积极开展专项治理工作。\n全面贯彻落实党的十七届三中全会和省委全会精神，把“三农”\n工作作\n为重中之重，加大农业支持保护力度。\n",
        &[
            "深入推进行政权力公开透明运行工作，制定了贯彻国务院《政府信息公开条例》实施办法。积极开展专项治理工作。",
            "全面贯彻落实党的十七届三中全会和省委全会精神，把“三农”工作作为重中之重，加大农业支持保护力度。",
        ],
    );
}

#[test]
fn a_quote_or_clause_cut_out_onto_lines_of_its_own_is_inside_the_paragraph() {
    // A scraped page's links: `二、“` / `十四五` / `”时期…`, `…践行` / `以人民为中心发展思想` / `，…`.
    let text = "二、“\n十四五\n”时期发展的总体思路和重点任务\n这五年，我们坚定不移践行\n以人民为中心发展思想\n，在脱贫攻坚中努力提高人民生活水平。\n";
    let blocks: Vec<String> = normalize(text).blocks.into_iter().map(|b| b.text).collect();
    assert_eq!(
        blocks,
        [
            "二、“十四五”时期发展的总体思路和重点任务",
            "这五年，我们坚定不移践行以人民为中心发展思想，在脱贫攻坚中努力提高人民生活水平。",
        ]
    );
    // A second repair decides the same, blank lines or not; a line after a sentence's end
    // or a lead-in is not joined for its first mark.
    for source in [
        "政府工作报告政府工作报告\n\n、",
        "一\u{3000}\u{3000},\n一",
        "各位代表：\n。一一一一一一一一一一一一\nA",
        "各位代表：\n，一",
        // Fuzzing: a comma alone on its line after a title joins it, and what follows then
        // is told as after `政府工作报告，`.
        "政府工作报告\n\n，\u{c} —2024年1政庼工作",
    ] {
        let once = normalize(source).text();
        assert_eq!(normalize(&once).text(), once, "{source:?}");
    }
}

#[test]
fn a_short_report_laid_out_as_a_pdf_is_hard_wrapped() {
    // Few wrapped lines among many headings and list items, with page numbers: the lines at
    // the margin that stop mid-sentence tell the wrap (a PDF-like layout of a 611-character
    // summary: `…社会消` / `费品零售总额…`, `…完成造林` / `55万亩。`).
    let text = "    2014年工作回顾：\n    2014年，在省委、省政府和市委的坚强领导下，全市上下坚持稳中\n求进工作总基调，全面深化改革，积极应对经济下行压力，经济社会发\n展保持平稳运行。\n    全市生产总值完成2780亿元，增长7.0%。一般公共预算收入完成20\n0.2亿元，增长8.5%。固定资产投资完成2010亿元，增长18.0%。社会消\n费品零售总额完成1118亿元，增长12.5%。\n    协同发展开局良好。京津冀协同发展上升为国家战略，保定迎来重\n大历史机遇。与京津签约合作项目280余项、总投资1200亿元。\n    产业转型升级步伐加快。装备制造业增加值增长8.2%，高新技术产\n业增加值增长12.5%。\n    生态环境治理扎实推进。全市PM2.5平均浓度下降12.3%。完成造林\n55万亩。\n    2015年工作安排：\n    2015年经济社会发展的主要预期目标是：生产总值增长7.5%左右，\n一般公共预算收入增长10%左右，固定资产投资增长15%左右。\n    重点工作：\n    （一）抢抓京津冀协同发展机遇。\n    （二）推动产业转型升级。\n    （三）实施创新驱动发展。\n    （四）加强生态环境保护。\n    （五）深化重点领域改革。\n- 1 -\n    （六）推进新型城镇化建设。\n    （七）保障和改善民生。\n- 2 -\n";
    let repaired = normalize(text);
    assert_eq!(repaired.wrap_width, Some(31.0));
    let blocks: Vec<&str> = repaired.blocks.iter().map(|b| b.text.as_str()).collect();
    assert!(blocks.contains(&"全市生产总值完成2780亿元，增长7.0%。一般公共预算收入完成200.2亿元，增长8.5%。固定资产投资完成2010亿元，增长18.0%。社会消费品零售总额完成1118亿元，增长12.5%。"), "{blocks:?}");
    assert!(
        blocks.contains(&"生态环境治理扎实推进。全市PM2.5平均浓度下降12.3%。完成造林55万亩。"),
        "{blocks:?}"
    );
    // Repaired, one paragraph a line, it is not hard-wrapped.
    assert_eq!(normalize(&repaired.text()).wrap_width, None);
}

#[test]
fn a_heading_run_on_across_lines_is_told_whole() {
    // A property run found `一、一、` / `；。…、` / `2023年`: the first two lines are one paragraph,
    // which a second repair reads on one line and lets run on past its sentence; the first
    // repair tells the same of the two lines together.
    assert_blocks_once(
        "一、一、\n；。一一一一一一一一一一一一、\n2023年",
        &["一、一、；。一一一一一一一一一一一一、2023年"],
    );
}

#[test]
fn a_heading_number_on_a_line_of_its_own_goes_with_its_text() {
    // (河北 2010 as a scraper saved it: `(五)` / `改 革开放` / `不断深化。…`; a PDF's `一、` alone.)
    check(
        "(四)结构调整扎实推进。钢铁行业结构调整步伐加快。\n(五)\n改革开放\n不断深化。国企改革取得新的进展。",
        "(四)结构调整扎实推进。钢铁行业结构调整步伐加快。\n(五)改革开放\n不断深化。国企改革取得新的进展。",
    );
    check(
        "一、\n\n过去一年工作回顾\n\n正文。",
        "一、过去一年工作回顾\n正文。",
    );
    // (Not a number a colon follows: the property test found a second repair joining what the
    // first, which joined the colon, had not.)
    check("第一部分\n:\n政府工作报告", "第一部分：\n政府工作报告");
    idempotent("第一部分：\n政府工作报告");
    // (Not a word like `注释：`, which numbers nothing.)
    check(
        "注释：\n[1]数据均为初步统计数。",
        "注释：\n[1]数据均为初步统计数。",
    );
}

#[test]
fn an_ascii_comma_after_a_colon_and_spaces_is_prose_punctuation_once_and_twice() {
    // (A property run found it: the first repair left the title apart, the second joined it.)
    let text = "一一一一一一一一一一:\u{3000}\u{3000},一一一一一一一一一一、一一一一一一一一\n2023年政府工作报告";
    idempotent(text);
}

#[test]
fn a_meeting_line_wrapped_anywhere_inside_the_report_it_names_is_one_line() {
    for (first, second) in [
        ("政府工", "作报告"),
        ("政府工作报", "告"),
        ("政", "府工作报告"),
    ] {
        let source = format!(
            "政府工作报告\n——在某市第十二届人民代表大会第五次会议上的{first}\n{second}\n各位代表：\n现在，我代表市人民政府向大会报告工作。"
        );
        check(
            &source,
            "政府工作报告\n——在某市第十二届人民代表大会第五次会议上的政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作。",
        );
    }
    // A line that ends whole is not joined to what follows.
    check(
        "——在某市第十二届人民代表大会第五次会议上\n告\n各位代表：",
        "——在某市第十二届人民代表大会第五次会议上\n告\n各位代表：",
    );
}

#[test]
fn a_heading_and_its_paragraph_on_one_line_are_split_at_the_space_between() {
    check(
        "一、2004年工作回顾\n\n过去的一年，全省人民锐意进取。\n\n二、2005年主要任务 今年是全面实现\"十五\"计划目标的重要一年，做好今年的工作至关紧要。\n\n(二)坚持\"有保有压\"方针，优化投资结构 积极支持符合国家产业政策、有市场有效益的重点项目。",
        "一、2004年工作回顾\n过去的一年，全省人民锐意进取。\n二、2005年主要任务\n今年是全面实现\"十五\"计划目标的重要一年，做好今年的工作至关紧要。\n(二)坚持\"有保有压\"方针，优化投资结构\n积极支持符合国家产业政策、有市场有效益的重点项目。",
    );
    // Not a heading with a space between its words, nor one whose words after the space are
    // no paragraph.
    check(
        "一、综 合\n\n（一）坚持稳中求进 推动高质量发展\n\n过去的一年，全省人民锐意进取。",
        "一、综合\n（一）坚持稳中求进 推动高质量发展\n过去的一年，全省人民锐意进取。",
    );
    // A heading spaced out a character at a time, and a page run into one line, its
    // paragraphs and headings after a sentence's end and a space.
    let run_in = "一、综 合 初步核算，全年全县地区生产总值1514976万元，比上年增长2.7%。 全年城镇新增就业5394人。 \
                  二、农 业 全年全县农作物种植面积8521.9公顷，比上年减少862公顷。 （三）工业和建筑业 \
                  全年规模以上工业增加值增长5%，比上年提高1个百分点。";
    check(
        run_in,
        "一、综合\n初步核算，全年全县地区生产总值1514976万元，比上年增长2.7%。\n全年城镇新增就业5394人。\n\
         二、农业\n全年全县农作物种植面积8521.9公顷，比上年减少862公顷。\n（三）工业和建筑业\n\
         全年规模以上工业增加值增长5%，比上年提高1个百分点。",
    );
    idempotent(run_in);
    for edge in [
        "增长。\u{3000}二、农 业 全年全县农作物种植面积8521.9公顷，比上年减少862公顷。",
        "增长。 二、农\u{feff} 业 全年全县农作物种植面积8521.9公顷，比上年减少862公顷。",
        "增长。 二、农 业\u{200b} 全年全县农作物种植面积8521.9公顷，比上年减少862公顷。",
        "增长。  二、农  业  全年全县农作物种植面积8521.9公顷，比上年减少862公顷。",
        "一、综 合 初 步核算，全年全县地区生产总值1514976万元，比上年增长2.7%。",
        "一、综 合 初步核算，全年\n全县地区生产总值1514976万元。 二、农 业 全年全县农作物种植面积8521.9公顷，比上年减少862公顷。",
        "增长。 二、A B 全年全县农作物种植面积8521.9公顷，比上年减少862公顷。",
        "增长。 十、农 业 全年全县农作物种植面积8521.9公顷，比上年减少862公顷。",
    ] {
        idempotent(edge);
    }
    // (Two spaced sentence ends, neither a heading with its paragraph, are stray spaces of a
    // paragraph, not a page run into one line: kept one paragraph.)
    check(
        "今年要做好三件事。 一、稳增长，二、促改革。 二、农 业",
        "今年要做好三件事。一、稳增长，二、促改革。二、农业",
    );
    check(
        "全年增长17%。 着力推进结构调整，取得新成效。",
        "全年增长17%。着力推进结构调整，取得新成效。",
    );
    // (Past an invisible character at either side of the space, which the repair drops: the
    // property test found the second repair splitting what the first had not.)
    check(
        "一、2023年\u{feff}\u{3000}\u{3000}一一一一一一一一一一一。超过",
        "一、2023年\n一一一一一一一一一一一。超过",
    );
    idempotent("一、2023年\u{3000}\u{200b}一一一一一一一一一一一。超过");
    // (A small form of comma makes a line prose as the comma it is written as does: the property
    // test found the second repair joining what the first had spaced.)
    idempotent(
        "﹐一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一\u{3000}\u{3000}丁一",
    );
}

#[test]
fn a_title_closed_on_its_own_line_after_a_bracket_goes_on_the_paragraph() {
    check(
        "二是关于节能和环保问题。《\n纲要（草案）\n》提出了“十一五”期间单位国内生产总值能源消耗降低20%左右。",
        "二是关于节能和环保问题。《纲要（草案）》提出了“十一五”期间单位国内生产总值能源消耗降低20%左右。",
    );
}

#[test]
fn a_word_a_page_set_apart_between_blank_lines_goes_on_its_sentence() {
    check(
        "各位代表：\n\n现在，我代表河北省人民政府，向大会作河北省国民\n\n经济和社会发\n\n展第十个五年计划纲要的报告，请予审议。\n\n一、“九五”回顾",
        "各位代表：\n现在，我代表河北省人民政府，向大会作河北省国民经济和社会发展第十个五年计划纲要的报告，请予审议。\n一、“九五”回顾",
    );
}

#[test]
fn a_short_line_in_hard_wrapped_text_ends_its_paragraph_however_it_ends() {
    // A heading without a number, after a paragraph whose last line fills the width (joining
    // the two cannot be helped: the layout of the national report of 2003 in the PDF-like test).
    let source = "精神文明建设取得新成果。群众性体育活动蓬勃展开，竞技体育屡创佳\n绩。五年间，在重大国际比赛中共获得485个世界冠军，创造世界纪录1\n93次。北京申办2008年奥运会获得成功，上海赢得2010年世界博览会举\n办权，激发了全国各族人民的爱国热情，增强了民族自豪感和凝聚力。\n五年来，人民生活显著改善，总体达到小康水平\n城乡居民收入持续增加。城镇居民家庭人均可支配收入，由1997年的51\n60元增加到2002年的7703元，平均每年实际增长8.6%。农村居民家庭人\n均纯收入由2090元增加到2476元，平均每年实际增长3.8%。城乡居民";
    let text = crate::normalize::normalize(source).text();
    assert!(text.contains("小康水平\n城乡居民收入持续增加"), "{text}");
}

#[test]
fn a_short_line_in_hard_wrapped_text_that_stops_after_a_comma_goes_on() {
    // (No paragraph ends with a comma; a second repair, without the margin, joins them.)
    let source = "精神文明建设取得新成果。群众性体育活动蓬勃展开，竞技体育屡创佳\n绩。五年间，在重大国际比赛中共获得485个世界冠军，创造世界纪录1\n93次。北京申办2008年奥运会获得成功，上海赢得2010年世界博览会举\n办权，激发了全国各族人民的爱国热情，增强了民族自豪感和凝聚力。\n五年来，人民生活显著改善，\n城乡居民收入持续增加。城镇居民家庭人均可支配收入，由1997年的51\n60元增加到2002年的7703元，平均每年实际增长8.6%。农村居民家庭人\n均纯收入由2090元增加到2476元，平均每年实际增长3.8%。城乡居民";
    let text = idempotent(source);
    assert!(text.contains("显著改善，城乡居民收入持续增加"), "{text}");
}

#[test]
fn a_pages_widgets_alone_go_around_the_title_it_kept() {
    check(
        "某区2024年政府工作报告\n【字体：大 中 小】\n——2024年1月10日在某区第三届人民代表大会第四次会议上\n区长 王五\n各位代表：\n全年地区生产总值增长5.1%。\n分享到：\n责任编辑：赵六",
        "某区2024年政府工作报告\n——2024年1月10日在某区第三届人民代表大会第四次会议上\n区长 王五\n各位代表：\n全年地区生产总值增长5.1%。",
    );
}

#[test]
fn a_title_as_wide_as_the_wrapped_lines_ends_before_its_issuer() {
    let source = "某县2024年国民经济和社会发展统计公报\n某县统计局\n2025年3月15日\n初步核算，全年全县地区生产总值（GDP）\n186.3亿元，按不变价格计算，比上年增长5.1%。\n分产业看，第一产业增加值25.6亿元，增\n长3.5%；第二产业增加值72.1亿元，增长\n6.2%；第三产业增加值88.6亿元。\n";
    check(
        source,
        "某县2024年国民经济和社会发展统计公报\n某县统计局\n2025年3月15日\n初步核算，全年全县地区生产总值（GDP）186.3亿元，按不变价格计算，比上年增长5.1%。分产业看，第一产业增加值25.6亿元，增长3.5%；第二产业增加值72.1亿元，增长6.2%；第三产业增加值88.6亿元。",
    );
    idempotent(source);
}

#[test]
fn a_plans_table_rows_end_with_their_attribute() {
    // As wide as each other, they would read as a wrapped paragraph; their attribute ends
    // them, in the source and in the repaired text alike.
    for gap in ["\t", "    "] {
        let source = table_apart_by(
            &[
                "指标\t2020年\t2025年\t年均增长\t属性",
                "地区生产总值增长（%）\t3.9\t—\t6左右\t预期性",
                "每万人口高价值发明专利拥有量（件）\t2.1\t5\t[2.9]\t预期性",
                "森林覆盖率（%）\t31.5\t33\t[1.5]\t约束性",
            ],
            gap,
        );
        assert_eq!(idempotent(&source).lines().count(), 4, "{source}");
    }
    // (Not a sentence's words wrapped after one: `有些是预期性` / `和导向性的`.)
    check(
        "各地区各部门要切实加强领导，狠抓落实，今年全省经\n济社会发展的主要目标是：生产总值比上年增长9%左\n右，全部财政收入增长10%。这些目标有些是预期性\n和导向性的，有的是约束性的，都需要全省上下努力奋\n斗去实现，而且要力争完成得更好一些，为全面建成小\n康社会打下坚实基础。实现上述目标，必须坚持稳中求\n进，统筹兼顾，突出重点，着力扩大内需，着力调整结\n构，着力深化改革，着力改善民生，推动经济社会又好\n又快发展。",
        "各地区各部门要切实加强领导，狠抓落实，今年全省经济社会发展的主要目标是：生产总值比上年增长9%左右，全部财政收入增长10%。这些目标有些是预期性和导向性的，有的是约束性的，都需要全省上下努力奋斗去实现，而且要力争完成得更好一些，为全面建成小康社会打下坚实基础。实现上述目标，必须坚持稳中求进，统筹兼顾，突出重点，着力扩大内需，着力调整结构，着力深化改革，着力改善民生，推动经济社会又好又快发展。",
    );
}

#[test]
fn a_news_page_keeps_its_headline_and_loses_its_menus_byline_and_widgets() {
    check(
        "首页 | 新闻中心 | 政务公开 | 办事服务 | 互动交流\n当前位置：首页 > 新闻中心 > 本地要闻\n\
         前三季度我市经济运行稳中向好\n来源：市统计局 发布时间：2024-10-25 09:30 浏览次数：1526\n\
         【字体：大 中 小】 打印本页\n\
         前三季度，全市实现地区生产总值2865.3亿元，同比增长5.4%。\n",
        "前三季度我市经济运行稳中向好\n前三季度，全市实现地区生产总值2865.3亿元，同比增长5.4%。",
    );
    // (A byline that opens with the time, which goes as a publication line first.)
    check(
        "当前位置:   新闻动态 > 工作动态\n\n国家统计局关于2024年夏粮产量数据的公告\n\n\
         时间:2024-07-12 作者: 来源:国家统计局 点击次数:13233\n\n\
         根据调查，2024年全国夏粮播种面积26613千公顷。\n",
        "国家统计局关于2024年夏粮产量数据的公告\n根据调查，2024年全国夏粮播种面积26613千公顷。",
    );
    // (Or with the author first, empty, and the time written with dashes.)
    check(
        "当前位置: 首页 > 新闻中心 > 区市分析\n\n市中区2025年前三季度全区经济运行简析\n\n\
         作者: 来自: 时间:2025-12-23 10-21-29\n\n今年以来，全区经济运行稳中有进。\n",
        "市中区2025年前三季度全区经济运行简析\n今年以来，全区经济运行稳中有进。",
    );
    // (Not a report's text above a chart's source note.)
    let text = "一、综合\n全年地区生产总值286.5亿元，比上年增长5.8%。\n图1地区生产总值及其增长速度\n来源：某县统计局\n二、农业";
    check(text, text);
    // (Nor a numbered heading, which a repair may have joined from a line too short for a
    // headline: the property test found a second repair taking `一、A` for one.)
    check("一、\nA\n来源：", "一、A\n来源：");
    idempotent("一、A\n来源：");
    // (Nor a scraper's `标题：…` line below the top, which a second repair would find at it.)
    idempotent("专与並乏丘主乸乺乣\n标题：9並丢丏世丫乊\n来源：丐乖");
}

#[test]
fn an_e_book_viewer_s_pages_are_joined_across_their_headers() {
    let text = "政府工作报告\n——2025 年 3 月 5 日在第十四届全国人民代表大会第三次会议上\n国务院总理 李强\n\
                各位代表:\n现在,我代表国务院,向大会报告政府工作,请予审议,并请全\n国政协委员提出意见。\n\
                “稳”的态势巩固延续。主要表现在,经济规模稳步扩大,国内生产总值达到\n134.9 万亿元、增长 5%。就业、物价总体平稳,城\n\
                1\nPage 3 - 政府工作报告\nP. 3\n镇新增就业 1256 万人,城镇调查失业率平均为 5.1%。\n\
                我们坚持稳中求进,各项工作取得新进展,经济社会发展主要目标任务顺利完成,高质\n\
                2\nPage 4 - 政府工作报告\nP. 4\n量发展扎实推进。";
    let repaired = normalize(text).text();
    assert!(
        repaired.contains("平稳，城镇新增就业1256万人"),
        "{repaired}"
    );
    assert!(repaired.contains("高质量发展"), "{repaired}");
    assert!(
        !repaired.contains("P.") && !repaired.contains("Page"),
        "{repaired}"
    );
}

#[test]
fn a_report_s_title_once_at_a_page_edge_inside_a_paragraph_is_its_running_header() {
    // Two pages: the header is seen once, after the page number, where a clause ended and
    // the paragraph goes on (the next line is not indented).
    let source = [
        "某市2025年政府工作报告",
        "",
        "    过去一年，全市地区生产总值完成2345.6亿元，增长5.",
        "8%；一般公共预算收入完成189.3亿元，同口径增长4.2%；",
        "",
        "— 2 —",
        "",
        "某市人民政府工作报告",
        "",
        "固定资产投资增长6.5%，社会消费品零售总额完成1023.4亿",
        "元，增长5.1%。",
        "    全年新增城镇就业5.6万人，城镇登记失业率控制在3.2",
        "%以内。新增规上工业企业56家，高新技术企业达到312家。",
        "    坚持把发展经济的着力点放在实体经济上，全年新引进",
        "亿元以上项目126个，其中10亿元以上项目23个。",
    ]
    .join("\n");
    check(
        &source,
        "
某市2025年政府工作报告
过去一年，全市地区生产总值完成2345.6亿元，增长5.8%；一般公共预算收入完成189.3亿元，同口径增长4.2%；固定资产投资增长6.5%，社会消费品零售总额完成1023.4亿元，增长5.1%。
全年新增城镇就业5.6万人，城镇登记失业率控制在3.2%以内。新增规上工业企业56家，高新技术企业达到312家。
坚持把发展经济的着力点放在实体经济上，全年新引进亿元以上项目126个，其中10亿元以上项目23个。",
    );
    idempotent(&source);
    // (And where a number was cut before it, `…增长5.` / `— 2 —` / title / `8%；…`.)
    let cut = source.replacen(
        "增长5.\n8%；一般公共预算收入完成189.3亿元，同口径增长4.2%；\n\n— 2 —\n\n某市人民政府工作报告\n\n",
        "增长5.\n\n— 2 —\n\n某市人民政府工作报告\n\n8%；一般公共预算收入完成189.3亿元，同口径增长4.2%；\n",
        1,
    );
    assert_ne!(cut, source);
    let repaired = normalize(&cut).text();
    assert!(
        repaired.contains("增长5.8%；一般公共预算收入")
            && !repaired.contains("某市人民政府工作报告"),
        "{repaired}"
    );
}

#[test]
fn a_clause_cut_before_its_figure_goes_on_across_the_break_and_a_page_number() {
    // (A web page keeping a PDF's short lines, too few to tell a margin by.)
    let source = "一、2023年工作回顾\n2023年，全市地区生产总值完成2856.3亿元，同比增长\n\
                  6.1%，高于全省平均水平0.7个百分点；一般公共预算收入完成\n— 2 —\n\
                  186.2亿元，增长9.5%。\n二、2024年主要目标\n2024年，地区生产总值增长6%以上。\n";
    check(
        source,
        "
一、2023年工作回顾
2023年，全市地区生产总值完成2856.3亿元，同比增长6.1%，高于全省平均水平0.7个百分点；一般公共预算收入完成186.2亿元，增长9.5%。
二、2024年主要目标
2024年，地区生产总值增长6%以上。",
    );
    idempotent(source);
    // (Not a heading's words, nor words without a clause's comma.)
    check(
        "（一）坚持稳中求进，经济运行\n2023年实现增长\n地区生产总值\n5.2%左右\n",
        "
（一）坚持稳中求进，经济运行
2023年实现增长
地区生产总值
5.2%左右",
    );
}

#[test]
fn a_menu_bar_on_one_line_is_the_site_s_header() {
    check(
        "首页 | 政务公开 | 政府信息公开 | 政策文件 | 互动交流\n当前位置：首页 > 政务公开 > 规划计划\n\
         字号：大 中 小 打印 关闭\n2024年政府工作报告\n\
         ——2024年1月28日在市第十届人民代表大会第四次会议上\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n",
        "2024年政府工作报告\n——2024年1月28日在市第十届人民代表大会第四次会议上\n各位代表：\n现在，我代表市人民政府向大会报告工作。",
    );
}

#[test]
fn a_news_site_s_promotion_of_its_app_ends_the_page_as_its_footer() {
    check(
        "覃伟中介绍，深圳要加大高质量投资力度，2022年深圳全年固定资产投资计划增长5%，全年基础设施投资2200亿元。\n你的专属投资礼包！更有百元京东卡、188元现金红包等你拿，100%中奖>>\n\
         海量资讯、精准解读，尽在新浪财经APP\n责任编辑：张三\n",
        "覃伟中介绍，深圳要加大高质量投资力度，2022年深圳全年固定资产投资计划增长5%，全年基础设施投资2200亿元。",
    );
}

#[test]
fn a_breadcrumb_alone_is_the_site_s_header() {
    check(
        "首页 > 政务公开 > 规划计划 > 政府工作报告\n2024年某市政府工作报告\n政府工作报告\n\
         ——2024年1月28日在某市第十六届人民代表大会第四次会议上\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n",
        "2024年某市政府工作报告\n政府工作报告\n——2024年1月28日在某市第十六届人民代表大会第四次会议上\n各位代表：\n现在，我代表市人民政府向大会报告工作。",
    );
}

#[test]
fn a_table_of_targets_and_results_keeps_its_header_and_rows_apart() {
    // As wide as each other and as the caption, they would read as a wrapped paragraph; its
    // header and its rows of figures (a target said as a change among them) are no prose, in
    // the source and in the repaired text alike.
    for gap in ["\t", "  "] {
        let source = table_apart_by(
            &[
                "某区2024年国民经济和社会发展主要指标完成情况",
                "",
                "指标名称\t单位\t2024年计划\t完成情况\t增长（%）",
                "地区生产总值\t亿元\t增长6%\t586.3\t5.8",
                "一般公共预算收入\t亿元\t增长5%\t42.6\t6.1",
                "社会消费品零售总额\t亿元\t增长7%\t213.5\t6.8",
            ],
            gap,
        );
        let repaired = idempotent(&source);
        assert_eq!(repaired.lines().count(), 5, "{repaired}");
        assert!(repaired.contains("增长6% 586.3 5.8"), "{repaired}");
    }
}

#[test]
fn a_report_s_title_that_its_pages_repeat_as_their_header_stays_its_title() {
    // Two pages, the title at the top of the first and as the second's header after the page
    // number, where a sentence goes on.
    let sentence = "全市地区生产总值增长百分之五点五，一般公共预算收入增长百分之四，城镇新增就业四万人，\
                    粮食总产量稳定在十亿斤以上，规模以上工业增加值增长百分之六，社会消费品零售总额增长百分之五。";
    let lines: Vec<String> = sentence
        .chars()
        .collect::<Vec<_>>()
        .chunks(36)
        .map(|c| c.iter().collect())
        .collect();
    let mut source = vec!["某市人民政府工作报告".to_owned(), String::new()];
    for k in 0..6 {
        source.extend(lines.iter().cloned());
        if k == 2 {
            source.extend(["— 3 —".to_owned(), "某市人民政府工作报告".to_owned()]);
        }
    }
    let source = source.join("\n");
    let repaired = normalize(&source).text();
    assert!(repaired.starts_with("某市人民政府工作报告\n"), "{repaired}");
    assert_eq!(
        repaired.matches("某市人民政府工作报告").count(),
        1,
        "{repaired}"
    );
    idempotent(&source);
    let document = crate::analyze_text(&source).document;
    assert_eq!(document.title.as_deref(), Some("某市人民政府工作报告"));
}

#[test]
fn a_markdown_table_s_rows_are_never_joined_as_wrapped_lines() {
    // Eight rows of much the same width, none ending a sentence: read as a hard-wrapped
    // text's lines, they were one paragraph.
    let rows = [
        "| 类别 | 指标 | 2020年 | 2025年 | 年均增长 | 属性 |",
        "|---|---|---|---|---|---|",
        "| 经济发展 | 地区生产总值增长（%） | 3.9 | — | 6左右 | 预期性 |",
        "| | 全员劳动生产率增长（%） | 4.5 | — | 高于GDP增长 | 预期性 |",
        "| | 常住人口城镇化率（%） | 61.2 | 66 | [4.8] | 预期性 |",
        "| 创新驱动 | 研发经费投入增长（%） | 8.1 | — | >10 | 预期性 |",
        "| | 每万人口高价值发明专利拥有量（件） | 2.1 | 5 | [2.9] | 预期性 |",
        "| 民生福祉 | 城镇调查失业率（%） | 5.2 | — | <5.5 | 预期性 |",
    ];
    let repaired = idempotent(&rows.join("\n"));
    assert_eq!(repaired.lines().count(), rows.len(), "{repaired}");
}
