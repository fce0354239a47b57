//! `set` and `frozenset`: CPython's `setobject.c` table, so that iteration order (and
//! `pop()`) come out as CPython's for the same hashes.
//!
//! The table is open addressing over `mask + 1` slots (a power of two, at least 8). A
//! probe looks at a run of up to ten neighbouring slots (`LINEAR_PROBES`), then jumps with
//! CPython's perturbation (`i = 5*i + 1 + perturb`). A removed key leaves a `Dummy`, which
//! lookups step over and insertions reuse. The table grows when `fill` (keys plus dummies)
//! reaches 3/5 of the slots, to four times the keys (twice past 50,000), rebuilding in
//! slot order.
//!
//! Comparing keys may run Python code (`ops::eq`) that changes the set: no borrow of the
//! table is held across it, and a probe restarts when the table's `version` moved.
//! Operations that walk one set while probing another walk a snapshot of its entries.
use crate::err::*;
use crate::func::{split_args, Arity};
use crate::object::*;
use crate::typeobj::{MethodDef, Params, TypeSpec, BASETYPE, EMPTY};
use crate::types::*;
use std::cell::{Cell, UnsafeCell};

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

pub enum Slot {
    Empty,
    /// A removed key.
    Dummy,
    Full {
        hash: i64,
        key: Obj,
    },
}

pub struct SetTable {
    slots: Vec<Slot>,
    /// Full and dummy slots.
    fill: usize,
    /// Full slots: the set's length.
    used: usize,
    /// Where `pop()` resumes its scan.
    finger: usize,
    /// Changes whenever the table changes.
    version: u64,
}

fn empty_slots(n: usize) -> Vec<Slot> {
    (0..n).map(|_| Slot::Empty).collect()
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable { slots: empty_slots(MIN_SIZE), fill: 0, used: 0, finger: 0, version: 0 }
    }
}

impl SetTable {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }
    /// Rebuilds the table with room for `minused` keys (setobject.c's `set_table_resize`).
    fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, empty_slots(newsize));
        self.fill = self.used;
        for s in old {
            if let Slot::Full { hash, key } = s {
                insert_clean(&mut self.slots, hash, key);
            }
        }
        self.version = self.version.wrapping_add(1);
    }
    /// The live entries, in slot order.
    fn entries(&self) -> Vec<(i64, Obj)> {
        let mut v = Vec::with_capacity(self.used);
        for s in &self.slots {
            if let Slot::Full { hash, key } = s {
                v.push((*hash, key.clone()));
            }
        }
        v
    }
}

/// Puts a key into a table that has no dummies and does not hold it (`set_insert_clean`).
fn insert_clean(slots: &mut [Slot], hash: i64, key: Obj) {
    let mask = slots.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        let run = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
        for j in i..=i + run {
            if matches!(slots[j], Slot::Empty) {
                slots[j] = Slot::Full { hash, key };
                return;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
    }
}

/// The payload of both `set` and `frozenset` (the type says which).
#[repr(C)]
pub struct SetObj {
    pub hdr: Header,
    table: UnsafeCell<SetTable>,
    /// A frozenset's cached hash (-1: not computed yet).
    hash: Cell<i64>,
}
// SAFETY: repr(C), starts with a Header. (Two types share this payload; see `as_set`.)
unsafe impl PyPayload for SetObj {
    fn type_object() -> &'static TypeObject {
        &SET_TYPE
    }
}

impl SetObj {
    #[allow(clippy::mut_from_ref)]
    fn t(&self) -> &mut SetTable {
        // SAFETY: single-threaded runtime; callers never hold it across Python code.
        unsafe { &mut *self.table.get() }
    }
    pub fn len(&self) -> usize {
        self.t().used
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    fn frozen(&self) -> bool {
        std::ptr::eq(self.hdr.ty, &FROZENSET_TYPE)
    }
}

/// The set payload of a `set` or `frozenset`.
pub fn as_set(v: Value) -> Option<&'static SetObj> {
    if v.is_heap() && matches!(v.kind(), Kind::Set | Kind::FrozenSet) {
        // SAFETY: both types are allocated with a SetObj payload.
        Some(unsafe { &*(v.0 as *const SetObj) })
    } else {
        None
    }
}

fn new_empty(frozen: bool) -> Obj {
    let ty = if frozen { &FROZENSET_TYPE } else { &SET_TYPE };
    alloc(SetObj { hdr: Header::new(ty), table: UnsafeCell::new(SetTable::default()), hash: Cell::new(-1) })
}

/// A new set (or frozenset) of the items of `iterable`.
pub fn new_from(frozen: bool, iterable: Option<Value>) -> PyResult {
    let s = new_empty(frozen);
    if let Some(it) = iterable {
        update_internal(as_set(s.v()).expect("a set"), it)?;
    }
    Ok(s)
}

