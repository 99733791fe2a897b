//! `cargo xtask demo`: writes `static/demo.json`, the built-in demo dataset.
//!
//! The demo tells the public story of the Consultative and Advisory Body
//! "Dialogue Platform on Human Dimension" under the Ministry of Foreign
//! Affairs of Kazakhstan (see `/work/shared/demo-facts.md` in the project
//! notes). Session dates and the reported counts follow public reports; the
//! individual recommendations are illustrative and generated here from
//! trilingual templates with a fixed seed, so every run writes the same file.

mod recs;
pub(crate) mod rng;
mod sessions;
mod texts;
mod vocab;

use std::path::Path;

use anyhow::{bail, Context, Result};
use serde_json::{json, Map, Value};

use rng::{Day, Rng};

/// The day the demo reflects.
const AS_OF: &str = "2025-06-30";
const SEED: u64 = 0x4b45_4e45_5320_0001;

/// A Text in the three languages of the demo.
fn t(en: &str, ru: &str, kk: &str) -> Value {
    json!({"en": en, "ru": ru, "kk": kk})
}

fn t3(text: &[String; 3]) -> Value {
    t(&text[0], &text[1], &text[2])
}

pub fn run(out: &Path) -> Result<()> {
    let json = render();
    if let Some(dir) = out.parent() {
        std::fs::create_dir_all(dir).with_context(|| format!("creating {}", dir.display()))?;
    }
    std::fs::write(out, &json).with_context(|| format!("writing {}", out.display()))?;
    println!("wrote {} ({} bytes)", out.display(), json.len());
    check_with_reader(&json)
}

/// Reads the demo back with the report's own reader: the demo must load
/// without a single problem.
fn check_with_reader(json: &str) -> Result<()> {
    let (dataset, problems) = match kenes::dataset::load(json) {
        Ok(loaded) => loaded,
        Err(refusal) => bail!("the reader refused the demo: {refusal:?}"),
    };
    if !problems.is_empty() {
        for problem in &problems {
            eprintln!("{problem:?}");
        }
        bail!("the reader found {} problem(s) in the demo", problems.len());
    }
    println!(
        "the reader loads it: {} sessions, {} recommendations",
        dataset.sessions.len(),
        dataset.recommendations.len()
    );
    Ok(())
}

/// The demo document, pretty-printed with a final newline.
pub fn render() -> String {
    let mut text = String::new();
    write_pretty(&build(), 0, &mut text);
    text.push('\n');
    text
}

/// The order of fields in the written file: as the format documents them,
/// so that `kenes` comes first and each record starts with its id.
const TOP_ORDER: &[&str] = &[
    "kenes",
    "title",
    "description",
    "publisher",
    "source_url",
    "as_of",
    "languages",
    "statuses",
    "themes",
    "bodies",
    "plans",
    "sessions",
    "recommendations",
];
const RECORD_ORDER: &[&str] = &[
    "id",
    "date",
    "session",
    "name",
    "short",
    "parent",
    "stage",
    "color",
    "kind",
    "start",
    "end",
    "title",
    "location",
    "chair",
    "format",
    "participants",
    "text",
    "themes",
    "addressees",
    "proposed_by",
    "plan",
    "status",
    "history",
    "due",
    "tags",
    "summary",
    "note",
    "url",
    "en",
    "ru",
    "kk",
];

/// Like `serde_json::to_string_pretty` (two-space indent), with object
/// fields in [`TOP_ORDER`] or [`RECORD_ORDER`].
fn write_pretty(value: &Value, indent: usize, out: &mut String) {
    let pad = |n: usize| "  ".repeat(n);
    match value {
        Value::Array(items) if !items.is_empty() => {
            out.push_str("[\n");
            for (i, item) in items.iter().enumerate() {
                out.push_str(&pad(indent + 1));
                write_pretty(item, indent + 1, out);
                out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(indent));
            out.push(']');
        }
        Value::Object(fields) if !fields.is_empty() => {
            let order = if fields.contains_key("kenes") {
                TOP_ORDER
            } else {
                RECORD_ORDER
            };
            let rank = |k: &str| order.iter().position(|f| *f == k).unwrap_or(order.len());
            let mut keys: Vec<&String> = fields.keys().collect();
            keys.sort_by(|a, b| rank(a).cmp(&rank(b)).then(a.cmp(b)));
            out.push_str("{\n");
            for (i, key) in keys.iter().enumerate() {
                out.push_str(&pad(indent + 1));
                out.push_str(&Value::String((*key).clone()).to_string());
                out.push_str(": ");
                write_pretty(&fields[*key], indent + 1, out);
                out.push_str(if i + 1 < keys.len() { ",\n" } else { "\n" });
            }
            out.push_str(&pad(indent));
            out.push('}');
        }
        other => out.push_str(&other.to_string()),
    }
}

