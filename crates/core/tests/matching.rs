//! Name matching across scripts and spellings, pinned by the cases the product must get right.

use nazar_core::{prop, Entity, Index, IndexBuilder, Query, Schema, ScreenOptions};

fn index_of(names: &[(&str, &str, Option<&str>)]) -> Index {
    let mut b = IndexBuilder::new();
    for (id, name, dob) in names {
        let mut e = Entity::new("t", id, Schema::Person);
        e.add(prop::NAME, name);
        if let Some(d) = dob {
            e.add(prop::BIRTH_DATE, d);
        }
        b.add(e);
    }
    b.build()
}

fn screen(index: &Index, name: &str, dob: Option<&str>) -> Option<(String, f32, bool)> {
    let q = Query {
        names: vec![name.to_string()],
        birth_dates: dob.map(|d| vec![d.to_string()]).unwrap_or_default(),
        ..Query::default()
    };
    index
        .screen(&q, &ScreenOptions::default())
        .first()
        .map(|h| (h.entity.id.clone(), h.score, h.is_match))
}

/// Every result for a name-only query: id and whether it is a match.
fn hits(index: &Index, name: &str) -> Vec<(String, bool)> {
    let q = Query {
        names: vec![name.to_string()],
        ..Query::default()
    };
    index
        .screen(&q, &ScreenOptions::default())
        .into_iter()
        .map(|h| (h.entity.id, h.is_match))
        .collect()
}

/// Checks that `query` flags nothing in `index`.
fn assert_no_alert(index: &Index, query: &str) {
    let got = hits(index, query);
    assert!(got.iter().all(|(_, m)| !m), "{query}: {got:?}");
}

/// Indexes `listed` among unrelated people and checks that `query` finds it first, flagged.
fn check_pair(listed: &str, query: &str) {
    let index = index_of(&[
        ("1", listed, None),
        ("2", "Peter Johnson", None),
        ("3", "Ahmad Shah Massoud", None),
        ("4", "Ivan Petrov", None),
    ]);
    let got = screen(&index, query, None);
    let (id, score, is_match) =
        got.unwrap_or_else(|| panic!("{query:?} found nothing for {listed:?}"));
    assert_eq!(id, "t:1", "{query:?} vs {listed:?}");
    assert!(
        is_match,
        "{query:?} vs {listed:?}: score {score} is no match"
    );
}

#[test]
fn issue_pairs_match_both_ways() {
    for (a, b) in [
        ("Mohd Khan", "Muhammad Khan"),
        ("Ch. Shujaat Hussain", "Chaudhry Shujaat Hussain"),
        ("Abdur Rehman", "Abdul Rahman"),
        ("Zia-ul-Haq", "ضیاء الحق"),
        ("Usama bin Laden", "اسامہ بن لادن"),
        ("Abdulrahman Yusufzai", "Abd al-Rahman Yousafzai"),
        ("Viktor Orlovsky", "Виктор Орловский"),
        ("Li Wenhao", "李文浩"),
        ("Wang Jianguo", "王建国"),
    ] {
        check_pair(a, b);
        check_pair(b, a);
    }
}

#[test]
fn persian_compound_names_meet_however_their_parts_are_joined() {
    // Persian writes the parts of a compound family name with a zero-width non-joiner, a
    // space or nothing between them; the lists write them as one word.
    for (listed, query) in [
        ("AHMADINEJAD, Mahmoud", "محمود احمدی\u{200c}نژاد"),
        ("AHMADINEJAD, Mahmoud", "محمود احمدی نژاد"),
        ("ALIZADEH, Reza", "رضا علی زاده"),
        ("ALIZADEH, Reza", "رضا علیزاده"),
        ("HOSSEINPOUR, Ahmad", "احمد حسین\u{200c}پور"),
        ("TAGHIZADEH, Ali", "علی تقی زاده"),
    ] {
        check_pair(listed, query);
        check_pair(query, listed);
    }
}

