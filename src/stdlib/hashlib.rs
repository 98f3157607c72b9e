//! `_hashlib` and `_blake2`: the hash objects under `hashlib` (`src/lib_py/hashlib.py`), on the
//! RustCrypto digests. A hash object (`_hashlib.HASH`, `HASHXOF` for the SHAKEs, and the
//! classes `_blake2.blake2b`/`blake2s`) holds the running state of one algorithm; `copy`
//! clones it and `digest` finalises a clone, so the object can go on being updated.

use std::cell::RefCell;
use std::rc::Rc;

use blake2::{Blake2bVarCore, Blake2sVarCore};
use digest::core_api::{Buffer, UpdateCore, VariableOutputCore};
use digest::{DynDigest, ExtendableOutput, Update};

use crate::eval::{ops, Interp};
use crate::intern::{intern, Symbol};
use crate::runtime::bytes::Buf;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::object::ModuleObj;
use crate::runtime::value::Value;
use corun_macros::{function, method, staticmethod};

use super::{ClassSpec, Native};

/// An algorithm: its name as `hashlib` spells it, digest size and block size in bytes.
#[derive(Clone, Copy, PartialEq)]
pub struct Alg {
    pub name: &'static str,
    pub digest_size: usize,
    pub block_size: usize,
}

const ALGS: &[Alg] = &[
    alg("md5", 16, 64),
    alg("sha1", 20, 64),
    alg("sha224", 28, 64),
    alg("sha256", 32, 64),
    alg("sha384", 48, 128),
    alg("sha512", 64, 128),
    alg("sha512_224", 28, 128),
    alg("sha512_256", 32, 128),
    alg("sha3_224", 28, 144),
    alg("sha3_256", 32, 136),
    alg("sha3_384", 48, 104),
    alg("sha3_512", 64, 72),
    alg("shake_128", 0, 168),
    alg("shake_256", 0, 136),
    alg("blake2b", 64, 128),
    alg("blake2s", 32, 64),
];

const fn alg(name: &'static str, digest_size: usize, block_size: usize) -> Alg {
    Alg {
        name,
        digest_size,
        block_size,
    }
}

/// OpenSSL's other names for the algorithms, which `new` accepts as CPython's does.
const ALIASES: &[(&str, &str)] = &[
    ("sha-1", "sha1"),
    ("ssl3-sha1", "sha1"),
    ("ssl3-md5", "md5"),
    ("sha-224", "sha224"),
    ("sha2-224", "sha224"),
    ("sha-256", "sha256"),
    ("sha2-256", "sha256"),
    ("sha-384", "sha384"),
    ("sha2-384", "sha384"),
    ("sha-512", "sha512"),
    ("sha2-512", "sha512"),
    ("sha512-224", "sha512_224"),
    ("sha-512/224", "sha512_224"),
    ("sha2-512/224", "sha512_224"),
    ("sha512-256", "sha512_256"),
    ("sha-512/256", "sha512_256"),
    ("sha2-512/256", "sha512_256"),
    ("sha3-224", "sha3_224"),
    ("sha3-256", "sha3_256"),
    ("sha3-384", "sha3_384"),
    ("sha3-512", "sha3_512"),
    ("shake128", "shake_128"),
    ("shake-128", "shake_128"),
    ("shake256", "shake_256"),
    ("shake-256", "shake_256"),
    ("blake2b512", "blake2b"),
    ("blake2s256", "blake2s"),
];

/// The algorithm of a name given to `new` (any case, as OpenSSL's lookup).
pub fn find_alg(name: &str) -> Option<Alg> {
    let lower = name.to_ascii_lowercase();
    let canon = ALIASES
        .iter()
        .find(|(alias, _)| *alias == lower)
        .map_or(lower.as_str(), |(_, n)| n);
    ALGS.iter().copied().find(|a| a.name == canon)
}

