//! The evaluation end to end: sets built from small hand-written lists, figures checked
//! against engines whose answers are known, nazar run on the same lists, and the set counts on
//! the real lists in ../shared/data when that folder is present.

use std::collections::HashMap;
use std::path::PathBuf;

use nazar_core::{Entity, Query};
use nazar_eval::metrics::Metrics;
use nazar_eval::report::Row;
use nazar_eval::sets::{self, Case};
use nazar_eval::{evaluate, Config, Engine, Kind, Lists, Nazar, QueryForm, Ranked, Selection};

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/shared")
}

fn config(selection: Selection) -> Config {
    Config {
        selection,
        population: 300,
        show_misses: 3,
        ..Config::default()
    }
}

fn fixture_sets(selection: Selection) -> sets::Sets {
    let lists = Lists::load(&fixtures()).expect("fixture lists load");
    sets::build(&lists, &config(selection))
}

fn cases(s: &sets::Sets) -> impl Iterator<Item = &Case> {
    s.batches.iter().flat_map(|b| b.cases.iter())
}

/// The `all` row of a kind and form.
fn row(report: &nazar_eval::Report, kind: Kind, form: QueryForm) -> &Row {
    report
        .rows
        .iter()
        .find(|r| r.kind == kind && r.form == form && r.part == "all")
        .unwrap_or_else(|| panic!("no row for {kind:?} {form:?}"))
}

/// Answers every labelled query with its expected entities, flagged; nothing else.
struct Oracle(HashMap<String, Vec<String>>);

impl Engine for Oracle {
    type Index = ();
    fn build(&self, _: Vec<Entity>) {}
    fn screen(&self, _: &(), q: &Query) -> Vec<Ranked> {
        let ids = self.0.get(&q.names[0]).cloned().unwrap_or_default();
        ids.into_iter()
            .map(|id| Ranked {
                caption: id.clone(),
                id,
                score: 0.9,
                is_match: true,
            })
            .collect()
    }
}

/// Never returns anything.
struct Silent;

impl Engine for Silent {
    type Index = ();
    fn build(&self, _: Vec<Entity>) {}
    fn screen(&self, _: &(), _: &Query) -> Vec<Ranked> {
        Vec::new()
    }
}

/// Flags the first indexed entity for every query.
struct Alarm;

impl Engine for Alarm {
    type Index = String;
    fn build(&self, entities: Vec<Entity>) -> String {
        entities[0].id.clone()
    }
    fn screen(&self, first: &String, _: &Query) -> Vec<Ranked> {
        vec![Ranked {
            id: first.clone(),
            caption: first.clone(),
            score: 0.99,
            is_match: true,
        }]
    }
}

#[test]
fn fixture_sets_are_built_as_documented() {
    let s = fixture_sets(Selection::All);
    let c = &s.counts;
    assert_eq!((c.un_entities, c.ofac_entities), (5, 4));
    // UN: three spelling variants and `Abu Khalid`, which is no spelling of the person's name;
    // the original-script names are not judged. OFAC: two spelling variants.
    assert_eq!(c.alias_verdicts["un"]["variant"], 3);
    assert_eq!(c.alias_verdicts["un"]["token_count"], 1);
    assert_eq!(c.alias_verdicts["ofac"]["variant"], 2);
    assert_eq!((c.variant_cases, c.variant_entities), (5, 5));
    assert_eq!(c.script_cases["arabic"], 2);
    assert_eq!(c.script_cases["cyrillic"], 1);
    assert_eq!(c.publisher_pairs, 2);
    assert_eq!(c.population_people, 600);
    assert_eq!(c.travellers_people, 600);

    // Each held-out alias is gone from its index, and the rest of the entity is not.
    for b in &s.batches {
        for case in b.cases.iter().filter(|c| !c.expected.is_empty()) {
            assert!(b.entities.iter().any(|e| case.expected.contains(&e.id)));
            if matches!(case.kind, Kind::Variants | Kind::Script) {
                let e = b
                    .entities
                    .iter()
                    .find(|e| e.id == case.expected[0])
                    .unwrap();
                let names: Vec<&String> = nazar_eval::lists::names(e).collect();
                assert!(!names
                    .iter()
                    .any(|n| n.to_lowercase() == case.name.to_lowercase()));
                assert!(!names.is_empty());
            }
        }
    }
    let publisher: Vec<&Case> = cases(&s).filter(|c| c.kind == Kind::Publisher).collect();
    let pair = publisher
        .iter()
        .find(|c| c.name == "TARIQ MAHMOOD QURESHI")
        .unwrap();
    assert_eq!(pair.expected, ["ofac:100"]);
    assert_eq!(pair.birth_date.as_deref(), Some("1976-04-02"));
    assert_eq!(publisher.len(), 4);
}

