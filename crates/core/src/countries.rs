//! Country names, demonyms and codes to ISO 3166-1 alpha-2: the one place where list text such
//! as "Iran (Islamic Republic of)", "Korea, North", "Pakistani" or an MRZ's `GBR` becomes `ir`,
//! `kp`, `pk`, `gb`.
//!
//! Lookups normalise the text (case, accents, punctuation, a leading or trailing "the") and
//! search static sorted tables by binary search: no allocation beyond the normalised key, no
//! globals built at run time. Names that do not say which country they mean ("Korea",
//! "Congolese", "Dominican") are deliberately absent, so callers keep the original text.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// One row of the code table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Country {
    alpha2: &'static str,
    alpha3: &'static str,
    /// The English short name, as a person would write it ("Iran", not "Iran (Islamic Republic of)").
    name: &'static str,
}

/// Free text (a code, an English short or official name, a common variant or a demonym) to a
/// lowercase ISO 3166-1 alpha-2 code. `None` when the text names no country, or names one only
/// ambiguously; the ICAO codes for stateless persons and refugees (`XXA`, `XXB`, ...) are `None`.
///
/// Tried in order: the whole text; `"Korea, North"` read as `"North Korea"`; the text without a
/// parenthesised part (`"Bolivia (Plurinational State of)"`); an official-form prefix such as
/// "Republic of" or "Kingdom of" dropped; a "Region:" prefix dropped.
pub fn country_code(s: &str) -> Option<&'static str> {
    let key = normalize(s);
    if key.is_empty() {
        return None;
    }
    if let Some(code) = lookup(&key) {
        return Some(code);
    }
    // "Korea, North", "Congo, Democratic Republic of the", "Man, Isle of".
    if let Some((head, tail)) = s.split_once(',') {
        if let Some(code) = lookup(&normalize(&format!("{tail} {head}"))) {
            return Some(code);
        }
    }
    let without_parens = strip_parenthesised(s);
    if without_parens != s {
        if let Some(code) = country_code(&without_parens) {
            return Some(code);
        }
    }
    for prefix in OFFICIAL_PREFIXES {
        if let Some(rest) = key.strip_prefix(prefix) {
            if let Some(code) = lookup(rest.trim_start()) {
                return Some(code);
            }
        }
    }
    None
}

/// The English short name of an alpha-2 code (any case), e.g. `pk` -> "Pakistan".
pub fn country_name(code: &str) -> Option<&'static str> {
    find_alpha2(&code.trim().to_ascii_lowercase()).map(|c| c.name)
}

/// An alpha-3 code (any case) to alpha-2. Also reads the ICAO Doc 9303 codes that MRZs carry
/// but ISO does not assign (`D` for Germany, `GBD`.. for British nationals, `RKS` for Kosovo);
/// MRZ filler `<` is ignored.
pub fn alpha3_to_alpha2(code: &str) -> Option<&'static str> {
    let code = code.trim().trim_end_matches('<').to_ascii_lowercase();
    ALPHA3
        .binary_search_by(|(k, _)| (*k).cmp(code.as_str()))
        .ok()
        .map(|i| ALPHA3[i].1)
}

/// Official-form prefixes (normalised) that may be dropped to find the short name,
/// e.g. "Federal Republic of Germany", "Kingdom of Morocco".
const OFFICIAL_PREFIXES: &[&str] = &[
    "islamic republic of ",
    "federal republic of ",
    "democratic republic of ",
    "peoples republic of ",
    "socialist republic of ",
    "republic of ",
    "kingdom of ",
    "state of ",
    "commonwealth of ",
    "principality of ",
    "sultanate of ",
    "region ",
];

fn lookup(key: &str) -> Option<&'static str> {
    if let Ok(i) = NAMES.binary_search_by(|(k, _)| (*k).cmp(key)) {
        return Some(NAMES[i].1);
    }
    match key.len() {
        2 => find_alpha2(key).map(|c| c.alpha2),
        1 | 3 => ALPHA3
            .binary_search_by(|(k, _)| (*k).cmp(key))
            .ok()
            .map(|i| ALPHA3[i].1),
        _ => None,
    }
}

fn find_alpha2(code: &str) -> Option<&'static Country> {
    COUNTRIES
        .binary_search_by(|c| c.alpha2.cmp(code))
        .ok()
        .map(|i| &COUNTRIES[i])
}

/// "Bolivia (Plurinational State of)" -> "Bolivia ".
fn strip_parenthesised(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut depth = 0usize;
    for c in s.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The lookup key of a text: accents folded, lowercase, apostrophes and dots dropped
/// ("People's" -> "peoples", "U.S.A." -> "usa"), `&` as "and", other punctuation as spaces, whitespace
/// collapsed, and a leading or trailing "the" removed ("The Gambia", "Bahamas, The").
fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.nfkd() {
        if is_combining_mark(c) {
            continue;
        }
        let folded: &str = match c {
            'ø' | 'Ø' => "o",
            'æ' | 'Æ' => "ae",
            'ß' => "ss",
            'đ' | 'Đ' | 'ð' | 'Ð' => "d",
            'ł' | 'Ł' => "l",
            'œ' | 'Œ' => "oe",
            'ı' => "i",
            'þ' | 'Þ' => "th",
            '&' => " and ",
            _ => "",
        };
        let mut push = |lc: char| {
            if lc.is_alphanumeric() {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.push(lc);
            } else if !matches!(lc, '\'' | '’' | '‘' | '`' | 'ʼ' | '.') {
                space = true;
            }
        };
        if folded.is_empty() {
            c.to_lowercase().for_each(&mut push);
        } else {
            folded.chars().for_each(&mut push);
        }
    }
    if let Some(rest) = out.strip_prefix("the ") {
        out = rest.to_string();
    }
    if let Some(rest) = out.strip_suffix(" the") {
        out.truncate(rest.len());
    }
    out
}

