//! The `passerelle` command: chat in the terminal, check content, serve channels, purge sessions.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use clap::{Parser, Subcommand};
use tracing_subscriber::EnvFilter;

use passerelle::channel::console::{self, ConsoleOptions};
use passerelle::check::{Report, check, check_invariants, check_on};
use passerelle::config::Config;
use passerelle::content::ContentFiles;
use passerelle::directory::{Desk, MapRequest, map_svg, operator_table};
use passerelle::engine::Audience;
use passerelle::engine::Engine;
use passerelle::flow::{Input, NodeRef};
use passerelle::handoff::{Covers, DeskChannel, Desks, Hub};
use passerelle::kit::poster::{Fonts, PosterRequest, poster_png, poster_svg};
use passerelle::kit::qr::{qr_png, qr_svg};
use passerelle::kit::{
    BotNames, ContactLink, KitChannel, KitError, LinkRequest, contact_link, output_paths,
};
use passerelle::locale::ReviewKind;
use passerelle::runtime::UNLISTED_CAMPAIGN;

/// The printed width of a QR code from `link --out` (4 cm: readable across a table).
const QR_PRINT_MM: f32 = 40.0;
/// The side of its PNG.
const QR_PNG_SIDE: u32 = 600;
use passerelle::pictogram::{BoardCell, board, contact_sheet, encode_png, render_with_fonts};
use passerelle::privacy::{SecretSource, load_secret};
use passerelle::runtime::{Runtime, now_secs};
use passerelle::store::{Durability, Store, StoreError};

/// Anonymous outreach and prevention chat bot.
#[derive(Parser)]
#[command(name = "passerelle", version, about)]
struct Cli {
    /// Settings file (TOML); without it, the embedded default is used.
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    /// Where sessions and counters are kept (overrides the config file).
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// Content root holding flows/, locales/, directory/, pictograms/ (default: bundled).
    #[arg(long, global = true, value_name = "DIR")]
    content: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Talk to the bot in this terminal (the default command).
    Chat {
        /// Use this language without asking (fr, en, …).
        #[arg(long, value_name = "LANG")]
        lang: Option<String>,
        /// The local name the conversation is kept under (through a pseudonym).
        #[arg(long, default_value = "console", hide = true)]
        user: String,
    },
    /// Check the content files and report every problem with file and line.
    Check {
        /// Content root to check (default: the bundled content, or --content).
        #[arg(long, value_name = "DIR")]
        root: Option<PathBuf>,
        /// Age the directory's verified contacts as of this day (default: today).
        #[arg(long, value_name = "YYYY-MM-DD")]
        today: Option<jiff::civil::Date>,
    },
    /// Run the configured channels (Telegram, Matrix).
    Serve,
    /// Erase every session and every handoff route of the data directory.
    Purge,
    /// Render pictograms for review.
    Pictograms {
        #[command(subcommand)]
        command: PictogramCommand,
    },
    /// The directory of associations.
    ///
    /// Without a subcommand: the operators' table of associations (départements, desk, contacts
    /// shown, leads with their sources, what each lacks), the list to take to the phone.
    Directory {
        #[command(subcommand)]
        command: Option<DirectoryCommand>,
        /// Age the verified contacts as of this day (default: today).
        #[arg(long, value_name = "YYYY-MM-DD")]
        today: Option<jiff::civil::Date>,
    },
    /// Print a contact link that opens the bot for an audience, and write its QR code.
    Link {
        #[command(flatten)]
        kit: KitArgs,
        /// The language it opens in (fr, en, …).
        #[arg(long, value_name = "LANG")]
        lang: String,
        /// Also write its QR code as PATH.svg and PATH.png.
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
    },
    /// Write a printable A4 poster (PATH.svg and a 300-dpi PATH.png) with a contact link.
    Poster {
        #[command(flatten)]
        kit: KitArgs,
        /// Its languages, in order; the link opens in the first (fr,en,ar).
        #[arg(long, value_name = "LANG,…", value_delimiter = ',', required = true)]
        lang: Vec<String>,
        /// Where to write it: PATH.svg and PATH.png.
        #[arg(long, value_name = "PATH")]
        out: PathBuf,
    },
}

