<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es">
    <context>
        <name />
        <message>
            <source>Devolución: {product} (nota {sale})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fecha</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Código</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Producto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Categoría</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Precio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Artesanas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cantidad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ubicación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pendiente</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cant.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venta neta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelar (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pago del stand de la feria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compra de sencillo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Almuerzo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pago a artesana</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Otro</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no hay una impresora elegida en Ajustes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se imprimió: {reason}. Tampoco se pudo guardar: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se imprimió: {reason}.
Se guardó el PDF en:
{path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cierre de caja {till}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Informe X — caja {till}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abrir la caja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La caja ya está abierta.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cerrar la caja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copia de seguridad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La caja se cerró, pero no se pudo hacer la copia de seguridad: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hora</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tipo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motivo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usuario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imágenes (*.png *.jpg *.jpeg *.webp *.bmp)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elegir foto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Efectivo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dólares</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tarjeta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transferencia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coordinadora</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendedora</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agotado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>la impresora {printer} falló ({error})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se imprimió la nota {name}: {reason}. Tampoco se pudo guardar: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se imprimió la nota {name}: {reason}.
Se guardó el PDF en:
{path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nota de venta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nota {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nota {number} (COPIA)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Todavía no hay ninguna nota en esta caja.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dañado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Regalo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Perdido</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Muestra</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encontrado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Corrección</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Producción</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Devolución</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Traslado: sale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Traslado: entra</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ajuste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conteo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hacer devoluciones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dar descuentos mayores al límite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cambiar precios</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sacar o poner dinero en la caja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>pagar a las artesanas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ajustar el stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>editar artesanas y productos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cambiar los ajustes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cerrar la caja de otra persona</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>administrar usuarios</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tienda aliada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Productos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ubicaciones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participaciones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pagos a artesanas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reportes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usuarias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no hay ninguna impresora instalada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imprimir constancia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impresora (A4 o A5, no la de tickets):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Constancia {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se imprimió la constancia {number}: {reason}. Tampoco se pudo guardar: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se imprimió la constancia {number}: {reason}.
Se guardó el PDF en:
{path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Constancia de pago {number} (copia)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Constancia de pago {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ene</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feb</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abr</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>May</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jun</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Jul</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Oct</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nov</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>escriba el precio como número, por ejemplo 45 o 45.50</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bolsos, Monederos…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La base de datos está dañada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Este archivo no es de Mama Killa POS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La base de datos es de una versión más nueva</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>el archivo está vacío</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>el archivo no es una base de datos (su contenido está dañado o es de otro tipo)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>el archivo está incompleto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>el archivo está incompleto: se cortó al escribirlo (¿disco lleno o memoria retirada?)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>el archivo es una base de datos de otro programa, no de Mama Killa POS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>la base de datos es de una versión más nueva de la aplicación: actualice el programa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>la base de datos está dañada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resumen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Por día</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Por mes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Por producto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Por categoría</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Por artesana</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Por ubicación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Por vendedora</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Por método de pago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Más vendidos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Menos vendidos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stock a precio de venta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(sin usuaria)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ventas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unidades vendidas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bruto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Descuentos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Devoluciones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unidades devueltas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Neto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participación de las artesanas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redondeo en efectivo (a favor del cliente)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venta promedio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Español</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Français</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A4, 21 etiquetas de 63,5 × 38,1 mm (3 × 7)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A4, 24 etiquetas de 70 × 37 mm (3 × 8)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A4, 14 etiquetas de 99,1 × 38,1 mm (2 × 7)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rollo de etiquetas de 50 × 30 mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rollo de etiquetas de 60 × 40 mm</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AdjustDialog</name>
        <message>
            <source>Ajustar stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quitar unidades</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agregar unidades</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detalle (opcional): costura rota, regalo a la madrina…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardar ajuste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cantidad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dónde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motivo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija el motivo del ajuste.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un producto dañado, regalado, perdido o de muestra se quita del stock.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ApprovalDialog</name>
        <message>
            <source>Aprobación de una coordinadora</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se necesita una coordinadora</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Permiso para %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lo pide: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1. Coordinadora que aprueba</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hay ninguna coordinadora activa que pueda aprobar esto.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2. Su PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aprobar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Primero toque el nombre de la coordinadora.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba el PIN de la coordinadora: de 4 a 6 números.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>Copias de seguridad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Las copias se guardan en:
{folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Con PostgreSQL las copias se hacen con pg_dump (vea el README).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hacer una copia ahora</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restaurar una copia…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cerrar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copia guardada: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elegir la copia a restaurar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se puede restaurar: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restaurar la copia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>¿Restaurar {name}? Tiene {sales} notas. La base de datos actual se guarda aparte, no se borra.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copia restaurada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Listo. La base anterior quedó en {aside}.
La aplicación se cerrará: vuelva a abrirla.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CartModel</name>
        <message>
            <source>Cant.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Producto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hecho por</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P. unit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dscto.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Solo hay {stock} en stock: se vende más de lo que hay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Descuento de la línea: {d}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CartTable</name>
        <message>
            <source>Escanee un código o toque un producto para empezar la venta.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CashMoveDialog</name>
        <message>
            <source>Sacar dinero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Poner dinero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soles (S/)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dólares (US$)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registrar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelar (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motivo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sacar dinero de la caja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Poner dinero en la caja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>¿A qué artesana? (obligatorio)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba el motivo (obligatorio)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detalle (opcional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>En la caja debería haber {amount}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sacar {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Poner {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba el monto.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija el motivo.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CashScreen</name>
        <message>
            <source>Abrir la caja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Poner dinero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sacar dinero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Informe X</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cerrar la caja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Último cierre (Z)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Las cifras hasta ahora, sin cerrar la caja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dólares</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fondo inicial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ Recibido en ventas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>− Vuelto entregado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>− Devoluciones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ Entradas de dinero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>− Salidas de dinero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>= Debe haber en la caja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contado al cerrar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diferencia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entradas y salidas de dinero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Todavía no se puso ni se sacó dinero.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caja {till} abierta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> por {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desde el {when}{who} · {location} · fondo {pen} y {usd}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>En la caja ahora</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caja cerrada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abra la caja contando el fondo para empezar a vender.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Último cierre: {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Todavía no se cerró ninguna caja.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{sales} ventas ({total}), {refunds} devoluciones ({refunded})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>redondeo regalado {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nota: {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tarjeta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transferencia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sin pagos con Yape, Plin ni tarjeta.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 operación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} operaciones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pagos sin efectivo (compare con el celular)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CloseTillDialog</name>
        <message>
            <source>Cerrar la caja {till}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abierta el {when}{who} · {sales} ventas, {refunds} devoluciones · Enter: fila siguiente</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dólares</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Debe haber</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diferencia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yape, Plin, tarjeta y transferencias: compare con el celular</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redondeo regalado a clientes: {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ej.: se dio vuelto de más</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Informe X</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ver e imprimir las cifras hasta ahora, sin cerrar la caja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cerrar la caja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Soles: fondo {float} + efectivo recibido {sales} − vuelto {change} − devoluciones {refunds} + entradas {cash_in} − salidas {cash_out}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dólares: fondo {float} + recibido {sales} + entradas {cash_in} − salidas {cash_out}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tarjeta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transferencia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sin pagos con Yape, Plin, tarjeta ni transferencia.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: 1 operación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {count} operaciones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>op. {reference}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(devolución)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cuadra</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>falta {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sobra {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nota: ¿por qué no cuadra? (obligatoria)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nota (opcional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El arqueo no cuadra: escriba en la nota por qué.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DenominationCounter</name>
        <message>
            <source>Soles (S/)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dólares (US$)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>moneda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>billete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cantidad de {denomination}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total: {amount}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DiscountDialog</name>
        <message>
            <source>Descuento</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importe: {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>En soles (S/)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>En porcentaje (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sin descuento</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aplicar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba un número, por ejemplo 5 o 2.50</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El descuento va de 0 a 100 %</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DueModel</name>
        <message>
            <source>Artesana</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Movimientos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A pagar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N.º de operación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no hace falta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>toque para escribirlo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FirstCoordinatorPage</name>
        <message>
            <source>¿Quién coordina la caja?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registre a la primera coordinadora. Ella aprueba devoluciones, descuentos grandes, retiros de caja y pagos, y registra a las demás compañeras con su propio PIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nombre y apellido</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>De 4 a 6 números. Nadie más debe conocerlo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nombre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repita el PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registrar y entrar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba el nombre de la coordinadora.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Los dos PIN no son iguales. Escríbalos otra vez.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Ayuda — guía rápida</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se encuentra la guía (%1).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Volver al inicio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cerrar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HistoryScreen</name>
        <message>
            <source>Ventas del día</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>◀ Día anterior</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hoy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Día siguiente ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DEVOLUCIÓN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reimprimir (COPIA)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Devolver…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Idioma de la copia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 venta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 ventas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 devolución</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 devoluciones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hay ventas este día</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Devolución %1 registrada: entregue %2 al cliente.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija una venta de la lista</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>devuelve la venta %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No queda nada por devolver de esta nota</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Subtotal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Descuentos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total devuelto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redondeo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A devolver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A pagar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Efectivo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dólares</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tarjeta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transferencia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{method} (op. {reference})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vuelto</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportProductsDialog</name>
        <message>
            <source>Importar productos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Una planilla CSV o Excel con las columnas code, product, category, price, makers, quantity, location. En makers: «Rosa Quispe» o «Rosa Quispe:2;Ana Huamán:1». Si una fila tiene un error no se importa nada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ningún archivo elegido</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elegir archivo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Línea</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cerrar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importar productos desde una planilla</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elegir planilla</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Planillas (*.csv *.xlsx *.xlsm)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} filas. Revise y pulse «Importar».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importadas {rows} filas: {created} artículos nuevos, {units} unidades producidas.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <source>Artículo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija quién lo hizo. Si lo hicieron entre varias, ponga el peso de cada una: por ejemplo costura 2 y bordado 1. La participación se reparte según esos pesos.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Artesana</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Peso</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— nadie —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— elija —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vacío: se genera (MK000123)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Código de la etiqueta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija al menos una artesana.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Una artesana figura dos veces.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JournalModel</name>
        <message>
            <source>N.º</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fecha y hora</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quién</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Qué</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Referencia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detalle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Huella</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Huella: %1
Anterior: %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>JournalScreen</name>
        <message>
            <source>Diario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verificar el diario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comprueba que nadie cambió, borró ni agregó registros por fuera de la aplicación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Todas las fechas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Buscar referencia: n.º de nota, de pago…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hasta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Toque un registro para ver todo lo que guarda.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>◀ Más recientes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Más antiguos ▶</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Todo tipo de registro</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Todas las personas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1–%2 de %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hay registros con estos filtros</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Verificando el diario y los documentos…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudo verificar: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Todo en orden: los %1 registros del diario están completos y coinciden con las ventas, devoluciones, pagos y cierres.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se encontraron %1 problemas: algo se cambió por fuera de la aplicación.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>… y %1 más.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Huella: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anterior: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Keypad</name>
        <message>
            <source>Borrar el último número</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borrar todo</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LocationDialog</name>
        <message>
            <source>Editar ubicación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nueva ubicación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Feria artesanal San Blas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vacío: se hace del nombre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nombre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tipo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Código</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LocationsScreen</name>
        <message>
            <source>Ubicación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tipo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Código</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unidades</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ Nueva ubicación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cerrar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esta caja vende desde aquí</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ubicaciones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Donde se guardan y venden los productos: el taller, los puestos de feria, la tienda aliada. Cada caja descuenta el stock de su ubicación.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>abierta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cerrada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>esta caja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esta caja vende desde: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esta caja no tiene ubicación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reabrir</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ubicación «{name}» agregada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ubicación «{name}» guardada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«{name}» cerrada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>«{name}» abierta otra vez.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esta caja vende ahora desde «{name}». Vuelva a abrir la pantalla de venta para verlo.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LoginScreen</name>
        <message>
            <source>¿Quién está en la caja?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Toque su nombre y escriba su PIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entrar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija su nombre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Luego escriba su PIN aquí.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba su PIN y toque «Entrar».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Primero toque su nombre.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba su PIN: de 4 a 6 números.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>bloqueada hasta las %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (%2): PIN &lt;b&gt;%3&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Tienda de demostración.&lt;/b&gt; Para practicar: {pins}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Mama Killa — Caja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cambiar de usuaria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bloquear la caja: la siguiente persona entra con su PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Historial</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Más ▾</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ajustes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copias de seguridad…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ayuda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El historial de ventas aparecerá aquí.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Atiende: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caja {series}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caja cerrada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caja abierta desde las {time}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MakerDialog</name>
        <message>
            <source>Editar artesana</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nueva artesana</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>vacío: sus iniciales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8 dígitos (opcional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fecha de ingreso:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— nadie / no se sabe —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sin foto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elegir foto…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quitar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nombre completo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Código corto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DNI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Teléfono</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La formó</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Foto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El DNI tiene 8 dígitos (o déjelo vacío).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MakersScreen</name>
        <message>
            <source>Buscar artesana…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ver también las inactivas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ Nueva artesana</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registrar producción</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Etiquetas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desactivar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eliminar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendido este mes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Su participación del mes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saldo por pagarle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Código</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Producto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Precio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ubicación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unidades</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sus artículos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Su stock por ubicación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija una artesana de la lista o agregue una nueva.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>inactiva</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Artesanas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>activa</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Código {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tel. {phone}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DNI {dni}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingresó el {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>la formó {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>formó a {names}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reactivar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendido en {month}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{units} unidades</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ventas menos devoluciones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>aún no pagado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> (con {names})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Artesana {name} agregada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Datos de {name} guardados.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desactivar artesana</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>¿Desactivar a {name}? Deja de aparecer en las listas; sus artículos, ventas y pagos se conservan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} quedó inactiva.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} está activa otra vez.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Eliminar artesana</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>¿Eliminar a {name}? Solo se puede si no tiene artículos ni ventas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} fue eliminada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Producción registrada: {count} × {product}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MovementsDialog</name>
        <message>
            <source>Movimientos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fecha y hora</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ubicación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Movimiento</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cantidad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Queda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quién</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Detalle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>—</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cerrar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MovementsModel</name>
        <message>
            <source>Entrada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Salida</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewPinDialog</name>
        <message>
            <source>PIN actual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PIN nuevo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repita el PIN nuevo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Los dos PIN nuevos no son iguales. Escríbalos otra vez.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewUserDialog</name>
        <message>
            <source>Agregar una usuaria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nombre y apellidos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nombre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PIN (4 a 6 números)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repita el PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba el nombre.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija el rol.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Los dos PIN no son iguales. Escríbalos otra vez.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OpenTillDialog</name>
        <message>
            <source>Abrir la caja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abrir la caja {till}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cuente el dinero con el que empieza (el fondo para dar vuelto): escriba cuántos billetes y monedas hay de cada uno. Enter pasa a la fila siguiente.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelar (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fondo de caja:
{pen}
{usd}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParkedCartsDialog</name>
        <message>
            <source>Ventas aparcadas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija la venta que desea recuperar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{time}  ·  {total}  ·  {units} art.  ·  {first}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recuperar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>Total: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recibido en efectivo (S/)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recibido en dólares (US$)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monto pagado por Yape (S/)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monto pagado por Plin (S/)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monto cobrado con tarjeta (S/)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monto transferido (S/)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cobre este monto en el terminal de tarjetas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba cuánto le da el cliente o toque el billete. El vuelto es en soles.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Efectivo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dólares</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tarjeta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transferencia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El monto no es un número válido.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba primero el monto de este pago.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ya está todo pagado: toque Cobrar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Operación %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>¿Paga con dos métodos? Escriba el primer pago y toque «+ Agregar pago».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A pagar: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(redondeo %1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recibido: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vuelto: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Falta: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tipo de cambio de hoy: US$ 1 = %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cobrar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Efectivo S/</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dólares US$</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N.º de operación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se ve en el celular del cliente</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Billete recibido</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Poner justo lo que falta pagar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monto exacto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardar este pago y cobrar el resto con otro método</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ Agregar pago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pagos agregados</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quitar pago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nota de venta en</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelar (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cobrar (Enter)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PayoutDialog</name>
        <message>
            <source>Pago a artesanas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pagar a:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ventas hasta el:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Efectivo de la caja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transferencia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N.º de operación del Yape, Plin o de la transferencia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>¿Cómo se le paga?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imprima la constancia: salen dos ejemplares, uno para el centro y otro para la artesana. Las dos firman ambos.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ver e imprimir la constancia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Terminar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Papel:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Todas las artesanas con saldo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} — nada que pagar ({amount})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} — nada pendiente</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} artesanas con saldo hasta el {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 artesana con saldo hasta el {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cada una recibe su propia constancia. Las que no tienen saldo no aparecen: lo suyo pasa al próximo pago.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lo que se le paga a {name}: movimientos pendientes hasta el {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} movimientos · participaciones {accrued} · devoluciones {reversed}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Las devoluciones superan a las ventas: no hay nada que pagar, el saldo pasa al próximo pago.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total: {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La caja está cerrada: ábrala para pagar en efectivo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El dinero sale de la caja abierta y queda registrado como salida.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba en la tabla el número de operación de cada artesana.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba el número de operación que muestra el teléfono o el banco.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija cómo se le paga.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pagar {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nada que pagar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No había nada que pagar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>en efectivo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>transferencia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pago {number} registrado: {amount} a {name} ({method}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} pagos registrados ({method}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ver e imprimir la constancia elegida</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PayoutHistoryScreen</name>
        <message>
            <source>Pagos a las artesanas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pagos y constancias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Totales por mes (para los financiadores)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Artesana:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N.º</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fecha de pago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Artesana</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ventas que paga</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Forma de pago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mov.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ver constancia (copia)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Papel:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Todas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Efectivo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transferencia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>del {start} al {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} pagos · total pagado {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 pago · total pagado {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lo pagado a cada artesana en cada mes, según la fecha del pago (en soles).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Año:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{year}: {payouts} pagos a {makers} artesanas, {amount} en total.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PdfViewDialog</name>
        <message>
            <source>Imprimir</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardar PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cerrar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documentos PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF guardado en %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PeriodPicker</name>
        <message>
            <source>Este mes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mes pasado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Este año</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Año pasado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Otras fechas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>del</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>al</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PinEntry</name>
        <message>
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message>
            <source>Nuevo producto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sin foto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elegir foto…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nombre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Categoría</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Precio (S/)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Descripción</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Foto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Crear producto</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProductGrid</name>
        <message>
            <source>Todos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ningún producto coincide con «{text}».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Todavía no hay productos en el catálogo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hay productos en esta categoría.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProductGridModel</name>
        <message>
            <source>{name}
Hecho por {makers}
{price} · código {code} · {stock} en stock</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProductionDialog</name>
        <message>
            <source>Registrar producción</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>¿Quién lo hizo?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Todavía no hay artesanas: agréguelas en «Artesanas».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Buscar producto…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>← Otra artesana</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ Producto nuevo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>¿Cuántos?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>← Otro producto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>¿Dónde quedan?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registrar otra producción</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Terminar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 Artesana</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2 Producto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3 Cantidad y lugar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>¿Qué terminó {name}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{code} · {makers} · {stock} en stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>primera vez: se crea su artículo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {product}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registrar {count} en {place}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba la cantidad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} terminó {count} × {product} en {place}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ahora hay {level} en {place}. Código del artículo: {code}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(Es su primer artículo de este producto: se le dio un código nuevo.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imprimir {count} etiquetas</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProductsScreen</name>
        <message>
            <source>Buscar producto…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ver retirados</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Producto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Precio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ Nuevo producto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importar…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importar productos desde una planilla CSV o Excel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sin foto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se vende (aparece en la caja)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cambiar foto…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardar cambios</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nombre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Categoría</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Precio (S/)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Descripción</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Código</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hecho por</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ Artículo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Artesanas…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Corregir quién hizo el artículo (solo si aún no se vendió)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retirar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Etiquetas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Producción</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Artículos (uno por artesana o grupo)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija un producto de la lista o cree uno nuevo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Todas las categorías</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Productos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taller (del centro)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a la venta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>retirado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reactivar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Producto «{name}» creado. Agregue quién lo hizo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cambiar el precio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>¿Cambiar el precio de «{name}» de {old} a {new}?
Las ventas ya hechas mantienen su precio.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cambiar precio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cambios guardados: {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Artículo {code} creado: {product} de {makers}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Artesanas del artículo {code} actualizadas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Artículo {code} retirado de la caja.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Artículo {code} a la venta.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Los artículos del centro no se registran como producción.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>QuantityDialog</name>
        <message>
            <source>Cantidad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aceptar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La cantidad debe ser 1 o más.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Mama Killa POS — no se puede abrir la base de datos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Archivo: {path}
Qué pasó: {message}.

El archivo no se modifica: queda guardado tal como está.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restaurar esta copia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&lt;b&gt;Copia de seguridad más reciente: {date}&lt;/b&gt;&lt;br&gt;{sales} notas de venta y devoluciones, {moves} movimientos de stock.&lt;br&gt;&lt;small&gt;{path}&lt;/small&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se encontró ninguna copia de seguridad en buen estado junto a la base de datos.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abrir otro archivo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Salir</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abrir una base de datos o una copia</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <source>Devolución de la venta %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Devolver productos de la venta %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendida el %1 · total %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Devolver todo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>¿Cómo se devuelve el dinero?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Efectivo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yape</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tarjeta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transferencia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>N.º de operación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Motivo (obligatorio)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Toque un motivo o escríbalo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Producto con falla</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cambio por otro producto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Al cliente no le gustó</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Error al cobrar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelar (Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registrar devolución</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReportsScreen</name>
        <message>
            <source>Reportes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hoy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esta semana</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Este mes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Este año</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personalizado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exportar XLSX</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Todas las tablas del periodo en una hoja de cálculo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La tabla abierta, en CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El informe del periodo con gráficos, en PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>del</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>al</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Informe anual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El informe de impacto del año para los financiadores, en PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exportar todo (ZIP)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Todas las tablas de la base de datos en archivos CSV, para la contadora</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Año</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resumen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Por día</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Productos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Categorías</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Artesanas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ubicaciones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medios de pago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendedoras</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Más vendidos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Menos vendidos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Concepto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cantidad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Porcentaje</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fecha</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ventas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unidades</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bruto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Descuentos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Devoluciones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Neto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Producto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Categoría</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Artesana</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ubicación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendedora</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medio de pago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cobrado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Devuelto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>En stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Valor a precio de venta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendidas sin stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ventas netas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unidades vendidas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venta promedio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Para las artesanas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stock a precio de venta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>miles de S/</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ventas netas por día ({unit})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ventas netas por mes ({unit})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ganado por artesana ({unit})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ganado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ventas netas por ubicación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importes en soles (S/).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardado en {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardar hoja de cálculo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardar CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudo guardar: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardar informe en PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparando el informe del periodo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardar informe anual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparando el informe anual {year}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardar todos los datos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ZIP (*.zip)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exportando todos los datos…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Espere: hay otro trabajo en curso.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelado: no se guardó nada.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SaleLinesModel</name>
        <message>
            <source>Cant.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Producto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Importe</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Devueltas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hecho por %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SaleScreen</name>
        <message>
            <source>Escanee o busque… (F2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Última nota (Ctrl+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venta actual</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recuperar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aparcar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vaciar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cant. (F4)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dscto. (F8)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quitar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dscto. a la venta (F9)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TOTAL</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cobrar (F12)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escanee un código o toque un producto.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caja cerrada: se le pedirá abrirla al cobrar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} productos coinciden con «{text}»: toque el que desea.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ningún producto coincide con «{text}».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Código no encontrado: {code}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{qty} × {name} — {makers} — {price}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>⚠ {name}: se venden {qty} y solo hay {stock} en stock.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {qty} unidades</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Descuento en {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Descuento a toda la venta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se quitó {name}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vaciar la venta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>¿Quitar los {n} artículos de esta venta?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sí, vaciar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venta vaciada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venta de {total} aparcada. Recupérela con «Recuperar».</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venta de {total} recuperada.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agregue productos antes de cobrar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venta de %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caja cerrada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Para cobrar, la caja debe estar abierta.
¿Abrir la caja ahora con S/ 0.00 de fondo?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abrir la caja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caja cerrada: no se puede cobrar sin abrirla.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venta {number} registrada — vuelto {change}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venta {number} registrada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text}. No se pudo entregar la nota: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudo reimprimir: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} artículo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} artículos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dscto. a la venta {amount}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recuperar ({n})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SalesTableModel</name>
        <message>
            <source>Número</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hora</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tipo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendedora</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DEVOLUCIÓN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venta</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Ajustes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ajustes de la tienda y de esta caja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tienda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nota de venta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dinero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esta caja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardar los ajustes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sin RUC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nombre de la tienda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dirección</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RUC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>11 números. Déjelo vacío si la tienda no tiene RUC.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enlace del catálogo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sale como código QR en cada nota de venta. Vacío: sin QR.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rollo de 80 mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rollo de 58 mm</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hoja A4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imprimir la nota de venta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mostrar la nota en la pantalla</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hacer nada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sin impresora: guardar PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (no encontrada)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Texto de arriba</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Por ejemplo: NOTA DE VENTA — no es comprobante de pago</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Texto de abajo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Papel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Después de cobrar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Impresora</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redondear a 0.10 hacia abajo (a favor del cliente)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sin redondeo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parte de la artesana (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Se aplica a las ventas nuevas; las ventas ya hechas no cambian.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dólar de hoy (S/ por US$ 1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cuántos soles vale un dólar hoy, por ejemplo 3.70.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Redondeo en efectivo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Solo cuando todo se paga en soles en efectivo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Descuento máximo de una vendedora (%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Un descuento mayor necesita el PIN de una coordinadora.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nunca</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 minutos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 minuto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Junto a los datos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elegir…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Por defecto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serie de esta caja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cada caja tiene su serie: las notas salen B001-000001, B001-000002…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vende desde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bloquear la caja sin uso tras</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Después, cada una vuelve a entrar con su PIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carpeta de copias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cada día se guarda aquí una copia de seguridad. Por defecto: la carpeta «copias» junto a los datos.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Idioma</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El idioma cambia la próxima vez que se abre el programa.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba la parte de la artesana en números, por ejemplo 45.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba el dólar de hoy en números, por ejemplo 3.70.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba el descuento máximo en números, por ejemplo 45.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba el nombre de la tienda.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El RUC tiene 11 números; este tiene %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El RUC no es válido: revise los 11 números.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El enlace del catálogo empieza con https:// (o déjelo vacío).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cambiar los ajustes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Carpeta de las copias de seguridad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Puede mirar los ajustes. Para guardar cambios se pedirá el PIN de una coordinadora.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Mama Killa — primera configuración</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>¡Bienvenida a la caja de Mama Killa!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba los datos de la tienda. Salen en cada nota de venta y se pueden cambiar después. Luego registrará a la primera coordinadora.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cada caja tiene su serie: las notas salen B001-000001, B001-000002…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nombre de la tienda</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dirección</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Serie de esta caja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Abrir la tienda de demostración</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardar y empezar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escriba el nombre de la tienda.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>La tienda de demostración no está disponible en esta versión.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SharesScreen</name>
        <message>
            <source>Participaciones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pagar a artesanas…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Artesana</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Devuelto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pagado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saldo del periodo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Por pagar hoy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija una artesana para ver de dónde sale cada importe; doble clic para pagarle.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saldo del periodo: lo que aún no se pagó de lo generado en estas fechas. Por pagar hoy: todo lo pendiente hasta hoy, sea de la fecha que sea.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (inactiva)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija una artesana para ver sus movimientos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: 1 movimiento del {start} al {end}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}: {count} movimientos del {start} al {end}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StockModel</name>
        <message>
            <source>Código</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Producto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hecho por</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (retirado)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Taller</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stock negativo: se vendió más de lo que el sistema tenía. Revise con un conteo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quedan pocas unidades</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StockScreen</name>
        <message>
            <source>Buscar código, producto o artesana…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Solo alertas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Solo artículos con stock negativo o con pocas unidades</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Producción</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trasladar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ajustar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conteo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Movimientos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Etiquetas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Todas las artesanas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Todas las categorías</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Todas las ubicaciones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total: &lt;b&gt;{units}&lt;/b&gt;</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} artículos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} con stock negativo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} con pocas unidades</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elija primero un artículo de la tabla.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Producción registrada: {count} × {product} en {place}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{units} × {product} trasladados de {source} a {target}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ajuste guardado: {change:+d} {product} en {place}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conteo guardado: {count} artículo(s) corregido(s).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Conteo guardado: todo coincide.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StocktakeDialog</name>
        <message>
            <source>Conteo de inventario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Escanee cada etiqueta (o escriba el código y Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Código</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Producto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sistema</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Diferencia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contar solo lo escaneado (lo demás no cambia)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sin marcar, todo lo que el sistema tiene aquí y no se contó queda en 0.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirmar conteo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ubicación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{product} ({code}): {count} contados</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Faltan {missing} y sobran {surplus} unidades según el sistema.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>El conteo coincide con el sistema.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TagsDialog</name>
        <message>
            <source>Imprimir etiquetas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Etiquetas para colgar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Empezar en la etiqueta (para hojas ya usadas):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dibujar el borde de cada etiqueta (para recortar en papel común)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ver e imprimir</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cerrar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Papel:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} etiquetas del rollo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} etiquetas en {sheets} hoja(s), desde la etiqueta {start}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Etiquetas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No hay una impresora elegida en Ajustes: guarde el PDF e imprímalo desde el archivo.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TransferDialog</name>
        <message>
            <source>Trasladar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nota (opcional): feria del domingo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desde</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hacia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cantidad</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Según el sistema solo hay {units} allí: el origen quedará en negativo.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UsersModel</name>
        <message>
            <source>Nombre</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Estado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inactiva</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bloqueada hasta las %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activa</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>UsersScreen</name>
        <message>
            <source>Usuarias de la caja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cada persona entra con su propio PIN. Las coordinadoras aprueban lo que necesita permiso.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Agregar usuaria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Darle un PIN nuevo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desactivar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cambiar mi PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Registrar a %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 ya puede entrar con su PIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PIN nuevo para %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 tiene un PIN nuevo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activar a %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desactivar a %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 puede volver a entrar.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 ya no puede entrar a la caja.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entre con su nombre y PIN para cambiar su PIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Su PIN fue cambiado.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Words</name>
        <message>
            <source>Venta</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Devolución</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pago a artesana</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ingreso de dinero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Retiro de dinero</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Apertura de caja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cierre de caja</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cierre del día</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Producción</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ajuste de stock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Inventario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Traslado</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ajustes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cambio de precio</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Producto</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Artículo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Artesana</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ubicación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usuaria</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usuaria bloqueada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Aprobación</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Efectivo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Transferencia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Coordinadora</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vendedora</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total %1 · %2 líneas</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Devuelve %1 de la venta %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Neto %1 · gran total %2 · %3 ventas, %4 devoluciones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 atrasados</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 aprobó «%2» para %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Activada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Desactivada</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PIN restablecido por una coordinadora</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cambió su PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PIN equivocado cinco veces: bloqueada %1 minutos</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 unidades</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fondo %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>Cancelar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Trabajando…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelando…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No se pudo terminar: {error}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_FormDialog</name>
        <message>
            <source>Cancelar</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Guardar</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_LineRow</name>
        <message>
            <source>Vendidas: %1 × %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>hecho por %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ya devueltas: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>de %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ya devuelto todo</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
