//! `_xmlscan`: the XML tokenizer under `pyexpat` (and so under `xml.etree.ElementTree`,
//! `xml.dom.minidom` and `xml.sax`). Written natively, for speed, as a checker of
//! well-formedness with expat's error codes and positions: it reads a whole document and gives
//! its events as a list of tuples, with the error (if any) that stopped it. Namespaces and the
//! handlers are the Python side's (src/lib_py/pyexpat.py).

use std::collections::HashMap;

use crate::eval::Interp;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::value::Value;
use corun_macros::function;

// Event kinds, as the Python side reads them.
const START: i64 = 0;
const END: i64 = 1;
const DATA: i64 = 2;
const COMMENT: i64 = 3;
const PI: i64 = 4;
const DECL: i64 = 5;
const DOCTYPE: i64 = 6;
const CDATA_START: i64 = 7;
const CDATA_END: i64 = 8;

// expat's error codes.
const SYNTAX: i64 = 2;
const NO_ELEMENTS: i64 = 3;
const INVALID_TOKEN: i64 = 4;
const UNCLOSED_TOKEN: i64 = 5;
const TAG_MISMATCH: i64 = 7;
const DUPLICATE_ATTRIBUTE: i64 = 8;
const JUNK_AFTER_DOC_ELEMENT: i64 = 9;
const UNDEFINED_ENTITY: i64 = 11;
const BAD_CHAR_REF: i64 = 14;
const MISPLACED_XML_PI: i64 = 17;
const UNCLOSED_CDATA_SECTION: i64 = 20;

/// An error: expat's code and the byte offset it names.
struct Fail(i64, usize);

type Res<T> = Result<T, Fail>;

struct Scanner<'a> {
    s: &'a str,
    b: &'a [u8],
    i: usize,
    events: Vec<Value>,
    stack: Vec<String>,
    entities: HashMap<String, String>,
    /// Line and column of `mark`: positions are counted forward from the last one asked.
    mark: usize,
    line: i64,
    col: i64,
    /// Where a later scan of this text with more after it may start again: the offset of the
    /// last token of the root element's content that more data cannot change (the text at the
    /// end is read again, as more may continue it) and how many events come before it.
    resume: Option<(usize, usize)>,
}

fn is_name_start(c: char) -> bool {
    c.is_alphabetic() || c == '_' || c == ':' || (c as u32 >= 0x80 && !c.is_whitespace())
}

fn is_name_char(c: char) -> bool {
    is_name_start(c) || c.is_ascii_digit() || c == '-' || c == '.' || c == '\u{b7}'
}

fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{fffe}' && c != '\u{ffff}')
}

impl<'a> Scanner<'a> {
    /// (line, column) of byte offset `at` (not before the last one asked).
    fn pos(&mut self, at: usize) -> (i64, i64) {
        if at < self.mark {
            self.mark = 0;
            self.line = 1;
            self.col = 0;
        }
        for c in self.s[self.mark..at].chars() {
            if c == '\n' {
                self.line += 1;
                self.col = 0;
            } else {
                self.col += 1;
            }
        }
        self.mark = at;
        (self.line, self.col)
    }

    fn peek(&self) -> Option<char> {
        self.s[self.i..].chars().next()
    }

    fn starts(&self, p: &str) -> bool {
        self.s[self.i..].starts_with(p)
    }

    /// Whether the text ends in the middle of `opener` (more data may complete it).
    fn cut_short(&self, opener: &str) -> bool {
        let rest = &self.s[self.i..];
        rest.len() < opener.len() && opener.starts_with(rest)
    }

