//! Placeholder replaced by the query engine work.
