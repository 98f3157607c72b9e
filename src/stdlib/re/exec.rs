//! A parsed pattern compiled to a small program, and the backtracking machine that runs it.
//!
//! The machine tries alternatives in order and takes the first way the whole pattern matches,
//! as CPython's `_sre` does: that is what gives Python's answers for alternation, lazy and
//! greedy repeats, backreferences and lookaround. Its choice points live on a heap stack, not
//! the native one, so a long subject cannot overflow it; only lookaround and atomic groups
//! run a nested machine, as deep as the pattern nests them.

use std::rc::Rc;

use super::parse::{At, Class, Error, Greed, Node, Set, SetItem, INF};
use crate::runtime::strings::{is_alnum, is_decimal, is_space};

const NONE: usize = usize::MAX;
/// Programs larger than this are refused rather than built (a huge counted repeat).
const MAX_PROG: usize = 2_000_000;

/// How a character compares when case is ignored.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Case {
    Exact,
    Ascii,
    Unicode,
}

#[derive(Debug)]
enum Op {
    Char(u32, bool, Case),
    Any,
    AnyAll,
    /// A set, with its answer for each ASCII character worked out ahead.
    Set(Rc<Set>, [u64; 2]),
    At(At),
    /// Try the first target, then the second.
    Split(usize, usize),
    Jmp(usize),
    Save(usize),
    /// Remembers where a loop's iteration starts, in a slot.
    Mark(usize),
    /// The end of an unbounded loop's body: go round again unless the iteration was empty.
    LoopEnd {
        mark: usize,
        head: usize,
    },
    /// A repeat of the single-character matcher at the next instruction.
    RepOne {
        min: u32,
        max: u32,
        greed: Greed,
    },
    Backref(usize, Case),
    /// A lookaround whose body follows, up to `end` (where matching goes on).
    Look {
        behind: Option<usize>,
        neg: bool,
        end: usize,
    },
    Atomic {
        end: usize,
    },
    /// `(?(g)yes|no)`: the yes branch follows; `no` is where the other starts.
    Cond(usize, usize),
    /// The end of a lookaround's or atomic group's body.
    Succeed,
    Match,
}

pub struct Prog {
    ops: Vec<Op>,
    /// Capture slots (two per group, group 0 included) then loop marks, then lastindex.
    nslots: usize,
    ncap: usize,
    /// The characters a match can start with, when they are known: a search tries only the
    /// places that hold one.
    firsts: Option<Firsts>,
    anchored: bool,
}

struct Compiler {
    ops: Vec<Op>,
    nslots: usize,
}

fn width(n: &Node) -> (u64, u64) {
    const BIG: u64 = INF as u64;
    match n {
        Node::Char { .. } | Node::Any { .. } | Node::Set(_) => (1, 1),
        Node::At(_) | Node::Look { .. } => (0, 0),
        Node::Group(_, b) | Node::Atomic(b) => width(b),
        Node::Seq(v) => v.iter().fold((0, 0), |(a, b), x| {
            let (c, d) = width(x);
            ((a + c).min(BIG), (b + d).min(BIG))
        }),
        Node::Alt(v) => v.iter().fold((BIG, 0), |(a, b), x| {
            let (c, d) = width(x);
            (a.min(c), b.max(d))
        }),
        Node::Repeat { min, max, body, .. } => {
            let (c, d) = width(body);
            (
                (c * *min as u64).min(BIG),
                if *max == INF && d > 0 {
                    BIG
                } else {
                    (d * *max as u64).min(BIG)
                },
            )
        }
        Node::Backref { .. } => (0, BIG),
        Node::Cond { yes, no, .. } => {
            let (a, b) = width(yes);
            let (c, d) = width(no);
            (a.min(c), b.max(d))
        }
    }
}

fn case(icase: bool, ascii: bool) -> Case {
    match (icase, ascii) {
        (false, _) => Case::Exact,
        (true, true) => Case::Ascii,
        (true, false) => Case::Unicode,
    }
}

