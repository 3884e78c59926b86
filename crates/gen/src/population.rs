//! The population model: regions, their name pools and structures, and one synthetic person
//! drawn from a per-person random stream.
//!
//! Name parts are drawn by frequency from the pools in `pools.rs` (head: Muhammad, Khan, Ali,
//! Ivanov, Wang...). A share of family names is composed from per-region syllables instead
//! (`Bel` + `o` + `zerov`, `Kar` + `zai`), in Latin and native script at once, so the tail of
//! family names is effectively unbounded, as it is in a real population.

use crate::pools::*;
use crate::rng::Rng;

/// One name part from a pool: spellings (most usual first), native-script form (may be empty)
/// and the share of people carrying it.
#[derive(Debug)]
pub struct Part {
    pub freq: f64,
    pub spellings: &'static [&'static str],
    pub native: &'static str,
}

/// A name part as drawn: one Latin spelling and its native form (empty when unknown).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub latin: String,
    pub native: String,
}

impl Token {
    fn new(latin: impl Into<String>, native: impl Into<String>) -> Self {
        Token {
            latin: latin.into(),
            native: native.into(),
        }
    }
}

/// How a region orders and links name parts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Structure {
    /// Given [second given] family; father's name given separately (`s/o`).
    SouthAsian,
    /// Given father [grandfather] family, the nasab linked by `bin` in aliases.
    Arab,
    /// Given patronymic family, Cyrillic alias family first.
    Slavic,
    /// Family given, Han alias.
    Chinese,
    /// Given [middle] family.
    Western,
}

/// A cumulative-weight table over a pool, for drawing by frequency.
pub struct Pool {
    parts: &'static [Part],
    cumulative: Vec<f64>,
}

impl Pool {
    pub fn new(parts: &'static [Part]) -> Self {
        let mut total = 0.0;
        let cumulative = parts
            .iter()
            .map(|p| {
                total += p.freq;
                total
            })
            .collect();
        Pool { parts, cumulative }
    }

    pub fn parts(&self) -> &'static [Part] {
        self.parts
    }

    pub fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }

    pub fn draw(&self, rng: &mut Rng) -> &'static Part {
        let total = self.cumulative.last().copied().unwrap_or(0.0);
        let x = rng.unit() * total;
        let i = self.cumulative.partition_point(|&c| c <= x);
        &self.parts[i.min(self.parts.len() - 1)]
    }

    /// A token: usually the first spelling, sometimes another (publishers spell differently).
    pub fn token(&self, rng: &mut Rng) -> Token {
        let p = self.draw(rng);
        let latin = if p.spellings.len() > 1 && rng.chance(0.15) {
            rng.choose(p.spellings)
        } else {
            &p.spellings[0]
        };
        Token::new(*latin, capitalise(p.native))
    }
}

/// Uppercases the first letter (Cyrillic forms are stored lowercase; Arabic has no case).
pub fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Syllables for composed (rare) family names: onsets, middles and endings, each a Latin and
/// a native form (native empty for Latin-only regions).
pub struct Syllables {
    pub onsets: &'static [(&'static str, &'static str)],
    pub middles: &'static [(&'static str, &'static str)],
    pub endings: &'static [(&'static str, &'static str)],
}

/// A region of the population model.
pub struct Region {
    pub name: &'static str,
    pub weight: f64,
    pub structure: Structure,
    pub male: Pool,
    pub female: Pool,
    pub family: Pool,
    pub patronymic_m: Pool,
    pub patronymic_f: Pool,
    pub syllables: Syllables,
    /// Share of family names composed from syllables rather than drawn from the pool.
    pub p_rare: f64,
    /// Probability of a second given name.
    pub p_second: f64,
    /// Probability that the family name is present.
    pub p_family: f64,
    /// Nationalities (ISO 3166-1 alpha-2, lowercase) and phone country codes.
    pub countries: &'static [(&'static str, &'static str)],
    /// Titles and honorifics that may precede the name.
    pub titles: &'static [&'static str],
}

