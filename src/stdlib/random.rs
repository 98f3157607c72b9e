//! The `random` module: CPython's Mersenne Twister (`Modules/_randommodule.c`) and the methods
//! of `Lib/random.py` built on it, step for step, so a seeded program draws CPython's numbers.

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

use super::Native;
use crate::eval::{ops, Interp};
use crate::intern::intern;
use crate::runtime::exceptions::{ExcKind, PyResult};
use crate::runtime::numbers;
use crate::runtime::object::{BoundMethod, ModuleObj};
use crate::runtime::value::Value;
use crate::syntax::ast::{BinOp, CmpOp};
use corun_macros::{method, staticmethod};

const N: usize = 624;
const M: usize = 397;

/// The generator's state: MT19937, plus the second normal deviate `gauss` keeps.
pub struct Rng {
    pub st: RefCell<Mt>,
}

pub struct Mt {
    mt: Box<[u32; N]>,
    mti: usize,
    gauss_next: Option<f64>,
    /// SystemRandom's generator: its words come from the system's random source (as
    /// `os.urandom`), not from the state; every method built on them is then as CPython's
    /// SystemRandom (uniformly random bits; no seed, no state).
    system: bool,
}

impl Mt {
    fn new() -> Mt {
        Mt {
            mt: Box::new([0; N]),
            mti: N + 1,
            gauss_next: None,
            system: false,
        }
    }

    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1812433253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.mti = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19650218);
        let (mut i, mut j) = (1usize, 0usize);
        let klen = key.len();
        let mut k = N.max(klen);
        while k > 0 {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1664525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= klen {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1566083941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            k -= 1;
        }
        self.mt[0] = 0x80000000;
        self.mti = N;
    }

    fn genrand_u32(&mut self) -> u32 {
        if self.system {
            let mut word = [0u8; 4];
            // Should the system's source fail, the twister (seeded from entropy) stands in.
            if super::os::fill_random(&mut word).is_ok() {
                return u32::from_ne_bytes(word);
            }
        }
        const MAG01: [u32; 2] = [0, 0x9908b0df];
        const UPPER: u32 = 0x80000000;
        const LOWER: u32 = 0x7fffffff;
        if self.mti >= N {
            if self.mti == N + 1 {
                self.init_genrand(5489);
            }
            let mt = &mut self.mt;
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ MAG01[(y & 1) as usize];
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER) | (mt[kk + 1] & LOWER);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ MAG01[(y & 1) as usize];
            }
            let y = (mt[N - 1] & UPPER) | (mt[0] & LOWER);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ MAG01[(y & 1) as usize];
            self.mti = 0;
        }
        let mut y = self.mt[self.mti];
        self.mti += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >> 18;
        y
    }

    /// `random()`: 53 random bits as a float in [0, 1).
    fn random(&mut self) -> f64 {
        let a = (self.genrand_u32() >> 5) as f64;
        let b = (self.genrand_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// `getrandbits(k)` for k <= 64.
    fn bits_u64(&mut self, k: u32) -> u64 {
        if k == 0 {
            return 0;
        }
        if k <= 32 {
            return (self.genrand_u32() >> (32 - k)) as u64;
        }
        let lo = self.genrand_u32() as u64;
        let rest = k - 32;
        let hi = (self.genrand_u32() >> (32 - rest)) as u64;
        lo | (hi << 32)
    }

    /// `getrandbits(k)` for any k.
    fn bits_big(&mut self, k: u64) -> BigInt {
        if k <= 64 {
            return BigInt::from(self.bits_u64(k as u32));
        }
        let words = (k - 1) / 32 + 1;
        let mut out = Vec::with_capacity(words as usize);
        let mut left = k as i64;
        for _ in 0..words {
            let mut r = self.genrand_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left -= 32;
        }
        BigInt::from_slice(Sign::Plus, &out)
    }

    /// `_randbelow(n)` for n > 0 (getrandbits of n's bit length until one is below n).
    fn below_u64(&mut self, n: u64) -> u64 {
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.bits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    fn below_big(&mut self, n: &BigInt) -> BigInt {
        if let Some(x) = n.to_u64() {
            return BigInt::from(self.below_u64(x));
        }
        let k = n.bits();
        loop {
            let r = self.bits_big(k);
            if &r < n {
                return r;
            }
        }
    }

    /// Seeds from an int: its absolute value's 32-bit words, least significant first.
    fn seed_int(&mut self, n: &BigInt) {
        let (_, mut words) = n.abs().to_u32_digits();
        if words.is_empty() {
            words.push(0);
        }
        self.init_by_array(&words);
        self.gauss_next = None;
    }

    fn seed_entropy(&mut self) {
        use std::hash::{BuildHasher, Hasher};
        let mut key = Vec::with_capacity(N);
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64)
            .unwrap_or(0);
        while key.len() < N {
            // RandomState is keyed from the operating system's entropy.
            let mut h = std::collections::hash_map::RandomState::new().build_hasher();
            h.write_u64(now ^ key.len() as u64);
            let x = h.finish();
            key.push(x as u32);
            key.push((x >> 32) as u32);
        }
        self.init_by_array(&key);
        self.gauss_next = None;
    }
}

native_arg!(Rng, Random, "_random.Random");

/// Runs `f` on the generator's state.
fn with<T>(r: &Rng, f: impl FnOnce(&mut Mt) -> T) -> T {
    f(&mut r.st.borrow_mut())
}

fn seed_value(ip: &Interp, mt: &mut Mt, a: &Value, version: i64) -> PyResult<()> {
    match a {
        Value::None => mt.seed_entropy(),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            mt.seed_int(&numbers::as_bigint(a).unwrap_or_default())
        }
        Value::Float(f) => {
            // CPython seeds from hash(x), taken as an unsigned machine word.
            let h = numbers::hash_f64(f.get()) as u64;
            mt.seed_int(&BigInt::from(h))
        }
        Value::Str(_) | Value::Bytes(_) => {
            let bytes: Vec<u8> = match a {
                Value::Str(s) => s.s.as_bytes().to_vec(),
                Value::Bytes(b) => b.b.to_vec(),
                _ => Vec::new(),
            };
            if version == 1 {
                let chars: Vec<u32> = match a {
                    Value::Str(s) => s.s.chars().map(|c| c as u32).collect(),
                    _ => bytes.iter().map(|b| *b as u32).collect(),
                };
                let mut x: u64 = chars.first().map(|c| (*c as u64) << 7).unwrap_or(0);
                for c in &chars {
                    x = (1000003u64.wrapping_mul(x)) ^ *c as u64;
                }
                x ^= chars.len() as u64;
                mt.seed_int(&BigInt::from(x));
            } else {
                use sha2::Digest;
                let mut all = bytes.clone();
                all.extend_from_slice(&sha2::Sha512::digest(&bytes));
                mt.seed_int(&BigInt::from_bytes_be(Sign::Plus, &all));
            }
        }
        _ => {
            return ip.type_error(
                "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.",
            )
        }
    }
    Ok(())
}

