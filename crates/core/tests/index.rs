//! The index as a lasting thing: its snapshot opens to the same answers, a list update folds
//! in to the same answers as a rebuild, and a damaged snapshot is refused.

use nazar_core::{prop, Entity, Index, IndexBuilder, Query, Schema, ScreenOptions};

fn person(
    list: &str,
    id: &str,
    names: &[&str],
    dob: Option<&str>,
    passport: Option<&str>,
) -> Entity {
    let mut e = Entity::new(list, id, Schema::Person);
    for (i, n) in names.iter().enumerate() {
        e.add(if i == 0 { prop::NAME } else { prop::ALIAS }, n);
    }
    if let Some(d) = dob {
        e.add(prop::BIRTH_DATE, d);
    }
    if let Some(p) = passport {
        e.add(prop::PASSPORT_NUMBER, p);
    }
    e
}

fn listed() -> Vec<Entity> {
    let mut out = vec![
        person(
            "a",
            "1",
            &["Aamir Ali Chaudhry", "عامر علی چوہدری"],
            Some("1986-08-03"),
            None,
        ),
        person(
            "a",
            "2",
            &["Usama bin Laden", "اسامہ بن لادن"],
            Some("1957"),
            None,
        ),
        person(
            "b",
            "3",
            &["Viktor Anatolyevich Bout", "Виктор Анатольевич Бут"],
            None,
            Some("21N0532664"),
        ),
        person("b", "4", &["Muhammad Ali Khan"], Some("1965"), None),
        person("b", "5", &["Zhang Wei"], None, None),
    ];
    let mut org = Entity::new("a", "6", Schema::Organization);
    org.add(prop::NAME, "Al-Rashid Trust");
    out.push(org);
    out
}

fn build(entities: Vec<Entity>) -> Index {
    let mut b = IndexBuilder::new();
    for e in entities {
        b.add(e);
    }
    b.build()
}

fn queries() -> Vec<Query> {
    let q = |name: &str| Query {
        names: vec![name.to_string()],
        ..Query::default()
    };
    let mut out = vec![
        q("عامر علی چوہدری"),
        q("Osama Bin Ladin"),
        q("Виктор Бут"),
        q("Muhammad Khan"),
        q("Rashid Trust"),
        q("Zhang Wei"),
        q("Amir Chaudry"),
        q("Mohammed Shafiq"),
    ];
    out.push(Query {
        identifiers: vec![(prop::PASSPORT_NUMBER.to_string(), "21N 0532664".to_string())],
        ..Query::default()
    });
    out
}

/// What a screening answered, to compare two indexes: ids, scores and explanations.
fn answers(index: &Index) -> Vec<Vec<(String, String, String)>> {
    let opts = ScreenOptions::default();
    queries()
        .iter()
        .map(|q| {
            index
                .screen(q, &opts)
                .iter()
                .map(|h| {
                    (
                        h.entity.id.clone(),
                        format!("{:.5}", h.score),
                        format!("{:?}", h.comparison.explanation),
                    )
                })
                .collect()
        })
        .collect()
}

#[test]
fn a_snapshot_opens_to_the_same_answers() {
    let index = build(listed());
    let bytes = index.to_bytes();
    let opened = Index::from_bytes(&bytes).expect("snapshot opens");
    assert_eq!(opened.len(), index.len());
    assert_eq!(opened.spelling_count(), index.spelling_count());
    let before = answers(&index);
    assert!(
        before.iter().filter(|a| !a.is_empty()).count() >= 7,
        "{before:?}"
    );
    assert_eq!(answers(&opened), before);
    assert_eq!(
        opened.get("b:3").map(|e| e.caption().to_string()),
        Some("Viktor Anatolyevich Bout".into())
    );
    // And it writes back byte for byte.
    assert_eq!(opened.to_bytes().len(), bytes.len());
}

#[test]
fn a_damaged_snapshot_is_refused() {
    let bytes = build(listed()).to_bytes();
    assert!(Index::from_bytes(b"not a snapshot").is_err());
    assert!(Index::from_bytes(&bytes[..bytes.len() / 2]).is_err());
    let mut other = bytes.clone();
    other[7] = b'9';
    assert!(Index::from_bytes(&other).is_err());
}

