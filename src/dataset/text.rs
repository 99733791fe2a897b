//! Placeholder replaced by the dataset reader work (branch `dataset`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Text(pub Vec<(String, String)>);
