//! Fuzzers for corun (see README.md):
//!
//! - [`crash`]: corun on mutated scripts ([`mutate`]) and generated programs ([`gen`]); every
//!   panic, abort, native stack overflow, fatal signal or hang that python3 does not share is
//!   a finding, reduced ([`reduce`]) and saved.
//! - [`aio`]: random asyncio programs ([`aio_gen`]) under corun and python3, whose outputs
//!   must be the same line for line.
//!
//! Both run programs as child processes ([`exec`]).

pub mod aio;
pub mod aio_gen;
pub mod corpus;
pub mod crash;
pub mod exec;
pub mod gen;
pub mod mutate;
pub mod reduce;
