//! `random`: the module-level functions of CPython's `random` on one shared Mersenne
//! Twister (`crate::mt`), bit-identical to CPython for the same seed. Without a seed it
//! starts from OS entropy, as CPython does.
use super::{int_arg, native, NativeTable};
use crate::err::*;
use crate::func::{bind, positional, Arity};
use crate::mt::{Mt, RandError};
use crate::object::*;
use crate::types::*;
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};

static RNG: GlobalCell<Option<Box<Mt>>> = GlobalCell::new(None);

fn with_rng<R>(f: impl FnOnce(&mut Mt) -> R) -> R {
    RNG.with_mut(|r| f(r.get_or_insert_with(|| Box::new(entropy_seeded()))))
}

/// Seeded from 624 words of OS entropy, as `random_seed_urandom` does; the time and
/// the process id when there is none.
fn entropy_seeded() -> Mt {
    let mut mt = Mt::new_unseeded();
    let mut bytes = vec![0u8; 624 * 4];
    let ok = std::fs::File::open("/dev/urandom").and_then(|mut f| std::io::Read::read_exact(&mut f, &mut bytes));
    if ok.is_err() {
        let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
        mt.seed_from_key(&[t as u32, (t >> 32) as u32, std::process::id()]);
        return mt;
    }
    let key: Vec<u32> = bytes.chunks(4).map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])).collect();
    mt.seed_from_key(&key);
    mt
}

fn rand_err<T>(e: RandError) -> PyResult<T> {
    match e {
        RandError::ValueError(m) => value_error(m),
        RandError::IndexError(m) => Err(PyErr::new(&INDEX_ERROR, m)),
        RandError::ZeroDivisionError(m) => zero_division(m),
    }
}

fn words_of(n: &BigInt) -> Vec<u32> {
    n.magnitude().to_u32_digits()
}

/// `_randbelow(n)` for n > 0.
fn randbelow(n: &BigInt) -> BigInt {
    match n.to_u64() {
        Some(x) => BigInt::from(with_rng(|m| m.randbelow_u64(x))),
        None => {
            let w = words_of(n);
            BigInt::from_slice(Sign::Plus, &with_rng(|m| m.randbelow_words(&w)))
        }
    }
}