/// A BLAKE2 state driven through its core, which takes the salt, person and key length.
macro_rules! blake_state {
    ($name:ident, $core:ty, $block:literal) => {
        #[derive(Clone)]
        pub struct $name {
            core: $core,
            buf: Buffer<$core>,
            out: usize,
        }

        impl $name {
            fn new(key: &[u8], salt: &[u8], person: &[u8], out: usize) -> Self {
                let mut b = $name {
                    core: <$core>::new_with_params(salt, person, key.len(), out),
                    buf: Default::default(),
                    out,
                };
                if !key.is_empty() {
                    // The key is hashed first, as a whole block padded with zeros (RFC 7693).
                    let mut block = [0u8; $block];
                    block[..key.len()].copy_from_slice(key);
                    b.update(&block);
                }
                b
            }
            fn update(&mut self, data: &[u8]) {
                let core = &mut self.core;
                self.buf
                    .digest_blocks(data, |blocks| core.update_blocks(blocks));
            }
            fn digest(&self) -> Vec<u8> {
                let mut c = self.clone();
                let mut full = Default::default();
                c.core.finalize_variable_core(&mut c.buf, &mut full);
                full[..self.out].to_vec()
            }
        }
    };
}

blake_state!(Blake2b, Blake2bVarCore, 128);
blake_state!(Blake2s, Blake2sVarCore, 64);

#[derive(Clone)]
enum State {
    Fixed(Box<dyn DynDigest>),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    Blake2b(Blake2b),
    Blake2s(Blake2s),
}

impl State {
    /// A fresh state of a fixed-size or extendable algorithm (not BLAKE2's keyed form).
    fn new(name: &str) -> State {
        match name {
            "md5" => State::Fixed(Box::new(md5::Md5::default())),
            "sha1" => State::Fixed(Box::new(sha1::Sha1::default())),
            "sha224" => State::Fixed(Box::new(sha2::Sha224::default())),
            "sha256" => State::Fixed(Box::new(sha2::Sha256::default())),
            "sha384" => State::Fixed(Box::new(sha2::Sha384::default())),
            "sha512" => State::Fixed(Box::new(sha2::Sha512::default())),
            "sha512_224" => State::Fixed(Box::new(sha2::Sha512_224::default())),
            "sha512_256" => State::Fixed(Box::new(sha2::Sha512_256::default())),
            "sha3_224" => State::Fixed(Box::new(sha3::Sha3_224::default())),
            "sha3_256" => State::Fixed(Box::new(sha3::Sha3_256::default())),
            "sha3_384" => State::Fixed(Box::new(sha3::Sha3_384::default())),
            "sha3_512" => State::Fixed(Box::new(sha3::Sha3_512::default())),
            "shake_128" => State::Shake128(Default::default()),
            "shake_256" => State::Shake256(Default::default()),
            "blake2s" => State::Blake2s(Blake2s::new(b"", b"", b"", 32)),
            _ => State::Blake2b(Blake2b::new(b"", b"", b"", 64)),
        }
    }
    fn update(&mut self, data: &[u8]) {
        match self {
            State::Fixed(d) => d.update(data),
            State::Shake128(x) => Update::update(x, data),
            State::Shake256(x) => Update::update(x, data),
            State::Blake2b(b) => b.update(data),
            State::Blake2s(b) => b.update(data),
        }
    }
    /// The digest so far (`len` bytes for the extendable ones); the state goes on.
    fn digest(&self, len: usize) -> Vec<u8> {
        match self {
            State::Fixed(d) => d.box_clone().finalize().into_vec(),
            State::Shake128(x) => {
                let mut out = vec![0; len];
                x.clone().finalize_xof_into(&mut out);
                out
            }
            State::Shake256(x) => {
                let mut out = vec![0; len];
                x.clone().finalize_xof_into(&mut out);
                out
            }
            State::Blake2b(b) => b.digest(),
            State::Blake2s(b) => b.digest(),
        }
    }
}

/// The payload of a hash object.
pub struct Hasher {
    alg: Alg,
    /// The digest size of this object (a BLAKE2 object's may be smaller than the algorithm's).
    digest_size: usize,
    // Boxed: a BLAKE2 state is large, and native objects share one enum.
    st: RefCell<Box<State>>,
}

native_arg!(Hasher, Hash, "_hashlib.HASH");