impl Compiler {
    fn emit(&mut self, op: Op) -> Result<usize, Error> {
        if self.ops.len() >= MAX_PROG {
            return Err(Error::Re(
                "\0NotImplementedError:regular expression too large to compile".into(),
                None,
            ));
        }
        self.ops.push(op);
        Ok(self.ops.len() - 1)
    }

    /// Whether a one-character node matches `c` (ASCII).
    fn probe(n: &Node) -> impl Fn(u32) -> bool + '_ {
        move |c| match n {
            Node::Char {
                c: x,
                neg,
                icase,
                ascii,
            } => {
                let cs = case(*icase, *ascii);
                (fold(c, cs) == fold(*x, cs)) != *neg
            }
            Node::Any { dotall } => *dotall || c != 10,
            Node::Set(s) => set_has(s, c),
            _ => true,
        }
    }

    fn single(n: &Node) -> bool {
        matches!(n, Node::Char { .. } | Node::Any { .. } | Node::Set(_))
    }

    fn node(&mut self, n: &Node) -> Result<(), Error> {
        match n {
            Node::Char {
                c,
                neg,
                icase,
                ascii,
            } => {
                let cs = case(*icase, *ascii);
                let c = if cs == Case::Exact { *c } else { fold(*c, cs) };
                self.emit(Op::Char(c, *neg, cs))?;
            }
            Node::Any { dotall } => {
                self.emit(if *dotall { Op::AnyAll } else { Op::Any })?;
            }
            Node::Set(s) => {
                let mut map = [0u64; 2];
                for c in 0..128u32 {
                    if set_has(s, c) {
                        map[(c >> 6) as usize] |= 1 << (c & 63);
                    }
                }
                self.emit(Op::Set(s.clone(), map))?;
            }
            Node::At(a) => {
                self.emit(Op::At(*a))?;
            }
            Node::Group(g, b) => {
                self.emit(Op::Save(2 * g))?;
                self.node(b)?;
                self.emit(Op::Save(2 * g + 1))?;
            }
            Node::Seq(v) => {
                for x in v {
                    self.node(x)?;
                }
            }
            Node::Alt(v) => {
                let mut jumps = Vec::new();
                for (i, x) in v.iter().enumerate() {
                    if i + 1 < v.len() {
                        let split = self.emit(Op::Split(0, 0))?;
                        self.node(x)?;
                        jumps.push(self.emit(Op::Jmp(0))?);
                        let next = self.ops.len();
                        self.ops[split] = Op::Split(split + 1, next);
                    } else {
                        self.node(x)?;
                    }
                }
                let end = self.ops.len();
                for j in jumps {
                    self.ops[j] = Op::Jmp(end);
                }
            }
            Node::Repeat {
                min,
                max,
                greed,
                body,
            } => self.repeat(*min, *max, *greed, body)?,
            Node::Backref { g, icase, ascii } => {
                self.emit(Op::Backref(*g, case(*icase, *ascii)))?;
            }
            Node::Look { behind, neg, body } => {
                let behind = if *behind {
                    let (lo, hi) = width(body);
                    if lo != hi {
                        return Err(Error::Re(
                            "look-behind requires fixed-width pattern".into(),
                            None,
                        ));
                    }
                    Some(lo as usize)
                } else {
                    None
                };
                let at = self.emit(Op::Look {
                    behind,
                    neg: *neg,
                    end: 0,
                })?;
                self.node(body)?;
                self.emit(Op::Succeed)?;
                let end = self.ops.len();
                self.ops[at] = Op::Look {
                    behind,
                    neg: *neg,
                    end,
                };
            }
            Node::Atomic(b) => self.atomic(b)?,
            Node::Cond { g, yes, no } => {
                let at = self.emit(Op::Cond(*g, 0))?;
                self.node(yes)?;
                let j = self.emit(Op::Jmp(0))?;
                let no_at = self.ops.len();
                self.node(no)?;
                let end = self.ops.len();
                self.ops[at] = Op::Cond(*g, no_at);
                self.ops[j] = Op::Jmp(end);
            }
        }
        Ok(())
    }

    fn atomic(&mut self, b: &Node) -> Result<(), Error> {
        let at = self.emit(Op::Atomic { end: 0 })?;
        self.node(b)?;
        self.emit(Op::Succeed)?;
        let end = self.ops.len();
        self.ops[at] = Op::Atomic { end };
        Ok(())
    }

    fn repeat(&mut self, min: u32, max: u32, greed: Greed, body: &Node) -> Result<(), Error> {
        let mut body = body;
        while let Node::Seq(v) = body {
            if v.len() != 1 {
                break;
            }
            body = &v[0];
        }
        if Self::single(body) {
            self.emit(Op::RepOne { min, max, greed })?;
            return self.node(body);
        }
        if greed == Greed::Possessive {
            // `body{min,max}+` is `(?>body{min,max})`.
            let at = self.emit(Op::Atomic { end: 0 })?;
            self.repeat(min, max, Greed::Greedy, body)?;
            self.emit(Op::Succeed)?;
            let end = self.ops.len();
            self.ops[at] = Op::Atomic { end };
            return Ok(());
        }
        for _ in 0..min {
            self.node(body)?;
        }
        let lazy = greed == Greed::Lazy;
        if max == INF {
            let mark = self.nslots;
            self.nslots += 1;
            let head = self.emit(Op::Split(0, 0))?;
            self.emit(Op::Mark(mark))?;
            self.node(body)?;
            self.emit(Op::LoopEnd { mark, head })?;
            let exit = self.ops.len();
            self.ops[head] = if lazy {
                Op::Split(exit, head + 1)
            } else {
                Op::Split(head + 1, exit)
            };
        } else {
            let mut splits = Vec::new();
            for _ in min..max {
                splits.push(self.emit(Op::Split(0, 0))?);
                self.node(body)?;
            }
            let exit = self.ops.len();
            for s in splits {
                self.ops[s] = if lazy {
                    Op::Split(exit, s + 1)
                } else {
                    Op::Split(s + 1, exit)
                };
            }
        }
        Ok(())
    }
}