/// The hidden builtin behind a set display: `items` in source order (a starred item as
/// its iterable) and `how`, the tuple of the starred items' positions, or None for a
/// display of more than two constants. CPython builds the first kind item by item
/// (`BUILD_SET`, then `SET_UPDATE`/`SET_ADD` after the first star) and the second from a
/// frozenset constant that its compiler made twice over (once from the items, once from
/// that frozenset's iteration order), merged into an empty set; so does this, for
/// CPython's iteration order.
pub fn display(args: &[Value], _kwnames: &[Obj]) -> PyResult {
    let (Some(&list), Some(&how)) = (args.first(), args.get(1)) else {
        return type_error("set display: bad arguments");
    };
    let items = crate::list::list_items(list);
    if how.is_none() {
        let once = new_from(true, Some(list))?;
        let twice = new_from(true, Some(crate::list::new_list(self::items(once.v())).v()))?;
        return new_from(false, Some(twice.v()));
    }
    let stars: Vec<usize> =
        crate::tuple::items(how).iter().filter_map(|i| i.v().as_small()).map(|i| i as usize).collect();
    let s = new_empty(false);
    let so = as_set(s.v()).expect("a set");
    for (i, x) in items.iter().enumerate() {
        if stars.contains(&i) {
            update_internal(so, x.v())?;
        } else {
            add(so, x.clone())?;
        }
    }
    Ok(s)
}

/// `len(s)` of a set or frozenset (0 for anything else).
pub fn len(v: Value) -> usize {
    as_set(v).map_or(0, SetObj::len)
}

/// The items, in iteration order.
pub fn items(v: Value) -> Vec<Obj> {
    as_set(v).map_or_else(Vec::new, |s| s.t().entries().into_iter().map(|(_, k)| k).collect())
}

// ---------------------------------------------------------------------------------------
// The table operations.

/// The slot holding a key equal to `key`, if any (`set_lookkey`).
fn lookup(so: &SetObj, key: Value, hash: i64) -> PyResult<Option<usize>> {
    'restart: loop {
        let mut mask = so.t().mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let run = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + run {
                let t = so.t();
                match &t.slots[j] {
                    Slot::Empty => return Ok(None),
                    Slot::Full { hash: h, key: k } if *h == hash => {
                        if k.v() == key {
                            return Ok(Some(j));
                        }
                        let equal = match crate::dict::fast_eq(k.v(), key) {
                            Some(b) => b,
                            None => {
                                let (k, version) = (k.clone(), t.version);
                                let r = crate::ops::eq(k.v(), key)?;
                                if so.t().version != version {
                                    continue 'restart;
                                }
                                mask = so.t().mask();
                                r
                            }
                        };
                        if equal {
                            return Ok(Some(j));
                        }
                    }
                    _ => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }
}

/// Adds `key` (whose hash is `hash`) unless an equal key is there (`set_add_entry`).
fn add_entry(so: &SetObj, key: Obj, hash: i64) -> PyResult<()> {
    'restart: loop {
        let mut mask = so.t().mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        loop {
            let run = if i + LINEAR_PROBES <= mask { LINEAR_PROBES } else { 0 };
            for j in i..=i + run {
                let t = so.t();
                match &t.slots[j] {
                    Slot::Empty => {
                        t.version = t.version.wrapping_add(1);
                        t.used += 1;
                        if let Some(f) = freeslot {
                            t.slots[f] = Slot::Full { hash, key };
                            return Ok(());
                        }
                        t.slots[j] = Slot::Full { hash, key };
                        t.fill += 1;
                        if t.fill * 5 >= mask * 3 {
                            t.resize(if t.used > 50_000 { t.used * 2 } else { t.used * 4 });
                        }
                        return Ok(());
                    }
                    // CPython 3.11 reuses the last dummy on the probe path.
                    Slot::Dummy => freeslot = Some(j),
                    Slot::Full { hash: h, key: k } if *h == hash => {
                        if k.v() == key.v() {
                            return Ok(());
                        }
                        let equal = match crate::dict::fast_eq(k.v(), key.v()) {
                            Some(b) => b,
                            None => {
                                let (k, version) = (k.clone(), t.version);
                                let r = crate::ops::eq(k.v(), key.v())?;
                                if so.t().version != version {
                                    continue 'restart;
                                }
                                mask = so.t().mask();
                                r
                            }
                        };
                        if equal {
                            return Ok(());
                        }
                    }
                    Slot::Full { .. } => {}
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb as usize)) & mask;
        }
    }
}

/// Removes the key equal to `key`; false when there is none (`set_discard_entry`).
fn discard_entry(so: &SetObj, key: Value, hash: i64) -> PyResult<bool> {
    let Some(j) = lookup(so, key, hash)? else { return Ok(false) };
    let t = so.t();
    let old = std::mem::replace(&mut t.slots[j], Slot::Dummy);
    t.used -= 1;
    t.version = t.version.wrapping_add(1);
    drop(old);
    Ok(true)
}

/// The hash of a key, where an unhashable `set` key is looked up as a frozenset (as
/// `set.__contains__`, `remove` and `discard` do).
fn key_hash(key: Value) -> PyResult<(Option<Obj>, i64)> {
    match crate::ops::hash(key) {
        Ok(h) => Ok((None, h)),
        Err(e) if key.is(&SET_TYPE) && e.matches(&TYPE_ERROR) => {
            let f = new_from(true, Some(key))?;
            let h = crate::ops::hash(f.v())?;
            Ok((Some(f), h))
        }
        Err(e) => Err(e),
    }
}

/// A set comprehension adding `key` to the set `s` it builds (CPython's SET_ADD).
pub fn comp_add(s: Value, key: Obj) -> PyResult<()> {
    match as_set(s) {
        Some(so) => add(so, key),
        None => type_error("set expected"),
    }
}

/// `s.add(key)`.
pub fn add(so: &SetObj, key: Obj) -> PyResult<()> {
    let h = crate::ops::hash(key.v())?;
    add_entry(so, key, h)
}

