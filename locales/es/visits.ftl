## Visits prepared before the day: kinds of visit, instructions, pre-visit forms and their signature.

# Errors.
error-visit-kind-language = Elija uno de los idiomas de Carnet.
error-visit-kind-name = Dé un nombre al tipo de visita: una línea, 80 caracteres como máximo, sin etiquetas.
error-visit-kind-instructions = Las indicaciones son texto simple de 2000 caracteres como máximo.
error-visit-kind-bring = Los documentos que hay que traer son texto simple de 1000 caracteres como máximo.
error-visit-kind-too-many = Ya ofrece 20 tipos de visita: retire uno primero.
error-visit-kind-unknown = Este tipo de visita ya no se ofrece: elija otro.
error-visit-kind-wrong-slot = Este horario es para la otra forma de consulta (presencial o por vídeo): elija un horario propuesto para este tipo de visita.
error-visit-question-label = Escriba la pregunta: una línea, 200 caracteres como máximo, sin etiquetas.
error-visit-question-options = Una elección necesita de 2 a 12 respuestas distintas, una por línea, de 80 caracteres como máximo cada una.
error-visit-question-options-count = Dé tantas respuestas como en los otros idiomas, en el mismo orden.
error-visit-question-type = Elija el tipo de respuesta esperado.
error-visit-question-prefill = Solo una respuesta de texto puede rellenarse desde el resumen de salud.
error-visit-question-too-many = Un cuestionario tiene 20 preguntas como máximo.
error-visit-form-answers = Hay respuestas que corregir: vea las preguntas señaladas abajo.
error-visit-form-signed = Este cuestionario está firmado: ya no puede cambiar.
error-visit-form-not-to-sign = No hay nada que firmar aquí: el cuestionario no está rellenado, ya está firmado o la cita ya pasó.
error-visit-form-changed = Las respuestas cambiaron durante la firma: vuelva a leerlas y firme.
error-visit-answer-required = Esta pregunta necesita una respuesta.
error-visit-answer-text = Escriba texto simple de 2000 caracteres como máximo.
error-visit-answer-choice = Elija una de las respuestas propuestas.
error-visit-answer-date = Indique una fecha, por ejemplo 12/03/2026.
error-visit-answer-number = Indique un número, por ejemplo 72 o 72,5.

# Words shared by the pages, the e-mails and the signed copy.
visit-kind-label = Tipo de visita
visit-instructions-label = Indicaciones
visit-bring-label = Qué traer
visit-form-label = Cuestionario antes de la visita
visit-answer-none = —
visit-answer-yes = Sí
visit-answer-no = No
visit-item-text = Texto libre
visit-item-boolean = Sí o no
visit-item-choice = Elección en una lista
visit-item-date = Fecha
visit-item-number = Número
visit-prefill-allergies = Las alergias
visit-prefill-treatments = Los tratamientos en curso
visit-prefill-none = Nada (el paciente escribe)

# E-mails (confirmation, move, reminder).
visit-mail-kind = Tipo de visita: { $kind }
visit-mail-form = Hay un cuestionario que rellenar antes de la visita, en la página de la cita.
visit-mail-form-signed = Hay un cuestionario que rellenar y firmar antes de la visita, en la página de la cita.

# The signed copy (a PDF in the record's documents).
visit-signed-title = Cuestionario firmado: { $kind }
visit-signed-file = cuestionario-firmado
visit-signed-patient = Para: { $patient }
visit-signed-appointment = Cita con { $professional }, { $when }
visit-signed-by = Firmado por { $signer } el { $when }, con su llave de acceso (verificación del usuario).
visit-signed-passkey = Llave de acceso: { $passkey }
visit-signed-fingerprint = Huella de las respuestas (SHA-256): { $fingerprint }

# Booking.
book-kind-legend = ¿Para qué tipo de visita?
book-kind-has-form = cuestionario que rellenar antes
book-kind-other = Otro motivo
book-kind-show = Ver los horarios
slots-for-kind = Horarios para: { $kind }.
slots-change-kind = Cambiar el tipo de visita
visit-form-after-booking = Habrá que rellenar un cuestionario antes de la visita.
visit-form-to-sign-after-booking = Habrá que rellenar y firmar un cuestionario antes de la visita.

# The appointment's page.
visit-before-title = Antes de su visita
visit-form-to-fill = { $count ->
    [one] Responda a la pregunta antes de la visita, por favor.
   *[other] Responda a las { $count } preguntas antes de la visita, por favor.
}
visit-form-fill = Rellenar el cuestionario
visit-form-change = Modificar mis respuestas
visit-form-sent-on = Respuestas enviadas el { $when }.
visit-form-awaits-signature = Sus respuestas esperan su firma.
visit-form-sign-link = Firmar mis respuestas
visit-form-signed-on = Firmado por { $signer } el { $when }.
visit-form-signed-document = Ver la copia firmada en sus documentos
visit-form-outdated = El cuestionario ha cambiado desde que se respondió: respóndalo de nuevo, por favor.
visit-form-answers-not-shown = Las respuestas forman parte del resumen de salud, que su delegación no cubre: no se le muestran.
visit-form-signed-by-patient = El paciente, o su representante legal, firma estas respuestas con su llave de acceso.
visit-form-not-filled = Cuestionario sin rellenar.
notice-visit-form-sent = Sus respuestas se han enviado. Puede modificarlas hasta la cita.
notice-visit-form-signed = Sus respuestas están firmadas. Una copia sellada está en sus documentos.

