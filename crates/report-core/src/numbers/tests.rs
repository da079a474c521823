use super::*;

/// Scans `text` and renders each quantity as `text=value unit [qualifier] [..upper]`.
fn check(text: &str, expected: &[&str]) {
    let got: Vec<String> = scan_quantities(text)
        .iter()
        .filter(|q| q.unit.is_some() || q.ratio.is_some() || q.rank)
        .map(|q| {
            let mut s = format!("{}={}", &text[q.range.0..q.range.1], q.value);
            if let Some(u) = q.upper {
                s += &format!("..{u}");
            }
            if let Some(unit) = &q.unit {
                s += &format!(" {unit}");
            }
            if let Some(base) = q.base_value() {
                s += &format!(" ={base}");
            }
            if let Some(qual) = &q.qualifier {
                s += &format!(" [{qual}]");
            }
            s
        })
        .collect();
    assert_eq!(got, expected, "{text}");
}

#[test]
fn arabic_numbers_with_units_and_magnitudes() {
    check("超过990亿元", &["990亿元=990 亿元 =99000000000 [超过]"]);
    // A milestone passed: at least that much.
    check(
        "跃上1.4万亿斤新台阶",
        &["1.4万亿斤=1.4 万亿斤 =1400000000000 [跃上]"],
    );
    check("增长5.2%", &["5.2%=5.2 % =5.2"]);
    check("1,234.5万人", &["1,234.5万人=1234.5 万人 =12345000"]);
    check(
        "粮食产量1.37万亿斤",
        &["1.37万亿斤=1.37 万亿斤 =1370000000000"],
    );
    check("提高1.2个百分点", &["1.2个百分点=1.2 个百分点 =1.2"]);
    check("2.23亿美元", &["2.23亿美元=2.23 亿美元 =223000000"]);
    check("7400多万", &["7400多万=7400 万 [多]"]);
    check("5100余名", &["5100余名=5100 名 =5100 [余]"]);
    check("5%左右", &["5%=5 % =5 [左右]"]);
}

#[test]
fn ranges() {
    check("5%—6%", &["5%—6%=5..6 % =5"]);
    check("5-10万", &["5-10万=5..10 万"]);
    check("3至5个", &["3至5个=3..5 个 =3"]);
}

#[test]
fn chinese_numerals_fractions_and_per_cent() {
    check("三百五十家", &["三百五十家=350 家 =350"]);
    check("两千亿元", &["两千亿元=2000 亿元 =200000000000"]);
    check("占四分之一", &["四分之一=25 % =25"]);
    check("百分之五", &["百分之五=5 % =5"]);
    check("五成以上", &["五成=5 成 =50 [以上]"]);
}

#[test]
fn a_round_ten_thousand_of_a_unit_passed() {
    check(
        "全市GDP首次突破万亿元大关",
        &["万亿元=10000 亿元 =1000000000000 [突破]"],
    );
    check("人均收入突破万元", &["万元=10000 元 =10000 [突破]"]);
    check(
        "粮食产量迈上万亿斤台阶",
        &["万亿斤=10000 亿斤 =1000000000000 [迈上]"],
    );
    check("近万亿元", &["万亿元=10000 亿元 =1000000000000 [近]"]);
    // Not a class or a name: no level is said passed.
    check("打造万亿元产业集群和万亿级产业", &[]);
}

#[test]
fn other_currencies_and_sessions() {
    check("1.5万亿日元", &["1.5万亿日元=1.5 万亿日元 =1500000000000"]);
    // (A currency before the number is no unit of it.)
    check("港币500亿", &["500亿=500 亿"]);
    check(
        "500亿港币和100美金",
        &["500亿港币=500 亿港币 =50000000000", "100美金=100 美金 =100"],
    );
    check(
        "投资100亿人民币",
        &["100亿人民币=100 亿人民币 =10000000000"],
    );
    check("举办活动100场次", &["100场次=100 场次 =100"]);
}

