import ArgumentParser

/// The shell's `help` text: every command with its one-line description.
enum ShellHelp {
    static func overview() -> String {
        let commands =
            Kith.commands.map { ($0._commandName, $0.configuration.abstract) }
            + [
                ("help [COMMAND]", "Show this list, or one command's options."),
                ("quit", "Leave the shell (or q, or Ctrl-D). 'ls' is short for contacts."),
            ]
        let width = commands.map(\.0.count).max() ?? 0
        let lines = commands.map { name, abstract in
            "  " + name.padding(toLength: width + 2, withPad: " ", startingAt: 0) + abstract
        }
        return "Commands:\n" + lines.joined(separator: "\n")
    }
}
