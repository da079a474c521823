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
fn not_quantities() {
    check("2023年1月7日", &[]);
    check("第十八届人民代表大会", &[]);
    check("“十四五”规划", &[]);
    check("5G基站和C919大飞机", &[]);
    check("三大主导产业", &[]);
    check("三次产业", &[]);
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
}
