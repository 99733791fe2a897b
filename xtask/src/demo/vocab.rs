//! The vocabularies of the demo: statuses, themes, bodies and plans.

use serde_json::{json, Value};

use super::t;

/// Status id, stage, colour, name (en, ru, kk). The colours follow the
/// Okabe–Ito palette, which stays distinct under the common colour-vision
/// deficiencies.
const STATUSES: [(&str, &str, &str, [&str; 3]); 7] = [
    (
        "under_consideration",
        "pending",
        "#9aa5b1",
        ["Under consideration", "На рассмотрении", "Қаралуда"],
    ),
    (
        "accepted",
        "accepted",
        "#0072b2",
        ["Accepted", "Принята", "Қабылданды"],
    ),
    (
        "partially_accepted",
        "accepted",
        "#56b4e9",
        [
            "Partially accepted",
            "Принята частично",
            "Ішінара қабылданды",
        ],
    ),
    (
        "in_progress",
        "in_progress",
        "#e69f00",
        ["In progress", "Выполняется", "Орындалуда"],
    ),
    (
        "implemented",
        "implemented",
        "#009e73",
        ["Implemented", "Выполнена", "Орындалды"],
    ),
    (
        "noted",
        "declined",
        "#cc79a7",
        ["Noted", "Принята к сведению", "Назарға алынды"],
    ),
    (
        "rejected",
        "declined",
        "#d55e00",
        ["Rejected", "Отклонена", "Қабылданбады"],
    ),
];

pub fn statuses() -> Value {
    STATUSES
        .iter()
        .map(|(id, stage, color, [en, ru, kk])| {
            json!({"id": id, "name": t(en, ru, kk), "stage": stage, "color": color})
        })
        .collect()
}

/// Theme id, parent, name (en, ru, kk). Parents come before their children.
pub const THEMES: &[(&str, Option<&str>, [&str; 3])] = &[
    ("democracy", None, ["Democratic development", "Демократическое развитие", "Демократиялық даму"]),
    ("elections", Some("democracy"), ["Elections and political participation", "Выборы и политическое участие", "Сайлау және саяси қатысу"]),
    ("media", Some("democracy"), ["Freedom of expression and media", "Свобода выражения мнений и СМИ", "Сөз бостандығы және БАҚ"]),
    ("assembly", Some("democracy"), ["Freedom of peaceful assembly", "Свобода мирных собраний", "Бейбіт жиналыстар бостандығы"]),
    ("ngo", Some("democracy"), ["Civil society and associations", "Гражданское общество и объединения", "Азаматтық қоғам және бірлестіктер"]),
    ("justice", None, ["Rule of law and justice", "Верховенство закона и правосудие", "Заңның үстемдігі және сот төрелігі"]),
    ("access", Some("justice"), ["Access to justice", "Доступ к правосудию", "Сот төрелігіне қол жеткізу"]),
    ("procedure", Some("justice"), ["Criminal procedure", "Уголовный процесс", "Қылмыстық процесс"]),
    ("death_penalty", Some("justice"), ["Death penalty", "Смертная казнь", "Өлім жазасы"]),
    ("terrorism", Some("justice"), ["Terrorism and extremism law", "Законодательство о терроризме и экстремизме", "Терроризм және экстремизм туралы заңнама"]),
    ("penal", Some("justice"), ["Penal enforcement law", "Уголовно-исполнительное право", "Қылмыстық-атқару құқығы"]),
    ("freedoms", None, ["Civil freedoms", "Гражданские свободы", "Азаматтық бостандықтар"]),
    ("religion", Some("freedoms"), ["Freedom of religion", "Свобода вероисповедания", "Діни сенім бостандығы"]),
    ("movement", Some("freedoms"), ["Freedom of movement (local registration)", "Свобода передвижения (регистрация по месту жительства)", "Жүріп-тұру бостандығы (тұрғылықты жері бойынша тіркеу)"]),
    ("equality", None, ["Equality and vulnerable groups", "Равенство и уязвимые группы", "Теңдік және осал топтар"]),
    ("discrimination", Some("equality"), ["Combating discrimination", "Противодействие дискриминации", "Кемсітушілікке қарсы іс-қимыл"]),
    ("women", Some("equality"), ["Women and girls, gender equality", "Женщины и девочки, гендерное равенство", "Әйелдер мен қыздар, гендерлік теңдік"]),
    ("trafficking", Some("equality"), ["Human trafficking", "Торговля людьми", "Адам саудасы"]),
    ("migrants", Some("equality"), ["Migrant workers", "Трудящиеся-мигранты", "Еңбекші-көшіп келушілер"]),
    ("closed", None, ["Closed institutions", "Закрытые учреждения", "Жабық мекемелер"]),
    ("torture", Some("closed"), ["Prevention of torture and ill-treatment", "Предупреждение пыток и жестокого обращения", "Азаптау мен қатыгез қарым-қатынастың алдын алу"]),
    ("detention", Some("closed"), ["Conditions of detention", "Условия содержания", "Ұстау жағдайлары"]),
    ("medical", Some("closed"), ["Medical support in closed institutions", "Медицинское обеспечение в закрытых учреждениях", "Жабық мекемелердегі медициналық қамтамасыз ету"]),
    ("women_closed", Some("closed"), ["Women serving sentences; preventing sexual and gender-based violence in closed institutions", "Женщины, отбывающие наказание; предупреждение сексуального и гендерного насилия в закрытых учреждениях", "Жаза өтеп жүрген әйелдер; жабық мекемелердегі жыныстық және гендерлік зорлық-зомбылықтың алдын алу"]),
    ("intl", None, ["Transposition of international standards", "Имплементация международных стандартов", "Халықаралық стандарттарды ұлттық заңнамаға енгізу"]),
];

