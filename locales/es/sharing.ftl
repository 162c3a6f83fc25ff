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
