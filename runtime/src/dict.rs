//! `dict`: an insertion-ordered hash table with CPython's key semantics
//! (`1`, `1.0` and `True` are one key), its methods, and the keys/values/items views.
//!
//! The layout is CPython's compact dict: `entries` holds the items in insertion order
//! (a deleted item leaves a `None` hole), and `indices` is an open-addressing table of
//! positions in `entries`, probed with CPython's perturbation scheme. Resizing rebuilds
//! `indices` and squeezes the holes out of `entries`.
//!
//! Comparing keys may run Python code (`ops::eq`), which may change the dict: lookups
//! never hold a table borrow across it, and restart when the table's `version` moved.
use crate::err::*;
use crate::func::Arity;
use crate::object::*;
use crate::ops::CmpOp;
use crate::typeobj::{GetSetDef, MethodDef, Params, TypeSpec, BASETYPE};
use crate::types::*;
use std::cell::UnsafeCell;

/// One slot of the entry array; `None` marks a deleted entry.
pub struct Entry {
    pub hash: i64,
    pub key: Obj,
    pub value: Obj,
}

/// An `indices` slot that never held an entry.
const EMPTY: usize = usize::MAX;
/// An `indices` slot whose entry was deleted (probing continues past it).
const DUMMY: usize = usize::MAX - 1;
const MIN_SIZE: usize = 8;

#[derive(Default)]
pub struct DictTable {
    /// Entries in insertion order (deleted ones are None until compaction).
    pub entries: Vec<Option<Entry>>,
    /// Number of live entries.
    pub len: usize,
    /// Open-addressing table (a power of two long, or empty): positions in `entries`,
    /// or EMPTY / DUMMY.
    indices: Vec<usize>,
    /// Changes whenever entries are added, removed or moved.
    version: u64,
    /// Insertions since the last resize (plus the entries kept then): bounds both the
    /// used `indices` slots and `entries.len()`, so probing always meets an EMPTY slot.
    fill: usize,
    /// A class namespace: every change invalidates the attribute caches
    /// (`crate::inline_cache`), whose entries depend on what classes hold.
    watched: bool,
}

impl DictTable {
    /// The live entries, in order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }
    fn usable(&self) -> usize {
        self.indices.len() * 2 / 3
    }
    /// Rebuilds `indices` with room for `min_used` entries, compacting `entries`.
    fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size * 2 / 3 <= min_used {
            size *= 2;
        }
        self.entries.retain(Option::is_some);
        self.fill = self.entries.len();
        self.indices = vec![EMPTY; size];
        let mask = size - 1;
        for (ix, e) in self.entries.iter().enumerate() {
            let Some(e) = e else { continue };
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while self.indices[i] != EMPTY {
                perturb >>= 5;
                i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
            }
            self.indices[i] = ix;
        }
        self.version = self.version.wrapping_add(1);
    }
}

#[repr(C)]
pub struct DictObj {
    pub hdr: Header,
    pub table: UnsafeCell<DictTable>,
}
// SAFETY: repr(C), starts with a Header.
unsafe impl PyPayload for DictObj {
    fn type_object() -> &'static TypeObject {
        &DICT_TYPE
    }
}

impl DictObj {
    #[allow(clippy::mut_from_ref)]
    pub fn table(&self) -> &mut DictTable {
        // SAFETY: single-threaded runtime; callers do not hold it across Python code.
        unsafe { &mut *self.table.get() }
    }
}

/// A keys, values or items view (its type says which).
#[repr(C)]
pub struct DictViewObj {
    pub hdr: Header,
    pub dict: Obj,
}
// SAFETY: repr(C), starts with a Header. (Three types share this payload; see `view_dict`.)
unsafe impl PyPayload for DictViewObj {
    fn type_object() -> &'static TypeObject {
        &DICT_KEYS_TYPE
    }
}

pub fn new_dict() -> Obj {
    alloc(DictObj { hdr: Header::new(&DICT_TYPE), table: UnsafeCell::new(DictTable::default()) })
}

/// The dict payload of `d` (TypeError for other types).
pub fn dict_obj(d: Value) -> PyResult<&'static DictObj> {
    match d.downcast::<DictObj>() {
        Some(x) => Ok(x),
        None => type_error(format!("descriptor requires a 'dict' object but received a '{}'", d.ty().name)),
    }
}

/// Number of items.
pub fn len(d: Value) -> usize {
    d.downcast::<DictObj>().map_or(0, |x| x.table().len)
}

/// A snapshot of the items, in order (safe to use across Python code).
pub fn items_vec(d: Value) -> Vec<(Obj, Obj)> {
    match d.downcast::<DictObj>() {
        Some(x) => x.table().iter().map(|e| (e.key.clone(), e.value.clone())).collect(),
        None => Vec::new(),
    }
}

/// Equality that needs no Python code: Some(answer) for str/str and small int pairs.
pub(crate) fn fast_eq(a: Value, b: Value) -> Option<bool> {
    if a.is_small_int() && b.is_small_int() {
        return Some(a == b);
    }
    if a.is(&STR_TYPE) && b.is(&STR_TYPE) {
        return Some(crate::str::as_str(a) == crate::str::as_str(b));
    }
    None
}

enum Probe {
    /// The key is at `entries[entry]`, referenced from `indices[slot]`.
    Found { entry: usize, slot: usize },
    /// Absent; `slot` is where it would go (None when the table has no indices yet).
    Missing { slot: Option<usize> },
}