/// `key in s`.
pub fn contains(s: Value, key: Value) -> PyResult<bool> {
    let Some(so) = as_set(s) else { return Ok(false) };
    let (tmp, h) = key_hash(key)?;
    Ok(lookup(so, tmp.as_ref().map_or(key, Obj::v), h)?.is_some())
}

fn contains_entry(so: &SetObj, key: Value, hash: i64) -> PyResult<bool> {
    Ok(lookup(so, key, hash)?.is_some())
}

fn discard(so: &SetObj, key: Value) -> PyResult<bool> {
    let (tmp, h) = key_hash(key)?;
    discard_entry(so, tmp.as_ref().map_or(key, Obj::v), h)
}

fn clear(so: &SetObj) {
    let t = so.t();
    let old = std::mem::replace(&mut t.slots, empty_slots(MIN_SIZE));
    t.fill = 0;
    t.used = 0;
    t.version = t.version.wrapping_add(1);
    drop(old);
}

/// Adds every key of another set (`set_merge`).
fn merge(so: &SetObj, other: &SetObj) -> PyResult<()> {
    if std::ptr::eq(so, other) || other.is_empty() {
        return Ok(());
    }
    let (t, o) = (so.t(), other.t());
    if (t.fill + o.used) * 5 >= t.mask() * 3 {
        t.resize((t.used + o.used) * 2);
    }
    if t.fill == 0 && t.mask() == o.mask() && o.fill == o.used {
        // Same size, no dummies: the same slots.
        for (dst, src) in t.slots.iter_mut().zip(&o.slots) {
            if let Slot::Full { hash, key } = src {
                *dst = Slot::Full { hash: *hash, key: key.clone() };
            }
        }
        t.fill = o.fill;
        t.used = o.used;
        t.version = t.version.wrapping_add(1);
        return Ok(());
    }
    if t.fill == 0 {
        t.fill = o.used;
        t.used = o.used;
        for src in &o.slots {
            if let Slot::Full { hash, key } = src {
                insert_clean(&mut t.slots, *hash, key.clone());
            }
        }
        t.version = t.version.wrapping_add(1);
        return Ok(());
    }
    for (hash, key) in o.entries() {
        add_entry(so, key, hash)?;
    }
    Ok(())
}

/// `s.update(other)` for one iterable (`set_update_internal`).
fn update_internal(so: &SetObj, other: Value) -> PyResult<()> {
    if let Some(o) = as_set(other) {
        return merge(so, o);
    }
    if other.is(&DICT_TYPE) {
        let d = crate::dict::dict_obj(other)?;
        let entries: Vec<(i64, Obj)> = d.table().iter().map(|e| (e.hash, e.key.clone())).collect();
        let t = so.t();
        if (t.fill + entries.len()) * 5 >= t.mask() * 3 {
            t.resize((t.used + entries.len()) * 2);
        }
        for (h, k) in entries {
            add_entry(so, k, h)?;
        }
        return Ok(());
    }
    let it = crate::iter::get_iter(other)?;
    while let Some(k) = crate::iter::next(it.v())? {
        add(so, k)?;
    }
    Ok(())
}

/// A copy with the type of `so` (`set_copy`).
fn copy(so: &SetObj) -> Obj {
    let s = new_empty(so.frozen());
    merge(as_set(s.v()).expect("a set"), so).expect("merging a set into an empty one compares nothing");
    s
}

/// Calls `f` with each key of `other` (any iterable) that is also in `so`, and its hash,
/// in the order CPython visits them (of two sets, the smaller one's slots), until `f`
/// returns false.
fn for_common(so: &'static SetObj, other: Value, mut f: impl FnMut(i64, Obj) -> PyResult<bool>) -> PyResult<()> {
    if let Some(mut o) = as_set(other) {
        let mut big = so;
        if o.len() > big.len() {
            std::mem::swap(&mut big, &mut o);
        }
        for (h, k) in o.t().entries() {
            if contains_entry(big, k.v(), h)? && !f(h, k)? {
                break;
            }
        }
        return Ok(());
    }
    let it = crate::iter::get_iter(other)?;
    while let Some(k) = crate::iter::next(it.v())? {
        let h = crate::ops::hash(k.v())?;
        if contains_entry(so, k.v(), h)? && !f(h, k)? {
            break;
        }
    }
    Ok(())
}

/// `so & other` (`set_intersection`).
fn intersection(so: &'static SetObj, other: Value) -> PyResult {
    if is_self(so, other) {
        return Ok(copy(so));
    }
    let result = new_empty(so.frozen());
    let r = as_set(result.v()).expect("a set");
    for_common(so, other, |h, k| add_entry(r, k, h).map(|_| true))?;
    Ok(result)
}

/// Is `v` the set `so` itself?
fn is_self(so: &SetObj, v: Value) -> bool {
    std::ptr::eq(so as *const SetObj as *const u8, v.0 as *const u8)
}

/// Removes the keys of `other` from `so` (`set_difference_update_internal`).
fn difference_update(so: &'static SetObj, other: Value) -> PyResult<()> {
    if is_self(so, other) {
        clear(so);
        return Ok(());
    }
    if let Some(o) = as_set(other) {
        let keys = if (o.len() >> 3) > so.len() {
            let i = intersection(so, other)?;
            as_set(i.v()).expect("a set").t().entries()
        } else {
            o.t().entries()
        };
        for (h, k) in keys {
            discard_entry(so, k.v(), h)?;
        }
    } else {
        let it = crate::iter::get_iter(other)?;
        while let Some(k) = crate::iter::next(it.v())? {
            discard(so, k.v())?;
        }
    }
    let t = so.t();
    if t.fill - t.used > t.mask() / 4 {
        t.resize(if t.used > 50_000 { t.used * 2 } else { t.used * 4 });
    }
    Ok(())
}

