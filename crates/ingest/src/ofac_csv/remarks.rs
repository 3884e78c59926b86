//! The OFAC remarks mini-language (`DOB 10 Dec 1948; POB Faisalabad, Pakistan; Passport
//! BN4196361 (Pakistan) issued ...; a.k.a. 'HUZAIFA'`) and the date and country helpers that
//! the UN and OFAC XML parsers share with it.
//!
//! A clause is recognised by its label (the longest label that starts it wins, ignoring case
//! and an `alt.` prefix); a clause with no known label is kept whole in `notes`, so nothing a
//! publisher wrote is lost.

use nazar_core::countries::country_code;
use nazar_core::{prop, Entity, Schema};

/// What a clause says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Dob,
    Pob,
    Nationality,
    /// A company's "Nationality of Registration".
    Jurisdiction,
    Citizenship,
    Gender,
    /// Inline `a.k.a. '...'`: OFAC writes its weak aliases this way (strong ones are in alt.csv).
    WeakAka,
    Fka,
    Nka,
    Email,
    Website,
    Phone,
    Crypto,
    Passport,
    Id,
    Tax,
    Registration,
    Imo,
    Mmsi,
    PastFlag,
    BuildDate,
    Model,
    Serial,
    Incorporated,
    SwiftBic,
}

/// Clause labels, lowercase. Order does not matter: the longest matching label wins.
#[rustfmt::skip]
const LABELS: &[(&str, Kind)] = &[
    ("dob", Kind::Dob), ("date of birth", Kind::Dob),
    ("pob", Kind::Pob), ("place of birth", Kind::Pob),
    ("nationality", Kind::Nationality), ("nationality of registration", Kind::Jurisdiction),
    ("citizen", Kind::Citizenship), ("citizenship", Kind::Citizenship),
    ("gender", Kind::Gender),
    ("a.k.a.", Kind::WeakAka), ("f.k.a.", Kind::Fka), ("n.k.a.", Kind::Nka),
    ("email address", Kind::Email), ("email", Kind::Email), ("e-mail", Kind::Email),
    ("website", Kind::Website), ("web site", Kind::Website),
    ("phone number", Kind::Phone), ("phone no.", Kind::Phone), ("phone", Kind::Phone),
    ("telephone number", Kind::Phone), ("telephone no.", Kind::Phone), ("telephone", Kind::Phone),
    ("digital currency address -", Kind::Crypto),
    ("passport", Kind::Passport), ("diplomatic passport", Kind::Passport),
    ("passport booklet", Kind::Passport), ("official passport", Kind::Passport),
    ("service passport", Kind::Passport), ("travel document number", Kind::Passport),
    ("national id no.", Kind::Id), ("national id number", Kind::Id), ("national id", Kind::Id),
    ("personal id card", Kind::Id), ("personal id no.", Kind::Id), ("moroccan personal id no.", Kind::Id),
    ("id no.", Kind::Id), ("id card", Kind::Id), ("identity card", Kind::Id),
    ("identification number", Kind::Id), ("identification card", Kind::Id),
    ("personal identification number", Kind::Id), ("cedula no.", Kind::Id), ("cedula", Kind::Id),
    ("c.u.r.p.", Kind::Id), ("curp", Kind::Id), ("c.u.i.p.", Kind::Id), ("ssn", Kind::Id),
    ("social security number", Kind::Id), ("nic", Kind::Id), ("d.n.i.", Kind::Id), ("dni", Kind::Id),
    ("i.f.e.", Kind::Id), ("numero de identidad", Kind::Id), ("electoral registry no.", Kind::Id),
    ("credencial electoral", Kind::Id), ("driver's license no.", Kind::Id),
    ("driver's license", Kind::Id), ("birth certificate number", Kind::Id),
    ("birth certificate", Kind::Id), ("national foreign id number", Kind::Id), ("le number", Kind::Id),
    ("cartilla de servicio militar nacional", Kind::Id), ("residency number", Kind::Id),
    ("kenyan id no.", Kind::Id), ("turkish identificiation number", Kind::Id),
    ("turkish identification number", Kind::Id), ("citizen's card number", Kind::Id),
    ("tazkira national id card", Kind::Id), ("tazkira", Kind::Id), ("immigration no.", Kind::Id),
    ("public security and immigration no.", Kind::Id), ("visanumberid", Kind::Id),
    ("pilot license number", Kind::Id), ("military id", Kind::Id), ("refugee id card", Kind::Id),
    ("stateless person id card", Kind::Id), ("residency permit", Kind::Id),
    ("tax id no.", Kind::Tax), ("tax id", Kind::Tax), ("tax identification number", Kind::Tax),
    ("nit #", Kind::Tax), ("nit", Kind::Tax), ("r.f.c.", Kind::Tax), ("rfc", Kind::Tax),
    ("ruc #", Kind::Tax), ("ruc", Kind::Tax), ("rif #", Kind::Tax), ("rif", Kind::Tax),
    ("v.a.t. number", Kind::Tax), ("vat number", Kind::Tax), ("us fein", Kind::Tax),
    ("italian fiscal code", Kind::Tax), ("fiscal code", Kind::Tax), ("rtn", Kind::Tax),
    ("c.i.f.", Kind::Tax), ("c.u.i.t.", Kind::Tax), ("cuit", Kind::Tax), ("inn", Kind::Tax),
    ("numero unico de identificacao tributaria (nuit)", Kind::Tax),
    ("registration id", Kind::Registration), ("registration number", Kind::Registration),
    ("business registration document #", Kind::Registration),
    ("business registration number", Kind::Registration), ("business number", Kind::Registration),
    ("company number", Kind::Registration), ("uk company number", Kind::Registration),
    ("commercial registry number", Kind::Registration), ("commercial registry", Kind::Registration),
    ("matricula mercantil no", Kind::Registration), ("matricula mercantil", Kind::Registration),
    ("folio mercantil no.", Kind::Registration), ("folio mercantil", Kind::Registration),
    ("trade license no.", Kind::Registration), ("trade license", Kind::Registration),
    ("chamber of commerce number", Kind::Registration),
    ("dubai chamber of commerce membership no.", Kind::Registration),
    ("c.r. no.", Kind::Registration), ("public registration number", Kind::Registration),
    ("government gazette number", Kind::Registration),
    ("certificate of incorporation number", Kind::Registration),
    ("registered charity no.", Kind::Registration), ("d-u-n-s number", Kind::Registration),
    ("unified social credit code (uscc)", Kind::Registration),
    ("legal entity number", Kind::Registration), ("branch unit number", Kind::Registration),
    ("serial no.", Kind::Registration), ("license", Kind::Registration),
    ("afghan money service provider license number", Kind::Registration),
    ("enterprise number", Kind::Registration),
    ("vessel registration identification", Kind::Imo), ("imo", Kind::Imo),
    ("mmsi", Kind::Mmsi),
    ("former vessel flag", Kind::PastFlag), ("other vessel flag", Kind::PastFlag),
    ("vessel year of build", Kind::BuildDate), ("aircraft manufacture date", Kind::BuildDate),
    ("aircraft model", Kind::Model),
    ("aircraft manufacturer's serial number (msn)", Kind::Serial),
    ("aircraft construction number (also called l/n or s/n or f/n)", Kind::Serial),
    ("organization established date", Kind::Incorporated),
    ("swift/bic", Kind::SwiftBic),
];

