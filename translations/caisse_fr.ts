<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>caisse-verify</name>
    <message>
        <source>Checks the fiscal journal of a Caisse register: a database, an archive folder, or a chain of records in JSON. Exit status 0: intact; 1: a fault was found (the first bad record is named); 2: unreadable.</source>
        <translation>Vérifie le journal fiscal d’une caisse Caisse : une base de données, un dossier d’archive ou une chaîne d’enregistrements en JSON. Code de sortie 0 : intact ; 1 : un défaut a été trouvé (le premier enregistrement fautif est nommé) ; 2 : illisible.</translation>
    </message>
    <message>
        <source>Check the signature of every record, not only of the chain&apos;s anchors (slower).</source>
        <translation>Vérifier la signature de chaque enregistrement, pas seulement celles des ancres de la chaîne (plus lent).</translation>
    </message>
    <message>
        <source>The register&apos;s public key (hex), as printed on its closures and archives: a journal signed with another key is refused.</source>
        <translation>La clé publique de la caisse (hexadécimal), telle qu’imprimée sur ses clôtures et archives : un journal signé avec une autre clé est refusé.</translation>
    </message>
    <message>
        <source>caisse.db, its folder, an archive folder, or a .json chain</source>
        <translation>caisse.db, son dossier, un dossier d’archive ou une chaîne .json</translation>
    </message>
    <message>
        <source>%1 is not a chain of records.</source>
        <translation>%1 n’est pas une chaîne d’enregistrements.</translation>
    </message>
    <message>
        <source>%1: %2 records, intact; last record %3, hash %4</source>
        <translation>%1 : %2 enregistrements, intact ; dernier enregistrement %3, empreinte %4</translation>
    </message>
    <message>
        <source>%1: FAULT: %2</source>
        <translation>%1 : DÉFAUT : %2</translation>
    </message>
    <message>
        <source>%1: NOT SIGNED: no key vouches for this chain</source>
        <translation>%1 : NON SIGNÉ : aucune clé ne garantit cette chaîne</translation>
    </message>
    <message>
        <source>%1: public key trusted %2</source>
        <translation>%1 : clé publique retenue %2</translation>
    </message>
    <message>
        <source>%1: note: %2</source>
        <translation>%1 : remarque : %2</translation>
    </message>
</context>
<context>
    <name>caisse::ArticleSearchDialog</name>
    <message>
        <source>Find an article</source>
        <translation>Trouver un article</translation>
    </message>
    <message>
        <source>Name, SKU or barcode</source>
        <translation>Nom, référence ou code-barres</translation>
    </message>
    <message>
        <source>Enter takes the article selected; the arrow keys choose another.</source>
        <translation>Entrée prend l’article sélectionné ; les flèches en choisissent un autre.</translation>
    </message>
    <message>
        <source>%1 — %2 per kg (weigh it)</source>
        <translation>%1 — %2 le kg (à peser)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>caisse::BarcodeParser</name>
    <message>
        <source>The weight and price barcode rule for prefix &quot;%1&quot; does not fit in an EAN-13.</source>
        <translation>La règle de code-barres poids/prix du préfixe « %1 » ne tient pas dans un EAN-13.</translation>
    </message>
    <message>
        <source>Barcode %1 was misread (its check digit is wrong). Scan it again or type it.</source>
        <translation>Le code-barres %1 a été mal lu (clé de contrôle fausse). Scannez-le à nouveau ou tapez-le.</translation>
    </message>
    <message>
        <source>Nothing was scanned.</source>
        <translation>Rien n’a été scanné.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a barcode. If the scanner typed it, check that it is set up for this keyboard layout.</source>
        <translation>« %1 » n’est pas un code-barres. Si la douchette l’a tapé, vérifiez qu’elle est réglée pour ce clavier (AZERTY).</translation>
    </message>
</context>
<context>
    <name>caisse::BarcodeScanner</name>
    <message>
        <source>%1 is ready.</source>
        <translation>%1 est prête.</translation>
    </message>
    <message>
        <source>%1 was disconnected: plug it back in; scans will work again at once.</source>
        <translation>%1 a été débranchée : rebranchez-la ; les lectures remarcheront aussitôt.</translation>
    </message>
</context>
<context>
    <name>caisse::CaisseApTerminal</name>
    <message>
        <source>refused by the card or the bank</source>
        <translation>refusé par la carte ou la banque</translation>
    </message>
    <message>
        <source>this card is not accepted here</source>
        <translation>cette carte n’est pas acceptée ici</translation>
    </message>
    <message>
        <source>the terminal did not understand the request</source>
        <translation>le terminal n’a pas compris la demande</translation>
    </message>
    <message>
        <source>not done (code %1)</source>
        <translation>non effectué (code %1)</translation>
    </message>
    <message>
        <source>the terminal cannot be reached</source>
        <translation>le terminal est injoignable</translation>
    </message>
    <message>
        <source>the terminal&apos;s answer could not be read</source>
        <translation>la réponse du terminal est illisible</translation>
    </message>
    <message>
        <source>the terminal answered for another amount</source>
        <translation>le terminal a répondu pour un autre montant</translation>
    </message>
    <message>
        <source>the terminal gave an unexpected answer</source>
        <translation>le terminal a donné une réponse inattendue</translation>
    </message>
    <message>
        <source>given up on the terminal</source>
        <translation>abandonné sur le terminal</translation>
    </message>
    <message>
        <source>the card was not presented in time</source>
        <translation>la carte n’a pas été présentée à temps</translation>
    </message>
    <message>
        <source>the connection to the terminal was lost during the payment</source>
        <translation>la liaison avec le terminal a été perdue pendant le paiement</translation>
    </message>
    <message>
        <source>the terminal cannot be reached: %1</source>
        <translation>le terminal est injoignable : %1</translation>
    </message>
    <message>
        <source>cancelled before the terminal was asked</source>
        <translation>annulé avant l’envoi au terminal</translation>
    </message>
    <message>
        <source>the terminal did not answer: it may still be busy with an earlier payment. Finish or cancel what its screen shows, then check on its last slip whether this payment went through before asking again</source>
        <translation>le terminal n’a pas répondu : il est peut-être encore occupé par un paiement précédent. Terminez ou annulez ce qu’affiche son écran, puis vérifiez sur son dernier ticket si ce paiement est passé avant de le redemander</translation>
    </message>
    <message>
        <source>the terminal cannot be asked in %1: the currency has no ISO number it knows</source>
        <translation>impossible de solliciter le terminal en %1 : cette devise n’a pas de numéro ISO qu’il connaisse</translation>
    </message>
    <message>
        <source>the amount does not fit the terminal&apos;s twelve digits</source>
        <translation>le montant dépasse les douze chiffres du terminal</translation>
    </message>
    <message>
        <source>the till number &quot;%1&quot; is not one or two digits: correct it in the terminal&apos;s settings</source>
        <translation>le numéro de caisse « %1 » n’est pas fait d’un ou deux chiffres : corrigez-le dans les réglages du terminal</translation>
    </message>
    <message>
        <source>the terminal&apos;s answer was cut short</source>
        <translation>la réponse du terminal a été interrompue</translation>
    </message>
    <message>
        <source>the terminal answered another request (its %1 is not this one&apos;s)</source>
        <translation>le terminal a répondu à une autre demande (son %1 n’est pas celui de celle-ci)</translation>
    </message>
    <message>
        <source>the terminal&apos;s approval does not say its amount</source>
        <translation>l’accord du terminal n’indique pas son montant</translation>
    </message>
</context>
<context>
    <name>caisse::CanonicalJson</name>
    <message>
        <source>A fiscal record may hold only integers, text, booleans and null; it was not written.</source>
        <translation>Un enregistrement fiscal ne peut contenir que des entiers, du texte, des booléens et null ; il n’a pas été écrit.</translation>
    </message>
</context>
<context>
    <name>caisse::CardPaymentFlow</name>
    <message>
        <source>A card payment is already under way on the terminal.</source>
        <translation>Un paiement par carte est déjà en cours sur le terminal.</translation>
    </message>
    <message>
        <source>The outcome of an earlier card payment is not known yet: settle it before taking a card again.</source>
        <translation>L’issue d’un paiement par carte précédent n’est pas encore connue : réglez-la avant de reprendre une carte.</translation>
    </message>
    <message>
        <source>Nothing is due on this ticket.</source>
        <translation>Rien n’est dû sur ce ticket.</translation>
    </message>
    <message>
        <source>This card payment is not on this register.</source>
        <translation>Ce paiement par carte n’est pas sur cette caisse.</translation>
    </message>
    <message>
        <source>This card payment has no unknown outcome to confirm.</source>
        <translation>Ce paiement par carte n’a pas d’issue inconnue à confirmer.</translation>
    </message>
    <message>
        <source>the payment could not be written before asking the terminal (%1)</source>
        <translation>le paiement n&apos;a pas pu être enregistré avant d&apos;interroger le terminal (%1)</translation>
    </message>
    <message>
        <source>cancelled before the terminal was asked</source>
        <translation>annulé avant que le terminal soit sollicité</translation>
    </message>
</context>
<context>
    <name>caisse::CashCount</name>
    <message>
        <source>A drawer count is not readable (%1).</source>
        <translation>Un comptage du tiroir est illisible (%1).</translation>
    </message>
</context>
<context>
    <name>caisse::CashCountDialog</name>
    <message>
        <source>Cash in the drawer:</source>
        <translation>Espèces dans le tiroir :</translation>
    </message>
    <message>
        <source>Open a shift: count the float</source>
        <translation>Ouvrir un service : compter le fonds de caisse</translation>
    </message>
    <message>
        <source>The whole &amp;team&apos;s shift (anyone may sell from this drawer)</source>
        <translation>Service de toute l&apos;é&amp;quipe (chacun peut encaisser sur ce tiroir)</translation>
    </message>
    <message>
        <source>Count the coins and notes in the drawer.</source>
        <translation>Comptez les pièces et les billets du tiroir.</translation>
    </message>
    <message>
        <source>The last close left this in the drawer: check it.</source>
        <translation>La dernière clôture a laissé ceci dans le tiroir : vérifiez-le.</translation>
    </message>
    <message>
        <source>Close the shift: count the drawer</source>
        <translation>Clôturer le service : compter le tiroir</translation>
    </message>
    <message>
        <source>Count the coins and notes in the drawer. The manager compares your count with the register&apos;s.</source>
        <translation>Comptez les pièces et les billets du tiroir. Le gérant compare votre comptage avec celui de la caisse.</translation>
    </message>
    <message>
        <source>The terminal&apos;s or the vouchers&apos; total</source>
        <translation>Total du terminal ou des avoirs</translation>
    </message>
    <message>
        <source>%1 (expected %2)</source>
        <translation>%1 (attendu %2)</translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation>Compté : %1</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Attendu : %1</translation>
    </message>
    <message>
        <source>The drawer is right.</source>
        <translation>Le tiroir est juste.</translation>
    </message>
    <message>
        <source>Over by %1</source>
        <translation>Excédent de %1</translation>
    </message>
    <message>
        <source>Short by %1</source>
        <translation>Manque de %1</translation>
    </message>
    <message>
        <source>The cash total is not an amount.</source>
        <translation>Le total des espèces n&apos;est pas un montant.</translation>
    </message>
</context>
<context>
    <name>caisse::CashDesk</name>
    <message>
        <source>Training mode: the drawer&apos;s money and the day&apos;s closure are the real register&apos;s.</source>
        <translation>Mode formation : l&apos;argent du tiroir et la clôture du jour appartiennent à la vraie caisse.</translation>
    </message>
    <message>
        <source>Shift open with a float of %1.</source>
        <translation>Service ouvert avec un fonds de caisse de %1.</translation>
    </message>
    <message>
        <source>Type the amount of cash, more than zero.</source>
        <translation>Saisissez le montant en espèces, supérieur à zéro.</translation>
    </message>
    <message>
        <source>Say why: the reason is kept in the journal.</source>
        <translation>Indiquez le motif : il est conservé dans le journal.</translation>
    </message>
    <message>
        <source>%1 put in the drawer.</source>
        <translation>%1 mis dans le tiroir.</translation>
    </message>
    <message>
        <source>%1 taken out of the drawer.</source>
        <translation>%1 retiré du tiroir.</translation>
    </message>
    <message>
        <source>Drawer opened without a sale; the reason is journaled.</source>
        <translation>Tiroir ouvert sans vente ; le motif est journalisé.</translation>
    </message>
    <message>
        <source>Shift closed. The count is recorded; the manager sees the difference.</source>
        <translation>Service clôturé. Le comptage est enregistré ; le gérant voit l&apos;écart.</translation>
    </message>
    <message>
        <source>Shift closed: the drawer is right.</source>
        <translation>Service clôturé : le tiroir est juste.</translation>
    </message>
    <message>
        <source>Shift closed: %1 over.</source>
        <translation>Service clôturé : excédent de %1.</translation>
    </message>
    <message>
        <source>Shift closed: %1 short.</source>
        <translation>Service clôturé : manque de %1.</translation>
    </message>
    <message>
        <source>Cashiers now count their drawer without seeing what is expected.</source>
        <translation>Les caissiers comptent désormais leur tiroir sans voir le montant attendu.</translation>
    </message>
    <message>
        <source>Cashiers now see what their drawer should hold when they count it.</source>
        <translation>Les caissiers voient désormais ce que leur tiroir doit contenir quand ils le comptent.</translation>
    </message>
    <message>
        <source>A shift is still open: close it first (Drawer, Close the shift), then the day.</source>
        <translation>Un service est encore ouvert : clôturez-le d&apos;abord (Fonds de caisse, Clôturer le service), puis la journée.</translation>
    </message>
    <message numerus="yes">
        <source>The day is closed (Z %1): %n ticket(s).</source>
        <translation>
            <numerusform>La journée est clôturée (Z %1) : %n ticket.</numerusform>
            <numerusform>La journée est clôturée (Z %1) : %n tickets.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>X report: %n ticket(s) since the last closure. Nothing was closed.</source>
        <translation>
            <numerusform>Rapport X : %n ticket depuis la dernière clôture. Rien n&apos;a été clôturé.</numerusform>
            <numerusform>Rapport X : %n tickets depuis la dernière clôture. Rien n&apos;a été clôturé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report cannot be shown: the shop&apos;s details cannot be read (%1).</source>
        <translation>Le rapport ne peut pas être affiché : les coordonnées du magasin sont illisibles (%1).</translation>
    </message>
</context>
<context>
    <name>caisse::CashDrawer</name>
    <message>
        <source>A shift is already open at this register, opened by %1: close it first.</source>
        <translation>Un service est déjà ouvert sur cette caisse, par %1 : clôturez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>No shift is open at this register.</source>
        <translation>Aucun service n&apos;est ouvert sur cette caisse.</translation>
    </message>
    <message>
        <source>Type the amount of cash, more than zero.</source>
        <translation>Saisissez le montant en espèces, supérieur à zéro.</translation>
    </message>
    <message>
        <source>Open a shift first: the cash put in or taken out counts in the shift&apos;s drawer.</source>
        <translation>Ouvrez d&apos;abord un service : les espèces mises ou retirées comptent dans le tiroir du service.</translation>
    </message>
    <message>
        <source>The drawer should hold less than that: count it, or take out less.</source>
        <translation>Le tiroir devrait contenir moins que cela : comptez-le, ou retirez moins.</translation>
    </message>
    <message>
        <source>Say why: the reason is kept in the journal.</source>
        <translation>Indiquez le motif : il est conservé dans le journal.</translation>
    </message>
</context>
<context>
    <name>caisse::CashMovementDialog</name>
    <message>
        <source>Cash drawer</source>
        <translation>Tiroir-caisse</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Entrée d&apos;espèces</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Sortie d&apos;espèces</translation>
    </message>
    <message>
        <source>Open the drawer without a sale</source>
        <translation>Ouvrir le tiroir sans vente</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>&amp;Movement:</source>
        <translation>&amp;Mouvement :</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>Mo&amp;ntant :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Change from the bank</source>
        <translation>Monnaie de la banque</translation>
    </message>
    <message>
        <source>Float topped up</source>
        <translation>Fonds de caisse complété</translation>
    </message>
    <message>
        <source>Bank deposit</source>
        <translation>Dépôt en banque</translation>
    </message>
    <message>
        <source>Supplier paid in cash</source>
        <translation>Fournisseur payé en espèces</translation>
    </message>
    <message>
        <source>Small expense</source>
        <translation>Petite dépense</translation>
    </message>
    <message>
        <source>Change for a customer</source>
        <translation>Monnaie pour un client</translation>
    </message>
    <message>
        <source>Checking the drawer</source>
        <translation>Vérification du tiroir</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>caisse::Catalog</name>
    <message>
        <source>No article has the barcode %1.</source>
        <translation>Aucun article n’a le code-barres %1.</translation>
    </message>
    <message>
        <source>Unknown barcode %1: this article is not in the catalog. Nothing was added.</source>
        <translation>Code-barres inconnu %1 : cet article n’est pas au catalogue. Rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>%1 is no longer sold (archived in the catalog). Nothing was added.</source>
        <translation>%1 n’est plus vendu (archivé au catalogue). Rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>The label of %1 carries no weight. Weigh it again.</source>
        <translation>L’étiquette de %1 ne porte pas de poids. Pesez-le à nouveau.</translation>
    </message>
    <message>
        <source>%1 is sold by weight: scan the label printed by the scale.</source>
        <translation>%1 se vend au poids : scannez l’étiquette imprimée par la balance.</translation>
    </message>
    <message>
        <source>No article has the barcode or SKU %1.</source>
        <translation>Aucun article n&apos;a le code-barres ou la référence %1.</translation>
    </message>
