## Recepción: la recuperación entregada en mano (incidencia 16)

desk-recover-handover-legend = Cómo recibe el paciente su enlace de recuperación
handover-recovery-title = Enlace de recuperación
handover-recovery-intro = El paciente escanea este código con su propio teléfono para crear una nueva llave de acceso. El enlace funciona una sola vez, en los próximos 15 minutos. En cuanto se crea la nueva llave, sus llaves de acceso anteriores dejan de funcionar.
handover-recovery-qr-label = Código QR del enlace de recuperación

## La página de recuperación que abre el paciente
recovery-title = Crear una nueva llave de acceso
recovery-welcome = Hola, { $name }. La recepción ha iniciado la recuperación de su cuenta: sus sesiones abiertas han terminado.
recovery-old-passkeys = Atención: en cuanto cree la nueva llave, todas sus llaves de acceso anteriores dejarán de funcionar, en todos sus dispositivos. Se retirarán de su cuenta. Hasta entonces, siguen funcionando.
recovery-found-device = Si más adelante encuentra un dispositivo antiguo, su llave anterior ya no le permitirá entrar: añada en él una nueva llave de acceso desde la página de su cuenta.
recovery-button = Crear mi nueva llave de acceso

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
notice-desk-minor-created = Se ha creado el historial del menor. Los representantes podrán actuar en su nombre en cuanto otra persona de la recepción apruebe su designación.
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
desk-minor-title = Historial de un menor y sus representantes legales
desk-minor-intro = Designe uno o dos representantes legales, a la vista de un documento que lo pruebe. Actúan en nombre del menor hasta que cumpla 18 años, salvo en los documentos ocultos a los representantes legales. Si el menor ya tiene un historial (mismo INS, fecha de nacimiento y apellido), los representantes se añaden a él. Otra persona de la recepción debe aprobar cada designación.
desk-given-label = Nombre(s)
desk-family-label = Apellidos
desk-minor-email-label = Correo del propio menor (opcional)
desk-minor-email-hint = Adonde se envía, cuando cumpla 18 años, su invitación para usar su propio historial.
desk-representative-legend = Representante legal { $number }
desk-minor-button = Guardar y pedir la aprobación
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
handover-intro = El paciente escanea este código con su propio teléfono para crear su llave de acceso. Funciona una sola vez, en los próximos 15 minutos: durante la visita.
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
history-reason-identity-not-matched = rechazado: la identidad dada no corresponde a este historial
error-desk-identity-mismatch = Este INS ya pertenece a un historial y la identidad introducida no coincide (fecha de nacimiento, apellido). Compruebe el documento de identidad: este historial no puede vincularse aquí.
error-desk-minor-record = Este INS es el historial de un menor: lo gestionan sus representantes legales. No puede vincularse a una cuenta en el mostrador.

