//! The recommendations of the demo and their status histories.
//!
//! Counts and dates that public reports give are met exactly (157
//! recommendations in 2013, more than half accepted by 2014-01-14; 40 % of
//! the 2009–2012 Plan implemented by 2011-01-10; 76 legislative initiatives
//! in December 2023); everything else is drawn from the templates in
//! `texts.rs` with a fixed seed.

use std::collections::HashSet;

use super::rng::{Day, Rng};
use super::sessions::{Output, Session};
use super::texts::{note, FOLLOW_UPS, TEMPLATES};
use super::vocab::{DEMOCRACY_2020, HR_ROL_2023, NHRAP, PRIORITY_2021};

/// Recommendations of 2013 accepted (or further on) by 2014-01-14: 86 of 157.
pub const ACCEPTED_BY_2014: usize = 86;
/// Plan recommendations, and those implemented by 2011-01-10: 24 of 60 = 40 %.
pub const PLAN_IMPLEMENTED_BY_2011: usize = 24;
/// Legislative initiatives under consideration after 2023-12-14.
pub const LEGISLATIVE_INITIATIVES: usize = 76;

pub struct Change {
    /// As written in the dataset.
    pub date: String,
    pub status: &'static str,
    pub note: Option<[String; 3]>,
}

pub struct Rec {
    pub id: String,
    pub session: usize,
    pub text: [String; 3],
    pub themes: Vec<&'static str>,
    pub addressees: Vec<&'static str>,
    pub proposed_by: Vec<&'static str>,
    pub plan: Option<&'static str>,
    pub history: Vec<Change>,
    /// Whether the dataset shows the history (most recommendations) or
    /// only the current status.
    pub show_history: bool,
    pub due: Option<String>,
    pub tags: Vec<&'static str>,
    pub note: Option<[String; 3]>,
    pub url: Option<String>,
}

impl Rec {
    pub fn status(&self) -> &'static str {
        self.history
            .last()
            .expect("a history starts at the session")
            .status
    }
}

/// The status on `day`: the last change on or before it.
#[cfg(test)]
pub fn status_on(rec: &Rec, day: Day) -> &'static str {
    let mut status = rec.history[0].status;
    for change in &rec.history[1..] {
        if Day::parse(&change.date) <= day {
            status = change.status;
        }
    }
    status
}

pub fn is_accepted_stage(status: &str) -> bool {
    matches!(
        status,
        "accepted" | "partially_accepted" | "in_progress" | "implemented"
    )
}

/// Sentences that are only used in scripted recommendations, whose story
/// follows public facts (the death penalty was abolished in 2021,
/// Kazakhstan has not joined the Migrant Workers Convention, …), so that no
/// generated history contradicts them.
const RESERVED: [&str; 9] = [
    "Abolish the death penalty for all crimes",
    "Ratify the Second Optional Protocol",
    "Remove the death penalty from the sanctions",
    "Commute the death sentences",
    "Join the International Convention on the Protection",
    "Abolish mandatory local registration",
    "Guarantee the freedom of religious associations",
    "Give a more precise legal definition of terrorism",
    "Develop rehabilitation and reintegration programmes for women",
];

/// Chooses texts so that the same sentence recurs as rarely as possible.
struct Picker {
    uses: Vec<usize>,
    /// (template, follow-up + 1, or 0 for none) already used.
    pairs: HashSet<(usize, usize)>,
}

impl Picker {
    /// A picker that never offers the [`RESERVED`] sentences.
    fn new() -> Picker {
        let mut pairs = HashSet::new();
        for en in RESERVED {
            for f in 0..=FOLLOW_UPS.len() {
                pairs.insert((template_starting(en), f));
            }
        }
        Picker {
            uses: vec![0; TEMPLATES.len()],
            pairs,
        }
    }