// The methods written in C in CPython (`_random.Random`) have C's argument errors; the others
// are written in Python there (`random.Random`), and have Python's.

/// `Random.__new__(cls, *args, **kwargs)`: a generator of class `cls` (SystemRandom's when
/// `cls` derives from it). Unless `cls` has an `__init__` of its own, `Random.__init__` runs
/// here on the arguments, seeding through `self.seed` (which SystemRandom makes a no-op).
#[staticmethod(
    "_random.Random",
    "__new__($type, *args, **kwargs)",
    style = py,
    attr = "__new__"
)]
fn random_new(
    ip: &Interp,
    cls: &Value,
    args: &[Value],
    kwargs: &[(crate::intern::Symbol, Value)],
) -> PyResult<Value> {
    let Value::Class(c) = cls else {
        return ip.type_error(format!(
            "Random.__new__(X): X is not a type object ({})",
            ops::type_name(ip, cls)
        ));
    };
    let random_class = super::class(ip, &RANDOM_CLASS);
    if !c.is_subclass(&random_class) {
        return ip.type_error(format!(
            "Random.__new__({}): {} is not a subtype of Random",
            c.name, c.name
        ));
    }
    let mut mt = Mt::new();
    mt.system = c.is_subclass(&system_random_class(ip));
    // The methods here draw from the generator itself, so a subclass's own random() or
    // getrandbits() would be bypassed: refused rather than ignored.
    for name in ["random", "getrandbits"] {
        let own = c.lookup(intern(name));
        let native = random_class.lookup(intern(name));
        if let (Some(own), Some(native)) = (own, native) {
            if !own.is(&native) {
                return Err(ip.err(
                    ExcKind::NotImplementedError,
                    format!(
                        "corun does not support overriding {}() in a subclass of random.Random",
                        name
                    ),
                ));
            }
        }
    }
    let own_init = match (
        c.lookup(crate::intern::sym::__init__),
        random_class.lookup(crate::intern::sym::__init__),
    ) {
        (Some(a), Some(b)) => !a.is(&b),
        _ => false,
    };
    if own_init {
        mt.seed_entropy();
    }
    let native = new_random(ip, mt, c.is_subclass(&system_random_class(ip)));
    let obj = if c.user {
        Value::Instance(crate::runtime::instance::Instance::with_base(
            c.clone(),
            native,
        ))
    } else {
        native
    };
    if !own_init {
        let init = random_class
            .lookup(crate::intern::sym::__init__)
            .unwrap_or(Value::None);
        let mut a: crate::eval::call::Args = std::iter::once(obj.clone())
            .chain(args.iter().cloned())
            .collect();
        crate::eval::call::call_value(ip, &init, &mut a, kwargs)?;
    }
    Ok(obj)
}

