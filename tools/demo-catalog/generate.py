#!/usr/bin/env python3
"""Writes resources/demo/catalog.csv, the demo shop's catalog: a French grocery and general store.

Barcodes are EAN-13 in the French GS1 range (300-379) with correct check digits, made up for the demo; weighed
articles carry the '21' weight prefix the register's default barcode rules read. Run again only to change the demo."""
import random
from pathlib import Path

random.seed(525)

def check_digit(data):
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(data)))
    return str((10 - total % 10) % 10)

def ean13(prefix, n):
    data = f"{prefix}{n:09d}"[:12]
    return data + check_digit(data)

# category, VAT (milli-percent), [(name, price cents)]
GROCERY = ("Épicerie", 5500, [
    ("Pain de campagne", 399), ("Baguette tradition", 120), ("Croissant pur beurre", 115), ("Pain au chocolat", 125),
    ("Farine de blé T55 1 kg", 145), ("Sucre en poudre 1 kg", 179), ("Pâtes coquillettes 500 g", 129),
    ("Riz de Camargue 1 kg", 349), ("Lentilles vertes du Puy 500 g", 389), ("Huile d'olive vierge extra 75 cl", 1099),
    ("Vinaigre de vin rouge 50 cl", 229), ("Moutarde de Dijon 210 g", 189), ("Confiture d'abricots 370 g", 329),
    ("Miel de lavande 250 g", 699), ("Café moulu pur arabica 250 g", 449), ("Thé vert Sencha 100 g", 529),
    ("Chocolat noir 70 % 100 g", 229), ("Biscuits sablés bretons", 259), ("Madeleines de Commercy", 319),
    ("Sel de Guérande 500 g", 289), ("Poivre noir en grains 50 g", 349), ("Herbes de Provence 30 g", 249),
    ("Sardines à l'huile d'olive", 299), ("Thon albacore au naturel", 389), ("Cassoulet de Castelnaudary 840 g", 699),
    ("Soupe de poissons 780 ml", 549), ("Compote de pommes 4 x 100 g", 219), ("Lait demi-écrémé 1 L", 115),
    ("Beurre doux AOP 250 g", 349), ("Crème fraîche épaisse 20 cl", 189), ("Yaourt nature 4 x 125 g", 165),
    ("Comté 18 mois 250 g", 699), ("Camembert de Normandie AOP", 329), ("Roquefort AOP 150 g", 459),
    ("Œufs plein air x 6", 289), ("Jus d'orange pressé 1 L", 349), ("Eau minérale 1,5 L", 69),
    ("Limonade artisanale 75 cl", 249), ("Sirop de menthe 70 cl", 329), ("Jambon blanc 4 tranches", 399),
    ("Saucisson sec pur porc", 549), ("Rillettes du Mans 220 g", 429), ("Pâté de campagne 180 g", 279),
    ("Quiche lorraine", 549), ("Tarte aux pommes", 899), ("Céréales muesli 500 g", 399), ("Noix de Grenoble 250 g", 599),
    ("Amandes décortiquées 200 g", 449), ("Pruneaux d'Agen 500 g", 549), ("Crêpes de froment x 8", 299),
])
WEIGHED = ("Fruits et légumes", 5500, [
    ("Tomates grappe", 1290), ("Pommes Golden", 249), ("Poires Conférence", 329), ("Bananes", 199),
    ("Carottes", 149), ("Pommes de terre", 129), ("Courgettes", 299), ("Oranges à jus", 229), ("Raisin blanc", 449),
    ("Champignons de Paris", 699), ("Clémentines de Corse", 399), ("Poireaux", 279),
])
CHEESE_COUNTER = ("Fromagerie", 5500, [("Comté à la coupe", 2490), ("Tomme de Savoie à la coupe", 1890),
                                       ("Olives vertes", 1590), ("Fromage de chèvre frais", 2990)])