    fn skip_ws(&mut self) -> bool {
        let start = self.i;
        while self.i < self.b.len() && matches!(self.b[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
        self.i > start
    }

    fn name(&mut self) -> Res<String> {
        let start = self.i;
        match self.peek() {
            Some(c) if is_name_start(c) => self.i += c.len_utf8(),
            Some(_) => return Err(Fail(INVALID_TOKEN, self.i)),
            None => return Err(Fail(UNCLOSED_TOKEN, start)),
        }
        while let Some(c) = self.peek() {
            if !is_name_char(c) {
                break;
            }
            self.i += c.len_utf8();
        }
        Ok(self.s[start..self.i].to_string())
    }

    fn push(&mut self, items: Vec<Value>) {
        self.events.push(Value::tuple(items));
    }

    fn data(&mut self, text: String) {
        if text.is_empty() {
            return;
        }
        self.push(vec![Value::Int(DATA), Value::string(text)]);
    }

    /// A reference after `&`, appended to `out`; `tok` is where the enclosing token began.
    fn reference(&mut self, out: &mut String, tok: usize) -> Res<()> {
        let amp = self.i;
        self.i += 1;
        if self.starts("#") {
            self.i += 1;
            let hex = self.starts("x");
            if hex {
                self.i += 1;
            }
            let start = self.i;
            while self.i < self.b.len() && self.b[self.i] != b';' {
                let ok = if hex {
                    self.b[self.i].is_ascii_hexdigit()
                } else {
                    self.b[self.i].is_ascii_digit()
                };
                if !ok {
                    return Err(Fail(INVALID_TOKEN, self.i));
                }
                self.i += 1;
            }
            if self.i >= self.b.len() {
                return Err(Fail(UNCLOSED_TOKEN, tok));
            }
            if self.i == start {
                return Err(Fail(INVALID_TOKEN, self.i));
            }
            let digits = &self.s[start..self.i];
            self.i += 1;
            let n = u32::from_str_radix(digits, if hex { 16 } else { 10 }).ok();
            match n.and_then(char::from_u32) {
                Some(c) if is_xml_char(c) => out.push(c),
                _ => return Err(Fail(BAD_CHAR_REF, amp)),
            }
            return Ok(());
        }
        match self.peek() {
            Some(c) if is_name_start(c) => {}
            Some(_) => return Err(Fail(INVALID_TOKEN, self.i)),
            None => return Err(Fail(UNCLOSED_TOKEN, tok)),
        }
        let name = self.name()?;
        if self.i >= self.b.len() {
            return Err(Fail(UNCLOSED_TOKEN, tok));
        }
        if self.b[self.i] != b';' {
            return Err(Fail(INVALID_TOKEN, self.i));
        }
        self.i += 1;
        match name.as_str() {
            "lt" => out.push('<'),
            "gt" => out.push('>'),
            "amp" => out.push('&'),
            "quot" => out.push('"'),
            "apos" => out.push('\''),
            n => match self.entities.get(n) {
                Some(v) => out.push_str(v),
                None => return Err(Fail(UNDEFINED_ENTITY, amp)),
            },
        }
        Ok(())
    }

    /// A quoted attribute value, its references replaced and white space normalized.
    fn attr_value(&mut self, tok: usize) -> Res<String> {
        let q = match self.b.get(self.i) {
            Some(&q @ (b'"' | b'\'')) => q,
            Some(_) => return Err(Fail(INVALID_TOKEN, self.i)),
            None => return Err(Fail(UNCLOSED_TOKEN, tok)),
        };
        self.i += 1;
        let mut out = String::new();
        loop {
            let Some(c) = self.peek() else {
                return Err(Fail(UNCLOSED_TOKEN, tok));
            };
            match c {
                _ if c as u32 == q as u32 => {
                    self.i += 1;
                    return Ok(out);
                }
                '<' => return Err(Fail(INVALID_TOKEN, self.i)),
                '&' => self.reference(&mut out, tok)?,
                '\r' => {
                    self.i += 1;
                    if self.starts("\n") {
                        self.i += 1;
                    }
                    out.push(' ');
                }
                '\t' | '\n' => {
                    self.i += 1;
                    out.push(' ');
                }
                c if !is_xml_char(c) => return Err(Fail(INVALID_TOKEN, self.i)),
                c => {
                    self.i += c.len_utf8();
                    out.push(c);
                }
            }
        }
    }

    fn start_tag(&mut self) -> Res<bool> {
        let tok = self.i;
        self.i += 1;
        let name = self.name()?;
        let mut attrs: Vec<Value> = Vec::new();
        let mut seen: Vec<String> = Vec::new();
        loop {
            let ws = self.skip_ws();
            match self.b.get(self.i) {
                None => return Err(Fail(UNCLOSED_TOKEN, tok)),
                Some(b'>') => {
                    self.i += 1;
                    self.open(tok, name, attrs);
                    return Ok(false);
                }
                Some(b'/') => {
                    if self.b.get(self.i + 1) == Some(&b'>') {
                        self.i += 2;
                        self.open(tok, name.clone(), attrs);
                        self.stack.pop();
                        self.push(vec![Value::Int(END), Value::string(name)]);
                        return Ok(true);
                    }
                    if self.i + 1 >= self.b.len() {
                        return Err(Fail(UNCLOSED_TOKEN, tok));
                    }
                    return Err(Fail(INVALID_TOKEN, self.i));
                }
                Some(_) if !ws => return Err(Fail(INVALID_TOKEN, self.i)),
                Some(_) => {}
            }
            let at = self.i;
            let key = self.name()?;
            self.skip_ws();
            match self.b.get(self.i) {
                Some(b'=') => self.i += 1,
                Some(_) => return Err(Fail(INVALID_TOKEN, self.i)),
                None => return Err(Fail(UNCLOSED_TOKEN, tok)),
            }
            self.skip_ws();
            let value = self.attr_value(tok)?;
            if seen.contains(&key) {
                return Err(Fail(DUPLICATE_ATTRIBUTE, at));
            }
            seen.push(key.clone());
            attrs.push(Value::string(key));
            attrs.push(Value::string(value));
        }
    }

    fn open(&mut self, tok: usize, name: String, attrs: Vec<Value>) {
        let (line, col) = self.pos(tok);
        self.stack.push(name.clone());
        self.push(vec![
            Value::Int(START),
            Value::string(name),
            Value::list(attrs),
            Value::Int(line),
            Value::Int(col),
        ]);
    }

    fn end_tag(&mut self) -> Res<()> {
        let tok = self.i;
        self.i += 2;
        let at = self.i;
        let name = self.name()?;
        self.skip_ws();
        match self.b.get(self.i) {
            Some(b'>') => self.i += 1,
            Some(_) => return Err(Fail(INVALID_TOKEN, self.i)),
            None => return Err(Fail(UNCLOSED_TOKEN, tok)),
        }
        if self.stack.last() != Some(&name) {
            return Err(Fail(TAG_MISMATCH, at));
        }
        self.stack.pop();
        self.push(vec![Value::Int(END), Value::string(name)]);
        Ok(())
    }

    fn comment(&mut self) -> Res<()> {
        let tok = self.i;
        self.i += 4;
        let start = self.i;
        let Some(off) = self.s[self.i..].find("--") else {
            return Err(Fail(UNCLOSED_TOKEN, tok));
        };
        let dash = self.i + off;
        match self.b.get(dash + 2) {
            Some(b'>') => {
                let text = self.s[start..dash]
                    .replace("\r\n", "\n")
                    .replace('\r', "\n");
                self.i = dash + 3;
                self.push(vec![Value::Int(COMMENT), Value::string(text)]);
                Ok(())
            }
            Some(_) => Err(Fail(INVALID_TOKEN, dash + 2)),
            None => Err(Fail(UNCLOSED_TOKEN, tok)),
        }
    }

    fn pi(&mut self, at_start: bool) -> Res<()> {
        let tok = self.i;
        self.i += 2;
        let target = self.name()?;
        let ws = self.skip_ws();
        let start = self.i;
        let Some(off) = self.s[self.i..].find("?>") else {
            return Err(Fail(UNCLOSED_TOKEN, tok));
        };
        if !ws && off > 0 {
            return Err(Fail(INVALID_TOKEN, self.i));
        }
        let data = &self.s[start..start + off];
        self.i = start + off + 2;
        if target.eq_ignore_ascii_case("xml") {
            if !at_start || target != "xml" {
                return Err(Fail(MISPLACED_XML_PI, tok));
            }
            let attr = |k: &str| -> Value {
                let Some(p) = data.find(k) else {
                    return Value::None;
                };
                let rest = data[p + k.len()..].trim_start().trim_start_matches('=');
                let rest = rest.trim_start();
                let Some(q) = rest.chars().next().filter(|c| *c == '"' || *c == '\'') else {
                    return Value::None;
                };
                match rest[1..].find(q) {
                    Some(e) => Value::str(&rest[1..1 + e]),
                    None => Value::None,
                }
            };
            let standalone = match attr("standalone") {
                Value::Str(s) if s.s.as_str() == "yes" => 1,
                Value::Str(_) => 0,
                _ => -1,
            };
            let version = attr("version");
            let encoding = attr("encoding");
            self.push(vec![
                Value::Int(DECL),
                version,
                encoding,
                Value::Int(standalone),
            ]);
            return Ok(());
        }
        let data = data.replace("\r\n", "\n");
        self.push(vec![
            Value::Int(PI),
            Value::string(target),
            Value::string(data),
        ]);
        Ok(())
    }

    fn cdata(&mut self) -> Res<()> {
        self.i += 9;
        let Some(off) = self.s[self.i..].find("]]>") else {
            return Err(Fail(UNCLOSED_CDATA_SECTION, self.b.len()));
        };
        let text = self.s[self.i..self.i + off]
            .replace("\r\n", "\n")
            .replace('\r', "\n");
        self.i += off + 3;
        self.push(vec![Value::Int(CDATA_START)]);
        self.lines(&text);
        self.push(vec![Value::Int(CDATA_END)]);
        Ok(())
    }

    /// `<!DOCTYPE name [external id] [[internal subset]]>`: general entities declared in the
    /// internal subset are kept; other declarations are skipped.
    fn doctype(&mut self) -> Res<()> {
        let tok = self.i;
        self.i += 9;
        if !self.skip_ws() {
            return Err(Fail(INVALID_TOKEN, self.i));
        }
        let name = self.name()?;
        self.skip_ws();
        let mut ids: Vec<Value> = Vec::new();
        for kw in ["PUBLIC", "SYSTEM"] {
            if self.starts(kw) {
                self.i += 6;
                let n = if kw == "PUBLIC" { 2 } else { 1 };
                for _ in 0..n {
                    self.skip_ws();
                    ids.push(Value::string(self.quoted(tok)?));
                }
            }
        }
        let (system, public) = match ids.len() {
            2 => (ids[1].clone(), ids[0].clone()),
            1 => (ids[0].clone(), Value::None),
            _ => (Value::None, Value::None),
        };
        self.skip_ws();
        let mut subset = false;
        if self.starts("[") {
            subset = true;
            self.i += 1;
            loop {
                self.skip_ws();
                if self.i >= self.b.len() {
                    return Err(Fail(UNCLOSED_TOKEN, tok));
                }
                if self.starts("]") {
                    self.i += 1;
                    break;
                }
                if self.starts("<!--") {
                    let at = self.events.len();
                    self.comment()?;
                    self.events.truncate(at);
                } else if self.starts("<!ENTITY") {
                    self.entity(tok)?;
                } else if self.starts("<") {
                    // Another declaration: up to its `>`, quoted parts included.
                    while let Some(&c) = self.b.get(self.i) {
                        if c == b'"' || c == b'\'' {
                            self.quoted(tok)?;
                            continue;
                        }
                        self.i += 1;
                        if c == b'>' {
                            break;
                        }
                    }
                } else {
                    return Err(Fail(SYNTAX, self.i));
                }
            }
            self.skip_ws();
        }
        match self.b.get(self.i) {
            Some(b'>') => self.i += 1,
            Some(_) => return Err(Fail(SYNTAX, self.i)),
            None => return Err(Fail(UNCLOSED_TOKEN, tok)),
        }
        self.push(vec![
            Value::Int(DOCTYPE),
            Value::string(name),
            system,
            public,
            Value::bool(subset),
        ]);
        Ok(())
    }

    fn quoted(&mut self, tok: usize) -> Res<String> {
        let q = match self.b.get(self.i) {
            Some(&q @ (b'"' | b'\'')) => q,
            Some(_) => return Err(Fail(SYNTAX, self.i)),
            None => return Err(Fail(UNCLOSED_TOKEN, tok)),
        };
        let start = self.i + 1;
        let Some(off) = self.b[start..].iter().position(|&c| c == q) else {
            return Err(Fail(UNCLOSED_TOKEN, tok));
        };
        self.i = start + off + 1;
        Ok(self.s[start..start + off].to_string())
    }

    fn entity(&mut self, tok: usize) -> Res<()> {
        self.i += 8;
        self.skip_ws();
        let parameter = self.starts("%");
        if parameter {
            self.i += 1;
            self.skip_ws();
        }
        let name = self.name()?;
        self.skip_ws();
        let value = if matches!(self.b.get(self.i), Some(b'"' | b'\'')) {
            Some(self.quoted(tok)?)
        } else {
            None
        };
        while let Some(&c) = self.b.get(self.i) {
            if c == b'"' || c == b'\'' {
                self.quoted(tok)?;
                continue;
            }
            self.i += 1;
            if c == b'>' {
                break;
            }
        }
        if let (false, Some(v)) = (parameter, value) {
            // Character references in the value are replaced now; entity references when used.
            let mut out = String::new();
            let mut sub = Scanner::new(&v);
            while sub.i < sub.b.len() {
                if sub.starts("&#") {
                    sub.reference(&mut out, 0)?;
                } else if let Some(c) = sub.peek() {
                    out.push(c);
                    sub.i += c.len_utf8();
                }
            }
            self.entities.entry(name).or_insert(out);
        }
        Ok(())
    }

    fn new(s: &'a str) -> Self {
        Scanner {
            s,
            b: s.as_bytes(),
            i: 0,
            events: Vec::new(),
            stack: Vec::new(),
            entities: HashMap::new(),
            mark: 0,
            line: 1,
            col: 0,
            resume: None,
        }
    }

    /// Text up to the next markup, as expat reports it: runs of characters, each line end and
    /// each reference a piece of its own.
    fn text(&mut self) -> Res<()> {
        let mut out = String::new();
        while let Some(c) = self.peek() {
            match c {
                '<' => break,
                '&' => {
                    self.data(std::mem::take(&mut out));
                    let tok = self.i;
                    let mut r = String::new();
                    self.reference(&mut r, tok)?;
                    self.data(r);
                }
                '\r' | '\n' => {
                    self.i += 1;
                    if c == '\r' && self.starts("\n") {
                        self.i += 1;
                    }
                    self.data(std::mem::take(&mut out));
                    self.data("\n".to_string());
                }
                ']' if self.starts("]]>") => return Err(Fail(INVALID_TOKEN, self.i + 2)),
                c if !is_xml_char(c) => return Err(Fail(INVALID_TOKEN, self.i)),
                c => {
                    self.i += c.len_utf8();
                    out.push(c);
                }
            }
        }
        self.data(out);
        Ok(())
    }

    /// Data as pieces split at line ends (CDATA sections are reported so).
    fn lines(&mut self, text: &str) {
        let mut rest = text;
        while let Some(p) = rest.find('\n') {
            self.data(rest[..p].to_string());
            self.data("\n".to_string());
            rest = &rest[p + 1..];
        }
        self.data(rest.to_string());
    }

    /// Comments, PIs and white space outside the root element (and the doctype before it).
    fn misc(&mut self, before_root: bool) -> Res<bool> {
        if self.starts("<!--") {
            self.comment()?;
        } else if self.starts("<?") {
            let at_start = self.i == 0;
            self.pi(at_start)?;
        } else if before_root && self.starts("<!DOCTYPE") {
            self.doctype()?;
        } else if self.skip_ws() {
        } else {
            return Ok(false);
        }
        Ok(true)
    }

    fn document(&mut self) -> Res<()> {
        if self.s.starts_with('\u{feff}') {
            self.i = 3;
        }
        while self.i < self.b.len() && self.misc(true)? {}
        if self.i >= self.b.len() {
            return Err(Fail(NO_ELEMENTS, self.b.len()));
        }
        if !self.starts("<") {
            return Err(Fail(SYNTAX, self.i));
        }
        match self.b.get(self.i + 1) {
            None => return Err(Fail(UNCLOSED_TOKEN, self.i)),
            Some(b'/') => return Err(Fail(INVALID_TOKEN, self.i + 1)),
            Some(b'!') if self.cut_short("<!--") || self.cut_short("<!DOCTYPE") => {
                return Err(Fail(UNCLOSED_TOKEN, self.i))
            }
            Some(b'!') => return Err(Fail(INVALID_TOKEN, self.i + 2)),
            _ => {}
        }
        if !self.start_tag()? {
            self.content()?;
        }
        self.epilogue()
    }

    /// The root element's content, up to its end tag.
    fn content(&mut self) -> Res<()> {
        let mut after_text = false;
        while !self.stack.is_empty() {
            if !after_text {
                self.resume = Some((self.i, self.events.len()));
            }
            after_text = false;
            if self.i >= self.b.len() {
                return Err(Fail(NO_ELEMENTS, self.b.len()));
            }
            if !self.starts("<") {
                self.text()?;
                after_text = true;
            } else if self.starts("</") {
                self.end_tag()?;
            } else if self.starts("<!--") {
                self.comment()?;
            } else if self.starts("<![CDATA[") {
                self.cdata()?;
            } else if self.starts("<?") {
                self.pi(false)?;
            } else if self.b.len() == self.i + 1
                || self.cut_short("<!--")
                || self.cut_short("<![CDATA[")
            {
                return Err(Fail(UNCLOSED_TOKEN, self.i));
            } else if self.starts("<!") {
                return Err(Fail(INVALID_TOKEN, self.i + 2));
            } else {
                self.start_tag()?;
            }
        }
        // Past the root element: a later scan starts from the beginning.
        self.resume = None;
        Ok(())
    }

    /// Comments, PIs and white space after the root element.
    fn epilogue(&mut self) -> Res<()> {
        while self.i < self.b.len() {
            if !self.misc(false)? {
                if self.cut_short("<!--") {
                    return Err(Fail(UNCLOSED_TOKEN, self.i));
                }
                return Err(Fail(JUNK_AFTER_DOC_ELEMENT, self.i));
            }
        }
        Ok(())
    }
}

/// The events of a document and the error that stopped it, with where a scan of the same text
/// with more after it may start again: `(events, None | (code, line, column), resume)`.
/// `resume` (None when a later scan must start from the beginning) is
/// `(offset, mark, line, column, events before it, open element names)`; given back as
/// `scan(longer_text, resume)`, the scan starts there and gives the events from there on.
#[function(_xmlscan, "scan(text, resume=None, /)")]
fn scan(ip: &Interp, text: &str, resume: Option<&Value>) -> PyResult<Value> {
    let mut sc = Scanner::new(text);
    let r = match resume {
        None | Some(Value::None) => sc.document(),
        Some(state) => {
            let bad = || Err(ip.err(ExcKind::ValueError, "bad resume state for _xmlscan.scan"));
            let Value::Tuple(t) = state else {
                return bad();
            };
            let [Value::Int(i), Value::Int(mark), Value::Int(line), Value::Int(col), _, Value::Tuple(names)] =
                &t.items[..]
            else {
                return bad();
            };
            let (i, mark) = (*i as usize, *mark as usize);
            if i > text.len() || !text.is_char_boundary(i) || mark > i || names.items.is_empty() {
                return bad();
            }
            for n in names.items.iter() {
                match n {
                    Value::Str(n) => sc.stack.push(n.s.as_str().to_string()),
                    _ => return bad(),
                }
            }
            sc.i = i;
            (sc.mark, sc.line, sc.col) = (mark, *line, *col);
            sc.content().and_then(|()| sc.epilogue())
        }
    };
    // Where to start again (its position counted before the error's, which is further on).
    let again = match (&r, sc.resume, sc.entities.is_empty()) {
        (Err(_), Some((at, events)), true) => {
            let (line, col) = sc.pos(at);
            let names = sc.stack.iter().map(|n| Value::string(n.clone())).collect();
            Value::tuple(vec![
                Value::Int(at as i64),
                Value::Int(sc.mark as i64),
                Value::Int(line),
                Value::Int(col),
                Value::Int(events as i64),
                Value::tuple(names),
            ])
        }
        _ => Value::None,
    };
    let err = match r {
        Ok(()) => Value::None,
        Err(Fail(code, at)) => {
            let (line, col) = sc.pos(at.min(text.len()));
            Value::tuple(vec![Value::Int(code), Value::Int(line), Value::Int(col)])
        }
    };
    Ok(Value::tuple(vec![Value::list(sc.events), err, again]))
}

fn init(_ip: &Interp, _m: &std::rc::Rc<crate::runtime::object::ModuleObj>) -> PyResult<()> {
    Ok(())
}

crate::native_module!("_xmlscan", init);
crate::python_module!("pyexpat", "pyexpat.py");
crate::python_module!("xml", "xml/__init__.py");
crate::python_module!("xml.parsers", "xml/parsers/__init__.py");
crate::python_module!("xml.parsers.expat", "xml/parsers/expat.py");
crate::python_module!("xml.etree", "xml/etree/__init__.py");
crate::python_module!("xml.etree.ElementTree", "xml/etree/ElementTree.py");
crate::python_module!("xml.etree.ElementPath", "xml/etree/ElementPath.py");
crate::python_module!("xml.dom", "xml/dom/__init__.py");
crate::python_module!("xml.dom.minidom", "xml/dom/minidom.py");
crate::python_module!("xml.sax", "xml/sax/__init__.py");
crate::python_module!("xml.sax.handler", "xml/sax/handler.py");
crate::python_module!("xml.sax.saxutils", "xml/sax/saxutils.py");
