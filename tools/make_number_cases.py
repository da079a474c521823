#!/usr/bin/env python3
"""Writes crates/report-core/tests/data/numbers.tsv: number and unit cases with expected values.

The expectations come from the tables below (units and their magnitudes as the genre uses
them), not from the analyzer. Each line: input, TAB, the expected quantities separated by
" ;; ", each as text|value|upper|unit|base_value|qualifier ("-" for none), or "-" for none.
Run: python3 tools/make_number_cases.py   (the file is committed; this regenerates it)
"""
from fractions import Fraction
import pathlib

UNITS = [  # unit as written, factor to its base unit (None: no base)
    ("元", 1), ("万元", 1e4), ("亿元", 1e8), ("万亿元", 1e12), ("美元", 1), ("亿美元", 1e8), ("万美元", 1e4),
    ("人", 1), ("万人", 1e4), ("人次", 1), ("万人次", 1e4), ("亿人次", 1e8),
    ("家", 1), ("个", 1), ("项", 1), ("件", 1), ("座", 1), ("台", 1), ("处", 1), ("所", 1), ("套", 1),
    ("条", 1), ("辆", 1), ("户", 1), ("万户", 1e4), ("名", 1), ("次", 1), ("批", 1),
    ("亩", 1), ("万亩", 1e4), ("公顷", 1), ("平方米", 1), ("万平方米", 1e4), ("平方公里", 1e6),
    ("米", 1), ("公里", 1000), ("吨", 1), ("万吨", 1e4), ("亿吨", 1e8), ("斤", 1), ("亿斤", 1e8),
    ("千瓦", 1), ("万千瓦", 1e4), ("千瓦时", 1), ("亿千瓦时", 1e8), ("微克/立方米", 1),
    ("天", 1), ("小时", 1), ("%", 1), ("个百分点", 1), ("‰", 1),
    ("万重量箱", 1e4),
    ("起", 1), ("万对", 1e4), ("眼", 1), ("块", 1), ("万户次", 1e4), ("列", 1), ("种", 1),
    ("毫米", 0.001), ("千公顷", 1000), ("℃", 1), ("万标箱", 1e4), ("万剂次", 1e4),
    ("万羽", 1e4), ("台套", 1), ("个千分点", 1), ("千伏安", 1), ("万千伏安", 1e4),
]
ARABIC = [("990", 990), ("2.23", 2.23), ("47300", 47300), ("1,234", 1234), ("12,345.6", 12345.6),
          ("0.5", 0.5), ("13507.69", 13507.69), ("36", 36)]
CHINESE = [("三百五十", 350), ("一千二百", 1200), ("两千", 2000), ("十二", 12), ("二十五", 25),
           ("一百零五", 105), ("三万五千", 35000), ("四十", 40)]


def fmt(x):
    if x is None:
        return "-"
    x = float(x)
    return repr(int(x)) if x == int(x) and abs(x) < 1e15 else repr(x)


def q(text, value, unit, factor, upper=None, qualifier=None):
    base = None if factor is None else float(value) * factor
    return "|".join([text, fmt(value), fmt(upper), unit or "-", fmt(base), qualifier or "-"])


cases = []
# Every unit after Arabic numbers, in a sentence.
for i, (unit, factor) in enumerate(UNITS):
    for text, value in (ARABIC[i % len(ARABIC)], ARABIC[(i + 3) % len(ARABIC)], ARABIC[(i + 5) % len(ARABIC)], ARABIC[(i + 6) % len(ARABIC)]):
        cases.append((f"全年达到{text}{unit}。", [q(text + unit, value, unit, factor)]))
# Chinese numerals with counting and measuring units.
for text, value in CHINESE:
    for unit, factor in [("家", 1), ("个", 1), ("亿元", 1e8), ("万人", 1e4), ("亩", 1), ("公里", 1000)]:
        cases.append((f"新增{text}{unit}", [q(text + unit, value, unit, factor)]))
# Per cent in every form.
for text, value in [("百分之五", 5), ("百分之十二", 12), ("百分之三点五", 3.5), ("百分之一百", 100)]:
    cases.append((f"增长{text}", [q(text, value, "%", 1)]))
