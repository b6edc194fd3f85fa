//! Benchmarks for DESIGN.md, "Numbers to hold":
//!
//! - engine + store alone: ≥ 50,000 inbound messages per second on one core, p99 < 1 ms;
//! - cold start (bundled content loaded and checked, engine built): < 300 ms.
//!
//! Run with `cargo bench --no-default-features --bench engine`.
//!
//! The traffic: 10,000 people (distinct platform ids) each run the same 11-step French
//! conversation through `Runtime::handle` (pseudonym, sled store in a temp dir with
//! `Durability::Periodic`, engine, save, counters). Sessions are interleaved: message `k` goes to
//! session `k % 10_000`, and session `s` is primed `s % 11` steps ahead, so consecutive messages
//! touch different sessions *and* different steps, like real traffic. The script ends with the
//! quick-exit word, which erases the session, so the next round starts a fresh conversation and
//! the traffic can loop for as long as criterion wants without the store growing.
//!
//! After criterion's groups, one timed pass of 100,000 messages (`Instant` per message) prints
//! p50 / p99 / p99.9 / max and messages/s, per step as well, and a breakdown of where the time of
//! one message goes (the steps of `Runtime::handle_as`, redone through the public API).

use std::hint::black_box;
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput};
use passerelle::check::check;
use passerelle::content::ContentFiles;
use passerelle::engine::{Engine, HandoffEvent, Inbound, Outcome, Reply};
use passerelle::privacy::{Pseudonym, Secret};
use passerelle::runtime::{Runtime, RuntimeSettings, now_secs};
use passerelle::store::{CounterKey, Durability, Store};
use tempfile::TempDir;

/// Distinct people.
const SESSIONS: usize = 10_000;
/// The channel name the pseudonyms are computed under.
const CHANNEL: &str = "bench";
/// One full pass: every session runs every step once.
const PASS: usize = SESSIONS * SCRIPT.len();

/// What a step must do, checked once at setup.
#[derive(Clone, Copy)]
enum Expect {
    /// Walks exactly these nodes.
    Visits(&'static [&'static str]),
    /// A new conversation: no node yet, the language menu.
    LanguageMenu,
    /// The quick-exit word: the session is erased, and the visible conversation with it.
    Erased,
}

/// One line the person types, and what it must do.
struct Step {
    line: &'static str,
    expect: Expect,
}

/// A conversation through the bundled flows (welcome -> needs -> pathway -> talk), in French, typed as a
/// person would: a greeting, a language number, menu numbers, an intent word, a number, a place,
/// a yes word, a free message for the association, the exit word.
const SCRIPT: [Step; 11] = [
    // A new person says hello: the language menu (every language, each in its own script).
    Step {
        line: "Bonjour",
        expect: Expect::LanguageMenu,
    },
    // "1" = Français: the neutral greeting, the phone-safety note, the main menu.
    Step {
        line: "1",
        expect: Expect::Visits(&["welcome:route", "welcome:hello", "welcome:menu"]),
    },
    // Main menu, choice 1: the information menu.
    Step {
        line: "1",
        expect: Expect::Visits(&["needs:menu"]),
    },
    // An intent word instead of a number: the Afis calculator.
    Step {
        line: "afis ?",
        expect: Expect::Visits(&["pathway:afis-ask"]),
    },
    // Number input: two children.
    Step {
        line: "2",
        expect: Expect::Visits(&["pathway:afis-amount"]),
    },
    // Choice 1: talk to someone about money -> where?
    Step {
        line: "1",
        expect: Expect::Visits(&["talk:where"]),
    },
    // Place input: Gironde. The nearest association's card, then how soon an answer is wanted.
    Step {
        line: "33",
        expect: Expect::Visits(&["talk:found", "talk:card", "talk:urgency"]),
    },
    // Choice 1: today if possible; then the consent question.
    Step {
        line: "1",
        expect: Expect::Visits(&["talk:consent"]),
    },
    // A yes word.
    Step {
        line: "oui d'accord",
        expect: Expect::Visits(&["talk:message"]),
    },
    // Free text for the association: the handoff request.
    Step {
        line: "Je voudrais un rendez-vous cette semaine, le soir si possible",
        expect: Expect::Visits(&["talk:send"]),
    },
    // The quick-exit word.
    Step {
        line: "parapluie",
        expect: Expect::Erased,
    },
];

