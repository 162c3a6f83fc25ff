//! A software passkey that behaves like a discoverable platform authenticator.

use carnet_core::passkeys::{
    CreationChallengeResponse, PublicKeyCredential, RegisterPublicKeyCredential, RequestChallengeResponse,
};
use url::Url;
use webauthn_authenticator_rs::softpasskey::SoftPasskey;
use webauthn_authenticator_rs::WebauthnAuthenticator;
use webauthn_rs_proto::AllowCredentials;

/// A passkey authenticator that behaves like a discoverable (resident-key) one.
///
/// webauthn-authenticator-rs's SoftPasskey signs real ceremonies but cannot store resident keys:
/// this shim keeps the credential ids and user handles itself, picks its credential when the
/// server sends an empty allow-list, and returns the user handle as a platform passkey would.
/// The user handle is not covered by the signature, which the "other account" test relies on.
pub struct Device {
    authenticator: SoftPasskey,
    credentials: Vec<(Vec<u8>, Vec<u8>)>,
}

impl Default for Device {
    fn default() -> Self {
        Self::new()
    }
}

impl Device {
    pub fn new() -> Device {
        Device { authenticator: SoftPasskey::new(true), credentials: Vec::new() }
    }

    pub fn register(&mut self, origin: &Url, mut options: CreationChallengeResponse) -> RegisterPublicKeyCredential {
        let user_handle: Vec<u8> = options.public_key.user.id.clone();
        let selection = options.public_key.authenticator_selection.as_mut().expect("authenticator selection");
        assert!(selection.require_resident_key, "Carnet must ask for discoverable credentials");
        selection.require_resident_key = false;
        selection.resident_key = None;
        let credential = self.authenticator.do_registration(origin.clone(), options).expect("registration");
        self.credentials.push((credential.raw_id.clone(), user_handle));
        credential
    }

    pub fn sign(&mut self, origin: &Url, mut options: RequestChallengeResponse) -> PublicKeyCredential {
        let (credential_id, user_handle) = self.credentials.last().expect("a registered credential").clone();
        assert!(options.public_key.allow_credentials.is_empty(), "sign-in must be discoverable");
        options.public_key.allow_credentials =
            vec![AllowCredentials { type_: "public-key".into(), id: credential_id, transports: None }];
        let mut credential = self.authenticator.do_authentication(origin.clone(), options).expect("assertion");
        credential.response.user_handle = Some(user_handle);
        credential
    }
}
