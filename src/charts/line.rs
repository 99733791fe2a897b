//! Placeholder replaced by the charts work (branch `charts`).
pub fn render_lines(_chart: &super::LineChart) -> String {
    unimplemented!()
}
