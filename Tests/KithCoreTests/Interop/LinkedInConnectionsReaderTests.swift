import Foundation
import Testing

@testable import KithCore

@Suite struct LinkedInConnectionsReaderTests {
    static let export = #"""
        Notes:
        "When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"

        First Name,Last Name,URL,Email Address,Company,Position,Connected On
        Priya,Raman,https://www.linkedin.com/in/priyaraman,priya@raman.example,"Raman, Iyer & Co","Director, ""Growth""",15 Mar 2024
        Lukas,Berg,https://www.linkedin.com/in/lukasberg,,Nordwind,Founder,02 Jan 2023
        Élodie,Martin,https://www.linkedin.com/in/elodiemartin,,,"Consultant
        (freelance)",7 Nov 2025

        """#.replacingOccurrences(of: "\n", with: "\r\n")

    @Test func readsTheExportAfterItsNotes() throws {
        let people = try LinkedInConnectionsReader.read(Data(Self.export.utf8)).contacts
        #expect(people.count == 3)
        let priya = people[0]
        #expect(priya.name == "Priya Raman")
        #expect(priya.links == ["https://www.linkedin.com/in/priyaraman"])
        #expect(priya.emails == ["priya@raman.example"])
        #expect(priya.company == "Raman, Iyer & Co")
        #expect(priya.role == #"Director, "Growth""#)
        #expect(priya.connectedOn == Day(year: 2024, month: 3, day: 15))
        #expect(priya.origin == "line 5")
        #expect(people[1].emails.isEmpty)
        #expect(people[1].connectedOn == Day(year: 2023, month: 1, day: 2))
        #expect(people[2].company == nil)
        #expect(people[2].role == "Consultant\r\n(freelance)")
        #expect(people[2].connectedOn == Day(year: 2025, month: 11, day: 7))
    }

    @Test func columnsInAnotherOrderAndNoNotes() throws {
        let text =
            "Connected On,Company,Position,URL,Email Address,Last Name,First Name\n1 Feb 2024,Acme,CEO,https://x.example,,Doe,Jane\n"
        let jane = try #require(try LinkedInConnectionsReader.read(Data(text.utf8)).contacts.first)
        #expect(jane.name == "Jane Doe")
        #expect(jane.company == "Acme")
    }

    func failure(_ text: String) -> ImportProblem? {
        failure(Data(text.utf8))
    }

    /// The first row skipped (or the whole-file error) when `data` is read.
    func failure(_ data: Data) -> ImportProblem? {
        do {
            return try LinkedInConnectionsReader.read(data, source: "Connections.csv").skipped.first
        } catch {
            return ImportProblem(source: error.source, line: error.line, reason: error.reason)
        }
    }

    @Test func missingColumnIsNamedWithItsLine() throws {
        let text =
            "Notes:\n\"some notes\"\n\nFirst Name,Last Name,Email Address,Company,Position,Connected On\nA,B,,,,1 Jan 2024\n"
        let error = try #require(failure(text))
        #expect(error.line == 4)
        #expect(error.reason.contains("'URL'"))
        #expect(error.description.hasPrefix("Connections.csv, line 4:"))
    }

    @Test func notAConnectionsFile() throws {
        let error = try #require(failure("Name,Phone\nA,1\n"))
        #expect(error.reason.contains("no header line"))
    }

    @Test func badRowsAreSkippedWithTheirLineAndTheOthersRead() throws {
        let header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        let short = try LinkedInConnectionsReader.read(Data((header + "A,B,,,,,15 Mar 2024\nC,D,,,\nE,F,,,,,\n").utf8))
        #expect(short.skipped.map(\.line) == [3])
        #expect(short.contacts.map(\.name) == ["A B", "E F"])
        let unclosed = try LinkedInConnectionsReader.read(
            Data((header + "A,B,,,,,15 Mar 2024\nC,D,,,\"unclosed,,15 Mar 2024\n").utf8))
        #expect(unclosed.skipped.map(\.line) == [3])
        #expect(unclosed.contacts.map(\.name) == ["A B"])
    }

    @Test func anUnreadableDateIsLeftOutWithAWarning() throws {
        let header = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        let contents = try LinkedInConnectionsReader.read(Data((header + "A,B,,,,,yesterday\n").utf8), source: "c.csv")
        #expect(contents.contacts.map(\.name) == ["A B"])
        #expect(contents.contacts.first?.connectedOn == nil)
        #expect(contents.warnings.map(\.line) == [2])
        #expect(contents.warnings.first?.description.contains("'yesterday' in Connected On") == true)
    }

    @Test func textThatIsNotUTF8IsReadAsWindows1252() throws {
        var data = Data("First Name,Last Name,URL,Email Address,Company,Position,Connected On\nJos".utf8)
        data.append(contentsOf: [0xE9])
        data.append(Data(",Pe".utf8))
        data.append(contentsOf: [0xF1])
        data.append(Data("a,,,,,15 Mar 2024\n".utf8))
        let contents = try LinkedInConnectionsReader.read(data)
        #expect(contents.contacts.map(\.name) == ["José Peña"])
        #expect(contents.warnings.map(\.line) == [2])
    }

    @Test func csvParserFollowsRFC4180() throws {
        let records = try CSVParser.parse("a,\"b,\"\"c\"\"\",\r\n\"multi\nline\",x\nlast")
        #expect(
            records == [
                .init(line: 1, fields: ["a", "b,\"c\"", ""]),
                .init(line: 2, fields: ["multi\nline", "x"]),
                .init(line: 4, fields: ["last"]),
            ])
    }

    @Test func dates() {
        #expect(LinkedInDate.parse("15 Mar 2024") == Day(year: 2024, month: 3, day: 15))
        #expect(LinkedInDate.parse("15 March 2024") == Day(year: 2024, month: 3, day: 15))
        #expect(LinkedInDate.parse("2024-03-15") == Day(year: 2024, month: 3, day: 15))
        #expect(LinkedInDate.parse("31 Feb 2024") == nil)
        #expect(LinkedInDate.parse("15 Mars 2024") == nil)
        let march15 = Day(year: 2024, month: 3, day: 15)
        for text in [
            "15-Mar-2024", "Mar 15, 2024", "March 15 2024", "2024/03/15", "03/15/2024", "15/03/2024",
            "15.03.2024", " 15 Sept 2024 ".replacingOccurrences(of: "Sept", with: "Mar"),
        ] {
            #expect(LinkedInDate.parse(text) == march15, "\(text)")
        }
        #expect(LinkedInDate.parse("15 Sept 2024") == Day(year: 2024, month: 9, day: 15))
        #expect(LinkedInDate.parse("13/13/2024") == nil)
        #expect(LinkedInDate.parse("1/2/24") == nil)
    }
}
