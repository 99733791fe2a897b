//! The sessions of the demo: the events reported in public sources, and
//! roughly quarterly illustrative sessions between them.

use super::rng::{Day, Rng};
use super::texts::TEMPLATES;
use super::vocab::BODIES;

/// What recommendations a session produces (see `recs.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Output {
    /// The measures of the 2009–2012 Plan.
    Plan(usize),
    /// One of the six specialised meetings of 2013.
    Meeting2013(usize),
    /// Sessions reported in public sources with their own recommendations.
    Summary2014,
    Online2021,
    Concluding2023,
    Conference2024,
    /// Any other session: this many recommendations on its themes.
    Regular(usize),
}

pub struct Session {
    pub id: String,
    /// The date as written in the dataset (`YYYY-MM` when only the month is known).
    pub date: String,
    /// The date for arithmetic (the first of the month for a month date).
    pub day: Day,
    pub kind: &'static str,
    pub title: [String; 3],
    pub format: &'static str,
    pub chair: Option<[&'static str; 3]>,
    pub participants: Vec<&'static str>,
    pub themes: Vec<&'static str>,
    pub summary: [String; 3],
    pub url: Option<&'static str>,
    pub output: Output,
}

const MFA_NEWS: &str = "https://www.gov.kz/memleket/entities/mfa/press/news?lang=en";

fn s3(en: &str, ru: &str, kk: &str) -> [String; 3] {
    [en.to_string(), ru.to_string(), kk.to_string()]
}

/// Orders participants as the body list does and drops repeats.
fn tidy(mut bodies: Vec<&'static str>) -> Vec<&'static str> {
    let rank = |id: &str| {
        BODIES
            .iter()
            .position(|row| row.0 == id)
            .expect("known body")
    };
    bodies.sort_by_key(|id| rank(id));
    bodies.dedup();
    bodies
}

/// Topics of the 2013 meetings: date, topic (en, ru, kk), themes, count.
const MEETINGS_2013: [(&str, [&str; 3], &[&str], usize); 6] = [
    (
        "2013-02-27",
        ["Democratic development: political parties, elections and civil society", "Демократическое развитие: политические партии, выборы и гражданское общество", "Демократиялық даму: саяси партиялар, сайлау және азаматтық қоғам"],
        &["elections", "ngo", "media", "assembly"],
        24,
    ),
    (
        "2013-04-18",
        ["Rule of law and access to justice", "Верховенство закона и доступ к правосудию", "Заңның үстемдігі және сот төрелігіне қол жеткізу"],
        &["access", "procedure", "intl"],
        27,
    ),
    (
        "2013-05-30",
        ["Freedom of conscience and freedom of movement", "Свобода совести и свобода передвижения", "Ар-ождан бостандығы және жүріп-тұру бостандығы"],
        &["religion", "movement", "migrants"],
        26,
    ),
    (
        "2013-07-11",
        ["Criminal law: the death penalty, counter-terrorism and penal policy", "Уголовное право: смертная казнь, противодействие терроризму и уголовно-исполнительная политика", "Қылмыстық құқық: өлім жазасы, терроризмге қарсы іс-қимыл және қылмыстық-атқару саясаты"],
        &["death_penalty", "terrorism", "penal", "procedure"],
        29,
    ),
    (
        "2013-09-26",
        ["Prevention of torture and conditions of detention", "Предупреждение пыток и условия содержания", "Азаптаудың алдын алу және ұстау жағдайлары"],
        &["torture", "detention", "medical"],
        25,
    ),
    (
        "2013-11-21",
        ["Equality, women's rights and the rights of migrant workers", "Равенство, права женщин и права трудящихся-мигрантов", "Теңдік, әйелдердің құқықтары және еңбекші-көшіп келушілердің құқықтары"],
        &["discrimination", "women", "trafficking", "migrants"],
        26,
    ),
];

/// Topics of the illustrative sessions: topic (en, ru, kk) and themes.
const TOPICS: &[([&str; 3], &[&str])] = &[
    (
        [
            "Freedom of religion and belief",
            "Свобода вероисповедания",
            "Діни сенім бостандығы",
        ],
        &["religion"],
    ),
    (
        [
            "Prevention of torture and ill-treatment",
            "Предупреждение пыток и жестокого обращения",
            "Азаптау мен қатыгез қарым-қатынастың алдын алу",
        ],
        &["torture", "detention"],
    ),
    (
        [
            "Criminal justice reform",
            "Реформа уголовного правосудия",
            "Қылмыстық сот төрелігі реформасы",
        ],
        &["procedure", "penal", "death_penalty"],
    ),
    (
        [
            "Freedom of expression and access to information",
            "Свобода выражения мнений и доступ к информации",
            "Пікір білдіру бостандығы және ақпаратқа қол жеткізу",
        ],
        &["media"],
    ),
    (
        [
            "Freedom of peaceful assembly",
            "Свобода мирных собраний",
            "Бейбіт жиналыстар бостандығы",
        ],
        &["assembly"],
    ),
    (
        [
            "Civil society and non-commercial organisations",
            "Гражданское общество и некоммерческие организации",
            "Азаматтық қоғам және коммерциялық емес ұйымдар",
        ],
        &["ngo"],
    ),
    (
        [
            "Electoral legislation and political participation",
            "Избирательное законодательство и политическое участие",
            "Сайлау заңнамасы және саяси қатысу",
        ],
        &["elections"],
    ),
    (
        [
            "Gender equality and violence against women",
            "Гендерное равенство и насилие в отношении женщин",
            "Гендерлік теңдік және әйелдерге қатысты зорлық-зомбылық",
        ],
        &["women"],
    ),
    (
        [
            "Combating trafficking in human beings",
            "Противодействие торговле людьми",
            "Адам саудасына қарсы іс-қимыл",
        ],
        &["trafficking", "migrants"],
    ),
    (
        [
            "Rights of migrant workers and refugees",
            "Права трудящихся-мигрантов и беженцев",
            "Еңбекші-көшіп келушілер мен босқындардың құқықтары",
        ],
        &["migrants", "movement"],
    ),
    (
        [
            "Access to justice and independence of the judiciary",
            "Доступ к правосудию и независимость судебной власти",
            "Сот төрелігіне қол жеткізу және сот билігінің тәуелсіздігі",
        ],
        &["access"],
    ),
    (
        [
            "Equality and non-discrimination",
            "Равенство и недискриминация",
            "Теңдік және кемсітпеушілік",
        ],
        &["discrimination"],
    ),
    (
        [
            "Penal enforcement and resocialisation",
            "Уголовно-исполнительная система и ресоциализация",
            "Қылмыстық-атқару жүйесі және ресоциализация",
        ],
        &["penal", "detention"],
    ),
    (
        [
            "Health care in closed institutions",
            "Медицинская помощь в закрытых учреждениях",
            "Жабық мекемелердегі медициналық көмек",
        ],
        &["medical", "detention"],
    ),
    (
        [
            "Implementation of UN treaty body and UPR recommendations",
            "Выполнение рекомендаций договорных органов ООН и УПО",
            "БҰҰ шарттық органдары мен ЖМШ ұсынымдарын орындау",
        ],
        &["intl"],
    ),
    (
        [
            "Counter-terrorism legislation and human rights",
            "Антитеррористическое законодательство и права человека",
            "Терроризмге қарсы заңнама және адам құқықтары",
        ],
        &["terrorism"],
    ),
    (
        [
            "Freedom of movement and registration at the place of residence",
            "Свобода передвижения и регистрация по месту жительства",
            "Жүріп-тұру бостандығы және тұрғылықты жері бойынша тіркеу",
        ],
        &["movement"],
    ),
    (
        [
            "Women in places of detention",
            "Женщины в местах лишения свободы",
            "Бас бостандығынан айыру орындарындағы әйелдер",
        ],
        &["women_closed", "women"],
    ),
];

fn astana() -> [String; 3] {
    s3("Astana", "Астана", "Астана")
}

pub fn location(format: &str) -> [String; 3] {
    if format == "online" {
        s3("Online", "Онлайн", "Онлайн")
    } else {
        astana()
    }
}

/// Every session of the demo, oldest first.
pub fn sessions(rng: &mut Rng) -> Vec<Session> {
    let mut out = reported();
    out.extend(illustrative(rng, &out));
    out.sort_by_key(|a| a.day);
    out
}

/// The sessions that public reports describe.
fn reported() -> Vec<Session> {
    let mut out = vec![
        Session {
            id: "2009-05".into(),
            date: "2009-05".into(),
            day: Day::ymd(2009, 5, 1),
            kind: "plan",
            title: s3(
                "Adoption of the National Human Rights Action Plan 2009–2012",
                "Принятие Национального плана действий в области прав человека на 2009–2012 годы",
                "Адам құқықтары саласындағы 2009–2012 жылдарға арналған ұлттық іс-қимыл жоспарының қабылдануы",
            ),
            format: "in_person",
            chair: None,
            participants: tidy(vec!["hrc", "government", "mfa", "moj", "gpo", "mia", "ombudsman", "undp", "osce"]),
            themes: vec!["access", "procedure", "torture", "detention", "media", "religion", "discrimination", "women"],
            summary: s3(
                "The Plan, overseen by the Human Rights Commission under the President (23 members; secretary Tastemir Abishev), sets out the measures of state bodies for 2009–2012. Its measures appear here as recommendations taken into the Plan.",
                "План, за выполнением которого следит Комиссия по правам человека при Президенте (23 члена; секретарь — Тастемир Абишев), определяет меры государственных органов на 2009–2012 годы. Его меры приведены здесь как рекомендации, включённые в План.",
                "Орындалуын Президент жанындағы Адам құқықтары жөніндегі комиссия (23 мүше; хатшысы — Тастемір Әбішев) қадағалайтын Жоспар мемлекеттік органдардың 2009–2012 жылдарға арналған шараларын белгілейді. Оның шаралары мұнда Жоспарға енгізілген ұсынымдар ретінде берілген.",
            ),
            url: None,
            output: Output::Plan(60),
        },
        Session {
            id: "2011-01".into(),
            date: "2011-01-10".into(),
            day: Day::parse("2011-01-10"),
            kind: "review",
            title: s3(
                "Status report on the National Human Rights Action Plan 2009–2012",
                "Отчёт о ходе выполнения Национального плана действий в области прав человека на 2009–2012 годы",
                "Адам құқықтары саласындағы 2009–2012 жылдарға арналған ұлттық іс-қимыл жоспарының орындалу барысы туралы есеп",
            ),
            format: "in_person",
            chair: None,
            participants: tidy(vec!["hrc", "mfa", "moj", "gpo", "mia", "ombudsman", "kibhr", "undp", "osce"]),
            themes: vec!["access", "torture", "women"],
            summary: s3(
                "About 40 % of the Plan's recommendations had been implemented in practice by this date. The remaining measures stay in the work of state bodies until the end of 2012.",
                "К этой дате на практике выполнено около 40 % рекомендаций Плана. Остальные меры остаются в работе государственных органов до конца 2012 года.",
                "Осы күнге дейін Жоспар ұсынымдарының шамамен 40 %-ы іс жүзінде орындалды. Қалған шаралар 2012 жылдың соңына дейін мемлекеттік органдардың жұмысында қалады.",
            ),
            url: None,
            output: Output::Regular(3),
        },
    ];
    for (date, [en, ru, kk], themes, count) in MEETINGS_2013 {
        let day = Day::parse(date);
        let mut participants = vec![
            "mfa",
            "parliament",
            "mazhilis",
            "ombudsman",
            "kibhr",
            "lprc",
            "ngos",
            "osce",
            "undp",
            "eu",
            "usaid",
        ];
        participants.extend(addressees_of(themes, 3));
        out.push(Session {
            id: date[..7].to_string(),
            date: date.to_string(),
            day,
            kind: "specialised",
            title: [
                format!("Specialised meeting of the Coordination Consultation Conference: {en}"),
                format!("Специализированное заседание Координационно-консультативной конференции: {ru}"),
                format!("Үйлестіру-консультативтік конференцияның мамандандырылған отырысы: {kk}"),
            ],
            format: "in_person",
            chair: None,
            participants: tidy(participants),
            themes: themes.to_vec(),
            summary: [
                format!("One of six specialised meetings held in 2013 on democratic development, the rule of law, and human rights and freedoms; together the six meetings made 157 recommendations. This meeting made {count}."),
                format!("Одно из шести специализированных заседаний 2013 года по вопросам демократического развития, верховенства закона, прав и свобод человека; всего на шести заседаниях выработано 157 рекомендаций. На этом заседании — {count}."),
                format!("2013 жылы демократиялық даму, заңның үстемдігі, адам құқықтары мен бостандықтары мәселелері бойынша өткен алты мамандандырылған отырыстың бірі; алты отырыста барлығы 157 ұсыным әзірленді. Бұл отырыста {count} ұсыным қабылданды."),
            ],
            url: None,
            output: Output::Meeting2013(count),
        });
    }
    out.push(Session {
        id: "2014-01".into(),
        date: "2014-01-14".into(),
        day: Day::parse("2014-01-14"),
        kind: "plenary",
        title: s3(
            "Meeting summarising the work of the Conference in 2013",
            "Заседание по итогам работы Конференции в 2013 году",
            "Конференцияның 2013 жылғы жұмысының қорытындысы бойынша отырыс",
        ),
        format: "in_person",
        chair: Some(["Erlan Idrissov, Minister of Foreign Affairs", "Ерлан Идрисов, министр иностранных дел", "Ерлан Ыдырысов, Сыртқы істер министрі"]),
        participants: tidy(vec!["mfa", "parliament", "mazhilis", "senate", "gpo", "mia", "moj", "mci", "ombudsman", "kibhr", "lprc", "ngos", "undp", "ohchr", "osce", "eu", "usaid"]),
        themes: vec!["death_penalty", "terrorism", "movement", "religion", "migrants"],
        summary: s3(
            "Opened by the Minister of Foreign Affairs. More than half of the 157 recommendations made in 2013 had been accepted by executive bodies and Parliament; the rest are to be developed in 2014. Participants raised the abolition of the death penalty, a more precise definition of terrorism, local registration and freedom of movement, the freedom of religious associations and accession to the Migrant Workers Convention, and adopted the plans for 2014.",
            "Заседание открыл министр иностранных дел. Более половины из 157 рекомендаций 2013 года приняты исполнительными органами и Парламентом; остальные будут проработаны в 2014 году. Участники подняли вопросы отмены смертной казни, более точного определения терроризма, регистрации по месту жительства и свободы передвижения, свободы религиозных объединений и присоединения к Конвенции о защите прав трудящихся-мигрантов, а также утвердили планы на 2014 год.",
            "Отырысты Сыртқы істер министрі ашты. 2013 жылғы 157 ұсынымның жартысынан астамын атқарушы органдар мен Парламент қабылдады; қалғандары 2014 жылы пысықталады. Қатысушылар өлім жазасын жою, терроризмге неғұрлым нақты анықтама беру, тұрғылықты жері бойынша тіркеу және жүріп-тұру бостандығы, діни бірлестіктердің бостандығы және Еңбекші-көшіп келушілердің құқықтарын қорғау туралы конвенцияға қосылу мәселелерін көтеріп, 2014 жылға арналған жоспарларды бекітті.",
        ),
        url: Some(MFA_NEWS),
        output: Output::Summary2014,
    });
    out.push(Session {
        id: "2021-10".into(),
        date: "2021-10-22".into(),
        day: Day::parse("2021-10-22"),
        kind: "plenary",
        title: s3(
            "Meeting of the Dialogue Platform on the empowerment of women and girls",
            "Заседание Диалоговой площадки по расширению прав и возможностей женщин и девочек",
            "Әйелдер мен қыздардың құқықтары мен мүмкіндіктерін кеңейту жөніндегі Диалогтық алаң отырысы",
        ),
        format: "online",
        chair: Some(["Usen Suleimen, Ambassador-at-Large", "Усен Сулеймен, посол по особым поручениям", "Үсен Сүлеймен, Ерекше тапсырмалар жөніндегі елші"]),
        participants: tidy(vec!["mfa", "mazhilis", "gpo", "mia", "mlsp", "moj", "ombudsman", "kibhr", "ngo_torture", "ngos", "un_women", "undp", "osce", "eu"]),
        themes: vec!["women", "trafficking", "torture", "procedure", "penal"],
        summary: s3(
            "Agenda: empowerment of women and girls; KIBHR's analysis of the body's recommendations of 2013–2021; interim results of the Plan of Priority Measures in the Field of Human Rights to the end of 2021; human trafficking, torture, criminal procedure and penal enforcement law; a UN Women report on the Concept of Family and Gender Policy to 2030.",
            "Повестка: расширение прав и возможностей женщин и девочек; анализ рекомендаций площадки за 2013–2021 годы, подготовленный КМБПЧ; промежуточные итоги Плана первоочередных мер в области прав человека до конца 2021 года; торговля людьми, пытки, уголовно-процессуальное и уголовно-исполнительное законодательство; доклад структуры «ООН-женщины» о Концепции семейной и гендерной политики до 2030 года.",
            "Күн тәртібі: әйелдер мен қыздардың құқықтары мен мүмкіндіктерін кеңейту; КМБПЧ дайындаған алаңның 2013–2021 жылдардағы ұсынымдарына талдау; Адам құқықтары саласындағы бірінші кезектегі шаралар жоспарының 2021 жылдың соңына дейінгі аралық қорытындылары; адам саудасы, азаптау, қылмыстық іс жүргізу және қылмыстық-атқару заңнамасы; БҰҰ Әйелдер ұйымының 2030 жылға дейінгі Отбасылық және гендерлік саясат тұжырымдамасы туралы баяндамасы.",
        ),
        url: Some(MFA_NEWS),
        output: Output::Online2021,
    });
    out.push(Session {
        id: "2023-12".into(),
        date: "2023-12-14".into(),
        day: Day::parse("2023-12-14"),
        kind: "plenary",
        title: s3("Concluding meeting of 2023", "Итоговое заседание 2023 года", "2023 жылғы қорытынды отырыс"),
        format: "in_person",
        chair: Some(["Roman Vassilenko, Deputy Minister of Foreign Affairs", "Роман Василенко, заместитель министра иностранных дел", "Роман Василенко, Сыртқы істер министрінің орынбасары"]),
        participants: tidy(vec!["mfa", "mazhilis", "senate", "gpo", "mia", "moh", "moj", "ombudsman", "npm", "kibhr", "ngo_torture", "ngos", "undp", "ohchr", "osce", "eu"]),
        themes: vec!["torture", "detention", "medical"],
        summary: s3(
            "Measures against torture: investigations of torture are now the exclusive jurisdiction of the prosecutor's office, the maximum penalty for torture has been raised to 12 years, medical care for detainees has moved from the Ministry of Internal Affairs to the Ministry of Health, and penitentiary institutions are under continuous video surveillance. 76 major legislative initiatives implementing civil-sector proposals made on the platform are under consideration by state bodies. NPM member B. Zhakaev proposed a codified law with one standard of detention conditions for all institutions. The Work Plan for 2024 was approved.",
            "Меры против пыток: расследование пыток отнесено к исключительной подследственности органов прокуратуры, максимальное наказание за пытки увеличено до 12 лет, медицинское обслуживание содержащихся под стражей передано из МВД в Министерство здравоохранения, в пенитенциарных учреждениях ведётся непрерывное видеонаблюдение. 76 крупных законодательных инициатив, реализующих предложения гражданского сектора, выдвинутые на площадке, находятся на рассмотрении государственных органов. Член НПМ Б. Жакаев предложил принять кодифицированный закон с единым стандартом условий содержания для всех учреждений. Утверждён План работы на 2024 год.",
            "Азаптауға қарсы шаралар: азаптау туралы істерді тергеу тек прокуратура органдарының қарауына берілді, азаптау үшін ең ауыр жаза 12 жылға дейін көтерілді, күзетпен ұсталғандарға медициналық қызмет көрсету Ішкі істер министрлігінен Денсаулық сақтау министрлігіне берілді, пенитенциарлық мекемелерде үздіксіз бейнебақылау жүргізіледі. Алаңда ұсынылған азаматтық сектор ұсыныстарын іске асыратын 76 ірі заңнамалық бастама мемлекеттік органдардың қарауында. ҰАТ мүшесі Б. Жақаев барлық мекемелер үшін ұстау жағдайларының бірыңғай стандарты бар кодификацияланған заң қабылдауды ұсынды. 2024 жылға арналған жұмыс жоспары бекітілді.",
        ),
        url: Some(MFA_NEWS),
        output: Output::Concluding2023,
    });
    out.push(Session {
        id: "2024-12".into(),
        date: "2024-12-10".into(),
        day: Day::parse("2024-12-10"),
        kind: "conference",
        title: s3(
            "Conference “Protection of Human Rights in the Republic of Kazakhstan: Challenges and Prospects”",
            "Конференция «Защита прав человека в Республике Казахстан: вызовы и перспективы»",
            "«Қазақстан Республикасында адам құқықтарын қорғау: сын-қатерлер мен болашағы» конференциясы",
        ),
        format: "in_person",
        chair: Some(["Artur Lastaev, Commissioner for Human Rights", "Артур Ластаев, Уполномоченный по правам человека", "Артур Ластаев, Адам құқықтары жөніндегі уәкіл"]),
        participants: tidy(vec!["ombudsman", "undp", "hrc", "gpo", "mfa", "mci", "moh", "mia", "mazhilis", "npm", "nchr", "kibhr", "ngo_torture", "ngos", "ohchr", "osce", "eu", "un_women"]),
        themes: vec!["discrimination", "torture", "women_closed", "medical", "intl"],
        summary: s3(
            "Organised by the Commissioner for Human Rights with UNDP, the Human Rights Commission under the President, the Prosecutor General's Office, the MFA and the Ministry of Culture and Information, on the Action Plan for Human Rights and the Rule of Law (2023). Sections: combating discrimination; prevention of torture and ill-treatment; women serving sentences and prevention of sexual and gender-based violence in closed institutions; medical support in closed institutions; transposition of international standards into national legislation. Proposals included wider powers for the National Preventive Mechanism and rehabilitation programmes for women who have served sentences.",
            "Организована Уполномоченным по правам человека совместно с ПРООН, Комиссией по правам человека при Президенте, Генеральной прокуратурой, МИД и Министерством культуры и информации и посвящена Плану действий в области прав человека и верховенства закона (2023). Секции: противодействие дискриминации; предупреждение пыток и жестокого обращения; женщины, отбывающие наказание, и предупреждение сексуального и гендерного насилия в закрытых учреждениях; медицинское обеспечение в закрытых учреждениях; имплементация международных стандартов в национальное законодательство. Среди предложений — расширение полномочий национального превентивного механизма и программы реабилитации для женщин, отбывших наказание.",
            "Конференцияны Адам құқықтары жөніндегі уәкіл БҰҰДБ, Президент жанындағы Адам құқықтары жөніндегі комиссия, Бас прокуратура, СІМ және Мәдениет және ақпарат министрлігімен бірлесіп ұйымдастырды; ол Адам құқықтары және заңның үстемдігі саласындағы іс-қимыл жоспарына (2023) арналды. Секциялар: кемсітушілікке қарсы іс-қимыл; азаптау мен қатыгез қарым-қатынастың алдын алу; жаза өтеп жүрген әйелдер және жабық мекемелердегі жыныстық және гендерлік зорлық-зомбылықтың алдын алу; жабық мекемелердегі медициналық қамтамасыз ету; халықаралық стандарттарды ұлттық заңнамаға енгізу. Ұсыныстар арасында ұлттық алдын алу тетігінің өкілеттіктерін кеңейту және жазасын өтеген әйелдерге арналған оңалту бағдарламалары бар.",
        ),
        url: None,
        output: Output::Conference2024,
    });
    out
}

/// The state bodies most often addressed by templates on `themes`.
fn addressees_of(themes: &[&str], limit: usize) -> Vec<&'static str> {
    let mut counts: Vec<(&'static str, usize)> = Vec::new();
    for template in TEMPLATES
        .iter()
        .filter(|t| t.themes.iter().any(|th| themes.contains(th)))
    {
        for body in template.to {
            match counts.iter_mut().find(|(id, _)| id == body) {
                Some((_, n)) => *n += 1,
                None => counts.push((body, 1)),
            }
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    counts.into_iter().take(limit).map(|(id, _)| id).collect()
}

/// Roughly quarterly plenary sessions from 2014 to spring 2025, with working
/// inter-sessions from 2015, around the reported ones.
fn illustrative(rng: &mut Rng, reported: &[Session]) -> Vec<Session> {
    let mut taken: Vec<String> = reported.iter().map(|s| s.id.clone()).collect();
    let mut topics: Vec<usize> = Vec::new();
    let mut out = Vec::new();
    let online_from = Day::parse("2020-03-16");
    let hybrid_from = Day::parse("2022-01-01");
    let in_person_from = Day::parse("2023-01-01");
    for year in 2014..=2025 {
        let mut slots: Vec<(i64, bool)> = vec![(3, false), (6, false), (9, false), (12, false)];
        if year >= 2015 {
            slots.push((4, true));
            if rng.chance(0.6) {
                slots.push((10, true));
            }
        }
        if year == 2025 {
            slots.retain(|(month, _)| *month <= 4);
        }
        slots.sort();
        for (month, working) in slots {
            let id = format!("{year}-{month:02}");
            // A reported session in the same quarter replaces the plenary.
            let quarter = |m: i64| (m - 1) / 3;
            let clash = reported.iter().any(|s| {
                let (y, m, _) = s.day.civil();
                y == year && (quarter(m) == quarter(month) && !working || m == month)
            });
            if clash || taken.contains(&id) {
                continue;
            }
            taken.push(id.clone());
            let day = Day::between(rng, Day::ymd(year, month, 4), Day::ymd(year, month, 26));
            // Not on a Monday: the week's preparations come first.
            let day = if day.weekday() == 0 {
                day.plus(1).workday()
            } else {
                day
            };
            if topics.is_empty() {
                topics = (0..TOPICS.len()).collect();
                rng.shuffle(&mut topics);
            }
            let ([en, ru, kk], themes) = TOPICS[topics.pop().expect("refilled")];
            let format = if day < online_from {
                "in_person"
            } else if day < hybrid_from {
                "online"
            } else if day < in_person_from || working {
                "hybrid"
            } else {
                "in_person"
            };
            let count = if working {
                if rng.chance(0.4) {
                    0
                } else {
                    rng.range(1, 4) as usize
                }
            } else {
                rng.range(3, 11) as usize
            };
            let mut participants = vec!["mfa", "ombudsman", "kibhr", "ngos"];
            if !working {
                participants.extend(["mazhilis", "gpo"]);
                let partners: [&str; 5] = ["undp", "osce", "eu", "ohchr", "usaid"];
                for _ in 0..rng.range(1, 3) {
                    participants.push(*rng.pick(&partners));
                }
            }
            if rng.chance(0.5) {
                participants.push("lprc");
            }
            if themes
                .iter()
                .any(|t| ["torture", "detention", "medical", "women_closed"].contains(t))
            {
                participants.extend(["npm", "ngo_torture"]);
            }
            if themes.contains(&"women") {
                participants.push("un_women");
            }
            if themes
                .iter()
                .any(|t| ["trafficking", "migrants"].contains(t))
            {
                participants.push("iom");
            }
            participants.extend(addressees_of(themes, if working { 2 } else { 3 }));
            if year < 2014 || day < Day::parse("2014-01-01") {
                participants.retain(|p| *p != "npm");
            }
            let (title, summary) = if working {
                let mut summary = [
                    format!("Working inter-session of experts and NGOs preparing draft recommendations on “{en}”."),
                    format!("Рабочая межсессионная встреча экспертов и НПО по подготовке проектов рекомендаций на тему «{ru}»."),
                    format!("Сарапшылар мен ҮЕҰ-лардың «{kk}» тақырыбы бойынша ұсыным жобаларын дайындау жөніндегі сессияаралық жұмыс кездесуі."),
                ];
                if count > 0 {
                    summary[0].push_str(&format!(" Recommendations agreed: {count}."));
                    summary[1].push_str(&format!(" Согласовано рекомендаций: {count}."));
                    summary[2].push_str(&format!(" {count} ұсыным келісілді."));
                }
                (
                    [
                        format!("Working inter-session: {en}"),
                        format!("Рабочая межсессионная встреча: {ru}"),
                        format!("Сессияаралық жұмыс кездесуі: {kk}"),
                    ],
                    summary,
                )
            } else {
                (
                    [
                        format!("Dialogue Platform session: {en}"),
                        format!("Заседание Диалоговой площадки: {ru}"),
                        format!("Диалогтық алаң отырысы: {kk}"),
                    ],
                    [
                        format!("Participants discussed “{en}” and made recommendations to state bodies and Parliament (in all: {count})."),
                        format!("Участники обсудили тему «{ru}» и выработали рекомендации государственным органам и Парламенту (всего: {count})."),
                        format!("Қатысушылар «{kk}» тақырыбын талқылап, мемлекеттік органдар мен Парламентке {count} ұсыным әзірледі."),
                    ],
                )
            };
            out.push(Session {
                id,
                date: day.to_string(),
                day,
                kind: if working { "working" } else { "plenary" },
                title,
                format,
                chair: None,
                participants: tidy(participants),
                themes: themes.to_vec(),
                summary,
                url: None,
                output: Output::Regular(count),
            });
        }
    }
    out
}
