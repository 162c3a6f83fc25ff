//! The vaccinations page as a patient reads it (issue 16): whose record it is (name, birth date,
//! INS, the printed day), and the schedule's advice by age — no "overdue since" a childhood date
//! for an adult, "ask your doctor" when nothing is recorded. The rules themselves are unit-tested
//! in `core/src/record/schedule/tests.rs`.

use crate::harness::*;
use crate::names::{empty_record, ins};

crate::on_both_databases!(the_vaccinations_page_says_whose_record_it_is_and_advises_by_age);

async fn the_vaccinations_page_says_whose_record_it_is_and_advises_by_age(backend: Backend) {
    let server = start(backend).await;
    // 42 years old, nothing recorded: ask a doctor, no "overdue since" a date of her childhood.
    let born = jiff::Zoned::now().date().checked_sub(jiff::Span::new().years(42).months(3)).unwrap().to_string();
    let patient = empty_record(&server, &ins("2840375123499"), &born, "alix42@example.org").await;
    let (_, page) = patient.page("/vaccinations").await;
    assert!(page.contains("Aucune vaccination n") && page.contains("Demandez à votre médecin"), "{page}");
    let mmr =
        page.split("Rougeole, oreillons, rubéole (ROR)").nth(1).expect("MMR is advised").split("</li>").next().unwrap();
    assert!(mmr.contains("absence de vaccination : 2 doses") && mmr.contains("née depuis 1980"), "{mmr}");
    assert!(!page.contains("En retard") && !page.contains("depuis le"), "{page}");
    assert!(page.contains("<strong>Alix Durand</strong>"), "whose record");
    let birth_shown = jiff::civil::Date::strptime("%Y-%m-%d", &born).unwrap().strftime("%d/%m/%Y").to_string();
    assert!(page.contains(&format!("Date de naissance : {birth_shown}")), "{page}");
    assert!(page.contains("Imprimé le"), "the printed day, for paper");
    // With no result at all, Home does not reassure her that her results are within their ranges.
    let (_, home) = patient.page("/").await;
    assert!(home.contains("Aucun résultat avec des valeurs de référence pour le moment"), "{home}");
    assert!(!home.contains("n'est en dehors des valeurs de référence"), "{home}");

    // The demo patient (42, one MMR dose): the second dose is to catch up, nothing overdue.
    let (camille, _) = demo_patient(&server).await;
    let (_, page) = camille.page("/vaccinations").await;
    assert!(page.contains("À rattraper") && page.contains("1 dose à rattraper"), "{page}");
    assert!(!page.contains("En retard"));
    assert!(page.contains("INS : 2 84 03 75 123 456 40") && page.contains("Camille Martin"));
    server.stop().await;
}