DRINKS = ("Cave", 20000, [
    ("Côtes-du-Rhône rouge 75 cl", 899), ("Bordeaux supérieur 75 cl", 1290), ("Muscadet sur lie 75 cl", 799),
    ("Champagne brut 75 cl", 2890), ("Cidre brut de Normandie 75 cl", 449), ("Bière blonde artisanale 33 cl", 299),
    ("Pastis 70 cl", 2290), ("Calvados 70 cl", 3490), ("Crémant d'Alsace 75 cl", 1190), ("Rosé de Provence 75 cl", 1090),
])
HOUSE = ("Maison", 20000, [
    ("Bol céramique", 1250), ("Tasse à café grès", 690), ("Torchon lin", 1490), ("Bougie parfumée figue", 1990),
    ("Savon de Marseille 300 g", 449), ("Liquide vaisselle écologique", 329), ("Éponges x 3", 249),
    ("Sacs poubelle 30 L x 20", 399), ("Ampoule LED E27", 599), ("Piles AA x 4", 549), ("Allumettes", 149),
    ("Papier toilette x 6", 449), ("Essuie-tout x 2", 299), ("Lessive liquide 2 L", 899), ("Panier en osier", 2490),
    ("Carafe en verre 1 L", 1590), ("Couteau d'office", 1290), ("Planche à découper bois", 1990),
    ("Tablier de cuisine", 1790), ("Dessous de plat", 890),
])
PRESS = ("Presse", 2100, [("Le Monde", 350), ("Le Figaro", 320), ("L'Équipe", 230), ("Libération", 300),
                          ("Ouest-France", 140), ("Le Parisien", 200), ("Paris Match", 450), ("Le Point", 550)])
CAFE = ("Snacking", 10000, [("Café expresso sur place", 160), ("Sandwich jambon-beurre", 450),
                            ("Croque-monsieur", 550), ("Salade composée", 790), ("Part de flan", 320),
                            ("Chocolat chaud", 290)])
BOOKS = ("Librairie", 5500, [("Guide des fromages de France", 1990), ("Recettes de grand-mère", 1590),
                             ("Carnet de notes", 490), ("Agenda 2027", 1290)])
CLOTHES = ("Textile", 20000, [("T-shirt coton bio", 1990), ("Sweat à capuche", 4490), ("Casquette brodée", 1890),
                              ("Chaussettes laine x 2", 1290), ("Tote bag lin", 990), ("Marinière", 3990),
                              ("Écharpe laine", 2990), ("Tablier enfant", 1490)])
SIZES = ["S", "M", "L", "XL"]
COLOURS = ["Bleu", "Écru", "Rouge"]

rows = []
serial = 0
ref = 0

def add(category, vat, name, price, variants, weighed=False, tracks=True):
    global serial, ref
    ref += 1
    for label, vprice in variants:
        serial += 1
        sku = f"{category[:3].upper().replace('É', 'E').replace('Œ', 'OE')}-{ref:04d}" + (f"-{label.replace(' / ', '-').upper()}" if label else "")
        if weighed:
            barcode = "21" + f"{ref:05d}" + "00000"
            barcode += check_digit(barcode)
            stock = random.randint(5, 40) * 1000
        else:
            barcode = ean13(random.choice(["376", "301", "340", "356"]), 100000 + serial)
            stock = random.randint(0, 60) * 1000
        rows.append(";".join([f"P{ref:04d}", name, category, str(vat), "1" if tracks else "0",
                              "1" if weighed else "0", sku, label, str(vprice), barcode, str(stock)]))

for category, vat, items in (GROCERY, DRINKS, HOUSE, PRESS, CAFE, BOOKS):
    for name, price in items:
        add(category, vat, name, price, [("", price)], tracks=category not in ("Snacking",))
for category, vat, items in (WEIGHED, CHEESE_COUNTER):
    for name, price in items:
        add(category, vat, name, price, [("", price)], weighed=True)
category, vat, items = CLOTHES
for name, price in items:
    variants = [(f"{size} / {colour}", price + (300 if size == "XL" else 0)) for size in SIZES for colour in COLOURS[:2]]
    add(category, vat, name, price, variants)
# Extra grocery references in several formats, so the demo has the size of a real small shop.
for base, price in GROCERY[2]:
    add("Épicerie", 5500, f"{base} — lot de 2", price * 2 - 10, [("", price * 2 - 10)])
    add("Épicerie", 5500, f"{base} — bio", price + price // 4, [("", price + price // 4)])

header = "product_ref;name;category;vat_milli_percent;tracks_stock;sold_by_weight;sku;option_label;price_minor;barcode;initial_stock_milli"
out = Path(__file__).resolve().parents[2] / "resources" / "demo" / "catalog.csv"
out.write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")
print(f"{ref} products, {len(rows)} variants -> {out}")
