//! The presentation: which slides a report shows, in which order.
//!
//! A deck is the title, the headline figures, one slide per chart, what
//! changed between two dates, the views the user added, and an end slide with
//! the source. The UI draws each slide; this module only decides the order,
//! so the same link always walks the same deck.

use crate::report::ChartId;

/// One slide of the deck.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlideKind {
    /// The body, the period and the day the data reflect.
    Title,
    /// The four headline figures.
    Headline,
    Chart(ChartId),
    /// How statuses moved between two dates.
    Changed,
    /// A view the user added (index into the state's slides).
    Added(usize),
    /// The source, the publisher and where to find the full report.
    End,
}

impl SlideKind {
    /// A stable name, used in `section[data-slide]`.
    pub fn key(self) -> String {
        match self {
            SlideKind::Title => "title".into(),
            SlideKind::Headline => "headline".into(),
            SlideKind::Chart(id) => format!("chart-{}", id.as_str()),
            SlideKind::Changed => "changed".into(),
            SlideKind::Added(i) => format!("added-{}", i + 1),
            SlideKind::End => "end".into(),
        }
    }
}

/// The slides of a report with `added` slides of the user's own.
pub fn deck(added: usize) -> Vec<SlideKind> {
    let mut slides = vec![SlideKind::Title, SlideKind::Headline];
    slides.extend(ChartId::ALL.into_iter().map(SlideKind::Chart));
    slides.push(SlideKind::Changed);
    slides.extend((0..added).map(SlideKind::Added));
    slides.push(SlideKind::End);
    slides
}

/// The slide a key press moves to from `current` in a deck of `len` slides,
/// or `None` when the key does not move (or leaves: see [`leaves`]).
/// Presentation clickers send PageUp and PageDown.
pub fn step(key: &str, current: usize, len: usize) -> Option<usize> {
    let last = len.saturating_sub(1);
    let next = match key {
        "ArrowRight" | "ArrowDown" | "PageDown" | " " | "Enter" => (current + 1).min(last),
        "ArrowLeft" | "ArrowUp" | "PageUp" | "Backspace" => current.saturating_sub(1),
        "Home" => 0,
        "End" => last,
        _ => return None,
    };
    Some(next)
}

/// Whether a key press leaves the presentation.
pub fn leaves(key: &str) -> bool {
    key == "Escape"
}
