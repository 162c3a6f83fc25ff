## Resultados
results-title = Mis resultados
results-search-label = Buscar un análisis
results-from-label = Desde
results-to-label = Hasta
results-search-button = Mostrar
results-empty = Aún no hay resultados en su historial.
results-none-found = Ningún análisis coincide con su búsqueda.
results-none-in-period = No hay resultados en este periodo.
results-period-caption = Resultados del periodo, del más reciente al más antiguo
results-category-laboratory = Análisis de laboratorio
results-category-vital-signs = Mediciones (tensión arterial, peso…)
results-category-survey = Cuestionarios y puntuaciones
results-category-social-history = Estilo de vida (tabaco, alcohol…)
results-category-exam = Exploración física
results-category-imaging = Imagen
results-category-procedure = Procedimientos y pruebas
results-category-therapy = Terapia y rehabilitación
results-category-activity = Actividad física
results-category-other = Otras observaciones
results-back = Volver a mis resultados
result-range = Intervalo de referencia: { $range }
result-count = { $count ->
    [0] ningún resultado
    [one] un resultado
   *[other] { $count } resultados
}
result-latest = Último resultado: { $value }, el { $date }
result-date = Fecha
result-test = Análisis
result-value = Resultado
result-reference = Intervalo de referencia
result-performer = Realizado por
result-no-value = Sin valor
history-caption = Historial: { $test }
trend-title = Evolución: { $test }
trend-description = Valores a lo largo del tiempo. Los mismos datos están en la tabla de abajo.
trend-legend-line = Línea y puntos: sus resultados, del más antiguo al más reciente.
trend-legend-band = Banda sombreada: intervalo de referencia del último resultado.
trend-legend-out = Cuadrado: resultado fuera del intervalo de referencia.
flag-normal = Normal
flag-low = Bajo
flag-high = Alto
flag-critical-low = Críticamente bajo
flag-critical-high = Críticamente alto
flag-abnormal = Anormal
flag-critical = Crítico

## Documentos
documents-title = Mis documentos
documents-kinds-label = Tipos de documento
documents-all = Todos
documents-empty = Aún no hay documentos aquí.
documents-back = Volver a mis documentos
document-kind-report = Informe de resultados
document-kind-prescription = Receta
document-kind-imaging = Imagen médica
document-kind-letter = Carta
document-kind-other = Otro documento
document-kind = Tipo
document-author = Autor
document-author-unknown = Autor no indicado
document-added-by = Añadido por { $name }
document-date = Fecha
document-file = Archivo
document-size-kb = { $size } KB
document-seal = Sello
document-sealed = Sellado, sin cambios
document-seal-broken = Sello no válido: el documento fue alterado
document-patient-provided = Documento añadido por el paciente
document-sealed-explained = Carnet firmó este documento al publicarlo. Cualquiera que reciba una copia puede comprobar que es auténtica e íntegra.
document-open = Abrir
document-download = Descargar
document-replaced = Sustituido por una versión corregida
document-treatments-title = Tratamientos de esta receta
document-replaced-by = Este documento fue corregido: vea la nueva versión
document-replaces = Este documento corrige una versión anterior: véala
document-verify-hint = Verificar una copia de este documento

## Verificación
verify-title = Verificar un documento
verify-intro = ¿Ha recibido un documento de Carnet? Elija el archivo: Carnet le dice si lo selló, quién lo publicó y cuándo, y si está íntegro. El archivo no se guarda.
verify-file-label = Archivo que verificar
verify-button = Verificar
verify-another = Verificar otro archivo
verify-sealed-title = Auténtico e íntegro
verify-sealed-text = { $kind } publicado por { $author } el { $date }, sellado por este Carnet. El archivo no ha cambiado desde entonces.
verify-author-patient = el propio paciente (un documento que añadió a su historial)
verify-unknown-title = Documento no reconocido
verify-unknown-text = Este Carnet no ha sellado ningún documento idéntico a este archivo: o procede de otro lugar, o fue modificado, aunque sea en un solo byte.
verify-broken-title = Sello no válido
verify-broken-text = Hay guardado un documento idéntico, pero su sello ya no coincide: la información guardada fue alterada. Comuníquelo al centro de salud.
verify-key-title = Verificar sin Carnet
verify-key-text = Los sellos son firmas Ed25519 hechas con la clave pública de abajo. El formato se describe en la documentación de Carnet.
verify-key-id = Identificador de la clave
verify-public-key = Clave pública

