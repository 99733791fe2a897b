//! The headline figures and the six charts for the current filter.

use yew::prelude::*;

use super::chart::ChartFigure;
use super::Shared;
use crate::i18n::{self, tr, Msg};
use crate::query::Rate;
use crate::report::{ChartId, View};
use crate::state::{Action, Loaded};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub loaded: Shared<Loaded>,
    pub view: Shared<View>,
    pub language: String,
    pub on_action: Callback<Action>,
    /// Asks for the code that embeds a chart.
    pub on_embed: Callback<ChartId>,
    /// The chart shown first and large, if any.
    pub focused: Option<ChartId>,
}

#[derive(Properties, PartialEq)]
pub struct KpisProps {
    pub view: Shared<View>,
    pub language: String,
}

/// The four headline figures for the current view.
#[function_component(Kpis)]
pub fn kpis(props: &KpisProps) -> Html {
    let lang = props.language.as_str();
    let h = &props.view.headline;
    let rate_card = |key: &'static str, label: Msg, rate: Option<Rate>, explain: Msg| {
        let explain = tr(lang, explain);
        let (value, shown, detail) = match rate {
            Some(r) => (
                crate::charts::fixed(r.percent(), 1),
                i18n::format_percent(lang, r.ratio()),
                i18n::part_of_whole(lang, r.part, r.whole),
            ),
            // Nothing to divide by: say so rather than show 0 % or NaN.
            None => (
                String::new(),
                "—".to_string(),
                tr(lang, Msg::NothingToRate).to_string(),
            ),
        };
        html! {
            <div class="kpi" data-kpi={key} data-value={value}>
                <span class="kpi-label">{ tr(lang, label) }</span>
                <span class="kpi-value">{ shown }</span>
                <span class="kpi-detail" title={explain}>{ detail }</span>
            </div>
        }
    };
    let count_card = |key: &'static str, label: Msg, n: u64| {
        html! {
            <div class="kpi" data-kpi={key} data-value={n.to_string()}>
                <span class="kpi-label">{ tr(lang, label) }</span>
                <span class="kpi-value">{ i18n::format_count(lang, n) }</span>
            </div>
        }
    };

    html! {
        <div class="kpis">
            { count_card("recommendations", Msg::Recommendations, h.recommendations) }
            { count_card("sessions", Msg::Sessions, h.sessions) }
            { rate_card("acceptance-rate", Msg::AcceptanceRate, h.acceptance,
                Msg::AcceptanceRateExplain) }
            { rate_card("implementation-rate", Msg::ImplementationRate, h.implementation,
                Msg::ImplementationRateExplain) }
        </div>
    }
}

#[function_component(Dashboard)]
pub fn dashboard(props: &Props) -> Html {
    let lang = props.language.as_str();
    let view = &props.view;
    let h = &view.headline;
    let empty = view.selected.is_empty();
    html! {
        <section class="dashboard" aria-label={tr(lang, Msg::FiguresAndCharts)}>
            <p class="announce" aria-live="polite" data-result-count={h.recommendations.to_string()}>
                { i18n::recommendations(lang, h.recommendations) }
            </p>
            <Kpis view={props.view.clone()} language={props.language.clone()} />
            if empty {
                <p class="empty" data-empty="">{ tr(lang, Msg::NoData) }</p>
            }
            <div class="charts">
                { for focused_first(&view.charts, props.focused).map(|chart| html! {
                    <ChartFigure
                        focused={props.focused == Some(chart.id)}
                        loaded={props.loaded.clone()}
                        chart={chart.clone()}
                        language={props.language.clone()}
                        on_action={props.on_action.clone()}
                        on_embed={props.on_embed.clone()}
                    />
                }) }
            </div>
        </section>
    }
}

/// The charts in their order, the focused one first.
fn focused_first(
    charts: &[crate::report::Chart],
    focused: Option<ChartId>,
) -> impl Iterator<Item = &crate::report::Chart> {
    let first = charts.iter().filter(move |c| Some(c.id) == focused);
    first.chain(charts.iter().filter(move |c| Some(c.id) != focused))
}
