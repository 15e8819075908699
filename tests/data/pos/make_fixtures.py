#!/usr/bin/env python3
"""Writes the vendor-shaped POS journals in this folder (see README.md). Deterministic: run it again and the files
come out byte for byte the same. The journals are written by the LP Desk team in the shape of the vendors' public
samples; no vendor's journal is copied."""
import os
import random
from datetime import date, datetime, timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
ARTS = "http://www.nrf-arts.org/IXRetail/namespace/"
ARTS6 = "http://www.nrf-arts.org/IXRetail/v6.0.0/poslog"

ITEMS_US = [
    ("012000161155", "PEPSI 12PK CAN", "6.49"), ("028400090858", "LAYS CLASSIC 8OZ", "4.29"),
    ("041196910759", "PROGRESSO CHICKEN NOODLE", "2.99"), ("037000127864", "TIDE PODS 42CT", "13.97"),
    ("070177154004", "TWININGS EARL GREY", "3.79"), ("088491212771", "GILLETTE FUSION 4CT", "21.99"),
    ("300450449108", "ADVIL 200CT", "16.49"), ("041220576463", "HEB WHOLE MILK GAL", "3.58"),
]
ITEMS_DE = [
    ("4008400401621", "Kinder Schokolade 100g", "1,99"), ("4000417025005", "Ritter Sport Vollmilch", "1,49"),
    ("4066600204404", "Paulaner Spezi 0,5l", "0,89"), ("4006040010024", "Haribo Goldbären 200g", "1,29"),
    ("4311501490123", "Bananen lose kg", "1,79"), ("4047247424301", "Bosch Akkuschrauber", "1.299,00"),
    ("4005500086045", "Tchibo Kaffee 500g", "6,99"),
]
ITEMS_FU = [
    ("100234", "Jeans Slim Fit W32", "79.950"), ("100877", "T-Shirt Basic weiss M", "12.990"),
    ("200115", "Socken 3er Pack", "9.990"), ("300042", "Kaese Gouda am Stueck", "2.780"),
    ("300099", "Oliven lose", "1.490"),
]


def money(cents, decimals=2, comma=False, thousands=False):
    neg = cents < 0
    cents = abs(cents)
    whole, frac = divmod(cents, 100)
    w = f"{whole:,}" if thousands else str(whole)
    frac_s = f"{frac:02d}" + "0" * (decimals - 2)
    s = f"{w}.{frac_s}"
    if comma:
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    return ("-" if neg else "") + s


def cents_of(text):
    t = text.replace(".", "").replace(",", ".") if "," in text else text
    return round(float(t) * 100)


# --- NCR ACS POSLog ----------------------------------------------------------------------------------------------

# The parts of an NCR ACS transaction both NCR-shaped journals write the same way.
NCR_SIGN_ON = ('    <ControlTransaction Version="2.1">\n      <OperatorSignOn>\n'
               '        <acs:LockCode>0</acs:LockCode>\n      </OperatorSignOn>\n'
               '    </ControlTransaction>\n  </Transaction>')
NCR_SIGN_OFF = ('    <ControlTransaction Version="2.1">\n      <OperatorSignOff/>\n'
                '    </ControlTransaction>\n  </Transaction>')
NCR_NO_SALE = ('    <ControlTransaction Version="2.1">\n      <NoSale>\n'
               '        <acs:ReasonText>Change for customer</acs:ReasonText>\n      </NoSale>\n'
               '    </ControlTransaction>\n  </Transaction>')


def ncr_head(store, lane, seq, end, op_id, op_name, currency):
    return (f'  <Transaction>\n    <RetailStoreID>{store}</RetailStoreID>\n'
            f'    <WorkstationID>{lane}</WorkstationID>\n    <SequenceNumber>{seq}</SequenceNumber>\n'
            f'    <BusinessDayDate>2026-03-14</BusinessDayDate>\n    <EndDateTime>{end}</EndDateTime>\n'
            f'    <OperatorID OperatorName="{op_name}">{op_id}</OperatorID>\n'
            f'    <CurrencyCode>{currency}</CurrencyCode>\n')