#[test]
fn a_name_written_in_two_scripts_meets_each() {
    // Lists write an original-script name beside its romanisation in one string; so may a
    // query. Each script's part is a name of its own.
    check_pair("عبدالله السندي (Abdullah Sindhi)", "Abdullah Sindhi");
    check_pair("Abdullah Sindhi", "عبدالله السندي (Abdullah Sindhi)");
    check_pair("KIM, Jong Un", "김정은 Kim Jong Un");
    // Look-alike letters do not make a second script (`Ceргей` with a Latin C and e), and one
    // word in each script is one name, not two (`Иван Petrov`).
    check_pair("Сергей Иванов", "Ceргей Иванов");
    let index = index_of(&[("1", "Иван Sidorov", None), ("2", "Peter Johnson", None)]);
    assert_no_alert(&index, "Ivan");
    check_pair("Иван Sidorov", "Ivan Sidorov");
}

#[test]
fn a_common_part_with_its_titles_set_aside_is_not_a_full_name() {
    // Listed names that are one part once titles are set aside: a traveller called only
    // Muhammad, Khan or Noorullah matched a part, not the listed name.
    let index = index_of(&[
        ("1", "MUHAMMAD, Sahib", None),
        ("2", "SAYED, Khan", None),
        ("3", "HIDAYATULLAH", None),
        ("4", "Peter Johnson", None),
        ("5", "NOORULLAH, Haji", None),
    ]);
    for query in ["Muhammad", "محمد", "Mst. Khan", "Noorullah"] {
        assert_no_alert(&index, query);
    }
    // With its title the listed name is whole; a single name with no title is one on its own.
    assert_eq!(
        hits(&index, "Sahib Muhammad").first(),
        Some(&("t:1".to_string(), true))
    );
    assert_eq!(
        hits(&index, "Hidayatullah").first(),
        Some(&("t:3".to_string(), true))
    );
}

#[test]
fn consonants_alone_agree_weakly_outside_arabic_script() {
    // Han, Cyrillic and Hangul write their vowels: a Chinese name whose consonants are a Korean
    // one's is another name (吴超磊 Wu Chaolei, 何勇磊 He Yonglei).
    let index = index_of(&[
        ("1", "CHO IL U", None),
        ("2", "HO, Yong Il", None),
        ("3", "Peter Johnson", None),
    ]);
    for query in ["吴超磊", "何勇磊"] {
        assert_no_alert(&index, query);
    }
}

#[test]
fn icao_arabic_mrz_names_find_their_listing() {
    // ICAO 9303's Arabic scheme, as some MRZs write names.
    for (listed, mrz) in [
        ("Mahmoud Abdul Rahim", "MXHMWD EBDALRXHYM"),
        ("Gamal Abdel Nasser", "JMAL EBD ALNAXSSR"),
    ] {
        let index = index_of(&[("1", listed, None), ("2", "Peter Johnson", None)]);
        let q = Query {
            names: vec![mrz.to_string()],
            names_from_mrz: true,
            ..Query::default()
        };
        let hits = index.screen(&q, &ScreenOptions::default());
        assert_eq!(hits[0].entity.id, "t:1", "{mrz}");
        assert!(hits[0].is_match, "{mrz}: {}", hits[0].score);
    }
}

#[test]
fn urdu_script_query_finds_latin_listing() {
    let index = index_of(&[
        ("ofac-15517", "CHAUDHRY, Aamir Ali", Some("1986-08-03")),
        ("x", "Ali Chaudhry", Some("1950")),
        ("y", "Aamir Khan", None),
    ]);
    let (id, score, is_match) = screen(&index, "عامر علی چوہدری", Some("1986-08-03")).unwrap();
    assert_eq!(id, "t:ofac-15517");
    assert!(is_match && score > 0.9, "score {score}");
}

