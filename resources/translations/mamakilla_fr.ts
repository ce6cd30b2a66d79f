<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="es">
    <context>
        <name />
        <message>
            <source>PIN equivocado (queda 1 intento)</source>
            <translation>PIN incorrect (il reste 1 essai)</translation>
        </message>
        <message>
            <source>PIN equivocado (quedan {n} intentos)</source>
            <translation>PIN incorrect (il reste {n} essais)</translation>
        </message>
        <message>
            <source>PIN equivocado cinco veces: {name} queda bloqueada {minutes} minutos</source>
            <translation>PIN incorrect cinq fois : {name} est bloquée {minutes} minutes</translation>
        </message>
        <message>
            <source>{name} está bloqueada hasta las {time} por PIN equivocado</source>
            <translation>{name} est bloquée jusqu'à {time} après des PIN incorrects</translation>
        </message>
        <message>
            <source>Devolución: {product} (nota {sale})</source>
            <translation>Remboursement : {product} (ticket {sale})</translation>
        </message>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Nota</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <source>Código</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Número</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <source>DEVOLUCIÓN</source>
            <translation>REMBOURSEMENT</translation>
        </message>
        <message>
            <source>hecho por %1</source>
            <translation>fait par %1</translation>
        </message>
        <message>
            <source>Producto</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Importe</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Devueltas</source>
            <translation>Remb.</translation>
        </message>
        <message>
            <source>Categoría</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Precio</source>
            <translation>Prix</translation>
        </message>
        <message>
            <source>Artesanas</source>
            <translation>Artisanes</translation>
        </message>
        <message>
            <source>Cantidad</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <source>Ubicación</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>pendiente</source>
            <translation>en attente</translation>
        </message>
        <message>
            <source>Céntimos que quedan en su saldo (pago en monedas)</source>
            <translation>Centimes laissés sur son solde (payé en pièces)</translation>
        </message>
        <message>
            <source>Céntimos de su pago anterior</source>
            <translation>Centimes de son paiement précédent</translation>
        </message>
        <message>
            <source>Cant.</source>
            <translation>Qté</translation>
        </message>
        <message>
            <source>Venta neta</source>
            <translation>Vente nette</translation>
        </message>
        <message>
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <source>Participación</source>
            <translation>Part</translation>
        </message>
        <message>
            <source>Pago</source>
            <translation>Paiement</translation>
        </message>
        <message>
            <source>Cancelar (Esc)</source>
            <translation>Annuler (Échap)</translation>
        </message>
        <message>
            <source>Pago del stand de la feria</source>
            <translation>Paiement du stand de foire</translation>
        </message>
        <message>
            <source>Compra de sencillo</source>
            <translation>Achat de monnaie</translation>
        </message>
        <message>
            <source>Almuerzo</source>
            <translation>Déjeuner</translation>
        </message>
        <message>
            <source>Pago a artesana</source>
            <translation>Paiement à une artisane</translation>
        </message>
        <message>
            <source>Otro</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>Sencillo para dar vuelto</source>
            <translation>Monnaie pour rendre</translation>
        </message>
        <message>
            <source>Más fondo de caja</source>
            <translation>Plus de fond de caisse</translation>
        </message>
        <message>
            <source>Devolución de un adelanto</source>
            <translation>Remboursement d'une avance</translation>
        </message>
        <message>
            <source>no hay una impresora elegida en Ajustes</source>
            <translation>aucune imprimante choisie dans Réglages</translation>
        </message>
        <message>
            <source>No se imprimió: {reason}. Tampoco se pudo guardar: {error}</source>
            <translation>Non imprimé : {reason}. Enregistrement impossible aussi : {error}</translation>
        </message>
        <message>
            <source>No se imprimió: {reason}.
Se guardó el PDF en:
{path}</source>
            <translation>Non imprimé : {reason}.
PDF enregistré dans :
{path}</translation>
        </message>
        <message>
            <source>Encargo {number}</source>
            <translation>Commande {number}</translation>
        </message>
        <message>
            <source>Orden de trabajo {number}</source>
            <translation>Bon de travail {number}</translation>
        </message>
        <message>
            <source>Caja</source>
            <translation>Caisse</translation>
        </message>
        <message>
            <source>Cierre de caja {till}</source>
            <translation>Clôture de caisse {till}</translation>
        </message>
        <message>
            <source>Informe X — caja {till}</source>
            <translation>Rapport X — caisse {till}</translation>
        </message>
        <message>
            <source>Abrir la caja</source>
            <translation>Ouvrir la caisse</translation>
        </message>
        <message>
            <source>La caja ya está abierta.</source>
            <translation>La caisse est déjà ouverte.</translation>
        </message>
        <message>
            <source>Cerrar la caja</source>
            <translation>Clôturer la caisse</translation>
        </message>
        <message>
            <source>Copia de seguridad</source>
            <translation>Sauvegarde</translation>
        </message>
        <message>
            <source>La caja se cerró, pero no se pudo hacer la copia de seguridad: {error}</source>
            <translation>La caisse est clôturée, mais la sauvegarde a échoué : {error}</translation>
        </message>
        <message>
            <source>Entrada</source>
            <translation>Entrée</translation>
        </message>
        <message>
            <source>Salida</source>
            <translation>Sortie</translation>
        </message>
        <message>
            <source>Hora</source>
            <translation>Heure</translation>
        </message>
        <message>
            <source>Tipo</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Monto</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Motivo</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Usuario</source>
            <translation>Utilisatrice</translation>
        </message>
        <message>
            <source>Imágenes (*.png *.jpg *.jpeg *.webp *.bmp)</source>
            <translation>Images (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
        </message>
        <message>
            <source>imagen arrastrada</source>
            <translation>image glissée</translation>
        </message>
        <message>
            <source>Elegir foto</source>
            <translation>Choisir une photo</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Presupuesto</source>
            <translation>Devis</translation>
        </message>
        <message>
            <source>Confirmado</source>
            <translation>Confirmée</translation>
        </message>
        <message>
            <source>En confección</source>
            <translation>En fabrication</translation>
        </message>
        <message>
            <source>Listo</source>
            <translation>Prête</translation>
        </message>
        <message>
            <source>Entregado</source>
            <translation>Livrée</translation>
        </message>
        <message>
            <source>Anulado</source>
            <translation>Annulée</translation>
        </message>
        <message>
            <source>Efectivo</source>
            <translation>Espèces</translation>
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
            <translation>Carte</translation>
        </message>
        <message>
            <source>Transferencia</source>
            <translation>Virement</translation>
        </message>
        <message>
            <source>Anticipo</source>
            <translation>Acompte</translation>
        </message>
        <message>
            <source>{names} y {last}</source>
            <translation>{names} et {last}</translation>
        </message>
        <message>
            <source>Coordinadora</source>
            <translation>Coordinatrice</translation>
        </message>
        <message>
            <source>Vendedora</source>
            <translation>Vendeuse</translation>
        </message>
        <message>
            <source>Agotado</source>
            <translation>Épuisé</translation>
        </message>
        <message>
            <source>la impresora {printer} falló ({error})</source>
            <translation>l'imprimante {printer} a échoué ({error})</translation>
        </message>
        <message>
            <source>No se imprimió la nota {name}: {reason}. Tampoco se pudo guardar: {error}</source>
            <translation>Ticket {name} non imprimé : {reason}. Enregistrement impossible aussi : {error}</translation>
        </message>
        <message>
            <source>No se imprimió la nota {name}: {reason}.
Se guardó el PDF en:
{path}</source>
            <translation>Ticket {name} non imprimé : {reason}.
PDF enregistré dans :
{path}</translation>
        </message>
        <message>
            <source>Nota de venta</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <source>Nota {number}</source>
            <translation>Ticket {number}</translation>
        </message>
        <message>
            <source>No se imprimió la nota {name}: {reason}. Está guardada: reimprímala desde Historial.</source>
            <translation>La note {name} n'a pas été imprimée : {reason}. Elle est enregistrée : réimprimez-la depuis l'Historique.</translation>
        </message>
        <message>
            <source>Nota impresa en {printer}.</source>
            <translation>Ticket imprimé sur {printer}.</translation>
        </message>
        <message>
            <source>No se pudo guardar el PDF: {error}</source>
            <translation>Le PDF n'a pas pu être enregistré : {error}</translation>
        </message>
        <message>
            <source>PDF guardado en:
{path}</source>
            <translation>PDF enregistré dans :
{path}</translation>
        </message>
        <message>
            <source>Nota {number} (COPIA)</source>
            <translation>Ticket {number} (COPIE)</translation>
        </message>
        <message>
            <source>Todavía no hay ninguna nota en esta caja.</source>
            <translation>Aucun ticket dans cette caisse pour l'instant.</translation>
        </message>
        <message>
            <source>Dañado</source>
            <translation>Abîmé</translation>
        </message>
        <message>
            <source>Regalo</source>
            <translation>Cadeau</translation>
        </message>
        <message>
            <source>Perdido</source>
            <translation>Perdu</translation>
        </message>
        <message>
            <source>Muestra</source>
            <translation>Échantillon</translation>
        </message>
        <message>
            <source>Encontrado</source>
            <translation>Retrouvé</translation>
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
            <translation>Vente</translation>
        </message>
        <message>
            <source>Devolución</source>
            <translation>Remboursement</translation>
        </message>
        <message>
            <source>Traslado: sale</source>
            <translation>Transfert : sortie</translation>
        </message>
        <message>
            <source>Traslado: entra</source>
            <translation>Transfert : entrée</translation>
        </message>
        <message>
            <source>Ajuste</source>
            <translation>Ajustement</translation>
        </message>
        <message>
            <source>Conteo</source>
            <translation>Comptage</translation>
        </message>
        <message>
            <source>Venta en tienda aliada</source>
            <translation>Vente en boutique partenaire</translation>
        </message>
        <message>
            <source>hacer devoluciones</source>
            <translation>faire des remboursements</translation>
        </message>
        <message>
            <source>dar descuentos mayores al límite</source>
            <translation>accorder des remises au-delà de la limite</translation>
        </message>
        <message>
            <source>cambiar precios</source>
            <translation>changer les prix</translation>
        </message>
        <message>
            <source>sacar o poner dinero en la caja</source>
            <translation>retirer ou ajouter de l'argent dans la caisse</translation>
        </message>
        <message>
            <source>pagar a las artesanas</source>
            <translation>payer les artisanes</translation>
        </message>
        <message>
            <source>ajustar el stock</source>
            <translation>ajuster le stock</translation>
        </message>
        <message>
            <source>trasladar mercadería entre ubicaciones</source>
            <translation>transférer des articles entre emplacements</translation>
        </message>
        <message>
            <source>registrar la producción</source>
            <translation>enregistrer la production</translation>
        </message>
        <message>
            <source>editar artesanas y productos</source>
            <translation>modifier artisanes et produits</translation>
        </message>
        <message>
            <source>cambiar los ajustes</source>
            <translation>modifier les réglages</translation>
        </message>
        <message>
            <source>cerrar la caja de otra persona</source>
            <translation>clôturer la caisse d'une autre personne</translation>
        </message>
        <message>
            <source>administrar usuarios</source>
            <translation>gérer les utilisatrices</translation>
        </message>
        <message>
            <source>abrir el cajón sin una venta</source>
            <translation>ouvrir le tiroir sans vente</translation>
        </message>
        <message>
            <source>anular un encargo</source>
            <translation>annuler une commande</translation>
        </message>
        <message>
            <source>Taller</source>
            <translation>Atelier</translation>
        </message>
        <message>
            <source>Feria</source>
            <translation>Foire</translation>
        </message>
        <message>
            <source>Tienda aliada</source>
            <translation>Boutique partenaire</translation>
        </message>
        <message>
            <source>Productos</source>
            <translation>Produits</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Stock</translation>
        </message>
        <message>
            <source>Ubicaciones</source>
            <translation>Emplacements</translation>
        </message>
        <message>
            <source>Tiendas aliadas</source>
            <translation>Boutiques partenaires</translation>
        </message>
        <message>
            <source>Encargos</source>
            <translation>Commandes</translation>
        </message>
        <message>
            <source>Participaciones</source>
            <translation>Parts</translation>
        </message>
        <message>
            <source>Pagos a artesanas</source>
            <translation>Paiements aux artisanes</translation>
        </message>
        <message>
            <source>Reportes</source>
            <translation>Rapports</translation>
        </message>
        <message>
            <source>Usuarias</source>
            <translation>Utilisatrices</translation>
        </message>
        <message>
            <source>Diario</source>
            <translation>Journal</translation>
        </message>
        <message>
            <source>Cajas y servidor</source>
            <translation>Caisses et serveur</translation>
        </message>
        <message>
            <source>no hay ninguna impresora instalada</source>
            <translation>aucune imprimante installée</translation>
        </message>
        <message>
            <source>Imprimir constancia</source>
            <translation>Imprimer le reçu</translation>
        </message>
        <message>
            <source>Impresora (A4 o A5, no la de tickets):</source>
            <translation>Imprimante (A4 ou A5, pas celle des tickets) :</translation>
        </message>
        <message>
            <source>Constancia {number}</source>
            <translation>Reçu {number}</translation>
        </message>
        <message>
            <source>No se imprimió la constancia {number}: {reason}. Tampoco se pudo guardar: {error}</source>
            <translation>Reçu {number} non imprimé : {reason}. Enregistrement impossible aussi : {error}</translation>
        </message>
        <message>
            <source>No se imprimió la constancia {number}: {reason}.
Se guardó el PDF en:
{path}</source>
            <translation>Reçu {number} non imprimé : {reason}.
PDF enregistré dans :
{path}</translation>
        </message>
        <message>
            <source>Constancia de pago {number} (copia)</source>
            <translation>Reçu de paiement {number} (copie)</translation>
        </message>
        <message>
            <source>Constancia de pago {number}</source>
            <translation>Reçu de paiement {number}</translation>
        </message>
        <message>
            <source>Ene</source>
            <translation>Janv</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>Févr</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>Mars</translation>
        </message>
        <message>
            <source>Abr</source>
            <translation>Avr</translation>
        </message>
        <message>
            <source>May</source>
            <translation>Mai</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>Juin</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>Juil</translation>
        </message>
        <message>
            <source>Ago</source>
            <translation>Août</translation>
        </message>
        <message>
            <source>Set</source>
            <translation>Sept</translation>
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
            <translation>Déc</translation>
        </message>
        <message>
            <source>escriba el precio como número, por ejemplo 45 o 45.50</source>
            <translation>saisissez le prix en chiffres, par exemple 45 ou 45.50</translation>
        </message>
        <message>
            <source>La base de datos está dañada</source>
            <translation>La base de données est endommagée</translation>
        </message>
        <message>
            <source>Este archivo no es de Mama Killa POS</source>
            <translation>Ce fichier n'est pas de Mama Killa POS</translation>
        </message>
        <message>
            <source>La base de datos es de una versión más nueva</source>
            <translation>La base de données vient d'une version plus récente</translation>
        </message>
        <message>
            <source>el archivo está vacío</source>
            <translation>le fichier est vide</translation>
        </message>
        <message>
            <source>el archivo no es una base de datos (su contenido está dañado o es de otro tipo)</source>
            <translation>le fichier n'est pas une base de données (son contenu est endommagé ou d'un autre type)</translation>
        </message>
        <message>
            <source>el archivo está incompleto</source>
            <translation>le fichier est incomplet</translation>
        </message>
        <message>
            <source>el archivo está incompleto: se cortó al escribirlo (¿disco lleno o memoria retirada?)</source>
            <translation>le fichier est incomplet : l'écriture a été interrompue (disque plein ou clé retirée ?)</translation>
        </message>
        <message>
            <source>el archivo es una base de datos de otro programa, no de Mama Killa POS</source>
            <translation>le fichier est une base de données d'un autre programme, pas de Mama Killa POS</translation>
        </message>
        <message>
            <source>la base de datos es de una versión más nueva de la aplicación: actualice el programa</source>
            <translation>la base de données vient d'une version plus récente de l'application : mettez le programme à jour</translation>
        </message>
        <message>
            <source>la base de datos está dañada</source>
            <translation>la base de données est endommagée</translation>
        </message>
        <message>
            <source>Resumen</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Por día</source>
            <translation>Par jour</translation>
        </message>
        <message>
            <source>Por mes</source>
            <translation>Par mois</translation>
        </message>
        <message>
            <source>Por producto</source>
            <translation>Par produit</translation>
        </message>
        <message>
            <source>Por categoría</source>
            <translation>Par catégorie</translation>
        </message>
        <message>
            <source>Por artesana</source>
            <translation>Par artisane</translation>
        </message>
        <message>
            <source>Por ubicación</source>
            <translation>Par emplacement</translation>
        </message>
        <message>
            <source>Por vendedora</source>
            <translation>Par vendeuse</translation>
        </message>
        <message>
            <source>Por método de pago</source>
            <translation>Par moyen de paiement</translation>
        </message>
        <message>
            <source>Más vendidos</source>
            <translation>Meilleures ventes</translation>
        </message>
        <message>
            <source>Menos vendidos</source>
            <translation>Moins vendus</translation>
        </message>
        <message>
            <source>Stock a precio de venta</source>
            <translation>Stock au prix de vente</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>(sin usuaria)</source>
            <translation>(sans utilisatrice)</translation>
        </message>
        <message>
            <source>Ventas</source>
            <translation>Ventes</translation>
        </message>
        <message>
            <source>Unidades vendidas</source>
            <translation>Unités vendues</translation>
        </message>
        <message>
            <source>Bruto</source>
            <translation>Brut</translation>
        </message>
        <message>
            <source>Descuentos</source>
            <translation>Remises</translation>
        </message>
        <message>
            <source>Devoluciones</source>
            <translation>Remboursements</translation>
        </message>
        <message>
            <source>Unidades devueltas</source>
            <translation>Unités remboursées</translation>
        </message>
        <message>
            <source>Neto</source>
            <translation>Net</translation>
        </message>
        <message>
            <source>Participación de las artesanas</source>
            <translation>Part des artisanes</translation>
        </message>
        <message>
            <source>Redondeo en efectivo (a favor del cliente)</source>
            <translation>Arrondi en espèces (en faveur du client)</translation>
        </message>
        <message>
            <source>Venta promedio</source>
            <translation>Vente moyenne</translation>
        </message>
        <message>
            <source>A4, 21 etiquetas de 63,5 × 38,1 mm (3 × 7)</source>
            <translation>A4, 21 étiquettes de 63,5 × 38,1 mm (3 × 7)</translation>
        </message>
        <message>
            <source>A4, 24 etiquetas de 70 × 37 mm (3 × 8)</source>
            <translation>A4, 24 étiquettes de 70 × 37 mm (3 × 8)</translation>
        </message>
        <message>
            <source>A4, 14 etiquetas de 99,1 × 38,1 mm (2 × 7)</source>
            <translation>A4, 14 étiquettes de 99,1 × 38,1 mm (2 × 7)</translation>
        </message>
        <message>
            <source>Rollo de etiquetas de 50 × 30 mm</source>
            <translation>Rouleau d'étiquettes de 50 × 30 mm</translation>
        </message>
        <message>
            <source>Rollo de etiquetas de 60 × 40 mm</source>
            <translation>Rouleau d'étiquettes de 60 × 40 mm</translation>
        </message>
        <message>
            <source>nombre de la tienda</source>
            <translation>nom de la boutique</translation>
        </message>
        <message>
            <source>dirección</source>
            <translation>adresse</translation>
        </message>
        <message>
            <source>RUC</source>
            <translation>RUC</translation>
        </message>
        <message>
            <source>encabezado de la nota</source>
            <translation>en-tête du reçu</translation>
        </message>
        <message>
            <source>pie de la nota</source>
            <translation>pied du reçu</translation>
        </message>
        <message>
            <source>enlace del catálogo</source>
            <translation>lien du catalogue</translation>
        </message>
        <message>
            <source>teléfono de la tienda</source>
            <translation>téléphone de la boutique</translation>
        </message>
        <message>
            <source>Instagram de la tienda</source>
            <translation>Instagram de la boutique</translation>
        </message>
        <message>
            <source>dirección de las imágenes</source>
            <translation>adresse des images</translation>
        </message>
        <message>
            <source>parte de la artesana</source>
            <translation>part de l'artisane</translation>
        </message>
        <message>
            <source>redondeo en efectivo</source>
            <translation>arrondi en espèces</translation>
        </message>
        <message>
            <source>dólar del día</source>
            <translation>cours du dollar du jour</translation>
        </message>
        <message>
            <source>serie de la caja</source>
            <translation>série de la caisse</translation>
        </message>
        <message>
            <source>ubicación de esta caja</source>
            <translation>emplacement de cette caisse</translation>
        </message>
        <message>
            <source>papel de la nota</source>
            <translation>papier du reçu</translation>
        </message>
        <message>
            <source>después del pago</source>
            <translation>après le paiement</translation>
        </message>
        <message>
            <source>impresora</source>
            <translation>imprimante</translation>
        </message>
        <message>
            <source>descuento máximo sin aprobación</source>
            <translation>remise maximale sans accord</translation>
        </message>
        <message>
            <source>minutos hasta bloquear la caja</source>
            <translation>minutes avant le verrouillage de la caisse</translation>
        </message>
        <message>
            <source>carpeta de las copias</source>
            <translation>dossier des sauvegardes</translation>
        </message>
        <message>
            <source>primera configuración</source>
            <translation>première configuration</translation>
        </message>
        <message>
            <source>nombre</source>
            <translation>nom</translation>
        </message>
        <message>
            <source>categoría</source>
            <translation>catégorie</translation>
        </message>
        <message>
            <source>precio</source>
            <translation>prix</translation>
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
            <translation>en vente</translation>
        </message>
        <message>
            <source>código corto</source>
            <translation>code court</translation>
        </message>
        <message>
            <source>teléfono</source>
            <translation>téléphone</translation>
        </message>
        <message>
            <source>DNI</source>
            <translation>DNI</translation>
        </message>
        <message>
            <source>fecha de ingreso</source>
            <translation>date d'arrivée</translation>
        </message>
        <message>
            <source>la formó</source>
            <translation>formée par</translation>
        </message>
        <message>
            <source>notas</source>
            <translation>notes</translation>
        </message>
        <message>
            <source>tipo</source>
            <translation>type</translation>
        </message>
        <message>
            <source>ajustes</source>
            <translation>réglages</translation>
        </message>
        <message>
            <source>roles</source>
            <translation>rôles</translation>
        </message>
        <message>
            <source>usuarias</source>
            <translation>utilisatrices</translation>
        </message>
        <message>
            <source>ubicaciones</source>
            <translation>emplacements</translation>
        </message>
        <message>
            <source>artesanas</source>
            <translation>artisanes</translation>
        </message>
        <message>
            <source>categorías</source>
            <translation>catégories</translation>
        </message>
        <message>
            <source>productos</source>
            <translation>produits</translation>
        </message>
        <message>
            <source>artículos</source>
            <translation>articles</translation>
        </message>
        <message>
            <source>quién hizo cada artículo</source>
            <translation>qui a fait chaque article</translation>
        </message>
        <message>
            <source>cajas</source>
            <translation>caisses</translation>
        </message>
        <message>
            <source>fotos</source>
            <translation>photos</translation>
        </message>
        <message>
            <source>tiendas aliadas</source>
            <translation>boutiques partenaires</translation>
        </message>
        <message>
            <source>encargos</source>
            <translation>commandes</translation>
        </message>
        <message>
            <source>sí</source>
            <translation>oui</translation>
        </message>
        <message>
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <source>La base de datos está ocupada: {what}. Intente de nuevo en unos segundos.</source>
            <translation>La base de données est occupée : {what}. Réessayez dans quelques secondes.</translation>
        </message>
        <message>
            <source>El disco está lleno: {what}. Libere espacio en el disco e intente de nuevo.</source>
            <translation>Le disque est plein : {what}. Libérez de l'espace sur le disque et réessayez.</translation>
        </message>
        <message>
            <source>No se pudo guardar ({error}): {what}. Intente de nuevo; si vuelve a pasar, avise a la coordinadora.</source>
            <translation>Enregistrement impossible ({error}) : {what}. Réessayez ; si cela se reproduit, prévenez la coordinatrice.</translation>
        </message>
        <message>
            <source>⚠ {name}: se venden {qty} y solo hay {stock} en stock.</source>
            <translation>⚠ {name} : {qty} vendus et seulement {stock} en stock.</translation>
        </message>
        <message>
            <source>⚠ {name}: se venden {qty} y no hay en stock.</source>
            <translation>⚠ {name} : {qty} vendus et aucun en stock.</translation>
        </message>
        <message>
            <source>{qty} × {name} — {makers} — {price}</source>
            <translation>{qty} × {name} — {makers} — {price}</translation>
        </message>
        <message>
            <source>{name}: {qty} unidades</source>
            <translation>{name} : {qty} unités</translation>
        </message>
        <message>
            <source>Venta de %1</source>
            <translation>Vente de %1</translation>
        </message>
        <message>
            <source>Hasta {limit} % por línea sin aprobación; más, con el PIN de una coordinadora.</source>
            <translation>Jusqu'à {limit} % par ligne sans accord ; au-delà, avec le PIN d'une coordinatrice.</translation>
        </message>
        <message>
            <source>{name}: {percent} % de descuento; su límite es {limit} %</source>
            <translation>{name} : {percent} % de remise ; votre limite est {limit} %</translation>
        </message>
        <message>
            <source>Descuento no aplicado. {detail}.</source>
            <translation>Remise non appliquée. {detail}.</translation>
        </message>
        <message>
            <source>Sin descuento en {name}.</source>
            <translation>Pas de remise sur {name}.</translation>
        </message>
        <message>
            <source>Sin descuento a la venta.</source>
            <translation>Pas de remise sur la vente.</translation>
        </message>
        <message>
            <source>Descuento de {d} en {name}.</source>
            <translation>Remise de {d} sur {name}.</translation>
        </message>
        <message>
            <source>Descuento de {d} a toda la venta.</source>
            <translation>Remise de {d} sur toute la vente.</translation>
        </message>
        <message>
            <source>Descuento en {name}</source>
            <translation>Remise sur {name}</translation>
        </message>
        <message>
            <source>Descuento a toda la venta</source>
            <translation>Remise sur toute la vente</translation>
        </message>
        <message>
            <source>Se leyó el código {code}, pero no se agregó: primero termine o cierre esta ventana.</source>
            <translation>Le code {code} a été lu mais pas ajouté : terminez ou fermez d'abord cette fenêtre.</translation>
        </message>
        <message>
            <source>Se leyó el código {code}, pero no se agregó: primero entre con su PIN.</source>
            <translation>Le code {code} a été lu mais pas ajouté : entrez d'abord avec votre PIN.</translation>
        </message>
        <message>
            <source>No se abrió el cajón: {reason}. Lo registrado queda guardado; ábralo con su llave.</source>
            <translation>Le tiroir ne s'est pas ouvert : {reason}. Ce qui a été enregistré reste enregistré ; ouvrez-le avec sa clé.</translation>
        </message>
        <message>
            <source>Enero</source>
            <translation>Janvier</translation>
        </message>
        <message>
            <source>Febrero</source>
            <translation>Février</translation>
        </message>
        <message>
            <source>Marzo</source>
            <translation>Mars</translation>
        </message>
        <message>
            <source>Abril</source>
            <translation>Avril</translation>
        </message>
        <message>
            <source>Mayo</source>
            <translation>Mai</translation>
        </message>
        <message>
            <source>Junio</source>
            <translation>Juin</translation>
        </message>
        <message>
            <source>Julio</source>
            <translation>Juillet</translation>
        </message>
        <message>
            <source>Agosto</source>
            <translation>Août</translation>
        </message>
        <message>
            <source>Septiembre</source>
            <translation>Septembre</translation>
        </message>
        <message>
            <source>Octubre</source>
            <translation>Octobre</translation>
        </message>
        <message>
            <source>Noviembre</source>
            <translation>Novembre</translation>
        </message>
        <message>
            <source>Diciembre</source>
            <translation>Décembre</translation>
        </message>
        <message>
            <source>Encargo %1 anulado: la seña quedó como venta, nota %2.</source>
            <translation>Commande %1 annulée : l'acompte est gardé comme vente, ticket %2.</translation>
        </message>
        <message>
            <source>Encargo %1 anulado: devuelva S/ %2 a la clienta.</source>
            <translation>Commande %1 annulée : rendez S/ %2 à la cliente.</translation>
        </message>
        <message>
            <source>Encargo %1 anulado.</source>
            <translation>Commande %1 annulée.</translation>
        </message>
        <message>
            <source>%1 números</source>
            <translation>%1 chiffres</translation>
        </message>
        <message>
            <source>%1 a %2 números</source>
            <translation>%1 à %2 chiffres</translation>
        </message>
        <message>
            <source>El PIN debe tener %1.</source>
            <translation>Le PIN doit avoir %1.</translation>
        </message>
        <message>
            <source>nunca</source>
            <translation>jamais</translation>
        </message>
        <message>
            <source>Todo sincronizado</source>
            <translation>Tout est synchronisé</translation>
        </message>
        <message>
            <source>{n} sin sincronizar</source>
            <translation>{n} à synchroniser</translation>
        </message>
        <message>
            <source>{waiting} · última vez {when}</source>
            <translation>{waiting} · dernière fois {when}</translation>
        </message>
        <message>
            <source>Sin conexión con el servidor de la tienda. Puede seguir vendiendo: las ventas quedan guardadas en esta caja y se envían solas cuando vuelva la conexión.</source>
            <translation>Pas de connexion avec le serveur de la boutique. Vous pouvez continuer à vendre : les ventes restent enregistrées dans cette caisse et partent d'elles-mêmes au retour de la connexion.</translation>
        </message>
        <message>
            <source>Sin conexión con el servidor de la tienda desde las {when}. Puede seguir vendiendo: las ventas quedan guardadas en esta caja y se envían solas cuando vuelva la conexión.</source>
            <translation>Pas de connexion avec le serveur de la boutique depuis {when}. Vous pouvez continuer à vendre : les ventes restent enregistrées dans cette caisse et partent d'elles-mêmes au retour de la connexion.</translation>
        </message>
        <message>
            <source>El servidor de la tienda no aceptó lo de esta caja: {reason}. Avise a la coordinadora; puede seguir vendiendo.</source>
            <translation>Le serveur de la boutique n'a pas accepté les données de cette caisse : {reason}. Prévenez la coordinatrice ; vous pouvez continuer à vendre.</translation>
        </message>
        <message>
            <source>Inactiva</source>
            <translation>Inactive</translation>
        </message>
        <message>
            <source>Bloqueada hasta las %1</source>
            <translation>Bloquée jusqu'à %1</translation>
        </message>
        <message>
            <source>Activa</source>
            <translation>Active</translation>
        </message>
        <message>
            <source>Nombre</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Rol</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>État</translation>
        </message>
        <message>
            <source>{n} venta</source>
            <translation>{n} vente</translation>
        </message>
        <message>
            <source>{n} ventas</source>
            <translation>{n} ventes</translation>
        </message>
        <message>
            <source>{n} devolución</source>
            <translation>{n} remboursement</translation>
        </message>
        <message>
            <source>{n} devoluciones</source>
            <translation>{n} remboursements</translation>
        </message>
        <message>
            <source>{n} pago a artesanas</source>
            <translation>{n} paiement aux artisanes</translation>
        </message>
        <message>
            <source>{n} pagos a artesanas</source>
            <translation>{n} paiements aux artisanes</translation>
        </message>
        <message>
            <source>{n} ingreso de dinero</source>
            <translation>{n} entrée d'argent</translation>
        </message>
        <message>
            <source>{n} ingresos de dinero</source>
            <translation>{n} entrées d'argent</translation>
        </message>
        <message>
            <source>{n} retiro de dinero</source>
            <translation>{n} sortie d'argent</translation>
        </message>
        <message>
            <source>{n} retiros de dinero</source>
            <translation>{n} sorties d'argent</translation>
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
            <translation>{n} ajustement de stock</translation>
        </message>
        <message>
            <source>{n} ajustes de stock</source>
            <translation>{n} ajustements de stock</translation>
        </message>
        <message>
            <source>{n} inventario</source>
            <translation>{n} inventaire</translation>
        </message>
        <message>
            <source>{n} inventarios</source>
            <translation>{n} inventaires</translation>
        </message>
        <message>
            <source>{n} traslado</source>
            <translation>{n} transfert</translation>
        </message>
        <message>
            <source>{n} traslados</source>
            <translation>{n} transferts</translation>
        </message>
        <message>
            <source>{n} apertura de caja</source>
            <translation>{n} ouverture de caisse</translation>
        </message>
        <message>
            <source>{n} aperturas de caja</source>
            <translation>{n} ouvertures de caisse</translation>
        </message>
        <message>
            <source>{n} cierre de caja</source>
            <translation>{n} clôture de caisse</translation>
        </message>
        <message>
            <source>{n} cierres de caja</source>
            <translation>{n} clôtures de caisse</translation>
        </message>
        <message>
            <source>nada nuevo</source>
            <translation>rien de nouveau</translation>
        </message>
        <message>
            <source>del {first} al {last}</source>
            <translation>du {first} au {last}</translation>
        </message>
        <message>
            <source>Huella: %1