## Recepción: designar a un representante legal entre dos personas (ticket 18)
desk-evidence-legend = Documento presentado que prueba el vínculo con el menor
desk-evidence-hint = Debe haber visto el original. Otra persona de la recepción también lo verá antes de aprobar.
desk-evidence-birth-certificate = Acta de nacimiento
desk-evidence-family-record-book = Libro de familia
desk-evidence-court-decision = Resolución judicial (tutela, delegación de la patria potestad)
desk-evidence-seen-birth-certificate = Documento presentado: acta de nacimiento.
desk-evidence-seen-family-record-book = Documento presentado: libro de familia.
desk-evidence-seen-court-decision = Documento presentado: resolución judicial.
desk-waiting-title = Designaciones de representantes por aprobar
desk-waiting-intro = Cada designación necesita la aprobación de una segunda persona de la recepción. Antes de aprobar, vea usted mismo el documento y el documento de identidad del representante.
desk-waiting-who = { $representative }, representante legal de { $minor }
desk-waiting-email = Correo electrónico: { $email }
desk-waiting-birth = Fecha de nacimiento del menor: { $birth }
desk-waiting-proposed = Propuesto por { $staff } el { $time }.
desk-waiting-yours = Usted hizo esta propuesta: otra persona de la recepción debe aprobarla.
desk-waiting-approve = Aprobar
desk-waiting-refuse = Rechazar
desk-waiting-withdraw = Retirar mi propuesta
notice-desk-representatives-proposed = Se han propuesto los representantes para el historial existente de este menor. Otra persona de la recepción debe aprobar cada designación.
notice-desk-representative-approved = La designación está aprobada: el representante puede actuar en nombre del menor, y se ha avisado a quienes ya actuaban en su nombre.
notice-desk-representative-refused = La propuesta se ha retirado: no se ha designado a nadie.
error-desk-evidence-missing = Indique el documento presentado que prueba el vínculo entre el representante y el menor.
error-desk-staff-account = Esta dirección es de una persona de la recepción o de un administrador de Carnet: la recepción no puede convertirla en paciente ni en representante legal.
error-desk-already-representative = Esta persona ya es representante legal de este menor, o su designación espera una aprobación.
error-desk-second-person-needed = Usted hizo esta propuesta: otra persona de la recepción debe aprobarla.
history-action-desk-representative-propose = propuso en la recepción un representante legal para este historial
history-action-desk-representative-approve = aprobó en la recepción la designación de un representante legal para este historial
history-action-desk-representative-refuse = rechazó en la recepción la designación de un representante legal para este historial
history-tried-desk-representative-propose = intentó proponer en la recepción un representante legal para este historial
history-tried-desk-representative-approve = intentó aprobar en la recepción la designación de un representante legal
history-tried-desk-representative-refuse = intentó rechazar en la recepción la designación de un representante legal
history-reason-birth-certificate = a la vista de un acta de nacimiento
history-reason-family-record-book = a la vista de un libro de familia
history-reason-court-decision = a la vista de una resolución judicial
history-reason-staff-account = rechazado: la recepción no puede designar a uno de los suyos
history-reason-second-person-needed = rechazado: una segunda persona de la recepción debe aprobar
mail-representative-appointed-subject = Se ha designado un representante legal para su historial en Carnet
mail-representative-appointed-body =
    Hola, { $name }:

    { $staff }, en la recepción, ha designado a { $representative } como su representante legal en Carnet, { $evidence ->
        [birth-certificate] a la vista de un acta de nacimiento
        [family-record-book] a la vista de un libro de familia
       *[court-decision] a la vista de una resolución judicial
    }. Esta persona puede ahora actuar en su nombre hasta que cumpla 18 años.

    Puede verlo en el registro de su historial:

    { $url }

    Si no es normal, contacte con la recepción.
mail-representative-appointed-for-subject = Se ha designado otro representante legal para { $child }
mail-representative-appointed-for-body =
    Hola, { $name }:

    { $staff }, en la recepción, ha designado a { $representative } como representante legal de { $child } en Carnet, { $evidence ->
        [birth-certificate] a la vista de un acta de nacimiento
        [family-record-book] a la vista de un libro de familia
       *[court-decision] a la vista de una resolución judicial
    }. Esta persona puede ahora actuar en nombre de { $child }, como usted.

    Puede verlo en el registro del historial, actuando en nombre de { $child }:

    { $url }

    Si no es normal, contacte con la recepción.
mail-recovery-started-for-subject = La recepción ha iniciado la recuperación de la cuenta de { $child }
mail-recovery-started-for-body =
    Hola, { $name }:

    { $staff }, en la recepción, ha iniciado la recuperación de la cuenta de Carnet de { $child }, de quien usted es representante legal: sus sesiones han terminado y podrá crearse una nueva llave de acceso.

    Puede verlo en el registro del historial, actuando en nombre de { $child }:

    { $url }

    Si no es normal, contacte con la recepción.
mail-representative-appointed-action = Ver el registro del historial
mail-representative-appointed-for-action = Ver el registro del historial
mail-recovery-started-for-action = Ver el registro del historial
