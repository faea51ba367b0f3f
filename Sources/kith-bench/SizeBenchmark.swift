import Foundation
import KithCore

/// Measures one network size: generates the store, then times loading, queries cold (whole
/// process) and warm (in memory), a debrief's save, and `jq empty` on the same file.
struct SizeBenchmark {
    struct Result {
        let size: Int
        let storeBytes: Int
        var jq = Measurement()
        var load = Measurement()
        var indexBuild = Measurement()
        var save = Measurement()
        /// The encoding part of the save (the rest is mostly fsync).
        var encode = Measurement()
        var whoCold = Measurement()
        /// Cold `today` with the solver answers of an earlier run on disk (nothing searchable changed).
        var todayCold = Measurement()
        /// Cold `today` without them: the first run after a change to searchable text.
        var todayColdFresh = Measurement()
        var whoWarm = Measurement()
        /// `today` in the shell between changes: the matches are kept, only ranking runs.
        var todayWarm = Measurement()
        /// `today` in the shell right after a change: the matches are recomputed (the index and
        /// its solver answers kept when no searchable text changed).
        var todayAfterChange = Measurement()
        /// Each command that only reads the store, run cold (a whole process).
        var readers: [(name: String, measurement: Measurement)] = []
    }

    /// The commands that read the store and must not be slower than `jq empty` on it; `@ID`
    /// is replaced by a contact's id.
    static let readingCommands: [(name: String, arguments: [String])] = [
        ("contacts", ["contacts"]), ("contact", ["contact", "@ID"]), ("today", ["today"]),
        ("who", ["who", "back", "pain"]), ("calendar", ["calendar"]), ("graph", ["graph"]),
        ("stats", ["stats"]), ("export", ["export", "@ID"]), ("export --all", ["export", "--all", "--format", "json"]),
    ]

    let size: Int
    let runs: Int
    let folder: URL
    let tools: BenchTools

    static let today = Day(year: 2026, month: 11, day: 23) ?? Day(dayNumber: 20_000)
    static let query = "back pain"

    func run(log: (String) -> Void) throws -> Result {
        log("\(size) contacts: generating")
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true,
            attributes: [.posixPermissions: 0o700])
        let (knowledge, _) = KnowledgeBase.load(
            defaultsFolder: tools.share.appendingPathComponent("data"), userFolder: nil)
        let network = SyntheticNetwork.make(size: size, seed: 42, today: Self.today, knowledge: knowledge)
        let storeFile = StoreLocation(folder: folder).storeFile
        try AtomicFileWriter().write(try StoreCodec.encode(network), to: storeFile)
        let bytes = (try? FileManager.default.attributesOfItem(atPath: storeFile.path)[.size] as? Int) ?? 0
        var result = Result(size: size, storeBytes: bytes)
        let environment = tools.environment(home: folder)

        if let jq = tools.jq {
            log("\(size) contacts: jq empty")
            result.jq = Measurement.child(
                runs: runs, jq, ["empty", storeFile.path], environment: environment, launcher: tools.launcher)
        } else {
            result.jq.missing = "no jq"
        }
        log("\(size) contacts: load")
        result.load = try Measurement.inProcess(runs: runs) {
            try Store(location: StoreLocation(folder: folder)).load()
        }
        log("\(size) contacts: index build")
        result.indexBuild = Measurement.inProcess(runs: runs) {
            _ = MatchIndex(network: network, knowledge: knowledge)
        }
        log("\(size) contacts: who and today, cold")
        result.whoCold = Measurement.child(
            runs: runs, tools.kith, ["who", "back", "pain", "--limit", "10"],
            environment: environment, launcher: tools.launcher)
        let cacheFile = StoreLocation(folder: folder).solverCacheFile
        result.todayColdFresh = Measurement.child(
            runs: runs, tools.kith, ["today"], environment: environment, launcher: tools.launcher
        ) {
            try? FileManager.default.removeItem(at: cacheFile)
        }
        result.todayCold = Measurement.child(
            runs: runs, tools.kith, ["today"], environment: environment, launcher: tools.launcher)
        log("\(size) contacts: every reading command, cold")
        let someone = network.contacts[network.contacts.count / 2].id
        for (name, arguments) in Self.readingCommands {
            let resolved = arguments.map { $0 == "@ID" ? "@" + someone : $0 }
            result.readers.append(
                (
                    name,
                    Measurement.child(
                        runs: runs, tools.kith, resolved, environment: environment,
                        launcher: tools.launcher)
                ))
        }
        log("\(size) contacts: who and today, warm")
        let loaded = try LoadedNetwork(home: folder, share: tools.share)
        _ = loaded.who(Self.query)
        let matches = loaded.matches(Self.today)
        _ = loaded.today(matches)
        result.whoWarm = Measurement.inProcess(runs: max(runs, 5)) { _ = loaded.who(Self.query) }
        result.todayWarm = Measurement.inProcess(runs: max(runs, 5)) { _ = loaded.today(matches) }
        result.todayAfterChange = Measurement.inProcess(runs: max(runs, 5)) {
            _ = loaded.today(loaded.matches(Self.today))
        }
        log("\(size) contacts: debrief save")
        result.encode = try Measurement.inProcess(runs: runs) { _ = try StoreCodec.encode(loaded.store.network) }
        result.save = try measureSave(loaded.store, runs: runs)
        return result
    }

    /// Times `Store.update` applying one debrief to an existing contact.
    private func measureSave(_ store: Store, runs: Int) throws -> Measurement {
        guard let target = store.network.contacts.first else { return Measurement(missing: "no contacts") }
        var record = DebriefRecord(name: target.name)
        record.needs = ["a new website"]
        record.offers = ["ayuda con la declaración de la renta"]
        record.promises = ["send the article we discussed"]
        record.notes = "Met again at the bench meetup"
        var ids = ContactIDGenerator(random: { 7 })
        return try Measurement.inProcess(runs: runs) {
            try store.update { network in
                _ = network.apply(record, to: target.id, today: Self.today, ids: &ids)
            }
        }
    }
}

/// Paths and environment the bench runs its children with.
struct BenchTools {
    /// The `kith` binary next to this one.
    let kith: String
    /// This binary, which measures each child from a small process (see `LaunchedChild`).
    let launcher: String
    let jq: String?
    /// The package root (holds data/ and prompts/).
    let share: URL

    func environment(home: URL) -> [String: String] {
        var env = [
            "KITH_HOME": home.path, "KITH_SHARE": share.path, "KITH_TODAY": SizeBenchmark.today.description,
            "LANG": "C.UTF-8",
        ]
        if let path = ProcessInfo.processInfo.environment["PATH"] { env["PATH"] = path }
        return env
    }
}
