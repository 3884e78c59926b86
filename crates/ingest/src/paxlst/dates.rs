//! EDIFACT dates to ISO: `YYMMDD` with the century inferred (a birth date lies in the past,
//! an expiry within fifty years from now), `CCYYMMDD`, and `YYMMDDHHMM` flight times.

use std::time::{SystemTime, UNIX_EPOCH};

/// Today's date, read once per message so that a message reads the same throughout.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Today {
    pub year: u32,
    pub month: u32,
    pub day: u32,
}

impl Today {
    pub fn now() -> Today {
        let days = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs() / 86_400)
            .unwrap_or(0);
        from_days(days as i64)
    }
}

/// Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
fn from_days(z: i64) -> Today {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as u32;
    Today { year, month, day }
}

/// `(yy or yyyy, mm, dd)` from 6 or 8 digits, when month and day are plausible.
fn digits(v: &str) -> Option<(u32, bool, u32, u32)> {
    let v = v.trim();
    if !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (y, full, rest) = match v.len() {
        6 => (v.get(..2)?, false, v.get(2..)?),
        8 => (v.get(..4)?, true, v.get(4..)?),
        _ => return None,
    };
    let month: u32 = rest.get(..2)?.parse().ok()?;
    let day: u32 = rest.get(2..4)?.parse().ok()?;
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    Some((y.parse().ok()?, full, month, day))
}

fn iso(year: u32, month: u32, day: u32) -> String {
    format!("{year:04}-{month:02}-{day:02}")
}

/// A date of birth: a two-digit year is the latest century that puts it on or before today.
pub fn birth_date(v: &str, today: &Today) -> Option<String> {
    let (y, full, month, day) = digits(v)?;
    if full {
        return Some(iso(y, month, day));
    }
    let century = today.year / 100 * 100;
    let mut year = century + y;
    if (year, month, day) > (today.year, today.month, today.day) {
        year -= 100;
    }
    Some(iso(year, month, day))
}

/// An expiry date: a two-digit year lies at most twenty years after this year (documents
/// run ten years at most), else in the century before.
pub fn expiry_date(v: &str, today: &Today) -> Option<String> {
    let (y, full, month, day) = digits(v)?;
    if full {
        return Some(iso(y, month, day));
    }
    let century = today.year / 100 * 100;
    let mut year = century + y;
    if year > today.year + 20 {
        year -= 100;
    }
    Some(iso(year, month, day))
}

/// A flight time, `YYMMDDHHMM` (format 201) or `CCYYMMDDHHMM` (203), as `YYYY-MM-DDTHH:MM`.
/// Flights are this century.
pub fn date_time(v: &str) -> Option<String> {
    let v = v.trim();
    let (date, time) = match v.len() {
        10 => (v.get(..6)?, v.get(6..)?),
        12 => (v.get(..8)?, v.get(8..)?),
        6 | 8 => (v, ""),
        _ => return None,
    };
    let (y, full, month, day) = digits(date)?;
    let year = if full { y } else { 2000 + y };
    let mut out = iso(year, month, day);
    if !time.is_empty() {
        let h: u32 = time.get(..2)?.parse().ok()?;
        let m: u32 = time.get(2..)?.parse().ok()?;
        if h > 23 || m > 59 {
            return None;
        }
        out.push_str(&format!("T{h:02}:{m:02}"));
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Today = Today {
        year: 2026,
        month: 11,
        day: 29,
    };

    #[test]
    fn birth_dates_lie_in_the_past() {
        assert_eq!(birth_date("780706", &TODAY).as_deref(), Some("1978-07-06"));
        assert_eq!(birth_date("051231", &TODAY).as_deref(), Some("2005-12-31"));
        assert_eq!(birth_date("261130", &TODAY).as_deref(), Some("1926-11-30"));
        assert_eq!(birth_date("261129", &TODAY).as_deref(), Some("2026-11-29"));
        assert_eq!(
            birth_date("19540101", &TODAY).as_deref(),
            Some("1954-01-01")
        );
        assert_eq!(birth_date("541342", &TODAY), None);
        assert_eq!(birth_date("5410", &TODAY), None);
    }

    #[test]
    fn expiries_lie_near_now() {
        assert_eq!(expiry_date("180221", &TODAY).as_deref(), Some("2018-02-21"));
        assert_eq!(expiry_date("340101", &TODAY).as_deref(), Some("2034-01-01"));
        assert_eq!(expiry_date("460101", &TODAY).as_deref(), Some("2046-01-01"));
        assert_eq!(expiry_date("610218", &TODAY).as_deref(), Some("1961-02-18"));
        assert_eq!(expiry_date("990101", &TODAY).as_deref(), Some("1999-01-01"));
    }

    #[test]
    fn flight_times() {
        assert_eq!(date_time("1701271725").as_deref(), Some("2017-01-27T17:25"));
        assert_eq!(
            date_time("201701271725").as_deref(),
            Some("2017-01-27T17:25")
        );
        assert_eq!(date_time("1701272599"), None);
    }

    #[test]
    fn civil_dates_from_days() {
        assert_eq!(
            from_days(0),
            Today {
                year: 1970,
                month: 1,
                day: 1
            }
        );
        assert_eq!(
            from_days(20_786),
            Today {
                year: 2026,
                month: 11,
                day: 29
            }
        );
    }
}