/// `Random.__init__(self, x=None)`: `self.seed(x)`.
#[method("_random.Random", "__init__($self, x=None)", style = py)]
fn random_init(ip: &Interp, this: &Value, x: &Value) -> PyResult<()> {
    let seed = ops::getattr(ip, this, intern("seed"))?;
    let mut a: crate::eval::call::Args = std::iter::once(x.clone()).collect();
    crate::eval::call::call_value(ip, &seed, &mut a, &[])?;
    Ok(())
}

#[method("_random.Random", "seed($self, a=None, version=2)", style = py)]
fn seed(ip: &Interp, this: &Rng, a: &Value, version: Option<&Value>) -> PyResult<()> {
    if this.st.borrow().system {
        // SystemRandom has no seed: the call is accepted and does nothing.
        return Ok(());
    }
    let version = match version {
        Some(Value::Int(v)) => *v,
        _ => 2,
    };
    seed_value(ip, &mut this.st.borrow_mut(), a, version)
}

#[method("_random.Random", "random($self, /)")]
fn random(_ip: &Interp, this: &Rng) -> PyResult<f64> {
    Ok(with(this, |m| m.random()))
}

#[method("_random.Random", "getrandbits($self, k, /)")]
fn getrandbits(ip: &Interp, this: &Rng, k: i32) -> PyResult<Value> {
    if k < 0 {
        return Err(ip.err(ExcKind::ValueError, "number of bits must be non-negative"));
    }
    if k > (1 << 30) {
        return Err(ip.err_noargs(ExcKind::MemoryError));
    }
    Ok(Value::from_bigint(with(this, |m| m.bits_big(k as u64))))
}

fn below(r: &Rng, n: &BigInt) -> BigInt {
    with(r, |m| m.below_big(n))
}

/// An integer argument of randrange, as `random.py` takes it: by `__index__`, else by `int()`
/// with a deprecation warning (an error when that changes its value).
fn range_arg(ip: &Interp, v: &Value, which: &str) -> PyResult<BigInt> {
    let e = match numbers::index(ip, v) {
        Ok(b) => return Ok(b),
        Err(e) => e,
    };
    if !e.is_instance(ip.exc_class(ExcKind::TypeError)) {
        return Err(e);
    }
    let i = super::call_with(ip, &ip.builtin("int"), std::slice::from_ref(v))?;
    if !ops::equals(ip, &i, v)? {
        ip.warn(
            ExcKind::DeprecationWarning,
            "randrange() will raise TypeError in the future",
        );
        return Err(ip.err(
            ExcKind::ValueError,
            format!("non-integer {} for randrange()", which),
        ));
    }
    ip.warn(
        ExcKind::DeprecationWarning,
        "non-integer arguments to randrange() have been deprecated since Python 3.10 and will be removed in a subsequent version",
    );
    numbers::index(ip, &i)
}