/// Every code nazar knows, sorted by alpha-2: ISO 3166-1 plus the user-assigned `xk` (Kosovo)
/// and the withdrawn `an`, `cs`, `su`, `yu` that old list records still name.
#[rustfmt::skip]
static COUNTRIES: &[Country] = &[
    Country { alpha2: "ad", alpha3: "and", name: "Andorra" },
    Country { alpha2: "ae", alpha3: "are", name: "United Arab Emirates" },
    Country { alpha2: "af", alpha3: "afg", name: "Afghanistan" },
    Country { alpha2: "ag", alpha3: "atg", name: "Antigua and Barbuda" },
    Country { alpha2: "ai", alpha3: "aia", name: "Anguilla" },
    Country { alpha2: "al", alpha3: "alb", name: "Albania" },
    Country { alpha2: "am", alpha3: "arm", name: "Armenia" },
    Country { alpha2: "an", alpha3: "ant", name: "Netherlands Antilles" },
    Country { alpha2: "ao", alpha3: "ago", name: "Angola" },
    Country { alpha2: "aq", alpha3: "ata", name: "Antarctica" },
    Country { alpha2: "ar", alpha3: "arg", name: "Argentina" },
    Country { alpha2: "as", alpha3: "asm", name: "American Samoa" },
    Country { alpha2: "at", alpha3: "aut", name: "Austria" },
    Country { alpha2: "au", alpha3: "aus", name: "Australia" },
    Country { alpha2: "aw", alpha3: "abw", name: "Aruba" },
    Country { alpha2: "ax", alpha3: "ala", name: "Åland Islands" },
    Country { alpha2: "az", alpha3: "aze", name: "Azerbaijan" },
    Country { alpha2: "ba", alpha3: "bih", name: "Bosnia and Herzegovina" },
    Country { alpha2: "bb", alpha3: "brb", name: "Barbados" },
    Country { alpha2: "bd", alpha3: "bgd", name: "Bangladesh" },
    Country { alpha2: "be", alpha3: "bel", name: "Belgium" },
    Country { alpha2: "bf", alpha3: "bfa", name: "Burkina Faso" },
    Country { alpha2: "bg", alpha3: "bgr", name: "Bulgaria" },
    Country { alpha2: "bh", alpha3: "bhr", name: "Bahrain" },
    Country { alpha2: "bi", alpha3: "bdi", name: "Burundi" },
    Country { alpha2: "bj", alpha3: "ben", name: "Benin" },
    Country { alpha2: "bl", alpha3: "blm", name: "Saint Barthélemy" },
    Country { alpha2: "bm", alpha3: "bmu", name: "Bermuda" },
    Country { alpha2: "bn", alpha3: "brn", name: "Brunei" },
    Country { alpha2: "bo", alpha3: "bol", name: "Bolivia" },
    Country { alpha2: "bq", alpha3: "bes", name: "Bonaire, Sint Eustatius and Saba" },
    Country { alpha2: "br", alpha3: "bra", name: "Brazil" },
    Country { alpha2: "bs", alpha3: "bhs", name: "Bahamas" },
    Country { alpha2: "bt", alpha3: "btn", name: "Bhutan" },
    Country { alpha2: "bv", alpha3: "bvt", name: "Bouvet Island" },
    Country { alpha2: "bw", alpha3: "bwa", name: "Botswana" },
    Country { alpha2: "by", alpha3: "blr", name: "Belarus" },
    Country { alpha2: "bz", alpha3: "blz", name: "Belize" },
    Country { alpha2: "ca", alpha3: "can", name: "Canada" },
    Country { alpha2: "cc", alpha3: "cck", name: "Cocos (Keeling) Islands" },
    Country { alpha2: "cd", alpha3: "cod", name: "Democratic Republic of the Congo" },
    Country { alpha2: "cf", alpha3: "caf", name: "Central African Republic" },
    Country { alpha2: "cg", alpha3: "cog", name: "Congo" },
    Country { alpha2: "ch", alpha3: "che", name: "Switzerland" },
    Country { alpha2: "ci", alpha3: "civ", name: "Côte d'Ivoire" },
    Country { alpha2: "ck", alpha3: "cok", name: "Cook Islands" },
    Country { alpha2: "cl", alpha3: "chl", name: "Chile" },
    Country { alpha2: "cm", alpha3: "cmr", name: "Cameroon" },
    Country { alpha2: "cn", alpha3: "chn", name: "China" },
    Country { alpha2: "co", alpha3: "col", name: "Colombia" },
    Country { alpha2: "cr", alpha3: "cri", name: "Costa Rica" },
    Country { alpha2: "cs", alpha3: "scg", name: "Serbia and Montenegro" },
    Country { alpha2: "cu", alpha3: "cub", name: "Cuba" },
    Country { alpha2: "cv", alpha3: "cpv", name: "Cabo Verde" },
    Country { alpha2: "cw", alpha3: "cuw", name: "Curaçao" },
    Country { alpha2: "cx", alpha3: "cxr", name: "Christmas Island" },
    Country { alpha2: "cy", alpha3: "cyp", name: "Cyprus" },
    Country { alpha2: "cz", alpha3: "cze", name: "Czechia" },
    Country { alpha2: "de", alpha3: "deu", name: "Germany" },
    Country { alpha2: "dj", alpha3: "dji", name: "Djibouti" },
    Country { alpha2: "dk", alpha3: "dnk", name: "Denmark" },
    Country { alpha2: "dm", alpha3: "dma", name: "Dominica" },
    Country { alpha2: "do", alpha3: "dom", name: "Dominican Republic" },
    Country { alpha2: "dz", alpha3: "dza", name: "Algeria" },
    Country { alpha2: "ec", alpha3: "ecu", name: "Ecuador" },
    Country { alpha2: "ee", alpha3: "est", name: "Estonia" },
    Country { alpha2: "eg", alpha3: "egy", name: "Egypt" },
    Country { alpha2: "eh", alpha3: "esh", name: "Western Sahara" },
    Country { alpha2: "er", alpha3: "eri", name: "Eritrea" },
    Country { alpha2: "es", alpha3: "esp", name: "Spain" },
    Country { alpha2: "et", alpha3: "eth", name: "Ethiopia" },
    Country { alpha2: "fi", alpha3: "fin", name: "Finland" },
    Country { alpha2: "fj", alpha3: "fji", name: "Fiji" },
    Country { alpha2: "fk", alpha3: "flk", name: "Falkland Islands" },
    Country { alpha2: "fm", alpha3: "fsm", name: "Micronesia" },
    Country { alpha2: "fo", alpha3: "fro", name: "Faroe Islands" },
    Country { alpha2: "fr", alpha3: "fra", name: "France" },
    Country { alpha2: "ga", alpha3: "gab", name: "Gabon" },
    Country { alpha2: "gb", alpha3: "gbr", name: "United Kingdom" },
    Country { alpha2: "gd", alpha3: "grd", name: "Grenada" },
    Country { alpha2: "ge", alpha3: "geo", name: "Georgia" },
    Country { alpha2: "gf", alpha3: "guf", name: "French Guiana" },
    Country { alpha2: "gg", alpha3: "ggy", name: "Guernsey" },
    Country { alpha2: "gh", alpha3: "gha", name: "Ghana" },
    Country { alpha2: "gi", alpha3: "gib", name: "Gibraltar" },
    Country { alpha2: "gl", alpha3: "grl", name: "Greenland" },
    Country { alpha2: "gm", alpha3: "gmb", name: "Gambia" },
    Country { alpha2: "gn", alpha3: "gin", name: "Guinea" },
    Country { alpha2: "gp", alpha3: "glp", name: "Guadeloupe" },
    Country { alpha2: "gq", alpha3: "gnq", name: "Equatorial Guinea" },
    Country { alpha2: "gr", alpha3: "grc", name: "Greece" },
    Country { alpha2: "gs", alpha3: "sgs", name: "South Georgia and the South Sandwich Islands" },
    Country { alpha2: "gt", alpha3: "gtm", name: "Guatemala" },
    Country { alpha2: "gu", alpha3: "gum", name: "Guam" },
    Country { alpha2: "gw", alpha3: "gnb", name: "Guinea-Bissau" },
    Country { alpha2: "gy", alpha3: "guy", name: "Guyana" },
    Country { alpha2: "hk", alpha3: "hkg", name: "Hong Kong" },
    Country { alpha2: "hm", alpha3: "hmd", name: "Heard Island and McDonald Islands" },
    Country { alpha2: "hn", alpha3: "hnd", name: "Honduras" },
    Country { alpha2: "hr", alpha3: "hrv", name: "Croatia" },
    Country { alpha2: "ht", alpha3: "hti", name: "Haiti" },
    Country { alpha2: "hu", alpha3: "hun", name: "Hungary" },
    Country { alpha2: "id", alpha3: "idn", name: "Indonesia" },
    Country { alpha2: "ie", alpha3: "irl", name: "Ireland" },
    Country { alpha2: "il", alpha3: "isr", name: "Israel" },
    Country { alpha2: "im", alpha3: "imn", name: "Isle of Man" },
    Country { alpha2: "in", alpha3: "ind", name: "India" },
    Country { alpha2: "io", alpha3: "iot", name: "British Indian Ocean Territory" },
    Country { alpha2: "iq", alpha3: "irq", name: "Iraq" },
    Country { alpha2: "ir", alpha3: "irn", name: "Iran" },
    Country { alpha2: "is", alpha3: "isl", name: "Iceland" },
    Country { alpha2: "it", alpha3: "ita", name: "Italy" },
    Country { alpha2: "je", alpha3: "jey", name: "Jersey" },
    Country { alpha2: "jm", alpha3: "jam", name: "Jamaica" },
    Country { alpha2: "jo", alpha3: "jor", name: "Jordan" },
    Country { alpha2: "jp", alpha3: "jpn", name: "Japan" },
    Country { alpha2: "ke", alpha3: "ken", name: "Kenya" },
    Country { alpha2: "kg", alpha3: "kgz", name: "Kyrgyzstan" },
    Country { alpha2: "kh", alpha3: "khm", name: "Cambodia" },
    Country { alpha2: "ki", alpha3: "kir", name: "Kiribati" },
    Country { alpha2: "km", alpha3: "com", name: "Comoros" },
    Country { alpha2: "kn", alpha3: "kna", name: "Saint Kitts and Nevis" },
    Country { alpha2: "kp", alpha3: "prk", name: "North Korea" },
    Country { alpha2: "kr", alpha3: "kor", name: "South Korea" },
    Country { alpha2: "kw", alpha3: "kwt", name: "Kuwait" },
    Country { alpha2: "ky", alpha3: "cym", name: "Cayman Islands" },
    Country { alpha2: "kz", alpha3: "kaz", name: "Kazakhstan" },
    Country { alpha2: "la", alpha3: "lao", name: "Laos" },
    Country { alpha2: "lb", alpha3: "lbn", name: "Lebanon" },
    Country { alpha2: "lc", alpha3: "lca", name: "Saint Lucia" },
    Country { alpha2: "li", alpha3: "lie", name: "Liechtenstein" },
    Country { alpha2: "lk", alpha3: "lka", name: "Sri Lanka" },
    Country { alpha2: "lr", alpha3: "lbr", name: "Liberia" },
    Country { alpha2: "ls", alpha3: "lso", name: "Lesotho" },
    Country { alpha2: "lt", alpha3: "ltu", name: "Lithuania" },
    Country { alpha2: "lu", alpha3: "lux", name: "Luxembourg" },
    Country { alpha2: "lv", alpha3: "lva", name: "Latvia" },
    Country { alpha2: "ly", alpha3: "lby", name: "Libya" },
    Country { alpha2: "ma", alpha3: "mar", name: "Morocco" },
    Country { alpha2: "mc", alpha3: "mco", name: "Monaco" },
    Country { alpha2: "md", alpha3: "mda", name: "Moldova" },
    Country { alpha2: "me", alpha3: "mne", name: "Montenegro" },
    Country { alpha2: "mf", alpha3: "maf", name: "Saint Martin" },
    Country { alpha2: "mg", alpha3: "mdg", name: "Madagascar" },
    Country { alpha2: "mh", alpha3: "mhl", name: "Marshall Islands" },
    Country { alpha2: "mk", alpha3: "mkd", name: "North Macedonia" },
    Country { alpha2: "ml", alpha3: "mli", name: "Mali" },
    Country { alpha2: "mm", alpha3: "mmr", name: "Myanmar" },
    Country { alpha2: "mn", alpha3: "mng", name: "Mongolia" },
    Country { alpha2: "mo", alpha3: "mac", name: "Macao" },
    Country { alpha2: "mp", alpha3: "mnp", name: "Northern Mariana Islands" },
    Country { alpha2: "mq", alpha3: "mtq", name: "Martinique" },
    Country { alpha2: "mr", alpha3: "mrt", name: "Mauritania" },
    Country { alpha2: "ms", alpha3: "msr", name: "Montserrat" },
    Country { alpha2: "mt", alpha3: "mlt", name: "Malta" },
    Country { alpha2: "mu", alpha3: "mus", name: "Mauritius" },
    Country { alpha2: "mv", alpha3: "mdv", name: "Maldives" },
    Country { alpha2: "mw", alpha3: "mwi", name: "Malawi" },
    Country { alpha2: "mx", alpha3: "mex", name: "Mexico" },
    Country { alpha2: "my", alpha3: "mys", name: "Malaysia" },
    Country { alpha2: "mz", alpha3: "moz", name: "Mozambique" },
    Country { alpha2: "na", alpha3: "nam", name: "Namibia" },
    Country { alpha2: "nc", alpha3: "ncl", name: "New Caledonia" },
    Country { alpha2: "ne", alpha3: "ner", name: "Niger" },
    Country { alpha2: "nf", alpha3: "nfk", name: "Norfolk Island" },
    Country { alpha2: "ng", alpha3: "nga", name: "Nigeria" },
    Country { alpha2: "ni", alpha3: "nic", name: "Nicaragua" },
    Country { alpha2: "nl", alpha3: "nld", name: "Netherlands" },
    Country { alpha2: "no", alpha3: "nor", name: "Norway" },
    Country { alpha2: "np", alpha3: "npl", name: "Nepal" },
    Country { alpha2: "nr", alpha3: "nru", name: "Nauru" },
    Country { alpha2: "nu", alpha3: "niu", name: "Niue" },
    Country { alpha2: "nz", alpha3: "nzl", name: "New Zealand" },
    Country { alpha2: "om", alpha3: "omn", name: "Oman" },
    Country { alpha2: "pa", alpha3: "pan", name: "Panama" },
    Country { alpha2: "pe", alpha3: "per", name: "Peru" },
    Country { alpha2: "pf", alpha3: "pyf", name: "French Polynesia" },
    Country { alpha2: "pg", alpha3: "png", name: "Papua New Guinea" },
    Country { alpha2: "ph", alpha3: "phl", name: "Philippines" },
    Country { alpha2: "pk", alpha3: "pak", name: "Pakistan" },
    Country { alpha2: "pl", alpha3: "pol", name: "Poland" },
    Country { alpha2: "pm", alpha3: "spm", name: "Saint Pierre and Miquelon" },
    Country { alpha2: "pn", alpha3: "pcn", name: "Pitcairn" },
    Country { alpha2: "pr", alpha3: "pri", name: "Puerto Rico" },
    Country { alpha2: "ps", alpha3: "pse", name: "Palestine" },
    Country { alpha2: "pt", alpha3: "prt", name: "Portugal" },
    Country { alpha2: "pw", alpha3: "plw", name: "Palau" },
    Country { alpha2: "py", alpha3: "pry", name: "Paraguay" },
    Country { alpha2: "qa", alpha3: "qat", name: "Qatar" },
    Country { alpha2: "re", alpha3: "reu", name: "Réunion" },
    Country { alpha2: "ro", alpha3: "rou", name: "Romania" },
    Country { alpha2: "rs", alpha3: "srb", name: "Serbia" },
    Country { alpha2: "ru", alpha3: "rus", name: "Russia" },
    Country { alpha2: "rw", alpha3: "rwa", name: "Rwanda" },
    Country { alpha2: "sa", alpha3: "sau", name: "Saudi Arabia" },
    Country { alpha2: "sb", alpha3: "slb", name: "Solomon Islands" },
    Country { alpha2: "sc", alpha3: "syc", name: "Seychelles" },
    Country { alpha2: "sd", alpha3: "sdn", name: "Sudan" },
    Country { alpha2: "se", alpha3: "swe", name: "Sweden" },
    Country { alpha2: "sg", alpha3: "sgp", name: "Singapore" },
    Country { alpha2: "sh", alpha3: "shn", name: "Saint Helena" },
    Country { alpha2: "si", alpha3: "svn", name: "Slovenia" },
    Country { alpha2: "sj", alpha3: "sjm", name: "Svalbard and Jan Mayen" },
    Country { alpha2: "sk", alpha3: "svk", name: "Slovakia" },
    Country { alpha2: "sl", alpha3: "sle", name: "Sierra Leone" },
    Country { alpha2: "sm", alpha3: "smr", name: "San Marino" },
    Country { alpha2: "sn", alpha3: "sen", name: "Senegal" },
    Country { alpha2: "so", alpha3: "som", name: "Somalia" },
    Country { alpha2: "sr", alpha3: "sur", name: "Suriname" },
    Country { alpha2: "ss", alpha3: "ssd", name: "South Sudan" },
    Country { alpha2: "st", alpha3: "stp", name: "Sao Tome and Principe" },
    Country { alpha2: "su", alpha3: "sun", name: "Soviet Union" },
    Country { alpha2: "sv", alpha3: "slv", name: "El Salvador" },
    Country { alpha2: "sx", alpha3: "sxm", name: "Sint Maarten" },
    Country { alpha2: "sy", alpha3: "syr", name: "Syria" },
    Country { alpha2: "sz", alpha3: "swz", name: "Eswatini" },
    Country { alpha2: "tc", alpha3: "tca", name: "Turks and Caicos Islands" },
    Country { alpha2: "td", alpha3: "tcd", name: "Chad" },
    Country { alpha2: "tf", alpha3: "atf", name: "French Southern Territories" },
    Country { alpha2: "tg", alpha3: "tgo", name: "Togo" },
    Country { alpha2: "th", alpha3: "tha", name: "Thailand" },
    Country { alpha2: "tj", alpha3: "tjk", name: "Tajikistan" },
    Country { alpha2: "tk", alpha3: "tkl", name: "Tokelau" },
    Country { alpha2: "tl", alpha3: "tls", name: "Timor-Leste" },
    Country { alpha2: "tm", alpha3: "tkm", name: "Turkmenistan" },
    Country { alpha2: "tn", alpha3: "tun", name: "Tunisia" },
    Country { alpha2: "to", alpha3: "ton", name: "Tonga" },
    Country { alpha2: "tr", alpha3: "tur", name: "Türkiye" },
    Country { alpha2: "tt", alpha3: "tto", name: "Trinidad and Tobago" },
    Country { alpha2: "tv", alpha3: "tuv", name: "Tuvalu" },
    Country { alpha2: "tw", alpha3: "twn", name: "Taiwan" },
    Country { alpha2: "tz", alpha3: "tza", name: "Tanzania" },
    Country { alpha2: "ua", alpha3: "ukr", name: "Ukraine" },
    Country { alpha2: "ug", alpha3: "uga", name: "Uganda" },
    Country { alpha2: "um", alpha3: "umi", name: "United States Minor Outlying Islands" },
    Country { alpha2: "us", alpha3: "usa", name: "United States" },
    Country { alpha2: "uy", alpha3: "ury", name: "Uruguay" },
    Country { alpha2: "uz", alpha3: "uzb", name: "Uzbekistan" },
    Country { alpha2: "va", alpha3: "vat", name: "Holy See" },
    Country { alpha2: "vc", alpha3: "vct", name: "Saint Vincent and the Grenadines" },
    Country { alpha2: "ve", alpha3: "ven", name: "Venezuela" },
    Country { alpha2: "vg", alpha3: "vgb", name: "British Virgin Islands" },
    Country { alpha2: "vi", alpha3: "vir", name: "United States Virgin Islands" },
    Country { alpha2: "vn", alpha3: "vnm", name: "Vietnam" },
    Country { alpha2: "vu", alpha3: "vut", name: "Vanuatu" },
    Country { alpha2: "wf", alpha3: "wlf", name: "Wallis and Futuna" },
    Country { alpha2: "ws", alpha3: "wsm", name: "Samoa" },
    Country { alpha2: "xk", alpha3: "xkx", name: "Kosovo" },
    Country { alpha2: "ye", alpha3: "yem", name: "Yemen" },
    Country { alpha2: "yt", alpha3: "myt", name: "Mayotte" },
    Country { alpha2: "yu", alpha3: "yug", name: "Yugoslavia" },
    Country { alpha2: "za", alpha3: "zaf", name: "South Africa" },
    Country { alpha2: "zm", alpha3: "zmb", name: "Zambia" },
    Country { alpha2: "zw", alpha3: "zwe", name: "Zimbabwe" },
];

