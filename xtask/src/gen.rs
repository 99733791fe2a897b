//! `cargo xtask gen --recs N [--seed S] --out FILE`: writes a large synthetic
//! Kenes dataset for load and speed tests.
//!
//! The dataset looks like the record of a real consultative body: about 15
//! years of sessions (4–8 a year), 50 themes in ten areas, 200 bodies of
//! every kind, and recommendations whose themes, addressees and proposers
//! follow a Zipf-like law (a few are named very often, most rarely). Names
//! are in Russian, Kazakh and English; recommendation texts are Russian
//! sentences of 250–350 bytes assembled from phrase pieces. The same seed
//! always gives the same bytes.
//!
//! Records are written one at a time through a `BufWriter`, so a million
//! recommendations never sit in memory; strings are escaped by serde_json.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use serde_json::{json, Value};

use crate::demo::rng::{Day, Rng};

const USAGE: &str = "usage: cargo xtask gen --recs N [--seed S] --out FILE
  --recs N    number of recommendations, 0 to 1000000
  --seed S    seed of the generator, a whole number (default 1)
  --out FILE  where to write the dataset (JSON)";

/// The most recommendations `gen` writes.
const MAX_RECS: usize = 1_000_000;
/// Above this many recommendations the written file is not read back.
const MAX_VALIDATED: usize = 200_000;

/// The years with sessions; `as_of` is the last day of the last one.
const FIRST_YEAR: i64 = 2010;
const LAST_YEAR: i64 = 2024;

#[derive(Debug, PartialEq)]
struct Options {
    recs: usize,
    seed: u64,
    out: PathBuf,
}

fn parse_args(args: &[String]) -> Result<Options> {
    let (mut recs, mut seed, mut out) = (None, None, None);
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        let Some(value) = args.next() else {
            bail!("`{flag}` needs a value\n{USAGE}");
        };
        let twice = match flag.as_str() {
            "--recs" => {
                let n = value
                    .parse::<usize>()
                    .ok()
                    .filter(|n| *n <= MAX_RECS)
                    .with_context(|| {
                        format!("`--recs` must be a whole number from 0 to {MAX_RECS}, not `{value}`\n{USAGE}")
                    })?;
                recs.replace(n).is_some()
            }
            "--seed" => {
                let s = value.parse::<u64>().with_context(|| {
                    format!(
                        "`--seed` must be a whole number from 0 to {}, not `{value}`\n{USAGE}",
                        u64::MAX
                    )
                })?;
                seed.replace(s).is_some()
            }
            "--out" => out.replace(PathBuf::from(value)).is_some(),
            _ => bail!("unknown argument `{flag}`\n{USAGE}"),
        };
        if twice {
            bail!("`{flag}` is given twice\n{USAGE}");
        }
    }
    let Some(recs) = recs else {
        bail!("`--recs N` is required\n{USAGE}");
    };
    let Some(out) = out else {
        bail!("`--out FILE` is required\n{USAGE}");
    };
    Ok(Options {
        recs,
        seed: seed.unwrap_or(1),
        out,
    })
}

/// Runs `cargo xtask gen` with the arguments after `gen`.
pub fn run(args: &[String]) -> Result<()> {
    let options = parse_args(args)?;
    let started = Instant::now();
    write_file(&options.out, options.recs, options.seed)?;
    let written = started.elapsed().as_millis();
    let bytes = std::fs::metadata(&options.out)?.len();
    print!(
        "wrote {} ({bytes} bytes, {} recommendations) in {written} ms",
        options.out.display(),
        options.recs
    );
    if options.recs > MAX_VALIDATED {
        println!("; not validated (more than {MAX_VALIDATED} recommendations)");
        return Ok(());
    }
    let started = Instant::now();
    validate(&options.out)?;
    println!("; validated in {} ms", started.elapsed().as_millis());
    Ok(())
}

/// Writes the dataset for `recs` and `seed` to `path` (the bytes `cargo xtask
/// gen` writes), without reading it back.
pub fn write_file(path: &Path, recs: usize, seed: u64) -> Result<()> {
    if recs > MAX_RECS {
        bail!("at most {MAX_RECS} recommendations, not {recs}");
    }
    let file = File::create(path).with_context(|| format!("creating {}", path.display()))?;
    let mut out = BufWriter::with_capacity(1 << 20, file);
    write_dataset(&mut out, recs, seed)
        .and_then(|_| Ok(out.flush()?))
        .with_context(|| format!("writing {}", path.display()))
}

/// Reads the file back with the report's own reader; any refusal or problem
/// (even a warning) is an error.
fn validate(path: &Path) -> Result<()> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let problems = match kenes::dataset::load_bytes(&bytes) {
        Ok((_, problems)) => problems,
        Err(refusal) => {
            println!();
            bail!("the reader refused {}: {refusal}", path.display());
        }
    };
    if !problems.is_empty() {
        println!();
        for problem in problems.iter().take(10) {
            eprintln!("{problem}");
        }
        bail!(
            "the reader found {} problem(s) in {}",
            problems.len(),
            path.display()
        );
    }
    Ok(())
}

/// Writes the whole dataset to `out`.
fn write_dataset<W: Write>(out: &mut W, recs: usize, seed: u64) -> Result<()> {
    let mut rng = seeded(seed);
    let world = World::new(&mut rng);
    let counts = world.recs_per_session(&mut rng, recs);

    out.write_all(b"{\"kenes\":1,\n\"title\":")?;
    serde_json::to_writer(
        &mut *out,
        &t3([
            "Сводный реестр рекомендаций консультативного органа (синтетические данные)",
            "Консультативтік органның ұсынымдарының жиынтық тізілімі (синтетикалық деректер)",
            "Consolidated register of a consultative body's recommendations (synthetic data)",
        ]),
    )?;
    out.write_all(b",\n\"description\":")?;
    serde_json::to_writer(
        &mut *out,
        &t3([
            &format!("Сгенерировано командой cargo xtask gen (зерно {seed}) для проверки нагрузки; имена и тексты вымышлены."),
            &format!("cargo xtask gen командасымен (тұқым {seed}) жүктемені тексеру үшін жасалған; атаулар мен мәтіндер ойдан шығарылған."),
            &format!("Generated by cargo xtask gen (seed {seed}) for load testing; names and texts are invented."),
        ]),
    )?;
    write!(
        out,
        ",\n\"as_of\":\"{}\",\n\"languages\":[\"ru\",\"kk\",\"en\"],\n\"statuses\":[\n",
        world.as_of
    )?;
    write_list(
        out,
        STATUSES
            .iter()
            .map(|(id, stage, name)| json!({"id": id, "name": t3(*name), "stage": stage})),
    )?;
    out.write_all(b"],\n\"themes\":[\n")?;
    write_list(
        out,
        world.themes.iter().map(|th| {
            let mut v = json!({"id": th.id, "name": t3(th.name)});
            if let Some(parent) = th.parent {
                v["parent"] = json!(world.themes[parent].id);
            }
            v
        }),
    )?;
    out.write_all(b"],\n\"bodies\":[\n")?;
    write_list(out, world.bodies.iter().map(|b| {
        json!({"id": b.id, "name": t3([&b.name[0], &b.name[1], &b.name[2]]), "kind": b.kind})
    }))?;
    out.write_all(b"],\n\"sessions\":[\n")?;
    write_list(out, world.sessions.iter().map(|s| world.session_json(s)))?;
    out.write_all(b"],\n\"recommendations\":[\n")?;
    let mut first = true;
    let mut text = String::new();
    let mut year_seq = (0, 0);
    for (session, &count) in world.sessions.iter().zip(&counts) {
        for _ in 0..count {
            if !first {
                out.write_all(b",\n")?;
            }
            first = false;
            let year = session.day.year();
            year_seq = if year_seq.0 == year {
                (year, year_seq.1 + 1)
            } else {
                (year, 1)
            };
            world.write_rec(out, &mut rng, session, year_seq.1, &mut text)?;
        }
    }
    out.write_all(b"\n]}\n")?;
    Ok(())
}

