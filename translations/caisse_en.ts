<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>caisse-verify</name>
    <message>
        <source>Checks the fiscal journal of a Caisse register: a database, an archive folder, or a chain of records in JSON. Exit status 0: intact; 1: a fault was found (the first bad record is named); 2: unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the signature of every record, not only of the chain&apos;s anchors (slower).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register&apos;s public key (hex), as printed on its closures and archives: a journal signed with another key is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caisse.db, its folder, an archive folder, or a .json chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a chain of records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 records, intact; last record %3, hash %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: FAULT: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: NOT SIGNED: no key vouches for this chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: public key trusted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: note: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::ArticleSearchDialog</name>
    <message>
        <source>Find an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, SKU or barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter takes the article selected; the arrow keys choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 per kg (weigh it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::BarcodeParser</name>
    <message>
        <source>The weight and price barcode rule for prefix &quot;%1&quot; does not fit in an EAN-13.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode %1 was misread (its check digit is wrong). Scan it again or type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a barcode. If the scanner typed it, check that it is set up for this keyboard layout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::BarcodeScanner</name>
    <message>
        <source>%1 is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was disconnected: plug it back in; scans will work again at once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::CaisseApTerminal</name>
    <message>
        <source>refused by the card or the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this card is not accepted here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the terminal did not understand the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not done (code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the terminal cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the terminal&apos;s answer could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the terminal answered for another amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the terminal gave an unexpected answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given up on the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the card was not presented in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to the terminal was lost during the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the terminal cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled before the terminal was asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the terminal did not answer: it may still be busy with an earlier payment. Finish or cancel what its screen shows, then check on its last slip whether this payment went through before asking again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the terminal cannot be asked in %1: the currency has no ISO number it knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount does not fit the terminal&apos;s twelve digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the till number &quot;%1&quot; is not one or two digits: correct it in the terminal&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the terminal&apos;s answer was cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the terminal answered another request (its %1 is not this one&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the terminal&apos;s approval does not say its amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::CanonicalJson</name>
    <message>
        <source>A fiscal record may hold only integers, text, booleans and null; it was not written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::CardPaymentFlow</name>
    <message>
        <source>A card payment is already under way on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outcome of an earlier card payment is not known yet: settle it before taking a card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due on this ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card payment is not on this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card payment has no unknown outcome to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment could not be written before asking the terminal (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled before the terminal was asked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::CashCount</name>
    <message>
        <source>A drawer count is not readable (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::CashCountDialog</name>
    <message>
        <source>Cash in the drawer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a shift: count the float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole &amp;team&apos;s shift (anyone may sell from this drawer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the coins and notes in the drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last close left this in the drawer: check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the shift: count the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the coins and notes in the drawer. The manager compares your count with the register&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s or the vouchers&apos; total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash total is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::CashDesk</name>
    <message>
        <source>Training mode: the drawer&apos;s money and the day&apos;s closure are the real register&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift open with a float of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount of cash, more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why: the reason is kept in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 put in the drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 taken out of the drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawer opened without a sale; the reason is journaled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift closed. The count is recorded; the manager sees the difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift closed: the drawer is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift closed: %1 over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift closed: %1 short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashiers now count their drawer without seeing what is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashiers now see what their drawer should hold when they count it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A shift is still open: close it first (Drawer, Close the shift), then the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The day is closed (Z %1): %n ticket(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>X report: %n ticket(s) since the last closure. Nothing was closed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The report cannot be shown: the shop&apos;s details cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::CashDrawer</name>
    <message>
        <source>A shift is already open at this register, opened by %1: close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open at this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount of cash, more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a shift first: the cash put in or taken out counts in the shift&apos;s drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drawer should hold less than that: count it, or take out less.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why: the reason is kept in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::CashMovementDialog</name>
    <message>
        <source>Cash drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the drawer without a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Movement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change from the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float topped up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank deposit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier paid in cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change for a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::Catalog</name>
    <message>
        <source>No article has the barcode %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown barcode %1: this article is not in the catalog. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer sold (archived in the catalog). Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label of %1 carries no weight. Weigh it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sold by weight: scan the label printed by the scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No article has the barcode or SKU %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::CatalogCsv</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column %1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column %1 is missing: this is not a product file in the online store&apos;s format (export one from the register or from the store to see it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UPC/EAN %1 is not a valid barcode (digits and their check digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product row needs its Name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type must be Physical or Digital on a product row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options belong on the product&apos;s Variant rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inventory Tracking must be none, product or variant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price &quot;%1&quot; is not an amount with a dot before the cents (12.50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost Price &quot;%1&quot; is not an amount with a dot before the cents (12.50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low Stock must be a whole number of pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight &quot;%1&quot; is not a number with a dot (0.250), at most in thousandths.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current Stock must be a whole number of pieces, none or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 row must come under its product&apos;s row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Image row needs an image URL starting with https:// (1,024 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type must be left blank on a Variant row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Variant row needs its SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option type %1 is not one a CSV creates (Dropdown, Radio, Rectangle, Swatch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options must read Type=…|Name=…|Value=… for each option of the variant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This variant&apos;s options are not those of the product&apos;s first variant (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product has at most %1 variants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item must be Product, Variant or Image, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quotation mark opened on this line is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product without Variant rows needs its SKU or its UPC/EAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product with variants has its UPC/EAN on each Variant row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another variant of this product has the options %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKUs of this product belong to several of the register&apos;s products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPC/EAN %1 is already the barcode of the article %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a new variant of a product the register has: add it in the products window (the store&apos;s CSV import does not add variants either).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The product name %1 is already on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SKU %1 is already on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The UPC/EAN %1 is already on line %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::CatalogImportDialog</name>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines read: %1 · New products: %2 (variants: %3) · Changed: %4 · Unchanged: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s CSV has no VAT rate: new products are sold at %1. Change those at another rate in the products window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be imported. Nothing is written until the file is corrected:</source>
        <translation>
            <numerusform>%n line cannot be imported. Nothing is written until the file is corrected:</numerusform>
            <numerusform>%n lines cannot be imported. Nothing is written until the file is corrected:</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 faulty lines are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported. New products: %1 · Changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::CatalogSync</name>
    <message>
        <source>Caisse — to sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not created on the online store: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) of the register not created online: the online store sells in %1 and the register in %2, so their prices cannot be sent.</source>
        <translation>
            <numerusform>%n product of the register not created online: the online store sells in %1 and the register in %2, so their prices cannot be sent.</numerusform>
            <numerusform>%n products of the register not created online: the online store sells in %1 and the register in %2, so their prices cannot be sent.</numerusform>
        </translation>
    </message>
    <message>
        <source>The online store refused the opening stock of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2) is not on the online store: its product there has %n option(s), and the variant&apos;s name gives another number of values. Name it as its other variants, or add it online.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was not added to its product on the online store: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::Closing</name>
    <message>
        <source>No day has been closed on this register yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::ClosureRecord</name>
    <message>
        <source>A closure of the fiscal journal has no valid &quot;%1&quot; (period %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::CounterSession</name>
    <message>
        <source>Connecting to the card terminal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert or tap the card on the terminal, then wait for the bank&apos;s answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card approved. Recording the sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card not charged: %1. Take the payment again or another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card payment is approved but the sale is NOT recorded: %1. Press &quot;Pay by card&quot; again once the problem is solved: the card will not be charged again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of %1 was left open; it was closed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the register stopped during this card payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a bank card: it goes in the payment terminal. Nothing of it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop card %1 on this ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the card payment to finish before changing the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner is set for a QWERTY keyboard: scan the &quot;French keyboard (AZERTY)&quot; or &quot;USB HID&quot; setup code of its manual. This scan was read as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not charged: take the payment again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the line to remove first.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket is put aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket taken back: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal has the payment: press its red key to stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket cancelled; it is kept in the fiscal journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1 %2 on this ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate %1 of ticket %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt of ticket %1 sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register has no signing key: it cannot sign an archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive of %1 written to %2. Keep it six years, on two different media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s), intact.</source>
        <translation>
            <numerusform>%1: %n record, intact.</numerusform>
            <numerusform>%1: %n records, intact.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sale is NOT recorded. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 recorded. Change to give: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt cannot be shown: the shop&apos;s details cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales database is damaged (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register found a fault in its data and stops selling: %1 Keep its files as they are and call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number of pieces from 1 to 9,999, then ×.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× %1: scan the article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the line, type its number of pieces, then press Quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number of pieces from 1 to 9,999, then press Quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sold by weight: its quantity is its label&apos;s weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is sold by weight: it keeps its label&apos;s weight, and × %2 was not applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miscellaneous %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the article&apos;s price in the scan field, then press %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card payment of %1 was approved on this ticket: take the rest to finish the sale, then refund it if the customer does not want it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket cancelled: give %1 back to the customer. It is kept in the fiscal journal, with the cash handed back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel this ticket (%1)? It is kept in the fiscal journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already paid will be handed back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last sale is being recorded: try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the line first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for the discount or the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new price of one unit, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the discount as a percentage (10 %) or an amount (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cut of %1 is above the %2 a cashier gives alone: a manager approves it with their PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 instead of %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price change could not be journaled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the limit as a percentage from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashiers give up to %1 off alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a receipt: finish or put aside this ticket, then scan it again to take articles back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund is not put aside: record it, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tickets cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish or put aside the ticket under way first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what is brought back: at least one article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund of %1: give it back in cash or credit it to the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the gift card&apos;s amount in the scan field, then press Gift card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gift card %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no voucher %1: it may have been sold on another register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voucher cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 is in %2: it cannot pay here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1: %2 left, valid until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 is used up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1: %2 taken, %3 left on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a refund is given as a voucher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the voucher&apos;s amount, up to %1, or nothing for all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher of %1. Still to give back: %2, in cash or to the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your receipt from %1, ticket %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt is not queued for e-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt queued for %1: it leaves as soon as the mail server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no barcode of the catalog: the quick keys are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) on the quick keys.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a ticket under way: finish it or put it aside first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is at the counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The counter locks itself after %n minute(s) without use.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The counter no longer locks itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the shop&apos;s name: every receipt prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shop&apos;s details are changed; the next receipts print them, and the journal keeps the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::CounterWindow</name>
    <message>
        <source>Pay &amp;cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay by car&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caisse — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan or type a barcode, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash handed over (empty: exact amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING MODE: tickets rung up here are not sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the fiscal journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not do this alone. A manager approves with their PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal journal is damaged. Do not sell on this register; call support.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The terminal&apos;s answer is missing (%1). Look at the last slip the terminal printed or its last transaction: was the customer charged %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, not charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the card payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt printer: receipts on screen only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hardware doctor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive a closed month or year…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month (YYYY-MM) or year (YYYY) to archive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the archive (a USB key, a backup disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The cash drawer is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online store up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Online store: %n change(s) waiting</source>
        <translation>
            <numerusform>Online store: %n change waiting</numerusform>
            <numerusform>Online store: %n changes waiting</numerusform>
        </translation>
    </message>
    <message>
        <source> (last sync %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online &amp;store sync log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ustomer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the connection to the online store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online order pic&amp;kup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Online article (selection, split stock)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online store se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the online store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caisse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt cannot be printed: the shop&apos;s details cannot be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock an operator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operator is locked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked out after too many wrong PINs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online store NOT synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number of pieces in the scan field, then press this button. Before a scan, type the number then * (or ×).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>× %1: scan the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the price in the scan field, then press this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To give back %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find an article… (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount or price… (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discount limit for cashiers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket discount %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount limit for cashiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashiers give discounts and price cuts up to this percentage alone; above it, a manager approves with their PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets, returns… (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To refund %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the gift card&apos;s amount in the scan field, then press this key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail the receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s e-mail address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No quick keys yet: Manager &gt; Quick keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The barcodes of the articles on the quick keys, one per line, in their order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the day (&amp;Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gift card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take &amp;back a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put ticket &amp;aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund as a vouc&amp;her</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Switch operator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without use before the counter locks itself (0: never):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who takes the counter?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter is locked. Who is at the register?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k the counter after…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dra&amp;wer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open a shift (count the float)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash &amp;out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;drawer without a sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close the shift (count the drawer)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;X report (closes nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reprint the last Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blind close for cashiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team shift since %1, float %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s shift since %2, float %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log out (lock the counter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;shop&apos;s details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;taff and rights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust the stoc&amp;k…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake (&amp;count the shop)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eceive a delivery…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reports (sales, VAT, stock value)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Products and prices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online store holds the catalog: change products in its control panel (Products); the register takes the changes at its next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelf &amp;labels…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::Country</name>
    <message>
        <source>France</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your visit!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quebec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEQ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::CustomerDialog</name>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach to the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases at the counter and online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for the customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer with %1: give their name to create them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online store needs a first and a last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 %3 — %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No purchase yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e-mail address or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the customer&apos;s name, e-mail address or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer with %1 at this register: give their name to create them. They are linked to the online store once it is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer found: give their name, e-mail or phone to create them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::CustomerFacingWindow</name>
    <message>
        <source>Customer screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to pay: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::CustomerLink</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers not linked to the online store: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::Customers</name>
    <message>
        <source>Give the customer&apos;s first and last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already %2&apos;s e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::Database</name>
    <message>
        <source>The disk is full: the sale was not recorded. Free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales database cannot be written (%1): the sale was not recorded. Check the disk and its permissions, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales database is damaged (%1). Nothing was written to it. Keep the file as it is and call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales database is busy with another program: the sale was not recorded. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales database reported an error (%1): the sale was not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: choose a folder the register can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Caisse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of Caisse (schema %1; this one knows up to %2). Install the newer version; the database was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema update %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver of this build cannot run schema updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite driver of this build cannot write in bulk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register&apos;s data folder %1 cannot be written: nothing could be sold. Give the register&apos;s user the right to write there, or start Caisse with --data-dir on a folder it can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds %1 is full: nothing could be sold. Free some space on it, then start Caisse again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::DemoStore</name>
    <message>
        <source>The demo catalog is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your visit!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo shop: Camille, cashier, PIN 1111; Dominique, manager and administrator, PIN 2222.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::DeviceConfiguration</name>
    <message>
        <source>Serial settings are written like 9600 8N1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A USB device is written VID:PID, such as 04b8:0202.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scanner is connected by USB in HID POS mode (VID:PID) or by a serial port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB printer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial printer on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network printer %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: receipts on screen only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB HID POS scanner %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial scanner on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard-wedge scanner (or none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::Ed25519Key</name>
    <message>
        <source>No signing key could be made for the fiscal journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fiscal journal&apos;s signing key is not a valid Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fiscal record could not be signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::FirstStartWizard</name>
    <message>
        <source>Start with an &amp;empty catalog: add articles later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the articles from my &amp;online store (BigCommerce): connect it next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As every receipt will print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices in %1, VAT included. VAT rates: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash totals are rounded to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash is not rounded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two PINs differ: type the same twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register and its administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator sets the register up, adds the staff and closes the day. Keep the PIN secret: it is the key to the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator&apos;s &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN (4 to 8 digits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN a&amp;gain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printers this computer sees. The hardware doctor (Manager menu) tests them and sets up the scanner and the customer display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt printer (receipts on screen or by e-mail)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer device /dev/usb/%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network printer (Ethernet or Wi-Fi)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Printer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the catalog has articles, the counter sells with one key per VAT rate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::FiscalArchive</name>
    <message>
        <source>The archive file %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not closed yet: only closed periods are archived. A month is closed by the first sale or start of the register after it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive %1 already exists; an archive is never written over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its manifest is missing or unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was signed with key %1, not the register&apos;s key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its manifest is not signed by the register&apos;s key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its journal does not end with the closure of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file %1 was changed or removed after the archive was made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::HardwareDoctorDialog</name>
    <message>
        <source>&amp;Test print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export a diagnostic file for support…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caisse test page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnostic file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No USB device is visible: check the cables and power, and on a virtual machine that the USB devices are passed through to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan any barcode here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode scanner: its speed and suffix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typed by hand, or a scanner far too slow for the register to tell it from typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scanner with no suffix: set its suffix to Enter (CR) with the setup code of its manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scanner set for a QWERTY keyboard: set it to French (AZERTY) or USB HID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a scanner, ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot;: %n character(s) in %2 ms, longest gap %3 ms, suffix %4: %5.</source>
        <translation>
            <numerusform>&quot;%1&quot;: %n character in %2 ms, longest gap %3 ms, suffix %4: %5.</numerusform>
            <numerusform>&quot;%1&quot;: %n characters in %2 ms, longest gap %3 ms, suffix %4: %5.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as the &amp;receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use as the &amp;scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id or port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial settings of the selected port, as its manual gives them: 9600 8N1, 19200 8N1 rtscts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB devices and serial ports on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt printer is assigned to this register: select one above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printer: %1. Scanner: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 disconnected %n time(s) in the last two minutes: it connects and disconnects in a loop. Try another USB cable and port, avoid unpowered hubs, check its power supply, and turn off USB power saving (autosuspend) for it.</source>
        <translation>
            <numerusform>%1 disconnected %n time in the last two minutes: it connects and disconnects in a loop. Try another USB cable and port, avoid unpowered hubs, check its power supply, and turn off USB power saving (autosuspend) for it.</numerusform>
            <numerusform>%1 disconnected %n times in the last two minutes: it connects and disconnects in a loop. Try another USB cable and port, avoid unpowered hubs, check its power supply, and turn off USB power saving (autosuspend) for it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a device in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt printer: %1. Scanner: %2. The change takes effect when the register is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial port: a printer, scanner or display set to the serial settings below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, profile %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::HidPosScanner</name>
    <message>
        <source>%1 is not connected, or not in HID POS mode: plug it in, or scan the &quot;USB HID POS&quot; code of its manual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened (%2): check the udev rules and that this user is in the plugdev group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The USB scanner %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::Journal</name>
    <message>
        <source>The ticket has no record in the fiscal journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signing key of fiscal journal %1 is missing from this computer&apos;s secret store. Restore it before selling: a new key would break the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal journal %1 was signed with another key than this register&apos;s: it was replaced or written again. Do not sell on this register; call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal journal %1 is not signed, though this register signs it: its signatures were removed. Do not sell on this register; call support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::JournalEnd</name>
    <message>
        <source>The end marker of fiscal journal %1 (%2) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end marker of fiscal journal %1 (%2) cannot be read: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end marker of fiscal journal %1 (%2) is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end marker of fiscal journal %1 (%2) cannot be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::JournalVerifier</name>
    <message>
        <source>Fiscal journal %1, record %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its signature is not the register&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record missing (the next one is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content does not match its hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not linked to the record before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain does not start with its genesis record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its public key %1 is not the register&apos;s key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its time %1 is earlier than the record before it (%2) and no clock change was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1 follows ticket %2: tickets are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1&apos;s total does not equal its VAT table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the perpetual grand total after ticket %1 does not continue the one before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closure %1 does not equal the sum of what it closes (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: the sales hold %1 tickets up to number %2, the journal %3 up to number %4; its end was cut off or sales were deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not signed, though its chain is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check of fiscal journal %1 was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether records were deleted from its end cannot be told without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal journal %1 is not signed, but its end marker is: the signatures of the chain were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal journal %1: its end marker is not signed with the chain&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: the register wrote the chain up to record %1, as its end marker outside the database says; the records after %2 were deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not the record the register wrote there (its end marker holds another hash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal journal %1: ticket %2 of the sales tables has no record in the journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket %1 in the sales tables is not what its signed record says (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its ticket is missing from the sales tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal journal %1: stock movement %2 was made by a ticket that is not in the sales tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing: the sales tables end with ticket %1, the journal with ticket %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::LoginDialog</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::MailQueue</name>
    <message>
        <source>%1 is not an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::MoneyFormat</name>
    <message>
        <source>&quot;%1&quot; is not an amount. Type digits, for example 12,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; has too many decimals: %2 allows %n.</source>
        <translation>
            <numerusform>&quot;%1&quot; has too many decimals: %2 allows %n.</numerusform>
            <numerusform>&quot;%1&quot; has too many decimals: %2 allows %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caisse::OnlineArticleDialog</name>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ynced with the online store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Separate quantity for online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU or barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every product syncs: choose “Only the products selected” in the online store settings to pick them one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2): %n in the shop</source>
        <translation>
            <numerusform>%1 (%2): %n in the shop</numerusform>
            <numerusform>%1 (%2): %n in the shop</numerusform>
        </translation>
    </message>
    <message>
        <source>Not on the online store yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n for online, sent at the next sync.</source>
        <translation>
            <numerusform>%n for online, sent at the next sync.</numerusform>
            <numerusform>%n for online, sent at the next sync.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: the shop keeps its stock, online gets %n, sent at the next sync.</source>
        <translation>
            <numerusform>Saved: the shop keeps its stock, online gets %n, sent at the next sync.</numerusform>
            <numerusform>Saved: the shop keeps its stock, online gets %n, sent at the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tock kept for this product</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::OnlineArticles</name>
    <message>
        <source>No article has the SKU or barcode %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online quantity cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is not on the online store yet: match or create it there first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::Operator</name>
    <message>
        <source>%1 may not do this alone: a manager must approve it with their PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::OperatorStore</name>
    <message>
        <source>An operator needs a name and a PIN of at least 4 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register&apos;s first operator must be an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong name or PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not approve this either.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is locked out after too many wrong PINs: a manager must unlock them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs for %1: wait %n second(s), then try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong PIN. %1 is now locked out: a manager must unlock them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. Too many wrong PINs: wait %n second(s) before the next try.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no operator named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new operator needs a PIN of at least 4 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer works at this register: a manager can reactivate them (Manager, Staff).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot deactivate yourself: another administrator can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last administrator: name another before deactivating them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operator is called %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::OrderSync</name>
    <message>
        <source>Order %1 was handed over but is not marked completed online yet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping (online store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling (online store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online store&apos;s inventory settings could not be read, so no order was taken in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::PickupDialog</name>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hand over to the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online order pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order number, customer name or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders waiting for pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To hand over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No online order is waiting for pickup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order waiting for pickup matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 handed over to %2. The online store will show it completed after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::PosDevice</name>
    <message>
        <source>The device is not ready for this: open, claim and enable it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device is not enabled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::PriceChangeDialog</name>
    <message>
        <source>Discount or price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount on the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New price of the line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount on the whole ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 % or an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged packaging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short best-before date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyal customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong shelf label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discount or price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::PrinterStatus</name>
    <message>
        <source>The receipt printer does not answer: check that it is on and connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer&apos;s cover is open: close it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer is out of paper: put in a new roll. Waiting receipts will print then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer is offline: check its light and buttons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer&apos;s paper roll is nearly finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer answers, but not in ESC/POS: it is set to another emulation. Switch it to ESC/POS with its setup utility or DIP switches (see its self-test page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt printer is connected but does not answer ESC/POS status questions: it is set to another emulation, or busy. Print its self-test page to see its mode.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::ProductDialog</name>
    <message>
        <source>Track its stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived: no longer sold, its tickets keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan, or type a barcode or a SKU, to change an article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What one costs you, without VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (the picture the online store shows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option (size, colour…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode (empty: made in store)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;AT rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: change what you need, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cost %1 cannot be read; type it as 4,50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: type the price, such as 12,90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 saved, %n variant(s).</source>
        <translation>
            <numerusform>%1 saved, %n variant.</numerusform>
            <numerusform>%1 saved, %n variants.</numerusform>
        </translation>
    </message>
    <message>
        <source>Im&amp;port a CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import products from a CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the products as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products exported to %1, in the online store&apos;s CSV format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>500 g, 1,5 kg, 75 cl… (prepacked: labels show the price per kg or litre)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;et content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The net content %1 cannot be read; type it as 500 g, 1,5 kg, 75 cl or 1 l.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::ProductEditor</name>
    <message>
        <source>No article has the barcode or SKU %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every in-store barcode prefix (20 to 29) is used by weight or price labels: type the article&apos;s barcode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The in-store barcodes of prefix %1 are all used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the product a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A product needs at least one variant, with its price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: with several variants, each needs its option (size, colour…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two variants have the same option or SKU (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the barcode %2 is not a valid EAN or UPC (check digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another article already has the SKU %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another article already has the barcode %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::ProductImport</name>
    <message numerus="yes">
        <source>%n product(s) sold only online are not created: the online store sells in %1 and the register in %2, so their prices cannot be taken. Create them at the register.</source>
        <translation>
            <numerusform>%n product sold only online is not created: the online store sells in %1 and the register in %2, so its price cannot be taken. Create it at the register.</numerusform>
            <numerusform>%n products sold only online are not created: the online store sells in %1 and the register in %2, so their prices cannot be taken. Create them at the register.</numerusform>
        </translation>
    </message>
    <message>
        <source>Online store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article of variant %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the online store&apos;s products stopped: %1 Match the products again: those already added stay, and are not added twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::ProductSelectionDialog</name>
    <message>
        <source>Tick &amp;all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Untick all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products synced with the online store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first %n products are shown: narrow the search to see the others.</source>
        <translation>
            <numerusform>The first product is shown: narrow the search to see the others.</numerusform>
            <numerusform>The first %n products are shown: narrow the search to see the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n product(s) now synced, %1 no longer.</source>
        <translation>
            <numerusform>Saved: %n product now synced, %1 no longer.</numerusform>
            <numerusform>Saved: %n products now synced, %1 no longer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caisse::ReceiptText</name>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket corrects ticket no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg x %2/kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 x %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash rounding</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incl.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLOSURE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perpetual grand total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grand total, absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caisse %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING - NOT A VALID RECEIPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUPLICATA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ORIGINAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Caisse %1 - %n line(s)</source>
        <translation>
            <numerusform>Caisse %1 - %n line</numerusform>
            <numerusform>Caisse %1 - %n lines</numerusform>
        </translation>
    </message>
    <message>
        <source>Signature: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorisation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal %1, record %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOUCHER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X REPORT %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a closure: nothing is reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z No. %1 - CLOSURE %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DUPLICATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refunds (%n ticket(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floats counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawer opened without a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shifts closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over (+) or short (-)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::Receiving</name>
    <message>
        <source>Scan the articles received first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This delivery was already received: the stock counted it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 (%2): type how many were received.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::ReceptionDialog</name>
    <message>
        <source>&amp;Confirm the delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive a delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan each article, or type a barcode or a SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost of one (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: type how many pieces came, such as 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the cost %2 cannot be read; type it as 1,25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type who delivered the goods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delivery from %1 received: %n piece(s) added to the stock.</source>
        <translation>
            <numerusform>Delivery from %1 received: %n piece added to the stock.</numerusform>
            <numerusform>Delivery from %1 received: %n pieces added to the stock.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caisse::ReportsDialog</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The month of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow sellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online and in store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incl. VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets or orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value at cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles without a cost (not valued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::ReturnDialog</name>
    <message>
        <source>Articles taken back from ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> × %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold on %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund these articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::SalePush</name>
    <message>
        <source>Caisse %1 (in-store sales)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale %1 is not on the online store yet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale %1 has no lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online store needs the shop&apos;s postal code for the sales it records, and the shop&apos;s address has none. Add it to the shop&apos;s address in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::SaleStore</name>
    <message>
        <source>The ticket is not fully paid: %1 is still due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such ticket on this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That line is not on the sale to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund ticket cannot itself be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 of &quot;%2&quot; can still be refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refunded line is not on any sale of this register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be refunded: more would be given back than was sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a ticket with articles and no payment can be put aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That parked ticket was already taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One refund can only give back articles of one ticket.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::SalesReports</name>
    <message>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vouchers and other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stock could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::SecretStore</name>
    <message>
        <source>No secret named %1 is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is missing: the register&apos;s secrets cannot be opened. Restore it from the backup of this computer&apos;s configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is damaged: the register&apos;s secrets cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret could not be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored secret %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored secret %1 does not open with this computer&apos;s key file: it was changed, or the key file is not the one it was sealed with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::SerialScanner</name>
    <message>
        <source>%1 cannot be opened (%2): check its cable and that this user may open serial ports (group dialout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::Settings</name>
    <message>
        <source>%1 shapes receipts and the fiscal journal: a manager changes it, and the change is journaled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register&apos;s settings cannot be read from its database (%1 is needed): the register cannot go on safely. Call support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::ShelfLabelDialog</name>
    <message>
        <source>Shelf labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan, or type a barcode or a SKU: each scan is one more label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per kg or litre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print on the receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No receipt printer is set up: save the labels as a PDF instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as A4 P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the articles to label first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) sent to the receipt printer.</source>
        <translation>
            <numerusform>%n label sent to the receipt printer.</numerusform>
            <numerusform>%n labels sent to the receipt printer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the labels as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: 1 label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n label(s) saved to %1, on A4 sheets of 21 (70 × 42.3 mm).</source>
        <translation>
            <numerusform>%n label saved to %1, on A4 sheets of 21 (70 × 42.3 mm).</numerusform>
            <numerusform>%n labels saved to %1, on A4 sheets of 21 (70 × 42.3 mm).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caisse::ShelfLabels</name>
    <message>
        <source>No article has the barcode or SKU %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 the kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 the kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 the litre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::ShopDetailsDialog</name>
    <message>
        <source>The shop&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receipt&apos;s closing words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts and the fiscal journal print these: each change is journaled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::ShopSetup</name>
    <message>
        <source>Type the shop&apos;s name: every receipt prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register&apos;s number is one to eight letters or digits, such as R01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the administrator&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN is four to eight digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::SmtpSender</name>
    <message>
        <source>The shop&apos;s mail server is not set: give its address and the sender in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail client cannot start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server did not take the e-mail: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::StaffDialog</name>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a ticket up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund, take articles back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount above the cashiers&apos; limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash in and out, drawer without a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the day (Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive a month or a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the counter (quick keys, limits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock an operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage the staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the shop&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 to 8 digits; empty keeps the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may log in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is deactivated: they can no longer log in; their tickets keep their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock: adjust, receive, count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the sales reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create and change products and prices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::StartupCheck</name>
    <message>
        <source>The sales database %1 is empty (0 bytes): it was emptied or lost. Restore it from a backup; to make this computer a new register instead, start Caisse with --new-register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales database %1 is missing, but this register has sold before (the end markers of its journal are beside it). Restore the database from a backup; to make this computer a new register instead, start Caisse with --new-register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The empty database %1 cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales database is damaged (%1). Nothing was written to it: do not sell on this register, keep the file as it is and call support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not sell on this register: keep its files as they are and call support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::StockAdjustmentDialog</name>
    <message>
        <source>Adjust the stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan, or type a barcode or a SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 more, or -3 fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how many more (12) or fewer (-3), in whole pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in stock now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movements of the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running low</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::StockAdjustments</name>
    <message>
        <source>Goods received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theft or loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to the supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how many more (12) or fewer (-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goods received add to the stock: type a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes from the stock: type a negative number, such as -2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::StockReports</name>
    <message>
        <source>No article has the barcode or SKU %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale, ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return, ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::StockSync</name>
    <message>
        <source>Caisse %1 synchronisation (do not edit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The synchronisation item %1 on the online store reads %2 where %3 or %4 was expected: it was edited by hand. Stock sending is stopped; contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The synchronisation item %1 is missing from the online store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::Stocktake</name>
    <message>
        <source>No stocktake is in progress: start one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stocktake started on %1 is still in progress: finish it or abandon it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article %1 cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not counted: its stock is not tracked, or it is archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2, not in %3, the category being counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stocktake is in progress.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::StocktakeDialog</name>
    <message>
        <source>&amp;Start counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Validate the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bandon the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stocktake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 per scan, or how many the next scan counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan, or type a barcode or a SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value at cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Article:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the &amp;variances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No count in progress: choose what to count, then start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Counting %1, started %2 by %3: %n article(s) counted so far.</source>
        <translation>
            <numerusform>Counting %1, started %2 by %3: %n article counted so far.</numerusform>
            <numerusform>Counting %1, started %2 by %3: %n articles counted so far.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type how many the next scan counts in whole pieces, such as 12 (or -1 to take one back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Value of the differences at cost: %1. %n article(s) not counted keep their stock.</source>
        <translation>
            <numerusform>Value of the differences at cost: %1. %n article not counted keeps its stock.</numerusform>
            <numerusform>Value of the differences at cost: %1. %n articles not counted keep their stock.</numerusform>
        </translation>
    </message>
    <message>
        <source>Validate the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Post %n difference(s) to the stock? %1</source>
        <translation>
            <numerusform>Post %n difference to the stock? %1</numerusform>
            <numerusform>Post %n differences to the stock? %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Count validated: %n stock correction(s) posted.</source>
        <translation>
            <numerusform>Count validated: %n stock correction posted.</numerusform>
            <numerusform>Count validated: %n stock corrections posted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Abandon the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandon this count? The stock stays as it is and the counts are set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count abandoned: the stock is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::StoreClient</name>
    <message>
        <source>The online store did not answer (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online store had an error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online store refused the API token: check it in the store connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online store refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online store&apos;s address %1 is not https: the API token is only sent over https (plain http only to this computer, for an emulator). Check the address in the store settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online store&apos;s address answered with a redirect to %1; the register does not follow it, so nothing was sent there. Set the store&apos;s own API address in the store settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::StorePickup</name>
    <message>
        <source>Order %1 is not waiting for pickup (already handed over, or changed online). Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::StoreSettings</name>
    <message>
        <source>Disconnect from the online store before choosing another system of record for products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the API address and the store hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the API token (an API account&apos;s access token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online store refused the token: check the API token and its scopes (products, inventory, orders, customers, information).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online store cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1, which sells in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register sells in %1: prices will not be synced, only the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must start with https:// (plain http only for an emulator on this computer): the API token must not cross the network in clear.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::StoreSettingsDialog</name>
    <message>
        <source>Also send counter sales as orders of the register&apos;s own sales channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The register: its products are created online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The online store: its products come into the register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All products, new ones too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the products selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off by default: the online store&apos;s sales figures then count the shop&apos;s too. Stock is not moved twice: these orders hold no catalog item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System of record for products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the keychain: leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API account&apos;s access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect first to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the register syncs with the online store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: the register sells on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the online store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system of record for products changes. Products made on either side since the last connection may end up twice: the register matches products by SKU, then barcode, before creating any, but products without either are created again. Check the matching in the sync log after connecting. Connect?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices follow the system of record (otherwise set once, at creation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the token in the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::SyncLog</name>
    <message>
        <source>Online order taken into the stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online order voided: its stock is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stock change(s) sent and applied</source>
        <translation>
            <numerusform>%n stock change sent and applied</numerusform>
            <numerusform>%n stock changes sent and applied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stock change(s) refused by the online store</source>
        <translation>
            <numerusform>%n stock change refused by the online store</numerusform>
            <numerusform>%n stock changes refused by the online store</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied by the online store: sent again with the next changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, no answer yet: checked on the online store before anything else is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1: %2 × %3 (%4) was not sold at the register: created in the category “Online store”. Check its VAT rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online order recorded: the store takes its stock once it is shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online order cancelled: the store does not put its stock back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening stock refused by the online store: held until sent again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::SyncLogDialog</name>
    <message>
        <source>&amp;Send the refused changes again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online store sync log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting for the online store.</source>
        <translation>
            <numerusform>%n change waiting for the online store.</numerusform>
            <numerusform>%n changes waiting for the online store.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last complete sync: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No complete sync yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock changes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent again by the manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with the online store (day end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the online store&apos;s stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) still waiting to be sent: compare again once they are.</source>
        <translation>
            <numerusform>%n change still waiting to be sent: compare again once it is.</numerusform>
            <numerusform>%n changes still waiting to be sent: compare again once they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Every stock change sent was applied once: %n batch(es), as the online store counts them too.</source>
        <translation>
            <numerusform>Every stock change sent was applied once: %n batch, as the online store counts them too.</numerusform>
            <numerusform>Every stock change sent was applied once: %n batches, as the online store counts them too.</numerusform>
        </translation>
    </message>
    <message>
        <source>The register counts %1 batches applied, the online store %2: contact support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n online order(s) taken into the stock.</source>
        <translation>
            <numerusform>%n online order taken into the stock.</numerusform>
            <numerusform>%n online orders taken into the stock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Same stock on both sides for all %n article(s).</source>
        <translation>
            <numerusform>Same stock on both sides for the %n article.</numerusform>
            <numerusform>Same stock on both sides for all %n articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) with a different stock:</source>
        <translation>
            <numerusform>%n article with a different stock:</numerusform>
            <numerusform>%n articles with a different stock:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: register %2, online store %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import all past orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import all past orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every online order placed before the register was connected will lower the register&apos;s stock, as if sold today. If the stock was counted after those orders, the figures will be wrong. Import them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Match products with the online store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 online = %2 at the register (by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) found on both sides</source>
        <translation>
            <numerusform>%Ln article found on both sides</numerusform>
            <numerusform>%Ln articles found on both sides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%Ln by barcode)</source>
        <translation>
            <numerusform> (%Ln by barcode)</numerusform>
            <numerusform> (%Ln by barcode)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) already linked</source>
        <translation>
            <numerusform>%Ln article already linked</numerusform>
            <numerusform>%Ln articles already linked</numerusform>
        </translation>
    </message>
    <message>
        <source>Match products</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln article(s) linked with the online store.</source>
        <translation>
            <numerusform>%Ln article linked with the online store.</numerusform>
            <numerusform>%Ln articles linked with the online store.</numerusform>
        </translation>
    </message>
    <message>
        <source>No article is linked with the online store yet: match the products first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles created from online orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the online store&apos;s products… Those the register does not have are added as they come; the articles found on both sides are shown to you before they are linked. Sales can go on meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s) sold only online, added to the register</source>
        <translation>
            <numerusform>%Ln product sold only online, added to the register</numerusform>
            <numerusform>%Ln products sold only online, added to the register</numerusform>
        </translation>
    </message>
    <message>
        <source>Link the articles found on both sides now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking the articles… Sales can go on meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln variant(s) of those articles sold only online, added with them</source>
        <translation>
            <numerusform>%Ln variant of those articles sold only online, added with them</numerusform>
            <numerusform>%Ln variants of those articles sold only online, added with them</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caisse::Ticket</name>
    <message>
        <source>Payment has started: take the payments back before changing the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That line is no longer on the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund line must come from a sold ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sale cannot contain a refund line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund quantities are chosen from the original ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund gives back what was paid; it takes no discount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount cannot be negative or more than the line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount cannot be negative or more than the ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is empty: scan an article first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is already paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the amount the customer hands over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card or voucher can settle at most what is due, without change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A parked ticket could not be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refund gives back what was paid; its price cannot change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::TicketHistoryDialog</name>
    <message>
        <source>&amp;Reprint (duplicate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take articles back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number, amount, day (02/12) or customer; empty: today&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (refund)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::TicketModel</name>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::TicketRecord</name>
    <message>
        <source>A ticket of the fiscal journal has no valid &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::UsbDevices</name>
    <message>
        <source>%1 printer found, but this user may not use it: install the register&apos;s udev rules (package caisse) and plug it in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 printer, ready to be assigned as the receipt printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 serial device: a printer or scanner in virtual COM mode; choose it by its port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keyboard or HID device: a scanner in keyboard mode types into the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a point-of-sale device the register uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USB devices cannot be listed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 device in its maker&apos;s own USB mode: if it is the receipt printer, switch it to the USB printer class with its setup utility or memory switches, then plug it in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>caisse::Vouchers</name>
    <message>
        <source>A voucher is issued for more than nothing, with a valid code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no voucher %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 expired on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voucher %1 has only %2 left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Caisse cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caisse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is at the register?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This register is not set up yet: start it on a screen to run the setup assistant, or with --demo for the demo shop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
