/// How a match is put in words: the reasons, the concepts' names and the answer's rows.
extension MatchIndex {
    func conceptNames(_ concepts: [Int32], wording: MatchWording, reasons: ActionReasons?) -> [String] {
        if let known = reasons?.conceptNames[concepts] { return known }
        let names = concepts.map { catalogue.name($0, spanish: wording.spanishLabels) }
        reasons?.conceptNames[concepts] = names
        return names
    }

    /// `MatchReasons.quote` of `text`, worked out once per text.
    func quoted(_ text: String) -> String {
        if let known = quotes[text] { return known }
        let quote = MatchReasons.quote(text)
        quotes[text] = quote
        return quote
    }

    /// The stronger of two hits for one person; on equal confidence, the stated offer.
    func better(_ x: Hit, than y: Hit) -> Bool {
        if x.confidence != y.confidence { return x.confidence > y.confidence }
        if x.evidence.sharedWords != y.evidence.sharedWords { return x.evidence.sharedWords > y.evidence.sharedWords }
        return index.items[Int(x.item)].field.rawValue < index.items[Int(y.item)].field.rawValue
    }

    /// The person an item is about: the linked contact for a `knows` item that names one in the
    /// store, else the item's owner.
    func target(of item: Int32) -> Int {
        let entry = index.items[Int(item)]
        let owner = Int(entry.contact)
        guard entry.field == .knows, Int(entry.position) < contacts[owner].knows.count,
            let id = contacts[owner].knows[Int(entry.position)].contactID,
            let linked = positionOfID[id], linked != owner
        else { return owner }
        return linked
    }

    /// The kind of evidence: a concept met without a shared word is the catalogue's knowledge
    /// at work (a "fisioterapeuta" for "back pain").
    func kind(of hit: Hit) -> MatchKind {
        MatchReasons.kind(of: index.items[Int(hit.item)].field, isKnowledge: isKnowledge(hit))
    }

    func isKnowledge(_ hit: Hit) -> Bool {
        hit.evidence.strength == .sameConcept && hit.evidence.sharedWords == 0
    }

    func reason(of hit: Hit, wording: MatchWording, withNote: Bool = true, reasons: ActionReasons? = nil)
        -> String
    {
        let item = index.items[Int(hit.item)]
        guard withNote else {
            // For an action's text: "Ben offers 'tax advice'", "Cy, who works as 'accountant'".
            if let known = reasons?.byItem[hit.item] { return known }
            let text = MatchReasons.actionReason(
                owner: contacts[Int(item.contact)], field: item.field,
                position: Int(item.position), wording: wording, quote: quoted)
            reasons?.byItem[hit.item] = text
            return text
        }
        let owner = contacts[Int(item.contact)]
        let linked = hit.target != Int(item.contact) ? contacts[hit.target] : nil
        let names = hit.evidence.concepts.map { catalogue.name($0, spanish: wording.spanishLabels) }
        // The concept is named only where the words themselves do not show the link.
        let showsItself = hit.evidence.strength == .sameConcept && !isKnowledge(hit)
        let note = !showsItself ? MatchReasons.note(hit.evidence.strength, concepts: names, wording: wording) : nil
        return MatchReasons.reason(
            owner: owner, field: item.field, position: Int(item.position),
            linked: linked, note: note, wording: wording)
    }

    func match(
        _ group: Group, others hitIndices: [Int], hits: [Hit], wording: MatchWording,
        withNote: Bool, reasons: ActionReasons?
    ) -> WhoMatch {
        let best = hits[group.best]
        let reason = reason(of: best, wording: wording, withNote: withNote, reasons: reasons)
        var others: [String] = []
        for h in hitIndices.sorted(by: { (hits[$0].confidence, $1) > (hits[$1].confidence, $0) }) where h != group.best
        {
            let text = self.reason(of: hits[h], wording: wording)
            if text != reason && !others.contains(text) { others.append(text) }
            if others.count == 2 { break }
        }
        let item = index.items[Int(best.item)]
        let via = item.field == .knows ? contacts[Int(item.contact)] : nil
        let person = contacts[group.target]
        let confidence = (best.confidence * 100).rounded() / 100
        return WhoMatch(
            contactID: person.id, name: person.name, score: best.confidence + group.tieBreak / 1000,
            reason: reason, via: via?.name, viaContactID: via?.id, kind: kind(of: best),
            otherReasons: others, confidence: confidence, strength: best.evidence.strength,
            concepts: conceptNames(best.evidence.concepts, wording: wording, reasons: reasons))
    }
}
