import Foundation
import KithCore
import Testing

/// The texts of a prompts file shipped in `prompts/`.
func promptTexts(_ language: String) throws -> [String: String] {
    let data = try Data(
        contentsOf: URL(fileURLWithPath: packageRoot).appendingPathComponent("prompts/\(language).json"))
    let object = try JSONDecoder().decode([String: JSONValue].self, from: data)
    return object.compactMapValues { value in
        guard case .string(let text) = value else { return nil }
        return text
    }
}

/// `kith debrief` with its answers on a pipe, one per line.
@Suite struct DebriefPipeTests {
    let english: [String: String]

    init() throws {
        english = try promptTexts("en")
    }

    @Test func sevenAnswersAreSaved() throws {
        let home = try KithHome()
        let input = """
            José García
            Swift meetup in Madrid
            a designer for the new app
            funding

            web performance
            Kubernetes

            Dr. Ruiz, a chiropractor

            send the article on pricing

            two kids; loves jazz

            """
        let result = try home.run(["debrief"], input: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Saved José García to your network."))
        #expect(result.stdout.contains("     • funding"))
        #expect(!result.stdout.contains(english["tip.emptyNeeds"]!))
        let network = try home.loadNetwork()
        let jose = try #require(network.contacts.first)
        #expect(network.contacts.count == 1)
        #expect(jose.name == "José García")
        #expect(jose.added == Day("2026-11-23"))
        #expect(jose.interactions.map(\.note) == ["Swift meetup in Madrid"])
        #expect(jose.needs.map(\.text) == ["a designer for the new app", "funding"])
        #expect(jose.offers.map(\.text) == ["web performance", "Kubernetes"])
        #expect(jose.knows.map(\.text) == ["Dr. Ruiz, a chiropractor"])
        #expect(jose.promises.map(\.text) == ["send the article on pricing"])
        #expect(jose.notes.map(\.text) == ["two kids; loves jazz"])
        #expect(!FileManager.default.fileExists(atPath: home.location.draftFile.path))
    }

    @Test func sixAnswersWhenTheNameIsGiven() throws {
        let home = try KithHome()
        let result = try home.run(
            ["debrief", "Ana", "López"], input: "conference\nmoney\n\ndesign\n\nBea\n\nintro to Bea\n\nruns marathons\n"
        )
        #expect(result.status == 0, "\(result.stderr)")
        let ana = try #require(try home.loadNetwork().contacts.first)
        #expect(ana.name == "Ana López")
        #expect(ana.needs.map(\.text) == ["money"])
        #expect(ana.promises.map(\.text) == ["intro to Bea"])
        #expect(ana.notes.map(\.text) == ["runs marathons"])
    }

    @Test func emptyNeedsAndOffersGetTheCoachsTips() throws {
        let home = try KithHome()
        let result = try home.run(["debrief", "Ana"], input: "bar\n\n\n\n\n\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains(english["tip.emptyNeeds"]!))
        #expect(result.stdout.contains(english["tip.emptyOffers"]!))
        #expect(result.stdout.contains(english["tip.followUp"]!))
        #expect(try home.loadNetwork().contacts.map(\.name) == ["Ana"])
    }

    @Test func aKnownNameInOtherCaseAndAccentsAddsAMeeting() throws {
        let home = try KithHome(today: "2026-11-20")
        #expect(
            try home.run(["debrief", "José García"], input: "meetup\nfunding\n\nlogo design\n\n\n\n\n").status == 0)
        let later = try KithHome(today: "2026-11-23")
        try FileManager.default.copyItem(at: home.location.storeFile, to: later.location.storeFile)
        let result = try later.run(
            ["debrief"], input: "JOSE GARCIA\ncoffee\nFUNDING\nan office\n\nLogo Désign\nphotos\n\n\n\n\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("You already know José García"))
        #expect(result.stdout.contains("Added this meeting to José García's record."))
        let network = try later.loadNetwork()
        #expect(network.contacts.count == 1)
        let jose = try #require(network.contacts.first)
        #expect(jose.name == "José García")
        #expect(jose.interactions.map(\.date.description) == ["2026-11-20", "2026-11-23"])
        #expect(jose.interactions.map(\.note) == ["meetup", "coffee"])
        #expect(jose.needs.map(\.text) == ["funding", "an office"])
        #expect(jose.offers.map(\.text) == ["logo design", "photos"])
        #expect(jose.needs.map(\.recorded.description) == ["2026-11-20", "2026-11-23"])
    }

    @Test func endOfInputKeepsADraftThatResumeFinishes() throws {
        let home = try KithHome()
        let stopped = try home.run(["debrief"], input: "Ana\nmeetup\nfunding\n")
        #expect(stopped.status != 0)
        #expect(stopped.stderr.contains(english["draft.kept"]!))
        #expect(home.mode(home.location.draftFile) == 0o600)
        #expect(home.bytes(home.location.storeFile) == nil)

        // A new debrief is refused while the draft waits, and the draft is left as it was.
        let draft = home.bytes(home.location.draftFile)
        let refused = try home.run(["debrief", "Bea"], input: "x\n")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains(english["draft.exists"]!.replacingOccurrences(of: "{about}", with: " (Ana)")))
        #expect(home.bytes(home.location.draftFile) == draft)

        let resumed = try home.run(["debrief", "--resume"], input: "an office\n\nbaking\n\n\n\n\n")
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("Resuming your unfinished debrief (Ana)."))
        let ana = try #require(try home.loadNetwork().contacts.first)
        #expect(ana.needs.map(\.text) == ["funding", "an office"])
        #expect(ana.offers.map(\.text) == ["baking"])
        #expect(!FileManager.default.fileExists(atPath: home.location.draftFile.path))

        let nothing = try home.run(["debrief", "--resume"])
        #expect(nothing.status != 0)
        #expect(nothing.stderr.contains(english["draft.none"]!))
    }

