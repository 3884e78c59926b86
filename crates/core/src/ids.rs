//! Identifiers: passport and national ID numbers (CNIC included), emails, phones, crypto
//! wallets and usernames, normalised so that printed variants compare equal
//! (`BN 4196361` = `BN4196361`, `35202-1234567-1` = `3520212345671`).

use crate::model::prop;

/// Normalises an identifier value of property `prop_name` to its comparable form, or `None`
/// when nothing identifying is left.
pub fn normalize(prop_name: &str, value: &str) -> Option<String> {
    let v = value.trim();
    let out = match prop_name {
        prop::EMAIL => {
            let v = v.to_lowercase();
            let v = v.trim_start_matches("mailto:").to_string();
            v.contains('@').then_some(v)?
        }
        prop::PHONE => {
            let digits: String = v.chars().filter(char::is_ascii_digit).collect();
            let digits = digits.trim_start_matches('0').to_string();
            // Compare the national significant number: the last 10 digits survive the usual
            // prefixes (+92, 0092, 0) of most numbering plans.
            if digits.len() < 7 {
                return None;
            }
            digits[digits.len().saturating_sub(10)..].to_string()
        }
        prop::CRYPTO_WALLET => {
            let v: String = v.chars().filter(|c| !c.is_whitespace()).collect();
            if v.starts_with("0x") || v.starts_with("0X") {
                v.to_lowercase()
            } else {
                v
            }
        }
        prop::USERNAME => v.trim_start_matches('@').to_lowercase(),
        _ => document_number(v)?,
    };
    (out.len() >= 3).then_some(out)
}

/// A document number's comparable form: upper-case letters and digits only, with leading
/// labels removed (`No.`, `Passport`, `national identity card number`).
pub fn document_number(v: &str) -> Option<String> {
    let lower = v.to_lowercase();
    let mut rest: &str = &lower;
    for label in [
        "national identity card number",
        "national identification number",
        "national id no.",
        "national id no",
        "passport no.",
        "passport no",
        "passport",
        "cnic no.",
        "cnic no",
        "cnic",
        "nic no.",
        "nic",
        "no.",
        "number",
    ] {
        if let Some(r) = rest.trim_start().strip_prefix(label) {
            rest = r;
        }
    }
    let out: String = rest
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (!out.is_empty() && out.chars().any(|c| c.is_ascii_digit())).then_some(out)
}

/// Whether a normalised document number looks like a Pakistani CNIC (13 digits) or the old
/// 11-digit NIC.
pub fn is_cnic(normalized: &str) -> bool {
    matches!(normalized.len(), 11 | 13) && normalized.bytes().all(|b| b.is_ascii_digit())
}

/// Whether identifiers of two properties may be compared: document numbers with document
/// numbers (a passport number printed in an ID field is common), contacts only with their own
/// kind.
pub fn comparable(a: &str, b: &str) -> bool {
    const DOCUMENTS: &[&str] = &[
        prop::PASSPORT_NUMBER,
        prop::ID_NUMBER,
        prop::TAX_NUMBER,
        prop::REGISTRATION_NUMBER,
        prop::IMO_NUMBER,
        prop::MMSI,
    ];
    a == b || (DOCUMENTS.contains(&a) && DOCUMENTS.contains(&b))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(p: &str, input: &str, expected: Option<&str>) {
        assert_eq!(normalize(p, input).as_deref(), expected, "{p} {input:?}");
    }

    #[test]
    fn documents() {
        check(prop::PASSPORT_NUMBER, "BN 4196361", Some("BN4196361"));
        check(prop::PASSPORT_NUMBER, "bn4196361", Some("BN4196361"));
        check(prop::ID_NUMBER, "35202-1234567-1", Some("3520212345671"));
        check(
            prop::ID_NUMBER,
            "national identity card number 44103-5251752-5",
            Some("4410352517525"),
        );
        check(prop::ID_NUMBER, "n/a", None);
        assert!(is_cnic("3520212345671"));
        assert!(is_cnic("24492025390"));
    }

    #[test]
    fn contacts() {
        check(
            prop::EMAIL,
            "Mailto:X.Y@Example.org ",
            Some("x.y@example.org"),
        );
        check(prop::PHONE, "+92 300 1234567", Some("3001234567"));
        check(prop::PHONE, "0300-1234567", Some("3001234567"));
        check(prop::CRYPTO_WALLET, "0xAbC123def", Some("0xabc123def"));
        check(prop::USERNAME, "@Someone", Some("someone"));
    }
}