/// The random source for a seed (mixed so that seed 1 of `gen` and of other
/// generators do not start alike).
fn seeded(seed: u64) -> Rng {
    Rng::new(seed ^ 0x6b65_6e65_7367_656e)
}

/// Writes JSON values one a line, separated by commas.
fn write_list<W: Write>(out: &mut W, items: impl Iterator<Item = Value>) -> Result<()> {
    for (i, item) in items.enumerate() {
        if i > 0 {
            out.write_all(b",\n")?;
        }
        serde_json::to_writer(&mut *out, &item)?;
    }
    out.write_all(b"\n")?;
    Ok(())
}

/// A Text in Russian, Kazakh and English.
fn t3([ru, kk, en]: [&str; 3]) -> Value {
    json!({"ru": ru, "kk": kk, "en": en})
}

/// Writes a JSON string, escaped by serde_json.
fn string<W: Write>(out: &mut W, s: &str) -> Result<()> {
    serde_json::to_writer(&mut *out, s)?;
    Ok(())
}

/// Writes a JSON list of ids.
fn ids<'a, W: Write>(out: &mut W, list: impl Iterator<Item = &'a str>) -> Result<()> {
    out.write_all(b"[")?;
    for (i, id) in list.enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        string(out, id)?;
    }
    out.write_all(b"]")?;
    Ok(())
}

/// Items drawn with probability proportional to `1 / rank^s`. Items of a
/// lower tier rank before those of a higher one; within a tier the ranks are
/// shuffled, so which item is frequent depends on the seed.
struct Zipf {
    items: Vec<usize>,
    cumulative: Vec<f64>,
}

impl Zipf {
    fn new(rng: &mut Rng, mut items: Vec<usize>, tier: impl Fn(usize) -> usize, s: f64) -> Zipf {
        rng.shuffle(&mut items);
        items.sort_by_key(|&item| tier(item));
        let mut total = 0.0;
        let cumulative = (1..=items.len())
            .map(|rank| {
                total += 1.0 / (rank as f64).powf(s);
                total
            })
            .collect();
        Zipf { items, cumulative }
    }

    fn draw(&self, rng: &mut Rng) -> usize {
        let u = rng.unit() * self.cumulative[self.cumulative.len() - 1];
        let i = self.cumulative.partition_point(|c| *c <= u);
        self.items[i.min(self.items.len() - 1)]
    }

    /// `k` different items (`k` at most the number of items).
    fn draw_distinct(&self, rng: &mut Rng, k: usize) -> Vec<usize> {
        let mut drawn: Vec<usize> = Vec::with_capacity(k);
        while drawn.len() < k {
            let item = self.draw(rng);
            if !drawn.contains(&item) {
                drawn.push(item);
            }
        }
        drawn
    }
}

/// 1, 2 or 3 (or 0 …) by the given weights.
fn how_many(rng: &mut Rng, weights: &[f64]) -> usize {
    let mut u = rng.unit() * weights.iter().sum::<f64>();
    for (n, w) in weights.iter().enumerate() {
        if u < *w {
            return n;
        }
        u -= w;
    }
    weights.len() - 1
}

struct ThemeDef {
    id: &'static str,
    parent: Option<usize>,
    name: [&'static str; 3],
    /// The area (index of the top-level theme) for the recommendation text.
    area: usize,
}

struct BodyDef {
    id: String,
    name: [String; 3],
    kind: &'static str,
}

struct SessionDef {
    id: String,
    day: Day,
    /// Number of the session within its year, from 1.
    number: usize,
    kind: &'static str,
    format: &'static str,
    participants: Vec<usize>,
    themes: Vec<usize>,
}

struct World {
    as_of: Day,
    themes: Vec<ThemeDef>,
    bodies: Vec<BodyDef>,
    sessions: Vec<SessionDef>,
    theme_law: Zipf,
    addressee_law: Zipf,
    proposer_law: Zipf,
}

impl World {
    fn new(rng: &mut Rng) -> World {
        let themes = themes();
        let bodies = bodies();
        let kinds = |wanted: &[&str]| -> Vec<usize> {
            (0..bodies.len())
                .filter(|&i| wanted.contains(&bodies[i].kind))
                .collect()
        };
        let theme_law = Zipf::new(rng, (0..themes.len()).collect(), |_| 0, 1.1);
        let addressee_law = Zipf::new(
            rng,
            kinds(&[
                "government",
                "parliament",
                "judiciary",
                "prosecution",
                "ombudsman",
            ]),
            // National bodies are asked to act far more often than regional ones.
            |body| usize::from(body >= NATIONAL.len()),
            1.2,
        );
        let proposer_law = Zipf::new(
            rng,
            kinds(&[
                "civil_society",
                "international",
                "ombudsman",
                "parliament",
                "other",
            ]),
            |_| 0,
            1.0,
        );
        let participant_law = Zipf::new(rng, (0..bodies.len()).collect(), |_| 0, 0.8);
        let mut sessions = Vec::new();
        for year in FIRST_YEAR..=LAST_YEAR {
            let count = rng.range(4, 8) as usize;
            let (lo, hi) = (Day::ymd(year, 1, 20).0, Day::ymd(year, 12, 20).0);
            let mut days: Vec<Day> = Vec::with_capacity(count);
            while days.len() < count {
                let day = Day(rng.range(lo, hi)).workday();
                if !days.contains(&day) {
                    days.push(day);
                }
            }
            days.sort();
            for (i, day) in days.into_iter().enumerate() {
                let kind = if i + 1 == count {
                    "concluding"
                } else if rng.chance(0.3) {
                    "working_group"
                } else {
                    "plenary"
                };
                let format = match (year, rng.unit()) {
                    (2020 | 2021, u) if u < 0.7 => "online",
                    (2020.., u) if u < 0.3 => "hybrid",
                    _ => "in_person",
                };
                let participants = {
                    let k = rng.range(5, 15) as usize;
                    let mut p = participant_law.draw_distinct(rng, k);
                    p.sort();
                    p
                };
                let themes = {
                    let k = rng.range(1, 4) as usize;
                    let mut t = theme_law.draw_distinct(rng, k);
                    t.sort();
                    t
                };
                sessions.push(SessionDef {
                    id: format!("S{year}-{:02}", i + 1),
                    day,
                    number: i + 1,
                    kind,
                    format,
                    participants,
                    themes,
                });
            }
        }
        World {
            as_of: Day::ymd(LAST_YEAR, 12, 31),
            themes,
            bodies,
            sessions,
            theme_law,
            addressee_law,
            proposer_law,
        }
    }