pub fn build() -> Value {
    let mut rng = Rng::new(SEED);
    let as_of = Day::parse(AS_OF);
    let sessions = sessions::sessions(&mut rng);
    let recs = recs::recommendations(&mut rng, &sessions, as_of);
    json!({
        "kenes": 1,
        "title": t(
            "Dialogue Platform on Human Dimension (demo)",
            "Диалоговая площадка по человеческому измерению (демо)",
            "Адами өлшем жөніндегі диалогтық алаң (демо)",
        ),
        "description": t(
            "Sessions and recommendations of the Consultative and Advisory Body “Dialogue Platform on Human Dimension” under the Ministry of Foreign Affairs of Kazakhstan, founded in 2013 as the Coordination Consultation Conference. It brings together state bodies, Parliament, the Commissioner for Human Rights, human rights NGOs and international partners, and makes recommendations to state bodies and Parliament. Session dates and counts follow public reports (Kazakhstan MFA, the Astana Times, Trend, UNDP Kazakhstan); the individual recommendation texts, their statuses and the dates of status changes are illustrative. Places use the capital's present name, Astana (called Nur-Sultan in 2019–2022).",
            "Заседания и рекомендации консультативно-совещательного органа «Диалоговая площадка по человеческому измерению» при Министерстве иностранных дел Казахстана, созданного в 2013 году как Координационно-консультативная конференция. Площадка объединяет государственные органы, Парламент, Уполномоченного по правам человека, правозащитные НПО и международных партнёров и вырабатывает рекомендации государственным органам и Парламенту. Даты заседаний и количественные данные приведены по открытым сообщениям (МИД Казахстана, The Astana Times, Trend, ПРООН в Казахстане); тексты отдельных рекомендаций, их статусы и даты изменения статусов являются иллюстративными. Место проведения указано по нынешнему названию столицы — Астана (в 2019–2022 годах — Нур-Султан).",
            "2013 жылы Үйлестіру-консультативтік конференция ретінде құрылған Қазақстан Сыртқы істер министрлігі жанындағы «Адами өлшем жөніндегі диалогтық алаң» консультативтік-кеңесші органының отырыстары мен ұсынымдары. Алаң мемлекеттік органдарды, Парламентті, Адам құқықтары жөніндегі уәкілді, құқық қорғау ҮЕҰ-ларын және халықаралық әріптестерді біріктіріп, мемлекеттік органдар мен Парламентке ұсынымдар береді. Отырыстардың күндері мен сандық деректер ашық хабарламалар бойынша келтірілген (Қазақстан СІМ, The Astana Times, Trend, БҰҰДБ Қазақстан); жекелеген ұсынымдардың мәтіндері, олардың мәртебелері және мәртебелердің өзгерген күндері мысал ретінде берілген. Өткізілген орны астананың қазіргі атауымен — Астана (2019–2022 жылдары — Нұр-Сұлтан) деп көрсетілген.",
        ),
        "publisher": t(
            "Kenes demo, compiled from public reports",
            "Демонстрационные данные Kenes по открытым источникам",
            "Ашық дереккөздер бойынша жасалған Kenes демо-деректері",
        ),
        "source_url": "https://www.gov.kz/memleket/entities/mfa",
        "as_of": AS_OF,
        "languages": ["en", "ru", "kk"],
        "statuses": vocab::statuses(),
        "themes": vocab::themes(),
        "bodies": vocab::bodies(),
        "plans": vocab::plans(),
        "sessions": sessions.iter().map(session_json).collect::<Vec<_>>(),
        "recommendations": recs.iter().map(|r| rec_json(r, &sessions)).collect::<Vec<_>>(),
    })
}

fn session_json(s: &sessions::Session) -> Value {
    let mut v = Map::new();
    v.insert("id".into(), json!(s.id));
    v.insert("date".into(), json!(s.date));
    v.insert("title".into(), t3(&s.title));
    v.insert("kind".into(), json!(s.kind));
    v.insert("location".into(), t3(&sessions::location(s.format)));
    if let Some([en, ru, kk]) = s.chair {
        v.insert("chair".into(), t(en, ru, kk));
    }
    v.insert("format".into(), json!(s.format));
    v.insert("participants".into(), json!(s.participants));
    v.insert("themes".into(), json!(s.themes));
    v.insert("summary".into(), t3(&s.summary));
    if let Some(url) = s.url {
        v.insert("url".into(), json!(url));
    }
    Value::Object(v)
}