</context>
<context>
    <name>caisse::CatalogCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The column %1 appears twice.</source>
        <translation>La colonne %1 figure deux fois.</translation>
    </message>
    <message>
        <source>The column %1 is missing: this is not a product file in the online store&apos;s format (export one from the register or from the store to see it).</source>
        <translation>La colonne %1 manque : ce n’est pas un fichier de produits au format de la boutique en ligne (exportez-en un depuis la caisse ou la boutique pour le voir).</translation>
    </message>
    <message>
        <source>UPC/EAN %1 is not a valid barcode (digits and their check digit).</source>
        <translation>L’UPC/EAN %1 n’est pas un code-barres valide (des chiffres et leur clé de contrôle).</translation>
    </message>
    <message>
        <source>A product row needs its Name.</source>
        <translation>Une ligne de produit doit avoir son nom (Name).</translation>
    </message>
    <message>
        <source>Type must be Physical or Digital on a product row.</source>
        <translation>Type doit valoir Physical ou Digital sur une ligne de produit.</translation>
    </message>
    <message>
        <source>Options belong on the product&apos;s Variant rows.</source>
        <translation>Les options se mettent sur les lignes Variant du produit.</translation>
    </message>
    <message>
        <source>Inventory Tracking must be none, product or variant.</source>
        <translation>Inventory Tracking doit valoir none, product ou variant.</translation>
    </message>
    <message>
        <source>Price &quot;%1&quot; is not an amount with a dot before the cents (12.50).</source>
        <translation>Le prix « %1 » n’est pas un montant avec un point avant les centimes (12.50).</translation>
    </message>
    <message>
        <source>Cost Price &quot;%1&quot; is not an amount with a dot before the cents (12.50).</source>
        <translation>Le prix d’achat « %1 » n’est pas un montant avec un point avant les centimes (12.50).</translation>
    </message>
    <message>
        <source>Low Stock must be a whole number of pieces.</source>
        <translation>Low Stock doit être un nombre entier de pièces.</translation>
    </message>
    <message>
        <source>Weight &quot;%1&quot; is not a number with a dot (0.250), at most in thousandths.</source>
        <translation>Le poids « %1 » n’est pas un nombre avec un point (0.250), au millième au plus.</translation>
    </message>
    <message>
        <source>Current Stock must be a whole number of pieces, none or more.</source>
        <translation>Current Stock doit être un nombre entier de pièces, zéro ou plus.</translation>
    </message>
    <message>
        <source>A %1 row must come under its product&apos;s row.</source>
        <translation>Une ligne %1 doit suivre la ligne de son produit.</translation>
    </message>
    <message>
        <source>An Image row needs an image URL starting with https:// (1,024 characters at most).</source>
        <translation>Une ligne Image doit avoir une adresse d’image commençant par https:// (1 024 caractères au plus).</translation>
    </message>
    <message>
        <source>Type must be left blank on a Variant row.</source>
        <translation>Type doit rester vide sur une ligne Variant.</translation>
    </message>
    <message>
        <source>A Variant row needs its SKU.</source>
        <translation>Une ligne Variant doit avoir son SKU.</translation>
    </message>
    <message>
        <source>Option type %1 is not one a CSV creates (Dropdown, Radio, Rectangle, Swatch).</source>
        <translation>Le type d’option %1 n’est pas de ceux qu’un CSV crée (Dropdown, Radio, Rectangle, Swatch).</translation>
    </message>
    <message>
        <source>Options must read Type=…|Name=…|Value=… for each option of the variant.</source>
        <translation>Options doit s’écrire Type=…|Name=…|Value=… pour chaque option de la déclinaison.</translation>
    </message>
    <message>
        <source>This variant&apos;s options are not those of the product&apos;s first variant (%1).</source>
        <translation>Les options de cette déclinaison ne sont pas celles de la première déclinaison du produit (%1).</translation>
    </message>
    <message>
        <source>A product has at most %1 variants.</source>
        <translation>Un produit a au plus %1 déclinaisons.</translation>
    </message>
    <message>
        <source>Item must be Product, Variant or Image, not &quot;%1&quot;.</source>
        <translation>Item doit valoir Product, Variant ou Image, pas « %1 ».</translation>
    </message>
    <message>
        <source>A quotation mark opened on this line is never closed.</source>
        <translation>Un guillemet ouvert sur cette ligne n’est jamais fermé.</translation>
    </message>
    <message>
        <source>A product without Variant rows needs its SKU or its UPC/EAN.</source>
        <translation>Un produit sans lignes Variant doit avoir son SKU ou son UPC/EAN.</translation>
    </message>
    <message>
        <source>A product with variants has its UPC/EAN on each Variant row.</source>
        <translation>Un produit à déclinaisons porte son UPC/EAN sur chaque ligne Variant.</translation>
    </message>
    <message>
        <source>Another variant of this product has the options %1.</source>
        <translation>Une autre déclinaison de ce produit a les options %1.</translation>
    </message>
    <message>
        <source>The SKUs of this product belong to several of the register&apos;s products.</source>
        <translation>Les SKU de ce produit appartiennent à plusieurs produits de la caisse.</translation>
    </message>
    <message>
        <source>The UPC/EAN %1 is already the barcode of the article %2.</source>
        <translation>L’UPC/EAN %1 est déjà le code-barres de l’article %2.</translation>
    </message>
    <message>
        <source>%1 is a new variant of a product the register has: add it in the products window (the store&apos;s CSV import does not add variants either).</source>
        <translation>%1 est une nouvelle déclinaison d’un produit que la caisse a déjà : ajoutez-la dans la fenêtre des produits (l’import CSV de la boutique n’ajoute pas de déclinaisons non plus).</translation>
    </message>
    <message>
        <source>The product name %1 is already on line %2.</source>
        <translation>Le nom de produit %1 figure déjà ligne %2.</translation>
    </message>
    <message>
        <source>The SKU %1 is already on line %2.</source>
        <translation>Le SKU %1 figure déjà ligne %2.</translation>
    </message>
    <message>
        <source>The UPC/EAN %1 is already on line %2.</source>
        <translation>L’UPC/EAN %1 figure déjà ligne %2.</translation>
    </message>
</context>
<context>
    <name>caisse::CatalogImportDialog</name>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Import de %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Ce qui ne va pas</translation>
    </message>
    <message>
        <source>Lines read: %1 · New products: %2 (variants: %3) · Changed: %4 · Unchanged: %5</source>
        <translation>Lignes lues : %1 · Nouveaux produits : %2 (déclinaisons : %3) · Modifiés : %4 · Inchangés : %5</translation>
    </message>
    <message>
        <source>The store&apos;s CSV has no VAT rate: new products are sold at %1. Change those at another rate in the products window.</source>
        <translation>Le CSV de la boutique n’a pas de taux de TVA : les nouveaux produits sont vendus à %1. Changez ceux à un autre taux dans la fenêtre des produits.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be imported. Nothing is written until the file is corrected:</source>
        <translation>
            <numerusform>%n ligne ne peut pas être importée. Rien n’est écrit tant que le fichier n’est pas corrigé :</numerusform>
            <numerusform>%n lignes ne peuvent pas être importées. Rien n’est écrit tant que le fichier n’est pas corrigé :</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 faulty lines are shown.</source>
        <translation>Les %1 premières lignes en défaut sont affichées.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Imported. New products: %1 · Changed: %2</source>
        <translation>Importé. Nouveaux produits : %1 · Modifiés : %2</translation>
    </message>
</context>
<context>
    <name>caisse::CatalogSync</name>
    <message>
        <source>Caisse — to sort</source>
        <translation>Caisse — à trier</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>%1 was not created on the online store: %2</source>
        <translation>%1 n’a pas été créé sur la boutique en ligne : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) of the register not created online: the online store sells in %1 and the register in %2, so their prices cannot be sent.</source>
        <translation>
            <numerusform>%n produit de la caisse n’est pas créé en ligne : la boutique en ligne vend en %1 et la caisse en %2, ses prix ne peuvent donc pas être envoyés.</numerusform>
            <numerusform>%n produits de la caisse ne sont pas créés en ligne : la boutique en ligne vend en %1 et la caisse en %2, leurs prix ne peuvent donc pas être envoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The online store refused the opening stock of %1: %2</source>
        <translation>La boutique en ligne a refusé le stock initial de %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) is not on the online store: its product there has %n option(s), and the variant&apos;s name gives another number of values. Name it as its other variants, or add it online.</source>
        <translation>
            <numerusform>%1 (%2) n’est pas sur la boutique en ligne : son produit y a %n option, et le nom de la déclinaison donne un autre nombre de valeurs. Nommez-la comme ses autres déclinaisons, ou ajoutez-la en ligne.</numerusform>
            <numerusform>%1 (%2) n’est pas sur la boutique en ligne : son produit y a %n options, et le nom de la déclinaison donne un autre nombre de valeurs. Nommez-la comme ses autres déclinaisons, ou ajoutez-la en ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not added to its product on the online store: %2</source>
        <translation>%1 n’a pas été ajouté à son produit sur la boutique en ligne : %2</translation>
    </message>
</context>
<context>
    <name>caisse::Closing</name>
    <message>
        <source>No day has been closed on this register yet.</source>
        <translation>Aucune journée n&apos;a encore été clôturée sur cette caisse.</translation>
    </message>
</context>
<context>
    <name>caisse::ClosureRecord</name>
    <message>
        <source>A closure of the fiscal journal has no valid &quot;%1&quot; (period %2).</source>
        <translation>Une clôture du journal fiscal n&apos;a pas de « %1 » valide (période %2).</translation>
    </message>
</context>
<context>
    <name>caisse::CounterSession</name>
    <message>
        <source>Connecting to the card terminal…</source>
        <translation>Connexion au terminal de paiement…</translation>
    </message>
    <message>
        <source>Insert or tap the card on the terminal, then wait for the bank&apos;s answer.</source>
        <translation>Insérez ou approchez la carte du terminal, puis attendez la réponse de la banque.</translation>
    </message>
    <message>
        <source>Card approved. Recording the sale…</source>
        <translation>Carte acceptée. Enregistrement de la vente…</translation>
    </message>
    <message>
        <source>Card not charged: %1. Take the payment again or another way.</source>
        <translation>Carte non débitée : %1. Reprenez le paiement ou encaissez autrement.</translation>
    </message>
    <message>
        <source>The card payment is approved but the sale is NOT recorded: %1. Press &quot;Pay by card&quot; again once the problem is solved: the card will not be charged again.</source>
        <translation>Le paiement par carte est accepté mais la vente N’EST PAS enregistrée : %1. Appuyez de nouveau sur « Payer par carte » une fois le problème réglé : la carte ne sera pas débitée une seconde fois.</translation>
    </message>
    <message>
        <source>The day of %1 was left open; it was closed now.</source>
        <translation>La journée du %1 était restée ouverte ; elle vient d’être clôturée.</translation>
    </message>
    <message>
        <source>the register stopped during this card payment</source>
        <translation>la caisse s’est arrêtée pendant ce paiement par carte</translation>
    </message>
    <message>
        <source>This is a bank card: it goes in the payment terminal. Nothing of it was kept.</source>
        <translation>C’est une carte bancaire : elle se présente au terminal de paiement. Rien n’en a été conservé.</translation>
    </message>
    <message>
        <source>Shop card %1 on this ticket.</source>
        <translation>Carte magasin %1 sur ce ticket.</translation>
    </message>
    <message>
        <source>Wait for the card payment to finish before changing the ticket.</source>
        <translation>Attendez la fin du paiement par carte avant de modifier le ticket.</translation>
    </message>
    <message>
        <source>The scanner is set for a QWERTY keyboard: scan the &quot;French keyboard (AZERTY)&quot; or &quot;USB HID&quot; setup code of its manual. This scan was read as %1.</source>
        <translation>La douchette est réglée pour un clavier QWERTY : scannez le code de réglage « clavier français (AZERTY) » ou « USB HID » de son manuel. Ce code a été lu comme %1.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not charged: take the payment again.</source>
        <translation>Pas débité : reprenez le paiement.</translation>
    </message>
    <message>
        <source>Select the line to remove first.</source>
        <translation>Sélectionnez d’abord la ligne à supprimer.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s), %1</source>
        <translation>
            <numerusform>%n article, %1</numerusform>
            <numerusform>%n articles, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket put aside: %1.</source>
        <translation>Ticket mis en attente : %1.</translation>
    </message>
    <message>
        <source>No ticket is put aside.</source>
        <translation>Aucun ticket en attente.</translation>
    </message>
    <message>
        <source>Ticket taken back: %1.</source>
        <translation>Ticket repris : %1.</translation>
    </message>
    <message>
        <source>The terminal has the payment: press its red key to stop it.</source>
        <translation>Le paiement est sur le terminal : appuyez sur sa touche rouge pour l’arrêter.</translation>
    </message>
    <message>
        <source>Ticket cancelled; it is kept in the fiscal journal.</source>
        <translation>Ticket annulé ; il reste inscrit au journal fiscal.</translation>
    </message>
    <message>
        <source>Customer %1 %2 on this ticket.</source>
        <translation>Client %1 %2 sur ce ticket.</translation>
    </message>
    <message>
        <source>Duplicate %1 of ticket %2.</source>
        <translation>Duplicata %1 du ticket %2.</translation>
    </message>
    <message>
        <source>Receipt of ticket %1 sent to the printer.</source>
        <translation>Ticket %1 envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>This register has no signing key: it cannot sign an archive.</source>
        <translation>Cette caisse n’a pas de clé de signature : elle ne peut pas signer d’archive.</translation>
    </message>
    <message>
        <source>Archive of %1 written to %2. Keep it six years, on two different media.</source>
        <translation>Archive de %1 écrite dans %2. Conservez-la six ans, sur deux supports différents.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s), intact.</source>
        <translation>
            <numerusform>%1 : %n enregistrement, intact.</numerusform>
            <numerusform>%1 : %n enregistrements, intacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sale is NOT recorded. %1</source>
        <translation>La vente N’EST PAS enregistrée. %1</translation>
    </message>
    <message>
        <source>Ticket %1 recorded. Change to give: %2</source>
        <translation>Ticket %1 enregistré. Monnaie à rendre : %2</translation>
    </message>
    <message>
        <source>Ticket %1 recorded.</source>
        <translation>Ticket %1 enregistré.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci !</translation>
    </message>
    <message>
        <source>The receipt cannot be shown: the shop&apos;s details cannot be read (%1).</source>
        <translation>Le ticket ne peut pas être affiché : les coordonnées de la boutique sont illisibles (%1).</translation>
    </message>
    <message>
        <source>The sales database is damaged (%1).</source>
        <translation>La base des ventes est endommagée (%1).</translation>
    </message>
    <message>
        <source>The register found a fault in its data and stops selling: %1 Keep its files as they are and call support.</source>
        <translation>La caisse a trouvé un défaut dans ses données et cesse de vendre : %1 Gardez ses fichiers en l’état et appelez l’assistance.</translation>
    </message>
    <message>
        <source>%1 may log in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>Type a number of pieces from 1 to 9,999, then ×.</source>
        <translation>Tapez un nombre de pièces de 1 à 9 999, puis ×.</translation>
    </message>
    <message>
        <source>× %1: scan the article.</source>
        <translation>× %1 : scannez l’article.</translation>
    </message>
    <message>
        <source>Select the line, type its number of pieces, then press Quantity.</source>
        <translation>Sélectionnez la ligne, tapez son nombre de pièces, puis appuyez sur Quantité.</translation>
    </message>
    <message>
        <source>Type a number of pieces from 1 to 9,999, then press Quantity.</source>
        <translation>Tapez un nombre de pièces de 1 à 9 999, puis appuyez sur Quantité.</translation>
    </message>
    <message>
        <source>%1 is sold by weight: its quantity is its label&apos;s weight.</source>
        <translation>%1 se vend au poids : sa quantité est le poids de son étiquette.</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 is sold by weight: it keeps its label&apos;s weight, and × %2 was not applied.</source>
        <translation>%1 se vend au poids : il garde le poids de son étiquette, et × %2 n’a pas été appliqué.</translation>
    </message>
    <message>
        <source>Miscellaneous %1</source>
        <translation>Divers %1</translation>
    </message>
    <message>
        <source>Type the article&apos;s price in the scan field, then press %1.</source>
        <translation>Tapez le prix de l’article dans le champ de scan, puis appuyez sur %1.</translation>
    </message>
    <message>
        <source>A card payment of %1 was approved on this ticket: take the rest to finish the sale, then refund it if the customer does not want it.</source>
        <translation>Un paiement par carte de %1 a été accepté sur ce ticket : encaissez le reste pour terminer la vente, puis remboursez-la si le client n’en veut pas.</translation>
    </message>
    <message>
        <source>Ticket cancelled: give %1 back to the customer. It is kept in the fiscal journal, with the cash handed back.</source>
        <translation>Ticket annulé : rendez %1 au client. Il est conservé dans le journal fiscal, avec les espèces rendues.</translation>
    </message>
    <message>
        <source>Cancel this ticket (%1)? It is kept in the fiscal journal.</source>
        <translation>Annuler ce ticket (%1) ? Il est conservé dans le journal fiscal.</translation>
    </message>
    <message>
        <source>%1 already paid will be handed back.</source>
        <translation>%1 déjà payés seront rendus.</translation>
    </message>
    <message>
        <source>The last sale is being recorded: try again in a moment.</source>
        <translation>La dernière vente est en cours d&apos;enregistrement : réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Select the line first.</source>
        <translation>Sélectionnez d&apos;abord la ligne.</translation>
    </message>
    <message>
        <source>The ticket is empty.</source>
        <translation>Le ticket est vide.</translation>
    </message>
    <message>
        <source>Give the reason for the discount or the price.</source>
        <translation>Indiquez le motif de la remise ou du prix.</translation>
    </message>
    <message>
        <source>Type the new price of one unit, such as %1.</source>
        <translation>Tapez le nouveau prix unitaire, par exemple %1.</translation>
    </message>
    <message>
        <source>Type the discount as a percentage (10 %) or an amount (%1).</source>
        <translation>Tapez la remise en pourcentage (10 %) ou en montant (%1).</translation>
    </message>
    <message>
        <source>A cut of %1 is above the %2 a cashier gives alone: a manager approves it with their PIN.</source>
        <translation>Une baisse de %1 dépasse les %2 qu&apos;un caissier accorde seul : un responsable l&apos;approuve avec son code.</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>%1: %2 instead of %3 (%4).</source>
        <translation>%1 : %2 au lieu de %3 (%4).</translation>
    </message>
    <message>
        <source>The price change could not be journaled: %1</source>
        <translation>Le changement de prix n&apos;a pas pu être journalisé : %1</translation>
    </message>
    <message>
        <source>Type the limit as a percentage from 0 to 100.</source>
        <translation>Tapez la limite en pourcentage, de 0 à 100.</translation>
    </message>
    <message>
        <source>Cashiers give up to %1 off alone.</source>
        <translation>Les caissiers accordent seuls jusqu&apos;à %1 de remise.</translation>
    </message>
    <message>
        <source>That is a receipt: finish or put aside this ticket, then scan it again to take articles back.</source>
        <translation>C&apos;est un ticket de caisse : terminez ou mettez de côté ce ticket, puis scannez-le à nouveau pour reprendre des articles.</translation>
    </message>
    <message>
        <source>A refund is not put aside: record it, or cancel it.</source>
        <translation>Un remboursement ne se met pas de côté : enregistrez-le ou annulez-le.</translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation>%1 n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>The tickets cannot be read: %1</source>
        <translation>Les tickets ne peuvent pas être lus : %1</translation>
    </message>
    <message>
        <source>Finish or put aside the ticket under way first.</source>
        <translation>Terminez ou mettez de côté le ticket en cours d&apos;abord.</translation>
    </message>
    <message>
        <source>Choose what is brought back: at least one article.</source>
        <translation>Choisissez ce qui est rapporté : au moins un article.</translation>
    </message>
    <message>
        <source>Refund of %1: give it back in cash or credit it to the card.</source>
        <translation>Remboursement de %1 : rendez-le en espèces ou recréditez la carte.</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Remboursement</translation>
    </message>
    <message>
        <source>Type the gift card&apos;s amount in the scan field, then press Gift card.</source>
        <translation>Tapez le montant de la carte cadeau dans le champ de scan, puis appuyez sur Carte cadeau.</translation>
    </message>
    <message>
        <source>Gift card %1</source>
        <translation>Carte cadeau %1</translation>
    </message>
    <message>
        <source>There is no voucher %1: it may have been sold on another register.</source>
        <translation>Il n&apos;y a pas de bon %1 : il a peut-être été vendu sur une autre caisse.</translation>
    </message>
    <message>
        <source>The voucher cannot be read: %1</source>
        <translation>Le bon ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>Voucher %1 is in %2: it cannot pay here.</source>
        <translation>Le bon %1 est en %2 : il ne peut pas payer ici.</translation>
    </message>
    <message>
        <source>Voucher %1 expired on %2.</source>
        <translation>Le bon %1 a expiré le %2.</translation>
    </message>
    <message>
        <source>Voucher %1: %2 left, valid until %3.</source>
        <translation>Bon %1 : reste %2, valable jusqu&apos;au %3.</translation>
    </message>
    <message>
        <source>Voucher %1 is used up.</source>
        <translation>Le bon %1 est épuisé.</translation>
    </message>
    <message>
        <source>Voucher %1: %2 taken, %3 left on it.</source>
        <translation>Bon %1 : %2 utilisés, reste %3.</translation>
    </message>
    <message>
        <source>Only a refund is given as a voucher.</source>
        <translation>Seul un remboursement se fait en bon d&apos;achat.</translation>
    </message>
    <message>
        <source>Type the voucher&apos;s amount, up to %1, or nothing for all of it.</source>
        <translation>Tapez le montant du bon, jusqu&apos;à %1, ou rien pour la totalité.</translation>
    </message>
    <message>
        <source>Voucher of %1. Still to give back: %2, in cash or to the card.</source>
        <translation>Bon de %1. Reste à rendre : %2, en espèces ou sur la carte.</translation>
    </message>
    <message>
        <source>Your receipt from %1, ticket %2</source>
        <translation>Votre ticket de %1, ticket %2</translation>
    </message>
    <message>
        <source>The receipt is not queued for e-mail: %1</source>
        <translation>Le ticket n&apos;est pas mis en file d&apos;envoi par e-mail : %1</translation>
    </message>
    <message>
        <source>Receipt queued for %1: it leaves as soon as the mail server answers.</source>
        <translation>Ticket en file d&apos;envoi pour %1 : il part dès que le serveur de messagerie répond.</translation>
    </message>
    <message>
        <source>%1 is no barcode of the catalog: the quick keys are unchanged.</source>
        <translation>%1 n&apos;est pas un code-barres du catalogue : les touches rapides ne changent pas.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) on the quick keys.</source>
        <translation>
            <numerusform>%n article sur les touches rapides.</numerusform>
            <numerusform>%n articles sur les touches rapides.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a ticket under way: finish it or put it aside first.</source>
        <translation>%1 a un ticket en cours : terminez-le ou mettez-le de côté d&apos;abord.</translation>
    </message>
    <message>
        <source>%1 is at the counter.</source>
        <translation>%1 est à la caisse.</translation>
    </message>
    <message numerus="yes">
        <source>The counter locks itself after %n minute(s) without use.</source>
        <translation>
            <numerusform>La caisse se verrouille après %n minute sans utilisation.</numerusform>
            <numerusform>La caisse se verrouille après %n minutes sans utilisation.</numerusform>
        </translation>
    </message>
    <message>
        <source>The counter no longer locks itself.</source>
        <translation>La caisse ne se verrouille plus d&apos;elle-même.</translation>
    </message>
    <message>
        <source>Type the shop&apos;s name: every receipt prints it.</source>
        <translation>Saisissez le nom du magasin : chaque ticket l&apos;imprime.</translation>
    </message>
    <message>
        <source>The shop&apos;s details are changed; the next receipts print them, and the journal keeps the change.</source>
        <translation>Les coordonnées du magasin sont modifiées ; les prochains tickets les impriment, et le journal garde la modification.</translation>
    </message>
