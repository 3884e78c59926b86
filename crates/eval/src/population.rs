//! A generator of non-listed people: travellers whose names are drawn from pools of common
//! given and family names per region, so that the alert rate is measured on names that look
//! like the ones a border sees, with `Muhammad`, `Khan` and `Ali` repeating a lot.
//!
//! Each pool is written most common first and drawn with Zipf weights (`1 / rank`). A person
//! has two to four name parts in the region's usual order and a date of birth between 1950 and
//! 2005. Anyone whose name is, token for token, a listed name is left out: they would be a true
//! alert, not a false one.

use std::collections::HashSet;

use serde::Serialize;

use crate::split::{stable_hash, Rng};
use crate::variant;

/// One generated traveller.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    pub name: String,
    /// `YYYY-MM-DD`.
    pub birth_date: String,
    pub region: &'static str,
}

/// How a region builds a name.
struct Region {
    name: &'static str,
    /// Share of generated people from this region.
    weight: f64,
    /// Pools are names separated by spaces, most common first.
    male: &'static str,
    female: &'static str,
    family: &'static str,
    /// The second part: `Middle` draws another given name, `Father` a male given name (Arab
    /// nasab), `Patronymic` from the patronymic pool.
    second: Second,
    /// Probability of the second part.
    p_second: f64,
    /// Probability of a third given part (a grandfather's name, a second middle name).
    p_third: f64,
    /// Probability that the family name is present (many Afghans have none).
    p_family: f64,
    /// Family name first (Chinese order).
    family_first: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Second {
    Middle,
    Father,
    Patronymic,
}

const PATRONYMICS_M: &str = "Aleksandrovich Sergeyevich Vladimirovich Ivanovich Nikolayevich \
    Mikhailovich Andreyevich Petrovich Viktorovich Yuryevich Olegovich Anatolyevich";
const PATRONYMICS_F: &str = "Aleksandrovna Sergeyevna Vladimirovna Ivanovna Nikolayevna \
    Mikhailovna Andreyevna Petrovna Viktorovna Yuryevna";

const REGIONS: &[Region] = &[
    Region {
        name: "pakistan",
        weight: 0.20,
        male: "Muhammad Ali Ahmed Hassan Usman Bilal Imran Abdul Asif Tariq Zahid Fahad Kamran \
            Shahid Irfan Nadeem Waqar Faisal Adnan Sajid Naveed Farhan Junaid Zubair Rashid \
            Arshad Khurram Saqib Hamza Umar",
        female: "Fatima Ayesha Sana Hina Nadia Saima Amna Rabia Bushra Mehwish Sadia Zainab \
            Maryam Iqra Kiran",
        family: "Khan Ali Ahmed Hussain Shah Malik Butt Chaudhry Qureshi Sheikh Iqbal Akhtar Raza \
            Javed Aslam Mirza Abbasi Siddiqui Awan Rana Baig Anwar Bhatti Memon Gill Yousaf \
            Mehmood Riaz Nawaz Cheema",
        second: Second::Middle,
        p_second: 0.45,
        p_third: 0.05,
        p_family: 1.0,
        family_first: false,
    },
    Region {
        name: "afghanistan",
        weight: 0.10,
        male: "Mohammad Ahmad Abdul Gul Noor Hamid Rahim Karim Wali Habib Najib Rahmatullah \
            Hekmatullah Ezatullah Samiullah Shafiq Farid Jawad Massoud Nasir Zalmai Fawad \
            Mirwais Khalid Zaman",
        female: "Zahra Mariam Latifa Freshta Shabnam Nilofar Parwana Roya Malalai Sima",
        family: "Ahmadzai Popalzai Stanekzai Safi Noori Hakimi Karimi Rahimi Sultani Wardak \
            Mohammadi Haidari Sadat Hashimi Rasuli Amiri Azizi Jalali Barakzai Mohmand Kakar \
            Niazi Achakzai Yousufzai Durrani Shinwari",
        second: Second::Middle,
        p_second: 0.5,
        p_third: 0.0,
        p_family: 0.7,
        family_first: false,
    },
    Region {
        name: "arab",
        weight: 0.20,
        male: "Mohammed Ahmed Ali Omar Khaled Abdullah Youssef Ibrahim Hassan Hussein Mahmoud \
            Mustafa Tariq Walid Sami Faisal Saeed Nasser Hamza Ziad Bassam Rami Fadi Karim \
            Adel Majed Salem Jamal Nabil Hisham",
        female: "Fatima Aisha Mariam Noor Layla Huda Rania Salma Amal Dina Reem Hanan Samira Lina \
            Yasmin",
        family: "Al-Ahmad Haddad Khoury Nasser Saleh Hamdan Al-Masri Mansour Abbas Darwish \
            Suleiman Al-Shami Othman Yassin Barakat Al-Tamimi Al-Otaibi Al-Qahtani Al-Harbi \
            Al-Zahrani Al-Ghamdi Jaber Najjar Khalil Awad Hamad Farouk Al-Sayed Kassem \
            Al-Khatib",
        second: Second::Father,
        p_second: 0.7,
        p_third: 0.2,
        p_family: 1.0,
        family_first: false,
    },
    Region {
        name: "iran",
        weight: 0.10,
        male: "Mohammad Ali Hossein Reza Mehdi Amir Hamid Saeed Mohsen Majid Hassan Morteza \
            Javad Ahmad Abbas Mahmoud Farhad Behnam Babak Kourosh Arash Dariush Navid Omid",
        female: "Fatemeh Zahra Maryam Sara Narges Leila Shirin Parisa Niloofar Mahsa Elham Azadeh",
        family: "Hosseini Mohammadi Rezaei Ahmadi Moradi Karimi Jafari Rahimi Hashemi Mousavi \
            Kazemi Ebrahimi Ghasemi Sadeghi Heidari Bagheri Akbari Zarei Nazari Rostami \
            Shirazi Tehrani Farahani Najafi Soltani Asadi Salehi Amini",
        second: Second::Middle,
        p_second: 0.25,
        p_third: 0.0,
        p_family: 1.0,
        family_first: false,
    },
    Region {
        name: "russia-cis",
        weight: 0.10,
        male: "Aleksandr Sergei Dmitry Andrei Aleksei Vladimir Ivan Mikhail Nikolai Yevgeny \
            Oleg Pavel Maksim Igor Artem Roman Ruslan Timur Rustam Bakhtiyor Nurlan Azamat \
            Denis Viktor",
        female: "Olga Yelena Tatyana Natalya Irina Svetlana Anna Mariya Yuliya Gulnara Dilnoza \
            Ekaterina Anastasia",
        family: "Ivanov Smirnov Kuznetsov Popov Vasilyev Petrov Sokolov Mikhailov Novikov Fedorov \
            Morozov Volkov Alekseev Lebedev Semenov Yegorov Pavlov Kozlov Stepanov Nikolaev \
            Orlov Karimov Aliyev Nazarov Rakhimov Yusupov Abdullayev Mamedov Ismailov Umarov",
        second: Second::Patronymic,
        p_second: 0.6,
        p_third: 0.0,
        p_family: 1.0,
        family_first: false,
    },
    Region {
        name: "china",
        weight: 0.10,
        male: "Wei Qiang Lei Jun Yong Jie Tao Ming Chao Gang Hui Bo Jian Hao Peng Xiaoming \
            Zhiwei Jianguo Haitao Junjie",
        female: "Fang Min Jing Li Yan Xiu Hua Ping Hong Xin Ying Lan Xiaoli Meiling Yuqing",
        family: "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin \
            Luo Zheng Liang Xie Song Tang",
        second: Second::Middle,
        p_second: 0.0,
        p_third: 0.0,
        p_family: 1.0,
        family_first: true,
    },
    Region {
        name: "europe",
        weight: 0.12,
        male: "John Michael David Thomas Peter James Robert Daniel Paul Mark Jean Pierre Hans \
            Klaus Marco Giuseppe Antonio Jose Carlos Juan Luis Jan Piotr Stefan Luca",
        female: "Anna Maria Sophie Laura Emma Julia Marie Elena Katarzyna Ana Carmen Sarah Claire \
            Giulia",
        family: "Smith Jones Brown Taylor Williams Muller Schmidt Schneider Fischer Weber Martin \
            Bernard Dubois Rossi Russo Ferrari Bianchi Garcia Fernandez Lopez Martinez \
            Gonzalez Rodriguez Nowak Kowalski Jansen Silva Santos Novak Wagner",
        second: Second::Middle,
        p_second: 0.3,
        p_third: 0.05,
        p_family: 1.0,
        family_first: false,
    },
    Region {
        name: "africa",
        weight: 0.08,
        male: "Mohamed Abdi Ahmed Ali Hassan Ibrahim Musa Abdullahi Yusuf Emmanuel John Joseph \
            Samuel Daniel David Peter Kwame Kofi Chinedu Tunde Amadou Moussa Ousmane Mamadou \
            Abebe",
        female: "Fatuma Amina Halima Grace Mary Blessing Aisha Fatou Aminata Esther Mercy Hawa",
        family: "Mohamed Abdi Hassan Ali Omar Diallo Traore Keita Coulibaly Toure Ndiaye Diop \
            Mensah Okafor Okonkwo Adeyemi Balogun Mwangi Kamau Otieno Ochieng Banda Phiri \
            Moyo Dlamini Nkosi Tesfaye Bekele Haile Osman",
        second: Second::Middle,
        p_second: 0.3,
        p_third: 0.05,
        p_family: 1.0,
        family_first: false,
    },
];

/// Share of men among generated people (border traffic is not balanced, and lists are mostly
/// men, which makes male names the harder test).
const P_MALE: f64 = 0.65;

/// Draws an index in `0..n` with weight `1 / (rank + 1)`.
fn zipf(rng: &mut Rng, n: usize) -> usize {
    let total: f64 = (1..=n).map(|r| 1.0 / r as f64).sum();
    let mut x = rng.unit() * total;
    for r in 1..=n {
        x -= 1.0 / r as f64;
        if x < 0.0 {
            return r - 1;
        }
    }
    n - 1
}

fn pick(rng: &mut Rng, pool: &'static str) -> &'static str {
    // Pools are short; splitting on each draw keeps the tables plain text.
    let n = pool.split_whitespace().count();
    pool.split_whitespace().nth(zipf(rng, n)).unwrap_or(pool)
}

fn region(rng: &mut Rng) -> &'static Region {
    let mut x = rng.unit() * REGIONS.iter().map(|r| r.weight).sum::<f64>();
    for r in REGIONS {
        x -= r.weight;
        if x < 0.0 {
            return r;
        }
    }
    &REGIONS[REGIONS.len() - 1]
}

/// One person, before the exclusion of listed names.
fn person(rng: &mut Rng) -> Person {
    let r = region(rng);
    let male = rng.chance(P_MALE);
    let given = if male { r.male } else { r.female };
    let mut parts: Vec<String> = vec![pick(rng, given).to_string()];
    if r.p_second > 0.0 && rng.chance(r.p_second) {
        let second = match r.second {
            Second::Middle => pick(rng, given),
            Second::Father => pick(rng, r.male),
            Second::Patronymic if male => pick(rng, PATRONYMICS_M),
            Second::Patronymic => pick(rng, PATRONYMICS_F),
        };
        parts.push(second.to_string());
    }
    if r.p_third > 0.0 && rng.chance(r.p_third) {
        parts.push(pick(rng, r.male).to_string());
    }
    if parts.len() < 2 || rng.chance(r.p_family) {
        let mut family = pick(rng, r.family).to_string();
        // Russian family names in -ov/-ev/-in take -a for women.
        if !male && r.second == Second::Patronymic && family.ends_with(['v', 'n']) {
            family.push('a');
        }
        if r.family_first {
            parts.insert(0, family);
        } else {
            parts.push(family);
        }
    }
    parts.truncate(4);
    let year = 1950 + rng.below(56);
    let month = 1 + rng.below(12);
    let day = 1 + rng.below(days_in_month(year, month));
    Person {
        name: parts.join(" "),
        birth_date: format!("{year:04}-{month:02}-{day:02}"),
        region: r.name,
    }
}

fn days_in_month(year: u64, month: u64) -> u64 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A name's key for the exclusion: its folded tokens, sorted (`KHAN, Muhammad` and
/// `Muhammad Khan` have one key).
pub fn name_key(name: &str) -> String {
    let mut t = variant::tokens(name);
    t.sort();
    t.join(" ")
}

/// What [`generate`] made.
#[derive(Debug, Clone, Default)]
pub struct Population {
    pub people: Vec<Person>,
    /// People drawn and left out because their name is a listed name.
    pub excluded: usize,
}

/// `n` people from `seed`, none of whom carries a name whose [`name_key`] is in `listed`.
pub fn generate(seed: &str, n: usize, listed: &HashSet<String>) -> Population {
    let mut rng = Rng::new(stable_hash(seed));
    let (people, excluded) = unlisted(n, listed, |p: &Person| &p.name, |_| person(&mut rng));
    Population { people, excluded }
}

/// Up to `n` of the people `draw` makes (it is given each draw's number), leaving out anyone
/// whose name (`name_of`) is, token for token, in `listed`, and how many were left out. At
/// most `20 n` are drawn, so that a list holding every common name cannot stall a generator.
pub fn unlisted<T>(
    n: usize,
    listed: &HashSet<String>,
    name_of: impl Fn(&T) -> &str,
    mut draw: impl FnMut(u64) -> T,
) -> (Vec<T>, usize) {
    let (mut people, mut excluded) = (Vec::with_capacity(n), 0);
    for i in 0..(n as u64).saturating_mul(20) {
        if people.len() >= n {
            break;
        }
        let p = draw(i);
        if listed.contains(&name_key(name_of(&p))) {
            excluded += 1;
        } else {
            people.push(p);
        }
    }
    (people, excluded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn deterministic_per_seed() {
        let none = HashSet::new();
        let a = generate("population:tune", 500, &none);
        let b = generate("population:tune", 500, &none);
        let c = generate("population:test", 500, &none);
        assert_eq!(a.people, b.people);
        assert_ne!(a.people, c.people);
        assert_eq!(a.people.len(), 500);
    }

    #[test]
    fn names_have_two_to_four_parts_and_valid_dates() {
        let p = generate("shape", 2_000, &HashSet::new());
        for person in &p.people {
            let n = person.name.split(' ').count();
            assert!((2..=4).contains(&n), "{}", person.name);
            let y: u32 = person.birth_date[..4].parse().unwrap();
            assert!((1950..=2005).contains(&y));
            assert_eq!(person.birth_date.len(), 10);
        }
        let regions: HashSet<&str> = p.people.iter().map(|p| p.region).collect();
        assert_eq!(regions.len(), REGIONS.len());
    }

    #[test]
    fn zipf_makes_common_names_repeat() {
        let p = generate("zipf", 5_000, &HashSet::new());
        let mut counts: HashMap<&str, usize> = HashMap::new();
        for person in &p.people {
            for t in person.name.split(' ') {
                *counts.entry(t).or_default() += 1;
            }
        }
        let muhammad = counts["Muhammad"] + counts["Mohammed"] + counts["Mohammad"];
        // The head of a pool is drawn about rank-2 times as often as the second name.
        assert!(muhammad > 400, "{muhammad}");
        assert!(counts["Khan"] > 150, "{}", counts["Khan"]);
        assert!(counts["Ali"] > 150, "{}", counts["Ali"]);
        assert!(counts["Khan"] > 3 * counts.get("Cheema").copied().unwrap_or(0));
        // Full names repeat too: a traveller called like another is the common case.
        let mut names: HashMap<&str, usize> = HashMap::new();
        for person in &p.people {
            *names.entry(&person.name).or_default() += 1;
        }
        assert!(names.values().any(|&c| c >= 10));
    }

    #[test]
    fn listed_names_are_excluded() {
        let all = generate("excl", 1_000, &HashSet::new());
        let listed: HashSet<String> = all.people[..50].iter().map(|p| name_key(&p.name)).collect();
        let p = generate("excl", 1_000, &listed);
        assert!(p.excluded >= 50);
        assert_eq!(p.people.len(), 1_000);
        assert!(p
            .people
            .iter()
            .all(|x| !listed.contains(&name_key(&x.name))));
        assert_eq!(name_key("KHAN, Muhammad"), name_key("Muhammad  Khan"));
    }
}
