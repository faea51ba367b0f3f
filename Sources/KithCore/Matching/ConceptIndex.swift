/// Where a piece of a contact's text comes from; each has its own weight in the confidence.
enum MatchField: Int, CaseIterable {
    case offer, role, company, tag, knows, note, need
}

/// Every contact's texts read into concepts and words, with postings from each concept and
/// each word variant to the items that hold it, so a question touches only its own items.
///
/// An item is one offer, the role, the company, one tag, one `knows` item, one note or one
/// open need. Its reading is kept flat (a run of marks per item), a few bytes per word.
struct ConceptIndex {
    /// One indexed piece of text.
    struct Item {
        let contact: Int32
        let field: MatchField
        /// Position in the contact's list for that field (0 for role and company).
        let position: Int32
        let markStart: Int32
        let markCount: Int32
    }

    /// One concept or word variant an item holds.
    struct Mark {
        static let concept: UInt8 = 1
        static let head: UInt8 = 2
        static let inPhrase: UInt8 = 4
        let key: Int32
        let flags: UInt8
        /// For a head concept: the words of the phrase that named it, and how many concepts
        /// that phrase belongs to.
        var span: UInt8 = 1
        var ambiguity: UInt8 = 1
    }

    /// The marks of one item, for `MatchConfidence`.
    struct ItemMarks {
        let marks: ArraySlice<Mark>

        enum WordPlace { case none, free, inPhrase }

        func hasHeadConcept(_ concept: Int32) -> Bool { headConceptMark(concept) != nil }

        func headConceptMark(_ concept: Int32) -> Mark? {
            marks.first { $0.key == concept && $0.flags & (Mark.concept | Mark.head) == (Mark.concept | Mark.head) }
        }

        var contextConcepts: [Int32] {
            marks.filter { $0.flags & (Mark.concept | Mark.head) == Mark.concept }.map(\.key)
        }

        func hasContextConcept(_ concept: Int32) -> Bool {
            marks.contains { $0.key == concept && $0.flags & (Mark.concept | Mark.head) == Mark.concept }
        }

        /// Where a word (its variants) is in the item's head: outside any phrase, in one, or not at all.
        func headWord(_ variants: [Int32]) -> WordPlace {
            var place = WordPlace.none
            for mark in marks
            where mark.flags & Mark.concept == 0 && mark.flags & Mark.head != 0 && variants.contains(mark.key) {
                if mark.flags & Mark.inPhrase == 0 { return .free }
                place = .inPhrase
            }
            return place
        }

        func hasFreeWord(_ variants: [Int32]) -> Bool {
            marks.contains { $0.flags & (Mark.concept | Mark.inPhrase) == 0 && variants.contains($0.key) }
        }

        func hasWord(_ variants: [Int32]) -> Bool {
            marks.contains { $0.flags & Mark.concept == 0 && variants.contains($0.key) }
        }
    }

    private(set) var items: [Item] = []
    private(set) var marks: [Mark] = []
    /// Items holding each concept (by catalogue position) and each word variant (by term id).
    private(set) var conceptPostings: [[Int32]]
    private(set) var termPostings: [[Int32]] = []
    /// Whether each contact states an offer that names a concept: their offers then say what
    /// they do better than their role.
    private(set) var offersNameConcepts: [Bool]