#[method("_random.Random", "randrange($self, start, stop=None, step=1)", style = py)]
fn randrange(
    ip: &Interp,
    this: &Rng,
    start: &Value,
    stop: &Value,
    step: Option<&Value>,
) -> PyResult<Value> {
    let istart = range_arg(ip, start, "arg 1")?;
    if stop.is_none() {
        // CPython tests `step is not 1` before converting it.
        if step.is_some_and(|s| !matches!(s, Value::Int(1))) {
            return ip.type_error("Missing a non-None stop argument");
        }
        if istart.is_positive() {
            return Ok(Value::from_bigint(below(this, &istart)));
        }
        return Err(ip.err(ExcKind::ValueError, "empty range for randrange()"));
    }
    let istop = range_arg(ip, stop, "stop")?;
    let width = &istop - &istart;
    let istep = match step {
        None => BigInt::from(1),
        Some(s) => range_arg(ip, s, "step")?,
    };
    if istep == BigInt::from(1) {
        if width.is_positive() {
            return Ok(Value::from_bigint(istart + below(this, &width)));
        }
        return Err(ip.err(
            ExcKind::ValueError,
            format!(
                "empty range for randrange() ({}, {}, {})",
                istart, istop, width
            ),
        ));
    }
    use num_integer::Integer;
    let n = if istep.is_positive() {
        (&width + &istep - BigInt::from(1)).div_floor(&istep)
    } else if istep.is_negative() {
        (&width + &istep + BigInt::from(1)).div_floor(&istep)
    } else {
        return Err(ip.err(ExcKind::ValueError, "zero step for randrange()"));
    };
    if !n.is_positive() {
        return Err(ip.err(ExcKind::ValueError, "empty range for randrange()"));
    }
    Ok(Value::from_bigint(istart + istep * below(this, &n)))
}

#[method("_random.Random", "randint($self, a, b)", style = py)]
fn randint(ip: &Interp, this: &Rng, a: &Value, b: &Value) -> PyResult<Value> {
    let b1 = ops::binary_op(ip, BinOp::Add, b, &Value::Int(1))?;
    randrange(ip, this, a, &b1, None)
}

#[method("_random.Random", "choice($self, seq)", style = py)]
fn choice(ip: &Interp, this: &Rng, seq: &Value) -> PyResult<Value> {
    let n = ops::len(ip, seq)?;
    if n == 0 {
        return Err(ip.err(ExcKind::IndexError, "Cannot choose from an empty sequence"));
    }
    let i = with(this, |m| m.below_u64(n as u64));
    ops::getitem(ip, seq, &Value::Int(i as i64))
}

#[method("_random.Random", "shuffle($self, x)", style = py)]
fn shuffle(ip: &Interp, this: &Rng, x: &Value) -> PyResult<()> {
    let n = ops::len(ip, x)?;
    for i in (1..n).rev() {
        let j = with(this, |m| m.below_u64(i as u64 + 1)) as usize;
        if let Value::List(l) = x {
            let mut items = l.items.borrow_mut();
            if i < items.len() && j < items.len() {
                items.swap(i, j);
            }
            continue;
        }
        let (vi, vj) = (Value::Int(i as i64), Value::Int(j as i64));
        let a = ops::getitem(ip, x, &vi)?;
        let b = ops::getitem(ip, x, &vj)?;
        ops::setitem(ip, x, &vi, b)?;
        ops::setitem(ip, x, &vj, a)?;
    }
    Ok(())
}

fn is_sequence(v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) | Value::Bytes(_) => {
            true
        }
        Value::Native(o) => matches!(o.kind, Native::Deque(_)),
        _ => false,
    }
}

