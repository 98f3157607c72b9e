//! Byte-offset spans into one source text, and the line table that turns them into line numbers.

/// A half-open byte range `start..end` in the source text.
#[derive(Copy, Clone, Debug, PartialEq, Eq, Default, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }
    pub fn to(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
    pub fn range(self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// Start offsets of every line, for offset → (line, column) look-ups on the error path.
#[derive(Debug, Clone)]
pub struct LineTable {
    starts: Vec<u32>,
}

impl LineTable {
    pub fn new(src: &str) -> LineTable {
        let mut starts = vec![0u32];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i as u32 + 1);
            }
        }
        LineTable { starts }
    }
    /// 1-based line number of a byte offset.
    pub fn line_of(&self, offset: u32) -> usize {
        match self.starts.binary_search(&offset) {
            Ok(i) => i + 1,
            Err(i) => i,
        }
    }
    /// Byte offset where 1-based `line` starts.
    pub fn line_start(&self, line: usize) -> u32 {
        self.starts[line.saturating_sub(1).min(self.starts.len() - 1)]
    }
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }
}
