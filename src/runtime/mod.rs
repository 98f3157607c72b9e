//! Runtime values and objects.
pub mod builtins;
pub mod coroutine;
pub mod dict;
pub mod exception_group;
pub mod exceptions;
pub mod format;
pub mod iterators;
pub mod lists;
pub mod modules;
pub mod numbers;
pub mod object;
pub mod repr;
pub mod set;
pub mod strings;
pub mod sys;
pub mod types;
pub mod value;
