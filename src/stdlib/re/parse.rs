//! Python's regular expression syntax read into a tree, with the errors (message and position)
//! CPython's `re._parser` gives for a bad pattern. Flags are resolved while reading: each node
//! knows whether it ignores case, whether `.` takes a newline, and so on.

use std::rc::Rc;

pub const F_TEMPLATE: u32 = 1;
pub const F_IGNORECASE: u32 = 2;
pub const F_LOCALE: u32 = 4;
pub const F_MULTILINE: u32 = 8;
pub const F_DOTALL: u32 = 16;
pub const F_UNICODE: u32 = 32;
pub const F_VERBOSE: u32 = 64;
pub const F_DEBUG: u32 = 128;
pub const F_ASCII: u32 = 256;
const TYPE_FLAGS: u32 = F_ASCII | F_LOCALE | F_UNICODE;
const GLOBAL_FLAGS: u32 = F_DEBUG;

/// Repetition counts are below this (CPython's `MAXREPEAT` on 64-bit machines).
pub const MAXREPEAT: u64 = 4294967295;
/// An unbounded repeat's upper count.
pub const INF: u32 = u32::MAX;
/// How deeply groups may nest before the parse fails as CPython's recursion limit makes it.
const MAX_DEPTH: usize = 240;

/// A class of characters, as `\d`, `\w` and `\s` name them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Class {
    Digit,
    NotDigit,
    Word,
    NotWord,
    Space,
    NotSpace,
}

#[derive(Clone, Debug)]
pub enum SetItem {
    Char(u32),
    Range(u32, u32),
    Class(Class),
}

