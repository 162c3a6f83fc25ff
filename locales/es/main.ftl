# Carnet — español.
# Cada texto visible viene de aquí; todos los idiomas tienen exactamente los mismos identificadores.

## General
language-name = Español
# Fechas y horas (patrón strftime; %b y %B son los nombres de mes de abajo).
datetime-pattern = %-d %b %Y, %H:%M
site-name = Carnet
site-tagline = Su historial de salud, compartido con quien usted elija.
skip-to-content = Ir al contenido
nav-label = Navegación principal
nav-menu = Menú
nav-home = Inicio
nav-account = Mi cuenta
nav-sign-in = Iniciar sesión
nav-sign-out = Cerrar sesión
language-label = Idioma
language-switch = Ver en { $language }
footer-text = Carnet, un portal del paciente de código abierto.
javascript-needed = Las llaves de acceso necesitan JavaScript: actívelo en su navegador para continuar.

## Roles
role-patient = Paciente
role-caregiver = Cuidador
role-professional = Profesional de la salud
role-staff = Recepción y ayuda digital
role-admin = Administración

## Inicio
home-title = Inicio
home-greeting = Hola, { $name }
home-roles = Ha iniciado sesión como: { $roles }.
home-signed-out-title = Bienvenido a Carnet
home-signed-out-text = Inicie sesión con su llave de acceso para ver su historial de salud. Para obtener una cuenta, pregunte en la recepción de su centro de salud.
home-account-hint = Gestione sus llaves de acceso y su idioma desde su cuenta.

## Inicio de sesión
signin-title = Iniciar sesión
signin-intro = Use la llave de acceso guardada en su teléfono, su ordenador o su llave de seguridad.
signin-username-label = Correo electrónico
signin-username-hint = Su navegador puede proponerle sus llaves de acceso en este campo.
signin-button = Iniciar sesión con una llave de acceso
signin-working = Iniciando sesión…
signin-failed = No hemos podido iniciar su sesión con esta llave de acceso. Inténtelo de nuevo o pregunte en la recepción.
signin-no-account = ¿Aún no tiene cuenta? La recepción de su centro de salud puede darle de alta.

## Alta
enrol-title = Cree su llave de acceso
enrol-welcome = Bienvenido, { $name }.
enrol-intro = Una llave de acceso sustituye a la contraseña: se queda en su dispositivo y se desbloquea con su huella, su cara o su PIN. Nadie más puede usarla.
enrol-button = Crear mi llave de acceso
enrol-working = Creando la llave de acceso…
enrol-failed = No se ha podido crear la llave de acceso. Inténtelo de nuevo.
link-unknown-title = Enlace desconocido
link-unknown-text = Este enlace de alta no existe. Compruebe que está completo o pida uno nuevo en la recepción.
link-used-title = Enlace ya utilizado
link-used-text = Este enlace ya se utilizó para crear una llave de acceso. Inicie sesión con esa llave o pida un enlace nuevo en la recepción.
link-expired-title = Enlace caducado
link-expired-text = Este enlace ya no es válido. Pida uno nuevo en la recepción.

## Ceremonias (mensajes comunes)
ceremony-cancelled = La operación se canceló o tardó demasiado. Puede intentarlo de nuevo.
ceremony-unsupported = Este navegador no admite llaves de acceso. Pruebe con un navegador reciente.
ceremony-network = No se ha podido contactar con el servidor. Compruebe su conexión e inténtelo de nuevo.

## Cuenta
account-title = Mi cuenta
account-passkeys-title = Mis llaves de acceso
account-passkeys-intro = Cada dispositivo con el que inicia sesión tiene su propia llave de acceso.
passkey-created = Creada el { $date }
passkey-last-used = Último uso el { $date }
passkey-never-used = Nunca se ha usado para iniciar sesión
passkey-name-label = Nombre de la llave
passkey-rename = Cambiar el nombre
passkey-remove = Eliminar
passkey-remove-label = Eliminar la llave de acceso «{ $name }»
passkey-rename-label = Cambiar el nombre de la llave de acceso «{ $name }»
passkey-only-one = Es su única llave de acceso: añada otra antes de eliminarla, o ya no podría iniciar sesión.
passkey-add-title = Añadir una llave de acceso
passkey-add-intro = Añada una llave de acceso en otro dispositivo para no perder nunca el acceso a su historial.
passkey-add-button = Añadir una llave de acceso
passkey-add-working = Añadiendo la llave de acceso…
passkey-add-failed = No se ha podido añadir la llave de acceso. Inténtelo de nuevo.
passkey-default-name = Llave de acceso { $number }
account-language-title = Idioma
account-language-intro = Carnet le escribe y se muestra en el idioma que usted elija.
account-export-title = Mis datos
account-export-intro = Descargue una copia completa del historial: identidad, resultados con sus valores de referencia, vacunas, documentos con sus archivos. El archivo está en formato FHIR R4, el que leen los programas de salud. Contiene todos estos datos de salud: guárdelo en un lugar seguro.
account-export-link = Descargar el historial (FHIR, JSON)
notice-passkey-renamed = Se ha cambiado el nombre de la llave de acceso.
notice-passkey-removed = Se ha eliminado la llave de acceso. Las sesiones abiertas con ella se han cerrado.
notice-passkey-added = Se ha añadido la llave de acceso. Le hemos enviado un correo de seguridad.
notice-language-changed = Se ha cambiado el idioma.

## Errores
error-title = Algo ha fallado
not-found-title = Página no encontrada
not-found-text = Esta página no existe o no tiene acceso a ella.
back-home = Volver al inicio
error-name-invalid = El nombre debe tener entre 1 y 100 caracteres.
error-email-invalid = Esta dirección de correo no es válida.
error-email-taken = Ya existe una cuenta con esta dirección de correo.
error-role-invalid = Este rol no existe.
error-passkey-name-invalid = El nombre de una llave de acceso debe tener entre 1 y 64 caracteres.
error-last-passkey = No puede eliminar su última llave de acceso: añada otra primero.
error-not-found = No encontrado.
error-sign-in-required = Debe iniciar sesión.
error-ceremony = La verificación de la llave de acceso ha fallado. Inténtelo de nuevo.
error-rate-limited = Demasiados intentos. Espere un minuto e inténtelo de nuevo.
error-bad-request = La solicitud no es válida.
error-unsupported-media = El formato de la solicitud no se acepta.
error-payload-too-large = La solicitud es demasiado grande.
error-cross-origin = Solicitud rechazada: no procede de Carnet.
error-internal = Un problema técnico nos impide responder. Inténtelo de nuevo dentro de un momento.
error-method = Esta acción no está permitida aquí.