/// A set of characters: the ASCII ones by bitmap, all others at once.
#[derive(Clone, Copy)]
struct Firsts {
    ascii: [u64; 2],
    other: bool,
}

impl Firsts {
    fn none() -> Firsts {
        Firsts {
            ascii: [0; 2],
            other: false,
        }
    }
    fn add(&mut self, c: u32) {
        if c < 128 {
            self.ascii[(c >> 6) as usize] |= 1 << (c & 63);
        } else {
            self.other = true;
        }
    }
    fn union(mut self, o: Firsts) -> Firsts {
        self.ascii[0] |= o.ascii[0];
        self.ascii[1] |= o.ascii[1];
        self.other |= o.other;
        self
    }
    #[inline]
    fn has(&self, c: u32) -> bool {
        if c < 128 {
            self.ascii[(c >> 6) as usize] & (1 << (c & 63)) != 0
        } else {
            self.other
        }
    }
}

/// The characters a match of `seq` can start with; None when it may be empty or it is not
/// worth working out.
fn firsts(seq: &[Node]) -> Option<Firsts> {
    let (head, rest) = seq.split_first()?;
    match head {
        Node::At(_) | Node::Look { .. } => return firsts(rest),
        Node::Seq(v) if v.is_empty() => return firsts(rest),
        _ => {}
    }
    let f = first_of(head)?;
    if width(head).0 == 0 {
        return Some(f.union(firsts(rest)?));
    }
    Some(f)
}

fn first_of(n: &Node) -> Option<Firsts> {
    let mut f = Firsts::none();
    match n {
        Node::Char {
            c,
            neg: false,
            icase: false,
            ..
        } => f.add(*c),
        Node::Char { .. } | Node::Any { .. } | Node::Set(_) => {
            let probe = Compiler::probe(n);
            for c in 0..128 {
                if probe(c) {
                    f.add(c);
                }
            }
            f.other = true;
        }
        Node::Group(_, b) | Node::Atomic(b) => return firsts(std::slice::from_ref(b)),
        Node::Seq(v) => return firsts(v),
        Node::Alt(v) => {
            for x in v {
                f = f.union(firsts(std::slice::from_ref(x))?);
            }
        }
        Node::Repeat { body, .. } => return firsts(std::slice::from_ref(body)),
        _ => return None,
    }
    Some(f)
}

