//! `carnet token create|list|revoke`: API tokens for organisations whose software publishes
//! through `POST /fhir/r4`.

use anyhow::bail;
use carnet_core::api_tokens;
use carnet_core::i18n::Locale;

use crate::services::Services;
use crate::settings::Settings;

pub async fn create(settings: &Settings, organisation: &str) -> anyhow::Result<()> {
    let services = Services::open(settings).await?;
    let token = match api_tokens::create(&services.db, organisation).await {
        Ok(token) => token,
        Err(carnet_core::Error::Invalid(_)) => bail!("--organisation must be 1 to 100 characters on one line"),
        Err(other) => return Err(other.into()),
    };
    println!("Token {} for {} (shown once; keep it secret):", token.id, token.organisation);
    println!("{}", token.secret);
    println!(
        "Use it as: Authorization: Bearer <token>, on POST {}/fhir/r4",
        settings.public_url.as_str().trim_end_matches('/')
    );
    Ok(())
}

pub async fn list(settings: &Settings) -> anyhow::Result<()> {
    let services = Services::open(settings).await?;
    let when = |ms: Option<i64>| ms.map_or_else(|| "-".to_string(), |ms| Locale::En.datetime(ms, &services.zone));
    for t in api_tokens::list(&services.db).await? {
        let state = if t.revoked_at.is_some() { "revoked" } else { "active" };
        println!(
            "{}  {:<8} {}  created {}  last used {}",
            t.id,
            state,
            t.organisation,
            when(Some(t.created_at)),
            when(t.last_used_at)
        );
    }
    Ok(())
}

pub async fn revoke(settings: &Settings, id: &str) -> anyhow::Result<()> {
    let services = Services::open(settings).await?;
    match api_tokens::revoke(&services.db, id).await {
        Ok(()) => {
            println!("Token {id} revoked: it is refused from the next request on.");
            Ok(())
        }
        Err(carnet_core::Error::NotFound) => bail!("no active token {id}"),
        Err(other) => Err(other.into()),
    }
}