</context>
<context>
    <name>caisse::CounterWindow</name>
    <message>
        <source>Pay &amp;cash</source>
        <translation>Payer en &amp;espèces</translation>
    </message>
    <message>
        <source>Pay by car&amp;d</source>
        <translation>Payer par &amp;carte</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <source>Caisse — %1</source>
        <translation>Caisse — %1</translation>
    </message>
    <message>
        <source>Scan or type a barcode, then Enter</source>
        <translation>Scannez ou tapez un code-barres, puis Entrée</translation>
    </message>
    <message>
        <source>Cash handed over (empty: exact amount)</source>
        <translation>Espèces remises (vide : montant exact)</translation>
    </message>
    <message>
        <source>Last receipt</source>
        <translation>Dernier ticket</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
    <message>
        <source>Still due %1</source>
        <translation>Reste à payer %1</translation>
    </message>
    <message>
        <source>Cancel &amp;ticket</source>
        <translation>Annuler le &amp;ticket</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Opérateur : %1</translation>
    </message>
    <message>
        <source>TRAINING MODE: tickets rung up here are not sales</source>
        <translation>MODE FORMATION : les tickets saisis ici ne sont pas des ventes</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation>&amp;Gérant</translation>
    </message>
    <message>
        <source>&amp;Verify the fiscal journal</source>
        <translation>&amp;Vérifier le journal fiscal</translation>
    </message>
    <message>
        <source>Manager approval</source>
        <translation>Accord du gérant</translation>
    </message>
    <message>
        <source>%1 may not do this alone. A manager approves with their PIN.</source>
        <translation>%1 ne peut pas faire cela seul(e). Un gérant donne son accord avec son code.</translation>
    </message>
    <message>
        <source>Fiscal journal</source>
        <translation>Journal fiscal</translation>
    </message>
    <message>
        <source>The fiscal journal is damaged. Do not sell on this register; call support.

%1</source>
        <translation>Le journal fiscal est endommagé. Ne vendez pas sur cette caisse ; appelez l’assistance.

