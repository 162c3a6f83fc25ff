# Carnet — compartir: quién ha visto mi historial, solicitudes de acceso, documentos ocultos, publicar desde el historial (issue 16).
# Mensajes nuevos de este ámbito; los textos existentes se cambian en su sitio en main.ftl.

## Who saw my record: each line says who did or tried what, and what happened
history-event = { $who } { $action }
history-action-read-identity = leyó su identidad (nombre, fecha de nacimiento, INS) para publicar en su historial
history-action-unknown = actuó en su historial
history-tried-read-summary = intentó leer el resumen de su historial
history-tried-read-results = intentó leer sus resultados
history-tried-read-result-history = intentó leer la evolución de uno de sus análisis
history-tried-read-documents = intentó leer la lista de sus documentos
history-tried-read-document = intentó abrir uno de sus documentos
history-tried-read-vaccinations = intentó leer sus vacunas
history-tried-read-profile = intentó leer su perfil de salud
history-tried-read-sharing = intentó leer su configuración de compartir
history-tried-read-history = intentó leer este registro de accesos
history-tried-read-delegations = intentó leer la lista de sus cuidadores
history-tried-read-appointments = intentó consultar sus citas
history-tried-read-export = intentó descargar una copia completa de su historial
history-tried-read-identity = intentó leer su identidad para publicar en su historial
history-tried-read-agenda = intentó consultar su agenda profesional
history-tried-read-appointment = intentó abrir su cita en su agenda profesional
history-tried-write-import = intentó importar datos en su historial
history-tried-write-publish = intentó publicar en su historial
history-tried-write-upload = intentó añadir un documento a su historial
history-tried-share-authorize = intentó autorizar a un profesional a leer su historial
history-tried-share-revoke = intentó retirar la autorización de un profesional
history-tried-share-block = intentó bloquear a un profesional
history-tried-share-unblock = intentó desbloquear a un profesional
history-tried-share-approve = intentó aceptar la solicitud de acceso de un profesional
history-tried-share-refuse = intentó rechazar la solicitud de acceso de un profesional
history-tried-share-hide-document = intentó ocultar un documento
history-tried-share-show-document = intentó volver a mostrar un documento
history-tried-share-hide-new-documents = intentó cambiar la opción de los documentos nuevos
history-tried-access-request = intentó pedirle acceso a su historial
history-tried-access-emergency = intentó abrir un acceso de urgencia a su historial
history-tried-auth-sign-in = intentó iniciar sesión
history-tried-delegation-invite = intentó invitar a un cuidador
history-tried-delegation-end = intentó poner fin a una delegación
history-tried-delegation-accept = intentó aceptar actuar en su nombre
history-tried-appointment-book = intentó reservar una cita para usted
history-tried-appointment-move = intentó cambiar una de sus citas
history-tried-appointment-cancel = intentó anular una de sus citas
history-tried-appointment-wait = intentó cambiar su inscripción en una lista de espera
history-tried-profile-declare = intentó modificar su perfil de salud
history-tried-profile-annotate = intentó anotar su perfil de salud
history-tried-profile-confirm = intentó confirmar un elemento de su perfil de salud
history-tried-profile-hide-from-representatives = intentó cambiar quién ve un elemento de su perfil de salud
history-tried-desk-enrol = intentó crear su cuenta en la recepción
history-tried-desk-recovery = intentó iniciar en la recepción la recuperación de su cuenta
history-tried-desk-minor = intentó crear este historial en la recepción
history-tried-desk-assist-start = intentó abrir una sesión asistida en su historial
history-tried-desk-assist-approve = intentó obtener su aprobación para una sesión asistida
history-tried-desk-assist-end = intentó terminar la sesión asistida
history-tried-unknown = intentó actuar en su historial
history-by-professional = { $name } (profesional de la salud)
history-by-assisting = { $name } (recepción), acompañándole,
history-by-caregiver = { $name } (cuidador), en su nombre,
history-by-representative = { $name } (representante legal), en su nombre,
history-by-staff = { $name } (recepción)
history-by-caregiver-role = { $name } (cuidador)
history-by-representative-role = { $name } (representante legal)
history-by-organisation = { $name } (programa de un organismo)
history-by-patient = { $name } (paciente)
history-by-admin = { $name } (administración)
history-by-person = { $name }
history-by-operator = El equipo técnico de este Carnet
history-outcome-allowed = Permitido: { $why }
history-outcome-refused = Denegado: { $why }
history-reason-hidden-document-representative = este documento está oculto a los representantes legales
history-reason-out-of-scope-staff = no está permitido en una sesión asistida
history-reason-unknown = una regla de acceso de Carnet
history-request-waiting = Esperando su respuesta
history-request-accepted = Usted aceptó
history-request-refused = Usted rechazó
history-request-blocked = Usted bloqueó a este profesional
history-request-unanswered = Sin respuesta suya
history-about = Sobre: { $about }