/// A character set `[...]` (or a class escape outside of one).
#[derive(Debug)]
pub struct Set {
    pub neg: bool,
    pub items: Vec<SetItem>,
    pub icase: bool,
    /// `\w`, `\d`, `\s` and case folding by ASCII rules.
    pub ascii: bool,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum At {
    /// `^` without MULTILINE, `\A`.
    Begin,
    /// `^` with MULTILINE.
    BeginLine,
    /// `$` without MULTILINE: the end or before a final newline.
    End,
    /// `$` with MULTILINE.
    EndLine,
    /// `\Z`.
    EndString,
    Boundary {
        ascii: bool,
    },
    NonBoundary {
        ascii: bool,
    },
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Greed {
    Greedy,
    Lazy,
    Possessive,
}

#[derive(Debug)]
pub enum Node {
    Char {
        c: u32,
        neg: bool,
        icase: bool,
        ascii: bool,
    },
    Any {
        dotall: bool,
    },
    Set(Rc<Set>),
    At(At),
    Group(usize, Box<Node>),
    Seq(Vec<Node>),
    Alt(Vec<Node>),
    Repeat {
        min: u32,
        max: u32,
        greed: Greed,
        body: Box<Node>,
    },
    Backref {
        g: usize,
        icase: bool,
        ascii: bool,
    },
    Look {
        behind: bool,
        neg: bool,
        body: Box<Node>,
    },
    Cond {
        g: usize,
        yes: Box<Node>,
        no: Box<Node>,
    },
    Atomic(Box<Node>),
}

/// Why a pattern does not compile.
#[derive(Debug)]
pub enum Error {
    /// `re.error(msg, pattern, pos)`; `pos` None for the few errors CPython gives without one.
    Re(String, Option<usize>),
    Overflow(&'static str),
    Recursion,
}

type R<T> = Result<T, Error>;

/// A parsed pattern.
pub struct Parsed {
    pub node: Node,
    pub flags: u32,
    /// The number of capturing groups.
    pub groups: usize,
    pub names: Vec<(String, usize)>,
}

/// A token: a character, or a backslash and the character after it.
#[derive(Clone, Copy, PartialEq)]
struct Tok {
    c: char,
    esc: bool,
}

impl Tok {
    fn len(self) -> usize {
        1 + self.esc as usize
    }
    fn is(self, c: char) -> bool {
        !self.esc && self.c == c
    }
    fn text(self) -> String {
        if self.esc {
            format!("\\{}", self.c)
        } else {
            self.c.to_string()
        }
    }
}

struct Parser<'a> {
    s: &'a [char],
    istext: bool,
    /// The index just past `next`.
    index: usize,
    next: Option<Tok>,
    flags: u32,
    groups: usize,
    names: Vec<(String, usize)>,
    open: Vec<usize>,
    lookbehind_groups: Option<usize>,
    grouprefpos: Vec<(usize, usize)>,
}

fn is_octal(c: char) -> bool {
    ('0'..='7').contains(&c)
}

impl<'a> Parser<'a> {
    fn advance(&mut self) -> R<()> {
        let mut i = self.index;
        let Some(&c) = self.s.get(i) else {
            self.next = None;
            return Ok(());
        };
        let mut t = Tok { c, esc: false };
        if c == '\\' {
            i += 1;
            match self.s.get(i) {
                Some(&d) => t = Tok { c: d, esc: true },
                None => {
                    return Err(Error::Re(
                        "bad escape (end of pattern)".into(),
                        Some(self.s.len() - 1),
                    ))
                }
            }
        }
        self.index = i + 1;
        self.next = Some(t);
        Ok(())
    }
    fn tell(&self) -> usize {
        self.index - self.next.map_or(0, |t| t.len())
    }
    fn seek(&mut self, i: usize) -> R<()> {
        self.index = i;
        self.advance()
    }
    fn get(&mut self) -> R<Option<Tok>> {
        let t = self.next;
        self.advance()?;
        Ok(t)
    }
    fn matches(&mut self, c: char) -> R<bool> {
        if self.next.is_some_and(|t| t.is(c)) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }
    fn next_is(&self, f: impl Fn(char) -> bool) -> bool {
        self.next.is_some_and(|t| !t.esc && f(t.c))
    }
    fn err<T>(&self, msg: impl Into<String>, offset: usize) -> R<T> {
        let mut msg = msg.into();
        if !self.istext {
            msg = ascii_escape(&msg);
        }
        Err(Error::Re(msg, Some(self.tell() - offset)))
    }
    /// Up to `n` plain characters satisfying `f`.
    fn getwhile(&mut self, n: usize, f: impl Fn(char) -> bool) -> R<String> {
        let mut out = String::new();
        for _ in 0..n {
            match self.next {
                Some(t) if !t.esc && f(t.c) => {
                    out.push(t.c);
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(out)
    }
    fn getuntil(&mut self, term: char, name: &str) -> R<String> {
        let mut out = String::new();
        loop {
            let c = self.next;
            self.advance()?;
            match c {
                None => {
                    if out.is_empty() {
                        return self.err(format!("missing {name}"), 0);
                    }
                    return self.err(
                        format!("missing {term}, unterminated name"),
                        out.chars().count(),
                    );
                }
                Some(t) if t.is(term) => {
                    if out.is_empty() {
                        return self.err(format!("missing {name}"), 1);
                    }
                    return Ok(out);
                }
                Some(t) => out.push_str(&t.text()),
            }
        }
    }
    fn check_name(&self, name: &str, offset: usize) -> R<()> {
        if !is_identifier(name) {
            return self.err(
                format!("bad character in group name {}", repr(name)),
                name.chars().count() + offset,
            );
        }
        Ok(())
    }
    fn group_of(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|p| p.1)
    }
    fn check_lookbehind_group(&self, g: usize) -> R<()> {
        if let Some(lb) = self.lookbehind_groups {
            if g >= lb {
                return self.err(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                );
            }
        }
        Ok(())
    }

    fn ascii(&self, flags: u32) -> bool {
        !self.istext || flags & F_ASCII != 0
    }

    fn lit(&self, c: u32, flags: u32) -> Node {
        Node::Char {
            c,
            neg: false,
            icase: flags & F_IGNORECASE != 0,
            ascii: self.ascii(flags),
        }
    }

    fn class_node(&self, cl: Class, flags: u32) -> Node {
        Node::Set(Rc::new(Set {
            neg: false,
            items: vec![SetItem::Class(cl)],
            icase: false,
            ascii: self.ascii(flags),
        }))
    }

    /// Escapes with the same meaning inside and outside a set: `\n`, `\x41`, `\u0041`, ...
    /// None when `t` is not one of them.
    fn common_escape(&mut self, t: Tok) -> R<Option<u32>> {
        let simple = match t.c {
            'a' => Some(7),
            'b' => None,
            'f' => Some(12),
            'n' => Some(10),
            'r' => Some(13),
            't' => Some(9),
            'v' => Some(11),
            '\\' => Some(92),
            _ => None,
        };
        if simple.is_some() {
            return Ok(simple);
        }
        let esc = t.text();
        let hex = |c: char| c.is_ascii_hexdigit();
        let (n, want) = match t.c {
            'x' => (2, true),
            'u' if self.istext => (4, true),
            'U' if self.istext => (8, true),
            _ => (0, false),
        };
        if want {
            let digits = self.getwhile(n, hex)?;
            let full = format!("{esc}{digits}");
            if digits.len() != n {
                return self.err(format!("incomplete escape {full}"), full.chars().count());
            }
            let v = u32::from_str_radix(&digits, 16).unwrap_or(u32::MAX);
            if t.c == 'U' && char::from_u32(v).is_none() {
                return self.err(format!("bad escape {full}"), full.chars().count());
            }
            return Ok(Some(v));
        }
        if t.c == 'N' && self.istext {
            if !self.matches('{')? {
                return self.err("missing {", 0);
            }
            let name = self.getuntil('}', "character name")?;
            // Without the Unicode name database only common names are known; any other
            // name is refused as unsupported rather than called undefined.
            return match named_char(&name) {
                Some(c) => Ok(Some(c)),
                None => Err(Error::Re(
                    format!(
                        "\0NotImplementedError:\\N{{{name}}}: character names other than a few common ones are not supported by corun"
                    ),
                    None,
                )),
            };
        }
        Ok(None)
    }

    fn class_escape(&mut self, t: Tok) -> R<SetItem> {
        if let Some(cl) = class_of(t.c) {
            return Ok(SetItem::Class(cl));
        }
        if t.c == 'b' {
            return Ok(SetItem::Char(8));
        }
        if let Some(c) = self.common_escape(t)? {
            return Ok(SetItem::Char(c));
        }
        let esc = t.text();
        if is_octal(t.c) {
            let more = self.getwhile(2, is_octal)?;
            let full = format!("{esc}{more}");
            let v = u32::from_str_radix(&full[1..], 8).unwrap_or(0);
            if v > 0o377 {
                return self.err(
                    format!("octal escape value {full} outside of range 0-0o377"),
                    full.len(),
                );
            }
            return Ok(SetItem::Char(v));
        }
        if t.c.is_ascii_alphanumeric() {
            return self.err(format!("bad escape {esc}"), 2);
        }
        Ok(SetItem::Char(t.c as u32))
    }

    fn escape(&mut self, t: Tok, flags: u32) -> R<Node> {
        let ascii = self.ascii(flags);
        match t.c {
            'A' => return Ok(Node::At(At::Begin)),
            'Z' => return Ok(Node::At(At::EndString)),
            'b' => return Ok(Node::At(At::Boundary { ascii })),
            'B' => return Ok(Node::At(At::NonBoundary { ascii })),
            _ => {}
        }
        if let Some(cl) = class_of(t.c) {
            return Ok(self.class_node(cl, flags));
        }
        if let Some(c) = self.common_escape(t)? {
            return Ok(self.lit(c, flags));
        }
        let mut esc = t.text();
        if t.c == '0' {
            let more = self.getwhile(2, is_octal)?;
            let v = u32::from_str_radix(&format!("0{more}"), 8).unwrap_or(0);
            return Ok(self.lit(v, flags));
        }
        if t.c.is_ascii_digit() {
            if self.next_is(|c| c.is_ascii_digit()) {
                let d = self.get()?.unwrap().c;
                esc.push(d);
                let b: Vec<char> = esc.chars().collect();
                if is_octal(b[1]) && is_octal(b[2]) && self.next_is(is_octal) {
                    esc.push(self.get()?.unwrap().c);
                    let v = u32::from_str_radix(&esc[1..], 8).unwrap_or(0);
                    if v > 0o377 {
                        return self.err(
                            format!("octal escape value {esc} outside of range 0-0o377"),
                            esc.len(),
                        );
                    }
                    return Ok(self.lit(v, flags));
                }
            }
            let g: usize = esc[1..].parse().unwrap_or(0);
            if g < self.groups {
                if self.open.contains(&g) {
                    return self.err("cannot refer to an open group", esc.len());
                }
                self.check_lookbehind_group(g)?;
                return Ok(Node::Backref {
                    g,
                    icase: flags & F_IGNORECASE != 0,
                    ascii,
                });
            }
            return self.err(format!("invalid group reference {g}"), esc.len() - 1);
        }
        if t.c.is_ascii_alphanumeric() {
            return self.err(format!("bad escape {esc}"), 2);
        }
        Ok(self.lit(t.c as u32, flags))
    }

    /// An alternation `a|b|c`.
    fn parse_sub(&mut self, flags: u32, depth: usize) -> R<Node> {
        if depth > MAX_DEPTH {
            return Err(Error::Recursion);
        }
        let mut items = Vec::new();
        let mut flags = flags;
        loop {
            let first = depth == 0 && items.is_empty();
            items.push(self.parse_seq(&mut flags, depth, first)?);
            if !self.matches('|')? {
                break;
            }
        }
        if items.len() == 1 {
            return Ok(items.pop().unwrap());
        }
        Ok(Node::Alt(items))
    }

    /// A sequence of items up to `|`, `)` or the end.
    fn parse_seq(&mut self, flags: &mut u32, depth: usize, first: bool) -> R<Node> {
        let mut seq: Vec<Node> = Vec::new();
        while let Some(t) = self.next {
            if t.is('|') || t.is(')') {
                break;
            }
            self.advance()?;
            let verbose = *flags & F_VERBOSE != 0;
            if verbose && !t.esc {
                if matches!(t.c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                    continue;
                }
                if t.c == '#' {
                    loop {
                        match self.get()? {
                            None => break,
                            Some(x) if x.is('\n') => break,
                            _ => {}
                        }
                    }
                    continue;
                }
            }
            if t.esc {
                seq.push(self.escape(t, *flags)?);
                continue;
            }
            match t.c {
                '[' => seq.push(self.parse_set(*flags)?),
                '*' | '+' | '?' | '{' => {
                    let here = self.tell();
                    let (min, max): (u64, u64);
                    if t.c == '{' {
                        if self.next.is_some_and(|n| n.is('}')) {
                            seq.push(self.lit('{' as u32, *flags));
                            continue;
                        }
                        let lo = self.getwhile(usize::MAX, |c| c.is_ascii_digit())?;
                        let hi = if self.matches(',')? {
                            self.getwhile(usize::MAX, |c| c.is_ascii_digit())?
                        } else {
                            lo.clone()
                        };
                        if !self.matches('}')? {
                            seq.push(self.lit('{' as u32, *flags));
                            self.seek(here)?;
                            continue;
                        }
                        let num = |s: &str| -> R<u64> {
                            match s.parse::<u64>() {
                                Ok(v) if v < MAXREPEAT => Ok(v),
                                _ => Err(Error::Overflow("the repetition number is too large")),
                            }
                        };
                        let mn = if lo.is_empty() { 0 } else { num(&lo)? };
                        let mx = if hi.is_empty() { MAXREPEAT } else { num(&hi)? };
                        if mx < mn {
                            return self
                                .err("min repeat greater than max repeat", self.tell() - here);
                        }
                        min = mn;
                        max = mx;
                    } else {
                        (min, max) = match t.c {
                            '?' => (0, 1),
                            '*' => (0, MAXREPEAT),
                            _ => (1, MAXREPEAT),
                        };
                    }
                    let width = self.tell() - here + 1;
                    let item = match seq.pop() {
                        None | Some(Node::At(_)) => {
                            return self.err("nothing to repeat", width);
                        }
                        Some(Node::Repeat { .. }) => {
                            return self.err("multiple repeat", width);
                        }
                        Some(n) => n,
                    };
                    let greed = if self.matches('?')? {
                        Greed::Lazy
                    } else if self.matches('+')? {
                        Greed::Possessive
                    } else {
                        Greed::Greedy
                    };
                    let max = if max == MAXREPEAT { INF } else { max as u32 };
                    seq.push(Node::Repeat {
                        min: min as u32,
                        max,
                        greed,
                        body: Box::new(item),
                    });
                }
                '.' => seq.push(Node::Any {
                    dotall: *flags & F_DOTALL != 0,
                }),
                '^' => seq.push(Node::At(if *flags & F_MULTILINE != 0 {
                    At::BeginLine
                } else {
                    At::Begin
                })),
                '$' => seq.push(Node::At(if *flags & F_MULTILINE != 0 {
                    At::EndLine
                } else {
                    At::End
                })),
                '(' => {
                    let start = self.tell() - 1;
                    if let Some(n) =
                        self.parse_paren(flags, depth, first && seq.is_empty(), start)?
                    {
                        seq.push(n);
                    }
                }
                c => seq.push(self.lit(c as u32, *flags)),
            }
        }
        if seq.len() == 1 {
            return Ok(seq.pop().unwrap());
        }
        Ok(Node::Seq(seq))
    }

    /// What follows `(`: a group, an extension, or global flags (None: nothing to add).
    fn parse_paren(
        &mut self,
        flags: &mut u32,
        depth: usize,
        first: bool,
        start: usize,
    ) -> R<Option<Node>> {
        let mut capture = true;
        let mut atomic = false;
        let mut name = None;
        let mut sub_flags = *flags;
        if self.matches('?')? {
            let Some(ch) = self.get()? else {
                return self.err("unexpected end of pattern", 0);
            };
            let c = if ch.esc { '\\' } else { ch.c };
            match c {
                'P' => {
                    if self.matches('<')? {
                        let n = self.getuntil('>', "group name")?;
                        self.check_name(&n, 1)?;
                        name = Some(n);
                    } else if self.matches('=')? {
                        let n = self.getuntil(')', "group name")?;
                        self.check_name(&n, 1)?;
                        let len = n.chars().count() + 1;
                        let Some(g) = self.group_of(&n) else {
                            return self.err(format!("unknown group name {}", repr(&n)), len);
                        };
                        if self.open.contains(&g) {
                            return self.err("cannot refer to an open group", len);
                        }
                        self.check_lookbehind_group(g)?;
                        return Ok(Some(Node::Backref {
                            g,
                            icase: *flags & F_IGNORECASE != 0,
                            ascii: self.ascii(*flags),
                        }));
                    } else {
                        let Some(ch) = self.get()? else {
                            return self.err("unexpected end of pattern", 0);
                        };
                        let text = ch.text();
                        return self.err(
                            format!("unknown extension ?P{text}"),
                            text.chars().count() + 2,
                        );
                    }
                }
                ':' => capture = false,
                '#' => {
                    loop {
                        if self.next.is_none() {
                            return self
                                .err("missing ), unterminated comment", self.tell() - start);
                        }
                        if self.get()?.is_some_and(|t| t.is(')')) {
                            break;
                        }
                    }
                    return Ok(None);
                }
                '=' | '!' | '<' => {
                    let mut behind = false;
                    let mut kind = c;
                    let saved = self.lookbehind_groups;
                    if c == '<' {
                        let Some(ch2) = self.get()? else {
                            return self.err("unexpected end of pattern", 0);
                        };
                        if ch2.esc || !matches!(ch2.c, '=' | '!') {
                            let text = ch2.text();
                            return self.err(
                                format!("unknown extension ?<{text}"),
                                text.chars().count() + 2,
                            );
                        }
                        kind = ch2.c;
                        behind = true;
                        if self.lookbehind_groups.is_none() {
                            self.lookbehind_groups = Some(self.groups);
                        }
                    }
                    let body = self.parse_sub(*flags, depth + 1)?;
                    if behind && saved.is_none() {
                        self.lookbehind_groups = None;
                    }
                    if !self.matches(')')? {
                        return self.err("missing ), unterminated subpattern", self.tell() - start);
                    }
                    return Ok(Some(Node::Look {
                        behind,
                        neg: kind == '!',
                        body: Box::new(body),
                    }));
                }
                '(' => {
                    let cond = self.getuntil(')', "group name")?;
                    let len = cond.chars().count() + 1;
                    let g = if is_identifier(&cond) {
                        match self.group_of(&cond) {
                            Some(g) => g,
                            None => {
                                return self.err(format!("unknown group name {}", repr(&cond)), len)
                            }
                        }
                    } else {
                        let g: usize = match parse_int(&cond) {
                            Some(g) => g,
                            None => {
                                return self.err(
                                    format!("bad character in group name {}", repr(&cond)),
                                    len,
                                )
                            }
                        };
                        if g == 0 {
                            return self.err("bad group number", len);
                        }
                        if g >= 100 {
                            return self.err(format!("invalid group reference {g}"), len);
                        }
                        if !self.grouprefpos.iter().any(|p| p.0 == g) {
                            self.grouprefpos.push((g, self.tell() - len));
                        }
                        g
                    };
                    self.check_lookbehind_group(g)?;
                    let mut f = *flags;
                    let yes = self.parse_seq(&mut f, depth + 1, false)?;
                    let no = if self.matches('|')? {
                        let no = self.parse_seq(&mut f, depth + 1, false)?;
                        if self.next.is_some_and(|t| t.is('|')) {
                            return self.err("conditional backref with more than two branches", 0);
                        }
                        no
                    } else {
                        Node::Seq(Vec::new())
                    };
                    if !self.matches(')')? {
                        return self.err("missing ), unterminated subpattern", self.tell() - start);
                    }
                    return Ok(Some(Node::Cond {
                        g,
                        yes: Box::new(yes),
                        no: Box::new(no),
                    }));
                }
                '>' => {
                    capture = false;
                    atomic = true;
                }
                _ if flag_of(c).is_some() || c == '-' => match self.parse_flags(c)? {
                    None => {
                        if !first {
                            return self.err(
                                "global flags not at the start of the expression",
                                self.tell() - start,
                            );
                        }
                        *flags |= self.flags;
                        return Ok(None);
                    }
                    Some((add, del)) => {
                        sub_flags = (*flags | add) & !del;
                        if add & F_ASCII != 0 {
                            sub_flags &= !F_UNICODE;
                        }
                        if add & F_UNICODE != 0 {
                            sub_flags &= !F_ASCII;
                        }
                        capture = false;
                    }
                },
                _ => {
                    let text = ch.text();
                    return self.err(
                        format!("unknown extension ?{text}"),
                        text.chars().count() + 1,
                    );
                }
            }
        }
        let group = if capture {
            self.groups += 1;
            let g = self.groups - 1;
            if g > 100 - 1 + 1_000_000 {
                return Err(Error::Re("too many groups".into(), None));
            }
            if let Some(n) = &name {
                if let Some(old) = self.group_of(n) {
                    return self.err(
                        format!(
                            "redefinition of group name {} as group {}; was group {}",
                            repr(n),
                            g,
                            old
                        ),
                        n.chars().count() + 1,
                    );
                }
                self.names.push((n.clone(), g));
            }
            self.open.push(g);
            Some(g)
        } else {
            None
        };
        let body = self.parse_sub(sub_flags, depth + 1)?;
        if !self.matches(')')? {
            return self.err("missing ), unterminated subpattern", self.tell() - start);
        }
        if let Some(g) = group {
            self.open.retain(|&x| x != g);
            return Ok(Some(Node::Group(g, Box::new(body))));
        }
        if atomic {
            return Ok(Some(Node::Atomic(Box::new(body))));
        }
        // Kept as one item, so that a repeat after it is not taken for a second repeat.
        Ok(Some(Node::Seq(vec![body])))
    }

    /// Inline flags after `(?`: None for global ones `(?i)`, or the flags a scoped group
    /// `(?i-m:...)` adds and removes.
    fn parse_flags(&mut self, first: char) -> R<Option<(u32, u32)>> {
        let mut add = 0;
        let mut del = 0;
        let mut c = Some(first);
        if first != '-' {
            loop {
                let ch = c.unwrap();
                let flag = flag_of(ch).unwrap();
                if self.istext && ch == 'L' {
                    return self.err(
                        "bad inline flags: cannot use 'L' flag with a str pattern",
                        0,
                    );
                }
                if !self.istext && ch == 'u' {
                    return self.err(
                        "bad inline flags: cannot use 'u' flag with a bytes pattern",
                        0,
                    );
                }
                add |= flag;
                if flag & TYPE_FLAGS != 0 && add & TYPE_FLAGS != flag {
                    return self.err(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        0,
                    );
                }
                let t = self.get()?;
                let Some(t) = t else {
                    return self.err("missing -, : or )", 0);
                };
                if t.is(')') || t.is('-') || t.is(':') {
                    c = Some(t.c);
                    break;
                }
                if t.esc || flag_of(t.c).is_none() {
                    let msg = if !t.esc && t.c.is_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing -, : or )"
                    };
                    return self.err(msg, t.len());
                }
                c = Some(t.c);
            }
        }
        let c = c.unwrap();
        if c == ')' {
            self.flags |= add;
            return Ok(None);
        }
        if add & GLOBAL_FLAGS != 0 {
            return self.err("bad inline flags: cannot turn on global flag", 1);
        }
        if c == '-' {
            let Some(t) = self.get()? else {
                return self.err("missing flag", 0);
            };
            if t.esc || flag_of(t.c).is_none() {
                let msg = if !t.esc && t.c.is_alphabetic() {
                    "unknown flag"
                } else {
                    "missing flag"
                };
                return self.err(msg, t.len());
            }
            let mut ch = t.c;
            loop {
                let flag = flag_of(ch).unwrap();
                if flag & TYPE_FLAGS != 0 {
                    return self.err(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        0,
                    );
                }
                del |= flag;
                let Some(t) = self.get()? else {
                    return self.err("missing :", 0);
                };
                if t.is(':') {
                    break;
                }
                if t.esc || flag_of(t.c).is_none() {
                    let msg = if !t.esc && t.c.is_alphabetic() {
                        "unknown flag"
                    } else {
                        "missing :"
                    };
                    return self.err(msg, t.len());
                }
                ch = t.c;
            }
        }
        if del & GLOBAL_FLAGS != 0 {
            return self.err("bad inline flags: cannot turn off global flag", 1);
        }
        if add & del != 0 {
            return self.err("bad inline flags: flag turned on and off", 1);
        }
        Ok(Some((add, del)))
    }

    fn parse_set(&mut self, flags: u32) -> R<Node> {
        let here = self.tell() - 1;
        let mut items: Vec<SetItem> = Vec::new();
        let neg = self.matches('^')?;
        loop {
            let Some(this) = self.get()? else {
                return self.err("unterminated character set", self.tell() - here);
            };
            if this.is(']') && !items.is_empty() {
                break;
            }
            // `]` first in a set is a literal: `items` is empty only before the first item.
            let code1 = if this.esc {
                self.class_escape(this)?
            } else {
                SetItem::Char(this.c as u32)
            };
            if self.matches('-')? {
                let Some(that) = self.get()? else {
                    return self.err("unterminated character set", self.tell() - here);
                };
                if that.is(']') {
                    items.push(code1);
                    items.push(SetItem::Char('-' as u32));
                    break;
                }
                let code2 = if that.esc {
                    self.class_escape(that)?
                } else {
                    SetItem::Char(that.c as u32)
                };
                let msg = format!("bad character range {}-{}", this.text(), that.text());
                let width = this.len() + 1 + that.len();
                match (code1, code2) {
                    (SetItem::Char(lo), SetItem::Char(hi)) if hi >= lo => {
                        items.push(SetItem::Range(lo, hi))
                    }
                    _ => return self.err(msg, width),
                }
            } else {
                items.push(code1);
            }
        }
        if let [SetItem::Char(c)] = items[..] {
            return Ok(Node::Char {
                c,
                neg,
                icase: flags & F_IGNORECASE != 0,
                ascii: self.ascii(flags),
            });
        }
        Ok(Node::Set(Rc::new(Set {
            neg,
            items,
            icase: flags & F_IGNORECASE != 0,
            ascii: self.ascii(flags),
        })))
    }
}

fn class_of(c: char) -> Option<Class> {
    Some(match c {
        'd' => Class::Digit,
        'D' => Class::NotDigit,
        'w' => Class::Word,
        'W' => Class::NotWord,
        's' => Class::Space,
        'S' => Class::NotSpace,
        _ => return None,
    })
}

fn flag_of(c: char) -> Option<u32> {
    Some(match c {
        'i' => F_IGNORECASE,
        'L' => F_LOCALE,
        'm' => F_MULTILINE,
        's' => F_DOTALL,
        'x' => F_VERBOSE,
        'a' => F_ASCII,
        'u' => F_UNICODE,
        _ => return None,
    })
}

/// `int(s)` for a non-negative group number as CPython's parser accepts it.
fn parse_int(s: &str) -> Option<usize> {
    let t = s.trim();
    let t = t.strip_prefix('+').unwrap_or(t);
    if t.is_empty() || !t.chars().all(|c| c.is_ascii_digit() || c == '_') {
        return None;
    }
    if t.starts_with('_') || t.ends_with('_') || t.contains("__") {
        return None;
    }
    t.replace('_', "").parse().ok().or(Some(usize::MAX))
}

pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    match it.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    it.all(|c| c == '_' || c.is_alphanumeric())
}

pub fn repr(s: &str) -> String {
    crate::runtime::repr::str_repr(s)
}

/// `msg.encode('ascii', 'backslashreplace')`, for messages about bytes patterns.
fn ascii_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let u = c as u32;
        if u < 0x80 {
            out.push(c);
        } else if u < 0x100 {
            out.push_str(&format!("\\x{u:02x}"));
        } else if u < 0x10000 {
            out.push_str(&format!("\\u{u:04x}"));
        } else {
            out.push_str(&format!("\\U{u:08x}"));
        }
    }
    out
}

