//! Date formats for mapped CSV columns: a few strftime tokens (`%d %m %Y %y`) and literal
//! characters, or `iso`. Dates come out as ISO prefixes, dropping unknown parts.

use std::fmt;

/// How a CSV writes its dates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateFormat {
    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (a longer timestamp is cut to the date).
    Iso,
    /// A pattern such as `%d/%m/%Y`, kept with its text for messages.
    Pattern(String, Vec<Token>),
}

/// One piece of a date pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Token {
    Day,
    Month,
    Year,
    /// A two-digit year: `00`..`29` are 2000..2029, the rest 1930..1999.
    ShortYear,
    Literal(char),
}

impl DateFormat {
    /// Reads `iso` or a pattern of `%d %m %Y %y` and literal characters.
    pub fn parse(format: &str) -> Result<DateFormat, String> {
        if format.trim().eq_ignore_ascii_case("iso") {
            return Ok(DateFormat::Iso);
        }
        let mut tokens = Vec::new();
        let mut chars = format.chars();
        while let Some(c) = chars.next() {
            if c != '%' {
                tokens.push(Token::Literal(c));
                continue;
            }
            tokens.push(match chars.next() {
                Some('d') => Token::Day,
                Some('m') => Token::Month,
                Some('Y') => Token::Year,
                Some('y') => Token::ShortYear,
                Some('%') => Token::Literal('%'),
                other => {
                    let t = other.map(String::from).unwrap_or_default();
                    return Err(format!(
                        "date_format {format:?}: unknown token %{t} (use %d %m %Y %y, or \"iso\")"
                    ));
                }
            });
        }
        if !tokens
            .iter()
            .any(|t| matches!(t, Token::Year | Token::ShortYear))
        {
            return Err(format!("date_format {format:?} has no year (%Y or %y)"));
        }
        Ok(DateFormat::Pattern(format.to_string(), tokens))
    }

    /// A cell as an ISO prefix (`1975-03-02`, `1975-03`, `1975`), or `None` when it does not
    /// fit the format. A bare four-digit year fits every format. Day or month parts written
    /// `00`, `0`, `dd`, `mm`, `xx` or `??` are unknown and dropped, as is a day without a month.
    pub fn read(&self, value: &str) -> Option<String> {
        let value = value.trim();
        if value.len() == 4 && value.bytes().all(|b| b.is_ascii_digit()) {
            return Some(value.to_string());
        }
        let (year, month, day) = match self {
            DateFormat::Iso => read_iso(value)?,
            DateFormat::Pattern(_, tokens) => read_pattern(tokens, value)?,
        };
        Some(match (month, day) {
            (Some(m), Some(d)) => format!("{year:04}-{m:02}-{d:02}"),
            (Some(m), None) => format!("{year:04}-{m:02}"),
            _ => format!("{year:04}"),
        })
    }
}

impl fmt::Display for DateFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateFormat::Iso => f.write_str("iso"),
            DateFormat::Pattern(text, _) => f.write_str(text),
        }
    }
}

type Parts = (u16, Option<u8>, Option<u8>);

fn read_iso(value: &str) -> Option<Parts> {
    let date = value.get(..10.min(value.len()))?;
    let mut parts = date.split('-');
    let year = parts.next().filter(|y| y.len() == 4)?.parse().ok()?;
    let month = match parts.next() {
        Some(m) => Some(part(m, 12)?),
        None => None,
    };
    let day = match parts.next() {
        Some(d) => Some(part(d, 31)?),
        None => None,
    };
    Some((year, month.flatten(), day.flatten()))
}

/// A day or month: `Some(Some(n))` when known, `Some(None)` when marked unknown, `None`
/// when it is not a date part at all.
fn part(s: &str, max: u8) -> Option<Option<u8>> {
    let lower = s.to_ascii_lowercase();
    if matches!(
        lower.as_str(),
        "0" | "00" | "dd" | "mm" | "xx" | "??" | "d" | "m" | "x"
    ) {
        return Some(None);
    }
    if s.is_empty() || s.len() > 2 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u8 = s.parse().ok()?;
    (1..=max).contains(&n).then_some(Some(n))
}

fn read_pattern(tokens: &[Token], value: &str) -> Option<Parts> {
    let mut rest = value;
    let (mut year, mut month, mut day) = (None, None, None);
    for (i, token) in tokens.iter().enumerate() {
        let width = match token {
            Token::Year => 4,
            _ => 2,
        };
        // A field runs to the literal that follows it, else it is its natural width.
        let take = |rest: &str| match tokens.get(i + 1) {
            Some(Token::Literal(c)) => rest.find(*c).unwrap_or(rest.len()),
            _ => width.min(rest.len()),
        };
        match token {
            Token::Literal(c) => rest = rest.strip_prefix(*c)?,
            Token::Day | Token::Month | Token::Year | Token::ShortYear => {
                let n = take(rest);
                let field = rest.get(..n)?;
                rest = &rest[n..];
                match token {
                    Token::Day => day = Some(part(field, 31)?),
                    Token::Month => month = Some(part(field, 12)?),
                    Token::Year if field.len() == 4 => year = Some(field.parse::<u16>().ok()?),
                    Token::ShortYear if field.len() == 2 => {
                        let yy: u16 = field.parse().ok()?;
                        year = Some(if yy < 30 { 2000 + yy } else { 1900 + yy });
                    }
                    _ => return None,
                }
            }
        }
    }
    if !rest.is_empty() {
        return None;
    }
    Some((year?, month.flatten(), day.flatten()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(format: &str, value: &str, want: Option<&str>) {
        let f = DateFormat::parse(format).unwrap();
        assert_eq!(f.read(value).as_deref(), want, "{format} {value}");
    }

    #[test]
    fn patterns() {
        check("%d/%m/%Y", "02/03/1958", Some("1958-03-02"));
        check("%d/%m/%Y", "2/3/1958", Some("1958-03-02"));
        check("%d/%m/%Y", "00/00/1975", Some("1975"));
        check("%d/%m/%Y", "dd/mm/1957", Some("1957"));
        check("%d/%m/%Y", "00/04/1961", Some("1961-04"));
        check("%d/%m/%Y", "1975", Some("1975"));
        check("%d/%m/%Y", "31/13/1975", None);
        check("%d/%m/%Y", "1975-03-02", None);
        check("%d/%m/%Y", "02/03/1958 extra", None);
        check("%d.%m.%y", "02.03.58", Some("1958-03-02"));
        check("%d.%m.%y", "02.03.08", Some("2008-03-02"));
        check("%Y%m%d", "19580302", Some("1958-03-02"));
        check("%m-%Y", "11-1980", Some("1980-11"));
        check("iso", "1958-03-02T00:00:00", Some("1958-03-02"));
        check("iso", "1958-03", Some("1958-03"));
        check("iso", "02/03/1958", None);
        check("iso", "ابجد", None);
    }

    #[test]
    fn bad_formats() {
        assert!(DateFormat::parse("%d/%m").is_err());
        assert!(DateFormat::parse("%d/%b/%Y").is_err());
        assert!(DateFormat::parse("%").is_err());
        assert_eq!(DateFormat::parse("ISO").unwrap(), DateFormat::Iso);
    }

    proptest::proptest! {
        #[test]
        fn reading_never_panics(s in "\\PC{0,16}") {
            for f in ["%d/%m/%Y", "%Y%m%d", "%d.%m.%y", "iso"] {
                let _ = DateFormat::parse(f).unwrap().read(&s);
            }
            let _ = DateFormat::parse(&s);
        }
    }
}