#[test]
fn common_parts_alone_do_not_alert() {
    let index = index_of(&[("1", "Muhammad Ali Khan", Some("1965"))]);
    let got = screen(&index, "Muhammad Khan", Some("1990"));
    assert!(got.as_ref().is_none_or(|(_, _, m)| !m), "{got:?}");
    // Without a date of birth, two common parts still do not make an alert.
    let got = screen(&index, "Muhammad Khan", None);
    assert!(got.as_ref().is_none_or(|(_, _, m)| !m), "{got:?}");
}

#[test]
fn serbian_cyrillic_finds_the_lists_latin_spelling() {
    for (listed, query) in [
        ("HADZIC, Goran", "Горан Хаџић"),
        ("ZUPLJANIN, Stojan", "Стојан Жупљанин"),
        ("MLADIC, Ratko", "Ратко Младић"),
    ] {
        check_pair(listed, query);
        check_pair(query, listed);
    }
}

#[test]
fn the_spellings_of_muhammad_are_one_name() {
    // As `Mohd Khan` is `Muhammad Khan`, so are `Mohammad Khan` and `Mohamed Khan`: an exact
    // match on the listed full name, up to how محمد is romanised.
    for query in [
        "Mohammad Khan",
        "Mohammed Khan",
        "Mohamed Khan",
        "Mohd Khan",
    ] {
        check_pair("KHAN, Muhammad", query);
    }
    check_pair("OMAR, Mohammed", "Mullah Mohammad Omar");
    // So are the usual romanisations of other Arabic names, by the learned table.
    for (listed, query) in [
        ("KHAN, Ahmad", "Ahmed Khan"),
        ("KHAN, Usman", "Osman Khan"),
        ("KHAN, Yusuf", "Youssef Khan"),
        ("KHAN, Ibrahim", "Ebrahim Khan"),
        ("KHAN, Khalid", "Khaled Khan"),
    ] {
        check_pair(listed, query);
    }
    // But names that are spelled alike and are other names stay apart: Sadiq and Siddiq (صادق,
    // صديق), Abid and Ubaid, and the Somali Mohamud, which is Mahmud.
    let index = index_of(&[
        ("1", "Sadiq Khan", None),
        ("2", "Abid Hussain", None),
        ("3", "Mohamed Abdi Ali", None),
        ("4", "Peter Johnson", None),
    ]);
    for query in ["Siddiq Khan", "Ubaid Hussain", "Mohamud Abdi Ali"] {
        assert_no_alert(&index, query);
    }
    check_pair("Mahmud Abdi Ali", "Mohamud Abdi Ali");
    // The exact spelling still ranks first.
    let index = index_of(&[("1", "Mohammad Khan", None), ("2", "Muhammad Khan", None)]);
    assert_eq!(
        hits(&index, "Muhammad Khan").first(),
        Some(&("t:2".to_string(), true))
    );
}

#[test]
fn exact_full_name_alerts_and_rare_names_score_higher() {
    let index = index_of(&[
        ("1", "Muhammad Ali Khan", None),
        ("2", "Rashid Nawaz Leghari", None),
    ]);
    let (_, common, m1) = screen(&index, "Muhammad Ali Khan", None).unwrap();
    let (_, rare, m2) = screen(&index, "Rashid Nawaz Leghari", None).unwrap();
    assert!(m1 && m2);
    assert!(rare > common, "rare {rare} <= common {common}");
    assert!(rare < 1.0 && common < 1.0);
}

