//! The static phrases of the interface: labels, buttons, headings, chart
//! titles and short messages, each in English, Russian and Kazakh.
//!
//! One macro writes the enum, the list of all its variants and the table, so
//! a phrase cannot be added without its three texts.

use super::Lang;

macro_rules! messages {
    ($($(#[$doc:meta])* $name:ident => $en:literal, $ru:literal, $kk:literal;)*) => {
        /// A phrase of the interface.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Msg {
            $($(#[$doc])* $name,)*
        }

        impl Msg {
            /// Every phrase, in the order they are declared.
            pub const ALL: &'static [Msg] = &[$(Msg::$name,)*];
        }

        /// The phrase in `lang` (English for a language the report does not
        /// speak).
        pub fn tr(lang: impl Into<Lang>, msg: Msg) -> &'static str {
            text(lang.into(), msg)
        }

        /// `tr` for one type of language: the table of texts compiled once.
        fn text(lang: Lang, msg: Msg) -> &'static str {
            match msg {
                $(Msg::$name => match lang {
                    Lang::En => $en,
                    Lang::Ru => $ru,
                    Lang::Kk => $kk,
                },)*
            }
        }
    };
}

messages! {
    // Headline figures and chart titles.
    Recommendations => "Recommendations", "Рекомендации", "Ұсынымдар";
    Sessions => "Sessions", "Заседания", "Отырыстар";
    AcceptanceRate => "Acceptance rate", "Доля принятых", "Қабылдану үлесі";
    ImplementationRate => "Implementation rate", "Доля выполненных", "Орындалу үлесі";
    /// A label before a date; the sentence is [`super::data_as_of`].
    DataAsOf => "Data as of", "Данные на", "Деректер күні";
    Source => "Source", "Источник", "Дереккөз";
    PublishedBy => "Published by", "Издатель", "Жариялаған";
    ChartByYear => "Recommendations per year, by stage",
        "Рекомендации по годам и этапам",
        "Жылдар мен кезеңдер бойынша ұсынымдар";
    ChartByStatus => "Recommendations by status",
        "Рекомендации по статусам",
        "Мәртебелер бойынша ұсынымдар";
    ChartByTheme => "Recommendations by theme",
        "Рекомендации по темам",
        "Тақырыптар бойынша ұсынымдар";
    ChartByAddressee => "Recommendations by addressed body",
        "Рекомендации по органам-адресатам",
        "Жолданған органдар бойынша ұсынымдар";
    ChartProgress => "Progress over time", "Ход выполнения", "Орындалу барысы";
    ChartSessions => "Sessions and the recommendations they made",
        "Заседания и внесённые на них рекомендации",
        "Отырыстар және оларда берілген ұсынымдар";
    // Column and axis names, facets.
    Year => "Year", "Год", "Жыл";
    Status => "Status", "Статус", "Мәртебе";
    Theme => "Theme", "Тема", "Тақырып";
    Addressee => "Addressed to", "Адресат", "Жолданған орган";
    Proposer => "Proposed by", "Инициатор", "Бастамашы";
    Session => "Session", "Заседание", "Отырыс";
    Date => "Date", "Дата", "Күні";
    /// The line of all recommendations made so far.
    Made => "Made", "Внесено", "Берілген";
    /// The line of recommendations accepted, in progress or implemented.
    AcceptedOrFurther => "Accepted or further", "Принято и далее", "Қабылданған және одан әрі";
    /// The line of recommendations implemented.
    Implemented => "Implemented", "Выполнено", "Орындалған";
    Other => "Other", "Прочие", "Басқалары";
    Total => "Total", "Всего", "Барлығы";
    NoData => "No recommendations match the current filters.",
        "Нет рекомендаций, соответствующих выбранным фильтрам.",
        "Таңдалған сүзгілерге сәйкес ұсынымдар жоқ.";
    /// "themes", as in "a recommendation with several themes".
    ThemesPlural => "themes", "темы", "тақырыптар";
    /// "addressed bodies", as in "a recommendation to several addressed bodies".
    BodiesPlural => "addressed bodies", "органы-адресаты", "жолданған органдар";

    /// The transitions chart and section.
    ChartChanged => "What changed", "Что изменилось", "Не өзгерді";
    /// The state of a recommendation on a day before it was made.
    NotYetMade => "Not yet made", "Ещё не вынесена", "Әлі берілмеген";

    // As of, presentation, print.
    AsOf => "As of", "По состоянию на", "Күйі бойынша";
    Present => "Present", "Показать слайды", "Слайдтарды көрсету";
    AddSlide => "Add this view as a slide", "Добавить этот вид как слайд", "Осы көріністі слайд ретінде қосу";
    RemoveLastSlide => "Remove the last one", "Убрать последний", "Соңғысын алып тастау";
    Print => "Print or save as PDF", "Печать или сохранение в PDF", "Басып шығару немесе PDF ретінде сақтау";
    Slides => "Slides", "Слайды", "Слайдтар";
    PreviousSlide => "Previous slide", "Предыдущий слайд", "Алдыңғы слайд";
    NextSlide => "Next slide", "Следующий слайд", "Келесі слайд";
    Language => "Language", "Язык", "Тіл";
    /// Opens the numbers behind a chart as a table.
    ShowAsTable => "Show as a table", "Показать таблицей", "Кесте түрінде көрсету";

    // The page.
    /// The first link of the page: past the header to the filters, figures
    /// and table.
    SkipToReport => "Skip to the report", "Перейти к отчёту", "Есепке өту";
    LinkNotesTitle => "Part of this link could not be used:",
        "Часть ссылки не удалось использовать:",
        "Сілтеменің бір бөлігін пайдалану мүмкін болмады:";
    Dismiss => "Dismiss", "Скрыть", "Жасыру";
    Close => "Close", "Закрыть", "Жабу";

    // Loading.
    /// The source of a dataset baked into the page, in load messages.
    SourceThisReport => "this report", "этот отчёт", "осы есеп";
    /// The source of the demo dataset, in load messages.
    SourceDemo => "the demo", "демонстрационные данные", "демонстрациялық деректер";
    Dataset => "Dataset", "Набор данных", "Деректер жинағы";
    OpenDataset => "Open a dataset…", "Открыть набор данных…", "Деректер жинағын ашу…";
    DropHint => "or drop a .json file anywhere on the page",
        "или перетащите файл .json в любое место страницы",
        "немесе .json файлын беттің кез келген жеріне сүйреп әкеліңіз";
    DownloadReport => "Download this report", "Скачать этот отчёт", "Осы есепті жүктеп алу";
    PreparingReport => "Preparing the report file…",
        "Подготовка файла отчёта…",
        "Есеп файлы дайындалуда…";
    TemplateNotUtf8 => "kenes.html is not UTF-8",
        "файл kenes.html не в кодировке UTF-8",
        "kenes.html файлы UTF-8 кодтауында емес";
    TemplateNotKenes => "kenes.html next to the report is not a Kenes single file",
        "файл kenes.html рядом с отчётом не является однофайловой версией Kenes",
        "есептің жанындағы kenes.html файлы Kenes есебінің бір файлдық нұсқасы емес";
    DatasetNotLoaded => "The dataset was not loaded",
        "Набор данных не загружен",
        "Деректер жинағы жүктелмеді";
    StillShowsPrevious => "The report still shows the data it had before.",
        "В отчёте по-прежнему показаны прежние данные.",
        "Есепте бұрынғы деректер көрсетіле береді.";

    // Headline figures.
    FiguresAndCharts => "Figures and charts", "Показатели и диаграммы", "Көрсеткіштер мен диаграммалар";
    NothingToRate => "no recommendations to rate",
        "нет рекомендаций для расчёта",
        "есептейтін ұсыным жоқ";
    AcceptanceRateExplain => "(accepted + in progress + implemented) / all but pending",
        "(принятые + выполняемые + выполненные) / все, кроме находящихся на рассмотрении",
        "(қабылданған + орындалуда + орындалған) / қаралудағылардан басқасының бәрі";
    ImplementationRateExplain => "implemented / (accepted + in progress + implemented)",
        "выполненные / (принятые + выполняемые + выполненные)",
        "орындалған / (қабылданған + орындалуда + орындалған)";

    // Filters.
    Filters => "Filters", "Фильтры", "Сүзгілер";
    Search => "Search", "Поиск", "Іздеу";
    SearchPlaceholder => "Words, ids or notes, in any language",
        "Слова, коды или примечания на любом языке",
        "Кез келген тілдегі сөздер, кодтар немесе ескертпелер";
    /// The first year of the year range.
    From => "From", "С", "Бастап";
    /// The last year of the year range.
    To => "To", "По", "Дейін";
    /// The first, empty choice of a facet's menu.
    Add => "Add…", "Добавить…", "Қосу…";
    ActiveFilters => "Active filters", "Активные фильтры", "Белсенді сүзгілер";
    ClearAllFilters => "Clear all filters", "Сбросить все фильтры", "Барлық сүзгіні тазалау";

    // A chart's tools.
    DownloadSvg => "Download SVG", "Скачать SVG", "SVG жүктеп алу";
    DownloadPng => "Download PNG", "Скачать PNG", "PNG жүктеп алу";
    DownloadCsv => "Download the numbers as CSV",
        "Скачать данные в формате CSV",
        "Сандарды CSV форматында жүктеп алу";
    Enlarge => "Enlarge", "Увеличить", "Үлкейту";
    ShowWithOthers => "Show with the others", "Показать вместе с остальными", "Басқаларымен бірге көрсету";
    Embed => "Embed", "Встроить", "Ендіру";

    // The embed dialog and an embedded chart.
    FullReport => "Full report ↗", "Полный отчёт ↗", "Толық есеп ↗";
    EmbedExplain => "Paste this code into a web page. The chart keeps the filters shown now, and links back to the full report.",
        "Вставьте этот код в веб-страницу. Диаграмма сохранит текущие фильтры и будет вести на полный отчёт.",
        "Бұл кодты веб-бетке қойыңыз. Диаграмма қазіргі сүзгілерді сақтайды және толық есепке сілтеме береді.";
    EmbedCode => "Embed code", "Код для встраивания", "Ендіру коды";
    CopyCode => "Copy the code", "Скопировать код", "Кодты көшіру";
    Copied => "Copied", "Скопировано", "Көшірілді";
    EmbedHeightHint => "To let the frame take the chart's height, see “Embedding” in the README.",
        "Чтобы фрейм подстраивался под высоту диаграммы, см. раздел «Embedding» в README.",
        "Фрейм диаграмманың биіктігіне сай болуы үшін README файлындағы «Embedding» бөлімін қараңыз.";

    // The table of recommendations.
    DownloadTableCsv => "Download table (CSV)", "Скачать таблицу (CSV)", "Кестені жүктеп алу (CSV)";
    DownloadDataJson => "Download these data (Kenes JSON)",
        "Скачать эти данные (Kenes JSON)",
        "Осы деректерді жүктеп алу (Kenes JSON)";
    /// The column of record ids.
    Id => "Id", "Код", "Код";
    Recommendation => "Recommendation", "Рекомендация", "Ұсыным";
    /// The name of the pager.
    Pages => "Pages", "Страницы", "Беттер";
    FirstPage => "« First", "« Первая", "« Бірінші";
    PreviousPage => "‹ Previous", "‹ Предыдущая", "‹ Алдыңғы";
    NextPage => "Next ›", "Следующая ›", "Келесі ›";
    LastPage => "Last »", "Последняя »", "Соңғы »";

    // The full record of a recommendation.
    Plan => "Plan", "План", "Жоспар";
    Due => "Due", "Срок", "Мерзімі";
    Tags => "Tags", "Метки", "Белгілер";
    Note => "Note", "Примечание", "Ескертпе";
    Document => "Document", "Документ", "Құжат";
    History => "History", "История изменений", "Өзгерістер тарихы";
}