    /// A template fitting `year` whose first theme is one of `themes`, least
    /// used first; when those are used up, one that has any of `themes`.
    fn pick(&mut self, rng: &mut Rng, themes: &[&str], year: i64) -> (usize, usize) {
        let timely = |i: &usize| (TEMPLATES[*i].years.0..=TEMPLATES[*i].years.1).contains(&year);
        let primary = |i: &usize| themes.contains(&TEMPLATES[*i].themes[0]);
        let secondary =
            |i: &usize| !primary(i) && TEMPLATES[*i].themes.iter().any(|t| themes.contains(t));
        for tier in [&primary as &dyn Fn(&usize) -> bool, &secondary] {
            let mut keyed: Vec<(usize, u64, usize)> = (0..TEMPLATES.len())
                .filter(timely)
                .filter(|i| tier(i))
                .map(|i| (self.uses[i], rng.next_u64(), i))
                .collect();
            keyed.sort();
            for (_, _, template) in keyed {
                if let Some(pair) = self.take(rng, template) {
                    return pair;
                }
            }
        }
        panic!("every text on {themes:?} is used up");
    }

    /// Uses `template`, with a follow-up sentence when the plain sentence is
    /// taken (or now and then anyway).
    fn take(&mut self, rng: &mut Rng, template: usize) -> Option<(usize, usize)> {
        let free: Vec<usize> = (0..=FOLLOW_UPS.len())
            .filter(|f| !self.pairs.contains(&(template, *f)))
            .collect();
        if free.is_empty() {
            return None;
        }
        let follow = if free[0] == 0 && (free.len() == 1 || rng.chance(0.75)) {
            0
        } else {
            let rest: Vec<usize> = free.into_iter().filter(|f| *f != 0).collect();
            *rng.pick(&rest)
        };
        self.pairs.insert((template, follow));
        self.uses[template] += 1;
        Some((template, follow))
    }
}

fn template_starting(en: &str) -> usize {
    TEMPLATES
        .iter()
        .position(|t| t.text[0].starts_with(en))
        .unwrap_or_else(|| panic!("no template {en}"))
}

fn s3(en: &str, ru: &str, kk: &str) -> [String; 3] {
    [en.to_string(), ru.to_string(), kk.to_string()]
}

/// Who proposes recommendations on a theme.
fn proposers(theme: &str) -> &'static [&'static str] {
    match theme {
        "torture" | "detention" | "medical" | "women_closed" => {
            &["npm", "ngo_torture", "ombudsman", "kibhr", "ohchr"]
        }
        "women" => &["un_women", "ngos", "kibhr", "ombudsman"],
        "trafficking" | "migrants" => &["iom", "kibhr", "ngos"],
        "elections" | "media" | "assembly" | "ngo" => &["kibhr", "lprc", "osce", "ngos"],
        "religion" | "movement" => &["kibhr", "osce", "ngos"],
        "discrimination" => &["ombudsman", "nchr", "ngos", "undp"],
        "intl" => &["ohchr", "undp", "kibhr", "ombudsman"],
        _ => &["kibhr", "lprc", "ngo_torture", "ombudsman", "ngos", "osce"],
    }
}

/// gov.kz pages of the bodies that have one, for the `url` of a few recommendations.
const GOV_KZ: [(&str, &str); 6] = [
    ("mfa", "mfa"),
    ("moj", "adilet"),
    ("gpo", "prokuror"),
    ("mia", "qriim"),
    ("moh", "dsm"),
    ("mlsp", "enbek"),
];

struct Builder<'a> {
    rng: &'a mut Rng,
    picker: Picker,
    sessions: &'a [Session],
    as_of: Day,
    out: Vec<Rec>,
}

