//! Text normalisation: Unicode forms, case, diacritics, Arabic-script letter folding, scripts,
//! and splitting a name into raw tokens.
//!
//! Everything downstream (transliteration, keys, scoring) sees tokens that went through
//! [`tokens`], so list side and query side are normalised by the same code.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// The writing system of a token, as far as matching cares.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
pub enum Script {
    #[default]
    Latin,
    /// Arabic, Urdu, Persian, Pashto, Sindhi: one abjad, folded to common letters.
    Arabic,
    Cyrillic,
    Greek,
    Han,
    /// Korean syllable blocks.
    Hangul,
    /// Digits only.
    Digit,
    Other,
}

/// A token of a name after normalisation, before transliteration.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RawToken {
    pub text: String,
    pub script: Script,
    /// An Arabic-script token written with a hamza or madda on its first alef (أ إ آ, folded
    /// to ا in `text`): its ال, if any, is no article, which is written with a bare alef
    /// (ألطاف Altaf, إلياس Ilyas, ألبين Albin).
    pub initial_hamza: bool,
    /// The word before the parser split an article off it, when the learned tables know that
    /// word too (الهام: read `ham` after the article, but also Elham as a whole).
    pub whole: Option<String>,
    /// Where a zero-width non-joiner stood in an Arabic-script token (char offsets into
    /// `text`): Persian writes it between the parts of a compound name (احمدی‌نژاد), which
    /// `names` splits there when the tables do not know the whole.
    pub zwnj: Vec<usize>,
}

impl RawToken {
    pub fn new(text: String, script: Script) -> RawToken {
        RawToken {
            text,
            script,
            initial_hamza: false,
            whole: None,
            zwnj: Vec::new(),
        }
    }
}

/// The script of one character.
pub fn char_script(c: char) -> Script {
    match c as u32 {
        0x30..=0x39 => Script::Digit,
        0x41..=0x5A | 0x61..=0x7A | 0xC0..=0x24F | 0x1E00..=0x1EFF => Script::Latin,
        0x370..=0x3FF | 0x1F00..=0x1FFF => Script::Greek,
        0x400..=0x52F => Script::Cyrillic,
        0x600..=0x6FF | 0x750..=0x77F | 0x8A0..=0x8FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            Script::Arabic
        }
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => Script::Han,
        crate::korean::HANGUL_FIRST..=crate::korean::HANGUL_LAST => Script::Hangul,
        _ => Script::Other,
    }
}

/// Folds one Arabic-script letter to the common form shared by Arabic, Urdu, Persian and
/// Pashto spellings. Returns `None` for characters that carry no letter (harakat, tatweel).
/// The table is the same as in `tools/names/derive.py`; change both together.
pub fn fold_arabic(c: char) -> Option<char> {
    Some(match c {
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => return None,
        'ی' | 'ى' | 'ې' | 'ۍ' | 'ئ' | 'ے' | 'ۓ' => 'ي',
        'ک' | 'ڪ' => 'ك',
        'ہ' | 'ۃ' | 'ة' | 'ھ' | 'ە' | 'ۀ' | 'ۂ' => 'ه',
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ؤ' => 'و',
        '٠'..='٩' => char::from(b'0' + (c as u32 - 0x660) as u8),
        '۰'..='۹' => char::from(b'0' + (c as u32 - 0x6F0) as u8),
        other => other,
    })
}

/// Folds a Latin letter with its diacritics removed; handles letters that NFKD does not split.
fn fold_latin(c: char, out: &mut String) {
    match c {
        'ß' => out.push_str("ss"),
        'æ' | 'Æ' => out.push_str("ae"),
        'œ' | 'Œ' => out.push_str("oe"),
        'ø' | 'Ø' => out.push('o'),
        'ł' | 'Ł' => out.push('l'),
        'đ' | 'Đ' | 'ð' | 'Ð' => out.push('d'),
        'þ' | 'Þ' => out.push_str("th"),
        'ı' => out.push('i'),
        'ŋ' => out.push('n'),
        _ => {
            for d in c.nfkd() {
                if !is_combining_mark(d) {
                    out.extend(d.to_lowercase());
                }
            }
        }
    }
}