/// `so - other` (`set_difference`).
fn difference(so: &'static SetObj, other: Value) -> PyResult {
    let other_size = if let Some(o) = as_set(other) {
        o.len()
    } else if other.is(&DICT_TYPE) {
        crate::dict::len(other)
    } else {
        let r = copy(so);
        difference_update(as_set(r.v()).expect("a set"), other)?;
        return Ok(r);
    };
    if (so.len() >> 2) > other_size {
        let r = copy(so);
        difference_update(as_set(r.v()).expect("a set"), other)?;
        return Ok(r);
    }
    let result = new_empty(so.frozen());
    let r = as_set(result.v()).expect("a set");
    for (h, k) in so.t().entries() {
        let found = match as_set(other) {
            Some(o) => contains_entry(o, k.v(), h)?,
            None => crate::dict::contains(other, k.v())?,
        };
        if !found {
            add_entry(r, k, h)?;
        }
    }
    Ok(result)
}

/// `so ^= other` (`set_symmetric_difference_update`).
fn symmetric_difference_update(so: &'static SetObj, other: Value) -> PyResult<()> {
    if is_self(so, other) {
        clear(so);
        return Ok(());
    }
    let entries = if let Some(o) = as_set(other) {
        o.t().entries()
    } else if other.is(&DICT_TYPE) {
        crate::dict::dict_obj(other)?.table().iter().map(|e| (e.hash, e.key.clone())).collect()
    } else {
        let tmp = new_from(so.frozen(), Some(other))?;
        as_set(tmp.v()).expect("a set").t().entries()
    };
    for (h, k) in entries {
        if !discard_entry(so, k.v(), h)? {
            add_entry(so, k, h)?;
        }
    }
    Ok(())
}

/// `so ^ other`: a copy of `other` updated with `so` (`set_symmetric_difference`).
fn symmetric_difference(so: &'static SetObj, other: Value) -> PyResult {
    let r = new_from(so.frozen(), Some(other))?;
    let rs = as_set(r.v()).expect("a set");
    for (h, k) in so.t().entries() {
        if !discard_entry(rs, k.v(), h)? {
            add_entry(rs, k, h)?;
        }
    }
    Ok(r)
}