/// `\N{...}`: the few names programs use; others are reported as undefined.
fn named_char(name: &str) -> Option<u32> {
    let n = name.to_ascii_uppercase();
    Some(match n.as_str() {
        "SPACE" => 0x20,
        "NO-BREAK SPACE" => 0xA0,
        "EM DASH" => 0x2014,
        "EN DASH" => 0x2013,
        "HORIZONTAL ELLIPSIS" => 0x2026,
        "BULLET" => 0x2022,
        "LATIN SMALL LETTER A" => 0x61,
        "LATIN CAPITAL LETTER A" => 0x41,
        "DIGIT ZERO" => 0x30,
        "LEFT-POINTING DOUBLE ANGLE QUOTATION MARK" => 0xAB,
        "RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK" => 0xBB,
        "EURO SIGN" => 0x20AC,
        "DEGREE SIGN" => 0xB0,
        "GREEK SMALL LETTER ALPHA" => 0x3B1,
        "SNOWMAN" => 0x2603,
        _ => return None,
    })
}

/// Reads `pattern` (its characters; a bytes pattern's bytes as the code points 0-255).
pub fn parse(pattern: &[char], istext: bool, flags: u32) -> Result<Parsed, Error> {
    let mut p = Parser {
        s: pattern,
        istext,
        index: 0,
        next: None,
        flags,
        groups: 1,
        names: Vec::new(),
        open: Vec::new(),
        lookbehind_groups: None,
        grouprefpos: Vec::new(),
    };
    p.advance()?;
    let node = p.parse_sub(flags, 0)?;
    let mut flags = p.flags;
    if istext {
        if flags & F_LOCALE != 0 {
            return Err(Error::Re(
                "\0ValueError:cannot use LOCALE flag with a str pattern".into(),
                None,
            ));
        }
        if flags & F_ASCII == 0 {
            flags |= F_UNICODE;
        } else if flags & F_UNICODE != 0 {
            return Err(Error::Re(
                "\0ValueError:ASCII and UNICODE flags are incompatible".into(),
                None,
            ));
        }
    } else {
        if flags & F_UNICODE != 0 {
            return Err(Error::Re(
                "\0ValueError:cannot use UNICODE flag with a bytes pattern".into(),
                None,
            ));
        }
        if flags & F_LOCALE != 0 && flags & F_ASCII != 0 {
            return Err(Error::Re(
                "\0ValueError:ASCII and LOCALE flags are incompatible".into(),
                None,
            ));
        }
    }
    if p.next.is_some() {
        return p.err("unbalanced parenthesis", 0);
    }
    for &(g, pos) in &p.grouprefpos {
        if g >= p.groups {
            return Err(Error::Re(format!("invalid group reference {g}"), Some(pos)));
        }
    }
    Ok(Parsed {
        node,
        flags,
        groups: p.groups - 1,
        names: p.names,
    })
}