/// Finds `key` (with hash `hash`) in `d`.
fn probe(d: &DictObj, key: Value, hash: i64) -> PyResult<Probe> {
    'restart: loop {
        let t = d.table();
        if t.indices.is_empty() {
            return Ok(Probe::Missing { slot: None });
        }
        let mask = t.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut free: Option<usize> = None;
        loop {
            let t = d.table();
            let ix = t.indices.get(i).copied().unwrap_or(EMPTY);
            if ix == EMPTY {
                return Ok(Probe::Missing { slot: Some(free.unwrap_or(i)) });
            }
            if ix == DUMMY {
                free.get_or_insert(i);
            } else if let Some(Some(e)) = t.entries.get(ix) {
                if e.key.v() == key {
                    return Ok(Probe::Found { entry: ix, slot: i });
                }
                if e.hash == hash {
                    let equal = match fast_eq(e.key.v(), key) {
                        Some(b) => b,
                        None => {
                            let k = e.key.clone();
                            let version = t.version;
                            let r = crate::ops::eq(k.v(), key)?;
                            if d.table().version != version {
                                continue 'restart;
                            }
                            r
                        }
                    };
                    if equal {
                        return Ok(Probe::Found { entry: ix, slot: i });
                    }
                }
            }
            perturb >>= 5;
            i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
        }
    }
}

/// `d[key] = value`.
pub fn set_item(d: Value, key: Obj, value: Obj) -> PyResult<()> {
    let dict = dict_obj(d)?;
    let h = crate::ops::hash(key.v())?;
    insert(dict, key, h, value).map(drop)
}

/// Stores `value` under `key`; returns the entry's index in `entries`.
fn insert(dict: &DictObj, key: Obj, hash: i64, value: Obj) -> PyResult<usize> {
    if dict.table().watched {
        crate::inline_cache::invalidate();
    }
    match probe(dict, key.v(), hash)? {
        Probe::Found { entry, .. } => {
            let t = dict.table();
            if let Some(Some(e)) = t.entries.get_mut(entry) {
                let old = std::mem::replace(&mut e.value, value);
                drop(old);
            }
            Ok(entry)
        }
        Probe::Missing { slot } => {
            let t = dict.table();
            let slot = match slot {
                Some(s) if t.fill < t.usable() => s,
                _ => {
                    t.resize(t.len * 3);
                    empty_slot(t, hash)
                }
            };
            let ix = t.entries.len();
            t.entries.push(Some(Entry { hash, key, value }));
            t.indices[slot] = ix;
            t.len += 1;
            t.fill += 1;
            t.version = t.version.wrapping_add(1);
            Ok(ix)
        }
    }
}

/// The first EMPTY or DUMMY slot on `hash`'s probe path (the table has free slots).
fn empty_slot(t: &DictTable, hash: i64) -> usize {
    let mask = t.indices.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    while t.indices[i] < DUMMY {
        perturb >>= 5;
        i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
    }
    i
}

/// The `indices` slot that refers to entry `ix` (whose hash is `hash`).
fn slot_of(t: &DictTable, hash: i64, ix: usize) -> usize {
    let mask = t.indices.len().wrapping_sub(1);
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    for _ in 0..t.indices.len() * 2 + 64 {
        match t.indices.get(i) {
            Some(&x) if x == ix => return i,
            Some(&EMPTY) | None => break,
            _ => {}
        }
        perturb >>= 5;
        i = (i.wrapping_mul(5).wrapping_add(perturb as usize).wrapping_add(1)) & mask;
    }
    // Not on the probe path (cannot happen): fall back to a scan.
    t.indices.iter().position(|&x| x == ix).unwrap_or(0)
}

/// Removes the entry found by `probe`; returns it.
fn remove_at(dict: &DictObj, entry: usize, slot: usize) -> Option<Entry> {
    let t = dict.table();
    if t.watched {
        crate::inline_cache::invalidate();
    }
    let e = t.entries.get_mut(entry)?.take()?;
    if let Some(s) = t.indices.get_mut(slot) {
        *s = DUMMY;
    }
    t.len -= 1;
    while let Some(None) = t.entries.last() {
        t.entries.pop();
    }
    t.version = t.version.wrapping_add(1);
    Some(e)
}

/// Where a lookup found its key last time: while the dict's keys have not changed (its
/// `version`), the entry is read directly. Lets the VM's global loads skip hashing.
#[derive(Clone, Copy, Default)]
pub struct EntryCache {
    dict: u64,
    version: u64,
    /// The entry, or `usize::MAX` for "absent".
    entry: usize,
}

const CACHED_ABSENT: usize = usize::MAX;

/// `d[key]` borrowed (None when absent), through `cache`.
pub fn get_cached(d: Value, key: Value, cache: &std::cell::Cell<EntryCache>) -> PyResult<Option<Value>> {
    let dict = dict_obj(d)?;
    let c = cache.get();
    let t = dict.table();
    if c.dict == d.0 && c.version == t.version {
        if c.entry == CACHED_ABSENT {
            return Ok(None);
        }
        if let Some(Some(e)) = t.entries.get(c.entry) {
            if e.key.v() == key {
                return Ok(Some(e.value.v()));
            }
        }
    }
    let h = crate::ops::hash(key)?;
    let found = probe(dict, key, h)?;
    let t = dict.table();
    let entry = match found {
        Probe::Found { entry, .. } => entry,
        Probe::Missing { .. } => CACHED_ABSENT,
    };
    cache.set(EntryCache { dict: d.0, version: t.version, entry });
    Ok(match t.entries.get(entry) {
        Some(Some(e)) => Some(e.value.v()),
        _ => None,
    })
}

/// Empties `d` so that another instance can use it as its dict, keeping its tables'
/// memory: only a plain dict that nothing else refers to and whose tables are small.
/// False when it is not reusable (it is left as it was).
pub fn reset_for_reuse(d: Value) -> bool {
    let Some(dict) = d.downcast::<DictObj>() else { return false };
    // SAFETY: `d` is a live object; its header's count is read, not changed.
    let unique = unsafe { *(*(d.0 as *const Header)).refcnt.get() } == 1;
    let t = dict.table();
    if !unique || !std::ptr::eq(d.ty(), &DICT_TYPE) || t.watched || t.indices.len() > 16 {
        return false;
    }
    // Emptied first, so that what the entries' values release never sees a half-cleared
    // table (nothing else can reach this dict anyway: its one reference is the caller's).
    let mut entries = std::mem::take(&mut t.entries);
    t.len = 0;
    t.fill = 0;
    t.indices.fill(EMPTY);
    t.version = t.version.wrapping_add(1);
    entries.clear();
    dict.table().entries = entries;
    true
}