def ncr():
    rnd = random.Random(11)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<POSLog xmlns="{ARTS}" xmlns:acs="http://www.ncr.com/rsd/acs/tlog/markup/poslog/2.1" '
           'xmlns:as="urn:ACSScript" xmlns:acssm="urn:ACSSigMap" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">']
    t0 = datetime(2026, 3, 14, 7, 58, 0)
    seq = {"3": 4100, "4": 7300}
    n = 0
    broken_done = False
    for lane in ("3", "4"):
        clock = t0 + timedelta(minutes=3 if lane == "4" else 0)
        ops = [("1042", "KAREN M"), ("2210", "DEVON R")]
        op_id, op_name = ops[0] if lane == "3" else ops[1]
        for i in range(40):
            seq[lane] += 1
            clock += timedelta(minutes=rnd.randint(2, 9), seconds=rnd.randint(0, 59))
            end = clock.strftime("%Y-%m-%dT%H:%M:%S")
            head = ncr_head("2301", lane, seq[lane], end, op_id, op_name, "USD")
            n += 1
            if i == 0:
                out.append(head + NCR_SIGN_ON)
                continue
            if i == 39:
                out.append(head + NCR_SIGN_OFF)
                continue
            if i in (12, 27):
                out.append(head + NCR_NO_SALE)
                continue
            if i == 20 and lane == "3" and not broken_done:
                # A transaction the lane wrote half of (power cut): no workstation, no number. Truly broken.
                broken_done = True
                out.append('  <Transaction>\n    <RetailStoreID>2301</RetailStoreID>\n'
                           f'    <EndDateTime>{end}</EndDateTime>\n    <RetailTransaction Version="2.1">\n'
                           '      <ItemCount>0</ItemCount>\n    </RetailTransaction>\n  </Transaction>')
                continue
            lines = []
            total = 0
            k = 1
            for _ in range(rnd.randint(1, 4)):
                upc, desc, price = rnd.choice(ITEMS_US)
                cents = cents_of(price)
                qty = rnd.choice([1, 1, 1, 2])
                void = rnd.random() < 0.08
                override = (not void) and rnd.random() < 0.05
                actual = cents - 100 if override else cents
                ext = actual * qty
                mod = ('          <RetailPriceModifier>\n            <ReasonCode>PriceOverride</ReasonCode>\n'
                       '            <acs:OverrideOperator>9001</acs:OverrideOperator>\n'
                       '          </RetailPriceModifier>\n') if override else ''
                void_attr = ' VoidFlag="true"' if void else ''
                lines.append(
                    f'      <LineItem EntryMethod="Scanned"{void_attr}>\n'
                    f'        <SequenceNumber>{k}</SequenceNumber>\n'
                    f'        <Sale ItemType="Stock">\n          <POSIdentity POSIDType="UPC">\n'
                    f'            <POSItemID>{upc}</POSItemID>\n          </POSIdentity>\n'
                    f'          <ItemID>{upc}</ItemID>\n          <Description>{desc}</Description>\n'
                    f'          <RegularSalesUnitPrice>{money(cents)}</RegularSalesUnitPrice>\n'
                    f'          <ActualSalesUnitPrice>{money(actual)}</ActualSalesUnitPrice>\n'
                    f'          <ExtendedAmount>{money(ext)}</ExtendedAmount>\n'
                    f'          <Quantity>{qty}</Quantity>\n{mod}'
                    f'          <acs:ReportCode>{rnd.randint(10, 99)}</acs:ReportCode>\n        </Sale>\n'
                    f'      </LineItem>')
                k += 1
                if not void:
                    total += ext
            if rnd.random() < 0.5:
                lines.append(f'      <LineItem>\n        <SequenceNumber>{k}</SequenceNumber>\n'
                             '        <LoyaltyMembership>\n'
                             f'          <LoyaltyAccountID>7{rnd.randint(10**9, 10**10 - 1)}</LoyaltyAccountID>\n'
                             '          <acs:EntryMethod>Scanned</acs:EntryMethod>\n'
                             '        </LoyaltyMembership>\n      </LineItem>')
                k += 1
                reward = rnd.choice([50, 100, 150])
                lines.append(f'      <LineItem acs:detailedData="true">\n        <SequenceNumber>{k}</SequenceNumber>\n'
                             '        <LoyaltyReward acs:membershipRequired="true">\n'
                             '          <CustomOfferID>330</CustomOfferID>\n'
                             f'          <ExtendedRewardAmount>{money(-reward)}</ExtendedRewardAmount>\n'
                             '        </LoyaltyReward>\n      </LineItem>')
                k += 1
                total -= reward
            tax = round(total * 0.0825)
            lines.append(f'      <LineItem>\n        <SequenceNumber>{k}</SequenceNumber>\n        <Tax>\n'
                         f'          <Amount>{money(tax)}</Amount>\n        </Tax>\n      </LineItem>')
            k += 1
            grand = total + tax
            if rnd.random() < 0.5:
                paid = ((grand // 500) + 1) * 500
                lines.append(f'      <LineItem>\n        <SequenceNumber>{k}</SequenceNumber>\n'
                             '        <Tender TenderType="Cash" TypeCode="Sale" acs:TenderDescription="CASH">\n'
                             f'          <Amount>{money(paid)}</Amount>\n          <TenderChange>\n'
                             f'            <Amount>{money(paid - grand)}</Amount>\n          </TenderChange>\n'
                             '        </Tender>\n      </LineItem>')
            else:
                lines.append(f'      <LineItem>\n        <SequenceNumber>{k}</SequenceNumber>\n'
                             '        <Tender TenderType="CreditDebit" TypeCode="Sale" acs:TenderDescription="VISA">\n'
                             f'          <Amount>{money(grand)}</Amount>\n'
                             '          <CreditDebit CardType="Credit" acs:CreditDescription="VISA">\n'
                             f'            <PrimaryAccountNumber>************{rnd.randint(1000, 9999)}</PrimaryAccountNumber>\n'
                             '          </CreditDebit>\n          <Authorization HostAuthorized="true">\n'
                             f'            <AuthorizationCode>{rnd.randint(100000, 999999)}</AuthorizationCode>\n'
                             '          </Authorization>\n        </Tender>\n      </LineItem>')
            status = ' TransactionStatus="Voided"' if i in (15, 33) else ''
            out.append(head + f'    <RetailTransaction Version="2.1"{status}>\n' + "\n".join(lines) + "\n"
                       f'      <Total TotalType="TransactionGrossAmount">{money(total)}</Total>\n'
                       f'      <Total TotalType="TransactionTaxAmount">{money(tax)}</Total>\n'
                       f'      <Total TotalType="TransactionGrandAmount">{money(grand)}</Total>\n'
                       f'      <acs:PerformanceMetrics>\n        <acs:TenderTime>{rnd.randint(5, 60)}</acs:TenderTime>\n'
                       '      </acs:PerformanceMetrics>\n    </RetailTransaction>\n  </Transaction>')
    out.append('</POSLog>')
    return "\n".join(out) + "\n", n


# --- Futura / roqqio POSLog 6.0 ----------------------------------------------------------------------------------

def futura():
    rnd = random.Random(12)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<POSLog xmlns="{ARTS6}" xmlns:fu="urn:x-futura:poslog:extension:1" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" MajorVersion="6" MinorVersion="0">']
    clock = datetime(2026, 3, 14, 9, 30, 0)
    seq = 880
    n = 0
    sold = []
    for i in range(70):
        seq += 1
        clock += timedelta(minutes=rnd.randint(1, 6), seconds=rnd.randint(0, 59))
        local = clock.strftime("%Y-%m-%dT%H:%M:%S")
        head = ('  <Transaction>\n    <BusinessUnit>\n      <UnitID TypeCode="RetailStore">FIL-0417</UnitID>\n'
                '    </BusinessUnit>\n    <WorkstationID TypeCode="POS">02</WorkstationID>\n'
                f'    <SequenceNumber>{seq}</SequenceNumber>\n'
                f'    <POSLogDateTime TypeCode="Transaction">{local}</POSLogDateTime>\n'
                '    <OperatorID>K07</OperatorID>\n')
        n += 1
        if i == 0:
            out.append(head + '    <TenderControlTransaction>\n      <TillLoan>\n'
                       '        <Amount Currency="EUR">150.000</Amount>\n      </TillLoan>\n'
                       '    </TenderControlTransaction>\n  </Transaction>')
            continue
        if i == 1:
            out.append(head + '    <ControlTransaction>\n      <OperatorSignOn/>\n    </ControlTransaction>\n'
                       '  </Transaction>')
            continue
        if i == 69:
            out.append(head + '    <TenderControlTransaction>\n      <TillSettle>\n'
                       '        <Amount Currency="EUR">1480.550</Amount>\n      </TillSettle>\n'
                       '    </TenderControlTransaction>\n  </Transaction>')
            continue
        if i == 68:
            out.append(head + '    <ControlTransaction>\n      <OperatorSignOff/>\n    </ControlTransaction>\n'
                       '  </Transaction>')
            continue
        if i in (25, 50):
            out.append(head + '    <ControlTransaction>\n      <NoSale/>\n'
                       '      <fu:Grund>Wechselgeld</fu:Grund>\n    </ControlTransaction>\n  </Transaction>')
            continue
        lines = []
        total = 0
        k = 1
        is_return = sold and i % 9 == 4
        storno_tx = i in (17, 41)
        if is_return:
            orig_seq, orig_time, (item, desc, price) = sold[rnd.randrange(len(sold))]
            cents = cents_of(price)
            lines.append(
                f'      <LineItem>\n        <SequenceNumber>{k}</SequenceNumber>\n'
                f'        <Return>\n          <ItemID>{item}</ItemID>\n          <Description>{desc}</Description>\n'
                f'          <RegularSalesUnitPrice Currency="EUR">{price}</RegularSalesUnitPrice>\n'
                f'          <ExtendedAmount Currency="EUR">{money(cents, 3)}</ExtendedAmount>\n'
                '          <Quantity UnitOfMeasureCode="PCE">1</Quantity>\n'
                '          <TransactionLink ReasonCode="Return">\n            <BusinessUnit>\n'
                '              <UnitID TypeCode="RetailStore">FIL-0417</UnitID>\n            </BusinessUnit>\n'
                f'            <WorkstationID>02</WorkstationID>\n            <SequenceNumber>{orig_seq}</SequenceNumber>\n'
                f'            <ReceiptDateTime>{orig_time}</ReceiptDateTime>\n          </TransactionLink>\n'
                '        </Return>\n      </LineItem>')
            total -= cents
            k += 1
        else:
            for _ in range(rnd.randint(1, 3)):
                item, desc, price = rnd.choice(ITEMS_FU)
                cents = cents_of(price)
                weighed = desc.endswith("lose") or desc.startswith("Kaese")
                qty = rnd.choice(["0.350", "1.125", "0.480"]) if weighed else "1"
                ext = round(cents * float(qty))
                storno = rnd.random() < 0.1
                lines.append(
                    f'      <LineItem>\n        <SequenceNumber>{k}</SequenceNumber>\n'
                    f'        <Sale>\n          <ItemID>{item}</ItemID>\n          <Description>{desc}</Description>\n'
                    f'          <RegularSalesUnitPrice Currency="EUR">{price}</RegularSalesUnitPrice>\n'
                    f'          <ExtendedAmount Currency="EUR">{money(ext, 3)}</ExtendedAmount>\n'
                    f'          <Quantity UnitOfMeasureCode="{"KGM" if weighed else "PCE"}">{qty}</Quantity>\n'
                    f'        </Sale>\n' + ('        <fu:posStorno>true</fu:posStorno>\n' if storno else '')
                    + '      </LineItem>')
                k += 1
                if not storno:
                    total += ext
                    sold.append((seq, local, (item, desc, price)))
            if rnd.random() < 0.15 and total > 100:
                # A correction line: the same article again with a negative quantity.
                item, desc, price = rnd.choice(ITEMS_FU[:3])
                cents = cents_of(price)
                lines.append(
                    f'      <LineItem>\n        <SequenceNumber>{k}</SequenceNumber>\n'
                    f'        <Sale>\n          <ItemID>{item}</ItemID>\n          <Description>{desc}</Description>\n'
                    f'          <ExtendedAmount Currency="EUR">{money(-cents, 3)}</ExtendedAmount>\n'
                    '          <Quantity UnitOfMeasureCode="PCE">-1</Quantity>\n        </Sale>\n      </LineItem>')
                k += 1
                total -= cents
        card = rnd.random() < 0.5
        tender = ('        <Tender TenderType="EC">\n'
                  f'          <Amount Currency="EUR">{money(abs(total), 3)}</Amount>\n'
                  f'          <fu:Kartennummer>67{rnd.randint(10**14, 10**15 - 1)}</fu:Kartennummer>\n'
                  '        </Tender>\n') if card else (
                  '        <Tender TenderType="Cash">\n'
                  f'          <Amount Currency="EUR">{money(abs(total), 3)}</Amount>\n        </Tender>\n')
        lines.append(f'      <LineItem>\n        <SequenceNumber>{k}</SequenceNumber>\n{tender}      </LineItem>')
        out.append(head + '    <RetailTransaction>\n'
                   f'      <ReceiptDateTime>{local}</ReceiptDateTime>\n' + "\n".join(lines) + "\n"
                   f'      <Total TotalType="TransactionGrandAmount" Currency="EUR">{money(total, 3)}</Total>\n'
                   '    </RetailTransaction>\n'
                   + ('    <fu:posStorno>true</fu:posStorno>\n' if storno_tx else '')
                   + f'    <fu:Bonnummer>{seq}</fu:Bonnummer>\n  </Transaction>')
    out.append('</POSLog>')
    return "\n".join(out) + "\n", n


# --- Oracle Xstore-like POSLog (no default namespace, dtv: extensions) ---------------------------------------------

def xstore():
    rnd = random.Random(13)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<POSLog xmlns:dtv="http://www.datavantagecorp.com/xstore/" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">']
    clock = datetime(2026, 3, 14, 10, 0, 0)
    seq = 120540
    n = 0
    broken_done = False
    sold = []
    for i in range(80):
        seq += 1
        clock += timedelta(minutes=rnd.randint(1, 7), seconds=rnd.randint(0, 59), milliseconds=rnd.randint(0, 999))
        begin = clock.strftime("%Y-%m-%dT%H:%M:%S.") + f"{clock.microsecond // 1000:03d}-04:00"
        endc = clock + timedelta(seconds=rnd.randint(20, 180))
        end = endc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{endc.microsecond // 1000:03d}-04:00"
        kind = "RETAIL_SALE"
        if i == 0:
            kind = "SESSION_CONTROL"
        elif i in (30, 60):
            kind = "NO_SALE"
        elif i == 79:
            kind = "TILL_CONTROL"
        cancel = "true" if i in (22, 66) else "false"
        head = (f'  <Transaction CancelFlag="{cancel}" OfflineFlag="false" TrainingModeFlag="false" '
                f'dtv:TransactionType="{kind}">\n    <dtv:OrganizationID>1</dtv:OrganizationID>\n'
                '    <RetailStoreID>417</RetailStoreID>\n    <WorkstationID>1</WorkstationID>\n'
                '    <TillID>101</TillID>\n'
                f'    <SequenceNumber>{seq}</SequenceNumber>\n    <BusinessDayDate>2026-03-14</BusinessDayDate>\n'
                f'    <BeginDateTime>{begin}</BeginDateTime>\n    <EndDateTime>{end}</EndDateTime>\n'
                '    <OperatorID>100231</OperatorID>\n    <CurrencyCode>USD</CurrencyCode>\n')
        n += 1
        if kind == "SESSION_CONTROL":
            out.append(head + '    <ControlTransaction>\n      <OperatorSignOn/>\n'
                       '      <dtv:SessionControl Type="SESSION_START"/>\n    </ControlTransaction>\n  </Transaction>')
            continue
        if kind == "NO_SALE":
            out.append(head + '    <ControlTransaction>\n      <NoSale/>\n'
                       '      <ReasonCode>NS01</ReasonCode>\n    </ControlTransaction>\n  </Transaction>')
            continue
        if kind == "TILL_CONTROL":
            out.append(head + '    <TenderControlTransaction>\n      <TillSettle>\n'
                       '        <Amount>2214.07</Amount>\n      </TillSettle>\n    </TenderControlTransaction>\n'
                       '  </Transaction>')
            continue
        if i == 45:
            out.append(head + '    <ControlTransaction>\n      <PriceOverride>\n'
                       '        <ItemID>088491212771</ItemID>\n        <ReasonCode>MGR</ReasonCode>\n'
                       '      </PriceOverride>\n    </ControlTransaction>\n  </Transaction>')
            continue
        lines = []
        total = 0
        k = 1
        ret = sold and i % 8 == 5
        if ret:
            orig_seq, (upc, desc, price) = sold[rnd.randrange(len(sold))]
            cents = cents_of(price)
            linked = i % 16 != 5
            link = ('          <TransactionLink ReasonCode="Return">\n            <RetailStoreID>417</RetailStoreID>\n'
                    '            <WorkstationID>1</WorkstationID>\n'
                    f'            <SequenceNumber>{orig_seq}</SequenceNumber>\n'
                    '            <BusinessDayDate>2026-03-14</BusinessDayDate>\n          </TransactionLink>\n'
                    ) if linked else '          <dtv:ReturnType>UNVERIFIED</dtv:ReturnType>\n'
            lines.append(f'      <LineItem>\n        <SequenceNumber>{k}</SequenceNumber>\n        <Return>\n'
                         f'          <ItemID>{upc}</ItemID>\n          <Description>{desc}</Description>\n'
                         f'          <RegularSalesUnitPrice>{money(cents)}</RegularSalesUnitPrice>\n'
                         f'          <ActualSalesUnitPrice>{money(cents)}</ActualSalesUnitPrice>\n'
                         f'          <ExtendedAmount>{money(cents)}</ExtendedAmount>\n'
                         f'          <Quantity>1</Quantity>\n{link}        </Return>\n      </LineItem>')
            total -= cents
            k += 1
        else:
            for _ in range(rnd.randint(1, 4)):
                upc, desc, price = rnd.choice(ITEMS_US)
                cents = cents_of(price)
                void = rnd.random() < 0.07
                lines.append(f'      <LineItem VoidFlag="{"true" if void else "false"}">\n'
                             f'        <SequenceNumber>{k}</SequenceNumber>\n        <Sale>\n'
                             f'          <ItemID>{upc}</ItemID>\n          <Description>{desc}</Description>\n'
                             f'          <RegularSalesUnitPrice>{money(cents)}</RegularSalesUnitPrice>\n'
                             f'          <ActualSalesUnitPrice>{money(cents)}</ActualSalesUnitPrice>\n'
                             f'          <ExtendedAmount>{money(cents)}</ExtendedAmount>\n'
                             '          <Quantity>1</Quantity>\n'
                             f'          <dtv:PriceOverride>false</dtv:PriceOverride>\n        </Sale>\n'
                             '      </LineItem>')
                k += 1
                if not void:
                    total += cents
                    sold.append((seq, (upc, desc, price)))
        tax = round(total * 0.07)
        grand = total + tax
        lines.append(f'      <LineItem>\n        <SequenceNumber>{k}</SequenceNumber>\n        <Tax>\n'
                     f'          <Amount>{money(tax)}</Amount>\n        </Tax>\n      </LineItem>')
        k += 1
        pan = "4111111111111111" if i % 5 == 0 else f"5454{rnd.randint(10**11, 10**12 - 1)}"
        entry = "Keyed" if i % 23 == 0 else "ICC"
        lines.append(f'      <LineItem>\n        <SequenceNumber>{k}</SequenceNumber>\n'
                     f'        <Tender TenderType="{"VISA" if pan.startswith("4") else "MASTERCARD"}" TypeCode="Sale">\n'
                     f'          <Amount>{money(grand)}</Amount>\n          <CreditDebit CardType="Credit">\n'
                     f'            <PrimaryAccountNumber>{pan}</PrimaryAccountNumber>\n'
                     '            <ExpirationDate>0928</ExpirationDate>\n'
                     f'            <EntryMethod>{entry}</EntryMethod>\n          </CreditDebit>\n'
                     f'          <dtv:CardNumber>{pan}</dtv:CardNumber>\n'
                     f'          <dtv:AuthorizationToken>tok_{rnd.randint(10**7, 10**8 - 1)}</dtv:AuthorizationToken>\n'
                     '        </Tender>\n      </LineItem>')
        grand_text = money(grand)
        if i == 37 and not broken_done:
            broken_done = True
            grand_text = grand_text.replace("0", "O", 1) if "0" in grand_text else grand_text + "O"
        status = ' TransactionStatus="Voided"' if i in (12, 55) else ''
        out.append(head + f'    <RetailTransaction{status}>\n' + "\n".join(lines) + "\n"
                   f'      <Total TotalType="TransactionGrandAmount">{grand_text}</Total>\n'
                   f'      <Total TotalType="TransactionTaxAmount">{money(tax)}</Total>\n'
                   '    </RetailTransaction>\n  </Transaction>')
    out.append('</POSLog>')
    return "\n".join(out) + "\n", n


# --- a German till's CSV export ------------------------------------------------------------------------------------

def kasse():
    rnd = random.Random(14)
    header = ["Filiale", "Kasse", "Bon-Nr", "Geschäftstag", "Zeitpunkt", "Kassierer", "Vorgang", "Zeilenart",
              "Artikel", "Bezeichnung", "Menge", "Einzelpreis", "Listenpreis", "Betrag", "Storno", "Zahlart",
              "Kartennummer", "Bezug Kasse", "Bezug Bon", "Bezug Tag", "Kundenkarte", "Summe", "Währung"]
    rows = [";".join(header)]
    clock = datetime(2026, 3, 14, 8, 0, 0)
    bon = 30410
    n = 0
    sold = []

    def row(**f):
        return ";".join(f.get(h, "") for h in header)

    for i in range(80):
        bon += 1
        clock += timedelta(minutes=rnd.randint(1, 5), seconds=rnd.randint(0, 59))
        when = clock.strftime("%d.%m.%Y %H:%M:%S")
        base = {"Filiale": "B-012", "Kasse": "1", "Bon-Nr": str(bon), "Geschäftstag": "14.03.2026",
                "Zeitpunkt": when, "Kassierer": "Schmidt", "Währung": "EUR"}
        n += 1
        control = {0: "Kassenöffnung", 1: "Anmeldung", 20: "Schublade öffnen", 61: "Schublade öffnen",
                   44: "Preisänderung", 78: "Abmeldung", 79: "Kassenabschluss"}.get(i)
        if control:
            rows.append(row(**base, Vorgang=control))
            continue
        if i == 33:
            # A row the export garbled: the amount is not a number. Truly broken.
            rows.append(row(**base, Vorgang="Verkauf", Zeilenart="Verkauf", Artikel="4008400401621",
                            Bezeichnung="Kinder Schokolade 100g", Menge="1", Einzelpreis="1,99", Betrag="1,9,9"))
            continue
        vorgang = "Verkauf"
        if i in (15, 53):
            vorgang = "Storno"
        lines = []
        total = 0
        if sold and i % 7 == 3:
            vorgang = "Retoure"
            orig_bon, orig_day, (art, bez, preis) = sold[rnd.randrange(len(sold))]
            cents = cents_of(preis)
            lines.append(dict(Zeilenart="Retoure", Artikel=art, Bezeichnung=bez, Menge="1", Einzelpreis=preis,
                              Betrag=money(-cents, comma=True, thousands=True), **{"Bezug Kasse": "1",
                              "Bezug Bon": str(orig_bon), "Bezug Tag": orig_day}))
            total -= cents
        else:
            for _ in range(rnd.randint(1, 4)):
                art, bez, preis = rnd.choice(ITEMS_DE)
                cents = cents_of(preis)
                lose = bez.endswith("kg")
                menge = rnd.choice(["0,734", "1,250"]) if lose else "1"
                betrag = round(cents * float(menge.replace(",", ".")))
                storno = rnd.random() < 0.08
                lines.append(dict(Zeilenart="Verkauf", Artikel=art, Bezeichnung=bez, Menge=menge, Einzelpreis=preis,
                                  Listenpreis=preis, Betrag=money(betrag, comma=True, thousands=True),
                                  Storno="X" if storno else ""))
                if not storno:
                    total += betrag
                    sold.append((bon, "14.03.2026", (art, bez, preis)))
        if rnd.random() < 0.3:
            lines.append(dict(Zeilenart="Kundenkarte", Bezeichnung="PAYBACK",
                              Kundenkarte=f"308342{rnd.randint(10**9, 10**10 - 1)}"))
        if rnd.random() < 0.5:
            lines.append(dict(Zeilenart="Zahlung", Zahlart="Bar", Betrag=money(abs(total), comma=True, thousands=True)))
        else:
            lines.append(dict(Zeilenart="Zahlung", Zahlart="EC-Karte (girocard)",
                              Betrag=money(abs(total), comma=True, thousands=True),
                              Kartennummer=f"6726{rnd.randint(10**14, 10**15 - 1)}"))
        for l in lines:
            rows.append(row(**base, Vorgang=vorgang, Summe=money(total, comma=True, thousands=True), **l))
    return "\ufeff" + "\r\n".join(rows) + "\r\n", n


MAPPING = """{
    "store_id": "Filiale",
    "register": "Kasse",
    "sequence": "Bon-Nr",
    "business_day": "Geschäftstag",
    "begin": "Zeitpunkt",
    "operator": "Kassierer",
    "transaction_type": "Vorgang",
    "line_kind": "Zeilenart",
    "item_id": "Artikel",
    "description": "Bezeichnung",
    "quantity": "Menge",
    "unit_price": "Einzelpreis",
    "regular_price": "Listenpreis",
    "amount": "Betrag",
    "void": "Storno",
    "tender_type": "Zahlart",
    "card_number": "Kartennummer",
    "link_register": "Bezug Kasse",
    "link_sequence": "Bezug Bon",
    "link_business_day": "Bezug Tag",
    "loyalty_id": "Kundenkarte",
    "total": "Summe",
    "currency": "Währung"
}
"""

# --- NCR ACS POSLog from a Kuwaiti store (KWD: three decimals) --------------------------------------------------

ITEMS_KW = [
    ("6281007032414", "Almarai Fresh Milk 1L", "0.450"), ("5449000000996", "Coca-Cola 330ml", "0.150"),
    ("6281100100016", "Basmati Rice 5kg", "2.750"), ("8888196170115", "Panadol 24 tabs", "0.875"),
    ("6291003000017", "Khalas Dates 1kg", "1.250"), ("4902430735057", "Pampers Size 4 44s", "6.995"),
    ("6281006487025", "Rabea Tea 100 bags", "1.125"), ("6297000012346", "Samsung 25W Charger", "8.990"),
]


def fils(text):
    whole, frac = text.split(".")
    return int(whole) * 1000 + int(frac)


def kwd(value):
    neg = value < 0
    whole, frac = divmod(abs(value), 1000)
    return ("-" if neg else "") + f"{whole}.{frac:03d}"


def ncr_kwd():
    """The NCR ACS shape again, as a Kuwaiti store's lanes write it: CurrencyCode KWD, every amount with three
    decimals (fils), no sales tax, KNET debit cards, cash rounded to 5 fils, local times without an offset."""
    rnd = random.Random(965)
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           f'<POSLog xmlns="{ARTS}" xmlns:acs="http://www.ncr.com/rsd/acs/tlog/markup/poslog/2.1" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">']
    clock = datetime(2026, 3, 14, 9, 2, 0)
    seq = 5200
    n = 0
    for i in range(24):
        seq += 1
        clock += timedelta(minutes=rnd.randint(2, 7), seconds=rnd.randint(0, 59))
        end = clock.strftime("%Y-%m-%dT%H:%M:%S")
        head = ncr_head("KW-0031", "2", seq, end, "3107", "FAHAD A", "KWD")
        n += 1
        if i == 0:
            out.append(head + NCR_SIGN_ON)
            continue
        if i == 23:
            out.append(head + NCR_SIGN_OFF)
            continue
        if i == 11:
            out.append(head + NCR_NO_SALE)
            continue
        lines = []
        total = 0
        k = 1
        if i == 1:
            # The first sale: one box of dates at 1.250 KWD, paid with KNET.
            picks = [(ITEMS_KW[4], 1)]
        elif i == 16:
            picks = []
        else:
            picks = [(rnd.choice(ITEMS_KW), rnd.choice([1, 1, 2, 3])) for _ in range(rnd.randint(1, 4))]
        for (upc, desc, price), qty in picks:
            unit = fils(price)
            void = i != 1 and rnd.random() < 0.08
            ext = unit * qty
            void_attr = ' VoidFlag="true"' if void else ''
            lines.append(
                f'      <LineItem EntryMethod="Scanned"{void_attr}>\n'
                f'        <SequenceNumber>{k}</SequenceNumber>\n'
                f'        <Sale ItemType="Stock">\n          <POSIdentity POSIDType="EAN">\n'
                f'            <POSItemID>{upc}</POSItemID>\n          </POSIdentity>\n'
                f'          <ItemID>{upc}</ItemID>\n          <Description>{desc}</Description>\n'
                f'          <RegularSalesUnitPrice>{kwd(unit)}</RegularSalesUnitPrice>\n'
                f'          <ActualSalesUnitPrice>{kwd(unit)}</ActualSalesUnitPrice>\n'
                f'          <ExtendedAmount>{kwd(ext)}</ExtendedAmount>\n'
                f'          <Quantity>{qty}</Quantity>\n'
                f'          <acs:ReportCode>{rnd.randint(10, 99)}</acs:ReportCode>\n        </Sale>\n'
                f'      </LineItem>')
            k += 1
            if not void:
                total += ext
        if i == 16:
            # A return of a charger bought on an earlier receipt of the same lane.
            unit = fils(ITEMS_KW[7][2])
            lines.append(
                f'      <LineItem EntryMethod="Keyed">\n        <SequenceNumber>{k}</SequenceNumber>\n'
                f'        <Return>\n          <ItemID>{ITEMS_KW[7][0]}</ItemID>\n'
                f'          <Description>{ITEMS_KW[7][1]}</Description>\n'
                f'          <ActualSalesUnitPrice>{kwd(unit)}</ActualSalesUnitPrice>\n'
                f'          <ExtendedAmount>{kwd(-unit)}</ExtendedAmount>\n          <Quantity>1</Quantity>\n'
                '          <TransactionLink ReasonCode="Return">\n            <RetailStoreID>KW-0031</RetailStoreID>\n'
                '            <WorkstationID>2</WorkstationID>\n            <SequenceNumber>5188</SequenceNumber>\n'
                '            <BusinessDayDate>2026-03-13</BusinessDayDate>\n          </TransactionLink>\n'
                '        </Return>\n      </LineItem>')
            k += 1
            total -= unit
        grand = total
        if i != 1 and grand > 0 and rnd.random() < 0.5:
            paid = ((grand // 500) + 1) * 500
            lines.append(f'      <LineItem>\n        <SequenceNumber>{k}</SequenceNumber>\n'
                         '        <Tender TenderType="Cash" TypeCode="Sale" acs:TenderDescription="CASH KWD">\n'
                         f'          <Amount>{kwd(paid)}</Amount>\n          <TenderChange>\n'
                         f'            <Amount>{kwd(paid - grand)}</Amount>\n          </TenderChange>\n'
                         '        </Tender>\n      </LineItem>')
        else:
            type_code = "Refund" if grand < 0 else "Sale"
            lines.append(f'      <LineItem>\n        <SequenceNumber>{k}</SequenceNumber>\n'
                         f'        <Tender TenderType="CreditDebit" TypeCode="{type_code}" '
                         'acs:TenderDescription="KNET">\n'
                         f'          <Amount>{kwd(grand)}</Amount>\n'
                         '          <CreditDebit CardType="Debit" acs:CreditDescription="KNET">\n'
                         f'            <PrimaryAccountNumber>************{rnd.randint(1000, 9999)}</PrimaryAccountNumber>\n'
                         '          </CreditDebit>\n          <Authorization HostAuthorized="true">\n'
                         f'            <AuthorizationCode>{rnd.randint(100000, 999999)}</AuthorizationCode>\n'
                         '          </Authorization>\n        </Tender>\n      </LineItem>')
        out.append(head + '    <RetailTransaction Version="2.1">\n' + "\n".join(lines) + "\n"
                   f'      <Total TotalType="TransactionGrossAmount">{kwd(total)}</Total>\n'
                   f'      <Total TotalType="TransactionGrandAmount">{kwd(grand)}</Total>\n'
                   '    </RetailTransaction>\n  </Transaction>')
    out.append('</POSLog>')
    return "\n".join(out) + "\n", n


# --- A Japanese register's CSV export (JPY: no decimals) ---------------------------------------------------------

ITEMS_JP = [
    ("4901777018686", "Suntory Oolong Tea 2L", 258), ("4902102072618", "Pocky Chocolate", 178),
    ("4901301030788", "Kao Attack Detergent", 1280), ("4549526604857", "Nintendo Switch Lite", 21978),
    ("4902370536485", "Asahi Super Dry 6pk", 1398),
]


def yen(value):
    return f"{value:,}"


def tokyo():
    """A Tokyo store's register export: comma-separated, amounts with thousands commas (quoted) and no decimals,
    local times without an offset, a currency column."""
    rnd = random.Random(81)
    rows = ["店舗,レジ,取引番号,日時,区分,行区分,商品コード,商品名,数量,単価,金額,合計,通貨,支払方法"]
    clock = datetime(2026, 3, 14, 10, 0, 0)
    n = 0
    for i in range(12):
        n += 1
        seq = 880 + i
        clock += timedelta(minutes=rnd.randint(3, 11), seconds=rnd.randint(0, 59))
        when = clock.strftime("%Y-%m-%d %H:%M:%S")
        if i == 6:
            rows.append(f'TKY-07,1,{seq},{when},no_sale,,,,,,,,JPY,')
            continue
        picks = [(ITEMS_JP[3], 1)] if i == 2 else [(rnd.choice(ITEMS_JP), rnd.randint(1, 3))
                                                    for _ in range(rnd.randint(1, 3))]
        total = sum(p[2] * q for p, q in picks)
        total += total // 10  # consumption tax 10 %, in whole yen
        for (code, desc, price), qty in picks:
            rows.append(f'TKY-07,1,{seq},{when},sale,item,{code},{desc},{qty},"{yen(price)}","{yen(price * qty)}",'
                        f'"{yen(total)}",JPY,')
        tax = total - sum(p[2] * q for p, q in picks)
        rows.append(f'TKY-07,1,{seq},{when},sale,tax,,,,,"{yen(tax)}","{yen(total)}",JPY,')
        rows.append(f'TKY-07,1,{seq},{when},sale,payment,,,,,"{yen(total)}","{yen(total)}",JPY,'
                    f'{"cash" if i % 2 else "credit"}')
    return "\r\n".join(rows) + "\r\n", n


TOKYO_MAPPING = """{
    "store_id": "店舗",
    "register": "レジ",
    "sequence": "取引番号",
    "begin": "日時",
    "transaction_type": "区分",
    "line_kind": "行区分",
    "item_id": "商品コード",
    "description": "商品名",
    "quantity": "数量",
    "unit_price": "単価",
    "amount": "金額",
    "total": "合計",
    "currency": "通貨",
    "tender_type": "支払方法"
}
"""


def currency(cents, symbol, negative):
    """An amount as a register export writes it: the symbol, thousands commas, two decimals; negative is the
    pattern of a refund ("({})" or "-{}")."""
    text = f"{symbol}{abs(cents) // 100:,}.{abs(cents) % 100:02d}"
    return negative.format(text) if cents < 0 else text


def usd(cents):
    """US export style: "$1,234.50", refunds in parentheses "($13.97)"."""
    return currency(cents, "$", "({})")


def receipt_csv(header, receipts):
    """The CSV text of a register export with one row per receipt line: header, then for each receipt (head,
    lines, closing) the head followed by each of its line and closing rows, or by the empty row when a receipt has
    no lines (sign on, no sale). Windows line ends. lines and closing are lists of row tails; empty a single tail."""
    rows = [header]
    for head, lines, closing, empty in receipts:
        rows += [f"{head},{tail}" for tail in (lines + closing if lines else [empty])]
    return "\r\n".join(rows) + "\r\n"


def counterpoint():
    """A US store's ticket history export in the shape of NCR Counterpoint's: comma-separated, one row per ticket
    line, `MM/dd/yyyy hh:mm:ss AM/PM` local times (no offset), business dates written as a date at 12:00:00 AM,
    amounts with a dollar sign and thousands commas (quoted), refunds in parentheses. Times at the edges of the
    12-hour clock: just after midnight (a sale that belongs to the previous business date), at half past noon, a
    second before midnight."""
    header = ("Store,Station,Ticket #,Business Date,Ticket Date/Time,Cashier,Ticket Type,Line Type,Item #,Description,"
              "Qty,Unit Price,Reg Price,Ext Price,Void,Pay Code,Card #,Orig Station,Orig Ticket,Orig Bus Date,Loyalty #,"
              "Ticket Total")
    day = "03/14/2026 12:00:00 AM"
    # (ticket, business date, time, cashier, type, [(item, description, qty, unit cents, regular cents, void)],
    #  tax cents, tender, card, link (ticket, business date), loyalty)
    tickets = [
        (9998, "03/13/2026 12:00:00 AM", "03/14/2026 12:00:41 AM", "DWIGHT", "Sale",
         [("012000161155", "PEPSI 12PK CAN", 1, 649, 649, False)], 54, "CASH", "", None, ""),
        (10000, day, "03/14/2026 06:58:12 AM", "MARIA", "Sign On", [], 0, "", "", None, ""),
        (10001, day, "03/14/2026 09:15:03 AM", "MARIA", "Sale",
         [("028400090858", "LAYS CLASSIC 8OZ", 2, 429, 429, False),
          ("037000127864", "TIDE PODS 42CT", 1, 1397, 1397, False)], 186, "DEBIT", "4000056655665556", None, ""),
        (10002, day, "03/14/2026 12:30:00 PM", "MARIA", "Sale",
         [("885911475242", "DEWALT 20V MAX COMBO KIT", 1, 123450, 123450, False)], 10185, "VISA",
         "4111111111111111", None, "7100023344"),
        (10003, day, "03/14/2026 01:05:09 PM", "MARIA", "Sale",
         [("088491212771", "GILLETTE FUSION 4CT", 1, 1899, 2199, False),
          ("300450449108", "ADVIL 200CT", 1, 1649, 1649, True),
          ("041196910759", "PROGRESSO CHICKEN NOODLE", 3, 299, 299, False)], 231, "CASH", "", None, ""),
        (10004, day, "03/14/2026 03:22:47 PM", "MARIA", "Return",
         [("037000127864", "TIDE PODS 42CT", -1, 1397, 1397, False)], -115, "CASH", "", ("9950", "03/13/2026"),
         ""),
        (10005, day, "03/14/2026 04:10:00 PM", "MARIA", "No Sale", [], 0, "", "", None, ""),
        (10006, day, "03/14/2026 06:45:30 PM", "KEVIN", "Void",
         [("070177154004", "TWININGS EARL GREY", 2, 379, 379, False)], 63, "CASH", "", None, ""),
        (10007, day, "03/14/2026 09:40:18 PM", "KEVIN", "Sign Off", [], 0, "", "", None, ""),
        (10008, day, "03/14/2026 11:59:59 PM", "DWIGHT", "Sale",
         [("041220576463", "HEB WHOLE MILK GAL", 1, 358, 358, False)], 0, "CASH", "", None, ""),
    ]
    receipts = []
    for seq, bday, when, cashier, kind, lines, tax, tender, card, link, loyalty in tickets:
        counted = [l for l in lines if not l[5]]
        total = sum(q * unit for _, _, q, unit, _, _ in counted) + tax
        orig = f"2,{link[0]},{link[1]}" if link else ",,"
        items = [f'{"Return" if qty < 0 else "Item"},{item},{desc},{qty},"{usd(unit)}","{usd(regular)}",'
                 f'"{usd(qty * unit)}",{"Y" if void else ""},,,{orig},{loyalty},"{usd(total)}"'
                 for item, desc, qty, unit, regular, void in lines]
        closing = [f'Tax,,SALES TAX 8.25%,,,,"{usd(tax)}",,,,{orig},{loyalty},"{usd(total)}"'] if tax else []
        closing.append(f'Payment,,,,,,"{usd(total)}",,{tender},{card},{orig},{loyalty},"{usd(total)}"')
        receipts.append((f"0412,2,{seq},{bday},{when},{cashier},{kind}", items, closing,
                         f",,,,,,,,,,{orig},{loyalty},"))
    return receipt_csv(header, receipts), len(tickets)


COUNTERPOINT_MAPPING = """{
    "store_id": "Store",
    "register": "Station",
    "sequence": "Ticket #",
    "business_day": "Business Date",
    "begin": "Ticket Date/Time",
    "operator": "Cashier",
    "transaction_type": "Ticket Type",
    "line_kind": "Line Type",
    "item_id": "Item #",
    "description": "Description",
    "quantity": "Qty",
    "unit_price": "Unit Price",
    "regular_price": "Reg Price",
    "amount": "Ext Price",
    "void": "Void",
    "tender_type": "Pay Code",
    "card_number": "Card #",
    "link_register": "Orig Station",
    "link_sequence": "Orig Ticket",
    "link_business_day": "Orig Bus Date",
    "loyalty_id": "Loyalty #",
    "total": "Ticket Total"
}
"""


def gbp(cents):
    return currency(cents, "£", "-{}")


def uk_epos():
    """A UK shop's EPOS export: `dd/MM/yyyy HH:mm` local times (24-hour, no seconds, no offset), trading dates
    `dd/MM/yyyy`, pound amounts with thousands commas (quoted), two trading days either side of the change to
    British Summer Time (29 March 2026), so that the offset of each day is checked."""
    header = ("Site,Till,Receipt No,Trading Date,Date/Time,Operator,Transaction Type,Line Type,PLU,Description,Qty,"
              "Price,Value,Void,Tender,Card No,Receipt Total,Currency")
    receipts = [
        ("28/03/2026", "28/03/2026 08:59", "Priya", "Sign On", []),
        ("28/03/2026", "28/03/2026 09:02", "Priya", "Sale",
         [("5000112637922", "Walkers Ready Salted 6pk", 2, 185), ("5010477348678", "Yorkshire Tea 160", 1, 525)]),
        ("28/03/2026", "28/03/2026 12:00", "Priya", "Sale", [("5035048651239", "Dyson V8 Cordless", 1, 129999)]),
        ("28/03/2026", "28/03/2026 13:47", "Priya", "No Sale", []),
        ("28/03/2026", "28/03/2026 17:30", "Priya", "Refund", [("5010477348678", "Yorkshire Tea 160", -1, 525)]),
        ("28/03/2026", "28/03/2026 21:58", "Priya", "Sign Off", []),
        ("30/03/2026", "30/03/2026 00:05", "Tom", "Sale", [("5000128104517", "Hovis Soft White 800g", 1, 145)]),
        ("30/03/2026", "30/03/2026 10:15", "Tom", "Sale",
         [("5000347037567", "Cathedral City Cheddar 350g", 2, 400), ("5000112637922", "Walkers Ready Salted 6pk",
                                                                     1, 185)]),
        ("30/03/2026", "30/03/2026 23:59", "Tom", "Sale", [("5000128104517", "Hovis Soft White 800g", 1, 145)]),
    ]
    written = []
    for seq, (bday, when, operator, kind, lines) in enumerate(receipts, start=5501):
        total = sum(q * price for _, _, q, price in lines)
        tender = "Card" if total > 1000 else "Cash"
        card = "4929123412341234" if tender == "Card" else ""
        items = [f'{"Refund" if qty < 0 else "Item"},{plu},{desc},{qty},"{gbp(price)}","{gbp(qty * price)}",,,,'
                 f'"{gbp(total)}",GBP' for plu, desc, qty, price in lines]
        closing = [f'Payment,,,,,"{gbp(total)}",,{tender},{card},"{gbp(total)}",GBP']
        written.append((f"LDN-07,3,{seq},{bday},{when},{operator},{kind}", items, closing, ",,,,,,,,,,GBP"))
    return receipt_csv(header, written), len(receipts)


UK_MAPPING = """{
    "store_id": "Site",
    "register": "Till",
    "sequence": "Receipt No",
    "business_day": "Trading Date",
    "begin": "Date/Time",
    "operator": "Operator",
    "transaction_type": "Transaction Type",
    "line_kind": "Line Type",
    "item_id": "PLU",
    "description": "Description",
    "quantity": "Qty",
    "unit_price": "Price",
    "amount": "Value",
    "void": "Void",
    "tender_type": "Tender",
    "card_number": "Card No",
    "total": "Receipt Total",
    "currency": "Currency"
}
"""


def kassenjournal():
    """An Austrian till's journal export (the shape of a Registrierkasse's DEP/CSV export): `;` separators, decimal
    commas and thousands points, the date (`Datum`, `dd.MM.yyyy`) and the time (`Uhrzeit`, `HH:mm:ss`) in separate
    columns, local time (Europe/Vienna) without an offset, no business-day column. Two trading days either side of
    the end of summer time (25 October 2026: +02:00, then +01:00), a sale four minutes after midnight, a return, a
    storno of a whole receipt and of one line, a drawer opened without a sale, till open/close, sign on/off, a
    full card number (must be masked); **one broken row**: the time `25:10:00`."""
    header = ["Filiale", "Kasse", "Belegnr", "Datum", "Uhrzeit", "Bediener", "Belegart", "Positionsart", "EAN",
              "Artikeltext", "Menge", "Einzelpreis", "Betrag", "Storno", "Zahlungsart", "Kartennummer", "Belegsumme",
              "Währung"]
    items = [("9001500010009", "Manner Schnitten 75g", 149), ("9002490100070", "Almdudler 1,5l", 219),
             ("9000275101116", "Römerquelle prickelnd 1l", 89), ("9006900014018", "Julius Meinl Kaffee 500g", 899),
             ("4210201119871", "Bosch Waschmaschine Serie 6", 129900)]
    # (date, time, cashier, kind, [(item index, quantity, storno)], tender, card)
    receipts = [
        ("24.10.2026", "07:58:03", "Huber", "Kassenöffnung", [], "", ""),
        ("24.10.2026", "08:01:17", "Huber", "Anmeldung", [], "", ""),
        ("24.10.2026", "08:14:52", "Huber", "Verkauf", [(0, 2, False), (1, 1, False)], "Bar", ""),
        ("24.10.2026", "11:30:00", "Huber", "Verkauf", [(4, 1, False)], "Bankomat", "6703441234567890"),
        ("24.10.2026", "12:02:41", "Huber", "Verkauf", [(2, 6, False), (3, 1, True)], "Bar", ""),
        ("24.10.2026", "13:47:09", "Huber", "Schublade öffnen", [], "", ""),
        ("24.10.2026", "15:20:33", "Huber", "Retoure", [(3, -1, False)], "Bar", ""),
        ("24.10.2026", "16:05:00", "Huber", "Storno", [(1, 2, False)], "Bar", ""),
        ("24.10.2026", "25:10:00", "Huber", "Verkauf", [(0, 1, False)], "Bar", ""),
        ("24.10.2026", "19:58:12", "Huber", "Abmeldung", [], "", ""),
        ("24.10.2026", "20:04:40", "Huber", "Kassenabschluss", [], "", ""),
        ("26.10.2026", "00:04:12", "Gruber", "Verkauf", [(2, 1, False)], "Bar", ""),
        ("26.10.2026", "08:00:05", "Gruber", "Anmeldung", [], "", ""),
        ("26.10.2026", "09:12:44", "Gruber", "Verkauf", [(3, 2, False), (0, 3, False)], "Bankomat",
         "6703449876543210"),
        ("26.10.2026", "18:30:59", "Gruber", "Abmeldung", [], "", ""),
    ]
    rows = [";".join(header)]

    def row(**f):
        return ";".join(f.get(h, "") for h in header)

    for belegnr, (datum, uhrzeit, bediener, kind, lines, tender, card) in enumerate(receipts, start=2041):
        base = {"Filiale": "W-03", "Kasse": "2", "Belegnr": str(belegnr), "Datum": datum, "Uhrzeit": uhrzeit,
                "Bediener": bediener, "Belegart": kind, "Währung": "EUR"}
        if not lines:
            rows.append(row(**base))
            continue
        total = sum(q * items[i][2] for i, q, storno in lines if not storno)
        summe = money(total, comma=True, thousands=True)
        for i, q, storno in lines:
            ean, text, price = items[i]
            rows.append(row(**base, Positionsart="Retoure" if q < 0 else "Verkauf", EAN=ean, Artikeltext=text,
                            Menge=str(q), Einzelpreis=money(price, comma=True, thousands=True),
                            Betrag=money(q * price, comma=True, thousands=True), Storno="J" if storno else "",
                            Belegsumme=summe))
        rows.append(row(**base, Positionsart="Zahlung", Betrag=summe, Zahlungsart=tender, Kartennummer=card,
                        Belegsumme=summe))
    return "\r\n".join(rows) + "\r\n", len(receipts)


KASSENJOURNAL_MAPPING = """{
    "store_id": "Filiale",
    "register": "Kasse",
    "sequence": "Belegnr",
    "date": "Datum",
    "time": "Uhrzeit",
    "operator": "Bediener",
    "transaction_type": "Belegart",
    "line_kind": "Positionsart",
    "item_id": "EAN",
    "description": "Artikeltext",
    "quantity": "Menge",
    "unit_price": "Einzelpreis",
    "amount": "Betrag",
    "void": "Storno",
    "tender_type": "Zahlungsart",
    "card_number": "Kartennummer",
    "total": "Belegsumme",
    "currency": "Währung"
}
"""


def us_register():
    """A US store's register export with the date (`MM/dd/yyyy`) and the time (`h:mm:ss AM/PM`) in separate columns,
    local time (America/Chicago) without an offset, `$1,234.50` amounts (quoted), refunds in parentheses. Two days,
    12/07 (ambiguous on its own) and 12/13 (the 13th says month first); times at the edges of the 12-hour clock."""
    header = ("Store,Register,Trans #,Date,Time,Cashier,Trans Type,Line Type,UPC,Description,Qty,Price,Ext Amount,"
              "Void,Tender,Card Number,Trans Total")
    # (date, time, cashier, type, [(upc, description, qty, unit cents, void)], tax cents, tender, card)
    tickets = [
        ("12/07/2026", "12:00:41 AM", "DWIGHT", "Sale", [("012000161155", "PEPSI 12PK CAN", 1, 649, False)], 54,
         "CASH", ""),
        ("12/07/2026", "6:58:12 AM", "MARIA", "Sign On", [], 0, "", ""),
        ("12/07/2026", "12:30:00 PM", "MARIA", "Sale", [("885911475242", "DEWALT 20V MAX COMBO KIT", 1, 123450,
                                                          False)], 10185, "VISA", "4111111111111111"),
        ("12/07/2026", "2:03:27 PM", "MARIA", "Sale", [("088491212771", "GILLETTE FUSION 4CT", 1, 1899, False),
                                                       ("300450449108", "ADVIL 200CT", 1, 1649, True)], 157, "CASH",
         ""),
        ("12/07/2026", "3:22:47 PM", "MARIA", "Return", [("037000127864", "TIDE PODS 42CT", -1, 1397, False)], -115,
         "CASH", ""),
        ("12/07/2026", "4:10:00 PM", "MARIA", "No Sale", [], 0, "", ""),
        ("12/07/2026", "9:40:18 PM", "MARIA", "Sign Off", [], 0, "", ""),
        ("12/13/2026", "9:15:03 AM", "KEVIN", "Void", [("070177154004", "TWININGS EARL GREY", 2, 379, False)], 63,
         "CASH", ""),
        ("12/13/2026", "11:59:59 PM", "KEVIN", "Sale", [("041220576463", "HEB WHOLE MILK GAL", 1, 358, False)], 0,
         "CASH", ""),
    ]
    receipts = []
    for seq, (day, when, cashier, kind, lines, tax, tender, card) in enumerate(tickets, start=20101):
        total = sum(q * unit for _, _, q, unit, void in lines if not void) + tax
        items = [f'{"Return" if qty < 0 else "Item"},{upc},{desc},{qty},"{usd(unit)}","{usd(qty * unit)}",'
                 f'{"Y" if void else ""},,,"{usd(total)}"' for upc, desc, qty, unit, void in lines]
        closing = [f'Tax,,SALES TAX 8.25%,,,"{usd(tax)}",,,,"{usd(total)}"'] if tax else []
        closing.append(f'Payment,,,,,"{usd(total)}",,{tender},{card},"{usd(total)}"')
        receipts.append((f"0733,4,{seq},{day},{when},{cashier},{kind}", items, closing, ",,,,,,,,,"))
    return receipt_csv(header, receipts), len(tickets)


US_REGISTER_MAPPING = """{
    "store_id": "Store",
    "register": "Register",
    "sequence": "Trans #",
    "date": "Date",
    "time": "Time",
    "operator": "Cashier",
    "transaction_type": "Trans Type",
    "line_kind": "Line Type",
    "item_id": "UPC",
    "description": "Description",
    "quantity": "Qty",
    "unit_price": "Price",
    "amount": "Ext Amount",
    "void": "Void",
    "tender_type": "Tender",
    "card_number": "Card Number",
    "total": "Trans Total"
}
"""


if __name__ == "__main__":
    counts = {}
    for name, fn in (("ncr-acs-poslog.xml", ncr), ("futura-poslog6.xml", futura), ("xstore-poslog.xml", xstore),
                     ("kasse-export.csv", kasse), ("ncr-acs-kwd-poslog.xml", ncr_kwd),
                     ("tokyo-register.csv", tokyo), ("counterpoint-tickets.csv", counterpoint),
                     ("uk-epos-export.csv", uk_epos), ("kassenjournal-datum-uhrzeit.csv", kassenjournal),
                     ("us-register-date-time.csv", us_register)):
        text, n = fn()
        with open(os.path.join(HERE, name), "w", encoding="utf-8", newline="") as f:
            f.write(text)
        counts[name] = n
    with open(os.path.join(HERE, "kasse-mapping.json"), "w", encoding="utf-8") as f:
        f.write(MAPPING)
    with open(os.path.join(HERE, "tokyo-mapping.json"), "w", encoding="utf-8") as f:
        f.write(TOKYO_MAPPING)
    with open(os.path.join(HERE, "counterpoint-mapping.json"), "w", encoding="utf-8") as f:
        f.write(COUNTERPOINT_MAPPING)
    with open(os.path.join(HERE, "uk-epos-mapping.json"), "w", encoding="utf-8") as f:
        f.write(UK_MAPPING)
    with open(os.path.join(HERE, "kassenjournal-mapping.json"), "w", encoding="utf-8") as f:
        f.write(KASSENJOURNAL_MAPPING)
    with open(os.path.join(HERE, "us-register-mapping.json"), "w", encoding="utf-8") as f:
        f.write(US_REGISTER_MAPPING)
    print(counts, sum(counts.values()))
