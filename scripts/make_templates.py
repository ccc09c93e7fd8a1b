"""Build the bundled Word templates: resources/templates/<lang>/<name>.docx for offer, invoice, contract and letter.

    .venv/bin/python scripts/make_templates.py [--out DIR]

The documents are drawn with python-docx and carry docxtpl placeholders from the documents context only
(see resources/templates/README.md). Persian documents are right-to-left throughout and embed the bundled
Vazirmatn font, so they look the same on a machine that does not have it. The output is byte-for-byte
reproducible (fixed zip timestamps and document dates), so re-running the script leaves git clean.
"""

from __future__ import annotations

import argparse
import io
import re
import uuid
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

ROOT = Path(__file__).resolve().parents[1]
OUT_DIR = ROOT / "resources" / "templates"
FONTS_DIR = ROOT / "resources" / "fonts"
LANGUAGES = ("en", "nl", "fa", "pl", "ru")
NAMES = ("offer", "invoice", "contract", "letter")

# A4 with 2 cm side margins leaves 17 cm for the text; every table adds up to that width.
TEXT_WIDTH_CM = 17.0
BODY_PT = 9.5
SMALL_PT = 8.0
ACCENT = "1F3A5F"       # dark slate blue: names, titles, rules
MUTED = "5F6B7A"        # grey for labels and the small print
RULE = "B7C3D0"         # light rules between table rows
SHADE = "E9EEF4"        # the table header and the grand total
# The lines table: n, name, quantity, unit, price, discount, VAT rate, total.
LINE_WIDTHS = (1.0, 5.2, 1.3, 1.4, 2.3, 1.7, 1.4, 2.7)
FIXED_TIME = datetime(2026, 1, 1, 0, 0, 0)
PERSIAN_FONT = "Vazirmatn"
PERSIAN_FALLBACK = "Tahoma"
LATIN_FONT = "Arial"
# Persian documents put a left-to-right mark on each side of every value: a Latin value then keeps its
# punctuation in place ("Northwind B.V." not ".Northwind B.V") and a phone number the order of its digit groups,
# while Persian values read as before. (First-strong isolates would be the modern tool, but LibreOffice 7.4
# drops the space before a number that ends an isolate: "پلاک ۷" came out as "پلاک۷".)
LRM = "\u200e"
# Values that are left-to-right by nature; in Persian documents their runs carry no w:rtl, which is how Word
# itself stores Latin typed into a Persian paragraph (with w:rtl, Word would reverse "+98 21 1234 5678").
LTR_VALUE = re.compile(r"\{\{ (doc\.number|\w+\.(phone|email|website|tax_id|registration_no|bank_details)) \}\}")
PLACEHOLDER = re.compile(r"(\{\{.*?\}\})")


# ---- the words of each language ------------------------------------------------------------------------------
# Every value is the literal text of one paragraph or cell, with docxtpl placeholders from the documents context.
# Keys that a language lacks are simply not drawn (the amount in words, the Russian invoice's signatures).

EN: dict[str, str] = {
    "tax_id": "Tax ID", "reg_no": "Company no.", "bank": "Bank", "contact": "Contact", "no": "No.",
    "date": "Date", "reference": "Reference", "page": "Page {page} of {pages}",
    "col_n": "No.", "col_name": "Description", "col_qty": "Qty", "col_unit": "Unit", "col_price": "Unit price",
    "col_disc": "Discount", "col_vat": "VAT", "col_total": "Total",
    "tot_discount": "Discount", "tot_net": "Total excl. VAT", "tot_vat": "VAT", "tot_gross": "Total incl. VAT",
    "tot_due": "Amount due",
    "regards": "Kind regards,",
    "greeting": "{% if person.greeting_name %}Dear {{ person.greeting_name }},{% else %}Dear Sir or Madam,"
                "{% endif %}",
    # offer
    "offer_title": "Quotation", "offer_no": "Quotation no.", "offer_valid": "Valid for",
    "offer_valid_value": "30 days", "offer_for": "Prepared for", "offer_contact": "Your contact",
    "offer_intro": "Thank you for your enquiry. We are pleased to offer you the following products and services "
                   "for “{{ deal.title }}”:",
    "terms": "Terms",
    "offer_validity": "Validity: this quotation is valid for 30 days from the date above.",
    "offer_payment": "Payment: by bank transfer within 14 days of the invoice date.",
    "offer_delivery": "Delivery: within 10 working days of your order confirmation.",
    "offer_currency": "All amounts are in {{ totals.currency }}.",
    "offer_closing": "If you have any questions, I will be glad to help. We look forward to working with you.",
    "offer_sign_seller": "For {{ seller.name }}",
    "offer_sign_buyer": "Accepted for {{ company.name or person.full_name }}",
    "sign_hint": "Name, date, signature",
    # invoice
    "invoice_title": "Invoice", "invoice_no": "Invoice no.", "invoice_date": "Invoice date",
    "invoice_due": "Payment terms", "invoice_due_value": "14 days net",
    "invoice_seller": "From", "invoice_buyer": "Bill to",
    "invoice_pay_head": "Payment details",
    "invoice_payment": "Please transfer the amount due within 14 days of the invoice date to the account below, "
                       "quoting invoice number {{ doc.number }}.",
    "invoice_thanks": "Thank you for your business.",
    "invoice_questions": "Questions about this invoice? Please contact {{ manager.full_name }}"
                         "{% if manager.email %}, {{ manager.email }}{% endif %}"
                         "{% if manager.phone %}, {{ manager.phone }}{% endif %}.",
    # contract
    "contract_title": "Sales Agreement",
    "contract_date": "Date: {{ doc.date }}",
    "contract_parties": "{{ seller.legal_name or seller.name }}{% if seller.director %}, represented by "
                        "{{ seller.director }}{% endif %} (the “Seller”), and {{ company.legal_name or company.name }}"
                        "{% if person.full_name %}, represented by {{ person.full_name }}{% if person.position %}, "
                        "{{ person.position }}{% endif %}{% endif %} (the “Buyer”), together the “Parties”, "
                        "agree as follows.",
    "c1": "1. Subject of the agreement",
    "c1_1": "1.1. The Seller shall supply, and the Buyer shall accept and pay for, the products and services for "
            "“{{ deal.title }}” listed in the table below.",
    "c2": "2. Price and payment",
    "c2_1": "2.1. The total price is {{ totals.gross }}, including VAT of {{ totals.vat }}.",
    "c2_2": "2.2. The Buyer shall pay the price by bank transfer to the Seller’s account stated in section 5 "
            "within 14 days of the invoice date.",
    "c2_3": "2.3. The prices are fixed for the term of this agreement.",
    "c3": "3. Delivery",
    "c3_1": "3.1. The Seller shall deliver within 10 working days of the signing of this agreement"
            "{% if company.address %} to {{ company.address }}{% endif %}, unless the Parties agree otherwise "
            "in writing.",
    "c3_2": "3.2. Ownership and risk pass to the Buyer on delivery. The Buyer shall report visible defects to the "
            "Seller in writing within 5 working days of delivery.",
    "c4": "4. Term",
    "c4_1": "4.1. This agreement takes effect when signed by both Parties and remains in force until the Parties "
            "have fulfilled their obligations.",
    "c4_2": "4.2. Amendments are valid only in writing and signed by both Parties. This agreement is made in two "
            "copies, one for each Party.",
    "c5": "5. Details and signatures of the Parties",
    "contract_seller": "Seller", "contract_buyer": "Buyer", "contract_sign": "Signature",
    # letter
    "letter_subject": "Thank you: {{ deal.title }}",
    "letter_subject_general": "Thank you for your cooperation",
    "letter_1": "Thank you for choosing {{ seller.name }} for “{{ deal.title }}”. We appreciate the trust you have "
                "placed in us and are glad to be working{% if company.name %} with {{ company.name }}"
                "{% else %} with you{% endif %}.",
    "letter_1_general": "Thank you for choosing {{ seller.name }}. We appreciate the trust you have placed in us "
                        "and are glad to be working{% if company.name %} with {{ company.name }}"
                        "{% else %} with you{% endif %}.",
    "letter_2": "Our team will make sure that everything runs smoothly. Should you have any questions or wishes, "
                "I am happy to help: simply reply to this letter or call me"
                "{% if manager.phone %} on {{ manager.phone }}{% endif %}.",
    "letter_3": "We look forward to a long and successful partnership.",
}

