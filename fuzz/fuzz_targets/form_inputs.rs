//! What people type into forms, as the server decodes and checks it: a urlencoded body, then
//! the parsers of names, addresses, INS, birth dates and one-line texts. Any input is taken or
//! refused with a problem, never a panic; what is taken is what the rules say.
#![no_main]

use std::collections::HashMap;

use carnet_core::accounts::{DisplayName, Email};
use carnet_core::record::patients::HealthId;
use carnet_core::record::publish::PatientNamed;
use carnet_core::text::single_line;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(fields) = serde_urlencoded::from_bytes::<HashMap<String, String>>(data) else { return };
    let field = |name: &str| fields.get(name).map_or("", String::as_str);
    if let Ok(name) = DisplayName::parse(field("name")) {
        let name = name.as_str();
        assert!(!name.is_empty() && name.chars().count() <= 100 && !name.chars().any(char::is_control));
    }
    if let Ok(email) = Email::parse(field("email")) {
        let email = email.as_str();
        assert!(email.len() <= 254 && email.contains('@') && email == email.to_lowercase());
    }
    if let Ok(id) = HealthId::parse(field("ins")) {
        assert_eq!(id.as_str().len(), 15);
    }
    if let Ok(named) = PatientNamed::parse(field("ins"), field("birth")) {
        assert!(named.birth_date.year() >= 1900);
    }
    if let Some(line) = single_line(field("title"), 200) {
        assert!(line.chars().count() <= 200 && !line.contains('\n'));
    }
});