/// `bisect.bisect_right(a, x, lo, hi)`.
fn bisect_right(
    ip: &Interp,
    a: &[Value],
    x: &Value,
    mut lo: usize,
    mut hi: usize,
) -> PyResult<usize> {
    while lo < hi {
        let mid = (lo + hi) / 2;
        if ops::compare(ip, CmpOp::Lt, x, &a[mid])? {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn accumulate(ip: &Interp, v: &Value) -> PyResult<Vec<Value>> {
    let mut out: Vec<Value> = Vec::new();
    let mut it = ops::iter(ip, v)?;
    while let Some(x) = it.next_checked(ip)? {
        let next = match out.last() {
            Some(acc) => ops::binary_op(ip, BinOp::Add, acc, &x)?,
            None => x,
        };
        out.push(next);
    }
    Ok(out)
}

#[method("_random.Random", "sample($self, population, k, *, counts=None)", style = py)]
fn sample(
    ip: &Interp,
    this: &Rng,
    population: &Value,
    k: &Value,
    counts: &Value,
) -> PyResult<Value> {
    if !is_sequence(population) {
        return ip.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).");
    }
    let n = ops::len(ip, population)?;
    if !counts.is_none() {
        let mut cum = accumulate(ip, counts)?;
        if cum.len() != n {
            return Err(ip.err(
                ExcKind::ValueError,
                "The number of counts does not match the population",
            ));
        }
        let total = cum.pop().unwrap_or(Value::Int(0));
        let Some(total_i) = numbers::as_bigint(&total).filter(|_| !matches!(total, Value::Bool(_)))
        else {
            return ip.type_error("Counts must be integers");
        };
        if !total_i.is_positive() {
            return Err(ip.err(
                ExcKind::ValueError,
                "Total of counts must be greater than zero",
            ));
        }
        let range = crate::runtime::range::value(crate::runtime::value::PyRange::of(
            0.into(),
            total_i.clone(),
            1.into(),
        ));
        let sel = sample(ip, this, &range, k, &Value::None)?;
        let mut out = Vec::new();
        for s in ops::collect(ip, &sel)? {
            let i = bisect_right(ip, &cum, &s, 0, cum.len())?;
            out.push(ops::getitem(ip, population, &Value::Int(i as i64))?);
        }
        return Ok(Value::list(out));
    }
    let k = match numbers::as_bigint(k) {
        Some(k) => k,
        None => {
            return ip.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                ops::type_name(ip, k)
            ))
        }
    };
    if k.is_negative() || k > BigInt::from(n) {
        return Err(ip.err(
            ExcKind::ValueError,
            "Sample larger than population or is negative",
        ));
    }
    let k = k.to_usize().unwrap_or(0);
    let mut result = crate::runtime::grow::vec_with_capacity(ip, k)?;
    let mut setsize: f64 = 21.0;
    if k > 5 {
        let l = ((k * 3) as f64).ln() / 4f64.ln();
        setsize += 4f64.powf(l.ceil());
    }
    if (n as f64) <= setsize {
        let mut pool = ops::collect(ip, population)?;
        for i in 0..k {
            let j = with(this, |m| m.below_u64((n - i) as u64)) as usize;
            result.push(pool[j].clone());
            pool[j] = pool[n - i - 1].clone();
        }
    } else {
        let mut selected = rustc_hash::FxHashSet::default();
        for _ in 0..k {
            let mut j = with(this, |m| m.below_u64(n as u64));
            while selected.contains(&j) {
                j = with(this, |m| m.below_u64(n as u64));
            }
            selected.insert(j);
            result.push(ops::getitem(ip, population, &Value::Int(j as i64))?);
        }
    }
    Ok(Value::list(result))
}