#[test]
fn minutes_are_a_unit_of_time() {
    check("平均通勤时间35分钟", &["35分钟=35 分钟 =35"]);
    check("12.5分钟以内", &["12.5分钟=12.5 分钟 =12.5 [以内]"]);
}

#[test]
fn power_energy_and_containers_in_latin_letters() {
    check(
        "光伏装机30GW，储能1.2GWh，风电500MW，充电桩120kW，年发电0.8TWh",
        &[
            "30GW=30 GW =30000000",
            "1.2GWh=1.2 GWh =1200000",
            "500MW=500 MW =500000",
            "120kW=120 kW =120",
            "0.8TWh=0.8 TWh =800000000",
        ],
    );
    check("集装箱吞吐量120万TEU", &["120万TEU=120 万TEU =1200000"]);
    // Names and classes, not quantities: another letter or digit follows the letters.
    check("5G基站、4K超高清、110kV变电站、3GWp组件、100Mbps宽带", &[]);
}

#[test]
fn not_quantities() {
    check("2023年1月7日", &[]);
    check("第十八届人民代表大会", &[]);
    check("“十四五”规划", &[]);
    check("5G基站和C919大飞机", &[]);
    check("三大主导产业", &[]);
    check("三次产业", &[]);
    check("区委六届二十四次全会和十四届全国人大二次会议", &[]);
    check("市委十二届3次全体会议", &[]);
    check("召开会议24次", &["24次=24 次 =24"]);
    check("一批重大项目", &[]);
    check(
        "国内生产总值[2]1349084亿元",
        &["1349084亿元=1349084 亿元 =134908400000000"],
    );
}

#[test]
fn ratios_and_ranks() {
    check("三次产业比重1.3:47.4:51.3", &["1.3:47.4:51.3=1.3"]);
    check("居全市第3位", &["3位=3 位"]);
    check("跻身全球前10名", &["10名=10 名 [前]"]);
    check("位居全省前三位", &["三位=3 位 [前]"]);
    check("进入全国前十强", &["十强=10 强 [前]"]);
}

#[test]
fn a_list_shares_the_unit_written_after_its_last_number() {
    check(
        "分别净减少10.6万、3.8万、3.3万平方公里",
        &[
            "10.6万=10.6 万平方公里 =106000000000",
            "3.8万=3.8 万平方公里 =38000000000",
            "3.3万平方公里=3.3 万平方公里 =33000000000",
        ],
    );
    // A number with a unit of its own keeps it.
    check(
        "5万吨、3万人",
        &["5万吨=5 万吨 =50000", "3万人=3 万人 =30000"],
    );
    // And the approximation after the last, when `分别` opens it.
    check(
        "城乡居民人均可支配收入分别增长5%和7.5%左右",
        &["5%=5 % =5 [左右]", "7.5%=7.5 % =7.5 [左右]"],
    );
    check(
        "收入增长5%，支出增长7.5%左右",
        &["5%=5 % =5", "7.5%=7.5 % =7.5 [左右]"],
    );
}

#[test]
fn more_than_a_magnitude_before_the_unit() {
    check(
        "植树2万余亩，保障了2.4万多户",
        &[
            "2万余亩=20000 亩 =20000 [余]",
            "2.4万多户=24000 户 =24000 [多]",
        ],
    );
    // A unit with a magnitude of its own after the magnitude (`3万多亿元`: over 30,000 亿元).
    check(
        "共减轻市场主体负担3万多亿元",
        &["3万多亿元=30000 亿元 =3000000000000 [多]"],
    );
}

#[test]
fn one_times_is_a_multiple_not_the_article() {
    check("高技术产业占比提高一倍，一批项目落地", &["一倍=1 倍 =1"]);
}

