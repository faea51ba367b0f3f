import Foundation

/// The generations of the store kept in `backups/` in the data folder.
///
/// After every save, once the new store is durable, a copy of the saved file is written to
/// `backups/` as `store-YYYYMMDD-HHMMSS-UUUUUU.json` (UTC, microseconds), mode 0600. Pruning
/// keeps the newest `keptSaves` generations and the newest generation of each of the last
/// `keptDays` days; older ones are removed. A save never waits on its backups: a failure here
/// leaves the saved store as it is.
public struct StoreBackups: Sendable {
    /// How many of the most recent saves are always kept.
    public static let keptSaves = 10
    /// For how many days (today included) the last save of each day is kept.
    public static let keptDays = 7

    public let location: StoreLocation

    public init(location: StoreLocation) {
        self.location = location
    }

    /// One kept version of the store.
    public struct Generation: Sendable, Equatable {
        /// The file in `backups/`.
        public let url: URL
        /// When it was saved (from its name).
        public let saved: Date
        public var name: String { url.lastPathComponent }
    }

    /// The generations on disk, newest first.
    public func generations() -> [Generation] {
        let folder = location.backupsFolder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.compactMap { name in
            Self.date(fromName: name).map { Generation(url: folder.appendingPathComponent(name), saved: $0) }
        }
        .sorted { ($0.saved, $0.name) > ($1.saved, $1.name) }
    }

    /// Keeps `data` (the store just saved) as a new generation and prunes the old ones.
    /// Returns the new generation, or nil when it could not be kept.
    ///
    /// A generation is a copy, never a hard link: a store edited in place (by hand, by a
    /// tool) must not change its backups with it.
    @discardableResult
    public func keep(_ data: Data, now: Date = Date()) -> Generation? {
        let folder = location.backupsFolder
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            guard mkdir(folder.path, 0o700) == 0 || errno == EEXIST else { return nil }
        } else if !isDirectory.boolValue {
            return nil
        }
        let base = Self.name(for: now)
        for attempt in 0..<100 {
            let name = attempt == 0 ? base + ".json" : base + "-\(attempt).json"
            let target = folder.appendingPathComponent(name)
            let fd = open(target.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if fd < 0 {
                if errno == EEXIST { continue }
                return nil
            }
            fchmod(fd, 0o600)
            var offset = 0
            let complete = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> Bool in
                while offset < buffer.count {
                    let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 && errno == EINTR { continue }
                    guard written > 0 else { return false }
                    offset += written
                }
                return true
            }
            let synced = fsync(fd) == 0
            close(fd)
            guard complete, synced else {
                unlink(target.path)
                return nil
            }
            AtomicFileWriter.syncFolder(folder)
            prune(now: now)
            return Generation(url: target, saved: now)
        }
        return nil
    }

    /// Removes the generations no longer worth keeping (see the type's comment).
    public func prune(now: Date = Date()) {
        let all = generations()
        var keep = Set(all.prefix(Self.keptSaves).map(\.name))
        let today = Day(now, timeZone: Self.utc)
        var seenDays = Set<Day>()
        for generation in all {
            let day = Day(generation.saved, timeZone: Self.utc)
            guard day.days(until: today) < Self.keptDays, seenDays.insert(day).inserted else { continue }
            keep.insert(generation.name)
        }
        for generation in all where !keep.contains(generation.name) {
            unlink(generation.url.path)
        }
    }

    private static let utc = TimeZone(identifier: "UTC")!

    /// `store-YYYYMMDD-HHMMSS-UUUUUU` for `date` in UTC.
    static func name(for date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let micros = Int(((date.timeIntervalSince1970 - Double(seconds)) * 1_000_000).rounded(.down))
        let day = Day(dayNumber: seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let inDay = seconds - day.dayNumber * 86_400
        return String(
            format: "store-%04d%02d%02d-%02d%02d%02d-%06d", day.year, day.month, day.day,
            inDay / 3600, inDay / 60 % 60, inDay % 60, min(max(micros, 0), 999_999))
    }

    /// The save time in a generation's file name, or nil when the name is not a generation's.
    static func date(fromName name: String) -> Date? {
        guard name.hasPrefix("store-"), name.hasSuffix(".json") else { return nil }
        let parts = name.dropFirst(6).dropLast(5).split(separator: "-")
        guard parts.count >= 3, parts[0].count == 8, parts[1].count == 6, parts[2].count == 6,
            parts.prefix(3).allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let day = Day(
                year: Int(parts[0].prefix(4))!, month: Int(parts[0].dropFirst(4).prefix(2))!,
                day: Int(parts[0].suffix(2))!)
        else { return nil }
        let time = Int(parts[1])!
        let seconds = day.dayNumber * 86_400 + time / 10_000 * 3600 + time / 100 % 100 * 60 + time % 100
        return Date(timeIntervalSince1970: Double(seconds) + Double(Int(parts[2])!) / 1_000_000)
    }
}
