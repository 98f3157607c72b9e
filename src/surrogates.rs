//! Lone surrogates in str.
//!
//! A Python str may hold the code points U+D800..U+DFFF on their own: `'\udcff'`, `chr(0xdc80)`,
//! and above all the arguments and file names that are not UTF-8, which CPython decodes with
//! `surrogateescape` (byte 0xff becomes U+DCFF). corun's str is UTF-8, which cannot hold them,
//! so each is stored as a code point of plane 16 (private use): U+D800..U+DFFF are kept as
//! U+10F000..U+10F7FF, clear of U+10FFFF (`sys.maxunicode`, which programs do use). Everything
//! that counts, indexes, slices, joins or compares by equality then works unchanged; what shows
//! or converts a character maps it back: `repr`, `ascii`, `ord`, `chr`, `encode`/`decode` with
//! their error handlers, and writing to stdout (`surrogateescape`, as CPython's stdout does in
//! the C locale and in UTF-8 mode) and stderr (`backslashreplace`). The price: the private-use
//! characters U+10F000..U+10F7FF themselves cannot be told from surrogates (LIMITATIONS.md).

/// Where the stored range starts: surrogate `cp` is kept as `cp + OFFSET`.
const OFFSET: u32 = 0x10F000 - 0xD800;

/// The char that stands for surrogate `cp` (0xD800..=0xDFFF).
pub fn char_of(cp: u32) -> char {
    debug_assert!((0xD800..=0xDFFF).contains(&cp));
    char::from_u32(cp + OFFSET).unwrap_or('\u{fffd}')
}

/// The surrogate a stored char stands for, if it stands for one.
#[inline]
pub fn code_of(c: char) -> Option<u32> {
    let u = c as u32;
    (0x10F000..=0x10F7FF).contains(&u).then(|| u - OFFSET)
}

/// The code point Python sees for `c`.
#[inline]
pub fn python_code(c: char) -> u32 {
    code_of(c).unwrap_or(c as u32)
}

/// Whether `s` holds a surrogate: a byte search, and none at all for ASCII text.
#[inline]
pub fn any(s: &str) -> bool {
    // U+10F000..U+10F7FF are F4 8F 80..9F xx in UTF-8.
    let b = s.as_bytes();
    !b.is_ascii()
        && b.windows(3)
            .any(|w| w[0] == 0xF4 && w[1] == 0x8F && w[2] < 0xA0)
}

/// Decodes UTF-8 as CPython's `surrogateescape` does: every byte that is not part of valid
/// UTF-8 becomes the surrogate U+DC00 + byte.
pub fn decode_escaped(mut b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len());
    loop {
        match std::str::from_utf8(b) {
            Ok(s) => {
                out.push_str(s);
                return out;
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&b[..good]).unwrap_or_default());
                let bad = e.error_len().unwrap_or(b.len() - good);
                for &x in &b[good..good + bad] {
                    out.push(char_of(0xDC00 + x as u32));
                }
                b = &b[good + bad..];
            }
        }
    }
}

/// Encodes to UTF-8 as CPython's `surrogateescape` does (U+DC80..U+DCFF become the bytes
/// 0x80..0xFF); Err with the position and code point of the first other surrogate.
pub fn encode_escaped(s: &str) -> Result<Vec<u8>, (usize, u32)> {
    let mut out = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        match code_of(c) {
            Some(cp @ 0xDC80..=0xDCFF) => out.push((cp - 0xDC00) as u8),
            Some(cp) => return Err((i, cp)),
            None => {
                let mut buf = [0u8; 4];
                out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            }
        }
    }
    Ok(out)
}

/// The bytes of a command-line argument or file name as a str, as CPython decodes them.
pub fn from_os(s: std::ffi::OsString) -> String {
    match s.into_string() {
        Ok(s) => s,
        Err(s) => decode_escaped(std::os::unix::ffi::OsStrExt::as_bytes(s.as_os_str())),
    }
}

/// A str back to the bytes of a file name (the inverse of `from_os`).
pub fn to_os(s: &str) -> std::ffi::OsString {
    if !any(s) {
        return s.into();
    }
    let b = encode_escaped(s).unwrap_or_else(|_| s.as_bytes().to_vec());
    std::os::unix::ffi::OsStringExt::from_vec(b)
}

/// `s` with each surrogate written `\udXXX` (the `backslashreplace` of stderr).
pub fn backslashed(s: &str) -> std::borrow::Cow<'_, str> {
    if !any(s) {
        return s.into();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        match code_of(c) {
            Some(cp) => out.push_str(&format!("\\u{cp:04x}")),
            None => out.push(c),
        }
    }
    out.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_that_are_not_utf8_round_trip() {
        let raw = b"a\xffb\xc3\xa9\xed\xa0\x80";
        let s = decode_escaped(raw);
        assert_eq!(s.chars().count(), 7);
        assert!(any(&s));
        assert_eq!(code_of(s.chars().nth(1).unwrap()), Some(0xDCFF));
        assert_eq!(encode_escaped(&s).unwrap(), raw);
        assert_eq!(backslashed(&s), "a\\udcffbé\\udced\\udca0\\udc80");
        assert!(!any("plain é ✓"));
        assert_eq!(
            encode_escaped(&char_of(0xD800).to_string()),
            Err((0, 0xD800))
        );
    }
}