/// Scans `text` and renders each quantity as a reader of numbers takes it
/// ([`Quantity::as_number`]): `text=value unit`.
fn numbers(text: &str) -> Vec<String> {
    scan_quantities(text)
        .iter()
        .map(|q| {
            let (value, upper, unit) = q.as_number();
            let mut s = format!("{}={}", &text[q.range.0..q.range.1], value);
            if let Some(u) = upper {
                s += &format!("..{u}");
            }
            if let Some(unit) = unit {
                s += &format!(" {unit}");
            }
            s
        })
        .collect()
}

#[test]
fn chinese_numerals_alone_abbreviated_and_traditional() {
    assert_eq!(numbers("人口两千四百五十，"), ["两千四百五十=2450"]);
    assert_eq!(numbers("约两千四百五"), ["两千四百五=2450"]);
    assert_eq!(numbers("九十二万四"), ["九十二万四=924000"]);
    assert_eq!(numbers("气温十五点七度以上"), ["十五点七=15.7"]);
    // (A magnitude after the decimals: `七点八亿`.)
    assert_eq!(numbers("总数约为七点八亿，"), ["七点八亿=780000000"]);
    assert_eq!(numbers("约三点三万，"), ["三点三万=33000"]);
    assert_eq!(numbers("两点五万亿，"), ["两点五万亿=2500000000000"]);
    assert_eq!(numbers("壹佰伍拾万元"), ["壹佰伍拾万元=150 万元"]);
    assert_eq!(numbers("兩千萬"), ["兩千萬=20000000"]);
    assert_eq!(numbers("四万万同胞"), ["四万万=400000000"]);
    assert_eq!(numbers("5万4千6百"), ["5万4千6百=54600"]);
    assert_eq!(numbers("覆盖一千三百五十万"), ["一千三百五十万=13500000"]);
    // Words that hold numerals are not numbers.
    for word in [
        "四川省",
        "一切工作",
        "万一",
        "一二线城市",
        "三四五线",
        "陆地",
        "一个",
    ] {
        assert_eq!(numbers(word), Vec::<String>::new(), "{word}");
    }
    // A year in Chinese digits is a date; a count of years is a number.
    assert_eq!(numbers("二〇二三年"), Vec::<String>::new());
    assert_eq!(numbers("历时九年"), ["九=9"]);
}

#[test]
fn approximations_of_a_magnitude() {
    check("十余万人", &["十余万人=10 万人 =100000 [余]"]);
    assert_eq!(numbers("二十几万"), ["二十几万=200000"]);
    assert_eq!(numbers("四百多"), ["四百多=400"]);
    assert_eq!(numbers("500余万"), ["500余万=5000000"]);
}

#[test]
fn signs() {
    check("增长-2.1%", &["-2.1%=-2.1 % =-2.1"]);
    check("增速为负3.5%", &["负3.5%=-3.5 % =-3.5"]);
    assert_eq!(numbers("负三十二"), ["负三十二=-32"]);
    // (One numeral alone after the sign; a sign after `百分之`; below zero.)
    assert_eq!(numbers("负五"), ["负五=-5"]);
    assert_eq!(numbers("百分之负五"), ["百分之负五=-5 %"]);
    check("极端最低气温零下12.3℃。", &["零下12.3℃=-12.3 ℃ =-12.3"]);
    assert!(numbers("减负五，").is_empty());
    // Not signs: the dash of a range of years, the 负 of a word.
    check("减负109.5亿元", &["109.5亿元=109.5 亿元 =10950000000"]);
    assert_eq!(numbers("2021-2025"), ["2021=2021", "2025=2025"]);
}

#[test]
fn one_digit_after_a_magnitude_is_the_place_below_it() {
    // (As `三万五` is; not a digit that begins a number of its own.)
    assert_eq!(numbers("3万5"), ["3万5=35000"]);
    assert_eq!(numbers("增加1亿2，"), ["1亿2=120000000"]);
    assert_eq!(numbers("3万、5"), ["3万=30000", "5=5"]);
}