NL: dict[str, str] = {
    "tax_id": "Btw-nr.", "reg_no": "KvK-nr.", "bank": "Bank", "contact": "Contactpersoon", "no": "Nr.",
    "date": "Datum", "reference": "Betreft", "page": "Pagina {page} van {pages}",
    "col_n": "Nr.", "col_name": "Omschrijving", "col_qty": "Aantal", "col_unit": "Eenheid", "col_price": "Prijs",
    "col_disc": "Korting", "col_vat": "Btw", "col_total": "Totaal",
    "tot_discount": "Korting", "tot_net": "Totaal excl. btw", "tot_vat": "Btw", "tot_gross": "Totaal incl. btw",
    "tot_due": "Te betalen",
    "regards": "Met vriendelijke groet,",
    "greeting": "{% if person.greeting_name %}Beste {{ person.greeting_name }},{% else %}Geachte heer, mevrouw,"
                "{% endif %}",
    "offer_title": "Offerte", "offer_no": "Offertenummer", "offer_valid": "Geldig",
    "offer_valid_value": "30 dagen", "offer_for": "Opgesteld voor", "offer_contact": "Uw contactpersoon",
    "offer_intro": "Hartelijk dank voor uw aanvraag. Graag bieden wij u de volgende producten en diensten aan "
                   "voor „{{ deal.title }}”:",
    "terms": "Voorwaarden",
    "offer_validity": "Geldigheid: deze offerte is 30 dagen geldig vanaf de bovenstaande datum.",
    "offer_payment": "Betaling: per bankoverschrijving binnen 14 dagen na factuurdatum.",
    "offer_delivery": "Levering: binnen 10 werkdagen na uw opdrachtbevestiging.",
    "offer_currency": "Alle bedragen zijn in {{ totals.currency }}.",
    "offer_closing": "Heeft u vragen? Neem gerust contact met mij op. Wij kijken uit naar een prettige "
                     "samenwerking.",
    "offer_sign_seller": "Namens {{ seller.name }}",
    "offer_sign_buyer": "Voor akkoord, {{ company.name or person.full_name }}",
    "sign_hint": "Naam, datum, handtekening",
    "invoice_title": "Factuur", "invoice_no": "Factuurnummer", "invoice_date": "Factuurdatum",
    "invoice_due": "Betaaltermijn", "invoice_due_value": "14 dagen",
    "invoice_seller": "Van", "invoice_buyer": "Factuur aan",
    "invoice_pay_head": "Betaalgegevens",
    "invoice_payment": "Wij verzoeken u het totaalbedrag binnen 14 dagen na factuurdatum over te maken op de "
                       "onderstaande rekening, onder vermelding van factuurnummer {{ doc.number }}.",
    "invoice_thanks": "Hartelijk dank voor uw opdracht.",
    "invoice_questions": "Vragen over deze factuur? Neem contact op met {{ manager.full_name }}"
                         "{% if manager.email %}, {{ manager.email }}{% endif %}"
                         "{% if manager.phone %}, {{ manager.phone }}{% endif %}.",
    "contract_title": "Koopovereenkomst",
    "contract_date": "Datum: {{ doc.date }}",
    "contract_parties": "{{ seller.legal_name or seller.name }}{% if seller.director %}, vertegenwoordigd door "
                        "{{ seller.director }}{% endif %}, hierna „Verkoper”, en "
                        "{{ company.legal_name or company.name }}{% if person.full_name %}, vertegenwoordigd door "
                        "{{ person.full_name }}{% if person.position %}, {{ person.position }}{% endif %}{% endif %}"
                        ", hierna „Koper”, samen „Partijen”, komen het volgende overeen.",
    "c1": "Artikel 1. Onderwerp",
    "c1_1": "1.1. Verkoper levert aan Koper de in de onderstaande tabel genoemde producten en diensten voor "
            "„{{ deal.title }}”; Koper neemt deze af en betaalt daarvoor.",
    "c2": "Artikel 2. Prijs en betaling",
    "c2_1": "2.1. De totaalprijs bedraagt {{ totals.gross }}, inclusief {{ totals.vat }} btw.",
    "c2_2": "2.2. Koper betaalt de prijs binnen 14 dagen na factuurdatum per bankoverschrijving op de rekening "
            "van Verkoper vermeld in artikel 5.",
    "c2_3": "2.3. De prijzen staan vast gedurende de looptijd van deze overeenkomst.",
    "c3": "Artikel 3. Levering",
    "c3_1": "3.1. Verkoper levert binnen 10 werkdagen na ondertekening van deze overeenkomst"
            "{% if company.address %} op het adres {{ company.address }}{% endif %}, tenzij Partijen schriftelijk "
            "anders overeenkomen.",
    "c3_2": "3.2. Eigendom en risico gaan bij levering over op Koper. Koper meldt zichtbare gebreken binnen "
            "5 werkdagen na levering schriftelijk aan Verkoper.",
    "c4": "Artikel 4. Looptijd",
    "c4_1": "4.1. Deze overeenkomst treedt in werking na ondertekening door beide Partijen en loopt totdat "
            "Partijen hun verplichtingen zijn nagekomen.",
    "c4_2": "4.2. Wijzigingen zijn alleen geldig als zij schriftelijk zijn vastgelegd en door beide Partijen zijn "
            "ondertekend. Deze overeenkomst is in tweevoud opgemaakt, één exemplaar voor elke Partij.",
    "c5": "Artikel 5. Gegevens en ondertekening",
    "contract_seller": "Verkoper", "contract_buyer": "Koper", "contract_sign": "Handtekening",
    "letter_subject": "Betreft: hartelijk dank – {{ deal.title }}",
    "letter_subject_general": "Betreft: hartelijk dank voor de samenwerking",
    "letter_1": "Hartelijk dank dat u voor {{ seller.name }} hebt gekozen voor „{{ deal.title }}”. Wij waarderen "
                "het vertrouwen dat u in ons stelt en zijn blij met de samenwerking"
                "{% if company.name %} met {{ company.name }}{% endif %}.",
    "letter_1_general": "Hartelijk dank dat u voor {{ seller.name }} hebt gekozen. Wij waarderen het vertrouwen dat "
                        "u in ons stelt en zijn blij met de samenwerking"
                        "{% if company.name %} met {{ company.name }}{% endif %}.",
    "letter_2": "Ons team zorgt ervoor dat alles vlot verloopt. Heeft u vragen of wensen, dan help ik u graag: "
                "beantwoord deze brief of bel mij{% if manager.phone %} op {{ manager.phone }}{% endif %}.",
    "letter_3": "Wij kijken uit naar een lange en succesvolle samenwerking.",
}

