//! The storage of a `bytearray`: a vector of bytes whose front can be dropped in constant
//! time. Reading a stream is appending at the back and deleting what was consumed from the
//! front (`del buf[:n]`); moving the rest down at every deletion would make reading a large
//! buffer line by line quadratic. As CPython's bytearray does, the deleted front is only
//! skipped (`head`), and the bytes are moved down once the skipped part is at least as long
//! as what is left, so each byte is moved at most once per deletion that passes it.

use std::ops::{Deref, DerefMut, Range};

#[derive(Default)]
pub struct ByteBuf {
    v: Vec<u8>,
    /// How many bytes at the start of `v` were deleted and are skipped.
    head: usize,
}

/// Below this many skipped bytes the front is never moved down (moving a little is cheap).
const MIN_COMPACT: usize = 4096;

impl ByteBuf {
    pub fn new(v: Vec<u8>) -> ByteBuf {
        ByteBuf { v, head: 0 }
    }

    /// A copy of the bytes.
    pub fn to_vec(&self) -> Vec<u8> {
        self.v[self.head..].to_vec()
    }

    /// The bytes, moved out (the buffer is left empty).
    pub fn take(&mut self) -> Vec<u8> {
        self.compact();
        std::mem::take(&mut self.v)
    }

    /// Replaces all the bytes by `v`.
    pub fn set(&mut self, v: Vec<u8>) {
        self.v = v;
        self.head = 0;
    }

    /// Moves the bytes to the start of the vector, so it can grow or be handed out.
    fn compact(&mut self) {
        if self.head > 0 {
            self.v.drain(..self.head);
            self.head = 0;
        }
    }

    pub fn push(&mut self, x: u8) {
        self.v.push(x);
    }

    pub fn extend_from_slice(&mut self, b: &[u8]) {
        self.v.extend_from_slice(b);
    }

    pub fn clear(&mut self) {
        self.v.clear();
        self.head = 0;
    }

    pub fn truncate(&mut self, n: usize) {
        self.v.truncate(self.head + n);
    }

    pub fn insert(&mut self, i: usize, x: u8) {
        if i == 0 && self.head > 0 {
            self.head -= 1;
            self.v[self.head] = x;
        } else {
            self.v.insert(self.head + i, x);
        }
    }

    pub fn remove(&mut self, i: usize) -> u8 {
        let x = self[i];
        self.delete(i..i + 1);
        x
    }

    /// Deletes the bytes in `r`: at the front by skipping them, elsewhere by moving the tail.
    pub fn delete(&mut self, r: Range<usize>) {
        if r.is_empty() {
            return;
        }
        if r.start == 0 {
            self.head += r.end;
            if self.head == self.v.len() {
                self.clear();
            } else if self.head >= MIN_COMPACT && self.head >= self.v.len() - self.head {
                self.compact();
            }
        } else {
            self.v.drain(self.head + r.start..self.head + r.end);
        }
    }

    /// Replaces the bytes in `r` by `new`.
    pub fn splice(&mut self, r: Range<usize>, new: &[u8]) {
        if new.is_empty() {
            self.delete(r);
        } else if r.len() == new.len() {
            self[r].copy_from_slice(new);
        } else {
            let h = self.head;
            self.v.splice(h + r.start..h + r.end, new.iter().copied());
        }
    }

    /// Keeps the bytes whose positions `keep` accepts.
    pub fn retain_positions(&mut self, mut keep: impl FnMut(usize) -> bool) {
        self.compact();
        let mut k = 0;
        self.v.retain(|_| {
            k += 1;
            keep(k - 1)
        });
    }
}

impl Deref for ByteBuf {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.v[self.head..]
    }
}

impl DerefMut for ByteBuf {
    fn deref_mut(&mut self) -> &mut [u8] {
        &mut self.v[self.head..]
    }
}

impl Extend<u8> for ByteBuf {
    fn extend<I: IntoIterator<Item = u8>>(&mut self, it: I) {
        self.v.extend(it);
    }
}

#[cfg(test)]
mod tests {
    use super::ByteBuf;

    #[test]
    fn front_deletions_skip_and_then_compact() {
        let mut b = ByteBuf::new((0..=255u8).cycle().take(10_000).collect());
        let mut want: Vec<u8> = b.to_vec();
        for n in [1, 100, 3000, 2000, 7] {
            b.delete(0..n);
            want.drain(..n);
            assert_eq!(&b[..], &want[..]);
        }
        b.insert(0, 9);
        want.insert(0, 9);
        b.extend_from_slice(b"tail");
        want.extend_from_slice(b"tail");
        b.splice(2..5, &[1, 2]);
        want.splice(2..5, vec![1, 2]);
        b.remove(3);
        want.remove(3);
        b.retain_positions(|i| i % 3 != 0);
        let mut k = 0;
        want.retain(|_| {
            k += 1;
            (k - 1) % 3 != 0
        });
        assert_eq!(&b[..], &want[..]);
        assert_eq!(b.take(), want);
        assert!(b.is_empty());
    }
}