    @Test func discardDropsTheDraft() throws {
        let home = try KithHome()
        #expect(try home.run(["debrief", "Ana"], input: "meetup\n").status != 0)
        #expect(FileManager.default.fileExists(atPath: home.location.draftFile.path))
        let result = try home.run(["debrief", "--discard"])
        #expect(result.status == 0)
        #expect(result.stdout.contains(english["draft.discarded"]!))
        #expect(!FileManager.default.fileExists(atPath: home.location.draftFile.path))
        #expect(try home.run(["debrief", "--discard"]).status != 0)
        #expect(try home.run(["debrief", "--resume", "--discard"]).status != 0)
        #expect(try home.run(["debrief", "--resume", "Ana"]).status != 0)
    }

    @Test func spanishTextsComeFromTheSpanishPrompts() throws {
        let spanish = try promptTexts("es")
        let home = try KithHome()
        let result = try home.run(["debrief", "--lang", "es"], input: "Eva\nfiesta\n\n\n\n\n\n")
        #expect(result.status == 0, "\(result.stderr)")
        for key in ["tip.emptyNeeds", "tip.emptyOffers", "tip.followUp", "summary.title"] {
            #expect(result.stdout.contains(spanish[key]!), "\(key)")
            #expect(!result.stdout.contains(english[key]!), "\(key)")
        }
        #expect(result.stdout.contains(spanish["saved.new"]!.replacingOccurrences(of: "{name}", with: "Eva")))
        let stopped = try home.run(["debrief", "--lang", "es", "Luis"], input: "meetup\n")
        #expect(stopped.stderr.contains(spanish["draft.kept"]!))
    }

    @Test func twoContactsWithTheSameNameAreNotGuessedFromAPipe() throws {
        let home = try KithHome()
        let file = try home.write(#"[{"name": "Ana Ruiz"}, {"name": "Ana Ruiz2"}]"#, to: "two.json")
        #expect(try home.run(["import", file]).status == 0)
        var network = try home.loadNetwork()
        network.contacts[1].name = "Ana Ruiz"
        try StoreCodec.encode(network).write(to: home.location.storeFile)
        let result = try home.run(["debrief", "ana ruiz"], input: "meetup\n\n\n\n\n\n")
        #expect(result.status != 0)
        #expect(result.stderr.contains("Several people in your network are called 'ana ruiz':"))
        for contact in network.contacts { #expect(result.stderr.contains("@\(contact.id)  Ana Ruiz")) }
        #expect(try home.loadNetwork() == network)
        #expect(!FileManager.default.fileExists(atPath: home.location.draftFile.path))
    }

    @Test func aNearDuplicateIsRefusedFromAPipeUnlessSameOrNew() throws {
        let home = try KithHome()
        try home.importDebriefs(#"[{"name": "Marta Ruiz", "needs": ["a lawyer"]}]"#)
        let marta = try #require(try home.loadNetwork().contacts.first)
        let refused = try home.run(["debrief", "marta"], input: "coffee\n\n\n\n\n\n")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("'marta' is nobody's full name, but it matches:"))
        #expect(refused.stderr.contains("@\(marta.id)  Marta Ruiz"))
        #expect(refused.stderr.contains("--same") && refused.stderr.contains("--new"))
        #expect(try home.loadNetwork().contacts.count == 1)
        #expect(!FileManager.default.fileExists(atPath: home.location.draftFile.path))

        let same = try home.run(["debrief", "--same", "marta"], input: "coffee\nan accountant\n\n\n\n\n\n")
        #expect(same.status == 0, "\(same.stderr)")
        var network = try home.loadNetwork()
        #expect(network.contacts.count == 1)
        #expect(network.contacts[0].needs.map(\.text) == ["a lawyer", "an accountant"])

        let byID = try home.run(["debrief", "@\(marta.id)"], input: "lunch\n\n\n\n\n\n")
        #expect(byID.status == 0, "\(byID.stderr)")
        network = try home.loadNetwork()
        #expect(network.contacts.count == 1 && network.contacts[0].name == "Marta Ruiz")
        #expect(network.contacts[0].interactions.count == 3)

        let new = try home.run(["debrief", "--new", "marta"], input: "gym\n\n\n\n\n\n")
        #expect(new.status == 0, "\(new.stderr)")
        #expect(try home.loadNetwork().contacts.map(\.name).sorted() == ["Marta Ruiz", "marta"])

        #expect(try home.run(["debrief", "--same", "--new", "marta"]).status != 0)
        let unknown = try home.run(["debrief", "@ffffffff"], input: "gym\n\n\n\n\n\n")
        #expect(unknown.status != 0 && unknown.stderr.contains("@ffffffff"))
        #expect(!FileManager.default.fileExists(atPath: home.location.draftFile.path))
    }

    @Test func aPipeThatEndsBeforeTheFirstAnswerLeavesNoDraft() throws {
        let home = try KithHome()
        let empty = try home.run(["debrief", "M"], input: "")
        #expect(empty.status != 0)
        #expect(empty.stderr.contains(english["debrief.nothingSaved"]!))
        #expect(!FileManager.default.fileExists(atPath: home.location.draftFile.path))
        // Nothing blocks the next debrief.
        let next = try home.run(["debrief", "M"], input: "coffee\n\n\n\n\n\n")
        #expect(next.status == 0, "\(next.stderr)")
    }
}
