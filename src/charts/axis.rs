//! Placeholder replaced by the charts work (branch `charts`).