%1</translation>
    </message>
    <message>
        <source>Card payment</source>
        <translation>Paiement par carte</translation>
    </message>
    <message>
        <source>The terminal&apos;s answer is missing (%1). Look at the last slip the terminal printed or its last transaction: was the customer charged %2?</source>
        <translation>La réponse du terminal manque (%1). Regardez le dernier ticket imprimé par le terminal ou sa dernière transaction : le client a-t-il été débité de %2 ?</translation>
    </message>
    <message>
        <source>Yes, charged</source>
        <translation>Oui, débité</translation>
    </message>
    <message>
        <source>No, not charged</source>
        <translation>Non, pas débité</translation>
    </message>
    <message>
        <source>Stop the card payment</source>
        <translation>Arrêter le paiement par carte</translation>
    </message>
    <message>
        <source>&amp;Print the receipt</source>
        <translation>&amp;Imprimer le ticket</translation>
    </message>
    <message>
        <source>No receipt printer: receipts on screen only.</source>
        <translation>Pas d’imprimante : tickets à l’écran seulement.</translation>
    </message>
    <message>
        <source>&amp;Hardware doctor…</source>
        <translation>&amp;Diagnostic du matériel…</translation>
    </message>
    <message>
        <source>&amp;Archive a closed month or year…</source>
        <translation>&amp;Archiver un mois ou une année clôturés…</translation>
    </message>
    <message>
        <source>Fiscal archive</source>
        <translation>Archive fiscale</translation>
    </message>
    <message>
        <source>Month (YYYY-MM) or year (YYYY) to archive:</source>
        <translation>Mois (AAAA-MM) ou année (AAAA) à archiver :</translation>
    </message>
    <message>
        <source>Where to write the archive (a USB key, a backup disk)</source>
        <translation>Où écrire l’archive (une clé USB, un disque de sauvegarde)</translation>
    </message>
    <message>
        <source>%1 The cash drawer is open.</source>
        <translation>%1 Le tiroir-caisse est ouvert.</translation>
    </message>
    <message>
        <source>Online store up to date</source>
        <translation>Boutique en ligne à jour</translation>
    </message>
    <message numerus="yes">
        <source>Online store: %n change(s) waiting</source>
        <translation>
            <numerusform>Boutique en ligne : %n modification en attente</numerusform>
            <numerusform>Boutique en ligne : %n modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source> (last sync %1)</source>
        <translation> (dernière synchro %1)</translation>
    </message>
    <message>
        <source>Online &amp;store sync log…</source>
        <translation>Journal de synchronisation de la &amp;boutique en ligne…</translation>
    </message>
    <message>
        <source>C&amp;ustomer…</source>
        <translation>C&amp;lient…</translation>
    </message>
    <message>
        <source>Needs the connection to the online store.</source>
        <translation>Nécessite la connexion à la boutique en ligne.</translation>
    </message>
    <message>
        <source>Online order pic&amp;kup…</source>
        <translation>&amp;Retrait de commande en ligne…</translation>
    </message>
    <message>
        <source>&amp;Online article (selection, split stock)…</source>
        <translation>Article en &amp;ligne (sélection, stock séparé)…</translation>
    </message>
    <message>
        <source>Online store se&amp;ttings…</source>
        <translation>Réglages de la boutique en lig&amp;ne…</translation>
    </message>
    <message>
        <source>Not connected to the online store</source>
        <translation>Pas connectée à la boutique en ligne</translation>
    </message>
    <message>
        <source>Caisse</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>The receipt cannot be printed: the shop&apos;s details cannot be read (%1).</source>
        <translation>Le ticket ne peut pas être imprimé : les coordonnées de la boutique sont illisibles (%1).</translation>
    </message>
    <message>
        <source>&amp;Unlock an operator…</source>
        <translation>Débloquer un &amp;opérateur…</translation>
    </message>
    <message>
        <source>No operator is locked out.</source>
        <translation>Aucun opérateur n’est bloqué.</translation>
    </message>
    <message>
        <source>Unlock an operator</source>
        <translation>Débloquer un opérateur</translation>
    </message>
    <message>
        <source>Locked out after too many wrong PINs:</source>
        <translation>Bloqués après trop de codes erronés :</translation>
    </message>
    <message>
        <source>Online store NOT synced</source>
        <translation>Boutique en ligne NON synchronisée</translation>
    </message>
    <message>
        <source>&amp;Quantity of the line</source>
        <translation>&amp;Quantité de la ligne</translation>
    </message>
    <message>
        <source>Type the number of pieces in the scan field, then press this button. Before a scan, type the number then * (or ×).</source>
        <translation>Tapez le nombre de pièces dans le champ de scan, puis appuyez sur ce bouton. Avant un scan, tapez le nombre puis * (ou ×).</translation>
    </message>
    <message>
        <source>× %1: scan the article</source>
        <translation>× %1 : scannez l’article</translation>
    </message>
    <message>
        <source>Type the price in the scan field, then press this key.</source>
        <translation>Tapez le prix dans le champ de scan, puis appuyez sur cette touche.</translation>
    </message>
    <message>
        <source>Cancel the ticket</source>
        <translation>Annuler le ticket</translation>
    </message>
    <message>
        <source>To give back %1</source>
        <translation>À rendre %1</translation>
    </message>
    <message>
        <source>&amp;Find an article… (F3)</source>
        <translation>Tr&amp;ouver un article… (F3)</translation>
    </message>
    <message>
        <source>Discount or price… (F6)</source>
        <translation>Remise ou prix… (F6)</translation>
    </message>
    <message>
        <source>&amp;Discount limit for cashiers…</source>
        <translation>Limite de &amp;remise des caissiers…</translation>
    </message>
    <message>
        <source>Ticket discount %1</source>
        <translation>Remise sur le ticket %1</translation>
    </message>
    <message>
        <source>Discount limit for cashiers</source>
        <translation>Limite de remise des caissiers</translation>
    </message>
    <message>
        <source>Cashiers give discounts and price cuts up to this percentage alone; above it, a manager approves with their PIN:</source>
        <translation>Les caissiers accordent seuls remises et baisses de prix jusqu&apos;à ce pourcentage ; au-delà, un responsable approuve avec son code :</translation>
    </message>
    <message>
        <source>Tickets, returns… (F4)</source>
        <translation>Tickets, retours… (F4)</translation>
    </message>
    <message>
        <source>To refund %1</source>
        <translation>À rembourser %1</translation>
    </message>
    <message>
        <source>Refund as a vouc&amp;her</source>
        <translation>Rembourser en &amp;bon d&apos;achat</translation>
    </message>
    <message>
        <source>Type the gift card&apos;s amount in the scan field, then press this key.</source>
        <translation>Tapez le montant de la carte cadeau dans le champ de scan, puis appuyez sur cette touche.</translation>
    </message>
    <message>
        <source>&amp;E-mail the receipt…</source>
        <translation>Envoyer le ticket par e-&amp;mail…</translation>
    </message>
    <message>
        <source>E-mail the receipt</source>
        <translation>Envoyer le ticket par e-mail</translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail address:</source>
        <translation>Adresse e-mail du client :</translation>
    </message>
    <message>
        <source>Quick keys</source>
        <translation>Touches rapides</translation>
    </message>
    <message>
        <source>&amp;Quick keys…</source>
        <translation>&amp;Touches rapides…</translation>
    </message>
    <message>
        <source>No quick keys yet: Manager &gt; Quick keys.</source>
        <translation>Pas encore de touches rapides : Gérant &gt; Touches rapides.</translation>
    </message>
    <message>
        <source>The barcodes of the articles on the quick keys, one per line, in their order:</source>
        <translation>Les codes-barres des articles des touches rapides, un par ligne, dans leur ordre :</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Customer screen</source>
        <translation>Écran &amp;client</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Contraste &amp;élevé</translation>
    </message>
    <message>
        <source>Close the day (&amp;Z)</source>
        <translation>Clôturer la journée (&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Gift card</source>
        <translation>Carte ca&amp;deau</translation>
    </message>
    <message>
        <source>Take &amp;back a ticket</source>
        <translation>Re&amp;prendre un ticket</translation>
    </message>
    <message>
        <source>Put ticket &amp;aside</source>
        <translation>Mettre en atte&amp;nte</translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation>Opérate&amp;ur</translation>
    </message>
    <message>
        <source>&amp;Switch operator…</source>
        <translation>&amp;Changer d&apos;opérateur…</translation>
    </message>
    <message>
        <source>Lock the counter</source>
        <translation>Verrouillage de la caisse</translation>
    </message>
    <message>
        <source>Minutes without use before the counter locks itself (0: never):</source>
        <translation>Minutes sans utilisation avant que la caisse se verrouille (0 : jamais) :</translation>
    </message>
    <message>
        <source>Switch operator</source>
        <translation>Changer d&apos;opérateur</translation>
    </message>
    <message>
        <source>Who takes the counter?</source>
        <translation>Qui prend la caisse ?</translation>
    </message>
    <message>
        <source>The counter is locked. Who is at the register?</source>
        <translation>La caisse est verrouillée. Qui est à la caisse ?</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillée</translation>
    </message>
    <message>
        <source>Loc&amp;k the counter after…</source>
        <translation>Verrouillage automati&amp;que…</translation>
    </message>
    <message>
        <source>Dra&amp;wer</source>
        <translation>&amp;Fonds de caisse</translation>
    </message>
    <message>
        <source>&amp;Open a shift (count the float)…</source>
        <translation>&amp;Ouvrir un service (compter le fonds)…</translation>
    </message>
    <message>
        <source>Cash &amp;in…</source>
        <translation>&amp;Entrée d&apos;espèces…</translation>
    </message>
    <message>
        <source>Cash &amp;out…</source>
        <translation>&amp;Sortie d&apos;espèces…</translation>
    </message>
    <message>
        <source>Open the &amp;drawer without a sale…</source>
        <translation>Ouvrir le &amp;tiroir sans vente…</translation>
    </message>
    <message>
        <source>&amp;Close the shift (count the drawer)…</source>
        <translation>&amp;Clôturer le service (compter le tiroir)…</translation>
    </message>
    <message>
        <source>&amp;X report (closes nothing)</source>
        <translation>Rapport &amp;X (ne clôture rien)</translation>
    </message>
    <message>
        <source>&amp;Reprint the last Z</source>
        <translation>&amp;Réimprimer le dernier Z</translation>
    </message>
    <message>
        <source>&amp;Blind close for cashiers</source>
        <translation>Clôture à l&apos;&amp;aveugle pour les caissiers</translation>
    </message>
    <message>
        <source>No shift open</source>
        <translation>Aucun service ouvert</translation>
    </message>
    <message>
        <source>Team shift since %1, float %2</source>
        <translation>Service d&apos;équipe depuis %1, fonds %2</translation>
    </message>
    <message>
        <source>%1&apos;s shift since %2, float %3</source>
        <translation>Service de %1 depuis %2, fonds %3</translation>
    </message>
    <message>
        <source>&amp;Log out (lock the counter)</source>
        <translation>Se &amp;déconnecter (verrouiller la caisse)</translation>
    </message>
    <message>
        <source>The &amp;shop&apos;s details…</source>
        <translation>&amp;Coordonnées du magasin…</translation>
    </message>
    <message>
        <source>S&amp;taff and rights…</source>
        <translation>&amp;Personnel et droits…</translation>
    </message>
    <message>
        <source>Adjust the stoc&amp;k…</source>
        <translation>Ajuster le stoc&amp;k…</translation>
    </message>
    <message>
        <source>Stocktake (&amp;count the shop)…</source>
        <translation>Inventaire (&amp;compter le magasin)…</translation>
    </message>
    <message>
        <source>R&amp;eceive a delivery…</source>
        <translation>Réc&amp;eptionner une livraison…</translation>
    </message>
    <message>
        <source>&amp;Reports (sales, VAT, stock value)…</source>
        <translation>&amp;Rapports (ventes, TVA, valeur du stock)…</translation>
    </message>
    <message>
        <source>&amp;Products and prices…</source>
        <translation>&amp;Produits et prix…</translation>
    </message>
    <message>
        <source>The online store holds the catalog: change products in its control panel (Products); the register takes the changes at its next sync.</source>
        <translation>La boutique en ligne tient le catalogue : modifiez les produits dans son panneau de contrôle (Produits) ; la caisse reprend les changements à sa prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Shelf &amp;labels…</source>
        <translation>Étiquettes de ra&amp;yon…</translation>
    </message>
</context>
<context>
    <name>caisse::Country</name>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation>SIRET</translation>
    </message>
    <message>
        <source>Thank you for your visit!</source>
        <translation>Merci de votre visite !</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Belgique</translation>
    </message>
    <message>
        <source>Company number</source>
        <translation>Numéro d&apos;entreprise</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Suisse</translation>
    </message>
    <message>
        <source>UID</source>
        <translation>IDE</translation>
    </message>
    <message>
        <source>Quebec</source>
        <translation>Québec</translation>
    </message>
    <message>
        <source>NEQ</source>
        <translation>NEQ</translation>
    </message>
</context>
<context>
    <name>caisse::CustomerDialog</name>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Chercher</translation>
    </message>
    <message>
        <source>C&amp;reate the customer</source>
        <translation>C&amp;réer le client</translation>
    </message>
    <message>
        <source>&amp;Attach to the ticket</source>
        <translation>&amp;Associer au ticket</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Purchases at the counter and online</source>
        <translation>Achats en magasin et en ligne</translation>
    </message>
    <message>
        <source>Looking for the customer…</source>
        <translation>Recherche du client…</translation>
    </message>
    <message>
        <source>No customer with %1: give their name to create them.</source>
        <translation>Aucun client avec %1 : donnez son nom pour le créer.</translation>
    </message>
    <message>
        <source>The online store needs a first and a last name.</source>
        <translation>La boutique en ligne demande un prénom et un nom.</translation>
    </message>
    <message>
        <source>%1 — %2 %3 — %4</source>
        <translation>%1 — %2 %3 — %4</translation>
    </message>
    <message>
        <source>online order</source>
        <translation>commande en ligne</translation>
    </message>
    <message>
        <source>ticket</source>
        <translation>ticket</translation>
    </message>
    <message>
        <source>No purchase yet.</source>
        <translation>Aucun achat pour l’instant.</translation>
    </message>
    <message>
        <source>Name, e-mail address or phone</source>
        <translation>Nom, adresse e-mail ou téléphone</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Type the customer&apos;s name, e-mail address or phone.</source>
        <translation>Tapez le nom, l&apos;adresse e-mail ou le téléphone du client.</translation>
    </message>
    <message>
        <source>No customer with %1 at this register: give their name to create them. They are linked to the online store once it is reachable.</source>
        <translation>Aucun client avec %1 dans cette caisse : indiquez son nom pour le créer. Il sera relié à la boutique en ligne dès qu&apos;elle sera joignable.</translation>
    </message>
    <message>
        <source>No customer found: give their name, e-mail or phone to create them.</source>
        <translation>Aucun client trouvé : indiquez son nom, son e-mail ou son téléphone pour le créer.</translation>
    </message>
</context>
<context>
    <name>caisse::CustomerFacingWindow</name>
    <message>
        <source>Customer screen</source>
        <translation>Écran client</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>Your change: %1</source>
        <translation>Votre monnaie : %1</translation>
    </message>
    <message>
        <source>Still to pay: %1</source>
        <translation>Reste à payer : %1</translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation>Bienvenue !</translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation>Total %1</translation>
    </message>
</context>
<context>
    <name>caisse::CustomerLink</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Customers not linked to the online store: %1.</source>
        <translation>Clients non reliés à la boutique en ligne : %1.</translation>
    </message>
</context>
<context>
    <name>caisse::Customers</name>
    <message>
        <source>Give the customer&apos;s first and last name.</source>
        <translation>Indiquez le prénom et le nom du client.</translation>
    </message>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>%1 is already %2&apos;s e-mail.</source>
        <translation>%1 est déjà l&apos;e-mail de %2.</translation>
    </message>
</context>
<context>
    <name>caisse::Database</name>
    <message>
        <source>The disk is full: the sale was not recorded. Free some space, then try again.</source>
        <translation>Le disque est plein : la vente n’a pas été enregistrée. Libérez de la place, puis réessayez.</translation>
    </message>
    <message>
        <source>The sales database cannot be written (%1): the sale was not recorded. Check the disk and its permissions, then try again.</source>
        <translation>La base des ventes ne peut pas être écrite (%1) : la vente n’a pas été enregistrée. Vérifiez le disque et ses droits, puis réessayez.</translation>
    </message>
    <message>
        <source>The sales database is damaged (%1). Nothing was written to it. Keep the file as it is and call support.</source>
        <translation>La base des ventes est endommagée (%1). Rien n’y a été écrit. Gardez le fichier tel quel et appelez l’assistance.</translation>
    </message>
    <message>
        <source>The sales database is busy with another program: the sale was not recorded. Try again in a moment.</source>
        <translation>La base des ventes est occupée par un autre programme : la vente n’a pas été enregistrée. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The sales database reported an error (%1): the sale was not recorded.</source>
        <translation>La base des ventes a signalé une erreur (%1) : la vente n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Il n’y a pas de base de données à %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: choose a folder the register can write to.</source>
        <translation>Le dossier %1 ne peut pas être créé : choisissez un dossier où la caisse peut écrire.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Caisse.</source>
        <translation>Cette base a été écrite par une version plus récente de Caisse.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Caisse (schema %1; this one knows up to %2). Install the newer version; the database was left untouched.</source>
        <translation>Cette base a été écrite par une version plus récente de Caisse (schéma %1 ; celle-ci connaît jusqu’au %2). Installez la version plus récente ; la base n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The schema update %1 is missing from this build.</source>
        <translation>La mise à jour de schéma %1 manque dans cette version.</translation>
    </message>
    <message>
        <source>The SQLite driver of this build cannot run schema updates.</source>
        <translation>Le pilote SQLite de cette version ne peut pas appliquer les mises à jour de schéma.</translation>
    </message>
    <message>
        <source>The SQLite driver of this build cannot write in bulk.</source>
        <translation>Le pilote SQLite de cette version ne sait pas écrire par lots.</translation>
    </message>
    <message>
        <source>The register&apos;s data folder %1 cannot be written: nothing could be sold. Give the register&apos;s user the right to write there, or start Caisse with --data-dir on a folder it can write to.</source>
        <translation>Le dossier de données de la caisse %1 n’est pas accessible en écriture : aucune vente ne pourrait être enregistrée. Donnez à l’utilisateur de la caisse le droit d’y écrire, ou lancez Caisse avec --data-dir sur un dossier où il peut écrire.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full: nothing could be sold. Free some space on it, then start Caisse again.</source>
        <translation>Le disque qui contient %1 est plein : aucune vente ne pourrait être enregistrée. Libérez de la place, puis relancez Caisse.</translation>
    </message>
</context>
<context>
    <name>caisse::DemoStore</name>
    <message>
        <source>The demo catalog is missing from this build.</source>
        <translation>Le catalogue de démonstration manque dans cette version.</translation>
    </message>
    <message>
        <source>Thank you for your visit!</source>
        <translation>Merci de votre visite !</translation>
    </message>
    <message>
        <source>Demo shop: Camille, cashier, PIN 1111; Dominique, manager and administrator, PIN 2222.</source>
        <translation>Boutique de démonstration : Camille, caissière, code 1111 ; Dominique, gérant et administrateur, code 2222.</translation>
    </message>
</context>
<context>
    <name>caisse::DeviceConfiguration</name>
    <message>
        <source>Serial settings are written like 9600 8N1.</source>
        <translation>Les réglages série s’écrivent comme 9600 8N1.</translation>
    </message>
    <message>
        <source>A USB device is written VID:PID, such as 04b8:0202.</source>
        <translation>Un périphérique USB s’écrit VID:PID, par exemple 04b8:0202.</translation>
    </message>
    <message>
        <source>A scanner is connected by USB in HID POS mode (VID:PID) or by a serial port.</source>
        <translation>Une douchette se branche en USB en mode HID POS (VID:PID) ou sur un port série.</translation>
    </message>
    <message>
        <source>USB printer %1</source>
        <translation>Imprimante USB %1</translation>
    </message>
    <message>
        <source>Serial printer on %1 at %2</source>
        <translation>Imprimante série sur %1 à %2</translation>
    </message>
    <message>
        <source>Printer at %1</source>
        <translation>Imprimante sur %1</translation>
    </message>
    <message>
        <source>Network printer %1:%2</source>
        <translation>Imprimante réseau %1:%2</translation>
    </message>
    <message>
        <source>None: receipts on screen only</source>
        <translation>Aucune : tickets à l’écran seulement</translation>
    </message>
    <message>
        <source>USB HID POS scanner %1</source>
        <translation>Douchette USB HID POS %1</translation>
    </message>
    <message>
        <source>Serial scanner on %1 at %2</source>
        <translation>Douchette série sur %1 à %2</translation>
    </message>
    <message>
        <source>Keyboard-wedge scanner (or none)</source>
        <translation>Douchette en émulation clavier (ou aucune)</translation>
    </message>
</context>
<context>
    <name>caisse::Ed25519Key</name>
    <message>
        <source>No signing key could be made for the fiscal journal.</source>
        <translation>Aucune clé de signature n’a pu être créée pour le journal fiscal.</translation>
    </message>
    <message>
        <source>The fiscal journal&apos;s signing key is not a valid Ed25519 key.</source>
        <translation>La clé de signature du journal fiscal n’est pas une clé Ed25519 valide.</translation>
    </message>
    <message>
        <source>A fiscal record could not be signed.</source>
        <translation>Un enregistrement fiscal n’a pas pu être signé.</translation>
    </message>
</context>
<context>
    <name>caisse::FirstStartWizard</name>
    <message>
        <source>Start with an &amp;empty catalog: add articles later</source>
        <translation>Commencer avec un catalogue &amp;vide : ajouter les articles plus tard</translation>
    </message>
    <message>
        <source>Take the articles from my &amp;online store (BigCommerce): connect it next</source>
        <translation>Reprendre les articles de ma boutique en &amp;ligne (BigCommerce) : la connecter ensuite</translation>
    </message>
    <message>
        <source>Set up the register</source>
        <translation>Configurer la caisse</translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation>Votre magasin</translation>
    </message>
    <message>
        <source>As every receipt will print it.</source>
        <translation>Tel que chaque ticket l&apos;imprimera.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>&amp;Nom du magasin :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>Numéro de &amp;TVA :</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Prices in %1, VAT included. VAT rates: %2. %3</source>
        <translation>Prix en %1, TVA comprise. Taux de TVA : %2. %3</translation>
    </message>
    <message>
        <source>Cash totals are rounded to %1.</source>
        <translation>Les totaux en espèces sont arrondis à %1.</translation>
    </message>
    <message>
        <source>Cash is not rounded.</source>
        <translation>Les espèces ne sont pas arrondies.</translation>
    </message>
    <message>
        <source>The two PINs differ: type the same twice.</source>
        <translation>Les deux codes diffèrent : saisissez le même deux fois.</translation>
    </message>
    <message>
        <source>This register and its administrator</source>
        <translation>Cette caisse et son administrateur</translation>
    </message>
    <message>
        <source>The administrator sets the register up, adds the staff and closes the day. Keep the PIN secret: it is the key to the register.</source>
        <translation>L&apos;administrateur configure la caisse, ajoute le personnel et clôture la journée. Gardez le code secret : c&apos;est la clé de la caisse.</translation>
    </message>
    <message>
        <source>&amp;Register number:</source>
        <translation>Numéro de &amp;caisse :</translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;name:</source>
        <translation>&amp;Nom de l&apos;administrateur :</translation>
    </message>
    <message>
        <source>&amp;PIN (4 to 8 digits):</source>
        <translation>&amp;Code (4 à 8 chiffres) :</translation>
    </message>
    <message>
        <source>PIN a&amp;gain:</source>
        <translation>Code à &amp;nouveau :</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Imprimante de tickets</translation>
    </message>
    <message>
        <source>The printers this computer sees. The hardware doctor (Manager menu) tests them and sets up the scanner and the customer display.</source>
        <translation>Les imprimantes que cet ordinateur voit. Le diagnostic matériel (menu Gérant) les teste et configure le scanner et l&apos;afficheur client.</translation>
    </message>
    <message>
        <source>No receipt printer (receipts on screen or by e-mail)</source>
        <translation>Pas d&apos;imprimante (tickets à l&apos;écran ou par e-mail)</translation>
    </message>
    <message>
        <source>USB: %1 %2</source>
        <translation>USB : %1 %2</translation>
    </message>
    <message>
        <source>Printer device /dev/usb/%1</source>
        <translation>Imprimante /dev/usb/%1</translation>
    </message>
    <message>
        <source>Network printer (Ethernet or Wi-Fi)</source>
        <translation>Imprimante réseau (Ethernet ou Wi-Fi)</translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation>&amp;Imprimante :</translation>
    </message>
    <message>
        <source>Network &amp;address:</source>
        <translation>&amp;Adresse réseau :</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Until the catalog has articles, the counter sells with one key per VAT rate.</source>
        <translation>Tant que le catalogue n&apos;a pas d&apos;articles, la caisse vend avec une touche par taux de TVA.</translation>
    </message>
</context>
<context>
    <name>caisse::FiscalArchive</name>
    <message>
        <source>The archive file %1 could not be written: %2</source>
        <translation>Le fichier d’archive %1 n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>%1 is not closed yet: only closed periods are archived. A month is closed by the first sale or start of the register after it ends.</source>
        <translation>%1 n’est pas encore clôturé : seules les périodes clôturées sont archivées. Un mois est clôturé par la première vente ou le premier démarrage de la caisse qui suit sa fin.</translation>
    </message>
    <message>
        <source>The archive %1 already exists; an archive is never written over.</source>
        <translation>L’archive %1 existe déjà ; une archive n’est jamais réécrite.</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>Le dossier %1 n’a pas pu être créé.</translation>
    </message>
    <message>
        <source>Archive %1: %2.</source>
        <translation>Archive %1 : %2.</translation>
    </message>
    <message>
        <source>its manifest is missing or unreadable</source>
        <translation>son manifeste manque ou est illisible</translation>
    </message>
    <message>
        <source>it was signed with key %1, not the register&apos;s key %2</source>
        <translation>elle a été signée avec la clé %1, pas avec la clé de la caisse %2</translation>
    </message>
    <message>
        <source>its manifest is not signed by the register&apos;s key</source>
        <translation>son manifeste n’est pas signé par la clé de la caisse</translation>
    </message>
    <message>
        <source>its journal does not end with the closure of %1</source>
        <translation>son journal ne se termine pas par la clôture de %1</translation>
    </message>
    <message>
        <source>file %1 was changed or removed after the archive was made</source>
        <translation>le fichier %1 a été modifié ou supprimé après la création de l’archive</translation>
    </message>
</context>
<context>
    <name>caisse::HardwareDoctorDialog</name>
    <message>
        <source>&amp;Test print</source>
        <translation>Impression de &amp;test</translation>
    </message>
    <message>
        <source>Open the &amp;drawer</source>
        <translation>Ouvrir le &amp;tiroir</translation>
    </message>
    <message>
        <source>&amp;Export a diagnostic file for support…</source>
        <translation>&amp;Exporter un fichier de diagnostic pour l’assistance…</translation>
    </message>
    <message>
        <source>Hardware doctor</source>
        <translation>Diagnostic du matériel</translation>
    </message>
    <message>
        <source>Maker</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Ce que c’est</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Imprimante de tickets</translation>
    </message>
    <message>
        <source>Caisse test page</source>
        <translation>Page de test Caisse</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil : %1</translation>
    </message>
    <message>
        <source>Diagnostic file</source>
        <translation>Fichier de diagnostic</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>The diagnostic file could not be written: %1</source>
        <translation>Le fichier de diagnostic n’a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>No USB device is visible: check the cables and power, and on a virtual machine that the USB devices are passed through to it.</source>
        <translation>Aucun périphérique USB n’est visible : vérifiez les câbles et l’alimentation, et sur une machine virtuelle que les périphériques USB lui sont bien transmis.</translation>
    </message>
    <message>
        <source>Scan any barcode here</source>
        <translation>Scannez ici n’importe quel code-barres</translation>
    </message>
    <message>
        <source>Barcode scanner: its speed and suffix</source>
        <translation>Douchette : sa vitesse et son suffixe</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>typed by hand, or a scanner far too slow for the register to tell it from typing</source>
        <translation>tapé à la main, ou une douchette bien trop lente pour que la caisse la distingue de la frappe</translation>
    </message>
    <message>
        <source>a scanner with no suffix: set its suffix to Enter (CR) with the setup code of its manual</source>
        <translation>une douchette sans suffixe : réglez son suffixe sur Entrée (CR) avec le code de réglage de son manuel</translation>
    </message>
    <message>
        <source>a scanner set for a QWERTY keyboard: set it to French (AZERTY) or USB HID</source>
        <translation>une douchette réglée pour un clavier QWERTY : réglez-la en français (AZERTY) ou en USB HID</translation>
    </message>
    <message>
        <source>a scanner, ready</source>
        <translation>une douchette, prête</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot;: %n character(s) in %2 ms, longest gap %3 ms, suffix %4: %5.</source>
        <translation>
            <numerusform>« %1 » : %n caractère en %2 ms, plus long écart %3 ms, suffixe %4 : %5.</numerusform>
            <numerusform>« %1 » : %n caractères en %2 ms, plus long écart %3 ms, suffixe %4 : %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Use as the &amp;receipt printer</source>
        <translation>Utiliser comme imprimante de &amp;tickets</translation>
    </message>
    <message>
        <source>Use as the &amp;scanner</source>
        <translation>Utiliser comme &amp;douchette</translation>
    </message>
    <message>
        <source>Id or port</source>
        <translation>Identifiant ou port</translation>
    </message>
    <message>
        <source>Serial settings of the selected port, as its manual gives them: 9600 8N1, 19200 8N1 rtscts…</source>
        <translation>Réglages série du port choisi, tels que son manuel les donne : 9600 8N1, 19200 8N1 rtscts…</translation>
    </message>
    <message>
        <source>USB devices and serial ports on this computer</source>
        <translation>Périphériques USB et ports série de cet ordinateur</translation>
    </message>
    <message>
        <source>Serial settings:</source>
        <translation>Réglages série :</translation>
    </message>
    <message>
        <source>No receipt printer is assigned to this register: select one above.</source>
        <translation>Aucune imprimante de tickets n’est attribuée à cette caisse : choisissez-en une ci-dessus.</translation>
    </message>
    <message>
        <source>Receipt printer: %1. Scanner: %2.</source>
        <translation>Imprimante de tickets : %1. Douchette : %2.</translation>
    </message>
    <message>
        <source>The receipt printer</source>
        <translation>L’imprimante de tickets</translation>
    </message>
    <message numerus="yes">
        <source>%1 disconnected %n time(s) in the last two minutes: it connects and disconnects in a loop. Try another USB cable and port, avoid unpowered hubs, check its power supply, and turn off USB power saving (autosuspend) for it.</source>
        <translation>
            <numerusform>%1 s’est déconnecté %n fois en deux minutes : il se connecte et se déconnecte en boucle. Essayez un autre câble et un autre port USB, évitez les concentrateurs non alimentés, vérifiez son alimentation et désactivez la mise en veille USB (autosuspend) pour lui.</numerusform>
            <numerusform>%1 s’est déconnecté %n fois en deux minutes : il se connecte et se déconnecte en boucle. Essayez un autre câble et un autre port USB, évitez les concentrateurs non alimentés, vérifiez son alimentation et désactivez la mise en veille USB (autosuspend) pour lui.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a device in the list first.</source>
        <translation>Choisissez d’abord un périphérique dans la liste.</translation>
    </message>
    <message>
        <source>Receipt printer: %1. Scanner: %2. The change takes effect when the register is started again.</source>
        <translation>Imprimante de tickets : %1. Douchette : %2. Le changement prend effet au prochain démarrage de la caisse.</translation>
    </message>
    <message>
        <source>Serial port: a printer, scanner or display set to the serial settings below.</source>
        <translation>Port série : une imprimante, une douchette ou un afficheur réglé selon les réglages série ci-dessous.</translation>
    </message>
    <message>
        <source>%1, profile %2. %3</source>
        <translation>%1, profil %2. %3</translation>
    </message>
</context>
<context>
    <name>caisse::HidPosScanner</name>
    <message>
        <source>%1 is not connected, or not in HID POS mode: plug it in, or scan the &quot;USB HID POS&quot; code of its manual.</source>
        <translation>%1 n’est pas branchée, ou pas en mode HID POS : branchez-la, ou scannez le code « USB HID POS » de son manuel.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2): check the udev rules and that this user is in the plugdev group.</source>
        <translation>%1 ne peut pas être ouverte (%2) : vérifiez les règles udev et que cet utilisateur est dans le groupe plugdev.</translation>
    </message>
    <message>
        <source>The USB scanner %1</source>
        <translation>La douchette USB %1</translation>
    </message>
</context>
<context>
    <name>caisse::Journal</name>
    <message>
        <source>The ticket has no record in the fiscal journal.</source>
        <translation>Le ticket n’a pas d’enregistrement dans le journal fiscal.</translation>
    </message>
    <message>
        <source>The signing key of fiscal journal %1 is missing from this computer&apos;s secret store. Restore it before selling: a new key would break the journal.</source>
        <translation>La clé de signature du journal fiscal %1 manque dans le coffre à secrets de cet ordinateur. Restaurez-la avant de vendre : une nouvelle clé romprait le journal.</translation>
    </message>
    <message>
        <source>Fiscal journal %1 was signed with another key than this register&apos;s: it was replaced or written again. Do not sell on this register; call support.</source>
        <translation>Le journal fiscal %1 a été signé avec une autre clé que celle de cette caisse : il a été remplacé ou réécrit. Ne vendez pas sur cette caisse ; appelez l’assistance.</translation>
    </message>
    <message>
        <source>Fiscal journal %1 is not signed, though this register signs it: its signatures were removed. Do not sell on this register; call support.</source>
        <translation>Le journal fiscal %1 n’est pas signé alors que cette caisse le signe : ses signatures ont été retirées. Ne vendez pas sur cette caisse ; appelez l’assistance.</translation>
    </message>
