# Carnet — español.
# Cada texto visible viene de aquí; todos los idiomas tienen exactamente los mismos identificadores.

## General
language-name = Español
# Fechas y horas (patrón strftime; %b y %B son los nombres de mes de abajo).
datetime-pattern = %-d %b %Y, %H:%M
site-name = Carnet
site-tagline = Su historial de salud, compartido con quien usted elija.
skip-to-content = Ir al contenido
nav-label = Navegación principal
nav-menu = Menú
nav-home = Inicio
nav-account = Mi cuenta
nav-sign-in = Iniciar sesión
nav-sign-out = Cerrar sesión
language-label = Idioma
language-switch = Ver en { $language }
footer-text = Carnet, un portal del paciente de código abierto.
javascript-needed = Las llaves de acceso necesitan JavaScript: actívelo en su navegador para continuar.

## Roles
role-patient = Paciente
role-caregiver = Cuidador
role-professional = Profesional de la salud
role-staff = Recepción y ayuda digital
role-admin = Administración

## Inicio
home-title = Inicio
home-greeting = Hola, { $name }
home-roles = Ha iniciado sesión como: { $roles }.
home-signed-out-title = Bienvenido a Carnet
home-signed-out-text = Inicie sesión con su llave de acceso para ver su historial de salud. Para obtener una cuenta, pregunte en la recepción de su centro de salud.
home-account-hint = Gestione sus llaves de acceso y su idioma desde su cuenta.

## Errores
error-title = Algo ha fallado
not-found-title = Página no encontrada
not-found-text = Esta página no existe o no tiene acceso a ella.
back-home = Volver al inicio
error-name-invalid = El nombre debe tener entre 1 y 100 caracteres.
error-email-invalid = Esta dirección de correo no es válida.
error-email-taken = Ya existe una cuenta con esta dirección de correo.
error-role-invalid = Este rol no existe.
error-passkey-name-invalid = El nombre de una llave de acceso debe tener entre 1 y 64 caracteres.
error-last-passkey = No puede eliminar su última llave de acceso: añada otra primero.
error-not-found = No encontrado.
error-sign-in-required = Debe iniciar sesión.
error-ceremony = La verificación de la llave de acceso ha fallado. Inténtelo de nuevo.
error-rate-limited = Demasiados intentos. Espere un minuto e inténtelo de nuevo.
error-bad-request = La solicitud no es válida.
error-unsupported-media = El formato de la solicitud no se acepta.
error-payload-too-large = La solicitud es demasiado grande.
error-cross-origin = Solicitud rechazada: no procede de Carnet.
error-internal = Un problema técnico nos impide responder. Inténtelo de nuevo dentro de un momento.
error-method = Esta acción no está permitida aquí.

## Correos
mail-invitation-subject = Su invitación a Carnet
mail-invitation-body =
    Hola, { $name }:

    Se ha creado una cuenta de Carnet para usted. Para usarla, cree su llave de acceso abriendo este enlace en su teléfono o su ordenador:

    { $url }

    Este enlace funciona una sola vez y caduca en { $hours } horas.

    Si no esperaba este mensaje, ignórelo.
mail-passkey-added-subject = Se ha añadido una llave de acceso a su cuenta de Carnet
mail-passkey-added-body =
    Hola, { $name }:

    Se añadió una llave de acceso llamada «{ $passkey }» a su cuenta de Carnet el { $when }.

    Si fue usted, no tiene que hacer nada. Si no, avise a la recepción de su centro de salud y elimine esta llave desde su cuenta:

    { $url }
mail-record-updated-subject = Novedades en su historial de salud
mail-record-updated-body =
    Hola, { $name }:

    { $count ->
        [one] Se ha añadido un elemento nuevo a su historial de salud.
       *[other] Se han añadido { $count } elementos nuevos a su historial de salud.
    } Inicie sesión para ver lo que se ha añadido:

    { $url }

    Para proteger su intimidad, este mensaje no contiene ninguna información médica.

## Historial de salud: formatos
# Solo la fecha (patrón strftime).
date-pattern = %-d %b %Y
# Separador decimal de los valores medidos.
decimal-separator = ,
nav-results = Resultados
nav-documents = Documentos
nav-vaccinations = Vacunas
pager-older = Anteriores
error-date-invalid = Una de las fechas no es válida: use el formato dd/mm/aaaa.
error-health-id-invalid = Este INS no es válido: tiene 15 caracteres y su clave debe coincidir.
error-health-id-taken = Este INS ya pertenece a otro historial.
error-import-conflict-ins = El INS de este paciente no es el del historial con el mismo identificador: no se ha fusionado nada.
error-import-conflict-birth-date = La fecha de nacimiento de este paciente no es la del historial con el mismo identificador: no se ha fusionado nada.
error-import-conflict-family-name = El apellido de este paciente no es el del historial con el mismo identificador: no se ha fusionado nada.
error-upload-missing = Elija un archivo.
error-upload-too-large = Este archivo ocupa más de 10 MB.

## Inicio (paciente)
home-new-title = Novedades desde su última visita
home-nothing-new = Nada nuevo desde su última visita.
home-authorizations-to-review = { $count ->
        [one] Desde que cumplió 18 años, una autorización que sus representantes legales dieron en su nombre espera su decisión.
       *[other] Desde que cumplió 18 años, { $count } autorizaciones que sus representantes legales dieron en su nombre esperan su decisión.
    }
home-authorizations-review-link = Elegir ahora
home-new-results = { $count ->
    [one] Un resultado nuevo
   *[other] { $count } resultados nuevos
}
home-out-of-range-title = Resultados fuera del intervalo de referencia
home-out-of-range-none = Ninguno de sus últimos resultados está fuera de su intervalo de referencia.
home-out-of-range-nothing-to-judge = Todavía no hay resultados con valores de referencia.
home-out-of-range-hint = Un resultado fuera del intervalo de referencia no es necesariamente anormal para usted: coméntelo con su médico.
home-all-results = Todos mis resultados
home-vaccinations-title = Vacunas pendientes
home-all-vaccinations = Mi cartilla de vacunación
home-verify-link = Verificar un documento sellado por Carnet

## Dates
# Nombres de los meses (para %B y %b en los patrones de fecha).
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
month-short-1 = ene
month-short-2 = feb
month-short-3 = mar
month-short-4 = abr
month-short-5 = may
month-short-6 = jun
month-short-7 = jul
month-short-8 = ago
month-short-9 = sept
month-short-10 = oct
month-short-11 = nov
month-short-12 = dic

# Zonas horarias de los lugares de consulta.
zone-europe-paris = Francia metropolitana (París)
zone-america-guadeloupe = Guadalupe
zone-america-martinique = Martinica
zone-america-cayenne = Guayana Francesa (Cayena)
zone-indian-reunion = Reunión
zone-indian-mayotte = Mayotte
zone-america-miquelon = San Pedro y Miquelón
zone-pacific-noumea = Nueva Caledonia (Numea)
zone-pacific-tahiti = Polinesia Francesa (Tahití)