Anterior: %2</source>
            <translation>Empreinte : %1
Précédente : %2</translation>
        </message>
        <message>
            <source>N.º</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Fecha y hora</source>
            <translation>Date et heure</translation>
        </message>
        <message>
            <source>Quién</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>Referencia</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Qué pasó</source>
            <translation>Ce qui s'est passé</translation>
        </message>
        <message>
            <source>Huella</source>
            <translation>Empreinte</translation>
        </message>
        <message>
            <source>Artesana</source>
            <translation>Artisane</translation>
        </message>
        <message>
            <source>Movimientos</source>
            <translation>Mouvements</translation>
        </message>
        <message>
            <source>A pagar</source>
            <translation>À payer</translation>
        </message>
        <message>
            <source>N.º de operación</source>
            <translation>N° d'opération</translation>
        </message>
        <message>
            <source>no hace falta</source>
            <translation>pas nécessaire</translation>
        </message>
        <message>
            <source>toque para escribirlo</source>
            <translation>touchez pour le saisir</translation>
        </message>
        <message>
            <source>{name} (retirado)</source>
            <translation>{name} (retiré)</translation>
        </message>
        <message>
            <source>Hecho por</source>
            <translation>Fait par</translation>
        </message>
        <message>
            <source>Stock negativo: se vendió más de lo que el sistema tenía. Revise con un conteo.</source>
            <translation>Stock négatif : on a vendu plus que ce que le système avait. Vérifiez par un comptage.</translation>
        </message>
        <message>
            <source>Quedan pocas unidades</source>
            <translation>Il reste peu d'unités</translation>
        </message>
    </context>
    <context>
        <name>AdjustDialog</name>
        <message>
            <source>Ajustar stock</source>
            <translation>Ajuster le stock</translation>
        </message>
        <message>
            <source>Quitar unidades</source>
            <translation>Retirer des unités</translation>
        </message>
        <message>
            <source>Agregar unidades</source>
            <translation>Ajouter des unités</translation>
        </message>
        <message>
            <source>Detalle (opcional): costura rota, regalo a la madrina…</source>
            <translation>Détail (facultatif) : couture déchirée, cadeau à la marraine…</translation>
        </message>
        <message>
            <source>Guardar ajuste</source>
            <translation>Enregistrer l'ajustement</translation>
        </message>
        <message>
            <source>Cantidad</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <source>Dónde</source>
            <translation>Où</translation>
        </message>
        <message>
            <source>Motivo</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Elija el motivo del ajuste.</source>
            <translation>Choisissez le motif de l'ajustement.</translation>
        </message>
        <message>
            <source>Un producto dañado, regalado, perdido o de muestra se quita del stock.</source>
            <translation>Un produit abîmé, offert, perdu ou servant d'échantillon est retiré du stock.</translation>
        </message>
    </context>
    <context>
        <name>ApprovalDialog</name>
        <message>
            <source>Aprobación de una coordinadora</source>
            <translation>Accord d'une coordinatrice</translation>
        </message>
        <message>
            <source>Se necesita una coordinadora</source>
            <translation>Il faut une coordinatrice</translation>
        </message>
        <message>
            <source>Permiso para %1</source>
            <translation>Autorisation pour %1</translation>
        </message>
        <message>
            <source>Lo pide: %1</source>
            <translation>Demandé par : %1</translation>
        </message>
        <message>
            <source>1. Coordinadora que aprueba</source>
            <translation>1. Coordinatrice qui autorise</translation>
        </message>
        <message>
            <source>No hay ninguna coordinadora activa que pueda aprobar esto.</source>
            <translation>Aucune coordinatrice active ne peut autoriser ceci.</translation>
        </message>
        <message>
            <source>2. Su PIN</source>
            <translation>2. Son PIN</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Aprobar</source>
            <translation>Autoriser</translation>
        </message>
        <message>
            <source>Primero toque el nombre de la coordinadora.</source>
            <translation>Touchez d'abord le nom de la coordinatrice.</translation>
        </message>
        <message>
            <source>Escriba el PIN de la coordinadora: de 4 a 6 números.</source>
            <translation>Saisissez le PIN de la coordinatrice : 4 à 6 chiffres.</translation>
        </message>
    </context>
    <context>
        <name>BackupDialog</name>
        <message>
            <source>Copias de seguridad</source>
            <translation>Sauvegardes</translation>
        </message>
        <message>
            <source>Las copias se guardan en:
{folder}</source>
            <translation>Les sauvegardes sont enregistrées dans :
{folder}</translation>
        </message>
        <message>
            <source>Con PostgreSQL las copias se hacen con pg_dump (vea el README).</source>
            <translation>Avec PostgreSQL, les sauvegardes se font avec pg_dump (voir le README).</translation>
        </message>
        <message>
            <source>Hacer una copia ahora</source>
            <translation>Sauvegarder maintenant</translation>
        </message>
        <message>
            <source>Restaurar una copia…</source>
            <translation>Restaurer une sauvegarde…</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Copia guardada: {path}</source>
            <translation>Sauvegarde enregistrée : {path}</translation>
        </message>
        <message>
            <source>Elegir la copia a restaurar</source>
            <translation>Choisir la sauvegarde à restaurer</translation>
        </message>
        <message>
            <source>No se puede restaurar: {reason}</source>
            <translation>Restauration impossible : {reason}</translation>
        </message>
        <message>
            <source>Restaurar la copia</source>
            <translation>Restaurer la sauvegarde</translation>
        </message>
        <message>
            <source>¿Restaurar {name}? Tiene {sales} notas. La base de datos actual se guarda aparte, no se borra.</source>
            <translation>Restaurer {name} ? Elle contient {sales} tickets. La base de données actuelle est mise de côté, pas effacée.</translation>
        </message>
        <message>
            <source>Copia restaurada</source>
            <translation>Sauvegarde restaurée</translation>
        </message>
        <message>
            <source>Listo. La base anterior quedó en {aside}.
La aplicación se cerrará: vuelva a abrirla.</source>
            <translation>Terminé. L'ancienne base est dans {aside}.