impl Builder<'_> {
    /// A recommendation of session `s` from a template on `themes`, still
    /// under consideration (the caller adds the history).
    fn new_rec(&mut self, s: usize, themes: &[&str]) -> Rec {
        let year = self.sessions[s].day.year();
        let (template, follow) = self.picker.pick(self.rng, themes, year);
        self.rec_from(s, template, follow)
    }

    /// The recommendation of the template starting with `en`, kept for
    /// this one recommendation.
    fn forced(&mut self, s: usize, en: &str) -> Rec {
        let template = template_starting(en);
        assert!(self.picker.uses[template] == 0, "{en} is told once");
        self.picker.uses[template] += 1;
        self.rec_from(s, template, 0)
    }

    fn rec_from(&mut self, s: usize, template: usize, follow: usize) -> Rec {
        let t = &TEMPLATES[template];
        let mut text = t.text.map(str::to_string);
        if follow > 0 {
            for (line, extra) in text.iter_mut().zip(FOLLOW_UPS[follow - 1]) {
                line.push(' ');
                line.push_str(extra);
            }
        }
        let session = &self.sessions[s];
        let pool = proposers(t.themes[0]);
        let mut proposed_by = vec![*self.rng.pick(pool)];
        if self.rng.chance(0.3) {
            let other = *self.rng.pick(pool);
            if !proposed_by.contains(&other) {
                proposed_by.push(other);
            }
        }
        if session.day < Day::parse("2014-01-01") {
            // The NPM started work in 2014.
            for p in &mut proposed_by {
                if *p == "npm" {
                    *p = "ngo_torture";
                }
            }
            proposed_by.dedup();
        }
        Rec {
            id: String::new(),
            session: s,
            text,
            themes: t.themes.to_vec(),
            addressees: t.to.to_vec(),
            proposed_by,
            plan: None,
            history: vec![Change {
                date: session.date.clone(),
                status: "under_consideration",
                note: None,
            }],
            show_history: true,
            due: None,
            tags: Vec::new(),
            note: None,
            url: None,
        }
    }

    fn last_day(&self, rec: &Rec) -> Day {
        let last = &rec.history.last().expect("non-empty").date;
        if last.len() == 10 {
            Day::parse(last)
        } else {
            self.sessions[rec.session].day
        }
    }

    fn push(&mut self, rec: &mut Rec, day: Day, status: &'static str) {
        rec.history.push(Change {
            date: day.to_string(),
            status,
            note: None,
        });
    }

    /// Moves a recommendation on by chance from its last status until
    /// nothing more happens or the next change would fall after `as_of`.
    fn walk(&mut self, rec: &mut Rec) {
        loop {
            let r = self.rng.unit();
            let (next, lo, hi) = match rec.status() {
                "under_consideration" => match r {
                    r if r < 0.50 => ("accepted", 40, 240),
                    r if r < 0.66 => ("partially_accepted", 40, 240),
                    r if r < 0.80 => ("noted", 60, 300),
                    r if r < 0.86 => ("rejected", 60, 300),
                    _ => return,
                },
                "accepted" | "partially_accepted" => match r {
                    r if r < 0.62 => ("in_progress", 60, 420),
                    r if r < 0.78 => ("implemented", 150, 700),
                    _ => return,
                },
                "in_progress" => match r {
                    r if r < 0.60 => ("implemented", 120, 800),
                    _ => return,
                },
                "noted" if r < 0.07 => ("accepted", 500, 1800),
                _ => return,
            };
            let day = self.last_day(rec).plus(self.rng.range(lo, hi)).workday();
            if day > self.as_of {
                return;
            }
            self.push(rec, day, next);
        }
    }

    /// A first decision on a day in `lo..=hi` (then the usual walk).
    fn decide_between(&mut self, rec: &mut Rec, lo: Day, hi: Day, accept: bool) {
        let day = Day::between(self.rng, lo, hi);
        let r = self.rng.unit();
        let status = if accept {
            if r < 0.78 {
                "accepted"
            } else {
                "partially_accepted"
            }
        } else {
            match r {
                r if r < 0.50 => "accepted",
                r if r < 0.70 => "partially_accepted",
                r if r < 0.90 => "noted",
                _ => "rejected",
            }
        };
        self.push(rec, day, status);
    }

    /// Due dates, notes, links and plans, then the id-less record is kept.
    fn finish(&mut self, mut rec: Rec, plan: Option<&'static str>) {
        let accepted_on = rec
            .history
            .iter()
            .find(|c| is_accepted_stage(c.status))
            .map(|c| Day::parse(&c.date));
        if let Some(day) = accepted_on {
            if rec.plan.is_none() {
                rec.plan = plan;
            }
            if rec.due.is_none() && self.rng.chance(0.3) {
                rec.due = Some(format!("{}-12-31", day.year() + 1));
            }
        }
        if rec.note.is_none() && self.rng.chance(0.3) {
            let year = self.last_day(&rec).year();
            let variant = self.rng.below(2);
            rec.note = Some(note(rec.status(), year, variant));
        }
        if rec.url.is_none() && self.rng.chance(0.05) {
            if let Some((_, slug)) = GOV_KZ.iter().find(|(id, _)| rec.addressees.contains(id)) {
                rec.url = Some(format!(
                    "https://www.gov.kz/memleket/entities/{slug}?lang=en"
                ));
            }
        }
        self.out.push(rec);
    }
}

