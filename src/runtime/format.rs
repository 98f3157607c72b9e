//! `format(value, spec)`: the format-spec mini-language, for f-strings and `str.format`.

use crate::eval::Interp;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::repr::str_of;
use crate::runtime::value::Value;

/// Formats `v` by `spec` (empty spec = `str(v)`).
pub fn format_value(ip: &Interp, v: &Value, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return str_of(ip, v);
    }
    Err(ip.err(
        ExcKind::NotImplementedError,
        format!("corun does not support the format spec '{}' yet", spec),
    ))
}
