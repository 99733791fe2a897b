//! Placeholder replaced by the charts work (branch `charts`).
pub fn render_bars(_chart: &super::BarChart) -> String {
    unimplemented!()
}