const ARABIC_ONSETS: &[(&str, &str)] = &[
    ("Kar", "کر"),
    ("Sab", "صب"),
    ("Nas", "نص"),
    ("Dar", "در"),
    ("Bar", "بر"),
    ("Mal", "مل"),
    ("Jal", "جل"),
    ("Tar", "تر"),
    ("Shah", "شاه"),
    ("Gul", "گل"),
    ("Zar", "زر"),
    ("Qas", "قص"),
    ("Hab", "حب"),
    ("Mir", "میر"),
    ("Nur", "نور"),
    ("Fal", "فل"),
    ("Raz", "رز"),
    ("Sul", "سل"),
    ("Wal", "ول"),
    ("Had", "هد"),
    ("Kam", "کم"),
    ("Lat", "لط"),
    ("Bad", "بد"),
    ("Jam", "جم"),
    ("Sham", "شم"),
    ("Khal", "خل"),
    ("Ham", "حم"),
    ("Yar", "یار"),
];
const ARABIC_MIDDLES: &[(&str, &str)] = &[
    ("a", "ا"),
    ("i", "ی"),
    ("u", "و"),
    ("ab", "اب"),
    ("ad", "اد"),
    ("ak", "اک"),
    ("am", "ام"),
    ("an", "ان"),
    ("ar", "ار"),
    ("as", "اس"),
    ("id", "ید"),
    ("im", "یم"),
    ("un", "ون"),
];
const PERSIAN_ENDINGS: &[(&str, &str)] = &[
    ("i", "ی"),
    ("ani", "انی"),
    ("zadeh", "زاده"),
    ("pour", "پور"),
    ("ian", "یان"),
    ("nia", "نیا"),
    ("far", "فر"),
    ("vand", "وند"),
];
const PASHTO_ENDINGS: &[(&str, &str)] = &[
    ("zai", "زی"),
    ("khel", "خیل"),
    ("i", "ی"),
    ("wal", "وال"),
    ("yar", "یار"),
    ("ani", "انی"),
];
const URDU_ENDINGS: &[(&str, &str)] = &[
    ("i", "ی"),
    ("ani", "انی"),
    ("zai", "زئی"),
    ("wala", "والا"),
    ("ri", "ری"),
    ("ana", "انہ"),
];
const ARAB_ENDINGS: &[(&str, &str)] = &[
    ("i", "ي"),
    ("ani", "اني"),
    ("awi", "اوي"),
    ("oun", "ون"),
    ("an", "ان"),
    ("ash", "اش"),
];
const CYRILLIC_ONSETS: &[(&str, &str)] = &[
    ("Bel", "Бел"),
    ("Kor", "Кор"),
    ("Mar", "Мар"),
    ("Sok", "Сок"),
    ("Tar", "Тар"),
    ("Vol", "Вол"),
    ("Zar", "Зар"),
    ("Gor", "Гор"),
    ("Dub", "Дуб"),
    ("Kras", "Крас"),
    ("Lep", "Леп"),
    ("Nov", "Нов"),
    ("Pol", "Пол"),
    ("Rud", "Руд"),
    ("Shch", "Щ"),
    ("Tim", "Тим"),
    ("Khr", "Хр"),
    ("Zhur", "Жур"),
    ("Bur", "Бур"),
    ("Kal", "Кал"),
    ("Mel", "Мел"),
    ("Ser", "Сер"),
    ("Ter", "Тер"),
    ("Chur", "Чур"),
    ("Yak", "Як"),
    ("Fed", "Фед"),
    ("Lav", "Лав"),
    ("Prok", "Прок"),
];
const CYRILLIC_MIDDLES: &[(&str, &str)] = &[
    ("o", "о"),
    ("e", "е"),
    ("a", "а"),
    ("i", "и"),
    ("ya", "я"),
    ("ush", "уш"),
    ("ok", "ок"),
    ("ar", "ар"),
    ("en", "ен"),
    ("ich", "ич"),
    ("ov", "ов"),
    ("et", "ет"),
    ("ul", "ул"),
];
const SLAVIC_ENDINGS: &[(&str, &str)] = &[
    ("ov", "ов"),
    ("ev", "ев"),
    ("in", "ин"),
    ("enko", "енко"),
    ("ov", "ов"),
    ("sky", "ский"),
    ("chuk", "чук"),
    ("ikov", "иков"),
];
const TURKIC_ENDINGS: &[(&str, &str)] = &[
    ("ov", "ов"),
    ("ev", "ев"),
    ("bekov", "беков"),
    ("baev", "баев"),
    ("aliev", "алиев"),
    ("muradov", "мурадов"),
];
const LATIN_ONSETS: &[(&str, &str)] = &[
    ("Ber", ""),
    ("Mar", ""),
    ("Hol", ""),
    ("Kes", ""),
    ("Vil", ""),
    ("Ros", ""),
    ("Lan", ""),
    ("Fer", ""),
    ("Gal", ""),
    ("Bran", ""),
    ("Dor", ""),
    ("Tor", ""),
    ("Mos", ""),
    ("Sal", ""),
    ("Wint", ""),
    ("Cal", ""),
    ("Ples", ""),
    ("Hart", ""),
    ("Lind", ""),
    ("Strom", ""),
    ("Ved", ""),
    ("Alm", ""),
    ("Quer", ""),
    ("Nyg", ""),
];
const LATIN_MIDDLES: &[(&str, &str)] = &[
    ("a", ""),
    ("e", ""),
    ("i", ""),
    ("o", ""),
    ("en", ""),
    ("er", ""),
    ("an", ""),
    ("el", ""),
    ("in", ""),
    ("ar", ""),
    ("ol", ""),
    ("us", ""),
    ("im", ""),
];
const EUROPE_ENDINGS: &[(&str, &str)] = &[
    ("mann", ""),
    ("son", ""),
    ("ez", ""),
    ("ini", ""),
    ("ski", ""),
    ("ier", ""),
    ("berg", ""),
    ("ova", ""),
    ("escu", ""),
    ("aki", ""),
    ("ens", ""),
    ("eiro", ""),
];
const AFRICA_ONSETS: &[(&str, &str)] = &[
    ("Ok", ""),
    ("Ad", ""),
    ("Nk", ""),
    ("Mw", ""),
    ("Ban", ""),
    ("Kam", ""),
    ("Ots", ""),
    ("Dia", ""),
    ("Tra", ""),
    ("Kon", ""),
    ("Sang", ""),
    ("Ndi", ""),
    ("Oy", ""),
    ("Ach", ""),
    ("Bek", ""),
    ("Tes", ""),
    ("Wan", ""),
    ("Kip", ""),
    ("Mb", ""),
    ("Ol", ""),
];
const AFRICA_ENDINGS: &[(&str, &str)] = &[
    ("u", ""),
    ("wa", ""),
    ("e", ""),
    ("o", ""),
    ("ye", ""),
    ("ama", ""),
    ("eni", ""),
    ("ogo", ""),
    ("ele", ""),
];
const SOUTH_ASIA_ONSETS: &[(&str, &str)] = &[
    ("Ban", ""),
    ("Chat", ""),
    ("Deshp", ""),
    ("Gan", ""),
    ("Kul", ""),
    ("Mukh", ""),
    ("Nad", ""),
    ("Pand", ""),
    ("Rath", ""),
    ("Shrest", ""),
    ("Tal", ""),
    ("Vis", ""),
    ("Bhand", ""),
    ("Kot", ""),
    ("Sub", ""),
    ("Jag", ""),
    ("Ram", ""),
    ("Mah", ""),
];
const SOUTH_ASIA_ENDINGS: &[(&str, &str)] = &[
    ("kar", ""),
    ("appa", ""),
    ("wala", ""),
    ("ya", ""),
    ("ee", ""),
    ("an", ""),
    ("ande", ""),
    ("iah", ""),
];
const HAN_SURNAMES: &[(&str, &str, f64)] = &[
    ("Wang", "王", 7.4),
    ("Li", "李", 7.9),
    ("Zhang", "张", 7.1),
    ("Liu", "刘", 5.4),
    ("Chen", "陈", 4.5),
    ("Yang", "杨", 3.1),
    ("Huang", "黄", 2.3),
    ("Zhao", "赵", 2.0),
    ("Wu", "吴", 2.0),
    ("Zhou", "周", 1.9),
    ("Xu", "徐", 1.3),
    ("Sun", "孙", 1.2),
    ("Ma", "马", 1.1),
    ("Zhu", "朱", 1.1),
    ("Hu", "胡", 1.0),
    ("Guo", "郭", 1.0),
    ("He", "何", 0.9),
    ("Lin", "林", 0.9),
    ("Gao", "高", 0.9),
    ("Luo", "罗", 0.8),
    ("Zheng", "郑", 0.8),
    ("Liang", "梁", 0.7),
    ("Xie", "谢", 0.6),
    ("Song", "宋", 0.6),
    ("Tang", "唐", 0.5),
    ("Han", "韩", 0.5),
    ("Feng", "冯", 0.5),
    ("Deng", "邓", 0.5),
    ("Cao", "曹", 0.5),
    ("Peng", "彭", 0.5),
    ("Zeng", "曾", 0.5),
    ("Xiao", "肖", 0.5),
    ("Tian", "田", 0.4),
    ("Dong", "董", 0.4),
    ("Pan", "潘", 0.4),
    ("Yuan", "袁", 0.4),
    ("Cai", "蔡", 0.4),
    ("Jiang", "蒋", 0.4),
    ("Yu", "余", 0.4),
    ("Du", "杜", 0.3),
    ("Ye", "叶", 0.3),
    ("Cheng", "程", 0.3),
    ("Wei", "魏", 0.3),
    ("Su", "苏", 0.3),
    ("Lu", "吕", 0.3),
    ("Ding", "丁", 0.3),
    ("Ren", "任", 0.3),
    ("Shen", "沈", 0.3),
    ("Yao", "姚", 0.3),
    ("Lu", "卢", 0.3),
    ("Fu", "傅", 0.2),
    ("Zhong", "钟", 0.2),
    ("Jiang", "姜", 0.2),
    ("Cui", "崔", 0.2),
    ("Tan", "谭", 0.2),
    ("Lu", "陆", 0.2),
    ("Fan", "范", 0.2),
    ("Wang", "汪", 0.2),
    ("Liao", "廖", 0.2),
    ("Shi", "石", 0.2),
    ("Jin", "金", 0.2),
    ("Wei", "韦", 0.2),
    ("Jia", "贾", 0.2),
    ("Xia", "夏", 0.2),
    ("Fu", "付", 0.2),
    ("Fang", "方", 0.2),
    ("Zou", "邹", 0.1),
    ("Xiong", "熊", 0.1),
    ("Bai", "白", 0.1),
    ("Meng", "孟", 0.1),
    ("Qin", "秦", 0.1),
    ("Qiu", "邱", 0.1),
    ("Hou", "侯", 0.1),
    ("Jiang", "江", 0.1),
    ("Yin", "尹", 0.1),
    ("Xue", "薛", 0.1),
    ("Yan", "闫", 0.1),
    ("Duan", "段", 0.1),
    ("Lei", "雷", 0.1),
    ("Long", "龙", 0.1),
    ("Li", "黎", 0.1),
    ("Shi", "史", 0.1),
    ("Tao", "陶", 0.1),
    ("He", "贺", 0.1),
    ("Mao", "毛", 0.1),
    ("Hao", "郝", 0.1),
    ("Gu", "顾", 0.1),
    ("Gong", "龚", 0.1),
    ("Shao", "邵", 0.1),
    ("Wan", "万", 0.1),
    ("Qian", "钱", 0.1),
    ("Yan", "严", 0.1),
    ("Lai", "赖", 0.1),
    ("Qin", "覃", 0.1),
    ("Hong", "洪", 0.1),
    ("Wu", "武", 0.1),
    ("Mo", "莫", 0.1),
    ("Kong", "孔", 0.1),
    ("Ouyang", "欧阳", 0.02),
    ("Sima", "司马", 0.005),
    ("Zhuge", "诸葛", 0.002),
];
/// Given-name syllables (pinyin, Han, used by men, used by women). Given names are one or
/// two syllables, so pairs give thousands of given names.
const HAN_GIVEN: &[(&str, &str, bool, bool)] = &[
    ("Wei", "伟", true, false),
    ("Fang", "芳", false, true),
    ("Min", "敏", true, true),
    ("Jing", "静", false, true),
    ("Li", "丽", false, true),
    ("Qiang", "强", true, false),
    ("Lei", "磊", true, false),
    ("Jun", "军", true, false),
    ("Yang", "洋", true, true),
    ("Yong", "勇", true, false),
    ("Yan", "艳", false, true),
    ("Jie", "杰", true, false),
    ("Tao", "涛", true, false),
    ("Ming", "明", true, false),
    ("Chao", "超", true, false),
    ("Xiu", "秀", false, true),
    ("Hua", "华", true, true),
    ("Ping", "平", true, true),
    ("Gang", "刚", true, false),
    ("Hui", "辉", true, false),
    ("Hong", "红", false, true),
    ("Ying", "英", false, true),
    ("Xin", "鑫", true, true),
    ("Lan", "兰", false, true),
    ("Bo", "波", true, false),
    ("Jian", "建", true, false),
    ("Hao", "浩", true, false),
    ("Peng", "鹏", true, false),
    ("Yu", "宇", true, true),
    ("Hai", "海", true, false),
    ("Guo", "国", true, false),
    ("Zhi", "志", true, false),
    ("Xiao", "晓", true, true),
    ("Mei", "梅", false, true),
    ("Ling", "玲", false, true),
    ("Dong", "东", true, false),
    ("Feng", "峰", true, false),
    ("Long", "龙", true, false),
    ("Na", "娜", false, true),
    ("Qing", "青", true, true),
    ("Yun", "云", true, true),
    ("Chun", "春", true, true),
    ("Wen", "文", true, true),
    ("Bin", "斌", true, false),
    ("Jia", "佳", true, true),
    ("Zhen", "珍", false, true),
    ("Rui", "瑞", true, true),
    ("Kai", "凯", true, false),
    ("Shan", "山", true, false),
    ("Lin", "琳", false, true),
];

