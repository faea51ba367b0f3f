import Foundation
import KithEvaluation

// kith-eval: scores the coach's judgement on the evaluation set in eval/. Usage:
//   swift run -c release kith-eval [--verbose] [--json] [--check]
// Exit status: 0 done (with --check: every goal met), 1 a goal not met (--check), 2 bad usage
// or a broken evaluation set.

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("kith-eval: \(message)\n".utf8))
    exit(2)
}

let options: EvalOptions
do {
    options = try EvalOptions(CommandLine.arguments.dropFirst())
} catch {
    fail("\(error)")
}
let files = EvaluationFiles(root: EvalOptions.packageRoot())
let loaded: (set: EvaluationSet, network: EvaluatedNetwork)
do {
    loaded = try files.load()
} catch {
    fail("\(error)")
}
for problem in loaded.network.problems {
    FileHandle.standardError.write(Data("kith-eval: warning: \(problem)\n".utf8))
}
let problems = EvaluationSetCheck.problems(in: loaded.set, network: loaded.network.network)
guard problems.isEmpty else {
    fail(
        "the evaluation set \(files.expectations.path) is not fit to measure with:\n  "
            + problems.joined(separator: "\n  "))
}
let run = EvaluationRun(loaded.set, on: loaded.network)
let score = EvaluationScore(run)
if options.json {
    print(ScoreJSON.text(score))
} else {
    print(ScoreText.summary(score, run: run))
    if options.verbose { print(ScoreText.failures(run)) }
}
exit(options.check && !score.meetsGoals ? 1 : 0)