/// Marks `d` as a class namespace, whose changes invalidate the attribute caches.
pub fn watch(d: Value) {
    if let Some(dict) = d.downcast::<DictObj>() {
        dict.table().watched = true;
    }
}

/// `d[key]` borrowed, for a str `key` (None when absent), trying entry `hint` first:
/// attribute names are shared str objects, so the key usually is the very object at the
/// index where instances of a class keep that attribute. Updates `hint`.
#[inline]
pub fn get_hinted(dict: &DictObj, key: Value, hint: &std::cell::Cell<u32>) -> Option<Value> {
    let t = dict.table();
    if let Some(Some(e)) = t.entries.get(hint.get() as usize) {
        if e.key.v() == key {
            return Some(e.value.v());
        }
    }
    get_hinted_slow(dict, key, hint)
}

/// The hash of an attribute name (a str: its hash is cached and cannot fail).
fn name_hash(key: Value) -> i64 {
    match key.downcast::<crate::str::StrObj>() {
        Some(s) if s.hash.get() != -1 => s.hash.get(),
        _ => crate::ops::hash(key).unwrap_or(0),
    }
}

#[inline(never)]
fn get_hinted_slow(dict: &DictObj, key: Value, hint: &std::cell::Cell<u32>) -> Option<Value> {
    // Equality with other keys cannot fail either, except with keys of classes defined
    // in Python that someone put into an instance dict by hand.
    match probe(dict, key, name_hash(key)).ok()? {
        Probe::Found { entry, .. } => {
            hint.set(entry as u32);
            match dict.table().entries.get(entry) {
                Some(Some(e)) => Some(e.value.v()),
                _ => None,
            }
        }
        Probe::Missing { .. } => None,
    }
}

/// `d[key] = value` for a str `key`, trying entry `hint` first (see [`get_hinted`]).
#[inline]
pub fn set_hinted(dict: &DictObj, key: Value, value: Obj, hint: &std::cell::Cell<u32>) {
    let t = dict.table();
    if !t.watched {
        if let Some(Some(e)) = t.entries.get_mut(hint.get() as usize) {
            if e.key.v() == key {
                drop(std::mem::replace(&mut e.value, value));
                return;
            }
        }
    }
    if let Ok(ix) = insert(dict, key.new_ref(), name_hash(key), value) {
        hint.set(ix as u32);
    }
}

/// `d[name]` for a str key `name` whose lookup cannot run Python code (attribute names
/// in namespaces); None when absent (or when `d` is not a dict).
#[inline]
pub fn get_name(d: Value, name: Value) -> Option<Obj> {
    let dict = d.downcast::<DictObj>()?;
    match probe(dict, name, name_hash(name)).ok()? {
        Probe::Found { entry, .. } => match dict.table().entries.get(entry) {
            Some(Some(e)) => Some(e.value.clone()),
            _ => None,
        },
        Probe::Missing { .. } => None,
    }
}

/// `d.get(key)`: a new reference to the value, or None when absent.
pub fn get_item(d: Value, key: Value) -> PyResult<Option<Obj>> {
    let dict = dict_obj(d)?;
    let h = crate::ops::hash(key)?;
    lookup(dict, key, h)
}

fn lookup(dict: &DictObj, key: Value, hash: i64) -> PyResult<Option<Obj>> {
    Ok(match probe(dict, key, hash)? {
        Probe::Found { entry, .. } => match dict.table().entries.get(entry) {
            Some(Some(e)) => Some(e.value.clone()),
            _ => None,
        },
        Probe::Missing { .. } => None,
    })
}

/// `d[k]` as dict does it: KeyError(k) when absent, unless `d`'s class (deriving from
/// dict in Python) defines `__missing__`, which then gives the value.
pub fn getitem(d: Value, k: Value) -> PyResult {
    match get_item(d, k)? {
        Some(v) => Ok(v),
        None => {
            if crate::class::class_of(d).is_some() {
                if let Some(r) = crate::class::call_dunder(d, "__missing__", &[k], &[]) {
                    return r;
                }
            }
            key_error(k.new_ref())
        }
    }
}

/// `d[k] = v`.
pub fn setitem(d: Value, k: Value, v: Value) -> PyResult<()> {
    set_item(d, k.new_ref(), v.new_ref())
}

/// `del d[k]`: KeyError(k) when absent.
pub fn delitem(d: Value, k: Value) -> PyResult<()> {
    match pop(d, k)? {
        Some(_) => Ok(()),
        None => key_error(k.new_ref()),
    }
}

/// Removes `k`, returning its value (None when absent).
pub fn pop(d: Value, k: Value) -> PyResult<Option<Obj>> {
    let dict = dict_obj(d)?;
    let h = crate::ops::hash(k)?;
    Ok(match probe(dict, k, h)? {
        Probe::Found { entry, slot } => remove_at(dict, entry, slot).map(|e| e.value),
        Probe::Missing { .. } => None,
    })
}

/// `k in d`.
pub fn contains(d: Value, k: Value) -> PyResult<bool> {
    let dict = dict_obj(d)?;
    let h = crate::ops::hash(k)?;
    Ok(matches!(probe(dict, k, h)?, Probe::Found { .. }))
}

/// Removes every item.
pub fn clear(d: Value) {
    if let Some(dict) = d.downcast::<DictObj>() {
        let t = dict.table();
        let version = t.version.wrapping_add(1);
        let watched = t.watched;
        if watched {
            crate::inline_cache::invalidate();
        }
        let old = std::mem::take(t);
        dict.table().version = version;
        dict.table().watched = watched;
        drop(old);
    }
}

/// A shallow copy.
pub fn copy(d: Value) -> PyResult {
    let dict = dict_obj(d)?;
    let t = dict.table();
    let mut nt = DictTable::default();
    nt.entries = t.iter().map(|e| Some(Entry { hash: e.hash, key: e.key.clone(), value: e.value.clone() })).collect();
    nt.len = nt.entries.len();
    nt.resize(nt.len);
    Ok(alloc(DictObj { hdr: Header::new(&DICT_TYPE), table: UnsafeCell::new(nt) }))
}

