//! Placeholder replaced by the charts work (branch `charts`).
pub fn format_count(_n: u64, _thousands: &str) -> String {
    unimplemented!()
}
pub fn format_percent(_ratio: f64) -> String {
    unimplemented!()
}