    /// How many recommendations each session made: `total` shared by
    /// random weights (concluding sessions make more).
    fn recs_per_session(&self, rng: &mut Rng, total: usize) -> Vec<usize> {
        let weights: Vec<f64> = self
            .sessions
            .iter()
            .map(|s| {
                let w = 0.3 + rng.unit() * rng.unit() * 3.0;
                if s.kind == "concluding" {
                    w * 2.0
                } else {
                    w
                }
            })
            .collect();
        let sum: f64 = weights.iter().sum();
        let mut counts: Vec<usize> = weights
            .iter()
            .map(|w| (total as f64 * w / sum).floor() as usize)
            .collect();
        let short = total - counts.iter().sum::<usize>();
        let n = counts.len();
        for i in 0..short {
            counts[i % n] += 1;
        }
        counts
    }

    fn session_json(&self, s: &SessionDef) -> Value {
        let year = s.day.year();
        let n = s.number;
        let title = match s.kind {
            "concluding" => [
                format!("Итоговое заседание {year} года"),
                format!("{year} жылғы қорытынды отырыс"),
                format!("Concluding session of {year}"),
            ],
            "working_group" => [
                format!("Заседание рабочей группы № {n} ({year})"),
                format!("Жұмыс тобының № {n} отырысы ({year})"),
                format!("Working group meeting No. {n} ({year})"),
            ],
            _ => [
                format!("Пленарное заседание № {n} ({year})"),
                format!("№ {n} пленарлық отырыс ({year})"),
                format!("Plenary session No. {n} ({year})"),
            ],
        };
        let mut v = json!({
            "id": s.id,
            "date": s.day.to_string(),
            "title": t3([&title[0], &title[1], &title[2]]),
            "kind": s.kind,
            "format": s.format,
            "participants": s.participants.iter().map(|&b| &self.bodies[b].id).collect::<Vec<_>>(),
            "themes": s.themes.iter().map(|&t| self.themes[t].id).collect::<Vec<_>>(),
        });
        if s.format != "online" {
            v["location"] = if s.number % 3 == 2 {
                t3(["Алматы", "Алматы", "Almaty"])
            } else {
                t3(["Астана", "Астана", "Astana"])
            };
        }
        v
    }

    /// Writes one recommendation, the `seq`-th of its year.
    fn write_rec<W: Write>(
        &self,
        out: &mut W,
        rng: &mut Rng,
        session: &SessionDef,
        seq: usize,
        text: &mut String,
    ) -> Result<()> {
        let year = session.day.year();
        let k = 1 + how_many(rng, &[0.55, 0.35, 0.10]);
        let themes = self.theme_law.draw_distinct(rng, k);
        let k = 1 + how_many(rng, &[0.6, 0.3, 0.1]);
        let addressees = self.addressee_law.draw_distinct(rng, k);
        let k = how_many(rng, &[0.2, 0.55, 0.25]);
        let proposers = self.proposer_law.draw_distinct(rng, k);
        let path = status_path(rng, (self.as_of.0 - session.day.0) as usize);
        let status = path.last().copied().unwrap_or(PENDING);
        let with_history = rng.chance(0.85);
        rec_text(rng, self.themes[themes[0]].area, text);

        write!(out, "{{\"id\":\"DP-{year}-{seq:03}\",\"session\":")?;
        string(out, &session.id)?;
        out.write_all(b",\"text\":")?;
        string(out, text)?;
        out.write_all(b",\"themes\":")?;
        ids(out, themes.iter().map(|&t| self.themes[t].id))?;
        out.write_all(b",\"addressees\":")?;
        ids(out, addressees.iter().map(|&b| self.bodies[b].id.as_str()))?;
        if !proposers.is_empty() {
            out.write_all(b",\"proposed_by\":")?;
            ids(out, proposers.iter().map(|&b| self.bodies[b].id.as_str()))?;
        }
        write!(out, ",\"status\":\"{status}\"")?;
        if with_history {
            write!(
                out,
                ",\"history\":[{{\"date\":\"{}\",\"status\":\"{PENDING}\"}}",
                session.day
            )?;
            let span = (self.as_of.0 - session.day.0).min(4 * 365);
            for (day, status) in change_days(rng, session.day, span, self.as_of, path.len())
                .into_iter()
                .zip(path.iter())
            {
                write!(out, ",{{\"date\":\"{day}\",\"status\":\"{status}\"}}")?;
            }
            out.write_all(b"]")?;
        }
        if rng.chance(0.25) {
            write!(out, ",\"due\":\"{}\"", year + rng.range(1, 3))?;
        }
        if rng.chance(0.1) {
            out.write_all(b",\"tags\":[\"legislative_initiative\"]")?;
        }
        if rng.chance(0.15) {
            out.write_all(b",\"note\":")?;
            string(out, rng.pick::<&str>(NOTES))?;
        }
        out.write_all(b"}")?;
        Ok(())
    }
}

const PENDING: &str = "under_consideration";

/// The statuses a recommendation went through after its session, the last
/// being its status now; empty when it is still under consideration.
/// `age` is the number of days from the session to `as_of`.
fn status_path(rng: &mut Rng, age: usize) -> &'static [&'static str] {
    let pending = match age {
        0..=44 => return &[],
        45..=365 => 0.4,
        366..=730 => 0.15,
        _ => 0.05,
    };
    if rng.chance(pending) {
        return &[];
    }
    const PATHS: &[(f64, &[&str])] = &[
        (0.16, &["accepted"]),
        (0.08, &["partially_accepted"]),
        (0.10, &["accepted", "in_progress"]),
        (0.06, &["in_progress"]),
        (0.14, &["accepted", "in_progress", "implemented"]),
        (0.10, &["accepted", "implemented"]),
        (0.06, &["partially_accepted", "implemented"]),
        (0.12, &["noted"]),
        (0.08, &["rejected"]),
        (0.04, &["noted", "rejected"]),
    ];
    let weights: Vec<f64> = PATHS.iter().map(|(w, _)| *w).collect();
    PATHS[how_many(rng, &weights)].1
}

/// `k` different working days after `from`, at most `span` days after it and
/// not after `as_of`, oldest first. `span` is at least 45 when `k > 0`.
fn change_days(rng: &mut Rng, from: Day, span: i64, as_of: Day, k: usize) -> Vec<Day> {
    let mut days: Vec<Day> = Vec::with_capacity(k);
    while days.len() < k {
        // Most decisions come within the first year.
        let offset = 1 + ((rng.unit() * rng.unit()) * (span - 1) as f64) as i64;
        let day = from.plus(offset).workday();
        if day > from && day <= as_of && !days.contains(&day) {
            days.push(day);
        }
    }
    days.sort();
    days
}