</context>
<context>
    <name>caisse::JournalEnd</name>
    <message>
        <source>The end marker of fiscal journal %1 (%2) is missing.</source>
        <translation>Le repère de fin du journal fiscal %1 (%2) manque.</translation>
    </message>
    <message>
        <source>The end marker of fiscal journal %1 (%2) cannot be read: %3.</source>
        <translation>Le repère de fin du journal fiscal %1 (%2) est illisible : %3.</translation>
    </message>
    <message>
        <source>The end marker of fiscal journal %1 (%2) is damaged.</source>
        <translation>Le repère de fin du journal fiscal %1 (%2) est endommagé.</translation>
    </message>
    <message>
        <source>The end marker of fiscal journal %1 (%2) cannot be moved aside.</source>
        <translation>Le repère de fin du journal fiscal %1 (%2) ne peut pas être mis de côté.</translation>
    </message>
</context>
<context>
    <name>caisse::JournalVerifier</name>
    <message>
        <source>Fiscal journal %1, record %2: %3.</source>
        <translation>Journal fiscal %1, enregistrement %2 : %3.</translation>
    </message>
    <message>
        <source>its signature is not the register&apos;s</source>
        <translation>sa signature n’est pas celle de la caisse</translation>
    </message>
    <message>
        <source>record missing (the next one is %1)</source>
        <translation>enregistrement manquant (le suivant est le %1)</translation>
    </message>
    <message>
        <source>its content does not match its hash</source>
        <translation>son contenu ne correspond pas à son empreinte</translation>
    </message>
    <message>
        <source>it is not linked to the record before it</source>
        <translation>il n’est pas chaîné à l’enregistrement précédent</translation>
    </message>
    <message>
        <source>the chain does not start with its genesis record</source>
        <translation>la chaîne ne commence pas par son enregistrement initial</translation>
    </message>
    <message>
        <source>its public key %1 is not the register&apos;s key %2</source>
        <translation>sa clé publique %1 n’est pas la clé de la caisse %2</translation>
    </message>
    <message>
        <source>its time %1 is earlier than the record before it (%2) and no clock change was recorded</source>
        <translation>son heure %1 précède celle de l’enregistrement précédent (%2) sans changement d’horloge enregistré</translation>
    </message>
    <message>
        <source>ticket %1 follows ticket %2: tickets are missing</source>
        <translation>le ticket %1 suit le ticket %2 : des tickets manquent</translation>
    </message>
    <message>
        <source>ticket %1&apos;s total does not equal its VAT table</source>
        <translation>le total du ticket %1 n’est pas égal à sa ventilation de TVA</translation>
    </message>
    <message>
        <source>the perpetual grand total after ticket %1 does not continue the one before</source>
        <translation>le grand total perpétuel après le ticket %1 ne prolonge pas le précédent</translation>
    </message>
    <message>
        <source>closure %1 does not equal the sum of what it closes (%2)</source>
        <translation>la clôture %1 n’est pas égale à la somme de ce qu’elle clôt (%2)</translation>
    </message>
    <message>
        <source>missing: the sales hold %1 tickets up to number %2, the journal %3 up to number %4; its end was cut off or sales were deleted</source>
        <translation>manquant : les ventes comptent %1 tickets jusqu’au n° %2, le journal %3 jusqu’au n° %4 ; sa fin a été coupée ou des ventes ont été supprimées</translation>
    </message>
    <message>
        <source>it is not signed, though its chain is</source>
        <translation>il n’est pas signé, alors que sa chaîne l’est</translation>
    </message>
    <message>
        <source>The check of fiscal journal %1 was stopped.</source>
        <translation>La vérification du journal fiscal %1 a été interrompue.</translation>
    </message>
    <message>
        <source>Whether records were deleted from its end cannot be told without it.</source>
        <translation>Sans lui, on ne peut pas savoir si des enregistrements ont été supprimés à la fin.</translation>
    </message>
    <message>
        <source>Fiscal journal %1 is not signed, but its end marker is: the signatures of the chain were removed.</source>
        <translation>Le journal fiscal %1 n’est pas signé, mais son repère de fin l’est : les signatures de la chaîne ont été retirées.</translation>
    </message>
    <message>
        <source>Fiscal journal %1: its end marker is not signed with the chain&apos;s key.</source>
        <translation>Journal fiscal %1 : son repère de fin n’est pas signé avec la clé de la chaîne.</translation>
    </message>
    <message>
        <source>missing: the register wrote the chain up to record %1, as its end marker outside the database says; the records after %2 were deleted</source>
        <translation>manquant : la caisse a écrit la chaîne jusqu’à l’enregistrement %1, comme le dit son repère de fin hors de la base ; les enregistrements après %2 ont été supprimés</translation>
    </message>
    <message>
        <source>it is not the record the register wrote there (its end marker holds another hash)</source>
        <translation>ce n’est pas l’enregistrement que la caisse y a écrit (son repère de fin porte une autre empreinte)</translation>
    </message>
    <message>
        <source>Fiscal journal %1: ticket %2 of the sales tables has no record in the journal.</source>
        <translation>Journal fiscal %1 : le ticket %2 des tables de ventes n’a pas d’enregistrement au journal.</translation>
    </message>
    <message>
        <source>ticket %1 in the sales tables is not what its signed record says (%2)</source>
        <translation>le ticket %1 des tables de ventes n’est pas ce que dit son enregistrement signé (%2)</translation>
    </message>
    <message>
        <source>its ticket is missing from the sales tables</source>
        <translation>son ticket manque dans les tables de ventes</translation>
    </message>
    <message>
        <source>Fiscal journal %1: stock movement %2 was made by a ticket that is not in the sales tables.</source>
        <translation>Journal fiscal %1 : le mouvement de stock %2 a été fait par un ticket absent des tables de ventes.</translation>
    </message>
    <message>
        <source>missing: the sales tables end with ticket %1, the journal with ticket %2</source>
        <translation>manquant : les tables de ventes finissent au ticket %1, le journal au ticket %2</translation>
    </message>
</context>
<context>
    <name>caisse::LoginDialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>caisse::MailQueue</name>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 n&apos;est pas une adresse e-mail.</translation>
    </message>
</context>
<context>
    <name>caisse::MoneyFormat</name>
    <message>
        <source>&quot;%1&quot; is not an amount. Type digits, for example 12,50.</source>
        <translation>« %1 » n’est pas un montant. Tapez des chiffres, par exemple 12,50.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has too many decimals: %2 allows %n.</source>
        <translation>
            <numerusform>« %1 » a trop de décimales : %2 en permet %n.</numerusform>
            <numerusform>« %1 » a trop de décimales : %2 en permet %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caisse::OnlineArticleDialog</name>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Chercher</translation>
    </message>
    <message>
        <source>S&amp;ynced with the online store</source>
        <translation>S&amp;ynchronisé avec la boutique en ligne</translation>
    </message>
    <message>
        <source>&amp;Separate quantity for online</source>
        <translation>Quantité &amp;séparée pour la vente en ligne</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Online article</source>
        <translation>Article en ligne</translation>
    </message>
    <message>
        <source>SKU or barcode</source>
        <translation>Référence ou code-barres</translation>
    </message>
    <message>
        <source>Every product syncs: choose “Only the products selected” in the online store settings to pick them one by one.</source>
        <translation>Tous les produits sont synchronisés : choisissez « Seulement les produits sélectionnés » dans les réglages de la boutique en ligne pour les choisir un à un.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n in the shop</source>
        <translation>
            <numerusform>%1 (%2) : %n en magasin</numerusform>
            <numerusform>%1 (%2) : %n en magasin</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on the online store yet.</source>
        <translation>Pas encore sur la boutique en ligne.</translation>
    </message>
    <message numerus="yes">
        <source>%n for online, sent at the next sync.</source>
        <translation>
            <numerusform>%n pour la vente en ligne, envoyé à la prochaine synchro.</numerusform>
            <numerusform>%n pour la vente en ligne, envoyés à la prochaine synchro.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: the shop keeps its stock, online gets %n, sent at the next sync.</source>
        <translation>
            <numerusform>Enregistré : le magasin garde son stock, la vente en ligne en reçoit %n, envoyé à la prochaine synchro.</numerusform>
            <numerusform>Enregistré : le magasin garde son stock, la vente en ligne en reçoit %n, envoyés à la prochaine synchro.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>S&amp;tock kept for this product</source>
        <translation>S&amp;tock suivi pour ce produit</translation>
    </message>
</context>
<context>
    <name>caisse::OnlineArticles</name>
    <message>
        <source>No article has the SKU or barcode %1.</source>
        <translation>Aucun article n’a la référence ou le code-barres %1.</translation>
    </message>
    <message>
        <source>The online quantity cannot be negative.</source>
        <translation>La quantité en ligne ne peut pas être négative.</translation>
    </message>
    <message>
        <source>This article is not on the online store yet: match or create it there first.</source>
        <translation>Cet article n’est pas encore sur la boutique en ligne : rapprochez-le ou créez-le d’abord.</translation>
    </message>
</context>
<context>
    <name>caisse::Operator</name>
    <message>
        <source>%1 may not do this alone: a manager must approve it with their PIN.</source>
        <translation>%1 ne peut pas faire cela seul(e) : un gérant doit donner son accord avec son code.</translation>
    </message>
</context>
<context>
    <name>caisse::OperatorStore</name>
    <message>
        <source>An operator needs a name and a PIN of at least 4 characters.</source>
        <translation>Un opérateur a besoin d’un nom et d’un code d’au moins 4 caractères.</translation>
    </message>
    <message>
        <source>The register&apos;s first operator must be an administrator.</source>
        <translation>Le premier opérateur de la caisse doit être un administrateur.</translation>
    </message>
    <message>
        <source>Wrong name or PIN.</source>
        <translation>Nom ou code incorrect.</translation>
    </message>
    <message>
        <source>%1 may not approve this either.</source>
        <translation>%1 ne peut pas non plus donner cet accord.</translation>
    </message>
    <message>
        <source>%1 is locked out after too many wrong PINs: a manager must unlock them.</source>
        <translation>%1 est bloqué(e) après trop de codes erronés : un gérant doit le débloquer.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs for %1: wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Trop de codes erronés pour %1 : attendez %n seconde, puis réessayez.</numerusform>
            <numerusform>Trop de codes erronés pour %1 : attendez %n secondes, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. %1 is now locked out: a manager must unlock them.</source>
        <translation>Code erroné. %1 est maintenant bloqué(e) : un gérant doit le débloquer.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Too many wrong PINs: wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>Code erroné. Trop de codes erronés : attendez %n seconde avant le prochain essai.</numerusform>
            <numerusform>Code erroné. Trop de codes erronés : attendez %n secondes avant le prochain essai.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no operator named %1.</source>
        <translation>Aucun opérateur ne s’appelle %1.</translation>
    </message>
    <message>
        <source>A new operator needs a PIN of at least 4 characters.</source>
        <translation>Un nouvel opérateur a besoin d&apos;un code d&apos;au moins 4 caractères.</translation>
    </message>
    <message>
        <source>%1 no longer works at this register: a manager can reactivate them (Manager, Staff).</source>
        <translation>%1 ne travaille plus sur cette caisse : un gérant peut le réactiver (Gérant, Personnel).</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself: another administrator can.</source>
        <translation>Vous ne pouvez pas vous désactiver vous-même : un autre administrateur le peut.</translation>
    </message>
    <message>
        <source>%1 is the last administrator: name another before deactivating them.</source>
        <translation>%1 est le dernier administrateur : nommez-en un autre avant de le désactiver.</translation>
    </message>
    <message>
        <source>No operator is called %1.</source>
        <translation>Aucun opérateur ne s&apos;appelle %1.</translation>
    </message>
</context>
<context>
    <name>caisse::OrderSync</name>
    <message>
        <source>Order %1 was handed over but is not marked completed online yet: %2</source>
        <translation>La commande %1 a été remise mais n’est pas encore marquée terminée en ligne : %2</translation>
    </message>
    <message>
        <source>Shipping (online store)</source>
        <translation>Livraison (boutique en ligne)</translation>
    </message>
    <message>
        <source>Handling (online store)</source>
        <translation>Frais de préparation (boutique en ligne)</translation>
    </message>
    <message>
        <source>Online store</source>
        <translation>Boutique en ligne</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>The online store&apos;s inventory settings could not be read, so no order was taken in: %1</source>
        <translation>Les réglages de stock de la boutique en ligne n’ont pas pu être lus ; aucune commande n’a été prise en compte : %1</translation>
    </message>
</context>
<context>
    <name>caisse::PickupDialog</name>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Chercher</translation>
    </message>
    <message>
        <source>&amp;Hand over to the customer</source>
        <translation>&amp;Remettre au client</translation>
    </message>
    <message>
        <source>Online order pickup</source>
        <translation>Retrait de commande en ligne</translation>
    </message>
    <message>
        <source>Order number, customer name or e-mail</source>
        <translation>Numéro de commande, nom ou e-mail du client</translation>
    </message>
    <message>
        <source>Orders waiting for pickup</source>
        <translation>Commandes en attente de retrait</translation>
    </message>
    <message>
        <source>To hand over</source>
        <translation>À remettre</translation>
    </message>
    <message>
        <source>Order %1 — %2 — %3</source>
        <translation>Commande %1 — %2 — %3</translation>
    </message>
    <message>
        <source>No online order is waiting for pickup.</source>
        <translation>Aucune commande en ligne n’attend d’être retirée.</translation>
    </message>
    <message>
        <source>No order waiting for pickup matches “%1”.</source>
        <translation>Aucune commande en attente de retrait ne correspond à « %1 ».</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Order %1 handed over to %2. The online store will show it completed after the next sync.</source>
        <translation>Commande %1 remise à %2. La boutique en ligne l’affichera terminée après la prochaine synchro.</translation>
    </message>
</context>
<context>
    <name>caisse::PosDevice</name>
    <message>
        <source>The device is not ready for this: open, claim and enable it first.</source>
        <translation>Le périphérique n’est pas prêt pour cela : ouvrez-le, réservez-le et activez-le d’abord.</translation>
    </message>
    <message>
        <source>The device is not enabled.</source>
        <translation>Le périphérique n’est pas activé.</translation>
    </message>
</context>
<context>
    <name>caisse::PriceChangeDialog</name>
    <message>
        <source>Discount or price</source>
        <translation>Remise ou prix</translation>
    </message>
    <message>
        <source>Discount on the line</source>
        <translation>Remise sur la ligne</translation>
    </message>
    <message>
        <source>New price of the line</source>
        <translation>Nouveau prix de la ligne</translation>
    </message>
    <message>
        <source>Discount on the whole ticket</source>
        <translation>Remise sur tout le ticket</translation>
    </message>
    <message>
        <source>10 % or an amount</source>
        <translation>10 % ou un montant</translation>
    </message>
    <message>
        <source>Damaged packaging</source>
        <translation>Emballage abîmé</translation>
    </message>
    <message>
        <source>Short best-before date</source>
        <translation>Date courte</translation>
    </message>
    <message>
        <source>Loyal customer</source>
        <translation>Client fidèle</translation>
    </message>
    <message>
        <source>Staff purchase</source>
        <translation>Achat du personnel</translation>
    </message>
    <message>
        <source>Price match</source>
        <translation>Alignement de prix</translation>
    </message>
    <message>
        <source>Wrong shelf label</source>
        <translation>Erreur d&apos;étiquette en rayon</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation>&amp;Changement :</translation>
    </message>
    <message>
        <source>&amp;Discount or price:</source>
        <translation>&amp;Remise ou prix :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
</context>
<context>
    <name>caisse::PrinterStatus</name>
    <message>
        <source>The receipt printer does not answer: check that it is on and connected.</source>
        <translation>L’imprimante ne répond pas : vérifiez qu’elle est allumée et branchée.</translation>
    </message>
    <message>
        <source>The receipt printer&apos;s cover is open: close it.</source>
        <translation>Le capot de l’imprimante est ouvert : fermez-le.</translation>
    </message>
    <message>
        <source>The receipt printer is out of paper: put in a new roll. Waiting receipts will print then.</source>
        <translation>L’imprimante n’a plus de papier : mettez un rouleau neuf. Les tickets en attente s’imprimeront alors.</translation>
    </message>
    <message>
        <source>The receipt printer is offline: check its light and buttons.</source>
        <translation>L’imprimante est hors ligne : vérifiez son voyant et ses boutons.</translation>
    </message>
    <message>
        <source>The receipt printer&apos;s paper roll is nearly finished.</source>
        <translation>Le rouleau de papier de l’imprimante est presque fini.</translation>
    </message>
    <message>
        <source>The receipt printer is ready.</source>
        <translation>L’imprimante est prête.</translation>
    </message>
    <message>
        <source>The receipt printer answers, but not in ESC/POS: it is set to another emulation. Switch it to ESC/POS with its setup utility or DIP switches (see its self-test page).</source>
        <translation>L’imprimante de tickets répond, mais pas en ESC/POS : elle est réglée sur une autre émulation. Passez-la en ESC/POS avec son utilitaire de configuration ou ses micro-interrupteurs (voir sa page d’autotest).</translation>
    </message>
    <message>
        <source>The receipt printer is connected but does not answer ESC/POS status questions: it is set to another emulation, or busy. Print its self-test page to see its mode.</source>
        <translation>L’imprimante de tickets est connectée mais ne répond pas aux questions d’état ESC/POS : elle est réglée sur une autre émulation, ou occupée. Imprimez sa page d’autotest pour voir son mode.</translation>
    </message>
</context>
<context>
    <name>caisse::ProductDialog</name>
    <message>
        <source>Track its stock</source>
        <translation>Suivre son stock</translation>
    </message>
    <message>
        <source>Archived: no longer sold, its tickets keep it</source>
        <translation>Archivé : plus vendu, ses tickets le gardent</translation>
    </message>
    <message>
        <source>&amp;Save the product</source>
        <translation>&amp;Enregistrer le produit</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Scan, or type a barcode or a SKU, to change an article</source>
        <translation>Scannez, ou tapez un code-barres ou une référence, pour modifier un article</translation>
    </message>
    <message>
        <source>What one costs you, without VAT</source>
        <translation>Ce qu&apos;il vous coûte, HT</translation>
    </message>
    <message>
        <source>https://… (the picture the online store shows)</source>
        <translation>https://… (l&apos;image que montre la boutique en ligne)</translation>
    </message>
    <message>
        <source>Option (size, colour…)</source>
        <translation>Option (taille, couleur…)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>Prix (%1)</translation>
    </message>
    <message>
        <source>Barcode (empty: made in store)</source>
        <translation>Code-barres (vide : créé en magasin)</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>&amp;New product</source>
        <translation>&amp;Nouveau produit</translation>
    </message>
    <message>
        <source>Add a &amp;variant</source>
        <translation>Ajouter une &amp;variante</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Chercher :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tégorie :</translation>
    </message>
    <message>
        <source>V&amp;AT rate:</source>
        <translation>T&amp;aux de TVA :</translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation>C&amp;oût :</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image :</translation>
    </message>
    <message>
        <source>%1: change what you need, then save.</source>
        <translation>%1 : modifiez ce qu&apos;il faut, puis enregistrez.</translation>
    </message>
    <message>
        <source>The cost %1 cannot be read; type it as 4,50.</source>
        <translation>Le coût %1 est illisible ; tapez-le comme 4,50.</translation>
    </message>
    <message>
        <source>Line %1: type the price, such as 12,90.</source>
        <translation>Ligne %1 : tapez le prix, par exemple 12,90.</translation>
    </message>
    <message numerus="yes">
        <source>%1 saved, %n variant(s).</source>
        <translation>
            <numerusform>%1 enregistré, %n variante.</numerusform>
            <numerusform>%1 enregistré, %n variantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Im&amp;port a CSV…</source>
        <translation>Im&amp;porter un CSV…</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Import products from a CSV</source>
        <translation>Importer des produits depuis un CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the products as CSV</source>
        <translation>Exporter les produits en CSV</translation>
    </message>
    <message>
        <source>products</source>
        <translation>produits</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 ne peut pas être écrit : %2</translation>
    </message>
    <message>
        <source>Products exported to %1, in the online store&apos;s CSV format.</source>
        <translation>Produits exportés dans %1, au format CSV de la boutique en ligne.</translation>
    </message>
    <message>
        <source>500 g, 1,5 kg, 75 cl… (prepacked: labels show the price per kg or litre)</source>
        <translation>500 g, 1,5 kg, 75 cl… (préemballé : les étiquettes montrent le prix au kg ou au litre)</translation>
    </message>
    <message>
        <source>N&amp;et content:</source>
        <translation>Poi&amp;ds ou volume net :</translation>
    </message>
    <message>
        <source>The net content %1 cannot be read; type it as 500 g, 1,5 kg, 75 cl or 1 l.</source>
        <translation>La contenance %1 ne peut pas être lue ; tapez-la comme 500 g, 1,5 kg, 75 cl ou 1 l.</translation>
    </message>
