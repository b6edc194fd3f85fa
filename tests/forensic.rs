//! The forensic test of DESIGN.md (P1, with P2 and P6): conversations with canary platform ids
//! and canary texts, then every byte of the data directory and of the captured logs is scanned.
//! No canary may appear, in clear, lower or upper case, or hex-encoded.
//!
//! (a) in-process: `Runtime` + `Store` + `Engine` over the fixture content, with a TRACE
//!     `tracing` subscriber writing into a buffer;
//! (b) the real binary with every crate at TRACE (`PASSERELLE_LOG=trace,passerelle=trace`),
//!     stderr captured.
//!
//! Each run also proves it is not vacuous: the data directory holds the store's files, the
//! sessions were written (a new runtime or run resumes at the same node), the canary text did
//! reach the handoff, and the logs are not empty.

mod support;

use std::io::Write;
use std::path::Path;
use std::sync::{Arc, Mutex};

use passerelle::check::check;
use passerelle::content::ContentFiles;
use passerelle::engine::{Engine, HandoffEvent, Inbound, Outcome, Reply};
use passerelle::privacy::Secret;
use passerelle::runtime::{Runtime, RuntimeSettings};
use passerelle::store::{Durability, Store};
use support::attacker::{attack, pseudonym_traces};
use support::scan::{found_in, hex, scan_dir};
use support::{Bot, fixture_root};

// ----- canaries ----------------------------------------------------------------------------

const ID_CONSOLE: &str = "canary-id-7f3a91";
const ID_TELEGRAM: &str = "canary-tg-5e6f70";
const ID_MATRIX: &str = "@canary-mx-2d4e:example.org";
const TEXT: &str = "CANARY-TEXT-1b2c3d";
const HANDOFF_TEXT: &str = "CANARY-MSG-9a8b7c";
const PLACE: &str = "Canaryville-sur-Mer-3c4d5e";
const LAT: f64 = 44.841_234_5;
const LON: f64 = -0.581_234_5;

/// The byte strings that must never be found, with what each stands for.
fn canaries(extra: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = [
        ID_CONSOLE,
        ID_TELEGRAM,
        ID_MATRIX,
        TEXT,
        HANDOFF_TEXT,
        PLACE,
    ]
    .iter()
    .map(|s| (*s).to_owned())
    .collect();
    // The precise location, as a program would print it (P6).
    out.push("44.84123".to_owned());
    out.push("0.58123".to_owned());
    out.extend(extra.iter().map(|s| (*s).to_owned()));
    out
}

#[test]
fn the_scanner_finds_canaries_in_every_form_it_looks_for() {
    // A positive control: the scanner must see what the real scans assert is absent.
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("a/b")).unwrap();
    std::fs::write(dir.path().join("a/b/raw"), b"\x00\x01canary-id-7f3a91\xff").unwrap();
    std::fs::write(dir.path().join("a/lower"), b"xx canary-text-1b2c3d yy").unwrap();
    std::fs::write(dir.path().join("hex"), hex(HANDOFF_TEXT.as_bytes(), false)).unwrap();
    std::fs::write(dir.path().join("HEX"), hex(PLACE.as_bytes(), true)).unwrap();
    std::fs::write(dir.path().join("clean"), b"nothing to see").unwrap();
    let (found, files, _) = scan_dir(dir.path(), &canaries(&[]));
    assert_eq!(files, 5);
    let joined = found.join("\n");
    assert!(
        joined.contains("\"canary-id-7f3a91\" (as typed)"),
        "{joined}"
    );
    assert!(
        joined.contains("\"CANARY-TEXT-1b2c3d\" (lower case)"),
        "{joined}"
    );
    assert!(joined.contains("\"CANARY-MSG-9a8b7c\" (hex)"), "{joined}");
    assert!(
        joined.contains("\"Canaryville-sur-Mer-3c4d5e\" (HEX)"),
        "{joined}"
    );
    assert!(!joined.contains("clean"), "{joined}");
}

// ----- (a) in-process ----------------------------------------------------------------------

/// A writer into a shared buffer, for the tracing subscriber.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().expect("log buffer").extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    fn bytes(&self) -> Vec<u8> {
        self.0.lock().expect("log buffer").clone()
    }
}

fn fixture_engine() -> Arc<Engine> {
    let files = ContentFiles::from_dir(&fixture_root()).expect("fixture content");
    let report = check(&files);
    assert_eq!(report.errors(), 0, "the fixture content checks clean");
    Arc::new(Engine::new(report.content))
}

