import ArgumentParser
import KithCore

/// `kith me name NAME`.
struct MeNameCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "name", abstract: "Set your own name (used in suggested messages).")

    @Argument(help: "Your name.")
    var name: [String]

    func run(in session: Session) throws {
        let text = TextFolding.tidy(name.joined(separator: " "))
        guard !text.isEmpty else { throw ValidationError("the name is empty") }
        try session.loadedStore().update { network in network.setMyName(text) }
        session.say("Your name is now \(text).")
    }
}

/// `kith me intro-style both-ways|double-opt-in`: `introductions` in the configuration file.
struct MeIntroStyleCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "intro-style",
        abstract: "Choose how introductions are suggested: both-ways or double-opt-in.",
        discussion: """
            both-ways: introduce both people in one message. double-opt-in: ask each person first, \
            then connect them (three steps in 'kith today').
            """)

    @Argument(help: "both-ways or double-opt-in.")
    var style: IntroStyleArgument

    func run(in session: Session) throws {
        try session.loadedStore().update { network in network.setIntroductionStyle(style.style) }
        session.say("Introductions: \(style.rawValue).")
    }
}

/// The introduction styles as typed on the command line.
enum IntroStyleArgument: String, ExpressibleByArgument, CaseIterable {
    case bothWays = "both-ways"
    case doubleOptIn = "double-opt-in"

    init(_ style: IntroductionStyle) {
        switch style {
        case .bothWays: self = .bothWays
        case .doubleOptIn: self = .doubleOptIn
        }
    }

    var style: IntroductionStyle {
        switch self {
        case .bothWays: return .bothWays
        case .doubleOptIn: return .doubleOptIn
        }
    }
}
