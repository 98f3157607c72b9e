//! The `unicode_escape` and `raw_unicode_escape` codecs: text as Latin-1 bytes with Python's
//! backslash escapes (all of them, or only `\uXXXX`/`\UXXXXXXXX` for the raw form).

/// `s.encode("unicode_escape")` (or the raw form): never fails.
pub fn encode(s: &str, raw: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        let u = crate::surrogates::python_code(c);
        let escaped = match u {
            0x10000.. => format!("\\U{:08x}", u),
            0x100.. => format!("\\u{:04x}", u),
            _ if raw => {
                out.push(u as u8);
                continue;
            }
            0x5c => "\\\\".to_string(),
            0x09 => "\\t".to_string(),
            0x0a => "\\n".to_string(),
            0x0d => "\\r".to_string(),
            0x20..=0x7e => {
                out.push(u as u8);
                continue;
            }
            _ => format!("\\x{:02x}", u),
        };
        out.extend_from_slice(escaped.as_bytes());
    }
    out
}

/// The character of a code point (up to 0x10FFFF): a lone surrogate as corun keeps one.
pub fn code_char(u: u32) -> char {
    char::from_u32(u).unwrap_or_else(|| crate::surrogates::char_of(u))
}

/// A decoding failure: the bytes `start..end` of the input, and why.
pub struct Bad {
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
}

/// One step of decoding at `b[i] == b'\\'`: the characters the escape stands for and where
/// decoding goes on, or why it cannot be decoded.
pub fn escape(b: &[u8], i: usize, raw: bool, text: &mut String) -> Result<usize, Bad> {
    let next = b.get(i + 1).copied();
    let hex = |width: usize, reason: &'static str| -> Result<(u32, usize), Bad> {
        let digits = &b[i + 2..];
        let n = digits
            .iter()
            .take(width)
            .take_while(|d| d.is_ascii_hexdigit())
            .count();
        if n < width {
            return Err(Bad {
                start: i,
                end: i + 2 + n,
                reason,
            });
        }
        let v = digits[..width]
            .iter()
            .fold(0u32, |acc, d| acc * 16 + (*d as char).to_digit(16).unwrap());
        Ok((v, i + 2 + width))
    };
    let push = |text: &mut String, u: u32| text.push(code_char(u));
    if raw {
        // Only a backslash ending an odd run of them starts an escape.
        let run = b[i..].iter().take_while(|&&c| c == b'\\').count();
        if run > 1 {
            let keep = if run % 2 == 1 { run - 1 } else { run };
            for _ in 0..keep {
                text.push('\\');
            }
            return Ok(i + keep);
        }
        match next {
            Some(b'u') => {
                let (v, at) = hex(4, "truncated \\uXXXX escape")?;
                push(text, v);
                return Ok(at);
            }
            Some(b'U') => {
                let (v, at) = hex(8, "truncated \\UXXXXXXXX escape")?;
                if v > 0x10ffff {
                    return Err(Bad {
                        start: i,
                        end: at,
                        reason: "\\Uxxxxxxxx out of range",
                    });
                }
                push(text, v);
                return Ok(at);
            }
            _ => {
                text.push('\\');
                return Ok(i + 1);
            }
        }
    }
    let simple = match next {
        None => {
            return Err(Bad {
                start: i,
                end: i + 1,
                reason: "\\ at end of string",
            })
        }
        Some(b'\n') => Some(None),
        Some(b'\\') => Some(Some('\\')),
        Some(b'\'') => Some(Some('\'')),
        Some(b'"') => Some(Some('"')),
        Some(b'a') => Some(Some('\x07')),
        Some(b'b') => Some(Some('\x08')),
        Some(b'f') => Some(Some('\x0c')),
        Some(b'n') => Some(Some('\n')),
        Some(b'r') => Some(Some('\r')),
        Some(b't') => Some(Some('\t')),
        Some(b'v') => Some(Some('\x0b')),
        _ => None,
    };
    if let Some(c) = simple {
        if let Some(c) = c {
            text.push(c);
        }
        return Ok(i + 2);
    }
    match next.unwrap() {
        d @ b'0'..=b'7' => {
            let mut v = (d - b'0') as u32;
            let mut at = i + 2;
            while at < b.len() && at < i + 4 && (b'0'..=b'7').contains(&b[at]) {
                v = v * 8 + (b[at] - b'0') as u32;
                at += 1;
            }
            push(text, v);
            Ok(at)
        }
        b'x' => {
            let (v, at) = hex(2, "truncated \\xXX escape")?;
            push(text, v);
            Ok(at)
        }
        b'u' => {
            let (v, at) = hex(4, "truncated \\uXXXX escape")?;
            push(text, v);
            Ok(at)
        }
        b'U' => {
            let (v, at) = hex(8, "truncated \\UXXXXXXXX escape")?;
            if v > 0x10ffff {
                return Err(Bad {
                    start: i,
                    end: at,
                    reason: "illegal Unicode character",
                });
            }
            push(text, v);
            Ok(at)
        }
        b'N' => {
            let malformed = Bad {
                start: i,
                end: b.len().min(i + 2),
                reason: "malformed \\N character escape",
            };
            if b.get(i + 2) != Some(&b'{') {
                return Err(malformed);
            }
            let Some(close) = b[i + 3..].iter().position(|&c| c == b'}') else {
                return Err(Bad {
                    end: b.len(),
                    ..malformed
                });
            };
            let name = String::from_utf8_lossy(&b[i + 3..i + 3 + close]);
            let end = i + 4 + close;
            match crate::stdlib::unicodedata::char_named(&name) {
                Some(u) if close > 0 => {
                    push(text, u);
                    Ok(end)
                }
                _ => Err(Bad {
                    start: i,
                    end,
                    reason: "unknown Unicode character name",
                }),
            }
        }
        _ => {
            // An unknown escape keeps its backslash.
            text.push('\\');
            Ok(i + 1)
        }
    }
}
