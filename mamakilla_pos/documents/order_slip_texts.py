"""Every word the order slip and the work ticket print, per language (es, en, fr).

The shop prints them in its language, as it prints receipts; a tourist's
slip may be printed in English or French.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "es": {
        "slip_title": "ENCARGO",
        "ticket_title": "ORDEN DE TRABAJO",
        "number": "N.º {number}",
        "ruc": "RUC {ruc}",
        "date": "Fecha",
        "customer": "Clienta",
        "phone": "Teléfono",
        "what": "Qué hacemos:",
        "price": "Precio acordado",
        "advance": "Seña",
        "advance_returned": "Seña devuelta",
        "paid": "Pagado",
        "balance": "SALDO",
        "due": "Entrega",
        "status": "Estado",
        "conditions": (
            "Conserve este comprobante: lo pedirán al recoger su encargo. "
            "El saldo se paga al recoger. Si anula el encargo, la tienda decide si devuelve la seña."
        ),
        "due_ticket": "Entregar el",
        "for": "Para",
        "makers": "Artesanas",
        "to_make": "Qué hacer:",
        "photo_missing": "(foto no encontrada: {name})",
        "title_slip": "Encargo {number}",
        "title_ticket": "Orden de trabajo {number}",
        "presupuesto": "Presupuesto",
        "confirmado": "Confirmado",
        "en_confeccion": "En confección",
        "listo": "Listo",
        "entregado": "Entregado",
        "anulado": "Anulado",
    },
    "en": {
        "slip_title": "CUSTOM ORDER",
        "ticket_title": "WORK TICKET",
        "number": "No. {number}",
        "ruc": "RUC (tax no.) {ruc}",
        "date": "Date",
        "customer": "Customer",
        "phone": "Phone",
        "what": "What we make:",
        "price": "Agreed price",
        "advance": "Advance",
        "advance_returned": "Advance given back",
        "paid": "Paid",
        "balance": "BALANCE",
        "due": "Ready on",
        "status": "Status",
        "conditions": (
            "Keep this slip: you will be asked for it when you pick up your order. "
            "The balance is paid at pickup. If you cancel the order, the shop decides whether the advance is returned."
        ),
        "due_ticket": "Due on",
        "for": "For",
        "makers": "Makers",
        "to_make": "What to make:",
        "photo_missing": "(photo not found: {name})",
        "title_slip": "Order {number}",
        "title_ticket": "Work ticket {number}",
        "presupuesto": "Quote",
        "confirmado": "Confirmed",
        "en_confeccion": "Being made",
        "listo": "Ready",
        "entregado": "Delivered",
        "anulado": "Cancelled",
    },
    "fr": {
        "slip_title": "COMMANDE",
        "ticket_title": "BON DE TRAVAIL",
        "number": "N° {number}",
        "ruc": "RUC (n° fiscal) {ruc}",
        "date": "Date",
        "customer": "Cliente",
        "phone": "Téléphone",
        "what": "Ce que nous faisons :",
        "price": "Prix convenu",
        "advance": "Acompte",
        "advance_returned": "Acompte rendu",
        "paid": "Payé",
        "balance": "SOLDE",
        "due": "Livraison",
        "status": "État",
        "conditions": (
            "Gardez ce bon : il vous sera demandé au retrait de votre commande. "
            "Le solde se paie au retrait. Si vous annulez la commande, la boutique décide si l'acompte est rendu."
        ),
        "due_ticket": "À livrer le",
        "for": "Pour",
        "makers": "Artisanes",
        "to_make": "À faire :",
        "photo_missing": "(photo introuvable : {name})",
        "title_slip": "Commande {number}",
        "title_ticket": "Bon de travail {number}",
        "presupuesto": "Devis",
        "confirmado": "Confirmée",
        "en_confeccion": "En fabrication",
        "listo": "Prête",
        "entregado": "Livrée",
        "anulado": "Annulée",
    },
}