</context>
<context>
    <name>caisse::ProductEditor</name>
    <message>
        <source>No article has the barcode or SKU %1.</source>
        <translation>Aucun article n&apos;a le code-barres ou la référence %1.</translation>
    </message>
    <message>
        <source>Every in-store barcode prefix (20 to 29) is used by weight or price labels: type the article&apos;s barcode.</source>
        <translation>Tous les préfixes de codes-barres magasin (20 à 29) servent aux étiquettes de poids ou de prix : tapez le code-barres de l&apos;article.</translation>
    </message>
    <message>
        <source>The in-store barcodes of prefix %1 are all used.</source>
        <translation>Les codes-barres magasin du préfixe %1 sont tous utilisés.</translation>
    </message>
    <message>
        <source>Give the product a name.</source>
        <translation>Donnez un nom au produit.</translation>
    </message>
    <message>
        <source>A product needs at least one variant, with its price.</source>
        <translation>Un produit a besoin d&apos;au moins une variante, avec son prix.</translation>
    </message>
    <message>
        <source>%1: a price cannot be negative.</source>
        <translation>%1 : un prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>%1: with several variants, each needs its option (size, colour…).</source>
        <translation>%1 : avec plusieurs variantes, chacune a besoin de son option (taille, couleur…).</translation>
    </message>
    <message>
        <source>Two variants have the same option or SKU (%1).</source>
        <translation>Deux variantes ont la même option ou la même référence (%1).</translation>
    </message>
    <message>
        <source>%1: the barcode %2 is not a valid EAN or UPC (check digit).</source>
        <translation>%1 : le code-barres %2 n&apos;est pas un EAN ou UPC valide (clé de contrôle).</translation>
    </message>
    <message>
        <source>Another article already has the SKU %1.</source>
        <translation>Un autre article a déjà la référence %1.</translation>
    </message>
    <message>
        <source>Another article already has the barcode %1.</source>
        <translation>Un autre article a déjà le code-barres %1.</translation>
    </message>
</context>
<context>
    <name>caisse::ProductImport</name>
    <message numerus="yes">
        <source>%n product(s) sold only online are not created: the online store sells in %1 and the register in %2, so their prices cannot be taken. Create them at the register.</source>
        <translation>
            <numerusform>%n produit vendu seulement en ligne n’est pas créé : la boutique en ligne vend en %1 et la caisse en %2, ses prix ne peuvent donc pas être repris. Créez-le à la caisse.</numerusform>
            <numerusform>%n produits vendus seulement en ligne ne sont pas créés : la boutique en ligne vend en %1 et la caisse en %2, leurs prix ne peuvent donc pas être repris. Créez-les à la caisse.</numerusform>
        </translation>
    </message>
    <message>
        <source>Online store</source>
        <translation>Boutique en ligne</translation>
    </message>
    <message>
        <source>The article of variant %1 was not found.</source>
        <translation>L’article de la variante %1 est introuvable.</translation>
    </message>
    <message>
        <source>Adding the online store&apos;s products stopped: %1 Match the products again: those already added stay, and are not added twice.</source>
        <translation>L’ajout des produits de la boutique en ligne s’est arrêté : %1 Rapprochez à nouveau les produits : ceux déjà ajoutés restent, et ne sont pas ajoutés deux fois.</translation>
    </message>
</context>
<context>
    <name>caisse::ProductSelectionDialog</name>
    <message>
        <source>Tick &amp;all shown</source>
        <translation>Cocher &amp;tous ceux affichés</translation>
    </message>
    <message>
        <source>&amp;Untick all shown</source>
        <translation>&amp;Décocher tous ceux affichés</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Products synced with the online store</source>
        <translation>Produits synchronisés avec la boutique en ligne</translation>
    </message>
    <message>
        <source>Name or SKU</source>
        <translation>Nom ou référence</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>The first %n products are shown: narrow the search to see the others.</source>
        <translation>
            <numerusform>Le premier produit est affiché : affinez la recherche pour voir les autres.</numerusform>
            <numerusform>Les %n premiers produits sont affichés : affinez la recherche pour voir les autres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n product(s) now synced, %1 no longer.</source>
        <translation>
            <numerusform>Enregistré : %n produit désormais synchronisé, %1 ne l’est plus.</numerusform>
            <numerusform>Enregistré : %n produits désormais synchronisés, %1 ne le sont plus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caisse::ReceiptText</name>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>SIRET %1</source>
        <translation>SIRET %1</translation>
    </message>
    <message>
        <source>VAT no. %1</source>
        <translation>N° TVA %1</translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation>REMBOURSEMENT</translation>
    </message>
    <message>
        <source>This ticket corrects ticket no. %1</source>
        <translation>Ce ticket corrige le ticket n° %1</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Opérateur : %1</translation>
    </message>
    <message>
        <source>%1 kg x %2/kg</source>
        <translation>%1 kg x %2/kg</translation>
    </message>
    <message>
        <source>%1 x %2</source>
        <translation>%1 x %2</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Ticket discount</source>
        <translation>Remise ticket</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation>Arrondi espèces</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n article</numerusform>
            <numerusform>%n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux TVA</translation>
    </message>
    <message>
        <source>Excl.</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Incl.</source>
        <translation>TTC</translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <source>Total VAT</source>
        <translation>Total TVA</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Rendu</translation>
    </message>
    <message>
        <source>CLOSURE %1</source>
        <translation>CLÔTURE %1</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Numéros</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Duplicates printed</source>
        <translation>Duplicatas imprimés</translation>
    </message>
    <message>
        <source>VAT %1</source>
        <translation>TVA %1</translation>
    </message>
    <message>
        <source>Perpetual grand total</source>
        <translation>Grand total perpétuel</translation>
    </message>
    <message>
        <source>Grand total, absolute</source>
        <translation>Grand total en valeur absolue</translation>
    </message>
    <message>
        <source>Caisse %1</source>
        <translation>Caisse %1</translation>
    </message>
    <message>
        <source>TRAINING - NOT A VALID RECEIPT</source>
        <translation>FORMATION - NON VALABLE POUR ENCAISSEMENT</translation>
    </message>
    <message>
        <source>DUPLICATA %1</source>
        <translation>DUPLICATA %1</translation>
    </message>
    <message>
        <source>ORIGINAL</source>
        <translation>ORIGINAL</translation>
    </message>
    <message numerus="yes">
        <source>Caisse %1 - %n line(s)</source>
        <translation>
            <numerusform>Caisse %1 - %n ligne</numerusform>
            <numerusform>Caisse %1 - %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation>Signature : %1</translation>
    </message>
    <message>
        <source>Authorisation %1</source>
        <translation>Autorisation %1</translation>
    </message>
    <message>
        <source>Journal %1, record %2</source>
        <translation>Journal %1, enregistrement %2</translation>
    </message>
    <message>
        <source>Hash:</source>
        <translation>Empreinte :</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Clé de signature :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation>Bon d&apos;achat</translation>
    </message>
    <message>
        <source>VOUCHER</source>
        <translation>BON D&apos;ACHAT</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>Valable jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>X REPORT %1</source>
        <translation>RAPPORT X %1</translation>
    </message>
    <message>
        <source>Not a closure: nothing is reset</source>
        <translation>Pas une clôture : rien n&apos;est remis à zéro</translation>
    </message>
    <message>
        <source>Z No. %1 - CLOSURE %2</source>
        <translation>Z N° %1 - CLÔTURE %2</translation>
    </message>
    <message>
        <source>DUPLICATA</source>
        <translation>DUPLICATA</translation>
    </message>
    <message numerus="yes">
        <source>Refunds (%n ticket(s))</source>
        <translation>
            <numerusform>Remboursements (%n ticket)</numerusform>
            <numerusform>Remboursements (%n tickets)</numerusform>
        </translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation>Remises accordées</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Tiroir-caisse</translation>
    </message>
    <message>
        <source>Floats counted</source>
        <translation>Fonds de caisse comptés</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Entrée d&apos;espèces</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Sortie d&apos;espèces</translation>
    </message>
    <message>
        <source>Drawer opened without a sale</source>
        <translation>Tiroir ouvert sans vente</translation>
    </message>
    <message>
        <source>Shifts closed</source>
        <translation>Services clôturés</translation>
    </message>
    <message>
        <source>Over (+) or short (-)</source>
        <translation>Excédent (+) ou manque (-)</translation>
    </message>
</context>
<context>
    <name>caisse::Receiving</name>
    <message>
        <source>Scan the articles received first.</source>
        <translation>Scannez d&apos;abord les articles reçus.</translation>
    </message>
    <message>
        <source>This delivery was already received: the stock counted it once.</source>
        <translation>Cette livraison est déjà réceptionnée : le stock ne l&apos;a comptée qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Line %1 (%2): type how many were received.</source>
        <translation>Ligne %1 (%2) : tapez la quantité reçue.</translation>
    </message>
</context>
<context>
    <name>caisse::ReceptionDialog</name>
    <message>
        <source>&amp;Confirm the delivery</source>
        <translation>&amp;Confirmer la livraison</translation>
    </message>
    <message>
        <source>Receive a delivery</source>
        <translation>Réceptionner une livraison</translation>
    </message>
    <message>
        <source>Who delivered</source>
        <translation>Qui a livré</translation>
    </message>
    <message>
        <source>Scan each article, or type a barcode or a SKU</source>
        <translation>Scannez chaque article, ou tapez un code-barres ou une référence</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Cost of one (%1)</source>
        <translation>Coût unitaire (%1)</translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation>&amp;Article :</translation>
    </message>
    <message>
        <source>%1: %2 received.</source>
        <translation>%1 : %2 reçus.</translation>
    </message>
    <message>
        <source>%1: 1 received.</source>
        <translation>%1 : 1 reçu.</translation>
    </message>
    <message>
        <source>%1: type how many pieces came, such as 12.</source>
        <translation>%1 : tapez le nombre de pièces livrées, par exemple 12.</translation>
    </message>
    <message>
        <source>%1: the cost %2 cannot be read; type it as 1,25.</source>
        <translation>%1 : le coût %2 est illisible ; tapez-le comme 1,25.</translation>
    </message>
    <message>
        <source>Type who delivered the goods.</source>
        <translation>Tapez qui a livré la marchandise.</translation>
    </message>
    <message numerus="yes">
        <source>Delivery from %1 received: %n piece(s) added to the stock.</source>
        <translation>
            <numerusform>Livraison de %1 réceptionnée : %n pièce ajoutée au stock.</numerusform>
            <numerusform>Livraison de %1 réceptionnée : %n pièces ajoutées au stock.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caisse::ReportsDialog</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>The month of</source>
        <translation>Le mois du</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>Le jour</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Par heure</translation>
    </message>
    <message>
        <source>By article</source>
        <translation>Par article</translation>
    </message>
    <message>
        <source>By category</source>
        <translation>Par catégorie</translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation>Par caissier</translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation>Par moyen de paiement</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <source>Slow sellers</source>
        <translation>Ventes lentes</translation>
    </message>
    <message>
        <source>Online and in store</source>
        <translation>En ligne et en magasin</translation>
    </message>
    <message>
        <source>Stock value</source>
        <translation>Valeur du stock</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Times sold</source>
        <translation>Ventes</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Sales incl. VAT</source>
        <translation>Ventes TTC</translation>
    </message>
    <message>
        <source>Sales excl. VAT</source>
        <translation>Ventes HT</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation>HT</translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation>TTC</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Tickets or orders</source>
        <translation>Tickets ou commandes</translation>
    </message>
    <message>
        <source>Articles in stock</source>
        <translation>Articles en stock</translation>
    </message>
    <message>
        <source>Value at cost</source>
        <translation>Valeur au coût</translation>
    </message>
    <message>
        <source>Articles without a cost (not valued)</source>
        <translation>Articles sans coût (non valorisés)</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>Le rapport n&apos;a pas pu être écrit dans %1 : %2</translation>
    </message>
    <message>
        <source>Report exported to %1.</source>
        <translation>Rapport exporté dans %1.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Le PDF n&apos;a pas pu être écrit dans %1.</translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>Rapport enregistré sous %1.</translation>
    </message>
</context>
<context>
    <name>caisse::ReturnDialog</name>
    <message>
        <source>Articles taken back from ticket %1</source>
        <translation>Articles repris du ticket %1</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendu</translation>
    </message>
    <message>
        <source>Left to return</source>
        <translation>Reste à reprendre</translation>
    </message>
    <message>
        <source>Returned now</source>
        <translation>Repris maintenant</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source> × %1</source>
        <translation> × %1</translation>
    </message>
    <message>
        <source>Sold on %1 by %2.</source>
        <translation>Vendu le %1 par %2.</translation>
    </message>
    <message>
        <source>Refund these articles</source>
        <translation>Rembourser ces articles</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Tout</translation>
    </message>
</context>
<context>
    <name>caisse::SalePush</name>
    <message>
        <source>Caisse %1 (in-store sales)</source>
        <translation>Caisse %1 (ventes en magasin)</translation>
    </message>
    <message>
        <source>The sale %1 is not on the online store yet: %2</source>
        <translation>La vente %1 n’est pas encore sur la boutique en ligne : %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The sale %1 has no lines.</source>
        <translation>La vente %1 n’a pas de lignes.</translation>
    </message>
    <message>
        <source>The online store needs the shop&apos;s postal code for the sales it records, and the shop&apos;s address has none. Add it to the shop&apos;s address in the settings.</source>
        <translation>La boutique en ligne demande le code postal du magasin pour les ventes qu’elle enregistre, et l’adresse du magasin n’en a pas. Ajoutez-le à l’adresse du magasin dans les réglages.</translation>
    </message>
</context>
<context>
    <name>caisse::SaleStore</name>
    <message>
        <source>The ticket is not fully paid: %1 is still due.</source>
        <translation>Le ticket n’est pas entièrement payé : il reste %1.</translation>
    </message>
    <message>
        <source>There is no such ticket on this register.</source>
        <translation>Ce ticket n’existe pas sur cette caisse.</translation>
    </message>
    <message>
        <source>That line is not on the sale to refund.</source>
        <translation>Cette ligne n’est pas sur la vente à rembourser.</translation>
    </message>
    <message>
        <source>A refund ticket cannot itself be refunded.</source>
        <translation>Un ticket de remboursement ne peut pas lui-même être remboursé.</translation>
    </message>
    <message>
        <source>Only %1 of &quot;%2&quot; can still be refunded.</source>
        <translation>Seulement %1 de « %2 » peut encore être remboursé.</translation>
    </message>
    <message>
        <source>The refunded line is not on any sale of this register.</source>
        <translation>La ligne remboursée n’est sur aucune vente de cette caisse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be refunded: more would be given back than was sold.</source>
        <translation>« %1 » ne peut pas être remboursé : on rendrait plus que ce qui a été vendu.</translation>
    </message>
    <message>
        <source>Only a ticket with articles and no payment can be put aside.</source>
        <translation>Seul un ticket avec des articles et sans paiement peut être mis en attente.</translation>
    </message>
    <message>
        <source>That parked ticket was already taken back.</source>
        <translation>Ce ticket en attente a déjà été repris.</translation>
    </message>
    <message>
        <source>One refund can only give back articles of one ticket.</source>
        <translation>Un remboursement ne peut rendre que les articles d’un seul ticket.</translation>
    </message>
</context>
<context>
    <name>caisse::SalesReports</name>
    <message>
        <source>No category</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Vouchers and other</source>
        <translation>Bons et autres</translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation>Au comptoir</translation>
    </message>
    <message>
        <source>Online store</source>
        <translation>Boutique en ligne</translation>
    </message>
    <message>
        <source>The sales could not be read.</source>
        <translation>Les ventes n&apos;ont pas pu être lues.</translation>
    </message>
    <message>
        <source>The stock could not be read.</source>
        <translation>Le stock n&apos;a pas pu être lu.</translation>
    </message>
</context>
<context>
    <name>caisse::SecretStore</name>
    <message>
        <source>No secret named %1 is stored.</source>
        <translation>Aucun secret nommé %1 n’est conservé.</translation>
    </message>
    <message>
        <source>The key file %1 is missing: the register&apos;s secrets cannot be opened. Restore it from the backup of this computer&apos;s configuration.</source>
        <translation>Le fichier de clé %1 manque : les secrets de la caisse ne peuvent pas être ouverts. Restaurez-le depuis la sauvegarde de la configuration de cet ordinateur.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be written.</source>
        <translation>Le fichier de clé %1 ne peut pas être écrit.</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>Le fichier de clé %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>The key file %1 is damaged: the register&apos;s secrets cannot be opened.</source>
        <translation>Le fichier de clé %1 est endommagé : les secrets de la caisse ne peuvent pas être ouverts.</translation>
    </message>
    <message>
        <source>A secret could not be encrypted.</source>
        <translation>Un secret n’a pas pu être chiffré.</translation>
    </message>
    <message>
        <source>The stored secret %1 is damaged.</source>
        <translation>Le secret conservé %1 est endommagé.</translation>
    </message>
    <message>
        <source>The stored secret %1 does not open with this computer&apos;s key file: it was changed, or the key file is not the one it was sealed with.</source>
        <translation>Le secret conservé %1 ne s’ouvre pas avec le fichier de clé de cet ordinateur : il a été modifié, ou ce n’est pas le fichier de clé qui l’a scellé.</translation>
    </message>
</context>
<context>
    <name>caisse::SerialScanner</name>
    <message>
        <source>%1 cannot be opened (%2): check its cable and that this user may open serial ports (group dialout).</source>
        <translation>%1 ne peut pas être ouverte (%2) : vérifiez son câble et que cet utilisateur peut ouvrir les ports série (groupe dialout).</translation>
    </message>
    <message>
        <source>The scanner on %1</source>
        <translation>La douchette sur %1</translation>
    </message>