fn pools(parts: [&'static [Part]; 5]) -> [Pool; 5] {
    parts.map(Pool::new)
}

#[allow(clippy::too_many_arguments)]
fn region(
    name: &'static str,
    weight: f64,
    structure: Structure,
    parts: [&'static [Part]; 5],
    syllables: Syllables,
    p_rare: f64,
    p_second: f64,
    countries: &'static [(&'static str, &'static str)],
    titles: &'static [&'static str],
) -> Region {
    let [male, female, family, patronymic_m, patronymic_f] = pools(parts);
    Region {
        name,
        weight,
        structure,
        male,
        female,
        family,
        patronymic_m,
        patronymic_f,
        syllables,
        p_rare,
        p_second,
        p_family: if name == "afghanistan" { 0.75 } else { 1.0 },
        countries,
        titles,
    }
}

const MUSLIM_TITLES: &[&str] = &["Haji", "Hafiz", "Maulana", "Mufti", "Qari", "Dr.", "Engr."];
const ARAB_TITLES: &[&str] = &["Sheikh", "Haji", "Dr.", "Eng."];
const PLAIN_TITLES: &[&str] = &["Dr.", "Prof."];

/// The regions of the model, with their weights (shares of the population).
pub fn regions() -> Vec<Region> {
    let syl = |onsets, middles, endings| Syllables {
        onsets,
        middles,
        endings,
    };
    vec![
        region(
            "pakistan",
            0.18,
            Structure::SouthAsian,
            [PAKISTAN_MALE, PAKISTAN_FEMALE, PAKISTAN_FAMILY, &[], &[]],
            syl(ARABIC_ONSETS, ARABIC_MIDDLES, URDU_ENDINGS),
            0.3,
            0.55,
            &[("pk", "+92")],
            MUSLIM_TITLES,
        ),
        region(
            "afghanistan",
            0.09,
            Structure::SouthAsian,
            [
                AFGHANISTAN_MALE,
                AFGHANISTAN_FEMALE,
                AFGHANISTAN_FAMILY,
                &[],
                &[],
            ],
            syl(ARABIC_ONSETS, ARABIC_MIDDLES, PASHTO_ENDINGS),
            0.35,
            0.3,
            &[("af", "+93")],
            MUSLIM_TITLES,
        ),
        region(
            "arab",
            0.17,
            Structure::Arab,
            [ARAB_MALE, ARAB_FEMALE, ARAB_FAMILY, &[], &[]],
            syl(ARABIC_ONSETS, ARABIC_MIDDLES, ARAB_ENDINGS),
            0.3,
            0.0,
            &[
                ("sa", "+966"),
                ("eg", "+20"),
                ("iq", "+964"),
                ("sy", "+963"),
                ("ye", "+967"),
                ("jo", "+962"),
                ("lb", "+961"),
                ("ae", "+971"),
                ("ly", "+218"),
                ("sd", "+249"),
                ("dz", "+213"),
                ("ma", "+212"),
                ("tn", "+216"),
            ],
            ARAB_TITLES,
        ),
        region(
            "iran",
            0.07,
            Structure::Western,
            [IRAN_MALE, IRAN_FEMALE, IRAN_FAMILY, &[], &[]],
            syl(ARABIC_ONSETS, ARABIC_MIDDLES, PERSIAN_ENDINGS),
            0.35,
            0.15,
            &[("ir", "+98")],
            PLAIN_TITLES,
        ),
        region(
            "central-asia",
            0.07,
            Structure::Slavic,
            [
                CENTRAL_ASIA_MALE,
                CENTRAL_ASIA_FEMALE,
                CENTRAL_ASIA_FAMILY,
                CENTRAL_ASIA_PATRONYMIC_M,
                CENTRAL_ASIA_PATRONYMIC_F,
            ],
            syl(CYRILLIC_ONSETS, CYRILLIC_MIDDLES, TURKIC_ENDINGS),
            0.3,
            0.0,
            &[
                ("uz", "+998"),
                ("kz", "+7"),
                ("tj", "+992"),
                ("kg", "+996"),
                ("tm", "+993"),
                ("az", "+994"),
            ],
            PLAIN_TITLES,
        ),
        region(
            "russia-cis",
            0.09,
            Structure::Slavic,
            [
                RUSSIA_MALE,
                RUSSIA_FEMALE,
                RUSSIA_FAMILY,
                RUSSIA_PATRONYMIC_M,
                RUSSIA_PATRONYMIC_F,
            ],
            syl(CYRILLIC_ONSETS, CYRILLIC_MIDDLES, SLAVIC_ENDINGS),
            0.3,
            0.0,
            &[("ru", "+7"), ("ua", "+380"), ("by", "+375")],
            PLAIN_TITLES,
        ),
        region(
            "china",
            0.08,
            Structure::Chinese,
            [&[], &[], &[], &[], &[]],
            syl(&[], &[], &[]),
            0.0,
            0.0,
            &[("cn", "+86")],
            &[],
        ),
        region(
            "south-asia",
            0.07,
            Structure::Western,
            [
                SOUTH_ASIA_MALE,
                SOUTH_ASIA_FEMALE,
                SOUTH_ASIA_FAMILY,
                &[],
                &[],
            ],
            syl(SOUTH_ASIA_ONSETS, LATIN_MIDDLES, SOUTH_ASIA_ENDINGS),
            0.3,
            0.3,
            &[("in", "+91"), ("bd", "+880"), ("np", "+977"), ("lk", "+94")],
            PLAIN_TITLES,
        ),
        region(
            "europe",
            0.10,
            Structure::Western,
            [EUROPE_MALE, EUROPE_FEMALE, EUROPE_FAMILY, &[], &[]],
            syl(LATIN_ONSETS, LATIN_MIDDLES, EUROPE_ENDINGS),
            0.3,
            0.25,
            &[
                ("de", "+49"),
                ("fr", "+33"),
                ("gb", "+44"),
                ("es", "+34"),
                ("it", "+39"),
                ("pl", "+48"),
                ("nl", "+31"),
                ("pt", "+351"),
                ("se", "+46"),
                ("ro", "+40"),
            ],
            PLAIN_TITLES,
        ),
        region(
            "africa",
            0.08,
            Structure::SouthAsian,
            [AFRICA_MALE, AFRICA_FEMALE, AFRICA_FAMILY, &[], &[]],
            syl(AFRICA_ONSETS, LATIN_MIDDLES, AFRICA_ENDINGS),
            0.35,
            0.2,
            &[
                ("ng", "+234"),
                ("so", "+252"),
                ("ml", "+223"),
                ("sn", "+221"),
                ("ke", "+254"),
                ("et", "+251"),
                ("gh", "+233"),
                ("zw", "+263"),
                ("za", "+27"),
                ("sd", "+249"),
            ],
            PLAIN_TITLES,
        ),
    ]
}

/// One synthetic person, before rendering to FtM.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// FtM id (`p0000042`).
    pub id: String,
    pub region: &'static str,
    pub structure: Structure,
    pub male: bool,
    pub title: Option<&'static str>,
    pub given: Vec<Token>,
    /// Father's given name (Arab nasab, South Asian `s/o`).
    pub father: Option<Token>,
    pub grandfather: Option<Token>,
    pub patronymic: Option<Token>,
    pub family: Option<Token>,
    /// ISO prefix: `1971`, `1971-03` or `1971-03-09`; `None` when unknown.
    pub birth_date: Option<String>,
    pub nationality: &'static str,
    pub phone_prefix: &'static str,
}