#[test]
fn candidate_path_agrees_with_brute_force() {
    let index = index_of(&[
        ("1", "Tariq Mehmood Qureshi", Some("1979-04-12")),
        ("2", "Abdul Rahman Yusufzai", None),
        ("3", "عبدالرحمن یوسفزئی", None),
        ("4", "Salahuddin Baloch", None),
        ("5", "Виктор Петрович Орловский", None),
    ]);
    for name in [
        "Tarik Mahmood Kureshi",
        "Abdurrahman Yousafzai",
        "Salah ud-Din Baloch",
        "Viktor Orlovskiy",
    ] {
        let q = Query {
            names: vec![name.into()],
            ..Query::default()
        };
        let opts = ScreenOptions::default();
        let fast: Vec<_> = index
            .screen(&q, &opts)
            .iter()
            .map(|h| (h.entity.id.clone(), h.score))
            .collect();
        let slow: Vec<_> = index
            .screen_brute_force(&q, &opts)
            .iter()
            .map(|h| (h.entity.id.clone(), h.score))
            .collect();
        assert_eq!(fast, slow, "{name}");
        assert!(!fast.is_empty(), "{name}");
    }
}

#[test]
fn similarity_is_symmetric_across_scripts() {
    use nazar_core::names::parse;
    use nazar_core::score::token_similarity;
    for (a, b) in [
        ("محمد", "Muhammad"),
        ("Hussain", "حسین"),
        ("Orlovsky", "Орловский"),
    ] {
        let (x, y) = (parse(a), parse(b));
        let s1 = token_similarity(&x.tokens[0], &y.tokens[0]).0;
        let s2 = token_similarity(&y.tokens[0], &x.tokens[0]).0;
        assert!((s1 - s2).abs() < 1e-6, "{a} {b}: {s1} {s2}");
    }
}

/// Persian and Arabic spellings as the lists print them: ق and غ written `gh` or `q`, given
/// names joined in one word, a compound in two words with `ullah`, the diphthong written `ei`.
#[test]
fn persian_and_arabic_spellings_match_both_ways() {
    for (a, b) in [
        ("Mohammad Bagher Ghalibaf", "محمدباقر قالیباف"),
        ("Qolam Hossein Mohseni Ejei", "غلامحسین محسنی اژه‌ای"),
        ("Maulana Fazlullah", "مولانا فضل اللہ"),
        ("Mohammed Deif", "محمد الضيف"),
        ("Shaikh Hussein Zein", "Sheikh Husayn Zayn"),
    ] {
        check_pair(a, b);
        check_pair(b, a);
    }
}

/// Invented names made of letters only: `Hamidab`, `Hamidac`, ...
fn invented(stem: &str, i: usize) -> String {
    let letter = |k: usize| char::from(b'a' + (k % 26) as u8);
    format!("{stem}{}{}", letter(i / 26), letter(i))
}

/// A part spelled several ways in another script (عبدالله: abdallah, abdullah, abdulla, ...)
/// is as rare as its most common spelling: the carriers of a rare spelling (`Abdalla`) do not
/// crowd the listed exact name out of the candidates.
#[test]
fn a_rare_spelling_of_a_common_part_does_not_crowd_out_the_listed_name() {
    let mut names: Vec<(String, String)> = Vec::new();
    for i in 0..100 {
        names.push((
            format!("f{i}"),
            format!("Abdullah {}", invented("Karim", i)),
        ));
    }
    for i in 0..80 {
        let name = format!("Abdalla Ahmed Abdalla {}", invented("Hamid", i));
        names.push((format!("d{i}"), name));
    }
    names.push(("target".into(), "Abdullah Ahmed Abdullah".into()));
    let listed: Vec<(&str, &str, Option<&str>)> = names
        .iter()
        .map(|(id, n)| (id.as_str(), n.as_str(), None))
        .collect();
    let index = index_of(&listed);
    let got = screen(&index, "عبد الله أحمد عبد الله", None);
    assert_eq!(got.map(|g| g.0), Some("t:target".to_string()));
}

