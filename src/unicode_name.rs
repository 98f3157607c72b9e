//! Characters by their Unicode names, with CPython's rules: for `\N{…}` escapes in literals
//! and codecs, and under `unicodedata.lookup`. The names come from the `unicode_names2` crate.

/// Names CPython makes from a prefix and the code point: it reads them only as written, in
/// capitals, where the other names may be given in any case.
const NUMBERED: [&str; 2] = ["CJK UNIFIED IDEOGRAPH-", "HANGUL SYLLABLE "];

/// The character named `name` (any case; an alias also names its character). Whether the
/// character is assigned in the Unicode version of `unicodedata` is the caller's check.
pub fn lookup(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    // The crate is more lenient than CPython about spacing; CPython takes the exact words.
    if upper.trim() != upper || upper.contains("  ") || upper.contains('_') {
        return None;
    }
    if NUMBERED.iter().any(|p| upper.starts_with(p)) && upper != name {
        return None;
    }
    let c = unicode_names2::character(&upper)?;
    // The crate also takes the words run together or split, or a hyphen for a space:
    // CPython takes only the exact name (or an alias, which differs in its words).
    if let Some(real) = unicode_names2::name(c).map(|n| n.to_string()) {
        let bare = |n: &str| n.replace(['-', ' '], "");
        if real != upper && bare(&real) == bare(&upper) {
            return None;
        }
    }
    Some(c)
}