    /// Reads every contact's texts; with `include`, only the texts it accepts become items (see
    /// `MatchIndex`: the first question reads only the texts that could answer it), while
    /// `offersNameConcepts` still holds for every contact with an item.
    init(
        contacts: [Contact], catalogue: ConceptCatalogue, analyzer: TermAnalyzer,
        include: ((String) -> Bool)? = nil
    ) {
        conceptPostings = Array(repeating: [], count: catalogue.count)
        offersNameConcepts = Array(repeating: false, count: contacts.count)
        // A text written several times (a role, a company, a tag, the same need or offer) is
        // read once, and its items share one run of marks.
        var runs: [String: (start: Int32, count: Int32)] = [:]
        func run(of text: String) -> (start: Int32, count: Int32) {
            if let known = runs[text] { return known }
            let reading = catalogue.read(text, analyzer: analyzer)
            let start = Int32(marks.count)
            func mark(_ key: Int32, _ flags: UInt8, span: UInt8 = 1, ambiguity: UInt8 = 1) {
                marks.append(Mark(key: key, flags: flags, span: span, ambiguity: ambiguity))
            }
            for (c, concept) in reading.headConcepts.enumerated() {
                mark(concept, Mark.concept | Mark.head, span: reading.headSpans[c], ambiguity: reading.headAmbiguity[c])
            }
            for concept in reading.contextConcepts { mark(concept, Mark.concept) }
            for word in reading.headTerms { for t in word { mark(t, Mark.head) } }
            for word in reading.contextTerms { for t in word { mark(t, 0) } }
            for word in reading.headPhraseTerms { for t in word { mark(t, Mark.inPhrase | Mark.head) } }
            for word in reading.contextPhraseTerms { for t in word { mark(t, Mark.inPhrase) } }
            let found = (start, Int32(marks.count) - start)
            runs[text] = found
            return found
        }
        var hasItems = Array(repeating: false, count: include == nil ? 0 : contacts.count)
        for (contactIndex, contact) in contacts.enumerated() {
            let c = Int32(contactIndex)
            func add(_ text: String, _ field: MatchField, _ position: Int) {
                if let include, !include(text) { return }
                let run = run(of: text)
                // An empty reading holds no marks: the text has nothing to match on.
                guard run.count > 0 else { return }
                let item = Int32(items.count)
                for m in Int(run.start)..<Int(run.start + run.count) {
                    let mark = marks[m]
                    let key = Int(mark.key)
                    if mark.flags & Mark.concept != 0 {
                        if mark.flags & Mark.head != 0 && field == .offer { offersNameConcepts[Int(c)] = true }
                        if conceptPostings[key].last != item { conceptPostings[key].append(item) }
                    } else {
                        while termPostings.count <= key { termPostings.append([]) }
                        if termPostings[key].last != item { termPostings[key].append(item) }
                    }
                }
                if include != nil { hasItems[contactIndex] = true }
                items.append(
                    Item(
                        contact: c, field: field, position: Int32(position), markStart: run.start,
                        markCount: run.count))
            }
            for (i, offer) in contact.offers.enumerated() { add(offer.text, .offer, i) }
            if let role = contact.role { add(role, .role, 0) }
            if let company = contact.company { add(company, .company, 0) }
            for (i, tag) in contact.tags.enumerated() { add(tag, .tag, i) }
            for (i, known) in contact.knows.enumerated() { add(known.text, .knows, i) }
            for (i, note) in contact.notes.enumerated() { add(note.text, .note, i) }
            for (i, need) in contact.needs.enumerated() where need.isOpen { add(need.text, .need, i) }
        }
        // Offers left out still say whether a contact's offers name a concept.
        for (contactIndex, contact) in contacts.enumerated() where include != nil && hasItems[contactIndex] {
            for offer in contact.offers where !offersNameConcepts[contactIndex] {
                let run = run(of: offer.text)
                offersNameConcepts[contactIndex] = marks[Int(run.start)..<Int(run.start + run.count)]
                    .contains { $0.flags & (Mark.concept | Mark.head) == (Mark.concept | Mark.head) }
            }
        }
    }

    func marks(of item: Int32) -> ItemMarks {
        let entry = items[Int(item)]
        return ItemMarks(marks: marks[Int(entry.markStart)..<Int(entry.markStart + entry.markCount)])
    }

    /// Calls `body` once per item in an allowed field that holds any concept or word of
    /// `asked` (its head concepts' related concepts included). Items holding only a context
    /// word, or a word of a phrase, come last and only when `weakToo()` says so once the others
    /// are done (they can only be weak evidence). `seen` is scratch, one slot per item, all
    /// `false` on entry and on return.
    func forEachCandidate(
        of asked: TextReading, catalogue: ConceptCatalogue, fields allowed: [Bool],
        seen: inout [Bool], weakToo: () -> Bool, _ body: (Int32) -> Void
    ) {
        var touched: [Int32] = []
        func visit(_ list: [Int32]) {
            for item in list where !seen[Int(item)] && allowed[items[Int(item)].field.rawValue] {
                seen[Int(item)] = true
                touched.append(item)
                body(item)
            }
        }
        for concept in asked.headConcepts {
            visit(conceptPostings[Int(concept)])
            for other in catalogue.related[Int(concept)] { visit(conceptPostings[Int(other)]) }
        }
        for concept in asked.contextConcepts { visit(conceptPostings[Int(concept)]) }
        for word in asked.headTerms {
            for term in word where Int(term) < termPostings.count { visit(termPostings[Int(term)]) }
        }
        if weakToo() {
            for word in asked.contextTerms + asked.phraseTerms {
                for term in word where Int(term) < termPostings.count { visit(termPostings[Int(term)]) }
            }
        }
        for item in touched { seen[Int(item)] = false }
    }
}
