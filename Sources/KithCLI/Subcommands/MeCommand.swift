import ArgumentParser
import KithCore

/// `kith me`: the user's own name, needs and offers, which the coach uses to suggest whom to
/// ask for help and whom to help.
struct MeCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "me",
        abstract: "Show or change your own name, needs and offers.",
        discussion: """
            Your needs let the coach suggest whom to ask for help; your offers say what you can \
            solve for others. Examples: kith me need add "a tax adviser"; kith me offer add \
            "Swift mentoring"; kith me intro-style double-opt-in.
            """,
        subcommands: [MeNeedCommand.self, MeOfferCommand.self, MeNameCommand.self, MeIntroStyleCommand.self])

    func run(in session: Session) throws {
        let network = try session.loadedStore().network
        let me = network.me
        var lines = ["Name: \(me.name ?? "(not set: kith me name NAME)")"]
        lines.append("Introductions: \(IntroStyleArgument(network.settings.introductionStyle).rawValue)")
        let open = me.needs.filter(\.isOpen)
        let solved = me.needs.filter { !$0.isOpen }
        lines.append(open.isEmpty ? "Needs: none (kith me need add TEXT)" : "Needs:")
        lines += open.map { "  • \($0.text) (since \($0.recorded))" }
        if !solved.isEmpty {
            lines.append("Solved needs:")
            lines += solved.map { need in
                "  • \(need.text) (solved \(need.solved.map(\.description) ?? "")\(need.solvedBy.map { " by \($0)" } ?? ""))"
            }
        }
        lines.append(me.offers.isEmpty ? "Offers: none (kith me offer add TEXT)" : "Offers:")
        lines += me.offers.map { "  • \($0.text) (since \($0.recorded))" }
        session.say(lines.joined(separator: "\n"))
    }
}

/// `kith me need add|solved|remove TEXT`.
struct MeNeedCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "need", abstract: "Add, solve or remove one of your needs.",
        subcommands: [MeNeedAddCommand.self, MeNeedSolvedCommand.self, MeNeedRemoveCommand.self])
}

/// `kith me offer add|remove TEXT`.
struct MeOfferCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "offer", abstract: "Add or remove something you can solve for others.",
        subcommands: [MeOfferAddCommand.self, MeOfferRemoveCommand.self])
}