/// The whole model: regions and their cumulative weights.
pub struct Model {
    pub regions: Vec<Region>,
    cumulative: Vec<f64>,
}

impl Default for Model {
    fn default() -> Self {
        Self::new()
    }
}

impl Model {
    pub fn new() -> Self {
        let regions = regions();
        let mut total = 0.0;
        let cumulative = regions
            .iter()
            .map(|r| {
                total += r.weight;
                total
            })
            .collect();
        Model {
            regions,
            cumulative,
        }
    }

    fn region(&self, rng: &mut Rng) -> &Region {
        let total = self.cumulative.last().copied().unwrap_or(1.0);
        let x = rng.unit() * total;
        let i = self.cumulative.partition_point(|&c| c <= x);
        &self.regions[i.min(self.regions.len() - 1)]
    }

    /// Person `index` of the population: a pure function of `(rng, index)`.
    pub fn person(&self, rng: &mut Rng, index: u64) -> Person {
        let r = self.region(rng);
        let male = rng.chance(0.65);
        let (mut given, mut family, mut father, mut grandfather, mut patronymic) =
            (Vec::new(), None, None, None, None);
        match r.structure {
            Structure::Chinese => {
                let (fam, han) = draw_han_surname(rng);
                family = Some(Token::new(fam, han));
                given.push(han_given(rng, male));
            }
            _ => {
                let pool = if male { &r.male } else { &r.female };
                // Muhammad comes first in many Muslim men's names, beyond its share of parts.
                match muhammad_share(r.name) {
                    p if male && p > 0.0 && rng.chance(p) => given.push(muhammad(rng)),
                    _ => given.push(pool.token(rng)),
                }
                if rng.chance(r.p_second) {
                    let second = pool.token(rng);
                    if second != given[0] {
                        given.push(second);
                    }
                }
                if r.structure == Structure::Arab || rng.chance(0.5) {
                    father = Some(r.male.token(rng));
                }
                if r.structure == Structure::Arab && rng.chance(0.35) {
                    grandfather = Some(r.male.token(rng));
                }
                if r.structure == Structure::Slavic {
                    let pool = if male {
                        &r.patronymic_m
                    } else {
                        &r.patronymic_f
                    };
                    if !pool.is_empty() && rng.chance(0.85) {
                        patronymic = Some(pool.token(rng));
                    }
                }
                if rng.chance(r.p_family) {
                    let mut f = if rng.chance(r.p_rare) {
                        compose(rng, &r.syllables)
                    } else {
                        r.family.token(rng)
                    };
                    if r.structure == Structure::Slavic {
                        gender_slavic(&mut f, male);
                    }
                    family = Some(f);
                }
            }
        }
        let title = if !r.titles.is_empty() && rng.chance(0.06) {
            Some(*rng.choose(r.titles))
        } else {
            None
        };
        let (nationality, phone_prefix) = *rng.choose(r.countries);
        Person {
            id: format!("p{index:07}"),
            region: r.name,
            structure: r.structure,
            male,
            title,
            given,
            father,
            grandfather,
            patronymic,
            family,
            birth_date: birth_date(rng),
            nationality,
            phone_prefix,
        }
    }
}