/// The bytes to hash: a bytes-like object; a str is refused in CPython's words.
fn data_of(ip: &Interp, v: &Value) -> PyResult<Buf> {
    if matches!(crate::eval::classes::value_base(v), Value::Str(_)) {
        return ip.type_error("Strings must be encoded before hashing");
    }
    crate::runtime::bytes::buffer(ip, v)?.ok_or_else(|| {
        ip.err(
            ExcKind::TypeError,
            "object supporting the buffer API required",
        )
    })
}

static HASH_CLASS: ClassSpec = ClassSpec {
    key: "_hashlib.HASH",
    module: "_hashlib",
    name: "HASH",
    base: None,
    new: None,
    methods: &[],
};

static HASHXOF_CLASS: ClassSpec = ClassSpec {
    key: "_hashlib.HASHXOF",
    module: "_hashlib",
    name: "HASHXOF",
    base: None,
    new: None,
    methods: &[&UPDATE, &COPY],
};

static BLAKE2B_CLASS: ClassSpec = ClassSpec {
    key: "_blake2.blake2b",
    module: "_blake2",
    name: "blake2b",
    base: None,
    new: None,
    methods: &[&UPDATE, &COPY, &DIGEST, &HEXDIGEST],
};

static BLAKE2S_CLASS: ClassSpec = ClassSpec {
    key: "_blake2.blake2s",
    module: "_blake2",
    name: "blake2s",
    base: None,
    new: None,
    methods: &[&UPDATE, &COPY, &DIGEST, &HEXDIGEST],
};

fn spec_of(alg: &Alg) -> &'static ClassSpec {
    match alg.name {
        "shake_128" | "shake_256" => &HASHXOF_CLASS,
        "blake2b" => &BLAKE2B_CLASS,
        "blake2s" => &BLAKE2S_CLASS,
        _ => &HASH_CLASS,
    }
}

fn make(ip: &Interp, alg: Alg, digest_size: usize, st: State) -> Value {
    super::new_obj(
        ip,
        spec_of(&alg),
        Native::Hash(Hasher {
            alg,
            digest_size,
            st: RefCell::new(Box::new(st)),
        }),
    )
}

/// A new hash object of a named algorithm, fed `data`.
fn open(ip: &Interp, alg: Alg, data: Option<&Value>) -> PyResult<Value> {
    let mut st = State::new(alg.name);
    if let Some(d) = data {
        st.update(&data_of(ip, d)?);
    }
    Ok(make(ip, alg, alg.digest_size, st))
}

macro_rules! constructors {
    ($($fname:ident, $alg:literal, $sig:literal;)*) => {$(
        #[function(_hashlib, $sig)]
        fn $fname(ip: &Interp, string: Option<&Value>, _usedforsecurity: bool) -> PyResult<Value> {
            open(ip, find_alg($alg).expect("a listed algorithm"), string)
        }
    )*};
}

constructors! {
    openssl_md5, "md5", "openssl_md5(string=b'', *, usedforsecurity=True)";
    openssl_sha1, "sha1", "openssl_sha1(string=b'', *, usedforsecurity=True)";
    openssl_sha224, "sha224", "openssl_sha224(string=b'', *, usedforsecurity=True)";
    openssl_sha256, "sha256", "openssl_sha256(string=b'', *, usedforsecurity=True)";
    openssl_sha384, "sha384", "openssl_sha384(string=b'', *, usedforsecurity=True)";
    openssl_sha512, "sha512", "openssl_sha512(string=b'', *, usedforsecurity=True)";
    openssl_sha3_224, "sha3_224", "openssl_sha3_224(string=b'', *, usedforsecurity=True)";
    openssl_sha3_256, "sha3_256", "openssl_sha3_256(string=b'', *, usedforsecurity=True)";
    openssl_sha3_384, "sha3_384", "openssl_sha3_384(string=b'', *, usedforsecurity=True)";
    openssl_sha3_512, "sha3_512", "openssl_sha3_512(string=b'', *, usedforsecurity=True)";
    openssl_shake_128, "shake_128", "openssl_shake_128(string=b'', *, usedforsecurity=True)";
    openssl_shake_256, "shake_256", "openssl_shake_256(string=b'', *, usedforsecurity=True)";
}