/// What a link of the schools kit is for.
#[derive(clap::Args)]
struct KitArgs {
    /// Where the link opens the bot.
    #[arg(long, value_enum)]
    channel: KitChannelArg,
    /// Who it is for.
    #[arg(long, value_enum)]
    audience: AudienceArg,
    /// The département it opens in (33, 2A, …).
    #[arg(long, value_name = "NN")]
    dept: Option<String>,
    /// A campaign code (letters and digits), counted per week in aggregate only.
    #[arg(long, value_name = "CODE")]
    campaign: Option<String>,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum KitChannelArg {
    Telegram,
    Matrix,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum AudienceArg {
    Youth,
    Student,
    Adult,
}

impl From<AudienceArg> for Audience {
    fn from(audience: AudienceArg) -> Self {
        match audience {
            AudienceArg::Youth => Self::Youth,
            AudienceArg::Student => Self::Student,
            AudienceArg::Adult => Self::Adult,
        }
    }
}

#[derive(Subcommand)]
enum DirectoryCommand {
    /// Draw the region's départements, towns and associations, with a legend (SVG, or PNG by
    /// the file name).
    Map {
        /// The file to write: `.svg` or `.png`.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// The legend's language (fr, en, …).
        #[arg(long, default_value = "fr")]
        lang: String,
    },
}

#[derive(Subcommand)]
enum PictogramCommand {
    /// Every pictogram with its id, in one PNG.
    Sheet {
        /// The PNG file to write.
        #[arg(long, value_name = "FILE.png")]
        out: PathBuf,
    },
    /// The choice board of a node (`flow:node`), as channels send it.
    Board {
        /// The node, like `welcome:menu`.
        #[arg(long, value_name = "FLOW:NODE")]
        node: String,
        /// The PNG file to write.
        #[arg(long, value_name = "FILE.png")]
        out: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let default_level = if matches!(cli.command, Some(Command::Serve)) {
        "info"
    } else {
        "warn"
    };
    let filter = log_filter(
        std::env::var("PASSERELLE_LOG").ok().as_deref(),
        default_level,
    );
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr)
        .with_target(false)
        .init();

    match run(cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("passerelle: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    let mut config = match &cli.config {
        Some(path) => Config::from_file(path).map_err(|e| e.to_string())?,
        None => Config::embedded_default(),
    };
    if let Some(dir) = cli.data_dir {
        config.data_dir = dir;
    }
    if let Some(dir) = cli.content {
        config.content_dir = Some(dir);
    }
    match cli.command.unwrap_or(Command::Chat {
        lang: None,
        user: "console".into(),
    }) {
        Command::Check { root, today } => {
            let files = read_content(root.as_deref().or(config.content_dir.as_deref()))?;
            let report =
                check_invariants(check_on(&files, Some(today.unwrap_or_else(local_today))));
            print_report(&report, &files.origin);
            Ok(if report.errors() > 0 {
                ExitCode::from(1)
            } else {
                ExitCode::SUCCESS
            })
        }
        Command::Chat { lang, user } => {
            let runtime = start_runtime(&config, Durability::EveryWrite)?;
            if let Some(lang) = &lang
                && runtime.engine().session_in(lang).is_none()
            {
                let known: Vec<&str> = runtime
                    .engine()
                    .content()
                    .locales
                    .all()
                    .iter()
                    .map(|l| l.meta.tag.as_str())
                    .collect();
                return Err(format!(
                    "--lang {lang}: unknown language (available: {})",
                    known.join(", ")
                ));
            }
            let runtime = Arc::new(runtime);
            spawn_sweeper(Arc::clone(&runtime), config.sweep_interval_secs);
            let options = ConsoleOptions {
                user,
                lang,
                interactive: std::io::stdin().is_terminal(),
            };
            let stdin = std::io::stdin().lock();
            let stdout = std::io::stdout().lock();
            console::run(&runtime, stdin, stdout, &options).map_err(|e| e.to_string())?;
            runtime.store().flush().map_err(|e| e.to_string())?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Serve => serve(&config),
        Command::Pictograms { command } => pictograms(&config, command),
        Command::Directory {
            command: Some(DirectoryCommand::Map { out, lang }),
            ..
        } => directory_map(&config, &out, &lang),
        Command::Directory {
            command: None,
            today,
        } => directory_table(&config, today.unwrap_or_else(local_today)),
        Command::Link { kit, lang, out } => link(&config, &kit, &lang, out.as_deref()),
        Command::Poster { kit, lang, out } => poster(&config, &kit, &lang, &out),
        Command::Purge => match Store::purge(&config.data_dir) {
            Ok(erased) => {
                println!(
                    "erased {erased} session(s) and every handoff route in {}",
                    config.data_dir.display()
                );
                Ok(ExitCode::SUCCESS)
            }
            Err(StoreError::Corrupted { .. }) => {
                Store::remove_damaged(&config.data_dir).map_err(|e| e.to_string())?;
                println!(
                    "the damaged store in {} was removed (its sessions and counters are gone); a new one starts empty",
                    config.data_dir.display()
                );
                Ok(ExitCode::SUCCESS)
            }
            Err(error) => Err(error.to_string()),
        },
    }
}

/// Today in the machine's time zone: the day `check` and `directory` age verifications against
/// (the library takes it as an argument, so that tests pass a fixed day).
fn local_today() -> jiff::civil::Date {
    jiff::Zoned::now().date()
}

/// The operators' table: every association, its desk in this config, its contacts and leads.
fn directory_table(config: &Config, today: jiff::civil::Date) -> Result<ExitCode, String> {
    let (_, report) = review_content(config)?;
    let desks: Vec<Desk> = config
        .handoff
        .desks
        .iter()
        .map(|d| Desk {
            association: d.association.clone(),
            channel: d.channel.clone(),
            hours: d.hours.clone(),
            covers: d.covers.as_ref().map(|c| match c {
                Covers::Word(word) => word.clone(),
                Covers::Codes(codes) => codes.join(", "),
            }),
            name: d.name.clone(),
        })
        .collect();
    print!(
        "{}",
        operator_table(&report.content.directory, &desks, today)
    );
    Ok(ExitCode::SUCCESS)
}

fn read_content(root: Option<&Path>) -> Result<ContentFiles, String> {
    match root {
        Some(root) => ContentFiles::from_dir(root).map_err(|e| e.to_string()),
        None => Ok(ContentFiles::embedded()),
    }
}

fn print_report(report: &Report, origin: &str) {
    for diagnostic in &report.diagnostics {
        println!("{diagnostic}");
    }
    let languages: Vec<String> = report
        .content
        .locales
        .all()
        .iter()
        .map(|l| {
            let back = l
                .meta
                .reviews
                .iter()
                .rfind(|r| r.kind == ReviewKind::BackTranslation);
            match (l.meta.reviewed, back) {
                (true, _) => l.meta.tag.clone(),
                (false, Some(r)) => format!(
                    "{} (back-translated on {}, needs a native review)",
                    l.meta.tag, r.on
                ),
                (false, None) => format!("{} (needs a native review)", l.meta.tag),
            }
        })
        .collect();
    println!(
        "checked {origin}: {} flows, {} nodes, languages: {}; {} error(s), {} warning(s)",
        report.content.flows.flows.len(),
        report.content.flows.nodes().count(),
        languages.join(", "),
        report.errors(),
        report.warnings()
    );
}

/// Loads content (refusing content with errors), the secret and the store.
/// The log filter. A bare level (`debug`, `trace`) applies to Passerelle only: the platform SDKs
/// name rooms, users and chats in their own debug logs (DESIGN.md P1), so they stay at `warn`.
/// A full filter (`passerelle=debug,matrix_sdk=info`) is taken as written, by an operator who
/// knows what it shows.
fn log_filter(setting: Option<&str>, default_level: &str) -> EnvFilter {
    let setting = setting.map(str::trim).filter(|s| !s.is_empty());
    match setting {
        Some(directives) if directives.contains('=') || directives.contains(',') => {
            EnvFilter::try_new(directives).unwrap_or_else(|_| log_filter(None, default_level))
        }
        Some(level) => EnvFilter::try_new(format!("warn,passerelle={level}"))
            .unwrap_or_else(|_| log_filter(None, default_level)),
        None => EnvFilter::new(format!("warn,passerelle={default_level}")),
    }
}

fn start_runtime(config: &Config, durability: Durability) -> Result<Runtime, String> {
    let files = read_content(config.content_dir.as_deref())?;
    let report = check(&files);
    if report.errors() > 0 {
        for diagnostic in report.diagnostics.iter().filter(|d| d.is_error()) {
            eprintln!("{diagnostic}");
        }
        return Err(format!(
            "the content in {} has {} error(s): fix them (see `passerelle check`) before talking to anyone",
            files.origin,
            report.errors()
        ));
    }
    Store::prepare_dir(&config.data_dir).map_err(|e| e.to_string())?;
    let (secret, source) =
        load_secret(&config.data_dir, config.allow_generated_secret).map_err(|e| e.to_string())?;
    let store = Store::open(&config.data_dir, durability, &secret).map_err(|e| e.to_string())?;
    if let SecretSource::Generated(path) = &source {
        tracing::warn!(
            "no PASSERELLE_SECRET set: using a secret generated in {}. Fine for trying Passerelle on this machine; \
             a deployment must set PASSERELLE_SECRET (or PASSERELLE_SECRET_FILE) outside the data directory",
            path.display()
        );
    }
    let runtime = Runtime::new(
        Arc::new(Engine::new(report.content)),
        store,
        secret,
        config.runtime.clone(),
    );
    match runtime.sweep(now_secs()) {
        Ok(0) => {}
        Ok(n) => tracing::info!("erased {n} expired session(s)"),
        Err(error) => tracing::warn!("sweeping expired sessions failed: {error}"),
    }
    Ok(runtime)
}

fn spawn_sweeper(runtime: Arc<Runtime>, interval_secs: u64) {
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(Duration::from_secs(interval_secs));
            match runtime.sweep(now_secs()) {
                Ok(0) => {}
                Ok(n) => tracing::info!("erased {n} expired session(s)"),
                Err(error) => tracing::warn!("sweeping expired sessions failed: {error}"),
            }
        }
    });
}

fn serve(config: &Config) -> Result<ExitCode, String> {
    let configured = passerelle::channel::configured(config);
    if configured.is_empty() {
        return Err(
            "no channel is configured: set TELOXIDE_TOKEN (or [telegram] token_file) for Telegram, \
             or PASSERELLE_MATRIX_HOMESERVER for Matrix (in a build with those features), \
             or talk in the terminal with `passerelle chat`"
                .into(),
        );
    }
    // Check everything an operator can get wrong before starting.
    let runtime = Arc::new(start_runtime(config, Durability::Periodic)?);
    spawn_sweeper(Arc::clone(&runtime), config.sweep_interval_secs);
    let tokio = tokio::runtime::Runtime::new().map_err(|e| format!("cannot start: {e}"))?;
    let result = tokio.block_on(serve_channels(config, Arc::clone(&runtime)));
    // Pending counters are written on the way out.
    if let Err(error) = runtime.sweep(now_secs()) {
        tracing::warn!("writing the counters failed: {error}");
    }
    result.map(|()| ExitCode::SUCCESS)
}

/// Runs every configured channel until Ctrl-C or SIGTERM.
async fn serve_channels(config: &Config, runtime: Arc<Runtime>) -> Result<(), String> {
    let (stop, stopped) = tokio::sync::watch::channel(false);
    tokio::spawn(async move {
        wait_for_signal().await;
        tracing::info!("stopping: finishing the messages in hand");
        let _ = stop.send(true);
    });
    let hub = handoff_hub(config, &runtime)?;
    let mut channels: tokio::task::JoinSet<Result<(), String>> = tokio::task::JoinSet::new();
    #[cfg(feature = "telegram")]
    if passerelle::channel::telegram::configured(&config.telegram) {
        use passerelle::channel::telegram::{Telegram, token};
        let token = token(&config.telegram).map_err(|e| e.to_string())?;
        let telegram = Telegram::new(
            Arc::clone(&runtime),
            &token,
            config.telegram.clone(),
            &config.data_dir,
        )
        .map_err(|e| e.to_string())?;
        telegram.attach(Arc::clone(&hub));
        let stopped = stopped.clone();
        channels.spawn(async move { telegram.run(stopped).await.map_err(|e| e.to_string()) });
    }
    #[cfg(feature = "matrix")]
    if passerelle::channel::matrix::configured(&config.matrix) {
        use passerelle::channel::matrix::{Login, Matrix};
        let login = Login::from_settings(&config.matrix).map_err(|e| e.to_string())?;
        let matrix = Matrix::connect(Arc::clone(&runtime), login, &config.data_dir)
            .await
            .map_err(|e| e.to_string())?;
        matrix.attach(Arc::clone(&hub));
        let stopped = stopped.clone();
        channels.spawn(async move { matrix.run(stopped).await.map_err(|e| e.to_string()) });
    }
    let _ = (&runtime, &stopped);
    spawn_handoff_upkeep(Arc::clone(&hub), stopped.clone());
    if channels.is_empty() {
        return Err(format!(
            "{} configured, but this version of passerelle has no adapter for it yet; use `passerelle chat` meanwhile",
            passerelle::channel::configured(config).join(" and ")
        ));
    }
    while let Some(done) = channels.join_next().await {
        done.map_err(|e| format!("a channel stopped unexpectedly: {e}"))??;
    }
    Ok(())
}

/// The warm handoff over the configured desks, checked against the content and the channels
/// of this run: a desk nobody could reach is an error at start, not a silent fallback later.
fn handoff_hub(config: &Config, runtime: &Arc<Runtime>) -> Result<Arc<Hub>, String> {
    let report = |errors: Vec<passerelle::handoff::desk::DeskError>| {
        let file = config
            .source
            .as_deref()
            .map_or_else(|| "config".to_owned(), |p| p.display().to_string());
        errors
            .iter()
            .map(|error| match error.line {
                0 => format!("{file}: [handoff] {error}"),
                line => format!("{file}:{line}: {error}"),
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let desks = Desks::check(
        &config.handoff.desks,
        &config.handoff.time_zone,
        runtime.engine().content(),
    )
    .map_err(&report)?;
    let reply_prefix = config
        .handoff
        .reply_prefix
        .check(runtime.engine().content())
        .map_err(&report)?;
    let running = passerelle::channel::configured(config);
    for desk in desks.all() {
        let needed = match desk.channel {
            DeskChannel::Matrix => "Matrix",
            DeskChannel::Telegram => "Telegram",
        };
        if !running.contains(&needed) {
            return Err(format!(
                "the desk of `{}` is on {needed}, which is not configured (or not in this build): configure it, or move the desk",
                desk.association
            ));
        }
    }
    if desks.is_empty() {
        tracing::info!(
            "no staff desk configured: a request for a human gets the association's card"
        );
    }
    Ok(Hub::with_reply_prefix(
        Arc::clone(runtime),
        desks,
        config.handoff.times,
        reply_prefix,
    ))
}

/// Every few seconds: the fallback for requests nobody answered in time, and expired routes.
fn spawn_handoff_upkeep(hub: Arc<Hub>, mut stopped: tokio::sync::watch::Receiver<bool>) {
    let every = Duration::from_secs(hub.times().upkeep_every_secs());
    tokio::spawn(async move {
        loop {
            tokio::select! {
                () = tokio::time::sleep(every) => hub.tick(now_secs()).await,
                _ = stopped.changed() => break,
            }
        }
    });
}

async fn wait_for_signal() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        if let Ok(mut term) = signal(SignalKind::terminate()) {
            tokio::select! {
                _ = tokio::signal::ctrl_c() => {}
                _ = term.recv() => {}
            }
            return;
        }
    }
    let _ = tokio::signal::ctrl_c().await;
}

/// Loads content for a review tool: what has errors is drawn as far as it loads, with a note.
fn review_content(config: &Config) -> Result<(ContentFiles, Report), String> {
    let files = read_content(config.content_dir.as_deref())?;
    let report = check(&files);
    if report.errors() > 0 {
        eprintln!(
            "passerelle: note: the content in {} has {} error(s) (see `passerelle check`); drawing what loads",
            files.origin,
            report.errors()
        );
    }
    Ok((files, report))
}

fn pictograms(config: &Config, command: PictogramCommand) -> Result<ExitCode, String> {
    let (files, report) = review_content(config)?;
    let catalogue = &report.content.pictograms;
    let (image, out) = match command {
        PictogramCommand::Sheet { out } => {
            (contact_sheet(catalogue).map_err(|e| e.to_string())?, out)
        }
        PictogramCommand::Board { node, out } => {
            let (flow, id) = node.split_once(':').ok_or_else(|| {
                format!("--node {node}: write it as flow:node, like welcome:menu")
            })?;
            let found = report
                .content
                .flows
                .node(&NodeRef::new(flow, id))
                .ok_or_else(|| format!("--node {node}: no such node in {}", files.origin))?;
            let pictogram_ids: Vec<Option<&str>> = match &found.input {
                Some(Input::YesNo { .. }) => vec![Some("yes"), Some("no")],
                _ => found
                    .choices
                    .iter()
                    .map(|c| c.pictogram.as_deref())
                    .collect(),
            };
            if pictogram_ids.is_empty() {
                return Err(format!("--node {node}: this node has no choices to show"));
            }
            let cells: Vec<BoardCell<'_>> = pictogram_ids
                .iter()
                .enumerate()
                .map(|(i, id)| BoardCell {
                    number: i + 1,
                    pictogram: id.and_then(|id| catalogue.get(id)),
                })
                .collect();
            // Drawn as for French; a right-to-left language mirrors the `mirror_rtl` pictograms.
            (
                board(&cells, passerelle::locale::Direction::Ltr).map_err(|e| e.to_string())?,
                out,
            )
        }
    };
    let png = encode_png(&image).map_err(|e| e.to_string())?;
    std::fs::write(&out, png).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    println!(
        "wrote {} ({}×{})",
        out.display(),
        image.width(),
        image.height()
    );
    Ok(ExitCode::SUCCESS)
}

/// The link a kit command asks for, checked against the content and the config.
fn kit_link(
    config: &Config,
    content: &passerelle::content::Content,
    kit: &KitArgs,
    lang: &str,
) -> Result<ContactLink, String> {
    let request = LinkRequest {
        channel: match kit.channel {
            KitChannelArg::Telegram => KitChannel::Telegram,
            KitChannelArg::Matrix => KitChannel::Matrix,
        },
        audience: kit.audience.into(),
        lang: lang.to_owned(),
        dept: kit.dept.clone(),
        campaign: kit.campaign.clone(),
    };
    let names = BotNames {
        telegram: config.telegram.username.clone(),
        matrix: config.matrix.user.clone().or_else(|| {
            std::env::var("PASSERELLE_MATRIX_USER")
                .ok()
                .filter(|u| !u.is_empty())
        }),
    };
    let link = contact_link(&request, content, &names).map_err(|e| e.to_string())?;
    if let Some(campaign) = &kit.campaign
        && !config.runtime.campaigns.contains(campaign)
    {
        eprintln!(
            "passerelle: note: campaign `{campaign}` is not in `campaigns` of the config: until it is, it counts as \"{UNLISTED_CAMPAIGN}\""
        );
    }
    if link.payload.is_none() {
        eprintln!(
            "passerelle: note: a matrix.to link opens a chat with the bot but cannot choose the language, département or audience; the person picks them in the chat"
        );
    }
    Ok(link)
}

fn link(
    config: &Config,
    kit: &KitArgs,
    lang: &str,
    out: Option<&Path>,
) -> Result<ExitCode, String> {
    let (_, report) = review_content(config)?;
    let link = kit_link(config, &report.content, kit, lang)?;
    println!("{}", link.url);
    if let Some(out) = out {
        let (svg, png) = output_paths(out);
        let drawn = qr_svg(&link.url, QR_PRINT_MM).map_err(|e| e.to_string())?;
        kit_write(&svg, drawn.as_bytes())?;
        let image = qr_png(&link.url, QR_PNG_SIDE).map_err(|e| e.to_string())?;
        kit_write(&png, &image)?;
        eprintln!("wrote {} and {}", svg.display(), png.display());
    }
    Ok(ExitCode::SUCCESS)
}

fn poster(
    config: &Config,
    kit: &KitArgs,
    langs: &[String],
    out: &Path,
) -> Result<ExitCode, String> {
    let (files, report) = review_content(config)?;
    let first = langs
        .first()
        .ok_or_else(|| KitError::NoLanguage.to_string())?;
    let link = kit_link(config, &report.content, kit, first)?;
    let fonts = Fonts::system().map_err(|e| e.to_string())?;
    let request = PosterRequest {
        langs,
        audience: kit.audience.into(),
        link: &link,
    };
    let svg = poster_svg(&report.content, &files, &fonts, &request).map_err(|e| e.to_string())?;
    let png = poster_png(&fonts, &svg).map_err(|e| e.to_string())?;
    let (svg_path, png_path) = output_paths(out);
    kit_write(&svg_path, svg.as_bytes())?;
    kit_write(&png_path, &png)?;
    println!("{}", link.url);
    eprintln!(
        "wrote {} and {} (A4, 300 dpi)",
        svg_path.display(),
        png_path.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn kit_write(path: &Path, bytes: &[u8]) -> Result<(), String> {
    passerelle::kit::write(path, bytes).map_err(|e| e.to_string())
}

fn directory_map(config: &Config, out: &Path, lang: &str) -> Result<ExitCode, String> {
    let (_, report) = review_content(config)?;
    let lang = passerelle::kit::language(&report.content, lang)
        .map_err(|e| format!("--lang {lang}: {e}"))?;
    let fonts = Fonts::system().map_err(|e| e.to_string())?;
    let request = MapRequest {
        locales: &report.content.locales,
        lang: &lang,
    };
    let svg = map_svg(&report.content.directory, &request, &fonts).map_err(|e| e.to_string())?;
    let bytes = match out
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("svg") => svg.into_bytes(),
        Some("png") => {
            let image = render_with_fonts(&svg).map_err(|e| e.to_string())?;
            encode_png(&image).map_err(|e| e.to_string())?
        }
        _ => {
            return Err(format!(
                "--out {}: the file name must end in .svg or .png",
                out.display()
            ));
        }
    };
    std::fs::write(out, bytes).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
    println!("wrote {}", out.display());
    Ok(ExitCode::SUCCESS)
}
