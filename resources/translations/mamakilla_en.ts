<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="es">
    <context>
        <name />
        <message>
            <source>PIN equivocado (queda 1 intento)</source>
            <translation>Wrong PIN (1 try left)</translation>
        </message>
        <message>
            <source>PIN equivocado (quedan {n} intentos)</source>
            <translation>Wrong PIN ({n} tries left)</translation>
        </message>
        <message>
            <source>PIN equivocado cinco veces: {name} queda bloqueada {minutes} minutos</source>
            <translation>Wrong PIN five times: {name} is locked for {minutes} minutes</translation>
        </message>
        <message>
            <source>{name} está bloqueada hasta las {time} por PIN equivocado</source>
            <translation>{name} is locked until {time} after wrong PINs</translation>
        </message>
        <message>
            <source>Devolución: {product} (nota {sale})</source>
            <translation>Refund: {product} (receipt {sale})</translation>
        </message>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Nota</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>Código</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Número</source>
            <translation>Number</translation>
        </message>
        <message>
            <source>DEVOLUCIÓN</source>
            <translation>REFUND</translation>
        </message>
        <message>
            <source>hecho por %1</source>
            <translation>made by %1</translation>
        </message>
        <message>
            <source>Producto</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Importe</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Devueltas</source>
            <translation>Refunded</translation>
        </message>
        <message>
            <source>Categoría</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Precio</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Artesanas</source>
            <translation>Makers</translation>
        </message>
        <message>
            <source>Cantidad</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Ubicación</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>pendiente</source>
            <translation>pending</translation>
        </message>
        <message>
            <source>Céntimos que quedan en su saldo (pago en monedas)</source>
            <translation>Cents left in her balance (paid in coins)</translation>
        </message>
        <message>
            <source>Céntimos de su pago anterior</source>
            <translation>Cents from her last payout</translation>
        </message>
        <message>
            <source>Cant.</source>
            <translation>Qty</translation>
        </message>
        <message>
            <source>Venta neta</source>
            <translation>Net sale</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>Participación</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Pago</source>
            <translation>Payment</translation>
        </message>
        <message>
            <source>Cancelar (Esc)</source>
            <translation>Cancel (Esc)</translation>
        </message>
        <message>
            <source>Pago del stand de la feria</source>
            <translation>Fair stand fee</translation>
        </message>
        <message>
            <source>Compra de sencillo</source>
            <translation>Buying small change</translation>
        </message>
        <message>
            <source>Almuerzo</source>
            <translation>Lunch</translation>
        </message>
        <message>
            <source>Pago a artesana</source>
            <translation>Maker payout</translation>
        </message>
        <message>
            <source>Otro</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Sencillo para dar vuelto</source>
            <translation>Coins for change</translation>
        </message>
        <message>
            <source>Más fondo de caja</source>
            <translation>More float</translation>
        </message>
        <message>
            <source>Devolución de un adelanto</source>
            <translation>An advance paid back</translation>
        </message>
        <message>
            <source>no hay una impresora elegida en Ajustes</source>
            <translation>no printer is chosen in Settings</translation>
        </message>
        <message>
            <source>No se imprimió: {reason}. Tampoco se pudo guardar: {error}</source>
            <translation>Not printed: {reason}. It could not be saved either: {error}</translation>
        </message>
        <message>
            <source>No se imprimió: {reason}.
Se guardó el PDF en:
{path}</source>
            <translation>Not printed: {reason}.