fn r_seed(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let [a, version] = bind("seed", args, kwnames, ["a", "version"], 0)?;
    let a = a.filter(|v| !v.is_none());
    let version_1 = match version {
        Some(v) => crate::ops::eq(v, Value::small_unchecked(1))?,
        None => false,
    };
    match a {
        Some(v) if version_1 && v.kind() == Kind::Str => {
            let w = words_of(&BigInt::from(version_1_str_seed(crate::str::as_str(v).unwrap_or(""))));
            with_rng(|m| m.seed_from_abs_words(&w));
        }
        None => RNG.with_mut(|r| *r = Some(Box::new(entropy_seeded()))),
        Some(v) if v.kind() == Kind::Float => {
            let h = crate::ops::hash(v)?;
            with_rng(|m| m.seed_from_hash(h));
        }
        Some(v) if crate::int::is_int(v) => {
            let i = crate::int::to_bigint(v).unwrap_or_default();
            let w = words_of(&i);
            with_rng(|m| m.seed_from_abs_words(&w));
        }
        Some(v) if v.kind() == Kind::Str => {
            let s = crate::str::as_str(v).unwrap_or("");
            with_rng(|m| m.seed_from_str(s));
        }
        Some(_) => {
            return type_error("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }
    }
    Ok(none_obj())
}

/// random.py's seed of a str under `version=1` (Python 2's str hash, unsigned 64 bits).
fn version_1_str_seed(s: &str) -> u64 {
    let mut x: u64 = s.chars().next().map_or(0, |c| (c as u64) << 7);
    let mut n = 0u64;
    for c in s.chars() {
        x = 1000003u64.wrapping_mul(x) ^ c as u64;
        n += 1;
    }
    x ^ n
}

fn r_random(args: &[Value], kwnames: &[Obj]) -> PyResult {
    positional("random", Arity::Takes, args, kwnames, 0, 0)?;
    Ok(crate::float::new_float(with_rng(|m| m.random())))
}

fn r_getrandbits(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("getrandbits", Arity::Takes, args, kwnames, 1, 1)?;
    let k = crate::int::index_of(pos[0], "")?;
    if k < 0 {
        return value_error("number of bits must be non-negative");
    }
    let w = with_rng(|m| m.getrandbits(k as u32));
    Ok(crate::int::from_bigint(BigInt::from_slice(Sign::Plus, &w)))
}

fn randrange(start: Value, stop: Option<Value>, step: Option<Value>) -> PyResult<BigInt> {
    let istart = int_arg(start)?;
    let Some(stop) = stop.filter(|s| !s.is_none()) else {
        if step.is_some() {
            return type_error("Missing a non-None stop argument");
        }
        if istart.is_positive() {
            return Ok(randbelow(&istart));
        }
        return value_error("empty range for randrange()");
    };
    let istop = int_arg(stop)?;
    let width = &istop - &istart;
    let istep = match step {
        Some(s) => int_arg(s)?,
        None => BigInt::from(1),
    };
    if istep == BigInt::from(1) {
        if width.is_positive() {
            return Ok(istart + randbelow(&width));
        }
        return value_error(format!("empty range for randrange() ({istart}, {istop}, {width})"));
    }
    let one = BigInt::from(1);
    let n = if istep.is_positive() {
        num_integer::Integer::div_floor(&(&width + &istep - &one), &istep)
    } else if istep.is_negative() {
        num_integer::Integer::div_floor(&(&width + &istep + &one), &istep)
    } else {
        return value_error("zero step for randrange()");
    };
    if !n.is_positive() {
        return value_error("empty range for randrange()");
    }
    Ok(istart + istep * randbelow(&n))
}

fn r_randrange(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let [start, stop, step] = bind("randrange", args, kwnames, ["start", "stop", "step"], 1)?;
    Ok(crate::int::from_bigint(randrange(start.expect("required"), stop, step)?))
}

fn r_randint(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let [a, b] = bind("randint", args, kwnames, ["a", "b"], 2)?;
    let b1 = crate::int::from_bigint(int_arg(b.expect("required"))? + 1);
    Ok(crate::int::from_bigint(randrange(a.expect("required"), Some(b1.v()), None)?))
}

fn r_choice(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("choice", Arity::Takes, args, kwnames, 1, 1)?;
    let n = crate::builtins::len_of(pos[0])?;
    if n == 0 {
        return Err(PyErr::new(&INDEX_ERROR, "Cannot choose from an empty sequence"));
    }
    let i = randbelow(&BigInt::from(n));
    crate::ops::getitem(pos[0], crate::int::from_bigint(i).v())
}

fn r_shuffle(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let pos = positional("shuffle", Arity::Takes, args, kwnames, 1, 1)?;
    let x = pos[0];
    let n = crate::builtins::len_of(x)?;
    for i in (1..n).rev() {
        let j = with_rng(|m| m.randbelow_u64(i as u64 + 1)) as usize;
        let (vi, vj) = (Obj::small(i as i64), Obj::small(j as i64));
        let a = crate::ops::getitem(x, vi.v())?;
        let b = crate::ops::getitem(x, vj.v())?;
        crate::ops::setitem(x, vi.v(), b.v())?;
        crate::ops::setitem(x, vj.v(), a.v())?;
    }
    Ok(none_obj())
}

fn r_sample(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let [population, k, counts] = bind("sample", args, kwnames, ["population", "k", "counts"], 2)?;
    let population = population.expect("required");
    let is_sequence = matches!(population.kind(), Kind::List | Kind::Tuple | Kind::Str | Kind::Range);
    if !is_sequence {
        return type_error("Population must be a sequence.  For dicts or sets, use sorted(d).");
    }
    let n = crate::builtins::len_of(population)? as usize;
    let k = int_arg(k.expect("required"))?.to_i64().unwrap_or(i64::MAX);
    let picks = match counts.filter(|c| !c.is_none()) {
        Some(c) => {
            let cs: Vec<i64> = crate::iter::collect(c)?
                .iter()
                .map(|x| int_arg(x.v()).map(|i| i.to_i64().unwrap_or(0)))
                .collect::<PyResult<_>>()?;
            match with_rng(|m| m.sample_counts(n, &cs, k)) {
                Ok(p) => p,
                Err(e) => return rand_err(e),
            }
        }
        None => match with_rng(|m| m.sample_indices(n, k)) {
            Ok(p) => p,
            Err(e) => return value_error(e),
        },
    };
    let mut out = Vec::with_capacity(picks.len());
    for i in picks {
        out.push(crate::ops::getitem(population, Obj::small(i as i64).v())?);
    }
    Ok(crate::list::new_list(out))
}

fn r_choices(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let [population, weights, cum_weights, k] =
        bind("choices", args, kwnames, ["population", "weights", "cum_weights", "k"], 1)?;
    let population = population.expect("required");
    let n = crate::builtins::len_of(population)? as usize;
    let k = match k {
        Some(k) => int_arg(k)?.to_usize().unwrap_or(0),
        None => 1,
    };
    let floats = |v: Value| -> PyResult<Vec<f64>> {
        crate::iter::collect(v)?.iter().map(|x| crate::float::as_f64(x.v())).collect()
    };
    let weights = weights.filter(|w| !w.is_none());
    let cum = cum_weights.filter(|w| !w.is_none());
    let picks = match (weights, cum) {
        (None, None) => with_rng(|m| m.choices_indices(n, k)),
        (Some(_), Some(_)) => return type_error("Cannot specify both weights and cumulative weights"),
        (Some(w), None) => {
            let cw = crate::mt::accumulate_weights(&floats(w)?);
            with_rng(|m| m.choices_cum_weights(n, &cw, k))
        }
        (None, Some(c)) => {
            let cw = floats(c)?;
            with_rng(|m| m.choices_cum_weights(n, &cw, k))
        }
    };
    let picks = match picks {
        Ok(p) => p,
        Err(e) => return rand_err(e),
    };
    let mut out = Vec::with_capacity(picks.len());
    for i in picks {
        out.push(crate::ops::getitem(population, Obj::small(i as i64).v())?);
    }
    Ok(crate::list::new_list(out))
}

fn reals<const N: usize>(
    name: &str,
    args: &[Value],
    kwnames: &[Obj],
    params: [&str; N],
    defaults: [Option<f64>; N],
) -> PyResult<[f64; N]> {
    let min = defaults.iter().position(Option::is_some).unwrap_or(N);
    let got = bind(name, args, kwnames, params, min)?;
    let mut out = [0.0; N];
    for i in 0..N {
        out[i] = match got[i] {
            Some(v) => crate::float::as_f64(v)?,
            None => defaults[i].unwrap_or(0.0),
        };
    }
    Ok(out)
}

fn float(x: f64) -> PyResult {
    Ok(crate::float::new_float(x))
}

fn r_uniform(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let [a, b] = reals("uniform", args, kwnames, ["a", "b"], [None, None])?;
    float(with_rng(|m| m.uniform(a, b)))
}

fn r_gauss(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let [mu, sigma] = reals("gauss", args, kwnames, ["mu", "sigma"], [Some(0.0), Some(1.0)])?;
    float(with_rng(|m| m.gauss(mu, sigma)))
}

fn r_normalvariate(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let [mu, sigma] = reals("normalvariate", args, kwnames, ["mu", "sigma"], [Some(0.0), Some(1.0)])?;
    float(with_rng(|m| m.normalvariate(mu, sigma)))
}

fn r_lognormvariate(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let [mu, sigma] = reals("lognormvariate", args, kwnames, ["mu", "sigma"], [None, None])?;
    float(with_rng(|m| m.lognormvariate(mu, sigma)))
}

fn r_expovariate(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let [l] = reals("expovariate", args, kwnames, ["lambd"], [None])?;
    match with_rng(|m| m.expovariate(l)) {
        Ok(x) => float(x),
        Err(e) => rand_err(e),
    }
}

fn r_triangular(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let [low, high, mode] = bind("triangular", args, kwnames, ["low", "high", "mode"], 0)?;
    let f = |v: Option<Value>, d: f64| -> PyResult<f64> { v.map_or(Ok(d), crate::float::as_f64) };
    let mode = match mode.filter(|m| !m.is_none()) {
        Some(m) => Some(crate::float::as_f64(m)?),
        None => None,
    };
    let (low, high) = (f(low, 0.0)?, f(high, 1.0)?);
    float(with_rng(|m| m.triangular(low, high, mode)))
}

fn r_vonmisesvariate(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let [mu, kappa] = reals("vonmisesvariate", args, kwnames, ["mu", "kappa"], [None, None])?;
    float(with_rng(|m| m.vonmisesvariate(mu, kappa)))
}

fn r_gammavariate(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let [a, b] = reals("gammavariate", args, kwnames, ["alpha", "beta"], [None, None])?;
    with_rng(|m| m.gammavariate(a, b)).map_or_else(value_error, float)
}

fn r_betavariate(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let [a, b] = reals("betavariate", args, kwnames, ["alpha", "beta"], [None, None])?;
    with_rng(|m| m.betavariate(a, b)).map_or_else(value_error, float)
}

fn r_paretovariate(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let [a] = reals("paretovariate", args, kwnames, ["alpha"], [None])?;
    match with_rng(|m| m.paretovariate(a)) {
        Ok(x) => float(x),
        Err(e) => rand_err(e),
    }
}

fn r_weibullvariate(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let [a, b] = reals("weibullvariate", args, kwnames, ["alpha", "beta"], [None, None])?;
    match with_rng(|m| m.weibullvariate(a, b)) {
        Ok(x) => float(x),
        Err(e) => rand_err(e),
    }
}

static FUNCS: NativeTable<20> = [
    native("seed", r_seed),
    native("random", r_random),
    native("getrandbits", r_getrandbits),
    native("randrange", r_randrange),
    native("randint", r_randint),
    native("choice", r_choice),
    native("shuffle", r_shuffle),
    native("sample", r_sample),
    native("choices", r_choices),
    native("uniform", r_uniform),
    native("gauss", r_gauss),
    native("normalvariate", r_normalvariate),
    native("lognormvariate", r_lognormvariate),
    native("expovariate", r_expovariate),
    native("triangular", r_triangular),
    native("vonmisesvariate", r_vonmisesvariate),
    native("gammavariate", r_gammavariate),
    native("betavariate", r_betavariate),
    native("paretovariate", r_paretovariate),
    native("weibullvariate", r_weibullvariate),
];

pub fn module() -> PyResult {
    crate::module::new_module("random", super::functions(&FUNCS))
}
