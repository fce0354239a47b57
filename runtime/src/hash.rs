//! `hash()`: CPython's numeric hash (so that `hash(1) == hash(1.0) == hash(True)` and
//! equal numbers of any type hash alike), its tuple hash, identity hashes for objects
//! without value equality, and a deterministic hash for str (cached in the object).
//!
//! The numeric hash of a rational `x` is `x mod P` with `P = 2**61 - 1` (the sign
//! applied afterwards), and -1 is never a hash value (it becomes -2).
use crate::err::*;
use crate::int::IntRef;
use crate::object::*;

/// The modulus of the numeric hash.
pub const MODULUS: u64 = (1 << 61) - 1;
/// Bits of the modulus.
const BITS: u32 = 61;
pub const HASH_INF: i64 = 314159;

#[inline]
fn fix(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(n)` for an int.
pub fn hash_int(a: IntRef) -> i64 {
    match a {
        IntRef::Small(i) => {
            let m = (i.unsigned_abs() % MODULUS) as i64;
            fix(if i < 0 { -m } else { m })
        }
        IntRef::Big(b) => {
            // Horner's rule over the 64-bit digits, most significant first.
            let mut acc: u64 = 0;
            for d in b.magnitude().iter_u64_digits().rev() {
                acc = (((acc as u128) << 64 | d as u128) % MODULUS as u128) as u64;
            }
            let m = acc as i64;
            fix(if b.sign() == num_bigint::Sign::Minus { -m } else { m })
        }
    }
}

/// `hash(x)` for a float (`obj` is the float object, whose address NaN hashes by).
pub fn hash_float(x: f64, obj: Value) -> i64 {
    if x.is_nan() {
        return hash_pointer(obj);
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if x == 0.0 {
        return 0;
    }
    // x = m * 2**e exactly, with m an integer of at most 53 bits.
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    let (m, e) = if exp == 0 { (frac, -1074) } else { (frac | (1 << 52), exp - 1075) };
    // 2**61 == 1 (mod P), so 2**e == 2**(e mod 61).
    let r = e.rem_euclid(BITS as i64) as u32;
    let h = (((m as u128) << r) % MODULUS as u128) as i64;
    fix(if x < 0.0 { -h } else { h })
}

/// CPython's `_Py_HashPointer`: the address rotated by four bits (alignment zeros).
pub fn hash_pointer(v: Value) -> i64 {
    fix(v.0.rotate_right(4) as i64)
}

/// CPython's str hash with hash randomization off (`PYTHONHASHSEED=0`): SipHash-1-3 with
/// a zero key over the string's PEP 393 storage (one, two or four little-endian bytes per
/// code point, by the widest code point). So sets of strs iterate in the order CPython
/// shows under `PYTHONHASHSEED=0`.
pub fn hash_text(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    if s.is_ascii() {
        // One byte per code point: the UTF-8 bytes are the PEP 393 storage.
        return fix(siphash13(s.as_bytes()) as i64);
    }
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let width = if max < 0x100 {
        1
    } else if max < 0x1_0000 {
        2
    } else {
        4
    };
    let mut bytes = Vec::with_capacity(s.len() * width);
    for c in s.chars() {
        bytes.extend_from_slice(&(c as u32).to_le_bytes()[..width]);
    }
    fix(siphash13(&bytes) as i64)
}

/// `_Py_HashBytes` for a bytes-like object (`PYTHONHASHSEED=0`).
pub fn hash_bytes(b: &[u8]) -> i64 {
    if b.is_empty() {
        0
    } else {
        fix(siphash13(b) as i64)
    }
}

/// SipHash-1-3 with the key (0, 0), as CPython's `pyhash.c` computes it.
fn siphash13(data: &[u8]) -> u64 {
    let mut v0: u64 = 0x736f_6d65_7073_6575;
    let mut v1: u64 = 0x646f_7261_6e64_6f6d;
    let mut v2: u64 = 0x6c79_6765_6e65_7261;
    let mut v3: u64 = 0x7465_6462_7974_6573;
    fn round(v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64) {
        *v0 = v0.wrapping_add(*v1);
        *v2 = v2.wrapping_add(*v3);
        *v1 = v1.rotate_left(13) ^ *v0;
        *v3 = v3.rotate_left(16) ^ *v2;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v1);
        *v0 = v0.wrapping_add(*v3);
        *v1 = v1.rotate_left(17) ^ *v2;
        *v3 = v3.rotate_left(21) ^ *v0;
        *v2 = v2.rotate_left(32);
    }
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let m = u64::from_le_bytes(c.try_into().expect("8 bytes"));
        v3 ^= m;
        round(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^= m;
    }
    let mut last = [0u8; 8];
    let rest = chunks.remainder();
    last[..rest.len()].copy_from_slice(rest);
    let b = ((data.len() as u64) << 56) | u64::from_le_bytes(last);
    v3 ^= b;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    v0 ^= b;
    v2 ^= 0xff;
    for _ in 0..3 {
        round(&mut v0, &mut v1, &mut v2, &mut v3);
    }
    (v0 ^ v1) ^ (v2 ^ v3)
}

const XXPRIME_1: u64 = 11400714785074694791;
const XXPRIME_2: u64 = 14029467366897019727;
const XXPRIME_5: u64 = 2870177450012600261;

/// CPython's tuple hash (an xxHash variant) over the items' hashes.
pub fn combine_tuple(lanes: impl ExactSizeIterator<Item = PyResult<i64>>) -> PyResult<i64> {
    let len = lanes.len() as u64;
    let mut acc = XXPRIME_5;
    for lane in lanes {
        let lane = lane? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(XXPRIME_2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(XXPRIME_1);
    }
    acc = acc.wrapping_add(len ^ (XXPRIME_5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

#[cold]
fn unhashable<T>(v: Value) -> PyResult<T> {
    type_error(format!("unhashable type: '{}'", v.ty().name))
}

/// `hash(v)`.
pub fn hash(v: Value) -> PyResult<i64> {
    if let Some(i) = v.as_small() {
        return Ok(hash_int(IntRef::Small(i)));
    }
    if v.is_null() {
        return type_error("hash() of a missing value");
    }
    if crate::class::class_of(v).is_some() {
        return match crate::class::lookup(v.ty(), "__hash__") {
            Some(h) if h.v().is_none() => type_error(format!("unhashable type: '{}'", v.ty().name)),
            Some(_) => {
                let r = crate::class::call_dunder(v, "__hash__", &[], &[]).expect("found above")?;
                // As CPython: an int that fits a machine word is the hash, others are hashed.
                match crate::int::to_i64(r.v()).filter(|_| matches!(r.v().kind(), Kind::Int | Kind::Bool)) {
                    Some(i) => Ok(if i == -1 { -2 } else { i }),
                    None => crate::int::int_ref(r.v())
                        .map(hash_int)
                        .ok_or_else(|| PyErr::new(&TYPE_ERROR, "__hash__ method should return an integer")),
                }
            }
            // No `__hash__` defined in Python: the builtin base's hash (plain objects:
            // by identity).
            None if v.kind() == Kind::Other || v.kind() == Kind::Exception => Ok(hash_pointer(v)),
            None => builtin_hash(v),
        };
    }
    builtin_hash(v)
}

/// `hash(v)` as `v`'s builtin type (or builtin base) computes it.
fn builtin_hash(v: Value) -> PyResult<i64> {
    match v.kind() {
        Kind::Int | Kind::Bool => Ok(crate::int::int_ref(v).map(hash_int).unwrap_or(0)),
        Kind::Float => Ok(hash_float(crate::float::float_val(v).unwrap_or(0.0), v)),
        Kind::Str => match v.downcast::<crate::str::StrObj>() {
            Some(s) => {
                let h = s.hash.get();
                if h != -1 {
                    return Ok(h);
                }
                let h = hash_text(&s.s);
                s.hash.set(h);
                Ok(h)
            }
            None => Ok(hash_pointer(v)),
        },
        Kind::Bytes => Ok(crate::bytes::hash(v)),
        Kind::Tuple => crate::tuple::hash(v),
        Kind::Range => crate::range::hash(v),
        Kind::FrozenSet => crate::set::hash(v),
        // Equal bound methods (same function, same object) hash alike, as CPython's.
        Kind::BoundMethod if let Some(m) = v.downcast::<crate::class::MethodObj>() => {
            Ok(fix(hash_pointer(m.recv.v()) ^ hash(m.func.v())?))
        }
        Kind::List | Kind::Set | Kind::Dict | Kind::DictKeys | Kind::DictItems | Kind::Slice | Kind::ByteArray => {
            unhashable(v)
        }
        Kind::Other if crate::stdlib::has_value_compare(v) => unhashable(v),
        // complex: CPython's `complex_hash`.
        Kind::Complex if let Some(h) = crate::complex::hash(v) => Ok(h),
        _ if crate::stdlib::typing::is_form(v) => Ok(hash_text(&crate::stdlib::typing::repr(v).unwrap_or_default())),
        _ => Ok(hash_pointer(v)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn str_hash_is_cpythons_without_randomization() {
        // `PYTHONHASHSEED=0 python3 -c "print(hash(s))"`.
        for (s, h) in [
            ("", 0),
            ("a", 4644417185603328019),
            ("abc", -4594863902769663758),
            ("abcdefgh", 4574395652268504554),
            ("hello world!", 839851713330019024),
            ("é", 6047309291227476195),
            ("ünïcode", -5852447508692595125),
            ("€uro", 7542247858446192590),
            ("😀x", -8926728262118538918),
        ] {
            assert_eq!(hash_text(s), h, "{s:?}");
        }
    }
    use num_bigint::BigInt;

    #[test]
    fn numeric() {
        // Expected values from CPython 3.11.
        assert_eq!(hash_int(IntRef::Small(-1)), -2);
        assert_eq!(hash_int(IntRef::Small(1)), 1);
        let b: BigInt = "2305843009213693951".parse().unwrap();
        assert_eq!(hash_int(IntRef::Big(&b)), 0);
        let b: BigInt = "2305843009213693952".parse().unwrap();
        assert_eq!(hash_int(IntRef::Big(&b)), 1);
        let b: BigInt = "-2305843009213693952".parse().unwrap();
        assert_eq!(hash_int(IntRef::Big(&b)), -2);
        let b: BigInt = "1267650600228229401496703205376".parse().unwrap(); // 2**100
        assert_eq!(hash_int(IntRef::Big(&b)), 1 << 39);
        let n = Value::NULL;
        assert_eq!(hash_float(1.5, n), 1152921504606846977);
        assert_eq!(hash_float(-1.5, n), -1152921504606846977);
        assert_eq!(hash_float(1e100, n), 1822893315824342674);
        assert_eq!(hash_float(1e-300, n), 482449582752280463);
        assert_eq!(hash_float(f64::INFINITY, n), 314159);
        assert_eq!(hash_float(-0.0, n), 0);
        assert_eq!(hash_float(1.0, n), 1);
        assert_eq!(hash_float(-1.0, n), -2);
        assert_eq!(hash_float(2f64.powi(100), n), 1 << 39);
    }

    #[test]
    fn tuples() {
        let h = |xs: &[i64]| combine_tuple(xs.iter().map(|&x| Ok(hash_int(IntRef::Small(x))))).unwrap();
        assert_eq!(h(&[1, 2]), -3550055125485641917);
        assert_eq!(h(&[]), 5740354900026072187);
        assert_eq!(h(&[1]), -6644214454873602895);
        assert_eq!(h(&[-1]), 8078679518589016365);
        let inner = h(&[]);
        assert_eq!(combine_tuple([Ok(inner)].into_iter()).unwrap(), -5486347211504344842);
    }

    #[test]
    fn ranges_beyond_i64() {
        // Expected values from CPython 3.11.
        let range = |a: &str, b: &str, c: &str| {
            let i = |s: &str| crate::int::from_decimal(s);
            crate::range::construct(&[i(a).v(), i(b).v(), i(c).v()], &[]).unwrap()
        };
        let h = |r: Obj| hash(r.v()).unwrap();
        assert_eq!(h(range("18446744073709551616", "18446744073709551621", "1")), -2271248044315241291);
        assert_eq!(
            h(range("-1180591620717411303424", "1180591620717411303424", "12157665459056928801")),
            696470040463501686
        );
        assert_eq!(h(range("0", "18446744073709551616", "9223372036854775808")), -2471120008803340364);
        assert_eq!(h(range("5", "10", "1")), 5468887873102590957);
    }
}