for text, num, den in [("四分之一", 1, 4), ("三分之二", 2, 3), ("五分之一", 1, 5), ("十分之三", 3, 10)]:
    cases.append((f"占全市的{text}", [q(text, float(Fraction(num, den) * 100), "%", 1)]))
for text, value in [("五成", 5), ("三成", 3), ("八成", 8)]:
    cases.append((f"覆盖{text}以上" if value == 8 else f"覆盖{text}，", [q(text, value, "成", 10, qualifier="以上" if value == 8 else None)]))
# Ranges of shares in tenths, in Arabic digits or as two numerals in a row (`三四成`).
for text, low, high, before, after in [("4至5成", 4, 5, "", "，"), ("3-4成", 3, 4, "约", "，"), ("三四成", 3, 4, "", "，"),
                                       ("七八成", 7, 8, "", "以上")]:
    cases.append((f"覆盖{before}{text}{after}", [q(text, low, "成", 10, upper=high, qualifier=(before or after.strip("，")) or None)]))
# Per ten thousand (`万分之三`, `3‱`).
cases.append(("事故死亡率控制在万分之三以内", [q("万分之三", 3, "‱", 1, qualifier="以内")]))
cases.append(("发生率为2.5‱。", [q("2.5‱", 2.5, "‱", 1)]))
cases.append(("增长５．２％", [q("5.2%", 5.2, "%", 1)]))
cases.append(("增长5.2％", [q("5.2%", 5.2, "%", 1)]))
cases.append(("达到 990 亿元", [q("990亿元", 990, "亿元", 1e8)]))
# Digits spaced out one by one by an extraction (the national report of 1998 as kept online).
cases.append(("国内生产总值达到7 4 7 7 2 亿元", [q("74772亿元", 74772, "亿元", 1e8)]))
cases.append(("人口自然增长率下降到1 0 ．0 6 ‰", [q("10.06‰", 10.06, "‰", 1)]))
# Old typesetting's middle dot as a decimal point before a unit (the national report of 1999).
cases.append(("全年增长19·5％", [q("19·5%", 19.5, "%", 1)]))
cases.append(("提高4·3个百分点", [q("4·3个百分点", 4.3, "个百分点", 1)]))
# A range of per cents in words whose second number says no `百分之` of its own (the national
# report of 1995), and not a number of years after it.
cases.append(("定为百分之八至九", [q("百分之八至九", 8, "%", 1, upper=9)]))
cases.append(("百分之十到二十年", [q("百分之十", 10, "%", 1)]))
# A letter typed for the digit it looks like, before a Chinese unit (the national report of 2006).
cases.append(("安排再就业补助资金25l亿元", [q("25l亿元", 251, "亿元", 1e8)]))
# `约` that ends a word is no approximation.
cases.append(("缔结或者参加国际条约187个", [q("187个", 187, "个", 1)]))
cases.append(("力争赶超10家", [q("10家", 10, "家", 1)]))
# Ranges.
for text, lo, hi, unit, factor in [("5%—6%", 5, 6, "%", 1), ("5%-6%", 5, 6, "%", 1), ("5%~6%", 5, 6, "%", 1),
                                   ("5-10万", 5, 10, "万", None), ("3至5个", 3, 5, "个", 1), ("3到5家", 3, 5, "家", 1),
                                   ("1.5-2亿元", 1.5, 2, "亿元", 1e8), ("6%至7%", 6, 7, "%", 1), ("10～20万亩", 10, 20, "万亩", 1e4),
                                   ("3万—3.5万人", 3, 3.5, "万人", 1e4), ("300亿至350亿元", 300, 350, "亿元", 1e8)]:
    cases.append((f"目标{text}", [q(text, lo, unit, factor, upper=hi)]))