L'application va se fermer : rouvrez-la.</translation>
        </message>
    </context>
    <context>
        <name>CameraDialog</name>
        <message>
            <source>Tomar foto con la cámara</source>
            <translation>Prendre une photo avec la caméra</translation>
        </message>
        <message>
            <source>Tomar foto</source>
            <translation>Prendre la photo</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>La cámara todavía no está lista: espere un momento.</source>
            <translation>La caméra n'est pas encore prête : patientez un instant.</translation>
        </message>
        <message>
            <source>No se pudo tomar la foto: {reason}</source>
            <translation>La photo n'a pas pu être prise : {reason}</translation>
        </message>
        <message>
            <source>La cámara no responde: {reason}</source>
            <translation>La caméra ne répond pas : {reason}</translation>
        </message>
    </context>
    <context>
        <name>CancelOrderDialog</name>
        <message>
            <source>Anular encargo %1</source>
            <translation>Annuler la commande %1</translation>
        </message>
        <message>
            <source>Anular el encargo %1 de %2</source>
            <translation>Annuler la commande %1 de %2</translation>
        </message>
        <message>
            <source>Devolver la seña a la clienta: %1</source>
            <translation>Rendre l'acompte à la cliente : %1</translation>
        </message>
        <message>
            <source>Retener la seña (S/ %1): queda como venta «seña retenida» para las artesanas</source>
            <translation>Garder l'acompte (S/ %1) : enregistré comme vente « acompte retenu » pour les artisanes</translation>
        </message>
        <message>
            <source>La clienta dejó S/ %1 de seña. ¿Qué se hace?</source>
            <translation>La cliente a laissé un acompte de S/ %1. Que fait-on ?</translation>
        </message>
        <message>
            <source>Este encargo no tiene seña.</source>
            <translation>Cette commande n'a pas d'acompte.</translation>
        </message>
        <message>
            <source>Motivo de la anulación (obligatorio)</source>
            <translation>Motif de l'annulation (obligatoire)</translation>
        </message>
        <message>
            <source>Anular encargo</source>
            <translation>Annuler la commande</translation>
        </message>
        <message>
            <source>Volver</source>
            <translation>Retour</translation>
        </message>
        <message>
            <source>Elija si se devuelve la seña o se retiene.</source>
            <translation>Choisissez si l'acompte est rendu ou gardé.</translation>
        </message>
        <message>
            <source>Escriba el motivo de la anulación.</source>
            <translation>Écrivez le motif de l'annulation.</translation>
        </message>
    </context>
    <context>
        <name>CartModel</name>
        <message>
            <source>Cant.</source>
            <translation>Qté</translation>
        </message>
        <message>
            <source>Producto</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Hecho por</source>
            <translation>Fait par</translation>
        </message>
        <message>
            <source>P. unit.</source>
            <translation>P.U.</translation>
        </message>
        <message>
            <source>Dscto.</source>
            <translation>Rem.</translation>
        </message>
        <message>
            <source>Importe</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Solo hay {stock} en stock: se vende más de lo que hay</source>
            <translation>Seulement {stock} en stock : vous vendez plus qu'il n'y en a</translation>
        </message>
        <message>
            <source>Descuento de la línea: {d}</source>
            <translation>Remise sur la ligne : {d}</translation>
        </message>
    </context>
    <context>
        <name>CartPanel</name>
        <message>
            <source>Venta actual</source>
            <translation>Panier</translation>
        </message>
        <message>
            <source>Recuperar</source>
            <translation>Reprendre</translation>
        </message>
        <message>
            <source>Aparcar</source>
            <translation>Mettre en attente</translation>
        </message>
        <message>
            <source>Vaciar</source>
            <translation>Vider</translation>
        </message>
        <message>
            <source>Cant. (F4)</source>
            <translation>Qté (F4)</translation>
        </message>
        <message>
            <source>Dscto. (F8)</source>
            <translation>Remise (F8)</translation>
        </message>
        <message>
            <source>Quitar</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Cobrar (F12)</source>
            <translation>Encaisser (F12)</translation>
        </message>
        <message>
            <source>{n} artículo</source>
            <translation>{n} article</translation>
        </message>
        <message>
            <source>{n} artículos</source>
            <translation>{n} articles</translation>
        </message>
        <message>
            <source>dscto. a la venta {amount}</source>
            <translation>remise globale {amount}</translation>
        </message>
        <message>
            <source>Recuperar ({n})</source>
            <translation>Reprendre ({n})</translation>
        </message>
        <message>
            <source>Dscto. a la venta (F9)</source>
            <translation>Remise globale (F9)</translation>
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
            <translation>Vente de {total} mise en attente. Reprenez-la avec « Reprendre ».</translation>
        </message>
    </context>
    <context>
        <name>CartTable</name>
        <message>
            <source>Escanee un código o toque un producto para empezar la venta.</source>
            <translation>Scannez un code ou touchez un produit pour commencer la vente.</translation>
        </message>
    </context>
    <context>
        <name>CashMoveDialog</name>
        <message>
            <source>Sacar dinero</source>
            <translation>Retirer de l'argent</translation>
        </message>
        <message>
            <source>Poner dinero</source>
            <translation>Ajouter de l'argent</translation>
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
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Cancelar (Esc)</source>
            <translation>Annuler (Échap)</translation>
        </message>
        <message>
            <source>Monto</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Motivo</source>
            <translation>Motif</translation>
        </message>
        <message>
            <source>Sacar dinero de la caja</source>
            <translation>Retirer de l'argent de la caisse</translation>
        </message>
        <message>
            <source>Poner dinero en la caja</source>
            <translation>Ajouter de l'argent dans la caisse</translation>
        </message>
        <message>
            <source>¿A qué artesana? (obligatorio)</source>
            <translation>Quelle artisane ? (obligatoire)</translation>
        </message>
        <message>
            <source>¿Quién lo devuelve? (obligatorio)</source>
            <translation>Qui la rembourse ? (obligatoire)</translation>
        </message>
        <message>
            <source>Escriba el motivo (obligatorio)</source>
            <translation>Saisissez le motif (obligatoire)</translation>
        </message>
        <message>
            <source>Detalle (opcional)</source>
            <translation>Détail (facultatif)</translation>
        </message>
        <message>
            <source>En la caja debería haber {amount}.</source>
            <translation>La caisse devrait contenir {amount}.</translation>
        </message>
        <message>
            <source>No se puede sacar más de lo que debería haber en la caja ({amount}).</source>
            <translation>Impossible de retirer plus que ce que la caisse devrait contenir ({amount}).</translation>
        </message>
        <message>
            <source>Sacar {amount}</source>
            <translation>Retirer {amount}</translation>
        </message>
        <message>
            <source>Poner {amount}</source>
            <translation>Ajouter {amount}</translation>
        </message>
        <message>
            <source>Escriba el monto.</source>
            <translation>Saisissez le montant.</translation>
        </message>
        <message>
            <source>Elija el motivo.</source>
            <translation>Choisissez le motif.</translation>
        </message>
    </context>
    <context>
        <name>CashScreen</name>
        <message>
            <source>Abrir la caja</source>
            <translation>Ouvrir la caisse</translation>
        </message>
        <message>
            <source>Poner dinero</source>
            <translation>Ajouter de l'argent</translation>
        </message>
        <message>
            <source>Sacar dinero</source>
            <translation>Retirer de l'argent</translation>
        </message>
        <message>
            <source>Informe X</source>
            <translation>Rapport X</translation>
        </message>
        <message>
            <source>Cerrar la caja</source>
            <translation>Clôturer la caisse</translation>
        </message>
        <message>
            <source>Último cierre (Z)</source>
            <translation>Dernière clôture (Z)</translation>
        </message>
        <message>
            <source>Las cifras hasta ahora, sin cerrar la caja</source>
            <translation>Les chiffres jusqu'à maintenant, sans clôturer la caisse</translation>
        </message>
        <message>
            <source>Abrir cajón</source>
            <translation>Ouvrir le tiroir</translation>
        </message>
        <message>
            <source>Abre el cajón sin una venta; queda registrado quién lo abrió</source>
            <translation>Ouvre le tiroir sans vente ; qui l'a ouvert est enregistré</translation>
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
            <translation>Fond de caisse</translation>
        </message>
        <message>
            <source>+ Recibido en ventas</source>
            <translation>+ Reçu des ventes</translation>
        </message>
        <message>
            <source>+ Señas de encargos</source>
            <translation>+ Acomptes sur commandes</translation>
        </message>
        <message>
            <source>+ Cobros a tiendas aliadas</source>
            <translation>+ Paiements des boutiques partenaires</translation>
        </message>
        <message>
            <source>− Vuelto entregado</source>
            <translation>− Monnaie rendue</translation>
        </message>
        <message>
            <source>− Devoluciones</source>
            <translation>− Remboursements</translation>
        </message>
        <message>
            <source>+ Entradas de dinero</source>
            <translation>+ Entrées d'argent</translation>
        </message>
        <message>
            <source>− Salidas de dinero</source>
            <translation>− Sorties d'argent</translation>
        </message>
        <message>
            <source>− Pagos a artesanas</source>
            <translation>− Paiements aux artisanes</translation>
        </message>
        <message>
            <source>= Debe haber en la caja</source>
            <translation>= Doit être en caisse</translation>
        </message>
        <message>
            <source>Contado al cerrar</source>
            <translation>Compté à la clôture</translation>
        </message>
        <message>
            <source>Diferencia</source>
            <translation>Écart</translation>
        </message>
        <message>
            <source>Entradas y salidas de dinero</source>
            <translation>Entrées et sorties d'argent</translation>
        </message>
        <message>
            <source>Todavía no se puso ni se sacó dinero.</source>
            <translation>Aucun argent ajouté ni retiré pour l'instant.</translation>
        </message>
        <message>
            <source>Caja {till} abierta</source>
            <translation>Caisse {till} ouverte</translation>
        </message>
        <message>
            <source> por {name}</source>
            <translation> par {name}</translation>
        </message>
        <message>
            <source>Desde el {day} a las {time}{who} · {location} · fondo {pen} y {usd}</source>
            <translation>Depuis le {day} à {time}{who} · {location} · fond de caisse {pen} et {usd}</translation>
        </message>
        <message>
            <source>En la caja ahora</source>
            <translation>En caisse maintenant</translation>
        </message>
        <message>
            <source>Caja cerrada</source>
            <translation>Caisse fermée</translation>
        </message>
        <message>
            <source>Abra la caja contando el fondo para empezar a vender.</source>
            <translation>Ouvrez la caisse en comptant le fond de caisse pour commencer à vendre.</translation>
        </message>
        <message>
            <source>Último cierre: {when}</source>
            <translation>Dernière clôture : {when}</translation>
        </message>
        <message>
            <source>Todavía no se cerró ninguna caja.</source>
            <translation>Aucune caisse n'a encore été clôturée.</translation>
        </message>
        <message>
            <source>{sales} ({total}), {refunds} ({refunded})</source>
            <translation>{sales} ({total}), {refunds} ({refunded})</translation>
        </message>
        <message>
            <source>{n} venta</source>
            <translation>{n} vente</translation>
        </message>
        <message>
            <source>{n} ventas</source>
            <translation>{n} ventes</translation>
        </message>
        <message>
            <source>{n} devolución</source>
            <translation>{n} remboursement</translation>
        </message>
        <message>
            <source>{n} devoluciones</source>
            <translation>{n} remboursements</translation>
        </message>
        <message>
            <source>redondeo regalado {amount}</source>
            <translation>arrondi offert {amount}</translation>
        </message>
        <message>
            <source>Nota: {note}</source>
            <translation>Note : {note}</translation>
        </message>
        <message>
            <source>Tarjeta</source>
            <translation>Carte</translation>
        </message>
        <message>
            <source>Transferencia</source>
            <translation>Virement</translation>
        </message>
        <message>
            <source>Sin pagos con Yape, Plin ni tarjeta.</source>
            <translation>Aucun paiement par Yape, Plin ou carte.</translation>
        </message>
        <message>
            <source>{n} operaciones</source>
            <translation>{n} opérations</translation>
        </message>
        <message>
            <source>{n} operación</source>
            <translation>{n} opération</translation>
        </message>
        <message>
            <source>Pagos sin efectivo (compare con el celular)</source>
            <translation>Paiements sans espèces (comparez avec le portable)</translation>
        </message>
        <message>
            <source>Abriendo el cajón…</source>
            <translation>Ouverture du tiroir…</translation>
        </message>
        <message>
            <source>Cajón abierto.</source>
            <translation>Tiroir ouvert.</translation>
        </message>
    </context>
    <context>
        <name>CatalogueDialog</name>
        <message>
            <source>Catálogo para clientes y tiendas</source>
            <translation>Catalogue pour les clients et les boutiques</translation>
        </message>
        <message>
            <source>Catálogo con fotos (PDF, 6 productos por página)</source>
            <translation>Catalogue avec photos (PDF, 6 produits par page)</translation>
        </message>
        <message>
            <source>Lista de precios para tiendas aliadas (PDF)</source>
            <translation>Liste de prix pour les boutiques partenaires (PDF)</translation>
        </message>
        <message>
            <source>Tarjetas para Instagram y WhatsApp (PNG)</source>
            <translation>Cartes pour Instagram et WhatsApp (PNG)</translation>
        </message>
        <message>
            <source>Catálogo de Meta: Instagram y Facebook (CSV)</source>
            <translation>Catalogue Meta : Instagram et Facebook (CSV)</translation>
        </message>
        <message>
            <source>También historias (1080 × 1920)</source>
            <translation>Aussi les stories (1080 × 1920)</translation>
        </message>
        <message>
            <source>Comisión de la tienda (%)</source>
            <translation>Commission de la boutique (%)</translation>
        </message>
        <message>
            <source>Categorías</source>
            <translation>Catégories</translation>
        </message>
        <message>
            <source>Productos</source>
            <translation>Produits</translation>
        </message>
        <message>
            <source>Guardar…</source>
            <translation>Enregistrer…</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Sin nada marcado: todo el catálogo que está a la venta.</source>
            <translation>Rien de coché : tout le catalogue en vente.</translation>
        </message>
        <message>
            <source>Carpeta para las tarjetas</source>
            <translation>Dossier des cartes</translation>
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
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Preparando el catálogo…</source>
            <translation>Préparation du catalogue…</translation>
        </message>
        <message>
            <source>Cancelado.</source>
            <translation>Annulé.</translation>
        </message>
        <message>
            <source>{n} tarjeta guardada en {path}</source>
            <translation>{n} carte enregistrée dans {path}</translation>
        </message>
        <message>
            <source>{n} tarjetas guardadas en {path}</source>
            <translation>{n} cartes enregistrées dans {path}</translation>
        </message>
        <message>
            <source>Guardado en {path}</source>
            <translation>Enregistré dans {path}</translation>
        </message>
    </context>
    <context>
        <name>CatalogueTab</name>
        <message>
            <source>Teléfono o WhatsApp</source>
            <translation>Téléphone ou WhatsApp</translation>
        </message>
        <message>
            <source>Instagram de la tienda</source>
            <translation>Instagram de la boutique</translation>
        </message>
        <message>
            <source>Sale como código QR en cada página del catálogo.</source>
            <translation>Imprimé en code QR sur chaque page du catalogue.</translation>
        </message>
        <message>
            <source>Dirección de las imágenes</source>
            <translation>Adresse des images</translation>
        </message>
        <message>
            <source>Donde se suben las tarjetas del catálogo a internet: el feed de Meta enlaza cada producto a su tarjeta en esta dirección.</source>
            <translation>Où les cartes du catalogue sont mises en ligne : le flux Meta relie chaque produit à sa carte à cette adresse.</translation>
        </message>
    </context>
    <context>
        <name>CloseTillDialog</name>
        <message>
            <source>Cerrar la caja {till}</source>
            <translation>Clôturer la caisse {till}</translation>
        </message>
        <message>
            <source>Abierta el {when}{who} · {sales}, {refunds} · Enter: fila siguiente</source>
            <translation>Ouverte le {when}{who} · {sales}, {refunds} · Entrée : ligne suivante</translation>
        </message>
        <message>
            <source>{n} venta</source>
            <translation>{n} vente</translation>
        </message>
        <message>
            <source>{n} ventas</source>
            <translation>{n} ventes</translation>
        </message>
        <message>
            <source>{n} devolución</source>
            <translation>{n} remboursement</translation>
        </message>
        <message>
            <source>{n} devoluciones</source>
            <translation>{n} remboursements</translation>
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
            <translation>Attendu</translation>
        </message>
        <message>
            <source>Contado</source>
            <translation>Compté</translation>
        </message>
        <message>
            <source>Diferencia</source>
            <translation>Écart</translation>
        </message>
        <message>
            <source>Yape, Plin, tarjeta y transferencias: compare con el celular</source>
            <translation>Yape, Plin, carte et virements : comparez avec le portable</translation>
        </message>
        <message>
            <source>Redondeo regalado a clientes: {amount}</source>
            <translation>Arrondi offert aux clients : {amount}</translation>
        </message>
        <message>
            <source>Ej.: se dio vuelto de más</source>
            <translation>Ex. : trop de monnaie rendue</translation>
        </message>
        <message>
            <source>Informe X</source>
            <translation>Rapport X</translation>
        </message>
        <message>
            <source>Ver e imprimir las cifras hasta ahora, sin cerrar la caja</source>
            <translation>Voir et imprimer les chiffres jusqu'à maintenant, sans clôturer la caisse</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Cerrar la caja</source>
            <translation>Clôturer la caisse</translation>
        </message>
        <message>
            <source>Soles: fondo {float} + efectivo recibido {sales} − vuelto {change} − devoluciones {refunds} + entradas {cash_in} − salidas {cash_out} − pagos a artesanas {payouts}.</source>
            <translation>Soles : fonds {float} + espèces reçues {sales} − monnaie rendue {change} − remboursements {refunds} + entrées {cash_in} − sorties {cash_out} − paiements aux artisanes {payouts}.</translation>
        </message>
        <message>
            <source>Dólares: fondo {float} + recibido {sales} + entradas {cash_in} − salidas {cash_out}. El vuelto de los pagos en dólares sale de los soles.</source>
            <translation>Dollars : fonds {float} + reçu {sales} + entrées {cash_in} − sorties {cash_out}. La monnaie des paiements en dollars sort des soles.</translation>
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
            <translation>Carte</translation>
        </message>
        <message>
            <source>Transferencia</source>
            <translation>Virement</translation>
        </message>
        <message>
            <source>Sin pagos con Yape, Plin, tarjeta ni transferencia.</source>
            <translation>Aucun paiement par Yape, Plin, carte ou virement.</translation>
        </message>
        <message>
            <source>{name}: 1 operación</source>
            <translation>{name} : 1 opération</translation>
        </message>
        <message>
            <source>{name}: {count} operaciones</source>
            <translation>{name} : {count} opérations</translation>
        </message>
        <message>
            <source>op. {reference}</source>
            <translation>op. {reference}</translation>
        </message>
        <message>
            <source>(devolución)</source>
            <translation>(remboursement)</translation>
        </message>
        <message>
            <source>cuadra</source>
            <translation>juste</translation>
        </message>
        <message>
            <source>falta {amount}</source>
            <translation>manque {amount}</translation>
        </message>
        <message>
            <source>sobra {amount}</source>
            <translation>en trop {amount}</translation>
        </message>
        <message>
            <source>Nota: ¿por qué no cuadra? (obligatoria)</source>
            <translation>Note : pourquoi ce n'est pas juste ? (obligatoire)</translation>
        </message>
        <message>
            <source>Nota (opcional)</source>
            <translation>Note (facultative)</translation>
        </message>
        <message>
            <source>El arqueo no cuadra: escriba en la nota por qué.</source>
            <translation>Le comptage n'est pas juste : expliquez pourquoi dans la note.</translation>
        </message>
        <message>
            <source>la caja no se cerró</source>
            <translation>la caisse n'a pas été fermée</translation>
        </message>
    </context>
    <context>
        <name>ConfirmPayoutDialog</name>
        <message>
            <source>Confirmar el pago</source>
            <translation>Confirmer le paiement</translation>
        </message>
        <message>
            <source>¿Pagar a {who} ({how})?</source>
            <translation>Payer {who} ({how}) ?</translation>
        </message>
        <message>
            <source>No, volver</source>
            <translation>Non, revenir</translation>
        </message>
        <message>
            <source>Sí, pagar {amount}</source>
            <translation>Oui, payer {amount}</translation>
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
            <translation>pièce</translation>
        </message>
        <message>
            <source>billete</source>
            <translation>billet</translation>
        </message>
        <message>
            <source>Cantidad de {denomination}</source>
            <translation>Nombre de {denomination}</translation>
        </message>
        <message>
            <source>Total: {amount}</source>
            <translation>Total : {amount}</translation>
        </message>
    </context>
    <context>
        <name>DiscountDialog</name>
        <message>
            <source>Descuento</source>
            <translation>Remise</translation>
        </message>
        <message>
            <source>Importe: {amount}</source>
            <translation>Montant : {amount}</translation>
        </message>
        <message>
            <source>En soles (S/)</source>
            <translation>En soles (S/)</translation>
        </message>
        <message>
            <source>En porcentaje (%)</source>
            <translation>En pourcentage (%)</translation>
        </message>
        <message>
            <source>Sin descuento</source>
            <translation>Sans remise</translation>
        </message>
        <message>
            <source>Aplicar</source>
            <translation>Appliquer</translation>
        </message>
        <message>
            <source>Escriba un número, por ejemplo 5 o 2.50</source>
            <translation>Saisissez un nombre, par exemple 5 ou 2.50</translation>
        </message>
        <message>
            <source>El descuento va de 0 a 100 %</source>
            <translation>La remise va de 0 à 100 %</translation>
        </message>
    </context>
    <context>
        <name>FirstCoordinatorPage</name>
        <message>
            <source>¿Quién coordina la caja?</source>
            <translation>Qui coordonne la caisse ?</translation>
        </message>
        <message>
            <source>Registre a la primera coordinadora. Ella aprueba devoluciones, descuentos grandes, retiros de caja y pagos, y registra a las demás compañeras con su propio PIN.</source>
            <translation>Inscrivez la première coordinatrice. Elle autorise les remboursements, les grosses remises, les retraits de caisse et les paiements, et inscrit ses autres collègues avec leur propre PIN.</translation>
        </message>
        <message>
            <source>Nombre y apellido</source>
            <translation>Prénom et nom</translation>
        </message>
        <message>
            <source>6 números. Nadie más debe conocerlo.</source>
            <translation>6 chiffres. Personne d'autre ne doit le connaître.</translation>
        </message>
        <message>
            <source>Nombre</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Repita el PIN</source>
            <translation>Répétez le PIN</translation>
        </message>
        <message>
            <source>Registrar y entrar</source>
            <translation>Inscrire et entrer</translation>
        </message>
        <message>
            <source>Escriba el nombre de la coordinadora.</source>
            <translation>Saisissez le nom de la coordinatrice.</translation>
        </message>
        <message>
            <source>Los dos PIN no son iguales. Escríbalos otra vez.</source>
            <translation>Les deux PIN ne sont pas identiques. Saisissez-les à nouveau.</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>Ayuda — guía rápida</source>
            <translation>Aide — guide rapide</translation>
        </message>
        <message>
            <source>No se encuentra la guía (%1).</source>
            <translation>Guide introuvable (%1).</translation>
        </message>
        <message>
            <source>Volver al inicio</source>
            <translation>Retour au début</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>HistoryScreen</name>
        <message>
            <source>Ventas del día</source>
            <translation>Ventes du jour</translation>
        </message>
        <message>
            <source>◀ Día anterior</source>
            <translation>◀ Jour précédent</translation>
        </message>
        <message>
            <source>Hoy</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Día siguiente ▶</source>
            <translation>Jour suivant ▶</translation>
        </message>
        <message>
            <source>DEVOLUCIÓN</source>
            <translation>REMBOURSEMENT</translation>
        </message>
        <message>
            <source>Reimprimir (COPIA)</source>
            <translation>Réimprimer (COPIE)</translation>
        </message>
        <message>
            <source>Devolver…</source>
            <translation>Rembourser…</translation>
        </message>
        <message>
            <source>Idioma de la copia</source>
            <translation>Langue de la copie</translation>
        </message>
        <message>
            <source>1 venta</source>
            <translation>1 vente</translation>
        </message>
        <message>
            <source>%1 ventas</source>
            <translation>%1 ventes</translation>
        </message>
        <message>
            <source>1 devolución</source>
            <translation>1 remboursement</translation>
        </message>
        <message>
            <source>%1 devoluciones</source>
            <translation>%1 remboursements</translation>
        </message>
        <message>
            <source>No hay ventas este día</source>
            <translation>Aucune vente ce jour-là</translation>
        </message>
        <message>
            <source>Devolución %1 registrada: entregue %2 al cliente.</source>
            <translation>Remboursement %1 enregistré : rendez %2 au client.</translation>
        </message>
        <message>
            <source>Elija una venta de la lista</source>
            <translation>Choisissez une vente dans la liste</translation>
        </message>
        <message>
            <source>devuelve la venta %1</source>
            <translation>rembourse la vente %1</translation>
        </message>
        <message>
            <source>No queda nada por devolver de esta nota</source>
            <translation>Plus rien à rembourser sur ce ticket</translation>
        </message>
        <message>
            <source>Subtotal</source>
            <translation>Sous-total</translation>
        </message>
        <message>
            <source>Descuentos</source>
            <translation>Remises</translation>
        </message>
        <message>
            <source>Total devuelto</source>
            <translation>Total remboursé</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Redondeo</source>
            <translation>Arrondi</translation>
        </message>
        <message>
            <source>A devolver</source>
            <translation>À rembourser</translation>
        </message>
        <message>
            <source>A pagar</source>
            <translation>À payer</translation>
        </message>
        <message>
            <source>Efectivo</source>
            <translation>Espèces</translation>
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
            <translation>Carte</translation>
        </message>
        <message>
            <source>Transferencia</source>
            <translation>Virement</translation>
        </message>
        <message>
            <source>{method} (op. {reference})</source>
            <translation>{method} (op. {reference})</translation>
        </message>
        <message>
            <source>Vuelto</source>
            <translation>Rendu</translation>
        </message>
    </context>
    <context>
        <name>ImportProductsDialog</name>
        <message>
            <source>Importar productos</source>
            <translation>Importer des produits</translation>
        </message>
        <message>
            <source>Una planilla CSV o Excel con las columnas code, product, category, price, makers, quantity, location. En makers: «Rosa Quispe» o «Rosa Quispe:2;Ana Huamán:1». Si una fila tiene un error no se importa nada.</source>
            <translation>Un tableau CSV ou Excel avec les colonnes code, product, category, price, makers, quantity, location. Dans makers : «Rosa Quispe» ou «Rosa Quispe:2;Ana Huamán:1». Si une ligne contient une erreur, rien n'est importé.</translation>
        </message>
        <message>
            <source>Ningún archivo elegido</source>
            <translation>Aucun fichier choisi</translation>
        </message>
        <message>
            <source>Elegir archivo…</source>
            <translation>Choisir un fichier…</translation>
        </message>
        <message>
            <source>Línea</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <source>Importar</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Importar productos desde una planilla</source>
            <translation>Importer des produits depuis un tableau</translation>
        </message>
        <message>
            <source>Elegir planilla</source>
            <translation>Choisir un tableau</translation>
        </message>
        <message>
            <source>Planillas (*.csv *.xlsx *.xlsm)</source>
            <translation>Tableaux (*.csv *.xlsx *.xlsm)</translation>
        </message>
        <message>
            <source>{count} filas. Revise y pulse «Importar».</source>
            <translation>{count} lignes. Vérifiez puis appuyez sur « Importer ».</translation>
        </message>
        <message>
            <source>Importadas {rows} filas: {created} artículos nuevos, {units} unidades producidas.</source>
            <translation>{rows} lignes importées : {created} nouveaux articles, {units} unités produites.</translation>
        </message>
    </context>
    <context>
        <name>ItemDialog</name>
        <message>
            <source>Artículo</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>Elija quién lo hizo. Si lo hicieron entre varias, ponga el peso de cada una: por ejemplo costura 2 y bordado 1. La participación se reparte según esos pesos.</source>
            <translation>Choisissez qui l'a fait. S'il a été fait à plusieurs, indiquez le poids de chacune : par exemple couture 2 et broderie 1. La part est répartie selon ces poids.</translation>
        </message>
        <message>
            <source>Artesana</source>
            <translation>Artisane</translation>
        </message>
        <message>
            <source>Peso</source>
            <translation>Poids</translation>
        </message>
        <message>
            <source>— nadie —</source>
            <translation>— personne —</translation>
        </message>
        <message>
            <source>— elija —</source>
            <translation>— choisir —</translation>
        </message>
        <message>
            <source>Todavía no hay artesanas: agregue a quien lo hizo con «+ Nueva artesana…».</source>
            <translation>Il n'y a pas encore d'artisanes : ajoutez celle qui l'a fait avec « + Nouvelle artisane… ».</translation>
        </message>
        <message>
            <source>+ Nueva artesana…</source>
            <translation>+ Nouvelle artisane…</translation>
        </message>
        <message>
            <source>vacío: se genera (MK000123)</source>
            <translation>vide : généré (MK000123)</translation>
        </message>
        <message>
            <source>Código de la etiqueta</source>
            <translation>Code de l'étiquette</translation>
        </message>
        <message>
            <source>Guardar</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Elija al menos una artesana.</source>
            <translation>Choisissez au moins une artisane.</translation>
        </message>
        <message>
            <source>Una artesana figura dos veces.</source>
            <translation>Une artisane apparaît deux fois.</translation>
        </message>
    </context>
    <context>
        <name>JoinShopDialog</name>
        <message>
            <source>Unirse a una tienda con servidor</source>
            <translation>Rejoindre une boutique qui a un serveur</translation>
        </message>
        <message>
            <source>Esta caja es de una tienda que ya tiene servidor</source>
            <translation>Cette caisse appartient à une boutique qui a déjà un serveur</translation>
        </message>
        <message>
            <source>Volver</source>
            <translation>Retour</translation>
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
            <translation>Vérifier le journal</translation>
        </message>
        <message>
            <source>Comprueba que nadie cambió, borró ni agregó registros por fuera de la aplicación</source>
            <translation>Vérifie que personne n'a modifié, effacé ou ajouté d'entrées en dehors de l'application</translation>
        </message>
        <message>
            <source>Todas las fechas</source>
            <translation>Toutes les dates</translation>
        </message>
        <message>
            <source>Buscar n.º de nota, de pago…</source>
            <translation>Chercher n° de ticket, de paiement…</translation>
        </message>
        <message>
            <source>Busca en la referencia: n.º de nota, de devolución o de pago, código</source>
            <translation>Cherche dans la référence : n° de ticket, de remboursement ou de paiement, code</translation>
        </message>
        <message>
            <source>Desde</source>
            <translation>De</translation>
        </message>
        <message>
            <source>Hasta</source>
            <translation>À</translation>
        </message>
        <message>
            <source>Toque un registro para ver todo lo que guarda.</source>
            <translation>Touchez une entrée pour voir tout son contenu.</translation>
        </message>
        <message>
            <source>Datos técnicos (huellas y todo lo guardado)</source>
            <translation>Données techniques (empreintes et tout ce qui est enregistré)</translation>
        </message>
        <message>
            <source>◀ Más recientes</source>
            <translation>◀ Plus récents</translation>
        </message>
        <message>
            <source>Más antiguos ▶</source>
            <translation>Plus anciens ▶</translation>
        </message>
        <message>
            <source>Todo tipo de registro</source>
            <translation>Tous types d'entrée</translation>
        </message>
        <message>
            <source>Todas las personas</source>
            <translation>Toutes les personnes</translation>
        </message>
        <message>
            <source>%1–%2 de %3</source>
            <translation>%1–%2 sur %3</translation>
        </message>
        <message>
            <source>No hay registros con estos filtros</source>
            <translation>Aucune entrée avec ces filtres</translation>
        </message>
        <message>
            <source>Verificando el diario y los documentos…</source>
            <translation>Vérification du journal et des documents…</translation>
        </message>
        <message>
            <source>No se pudo verificar: %1</source>
            <translation>Vérification impossible : %1</translation>
        </message>
        <message>
            <source>Todo en orden: los %1 registros del diario están completos y coinciden con las ventas, devoluciones, pagos y cierres.</source>
            <translation>Tout est en ordre : les %1 entrées du journal sont complètes et correspondent aux ventes, remboursements, paiements et clôtures.</translation>
        </message>
        <message>
            <source>Se encontraron %1 problemas: algo se cambió por fuera de la aplicación.</source>
            <translation>%1 problèmes trouvés : quelque chose a été modifié en dehors de l'application.</translation>
        </message>
        <message>
            <source>… y %1 más.</source>
            <translation>… et %1 de plus.</translation>
        </message>
        <message>
            <source>%1 · %2 · registro n.º %3</source>
            <translation>%1 · %2 · entrée n° %3</translation>
        </message>
        <message>
            <source>Huella: %1</source>
            <translation>Empreinte : %1</translation>
        </message>
        <message>
            <source>Anterior: %1</source>
            <translation>Précédente : %1</translation>
        </message>
        <message>
            <source>Referencia: %1</source>
            <translation>Référence : %1</translation>
        </message>
    </context>
    <context>
        <name>JournalWords</name>
        <message>
            <source>Venta</source>
            <translation>Vente</translation>
        </message>
        <message>
            <source>Devolución</source>
            <translation>Remboursement</translation>
        </message>
        <message>
            <source>Pago a artesana</source>
            <translation>Paiement à une artisane</translation>
        </message>
        <message>
            <source>Ingreso de dinero</source>
            <translation>Entrée d'argent</translation>
        </message>
        <message>
            <source>Retiro de dinero</source>
            <translation>Retrait d'argent</translation>
        </message>
        <message>
            <source>Apertura de caja</source>
            <translation>Ouverture de caisse</translation>
        </message>
        <message>
            <source>Cierre de caja</source>
            <translation>Clôture de caisse</translation>
        </message>
        <message>
            <source>Cierre del día</source>
            <translation>Clôture du jour</translation>
        </message>
        <message>
            <source>Producción</source>
            <translation>Production</translation>
        </message>
        <message>
            <source>Ajuste de stock</source>
            <translation>Ajustement de stock</translation>
        </message>
        <message>
            <source>Inventario</source>
            <translation>Inventaire</translation>
        </message>
        <message>
            <source>Traslado</source>
            <translation>Transfert</translation>
        </message>
        <message>
            <source>Consignación</source>
            <translation>Dépôt-vente</translation>
        </message>
        <message>
            <source>Ventas de tienda aliada</source>
            <translation>Ventes de boutique partenaire</translation>
        </message>
        <message>
            <source>Cobro a tienda aliada</source>
            <translation>Paiement d'une boutique partenaire</translation>
        </message>
        <message>
            <source>Conteo en tienda aliada</source>
            <translation>Comptage en boutique partenaire</translation>
        </message>
        <message>
            <source>Encargo</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>Estado de encargo</source>
            <translation>État de commande</translation>
        </message>
        <message>
            <source>Seña de encargo</source>
            <translation>Acompte sur commande</translation>
        </message>
        <message>
            <source>Entrega de encargo</source>
            <translation>Commande retirée</translation>
        </message>
        <message>
            <source>Anulación de encargo</source>
            <translation>Commande annulée</translation>
        </message>
        <message>
            <source>Ajustes</source>
            <translation>Réglages</translation>
        </message>
        <message>
            <source>Cambio de precio</source>
            <translation>Changement de prix</translation>
        </message>
        <message>
            <source>Producto</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Artículo</source>
            <translation>Article</translation>
        </message>
        <message>
            <source>Artesana</source>
            <translation>Artisane</translation>
        </message>
        <message>
            <source>Foto</source>
            <translation>Photo</translation>
        </message>
        <message>
            <source>Ubicación</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Usuaria</source>
            <translation>Utilisatrice</translation>
        </message>
        <message>
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <source>Usuaria bloqueada</source>
            <translation>Utilisatrice bloquée</translation>
        </message>
        <message>
            <source>Aprobación</source>
            <translation>Autorisation</translation>
        </message>
        <message>
            <source>Datos guardados</source>
            <translation>Données enregistrées</translation>
        </message>
        <message>
            <source>Coordinadora</source>
            <translation>Coordinatrice</translation>
        </message>
        <message>
            <source>Vendedora</source>
            <translation>Vendeuse</translation>
        </message>
        <message>
            <source>el sistema</source>
            <translation>le système</translation>
        </message>
        <message>
            <source>artículo {id}</source>
            <translation>article {id}</translation>
        </message>
        <message>
            <source>ubicación {id}</source>
            <translation>emplacement {id}</translation>
        </message>
        <message>
            <source>{n} unidad</source>
            <translation>{n} unité</translation>
        </message>
        <message>
            <source>{n} unidades</source>
            <translation>{n} unités</translation>
        </message>
        <message>
            <source>Venta {number} de {total} por {who}</source>
            <translation>Vente {number} de {total} par {who}</translation>
        </message>
        <message>
            <source>Devolución {number} de {total} (de la venta {sale}) por {who}</source>
            <translation>Remboursement {number} de {total} (de la vente {sale}) par {who}</translation>
        </message>
        <message>
            <source>una artesana</source>
            <translation>une artisane</translation>
        </message>
        <message>
            <source>Pago {number} a {maker}: {amount} ({method})</source>
            <translation>Paiement {number} à {maker} : {amount} ({method})</translation>
        </message>
        <message>
            <source>Encargo {number} de {price} tomado por {who}</source>
            <translation>Commande {number} de {price} prise par {who}</translation>
        </message>
        <message>
            <source>Encargo {number}: {before} → {status}</source>
            <translation>Commande {number} : {before} → {status}</translation>
        </message>
        <message>
            <source>Seña de {amount} en el encargo {number}</source>
            <translation>Acompte de {amount} sur la commande {number}</translation>
        </message>
        <message>
            <source>Encargo {number} entregado: venta {sale}</source>
            <translation>Commande {number} retirée : vente {sale}</translation>
        </message>
        <message>
            <source>Encargo {number} anulado ({reason}): seña devuelta {returned}, retenida {kept}</source>
            <translation>Commande {number} annulée ({reason}) : acompte rendu {returned}, gardé {kept}</translation>
        </message>
        <message>
            <source>{who} puso {amount} en la caja: {reason}</source>
            <translation>{who} a mis {amount} dans la caisse : {reason}</translation>
        </message>
        <message>
            <source>{who} sacó {amount} de la caja: {reason}</source>
            <translation>{who} a retiré {amount} de la caisse : {reason}</translation>
        </message>
        <message>
            <source>{who} abrió la caja {till} con {amount} de fondo</source>
            <translation>{who} a ouvert la caisse {till} avec un fond de {amount}</translation>
        </message>
        <message>
            <source> y {amount}</source>
            <translation> et {amount}</translation>
        </message>
        <message>
            <source>{who} cerró la caja {till}: {sales}, contado {counted}</source>
            <translation>{who} a clôturé la caisse {till} : {sales}, compté {counted}</translation>
        </message>
        <message>
            <source>{n} venta</source>
            <translation>{n} vente</translation>
        </message>
        <message>
            <source>{n} ventas</source>
            <translation>{n} ventes</translation>
        </message>
        <message>
            <source>diferencia {amount}</source>
            <translation>écart {amount}</translation>
        </message>
        <message>
            <source>Cierre del día {day}: neto {net} ({sales}, {refunds}) · gran total {grand}</source>
            <translation>Clôture du jour {day} : net {net} ({sales}, {refunds}) · total général {grand}</translation>
        </message>
        <message>
            <source>{n} devolución</source>
            <translation>{n} remboursement</translation>
        </message>
        <message>
            <source>{n} devoluciones</source>
            <translation>{n} remboursements</translation>
        </message>
        <message>
            <source>{n} documento atrasado</source>
            <translation>{n} document en retard</translation>
        </message>
        <message>
            <source>{n} documentos atrasados</source>
            <translation>{n} documents en retard</translation>
        </message>
        <message>
            <source>{who} registró la producción de {units} de {item} en {place}</source>
            <translation>{who} a enregistré la production de {units} de {item} à {place}</translation>
        </message>
        <message>
            <source>Ajuste de {item} en {place}: {change} ({reason})</source>
            <translation>Ajustement de {item} à {place} : {change} ({reason})</translation>
        </message>
        <message>
            <source>Conteo en {place}: {items} corregidos ({missing} faltaban, {extra} sobraban)</source>
            <translation>Comptage à {place} : {items} corrigés ({missing} manquants, {extra} en trop)</translation>
        </message>
        <message>
            <source>{n} artículo</source>
            <translation>{n} article</translation>
        </message>
        <message>
            <source>{n} artículos</source>
            <translation>{n} articles</translation>
        </message>
        <message>
            <source>Retorno de feria: {units} de {what}, de {origin} a {target}</source>
            <translation>Retour de foire : {units} de {what}, de {origin} à {target}</translation>
        </message>
        <message>
            <source>Traslado de {units} de {what}, de {origin} a {target}</source>
            <translation>Transfert de {units} de {what}, de {origin} à {target}</translation>
        </message>
        <message>
            <source>Ajustes: {changes}</source>
            <translation>Réglages : {changes}</translation>
        </message>
        <message>
            <source>Precio de {product}: {old} → {new}</source>
            <translation>Prix de {product} : {old} → {new}</translation>
        </message>
        <message>
            <source>Producto nuevo: {name} ({category}, {price})</source>
            <translation>Nouveau produit : {name} ({category}, {price})</translation>
        </message>
        <message>
            <source>Artículo nuevo {code}: {product} de {makers}</source>
            <translation>Nouvel article {code} : {product} de {makers}</translation>
        </message>
        <message>
            <source>el taller</source>
            <translation>l'atelier</translation>
        </message>
        <message>
            <source>Artículo {code} a la venta otra vez</source>
            <translation>Article {code} de nouveau en vente</translation>
        </message>
        <message>
            <source>Artículo {code} retirado de la venta</source>
            <translation>Article {code} retiré de la vente</translation>
        </message>
        <message>
            <source>Artículo {code}: cambió quién lo hizo</source>
            <translation>Article {code} : qui l'a fait a changé</translation>
        </message>
        <message>
            <source>Artesana nueva: {name}</source>
            <translation>Nouvelle artisane : {name}</translation>
        </message>
        <message>
            <source>Artesana eliminada: {name}</source>
            <translation>Artisane supprimée : {name}</translation>
        </message>
        <message>
            <source>{name} está activa otra vez</source>
            <translation>{name} est de nouveau active</translation>
        </message>
        <message>
            <source>{name} quedó inactiva</source>
            <translation>{name} est maintenant inactive</translation>
        </message>
        <message>
            <source>Foto quitada de {name}</source>
            <translation>Photo retirée de {name}</translation>
        </message>
        <message>
            <source>Foto principal nueva de {name}</source>
            <translation>Nouvelle photo principale de {name}</translation>
        </message>
        <message>
            <source>Foto nueva de {name}</source>
            <translation>Nouvelle photo de {name}</translation>
        </message>
        <message>
            <source>Ubicación nueva: {name}</source>
            <translation>Nouvel emplacement : {name}</translation>
        </message>
        <message>
            <source>«{name}» abierta otra vez</source>
            <translation>« {name} » rouvert</translation>
        </message>
        <message>
            <source>«{name}» cerrada</source>
            <translation>« {name} » fermé</translation>
        </message>
        <message>
            <source>{name} puede entrar otra vez</source>
            <translation>{name} peut de nouveau se connecter</translation>
        </message>
        <message>
            <source>{name} ya no puede entrar</source>
            <translation>{name} ne peut plus se connecter</translation>
        </message>
        <message>
            <source>Usuaria nueva: {name} ({role})</source>
            <translation>Nouvelle utilisatrice : {name} ({role})</translation>
        </message>
        <message>
            <source>{who} dio un PIN nuevo a {name}</source>
            <translation>{who} a donné un nouveau PIN à {name}</translation>
        </message>
        <message>
            <source>{name} cambió su PIN</source>
            <translation>{name} a changé son PIN</translation>
        </message>
        <message>
            <source>{name}: PIN equivocado cinco veces, bloqueada {minutes} minutos</source>
            <translation>{name} : PIN erroné cinq fois, bloquée {minutes} minutes</translation>
        </message>
        <message>
            <source>{approver} aprobó «{what}» para {user}</source>
            <translation>{approver} a autorisé « {what} » pour {user}</translation>
        </message>
        <message>
            <source>Datos guardados de: {tables}</source>
            <translation>Données enregistrées pour : {tables}</translation>
        </message>
    </context>
    <context>
        <name>Keypad</name>
        <message>
            <source>Borrar el último número</source>
            <translation>Effacer le dernier chiffre</translation>
        </message>
        <message>
            <source>Borrar todo</source>
            <translation>Tout effacer</translation>
        </message>
    </context>
    <context>
        <name>LocationDialog</name>
        <message>
            <source>Editar ubicación</source>
            <translation>Modifier l'emplacement</translation>
        </message>
        <message>
            <source>Nueva ubicación</source>
            <translation>Nouvel emplacement</translation>
        </message>
        <message>
            <source>Feria artesanal San Blas</source>
            <translation>Foire artisanale San Blas</translation>
        </message>
        <message>
            <source>vacío: se hace del nombre</source>
            <translation>vide : tiré du nom</translation>
        </message>
        <message>
            <source>Nombre</source>
            <translation>Nom</translation>
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
            <translation>Enregistrer</translation>
        </message>
    </context>
    <context>
        <name>LocationsScreen</name>
        <message>
            <source>Ubicación</source>
            <translation>Emplacement</translation>
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
            <translation>Unités</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>État</translation>
        </message>
        <message>
            <source>+ Nueva ubicación</source>
            <translation>+ Nouvel emplacement</translation>
        </message>
        <message>
            <source>Editar</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>Cerrar la ubicación…</source>
            <translation>Fermer l'emplacement…</translation>
        </message>
        <message>
            <source>Esta caja vende desde aquí</source>
            <translation>Cette caisse vend d'ici</translation>
        </message>
        <message>
            <source>Ubicaciones</source>
            <translation>Emplacements</translation>
        </message>
        <message>
            <source>Donde se guardan y venden los productos: el taller, los puestos de feria, la tienda aliada. Cada caja descuenta el stock de su ubicación.</source>
            <translation>Là où les produits sont rangés et vendus : l'atelier, les stands de foire, la boutique partenaire. Chaque caisse déduit le stock de son emplacement.</translation>
        </message>
        <message>
            <source>abierta</source>
            <translation>ouvert</translation>
        </message>
        <message>
            <source>cerrada</source>
            <translation>fermé</translation>
        </message>
        <message>
            <source>esta caja</source>
            <translation>cette caisse</translation>
        </message>
        <message>
            <source>Esta caja vende desde: {name}</source>
            <translation>Cette caisse vend depuis : {name}</translation>
        </message>
        <message>
            <source>Esta caja no tiene ubicación</source>
            <translation>Cette caisse n'a pas d'emplacement</translation>
        </message>
        <message>
            <source>Reabrir la ubicación</source>
            <translation>Rouvrir l'emplacement</translation>
        </message>
        <message>
            <source>Ubicación «{name}» agregada.</source>
            <translation>Emplacement « {name} » ajouté.</translation>
        </message>
        <message>
            <source>Ubicación «{name}» guardada.</source>
            <translation>Emplacement « {name} » enregistré.</translation>
        </message>
        <message>
            <source>Cerrar la ubicación</source>
            <translation>Fermer l'emplacement</translation>
        </message>
        <message>
            <source>¿Cerrar «{name}»? Ya no se le podrá trasladar productos ni vender desde ella. Su historial se conserva y se puede reabrir cuando haga falta.</source>
            <translation>Fermer « {name} » ? On ne pourra plus y transférer de produits ni vendre depuis cet endroit. Son historique est conservé et on peut le rouvrir au besoin.</translation>
        </message>
        <message>
            <source>Cerrar «{name}»</source>
            <translation>Fermer « {name} »</translation>
        </message>
        <message>
            <source>«{name}» cerrada.</source>
            <translation>« {name} » fermé.</translation>
        </message>
        <message>
            <source>«{name}» abierta otra vez.</source>
            <translation>« {name} » rouvert.</translation>
        </message>
        <message>
            <source>Esta caja vende ahora desde «{name}». Vuelva a abrir la pantalla de venta para verlo.</source>
            <translation>Cette caisse vend maintenant depuis « {name} ». Rouvrez l'écran de vente pour le voir.</translation>
        </message>
    </context>
    <context>
        <name>LoginScreen</name>
        <message>
            <source>¿Quién está en la caja?</source>
            <translation>Qui est à la caisse ?</translation>
        </message>
        <message>
            <source>Toque su nombre (o escriba su primera letra) y escriba su PIN.</source>
            <translation>Touchez votre nom (ou tapez sa première lettre) et saisissez votre PIN.</translation>
        </message>
        <message>
            <source>Entrar</source>
            <translation>Entrer</translation>
        </message>
        <message>
            <source>Elija su nombre</source>
            <translation>Choisissez votre nom</translation>
        </message>
        <message>
            <source>Luego escriba su PIN aquí.</source>
            <translation>Puis saisissez votre PIN ici.</translation>
        </message>
        <message>
            <source>Escriba su PIN y toque «Entrar».</source>
            <translation>Saisissez votre PIN et touchez « Entrer ».</translation>
        </message>
        <message>
            <source>Primero toque su nombre.</source>
            <translation>Touchez d'abord votre nom.</translation>
        </message>
        <message>
            <source>Escriba su PIN: de 4 a 6 números.</source>
            <translation>Saisissez votre PIN : 4 à 6 chiffres.</translation>
        </message>
        <message>
            <source>Para entrar, elija un PIN nuevo.</source>
            <translation>Pour entrer, choisissez un nouveau PIN.</translation>
        </message>
        <message>
            <source>bloqueada hasta las %1</source>
            <translation>bloquée jusqu'à %1</translation>
        </message>
        <message>
            <source>%1 (%2): PIN &lt;b&gt;%3&lt;/b&gt;</source>
            <translation>%1 (%2) : PIN &lt;b&gt;%3&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Tienda de demostración.&lt;/b&gt; Para practicar: {pins}</source>
            <translation>&lt;b&gt;Boutique de démonstration.&lt;/b&gt; Pour s'entraîner : {pins}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Mama Killa — Caja</source>
            <translation>Mama Killa — Caisse</translation>
        </message>
        <message>
            <source>Cambiar de usuaria</source>
            <translation>Changer d'utilisatrice</translation>
        </message>
        <message>
            <source>Bloquear la caja: la siguiente persona entra con su PIN</source>
            <translation>Verrouiller la caisse : la personne suivante entre avec son PIN</translation>
        </message>
        <message>
            <source>Venta</source>
            <translation>Vente</translation>
        </message>
        <message>
            <source>Historial</source>
            <translation>Historique</translation>
        </message>
        <message>
            <source>Caja</source>
            <translation>Caisse</translation>
        </message>
        <message>
            <source>Más ▾</source>
            <translation>Plus ▾</translation>
        </message>
        <message>
            <source>Ajustes…</source>
            <translation>Réglages…</translation>
        </message>
        <message>
            <source>Copias de seguridad…</source>
            <translation>Sauvegardes…</translation>
        </message>
        <message>
            <source>Ayuda</source>
            <translation>Aide</translation>
        </message>
        <message>
            <source>Ajustes guardados.</source>
            <translation>Réglages enregistrés.</translation>
        </message>
        <message>
            <source>El idioma cambia la próxima vez que se abra el programa.</source>
            <translation>La langue change à la prochaine ouverture du programme.</translation>
        </message>
        <message>
            <source>%1: se abre con el PIN de una coordinadora</source>
            <translation>%1 : s'ouvre avec le PIN d'une coordinatrice</translation>
        </message>
        <message>
            <source>Atiende: %1 (%2)</source>
            <translation>En caisse : %1 (%2)</translation>
        </message>
        <message>
            <source>Caja {series}</source>
            <translation>Caisse {series}</translation>
        </message>
        <message>
            <source>Caja cerrada</source>
            <translation>Caisse fermée</translation>
        </message>
        <message>
            <source>Caja abierta desde las {time}</source>
            <translation>Caisse ouverte depuis {time}</translation>
        </message>
    </context>
    <context>
        <name>MakerDialog</name>
        <message>
            <source>Editar artesana</source>
            <translation>Modifier l'artisane</translation>
        </message>
        <message>
            <source>Nueva artesana</source>
            <translation>Nouvelle artisane</translation>
        </message>
        <message>
            <source>vacío: sus iniciales</source>
            <translation>vide : ses initiales</translation>
        </message>
        <message>
            <source>8 dígitos (opcional)</source>
            <translation>8 chiffres (facultatif)</translation>
        </message>
        <message>
            <source>Fecha de ingreso:</source>
            <translation>Date d'arrivée :</translation>
        </message>
        <message>
            <source>— nadie / no se sabe —</source>
            <translation>— personne / on ne sait pas —</translation>
        </message>
        <message>
            <source>Fotos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <source>Nombre completo</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <source>Código corto</source>
            <translation>Code court</translation>
        </message>
        <message>
            <source>DNI</source>
            <translation>DNI</translation>
        </message>
        <message>
            <source>Teléfono</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>La formó</source>
            <translation>Formée par</translation>
        </message>
        <message>
            <source>Notas</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Guardar</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>El DNI tiene 8 dígitos (o déjelo vacío).</source>
            <translation>Le DNI a 8 chiffres (ou laissez-le vide).</translation>
        </message>
    </context>
    <context>
        <name>MakerStatementDialog</name>
        <message>
            <source>Guardar imagen (WhatsApp)…</source>
            <translation>Enregistrer l'image (WhatsApp)…</translation>
        </message>
        <message>
            <source>Guardar PDF…</source>
            <translation>Enregistrer le PDF…</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Mes</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>El mes de {name}</source>
            <translation>Le mois de {name}</translation>
        </message>
        <message>
            <source>Guardar</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>No se pudo guardar: {error}</source>
            <translation>Enregistrement impossible : {error}</translation>
        </message>
        <message>
            <source>Guardado en {path}</source>
            <translation>Enregistré dans {path}</translation>
        </message>
        <message>
            <source>Imagen PNG (*.png)</source>
            <translation>Image PNG (*.png)</translation>
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
            <translation>Chercher…</translation>
        </message>
        <message>
            <source>Ver también las inactivas</source>
            <translation>Voir aussi les inactives</translation>
        </message>
        <message>
            <source>+ Nueva artesana</source>
            <translation>+ Nouvelle artisane</translation>
        </message>
        <message>
            <source>Editar</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>Registrar producción</source>
            <translation>Enregistrer la production</translation>
        </message>
        <message>
            <source>Etiquetas</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Su mes</source>
            <translation>Son mois</translation>
        </message>
        <message>
            <source>Su mes en una imagen para enviarle por WhatsApp, o en PDF</source>
            <translation>Son mois en image à lui envoyer par WhatsApp, ou en PDF</translation>
        </message>
        <message>
            <source>Desactivar</source>
            <translation>Désactiver</translation>
        </message>
        <message>
            <source>Eliminar</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Vendido este mes</source>
            <translation>Vendu ce mois-ci</translation>
        </message>
        <message>
            <source>Su participación del mes</source>
            <translation>Sa part du mois</translation>
        </message>
        <message>
            <source>Saldo por pagarle</source>
            <translation>Solde à lui payer</translation>
        </message>
        <message>
            <source>Código</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Producto</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Precio</source>
            <translation>Prix</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Stock</translation>
        </message>
        <message>
            <source>Ubicación</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Unidades</source>
            <translation>Unités</translation>
        </message>
        <message>
            <source>Sus artículos</source>
            <translation>Ses articles</translation>
        </message>
        <message>
            <source>Su stock por ubicación</source>
            <translation>Son stock par emplacement</translation>
        </message>
        <message>
            <source>Elija una artesana de la lista o agregue una nueva.</source>
            <translation>Choisissez une artisane dans la liste ou ajoutez-en une.</translation>
        </message>
        <message>
            <source>inactiva</source>
            <translation>inactive</translation>
        </message>
        <message>
            <source>Artesanas</source>
            <translation>Artisanes</translation>
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
            <translation>Tél. {phone}</translation>
        </message>
        <message>
            <source>DNI {dni}</source>
            <translation>DNI {dni}</translation>
        </message>
        <message>
            <source>Ingresó el {date}</source>
            <translation>Arrivée le {date}</translation>
        </message>
        <message>
            <source>la formó {name}</source>
            <translation>formée par {name}</translation>
        </message>
        <message>
            <source>formó a {names}</source>
            <translation>a formé {names}</translation>
        </message>
        <message>
            <source>Reactivar</source>
            <translation>Réactiver</translation>
        </message>
        <message>
            <source>Vendido en {month}</source>
            <translation>Vendu en {month}</translation>
        </message>
        <message>
            <source>{units} unidades</source>
            <translation>{units} unités</translation>
        </message>
        <message>
            <source>ventas menos devoluciones</source>
            <translation>ventes moins remboursements</translation>
        </message>
        <message>
            <source>aún no pagado</source>
            <translation>pas encore payé</translation>
        </message>
        <message>
            <source> (con {names})</source>
            <translation> (avec {names})</translation>
        </message>
        <message>
            <source>Artesana {name} agregada.</source>
            <translation>Artisane {name} ajoutée.</translation>
        </message>
        <message>
            <source>Datos de {name} guardados.</source>
            <translation>Données de {name} enregistrées.</translation>
        </message>
        <message>
            <source>Desactivar artesana</source>
            <translation>Désactiver l'artisane</translation>
        </message>
        <message>
            <source>¿Desactivar a {name}? Deja de aparecer en las listas; sus artículos, ventas y pagos se conservan.</source>
            <translation>Désactiver {name} ? Elle n'apparaîtra plus dans les listes ; ses articles, ventes et paiements sont conservés.</translation>
        </message>
        <message>
            <source>{name} quedó inactiva.</source>
            <translation>{name} est maintenant inactive.</translation>
        </message>
        <message>
            <source>{name} está activa otra vez.</source>
            <translation>{name} est de nouveau active.</translation>
        </message>
        <message>
            <source>Eliminar artesana</source>
            <translation>Supprimer l'artisane</translation>
        </message>
        <message>
            <source>¿Eliminar a {name}? Solo se puede si no tiene artículos ni ventas.</source>
            <translation>Supprimer {name} ? Possible seulement si elle n'a ni articles ni ventes.</translation>
        </message>
        <message>
            <source>{name} fue eliminada.</source>
            <translation>{name} a été supprimée.</translation>
        </message>
        <message>
            <source>Producción registrada: {count} × {product}.</source>
            <translation>Production enregistrée : {count} × {product}.</translation>
        </message>
    </context>
    <context>
        <name>MoneyTab</name>
        <message>
            <source>Redondear a 0.10 hacia abajo (a favor del cliente)</source>
            <translation>Arrondir à 0.10 inférieur (en faveur du client)</translation>
        </message>
        <message>
            <source>Sin redondeo</source>
            <translation>Sans arrondi</translation>
        </message>
        <message>
            <source>Parte de la artesana (%)</source>
            <translation>Part de l'artisane (%)</translation>
        </message>
        <message>
            <source>Se aplica a las ventas nuevas; las ventas ya hechas no cambian.</source>
            <translation>S'applique aux nouvelles ventes ; les ventes déjà faites ne changent pas.</translation>
        </message>
        <message>
            <source>Dólar de hoy (S/ por US$ 1)</source>
            <translation>Dollar du jour (S/ pour US$ 1)</translation>
        </message>
        <message>
            <source>Cuántos soles vale un dólar hoy, por ejemplo 3.70.</source>
            <translation>Combien de soles vaut un dollar aujourd'hui, par exemple 3.70.</translation>
        </message>
        <message>
            <source>Redondeo en efectivo</source>
            <translation>Arrondi en espèces</translation>
        </message>
        <message>
            <source>Solo cuando todo se paga en soles en efectivo.</source>
            <translation>Seulement quand tout est payé en soles, en espèces.</translation>
        </message>
        <message>
            <source>Descuento máximo de una vendedora (%)</source>
            <translation>Remise maximale d'une vendeuse (%)</translation>
        </message>
        <message>
            <source>Un descuento mayor necesita el PIN de una coordinadora.</source>
            <translation>Une remise plus grande demande le PIN d'une coordinatrice.</translation>
        </message>
        <message>
            <source>Escriba la parte de la artesana en números, por ejemplo 45.</source>
            <translation>Saisissez la part de l'artisane en chiffres, par exemple 45.</translation>
        </message>
        <message>
            <source>Escriba el dólar de hoy en números, por ejemplo 3.70.</source>
            <translation>Saisissez le dollar du jour en chiffres, par exemple 3.70.</translation>
        </message>
        <message>
            <source>Escriba el descuento máximo en números, por ejemplo 45.</source>
            <translation>Saisissez la remise maximale en chiffres, par exemple 45.</translation>
        </message>
    </context>
    <context>
        <name>MovementsDialog</name>
        <message>
            <source>Movimientos</source>
            <translation>Mouvements</translation>
        </message>
        <message>
            <source>Fecha y hora</source>
            <translation>Date et heure</translation>
        </message>
        <message>
            <source>Ubicación</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Movimiento</source>
            <translation>Mouvement</translation>
        </message>
        <message>
            <source>Cantidad</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <source>Queda</source>
            <translation>Reste</translation>
        </message>
        <message>
            <source>Quién</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>Detalle</source>
            <translation>Détail</translation>
        </message>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Fermer</translation>
        </message>
    </context>
    <context>
        <name>NewOrderDialog</name>
        <message>
            <source>Nuevo encargo</source>
            <translation>Nouvelle commande</translation>
        </message>
        <message>
            <source>Nombre y apellido</source>
            <translation>Prénom et nom</translation>
        </message>
        <message>
            <source>Celular o WhatsApp</source>
            <translation>Portable ou WhatsApp</translation>
        </message>
        <message>
            <source>Qué hay que hacer: modelo, colores, bordado…</source>
            <translation>Ce qu'il faut faire : modèle, couleurs, broderie…</translation>
        </message>
        <message>
            <source>Ninguno (a medida)</source>
            <translation>Aucun (sur mesure)</translation>
        </message>
        <message>
            <source>Por ejemplo 180.00</source>
            <translation>Par exemple 180.00</translation>
        </message>
        <message>
            <source>Confirmado</source>
            <translation>Confirmée</translation>
        </message>
        <message>
            <source>Presupuesto</source>
            <translation>Devis</translation>
        </message>
        <message>
            <source>Clienta</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Teléfono</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <source>Qué hacer</source>
            <translation>À faire</translation>
        </message>
        <message>
            <source>Producto base</source>
            <translation>Produit de base</translation>
        </message>
        <message>
            <source>Precio acordado (S/)</source>
            <translation>Prix convenu (S/)</translation>
        </message>
        <message>
            <source>Fecha de entrega</source>
            <translation>Date de livraison</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Artesanas</source>
            <translation>Artisanes</translation>
        </message>
        <message>
            <source>Notas (opcional)</source>
            <translation>Notes (facultatif)</translation>
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
            <translation>Enregistrer la commande</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>peso </source>
            <translation>poids </translation>
        </message>
        <message>
            <source>Agregar</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Quitar</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>%1 (peso %2)</source>
            <translation>%1 (poids %2)</translation>
        </message>
        <message>
            <source>Escriba el nombre de la clienta.</source>
            <translation>Écrivez le nom de la cliente.</translation>
        </message>
        <message>
            <source>Escriba qué hay que hacer.</source>
            <translation>Écrivez ce qu'il faut faire.</translation>
        </message>
        <message>
            <source>Escriba el precio acordado, por ejemplo 180.00.</source>
            <translation>Écrivez le prix convenu, par exemple 180.00.</translation>
        </message>
        <message>
            <source>El precio acordado debe ser mayor que cero.</source>
            <translation>Le prix convenu doit être supérieur à zéro.</translation>
        </message>
        <message>
            <source>La fecha de entrega no puede ser anterior a hoy.</source>
            <translation>La date de livraison ne peut pas être avant aujourd'hui.</translation>
        </message>
        <message>
            <source>Agregue al menos una artesana (elíjala y pulse Agregar).</source>
            <translation>Ajoutez au moins une artisane (choisissez-la et appuyez sur Ajouter).</translation>
        </message>
    </context>
    <context>
        <name>NewPinDialog</name>
        <message>
            <source>PIN actual</source>
            <translation>PIN actuel</translation>
        </message>
        <message>
            <source>PIN nuevo (%1)</source>
            <translation>Nouveau PIN (%1)</translation>
        </message>
        <message>
            <source>Repita el PIN nuevo</source>
            <translation>Répétez le nouveau PIN</translation>
        </message>
        <message>
            <source>Los dos PIN nuevos no son iguales. Escríbalos otra vez.</source>
            <translation>Les deux nouveaux PIN ne sont pas identiques. Saisissez-les à nouveau.</translation>
        </message>
    </context>
    <context>
        <name>NewUserDialog</name>
        <message>
            <source>Agregar una usuaria</source>
            <translation>Ajouter une utilisatrice</translation>
        </message>
        <message>
            <source>Nombre y apellidos</source>
            <translation>Prénom et nom</translation>
        </message>
        <message>
            <source>Nombre</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Rol</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <source>Repita el PIN</source>
            <translation>Répétez le PIN</translation>
        </message>
        <message>
            <source>PIN (%1)</source>
            <translation>PIN (%1)</translation>
        </message>
        <message>
            <source>Escriba el nombre.</source>
            <translation>Saisissez le nom.</translation>
        </message>
        <message>
            <source>Elija el rol.</source>
            <translation>Choisissez le rôle.</translation>
        </message>
        <message>
            <source>Los dos PIN no son iguales. Escríbalos otra vez.</source>
            <translation>Les deux PIN ne sont pas identiques. Saisissez-les à nouveau.</translation>
        </message>
    </context>
    <context>
        <name>OpenTillDialog</name>
        <message>
            <source>Abrir la caja</source>
            <translation>Ouvrir la caisse</translation>
        </message>
        <message>
            <source>Abrir la caja {till}</source>
            <translation>Ouvrir la caisse {till}</translation>
        </message>
        <message>
            <source>Cuente el dinero con el que empieza (el fondo para dar vuelto): escriba cuántos billetes y monedas hay de cada uno. Enter pasa a la fila siguiente.</source>
            <translation>Comptez l'argent de départ (le fond de caisse pour rendre la monnaie) : saisissez combien de billets et de pièces il y a de chaque sorte. Entrée passe à la ligne suivante.</translation>
        </message>
        <message>
            <source>Cancelar (Esc)</source>
            <translation>Annuler (Échap)</translation>
        </message>
        <message>
            <source>Fondo de caja:
{pen}
{usd}</source>
            <translation>Fond de caisse :
{pen}
{usd}</translation>
        </message>
        <message>
            <source>¿Tanto dinero de fondo?</source>
            <translation>Autant d'argent en fond de caisse ?</translation>
        </message>
        <message>
            <source>¿Abrir la caja con {amount} de fondo?
