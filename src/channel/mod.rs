//! Channel adapters: each translates between a platform and the runtime, and holds no
//! conversation rule of its own.

pub mod console;
#[cfg(feature = "matrix")]
pub mod matrix;
#[cfg(feature = "telegram")]
pub mod telegram;

/// The platform channels of this build that are configured in the environment.
pub fn configured() -> Vec<&'static str> {
    let channels: Vec<(bool, &'static str)> = vec![
        #[cfg(feature = "telegram")]
        (telegram::configured(), "Telegram"),
        #[cfg(feature = "matrix")]
        (matrix::configured(), "Matrix"),
    ];
    channels
        .into_iter()
        .filter_map(|(on, name)| on.then_some(name))
        .collect()
}
