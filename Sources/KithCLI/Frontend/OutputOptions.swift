import ArgumentParser

/// `--output FILE` and `--force`, shared by the commands that export.
struct OutputOptions: ParsableArguments {
    @Option(
        name: [.customShort("o"), .long],
        help: ArgumentHelp(
            "Write to this file instead of standard output (all at once; a new file is private to you).",
            valueName: "file"), completion: .file())
    var output: String?

    @Flag(help: "Replace the --output file if it exists (inside the shell kith asks instead).")
    var force = false

    /// Where the export goes.
    var destination: OutputDestination { OutputDestination(path: output, force: force) }
}
