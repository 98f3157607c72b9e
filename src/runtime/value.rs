//! The `Value` type: 16 bytes, small ints and floats unboxed, everything else behind an `Rc`.

use std::rc::Rc;

use num_bigint::BigInt;

#[derive(Clone, Debug)]
pub enum Value {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Ellipsis,
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    BigInt(Rc<BigInt>),
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s))
    }
    pub fn bytes(b: &[u8]) -> Value {
        Value::Bytes(Rc::from(b))
    }
    /// An int of any size: stays an unboxed i64 when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }
}