fn anchored(n: &Node) -> bool {
    match n {
        Node::At(At::Begin) => true,
        Node::Group(_, b) | Node::Atomic(b) => anchored(b),
        Node::Seq(v) => v.first().is_some_and(anchored),
        _ => false,
    }
}

pub fn compile(node: &Node, groups: usize) -> Result<Prog, Error> {
    let ncap = 2 * (groups + 1);
    let mut c = Compiler {
        ops: Vec::new(),
        nslots: ncap,
    };
    c.node(node)?;
    c.emit(Op::Match)?;
    let nslots = c.nslots + 1;
    Ok(Prog {
        firsts: firsts(std::slice::from_ref(node)),
        ops: c.ops,
        nslots,
        ncap,
        anchored: anchored(node),
    })
}

// ---- character tests ----

fn single_case(mut it: impl Iterator<Item = char>) -> Option<char> {
    let a = it.next()?;
    if it.next().is_some() {
        return None;
    }
    Some(a)
}

/// The simple lowercase mapping, as `_sre` folds case.
fn lower(c: u32) -> u32 {
    if c == 0x130 {
        // The one character whose full lowercase is longer than its simple one.
        return 'i' as u32;
    }
    char::from_u32(c)
        .and_then(|ch| single_case(ch.to_lowercase()))
        .map_or(c, |x| x as u32)
}

fn upper(c: u32) -> u32 {
    char::from_u32(c)
        .and_then(|ch| single_case(ch.to_uppercase()))
        .map_or(c, |x| x as u32)
}

/// The form two characters share when they are equal ignoring case.
fn fold(c: u32, cs: Case) -> u32 {
    match cs {
        Case::Exact => c,
        Case::Ascii => {
            if c < 128 {
                (c as u8).to_ascii_lowercase() as u32
            } else {
                c
            }
        }
        Case::Unicode => {
            if c < 128 {
                return (c as u8).to_ascii_lowercase() as u32;
            }
            lower(upper(c))
        }
    }
}

pub fn is_word(c: u32, ascii: bool) -> bool {
    if c < 128 {
        return c == '_' as u32 || (c as u8).is_ascii_alphanumeric();
    }
    !ascii && char::from_u32(c).is_some_and(is_alnum)
}

fn class_has(cl: Class, c: u32, ascii: bool) -> bool {
    let ch = || char::from_u32(c);
    match cl {
        Class::Digit => {
            if c < 128 || ascii {
                (48..58).contains(&c)
            } else {
                ch().is_some_and(is_decimal)
            }
        }
        Class::NotDigit => !class_has(Class::Digit, c, ascii),
        Class::Word => is_word(c, ascii),
        Class::NotWord => !is_word(c, ascii),
        Class::Space => {
            if c < 128 || ascii {
                matches!(c, 9..=13 | 32) || (!ascii && (0x1c..=0x1f).contains(&c))
            } else {
                ch().is_some_and(is_space)
            }
        }
        Class::NotSpace => !class_has(Class::Space, c, ascii),
    }
}

fn set_has_exact(s: &Set, c: u32) -> bool {
    s.items.iter().any(|it| match *it {
        SetItem::Char(x) => x == c,
        SetItem::Range(lo, hi) => lo <= c && c <= hi,
        SetItem::Class(cl) => class_has(cl, c, s.ascii),
    })
}

