# Vaccinations: the schedule's advice (issue 16), the printed record, codes of names sent by publishers.

vaccination-catch-up = Por recuperar
vaccination-to-check = Por comprobar
vaccination-this-season = Esta temporada
vaccination-next-campaign = Próxima campaña
vaccination-doses-to-catch-up = { $doses ->
    [one] 1 dosis por recuperar
   *[other] { $doses } dosis por recuperar
}
vaccination-to-check-catch-up = Vacunación de rescate recomendada si no está vacunado: { $doses ->
    [one] 1 dosis
   *[other] { $doses } dosis
}
vaccination-to-check-at-age = Recomendada a esta edad, si no se ha puesto ya.
vaccination-campaign-now-autumn = La campaña de otoño está en curso, hasta finales de enero.
vaccination-campaign-now-spring = La campaña de primavera está en curso, hasta mediados de junio.
vaccination-campaign-next-autumn = A partir de mediados de octubre de { $year }.
vaccination-campaign-next-spring = A partir de mediados de abril de { $year }.
vaccinations-none-recorded = No hay ninguna vacuna registrada en este expediente. Pida a su médico que compruebe las vacunas (con la cartilla de salud en papel, si la tiene).
vaccinations-none-recorded-professional = No hay ninguna vacuna registrada en este expediente: estado vacunal desconocido, por comprobar.
vaccinations-unreadable = { $count ->
    [one] Una vacuna de este expediente está codificada en otro sistema distinto de CVX: el calendario no puede tenerla en cuenta. Pida a su médico que revise estas recomendaciones.
   *[other] { $count } vacunas de este expediente están codificadas en otro sistema distinto de CVX: el calendario no puede tenerlas en cuenta. Pida a su médico que revise estas recomendaciones.
}
vaccinations-at-this-age = Lo que el calendario recomienda a esta edad, si no se ha hecho ya:
vaccinations-birth-date = Fecha de nacimiento: { $date }
vaccinations-health-id = INS: { $ins }
vaccinations-printed = Impreso el { $date } desde Carnet.

vaccine-rule-dtp = Lactantes: 2, 4 y 11 meses. Refuerzos a los 6 años, entre los 11 y los 13, luego a los 25 (con tos ferina), 45 y 65 años y después cada 10 años. Un refuerzo olvidado se recupera cuanto antes.
vaccine-rule-hib = 2, 4 y 11 meses. Recuperación hasta los 5 años.
vaccine-rule-hepb = 2, 4 y 11 meses. Recuperación hasta los 15 años incluidos (3 dosis, o 2 dosis entre los 11 y los 15).
vaccine-rule-pneumo-child = 2, 4 y 11 meses. Sin recuperación después de los 2 años, salvo situaciones particulares.
vaccine-rule-menb = 3, 5 y 12 meses, empezando antes de los 2 años.
vaccine-rule-men-acwy = 6 y 12 meses. Una dosis entre los 11 y los 14 años, sean cuales sean las vacunas anteriores; recuperación de los 15 años hasta cumplir los 25.
vaccine-rule-mmr = 12 meses y luego entre los 16 y los 18 meses. Recuperación: 2 dosis en total para toda persona nacida desde 1980.
vaccine-rule-rotavirus = 2 y 3 meses (o 2, 3 y 4 meses según la vacuna), antes de los 6 meses.
vaccine-rule-hpv = Chicas y chicos de 11 a 14 años: 2 dosis. Recuperación de los 15 años hasta cumplir los 27: 3 dosis.
vaccine-rule-pneumo-adult = Una dosis a partir de los 65 años.
vaccine-rule-zoster = A partir de los 65 años: 2 dosis separadas 2 meses.
vaccine-rule-influenza = Cada año a partir de los 65, durante la campaña de otoño (en la Francia metropolitana, de mediados de octubre a finales de enero).
vaccine-rule-covid-19 = Cada otoño a partir de los 65, durante la campaña; una dosis más en primavera a partir de los 80.

code-loinc = código LOINC { $code }
code-cvx = código CVX { $code }
code-snomed = código SNOMED CT { $code }
code-rxnorm = código RxNorm { $code }
code-atc = código ATC { $code }
code-dicom = código DICOM { $code }
code-other = código { $code }

## Vacunas
vaccinations-title = Mis vacunas
vaccinations-due-title = Pendientes
vaccinations-history-title = Vacunas recibidas
vaccinations-empty = No hay vacunas registradas.
vaccinations-up-to-date = Nada pendiente por ahora según el calendario de vacunación.
vaccinations-no-birth-date = No se conoce su fecha de nacimiento, así que no se pueden calcular las vacunas pendientes.
vaccinations-source = Según el { $source }. Su médico puede recomendarle otras vacunas.
vaccinations-print-hint = Para imprimir su cartilla de vacunación, use la orden Imprimir de su navegador.
vaccination-overdue = Con retraso
vaccination-due = Pendiente
vaccination-since = desde el { $date }
vaccination-scheduled = Prevista { $age }
vaccination-age-months = a los { $months } meses
vaccination-age-years = a los { $years } años
vaccination-vaccine = Vacuna
vaccination-date = Fecha
vaccination-dose = Dosis
vaccination-lot = Lote
vaccination-by = Por
vaccine-series-dtp = Difteria, tétanos, poliomielitis (y tos ferina)
vaccine-series-hib = Haemophilus influenzae tipo b
vaccine-series-hepb = Hepatitis B
vaccine-series-pneumo-child = Neumococo (lactantes)
vaccine-series-menb = Meningococo B
vaccine-series-men-acwy = Meningococos ACWY
vaccine-series-mmr = Sarampión, paperas, rubéola (triple vírica)
vaccine-series-rotavirus = Rotavirus
vaccine-series-hpv = Virus del papiloma humano (VPH)
vaccine-series-pneumo-adult = Neumococo (65 años o más)
vaccine-series-zoster = Herpes zóster
vaccine-series-influenza = Gripe (cada año)
vaccine-series-covid-19 = COVID-19 (cada año)
