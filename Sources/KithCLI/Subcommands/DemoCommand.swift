import ArgumentParser
import Foundation
import KithCore

/// `kith demo`: the shell on a copy of the demo network, in a temporary folder, so the
/// user's own store is never touched.
struct DemoCommand: KithCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Open the shell on a demo network (your own data is not touched).")

    @OptionGroup var language: LanguageOption

    func run(in session: Session) throws {
        if session.inShell {
            throw CommandError("you are in a shell already: 'quit' first, then run 'kith demo'")
        }
        let template = session.share.data.appendingPathComponent("demo.json")
        let network = try DemoNetwork.build(from: template, today: session.today)
        let folder = try PrivateTemporaryFolder.create(label: "demo")
        defer { try? FileManager.default.removeItem(at: folder) }
        let demo = session.with(location: StoreLocation(folder: folder), inShell: true)
        if let lang = language.lang { demo.preferredLanguage = lang }
        demo.journalling = false
        try demo.loadedStore().update { $0 = network }
        demo.journalling = true
        let prompts = try demo.prompts(nil)
        demo.sayWrapped(prompts.text("demo.banner", ["count": "\(network.contacts.count)"]))
        demo.sayWrapped(prompts.text("demo.try"))
        try Shell(session: demo).run()
    }
}