fn set_has(s: &Set, c: u32) -> bool {
    let mut r = set_has_exact(s, c);
    if !r && s.icase {
        let cs = if s.ascii { Case::Ascii } else { Case::Unicode };
        if cs == Case::Ascii {
            if c < 128 {
                let b = c as u8;
                r = set_has_exact(s, b.to_ascii_lowercase() as u32)
                    || set_has_exact(s, b.to_ascii_uppercase() as u32);
            }
        } else {
            let (l, u) = (lower(c), upper(c));
            r = set_has_exact(s, l) || set_has_exact(s, u) || set_has_exact(s, lower(u));
        }
    }
    r != s.neg
}

// ---- the machine ----

enum Bt {
    Branch {
        pc: usize,
        pos: usize,
    },
    Restore {
        slot: usize,
        val: usize,
    },
    RepGreedy {
        pc: usize,
        start: usize,
        n: usize,
        min: usize,
    },
    RepLazy {
        pc: usize,
        pos: usize,
        n: usize,
        max: usize,
    },
}

struct Vm<'a, T> {
    ops: &'a [Op],
    text: &'a [T],
    end: usize,
    slots: Vec<usize>,
    stack: Vec<Bt>,
    full: bool,
    /// Where the search began, and whether an empty match there is refused (the scan after
    /// an empty match).
    search_start: usize,
    must_advance: bool,
    attempt: usize,
}

impl<'a, T: Copy + Into<u32>> Vm<'a, T> {
    #[inline]
    fn ch(&self, i: usize) -> u32 {
        self.text[i].into()
    }

    #[inline]
    fn one(&self, op: &Op, pos: usize) -> bool {
        if pos >= self.end {
            return false;
        }
        let c = self.ch(pos);
        match op {
            Op::Char(x, neg, cs) => {
                let eq = if *cs == Case::Exact {
                    c == *x
                } else {
                    fold(c, *cs) == *x
                };
                eq != *neg
            }
            Op::Any => c != 10,
            Op::AnyAll => true,
            Op::Set(s, map) => {
                if c < 128 {
                    map[(c >> 6) as usize] & (1 << (c & 63)) != 0
                } else {
                    set_has(s, c)
                }
            }
            _ => false,
        }
    }

    fn at(&self, a: At, pos: usize) -> bool {
        match a {
            At::Begin => pos == 0,
            At::BeginLine => pos == 0 || self.ch(pos - 1) == 10,
            At::End => pos == self.end || (pos + 1 == self.end && self.ch(pos) == 10),
            At::EndLine => pos == self.end || self.ch(pos) == 10,
            At::EndString => pos == self.end,
            At::Boundary { ascii } | At::NonBoundary { ascii } => {
                // Neither holds in an empty text.
                if self.end == 0 {
                    return false;
                }
                let before = pos > 0 && is_word(self.ch(pos - 1), ascii);
                let after = pos < self.end && is_word(self.ch(pos), ascii);
                (before != after) == matches!(a, At::Boundary { .. })
            }
        }
    }

    #[inline]
    fn set(&mut self, slot: usize, val: usize) {
        let old = self.slots[slot];
        self.stack.push(Bt::Restore { slot, val: old });
        self.slots[slot] = val;
    }

    /// When a greedy repeat of `n` characters from `start` is followed by a literal, the
    /// largest count not above `n` (and not below `min`) after which that literal stands:
    /// the counts in between could only fail.
    #[inline]
    fn back_to_tail(&self, next: usize, start: usize, mut n: usize, min: usize) -> usize {
        if let Op::Char(c, false, Case::Exact) = self.ops[next] {
            while n > min && (start + n >= self.end || self.ch(start + n) != c) {
                n -= 1;
            }
        }
        n
    }

    /// Drops the choice points above `base`, keeping what undoes the captures made there.
    fn cut(&mut self, base: usize) {
        let mut w = base;
        for r in base..self.stack.len() {
            if let Bt::Restore { .. } = self.stack[r] {
                self.stack.swap(w, r);
                w += 1;
            }
        }
        self.stack.truncate(w);
    }

    /// Undoes everything above `base`.
    fn unwind(&mut self, base: usize) {
        while self.stack.len() > base {
            if let Some(Bt::Restore { slot, val }) = self.stack.pop() {
                self.slots[slot] = val;
            }
        }
    }

