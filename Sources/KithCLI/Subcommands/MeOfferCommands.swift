import ArgumentParser
import KithCore

/// `kith me offer add TEXT`.
struct MeOfferAddCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Add something you can solve for others.")

    @Argument(help: "What you can help with, e.g. Swift mentoring.")
    var text: [String]

    func run(in session: Session) throws {
        let offer = TextFolding.tidy(text.joined(separator: " "))
        try session.loadedStore().update { network in try network.addMyOffer(offer, today: session.today) }
        session.say("Added your offer '\(offer)'.")
    }
}

/// `kith me offer remove TEXT`.
struct MeOfferRemoveCommand: KithCommand {
    static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove one of your offers.")

    @Argument(help: "The offer's full text.")
    var text: [String]

    func run(in session: Session) throws {
        let offer = text.joined(separator: " ")
        let removed = try session.loadedStore().update { network -> String in
            let before = network.me.offers
            try network.removeMyOffer(offer)
            return before.first { !network.me.offers.contains($0) }?.text ?? offer
        }
        session.say("Removed your offer '\(removed)'.")
    }
}