/// A runtime over a real sled store in a temp dir, and the interleaved traffic over it.
struct Traffic {
    runtime: Runtime,
    ids: Vec<String>,
    /// Index of the next message in the endless stream.
    cursor: usize,
    now: u64,
    _dir: TempDir,
}

impl Traffic {
    /// Builds the runtime, checks the script once, and primes every session to its offset.
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(
            dir.path(),
            Durability::Periodic,
            &Secret::new(vec![0x5a; 48]).expect("secret"),
        )
        .expect("sled store");
        let secret = Secret::new(vec![0x5a; 48]).expect("secret");
        let runtime = Runtime::new(
            Arc::new(start_engine()),
            store,
            secret,
            RuntimeSettings::default(),
        );
        let ids = (0..SESSIONS)
            .map(|i| format!("{}", 100_000_000 + i * 7919))
            .collect();
        let traffic = Self {
            runtime,
            ids,
            cursor: 0,
            now: now_secs(),
            _dir: dir,
        };
        traffic.verify_script();
        traffic.prime();
        traffic
    }

    fn send(&self, platform_id: &str, line: &str) -> Outcome {
        self.runtime
            .handle(
                CHANNEL,
                platform_id,
                Inbound::Text(line.to_owned()),
                self.now,
            )
            .expect("handled")
    }

    /// Walks the script twice with a separate person and checks every step did its real work
    /// (not a "not understood" reply): the nodes visited, the card, the handoff, the erasure.
    fn verify_script(&self) {
        let locales = &self.runtime.engine().content().locales;
        let failures: Vec<String> = ["not-understood", "input-place-invalid"]
            .iter()
            .map(|id| locales.format("fr", id, None).expect("engine message"))
            .collect();
        let languages = locales.all().len();
        for round in 0..2 {
            for (i, step) in SCRIPT.iter().enumerate() {
                let outcome = self.send("verify", step.line);
                let visited: Vec<String> =
                    outcome.visited.iter().map(ToString::to_string).collect();
                let context = format!(
                    "round {round}, step {} {:?}: {visited:?} {:#?}",
                    i + 1,
                    step.line,
                    outcome.replies
                );
                for reply in &outcome.replies {
                    if let Reply::Text(text) = reply {
                        assert!(!failures.contains(text), "{context}: a failure reply");
                    }
                }
                match step.expect {
                    Expect::Visits(nodes) => {
                        assert_eq!(visited, nodes, "{context}");
                        assert_eq!(outcome.lang, "fr", "{context}");
                        assert!(outcome.session.is_some(), "{context}");
                    }
                    Expect::LanguageMenu => {
                        assert!(visited.is_empty(), "{context}");
                        let menu = outcome.replies.iter().find_map(|r| match r {
                            Reply::Choices(items) => Some(items.len()),
                            _ => None,
                        });
                        assert_eq!(menu, Some(languages), "{context}: the language menu");
                        assert!(
                            outcome
                                .session
                                .as_ref()
                                .is_some_and(|s| s.choosing_language),
                            "{context}"
                        );
                    }
                    Expect::Erased => {
                        assert!(visited.is_empty(), "{context}");
                        assert!(outcome.session.is_none(), "{context}: session erased");
                        assert!(
                            outcome.replies.contains(&Reply::EraseConversation),
                            "{context}"
                        );
                    }
                }
                if step.line == "33" {
                    assert!(
                        outcome
                            .replies
                            .iter()
                            .any(|r| matches!(r, Reply::ContactCard(_))),
                        "{context}: a contact card"
                    );
                }
                if step.line.starts_with("Je voudrais") {
                    assert!(
                        matches!(outcome.handoff, Some(HandoffEvent::Open(_))),
                        "{context}: a handoff request"
                    );
                }
            }
            let who = self.runtime.pseudonym(CHANNEL, "verify");
            assert!(!self.runtime.has_session(&who, self.now).expect("store"));
        }
    }

    /// Session `s` runs steps `0 .. s % 11` so that, in round `r`, it does step `(r + s) % 11`.
    fn prime(&self) {
        for (s, id) in self.ids.iter().enumerate() {
            for step in &SCRIPT[..s % SCRIPT.len()] {
                self.send(id, step.line);
            }
        }
    }

    /// The next message of the stream: (session, step).
    fn next_message(&mut self) -> (usize, usize) {
        self.cursor += 1;
        message_at(self.cursor - 1)
    }

    /// Sends the next message; returns its step.
    fn step(&mut self) -> usize {
        let (session, step) = self.next_message();
        let outcome = self
            .runtime
            .handle(
                CHANNEL,
                &self.ids[session],
                Inbound::Text(SCRIPT[step].line.to_owned()),
                self.now,
            )
            .expect("handled");
        black_box(outcome);
        step
    }
}