/// Applies a whole remarks text (with any `sdn_comments` overflow already appended).
pub(crate) fn apply_remarks(e: &mut Entity, remarks: &str) {
    let remarks = remarks.trim();
    // The final "." ends the remark, not the last clause ("a.k.a. 'SHAHIN CO.'.").
    let remarks = remarks.strip_suffix('.').unwrap_or(remarks);
    // One remark opens "(Following data derived from ...: Alt. DOB: ...; Alt. POB: ...)";
    // a plain split lets its inner clauses be read, so parentheses are not tracked.
    for clause in remarks.split(';') {
        apply_clause(e, clause);
    }
}

/// Applies one clause such as `alt. Passport A123 (Pakistan)`. Also used for OFAC XML's
/// `id` entries, written as the clause `"{idType} {idNumber} ({idCountry})"`.
pub(crate) fn apply_clause(e: &mut Entity, clause: &str) {
    let clause = clause.split_whitespace().collect::<Vec<_>>().join(" ");
    let body = clause.trim_start_matches(['(', ' ']);
    let body = strip_prefix_ci(body, "alt. ")
        .or_else(|| strip_prefix_ci(body, "alt "))
        .unwrap_or(body);
    let Some((kind, label_len)) = label(body) else {
        e.add(prop::NOTES, &clause);
        return;
    };
    let value = body[label_len..].trim_start_matches([' ', ':']).trim();
    let value = value.trim_end_matches(['.', ',', ' ']);
    match kind {
        Kind::Dob => e.add_all(prop::BIRTH_DATE, parse_dob(value)),
        Kind::Pob => {
            e.add(prop::BIRTH_PLACE, value);
            if let Some(code) = place_country(value) {
                e.add(prop::BIRTH_COUNTRY, code);
            }
        }
        Kind::Nationality => add_country(e, prop::NATIONALITY, value),
        Kind::Citizenship => add_country(e, prop::CITIZENSHIP, value),
        Kind::Jurisdiction => add_country(e, prop::JURISDICTION, value),
        Kind::Gender => {
            if let Some(g) = gender(value) {
                e.add(prop::GENDER, g);
            }
        }
        Kind::WeakAka => e.add(prop::WEAK_ALIAS, quoted(value)),
        Kind::Fka => e.add(prop::PREVIOUS_NAME, quoted(value)),
        Kind::Nka => e.add(prop::ALIAS, quoted(value)),
        Kind::Email => e.add(prop::EMAIL, value),
        Kind::Website => e.add(prop::WEBSITE, value),
        Kind::Phone => e.add(prop::PHONE, value),
        // "XBT 1abc...": the currency code, then the address.
        Kind::Crypto => e.add(
            prop::CRYPTO_WALLET,
            value.rsplit(' ').next().unwrap_or(value),
        ),
        Kind::Passport | Kind::Id | Kind::Tax | Kind::Registration => {
            let Some(number) = id_value(value) else {
                e.add(prop::NOTES, &clause);
                return;
            };
            if let Some(imo) = imo_number(&number) {
                add_imo(e, imo);
                return;
            }
            let property = match kind {
                Kind::Passport => prop::PASSPORT_NUMBER,
                Kind::Tax => prop::TAX_NUMBER,
                Kind::Registration => prop::REGISTRATION_NUMBER,
                _ => prop::ID_NUMBER,
            };
            e.add(property, number);
        }
        Kind::Imo => match imo_number(value) {
            Some(imo) => add_imo(e, imo),
            None => e.add(prop::NOTES, &clause),
        },
        Kind::Mmsi => e.add(prop::MMSI, value),
        Kind::PastFlag => add_country(e, "pastFlags", value),
        Kind::BuildDate => e.add_all("buildDate", parse_dob(value).into_iter().take(1)),
        Kind::Model => e.add("model", value),
        Kind::Serial => e.add("serialNumber", value),
        Kind::Incorporated => e.add_all("incorporationDate", parse_dob(value).into_iter().take(1)),
        Kind::SwiftBic => e.add("swiftBic", value),
    }
}