</context>
<context>
    <name>caisse::Settings</name>
    <message>
        <source>%1 shapes receipts and the fiscal journal: a manager changes it, and the change is journaled.</source>
        <translation>%1 façonne les tickets et le journal fiscal : un gérant le modifie, et la modification est journalisée.</translation>
    </message>
    <message>
        <source>The register&apos;s settings cannot be read from its database (%1 is needed): the register cannot go on safely. Call support.</source>
        <translation>Les réglages de la caisse sont illisibles dans sa base de données (%1 est nécessaire) : la caisse ne peut pas continuer sans risque. Appelez l&apos;assistance.</translation>
    </message>
</context>
<context>
    <name>caisse::ShelfLabelDialog</name>
    <message>
        <source>Shelf labels</source>
        <translation>Étiquettes de rayon</translation>
    </message>
    <message>
        <source>Scan, or type a barcode or a SKU: each scan is one more label</source>
        <translation>Scannez, ou tapez un code-barres ou un SKU : chaque scan ajoute une étiquette</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Per kg or litre</source>
        <translation>Au kg ou au litre</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Code-barres</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>&amp;Print on the receipt printer</source>
        <translation>Im&amp;primer sur l’imprimante de tickets</translation>
    </message>
    <message>
        <source>No receipt printer is set up: save the labels as a PDF instead.</source>
        <translation>Aucune imprimante de tickets n’est configurée : enregistrez plutôt les étiquettes en PDF.</translation>
    </message>
    <message>
        <source>Save as A4 P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF A4…</translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation>&amp;Article :</translation>
    </message>
    <message>
        <source>Scan the articles to label first.</source>
        <translation>Scannez d’abord les articles à étiqueter.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) sent to the receipt printer.</source>
        <translation>
            <numerusform>%n étiquette envoyée à l’imprimante de tickets.</numerusform>
            <numerusform>%n étiquettes envoyées à l’imprimante de tickets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the labels as PDF</source>
        <translation>Enregistrer les étiquettes en PDF</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>etiquettes</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1: %2 labels.</source>
        <translation>%1 : %2 étiquettes.</translation>
    </message>
    <message>
        <source>%1: 1 label.</source>
        <translation>%1 : 1 étiquette.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation>Le PDF n’a pas pu être écrit dans %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) saved to %1, on A4 sheets of 21 (70 × 42.3 mm).</source>
        <translation>
            <numerusform>%n étiquette enregistrée dans %1, sur planches A4 de 21 (70 × 42,3 mm).</numerusform>
            <numerusform>%n étiquettes enregistrées dans %1, sur planches A4 de 21 (70 × 42,3 mm).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caisse::ShelfLabels</name>
    <message>
        <source>No article has the barcode or SKU %1.</source>
        <translation>Aucun article n’a le code-barres ou le SKU %1.</translation>
    </message>
    <message>
        <source>%1 the kg</source>
        <translation>%1 le kg</translation>
    </message>
    <message>
        <source>%1 · %2 the kg</source>
        <translation>%1 · %2 le kg</translation>
    </message>
    <message>
        <source>%1 · %2 the litre</source>
        <translation>%1 · %2 le litre</translation>
    </message>
</context>
<context>
    <name>caisse::ShopDetailsDialog</name>
    <message>
        <source>The shop&apos;s details</source>
        <translation>Coordonnées du magasin</translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation>&amp;Nom du magasin :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>&amp;Company number:</source>
        <translation>Numéro d&apos;&amp;entreprise :</translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation>Numéro de &amp;TVA :</translation>
    </message>
    <message>
        <source>&amp;Receipt&apos;s closing words:</source>
        <translation>&amp;Mot de fin du ticket :</translation>
    </message>
    <message>
        <source>Receipts and the fiscal journal print these: each change is journaled.</source>
        <translation>Les tickets et le journal fiscal les impriment : chaque modification est journalisée.</translation>
    </message>
</context>
<context>
    <name>caisse::ShopSetup</name>
    <message>
        <source>Type the shop&apos;s name: every receipt prints it.</source>
        <translation>Saisissez le nom du magasin : chaque ticket l&apos;imprime.</translation>
    </message>
    <message>
        <source>The register&apos;s number is one to eight letters or digits, such as R01.</source>
        <translation>Le numéro de caisse compte une à huit lettres ou chiffres, comme R01.</translation>
    </message>
    <message>
        <source>Type the administrator&apos;s name.</source>
        <translation>Saisissez le nom de l&apos;administrateur.</translation>
    </message>
    <message>
        <source>The PIN is four to eight digits.</source>
        <translation>Le code compte quatre à huit chiffres.</translation>
    </message>
</context>
<context>
    <name>caisse::SmtpSender</name>
    <message>
        <source>The shop&apos;s mail server is not set: give its address and the sender in the settings.</source>
        <translation>Le serveur de messagerie de la boutique n&apos;est pas réglé : indiquez son adresse et l&apos;expéditeur dans les réglages.</translation>
    </message>
    <message>
        <source>The mail client cannot start.</source>
        <translation>Le client de messagerie ne peut pas démarrer.</translation>
    </message>
    <message>
        <source>The mail server did not take the e-mail: %1.</source>
        <translation>Le serveur de messagerie n&apos;a pas pris l&apos;e-mail : %1.</translation>
    </message>
</context>
<context>
    <name>caisse::StaffDialog</name>
    <message>
        <source>Cashier</source>
        <translation>Caissier</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gérant</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Sell</source>
        <translation>Vendre</translation>
    </message>
    <message>
        <source>Reprint a receipt</source>
        <translation>Réimprimer un ticket</translation>
    </message>
    <message>
        <source>Give a ticket up</source>
        <translation>Abandonner un ticket</translation>
    </message>
    <message>
        <source>Refund, take articles back</source>
        <translation>Rembourser, reprendre des articles</translation>
    </message>
    <message>
        <source>Discount above the cashiers&apos; limit</source>
        <translation>Remise au-delà de la limite des caissiers</translation>
    </message>
    <message>
        <source>Cash in and out, drawer without a sale</source>
        <translation>Entrées et sorties d&apos;espèces, tiroir sans vente</translation>
    </message>
    <message>
        <source>Close the day (Z)</source>
        <translation>Clôturer la journée (Z)</translation>
    </message>
    <message>
        <source>Archive a month or a year</source>
        <translation>Archiver un mois ou une année</translation>
    </message>
    <message>
        <source>Set up the counter (quick keys, limits)</source>
        <translation>Régler la caisse (touches rapides, limites)</translation>
    </message>
    <message>
        <source>Unlock an operator</source>
        <translation>Débloquer un opérateur</translation>
    </message>
    <message>
        <source>Manage the staff</source>
        <translation>Gérer le personnel</translation>
    </message>
    <message>
        <source>Change the shop&apos;s details</source>
        <translation>Modifier les coordonnées du magasin</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>4 to 8 digits; empty keeps the PIN</source>
        <translation>4 à 8 chiffres ; vide : le code reste</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Ré&amp;activer</translation>
    </message>
    <message>
        <source>%1 is saved.</source>
        <translation>%1 est enregistré.</translation>
    </message>
    <message>
        <source>%1 may log in again.</source>
        <translation>%1 peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>%1 is deactivated: they can no longer log in; their tickets keep their name.</source>
        <translation>%1 est désactivé : il ne peut plus se connecter ; ses tickets gardent son nom.</translation>
    </message>
    <message>
        <source>Stock: adjust, receive, count</source>
        <translation>Stock : ajuster, réceptionner, inventorier</translation>
    </message>
    <message>
        <source>Read the sales reports</source>
        <translation>Consulter les rapports de ventes</translation>
    </message>
    <message>
        <source>Create and change products and prices</source>
        <translation>Créer et modifier les produits et les prix</translation>
    </message>
</context>
<context>
    <name>caisse::StartupCheck</name>
    <message>
        <source>The sales database %1 is empty (0 bytes): it was emptied or lost. Restore it from a backup; to make this computer a new register instead, start Caisse with --new-register.</source>
        <translation>La base des ventes %1 est vide (0 octet) : elle a été vidée ou perdue. Restaurez-la depuis une sauvegarde ; pour faire plutôt de cet ordinateur une nouvelle caisse, lancez Caisse avec --new-register.</translation>
    </message>
    <message>
        <source>The sales database %1 is missing, but this register has sold before (the end markers of its journal are beside it). Restore the database from a backup; to make this computer a new register instead, start Caisse with --new-register.</source>
        <translation>La base des ventes %1 manque, alors que cette caisse a déjà vendu (les repères de fin de son journal sont à côté). Restaurez la base depuis une sauvegarde ; pour faire plutôt de cet ordinateur une nouvelle caisse, lancez Caisse avec --new-register.</translation>
    </message>
    <message>
        <source>The empty database %1 cannot be removed.</source>
        <translation>La base vide %1 ne peut pas être supprimée.</translation>
    </message>
    <message>
        <source>The sales database is damaged (%1). Nothing was written to it: do not sell on this register, keep the file as it is and call support.</source>
        <translation>La base des ventes est endommagée (%1). Rien n’y a été écrit : ne vendez pas sur cette caisse, gardez le fichier en l’état et appelez l’assistance.</translation>
    </message>
    <message>
        <source>table %1: %2</source>
        <translation>table %1 : %2</translation>
    </message>
    <message>
        <source>Do not sell on this register: keep its files as they are and call support.</source>
        <translation>Ne vendez pas sur cette caisse : gardez ses fichiers en l’état et appelez l’assistance.</translation>
    </message>
</context>
<context>
    <name>caisse::StockAdjustmentDialog</name>
    <message>
        <source>Adjust the stock</source>
        <translation>Ajuster le stock</translation>
    </message>
    <message>
        <source>Scan, or type a barcode or a SKU</source>
        <translation>Scannez, ou saisissez un code-barres ou une référence</translation>
    </message>
    <message>
        <source>12 more, or -3 fewer</source>
        <translation>12 de plus, ou -3 de moins</translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation>&amp;Article :</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Type how many more (12) or fewer (-3), in whole pieces.</source>
        <translation>Saisissez combien de plus (12) ou de moins (-3), en pièces entières.</translation>
    </message>
    <message>
        <source>%1: %2 in stock now.</source>
        <translation>%1 : %2 en stock maintenant.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Low at</source>
        <translation>Bas à</translation>
    </message>
    <message>
        <source>Movements of the article</source>
        <translation>Mouvements de l&apos;article</translation>
    </message>
    <message>
        <source>Running low</source>
        <translation>Stock bas</translation>
    </message>
</context>
<context>
    <name>caisse::StockAdjustments</name>
    <message>
        <source>Goods received</source>
        <translation>Marchandise reçue</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Abîmé</translation>
    </message>
    <message>
        <source>Theft or loss</source>
        <translation>Vol ou perte</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Returned to the supplier</source>
        <translation>Retourné au fournisseur</translation>
    </message>
    <message>
        <source>Own use</source>
        <translation>Usage interne</translation>
    </message>
    <message>
        <source>Type how many more (12) or fewer (-3).</source>
        <translation>Saisissez combien de plus (12) ou de moins (-3).</translation>
    </message>
    <message>
        <source>Goods received add to the stock: type a positive number.</source>
        <translation>La marchandise reçue s&apos;ajoute au stock : saisissez un nombre positif.</translation>
    </message>
    <message>
        <source>%1 takes from the stock: type a negative number, such as -2.</source>
        <translation>%1 retire du stock : saisissez un nombre négatif, comme -2.</translation>
    </message>
</context>
<context>
    <name>caisse::StockReports</name>
    <message>
        <source>No article has the barcode or SKU %1.</source>
        <translation>Aucun article n&apos;a le code-barres ou la référence %1.</translation>
    </message>
    <message>
        <source>Online order</source>
        <translation>Commande en ligne</translation>
    </message>
    <message>
        <source>Sale, ticket %1</source>
        <translation>Vente, ticket %1</translation>
    </message>
    <message>
        <source>Return, ticket %1</source>
        <translation>Retour, ticket %1</translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation>Ajustement</translation>
    </message>
    <message>
        <source>Adjustment: %1</source>
        <translation>Ajustement : %1</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Opening stock</source>
        <translation>Stock initial</translation>
    </message>
    <message>
        <source>Delivery from %1</source>
        <translation>Livraison de %1</translation>
    </message>
</context>
<context>
    <name>caisse::StockSync</name>
    <message>
        <source>Caisse %1 synchronisation (do not edit)</source>
        <translation>Caisse %1 synchronisation (ne pas modifier)</translation>
    </message>
    <message>
        <source>The synchronisation item %1 on the online store reads %2 where %3 or %4 was expected: it was edited by hand. Stock sending is stopped; contact support.</source>
        <translation>L’article de synchronisation %1 de la boutique en ligne indique %2 au lieu de %3 ou %4 : il a été modifié à la main. L’envoi des stocks est arrêté ; contactez l’assistance.</translation>
    </message>
    <message>
        <source>The synchronisation item %1 is missing from the online store.</source>
        <translation>L’article de synchronisation %1 manque sur la boutique en ligne.</translation>
    </message>
</context>
<context>
    <name>caisse::Stocktake</name>
    <message>
        <source>No stocktake is in progress: start one first.</source>
        <translation>Aucun inventaire en cours : commencez-en un d&apos;abord.</translation>
    </message>
    <message>
        <source>A stocktake started on %1 is still in progress: finish it or abandon it first.</source>
        <translation>Un inventaire commencé le %1 est toujours en cours : terminez-le ou abandonnez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The article %1 cannot be found.</source>
        <translation>L&apos;article %1 est introuvable.</translation>
    </message>
    <message>
        <source>%1 is not counted: its stock is not tracked, or it is archived.</source>
        <translation>%1 n&apos;est pas compté : son stock n&apos;est pas suivi, ou il est archivé.</translation>
    </message>
    <message>
        <source>%1 is in %2, not in %3, the category being counted.</source>
        <translation>%1 est dans %2, pas dans %3, la catégorie en cours de comptage.</translation>
    </message>
    <message>
        <source>The count could not be saved.</source>
        <translation>Le comptage n&apos;a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>No stocktake is in progress.</source>
        <translation>Aucun inventaire en cours.</translation>
    </message>
</context>
<context>
    <name>caisse::StocktakeDialog</name>
    <message>
        <source>&amp;Start counting</source>
        <translation>&amp;Commencer le comptage</translation>
    </message>
    <message>
        <source>&amp;Validate the count</source>
        <translation>&amp;Valider l&apos;inventaire</translation>
    </message>
    <message>
        <source>A&amp;bandon the count</source>
        <translation>A&amp;bandonner l&apos;inventaire</translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation>Inventaire</translation>
    </message>
    <message>
        <source>1 per scan, or how many the next scan counts</source>
        <translation>1 par scan, ou combien compte le prochain scan</translation>
    </message>
    <message>
        <source>Scan, or type a barcode or a SKU</source>
        <translation>Scannez, ou tapez un code-barres ou une référence</translation>
    </message>
    <message>
        <source>The whole shop</source>
        <translation>Tout le magasin</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Counted at</source>
        <translation>Compté le</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Value at cost</source>
        <translation>Valeur au coût</translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation>&amp;Compter :</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation>&amp;Article :</translation>
    </message>
    <message>
        <source>Show the &amp;variances</source>
        <translation>Afficher les é&amp;carts</translation>
    </message>
    <message>
        <source>No count in progress: choose what to count, then start.</source>
        <translation>Aucun comptage en cours : choisissez quoi compter, puis commencez.</translation>
    </message>
    <message>
        <source>the whole shop</source>
        <translation>tout le magasin</translation>
    </message>
    <message numerus="yes">
        <source>Counting %1, started %2 by %3: %n article(s) counted so far.</source>
        <translation>
            <numerusform>Comptage de %1, commencé le %2 par %3 : %n article compté jusqu&apos;ici.</numerusform>
            <numerusform>Comptage de %1, commencé le %2 par %3 : %n articles comptés jusqu&apos;ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type how many the next scan counts in whole pieces, such as 12 (or -1 to take one back).</source>
        <translation>Tapez combien compte le prochain scan, en pièces entières, par exemple 12 (ou -1 pour en retirer une).</translation>
    </message>
    <message>
        <source>%1: %2 counted</source>
        <translation>%1 : %2 au compte</translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation>coût inconnu</translation>
    </message>
    <message numerus="yes">
        <source>Value of the differences at cost: %1. %n article(s) not counted keep their stock.</source>
        <translation>
            <numerusform>Valeur des écarts au coût : %1. %n article non compté garde son stock.</numerusform>
            <numerusform>Valeur des écarts au coût : %1. %n articles non comptés gardent leur stock.</numerusform>
        </translation>
    </message>
    <message>
        <source>Validate the count</source>
        <translation>Valider l&apos;inventaire</translation>
    </message>
    <message numerus="yes">
        <source>Post %n difference(s) to the stock? %1</source>
        <translation>
            <numerusform>Reporter %n écart sur le stock ? %1</numerusform>
            <numerusform>Reporter %n écarts sur le stock ? %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Count validated: %n stock correction(s) posted.</source>
        <translation>
            <numerusform>Inventaire validé : %n correction de stock enregistrée.</numerusform>
            <numerusform>Inventaire validé : %n corrections de stock enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Abandon the count</source>
        <translation>Abandonner l&apos;inventaire</translation>
    </message>
    <message>
        <source>Abandon this count? The stock stays as it is and the counts are set aside.</source>
        <translation>Abandonner cet inventaire ? Le stock reste tel quel et les comptages sont mis de côté.</translation>
    </message>
    <message>
        <source>Count abandoned: the stock is unchanged.</source>
        <translation>Inventaire abandonné : le stock est inchangé.</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>non compté</translation>
    </message>
</context>
<context>
    <name>caisse::StoreClient</name>
    <message>
        <source>The online store did not answer (%1).</source>
        <translation>La boutique en ligne n’a pas répondu (%1).</translation>
    </message>
    <message>
        <source>The online store had an error (HTTP %1).</source>
        <translation>La boutique en ligne a eu une erreur (HTTP %1).</translation>
    </message>
    <message>
        <source>The online store refused the API token: check it in the store connection settings.</source>
        <translation>La boutique en ligne a refusé le jeton d’API : vérifiez-le dans les réglages de connexion à la boutique.</translation>
    </message>
    <message>
        <source>The online store refused the change: %1</source>
        <translation>La boutique en ligne a refusé la modification : %1</translation>
    </message>
    <message>
        <source>The online store&apos;s address %1 is not https: the API token is only sent over https (plain http only to this computer, for an emulator). Check the address in the store settings.</source>
        <translation>L&apos;adresse %1 de la boutique en ligne n&apos;est pas en https : le jeton d&apos;API n&apos;est envoyé qu&apos;en https (en http seulement vers cet ordinateur, pour un émulateur). Vérifiez l&apos;adresse dans les réglages de la boutique.</translation>
    </message>
    <message>
        <source>The online store&apos;s address answered with a redirect to %1; the register does not follow it, so nothing was sent there. Set the store&apos;s own API address in the store settings.</source>
        <translation>L&apos;adresse de la boutique en ligne a répondu par une redirection vers %1 ; la caisse ne la suit pas, rien n&apos;y a été envoyé. Indiquez l&apos;adresse d&apos;API de la boutique elle-même dans les réglages.</translation>
    </message>
