//! The code cache: compiled code units by (source, filename, mode), shared by all
//! threads (a `parking_lot` mutex) and bounded: past its capacity the least recently
//! used half is dropped, so a program that evaluates millions of distinct strings keeps
//! a bounded amount of compiled code.
//!
//! Units are plain data (`Send + Sync`); each lookup gets an `Arc` and makes its own
//! code object (with its own constant objects) from it.
use crate::bytecode::CodeUnit;
use parking_lot::Mutex;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::sync::Arc;

struct Entry {
    src: Box<str>,
    filename: Box<str>,
    mode: Box<str>,
    unit: Arc<CodeUnit>,
    last_use: u64,
}

pub struct CodeCache {
    capacity: usize,
    inner: Mutex<Inner>,
}

#[derive(Default)]
struct Inner {
    /// By a hash of the key; a colliding key replaces the entry.
    map: HashMap<u64, Entry>,
    clock: u64,
    hits: u64,
    misses: u64,
}

fn key_hash(src: &str, filename: &str, mode: &str) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (src, filename, mode).hash(&mut h);
    h.finish()
}

impl CodeCache {
    pub fn new(capacity: usize) -> CodeCache {
        CodeCache { capacity: capacity.max(2), inner: Mutex::new(Inner::default()) }
    }

    /// The unit for this key, compiling it with `compile` on a miss (outside the lock, so
    /// other threads are not held up; two threads may compile the same text once each).
    pub fn get_or_compile<E>(
        &self,
        src: &str,
        filename: &str,
        mode: &str,
        compile: impl FnOnce() -> Result<CodeUnit, E>,
    ) -> Result<Arc<CodeUnit>, E> {
        let h = key_hash(src, filename, mode);
        {
            let mut inner = self.inner.lock();
            inner.clock += 1;
            let now = inner.clock;
            if let Some(e) = inner.map.get_mut(&h) {
                if &*e.src == src && &*e.filename == filename && &*e.mode == mode {
                    e.last_use = now;
                    let unit = e.unit.clone();
                    inner.hits += 1;
                    return Ok(unit);
                }
            }
            inner.misses += 1;
        }
        let unit = Arc::new(compile()?);
        let mut inner = self.inner.lock();
        inner.clock += 1;
        let now = inner.clock;
        inner.map.insert(
            h,
            Entry { src: src.into(), filename: filename.into(), mode: mode.into(), unit: unit.clone(), last_use: now },
        );
        if inner.map.len() > self.capacity {
            // Drop the least recently used half.
            let mut uses: Vec<u64> = inner.map.values().map(|e| e.last_use).collect();
            let cut = uses.len() / 2;
            let (_, median, _) = uses.select_nth_unstable(cut);
            let median = *median;
            inner.map.retain(|_, e| e.last_use >= median);
        }
        Ok(unit)
    }

    /// Number of cached units.
    pub fn len(&self) -> usize {
        self.inner.lock().map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// (hits, misses) so far.
    pub fn stats(&self) -> (u64, u64) {
        let i = self.inner.lock();
        (i.hits, i.misses)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(i: usize) -> String {
        format!("x{i} = {i} * 2 + y\nif x{i} > 3:\n    z = [x{i}, 'k{i}']\n")
    }

    /// Several threads compile and look up overlapping sets of texts through one small
    /// cache: every answer must be the unit for the text asked, and the cache must stay
    /// within its bound.
    #[test]
    fn hammered_from_threads() {
        let cache = Arc::new(CodeCache::new(64));
        let reference: Vec<String> = (0..200)
            .map(|i| crate::compile_source(&source(i), "<hammer>", "exec").expect("compiles").disassemble())
            .collect();
        let reference = Arc::new(reference);
        let threads: Vec<_> = (0..8)
            .map(|t| {
                let cache = cache.clone();
                let reference = reference.clone();
                std::thread::spawn(move || {
                    let mut seed = 0x9e37_79b9_7f4a_7c15u64 ^ t;
                    for _ in 0..1500 {
                        seed ^= seed << 13;
                        seed ^= seed >> 7;
                        seed ^= seed << 17;
                        // Mostly a hot set shared by all threads, sometimes a cold text.
                        let i = if seed % 4 == 0 { (seed >> 8) as usize % 200 } else { (seed >> 8) as usize % 16 };
                        let src = source(i);
                        let unit = cache
                            .get_or_compile(&src, "<hammer>", "exec", || {
                                crate::compile_source(&src, "<hammer>", "exec")
                            })
                            .expect("compiles");
                        assert_eq!(unit.disassemble(), reference[i], "wrong unit for text {i}");
                        assert!(cache.len() <= 64 + 1, "cache grew to {}", cache.len());
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().expect("a hammering thread panicked");
        }
        let (hits, misses) = cache.stats();
        assert_eq!(hits + misses, 8 * 1500);
        assert!(hits > misses, "the hot set should mostly hit: {hits} hits, {misses} misses");
        assert!(cache.len() <= 64);
    }

    #[test]
    fn bounded_under_distinct_texts() {
        let cache = CodeCache::new(100);
        for i in 0..5000 {
            let src = format!("{i} + 1");
            cache
                .get_or_compile(&src, "<string>", "eval", || crate::compile_source(&src, "<string>", "eval"))
                .expect("compiles");
            assert!(cache.len() <= 100);
        }
        assert!(cache.len() >= 50);
    }
}