/// Alpha-3 codes (lowercase) to alpha-2, sorted; includes the ICAO Doc 9303 codes that are not
/// ISO (`D` for Germany, `GBD`/`GBN`/`GBO`/`GBP`/`GBS` for British nationals, `RKS`/`UNK` for Kosovo).
#[rustfmt::skip]
static ALPHA3: &[(&str, &str)] = &[
    ("abw", "aw"), ("afg", "af"), ("ago", "ao"), ("aia", "ai"), ("ala", "ax"), ("alb", "al"),
    ("and", "ad"), ("ant", "an"), ("are", "ae"), ("arg", "ar"), ("arm", "am"), ("asm", "as"),
    ("ata", "aq"), ("atf", "tf"), ("atg", "ag"), ("aus", "au"), ("aut", "at"), ("aze", "az"),
    ("bdi", "bi"), ("bel", "be"), ("ben", "bj"), ("bes", "bq"), ("bfa", "bf"), ("bgd", "bd"),
    ("bgr", "bg"), ("bhr", "bh"), ("bhs", "bs"), ("bih", "ba"), ("blm", "bl"), ("blr", "by"),
    ("blz", "bz"), ("bmu", "bm"), ("bol", "bo"), ("bra", "br"), ("brb", "bb"), ("brn", "bn"),
    ("btn", "bt"), ("bvt", "bv"), ("bwa", "bw"), ("caf", "cf"), ("can", "ca"), ("cck", "cc"),
    ("che", "ch"), ("chl", "cl"), ("chn", "cn"), ("civ", "ci"), ("cmr", "cm"), ("cod", "cd"),
    ("cog", "cg"), ("cok", "ck"), ("col", "co"), ("com", "km"), ("cpv", "cv"), ("cri", "cr"),
    ("cub", "cu"), ("cuw", "cw"), ("cxr", "cx"), ("cym", "ky"), ("cyp", "cy"), ("cze", "cz"),
    ("d", "de"), ("deu", "de"), ("dji", "dj"), ("dma", "dm"), ("dnk", "dk"), ("dom", "do"),
    ("dza", "dz"), ("ecu", "ec"), ("egy", "eg"), ("eri", "er"), ("esh", "eh"), ("esp", "es"),
    ("est", "ee"), ("eth", "et"), ("fin", "fi"), ("fji", "fj"), ("flk", "fk"), ("fra", "fr"),
    ("fro", "fo"), ("fsm", "fm"), ("gab", "ga"), ("gbd", "gb"), ("gbn", "gb"), ("gbo", "gb"),
    ("gbp", "gb"), ("gbr", "gb"), ("gbs", "gb"), ("geo", "ge"), ("ggy", "gg"), ("gha", "gh"),
    ("gib", "gi"), ("gin", "gn"), ("glp", "gp"), ("gmb", "gm"), ("gnb", "gw"), ("gnq", "gq"),
    ("grc", "gr"), ("grd", "gd"), ("grl", "gl"), ("gtm", "gt"), ("guf", "gf"), ("gum", "gu"),
    ("guy", "gy"), ("hkg", "hk"), ("hmd", "hm"), ("hnd", "hn"), ("hrv", "hr"), ("hti", "ht"),
    ("hun", "hu"), ("idn", "id"), ("imn", "im"), ("ind", "in"), ("iot", "io"), ("irl", "ie"),
    ("irn", "ir"), ("irq", "iq"), ("isl", "is"), ("isr", "il"), ("ita", "it"), ("jam", "jm"),
    ("jey", "je"), ("jor", "jo"), ("jpn", "jp"), ("kaz", "kz"), ("ken", "ke"), ("kgz", "kg"),
    ("khm", "kh"), ("kir", "ki"), ("kna", "kn"), ("kor", "kr"), ("kwt", "kw"), ("lao", "la"),
    ("lbn", "lb"), ("lbr", "lr"), ("lby", "ly"), ("lca", "lc"), ("lie", "li"), ("lka", "lk"),
    ("lso", "ls"), ("ltu", "lt"), ("lux", "lu"), ("lva", "lv"), ("mac", "mo"), ("maf", "mf"),
    ("mar", "ma"), ("mco", "mc"), ("mda", "md"), ("mdg", "mg"), ("mdv", "mv"), ("mex", "mx"),
    ("mhl", "mh"), ("mkd", "mk"), ("mli", "ml"), ("mlt", "mt"), ("mmr", "mm"), ("mne", "me"),
    ("mng", "mn"), ("mnp", "mp"), ("moz", "mz"), ("mrt", "mr"), ("msr", "ms"), ("mtq", "mq"),
    ("mus", "mu"), ("mwi", "mw"), ("mys", "my"), ("myt", "yt"), ("nam", "na"), ("ncl", "nc"),
    ("ner", "ne"), ("nfk", "nf"), ("nga", "ng"), ("nic", "ni"), ("niu", "nu"), ("nld", "nl"),
    ("nor", "no"), ("npl", "np"), ("nru", "nr"), ("nzl", "nz"), ("omn", "om"), ("pak", "pk"),
    ("pan", "pa"), ("pcn", "pn"), ("per", "pe"), ("phl", "ph"), ("plw", "pw"), ("png", "pg"),
    ("pol", "pl"), ("pri", "pr"), ("prk", "kp"), ("prt", "pt"), ("pry", "py"), ("pse", "ps"),
    ("pyf", "pf"), ("qat", "qa"), ("reu", "re"), ("rks", "xk"), ("rou", "ro"), ("rus", "ru"),
    ("rwa", "rw"), ("sau", "sa"), ("scg", "cs"), ("sdn", "sd"), ("sen", "sn"), ("sgp", "sg"),
    ("sgs", "gs"), ("shn", "sh"), ("sjm", "sj"), ("slb", "sb"), ("sle", "sl"), ("slv", "sv"),
    ("smr", "sm"), ("som", "so"), ("spm", "pm"), ("srb", "rs"), ("ssd", "ss"), ("stp", "st"),
    ("sun", "su"), ("sur", "sr"), ("svk", "sk"), ("svn", "si"), ("swe", "se"), ("swz", "sz"),
    ("sxm", "sx"), ("syc", "sc"), ("syr", "sy"), ("tca", "tc"), ("tcd", "td"), ("tgo", "tg"),
    ("tha", "th"), ("tjk", "tj"), ("tkl", "tk"), ("tkm", "tm"), ("tls", "tl"), ("ton", "to"),
    ("tto", "tt"), ("tun", "tn"), ("tur", "tr"), ("tuv", "tv"), ("twn", "tw"), ("tza", "tz"),
    ("uga", "ug"), ("ukr", "ua"), ("umi", "um"), ("unk", "xk"), ("ury", "uy"), ("usa", "us"),
    ("uzb", "uz"), ("vat", "va"), ("vct", "vc"), ("ven", "ve"), ("vgb", "vg"), ("vir", "vi"),
    ("vnm", "vn"), ("vut", "vu"), ("wlf", "wf"), ("wsm", "ws"), ("xkx", "xk"), ("yem", "ye"),
    ("yug", "yu"), ("zaf", "za"), ("zim", "zw"), ("zmb", "zm"), ("zwe", "zw"),
];

