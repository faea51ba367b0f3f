/// The words synthetic contacts are made of: names, companies, tags, note and promise
/// phrasings, in English and Spanish. Needs and offers come from the knowledge base.
enum SyntheticVocabulary {
    static let firstNames = [
        "Ana", "Pedro", "María", "José", "Lucía", "Javier", "Carmen", "Andrés", "Sofía", "Diego",
        "Laura", "Miguel", "Elena", "Raúl", "Isabel", "Tomás", "Paula", "Óscar", "Marta", "Iñigo",
        "John", "Sarah", "David", "Emma", "Michael", "Olivia", "James", "Grace", "Robert", "Chloe",
        "Daniel", "Hannah", "Peter", "Alice", "Samuel", "Nora", "Lars", "Ingrid", "Yuki", "Amara",
    ]
    static let lastNames = [
        "García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Fernández", "Ruiz", "Díaz", "Moreno",
        "Álvarez", "Romero", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Serrano", "Muñoz",
        "Smith", "Johnson", "Brown", "Taylor", "Wilson", "Davies", "Evans", "Thomas", "Walker", "Wright",
        "Clarke", "Hughes", "Edwards", "Green", "Hall", "Wood", "Larsen", "Nakamura", "Okafor", "Schmidt",
    ]
    static let companies = [
        "Acme Ltd", "Nube Digital", "Grupo Ibérica", "Northwind", "Blue Harbor", "Clínica Sol",
        "Taller Ruiz", "Brightside Studio", "Consultora Norte", "Riverside Partners", "Hostal Mar",
        "Open Fields", "Estudio Luna", "Greenleaf Co", "Bodega Vieja", "Summit Labs",
    ]
    static let tags = [
        "neighbour", "school", "climbing", "work", "conference", "family friend", "client",
        "vecino", "trabajo", "gimnasio", "book club", "startup", "volunteer", "university",
    ]
    static let notePhrases = [
        "Has two kids and a dog", "Loves hiking in the Pyrenees", "Vive cerca del mercado",
        "Prefers WhatsApp to email", "Moving to Valencia next year", "Runs a weekly podcast",
        "Le encanta el café de especialidad", "Training for a marathon", "Speaks German and French",
        "Just bought a flat", "Busca socio para su proyecto", "Very quick to reply",
    ]
    static let promisePhrases = [
        "send the article we discussed", "introduce to a good accountant", "share my slides",
        "mandar el contacto del fontanero", "lend the book on negotiation", "review the CV",
        "pasar la receta", "check the venue for the meetup",
    ]
    static let contexts = [
        "coffee near the office", "conference in Madrid", "cena en casa de Ana", "school gate",
        "climbing gym", "video call", "afterwork", "cumpleaños de Pedro", "workshop",
    ]
    static let acquaintanceRoles = [
        "a plumber", "un abogado", "a chiropractor", "una fisioterapeuta", "an accountant",
        "a web designer", "un electricista", "a recruiter", "una profesora de inglés", "a photographer",
    ]
}
