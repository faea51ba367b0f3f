@testable import KithCore

/// A small catalogue of concepts written for the tests, so they do not move with the shipped
/// catalogue. It holds the decoy kinds: contratar/contratos, small shops/small offices, online
/// shops, website as context, cartera, back garden/back pain, social security/security cameras.
enum ConceptFixtures {
    static func terms(_ en: [String], _ es: [String]) -> ConceptTerms { ConceptTerms(en: en, es: es) }

    static let knowledge = KnowledgeBase(concepts: [
        Concept(
            id: "plumbing",
            needs: terms(
                ["dripping tap", "my tap keeps dripping", "blocked drain"], ["el grifo gotea", "fuga de agua"]),
            roles: terms(["plumber"], ["fontanero", "fontanera"]),
            activities: terms(["plumbing", "unblocks drains"], ["fontanería", "desatasca tuberías"]),
            related: ["heating"]),
        Concept(
            id: "heating", needs: terms(["boiler broken"], ["caldera estropeada"]),
            roles: terms(["heating engineer"], ["calefactor"]),
            activities: terms(["boiler repair"], ["reparación de calderas"])),
        Concept(
            id: "security-cameras",
            needs: terms(["security cameras", "CCTV"], ["cámaras de seguridad", "cámaras de vigilancia"]),
            roles: terms(["security camera installer"], ["instalador de cámaras"]),
            activities: terms(["installs security cameras"], ["instala cámaras de seguridad", "videovigilancia"])),
        Concept(
            id: "social-security",
            needs: terms(["social security paperwork", "social security"], ["seguridad social"]),
            roles: terms(["labour adviser"], ["graduado social"])),
        Concept(
            id: "photography", needs: terms(["photos", "headshots"], ["fotos"]),
            roles: terms(["photographer"], ["fotógrafo", "fotógrafa"]),
            activities: terms(["photography"], ["fotografía"])),
        Concept(
            id: "websites", needs: terms(["website", "web page"], ["página web", "web"]),
            roles: terms(["web designer"], ["diseñador web"]), activities: terms(["builds websites"], ["diseño web"])),
        Concept(
            id: "online-shop", needs: terms(["online shop", "online store"], ["tienda online"]),
            activities: terms(["builds online shops"], ["monta tiendas online"])),
        Concept(
            id: "it-support", needs: terms(["IT support", "computer problems"], ["soporte informático"]),
            roles: terms(["IT technician"], ["informático"])),
        Concept(
            id: "bookkeeping",
            needs: terms(
                ["bookkeeping", "keep the books"],
                ["contabilidad", "llevar la contabilidad", "no me cuadran las cuentas"]),
            roles: terms(["bookkeeper", "accountant"], ["contable", "gestor"])),
        Concept(
            id: "hiring",
            needs: terms(
                ["hiring", "hire a salesperson", "recruit staff"], ["contratar personal", "contratar un comercial"]),
            roles: terms(["recruiter"], ["seleccionadora de personal"]),
            activities: terms(["recruitment"], ["selección de personal"])),
        Concept(
            id: "legal", needs: terms(["legal advice", "contract review"], ["asesoría legal", "revisar un contrato"]),
            roles: terms(["lawyer"], ["abogado", "abogada"]),
            activities: terms(["drafts contracts"], ["contratos de alquiler"])),
        Concept(
            id: "back-pain", needs: terms(["back pain", "sports injury"], ["dolor de espalda", "lesión deportiva"]),
            roles: terms(["physiotherapist"], ["fisioterapeuta"]),
            activities: terms(["physiotherapy", "treats sports injuries"], ["fisioterapia"])),
        Concept(
            id: "gardening", needs: terms(["back garden", "garden"], ["jardín"]),
            roles: terms(["gardener"], ["jardinero"])),
        Concept(
            id: "electrical", needs: terms(["wiring", "power cut"], ["instalación eléctrica"]),
            roles: terms(["electrician"], ["electricista"])),
        Concept(
            id: "home-care",
            needs: terms(["home care", "care for my mother"], ["cuidado a domicilio", "cuidar a mi madre"]),
            roles: terms(["nurse", "carer"], ["enfermera", "enfermero", "cuidadora"]), related: []),
        Concept(
            id: "sales", needs: terms(["more clients", "client portfolio"], ["más clientes", "cartera de clientes"]),
            roles: terms(["salesperson"], ["comercial"])),
        Concept(id: "leather-goods", activities: terms(["leather wallets"], ["carteras de piel", "marroquinería"])),
        Concept(
            id: "retail", needs: terms(["small shops", "shopkeepers"], ["pequeño comercio", "tiendas de barrio"]),
            roles: terms(["shopkeeper"], ["comerciante"])),
    ])

    /// Reads texts with the fixture catalogue and gives concept ids back.
    final class Reader {
        let analyzer = TermAnalyzer()
        let catalogue: ConceptCatalogue

        init(_ knowledge: KnowledgeBase = ConceptFixtures.knowledge) {
            catalogue = ConceptCatalogue(knowledge, analyzer: analyzer)
        }

        func ids(_ concepts: [Int32]) -> [String] {
            concepts.map { ConceptFixtures.knowledge.concepts[Int($0)].id }
        }

        func head(_ text: String) -> [String] { ids(catalogue.read(text, analyzer: analyzer).headConcepts) }
        func context(_ text: String) -> [String] { ids(catalogue.read(text, analyzer: analyzer).contextConcepts) }
        func reading(_ text: String) -> TextReading { catalogue.read(text, analyzer: analyzer) }
    }
}
