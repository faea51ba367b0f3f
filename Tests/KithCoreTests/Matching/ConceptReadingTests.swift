import Testing

@testable import KithCore

/// Reading needs, offers, roles and notes into concepts, in English and Spanish.
@Suite struct ConceptReadingTests {
    let reader = ConceptFixtures.Reader()

    @Test func needsPhrasedAsPeopleSayThemFindTheirConcept() {
        #expect(reader.head("my tap keeps dripping!") == ["plumbing"])
        #expect(reader.head("No me cuadran las cuentas este trimestre") == ["bookkeeping"])
        #expect(reader.head("alguien que le lleve la contabilidad") == ["bookkeeping"])
        #expect(reader.head("tengo un dolor de espalda terrible") == ["back-pain"])
    }

    @Test func inflectionsAndAccentsDoNotMatter() {
        #expect(reader.head("busco fontaneras") == ["plumbing"])
        #expect(reader.head("FONTANERIA urgente") == ["plumbing"])
        #expect(reader.head("installing security cameras") == ["security-cameras"])
        #expect(reader.head("CAMARAS DE VIGILANCIA") == ["security-cameras"])
        #expect(reader.head("physiotherapists") == ["back-pain"])
    }

    @Test func offersAndRolesReadTheSameWayInBothLanguages() {
        #expect(reader.head("fisioterapia") == ["back-pain"])
        #expect(reader.head("treats sports injuries") == ["back-pain"])
        #expect(reader.head("Fisioterapeuta") == ["back-pain"])
        #expect(reader.head("instala cámaras de seguridad") == ["security-cameras"])
        #expect(reader.head("desatasca tuberías") == ["plumbing"])
    }

    @Test func notesAndAcquaintancesAreReadToo() {
        #expect(reader.head("worked ten years as a nurse") == ["home-care"])
        #expect(reader.head("her cousin is an electrician") == ["electrical"])
        #expect(reader.head("su prima es electricista") == ["electrical"])
    }

    @Test func multiWordConceptsKeepTheirWordsTogether() {
        #expect(reader.head("social security paperwork") == ["social-security"])
        #expect(reader.head("cámaras de seguridad") == ["security-cameras"])
        #expect(reader.head("ampliar mi cartera de clientes") == ["sales"])
        #expect(reader.head("vende carteras de piel") == ["leather-goods"])
        #expect(reader.head("a new back garden") == ["gardening"])
        #expect(reader.head("back pain after running") == ["back-pain"])
    }

    @Test func theHeadIsWhatMustBeSolvedAndTheRestIsContext() {
        #expect(reader.head("a photographer for the firm's new website") == ["photography"])
        #expect(reader.context("a photographer for the firm's new website") == ["websites"])
        #expect(reader.head("contabilidad para pymes") == ["bookkeeping"])
        #expect(reader.head("more clients among small shops") == ["sales"])
        #expect(reader.context("more clients among small shops") == ["retail"])
        #expect(reader.head("asesoría legal para contratos de alquiler") == ["legal"])
        #expect(!reader.head("asesoría legal para contratos de alquiler").contains("hiring"))
    }

    @Test func aGenericOpeningPassesTheHeadToWhatFollows() {
        #expect(reader.head("help with bookkeeping") == ["bookkeeping"])
        #expect(reader.head("necesito ayuda con la contabilidad") == ["bookkeeping"])
        #expect(reader.head("looking for a plumber") == ["plumbing"])
        let reading = reader.reading("someone to fix the gate for my grandmother")
        #expect(reading.headTerms.count == 2)  // fix, gate
        #expect(reading.contextTerms.count == 1)  // grandmother
    }

    @Test func aNeedSaidAfterQueOrThatIsTheHead() {
        #expect(reader.head("estoy seguro de que necesito un abogado") == ["legal"])
        #expect(reader.head("creo que necesito un fontanero") == ["plumbing"])
        #expect(reader.head("I think that I need a lawyer") == ["legal"])
        #expect(reader.head("I'm sure that we need a photographer") == ["photography"])
        // No word asks, but the opening names nothing: the clause after "que" does.
        #expect(reader.head("me parece que el grifo gotea") == ["plumbing"])
        // A clause describing what is named first stays context.
        #expect(reader.head("un fotógrafo que sepa de páginas web") == ["photography"])
        #expect(reader.context("un fotógrafo que sepa de páginas web") == ["websites"])
    }

    @Test func paraQueAndSoThatStillIntroduceContext() {
        #expect(reader.head("busco un fotógrafo para que la web quede bien") == ["photography"])
        #expect(reader.context("busco un fotógrafo para que la web quede bien") == ["websites"])
        #expect(reader.head("a photographer so that the website looks good") == ["photography"])
        #expect(reader.context("a photographer so that the website looks good") == ["websites"])
        #expect(reader.head("a photographer so that we need no new website") == ["photography"])
    }

    @Test func genericWordsAloneReadAsNothing() {
        for text in [
            "help", "I need help", "necesito ayuda", "looking for work", "busco trabajo",
            "something small and new", "a good person", "", "   ", "!!!",
        ] {
            #expect(reader.reading(text).isEmpty, "\(text)")
        }
    }

    @Test func phrasesOnlyOfGenericWordsAreLeftOutOfTheCatalogue() {
        let knowledge = KnowledgeBase(concepts: [
            Concept(
                id: "vague", needs: ConceptFixtures.terms(["need help"], ["necesito ayuda"]),
                roles: ConceptFixtures.terms(["helper"], []))
        ])
        let analyzer = TermAnalyzer()
        let catalogue = ConceptCatalogue(knowledge, analyzer: analyzer)
        #expect(catalogue.phrases.isEmpty)
        #expect(catalogue.read("I need help", analyzer: analyzer).isEmpty)
    }

    @Test func aLoneWordImpliesAConceptOnlyThroughWordsOfItsLength() {
        // "seguro" and "seguridad" share a Spanish stem; only the first is insurance.
        let t = ConceptFixtures.terms
        let knowledge = KnowledgeBase(concepts: [
            Concept(
                id: "insurance",
                needs: t(
                    ["car insurance"], ["seguro de coche", "seguro de hogar", "seguro de vida", "comparar seguro"])),
            Concept(id: "security-cameras", needs: t(["security cameras"], ["cámaras de seguridad"])),
            Concept(
                id: "workplace-safety", needs: t(["workplace safety"], ["seguridad laboral", "seguridad en obra"])),
            Concept(
                id: "cybersecurity", needs: t(["cyber security"], ["seguridad informática", "seguridad de la red"])),
        ])
        let analyzer = TermAnalyzer()
        let catalogue = ConceptCatalogue(knowledge, analyzer: analyzer)
        func implied(_ text: String) -> [String] {
            catalogue.read(text, analyzer: analyzer, implied: true).concepts.map { knowledge.concepts[Int($0)].id }
        }
        #expect(implied("necesita un seguro") == ["insurance"])
        #expect(implied("seguridad").isEmpty)
        #expect(catalogue.read("necesita un seguro", analyzer: analyzer).concepts.isEmpty, "offers are read as written")
    }
}
