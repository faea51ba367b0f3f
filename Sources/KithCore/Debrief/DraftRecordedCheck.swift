extension DebriefDraft {
    /// Whether this finished draft is already in the store: a save that was stopped (kill -9,
    /// power cut) after writing the store but before removing the draft. Such a draft must
    /// not be offered again. True only when everything it holds is there: the person, the
    /// meeting on its day with its context, and every need, offer, acquaintance, promise and note.
    package func isAlreadyRecorded(in network: Network) -> Bool {
        guard nextQuestion == nil, let record else { return false }
        let name = TextFolding.fold(record.name)
        let candidates =
            contactID.flatMap { network.contact(id: $0) }.map { [$0] }
            ?? network.contacts.filter { TextFolding.fold($0.name) == name }
        let note: String? = record.context.isEmpty ? nil : record.context
        func holds(_ wanted: [String], _ present: [String]) -> Bool {
            let have = Set(present.map(TextFolding.fold))
            return wanted.allSatisfy { have.contains(TextFolding.fold($0)) }
        }
        return candidates.contains { contact in
            contact.interactions.contains {
                $0.date == (record.met ?? started) && $0.kind == (record.kind ?? .met) && $0.note == note
            }
                && holds(record.needs, contact.needs.map(\.text)) && holds(record.offers, contact.offers.map(\.text))
                && holds(record.knows, contact.knows.map(\.text))
                && holds(record.promises, contact.promises.map(\.text))
                && holds(record.notes.isEmpty ? [] : [record.notes], contact.notes.map(\.text))
        }
    }
}
