//! Shared helpers for the integration tests: the built binary, a temp data directory, the
//! fixture content root, scripted runs with piped stdin, and a live child for kill tests.
//!
//! Each test file does `mod support;` and uses what it needs.

#![allow(dead_code)]

pub mod attacker;
#[cfg(feature = "matrix")]
pub mod matrix_history;
pub mod scan;
pub mod synapse;

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use passerelle::content::{Content, ContentFiles};
use passerelle::engine::Engine;
use tempfile::TempDir;

/// A 40-character secret for the tests (the binary needs at least 32 bytes).
pub const SECRET: &str = "passerelle-test-secret-0123456789-abcdef";

/// How long one scripted run may take before the test fails instead of hanging.
pub const RUN_TIMEOUT: Duration = Duration::from_secs(60);

/// How long a live child may take to print an expected line.
pub const WAIT_TIMEOUT: Duration = Duration::from_secs(30);

/// Environment variables the binary reads; removed from every child so that the developer's
/// shell cannot change what a test sees.
const CLEARED_ENV: &[&str] = &[
    "PASSERELLE_SECRET",
    "PASSERELLE_SECRET_FILE",
    "PASSERELLE_LOG",
    "PASSERELLE_DATA_DIR",
    "PASSERELLE_MATRIX_HOMESERVER",
    "TELOXIDE_TOKEN",
    "XDG_DATA_HOME",
    "RUST_LOG",
];

/// The engine over the content on disk (the repository's), loaded once per test binary;
/// panics on a content error.
pub fn bundled_engine() -> &'static Engine {
    static ENGINE: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
    ENGINE.get_or_init(|| {
        let files = ContentFiles::from_dir(&repo_root()).expect("content on disk");
        let (content, diagnostics) = Content::load(&files);
        assert!(
            diagnostics.iter().all(|d| !d.is_error()),
            "content errors: {diagnostics:#?}"
        );
        Engine::new(content)
    })
}

/// The binary cargo built for these tests.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_passerelle"))
}

/// The repository root.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The fixture content root stored in the repository (read-only use).
pub fn fixture_root() -> PathBuf {
    repo_root().join("tests/fixtures/content")
}

/// Copies a directory tree.
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("create {}: {e}", to.display()));
    for entry in std::fs::read_dir(from).unwrap_or_else(|e| panic!("read {}: {e}", from.display()))
    {
        let entry = entry.expect("directory entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("file type").is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target)
                .unwrap_or_else(|e| panic!("copy {}: {e}", entry.path().display()));
        }
    }
}

/// A fresh, writable copy of the fixture content, for tests that break it on purpose.
pub fn fixture_copy() -> TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_tree(&fixture_root(), dir.path());
    dir
}

/// Writes a file under a root, creating parent directories.
pub fn write_file(root: &Path, relative: &str, text: &str) {
    let path = root.join(relative);
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create parent");
    }
    std::fs::write(&path, text).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
}

/// Where the secret of a child comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretMode {
    /// `PASSERELLE_SECRET` set to [`SECRET`].
    Test,
    /// Neither `PASSERELLE_SECRET` nor `PASSERELLE_SECRET_FILE` set.
    Unset,
}

/// A clean command for the binary: cleared environment, the chosen secret, no arguments yet.
pub fn base_command(secret: SecretMode) -> Command {
    let mut command = Command::new(bin());
    for name in CLEARED_ENV {
        command.env_remove(name);
    }
    if secret == SecretMode::Test {
        command.env("PASSERELLE_SECRET", SECRET);
    }
    command
}

/// What a finished run printed.
#[derive(Debug)]
pub struct Run {
    /// The exit status.
    pub status: ExitStatus,
    /// Standard output, lossily decoded.
    pub stdout: String,
    /// Standard error, lossily decoded.
    pub stderr: String,
    /// Standard output as bytes.
    pub stdout_bytes: Vec<u8>,
    /// Standard error as bytes.
    pub stderr_bytes: Vec<u8>,
}

impl Run {
    /// The exit code (`None` when killed by a signal).
    pub fn code(&self) -> Option<i32> {
        self.status.code()
    }