/// Message `k` of the stream: (session, step).
fn message_at(k: usize) -> (usize, usize) {
    let session = k % SESSIONS;
    let round = k / SESSIONS;
    (session, (round + session) % SCRIPT.len())
}

/// What the binary does at start-up before it talks to anyone (main.rs, `start_runtime`).
fn start_engine() -> Engine {
    let files = ContentFiles::embedded();
    let report = check(&files);
    assert_eq!(
        report.errors(),
        0,
        "the bundled content has errors: {:#?}",
        report
            .diagnostics
            .iter()
            .filter(|d| d.is_error())
            .map(ToString::to_string)
            .collect::<Vec<_>>()
    );
    Engine::new(report.content)
}

fn bench_engine_store(c: &mut Criterion) {
    let mut traffic = Traffic::new();
    let mut group = c.benchmark_group("engine+store");
    group
        .throughput(Throughput::Elements(1))
        .warm_up_time(Duration::from_secs(2))
        .measurement_time(Duration::from_secs(8));
    group.bench_function("10000 sessions x 11 steps", |b| {
        b.iter(|| traffic.step());
    });
    group.finish();
}

fn bench_cold_start(c: &mut Criterion) {
    let mut group = c.benchmark_group("cold start");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    // Dropping the engine is not part of starting up.
    group.bench_function("embedded + check + Engine::new", |b| {
        b.iter_with_large_drop(|| {
            let files = ContentFiles::embedded();
            let report = check(black_box(&files));
            Engine::new(report.content)
        });
    });
    group.finish();
}

/// Nanosecond percentiles of sorted samples.
fn percentile(sorted: &[u64], per_mille: usize) -> u64 {
    sorted[(sorted.len() * per_mille / 1000).min(sorted.len() - 1)]
}

fn micros(ns: u64) -> String {
    format!("{:.1} µs", ns as f64 / 1000.0)
}

/// One full pass of 100,000 messages, each timed, after one untimed warm-up pass.
fn latency_pass(messages: usize) {
    let mut traffic = Traffic::new();
    for _ in 0..messages.min(PASS) {
        traffic.step();
    }
    let mut all = Vec::with_capacity(messages);
    let mut by_step: Vec<Vec<u64>> =
        vec![Vec::with_capacity(messages / SCRIPT.len() + 1); SCRIPT.len()];
    let started = Instant::now();
    for _ in 0..messages {
        let t = Instant::now();
        let step = traffic.step();
        let ns = t.elapsed().as_nanos() as u64;
        all.push(ns);
        by_step[step].push(ns);
    }
    let elapsed = started.elapsed();
    all.sort_unstable();
    println!();
    println!(
        "engine+store: {SESSIONS} sessions x {} steps ({messages} messages, one thread): {:.0} msg/s, \
         p50 {}, p99 {}, p99.9 {}, max {}",
        SCRIPT.len(),
        messages as f64 / elapsed.as_secs_f64(),
        micros(percentile(&all, 500)),
        micros(percentile(&all, 990)),
        micros(percentile(&all, 999)),
        micros(*all.last().expect("samples")),
    );
    println!("  per step (mean / p50 / p99):");
    for (i, samples) in by_step.iter_mut().enumerate() {
        samples.sort_unstable();
        let mean = samples.iter().sum::<u64>() / samples.len() as u64;
        println!(
            "    {:>2} {:<64} {:>9} {:>9} {:>9}",
            i + 1,
            format!("{:?}", SCRIPT[i].line),
            micros(mean),
            micros(percentile(samples, 500)),
            micros(percentile(samples, 990)),
        );
    }
    breakdown(&mut traffic, messages);
    sweep_live(&traffic);
}