/// Characters dropped inside a token: apostrophes and the modifier letters that romanisations
/// use for ʿayn and hamza (`Ma'mun`, `Saʿid`), and invisible controls.
fn is_dropped(c: char) -> bool {
    matches!(
        c,
        '\'' | '`'
            | '´'
            | '‘'
            | '’'
            | 'ʻ'
            | 'ʼ'
            | 'ʽ'
            | 'ʾ'
            | 'ʿ'
            | 'ˈ'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2066}'..='\u{2069}'
            | '\u{FEFF}'
            | '\u{00AD}'
            | '\u{061C}'
    ) || ('\u{064B}'..='\u{065F}').contains(&c)
        || is_combining_mark(c)
        || c == '\u{0670}'
        || c == '\u{0640}'
}

/// Latin and Cyrillic letters that look alike, as a keyboard layout or an OCR mixes them into a
/// word of the other script (`Ивaнов` with a Latin `a`, `Petrоv` with a Cyrillic `о`).
const LOOKALIKES: &[(char, char)] = &[
    ('a', 'а'),
    ('e', 'е'),
    ('o', 'о'),
    ('p', 'р'),
    ('c', 'с'),
    ('x', 'х'),
    ('y', 'у'),
    ('A', 'А'),
    ('B', 'В'),
    ('E', 'Е'),
    ('K', 'К'),
    ('M', 'М'),
    ('H', 'Н'),
    ('O', 'О'),
    ('P', 'Р'),
    ('C', 'С'),
    ('T', 'Т'),
    ('X', 'Х'),
    ('Y', 'У'),
];

/// Writes the look-alike letters of a word that mixes Latin and Cyrillic in the script of the
/// word's other letters, when the word has more of them; words in one script are untouched.
pub fn fold_lookalikes(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return s.into();
    }
    let is_word = |c: char| c.is_alphabetic();
    let mixed = s.split(|c: char| !is_word(c)).any(|w| {
        w.chars().any(|c| char_script(c) == Script::Latin)
            && w.chars().any(|c| char_script(c) == Script::Cyrillic)
    });
    if !mixed {
        return s.into();
    }
    let mut out = String::with_capacity(s.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let latin = word
            .chars()
            .filter(|&c| char_script(c) == Script::Latin)
            .count();
        let cyrillic = word
            .chars()
            .filter(|&c| char_script(c) == Script::Cyrillic)
            .count();
        for c in word.chars() {
            let swap = if cyrillic > latin && latin > 0 {
                LOOKALIKES.iter().find(|(l, _)| *l == c).map(|(_, k)| *k)
            } else if latin > cyrillic && cyrillic > 0 {
                LOOKALIKES.iter().find(|(_, k)| *k == c).map(|(l, _)| *l)
            } else {
                None
            };
            out.push(swap.unwrap_or(c));
        }
        word.clear();
    };
    for c in s.chars() {
        if is_word(c) {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out.into()
}

/// Normalises a string and splits it into tokens, each in one script. Tokens split on
/// whitespace, punctuation and hyphens, and where the script changes.
///
/// Latin letters lose their diacritics and are lower-cased; Arabic-script letters are folded
/// with [`fold_arabic`]; Cyrillic and Greek are lower-cased (`ё` → `е`).
pub fn tokens(s: &str) -> Vec<RawToken> {
    let mut out = Vec::new();
    // The token being read; its script is the last letter's, kept across tokens.
    let mut cur = RawToken::new(String::new(), Script::Other);
    let normal: String = s.nfkc().collect();
    let s = fold_lookalikes(&normal);
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{200C}' && cur.script == Script::Arabic && !cur.text.is_empty() {
            let at = cur.text.chars().count();
            if !cur.zwnj.contains(&at) {
                cur.zwnj.push(at);
            }
            continue;
        }
        if is_dropped(c) {
            continue;
        }
        // Pashto and Urdu write -zai as زئی where Arabic writes زی: a hamza seat before a
        // ye is read as that ye.
        if c == 'ئ' && matches!(chars.peek(), Some('ی' | 'ي' | 'ى' | 'ے')) {
            continue;
        }
        let script = char_script(c);
        // A token ends at anything but a letter or digit, and where the script changes.
        if !c.is_alphanumeric() || (!cur.text.is_empty() && script != cur.script) {
            flush(&mut cur, &mut out);
            if !c.is_alphanumeric() {
                continue;
            }
        }
        cur.script = script;
        let text = &mut cur.text;
        match script {
            Script::Latin => fold_latin(c, text),
            Script::Arabic => {
                if text.is_empty() && matches!(c, 'أ' | 'إ' | 'آ') {
                    cur.initial_hamza = true;
                }
                if let Some(f) = fold_arabic(c) {
                    text.push(f);
                }
            }
            Script::Cyrillic => {
                for l in c.to_lowercase() {
                    text.push(if l == 'ё' { 'е' } else { l });
                }
            }
            Script::Greek => {
                for d in c.nfd() {
                    if !is_combining_mark(d) {
                        text.extend(d.to_lowercase());
                    }
                }
            }
            _ => text.extend(c.to_lowercase()),
        }
    }
    flush(&mut cur, &mut out);
    out
}