PL: dict[str, str] = {
    "tax_id": "NIP", "reg_no": "KRS", "bank": "Rachunek bankowy", "contact": "Osoba kontaktowa", "no": "Nr",
    "date": "Data", "reference": "Dotyczy", "page": "Strona {page} z {pages}",
    "col_n": "Lp.", "col_name": "Nazwa towaru lub usługi", "col_qty": "Ilość", "col_unit": "J.m.",
    "col_price": "Cena netto", "col_disc": "Rabat", "col_vat": "VAT", "col_total": "Wartość",
    "tot_discount": "Rabat", "tot_net": "Razem netto", "tot_vat": "VAT", "tot_gross": "Razem brutto",
    "tot_due": "Do zapłaty",
    "in_words": "Słownie: {{ totals.gross_in_words }}",
    "regards": "Z poważaniem,",
    "greeting": "{% if person.greeting_name %}Dzień dobry, {{ person.greeting_name }}!{% else %}Szanowni Państwo,"
                "{% endif %}",
    "offer_title": "Oferta handlowa", "offer_no": "Nr oferty", "offer_valid": "Ważność",
    "offer_valid_value": "30 dni", "offer_for": "Oferta dla", "offer_contact": "Osoba kontaktowa",
    "offer_intro": "Dziękujemy za zainteresowanie naszą ofertą. Z przyjemnością przedstawiamy propozycję "
                   "dotyczącą „{{ deal.title }}”:",
    "terms": "Warunki",
    "offer_validity": "Ważność oferty: 30 dni od daty jej sporządzenia.",
    "offer_payment": "Płatność: przelewem w terminie 14 dni od daty wystawienia faktury.",
    "offer_delivery": "Dostawa: w ciągu 10 dni roboczych od potwierdzenia zamówienia.",
    "offer_currency": "Wszystkie kwoty podano w {{ totals.currency }}.",
    "offer_closing": "W razie pytań pozostaję do dyspozycji. Liczymy na owocną współpracę.",
    "offer_sign_seller": "W imieniu {{ seller.name }}",
    "offer_sign_buyer": "Akceptacja oferty: {{ company.name or person.full_name }}",
    "sign_hint": "Data, imię i nazwisko, podpis",
    "invoice_title": "Faktura", "invoice_no": "Nr faktury", "invoice_date": "Data wystawienia",
    "invoice_due": "Termin płatności", "invoice_due_value": "14 dni, przelew",
    "invoice_seller": "Sprzedawca", "invoice_buyer": "Nabywca",
    "invoice_pay_head": "Dane do przelewu",
    "invoice_payment": "Prosimy o zapłatę w terminie 14 dni od daty wystawienia faktury na poniższy rachunek "
                       "bankowy, z numerem faktury {{ doc.number }} w tytule przelewu.",
    "invoice_thanks": "Dziękujemy za współpracę.",
    "invoice_questions": "Pytania dotyczące faktury: {{ manager.full_name }}"
                         "{% if manager.email %}, {{ manager.email }}{% endif %}"
                         "{% if manager.phone %}, {{ manager.phone }}{% endif %}.",
    "invoice_sign_left": "Wystawił(a): {{ manager.full_name }}",
    "invoice_sign_right": "Odebrał(a)",
    "contract_title": "Umowa sprzedaży",
    "contract_date": "zawarta w dniu {{ doc.date }} r. pomiędzy:",
    "contract_parties": "{{ seller.legal_name or seller.name }}{% if seller.tax_id %}, NIP {{ seller.tax_id }}"
                        "{% endif %}{% if seller.director %}, reprezentowaną przez {{ seller.director }}{% endif %}, "
                        "zwaną dalej „Sprzedawcą”, a {{ company.legal_name or company.name }}"
                        "{% if company.tax_id %}, NIP {{ company.tax_id }}{% endif %}{% if person.full_name %}, "
                        "reprezentowaną przez {{ person.full_name }}{% if person.position %} "
                        "({{ person.position }}){% endif %}{% endif %}, zwaną dalej „Kupującym”, łącznie zwanymi "
                        "„Stronami”.",
    "c1": "§ 1. Przedmiot umowy",
    "c1_1": "1. Sprzedawca zobowiązuje się dostarczyć Kupującemu towary i usługi dotyczące „{{ deal.title }}” "
            "wymienione w poniższej tabeli, a Kupujący zobowiązuje się je odebrać i zapłacić cenę.",
    "c2": "§ 2. Cena i płatność",
    "c2_1": "1. Łączna cena wynosi {{ totals.gross }} brutto, w tym podatek VAT {{ totals.vat }}"
            "{% if totals.gross_in_words %} (słownie: {{ totals.gross_in_words }}){% endif %}.",
    "c2_2": "2. Kupujący zapłaci cenę przelewem na rachunek bankowy Sprzedawcy wskazany w § 5 w terminie 14 dni "
            "od daty wystawienia faktury.",
    "c2_3": "3. Ceny są stałe przez cały okres obowiązywania umowy.",
    "c3": "§ 3. Dostawa",
    "c3_1": "1. Sprzedawca dostarczy przedmiot umowy w terminie 10 dni roboczych od dnia podpisania umowy"
            "{% if company.address %} na adres: {{ company.address }}{% endif %}, chyba że Strony uzgodnią "
            "inaczej na piśmie.",
    "c3_2": "2. Własność i ryzyko przechodzą na Kupującego z chwilą dostawy. Kupujący zgłosi Sprzedawcy widoczne "
            "wady na piśmie w ciągu 5 dni roboczych od dostawy.",
    "c4": "§ 4. Okres obowiązywania",
    "c4_1": "1. Umowa wchodzi w życie z dniem podpisania przez obie Strony i obowiązuje do wykonania "
            "zobowiązań Stron.",
    "c4_2": "2. Zmiany umowy wymagają formy pisemnej pod rygorem nieważności. Umowę sporządzono w dwóch "
            "jednobrzmiących egzemplarzach, po jednym dla każdej ze Stron.",
    "c5": "§ 5. Dane Stron i podpisy",
    "contract_seller": "Sprzedawca", "contract_buyer": "Kupujący", "contract_sign": "Podpis",
    "letter_subject": "Dotyczy: podziękowanie – {{ deal.title }}",
    "letter_subject_general": "Dotyczy: podziękowanie za współpracę",
    "letter_1": "Dziękujemy za wybór firmy {{ seller.name }} w sprawie „{{ deal.title }}”. Doceniamy Państwa "
                "zaufanie i cieszymy się ze współpracy{% if company.name %} z {{ company.name }}{% endif %}.",
    "letter_1_general": "Dziękujemy za wybór firmy {{ seller.name }}. Doceniamy Państwa zaufanie i cieszymy się ze "
                        "współpracy{% if company.name %} z {{ company.name }}{% endif %}.",
    "letter_2": "Nasz zespół zadba o to, aby wszystko przebiegło sprawnie. W razie pytań lub życzeń chętnie "
                "pomogę: wystarczy odpowiedzieć na ten list lub zadzwonić"
                "{% if manager.phone %} pod numer {{ manager.phone }}{% endif %}.",
    "letter_3": "Liczymy na długą i owocną współpracę.",
}

RU: dict[str, str] = {
    "tax_id": "ИНН", "reg_no": "ОГРН", "bank": "Банковские реквизиты", "contact": "Контактное лицо", "no": "№",
    "date": "Дата", "reference": "Основание", "page": "Страница {page} из {pages}",
    "col_n": "№", "col_name": "Наименование", "col_qty": "Кол-во", "col_unit": "Ед.",
    "col_price": "Цена", "col_disc": "Скидка", "col_vat": "НДС", "col_total": "Сумма",
    "tot_discount": "Скидка", "tot_net": "Итого без НДС", "tot_vat": "НДС", "tot_gross": "Итого с НДС",
    "tot_due": "Всего к оплате",
    "count_line": "Всего наименований {{ totals.count }}, на сумму {{ totals.gross }}",
    "in_words": "Сумма прописью: {{ totals.gross_in_words }}",
    "regards": "С уважением,",
    "greeting": "{% if person.greeting_name %}Добрый день, {{ person.greeting_name }}!{% else %}Добрый день!"
                "{% endif %}",
    "offer_title": "Коммерческое предложение", "offer_no": "Номер", "offer_valid": "Срок действия",
    "offer_valid_value": "30 дней", "offer_for": "Получатель", "offer_contact": "Ваш менеджер",
    "offer_intro": "Благодарим Вас за интерес к нашей компании. По проекту «{{ deal.title }}» предлагаем "
                   "следующие товары и услуги:",
    "terms": "Условия",
    "offer_validity": "Срок действия предложения: 30 дней с даты его составления.",
    "offer_payment": "Оплата: банковским переводом в течение 14 дней с даты выставления счёта.",
    "offer_delivery": "Поставка: в течение 10 рабочих дней после подтверждения заказа.",
    "offer_currency": "Все суммы указаны в {{ totals.currency }}.",
    "offer_closing": "Будем рады ответить на Ваши вопросы и надеемся на плодотворное сотрудничество.",
    "offer_sign_seller": "От имени {{ seller.name }}",
    "offer_sign_buyer": "Предложение принято: {{ company.name or person.full_name }}",
    "sign_hint": "Дата, ФИО, подпись",
    "invoice_title": "Счёт на оплату", "invoice_no": "Номер счёта", "invoice_date": "Дата счёта",
    "invoice_due": "Срок оплаты", "invoice_due_value": "14 дней",
    "invoice_seller": "Поставщик", "invoice_buyer": "Покупатель",
    "invoice_pay_head": "Реквизиты для оплаты",
    "invoice_payment": "Счёт действителен к оплате в течение 14 дней. В назначении платежа, пожалуйста, укажите "
                       "номер счёта {{ doc.number }}. Оплата счёта означает согласие с условиями поставки.",
    "invoice_thanks": "Благодарим за сотрудничество!",
    "invoice_questions": "Вопросы по счёту: {{ manager.full_name }}"
                         "{% if manager.email %}, {{ manager.email }}{% endif %}"
                         "{% if manager.phone %}, {{ manager.phone }}{% endif %}.",
    "invoice_sign_left": "Руководитель",
    "invoice_sign_left_name": "{{ seller.director }}",
    "invoice_sign_right": "Ответственный",
    "invoice_sign_right_name": "{{ manager.full_name }}",
    "contract_title": "Договор поставки",
    "contract_date": "{{ doc.date }}",
    "contract_parties": "{{ seller.legal_name or seller.name }}, именуемое в дальнейшем «Поставщик»"
                        "{% if seller.director %} (представитель — {{ seller.director }}){% endif %}, с одной "
                        "стороны, и {{ company.legal_name or company.name }}, именуемое в дальнейшем «Покупатель»"
                        "{% if person.full_name %} (представитель — {{ person.full_name }}"
                        "{% if person.position %}, {{ person.position }}{% endif %}){% endif %}, с другой стороны, "
                        "вместе именуемые «Стороны», заключили настоящий договор о нижеследующем.",
    "c1": "1. Предмет договора",
    "c1_1": "1.1. Поставщик обязуется поставить, а Покупатель — принять и оплатить товары и услуги по проекту "
            "«{{ deal.title }}», указанные в таблице ниже.",
    "c2": "2. Цена и порядок расчётов",
    "c2_1": "2.1. Общая стоимость по договору составляет {{ totals.gross }}"
            "{% if totals.gross_in_words %} ({{ totals.gross_in_words }}){% endif %}, в том числе НДС "
            "{{ totals.vat }}.",
    "c2_2": "2.2. Покупатель оплачивает стоимость банковским переводом на расчётный счёт Поставщика, указанный в "
            "разделе 5, в течение 14 дней с даты выставления счёта.",
    "c2_3": "2.3. Цены фиксированы на весь срок действия договора.",
    "c3": "3. Поставка",
    "c3_1": "3.1. Поставщик осуществляет поставку в течение 10 рабочих дней с даты подписания договора"
            "{% if company.address %} по адресу: {{ company.address }}{% endif %}, если Стороны не договорились "
            "об ином в письменной форме.",
    "c3_2": "3.2. Право собственности и риск случайной гибели переходят к Покупателю в момент поставки. "
            "О видимых недостатках Покупатель письменно сообщает Поставщику в течение 5 рабочих дней с даты "
            "поставки.",
    "c4": "4. Срок действия договора",
    "c4_1": "4.1. Договор вступает в силу с момента подписания обеими Сторонами и действует до полного "
            "исполнения Сторонами своих обязательств.",
    "c4_2": "4.2. Изменения и дополнения к договору действительны, если они совершены в письменной форме и "
            "подписаны обеими Сторонами. Договор составлен в двух экземплярах, имеющих равную юридическую силу, "
            "по одному для каждой из Сторон.",
    "c5": "5. Реквизиты и подписи Сторон",
    "contract_seller": "Поставщик", "contract_buyer": "Покупатель", "contract_sign": "Подпись",
    "stamp": "М. П.",
    "letter_subject": "Благодарность за выбор нашей компании: «{{ deal.title }}»",
    "letter_subject_general": "Благодарность за сотрудничество",
    "letter_1": "Благодарим Вас за выбор компании {{ seller.name }} по проекту «{{ deal.title }}». Мы ценим "
                "оказанное доверие и рады сотрудничеству{% if company.name %} с {{ company.name }}{% endif %}.",
    "letter_1_general": "Благодарим Вас за выбор компании {{ seller.name }}. Мы ценим оказанное доверие и рады "
                        "сотрудничеству{% if company.name %} с {{ company.name }}{% endif %}.",
    "letter_2": "Наша команда сделает всё, чтобы работа прошла гладко. Если у Вас появятся вопросы или пожелания, "
                "я с удовольствием помогу: просто ответьте на это письмо или позвоните мне"
                "{% if manager.phone %} по телефону {{ manager.phone }}{% endif %}.",
    "letter_3": "Надеемся на долгое и плодотворное сотрудничество.",
}