    /// Panics with both streams unless the exit code is `code`.
    pub fn assert_code(&self, code: i32) -> &Self {
        assert_eq!(
            self.code(),
            Some(code),
            "expected exit code {code}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.stdout,
            self.stderr
        );
        self
    }

    /// Panics if the binary panicked.
    pub fn assert_no_panic(&self) -> &Self {
        assert!(
            !self.stderr.contains("panicked") && !self.stderr.contains("RUST_BACKTRACE"),
            "the binary panicked:\n{}",
            self.stderr
        );
        self
    }

    /// Standard output with Fluent's bidi isolation marks removed, for comparing sentences.
    pub fn text(&self) -> String {
        strip_isolates(&self.stdout)
    }

    /// Standard output's lines (isolation marks removed).
    pub fn lines(&self) -> Vec<String> {
        self.text().lines().map(str::to_owned).collect()
    }

    /// Standard error without ANSI colour sequences.
    pub fn stderr_plain(&self) -> String {
        strip_ansi(&self.stderr)
    }
}

/// Runs a command to the end with `stdin` piped in; fails the test after [`RUN_TIMEOUT`].
pub fn run_command(mut command: Command, stdin: &[u8]) -> Run {
    command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = command
        .spawn()
        .unwrap_or_else(|e| panic!("spawn {}: {e}", bin().display()));
    let mut input = child.stdin.take().expect("stdin piped");
    let data = stdin.to_vec();
    // Written from a thread so that a large input cannot dead-lock against a full stdout pipe.
    // The child may exit before reading everything (an operator error): ignore broken pipes.
    let writer = thread::spawn(move || {
        let _ = input.write_all(&data);
        drop(input);
    });
    let out = drain(child.stdout.take().expect("stdout piped"));
    let err = drain(child.stderr.take().expect("stderr piped"));
    let status = wait_with_deadline(&mut child, RUN_TIMEOUT);
    writer.join().expect("stdin writer");
    let stdout_bytes = out.join().expect("stdout reader");
    let stderr_bytes = err.join().expect("stderr reader");
    Run {
        status,
        stdout: String::from_utf8_lossy(&stdout_bytes).into_owned(),
        stderr: String::from_utf8_lossy(&stderr_bytes).into_owned(),
        stdout_bytes,
        stderr_bytes,
    }
}

fn drain(mut stream: impl Read + Send + 'static) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buffer = Vec::new();
        let _ = stream.read_to_end(&mut buffer);
        buffer
    })
}

fn wait_with_deadline(child: &mut Child, timeout: Duration) -> ExitStatus {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(status) = child.try_wait().expect("wait for the child") {
            return status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the binary did not finish within {timeout:?}: killed");
        }
        thread::sleep(Duration::from_millis(5));
    }
}

/// A temp directory holding one data directory, and the content the bot speaks from.
pub struct Bot {
    /// Owns everything; removed at the end of the test.
    pub tmp: TempDir,
    /// `<tmp>/data`, passed as `--data-dir`.
    pub data_dir: PathBuf,
    /// Passed as `--content` (the fixture by default; `None`: the bundled content).
    pub content: Option<PathBuf>,
    /// Where the secret comes from.
    pub secret: SecretMode,
}

impl Bot {
    /// A bot over the fixture content, with the test secret.
    pub fn new() -> Self {
        let tmp = tempfile::tempdir().expect("temp dir");
        let data_dir = tmp.path().join("data");
        Self {
            tmp,
            data_dir,
            content: Some(fixture_root()),
            secret: SecretMode::Test,
        }
    }

    /// A bot over the bundled content.
    pub fn bundled() -> Self {
        Self {
            content: None,
            ..Self::new()
        }
    }

    /// The same, with no secret in the environment.
    pub fn without_secret(self) -> Self {
        Self {
            secret: SecretMode::Unset,
            ..self
        }
    }

