//! Transitions between two dates shaped like the Dialogue Platform's: the
//! recommendations of 2013 moving out of "Under consideration" during 2014,
//! and a later year in which most recommendations stayed put. Shared by
//! `tests/charts_transitions.rs` and `examples/charts_gallery.rs`.

#![allow(dead_code)]

use kenes::charts::{Flow, Labels, Series, Transitions};

fn status(key: &str, label: &str, color: &str) -> Series {
    Series {
        key: key.to_owned(),
        label: label.to_owned(),
        color: color.to_owned(),
    }
}

pub fn not_made() -> Series {
    status("not-made", "Not yet made", "#cbd2d9")
}
pub fn under_consideration() -> Series {
    status("under-consideration", "Under consideration", "#9aa5b1")
}
pub fn accepted() -> Series {
    status("accepted", "Accepted", "#3e7cb1")
}
pub fn partially_accepted() -> Series {
    status("partially-accepted", "Partially accepted", "#7cb7e0")
}
pub fn in_progress() -> Series {
    status("in-progress", "In progress", "#f0b429")
}
pub fn implemented() -> Series {
    status("implemented", "Implemented", "#2f9e44")
}
pub fn noted() -> Series {
    status("noted", "Noted", "#8e6bbf")
}
pub fn rejected() -> Series {
    status("rejected", "Rejected", "#c92a2a")
}

pub fn labels(title: &str, summary: &str) -> Labels {
    Labels {
        title: title.to_owned(),
        x_axis: "14 January 2014".to_owned(),
        y_axis: "31 December 2014".to_owned(),
        summary: summary.to_owned(),
        thousands: ",".to_owned(),
        width: 640,
    }
}

pub fn flow(from: usize, to: usize, count: u64) -> Flow {
    Flow { from, to, count }
}

/// The 157 recommendations of 2013: all under consideration on 14 January
/// 2014, spread over seven statuses by the end of the year. "Not yet made"
/// is in the spec but has no flows.
pub fn year_2013() -> Transitions {
    Transitions {
        labels: labels(
            "How the 2013 recommendations moved in 2014",
            "Of the 157 recommendations of 2013, all under consideration on \
             14 January 2014, 137 had a decision by 31 December 2014: 60 \
             accepted, 12 partially accepted, 30 in progress, 20 implemented, \
             10 noted and 5 rejected; 20 were still under consideration.",
        ),
        from: vec![not_made(), under_consideration()],
        to: vec![
            under_consideration(),
            accepted(),
            partially_accepted(),
            in_progress(),
            implemented(),
            noted(),
            rejected(),
        ],
        flows: vec![
            flow(1, 0, 20),
            flow(1, 1, 60),
            flow(1, 2, 12),
            flow(1, 3, 30),
            flow(1, 4, 20),
            flow(1, 5, 10),
            flow(1, 6, 5),
        ],
    }
}

/// Seven states on each side, most recommendations keeping their status,
/// new ones made during the year, and a few steps forward.
pub fn mostly_stayed() -> Transitions {
    Transitions {
        labels: Labels {
            x_axis: "1 January 2020".to_owned(),
            y_axis: "31 December 2020".to_owned(),
            ..labels(
                "Statuses of recommendations during 2020",
                "Most recommendations kept their status during 2020. 45 new \
                 recommendations were made; 18 under consideration were \
                 accepted, 22 accepted ones got under way and 25 were \
                 implemented.",
            )
        },
        from: vec![
            not_made(),
            under_consideration(),
            accepted(),
            partially_accepted(),
            in_progress(),
            implemented(),
            rejected(),
        ],
        to: vec![
            under_consideration(),
            accepted(),
            partially_accepted(),
            in_progress(),
            implemented(),
            noted(),
            rejected(),
        ],
        flows: vec![
            flow(0, 0, 40),
            flow(0, 1, 5),
            flow(1, 0, 30),
            flow(1, 1, 18),
            flow(1, 2, 6),
            flow(1, 5, 4),
            flow(1, 6, 3),
            flow(2, 1, 70),
            flow(2, 3, 22),
            flow(2, 4, 8),
            flow(3, 2, 25),
            flow(3, 3, 5),
            flow(4, 3, 45),
            flow(4, 4, 17),
            flow(5, 4, 90),
            flow(6, 6, 12),
        ],
    }
}