FA: dict[str, str] = {
    "tax_id": "کد اقتصادی", "reg_no": "شماره ثبت", "bank": "حساب بانکی", "contact": "طرف تماس",
    "comma": "، ", "no": "شماره", "date": "تاریخ", "reference": "بابت", "page": "صفحه {page} از {pages}",
    "col_n": "ردیف", "col_name": "شرح کالا یا خدمات", "col_qty": "تعداد", "col_unit": "واحد",
    "col_price": "قیمت واحد", "col_disc": "تخفیف", "col_vat": "ارزش افزوده", "col_total": "مبلغ کل",
    "tot_discount": "تخفیف", "tot_net": "جمع پس از تخفیف", "tot_vat": "مالیات بر ارزش افزوده",
    "tot_gross": "جمع کل با مالیات", "tot_due": "مبلغ قابل پرداخت",
    "in_words": "مبلغ به حروف: {{ totals.gross_in_words }}",
    "regards": "با سپاس و احترام،",
    "greeting": "{% if person.greeting_name %}{{ person.greeting_name }} گرامی،\n{% endif %}با سلام و احترام،",
    "offer_title": "پیشنهاد قیمت", "offer_no": "شماره پیشنهاد", "offer_valid": "مدت اعتبار",
    "offer_valid_value": "۳۰ روز", "offer_for": "گیرنده", "offer_contact": "کارشناس فروش",
    "offer_intro": "از توجه شما به محصولات و خدمات ما سپاسگزاریم. پیشنهاد ما برای «{{ deal.title }}» به شرح زیر "
                   "تقدیم می‌شود:",
    "terms": "شرایط",
    "offer_validity": "اعتبار پیشنهاد: ۳۰ روز از تاریخ صدور.",
    "offer_payment": "پرداخت: از طریق حواله بانکی، ظرف ۱۴ روز از تاریخ صدور صورتحساب.",
    "offer_delivery": "تحویل: ظرف ۱۰ روز کاری پس از تأیید سفارش.",
    "offer_currency": "کلیه مبالغ به {{ totals.currency }} است.",
    "offer_closing": "در صورت هرگونه پرسش، با کمال میل پاسخگو هستم. امیدواریم همکاری موفقی با شما داشته باشیم.",
    "offer_sign_seller": "از طرف {{ seller.name }}",
    "offer_sign_buyer": "تأیید خریدار: {{ company.name or person.full_name }}",
    "sign_hint": "نام، تاریخ و امضا",
    "invoice_title": "صورتحساب فروش", "invoice_no": "شماره صورتحساب", "invoice_date": "تاریخ صدور",
    "invoice_due": "مهلت پرداخت", "invoice_due_value": "۱۴ روز",
    "invoice_seller": "فروشنده", "invoice_buyer": "خریدار",
    "invoice_pay_head": "اطلاعات پرداخت",
    "invoice_payment": "لطفاً مبلغ قابل پرداخت را ظرف ۱۴ روز از تاریخ صدور به حساب زیر واریز کنید و شماره "
                       "صورتحساب {{ doc.number }} را در شرح واریز بنویسید.",
    "invoice_thanks": "از همکاری شما سپاسگزاریم.",
    "invoice_questions": "برای پرسش درباره این صورتحساب با {{ manager.full_name }}"
                         "{% if manager.email %}، {{ manager.email }}{% endif %}"
                         "{% if manager.phone %}، {{ manager.phone }}{% endif %} تماس بگیرید.",
    "invoice_sign_left": "مهر و امضای فروشنده",
    "invoice_sign_right": "مهر و امضای خریدار",
    "contract_title": "قرارداد فروش",
    "contract_date": "تاریخ: {{ doc.date }}",
    "contract_parties": "این قرارداد میان {{ seller.legal_name or seller.name }}{% if seller.director %} به "
                        "نمایندگی {{ seller.director }}{% endif %} که از این پس «فروشنده» نامیده می‌شود، و "
                        "{{ company.legal_name or company.name }}{% if person.full_name %} به نمایندگی "
                        "{{ person.full_name }}{% if person.position %} ({{ person.position }}){% endif %}"
                        "{% endif %} که از این پس «خریدار» نامیده می‌شود، به شرح زیر منعقد می‌گردد.",
    "c1": "ماده ۱ – موضوع قرارداد",
    "c1_1": "۱-۱. فروشنده متعهد می‌شود کالاها و خدمات مربوط به «{{ deal.title }}» را مطابق جدول زیر به خریدار "
            "تحویل دهد و خریدار متعهد به دریافت و پرداخت بهای آن‌ها است.",
    "c2": "ماده ۲ – مبلغ قرارداد و نحوه پرداخت",
    "c2_1": "۲-۱. مبلغ کل قرارداد {{ totals.gross }}{% if totals.gross_in_words %} "
            "({{ totals.gross_in_words }}){% endif %} است که مالیات بر ارزش افزوده به مبلغ {{ totals.vat }} را "
            "نیز شامل می‌شود.",
    "c2_2": "۲-۲. خریدار مبلغ قرارداد را ظرف ۱۴ روز از تاریخ صدور صورتحساب از طریق حواله بانکی به حساب فروشنده "
            "مندرج در ماده ۵ پرداخت می‌کند.",
    "c2_3": "۲-۳. قیمت‌ها در طول مدت قرارداد ثابت است.",
    "c3": "ماده ۳ – تحویل",
    "c3_1": "۳-۱. فروشنده موضوع قرارداد را ظرف ۱۰ روز کاری از تاریخ امضای قرارداد"
            "{% if company.address %} در نشانی {{ company.address }}{% endif %} تحویل می‌دهد، مگر آنکه طرفین "
            "کتباً به نحو دیگری توافق کنند.",
    "c3_2": "۳-۲. مالکیت و مسئولیت کالا از زمان تحویل به خریدار منتقل می‌شود. خریدار عیوب ظاهری را ظرف ۵ روز "
            "کاری از تاریخ تحویل به‌صورت کتبی به فروشنده اطلاع می‌دهد.",
    "c4": "ماده ۴ – مدت قرارداد",
    "c4_1": "۴-۱. این قرارداد از تاریخ امضای طرفین نافذ است و تا انجام کامل تعهدات طرفین معتبر خواهد بود.",
    "c4_2": "۴-۲. هرگونه تغییر در قرارداد تنها به‌صورت کتبی و با امضای طرفین معتبر است. این قرارداد در دو نسخه "
            "با اعتبار یکسان تنظیم شده و هر یک از طرفین یک نسخه دریافت می‌کند.",
    "c5": "ماده ۵ – مشخصات و امضای طرفین",
    "contract_seller": "فروشنده", "contract_buyer": "خریدار", "contract_sign": "مهر و امضا",
    "letter_subject": "موضوع: قدردانی – {{ deal.title }}",
    "letter_subject_general": "موضوع: قدردانی از همکاری",
    "letter_1": "از اینکه {{ seller.name }} را برای «{{ deal.title }}» انتخاب کردید صمیمانه سپاسگزاریم. اعتماد "
                "شما برای ما ارزشمند است و از همکاری{% if company.name %} با {{ company.name }}{% endif %} "
                "خرسندیم.",
    "letter_1_general": "از اینکه {{ seller.name }} را انتخاب کردید صمیمانه سپاسگزاریم. اعتماد شما برای ما "
                        "ارزشمند است و از همکاری{% if company.name %} با {{ company.name }}{% endif %} خرسندیم.",
    "letter_2": "تیم ما تمام تلاش خود را برای انجام بی‌نقص کار به کار خواهد گرفت. در صورت هرگونه پرسش یا "
                "درخواست، با کمال میل در خدمت شما هستم؛ کافی است به این نامه پاسخ دهید یا"
                "{% if manager.phone %} با شماره {{ manager.phone }}{% endif %} با من تماس بگیرید.",
    "letter_3": "امیدواریم این همکاری طولانی و پرثمر باشد.",
}


