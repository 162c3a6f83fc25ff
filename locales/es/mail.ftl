## Correos: la parte HTML, los botones, los avisos agrupados (incidencia 16)

# Cómo anuncian los lectores de pantalla el mensaje dentro de su página (aria-roledescription).
mail-html-role = correo electrónico
mail-html-copy-link = Si el botón no funciona, copie esta dirección en su navegador:
# El botón de un mensaje que no tiene uno propio.
mail-action-open = Abrir Carnet
# La firma que se añade al final de cada mensaje.
mail-signature = — Carnet

mail-invitation-action = Crear mi llave de acceso
mail-passkey-added-action = Ver las llaves de acceso de mi cuenta
mail-record-updated-action = Abrir mi historial de salud
mail-record-corrected-action = Ver mi historial de salud
mail-first-read-action = Ver quién consultó mi historial
mail-emergency-access-action = Ver quién consultó mi historial
mail-first-read-for-action = Ver quién ha consultado el historial
mail-emergency-access-for-action = Ver quién ha consultado el historial
mail-access-requested-action = Responder a la solicitud
mail-delegation-invitation-action = Ver la invitación
mail-delegation-granted-action = Ver mis cuidadores
mail-delegation-first-used-action = Ver quién consultó mi historial
mail-delegation-ended-action = Ver mis cuidadores
mail-delegation-ended-delegate-action = Ver las personas a las que ayudo
mail-recovery-action = Crear mi nueva llave de acceso
mail-representative-added-action = Ver las personas a las que ayudo
mail-coming-of-age-action = Crear mi llave de acceso
mail-appointment-confirmed-action = Ver la cita
mail-appointment-moved-action = Ver la cita
mail-appointment-moved-by-professional-action = Ver, cambiar o cancelar la cita
mail-appointment-cancelled-action = Ver la cita
mail-appointment-cancelled-by-professional-action = Ver la cita
mail-appointment-reminder-action = Ver, cambiar o cancelar la cita
mail-appointment-slot-freed-action = Ver los huecos libres

mail-recovery-in-person-subject = Su cuenta de Carnet se recuperó en la recepción
mail-recovery-in-person-body =
    Hola, { $name }:

    En la recepción, tras comprobar su identidad, { $staff } le entregó en mano un enlace para crear una nueva llave de acceso. Sus sesiones abiertas han terminado. En cuanto se cree la nueva llave, todas sus llaves de acceso anteriores dejarán de funcionar.

    Si no fue usted, contacte con la recepción lo antes posible: puede que alguien haya usurpado su identidad.