#[test]
fn shares_in_tenths() {
    assert_eq!(numbers("三成半"), ["三成半=35 %"]);
    assert_eq!(numbers("七成六"), ["七成六=76 %"]);
    assert_eq!(numbers("近9.5成"), ["9.5成=95 %"]);
    assert_eq!(numbers("门票打八折"), ["八折=80 %"]);
    assert_eq!(numbers("八五折优惠"), ["八五折=85 %"]);
    assert_eq!(numbers("7.5折"), ["7.5折=75 %"]);
    assert_eq!(numbers("75折"), ["75折=75 %"]);
    assert_eq!(numbers("半成"), ["半成=5 %"]);
    for word in ["一成不变", "折合人民币", "固定资产折旧", "半成品", "十折"] {
        assert_eq!(numbers(word), Vec::<String>::new(), "{word}");
    }
}

#[test]
fn per_cent_fractions_and_notation() {
    assert_eq!(numbers("百分之2.5"), ["百分之2.5=2.5 %"]);
    assert_eq!(numbers("百分之百"), ["百分之百=100 %"]);
    assert_eq!(numbers("千分之三"), ["千分之三=3 ‰"]);
    assert_eq!(
        numbers("七十五万个百分点"),
        ["七十五万个百分点=750000 个百分点"]
    );
    assert_eq!(numbers("三分之二"), ["三分之二=0.6666666666666666"]);
    assert_eq!(numbers("12分之3"), ["12分之3=0.25"]);
    assert_eq!(numbers("1又二分之一"), ["1又二分之一=1.5"]);
    assert_eq!(numbers("三又2分之1"), ["三又2分之1=3.5"]);
    assert_eq!(numbers("约3/4的村"), ["3/4=0.75"]);
    assert_eq!(numbers("2023/5/1"), ["2023=2023", "5=5", "1=1"]);
    assert_eq!(numbers("1.2e3"), ["1.2e3=1200"]);
    assert_eq!(numbers("9，999"), ["9，999=9999"]);
    assert_eq!(numbers(" .5"), [".5=0.5"]);
    // Still the magnitude of a unit where one follows.
    assert_eq!(numbers("4.78万亿元"), ["4.78万亿元=4.78 万亿元"]);
    assert_eq!(numbers("4.78万亿"), ["4.78万亿=4780000000000"]);
}

#[test]
fn ranges_in_chinese_numerals() {
    assert_eq!(
        numbers("提高三到五个百分点"),
        ["三到五个百分点=3..5 个百分点"]
    );
    assert_eq!(numbers("一至两年"), ["一至两=1..2"]);
    assert_eq!(
        numbers("增长百分之五至百分之六"),
        ["百分之五至百分之六=5..6 %"]
    );
    assert_eq!(numbers("一千到一千五百"), ["一千到一千五百=1000..1500"]);
}

#[test]
fn a_time_of_day_after_a_date_is_no_ratio() {
    assert_eq!(
        numbers("发布时间：2020/1/8 11:20:49"),
        ["2020=2020", "1=1", "8=8"]
    );
    check("三次产业结构比为10:45:45", &["10:45:45=10"]);
    // A figure's number before its caption's year.
    assert!(numbers("图2:2024年居民消费价格比上年涨跌幅度").is_empty());
    check("结构调整为22.8:21.2:56.0。", &["22.8:21.2:56.0=22.8"]);
}

#[test]
fn zhao_is_a_million_million_inside_a_numeral_and_mega_in_a_unit() {
    assert_eq!(
        numbers("五兆六十二亿四万五千二"),
        ["五兆六十二亿四万五千二=5006200045200"]
    );
    check("装机5兆瓦", &["5兆瓦=5 兆瓦 =5000"]);
    check("五兆瓦时", &["五兆瓦时=5 兆瓦时 =5000"]);
}