# Vague ranges of two digits in a row: `三四百家` is 300 to 400; with no unit, no number.
for text, lo, hi, unit, factor in [("三四百家", 300, 400, "家", 1), ("五六十个", 50, 60, "个", 1),
                                   ("十七八万人", 17, 18, "万人", 1e4), ("七八千万元", 7000, 8000, "万元", 1e4)]:
    cases.append((f"吸引{text}", [q(text, lo, unit, factor, upper=hi)]))
cases.append(("二三十年代", []))
# Some tens or hundreds are no number (`数十亿元`: not ten), unless `数` ends a count's name.
cases.append(("投资数十亿元", []))
cases.append(("实施几十个项目", []))
cases.append(("企业总数十个", [q("十个", 10, "个", 1)]))
# A round hundred, thousand or ten thousand said as about that many (`逾千人`, `上万人次`: `上`
# opens the numeral), and the round amounts a level neared or passed (`近千亿元`).
for text, num, word, unit, factor, start in [("逾千人", 1000, "逾", "人", 1, 1), ("近万人", 10000, "近", "人", 1, 1),
                                             ("上万人次", 10000, "以上", "人次", 1, 0), ("上百家", 100, "以上", "家", 1, 0),
                                             ("超百家", 100, "超", "家", 1, 1), ("近千亿元", 1000, "近", "亿元", 1e8, 1),
                                             ("超千亿元", 1000, "超", "亿元", 1e8, 1)]:
    cases.append((f"吸引{text}", [q(text[start:], num, unit, factor, qualifier=word)]))
cases.append(("超千亿元产业集群", []))
# And an extent so said (`近千公里`, `超千亩`), not a time (`近千年`), nor `上` before one (`上千亩`).
cases.append(("新建农村公路近千公里", [q("千公里", 1000, "公里", 1000, qualifier="近")]))
cases.append(("流转土地超千亩", [q("千亩", 1000, "亩", 1, qualifier="超")]))
cases.append(("近千年", []))
# More than a round hundred, thousand or ten thousand, said after it (`千余人`, `百多个`).
for text, num, word, unit, factor in [("千余人", 1000, "余", "人", 1), ("百余家", 100, "余", "家", 1),
                                      ("万余人次", 10000, "余", "人次", 1), ("百多个", 100, "多", "个", 1),
                                      ("千余万元", 1000, "余", "万元", 1e4)]:
    cases.append((f"吸引{text}", [q(text, num, unit, factor, qualifier=word)]))
cases.append(("网上万人", []))
# Chinese numerals with a decimal point that open with 十 (`十二点五`, not a plan's name `十二五`).
cases.append(("在校学生十二点五万人", [q("十二点五万人", 12.5, "万人", 1e4)]))
cases.append(("产量十点五万吨", [q("十点五万吨", 10.5, "万吨", 1e4)]))
# Doublings (`翻一番` is a growth of 100 %, `翻两番` 300 %; a slogan in quotes is none), and
# one or two points (`提高两个百分点`; `两个`, `一个` alone are no counts).
cases.append(("比2010年翻一番", [q("一番", 1, "番", 100)]))
cases.append(("比2000年翻两番", [q("两番", 2, "番", 150)]))
cases.append(("“翻两番、三步走”", []))
# (With the particle, `翻了两番`, and more than doubled, `翻了一番多`.)
cases.append(("收入翻了两番", [q("两番", 2, "番", 150)]))
cases.append(("进出口总额翻了一番多", [q("一番", 1, "番", 100, qualifier="多")]))
cases.append(("提高两个百分点", [q("两个百分点", 2, "个百分点", 1)]))
cases.append(("提高一个百分点", [q("一个百分点", 1, "个百分点", 1)]))
cases.append(("两个确立", []))
# Qualifiers before and after.
for before, text, value, unit, factor in [("约", "990亿元", 990, "亿元", 1e8), ("近", "20%", 20, "%", 1),
                                          ("超过", "100亿元", 100, "亿元", 1e8), ("突破", "1000家", 1000, "家", 1),
                                          ("不低于", "5%", 5, "%", 1), ("不少于", "30个", 30, "个", 1),
                                          ("不超过", "120个工作日", 120, "个工作日", 1), ("至少", "100个", 100, "个", 1),
                                          ("高于", "3%", 3, "%", 1), ("接近", "50%", 50, "%", 1), ("逾", "3000人", 3000, "人", 1),
                                          ("跨越", "500亿元", 500, "亿元", 1e8), ("超", "20%", 20, "%", 1),
                                          ("跃上", "1.4万亿斤", 1.4, "万亿斤", 1e12), ("跨过", "120万亿元", 120, "万亿元", 1e12),
                                          ("约合", "20533美元", 20533, "美元", 1)]:
    cases.append((f"全年{before}{text}", [q(text, value, unit, factor, qualifier=before)]))