## Correos
mail-invitation-subject = Su invitación a Carnet
mail-invitation-body =
    Hola, { $name }:

    Se ha creado una cuenta de Carnet para usted. Para usarla, cree su llave de acceso abriendo este enlace en su teléfono o su ordenador:

    { $url }

    Este enlace funciona una sola vez y caduca en { $hours } horas.

    Si no esperaba este mensaje, ignórelo.
mail-passkey-added-subject = Se ha añadido una llave de acceso a su cuenta de Carnet
mail-passkey-added-body =
    Hola, { $name }:

    Se añadió una llave de acceso llamada «{ $passkey }» a su cuenta de Carnet el { $when }.

    Si fue usted, no tiene que hacer nada. Si no, avise a la recepción de su centro de salud y elimine esta llave desde su cuenta:

    { $url }
mail-record-updated-subject = Novedades en su historial de salud
mail-record-updated-body =
    Hola, { $name }:

    { $count ->
        [one] Se ha añadido un elemento nuevo a su historial de salud.
       *[other] Se han añadido { $count } elementos nuevos a su historial de salud.
    } Inicie sesión para ver lo que se ha añadido:

    { $url }

    Para proteger su intimidad, este mensaje no contiene ninguna información médica.

## Historial de salud: formatos
# Solo la fecha (patrón strftime).
date-pattern = %-d %b %Y
# Separador decimal de los valores medidos.
decimal-separator = ,
nav-results = Resultados
nav-documents = Documentos
nav-vaccinations = Vacunas
pager-older = Anteriores
error-date-invalid = Una de las fechas no es válida: use el formato dd/mm/aaaa.
error-health-id-invalid = Este INS no es válido: tiene 15 caracteres y su clave debe coincidir.
error-health-id-taken = Este INS ya pertenece a otro historial.
error-upload-missing = Elija un archivo.
error-upload-too-large = Este archivo ocupa más de 10 MB.