    /// Runs from `pc` at `pos` until `Match`/`Succeed`: the end position, or None.
    fn run(&mut self, mut pc: usize, mut pos: usize) -> Option<usize> {
        let base = self.stack.len();
        let last = self.slots.len() - 1;
        loop {
            let ok = match &self.ops[pc] {
                op @ (Op::Char(..) | Op::Any | Op::AnyAll | Op::Set(..)) => {
                    if self.one(op, pos) {
                        pos += 1;
                        pc += 1;
                        true
                    } else {
                        false
                    }
                }
                Op::At(a) => {
                    pc += 1;
                    self.at(*a, pos)
                }
                Op::Split(a, b) => {
                    self.stack.push(Bt::Branch { pc: *b, pos });
                    pc = *a;
                    true
                }
                Op::Jmp(a) => {
                    pc = *a;
                    true
                }
                Op::Save(s) => {
                    let s = *s;
                    self.set(s, pos);
                    if s & 1 == 1 && s > 1 {
                        self.set(last, s / 2);
                    }
                    pc += 1;
                    true
                }
                Op::Mark(m) => {
                    self.set(*m, pos);
                    pc += 1;
                    true
                }
                Op::LoopEnd { mark, head } => {
                    if self.slots[*mark] == pos {
                        pc += 1;
                    } else {
                        pc = *head;
                    }
                    true
                }
                Op::RepOne { min, max, greed } => {
                    let (min, max) = (*min as usize, *max as usize);
                    let item = &self.ops[pc + 1];
                    let next = pc + 2;
                    match greed {
                        Greed::Greedy | Greed::Possessive => {
                            let limit = if max == INF as usize {
                                self.end
                            } else {
                                self.end.min(pos.saturating_add(max))
                            };
                            let mut p = pos;
                            while p < limit && self.one(item, p) {
                                p += 1;
                            }
                            let mut n = p - pos;
                            if n < min {
                                false
                            } else {
                                if *greed == Greed::Greedy {
                                    n = self.back_to_tail(next, pos, n, min);
                                }
                                let p = pos + n;
                                if n > min && *greed == Greed::Greedy {
                                    self.stack.push(Bt::RepGreedy {
                                        pc: next,
                                        start: pos,
                                        n,
                                        min,
                                    });
                                }
                                pos = p;
                                pc = next;
                                true
                            }
                        }
                        Greed::Lazy => {
                            let mut n = 0;
                            while n < min && self.one(item, pos + n) {
                                n += 1;
                            }
                            if n < min {
                                false
                            } else {
                                pos += n;
                                if n < max {
                                    self.stack.push(Bt::RepLazy {
                                        pc: next,
                                        pos,
                                        n,
                                        max,
                                    });
                                }
                                pc = next;
                                true
                            }
                        }
                    }
                }
                Op::Backref(g, cs) => {
                    let (s, e) = (self.slots[2 * g], self.slots[2 * g + 1]);
                    if s == NONE || e == NONE {
                        false
                    } else {
                        let n = e.saturating_sub(s);
                        if pos + n > self.end {
                            false
                        } else {
                            let same = (0..n).all(|i| {
                                let (a, b) = (self.ch(s + i), self.ch(pos + i));
                                a == b || (*cs != Case::Exact && fold(a, *cs) == fold(b, *cs))
                            });
                            if same {
                                pos += n;
                                pc += 1;
                            }
                            same
                        }
                    }
                }
                Op::Look { behind, neg, end } => {
                    let (behind, neg, end) = (*behind, *neg, *end);
                    let from = match behind {
                        Some(w) => pos.checked_sub(w),
                        None => Some(pos),
                    };
                    let sub_base = self.stack.len();
                    let found = match from {
                        Some(f) => self.run(pc + 1, f).is_some(),
                        None => false,
                    };
                    if found && !neg {
                        self.cut(sub_base);
                    } else {
                        self.unwind(sub_base);
                    }
                    pc = end;
                    found != neg
                }
                Op::Atomic { end } => {
                    let end = *end;
                    let sub_base = self.stack.len();
                    match self.run(pc + 1, pos) {
                        Some(p) => {
                            self.cut(sub_base);
                            pos = p;
                            pc = end;
                            true
                        }
                        None => false,
                    }
                }
                Op::Cond(g, no) => {
                    if self.slots[2 * g] != NONE && self.slots[2 * g + 1] != NONE {
                        pc += 1;
                    } else {
                        pc = *no;
                    }
                    true
                }
                Op::Succeed => return Some(pos),
                Op::Match => {
                    if (self.full && pos != self.end)
                        || (self.must_advance
                            && pos == self.attempt
                            && self.attempt == self.search_start)
                    {
                        false
                    } else {
                        return Some(pos);
                    }
                }
            };
            if ok {
                continue;
            }
            // Backtrack to the latest choice point above `base`.
            loop {
                if self.stack.len() == base {
                    return None;
                }
                match self.stack.pop().unwrap() {
                    Bt::Restore { slot, val } => self.slots[slot] = val,
                    Bt::Branch { pc: p, pos: q } => {
                        pc = p;
                        pos = q;
                        break;
                    }
                    Bt::RepGreedy {
                        pc: p,
                        start,
                        n,
                        min,
                    } => {
                        let n = self.back_to_tail(p, start, n - 1, min);
                        if n > min {
                            self.stack.push(Bt::RepGreedy {
                                pc: p,
                                start,
                                n,
                                min,
                            });
                        }
                        pc = p;
                        pos = start + n;
                        break;
                    }
                    Bt::RepLazy {
                        pc: p,
                        pos: q,
                        n,
                        max,
                    } => {
                        if self.one(&self.ops[p - 1], q) {
                            let (q, n) = (q + 1, n + 1);
                            if n < max {
                                self.stack.push(Bt::RepLazy {
                                    pc: p,
                                    pos: q,
                                    n,
                                    max,
                                });
                            }
                            pc = p;
                            pos = q;
                            break;
                        }
                    }
                }
            }
        }
    }
}

