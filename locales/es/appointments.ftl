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