/// Every recommendation, with ids, in session order.
pub fn recommendations(rng: &mut Rng, sessions: &[Session], as_of: Day) -> Vec<Rec> {
    let mut b = Builder {
        rng,
        picker: Picker::new(),
        sessions,
        as_of,
        out: Vec::new(),
    };
    for (s, session) in sessions.iter().enumerate() {
        match session.output {
            Output::Plan(n) => plan_2009(&mut b, s, n),
            Output::Meeting2013(n) => meeting_2013(&mut b, s, n),
            Output::Summary2014 => summary_2014(&mut b, s),
            Output::Online2021 => online_2021(&mut b, s),
            Output::Concluding2023 => concluding_2023(&mut b, s),
            Output::Conference2024 => conference_2024(&mut b, s),
            Output::Regular(n) => regular(&mut b, s, n),
        }
    }
    let mut recs = b.out;
    assign_ids(&mut recs, sessions);
    recs
}

/// `DP-YYYY-NNN` numbered through each year; the Plan's measures are
/// `NHRAP-2009-NNN` and the 2011 review's `HRC-2011-NNN`.
fn assign_ids(recs: &mut [Rec], sessions: &[Session]) {
    recs.sort_by_key(|r| r.session);
    let mut counter: Vec<(String, usize)> = Vec::new();
    for rec in recs.iter_mut() {
        let session = &sessions[rec.session];
        let year = session.day.year();
        let prefix = match session.output {
            Output::Plan(_) => format!("NHRAP-{year}"),
            _ if year < 2013 => format!("HRC-{year}"),
            _ => format!("DP-{year}"),
        };
        let n = match counter.iter_mut().find(|(p, _)| *p == prefix) {
            Some((_, n)) => {
                *n += 1;
                *n
            }
            None => {
                counter.push((prefix.clone(), 1));
                1
            }
        };
        rec.id = format!("{prefix}-{n:03}");
    }
}

fn plan_2009(b: &mut Builder, s: usize, n: usize) {
    let themes = b.sessions[s].themes.clone();
    let mut done_by_review: Vec<bool> = (0..n).map(|i| i < PLAN_IMPLEMENTED_BY_2011).collect();
    b.rng.shuffle(&mut done_by_review);
    for done_by_review in done_by_review {
        let mut rec = b.new_rec(s, &themes);
        rec.plan = Some(NHRAP);
        rec.proposed_by = vec!["hrc"];
        let accepted = Day::between(b.rng, Day::parse("2009-06-15"), Day::parse("2009-09-30"));
        b.push(&mut rec, accepted, "accepted");
        if done_by_review {
            // Implemented by the review of 2011-01-10.
            let started = Day::between(b.rng, Day::parse("2009-10-01"), Day::parse("2010-06-30"));
            b.push(&mut rec, started, "in_progress");
            let done = Day::between(b.rng, started.plus(60), Day::parse("2011-01-07"));
            b.push(&mut rec, done, "implemented");
        } else {
            // Under way (or not yet started) at the review, then finished,
            // dropped or left running after it.
            if b.rng.chance(0.7) {
                let started =
                    Day::between(b.rng, Day::parse("2009-10-01"), Day::parse("2010-12-30"));
                b.push(&mut rec, started, "in_progress");
            }
            let r = b.rng.unit();
            if r < 0.55 {
                if rec.status() == "accepted" {
                    let started =
                        Day::between(b.rng, Day::parse("2011-02-01"), Day::parse("2011-10-31"));
                    b.push(&mut rec, started, "in_progress");
                }
                let done = Day::between(b.rng, Day::parse("2011-11-01"), Day::parse("2012-12-28"));
                b.push(&mut rec, done, "implemented");
            } else if r < 0.70 {
                let dropped =
                    Day::between(b.rng, Day::parse("2013-01-15"), Day::parse("2013-06-28"));
                b.push(&mut rec, dropped, "noted");
                rec.note = Some(s3(
                    "Not completed within the Plan period.",
                    "Не выполнена в срок действия Плана.",
                    "Жоспардың қолданылу мерзімі ішінде орындалмады.",
                ));
            } else if r < 0.85 {
                let done = Day::between(b.rng, Day::parse("2013-03-01"), Day::parse("2016-12-28"));
                if rec.status() == "accepted" {
                    b.push(
                        &mut rec,
                        done.plus(-120).max(Day::parse("2011-02-01")).workday(),
                        "in_progress",
                    );
                }
                b.push(&mut rec, done, "implemented");
            }
        }
        if b.rng.chance(0.3) {
            rec.due = Some("2012-12-31".into());
        }
        b.finish(rec, None);
    }
}

