//! Rendering a [`Person`] as FollowTheMoney properties: the primary name as a list prints it,
//! aliases (other orders, `bin`/`s/o` forms, spelling variants, the native script), weak
//! aliases (a kunya, a single name), a partial date of birth, nationality and documents.

use std::collections::BTreeMap;

use nazar_core::model::prop;

use crate::population::{Person, Structure, Token};
use crate::rng::Rng;
use crate::variant;

/// Properties in a stable order (a `BTreeMap`, so the JSON is byte-identical per seed).
pub type Properties = BTreeMap<&'static str, Vec<String>>;

fn latin(ts: &[&Token]) -> String {
    ts.iter()
        .map(|t| t.latin.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The native-script form when every part has one.
fn native(ts: &[&Token], sep: &str) -> Option<String> {
    if ts.is_empty() || ts.iter().any(|t| t.native.is_empty()) {
        return None;
    }
    Some(
        ts.iter()
            .map(|t| t.native.as_str())
            .collect::<Vec<_>>()
            .join(sep),
    )
}

impl Person {
    /// Parts in the order the region writes them.
    pub fn parts(&self) -> Vec<&Token> {
        let mut out: Vec<&Token> = Vec::new();
        if self.structure == Structure::Chinese {
            out.extend(self.family.iter());
            out.extend(self.given.iter());
            return out;
        }
        out.extend(self.given.iter());
        if self.structure == Structure::Arab {
            out.extend(self.father.iter());
            out.extend(self.grandfather.iter());
        }
        out.extend(self.patronymic.iter());
        out.extend(self.family.iter());
        out
    }

    /// The primary name.
    pub fn name(&self) -> String {
        latin(&self.parts())
    }

    /// The native-script name, if the person has one (Arabic script, Cyrillic, Han).
    pub fn native_name(&self) -> Option<String> {
        match self.structure {
            Structure::Chinese => native(&self.parts(), ""),
            Structure::Slavic => {
                // Russian documents write the family name first.
                let mut ts: Vec<&Token> = self.family.iter().collect();
                ts.extend(self.given.iter());
                ts.extend(self.patronymic.iter());
                native(&ts, " ")
            }
            _ => native(&self.parts(), " "),
        }
    }

    /// Renders the person's FtM properties; `rng` draws aliases and documents.
    pub fn properties(&self, rng: &mut Rng) -> Properties {
        let mut p = Properties::new();
        let add = |p: &mut Properties, k: &'static str, v: String| {
            let vals = p.entry(k).or_default();
            if !v.is_empty() && !vals.contains(&v) {
                vals.push(v);
            }
        };
        let name = self.name();
        add(&mut p, prop::NAME, name.clone());
        if let Some(g) = self.given.first() {
            add(&mut p, prop::FIRST_NAME, g.latin.clone());
        }
        if let Some(g) = self.given.get(1) {
            add(&mut p, prop::MIDDLE_NAME, g.latin.clone());
        }
        if let Some(t) = &self.patronymic {
            add(&mut p, prop::MIDDLE_NAME, t.latin.clone());
        }
        if let Some(f) = &self.family {
            add(&mut p, prop::LAST_NAME, f.latin.clone());
        }
        let family_suffix = match (&self.family, self.structure) {
            (Some(f), Structure::SouthAsian) => format!(" {}", f.latin),
            _ => String::new(),
        };
        if let Some(f) = &self.father {
            add(
                &mut p,
                prop::FATHER_NAME,
                format!("{}{family_suffix}", f.latin),
            );
        }
        if let Some(t) = self.title {
            add(&mut p, prop::TITLE, t.to_string());
        }
        add(
            &mut p,
            prop::GENDER,
            if self.male { "male" } else { "female" }.into(),
        );

        // Aliases: the forms lists print besides the primary name.
        if let Some(n) = self.native_name() {
            if rng.chance(0.7) {
                add(&mut p, prop::ALIAS, n);
            }
        }
        match (self.structure, &self.father) {
            (Structure::Arab, Some(f)) if rng.chance(0.4) => {
                let link = if self.male { "bin" } else { "bint" };
                let mut s = format!(
                    "{} {link} {}",
                    latin(&self.given.iter().collect::<Vec<_>>()),
                    f.latin
                );
                if let Some(fam) = &self.family {
                    s.push(' ');
                    s.push_str(&fam.latin);
                }
                add(&mut p, prop::ALIAS, s);
            }
            (Structure::SouthAsian, Some(f)) if rng.chance(0.3) => {
                let link = if self.male { "s/o" } else { "d/o" };
                add(
                    &mut p,
                    prop::ALIAS,
                    format!("{name} {link} {}{family_suffix}", f.latin),
                );
            }
            _ => {}
        }
        if rng.chance(0.35) {
            let v = variant::vary(&name, 1, rng);
            add(&mut p, prop::ALIAS, v);
        }
        if rng.chance(0.1) {
            if let Some(v) = variant::apply(variant::Op::SurnameFirst, &name, rng) {
                add(&mut p, prop::ALIAS, v);
            }
        }
        if let Some(t) = self.title {
            if rng.chance(0.3) {
                add(&mut p, prop::ALIAS, format!("{t} {name}"));
            }
        }
        // Weak aliases: a kunya (`Abu Hamza`) or a single name.
        if rng.chance(0.1) {
            let muslim = matches!(self.region, "pakistan" | "afghanistan" | "arab");
            let weak = if muslim && self.male {
                format!(
                    "Abu {}",
                    self.father.as_ref().unwrap_or(&self.given[0]).latin
                )
            } else {
                self.given[0].latin.clone()
            };
            add(&mut p, prop::WEAK_ALIAS, weak);
        }

        if let Some(d) = &self.birth_date {
            add(&mut p, prop::BIRTH_DATE, d.clone());
        }
        add(&mut p, prop::NATIONALITY, self.nationality.to_string());
        self.documents(rng, &mut p);
        p.retain(|_, v| !v.is_empty());
        p
    }

    fn documents(&self, rng: &mut Rng, p: &mut Properties) {
        if self.nationality == "pk" && rng.chance(0.7) {
            // CNIC: 13 digits printed 5-7-1, the first digit a province code.
            let first = 1 + rng.below(7);
            let cnic = format!(
                "{first}{}-{}-{}",
                rng.digits(4),
                rng.digits(7),
                rng.digits(1)
            );
            p.entry(prop::ID_NUMBER).or_default().push(cnic);
        } else if rng.chance(0.25) {
            let id = rng.digits(10);
            p.entry(prop::ID_NUMBER).or_default().push(id);
        }
        if rng.chance(0.5) {
            let letters = if self.nationality == "pk" || rng.chance(0.5) {
                2
            } else {
                1
            };
            let mut s: String = (0..letters)
                .map(|_| char::from(b'A' + rng.below(26) as u8))
                .collect();
            s.push_str(&rng.digits(if letters == 2 { 7 } else { 8 }));
            p.entry(prop::PASSPORT_NUMBER).or_default().push(s);
        }
        if rng.chance(0.25) {
            let user: String = self
                .parts()
                .iter()
                .map(|t| t.latin.to_ascii_lowercase())
                .filter(|s| s.is_ascii())
                .collect::<Vec<_>>()
                .join(".")
                .replace(['\'', ' '], "");
            if !user.is_empty() {
                // Reserved example domains only: no address can belong to anyone.
                let domain = rng.choose(&["example.com", "example.org", "example.net"]);
                let email = format!("{user}{}@{domain}", rng.below(100));
                p.entry(prop::EMAIL).or_default().push(email);
            }
        }
        if rng.chance(0.3) {
            let phone = format!("{} {} {}", self.phone_prefix, rng.digits(3), rng.digits(7));
            p.entry(prop::PHONE).or_default().push(phone);
        }
    }
}