/// Every key of `a` is in `b` (both sets).
fn is_subset(a: &SetObj, b: &SetObj) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for (h, k) in a.t().entries() {
        if !contains_entry(b, k.v(), h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `hash(frozenset)`: CPython's order-independent combination of the keys' hashes.
pub fn hash(v: Value) -> PyResult<i64> {
    let Some(so) = as_set(v) else { return type_error("unhashable type") };
    if !so.frozen() {
        return type_error("unhashable type: 'set'");
    }
    if so.hash.get() != -1 {
        return Ok(so.hash.get());
    }
    fn shuffle(h: u64) -> u64 {
        ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
    }
    let t = so.t();
    let mut h: u64 = 0;
    for s in &t.slots {
        if let Slot::Full { hash, .. } = s {
            h ^= shuffle(*hash as u64);
        }
    }
    h ^= (t.used as u64 + 1).wrapping_mul(1_927_868_237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907_133_923);
    let mut h = h as i64;
    if h == -1 {
        h = 590_923_713;
    }
    so.hash.set(h);
    Ok(h)
}

/// `a == b` for two sets (None when `b` is not a set).
pub fn eq(a: Value, b: Value) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (as_set(a), as_set(b)) else { return Ok(None) };
    if x.len() != y.len() {
        return Ok(Some(false));
    }
    if x.frozen() && y.frozen() && x.hash.get() != -1 && y.hash.get() != -1 && x.hash.get() != y.hash.get() {
        return Ok(Some(false));
    }
    Ok(Some(is_subset(x, y)?))
}

/// `a < b`, `a <= b`, `a > b`, `a >= b` as subset tests (None when either is no set).
pub fn order(op: crate::ops::CmpOp, a: Value, b: Value) -> PyResult<Option<bool>> {
    use crate::ops::CmpOp;
    let (Some(x), Some(y)) = (as_set(a), as_set(b)) else { return Ok(None) };
    Ok(Some(match op {
        CmpOp::Le => is_subset(x, y)?,
        CmpOp::Ge => is_subset(y, x)?,
        CmpOp::Lt => x.len() < y.len() && is_subset(x, y)?,
        CmpOp::Gt => x.len() > y.len() && is_subset(y, x)?,
        _ => return Ok(None),
    }))
}

/// The set operators `| & - ^` (None when an operand is not a set: NotImplemented).
pub fn binop(op: crate::ops::BinOp, a: Value, b: Value) -> PyResult<Option<Obj>> {
    use crate::ops::BinOp;
    let (Some(x), Some(_)) = (as_set(a), as_set(b)) else { return Ok(None) };
    Ok(Some(match op {
        BinOp::BitOr => {
            let r = copy(x);
            update_internal(as_set(r.v()).expect("a set"), b)?;
            r
        }
        BinOp::BitAnd => intersection(x, b)?,
        BinOp::Sub => difference(x, b)?,
        BinOp::BitXor => symmetric_difference(x, b)?,
        _ => return Ok(None),
    }))
}

/// `a |= b` and the other in-place operators on a `set` (None: not in place).
pub fn inplace(op: crate::ops::BinOp, a: Value, b: Value) -> PyResult<Option<Obj>> {
    use crate::ops::BinOp;
    if !a.is(&SET_TYPE) || as_set(b).is_none() {
        return Ok(None);
    }
    let x = as_set(a).expect("a set");
    match op {
        BinOp::BitOr => update_internal(x, b)?,
        BinOp::BitAnd => {
            let r = intersection(x, b)?;
            swap_bodies(x, as_set(r.v()).expect("a set"));
        }
        BinOp::Sub => difference_update(x, b)?,
        BinOp::BitXor => symmetric_difference_update(x, b)?,
        _ => return Ok(None),
    }
    Ok(Some(a.new_ref()))
}

/// Exchanges the tables of two sets (`set_swap_bodies`).
fn swap_bodies(a: &SetObj, b: &SetObj) {
    std::mem::swap(a.t(), b.t());
    a.t().version = a.t().version.wrapping_add(1).max(b.t().version.wrapping_add(1));
}

// ---------------------------------------------------------------------------------------
// Iteration.

/// The next key at or after slot `*pos`, checking that the set did not change size
/// since the iterator was made (`used` then).
pub fn iter_next(s: Value, pos: &mut usize, used: usize) -> PyResult<Option<Obj>> {
    let Some(so) = as_set(s) else { return Ok(None) };
    let t = so.t();
    if t.used != used {
        return Err(PyErr::new(&RUNTIME_ERROR, "Set changed size during iteration"));
    }
    while *pos < t.slots.len() {
        let j = *pos;
        *pos += 1;
        if let Slot::Full { key, .. } = &t.slots[j] {
            return Ok(Some(key.clone()));
        }
    }
    Ok(None)
}

// ---------------------------------------------------------------------------------------
// What other types' operations use (dict views build their results as sets).

/// `s.update(other)` for a set `s` (`_PySet_Update`).
pub fn update_with(s: Value, other: Value) -> PyResult<()> {
    update_internal(set_of(s)?, other)
}

/// `s.difference_update(other)` for a set `s`.
pub fn difference_update_with(s: Value, other: Value) -> PyResult<()> {
    difference_update(set_of(s)?, other)
}

/// `s.symmetric_difference_update(other)` for a set `s`.
pub fn symmetric_difference_update_with(s: Value, other: Value) -> PyResult<()> {
    symmetric_difference_update(set_of(s)?, other)
}

/// `s.intersection(other)` for a set `s`.
pub fn intersection_with(s: Value, other: Value) -> PyResult {
    intersection(set_of(s)?, other)
}

/// `s.add(key)` for a set `s`.
pub fn add_value(s: Value, key: Obj) -> PyResult<()> {
    add(set_of(s)?, key)
}

// ---------------------------------------------------------------------------------------
// Construction and methods: one function per entry of `SET_SPEC` and `FROZENSET_SPEC`
// (the table's `Params` has checked the argument count, the descriptor the receiver).

/// The payload of a set or frozenset receiver.
fn set_of(s: Value) -> PyResult<&'static SetObj> {
    match as_set(s) {
        Some(so) => Ok(so),
        None => type_error(format!("descriptor requires a 'set' object but received a '{}'", s.ty().name)),
    }
}

fn type_name(so: &SetObj) -> &'static str {
    if so.frozen() {
        "frozenset"
    } else {
        "set"
    }
}

fn not_implemented() -> PyResult {
    Ok(crate::class::not_implemented().new_ref())
}

/// `set(iterable)` / `frozenset(iterable)`.
pub fn construct(frozen: bool, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let name = if frozen { "frozenset" } else { "set" };
    let (pos, _) = split_args(args, kwnames);
    if !kwnames.is_empty() {
        return type_error(format!("{name}() takes no keyword arguments"));
    }
    crate::func::check_arity(name, Arity::Expected, pos.len(), 0, 1)?;
    if frozen && pos.first().is_some_and(|v| v.is(&FROZENSET_TYPE)) {
        return Ok(pos[0].new_ref());
    }
    new_from(frozen, pos.first().copied())
}

#[cold]
fn unsupported_subclass(cls: &TypeObject) -> PyResult {
    Err(PyErr::new(
        &NOT_IMPLEMENTED_ERROR,
        format!("pyaot: subclassing the builtin type '{}' is not supported yet", cls.name),
    ))
}

/// `set.__new__(cls)`: an empty set (`__init__` adds the items).
fn set_new(cls: &'static TypeObject, _args: &[Value], kwnames: &[Obj]) -> PyResult {
    if !std::ptr::eq(cls, &SET_TYPE) {
        return unsupported_subclass(cls);
    }
    if !kwnames.is_empty() {
        return type_error("set() takes no keyword arguments");
    }
    Ok(new_empty(false))
}

/// `frozenset.__new__(cls, iterable=())`: the whole frozenset (it has no `__init__`).
fn frozenset_new(cls: &'static TypeObject, args: &[Value], kwnames: &[Obj]) -> PyResult {
    if !std::ptr::eq(cls, &FROZENSET_TYPE) {
        return unsupported_subclass(cls);
    }
    construct(true, args, kwnames)
}

/// `set.__init__(self, iterable=())`: empties the set, then adds the items.
fn init_slot(s: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let so = set_of(s)?;
    if !kwnames.is_empty() {
        return type_error("set() takes no keyword arguments");
    }
    crate::func::check_arity(s.ty().name, Arity::Expected, args.len(), 0, 1)?;
    if so.t().fill > 0 {
        clear(so);
    }
    if let Some(it) = args.first() {
        update_internal(so, *it)?;
    }
    Ok(none_obj())
}