/// Ends the token being read: pushes it when it has letters, and starts the next one in the
/// same script.
fn flush(cur: &mut RawToken, out: &mut Vec<RawToken>) {
    let next = RawToken::new(String::new(), cur.script);
    let mut t = std::mem::replace(cur, next);
    if t.text.is_empty() {
        return;
    }
    // A mark at the end of a token separates nothing.
    let len = t.text.chars().count();
    t.zwnj.retain(|&k| k > 0 && k < len);
    out.push(t);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &[&str]) {
        let got: Vec<String> = tokens(input).into_iter().map(|t| t.text).collect();
        assert_eq!(got, expected, "tokens of {input:?}");
    }

    #[test]
    fn lookalike_letters_take_their_word_s_script() {
        // A Latin `a` in a Cyrillic word, a Cyrillic `о` in a Latin one.
        let t = tokens("Ив\u{0061}нов Petr\u{043E}v");
        let texts: Vec<&str> = t.iter().map(|t| t.text.as_str()).collect();
        assert_eq!(texts, ["иванов", "petrov"]);
        assert_eq!(
            (t[0].script, t[1].script),
            (Script::Cyrillic, Script::Latin)
        );
        // Words in one script, and letters without a look-alike, stay as they are.
        assert_eq!(tokens("Иван Petrov")[1].text, "petrov");
        assert_eq!(tokens("Жz").len(), 2);
    }

    #[test]
    fn a_zero_width_non_joiner_marks_a_boundary_inside_a_persian_word() {
        let t = tokens("احمدی\u{200c}نژاد خامنه\u{200c}");
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].text, "احمدينژاد");
        assert_eq!(t[0].zwnj, [5]);
        // At the end of a word it separates nothing.
        assert!(t[1].zwnj.is_empty());
        // Elsewhere it is dropped.
        assert!(tokens("ab\u{200c}c")[0].zwnj.is_empty());
    }

    #[test]
    fn latin_folding() {
        check("  Zöë  O'Brien-Smith ", &["zoe", "obrien", "smith"]);
        check("SAʿĪD  Ḥusayn", &["said", "husayn"]);
        check("Straße Łódź", &["strasse", "lodz"]);
        check("CHAUDHRY, Aamir Ali", &["chaudhry", "aamir", "ali"]);
    }

    #[test]
    fn arabic_folding_unifies_urdu_persian_and_arabic_letters() {
        // Urdu ی ہ ک against Arabic ي ه ك; harakat and tatweel go.
        check("عامر علی چوہدری", &["عامر", "علي", "چوهدري"]);
        check("مُحَمَّد", &["محمد"]);
        check("كـريم", &["كريم"]);
        check("کریم", &["كريم"]);
        check("أحمد", &["احمد"]);
    }

    #[test]
    fn a_hamza_on_the_first_alef_is_remembered() {
        let hamza: Vec<bool> = tokens("ألطاف الحسن إلياس آل")
            .iter()
            .map(|t| t.initial_hamza)
            .collect();
        assert_eq!(hamza, [true, false, true, true]);
    }

    #[test]
    fn scripts_split_tokens() {
        let t = tokens("Ali علي Иван");
        let scripts: Vec<Script> = t.iter().map(|t| t.script).collect();
        assert_eq!(scripts, [Script::Latin, Script::Arabic, Script::Cyrillic]);
        assert_eq!(t[2].text, "иван");
    }

    #[test]
    fn stray_marks_and_hamza_seats() {
        // A combining dot that survives NFKC does not split the token.
        check("i\u{307}smail", &["ismail"]);
        check("یوسفزئی", &["يوسفزي"]);
        check("یوسفزی", &["يوسفزي"]);
    }

    #[test]
    fn presentation_forms_fold_through_nfkc() {
        // U+FEE3 U+FEA4 U+FEE4 U+FEAA: presentation forms of محمد.
        check("\u{FEE3}\u{FEA4}\u{FEE4}\u{FEAA}", &["محمد"]);
    }
}
