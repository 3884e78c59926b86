//! The population model: regions, their name pools and structures, and one synthetic person
//! drawn from a per-person random stream.
//!
//! Name parts are drawn by frequency from the pools in `pools.rs` (head: Muhammad, Khan, Ali,
//! Ivanov, Wang...). A share of family names is composed from per-region syllables instead
//! (`Bel` + `o` + `zerov`, `Kar` + `zai`), in Latin and native script at once, so the tail of
//! family names is effectively unbounded, as it is in a real population.

use crate::pools::*;
use crate::rng::Rng;
use crate::syllables::*;

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