fn rec_json(r: &recs::Rec, sessions: &[sessions::Session]) -> Value {
    let mut v = Map::new();
    v.insert("id".into(), json!(r.id));
    v.insert("session".into(), json!(sessions[r.session].id));
    v.insert("text".into(), t3(&r.text));
    v.insert("themes".into(), json!(r.themes));
    v.insert("addressees".into(), json!(r.addressees));
    v.insert("proposed_by".into(), json!(r.proposed_by));
    if let Some(plan) = r.plan {
        v.insert("plan".into(), json!(plan));
    }
    v.insert("status".into(), json!(r.status()));
    if r.show_history {
        let history: Vec<Value> = r
            .history
            .iter()
            .map(|c| {
                let mut change = json!({"date": c.date, "status": c.status});
                if let Some(note) = &c.note {
                    change["note"] = t3(note);
                }
                change
            })
            .collect();
        v.insert("history".into(), Value::Array(history));
    }
    if let Some(due) = &r.due {
        v.insert("due".into(), json!(due));
    }
    if !r.tags.is_empty() {
        v.insert("tags".into(), json!(r.tags));
    }
    if let Some(note) = &r.note {
        v.insert("note".into(), t3(note));
    }
    if let Some(url) = &r.url {
        v.insert("url".into(), json!(url));
    }
    Value::Object(v)
}

#[cfg(test)]
mod tests {
    use super::recs::{is_accepted_stage, status_on, ACCEPTED_BY_2014, LEGISLATIVE_INITIATIVES};
    use super::*;

    #[test]
    fn the_same_every_run() {
        assert_eq!(render(), render());
    }

    #[test]
    fn written_as_serde_json_would_read_it() {
        let text = render();
        let back: Value = serde_json::from_str(&text).expect("valid JSON");
        assert_eq!(back, build());
        assert!(text.starts_with("{\n  \"kenes\": 1,\n  \"title\": {\n    \"en\": "));
    }

    #[test]
    fn tells_the_reported_figures() {
        let mut rng = Rng::new(SEED);
        let sessions = sessions::sessions(&mut rng);
        let recs = recs::recommendations(&mut rng, &sessions, Day::parse(AS_OF));
        let year = |r: &&recs::Rec| sessions[r.session].date.starts_with("2013");
        let of_2013: Vec<&recs::Rec> = recs.iter().filter(year).collect();
        assert_eq!(of_2013.len(), 157);
        let summary = Day::parse("2014-01-14");
        let accepted = of_2013
            .iter()
            .filter(|r| is_accepted_stage(status_on(r, summary)))
            .count();
        assert_eq!(accepted, ACCEPTED_BY_2014);
        assert!(accepted * 2 > 157);

        let plan: Vec<&recs::Rec> = recs
            .iter()
            .filter(|r| r.plan == Some(vocab::NHRAP))
            .collect();
        let review = Day::parse("2011-01-10");
        let implemented = plan
            .iter()
            .filter(|r| status_on(r, review) == "implemented")
            .count();
        let accepted = plan
            .iter()
            .filter(|r| is_accepted_stage(status_on(r, review)))
            .count();
        assert_eq!(implemented * 10, plan.len() * 4);
        assert_eq!(implemented * 10, accepted * 4);

        let initiatives = recs
            .iter()
            .filter(|r| r.tags.contains(&"legislative_initiative"))
            .count();
        assert_eq!(initiatives, LEGISLATIVE_INITIATIVES);
    }

    #[test]
    fn histories_are_ordered_and_not_after_as_of() {
        let mut rng = Rng::new(SEED);
        let sessions = sessions::sessions(&mut rng);
        let as_of = Day::parse(AS_OF);
        for rec in recs::recommendations(&mut rng, &sessions, as_of) {
            assert_eq!(
                rec.history[0].date, sessions[rec.session].date,
                "{}",
                rec.id
            );
            assert!((1..=3).contains(&rec.addressees.len()), "{}", rec.id);
            assert!((1..=2).contains(&rec.themes.len()), "{}", rec.id);
            let days: Vec<Day> = rec.history[1..]
                .iter()
                .map(|c| Day::parse(&c.date))
                .collect();
            assert!(days.windows(2).all(|w| w[0] < w[1]), "{}", rec.id);
            assert!(
                days.iter()
                    .all(|d| *d > sessions[rec.session].day && *d <= as_of),
                "{}",
                rec.id
            );
        }
    }
}