    /// The binary with `--data-dir`, `--content` (if any) and then `args`.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = base_command(self.secret);
        command.arg("--data-dir").arg(&self.data_dir);
        if let Some(content) = &self.content {
            command.arg("--content").arg(content);
        }
        command.args(args);
        command
    }

    /// Runs `args` with raw bytes on stdin.
    pub fn run_bytes(&self, args: &[&str], stdin: &[u8]) -> Run {
        run_command(self.command(args), stdin)
    }

    /// Runs `args` with `stdin` piped in.
    pub fn run(&self, args: &[&str], stdin: &str) -> Run {
        self.run_bytes(args, stdin.as_bytes())
    }

    /// `chat` with the given lines typed, one message each, then end of input.
    pub fn chat(&self, extra: &[&str], lines: &[&str]) -> Run {
        let mut args = vec!["chat"];
        args.extend_from_slice(extra);
        self.run(&args, &script(lines))
    }

    /// Like [`Bot::chat`], with the environment variable set.
    pub fn chat_with_env(&self, extra: &[&str], lines: &[&str], env: &[(&str, &str)]) -> Run {
        let mut args = vec!["chat"];
        args.extend_from_slice(extra);
        let mut command = self.command(&args);
        for (name, value) in env {
            command.env(name, value);
        }
        run_command(command, script(lines).as_bytes())
    }

    /// Starts `chat` and keeps stdin open, for tests that kill it.
    pub fn spawn_chat(&self, extra: &[&str]) -> Live {
        let mut args = vec!["chat"];
        args.extend_from_slice(extra);
        Live::spawn(self.command(&args))
    }
}

impl Default for Bot {
    fn default() -> Self {
        Self::new()
    }
}

/// Lines joined with `\n`, with a final newline.
pub fn script(lines: &[&str]) -> String {
    let mut out = String::new();
    for line in lines {
        out.push_str(line);
        out.push('\n');
    }
    out
}

/// A running child with stdin kept open; stdout is read line by line by a thread.
pub struct Live {
    child: Child,
    stdin: Option<ChildStdin>,
    lines: Receiver<String>,
    stderr: Arc<Mutex<Vec<u8>>>,
    /// Every stdout line seen so far.
    pub seen: Vec<String>,
}

impl Live {
    fn spawn(mut command: Command) -> Self {
        command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let mut child = command.spawn().expect("spawn the binary");
        let stdin = child.stdin.take();
        let stdout = child.stdout.take().expect("stdout piped");
        let (sender, lines) = mpsc::channel();
        thread::spawn(move || {
            let reader = BufReader::new(stdout);
            for line in reader.split(b'\n') {
                let Ok(line) = line else { break };
                let text = strip_isolates(&String::from_utf8_lossy(&line));
                if sender.send(text).is_err() {
                    break;
                }
            }
        });
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&stderr);
        let mut err = child.stderr.take().expect("stderr piped");
        thread::spawn(move || {
            let mut buffer = [0u8; 4096];
            loop {
                match err.read(&mut buffer) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => sink
                        .lock()
                        .expect("stderr sink")
                        .extend_from_slice(&buffer[..n]),
                }
            }
        });
        Self {
            child,
            stdin,
            lines,
            stderr,
            seen: Vec::new(),
        }
    }

    /// Types one line.
    pub fn send(&mut self, line: &str) {
        let stdin = self.stdin.as_mut().expect("stdin still open");
        writeln!(stdin, "{line}").expect("write to the child's stdin");
        stdin.flush().expect("flush the child's stdin");
    }

    /// Reads stdout lines until one contains `needle`; returns the lines read (that one
    /// included). Fails the test after [`WAIT_TIMEOUT`] or if stdout closes first.
    pub fn wait_for(&mut self, needle: &str) -> Vec<String> {
        self.wait_for_any(&[needle])
    }

    /// Reads stdout lines until one contains any of `needles`; returns the lines read.
    pub fn wait_for_any(&mut self, needles: &[&str]) -> Vec<String> {
        let deadline = Instant::now() + WAIT_TIMEOUT;
        let mut got = Vec::new();
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) => {
                    self.seen.push(line.clone());
                    let found = needles.iter().any(|n| line.contains(n));
                    got.push(line);
                    if found {
                        return got;
                    }
                }
                Err(RecvTimeoutError::Timeout) => {
                    let _ = self.child.kill();
                    panic!(
                        "{needles:?} did not appear within {WAIT_TIMEOUT:?}; read so far: {got:#?}\nstderr: {}",
                        self.stderr()
                    );
                }
                Err(RecvTimeoutError::Disconnected) => {
                    let status = self.child.wait().ok();
                    panic!(
                        "stdout closed before {needles:?} appeared (status {status:?}); read: {got:#?}\nstderr: {}",
                        self.stderr()
                    );
                }
            }
        }
    }

    /// What the child wrote on stderr so far.
    pub fn stderr(&self) -> String {
        String::from_utf8_lossy(&self.stderr.lock().expect("stderr sink")).into_owned()
    }

    /// SIGKILL, then reap.
    pub fn kill(mut self) -> ExitStatus {
        self.child.kill().expect("kill the child");
        self.child.wait().expect("reap the child")
    }

    /// Closes stdin (end of input) and waits for the exit; returns the remaining stdout lines.
    pub fn finish(mut self) -> (ExitStatus, Vec<String>, String) {
        drop(self.stdin.take());
        let status = wait_with_deadline(&mut self.child, RUN_TIMEOUT);
        let mut rest = Vec::new();
        while let Ok(line) = self.lines.recv_timeout(WAIT_TIMEOUT) {
            rest.push(line);
        }
        let stderr = self.stderr();
        (status, rest, stderr)
    }
}