# The form.
visit-form-title = Cuestionario antes de la visita
visit-form-intro = Sus respuestas llegan al profesional con su cita. Podrá modificarlas hasta la cita.
visit-form-intro-signed = Sus respuestas llegan al profesional con su cita. Después las firmará con su llave de acceso.
visit-question-required = { $label } (obligatoria)
visit-answer-prefilled = Rellenado desde su resumen de salud: compruébelo y corríjalo si hace falta.
visit-answer-date-hint = Por ejemplo 12/03/2026.
visit-answer-number-hint = Un número, por ejemplo 72 o 72,5.
visit-form-send = Enviar mis respuestas
visit-form-continue = Continuar a la firma
visit-form-back = Volver a la cita

# Signing.
visit-sign-title = Firmar sus respuestas
visit-sign-intro = Vuelva a leer las respuestas dadas para { $patient }.
visit-sign-passkey-title = Firmar con su llave de acceso
visit-sign-what = Al firmar, confirma estas respuestas. Carnet guarda una copia sellada, fechada y a su nombre, en los documentos del historial.
visit-sign-button = Firmar con mi llave de acceso
visit-sign-working = Firmando…
visit-sign-failed = La firma no se completó. Inténtelo de nuevo o vuelva a leer sus respuestas.

# "Who saw my record".
history-action-read-visit-form = leyó su cuestionario antes de la visita
history-action-appointment-prepare = respondió al cuestionario antes de la visita
history-action-appointment-sign = firmó el cuestionario antes de la visita
history-tried-read-visit-form = intentó leer su cuestionario antes de la visita
history-tried-appointment-prepare = intentó responder al cuestionario antes de la visita
history-tried-appointment-sign = intentó firmar el cuestionario antes de la visita

# The professional's view of the answers.
visit-form-answered-by = Respondido por { $name } el { $when }

# The professional's kinds of visit.
agenda-visit-kinds-link = Tipos de visita
visit-kinds-title = Tipos de visita
visit-kinds-intro = Ofrezca tipos de visita (por ejemplo «Análisis de sangre en ayunas») con sus indicaciones, los documentos que traer y un cuestionario que rellenar antes. El paciente los ve al pedir cita, en la confirmación y en el recordatorio.
visit-kinds-none = Todavía no ofrece ningún tipo de visita.
visit-kind-questions = { $count ->
    [0] sin cuestionario
    [one] 1 pregunta
   *[other] { $count } preguntas
}
visit-kind-signed = para firmar
visit-kind-written-in = Escrito en: { $languages }
visit-kind-add-title = Añadir un tipo de visita
visit-kind-lang-label = Idioma de estos textos
visit-kind-name-label = Nombre
visit-kind-name-hint = Lo que elige el paciente, por ejemplo «Análisis de sangre en ayunas».
visit-kind-instructions-hint = Lo que el paciente debe hacer antes: estar en ayunas, llegar antes…
visit-kind-bring-hint = Tarjeta sanitaria, receta, análisis anteriores…
visit-kind-visit-legend = Cómo se hace la visita
visit-kind-signature-label = El cuestionario debe firmarse
visit-kind-signature-hint = Consentimiento a la atención, preingreso: el paciente firma sus respuestas con su llave de acceso y una copia sellada se une a su historial.
visit-kind-add-button = Añadir este tipo de visita
visit-kind-title = Tipo de visita
visit-kind-languages-label = Idiomas
visit-kind-not-written = (por escribir)
visit-kind-texts-title = Textos en { $language }
visit-kind-save = Guardar
visit-questions-title = Cuestionario antes de la visita
visit-questions-intro = Las preguntas, en el orden en que las ve el paciente. Una pregunta no escrita en su idioma se muestra en francés.
visit-questions-none = Sin cuestionario: añada una pregunta para crear uno.
visit-question-add-title = Añadir una pregunta
visit-question-type-label = Tipo de respuesta
visit-question-label-label = Pregunta (en { $language })
visit-question-options-label = Respuestas propuestas (para una elección)
visit-question-options-hint = Una por línea, de 2 a 12.
visit-question-options-same = Una por línea, en el mismo orden que en los otros idiomas.
visit-question-prefill-label = Rellenar con
visit-question-prefill-hint = Para una respuesta de texto: el paciente encuentra lo que dice su resumen de salud y lo corrige si hace falta.
visit-question-required-label = Respuesta obligatoria
visit-question-add-button = Añadir la pregunta
visit-question-is-required = obligatoria
visit-question-prefilled-from = rellenado con: { $what }
visit-question-not-written = Aún no escrita en este idioma.
visit-question-word = Escribir en { $language }
visit-question-save = Guardar la pregunta
visit-question-remove = Retirar
visit-question-remove-label = Retirar la pregunta «{ $question }»
visit-kind-retire-title = Dejar de ofrecer este tipo de visita
visit-kind-retire-intro = Las citas ya reservadas lo conservan, con sus respuestas.
visit-kind-retire-button = Dejar de ofrecerlo
visit-kinds-back = Volver a los tipos de visita
notice-visit-kind-added = Tipo de visita añadido. Escríbalo en otros idiomas y añada preguntas si hace falta.
notice-visit-kind-saved = Guardado.
notice-visit-kind-retired = Este tipo de visita ya no se ofrece.
notice-question-added = Pregunta añadida.
notice-question-saved = Pregunta guardada.
notice-question-removed = Pregunta retirada.