</context>
<context>
    <name>caisse::StorePickup</name>
    <message>
        <source>Order %1 is not waiting for pickup (already handed over, or changed online). Nothing was recorded.</source>
        <translation>La commande %1 n’attend pas de retrait (déjà remise, ou modifiée en ligne). Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>caisse::StoreSettings</name>
    <message>
        <source>Disconnect from the online store before choosing another system of record for products.</source>
        <translation>Déconnectez-vous de la boutique en ligne avant de choisir une autre référence pour les produits.</translation>
    </message>
    <message>
        <source>Give the API address and the store hash.</source>
        <translation>Indiquez l’adresse de l’API et l’identifiant (store hash) de la boutique.</translation>
    </message>
    <message>
        <source>Give the API token (an API account&apos;s access token).</source>
        <translation>Indiquez le jeton d’API (le jeton d’accès d’un compte API).</translation>
    </message>
    <message>
        <source>The online store refused the token: check the API token and its scopes (products, inventory, orders, customers, information).</source>
        <translation>La boutique en ligne a refusé le jeton : vérifiez le jeton d’API et ses droits (produits, stock, commandes, clients, informations).</translation>
    </message>
    <message>
        <source>The online store cannot be reached: %1</source>
        <translation>La boutique en ligne est injoignable : %1</translation>
    </message>
    <message>
        <source>Connected to %1, which sells in %2.</source>
        <translation>Connectée à %1, qui vend en %2.</translation>
    </message>
    <message>
        <source>The register sells in %1: prices will not be synced, only the rest.</source>
        <translation>La caisse vend en %1 : les prix ne seront pas synchronisés, seulement le reste.</translation>
    </message>
    <message>
        <source>The API address must start with https:// (plain http only for an emulator on this computer): the API token must not cross the network in clear.</source>
        <translation>L&apos;adresse d&apos;API doit commencer par https:// (http seulement pour un émulateur sur cet ordinateur) : le jeton d&apos;API ne doit pas circuler en clair sur le réseau.</translation>
    </message>
</context>
<context>
    <name>caisse::StoreSettingsDialog</name>
    <message>
        <source>Also send counter sales as orders of the register&apos;s own sales channel</source>
        <translation>Envoyer aussi les ventes du magasin comme commandes du canal de vente propre à la caisse</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>Online store</source>
        <translation>Boutique en ligne</translation>
    </message>
    <message>
        <source>The register: its products are created online</source>
        <translation>La caisse : ses produits sont créés en ligne</translation>
    </message>
    <message>
        <source>The online store: its products come into the register</source>
        <translation>La boutique en ligne : ses produits arrivent dans la caisse</translation>
    </message>
    <message>
        <source>All products, new ones too</source>
        <translation>Tous les produits, les nouveaux aussi</translation>
    </message>
    <message>
        <source>Only the products selected</source>
        <translation>Seulement les produits sélectionnés</translation>
    </message>
    <message>
        <source>Off by default: the online store&apos;s sales figures then count the shop&apos;s too. Stock is not moved twice: these orders hold no catalog item.</source>
        <translation>Désactivé par défaut : les chiffres de vente de la boutique en ligne compteront aussi ceux du magasin. Le stock ne bouge pas deux fois : ces commandes ne contiennent aucun article du catalogue.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l’API</translation>
    </message>
    <message>
        <source>Store hash</source>
        <translation>Identifiant de la boutique (store hash)</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Jeton d’API</translation>
    </message>
    <message>
        <source>System of record for products</source>
        <translation>Référence pour les produits</translation>
    </message>
    <message>
        <source>Products synced</source>
        <translation>Produits synchronisés</translation>
    </message>
    <message>
        <source>Saved in the keychain: leave empty to keep it</source>
        <translation>Enregistré dans le trousseau : laissez vide pour le garder</translation>
    </message>
    <message>
        <source>The API account&apos;s access token</source>
        <translation>Le jeton d’accès du compte API</translation>
    </message>
    <message>
        <source>Disconnect first to change it.</source>
        <translation>Déconnectez d’abord pour la changer.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Connected: the register syncs with the online store.</source>
        <translation>Connectée : la caisse se synchronise avec la boutique en ligne.</translation>
    </message>
    <message>
        <source>Not connected: the register sells on its own.</source>
        <translation>Non connectée : la caisse vend seule.</translation>
    </message>
    <message>
        <source>Asking the online store…</source>
        <translation>Interrogation de la boutique en ligne…</translation>
    </message>
    <message>
        <source>The system of record for products changes. Products made on either side since the last connection may end up twice: the register matches products by SKU, then barcode, before creating any, but products without either are created again. Check the matching in the sync log after connecting. Connect?</source>
        <translation>La référence pour les produits change. Les produits créés d’un côté ou de l’autre depuis la dernière connexion risquent d’être en double : la caisse rapproche les produits par référence, puis par code-barres, avant d’en créer, mais ceux qui n’ont ni l’un ni l’autre sont créés à nouveau. Vérifiez le rapprochement dans le journal de synchronisation après la connexion. Connecter ?</translation>
    </message>
    <message>
        <source>Prices follow the system of record (otherwise set once, at creation)</source>
        <translation>Les prix suivent la référence (sinon fixés une fois, à la création)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Saving the token in the keychain…</source>
        <translation>Enregistrement du jeton dans le trousseau…</translation>
    </message>
</context>
<context>
    <name>caisse::SyncLog</name>
    <message>
        <source>Online order taken into the stock</source>
        <translation>Commande en ligne reprise dans le stock</translation>
    </message>
    <message>
        <source>Online order voided: its stock is back</source>
        <translation>Commande en ligne annulée : son stock est revenu</translation>
    </message>
    <message numerus="yes">
        <source>%n stock change(s) sent and applied</source>
        <translation>
            <numerusform>%n mouvement de stock envoyé et appliqué</numerusform>
            <numerusform>%n mouvements de stock envoyés et appliqués</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stock change(s) refused by the online store</source>
        <translation>
            <numerusform>%n mouvement de stock refusé par la boutique en ligne</numerusform>
            <numerusform>%n mouvements de stock refusés par la boutique en ligne</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied by the online store: sent again with the next changes</source>
        <translation>Non appliqué par la boutique en ligne : renvoyé avec les prochains mouvements</translation>
    </message>
    <message>
        <source>Sent, no answer yet: checked on the online store before anything else is sent</source>
        <translation>Envoyé, sans réponse pour l’instant : vérifié sur la boutique en ligne avant tout autre envoi</translation>
    </message>
    <message>
        <source>Order %1: %2 × %3 (%4) was not sold at the register: created in the category “Online store”. Check its VAT rate.</source>
        <translation>Commande %1 : %2 × %3 (%4) n’était pas vendu à la caisse : créé dans la catégorie « Boutique en ligne ». Vérifiez son taux de TVA.</translation>
    </message>
    <message>
        <source>Online order recorded: the store takes its stock once it is shipped</source>
        <translation>Commande en ligne enregistrée : la boutique retire son stock à l’expédition</translation>
    </message>
    <message>
        <source>Online order cancelled: the store does not put its stock back</source>
        <translation>Commande en ligne annulée : la boutique ne remet pas son stock</translation>
    </message>
    <message>
        <source>Opening stock refused by the online store: held until sent again</source>
        <translation>Stock initial refusé par la boutique en ligne : en attente d’un nouvel envoi</translation>
    </message>
</context>
<context>
    <name>caisse::SyncLogDialog</name>
    <message>
        <source>&amp;Send the refused changes again</source>
        <translation>&amp;Renvoyer les mouvements refusés</translation>
    </message>
    <message>
        <source>Online store sync log</source>
        <translation>Journal de synchronisation de la boutique en ligne</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting for the online store.</source>
        <translation>
            <numerusform>%n modification en attente pour la boutique en ligne.</numerusform>
            <numerusform>%n modifications en attente pour la boutique en ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last complete sync: %1.</source>
        <translation>Dernière synchronisation complète : %1.</translation>
    </message>
    <message>
        <source>No complete sync yet.</source>
        <translation>Pas encore de synchronisation complète.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Commande %1</translation>
    </message>
    <message>
        <source>Stock changes %1</source>
        <translation>Mouvements de stock %1</translation>
    </message>
    <message>
        <source>sent again by the manager</source>
        <translation>renvoyé par le gérant</translation>
    </message>
    <message>
        <source>&amp;Compare with the online store (day end)</source>
        <translation>&amp;Comparer avec la boutique en ligne (fin de journée)</translation>
    </message>
    <message>
        <source>Reading the online store&apos;s stock…</source>
        <translation>Lecture du stock de la boutique en ligne…</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) still waiting to be sent: compare again once they are.</source>
        <translation>
            <numerusform>%n modification attend encore d’être envoyée : comparez de nouveau ensuite.</numerusform>
            <numerusform>%n modifications attendent encore d’être envoyées : comparez de nouveau ensuite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every stock change sent was applied once: %n batch(es), as the online store counts them too.</source>
        <translation>
            <numerusform>Chaque mouvement envoyé a été appliqué une fois : %n lot, que la boutique en ligne compte aussi.</numerusform>
            <numerusform>Chaque mouvement envoyé a été appliqué une fois : %n lots, que la boutique en ligne compte aussi.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register counts %1 batches applied, the online store %2: contact support.</source>
        <translation>La caisse compte %1 lots appliqués, la boutique en ligne %2 : contactez l’assistance.</translation>
    </message>
    <message numerus="yes">
        <source>%n online order(s) taken into the stock.</source>
        <translation>
            <numerusform>%n commande en ligne reprise dans le stock.</numerusform>
            <numerusform>%n commandes en ligne reprises dans le stock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Same stock on both sides for all %n article(s).</source>
        <translation>
            <numerusform>Même stock des deux côtés pour l’article (%n).</numerusform>
            <numerusform>Même stock des deux côtés pour les %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) with a different stock:</source>
        <translation>
            <numerusform>%n article avec un stock différent :</numerusform>
            <numerusform>%n articles avec un stock différent :</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: register %2, online store %3</source>
        <translation>%1 : caisse %2, boutique en ligne %3</translation>
    </message>
    <message>
        <source>&amp;Import all past orders…</source>
        <translation>&amp;Importer toutes les commandes passées…</translation>
    </message>
    <message>
        <source>Import all past orders</source>
        <translation>Importer toutes les commandes passées</translation>
    </message>
    <message>
        <source>Every online order placed before the register was connected will lower the register&apos;s stock, as if sold today. If the stock was counted after those orders, the figures will be wrong. Import them?</source>
        <translation>Chaque commande en ligne passée avant la connexion de la caisse diminuera le stock de la caisse, comme une vente d’aujourd’hui. Si le stock a été compté après ces commandes, les chiffres seront faux. Les importer ?</translation>
    </message>
    <message>
        <source>&amp;Match products with the online store…</source>
        <translation>&amp;Rapprocher les produits de la boutique en ligne…</translation>
    </message>
    <message>
        <source>%1 online = %2 at the register (by %3)</source>
        <translation>%1 en ligne = %2 à la caisse (par %3)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>barcode</source>
        <translation>code-barres</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) found on both sides</source>
        <translation>
            <numerusform>%Ln article trouvé des deux côtés</numerusform>
            <numerusform>%Ln articles trouvés des deux côtés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln by barcode)</source>
        <translation>
            <numerusform> (%Ln par code-barres)</numerusform>
            <numerusform> (%Ln par code-barres)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) already linked</source>
        <translation>
            <numerusform>%Ln article déjà relié</numerusform>
            <numerusform>%Ln articles déjà reliés</numerusform>
        </translation>
    </message>
    <message>
        <source>Match products</source>
        <translation>Rapprocher les produits</translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) linked with the online store.</source>
        <translation>
            <numerusform>%Ln article relié à la boutique en ligne.</numerusform>
            <numerusform>%Ln articles reliés à la boutique en ligne.</numerusform>
        </translation>
    </message>
    <message>
        <source>No article is linked with the online store yet: match the products first.</source>
        <translation>Aucun article n’est encore relié à la boutique en ligne : rapprochez d’abord les produits.</translation>
    </message>
    <message>
        <source>Articles created from online orders</source>
        <translation>Articles créés depuis des commandes en ligne</translation>
    </message>
    <message>
        <source>Reading the online store&apos;s products… Those the register does not have are added as they come; the articles found on both sides are shown to you before they are linked. Sales can go on meanwhile.</source>
        <translation>Lecture des produits de la boutique en ligne… Ceux que la caisse n’a pas sont ajoutés au fur et à mesure ; les articles trouvés des deux côtés vous sont montrés avant d’être reliés. Les ventes peuvent continuer pendant ce temps.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s) sold only online, added to the register</source>
        <translation>
            <numerusform>%Ln produit vendu seulement en ligne, ajouté à la caisse</numerusform>
            <numerusform>%Ln produits vendus seulement en ligne, ajoutés à la caisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Link the articles found on both sides now?</source>
        <translation>Relier maintenant les articles trouvés des deux côtés ?</translation>
    </message>
    <message>
        <source>Linking the articles… Sales can go on meanwhile.</source>
        <translation>Liaison des articles… Les ventes peuvent continuer pendant ce temps.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln variant(s) of those articles sold only online, added with them</source>
        <translation>
            <numerusform>%Ln variante de ces articles vendue seulement en ligne, ajoutée avec eux</numerusform>
            <numerusform>%Ln variantes de ces articles vendues seulement en ligne, ajoutées avec eux</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caisse::Ticket</name>
    <message>
        <source>Payment has started: take the payments back before changing the ticket.</source>
        <translation>Le paiement a commencé : annulez les paiements avant de modifier le ticket.</translation>
    </message>
    <message>
        <source>That line is no longer on the ticket.</source>
        <translation>Cette ligne n’est plus sur le ticket.</translation>
    </message>
    <message>
        <source>A refund line must come from a sold ticket.</source>
        <translation>Une ligne de remboursement doit venir d’un ticket vendu.</translation>
    </message>
    <message>
        <source>A sale cannot contain a refund line.</source>
        <translation>Une vente ne peut pas contenir de ligne de remboursement.</translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation>La quantité doit être supérieure à zéro.</translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation>Un prix ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Refund quantities are chosen from the original ticket.</source>
        <translation>Les quantités remboursées se choisissent depuis le ticket d’origine.</translation>
    </message>
    <message>
        <source>A refund gives back what was paid; it takes no discount.</source>
        <translation>Un remboursement rend ce qui a été payé ; il ne prend pas de remise.</translation>
    </message>
    <message>
        <source>A discount cannot be negative or more than the line.</source>
        <translation>Une remise ne peut être ni négative ni supérieure à la ligne.</translation>
    </message>
    <message>
        <source>A discount cannot be negative or more than the ticket.</source>
        <translation>Une remise ne peut être ni négative ni supérieure au ticket.</translation>
    </message>
    <message>
        <source>The ticket is empty: scan an article first.</source>
        <translation>Le ticket est vide : scannez d’abord un article.</translation>
    </message>
    <message>
        <source>The ticket is already paid.</source>
        <translation>Le ticket est déjà payé.</translation>
    </message>
    <message>
        <source>Type the amount the customer hands over.</source>
        <translation>Tapez le montant remis par le client.</translation>
    </message>
    <message>
        <source>A card or voucher can settle at most what is due, without change.</source>
        <translation>Une carte ou un bon règle au plus le montant dû, sans rendu de monnaie.</translation>
    </message>
    <message>
        <source>A parked ticket could not be read back.</source>
        <translation>Un ticket en attente n’a pas pu être relu.</translation>
    </message>
    <message>
        <source>A refund gives back what was paid; its price cannot change.</source>
        <translation>Un remboursement rend ce qui a été payé : son prix ne change pas.</translation>
    </message>
</context>
<context>
    <name>caisse::TicketHistoryDialog</name>
    <message>
        <source>&amp;Reprint (duplicate)</source>
        <translation>&amp;Réimprimer (duplicata)</translation>
    </message>
    <message>
        <source>&amp;Take articles back…</source>
        <translation>&amp;Reprendre des articles…</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Number, amount, day (02/12) or customer; empty: today&apos;s</source>
        <translation>Numéro, montant, jour (02/12) ou client ; vide : ceux du jour</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>%1 (refund)</source>
        <translation>%1 (remboursement)</translation>
    </message>
</context>
<context>
    <name>caisse::TicketModel</name>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
</context>
<context>
    <name>caisse::TicketRecord</name>
    <message>
        <source>A ticket of the fiscal journal has no valid &quot;%1&quot;.</source>
        <translation>Un ticket du journal fiscal n&apos;a pas de « %1 » valide.</translation>
    </message>
</context>
<context>
    <name>caisse::UsbDevices</name>
    <message>
        <source>%1 printer found, but this user may not use it: install the register&apos;s udev rules (package caisse) and plug it in again.</source>
        <translation>Imprimante %1 trouvée, mais cet utilisateur ne peut pas s’en servir : installez les règles udev de la caisse (paquet caisse) et rebranchez-la.</translation>
    </message>
    <message>
        <source>%1 printer, ready to be assigned as the receipt printer.</source>
        <translation>Imprimante %1, prête à être attribuée comme imprimante de tickets.</translation>
    </message>
    <message>
        <source>%1 serial device: a printer or scanner in virtual COM mode; choose it by its port.</source>
        <translation>Périphérique série %1 : une imprimante ou une douchette en mode port COM virtuel ; choisissez-la par son port.</translation>
    </message>
    <message>
        <source>%1 keyboard or HID device: a scanner in keyboard mode types into the register.</source>
        <translation>Clavier ou périphérique HID %1 : une douchette en mode clavier tape dans la caisse.</translation>
    </message>
    <message>
        <source>%1: not a point-of-sale device the register uses.</source>
        <translation>%1 : pas un périphérique de caisse utilisé par la caisse.</translation>
    </message>
    <message>
        <source>USB devices cannot be listed on this computer.</source>
        <translation>Les périphériques USB ne peuvent pas être listés sur cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 device in its maker&apos;s own USB mode: if it is the receipt printer, switch it to the USB printer class with its setup utility or memory switches, then plug it in again.</source>
        <translation>%1 : périphérique dans le mode USB propre à son fabricant : si c’est l’imprimante de tickets, passez-la en classe imprimante USB avec son utilitaire ou ses commutateurs mémoire, puis rebranchez-la.</translation>
    </message>
</context>
<context>
    <name>caisse::Vouchers</name>
    <message>
        <source>A voucher is issued for more than nothing, with a valid code.</source>
        <translation>Un bon est émis pour un montant non nul, avec un code valide.</translation>
    </message>
    <message>
        <source>There is no voucher %1.</source>
        <translation>Il n&apos;y a pas de bon %1.</translation>
    </message>
    <message>
        <source>Voucher %1 is in %2.</source>
        <translation>Le bon %1 est en %2.</translation>
    </message>
    <message>
        <source>Voucher %1 expired on %2.</source>
        <translation>Le bon %1 a expiré le %2.</translation>
    </message>
    <message>
        <source>Voucher %1 has only %2 left.</source>
        <translation>Il ne reste que %2 sur le bon %1.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Caisse cannot start</source>
        <translation>Caisse ne peut pas démarrer</translation>
    </message>
    <message>
        <source>Caisse</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Who is at the register?</source>
        <translation>Qui est à la caisse ?</translation>
    </message>
    <message>
        <source>This register is not set up yet: start it on a screen to run the setup assistant, or with --demo for the demo shop.</source>
        <translation>Cette caisse n&apos;est pas encore configurée : démarrez-la sur un écran pour lancer l&apos;assistant de configuration, ou avec --demo pour le magasin de démonstration.</translation>
    </message>
</context>
</TS>