#[test]
fn parts_partition_the_cases() {
    let all = fixture_sets(Selection::All);
    let tune = fixture_sets(Selection::Tune);
    let test = fixture_sets(Selection::Test);
    let n = |s: &sets::Sets, k: Kind| cases(s).filter(|c| c.kind == k).count();
    for k in [Kind::Variants, Kind::Script, Kind::Publisher] {
        assert_eq!(n(&tune, k) + n(&test, k), n(&all, k), "{k:?}");
    }
    assert!(cases(&tune).all(|c| c.split == nazar_eval::Split::Tune));
    assert!(cases(&test).all(|c| c.split == nazar_eval::Split::Test));
    // The population is generated per part from its own seed.
    for k in [Kind::Population, Kind::Travellers] {
        assert_eq!(n(&tune, k), 300);
        assert_eq!(n(&all, k), 600);
    }
    // Each part's travellers are other people.
    let names = |s: &sets::Sets| -> std::collections::HashSet<String> {
        cases(s)
            .filter(|c| c.kind == Kind::Travellers)
            .map(|c| format!("{} {:?}", c.name, c.birth_date))
            .collect()
    };
    assert!(names(&tune).len() > 250);
    assert!(names(&tune).intersection(&names(&test)).count() < 10);
}

#[test]
fn a_perfect_engine_scores_one() {
    let s = fixture_sets(Selection::All);
    let oracle = Oracle(
        cases(&s)
            .map(|c| (c.name.clone(), c.expected.clone()))
            .collect(),
    );
    let report = evaluate(&s, &oracle, &config(Selection::All));
    for kind in [Kind::Variants, Kind::Script, Kind::Publisher] {
        for form in [QueryForm::Name, QueryForm::NameDob] {
            let m = &row(&report, kind, form).metrics;
            assert!(m.n > 0);
            assert_eq!(m.recall_at_1, Some(1.0), "{kind:?} {form:?}");
            assert_eq!(m.recall, Some(1.0));
            assert_eq!(m.mean_rank, Some(1.0));
            assert_eq!(m.precision, Some(1.0));
        }
    }
    for kind in [Kind::Population, Kind::Travellers] {
        let pop = &row(&report, kind, QueryForm::Name).metrics;
        assert_eq!((pop.n, pop.alert_rate), (600, Some(0.0)));
    }
    assert!(report.all_goals_met());
    assert!(report.misses.is_empty());
}

#[test]
fn a_silent_engine_finds_nothing_and_alerts_no_one() {
    let s = fixture_sets(Selection::All);
    let report = evaluate(&s, &Silent, &config(Selection::All));
    let m = &row(&report, Kind::Variants, QueryForm::Name).metrics;
    assert_eq!(m.recall_at_1, Some(0.0));
    assert_eq!(m.misses.not_returned, m.n);
    assert_eq!(m.mean_rank, None);
    assert_eq!(m.precision, None);
    let pop = &row(&report, Kind::Population, QueryForm::NameDob).metrics;
    assert_eq!(pop.alert_rate, Some(0.0));
    // Only the goals on people who are on no list hold.
    assert_eq!((report.overall.goals, report.overall.goals_met), (10, 4));
    assert_eq!(
        report
            .misses
            .iter()
            .filter(|m| m.kind == Kind::Variants)
            .count(),
        3
    );
}

#[test]
fn an_engine_that_always_alerts_fails_the_population() {
    let s = fixture_sets(Selection::All);
    let report = evaluate(&s, &Alarm, &config(Selection::All));
    for kind in [Kind::Population, Kind::Travellers] {
        let pop = &row(&report, kind, QueryForm::Name).metrics;
        assert_eq!(pop.alert_rate, Some(1.0));
        assert_eq!(pop.misses.false_alert, 600);
    }
    let v = &row(&report, Kind::Variants, QueryForm::Name).metrics;
    assert_eq!(v.alert_rate, Some(1.0));
    assert!(v.precision.unwrap() < 1.0);
    assert_eq!(v.precision, v.recall_at_1);
}

