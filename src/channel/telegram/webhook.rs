//! Webhook mode: Telegram posts each update to the configured HTTPS address (a reverse proxy
//! forwards it to `listen`). An update is answered `200 OK` only once it is handled, so that
//! Telegram delivers it again if the bot stops in the middle. A random secret, new at every
//! start, tells Telegram's requests from anyone else's.

use std::sync::Arc;

use axum::Router;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use teloxide::payloads::SetWebhookSetters;
use teloxide::prelude::Requester;
use teloxide::types::Update;
use tokio::sync::watch;

use super::{Telegram, TelegramError, describe};
use crate::config::WebhookSettings;

/// The header Telegram sends the secret in.
const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

struct Hook {
    channel: Arc<Telegram>,
    secret: String,
}

/// Registers the webhook with Telegram and serves it until `shutdown`.
pub(super) async fn serve(
    channel: Arc<Telegram>,
    settings: WebhookSettings,
    mut shutdown: watch::Receiver<bool>,
) -> Result<(), TelegramError> {
    let secret = random_secret()?;
    let url = settings
        .url
        .parse()
        .map_err(|_| TelegramError::Webhook(format!("`{}` is not a valid URL", settings.url)))?;
    let listener = tokio::net::TcpListener::bind(settings.listen)
        .await
        .map_err(|e| {
            TelegramError::Webhook(format!("cannot listen on {}: {e}", settings.listen))
        })?;
    let request = channel
        .direct()
        .set_webhook(url)
        .secret_token(secret.clone())
        .allowed_updates([
            teloxide::types::AllowedUpdate::Message,
            teloxide::types::AllowedUpdate::CallbackQuery,
        ]);
    channel
        .with_retry(&request)
        .await
        .map_err(|e| TelegramError::Webhook(describe(&e)))?;
    tracing::info!(listen = %settings.listen, "Telegram: receiving updates by webhook");
    let app = Router::new()
        .route("/", post(receive))
        .route("/{*path}", post(receive))
        .with_state(Arc::new(Hook { channel, secret }));
    axum::serve(listener, app)
        .with_graceful_shutdown(async move {
            while shutdown.changed().await.is_ok() {
                if *shutdown.borrow() {
                    break;
                }
            }
        })
        .await
        .map_err(|e| TelegramError::Webhook(e.to_string()))
}

async fn receive(State(hook): State<Arc<Hook>>, headers: HeaderMap, body: String) -> StatusCode {
    let given = headers
        .get(SECRET_HEADER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    if !constant_time_eq(given.as_bytes(), hook.secret.as_bytes()) {
        return StatusCode::UNAUTHORIZED;
    }
    match serde_json::from_str::<Update>(&body) {
        Ok(update) => {
            hook.channel.handle_update_now(update).await;
            StatusCode::OK
        }
        // Not an update we can read: accepted, or Telegram would send it again forever.
        Err(_) => StatusCode::OK,
    }
}

fn random_secret() -> Result<String, TelegramError> {
    let mut bytes = [0u8; 24];
    getrandom::fill(&mut bytes)
        .map_err(|e| TelegramError::Webhook(format!("no randomness: {e}")))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
