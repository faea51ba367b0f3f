import Foundation
import PropertyBased
import Testing

@testable import KithCore

/// The schema's enums name exactly each record's stored properties, in the order the store writes
/// them, so a field added to a type and not to its enum (and so to the writer and fast reader) fails.
struct StoreSchemaTests {
    private func expectSchema<Field: StoredField>(
        _ value: Any, _: Field.Type, sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let labels = Mirror(reflecting: value).children.compactMap(\.label)
        #expect(labels.contains("unknownFields"), "keeps no unknown fields", sourceLocation: sourceLocation)
        let names = Field.allCases.map(\.rawValue)
        #expect(Set(labels).subtracting(["unknownFields"]) == Set(names), sourceLocation: sourceLocation)
        #expect(names == names.sorted(), "not in the order the store writes", sourceLocation: sourceLocation)
    }

    @Test func everyRecordsEnumNamesItsStoredProperties() {
        let day = Day(dayNumber: 0)
        expectSchema(Network(), NetworkField.self)
        expectSchema(Contact(id: "a", name: "A", added: day), ContactField.self)
        expectSchema(Need("n", recorded: day), NeedField.self)
        expectSchema(DatedText("t", recorded: day), DatedTextField.self)
        expectSchema(Promise("p", recorded: day), PromiseField.self)
        expectSchema(Acquaintance("a", recorded: day), AcquaintanceField.self)
        expectSchema(Interaction(date: day, kind: .met), InteractionField.self)
        expectSchema(Me(), MeField.self)
        expectSchema(NetworkSettings(), SettingsField.self)
        expectSchema(ActionLogEntry(id: "i", key: "k", ruleID: "r", state: .done, on: day), ActionLogField.self)
        expectSchema(Introduction(first: "a", second: "b", why: "w", suggested: day), IntroductionField.self)
    }

    @Test func theRandomStoresSetEveryFieldOfAContactSomewhere() async {
        // Otherwise a field the round trip never sees could be written or read wrongly unnoticed.
        var seen: Set<String> = []
        await propertyCheck(count: 50, input: RandomStore.networks) { network in
            let plain = Contact(id: "", name: "", added: Day(dayNumber: 0))
            let defaults = Dictionary(
                uniqueKeysWithValues: Mirror(reflecting: plain).children.map { ($0.label ?? "", "\($0.value)") })
            for contact in network.contacts {
                for child in Mirror(reflecting: contact).children {
                    if "\(child.value)" != defaults[child.label ?? ""] { seen.insert(child.label ?? "") }
                }
            }
        }
        #expect(seen == Set(ContactField.allCases.map(\.rawValue)).union(["unknownFields"]))
    }
}

/// Random stores go through the writer, the fast reader and `Codable` and come back the same.
struct StoreRoundTripPropertyTests {
    private static func encoderBytes(_ network: Network) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(network) + Data("\n".utf8)
    }

    @Test func storesWithFieldsFromANewerKithComeBackEqualAndByteIdentical() async {
        await propertyCheck(count: 300, input: RandomStore.networks) { network in
            let written = try StoreCodec.encode(network)
            #expect(written == (try Self.encoderBytes(network)))
            #expect(try JSONDecoder().decode(Network.self, from: written) == network)
            let read = try StoreCodec.decode(written, path: "store.json", backup: "store.json.bak")
            #expect(read == network)
            #expect(try StoreCodec.encode(read) == written)
            if network.unknownFields.isEmpty {
                // Only a field it does not know at the top sends the whole document to JSONDecoder.
                #expect(FastStoreReader.network(from: written) == network)
            } else {
                #expect(FastStoreReader.network(from: written) == nil)
            }
        }
    }

    @Test func plainContactsAreReadByTheFastPathItself() async {
        await propertyCheck(count: 300, input: RandomStore.plainNetworks) { network in
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let bytes = try ContactJSONWriter.contactsArray(network.contacts, encoder: encoder)
            var read: [Contact] = []
            try bytes.withUnsafeBufferPointer { buffer in
                var scanner = JSONByteScanner(buffer)
                try scanner.array { read.append(try FastStoreReader.plainContact(&$0)) }
            }
            #expect(read == network.contacts)
            #expect(FastStoreReader.network(from: try StoreCodec.encode(network)) == network)
        }
    }
}