for text, value, unit, factor, after in [("5%", 5, "%", 1, "左右"), ("3万人", 3, "万人", 1e4, "以上"), ("3%", 3, "%", 1, "以内"),
                                          ("2000元", 2000, "元", 1, "以下"), ("60%", 60, "%", 1, "上下")]:
    cases.append((f"增长{text}{after}", [q(text, value, unit, factor, qualifier=after)]))
# After a per cent in words too (`百分之九左右`, `千分之八以内`).
for text, value, unit, after in [("百分之九", 9, "%", "左右"), ("百分之三点五", 3.5, "%", "以内"),
                                 ("千分之八", 8, "‰", "以内"), ("百分之十五", 15, "%", "以上")]:
    cases.append((f"控制在{text}{after}", [q(text, value, unit, 1, qualifier=after)]))
for text, num, word, unit, factor in [("7400多万", 7400, "多", "万", None), ("5100余名", 5100, "余", "名", 1),
                                      ("600多亿元", 600, "多", "亿元", 1e8), ("30余个", 30, "余", "个", 1)]:
    cases.append((f"共{text}", [q(text, num, unit, factor, qualifier=word)]))
# Chinese numerals before 多 and a magnitude (`六亿三千多万`: what follows 亿 counts 万), a
# count of one before a magnitude (`一亿吨`), a unit that opens with 千 (`万千瓦`).
for text, num, unit, factor, word in [("二十多万个", 20, "万个", 1e4, "多"), ("三千五百多万人", 3500, "万人", 1e4, "多"),
                                      ("六亿三千多万平方米", 63000, "万平方米", 1e4, "多"), ("一亿吨", 1, "亿吨", 1e8, None),
                                      ("一千九百五十万千瓦", 1950, "万千瓦", 1e4, None), ("三千瓦", 3, "千瓦", 1, None)]:
    cases.append((f"共{text}", [q(text, num, unit, factor, qualifier=word)]))
# Ten thousands after a hundred million are of the number (`一亿二千万元` is 1.2亿元, not
# 100,002,000 万元); times each came (`辆次`, `架次`); a hundred jin (`担`) in older reports;
# thousands spaced apart before a unit.
for text, num, unit, factor in [("一亿二千万元", 120000000, "元", 1), ("十四亿四百八十九万人", 1404890000, "人", 1),
                                ("两亿三千四百五十六万吨", 234560000, "吨", 1), ("280万辆次", 280, "万辆次", 1e4),
                                ("12.6万架次", 12.6, "万架次", 1e4), ("一亿二千五百一十六万担", 125160000, "担", 1),
                                ("5 432.18亿元", 5432.18, "亿元", 1e8)]:
    cases.append((f"共{text}", [q(text, num, unit, factor)]))