## Añadir documentos
upload-link = Añadir un documento
upload-title = Añadir un documento
upload-intro = Añada a su historial un documento que haya recibido (PDF, JPEG o PNG, { $size } MB como máximo). Quedará marcado como añadido por usted.
upload-title-label = Título del documento
upload-kind-label = Tipo
upload-file-label = Archivo
upload-button = Añadir
notice-uploaded = El documento se ha añadido a su historial.
notice-already-added = Este archivo ya estaba en el historial: aquí está; no se ha añadido una segunda vez.
error-upload-type = Este archivo no es un PDF ni una imagen JPEG o PNG (se ha comprobado su contenido, no solo su nombre).
error-upload-title = Dé un título al documento (200 caracteres como máximo, en una sola línea).
error-upload-duplicate = Este documento ya está en su historial.
error-upload-quota = Los archivos añadidos a este historial ya ocupan todo el espacio previsto. Pregunte en la recepción si necesita más.

## Publicación (profesionales)
nav-publish = Publicar
publish-title = Publicar en un historial
publish-intro = El paciente se identifica por su INS y su fecha de nacimiento; su historial ya debe existir. Se le avisa por correo, sin ningún detalle médico.
publish-results-title = Resultados de análisis o mediciones
publish-report-title = Un informe (PDF)
publish-vaccination-title = Una vacunación
publish-health-id-label = INS del paciente (15 caracteres)
publish-birth-date-label = Fecha de nacimiento
publish-taken-at-label = Fecha y hora de la toma de muestra o de la medición
publish-test-label = Análisis o medición { $row }
publish-test-none = —
publish-value-label = Resultado { $row }
publish-low-label = Límite inferior { $row } (si es diferente)
publish-high-label = Límite superior { $row } (si es diferente)
publish-report-title-label = Título
publish-report-kind-label = Tipo
publish-report-date-label = Fecha del documento
publish-report-file-label = Archivo PDF
publish-report-hide-representatives = Ocultar este documento a los representantes legales
publish-report-hide-representatives-hint = Para un paciente menor que ha pedido confidencialidad (por ejemplo, una consulta sin sus padres): sus representantes legales no verán ni este documento ni su título. Sin efecto para un paciente mayor de edad.
publish-vaccine-label = Vacuna
publish-vaccination-date-label = Fecha de la vacunación
publish-dose-label = Número de dosis (opcional)
publish-lot-label = Número de lote (opcional)
publish-prescription-title = Una receta (PDF y tratamientos)
publish-prescription-intro = Los tratamientos escritos aquí se añaden al perfil de salud del paciente, vinculados a la receta: ve de dónde viene cada uno y puede pedirle su renovación.
publish-prescription-date-label = Fecha de la receta
publish-prescription-file-label = La receta firmada (archivo PDF)
publish-prescription-hide-representatives = Ocultar esta receta y sus tratamientos a los representantes legales
publish-prescription-document-title = Receta
publish-treatment-legend = Tratamiento { $row }
publish-treatment-name-label = Medicamento, dosis y forma
publish-treatment-name-hint = Por ejemplo: Amlodipino 5 mg, comprimido. Deje vacías las líneas que no use.
publish-treatment-dosage-label = Posología
publish-treatment-days-label = Duración en días (opcional)
error-prescription-days = Una duración es un número de días, de 1 a 365.
error-prescription-empty = Escriba al menos un tratamiento: el medicamento y cómo tomarlo.
publish-profile-title = Una alergia, un problema de salud o un procedimiento
publish-profile-intro = Lo que anota aquí se añade al perfil de salud del paciente, a su nombre: él lo ve, y un médico que lo atienda de urgencia lo ve primero.
publish-profile-kind-legend = Lo que anota
publish-profile-kind-allergy = Una alergia o una intolerancia
publish-profile-kind-condition = Un problema de salud (una enfermedad, un antecedente)
publish-profile-kind-procedure = Una operación o un procedimiento realizado (por ejemplo: apendicectomía, colonoscopia)
publish-profile-kind-emergency = Una visita a urgencias
publish-profile-kind-stay = Una hospitalización (ya terminada)
publish-profile-name-label = Qué es: la sustancia, el problema, el procedimiento o el servicio
publish-profile-detail-label = Reacción, motivo del procedimiento u observaciones (opcional)
publish-profile-since-label = Desde, o el día del procedimiento (opcional)
publish-profile-until-label = Curado el, para un problema pasado; último día, para un procedimiento de varios días (opcional)
publish-profile-place-label = Centro, para una hospitalización o una visita a urgencias (opcional)
publish-profile-high-risk = Alergia de alto riesgo (se teme una reacción grave)
publish-button = Publicar
notice-published = Publicado: el historial del paciente está al día y se le ha avisado.
error-birth-date-invalid = La fecha de nacimiento no es válida.
error-publish-identity = El paciente debe identificarse por su INS y su fecha de nacimiento.
error-publish-identify-limit = Demasiadas publicaciones de esta hora no coincidían con ningún historial. Compruebe el INS y la fecha de nacimiento de sus pacientes y vuelva a intentarlo más tarde.
error-publish-author-claimed = Un programa publica solo en su propio nombre: un autor no puede ser una cuenta de Carnet.
error-publish-no-record = Ningún historial coincide con este INS y esta fecha de nacimiento. Compruébelos; el paciente puede darse de alta en la recepción.
error-publish-date-invalid = La fecha no es válida (no puede ser futura).
error-publish-no-results = Rellene al menos un análisis y su resultado.
error-publish-test-unknown = Elija el análisis de la lista.
error-publish-value-invalid = Un resultado no es un número (por ejemplo 1,18).
error-publish-range-invalid = Un límite de referencia no es un número, o el límite inferior es mayor que el superior.
error-publish-not-pdf = El documento debe ser un archivo PDF (se ha comprobado su contenido).
error-publish-vaccine-unknown = Elija la vacuna de la lista.
error-publish-dose-invalid = El número de dosis debe ser un número del 1 al 20.
error-publish-lot-invalid = El número de lote tiene 40 caracteres como máximo, en una sola línea.
lab-test-1558-6 = Glucosa en ayunas
lab-test-4548-4 = Hemoglobina glicada (HbA1c)
lab-test-2093-3 = Colesterol total
lab-test-13457-7 = Colesterol LDL
lab-test-2085-9 = Colesterol HDL
lab-test-2571-8 = Triglicéridos
lab-test-2160-0 = Creatinina
lab-test-718-7 = Hemoglobina
lab-test-6690-2 = Leucocitos
lab-test-777-3 = Plaquetas
lab-test-3016-3 = TSH
lab-test-2276-4 = Ferritina
lab-test-1988-5 = Proteína C reactiva (PCR)
lab-test-2951-2 = Sodio
lab-test-2823-3 = Potasio
vaccine-146 = Hexavalente (DTPa-VPI-Hib-HB)
vaccine-115 = dTpa-VPI (difteria, tétanos, tos ferina, polio)
vaccine-113 = Td-VPI (difteria, tétanos, polio), adulto
vaccine-03 = Triple vírica (sarampión, paperas, rubéola)
vaccine-08 = Hepatitis B
vaccine-133 = Neumocócica conjugada 13-valente
vaccine-216 = Neumocócica conjugada 20-valente
vaccine-203 = Meningocócica ACWY
vaccine-163 = Meningocócica B
vaccine-165 = VPH 9-valente
vaccine-187 = Herpes zóster (vacuna recombinante)
vaccine-140 = Gripe estacional
vaccine-208 = COVID-19 (ARNm)
vaccine-119 = Rotavirus