fn meeting_2013(b: &mut Builder, s: usize, n: usize) {
    let summary = Day::parse("2014-01-14");
    let session = b.sessions[s].day;
    let themes = b.sessions[s].themes.clone();
    // Recommendations that the meeting of 2014-01-14 singled out: still open
    // then, with their own later story.
    let mut scripted: Vec<Rec> = Vec::new();
    let date = b.sessions[s].date.clone();
    match date.as_str() {
        "2013-05-30" => {
            scripted.push(scripted_rec(
                b,
                s,
                "Abolish mandatory local registration",
                &[
                    ("2014-05-20", "partially_accepted"),
                    ("2015-03-03", "in_progress"),
                    ("2017-07-03", "implemented"),
                ],
                Some(s3(
                    "Registration was simplified rather than abolished.",
                    "Регистрация упрощена, но не отменена.",
                    "Тіркеу жойылған жоқ, бірақ жеңілдетілді.",
                )),
            ));
            scripted.push(scripted_rec(
                b,
                s,
                "Guarantee the freedom of religious associations",
                &[("2014-03-26", "noted")],
                None,
            ));
        }
        "2013-07-11" => {
            let mut rec = b.forced(s, "Abolish the death penalty for all crimes");
            b.push(&mut rec, Day::parse("2014-06-12"), "noted");
            rec.history.push(Change {
                date: "2020-09-23".into(),
                status: "accepted",
                note: Some(s3(
                    "Kazakhstan signed the Second Optional Protocol to the ICCPR.",
                    "Казахстан подписал Второй факультативный протокол к МПГПП.",
                    "Қазақстан АСҚХП-ға Екінші факультативтік хаттамаға қол қойды.",
                )),
            });
            rec.history.push(Change {
                date: "2021-12-29".into(),
                status: "implemented",
                note: Some(s3(
                    "The death penalty was removed from the Criminal Code.",
                    "Смертная казнь исключена из Уголовного кодекса.",
                    "Өлім жазасы Қылмыстық кодекстен алып тасталды.",
                )),
            });
            scripted.push(rec);
            scripted.push(scripted_rec(
                b,
                s,
                "Give a more precise legal definition of terrorism",
                &[
                    ("2014-04-17", "partially_accepted"),
                    ("2015-02-10", "in_progress"),
                ],
                None,
            ));
        }
        "2013-11-21" => {
            scripted.push(scripted_rec(
                b,
                s,
                "Join the International Convention on the Protection",
                &[("2014-09-16", "noted")],
                Some(s3(
                    "Accession is not planned for now.",
                    "Присоединение пока не планируется.",
                    "Әзірге қосылу жоспарланбаған.",
                )),
            ));
        }
        _ => {}
    }
    assert_eq!(scripted.len(), scripted_in(&date));
    // How many of this meeting's generic recommendations are accepted by
    // 2014-01-14: the 86 are spread over the six meetings in proportion.
    let generic = n - scripted.len();
    let quota = accepted_quota(b.sessions, s);
    let mut flags: Vec<bool> = (0..generic).map(|i| i < quota).collect();
    b.rng.shuffle(&mut flags);
    for accept in flags {
        let mut rec = b.new_rec(s, &themes);
        if accept {
            let latest = summary.plus(-1).min(session.plus(200));
            b.decide_between(&mut rec, session.plus(21), latest, true);
        } else if b.rng.chance(0.85) {
            b.decide_between(
                &mut rec,
                Day::parse("2014-01-20"),
                Day::parse("2014-12-19"),
                false,
            );
        } else {
            b.decide_between(
                &mut rec,
                Day::parse("2015-01-15"),
                Day::parse("2015-12-15"),
                false,
            );
        }
        b.walk(&mut rec);
        b.finish(rec, Some(DEMOCRACY_2020));
    }
    for rec in scripted {
        b.finish(rec, Some(DEMOCRACY_2020));
    }
}