fn muhammad_share(region: &str) -> f64 {
    match region {
        "pakistan" => 0.3,
        "afghanistan" | "arab" => 0.2,
        "africa" | "iran" => 0.08,
        _ => 0.0,
    }
}

/// Muhammad in the spellings lists print, most usual first.
fn muhammad(rng: &mut Rng) -> Token {
    const SPELLINGS: &[(&str, f64)] = &[
        ("Muhammad", 0.4),
        ("Mohammad", 0.25),
        ("Mohammed", 0.2),
        ("Mohamed", 0.1),
        ("Muhammed", 0.05),
    ];
    let mut x = rng.unit();
    for (s, w) in SPELLINGS {
        x -= w;
        if x < 0.0 {
            return Token::new(*s, "محمد");
        }
    }
    Token::new("Muhammad", "محمد")
}

fn draw_han_surname(rng: &mut Rng) -> (&'static str, &'static str) {
    let total: f64 = HAN_SURNAMES.iter().map(|s| s.2).sum();
    let mut x = rng.unit() * total;
    for &(latin, han, w) in HAN_SURNAMES {
        x -= w;
        if x < 0.0 {
            return (latin, han);
        }
    }
    (HAN_SURNAMES[0].0, HAN_SURNAMES[0].1)
}

fn han_given(rng: &mut Rng, male: bool) -> Token {
    let fits = |s: &&(&str, &str, bool, bool)| if male { s.2 } else { s.3 };
    let pool: Vec<_> = HAN_GIVEN.iter().filter(fits).collect();
    let a = rng.choose(&pool);
    if rng.chance(0.3) {
        return Token::new(a.0, a.1);
    }
    let b = rng.choose(&pool);
    // Pinyin writes a two-syllable given name as one word.
    Token::new(
        format!("{}{}", a.0, b.0.to_lowercase()),
        format!("{}{}", a.1, b.1),
    )
}

