import Glibc
import KithLineEditing
import Testing

/// Writes `bytes` into a new pipe, closes its write end and returns the read end.
private func pipeHolding(_ bytes: [UInt8]) -> Int32 {
    var ends: [Int32] = [-1, -1]
    #expect(pipe(&ends) == 0)
    for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    var offset = 0
    while offset < bytes.count {
        let written = bytes[offset...].withUnsafeBytes { write(ends[1], $0.baseAddress, $0.count) }
        guard written > 0 else { break }
        offset += written
    }
    close(ends[1])
    return ends[0]
}

/// Reads every result from a plain reader on a pipe holding `bytes`, up to and including `.endOfInput`.
private func readAll(_ bytes: [UInt8]) -> [LineInput] {
    let fd = pipeHolding(bytes)
    defer { close(fd) }
    let reader = PlainLineReader(fileDescriptor: fd)
    var results: [LineInput] = []
    for _ in 0..<10_000 {
        let input = reader.readLine(prompt: "> ")
        results.append(input)
        if input == .endOfInput { break }
    }
    return results
}

@Suite struct PlainLineReaderTests {
    @Test func splitsLines() {
        #expect(readAll(Array("one\ntwo\n".utf8)) == [.line("one"), .line("two"), .endOfInput])
    }

    @Test func stripsCarriageReturns() {
        #expect(readAll(Array("a\r\nb\r\n".utf8)) == [.line("a"), .line("b"), .endOfInput])
    }

    @Test func returnsFinalLineWithoutNewline() {
        #expect(readAll(Array("x\ny".utf8)) == [.line("x"), .line("y"), .endOfInput])
    }

    @Test func keepsEmptyLines() {
        #expect(readAll(Array("\n\nz\n".utf8)) == [.line(""), .line(""), .line("z"), .endOfInput])
    }

    @Test func emptyInputIsEndOfInput() {
        #expect(readAll([]) == [.endOfInput])
    }

    @Test func decodesAccentedText() {
        #expect(readAll(Array("José García\n".utf8)) == [.line("José García"), .endOfInput])
    }

    @Test func replacesInvalidUTF8() {
        let bytes: [UInt8] = [0x61, 0xFF, 0x62, 0x0A, 0xC3, 0x0A]
        #expect(readAll(bytes) == [.line("a\u{FFFD}b"), .line("\u{FFFD}"), .endOfInput])
    }

    @Test func readsLinesLongerThanOneChunk() {
        let long = String(repeating: "ñ", count: 5000)
        #expect(readAll(Array("\(long)\nend".utf8)) == [.line(long), .line("end"), .endOfInput])
    }

    @Test func isQuietAndKeepsPreloadedHistory() {
        let fd = pipeHolding([])
        defer { close(fd) }
        let reader = PlainLineReader(fileDescriptor: fd, history: ["old"])
        reader.addToHistory("new")
        #expect(!reader.isInteractive)
        #expect(reader.history == ["old"])
    }

    @Test func bytesInMemoryReadLikeAPipe() {
        let bytes: [UInt8] = Array("one\r\n\ntwo".utf8) + [0xFF, 0x0A]
        let reader = PlainLineReader(bytes: bytes, history: ["old"])
        var results: [LineInput] = []
        for _ in 0..<5 { results.append(reader.readLine(prompt: "> ")) }
        #expect(results == [.line("one"), .line(""), .line("two\u{FFFD}"), .endOfInput, .endOfInput])
        #expect(!reader.isInteractive)
        #expect(reader.history == ["old"])
    }

    @Test func badDescriptorIsEndOfInput() {
        let reader = PlainLineReader(fileDescriptor: 9999)
        #expect(reader.readLine(prompt: "> ") == .endOfInput)
    }
}

@Suite struct CompletionTests {
    @Test func wordStartsAfterLastSpace() {
        #expect(CompletionWord.word(in: "show con") == "con")
        #expect(CompletionWord.word(in: "show ") == "")
        #expect(CompletionWord.word(in: "") == "")
        #expect(CompletionWord.word(in: "con") == "con")
    }

    @Test func wordKeepsQuotedSpaces() {
        #expect(CompletionWord.word(in: "show \"Ana G") == "\"Ana G")
        #expect(CompletionWord.word(in: "show \"Ana García\" n") == "n")
    }

    @Test func extendsToCommonPrefixAndListsTheRest() {
        let plan = CompletionPlan(word: "con", candidates: ["contacts", "contact"])
        #expect(plan.replacement == "contact")
        #expect(plan.listing == ["contacts", "contact"])
    }

    @Test func uniqueCandidateReplacesWordExactly() {
        let plan = CompletionPlan(word: "ana", candidates: ["\"Ana García\""])
        #expect(plan.replacement == "\"Ana García\"")
        #expect(plan.listing.isEmpty)
    }

    @Test func shorterPrefixLeavesWordAlone() {
        let plan = CompletionPlan(word: "an", candidates: ["Ana", "andrés"])
        #expect(plan.replacement == nil)
        #expect(plan.listing == ["Ana", "andrés"])
    }

    @Test func nothingToComplete() {
        #expect(CompletionPlan(word: "x", candidates: []).isEmpty)
        #expect(CompletionPlan(word: "x", candidates: ["", ""]).isEmpty)
        #expect(CompletionPlan(word: "help", candidates: ["help", "help"]).isEmpty)
    }

    @Test func listsInColumns() {
        let text = CompletionListing.format(["a", "bb", "ccc", "d"], width: 12)
        #expect(text == "a    bb\nccc  d")
        #expect(CompletionListing.format(["a", "bb", "ccc", "d"], width: 20) == "a    bb   ccc  d")
        #expect(CompletionListing.format(["averylongword"], width: 5) == "averylongword")
        #expect(CompletionListing.format([], width: 80) == "")
    }
}

@Suite struct LineReaderFactoryTests {
    @Test func choosesReaderByTerminal() {
        let reader = makeLineReader(programName: "kith-test", history: ["a"]) { _ in [] }
        let terminal = Terminal.standardInputIsTerminal && Terminal.standardOutputIsTerminal
        #expect(reader.isInteractive == terminal)
        #expect(reader.history == ["a"])
    }
}
