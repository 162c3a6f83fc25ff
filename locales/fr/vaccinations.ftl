# Vaccinations: the schedule's advice (issue 16), the printed record, codes of names sent by publishers.

vaccination-catch-up = À rattraper
vaccination-to-check = À vérifier
vaccination-this-season = Cette saison
vaccination-next-campaign = Prochaine campagne
vaccination-doses-to-catch-up = { $doses ->
    [one] 1 dose à rattraper
   *[other] { $doses } doses à rattraper
}
vaccination-to-check-catch-up = Rattrapage recommandé en l'absence de vaccination : { $doses ->
    [one] 1 dose
   *[other] { $doses } doses
}
vaccination-to-check-at-age = Recommandée à cet âge, si elle n'a pas déjà été faite.
vaccination-campaign-now-autumn = Campagne d'automne en cours, jusqu'à fin janvier.
vaccination-campaign-now-spring = Campagne de printemps en cours, jusqu'à mi-juin.
vaccination-campaign-next-autumn = À partir de mi-octobre { $year }.
vaccination-campaign-next-spring = À partir de mi-avril { $year }.
vaccinations-none-recorded = Aucune vaccination n'est enregistrée dans ce dossier. Demandez à votre médecin de vérifier les vaccinations (avec le carnet de santé, si vous l'avez).
vaccinations-none-recorded-professional = Aucune vaccination n'est enregistrée dans ce dossier : statut vaccinal inconnu, à vérifier.
vaccinations-unreadable = { $count ->
    [one] Une vaccination de ce dossier est codée autrement qu'en CVX : le calendrier ne peut pas en tenir compte. Faites vérifier ces conseils par votre médecin.
   *[other] { $count } vaccinations de ce dossier sont codées autrement qu'en CVX : le calendrier ne peut pas en tenir compte. Faites vérifier ces conseils par votre médecin.
}
vaccinations-at-this-age = Ce que le calendrier recommande à cet âge, si ce n'est pas déjà fait :
vaccinations-birth-date = Date de naissance : { $date }
vaccinations-health-id = INS : { $ins }
vaccinations-printed = Imprimé le { $date } depuis Carnet.

vaccine-rule-dtp = Nourrissons : 2, 4 et 11 mois. Rappels à 6 ans, entre 11 et 13 ans, puis à 25 ans (avec la coqueluche), 45 ans, 65 ans et ensuite tous les 10 ans. Un rappel oublié se rattrape dès que possible.
vaccine-rule-hib = 2, 4 et 11 mois. Rattrapage jusqu'à 5 ans.
vaccine-rule-hepb = 2, 4 et 11 mois. Rattrapage jusqu'à 15 ans inclus (3 doses, ou 2 doses entre 11 et 15 ans).
vaccine-rule-pneumo-child = 2, 4 et 11 mois. Pas de rattrapage après 2 ans, sauf situation particulière.
vaccine-rule-menb = 3, 5 et 12 mois, en commençant avant 2 ans.
vaccine-rule-men-acwy = 6 et 12 mois. Une dose entre 11 et 14 ans, quel que soit le statut vaccinal ; rattrapage de 15 à 24 ans révolus.
vaccine-rule-mmr = 12 mois, puis entre 16 et 18 mois. Rattrapage : 2 doses au total pour toute personne née depuis 1980.
vaccine-rule-rotavirus = 2 et 3 mois (ou 2, 3 et 4 mois selon le vaccin), à terminer avant 6 mois.
vaccine-rule-hpv = Filles et garçons de 11 à 14 ans : 2 doses. Rattrapage de 15 à 26 ans révolus : 3 doses.
vaccine-rule-pneumo-adult = Une dose à partir de 65 ans.
vaccine-rule-zoster = À partir de 65 ans : 2 doses à 2 mois d'intervalle.
vaccine-rule-influenza = Chaque année à partir de 65 ans, pendant la campagne d'automne (en métropole, de mi-octobre à fin janvier).
vaccine-rule-covid-19 = Chaque automne à partir de 65 ans, pendant la campagne ; une dose de plus au printemps à partir de 80 ans.

code-loinc = code LOINC { $code }
code-cvx = code CVX { $code }
code-snomed = code SNOMED CT { $code }
code-rxnorm = code RxNorm { $code }
code-atc = code ATC { $code }
code-dicom = code DICOM { $code }
code-other = code { $code }

## Vaccinations
vaccinations-title = Mes vaccinations
vaccinations-due-title = À faire
vaccinations-history-title = Vaccinations reçues
vaccinations-empty = Aucune vaccination enregistrée.
vaccinations-up-to-date = Rien à faire pour le moment selon le calendrier des vaccinations.
vaccinations-no-birth-date = Votre date de naissance n'est pas connue : les vaccinations à faire ne peuvent pas être calculées.
vaccinations-source = Selon le { $source }. Votre médecin peut vous recommander d'autres vaccinations.
vaccinations-print-hint = Pour imprimer votre carnet de vaccination, utilisez la fonction Imprimer de votre navigateur.
vaccination-overdue = En retard
vaccination-due = À faire
vaccination-since = depuis le { $date }
vaccination-scheduled = Prévue { $age }
vaccination-age-months = à { $months } mois
vaccination-age-years = à { $years } ans
vaccination-vaccine = Vaccin
vaccination-date = Date
vaccination-dose = Dose
vaccination-lot = Lot
vaccination-by = Par
vaccine-series-dtp = Diphtérie, tétanos, poliomyélite (et coqueluche)
vaccine-series-hib = Haemophilus influenzae b
vaccine-series-hepb = Hépatite B
vaccine-series-pneumo-child = Pneumocoque (nourrisson)
vaccine-series-menb = Méningocoque B
vaccine-series-men-acwy = Méningocoques ACWY
vaccine-series-mmr = Rougeole, oreillons, rubéole (ROR)
vaccine-series-rotavirus = Rotavirus
vaccine-series-hpv = Papillomavirus (HPV)
vaccine-series-pneumo-adult = Pneumocoque (65 ans et plus)
vaccine-series-zoster = Zona
vaccine-series-influenza = Grippe (chaque année)
vaccine-series-covid-19 = Covid-19 (chaque année)