#[method(
    "_random.Random",
    "choices($self, population, weights=None, *, cum_weights=None, k=1)",
    style = py
)]
fn choices(
    ip: &Interp,
    this: &Rng,
    population: &Value,
    weights: &Value,
    cum_weights: &Value,
    k: Option<&Value>,
) -> PyResult<Value> {
    let k = match k {
        None => 1,
        Some(v) => match numbers::as_bigint(v) {
            Some(b) => b.to_i64().unwrap_or(0).max(0) as usize,
            None => return Err(super::not_int(ip, v)),
        },
    };
    let n = ops::len(ip, population)?;
    let cum = if cum_weights.is_none() {
        if weights.is_none() {
            let nf = n as f64;
            let mut out = crate::runtime::grow::vec_with_capacity(ip, k)?;
            for _ in 0..k {
                let r = with(this, |m| m.random());
                let i = (r * nf).floor() as i64;
                out.push(ops::getitem(ip, population, &Value::Int(i))?);
            }
            return Ok(Value::list(out));
        }
        match accumulate(ip, weights) {
            Ok(c) => c,
            Err(e) => {
                if let Value::Int(kk) = weights {
                    return ip.type_error(format!(
                        "The number of choices must be a keyword argument: k={}",
                        kk
                    ));
                }
                return Err(e);
            }
        }
    } else {
        if !weights.is_none() {
            return ip.type_error("Cannot specify both weights and cumulative weights");
        }
        ops::collect(ip, cum_weights)?
    };
    if cum.len() != n {
        return Err(ip.err(
            ExcKind::ValueError,
            "The number of weights does not match the population",
        ));
    }
    let Some(last) = cum.last() else {
        return Err(ip.err(ExcKind::IndexError, "list index out of range"));
    };
    let total = ops::binary_op(ip, BinOp::Add, last, &Value::float(0.0))?;
    let total_f = super::math::to_f64(ip, &total)?;
    if total_f <= 0.0 {
        return Err(ip.err(
            ExcKind::ValueError,
            "Total of weights must be greater than zero",
        ));
    }
    if !total_f.is_finite() {
        return Err(ip.err(ExcKind::ValueError, "Total of weights must be finite"));
    }
    let hi = n - 1;
    let mut out = crate::runtime::grow::vec_with_capacity(ip, k)?;
    for _ in 0..k {
        let r = with(this, |m| m.random());
        let x = Value::float(r * total_f);
        let i = bisect_right(ip, &cum, &x, 0, hi)?;
        out.push(ops::getitem(ip, population, &Value::Int(i as i64))?);
    }
    Ok(Value::list(out))
}

#[method("_random.Random", "uniform($self, a, b)", style = py)]
fn uniform(ip: &Interp, this: &Rng, a: &Value, b: &Value) -> PyResult<Value> {
    let r = Value::float(with(this, |m| m.random()));
    let d = ops::binary_op(ip, BinOp::Sub, b, a)?;
    let d = ops::binary_op(ip, BinOp::Mult, &d, &r)?;
    ops::binary_op(ip, BinOp::Add, a, &d)
}

/// `mu + z * sigma`, with Python's arithmetic (so the parameters may be any numbers).
fn shift_scale(ip: &Interp, z: f64, mu: Option<&Value>, sigma: Option<&Value>) -> PyResult<Value> {
    let scaled = match sigma {
        None => Value::float(z),
        Some(s) => ops::binary_op(ip, BinOp::Mult, &Value::float(z), s)?,
    };
    match mu {
        None => ops::binary_op(ip, BinOp::Add, &Value::float(0.0), &scaled),
        Some(m) => ops::binary_op(ip, BinOp::Add, m, &scaled),
    }
}

#[method("_random.Random", "gauss($self, mu=0.0, sigma=1.0)", style = py)]
fn gauss(ip: &Interp, this: &Rng, mu: Option<&Value>, sigma: Option<&Value>) -> PyResult<Value> {
    let z = with(this, |m| match m.gauss_next.take() {
        Some(z) => z,
        None => {
            let x2pi = m.random() * std::f64::consts::TAU;
            let g2rad = (-2.0 * (1.0 - m.random()).ln()).sqrt();
            m.gauss_next = Some(x2pi.sin() * g2rad);
            x2pi.cos() * g2rad
        }
    });
    shift_scale(ip, z, mu, sigma)
}

