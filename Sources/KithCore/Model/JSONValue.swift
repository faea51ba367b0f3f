/// Any JSON value, kept as it was read.
///
/// Used to carry fields this version of kith does not know (written by a newer minor version)
/// through a load and save without losing them.
public enum JSONValue: Hashable, Sendable, Codable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value):
            if value.rounded() == value, abs(value) < 1e15 {
                try container.encode(Int64(value))
            } else {
                try container.encode(value)
            }
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}

/// A coding key made from any string, for reading and writing unknown fields.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
}

extension KeyedDecodingContainer where Key == AnyCodingKey {
    /// The fields of this object that are not among `Field`'s, kept as raw JSON.
    func unknownFields<Field: StoredField>(excluding _: Field.Type) throws -> [String: JSONValue] {
        var extra: [String: JSONValue] = [:]
        for key in allKeys where Field(rawValue: key.stringValue) == nil {
            extra[key.stringValue] = try decode(JSONValue.self, forKey: key)
        }
        return extra
    }
}

extension KeyedEncodingContainer where Key == AnyCodingKey {
    /// Writes `list`, or nothing when it is empty.
    mutating func encode<T: Encodable>(unlessEmpty list: [T], forKey key: AnyCodingKey) throws {
        if !list.isEmpty { try encode(list, forKey: key) }
    }

    /// Writes back fields kept by `unknownFields(excluding:)`.
    mutating func encodeUnknownFields(_ extra: [String: JSONValue]) throws {
        for (name, value) in extra {
            try encode(value, forKey: AnyCodingKey(name))
        }
    }
}