## Importación FHIR (rechazos)
fhir-error-in-entry-of-type = entrada { $entry } ({ $type }): { $problem }
fhir-error-in-entry = entrada { $entry }: { $problem }
fhir-not-json = no es JSON ({ $detail })
fhir-not-a-bundle = no es un Bundle FHIR
fhir-bundle-type = el tipo de bundle «{ $type }» no es transaction, batch ni collection
fhir-too-large = ocupa más de { $size } MB
fhir-empty = el bundle no tiene entradas
fhir-missing-field = falta { $field }
fhir-invalid-field = { $field } { $reason }
fhir-dangling-reference = la referencia «{ $reference }» no apunta a nada utilizable en este bundle
fhir-unknown-code = { $field } tiene el código desconocido «{ $code }»
fhir-duplicate = { $what } aparece dos veces
fhir-reason-not-a-number = no es un número
fhir-reason-not-a-date = no es una fecha (AAAA-MM-DD)
fhir-reason-not-a-date-time = no es una fecha o fecha-hora FHIR
fhir-reason-not-text = no es texto
fhir-reason-not-an-integer = no es un número entero
fhir-reason-not-a-positive-integer = no es un número entero positivo
fhir-reason-bound-not-a-number = tiene un límite que no es un número
fhir-reason-low-above-high = tiene el límite inferior por encima del superior
fhir-reason-no-inline-data = no tiene datos incluidos
fhir-reason-not-base64 = los datos no están en base64
fhir-reason-empty = está vacío
fhir-reason-end-before-start = termina antes de empezar
fhir-stored = Guardado: { $results } resultados, { $reports } informes, { $documents } documentos, { $vaccinations } vacunas añadidos.
error-token-required = Token de API ausente, no válido o revocado.
error-fhir-media = Envíe un Bundle FHIR en JSON (Content-Type: application/fhir+json).
error-imaging-unknown = Un estudio de imagen que nombra este informe (imagingStudy) no está en este historial.
error-prescribed-unknown = Un tratamiento que nombra esta receta (context.related) no está en este historial.
error-replaces-unknown = El documento que este corrige (relatesTo replaces) no está en este historial.
home-new-results-many = Más de { $count } resultados nuevos
verify-fingerprint = La huella SHA-256 del archivo:

mail-record-corrected-subject = Una corrección en su historial de salud
mail-record-corrected-body =
    Hola, { $name }:

    { $count ->
        [one] El profesional o laboratorio que publicó un elemento de su historial de salud lo ha corregido o retirado.
       *[other] Los profesionales o laboratorios que publicaron { $count } elementos de su historial de salud los han corregido o retirado.
    } Inicie sesión para ver el nuevo valor; el anterior sigue visible en el historial:

    { $url }

    Para proteger su intimidad, este mensaje no contiene ninguna información médica.

result-corrected-by = Corregido el { $date } por { $publisher }.
result-corrected = Corregido el { $date }.
result-withdrawn-by = Retirado por { $publisher } el { $date }: este resultado se había publicado por error.
result-withdrawn = Retirado el { $date }: este resultado se había publicado por error.
result-all-withdrawn = Todos los resultados de esta prueba fueron retirados por quienes los publicaron: el historial de abajo dice quién y cuándo.
result-previous-value = Publicado antes: { $value }, tomado el { $taken } (sustituido el { $date }).

fhir-entry-not-kept = Leído, no conservado: Carnet no guarda este tipo de recurso, esta categoría o este estado.
fhir-post-only = Envíe un Bundle FHIR con POST.

mail-record-updated-for-subject = Novedades en el historial de salud de { $child }
mail-record-updated-for-body =
    Hola, { $name }:

    { $count ->
        [one] Se ha añadido un elemento nuevo al historial de salud de { $child }, de quien usted es representante legal.
       *[other] Se han añadido { $count } elementos nuevos al historial de salud de { $child }, de quien usted es representante legal.
    } Inicie sesión y actúe por { $child } para ver lo que se ha añadido:

    { $url }

    Para proteger su intimidad, este mensaje no contiene ninguna información médica.
mail-record-updated-for-action = Abrir el historial de salud
mail-record-corrected-for-subject = Una corrección en el historial de salud de { $child }
mail-record-corrected-for-body =
    Hola, { $name }:

    { $count ->
        [one] El profesional o laboratorio que publicó un elemento del historial de salud de { $child }, de quien usted es representante legal, lo ha corregido o retirado.
       *[other] Los profesionales o laboratorios que publicaron { $count } elementos del historial de salud de { $child }, de quien usted es representante legal, los han corregido o retirado.
    } Inicie sesión y actúe por { $child } para ver el nuevo valor; el anterior sigue visible en el historial:

    { $url }

    Para proteger su intimidad, este mensaje no contiene ninguna información médica.
mail-record-corrected-for-action = Ver el historial de salud
error-publish-place = Indique el centro en una línea (200 caracteres como máximo).