/// Removes Fluent's bidi isolation marks (U+2068, U+2069).
pub fn strip_isolates(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, '\u{2068}' | '\u{2069}'))
        .collect()
}

/// Removes ANSI escape sequences (`ESC [ … letter`).
pub fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' && chars.peek() == Some(&'[') {
            chars.next();
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Panics unless every needle appears in `haystack`, each after the previous one.
#[track_caller]
pub fn assert_in_order(haystack: &str, needles: &[&str]) {
    let mut from = 0;
    for needle in needles {
        match haystack[from..].find(needle) {
            Some(at) => from += at + needle.len(),
            None => panic!(
                "`{needle}` not found (in this order: {needles:?}) after byte {from} of:\n{haystack}"
            ),
        }
    }
}

/// How many times `needle` occurs.
pub fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

/// Every regular file under a directory, recursively.
pub fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            match entry.file_type() {
                Ok(t) if t.is_dir() => stack.push(path),
                Ok(t) if t.is_file() => out.push(path),
                _ => {}
            }
        }
    }
    out.sort();
    out
}

/// Sentences of the fixture content (tests/fixtures/content), as the console prints them.
pub mod fixture_text {
    pub const LANG_PROMPT: &str = "Choisissez votre langue. · Choose your language.";
    pub const EN_HELLO: &str = "Hello from the fixture.";
    pub const EN_MENU_CHOICES: [&str; 4] = [
        "  1. Count the pupils",
        "  2. [talk] Talk to someone",
        "  3. Urgent help",
        "  4. Goodbye",
    ];
    pub const EN_ASK_COUNT: &str = "How many pupils?";
    /// The count question's way back, a button that typing a number does not pick.
    pub const EN_COUNT_BACK: &str = "  - Back to the menu";
}

/// Every log line of this test binary, once [`capture_logs`] installed the subscriber.
static CAPTURED_LOGS: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// Where the subscriber writes: the shared buffer.
struct LogSink;

impl Write for LogSink {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        CAPTURED_LOGS
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Sends this test binary's logs (with `filter`, the first call's) to a buffer that forensic
/// checks scan; returns the buffer.
pub fn capture_logs(filter: &str) -> &'static Mutex<Vec<u8>> {
    static INSTALLED: std::sync::Once = std::sync::Once::new();
    INSTALLED.call_once(|| {
        let _ = tracing_subscriber::fmt()
            .with_env_filter(filter)
            .with_writer(|| LogSink)
            .with_ansi(false)
            .try_init();
    });
    &CAPTURED_LOGS
}
