//! Placeholder replaced by the demo dataset work (branch `demo`).
pub fn run(_out: &std::path::Path) -> anyhow::Result<()> {
    anyhow::bail!("not yet written")
}