/// A recommendation from the template starting with `en`, with the given
/// later changes.
fn scripted_rec(
    b: &mut Builder,
    s: usize,
    en: &str,
    steps: &[(&str, &'static str)],
    note: Option<[String; 3]>,
) -> Rec {
    let mut rec = b.forced(s, en);
    for (date, status) in steps {
        b.push(&mut rec, Day::parse(date), status);
    }
    rec.note = note;
    rec
}

/// The share of [`ACCEPTED_BY_2014`] that falls to the 2013 meeting `s`
/// (largest remainders, so the six shares add up exactly).
fn accepted_quota(sessions: &[Session], s: usize) -> usize {
    let meetings: Vec<(usize, usize)> = sessions
        .iter()
        .enumerate()
        .filter_map(|(i, x)| match x.output {
            Output::Meeting2013(n) => Some((i, n - scripted_in(&x.date))),
            _ => None,
        })
        .collect();
    let total: usize = meetings.iter().map(|m| m.1).sum();
    let mut shares: Vec<(usize, usize, usize)> = meetings
        .iter()
        .map(|&(i, n)| {
            (
                i,
                n * ACCEPTED_BY_2014 / total,
                n * ACCEPTED_BY_2014 % total,
            )
        })
        .collect();
    let mut left = ACCEPTED_BY_2014 - shares.iter().map(|x| x.1).sum::<usize>();
    let mut by_remainder: Vec<usize> = (0..shares.len()).collect();
    by_remainder.sort_by(|&a, &b| shares[b].2.cmp(&shares[a].2).then(a.cmp(&b)));
    for k in by_remainder {
        if left == 0 {
            break;
        }
        shares[k].1 += 1;
        left -= 1;
    }
    shares.iter().find(|x| x.0 == s).expect("a 2013 meeting").1
}

/// How many scripted (still open on 2014-01-14) recommendations a 2013
/// meeting has; must match `meeting_2013`.
fn scripted_in(date: &str) -> usize {
    match date {
        "2013-05-30" | "2013-07-11" => 2,
        "2013-11-21" => 1,
        _ => 0,
    }
}

fn summary_2014(b: &mut Builder, s: usize) {
    let themes = b.sessions[s].themes.clone();
    for _ in 0..3 {
        let mut rec = b.new_rec(s, &themes);
        b.walk(&mut rec);
        b.finish(rec, Some(DEMOCRACY_2020));
    }
}

fn online_2021(b: &mut Builder, s: usize) {
    let date = b.sessions[s].date.clone();
    let reported =
        |en: &str, ru: &str, kk: &str| Some([en.to_string(), ru.to_string(), kk.to_string()]);
    #[allow(clippy::type_complexity)]
    let scripted: [([&str; 3], &[&str], &[&str], &[&str], &[(&str, &'static str)], Option<[String; 3]>); 5] = [
        (
            [
                "Transfer the investigation of torture cases to the exclusive jurisdiction of the prosecutor's office.",
                "Передать расследование дел о пытках в исключительную подследственность органов прокуратуры.",
                "Азаптау туралы істерді тергеуді тек прокуратура органдарының қарауына беру.",
            ],
            &["torture", "procedure"],
            &["gpo", "parliament"],
            &["ngo_torture", "kibhr"],
            &[("2022-01-25", "accepted"), ("2022-06-14", "in_progress"), ("2023-06-15", "implemented")],
            reported(
                "Reported on 14 December 2023: torture investigations are the exclusive jurisdiction of the prosecutor's office.",
                "Сообщено 14 декабря 2023 года: расследование пыток отнесено к исключительной подследственности прокуратуры.",
                "2023 жылғы 14 желтоқсанда хабарланды: азаптау туралы істерді тек прокуратура тергейді.",
            ),
        ),
        (
            [
                "Raise the maximum penalty for torture to 12 years' imprisonment.",
                "Увеличить максимальное наказание за пытки до 12 лет лишения свободы.",
                "Азаптау үшін ең ауыр жазаны 12 жыл бас бостандығынан айыруға дейін көтеру.",
            ],
            &["torture"],
            &["parliament"],
            &["ngo_torture"],
            &[("2022-01-25", "accepted"), ("2022-09-13", "in_progress"), ("2023-04-18", "implemented")],
            reported(
                "Reported on 14 December 2023: the maximum penalty for torture is now 12 years.",
                "Сообщено 14 декабря 2023 года: максимальное наказание за пытки — 12 лет.",
                "2023 жылғы 14 желтоқсанда хабарланды: азаптау үшін ең ауыр жаза — 12 жыл.",
            ),
        ),
        (
            [
                "Transfer medical care for persons in detention from the Ministry of Internal Affairs to the Ministry of Health.",
                "Передать медицинское обслуживание лиц, содержащихся под стражей, из ведения МВД в ведение Министерства здравоохранения.",
                "Күзетпен ұсталған адамдарға медициналық қызмет көрсетуді Ішкі істер министрлігінің қарамағынан Денсаулық сақтау министрлігінің қарамағына беру.",
            ],
            &["medical", "detention"],
            &["government", "moh", "mia"],
            &["npm", "ombudsman"],
            &[("2022-03-15", "accepted"), ("2022-10-04", "in_progress"), ("2023-07-03", "implemented")],
            reported(
                "Reported on 14 December 2023: medical care for detainees has moved to the Ministry of Health.",
                "Сообщено 14 декабря 2023 года: медицинское обслуживание содержащихся под стражей передано Министерству здравоохранения.",
                "2023 жылғы 14 желтоқсанда хабарланды: күзетпен ұсталғандарға медициналық қызмет көрсету Денсаулық сақтау министрлігіне берілді.",
            ),
        ),
        (
            [
                "Install continuous video surveillance in penitentiary institutions.",
                "Обеспечить непрерывное видеонаблюдение в пенитенциарных учреждениях.",
                "Пенитенциарлық мекемелерде үздіксіз бейнебақылауды қамтамасыз ету.",
            ],
            &["detention", "torture"],
            &["mia"],
            &["npm"],
            &[("2022-02-08", "accepted"), ("2022-05-17", "in_progress"), ("2023-11-01", "implemented")],
            None,
        ),
        (
            [
                "Analyse the implementation of the body's recommendations of 2013–2021 and publish the results.",
                "Проанализировать выполнение рекомендаций площадки за 2013–2021 годы и опубликовать результаты.",
                "Алаңның 2013–2021 жылдардағы ұсынымдарының орындалуын талдап, нәтижелерін жариялау.",
            ],
            &["intl"],
            &["mfa"],
            &["kibhr"],
            &[("2021-11-16", "accepted"), ("2022-04-12", "implemented")],
            None,
        ),
    ];
    for (text, themes, to, by, steps, note) in scripted {
        let mut rec = Rec {
            id: String::new(),
            session: s,
            text: text.map(str::to_string),
            themes: themes.to_vec(),
            addressees: to.to_vec(),
            proposed_by: by.to_vec(),
            plan: None,
            history: vec![Change {
                date: date.clone(),
                status: "under_consideration",
                note: None,
            }],
            show_history: true,
            due: None,
            tags: Vec::new(),
            note,
            url: None,
        };
        for (day, status) in steps {
            b.push(&mut rec, Day::parse(day), status);
        }
        b.finish(rec, Some(PRIORITY_2021));
    }
    for (theme, count) in [
        ("women", 3),
        ("trafficking", 2),
        ("procedure", 1),
        ("penal", 2),
    ] {
        for _ in 0..count {
            let mut rec = b.new_rec(s, &[theme]);
            b.walk(&mut rec);
            b.finish(rec, Some(PRIORITY_2021));
        }
    }
}

fn concluding_2023(b: &mut Builder, s: usize) {
    let all: Vec<&str> = super::vocab::THEMES
        .iter()
        .filter(|t| t.1.is_some() || t.0 == "intl")
        .map(|t| t.0)
        .collect();
    let civil = ["kibhr", "lprc", "ngo_torture", "ngos", "npm"];
    for _ in 0..LEGISLATIVE_INITIATIVES {
        let mut rec = b.new_rec(s, &all);
        rec.tags.push("legislative_initiative");
        rec.proposed_by = vec![*b.rng.pick(&civil)];
        if !rec
            .addressees
            .iter()
            .any(|a| *a == "parliament" || *a == "mazhilis")
            && rec.addressees.len() < 3
            && b.rng.chance(0.5)
        {
            rec.addressees.push("mazhilis");
        }
        b.walk(&mut rec);
        b.finish(rec, Some(HR_ROL_2023));
    }
    let mut rec = Rec {
        id: String::new(),
        session: s,
        text: s3(
            "Adopt a codified law setting one standard of detention conditions for all closed institutions.",
            "Принять кодифицированный закон с единым стандартом условий содержания для всех закрытых учреждений.",
            "Барлық жабық мекемелер үшін ұстау жағдайларының бірыңғай стандартын белгілейтін кодификацияланған заң қабылдау.",
        ),
        themes: vec!["detention", "torture"],
        addressees: vec!["parliament", "moj", "mia"],
        proposed_by: vec!["npm"],
        plan: None,
        history: vec![Change { date: b.sessions[s].date.clone(), status: "under_consideration", note: None }],
        show_history: true,
        due: None,
        tags: Vec::new(),
        note: Some(s3(
            "Proposed by B. Zhakaev, member of the National Preventive Mechanism.",
            "Предложение члена национального превентивного механизма Б. Жакаева.",
            "Ұлттық алдын алу тетігінің мүшесі Б. Жақаевтың ұсынысы.",
        )),
        url: None,
    };
    b.push(&mut rec, Day::parse("2024-06-18"), "partially_accepted");
    b.finish(rec, Some(HR_ROL_2023));
    for _ in 0..2 {
        let mut rec = b.new_rec(s, &["torture", "detention"]);
        b.walk(&mut rec);
        b.finish(rec, Some(HR_ROL_2023));
    }
}

fn conference_2024(b: &mut Builder, s: usize) {
    let date = b.sessions[s].date.clone();
    let mut npm = Rec {
        id: String::new(),
        session: s,
        text: s3(
            "Widen the powers of the National Preventive Mechanism, including unannounced visits to all closed institutions.",
            "Расширить полномочия национального превентивного механизма, включая внезапные посещения всех закрытых учреждений.",
            "Ұлттық алдын алу тетігінің өкілеттіктерін, соның ішінде барлық жабық мекемелерге алдын ала ескертусіз бару құқығын кеңейту.",
        ),
        themes: vec!["torture", "detention"],
        addressees: vec!["parliament", "government"],
        proposed_by: vec!["ombudsman", "npm"],
        plan: None,
        history: vec![Change { date, status: "under_consideration", note: None }],
        show_history: true,
        due: None,
        tags: Vec::new(),
        note: None,
        url: None,
    };
    b.push(&mut npm, Day::parse("2025-03-18"), "partially_accepted");
    b.finish(npm, Some(HR_ROL_2023));
    let mut rehab = b.forced(
        s,
        "Develop rehabilitation and reintegration programmes for women",
    );
    rehab.proposed_by = vec!["ombudsman", "ngos"];
    b.push(&mut rehab, Day::parse("2025-02-25"), "accepted");
    b.push(&mut rehab, Day::parse("2025-05-20"), "in_progress");
    b.finish(rehab, Some(HR_ROL_2023));
    for (theme, count) in [
        ("discrimination", 2),
        ("torture", 1),
        ("women_closed", 1),
        ("medical", 2),
        ("intl", 2),
    ] {
        for _ in 0..count {
            let mut rec = b.new_rec(s, &[theme]);
            b.walk(&mut rec);
            b.finish(rec, Some(HR_ROL_2023));
        }
    }
}

fn regular(b: &mut Builder, s: usize, n: usize) {
    let session = &b.sessions[s];
    let themes = session.themes.clone();
    let day = session.day;
    let plan = if day < Day::parse("2014-01-01") {
        None
    } else if day < Day::parse("2021-01-01") {
        Some(DEMOCRACY_2020)
    } else if day < Day::parse("2022-01-01") {
        Some(PRIORITY_2021)
    } else if day >= Day::parse("2023-12-01") {
        Some(HR_ROL_2023)
    } else {
        None
    };
    for _ in 0..n {
        let mut rec = b.new_rec(s, &themes);
        b.walk(&mut rec);
        rec.show_history = day < Day::parse("2013-01-01") || !b.rng.chance(0.08);
        let plan = if b.rng.chance(0.4) { plan } else { None };
        b.finish(rec, plan);
    }
}
