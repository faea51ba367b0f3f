import KithCore

/// Words a `FileProblem` (something wrong in one of kith's own files) in the user's language,
/// from the prompts: where it is, then what is wrong.
enum FileProblemText {
    static func text(_ problem: FileProblem, _ prompts: PromptBook) -> String {
        let what: String
        switch problem.message {
        case .newerVersion(let kind, let found, let newest):
            what = prompts.text(
                "problem.newerVersion",
                ["document": prompts.text("document.\(kind.rawValue)"), "found": "\(found)", "newest": "\(newest)"])
        case .detail(let detail):
            what = detail
        }
        let values = ["file": problem.file, "problem": what]
        switch problem.place {
        case .wholeFile:
            return prompts.text("problem.inFile", values)
        case .position(let line, let column):
            return prompts.text(
                "problem.atPosition", values.merging(["line": "\(line)", "column": "\(column)"]) { $1 })
        case .entry(let path):
            return prompts.text("problem.atEntry", values.merging(["entry": path]) { $1 })
        }
    }

    /// `error` as the session's user reads it: a file problem worded in their language, any other
    /// error as it describes itself.
    static func describe(_ error: Error, _ session: Session) -> String {
        (try? session.prompts(nil)).flatMap { text(for: error, $0) } ?? "\(error)"
    }

    /// The text of `error` when it is or carries a file problem; nil for any other error.
    static func text(for error: Error, _ prompts: PromptBook) -> String? {
        switch error {
        case let problem as FileProblem:
            return text(problem, prompts)
        case StoreError.newerVersion(let problem):
            return text(problem, prompts) + ". " + prompts.text("problem.store.keptNewer")
        default:
            return nil
        }
    }
}

extension FileProblemText {
    /// A rule problem: one with the whole file worded from the prompts, any other as it reads.
    static func text(_ problem: RuleProblem, _ prompts: PromptBook?) -> String {
        guard let fileProblem = problem.fileProblem, let prompts else { return problem.description }
        return text(fileProblem, prompts)
    }

    /// A knowledge file problem: one with the whole file worded from the prompts, then what kith
    /// did about it; any other as it reads.
    static func text(_ problem: KnowledgeFileProblem, _ prompts: PromptBook?) -> String {
        guard let fileProblem = problem.fileProblem, let prompts else { return problem.description }
        return "\(text(fileProblem, prompts)). \(problem.consequence)"
    }
}