/// `d.update(other)` for a mapping (a dict, or anything with a `keys` attribute: see
/// [`merge`]) or an iterable of key/value pairs (CPython's `dict_update_arg`, messages).
pub fn update_from(d: Value, other: Value) -> PyResult<()> {
    if other.kind() != Kind::Dict {
        match crate::ops::getattr(other, "keys") {
            Ok(_) => return merge(d, other),
            Err(e) if e.matches(&ATTRIBUTE_ERROR) => {}
            Err(e) => return Err(e),
        }
    } else {
        return merge(d, other);
    }
    let it = crate::iter::get_iter(other)?;
    let mut n = 0usize;
    while let Some(item) = crate::iter::next(it.v())? {
        let pair = match crate::iter::get_iter(item.v()) {
            Ok(_) => crate::iter::collect(item.v())?,
            Err(e) if e.matches(&TYPE_ERROR) => {
                return type_error(format!("cannot convert dictionary update sequence element #{n} to a sequence"))
            }
            Err(e) => return Err(e),
        };
        if pair.len() != 2 {
            return value_error(format!(
                "dictionary update sequence element #{n} has length {}; 2 is required",
                pair.len()
            ));
        }
        let mut pair = pair.into_iter();
        if let (Some(k), Some(v)) = (pair.next(), pair.next()) {
            set_item(d, k, v)?;
        }
        n += 1;
    }
    Ok(())
}

/// Merges mapping `m` into dict `d`, later keys replacing earlier ones (CPython's
/// `PyDict_Update`): a dict's items directly, unless its class defines `__iter__`;
/// any other mapping through `list(m.keys())` and then `m[k]` for each key, in order.
pub fn merge(d: Value, m: Value) -> PyResult<()> {
    let dict = dict_obj(d)?;
    if m.kind() == Kind::Dict && crate::class::lookup(m.ty(), "__iter__").is_none() {
        let src = dict_obj(m)?;
        let snapshot: Vec<(Obj, i64, Obj)> =
            src.table().iter().map(|e| (e.key.clone(), e.hash, e.value.clone())).collect();
        for (k, h, v) in snapshot {
            insert(dict, k, h, v)?;
        }
        return Ok(());
    }
    let out = crate::ops::call_method(m, "keys", &[], &[])?;
    let keys: Vec<Obj> = if out.v().is(&LIST_TYPE) {
        crate::list::list_items(out.v()).to_vec()
    } else {
        let it = match crate::iter::get_iter(out.v()) {
            Ok(it) => it,
            Err(e) if e.matches(&TYPE_ERROR) => {
                return type_error(format!(
                    "{}.keys() returned a non-iterable (type {})",
                    m.ty().name,
                    out.v().ty().name
                ))
            }
            Err(e) => return Err(e),
        };
        let mut keys = Vec::new();
        while let Some(k) = crate::iter::next(it.v())? {
            keys.push(k);
        }
        keys
    };
    for k in keys {
        let v = crate::ops::getitem(m, k.v())?;
        set_item(d, k, v)?;
    }
    Ok(())
}

/// `{**m}` in a dict display (CPython's DICT_UPDATE): [`merge`], where an
/// AttributeError (no `keys`) becomes "TypeError: 'int' object is not a mapping".
pub fn display_update(d: Value, m: Value) -> PyResult<()> {
    match merge(d, m) {
        Err(e) if e.matches(&ATTRIBUTE_ERROR) => type_error(format!("'{}' object is not a mapping", m.ty().name)),
        r => r,
    }
}

/// Adds the keyword arguments of a call (`dict(a=1)`, `d.update(a=1)`).
fn update_kw(d: Value, kw: crate::func::Kw) -> PyResult<()> {
    for (name, v) in kw.names.iter().zip(kw.vals) {
        set_item(d, name.clone(), v.new_ref())?;
    }
    Ok(())
}

/// `dict(mapping_or_pairs, **kwargs)`.
pub fn construct(args: &[Value], kwnames: &[Obj]) -> PyResult {
    let d = new_dict();
    update_args("dict", d.v(), args, kwnames)?;
    Ok(d)
}
// ---------------------------------------------------------------------------------------
// Methods: one function per entry of `SPEC`. The table's `Params` has checked the
// argument count before a body runs, and the descriptor that the receiver is a dict (or
// an instance of a class deriving from dict).

fn not_implemented() -> PyResult {
    Ok(crate::class::not_implemented().new_ref())
}

/// A dict, or an instance of a class deriving from dict (`PyDict_Check`).
fn is_dict(v: Value) -> bool {
    v.is_heap() && v.kind() == Kind::Dict
}

fn get(d: Value, a: &[Value], _: &[Obj]) -> PyResult {
    match get_item(d, a[0])? {
        Some(v) => Ok(v),
        None => Ok(a.get(1).map_or_else(none_obj, |v| v.new_ref())),
    }
}

fn setdefault(d: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let dict = dict_obj(d)?;
    let h = crate::ops::hash(a[0])?;
    if let Some(v) = lookup(dict, a[0], h)? {
        return Ok(v);
    }
    let default = a.get(1).map_or_else(none_obj, |v| v.new_ref());
    insert(dict, a[0].new_ref(), h, default.clone())?;
    Ok(default)
}

fn pop_method(d: Value, a: &[Value], _: &[Obj]) -> PyResult {
    match pop(d, a[0])? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(v) => Ok(v.new_ref()),
            None => key_error(a[0].new_ref()),
        },
    }
}

/// `d.popitem()`: the last item (LIFO order).
fn popitem(d: Value, _: &[Value], _: &[Obj]) -> PyResult {
    let dict = dict_obj(d)?;
    let t = dict.table();
    let Some(last) = t.entries.iter().rposition(Option::is_some) else {
        return key_error(crate::str::new_str("popitem(): dictionary is empty"));
    };
    let hash = t.entries[last].as_ref().map_or(0, |e| e.hash);
    let slot = slot_of(t, hash, last);
    match remove_at(dict, last, slot) {
        Some(e) => Ok(crate::tuple::new_tuple(vec![e.key, e.value])),
        None => key_error(crate::str::new_str("popitem(): dictionary is empty")),
    }
}

