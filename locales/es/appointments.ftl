## Citas (issue 16): confirmar antes de cancelar o bloquear, videoconsultas, fechas de la
## agenda, la próxima cita, copias para los cuidadores, dirección y teléfono.

# Fechas en letras (agenda).
day-of-month = { $day }
date-long = { $weekday }, { $day } de { $month } de { $year }
date-day-month = { $day } de { $month }
date-day-month-year = { $day } de { $month } de { $year }
agenda-week-heading = Semana del { $from } al { $to }
agenda-today-mark = (hoy)
agenda-day-empty = Ningún hueco este día.
agenda-day-link-label = Ver solo el { $day }
agenda-cancelled-by-patient = Cancelada por { $patient }
agenda-cancel-reason = Motivo de la cancelación: { $reason }
agenda-cancel-link = Cancelar esta cita…
agenda-cancel-confirm-title = ¿Cancelar la cita de { $patient }?
agenda-cancel-confirm = Sí, cancelar y avisar al paciente
agenda-cancel-keep = No, mantener la cita
agenda-cancel-effect-patient = { $patient } recibe un correo de cancelación, con el archivo que quita la cita de su calendario.
agenda-cancel-effect-waiting = El hueco queda libre y se avisa a los pacientes de su lista de espera.

# El lugar: código postal y teléfono.
place-postcode-label = Código postal
place-phone-label = Teléfono de la consulta
place-phone-hint = Se da a los pacientes con la dirección, por ejemplo 04 78 00 00 00.
error-place-postcode = Un código postal tiene 5 cifras.
error-place-phone = Indique el teléfono de la consulta: 10 cifras (04 78 00 00 00) o un número internacional (+33 4 78 00 00 00).
appointment-phone = Tel. { $phone }
appointment-phone-label = Teléfono de la consulta

