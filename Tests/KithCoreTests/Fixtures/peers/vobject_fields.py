"""Prints, as JSON, what vobject reads from a vCard file: one object per card with the fields
kith compares (FN, e-mails, phones, ORG's first unit, TITLE, URLs, BDAY, NOTE), or
{"error": ...} when vobject cannot read the file."""
import json
import sys

import vobject


def values(card, name):
    return [str(p.value) for p in card.contents.get(name, [])]


def first(card, name):
    found = card.contents.get(name)
    return found[0].value if found else None


def main(path):
    with open(path, "rb") as handle:
        raw = handle.read()
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = raw.decode("latin-1")
    cards = []
    try:
        for card in vobject.readComponents(text, ignoreUnreadable=True):
            if card.name != "VCARD":
                continue
            org = first(card, "org")
            cards.append({
                "fn": str(first(card, "fn") or ""),
                "emails": values(card, "email"),
                "phones": values(card, "tel"),
                "org": str((org[0] if isinstance(org, list) and org else (org or None)) or "") or None,
                "title": first(card, "title"),
                "urls": values(card, "url"),
                "bday": first(card, "bday"),
                "note": str(first(card, "note") or "") or None,
                "title": str(first(card, "title") or "") or None,
            })
    except Exception as error:  # vobject refuses the file: kith must still read it
        print(json.dumps({"error": f"{type(error).__name__}: {error}"}))
        return
    print(json.dumps({"cards": cards}, ensure_ascii=False, default=str))


main(sys.argv[1])
