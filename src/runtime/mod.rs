//! Runtime values and objects.
pub mod value;