/// The shortest and the longest recommendation text, in bytes.
const TEXT_MIN: usize = 250;
const TEXT_MAX: usize = 350;

/// A Russian recommendation of `TEXT_MIN..=TEXT_MAX` bytes about `area`,
/// written into `text`: a verb, an object, a topic of the area, then
/// qualifying clauses in a fixed order until the text is long enough.
fn rec_text(rng: &mut Rng, area: usize, text: &mut String) {
    text.clear();
    text.push_str(rng.pick::<&str>(VERBS));
    text.push(' ');
    text.push_str(rng.pick::<&str>(OBJECTS));
    text.push(' ');
    text.push_str(rng.pick::<&str>(&TOPICS[area]));
    let picks: Vec<&str> = CLAUSES.iter().map(|group| *rng.pick(group)).collect();
    let mut order: Vec<usize> = (0..CLAUSES.len()).collect();
    rng.shuffle(&mut order);
    let mut chosen = [false; CLAUSES.len()];
    let mut len = text.len();
    for i in order {
        if len >= TEXT_MIN - 1 {
            break;
        }
        // Every clause is short enough to fit: len + clause + '.' <= TEXT_MAX.
        chosen[i] = true;
        len += picks[i].len();
    }
    for (i, clause) in picks.iter().enumerate() {
        if chosen[i] {
            text.push_str(clause);
        }
    }
    text.push('.');
    debug_assert!((TEXT_MIN..=TEXT_MAX).contains(&text.len()), "{text}");
}

const VERBS: &[&str] = &[
    "Разработать",
    "Принять",
    "Доработать",
    "Утвердить",
    "Внедрить",
    "Пересмотреть",
    "Усовершенствовать",
    "Подготовить",
    "Актуализировать",
];

const OBJECTS: &[&str] = &[
    "национальный план действий",
    "механизм независимого мониторинга",
    "порядок рассмотрения жалоб",
    "комплекс мер",
    "единые стандарты",
    "методические рекомендации для сотрудников",
    "программу обучения специалистов",
    "нормативные правовые акты",
    "систему сбора статистических данных",
    "процедуру общественного обсуждения",
    "требования к деятельности уполномоченных органов",
    "критерии оценки эффективности работы",
];

/// Two topics for each of the ten areas, in the order of [`THEMES`]' areas.
const TOPICS: [[&str; 2]; 10] = [
    [
        "в сфере избирательного законодательства",
        "по развитию местного самоуправления",
    ],
    [
        "по обеспечению свободы слова и доступа журналистов к информации",
        "в сфере свободы мирных собраний и объединений",
    ],
    [
        "по обеспечению независимости судей",
        "в сфере оказания гарантированной юридической помощи",
    ],
    [
        "по предупреждению пыток и жестокого обращения",
        "в сфере условий содержания задержанных и осуждённых",
    ],
    [
        "в области гендерного равенства",
        "по обеспечению прав лиц с инвалидностью",
    ],
    [
        "в сфере защиты прав ребёнка",
        "по противодействию бытовому насилию",
    ],
    [
        "в сфере защиты трудовых прав",
        "по обеспечению доступности медицинской помощи",
    ],
    [
        "в сфере трудовой миграции",
        "по профилактике торговли людьми",
    ],
    [
        "по противодействию коррупции",
        "по защите персональных данных",
    ],
    [
        "по укреплению национального превентивного механизма",
        "по выполнению рекомендаций договорных органов ООН",
    ],
];

/// Qualifying clauses, one group per kind, in the order they are written.
/// Each is at most `TEXT_MAX - TEXT_MIN` bytes long, so that adding one to
/// a text shorter than `TEXT_MIN - 1` bytes, and the final stop, stays
/// within `TEXT_MAX`.
const CLAUSES: [&[&str]; 6] = [
    &[
        " с учётом рекомендаций договорных органов ООН",
        " с учётом международных стандартов и лучшей практики",
        " с учётом замечаний, высказанных в ходе заседания",
        " с учётом мнения экспертного сообщества",
    ],
    &[
        " при участии институтов гражданского общества",
        " совместно с Уполномоченным по правам человека",
        " с привлечением независимых экспертов",
        " после широкого общественного обсуждения",
    ],
    &[
        " в течение года",
        " до конца текущего года",
        " в среднесрочной перспективе",
        " в рамках плана законопроектных работ",
    ],
    &[
        ", предусмотрев необходимые средства в бюджете",
        ", публикуя регулярные отчёты об исполнении",
        ", установив измеримые показатели результативности",
        ", предусмотрев обучение сотрудников полиции",
    ],
    &[
        ", включая вопросы финансирования и кадров",
        ", в том числе на уровне местных исполнительных органов",
        ", закрепив ответственность конкретных должностных лиц",
        ", чётко распределив полномочия между ведомствами",
    ],
    &[
        ", в целях единообразного применения норм на практике",
        ", в целях повышения доверия граждан к государству",
        ", чтобы обеспечить доступ к правовой защите",
        ", в целях соответствия законодательства Конституции",
    ],
];

const NOTES: &[&str] = &[
    "Государственный орган сообщил о подготовке проекта закона.",
    "Ход исполнения рассмотрен на заседании рабочей группы.",
    "Информация об исполнении направлена в Министерство иностранных дел.",
    "Для исполнения требуется дополнительное финансирование.",
    "Вопрос включён в план законопроектных работ на следующий год.",
    "Исполнитель запросил продление срока.",
];

/// The default status ids of the format, named in Russian, Kazakh, English.
#[rustfmt::skip]
const STATUSES: [(&str, &str, [&str; 3]); 7] = [
    ("under_consideration", "pending", ["На рассмотрении", "Қаралуда", "Under consideration"]),
    ("accepted", "accepted", ["Принята", "Қабылданды", "Accepted"]),
    ("partially_accepted", "accepted", ["Принята частично", "Ішінара қабылданды", "Partially accepted"]),
    ("in_progress", "in_progress", ["Выполняется", "Орындалуда", "In progress"]),
    ("implemented", "implemented", ["Выполнена", "Орындалды", "Implemented"]),
    ("noted", "declined", ["Принята к сведению", "Назарға алынды", "Noted"]),
    ("rejected", "declined", ["Отклонена", "Қабылданбады", "Rejected"]),
];