/// A name written as one word finds the listing that writes it as two, and the other way
/// round, even beside a listing spelled like the query.
#[test]
fn joined_and_split_listings_are_both_found() {
    let index = index_of(&[
        ("split", "Gholam Hossein Mohseni Ejei", None),
        ("joined", "Gholamhossein Mohseni Ejei", None),
        ("other", "Peter Johnson", None),
    ]);
    for query in ["Gholamhossein Mohseni", "Gholam Hossein Mohseni"] {
        let mut found: Vec<String> = hits(&index, query)
            .into_iter()
            .filter(|h| h.1)
            .map(|h| h.0)
            .collect();
        found.sort();
        assert_eq!(found, ["t:joined", "t:split"], "{query}");
    }
}

/// Arabic writes p as ب, v as ف and (in Egypt) g as ج: a name in Arabic script that no
/// table knows (these are invented) meets the Latin spelling with those letters as closely as
/// one with b, f and j; before, only the consonant skeleton's 0.86 joined them.
#[test]
fn letters_an_abjad_writes_alike_meet_across_it() {
    use nazar_core::names::parse;
    use nazar_core::score::token_similarity;
    for (latin, arabic) in [
        ("Vespuzio", "فيسبوزيو"),
        ("Gombral", "جومبرال"),
        ("Prevolto", "بريفولتو"),
        ("Lavrinovsky", "لافرينوفسكي"),
    ] {
        let (a, b) = (parse(arabic), parse(latin));
        let s = token_similarity(&a.tokens[0], &b.tokens[0]).0;
        assert!(s >= 0.9, "{arabic} / {latin}: {s}");
    }
}

/// `Abd` and a name that is not a name of God stay two parts in Latin (Abdul Habib) but are
/// one word in Arabic script (عبدالحبيب); the two parts joined meet it as the compound does.
#[test]
fn an_abd_compound_meets_its_two_latin_parts() {
    check_pair("Abdul Habib Alizai", "عبد الحبیب عالیزی");
    check_pair("عبدالحبيب عاليزي", "Abdul Habib Alizai");
}

/// In an Arabic name chain the first name is the person's own and the next the father's:
/// a traveller `Mohammed Rashidi` against a listed `Tariq Mohammed Rashidi` shares the listed
/// man's father's name, not his, and the score says so; his own name with the father's left
/// out does not, nor does a common first name that lists and documents often drop.
#[test]
fn a_shifted_name_chain_counts_against() {
    let shift_line = |listed: &str, query: &str| {
        let index = index_of(&[("1", listed, None)]);
        let q = Query {
            names: vec![query.to_string()],
            ..Query::default()
        };
        let hits = index.screen(&q, &ScreenOptions::default());
        let name = hits[0]
            .comparison
            .explanation
            .name
            .clone()
            .expect("a name comparison");
        name.unmatched.iter().any(|u| u.part.contains("name chain"))
    };
    assert!(shift_line("Tariq Mohammed Rashidi", "Mohammed Rashidi"));
    assert!(shift_line("Mohammed Rashidi", "Tariq Mohammed Rashidi"));
    assert!(!shift_line("Tariq Mohammed Rashidi", "Tariq Rashidi"));
    assert!(!shift_line("Ayub Khan", "Muhammad Ayub Khan"));
    // The first two names swapped in a chain of three: two men.
    assert!(shift_line(
        "Mohammad Ibrahim Omari",
        "Ibrahim Mohammed Omar"
    ));
    // Two parts in either order are one name written surname first.
    assert!(!shift_line("Wenhao Li", "Li Wenhao"));
    assert!(!shift_line("Imran Khan", "KHAN Imran"));
    // One name on a side is no chain.
    assert!(!shift_line("Rashidi", "Tariq Mohammed Rashidi"));
    // Nor are names from where given names come two at a time: one Spaniard.
    assert!(!shift_line(
        "Francisco Javier Arellano Felix",
        "Javier Arellano Felix"
    ));
    assert!(!shift_line("Mark John Taylor", "John Taylor"));
}