# Videoconsultas.
settings-video-label = Enlace de videoconsulta (opcional)
settings-video-hint = La dirección https de su sala de espera virtual, 500 caracteres como máximo. El paciente la ve en la página de la cita desde { $minutes } minutos antes del inicio. Necesaria para abrir franjas por vídeo.
error-video-url = El enlace de videoconsulta debe ser una dirección https completa (https://…), sin espacios ni usuario, de 500 caracteres como máximo.
error-video-url-needed = Indique primero su enlace de videoconsulta en los ajustes de las citas: cada videoconsulta debe poder unirse.
appointment-where-video = Videoconsulta
appointment-where-video-text = Videoconsulta: únase desde la página de la cita (enlace abajo), desde { $minutes } minutos antes del inicio.
appointment-join = Unirse a la videoconsulta
appointment-join-hint = El enlace abre el servicio de videoconsulta de { $professional } en una pestaña nueva.
appointment-join-opens = El enlace para unirse a la consulta aparecerá aquí el { $when }, { $minutes } minutos antes del inicio.
appointment-join-missing = { $professional } aún no ha dado un enlace de videoconsulta: contacte con la consulta.
appointment-join-ended = Esta videoconsulta ha terminado.

# Cancelar una cita: la página de confirmación.
appointment-cancel-title = ¿Cancelar esta cita?
appointment-cancel-effect-slot = La cita se cancela y el hueco queda libre para otros pacientes.
appointment-cancel-effect-mail = Un correo confirma la cancelación, con el archivo que quita la cita del calendario.
appointment-cancel-effect-professional = { $professional } ve la cancelación en su agenda, con el motivo si lo indica.
appointment-cancel-reason-label = Motivo de la cancelación (opcional, solo lo ve el profesional)
appointment-cancel-reason-hint = Texto simple, { $max } caracteres como máximo. Nunca se envía por correo.
appointment-cancel-confirm = Sí, cancelar la cita
appointment-cancel-keep = No, mantener la cita
appointment-cancel-reason-shown = Motivo de la cancelación
appointment-book-again = Pedir otra cita con { $professional }
notice-appointment-booked-for = Cita confirmada para { $patient }. Le enviamos la confirmación por correo, con el archivo para el calendario.
notice-appointment-booked-for-both = Cita confirmada para { $patient }. Le enviamos la confirmación por correo, también a { $patient }, con el archivo para el calendario.
notice-appointment-moved-for = Cita de { $patient } cambiada. El hueco anterior queda libre; recibe una copia del correo.
notice-appointment-cancelled-for = Cita de { $patient } cancelada. Recibe una copia del correo.

# Bloquear a un profesional: la página de confirmación.
sharing-block-page-title = Bloquear a un profesional
sharing-rpps-label = Número RPPS
sharing-block-title = ¿Bloquear a { $professional }?
sharing-block-now = Hoy
sharing-block-now-none = Ninguna decisión: este profesional no puede leer su historial, salvo en urgencia.
sharing-block-effects-title = Lo que cambia el bloqueo
sharing-block-effect-read = { $professional } ya no puede leer su historial, ni siquiera en urgencia, desde su próxima solicitud.
sharing-block-effect-emergency = Todo acceso de urgencia abierto por { $professional } termina en el acto.
sharing-block-effect-requests = Sus solicitudes de acceso se rechazan; las ve en «Quién ha visto mi historial».
sharing-block-effect-publish = Lo que { $professional } publica para usted (resultados, informes) sigue llegando a su historial.
sharing-block-effect-appointments = Sus citas con { $professional } no cambian.
sharing-block-undo = Podrá desbloquearlo en cualquier momento desde la página Compartir.
sharing-block-confirm = Sí, bloquear a este profesional
sharing-block-keep = No, volver a compartir

# Inicio: la próxima cita.
home-next-appointment-title = Próxima cita
home-next-appointment-none = Ninguna cita próxima.
home-next-appointment-open = Ver la cita
home-all-appointments = Todas las citas

# El archivo .ics: descripción (nunca el motivo).
appointment-ics-description =
    Cita con { $professional } ({ $specialty }), para { $patient }.
    { $where }
    Para verla, cambiarla o cancelarla: { $url }
    { $hours ->
        [0] En línea hasta el inicio de la cita.
       *[other] En línea hasta { $hours } h antes; después, llame a la consulta.
    }
appointment-ics-description-cancelled =
    Cita cancelada con { $professional } ({ $specialty }), para { $patient }.
    Para pedir otra: { $url }

# Copia para la persona que pidió, cambió o canceló la cita para el paciente.
mail-appointment-confirmed-copy-action = Ver la cita
mail-appointment-moved-copy-action = Ver la cita
mail-appointment-cancelled-copy-action = Ver la cita
mail-appointment-confirmed-copy-subject = Cita confirmada para { $patient }: { $when }
mail-appointment-confirmed-copy-body =
    Hola, { $name }:

    Ha pedido una cita para { $patient } con { $professional }:
    { $when }
    { $place }

    Recibe esta confirmación porque pidió esta cita para { $patient }. El archivo adjunto la añade a su calendario. Para verla, cambiarla o cancelarla:

    { $url }
mail-appointment-moved-copy-subject = Cita de { $patient } cambiada: { $when }
mail-appointment-moved-copy-body =
    Hola, { $name }:

    Ha cambiado la cita de { $patient } con { $professional }. Nuevo horario:
    { $when }
    { $place }

    Recibe esta copia porque hizo este cambio para { $patient }. El archivo adjunto actualiza su calendario. Detalles:

    { $url }
mail-appointment-cancelled-copy-subject = Cita de { $patient } cancelada: { $when }
mail-appointment-cancelled-copy-body =
    Hola, { $name }:

    Ha cancelado la cita de { $patient } con { $professional } del { $when }.

    Recibe esta copia porque hizo este cambio para { $patient }. El archivo adjunto la quita de su calendario. Para pedir otra:

    { $url }
