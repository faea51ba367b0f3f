import Testing

@testable import KithCore

/// Parsing the words of a "who" question.
@Suite struct WhoQueryTests {
    func parse(_ text: String) -> (WhoDirection, String) {
        let r = WhoQuery.parse(text.split(separator: " ").map(String.init))
        return (r.direction, r.text)
    }

    @Test func englishForms() {
        #expect(parse("who can help with security cameras?") == (.canHelp, "security cameras"))
        #expect(parse("can help with security cameras") == (.canHelp, "security cameras"))
        #expect(parse("who lawyer") == (.canHelp, "lawyer"))
        #expect(parse("who could help me with my taxes.") == (.canHelp, "my taxes"))
        #expect(parse("security cameras") == (.canHelp, "security cameras"))
        #expect(parse("who needs a website") == (.needs, "a website"))
        #expect(parse("needs a website!") == (.needs, "a website"))
        #expect(parse("Who is looking for investors?") == (.needs, "investors"))
    }

    @Test func spanishForms() {
        #expect(parse("¿quién puede ayudar con mi espalda?") == (.canHelp, "mi espalda"))
        #expect(parse("quien puede ayudarme con cámaras de seguridad") == (.canHelp, "cámaras de seguridad"))
        #expect(parse("QUIÉN necesita un fotógrafo") == (.needs, "un fotógrafo"))
        #expect(parse("quién sabe de impuestos") == (.canHelp, "impuestos"))
    }

    @Test func wordsMayHoldSeveralWordsOrNone() {
        let r = WhoQuery.parse(["who can help with", "back pain?"])
        #expect(r.direction == .canHelp && r.text == "back pain")
        #expect(WhoQuery.parse([]).text == "")
        #expect(WhoQuery.parse(["who"]).text == "")
        #expect(WhoQuery.parse(["?", "¿"]).text == "")
    }
}
