import Testing

@testable import KithCore

struct TextTemplateTests {
    @Test func placeholdersAreFilledAndTheRestIsKept() {
        let template = TextTemplate("{owner} conoce a {who} — pide a {owner} que os presente")
        #expect(
            template.fill(["owner": "Pedro", "who": "Dr. Ruiz"])
                == "Pedro conoce a Dr. Ruiz — pide a Pedro que os presente")
        // A value is never read as a template itself.
        #expect(template.fill(["owner": "{who}", "who": "x"]) == "{who} conoce a x — pide a {who} que os presente")
        #expect(TextTemplate("hace {days} días").fill([:]) == "hace {days} días")
    }

    @Test func bracesThatAreNotPlaceholdersStayAsText() {
        #expect(TextTemplate("a {} b").fill([:]) == "a {} b")
        #expect(TextTemplate("open { never closed").fill(["x": "y"]) == "open { never closed")
        #expect(TextTemplate("{{name}}").fill(["name": "Ana"]) == "{Ana}")
        #expect(TextTemplate("").fill(["a": "b"]) == "")
        #expect(TextTemplate("ñ {x} 👩‍💻").fill(["x": "é"]) == "ñ é 👩‍💻")
    }
}