Es mucho más que un fondo para dar vuelto: revise lo contado.</source>
            <translation>Ouvrir la caisse avec un fond de {amount} ?
C'est bien plus qu'un fond pour rendre la monnaie : vérifiez le comptage.</translation>
        </message>
        <message>
            <source>Sí, abrir con {amount}</source>
            <translation>Oui, ouvrir avec {amount}</translation>
        </message>
        <message>
            <source>Revisar lo contado</source>
            <translation>Vérifier le comptage</translation>
        </message>
    </context>
    <context>
        <name>OrderPage</name>
        <message>
            <source>Encargo %1</source>
            <translation>Commande %1</translation>
        </message>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Movimiento</source>
            <translation>Mouvement</translation>
        </message>
        <message>
            <source>Método</source>
            <translation>Moyen</translation>
        </message>
        <message>
            <source>Importe</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Quién</source>
            <translation>Qui</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Nota</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Seña</source>
            <translation>Acompte</translation>
        </message>
        <message>
            <source>Recibir seña</source>
            <translation>Recevoir un acompte</translation>
        </message>
        <message>
            <source>Saldo recibido</source>
            <translation>Solde reçu</translation>
        </message>
        <message>
            <source>Entregar y cobrar</source>
            <translation>Livrer et encaisser</translation>
        </message>
        <message>
            <source>Copiar mensaje de WhatsApp</source>
            <translation>Copier le message WhatsApp</translation>
        </message>
        <message>
            <source>Anular encargo…</source>
            <translation>Annuler la commande…</translation>
        </message>
        <message>
            <source>Idioma de la nota y de la orden de trabajo</source>
            <translation>Langue du bon de commande et du bon de travail</translation>
        </message>
        <message>
            <source>Papel de la nota del encargo</source>
            <translation>Papier du bon de commande</translation>
        </message>
        <message>
            <source>Rollo 80 mm</source>
            <translation>Rouleau 80 mm</translation>
        </message>
        <message>
            <source>Hoja A4</source>
            <translation>Feuille A4</translation>
        </message>
        <message>
            <source>Imprimir nota del encargo</source>
            <translation>Imprimer le bon de commande</translation>
        </message>
        <message>
            <source>Imprimir orden de trabajo</source>
            <translation>Imprimer le bon de travail</translation>
        </message>
        <message>
            <source>Entrega %1 · %2 · Precio S/ %3 · Pagado S/ %4 · Saldo S/ %5</source>
            <translation>Livraison %1 · %2 · Prix S/ %3 · Payé S/ %4 · Solde S/ %5</translation>
        </message>
        <message>
            <source>Seña devuelta</source>
            <translation>Acompte rendu</translation>
        </message>
        <message>
            <source>Seña recibida</source>
            <translation>Acompte reçu</translation>
        </message>
        <message>
            <source>Escriba un monto, por ejemplo 50.00.</source>
            <translation>Saisissez un montant, par exemple 50.00.</translation>
        </message>
        <message>
            <source>Entregado: nota %1.</source>
            <translation>Livrée : ticket %1.</translation>
        </message>
    </context>
    <context>
        <name>OrdersScreen</name>
        <message>
            <source>Encargos</source>
            <translation>Commandes</translation>
        </message>
        <message>
            <source>Abiertos</source>
            <translation>Ouvertes</translation>
        </message>
        <message>
            <source>Vencen esta semana</source>
            <translation>À livrer cette semaine</translation>
        </message>
        <message>
            <source>Atrasados</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Listos para recoger</source>
            <translation>Prêtes à retirer</translation>
        </message>
        <message>
            <source>Todos</source>
            <translation>Tous</translation>
        </message>
        <message>
            <source>Todas las artesanas</source>
            <translation>Toutes les artisanes</translation>
        </message>
        <message>
            <source>Encargo</source>
            <translation>Commande</translation>
        </message>
        <message>
            <source>Clienta</source>
            <translation>Cliente</translation>
        </message>
        <message>
            <source>Entrega</source>
            <translation>Livraison</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Precio</source>
            <translation>Prix</translation>
        </message>
        <message>
            <source>Pagado</source>
            <translation>Payé</translation>
        </message>
        <message>
            <source>Saldo</source>
            <translation>Solde</translation>
        </message>
        <message>
            <source>Artesanas</source>
            <translation>Artisanes</translation>
        </message>
        <message>
            <source>Siguiente estado</source>
            <translation>Étape suivante</translation>
        </message>
        <message>
            <source>Ver encargo</source>
            <translation>Voir la commande</translation>
        </message>
        <message>
            <source>Nuevo encargo</source>
            <translation>Nouvelle commande</translation>
        </message>
        <message>
            <source>Este encargo no tiene un estado siguiente.</source>
            <translation>Cette commande n'a pas d'étape suivante.</translation>
        </message>
        <message>
            <source>Encargo %1 registrado.</source>
            <translation>Commande %1 enregistrée.</translation>
        </message>
    </context>
    <context>
        <name>ParkedCartsDialog</name>
        <message>
            <source>Ventas aparcadas</source>
            <translation>Ventes en attente</translation>
        </message>
        <message>
            <source>Elija la venta que desea recuperar</source>
            <translation>Choisissez la vente à reprendre</translation>
        </message>
        <message>
            <source>{time}  ·  {total}  ·  {units} art.
{first}</source>
            <translation>{time}  ·  {total}  ·  {units} art.
{first}</translation>
        </message>
        <message>
            <source>Recuperar</source>
            <translation>Reprendre</translation>
        </message>
    </context>
    <context>
        <name>PartnerCountDialog</name>
        <message>
            <source>Conteo en {partner}</source>
            <translation>Comptage chez {partner}</translation>
        </message>
        <message>
            <source>Escanee cada etiqueta o escriba el código</source>
            <translation>Scannez chaque étiquette ou tapez le code</translation>
        </message>
        <message>
            <source>Código</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Unidades contadas</source>
            <translation>Unités comptées</translation>
        </message>
        <message>
            <source>Producto</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Según los libros</source>
            <translation>Selon les registres</translation>
        </message>
        <message>
            <source>Contadas</source>
            <translation>Comptées</translation>
        </message>
        <message>
            <source>Faltan</source>
            <translation>Manquent</translation>
        </message>
        <message>
            <source>Decisión</source>
            <translation>Décision</translation>
        </message>
        <message>
            <source>Registrar lo decidido</source>
            <translation>Enregistrer les décisions</translation>
        </message>
        <message>
            <source>Escanee cada unidad que está en la tienda. Lo que no se cuenta falta: vendido sin reportar (se cobra a la tienda a precio de etiqueta, menos su comisión) o perdido (sale del stock). Decide una coordinadora.</source>
            <translation>Scannez chaque unité présente dans la boutique. Ce qui n'est pas compté manque : vendu sans être déclaré (facturé à la boutique au prix de l'étiquette, moins sa commission) ou perdu (sort du stock). Une coordinatrice décide.</translation>
        </message>
        <message>
            <source>Vendido sin reportar</source>
            <translation>Vendu sans être déclaré</translation>
        </message>
        <message>
            <source>Perdido</source>
            <translation>Perdu</translation>
        </message>
        <message>
            <source>Hay {n} de más: revise</source>
            <translation>{n} de plus : vérifiez</translation>
        </message>
        <message>
            <source>{product}: faltan {n}</source>
            <translation>{product} : {n} manquent</translation>
        </message>
    </context>
    <context>
        <name>PartnerDialog</name>
        <message>
            <source>Editar tienda aliada</source>
            <translation>Modifier la boutique partenaire</translation>
        </message>
        <message>
            <source>Nueva tienda aliada</source>
            <translation>Nouvelle boutique partenaire</translation>
        </message>
        <message>
            <source>Nombre de la tienda</source>
            <translation>Nom de la boutique</translation>
        </message>
        <message>
            <source>Nombre</source>
            <translation>Nom</translation>
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
            <translation>Jours pour payer</translation>
        </message>
        <message>
            <source>Unidades antiguas después de (días)</source>
            <translation>Unités anciennes après (jours)</translation>
        </message>
        <message>
            <source>Guardar</source>
            <translation>Enregistrer</translation>
        </message>
    </context>
    <context>
        <name>PartnerLinesDialog</name>
        <message>
            <source>Enviar a {partner}</source>
            <translation>Envoyer à {partner}</translation>
        </message>
        <message>
            <source>Devolución de {partner}</source>
            <translation>Retour de {partner}</translation>
        </message>
        <message>
            <source>Ventas de {partner}</source>
            <translation>Ventes de {partner}</translation>
        </message>
        <message>
            <source>Escanee la etiqueta o escriba el código</source>
            <translation>Scannez l'étiquette ou tapez le code</translation>
        </message>
        <message>
            <source>precio de la etiqueta</source>
            <translation>prix de l'étiquette</translation>
        </message>
        <message>
            <source>Agregar</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Código</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Cantidad</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <source>Precio al que vendió</source>
            <translation>Prix de vente</translation>
        </message>
        <message>
            <source>Fecha de la venta</source>
            <translation>Date de la vente</translation>
        </message>
        <message>
            <source>Quitar la línea</source>
            <translation>Retirer la ligne</translation>
        </message>
        <message>
            <source>Importar su reporte (CSV o Excel)…</source>
            <translation>Importer son relevé (CSV ou Excel)…</translation>
        </message>
        <message>
            <source>Nota (opcional)</source>
            <translation>Note (facultative)</translation>
        </message>
        <message>
            <source>Enviar</source>
            <translation>Envoyer</translation>
        </message>
        <message>
            <source>Registrar la devolución</source>
            <translation>Enregistrer le retour</translation>
        </message>
        <message>
            <source>Registrar</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Producto</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Cant.</source>
            <translation>Qté</translation>
        </message>
        <message>
            <source>Precio</source>
            <translation>Prix</translation>
        </message>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>En el taller</source>
            <translation>À l'atelier</translation>
        </message>
        <message>
            <source>En la tienda</source>
            <translation>En boutique</translation>
        </message>
        <message>
            <source>Las unidades salen del taller y siguen siendo del taller en la tienda (comisión {rate}).</source>
            <translation>Les unités quittent l'atelier et restent à l'atelier dans la boutique (commission {rate}).</translation>
        </message>
        <message>
            <source>Unidades que la tienda devuelve sin vender: vuelven al taller.</source>
            <translation>Unités que la boutique rend invendues : elles reviennent à l'atelier.</translation>
        </message>
        <message>
            <source>Lo que la tienda vendió: escanee las etiquetas que devuelve, o importe su reporte. De cada venta se descuenta su comisión de {rate}.</source>
            <translation>Ce que la boutique a vendu : scannez les étiquettes qu'elle rend, ou importez son relevé. Sa commission de {rate} est retenue sur chaque vente.</translation>
        </message>
        <message>
            <source>Las líneas en rojo piden más de lo que hay en el taller: al enviar, una coordinadora lo aprueba.</source>
            <translation>Les lignes en rouge demandent plus que ce que l'atelier a : une coordinatrice l'approuve à l'envoi.</translation>
        </message>
        <message>
            <source>Las líneas en rojo piden más de lo que la tienda tiene.</source>
            <translation>Les lignes en rouge demandent plus que ce que la boutique a.</translation>
        </message>
        <message>
            <source>La cantidad debe ser mayor que cero.</source>
            <translation>La quantité doit être supérieure à zéro.</translation>
        </message>
        <message>
            <source>El precio no es un monto.</source>
            <translation>Le prix n'est pas un montant.</translation>
        </message>
        <message>
            <source>Reporte de ventas de la tienda</source>
            <translation>Relevé des ventes de la boutique</translation>
        </message>
        <message>
            <source>CSV o Excel (*.csv *.xlsx)</source>
            <translation>CSV ou Excel (*.csv *.xlsx)</translation>
        </message>
        <message>
            <source>Agregue al menos una línea.</source>
            <translation>Ajoutez au moins une ligne.</translation>
        </message>
        <message>
            <source>{product}: {units} (hay {held})</source>
            <translation>{product} : {units} (il y en a {held})</translation>
        </message>
    </context>
    <context>
        <name>PartnerPaymentDialog</name>
        <message>
            <source>Cobro a {partner}</source>
            <translation>Paiement de {partner}</translation>
        </message>
        <message>
            <source>Efectivo</source>
            <translation>Espèces</translation>
        </message>
        <message>
            <source>Dólares</source>
            <translation>Dollars</translation>
        </message>
        <message>
            <source>Transferencia</source>
            <translation>Virement</translation>
        </message>
        <message>
            <source>número de operación</source>
            <translation>numéro d'opération</translation>
        </message>
        <message>
            <source>Monto (S/)</source>
            <translation>Montant (S/)</translation>
        </message>
        <message>
            <source>Medio</source>
            <translation>Moyen</translation>
        </message>
        <message>
            <source>Referencia</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Registrar el cobro</source>
            <translation>Enregistrer le paiement</translation>
        </message>
        <message>
            <source>Debe {balance}. El pago cancela primero las ventas más antiguas.</source>
            <translation>Elle doit {balance}. Le paiement solde d'abord les ventes les plus anciennes.</translation>
        </message>
        <message>
            <source>Monto (US$)</source>
            <translation>Montant (US$)</translation>
        </message>
        <message>
            <source>Dólares al cambio de {rate}: van a la caja de dólares abierta.</source>
            <translation>Dollars au taux de {rate} : ils vont dans la caisse en dollars ouverte.</translation>
        </message>
        <message>
            <source>El efectivo va a la caja abierta, como cobro a tienda aliada.</source>
            <translation>Les espèces vont dans la caisse ouverte, comme paiement d'une boutique partenaire.</translation>
        </message>
        <message>
            <source>No entra en la caja: anote el número de operación.</source>
            <translation>Cela n'entre pas dans la caisse : notez le numéro d'opération.</translation>
        </message>
        <message>
            <source>El monto no es un número.</source>
            <translation>Le montant n'est pas un nombre.</translation>
        </message>
    </context>
    <context>
        <name>PartnersScreen</name>
        <message>
            <source>Tienda</source>
            <translation>Boutique</translation>
        </message>
        <message>
            <source>Comisión</source>
            <translation>Commission</translation>
        </message>
        <message>
            <source>Enviadas</source>
            <translation>Envoyées</translation>
        </message>
        <message>
            <source>Vendidas</source>
            <translation>Vendues</translation>
        </message>
        <message>
            <source>Devueltas</source>
            <translation>Remb.</translation>
        </message>
        <message>
            <source>En la tienda</source>
            <translation>En boutique</translation>
        </message>
        <message>
            <source>A favor</source>
            <translation>À recevoir</translation>
        </message>
        <message>
            <source>Cobrado</source>
            <translation>Encaissé</translation>
        </message>
        <message>
            <source>Saldo</source>
            <translation>Solde</translation>
        </message>
        <message>
            <source>+ Nueva tienda</source>
            <translation>+ Nouvelle boutique</translation>
        </message>
        <message>
            <source>Editar</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>Enviar…</source>
            <translation>Envoyer…</translation>
        </message>
        <message>
            <source>Sus ventas…</source>
            <translation>Ses ventes…</translation>
        </message>
        <message>
            <source>Cobrar…</source>
            <translation>Encaisser…</translation>
        </message>
        <message>
            <source>Devolución…</source>
            <translation>Retour…</translation>
        </message>
        <message>
            <source>Conteo en la tienda…</source>
            <translation>Comptage en boutique…</translation>
        </message>
        <message>
            <source>Estado de cuenta</source>
            <translation>Relevé de compte</translation>
        </message>
        <message>
            <source>Estado en Excel…</source>
            <translation>Relevé en Excel…</translation>
        </message>
        <message>
            <source>El estado de cuenta en una hoja de cálculo, para que la tienda lo compare línea por línea</source>
            <translation>Le relevé de compte en tableur, pour que la boutique le vérifie ligne par ligne</translation>
        </message>
        <message>
            <source>Tiendas aliadas</source>
            <translation>Boutiques partenaires</translation>
        </message>
        <message>
            <source>Tiendas que venden nuestros productos a consignación. Las unidades enviadas siguen siendo del taller; la participación de las artesanas se genera cuando la tienda paga.</source>
            <translation>Boutiques qui vendent nos produits en dépôt-vente. Les unités envoyées restent à l'atelier ; la part des artisanes est acquise quand la boutique paie.</translation>
        </message>
        <message>
            <source>Tienda aliada «{name}» agregada.</source>
            <translation>Boutique partenaire « {name} » ajoutée.</translation>
        </message>
        <message>
            <source>Tienda aliada «{name}» guardada.</source>
            <translation>Boutique partenaire « {name} » enregistrée.</translation>
        </message>
        <message>
            <source>Nota {number}: {units} unidades enviadas a {partner}.</source>
            <translation>Bon {number} : {units} unités envoyées à {partner}.</translation>
        </message>
        <message>
            <source>Nota {number}: {units} unidades volvieron de {partner}.</source>
            <translation>Bon {number} : {units} unités revenues de {partner}.</translation>
        </message>
        <message>
            <source>Nota {number}</source>
            <translation>Ticket {number}</translation>
        </message>
        <message>
            <source>Reporte {number}: {units} unidades vendidas, {due} a favor del taller.</source>
            <translation>Relevé {number} : {units} unités vendues, {due} dus à l'atelier.</translation>
        </message>
        <message>
            <source>{partner} no debe nada.</source>
            <translation>{partner} ne doit rien.</translation>
        </message>
        <message>
            <source>Cobro {number}: {amount}; para las artesanas {shares}.</source>
            <translation>Paiement {number} : {amount} ; pour les artisanes {shares}.</translation>
        </message>
        <message>
            <source>Conteo en {partner}: vendidas sin reportar {sold}, perdidas {lost}.</source>
            <translation>Comptage chez {partner} : vendues sans être déclarées {sold}, perdues {lost}.</translation>
        </message>
        <message>
            <source>Estado de cuenta de {partner}</source>
            <translation>Relevé de compte de {partner}</translation>
        </message>
        <message>
            <source>Guardar estado de cuenta</source>
            <translation>Enregistrer le relevé</translation>
        </message>
        <message>
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>No se pudo guardar: {error}</source>
            <translation>Enregistrement impossible : {error}</translation>
        </message>
        <message>
            <source>Estado de cuenta guardado en {path}</source>
            <translation>Relevé enregistré dans {path}</translation>
        </message>
    </context>
    <context>
        <name>PaymentDialog</name>
        <message>
            <source>Total: %1</source>
            <translation>Total : %1</translation>
        </message>
        <message>
            <source>Billete recibido en dólares</source>
            <translation>Billet reçu en dollars</translation>
        </message>
        <message>
            <source>Recibido en efectivo (S/)</source>
            <translation>Reçu en espèces (S/)</translation>
        </message>
        <message>
            <source>Recibido en dólares (US$)</source>
            <translation>Reçu en dollars (US$)</translation>
        </message>
        <message>
            <source>Monto pagado por Yape (S/)</source>
            <translation>Montant payé par Yape (S/)</translation>
        </message>
        <message>
            <source>Monto pagado por Plin (S/)</source>
            <translation>Montant payé par Plin (S/)</translation>
        </message>
        <message>
            <source>Monto cobrado con tarjeta (S/)</source>
            <translation>Montant encaissé par carte (S/)</translation>
        </message>
        <message>
            <source>Monto transferido (S/)</source>
            <translation>Montant viré (S/)</translation>
        </message>
        <message>
            <source>Cobre este monto en el terminal de tarjetas.</source>
            <translation>Encaissez ce montant sur le terminal de carte.</translation>
        </message>
        <message>
            <source>Escriba cuánto le da el cliente o toque el billete. El vuelto es en soles.</source>
            <translation>Saisissez ce que donne le client ou touchez le billet. La monnaie est rendue en soles.</translation>
        </message>
        <message>
            <source>Efectivo</source>
            <translation>Espèces</translation>
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
            <translation>Carte</translation>
        </message>
        <message>
            <source>Transferencia</source>
            <translation>Virement</translation>
        </message>
        <message>
            <source>El monto no es un número válido.</source>
            <translation>Le montant n'est pas un nombre valide.</translation>
        </message>
        <message>
            <source>Escriba primero el monto de este pago.</source>
            <translation>Saisissez d'abord le montant de ce paiement.</translation>
        </message>
        <message>
            <source>Ya está todo pagado: toque Cobrar.</source>
            <translation>Tout est payé : touchez Encaisser.</translation>
        </message>
        <message>
            <source>la venta no se guardó</source>
            <translation>la vente n'a pas été enregistrée</translation>
        </message>
        <message>
            <source>Operación %1</source>
            <translation>Opération %1</translation>
        </message>
        <message>
            <source>¿Paga con dos métodos? Escriba el primer pago y toque «+ Agregar pago».</source>
            <translation>Paiement en deux fois ? Saisissez le premier paiement et touchez « + Ajouter un paiement ».</translation>
        </message>
        <message>
            <source>A pagar: %1</source>
            <translation>À payer : %1</translation>
        </message>
        <message>
            <source>(redondeo %1)</source>
            <translation>(arrondi %1)</translation>
        </message>
        <message>
            <source>Recibido: %1</source>
            <translation>Reçu : %1</translation>
        </message>
        <message>
            <source>Vuelto: %1</source>
            <translation>Rendu : %1</translation>
        </message>
        <message>
            <source>Falta: %1</source>
            <translation>Manque : %1</translation>
        </message>
        <message>
            <source>Tipo de cambio de hoy: US$ 1 = %1</source>
            <translation>Taux de change du jour : US$ 1 = %1</translation>
        </message>
        <message>
            <source>Falta pagar en dólares: %1</source>
            <translation>Reste à payer en dollars : %1</translation>
        </message>
        <message>
            <source>Cobrar</source>
            <translation>Encaisser</translation>
        </message>
        <message>
            <source>Efectivo S/</source>
            <translation>Espèces S/</translation>
        </message>
        <message>
            <source>Dólares US$</source>
            <translation>Dollars US$</translation>
        </message>
        <message>
            <source>N.º de operación</source>
            <translation>N° d'opération</translation>
        </message>
        <message>
            <source>Se ve en el celular del cliente</source>
            <translation>Visible sur le portable du client</translation>
        </message>
        <message>
            <source>Billete recibido</source>
            <translation>Billet reçu</translation>
        </message>
        <message>
            <source>Poner justo lo que falta pagar (F11 o =)</source>
            <translation>Mettre exactement ce qui reste à payer (F11 ou =)</translation>
        </message>
        <message>
            <source>Monto exacto (F11)</source>
            <translation>Montant exact (F11)</translation>
        </message>
        <message>
            <source>Guardar este pago y cobrar el resto con otro método</source>
            <translation>Enregistrer ce paiement et encaisser le reste autrement</translation>
        </message>
        <message>
            <source>+ Agregar pago</source>
            <translation>+ Ajouter un paiement</translation>
        </message>
        <message>
            <source>Pagos agregados</source>
            <translation>Paiements ajoutés</translation>
        </message>
        <message>
            <source>Quitar pago</source>
            <translation>Retirer le paiement</translation>
        </message>
        <message>
            <source>Nota de venta en</source>
            <translation>Ticket en</translation>
        </message>
        <message>
            <source>Cancelar (Esc)</source>
            <translation>Annuler (Échap)</translation>
        </message>
        <message>
            <source>Cobrar (Enter)</source>
            <translation>Encaisser (Entrée)</translation>
        </message>
    </context>
    <context>
        <name>PayoutDialog</name>
        <message>
            <source>Pago a artesanas</source>
            <translation>Paiements aux artisanes</translation>
        </message>
        <message>
            <source>Pagar a:</source>
            <translation>Payer :</translation>
        </message>
        <message>
            <source>Ventas hasta el:</source>
            <translation>Ventes jusqu'au :</translation>
        </message>
        <message>
            <source>Efectivo de la caja</source>
            <translation>Espèces de la caisse</translation>
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
            <translation>Virement</translation>
        </message>
        <message>
            <source>N.º de operación del Yape, Plin o de la transferencia</source>
            <translation>N° d'opération Yape, Plin ou du virement</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>¿Cómo se le paga?</source>
            <translation>Comment la payer ?</translation>
        </message>
        <message>
            <source>Todas las artesanas con saldo</source>
            <translation>Toutes les artisanes avec un solde</translation>
        </message>
        <message>
            <source>{name} — nada que pagar ({amount})</source>
            <translation>{name} — rien à payer ({amount})</translation>
        </message>
        <message>
            <source>{name} — nada pendiente</source>
            <translation>{name} — rien en attente</translation>
        </message>
        <message>
            <source>{count} artesanas con saldo hasta el {day}</source>
            <translation>{count} artisanes avec un solde au {day}</translation>
        </message>
        <message>
            <source>1 artesana con saldo hasta el {day}</source>
            <translation>1 artisane avec un solde au {day}</translation>
        </message>
        <message>
            <source>Cada una recibe su propia constancia. Las que no tienen saldo no aparecen: lo suyo pasa al próximo pago.</source>
            <translation>Chacune reçoit son propre reçu. Celles qui n'ont pas de solde n'apparaissent pas : leur dû passe au prochain paiement.</translation>
        </message>
        <message>
            <source>Lo que se le paga a {name}: movimientos pendientes hasta el {day}</source>
            <translation>Ce qui est payé à {name} : mouvements en attente jusqu'au {day}</translation>
        </message>
        <message>
            <source>{count} movimientos · participaciones {accrued} · devoluciones {reversed}</source>
            <translation>{count} mouvements · parts {accrued} · remboursements {reversed}</translation>
        </message>
        <message>
            <source>Las devoluciones superan a las ventas: no hay nada que pagar, el saldo pasa al próximo pago.</source>
            <translation>Les remboursements dépassent les ventes : rien à payer, le solde passe au prochain paiement.</translation>
        </message>
        <message>
            <source>Total: {amount}</source>
            <translation>Total : {amount}</translation>
        </message>
        <message>
            <source>La caja está cerrada: ábrala para pagar en efectivo.</source>
            <translation>La caisse est fermée : ouvrez-la pour payer en espèces.</translation>
        </message>
        <message>
            <source>El dinero sale de la caja abierta y queda registrado como pago a artesana.</source>
            <translation>L'argent sort de la caisse ouverte et est enregistré comme paiement à l'artisane.</translation>
        </message>
        <message>
            <source>En efectivo se paga en monedas de 10 céntimos: {amount} quedan en su saldo para el próximo pago.</source>
            <translation>En espèces, on paie en pièces de 10 centimes : {amount} restent sur son solde pour le prochain paiement.</translation>
        </message>
        <message>
            <source>Escriba en la tabla el número de operación de cada artesana.</source>
            <translation>Saisissez dans le tableau le numéro d'opération de chaque artisane.</translation>
        </message>
        <message>
            <source>Escriba el número de operación que muestra el teléfono o el banco.</source>
            <translation>Saisissez le numéro d'opération affiché par le téléphone ou la banque.</translation>
        </message>
        <message>
            <source>Elija cómo se le paga.</source>
            <translation>Choisissez comment la payer.</translation>
        </message>
        <message>
            <source>Pagar {amount}</source>
            <translation>Payer {amount}</translation>
        </message>
        <message>
            <source>Nada que pagar</source>
            <translation>Rien à payer</translation>
        </message>
        <message>
            <source>el pago no se guardó</source>
            <translation>le paiement n'a pas été enregistré</translation>
        </message>
        <message>
            <source>No había nada que pagar.</source>
            <translation>Il n'y avait rien à payer.</translation>
        </message>
        <message>
            <source>en efectivo</source>
            <translation>en espèces</translation>
        </message>
        <message>
            <source>transferencia</source>
            <translation>virement</translation>
        </message>
        <message>
            <source>{count} artesanas</source>
            <translation>{count} artisanes</translation>
        </message>
        <message>
            <source>{amount} quedan en su saldo para el próximo pago: en efectivo se paga en monedas de 10 céntimos.</source>
            <translation>{amount} restent sur son solde pour le prochain paiement : en espèces, on paie en pièces de 10 centimes.</translation>
        </message>
    </context>
    <context>
        <name>PayoutDonePage</name>
        <message>
            <source>Imprima la constancia: salen dos ejemplares, uno para el centro y otro para la artesana. Las dos firman ambos.</source>
            <translation>Imprimez le reçu : il sort en deux exemplaires, un pour le centre et un pour l'artisane. Toutes les deux signent les deux.</translation>
        </message>
        <message>
            <source>Ver e imprimir la constancia</source>
            <translation>Voir et imprimer le reçu</translation>
        </message>
        <message>
            <source>Terminar</source>
            <translation>Terminer</translation>
        </message>
        <message>
            <source>Papel:</source>
            <translation>Papier :</translation>
        </message>
        <message>
            <source>Pago {number} registrado: {amount} a {name} ({method}).</source>
            <translation>Paiement {number} enregistré : {amount} à {name} ({method}).</translation>
        </message>
        <message>
            <source>Quedan {amount} en su saldo.</source>
            <translation>{amount} restent sur son solde.</translation>
        </message>
        <message>
            <source>{count} pagos registrados ({method}).</source>
            <translation>{count} paiements enregistrés ({method}).</translation>
        </message>
        <message>
            <source>Ver e imprimir la constancia elegida</source>
            <translation>Voir et imprimer le reçu choisi</translation>
        </message>
    </context>
    <context>
        <name>PayoutHistoryScreen</name>
        <message>
            <source>Pagos a las artesanas</source>
            <translation>Paiements aux artisanes</translation>
        </message>
        <message>
            <source>Pagos y constancias</source>
            <translation>Paiements et reçus</translation>
        </message>
        <message>
            <source>Totales por mes (para los financiadores)</source>
            <translation>Totaux par mois (pour les financeurs)</translation>
        </message>
        <message>
            <source>Artesana:</source>
            <translation>Artisane :</translation>
        </message>
        <message>
            <source>N.º</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Fecha de pago</source>
            <translation>Date de paiement</translation>
        </message>
        <message>
            <source>Artesana</source>
            <translation>Artisane</translation>
        </message>
        <message>
            <source>Ventas que paga</source>
            <translation>Ventes payées</translation>
        </message>
        <message>
            <source>Forma de pago</source>
            <translation>Mode de paiement</translation>
        </message>
        <message>
            <source>Mov.</source>
            <translation>Mouv.</translation>
        </message>
        <message>
            <source>Importe</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Ver constancia (copia)</source>
            <translation>Voir le reçu (copie)</translation>
        </message>
        <message>
            <source>Papel:</source>
            <translation>Papier :</translation>
        </message>
        <message>
            <source>Todas</source>
            <translation>Toutes</translation>
        </message>
        <message>
            <source>Efectivo</source>
            <translation>Espèces</translation>
        </message>
        <message>
            <source>Transferencia</source>
            <translation>Virement</translation>
        </message>
        <message>
            <source>del {start} al {end}</source>
            <translation>du {start} au {end}</translation>
        </message>
        <message>
            <source>{count} pagos · total pagado {amount}</source>
            <translation>{count} paiements · total payé {amount}</translation>
        </message>
        <message>
            <source>1 pago · total pagado {amount}</source>
            <translation>1 paiement · total payé {amount}</translation>
        </message>
        <message>
            <source>No hay pagos con estos filtros: cambie la artesana o las fechas.</source>
            <translation>Aucun paiement avec ces filtres : changez l'artisane ou les dates.</translation>
        </message>
        <message>
            <source>Elija un pago de la lista.</source>
            <translation>Choisissez un paiement dans la liste.</translation>
        </message>
        <message>
            <source>Lo pagado a cada artesana en cada mes, según la fecha del pago (en soles).</source>
            <translation>Ce qui a été payé à chaque artisane chaque mois, selon la date du paiement (en soles).</translation>
        </message>
        <message>
            <source>Año:</source>
            <translation>Année :</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>{year}: {payouts} pagos a {makers} artesanas, {amount} en total.</source>
            <translation>{year} : {payouts} paiements à {makers} artisanes, {amount} au total.</translation>
        </message>
    </context>
    <context>
        <name>PdfViewDialog</name>
        <message>
            <source>Imprimir</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <source>Guardar PDF</source>
            <translation>Enregistrer le PDF</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Documentos PDF (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>PDF guardado en %1</source>
            <translation>PDF enregistré dans %1</translation>
        </message>
    </context>
    <context>
        <name>PeriodCharts</name>
        <message>
            <source>miles de S/</source>
            <translation>milliers de S/</translation>
        </message>
        <message>
            <source>Ventas netas por día ({unit})</source>
            <translation>Ventes nettes par jour ({unit})</translation>
        </message>
        <message>
            <source>Ventas netas por mes ({unit})</source>
            <translation>Ventes nettes par mois ({unit})</translation>
        </message>
        <message>
            <source>Ventas netas</source>
            <translation>Ventes nettes</translation>
        </message>
        <message>
            <source>Ganado por artesana ({unit})</source>
            <translation>Gagné par artisane ({unit})</translation>
        </message>
        <message>
            <source>Ganado</source>
            <translation>Gagné</translation>
        </message>
        <message>
            <source>Ventas netas por ubicación</source>
            <translation>Ventes nettes par emplacement</translation>
        </message>
    </context>
    <context>
        <name>PeriodPicker</name>
        <message>
            <source>Este mes</source>
            <translation>Ce mois-ci</translation>
        </message>
        <message>
            <source>Mes pasado</source>
            <translation>Mois dernier</translation>
        </message>
        <message>
            <source>Este año</source>
            <translation>Cette année</translation>
        </message>
        <message>
            <source>Año pasado</source>
            <translation>Année dernière</translation>
        </message>
        <message>
            <source>Otras fechas</source>
            <translation>Autres dates</translation>
        </message>
        <message>
            <source>del</source>
            <translation>du</translation>
        </message>
        <message>
            <source>al</source>
            <translation>au</translation>
        </message>
    </context>
    <context>
        <name>PeriodSummary</name>
        <message>
            <source>Ventas netas</source>
            <translation>Ventes nettes</translation>
        </message>
        <message>
            <source>Ventas</source>
            <translation>Ventes</translation>
        </message>
        <message>
            <source>Unidades vendidas</source>
            <translation>Unités vendues</translation>
        </message>
        <message>
            <source>Venta promedio</source>
            <translation>Vente moyenne</translation>
        </message>
        <message>
            <source>Para las artesanas</source>
            <translation>Pour les artisanes</translation>
        </message>
        <message>
            <source>Devoluciones</source>
            <translation>Remboursements</translation>
        </message>
        <message>
            <source>Descuentos</source>
            <translation>Remises</translation>
        </message>
        <message>
            <source>Stock a precio de venta</source>
            <translation>Stock au prix de vente</translation>
        </message>
    </context>
    <context>
        <name>PhotoCropDialog</name>
        <message>
            <source>Recortar la foto</source>
            <translation>Recadrer la photo</translation>
        </message>
        <message>
            <source>Más chico −</source>
            <translation>Plus petit −</translation>
        </message>
        <message>
            <source>Más grande +</source>
            <translation>Plus grand +</translation>
        </message>
        <message>
            <source>Centrar</source>
            <translation>Centrer</translation>
        </message>
        <message>
            <source>Usar este recorte</source>
            <translation>Utiliser ce recadrage</translation>
        </message>
        <message>
            <source>Arrastre el cuadro hasta el producto. Flechas: mover; + y −: tamaño. Se guarda cuadrada.</source>
            <translation>Faites glisser le carré sur le produit. Flèches : déplacer ; + et − : taille. Elle est gardée carrée.</translation>
        </message>
        <message>
            <source>Recorte de {side} × {side} píxeles</source>
            <translation>Recadrage de {side} × {side} pixels</translation>
        </message>
    </context>
    <context>
        <name>PhotoStrip</name>
        <message>
            <source>Agregar foto…</source>
            <translation>Ajouter une photo…</translation>
        </message>
        <message>
            <source>Cámara…</source>
            <translation>Caméra…</translation>
        </message>
        <message>
            <source>Hacer principal</source>
            <translation>Mettre en principale</translation>
        </message>
        <message>
            <source>Quitar</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Arrastre aquí fotos desde una carpeta</source>
            <translation>Faites glisser ici des photos d'un dossier</translation>
        </message>
        <message>
            <source>★ Principal</source>
            <translation>★ Principale</translation>
        </message>
        <message>
            <source>Esta computadora no tiene cámara. Agregue la foto desde un archivo o arrástrela aquí.</source>
            <translation>Cet ordinateur n'a pas de caméra. Ajoutez la photo depuis un fichier ou faites-la glisser ici.</translation>
        </message>
        <message>
            <source>foto de la cámara</source>
            <translation>photo de la caméra</translation>
        </message>
        <message>
            <source>No se agregó la foto: {reason}</source>
            <translation>La photo n'a pas été ajoutée : {reason}</translation>
        </message>
        <message>
            <source>Foto agregada.</source>
            <translation>Photo ajoutée.</translation>
        </message>
        <message>
            <source>Fotos agregadas.</source>
            <translation>Photos ajoutées.</translation>
        </message>
        <message>
            <source>Es la foto principal: la que se ve en la caja y en el catálogo.</source>
            <translation>C'est la photo principale : celle de la caisse et du catalogue.</translation>
        </message>
        <message>
            <source>Quitar foto</source>
            <translation>Retirer la photo</translation>
        </message>
        <message>
            <source>¿Quitar esta foto?</source>
            <translation>Retirer cette photo ?</translation>
        </message>
        <message>
            <source>Foto quitada.</source>
            <translation>Photo retirée.</translation>
        </message>
    </context>
    <context>
        <name>PhotosDialog</name>
        <message>
            <source>Fotos de {name}</source>
            <translation>Photos de {name}</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Fermer</translation>
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
            <translation>Chercher</translation>
        </message>
        <message>
            <source>58 mm (32 caracteres)</source>
            <translation>58 mm (32 caractères)</translation>
        </message>
        <message>
            <source>80 mm (42 caracteres)</source>
            <translation>80 mm (42 caractères)</translation>
        </message>
        <message>
            <source>80 mm (48 caracteres)</source>
            <translation>80 mm (48 caractères)</translation>
        </message>
        <message>
            <source>Imprimir la página de prueba</source>
            <translation>Imprimer la page de test</translation>
        </message>
        <message>
            <source>Corte parcial</source>
            <translation>Coupe partielle</translation>
        </message>
        <message>
            <source>Corte total</source>
            <translation>Coupe totale</translation>
        </message>
        <message>
            <source>Sin corte</source>
            <translation>Sans coupe</translation>
        </message>
        <message>
            <source>Pin 2</source>
            <translation>Broche 2</translation>
        </message>
        <message>
            <source>Pin 5</source>
            <translation>Broche 5</translation>
        </message>
        <message>
            <source>Sin cajón</source>
            <translation>Sans tiroir</translation>
        </message>
        <message>
            <source>La impresora dibuja el QR ella misma</source>
            <translation>L'imprimante dessine elle-même le code QR</translation>
        </message>
        <message>
            <source>Sin logo</source>
            <translation>Sans logo</translation>
        </message>
        <message>
            <source>Elegir…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Impresora térmica</source>
            <translation>Imprimante thermique</translation>
        </message>
        <message>
            <source>Vacío: las notas salen en PDF por la impresora de «Nota de venta».</source>
            <translation>Vide : les notes partent en PDF vers l'imprimante de « Note de vente ».</translation>
        </message>
        <message>
            <source>Papel</source>
            <translation>Papier</translation>
        </message>
        <message>
            <source>Acentos</source>
            <translation>Accents</translation>
        </message>
        <message>
            <source>Imprima la página de prueba y elija el número cuya línea se lee bien: áéíóú ñ ¿¡ S/</source>
            <translation>Imprimez la page de test et choisissez le numéro dont la ligne se lit bien : áéíóú ñ ¿¡ S/</translation>
        </message>
        <message>
            <source>Corte</source>
            <translation>Coupe</translation>
        </message>
        <message>
            <source>Cajón de dinero</source>
            <translation>Tiroir-caisse</translation>
        </message>
        <message>
            <source>Se abre al cobrar o devolver en efectivo.</source>
            <translation>Il s'ouvre quand on encaisse ou rembourse en espèces.</translation>
        </message>
        <message>
            <source>Logo</source>
            <translation>Logo</translation>
        </message>
        <message>
            <source>Red {address}</source>
            <translation>Réseau {address}</translation>
        </message>
        <message>
            <source>Encontradas: {count}</source>
            <translation>Trouvées : {count}</translation>
        </message>
        <message>
            <source>Buscando impresoras en la red…</source>
            <translation>Recherche d'imprimantes sur le réseau…</translation>
        </message>
        <message>
            <source>Logo de la nota</source>
            <translation>Logo de la note</translation>
        </message>
        <message>
            <source>Imágenes (*.png *.jpg *.jpeg *.bmp)</source>
            <translation>Images (*.png *.jpg *.jpeg *.bmp)</translation>
        </message>
        <message>
            <source>escriba o elija primero la impresora térmica</source>
            <translation>saisissez ou choisissez d'abord l'imprimante thermique</translation>
        </message>
        <message>
            <source>PRUEBA DE ACENTOS</source>
            <translation>TEST DES ACCENTS</translation>
        </message>
        <message>
            <source>Imprimiendo la página de prueba…</source>
            <translation>Impression de la page de test…</translation>
        </message>
        <message>
            <source>No se imprimió la página de prueba: {reason}.</source>
            <translation>La page de test n'a pas été imprimée : {reason}.</translation>
        </message>
        <message>
            <source>Página impresa: elija arriba el número cuya línea se lee bien.</source>
            <translation>Page imprimée : choisissez ci-dessus le numéro dont la ligne se lit bien.</translation>
        </message>
    </context>
    <context>
        <name>ProductDialog</name>
        <message>
            <source>Nuevo producto</source>
            <translation>Nouveau produit</translation>
        </message>
        <message>
            <source>Nombre</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Categoría</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Precio (S/)</source>
            <translation>Prix (S/)</translation>
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
            <translation>Sacs, porte-monnaie…</translation>
        </message>
        <message>
            <source>Crear producto</source>
            <translation>Créer le produit</translation>
        </message>
    </context>
    <context>
        <name>ProductGrid</name>
        <message>
            <source>Todos</source>
            <translation>Tous</translation>
        </message>
        <message>
            <source>Ningún producto coincide con «{text}».</source>
            <translation>Aucun produit ne correspond à « {text} ».</translation>
        </message>
        <message>
            <source>Todavía no hay productos en el catálogo.</source>
            <translation>Le catalogue n'a encore aucun produit.</translation>
        </message>
        <message>
            <source>No hay productos en esta categoría.</source>
            <translation>Aucun produit dans cette catégorie.</translation>
        </message>
    </context>
    <context>
        <name>ProductGridModel</name>
        <message>
            <source>{name}
Hecho por {makers}
{price} · código {code} · {stock} en stock</source>
            <translation>{name}
Fait par {makers}
{price} · code {code} · {stock} en stock</translation>
        </message>
    </context>
    <context>
        <name>ProductionDialog</name>
        <message>
            <source>Registrar producción</source>
            <translation>Enregistrer la production</translation>
        </message>
        <message>
            <source>¿Quién lo hizo?</source>
            <translation>Qui l'a fait ?</translation>
        </message>
        <message>
            <source>Todavía no hay artesanas: agregue la primera aquí.</source>
            <translation>Il n'y a pas encore d'artisanes : ajoutez la première ici.</translation>
        </message>
        <message>
            <source>+ Nueva artesana…</source>
            <translation>+ Nouvelle artisane…</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Buscar producto…</source>
            <translation>Chercher un produit…</translation>
        </message>
        <message>
            <source>← Otra artesana</source>
            <translation>← Autre artisane</translation>
        </message>
        <message>
            <source>+ Producto nuevo…</source>
            <translation>+ Nouveau produit…</translation>
        </message>
        <message>
            <source>¿Cuántos?</source>
            <translation>Combien ?</translation>
        </message>
        <message>
            <source>← Otro producto</source>
            <translation>← Autre produit</translation>
        </message>
        <message>
            <source>¿Dónde quedan?</source>
            <translation>Où sont-ils rangés ?</translation>
        </message>
        <message>
            <source>Registrar otra producción</source>
            <translation>Enregistrer une autre production</translation>
        </message>
        <message>
            <source>Terminar</source>
            <translation>Terminer</translation>
        </message>
        <message>
            <source>1 Artesana</source>
            <translation>1 Artisane</translation>
        </message>
        <message>
            <source>2 Producto</source>
            <translation>2 Produit</translation>
        </message>
        <message>
            <source>3 Cantidad y lugar</source>
            <translation>3 Quantité et lieu</translation>
        </message>
        <message>
            <source>¿Qué terminó {name}?</source>
            <translation>Qu'a terminé {name} ?</translation>
        </message>
        <message>
            <source>{code} · {makers} · {stock} en stock</source>
            <translation>{code} · {makers} · {stock} en stock</translation>
        </message>
        <message>
            <source>primera vez: se crea su artículo</source>
            <translation>première fois : son article est créé</translation>
        </message>
        <message>
            <source>{name}: {product}</source>
            <translation>{name} : {product}</translation>
        </message>
        <message>
            <source>Registrar {count} en {place}</source>
            <translation>Enregistrer {count} à {place}</translation>
        </message>
        <message>
            <source>Escriba la cantidad</source>
            <translation>Saisissez la quantité</translation>
        </message>
        <message>
            <source>{count} × {product} de {name}</source>
            <translation>{count} × {product} de {name}</translation>
        </message>
        <message>
            <source>{name} terminó {count} × {product} en {place}.</source>
            <translation>{name} a terminé {count} × {product} à {place}.</translation>
        </message>
        <message>
            <source>Ahora hay {level} en {place}. Código del artículo: {code}.</source>
            <translation>Il y a maintenant {level} à {place}. Code de l'article : {code}.</translation>
        </message>
        <message>
            <source>(Es su primer artículo de este producto: se le dio un código nuevo.)</source>
            <translation>(C'est son premier article de ce produit : un nouveau code lui a été attribué.)</translation>
        </message>
        <message>
            <source>Imprimir {count} etiquetas</source>
            <translation>Imprimer {count} étiquettes</translation>
        </message>
    </context>
    <context>
        <name>ProductsScreen</name>
        <message>
            <source>Buscar producto…</source>
            <translation>Chercher un produit…</translation>
        </message>
        <message>
            <source>Ver retirados</source>
            <translation>Voir les retirés</translation>
        </message>
        <message>
            <source>Producto</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Precio</source>
            <translation>Prix</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Stock</translation>
        </message>
        <message>
            <source>+ Nuevo producto</source>
            <translation>+ Nouveau produit</translation>
        </message>
        <message>
            <source>Importar…</source>
            <translation>Importer…</translation>
        </message>
        <message>
            <source>Importar productos desde una planilla CSV o Excel</source>
            <translation>Importer des produits depuis un tableau CSV ou Excel</translation>
        </message>
        <message>
            <source>Sin foto</source>
            <translation>Sans photo</translation>
        </message>
        <message>
            <source>Arrastre aquí una foto del producto</source>
            <translation>Faites glisser ici une photo du produit</translation>
        </message>
        <message>
            <source>Se vende (aparece en la caja)</source>
            <translation>En vente (apparaît à la caisse)</translation>
        </message>
        <message>
            <source>Fotos…</source>
            <translation>Photos…</translation>
        </message>
        <message>
            <source>Guardar cambios</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Nombre</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Categoría</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Precio (S/)</source>
            <translation>Prix (S/)</translation>
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
            <translation>Fait par</translation>
        </message>
        <message>
            <source>Estado</source>
            <translation>État</translation>
        </message>
        <message>
            <source>+ Artículo</source>
            <translation>+ Article</translation>
        </message>
        <message>
            <source>Artesanas…</source>
            <translation>Artisanes…</translation>
        </message>
        <message>
            <source>Corregir quién hizo el artículo (solo si aún no se vendió)</source>
            <translation>Corriger qui a fait l'article (seulement s'il n'est pas encore vendu)</translation>
        </message>
        <message>
            <source>Retirar</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Etiquetas</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Producción</source>
            <translation>Production</translation>
        </message>
        <message>
            <source>Artículos (uno por artesana o grupo)</source>
            <translation>Articles (un par artisane ou groupe)</translation>
        </message>
        <message>
            <source>Elija un producto de la lista o cree uno nuevo.</source>
            <translation>Choisissez un produit dans la liste ou créez-en un.</translation>
        </message>
        <message>
            <source>Todas las categorías</source>
            <translation>Toutes les catégories</translation>
        </message>
        <message>
            <source>Productos</source>
            <translation>Produits</translation>
        </message>
        <message>
            <source>Taller (del centro)</source>
            <translation>Atelier (du centre)</translation>
        </message>
        <message>
            <source>a la venta</source>
            <translation>en vente</translation>
        </message>
        <message>
            <source>retirado</source>
            <translation>retiré</translation>
        </message>
        <message>
            <source>Reactivar</source>
            <translation>Réactiver</translation>
        </message>
        <message>
            <source>Producto «{name}» creado. Agregue quién lo hizo.</source>
            <translation>Produit « {name} » créé. Ajoutez qui l'a fait.</translation>
        </message>
        <message>
            <source>No se agregó la foto: {reason}</source>
            <translation>La photo n'a pas été ajoutée : {reason}</translation>
        </message>
        <message>
            <source>Foto agregada a «{name}».</source>
            <translation>Photo ajoutée à « {name} ».</translation>
        </message>
        <message>
            <source>Cambiar el precio</source>
            <translation>Changer le prix</translation>
        </message>
        <message>
            <source>¿Cambiar el precio de «{name}» de {old} a {new}?
Las ventas ya hechas mantienen su precio.</source>
            <translation>Changer le prix de « {name} » de {old} à {new} ?
Les ventes déjà faites gardent leur prix.</translation>
        </message>
        <message>
            <source>Cambiar precio</source>
            <translation>Changer le prix</translation>
        </message>
        <message>
            <source>Cambios guardados: {name}.</source>
            <translation>Modifications enregistrées : {name}.</translation>
        </message>
        <message>
            <source>Artículo {code} creado: {product} de {makers}.</source>
            <translation>Article {code} créé : {product} de {makers}.</translation>
        </message>
        <message>
            <source>Artesanas del artículo {code} actualizadas.</source>
            <translation>Artisanes de l'article {code} mises à jour.</translation>
        </message>
        <message>
            <source>Artículo {code} retirado de la caja.</source>
            <translation>Article {code} retiré de la caisse.</translation>
        </message>
        <message>
            <source>Artículo {code} a la venta.</source>
            <translation>Article {code} en vente.</translation>
        </message>
        <message>
            <source>Los artículos del centro no se registran como producción.</source>
            <translation>Les articles du centre ne sont pas enregistrés comme production.</translation>
        </message>
    </context>
    <context>
        <name>QuantityDialog</name>
        <message>
            <source>Como máximo {n} unidades en una línea.</source>
            <translation>Au plus {n} unités sur une ligne.</translation>
        </message>
        <message>
            <source>Cantidad</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <source>Aceptar</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>La cantidad debe ser 1 o más.</source>
            <translation>La quantité doit être de 1 ou plus.</translation>
        </message>
        <message>
            <source>¿Vender {n} unidades de {name}?</source>
            <translation>Vendre {n} unités de {name} ?</translation>
        </message>
        <message>
            <source>Hay {stock} en stock.</source>
            <translation>Il y en a {stock} en stock.</translation>
        </message>
        <message>
            <source>¿Tantas unidades?</source>
            <translation>Autant d'unités ?</translation>
        </message>
        <message>
            <source>Sí, {n} unidades</source>
            <translation>Oui, {n} unités</translation>
        </message>
        <message>
            <source>Corregir</source>
            <translation>Corriger</translation>
        </message>
    </context>
    <context>
        <name>ReceiptTab</name>
        <message>
            <source>Rollo de 80 mm</source>
            <translation>Rouleau de 80 mm</translation>
        </message>
        <message>
            <source>Rollo de 58 mm</source>
            <translation>Rouleau de 58 mm</translation>
        </message>
        <message>
            <source>Hoja A4</source>
            <translation>Feuille A4</translation>
        </message>
        <message>
            <source>Grande, en el centro</source>
            <translation>Grand, au centre</translation>
        </message>
        <message>
            <source>Pequeño, al lado del enlace (nota más corta)</source>
            <translation>Petit, à côté du lien (ticket plus court)</translation>
        </message>
        <message>
            <source>Sin código QR, solo el enlace</source>
            <translation>Sans code QR, le lien seul</translation>
        </message>
        <message>
            <source>Imprimir la nota de venta</source>
            <translation>Imprimer le ticket</translation>
        </message>
        <message>
            <source>Preguntar en la pantalla: imprimir, PDF o sin nota</source>
            <translation>Demander à l'écran : imprimer, PDF ou sans ticket</translation>
        </message>
        <message>
            <source>No hacer nada</source>
            <translation>Ne rien faire</translation>
        </message>
        <message>
            <source>Texto de arriba</source>
            <translation>Texte du haut</translation>
        </message>
        <message>
            <source>Por ejemplo: NOTA DE VENTA — no es comprobante de pago</source>
            <translation>Par exemple : NOTA DE VENTA — no es comprobante de pago</translation>
        </message>
        <message>
            <source>Texto de abajo</source>
            <translation>Texte du bas</translation>
        </message>
        <message>
            <source>Papel</source>
            <translation>Papier</translation>
        </message>
        <message>
            <source>Código QR del catálogo</source>
            <translation>Code QR du catalogue</translation>
        </message>
        <message>
            <source>Después de cobrar</source>
            <translation>Après l'encaissement</translation>
        </message>
        <message>
            <source>Impresora</source>
            <translation>Imprimante</translation>
        </message>
        <message>
            <source>Sin impresora: guardar PDF</source>
            <translation>Sans imprimante : enregistrer en PDF</translation>
        </message>
        <message>
            <source>%1 (no encontrada)</source>
            <translation>%1 (introuvable)</translation>
        </message>
    </context>
    <context>
        <name>RecoveryDialog</name>
        <message>
            <source>Mama Killa POS — no se puede abrir la base de datos</source>
            <translation>Mama Killa POS — impossible d'ouvrir la base de données</translation>
        </message>
        <message>
            <source>Archivo: {path}
Qué pasó: {message}.

El archivo no se modifica: queda guardado tal como está.</source>
            <translation>Fichier : {path}
Ce qui s'est passé : {message}.

Le fichier n'est pas modifié : il reste tel quel.</translation>
        </message>
        <message>
            <source>Restaurar esta copia</source>
            <translation>Restaurer cette sauvegarde</translation>
        </message>
        <message>
            <source>&lt;b&gt;Copia de seguridad más reciente: {date}&lt;/b&gt;&lt;br&gt;{sales} notas de venta y devoluciones, {moves} movimientos de stock.&lt;br&gt;&lt;small&gt;{path}&lt;/small&gt;</source>
            <translation>&lt;b&gt;Sauvegarde la plus récente : {date}&lt;/b&gt;&lt;br&gt;{sales} tickets et remboursements, {moves} mouvements de stock.&lt;br&gt;&lt;small&gt;{path}&lt;/small&gt;</translation>
        </message>
        <message>
            <source>No se encontró ninguna copia de seguridad en buen estado junto a la base de datos.</source>
            <translation>Aucune sauvegarde en bon état n'a été trouvée à côté de la base de données.</translation>
        </message>
        <message>
            <source>Abrir otro archivo…</source>
            <translation>Ouvrir un autre fichier…</translation>
        </message>
        <message>
            <source>Salir</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <source>Abrir una base de datos o una copia</source>
            <translation>Ouvrir une base de données ou une sauvegarde</translation>
        </message>
    </context>
    <context>
        <name>RefundDialog</name>
        <message>
            <source>Devolución de la venta %1</source>
            <translation>Remboursement de la vente %1</translation>
        </message>
        <message>
            <source>Devolver productos de la venta %1</source>
            <translation>Rembourser des produits de la vente %1</translation>
        </message>
        <message>
            <source>Vendida el %1 · total %2</source>
            <translation>Vendue le %1 · total %2</translation>
        </message>
        <message>
            <source>Devolver todo</source>
            <translation>Tout rembourser</translation>
        </message>
        <message>
            <source>¿Cómo se devuelve el dinero?</source>
            <translation>Comment rendre l'argent ?</translation>
        </message>
        <message>
            <source>Efectivo</source>
            <translation>Espèces</translation>
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
            <translation>Carte</translation>
        </message>
        <message>
            <source>Transferencia</source>
            <translation>Virement</translation>
        </message>
        <message>
            <source>N.º de operación</source>
            <translation>N° d'opération</translation>
        </message>
        <message>
            <source>Motivo (obligatorio)</source>
            <translation>Motif (obligatoire)</translation>
        </message>
        <message>
            <source>Toque un motivo o escríbalo</source>
            <translation>Touchez un motif ou saisissez-le</translation>
        </message>
        <message>
            <source>Producto con falla</source>
            <translation>Produit défectueux</translation>
        </message>
        <message>
            <source>Cambio por otro producto</source>
            <translation>Échange contre un autre produit</translation>
        </message>
        <message>
            <source>Al cliente no le gustó</source>
            <translation>Le client n'a pas aimé</translation>
        </message>
        <message>
            <source>Error al cobrar</source>
            <translation>Erreur d'encaissement</translation>
        </message>
        <message>
            <source>Cancelar (Esc)</source>
            <translation>Annuler (Échap)</translation>
        </message>
        <message>
            <source>Devolver</source>
            <translation>Rembourser</translation>
        </message>
        <message>
            <source>Elija cuántas unidades vuelven.</source>
            <translation>Choisissez combien d'unités reviennent.</translation>
        </message>
        <message>
            <source>Devolver %1</source>
            <translation>Rembourser %1</translation>
        </message>
        <message>
            <source>Se devuelven %1 en efectivo</source>
            <translation>%1 rendus en espèces</translation>
        </message>
        <message>
            <source>Se devuelven %1 por Yape</source>
            <translation>%1 rendus par Yape</translation>
        </message>
        <message>
            <source>Se devuelven %1 por Plin</source>
            <translation>%1 rendus par Plin</translation>
        </message>
        <message>
            <source>Se devuelven %1 a la tarjeta</source>
            <translation>%1 rendus sur la carte</translation>
        </message>
        <message>
            <source>Se devuelven %1 por transferencia</source>
            <translation>%1 rendus par virement</translation>
        </message>
        <message>
            <source>(redondeo %1)</source>
            <translation>(arrondi %1)</translation>
        </message>
        <message>
            <source>la devolución no se guardó</source>
            <translation>le remboursement n'a pas été enregistré</translation>
        </message>
    </context>
    <context>
        <name>ReportsScreen</name>
        <message>
            <source>Reportes</source>
            <translation>Rapports</translation>
        </message>
        <message>
            <source>Hoy</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <source>Esta semana</source>
            <translation>Cette semaine</translation>
        </message>
        <message>
            <source>Este mes</source>
            <translation>Ce mois-ci</translation>
        </message>
        <message>
            <source>Este año</source>
            <translation>Cette année</translation>
        </message>
        <message>
            <source>Personalizado</source>
            <translation>Personnalisé</translation>
        </message>
        <message>
            <source>Exportar XLSX</source>
            <translation>Exporter XLSX</translation>
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
            <translation>Tous les tableaux de la période dans un classeur</translation>
        </message>
        <message>
            <source>La tabla abierta, en CSV</source>
            <translation>Le tableau affiché, en CSV</translation>
        </message>
        <message>
            <source>El informe del periodo con gráficos, en PDF</source>
            <translation>Le rapport de la période avec graphiques, en PDF</translation>
        </message>
        <message>
            <source>del</source>
            <translation>du</translation>
        </message>
        <message>
            <source>al</source>
            <translation>au</translation>
        </message>
        <message>
            <source>Informe anual</source>
            <translation>Rapport annuel</translation>
        </message>
        <message>
            <source>El informe de impacto del año para los financiadores, en PDF</source>
            <translation>Le rapport d'impact de l'année pour les financeurs, en PDF</translation>
        </message>
        <message>
            <source>Exportar todo (ZIP)</source>
            <translation>Tout exporter (ZIP)</translation>
        </message>
        <message>
            <source>Catálogo…</source>
            <translation>Catalogue…</translation>
        </message>
        <message>
            <source>Catálogo con fotos, lista para tiendas aliadas, tarjetas para Instagram y el feed de Meta</source>
            <translation>Catalogue avec photos, liste des boutiques partenaires, cartes Instagram et flux Meta</translation>
        </message>
        <message>
            <source>Todas las tablas de la base de datos en archivos CSV, para la contadora</source>
            <translation>Toutes les tables de la base de données en fichiers CSV, pour la comptable</translation>
        </message>
        <message>
            <source>Año</source>
            <translation>Année</translation>
        </message>
        <message>
            <source>Resumen</source>
            <translation>Résumé</translation>
        </message>
        <message>
            <source>Por día</source>
            <translation>Par jour</translation>
        </message>
        <message>
            <source>Productos</source>
            <translation>Produits</translation>
        </message>
        <message>
            <source>Categorías</source>
            <translation>Catégories</translation>
        </message>
        <message>
            <source>Artesanas</source>
            <translation>Artisanes</translation>
        </message>
        <message>
            <source>Ubicaciones</source>
            <translation>Emplacements</translation>
        </message>
        <message>
            <source>Medios de pago</source>
            <translation>Moyens de paiement</translation>
        </message>
        <message>
            <source>Vendedoras</source>
            <translation>Vendeuses</translation>
        </message>
        <message>
            <source>Más vendidos</source>
            <translation>Meilleures ventes</translation>
        </message>
        <message>
            <source>Menos vendidos</source>
            <translation>Moins vendus</translation>
        </message>
        <message>
            <source>Stock</source>
            <translation>Stock</translation>
        </message>
        <message>
            <source>Concepto</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <source>Cantidad</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <source>Importe</source>
            <translation>Montant</translation>
        </message>
        <message>
            <source>Porcentaje</source>
            <translation>Pourcentage</translation>
        </message>
        <message>
            <source>Fecha</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Mes</source>
            <translation>Mois</translation>
        </message>
        <message>
            <source>Ventas</source>
            <translation>Ventes</translation>
        </message>
        <message>
            <source>Unidades</source>
            <translation>Unités</translation>
        </message>
        <message>
            <source>Bruto</source>
            <translation>Brut</translation>
        </message>
        <message>
            <source>Descuentos</source>
            <translation>Remises</translation>
        </message>
        <message>
            <source>Devoluciones</source>
            <translation>Remboursements</translation>
        </message>
        <message>
            <source>Neto</source>
            <translation>Net</translation>
        </message>
        <message>
            <source>Producto</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Categoría</source>
            <translation>Catégorie</translation>
        </message>
        <message>
            <source>Artesana</source>
            <translation>Artisane</translation>
        </message>
        <message>
            <source>Ubicación</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Vendedora</source>
            <translation>Vendeuse</translation>
        </message>
        <message>
            <source>Medio de pago</source>
            <translation>Moyen de paiement</translation>
        </message>
        <message>
            <source>Cobrado</source>
            <translation>Encaissé</translation>
        </message>
        <message>
            <source>Devuelto</source>
            <translation>Remboursé</translation>
        </message>
        <message>
            <source>En stock</source>
            <translation>En stock</translation>
        </message>
        <message>
            <source>Valor a precio de venta</source>
            <translation>Valeur au prix de vente</translation>
        </message>
        <message>
            <source>Vendidas sin stock</source>
            <translation>Vendues sans stock</translation>
        </message>
        <message>
            <source>Importes en soles (S/).</source>
            <translation>Montants en soles (S/).</translation>
        </message>
        <message>
            <source>Guardado en {path}</source>
            <translation>Enregistré dans {path}</translation>
        </message>
        <message>
            <source>Guardar hoja de cálculo</source>
            <translation>Enregistrer le classeur</translation>
        </message>
        <message>
            <source>Excel (*.xlsx)</source>
            <translation>Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Guardar CSV</source>
            <translation>Enregistrer le CSV</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>No se pudo guardar: {error}</source>
            <translation>Enregistrement impossible : {error}</translation>
        </message>
        <message>
            <source>Guardar informe en PDF</source>
            <translation>Enregistrer le rapport en PDF</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Preparando el informe del periodo…</source>
            <translation>Préparation du rapport de la période…</translation>
        </message>
        <message>
            <source>Guardar informe anual</source>
            <translation>Enregistrer le rapport annuel</translation>
        </message>
        <message>
            <source>Preparando el informe anual {year}…</source>
            <translation>Préparation du rapport annuel {year}…</translation>
        </message>
        <message>
            <source>Guardar todos los datos</source>
            <translation>Enregistrer toutes les données</translation>
        </message>
        <message>
            <source>ZIP (*.zip)</source>
            <translation>ZIP (*.zip)</translation>
        </message>
        <message>
            <source>Exportando todos los datos…</source>
            <translation>Export de toutes les données…</translation>
        </message>
        <message>
            <source>Espere: hay otro trabajo en curso.</source>
            <translation>Patientez : une autre tâche est en cours.</translation>
        </message>
        <message>
            <source>Cancelado: no se guardó nada.</source>
            <translation>Annulé : rien n'a été enregistré.</translation>
        </message>
    </context>
    <context>
        <name>SaleDonePanel</name>
        <message>
            <source>Nota de venta:</source>
            <translation>Ticket :</translation>
        </message>
        <message>
            <source>Imprimir (F5)</source>
            <translation>Imprimer (F5)</translation>
        </message>
        <message>
            <source>PDF (F6)</source>
            <translation>PDF (F6)</translation>
        </message>
        <message>
            <source>Sin nota (Esc)</source>
            <translation>Sans ticket (Échap)</translation>
        </message>
        <message>
            <source>Escanee el siguiente producto para empezar otra venta.</source>
            <translation>Scannez l'article suivant pour commencer une autre vente.</translation>
        </message>
        <message>
            <source>Venta {number} registrada</source>
            <translation>Vente {number} enregistrée</translation>
        </message>
        <message>
            <source>Vuelto {amount}</source>
            <translation>Rendu {amount}</translation>
        </message>
        <message>
            <source>Sin vuelto</source>
            <translation>Pas de monnaie à rendre</translation>
        </message>
        <message>
            <source>Cobrado {total} · recibido {tendered}</source>
            <translation>Encaissé {total} · reçu {tendered}</translation>
        </message>
        <message>
            <source>Imprimiendo la nota…</source>
            <translation>Impression de la note…</translation>
        </message>
        <message>
            <source>Nota impresa.</source>
            <translation>Note imprimée.</translation>
        </message>
        <message>
            <source>No se imprimió la nota {number}: {reason}. La venta está guardada: Imprimir (F5) lo intenta otra vez, o reimprímala luego desde Historial.</source>
            <translation>La note {number} n'a pas été imprimée : {reason}. La vente est enregistrée : Imprimer (F5) réessaie, ou réimprimez-la plus tard depuis l'Historique.</translation>
        </message>
        <message>
            <source>No se pudo entregar la nota: {error}</source>
            <translation>Le ticket n'a pas pu être remis : {error}</translation>
        </message>
        <message>
            <source>Imprimir otra (F5)</source>
            <translation>Réimprimer (F5)</translation>
        </message>
    </context>
    <context>
        <name>SaleScreen</name>
        <message>
            <source>Escanee o busque… (F2)</source>
            <translation>Scannez ou cherchez (F2)</translation>
        </message>
        <message>
            <source>Última nota (Ctrl+P)</source>
            <translation>Dernier ticket (Ctrl+P)</translation>
        </message>
        <message>
            <source>Deshacer (Ctrl+Z)</source>
            <translation>Défaire (Ctrl+Z)</translation>
        </message>
        <message>
            <source>Escanee un código o toque un producto.</source>
            <translation>Scannez un code ou touchez un produit.</translation>
        </message>
        <message>
            <source>Caja cerrada: se le pedirá abrirla al cobrar.</source>
            <translation>Caisse fermée : il faudra l'ouvrir pour encaisser.</translation>
        </message>
        <message>
            <source>{n} productos coinciden con «{text}»: toque el que desea.</source>
            <translation>{n} produits correspondent à « {text} » : touchez celui que vous voulez.</translation>
        </message>
        <message>
            <source>Ningún producto coincide con «{text}».</source>
            <translation>Aucun produit ne correspond à « {text} ».</translation>
        </message>
        <message>
            <source>Código no encontrado: {code}</source>
            <translation>Code introuvable : {code}</translation>
        </message>
        <message>
            <source>Se quitó {name}. Para volver a ponerlo: Deshacer (Ctrl+Z).</source>
            <translation>{name} retiré. Pour le remettre : Défaire (Ctrl+Z).</translation>
        </message>
        <message>
            <source>Volvió a la venta: {name}.</source>
            <translation>De retour dans la vente : {name}.</translation>
        </message>
        <message>
            <source>Vaciar la venta</source>
            <translation>Vider la vente</translation>
        </message>
        <message>
            <source>¿Quitar los {n} artículos de esta venta?</source>
            <translation>Retirer les {n} articles de cette vente ?</translation>
        </message>
        <message>
            <source>Sí, vaciar</source>
            <translation>Oui, vider</translation>
        </message>
        <message>
            <source>Venta vaciada.</source>
            <translation>Vente vidée.</translation>
        </message>
        <message>
            <source>Venta de {total} recuperada.</source>
            <translation>Vente de {total} reprise.</translation>
        </message>
        <message>
            <source>Agregue productos antes de cobrar.</source>
            <translation>Ajoutez des produits avant d'encaisser.</translation>
        </message>
        <message>
            <source>Para cobrar, la caja debe estar abierta: cuente el fondo.</source>
            <translation>Pour encaisser, la caisse doit être ouverte : comptez le fond de caisse.</translation>
        </message>
        <message>
            <source>Caja cerrada: no se puede cobrar sin abrirla.</source>
            <translation>Caisse fermée : impossible d'encaisser sans l'ouvrir.</translation>
        </message>
        <message>
            <source>Venta {number} registrada — vuelto {change}</source>
            <translation>Vente {number} enregistrée — rendu {change}</translation>
        </message>
        <message>
            <source>Venta {number} registrada</source>
            <translation>Vente {number} enregistrée</translation>
        </message>
        <message>
            <source>No se pudo reimprimir: {error}</source>
            <translation>Réimpression impossible : {error}</translation>
        </message>
    </context>
    <context>
        <name>ServerTab</name>
        <message>
            <source>P&amp;ublicar esta tienda en el servidor</source>
            <translation>P&amp;ublier cette boutique sur le serveur</translation>
        </message>
        <message>
            <source>&amp;Dirección del servidor</source>
            <translation>&amp;Adresse du serveur</translation>
        </message>
        <message>
            <source>&amp;Probar la conexión</source>
            <translation>&amp;Tester la connexion</translation>
        </message>
        <message>
            <source>&amp;Unirse como caja nueva</source>
            <translation>&amp;Rejoindre comme nouvelle caisse</translation>
        </message>
        <message>
            <source>Publicar copia esta tienda, con todas sus ventas, a un servidor vacío, y esta caja pasa a ser su primera caja. Las otras cajas se unen al servidor al instalarlas, en su primera pantalla: «Unirse a una tienda con servidor».</source>
            <translation>Publier copie cette boutique, avec toutes ses ventes, sur un serveur vide, et cette caisse devient sa première caisse. Les autres caisses rejoignent le serveur à leur installation, sur leur premier écran : « Rejoindre une boutique qui a un serveur ».</translation>
        </message>
        <message>
            <source>Quien instaló el servidor de la tienda le da esta dirección; pruébela antes.</source>
            <translation>La personne qui a installé le serveur de la boutique vous donne cette adresse ; testez-la d'abord.</translation>
        </message>
        <message>
            <source>&amp;Código de esta caja</source>
            <translation>&amp;Code de cette caisse</translation>
        </message>
        <message>
            <source>Un código nuevo, por ejemplo F001 para la feria. La caja trae del servidor los productos, las artesanas, las personas y sus PIN, y vende con su propia serie.</source>
            <translation>Un nouveau code, par exemple F001 pour la foire. La caisse reçoit du serveur les produits, les artisanes, les personnes et leurs PIN, et vend avec sa propre série.</translation>
        </message>
        <message>
            <source>Esta caja es nueva: únala al servidor de su tienda.</source>
            <translation>Cette caisse est nouvelle : reliez-la au serveur de sa boutique.</translation>
        </message>
        <message>
            <source>Esta caja trabaja sola: no tiene servidor de tienda.</source>
            <translation>Cette caisse travaille seule : elle n'a pas de serveur de boutique.</translation>
        </message>
        <message>
            <source>Esta caja es la caja {till} de la tienda del servidor {server}. {status}.</source>
            <translation>Cette caisse est la caisse {till} de la boutique du serveur {server}. {status}.</translation>
        </message>
        <message>
            <source>Escriba la dirección del servidor.</source>
            <translation>Saisissez l'adresse du serveur.</translation>
        </message>
        <message>
            <source>Probando la conexión con el servidor…</source>
            <translation>Test de la connexion au serveur…</translation>
        </message>
        <message>
            <source>Publicar la tienda</source>
            <translation>Publier la boutique</translation>
        </message>
        <message>
            <source>¿Copiar esta tienda, con todas sus ventas, al servidor {server}? Solo se hace una vez, en un servidor vacío.</source>
            <translation>Copier cette boutique, avec toutes ses ventes, sur le serveur {server} ? Cela se fait une seule fois, sur un serveur vide.</translation>
        </message>
        <message>
            <source>Copiando la tienda al servidor…</source>
            <translation>Copie de la boutique sur le serveur…</translation>
        </message>
        <message>
            <source>Listo: la tienda está en el servidor ({sales} notas copiadas). Esta caja es la caja {till}; desde ahora envía sus ventas al servidor sola.</source>
            <translation>Terminé : la boutique est sur le serveur ({sales} tickets copiés). Cette caisse est la caisse {till} ; désormais elle envoie ses ventes au serveur d'elle-même.</translation>
        </message>
        <message>
            <source>Escriba el código de esta caja, por ejemplo F001.</source>
            <translation>Saisissez le code de cette caisse, par exemple F001.</translation>
        </message>
        <message>
            <source>Trayendo la tienda del servidor…</source>
            <translation>Récupération de la boutique depuis le serveur…</translation>
        </message>
        <message>
            <source>Unirse a la tienda</source>
            <translation>Rejoindre la boutique</translation>
        </message>
        <message>
            <source>Listo: esta caja es la caja {till} de la tienda, con sus {items} artículos y {users} personas. Sus notas salen con la serie {series}.</source>
            <translation>Terminé : cette caisse est la caisse {till} de la boutique, avec ses {items} articles et {users} personnes. Ses tickets portent la série {series}.</translation>
        </message>
        <message>
            <source>Servidor de la tienda</source>
            <translation>Serveur de la boutique</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Ajustes</source>
            <translation>Réglages</translation>
        </message>
        <message>
            <source>Ajustes de la tienda y de esta caja</source>
            <translation>Réglages de la boutique et de cette caisse</translation>
        </message>
        <message>
            <source>Tienda</source>
            <translation>Boutique</translation>
        </message>
        <message>
            <source>Nota de venta</source>
            <translation>Ticket</translation>
        </message>
        <message>
            <source>Dinero</source>
            <translation>Argent</translation>
        </message>
        <message>
            <source>Esta caja</source>
            <translation>Cette caisse</translation>
        </message>
        <message>
            <source>Catálogo</source>
            <translation>Catalogue</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Guardar los ajustes</source>
            <translation>Enregistrer les réglages</translation>
        </message>
        <message>
            <source>Impresora</source>
            <translation>Imprimante</translation>
        </message>
        <message>
            <source>Servidor</source>
            <translation>Serveur</translation>
        </message>
        <message>
            <source>Cambiar los ajustes</source>
            <translation>Modifier les réglages</translation>
        </message>
        <message>
            <source>Puede mirar los ajustes. Para guardar cambios se pedirá el PIN de una coordinadora.</source>
            <translation>Vous pouvez consulter les réglages. Pour enregistrer des modifications, le PIN d'une coordinatrice sera demandé.</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Mama Killa — primera configuración</source>
            <translation>Mama Killa — première configuration</translation>
        </message>
        <message>
            <source>¡Bienvenida a la caja de Mama Killa!</source>
            <translation>Bienvenue à la caisse de Mama Killa !</translation>
        </message>
        <message>
            <source>Escriba los datos de la tienda. Salen en cada nota de venta y se pueden cambiar después. Luego registrará a la primera coordinadora.</source>
            <translation>Saisissez les informations de la boutique. Elles figurent sur chaque ticket et peuvent être modifiées plus tard. Ensuite, vous inscrirez la première coordinatrice.</translation>
        </message>
        <message>
            <source>Cada caja tiene su serie: las notas salen B001-000001, B001-000002…</source>
            <translation>Chaque caisse a sa série : les tickets sont numérotés B001-000001, B001-000002…</translation>
        </message>
        <message>
            <source>Nombre de la tienda</source>
            <translation>Nom de la boutique</translation>
        </message>
        <message>
            <source>Dirección</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>Serie de esta caja</source>
            <translation>Série de cette caisse</translation>
        </message>
        <message>
            <source>Abrir la tienda de demostración</source>
            <translation>Ouvrir la boutique de démonstration</translation>
        </message>
        <message>
            <source>Unirse a una tienda con servidor…</source>
            <translation>Rejoindre une boutique qui a un serveur…</translation>
        </message>
        <message>
            <source>Guardar y empezar</source>
            <translation>Enregistrer et commencer</translation>
        </message>
        <message>
            <source>Escriba el nombre de la tienda.</source>
            <translation>Saisissez le nom de la boutique.</translation>
        </message>
        <message>
            <source>La tienda de demostración no está disponible en esta versión.</source>
            <translation>La boutique de démonstration n'est pas disponible dans cette version.</translation>
        </message>
    </context>
    <context>
        <name>SharesScreen</name>
        <message>
            <source>Participaciones</source>
            <translation>Parts</translation>
        </message>
        <message>
            <source>Pagar a artesanas…</source>
            <translation>Payer les artisanes…</translation>
        </message>
        <message>
            <source>Artesana</source>
            <translation>Artisane</translation>
        </message>
        <message>
            <source>Generado</source>
            <translation>Acquis</translation>
        </message>
        <message>
            <source>Devuelto</source>
            <translation>Remboursé</translation>
        </message>
        <message>
            <source>Pagado</source>
            <translation>Payé</translation>
        </message>
        <message>
            <source>Saldo del periodo</source>
            <translation>Solde de la période</translation>
        </message>
        <message>
            <source>Por pagar hoy</source>
            <translation>À payer ce jour</translation>
        </message>
        <message>
            <source>Elija una artesana para ver de dónde sale cada importe; doble clic para pagarle.</source>
            <translation>Choisissez une artisane pour voir d'où vient chaque montant ; double-clic pour la payer.</translation>
        </message>
        <message>
            <source>Saldo del periodo: lo que aún no se pagó de lo generado en estas fechas. Por pagar hoy: todo lo pendiente hasta hoy, sea de la fecha que sea.</source>
            <translation>Solde de la période : ce qui n'a pas encore été payé sur ce qui a été acquis à ces dates. À payer ce jour : tout ce qui reste dû jusqu'à aujourd'hui, quelle que soit la date.</translation>
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
            <translation>Choisissez une artisane pour voir ses mouvements</translation>
        </message>
        <message>
            <source>{name}: 1 movimiento del {start} al {end}</source>
            <translation>{name} : 1 mouvement du {start} au {end}</translation>
        </message>
        <message>
            <source>{name}: {count} movimientos del {start} al {end}</source>
            <translation>{name} : {count} mouvements du {start} au {end}</translation>
        </message>
    </context>
    <context>
        <name>ShopTab</name>
        <message>
            <source>sin RUC</source>
            <translation>sans RUC</translation>
        </message>
        <message>
            <source>Nombre de la tienda</source>
            <translation>Nom de la boutique</translation>
        </message>
        <message>
            <source>Dirección</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <source>RUC</source>
            <translation>RUC</translation>
        </message>
        <message>
            <source>11 números. Déjelo vacío si la tienda no tiene RUC.</source>
            <translation>11 chiffres. Laissez vide si la boutique n'a pas de RUC.</translation>
        </message>
        <message>
            <source>Enlace del catálogo</source>
            <translation>Lien du catalogue</translation>
        </message>
        <message>
            <source>Sale como código QR en cada nota de venta. Vacío: sin QR.</source>
            <translation>Apparaît en code QR sur chaque ticket. Vide : pas de QR.</translation>
        </message>
        <message>
            <source>Escriba el nombre de la tienda.</source>
            <translation>Saisissez le nom de la boutique.</translation>
        </message>
        <message>
            <source>El RUC tiene 11 números; este tiene %1.</source>
            <translation>Le RUC a 11 chiffres ; celui-ci en a %1.</translation>
        </message>
        <message>
            <source>El RUC no es válido: revise los 11 números.</source>
            <translation>Le RUC n'est pas valide : vérifiez les 11 chiffres.</translation>
        </message>
        <message>
            <source>El enlace del catálogo empieza con https:// (o déjelo vacío).</source>
            <translation>Le lien du catalogue commence par https:// (ou laissez-le vide).</translation>
        </message>
    </context>
    <context>
        <name>ShortPinDialog</name>
        <message>
            <source>Elija un PIN nuevo</source>
            <translation>Choisissez un nouveau PIN</translation>
        </message>
        <message>
            <source>%1, su PIN es corto. Ahora el PIN de una coordinadora tiene %2, para que nadie pueda adivinarlo. Elija uno nuevo y escríbalo dos veces. Desde hoy entra con el PIN nuevo.</source>
            <translation>%1, votre PIN est court. Le PIN d'une coordinatrice a maintenant %2, pour que personne ne puisse le deviner. Choisissez-en un nouveau et tapez-le deux fois. Dès aujourd'hui, vous entrez avec le nouveau PIN.</translation>
        </message>
        <message>
            <source>Guardar y entrar</source>
            <translation>Enregistrer et entrer</translation>
        </message>
    </context>
    <context>
        <name>StockScreen</name>
        <message>
            <source>Solo alertas</source>
            <translation>Alertes seules</translation>
        </message>
        <message>
            <source>Solo artículos con stock negativo o con pocas unidades</source>
            <translation>Seulement les articles en stock négatif ou avec peu d'unités</translation>
        </message>
        <message>
            <source>Producción</source>
            <translation>Production</translation>
        </message>
        <message>
            <source>Trasladar</source>
            <translation>Transférer</translation>
        </message>
        <message>
            <source>Una lista de traslado: escanee o elija muchos artículos a la vez</source>
            <translation>Un bon de transfert : scannez ou choisissez plusieurs articles à la fois</translation>
        </message>
        <message>
            <source>Volver de feria</source>
            <translation>Retour de foire</translation>
        </message>
        <message>
            <source>Traer de vuelta lo que queda en una feria: qué salió, qué se vendió</source>
            <translation>Rapporter ce qui reste à une foire : ce qui est parti, ce qui s'est vendu</translation>
        </message>
        <message>
            <source>Ajustar</source>
            <translation>Ajuster</translation>
        </message>
        <message>
            <source>Conteo</source>
            <translation>Comptage</translation>
        </message>
        <message>
            <source>Movimientos</source>
            <translation>Mouvements</translation>
        </message>
        <message>
            <source>Etiquetas</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>Todas las artesanas</source>
            <translation>Toutes les artisanes</translation>
        </message>
        <message>
            <source>Todas las categorías</source>
            <translation>Toutes les catégories</translation>
        </message>
        <message>
            <source>Todas las ubicaciones</source>
            <translation>Tous les emplacements</translation>
        </message>
        <message>
            <source>Total: &lt;b&gt;{units}&lt;/b&gt;</source>
            <translation>Total : &lt;b&gt;{units}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Conteo guardado: {n} artículo corregido.</source>
            <translation>Comptage enregistré : {n} article corrigé.</translation>
        </message>
        <message>
            <source>Conteo guardado: {n} artículos corregidos.</source>
            <translation>Comptage enregistré : {n} articles corrigés.</translation>
        </message>
        <message>
            <source>{count} con stock negativo</source>
            <translation>{count} en stock négatif</translation>
        </message>
        <message>
            <source>{count} con pocas unidades</source>
            <translation>{count} avec peu d'unités</translation>
        </message>
        <message>
            <source>Elija primero un artículo de la tabla.</source>
            <translation>Choisissez d'abord un article dans le tableau.</translation>
        </message>
        <message>
            <source>Producción registrada: {count} × {product} en {place}.</source>
            <translation>Production enregistrée : {count} × {product} à {place}.</translation>
        </message>
        <message>
            <source>{n} unidad trasladada de {source} a {target}.</source>
            <translation>{n} unité transférée de {source} vers {target}.</translation>
        </message>
        <message>
            <source>{n} unidades trasladadas de {source} a {target}.</source>
            <translation>{n} unités transférées de {source} vers {target}.</translation>
        </message>
        <message>
            <source>{n} unidad volvió de {source} a {target}.</source>
            <translation>{n} unité est revenue de {source} à {target}.</translation>
        </message>
        <message>
            <source>{n} unidades volvieron de {source} a {target}.</source>
            <translation>{n} unités sont revenues de {source} à {target}.</translation>
        </message>
        <message>
            <source>Ninguna feria tiene productos para traer de vuelta.</source>
            <translation>Aucune foire n'a de produits à rapporter.</translation>
        </message>
        <message>
            <source>Buscar…</source>
            <translation>Chercher…</translation>
        </message>
        <message>
            <source>Buscar por código, producto o artesana</source>
            <translation>Chercher par code, produit ou artisane</translation>
        </message>
        <message>
            <source>{n} artículo</source>
            <translation>{n} article</translation>
        </message>
        <message>
            <source>{n} artículos</source>
            <translation>{n} articles</translation>
        </message>
        <message>
            <source>¿De qué feria vuelven los productos?</source>
            <translation>De quelle foire reviennent les produits ?</translation>
        </message>
        <message>
            <source>Ajuste guardado: {change:+d} {product} en {place}.</source>
            <translation>Ajustement enregistré : {change:+d} {product} à {place}.</translation>
        </message>
        <message>
            <source>Conteo guardado: todo coincide.</source>
            <translation>Comptage enregistré : tout correspond.</translation>
        </message>
    </context>
    <context>
        <name>StocktakeDialog</name>
        <message>
            <source>Conteo de inventario</source>
            <translation>Comptage d'inventaire</translation>
        </message>
        <message>
            <source>Conteo completo</source>
            <translation>Comptage complet</translation>
        </message>
        <message>
            <source>Conteo parcial</source>
            <translation>Comptage partiel</translation>
        </message>
        <message>
            <source>Se cuenta todo lo que hay en la ubicación. Lo que no se cuente queda en 0 (antes de guardar se muestra la lista).</source>
            <translation>On compte tout ce qu'il y a à cet endroit. Ce qui n'est pas compté passe à 0 (la liste est montrée avant d'enregistrer).</translation>
        </message>
        <message>
            <source>Se cuentan solo algunos artículos. Lo que no se escanee no cambia.</source>
            <translation>On ne compte que certains articles. Ce qui n'est pas scanné ne change pas.</translation>
        </message>
        <message>
            <source>¿Qué conteo va a hacer?</source>
            <translation>Quel comptage allez-vous faire ?</translation>
        </message>
        <message>
            <source>Escanee cada etiqueta (o escriba el código y Enter)</source>
            <translation>Scannez chaque étiquette (ou saisissez le code et Entrée)</translation>
        </message>
        <message>
            <source>Código</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Producto</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Sistema</source>
            <translation>Système</translation>
        </message>
        <message>
            <source>Contado</source>
            <translation>Compté</translation>
        </message>
        <message>
            <source>Diferencia</source>
            <translation>Écart</translation>
        </message>
        <message>
            <source>{product} ({code}): {units} → 0</source>
            <translation>{product} ({code}) : {units} → 0</translation>
        </message>
        <message>
            <source>Este artículo no se contó (o se contó 0) y quedará en 0 en {place}:</source>
            <translation>Cet article n'a pas été compté (ou compté 0) et passera à 0 à {place} :</translation>
        </message>
        <message>
            <source>Estos {n} artículos no se contaron (o se contaron 0) y quedarán en 0 en {place}:</source>
            <translation>Ces {n} articles n'ont pas été comptés (ou comptés 0) et passeront à 0 à {place} :</translation>
        </message>
        <message>
            <source>Quedarán en 0</source>
            <translation>Ils passeront à 0</translation>
        </message>
        <message>
            <source>Sí, dejarlos en 0</source>
            <translation>Oui, les mettre à 0</translation>
        </message>
        <message>
            <source>Confirmar conteo</source>
            <translation>Confirmer le comptage</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Ubicación</source>
            <translation>Emplacement</translation>
        </message>
        <message>
            <source>Conteo completo: {place}</source>
            <translation>Comptage complet : {place}</translation>
        </message>
        <message>
            <source>Conteo parcial: {place}</source>
            <translation>Comptage partiel : {place}</translation>
        </message>
        <message>
            <source>sin contar</source>
            <translation>non compté</translation>
        </message>
        <message>
            <source>{product} ({code}): {count} contados</source>
            <translation>{product} ({code}) : {count} comptés</translation>
        </message>
        <message>
            <source>→ 0</source>
            <translation>→ 0</translation>
        </message>
        <message>
            <source>Escanee la primera etiqueta.</source>
            <translation>Scannez la première étiquette.</translation>
        </message>
        <message>
            <source>Faltan {missing} y sobran {surplus} unidades según el sistema.</source>
            <translation>Selon le système, il manque {missing} unités et {surplus} sont en trop.</translation>
        </message>
        <message>
            <source>El conteo coincide con el sistema.</source>
            <translation>Le comptage correspond au système.</translation>
        </message>
    </context>
    <context>
        <name>SyncIndicator</name>
        <message>
            <source>Servidor de la tienda: {server} · esta caja: {till}</source>
            <translation>Serveur de la boutique : {server} · cette caisse : {till}</translation>
        </message>
    </context>
    <context>
        <name>SyncScreen</name>
        <message>
            <source>Cajas y servidor de la tienda</source>
            <translation>Caisses et serveur de la boutique</translation>
        </message>
        <message>
            <source>Caja</source>
            <translation>Caisse</translation>
        </message>
        <message>
            <source>Última sincronización</source>
            <translation>Dernière synchronisation</translation>
        </message>
        <message>
            <source>Sin sincronizar</source>
            <translation>À synchroniser</translation>
        </message>
        <message>
            <source>Problema</source>
            <translation>Problème</translation>
        </message>
        <message>
            <source>Cuándo</source>
            <translation>Quand</translation>
        </message>
        <message>
            <source>Cómo</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Documentos</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Días</source>
            <translation>Jours</translation>
        </message>
        <message>
            <source>&amp;Sincronizar ahora</source>
            <translation>&amp;Synchroniser maintenant</translation>
        </message>
        <message>
            <source>&amp;Actualizar</source>
            <translation>&amp;Actualiser</translation>
        </message>
        <message>
            <source>&amp;Exportar ventas para el servidor…</source>
            <translation>&amp;Exporter les ventes pour le serveur…</translation>
        </message>
        <message>
            <source>&amp;Importar ventas de una caja…</source>
            <translation>&amp;Importer les ventes d'une caisse…</translation>
        </message>
        <message>
            <source>Cada caja, según el servidor</source>
            <translation>Chaque caisse, selon le serveur</translation>
        </message>
        <message>
            <source>Lo que llegó al servidor en cada sincronización</source>
            <translation>Ce qui est arrivé au serveur à chaque synchronisation</translation>
        </message>
        <message>
            <source>Esta tienda no tiene servidor: todo se vende en esta caja.</source>
            <translation>Cette boutique n'a pas de serveur : tout se vend dans cette caisse.</translation>
        </message>
        <message>
            <source>Leyendo el servidor de la tienda…</source>
            <translation>Lecture du serveur de la boutique…</translation>
        </message>
        <message>
            <source>Esta computadora es el servidor de la tienda.</source>
            <translation>Cet ordinateur est le serveur de la boutique.</translation>
        </message>
        <message>
            <source>Esta caja ({till}): {status}.</source>
            <translation>Cette caisse ({till}) : {status}.</translation>
        </message>
        <message>
            <source>Servidor de la tienda: {server}.</source>
            <translation>Serveur de la boutique : {server}.</translation>
        </message>
        <message>
            <source>No se pudo leer el servidor de la tienda: {reason}.</source>
            <translation>Impossible de lire le serveur de la boutique : {reason}.</translation>
        </message>
        <message>
            <source>por archivo (USB)</source>
            <translation>par fichier (USB)</translation>
        </message>
        <message>
            <source>por la red</source>
            <translation>par le réseau</translation>
        </message>
        <message>
            <source>Sincronizando…</source>
            <translation>Synchronisation…</translation>
        </message>
        <message>
            <source>Exportar ventas para el servidor</source>
            <translation>Exporter les ventes pour le serveur</translation>
        </message>
        <message>
            <source>Ventas de una caja (*.sync)</source>
            <translation>Ventes d'une caisse (*.sync)</translation>
        </message>
        <message>
            <source>Escribiendo el archivo…</source>
            <translation>Écriture du fichier…</translation>
        </message>
        <message>
            <source>Listo: {documents} de la caja {till} en el archivo. Llévelo a la computadora del servidor e impórtelo allí en «Cajas y servidor».</source>
            <translation>Terminé : {documents} de la caisse {till} dans le fichier. Apportez-le à l'ordinateur du serveur et importez-le là dans « Caisses et serveur ».</translation>
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
            <translation>Importer les ventes d'une caisse</translation>
        </message>
        <message>
            <source>Ventas de una caja (*.sync);;Todos (*)</source>
            <translation>Ventes d'une caisse (*.sync);;Tous (*)</translation>
        </message>
        <message>
            <source>Tomando las ventas de la caja…</source>
            <translation>Prise en compte des ventes de la caisse…</translation>
        </message>
        <message>
            <source>Listo: de la caja {till} llegaron {documents} ({days}).</source>
            <translation>Terminé : de la caisse {till} sont arrivés {documents} ({days}).</translation>
        </message>
        <message>
            <source>Ese archivo ya estaba en el servidor: no cambió nada.</source>
            <translation>Ce fichier était déjà sur le serveur : rien n'a changé.</translation>
        </message>
        <message>
            <source>Cajas y servidor</source>
            <translation>Caisses et serveur</translation>
        </message>
    </context>
    <context>
        <name>TagsDialog</name>
        <message>
            <source>Imprimir etiquetas</source>
            <translation>Imprimer des étiquettes</translation>
        </message>
        <message>
            <source>Etiquetas para colgar</source>
            <translation>Étiquettes à suspendre</translation>
        </message>
        <message>
            <source>Empezar en la etiqueta (para hojas ya usadas):</source>
            <translation>Commencer à l'étiquette (pour feuilles déjà entamées) :</translation>
        </message>
        <message>
            <source>Dibujar el borde de cada etiqueta (para recortar en papel común)</source>
            <translation>Tracer le bord des étiquettes (pour découper sur papier ordinaire)</translation>
        </message>
        <message>
            <source>Ver e imprimir</source>
            <translation>Voir et imprimer</translation>
        </message>
        <message>
            <source>Cerrar</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Papel:</source>
            <translation>Papier :</translation>
        </message>
        <message>
            <source>{n} etiqueta</source>
            <translation>{n} étiquette</translation>
        </message>
        <message>
            <source>{n} etiquetas</source>
            <translation>{n} étiquettes</translation>
        </message>
        <message>
            <source>{labels} del rollo</source>
            <translation>{labels} du rouleau</translation>
        </message>
        <message>
            <source>{labels} en {sheets}, desde la etiqueta {start}</source>
            <translation>{labels} sur {sheets}, à partir de l'étiquette {start}</translation>
        </message>
        <message>
            <source>{n} hoja</source>
            <translation>{n} feuille</translation>
        </message>
        <message>
            <source>{n} hojas</source>
            <translation>{n} feuilles</translation>
        </message>
        <message>
            <source>Etiquetas</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <source>No hay una impresora elegida en Ajustes: guarde el PDF e imprímalo desde el archivo.</source>
            <translation>Aucune imprimante choisie dans Réglages : enregistrez le PDF et imprimez-le depuis le fichier.</translation>
        </message>
    </context>
    <context>
        <name>TillTab</name>
        <message>
            <source>Esta caja</source>
            <translation>Cette caisse</translation>
        </message>
        <message>
            <source>Cada caja de la tienda tiene su propio código, su serie, su lugar y su turno de caja.</source>
            <translation>Chaque caisse de la boutique a son propre code, sa série, son lieu et sa session de caisse.</translation>
        </message>
        <message>
            <source>Serie de esta caja</source>
            <translation>Série de cette caisse</translation>
        </message>
        <message>
            <source>Las notas de esta caja salen con su serie: %1-000001, %1-000002… Otra caja usa otra.</source>
            <translation>Les tickets de cette caisse portent sa série : %1-000001, %1-000002… Une autre caisse en utilise une autre.</translation>
        </message>
        <message>
            <source>Vende desde</source>
            <translation>Vend depuis</translation>
        </message>
        <message>
            <source>Las ventas de esta caja descuentan la mercadería de este lugar.</source>
            <translation>Les ventes de cette caisse prennent la marchandise de ce lieu.</translation>
        </message>
        <message>
            <source>Bloquear la caja sin uso tras</source>
            <translation>Verrouiller la caisse inutilisée après</translation>
        </message>
        <message>
            <source>Después, cada una vuelve a entrar con su PIN.</source>
            <translation>Ensuite, chacune se reconnecte avec son PIN.</translation>
        </message>
        <message>
            <source>Carpeta de copias</source>
            <translation>Dossier des sauvegardes</translation>
        </message>
        <message>
            <source>Cada día se guarda aquí una copia de seguridad. Por defecto: la carpeta «copias» junto a los datos.</source>
            <translation>Chaque jour, une sauvegarde est enregistrée ici. Par défaut : le dossier « copias » à côté des données.</translation>
        </message>
        <message>
            <source>Idioma</source>
            <translation>Langue</translation>
        </message>
        <message>
            <source>El idioma cambia la próxima vez que se abre el programa.</source>
            <translation>La langue change au prochain démarrage du programme.</translation>
        </message>
        <message>
            <source>Nunca</source>
            <translation>Jamais</translation>
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
            <translation>À côté des données</translation>
        </message>
        <message>
            <source>Elegir…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <source>Por defecto</source>
            <translation>Par défaut</translation>
        </message>
        <message>
            <source>Ninguna todavía: abra el programa con --till y el código de la caja.</source>
            <translation>Aucune pour l'instant : ouvrez le programme avec --till et le code de la caisse.</translation>
        </message>
        <message>
            <source>Caja %1</source>
            <translation>Caisse %1</translation>
        </message>
        <message>
            <source>Carpeta de las copias de seguridad</source>
            <translation>Dossier des sauvegardes</translation>
        </message>
    </context>
    <context>
        <name>TransferListDialog</name>
        <message>
            <source>Retorno de feria</source>
            <translation>Retour de foire</translation>
        </message>
        <message>
            <source>Lista de traslado</source>
            <translation>Bon de transfert</translation>
        </message>
        <message>
            <source>Escanee cada etiqueta, o escriba código o nombre y Enter</source>
            <translation>Scannez chaque étiquette, ou tapez un code ou un nom et Entrée</translation>
        </message>
        <message>
            <source>Código</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Producto</source>
            <translation>Produit</translation>
        </message>
        <message>
            <source>Hecho por</source>
            <translation>Fait par</translation>
        </message>
        <message>
            <source>Salió</source>
            <translation>Parti</translation>
        </message>
        <message>
            <source>Vendido</source>
            <translation>Vendu</translation>
        </message>
        <message>
            <source>Hay allí</source>
            <translation>Sur place</translation>
        </message>
        <message>
            <source>Hay en origen</source>
            <translation>À l'origine</translation>
        </message>
        <message>
            <source>Cantidad</source>
            <translation>Quantité</translation>
        </message>
        <message>
            <source>Nota (opcional): feria del domingo…</source>
            <translation>Note (facultative) : foire du dimanche…</translation>
        </message>
        <message>
            <source>Quitar línea</source>
            <translation>Retirer la ligne</translation>
        </message>
        <message>
            <source>Cancelar</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Retorno de feria: {place}</source>
            <translation>Retour de foire : {place}</translation>
        </message>
        <message>
            <source>Desde</source>
            <translation>De</translation>
        </message>
        <message>
            <source>Hacia</source>
            <translation>Vers</translation>
        </message>
        <message>
            <source>Lo que queda en la feria según el sistema. Cambie la cantidad de lo que de verdad volvió.</source>
            <translation>Ce qui reste à la foire selon le système. Corrigez la quantité selon ce qui est vraiment revenu.</translation>
        </message>
        <message>
            <source>En esta ubicación no queda nada que traer de vuelta.</source>
            <translation>Il ne reste rien à rapporter de cet endroit.</translation>
        </message>
        <message>
            <source>{product} ({code}): {units} en la lista</source>
            <translation>{product} ({code}) : {units} sur le bon</translation>
        </message>
        <message>
            <source>Hay {count} productos con «{text}»: elija uno de la lista.</source>
            <translation>{count} produits correspondent à « {text} » : choisissez-en un dans la liste.</translation>
        </message>
        <message>
            <source>Quitado de la lista: {product}.</source>
            <translation>Retiré du bon : {product}.</translation>
        </message>
        <message>
            <source>Taller</source>
            <translation>Atelier</translation>
        </message>
        <message>
            <source>Más de lo que hay en origen</source>
            <translation>Plus qu'il n'y en a à l'origine</translation>
        </message>
        <message>
            <source>Unidades: {units} · Artículos: {items}</source>
            <translation>Unités : {units} · Articles : {items}</translation>
        </message>
        <message>
            <source>{n} línea en rojo pide más de lo que hay en {place}: hará falta el PIN de una coordinadora.</source>
            <translation>{n} ligne en rouge demande plus qu'il n'y en a à {place} : le PIN d'une coordinatrice sera nécessaire.</translation>
        </message>
        <message>
            <source>{n} líneas en rojo piden más de lo que hay en {place}: hará falta el PIN de una coordinadora.</source>
            <translation>{n} lignes en rouge demandent plus qu'il n'y en a à {place} : le PIN d'une coordinatrice sera nécessaire.</translation>
        </message>
        <message>
            <source>La lista está vacía: escanee la primera etiqueta.</source>
            <translation>Le bon est vide : scannez la première étiquette.</translation>
        </message>
        <message>
            <source>Traer {units} a {place}</source>
            <translation>Rapporter {units} à {place}</translation>
        </message>
        <message>
            <source>Trasladar {units} a {place}</source>
            <translation>Transférer {units} vers {place}</translation>
        </message>
        <message>
            <source>Escriba la cantidad de {product}, o quite la línea.</source>
            <translation>Tapez la quantité de {product}, ou retirez la ligne.</translation>
        </message>
        <message>
            <source>{product}: {units} (hay {held})</source>
            <translation>{product} : {units} (il y en a {held})</translation>
        </message>
        <message>
            <source>Lista de traslado {number}</source>
            <translation>Bon de transfert {number}</translation>
        </message>
        <message>
            <source>No hay una impresora elegida en Ajustes: guarde el PDF e imprímalo desde el archivo.</source>
            <translation>Aucune imprimante choisie dans Réglages : enregistrez le PDF et imprimez-le depuis le fichier.</translation>
        </message>
    </context>
    <context>
        <name>UsersScreen</name>
        <message>
            <source>Usuarias de la caja</source>
            <translation>Utilisatrices de la caisse</translation>
        </message>
        <message>
            <source>Cada persona entra con su propio PIN. Las coordinadoras aprueban lo que necesita permiso.</source>
            <translation>Chaque personne entre avec son propre PIN. Les coordinatrices autorisent ce qui demande une permission.</translation>
        </message>
        <message>
            <source>Agregar usuaria</source>
            <translation>Ajouter une utilisatrice</translation>
        </message>
        <message>
            <source>Darle un PIN nuevo</source>
            <translation>Lui donner un nouveau PIN</translation>
        </message>
        <message>
            <source>Desactivar</source>
            <translation>Désactiver</translation>
        </message>
        <message>
            <source>Cambiar mi PIN</source>
            <translation>Changer mon PIN</translation>
        </message>
        <message>
            <source>Registrar a %1</source>
            <translation>Inscrire %1</translation>
        </message>
        <message>
            <source>%1 ya puede entrar con su PIN.</source>
            <translation>%1 peut maintenant entrer avec son PIN.</translation>
        </message>
        <message>
            <source>PIN nuevo para %1</source>
            <translation>Nouveau PIN pour %1</translation>
        </message>
        <message>
            <source>%1 tiene un PIN nuevo.</source>
            <translation>%1 a un nouveau PIN.</translation>
        </message>
        <message>
            <source>Activar a %1</source>
            <translation>Activer %1</translation>
        </message>
        <message>
            <source>Desactivar a %1</source>
            <translation>Désactiver %1</translation>
        </message>
        <message>
            <source>%1 puede volver a entrar.</source>
            <translation>%1 peut de nouveau entrer.</translation>
        </message>
        <message>
            <source>%1 ya no puede entrar a la caja.</source>
            <translation>%1 ne peut plus entrer dans la caisse.</translation>
        </message>
        <message>
            <source>Entre con su nombre y PIN para cambiar su PIN.</source>
            <translation>Entrez avec votre nom et votre PIN pour changer votre PIN.</translation>
        </message>
        <message>
            <source>Su PIN fue cambiado.</source>
            <translation>Votre PIN a été changé.</translation>
        </message>
        <message>
            <source>Activar</source>
            <translation>Activer</translation>
        </message>
    </context>
    <context>
        <name>Worker</name>
        <message>
            <source>Cancelar</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Trabajando…</source>
            <translation>En cours…</translation>
        </message>
        <message>
            <source>Cancelando…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>No se pudo terminar: {error}</source>
            <translation>Impossible de terminer : {error}</translation>
        </message>
    </context>
    <context>
        <name>_FormDialog</name>
        <message>
            <source>Cancelar</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Guardar</source>
            <translation>Enregistrer</translation>
        </message>
    </context>
    <context>
        <name>_LineRow</name>
        <message>
            <source>Vendidas: %1 × %2</source>
            <translation>Vendues : %1 × %2</translation>
        </message>
        <message>
            <source>hecho por %1</source>
            <translation>fait par %1</translation>
        </message>
        <message>
            <source>ya devueltas: %1</source>
            <translation>déjà remboursées : %1</translation>
        </message>
        <message>
            <source>de %1</source>
            <translation>sur %1</translation>
        </message>
        <message>
            <source>ya devuelto todo</source>
            <translation>tout déjà remboursé</translation>
        </message>
    </context>
</TS>