/// Algorithms OpenSSL offers that corun does not have.
const NOT_WRITTEN: &[&str] = &["md5-sha1", "ripemd160", "sm3", "md4", "whirlpool"];

fn unsupported(ip: &Interp, name: &str) -> crate::runtime::exceptions::Exc {
    if NOT_WRITTEN.contains(&name.to_ascii_lowercase().as_str()) {
        return ip.err(
            ExcKind::NotImplementedError,
            format!("hashlib: the {name} algorithm is not supported by corun"),
        );
    }
    ip.err(ExcKind::ValueError, format!("unsupported hash type {name}"))
}

/// `_hashlib.new(name, string=b'')`: any algorithm but BLAKE2's keyword arguments (those go
/// through the `_blake2` classes, as `hashlib.new` sends them).
#[function(_hashlib, "new(name, string=b'', *, usedforsecurity=True)")]
fn new(
    ip: &Interp,
    name: &Value,
    string: Option<&Value>,
    _usedforsecurity: bool,
) -> PyResult<Value> {
    let Value::Str(s) = crate::eval::classes::value_base(name) else {
        return ip.type_error("name must be a string");
    };
    match find_alg(&s.s) {
        Some(alg) => open(ip, alg, string),
        None => Err(unsupported(ip, &s.s)),
    }
}

#[method("_hashlib.HASH", "update($self, obj, /)")]
fn update(ip: &Interp, this: &Hasher, obj: &Value) -> PyResult<()> {
    let data = data_of(ip, obj)?;
    this.st.borrow_mut().update(&data);
    Ok(())
}