fn add_method(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    add(set_of(s)?, a[0].new_ref())?;
    Ok(none_obj())
}

fn clear_method(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    clear(set_of(s)?);
    Ok(none_obj())
}

/// `s.copy()`: a frozenset is its own copy.
fn copy_method(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    if s.is(&FROZENSET_TYPE) {
        return Ok(s.new_ref());
    }
    Ok(copy(set_of(s)?))
}

fn discard_method(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    discard(set_of(s)?, a[0])?;
    Ok(none_obj())
}

fn remove(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    if !discard(set_of(s)?, a[0])? {
        return key_error(a[0].new_ref());
    }
    Ok(none_obj())
}

/// `s.pop()`: the next key from where the last pop stopped (`set_pop`).
fn pop(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    let t = set_of(s)?.t();
    if t.used == 0 {
        return key_error(crate::str::new_str("pop from an empty set"));
    }
    let mask = t.mask();
    let mut j = t.finger & mask;
    while !matches!(t.slots[j], Slot::Full { .. }) {
        j = if j == mask { 0 } else { j + 1 };
    }
    let Slot::Full { key, .. } = std::mem::replace(&mut t.slots[j], Slot::Dummy) else {
        unreachable!("the scan stopped at a full slot")
    };
    t.used -= 1;
    t.finger = j + 1;
    t.version = t.version.wrapping_add(1);
    Ok(key)
}

fn isdisjoint(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let so = set_of(s)?;
    let other = a[0];
    if other == s {
        return Ok(bool_obj(so.is_empty()));
    }
    let mut disjoint = true;
    for_common(so, other, |_, _| {
        disjoint = false;
        Ok(false)
    })?;
    Ok(bool_obj(disjoint))
}

fn issubset(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let so = set_of(s)?;
    let other = a[0];
    let tmp;
    let o = match as_set(other) {
        Some(o) => o,
        None => {
            tmp = new_from(false, Some(other))?;
            set_of(tmp.v())?
        }
    };
    Ok(bool_obj(is_subset(so, o)?))
}

fn issuperset(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let so = set_of(s)?;
    let other = a[0];
    if let Some(o) = as_set(other) {
        return Ok(bool_obj(is_subset(o, so)?));
    }
    let it = crate::iter::get_iter(other)?;
    while let Some(k) = crate::iter::next(it.v())? {
        let h = crate::ops::hash(k.v())?;
        if !contains_entry(so, k.v(), h)? {
            return Ok(bool_obj(false));
        }
    }
    Ok(bool_obj(true))
}

fn symmetric_difference_method(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    symmetric_difference(set_of(s)?, a[0])
}

fn symmetric_difference_update_method(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    symmetric_difference_update(set_of(s)?, a[0])?;
    Ok(none_obj())
}

/// The iterables of a method taking any number of them (`set.union() takes no keyword
/// arguments`).
fn iterables<'a>(so: &SetObj, name: &str, args: &'a [Value], kwnames: &'a [Obj]) -> PyResult<&'a [Value]> {
    let (pos, kw) = split_args(args, kwnames);
    if !kwnames.is_empty() {
        kw.none(&format!("{}.{name}", type_name(so)))?;
    }
    Ok(pos)
}

fn union(s: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let so = set_of(s)?;
    let others = iterables(so, "union", args, kwnames)?;
    let r = copy(so);
    let rs = set_of(r.v())?;
    for o in others {
        if *o != s {
            update_internal(rs, *o)?;
        }
    }
    Ok(r)
}

fn update(s: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let so = set_of(s)?;
    for o in iterables(so, "update", args, kwnames)? {
        update_internal(so, *o)?;
    }
    Ok(none_obj())
}

/// `s.intersection(*others)` (`set_intersection_multi`).
fn intersection_multi(so: &'static SetObj, s: Value, others: &[Value]) -> PyResult {
    if others.is_empty() {
        return Ok(copy(so));
    }
    let mut r = s.new_ref();
    for o in others {
        r = intersection(set_of(r.v())?, *o)?;
    }
    Ok(r)
}

fn intersection_method(s: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let so = set_of(s)?;
    let others = iterables(so, "intersection", args, kwnames)?;
    intersection_multi(so, s, others)
}

fn intersection_update(s: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let so = set_of(s)?;
    let others = iterables(so, "intersection_update", args, kwnames)?;
    let r = intersection_multi(so, s, others)?;
    swap_bodies(so, set_of(r.v())?);
    Ok(none_obj())
}

fn difference_method(s: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let so = set_of(s)?;
    let others = iterables(so, "difference", args, kwnames)?;
    let Some((first, rest)) = others.split_first() else { return Ok(copy(so)) };
    let r = difference(so, *first)?;
    for o in rest {
        difference_update(set_of(r.v())?, *o)?;
    }
    Ok(r)
}

fn difference_update_method(s: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    let so = set_of(s)?;
    for o in iterables(so, "difference_update", args, kwnames)? {
        difference_update(so, *o)?;
    }
    Ok(none_obj())
}

/// `s.__reduce__()`: `(type(s), (list(s),), None)`, what pickle and copy use.
fn reduce(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    let keys = crate::list::new_list(items(s));
    let args = crate::tuple::new_tuple(vec![keys]);
    Ok(crate::tuple::new_tuple(vec![s.ty().as_value().new_ref(), args, none_obj()]))
}

