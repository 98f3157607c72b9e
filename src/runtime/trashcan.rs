//! Freeing deeply nested objects without deep native recursion (CPython's "trashcan").
//!
//! Dropping a container drops what it holds, which drops what that holds: a list nested a
//! million deep, a linked list of a million instances or a long chain of exception contexts
//! would recurse natively as deep, past any stack, and no Python frame is entered on the way
//! for `crate::stack` to grow it. So the `drop` of every object that holds others takes its
//! contents out and hands them to `drop_contents`. While more than the red zone is left of the
//! stack (`crate::stack::has_room`) that is one compare and they are dropped at once; below it,
//! they are put aside, to be dropped from higher up the stack (`drain`): when an outer
//! object's `drop_contents` returns (so a structure of any depth is gone, and its `__del__`
//! methods have run, when the statement that freed it ends, as in CPython), at the evaluator's
//! next check (`signals::poll`), and when the program ends.

use std::any::Any;
use std::cell::{Cell, RefCell};

thread_local! {
    /// Contents of objects dropped too deep down the stack, to be dropped by `drain`.
    static DEFERRED: RefCell<Vec<Box<dyn Any>>> = const { RefCell::new(Vec::new()) };
    /// Whether `DEFERRED` may hold something.
    static WAITING: Cell<bool> = const { Cell::new(false) };
    /// Set while `drain` runs (a `__del__` it calls may free more).
    static DRAINING: Cell<bool> = const { Cell::new(false) };
}

/// Drops `contents`, taken out of an object being dropped: here, or, when the stack is low,
/// later from higher up. Then drops what was put aside meanwhile, if the stack has room.
#[inline(always)]
pub fn drop_contents<T: 'static>(contents: T) {
    if !crate::stack::has_room() {
        put_aside(Box::new(contents));
        return;
    }
    drop(contents);
    if WAITING.with(|w| w.get()) {
        drain();
    }
}

#[cold]
#[inline(never)]
fn put_aside(contents: Box<dyn Any>) {
    DEFERRED.with(|d| d.borrow_mut().push(contents));
    WAITING.with(|w| w.set(true));
    crate::signals::request_attention();
}

/// Drops what `drop_contents` put aside, while the stack has room (else the next check tries
/// again). Each step frees at least the objects taken out; what they hold that again lies too
/// deep is put aside anew, so a structure of any depth goes in slices, on a bounded stack.
pub fn drain() {
    if DRAINING.with(|d| d.replace(true)) {
        return;
    }
    loop {
        if !crate::stack::has_room() {
            crate::signals::request_attention();
            break;
        }
        // Taken first, dropped once the borrow has ended: dropping may put more aside.
        let next = DEFERRED.with(|d| d.borrow_mut().pop());
        match next {
            Some(x) => drop(x),
            None => {
                WAITING.with(|w| w.set(false));
                break;
            }
        }
    }
    DRAINING.with(|d| d.set(false));
}
