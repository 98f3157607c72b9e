//! Between parsing and running: the resolver.
pub mod mangle;
pub mod resolve;
