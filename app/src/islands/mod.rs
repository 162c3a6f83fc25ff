//! Interactive widgets (Leptos islands): the passkey ceremonies. Nothing else ships as WASM.
//!
//! Islands never translate: the server passes every text in as a prop. Their browser half talks
//! to the JSON endpoints under `/api/passkeys/` and uses the browser's own WebAuthn JSON
//! helpers, so no WebAuthn or JSON library is compiled into the WASM.

#[cfg(feature = "hydrate")]
mod browser;
mod passkey;

pub use passkey::{CeremonyTexts, NewPasskey, PasskeySignIn};
