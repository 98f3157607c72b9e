//! Between parsing and running: the resolver.
pub mod resolve;