/// How to run a pattern.
#[derive(Clone, Copy, PartialEq)]
pub enum Mode {
    Match,
    FullMatch,
    Search,
}

/// The capture slots of a match (start and end of each group, `NONE` where unset) and its
/// lastindex (0 for none).
pub struct Found {
    pub spans: Vec<usize>,
    pub lastindex: usize,
}

pub fn unset(v: usize) -> bool {
    v == NONE
}

/// Runs `prog` over `text[..end]` from `pos`.
pub fn exec<T: Copy + Into<u32>>(
    prog: &Prog,
    text: &[T],
    pos: usize,
    end: usize,
    mode: Mode,
    must_advance: bool,
) -> Option<Found> {
    let mut vm = Vm {
        ops: &prog.ops,
        text,
        end,
        slots: vec![NONE; prog.nslots],
        stack: Vec::new(),
        full: mode == Mode::FullMatch,
        search_start: pos,
        must_advance,
        attempt: pos,
    };
    let last = prog.nslots - 1;
    let mut start = pos;
    loop {
        if start > end {
            return None;
        }
        if mode == Mode::Search {
            if let Some(f) = &prog.firsts {
                while start < end && !f.has(vm.ch(start)) {
                    start += 1;
                }
                if start >= end {
                    return None;
                }
            }
        }
        vm.attempt = start;
        if let Some(e) = vm.run(0, start) {
            let mut spans = vm.slots[..prog.ncap].to_vec();
            spans[0] = start;
            spans[1] = e;
            let li = vm.slots[last];
            return Some(Found {
                spans,
                lastindex: if li == NONE { 0 } else { li },
            });
        }
        vm.stack.clear();
        for s in vm.slots.iter_mut() {
            *s = NONE;
        }
        if mode != Mode::Search || (prog.anchored && start > 0) {
            return None;
        }
        if prog.anchored {
            return None;
        }
        start += 1;
    }
}
