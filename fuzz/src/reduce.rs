//! A test-case reducer: deletes chunks of lines, then of bytes, for as long as the failure
//! persists.
//!
//! `fails` runs the candidate and says whether it still fails in the same way. The reducer
//! tries each chunk size from half the input down to one (lines first, then bytes for inputs
//! that are short or a single long line), keeps every deletion that preserves the failure, and
//! stops after `max_tries` runs.

/// The smallest variant of `input` found that `fails`, deleting lines, then bytes.
pub fn reduce(input: &[u8], max_tries: usize, fails: impl FnMut(&[u8]) -> bool) -> Vec<u8> {
    reduce_by(input, max_tries, true, fails)
}

/// The smallest variant of `input` found that `fails`, deleting whole lines only.
pub fn reduce_lines(input: &[u8], max_tries: usize, fails: impl FnMut(&[u8]) -> bool) -> Vec<u8> {
    reduce_by(input, max_tries, false, fails)
}

fn reduce_by(
    input: &[u8],
    max_tries: usize,
    bytes_too: bool,
    mut fails: impl FnMut(&[u8]) -> bool,
) -> Vec<u8> {
    let mut tries = 0;
    let mut best = input.to_vec();
    // Lines, then bytes.
    let mut by_lines = true;
    loop {
        let units = if by_lines {
            split_lines(&best)
        } else {
            best.iter().map(|b| vec![*b]).collect()
        };
        let (reduced, t) = ddmin(units, max_tries - tries, &mut fails);
        tries += t;
        best = reduced.concat();
        if !by_lines || !bytes_too || tries >= max_tries {
            break;
        }
        // Bytes are worth it only where little is left, or where it is one long line.
        if best.len() > 4096 && split_lines(&best).len() > 1 {
            break;
        }
        by_lines = false;
    }
    best
}

fn split_lines(text: &[u8]) -> Vec<Vec<u8>> {
    text.split_inclusive(|&b| b == b'\n')
        .map(|l| l.to_vec())
        .collect()
}

/// Deletes chunks of `units` (halving the chunk size down to one) while `fails` holds; returns
/// what is left and how many runs it took.
fn ddmin(
    mut units: Vec<Vec<u8>>,
    max_tries: usize,
    fails: &mut impl FnMut(&[u8]) -> bool,
) -> (Vec<Vec<u8>>, usize) {
    let mut tries = 0;
    let mut chunk = units.len().div_ceil(2).max(1);
    loop {
        let mut i = 0;
        let mut removed_any = false;
        while i < units.len() {
            if tries >= max_tries {
                return (units, tries);
            }
            let end = (i + chunk).min(units.len());
            let candidate: Vec<u8> = units[..i]
                .iter()
                .chain(&units[end..])
                .flatten()
                .copied()
                .collect();
            tries += 1;
            if fails(&candidate) {
                units.drain(i..end);
                removed_any = true;
            } else {
                i = end;
            }
        }
        if chunk == 1 {
            if !removed_any {
                return (units, tries);
            }
        } else {
            chunk = chunk.div_ceil(2);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_only_what_the_failure_needs() {
        let input = b"a = 1\nb = 2\nboom(a)\nc = 3\nd = 4\n";
        let out = reduce(input, 1000, |t| {
            let s = String::from_utf8_lossy(t);
            s.contains("boom(") && s.contains("a = 1")
        });
        assert_eq!(String::from_utf8_lossy(&out), "a = 1boom(");
    }

    #[test]
    fn stops_after_max_tries() {
        let input: Vec<u8> = (0..1000)
            .flat_map(|i| format!("x{i}\n").into_bytes())
            .collect();
        let mut runs = 0;
        let _ = reduce(&input, 10, |_| {
            runs += 1;
            false
        });
        assert_eq!(runs, 10);
    }
}
