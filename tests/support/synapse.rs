//! A real Synapse homeserver for the Matrix tests: installed from PyPI into a virtualenv under
//! `target/synapse/venv` (kept between runs), configured for loopback (SQLite, shared-secret
//! registration, rate limits raised, no key servers), started in a temp directory and stopped
//! when dropped.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::repo_root;

/// The shared secret for registering users.
const SHARED_SECRET: &str = "passerelle-test-registration-secret";

/// A running homeserver.
pub struct Synapse {
    /// Its client-server API address.
    pub url: String,
    /// Its server name (`@user:<name>`).
    pub server_name: String,
    dir: tempfile::TempDir,
    child: Child,
    venv: PathBuf,
}

fn venv() -> PathBuf {
    repo_root().join("target/synapse/venv")
}

/// Installs Synapse once: a lock file keeps tests running at the same time (threads or test
/// binaries) from installing it together.
fn install() -> PathBuf {
    let venv = venv();
    let python = venv.join("bin/python");
    let marker = venv.join(".installed");
    let parent = venv.parent().expect("target dir");
    std::fs::create_dir_all(parent).expect("target/synapse");
    let lock = std::fs::File::create(parent.join(".install-lock")).expect("lock file");
    lock.lock().expect("install lock");
    if marker.exists() {
        return venv;
    }
    // A half-made virtualenv from an interrupted run is made again.
    let _ = std::fs::remove_dir_all(&venv);
    let status = Command::new("python3")
        .args(["-m", "venv"])
        .arg(&venv)
        .status()
        .expect("python3 -m venv");
    assert!(status.success(), "could not create the Synapse virtualenv");
    let status = Command::new(venv.join("bin/pip"))
        .args(["install", "--quiet", "matrix-synapse"])
        .status()
        .expect("pip install matrix-synapse");
    assert!(
        status.success(),
        "could not install matrix-synapse from PyPI"
    );
    assert!(python.exists());
    std::fs::write(&marker, b"ok").expect("marker");
    venv
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .expect("free port")
        .local_addr()
        .expect("address")
        .port()
}

impl Synapse {
    /// Starts a fresh homeserver (about 3 s, plus the first install).
    pub fn start() -> Self {
        let venv = install();
        let python = venv.join("bin/python");
        let dir = tempfile::tempdir().expect("synapse dir");
        let config = dir.path().join("homeserver.yaml");
        let server_name = "localhost".to_owned();
        let generated = Command::new(&python)
            .args([
                "-m",
                "synapse.app.homeserver",
                "--server-name",
                &server_name,
                "--config-path",
            ])
            .arg(&config)
            .arg("--data-directory")
            .arg(dir.path())
            .args(["--generate-config", "--report-stats=no"])
            .stdout(Stdio::null())
            .status()
            .expect("generate config");
        assert!(generated.success());
        let port = free_port();
        write_config(dir.path(), &config, &server_name, port);
        let log = std::fs::File::create(dir.path().join("stdout.log")).expect("log file");
        // Synapse writes its log where it runs: in its own directory, not the repository.
        let child = Command::new(&python)
            .current_dir(dir.path())
            .args(["-m", "synapse.app.homeserver", "--config-path"])
            .arg(&config)
            .stdout(log.try_clone().expect("log"))
            .stderr(log)
            .spawn()
            .expect("synapse starts");
        let url = format!("http://127.0.0.1:{port}");
        let synapse = Self {
            url,
            server_name,
            dir,
            child,
            venv,
        };
        synapse.wait_ready();
        synapse
    }

    fn wait_ready(&self) {
        let start = Instant::now();
        let address = self.url.trim_start_matches("http://").to_owned();
        loop {
            if let Ok(mut stream) = std::net::TcpStream::connect(&address) {
                use std::io::{Read, Write};
                let _ = write!(
                    stream,
                    "GET /_matrix/client/versions HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                );
                let mut answer = String::new();
                let _ = stream.read_to_string(&mut answer);
                if answer.starts_with("HTTP/1.1 200") {
                    return;
                }
            }
            assert!(
                start.elapsed() < Duration::from_secs(90),
                "Synapse did not start: {}",
                std::fs::read_to_string(self.dir.path().join("stdout.log")).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Registers a user with the shared secret; returns the full user id.
    pub fn register(&self, user: &str, password: &str) -> String {
        let status = Command::new(self.venv.join("bin/register_new_matrix_user"))
            .current_dir(self.dir.path())
            .args([
                "-u",
                user,
                "-p",
                password,
                "--no-admin",
                "-k",
                SHARED_SECRET,
                &self.url,
            ])
            .stdout(Stdio::null())
            .status()
            .expect("register_new_matrix_user");
        assert!(status.success(), "could not register {user}");
        format!("@{user}:{}", self.server_name)
    }

    /// The homeserver's own directory (database, media).
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for Synapse {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A loopback configuration: the generated keys and log config, our listener and limits.
fn write_config(dir: &Path, config: &Path, server_name: &str, port: u16) {
    let limit = "{per_second: 1000, burst_count: 1000}";
    let text = format!(
        r#"server_name: "{server_name}"
pid_file: {dir}/homeserver.pid
listeners:
  - port: {port}
    bind_addresses: ['127.0.0.1']
    type: http
    tls: false
    x_forwarded: false
    resources:
      - names: [client]
        compress: false
database:
  name: sqlite3
  args:
    database: {dir}/homeserver.db
log_config: "{dir}/{server_name}.log.config"
media_store_path: {dir}/media_store
registration_shared_secret: "{SHARED_SECRET}"
report_stats: false
macaroon_secret_key: "passerelle-test-macaroon"
form_secret: "passerelle-test-form"
signing_key_path: "{dir}/{server_name}.signing.key"
trusted_key_servers: []
suppress_key_server_warning: true
enable_registration: false
rc_message: {limit}
rc_registration: {limit}
rc_login:
  address: {limit}
  account: {limit}
  failed_attempts: {limit}
rc_joins:
  local: {limit}
  remote: {limit}
rc_joins_per_room: {limit}
rc_invites:
  per_room: {limit}
  per_user: {limit}
  per_issuer: {limit}
rc_admin_redaction: {limit}
rc_3pid_validation: {limit}
rc_key_requests: {limit}
rc_delayed_event_mgmt: {limit}
rc_room_creation: {limit}
rc_media_create: {limit}
"#,
        dir = dir.display()
    );
    std::fs::write(config, text).expect("write config");
}