/// Ten areas of four themes each: (id, [ru, kk, en]), the area first.
#[rustfmt::skip]
const THEMES: [[(&str, [&str; 3]); 5]; 10] = [
    [
        ("democracy", ["Демократические институты", "Демократиялық институттар", "Democratic institutions"]),
        ("elections", ["Выборы", "Сайлау", "Elections"]),
        ("parties", ["Политические партии", "Саяси партиялар", "Political parties"]),
        ("local_government", ["Местное самоуправление", "Жергілікті өзін-өзі басқару", "Local self-government"]),
        ("participation", ["Участие граждан в управлении", "Азаматтардың басқаруға қатысуы", "Public participation"]),
    ],
    [
        ("freedoms", ["Основные свободы", "Негізгі бостандықтар", "Fundamental freedoms"]),
        ("media", ["Свобода слова и СМИ", "Сөз бостандығы және БАҚ", "Freedom of expression and media"]),
        ("assembly", ["Мирные собрания", "Бейбіт жиналыстар", "Peaceful assembly"]),
        ("association", ["Свобода объединений", "Бірлесу бостандығы", "Freedom of association"]),
        ("religion", ["Свобода вероисповедания", "Діни сенім бостандығы", "Freedom of religion"]),
    ],
    [
        ("justice", ["Правосудие и верховенство закона", "Сот төрелігі және заң үстемдігі", "Justice and the rule of law"]),
        ("courts", ["Независимость судов", "Соттардың тәуелсіздігі", "Independence of courts"]),
        ("fair_trial", ["Справедливое судебное разбирательство", "Әділ сот талқылауы", "Fair trial"]),
        ("legal_aid", ["Юридическая помощь", "Заң көмегі", "Legal aid"]),
        ("advocacy", ["Адвокатура", "Адвокатура", "The legal profession"]),
    ],
    [
        ("criminal_justice", ["Уголовная юстиция", "Қылмыстық сот төрелігі", "Criminal justice"]),
        ("torture", ["Предупреждение пыток", "Азаптауды болдырмау", "Prevention of torture"]),
        ("detention", ["Условия содержания под стражей", "Күзетпен ұстау жағдайлары", "Conditions of detention"]),
        ("probation", ["Пробация и ресоциализация", "Пробация және ресоциализация", "Probation and rehabilitation"]),
        ("juvenile_justice", ["Ювенальная юстиция", "Ювеналдық әділет", "Juvenile justice"]),
    ],
    [
        ("equality", ["Равенство и недискриминация", "Теңдік және кемсітпеушілік", "Equality and non-discrimination"]),
        ("gender", ["Гендерное равенство", "Гендерлік теңдік", "Gender equality"]),
        ("disability", ["Права лиц с инвалидностью", "Мүгедектігі бар адамдардың құқықтары", "Rights of persons with disabilities"]),
        ("minorities", ["Этнические меньшинства", "Этникалық азшылықтар", "Ethnic minorities"]),
        ("older_persons", ["Права пожилых людей", "Егде адамдардың құқықтары", "Rights of older persons"]),
    ],
    [
        ("family", ["Семья и дети", "Отбасы және балалар", "Family and children"]),
        ("child_rights", ["Права ребёнка", "Бала құқықтары", "Children's rights"]),
        ("domestic_violence", ["Бытовое насилие", "Тұрмыстық зорлық-зомбылық", "Domestic violence"]),
        ("adoption", ["Опека и усыновление", "Қамқоршылық және бала асырап алу", "Guardianship and adoption"]),
        ("education", ["Право на образование", "Білім алу құқығы", "Right to education"]),
    ],
    [
        ("social_rights", ["Социальные и экономические права", "Әлеуметтік және экономикалық құқықтар", "Social and economic rights"]),
        ("labour", ["Трудовые права", "Еңбек құқықтары", "Labour rights"]),
        ("health", ["Право на здоровье", "Денсаулық құқығы", "Right to health"]),
        ("housing", ["Право на жильё", "Тұрғын үй құқығы", "Right to housing"]),
        ("social_protection", ["Социальная защита", "Әлеуметтік қорғау", "Social protection"]),
    ],
    [
        ("migration", ["Миграция и убежище", "Көші-қон және баспана", "Migration and asylum"]),
        ("refugees", ["Беженцы и лица, ищущие убежища", "Босқындар және баспана іздеушілер", "Refugees and asylum seekers"]),
        ("labour_migrants", ["Трудовые мигранты", "Еңбек мигранттары", "Labour migrants"]),
        ("statelessness", ["Безгражданство", "Азаматтығы жоқ адамдар", "Statelessness"]),
        ("trafficking", ["Торговля людьми", "Адам саудасы", "Human trafficking"]),
    ],
    [
        ("governance", ["Эффективное управление", "Тиімді басқару", "Good governance"]),
        ("anticorruption", ["Противодействие коррупции", "Сыбайлас жемқорлыққа қарсы іс-қимыл", "Anti-corruption"]),
        ("access_to_information", ["Доступ к информации", "Ақпаратқа қол жеткізу", "Access to information"]),
        ("public_services", ["Государственные услуги", "Мемлекеттік қызметтер", "Public services"]),
        ("digital_rights", ["Цифровые права", "Цифрлық құқықтар", "Digital rights"]),
    ],
    [
        ("hr_institutions", ["Институты по правам человека", "Адам құқықтары жөніндегі институттар", "Human rights institutions"]),
        ("ombudsman", ["Институт омбудсмена", "Омбудсмен институты", "Ombudsman"]),
        ("npm", ["Национальный превентивный механизм", "Ұлттық алдын алу тетігі", "National preventive mechanism"]),
        ("un_mechanisms", ["Договорные органы ООН и УПО", "БҰҰ шарттық органдары және ЖМШ", "UN treaty bodies and the UPR"]),
        ("hr_education", ["Образование в области прав человека", "Адам құқықтары саласындағы білім беру", "Human rights education"]),
    ],
];

fn themes() -> Vec<ThemeDef> {
    let mut themes = Vec::with_capacity(50);
    for (area, group) in THEMES.iter().enumerate() {
        let parent = themes.len();
        for (i, (id, name)) in group.iter().enumerate() {
            themes.push(ThemeDef {
                id,
                parent: (i > 0).then_some(parent),
                name: *name,
                area,
            });
        }
    }
    themes
}

