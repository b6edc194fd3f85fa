//! Channel adapters: each translates between a platform and the runtime, and holds no
//! conversation rule of its own.

pub mod console;
#[cfg(feature = "matrix")]
pub mod matrix;
#[cfg(feature = "telegram")]
pub mod telegram;

/// The platform channels of this build that are configured (environment and config file).
pub fn configured(config: &crate::config::Config) -> Vec<&'static str> {
    let _ = config;
    let channels: Vec<(bool, &'static str)> = vec![
        #[cfg(feature = "telegram")]
        (telegram::configured(&config.telegram), "Telegram"),
        #[cfg(feature = "matrix")]
        (matrix::configured(&config.matrix), "Matrix"),
    ];
    channels
        .into_iter()
        .filter_map(|(on, name)| on.then_some(name))
        .collect()
}
