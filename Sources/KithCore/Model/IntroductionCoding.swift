// An introduction's JSON form: every field in `IntroductionField`; any other field is one a newer
// kith wrote, kept and written back unchanged.

extension Introduction {
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: AnyCodingKey.self)
        self.init(
            first: try c.decode(String.self, forKey: IntroductionField.first.key),
            second: try c.decode(String.self, forKey: IntroductionField.second.key),
            why: try c.decode(String.self, forKey: IntroductionField.why.key),
            suggested: try c.decode(Day.self, forKey: IntroductionField.suggested.key))
        for field in IntroductionField.allCases {
            let key = field.key
            switch field {
            case .first, .second, .why, .suggested: break
            case .askedFirst: askedFirst = try c.decodeIfPresent(Day.self, forKey: key)
            case .askedSecond: askedSecond = try c.decodeIfPresent(Day.self, forKey: key)
            case .followedUp: followedUp = try c.decodeIfPresent(Day.self, forKey: key)
            case .made: made = try c.decodeIfPresent(Day.self, forKey: key)
            case .outcome: outcome = try c.decodeIfPresent(String.self, forKey: key)
            }
        }
        unknownFields = try c.unknownFields(excluding: IntroductionField.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: AnyCodingKey.self)
        for field in IntroductionField.allCases {
            let key = field.key
            switch field {
            case .askedFirst: try c.encodeIfPresent(askedFirst, forKey: key)
            case .askedSecond: try c.encodeIfPresent(askedSecond, forKey: key)
            case .first: try c.encode(first, forKey: key)
            case .followedUp: try c.encodeIfPresent(followedUp, forKey: key)
            case .made: try c.encodeIfPresent(made, forKey: key)
            case .outcome: try c.encodeIfPresent(outcome, forKey: key)
            case .second: try c.encode(second, forKey: key)
            case .suggested: try c.encode(suggested, forKey: key)
            case .why: try c.encode(why, forKey: key)
            }
        }
        try c.encodeUnknownFields(unknownFields)
    }
}
