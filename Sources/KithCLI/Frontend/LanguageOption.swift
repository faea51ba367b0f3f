import ArgumentParser
import KithCore

/// The `--lang` option shared by commands that speak to the user.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "Language of the texts: en or es (default: from the locale).")
    var lang: PromptBook.Language?
}

extension PromptBook.Language: ExpressibleByArgument {}