#[method("_hashlib.HASH", "digest($self, /)")]
fn digest(_ip: &Interp, this: &Hasher) -> PyResult<Value> {
    Ok(Value::bytes_from_vec(this.st.borrow().digest(0)))
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

#[method("_hashlib.HASH", "hexdigest($self, /)")]
fn hexdigest(_ip: &Interp, this: &Hasher) -> PyResult<Value> {
    Ok(Value::string(hex(&this.st.borrow().digest(0))))
}

#[method("_hashlib.HASH", "copy($self, /)")]
fn copy(ip: &Interp, this: &Hasher) -> PyResult<Value> {
    let st = State::clone(&this.st.borrow());
    Ok(make(ip, this.alg, this.digest_size, st))
}

fn xof_len(ip: &Interp, length: i64) -> PyResult<usize> {
    // OpenSSL cannot allocate a negative size; a size past memory is refused the same way
    // rather than aborting the process.
    let mut probe: Vec<u8> = Vec::new();
    if length < 0 || probe.try_reserve_exact(length as usize).is_err() {
        return Err(ip.err(ExcKind::MemoryError, ""));
    }
    Ok(length as usize)
}

#[method("_hashlib.HASHXOF", "digest($self, /, length)")]
fn xof_digest(ip: &Interp, this: &Hasher, length: i64) -> PyResult<Value> {
    let n = xof_len(ip, length)?;
    Ok(Value::bytes_from_vec(this.st.borrow().digest(n)))
}

#[method("_hashlib.HASHXOF", "hexdigest($self, /, length)")]
fn xof_hexdigest(ip: &Interp, this: &Hasher, length: i64) -> PyResult<Value> {
    let n = xof_len(ip, length)?;
    Ok(Value::string(hex(&this.st.borrow().digest(n))))
}

/// `name`, `digest_size` and `block_size` of a hash object.
pub fn attr(h: &Hasher, name: Symbol) -> Option<Value> {
    Some(match name.as_str() {
        "name" => Value::str(h.alg.name),
        "digest_size" => Value::Int(h.digest_size as i64),
        "block_size" => Value::Int(h.alg.block_size as i64),
        _ => return None,
    })
}

/// `<md5 _hashlib.HASH object @ 0x…>` as OpenSSL-backed objects print; BLAKE2's are plain.
pub fn repr(o: &super::NativeObj, h: &Hasher, addr: usize) -> String {
    match h.alg.name {
        "blake2b" | "blake2s" => format!("<_blake2.{} object at {:#x}>", h.alg.name, addr),
        _ => format!(
            "<{} _hashlib.{} object @ {:#x}>",
            h.alg.name, o.class.name, addr
        ),
    }
}

fn bytes_param(ip: &Interp, v: Option<&Value>) -> PyResult<Vec<u8>> {
    match v {
        None => Ok(Vec::new()),
        Some(v) => Ok(crate::runtime::bytes::need_buffer(ip, v)?.to_vec()),
    }
}

#[allow(clippy::too_many_arguments)]
fn blake_new(
    ip: &Interp,
    wide: bool,
    data: Option<&Value>,
    digest_size: Option<i64>,
    key: Option<&Value>,
    salt: Option<&Value>,
    person: Option<&Value>,
    tree: [i64; 6],
    last_node: bool,
) -> PyResult<Value> {
    let (max, name) = if wide {
        (64, "blake2b")
    } else {
        (32, "blake2s")
    };
    let size = digest_size.unwrap_or(max as i64);
    if !(1..=max as i64).contains(&size) {
        return Err(ip.err(
            ExcKind::ValueError,
            format!("digest_size must be between 1 and {max} bytes"),
        ));
    }
    let (key, salt, person) = (
        bytes_param(ip, key)?,
        bytes_param(ip, salt)?,
        bytes_param(ip, person)?,
    );
    for (what, v, limit) in [
        ("key", &key, max),
        ("salt", &salt, max / 4),
        ("person", &person, max / 4),
    ] {
        if v.len() > limit {
            return Err(ip.err(
                ExcKind::ValueError,
                format!("maximum {what} length is {limit} bytes"),
            ));
        }
    }
    // fanout, depth, leaf_size, node_offset, node_depth, inner_size: tree hashing.
    if tree != [1, 1, 0, 0, 0, 0] || last_node {
        return Err(ip.err(
            ExcKind::NotImplementedError,
            format!("{name}() tree hashing parameters (fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node)"),
        ));
    }
    let size = size as usize;
    let mut st = if wide {
        State::Blake2b(Blake2b::new(&key, &salt, &person, size))
    } else {
        State::Blake2s(Blake2s::new(&key, &salt, &person, size))
    };
    if let Some(d) = data {
        st.update(&data_of(ip, d)?);
    }
    Ok(make(ip, find_alg(name).expect("blake2"), size, st))
}

#[allow(clippy::too_many_arguments)]
#[staticmethod(
    "_blake2.blake2b",
    "blake2b($type, data=b'', /, *, digest_size=64, key=b'', salt=b'', person=b'', fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False, usedforsecurity=True)",
    attr = "__new__"
)]
fn blake2b_new(
    ip: &Interp,
    _cls: &Value,
    data: Option<&Value>,
    digest_size: Option<i64>,
    key: Option<&Value>,
    salt: Option<&Value>,
    person: Option<&Value>,
    fanout: i64,
    depth: i64,
    leaf_size: i64,
    node_offset: i64,
    node_depth: i64,
    inner_size: i64,
    last_node: bool,
    _usedforsecurity: bool,
) -> PyResult<Value> {
    let tree = [
        fanout,
        depth,
        leaf_size,
        node_offset,
        node_depth,
        inner_size,
    ];
    blake_new(
        ip,
        true,
        data,
        digest_size,
        key,
        salt,
        person,
        tree,
        last_node,
    )
}

#[allow(clippy::too_many_arguments)]
#[staticmethod(
    "_blake2.blake2s",
    "blake2s($type, data=b'', /, *, digest_size=32, key=b'', salt=b'', person=b'', fanout=1, depth=1, leaf_size=0, node_offset=0, node_depth=0, inner_size=0, last_node=False, usedforsecurity=True)",
    attr = "__new__"
)]
fn blake2s_new(
    ip: &Interp,
    _cls: &Value,
    data: Option<&Value>,
    digest_size: Option<i64>,
    key: Option<&Value>,
    salt: Option<&Value>,
    person: Option<&Value>,
    fanout: i64,
    depth: i64,
    leaf_size: i64,
    node_offset: i64,
    node_depth: i64,
    inner_size: i64,
    last_node: bool,
    _usedforsecurity: bool,
) -> PyResult<Value> {
    let tree = [
        fanout,
        depth,
        leaf_size,
        node_offset,
        node_depth,
        inner_size,
    ];
    blake_new(
        ip,
        false,
        data,
        digest_size,
        key,
        salt,
        person,
        tree,
        last_node,
    )
}