fn secret() -> Secret {
    Secret::new(support::SECRET.as_bytes().to_vec()).expect("a 40-byte secret")
}

fn runtime(engine: &Arc<Engine>, data_dir: &Path, secret: Secret) -> Runtime {
    let store = Store::open(data_dir, Durability::EveryWrite, &secret).expect("open the store");
    Runtime::new(
        Arc::clone(engine),
        store,
        secret,
        RuntimeSettings::default(),
    )
}

fn texts(outcome: &Outcome) -> Vec<String> {
    outcome
        .replies
        .iter()
        .filter_map(|r| match r {
            Reply::Text(t) => Some(support::strip_isolates(t)),
            _ => None,
        })
        .collect()
}

const NOW: u64 = 1_780_000_000;

#[test]
fn in_process_no_canary_reaches_the_store_or_the_logs() {
    let engine = fixture_engine();
    let tmp = tempfile::tempdir().unwrap();
    let data_dir = tmp.path().join("data");
    let logs = Captured::default();
    let writer = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();

    let mut handoff_message = None;
    tracing::subscriber::with_default(subscriber, || {
        let rt = runtime(&engine, &data_dir, secret());
        let mut at = NOW;
        let mut say = |channel: &str, id: &str, inbound: Inbound| {
            at += 7;
            rt.handle(channel, id, inbound, at).expect("handled")
        };
        let text = |s: &str| Inbound::Text(s.to_owned());

        // Telegram-like: all the way to a handoff with a canary message.
        say("telegram", ID_TELEGRAM, text("/start"));
        say("telegram", ID_TELEGRAM, text("2"));
        let out = say("telegram", ID_TELEGRAM, text(TEXT));
        assert!(
            texts(&out).contains(&"Not understood (fixture).".to_owned()),
            "{out:?}"
        );
        say("telegram", ID_TELEGRAM, text("2"));
        say("telegram", ID_TELEGRAM, text("1"));
        let out = say("telegram", ID_TELEGRAM, text(PLACE));
        assert_eq!(
            texts(&out),
            vec!["Unknown place."],
            "the canary place is refused"
        );
        let out = say(
            "telegram",
            ID_TELEGRAM,
            Inbound::Location { lat: LAT, lon: LON },
        );
        assert!(
            texts(&out).contains(&"Département chosen: Gironde.".to_owned()),
            "{out:?}"
        );
        say("telegram", ID_TELEGRAM, text("yes"));
        let out = say(
            "telegram",
            ID_TELEGRAM,
            text(&format!("{HANDOFF_TEXT} my name is {TEXT}")),
        );
        handoff_message = match &out.handoff {
            Some(HandoffEvent::Open(request)) => Some(request.message.clone()),
            _ => None,
        };

        // Matrix-like: left waiting at the place input after a canary place.
        say("matrix", ID_MATRIX, text("/start l-en"));
        say("matrix", ID_MATRIX, text("2"));
        say("matrix", ID_MATRIX, text("1"));
        say("matrix", ID_MATRIX, text(PLACE));

        // Console-like: left at the number input after canary text.
        say("console", ID_CONSOLE, text("/start"));
        say("console", ID_CONSOLE, text("English"));
        say("console", ID_CONSOLE, text("1"));
        say("console", ID_CONSOLE, text(TEXT));

        assert_eq!(rt.store().session_count(), 3, "three live sessions");
        rt.store().flush().expect("flush");
    });

    // The canary did reach the engine: the handoff carried it (to be relayed, never stored).
    assert_eq!(
        handoff_message,
        Some(Some(format!("{HANDOFF_TEXT} my name is {TEXT}"))),
        "the canary message reached the handoff request"
    );

    // Not vacuous: the store is on disk, the logs were written at TRACE level.
    let (found, files, bytes) = scan_dir(&data_dir, &canaries(&[support::SECRET]));
    assert!(
        files >= 2 && bytes > 0,
        "the data directory holds the store: {files} files, {bytes} bytes"
    );
    assert!(data_dir.join("store").is_dir());
    let log_bytes = logs.bytes();
    let log_text = String::from_utf8_lossy(&log_bytes);
    assert!(
        log_text.contains("handled"),
        "the runtime logged at debug level:\n{log_text}"
    );
    assert!(log_text.contains("DEBUG"), "{log_text}");

    // The verdict.
    let mut leaks = found;
    leaks.extend(found_in(
        &log_bytes,
        &canaries(&[support::SECRET]),
        "the logs",
    ));
    assert!(
        leaks.is_empty(),
        "canaries leaked:\n{}\n--- logs ---\n{log_text}",
        leaks.join("\n")
    );

    // The sessions really were written: a new runtime over the same directory resumes them.
    let rt = runtime(&engine, &data_dir, secret());
    let who = rt.pseudonym("matrix", ID_MATRIX);
    assert!(rt.has_session(&who, NOW + 1000).unwrap());
    let out = rt
        .handle("matrix", ID_MATRIX, Inbound::Resume, NOW + 1000)
        .unwrap();
    assert_eq!(
        texts(&out),
        vec!["Which département?"],
        "resumes at the place input"
    );
    let out = rt
        .handle("console", ID_CONSOLE, Inbound::Resume, NOW + 1000)
        .unwrap();
    assert_eq!(
        texts(&out),
        vec!["How many pupils?"],
        "resumes at the number input"
    );
    drop(rt);

    // P2: the sessions are keyed under the secret: another secret finds none of them.
    let other = Secret::new(vec![0x42; 40]).unwrap();
    let rt = runtime(&engine, &data_dir, other);
    let who = rt.pseudonym("matrix", ID_MATRIX);
    assert!(
        !rt.has_session(&who, NOW + 1000).unwrap(),
        "a session found without the secret"
    );
    drop(rt);

    // P8: the three conversations end, each its own way (the quick exit, /stop, /forget), then
    // expire. The attacker, holding the secret, opens nothing they told and, once they have
    // expired, nothing at all, and finds no one's pseudonym.
    let rt = runtime(&engine, &data_dir, secret());
    // While they live, the attacker reads them: the attack is real.
    let live = attack(&data_dir, &secret());
    assert!(
        live.iter().any(|r| r.plain.contains("\"dept\":\"33\"")),
        "{live:#?}"
    );
    let then = NOW + 1100;
    for (channel, id, word) in [
        ("console", ID_CONSOLE, "/exit"),
        ("matrix", ID_MATRIX, "/stop"),
        ("telegram", ID_TELEGRAM, "/forget"),
    ] {
        rt.handle(channel, id, Inbound::Text(word.to_owned()), then)
            .unwrap();
    }
    rt.store().flush().unwrap();
    let people = [
        ("console", ID_CONSOLE),
        ("matrix", ID_MATRIX),
        ("telegram", ID_TELEGRAM),
    ];
    for record in attack(&data_dir, &secret()) {
        for told in ["\"dept\":\"", "\"vars\":{\"", "\"at\":{"] {
            assert!(!record.plain.contains(told), "{told}: {record:#?}");
        }
    }
    assert!(pseudonym_traces(&data_dir, &secret(), "console", ID_CONSOLE).is_empty());
    assert!(
        rt.sweep(then + 2 * 86_400).unwrap() >= 2,
        "the others expire"
    );
    rt.store().flush().unwrap();
    let opened = attack(&data_dir, &secret());
    assert!(opened.is_empty(), "{opened:#?}");
    for (channel, id) in people {
        let traces = pseudonym_traces(&data_dir, &secret(), channel, id);
        assert!(traces.is_empty(), "{traces:?}");
    }
}

