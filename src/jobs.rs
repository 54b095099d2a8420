//! Work on several threads with results in a fixed order (native only: the browser
//! module runs on the page's one worker).

use std::sync::atomic::{AtomicUsize, Ordering};

/// `work(i)` for every `i` in `0..n` on up to `jobs` threads, results in index order
/// whatever thread ran what, so the output is the same for any `jobs`. Threads take
/// the next `chunk` indices from a shared counter: a long item does not hold the
/// others up. With one thread (or one chunk) no thread is started.
pub fn in_order<T: Send>(n: usize, jobs: usize, chunk: usize, work: impl Fn(usize) -> T + Sync) -> Vec<T> {
    let chunk = chunk.max(1);
    let threads = jobs.min(n.div_ceil(chunk)).max(1);
    if threads == 1 {
        return (0..n).map(work).collect();
    }
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, T)> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut mine = Vec::new();
                    loop {
                        let start = next.fetch_add(chunk, Ordering::Relaxed);
                        if start >= n {
                            break mine;
                        }
                        for i in start..(start + chunk).min(n) {
                            mine.push((i, work(i)));
                        }
                    }
                })
            })
            .collect();
        // A panic in a worker is a bug: pass it on as one thread would have.
        handles.into_iter().flat_map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p))).collect()
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, t)| t).collect()
}

#[cfg(test)]
mod tests {
    use super::in_order;

    #[test]
    fn results_come_in_index_order_for_any_number_of_threads() {
        let one = in_order(1000, 1, 7, |i| i * i);
        for jobs in [2, 3, 8] {
            assert_eq!(in_order(1000, jobs, 7, |i| i * i), one);
        }
        assert!(in_order(0, 4, 8, |i| i).is_empty());
    }
}
