//! Methods of `str` and `bytes`.

use crate::eval::Interp;

/// Puts the str and bytes methods into their classes.
pub fn install(ip: &Interp) {
    let _ = ip;
}
