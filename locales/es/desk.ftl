## Recepción: la recuperación entregada en mano (incidencia 16)

desk-recover-handover-legend = Cómo recibe el paciente su enlace de recuperación
handover-recovery-title = Enlace de recuperación
handover-recovery-intro = El paciente escanea este código con su propio teléfono para crear una nueva llave de acceso. El enlace funciona una sola vez. En cuanto se crea la nueva llave, sus llaves de acceso anteriores dejan de funcionar.
handover-recovery-qr-label = Código QR del enlace de recuperación

## La página de recuperación que abre el paciente
recovery-title = Crear una nueva llave de acceso
recovery-welcome = Hola, { $name }. La recepción ha iniciado la recuperación de su cuenta: sus sesiones abiertas han terminado.
recovery-old-passkeys = Atención: en cuanto cree la nueva llave, todas sus llaves de acceso anteriores dejarán de funcionar, en todos sus dispositivos. Se retirarán de su cuenta. Hasta entonces, siguen funcionando.
recovery-found-device = Si más adelante encuentra un dispositivo antiguo, su llave anterior ya no le permitirá entrar: añada en él una nueva llave de acceso desde la página de su cuenta.
recovery-button = Crear mi nueva llave de acceso