#[test]
fn in_process_a_campaign_code_typed_by_the_person_is_not_stored_verbatim() {
    // A deep-link payload is text from outside: anyone can type `/start c-<anything>` (or craft
    // a link for one person). Stored verbatim as a counter key, a unique code marks that
    // person's visit on disk (P1, P5: only aggregate counters).
    let engine = fixture_engine();
    let tmp = tempfile::tempdir().unwrap();
    let data_dir = tmp.path().join("data");
    let code = "canary5f6e7d8c";
    {
        let rt = runtime(&engine, &data_dir, secret());
        let out = rt
            .handle(
                "telegram",
                ID_TELEGRAM,
                Inbound::Text(format!("/start l-en_c-{code}")),
                NOW,
            )
            .unwrap();
        assert!(
            texts(&out).contains(&"Hello from the fixture.".to_owned()),
            "{out:?}"
        );
        assert_eq!(out.campaign.as_deref(), Some(code), "the payload was read");
        rt.store().flush().unwrap();
    }
    let (found, files, _) = scan_dir(&data_dir, &canaries(&[code]));
    assert!(files >= 2);
    assert!(
        found.is_empty(),
        "a person-typed campaign code is on disk:\n{}",
        found.join("\n")
    );
}

// ----- (b) the real binary -----------------------------------------------------------------