/// Normalised names, official names, variants and demonyms to alpha-2, sorted by key. Keys are
/// what [`normalize`] makes of the text; a test checks both the order and the normal form.
#[rustfmt::skip]
static NAMES: &[(&str, &str)] = &[
    ("afghan", "af"),
    ("afghani", "af"),
    ("afghanistan", "af"),
    ("aland", "ax"),
    ("aland islands", "ax"),
    ("albania", "al"),
    ("albanian", "al"),
    ("algeria", "dz"),
    ("algerian", "dz"),
    ("allemagne", "de"),
    ("america", "us"),
    ("american", "us"),
    ("american samoa", "as"),
    ("andorra", "ad"),
    ("andorran", "ad"),
    ("angola", "ao"),
    ("angolan", "ao"),
    ("anguilla", "ai"),
    ("anguillan", "ai"),
    ("antarctica", "aq"),
    ("antigua", "ag"),
    ("antigua and barbuda", "ag"),
    ("antiguan", "ag"),
    ("aotearoa", "nz"),
    ("arab republic of egypt", "eg"),
    ("argentina", "ar"),
    ("argentine", "ar"),
    ("argentine republic", "ar"),
    ("argentinean", "ar"),
    ("argentinian", "ar"),
    ("armenia", "am"),
    ("armenian", "am"),
    ("aruba", "aw"),
    ("aruban", "aw"),
    ("ascension island", "sh"),
    ("australia", "au"),
    ("australian", "au"),
    ("austria", "at"),
    ("austrian", "at"),
    ("azerbaijan", "az"),
    ("azerbaijani", "az"),
    ("azeri", "az"),
    ("bahamas", "bs"),
    ("bahamian", "bs"),
    ("bahrain", "bh"),
    ("bahraini", "bh"),
    ("bajan", "bb"),
    ("bangladesh", "bd"),
    ("bangladeshi", "bd"),
    ("barbadian", "bb"),
    ("barbados", "bb"),
    ("barbudan", "ag"),
    ("basotho", "ls"),
    ("batswana", "bw"),
    ("belarus", "by"),
    ("belarusan", "by"),
    ("belarusian", "by"),
    ("belgian", "be"),
    ("belgium", "be"),
    ("belize", "bz"),
    ("belizean", "bz"),
    ("belorussia", "by"),
    ("benin", "bj"),
    ("beninese", "bj"),
    ("beninois", "bj"),
    ("bermuda", "bm"),
    ("bermudan", "bm"),
    ("bermudian", "bm"),
    ("bharat", "in"),
    ("bhutan", "bt"),
    ("bhutanese", "bt"),
    ("bissau guinean", "gw"),
    ("bolivarian republic of venezuela", "ve"),
    ("bolivia", "bo"),
    ("bolivia plurinational state of", "bo"),
    ("bolivian", "bo"),
    ("bonaire", "bq"),
    ("bonaire sint eustatius and saba", "bq"),
    ("bosnia", "ba"),
    ("bosnia and hercegovina", "ba"),
    ("bosnia and herzegovina", "ba"),
    ("bosnia herzegovina", "ba"),
    ("bosnian", "ba"),
    ("botswana", "bw"),
    ("botswanan", "bw"),
    ("bouvet island", "bv"),
    ("brasil", "br"),
    ("brazil", "br"),
    ("brazilian", "br"),
    ("britain", "gb"),
    ("british", "gb"),
    ("british indian ocean territory", "io"),
    ("british virgin islands", "vg"),
    ("brunei", "bn"),
    ("brunei darussalam", "bn"),
    ("bruneian", "bn"),
    ("bulgaria", "bg"),
    ("bulgarian", "bg"),
    ("burkina faso", "bf"),
    ("burkinabe", "bf"),
    ("burkinese", "bf"),
    ("burma", "mm"),
    ("burmese", "mm"),
    ("burundi", "bi"),
    ("burundian", "bi"),
    ("bvi", "vg"),
    ("byelorussia", "by"),
    ("byelorussian", "by"),
    ("cabo verde", "cv"),
    ("cabo verdean", "cv"),
    ("cambodia", "kh"),
    ("cambodian", "kh"),
    ("cameroon", "cm"),
    ("cameroonian", "cm"),
    ("cameroun", "cm"),
    ("canada", "ca"),
    ("canadian", "ca"),
    ("cape verde", "cv"),
    ("cape verde islands", "cv"),
    ("cape verdean", "cv"),
    ("car", "cf"),
    ("caribbean netherlands", "bq"),
    ("cayman", "ky"),
    ("cayman islands", "ky"),
    ("caymanian", "ky"),
    ("centrafrique", "cf"),
    ("central african", "cf"),
    ("central african republic", "cf"),
    ("ceylon", "lk"),
    ("chad", "td"),
    ("chadian", "td"),
    ("chagos islands", "io"),
    ("chile", "cl"),
    ("chilean", "cl"),
    ("china", "cn"),
    ("china hong kong special administrative region", "hk"),
    ("china macao special administrative region", "mo"),
    ("chinese", "cn"),
    ("chinese taipei", "tw"),
    ("christmas island", "cx"),
    ("cocos islands", "cc"),
    ("cocos keeling islands", "cc"),
    ("colombia", "co"),
    ("colombian", "co"),
    ("commonwealth of australia", "au"),
    ("commonwealth of dominica", "dm"),
    ("commonwealth of the bahamas", "bs"),
    ("comoran", "km"),
    ("comorian", "km"),
    ("comoros", "km"),
    ("comoros islands", "km"),
    ("congo", "cg"),
    ("congo brazzaville", "cg"),
    ("congo democratic republic of", "cd"),
    ("congo kinshasa", "cd"),
    ("congo republic", "cg"),
    ("congo the democratic republic of", "cd"),
    ("cook islander", "ck"),
    ("cook islands", "ck"),
    ("costa rica", "cr"),
    ("costa rican", "cr"),
    ("cote d ivoire", "ci"),
    ("cote divoire", "ci"),
    ("crimea", "ua"),
    ("croat", "hr"),
    ("croatia", "hr"),
    ("croatian", "hr"),
    ("cuba", "cu"),
    ("cuban", "cu"),
    ("curacao", "cw"),
    ("curacaoan", "cw"),
    ("cypriot", "cy"),
    ("cyprus", "cy"),
    ("czech", "cz"),
    ("czech republic", "cz"),
    ("czechia", "cz"),
    ("dane", "dk"),
    ("danish", "dk"),
    ("dem rep congo", "cd"),
    ("dem rep of the congo", "cd"),
    ("democratic peoples republic of korea", "kp"),
    ("democratic republic of congo", "cd"),
    ("democratic republic of the congo", "cd"),
    ("denmark", "dk"),
    ("deutschland", "de"),
    ("djibouti", "dj"),
    ("djiboutian", "dj"),
    ("dominica", "dm"),
    ("dominican republic", "do"),
    ("dpr korea", "kp"),
    ("dprk", "kp"),
    ("dr congo", "cd"),
    ("drc", "cd"),
    ("dutch", "nl"),
    ("east timor", "tl"),
    ("east timorese", "tl"),
    ("ecuador", "ec"),
    ("ecuadorean", "ec"),
    ("ecuadorian", "ec"),
    ("egypt", "eg"),
    ("egyptian", "eg"),
    ("eire", "ie"),
    ("el salvador", "sv"),
    ("emirates", "ae"),
    ("emirati", "ae"),
    ("england", "gb"),
    ("english", "gb"),
    ("equatoguinean", "gq"),
    ("equatorial guinea", "gq"),
    ("equatorial guinean", "gq"),
    ("eritrea", "er"),
    ("eritrean", "er"),
    ("espana", "es"),
    ("estonia", "ee"),
    ("estonian", "ee"),
    ("eswatini", "sz"),
    ("ethiopia", "et"),
    ("ethiopian", "et"),
    ("ex ussr", "su"),
    ("ex yugoslavia", "yu"),
    ("faeroe islands", "fo"),
    ("falkland islander", "fk"),
    ("falkland islands", "fk"),
    ("falkland islands malvinas", "fk"),
    ("falklands", "fk"),
    ("faroe islands", "fo"),
    ("faroes", "fo"),
    ("faroese", "fo"),
    ("federal republic of germany", "de"),
    ("federal republic of nigeria", "ng"),
    ("federal republic of somalia", "so"),
    ("federal republic of yugoslavia", "yu"),
    ("federated states of micronesia", "fm"),
    ("federative republic of brazil", "br"),
    ("fiji", "fj"),
    ("fijian", "fj"),
    ("filipina", "ph"),
    ("filipino", "ph"),
    ("finland", "fi"),
    ("finn", "fi"),
    ("finnish", "fi"),
    ("former soviet union", "su"),
    ("former ussr", "su"),
    ("former yugoslav republic of macedonia", "mk"),
    ("former yugoslavia", "yu"),
    ("france", "fr"),
    ("french", "fr"),
    ("french guiana", "gf"),
    ("french guianese", "gf"),
    ("french polynesia", "pf"),
    ("french republic", "fr"),
    ("french southern and antarctic lands", "tf"),
    ("french southern territories", "tf"),
    ("fyrom", "mk"),
    ("gabon", "ga"),
    ("gabonese", "ga"),
    ("gabonese republic", "ga"),
    ("gambia", "gm"),
    ("gambia republic of", "gm"),
    ("gambian", "gm"),
    ("gaza", "ps"),
    ("gaza palestinian authority", "ps"),
    ("gaza strip", "ps"),
    ("georgia", "ge"),
    ("georgian", "ge"),
    ("german", "de"),
    ("germany", "de"),
    ("ghana", "gh"),
    ("ghanaian", "gh"),
    ("gibraltar", "gi"),
    ("gibraltarian", "gi"),
    ("great britain", "gb"),
    ("greece", "gr"),
    ("greek", "gr"),
    ("greenland", "gl"),
    ("greenlander", "gl"),
    ("greenlandic", "gl"),
    ("grenada", "gd"),
    ("grenadian", "gd"),
    ("guadeloupe", "gp"),
    ("guadeloupean", "gp"),
    ("guam", "gu"),
    ("guamanian", "gu"),
    ("guatemala", "gt"),
    ("guatemalan", "gt"),
    ("guernsey", "gg"),
    ("guianese", "gf"),
    ("guinea", "gn"),
    ("guinea bissau", "gw"),
    ("guinea conakry", "gn"),
    ("guinean", "gn"),
    ("guyana", "gy"),
    ("guyanese", "gy"),
    ("haiti", "ht"),
    ("haitian", "ht"),
    ("hashemite kingdom of jordan", "jo"),
    ("heard island and mcdonald islands", "hm"),
    ("hellas", "gr"),
    ("hellenic republic", "gr"),
    ("herzegovinian", "ba"),
    ("holland", "nl"),
    ("holy see", "va"),
    ("holy see vatican city state", "va"),
    ("honduran", "hn"),
    ("honduras", "hn"),
    ("hong kong", "hk"),
    ("hong kong china", "hk"),
    ("hong kong sar", "hk"),
    ("hong kong special administrative region of china", "hk"),
    ("hong konger", "hk"),
    ("hong kongese", "hk"),
    ("hongkong", "hk"),
    ("hrvatska", "hr"),
    ("hungarian", "hu"),
    ("hungary", "hu"),
    ("i kiribati", "ki"),
    ("iceland", "is"),
    ("icelander", "is"),
    ("icelandic", "is"),
    ("india", "in"),
    ("indian", "in"),
    ("indonesia", "id"),
    ("indonesian", "id"),
    ("iran", "ir"),
    ("iran islamic republic of", "ir"),
    ("iranian", "ir"),
    ("iraq", "iq"),
    ("iraqi", "iq"),
    ("ireland", "ie"),
    ("irish", "ie"),
    ("islamic emirate of afghanistan", "af"),
    ("islamic republic of afghanistan", "af"),
    ("islamic republic of iran", "ir"),
    ("islamic republic of mauritania", "mr"),
    ("islamic republic of pakistan", "pk"),
    ("isle of man", "im"),
    ("israel", "il"),
    ("israeli", "il"),
    ("italia", "it"),
    ("italian", "it"),
    ("italian republic", "it"),
    ("italy", "it"),
    ("ivorian", "ci"),
    ("ivory coast", "ci"),
    ("jamaica", "jm"),
    ("jamaican", "jm"),
    ("jan mayen", "sj"),
    ("japan", "jp"),
    ("japanese", "jp"),
    ("jersey", "je"),
    ("jordan", "jo"),
    ("jordanian", "jo"),
    ("kampuchea", "kh"),
    ("kazak", "kz"),
    ("kazakh", "kz"),
    ("kazakhstan", "kz"),
    ("kazakhstani", "kz"),
    ("kazakstan", "kz"),
    ("keeling islands", "cc"),
    ("kenya", "ke"),
    ("kenyan", "ke"),
    ("khmer", "kh"),
    ("kingdom of bahrain", "bh"),
    ("kingdom of cambodia", "kh"),
    ("kingdom of denmark", "dk"),
    ("kingdom of eswatini", "sz"),
    ("kingdom of morocco", "ma"),
    ("kingdom of norway", "no"),
    ("kingdom of saudi arabia", "sa"),
    ("kingdom of spain", "es"),
    ("kingdom of sweden", "se"),
    ("kingdom of thailand", "th"),
    ("kingdom of the netherlands", "nl"),
    ("kirghiz", "kg"),
    ("kirghiz ssr", "kg"),
    ("kirghizia", "kg"),
    ("kirgiz", "kg"),
    ("kiribati", "ki"),
    ("kittitian", "kn"),
    ("korea democratic peoples republic of", "kp"),
    ("korea dpr", "kp"),
    ("korea north", "kp"),
    ("korea republic of", "kr"),
    ("korea south", "kr"),
    ("kosovan", "xk"),
    ("kosovar", "xk"),
    ("kosovo", "xk"),
    ("ksa", "sa"),
    ("kuwait", "kw"),
    ("kuwaiti", "kw"),
    ("kyrgyz", "kg"),
    ("kyrgyz republic", "kg"),
    ("kyrgyzstan", "kg"),
    ("kyrgyzstani", "kg"),
    ("lao", "la"),
    ("lao pdr", "la"),
    ("lao peoples democratic republic", "la"),
    ("laos", "la"),
    ("laotian", "la"),
    ("latvia", "lv"),
    ("latvian", "lv"),
    ("lebanese", "lb"),
    ("lebanese republic", "lb"),
    ("lebanon", "lb"),
    ("lesotho", "ls"),
    ("lettish", "lv"),
    ("liberia", "lr"),
    ("liberian", "lr"),
    ("libya", "ly"),
    ("libyan", "ly"),
    ("libyan arab jamahiriya", "ly"),
    ("liechtenstein", "li"),
    ("liechtensteiner", "li"),
    ("liechtensteinian", "li"),
    ("lithuania", "lt"),
    ("lithuanian", "lt"),
    ("luxembourg", "lu"),
    ("luxembourger", "lu"),
    ("luxembourgish", "lu"),
    ("macanese", "mo"),
    ("macao", "mo"),
    ("macao china", "mo"),
    ("macao sar", "mo"),
    ("macau", "mo"),
    ("macau sar", "mo"),
    ("macedonia", "mk"),
    ("macedonia the former yugoslav republic of", "mk"),
    ("macedonian", "mk"),
    ("madagascan", "mg"),
    ("madagascar", "mg"),
    ("mahoran", "yt"),
    ("mainland china", "cn"),
    ("malagasy", "mg"),
    ("malawi", "mw"),
    ("malawian", "mw"),
    ("malaysia", "my"),
    ("malaysian", "my"),
    ("maldives", "mv"),
    ("maldivian", "mv"),
    ("mali", "ml"),
    ("malian", "ml"),
    ("malta", "mt"),
    ("maltese", "mt"),
    ("malvinas", "fk"),
    ("man isle of", "im"),
    ("manx", "im"),
    ("marshall islands", "mh"),
    ("marshallese", "mh"),
    ("martiniquais", "mq"),
    ("martinique", "mq"),
    ("mauritania", "mr"),
    ("mauritanian", "mr"),
    ("mauritian", "mu"),
    ("mauritius", "mu"),
    ("mayotte", "yt"),
    ("mejico", "mx"),
    ("mexican", "mx"),
    ("mexico", "mx"),
    ("micronesia", "fm"),
    ("micronesia federated states of", "fm"),
    ("micronesian", "fm"),
    ("moldova", "md"),
    ("moldova republic of", "md"),
    ("moldovan", "md"),
    ("monacan", "mc"),
    ("monaco", "mc"),
    ("monegasque", "mc"),
    ("mongol", "mn"),
    ("mongolia", "mn"),
    ("mongolian", "mn"),
    ("montenegrin", "me"),
    ("montenegro", "me"),
    ("montserrat", "ms"),
    ("montserratian", "ms"),
    ("moroccan", "ma"),
    ("morocco", "ma"),
    ("mosotho", "ls"),
    ("motswana", "bw"),
    ("mozambican", "mz"),
    ("mozambique", "mz"),
    ("myanma", "mm"),
    ("myanmar", "mm"),
    ("namibia", "na"),
    ("namibian", "na"),
    ("nauru", "nr"),
    ("nauruan", "nr"),
    ("nederland", "nl"),
    ("nepal", "np"),
    ("nepalese", "np"),
    ("nepali", "np"),
    ("netherlands", "nl"),
    ("netherlands antillean", "an"),
    ("netherlands antilles", "an"),
    ("netherlands kingdom of", "nl"),
    ("nevisian", "kn"),
    ("new caledonia", "nc"),
    ("new caledonian", "nc"),
    ("new zealand", "nz"),
    ("new zealander", "nz"),
    ("ni vanuatu", "vu"),
    ("nicaragua", "ni"),
    ("nicaraguan", "ni"),
    ("niger", "ne"),
    ("nigeria", "ng"),
    ("nigerian", "ng"),
    ("nigerien", "ne"),
    ("nippon", "jp"),
    ("niue", "nu"),
    ("niuean", "nu"),
    ("norfolk island", "nf"),
    ("north korea", "kp"),
    ("north korean", "kp"),
    ("north macedonia", "mk"),
    ("north macedonian", "mk"),
    ("north sudan", "sd"),
    ("northern ireland", "gb"),
    ("northern mali", "ml"),
    ("northern mariana islands", "mp"),
    ("northern marianas", "mp"),
    ("norway", "no"),
    ("norwegian", "no"),
    ("occupied palestinian territory", "ps"),
    ("oman", "om"),
    ("omani", "om"),
    ("pakistan", "pk"),
    ("pakistani", "pk"),
    ("palau", "pw"),
    ("palauan", "pw"),
    ("palestine", "ps"),
    ("palestinian", "ps"),
    ("palestinian authority", "ps"),
    ("palestinian territories", "ps"),
    ("palestinian territory", "ps"),
    ("palestinian territory occupied", "ps"),
    ("panama", "pa"),
    ("panamanian", "pa"),
    ("panamian", "pa"),
    ("papua new guinea", "pg"),
    ("papua new guinean", "pg"),
    ("papuan", "pg"),
    ("paraguay", "py"),
    ("paraguayan", "py"),
    ("peoples democratic republic of algeria", "dz"),
    ("peoples republic of china", "cn"),
    ("persia", "ir"),
    ("persian", "ir"),
    ("peru", "pe"),
    ("peruvian", "pe"),
    ("philippine", "ph"),
    ("philippines", "ph"),
    ("pilipinas", "ph"),
    ("pitcairn", "pn"),
    ("pitcairn islands", "pn"),
    ("plurinational state of bolivia", "bo"),
    ("poland", "pl"),
    ("pole", "pl"),
    ("polish", "pl"),
    ("polska", "pl"),
    ("polynesian", "pf"),
    ("portugal", "pt"),
    ("portuguese", "pt"),
    ("portuguese republic", "pt"),
    ("pr china", "cn"),
    ("prc", "cn"),
    ("puerto rican", "pr"),
    ("puerto rico", "pr"),
    ("qatar", "qa"),
    ("qatari", "qa"),
    ("republic of belarus", "by"),
    ("republic of china", "tw"),
    ("republic of congo", "cg"),
    ("republic of guinea", "gn"),
    ("republic of india", "in"),
    ("republic of indonesia", "id"),
    ("republic of iraq", "iq"),
    ("republic of ireland", "ie"),
    ("republic of korea", "kr"),
    ("republic of kosovo", "xk"),
    ("republic of macedonia", "mk"),
    ("republic of moldova", "md"),
    ("republic of north macedonia", "mk"),
    ("republic of serbia", "rs"),
    ("republic of south africa", "za"),
    ("republic of south sudan", "ss"),
    ("republic of sudan", "sd"),
    ("republic of the congo", "cg"),
    ("republic of the gambia", "gm"),
    ("republic of the philippines", "ph"),
    ("republic of the sudan", "sd"),
    ("republic of the union of myanmar", "mm"),
    ("republic of tunisia", "tn"),
    ("republic of turkey", "tr"),
    ("republic of turkiye", "tr"),
    ("republic of yemen", "ye"),
    ("reunion", "re"),
    ("reunionese", "re"),
    ("rok", "kr"),
    ("romania", "ro"),
    ("romanian", "ro"),
    ("rossiya", "ru"),
    ("rossiyskaya federatsiya", "ru"),
    ("roumania", "ro"),
    ("rsa", "za"),
    ("rumania", "ro"),
    ("russia", "ru"),
    ("russian", "ru"),
    ("russian federation", "ru"),
    ("rwanda", "rw"),
    ("rwandan", "rw"),
    ("rwandese", "rw"),
    ("saba", "bq"),
    ("sahrawi", "eh"),
    ("sahrawi arab democratic republic", "eh"),
    ("sahrawian", "eh"),
    ("saint barthelemy", "bl"),
    ("saint christopher and nevis", "kn"),
    ("saint helena", "sh"),
    ("saint helena ascension and tristan da cunha", "sh"),
    ("saint kitts", "kn"),
    ("saint kitts and nevis", "kn"),
    ("saint lucia", "lc"),
    ("saint lucian", "lc"),
    ("saint martin", "mf"),
    ("saint martin french part", "mf"),
    ("saint pierre and miquelon", "pm"),
    ("saint vincent", "vc"),
    ("saint vincent and the grenadines", "vc"),
    ("salvadoran", "sv"),
    ("salvadorean", "sv"),
    ("salvadorian", "sv"),
    ("sammarinese", "sm"),
    ("samoa", "ws"),
    ("samoan", "ws"),
    ("san marino", "sm"),
    ("sao tome", "st"),
    ("sao tome and principe", "st"),
    ("sao tomean", "st"),
    ("saudi", "sa"),
    ("saudi arabia", "sa"),
    ("saudi arabian", "sa"),
    ("schweiz", "ch"),
    ("scotland", "gb"),
    ("scottish", "gb"),
    ("senegal", "sn"),
    ("senegalese", "sn"),
    ("serb", "rs"),
    ("serbia", "rs"),
    ("serbia and montenegro", "cs"),
    ("serbian", "rs"),
    ("seychellen", "sc"),
    ("seychelles", "sc"),
    ("seychellois", "sc"),
    ("siam", "th"),
    ("sierra leone", "sl"),
    ("sierra leonean", "sl"),
    ("singapore", "sg"),
    ("singaporean", "sg"),
    ("singaporian", "sg"),
    ("sint eustatius", "bq"),
    ("sint maarten", "sx"),
    ("sint maarten dutch part", "sx"),
    ("slovak", "sk"),
    ("slovak republic", "sk"),
    ("slovakia", "sk"),
    ("slovakian", "sk"),
    ("slovene", "si"),
    ("slovenia", "si"),
    ("slovenian", "si"),
    ("socialist federal republic of yugoslavia", "yu"),
    ("socialist republic of viet nam", "vn"),
    ("socialist republic of vietnam", "vn"),
    ("solomon islander", "sb"),
    ("solomon islands", "sb"),
    ("somali", "so"),
    ("somalia", "so"),
    ("somalian", "so"),
    ("south africa", "za"),
    ("south african", "za"),
    ("south georgia", "gs"),
    ("south georgia and the south sandwich islands", "gs"),
    ("south korea", "kr"),
    ("south korean", "kr"),
    ("south sudan", "ss"),
    ("south sudanese", "ss"),
    ("soviet", "su"),
    ("soviet union", "su"),
    ("spain", "es"),
    ("spanish", "es"),
    ("sri lanka", "lk"),
    ("sri lankan", "lk"),
    ("st barthelemy", "bl"),
    ("st barts", "bl"),
    ("st christopher and nevis", "kn"),
    ("st helena", "sh"),
    ("st kitts", "kn"),
    ("st kitts and nevis", "kn"),
    ("st lucia", "lc"),
    ("st lucian", "lc"),
    ("st martin", "mf"),
    ("st pierre and miquelon", "pm"),
    ("st vincent and the grenadines", "vc"),
    ("state of israel", "il"),
    ("state of kuwait", "kw"),
    ("state of libya", "ly"),
    ("state of palestine", "ps"),
    ("state of qatar", "qa"),
    ("state union of serbia and montenegro", "cs"),
    ("sudan", "sd"),
    ("sudanese", "sd"),
    ("suisse", "ch"),
    ("sultanate of oman", "om"),
    ("surinam", "sr"),
    ("suriname", "sr"),
    ("surinamer", "sr"),
    ("surinamese", "sr"),
    ("svalbard", "sj"),
    ("svalbard and jan mayen", "sj"),
    ("swazi", "sz"),
    ("swaziland", "sz"),
    ("swede", "se"),
    ("sweden", "se"),
    ("swedish", "se"),
    ("swiss", "ch"),
    ("swiss confederation", "ch"),
    ("switzerland", "ch"),
    ("syria", "sy"),
    ("syrian", "sy"),
    ("syrian arab republic", "sy"),
    ("tadjik", "tj"),
    ("tadzhik", "tj"),
    ("tahiti", "pf"),
    ("taiwan", "tw"),
    ("taiwan province of china", "tw"),
    ("taiwanese", "tw"),
    ("tajik", "tj"),
    ("tajikistan", "tj"),
    ("tajikistani", "tj"),
    ("tanzania", "tz"),
    ("tanzania united republic of", "tz"),
    ("tanzanian", "tz"),
    ("tchad", "td"),
    ("thai", "th"),
    ("thailand", "th"),
    ("timor leste", "tl"),
    ("timorese", "tl"),
    ("tobagonian", "tt"),
    ("togo", "tg"),
    ("togolese", "tg"),
    ("tokelau", "tk"),
    ("tokelauan", "tk"),
    ("tonga", "to"),
    ("tongan", "to"),
    ("trinidad", "tt"),
    ("trinidad and tobago", "tt"),
    ("trinidadian", "tt"),
    ("tristan da cunha", "sh"),
    ("tunisia", "tn"),
    ("tunisian", "tn"),
    ("turkey", "tr"),
    ("turkish", "tr"),
    ("turkiye", "tr"),
    ("turkmen", "tm"),
    ("turkmenistan", "tm"),
    ("turkmenistani", "tm"),
    ("turks and caicos", "tc"),
    ("turks and caicos islands", "tc"),
    ("tuvalu", "tv"),
    ("tuvaluan", "tv"),
    ("uae", "ae"),
    ("uganda", "ug"),
    ("ugandan", "ug"),
    ("uk", "gb"),
    ("ukraine", "ua"),
    ("ukrainian", "ua"),
    ("union of soviet socialist republics", "su"),
    ("union of the comoros", "km"),
    ("united arab emirates", "ae"),
    ("united kingdom", "gb"),
    ("united kingdom of great britain and northern ireland", "gb"),
    ("united mexican states", "mx"),
    ("united republic of tanzania", "tz"),
    ("united states", "us"),
    ("united states minor outlying islands", "um"),
    ("united states of america", "us"),
    ("united states virgin islands", "vi"),
    ("upper volta", "bf"),
    ("uruguay", "uy"),
    ("uruguayan", "uy"),
    ("us", "us"),
    ("us virgin islands", "vi"),
    ("usa", "us"),
    ("ussr", "su"),
    ("uzbek", "uz"),
    ("uzbekistan", "uz"),
    ("uzbekistani", "uz"),
    ("vanuatu", "vu"),
    ("vanuatuan", "vu"),
    ("vatican", "va"),
    ("vatican city", "va"),
    ("vatican city state", "va"),
    ("venezuela", "ve"),
    ("venezuela bolivarian republic of", "ve"),
    ("venezuelan", "ve"),
    ("viet nam", "vn"),
    ("vietnam", "vn"),
    ("vietnamese", "vn"),
    ("vincentian", "vc"),
    ("virgin islands british", "vg"),
    ("virgin islands us", "vi"),
    ("wales", "gb"),
    ("wallis and futuna", "wf"),
    ("wallis and futuna islands", "wf"),
    ("welsh", "gb"),
    ("west bank", "ps"),
    ("west bank and gaza", "ps"),
    ("west bank and gaza strip", "ps"),
    ("west bank palestinian authority", "ps"),
    ("western sahara", "eh"),
    ("western samoa", "ws"),
    ("white russia", "by"),
    ("yemen", "ye"),
    ("yemeni", "ye"),
    ("yemenite", "ye"),
    ("yugoslav", "yu"),
    ("yugoslavia", "yu"),
    ("zaire", "cd"),
    ("zairean", "cd"),
    ("zambia", "zm"),
    ("zambian", "zm"),
    ("zanzibar", "tz"),
    ("zimbabwe", "zw"),
    ("zimbabwean", "zw"),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: Option<&str>) {
        assert_eq!(country_code(input), expected, "country_code({input:?})");
    }

    #[test]
    fn codes() {
        check("PK", Some("pk"));
        check("pk", Some("pk"));
        check("PAK", Some("pk"));
        check("GBR", Some("gb"));
        check("D", Some("de"));
        check("D<<", Some("de"));
        check("GBD", Some("gb"));
        check("RKS", Some("xk"));
        check("XXA", None);
        check("XXB", None);
        check("USA", Some("us"));
        check("U.S.A.", Some("us"));
        check("UK", Some("gb"));
        check("ZZ", None);
        check("", None);
        check("  ", None);
    }

    #[test]
    fn un_official_names() {
        check("Democratic People's Republic of Korea", Some("kp"));
        check("Iran (Islamic Republic of)", Some("ir"));
        check("Syrian Arab Republic", Some("sy"));
        check("Russian Federation", Some("ru"));
        check("the Russian Federation", Some("ru"));
        check("Viet Nam", Some("vn"));
        check(
            "United Kingdom of Great Britain and Northern Ireland",
            Some("gb"),
        );
        check("Türkiye", Some("tr"));
        check("TÜRKIYE", Some("tr"));
        check("United Republic of Tanzania", Some("tz"));
        check("Democratic Republic of the Congo", Some("cd"));
        check("Congo", Some("cg"));
        check("State of Palestine", Some("ps"));
        check("China, Hong Kong Special Administrative Region", Some("hk"));
        check("Bolivia (Plurinational State of)", Some("bo"));
        check("Venezuela (Bolivarian Republic of)", Some("ve"));
        check("Micronesia (Federated States of)", Some("fm"));
        check("Netherlands (Kingdom of the)", Some("nl"));
        check("Republic of Korea", Some("kr"));
        check("Lao People's Democratic Republic", Some("la"));
        check("Côte d'Ivoire", Some("ci"));
        check("Cote d Ivoire", Some("ci"));
        check("Guinea-Bissau", Some("gw"));
        check("Bosnia and Herzegovina", Some("ba"));
        check("United States of America", Some("us"));
        check("Federal Republic of Germany", Some("de"));
        check("Kingdom of Morocco", Some("ma"));
        check("former Soviet Union", Some("su"));
    }

    #[test]
    fn ofac_inverted_names() {
        check("Korea, North", Some("kp"));
        check("Korea, South", Some("kr"));
        check("Congo, Democratic Republic of the", Some("cd"));
        check("Congo, Republic of the", Some("cg"));
        check("Bahamas, The", Some("bs"));
        check("Man, Isle of", Some("im"));
        check("Virgin Islands, British", Some("vg"));
        check("Macedonia, The Former Yugoslav Republic of", Some("mk"));
        check("The Gambia", Some("gm"));
        check("Region: Crimea", Some("ua"));
        check("Region: Gaza", Some("ps"));
        check("West Bank", Some("ps"));
        check("Bosnia-Herzegovina", Some("ba"));
        check("Serbia and Montenegro", Some("cs"));
        check("Burma", Some("mm"));
        check("Kosovo", Some("xk"));
        check("undetermined", None);
        check("None Identified", None);
    }

    #[test]
    fn demonyms() {
        check("Pakistani", Some("pk"));
        check("Afghan", Some("af"));
        check("Iranian", Some("ir"));
        check("Iraqi", Some("iq"));
        check("Saudi", Some("sa"));
        check("Emirati", Some("ae"));
        check("Russian", Some("ru"));
        check("Chinese", Some("cn"));
        check("North Korean", Some("kp"));
        check("Yemeni", Some("ye"));
        check("Nigerien", Some("ne"));
        check("Nigerian", Some("ng"));
        check("Filipino", Some("ph"));
        check("Dutch", Some("nl"));
        check("British", Some("gb"));
        // Ambiguous on purpose: the caller keeps the text.
        check("Korea", None);
        check("Congolese", None);
        check("Dominican", None);
    }

    #[test]
    fn punctuation_and_case_do_not_matter() {
        check("  saudi   ARABIA. ", Some("sa"));
        check("SYRIA", Some("sy"));
        check("Sao Tome & Principe", Some("st"));
        check("São Tomé and Príncipe", Some("st"));
        check("Curaçao", Some("cw"));
        check("Åland Islands", Some("ax"));
        check("Réunion", Some("re"));
        check("St. Kitts and Nevis", Some("kn"));
    }

    #[test]
    fn names_and_alpha3() {
        assert_eq!(country_name("pk"), Some("Pakistan"));
        assert_eq!(country_name("PK"), Some("Pakistan"));
        assert_eq!(country_name("kp"), Some("North Korea"));
        assert_eq!(country_name("xx"), None);
        assert_eq!(alpha3_to_alpha2("PAK"), Some("pk"));
        assert_eq!(alpha3_to_alpha2("deu"), Some("de"));
        assert_eq!(alpha3_to_alpha2("D<<"), Some("de"));
        assert_eq!(alpha3_to_alpha2("XXA"), None);
        assert_eq!(alpha3_to_alpha2("Pakistan"), None);
    }

    #[test]
    fn tables_are_sorted_normalised_and_consistent() {
        assert!(COUNTRIES.len() >= 249);
        for w in COUNTRIES.windows(2) {
            assert!(
                w[0].alpha2 < w[1].alpha2,
                "COUNTRIES order at {}",
                w[1].alpha2
            );
        }
        for w in ALPHA3.windows(2) {
            assert!(w[0].0 < w[1].0, "ALPHA3 order at {}", w[1].0);
        }
        for w in NAMES.windows(2) {
            assert!(w[0].0 < w[1].0, "NAMES order at {}", w[1].0);
        }
        for (key, code) in NAMES {
            assert_eq!(normalize(key), *key, "NAMES key not normalised");
            assert!(find_alpha2(code).is_some(), "NAMES {key} -> unknown {code}");
        }
        for c in COUNTRIES {
            assert_eq!(country_code(c.name), Some(c.alpha2), "name of {}", c.alpha2);
            assert_eq!(country_code(c.alpha2), Some(c.alpha2));
            assert_eq!(alpha3_to_alpha2(c.alpha3), Some(c.alpha2));
            assert_eq!(country_code(&c.alpha3.to_uppercase()), Some(c.alpha2));
        }
        for (_, code) in ALPHA3 {
            assert!(find_alpha2(code).is_some());
        }
    }
}