fn keys(d: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(new_view(d, &DICT_KEYS_TYPE))
}

fn items(d: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(new_view(d, &DICT_ITEMS_TYPE))
}

fn values(d: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(new_view(d, &DICT_VALUES_TYPE))
}

/// `d.update(mapping_or_pairs=(), **kw)`.
fn update(d: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    update_args("update", d, args, kwnames)?;
    Ok(none_obj())
}

/// The arguments of `dict(…)`, `d.__init__(…)` and `d.update(…)` (CPython's
/// `dict_update_common`): at most one positional mapping or iterable of pairs, then the
/// keywords.
fn update_args(fname: &str, d: Value, args: &[Value], kwnames: &[Obj]) -> PyResult<()> {
    let (pos, kw) = crate::func::split_args(args, kwnames);
    crate::func::check_arity(fname, Arity::Expected, pos.len(), 0, 1)?;
    if let Some(src) = pos.first() {
        update_from(d, *src)?;
    }
    update_kw(d, kw)
}

/// `cls.fromkeys(iterable, value=None)`: `cls()` with each key set to `value` (through
/// `d[k] = value` when `cls` is not dict itself, as CPython's `_PyDict_FromKeys`).
fn fromkeys(cls: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let value = a.get(1).copied().unwrap_or_else(none);
    let exact = crate::builtins::as_type(cls).is_some_and(|t| std::ptr::eq(t, &DICT_TYPE));
    let d = if exact { new_dict() } else { crate::func::call(cls, &[], &[])? };
    let it = crate::iter::get_iter(a[0])?;
    while let Some(k) = crate::iter::next(it.v())? {
        if d.v().is(&DICT_TYPE) {
            set_item(d.v(), k, value.new_ref())?;
        } else {
            crate::ops::setitem(d.v(), k.v(), value)?;
        }
    }
    Ok(d)
}

fn clear_method(d: Value, _: &[Value], _: &[Obj]) -> PyResult {
    dict_obj(d)?;
    clear(d);
    Ok(none_obj())
}

fn copy_method(d: Value, _: &[Value], _: &[Obj]) -> PyResult {
    copy(d)
}

/// `d[k]` as dict itself does it (`dict.__getitem__`, `d[k]` in a subclass without its
/// own `__getitem__`).
fn getitem_method(d: Value, a: &[Value], _: &[Obj]) -> PyResult {
    getitem(d, a[0])
}

fn contains_method(d: Value, a: &[Value], _: &[Obj]) -> PyResult {
    Ok(bool_obj(contains(d, a[0])?))
}

fn reversed_method(d: Value, _: &[Value], _: &[Obj]) -> PyResult {
    crate::iter::reversed_of(d)
}

// Operator dunders: what dict itself does, whatever a subclass overrides.

/// dict's comparisons (`dict_richcompare`): only `==` and `!=`, and only with dicts.
fn richcompare(op: CmpOp, d: Value, other: Value) -> PyResult {
    if !is_dict(other) || !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return not_implemented();
    }
    let eq = crate::ops::dict_eq(d, other)?;
    Ok(bool_obj(eq == (op == CmpOp::Eq)))
}

fn lt_slot(d: Value, a: &[Value], _: &[Obj]) -> PyResult {
    richcompare(CmpOp::Lt, d, a[0])
}
fn le_slot(d: Value, a: &[Value], _: &[Obj]) -> PyResult {
    richcompare(CmpOp::Le, d, a[0])
}
fn eq_slot(d: Value, a: &[Value], _: &[Obj]) -> PyResult {
    richcompare(CmpOp::Eq, d, a[0])
}
fn ne_slot(d: Value, a: &[Value], _: &[Obj]) -> PyResult {
    richcompare(CmpOp::Ne, d, a[0])
}
fn gt_slot(d: Value, a: &[Value], _: &[Obj]) -> PyResult {
    richcompare(CmpOp::Gt, d, a[0])
}
fn ge_slot(d: Value, a: &[Value], _: &[Obj]) -> PyResult {
    richcompare(CmpOp::Ge, d, a[0])
}

fn iter_slot(d: Value, _: &[Value], _: &[Obj]) -> PyResult {
    crate::iter::get_iter(d)
}

/// `dict.__init__(self, mapping_or_pairs=(), **kw)`: adds to what the dict holds.
fn init_slot(d: Value, args: &[Value], kwnames: &[Obj]) -> PyResult {
    update_args("dict", d, args, kwnames)?;
    Ok(none_obj())
}

/// `a | b` of two dicts: a new dict (a plain one, whatever `a`'s class) with `b`'s
/// items added (`dict_or`).
fn or(a: Value, b: Value) -> PyResult {
    if !is_dict(a) || !is_dict(b) {
        return not_implemented();
    }
    let r = copy(a)?;
    update_from(r.v(), b)?;
    Ok(r)
}

fn or_slot(d: Value, a: &[Value], _: &[Obj]) -> PyResult {
    or(d, a[0])
}
fn ror_slot(d: Value, a: &[Value], _: &[Obj]) -> PyResult {
    or(a[0], d)
}
/// `d |= other`: `d.update(other)` for any mapping or iterable of pairs.
fn ior_slot(d: Value, a: &[Value], _: &[Obj]) -> PyResult {
    update_from(d, a[0])?;
    Ok(d.new_ref())
}

fn len_slot(d: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::int::from_i64(dict_obj(d)?.table().len as i64))
}
fn setitem_slot(d: Value, a: &[Value], _: &[Obj]) -> PyResult {
    setitem(d, a[0], a[1])?;
    Ok(none_obj())
}
fn delitem_slot(d: Value, a: &[Value], _: &[Obj]) -> PyResult {
    delitem(d, a[0])?;
    Ok(none_obj())
}