/// HMAC (RFC 2104) of one message with a fresh state of `alg` per pass.
fn hmac_once(alg: Alg, key_block: &[u8], msg: &[&[u8]]) -> Vec<u8> {
    let mut inner = State::new(alg.name);
    let ipad: Vec<u8> = key_block.iter().map(|b| b ^ 0x36).collect();
    inner.update(&ipad);
    for m in msg {
        inner.update(m);
    }
    let ih = inner.digest(0);
    let mut outer = State::new(alg.name);
    let opad: Vec<u8> = key_block.iter().map(|b| b ^ 0x5c).collect();
    outer.update(&opad);
    outer.update(&ih);
    outer.digest(0)
}

/// `pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)` (RFC 8018).
#[function(
    _hashlib,
    "pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None)"
)]
fn pbkdf2_hmac(
    ip: &Interp,
    hash_name: &str,
    password: Buf,
    salt: Buf,
    iterations: i64,
    dklen: Option<&Value>,
) -> PyResult<Value> {
    let alg = match find_alg(hash_name) {
        Some(a) if a.digest_size > 0 => a,
        _ => return Err(unsupported(ip, hash_name)),
    };
    if iterations < 1 {
        return Err(ip.err(
            ExcKind::ValueError,
            "iteration value must be greater than 0.",
        ));
    }
    let dklen = match dklen {
        None | Some(Value::None) => alg.digest_size as i64,
        Some(v) => {
            use num_traits::ToPrimitive;
            crate::runtime::numbers::index(ip, v)?
                .to_i64()
                .ok_or_else(|| {
                    ip.err(
                        ExcKind::OverflowError,
                        "Python int too large to convert to C long",
                    )
                })?
        }
    };
    if dklen < 1 {
        return Err(ip.err(ExcKind::ValueError, "key length must be greater than 0."));
    }
    if dklen > i32::MAX as i64 {
        return Err(ip.err(ExcKind::OverflowError, "key length is too great."));
    }
    let mut key_block = if password.len() > alg.block_size {
        let mut st = State::new(alg.name);
        st.update(&password);
        st.digest(0)
    } else {
        password.to_vec()
    };
    key_block.resize(alg.block_size, 0);
    let mut out = Vec::with_capacity(dklen as usize);
    let mut block = 1u32;
    while out.len() < dklen as usize {
        let mut u = hmac_once(alg, &key_block, &[&salt, &block.to_be_bytes()]);
        let mut t = u.clone();
        for _ in 1..iterations {
            u = hmac_once(alg, &key_block, &[&u]);
            for (a, b) in t.iter_mut().zip(&u) {
                *a ^= b;
            }
        }
        out.extend_from_slice(&t);
        block += 1;
    }
    out.truncate(dklen as usize);
    Ok(Value::bytes_from_vec(out))
}