@dataclass(frozen=True)
class Language:
    """One document language: its words, its BCP 47 tag for spelling, and its direction."""

    code: str
    tag: str
    rtl: bool
    words: dict[str, str]


LANGS = {
    "en": Language("en", "en-GB", False, EN),
    "nl": Language("nl", "nl-NL", False, NL),
    "fa": Language("fa", "fa-IR", True, FA),
    "pl": Language("pl", "pl-PL", False, PL),
    "ru": Language("ru", "ru-RU", False, RU),
}


@dataclass(frozen=True)
class R:
    """One run of text with its look; the text may hold placeholders and "\\n" line breaks."""

    text: str
    bold: bool = False
    size: float | None = None
    color: str | None = None
    italic: bool = False


Runs = Sequence["R | str"]


# ---- low-level XML helpers -----------------------------------------------------------------------------------

_PPR_AFTER_BDR = ("w:shd", "w:tabs", "w:suppressAutoHyphens", "w:kinsoku", "w:wordWrap", "w:overflowPunct",
                  "w:topLinePunct", "w:autoSpaceDE", "w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid",
                  "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc",
                  "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId",
                  "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange")
_PPR_AFTER_BIDI = _PPR_AFTER_BDR[_PPR_AFTER_BDR.index("w:bidi") + 1:]
_TBLPR_AFTER_BIDI = ("w:tblStyleRowBandSize", "w:tblStyleColBandSize", "w:tblW", "w:jc", "w:tblCellSpacing",
                     "w:tblInd", "w:tblBorders", "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook")
_TBLPR_AFTER_BORDERS = _TBLPR_AFTER_BIDI[_TBLPR_AFTER_BIDI.index("w:tblBorders") + 1:]
_TCPR_AFTER_BORDERS = ("w:shd", "w:noWrap", "w:tcMar", "w:textDirection", "w:tcFitText", "w:vAlign", "w:hideMark")
_TCPR_AFTER_SHD = _TCPR_AFTER_BORDERS[1:]
_SECTPR_AFTER_BIDI = ("w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange")


def _el(tag: str, **attrs: str) -> OxmlElement:
    element = OxmlElement(tag)
    for name, value in attrs.items():
        element.set(qn(f"w:{name}"), value)
    return element


def _borders(tag: str, sides: dict[str, tuple[str, int, str]]) -> OxmlElement:
    """A w:tblBorders / w:tcBorders / w:pBdr element; sides maps top/left/... to (style, size, color)."""
    box = OxmlElement(tag)
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        if side in sides:
            style, size, color = sides[side]
            box.append(_el(f"w:{side}", val=style, sz=str(size), space="0", color=color))
    return box