pub fn themes() -> Value {
    THEMES
        .iter()
        .map(|(id, parent, [en, ru, kk])| {
            let mut theme = json!({"id": id, "name": t(en, ru, kk)});
            if let Some(parent) = parent {
                theme["parent"] = json!(parent);
            }
            theme
        })
        .collect()
}

/// Body id, kind, name (en, ru, kk), short name (en, ru, kk).
type BodyRow = (
    &'static str,
    &'static str,
    [&'static str; 3],
    Option<[&'static str; 3]>,
);

pub const BODIES: &[BodyRow] = &[
    (
        "mfa",
        "government",
        [
            "Ministry of Foreign Affairs",
            "Министерство иностранных дел",
            "Сыртқы істер министрлігі",
        ],
        Some(["MFA", "МИД", "СІМ"]),
    ),
    (
        "government",
        "government",
        [
            "Government of the Republic of Kazakhstan",
            "Правительство Республики Казахстан",
            "Қазақстан Республикасының Үкіметі",
        ],
        None,
    ),
    (
        "mia",
        "government",
        [
            "Ministry of Internal Affairs",
            "Министерство внутренних дел",
            "Ішкі істер министрлігі",
        ],
        Some(["MIA", "МВД", "ІІМ"]),
    ),
    (
        "moh",
        "government",
        [
            "Ministry of Health",
            "Министерство здравоохранения",
            "Денсаулық сақтау министрлігі",
        ],
        Some(["MoH", "МЗ", "ДСМ"]),
    ),
    (
        "moj",
        "government",
        [
            "Ministry of Justice",
            "Министерство юстиции",
            "Әділет министрлігі",
        ],
        Some(["MoJ", "МЮ", "ӘМ"]),
    ),
    (
        "mlsp",
        "government",
        [
            "Ministry of Labour and Social Protection of the Population",
            "Министерство труда и социальной защиты населения",
            "Еңбек және халықты әлеуметтік қорғау министрлігі",
        ],
        Some(["MLSPP", "МТСЗН", "ЕХӘҚМ"]),
    ),
    (
        "mci",
        "government",
        [
            "Ministry of Culture and Information",
            "Министерство культуры и информации",
            "Мәдениет және ақпарат министрлігі",
        ],
        Some(["MCI", "МКИ", "МАМ"]),
    ),
    (
        "hrc",
        "government",
        [
            "Human Rights Commission under the President",
            "Комиссия по правам человека при Президенте Республики Казахстан",
            "Қазақстан Республикасы Президентінің жанындағы Адам құқықтары жөніндегі комиссия",
        ],
        None,
    ),
    (
        "cec",
        "other",
        [
            "Central Election Commission",
            "Центральная избирательная комиссия",
            "Орталық сайлау комиссиясы",
        ],
        Some(["CEC", "ЦИК", "ОСК"]),
    ),
    (
        "parliament",
        "parliament",
        [
            "Parliament of the Republic of Kazakhstan",
            "Парламент Республики Казахстан",
            "Қазақстан Республикасының Парламенті",
        ],
        None,
    ),
    (
        "mazhilis",
        "parliament",
        [
            "Mazhilis of the Parliament",
            "Мажилис Парламента",
            "Парламент Мәжілісі",
        ],
        None,
    ),
    (
        "senate",
        "parliament",
        [
            "Senate of the Parliament",
            "Сенат Парламента",
            "Парламент Сенаты",
        ],
        None,
    ),
    (
        "gpo",
        "prosecution",
        [
            "Prosecutor General's Office",
            "Генеральная прокуратура",
            "Бас прокуратура",
        ],
        Some(["GPO", "ГП", "БП"]),
    ),
    (
        "supreme_court",
        "judiciary",
        ["Supreme Court", "Верховный Суд", "Жоғарғы Сот"],
        None,
    ),
    (
        "constitutional",
        "judiciary",
        [
            "Constitutional Court (Constitutional Council until 2023)",
            "Конституционный Суд (до 2023 года — Конституционный Совет)",
            "Конституциялық Сот (2023 жылға дейін — Конституциялық Кеңес)",
        ],
        None,
    ),
    (
        "ombudsman",
        "ombudsman",
        [
            "Commissioner for Human Rights (Ombudsman)",
            "Уполномоченный по правам человека",
            "Адам құқықтары жөніндегі уәкіл",
        ],
        None,
    ),
    (
        "nchr",
        "ombudsman",
        [
            "National Centre for Human Rights",
            "Национальный центр по правам человека",
            "Адам құқықтары жөніндегі ұлттық орталық",
        ],
        None,
    ),
    (
        "npm",
        "ombudsman",
        [
            "National Preventive Mechanism",
            "Национальный превентивный механизм",
            "Ұлттық алдын алу тетігі",
        ],
        Some(["NPM", "НПМ", "ҰАТ"]),
    ),
    (
        "kibhr",
        "civil_society",
        [
            "Kazakhstan International Bureau for Human Rights and Rule of Law",
            "Казахстанское международное бюро по правам человека и соблюдению законности",
            "Адам құқықтары және заңдылықты сақтау жөніндегі Қазақстан халықаралық бюросы",
        ],
        Some(["KIBHR", "КМБПЧ", "КМБПЧ"]),
    ),
    (
        "ngo_torture",
        "civil_society",
        [
            "Coalition of NGOs of Kazakhstan against Torture",
            "Коалиция НПО Казахстана против пыток",
            "Қазақстанның азаптауға қарсы ҮЕҰ коалициясы",
        ],
        None,
    ),
    (
        "lprc",
        "civil_society",
        [
            "Legal Policy Research Centre",
            "Центр исследования правовой политики",
            "Құқықтық саясатты зерттеу орталығы",
        ],
        None,
    ),
    (
        "ngos",
        "civil_society",
        [
            "Other human rights NGOs",
            "Другие правозащитные НПО",
            "Басқа құқық қорғау ҮЕҰ-лары",
        ],
        None,
    ),
    (
        "undp",
        "international",
        [
            "United Nations Development Programme",
            "Программа развития ООН",
            "БҰҰ Даму бағдарламасы",
        ],
        Some(["UNDP", "ПРООН", "БҰҰДБ"]),
    ),
    (
        "ohchr",
        "international",
        [
            "Office of the UN High Commissioner for Human Rights",
            "Управление Верховного комиссара ООН по правам человека",
            "БҰҰ-ның Адам құқықтары жөніндегі жоғарғы комиссарының басқармасы",
        ],
        Some(["OHCHR", "УВКПЧ ООН", "OHCHR"]),
    ),
    (
        "osce",
        "international",
        [
            "OSCE Programme Office in Astana",
            "Офис программ ОБСЕ в Астане",
            "ЕҚЫҰ-ның Астанадағы бағдарламалар офисі",
        ],
        Some(["OSCE", "ОБСЕ", "ЕҚЫҰ"]),
    ),
    (
        "eu",
        "international",
        [
            "Delegation of the European Union to Kazakhstan",
            "Представительство Европейского союза в Казахстане",
            "Еуропалық Одақтың Қазақстандағы өкілдігі",
        ],
        Some(["EU", "ЕС", "ЕО"]),
    ),
    (
        "usaid",
        "international",
        [
            "United States Agency for International Development",
            "Агентство США по международному развитию",
            "АҚШ Халықаралық даму агенттігі",
        ],
        Some(["USAID", "USAID", "USAID"]),
    ),
    (
        "un_women",
        "international",
        ["UN Women", "Структура «ООН-женщины»", "БҰҰ Әйелдер ұйымы"],
        None,
    ),
    (
        "iom",
        "international",
        [
            "International Organization for Migration",
            "Международная организация по миграции",
            "Халықаралық көші-қон ұйымы",
        ],
        Some(["IOM", "МОМ", "ХКҰ"]),
    ),
];

pub fn bodies() -> Value {
    BODIES
        .iter()
        .map(|(id, kind, [en, ru, kk], short)| {
            let mut body = json!({"id": id, "name": t(en, ru, kk), "kind": kind});
            if let Some([en, ru, kk]) = short {
                body["short"] = t(en, ru, kk);
            }
            body
        })
        .collect()
}

pub const NHRAP: &str = "nhrap_2009";
pub const DEMOCRACY_2020: &str = "democracy_2020";
pub const PRIORITY_2021: &str = "priority_2021";
pub const HR_ROL_2023: &str = "hr_rol_2023";

pub fn plans() -> Value {
    json!([
        {
            "id": NHRAP,
            "name": t(
                "National Human Rights Action Plan 2009–2012",
                "Национальный план действий в области прав человека на 2009–2012 годы",
                "Адам құқықтары саласындағы 2009–2012 жылдарға арналған ұлттық іс-қимыл жоспары",
            ),
            "start": "2009-05",
            "end": "2012-12",
        },
        {
            "id": DEMOCRACY_2020,
            "name": t(
                "National Action Plan on Democratic Issues for the Period to 2020",
                "Национальный план действий по вопросам демократии на период до 2020 года",
                "2020 жылға дейінгі кезеңге арналған демократия мәселелері жөніндегі ұлттық іс-қимыл жоспары",
            ),
            "start": "2014",
            "end": "2020-12",
        },
        {
            "id": PRIORITY_2021,
            "name": t(
                "Plan of Priority Measures in the Field of Human Rights",
                "План первоочередных мер в области прав человека",
                "Адам құқықтары саласындағы бірінші кезектегі шаралар жоспары",
            ),
            "start": "2021-06",
            "end": "2021-12",
        },
        {
            "id": HR_ROL_2023,
            "name": t(
                "Action Plan for Human Rights and the Rule of Law",
                "План действий в области прав человека и верховенства закона",
                "Адам құқықтары және заңның үстемдігі саласындағы іс-қимыл жоспары",
            ),
            "start": "2023-12",
        },
    ])
}