## Hidden documents: said in words in the lists and on the document's page
document-visibility = Visibilidad
document-hidden-from-professionals = Oculto a los profesionales
document-hidden-from-representatives = Oculto a los representantes legales

## My patients: the requests sent, as typed
patients-requests-title = Solicitudes enviadas
patients-requests-hint = Cada solicitud permanece aquí { $days } días, tal como la escribió. Si el paciente la acepta, aparece en la lista de arriba, con su nombre, y puede leer su historial.
patients-request-ins = INS
patients-request-sent-on = Solicitud enviada el { $date }

## Publicar: mediciones (constantes vitales), y desde el historial de un paciente
lab-test-8480-6 = Presión arterial sistólica
lab-test-8462-4 = Presión arterial diastólica
lab-test-8867-4 = Frecuencia cardíaca
lab-test-29463-7 = Peso
lab-test-8302-2 = Talla
lab-test-8310-5 = Temperatura
lab-test-59408-5 = Saturación de oxígeno (SpO2)
lab-test-2339-0 = Glucemia capilar
lab-test-72514-3 = Dolor (sobre 10)
publish-for-patient-link = Publicar para este paciente
publish-for-title = Publicar para { $name }
publish-for-intro = Lo que publique aquí se añade al historial de { $name }. Se avisa al paciente por correo electrónico, sin detalles médicos.
publish-for-born = Nacido/a el { $date }
publish-for-no-ins = Este historial no tiene INS o no tiene fecha de nacimiento: no se puede publicar en él desde el portal.
notice-published-for = Publicado en el historial de { $name }.
publish-other-patient = Publicar para otro paciente (INS y fecha de nacimiento)

## El historial de un paciente visto por un profesional: se dirige al profesional
results-title-of = Resultados de { $name }
documents-title-of = Documentos de { $name }
vaccinations-title-of = Vacunas de { $name }
results-empty-other = Aún no hay resultados en este historial.
results-back-other = Volver a los resultados
documents-back-other = Volver a los documentos
overview-out-of-range-none = El último resultado de cada análisis está dentro de su intervalo de referencia.
overview-results-none = Aún no hay en este historial ningún resultado con intervalo de referencia.
vaccinations-source-professional = Según el { $source }. Otras vacunas pueden estar indicadas según la situación del paciente.
vaccinations-no-birth-date-professional = No se conoce la fecha de nacimiento del paciente: no se pueden calcular las vacunas pendientes.
error-publish-no-ins = Este historial no tiene INS o no tiene fecha de nacimiento: no se puede publicar en él desde el portal.

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
sharing-review-title = Autorizaciones dadas cuando era menor
sharing-review-intro = Sus representantes legales autorizaron a estos profesionales a leer su historial cuando era menor. Desde que cumplió 18 años, estas autorizaciones están suspendidas: usted decide. Conserve las que quiera y retire las demás.
sharing-review-given-on = Autorizado en su nombre el { $date }
sharing-keep = Conservar la autorización
notice-sharing-block = Este profesional está bloqueado: ya no puede leer su historial, ni siquiera en una urgencia.
notice-sharing-unblock = Este profesional ya no está bloqueado.
notice-sharing-approve = Solicitud aprobada: este profesional ya puede leer su historial.
notice-sharing-refuse = Solicitud rechazada.
notice-sharing-preference = Su elección se ha guardado.
error-sharing-unknown-professional = Este profesional no está en el directorio.
error-sharing-self = No puede autorizarse a sí mismo en un historial por el que actúa.
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
history-action-read-profile = leyó su perfil de salud
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
mail-first-read-for-subject = Un profesional ha consultado el historial de salud de { $child }
mail-first-read-for-body =
    Hola, { $name }:

    Un profesional de salud autorizado ha consultado por primera vez el historial de { $child }, de quien usted es representante legal. Vea quién y cuándo en «Quién ha visto mi historial», actuando por { $child }:

    { $url }

    Si no lo esperaba, puede retirarle la autorización o bloquearlo desde la página Compartir.
mail-emergency-access-for-subject = Acceso de urgencia al historial de salud de { $child }
mail-emergency-access-for-body =
    Hola, { $name }:

    Un profesional de salud ha abierto un acceso de urgencia al historial de { $child }, de quien usted es representante legal. Dura 4 horas. Vea quién, cuándo y el motivo indicado en «Quién ha visto mi historial», actuando por { $child }:

    { $url }

    Si se opone, puede bloquearlo desde la página Compartir: el bloqueo pone fin a su acceso de inmediato.