#[test]
fn an_update_folds_in_as_a_rebuild_would() {
    let mut entities = listed();
    let mut index = build(entities.clone());
    // Entity 5 changes name, 4 is delisted, 7 is new.
    let changed = person("b", "5", &["Wang Fang"], Some("1970"), None);
    let added = person("a", "7", &["Mohammed Shafiq"], None, None);
    index.apply(vec![changed.clone(), added.clone()], &["b:4".to_string()]);
    entities.retain(|e| e.id != "b:4" && e.id != "b:5");
    entities.push(changed);
    entities.push(added);
    let rebuilt = build(entities);
    assert_eq!(index.len(), rebuilt.len());
    assert!(index.get("b:4").is_none());
    assert_eq!(answers(&index), answers(&rebuilt));
    // The updated index survives a snapshot too.
    let opened = Index::from_bytes(&index.to_bytes()).expect("snapshot opens");
    assert_eq!(answers(&opened), answers(&rebuilt));
}

#[test]
fn an_update_that_removes_most_entities_compacts() {
    let mut index = build(listed());
    let removed: Vec<String> = ["a:1", "a:2", "b:3", "b:4"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    index.apply(Vec::new(), &removed);
    assert_eq!(index.len(), 2);
    assert_eq!(index.ids().count(), 2);
    let hits = index.screen(
        &Query {
            names: vec!["Zhang Wei".into()],
            ..Query::default()
        },
        &ScreenOptions::default(),
    );
    assert_eq!(hits[0].entity.id, "b:5");
}

/// On a list where `Oleg` is too common to select candidates, a surname misspelled beyond
/// every key still finds its person: the Olegs are compared part by part.
#[test]
fn a_rare_part_spelled_beyond_the_keys_is_found_among_a_common_parts_carriers() {
    let mut b = IndexBuilder::new();
    let syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "zu", "be"];
    for i in 0..2_500 {
        let family: String = [i % 10, (i / 10) % 10, (i / 100) % 10, (i / 1000) % 10]
            .iter()
            .map(|&k| syllables[k])
            .collect();
        b.add(person(
            "p",
            &i.to_string(),
            &[&format!("Oleg {family}ov")],
            None,
            None,
        ));
    }
    b.add(person(
        "p",
        "target",
        &["BELAVENCEV, Oleg Evgenyevich"],
        None,
        None,
    ));
    assert_first(&b.build(), "BELAVENTSEV, Oleg", "p:target");
}

/// Screens `name` and checks that `id` comes first.
fn assert_first(index: &Index, name: &str, id: &str) {
    let hits = index.screen(
        &Query {
            names: vec![name.into()],
            ..Query::default()
        },
        &ScreenOptions::default(),
    );
    assert_eq!(
        hits.first().map(|h| h.entity.id.as_str()),
        Some(id),
        "{:?}",
        hits.iter()
            .map(|h| (&h.entity.id, h.score))
            .collect::<Vec<_>>()
    );
}

/// On a list where `Ali` and the skeleton of `Dhere` (`Haidar`, `Dar`, `Hyder`) are too common
/// to select candidates, `Ali Dhere` still finds the listed `Ali Dheere`: the vowel-masked key
/// (`dh*r*`) is selective where the skeleton is not.
#[test]
fn a_vowel_variant_is_found_where_its_skeleton_is_common() {
    let mut b = IndexBuilder::new();
    let families = ["Haidar", "Dar", "Dour", "Adir", "Hyder"];
    for i in 0..2_500 {
        let family = families[i % families.len()];
        b.add(person(
            "p",
            &i.to_string(),
            &[&format!("Ali {family}")],
            None,
            None,
        ));
    }
    b.add(person("p", "target", &["Ali Dheere"], None, None));
    assert_first(&b.build(), "Ali Dhere", "p:target");
}

/// `Adil` is spelled exactly by 1,500 people here (a list short enough to select), but its
/// variant group, with the 1,000 `Adel`s, is a stop key; `Safr` reaches every Safar alike.
/// The listed `Adel Safar` must still come first: the group's stop list ranks the Safars.
#[test]
fn a_partly_common_part_still_ranks_what_the_others_reached() {
    let mut b = IndexBuilder::new();
    for i in 0..1_500 {
        b.add(person(
            "p",
            &format!("a{i}"),
            &[&format!("Adil Kam{i}")],
            None,
            None,
        ));
    }
    for i in 0..1_000 {
        b.add(person(
            "p",
            &format!("e{i}"),
            &[&format!("Adel Rus{i}")],
            None,
            None,
        ));
    }
    for i in 0..100 {
        b.add(person("p", &format!("s{i}"), &["Omar Safar"], None, None));
    }
    b.add(person("p", "target", &["Adel Safar"], None, None));
    assert_first(&b.build(), "SAFR, Adil", "p:target");
}
