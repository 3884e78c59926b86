//! Partial dates: a year, a month of a year, or a day, as FtM writes them (`1948`, `1938-09`,
//! `1948-12-10`), and how two of them agree.

use std::fmt;

/// A date known to a year, a month or a day.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct PartialDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl PartialDate {
    /// Parses an ISO prefix (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, also with `/` or a time after
    /// `T`). Other shapes (`10 Dec 1948`, `10/12/1948`) are the parsers' job.
    pub fn parse(s: &str) -> Option<PartialDate> {
        let s = s.trim();
        let s = s.split('T').next().unwrap_or(s);
        let mut parts = s.split(['-', '/', '.']);
        let year: i32 = parts.next()?.trim().parse().ok()?;
        if !(1000..=2999).contains(&year) {
            return None;
        }
        let month = match parts.next() {
            Some(m) => {
                let m: u8 = m.trim().parse().ok()?;
                if !(1..=12).contains(&m) {
                    return None;
                }
                Some(m)
            }
            None => None,
        };
        let day = match (month, parts.next()) {
            (Some(_), Some(d)) => {
                let d: u8 = d.trim().parse().ok()?;
                if !(1..=31).contains(&d) {
                    return None;
                }
                Some(d)
            }
            _ => None,
        };
        Some(PartialDate { year, month, day })
    }

    /// The precision of the date.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// How two dates of birth agree, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateAgreement {
    /// Same day.
    ExactDay,
    /// Same month and year, one side knows no day.
    SameMonth,
    /// Same year, one side knows only the year.
    SameYear,
    /// Same day and year with day and month swapped (`03/08` read as `08/03`).
    SwappedDayMonth,
    /// Same year, different months or days.
    SameYearDiffers,
    /// Years one apart.
    NearYear,
    /// Years 2 to 4 apart.
    FewYears,
    /// Years 5 or more apart.
    Different,
}

/// Compares two dates of birth.
pub fn compare(a: &PartialDate, b: &PartialDate) -> DateAgreement {
    let dy = (a.year - b.year).abs();
    if dy == 0 {
        return match (a.month, b.month) {
            (Some(ma), Some(mb)) if ma == mb => match (a.day, b.day) {
                (Some(da), Some(db)) if da == db => DateAgreement::ExactDay,
                (Some(_), Some(_)) => DateAgreement::SameYearDiffers,
                _ => DateAgreement::SameMonth,
            },
            (Some(ma), Some(mb)) => match (a.day, b.day) {
                (Some(da), Some(db)) if da == mb && db == ma => DateAgreement::SwappedDayMonth,
                _ => DateAgreement::SameYearDiffers,
            },
            _ => DateAgreement::SameYear,
        };
    }
    match dy {
        1 => DateAgreement::NearYear,
        2..=4 => DateAgreement::FewYears,
        _ => DateAgreement::Different,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        PartialDate::parse(s).unwrap()
    }

    #[test]
    fn parse_prefixes() {
        assert_eq!(d("1948").to_string(), "1948");
        assert_eq!(d("1938-09").to_string(), "1938-09");
        assert_eq!(d("1948-12-10").to_string(), "1948-12-10");
        assert_eq!(d("1986/08/03").to_string(), "1986-08-03");
        assert_eq!(d("2001-02-03T00:00:00Z").to_string(), "2001-02-03");
        assert!(PartialDate::parse("circa").is_none());
        assert!(PartialDate::parse("1986-13-01").is_none());
    }

    #[test]
    fn agreement() {
        use DateAgreement::*;
        assert_eq!(compare(&d("1986-08-03"), &d("1986-08-03")), ExactDay);
        assert_eq!(compare(&d("1986-08-03"), &d("1986")), SameYear);
        assert_eq!(compare(&d("1986-08-03"), &d("1986-08")), SameMonth);
        assert_eq!(compare(&d("1986-08-03"), &d("1986-03-08")), SwappedDayMonth);
        assert_eq!(compare(&d("1986-08-03"), &d("1987")), NearYear);
        assert_eq!(compare(&d("1990"), &d("1965")), Different);
    }
}