#[method("_random.Random", "normalvariate($self, mu=0.0, sigma=1.0)", style = py)]
fn normalvariate(
    ip: &Interp,
    this: &Rng,
    mu: Option<&Value>,
    sigma: Option<&Value>,
) -> PyResult<Value> {
    let magic = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
    let z = with(this, |m| loop {
        let u1 = m.random();
        let u2 = 1.0 - m.random();
        let z = magic * (u1 - 0.5) / u2;
        let zz = z * z / 4.0;
        if zz <= -u2.ln() {
            break z;
        }
    });
    shift_scale(ip, z, mu, sigma)
}

#[method("_random.Random", "expovariate($self, lambd)", style = py)]
fn expovariate(ip: &Interp, this: &Rng, lambd: &Value) -> PyResult<Value> {
    let r = with(this, |m| m.random());
    let num = Value::float(-(1.0 - r).ln());
    ops::binary_op(ip, BinOp::Div, &num, lambd)
}

#[method(
    "_random.Random",
    "triangular($self, low=0.0, high=1.0, mode=None)",
    style = py
)]
fn triangular(
    ip: &Interp,
    this: &Rng,
    low: Option<&Value>,
    high: Option<&Value>,
    mode: &Value,
) -> PyResult<Value> {
    let low = low.cloned().unwrap_or(Value::float(0.0));
    let high = high.cloned().unwrap_or(Value::float(1.0));
    let u = with(this, |m| m.random());
    let c = if mode.is_none() {
        Value::float(0.5)
    } else {
        let num = ops::binary_op(ip, BinOp::Sub, mode, &low)?;
        let den = ops::binary_op(ip, BinOp::Sub, &high, &low)?;
        match ops::binary_op(ip, BinOp::Div, &num, &den) {
            Ok(c) => c,
            Err(e) if e.is_instance(ip.exc_class(ExcKind::ZeroDivisionError)) => return Ok(low),
            Err(e) => return Err(e),
        }
    };
    let (mut u, mut c, mut low, mut high) = (Value::float(u), c, low, high);
    if ops::compare(ip, CmpOp::Gt, &u, &c)? {
        u = ops::binary_op(ip, BinOp::Sub, &Value::float(1.0), &u)?;
        c = ops::binary_op(ip, BinOp::Sub, &Value::float(1.0), &c)?;
        std::mem::swap(&mut low, &mut high);
    }
    let uc = ops::binary_op(ip, BinOp::Mult, &u, &c)?;
    let root = Value::float(super::math::to_f64(ip, &uc)?.sqrt());
    let span = ops::binary_op(ip, BinOp::Sub, &high, &low)?;
    let step = ops::binary_op(ip, BinOp::Mult, &span, &root)?;
    ops::binary_op(ip, BinOp::Add, &low, &step)
}

#[method("_random.Random", "randbytes($self, n)", style = py)]
fn randbytes(ip: &Interp, this: &Rng, n: &Value) -> PyResult<Value> {
    let n = numbers::index_clipped(ip, n)?;
    if n < 0 {
        return Err(ip.err(ExcKind::ValueError, "number of bits must be non-negative"));
    }
    if n >= (1 << 28) {
        return Err(ip.err(
            ExcKind::OverflowError,
            "Python int too large to convert to C int",
        ));
    }
    if n > (1 << 27) {
        return Err(ip.err_noargs(ExcKind::MemoryError));
    }
    let b = with(this, |m| m.bits_big(n as u64 * 8));
    let (_, mut bytes) = b.to_bytes_le();
    bytes.resize(n as usize, 0);
    if b.is_zero() {
        bytes = vec![0; n as usize];
    }
    Ok(Value::bytes(&bytes))
}

#[method("_random.Random", "getstate($self)", style = py)]
fn getstate(ip: &Interp, this: &Rng) -> PyResult<Value> {
    no_state(ip, this)?;
    let (words, gauss) = with(this, |m| {
        let mut w: Vec<Value> = m.mt.iter().map(|x| Value::Int(*x as i64)).collect();
        w.push(Value::Int(m.mti as i64));
        (w, m.gauss_next)
    });
    Ok(Value::tuple(vec![
        Value::Int(3),
        Value::tuple(words),
        gauss.map(Value::float).unwrap_or(Value::None),
    ]))
}