/// National bodies: (id, kind, [ru, kk, en]).
#[rustfmt::skip]
const NATIONAL: &[(&str, &str, [&str; 3])] = &[
    ("government", "government", ["Правительство Республики Казахстан", "Қазақстан Республикасының Үкіметі", "Government of the Republic of Kazakhstan"]),
    ("mfa", "government", ["Министерство иностранных дел", "Сыртқы істер министрлігі", "Ministry of Foreign Affairs"]),
    ("moj", "government", ["Министерство юстиции", "Әділет министрлігі", "Ministry of Justice"]),
    ("mia", "government", ["Министерство внутренних дел", "Ішкі істер министрлігі", "Ministry of Internal Affairs"]),
    ("mlsp", "government", ["Министерство труда и социальной защиты населения", "Еңбек және халықты әлеуметтік қорғау министрлігі", "Ministry of Labour and Social Protection"]),
    ("moh", "government", ["Министерство здравоохранения", "Денсаулық сақтау министрлігі", "Ministry of Health"]),
    ("moe", "government", ["Министерство просвещения", "Оқу-ағарту министрлігі", "Ministry of Education"]),
    ("mshe", "government", ["Министерство науки и высшего образования", "Ғылым және жоғары білім министрлігі", "Ministry of Science and Higher Education"]),
    ("mci", "government", ["Министерство культуры и информации", "Мәдениет және ақпарат министрлігі", "Ministry of Culture and Information"]),
    ("mdai", "government", ["Министерство цифрового развития, инноваций и аэрокосмической промышленности", "Цифрлық даму, инновациялар және аэроғарыш өнеркәсібі министрлігі", "Ministry of Digital Development, Innovation and Aerospace Industry"]),
    ("mof", "government", ["Министерство финансов", "Қаржы министрлігі", "Ministry of Finance"]),
    ("mne", "government", ["Министерство национальной экономики", "Ұлттық экономика министрлігі", "Ministry of National Economy"]),
    ("mod", "government", ["Министерство обороны", "Қорғаныс министрлігі", "Ministry of Defence"]),
    ("mes", "government", ["Министерство по чрезвычайным ситуациям", "Төтенше жағдайлар министрлігі", "Ministry of Emergency Situations"]),
    ("mts", "government", ["Министерство туризма и спорта", "Туризм және спорт министрлігі", "Ministry of Tourism and Sports"]),
    ("meco", "government", ["Министерство экологии и природных ресурсов", "Экология және табиғи ресурстар министрлігі", "Ministry of Ecology and Natural Resources"]),
    ("anticorruption_agency", "government", ["Агентство по противодействию коррупции", "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі", "Anti-Corruption Agency"]),
    ("civil_service_agency", "government", ["Агентство по делам государственной службы", "Мемлекеттік қызмет істері агенттігі", "Agency for Civil Service Affairs"]),
    ("cec", "government", ["Центральная избирательная комиссия", "Орталық сайлау комиссиясы", "Central Election Commission"]),
    ("parliament", "parliament", ["Парламент Республики Казахстан", "Қазақстан Республикасының Парламенті", "Parliament of the Republic of Kazakhstan"]),
    ("mazhilis", "parliament", ["Мажилис Парламента", "Парламент Мәжілісі", "Mazhilis of Parliament"]),
    ("senate", "parliament", ["Сенат Парламента", "Парламент Сенаты", "Senate of Parliament"]),
    ("mazhilis_legislation", "parliament", ["Комитет Мажилиса по законодательству и судебно-правовой реформе", "Мәжілістің Заңнама және сот-құқықтық реформа комитеті", "Mazhilis Committee on Legislation and Judicial Reform"]),
    ("mazhilis_social", "parliament", ["Комитет Мажилиса по социально-культурному развитию", "Мәжілістің Әлеуметтік-мәдени даму комитеті", "Mazhilis Committee on Social and Cultural Development"]),
    ("mazhilis_international", "parliament", ["Комитет Мажилиса по международным делам, обороне и безопасности", "Мәжілістің Халықаралық істер, қорғаныс және қауіпсіздік комитеті", "Mazhilis Committee on International Affairs, Defence and Security"]),
    ("senate_constitutional", "parliament", ["Комитет Сената по конституционному законодательству", "Сенаттың Конституциялық заңнама комитеті", "Senate Committee on Constitutional Legislation"]),
    ("senate_social", "parliament", ["Комитет Сената по социально-культурному развитию", "Сенаттың Әлеуметтік-мәдени даму комитеті", "Senate Committee on Social and Cultural Development"]),
    ("supreme_court", "judiciary", ["Верховный суд", "Жоғарғы Сот", "Supreme Court"]),
    ("constitutional_court", "judiciary", ["Конституционный суд", "Конституциялық Сот", "Constitutional Court"]),
    ("judicial_council", "judiciary", ["Высший судебный совет", "Жоғары Сот Кеңесі", "Supreme Judicial Council"]),
    ("academy_of_justice", "judiciary", ["Академия правосудия", "Сот төрелігі академиясы", "Academy of Justice"]),
    ("gpo", "prosecution", ["Генеральная прокуратура", "Бас прокуратура", "Prosecutor General's Office"]),
    ("military_prosecutor", "prosecution", ["Военная прокуратура", "Әскери прокуратура", "Military Prosecutor's Office"]),
    ("ombudsperson", "ombudsman", ["Уполномоченный по правам человека", "Адам құқықтары жөніндегі уәкіл", "Commissioner for Human Rights"]),
    ("child_ombudsperson", "ombudsman", ["Уполномоченный по правам ребёнка", "Бала құқықтары жөніндегі уәкіл", "Commissioner for Children's Rights"]),
    ("social_ombudsperson", "ombudsman", ["Уполномоченный по правам социально уязвимых категорий населения", "Халықтың әлеуметтік осал санаттарының құқықтары жөніндегі уәкіл", "Commissioner for the Rights of Socially Vulnerable Groups"]),
    ("business_ombudsperson", "ombudsman", ["Уполномоченный по защите прав предпринимателей", "Кәсіпкерлердің құқықтарын қорғау жөніндегі уәкіл", "Business Ombudsman"]),
    ("enu", "other", ["Евразийский национальный университет", "Еуразия ұлттық университеті", "Eurasian National University"]),
    ("apk", "other", ["Ассамблея народа Казахстана", "Қазақстан халқы Ассамблеясы", "Assembly of the People of Kazakhstan"]),
    ("kurultai", "other", ["Национальный курултай", "Ұлттық құрылтай", "National Kurultai"]),
    ("osce_poa", "international", ["Офис программ ОБСЕ в Астане", "ЕҚЫҰ-ның Астанадағы бағдарламалар офисі", "OSCE Programme Office in Astana"]),
    ("odihr", "international", ["БДИПЧ ОБСЕ", "ЕҚЫҰ ДИАҚБ", "OSCE/ODIHR"]),
    ("undp", "international", ["ПРООН", "БҰҰДБ", "UNDP"]),
    ("ohchr", "international", ["Региональное отделение УВКПЧ ООН для Центральной Азии", "БҰҰ АҚЖКБ Орталық Азия бойынша өңірлік кеңсесі", "OHCHR Regional Office for Central Asia"]),
    ("unicef", "international", ["ЮНИСЕФ", "ЮНИСЕФ", "UNICEF"]),
    ("unwomen", "international", ["ООН-Женщины", "БҰҰ-Әйелдер", "UN Women"]),
    ("unhcr", "international", ["УВКБ ООН", "БҰҰ БЖКБ", "UNHCR"]),
    ("iom", "international", ["Международная организация по миграции", "Халықаралық көші-қон ұйымы", "International Organization for Migration"]),
    ("ilo", "international", ["Международная организация труда", "Халықаралық еңбек ұйымы", "International Labour Organization"]),
    ("unodc", "international", ["Управление ООН по наркотикам и преступности", "БҰҰ-ның Есірткі және қылмыс жөніндегі басқармасы", "UNODC"]),
    ("who", "international", ["Всемирная организация здравоохранения", "Дүниежүзілік денсаулық сақтау ұйымы", "World Health Organization"]),
    ("eu_delegation", "international", ["Представительство Европейского союза", "Еуропалық одақтың өкілдігі", "Delegation of the European Union"]),
    ("venice_commission", "international", ["Венецианская комиссия", "Венеция комиссиясы", "Venice Commission"]),
    ("pri", "international", ["Международная тюремная реформа", "Халықаралық түрме реформасы", "Penal Reform International"]),
    ("germany", "state", ["Германия", "Германия", "Germany"]),
    ("france", "state", ["Франция", "Франция", "France"]),
    ("uk", "state", ["Великобритания", "Ұлыбритания", "United Kingdom"]),
    ("usa", "state", ["США", "АҚШ", "United States"]),
    ("netherlands", "state", ["Нидерланды", "Нидерланды", "Netherlands"]),
    ("norway", "state", ["Норвегия", "Норвегия", "Norway"]),
    ("sweden", "state", ["Швеция", "Швеция", "Sweden"]),
    ("switzerland", "state", ["Швейцария", "Швейцария", "Switzerland"]),
    ("finland", "state", ["Финляндия", "Финляндия", "Finland"]),
    ("japan", "state", ["Япония", "Жапония", "Japan"]),
    ("korea", "state", ["Республика Корея", "Корея Республикасы", "Republic of Korea"]),
    ("poland", "state", ["Польша", "Польша", "Poland"]),
];