/// Gulf passports and some lists join the article to the family name (ALQAHTANI); the lists
/// the officer screens against write it apart (al-Qahtani), and either way round matches.
/// A name that only begins like the article (Albert, Elena) is left whole.
#[test]
fn an_article_joined_to_a_name_matches_it_written_apart() {
    for (listed, query) in [
        ("Ahmed al-Qahtani", "AHMED ALQAHTANI"),
        ("Mohammed Al Ghamdi", "MOHAMMED ALGHAMDI"),
        ("Saeed Al-Shehri", "SAEED ELSHEHRI"),
        ("Khalid Alzahrani", "Khalid Al-Zahrani"),
    ] {
        check_pair(listed, query);
    }
    let index = index_of(&[
        ("1", "Bert Khoury", None),
        ("2", "Lena Ivanova", None),
        ("3", "Dar Mammadov", None),
        ("4", "Isa Petrova", None),
    ]);
    for query in [
        "Albert Khoury",
        "Elena Ivanova",
        "Eldar Mammadov",
        "Alisa Petrova",
    ] {
        assert!(
            hits(&index, query).iter().all(|h| !h.1),
            "{query} alerts on a shorter name"
        );
    }
}

/// A passport name cut short at the end of its field (ICAO 9303) still finds the listed
/// person: the cut word is read as the start of a part, up to spelling.
#[test]
fn a_truncated_document_name_finds_its_listing() {
    let index = index_of(&[
        ("1", "Muhammad Abdulrahman Al-Khalifa", None),
        ("2", "Altaf Hussain Qureshi", None),
        ("3", "Muhammad Samiullah Khan", None),
        ("4", "Peter Johnson", None),
        ("5", "Muhammad Abbas Khalil", None),
    ]);
    let query = |name: &str, cut: Option<&str>| Query {
        names: vec![name.to_string()],
        names_from_mrz: true,
        truncated_word: cut.map(str::to_string),
        ..Query::default()
    };
    for (name, cut, expected) in [
        ("MUHAMMAD ABDULRAH KHALIFA", "ABDULRAH", "t:1"),
        ("ALTAF HUSSE QURESHI", "HUSSE", "t:2"),
        ("MUHAMMAD SAMIUL KHAN", "SAMIUL", "t:3"),
    ] {
        let hits = index.screen(&query(name, Some(cut)), &ScreenOptions::default());
        let first = hits.first().expect("a result");
        assert_eq!(first.entity.id, expected, "{name}");
        assert!(first.is_match, "{name}: score {}", first.score);
        // Read as a whole word, the cut one is another name.
        let whole = index.screen(&query(name, None), &ScreenOptions::default());
        assert!(
            whole.first().is_none_or(|h| h.score < first.score),
            "{name}"
        );
    }
}

/// A listed person's own name in full is a full-name match though the list adds a father's
/// name; two different fathers' names are not.
#[test]
fn a_fathers_name_the_query_lacks_leaves_the_full_name_whole() {
    let index = index_of(&[
        ("aslam", "Muhammad Aslam s/o Muhammad Akram", None),
        ("lebedev", "LEBEDEV, Dmitri Alekseevich", None),
        ("other", "Peter Johnson", None),
    ]);
    let (id, score, is_match) = screen(&index, "Muhammad Aslam", None).expect("a result");
    assert_eq!(id, "t:aslam");
    assert!(is_match, "score {score}");
    let other_father = screen(&index, "Dmitry Sergeyevich Lebedev", None);
    assert!(
        other_father.as_ref().is_none_or(|h| !h.2),
        "{other_father:?}"
    );
    let same_person = screen(&index, "Dmitry Lebedev", None).expect("a result");
    assert!(same_person.2, "{same_person:?}");
}

/// The candidate step reaches a listing whose only link to the query is a part written as one
/// word on one side and as two on the other (nothing else of the name is shared).
#[test]
fn one_word_and_two_words_reach_each_other() {
    let index = index_of(&[
        ("gholam", "Gholam Hossein", None),
        ("haowen", "Hao Wen", None),
        ("liwen", "Liwen", None),
        ("other", "Peter Johnson", None),
    ]);
    for (query, expected) in [
        ("Gholamhossein", "t:gholam"),
        ("Haowen", "t:haowen"),
        ("Li Wen", "t:liwen"),
    ] {
        let found = hits(&index, query);
        assert!(found.iter().any(|h| h.0 == expected), "{query}: {found:?}");
    }
}

