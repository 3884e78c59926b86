//! Any text is a name the matcher can take: parsing, retrieval and scoring never panic, and
//! every score is a probability-like number in [0, 1], whatever the scripts mixed.

use nazar_core::names::parse;
use nazar_core::{prop, Entity, Index, IndexBuilder, Query, Schema, ScreenOptions};
use proptest::prelude::*;

/// Characters from every script and shape the parser treats specially: Latin with marks,
/// Arabic letters (the article, hamza forms, Urdu and Persian letters, ZWNJ, tatweel),
/// Cyrillic, Greek with accents, Han, digits, and punctuation of names (comma, hyphen, slash).
fn name_text() -> impl Strategy<Value = String> {
    let pieces = proptest::sample::select(vec![
        "a", "e", "i", "o", "u", "y", "w", "b", "d", "j", "dj", "gh", "kh", "q", "z", "ä", "é",
        "ł", "ß", "ال", "ا", "أ", "ل", "ه", "ة", "ی", "ي", "ک", "ق", "غ", "ع", "ب", "د", "ر", "ن",
        "م", "ح", "ں", "ھ", "ے", "\u{200c}", "\u{640}", "ж", "х", "ё", "і", "є", "ў", "ов", "ευ",
        "ου", "γγ", "ϋ", "ά", "李", "文", "浩", "7", " ", " ", " ", ",", "-", "'", "s/o", "bin",
        "Muhammad", "Abdul", "ullah", "ud-din", "Mohd", "Ch.",
    ]);
    proptest::collection::vec(pieces, 0..24).prop_map(|v| v.concat())
}

fn small_index() -> Index {
    let mut b = IndexBuilder::new();
    for (id, name) in [
        ("1", "Muhammad Ali Khan"),
        ("2", "عامر علی چوہدری"),
        ("3", "Gholam Hossein Mohseni Ejei"),
        ("4", "Евгений Викторович Пригожин"),
        ("5", "Li Wenhao"),
        ("6", "Γεώργιος Παπαδόπουλος"),
    ] {
        let mut e = Entity::new("t", id, Schema::Person);
        e.add(prop::NAME, name);
        b.add(e);
    }
    b.build()
}

proptest! {
    #[test]
    fn any_name_parses(text in name_text()) {
        let name = parse(&text);
        for t in &name.tokens {
            prop_assert_eq!(t.forms.len(), t.norms.len());
            prop_assert!(!t.forms.is_empty(), "{:?}: token {:?} has no spelling", text, t.original);
        }
    }

    #[test]
    fn any_query_screens_to_scores_in_range(text in name_text(), cut in any::<bool>()) {
        let index = small_index();
        let query = Query {
            names: vec![text.clone()],
            names_from_mrz: cut,
            truncated_word: cut.then(|| text.split_whitespace().last().map(str::to_string)).flatten(),
            ..Query::default()
        };
        let options = ScreenOptions::default();
        for hit in index.screen(&query, &options).iter().chain(&index.screen_brute_force(&query, &options)) {
            prop_assert!((0.0..=1.0).contains(&hit.score), "{} {}", text, hit.score);
        }
    }
}