#[test]
fn nazar_runs_end_to_end_on_the_fixtures() {
    let cfg = config(Selection::All);
    let report = nazar_eval::run(&fixtures(), &cfg).expect("eval runs");
    let s = fixture_sets(Selection::All);
    for kind in Kind::ALL {
        let with_dob = cases(&s)
            .filter(|c| c.kind == kind && c.birth_date.is_some())
            .count();
        let all = cases(&s).filter(|c| c.kind == kind).count();
        assert_eq!(row(&report, kind, QueryForm::Name).metrics.n, all);
        assert_eq!(row(&report, kind, QueryForm::NameDob).metrics.n, with_dob);
    }
    for r in &report.rows {
        let m: &Metrics = &r.metrics;
        if let (Some(a), Some(b)) = (m.recall_at_1, m.recall) {
            assert!(a <= b && b <= 1.0, "{r:?}");
        }
        assert!(m.alert_rate.is_some_and(|a| (0.0..=1.0).contains(&a)));
    }
    assert_eq!(
        report.overall.queries,
        report
            .rows
            .iter()
            .filter(|r| r.part == "all")
            .map(|r| r.metrics.n)
            .sum::<usize>()
    );
    // The table and the JSON carry the same rows.
    let text = report.to_string();
    assert!(text.contains("variants") && text.contains("population"));
    let json = serde_json::to_value(&report).unwrap();
    assert_eq!(json["rows"].as_array().unwrap().len(), report.rows.len());
    // An exact copy of a listed name is found: the kept Latin name of a script case.
    let index = Nazar::new(cfg.threshold);
    let b = s.batches.iter().find(|b| b.label == "script un").unwrap();
    let idx = index.build(b.entities.clone());
    let q = Query {
        names: vec!["TARIQ MAHMOOD QURESHI".into()],
        ..Query::default()
    };
    assert_eq!(index.screen(&idx, &q)[0].id, "un:QDi.901");
}

#[test]
fn a_missing_shared_folder_is_named() {
    let err = nazar_eval::run("/nonexistent/shared".as_ref(), &Config::default()).unwrap_err();
    assert!(err.to_string().contains("UN_consolidated.xml"), "{err}");
}

/// The real lists, when ../shared/data is beside the workspace.
fn shared() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data");
    dir.join("un-consolidated").is_dir().then_some(dir)
}

#[test]
fn sets_from_the_shared_lists() {
    let Some(dir) = shared() else {
        eprintln!("../shared/data not found; skipping");
        return;
    };
    let lists = Lists::load(&dir).expect("shared lists load");
    let s = sets::build(&lists, &config(Selection::All));
    let c = &s.counts;
    assert_eq!((c.un_entities, c.ofac_entities), (1_003, 7_379));
    assert_eq!(
        lists
            .un
            .iter()
            .filter(|e| nazar_eval::lists::is_person(e))
            .count(),
        730
    );
    // Pinned from the first run; a change means a parser or the variant rule changed.
    assert_eq!(c.alias_verdicts["un"]["variant"], 743);
    assert_eq!(c.alias_verdicts["ofac"]["variant"], 3_475);
    assert_eq!(c.variant_cases, 2_966);
    assert_eq!(c.script_cases["arabic"], 332);
    assert_eq!(c.script_cases["cyrillic"], 18);
    assert_eq!(c.publisher_pairs, 148);
    assert_eq!(
        (c.duplicate_persons["un"], c.duplicate_persons["ofac"]),
        (2, 6)
    );
    assert_eq!(c.script_mixed, 12);

    // A sample screened with nazar: a loose floor, since scoring is tuned against these sets.
    let b = s
        .batches
        .iter()
        .find(|b| b.label == "publisher un->ofac")
        .unwrap();
    let engine = Nazar::new(nazar_core::score::DEFAULT_THRESHOLD);
    let idx = engine.build(b.entities.clone());
    let sample = &b.cases[..20];
    let first = sample
        .iter()
        .filter(|c| {
            let q = nazar_eval::evaluate::query(c, QueryForm::Name).unwrap();
            engine
                .screen(&idx, &q)
                .first()
                .is_some_and(|r| c.expected.contains(&r.id))
        })
        .count();
    assert!(first >= 15, "{first} of 20 ranked first");
}