The PDF was saved in:
{path}</translation>
        </message>
        <message>
            <source>Encargo {number}</source>
            <translation>Order {number}</translation>
        </message>
        <message>
            <source>Orden de trabajo {number}</source>
            <translation>Work ticket {number}</translation>
        </message>
        <message>
            <source>Caja</source>
            <translation>Till</translation>
        </message>
        <message>
            <source>Cierre de caja {till}</source>
            <translation>Close till {till}</translation>
        </message>
        <message>
            <source>Informe X — caja {till}</source>
            <translation>X report — till {till}</translation>
        </message>
        <message>
            <source>Abrir la caja</source>
            <translation>Open the till</translation>
        </message>
        <message>
            <source>La caja ya está abierta.</source>
            <translation>The till is already open.</translation>
        </message>
        <message>
            <source>Cerrar la caja</source>
            <translation>Close the till</translation>
        </message>
        <message>
            <source>Copia de seguridad</source>
            <translation>Backup</translation>
        </message>
        <message>
            <source>La caja se cerró, pero no se pudo hacer la copia de seguridad: {error}</source>
            <translation>The till was closed, but the backup could not be made: {error}</translation>
        </message>
        <message>
            <source>Entrada</source>
            <translation>In</translation>
        </message>
        <message>
            <source>Salida</source>
            <translation>Out</translation>
        </message>
        <message>
            <source>Hora</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Tipo</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Monto</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Motivo</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Usuario</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Imágenes (*.png *.jpg *.jpeg *.webp *.bmp)</source>
            <translation>Images (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
        </message>
        <message>
            <source>imagen arrastrada</source>
            <translation>dragged picture</translation>
        </message>
        <message>
            <source>Elegir foto</source>
            <translation>Choose photo</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Presupuesto</source>
            <translation>Quote</translation>
        </message>
        <message>
            <source>Confirmado</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>En confección</source>
            <translation>Being made</translation>
        </message>
        <message>
            <source>Listo</source>
            <translation>Ready</translation>
        </message>
        <message>
            <source>Entregado</source>
            <translation>Delivered</translation>
        </message>
        <message>
            <source>Anulado</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Efectivo</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>Dólares</source>
            <translation>Dollars</translation>
        </message>
        <message>
            <source>Yape</source>
            <translation>Yape</translation>
        </message>
        <message>
            <source>Plin</source>
            <translation>Plin</translation>
        </message>
        <message>
            <source>Tarjeta</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Transferencia</source>
            <translation>Bank transfer</translation>
        </message>
        <message>
            <source>Anticipo</source>
            <translation>Advance</translation>
        </message>
        <message>
            <source>{names} y {last}</source>
            <translation>{names} and {last}</translation>
        </message>
        <message>
            <source>Coordinadora</source>
            <translation>Coordinator</translation>
        </message>
        <message>
            <source>Vendedora</source>
            <translation>Seller</translation>
        </message>
        <message>
            <source>Agotado</source>
            <translation>Sold out</translation>
        </message>
        <message>
            <source>la impresora {printer} falló ({error})</source>
            <translation>printer {printer} failed ({error})</translation>
        </message>
        <message>
            <source>No se imprimió la nota {name}: {reason}. Tampoco se pudo guardar: {error}</source>
            <translation>Receipt {name} was not printed: {reason}. It could not be saved either: {error}</translation>
        </message>
        <message>
            <source>No se imprimió la nota {name}: {reason}.
Se guardó el PDF en:
{path}</source>
            <translation>Receipt {name} was not printed: {reason}.
The PDF was saved in:
{path}</translation>
        </message>
        <message>
            <source>Nota de venta</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>Nota {number}</source>
            <translation>Receipt {number}</translation>
        </message>
        <message>
            <source>No se imprimió la nota {name}: {reason}. Está guardada: reimprímala desde Historial.</source>
            <translation>Receipt {name} was not printed: {reason}. It is saved: reprint it from History.</translation>
        </message>
        <message>
            <source>Nota impresa en {printer}.</source>
            <translation>Receipt printed on {printer}.</translation>
        </message>
        <message>
            <source>No se pudo guardar el PDF: {error}</source>
            <translation>The PDF could not be saved: {error}</translation>
        </message>
        <message>
            <source>PDF guardado en:
{path}</source>
            <translation>PDF saved in:
{path}</translation>
        </message>
        <message>
            <source>Nota {number} (COPIA)</source>
            <translation>Receipt {number} (COPY)</translation>
        </message>
        <message>
            <source>Todavía no hay ninguna nota en esta caja.</source>
            <translation>There are no receipts on this till yet.</translation>
        </message>
        <message>
            <source>Dañado</source>
            <translation>Damaged</translation>
        </message>
        <message>
            <source>Regalo</source>
            <translation>Gift</translation>
        </message>
        <message>
            <source>Perdido</source>
            <translation>Lost</translation>
        </message>
        <message>
            <source>Muestra</source>
            <translation>Sample</translation>
        </message>
        <message>
            <source>Encontrado</source>
            <translation>Found</translation>
        </message>
        <message>
            <source>Corrección</source>
            <translation>Correction</translation>
        </message>
        <message>
            <source>Producción</source>
            <translation>Production</translation>
        </message>
        <message>
            <source>Venta</source>
            <translation>Sale</translation>
        </message>
        <message>
            <source>Devolución</source>
            <translation>Refund</translation>
        </message>
        <message>
            <source>Traslado: sale</source>
            <translation>Transfer: out</translation>
        </message>
        <message>
            <source>Traslado: entra</source>
            <translation>Transfer: in</translation>
        </message>
        <message>
            <source>Ajuste</source>
            <translation>Adjustment</translation>
        </message>
        <message>
            <source>Conteo</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Venta en tienda aliada</source>
            <translation>Sale at a partner shop</translation>
        </message>
        <message>
            <source>hacer devoluciones</source>
            <translation>make refunds</translation>
        </message>
        <message>
            <source>dar descuentos mayores al límite</source>
            <translation>give discounts above the limit</translation>
        </message>
        <message>
            <source>cambiar precios</source>
            <translation>change prices</translation>
        </message>
        <message>
            <source>sacar o poner dinero en la caja</source>
            <translation>take money out of or put money into the till</translation>
        </message>
        <message>
            <source>pagar a las artesanas</source>
            <translation>pay the makers</translation>
        </message>
        <message>
            <source>ajustar el stock</source>
            <translation>adjust the stock</translation>
        </message>
        <message>
            <source>trasladar mercadería entre ubicaciones</source>
            <translation>move goods between locations</translation>
        </message>
        <message>
            <source>registrar la producción</source>
            <translation>record production</translation>
        </message>
        <message>
            <source>editar artesanas y productos</source>
            <translation>edit makers and products</translation>
        </message>
        <message>
            <source>cambiar los ajustes</source>
            <translation>change the settings</translation>
        </message>
        <message>
            <source>cerrar la caja de otra persona</source>
            <translation>close someone else's till</translation>
        </message>
        <message>
            <source>administrar usuarios</source>
            <translation>manage users</translation>
        </message>
        <message>
            <source>abrir el cajón sin una venta</source>
            <translation>open the drawer without a sale</translation>
        </message>
        <message>
            <source>anular un encargo</source>
            <translation>cancel an order</translation>
        </message>
        <message>
            <source>Taller</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>Feria</source>
            <translation>Fair</translation>
        </message>
        <message>
            <source>Tienda aliada</source>
            <translation>Partner shop</translation>
        </message>
        <message>
            <source>Productos</source>
            <translation>Products</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Stock</translation>
        </message>
        <message>
            <source>Ubicaciones</source>
            <translation>Locations</translation>
        </message>
        <message>
            <source>Tiendas aliadas</source>
            <translation>Partner shops</translation>
        </message>
        <message>
            <source>Encargos</source>
            <translation>Custom orders</translation>
        </message>
        <message>
            <source>Participaciones</source>
            <translation>Shares</translation>
        </message>
        <message>
            <source>Pagos a artesanas</source>
            <translation>Maker payouts</translation>
        </message>
        <message>
            <source>Reportes</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Usuarias</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>Diario</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Cajas y servidor</source>
            <translation>Tills and server</translation>
        </message>
        <message>
            <source>no hay ninguna impresora instalada</source>
            <translation>no printer is installed</translation>
        </message>
        <message>
            <source>Imprimir constancia</source>
            <translation>Print payment slip</translation>
        </message>
        <message>
            <source>Impresora (A4 o A5, no la de tickets):</source>
            <translation>Printer (A4 or A5, not the receipt printer):</translation>
        </message>
        <message>
            <source>Constancia {number}</source>
            <translation>Payment slip {number}</translation>
        </message>
        <message>
            <source>No se imprimió la constancia {number}: {reason}. Tampoco se pudo guardar: {error}</source>
            <translation>Payment slip {number} was not printed: {reason}. It could not be saved either: {error}</translation>
        </message>
        <message>
            <source>No se imprimió la constancia {number}: {reason}.
Se guardó el PDF en:
{path}</source>
            <translation>Payment slip {number} was not printed: {reason}.
The PDF was saved in:
{path}</translation>
        </message>
        <message>
            <source>Constancia de pago {number} (copia)</source>
            <translation>Payment slip {number} (copy)</translation>
        </message>
        <message>
            <source>Constancia de pago {number}</source>
            <translation>Payment slip {number}</translation>
        </message>
        <message>
            <source>Ene</source>
            <translation>Jan</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>Feb</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>Mar</translation>
        </message>
        <message>
            <source>Abr</source>
            <translation>Apr</translation>
        </message>
        <message>
            <source>May</source>
            <translation>May</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>Jun</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>Jul</translation>
        </message>
        <message>
            <source>Ago</source>
            <translation>Aug</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Sep</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>Oct</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>Nov</translation>
        </message>
        <message>
            <source>Dic</source>
            <translation>Dec</translation>
        </message>
        <message>
            <source>escriba el precio como número, por ejemplo 45 o 45.50</source>
            <translation>type the price as a number, for example 45 or 45.50</translation>
        </message>
        <message>
            <source>La base de datos está dañada</source>
            <translation>The database is damaged</translation>
        </message>
        <message>
            <source>Este archivo no es de Mama Killa POS</source>
            <translation>This file is not from Mama Killa POS</translation>
        </message>
        <message>
            <source>La base de datos es de una versión más nueva</source>
            <translation>The database is from a newer version</translation>
        </message>
        <message>
            <source>el archivo está vacío</source>
            <translation>the file is empty</translation>
        </message>
        <message>
            <source>el archivo no es una base de datos (su contenido está dañado o es de otro tipo)</source>
            <translation>the file is not a database (its content is damaged or of another kind)</translation>
        </message>
        <message>
            <source>el archivo está incompleto</source>
            <translation>the file is incomplete</translation>
        </message>
        <message>
            <source>el archivo está incompleto: se cortó al escribirlo (¿disco lleno o memoria retirada?)</source>
            <translation>the file is incomplete: writing it was cut short (disk full or USB stick removed?)</translation>
        </message>
        <message>
            <source>el archivo es una base de datos de otro programa, no de Mama Killa POS</source>
            <translation>the file is a database from another program, not from Mama Killa POS</translation>
        </message>
        <message>
            <source>la base de datos es de una versión más nueva de la aplicación: actualice el programa</source>
            <translation>the database is from a newer version of the application: update the program</translation>
        </message>
        <message>
            <source>la base de datos está dañada</source>
            <translation>the database is damaged</translation>
        </message>
        <message>
            <source>Resumen</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Por día</source>
            <translation>By day</translation>
        </message>
        <message>
            <source>Por mes</source>
            <translation>By month</translation>
        </message>
        <message>
            <source>Por producto</source>
            <translation>By product</translation>
        </message>
        <message>
            <source>Por categoría</source>
            <translation>By category</translation>
        </message>
        <message>
            <source>Por artesana</source>
            <translation>By maker</translation>
        </message>
        <message>
            <source>Por ubicación</source>
            <translation>By location</translation>
        </message>
        <message>
            <source>Por vendedora</source>
            <translation>By seller</translation>
        </message>
        <message>
            <source>Por método de pago</source>
            <translation>By payment method</translation>
        </message>
        <message>
            <source>Más vendidos</source>
            <translation>Best sellers</translation>
        </message>
        <message>
            <source>Menos vendidos</source>
            <translation>Worst sellers</translation>
        </message>
        <message>
            <source>Stock a precio de venta</source>
            <translation>Stock at sale price</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>(sin usuaria)</source>
            <translation>(no user)</translation>
        </message>
        <message>
            <source>Ventas</source>
            <translation>Sales</translation>
        </message>
        <message>
            <source>Unidades vendidas</source>
            <translation>Units sold</translation>
        </message>
        <message>
            <source>Bruto</source>
            <translation>Gross</translation>
        </message>
        <message>
            <source>Descuentos</source>
            <translation>Discounts</translation>
        </message>
        <message>
            <source>Devoluciones</source>
            <translation>Refunds</translation>
        </message>
        <message>
            <source>Unidades devueltas</source>
            <translation>Units refunded</translation>
        </message>
        <message>
            <source>Neto</source>
            <translation>Net</translation>
        </message>
        <message>
            <source>Participación de las artesanas</source>
            <translation>Makers' share</translation>
        </message>
        <message>
            <source>Redondeo en efectivo (a favor del cliente)</source>
            <translation>Cash rounding (in the customer's favour)</translation>
        </message>
        <message>
            <source>Venta promedio</source>
            <translation>Average sale</translation>
        </message>
        <message>
            <source>A4, 21 etiquetas de 63,5 × 38,1 mm (3 × 7)</source>
            <translation>A4, 21 tags of 63.5 × 38.1 mm (3 × 7)</translation>
        </message>
        <message>
            <source>A4, 24 etiquetas de 70 × 37 mm (3 × 8)</source>
            <translation>A4, 24 tags of 70 × 37 mm (3 × 8)</translation>
        </message>
        <message>
            <source>A4, 14 etiquetas de 99,1 × 38,1 mm (2 × 7)</source>
            <translation>A4, 14 tags of 99.1 × 38.1 mm (2 × 7)</translation>
        </message>
        <message>
            <source>Rollo de etiquetas de 50 × 30 mm</source>
            <translation>Roll of 50 × 30 mm tags</translation>
        </message>
        <message>
            <source>Rollo de etiquetas de 60 × 40 mm</source>
            <translation>Roll of 60 × 40 mm tags</translation>
        </message>
        <message>
            <source>nombre de la tienda</source>
            <translation>shop name</translation>
        </message>
        <message>
            <source>dirección</source>
            <translation>address</translation>
        </message>
        <message>
            <source>RUC</source>
            <translation>RUC</translation>
        </message>
        <message>
            <source>encabezado de la nota</source>
            <translation>receipt header</translation>
        </message>
        <message>
            <source>pie de la nota</source>
            <translation>receipt footer</translation>
        </message>
        <message>
            <source>enlace del catálogo</source>
            <translation>catalogue link</translation>
        </message>
        <message>
            <source>teléfono de la tienda</source>
            <translation>shop's phone</translation>
        </message>
        <message>
            <source>Instagram de la tienda</source>
            <translation>shop's Instagram</translation>
        </message>
        <message>
            <source>dirección de las imágenes</source>
            <translation>address of the pictures</translation>
        </message>
        <message>
            <source>parte de la artesana</source>
            <translation>maker's share</translation>
        </message>
        <message>
            <source>redondeo en efectivo</source>
            <translation>cash rounding</translation>
        </message>
        <message>
            <source>dólar del día</source>
            <translation>today's dollar rate</translation>
        </message>
        <message>
            <source>serie de la caja</source>
            <translation>till series</translation>
        </message>
        <message>
            <source>ubicación de esta caja</source>
            <translation>this till's place</translation>
        </message>
        <message>
            <source>papel de la nota</source>
            <translation>receipt paper</translation>
        </message>
        <message>
            <source>después del pago</source>
            <translation>after payment</translation>
        </message>
        <message>
            <source>impresora</source>
            <translation>printer</translation>
        </message>
        <message>
            <source>descuento máximo sin aprobación</source>
            <translation>largest discount without approval</translation>
        </message>
        <message>
            <source>minutos hasta bloquear la caja</source>
            <translation>minutes before the till locks</translation>
        </message>
        <message>
            <source>carpeta de las copias</source>
            <translation>backup folder</translation>
        </message>
        <message>
            <source>primera configuración</source>
            <translation>first set-up</translation>
        </message>
        <message>
            <source>nombre</source>
            <translation>name</translation>
        </message>
        <message>
            <source>categoría</source>
            <translation>category</translation>
        </message>
        <message>
            <source>precio</source>
            <translation>price</translation>
        </message>
        <message>
            <source>descripción</source>
            <translation>description</translation>
        </message>
        <message>
            <source>foto</source>
            <translation>photo</translation>
        </message>
        <message>
            <source>a la venta</source>
            <translation>on sale</translation>
        </message>
        <message>
            <source>código corto</source>
            <translation>short code</translation>
        </message>
        <message>
            <source>teléfono</source>
            <translation>phone</translation>
        </message>
        <message>
            <source>DNI</source>
            <translation>DNI</translation>
        </message>
        <message>
            <source>fecha de ingreso</source>
            <translation>date joined</translation>
        </message>
        <message>
            <source>la formó</source>
            <translation>trained by</translation>
        </message>
        <message>
            <source>notas</source>
            <translation>notes</translation>
        </message>
        <message>
            <source>tipo</source>
            <translation>kind</translation>
        </message>
        <message>
            <source>ajustes</source>
            <translation>settings</translation>
        </message>
        <message>
            <source>roles</source>
            <translation>roles</translation>
        </message>
        <message>
            <source>usuarias</source>
            <translation>users</translation>
        </message>
        <message>
            <source>ubicaciones</source>
            <translation>places</translation>
        </message>
        <message>
            <source>artesanas</source>
            <translation>makers</translation>
        </message>
        <message>
            <source>categorías</source>
            <translation>categories</translation>
        </message>
        <message>
            <source>productos</source>
            <translation>products</translation>
        </message>
        <message>
            <source>artículos</source>
            <translation>items</translation>
        </message>
        <message>
            <source>quién hizo cada artículo</source>
            <translation>who made each item</translation>
        </message>
        <message>
            <source>cajas</source>
            <translation>tills</translation>
        </message>
        <message>
            <source>fotos</source>
            <translation>photos</translation>
        </message>
        <message>
            <source>tiendas aliadas</source>
            <translation>partner shops</translation>
        </message>
        <message>
            <source>encargos</source>
            <translation>custom orders</translation>
        </message>
        <message>
            <source>sí</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>La base de datos está ocupada: {what}. Intente de nuevo en unos segundos.</source>
            <translation>The database is busy: {what}. Try again in a few seconds.</translation>
        </message>
        <message>
            <source>El disco está lleno: {what}. Libere espacio en el disco e intente de nuevo.</source>
            <translation>The disk is full: {what}. Free some space on the disk and try again.</translation>
        </message>
        <message>
            <source>No se pudo guardar ({error}): {what}. Intente de nuevo; si vuelve a pasar, avise a la coordinadora.</source>
            <translation>Could not save ({error}): {what}. Try again; if it happens again, tell the coordinator.</translation>
        </message>
        <message>
            <source>⚠ {name}: se venden {qty} y solo hay {stock} en stock.</source>
            <translation>⚠ {name}: selling {qty} and only {stock} in stock.</translation>
        </message>
        <message>
            <source>⚠ {name}: se venden {qty} y no hay en stock.</source>
            <translation>⚠ {name}: selling {qty} and none in stock.</translation>
        </message>
        <message>
            <source>{qty} × {name} — {makers} — {price}</source>
            <translation>{qty} × {name} — {makers} — {price}</translation>
        </message>
        <message>
            <source>{name}: {qty} unidades</source>
            <translation>{name}: {qty} units</translation>
        </message>
        <message>
            <source>Venta de %1</source>
            <translation>Sale of %1</translation>
        </message>
        <message>
            <source>Hasta {limit} % por línea sin aprobación; más, con el PIN de una coordinadora.</source>
            <translation>Up to {limit} % per line without approval; more with a coordinator's PIN.</translation>
        </message>
        <message>
            <source>{name}: {percent} % de descuento; su límite es {limit} %</source>
            <translation>{name}: {percent} % off; your limit is {limit} %</translation>
        </message>
        <message>
            <source>Descuento no aplicado. {detail}.</source>
            <translation>Discount not given. {detail}.</translation>
        </message>
        <message>
            <source>Sin descuento en {name}.</source>
            <translation>No discount on {name}.</translation>
        </message>
        <message>
            <source>Sin descuento a la venta.</source>
            <translation>No discount on the sale.</translation>
        </message>
        <message>
            <source>Descuento de {d} en {name}.</source>
            <translation>{d} off {name}.</translation>
        </message>
        <message>
            <source>Descuento de {d} a toda la venta.</source>
            <translation>{d} off the whole sale.</translation>
        </message>
        <message>
            <source>Descuento en {name}</source>
            <translation>Discount on {name}</translation>
        </message>
        <message>
            <source>Descuento a toda la venta</source>
            <translation>Discount on the whole sale</translation>
        </message>
        <message>
            <source>Se leyó el código {code}, pero no se agregó: primero termine o cierre esta ventana.</source>
            <translation>Code {code} was scanned but not added: first finish or close this window.</translation>
        </message>
        <message>
            <source>Se leyó el código {code}, pero no se agregó: primero entre con su PIN.</source>
            <translation>Code {code} was scanned but not added: first log in with your PIN.</translation>
        </message>
        <message>
            <source>No se abrió el cajón: {reason}. Lo registrado queda guardado; ábralo con su llave.</source>
            <translation>The drawer did not open: {reason}. What was recorded is saved; open it with its key.</translation>
        </message>
        <message>
            <source>Enero</source>
            <translation>January</translation>
        </message>
        <message>
            <source>Febrero</source>
            <translation>February</translation>
        </message>
        <message>
            <source>Marzo</source>
            <translation>March</translation>
        </message>
        <message>
            <source>Abril</source>
            <translation>April</translation>
        </message>
        <message>
            <source>Mayo</source>
            <translation>May</translation>
        </message>
        <message>
            <source>Junio</source>
            <translation>June</translation>
        </message>
        <message>
            <source>Julio</source>
            <translation>July</translation>
        </message>
        <message>
            <source>Agosto</source>
            <translation>August</translation>
        </message>
        <message>
            <source>Septiembre</source>
            <translation>September</translation>
        </message>
        <message>
            <source>Octubre</source>
            <translation>October</translation>
        </message>
        <message>
            <source>Noviembre</source>
            <translation>November</translation>
        </message>
        <message>
            <source>Diciembre</source>
            <translation>December</translation>
        </message>
        <message>
            <source>Encargo %1 anulado: la seña quedó como venta, nota %2.</source>
            <translation>Order %1 cancelled: the advance was kept as a sale, receipt %2.</translation>
        </message>
        <message>
            <source>Encargo %1 anulado: devuelva S/ %2 a la clienta.</source>
            <translation>Order %1 cancelled: give S/ %2 back to the customer.</translation>
        </message>
        <message>
            <source>Encargo %1 anulado.</source>
            <translation>Order %1 cancelled.</translation>
        </message>
        <message>
            <source>%1 números</source>
            <translation>%1 digits</translation>
        </message>
        <message>
            <source>%1 a %2 números</source>
            <translation>%1 to %2 digits</translation>
        </message>
        <message>
            <source>El PIN debe tener %1.</source>
            <translation>The PIN must have %1.</translation>
        </message>
        <message>
            <source>nunca</source>
            <translation>never</translation>
        </message>
        <message>
            <source>Todo sincronizado</source>
            <translation>All synced</translation>
        </message>
        <message>
            <source>{n} sin sincronizar</source>
            <translation>{n} not synced</translation>
        </message>
        <message>
            <source>{waiting} · última vez {when}</source>
            <translation>{waiting} · last synced {when}</translation>
        </message>
        <message>
            <source>Sin conexión con el servidor de la tienda. Puede seguir vendiendo: las ventas quedan guardadas en esta caja y se envían solas cuando vuelva la conexión.</source>
            <translation>No connection to the shop server. You can keep selling: sales are kept on this till and are sent by themselves when the connection is back.</translation>
        </message>
        <message>
            <source>Sin conexión con el servidor de la tienda desde las {when}. Puede seguir vendiendo: las ventas quedan guardadas en esta caja y se envían solas cuando vuelva la conexión.</source>
            <translation>No connection to the shop server since {when}. You can keep selling: sales are kept on this till and are sent by themselves when the connection is back.</translation>
        </message>
        <message>
            <source>El servidor de la tienda no aceptó lo de esta caja: {reason}. Avise a la coordinadora; puede seguir vendiendo.</source>
            <translation>The shop server did not accept this till's records: {reason}. Tell the coordinator; you can keep selling.</translation>
        </message>
        <message>
            <source>Inactiva</source>
            <translation>Inactive</translation>
        </message>
        <message>
            <source>Bloqueada hasta las %1</source>
            <translation>Locked until %1</translation>
        </message>
        <message>
            <source>Activa</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Nombre</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>{n} venta</source>
            <translation>{n} sale</translation>
        </message>
        <message>
            <source>{n} ventas</source>
            <translation>{n} sales</translation>
        </message>
        <message>
            <source>{n} devolución</source>
            <translation>{n} refund</translation>
        </message>
        <message>
            <source>{n} devoluciones</source>
            <translation>{n} refunds</translation>
        </message>
        <message>
            <source>{n} pago a artesanas</source>
            <translation>{n} payout to makers</translation>
        </message>
        <message>
            <source>{n} pagos a artesanas</source>
            <translation>{n} payouts to makers</translation>
        </message>
        <message>
            <source>{n} ingreso de dinero</source>
            <translation>{n} cash in</translation>
        </message>
        <message>
            <source>{n} ingresos de dinero</source>
            <translation>{n} cash ins</translation>
        </message>
        <message>
            <source>{n} retiro de dinero</source>
            <translation>{n} cash out</translation>
        </message>
        <message>
            <source>{n} retiros de dinero</source>
            <translation>{n} cash outs</translation>
        </message>
        <message>
            <source>{n} producción</source>
            <translation>{n} production</translation>
        </message>
        <message>
            <source>{n} producciones</source>
            <translation>{n} productions</translation>
        </message>
        <message>
            <source>{n} ajuste de stock</source>
            <translation>{n} stock adjustment</translation>
        </message>
        <message>
            <source>{n} ajustes de stock</source>
            <translation>{n} stock adjustments</translation>
        </message>
        <message>
            <source>{n} inventario</source>
            <translation>{n} stocktake</translation>
        </message>
        <message>
            <source>{n} inventarios</source>
            <translation>{n} stocktakes</translation>
        </message>
        <message>
            <source>{n} traslado</source>
            <translation>{n} transfer</translation>
        </message>
        <message>
            <source>{n} traslados</source>
            <translation>{n} transfers</translation>
        </message>
        <message>
            <source>{n} apertura de caja</source>
            <translation>{n} till opening</translation>
        </message>
        <message>
            <source>{n} aperturas de caja</source>
            <translation>{n} till openings</translation>
        </message>
        <message>
            <source>{n} cierre de caja</source>
            <translation>{n} till closing</translation>
        </message>
        <message>
            <source>{n} cierres de caja</source>
            <translation>{n} till closings</translation>
        </message>
        <message>
            <source>nada nuevo</source>
            <translation>nothing new</translation>
        </message>
        <message>
            <source>del {first} al {last}</source>
            <translation>from {first} to {last}</translation>
        </message>
        <message>
            <source>Huella: %1
Anterior: %2</source>
            <translation>Fingerprint: %1
Previous: %2</translation>
        </message>
        <message>
            <source>N.º</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Fecha y hora</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <source>Quién</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Referencia</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Qué pasó</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>Huella</source>
            <translation>Fingerprint</translation>
        </message>
        <message>
            <source>Artesana</source>
            <translation>Maker</translation>
        </message>
        <message>
            <source>Movimientos</source>
            <translation>Movements</translation>
        </message>
        <message>
            <source>A pagar</source>
            <translation>To pay</translation>
        </message>
        <message>
            <source>N.º de operación</source>
            <translation>Transaction no.</translation>
        </message>
        <message>
            <source>no hace falta</source>
            <translation>not needed</translation>
        </message>
        <message>
            <source>toque para escribirlo</source>
            <translation>tap to type it</translation>
        </message>
        <message>
            <source>{name} (retirado)</source>
            <translation>{name} (withdrawn)</translation>
        </message>
        <message>
            <source>Hecho por</source>
            <translation>Made by</translation>
        </message>
        <message>
            <source>Stock negativo: se vendió más de lo que el sistema tenía. Revise con un conteo.</source>
            <translation>Negative stock: more was sold than the system had. Check with a count.</translation>
        </message>
        <message>
            <source>Quedan pocas unidades</source>
            <translation>Few units left</translation>
        </message>
    </context>
    <context>
        <name>AdjustDialog</name>
        <message>
            <source>Ajustar stock</source>
            <translation>Adjust stock</translation>
        </message>
        <message>
            <source>Quitar unidades</source>
            <translation>Remove units</translation>
        </message>
        <message>
            <source>Agregar unidades</source>
            <translation>Add units</translation>
        </message>
        <message>
            <source>Detalle (opcional): costura rota, regalo a la madrina…</source>
            <translation>Detail (optional): torn seam, gift to the godmother…</translation>
        </message>
        <message>
            <source>Guardar ajuste</source>
            <translation>Save adjustment</translation>
        </message>
        <message>
            <source>Cantidad</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Dónde</source>
            <translation>Where</translation>
        </message>
        <message>
            <source>Motivo</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Elija el motivo del ajuste.</source>
            <translation>Choose the reason for the adjustment.</translation>
        </message>
        <message>
            <source>Un producto dañado, regalado, perdido o de muestra se quita del stock.</source>
            <translation>A damaged, gifted, lost or sample product is removed from stock.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalDialog</name>
        <message>
            <source>Aprobación de una coordinadora</source>
            <translation>Coordinator approval</translation>
        </message>
        <message>
            <source>Se necesita una coordinadora</source>
            <translation>A coordinator is needed</translation>
        </message>
        <message>
            <source>Permiso para %1</source>
            <translation>Permission to %1</translation>
        </message>
        <message>
            <source>Lo pide: %1</source>
            <translation>Requested by: %1</translation>
        </message>
        <message>
            <source>1. Coordinadora que aprueba</source>
            <translation>1. Approving coordinator</translation>
        </message>
        <message>
            <source>No hay ninguna coordinadora activa que pueda aprobar esto.</source>
            <translation>There is no active coordinator who can approve this.</translation>
        </message>
        <message>
            <source>2. Su PIN</source>
            <translation>2. Her PIN</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Aprobar</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Primero toque el nombre de la coordinadora.</source>
            <translation>First tap the coordinator's name.</translation>
        </message>
        <message>
            <source>Escriba el PIN de la coordinadora: de 4 a 6 números.</source>
            <translation>Type the coordinator's PIN: 4 to 6 digits.</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>Copias de seguridad</source>
            <translation>Backups</translation>
        </message>
        <message>
            <source>Las copias se guardan en:
{folder}</source>
            <translation>Backups are saved in:
{folder}</translation>
        </message>
        <message>
            <source>Con PostgreSQL las copias se hacen con pg_dump (vea el README).</source>
            <translation>With PostgreSQL, backups are made with pg_dump (see the README).</translation>
        </message>
        <message>
            <source>Hacer una copia ahora</source>
            <translation>Make a backup now</translation>
        </message>
        <message>
            <source>Restaurar una copia…</source>
            <translation>Restore a backup…</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Copia guardada: {path}</source>
            <translation>Backup saved: {path}</translation>
        </message>
        <message>
            <source>Elegir la copia a restaurar</source>
            <translation>Choose the backup to restore</translation>
        </message>
        <message>
            <source>No se puede restaurar: {reason}</source>
            <translation>Cannot restore: {reason}</translation>
        </message>
        <message>
            <source>Restaurar la copia</source>
            <translation>Restore the backup</translation>
        </message>
        <message>
            <source>¿Restaurar {name}? Tiene {sales} notas. La base de datos actual se guarda aparte, no se borra.</source>
            <translation>Restore {name}? It has {sales} receipts. The current database is kept aside, not deleted.</translation>
        </message>
        <message>
            <source>Copia restaurada</source>
            <translation>Backup restored</translation>
        </message>
        <message>
            <source>Listo. La base anterior quedó en {aside}.
La aplicación se cerrará: vuelva a abrirla.</source>
            <translation>Done. The previous database was kept in {aside}.
The application will close: open it again.</translation>
        </message>
    </context>
    <context>
        <name>CameraDialog</name>
        <message>
            <source>Tomar foto con la cámara</source>
            <translation>Take a photo with the camera</translation>
        </message>
        <message>
            <source>Tomar foto</source>
            <translation>Take photo</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>La cámara todavía no está lista: espere un momento.</source>
            <translation>The camera is not ready yet: wait a moment.</translation>
        </message>
        <message>
            <source>No se pudo tomar la foto: {reason}</source>
            <translation>The photo could not be taken: {reason}</translation>
        </message>
        <message>
            <source>La cámara no responde: {reason}</source>
            <translation>The camera does not respond: {reason}</translation>
        </message>
    </context>
    <context>
        <name>CancelOrderDialog</name>
        <message>
            <source>Anular encargo %1</source>
            <translation>Cancel order %1</translation>
        </message>
        <message>
            <source>Anular el encargo %1 de %2</source>
            <translation>Cancel order %1 of %2</translation>
        </message>
        <message>
            <source>Devolver la seña a la clienta: %1</source>
            <translation>Give the advance back to the customer: %1</translation>
        </message>
        <message>
            <source>Retener la seña (S/ %1): queda como venta «seña retenida» para las artesanas</source>
            <translation>Keep the advance (S/ %1): recorded as a "kept advance" sale for the makers</translation>
        </message>
        <message>
            <source>La clienta dejó S/ %1 de seña. ¿Qué se hace?</source>
            <translation>The customer left an advance of S/ %1. What is done with it?</translation>
        </message>
        <message>
            <source>Este encargo no tiene seña.</source>
            <translation>This order has no advance.</translation>
        </message>
        <message>
            <source>Motivo de la anulación (obligatorio)</source>
            <translation>Reason for cancelling (required)</translation>
        </message>
        <message>
            <source>Anular encargo</source>
            <translation>Cancel order</translation>
        </message>
        <message>
            <source>Volver</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Elija si se devuelve la seña o se retiene.</source>
            <translation>Choose whether the advance is given back or kept.</translation>
        </message>
        <message>
            <source>Escriba el motivo de la anulación.</source>
            <translation>Type the reason for cancelling.</translation>
        </message>
    </context>
    <context>
        <name>CartModel</name>
        <message>
            <source>Cant.</source>
            <translation>Qty</translation>
        </message>
        <message>
            <source>Producto</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Hecho por</source>
            <translation>Made by</translation>
        </message>
        <message>
            <source>P. unit.</source>
            <translation>Unit price</translation>
        </message>
        <message>
            <source>Dscto.</source>
            <translation>Disc.</translation>
        </message>
        <message>
            <source>Importe</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Solo hay {stock} en stock: se vende más de lo que hay</source>
            <translation>Only {stock} in stock: selling more than there is</translation>
        </message>
        <message>
            <source>Descuento de la línea: {d}</source>
            <translation>Line discount: {d}</translation>
        </message>
    </context>
    <context>
        <name>CartPanel</name>
        <message>
            <source>Venta actual</source>
            <translation>Current sale</translation>
        </message>
        <message>
            <source>Recuperar</source>
            <translation>Resume</translation>
        </message>
        <message>
            <source>Aparcar</source>
            <translation>Park</translation>
        </message>
        <message>
            <source>Vaciar</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Cant. (F4)</source>
            <translation>Qty (F4)</translation>
        </message>
        <message>
            <source>Dscto. (F8)</source>
            <translation>Disc. (F8)</translation>
        </message>
        <message>
            <source>Quitar</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Cobrar (F12)</source>
            <translation>Charge (F12)</translation>
        </message>
        <message>
            <source>{n} artículo</source>
            <translation>{n} item</translation>
        </message>
        <message>
            <source>{n} artículos</source>
            <translation>{n} items</translation>
        </message>
        <message>
            <source>dscto. a la venta {amount}</source>
            <translation>sale disc. {amount}</translation>
        </message>
        <message>
            <source>Recuperar ({n})</source>
            <translation>Resume ({n})</translation>
        </message>
        <message>
            <source>Dscto. a la venta (F9)</source>
            <translation>Sale disc. (F9)</translation>
        </message>
        <message>
            <source>TOTAL</source>
            <translation>TOTAL</translation>
        </message>
    </context>
    <context>
        <name>CartParking</name>
        <message>
            <source>Venta de {total} aparcada. Recupérela con «Recuperar».</source>
            <translation>Sale of {total} parked. Get it back with “Resume”.</translation>
        </message>
    </context>
    <context>
        <name>CartTable</name>
        <message>
            <source>Escanee un código o toque un producto para empezar la venta.</source>
            <translation>Scan a code or tap a product to start the sale.</translation>
        </message>
    </context>
    <context>
        <name>CashMoveDialog</name>
        <message>
            <source>Sacar dinero</source>
            <translation>Take money out</translation>
        </message>
        <message>
            <source>Poner dinero</source>
            <translation>Put money in</translation>
        </message>
        <message>
            <source>Soles (S/)</source>
            <translation>Soles (S/)</translation>
        </message>
        <message>
            <source>Dólares (US$)</source>
            <translation>Dollars (US$)</translation>
        </message>
        <message>
            <source>Registrar</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Cancelar (Esc)</source>
            <translation>Cancel (Esc)</translation>
        </message>
        <message>
            <source>Monto</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Motivo</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Sacar dinero de la caja</source>
            <translation>Take money out of the till</translation>
        </message>
        <message>
            <source>Poner dinero en la caja</source>
            <translation>Put money into the till</translation>
        </message>
        <message>
            <source>¿A qué artesana? (obligatorio)</source>
            <translation>Which maker? (required)</translation>
        </message>
        <message>
            <source>¿Quién lo devuelve? (obligatorio)</source>
            <translation>Who pays it back? (required)</translation>
        </message>
        <message>
            <source>Escriba el motivo (obligatorio)</source>
            <translation>Type the reason (required)</translation>
        </message>
        <message>
            <source>Detalle (opcional)</source>
            <translation>Detail (optional)</translation>
        </message>
        <message>
            <source>En la caja debería haber {amount}.</source>
            <translation>There should be {amount} in the till.</translation>
        </message>
        <message>
            <source>No se puede sacar más de lo que debería haber en la caja ({amount}).</source>
            <translation>You cannot take out more than the till should hold ({amount}).</translation>
        </message>
        <message>
            <source>Sacar {amount}</source>
            <translation>Take out {amount}</translation>
        </message>
        <message>
            <source>Poner {amount}</source>
            <translation>Put in {amount}</translation>
        </message>
        <message>
            <source>Escriba el monto.</source>
            <translation>Type the amount.</translation>
        </message>
        <message>
            <source>Elija el motivo.</source>
            <translation>Choose the reason.</translation>
        </message>
    </context>
    <context>
        <name>CashScreen</name>
        <message>
            <source>Abrir la caja</source>
            <translation>Open the till</translation>
        </message>
        <message>
            <source>Poner dinero</source>
            <translation>Put money in</translation>
        </message>
        <message>
            <source>Sacar dinero</source>
            <translation>Take money out</translation>
        </message>
        <message>
            <source>Informe X</source>
            <translation>X report</translation>
        </message>
        <message>
            <source>Cerrar la caja</source>
            <translation>Close the till</translation>
        </message>
        <message>
            <source>Último cierre (Z)</source>
            <translation>Last close (Z)</translation>
        </message>
        <message>
            <source>Las cifras hasta ahora, sin cerrar la caja</source>
            <translation>The figures so far, without closing the till</translation>
        </message>
        <message>
            <source>Abrir cajón</source>
            <translation>Open drawer</translation>
        </message>
        <message>
            <source>Abre el cajón sin una venta; queda registrado quién lo abrió</source>
            <translation>Opens the drawer without a sale; who opened it is recorded</translation>
        </message>
        <message>
            <source>Soles</source>
            <translation>Soles</translation>
        </message>
        <message>
            <source>Dólares</source>
            <translation>Dollars</translation>
        </message>
        <message>
            <source>Fondo inicial</source>
            <translation>Opening float</translation>
        </message>
        <message>
            <source>+ Recibido en ventas</source>
            <translation>+ Received in sales</translation>
        </message>
        <message>
            <source>+ Señas de encargos</source>
            <translation>+ Advances on custom orders</translation>
        </message>
        <message>
            <source>+ Cobros a tiendas aliadas</source>
            <translation>+ Partner shops' payments</translation>
        </message>
        <message>
            <source>− Vuelto entregado</source>
            <translation>− Change given</translation>
        </message>
        <message>
            <source>− Devoluciones</source>
            <translation>− Refunds</translation>
        </message>
        <message>
            <source>+ Entradas de dinero</source>
            <translation>+ Money put in</translation>
        </message>
        <message>
            <source>− Salidas de dinero</source>
            <translation>− Money taken out</translation>
        </message>
        <message>
            <source>− Pagos a artesanas</source>
            <translation>− Makers paid in cash</translation>
        </message>
        <message>
            <source>= Debe haber en la caja</source>
            <translation>= Should be in the till</translation>
        </message>
        <message>
            <source>Contado al cerrar</source>
            <translation>Counted at close</translation>
        </message>
        <message>
            <source>Diferencia</source>
            <translation>Difference</translation>
        </message>
        <message>
            <source>Entradas y salidas de dinero</source>
            <translation>Money in and out</translation>
        </message>
        <message>
            <source>Todavía no se puso ni se sacó dinero.</source>
            <translation>No money has been put in or taken out yet.</translation>
        </message>
        <message>
            <source>Caja {till} abierta</source>
            <translation>Till {till} open</translation>
        </message>
        <message>
            <source> por {name}</source>
            <translation> by {name}</translation>
        </message>
        <message>
            <source>Desde el {day} a las {time}{who} · {location} · fondo {pen} y {usd}</source>
            <translation>Since {day} at {time}{who} · {location} · float {pen} and {usd}</translation>
        </message>
        <message>
            <source>En la caja ahora</source>
            <translation>In the till now</translation>
        </message>
        <message>
            <source>Caja cerrada</source>
            <translation>Till closed</translation>
        </message>
        <message>
            <source>Abra la caja contando el fondo para empezar a vender.</source>
            <translation>Open the till by counting the float to start selling.</translation>
        </message>
        <message>
            <source>Último cierre: {when}</source>
            <translation>Last close: {when}</translation>
        </message>
        <message>
            <source>Todavía no se cerró ninguna caja.</source>
            <translation>No till has been closed yet.</translation>
        </message>
        <message>
            <source>{sales} ({total}), {refunds} ({refunded})</source>
            <translation>{sales} ({total}), {refunds} ({refunded})</translation>
        </message>
        <message>
            <source>{n} venta</source>
            <translation>{n} sale</translation>
        </message>
        <message>
            <source>{n} ventas</source>
            <translation>{n} sales</translation>
        </message>
        <message>
            <source>{n} devolución</source>
            <translation>{n} refund</translation>
        </message>
        <message>
            <source>{n} devoluciones</source>
            <translation>{n} refunds</translation>
        </message>
        <message>
            <source>redondeo regalado {amount}</source>
            <translation>rounding given away {amount}</translation>
        </message>
        <message>
            <source>Nota: {note}</source>
            <translation>Note: {note}</translation>
        </message>
        <message>
            <source>Tarjeta</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Transferencia</source>
            <translation>Bank transfer</translation>
        </message>
        <message>
            <source>Sin pagos con Yape, Plin ni tarjeta.</source>
            <translation>No Yape, Plin or card payments.</translation>
        </message>
        <message>
            <source>{n} operaciones</source>
            <translation>{n} transactions</translation>
        </message>
        <message>
            <source>{n} operación</source>
            <translation>{n} transaction</translation>
        </message>
        <message>
            <source>Pagos sin efectivo (compare con el celular)</source>
            <translation>Non-cash payments (compare with the phone)</translation>
        </message>
        <message>
            <source>Abriendo el cajón…</source>
            <translation>Opening the drawer…</translation>
        </message>
        <message>
            <source>Cajón abierto.</source>
            <translation>Drawer opened.</translation>
        </message>
    </context>
    <context>
        <name>CatalogueDialog</name>
        <message>
            <source>Catálogo para clientes y tiendas</source>
            <translation>Catalogue for customers and shops</translation>
        </message>
        <message>
            <source>Catálogo con fotos (PDF, 6 productos por página)</source>
            <translation>Photo catalogue (PDF, 6 products a page)</translation>
        </message>
        <message>
            <source>Lista de precios para tiendas aliadas (PDF)</source>
            <translation>Price list for partner shops (PDF)</translation>
        </message>
        <message>
            <source>Tarjetas para Instagram y WhatsApp (PNG)</source>
            <translation>Cards for Instagram and WhatsApp (PNG)</translation>
        </message>
        <message>
            <source>Catálogo de Meta: Instagram y Facebook (CSV)</source>
            <translation>Meta catalogue: Instagram and Facebook (CSV)</translation>
        </message>
        <message>
            <source>También historias (1080 × 1920)</source>
            <translation>Stories too (1080 × 1920)</translation>
        </message>
        <message>
            <source>Comisión de la tienda (%)</source>
            <translation>Shop's commission (%)</translation>
        </message>
        <message>
            <source>Categorías</source>
            <translation>Categories</translation>
        </message>
        <message>
            <source>Productos</source>
            <translation>Products</translation>
        </message>
        <message>
            <source>Guardar…</source>
            <translation>Save…</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Sin nada marcado: todo el catálogo que está a la venta.</source>
            <translation>Nothing ticked: the whole catalogue on sale.</translation>
        </message>
        <message>
            <source>Carpeta para las tarjetas</source>
            <translation>Folder for the cards</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>Guardar</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Preparando el catálogo…</source>
            <translation>Preparing the catalogue…</translation>
        </message>
        <message>
            <source>Cancelado.</source>
            <translation>Cancelled.</translation>
        </message>
        <message>
            <source>{n} tarjeta guardada en {path}</source>
            <translation>{n} card saved in {path}</translation>
        </message>
        <message>
            <source>{n} tarjetas guardadas en {path}</source>
            <translation>{n} cards saved in {path}</translation>
        </message>
        <message>
            <source>Guardado en {path}</source>
            <translation>Saved in {path}</translation>
        </message>
    </context>
    <context>
        <name>CatalogueTab</name>
        <message>
            <source>Teléfono o WhatsApp</source>
            <translation>Phone or WhatsApp</translation>
        </message>
        <message>
            <source>Instagram de la tienda</source>
            <translation>shop's Instagram</translation>
        </message>
        <message>
            <source>Sale como código QR en cada página del catálogo.</source>
            <translation>Printed as a QR code on every page of the catalogue.</translation>
        </message>
        <message>
            <source>Dirección de las imágenes</source>
            <translation>Address of the pictures</translation>
        </message>
        <message>
            <source>Donde se suben las tarjetas del catálogo a internet: el feed de Meta enlaza cada producto a su tarjeta en esta dirección.</source>
            <translation>Where the catalogue's cards are put online: the Meta feed links each product to its card at this address.</translation>
        </message>
    </context>
    <context>
        <name>CloseTillDialog</name>
        <message>
            <source>Cerrar la caja {till}</source>
            <translation>Close till {till}</translation>
        </message>
        <message>
            <source>Abierta el {when}{who} · {sales}, {refunds} · Enter: fila siguiente</source>
            <translation>Opened {when}{who} · {sales}, {refunds} · Enter: next row</translation>
        </message>
        <message>
            <source>{n} venta</source>
            <translation>{n} sale</translation>
        </message>
        <message>
            <source>{n} ventas</source>
            <translation>{n} sales</translation>
        </message>
        <message>
            <source>{n} devolución</source>
            <translation>{n} refund</translation>
        </message>
        <message>
            <source>{n} devoluciones</source>
            <translation>{n} refunds</translation>
        </message>
        <message>
            <source>Soles</source>
            <translation>Soles</translation>
        </message>
        <message>
            <source>Dólares</source>
            <translation>Dollars</translation>
        </message>
        <message>
            <source>Debe haber</source>
            <translation>Should be</translation>
        </message>
        <message>
            <source>Contado</source>
            <translation>Counted</translation>
        </message>
        <message>
            <source>Diferencia</source>
            <translation>Difference</translation>
        </message>
        <message>
            <source>Yape, Plin, tarjeta y transferencias: compare con el celular</source>
            <translation>Yape, Plin, card and bank transfers: compare with the phone</translation>
        </message>
        <message>
            <source>Redondeo regalado a clientes: {amount}</source>
            <translation>Rounding given to customers: {amount}</translation>
        </message>
        <message>
            <source>Ej.: se dio vuelto de más</source>
            <translation>E.g.: too much change was given</translation>
        </message>
        <message>
            <source>Informe X</source>
            <translation>X report</translation>
        </message>
        <message>
            <source>Ver e imprimir las cifras hasta ahora, sin cerrar la caja</source>
            <translation>View and print the figures so far, without closing the till</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Cerrar la caja</source>
            <translation>Close the till</translation>
        </message>
        <message>
            <source>Soles: fondo {float} + efectivo recibido {sales} − vuelto {change} − devoluciones {refunds} + entradas {cash_in} − salidas {cash_out} − pagos a artesanas {payouts}.</source>
            <translation>Soles: float {float} + cash received {sales} − change {change} − refunds {refunds} + money in {cash_in} − money out {cash_out} − makers paid {payouts}.</translation>
        </message>
        <message>
            <source>Dólares: fondo {float} + recibido {sales} + entradas {cash_in} − salidas {cash_out}. El vuelto de los pagos en dólares sale de los soles.</source>
            <translation>Dollars: float {float} + received {sales} + money in {cash_in} − money out {cash_out}. Change for dollar payments comes out of the soles.</translation>
        </message>
        <message>
            <source>Yape</source>
            <translation>Yape</translation>
        </message>
        <message>
            <source>Plin</source>
            <translation>Plin</translation>
        </message>
        <message>
            <source>Tarjeta</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Transferencia</source>
            <translation>Bank transfer</translation>
        </message>
        <message>
            <source>Sin pagos con Yape, Plin, tarjeta ni transferencia.</source>
            <translation>No Yape, Plin, card or bank transfer payments.</translation>
        </message>
        <message>
            <source>{name}: 1 operación</source>
            <translation>{name}: 1 transaction</translation>
        </message>
        <message>
            <source>{name}: {count} operaciones</source>
            <translation>{name}: {count} transactions</translation>
        </message>
        <message>
            <source>op. {reference}</source>
            <translation>op. {reference}</translation>
        </message>
        <message>
            <source>(devolución)</source>
            <translation>(refund)</translation>
        </message>
        <message>
            <source>cuadra</source>
            <translation>balances</translation>
        </message>
        <message>
            <source>falta {amount}</source>
            <translation>{amount} short</translation>
        </message>
        <message>
            <source>sobra {amount}</source>
            <translation>{amount} over</translation>
        </message>
        <message>
            <source>Nota: ¿por qué no cuadra? (obligatoria)</source>
            <translation>Note: why doesn't it balance? (required)</translation>
        </message>
        <message>
            <source>Nota (opcional)</source>
            <translation>Note (optional)</translation>
        </message>
        <message>
            <source>El arqueo no cuadra: escriba en la nota por qué.</source>
            <translation>The cash count doesn't balance: write why in the note.</translation>
        </message>
        <message>
            <source>la caja no se cerró</source>
            <translation>the till was not closed</translation>
        </message>
    </context>
    <context>
        <name>ConfirmPayoutDialog</name>
        <message>
            <source>Confirmar el pago</source>
            <translation>Confirm the payout</translation>
        </message>
        <message>
            <source>¿Pagar a {who} ({how})?</source>
            <translation>Pay {who} ({how})?</translation>
        </message>
        <message>
            <source>No, volver</source>
            <translation>No, go back</translation>
        </message>
        <message>
            <source>Sí, pagar {amount}</source>
            <translation>Yes, pay {amount}</translation>
        </message>
    </context>
    <context>
        <name>DenominationPanel</name>
        <message>
            <source>Soles (S/)</source>
            <translation>Soles (S/)</translation>
        </message>
        <message>
            <source>Dólares (US$)</source>
            <translation>Dollars (US$)</translation>
        </message>
        <message>
            <source>moneda</source>
            <translation>coin</translation>
        </message>
        <message>
            <source>billete</source>
            <translation>note</translation>
        </message>
        <message>
            <source>Cantidad de {denomination}</source>
            <translation>Number of {denomination}</translation>
        </message>
        <message>
            <source>Total: {amount}</source>
            <translation>Total: {amount}</translation>
        </message>
    </context>
    <context>
        <name>DiscountDialog</name>
        <message>
            <source>Descuento</source>
            <translation>Discount</translation>
        </message>
        <message>
            <source>Importe: {amount}</source>
            <translation>Amount: {amount}</translation>
        </message>
        <message>
            <source>En soles (S/)</source>
            <translation>In soles (S/)</translation>
        </message>
        <message>
            <source>En porcentaje (%)</source>
            <translation>As a percentage (%)</translation>
        </message>
        <message>
            <source>Sin descuento</source>
            <translation>No discount</translation>
        </message>
        <message>
            <source>Aplicar</source>
            <translation>Apply</translation>
        </message>
        <message>
            <source>Escriba un número, por ejemplo 5 o 2.50</source>
            <translation>Type a number, for example 5 or 2.50</translation>
        </message>
        <message>
            <source>El descuento va de 0 a 100 %</source>
            <translation>The discount goes from 0 to 100 %</translation>
        </message>
    </context>
    <context>
        <name>FirstCoordinatorPage</name>
        <message>
            <source>¿Quién coordina la caja?</source>
            <translation>Who coordinates the till?</translation>
        </message>
        <message>
            <source>Registre a la primera coordinadora. Ella aprueba devoluciones, descuentos grandes, retiros de caja y pagos, y registra a las demás compañeras con su propio PIN.</source>
            <translation>Register the first coordinator. She approves refunds, large discounts, cash taken from the till and payouts, and registers the other women, each with their own PIN.</translation>
        </message>
        <message>
            <source>Nombre y apellido</source>
            <translation>First and last name</translation>
        </message>
        <message>
            <source>6 números. Nadie más debe conocerlo.</source>
            <translation>6 digits. Nobody else should know it.</translation>
        </message>
        <message>
            <source>Nombre</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Repita el PIN</source>
            <translation>Repeat the PIN</translation>
        </message>
        <message>
            <source>Registrar y entrar</source>
            <translation>Register and log in</translation>
        </message>
        <message>
            <source>Escriba el nombre de la coordinadora.</source>
            <translation>Type the coordinator's name.</translation>
        </message>
        <message>
            <source>Los dos PIN no son iguales. Escríbalos otra vez.</source>
            <translation>The two PINs don't match. Type them again.</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Ayuda — guía rápida</source>
            <translation>Help — quick guide</translation>
        </message>
        <message>
            <source>No se encuentra la guía (%1).</source>
            <translation>The guide cannot be found (%1).</translation>
        </message>
        <message>
            <source>Volver al inicio</source>
            <translation>Back to the start</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>HistoryScreen</name>
        <message>
            <source>Ventas del día</source>
            <translation>Day's sales</translation>
        </message>
        <message>
            <source>◀ Día anterior</source>
            <translation>◀ Previous day</translation>
        </message>
        <message>
            <source>Hoy</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Día siguiente ▶</source>
            <translation>Next day ▶</translation>
        </message>
        <message>
            <source>DEVOLUCIÓN</source>
            <translation>REFUND</translation>
        </message>
        <message>
            <source>Reimprimir (COPIA)</source>
            <translation>Reprint (COPY)</translation>
        </message>
        <message>
            <source>Devolver…</source>
            <translation>Refund…</translation>
        </message>
        <message>
            <source>Idioma de la copia</source>
            <translation>Language of the copy</translation>
        </message>
        <message>
            <source>1 venta</source>
            <translation>1 sale</translation>
        </message>
        <message>
            <source>%1 ventas</source>
            <translation>%1 sales</translation>
        </message>
        <message>
            <source>1 devolución</source>
            <translation>1 refund</translation>
        </message>
        <message>
            <source>%1 devoluciones</source>
            <translation>%1 refunds</translation>
        </message>
        <message>
            <source>No hay ventas este día</source>
            <translation>No sales on this day</translation>
        </message>
        <message>
            <source>Devolución %1 registrada: entregue %2 al cliente.</source>
            <translation>Refund %1 recorded: give %2 to the customer.</translation>
        </message>
        <message>
            <source>Elija una venta de la lista</source>
            <translation>Choose a sale from the list</translation>
        </message>
        <message>
            <source>devuelve la venta %1</source>
            <translation>refunds sale %1</translation>
        </message>
        <message>
            <source>No queda nada por devolver de esta nota</source>
            <translation>Nothing left to refund on this receipt</translation>
        </message>
        <message>
            <source>Subtotal</source>
            <translation>Subtotal</translation>
        </message>
        <message>
            <source>Descuentos</source>
            <translation>Discounts</translation>
        </message>
        <message>
            <source>Total devuelto</source>
            <translation>Total refunded</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Redondeo</source>
            <translation>Rounding</translation>
        </message>
        <message>
            <source>A devolver</source>
            <translation>To refund</translation>
        </message>
        <message>
            <source>A pagar</source>
            <translation>To pay</translation>
        </message>
        <message>
            <source>Efectivo</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>Dólares</source>
            <translation>Dollars</translation>
        </message>
        <message>
            <source>Yape</source>
            <translation>Yape</translation>
        </message>
        <message>
            <source>Plin</source>
            <translation>Plin</translation>
        </message>
        <message>
            <source>Tarjeta</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Transferencia</source>
            <translation>Bank transfer</translation>
        </message>
        <message>
            <source>{method} (op. {reference})</source>
            <translation>{method} (op. {reference})</translation>
        </message>
        <message>
            <source>Vuelto</source>
            <translation>Change</translation>
        </message>
    </context>
    <context>
        <name>ImportProductsDialog</name>
        <message>
            <source>Importar productos</source>
            <translation>Import products</translation>
        </message>
        <message>
            <source>Una planilla CSV o Excel con las columnas code, product, category, price, makers, quantity, location. En makers: «Rosa Quispe» o «Rosa Quispe:2;Ana Huamán:1». Si una fila tiene un error no se importa nada.</source>
            <translation>A CSV or Excel spreadsheet with the columns code, product, category, price, makers, quantity, location. In makers: “Rosa Quispe” or “Rosa Quispe:2;Ana Huamán:1”. If one row has an error, nothing is imported.</translation>
        </message>
        <message>
            <source>Ningún archivo elegido</source>
            <translation>No file chosen</translation>
        </message>
        <message>
            <source>Elegir archivo…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <source>Línea</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>Importar</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Importar productos desde una planilla</source>
            <translation>Import products from a spreadsheet</translation>
        </message>
        <message>
            <source>Elegir planilla</source>
            <translation>Choose spreadsheet</translation>
        </message>
        <message>
            <source>Planillas (*.csv *.xlsx *.xlsm)</source>
            <translation>Spreadsheets (*.csv *.xlsx *.xlsm)</translation>
        </message>
        <message>
            <source>{count} filas. Revise y pulse «Importar».</source>
            <translation>{count} rows. Check them and press “Import”.</translation>
        </message>
        <message>
            <source>Importadas {rows} filas: {created} artículos nuevos, {units} unidades producidas.</source>
            <translation>Imported {rows} rows: {created} new items, {units} units produced.</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <source>Artículo</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Elija quién lo hizo. Si lo hicieron entre varias, ponga el peso de cada una: por ejemplo costura 2 y bordado 1. La participación se reparte según esos pesos.</source>
            <translation>Choose who made it. If several women made it together, give each one a weight: for example sewing 2 and embroidery 1. The share is split by those weights.</translation>
        </message>
        <message>
            <source>Artesana</source>
            <translation>Maker</translation>
        </message>
        <message>
            <source>Peso</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>— nadie —</source>
            <translation>— nobody —</translation>
        </message>
        <message>
            <source>— elija —</source>
            <translation>— choose —</translation>
        </message>
        <message>
            <source>Todavía no hay artesanas: agregue a quien lo hizo con «+ Nueva artesana…».</source>
            <translation>There are no makers yet: add who made it with “+ New maker…”.</translation>
        </message>
        <message>
            <source>+ Nueva artesana…</source>
            <translation>+ New maker…</translation>
        </message>
        <message>
            <source>vacío: se genera (MK000123)</source>
            <translation>empty: generated (MK000123)</translation>
        </message>
        <message>
            <source>Código de la etiqueta</source>
            <translation>Tag code</translation>
        </message>
        <message>
            <source>Guardar</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Elija al menos una artesana.</source>
            <translation>Choose at least one maker.</translation>
        </message>
        <message>
            <source>Una artesana figura dos veces.</source>
            <translation>A maker is listed twice.</translation>
        </message>
    </context>
    <context>
        <name>JoinShopDialog</name>
        <message>
            <source>Unirse a una tienda con servidor</source>
            <translation>Join a shop that has a server</translation>
        </message>
        <message>
            <source>Esta caja es de una tienda que ya tiene servidor</source>
            <translation>This till belongs to a shop that already has a server</translation>
        </message>
        <message>
            <source>Volver</source>
            <translation>Back</translation>
        </message>
    </context>
    <context>
        <name>JournalScreen</name>
        <message>
            <source>Diario</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Verificar el diario</source>
            <translation>Verify the journal</translation>
        </message>
        <message>
            <source>Comprueba que nadie cambió, borró ni agregó registros por fuera de la aplicación</source>
            <translation>Checks that nobody changed, deleted or added records outside the application</translation>
        </message>
        <message>
            <source>Todas las fechas</source>
            <translation>All dates</translation>
        </message>
        <message>
            <source>Buscar n.º de nota, de pago…</source>
            <translation>Search receipt or payout no.…</translation>
        </message>
        <message>
            <source>Busca en la referencia: n.º de nota, de devolución o de pago, código</source>
            <translation>Looks in the reference: receipt, refund or payout number, code</translation>
        </message>
        <message>
            <source>Desde</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Hasta</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Toque un registro para ver todo lo que guarda.</source>
            <translation>Tap a record to see everything it holds.</translation>
        </message>
        <message>
            <source>Datos técnicos (huellas y todo lo guardado)</source>
            <translation>Technical data (fingerprints and everything stored)</translation>
        </message>
        <message>
            <source>◀ Más recientes</source>
            <translation>◀ Newer</translation>
        </message>
        <message>
            <source>Más antiguos ▶</source>
            <translation>Older ▶</translation>
        </message>
        <message>
            <source>Todo tipo de registro</source>
            <translation>All record types</translation>
        </message>
        <message>
            <source>Todas las personas</source>
            <translation>All people</translation>
        </message>
        <message>
            <source>%1–%2 de %3</source>
            <translation>%1–%2 of %3</translation>
        </message>
        <message>
            <source>No hay registros con estos filtros</source>
            <translation>No records match these filters</translation>
        </message>
        <message>
            <source>Verificando el diario y los documentos…</source>
            <translation>Verifying the journal and the documents…</translation>
        </message>
        <message>
            <source>No se pudo verificar: %1</source>
            <translation>Could not verify: %1</translation>
        </message>
        <message>
            <source>Todo en orden: los %1 registros del diario están completos y coinciden con las ventas, devoluciones, pagos y cierres.</source>
            <translation>All in order: the %1 journal records are complete and match the sales, refunds, payouts and closes.</translation>
        </message>
        <message>
            <source>Se encontraron %1 problemas: algo se cambió por fuera de la aplicación.</source>
            <translation>%1 problems were found: something was changed outside the application.</translation>
        </message>
        <message>
            <source>… y %1 más.</source>
            <translation>… and %1 more.</translation>
        </message>
        <message>
            <source>%1 · %2 · registro n.º %3</source>
            <translation>%1 · %2 · entry no. %3</translation>
        </message>
        <message>
            <source>Huella: %1</source>
            <translation>Fingerprint: %1</translation>
        </message>
        <message>
            <source>Anterior: %1</source>
            <translation>Previous: %1</translation>
        </message>
        <message>
            <source>Referencia: %1</source>
            <translation>Reference: %1</translation>
        </message>
    </context>
    <context>
        <name>JournalWords</name>
        <message>
            <source>Venta</source>
            <translation>Sale</translation>
        </message>
        <message>
            <source>Devolución</source>
            <translation>Refund</translation>
        </message>
        <message>
            <source>Pago a artesana</source>
            <translation>Maker payout</translation>
        </message>
        <message>
            <source>Ingreso de dinero</source>
            <translation>Money in</translation>
        </message>
        <message>
            <source>Retiro de dinero</source>
            <translation>Money out</translation>
        </message>
        <message>
            <source>Apertura de caja</source>
            <translation>Open till</translation>
        </message>
        <message>
            <source>Cierre de caja</source>
            <translation>Close till</translation>
        </message>
        <message>
            <source>Cierre del día</source>
            <translation>Day close</translation>
        </message>
        <message>
            <source>Producción</source>
            <translation>Production</translation>
        </message>
        <message>
            <source>Ajuste de stock</source>
            <translation>Stock adjustment</translation>
        </message>
        <message>
            <source>Inventario</source>
            <translation>Stock count</translation>
        </message>
        <message>
            <source>Traslado</source>
            <translation>Transfer</translation>
        </message>
        <message>
            <source>Consignación</source>
            <translation>Consignment</translation>
        </message>
        <message>
            <source>Ventas de tienda aliada</source>
            <translation>Partner shop sales</translation>
        </message>
        <message>
            <source>Cobro a tienda aliada</source>
            <translation>Payment from a partner shop</translation>
        </message>
        <message>
            <source>Conteo en tienda aliada</source>
            <translation>Count at a partner shop</translation>
        </message>
        <message>
            <source>Encargo</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Estado de encargo</source>
            <translation>Order status</translation>
        </message>
        <message>
            <source>Seña de encargo</source>
            <translation>Advance on an order</translation>
        </message>
        <message>
            <source>Entrega de encargo</source>
            <translation>Order picked up</translation>
        </message>
        <message>
            <source>Anulación de encargo</source>
            <translation>Order cancelled</translation>
        </message>
        <message>
            <source>Ajustes</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Cambio de precio</source>
            <translation>Price change</translation>
        </message>
        <message>
            <source>Producto</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Artículo</source>
            <translation>Item</translation>
        </message>
        <message>
            <source>Artesana</source>
            <translation>Maker</translation>
        </message>
        <message>
            <source>Foto</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Ubicación</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Usuaria</source>
            <translation>User</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Usuaria bloqueada</source>
            <translation>User locked</translation>
        </message>
        <message>
            <source>Aprobación</source>
            <translation>Approval</translation>
        </message>
        <message>
            <source>Datos guardados</source>
            <translation>Data stored</translation>
        </message>
        <message>
            <source>Coordinadora</source>
            <translation>Coordinator</translation>
        </message>
        <message>
            <source>Vendedora</source>
            <translation>Seller</translation>
        </message>
        <message>
            <source>el sistema</source>
            <translation>the system</translation>
        </message>
        <message>
            <source>artículo {id}</source>
            <translation>item {id}</translation>
        </message>
        <message>
            <source>ubicación {id}</source>
            <translation>place {id}</translation>
        </message>
        <message>
            <source>{n} unidad</source>
            <translation>{n} unit</translation>
        </message>
        <message>
            <source>{n} unidades</source>
            <translation>{n} units</translation>
        </message>
        <message>
            <source>Venta {number} de {total} por {who}</source>
            <translation>Sale {number} of {total} by {who}</translation>
        </message>
        <message>
            <source>Devolución {number} de {total} (de la venta {sale}) por {who}</source>
            <translation>Refund {number} of {total} (of sale {sale}) by {who}</translation>
        </message>
        <message>
            <source>una artesana</source>
            <translation>a maker</translation>
        </message>
        <message>
            <source>Pago {number} a {maker}: {amount} ({method})</source>
            <translation>Payout {number} to {maker}: {amount} ({method})</translation>
        </message>
        <message>
            <source>Encargo {number} de {price} tomado por {who}</source>
            <translation>Order {number} for {price} taken by {who}</translation>
        </message>
        <message>
            <source>Encargo {number}: {before} → {status}</source>
            <translation>Order {number}: {before} → {status}</translation>
        </message>
        <message>
            <source>Seña de {amount} en el encargo {number}</source>
            <translation>Advance of {amount} on order {number}</translation>
        </message>
        <message>
            <source>Encargo {number} entregado: venta {sale}</source>
            <translation>Order {number} picked up: sale {sale}</translation>
        </message>
        <message>
            <source>Encargo {number} anulado ({reason}): seña devuelta {returned}, retenida {kept}</source>
            <translation>Order {number} cancelled ({reason}): advance given back {returned}, kept {kept}</translation>
        </message>
        <message>
            <source>{who} puso {amount} en la caja: {reason}</source>
            <translation>{who} put {amount} into the till: {reason}</translation>
        </message>
        <message>
            <source>{who} sacó {amount} de la caja: {reason}</source>
            <translation>{who} took {amount} out of the till: {reason}</translation>
        </message>
        <message>
            <source>{who} abrió la caja {till} con {amount} de fondo</source>
            <translation>{who} opened till {till} with a float of {amount}</translation>
        </message>
        <message>
            <source> y {amount}</source>
            <translation> and {amount}</translation>
        </message>
        <message>
            <source>{who} cerró la caja {till}: {sales}, contado {counted}</source>
            <translation>{who} closed till {till}: {sales}, counted {counted}</translation>
        </message>
        <message>
            <source>{n} venta</source>
            <translation>{n} sale</translation>
        </message>
        <message>
            <source>{n} ventas</source>
            <translation>{n} sales</translation>
        </message>
        <message>
            <source>diferencia {amount}</source>
            <translation>difference {amount}</translation>
        </message>
        <message>
            <source>Cierre del día {day}: neto {net} ({sales}, {refunds}) · gran total {grand}</source>
            <translation>Day closed {day}: net {net} ({sales}, {refunds}) · grand total {grand}</translation>
        </message>
        <message>
            <source>{n} devolución</source>
            <translation>{n} refund</translation>
        </message>
        <message>
            <source>{n} devoluciones</source>
            <translation>{n} refunds</translation>
        </message>
        <message>
            <source>{n} documento atrasado</source>
            <translation>{n} late document</translation>
        </message>
        <message>
            <source>{n} documentos atrasados</source>
            <translation>{n} late documents</translation>
        </message>
        <message>
            <source>{who} registró la producción de {units} de {item} en {place}</source>
            <translation>{who} recorded {units} of {item} made at {place}</translation>
        </message>
        <message>
            <source>Ajuste de {item} en {place}: {change} ({reason})</source>
            <translation>Adjustment of {item} at {place}: {change} ({reason})</translation>
        </message>
        <message>
            <source>Conteo en {place}: {items} corregidos ({missing} faltaban, {extra} sobraban)</source>
            <translation>Count at {place}: {items} corrected ({missing} missing, {extra} extra)</translation>
        </message>
        <message>
            <source>{n} artículo</source>
            <translation>{n} item</translation>
        </message>
        <message>
            <source>{n} artículos</source>
            <translation>{n} items</translation>
        </message>
        <message>
            <source>Retorno de feria: {units} de {what}, de {origin} a {target}</source>
            <translation>Back from the fair: {units} of {what}, from {origin} to {target}</translation>
        </message>
        <message>
            <source>Traslado de {units} de {what}, de {origin} a {target}</source>
            <translation>Transfer of {units} of {what}, from {origin} to {target}</translation>
        </message>
        <message>
            <source>Ajustes: {changes}</source>
            <translation>Settings: {changes}</translation>
        </message>
        <message>
            <source>Precio de {product}: {old} → {new}</source>
            <translation>Price of {product}: {old} → {new}</translation>
        </message>
        <message>
            <source>Producto nuevo: {name} ({category}, {price})</source>
            <translation>New product: {name} ({category}, {price})</translation>
        </message>
        <message>
            <source>Artículo nuevo {code}: {product} de {makers}</source>
            <translation>New item {code}: {product} by {makers}</translation>
        </message>
        <message>
            <source>el taller</source>
            <translation>the workshop</translation>
        </message>
        <message>
            <source>Artículo {code} a la venta otra vez</source>
            <translation>Item {code} on sale again</translation>
        </message>
        <message>
            <source>Artículo {code} retirado de la venta</source>
            <translation>Item {code} taken off sale</translation>
        </message>
        <message>
            <source>Artículo {code}: cambió quién lo hizo</source>
            <translation>Item {code}: who made it changed</translation>
        </message>
        <message>
            <source>Artesana nueva: {name}</source>
            <translation>New maker: {name}</translation>
        </message>
        <message>
            <source>Artesana eliminada: {name}</source>
            <translation>Maker deleted: {name}</translation>
        </message>
        <message>
            <source>{name} está activa otra vez</source>
            <translation>{name} is active again</translation>
        </message>
        <message>
            <source>{name} quedó inactiva</source>
            <translation>{name} is now inactive</translation>
        </message>
        <message>
            <source>Foto quitada de {name}</source>
            <translation>Photo removed from {name}</translation>
        </message>
        <message>
            <source>Foto principal nueva de {name}</source>
            <translation>New main photo of {name}</translation>
        </message>
        <message>
            <source>Foto nueva de {name}</source>
            <translation>New photo of {name}</translation>
        </message>
        <message>
            <source>Ubicación nueva: {name}</source>
            <translation>New place: {name}</translation>
        </message>
        <message>
            <source>«{name}» abierta otra vez</source>
            <translation>“{name}” open again</translation>
        </message>
        <message>
            <source>«{name}» cerrada</source>
            <translation>“{name}” closed</translation>
        </message>
        <message>
            <source>{name} puede entrar otra vez</source>
            <translation>{name} can log in again</translation>
        </message>
        <message>
            <source>{name} ya no puede entrar</source>
            <translation>{name} can no longer log in</translation>
        </message>
        <message>
            <source>Usuaria nueva: {name} ({role})</source>
            <translation>New user: {name} ({role})</translation>
        </message>
        <message>
            <source>{who} dio un PIN nuevo a {name}</source>
            <translation>{who} gave {name} a new PIN</translation>
        </message>
        <message>
            <source>{name} cambió su PIN</source>
            <translation>{name} changed her PIN</translation>
        </message>
        <message>
            <source>{name}: PIN equivocado cinco veces, bloqueada {minutes} minutos</source>
            <translation>{name}: wrong PIN five times, locked for {minutes} minutes</translation>
        </message>
        <message>
            <source>{approver} aprobó «{what}» para {user}</source>
            <translation>{approver} approved “{what}” for {user}</translation>
        </message>
        <message>
            <source>Datos guardados de: {tables}</source>
            <translation>Data stored for: {tables}</translation>
        </message>
    </context>
    <context>
        <name>Keypad</name>
        <message>
            <source>Borrar el último número</source>
            <translation>Delete the last digit</translation>
        </message>
        <message>
            <source>Borrar todo</source>
            <translation>Clear all</translation>
        </message>
    </context>
    <context>
        <name>LocationDialog</name>
        <message>
            <source>Editar ubicación</source>
            <translation>Edit location</translation>
        </message>
        <message>
            <source>Nueva ubicación</source>
            <translation>New location</translation>
        </message>
        <message>
            <source>Feria artesanal San Blas</source>
            <translation>San Blas craft fair</translation>
        </message>
        <message>
            <source>vacío: se hace del nombre</source>
            <translation>empty: made from the name</translation>
        </message>
        <message>
            <source>Nombre</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Tipo</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Código</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Guardar</source>
            <translation>Save</translation>
        </message>
    </context>
    <context>
        <name>LocationsScreen</name>
        <message>
            <source>Ubicación</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Tipo</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Código</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Unidades</source>
            <translation>Units</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>+ Nueva ubicación</source>
            <translation>+ New location</translation>
        </message>
        <message>
            <source>Editar</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Cerrar la ubicación…</source>
            <translation>Close this place…</translation>
        </message>
        <message>
            <source>Esta caja vende desde aquí</source>
            <translation>This till sells from here</translation>
        </message>
        <message>
            <source>Ubicaciones</source>
            <translation>Locations</translation>
        </message>
        <message>
            <source>Donde se guardan y venden los productos: el taller, los puestos de feria, la tienda aliada. Cada caja descuenta el stock de su ubicación.</source>
            <translation>Where the products are kept and sold: the workshop, the fair stalls, the partner shop. Each till takes stock from its own location.</translation>
        </message>
        <message>
            <source>abierta</source>
            <translation>open</translation>
        </message>
        <message>
            <source>cerrada</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>esta caja</source>
            <translation>this till</translation>
        </message>
        <message>
            <source>Esta caja vende desde: {name}</source>
            <translation>This till sells from: {name}</translation>
        </message>
        <message>
            <source>Esta caja no tiene ubicación</source>
            <translation>This till has no location</translation>
        </message>
        <message>
            <source>Reabrir la ubicación</source>
            <translation>Reopen this place</translation>
        </message>
        <message>
            <source>Ubicación «{name}» agregada.</source>
            <translation>Location “{name}” added.</translation>
        </message>
        <message>
            <source>Ubicación «{name}» guardada.</source>
            <translation>Location “{name}” saved.</translation>
        </message>
        <message>
            <source>Cerrar la ubicación</source>
            <translation>Close this place</translation>
        </message>
        <message>
            <source>¿Cerrar «{name}»? Ya no se le podrá trasladar productos ni vender desde ella. Su historial se conserva y se puede reabrir cuando haga falta.</source>
            <translation>Close “{name}”? Products can no longer be moved there or sold from it. Its history is kept and it can be reopened when needed.</translation>
        </message>
        <message>
            <source>Cerrar «{name}»</source>
            <translation>Close “{name}”</translation>
        </message>
        <message>
            <source>«{name}» cerrada.</source>
            <translation>“{name}” closed.</translation>
        </message>
        <message>
            <source>«{name}» abierta otra vez.</source>
            <translation>“{name}” open again.</translation>
        </message>
        <message>
            <source>Esta caja vende ahora desde «{name}». Vuelva a abrir la pantalla de venta para verlo.</source>
            <translation>This till now sells from “{name}”. Reopen the sale screen to see it.</translation>
        </message>
    </context>
    <context>
        <name>LoginScreen</name>
        <message>
            <source>¿Quién está en la caja?</source>
            <translation>Who is at the till?</translation>
        </message>
        <message>
            <source>Toque su nombre (o escriba su primera letra) y escriba su PIN.</source>
            <translation>Tap your name (or type its first letter) and type your PIN.</translation>
        </message>
        <message>
            <source>Entrar</source>
            <translation>Log in</translation>
        </message>
        <message>
            <source>Elija su nombre</source>
            <translation>Choose your name</translation>
        </message>
        <message>
            <source>Luego escriba su PIN aquí.</source>
            <translation>Then type your PIN here.</translation>
        </message>
        <message>
            <source>Escriba su PIN y toque «Entrar».</source>
            <translation>Type your PIN and tap “Log in”.</translation>
        </message>
        <message>
            <source>Primero toque su nombre.</source>
            <translation>First tap your name.</translation>
        </message>
        <message>
            <source>Escriba su PIN: de 4 a 6 números.</source>
            <translation>Type your PIN: 4 to 6 digits.</translation>
        </message>
        <message>
            <source>Para entrar, elija un PIN nuevo.</source>
            <translation>To come in, choose a new PIN.</translation>
        </message>
        <message>
            <source>bloqueada hasta las %1</source>
            <translation>locked until %1</translation>
        </message>
        <message>
            <source>%1 (%2): PIN &lt;b&gt;%3&lt;/b&gt;</source>
            <translation>%1 (%2): PIN &lt;b&gt;%3&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Tienda de demostración.&lt;/b&gt; Para practicar: {pins}</source>
            <translation>&lt;b&gt;Demo shop.&lt;/b&gt; For practice: {pins}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Mama Killa — Caja</source>
            <translation>Mama Killa — Till</translation>
        </message>
        <message>
            <source>Cambiar de usuaria</source>
            <translation>Switch user</translation>
        </message>
        <message>
            <source>Bloquear la caja: la siguiente persona entra con su PIN</source>
            <translation>Lock the till: the next person logs in with her PIN</translation>
        </message>
        <message>
            <source>Venta</source>
            <translation>Sale</translation>
        </message>
        <message>
            <source>Historial</source>
            <translation>History</translation>
        </message>
        <message>
            <source>Caja</source>
            <translation>Till</translation>
        </message>
        <message>
            <source>Más ▾</source>
            <translation>More ▾</translation>
        </message>
        <message>
            <source>Ajustes…</source>
            <translation>Settings…</translation>
        </message>
        <message>
            <source>Copias de seguridad…</source>
            <translation>Backups…</translation>
        </message>
        <message>
            <source>Ayuda</source>
            <translation>Help</translation>
        </message>
        <message>
            <source>Ajustes guardados.</source>
            <translation>Settings saved.</translation>
        </message>
        <message>
            <source>El idioma cambia la próxima vez que se abra el programa.</source>
            <translation>The language changes the next time the program opens.</translation>
        </message>
        <message>
            <source>%1: se abre con el PIN de una coordinadora</source>
            <translation>%1: opens with a coordinator's PIN</translation>
        </message>
        <message>
            <source>Atiende: %1 (%2)</source>
            <translation>Serving: %1 (%2)</translation>
        </message>
        <message>
            <source>Caja {series}</source>
            <translation>Till {series}</translation>
        </message>
        <message>
            <source>Caja cerrada</source>
            <translation>Till closed</translation>
        </message>
        <message>
            <source>Caja abierta desde las {time}</source>
            <translation>Till open since {time}</translation>
        </message>
    </context>
    <context>
        <name>MakerDialog</name>
        <message>
            <source>Editar artesana</source>
            <translation>Edit maker</translation>
        </message>
        <message>
            <source>Nueva artesana</source>
            <translation>New maker</translation>
        </message>
        <message>
            <source>vacío: sus iniciales</source>
            <translation>empty: her initials</translation>
        </message>
        <message>
            <source>8 dígitos (opcional)</source>
            <translation>8 digits (optional)</translation>
        </message>
        <message>
            <source>Fecha de ingreso:</source>
            <translation>Date joined:</translation>
        </message>
        <message>
            <source>— nadie / no se sabe —</source>
            <translation>— nobody / unknown —</translation>
        </message>
        <message>
            <source>Fotos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Nombre completo</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Código corto</source>
            <translation>Short code</translation>
        </message>
        <message>
            <source>DNI</source>
            <translation>DNI</translation>
        </message>
        <message>
            <source>Teléfono</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>La formó</source>
            <translation>Trained by</translation>
        </message>
        <message>
            <source>Notas</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Guardar</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>El DNI tiene 8 dígitos (o déjelo vacío).</source>
            <translation>The DNI has 8 digits (or leave it empty).</translation>
        </message>
    </context>
    <context>
        <name>MakerStatementDialog</name>
        <message>
            <source>Guardar imagen (WhatsApp)…</source>
            <translation>Save picture (WhatsApp)…</translation>
        </message>
        <message>
            <source>Guardar PDF…</source>
            <translation>Save PDF…</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Mes</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>El mes de {name}</source>
            <translation>{name}'s month</translation>
        </message>
        <message>
            <source>Guardar</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>No se pudo guardar: {error}</source>
            <translation>Could not save: {error}</translation>
        </message>
        <message>
            <source>Guardado en {path}</source>
            <translation>Saved in {path}</translation>
        </message>
        <message>
            <source>Imagen PNG (*.png)</source>
            <translation>PNG picture (*.png)</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
    </context>
    <context>
        <name>MakersScreen</name>
        <message>
            <source>Buscar artesana…</source>
            <translation>Search maker…</translation>
        </message>
        <message>
            <source>Ver también las inactivas</source>
            <translation>Show inactive ones too</translation>
        </message>
        <message>
            <source>+ Nueva artesana</source>
            <translation>+ New maker</translation>
        </message>
        <message>
            <source>Editar</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Registrar producción</source>
            <translation>Record production</translation>
        </message>
        <message>
            <source>Etiquetas</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Su mes</source>
            <translation>Her month</translation>
        </message>
        <message>
            <source>Su mes en una imagen para enviarle por WhatsApp, o en PDF</source>
            <translation>Her month as a picture to send her by WhatsApp, or as a PDF</translation>
        </message>
        <message>
            <source>Desactivar</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <source>Eliminar</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Vendido este mes</source>
            <translation>Sold this month</translation>
        </message>
        <message>
            <source>Su participación del mes</source>
            <translation>Her month's share</translation>
        </message>
        <message>
            <source>Saldo por pagarle</source>
            <translation>Balance owed to her</translation>
        </message>
        <message>
            <source>Código</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Producto</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Precio</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Stock</translation>
        </message>
        <message>
            <source>Ubicación</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Unidades</source>
            <translation>Units</translation>
        </message>
        <message>
            <source>Sus artículos</source>
            <translation>Her items</translation>
        </message>
        <message>
            <source>Su stock por ubicación</source>
            <translation>Her stock by location</translation>
        </message>
        <message>
            <source>Elija una artesana de la lista o agregue una nueva.</source>
            <translation>Choose a maker from the list or add a new one.</translation>
        </message>
        <message>
            <source>inactiva</source>
            <translation>inactive</translation>
        </message>
        <message>
            <source>Artesanas</source>
            <translation>Makers</translation>
        </message>
        <message>
            <source>activa</source>
            <translation>active</translation>
        </message>
        <message>
            <source>Código {code}</source>
            <translation>Code {code}</translation>
        </message>
        <message>
            <source>Tel. {phone}</source>
            <translation>Tel. {phone}</translation>
        </message>
        <message>
            <source>DNI {dni}</source>
            <translation>DNI {dni}</translation>
        </message>
        <message>
            <source>Ingresó el {date}</source>
            <translation>Joined on {date}</translation>
        </message>
        <message>
            <source>la formó {name}</source>
            <translation>trained by {name}</translation>
        </message>
        <message>
            <source>formó a {names}</source>
            <translation>trained {names}</translation>
        </message>
        <message>
            <source>Reactivar</source>
            <translation>Reactivate</translation>
        </message>
        <message>
            <source>Vendido en {month}</source>
            <translation>Sold in {month}</translation>
        </message>
        <message>
            <source>{units} unidades</source>
            <translation>{units} units</translation>
        </message>
        <message>
            <source>ventas menos devoluciones</source>
            <translation>sales minus refunds</translation>
        </message>
        <message>
            <source>aún no pagado</source>
            <translation>not paid yet</translation>
        </message>
        <message>
            <source> (con {names})</source>
            <translation> (with {names})</translation>
        </message>
        <message>
            <source>Artesana {name} agregada.</source>
            <translation>Maker {name} added.</translation>
        </message>
        <message>
            <source>Datos de {name} guardados.</source>
            <translation>{name}'s details saved.</translation>
        </message>
        <message>
            <source>Desactivar artesana</source>
            <translation>Deactivate maker</translation>
        </message>
        <message>
            <source>¿Desactivar a {name}? Deja de aparecer en las listas; sus artículos, ventas y pagos se conservan.</source>
            <translation>Deactivate {name}? She no longer appears in the lists; her items, sales and payouts are kept.</translation>
        </message>
        <message>
            <source>{name} quedó inactiva.</source>
            <translation>{name} is now inactive.</translation>
        </message>
        <message>
            <source>{name} está activa otra vez.</source>
            <translation>{name} is active again.</translation>
        </message>
        <message>
            <source>Eliminar artesana</source>
            <translation>Delete maker</translation>
        </message>
        <message>
            <source>¿Eliminar a {name}? Solo se puede si no tiene artículos ni ventas.</source>
            <translation>Delete {name}? Only possible if she has no items or sales.</translation>
        </message>
        <message>
            <source>{name} fue eliminada.</source>
            <translation>{name} was deleted.</translation>
        </message>
        <message>
            <source>Producción registrada: {count} × {product}.</source>
            <translation>Production recorded: {count} × {product}.</translation>
        </message>
    </context>
    <context>
        <name>MoneyTab</name>
        <message>
            <source>Redondear a 0.10 hacia abajo (a favor del cliente)</source>
            <translation>Round down to 0.10 (in the customer's favour)</translation>
        </message>
        <message>
            <source>Sin redondeo</source>
            <translation>No rounding</translation>
        </message>
        <message>
            <source>Parte de la artesana (%)</source>
            <translation>Maker's part (%)</translation>
        </message>
        <message>
            <source>Se aplica a las ventas nuevas; las ventas ya hechas no cambian.</source>
            <translation>Applies to new sales; sales already made do not change.</translation>
        </message>
        <message>
            <source>Dólar de hoy (S/ por US$ 1)</source>
            <translation>Today's dollar (S/ per US$ 1)</translation>
        </message>
        <message>
            <source>Cuántos soles vale un dólar hoy, por ejemplo 3.70.</source>
            <translation>How many soles a dollar is worth today, for example 3.70.</translation>
        </message>
        <message>
            <source>Redondeo en efectivo</source>
            <translation>Cash rounding</translation>
        </message>
        <message>
            <source>Solo cuando todo se paga en soles en efectivo.</source>
            <translation>Only when everything is paid in cash in soles.</translation>
        </message>
        <message>
            <source>Descuento máximo de una vendedora (%)</source>
            <translation>A seller's maximum discount (%)</translation>
        </message>
        <message>
            <source>Un descuento mayor necesita el PIN de una coordinadora.</source>
            <translation>A bigger discount needs a coordinator's PIN.</translation>
        </message>
        <message>
            <source>Escriba la parte de la artesana en números, por ejemplo 45.</source>
            <translation>Type the maker's part as a number, for example 45.</translation>
        </message>
        <message>
            <source>Escriba el dólar de hoy en números, por ejemplo 3.70.</source>
            <translation>Type today's dollar as a number, for example 3.70.</translation>
        </message>
        <message>
            <source>Escriba el descuento máximo en números, por ejemplo 45.</source>
            <translation>Type the maximum discount as a number, for example 45.</translation>
        </message>
    </context>
    <context>
        <name>MovementsDialog</name>
        <message>
            <source>Movimientos</source>
            <translation>Movements</translation>
        </message>
        <message>
            <source>Fecha y hora</source>
            <translation>Date and time</translation>
        </message>
        <message>
            <source>Ubicación</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Movimiento</source>
            <translation>Movement</translation>
        </message>
        <message>
            <source>Cantidad</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Queda</source>
            <translation>Left</translation>
        </message>
        <message>
            <source>Quién</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Detalle</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>NewOrderDialog</name>
        <message>
            <source>Nuevo encargo</source>
            <translation>New order</translation>
        </message>
        <message>
            <source>Nombre y apellido</source>
            <translation>First and last name</translation>
        </message>
        <message>
            <source>Celular o WhatsApp</source>
            <translation>Mobile or WhatsApp</translation>
        </message>
        <message>
            <source>Qué hay que hacer: modelo, colores, bordado…</source>
            <translation>What to make: model, colours, embroidery…</translation>
        </message>
        <message>
            <source>Ninguno (a medida)</source>
            <translation>None (made to measure)</translation>
        </message>
        <message>
            <source>Por ejemplo 180.00</source>
            <translation>For example 180.00</translation>
        </message>
        <message>
            <source>Confirmado</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>Presupuesto</source>
            <translation>Quote</translation>
        </message>
        <message>
            <source>Clienta</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Teléfono</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Qué hacer</source>
            <translation>What to make</translation>
        </message>
        <message>
            <source>Producto base</source>
            <translation>Base product</translation>
        </message>
        <message>
            <source>Precio acordado (S/)</source>
            <translation>Agreed price (S/)</translation>
        </message>
        <message>
            <source>Fecha de entrega</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Artesanas</source>
            <translation>Makers</translation>
        </message>
        <message>
            <source>Notas (opcional)</source>
            <translation>Notes (optional)</translation>
        </message>
        <message>
            <source>Notas</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Fotos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Registrar encargo</source>
            <translation>Record order</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>peso </source>
            <translation>weight </translation>
        </message>
        <message>
            <source>Agregar</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Quitar</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>%1 (peso %2)</source>
            <translation>%1 (weight %2)</translation>
        </message>
        <message>
            <source>Escriba el nombre de la clienta.</source>
            <translation>Type the customer's name.</translation>
        </message>
        <message>
            <source>Escriba qué hay que hacer.</source>
            <translation>Type what is to be made.</translation>
        </message>
        <message>
            <source>Escriba el precio acordado, por ejemplo 180.00.</source>
            <translation>Type the agreed price, for example 180.00.</translation>
        </message>
        <message>
            <source>El precio acordado debe ser mayor que cero.</source>
            <translation>The agreed price must be more than zero.</translation>
        </message>
        <message>
            <source>La fecha de entrega no puede ser anterior a hoy.</source>
            <translation>The due date cannot be before today.</translation>
        </message>
        <message>
            <source>Agregue al menos una artesana (elíjala y pulse Agregar).</source>
            <translation>Add at least one maker (choose her and press Add).</translation>
        </message>
    </context>
    <context>
        <name>NewPinDialog</name>
        <message>
            <source>PIN actual</source>
            <translation>Current PIN</translation>
        </message>
        <message>
            <source>PIN nuevo (%1)</source>
            <translation>New PIN (%1)</translation>
        </message>
        <message>
            <source>Repita el PIN nuevo</source>
            <translation>Repeat the new PIN</translation>
        </message>
        <message>
            <source>Los dos PIN nuevos no son iguales. Escríbalos otra vez.</source>
            <translation>The two new PINs don't match. Type them again.</translation>
        </message>
    </context>
    <context>
        <name>NewUserDialog</name>
        <message>
            <source>Agregar una usuaria</source>
            <translation>Add a user</translation>
        </message>
        <message>
            <source>Nombre y apellidos</source>
            <translation>First and last names</translation>
        </message>
        <message>
            <source>Nombre</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Rol</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Repita el PIN</source>
            <translation>Repeat the PIN</translation>
        </message>
        <message>
            <source>PIN (%1)</source>
            <translation>PIN (%1)</translation>
        </message>
        <message>
            <source>Escriba el nombre.</source>
            <translation>Type the name.</translation>
        </message>
        <message>
            <source>Elija el rol.</source>
            <translation>Choose the role.</translation>
        </message>
        <message>
            <source>Los dos PIN no son iguales. Escríbalos otra vez.</source>
            <translation>The two PINs don't match. Type them again.</translation>
        </message>
    </context>
    <context>
        <name>OpenTillDialog</name>
        <message>
            <source>Abrir la caja</source>
            <translation>Open the till</translation>
        </message>
        <message>
            <source>Abrir la caja {till}</source>
            <translation>Open till {till}</translation>
        </message>
        <message>
            <source>Cuente el dinero con el que empieza (el fondo para dar vuelto): escriba cuántos billetes y monedas hay de cada uno. Enter pasa a la fila siguiente.</source>
            <translation>Count the money you start with (the float for giving change): type how many notes and coins there are of each. Enter goes to the next row.</translation>
        </message>
        <message>
            <source>Cancelar (Esc)</source>
            <translation>Cancel (Esc)</translation>
        </message>
        <message>
            <source>Fondo de caja:
{pen}
{usd}</source>
            <translation>Till float:
{pen}
{usd}</translation>
        </message>
        <message>
            <source>¿Tanto dinero de fondo?</source>
            <translation>So much money as the float?</translation>
        </message>
        <message>
            <source>¿Abrir la caja con {amount} de fondo?
Es mucho más que un fondo para dar vuelto: revise lo contado.</source>
            <translation>Open the till with a float of {amount}?
That is far more than a float for giving change: check what was counted.</translation>
        </message>
        <message>
            <source>Sí, abrir con {amount}</source>
            <translation>Yes, open with {amount}</translation>
        </message>
        <message>
            <source>Revisar lo contado</source>
            <translation>Check the count</translation>
        </message>
    </context>
    <context>
        <name>OrderPage</name>
        <message>
            <source>Encargo %1</source>
            <translation>Custom order %1</translation>
        </message>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Movimiento</source>
            <translation>Movement</translation>
        </message>
        <message>
            <source>Método</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Importe</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Quién</source>
            <translation>Who</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Nota</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Seña</source>
            <translation>Advance</translation>
        </message>
        <message>
            <source>Recibir seña</source>
            <translation>Take an advance</translation>
        </message>
        <message>
            <source>Saldo recibido</source>
            <translation>Balance received</translation>
        </message>
        <message>
            <source>Entregar y cobrar</source>
            <translation>Deliver and charge</translation>
        </message>
        <message>
            <source>Copiar mensaje de WhatsApp</source>
            <translation>Copy the WhatsApp message</translation>
        </message>
        <message>
            <source>Anular encargo…</source>
            <translation>Cancel order…</translation>
        </message>
        <message>
            <source>Idioma de la nota y de la orden de trabajo</source>
            <translation>Language of the order slip and the work ticket</translation>
        </message>
        <message>
            <source>Papel de la nota del encargo</source>
            <translation>Paper of the order slip</translation>
        </message>
        <message>
            <source>Rollo 80 mm</source>
            <translation>80 mm roll</translation>
        </message>
        <message>
            <source>Hoja A4</source>
            <translation>A4 sheet</translation>
        </message>
        <message>
            <source>Imprimir nota del encargo</source>
            <translation>Print order slip</translation>
        </message>
        <message>
            <source>Imprimir orden de trabajo</source>
            <translation>Print work ticket</translation>
        </message>
        <message>
            <source>Entrega %1 · %2 · Precio S/ %3 · Pagado S/ %4 · Saldo S/ %5</source>
            <translation>Due %1 · %2 · Price S/ %3 · Paid S/ %4 · Balance S/ %5</translation>
        </message>
        <message>
            <source>Seña devuelta</source>
            <translation>Advance given back</translation>
        </message>
        <message>
            <source>Seña recibida</source>
            <translation>Advance taken</translation>
        </message>
        <message>
            <source>Escriba un monto, por ejemplo 50.00.</source>
            <translation>Type an amount, for example 50.00.</translation>
        </message>
        <message>
            <source>Entregado: nota %1.</source>
            <translation>Delivered: receipt %1.</translation>
        </message>
    </context>
    <context>
        <name>OrdersScreen</name>
        <message>
            <source>Encargos</source>
            <translation>Custom orders</translation>
        </message>
        <message>
            <source>Abiertos</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Vencen esta semana</source>
            <translation>Due this week</translation>
        </message>
        <message>
            <source>Atrasados</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Listos para recoger</source>
            <translation>Ready for pickup</translation>
        </message>
        <message>
            <source>Todos</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Todas las artesanas</source>
            <translation>All makers</translation>
        </message>
        <message>
            <source>Encargo</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Clienta</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Entrega</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Precio</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Pagado</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Saldo</source>
            <translation>Balance</translation>
        </message>
        <message>
            <source>Artesanas</source>
            <translation>Makers</translation>
        </message>
        <message>
            <source>Siguiente estado</source>
            <translation>Next status</translation>
        </message>
        <message>
            <source>Ver encargo</source>
            <translation>Open the order</translation>
        </message>
        <message>
            <source>Nuevo encargo</source>
            <translation>New order</translation>
        </message>
        <message>
            <source>Este encargo no tiene un estado siguiente.</source>
            <translation>This order has no next status.</translation>
        </message>
        <message>
            <source>Encargo %1 registrado.</source>
            <translation>Order %1 recorded.</translation>
        </message>
    </context>
    <context>
        <name>ParkedCartsDialog</name>
        <message>
            <source>Ventas aparcadas</source>
            <translation>Parked sales</translation>
        </message>
        <message>
            <source>Elija la venta que desea recuperar</source>
            <translation>Choose the sale you want to resume</translation>
        </message>
        <message>
            <source>{time}  ·  {total}  ·  {units} art.
{first}</source>
            <translation>{time}  ·  {total}  ·  {units} items
{first}</translation>
        </message>
        <message>
            <source>Recuperar</source>
            <translation>Resume</translation>
        </message>
    </context>
    <context>
        <name>PartnerCountDialog</name>
        <message>
            <source>Conteo en {partner}</source>
            <translation>Count at {partner}</translation>
        </message>
        <message>
            <source>Escanee cada etiqueta o escriba el código</source>
            <translation>Scan each tag or type the code</translation>
        </message>
        <message>
            <source>Código</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Unidades contadas</source>
            <translation>Units counted</translation>
        </message>
        <message>
            <source>Producto</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Según los libros</source>
            <translation>In the books</translation>
        </message>
        <message>
            <source>Contadas</source>
            <translation>Counted</translation>
        </message>
        <message>
            <source>Faltan</source>
            <translation>Missing</translation>
        </message>
        <message>
            <source>Decisión</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Registrar lo decidido</source>
            <translation>Record the decisions</translation>
        </message>
        <message>
            <source>Escanee cada unidad que está en la tienda. Lo que no se cuenta falta: vendido sin reportar (se cobra a la tienda a precio de etiqueta, menos su comisión) o perdido (sale del stock). Decide una coordinadora.</source>
            <translation>Scan each unit that is at the shop. What is not counted is missing: sold and not reported (charged to the shop at the tag price, less its commission) or lost (it leaves the stock). A coordinator decides.</translation>
        </message>
        <message>
            <source>Vendido sin reportar</source>
            <translation>Sold, not reported</translation>
        </message>
        <message>
            <source>Perdido</source>
            <translation>Lost</translation>
        </message>
        <message>
            <source>Hay {n} de más: revise</source>
            <translation>{n} more than the books: check</translation>
        </message>
        <message>
            <source>{product}: faltan {n}</source>
            <translation>{product}: {n} missing</translation>
        </message>
    </context>
    <context>
        <name>PartnerDialog</name>
        <message>
            <source>Editar tienda aliada</source>
            <translation>Edit partner shop</translation>
        </message>
        <message>
            <source>Nueva tienda aliada</source>
            <translation>New partner shop</translation>
        </message>
        <message>
            <source>Nombre de la tienda</source>
            <translation>Shop name</translation>
        </message>
        <message>
            <source>Nombre</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Comisión (%)</source>
            <translation>Commission (%)</translation>
        </message>
        <message>
            <source>Contacto</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Días para pagar</source>
            <translation>Days to pay</translation>
        </message>
        <message>
            <source>Unidades antiguas después de (días)</source>
            <translation>Units are old after (days)</translation>
        </message>
        <message>
            <source>Guardar</source>
            <translation>Save</translation>
        </message>
    </context>
    <context>
        <name>PartnerLinesDialog</name>
        <message>
            <source>Enviar a {partner}</source>
            <translation>Send to {partner}</translation>
        </message>
        <message>
            <source>Devolución de {partner}</source>
            <translation>Return from {partner}</translation>
        </message>
        <message>
            <source>Ventas de {partner}</source>
            <translation>Sales of {partner}</translation>
        </message>
        <message>
            <source>Escanee la etiqueta o escriba el código</source>
            <translation>Scan the tag or type the code</translation>
        </message>
        <message>
            <source>precio de la etiqueta</source>
            <translation>tag price</translation>
        </message>
        <message>
            <source>Agregar</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Código</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Cantidad</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Precio al que vendió</source>
            <translation>Price it sold at</translation>
        </message>
        <message>
            <source>Fecha de la venta</source>
            <translation>Date of the sale</translation>
        </message>
        <message>
            <source>Quitar la línea</source>
            <translation>Remove the line</translation>
        </message>
        <message>
            <source>Importar su reporte (CSV o Excel)…</source>
            <translation>Import its report (CSV or Excel)…</translation>
        </message>
        <message>
            <source>Nota (opcional)</source>
            <translation>Note (optional)</translation>
        </message>
        <message>
            <source>Enviar</source>
            <translation>Send</translation>
        </message>
        <message>
            <source>Registrar la devolución</source>
            <translation>Record the return</translation>
        </message>
        <message>
            <source>Registrar</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Producto</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Cant.</source>
            <translation>Qty</translation>
        </message>
        <message>
            <source>Precio</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>En el taller</source>
            <translation>At the workshop</translation>
        </message>
        <message>
            <source>En la tienda</source>
            <translation>At the shop</translation>
        </message>
        <message>
            <source>Las unidades salen del taller y siguen siendo del taller en la tienda (comisión {rate}).</source>
            <translation>The units leave the workshop and remain the workshop's at the shop (commission {rate}).</translation>
        </message>
        <message>
            <source>Unidades que la tienda devuelve sin vender: vuelven al taller.</source>
            <translation>Units the shop gives back unsold: they return to the workshop.</translation>
        </message>
        <message>
            <source>Lo que la tienda vendió: escanee las etiquetas que devuelve, o importe su reporte. De cada venta se descuenta su comisión de {rate}.</source>
            <translation>What the shop sold: scan the tags it sends back, or import its report. Its commission of {rate} is taken from each sale.</translation>
        </message>
        <message>
            <source>Las líneas en rojo piden más de lo que hay en el taller: al enviar, una coordinadora lo aprueba.</source>
            <translation>The lines in red ask for more than the workshop holds: a coordinator approves it when you send.</translation>
        </message>
        <message>
            <source>Las líneas en rojo piden más de lo que la tienda tiene.</source>
            <translation>The lines in red ask for more than the shop holds.</translation>
        </message>
        <message>
            <source>La cantidad debe ser mayor que cero.</source>
            <translation>The quantity must be more than zero.</translation>
        </message>
        <message>
            <source>El precio no es un monto.</source>
            <translation>The price is not an amount.</translation>
        </message>
        <message>
            <source>Reporte de ventas de la tienda</source>
            <translation>The shop's sales report</translation>
        </message>
        <message>
            <source>CSV o Excel (*.csv *.xlsx)</source>
            <translation>CSV or Excel (*.csv *.xlsx)</translation>
        </message>
        <message>
            <source>Agregue al menos una línea.</source>
            <translation>Add at least one line.</translation>
        </message>
        <message>
            <source>{product}: {units} (hay {held})</source>
            <translation>{product}: {units} (there are {held})</translation>
        </message>
    </context>
    <context>
        <name>PartnerPaymentDialog</name>
        <message>
            <source>Cobro a {partner}</source>
            <translation>Payment from {partner}</translation>
        </message>
        <message>
            <source>Efectivo</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>Dólares</source>
            <translation>Dollars</translation>
        </message>
        <message>
            <source>Transferencia</source>
            <translation>Bank transfer</translation>
        </message>
        <message>
            <source>número de operación</source>
            <translation>operation number</translation>
        </message>
        <message>
            <source>Monto (S/)</source>
            <translation>Amount (S/)</translation>
        </message>
        <message>
            <source>Medio</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Referencia</source>
            <translation>Reference</translation>
        </message>
        <message>
            <source>Registrar el cobro</source>
            <translation>Record the payment</translation>
        </message>
        <message>
            <source>Debe {balance}. El pago cancela primero las ventas más antiguas.</source>
            <translation>It owes {balance}. The payment settles the oldest sales first.</translation>
        </message>
        <message>
            <source>Monto (US$)</source>
            <translation>Amount (US$)</translation>
        </message>
        <message>
            <source>Dólares al cambio de {rate}: van a la caja de dólares abierta.</source>
            <translation>Dollars at {rate} each: they go into the open dollar drawer.</translation>
        </message>
        <message>
            <source>El efectivo va a la caja abierta, como cobro a tienda aliada.</source>
            <translation>Cash goes into the open drawer, as a partner shop's payment.</translation>
        </message>
        <message>
            <source>No entra en la caja: anote el número de operación.</source>
            <translation>It does not go into the drawer: write down the operation number.</translation>
        </message>
        <message>
            <source>El monto no es un número.</source>
            <translation>The amount is not a number.</translation>
        </message>
    </context>
    <context>
        <name>PartnersScreen</name>
        <message>
            <source>Tienda</source>
            <translation>Shop</translation>
        </message>
        <message>
            <source>Comisión</source>
            <translation>Commission</translation>
        </message>
        <message>
            <source>Enviadas</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Vendidas</source>
            <translation>Sold</translation>
        </message>
        <message>
            <source>Devueltas</source>
            <translation>Refunded</translation>
        </message>
        <message>
            <source>En la tienda</source>
            <translation>At the shop</translation>
        </message>
        <message>
            <source>A favor</source>
            <translation>Due to us</translation>
        </message>
        <message>
            <source>Cobrado</source>
            <translation>Charged</translation>
        </message>
        <message>
            <source>Saldo</source>
            <translation>Balance</translation>
        </message>
        <message>
            <source>+ Nueva tienda</source>
            <translation>+ New shop</translation>
        </message>
        <message>
            <source>Editar</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Enviar…</source>
            <translation>Send…</translation>
        </message>
        <message>
            <source>Sus ventas…</source>
            <translation>Its sales…</translation>
        </message>
        <message>
            <source>Cobrar…</source>
            <translation>Take payment…</translation>
        </message>
        <message>
            <source>Devolución…</source>
            <translation>Return…</translation>
        </message>
        <message>
            <source>Conteo en la tienda…</source>
            <translation>Count at the shop…</translation>
        </message>
        <message>
            <source>Estado de cuenta</source>
            <translation>Statement</translation>
        </message>
        <message>
            <source>Estado en Excel…</source>
            <translation>Statement in Excel…</translation>
        </message>
        <message>
            <source>El estado de cuenta en una hoja de cálculo, para que la tienda lo compare línea por línea</source>
            <translation>The statement as a spreadsheet, for the shop to check line by line</translation>
        </message>
        <message>
            <source>Tiendas aliadas</source>
            <translation>Partner shops</translation>
        </message>
        <message>
            <source>Tiendas que venden nuestros productos a consignación. Las unidades enviadas siguen siendo del taller; la participación de las artesanas se genera cuando la tienda paga.</source>
            <translation>Shops that sell our products on consignment. Units sent remain the workshop's; the makers' share accrues when the shop pays.</translation>
        </message>
        <message>
            <source>Tienda aliada «{name}» agregada.</source>
            <translation>Partner shop “{name}” added.</translation>
        </message>
        <message>
            <source>Tienda aliada «{name}» guardada.</source>
            <translation>Partner shop “{name}” saved.</translation>
        </message>
        <message>
            <source>Nota {number}: {units} unidades enviadas a {partner}.</source>
            <translation>Note {number}: {units} units sent to {partner}.</translation>
        </message>
        <message>
            <source>Nota {number}: {units} unidades volvieron de {partner}.</source>
            <translation>Note {number}: {units} units came back from {partner}.</translation>
        </message>
        <message>
            <source>Nota {number}</source>
            <translation>Receipt {number}</translation>
        </message>
        <message>
            <source>Reporte {number}: {units} unidades vendidas, {due} a favor del taller.</source>
            <translation>Report {number}: {units} units sold, {due} due to the workshop.</translation>
        </message>
        <message>
            <source>{partner} no debe nada.</source>
            <translation>{partner} owes nothing.</translation>
        </message>
        <message>
            <source>Cobro {number}: {amount}; para las artesanas {shares}.</source>
            <translation>Payment {number}: {amount}; for the makers {shares}.</translation>
        </message>
        <message>
            <source>Conteo en {partner}: vendidas sin reportar {sold}, perdidas {lost}.</source>
            <translation>Count at {partner}: sold and not reported {sold}, lost {lost}.</translation>
        </message>
        <message>
            <source>Estado de cuenta de {partner}</source>
            <translation>Statement of {partner}</translation>
        </message>
        <message>
            <source>Guardar estado de cuenta</source>
            <translation>Save statement</translation>
        </message>
        <message>
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>No se pudo guardar: {error}</source>
            <translation>Could not save: {error}</translation>
        </message>
        <message>
            <source>Estado de cuenta guardado en {path}</source>
            <translation>Statement saved in {path}</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>Total: %1</source>
            <translation>Total: %1</translation>
        </message>
        <message>
            <source>Billete recibido en dólares</source>
            <translation>Dollar note received</translation>
        </message>
        <message>
            <source>Recibido en efectivo (S/)</source>
            <translation>Received in cash (S/)</translation>
        </message>
        <message>
            <source>Recibido en dólares (US$)</source>
            <translation>Received in dollars (US$)</translation>
        </message>
        <message>
            <source>Monto pagado por Yape (S/)</source>
            <translation>Amount paid by Yape (S/)</translation>
        </message>
        <message>
            <source>Monto pagado por Plin (S/)</source>
            <translation>Amount paid by Plin (S/)</translation>
        </message>
        <message>
            <source>Monto cobrado con tarjeta (S/)</source>
            <translation>Amount charged by card (S/)</translation>
        </message>
        <message>
            <source>Monto transferido (S/)</source>
            <translation>Amount transferred (S/)</translation>
        </message>
        <message>
            <source>Cobre este monto en el terminal de tarjetas.</source>
            <translation>Charge this amount on the card terminal.</translation>
        </message>
        <message>
            <source>Escriba cuánto le da el cliente o toque el billete. El vuelto es en soles.</source>
            <translation>Type how much the customer gives you or tap the note. Change is given in soles.</translation>
        </message>
        <message>
            <source>Efectivo</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>Dólares</source>
            <translation>Dollars</translation>
        </message>
        <message>
            <source>Yape</source>
            <translation>Yape</translation>
        </message>
        <message>
            <source>Plin</source>
            <translation>Plin</translation>
        </message>
        <message>
            <source>Tarjeta</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Transferencia</source>
            <translation>Bank transfer</translation>
        </message>
        <message>
            <source>El monto no es un número válido.</source>
            <translation>The amount is not a valid number.</translation>
        </message>
        <message>
            <source>Escriba primero el monto de este pago.</source>
            <translation>First type the amount of this payment.</translation>
        </message>
        <message>
            <source>Ya está todo pagado: toque Cobrar.</source>
            <translation>Everything is paid: tap Charge.</translation>
        </message>
        <message>
            <source>la venta no se guardó</source>
            <translation>the sale was not saved</translation>
        </message>
        <message>
            <source>Operación %1</source>
            <translation>Transaction %1</translation>
        </message>
        <message>
            <source>¿Paga con dos métodos? Escriba el primer pago y toque «+ Agregar pago».</source>
            <translation>Paying with two methods? Type the first payment and tap “+ Add payment”.</translation>
        </message>
        <message>
            <source>A pagar: %1</source>
            <translation>To pay: %1</translation>
        </message>
        <message>
            <source>(redondeo %1)</source>
            <translation>(rounding %1)</translation>
        </message>
        <message>
            <source>Recibido: %1</source>
            <translation>Received: %1</translation>
        </message>
        <message>
            <source>Vuelto: %1</source>
            <translation>Change: %1</translation>
        </message>
        <message>
            <source>Falta: %1</source>
            <translation>Still due: %1</translation>
        </message>
        <message>
            <source>Tipo de cambio de hoy: US$ 1 = %1</source>
            <translation>Today's exchange rate: US$ 1 = %1</translation>
        </message>
        <message>
            <source>Falta pagar en dólares: %1</source>
            <translation>Still to pay in dollars: %1</translation>
        </message>
        <message>
            <source>Cobrar</source>
            <translation>Charge</translation>
        </message>
        <message>
            <source>Efectivo S/</source>
            <translation>Cash S/</translation>
        </message>
        <message>
            <source>Dólares US$</source>
            <translation>Dollars US$</translation>
        </message>
        <message>
            <source>N.º de operación</source>
            <translation>Transaction no.</translation>
        </message>
        <message>
            <source>Se ve en el celular del cliente</source>
            <translation>Shown on the customer's phone</translation>
        </message>
        <message>
            <source>Billete recibido</source>
            <translation>Note received</translation>
        </message>
        <message>
            <source>Poner justo lo que falta pagar (F11 o =)</source>
            <translation>Enter exactly what is still due (F11 or =)</translation>
        </message>
        <message>
            <source>Monto exacto (F11)</source>
            <translation>Exact amount (F11)</translation>
        </message>
        <message>
            <source>Guardar este pago y cobrar el resto con otro método</source>
            <translation>Save this payment and charge the rest with another method</translation>
        </message>
        <message>
            <source>+ Agregar pago</source>
            <translation>+ Add payment</translation>
        </message>
        <message>
            <source>Pagos agregados</source>
            <translation>Payments added</translation>
        </message>
        <message>
            <source>Quitar pago</source>
            <translation>Remove payment</translation>
        </message>
        <message>
            <source>Nota de venta en</source>
            <translation>Receipt in</translation>
        </message>
        <message>
            <source>Cancelar (Esc)</source>
            <translation>Cancel (Esc)</translation>
        </message>
        <message>
            <source>Cobrar (Enter)</source>
            <translation>Charge (Enter)</translation>
        </message>
    </context>
    <context>
        <name>PayoutDialog</name>
        <message>
            <source>Pago a artesanas</source>
            <translation>Maker payouts</translation>
        </message>
        <message>
            <source>Pagar a:</source>
            <translation>Pay to:</translation>
        </message>
        <message>
            <source>Ventas hasta el:</source>
            <translation>Sales up to:</translation>
        </message>
        <message>
            <source>Efectivo de la caja</source>
            <translation>Cash from the till</translation>
        </message>
        <message>
            <source>Yape</source>
            <translation>Yape</translation>
        </message>
        <message>
            <source>Plin</source>
            <translation>Plin</translation>
        </message>
        <message>
            <source>Transferencia</source>
            <translation>Bank transfer</translation>
        </message>
        <message>
            <source>N.º de operación del Yape, Plin o de la transferencia</source>
            <translation>Transaction no. of the Yape, Plin or bank transfer</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>¿Cómo se le paga?</source>
            <translation>How is she paid?</translation>
        </message>
        <message>
            <source>Todas las artesanas con saldo</source>
            <translation>All makers with a balance</translation>
        </message>
        <message>
            <source>{name} — nada que pagar ({amount})</source>
            <translation>{name} — nothing to pay ({amount})</translation>
        </message>
        <message>
            <source>{name} — nada pendiente</source>
            <translation>{name} — nothing pending</translation>
        </message>
        <message>
            <source>{count} artesanas con saldo hasta el {day}</source>
            <translation>{count} makers with a balance up to {day}</translation>
        </message>
        <message>
            <source>1 artesana con saldo hasta el {day}</source>
            <translation>1 maker with a balance up to {day}</translation>
        </message>
        <message>
            <source>Cada una recibe su propia constancia. Las que no tienen saldo no aparecen: lo suyo pasa al próximo pago.</source>
            <translation>Each one gets her own payment slip. Those with no balance don't appear: what they have carries over to the next payout.</translation>
        </message>
        <message>
            <source>Lo que se le paga a {name}: movimientos pendientes hasta el {day}</source>
            <translation>What {name} is paid: pending movements up to {day}</translation>
        </message>
        <message>
            <source>{count} movimientos · participaciones {accrued} · devoluciones {reversed}</source>
            <translation>{count} movements · shares {accrued} · refunds {reversed}</translation>
        </message>
        <message>
            <source>Las devoluciones superan a las ventas: no hay nada que pagar, el saldo pasa al próximo pago.</source>
            <translation>Refunds exceed sales: there is nothing to pay, the balance carries over to the next payout.</translation>
        </message>
        <message>
            <source>Total: {amount}</source>
            <translation>Total: {amount}</translation>
        </message>
        <message>
            <source>La caja está cerrada: ábrala para pagar en efectivo.</source>
            <translation>The till is closed: open it to pay in cash.</translation>
        </message>
        <message>
            <source>El dinero sale de la caja abierta y queda registrado como pago a artesana.</source>
            <translation>The money comes out of the open till and is recorded as a maker's payout.</translation>
        </message>
        <message>
            <source>En efectivo se paga en monedas de 10 céntimos: {amount} quedan en su saldo para el próximo pago.</source>
            <translation>Cash is paid in 10-cent coins: {amount} stays in her balance for the next payout.</translation>
        </message>
        <message>
            <source>Escriba en la tabla el número de operación de cada artesana.</source>
            <translation>Type each maker's transaction number in the table.</translation>
        </message>
        <message>
            <source>Escriba el número de operación que muestra el teléfono o el banco.</source>
            <translation>Type the transaction number shown by the phone or the bank.</translation>
        </message>
        <message>
            <source>Elija cómo se le paga.</source>
            <translation>Choose how she is paid.</translation>
        </message>
        <message>
            <source>Pagar {amount}</source>
            <translation>Pay {amount}</translation>
        </message>
        <message>
            <source>Nada que pagar</source>
            <translation>Nothing to pay</translation>
        </message>
        <message>
            <source>el pago no se guardó</source>
            <translation>the payout was not saved</translation>
        </message>
        <message>
            <source>No había nada que pagar.</source>
            <translation>There was nothing to pay.</translation>
        </message>
        <message>
            <source>en efectivo</source>
            <translation>in cash</translation>
        </message>
        <message>
            <source>transferencia</source>
            <translation>bank transfer</translation>
        </message>
        <message>
            <source>{count} artesanas</source>
            <translation>{count} makers</translation>
        </message>
        <message>
            <source>{amount} quedan en su saldo para el próximo pago: en efectivo se paga en monedas de 10 céntimos.</source>
            <translation>{amount} stays in her balance for the next payout: cash is paid in 10-cent coins.</translation>
        </message>
    </context>
    <context>
        <name>PayoutDonePage</name>
        <message>
            <source>Imprima la constancia: salen dos ejemplares, uno para el centro y otro para la artesana. Las dos firman ambos.</source>
            <translation>Print the payment slip: two copies come out, one for the centre and one for the maker. Both sign both copies.</translation>
        </message>
        <message>
            <source>Ver e imprimir la constancia</source>
            <translation>View and print the slip</translation>
        </message>
        <message>
            <source>Terminar</source>
            <translation>Finish</translation>
        </message>
        <message>
            <source>Papel:</source>
            <translation>Paper:</translation>
        </message>
        <message>
            <source>Pago {number} registrado: {amount} a {name} ({method}).</source>
            <translation>Payout {number} recorded: {amount} to {name} ({method}).</translation>
        </message>
        <message>
            <source>Quedan {amount} en su saldo.</source>
            <translation>{amount} stays in her balance.</translation>
        </message>
        <message>
            <source>{count} pagos registrados ({method}).</source>
            <translation>{count} payouts recorded ({method}).</translation>
        </message>
        <message>
            <source>Ver e imprimir la constancia elegida</source>
            <translation>View and print the chosen slip</translation>
        </message>
    </context>
    <context>
        <name>PayoutHistoryScreen</name>
        <message>
            <source>Pagos a las artesanas</source>
            <translation>Payouts to the makers</translation>
        </message>
        <message>
            <source>Pagos y constancias</source>
            <translation>Payouts and slips</translation>
        </message>
        <message>
            <source>Totales por mes (para los financiadores)</source>
            <translation>Totals by month (for the funders)</translation>
        </message>
        <message>
            <source>Artesana:</source>
            <translation>Maker:</translation>
        </message>
        <message>
            <source>N.º</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Fecha de pago</source>
            <translation>Payout date</translation>
        </message>
        <message>
            <source>Artesana</source>
            <translation>Maker</translation>
        </message>
        <message>
            <source>Ventas que paga</source>
            <translation>Sales paid</translation>
        </message>
        <message>
            <source>Forma de pago</source>
            <translation>Payment method</translation>
        </message>
        <message>
            <source>Mov.</source>
            <translation>Mov.</translation>
        </message>
        <message>
            <source>Importe</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Ver constancia (copia)</source>
            <translation>View slip (copy)</translation>
        </message>
        <message>
            <source>Papel:</source>
            <translation>Paper:</translation>
        </message>
        <message>
            <source>Todas</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Efectivo</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>Transferencia</source>
            <translation>Bank transfer</translation>
        </message>
        <message>
            <source>del {start} al {end}</source>
            <translation>from {start} to {end}</translation>
        </message>
        <message>
            <source>{count} pagos · total pagado {amount}</source>
            <translation>{count} payouts · total paid {amount}</translation>
        </message>
        <message>
            <source>1 pago · total pagado {amount}</source>
            <translation>1 payout · total paid {amount}</translation>
        </message>
        <message>
            <source>No hay pagos con estos filtros: cambie la artesana o las fechas.</source>
            <translation>No payouts with these filters: change the maker or the dates.</translation>
        </message>
        <message>
            <source>Elija un pago de la lista.</source>
            <translation>Choose a payout from the list.</translation>
        </message>
        <message>
            <source>Lo pagado a cada artesana en cada mes, según la fecha del pago (en soles).</source>
            <translation>What was paid to each maker in each month, by payout date (in soles).</translation>
        </message>
        <message>
            <source>Año:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>{year}: {payouts} pagos a {makers} artesanas, {amount} en total.</source>
            <translation>{year}: {payouts} payouts to {makers} makers, {amount} in total.</translation>
        </message>
    </context>
    <context>
        <name>PdfViewDialog</name>
        <message>
            <source>Imprimir</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>Guardar PDF</source>
            <translation>Save PDF</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Documentos PDF (*.pdf)</source>
            <translation>PDF documents (*.pdf)</translation>
        </message>
        <message>
            <source>PDF guardado en %1</source>
            <translation>PDF saved in %1</translation>
        </message>
    </context>
    <context>
        <name>PeriodCharts</name>
        <message>
            <source>miles de S/</source>
            <translation>thousands of S/</translation>
        </message>
        <message>
            <source>Ventas netas por día ({unit})</source>
            <translation>Net sales by day ({unit})</translation>
        </message>
        <message>
            <source>Ventas netas por mes ({unit})</source>
            <translation>Net sales by month ({unit})</translation>
        </message>
        <message>
            <source>Ventas netas</source>
            <translation>Net sales</translation>
        </message>
        <message>
            <source>Ganado por artesana ({unit})</source>
            <translation>Earned by maker ({unit})</translation>
        </message>
        <message>
            <source>Ganado</source>
            <translation>Earned</translation>
        </message>
        <message>
            <source>Ventas netas por ubicación</source>
            <translation>Net sales by location</translation>
        </message>
    </context>
    <context>
        <name>PeriodPicker</name>
        <message>
            <source>Este mes</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>Mes pasado</source>
            <translation>Last month</translation>
        </message>
        <message>
            <source>Este año</source>
            <translation>This year</translation>
        </message>
        <message>
            <source>Año pasado</source>
            <translation>Last year</translation>
        </message>
        <message>
            <source>Otras fechas</source>
            <translation>Other dates</translation>
        </message>
        <message>
            <source>del</source>
            <translation>from</translation>
        </message>
        <message>
            <source>al</source>
            <translation>to</translation>
        </message>
    </context>
    <context>
        <name>PeriodSummary</name>
        <message>
            <source>Ventas netas</source>
            <translation>Net sales</translation>
        </message>
        <message>
            <source>Ventas</source>
            <translation>Sales</translation>
        </message>
        <message>
            <source>Unidades vendidas</source>
            <translation>Units sold</translation>
        </message>
        <message>
            <source>Venta promedio</source>
            <translation>Average sale</translation>
        </message>
        <message>
            <source>Para las artesanas</source>
            <translation>For the makers</translation>
        </message>
        <message>
            <source>Devoluciones</source>
            <translation>Refunds</translation>
        </message>
        <message>
            <source>Descuentos</source>
            <translation>Discounts</translation>
        </message>
        <message>
            <source>Stock a precio de venta</source>
            <translation>Stock at sale price</translation>
        </message>
    </context>
    <context>
        <name>PhotoCropDialog</name>
        <message>
            <source>Recortar la foto</source>
            <translation>Crop the photo</translation>
        </message>
        <message>
            <source>Más chico −</source>
            <translation>Smaller −</translation>
        </message>
        <message>
            <source>Más grande +</source>
            <translation>Larger +</translation>
        </message>
        <message>
            <source>Centrar</source>
            <translation>Centre</translation>
        </message>
        <message>
            <source>Usar este recorte</source>
            <translation>Use this crop</translation>
        </message>
        <message>
            <source>Arrastre el cuadro hasta el producto. Flechas: mover; + y −: tamaño. Se guarda cuadrada.</source>
            <translation>Drag the square onto the product. Arrows: move; + and −: size. It is kept square.</translation>
        </message>
        <message>
            <source>Recorte de {side} × {side} píxeles</source>
            <translation>Crop of {side} × {side} pixels</translation>
        </message>
    </context>
    <context>
        <name>PhotoStrip</name>
        <message>
            <source>Agregar foto…</source>
            <translation>Add photo…</translation>
        </message>
        <message>
            <source>Cámara…</source>
            <translation>Camera…</translation>
        </message>
        <message>
            <source>Hacer principal</source>
            <translation>Make main</translation>
        </message>
        <message>
            <source>Quitar</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Arrastre aquí fotos desde una carpeta</source>
            <translation>Drag photos here from a folder</translation>
        </message>
        <message>
            <source>★ Principal</source>
            <translation>★ Main</translation>
        </message>
        <message>
            <source>Esta computadora no tiene cámara. Agregue la foto desde un archivo o arrástrela aquí.</source>
            <translation>This computer has no camera. Add the photo from a file or drag it here.</translation>
        </message>
        <message>
            <source>foto de la cámara</source>
            <translation>camera photo</translation>
        </message>
        <message>
            <source>No se agregó la foto: {reason}</source>
            <translation>The photo was not added: {reason}</translation>
        </message>
        <message>
            <source>Foto agregada.</source>
            <translation>Photo added.</translation>
        </message>
        <message>
            <source>Fotos agregadas.</source>
            <translation>Photos added.</translation>
        </message>
        <message>
            <source>Es la foto principal: la que se ve en la caja y en el catálogo.</source>
            <translation>It is the main photo: the one shown at the till and in the catalogue.</translation>
        </message>
        <message>
            <source>Quitar foto</source>
            <translation>Remove photo</translation>
        </message>
        <message>
            <source>¿Quitar esta foto?</source>
            <translation>Remove this photo?</translation>
        </message>
        <message>
            <source>Foto quitada.</source>
            <translation>Photo removed.</translation>
        </message>
    </context>
    <context>
        <name>PhotosDialog</name>
        <message>
            <source>Fotos de {name}</source>
            <translation>Photos of {name}</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Close</translation>
        </message>
    </context>
    <context>
        <name>PinEntry</name>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
    </context>
    <context>
        <name>PrinterTab</name>
        <message>
            <source>Buscar</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>58 mm (32 caracteres)</source>
            <translation>58 mm (32 characters)</translation>
        </message>
        <message>
            <source>80 mm (42 caracteres)</source>
            <translation>80 mm (42 characters)</translation>
        </message>
        <message>
            <source>80 mm (48 caracteres)</source>
            <translation>80 mm (48 characters)</translation>
        </message>
        <message>
            <source>Imprimir la página de prueba</source>
            <translation>Print the test page</translation>
        </message>
        <message>
            <source>Corte parcial</source>
            <translation>Partial cut</translation>
        </message>
        <message>
            <source>Corte total</source>
            <translation>Full cut</translation>
        </message>
        <message>
            <source>Sin corte</source>
            <translation>No cut</translation>
        </message>
        <message>
            <source>Pin 2</source>
            <translation>Pin 2</translation>
        </message>
        <message>
            <source>Pin 5</source>
            <translation>Pin 5</translation>
        </message>
        <message>
            <source>Sin cajón</source>
            <translation>No drawer</translation>
        </message>
        <message>
            <source>La impresora dibuja el QR ella misma</source>
            <translation>The printer draws the QR code itself</translation>
        </message>
        <message>
            <source>Sin logo</source>
            <translation>No logo</translation>
        </message>
        <message>
            <source>Elegir…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Impresora térmica</source>
            <translation>Thermal printer</translation>
        </message>
        <message>
            <source>Vacío: las notas salen en PDF por la impresora de «Nota de venta».</source>
            <translation>Empty: receipts go as PDF to the printer of “Receipt”.</translation>
        </message>
        <message>
            <source>Papel</source>
            <translation>Paper</translation>
        </message>
        <message>
            <source>Acentos</source>
            <translation>Accents</translation>
        </message>
        <message>
            <source>Imprima la página de prueba y elija el número cuya línea se lee bien: áéíóú ñ ¿¡ S/</source>
            <translation>Print the test page and choose the number whose line reads right: áéíóú ñ ¿¡ S/</translation>
        </message>
        <message>
            <source>Corte</source>
            <translation>Cut</translation>
        </message>
        <message>
            <source>Cajón de dinero</source>
            <translation>Cash drawer</translation>
        </message>
        <message>
            <source>Se abre al cobrar o devolver en efectivo.</source>
            <translation>It opens when cash is taken or given back.</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Red {address}</source>
            <translation>Network {address}</translation>
        </message>
        <message>
            <source>Encontradas: {count}</source>
            <translation>Found: {count}</translation>
        </message>
        <message>
            <source>Buscando impresoras en la red…</source>
            <translation>Looking for printers on the network…</translation>
        </message>
        <message>
            <source>Logo de la nota</source>
            <translation>Receipt logo</translation>
        </message>
        <message>
            <source>Imágenes (*.png *.jpg *.jpeg *.bmp)</source>
            <translation>Images (*.png *.jpg *.jpeg *.bmp)</translation>
        </message>
        <message>
            <source>escriba o elija primero la impresora térmica</source>
            <translation>type or choose the thermal printer first</translation>
        </message>
        <message>
            <source>PRUEBA DE ACENTOS</source>
            <translation>ACCENTS TEST</translation>
        </message>
        <message>
            <source>Imprimiendo la página de prueba…</source>
            <translation>Printing the test page…</translation>
        </message>
        <message>
            <source>No se imprimió la página de prueba: {reason}.</source>
            <translation>The test page was not printed: {reason}.</translation>
        </message>
        <message>
            <source>Página impresa: elija arriba el número cuya línea se lee bien.</source>
            <translation>Page printed: choose above the number whose line reads right.</translation>
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message>
            <source>Nuevo producto</source>
            <translation>New product</translation>
        </message>
        <message>
            <source>Nombre</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Categoría</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Precio (S/)</source>
            <translation>Price (S/)</translation>
        </message>
        <message>
            <source>Descripción</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Fotos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Bolsos, Monederos…</source>
            <translation>Bags, Coin purses…</translation>
        </message>
        <message>
            <source>Crear producto</source>
            <translation>Create product</translation>
        </message>
    </context>
    <context>
        <name>ProductGrid</name>
        <message>
            <source>Todos</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Ningún producto coincide con «{text}».</source>
            <translation>No product matches “{text}”.</translation>
        </message>
        <message>
            <source>Todavía no hay productos en el catálogo.</source>
            <translation>There are no products in the catalogue yet.</translation>
        </message>
        <message>
            <source>No hay productos en esta categoría.</source>
            <translation>There are no products in this category.</translation>
        </message>
    </context>
    <context>
        <name>ProductGridModel</name>
        <message>
            <source>{name}
Hecho por {makers}
{price} · código {code} · {stock} en stock</source>
            <translation>{name}
Made by {makers}
{price} · code {code} · {stock} in stock</translation>
        </message>
    </context>
    <context>
        <name>ProductionDialog</name>
        <message>
            <source>Registrar producción</source>
            <translation>Record production</translation>
        </message>
        <message>
            <source>¿Quién lo hizo?</source>
            <translation>Who made it?</translation>
        </message>
        <message>
            <source>Todavía no hay artesanas: agregue la primera aquí.</source>
            <translation>There are no makers yet: add the first one here.</translation>
        </message>
        <message>
            <source>+ Nueva artesana…</source>
            <translation>+ New maker…</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Buscar producto…</source>
            <translation>Search product…</translation>
        </message>
        <message>
            <source>← Otra artesana</source>
            <translation>← Another maker</translation>
        </message>
        <message>
            <source>+ Producto nuevo…</source>
            <translation>+ New product…</translation>
        </message>
        <message>
            <source>¿Cuántos?</source>
            <translation>How many?</translation>
        </message>
        <message>
            <source>← Otro producto</source>
            <translation>← Another product</translation>
        </message>
        <message>
            <source>¿Dónde quedan?</source>
            <translation>Where are they kept?</translation>
        </message>
        <message>
            <source>Registrar otra producción</source>
            <translation>Record more production</translation>
        </message>
        <message>
            <source>Terminar</source>
            <translation>Finish</translation>
        </message>
        <message>
            <source>1 Artesana</source>
            <translation>1 Maker</translation>
        </message>
        <message>
            <source>2 Producto</source>
            <translation>2 Product</translation>
        </message>
        <message>
            <source>3 Cantidad y lugar</source>
            <translation>3 Quantity and place</translation>
        </message>
        <message>
            <source>¿Qué terminó {name}?</source>
            <translation>What did {name} finish?</translation>
        </message>
        <message>
            <source>{code} · {makers} · {stock} en stock</source>
            <translation>{code} · {makers} · {stock} in stock</translation>
        </message>
        <message>
            <source>primera vez: se crea su artículo</source>
            <translation>first time: her item is created</translation>
        </message>
        <message>
            <source>{name}: {product}</source>
            <translation>{name}: {product}</translation>
        </message>
        <message>
            <source>Registrar {count} en {place}</source>
            <translation>Record {count} in {place}</translation>
        </message>
        <message>
            <source>Escriba la cantidad</source>
            <translation>Type the quantity</translation>
        </message>
        <message>
            <source>{count} × {product} de {name}</source>
            <translation>{count} × {product} by {name}</translation>
        </message>
        <message>
            <source>{name} terminó {count} × {product} en {place}.</source>
            <translation>{name} finished {count} × {product} in {place}.</translation>
        </message>
        <message>
            <source>Ahora hay {level} en {place}. Código del artículo: {code}.</source>
            <translation>There are now {level} in {place}. Item code: {code}.</translation>
        </message>
        <message>
            <source>(Es su primer artículo de este producto: se le dio un código nuevo.)</source>
            <translation>(It is her first item of this product: it was given a new code.)</translation>
        </message>
        <message>
            <source>Imprimir {count} etiquetas</source>
            <translation>Print {count} tags</translation>
        </message>
    </context>
    <context>
        <name>ProductsScreen</name>
        <message>
            <source>Buscar producto…</source>
            <translation>Search product…</translation>
        </message>
        <message>
            <source>Ver retirados</source>
            <translation>Show withdrawn</translation>
        </message>
        <message>
            <source>Producto</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Precio</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Stock</translation>
        </message>
        <message>
            <source>+ Nuevo producto</source>
            <translation>+ New product</translation>
        </message>
        <message>
            <source>Importar…</source>
            <translation>Import…</translation>
        </message>
        <message>
            <source>Importar productos desde una planilla CSV o Excel</source>
            <translation>Import products from a CSV or Excel spreadsheet</translation>
        </message>
        <message>
            <source>Sin foto</source>
            <translation>No photo</translation>
        </message>
        <message>
            <source>Arrastre aquí una foto del producto</source>
            <translation>Drag a photo of the product here</translation>
        </message>
        <message>
            <source>Se vende (aparece en la caja)</source>
            <translation>On sale (shown at the till)</translation>
        </message>
        <message>
            <source>Fotos…</source>
            <translation>Photos…</translation>
        </message>
        <message>
            <source>Guardar cambios</source>
            <translation>Save changes</translation>
        </message>
        <message>
            <source>Nombre</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Categoría</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Precio (S/)</source>
            <translation>Price (S/)</translation>
        </message>
        <message>
            <source>Descripción</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Código</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Hecho por</source>
            <translation>Made by</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>+ Artículo</source>
            <translation>+ Item</translation>
        </message>
        <message>
            <source>Artesanas…</source>
            <translation>Makers…</translation>
        </message>
        <message>
            <source>Corregir quién hizo el artículo (solo si aún no se vendió)</source>
            <translation>Correct who made the item (only if not sold yet)</translation>
        </message>
        <message>
            <source>Retirar</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <source>Etiquetas</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Producción</source>
            <translation>Production</translation>
        </message>
        <message>
            <source>Artículos (uno por artesana o grupo)</source>
            <translation>Items (one per maker or group)</translation>
        </message>
        <message>
            <source>Elija un producto de la lista o cree uno nuevo.</source>
            <translation>Choose a product from the list or create a new one.</translation>
        </message>
        <message>
            <source>Todas las categorías</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>Productos</source>
            <translation>Products</translation>
        </message>
        <message>
            <source>Taller (del centro)</source>
            <translation>Workshop (centre's)</translation>
        </message>
        <message>
            <source>a la venta</source>
            <translation>on sale</translation>
        </message>
        <message>
            <source>retirado</source>
            <translation>withdrawn</translation>
        </message>
        <message>
            <source>Reactivar</source>
            <translation>Reactivate</translation>
        </message>
        <message>
            <source>Producto «{name}» creado. Agregue quién lo hizo.</source>
            <translation>Product “{name}” created. Add who made it.</translation>
        </message>
        <message>
            <source>No se agregó la foto: {reason}</source>
            <translation>The photo was not added: {reason}</translation>
        </message>
        <message>
            <source>Foto agregada a «{name}».</source>
            <translation>Photo added to “{name}”.</translation>
        </message>
        <message>
            <source>Cambiar el precio</source>
            <translation>Change the price</translation>
        </message>
        <message>
            <source>¿Cambiar el precio de «{name}» de {old} a {new}?
Las ventas ya hechas mantienen su precio.</source>
            <translation>Change the price of “{name}” from {old} to {new}?
Sales already made keep their price.</translation>
        </message>
        <message>
            <source>Cambiar precio</source>
            <translation>Change price</translation>
        </message>
        <message>
            <source>Cambios guardados: {name}.</source>
            <translation>Changes saved: {name}.</translation>
        </message>
        <message>
            <source>Artículo {code} creado: {product} de {makers}.</source>
            <translation>Item {code} created: {product} by {makers}.</translation>
        </message>
        <message>
            <source>Artesanas del artículo {code} actualizadas.</source>
            <translation>Makers of item {code} updated.</translation>
        </message>
        <message>
            <source>Artículo {code} retirado de la caja.</source>
            <translation>Item {code} withdrawn from the till.</translation>
        </message>
        <message>
            <source>Artículo {code} a la venta.</source>
            <translation>Item {code} on sale.</translation>
        </message>
        <message>
            <source>Los artículos del centro no se registran como producción.</source>
            <translation>The centre's items are not recorded as production.</translation>
        </message>
    </context>
    <context>
        <name>QuantityDialog</name>
        <message>
            <source>Como máximo {n} unidades en una línea.</source>
            <translation>At most {n} units on one line.</translation>
        </message>
        <message>
            <source>Cantidad</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Aceptar</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>La cantidad debe ser 1 o más.</source>
            <translation>The quantity must be 1 or more.</translation>
        </message>
        <message>
            <source>¿Vender {n} unidades de {name}?</source>
            <translation>Sell {n} units of {name}?</translation>
        </message>
        <message>
            <source>Hay {stock} en stock.</source>
            <translation>There are {stock} in stock.</translation>
        </message>
        <message>
            <source>¿Tantas unidades?</source>
            <translation>So many units?</translation>
        </message>
        <message>
            <source>Sí, {n} unidades</source>
            <translation>Yes, {n} units</translation>
        </message>
        <message>
            <source>Corregir</source>
            <translation>Correct it</translation>
        </message>
    </context>
    <context>
        <name>ReceiptTab</name>
        <message>
            <source>Rollo de 80 mm</source>
            <translation>80 mm roll</translation>
        </message>
        <message>
            <source>Rollo de 58 mm</source>
            <translation>58 mm roll</translation>
        </message>
        <message>
            <source>Hoja A4</source>
            <translation>A4 sheet</translation>
        </message>
        <message>
            <source>Grande, en el centro</source>
            <translation>Large, in the middle</translation>
        </message>
        <message>
            <source>Pequeño, al lado del enlace (nota más corta)</source>
            <translation>Small, beside the link (shorter receipt)</translation>
        </message>
        <message>
            <source>Sin código QR, solo el enlace</source>
            <translation>No QR code, the link only</translation>
        </message>
        <message>
            <source>Imprimir la nota de venta</source>
            <translation>Print the receipt</translation>
        </message>
        <message>
            <source>Preguntar en la pantalla: imprimir, PDF o sin nota</source>
            <translation>Ask on screen: print, PDF or no receipt</translation>
        </message>
        <message>
            <source>No hacer nada</source>
            <translation>Do nothing</translation>
        </message>
        <message>
            <source>Texto de arriba</source>
            <translation>Header text</translation>
        </message>
        <message>
            <source>Por ejemplo: NOTA DE VENTA — no es comprobante de pago</source>
            <translation>For example: RECEIPT — not a tax receipt</translation>
        </message>
        <message>
            <source>Texto de abajo</source>
            <translation>Footer text</translation>
        </message>
        <message>
            <source>Papel</source>
            <translation>Paper</translation>
        </message>
        <message>
            <source>Código QR del catálogo</source>
            <translation>Catalogue QR code</translation>
        </message>
        <message>
            <source>Después de cobrar</source>
            <translation>After charging</translation>
        </message>
        <message>
            <source>Impresora</source>
            <translation>Printer</translation>
        </message>
        <message>
            <source>Sin impresora: guardar PDF</source>
            <translation>No printer: save PDF</translation>
        </message>
        <message>
            <source>%1 (no encontrada)</source>
            <translation>%1 (not found)</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Mama Killa POS — no se puede abrir la base de datos</source>
            <translation>Mama Killa POS — cannot open the database</translation>
        </message>
        <message>
            <source>Archivo: {path}
Qué pasó: {message}.

El archivo no se modifica: queda guardado tal como está.</source>
            <translation>File: {path}
What happened: {message}.

The file is not changed: it stays saved as it is.</translation>
        </message>
        <message>
            <source>Restaurar esta copia</source>
            <translation>Restore this backup</translation>
        </message>
        <message>
            <source>&lt;b&gt;Copia de seguridad más reciente: {date}&lt;/b&gt;&lt;br&gt;{sales} notas de venta y devoluciones, {moves} movimientos de stock.&lt;br&gt;&lt;small&gt;{path}&lt;/small&gt;</source>
            <translation>&lt;b&gt;Most recent backup: {date}&lt;/b&gt;&lt;br&gt;{sales} receipts and refunds, {moves} stock movements.&lt;br&gt;&lt;small&gt;{path}&lt;/small&gt;</translation>
        </message>
        <message>
            <source>No se encontró ninguna copia de seguridad en buen estado junto a la base de datos.</source>
            <translation>No backup in good condition was found next to the database.</translation>
        </message>
        <message>
            <source>Abrir otro archivo…</source>
            <translation>Open another file…</translation>
        </message>
        <message>
            <source>Salir</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Abrir una base de datos o una copia</source>
            <translation>Open a database or a backup</translation>
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <source>Devolución de la venta %1</source>
            <translation>Refund of sale %1</translation>
        </message>
        <message>
            <source>Devolver productos de la venta %1</source>
            <translation>Refund products from sale %1</translation>
        </message>
        <message>
            <source>Vendida el %1 · total %2</source>
            <translation>Sold on %1 · total %2</translation>
        </message>
        <message>
            <source>Devolver todo</source>
            <translation>Refund all</translation>
        </message>
        <message>
            <source>¿Cómo se devuelve el dinero?</source>
            <translation>How is the money returned?</translation>
        </message>
        <message>
            <source>Efectivo</source>
            <translation>Cash</translation>
        </message>
        <message>
            <source>Yape</source>
            <translation>Yape</translation>
        </message>
        <message>
            <source>Plin</source>
            <translation>Plin</translation>
        </message>
        <message>
            <source>Tarjeta</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>Transferencia</source>
            <translation>Bank transfer</translation>
        </message>
        <message>
            <source>N.º de operación</source>
            <translation>Transaction no.</translation>
        </message>
        <message>
            <source>Motivo (obligatorio)</source>
            <translation>Reason (required)</translation>
        </message>
        <message>
            <source>Toque un motivo o escríbalo</source>
            <translation>Tap a reason or type it</translation>
        </message>
        <message>
            <source>Producto con falla</source>
            <translation>Faulty product</translation>
        </message>
        <message>
            <source>Cambio por otro producto</source>
            <translation>Exchange for another product</translation>
        </message>
        <message>
            <source>Al cliente no le gustó</source>
            <translation>The customer didn't like it</translation>
        </message>
        <message>
            <source>Error al cobrar</source>
            <translation>Charging error</translation>
        </message>
        <message>
            <source>Cancelar (Esc)</source>
            <translation>Cancel (Esc)</translation>
        </message>
        <message>
            <source>Devolver</source>
            <translation>Refund</translation>
        </message>
        <message>
            <source>Elija cuántas unidades vuelven.</source>
            <translation>Choose how many units come back.</translation>
        </message>
        <message>
            <source>Devolver %1</source>
            <translation>Refund %1</translation>
        </message>
        <message>
            <source>Se devuelven %1 en efectivo</source>
            <translation>%1 goes back in cash</translation>
        </message>
        <message>
            <source>Se devuelven %1 por Yape</source>
            <translation>%1 goes back by Yape</translation>
        </message>
        <message>
            <source>Se devuelven %1 por Plin</source>
            <translation>%1 goes back by Plin</translation>
        </message>
        <message>
            <source>Se devuelven %1 a la tarjeta</source>
            <translation>%1 goes back to the card</translation>
        </message>
        <message>
            <source>Se devuelven %1 por transferencia</source>
            <translation>%1 goes back by transfer</translation>
        </message>
        <message>
            <source>(redondeo %1)</source>
            <translation>(rounding %1)</translation>
        </message>
        <message>
            <source>la devolución no se guardó</source>
            <translation>the refund was not saved</translation>
        </message>
    </context>
    <context>
        <name>ReportsScreen</name>
        <message>
            <source>Reportes</source>
            <translation>Reports</translation>
        </message>
        <message>
            <source>Hoy</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Esta semana</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>Este mes</source>
            <translation>This month</translation>
        </message>
        <message>
            <source>Este año</source>
            <translation>This year</translation>
        </message>
        <message>
            <source>Personalizado</source>
            <translation>Custom</translation>
        </message>
        <message>
            <source>Exportar XLSX</source>
            <translation>Export XLSX</translation>
        </message>
        <message>
            <source>CSV</source>
            <translation>CSV</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Todas las tablas del periodo en una hoja de cálculo</source>
            <translation>All the period's tables in one spreadsheet</translation>
        </message>
        <message>
            <source>La tabla abierta, en CSV</source>
            <translation>The open table, as CSV</translation>
        </message>
        <message>
            <source>El informe del periodo con gráficos, en PDF</source>
            <translation>The period's report with charts, as PDF</translation>
        </message>
        <message>
            <source>del</source>
            <translation>from</translation>
        </message>
        <message>
            <source>al</source>
            <translation>to</translation>
        </message>
        <message>
            <source>Informe anual</source>
            <translation>Annual report</translation>
        </message>
        <message>
            <source>El informe de impacto del año para los financiadores, en PDF</source>
            <translation>The year's impact report for the funders, as PDF</translation>
        </message>
        <message>
            <source>Exportar todo (ZIP)</source>
            <translation>Export all (ZIP)</translation>
        </message>
        <message>
            <source>Catálogo…</source>
            <translation>Catalogue…</translation>
        </message>
        <message>
            <source>Catálogo con fotos, lista para tiendas aliadas, tarjetas para Instagram y el feed de Meta</source>
            <translation>Photo catalogue, partner shops list, Instagram cards and the Meta feed</translation>
        </message>
        <message>
            <source>Todas las tablas de la base de datos en archivos CSV, para la contadora</source>
            <translation>All the database tables as CSV files, for the accountant</translation>
        </message>
        <message>
            <source>Año</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Resumen</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Por día</source>
            <translation>By day</translation>
        </message>
        <message>
            <source>Productos</source>
            <translation>Products</translation>
        </message>
        <message>
            <source>Categorías</source>
            <translation>Categories</translation>
        </message>
        <message>
            <source>Artesanas</source>
            <translation>Makers</translation>
        </message>
        <message>
            <source>Ubicaciones</source>
            <translation>Locations</translation>
        </message>
        <message>
            <source>Medios de pago</source>
            <translation>Payment methods</translation>
        </message>
        <message>
            <source>Vendedoras</source>
            <translation>Sellers</translation>
        </message>
        <message>
            <source>Más vendidos</source>
            <translation>Best sellers</translation>
        </message>
        <message>
            <source>Menos vendidos</source>
            <translation>Worst sellers</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Stock</translation>
        </message>
        <message>
            <source>Concepto</source>
            <translation>Figure</translation>
        </message>
        <message>
            <source>Cantidad</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Importe</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Porcentaje</source>
            <translation>Percentage</translation>
        </message>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Mes</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Ventas</source>
            <translation>Sales</translation>
        </message>
        <message>
            <source>Unidades</source>
            <translation>Units</translation>
        </message>
        <message>
            <source>Bruto</source>
            <translation>Gross</translation>
        </message>
        <message>
            <source>Descuentos</source>
            <translation>Discounts</translation>
        </message>
        <message>
            <source>Devoluciones</source>
            <translation>Refunds</translation>
        </message>
        <message>
            <source>Neto</source>
            <translation>Net</translation>
        </message>
        <message>
            <source>Producto</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Categoría</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Artesana</source>
            <translation>Maker</translation>
        </message>
        <message>
            <source>Ubicación</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Vendedora</source>
            <translation>Seller</translation>
        </message>
        <message>
            <source>Medio de pago</source>
            <translation>Payment method</translation>
        </message>
        <message>
            <source>Cobrado</source>
            <translation>Charged</translation>
        </message>
        <message>
            <source>Devuelto</source>
            <translation>Refunded</translation>
        </message>
        <message>
            <source>En stock</source>
            <translation>In stock</translation>
        </message>
        <message>
            <source>Valor a precio de venta</source>
            <translation>Value at sale price</translation>
        </message>
        <message>
            <source>Vendidas sin stock</source>
            <translation>Sold w/o stock</translation>
        </message>
        <message>
            <source>Importes en soles (S/).</source>
            <translation>Amounts in soles (S/).</translation>
        </message>
        <message>
            <source>Guardado en {path}</source>
            <translation>Saved in {path}</translation>
        </message>
        <message>
            <source>Guardar hoja de cálculo</source>
            <translation>Save spreadsheet</translation>
        </message>
        <message>
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Guardar CSV</source>
            <translation>Save CSV</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>No se pudo guardar: {error}</source>
            <translation>Could not save: {error}</translation>
        </message>
        <message>
            <source>Guardar informe en PDF</source>
            <translation>Save report as PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Preparando el informe del periodo…</source>
            <translation>Preparing the period's report…</translation>
        </message>
        <message>
            <source>Guardar informe anual</source>
            <translation>Save annual report</translation>
        </message>
        <message>
            <source>Preparando el informe anual {year}…</source>
            <translation>Preparing the {year} annual report…</translation>
        </message>
        <message>
            <source>Guardar todos los datos</source>
            <translation>Save all the data</translation>
        </message>
        <message>
            <source>ZIP (*.zip)</source>
            <translation>ZIP (*.zip)</translation>
        </message>
        <message>
            <source>Exportando todos los datos…</source>
            <translation>Exporting all the data…</translation>
        </message>
        <message>
            <source>Espere: hay otro trabajo en curso.</source>
            <translation>Please wait: another job is running.</translation>
        </message>
        <message>
            <source>Cancelado: no se guardó nada.</source>
            <translation>Cancelled: nothing was saved.</translation>
        </message>
    </context>
    <context>
        <name>SaleDonePanel</name>
        <message>
            <source>Nota de venta:</source>
            <translation>Receipt:</translation>
        </message>
        <message>
            <source>Imprimir (F5)</source>
            <translation>Print (F5)</translation>
        </message>
        <message>
            <source>PDF (F6)</source>
            <translation>PDF (F6)</translation>
        </message>
        <message>
            <source>Sin nota (Esc)</source>
            <translation>No receipt (Esc)</translation>
        </message>
        <message>
            <source>Escanee el siguiente producto para empezar otra venta.</source>
            <translation>Scan the next item to start another sale.</translation>
        </message>
        <message>
            <source>Venta {number} registrada</source>
            <translation>Sale {number} recorded</translation>
        </message>
        <message>
            <source>Vuelto {amount}</source>
            <translation>Change {amount}</translation>
        </message>
        <message>
            <source>Sin vuelto</source>
            <translation>No change</translation>
        </message>
        <message>
            <source>Cobrado {total} · recibido {tendered}</source>
            <translation>Charged {total} · received {tendered}</translation>
        </message>
        <message>
            <source>Imprimiendo la nota…</source>
            <translation>Printing the receipt…</translation>
        </message>
        <message>
            <source>Nota impresa.</source>
            <translation>Receipt printed.</translation>
        </message>
        <message>
            <source>No se imprimió la nota {number}: {reason}. La venta está guardada: Imprimir (F5) lo intenta otra vez, o reimprímala luego desde Historial.</source>
            <translation>Receipt {number} was not printed: {reason}. The sale is saved: Print (F5) tries again, or reprint it later from History.</translation>
        </message>
        <message>
            <source>No se pudo entregar la nota: {error}</source>
            <translation>The receipt could not be delivered: {error}</translation>
        </message>
        <message>
            <source>Imprimir otra (F5)</source>
            <translation>Print another (F5)</translation>
        </message>
    </context>
    <context>
        <name>SaleScreen</name>
        <message>
            <source>Escanee o busque… (F2)</source>
            <translation>Scan or search… (F2)</translation>
        </message>
        <message>
            <source>Última nota (Ctrl+P)</source>
            <translation>Last receipt (Ctrl+P)</translation>
        </message>
        <message>
            <source>Deshacer (Ctrl+Z)</source>
            <translation>Undo (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Escanee un código o toque un producto.</source>
            <translation>Scan a code or tap a product.</translation>
        </message>
        <message>
            <source>Caja cerrada: se le pedirá abrirla al cobrar.</source>
            <translation>Till closed: you will be asked to open it when charging.</translation>
        </message>
        <message>
            <source>{n} productos coinciden con «{text}»: toque el que desea.</source>
            <translation>{n} products match “{text}”: tap the one you want.</translation>
        </message>
        <message>
            <source>Ningún producto coincide con «{text}».</source>
            <translation>No product matches “{text}”.</translation>
        </message>
        <message>
            <source>Código no encontrado: {code}</source>
            <translation>Code not found: {code}</translation>
        </message>
        <message>
            <source>Se quitó {name}. Para volver a ponerlo: Deshacer (Ctrl+Z).</source>
            <translation>{name} removed. To put it back: Undo (Ctrl+Z).</translation>
        </message>
        <message>
            <source>Volvió a la venta: {name}.</source>
            <translation>Back in the sale: {name}.</translation>
        </message>
        <message>
            <source>Vaciar la venta</source>
            <translation>Clear the sale</translation>
        </message>
        <message>
            <source>¿Quitar los {n} artículos de esta venta?</source>
            <translation>Remove the {n} items from this sale?</translation>
        </message>
        <message>
            <source>Sí, vaciar</source>
            <translation>Yes, clear</translation>
        </message>
        <message>
            <source>Venta vaciada.</source>
            <translation>Sale cleared.</translation>
        </message>
        <message>
            <source>Venta de {total} recuperada.</source>
            <translation>Sale of {total} resumed.</translation>
        </message>
        <message>
            <source>Agregue productos antes de cobrar.</source>
            <translation>Add products before charging.</translation>
        </message>
        <message>
            <source>Para cobrar, la caja debe estar abierta: cuente el fondo.</source>
            <translation>To take payment the till must be open: count the float.</translation>
        </message>
        <message>
            <source>Caja cerrada: no se puede cobrar sin abrirla.</source>
            <translation>Till closed: you cannot charge without opening it.</translation>
        </message>
        <message>
            <source>Venta {number} registrada — vuelto {change}</source>
            <translation>Sale {number} recorded — change {change}</translation>
        </message>
        <message>
            <source>Venta {number} registrada</source>
            <translation>Sale {number} recorded</translation>
        </message>
        <message>
            <source>No se pudo reimprimir: {error}</source>
            <translation>Could not reprint: {error}</translation>
        </message>
    </context>
    <context>
        <name>ServerTab</name>
        <message>
            <source>P&amp;ublicar esta tienda en el servidor</source>
            <translation>P&amp;ublish this shop to the server</translation>
        </message>
        <message>
            <source>&amp;Dirección del servidor</source>
            <translation>Server &amp;address</translation>
        </message>
        <message>
            <source>&amp;Probar la conexión</source>
            <translation>&amp;Test the connection</translation>
        </message>
        <message>
            <source>&amp;Unirse como caja nueva</source>
            <translation>&amp;Join as a new till</translation>
        </message>
        <message>
            <source>Publicar copia esta tienda, con todas sus ventas, a un servidor vacío, y esta caja pasa a ser su primera caja. Las otras cajas se unen al servidor al instalarlas, en su primera pantalla: «Unirse a una tienda con servidor».</source>
            <translation>Publishing copies this shop, with all its sales, to an empty server, and this till becomes its first till. The other tills join the server when they are installed, on their first screen: “Join a shop that has a server”.</translation>
        </message>
        <message>
            <source>Quien instaló el servidor de la tienda le da esta dirección; pruébela antes.</source>
            <translation>Whoever set up the shop server gives you this address; test it first.</translation>
        </message>
        <message>
            <source>&amp;Código de esta caja</source>
            <translation>This till's &amp;code</translation>
        </message>
        <message>
            <source>Un código nuevo, por ejemplo F001 para la feria. La caja trae del servidor los productos, las artesanas, las personas y sus PIN, y vende con su propia serie.</source>
            <translation>A new code, for example F001 for the fair. The till brings the products, the makers, the people and their PINs from the server, and sells with its own series.</translation>
        </message>
        <message>
            <source>Esta caja es nueva: únala al servidor de su tienda.</source>
            <translation>This till is new: join it to its shop's server.</translation>
        </message>
        <message>
            <source>Esta caja trabaja sola: no tiene servidor de tienda.</source>
            <translation>This till works on its own: it has no shop server.</translation>
        </message>
        <message>
            <source>Esta caja es la caja {till} de la tienda del servidor {server}. {status}.</source>
            <translation>This till is till {till} of the shop on the server {server}. {status}.</translation>
        </message>
        <message>
            <source>Escriba la dirección del servidor.</source>
            <translation>Type the server's address.</translation>
        </message>
        <message>
            <source>Probando la conexión con el servidor…</source>
            <translation>Testing the connection to the server…</translation>
        </message>
        <message>
            <source>Publicar la tienda</source>
            <translation>Publish the shop</translation>
        </message>
        <message>
            <source>¿Copiar esta tienda, con todas sus ventas, al servidor {server}? Solo se hace una vez, en un servidor vacío.</source>
            <translation>Copy this shop, with all its sales, to the server {server}? This is done only once, on an empty server.</translation>
        </message>
        <message>
            <source>Copiando la tienda al servidor…</source>
            <translation>Copying the shop to the server…</translation>
        </message>
        <message>
            <source>Listo: la tienda está en el servidor ({sales} notas copiadas). Esta caja es la caja {till}; desde ahora envía sus ventas al servidor sola.</source>
            <translation>Done: the shop is on the server ({sales} receipts copied). This till is till {till}; from now on it sends its sales to the server by itself.</translation>
        </message>
        <message>
            <source>Escriba el código de esta caja, por ejemplo F001.</source>
            <translation>Type this till's code, for example F001.</translation>
        </message>
        <message>
            <source>Trayendo la tienda del servidor…</source>
            <translation>Bringing the shop from the server…</translation>
        </message>
        <message>
            <source>Unirse a la tienda</source>
            <translation>Join the shop</translation>
        </message>
        <message>
            <source>Listo: esta caja es la caja {till} de la tienda, con sus {items} artículos y {users} personas. Sus notas salen con la serie {series}.</source>
            <translation>Done: this till is till {till} of the shop, with its {items} items and {users} people. Its receipts use the series {series}.</translation>
        </message>
        <message>
            <source>Servidor de la tienda</source>
            <translation>Shop server</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Ajustes</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Ajustes de la tienda y de esta caja</source>
            <translation>Shop and till settings</translation>
        </message>
        <message>
            <source>Tienda</source>
            <translation>Shop</translation>
        </message>
        <message>
            <source>Nota de venta</source>
            <translation>Receipt</translation>
        </message>
        <message>
            <source>Dinero</source>
            <translation>Money</translation>
        </message>
        <message>
            <source>Esta caja</source>
            <translation>This till</translation>
        </message>
        <message>
            <source>Catálogo</source>
            <translation>Catalogue</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Guardar los ajustes</source>
            <translation>Save the settings</translation>
        </message>
        <message>
            <source>Impresora</source>
            <translation>Printer</translation>
        </message>
        <message>
            <source>Servidor</source>
            <translation>Server</translation>
        </message>
        <message>
            <source>Cambiar los ajustes</source>
            <translation>Change the settings</translation>
        </message>
        <message>
            <source>Puede mirar los ajustes. Para guardar cambios se pedirá el PIN de una coordinadora.</source>
            <translation>You can look at the settings. To save changes, a coordinator's PIN will be asked for.</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Mama Killa — primera configuración</source>
            <translation>Mama Killa — first setup</translation>
        </message>
        <message>
            <source>¡Bienvenida a la caja de Mama Killa!</source>
            <translation>Welcome to the Mama Killa till!</translation>
        </message>
        <message>
            <source>Escriba los datos de la tienda. Salen en cada nota de venta y se pueden cambiar después. Luego registrará a la primera coordinadora.</source>
            <translation>Type the shop details. They appear on every receipt and can be changed later. Next you will register the first coordinator.</translation>
        </message>
        <message>
            <source>Cada caja tiene su serie: las notas salen B001-000001, B001-000002…</source>
            <translation>Each till has its own series: receipts are numbered B001-000001, B001-000002…</translation>
        </message>
        <message>
            <source>Nombre de la tienda</source>
            <translation>Shop name</translation>
        </message>
        <message>
            <source>Dirección</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Serie de esta caja</source>
            <translation>This till's series</translation>
        </message>
        <message>
            <source>Abrir la tienda de demostración</source>
            <translation>Open the demo shop</translation>
        </message>
        <message>
            <source>Unirse a una tienda con servidor…</source>
            <translation>Join a shop that has a server…</translation>
        </message>
        <message>
            <source>Guardar y empezar</source>
            <translation>Save and start</translation>
        </message>
        <message>
            <source>Escriba el nombre de la tienda.</source>
            <translation>Type the shop name.</translation>
        </message>
        <message>
            <source>La tienda de demostración no está disponible en esta versión.</source>
            <translation>The demo shop is not available in this version.</translation>
        </message>
    </context>
    <context>
        <name>SharesScreen</name>
        <message>
            <source>Participaciones</source>
            <translation>Shares</translation>
        </message>
        <message>
            <source>Pagar a artesanas…</source>
            <translation>Pay makers…</translation>
        </message>
        <message>
            <source>Artesana</source>
            <translation>Maker</translation>
        </message>
        <message>
            <source>Generado</source>
            <translation>Earned</translation>
        </message>
        <message>
            <source>Devuelto</source>
            <translation>Refunded</translation>
        </message>
        <message>
            <source>Pagado</source>
            <translation>Paid</translation>
        </message>
        <message>
            <source>Saldo del periodo</source>
            <translation>Period balance</translation>
        </message>
        <message>
            <source>Por pagar hoy</source>
            <translation>Due today</translation>
        </message>
        <message>
            <source>Elija una artesana para ver de dónde sale cada importe; doble clic para pagarle.</source>
            <translation>Choose a maker to see where each amount comes from; double-click to pay her.</translation>
        </message>
        <message>
            <source>Saldo del periodo: lo que aún no se pagó de lo generado en estas fechas. Por pagar hoy: todo lo pendiente hasta hoy, sea de la fecha que sea.</source>
            <translation>Period balance: what is still unpaid of what was earned in these dates. Due today: everything pending up to today, whatever its date.</translation>
        </message>
        <message>
            <source>{name} (inactiva)</source>
            <translation>{name} (inactive)</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Elija una artesana para ver sus movimientos</source>
            <translation>Choose a maker to see her movements</translation>
        </message>
        <message>
            <source>{name}: 1 movimiento del {start} al {end}</source>
            <translation>{name}: 1 movement from {start} to {end}</translation>
        </message>
        <message>
            <source>{name}: {count} movimientos del {start} al {end}</source>
            <translation>{name}: {count} movements from {start} to {end}</translation>
        </message>
    </context>
    <context>
        <name>ShopTab</name>
        <message>
            <source>sin RUC</source>
            <translation>no RUC</translation>
        </message>
        <message>
            <source>Nombre de la tienda</source>
            <translation>Shop name</translation>
        </message>
        <message>
            <source>Dirección</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>RUC</source>
            <translation>RUC</translation>
        </message>
        <message>
            <source>11 números. Déjelo vacío si la tienda no tiene RUC.</source>
            <translation>11 digits. Leave it empty if the shop has no RUC.</translation>
        </message>
        <message>
            <source>Enlace del catálogo</source>
            <translation>Catalogue link</translation>
        </message>
        <message>
            <source>Sale como código QR en cada nota de venta. Vacío: sin QR.</source>
            <translation>Printed as a QR code on every receipt. Empty: no QR.</translation>
        </message>
        <message>
            <source>Escriba el nombre de la tienda.</source>
            <translation>Type the shop name.</translation>
        </message>
        <message>
            <source>El RUC tiene 11 números; este tiene %1.</source>
            <translation>The RUC has 11 digits; this one has %1.</translation>
        </message>
        <message>
            <source>El RUC no es válido: revise los 11 números.</source>
            <translation>The RUC is not valid: check the 11 digits.</translation>
        </message>
        <message>
            <source>El enlace del catálogo empieza con https:// (o déjelo vacío).</source>
            <translation>The catalogue link starts with https:// (or leave it empty).</translation>
        </message>
    </context>
    <context>
        <name>ShortPinDialog</name>
        <message>
            <source>Elija un PIN nuevo</source>
            <translation>Choose a new PIN</translation>
        </message>
        <message>
            <source>%1, su PIN es corto. Ahora el PIN de una coordinadora tiene %2, para que nadie pueda adivinarlo. Elija uno nuevo y escríbalo dos veces. Desde hoy entra con el PIN nuevo.</source>
            <translation>%1, your PIN is short. A coordinator's PIN now has %2, so that nobody can guess it. Choose a new one and type it twice. From today you come in with the new PIN.</translation>
        </message>
        <message>
            <source>Guardar y entrar</source>
            <translation>Save and come in</translation>
        </message>
    </context>
    <context>
        <name>StockScreen</name>
        <message>
            <source>Solo alertas</source>
            <translation>Alerts only</translation>
        </message>
        <message>
            <source>Solo artículos con stock negativo o con pocas unidades</source>
            <translation>Only items with negative stock or few units</translation>
        </message>
        <message>
            <source>Producción</source>
            <translation>Production</translation>
        </message>
        <message>
            <source>Trasladar</source>
            <translation>Transfer</translation>
        </message>
        <message>
            <source>Una lista de traslado: escanee o elija muchos artículos a la vez</source>
            <translation>A transfer list: scan or pick many items at once</translation>
        </message>
        <message>
            <source>Volver de feria</source>
            <translation>Back from a fair</translation>
        </message>
        <message>
            <source>Traer de vuelta lo que queda en una feria: qué salió, qué se vendió</source>
            <translation>Bring back what is left at a fair: what went out, what was sold</translation>
        </message>
        <message>
            <source>Ajustar</source>
            <translation>Adjust</translation>
        </message>
        <message>
            <source>Conteo</source>
            <translation>Count</translation>
        </message>
        <message>
            <source>Movimientos</source>
            <translation>Movements</translation>
        </message>
        <message>
            <source>Etiquetas</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Todas las artesanas</source>
            <translation>All makers</translation>
        </message>
        <message>
            <source>Todas las categorías</source>
            <translation>All categories</translation>
        </message>
        <message>
            <source>Todas las ubicaciones</source>
            <translation>All locations</translation>
        </message>
        <message>
            <source>Total: &lt;b&gt;{units}&lt;/b&gt;</source>
            <translation>Total: &lt;b&gt;{units}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Conteo guardado: {n} artículo corregido.</source>
            <translation>Count saved: {n} item corrected.</translation>
        </message>
        <message>
            <source>Conteo guardado: {n} artículos corregidos.</source>
            <translation>Count saved: {n} items corrected.</translation>
        </message>
        <message>
            <source>{count} con stock negativo</source>
            <translation>{count} with negative stock</translation>
        </message>
        <message>
            <source>{count} con pocas unidades</source>
            <translation>{count} with few units</translation>
        </message>
        <message>
            <source>Elija primero un artículo de la tabla.</source>
            <translation>First choose an item in the table.</translation>
        </message>
        <message>
            <source>Producción registrada: {count} × {product} en {place}.</source>
            <translation>Production recorded: {count} × {product} in {place}.</translation>
        </message>
        <message>
            <source>{n} unidad trasladada de {source} a {target}.</source>
            <translation>{n} unit moved from {source} to {target}.</translation>
        </message>
        <message>
            <source>{n} unidades trasladadas de {source} a {target}.</source>
            <translation>{n} units moved from {source} to {target}.</translation>
        </message>
        <message>
            <source>{n} unidad volvió de {source} a {target}.</source>
            <translation>{n} unit came back from {source} to {target}.</translation>
        </message>
        <message>
            <source>{n} unidades volvieron de {source} a {target}.</source>
            <translation>{n} units came back from {source} to {target}.</translation>
        </message>
        <message>
            <source>Ninguna feria tiene productos para traer de vuelta.</source>
            <translation>No fair holds products to bring back.</translation>
        </message>
        <message>
            <source>Buscar…</source>
            <translation>Search…</translation>
        </message>
        <message>
            <source>Buscar por código, producto o artesana</source>
            <translation>Search by code, product or maker</translation>
        </message>
        <message>
            <source>{n} artículo</source>
            <translation>{n} item</translation>
        </message>
        <message>
            <source>{n} artículos</source>
            <translation>{n} items</translation>
        </message>
        <message>
            <source>¿De qué feria vuelven los productos?</source>
            <translation>Which fair are the products coming back from?</translation>
        </message>
        <message>
            <source>Ajuste guardado: {change:+d} {product} en {place}.</source>
            <translation>Adjustment saved: {change:+d} {product} in {place}.</translation>
        </message>
        <message>
            <source>Conteo guardado: todo coincide.</source>
            <translation>Count saved: everything matches.</translation>
        </message>
    </context>
    <context>
        <name>StocktakeDialog</name>
        <message>
            <source>Conteo de inventario</source>
            <translation>Stock count</translation>
        </message>
        <message>
            <source>Conteo completo</source>
            <translation>Full count</translation>
        </message>
        <message>
            <source>Conteo parcial</source>
            <translation>Partial count</translation>
        </message>
        <message>
            <source>Se cuenta todo lo que hay en la ubicación. Lo que no se cuente queda en 0 (antes de guardar se muestra la lista).</source>
            <translation>Everything at the place is counted. Whatever is not counted goes to 0 (the list is shown before saving).</translation>
        </message>
        <message>
            <source>Se cuentan solo algunos artículos. Lo que no se escanee no cambia.</source>
            <translation>Only some items are counted. Whatever is not scanned does not change.</translation>
        </message>
        <message>
            <source>¿Qué conteo va a hacer?</source>
            <translation>Which count are you doing?</translation>
        </message>
        <message>
            <source>Escanee cada etiqueta (o escriba el código y Enter)</source>
            <translation>Scan each tag (or type the code and Enter)</translation>
        </message>
        <message>
            <source>Código</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Producto</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Sistema</source>
            <translation>System</translation>
        </message>
        <message>
            <source>Contado</source>
            <translation>Counted</translation>
        </message>
        <message>
            <source>Diferencia</source>
            <translation>Difference</translation>
        </message>
        <message>
            <source>{product} ({code}): {units} → 0</source>
            <translation>{product} ({code}): {units} → 0</translation>
        </message>
        <message>
            <source>Este artículo no se contó (o se contó 0) y quedará en 0 en {place}:</source>
            <translation>This item was not counted (or counted 0) and will go to 0 at {place}:</translation>
        </message>
        <message>
            <source>Estos {n} artículos no se contaron (o se contaron 0) y quedarán en 0 en {place}:</source>
            <translation>These {n} items were not counted (or counted 0) and will go to 0 at {place}:</translation>
        </message>
        <message>
            <source>Quedarán en 0</source>
            <translation>They will go to 0</translation>
        </message>
        <message>
            <source>Sí, dejarlos en 0</source>
            <translation>Yes, set them to 0</translation>
        </message>
        <message>
            <source>Confirmar conteo</source>
            <translation>Confirm count</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Ubicación</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Conteo completo: {place}</source>
            <translation>Full count: {place}</translation>
        </message>
        <message>
            <source>Conteo parcial: {place}</source>
            <translation>Partial count: {place}</translation>
        </message>
        <message>
            <source>sin contar</source>
            <translation>not counted</translation>
        </message>
        <message>
            <source>{product} ({code}): {count} contados</source>
            <translation>{product} ({code}): {count} counted</translation>
        </message>
        <message>
            <source>→ 0</source>
            <translation>→ 0</translation>
        </message>
        <message>
            <source>Escanee la primera etiqueta.</source>
            <translation>Scan the first tag.</translation>
        </message>
        <message>
            <source>Faltan {missing} y sobran {surplus} unidades según el sistema.</source>
            <translation>{missing} units missing and {surplus} extra compared with the system.</translation>
        </message>
        <message>
            <source>El conteo coincide con el sistema.</source>
            <translation>The count matches the system.</translation>
        </message>
    </context>
    <context>
        <name>SyncIndicator</name>
        <message>
            <source>Servidor de la tienda: {server} · esta caja: {till}</source>
            <translation>Shop server: {server} · this till: {till}</translation>
        </message>
    </context>
    <context>
        <name>SyncScreen</name>
        <message>
            <source>Cajas y servidor de la tienda</source>
            <translation>The shop's tills and server</translation>
        </message>
        <message>
            <source>Caja</source>
            <translation>Till</translation>
        </message>
        <message>
            <source>Última sincronización</source>
            <translation>Last sync</translation>
        </message>
        <message>
            <source>Sin sincronizar</source>
            <translation>Not synced</translation>
        </message>
        <message>
            <source>Problema</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Cuándo</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Cómo</source>
            <translation>How</translation>
        </message>
        <message>
            <source>Documentos</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Días</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>&amp;Sincronizar ahora</source>
            <translation>&amp;Sync now</translation>
        </message>
        <message>
            <source>&amp;Actualizar</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>&amp;Exportar ventas para el servidor…</source>
            <translation>&amp;Export sales for the server…</translation>
        </message>
        <message>
            <source>&amp;Importar ventas de una caja…</source>
            <translation>&amp;Import sales from a till…</translation>
        </message>
        <message>
            <source>Cada caja, según el servidor</source>
            <translation>Each till, as the server sees it</translation>
        </message>
        <message>
            <source>Lo que llegó al servidor en cada sincronización</source>
            <translation>What reached the server at each sync</translation>
        </message>
        <message>
            <source>Esta tienda no tiene servidor: todo se vende en esta caja.</source>
            <translation>This shop has no server: everything is sold on this till.</translation>
        </message>
        <message>
            <source>Leyendo el servidor de la tienda…</source>
            <translation>Reading the shop server…</translation>
        </message>
        <message>
            <source>Esta computadora es el servidor de la tienda.</source>
            <translation>This computer is the shop server.</translation>
        </message>
        <message>
            <source>Esta caja ({till}): {status}.</source>
            <translation>This till ({till}): {status}.</translation>
        </message>
        <message>
            <source>Servidor de la tienda: {server}.</source>
            <translation>Shop server: {server}.</translation>
        </message>
        <message>
            <source>No se pudo leer el servidor de la tienda: {reason}.</source>
            <translation>The shop server could not be read: {reason}.</translation>
        </message>
        <message>
            <source>por archivo (USB)</source>
            <translation>by file (USB)</translation>
        </message>
        <message>
            <source>por la red</source>
            <translation>over the network</translation>
        </message>
        <message>
            <source>Sincronizando…</source>
            <translation>Syncing…</translation>
        </message>
        <message>
            <source>Exportar ventas para el servidor</source>
            <translation>Export sales for the server</translation>
        </message>
        <message>
            <source>Ventas de una caja (*.sync)</source>
            <translation>Sales of a till (*.sync)</translation>
        </message>
        <message>
            <source>Escribiendo el archivo…</source>
            <translation>Writing the file…</translation>
        </message>
        <message>
            <source>Listo: {documents} de la caja {till} en el archivo. Llévelo a la computadora del servidor e impórtelo allí en «Cajas y servidor».</source>
            <translation>Done: {documents} of till {till} in the file. Take it to the server's computer and import it there in “Tills and server”.</translation>
        </message>
        <message>
            <source>{n} documento</source>
            <translation>{n} document</translation>
        </message>
        <message>
            <source>{n} documentos</source>
            <translation>{n} documents</translation>
        </message>
        <message>
            <source>Importar ventas de una caja</source>
            <translation>Import sales from a till</translation>
        </message>
        <message>
            <source>Ventas de una caja (*.sync);;Todos (*)</source>
            <translation>Sales of a till (*.sync);;All (*)</translation>
        </message>
        <message>
            <source>Tomando las ventas de la caja…</source>
            <translation>Taking in the till's sales…</translation>
        </message>
        <message>
            <source>Listo: de la caja {till} llegaron {documents} ({days}).</source>
            <translation>Done: from till {till} came {documents} ({days}).</translation>
        </message>
        <message>
            <source>Ese archivo ya estaba en el servidor: no cambió nada.</source>
            <translation>That file was already on the server: nothing changed.</translation>
        </message>
        <message>
            <source>Cajas y servidor</source>
            <translation>Tills and server</translation>
        </message>
    </context>
    <context>
        <name>TagsDialog</name>
        <message>
            <source>Imprimir etiquetas</source>
            <translation>Print tags</translation>
        </message>
        <message>
            <source>Etiquetas para colgar</source>
            <translation>Hang tags</translation>
        </message>
        <message>
            <source>Empezar en la etiqueta (para hojas ya usadas):</source>
            <translation>Start at tag (for sheets already used):</translation>
        </message>
        <message>
            <source>Dibujar el borde de cada etiqueta (para recortar en papel común)</source>
            <translation>Draw the border of each tag (to cut out on plain paper)</translation>
        </message>
        <message>
            <source>Ver e imprimir</source>
            <translation>View and print</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Papel:</source>
            <translation>Paper:</translation>
        </message>
        <message>
            <source>{n} etiqueta</source>
            <translation>{n} tag</translation>
        </message>
        <message>
            <source>{n} etiquetas</source>
            <translation>{n} tags</translation>
        </message>
        <message>
            <source>{labels} del rollo</source>
            <translation>{labels} from the roll</translation>
        </message>
        <message>
            <source>{labels} en {sheets}, desde la etiqueta {start}</source>
            <translation>{labels} on {sheets}, from label {start}</translation>
        </message>
        <message>
            <source>{n} hoja</source>
            <translation>{n} sheet</translation>
        </message>
        <message>
            <source>{n} hojas</source>
            <translation>{n} sheets</translation>
        </message>
        <message>
            <source>Etiquetas</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>No hay una impresora elegida en Ajustes: guarde el PDF e imprímalo desde el archivo.</source>
            <translation>No printer is chosen in Settings: save the PDF and print it from the file.</translation>
        </message>
    </context>
    <context>
        <name>TillTab</name>
        <message>
            <source>Esta caja</source>
            <translation>This till</translation>
        </message>
        <message>
            <source>Cada caja de la tienda tiene su propio código, su serie, su lugar y su turno de caja.</source>
            <translation>Each till of the shop has its own code, series, place and cash session.</translation>
        </message>
        <message>
            <source>Serie de esta caja</source>
            <translation>This till's series</translation>
        </message>
        <message>
            <source>Las notas de esta caja salen con su serie: %1-000001, %1-000002… Otra caja usa otra.</source>
            <translation>This till's receipts carry its series: %1-000001, %1-000002… Another till uses another one.</translation>
        </message>
        <message>
            <source>Vende desde</source>
            <translation>Sells from</translation>
        </message>
        <message>
            <source>Las ventas de esta caja descuentan la mercadería de este lugar.</source>
            <translation>This till's sales take the goods from this place.</translation>
        </message>
        <message>
            <source>Bloquear la caja sin uso tras</source>
            <translation>Lock the idle till after</translation>
        </message>
        <message>
            <source>Después, cada una vuelve a entrar con su PIN.</source>
            <translation>Then each person logs in again with her PIN.</translation>
        </message>
        <message>
            <source>Carpeta de copias</source>
            <translation>Backup folder</translation>
        </message>
        <message>
            <source>Cada día se guarda aquí una copia de seguridad. Por defecto: la carpeta «copias» junto a los datos.</source>
            <translation>A backup is saved here every day. Default: the “copias” folder next to the data.</translation>
        </message>
        <message>
            <source>Idioma</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>El idioma cambia la próxima vez que se abre el programa.</source>
            <translation>The language changes the next time the program is opened.</translation>
        </message>
        <message>
            <source>Nunca</source>
            <translation>Never</translation>
        </message>
        <message>
            <source>%1 minutos</source>
            <translation>%1 minutes</translation>
        </message>
        <message>
            <source>1 minuto</source>
            <translation>1 minute</translation>
        </message>
        <message>
            <source>Junto a los datos</source>
            <translation>Next to the data</translation>
        </message>
        <message>
            <source>Elegir…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Por defecto</source>
            <translation>Default</translation>
        </message>
        <message>
            <source>Ninguna todavía: abra el programa con --till y el código de la caja.</source>
            <translation>None yet: open the program with --till and the till's code.</translation>
        </message>
        <message>
            <source>Caja %1</source>
            <translation>Till %1</translation>
        </message>
        <message>
            <source>Carpeta de las copias de seguridad</source>
            <translation>Backup folder</translation>
        </message>
    </context>
    <context>
        <name>TransferListDialog</name>
        <message>
            <source>Retorno de feria</source>
            <translation>Return from a fair</translation>
        </message>
        <message>
            <source>Lista de traslado</source>
            <translation>Transfer list</translation>
        </message>
        <message>
            <source>Escanee cada etiqueta, o escriba código o nombre y Enter</source>
            <translation>Scan each tag, or type a code or a name and Enter</translation>
        </message>
        <message>
            <source>Código</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Producto</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Hecho por</source>
            <translation>Made by</translation>
        </message>
        <message>
            <source>Salió</source>
            <translation>Went out</translation>
        </message>
        <message>
            <source>Vendido</source>
            <translation>Sold</translation>
        </message>
        <message>
            <source>Hay allí</source>
            <translation>There now</translation>
        </message>
        <message>
            <source>Hay en origen</source>
            <translation>At origin</translation>
        </message>
        <message>
            <source>Cantidad</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Nota (opcional): feria del domingo…</source>
            <translation>Note (optional): Sunday fair…</translation>
        </message>
        <message>
            <source>Quitar línea</source>
            <translation>Remove line</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Retorno de feria: {place}</source>
            <translation>Return from the fair: {place}</translation>
        </message>
        <message>
            <source>Desde</source>
            <translation>From</translation>
        </message>
        <message>
            <source>Hacia</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Lo que queda en la feria según el sistema. Cambie la cantidad de lo que de verdad volvió.</source>
            <translation>What is left at the fair according to the system. Change the quantity to what really came back.</translation>
        </message>
        <message>
            <source>En esta ubicación no queda nada que traer de vuelta.</source>
            <translation>Nothing is left at this place to bring back.</translation>
        </message>
        <message>
            <source>{product} ({code}): {units} en la lista</source>
            <translation>{product} ({code}): {units} on the list</translation>
        </message>
        <message>
            <source>Hay {count} productos con «{text}»: elija uno de la lista.</source>
            <translation>{count} products match “{text}”: choose one from the list.</translation>
        </message>
        <message>
            <source>Quitado de la lista: {product}.</source>
            <translation>Removed from the list: {product}.</translation>
        </message>
        <message>
            <source>Taller</source>
            <translation>Workshop</translation>
        </message>
        <message>
            <source>Más de lo que hay en origen</source>
            <translation>More than there is at the origin</translation>
        </message>
        <message>
            <source>Unidades: {units} · Artículos: {items}</source>
            <translation>Units: {units} · Items: {items}</translation>
        </message>
        <message>
            <source>{n} línea en rojo pide más de lo que hay en {place}: hará falta el PIN de una coordinadora.</source>
            <translation>{n} line in red asks for more than there is at {place}: a coordinator's PIN will be needed.</translation>
        </message>
        <message>
            <source>{n} líneas en rojo piden más de lo que hay en {place}: hará falta el PIN de una coordinadora.</source>
            <translation>{n} lines in red ask for more than there is at {place}: a coordinator's PIN will be needed.</translation>
        </message>
        <message>
            <source>La lista está vacía: escanee la primera etiqueta.</source>
            <translation>The list is empty: scan the first tag.</translation>
        </message>
        <message>
            <source>Traer {units} a {place}</source>
            <translation>Bring {units} back to {place}</translation>
        </message>
        <message>
            <source>Trasladar {units} a {place}</source>
            <translation>Move {units} to {place}</translation>
        </message>
        <message>
            <source>Escriba la cantidad de {product}, o quite la línea.</source>
            <translation>Type the quantity of {product}, or remove the line.</translation>
        </message>
        <message>
            <source>{product}: {units} (hay {held})</source>
            <translation>{product}: {units} (there are {held})</translation>
        </message>
        <message>
            <source>Lista de traslado {number}</source>
            <translation>Transfer list {number}</translation>
        </message>
        <message>
            <source>No hay una impresora elegida en Ajustes: guarde el PDF e imprímalo desde el archivo.</source>
            <translation>No printer is chosen in Settings: save the PDF and print it from the file.</translation>
        </message>
    </context>
    <context>
        <name>UsersScreen</name>
        <message>
            <source>Usuarias de la caja</source>
            <translation>Till users</translation>
        </message>
        <message>
            <source>Cada persona entra con su propio PIN. Las coordinadoras aprueban lo que necesita permiso.</source>
            <translation>Each person logs in with her own PIN. Coordinators approve whatever needs permission.</translation>
        </message>
        <message>
            <source>Agregar usuaria</source>
            <translation>Add user</translation>
        </message>
        <message>
            <source>Darle un PIN nuevo</source>
            <translation>Give her a new PIN</translation>
        </message>
        <message>
            <source>Desactivar</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <source>Cambiar mi PIN</source>
            <translation>Change my PIN</translation>
        </message>
        <message>
            <source>Registrar a %1</source>
            <translation>Register %1</translation>
        </message>
        <message>
            <source>%1 ya puede entrar con su PIN.</source>
            <translation>%1 can now log in with her PIN.</translation>
        </message>
        <message>
            <source>PIN nuevo para %1</source>
            <translation>New PIN for %1</translation>
        </message>
        <message>
            <source>%1 tiene un PIN nuevo.</source>
            <translation>%1 has a new PIN.</translation>
        </message>
        <message>
            <source>Activar a %1</source>
            <translation>Activate %1</translation>
        </message>
        <message>
            <source>Desactivar a %1</source>
            <translation>Deactivate %1</translation>
        </message>
        <message>
            <source>%1 puede volver a entrar.</source>
            <translation>%1 can log in again.</translation>
        </message>
        <message>
            <source>%1 ya no puede entrar a la caja.</source>
            <translation>%1 can no longer log in to the till.</translation>
        </message>
        <message>
            <source>Entre con su nombre y PIN para cambiar su PIN.</source>
            <translation>Log in with your name and PIN to change your PIN.</translation>
        </message>
        <message>
            <source>Su PIN fue cambiado.</source>
            <translation>Your PIN was changed.</translation>
        </message>
        <message>
            <source>Activar</source>
            <translation>Activate</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>Cancelar</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Trabajando…</source>
            <translation>Working…</translation>
        </message>
        <message>
            <source>Cancelando…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <source>No se pudo terminar: {error}</source>
            <translation>Could not finish: {error}</translation>
        </message>
    </context>
    <context>
        <name>_FormDialog</name>
        <message>
            <source>Cancelar</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Guardar</source>
            <translation>Save</translation>
        </message>
    </context>
    <context>
        <name>_LineRow</name>
        <message>
            <source>Vendidas: %1 × %2</source>
            <translation>Sold: %1 × %2</translation>
        </message>
        <message>
            <source>hecho por %1</source>
            <translation>made by %1</translation>
        </message>
        <message>
            <source>ya devueltas: %1</source>
            <translation>already refunded: %1</translation>
        </message>
        <message>
            <source>de %1</source>
            <translation>of %1</translation>
        </message>
        <message>
            <source>ya devuelto todo</source>
            <translation>all refunded already</translation>
        </message>
    </context>
</TS>