#[method("_random.Random", "setstate($self, state)", style = py)]
fn setstate(ip: &Interp, this: &Rng, state: &Value) -> PyResult<()> {
    no_state(ip, this)?;
    if !matches!(state, Value::Tuple(_) | Value::List(_)) {
        return ip.type_error(format!(
            "'{}' object is not subscriptable",
            ops::type_name(ip, state)
        ));
    }
    let st = ops::collect(ip, state)?;
    if st.len() != 3 || !matches!(st[0], Value::Int(3)) {
        return Err(ip.err(ExcKind::ValueError, "state vector is the wrong size"));
    }
    let words = ops::collect(ip, &st[1])?;
    if words.len() != N + 1 {
        return Err(ip.err(ExcKind::ValueError, "state vector is the wrong size"));
    }
    let mut mt = [0u32; N];
    for (i, w) in words[..N].iter().enumerate() {
        mt[i] = numbers::index_clipped(ip, w)? as u32;
    }
    let mti = numbers::index_clipped(ip, &words[N])?;
    if !(0..=N as i64).contains(&mti) {
        return Err(ip.err(ExcKind::ValueError, "invalid state"));
    }
    let gauss = match &st[2] {
        Value::None => None,
        v => Some(super::math::to_f64(ip, v)?),
    };
    with(this, |m| {
        *m.mt = mt;
        m.mti = mti as usize;
        m.gauss_next = gauss;
    });
    Ok(())
}

/// SystemRandom's getstate and setstate.
fn no_state(ip: &Interp, this: &Rng) -> PyResult<()> {
    if this.st.borrow().system {
        return Err(ip.err(
            ExcKind::NotImplementedError,
            "System entropy source does not have state.",
        ));
    }
    Ok(())
}

fn new_random(ip: &Interp, mt: Mt, system: bool) -> Value {
    let class = if system {
        system_random_class(ip)
    } else {
        super::class(ip, &RANDOM_CLASS)
    };
    let st = RefCell::new(mt);
    Value::Native(super::NativeObj::make(class, Native::Random(Rng { st })))
}

/// Whether `c` is Random or SystemRandom themselves (which user classes may derive from).
pub fn is_class(ip: &Interp, c: &crate::runtime::object::Class) -> bool {
    [RANDOM_CLASS.key, SYSTEM_RANDOM_CLASS.key].iter().any(|k| {
        ip.iter_classes
            .borrow()
            .get(k)
            .is_some_and(|r| std::ptr::eq(&**r, c))
    })
}

fn system_random_class(ip: &Interp) -> Rc<crate::runtime::object::Class> {
    super::class(ip, &SYSTEM_RANDOM_CLASS)
}

static RANDOM_CLASS: super::ClassSpec = super::ClassSpec {
    key: "_random.Random",
    module: "random",
    name: "Random",
    base: None,
    new: None,
    methods: &[],
};

/// `random.SystemRandom`: a Random whose bits come from the system's random source.
static SYSTEM_RANDOM_CLASS: super::ClassSpec = super::ClassSpec {
    key: "random.SystemRandom",
    module: "random",
    name: "SystemRandom",
    base: Some(&RANDOM_CLASS),
    new: None,
    methods: &[],
};

/// The module's functions are the methods of one hidden generator, as in CPython.
pub fn init(ip: &Interp, m: &Rc<ModuleObj>) -> PyResult<()> {
    let mut mt = Mt::new();
    mt.seed_entropy();
    let inst = new_random(ip, mt, false);
    for d in crate::runtime::bind::type_members(RANDOM_CLASS.key) {
        if d.kind != crate::runtime::bind::DeclKind::Method || d.f.name.starts_with("__") {
            continue;
        }
        m.set(
            intern(d.f.name),
            BoundMethod::value(BoundMethod {
                receiver: inst.clone(),
                func: Value::Builtin(d.f),
            }),
        );
    }
    m.set(
        intern("Random"),
        Value::Class(super::class(ip, &RANDOM_CLASS)),
    );
    m.set(
        intern("SystemRandom"),
        Value::Class(system_random_class(ip)),
    );
    Ok(())
}

crate::native_module!("random", init);