/// The steps of `Runtime::handle_as` (src/runtime.rs), redone through the public API and timed
/// apart over one pass (the per-stripe lock and the debug event are left out).
fn breakdown(traffic: &mut Traffic, messages: usize) {
    let first = traffic.cursor;
    traffic.cursor += messages;
    let runtime = &traffic.runtime;
    let store = runtime.store();
    let ttl = RuntimeSettings::default().session_ttl_secs;
    let now = traffic.now;
    let mut times = [Duration::ZERO; 5];
    let mut counted = 0usize;
    let started = Instant::now();
    for k in first..first + messages {
        let (session, step) = message_at(k);
        let t0 = Instant::now();
        let who: Pseudonym = runtime.pseudonym(CHANNEL, &traffic.ids[session]);
        let t1 = Instant::now();
        let stored = store.load(&who, now, ttl).expect("load");
        let t2 = Instant::now();
        let outcome = runtime.engine().handle(
            stored.unwrap_or_default(),
            Inbound::Text(SCRIPT[step].line.to_owned()),
            now,
        );
        let t3 = Instant::now();
        match &outcome.session {
            Some(session) => store.save(&who, session).expect("save"),
            None => store.erase(&who).expect("erase"),
        }
        let t4 = Instant::now();
        for node in &outcome.visited {
            let key = CounterKey {
                day: now / 86_400,
                kind: "node".into(),
                name: node.to_string(),
                lang: outcome.lang.clone(),
            };
            store.count(&key, 1).expect("count");
            counted += 1;
        }
        let t5 = Instant::now();
        black_box(outcome);
        for (slot, (a, b)) in
            times
                .iter_mut()
                .zip([(t0, t1), (t1, t2), (t2, t3), (t3, t4), (t4, t5)])
        {
            *slot += b - a;
        }
    }
    let total = started.elapsed();
    let per = |d: Duration| d.as_nanos() as f64 / messages as f64 / 1000.0;
    println!(
        "  where one message's time goes (mean over {messages} messages, {:.1} µs in all):",
        per(total)
    );
    for (name, d) in [
        "Pseudonym::of (HMAC-SHA-256)",
        "Store::load (sled get + JSON decode)",
        "Engine::handle (pure)",
        "Store::save / erase (JSON encode + sled insert)",
        "counters (Store::count per visited node)",
    ]
    .iter()
    .zip(times)
    {
        println!(
            "    {name:<48} {:>6.2} µs  {:>4.1} %",
            per(d),
            100.0 * d.as_secs_f64() / total.as_secs_f64()
        );
    }
    println!(
        "    ({:.2} counter updates per message, {:.2} µs each)",
        counted as f64 / messages as f64,
        times[4].as_nanos() as f64 / counted.max(1) as f64 / 1000.0
    );

    // Pieces of the engine, alone.
    let engine = runtime.engine();
    let locales = &engine.content().locales;
    let n = 100_000u32;
    let t = Instant::now();
    for _ in 0..n {
        black_box(locales.format(black_box("fr"), black_box("pathway-intro-what"), None));
    }
    let format = t.elapsed() / n;
    let t = Instant::now();
    for _ in 0..n {
        black_box(locales.format(black_box("en"), black_box("pathway-intro-what"), None));
    }
    let format_en = t.elapsed() / n;
    let t = Instant::now();
    for i in 0..n {
        black_box(runtime.pseudonym(CHANNEL, black_box(&traffic.ids[i as usize % SESSIONS])));
    }
    let pseudonym = t.elapsed() / n;
    println!(
        "    Locales::format one message: fr {format:?}, en {format_en:?}; Pseudonym::of {pseudonym:?}"
    );
}

/// `Runtime::sweep` over a store that holds 10,000 live sessions (run at start-up and by the
/// periodic sweeper).
fn sweep_live(traffic: &Traffic) {
    let t = Instant::now();
    let erased = traffic.runtime.sweep(traffic.now).expect("sweep");
    let sweep = t.elapsed();
    println!(
        "  Runtime::sweep over {} live sessions: {sweep:?} ({erased} erased)",
        traffic.runtime.store().session_count()
    );
    // DESIGN.md: resident memory < 60 MB with 10,000 live sessions (this whole bench process,
    // criterion included, so an upper bound).
    if let Some(rss) = resident_memory_kib() {
        println!(
            "  resident memory with {} live sessions: {:.1} MB (whole bench process)",
            traffic.runtime.store().session_count(),
            rss as f64 / 1024.0
        );
    }
}

/// VmRSS of this process, from /proc (Linux).
fn resident_memory_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn main() {
    let bench_mode = std::env::args().any(|a| a == "--bench");
    let mut criterion = Criterion::default().configure_from_args();
    bench_engine_store(&mut criterion);
    bench_cold_start(&mut criterion);
    criterion.final_summary();
    // `cargo test --benches` runs this binary without `--bench`: a short smoke pass only.
    latency_pass(if bench_mode { PASS } else { 1_000 });
}
