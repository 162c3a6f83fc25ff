# Renewal requests: a patient asks a treatment's prescriber to renew it (issue 19).
renewal-ask-title = Pedir una renovación
renewal-ask-intro = Su solicitud se envía a { $prescriber }, que la acepta o la rechaza en su espacio. Recibirá un correo en cuanto responda.
renewal-field-message = Mensaje para el médico (opcional)
renewal-ask-button = Enviar la solicitud
renewal-ask-link = Pedir una renovación
renewal-ask-link-for = Pedir una renovación: { $name }
renewal-pending = Renovación pedida el { $date } a { $prescriber }: a la espera de respuesta.
renewal-accepted = Renovación aceptada por { $prescriber } el { $date }.
renewal-declined = Renovación rechazada por { $prescriber } el { $date }.
renewal-answer-note = Su respuesta: { $note }
notice-renewal-requested = Su solicitud de renovación se ha enviado.
notice-renewal-answered = Su respuesta se ha enviado al paciente.
renewals-title = Solicitudes de renovación
renewals-open-profile = Abrir su perfil de salud
renewals-none = Ninguna solicitud pendiente.
renewals-asked = Pedida el { $date } por { $by }
renewals-message = Mensaje: { $message }
renewals-field-note = Su respuesta (opcional)
renewals-accept = Aceptar
renewals-decline = Rechazar
renewals-status-accepted = Aceptada el { $date }
renewals-status-declined = Rechazada el { $date }
error-renewal-no-prescriber = El prescriptor de este tratamiento no usa Carnet: pida la renovación en su próxima consulta.
error-renewal-not-readable = Su prescriptor no puede leer su historial: autorícelo primero en la página Compartir.
error-renewal-pending = Ya hay una solicitud para este tratamiento a la espera de respuesta.
error-renewal-message = El mensaje tiene 500 caracteres como máximo, en una línea.
history-action-profile-request-renewal = pidió la renovación de un tratamiento
history-action-profile-answer-renewal = respondió a una solicitud de renovación
history-tried-profile-request-renewal = intentó pedir la renovación de un tratamiento
history-tried-profile-answer-renewal = intentó responder a una solicitud de renovación
mail-renewal-requested-subject = Un paciente le pide una renovación
mail-renewal-requested-body =
    Hola { $name }:

    Un paciente le pide renovar un tratamiento. Responda desde su espacio:

    { $url }
mail-renewal-requested-action = Ver las solicitudes
mail-renewal-answered-subject = Su solicitud de renovación tiene respuesta
mail-renewal-answered-body =
    Hola { $name }:

    El médico respondió a su solicitud de renovación. Lea la respuesta en su perfil de salud:

    { $url }
mail-renewal-answered-action = Leer la respuesta
