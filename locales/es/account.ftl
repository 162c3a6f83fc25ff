## Inicio de sesión
signin-title = Iniciar sesión
signin-intro = Use la llave de acceso guardada en su teléfono, su ordenador o su llave de seguridad.
signin-username-label = Correo electrónico
signin-username-hint = Su navegador puede proponerle sus llaves de acceso en este campo.
signin-button = Iniciar sesión con una llave de acceso
signin-working = Iniciando sesión…
signin-failed = No hemos podido iniciar su sesión con esta llave de acceso. Inténtelo de nuevo o pregunte en la recepción.
signin-no-account = ¿Aún no tiene cuenta? La recepción de su centro de salud puede darle de alta.

## Alta
enrol-title = Cree su llave de acceso
enrol-welcome = Bienvenido, { $name }.
enrol-intro = Una llave de acceso sustituye a la contraseña: se queda en su dispositivo y se desbloquea con su huella, su cara o su PIN. Nadie más puede usarla.
enrol-button = Crear mi llave de acceso
enrol-working = Creando la llave de acceso…
enrol-failed = No se ha podido crear la llave de acceso. Inténtelo de nuevo.
link-unknown-title = Enlace desconocido
link-unknown-text = Este enlace de alta no existe. Compruebe que está completo o pida uno nuevo en la recepción.
link-used-title = Enlace ya utilizado
link-used-text = Este enlace ya se utilizó para crear una llave de acceso. Inicie sesión con esa llave o pida un enlace nuevo en la recepción.
link-expired-title = Enlace caducado
link-expired-text = Este enlace ya no es válido. Pida uno nuevo en la recepción.

## Ceremonias (mensajes comunes)
ceremony-cancelled = La operación se canceló o tardó demasiado. Puede intentarlo de nuevo.
ceremony-unsupported = Este navegador no admite llaves de acceso. Pruebe con un navegador reciente.
ceremony-network = No se ha podido contactar con el servidor. Compruebe su conexión e inténtelo de nuevo.

## Cuenta
account-title = Mi cuenta
account-passkeys-title = Mis llaves de acceso
account-passkeys-intro = Cada dispositivo con el que inicia sesión tiene su propia llave de acceso.
passkey-created = Creada el { $date }
passkey-last-used = Último uso el { $date }
passkey-never-used = Nunca se ha usado para iniciar sesión
passkey-name-label = Nombre de la llave
passkey-rename = Cambiar el nombre
passkey-remove = Eliminar
passkey-remove-label = Eliminar la llave de acceso «{ $name }»
passkey-rename-label = Cambiar el nombre de la llave de acceso «{ $name }»
passkey-only-one = Es su única llave de acceso: añada otra antes de eliminarla, o ya no podría iniciar sesión.
passkey-add-title = Añadir una llave de acceso
passkey-add-intro = Añada una llave de acceso en otro dispositivo para no perder nunca el acceso a su historial.
passkey-add-button = Añadir una llave de acceso
passkey-add-working = Añadiendo la llave de acceso…
passkey-add-failed = No se ha podido añadir la llave de acceso. Inténtelo de nuevo.
passkey-default-name = Llave de acceso { $number }
account-language-title = Idioma
account-language-intro = Carnet le escribe y se muestra en el idioma que usted elija.
account-export-title = Mis datos
account-export-intro = Descargue una copia completa del historial: identidad, resultados con sus valores de referencia, vacunas, documentos con sus archivos. El archivo está en formato FHIR R4, el que leen los programas de salud. Contiene todos estos datos de salud: guárdelo en un lugar seguro.
account-export-link = Descargar el historial (FHIR, JSON)
notice-passkey-renamed = Se ha cambiado el nombre de la llave de acceso.
notice-passkey-removed = Se ha eliminado la llave de acceso. Las sesiones abiertas con ella se han cerrado.
notice-passkey-added = Se ha añadido la llave de acceso. Le hemos enviado un correo de seguridad.
notice-language-changed = Se ha cambiado el idioma.
error-verify-first = Por su seguridad, confirme primero que es usted con su llave de acceso («Soy yo») y vuelva a intentarlo.
account-verify-title = Confirme que es usted
account-verify-intro = Para añadir o eliminar una llave de acceso, confirme primero con su llave de acceso que es usted: así nadie más puede hacerlo en un dispositivo que quedó con la sesión abierta. Vale durante 5 minutos.
account-verify-button = Soy yo
account-verify-working = Comprobando…
account-verify-failed = La comprobación no se ha completado. Inténtelo de nuevo con su llave de acceso.
notice-verified = Confirmado: puede añadir o eliminar una llave de acceso durante los próximos 5 minutos.

## Dispositivos conectados (ticket 18)
account-devices-title = Dispositivos conectados
account-devices-intro = Los dispositivos en los que tiene la sesión iniciada ahora mismo. Si no reconoce alguno, o ha perdido un teléfono, cierre la sesión de los demás dispositivos.
account-device-signed-in-with = Sesión iniciada el { $date } con la llave «{ $passkey }»
account-device-signed-in = Sesión iniciada el { $date }
account-device-last-seen = Última actividad el { $date }
account-device-this-one = (este dispositivo)
account-devices-end-others = { $count ->
    [one] Cerrar la sesión del otro dispositivo
   *[other] Cerrar la sesión de los otros { $count } dispositivos
}
account-devices-verify-first = Para cerrar la sesión de los demás dispositivos, confirme primero que es usted.
notice-others-signed-out = Se ha cerrado la sesión de los demás dispositivos. Solo este sigue conectado.