class Builder:
    """One document under construction, in one language and direction."""

    def __init__(self, lang: Language, title: str) -> None:
        self.lang = lang
        self.t = lang.words
        self.doc: DocxDocument = Document()
        # New cells hold one empty paragraph; the first text written into such a cell goes there.
        self._fresh_cells: set[object] = set()
        self._setup(title)

    # -- document set-up

    def _setup(self, title: str) -> None:
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.0)
        section.top_margin, section.bottom_margin = Cm(1.6), Cm(1.8)
        section.header_distance, section.footer_distance = Cm(1.0), Cm(0.9)
        if self.lang.rtl:
            section._sectPr.insert_element_before(_el("w:bidi"), *_SECTPR_AFTER_BIDI)
        self._defaults()
        self._footer()
        props = self.doc.core_properties
        props.title, props.subject, props.author, props.last_modified_by = title, "", "", ""
        props.keywords, props.comments, props.category = "crm-desktop template", "", ""
        props.language = self.lang.tag
        props.revision = 1
        props.created = props.modified = FIXED_TIME
        props.last_printed = FIXED_TIME
        self._drop_thumbnail()

    def _defaults(self) -> None:
        """Fonts, size, spacing and language for every paragraph (docDefaults and the Normal style)."""
        styles = self.doc.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        rpr_default = defaults.find(qn("w:rPrDefault"))
        rpr_default.clear()
        rpr_default.append(self._rpr(size=BODY_PT))
        ppr_default = defaults.find(qn("w:pPrDefault"))
        if ppr_default is None:
            ppr_default = OxmlElement("w:pPrDefault")
            defaults.append(ppr_default)
        ppr_default.clear()
        ppr = OxmlElement("w:pPr")
        if self.lang.rtl:
            ppr.append(_el("w:bidi"))
        # Vazirmatn brings a generous line gap of its own: single spacing looks like 1.1 in Arial.
        ppr.append(_el("w:spacing", after="60", line="240" if self.lang.rtl else "264", lineRule="auto"))
        ppr_default.append(ppr)
        normal = self.doc.styles["Normal"]
        normal.font.name = None
        normal_rpr = normal.element.get_or_add_rPr()
        for child in list(normal_rpr):
            normal_rpr.remove(child)
        for child in self._rpr(size=BODY_PT):
            normal_rpr.append(child)

    def _rpr(self, *, bold: bool = False, italic: bool = False, size: float | None = None,
             color: str | None = None, ltr: bool = False) -> OxmlElement:
        """A complete w:rPr in schema order; Persian runs carry the complex-script font, size, rtl and language."""
        rpr = OxmlElement("w:rPr")
        if self.lang.rtl:
            # Vazirmatn has Latin letters too: one face for the e-mail addresses, IBANs and numbers as well.
            rpr.append(_el("w:rFonts", ascii=PERSIAN_FONT, hAnsi=PERSIAN_FONT, eastAsia=PERSIAN_FONT,
                           cs=PERSIAN_FONT, hint="cs"))
        else:
            rpr.append(_el("w:rFonts", ascii=LATIN_FONT, hAnsi=LATIN_FONT, eastAsia=LATIN_FONT, cs=LATIN_FONT))
        if bold:
            rpr.append(_el("w:b"))
            rpr.append(_el("w:bCs"))
        if italic:
            rpr.append(_el("w:i"))
            rpr.append(_el("w:iCs"))
        if color:
            rpr.append(_el("w:color", val=color))
        if size:
            half_points = str(round(size * 2))
            rpr.append(_el("w:sz", val=half_points))
            rpr.append(_el("w:szCs", val=half_points))
        if self.lang.rtl and not ltr:
            rpr.append(_el("w:rtl"))
        if self.lang.rtl:
            rpr.append(_el("w:lang", val="en-US" if ltr else self.lang.tag, bidi=self.lang.tag))
        else:
            rpr.append(_el("w:lang", val=self.lang.tag))
        return rpr

    def _footer(self) -> None:
        """Page X of Y, small and grey, centred at the foot of every page."""
        section = self.doc.sections[0]
        footer = section.footer
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]
        self._format_paragraph(paragraph, align="center", after=0)
        before, rest = self.t["page"].split("{page}")
        middle, after = rest.split("{pages}")
        self._add_runs(paragraph, [R(before, size=SMALL_PT, color=MUTED)])
        self._field(paragraph, "PAGE", "1")
        self._add_runs(paragraph, [R(middle, size=SMALL_PT, color=MUTED)])
        self._field(paragraph, "NUMPAGES", "1")
        if after:
            self._add_runs(paragraph, [R(after, size=SMALL_PT, color=MUTED)])

    def _field(self, paragraph: Paragraph, instruction: str, shown: str) -> None:
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), instruction)
        run = OxmlElement("w:r")
        run.append(self._rpr(size=SMALL_PT, color=MUTED))
        text = OxmlElement("w:t")
        text.text = shown
        run.append(text)
        field.append(run)
        paragraph._p.append(field)

    def _drop_thumbnail(self) -> None:
        """python-docx's default package carries a thumbnail of its own blank page; file managers would show it."""
        package = self.doc.part.package
        for rel_id, rel in list(package.rels.items()):
            if rel.reltype == RT.THUMBNAIL:
                package.rels.pop(rel_id)
                package.rels._target_parts_by_rId.pop(rel_id, None)
        settings = self.doc.settings.element
        for unwanted in settings.findall(qn("w:savePreviewPicture")):
            settings.remove(unwanted)
        theme_lang = settings.find(qn("w:themeFontLang"))
        if theme_lang is not None:
            theme_lang.set(qn("w:val"), self.lang.tag)
            if self.lang.rtl:
                theme_lang.set(qn("w:bidi"), self.lang.tag)

    # -- paragraphs

    def _paragraph(self, container: DocxDocument | _Cell | None) -> Paragraph:
        target = container if container is not None else self.doc
        if isinstance(target, _Cell) and target._tc in self._fresh_cells:
            self._fresh_cells.discard(target._tc)
            return target.paragraphs[0]
        return target.add_paragraph()

    def _format_paragraph(self, paragraph: Paragraph, *, align: str = "start", before: float = 0,
                          after: float = 3, keep_next: bool = False, rule: str | None = None,
                          line: float | None = None) -> None:
        fmt = paragraph.paragraph_format
        fmt.space_before, fmt.space_after = Pt(before), Pt(after)
        if line is not None:
            fmt.line_spacing = line
        if keep_next:
            fmt.keep_with_next = True
        # jc "left"/"right" mean start/end in a right-to-left paragraph, so "end" is "right" in both directions;
        # "start" is left unset: the paragraph's own direction decides (right for Persian, left otherwise).
        if align == "end":
            fmt.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif align == "center":
            fmt.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif align == "both" and not self.lang.rtl:
            # Justified Persian gets kashida-stretched words in LibreOffice; ragged text reads better.
            fmt.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        ppr = paragraph._p.get_or_add_pPr()
        if rule:
            ppr.insert_element_before(_borders("w:pBdr", {"bottom": ("single", 8, rule)}), *_PPR_AFTER_BDR)
        if self.lang.rtl:
            ppr.insert_element_before(_el("w:bidi"), *_PPR_AFTER_BIDI)
        # The paragraph mark takes the same look as the text, so an empty line keeps the text's height.
        ppr.append(self._rpr(size=BODY_PT))

    def _add_runs(self, paragraph: Paragraph, runs: Runs, *, size: float | None = None,
                  color: str | None = None, bold: bool = False) -> None:
        for item in runs:
            spec = R(item) if isinstance(item, str) else item
            # Persian: each placeholder gets a run of its own (a {% if %} may span runs: docxtpl keeps the XML
            # between the tags balanced).
            pieces = [x for x in PLACEHOLDER.split(spec.text) if x] if self.lang.rtl else [spec.text]
            for piece in pieces or [""]:
                ltr = bool(LTR_VALUE.fullmatch(piece))
                text = LRM + piece + LRM if self.lang.rtl and PLACEHOLDER.fullmatch(piece) else piece
                run = paragraph.add_run()
                run.text = text  # python-docx turns "\n" into <w:br/> inside the same run
                old = run._r.find(qn("w:rPr"))
                if old is not None:
                    run._r.remove(old)
                run._r.insert(0, self._rpr(bold=spec.bold or bold, italic=spec.italic, size=spec.size or size,
                                           color=spec.color or color, ltr=ltr))

    def p(self, *runs: R | str, container: DocxDocument | _Cell | None = None, size: float = BODY_PT,
          color: str | None = None, bold: bool = False, align: str = "start", before: float = 0, after: float = 3,
          keep_next: bool = False, rule: str | None = None, line: float | None = None) -> Paragraph:
        paragraph = self._paragraph(container)
        self._format_paragraph(paragraph, align=align, before=before, after=after, keep_next=keep_next,
                               rule=rule, line=line)
        self._add_runs(paragraph, runs, size=size, color=color, bold=bold)
        return paragraph

    def heading(self, text: str, *, container: DocxDocument | _Cell | None = None, before: float = 10) -> Paragraph:
        return self.p(R(text, bold=True, color=ACCENT, size=10.5), container=container, before=before, after=4,
                      keep_next=True)

    def label(self, text: str, container: DocxDocument | _Cell | None = None) -> Paragraph:
        """The small grey caption above a block ("Bill to", "Seller")."""
        return self.p(R(text.upper() if not self.lang.rtl else text, bold=True, size=SMALL_PT - 0.5,
                        color=MUTED), container=container, after=2, keep_next=True)

    # -- tables

    def table(self, widths: Sequence[float], rows: int, *, borders: dict[str, tuple[str, int, str]] | None = None,
              cell_margin_cm: float = 0.12) -> Table:
        table = self.doc.add_table(rows=rows, cols=len(widths))
        table.autofit = False  # a fixed layout: the widths below hold in Word and LibreOffice alike
        tbl_pr = table._tbl.tblPr
        if self.lang.rtl:
            tbl_pr.insert_element_before(_el("w:bidiVisual"), *_TBLPR_AFTER_BIDI)
        width = tbl_pr.find(qn("w:tblW"))
        width.set(qn("w:type"), "dxa")
        width.set(qn("w:w"), str(round(sum(widths) / 2.54 * 1440)))
        tbl_pr.insert_element_before(_borders("w:tblBorders", borders or {}), *_TBLPR_AFTER_BORDERS)
        margins = OxmlElement("w:tblCellMar")
        side = str(round(cell_margin_cm / 2.54 * 1440))
        for name, value in (("top", "30"), ("left", side), ("bottom", "30"), ("right", side)):
            margins.append(_el(f"w:{name}", w=value, type="dxa"))
        layout = tbl_pr.find(qn("w:tblLayout"))
        if layout is not None:
            layout.addnext(margins)
        else:
            tbl_pr.append(margins)
        for index, column_width in enumerate(widths):
            table.columns[index].width = Cm(column_width)
        for row in table.rows:
            for index, cell in enumerate(row.cells):
                cell.width = Cm(widths[index])
                self._fresh_cells.add(cell._tc)
        return table

    @staticmethod
    def shade(cell: _Cell, fill: str) -> None:
        tc_pr = cell._tc.get_or_add_tcPr()
        tc_pr.insert_element_before(_el("w:shd", val="clear", color="auto", fill=fill), *_TCPR_AFTER_SHD)

    @staticmethod
    def cell_borders(cell: _Cell, sides: dict[str, tuple[str, int, str]]) -> None:
        tc_pr = cell._tc.get_or_add_tcPr()
        tc_pr.insert_element_before(_borders("w:tcBorders", sides), *_TCPR_AFTER_BORDERS)

    @staticmethod
    def middle(cell: _Cell) -> None:
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    @staticmethod
    def header_row(table: Table, index: int = 0) -> None:
        """Repeat the row at the top of every page and never split it."""
        tr_pr = table.rows[index]._tr.get_or_add_trPr()
        tr_pr.append(_el("w:cantSplit"))
        tr_pr.append(_el("w:tblHeader"))

    @staticmethod
    def keep_row(table: Table, index: int) -> None:
        table.rows[index]._tr.get_or_add_trPr().append(_el("w:cantSplit"))

    def spacer(self, points: float = 4) -> Paragraph:
        paragraph = self.p("", after=0)
        paragraph.paragraph_format.line_spacing = Pt(points)
        return paragraph

    # -- output

    def finish(self) -> None:
        """Give the cells left empty a formatted paragraph too: in Persian every paragraph must be right-to-left."""
        for tc in list(self._fresh_cells):
            paragraph = Paragraph(tc.p_lst[0], None)
            self._format_paragraph(paragraph, after=0)
        self._fresh_cells.clear()

    def embed_persian_font(self) -> None:
        """Embed Vazirmatn (SIL OFL) as an obfuscated font, with Tahoma named as the substitute."""
        font_table = next(part for part in self.doc.part.package.parts
                          if part.partname == "/word/fontTable.xml")
        root = parse_xml(font_table.blob)
        for old in root.findall(qn("w:font")):
            if old.get(qn("w:name")) == PERSIAN_FONT:
                root.remove(old)
        font = parse_xml(
            f'<w:font {nsdecls("w", "r")} w:name="{PERSIAN_FONT}"><w:altName w:val="{PERSIAN_FALLBACK}"/>'
            '<w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>')
        for number, (style, filename) in enumerate((("Regular", "Vazirmatn-Regular.ttf"),
                                                    ("Bold", "Vazirmatn-Bold.ttf")), start=1):
            key = uuid.UUID(int=0x1F3A5F00_0000_4000_8000_000000000000 + number)
            data = _obfuscate((FONTS_DIR / filename).read_bytes(), key)
            part = Part(PackURI(f"/word/fonts/font{number}.odttf"),
                        "application/vnd.openxmlformats-officedocument.obfuscatedFont", data,
                        self.doc.part.package)
            rel_id = font_table.relate_to(part, RT.FONT)
            embed = OxmlElement(f"w:embed{style}")
            embed.set(qn("r:id"), rel_id)
            embed.set(qn("w:fontKey"), "{" + str(key).upper() + "}")
            font.append(embed)
        root.append(font)
        font_table._blob = _serialize(root)
        settings = self.doc.settings.element
        if settings.find(qn("w:embedTrueTypeFonts")) is None:
            # Schema order: embedTrueTypeFonts follows w:zoom, which python-docx's settings start with.
            settings.find(qn("w:zoom")).addnext(_el("w:embedTrueTypeFonts"))

    def save(self, path: Path) -> None:
        buffer = io.BytesIO()
        self.doc.save(buffer)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(_reproducible_zip(buffer.getvalue()))