## Inicio (paciente)
home-new-title = Novedades desde su última visita
home-nothing-new = Nada nuevo desde su última visita.
home-new-results = { $count ->
    [one] Un resultado nuevo
   *[other] { $count } resultados nuevos
}
home-out-of-range-title = Resultados fuera del intervalo de referencia
home-out-of-range-none = Ninguno de sus últimos resultados está fuera de su intervalo de referencia.
home-out-of-range-nothing-to-judge = Todavía no hay resultados con valores de referencia.
home-out-of-range-hint = Un resultado fuera del intervalo de referencia no es necesariamente anormal para usted: coméntelo con su médico.
home-all-results = Todos mis resultados
home-vaccinations-title = Vacunas pendientes
home-all-vaccinations = Mi cartilla de vacunación
home-verify-link = Verificar un documento sellado por Carnet

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
results-back = Volver a mis resultados
result-range = Intervalo de referencia: { $range }
result-count = { $count ->
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
document-replaced-by = Este documento fue corregido: vea la nueva versión
document-replaces = Este documento corrige una versión anterior: véala
document-verify-hint = Verificar una copia de este documento

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

## Verificación
verify-title = Verificar un documento
verify-intro = ¿Ha recibido un documento de Carnet? Elija el archivo: Carnet le dice si lo selló, quién lo publicó y cuándo, y si está íntegro. El archivo no se guarda.
verify-file-label = Archivo que verificar
verify-button = Verificar
verify-another = Verificar otro archivo
verify-sealed-title = Auténtico e íntegro
verify-sealed-text = { $kind } publicado por { $author } el { $date }, sellado por este Carnet. El archivo no ha cambiado desde entonces.
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
error-upload-type = Este archivo no es un PDF ni una imagen JPEG o PNG (se ha comprobado su contenido, no solo su nombre).
error-upload-title = Dé un título al documento (200 caracteres como máximo, en una sola línea).
error-upload-duplicate = Este documento ya está en su historial.

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
publish-vaccine-label = Vacuna
publish-vaccination-date-label = Fecha de la vacunación
publish-dose-label = Número de dosis (opcional)
publish-lot-label = Número de lote (opcional)
publish-button = Publicar
notice-published = Publicado: el historial del paciente está al día y se le ha avisado.
error-birth-date-invalid = La fecha de nacimiento no es válida.
error-publish-identity = El paciente debe identificarse por su INS y su fecha de nacimiento.
error-publish-no-record = Ningún historial coincide con este INS y esta fecha de nacimiento. Compruébelos; el paciente puede darse de alta en la recepción.
error-publish-date-invalid = La fecha no es válida (no puede ser futura).
error-publish-no-results = Rellene al menos un análisis y su resultado.
error-publish-test-unknown = Elija el análisis de la lista.
error-publish-value-invalid = Un resultado no es un número (por ejemplo 1,18).
error-publish-range-invalid = Un límite de referencia no es un número, o el límite inferior es mayor que el superior.
error-publish-not-pdf = El informe debe ser un archivo PDF (se ha comprobado su contenido).
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
fhir-stored = Guardado: { $results } resultados, { $reports } informes, { $documents } documentos, { $vaccinations } vacunas añadidos.
error-token-required = Token de API ausente, no válido o revocado.
error-fhir-media = Envíe un Bundle FHIR en JSON (Content-Type: application/fhir+json).
error-replaces-unknown = El documento que este corrige (relatesTo replaces) no está en este historial.
home-new-results-many = Más de { $count } resultados nuevos
verify-fingerprint = La huella SHA-256 del archivo:

## Compartir y trazabilidad (issue 4)
nav-sharing = Compartir
nav-patients = Mis pacientes
record-of = Historial de { $name }
record-emergency = Acceso de urgencia
record-sections-label = Partes del historial
overview-latest-title = Lo más reciente
overview-nothing = Aún no hay nada en este historial.
patients-title = Mis pacientes
patients-empty = Ningún paciente le ha autorizado todavía.
patients-born = Nacido/a el { $date }
patients-status-authorized = Le ha autorizado
patients-emergency-until = Acceso de urgencia hasta las { $time }
patients-request-title = Pedir acceso a un paciente
patients-request-intro = El paciente recibe su solicitud y decide. Verá su historial aquí cuando le autorice.
patients-request-button = Enviar la solicitud
patients-emergency-title = Acceso de urgencia
patients-emergency-intro = Solo cuando la atención del paciente no puede esperar a su consentimiento. El acceso dura 4 horas, se avisa al paciente de inmediato y aparece en su historial de accesos con su motivo. Un paciente que le ha bloqueado sigue protegido.
patients-emergency-reason-label = Motivo (obligatorio, visible para el paciente)
patients-emergency-button = Abrir un acceso de urgencia
notice-access-requested = Su solicitud se ha enviado si algún historial coincide. Podrá leer el historial cuando el paciente le autorice.
error-emergency-reason-missing = Indique el motivo del acceso de urgencia.
error-emergency-reason-invalid = El motivo debe ocupar una sola línea de 500 caracteres como máximo.
error-emergency-refused = Ningún historial que pueda abrir coincide con este INS y esta fecha de nacimiento.
visibility-title = Quién puede ver este documento
visibility-professionals = Ocultar a los profesionales de la salud
visibility-representatives = Ocultar a los representantes legales
visibility-hint = Oculto a los profesionales, un documento sigue visible para usted, para las personas que actúan en su nombre y para el profesional que lo redactó, mientras tenga acceso a su historial. Oculto a los representantes legales, sigue visible para usted y para los profesionales que tienen acceso a su historial.
visibility-save = Guardar
notice-visibility-saved = Su elección se ha guardado.
sharing-title = Compartir
sharing-intro = Usted decide, profesional por profesional, quién puede leer su historial. Un bloqueo prevalece sobre todo lo demás, incluso sobre un acceso de urgencia.
sharing-history-link = Quién ha visto mi historial
notice-sharing-authorize = Este profesional ya puede leer su historial.
notice-sharing-revoke = Este profesional ya no puede leer su historial.
notice-sharing-block = Este profesional está bloqueado: ya no puede leer su historial, ni siquiera en una urgencia.
notice-sharing-unblock = Este profesional ya no está bloqueado.
notice-sharing-approve = Solicitud aprobada: este profesional ya puede leer su historial.
notice-sharing-refuse = Solicitud rechazada.
notice-sharing-preference = Su elección se ha guardado.
error-sharing-unknown-professional = Este profesional no está en el directorio.
error-sharing-no-request = Esta solicitud ya no está pendiente.
sharing-requests-title = Solicitudes
sharing-requested-on = Solicitado el { $date }
sharing-authorized-title = Quién puede leer mi historial
sharing-authorized-none = Ningún profesional puede leer su historial.
sharing-authorized-on = Autorizado el { $date }
sharing-emergencies-title = Accesos de urgencia en curso
sharing-emergency-reason = Motivo indicado: { $reason }
sharing-emergency-until = Hasta las { $time }
sharing-blocked-title = Bloqueados
sharing-blocked-none = No ha bloqueado a nadie.
sharing-blocked-on = Bloqueado el { $date }
sharing-directory-title = Buscar un profesional
sharing-directory-name-label = Nombre o número RPPS
sharing-directory-specialty-label = Especialidad
sharing-directory-any-specialty = Cualquier especialidad
sharing-directory-city-label = Ciudad
sharing-directory-search = Buscar
sharing-directory-none = Ningún profesional coincide con esta búsqueda.
sharing-status-authorized = Puede leer su historial
sharing-status-blocked = Bloqueado
sharing-status-requested = Ha pedido acceso
sharing-new-documents-title = Documentos nuevos
sharing-new-documents-label = Los documentos nuevos empiezan ocultos a los profesionales
sharing-new-documents-hint = Después puede mostrar cada documento desde su página. El profesional que redactó un documento siempre lo ve, mientras tenga acceso a su historial.
sharing-save = Guardar
sharing-rpps = RPPS { $rpps }
sharing-authorize = Autorizar
sharing-revoke = Retirar
sharing-block = Bloquear
sharing-unblock = Desbloquear
sharing-approve = Aprobar
sharing-refuse = Rechazar
specialty-general-practice = Medicina general
specialty-cardiology = Cardiología
specialty-dermatology = Dermatología
specialty-endocrinology = Endocrinología
specialty-gynaecology = Ginecología
specialty-paediatrics = Pediatría
specialty-psychiatry = Psiquiatría
specialty-radiology = Radiología
specialty-medical-biology = Análisis clínicos
specialty-nursing = Enfermería
specialty-pharmacy = Farmacia
specialty-dentistry = Odontología
specialty-physiotherapy = Fisioterapia
specialty-midwifery = Matronería
error-rpps-invalid = Un número RPPS tiene 11 cifras.
error-rpps-taken = Otro profesional tiene este número RPPS.
error-specialty-unknown = Esta especialidad no existe.
error-city-invalid = La ciudad debe ocupar una sola línea de 100 caracteres como máximo.
history-title = Quién ha visto mi historial
history-intro = Cada acceso a su historial y cada cambio hecho por otra persona, permitido o denegado.
history-from-label = Desde
history-to-label = Hasta
history-who-label = Persona
history-who-anyone = Cualquiera
history-filter = Filtrar
history-csv = Descargar en CSV
history-empty = Nadie más ha accedido a su historial en este periodo.
history-table-caption = Accesos y cambios, del más reciente al más antiguo
history-csv-time = Hora
history-csv-who = Quién
history-csv-role = Rol
history-csv-action = Qué pasó
history-csv-about = Sobre
history-csv-decision = Resultado
history-csv-emergency = Urgencia
history-csv-emergency-reason = Motivo indicado
history-csv-yes = sí
history-csv-no = no
history-emergency = Urgencia
history-emergency-reason = Motivo indicado: { $reason }
history-actor-operator = Equipo técnico de Carnet
history-actor-unknown = Desconocido
history-action-read-summary = leyó el resumen de su historial
history-action-read-results = leyó sus resultados
history-action-read-result-history = leyó la evolución de uno de sus análisis
history-action-read-documents = leyó la lista de sus documentos
history-action-read-document = abrió uno de sus documentos
history-action-read-vaccinations = leyó sus vacunas
history-action-read-sharing = leyó su configuración de compartir
history-action-read-history = leyó este registro de accesos
history-action-write-import = importó datos en su historial
history-action-write-publish = publicó en su historial
history-action-write-upload = añadió un documento a su historial
history-action-share-authorize = autorizó a un profesional a leer su historial
history-action-share-revoke = retiró la autorización de un profesional
history-action-share-block = bloqueó a un profesional
history-action-share-unblock = desbloqueó a un profesional
history-action-share-approve = aceptó la solicitud de acceso de un profesional
history-action-share-refuse = rechazó la solicitud de acceso de un profesional
history-action-share-hide-document = ocultó un documento
history-action-share-show-document = volvió a mostrar un documento
history-action-share-hide-new-documents = cambió la opción de los documentos nuevos
history-action-access-request = le pidió acceso a su historial
history-action-access-emergency = abrió un acceso de urgencia a su historial
history-action-auth-sign-in = inició sesión
history-reason-owner = es su propio historial
history-reason-consent = usted autorizó a este profesional a leer su historial
history-reason-emergency = había un acceso de urgencia en curso
history-reason-blocked = usted bloqueó a este profesional
history-reason-no-consent = usted no ha autorizado a este profesional
history-reason-hidden-document = usted ocultó este documento a los profesionales
history-reason-no-access = esta persona no tiene ningún derecho sobre su historial
history-reason-unknown-record = este historial no existe
history-reason-owner-only = solo el titular del historial puede hacerlo
history-reason-professional = los profesionales de la salud pueden hacerlo
history-reason-organisation-token = por el programa de un organismo, con su clave de conexión a Carnet
history-reason-operator = solo el equipo técnico puede importar, desde el servidor
history-reason-passkey = con su llave de acceso
history-reason-enrolment = al inscribirse
history-reason-bad-assertion = llave de acceso no reconocida
history-reason-user-handle-mismatch = llave de acceso no reconocida
history-role-patient = Paciente
history-role-professional = Profesional de la salud
history-role-organisation = Organización
history-role-operator = Equipo técnico
history-role-caregiver = Cuidador
history-role-staff = Recepción
history-role-admin = Administración
history-role-none = Sin rol
history-role-person = Persona
mail-first-read-subject = Un profesional ha consultado su historial de salud
mail-first-read-body =
    Hola, { $name }:

    Un profesional de la salud al que usted autorizó ha consultado su historial por primera vez. Vea quién y cuándo en «Quién ha visto mi historial»:

    { $url }

    Si no lo esperaba, puede retirarle la autorización o bloquearlo desde la página Compartir.
mail-emergency-access-subject = Acceso de urgencia a su historial de salud
mail-emergency-access-body =
    Hola, { $name }:

    Un profesional de la salud ha abierto un acceso de urgencia a su historial. Dura 4 horas. Vea quién, cuándo y el motivo indicado en «Quién ha visto mi historial»:

    { $url }

    Si no está de acuerdo, puede bloquearlo desde la página Compartir: un bloqueo pone fin a su acceso de inmediato.
mail-access-requested-subject = Un profesional pide ver su historial de salud
mail-access-requested-body =
    Hola, { $name }:

    Un profesional de la salud pide leer su historial. Apruebe o rechace en la página Compartir:

    { $url }
home-patients-link = Mis pacientes y solicitudes de acceso

## Delegaciones: cuidadores y representantes legales (issue 5)
nav-caregivers = Mis cuidadores
nav-helping = Personas a las que ayudo
acting-region-label = Actuando en nombre de otra persona
acting-for = Actuando en nombre de: { $name }
acting-back-to-mine = Volver a mi propia cuenta
acting-switch = Cambiar de persona
home-record-of = Historial de { $name }
home-helping-link = Personas a las que ayudo
caregivers-title = Mis cuidadores
caregivers-intro = Deje que una persona de confianza actúe en su nombre: un familiar, un amigo, un ayudante. Usted elige lo que puede hacer y hasta cuándo, y puede ponerle fin en cualquier momento.
caregivers-current-title = Personas que pueden actuar en mi nombre
caregivers-none = Nadie puede actuar en su nombre.
caregivers-invite-title = Invitar a un cuidador
caregivers-invite-intro = Le enviamos un enlace por correo. Acepta con su propia cuenta de Carnet (o crea una); se le avisa a usted por correo.
caregivers-email-label = Su dirección de correo
caregivers-scopes-legend = Lo que puede hacer
delegation-scope-record-label = Leer mi historial (resultados, documentos, vacunas)
delegation-scope-appointments-label = Ver, pedir, cambiar y cancelar mis citas
delegation-scope-upload-label = Añadir documentos a mi historial
caregivers-last-day-label = Último día (opcional)
caregivers-last-day-hint = Déjelo vacío para no fijar fecha de fin: dura hasta que usted o esa persona le pongan fin.
caregivers-protected-hint = Un cuidador nunca gestiona sus llaves de acceso, sus opciones de compartir, sus cuidadores ni quién ha visto su historial.
caregivers-invite-button = Enviar la invitación
caregivers-past-title = Terminadas y caducadas
caregivers-withdraw = Retirar la invitación
caregivers-withdraw-label = Retirar la invitación enviada a { $name }
delegation-end = Terminar
delegation-end-label = Impedir que { $name } actúe en mi nombre
notice-delegation-invited = La invitación se ha enviado.
notice-delegation-accepted = Ha aceptado. Ahora actúa en nombre de esta persona: el aviso en la parte superior de cada página lo indica.
notice-delegation-ended = Hecho: este acceso ha terminado.
helping-title = Personas a las que ayudo
helping-intro = Las personas que le permiten actuar en su nombre. Elija en nombre de quién actúa; cada página lo indica entonces en la parte superior.
helping-none = Nadie le ha permitido todavía actuar en su nombre.
helping-as-caregiver = como cuidador
helping-as-representative = como representante legal
helping-act-for = Actuar en nombre de esta persona
helping-act-for-label = Actuar en nombre de { $name }
helping-current = Está actuando en nombre de esta persona
helping-stop = Dejar de ayudar
helping-stop-label = Dejar de actuar en nombre de { $name }
delegation-status-invited = Invitación enviada
delegation-status-running = Activa
delegation-status-expired = Caducada
delegation-status-ended = Terminada
delegation-ended-on = Terminada el { $date }
delegation-until = Hasta el { $date } incluido
delegation-until-ended = Hasta que uno de los dos le ponga fin
delegation-scope-record = leer el historial
delegation-scope-appointments = gestionar las citas
delegation-scope-upload = añadir documentos
invitation-title = Invitación para ayudar a alguien
invitation-lead = { $patient } le invita a actuar en su nombre en Carnet:
invitation-expires = Esta invitación puede aceptarse hasta el { $date }.
invitation-signed-in-as = Ha iniciado sesión como { $name }.
invitation-accept = Aceptar
invitation-join-title = Nuevo en Carnet
invitation-join-intro = Cree su cuenta con la dirección a la que se envió esta invitación ({ $email }) y después su llave de acceso.
invitation-name-label = Su nombre
invitation-join-button = Crear mi cuenta
invitation-have-account-title = Ya tengo una cuenta de Carnet
invitation-have-account-text = Inicie sesión y vuelva a abrir el enlace del correo para aceptar.
invitation-unknown-title = Invitación desconocida
invitation-unknown-text = Esta invitación no existe. Compruebe que el enlace está completo o pida a la persona que le invitó que le envíe otra.
invitation-used-title = Invitación ya no disponible
invitation-used-text = Esta invitación ya se aceptó o fue retirada.
invitation-expired-title = Invitación caducada
invitation-expired-text = Esta invitación ya no es válida. Pida a la persona que le invitó que le envíe otra.
error-delegation-no-scope = Elija al menos una cosa que pueda hacer.
error-delegation-end-past = El último día no puede estar en el pasado.
error-delegation-own-address = Es su propia dirección: invite a otra persona.
error-delegation-already-invited = Ya hay una invitación pendiente para esta dirección.
error-delegation-own-record = No puede actuar en su propio nombre: esta invitación procede de su propia cuenta.
error-delegation-exists = Ya puede actuar en nombre de esta persona.
mail-delegation-invitation-subject = { $patient } le invita a ayudarle en Carnet
mail-delegation-invitation-body =
    Hola:

    { $patient } le invita a actuar en su nombre en Carnet, su portal de salud. Podría: { $what }. { $until }.

    Para aceptar, abra este enlace (funciona durante 7 días):

    { $url }

    Si no conoce a esta persona, ignore este correo.
mail-delegation-granted-subject = Alguien puede ahora actuar en su nombre en Carnet
mail-delegation-granted-body =
    Hola, { $name }:

    { $caregiver } ha aceptado su invitación y ya puede actuar en su nombre, como usted eligió. Puede ponerle fin en cualquier momento:

    { $url }
mail-delegation-first-used-subject = Su cuidador ha usado su acceso
mail-delegation-first-used-body =
    Hola, { $name }:

    { $caregiver } ha abierto su historial por primera vez. Todo lo que hace aparece en «Quién ha visto mi historial»:

    { $url }
mail-delegation-ended-subject = Un cuidador ya no puede actuar en su nombre
mail-delegation-ended-body =
    Hola, { $name }:

    { $caregiver } ya no puede actuar en su nombre en Carnet. Sus cuidadores están en esta página:

    { $url }
mail-delegation-ended-delegate-subject = Ya no puede actuar en nombre de { $patient }
mail-delegation-ended-delegate-body =
    Hola, { $name }:

    Ya no puede actuar en nombre de { $patient } en Carnet. Las personas a las que ayuda están en esta página:

    { $url }
history-action-read-delegations = leyó la lista de sus cuidadores
history-action-delegation-invite = invitó a un cuidador
history-action-delegation-end = puso fin a una delegación
history-action-delegation-accept = aceptó actuar en su nombre
history-reason-delegation = mediante la delegación que usted dio
history-reason-representative = como representante legal
history-reason-no-delegation = usted no ha dado ninguna delegación a esta persona
history-reason-delegation-ended = la delegación había terminado
history-reason-patient-adult = usted tiene 18 años o más: un representante legal ya no actúa en su nombre
history-reason-out-of-scope = la delegación que usted dio no lo permite
history-reason-invitation = su invitación fue aceptada
history-reason-delegate = a petición del cuidador
history-role-representative = Representante legal

## Recepción: altas, recuperación, menores, sesiones asistidas, quiosco (issue 5)
nav-desk = Recepción
home-desk-link = Recepción
notice-session-ended = La sesión ha terminado y no queda nada de ella en este dispositivo.
assisted-region-label = Sesión asistida
assisted-banner = Asistido por { $staff } — para { $patient }
assisted-end = Terminar la sesión
desk-title = Recepción
desk-intro = Compruebe el documento de identidad de la persona antes de cualquiera de estas acciones. Aquí nunca ve datos de salud de nadie: solo junto al paciente, en una sesión que él aprueba.
notice-desk-enrolled = Se ha creado la cuenta y se ha enviado el enlace de alta al paciente por correo.
notice-desk-recovery-sent = Se ha enviado un enlace de recuperación a la dirección de correo del paciente. Sus sesiones se han cerrado.
notice-desk-minor-created = Se ha creado el historial del menor; se ha avisado a los representantes por correo.
notice-desk-kiosk-on = Este dispositivo es ahora un quiosco.
notice-desk-kiosk-off = Este dispositivo ya no es un quiosco.
notice-desk-code-sent = Se ha enviado un código a la dirección de correo del paciente.
desk-assist-title = Ayudar a un paciente que está aquí
desk-assist-intro = El paciente aprueba la sesión con su llave de acceso o con un código que se le envía. Dura 30 minutos como máximo y termina tras 5 minutos sin actividad.
desk-assist-button = Iniciar una sesión asistida
desk-enrol-title = Dar de alta a un paciente
desk-enrol-intro = El paciente creará su llave de acceso en su propio teléfono u ordenador, nunca en este dispositivo.
desk-name-label = Nombre completo
desk-email-label = Correo electrónico
desk-handover-legend = Cómo recibe el paciente su enlace de alta
desk-handover-email = Por correo
desk-handover-print = Ahora, como código QR para escanear o imprimir
desk-enrol-button = Crear la cuenta
desk-recover-title = Ayudar a un paciente que ha perdido todas sus llaves de acceso
desk-recover-intro = Tras comprobar la identidad del paciente en persona, dele un enlace de recuperación: por correo a su propia dirección (usted nunca lo ve), o ahora como código QR que escanea con su teléfono. Sus sesiones terminan de inmediato; sus llaves de acceso anteriores dejan de funcionar en cuanto crea una nueva.
desk-recover-button = Iniciar la recuperación
desk-minor-title = Crear el historial de un menor
desk-minor-intro = Asocie uno o dos representantes legales. Actúan en nombre del menor hasta que cumpla 18 años, salvo en los documentos ocultos a los representantes legales.
desk-given-label = Nombre(s)
desk-family-label = Apellidos
desk-minor-email-label = Correo del propio menor (opcional)
desk-minor-email-hint = Adonde se envía, cuando cumpla 18 años, su invitación para usar su propio historial.
desk-representative-legend = Representante legal { $number }
desk-minor-button = Crear el historial
desk-kiosk-title = Este dispositivo
desk-kiosk-on = Este dispositivo es un quiosco: las sesiones terminan tras 5 minutos sin actividad, 30 como máximo, y cerrar sesión lo borra todo.
desk-kiosk-off = Este dispositivo no está marcado como quiosco.
desk-kiosk-mark = Marcar como quiosco
desk-kiosk-unmark = Quitar la marca de quiosco
assist-title = Sesión asistida: la aprobación del paciente
assist-lead = Va a ayudar a { $patient }.
assist-what = Cuando lo apruebe, verá su historial y podrá hacer lo que le pida, salvo cambiar sus llaves de acceso, sus opciones de compartir o sus cuidadores.
assist-passkey-title = Con su llave de acceso
assist-passkey-intro = El paciente usa su propia llave de acceso en este dispositivo (o en su teléfono, si este dispositivo lo ofrece).
assist-passkey-button = Aprobar con una llave de acceso
assist-passkey-failed = La llave de acceso no ha aprobado la sesión. Inténtelo de nuevo o use un código.
assist-code-title = Con un código
assist-code-intro = Enviamos al paciente por correo un código de 6 cifras. Se lo lee y usted lo escribe aquí.
assist-code-label = Código leído por el paciente
assist-code-hint = Válido hasta las { $time }.
assist-code-verify = Comprobar el código
assist-code-send = Enviar un código
assist-code-resend = Enviar un código nuevo
handover-title = Enlace de alta
handover-intro = El paciente escanea este código con su propio teléfono para crear su llave de acceso. Funciona una sola vez.
handover-qr-label = Código QR del enlace de alta
handover-hint = Puede imprimir esta página para el paciente. Solo se muestra una vez.
handover-done = Hecho
error-desk-no-account = Ninguna cuenta de paciente coincide con este INS y esta fecha de nacimiento.
error-desk-not-minor = Esta persona no es menor de edad.
error-desk-representative-missing = Indique uno o dos representantes legales.
error-desk-representatives-same = Los dos representantes necesitan direcciones de correo diferentes.
error-desk-code-wrong = Este código no es correcto.
error-desk-code-expired = No hay ningún código válido: envíe uno nuevo.
error-desk-code-attempts = { $attempts } códigos erróneos: envíe uno nuevo.
error-desk-code-limit = No se pueden enviar más códigos en esta sesión: inicie una nueva.
mail-assisted-code-subject = Su código para la recepción
mail-assisted-code-body =
    Hola, { $name }:

    { $staff }, en la recepción, pide abrir su historial junto a usted. Si está allí y está de acuerdo, léale este código:

    { $code }

    Es válido durante 10 minutos. Si no está en la recepción, no se lo dé a nadie.
mail-recovery-subject = Cree una nueva llave de acceso para Carnet
mail-recovery-body =
    Hola, { $name }:

    A petición suya, la recepción ha iniciado la recuperación de su cuenta. Sus sesiones se han cerrado. Cree una nueva llave de acceso con este enlace (válido { $hours } horas):

    { $url }

    En cuanto la haya creado, todas sus llaves de acceso anteriores dejarán de funcionar, en todos sus dispositivos.

    Si no lo ha pedido usted, contacte con la recepción.
mail-representative-added-subject = Ya puede actuar en nombre de { $minor } en Carnet
mail-representative-added-body =
    Hola, { $name }:

    Como representante legal, ya puede actuar en nombre de { $minor } en Carnet, hasta que cumpla 18 años:

    { $url }
mail-coming-of-age-subject = Su historial de salud ya es suyo
mail-coming-of-age-body =
    Hola, { $name }:

    Ha cumplido 18 años: sus representantes legales ya no actúan en su nombre en Carnet. Cree su propia llave de acceso para usar su historial (el enlace es válido { $hours } horas):

    { $url }
history-action-desk-enrol = creó su cuenta en la recepción
history-action-desk-recovery = inició en la recepción la recuperación de su cuenta
history-action-desk-minor = creó este historial en la recepción
history-action-desk-assist-start = abrió una sesión asistida en su historial
history-action-desk-assist-approve = recibió su aprobación para una sesión asistida
history-action-desk-assist-end = terminó la sesión asistida
history-reason-identity-checked = identidad comprobada en persona
history-reason-code = usted confirmó con el código mostrado
history-reason-assisted = en una sesión asistida que usted aprobó
history-reason-assisted-ended = la sesión asistida había terminado

## Citas (issue 6)
error-availability-time = Indique las horas en horas y minutos, por ejemplo 09:00.
error-availability-slot-length = Una franja dura de 5 a 240 minutos.
error-availability-too-short = El horario debe terminar después de empezar, con espacio para al menos una franja.
error-availability-overlap = Estas horas se solapan con otro horario del mismo día. Cambie las horas o elimine el otro horario.
error-availability-visit = Elija el tipo de consulta: presencial o por vídeo.
error-availability-weekday = Elija un día de la semana.
error-place-name = Dé un nombre al lugar (80 caracteres como máximo, en una sola línea).
error-place-address = Indique la dirección (200 caracteres como máximo, en una sola línea).
error-place-city = Indique la ciudad (80 caracteres como máximo).
error-place-zone = Elija una zona horaria de la lista.
error-place-unknown = Este lugar ya no existe. Elija uno de la lista.
error-closure-past = Un cierre no puede empezar antes de hoy.
error-closure-range = El final debe ser posterior al inicio, en un plazo de 92 días.
error-cutoff-invalid = El plazo de cancelación es un número de horas entre 0 y 168.
error-languages-none = Marque al menos un idioma.
error-search-specialty = Elija una especialidad de la lista.
error-search-language = Elija un idioma de la lista.
error-search-city = La ciudad debe caber en una línea de 80 caracteres como máximo.
error-appointment-taken = Esta franja se acaba de reservar o ya no se ofrece. Elija otra.
error-appointment-slot-unknown = Esta franja no está en esta agenda. Elija una de la lista.
error-appointment-slot-past = Esta franja ya ha pasado. Elija otra.
error-appointment-too-many = Ya tiene 3 citas próximas con este profesional. Cancele una para pedir otra.
error-appointment-reason-long = El motivo tiene 500 caracteres como máximo. Acórtelo, por favor.
error-appointment-reason-markup = El motivo no puede contener etiquetas como <b> o </p>. Escriba texto sin formato, por favor.
error-appointment-reason-invalid = El motivo contiene caracteres invisibles. Escríbalo de nuevo, por favor.
error-appointment-cutoff = Falta demasiado poco para esta cita para cancelarla o cambiarla en línea. Llame a la consulta, por favor.
error-appointment-past = Esta cita ya ha pasado.
error-appointment-cancelled = Esta cita ya está cancelada o cambiada.
error-appointment-same-slot = La cita ya es a esa hora. Elija otra franja.
error-form-expired = Este formulario ya no es válido. Recargue la página e inténtelo de nuevo.

nav-appointments = Citas
nav-agenda = Agenda
time-pattern = %H:%M
day-with-weekday = { $weekday } { $date }
appointment-when = { $day } a las { $time }
weekday-1 = lunes
weekday-2 = martes
weekday-3 = miércoles
weekday-4 = jueves
weekday-5 = viernes
weekday-6 = sábado
weekday-7 = domingo
spoken-fr = Francés
spoken-en = Inglés
spoken-es = Español
spoken-ar = Árabe
spoken-de = Alemán
spoken-it = Italiano
spoken-pt = Portugués
spoken-zh = Chino

appointments-title = Mis citas
appointments-book = Pedir una cita
appointments-upcoming-title = Próximas
appointments-none = Ninguna cita próxima.
appointments-past-title = Pasadas y canceladas
appointments-waiting-title = Listas de espera
appointments-see-slots = Ver las franjas
appointments-leave-waiting = Salir de la lista
appointments-leave-waiting-label = Salir de la lista de espera de { $professional }
appointment-title = Cita
appointment-when-label = Cuándo
appointment-with-label = Con
appointment-where-label = Dónde
appointment-for-label = Para
appointment-reason-label = Motivo (solo lo ve el profesional)
appointment-status-label = Estado
appointment-status-booked = Confirmada
appointment-status-past = Pasada
appointment-status-cancelled = Cancelada
appointment-status-cancelled-by-professional = Cancelada por el profesional
appointment-minutes = ({ $minutes } min)
appointment-visit-in-person = Presencial
appointment-visit-video = Videoconsulta
appointment-visit-video-short = vídeo
appointment-add-to-calendar = Añadir a mi calendario (.ics)
appointment-move = Cambiar
appointment-cancel = Cancelar la cita
appointment-cutoff-hint = Puede cancelar o cambiar esta cita en línea hasta { $hours } horas antes.
appointment-cutoff-passed = Faltan menos de { $hours } horas para la cita: para cancelarla o cambiarla, llame a la consulta, por favor.
appointment-back = Volver a mis citas
appointment-ics-summary = Cita: { $professional }
notice-appointment-booked = Cita confirmada. Le llega un correo de confirmación con el archivo para su calendario.
notice-appointment-moved = Cita cambiada. La franja anterior vuelve a estar libre.
notice-appointment-cancelled = Cita cancelada.
notice-appointment-waiting = Está en la lista de espera: le escribiremos si se libera una franja antes.
notice-appointment-left-waiting = Ha salido de la lista de espera.
notice-appointment-cancelled-patient-told = Cita cancelada. Se avisa al paciente por correo.
notice-appointment-moved-patient-told = Cita cambiada. Se avisa al paciente por correo.

book-title = Pedir una cita
book-search-label = Buscar un profesional
book-specialty-label = Especialidad
book-city-label = Ciudad
book-language-label = Idioma hablado
book-any = Cualquiera
book-search = Buscar
book-none = Ningún profesional coincide. Pruebe una búsqueda más amplia.
book-results-title = Resultados
book-speaks = Habla: { $languages }
book-earliest = Próxima franja libre: { $when }
book-no-free-slot = Ninguna franja libre por ahora.
book-confirm-title = Confirmar la cita
book-move-title = Cambiar la cita a esta franja
book-reason-label = Motivo (opcional, solo lo ve el profesional)
book-reason-hint = Texto sin formato, { $max } caracteres como máximo.
book-confirm = Confirmar
book-move-confirm = Cambiar aquí
book-other-slot = Elegir otra franja
slots-title = Franjas libres
slots-none = No hay franjas libres en estos días.
slots-later = Días siguientes
slots-moving = Elija la nueva franja. La anterior sigue siendo suya hasta que confirme.
slots-slot-label = , { $visit }, { $place }
slots-waiting-title = Lista de espera
slots-waiting-intro = ¿Nada le conviene? Apúntese: le escribiremos en cuanto se libere una franja antes.
slots-waiting-join = Apuntarme en la lista de espera
slots-back = Buscar otro profesional

agenda-title = Mi agenda
agenda-nav-label = Moverse por la agenda
agenda-previous-day = Día anterior
agenda-next-day = Día siguiente
agenda-previous-week = Semana anterior
agenda-next-week = Semana siguiente
agenda-today = Hoy
agenda-show-week = Ver la semana
agenda-availability-link = Mi disponibilidad
agenda-summary = { $booked } citas en { $slots } franjas.
agenda-free = Libre
agenda-appointment-title = Cita de un paciente
agenda-no-reason = No se ha indicado motivo.
agenda-move-title = Cambiar
agenda-move-label = Nueva franja
agenda-move-button = Cambiar y avisar al paciente
agenda-cancel-title = Cancelar
agenda-cancel-intro = El paciente recibe un correo de cancelación, y se avisa a los pacientes de la lista de espera de que la franja está libre.
agenda-back = Volver a la agenda

availability-title = Mi disponibilidad
availability-intro = Sus horarios semanales se convierten en franjas reservables para las próximas 8 semanas.
notice-availability-place = Lugar añadido.
notice-availability-opening = Horario añadido: sus franjas están abiertas.
notice-availability-opening-removed = Horario eliminado. Las citas ya reservadas se mantienen.
notice-availability-closure = Cierre guardado. Las citas ya reservadas en esos días se mantienen: cancélelas o cámbielas.
notice-availability-reopened = Día reabierto.
notice-availability-settings = Ajustes guardados.
places-title = Lugares
places-none = Aún no hay ningún lugar. Añada uno para abrir franjas.
places-add-title = Añadir un lugar
place-name-label = Nombre (por ejemplo «Consulta»)
place-address-label = Dirección
place-city-label = Ciudad
place-zone-label = Zona horaria
places-add-button = Añadir el lugar
openings-title = Horarios semanales
openings-none = Aún no hay ningún horario.
openings-add-title = Añadir un horario
opening-place-label = Lugar
opening-weekday-label = Día
opening-start-label = Inicio
opening-end-label = Fin
opening-slot-label = Duración de la franja (minutos)
opening-slot-hint = De 5 a 240 minutos.
opening-visit-legend = Tipo de consulta
openings-add-button = Añadir el horario
opening-summary = { $weekday }, { $hours }, franjas de { $minutes } minutos
opening-remove = Eliminar
opening-remove-label = Eliminar el horario { $opening }
closures-title = Días cerrados
closures-none = Ningún día cerrado próximamente.
closure-from-label = Desde
closure-to-label = Hasta (opcional)
closure-to-hint = Déjelo vacío para un solo día.
closure-booked-hint = Las citas ya reservadas en esos días se mantienen: cancélelas o cámbielas desde la agenda.
closures-add-button = Cerrar estos días
closure-reopen = Reabrir
closure-reopen-label = Reabrir el { $day }
booking-settings-title = Ajustes de las citas
settings-cutoff-label = Plazo de cancelación en línea (horas)
settings-cutoff-hint = Los pacientes pueden cancelar o cambiar hasta este número de horas antes de la cita (de 0 a 168).
settings-languages-legend = Idiomas hablados
settings-save = Guardar

mail-appointment-confirmed-subject = Cita confirmada: { $when }
mail-appointment-confirmed-body =
    Hola, { $name }:

    La cita de { $patient } con { $professional } está confirmada:
    { $when }
    { $place }

    El archivo adjunto la añade a su calendario. Para verla, cambiarla o cancelarla:

    { $url }
mail-appointment-moved-subject = Cita cambiada: { $when }
mail-appointment-moved-body =
    Hola, { $name }:

    La cita de { $patient } con { $professional } se ha cambiado. Nueva hora:
    { $when }
    { $place }

    El archivo adjunto actualiza su calendario. Detalles:

    { $url }
mail-appointment-moved-by-professional-subject = Su cita se ha cambiado: { $when }
mail-appointment-moved-by-professional-body =
    Hola, { $name }:

    { $professional } ha cambiado la cita de { $patient }. Nueva hora:
    { $when }
    { $place }

    El archivo adjunto actualiza su calendario. Si esta hora no le conviene, puede cambiarla o cancelarla:

    { $url }
mail-appointment-cancelled-subject = Cita cancelada: { $when }
mail-appointment-cancelled-body =
    Hola, { $name }:

    La cita de { $patient } con { $professional } del { $when } está cancelada.

    El archivo adjunto la quita de su calendario. Para pedir otra:

    { $url }
mail-appointment-cancelled-by-professional-subject = Cita cancelada por { $professional }
mail-appointment-cancelled-by-professional-body =
    Hola, { $name }:

    { $professional } ha cancelado la cita de { $patient } del { $when }. Lo sentimos.

    El archivo adjunto la quita de su calendario. Para pedir otra:

    { $url }
mail-appointment-reminder-subject = Recordatorio: cita { $when }
mail-appointment-reminder-body =
    Hola, { $name }:

    Le recordamos la cita de { $patient } con { $professional }:
    { $when }
    { $place }

    ¿No puede acudir? Cancélela o cámbiela para liberar la franja:

    { $url }
mail-appointment-slot-freed-subject = Hay una franja antes con { $professional }
mail-appointment-slot-freed-body =
    Hola, { $name }:

    Se acaba de liberar una franja con { $professional }: { $when }.

    La obtiene el primero que la reserve:

    { $url }
history-action-read-appointments = consultó sus citas
history-action-read-export = descargó una copia completa de su historial
history-action-appointment-book = reservó una cita para usted
history-action-appointment-move = cambió una de sus citas
history-action-appointment-cancel = anuló una de sus citas
history-action-appointment-wait = cambió su inscripción en una lista de espera
history-action-read-agenda = consultó su agenda profesional
history-action-read-appointment = abrió su cita en su agenda profesional
history-reason-own-agenda = una cita reservada con este profesional

## Dates
# Nombres de los meses (para %B y %b en los patrones de fecha).
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
month-short-1 = ene
month-short-2 = feb
month-short-3 = mar
month-short-4 = abr
month-short-5 = may
month-short-6 = jun
month-short-7 = jul
month-short-8 = ago
month-short-9 = sept
month-short-10 = oct
month-short-11 = nov
month-short-12 = dic

# Zonas horarias de los lugares de consulta.
zone-europe-paris = Francia metropolitana (París)
zone-america-guadeloupe = Guadalupe
zone-america-martinique = Martinica
zone-america-cayenne = Guayana Francesa (Cayena)
zone-indian-reunion = Reunión
zone-indian-mayotte = Mayotte
zone-america-miquelon = San Pedro y Miquelón
zone-pacific-noumea = Nueva Caledonia (Numea)
zone-pacific-tahiti = Polinesia Francesa (Tahití)
