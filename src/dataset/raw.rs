//! Placeholder replaced by the dataset reader work (branch `dataset`).
