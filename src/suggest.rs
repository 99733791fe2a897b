//! "Did you mean …?": the closest of a list of names to one that was
//! mistyped. The dataset reader suggests ids for dangling references, the
//! link reader suggests keys, ids and chart names.

/// The candidate closest to `wanted`, if it is close enough to be a typo:
/// at most one edit per three characters (and at least one), ignoring case.
/// Ties go to the candidate listed first.
pub fn suggest<'c>(wanted: &str, candidates: impl Iterator<Item = &'c str>) -> Option<String> {
    closest(wanted, &mut { candidates })
}

/// `suggest` for any list of candidates, compiled once.
fn closest(wanted: &str, candidates: &mut dyn Iterator<Item = &str>) -> Option<String> {
    let wanted_lower: Vec<char> = wanted.chars().flat_map(char::to_lowercase).collect();
    let mut best: Option<(usize, &str)> = None;
    for candidate in candidates {
        if candidate == wanted {
            continue;
        }
        let lower: Vec<char> = candidate.chars().flat_map(char::to_lowercase).collect();
        let limit = (wanted_lower.len().max(lower.len()) / 3).max(1);
        if wanted_lower.len().abs_diff(lower.len()) > limit {
            continue;
        }
        let distance = edit_distance(&wanted_lower, &lower);
        if distance <= limit && best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, candidate)| candidate.to_string())
}

/// Optimal string alignment distance: insertions, deletions, substitutions
/// and swaps of two neighbouring characters each cost one.
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        current[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            current[j] = d;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}