/// `dict.__new__(cls)`: an empty dict of class `cls` (the arguments are `__init__`'s).
fn dict_new(cls: &'static TypeObject, _args: &[Value], _kwnames: &[Obj]) -> PyResult {
    if std::ptr::eq(cls, &DICT_TYPE) {
        return Ok(new_dict());
    }
    Ok(crate::class::alloc_instance(cls))
}

/// What `dict` declares (see `typeobj.rs`).
pub static SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", crate::slots::repr, Params::NoArgs),
        MethodDef::slot("__getattribute__", crate::slots::getattribute, Params::One),
        MethodDef::slot("__lt__", lt_slot, Params::One),
        MethodDef::slot("__le__", le_slot, Params::One),
        MethodDef::slot("__eq__", eq_slot, Params::One),
        MethodDef::slot("__ne__", ne_slot, Params::One),
        MethodDef::slot("__gt__", gt_slot, Params::One),
        MethodDef::slot("__ge__", ge_slot, Params::One),
        MethodDef::slot("__iter__", iter_slot, Params::NoArgs),
        MethodDef::slot("__init__", init_slot, Params::Any),
        MethodDef::slot("__or__", or_slot, Params::One),
        MethodDef::slot("__ror__", ror_slot, Params::One),
        MethodDef::slot("__ior__", ior_slot, Params::One),
        MethodDef::slot("__len__", len_slot, Params::NoArgs),
        MethodDef::method("__getitem__", getitem_method, Params::One),
        MethodDef::slot("__setitem__", setitem_slot, Params::Pos(2, 2, Arity::Expected)),
        MethodDef::slot("__delitem__", delitem_slot, Params::One),
        MethodDef::method("__contains__", contains_method, Params::One),
        MethodDef::method("__sizeof__", crate::slots::sizeof, Params::NoArgs),
        MethodDef::method("get", get, Params::Pos(1, 2, Arity::Expected)),
        MethodDef::method("setdefault", setdefault, Params::Pos(1, 2, Arity::Expected)),
        MethodDef::method("pop", pop_method, Params::Pos(1, 2, Arity::Expected)),
        MethodDef::method("popitem", popitem, Params::NoArgs),
        MethodDef::method("keys", keys, Params::NoArgs),
        MethodDef::method("items", items, Params::NoArgs),
        MethodDef::method("values", values, Params::NoArgs),
        MethodDef::method("update", update, Params::Any),
        MethodDef::class("fromkeys", fromkeys, Params::Pos(1, 2, Arity::Expected)),
        MethodDef::method("clear", clear_method, Params::NoArgs),
        MethodDef::method("copy", copy_method, Params::NoArgs),
        MethodDef::method("__reversed__", reversed_method, Params::NoArgs),
        MethodDef::class("__class_getitem__", crate::slots::class_getitem, Params::One),
    ],
    nones: &["__hash__"],
    new: Some(dict_new),
    flags: BASETYPE,
    ..crate::typeobj::EMPTY
};

// ---------------------------------------------------------------------------------------
// Views.

pub fn new_view(d: Value, ty: &'static TypeObject) -> Obj {
    alloc(DictViewObj { hdr: Header::new(ty), dict: d.new_ref() })
}

/// The dict a keys/values/items view looks at.
pub fn view_dict(v: Value) -> Option<Value> {
    if v.is_heap() && matches!(v.kind(), Kind::DictKeys | Kind::DictValues | Kind::DictItems) {
        // SAFETY: the three view types are allocated with a DictViewObj payload.
        let view = unsafe { &*(v.0 as *const DictViewObj) };
        Some(view.dict.v())
    } else {
        None
    }
}

/// `len(view)`.
pub fn view_len(v: Value) -> usize {
    view_dict(v).map_or(0, len)
}

