import Foundation
import KithCore

// kith-bench: times kith on synthetic networks. Usage:
//   swift run -c release kith-bench [--sizes 1000,10000,100000] [--runs N] [--quick] [--keep] [--import-only]

if CommandLine.arguments.dropFirst().first == LaunchedChild.flag {
    exit(LaunchedChild.launcherMain(Array(CommandLine.arguments.dropFirst(2))))
}

do {
    let options = try BenchOptions(CommandLine.arguments.dropFirst())
    let tools = try BenchTools.locate()
    let work = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("kith-bench-\(getpid())")
    defer { if !options.keep { try? FileManager.default.removeItem(at: work) } }
    var results: [SizeBenchmark.Result] = []
    var imports: [ImportBenchmark.Result] = []
    let log = { (text: String) in FileHandle.standardError.write(Data(("… " + text + "\n").utf8)) }
    for size in options.sizes {
        if !options.importOnly {
            let bench = SizeBenchmark(
                size: size, runs: options.runs, folder: work.appendingPathComponent("\(size)"), tools: tools)
            results.append(try bench.run(log: log))
        }
        let importBench = ImportBenchmark(
            size: size, runs: options.runs,
            folder: work.appendingPathComponent("import-\(size)"), tools: tools)
        imports.append(try importBench.run(log: log))
    }
    if !results.isEmpty {
        print(ResultsTable.render(results, runs: options.runs))
        print("\n" + ResultsTable.readers(results))
        if let goals = ResultsTable.goals(results) { print("\n" + goals) }
        print("")
    }
    print(ImportBenchmark.Result.render(imports, runs: options.runs))
    if options.keep { FileHandle.standardError.write(Data("stores kept in \(work.path)\n".utf8)) }
} catch {
    FileHandle.standardError.write(Data("kith-bench: \(error)\n".utf8))
    exit(1)
}