#[test]
fn the_table_of_starting_characters_is_the_numerals_with_fu_ban_and_shou() {
    for code in 0x4000..0xA000u32 {
        let Some(c) = char::from_u32(code) else {
            continue;
        };
        let starts = chinese::is_numeral_char(c) || matches!(c, '负' | '負' | '半' | '首');
        assert_eq!(starts_quantity(code), starts, "{c}");
    }
}

#[test]
fn ordinals_whose_later_items_leave_out_di() {
    assert_eq!(
        numbers("第一、二、三产业增加值分别增长5.9%、14.3%、10%"),
        ["5.9%=5.9 %", "14.3%=14.3 %", "10%=10 %"]
    );
    assert_eq!(numbers("第二、三产业"), Vec::<String>::new());
    // A list of counts after an ordinal is still counted.
    assert_eq!(numbers("第3季度、5个、7个"), ["5个=5 个", "7个=7 个"]);
}

#[test]
fn years_with_decimals_are_a_length_of_time() {
    assert_eq!(numbers("受教育年限达到11.3年"), ["11.3年=11.3 年"]);
    // Not a year, nor a whole number of years.
    assert_eq!(numbers("2023年"), Vec::<String>::new());
    assert_eq!(numbers("连续5年增产"), ["5=5"]);
}

#[test]
fn reaching_a_figure_is_no_qualifier_of_it() {
    // `达` is the verb, not a bound: a bound after the number is the qualifier.
    check(
        "税收占比达70.4%，参保率达95%以上。",
        &["70.4%=70.4 % =70.4", "95%=95 % =95 [以上]"],
    );
}

#[test]
fn base_values_are_the_decimals_a_reader_writes() {
    for (value, factor, base) in [
        (82.96, 1e8, 8_296_000_000.0),
        (0.57, 1e4, 5_700.0),
        (4.86, 1e8, 486_000_000.0),
        (1.3, 1e12, 1.3e12),
        (-1.16, 1.0, -1.16),
        (0.0, 1e4, 0.0),
        (5.0, 0.001, 0.005),
        (12345.6, 1e4, 123_456_000.0),
        (3.3, 1e8, 330_000_000.0),
        (2.23, 1e12, 2.23e12),
    ] {
        assert_eq!(super::scaled(value, factor), base, "{value} × {factor}");
    }
}

#[test]
fn ten_thousands_after_a_hundred_million_are_of_the_number() {
    check(
        "一亿二千万元、三亿五千万人、1亿2千万元，一万二千亿元",
        &[
            "一亿二千万元=120000000 元 =120000000",
            "三亿五千万人=350000000 人 =350000000",
            "1亿2千万元=120000000 元 =120000000",
            "一万二千亿元=12000 亿元 =1200000000000",
        ],
    );
}

#[test]
fn a_hundred_jin_in_older_reports() {
    check(
        "棉花产量一亿二千五百一十六万担，由3家担保公司",
        &[
            "一亿二千五百一十六万担=125160000 担 =125160000",
            "3家=3 家 =3",
        ],
    );
}

#[test]
fn times_each_came() {
    check(
        "进出港车辆280万辆次，航班起降12.6万架次",
        &[
            "280万辆次=280 万辆次 =2800000",
            "12.6万架次=12.6 万架次 =126000",
        ],
    );
}

#[test]
fn a_step_is_no_machine() {
    check("先后跨越百亿、二百亿台阶", &[]);
    // (Machines, with a word after them that opens as a step would not.)
    check("安装3台风机", &["3台=3 台 =3"]);
}

#[test]
fn thousands_spaced_apart_before_a_unit() {
    check(
        "地区生产总值5 432.18亿元，常住人口1 234 567人",
        &[
            "5 432.18亿元=5432.18 亿元 =543218000000",
            "1 234 567人=1234567 人 =1234567",
        ],
    );
    // (A table's columns, with their units in the header, stay apart.)
    check("粮食 12 345 万吨", &[]);
}