/// `x in view`.
pub fn view_contains(v: Value, x: Value) -> PyResult<bool> {
    let Some(d) = view_dict(v) else { return Ok(false) };
    match v.kind() {
        Kind::DictKeys => contains(d, x),
        Kind::DictItems => {
            let pair = crate::tuple::items(x);
            if x.kind() != Kind::Tuple || pair.len() != 2 {
                return Ok(false);
            }
            match get_item(d, pair[0].v())? {
                Some(found) => crate::list::eq_item(found.v(), pair[1].v()),
                None => Ok(false),
            }
        }
        _ => {
            let values: Vec<Obj> = items_vec(d).into_iter().map(|(_, v)| v).collect();
            for val in values {
                if crate::list::eq_item(val.v(), x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

/// A keys or items view: the views that are sets (`PyDictViewSet_Check`).
fn is_view_set(v: Value) -> bool {
    v.is_heap() && matches!(v.kind(), Kind::DictKeys | Kind::DictItems)
}

/// A set, a frozenset or a keys or items view: what the views' comparisons accept.
fn is_set_like(v: Value) -> bool {
    crate::set::as_set(v).is_some() || is_view_set(v)
}

/// `len(v)` of a set or a view.
fn set_like_len(v: Value) -> usize {
    match crate::set::as_set(v) {
        Some(s) => s.len(),
        None => view_len(v),
    }
}

/// Is every element of `a` in `b` (`all_contained_in`)?
fn all_contained_in(a: Value, b: Value) -> PyResult<bool> {
    let it = crate::iter::get_iter(a)?;
    while let Some(x) = crate::iter::next(it.v())? {
        if !crate::ops::contains(b, x.v())? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a op b` for a keys or items view `a` (`dictview_richcompare`): set comparisons;
/// None (NotImplemented) unless `b` is a set, a frozenset or a keys or items view.
fn view_richcompare(op: CmpOp, a: Value, b: Value) -> PyResult<Option<bool>> {
    if !is_set_like(b) {
        return Ok(None);
    }
    // Views of dicts holding each other's views compare without end.
    let _guard = crate::ops::RecursionGuard::enter(" in comparison")?;
    let (la, lb) = (set_like_len(a), set_like_len(b));
    Ok(Some(match op {
        CmpOp::Eq => la == lb && all_contained_in(a, b)?,
        CmpOp::Ne => !(la == lb && all_contained_in(a, b)?),
        CmpOp::Lt => la < lb && all_contained_in(a, b)?,
        CmpOp::Le => la <= lb && all_contained_in(a, b)?,
        CmpOp::Gt => la > lb && all_contained_in(b, a)?,
        CmpOp::Ge => la >= lb && all_contained_in(b, a)?,
    }))
}

/// `a op b` where `a` or `b` is a keys or items view: the view's comparison slot (the
/// reflected one when only `b` is a view, as after a set's NotImplemented). None when
/// neither gives an answer.
pub fn view_compare(op: CmpOp, a: Value, b: Value) -> PyResult<Option<bool>> {
    if is_view_set(a) {
        return view_richcompare(op, a, b);
    }
    if is_view_set(b) {
        let reflected = match op {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
            other => other,
        };
        return view_richcompare(reflected, b, a);
    }
    Ok(None)
}

fn view_cmp(op: CmpOp, a: Value, b: Value) -> PyResult<bool> {
    Ok(view_richcompare(op, a, b)?.unwrap_or(false))
}

crate::cmp_slots!(view_cmp_slots, is_set_like, view_cmp);

/// The left operand of a view's set operator as a new set (`dictviews_to_set`): the keys
/// of a plain dict come from the dict itself, which sizes the set's table as CPython's
/// fast path does (and so gives CPython's iteration order).
fn to_set(v: Value) -> PyResult {
    if v.kind() == Kind::DictKeys {
        if let Some(d) = view_dict(v).filter(|d| d.is(&DICT_TYPE)) {
            return crate::set::new_from(false, Some(d));
        }
    }
    crate::set::new_from(false, Some(v))
}

/// `a & b` where `a` or `b` is a keys or items view (`_PyDictView_Intersect`): a set of
/// the elements of the other operand (any iterable) that are in the view.
fn view_and(a: Value, b: Value) -> PyResult {
    let (mut this, mut other) = if is_view_set(a) { (a, b) } else { (b, a) };
    if !is_view_set(this) {
        return type_error("dict view expected");
    }
    let len_this = view_len(this);
    if other.is(&SET_TYPE) && len_this <= crate::set::len(other) {
        return crate::set::intersection_with(other, this);
    }
    if is_view_set(other) && view_len(other) > len_this {
        std::mem::swap(&mut this, &mut other);
    }
    let result = crate::set::new_from(false, None)?;
    let it = crate::iter::get_iter(other)?;
    while let Some(k) = crate::iter::next(it.v())? {
        if view_contains(this, k.v())? {
            crate::set::add_value(result.v(), k)?;
        }
    }
    Ok(result)
}

/// `a | b` (`dictviews_or`): `set(a)` updated with `b`.
fn view_or(a: Value, b: Value) -> PyResult {
    let r = to_set(a)?;
    crate::set::update_with(r.v(), b)?;
    Ok(r)
}

/// `a - b` (`dictviews_sub`): `set(a)` without the elements of `b`.
fn view_sub(a: Value, b: Value) -> PyResult {
    let r = to_set(a)?;
    crate::set::difference_update_with(r.v(), b)?;
    Ok(r)
}

/// `a ^ b` (`dictviews_xor`).
fn view_xor(a: Value, b: Value) -> PyResult {
    if a.kind() == Kind::DictItems && b.kind() == Kind::DictItems {
        return items_xor(a, b);
    }
    let r = to_set(a)?;
    crate::set::symmetric_difference_update_with(r.v(), b)?;
    Ok(r)
}

/// `a ^ b` of two items views (`dictitems_xor`): compares values by key, so values need
/// not be hashable unless their pair ends up in the result.
fn items_xor(a: Value, b: Value) -> PyResult {
    let (Some(d1), Some(d2)) = (view_dict(a), view_dict(b)) else { return type_error("dict view expected") };
    let rest = copy(d1)?;
    let result = crate::set::new_from(false, None)?;
    for (k, v2) in items_vec(d2) {
        let delete = match get_item(rest.v(), k.v())? {
            Some(v1) => crate::list::eq_item(v1.v(), v2.v())?,
            None => false,
        };
        if delete {
            delitem(rest.v(), k.v())?;
        } else {
            crate::set::add_value(result.v(), crate::tuple::new_tuple(vec![k, v2]))?;
        }
    }
    let remaining = new_view(rest.v(), &DICT_ITEMS_TYPE);
    crate::set::update_with(result.v(), remaining.v())?;
    Ok(result)
}

fn view_sub_slot(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    view_sub(v, a[0])
}
fn view_rsub_slot(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    view_sub(a[0], v)
}
fn view_and_slot(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    view_and(v, a[0])
}
fn view_rand_slot(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    view_and(a[0], v)
}
fn view_xor_slot(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    view_xor(v, a[0])
}
fn view_rxor_slot(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    view_xor(a[0], v)
}
fn view_or_slot(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    view_or(v, a[0])
}
fn view_ror_slot(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    view_or(a[0], v)
}

/// `view.isdisjoint(other)`: no element of `other` (any iterable) is in the view; of two
/// sets or views, the smaller one is iterated (`dictviews_isdisjoint`).
fn isdisjoint(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    let (mut this, mut other) = (v, a[0]);
    if this == other {
        return Ok(bool_obj(view_len(this) == 0));
    }
    if is_set_like(other) && set_like_len(other) > set_like_len(this) {
        std::mem::swap(&mut this, &mut other);
    }
    let it = crate::iter::get_iter(other)?;
    while let Some(x) = crate::iter::next(it.v())? {
        if crate::ops::contains(this, x.v())? {
            return Ok(bool_obj(false));
        }
    }
    Ok(bool_obj(true))
}

fn view_iter_slot(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    crate::iter::get_iter(v)
}
fn view_len_slot(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    Ok(crate::int::from_i64(view_len(v) as i64))
}
fn view_contains_slot(v: Value, a: &[Value], _: &[Obj]) -> PyResult {
    Ok(bool_obj(view_contains(v, a[0])?))
}
fn view_reversed(v: Value, _: &[Value], _: &[Obj]) -> PyResult {
    crate::iter::reversed_of(v)
}

/// `view.mapping`: a read-only proxy of the dict the view looks at.
fn view_mapping(v: Value) -> PyResult {
    match view_dict(v) {
        Some(d) => Ok(crate::descr::mappingproxy(d)),
        None => type_error("dict view expected"),
    }
}

const VIEW_GETSETS: &[GetSetDef] = &[GetSetDef::getset("mapping", view_mapping, None)];

/// What `dict_keys` and `dict_items` declare: set-like views.
static VIEW_SET_METHODS: &[MethodDef] = &[
    MethodDef::slot("__repr__", crate::slots::repr, Params::NoArgs),
    MethodDef::slot("__getattribute__", crate::slots::getattribute, Params::One),
    MethodDef::slot("__lt__", view_cmp_slots::lt, Params::One),
    MethodDef::slot("__le__", view_cmp_slots::le, Params::One),
    MethodDef::slot("__eq__", view_cmp_slots::eq, Params::One),
    MethodDef::slot("__ne__", view_cmp_slots::ne, Params::One),
    MethodDef::slot("__gt__", view_cmp_slots::gt, Params::One),
    MethodDef::slot("__ge__", view_cmp_slots::ge, Params::One),
    MethodDef::slot("__iter__", view_iter_slot, Params::NoArgs),
    MethodDef::slot("__sub__", view_sub_slot, Params::One),
    MethodDef::slot("__rsub__", view_rsub_slot, Params::One),
    MethodDef::slot("__and__", view_and_slot, Params::One),
    MethodDef::slot("__rand__", view_rand_slot, Params::One),
    MethodDef::slot("__xor__", view_xor_slot, Params::One),
    MethodDef::slot("__rxor__", view_rxor_slot, Params::One),
    MethodDef::slot("__or__", view_or_slot, Params::One),
    MethodDef::slot("__ror__", view_ror_slot, Params::One),
    MethodDef::slot("__len__", view_len_slot, Params::NoArgs),
    MethodDef::slot("__contains__", view_contains_slot, Params::One),
    MethodDef::method("isdisjoint", isdisjoint, Params::One),
    MethodDef::method("__reversed__", view_reversed, Params::NoArgs),
];

pub static KEYS_SPEC: TypeSpec =
    TypeSpec { methods: VIEW_SET_METHODS, getsets: VIEW_GETSETS, nones: &["__hash__"], ..crate::typeobj::EMPTY };
pub static ITEMS_SPEC: TypeSpec =
    TypeSpec { methods: VIEW_SET_METHODS, getsets: VIEW_GETSETS, nones: &["__hash__"], ..crate::typeobj::EMPTY };
/// `dict_values`: no set operations, no comparisons but identity.
pub static VALUES_SPEC: TypeSpec = TypeSpec {
    methods: &[
        MethodDef::slot("__repr__", crate::slots::repr, Params::NoArgs),
        MethodDef::slot("__getattribute__", crate::slots::getattribute, Params::One),
        MethodDef::slot("__iter__", view_iter_slot, Params::NoArgs),
        MethodDef::slot("__len__", view_len_slot, Params::NoArgs),
        MethodDef::method("__reversed__", view_reversed, Params::NoArgs),
    ],
    getsets: VIEW_GETSETS,
    ..crate::typeobj::EMPTY
};

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(d: &Obj) -> Vec<i64> {
        items_vec(d.v()).iter().map(|(k, _)| k.v().as_small().unwrap()).collect()
    }

    #[test]
    fn insertion_order_with_deletions() {
        let d = new_dict();
        for i in 0..100 {
            set_item(d.v(), Obj::small(i), Obj::small(i * 10)).unwrap();
        }
        for i in (0..100).step_by(2) {
            delitem(d.v(), Obj::small(i).v()).unwrap();
        }
        assert_eq!(len(d.v()), 50);
        set_item(d.v(), Obj::small(0), Obj::small(-1)).unwrap();
        set_item(d.v(), Obj::small(1), Obj::small(-2)).unwrap();
        let ks = keys(&d);
        assert_eq!(ks.len(), 51);
        assert_eq!(ks[0], 1);
        assert_eq!(*ks.last().unwrap(), 0);
        assert_eq!(getitem(d.v(), Obj::small(1).v()).unwrap().v().as_small(), Some(-2));
        assert!(getitem(d.v(), Obj::small(2).v()).is_err());
        // Many inserts and deletes force resizes that squeeze out the holes.
        for round in 0..20 {
            for i in 1000..1100 {
                set_item(d.v(), Obj::small(i + round), Obj::small(0)).unwrap();
            }
            for i in 1000..1100 {
                let _ = pop(d.v(), Obj::small(i + round).v()).unwrap();
            }
        }
        assert_eq!(keys(&d), ks);
    }

    #[test]
    fn insert_pop_cycles_terminate() {
        let d = new_dict();
        for i in 0..10_000 {
            set_item(d.v(), Obj::small(i), Obj::small(i)).unwrap();
            popitem(d.v(), &[], &[]).unwrap();
            set_item(d.v(), Obj::small(i + 7), Obj::small(i)).unwrap();
            delitem(d.v(), Obj::small(i + 7).v()).unwrap();
        }
        assert_eq!(len(d.v()), 0);
        assert!(d.v().downcast::<DictObj>().unwrap().table().indices.len() <= 64);
    }

    #[test]
    fn popitem_is_lifo() {
        let d = new_dict();
        for i in 0..3 {
            set_item(d.v(), Obj::small(i), Obj::small(i)).unwrap();
        }
        let r = popitem(d.v(), &[], &[]).unwrap();
        assert_eq!(crate::tuple::items(r.v())[0].v().as_small(), Some(2));
        clear_method(d.v(), &[], &[]).unwrap();
        assert!(popitem(d.v(), &[], &[]).is_err());
    }
}