#[test]
fn korean_romanisations_of_one_name_match() {
    // McCune–Reischauer as the lists write it, against Revised Romanisation and the spellings
    // people choose.
    for (listed, query) in [
        ("KIM YONG CHOL", "Kim Yeong-cheol"),
        ("KIM YONG CHOL", "Kim Young Chul"),
        ("PARK, Jin Hyok", "PAK JIN HYOK"),
        ("RI, U'n-so'ng", "Lee Eun Seong"),
        ("CHOE, Ryong Hae", "Choi Yong-hae"),
        ("O, Chong U", "Oh Jeong-u"),
    ] {
        check_pair(listed, query);
        check_pair(query, listed);
    }
}

#[test]
fn korean_keys_stay_inside_korean_names() {
    // A one-letter part of a Korean name is a syllable (O, U), not an initial: O Chong U is
    // not O. C. U.
    let index = index_of(&[("1", "O Chong U", None), ("2", "Kim Chol", None)]);
    let got = hits(&index, "Oh Jeong-u");
    assert_eq!(got.first(), Some(&("t:1".to_string(), true)));
    // Outside a Korean name the coarse key is not used: Jun and Chun are different Chinese
    // names, and Sandra is not a Korean syllable.
    let index = index_of(&[("1", "Wang Chun", None), ("2", "Sandra Park", None)]);
    assert_no_alert(&index, "Wang Jun");
    // Nor in names of two syllables, which are as often Chinese or English.
    let index = index_of(&[
        ("1", "SONG Chun", None),
        ("3", "Bill LEE", None),
        ("4", "John KIM", None),
    ]);
    for query in ["Song Jun", "Phil Lee", "Jun Kim"] {
        assert_no_alert(&index, query);
    }
    // An initial stays an initial beside a Korean family name.
    let index = index_of(&[("1", "Andrew KIM", None), ("2", "Oliver LEE", None)]);
    assert_eq!(
        hits(&index, "A. Kim").first().map(|(id, _)| id.as_str()),
        Some("t:1")
    );
}

#[test]
fn a_first_vowel_is_written_in_arabic_script() {
    // Skeletons drop vowels, but Arabic script writes a name's first one with a letter: Ajili
    // (عجيلي) is not Jalili (جليلي).
    let index = index_of(&[("1", "AJILI, Sa'id", None), ("2", "Peter Johnson", None)]);
    assert_no_alert(&index, "سعید جلیلی");
    assert_eq!(
        hits(&index, "سعید عجیلی").first(),
        Some(&("t:1".to_string(), true))
    );
}

#[test]
fn korean_names_in_hangul_meet_their_latin_spellings() {
    // The lists write North Korean names in McCune–Reischauer, syllables apart; a document or
    // a register may write them in Hangul, without spaces.
    for (listed, query) in [
        ("KIM, Jong Un", "김정은"),
        ("PARK, Jin Hyok", "박진혁"),
        ("RI, U'n-so'ng", "리은성"),
        ("CHOE, Ryong Hae", "최룡해"),
        ("PAK, To-Chun", "박도춘"),
        ("Kim Yeong-cheol", "김영철"),
        ("Lee Myung-bak", "이명박"),
    ] {
        check_pair(listed, query);
        check_pair(query, listed);
    }
    // One syllable apart is another person: Kim Jong Il is not Kim Jong Un, nor Kim Yo Jong.
    let index = index_of(&[("1", "KIM, Jong Il", None), ("2", "KIM, Yo Jong", None)]);
    for query in ["김정은", "김영철"] {
        assert_no_alert(&index, query);
    }
}
