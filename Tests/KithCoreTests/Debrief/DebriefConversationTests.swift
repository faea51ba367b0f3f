import Testing

@testable import KithCore

@Suite struct DebriefConversationTests {
    @Test func sevenAnswersMakeARecord() throws {
        var conversation = DebriefConversation(draft: DebriefDraft(started: day("2026-11-23")))
        let lines = [
            "  Ana   García ", "Swift meetup, Madrid", "a designer", "  funding ", "", "web sites", "",
            "Dr. Ruiz, a chiropractor", "", "", "  loves jazz  ",
        ]
        var events: [DebriefConversation.Event?] = []
        for line in lines { events.append(conversation.receive(line)) }
        #expect(events[0] == .answered(.name, empty: false))
        #expect(events[2] == .itemAdded("a designer"))
        #expect(events[3] == .itemAdded("funding"))
        #expect(events[4] == .answered(.needs, empty: false))
        #expect(events[9] == .answered(.promises, empty: true))
        #expect(conversation.currentQuestion == nil)
        #expect(conversation.receive("more") == nil)

        let record = try #require(conversation.draft.record)
        #expect(record.name == "Ana García")
        #expect(record.met == day("2026-11-23"))
        #expect(record.context == "Swift meetup, Madrid")
        #expect(record.needs == ["a designer", "funding"])
        #expect(record.offers == ["web sites"])
        #expect(record.knows == ["Dr. Ruiz, a chiropractor"])
        #expect(record.promises.isEmpty)
        #expect(record.notes == "loves jazz")
    }

    @Test func aBlankNameIsAskedAgain() {
        var conversation = DebriefConversation(draft: DebriefDraft(started: day("2026-11-23")))
        #expect(conversation.receive("   ") == .nameRequired)
        #expect(conversation.currentQuestion == .name)
        #expect(conversation.draft.record == nil)
    }

    @Test func aGivenNameStartsAtTheSecondQuestion() {
        let conversation = DebriefConversation(draft: DebriefDraft(started: day("2026-11-23"), name: "Ana"))
        #expect(conversation.currentQuestion == .context)
    }

    @Test func emptyListsAreAnsweredAsEmpty() {
        var conversation = DebriefConversation(draft: DebriefDraft(started: day("2026-11-23"), name: "Ana"))
        _ = conversation.receive("")
        #expect(conversation.receive("") == .answered(.needs, empty: true))
        #expect(conversation.receive("") == .answered(.offers, empty: true))
        #expect(conversation.draft.needs == [])
    }

    @Test func editingForgetsOneAnswerAndAsksItAgain() {
        var conversation = DebriefConversation(draft: DebriefDraft(started: day("2026-11-23"), name: "Ana"))
        for line in ["ctx", "need", "", "", "", "", "note"] { _ = conversation.receive(line) }
        #expect(conversation.currentQuestion == nil)
        conversation.edit(.needs)
        #expect(conversation.currentQuestion == .needs)
        _ = conversation.receive("other need")
        _ = conversation.receive("")
        #expect(conversation.draft.needs == ["other need"])
        #expect(conversation.draft.notes == "note")
        conversation.resolveContact("00000001")
        conversation.edit(.name)
        #expect(conversation.draft.contactID == nil)
        #expect(!conversation.draft.contactResolved)
        #expect(conversation.currentQuestion == .name)
    }

    @Test func pendingListItemsAreKeptInTheDraft() {
        var conversation = DebriefConversation(draft: DebriefDraft(started: day("2026-11-23"), name: "Ana"))
        _ = conversation.receive("ctx")
        _ = conversation.receive("first need")
        #expect(conversation.draft.pendingItems == ["first need"])
        #expect(conversation.draft.needs == nil)
        var resumed = DebriefConversation(draft: conversation.draft)
        _ = resumed.receive("second need")
        _ = resumed.receive("")
        #expect(resumed.draft.needs == ["first need", "second need"])
    }

    @Test func questionsAreNumberedInOrder() {
        #expect(DebriefQuestion.allCases.map(\.number) == Array(1...7))
        #expect(DebriefQuestion.allCases.filter(\.isList) == [.needs, .offers, .knows, .promises])
    }
}
