//! corun: a small, fast interpreter for the part of Python that asyncio programs are written in.

pub mod intern;
pub mod runtime;
pub mod syntax;
