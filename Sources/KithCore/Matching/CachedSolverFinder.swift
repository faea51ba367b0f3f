/// A finder that answers from a `SolverAnswerCache` and, for needs it does not hold, asks a
/// finder built on first use (so a fully cached run never builds the matching index).
public final class CachedSolverFinder: NeedSolverFinding {
    package let cache: SolverAnswerCache
    private let make: () -> NeedSolverFinding
    private var built: NeedSolverFinding?

    package init(cache: SolverAnswerCache, make: @escaping () -> NeedSolverFinding) {
        self.cache = cache
        self.make = make
    }

    private var inner: NeedSolverFinding {
        if let built { return built }
        let finder = make()
        built = finder
        return finder
    }

    package func solvers(for need: String, excluding: ContactID?) -> [SolverHit] {
        guard excluding == nil else { return inner.solvers(for: need, excluding: excluding) }
        if let known = cache.answer(for: need) { return known }
        let found = inner.solvers(for: need, excluding: nil)
        cache.store(found, for: need)
        return found
    }

    /// Known only once the inner finder exists; callers fall back to their own lookup.
    public func position(of id: ContactID) -> Int? { built?.position(of: id) }
}