/// Regions and cities of republican significance: (id, [ru genitive, kk, en]).
#[rustfmt::skip]
const REGIONS: [(&str, [&str; 3]); 20] = [
    ("abai", ["Абайской области", "Абай облысы", "Abai Region"]),
    ("akmola", ["Акмолинской области", "Ақмола облысы", "Akmola Region"]),
    ("aktobe", ["Актюбинской области", "Ақтөбе облысы", "Aktobe Region"]),
    ("almaty_region", ["Алматинской области", "Алматы облысы", "Almaty Region"]),
    ("atyrau", ["Атырауской области", "Атырау облысы", "Atyrau Region"]),
    ("east_kazakhstan", ["Восточно-Казахстанской области", "Шығыс Қазақстан облысы", "East Kazakhstan Region"]),
    ("zhambyl", ["Жамбылской области", "Жамбыл облысы", "Zhambyl Region"]),
    ("zhetisu", ["области Жетісу", "Жетісу облысы", "Zhetisu Region"]),
    ("west_kazakhstan", ["Западно-Казахстанской области", "Батыс Қазақстан облысы", "West Kazakhstan Region"]),
    ("karaganda", ["Карагандинской области", "Қарағанды облысы", "Karaganda Region"]),
    ("kostanay", ["Костанайской области", "Қостанай облысы", "Kostanay Region"]),
    ("kyzylorda", ["Кызылординской области", "Қызылорда облысы", "Kyzylorda Region"]),
    ("mangystau", ["Мангистауской области", "Маңғыстау облысы", "Mangystau Region"]),
    ("pavlodar", ["Павлодарской области", "Павлодар облысы", "Pavlodar Region"]),
    ("north_kazakhstan", ["Северо-Казахстанской области", "Солтүстік Қазақстан облысы", "North Kazakhstan Region"]),
    ("turkistan", ["Туркестанской области", "Түркістан облысы", "Turkistan Region"]),
    ("ulytau", ["области Ұлытау", "Ұлытау облысы", "Ulytau Region"]),
    ("astana", ["города Астаны", "Астана қаласы", "Astana"]),
    ("almaty", ["города Алматы", "Алматы қаласы", "Almaty"]),
    ("shymkent", ["города Шымкента", "Шымкент қаласы", "Shymkent"]),
];

/// Bodies of every region: (id prefix, kind, ru before the region, kk after
/// it, en before it).
#[rustfmt::skip]
const REGIONAL: [(&str, &str, &str, &str, &str); 4] = [
    ("akimat", "government", "Акимат", "әкімдігі", "Akimat of"),
    ("police", "government", "Департамент полиции", "Полиция департаменті", "Police Department of"),
    ("prosecutor", "prosecution", "Прокуратура", "прокуратурасы", "Prosecutor's Office of"),
    ("court", "judiciary", "Суд", "соты", "Court of"),
];

/// Names of the invented non-governmental organisations, (Latin, Cyrillic).
#[rustfmt::skip]
const NGO_NAMES: [(&str, &str); 11] = [
    ("Senim", "Сенім"),
    ("Zharyq", "Жарық"),
    ("Kelisim", "Келісім"),
    ("Umit", "Үміт"),
    ("Adal", "Адал"),
    ("Aqiqat", "Ақиқат"),
    ("Erkin", "Еркін"),
    ("Zhangaru", "Жаңару"),
    ("Yntymaq", "Ынтымақ"),
    ("Qamqor", "Қамқор"),
    ("Birlik", "Бірлік"),
];

/// Forms of NGO: (id suffix, ru before the name, kk after it, en after it).
#[rustfmt::skip]
const NGO_FORMS: [(&str, &str, &str, &str); 5] = [
    ("foundation", "Общественный фонд", "қоғамдық қоры", "Public Foundation"),
    ("association", "Общественное объединение", "қоғамдық бірлестігі", "Public Association"),
    ("legal_centre", "Правовой центр", "құқықтық орталығы", "Legal Centre"),
    ("bureau", "Правозащитное бюро", "құқық қорғау бюросы", "Human Rights Bureau"),
    ("youth", "Молодёжная сеть", "жастар желісі", "Youth Network"),
];

/// The number of bodies.
const BODIES: usize = 200;

fn bodies() -> Vec<BodyDef> {
    let mut bodies: Vec<BodyDef> = NATIONAL
        .iter()
        .map(|(id, kind, [ru, kk, en])| BodyDef {
            id: id.to_string(),
            name: [ru.to_string(), kk.to_string(), en.to_string()],
            kind,
        })
        .collect();
    for (prefix, kind, ru, kk, en) in REGIONAL {
        for (region, [r_ru, r_kk, r_en]) in REGIONS {
            bodies.push(BodyDef {
                id: format!("{prefix}_{region}"),
                name: [
                    format!("{ru} {r_ru}"),
                    format!("{r_kk} {kk}"),
                    format!("{en} {r_en}"),
                ],
                kind,
            });
        }
    }
    'ngos: for (suffix, ru, kk, en) in NGO_FORMS {
        for (latin, cyrillic) in NGO_NAMES {
            if bodies.len() == BODIES {
                break 'ngos;
            }
            bodies.push(BodyDef {
                id: format!("{}_{suffix}", latin.to_lowercase()),
                name: [
                    format!("{ru} «{cyrillic}»"),
                    format!("«{cyrillic}» {kk}"),
                    format!("{latin} {en}"),
                ],
                kind: "civil_society",
            });
        }
    }
    bodies
}

#[cfg(test)]
mod tests {
    use super::*;

    fn generate(recs: usize, seed: u64) -> Vec<u8> {
        let mut bytes = Vec::new();
        write_dataset(&mut bytes, recs, seed).expect("writes to memory");
        bytes
    }

