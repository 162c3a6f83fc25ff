# Messages with the care team (issue 20).
nav-messages = Mensajes
nav-messages-unread = { $count ->
    [one] (1 mensaje sin leer)
   *[other] ({ $count } mensajes sin leer)
}
nav-messages-count-more = { $count }+
nav-messages-unread-more = (más de { $count } mensajes sin leer)
messages-title = Mensajes
messages-intro = Escriba a sus profesionales sanitarios y lea sus respuestas. Los mensajes quedan en su historial.
messages-intro-care = Los mensajes de sus pacientes: quienes le autorizaron a leer su historial le escriben aquí.
messages-tabs-label = Conversaciones
messages-tab-current = En curso
messages-tab-archived = Archivadas
messages-search-label = Buscar en los asuntos
messages-search-button = Buscar
messages-own-title = Mis conversaciones
messages-new-button = Escribir un mensaje
messages-inbox-title = Mensajes de mis pacientes
messages-settings-link = Ajustes de los mensajes
messages-none = No hay conversaciones aquí.
messages-unread = { $count ->
    [one] 1 nuevo
   *[other] { $count } nuevos
}
messages-emergency = No es para urgencias: en caso de urgencia, llame al 15 o al 112.
messages-body-label = Mensaje
messages-file-label = Adjuntar un archivo (opcional)
messages-file-hint = PDF, JPEG o PNG, { $size } MB como máximo.
messages-subject-label = Asunto
messages-new-title = Escribir a un profesional
messages-back = Volver a los mensajes
messages-to-legend = ¿A quién escribe?
messages-practice = consulta
messages-send-button = Enviar
messages-no-recipient = Puede escribir a los profesionales que autorizó a leer su historial o con quienes tiene una cita. Todavía no tiene ninguno.
messages-no-recipient-sharing = Elegir quién puede leer mi historial
messages-closed-title = No reciben mensajes de pacientes
messages-closed-hint = Estos profesionales no reciben mensajes en línea: contacte con su consulta.
messages-patient-title = Mensajes con { $name }
messages-patient-link = Mensajes
messages-write-title = Escribir al paciente
messages-with = Con { $name }
messages-about = Historial de { $name }
messages-older = Mensajes anteriores
messages-reply-title = Responder
messages-archive-button = Archivar la conversación
messages-unarchive-button = Volver a las conversaciones en curso
messages-automatic = { $name } (respuesta automática)
messages-for = { $name }, en nombre de { $patient }
messages-read-on = Leído por el profesional el { $date }
messages-not-read = Aún no leído
messages-file-size = { $size } KB
messages-file-saved = En mis documentos
messages-file-save = Guardar en mis documentos
messages-settings-title = Ajustes de los mensajes
messages-settings-notices = Avisarme por correo de un mensaje nuevo (sin su contenido, como máximo una vez por hora)
messages-settings-accepts = Los pacientes pueden escribirme primero
messages-settings-reply-label = Respuesta automática durante una ausencia
messages-settings-reply-hint = Se envía a los pacientes que le escriben, una vez al día por conversación. Déjela vacía para no enviar nada.
messages-settings-button = Guardar
notice-message-sent = Su mensaje se ha enviado.
notice-message-archived = La conversación está archivada.
notice-message-unarchived = La conversación vuelve a estar en curso.
notice-message-saved = El archivo está guardado en sus documentos.
notice-message-settings = Sus ajustes están guardados.
error-message-body = Escriba su mensaje: 5000 caracteres como máximo, en texto simple (sin etiquetas ni caracteres invisibles).
error-message-subject = Indique un asunto: una línea de 120 caracteres como máximo, sin etiquetas.
error-message-not-their-professional = Solo puede escribir a un profesional que autorizó a leer su historial o con quien tiene una cita.
error-message-not-accepting = Este profesional no recibe mensajes de pacientes en línea: contacte con su consulta.
error-message-absence-reply = La respuesta automática tiene 1000 caracteres como máximo, en texto simple.
error-practice-name = El nombre de la consulta cabe en una línea de 200 caracteres como máximo.
mail-message-received-subject = Tiene un mensaje nuevo en Carnet
mail-message-received-body =
    Hola, { $name }:

    Tiene un mensaje nuevo en Carnet. Inicie sesión para leerlo:

    { $url }
mail-message-received-action = Leer mis mensajes
history-action-read-messages = leyó sus mensajes
history-action-message-start = inició una conversación
history-action-message-write = escribió un mensaje
history-action-message-archive = archivó una conversación
history-tried-read-messages = intentó leer sus mensajes
history-tried-message-start = intentó iniciar una conversación
history-tried-message-write = intentó escribir un mensaje
history-tried-message-archive = intentó archivar una conversación
history-reason-not-party = esta conversación o esta cita no es con este profesional
delegation-scope-messages-label = Leer y escribir mis mensajes con mis profesionales sanitarios
delegation-scope-messages = intercambiar mensajes con los profesionales sanitarios
history-reason-appointment = una cita con este profesional
history-reason-not-their-professional = no autorizó a este profesional ni tiene cita con él
history-reason-not-accepting = este profesional no recibe mensajes de pacientes
messages-file-publish-as = Publicar en el historial como
messages-file-publish = Publicar
messages-file-in-record = En el historial del paciente
notice-message-published = El archivo está publicado en el historial del paciente, sellado a su nombre.
