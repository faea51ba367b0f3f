import ArgumentParser
import KithCore

/// `kith who QUERY…`: who can help with a problem, best first, each with why; `who needs
/// QUERY…` finds the people who need it.
struct WhoCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "who",
        abstract: "Find who can help with a problem (or, with 'who needs …', who needs it).",
        discussion: """
            Examples: 'kith who can help with security cameras?', 'kith who back pain', \
            'kith who needs a website', 'kith who tengo un dolor de espalda'. Matches what people \
            offer, what kith knows about who solves which problems (data/knowledge.json, extended \
            by knowledge.json in your data folder), who your contacts know (second degree) and \
            your notes. Case, accents, plurals and English/Spanish word forms do not matter.
            """)

    @Argument(help: "What you are looking for, in your own words.")
    var words: [String] = []

    @Option(help: "Show at most this many people.")
    var limit: Int = 10

    @Flag(help: "Print JSON: an array of {name, score, confidence, strength, concepts, reason, via, kind, contactID}.")
    var json = false

    func validate() throws {
        try CountArgument.checkLimit(limit, option: "--limit")
    }

    @OptionGroup var language: LanguageOption

    func run(in session: Session) throws {
        let prompts = try session.prompts(language.lang)
        let (direction, text) = WhoQuery.parse(words)
        guard !text.isEmpty else {
            throw CommandError(prompts.text("who.empty"))
        }
        let index = try session.coach().index
        let wording = MatchWording(prompts: prompts)
        let answer =
            direction == .needs
            ? index.whoNeeds(text, limit: limit, wording: wording)
            : index.whoCanHelp(text, limit: limit, wording: wording)
        let read = index.concepts(of: text, wording: wording)
        if json {
            session.say(try JSONOutput.text(JSONValue.array(answer.matches.map(Self.json))))
            if answer.matches.isEmpty { session.warn(noMatch(answer, text: text, read: read, prompts: prompts)) }
            return
        }
        guard !answer.matches.isEmpty else {
            session.sayWrapped(noMatch(answer, text: text, read: read, prompts: prompts), indent: 0)
            return
        }
        let style = session.style
        session.say(style.bold(prompts.text(direction == .needs ? "who.needs" : "who.canHelp", ["query": text])))
        if !read.isEmpty {
            session.say(prompts.text("who.readAs", ["concepts": read.prefix(4).joined(separator: ", ")]))
        }
        for (position, match) in answer.matches.enumerated() {
            session.sayWrapped(
                String(format: "%2d. ", position + 1) + style.bold(match.name) + " — \(match.reason)", indent: 4)
        }
    }

    /// Nobody matched: what the question was read as, or, when kith did not understand it,
    /// the closest terms it knows (a spelling hint is noise once the question was understood).
    private func noMatch(_ answer: WhoAnswer, text: String, read: [String], prompts: PromptBook) -> String {
        var lines = [prompts.text("who.nobody", ["query": text])]
        if !read.isEmpty {
            lines.append(prompts.text("who.readAs", ["concepts": read.prefix(4).joined(separator: ", ")]))
        } else if !answer.suggestions.isEmpty {
            lines.append(prompts.text("who.closest", ["terms": answer.suggestions.joined(separator: ", ")]))
        }
        lines.append(prompts.text("who.tip"))
        return lines.joined(separator: "\n")
    }

    static func json(_ match: WhoMatch) -> JSONValue {
        .object([
            "name": .string(match.name),
            "contactID": .string(match.contactID),
            "score": .number((match.score * 1000).rounded() / 1000),
            "reason": .string(match.reason),
            "via": match.via.map(JSONValue.string) ?? .null,
            "kind": .string(match.kind.rawValue),
            "confidence": .number(match.confidence),
            "strength": .string(match.strength.rawValue),
            "concepts": .array(match.concepts.map(JSONValue.string)),
        ])
    }
}
