//! `carnet practice create|add|remove`: practices (the administrator's), whose members share
//! the inbox of messages patients write to the practice.

use anyhow::bail;
use carnet_core::messaging::practices;

use crate::services::Services;
use crate::settings::Settings;

pub async fn create(settings: &Settings, name: &str) -> anyhow::Result<()> {
    let services = Services::open(settings).await?;
    match practices::create(&services.db, name).await {
        Ok(id) => {
            println!("Practice {} ({id}).", name.trim());
            Ok(())
        }
        Err(carnet_core::Error::Invalid(_)) => bail!("the name must be 1 to 200 characters on one line"),
        Err(other) => Err(other.into()),
    }
}

pub async fn add(settings: &Settings, name: &str, email: &str) -> anyhow::Result<()> {
    let services = Services::open(settings).await?;
    match practices::add_member(&services.db, name, email).await {
        Ok(()) => {
            println!(
                "{email} is a member of {name}: they read the messages written to it, for the records they may read."
            );
            Ok(())
        }
        Err(carnet_core::Error::NotFound) => {
            bail!("no practice named {name}, or no professional with the address {email}")
        }
        Err(other) => Err(other.into()),
    }
}

pub async fn remove(settings: &Settings, name: &str, email: &str) -> anyhow::Result<()> {
    let services = Services::open(settings).await?;
    match practices::remove_member(&services.db, name, email).await {
        Ok(()) => {
            println!("{email} is no longer a member of {name}.");
            Ok(())
        }
        Err(carnet_core::Error::NotFound) => bail!("{email} is not a member of {name}"),
        Err(other) => Err(other.into()),
    }
}
