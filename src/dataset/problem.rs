//! Placeholder replaced by the dataset reader work (branch `dataset`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    Error,
    Warning,
}
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub severity: Severity,
    pub place: String,
}
#[derive(Debug, Clone, PartialEq)]
pub struct Refusal {
    pub line: Option<usize>,
    pub column: Option<usize>,
}
