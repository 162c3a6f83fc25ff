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
delegation-scope-profile-label = Leer mi perfil de salud (alergias, enfermedades, tratamientos, hospitalizaciones)
delegation-scope-measurements-label = Consultar e introducir mis mediciones (peso, tensión, glucemia…)
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
delegation-scope-profile = leer el perfil de salud
delegation-scope-measurements = consultar e introducir las mediciones
delegation-scope-appointments = gestionar las citas
delegation-scope-upload = añadir documentos
invitation-title = Invitación para ayudar a alguien
invitation-lead = { $patient } le invita a actuar en su nombre en Carnet:
invitation-expires = Esta invitación puede aceptarse hasta el { $date }.
invitation-signed-in-as = Ha iniciado sesión como { $name }.
invitation-accept = Aceptar
invitation-join-title = Nuevo en Carnet
invitation-join-intro = Cree su cuenta con la dirección a la que se envió esta invitación ({ $email }) y después su llave de acceso con el enlace que le enviaremos allí.
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
error-delegation-other-address = Esta invitación se envió a otra dirección: solo la persona invitada puede aceptarla.
invitation-other-address = Esta invitación se envió a { $email } y usted ha iniciado sesión con otra dirección. Inicie sesión con la cuenta de esa dirección o pida a { $patient } que invite la dirección de su cuenta.
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
history-reason-minor-consent-ended = autorizado cuando era menor: debe confirmarse desde sus 18 años
history-reason-out-of-scope = la delegación que usted dio no lo permite
history-reason-invitation = su invitación fue aceptada
history-reason-delegate = a petición del cuidador
history-role-representative = Representante legal
notice-joined = Su cuenta está creada. Acabamos de enviar a la dirección invitada un enlace para crear su llave de acceso: ábralo en este dispositivo.
delegation-until-majority = Hasta que cumpla 18 años
delegation-ended-at-majority = Terminó al cumplir 18 años: su historial es ahora suyo.