# 多 / 余 inside `个百分点` (`提高2个多百分点`).
cases.append(("比2007年提高2个多百分点", [q("2个多百分点", 2, "个百分点", 1, qualifier="多")]))
# 多 / 余 after a magnitude that no unit follows (`1亿多`, `9亿多劳动力`); a half.
cases.append(("农村贫困人口减少1亿多，", [q("1亿", 1, "亿", None, qualifier="多")]))
cases.append(("9亿多劳动力", [q("9亿", 9, "亿", None, qualifier="多")]))
cases.append(("定价项目减少一半以上", [q("一半", 50, "%", 1, qualifier="以上")]))
cases.append(("超过一半人口居住在城镇", [q("一半", 50, "%", 1, qualifier="超过")]))
# Ratios, ranks, several quantities in one sentence, footnote markers.
cases.append(("三次产业比重为1.3:47.4:51.3", ["1.3:47.4:51.3|1.3|-|-|-|-"]))
cases.append(("三次产业比重达到 1.3：47.4：51.3。", ["1.3:47.4:51.3|1.3|-|-|-|-"]))
cases.append(("居全市第3位", ["3位|3|-|位|-|-"]))
# Ranks in Chinese numerals: with 位 or 名, or after a verb of ranking with nothing after them
# (not `第一方阵`, nor `放在第一位`, put first).
cases.append(("居全省第二位", ["二位|2|-|位|-|-"]))
cases.append(("增速居全省第一。", ["一|1|-|-|-|-"]))
cases.append(("排名全省第一方阵", []))
cases.append(("把人民利益放在第一位", []))
# Or right after the whole it ranks in, with nothing after it (not ordinals of a list).
cases.append(("增速全省第一，", ["一|1|-|-|-|-"]))
cases.append(("投资额全国第3。", ["3|3|-|-|-|-"]))
cases.append(("制造业增加值规模保持全球第一。", ["一|1|-|-|-|-"]))
# 兆 as 万亿 before money and weight in Taiwan's and Hong Kong's press; a million before 瓦.
cases.append(("一般公共预算支出规模达到30兆元", ["30兆元|30|-|兆元|30000000000000|-"]))
cases.append(("糧食產量達到1.43兆斤", ["1.43兆斤|1.43|-|兆斤|1430000000000|-"]))
cases.append(("装机容量120兆瓦", ["120兆瓦|120|-|兆瓦|120000|-"]))
# A higher magnitude right before a lower one is one number, in the unit of the last.
cases.append(("人均可支配收入4万3377元", ["4万3377元|43377|-|元|43377|-"]))
# The first place after a verb of ranking is a rank (not `放在首位`, put first; nor `首批`).
cases.append(("增速居全省首位", ["首位|1|-|位|-|-"]))
cases.append(("把安全放在首位", []))
cases.append(("首批项目开工", []))
# A unit's character that opens a word is no unit (`村民`), and `批次` is one.
cases.append(("11.5万村民回迁", [q("11.5万", 11.5, "万", None)]))
cases.append(("开展3批次", [q("3批次", 3, "批次", 1)]))
cases.append(("年末人口14亿489万人", ["14亿489万人|140489|-|万人|1404890000|-"]))
cases.append(("固定资产投资48兆5186亿元", ["48兆5186亿元|485186|-|亿元|48518600000000|-"]))
cases.append(("全市第一、二、三产业", []))
# A place among the first so many, after a verb of ranking (not a time, nor a goal for things
# counted); a sitting of a congress counted (`二十四次全会`) is an ordinal.
cases.append(("创新指数跻身全球前10名", ["10名|10|-|名|-|前"]))
cases.append(("增速居全省前三位", ["三位|3|-|位|-|前"]))
cases.append(("前10个月", ["10个月|10|-|个月|10|-"]))
cases.append(("区委六届二十四次全会", []))
cases.append(("十四届全国人大二次会议", []))
# A list of ranks after one verb of ranking (not a list of ordinals: `第一、二、三产业`).
cases.append(("位居全国投资潜力第3、城镇化质量第4、绿色发展第5。", ["3|3|-|-|-|-", "4|4|-|-|-|-", "5|5|-|-|-|-"]))
cases.append(("居全省第二、全国第十。", ["二|2|-|-|-|-", "十|10|-|-|-|-"]))
# The places a rank moved, after a verb of moving (not people counted in 位).
cases.append(("排名上升2位", ["2位|2|-|位|-|-"]))
cases.append(("位次前移3个位次", ["3个位次|3|-|个位次|-|-"]))
cases.append(("比上年前移6位，", ["6位|6|-|位|-|-"]))
cases.append(("国内生产总值[2]1349084亿元，比上年增长5.0%", [q("1349084亿元", 1349084, "亿元", 1e8), q("5.0%", 5.0, "%", 1)]))
cases.append(("粮食产量1.37万亿斤，增长2.0%", [q("1.37万亿斤", 1.37, "万亿斤", 1e12), q("2.0%", 2.0, "%", 1)]))
cases.append(("货物运输周转量261948亿吨公里", [q("261948亿吨公里", 261948, "亿吨公里", 1e8)]))
cases.append(("全员劳动生产率为173898元/人", ["173898元/人|173898|-|元/人|-|-"]))
cases.append(("移动电话普及率127.1部/百人", ["127.1部/百人|127.1|-|部/百人|-|-"]))
# A list that `分别` opens shares the unit written after its last number (a bare number of a
# list without it is none).
cases.append(("人均居住面积分别达到14和25平方米", ["14|14|-|平方米|14|-", q("25平方米", 25, "平方米", 1)]))
cases.append(("分别高于平均水平1.7和4.9个百分点", ["1.7|1.7|-|个百分点|1.7|-", q("4.9个百分点", 4.9, "个百分点", 1)]))
# (`分别` a long way before the first of a long list.)
cases.append(("分别拉动全区规上工业增加值增长3.2、1.1、1.8、1.5个百分点", ["3.2|3.2|-|个百分点|3.2|-", "1.1|1.1|-|个百分点|1.1|-", "1.8|1.8|-|个百分点|1.8|-", q("1.5个百分点", 1.5, "个百分点", 1)]))
# So does one right after the places it compares with.
cases.append(("增速高于全国、全省平均水平0.6和0.4个百分点", ["0.6|0.6|-|个百分点|0.6|-", q("0.4个百分点", 0.4, "个百分点", 1)]))
# And one before the next place with its own number.
cases.append(("增速高于全国0.7、全省2.3个百分点", ["0.7|0.7|-|个百分点|0.7|-", q("2.3个百分点", 2.3, "个百分点", 1)]))
cases.append(("面积达到14和25平方米", [q("25平方米", 25, "平方米", 1)]))
# From one level to another is no range.
cases.append(("从60万亿元到134万亿元", [q("60万亿元", 60, "万亿元", 1e12), q("134万亿元", 134, "万亿元", 1e12)]))
# Points shortened to `个` before the last, each number after its own change or none.
cases.append(("分别提高9.4个和8.1个百分点", ["9.4个|9.4|-|个百分点|9.4|-", q("8.1个百分点", 8.1, "个百分点", 1)]))
cases.append(("分别下降0.2个、提高0.8个百分点", ["0.2个|0.2|-|个百分点|0.2|-", q("0.8个百分点", 0.8, "个百分点", 1)]))
cases.append(("新增电话装机626万门", [q("626万门", 626, "万门", 1e4)]))
# A figure's number before its caption's years is no ratio.
cases.append(("图1:2011-2015年全县地区生产总值及增长速度", []))
# A word that opens with a unit's character is no unit (`部分`, `部署`), which the unit alone is.
cases.append(("2025部分重点工作", []))
cases.append(("拍摄电影3部，部署任务", [q("3部", 3, "部", 1)]))
# Not quantities.
for text in ["2023年", "2023年1月7日", "第十八届人民代表大会", "“十四五”规划", "十三五时期", "5G基站", "C919大飞机",
             "[12]", "三大主导产业", "三次产业", "一批重大项目", "两个确立", "2021-2025", "第3次", "PM2.5浓度",
             "新中国成立75周年", "十九届历次全会", "二〇二三年", "GB/T 28398-2023", "一年来", "一是",
             "城乡二元结构改善", "推行一元化管理"]:
    cases.append((text, []))

lines = [f"{text}\t{' ;; '.join(expected) if expected else '-'}" for text, expected in cases]
out = pathlib.Path(__file__).resolve().parent.parent / "crates/report-core/tests/data/numbers.tsv"
out.write_text("# input\texpected (text|value|upper|unit|base_value|qualifier ;; …) — generated by tools/make_number_cases.py\n" + "\n".join(lines) + "\n", encoding="utf-8")
print(f"{len(lines)} cases written to {out}")
