//! Placeholder replaced by the charts work (branch `charts`).
pub fn render_timeline(_chart: &super::Timeline) -> String {
    unimplemented!()
}