def _obfuscate(font: bytes, key: uuid.UUID) -> bytes:
    """ECMA-376 part 2 font obfuscation: XOR the first 32 bytes with the key's bytes in reverse order."""
    key_bytes = bytes.fromhex(str(key).replace("-", ""))[::-1]
    head = bytes(font[i] ^ key_bytes[i % 16] for i in range(32))
    return head + font[32:]


def _serialize(element: OxmlElement) -> bytes:
    from lxml import etree

    return etree.tostring(element, xml_declaration=True, encoding="UTF-8", standalone=True)


def _reproducible_zip(data: bytes) -> bytes:
    """The same .docx with fixed timestamps, so regenerating an unchanged template changes no byte."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


# ---- the blocks every document shares ------------------------------------------------------------------------

def _opt(expr: str, label: str = "") -> str:
    """One more line of a block, drawn only when the value is there: the break lives inside the condition."""
    return f"{{% if {expr} %}}\n{label}{{{{ {expr} }}}}{{% endif %}}"


def letterhead(b: Builder) -> None:
    """The seller's name and address on the start side, contacts and numbers on the end side, then a rule."""
    t = b.t
    table = b.table((10.0, 7.0), 1)
    start, end = table.rows[0].cells
    b.p(R("{{ seller.name }}", bold=True, size=15, color=ACCENT), container=start, after=1)
    b.p(R("{% if seller.legal_name and seller.legal_name != seller.name %}{{ seller.legal_name }}\n{% endif %}"
          "{{ seller.address }}", size=SMALL_PT, color=MUTED), container=start, after=0)
    b.p(R("{{ seller.phone }}" + _opt("seller.email") + _opt("seller.website")
          + _opt("seller.tax_id", f"{t['tax_id']}: ") + _opt("seller.registration_no", f"{t['reg_no']}: "),
          size=SMALL_PT, color=MUTED), container=end, align="end", after=0)
    b.p("", rule=ACCENT, after=10, size=4)


def meta_strip(b: Builder, items: Sequence[tuple[str, str]]) -> None:
    """A row of captions over values: number, date, terms, reference."""
    width = TEXT_WIDTH_CM / len(items)
    table = b.table([width] * len(items), 2, borders={"top": ("single", 4, RULE), "bottom": ("single", 4, RULE)})
    for index, (caption, value) in enumerate(items):
        b.p(R(caption, size=SMALL_PT - 0.5, color=MUTED), container=table.rows[0].cells[index], after=0,
            before=2)
        b.p(R(value, bold=True), container=table.rows[1].cells[index], after=2)
    b.keep_row(table, 0)


def party_block(b: Builder, cell: _Cell, caption: str, who: str) -> None:
    """The name in bold, then the requisites that exist, one per line."""
    t = b.t
    b.label(caption, cell)
    if who == "seller":
        first = "{{ seller.legal_name or seller.name }}"
        rest = (_opt("seller.address") + _opt("seller.tax_id", f"{t['tax_id']}: ")
                + _opt("seller.registration_no", f"{t['reg_no']}: "))
    else:
        first = "{{ company.legal_name or company.name or person.full_name }}"
        comma = t.get("comma", ", ")
        rest = (_opt("company.address") + _opt("company.tax_id", f"{t['tax_id']}: ")
                + _opt("company.registration_no", f"{t['reg_no']}: ")
                + f"{{% if company.name and person.full_name %}}\n{t['contact']}: {{{{ person.full_name }}}}"
                  f"{{% if person.position %}}{comma}{{{{ person.position }}}}{{% endif %}}{{% endif %}}")
    b.p(R(first, bold=True), R(rest), container=cell, after=0)


def lines_table(b: Builder, *, due: bool) -> Table:
    """The product lines (one template row repeated by docxtpl) and the totals under the amount column."""
    t = b.t
    heads = ("col_n", "col_name", "col_qty", "col_unit", "col_price", "col_disc", "col_vat", "col_total")
    fields = ("n", "name", "quantity", "unit", "price", "discount", "vat_rate", "total")
    numeric = {0, 2, 4, 5, 6, 7}
    totals = [("tot_discount", "discount"), ("tot_net", "net"), ("tot_vat", "vat"),
              ("tot_due" if due else "tot_gross", "gross")]
    light = ("single", 4, RULE)
    table = b.table(LINE_WIDTHS, 4 + len(totals), cell_margin_cm=0.1,
                    borders={"top": ("single", 8, ACCENT), "bottom": light, "insideH": light})
    header = table.rows[0].cells
    for index, key in enumerate(heads):
        b.p(R(t[key], bold=True, size=SMALL_PT), container=header[index], after=0,
            align="end" if index in numeric and index != 0 else ("center" if index == 0 else "start"))
        b.shade(header[index], SHADE)
        b.middle(header[index])
    b.header_row(table, 0)
    # docxtpl removes the rows that hold {%tr ... %} and repeats the row between them once per line.
    # Each tag row is one full-width cell, so the tag reads on one line when someone edits the template.
    loop_start = table.rows[1].cells[0].merge(table.rows[1].cells[-1])
    b.p(R("{%tr for line in lines %}", size=SMALL_PT, color=MUTED), container=loop_start, after=0)
    data = table.rows[2].cells
    for index, field in enumerate(fields):
        b.p(f"{{{{ line.{field} }}}}", container=data[index], after=0,
            align="end" if index in numeric and index != 0 else ("center" if index == 0 else "start"))
    b.keep_row(table, 2)
    loop_end = table.rows[3].cells[0].merge(table.rows[3].cells[-1])
    b.p(R("{%tr endfor %}", size=SMALL_PT, color=MUTED), container=loop_end, after=0)
    none = ("nil", 0, "auto")
    for offset, (label_key, field) in enumerate(totals):
        row = table.rows[4 + offset]
        label = row.cells[0].merge(row.cells[len(heads) - 2])
        last = offset == len(totals) - 1
        b.p(R(t[label_key], bold=last), container=label, align="end", after=0)
        value = row.cells[len(heads) - 1]
        b.p(R(f"{{{{ totals.{field} }}}}", bold=last), container=value, align="end", after=0)
        b.cell_borders(label, {"bottom": none, "left": none, "right": none,
                               **({"top": none} if offset else {})})
        if last:
            b.shade(value, SHADE)
        b.keep_row(table, 4 + offset)
    return table


def signatures(b: Builder, left: Sequence[R | str], right: Sequence[R | str],
               under_left: str = "{{ manager.full_name }}", under_right: str | None = None,
               stamp: bool = False) -> None:
    """Two signature places side by side."""
    table = b.table((8.0, 1.0, 8.0), 1)
    signature_place(b, table.rows[0].cells[0], left, under_left, stamp=stamp)
    signature_place(b, table.rows[0].cells[2], right, under_right or b.t["sign_hint"], stamp=stamp)
    b.keep_row(table, 0)