/// The longest label that starts `body` as a whole word, with its length in bytes.
fn label(body: &str) -> Option<(Kind, usize)> {
    let bytes = body.as_bytes();
    LABELS
        .iter()
        .filter(|(label, _)| {
            let n = label.len();
            bytes.len() >= n
                && bytes[..n].eq_ignore_ascii_case(label.as_bytes())
                && (!label.as_bytes()[n - 1].is_ascii_alphanumeric()
                    || bytes.get(n).is_none_or(|b| !b.is_ascii_alphanumeric()))
        })
        .max_by_key(|(label, _)| label.len())
        .map(|(label, kind)| (*kind, label.len()))
}

fn strip_prefix_ci<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// `'HUZAIFA'` -> `HUZAIFA`; text without quotes is taken as it is.
fn quoted(value: &str) -> &str {
    match (value.find('\''), value.rfind('\'')) {
        (Some(a), Some(b)) if b > a => &value[a + 1..b],
        _ => value.trim_matches('\''),
    }
}

fn gender(value: &str) -> Option<&'static str> {
    match value.trim().to_ascii_lowercase().as_str() {
        "male" | "m" => Some("male"),
        "female" | "f" => Some("female"),
        "" => None,
        _ => Some("other"),
    }
}

/// The number of an identifier clause: `No. 16247821 (Colombia) issued 2001` -> `16247821`.
/// `None` when nothing number-like is left (`Passport issued 21 Jun 1992 in Amman`).
fn id_value(value: &str) -> Option<String> {
    let mut rest = value.trim();
    loop {
        let (first, tail) = rest.split_once(' ').unwrap_or((rest, ""));
        let bare = first.trim_end_matches([':', '.']).to_ascii_lowercase();
        if matches!(bare.as_str(), "" | "no" | "#" | "number" | "nr" | "num") && !tail.is_empty() {
            rest = tail.trim_start();
        } else {
            break;
        }
    }
    // Cut where the number ends: its country, its dates, a second item after ", ".
    let padded = format!(" {}", rest.to_ascii_lowercase());
    let end = [
        " (",
        " issued",
        " expires",
        " expiring",
        " expired",
        " valid",
        ", ",
    ]
    .iter()
    .filter_map(|stop| padded.find(stop))
    .min()
    .unwrap_or(padded.len());
    let number = rest[..end.saturating_sub(1).min(rest.len())].trim_end_matches(['.', ',', ' ']);
    number
        .chars()
        .any(|c| c.is_ascii_digit())
        .then(|| number.to_string())
}