    /// The number of sessions `write_dataset` writes for a seed.
    fn sessions(seed: u64) -> usize {
        World::new(&mut seeded(seed)).sessions.len()
    }

    fn load_clean(bytes: &[u8]) -> kenes::dataset::Dataset {
        let (dataset, problems) = kenes::dataset::load_bytes(bytes).expect("not refused");
        let shown: Vec<String> = problems.iter().take(5).map(|p| p.to_string()).collect();
        assert!(
            problems.is_empty(),
            "{} problems: {shown:?}",
            problems.len()
        );
        dataset
    }

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn parses_arguments() {
        assert_eq!(
            parse_args(&args(&["--recs", "10", "--out", "a.json"])).unwrap(),
            Options {
                recs: 10,
                seed: 1,
                out: "a.json".into()
            }
        );
        assert_eq!(
            parse_args(&args(&["--seed", "7", "--out", "b", "--recs", "1000000"]))
                .unwrap()
                .seed,
            7
        );
        for (bad, says) in [
            (&["--out", "a"][..], "`--recs N` is required"),
            (&["--recs", "5"][..], "`--out FILE` is required"),
            (
                &["--recs", "1000001", "--out", "a"][..],
                "from 0 to 1000000",
            ),
            (&["--recs", "-1", "--out", "a"][..], "not `-1`"),
            (
                &["--recs", "5", "--out", "a", "--seed", "x"][..],
                "`--seed`",
            ),
            (&["--recs", "5", "--out"][..], "`--out` needs a value"),
            (&["--recs", "5", "--recs", "6"][..], "given twice"),
            (&["--records", "5"][..], "unknown argument `--records`"),
        ] {
            let err = parse_args(&args(bad)).unwrap_err().to_string();
            assert!(err.contains(says), "{bad:?}: {err}");
            assert!(err.contains("usage: cargo xtask gen"), "{bad:?}: {err}");
        }
    }

    #[test]
    fn the_same_seed_gives_the_same_bytes() {
        assert_eq!(generate(300, 42), generate(300, 42));
        assert_ne!(generate(300, 42), generate(300, 43));
    }

    #[test]
    fn empty_and_single_datasets_are_valid() {
        for n in [0, 1] {
            let dataset = load_clean(&generate(n, 1));
            assert_eq!(dataset.recommendations.len(), n);
            assert_eq!(dataset.sessions.len(), sessions(1));
        }
    }

    #[test]
    fn two_thousand_load_without_problems() {
        let dataset = load_clean(&generate(2000, 1));
        assert_eq!(dataset.recommendations.len(), 2000);
        assert_eq!(dataset.themes.len(), 50);
        assert_eq!(dataset.bodies.len(), BODIES);
        assert_eq!(dataset.sessions.len(), sessions(1));
        let years = (LAST_YEAR - FIRST_YEAR + 1) as usize;
        assert!((4 * years..=8 * years).contains(&sessions(1)));
        assert_eq!(dataset.languages, ["ru", "kk", "en"]);
        assert_eq!(
            dataset.as_of.map(|d| d.to_string()).as_deref(),
            Some("2024-12-31")
        );
        for kind in kenes::dataset::BodyKind::ALL {
            assert!(
                dataset.bodies.iter().any(|b| b.kind == Some(kind)),
                "{kind:?}"
            );
        }
        assert!(dataset.themes.iter().filter(|t| t.parent.is_some()).count() == 40);
    }

    #[test]
    fn records_are_realistic() {
        let bytes = generate(2000, 3);
        let doc: Value = serde_json::from_slice(&bytes).unwrap();
        let as_of = doc["as_of"].as_str().unwrap();
        let session_dates: std::collections::HashMap<&str, &str> = doc["sessions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| (s["id"].as_str().unwrap(), s["date"].as_str().unwrap()))
            .collect();
        let mut with_history = 0;
        let mut theme_counts: std::collections::HashMap<&str, usize> = Default::default();
        for rec in doc["recommendations"].as_array().unwrap() {
            let text = rec["text"].as_str().unwrap();
            assert!(
                (TEXT_MIN..=TEXT_MAX).contains(&text.len()),
                "{} bytes: {text}",
                text.len()
            );
            assert!(text.chars().next().unwrap().is_uppercase());
            let themes = rec["themes"].as_array().unwrap();
            assert!((1..=3).contains(&themes.len()));
            for t in themes {
                *theme_counts.entry(t.as_str().unwrap()).or_default() += 1;
            }
            assert!((1..=3).contains(&rec["addressees"].as_array().unwrap().len()));
            let proposers = rec.get("proposed_by").and_then(Value::as_array);
            assert!((1..=2).contains(&proposers.map_or(1, Vec::len)));
            if let Some(history) = rec.get("history").and_then(Value::as_array) {
                with_history += 1;
                let session = session_dates[rec["session"].as_str().unwrap()];
                assert_eq!(history[0]["date"], session);
                assert_eq!(history[0]["status"], PENDING);
                assert!(history.len() <= 4);
                let dates: Vec<&str> = history
                    .iter()
                    .map(|c| c["date"].as_str().unwrap())
                    .collect();
                assert!(dates.windows(2).all(|w| w[0] < w[1]), "{dates:?}");
                assert!(*dates.last().unwrap() <= as_of);
                assert_eq!(history.last().unwrap()["status"], rec["status"]);
            }
        }
        assert!(with_history > 1500 && with_history < 1900, "{with_history}");
        let mut counts: Vec<usize> = theme_counts.values().copied().collect();
        counts.sort();
        let (median, top) = (counts[counts.len() / 2], counts[counts.len() - 1]);
        assert!(top >= 5 * median, "top {top}, median {median}");
    }

    #[test]
    fn validation_fails_on_problems_and_refusals() {
        let dir = std::env::temp_dir().join(format!("kenes-gen-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let good = dir.join("good.json");
        std::fs::write(&good, generate(20, 5)).unwrap();
        validate(&good).expect("a generated file is clean");
        let text = String::from_utf8(generate(20, 5)).unwrap();
        let bad = dir.join("bad.json");
        std::fs::write(&bad, text.replacen("\"themes\":[\"", "\"themes\":[\"x", 2)).unwrap();
        let err = validate(&bad).unwrap_err().to_string();
        assert!(err.contains("problem(s)"), "{err}");
        std::fs::write(&bad, "[]").unwrap();
        let err = validate(&bad).unwrap_err().to_string();
        assert!(err.contains("refused"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn every_text_is_in_range() {
        let mut rng = Rng::new(9);
        let mut text = String::new();
        for i in 0..20_000 {
            rec_text(&mut rng, i % TOPICS.len(), &mut text);
            assert!((TEXT_MIN..=TEXT_MAX).contains(&text.len()), "{text}");
        }
        for group in CLAUSES {
            for clause in group {
                assert!(clause.len() <= TEXT_MAX - TEXT_MIN, "{clause}");
            }
        }
    }
}