def signature_place(b: Builder, cell: _Cell, caption: Sequence[R | str], under: str, *, stamp: bool = False,
                    before: float = 0) -> None:
    """A caption, room to sign, a line, the name under it (and the Russian place for the stamp)."""
    b.p(*caption, container=cell, before=before, after=0, keep_next=True)
    b.p(R("_" * 38, color=MUTED), container=cell, before=24, after=0, keep_next=True)
    b.p(R(under, size=SMALL_PT, color=MUTED), container=cell, after=0)
    if stamp and "stamp" in b.t:
        b.p(R(b.t["stamp"], size=SMALL_PT, color=MUTED), container=cell, before=4, after=0)


# ---- the four documents --------------------------------------------------------------------------------------

def build_offer(b: Builder) -> None:
    t = b.t
    letterhead(b)
    b.p(R(t["offer_title"], bold=True, size=20, color=ACCENT), after=6)
    meta_strip(b, [(t["offer_no"], "{{ doc.number }}"), (t["date"], "{{ doc.date }}"),
                   (t["offer_valid"], t["offer_valid_value"]), (t["reference"], "{{ deal.title }}")])
    b.spacer(8)
    table = b.table((10.0, 7.0), 1)
    party_block(b, table.rows[0].cells[0], t["offer_for"], "buyer")
    contact = table.rows[0].cells[1]
    b.label(t["offer_contact"], contact)
    b.p(R("{{ manager.full_name }}", bold=True), R(_opt("manager.email") + _opt("manager.phone")),
        container=contact, after=0)
    b.p(t["greeting"], before=14, after=6)
    b.p(t["offer_intro"], after=8)
    lines_table(b, due=False)
    b.heading(t["terms"], before=14)
    for key in ("offer_validity", "offer_payment", "offer_delivery", "offer_currency"):
        b.p(t[key], after=2)
    b.p(t["offer_closing"], before=10, after=6)
    b.p(t["regards"], after=14, keep_next=True)
    signatures(b, [R(t["offer_sign_seller"], bold=True)], [R(t["offer_sign_buyer"], bold=True)])


def build_invoice(b: Builder) -> None:
    t = b.t
    letterhead(b)
    b.p(R(t["invoice_title"], bold=True, size=20, color=ACCENT), after=6)
    meta_strip(b, [(t["invoice_no"], "{{ doc.number }}"), (t["invoice_date"], "{{ doc.date }}"),
                   (t["invoice_due"], t["invoice_due_value"]), (t["reference"], "{{ deal.title }}")])
    b.spacer(8)
    table = b.table((8.5, 8.5), 1)
    party_block(b, table.rows[0].cells[0], t["invoice_seller"], "seller")
    party_block(b, table.rows[0].cells[1], t["invoice_buyer"], "buyer")
    b.spacer(16)
    lines_table(b, due=True)
    if "count_line" in t:
        b.p(t["count_line"], before=8, after=0)
    if "in_words" in t:
        b.p(R("{% if totals.gross_in_words %}" + t["in_words"] + "{% endif %}", bold=True),
            before=2 if "count_line" in t else 8, after=0)
    b.heading(t["invoice_pay_head"], before=14)
    b.p(t["invoice_payment"], after=4)
    b.p(R(f"{t['bank']}: ", color=MUTED), R("{{ seller.bank_details }}", bold=True), after=2)
    b.p(R(t["invoice_thanks"], bold=True), before=12, after=2)
    b.p(R(t["invoice_questions"], size=SMALL_PT, color=MUTED), after=0)
    if "invoice_sign_left" in t:
        b.spacer(14)
        signatures(b, [R(t["invoice_sign_left"], bold=True)], [R(t["invoice_sign_right"], bold=True)],
                   under_left=t.get("invoice_sign_left_name", ""),
                   under_right=t.get("invoice_sign_right_name", ""))


def build_contract(b: Builder) -> None:
    t = b.t
    letterhead(b)
    b.p(R(t["contract_title"], bold=True, size=18, color=ACCENT),
        R(f"{{% if doc.number %}} {t['no']} {{{{ doc.number }}}}{{% endif %}}", bold=True, size=18,
          color=ACCENT), align="center", after=2)
    b.p(R(t["contract_date"], color=MUTED), align="center", after=12)
    b.p(t["contract_parties"], align="both", after=6)
    b.heading(t["c1"])
    b.p(t["c1_1"], align="both", after=6)
    lines_table(b, due=False)
    b.heading(t["c2"], before=12)
    for key in ("c2_1", "c2_2", "c2_3"):
        b.p(t[key], align="both")
    b.heading(t["c3"])
    for key in ("c3_1", "c3_2"):
        b.p(t[key], align="both")
    b.heading(t["c4"])
    for key in ("c4_1", "c4_2"):
        b.p(t[key], align="both")
    b.heading(t["c5"], before=12)
    table = b.table((8.0, 1.0, 8.0), 1)
    left, right = table.rows[0].cells[0], table.rows[0].cells[2]
    party_requisites(b, left, t["contract_seller"], "seller")
    party_requisites(b, right, t["contract_buyer"], "company")
    # The signatures share the cells of the requisites, so the two never land on different pages.
    sign = [R(t["contract_sign"], size=SMALL_PT, color=MUTED)]
    signature_place(b, left, sign, "{{ seller.director or manager.full_name }}", stamp=True, before=12)
    signature_place(b, right, sign, "{{ person.full_name }}", stamp=True, before=12)
    b.keep_row(table, 0)


def party_requisites(b: Builder, cell: _Cell, caption: str, who: str) -> None:
    """Everything a party's accountant needs: names, address, numbers, bank, contacts."""
    t = b.t
    b.label(caption, cell)
    name = "{{ seller.legal_name or seller.name }}" if who == "seller" else \
        "{{ company.legal_name or company.name }}"
    address = "seller.address" if who == "seller" else "company.legal_address or company.address"
    rest = (f"{{% if {address} %}}\n{{{{ {address} }}}}{{% endif %}}"
            + _opt(f"{who}.tax_id", f"{t['tax_id']}: ") + _opt(f"{who}.registration_no", f"{t['reg_no']}: ")
            + _opt(f"{who}.bank_details", f"{t['bank']}: ") + _opt(f"{who}.phone") + _opt(f"{who}.email"))
    b.p(R(name, bold=True), R(rest, size=SMALL_PT + 0.5), container=cell, after=0, keep_next=True)


def _if_deal(with_deal: str, without: str) -> str:
    """The deal's sentence when there is a deal, the general one otherwise: a letter can go to a person or a company
    alone, and the documents service refuses a template that uses deal.* outside such a test."""
    return f"{{% if deal.title %}}{with_deal}{{% else %}}{without}{{% endif %}}"


def build_letter(b: Builder) -> None:
    t = b.t
    letterhead(b)
    b.p(R("{{ doc.date }}", color=MUTED), align="end", after=10)
    b.p(R("{{ company.name or person.full_name }}", bold=True),
        R("{% if company.name and person.full_name %}\n{{ person.full_name }}"
          f"{{% if person.position %}}{t.get('comma', ', ')}{{{{ person.position }}}}{{% endif %}}{{% endif %}}"
          + _opt("company.address")),
        after=18)
    b.p(R(_if_deal(t["letter_subject"], t["letter_subject_general"]), bold=True, color=ACCENT, size=11),
        after=12)
    b.p(t["greeting"], after=8)
    for text in (_if_deal(t["letter_1"], t["letter_1_general"]), t["letter_2"], t["letter_3"]):
        b.p(text, align="both", after=8, line=1.2)
    b.p(t["regards"], before=6, after=28, keep_next=True)
    b.p(R("{{ manager.full_name }}", bold=True), R("\n{{ seller.name }}" + _opt("manager.email")
                                                    + _opt("manager.phone"), color=MUTED), after=0)


BUILDERS: dict[str, tuple[str, Callable[[Builder], None]]] = {
    "offer": ("offer_title", build_offer),
    "invoice": ("invoice_title", build_invoice),
    "contract": ("contract_title", build_contract),
    "letter": ("letter_subject", build_letter),
}


def build(lang_code: str, name: str) -> Builder:
    lang = LANGS[lang_code]
    title_key, draw = BUILDERS[name]
    title = re.sub(r"\{\{.*?\}\}|\{%.*?%\}|[:«»„”“]", "", lang.words[title_key]).strip(" –:")
    builder = Builder(lang, title)
    draw(builder)
    builder.finish()
    if lang.rtl:
        builder.embed_persian_font()
    return builder


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="folder to write <lang>/<name>.docx into")
    parser.add_argument("--lang", action="append", choices=LANGUAGES, help="only these languages")
    parser.add_argument("--name", action="append", choices=NAMES, help="only these templates")
    options = parser.parse_args(list(argv) if argv is not None else None)
    for lang_code in options.lang or LANGUAGES:
        for name in options.name or NAMES:
            path = options.out / lang_code / f"{name}.docx"
            build(lang_code, name).save(path)
            print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