// Operator dunders: what set and frozenset themselves do.

/// A set or frozenset (`PyAnySet_Check`).
fn is_anyset(v: Value) -> bool {
    as_set(v).is_some()
}

/// Comparisons of two sets: equality, and subset tests for the orderings.
fn compare(op: crate::ops::CmpOp, a: Value, b: Value) -> PyResult<bool> {
    use crate::ops::CmpOp;
    match op {
        CmpOp::Eq => Ok(eq(a, b)?.unwrap_or(false)),
        CmpOp::Ne => Ok(!eq(a, b)?.unwrap_or(false)),
        _ => Ok(order(op, a, b)?.unwrap_or(false)),
    }
}

crate::cmp_slots!(cmp, is_anyset, compare);

fn iter_slot(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    crate::iter::get_iter(s)
}
fn len_slot(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::int::from_i64(set_of(s)?.len() as i64))
}
fn contains_method(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
    Ok(bool_obj(contains(s, a[0])?))
}
fn hash_slot(s: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::int::from_i64(hash(s)?))
}

/// `a op b` for two sets; NotImplemented when either is something else.
fn binary(op: crate::ops::BinOp, a: Value, b: Value) -> PyResult {
    match binop(op, a, b)? {
        Some(r) => Ok(r),
        None => not_implemented(),
    }
}

/// `s op= other` in place; NotImplemented unless `other` is a set or frozenset.
fn inplace_slot(op: crate::ops::BinOp, s: Value, other: Value) -> PyResult {
    if !is_anyset(other) {
        return not_implemented();
    }
    match inplace(op, s, other)? {
        Some(r) => Ok(r),
        None => not_implemented(),
    }
}

mod operators {
    use super::*;
    use crate::ops::BinOp;
    pub fn sub(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
        binary(BinOp::Sub, s, a[0])
    }
    pub fn rsub(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
        binary(BinOp::Sub, a[0], s)
    }
    pub fn and(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
        binary(BinOp::BitAnd, s, a[0])
    }
    pub fn rand(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
        binary(BinOp::BitAnd, a[0], s)
    }
    pub fn xor(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
        binary(BinOp::BitXor, s, a[0])
    }
    pub fn rxor(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
        binary(BinOp::BitXor, a[0], s)
    }
    pub fn or(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
        binary(BinOp::BitOr, s, a[0])
    }
    pub fn ror(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
        binary(BinOp::BitOr, a[0], s)
    }
    pub fn isub(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
        inplace_slot(BinOp::Sub, s, a[0])
    }
    pub fn iand(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
        inplace_slot(BinOp::BitAnd, s, a[0])
    }
    pub fn ixor(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
        inplace_slot(BinOp::BitXor, s, a[0])
    }
    pub fn ior(s: Value, a: &[Value], _: &[Obj]) -> PyResult {
        inplace_slot(BinOp::BitOr, s, a[0])
    }
}

/// What `set` declares (see `typeobj.rs`).
pub static SET_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", crate::slots::repr, Params::NoArgs),
        MethodDef::slot("__getattribute__", crate::slots::getattribute, Params::One),
        MethodDef::slot("__lt__", cmp::lt, Params::One),
        MethodDef::slot("__le__", cmp::le, Params::One),
        MethodDef::slot("__eq__", cmp::eq, Params::One),
        MethodDef::slot("__ne__", cmp::ne, Params::One),
        MethodDef::slot("__gt__", cmp::gt, Params::One),
        MethodDef::slot("__ge__", cmp::ge, Params::One),
        MethodDef::slot("__iter__", iter_slot, Params::NoArgs),
        MethodDef::slot("__init__", init_slot, Params::Any),
        MethodDef::slot("__sub__", operators::sub, Params::One),
        MethodDef::slot("__rsub__", operators::rsub, Params::One),
        MethodDef::slot("__and__", operators::and, Params::One),
        MethodDef::slot("__rand__", operators::rand, Params::One),
        MethodDef::slot("__xor__", operators::xor, Params::One),
        MethodDef::slot("__rxor__", operators::rxor, Params::One),
        MethodDef::slot("__or__", operators::or, Params::One),
        MethodDef::slot("__ror__", operators::ror, Params::One),
        MethodDef::slot("__isub__", operators::isub, Params::One),
        MethodDef::slot("__iand__", operators::iand, Params::One),
        MethodDef::slot("__ixor__", operators::ixor, Params::One),
        MethodDef::slot("__ior__", operators::ior, Params::One),
        MethodDef::slot("__len__", len_slot, Params::NoArgs),
        MethodDef::method("__contains__", contains_method, Params::One),
        MethodDef::method("add", add_method, Params::One),
        MethodDef::method("clear", clear_method, Params::NoArgs),
        MethodDef::method("copy", copy_method, Params::NoArgs),
        MethodDef::method("discard", discard_method, Params::One),
        MethodDef::method("difference", difference_method, Params::Any),
        MethodDef::method("difference_update", difference_update_method, Params::Any),
        MethodDef::method("intersection", intersection_method, Params::Any),
        MethodDef::method("intersection_update", intersection_update, Params::Any),
        MethodDef::method("isdisjoint", isdisjoint, Params::One),
        MethodDef::method("issubset", issubset, Params::One),
        MethodDef::method("issuperset", issuperset, Params::One),
        MethodDef::method("pop", pop, Params::NoArgs),
        MethodDef::method("__reduce__", reduce, Params::NoArgs),
        MethodDef::method("remove", remove, Params::One),
        MethodDef::method("__sizeof__", crate::slots::sizeof, Params::NoArgs),
        MethodDef::method("symmetric_difference", symmetric_difference_method, Params::One),
        MethodDef::method("symmetric_difference_update", symmetric_difference_update_method, Params::One),
        MethodDef::method("union", union, Params::Any),
        MethodDef::method("update", update, Params::Any),
        MethodDef::class("__class_getitem__", crate::slots::class_getitem, Params::One),
    ],
    nones: &["__hash__"],
    new: Some(set_new),
    flags: BASETYPE,
    ..EMPTY
};

