/// A piece of text and the day it was recorded: an offer, a note.
public struct DatedText: Hashable, Sendable, Codable {
    public var text: String
    public var recorded: Day

    public init(_ text: String, recorded: Day) {
        self.text = text
        self.recorded = recorded
    }
}

/// Something a person needs, and whether (and by whom) it was solved.
public struct Need: Hashable, Sendable, Codable {
    public var text: String
    public var recorded: Day
    /// The day the need was marked met, if it was.
    public var solved: Day?
    /// Who solved it: a contact's name or free text.
    public var solvedBy: String?

    public init(_ text: String, recorded: Day, solved: Day? = nil, solvedBy: String? = nil) {
        self.text = text
        self.recorded = recorded
        self.solved = solved
        self.solvedBy = solvedBy
    }

    /// True while nobody has solved it.
    public var isOpen: Bool { solved == nil }
}

/// Something the user said they would do for a contact.
public struct Promise: Hashable, Sendable, Codable {
    public var text: String
    public var recorded: Day
    /// The day the promise was kept, if it was.
    public var kept: Day?

    public init(_ text: String, recorded: Day, kept: Day? = nil) {
        self.text = text
        self.recorded = recorded
        self.kept = kept
    }

    /// True while the promise is not yet kept.
    public var isOpen: Bool { kept == nil }
}

/// Someone a contact knows: free text ("Dr. Ruiz, a chiropractor") and, when it names a
/// contact in the store, that contact's id.
public struct Acquaintance: Hashable, Sendable, Codable {
    public var text: String
    public var recorded: Day
    public var contactID: ContactID?

    public init(_ text: String, recorded: Day, contactID: ContactID? = nil) {
        self.text = text
        self.recorded = recorded
        self.contactID = contactID
    }
}