/// `IMO 9187629` (any spacing) -> `IMO9187629`, the form FtM datasets use.
fn imo_number(value: &str) -> Option<String> {
    let at = value.to_ascii_uppercase().find("IMO")?;
    let digits: String = value[at + 3..]
        .trim_start_matches([' ', ':', '#'])
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    (digits.len() == 7).then(|| format!("IMO{digits}"))
}

/// A vessel's IMO number identifies the ship; on a company it is its IMO company number.
fn add_imo(e: &mut Entity, imo: String) {
    let property = match e.schema {
        Schema::Vessel => prop::IMO_NUMBER,
        _ => prop::REGISTRATION_NUMBER,
    };
    e.add(property, imo);
}

/// Adds a country property: the ISO code when the text names a country, else the text.
/// Placeholders such as `na` or `undetermined` are dropped.
pub(crate) fn add_country(e: &mut Entity, property: &str, text: &str) {
    let text = text.trim().trim_end_matches('.').trim();
    let lower = text.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "" | "na" | "n/a" | "none" | "unknown" | "undetermined" | "none identified" | "-0-"
    ) {
        return;
    }
    e.add(property, country_code(text).unwrap_or(text));
}

/// The country of a place of birth such as `Faisalabad, Pakistan`, `Sarajevo
/// Bosnia-Herzegovina` or `Musanze District (Northern Province) Rwanda`: its last comma part,
/// or the country in parentheses, or the last words of it.
pub(crate) fn place_country(place: &str) -> Option<&'static str> {
    let last = place.rsplit(',').next().unwrap_or(place).trim();
    if let Some(code) = country_code(last) {
        return Some(code);
    }
    let mut outside = String::new();
    let mut depth = 0usize;
    for c in last.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    for inner in last.split(['(', ')']).skip(1).step_by(2) {
        if let Some(code) = country_code(inner) {
            return Some(code);
        }
    }
    let words: Vec<&str> = outside.split_whitespace().collect();
    for n in [3, 2, 1] {
        if words.len() <= n {
            continue;
        }
        // "New Mexico" is not Mexico, "South Sudan" is tried as two words first.
        let before = words[words.len() - n - 1].to_ascii_lowercase();
        if n == 1 && matches!(before.as_str(), "new" | "north" | "south" | "east" | "west") {
            continue;
        }
        if let Some(code) = country_code(&words[words.len() - n..].join(" ")) {
            return Some(code);
        }
    }
    None
}

const MIN_YEAR: i32 = 1800;
const MAX_YEAR: i32 = 2100;

/// Dates of birth as OFAC, the UN and others write them, as FtM date prefixes:
/// `10 Dec 1948` -> `1948-12-10`, `Sep 1938` -> `1938-09`, `circa 1951` -> `1951`,
/// `1929 to 1930` and `circa 1979-1982` -> each year ([`year_range`]),
/// `01 Jan 1953 to 31 Dec 1954` -> `1953`, `1954`. Text with no usable date gives nothing;
/// as a last resort a lone plausible year in the text is taken (`Between Aug. and Sep. 1977`).
pub(crate) fn parse_dob(text: &str) -> Vec<String> {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut t = collapsed.trim_matches(|c: char| matches!(c, '.' | ',' | ';' | ':' | ' '));
    for prefix in [
        "circa ",
        "approximately ",
        "approx. ",
        "approx ",
        "about ",
        "around ",
        "ca. ",
        "c. ",
        "between ",
    ] {
        if let Some(rest) = strip_prefix_ci(t, prefix) {
            t = rest.trim();
        }
    }
    for sep in [" to ", " - ", " and ", " until ", "–"] {
        if let Some(at) = t.to_ascii_lowercase().find(sep) {
            let (a, b) = (&t[..at], &t[at + sep.len()..]);
            if let (Some(ya), Some(yb)) = (date_year(a), date_year(b)) {
                return year_range(ya, yb);
            }
        }
    }
    if let Some((a, b)) = t.split_once('-') {
        if let (Some(ya), Some(yb)) = (plain_year(a.trim()), plain_year(b.trim())) {
            return year_range(ya, yb);
        }
    }
    if let Some(date) = parse_date(t) {
        return vec![date];
    }
    let mut years: Vec<i32> = t
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(plain_year)
        .collect();
    years.dedup();
    match years.as_slice() {
        [y] => vec![y.to_string()],
        [a, b] => year_range(*a, *b),
        _ => Vec::new(),
    }
}