/// What `frozenset` declares: the methods of set that do not change it, and a hash.
pub static FROZENSET_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", crate::slots::repr, Params::NoArgs),
        MethodDef::slot("__hash__", hash_slot, Params::NoArgs),
        MethodDef::slot("__getattribute__", crate::slots::getattribute, Params::One),
        MethodDef::slot("__lt__", cmp::lt, Params::One),
        MethodDef::slot("__le__", cmp::le, Params::One),
        MethodDef::slot("__eq__", cmp::eq, Params::One),
        MethodDef::slot("__ne__", cmp::ne, Params::One),
        MethodDef::slot("__gt__", cmp::gt, Params::One),
        MethodDef::slot("__ge__", cmp::ge, Params::One),
        MethodDef::slot("__iter__", iter_slot, Params::NoArgs),
        MethodDef::slot("__sub__", operators::sub, Params::One),
        MethodDef::slot("__rsub__", operators::rsub, Params::One),
        MethodDef::slot("__and__", operators::and, Params::One),
        MethodDef::slot("__rand__", operators::rand, Params::One),
        MethodDef::slot("__xor__", operators::xor, Params::One),
        MethodDef::slot("__rxor__", operators::rxor, Params::One),
        MethodDef::slot("__or__", operators::or, Params::One),
        MethodDef::slot("__ror__", operators::ror, Params::One),
        MethodDef::slot("__len__", len_slot, Params::NoArgs),
        MethodDef::method("__contains__", contains_method, Params::One),
        MethodDef::method("copy", copy_method, Params::NoArgs),
        MethodDef::method("difference", difference_method, Params::Any),
        MethodDef::method("intersection", intersection_method, Params::Any),
        MethodDef::method("isdisjoint", isdisjoint, Params::One),
        MethodDef::method("issubset", issubset, Params::One),
        MethodDef::method("issuperset", issuperset, Params::One),
        MethodDef::method("__reduce__", reduce, Params::NoArgs),
        MethodDef::method("__sizeof__", crate::slots::sizeof, Params::NoArgs),
        MethodDef::method("symmetric_difference", symmetric_difference_method, Params::One),
        MethodDef::method("union", union, Params::Any),
        MethodDef::class("__class_getitem__", crate::slots::class_getitem, Params::One),
    ],
    new: Some(frozenset_new),
    flags: BASETYPE,
    ..EMPTY
};

#[cfg(test)]
mod tests {
    use super::*;

    fn from_items(items: Vec<Obj>) -> PyResult {
        let s = new_empty(false);
        for k in items {
            add(as_set(s.v()).unwrap(), k)?;
        }
        Ok(s)
    }

    fn ints(s: &Obj) -> Vec<i64> {
        items(s.v()).iter().map(|k| k.v().as_small().unwrap()).collect()
    }

    #[test]
    fn iteration_order_is_cpythons() {
        // python3 -c "print(list(set([100, 3, 17, 8, 1000, 5])))"
        let s = from_items([100, 3, 17, 8, 1000, 5].map(Obj::small).to_vec()).unwrap();
        assert_eq!(ints(&s), [3, 100, 5, 8, 1000, 17]);
        // python3 -c "s = set(range(20)); [s.discard(i) for i in range(0, 20, 3)]; s.add(-1); print(list(s))"
        let s = new_from(false, None).unwrap();
        let so = as_set(s.v()).unwrap();
        for i in 0..20 {
            add(so, Obj::small(i)).unwrap();
        }
        for i in (0..20).step_by(3) {
            discard(so, Obj::small(i).v()).unwrap();
        }
        add(so, Obj::small(-1)).unwrap();
        assert_eq!(ints(&s), [1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, -1]);
    }

    #[test]
    fn frozenset_hash_is_cpythons() {
        // python3 -c "print(hash(frozenset()), hash(frozenset({1, 2, 3})))"
        let f = new_from(true, None).unwrap();
        assert_eq!(hash(f.v()).unwrap(), 133146708735736);
        let f = construct(true, &[from_items(vec![Obj::small(1), Obj::small(2), Obj::small(3)]).unwrap().v()], &[])
            .unwrap();
        assert_eq!(hash(f.v()).unwrap(), -272375401224217160);
    }
}

/// An empty set payload with header `hdr` (an instance of a class deriving from set or
/// frozenset, `class::alloc_instance`).
pub fn empty_payload(hdr: Header) -> SetObj {
    SetObj { hdr, table: UnsafeCell::new(SetTable::default()), hash: Cell::new(-1) }
}

/// A set payload with header `hdr` holding the items of set `base`, merged as CPython's
/// `set_merge` copies a set (so the iteration order is the same).
pub fn payload_copy(base: Value, hdr: Header) -> PyResult<SetObj> {
    let s = empty_payload(hdr);
    update_internal(&s, base)?;
    Ok(s)
}
