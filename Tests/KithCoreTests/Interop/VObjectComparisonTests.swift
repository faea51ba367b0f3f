import Foundation
import Testing

@testable import KithCore

/// Every shared real-world vCard file, read by kith and by Python's vobject: names, e-mails,
/// phones, ORG, TITLE, URL, BDAY and NOTE must agree, except the differences listed here,
/// each with its reason.
@Suite(.enabled(if: PeerTools.python != nil, PeerTools.skipReason))
struct VObjectComparisonTests {
    /// What vobject read from one card.
    struct PeerCard: Decodable {
        var fn: String
        var emails: [String]
        var phones: [String]
        var org: String?
        var title: String?
        var urls: [String]
        var bday: String?
        var note: String?
    }

    struct PeerFile: Decodable {
        var cards: [PeerCard]?
        var error: String?
    }

    /// Differences known and accepted: file (its name's end) → field → why.
    static let known: [String: [String: String]] = [
        "John_Doe_ANDROID.vcf": [
            "file":
                "vobject refuses the whole file (a PHOTO whose base64 is cut short); kith reads its 6 cards and keeps the photo as written"
        ],
        "John_Doe_LOTUS_NOTES.vcf": [
            "file":
                "vobject refuses the whole file at the nested AGENT card; kith reads the card and keeps the AGENT as text"
        ],
        "John_Doe_GMAIL.vcf": [
            "name": "FN holds an unescaped comma; vobject keeps only the part before it, kith the whole name"
        ],
        "John_Doe_MAC_ADDRESS_BOOK.vcf": [
            "NOTE": "the NOTE ends 'Color\\: Blue'; vobject keeps the backslash, kith reads '\\:' as an escaped colon"
        ],
        "John_Doe_MS_OUTLOOK.vcf": [
            "NOTE": "vobject cuts this vCard 2.1 NOTE at its first unescaped comma; kith keeps the whole text"
        ],
        "outlook-2003.vcf": [
            "ORG": "vobject splits ORG at the escaped comma of 'Company\\, The'; kith reads the one unit 'Company, The'"
        ],
        "outlook-2007.vcf": [
            "URL": "the card lists the same URL twice; kith keeps it once",
            "NOTE": "vobject does not follow quoted-printable soft line breaks and keeps only the NOTE's first line",
        ],
    ]

    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/peers/vobject_fields.py").path

    /// The differences between kith's and vobject's reading of `file`, as "field: kith … / vobject …".
    func differences(_ file: String) throws -> [String] {
        let url = try #require(FixtureFiles.sharedVCardFolder).appendingPathComponent(file)
        let kith = try VCardReader.read(try Data(contentsOf: url), source: file)
        let run = try PeerTools.run(try #require(PeerTools.python), [Self.script, url.path])
        #expect(run.status == 0, "vobject_fields.py failed: \(run.stderr)")
        let peer = try JSONDecoder().decode(PeerFile.self, from: Data(run.stdout.utf8))
        if let error = peer.error {
            return ["file: vobject refuses it (\(error)); kith reads \(kith.contacts.count) cards"]
        }
        let cards = peer.cards ?? []
        guard cards.count == kith.contacts.count else {
            return ["cards: kith \(kith.contacts.count) / vobject \(cards.count)"]
        }
        var found: [String] = []
        for (mine, theirs) in zip(kith.contacts, cards) {
            func compare<T: Equatable>(_ field: String, _ a: T, _ b: T) {
                if a != b { found.append("\(field): kith \(a) / vobject \(b)") }
            }
            compare("name", mine.name, TextFolding.tidy(theirs.fn.isEmpty ? mine.name : theirs.fn))
            compare("emails", mine.emails, theirs.emails.map { $0.trimmedSpace }.filter { !$0.isEmpty })
            compare(
                "phones", mine.phones,
                theirs.phones.map { p in
                    let t = p.trimmedSpace
                    return t.lowercased().hasPrefix("tel:") ? String(t.dropFirst(4)) : t
                }.filter { !$0.isEmpty })
            compare("ORG", mine.company ?? "", (theirs.org ?? "").trimmedSpace)
            compare("TITLE", mine.role ?? "", (theirs.title ?? "").trimmedSpace)
            compare(
                "URL", mine.links,
                theirs.urls.map { ContentTextEscaping.unescape(Substring($0)).trimmedSpace }.filter { !$0.isEmpty })
            compare("BDAY", mine.birthday ?? "", theirs.bday.flatMap { VCardBirthday.parse($0) } ?? "")
            // kith keeps line breaks as LF; vobject keeps a quoted-printable value's CR LF.
            compare(
                "NOTE", mine.notes.map(\.text).joined(separator: "\n"),
                (theirs.note ?? "").replacingOccurrences(of: "\r\n", with: "\n").trimmedSpace)
        }
        return found
    }

    @Test func everyFileReadsAsVObjectReadsIt() throws {
        let files = FixtureFiles.sharedVCards()
        try #require(
            !files.isEmpty,
            Comment(rawValue: "no shared vCard fixtures: set KITH_VCARD_FIXTURES or put shared/ beside the repository"))
        var report: [String] = []
        for file in files {
            let found = try differences(file)
            let accepted = Self.known.first { file.hasSuffix($0.key) }?.value ?? [:]
            let unexplained = found.filter { difference in !accepted.keys.contains { difference.hasPrefix($0 + ":") } }
            #expect(unexplained.isEmpty, Comment(rawValue: "\(file):\n" + unexplained.joined(separator: "\n")))
            report.append(
                "\(file): \(found.isEmpty ? "same" : found.map { String($0.prefix(100)) }.joined(separator: " | "))")
        }
        print(report.joined(separator: "\n"))
    }

    @Test func escapedURLsAreReadBackWhole() throws {
        var contact = Contact(id: "u", name: "Url Person", added: Day(year: 2026, month: 1, day: 1)!)
        contact.links = ["https://maps.example/?q=1,2;3", "https://a.example/x"]
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kith-url-\(UUID().uuidString).vcf")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(VCardWriter.card(for: contact).utf8).write(to: file)
        let run = try PeerTools.run(try #require(PeerTools.python), [Self.script, file.path])
        let peer = try JSONDecoder().decode(PeerFile.self, from: Data(run.stdout.utf8))
        let urls = try #require(peer.cards?.first?.urls).map { ContentTextEscaping.unescape(Substring($0)) }
        #expect(urls == contact.links)
    }
}