#[test]
fn binary_no_canary_reaches_the_data_dir_or_the_logs() {
    let bot = Bot::new();
    // A full filter (not a bare level): every crate at TRACE, the store's included.
    let trace = [("PASSERELLE_LOG", "trace,passerelle=trace")];
    let user = ["--user", ID_CONSOLE];
    let mut stderr = Vec::new();

    // All the way to a handoff with canary texts.
    let run = bot.chat_with_env(
        &user,
        &[
            "2",
            TEXT,
            "2",
            "1",
            PLACE,
            "33",
            "yes",
            &format!("{HANDOFF_TEXT} my name is {TEXT}"),
        ],
        &trace,
    );
    run.assert_code(0).assert_no_panic();
    assert!(
        run.text().contains("Unknown place."),
        "the canary place was refused:\n{}",
        run.text()
    );
    assert!(
        run.text()
            .contains("does not receive requests through this service yet"),
        "the canary message reached the handoff (the terminal's fallback):\n{}",
        run.text()
    );
    stderr.extend_from_slice(&run.stderr_bytes);

    // Then left waiting at the place input, after typing canaries again.
    let run = bot.chat_with_env(&user, &["2", "1", PLACE, TEXT], &trace);
    run.assert_code(0).assert_no_panic();
    stderr.extend_from_slice(&run.stderr_bytes);

    // Not vacuous: the next run resumes there, so the session is on disk.
    let run = bot.chat_with_env(&user, &[], &trace);
    run.assert_code(0).assert_no_panic();
    assert_eq!(
        run.lines(),
        vec!["Which département?", "  - Urgent help"],
        "resumes at the place input"
    );
    stderr.extend_from_slice(&run.stderr_bytes);

    let (found, files, bytes) = scan_dir(&bot.data_dir, &canaries(&[support::SECRET]));
    assert!(
        files >= 2 && bytes > 0,
        "the data directory holds the store: {files} files, {bytes} bytes"
    );
    let log_text = support::strip_ansi(&String::from_utf8_lossy(&stderr));
    assert!(
        log_text.contains("handled"),
        "the runtime logged at debug level:\n{log_text}"
    );
    assert!(
        log_text.contains("TRACE"),
        "trace level was captured:\n{log_text}"
    );

    let mut leaks = found;
    leaks.extend(found_in(&stderr, &canaries(&[support::SECRET]), "stderr"));
    leaks.extend(found_in(
        log_text.as_bytes(),
        &canaries(&[support::SECRET]),
        "stderr without colours",
    ));
    assert!(leaks.is_empty(), "canaries leaked:\n{}", leaks.join("\n"));
}

#[test]
fn binary_the_secret_file_never_lands_in_the_data_dir() {
    // P2 with PASSERELLE_SECRET_FILE: the secret is read from outside, not copied in.
    let bot = Bot::new().without_secret();
    let secret_file = bot.tmp.path().join("secret.txt");
    let secret = "file-secret-canary-0123456789abcdef0123456789";
    std::fs::write(&secret_file, format!("{secret}\n")).unwrap();
    let run = bot.chat_with_env(
        &["--user", ID_CONSOLE],
        &["2", "1"],
        &[
            ("PASSERELLE_SECRET_FILE", secret_file.to_str().unwrap()),
            ("PASSERELLE_LOG", "trace,passerelle=trace"),
        ],
    );
    run.assert_code(0).assert_no_panic();
    assert!(
        !bot.data_dir.join("generated-secret").exists(),
        "no secret generated when one is given"
    );
    let (found, files, _) = scan_dir(&bot.data_dir, &canaries(&[secret]));
    assert!(files >= 2);
    let mut leaks = found;
    leaks.extend(found_in(&run.stderr_bytes, &canaries(&[secret]), "stderr"));
    assert!(leaks.is_empty(), "leaked:\n{}", leaks.join("\n"));
    // And the session is keyed under that secret: the same file resumes it.
    let again = bot.chat_with_env(
        &["--user", ID_CONSOLE],
        &[],
        &[("PASSERELLE_SECRET_FILE", secret_file.to_str().unwrap())],
    );
    assert_eq!(
        again.lines(),
        vec!["How many pupils?", "  - Back to the menu"]
    );
}