/// `compare_digest(a, b)`: equality in a time that does not depend on where they differ.
#[function(_hashlib, "compare_digest(a, b, /)")]
fn compare_digest(ip: &Interp, a: &Value, b: &Value) -> PyResult<bool> {
    let (x, y) = match (
        crate::eval::classes::value_base(a),
        crate::eval::classes::value_base(b),
    ) {
        (Value::Str(x), Value::Str(y)) => {
            if !x.s.is_ascii() || !y.s.is_ascii() {
                return ip
                    .type_error("comparing strings with non-ASCII characters is not supported");
            }
            (x.s.as_bytes().to_vec(), y.s.as_bytes().to_vec())
        }
        _ => match (
            crate::runtime::bytes::buffer(ip, a)?,
            crate::runtime::bytes::buffer(ip, b)?,
        ) {
            (Some(x), Some(y)) => (x.to_vec(), y.to_vec()),
            (None, None) => {
                return ip.type_error(format!(
                    "unsupported operand types(s) or combination of types: '{}' and '{}'",
                    ops::type_name(ip, a),
                    ops::type_name(ip, b)
                ))
            }
            (None, Some(_)) | (Some(_), None) => {
                let bad = if crate::runtime::bytes::gathered(a).is_none() {
                    a
                } else {
                    b
                };
                return ip.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    ops::type_name(ip, bad)
                ));
            }
        },
    };
    let mut diff = (x.len() != y.len()) as u8;
    let other = if x.len() == y.len() { &y } else { &x };
    for (p, q) in x.iter().zip(other.iter()) {
        diff |= p ^ q;
    }
    Ok(diff == 0)
}

pub fn init(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    m.set(intern("HASH"), Value::Class(super::class(ip, &HASH_CLASS)));
    m.set(
        intern("HASHXOF"),
        Value::Class(super::class(ip, &HASHXOF_CLASS)),
    );
    Ok(())
}

pub fn init_blake2(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    m.set(
        intern("blake2b"),
        Value::Class(super::class(ip, &BLAKE2B_CLASS)),
    );
    m.set(
        intern("blake2s"),
        Value::Class(super::class(ip, &BLAKE2S_CLASS)),
    );
    Ok(())
}

/// `_operator._compare_digest`: the same comparison as `hmac.compare_digest`.
#[function(_operator, "_compare_digest(a, b, /)")]
fn operator_compare_digest(ip: &Interp, a: &Value, b: &Value) -> PyResult<bool> {
    compare_digest(ip, a, b)
}

/// The modules CPython builds each hash family in (`_md5`, `_sha256`, …): their constructors
/// are `hashlib`'s, and their type names name the shared hash type.
fn init_family(
    ip: &Interp,
    m: &Rc<ModuleObj>,
    fns: &[(&str, &'static crate::runtime::object::BuiltinFn)],
    types: &[&str],
) -> PyResult<()> {
    for (name, f) in fns {
        m.set(intern(name), Value::Builtin(f));
    }
    let hash = Value::Class(super::class(ip, &HASH_CLASS));
    for t in types {
        m.set(intern(t), hash.clone());
    }
    Ok(())
}

fn init_md5(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    init_family(ip, m, &[("md5", &OPENSSL_MD5)], &["MD5Type"])
}

fn init_sha1(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    init_family(ip, m, &[("sha1", &OPENSSL_SHA1)], &["SHA1Type"])
}

fn init_sha256(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    init_family(
        ip,
        m,
        &[("sha224", &OPENSSL_SHA224), ("sha256", &OPENSSL_SHA256)],
        &["SHA224Type", "SHA256Type"],
    )
}

fn init_sha512(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    init_family(
        ip,
        m,
        &[("sha384", &OPENSSL_SHA384), ("sha512", &OPENSSL_SHA512)],
        &["SHA384Type", "SHA512Type"],
    )
}

fn init_sha3(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    init_family(
        ip,
        m,
        &[
            ("sha3_224", &OPENSSL_SHA3_224),
            ("sha3_256", &OPENSSL_SHA3_256),
            ("sha3_384", &OPENSSL_SHA3_384),
            ("sha3_512", &OPENSSL_SHA3_512),
            ("shake_128", &OPENSSL_SHAKE_128),
            ("shake_256", &OPENSSL_SHAKE_256),
        ],
        &[],
    )
}

crate::native_module!("_md5", init_md5);
crate::native_module!("_sha1", init_sha1);
crate::native_module!("_sha256", init_sha256);
crate::native_module!("_sha512", init_sha512);
crate::native_module!("_sha3", init_sha3);
crate::native_module!("_hashlib", init);
crate::native_module!("_blake2", init_blake2);
crate::python_module!("hashlib", "hashlib.py");
crate::python_module!("hmac", "hmac.py");
crate::python_module!("secrets", "secrets.py");
crate::python_module!("uuid", "uuid.py");
