/// A debrief in progress: the answers given so far, kept on disk after every line so that
/// nothing typed is lost to Ctrl-C, a closed terminal or the end of input.
package struct DebriefDraft: Codable, Hashable, Sendable {
    package var name: String?
    package var context: String?
    package var needs: [String]?
    package var offers: [String]?
    package var knows: [String]?
    package var promises: [String]?
    package var notes: String?
    /// Items typed so far for the list question being answered.
    package var pendingItems: [String] = []
    /// The contact the debrief is about, once chosen; nil for a new person.
    package var contactID: ContactID?
    /// True once the name has been matched to a contact (or to nobody).
    package var contactResolved = false
    /// The day the debrief began; it is the day of the meeting.
    package var started: Day

    package init(started: Day, name: String? = nil) {
        self.started = started
        self.name = name
    }

    private enum CodingKeys: String, CodingKey {
        case name, context, needs, offers, knows, promises, notes, pendingItems, contactID, contactResolved, started
        case schemaVersion
    }

    /// Reads a draft; the bookkeeping fields may be missing from a hand-edited file, and the
    /// `schemaVersion` from a draft an older kith wrote (`DraftStore` checks it).
    package init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        context = try c.decodeIfPresent(String.self, forKey: .context)
        needs = try c.decodeIfPresent([String].self, forKey: .needs)
        offers = try c.decodeIfPresent([String].self, forKey: .offers)
        knows = try c.decodeIfPresent([String].self, forKey: .knows)
        promises = try c.decodeIfPresent([String].self, forKey: .promises)
        notes = try c.decodeIfPresent(String.self, forKey: .notes)
        pendingItems = try c.decodeIfPresent([String].self, forKey: .pendingItems) ?? []
        contactID = try c.decodeIfPresent(String.self, forKey: .contactID)
        contactResolved = try c.decodeIfPresent(Bool.self, forKey: .contactResolved) ?? false
        started = try c.decode(Day.self, forKey: .started)
    }

    /// Writes the draft with the version of the draft document this kith writes.
    package func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(VersionedDocument.draft.newestVersion, forKey: .schemaVersion)
        try c.encodeIfPresent(name, forKey: .name)
        try c.encodeIfPresent(context, forKey: .context)
        try c.encodeIfPresent(needs, forKey: .needs)
        try c.encodeIfPresent(offers, forKey: .offers)
        try c.encodeIfPresent(knows, forKey: .knows)
        try c.encodeIfPresent(promises, forKey: .promises)
        try c.encodeIfPresent(notes, forKey: .notes)
        try c.encode(pendingItems, forKey: .pendingItems)
        try c.encodeIfPresent(contactID, forKey: .contactID)
        try c.encode(contactResolved, forKey: .contactResolved)
        try c.encode(started, forKey: .started)
    }

    /// The first question without an answer, or nil when all are answered.
    package var nextQuestion: DebriefQuestion? {
        DebriefQuestion.allCases.first { !isAnswered($0) }
    }

    /// True once `question` has an answer (an empty list or empty notes count).
    package func isAnswered(_ question: DebriefQuestion) -> Bool {
        switch question {
        case .name: return name != nil
        case .context: return context != nil
        case .needs: return needs != nil
        case .offers: return offers != nil
        case .knows: return knows != nil
        case .promises: return promises != nil
        case .notes: return notes != nil
        }
    }

    /// Clears one answer so it is asked again (and the contact chosen again for the name).
    package mutating func clear(_ question: DebriefQuestion) {
        pendingItems = []
        switch question {
        case .name:
            name = nil
            contactID = nil
            contactResolved = false
        case .context: context = nil
        case .needs: needs = nil
        case .offers: offers = nil
        case .knows: knows = nil
        case .promises: promises = nil
        case .notes: notes = nil
        }
    }

    /// True while nothing but the name has been answered (nothing worth keeping as a draft).
    package var hasNoAnswers: Bool {
        context == nil && needs == nil && offers == nil && knows == nil && promises == nil && notes == nil
            && pendingItems.isEmpty
    }

    /// The record to save; nil while the name is unknown.
    package var record: DebriefRecord? {
        guard let name, !name.isEmpty else { return nil }
        var record = DebriefRecord(name: name)
        record.met = started
        record.context = context ?? ""
        record.needs = needs ?? []
        record.offers = offers ?? []
        record.knows = knows ?? []
        record.promises = promises ?? []
        record.notes = notes ?? ""
        return record
    }
}