/// A rare family name from syllables, in Latin and native script together.
pub fn compose(rng: &mut Rng, s: &Syllables) -> Token {
    if s.onsets.is_empty() {
        return Token::new("Ng", "");
    }
    let (mut latin, mut native) = {
        let o = rng.choose(s.onsets);
        (o.0.to_string(), o.1.to_string())
    };
    let n_middle = rng.below(3);
    for _ in 0..n_middle {
        let m = rng.choose(s.middles);
        latin.push_str(m.0);
        native.push_str(m.1);
    }
    let e = rng.choose(s.endings);
    latin.push_str(e.0);
    native.push_str(e.1);
    if s.onsets[0].1.is_empty() {
        native.clear();
    }
    Token::new(latin, native)
}

/// Slavic family names agree with the sex: Ivanov / Ivanova, Иванов / Иванова.
fn gender_slavic(t: &mut Token, male: bool) {
    let fem = t.latin.ends_with("ova") || t.latin.ends_with("eva") || t.latin.ends_with("ina");
    if male && fem {
        t.latin.pop();
        t.native.pop();
    } else if !male && (t.latin.ends_with('v') || t.latin.ends_with("in")) {
        t.latin.push('a');
        if !t.native.is_empty() {
            t.native.push('а');
        }
    } else if !male && t.latin.ends_with("sky") {
        t.latin.truncate(t.latin.len() - 3);
        t.latin.push_str("skaya");
        if let Some(stem) = t.native.strip_suffix("ский") {
            t.native = format!("{stem}ская");
        }
    }
}

/// A partial date of birth: 10% unknown, 25% year only, 10% year and month, else full.
fn birth_date(rng: &mut Rng) -> Option<String> {
    let year = 1940 + rng.below(66);
    let month = 1 + rng.below(12);
    let day = 1 + rng.below(28);
    let x = rng.unit();
    if x < 0.10 {
        None
    } else if x < 0.35 {
        Some(format!("{year}"))
    } else if x < 0.45 {
        Some(format!("{year}-{month:02}"))
    } else {
        Some(format!("{year}-{month:02}-{day:02}"))
    }
}