/// The years of a range: each year when it spans at most 15 years, else the two endpoints.
pub(crate) fn year_range(from: i32, to: i32) -> Vec<String> {
    let (from, to) = if from <= to { (from, to) } else { (to, from) };
    if to - from <= 15 {
        (from..=to).map(|y| y.to_string()).collect()
    } else {
        vec![from.to_string(), to.to_string()]
    }
}

fn plain_year(s: &str) -> Option<i32> {
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok().filter(|y| (MIN_YEAR..=MAX_YEAR).contains(y))
}

fn date_year(s: &str) -> Option<i32> {
    parse_date(s.trim()).and_then(|d| d.get(..4)?.parse().ok())
}

/// One date: ISO (`1948-12-10`, `1948-12`, `1948`), `10 Dec 1948`, `Dec 10, 1948`,
/// `December 1948`, `Nov. 1973`, `10/12/1948` or `10.12.1948` (day first).
fn parse_date(s: &str) -> Option<String> {
    let s = s.trim().trim_end_matches(['.', ',']);
    if let Some(iso) = iso_date(s) {
        return Some(iso);
    }
    for sep in ['/', '.'] {
        let parts: Vec<&str> = s.split(sep).collect();
        if let [d, m, y] = parts.as_slice() {
            if let (Ok(d), Ok(m), Some(y)) = (d.parse::<u32>(), m.parse::<u32>(), plain_year(y)) {
                return ymd(y, m, Some(d));
            }
        }
    }
    let tokens: Vec<&str> = s
        .split([' ', ','])
        .map(|t| t.trim_end_matches('.'))
        .filter(|t| !t.is_empty())
        .collect();
    match tokens.as_slice() {
        [y] => plain_year(y).map(|y| y.to_string()),
        [m, y] => ymd(plain_year(y)?, month(m)?, None),
        [d, m, y] if month(m).is_some() => ymd(plain_year(y)?, month(m)?, Some(d.parse().ok()?)),
        [m, d, y] => ymd(plain_year(y)?, month(m)?, Some(d.parse().ok()?)),
        _ => None,
    }
}

fn iso_date(s: &str) -> Option<String> {
    let parts: Vec<&str> = s.split('-').collect();
    let numeric = |p: &&str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    if parts.is_empty() || parts.len() > 3 || !parts.iter().all(numeric) || parts[0].len() != 4 {
        return None;
    }
    let y = plain_year(parts[0])?;
    match parts.as_slice() {
        [_] => Some(y.to_string()),
        [_, m] if m.len() == 2 => ymd(y, m.parse().ok()?, None),
        [_, m, d] if m.len() == 2 && d.len() == 2 => ymd(y, m.parse().ok()?, Some(d.parse().ok()?)),
        _ => None,
    }
}

fn ymd(y: i32, m: u32, d: Option<u32>) -> Option<String> {
    if !(1..=12).contains(&m) {
        return None;
    }
    match d {
        None => Some(format!("{y:04}-{m:02}")),
        Some(d) => {
            let days = match m {
                2 => 29,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            (1..=days)
                .contains(&d)
                .then(|| format!("{y:04}-{m:02}-{d:02}"))
        }
    }
}

/// English month names and their three-letter forms (also `Sept`), any case.
fn month(s: &str) -> Option<u32> {
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let s = s.to_ascii_lowercase();
    if s.len() < 3 {
        return None;
    }
    let index = NAMES.iter().position(|n| {
        *n == s || (s.len() == 3 && n.starts_with(&s)) || (s == "sept" && *n == "september")
    })?;
    Some(index as u32 + 1)
}
