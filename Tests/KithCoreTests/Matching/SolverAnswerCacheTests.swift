import Foundation
import Testing

@testable import KithCore

/// The solver answers kept on disk must give exactly the finder's answers, be ignored when they
/// no longer fit the network, and survive any damage without a crash.
struct SolverAnswerCacheTests {
    let today = Day(year: 2026, month: 11, day: 23) ?? Day(dayNumber: 20_500)

    private func fixture() -> (Network, KnowledgeBase) {
        let (knowledge, _) = MatchingFixtures.shippedKnowledge()
        return (SyntheticNetwork.make(size: 300, seed: 21, today: today, knowledge: knowledge), knowledge)
    }

    @Test func todayFromAReadBackCacheEqualsTodayFromTheIndex() throws {
        let (network, knowledge) = fixture()
        let rules = try RuleFixtures.shippedRules()
        let index = MatchIndexFinder(index: MatchIndex(network: network, knowledge: knowledge), network: network)
        let fingerprint = SolverAnswerCache.fingerprint(network: network, knowledge: knowledge)
        let first = CachedSolverFinder(cache: SolverAnswerCache(fingerprint: fingerprint)) { index }
        let expected = allActions(for: network, today: today, rules: rules, finder: index)
        #expect(allActions(for: network, today: today, rules: rules, finder: first) == expected)
        #expect(first.cache.changed && first.cache.count > 50)

        let reread = SolverAnswerCache.read(first.cache.encoded(), fingerprint: fingerprint)
        #expect(reread.count == first.cache.count)
        #expect(reread.encoded() == first.cache.encoded())
        var built = false
        let second = CachedSolverFinder(cache: reread) {
            built = true
            return index
        }
        #expect(allActions(for: network, today: today, rules: rules, finder: second) == expected)
        #expect(!built, "a complete cache must not build the index")
    }

    @Test func awkwardTextRoundTrips() {
        let cache = SolverAnswerCache(fingerprint: 42)
        let hits = [
            SolverHit(
                contactID: "id\twith\ttabs", reason: "offers 'a\\b'\nline two\r", score: 0.1 + 0.2,
                kind: .nearbyField, contactPosition: nil),
            SolverHit(
                contactID: "ñ-👩‍💻", reason: "works as 'fisioterapeuta'", score: 1, kind: .solves, contactPosition: 7),
        ]
        cache.store(hits, for: "dolor de\tespalda \\ n")
        let back = SolverAnswerCache.read(cache.encoded(), fingerprint: 42)
        #expect(back.answer(for: "dolor de\tespalda \\ n") == hits)
    }

    @Test func theFingerprintFollowsSearchableTextOnly() {
        let (network, knowledge) = fixture()
        let base = SolverAnswerCache.fingerprint(network: network, knowledge: knowledge)
        var history = network
        history.contacts[0].interactions.append(Interaction(date: today, kind: .meal))
        history.contacts[1].promises.append(Promise("call back", recorded: today))
        #expect(SolverAnswerCache.fingerprint(network: history, knowledge: knowledge) == base)
        var offer = network
        offer.contacts[0].offers.append(DatedText("bookkeeping", recorded: today))
        #expect(SolverAnswerCache.fingerprint(network: offer, knowledge: knowledge) != base)
        var moved = network
        moved.contacts[0].role = (moved.contacts[0].role ?? "") + "x"
        #expect(SolverAnswerCache.fingerprint(network: moved, knowledge: knowledge) != base)
        var solved = network
        if let n = solved.contacts.firstIndex(where: { $0.needs.contains(where: \.isOpen) }),
            let k = solved.contacts[n].needs.firstIndex(where: \.isOpen)
        {
            solved.contacts[n].needs[k].solved = today
            #expect(SolverAnswerCache.fingerprint(network: solved, knowledge: knowledge) != base)
        }
        #expect(SolverAnswerCache.fingerprint(network: network, knowledge: .empty) != base)
    }

    @Test func scoresOutsideZeroToOneAreRefusedEvenWithAGoodChecksum() {
        for score in [Double.nan, .infinity, -0.5, 3] {
            let cache = SolverAnswerCache(fingerprint: 5)
            cache.store([SolverHit(contactID: "a", reason: "offers 'x'", score: score)], for: "x")
            #expect(SolverAnswerCache.read(cache.encoded(), fingerprint: 5).count == 0, "score \(score) was accepted")
        }
        var facts = PairFacts(today: today, name: "Ana")
        facts.score = .nan
        #expect(facts.scorePercent == 0)
        facts.score = 7
        #expect(facts.scorePercent == 100)
    }

    @Test func textMovedBetweenFieldsChangesTheFingerprint() {
        let (network, knowledge) = fixture()
        var a = network
        var b = network
        a.contacts[0].offers = [DatedText("r", recorded: today)]
        a.contacts[0].role = nil
        b.contacts[0].offers = []
        b.contacts[0].role = "r"
        #expect(
            SolverAnswerCache.fingerprint(network: a, knowledge: knowledge)
                != SolverAnswerCache.fingerprint(network: b, knowledge: knowledge))
    }

    @Test func damagedOrForeignCachesAreIgnored() {
        let cache = SolverAnswerCache(fingerprint: 7)
        cache.store([SolverHit(contactID: "a", reason: "offers 'x'", score: 1)], for: "x")
        let good = cache.encoded()
        #expect(SolverAnswerCache.read(good, fingerprint: 7).count == 1)
        #expect(SolverAnswerCache.read(good, fingerprint: 8).count == 0)
        #expect(SolverAnswerCache.read(nil, fingerprint: 7).count == 0)
        #expect(SolverAnswerCache.read(good.dropLast(), fingerprint: 7).count == 0)
        var random = SplitMix64(seed: 99)
        for _ in 0..<300 {
            var bytes = [UInt8](good)
            for _ in 0..<(1 + random.below(4)) {
                bytes[random.below(bytes.count)] = UInt8(truncatingIfNeeded: random.next())
            }
            let read = SolverAnswerCache.read(Data(bytes), fingerprint: 7)
            // Any change at all is caught by the checksum: the cache is dropped, never half-used.
            #expect(read.count == (bytes == [UInt8](good) ? 1 : 0))
        }
    }
}
